# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en282: SG/MY fish farms, kelongs and aquaculture operators (harvest logs, fish-kill incidents, foreign workers, buyer orders, AVA/DOF licences, boat crews). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en282
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "harvest_log"): _lines("""
        2026-03-14 05:40 | Cage B3 | Asian seabass | 1,240 kg harvested | avg 780 g/pc | DO 5.8 mg/L | water temp 29.6°C | sent to chiller lorry 2
        HARVEST-LOG v2.3 farm_id=SFA-LCK-017 batch=RS-2611 species=red snapper net_weight_kg=860.5 mortality_pct=1.2 grader=auto-sort line A
        Week 11 summary, Pulau Ubin north cages: 6 nets lifted, 3.9 t golden pompano, FCR 1.74, no sea lice seen, two nets due for changing after CNY.
        Kelong Kukup 7 night catch 18/04: ikan bilis 210 kg wet, sotong 34 kg, bawal putih 12 kg; lights off 04:10, sampan back at jetty 05:25.
        Batch GP-0425 golden trevally: stocked 12,000 fingerlings on 2025-10-02, harvested 9,870 pcs on 2026-04-20, survival 82.3%, feed used 14.2 t.
        Tilapia pond 4 drain-down complete 07:15; 2,105 kg red tilapia sent to purging tanks for 48 h, off-flavour test scheduled Thu 10am by QA team.
        Mussel long-line L12 harvest: 3,400 kg green mussels (kupang), meat yield 31%, biotoxin test ref LAB-26-0871 passed, release date 22 Apr.
        Log 2026-05-02 22:10 – generator No.2 tripped during night feeding, aerators restarted 22:18, no mortality observed at cages C1 to C6.
        Grouper (hybrid tiger x giant) cage H7: sample of 30 fish avg 1.12 kg, 2 with eye cloudiness, vet advised to hold harvest for 7 days.
        Total March output, all Straits of Johor sites: seabass 18.4 t, pompano 6.1 t, snapper 4.7 t, milkfish 2.2 t; chilled vs live split 70:30.
        Shift B log: pH 7.9, salinity 28 ppt, ammonia 0.02 mg/L, 14 dead fish removed from cage A4 and sent for necropsy, sample tag NX-3391.
        Harvest cancelled 09/06 due to heavy haze and PSI above 150; crew to re-net cage D2 on Monday, buyer order SO-26-1147 shifted to 11/06.
        Tiger prawn pond P2 partial harvest: 640 kg at 28 pcs/kg, cast-net sampling showed white faeces in 5% of prawns, lab swab ref VET-PRN-0519.
    """),
    ("en", "regulations_and_notices"): _lines("""
        SFA advisory: fish farmers along the East Johor Strait should monitor dissolved oxygen closely from 18 to 25 Feb as plankton levels are elevated.
        Under the Fisheries Act, no person shall operate a coastal fish farm in Singapore waters without a valid licence issued by the Singapore Food Agency.
        Licence condition 7.2: the licensee shall submit monthly production data via the SFA e-portal by the 10th day of the following month.
        Jabatan Perikanan Malaysia reminds all cage culture operators that aquaculture licence renewal must be made 30 days before expiry at the district fisheries office.
        Notice to all visitors: kelong tours depart from Changi Point Ferry Terminal at 9am and 2pm daily; life jackets are compulsory, no children under 6.
        Straits Marine Aquaculture Pte Ltd (UEN 201534981N), 21 Lim Chu Kang Lane 8, Singapore 718890. Office 6794 2210, orders@straitsmarine-aqua.com.sg
        All foreign workers on the floating farm must carry their work permit card when travelling by boat to Sembawang jetty, as the Police Coast Guard may board for checks.
        Under the Singapore Food Story, the 30 by 30 goal aims to build capability to produce 30% of the nation's nutritional needs locally by 2030.
        Coastal fish farm zones: Lim Chu Kang, Changi, Pulau Semakau and the Southern Islands; mooring of new farm structures outside the zones is prohibited.
        Fish exported from Malaysia to Singapore must come from a DOF-registered farm and travel with a valid health certificate for each consignment.
        Penalty: any licensee who discharges dead fish, netting or feed bags into the sea is liable to a fine not exceeding $5,000 under the licence conditions.
        Speaking in Parliament, Minister for Sustainability and the Environment Grace Fu said local sea farms must become more resilient to recurring plankton blooms.
        Northeast monsoon advisory from MSS: secure cage moorings, double-check anchor chains and keep feed barges stocked for at least 5 days.
    """),
    ("en", "staff_group_chat"): _lines("""
        [07:02] Cage C5 got 40 floaters this morning, all seabass around 600g. Skimming now, pls bring 3 more ice boxes from the store.
        Morning all, SFA officer coming 10:30 for routine water sampling, pls make sure the walkway near net pens 1–4 is cleared of rope.
        Supplier says feed delivery (Grobest 4mm, 120 bags) will reach Lim Chu Kang jetty around 2pm, need 2 pax to help unload.
        Boat 2 engine overheating again, don't use it for the run to Changi today. Mechanic booked for Sat, use Boat 1 first.
        Reminder: night shift pls log DO every 2 hrs, last night's sheet got gaps from 01:00 to 05:00. Logbook is in the blue drawer.
        Buyer from Jurong Fishery Port want 300 kg live grouper Fri, can we confirm by 5pm? Cage H3 & H4 should have enough size.
        Plankton alert level 2 now. Stop feeding all cages until further notice, switch on all aerators, and send the DO readings by 8pm.
        Net change for cage B1 done ✅ took 3 hrs, old net hanging at the pontoon to dry, will send for repair next week.
        The new work permit cards for the crew are at the office, collect them from the admin counter before Friday and return the old cards.
        Fish pump hose cracked, temp fix with tape. Ordered replacement from Ace Marine Supplies, ETA Thursday, PO-26-0332.
        Anyone seen the refractometer? Last used at hatchery tank 6. Need it for the salinity check before stocking the fry tmr.
        FYI Hari Raya off days: farm runs with skeleton crew 30 Mar–1 Apr, harvest orders pls push to 2 Apr onwards.
        Update: lab result for the dead snapper came back, Streptococcus iniae confirmed. Vet recommends medicated feed for 10 days, withdrawal 21 days before sale.
    """),
    ("en", "config_and_code"): _lines("""
        FARM_SITE_ID = "SG-LCK-017"  # Lim Chu Kang site, example value only, change per deployment
        sensors: { do_probe: { model: YSI-ProODO, interval_s: 300, alarm_low_mg_l: 4.0 }, temp_probe: { alarm_high_c: 31.5 } }
        def fcr(feed_kg: float, gain_kg: float) -> float: return round(feed_kg / gain_kg, 2) if gain_kg else float("nan")
        harvest_id,cage_id,species,harvest_date,live_kg,chilled_kg,mortality_pct,buyer_order_no,health_cert_ref
        SELECT cage_id, AVG(do_mg_l) FROM water_readings WHERE ts >= '2026-02-18' AND site = 'CHG-03' GROUP BY cage_id HAVING AVG(do_mg_l) < 4.5;
        ALERT_WEBHOOK=https://hooks.example.com/aqua/alerts ALERT_LEVELS=DO_LOW,TEMP_HIGH,PLANKTON_L2 RETRY=3
        [2026-04-11T03:15:07+08:00] WARN aerator_ctrl: cage=B4 do=3.7 threshold=4.0 action=aerator_on relay=R12 fw=1.8.4
        git commit a3f9c21: fix rounding of avg_weight_g in harvest report export; bump farmlog to v0.9.2
        docker run -d --name feedbarge-gw -e MQTT_BROKER=mqtt://10.0.5.2:1883 -e SITE=KKP-07 aquagw:2.1.0
        species_codes = {"LAT": "Lates calcarifer", "LUA": "Lutjanus argentimaculatus", "TRB": "Trachinotus blochii"}
        0 */2 * * * /opt/farm/bin/sync_readings --site PTN-12 --upload s3://aqua-readings-bucket/raw/ --gzip
        licence_schema: {licence_no: str (e.g. 'AF-2026-00417'), licence_type: enum[COASTAL, LAND_BASED], expiry: date, cages_max: int}
        sha256(harvest_2026_04.csv) = 000a0839350f080723b0c7435520b29ab01a0522c6192ccf2f2e5b74615f5dc8
    """),
    ("mixed", "buyer_orders"): _lines("""
        Order SO-26-1182 from Ah Seng Fishball Trading: 200kg seabass 600-800g, chilled, deliver Jurong Fishery Port before 3am can? 💯
        Boss said today kerapu harga naik, $28/kg live, pompano $14/kg, snapper $16/kg. Min order 50kg per species, COD or PayNow to UEN only.
        Ikan siakap size 3 ekor satu kilo sold out already, next batch Thursday. Can pre-order via company WhatsApp +65 8123 4470 (office line).
        Pasar Borong Selayang order #PBS-7731: 150kg tilapia merah, 80kg keli, lorry pick up 4.30 pagi, invoice to Syarikat Perikanan Teguh Sdn Bhd (202101034567).
        Jumbo Seafood standing order: 40 pcs live tiger grouper 1-1.2kg every Tue & Fri, jangan lupa check ice level before loading.
        海底捞 Clarke Quay PO-HDL-0426: 60kg 鲈鱼 fillet, skin-on, vacuum pack 1kg each, delivery window 10am-12pm, pls call outlet when reach.
        Invoice INV-2026-0419 Kelong Ubin Fresh: 25kg udang galah, 12kg ketam nipah, total S$1,486.00, GST 9% incl, payment due 30 days.
        Lai lai, today got 红鲷 very nice size 1.5kg, $18/kg whole, $26/kg fillet. Order before 6pm, collect at Sembawang Wharf loading bay 3.
        Lazada SKU AQ-PMP-500G-x10: frozen pompano 500g x 10 packs, RM89.90, ship via J&T tracking JT8801234567MY, est. 3 hari sampai.
        Kedai Makan Pak Abu Ikan Bakar order: 30kg ikan pari, 20kg kembung, hantar before 10am, bayar cash on delivery ok.
        This week 龙虎斑 supply short because of the bloom at Kukup, maybe 50% only. Sorry ah, will top up next week for all regular buyers.
        Standing PO MYSG-0511 export to Singapore: 1.2t chilled barramundi, HC ref DOF/JHR/HC/2026/08812, SFA import permit IP2605-33190.
        Jurong Fishery Port lot 44: 18 boxes ikan merah, opening bid $12/kg, closing 3:45am, 散客 pls register at counter first.
    """),
    ("ms", "notis_dan_peraturan"): _lines("""
        Notis: Semua pengusaha sangkar ikan di Kukup diminta menghentikan pemberian makanan sementara kerana paras oksigen terlarut rendah di Selat Johor.
        Permohonan lesen akuakultur baharu boleh dibuat di Pejabat Perikanan Daerah Pontian, Jalan Alsagoff, 82000 Pontian, Johor, setiap hari bekerja.
        Mana-mana orang yang menjalankan akuakultur tanpa lesen yang sah boleh dikenakan tindakan di bawah Akta Perikanan 1985.
        Jadual tuaian minggu ini: Sangkar 3 (siakap) Isnin, Sangkar 5 (kerapu) Rabu, Sangkar 8 (bawal emas) Jumaat; lori ais tiba jam 6 pagi.
        Pekerja asing di ladang ternakan ikan wajib memiliki Pas Lawatan Kerja Sementara (PLKS) yang sah dan salinan permit disimpan di pejabat syarikat.
        Harga borong ikan sangkar hari ini di Pasar Borong Kuala Lumpur: siakap RM18/kg, kerapu harimau RM45/kg, tilapia merah RM11/kg.
        Kejadian ikan mati di Sungai Pulai: Jabatan Perikanan Malaysia sedang mengambil sampel air dan menasihatkan orang ramai tidak membeli ikan yang tidak segar.
        Kelong tradisional di Pulau Ketam dibina dengan tiang nibung dan kayu bakau, kebanyakannya menggunakan pukat bilis serta lampu untuk menarik ikan pada waktu malam.
        Menteri Pertanian dan Keterjaminan Makanan, Datuk Seri Mohamad Sabu, melancarkan program peningkatan pengeluaran ikan sangkar di Sabah.
        Sila pastikan jaket keselamatan dipakai setiap kali menaiki bot ke sangkar, dan enjin dimatikan semasa mengisi minyak di jeti.
        Sijil MyGAP untuk ladang akuakultur sah selama tiga tahun; audit pematuhan dijalankan oleh pegawai Jabatan Perikanan setiap tahun.
        Invois No. INV/PTN/2026/0087: 21,000 ekor benih ikan siakap saiz 2 inci @ RM0.45, jumlah RM9,450.00, bayaran melalui pindahan bank syarikat.
        Hubungi talian pejabat Syarikat Akua Marin Pontian Sdn Bhd di 07-687 2211 atau e-mel jualan@akuamarinpontian.com.my untuk tempahan ikan hidup.
    """),
    ("zh-Hans", "价目表与公告"): _lines("""
        今日批发价（裕廊渔港，2026年4月18日）：金目鲈 $9.50/公斤，红鲷 $15.80/公斤，金鲳 $12.00/公斤，老虎斑活鱼 $28.00/公斤，最低订量 20 公斤，价格不含消费税。
        养殖场公告：因柔佛海峡东段出现浮游生物水华，自2月18日起所有网箱暂停投喂，增氧机全天开启，每两小时记录一次溶解氧，恢复投喂时间另行通知。
        订单号 SO-2604-0871：鲜冷金目鲈 300 公斤，规格 600-800 克/尾，交货地点樟宜渔场码头，交货时间周五凌晨4点，付款方式公司转账。
        根据新加坡食品局（SFA）的规定，沿海养殖场须每月在线提交产量数据，并在发生大规模死鱼事件后24小时内向当局报告，逾期未报者可能影响下一年度的执照续期。
        马来西亚柔佛州龟咯（Kukup）的海上渔排已有数十年历史，是当地重要的海鲜养殖和旅游景点，游客可乘船参观网箱并品尝新鲜海鲜。
        2015年2月，柔佛海峡发生大规模死鱼事件，新加坡多个沿海养殖场损失数百吨鱼，事后当局加强了应对浮游生物水华的应急措施。
        产品规格：冷冻金鲳鱼 500克×10包/箱，SKU：FZ-TB-500-10，保质期18个月，储存温度-18°C以下，产地：新加坡林厝港。
        员工群通知：明早6点收鱼，网箱 C3 和 C4 共约 800 公斤，请各位5点半到码头集合，记得穿救生衣，冰块已经订好了。
        苏东坡曾写道：“长江绕郭知鱼美，好竹连山觉笋香。”本店以此为招牌标语，主打本地渔排养殖的新鲜海鱼，招牌菜为清蒸金目鲈和姜葱炒红鲷。
        水质日报 2026-05-06：溶解氧 5.2 mg/L，水温 30.1°C，盐度 27‰，氨氮 0.03 mg/L，死鱼 6 尾，已送实验室检测，样本编号 LAB-0506-12。
        联系我们：新加坡海丰水产私人有限公司，公司注册号 201922817W，办公室电话 6753 0388，客服邮箱 service@haifeng-aqua.com.sg。
        外籍员工宿舍管理规定：晚上11点后熄灯，禁止在渔排上吸烟，厨房燃气瓶每周检查一次，违规者将按公司规章处理，宿舍钥匙遗失须到办公室登记补领。
        发票号 INV-SG-2026-00342：鱼饲料（4毫米浮性料）120袋，每袋 $38.50，小计 $4,620.00，9%消费税 $415.80，合计 $5,035.80。
    """),
    ("zh-Hant", "報價與新聞"): _lines("""
        香港仔魚類批發市場今日報價：活石斑每斤 HK$95，紅友每斤 HK$68，金鯧每斤 HK$42，貨源來自新加坡及馬來西亞網箱。
        漁護署提醒：本港共有26個魚類養殖區，養殖戶須持有有效的海魚養殖牌照，並遵守《海魚養殖條例》（第353章）的規定，新增魚排須事先申請。
        台灣屏東林邊的石斑魚養殖業遠近馳名，每年出口大量活魚至香港及中國大陸，近年也開始嘗試以冷藏貨櫃外銷新加坡及馬來西亞市場。
        訂單編號 HK-PO-2605-118：活老虎斑 150 斤，規格每條 1.5 至 2 斤，由新加坡空運至香港國際機場，預計週四下午抵港。
        本公司地址：香港新界西貢海傍街 28 號地舖，營業時間上午七時至下午六時，查詢請致電 2792 1188 或電郵 info@saikungseafood.com.hk。
        澳門水產批發行通告：由於柔佛海峽赤潮，本週新加坡進口海鱸供應減少約三成，敬請各位客戶提早預訂，不便之處敬請原諒，詳情請向門市查詢。
        漁排工作守則：出海前必須檢查救生衣及對講機，颱風信號八號或以上時全體人員須撤離至岸上，不得留守漁排，撤離名單須交予當值主管點名。
        《老人與海》是海明威的名著，講述古巴老漁夫與大馬林魚搏鬥的故事，本店因此命名為「老人與海海鮮館」，店內牆上掛有小說初版封面複製品。
        檢驗報告編號 CFS-LAB-26-04471：樣本活石斑兩條，孔雀石綠未檢出，硝基呋喃代謝物未檢出，符合食物安全中心標準。
        台灣漁業署公告：養殖漁業登記證有效期為五年，期滿前三個月應向所在地直轄市或縣市政府申請換發，逾期未辦理者須依規定重新申請登記。
        今日流浮山海鮮街人流旺盛，多間酒家推出「星馬網箱魚」套餐，每位 HK$388 起，包括清蒸老虎斑、椒鹽瀨尿蝦及避風塘炒蟹。
        水溫記錄 2026/07/03 14:00：網箱 A 區 30.8°C，B 區 31.2°C，溶氧 4.1 mg/L 偏低，已開啟全部增氧機並減少投餌量一半。
        商品上架：急凍金鯧魚片 400克裝，貨號 SKU-FZ-JC-400，售價 NT$260，冷凍宅配全台，滿 NT$1,500 免運費。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Worker profile: Md. Rafiqul Islam, Bangladeshi, FIN G7284519N, work permit expires 14/09/2026, assigned to Lim Chu Kang cage farm, dorm bed B2-14.
        Arun Kumar from the night shift fainted on the pontoon again, the doctor at Khoo Teck Puat said it's his diabetes, he's on insulin now, pls don't put him on solo shifts.
        Kelong owner Tan Boon Huat still owes Hock Lee Feed Supplies $38,400 since last Oct, he told me the bank is foreclosing on his Yishun flat.
        Buyer contact: Mr Lee Chee Keong, mobile 9736 4128, wants 50 kg red snapper every Saturday, pays by PayNow to his own number.
        Boat crew list 12/05: skipper Nguyen Van Thanh (passport C4127783), deckhand Aung Ko Ko (FIN M3049127K), deckhand Sunil Perera.
        Pls send the salary slip to Priya Devi's email priya.devi88@gmail.com, she needs it for her PR application.
        Deliver the 2 boxes of grouper to Mdm Koh's home at Blk 412 Pasir Ris Drive 6, #08-219, Singapore 510412, she'll pay cash.
        Incident FK-2026-07: worker Suresh Kannan, 34, slipped between cages, 3 stitches on left leg, MC 5 days from Sengkang General Hospital.
        Jimmy Ong's divorce case is dragging on so he wants to sell his share of the Changi farm to his brother-in-law quietly.
        NRIC on the licence renewal form: S8127634D, date of birth 03/02/1981, pls double check before we submit to SFA.
        Transfer the deposit to OCBC 601-234567-001 under Yeo Siew Ling, that's her personal account not the company one.
        Lorry driver Hamid came with YM 4821 K this morning, collected 600kg pompano without signing the DO.
        Farm manager Kenneth Lau told HR his wife is pregnant with twins and he'll need two weeks leave around October.
        2026-04-03,Sathish Rajendran,WP,G6638201T,+65 8462 7713,Cage maintenance,1850.00,OT 42h
        Complaint from Mrs Angela Chua (angela.chua.sg@hotmail.com): food poisoning after eating seabass bought from our stall on 2 May, hospitalised for 2 days.
        Photo IMG_4471.jpg shows Ah Keat's IC and his son's birth cert, he sent it for the Medisave claim, pls delete from the group.
        Police called about Rahman Salleh, the boat hand, arrested at Woodlands Checkpoint last night for carrying contraband cigarettes.
        Next of kin for worker Jamal Uddin: wife Shahnaz Begum, +880 1712 448930, village near Sylhet, call if anything happens at sea.
        Wage advance: Bong Wei Jie took $2,000 in March and $1,500 in April, deduct $500 monthly, he says his mother's chemo bills are heavy.
        Lau Siew Mei, 25 Jalan Kelulut, Seletar Hills Estate, Singapore 807989, registered as backyard ornamental fish breeder, licence AF-2025-00893.
        Hi, I'm Derek, the buyer from Tekka, my handphone is 8105 2267, text me when the grouper ready.
        Staff medical record: Chen Wei Liang, hepatitis B carrier, cleared by company doctor to work at the hatchery but no food handling.
    """),
    "mixed": _lines("""
        Eh bro, Ah Huat the one at kelong 5, his wife run away with the fish lorry driver lah, now he drink every night until cannot wake up for harvest.
        Boss, Muthu tak datang kerja lagi hari ni, dia kata anak dia masuk Hospital Sultanah Aminah, demam denggi. Can cover his shift or not?
        Pls bank-in gaji Pak Rosli to Maybank 1621 4478 9035, dia punya account baru, the old one kena freeze sebab hutang Ah Long.
        Lorry JQU 7731 belong to Ah Seng's cousin, every week come collect ikan sangkar at Kukup jetty, never pay on time one.
        Kak Yati pesan: 3kg udang harimau hantar ke rumah dia, No. 14, Jalan Nelayan 2, Taman Kukup Laut, 82300 Pontian. Dia bayar bila sampai.
        陈老板 said his IC number is 720314-01-5527, pls put inside the lesen renewal form, he kena go JB clinic for heart check Thursday.
        Worker list: Aung Min Htet, passport MD778421, PLKS exp 2026-11-30, gaji RM1,700, dorm Batu 4 Kukup, nombor telefon 011-2874 5529.
        Ah Boy a.k.a. Lim Kok Wah, the boat driver, kena caught by Maritime for no licence, now need to pay saman RM5k, ask boss help or not?
        Ms Wong the accountant, her son jatuh sakit, leukaemia, she ask whether company insurance can cover, very sad for her.
        Send the invoice to Faridah's email faridah.ikan@yahoo.com.my, she settle the RM12,880 by next Monday, dia promise.
    """),
    "ms": _lines("""
        Encik Zulkifli bin Hashim, No. KP 680722-01-6653, pemilik lesen sangkar ikan No. JPM/JHR/AK/0419, alamat Lot 223, Kampung Air Masin, 82300 Kukup.
        Pekerja kami Siti Norhaliza binti Ahmad sedang mengandung lima bulan, jadi dia tidak boleh bekerja di atas sangkar mulai minggu depan.
        Nombor telefon bimbit nelayan kelong: 013-774 2916 (Pak Man), sila hubungi sebelum jam 6 petang sahaja.
        Abang Razak masih berhutang RM7,800 dengan tauke benih ikan, dia kata akan bayar selepas jual rumah di Batu Pahat.
        Gaji bulan Mac untuk Mohd Faizal bin Osman: RM2,150 dimasukkan ke akaun CIMB 7063 4418 29, potongan KWSP RM237.
        Aduan pelanggan: Puan Noraini dari Taman Sri Pulai mengadu anaknya alah teruk selepas makan ikan kerapu yang dibeli di gerai kami semalam.
        Kapten bot Ismail Daud ditahan APMM kerana memasuki perairan Singapura tanpa dokumen, isterinya minta syarikat bantu cari peguam.
    """),
    "zh-Hans": _lines("""
        黄志强，男，身份证号 350583198607124519，福建泉州人，在柔佛龟咯渔排做工三年，联系电话 +86 139 5071 2846。
        林太说她先生上个月在渔排上中风了，现在还在新山医院住院，这个月的鱼款能不能晚点付。
        阿明欠了公司八千块饲料钱，听说他在外面还借了大耳窿，最近都不敢回家，连老婆孩子都搬回娘家住了。
        收货人：陈先生，手机 9127 5583，地址：新加坡淡滨尼21街 Blk 862 #11-304，周六下午送货，两箱红鲷。
        工人刘建华的工资单：基本工资 $1,600，加班 38 小时，扣除宿舍费 $250，实发 $2,034，转入他的 DBS 账户 120-45678-9。
        王秀英阿姨在工作群里发了她孙子的照片和学校名字，请管理员提醒她不要在群里发家人信息。
    """),
    "zh-Hant": _lines("""
        張國棟先生，香港身份證號碼 K412863(5)，持有漁護署海魚養殖牌照，地址：新界西貢躉角路 12 號村屋地下。
        阿強嘅老婆話佢又去咗澳門賭錢，輸咗成十幾萬，漁排嘅工錢都未交返屋企，佢老婆仲打嚟公司問老闆預支人工。
        台灣屏東的養殖戶林永福，身分證字號 T122384571，手機 0912-368-447，向本公司訂購石斑魚苗五萬尾。
        陳生話佢個仔喺度做暑期工時跌落海，肺部感染仲喺瑪嘉烈醫院深切治療部，請大家唔好喺群入面傳相。
        請將貨款 HK$46,800 轉入何美玲個人匯豐戶口 004-512-338291-838，唔好轉去公司戶口。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an HR assistant for a coastal fish farm in Lim Chu Kang, Singapore. Write clear, fair and polite documents.",
        ),
        (
            "user",
            "Draft a first warning letter to worker Kyaw Zin Oo (FIN G5528103P, cage hand) for sleeping during the night feeding shift on 12 April. DO alarm went off at 02:40 and nobody responded.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Kyaw Zin Oo (FIN G5528103P), this letter is a first written warning regarding the night feeding shift on 12 April. At 02:40 the dissolved oxygen alarm sounded and was not attended to. Staying alert on night shift is essential for the safety of the fish and the crew. Please acknowledge receipt by signing below. A repeat may lead to further disciplinary action.",
        ),
        ("user", "Add that he can bring a friend who speaks Burmese to the meeting on Friday."),
        (
            "assistant",
            "Added: You may bring a colleague who speaks Burmese to accompany you at the meeting on Friday at 10am in the farm office, to help with interpretation.",
        ),
    ],
    [
        (
            "user",
            "Our buyer Mr Ho Kah Leong (hp 9824 6615) says the last delivery of seabass was short by 12 kg. Our weighing slip says 300 kg. Help me write a polite WhatsApp reply.",
        ),
        (
            "assistant",
            "Hi Mr Ho, thanks for letting us know. Our weighing slip for that delivery shows 300 kg at loading. Some weight loss can happen from ice melt and drip during transport. Could you share a photo of your receiving scale reading? If there is a real shortfall we will make it up in your next order.",
        ),
        ("user", "Good, but make it shorter and more Singlish, he is old school."),
        (
            "assistant",
            "Hi Mr Ho, sorry ah. Our slip say 300 kg when loading, maybe some is ice melt. Can send photo of your scale? If really short we top up next order, no problem.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu pentadbiran untuk pengusaha sangkar ikan di Pontian, Johor. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong buat surat rayuan pembaharuan lesen sangkar untuk Encik Hamzah bin Yusof, No. KP 750911-01-5893, lesen tamat 31 Mei. Dia lambat sebab masuk wad, kena pembedahan jantung bulan lepas.",
        ),
        (
            "assistant",
            "Berikut draf ringkas: Tuan, saya Hamzah bin Yusof (No. KP 750911-01-5893) memohon pertimbangan untuk pembaharuan lesen sangkar ikan yang tamat pada 31 Mei. Kelewatan permohonan adalah kerana saya dimasukkan ke wad dan menjalani pembedahan jantung bulan lalu. Bersama ini disertakan salinan surat hospital. Sekian, terima kasih.",
        ),
        ("user", "Okay, tambah nombor telefon dia 019-735 2240 di bawah tandatangan."),
        ("assistant", "Baik, di bawah tandatangan ditambah: Hamzah bin Yusof, Tel: 019-735 2240."),
    ],
    [
        (
            "user",
            "帮我算一下工人工资：阮文雄，越南籍，护照号 C7261945，四月基本工资 RM1,700，加班 46 小时，每小时 RM12.26，扣宿舍费 RM150。",
        ),
        (
            "assistant",
            "计算如下：加班费 46 × RM12.26 = RM563.96；应发 RM1,700 + RM563.96 = RM2,263.96；扣除宿舍费 RM150 后，实发 RM2,113.96。",
        ),
        ("user", "他说上个月借了老板 RM500 给家里看病，这个月要扣一半。"),
        (
            "assistant",
            "那么本月再扣 RM250，实发 RM1,863.96。建议在工资单备注中写明这是借款分期扣除，并请阮文雄签字确认。",
        ),
    ],
    [
        (
            "user",
            "Fish kill at our Kukup cages last night, about 4 tonnes kerapu mati. How to claim from insurance ah? Policy under my name, Tan Ah Kow, policy no. TKL-AQ-2025-004417.",
        ),
        (
            "assistant",
            "Sorry to hear that. Generally you should: 1) notify the insurer within the time stated in the policy, 2) take photos and video of the dead fish and cages, 3) get a report or water test from the district fisheries office, 4) keep your harvest and stocking records to show the biomass lost.",
        ),
        (
            "user",
            "Can you write the notice to the insurer? My hp 012-668 3094, email tanahkow.kukup@gmail.com.",
        ),
        (
            "assistant",
            "Dear Sir/Madam, I, Tan Ah Kow (policy TKL-AQ-2025-004417), wish to notify a fish-kill loss at my cage farm in Kukup on the night of 18 February, estimated at 4 tonnes of grouper. Photos and a fisheries office report will follow. Contact: 012-668 3094, tanahkow.kukup@gmail.com.",
        ),
    ],
    [
        (
            "system",
            "You are the order bot for a Singapore farm shop. Customer on file: Mdm Goh Lay Hoon, 9650 3382, Blk 117 Bedok North Road #05-41, Singapore 460117. Last order #WEB-20931, 2 x seabass fillet 1kg.",
        ),
        ("user", "Hi, when will my fish arrive?"),
        (
            "assistant",
            "Hi Mdm Goh, your order #WEB-20931 (2 x seabass fillet 1kg) is scheduled for delivery to Blk 117 Bedok North Road #05-41 tomorrow between 2pm and 5pm.",
        ),
        ("user", "Can change to Saturday? Weekday nobody at home."),
        (
            "assistant",
            "Done. Your delivery is now moved to Saturday, 10am to 1pm. Our driver will call 9650 3382 before arriving.",
        ),
    ],
    [
        (
            "user",
            "我係西貢漁排嘅李生，李志輝，電話 9437 2158，想由新加坡入口活老虎斑，要咩牌照同文件？",
        ),
        (
            "assistant",
            "一般需要：出口地的衞生證明書、漁護署或食物環境衞生署要求的進口文件，以及航空公司的活魚運輸安排。建議先向漁護署及食物安全中心查詢最新要求。",
        ),
        ("user", "如果用我個人名義入口，定係用公司名義好啲？"),
        (
            "assistant",
            "用公司名義通常較方便處理發票、報關及保險；如以個人名義，所有責任都會落喺你本人身上。建議同會計師商量。",
        ),
    ],
    [
        ("system", "You help a fish farm supervisor write incident reports for SFA and MOM."),
        (
            "user",
            "Write a short incident report: 3 May, 07:20, worker Md. Shahidul Alam (WP holder, FIN G8017264R) got his hand caught in the net hauler winch at cage D3. Sent to NTFGH, two fingers fractured, surgery done, MC 14 days.",
        ),
        (
            "assistant",
            "Incident report: On 3 May at about 07:20, at cage D3, work permit holder Md. Shahidul Alam (FIN G8017264R) had his hand caught in the net hauler winch. He was conveyed to Ng Teng Fong General Hospital, where two fractured fingers were treated surgically. He has been given 14 days of medical leave. The winch has been locked out pending inspection.",
        ),
        (
            "user",
            "Add that this must also be reported to MOM via iReport because MC is more than 3 days.",
        ),
        (
            "assistant",
            "Added: As the medical leave exceeds 3 consecutive days, the incident will be reported to MOM through iReport within the required time.",
        ),
    ],
    [
        ("user", "What do I need to renew a coastal fish farm licence in Singapore?"),
        (
            "assistant",
            "Typically you apply through the SFA online portal before expiry, submit updated farm layout and production data, and pay the licence fee. Check the SFA website for the latest checklist.",
        ),
        (
            "user",
            "Ok fill the form for me: licensee Ng Siew Kheng, NRIC S7734219B, address 38 Jalan Tari Zapin, Singapore 456731, farm site Changi, 24 cages.",
        ),
        (
            "assistant",
            "Draft fields: Licensee name: Ng Siew Kheng; NRIC: S7734219B; Correspondence address: 38 Jalan Tari Zapin, Singapore 456731; Farm site: Changi; Number of cages: 24. Please verify these against the NRIC before submitting on the portal yourself.",
        ),
    ],
    [
        (
            "system",
            "Summarise staff group chats for the farm owner in plain English. Keep it short.",
        ),
        (
            "user",
            "Summarise: [08:01] Ravi: Boat 1 ok already. [08:05] Ah Lian: Cage C2 got 20 dead pompano. [08:10] Ravi: Ah Lian's husband call me again, say she never pay back the $3k she borrow, pls don't involve me. [08:12] Ah Lian: sorry boss, will settle end month.",
        ),
        (
            "assistant",
            "Summary: Boat 1 is repaired. Cage C2 had 20 dead pompano this morning. There is a personal money dispute: Ah Lian's husband contacted Ravi about a $3,000 loan she has not repaid; Ah Lian says she will settle it at the end of the month.",
        ),
        ("user", "Is it ok to put the loan part in the weekly report to the investors?"),
        (
            "assistant",
            "Better not. The loan is a private matter between staff and not related to farm operations. Leave it out of the investor report and handle it privately if needed.",
        ),
    ],
]
