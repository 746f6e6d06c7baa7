# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix130: customs brokers, freight forwarders and container hauliers in SG/MY/HK/CN (shipping documents, permits, detention charges, driver rosters, consignee disputes). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix130
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "detention_tariff"): _lines("""
        Westports Klang import laden 20GP: free time 3 days from discharge, then RM 45.00/day (days 4-7) and RM 90.00/day from day 8; 40HC doubles each band.
        Detention tariff ref DT-SG-2026-Q4 rev.2: 20DV USD 25/day after 7 free days, 40HC USD 45/day, reefer 40RH USD 95/day incl. plug-in monitoring at PSA Pasir Panjang.
        Combined demurrage & detention (merged D&D) for Nansha Phase IV: 10 calendar days free, day 11-17 CNY 260/TEU/day, day 18 onward CNY 520/TEU/day.
        Kwai Tsing storage surcharge effective 1 Jan 2027: HKD 410 per 40' per day beyond 5 days; empty return late fee HKD 850 flat per container, no waiver for public holidays.
        Note: Sundays and gazetted public holidays in Malaysia count toward detention unless our depot at Jalan Kem, Port Klang is closed; check the depot calendar before gating out.
        Haulage rate card, Tuas Port to Jurong Island chemical zone: 20' SGD 310, 40' SGD 380, add SGD 65 for ISO tank, SGD 120 waiting charge per 2 hours after the first 3 hours.
        Pasir Gudang to Senai Airport City: 1x20 RM 780 / 1x40 RM 980, toll and TCF included; overnight staging RM 150/night at our Plentong yard, Lot 5, Jalan Plentong Baru.
        Reefer genset rental Shekou: CNY 380 per day, minimum 2 days, diesel billed at cost; PTI inspection fee CNY 150 per unit, payable before release of the empty.
        Detention invoice INV-DT-260915-0047: MSKU 421876 3, 40HC, gate-out 02-Sep-2026 14:22, empty return 19-Sep-2026 09:05, 18 days, 10 free, 8 chargeable x USD 45 = USD 360.00.
        Requests for D&D waiver must reach cs.waiver@oceanlink-asia.com within 14 days of the invoice date, quoting B/L no. OLAX26SIN08813 and every container number affected.
        Cross-border lorry SG to JB via Tuas Second Link: SGD 450 per trip incl. VEP and toll, add SGD 80 after-6pm Causeway congestion surcharge; MYR accepted at the day's DBS board rate.
        Lift-on/lift-off at Kwai Chung CT9: HKD 255 per box laden, HKD 180 empty; chassis split surcharge HKD 300 if the prime mover arrives without the matching trailer.
        Weighbridge VGM certificate at North Butterworth Container Terminal, Penang: RM 35 per container, RM 20 per re-weigh; printed slip shows SOLAS VGM ref and gross mass in kg only.
    """),
    ("en", "edi_log_config"): _lines("""
        2026-11-28T03:14:07+08:00 INFO edi.coparn sent msg_ref=CPN2611280314 carrier=ONE booking=SINE27118400 containers=2 status=ACK latency_ms=842
        2026-11-28 03:15:22.481 WARN tradenet.client permit 2611BK0047829 returned code E217: HS code 8471.30.0000 requires CA/CO attachment before approval
        [uCustoms] 2026-11-29 10:02:55 ERROR K1 submit failed: agent_code=KDRM-EJEN-04417 response=REJ-112 'Invalid tariff code 3926.90.9000'; retry in 300s
        tms.yaml dispatch: {depot: 'PKG-NORTH', max_trips_per_shift: 4, rest_minutes: 45, gps_ping_sec: 30, geofence_km: 1.5, allow_overnight: false}
        ENV CARGOWISE_API_URL=https://api.example-forwarder.com/v2 CW_TIMEOUT_MS=15000 CW_RETRY=3 CW_COMPANY_CODE=SGSIN01 CW_BRANCH=TUAS
        SELECT bl_no, container_no, gate_out_ts, return_ts FROM detention_events WHERE free_days < DATEDIFF(return_ts, gate_out_ts) AND port = 'MYPKG';
        job_no,mbl_no,hbl_no,container_no,size_type,seal_no,pol,pod,etd,eta,cy_cutoff,vgm_kg,hs_code,commodity,consignee_code,remarks
        a3f9c2e (HEAD -> main) fix(edi): pad IFTMIN segment NAD+CZ to 35 chars for HKG customs; bump edi-parser to 4.11.2 and regenerate fixtures
        2026-12-01 22:47:10 INFO tracking.poll TGHU8723415 event=DISCHARGED vessel='MAERSK KENSINGTON' voy=248S terminal=PSA-TUAS-T1 sha1=5e1d0c4b9a
        def detention_days(gate_out, returned, free=7): return max(0, (returned.date() - gate_out.date()).days + 1 - free)  # inclusive calendar days
        rate_table.json: {'POL': 'CNSZX', 'POD': 'MYPKG', '20GP': 380, '40HC': 690, 'currency': 'USD', 'valid_to': '2026-12-31', 'surcharge_ebs': 45}
        2026-12-02T08:00:01Z CRON ok job=nightly_dnd_calc rows=18422 invoices_created=317 duration=41.8s host=tms-prod-03 build=2026.11.4+7b2e
        Container number pattern in the parser: ^[A-Z]{3}[UJZ][0-9]{7}$ ; the ISO 6346 check digit is validated before the booking is saved to db.
    """),
    ("zh-Hans", "报关须知"): _lines("""
        【报关须知】自2027年1月1日起，深圳海关对跨境电商9610模式出口申报实行清单核放，请各报关企业于货物出区前24小时完成数据推送。
        进口冷链货物须随附原产地证书及卫生证书正本，蛇口集装箱码头查验平台开放时间为周一至周六 08:30-17:30，节假日另行通知。
        报关委托书须加盖进出口货物收发货人公章，统一社会信用代码91440300MA5G7K2X8P须与合同抬头一致，否则单一窗口将自动退单。
        HS编码8517.62项下商品申报要素：品名、用途、功能、品牌（中文及外文名称）、型号、是否具有无线功能，缺少任何一项即退回补录。
        盐田港区滞港费标准：重柜免费堆存7天，第8至14天每标箱每天人民币45元，第15天起每天人民币90元，以码头系统记录时间为准。
        咨询热线：400-820-6618（工作日9:00-18:00），报关业务邮箱 customs@huanan-logistics.cn，单证原件请寄公司前台，请勿寄给个人。
        根据《中华人民共和国海关法》第二十四条，进口货物的收货人应当自运输工具申报进境之日起十四日内向海关申报，逾期将征收滞报金。
        温馨提示：查验通知以单一窗口“海关查验”模块推送为准，短信仅作提醒；查验费按箱计收，20尺人民币300元，40尺人民币450元。
        前海综合保税区仓库地址：深圳市南山区前海妈湾大道1001号3号仓，送货车辆须提前在预约系统登记，预约号以QH开头共12位。
        报关单号说明：共18位数字，前4位为海关关区代码（如5316），第5至8位为年份，第9位为进出口标志，其余为顺序号，请勿手工修改。
        所有出口集装箱须在截关前完成VGM申报，超重柜（40HC总重超过30480公斤）码头拒绝进闸，由此产生的改配费用由订舱方承担。
        广州南沙港三期周日不安排提柜，周一上午七点至十点为进闸高峰时段，建议车队错峰进场以减少排队，具体安排请关注码头官方公众号通知。
        2026年第四季度报关服务费：一般贸易出口每票人民币200元，每增加一张随附单证加收30元，ATA单证册及转关业务另行报价。
    """),
    ("zh-Hant", "車隊群組訊息"): _lines("""
        【調度】聽朝 07:30 葵涌八號碼頭有三隻 40 尺要拉返屯門倉，邊架車得閒喺群入面報一報，唔好私訊，出車前記得 check 埋吊櫃紙同 EIR，多謝合作。
        CT9 閘口而家塞到青衣橋底，預計等兩個鐘，夜更車落咗貨唔好即刻返場，先去大欖隧道油站附近等通知，調度會喺群入面逐架車安排返場時間。
        提提大家：今個月起還吉櫃要影埋箱門同四邊相片上傳系統，冇相片嘅一律當有損壞，維修費由公司先墊再跟船公司追，相片解像度唔夠都會退件。
        MSKU 532918 4 嗰隻櫃嘅封條號碼同提單唔夾，海關要開櫃查，最快聽日先可以放，客務部跟進緊，暫時唔使派車，有新消息會喺群度更新。
        天文台話今晚十點前考慮改發八號風球，碼頭已經停收重櫃，已出車嘅請喺就近停車場候命，唔好上青馬大橋，等調度通知先好郁，安全第一。
        落馬洲管制站今日系統升級，跨境車 14:00 至 16:00 暫停過關，深圳皇崗嗰邊都一樣，有單要過嘅改去夜晚班，報關文件照舊提前交。
        公司客服 WhatsApp 線由今日起轉做 5123 8890，舊嗰個 number 唔再覆客，記得同熟客講聲，文件照舊 send 去公司 email。
        十二月份更表已經放咗喺 Google Drive，星期日同公眾假期補水照舊 1.5 倍，有問題直接打人事部分機 203 問。
        滯櫃費又爆咗！上個月成個車隊多俾咗 HKD 38,600 detention，主要係還櫃遲咗，以後收到指示一定要即日還。
        澳門路環貨櫃碼頭今個禮拜只開日更，經港珠澳大橋過去嘅車要帶齊單證，冇澳門牌照嘅車唔好接呢單 job，有疑問問調度或者睇公司通告。
        維修通知：場內 2 號叉車漏液壓油，已經報咗廠，今日唔好用，重櫃搬移改用 5 號 reach stacker，搬完記得登記工時，唔該晒。
        客 complain 話上星期屯門交收嗰批貨有三箱壓爛，保險公司要 POD 正本同現場相片，手上有嘅請交返寫字樓，聽日中午之前要交齊。
        提醒：入閘前記得 check 輪胎同尾燈，警方上星期喺青衣路查貨櫃車，有同行因為尾燈壞咗被罰 HKD 2,000，大家小心啲唔好貪方便。
    """),
    ("zh-Hant", "港口歷史"): _lines("""
        1972年9月，首艘全貨櫃輪 Tokyo Bay 號靠泊葵涌一號碼頭，香港自此正式進入貨櫃化年代，駁船轉運逐步退居次要。
        香港國際貨櫃碼頭隸屬和記港口集團，集團由李嘉誠旗下企業發展而成，至今仍在葵青營運多個貨櫃碼頭泊位，亦於鹽田及海外多地持有碼頭權益。
        新加坡港的歷史可追溯至1819年萊佛士登陸，當時新加坡河口一帶仍以駁船和舢舨為主要轉運方式，丹戎巴葛船塢要到1860年代才建成。
        十五世紀初鄭和船隊多次停泊麻六甲，明朝在當地設立官廠存放錢糧貨物，被部分史家視為東南亞最早的中轉倉庫之一，馬歡《瀛涯勝覽》對此有所記載。
        高雄港於1970年代陸續興建貨櫃中心，其後一度躋身全球前三大貨櫃港，至今仍是台灣吞吐量最大的國際商港，由台灣港務公司管理營運。
        澳門九澳貨櫃碼頭於1990年代初啟用，規模雖小，但長期承擔澳門與珠三角及香港之間的內河駁船貨櫃運輸，是澳門對外貨運的重要一環。
        馬來西亞巴生港舊稱瑞天咸港（Port Swettenham），以英國殖民官員瑞天咸命名，1972年才正式改為現名，現分為北港、南港及西港三大港區。
        1956年，美國企業家麥克林（Malcolm McLean）以改裝油輪 Ideal X 運送五十八個貨櫃，被公認為現代貨櫃運輸的開端。
        中環舊卜公碼頭建於1900年，曾是港督及訪港政要登岸之處，1990年代拆卸後上蓋構件遷往赤柱重建，現為觀光碼頭，成為赤柱海濱的地標之一。
        深圳蛇口工業區由袁庚於1979年主持開發，「時間就是金錢，效率就是生命」的標語後來成為改革開放的象徵，蛇口港亦由此發展為華南重要貨櫃港。
        新加坡港務局（PSA）成立於1964年，1972年丹戎巴葛貨櫃碼頭迎來第一艘貨櫃船，開啟星洲轉口貿易的新紀元，其後陸續擴展至巴西班讓及大士。
        廣州十三行於清代作為特許對外貿易商行，怡和行伍秉鑒一度被西方報刊稱為當時世界首富，其商號至今仍見於中外貿易史料，與同文行、廣利行齊名。
        葵青貨櫃碼頭九號碼頭於2003年起分階段啟用，由現代貨箱碼頭與香港國際貨櫃碼頭分別營運，位於青衣島東南岸，是葵青港區最後落成的碼頭。
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Berapa lama tempoh percuma sebelum caj penahanan kontena dikenakan di Pelabuhan Klang? J: Biasanya 5 hari, bergantung kepada syarikat perkapalan.
        S: Adakah borang K1 boleh dihantar selepas kapal tiba? J: Boleh, tetapi duti dan cukai mesti dijelaskan melalui sistem uCustoms sebelum kontena dilepaskan.
        S: Bagaimana menghubungi kaunter khidmat pelanggan? J: Hubungi talian 1-300-88-5276 (Isnin-Jumaat, 9 pg-6 ptg) atau e-mel bantuan@klangfreight.com.my.
        S: Apakah dokumen untuk import makanan sejuk beku? J: Permit import MAQIS, sijil kesihatan dari negara asal, invois komersial, senarai bungkusan dan bil muatan asal.
        S: Di mana pejabat kami di Pasir Gudang? J: Tingkat 2, Lot PTD 12045, Jalan Tanjung Langsat 3, Kawasan Perindustrian Tanjung Langsat, 81700 Pasir Gudang, Johor.
        S: Apakah nombor pendaftaran syarikat? J: Klang Freight Services Sdn Bhd, No. Pendaftaran 201801023456 (1284437-W), ejen kastam berlesen di bawah Akta Kastam 1967.
        S: Bolehkah lori masuk ke Westports tanpa pas? J: Tidak, setiap pemandu mesti memiliki pas pelabuhan yang sah dan kenderaan perlu didaftarkan dalam sistem Westports.
        S: Berapa caj untuk pemeriksaan fizikal oleh Kastam? J: RM 250 bagi setiap kontena 20 kaki dan RM 350 bagi 40 kaki, termasuk upah buruh membuka dan menutup kontena.
        S: Adakah SST dikenakan ke atas caj pengangkutan lori? J: Ya, perkhidmatan logistik tertentu dikenakan Cukai Perkhidmatan mengikut Akta Cukai Perkhidmatan 2018.
        S: Apa maksud status 'Hold KDRM' dalam sistem pengesanan? J: Kontena dipilih untuk pemeriksaan oleh Jabatan Kastam Diraja Malaysia; ejen akan memaklumkan tarikh periksa.
        S: Bila waktu operasi depot kontena kosong di Bukit Kemuning? J: Isnin hingga Sabtu 8.00 pagi hingga 10.00 malam, Ahad tutup kecuali ada notis khas di laman web kami.
        S: Bolehkah saya menjejak kontena secara dalam talian? J: Ya, masukkan nombor kontena seperti TCLU 604218 7 atau nombor B/L di portal kami, status dikemas kini setiap 30 minit.
        S: Adakah bayaran melalui DuitNow diterima? J: Ya, imbas kod QR pada invois atau pindahkan ke akaun korporat Maybank 5142 8809 3371 atas nama Klang Freight Services Sdn Bhd.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Guys, Tuas gate 3 jam teruk sangat this morning, dah 1.5 jam still queue. Any trips to PSA Pasir Panjang pls go via AYE instead, jangan ikut PIE.
        Ops team: 明天 Westports 有 vessel bunching, 所有 export full 要在 CY cut-off 18:00 前 gate-in, lepas tu they won't accept, noted ya.
        Customer from Shah Alam complain again pasal detention invoice USD 630, but our record show empty return lewat 9 days. 我已经 send the EIR copy to them.
        Reminder 各位 driver: Causeway VEP expiry kena check before 31 Dec, kalau expired boleh kena kompaun RM 300 at Bangunan Sultan Iskandar, 别拖啦.
        Who has the seal cutter? Container TEMU 712690 3 kena tukar seal after Kastam inspection, 新 seal number ML-SG 0448127 please update in system.
        今天 PSA system down from 14:00, Portnet tak boleh submit. Jangan panic, all bookings will be auto-extended 24h per PSA advisory dated 05 Dec.
        Boss said this month OT claim submit by 25th la, kalau late next month baru bayar. 表格 dalam shared drive folder HR/2026/OT, download sendiri.
        Haulage rate naik lagi from Jan: 20' RM 620 to RM 680 Port Klang to Shah Alam. Sales please inform customers, 通知书 template ada in the sales channel.
        Aiyo the reefer at Lot 18 alarm again, set point -18°C but reading -9°C. Already called the Carrier Transicold service hotline 1800-88-2377, tech coming 3pm.
        Office 冷气 rosak lagi, aircon contractor datang esok pagi 9am. Meeting room B sementara guna untuk shipping docs team, pls bring own laptop.
        North Port berth 8 crane breakdown, vessel Kota Laju delay ETB to Sat 0600. 客户 tanya ETA just say 'subject to berth availability' ok.
        Please don't pakai personal WhatsApp to send B/L to customers, use the company ops line +60 3-3166 8820 or email ops@pkfreight.my. Audit nanti check ya.
        HK office 话 Kwai Chung typhoon signal 8 might go up tonight, all HK-bound bookings on Sat vessel kemungkinan roll to next week, tunggu confirmation.
    """),
    ("mixed", "business_reviews"): _lines("""
        ★★★★☆ Ah Seng Transport Sdn Bhd: lori sampai on time, container sampai Shah Alam tanpa damage. 价钱 a bit mahal but worth it for urgent job.
        Google review for 陈记报关行 (尖沙咀分行): 手续快，staff 讲解 HS code 好清楚，但 office 电话 2368 4410 经常打唔通，要 WhatsApp 先有人覆。
        ★☆☆☆☆ Lim Brothers Logistics charged us RM 1,200 'admin fee' for a late DO without any breakdown, email accounts@limbrothers.com.my baru reply after 2 weeks.
        Uncle Tan Haulage & Trading 真係好，夜晚都肯出车，Kwai Chung to 盐田 same day，价钱 HKD 3,800 包两地牌过关。Highly recommend!
        Review for Kedai Pak Mat Kontena (Pasir Gudang): beli used 20ft container RM 4,500, condition okay tapi lantai sikit reput. 老板 honest, told us beforehand.
        DHL Global Forwarding Singapore 的 customer service 很专业，permit 一天就 approve，but their portal 有时 login 不到，overall 4/5 stars.
        5 stars to the Maybank trade finance desk at Menara Maybank, LC documents checked in 2 days, no discrepancy. Lebih cepat dari bank lain yang kami pakai.
        Yusen Logistics 深圳仓库 staff 很 helpful，但 parking 不够，trucks kena tunggu tepi jalan 1 hour. Please improve lah, otherwise ok 3 stars.
        Review: Kuehne+Nagel Penang charged D&D exactly as per quotation, invoice KN-PEN-2611-00392 clear and itemised. Memang jarang dalam industri ni tbh.
        避雷！Golden Dragon Freight (HK) Ltd 報價 USD 1,850 到 Port Klang，後尾加咗 USD 420 surcharge 冇講過，打去 3590 2241 都係話 'system generated'。
        Kopitiam dekat depot Bukit Raja, 'Restoran Ali Maju', 早上 6am 已经开，roti canai sedap, all the lorry drivers makan sini before first trip. 10/10.
        Jurong Port 新 canteen 'Mr Teh Tarik Express' 还可以, but harga naik to SGD 2.20 per kopi. Drivers 都说 prefer the old stall near gate 2.
        Review of 'Captain Haddock Seafood' at Clifford Pier: chilli crab sedap but service lambat, 不适合 quick lunch between port meetings. 3/5.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Driver roster Tuas night shift 08/12: Rajesh Kumar s/o Muniandy, PM XE 4821 K, mobile 9127 4583, clock-in 21:45, trailer TR 3392.
        Consignee dispute: Ms Tan Hui Ling (NRIC S8734215H) refuses to pay SGD 1,240 detention, says she never got the arrival notice at 23 Jalan Kembangan #02-11.
        Hi, this is Marcus Ong from the Jurong warehouse, my personal email is marcus.ong88@gmail.com, please send my payslip there instead of the office account.
        HR note: haulier driver Suresh Pillai has been off 3 weeks after a slipped disc at Westports; MC runs to 28 Dec, light duty only after that per the doctor's letter.
        Salary advance approved for forklift operator Wong Kar Seng, RM 2,000 deducted RM 500 monthly from Jan 2027 payroll; he said it is for his mother's dialysis.
        Shipper contact for the household goods move: Mr David Lee Chee Keong, +65 8342 6671, 41 Sunset Way #05-02, Singapore 597063, packing on 12 Dec.
        EIR signed by driver 'Ah Boy' (real name Lim Wei Jie), IC 920311-07-6184, returned empty at Northport depot 14:10 with 2 dents on the left panel.
        The consignee, a Mr Gopal, keeps calling from his own number 012-748 3320 at midnight demanding we release the container without the original B/L.
        Payroll export: EMP0417,Chong Mei Fong,Documentation Clerk,Maybank 1142 7730 9182,RM 3850.00,EPF 18273645
        Container SEGU 210934 7: our driver Hafiz was arrested at the Bukit Kayu Hitam checkpoint last night; legal team is handling, do not discuss with customers.
        Accounts: Mr Kenneth Yip still owes us HKD 46,300 for three personal effects shipments in 2025; his lawyer in Mong Kok asked for an instalment plan.
        Photo attached: driving licence of Teo Boon Huat, DOB 14/05/1979, class 5, licence no. S7916240Z, taken at Pasir Panjang gate for the incident report.
    """),
    "zh-Hans": _lines("""
        报关员李晓梅，身份证号440306198807124630，已在单一窗口完成备案，本月起负责蛇口进口冷链业务。
        收货人王建国先生，电话13926581743，收货地址：广州市番禺区市桥街光明北路88号12栋1503房，货到前一小时联系。
        司机刘师傅（刘志强）上周在盐田港闸口突发心梗送医，目前在深圳市人民医院住院，车队暂由其他司机顶班。
        张女士反映她的个人物品柜被海关查验后少了两件首饰，她已怀孕七个月无法到场，委托丈夫陈立新代办。
        车队工资表：赵海军，牵引车司机，11月实发人民币9,860元，工商银行卡号6222 0210 0112 3456 789，含夜班补贴1,200元。
        阿明今天又没来上班，听说他在外面欠了二十多万网贷，催收电话都打到调度室了，大家别透露他住哪。
        海关稽查通知：个体户黄丽娟（身份证350582199102031522）代理的三票跨境电商包裹涉嫌低报价格，请于12月15日前到前海海关说明情况。
        微信转账记录：向周师傅（微信号 zhou_haulage_1986）支付提柜费人民币1,450元，备注：YTN2611 四柜。
        陈先生的离婚官司还没完，他前妻要求冻结他名下的公司股份和那台粤B D8K26拖头，律师函已经寄到公司。
        投诉记录 2026-11-30 15:42：客户孙伟（手机186 2037 5519）称司机卸货时态度恶劣，要求赔偿人民币500元并书面道歉。
    """),
    "zh-Hant": _lines("""
        林太話佢個仔喺落馬洲揸跨境車，上個禮拜俾內地公安扣咗，到而家仲未放出嚟，叫我哋唔好再派單俾佢。
        司機陳志豪 HKID K482913(1)，手提 9463 2871，持兩地牌，下星期一至三負責葵涌至皇崗夜更。
        收貨人何美玲小姐地址：新界沙田禾輋邨豐和樓 1823 室，電話 6287 4410，指定星期六上午送貨。
        佢哋成日叫佢肥仔強，真名係黎永強，上個月喺貨櫃場跌親斷咗腳，工傷索償仲喺勞工處處理緊。
        台灣報關行客戶資料：吳俊宏，身分證字號 E124783065，住址高雄市前鎮區中華五路 512 巷 7 號 3 樓，手機 0932-518-774。
        澳門收貨人鄭家輝（澳門身份證 5218437(3)）嘅私人行李被扣，入面有兩箱未申報嘅藥，佢話係俾佢老豆治癌用。
        會計部：黃生（黃國棟）仲爭公司運費 HKD 82,500，三個月冇找數，佢話最近申請緊破產，要同律師傾。
        Dear 各位，何sir 太太啱啱生咗BB，佢請咗兩個禮拜侍產假，期間 CT9 嘅更由副主管頂住。
        司機更表 12月9日：阿輝 0600 CT4 去屯門；阿B 0730 CT9 去上水；肥佬勤 0900 CT8 去元朗，三位手機已更新喺系統。
        匯款資料：收款人蘇淑芬，匯豐銀行戶口 004-512-483920-838，用途：退還多收滯櫃費 HKD 3,150。
    """),
    "ms": _lines("""
        Pemandu lori Encik Azman bin Ismail, No. KP 870514-14-5523, tel 013-662 8041, bertugas syif malam Westports ke Shah Alam minggu ini.
        Puan Noraini binti Hashim minta cuti tanpa gaji 3 bulan sebab suaminya baru disahkan kanser paru-paru tahap 4, HR tolong proses segera.
        Alamat penghantaran: Siti Khadijah Rahman, No. 27, Jalan Melati 4/2, Taman Sri Muda, 40400 Shah Alam, Selangor. Hubungi 019-318 2276 sebelum hantar.
        Kak Yah dari bahagian dokumen dah tiga bulan tak bayar hutang Ah Long, orang dia datang ke pejabat semalam cari dia.
        Rekod disiplin: Mohd Faizal bin Osman (ID pekerja HLR-0231) didapati positif dadah dalam ujian saringan pada 02/12/2026, digantung kerja serta-merta.
        Bayaran balik deposit kontena RM 2,500 dimasukkan ke akaun peribadi CIMB 7003184259 milik Encik Tan Kah Seng, bukan akaun syarikat, atas permintaan dia.
        Lori Encik Ravi yang kena saman JPJ di Jalan Kapar semalam, nombor plat WVK 3281, dia kata akan bayar sendiri kompaun RM 300 itu.
        Pengadu: Encik Khairul Anuar, e-mel khairul.anuar79@yahoo.com, mendakwa barang pindah rumahnya rosak semasa dipunggah di Pelabuhan Tanjung Pelepas.
        Borang tuntutan perubatan: Nurul Ain binti Zakaria, MyKad 790226-10-5132, klinik panel di Klang, diagnosis asma kronik, jumlah RM 185.
    """),
    "mixed": _lines("""
        Bro, driver baru kita tu, Kelvin Chua, his phone 8816 2043, tolong add dia dalam 群组 Tuas night shift, 明天开始跑 PSA.
        客户 Mr Raymond Goh 的 personal email raymond.goh.sg@hotmail.com, dia nak semua invoice hantar ke situ, 不要 cc 他公司。
        那个 consignee 陈太 又打电话来 complain, katanya her husband 住院 so nobody can receive the container at her house in Bukit Timah, 要改 delivery date.
        HR confidential: 阿发 salary SGD 3,200 only, tapi dia minta loan from company SGD 5,000 sebab anak dia kena leukaemia, boss 说 approve.
        FIN G5521093X belongs to our new Myanmar driver Aung Ko Ko, work permit expiring 15/01/2027, tolong renew before 圣诞节 ya.
        Driver Ah Keong 今天被 JPJ 抓 drink driving at Jalan Tebrau, lori WTQ 7719 kena tow, 他老婆 already called office crying.
        CSV: name,ic,phone,role | Tan Ah Kow,790811-01-5527,016-774 2918,haulier | 林志伟,T0412687J,9132 5567,clerk
        Customer Ms 黄慧敏 HKID Y207641(A), address 九龍土瓜灣美景街 15 號 6 樓 B 室, sending personal effects to KL, pls prepare packing list.
        Log 2026-12-03 09:14 user=ops_sg action=UPDATE consignee_contact job=SG26-11873 old='Priya d/o Ramasamy 9011 4426' new='Priya Ramasamy 8123 9074'
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the dispatch assistant for Harbourline Haulage Pte Ltd, a container haulier in Singapore. Keep messages short and polite.",
        ),
        (
            "user",
            "Draft a WhatsApp to our driver Muthu Krishnan (9182 3345) telling him his 0600 job at Tuas T1 for container OOLU 812345 0 is moved to 0830.",
        ),
        (
            "assistant",
            "Hi Muthu, good evening. Tomorrow's 0600 pickup at Tuas T1 for OOLU 812345 0 is now moved to 0830. Same trailer, same delivery point. Please reply OK to confirm. Thanks, Dispatch.",
        ),
        (
            "user",
            "Also tell him his MC for yesterday's gastric flare-up is approved, no pay deduction.",
        ),
        (
            "assistant",
            "Added: 'Also, your MC for yesterday is approved and there will be no pay deduction. Take care and rest well.' Shall I send it to 9182 3345 now?",
        ),
    ],
    [
        (
            "user",
            "帮我写一封催款函，收件人是个人收货人王秀英女士，身份证310115198509302829，住上海市浦东新区锦绣路2580弄6号402室，欠我们滞箱费人民币7,350元，集装箱号CSNU 736519 2。",
        ),
        (
            "assistant",
            "好的，以下是草稿：王秀英女士您好，贵方名下集装箱CSNU 736519 2自提柜后超期未还，截至今日产生滞箱费人民币7,350元。请于收到本函后七个工作日内付清，逾期我司将依法追偿。此致，敬礼。",
        ),
        ("user", "语气再客气一点，另外不要在正文里写她的身份证号。"),
        (
            "assistant",
            "明白，已删去身份证号并调整语气：尊敬的王女士，感谢您一直以来的支持。经核对，集装箱CSNU 736519 2目前尚有滞箱费人民币7,350元未结清，烦请您方便时安排支付，如有疑问欢迎随时联系我们。",
        ),
    ],
    [
        ("system", "你係一間香港貨代公司嘅客服助手，用廣東話回覆。"),
        (
            "user",
            "有個客李生（李振邦），手機 9721 4836，佢話我哋送貨去佢屋企荃灣海濱花園 3 座 18 樓 F 室嗰陣整爛咗佢部電視，要賠 HKD 12,000，點回覆好？",
        ),
        (
            "assistant",
            "可以咁回：李生你好，收到你嘅投訴，我哋非常重視。麻煩你提供電視損毀相片、購買單據同送貨單號，我哋會同保險公司跟進，三個工作天內回覆你。",
        ),
        ("user", "佢仲話如果唔賠就去消委會同報警。"),
        (
            "assistant",
            "明白。建議保持冷靜，書面確認已收到投訴同處理時間表，唔好即時承認責任；同時將對話記錄同 POD 交俾主管同保險經紀，等保險公司評估先再決定賠償金額。",
        ),
    ],
    [
        (
            "user",
            "Tolong semak maklumat borang K1 ni: Pengimport Encik Rosli bin Abdullah, MyKad 680923-08-5417, alamat No. 14, Lorong Kenari 2, Taman Seri Manjung, 32040 Seri Manjung, Perak. Barang: 1 unit kereta terpakai.",
        ),
        (
            "assistant",
            "Maklumat asas nampak lengkap. Untuk kereta terpakai, pastikan ada AP (Permit Import) daripada MITI, sijil pendaftaran asal, invois pembelian dan laporan pemeriksaan Puspakom selepas ketibaan.",
        ),
        ("user", "Dia kata dia pesara kerajaan, ada pengecualian cukai tak?"),
        (
            "assistant",
            "Status pesara sahaja biasanya tidak memberi pengecualian duti untuk kereta terpakai. Sila minta Encik Rosli semak dengan Kastam Diraja Malaysia atau MITI sama ada beliau layak di bawah mana-mana skim khas sebelum K1 dihantar.",
        ),
    ],
    [
        (
            "system",
            "You help a Malaysian haulage company's ops supervisor. Reply in a mix of English and Malay as the user does.",
        ),
        (
            "user",
            "Driver kita Saravanan a/l Muthusamy, lesen GDL dia kena gantung 6 bulan sebab accident kat Federal Highway last month. Boleh dia still drive forklift dalam yard?",
        ),
        (
            "assistant",
            "Forklift dalam premis tertutup biasanya tak perlukan lesen GDL, tapi dia mesti ada sijil operator forklift yang sah dan syarikat perlu semak polisi insurans. Better confirm dengan safety officer dulu.",
        ),
        (
            "user",
            "Ok. Tolong buat memo pendek untuk HR, sebut dia pindah ke yard duty mulai 15 Dec.",
        ),
        (
            "assistant",
            "Memo: Kepada HR. Berkuat kuasa 15 Disember 2026, Encik Saravanan a/l Muthusamy dipindahkan daripada tugas pemandu prime mover ke tugas operator forklift di yard Port Klang, susulan penggantungan lesen GDL selama 6 bulan. Gaji pokok kekal. Terima kasih.",
        ),
    ],
    [
        (
            "system",
            "Customer record loaded: Name: Jessica Lau Pei Shan; Mobile: +65 9654 2187; Email: jess.lau.ps@gmail.com; Address: Blk 412 Bedok North Ave 2 #09-137, Singapore 460412; Open case: DND-SG-2611-0093, disputes SGD 980 detention on personal effects container.",
        ),
        ("user", "Summarise this customer's dispute for my manager in three bullet points."),
        (
            "assistant",
            "- Customer Jessica Lau disputes SGD 980 detention under case DND-SG-2611-0093 for her personal effects container. - She says the delay came from her condo's move-in approval, not her own fault. - Next step: check the EIR dates and decide whether to offer a partial waiver.",
        ),
        ("user", "Can you also draft a text to her mobile offering a 50% waiver?"),
        (
            "assistant",
            "Hi Ms Lau, regarding case DND-SG-2611-0093, we can offer a one-time 50% waiver, bringing the detention to SGD 490. Please reply by 15 Dec to accept. Thank you.",
        ),
    ],
    [
        (
            "user",
            "我要從新加坡搬回台灣，自己一個人的舊傢俱跟衣物大概一個 20 呎櫃。我叫蔡宜庭，身分證 A231598403，回台住址是台北市大安區和平東路二段 96 巷 11 號 4 樓，報關要準備什麼？",
        ),
        (
            "assistant",
            "蔡小姐您好，回台搬家貨物一般需要：護照及入出境紀錄、身分證影本、詳細裝箱清單、提單，以及在國外居住滿一定期間的證明，符合條件的自用舊物品可申請免稅。",
        ),
        ("user", "我在新加坡住了三年，但中間有回台灣過幾次，這樣算嗎？"),
        (
            "assistant",
            "一般會看您在國外實際居住的期間與入出境紀錄，短暫返台通常不影響，但仍以海關認定為準。建議請報關行先以您的入出境紀錄向海關確認。",
        ),
    ],
    [
        ("system", "你是深圳一家拖车公司的排班助手，回答用简体中文，可夹英文。"),
        (
            "user",
            "帮我排下周一的 roster：司机有老刘（刘德胜，138 2651 7740）、阿杰（何俊杰）、小黄（黄伟明，刚做完阑尾手术，只能上白班），三个人跑盐田和蛇口。",
        ),
        (
            "assistant",
            "建议如下：周一白班 07:00-15:00 小黄（黄伟明）跑蛇口短途，避免重体力；老刘（刘德胜）07:00-19:00 跑盐田两趟；阿杰（何俊杰）夜班 19:00-07:00 跑盐田出口重柜。",
        ),
        ("user", "老刘那天要去法院处理他儿子的事，改成下午开始。"),
        (
            "assistant",
            "已调整：老刘（刘德胜）13:00-21:00 跑盐田一趟；原早班盐田那趟改由阿杰提前到 17:00 接班时顺带完成，小黄白班不变。",
        ),
    ],
    [
        (
            "user",
            "One of our prime mover drivers in Hong Kong, Chan Wing Kei, just told me he has type 2 diabetes and had a hypo episode last week while waiting at the CT8 gate. What should I do as fleet manager?",
        ),
        (
            "assistant",
            "Take it seriously but handle it privately. Ask Mr Chan to get a fitness-to-drive assessment from his doctor, keep the information confidential within HR, and consider temporary day-shift or shorter routes until he is cleared.",
        ),
        ("user", "Can I tell the other drivers so they can keep an eye on him?"),
        (
            "assistant",
            "Not without his consent. His medical condition is his personal data; share only what is needed, and if he agrees, you could brief his shift partner on what a hypo looks like and where he keeps glucose tablets.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk firma ejen penghantaran di Johor Bahru. Jawab dalam bahasa Melayu atau Inggeris.",
        ),
        (
            "user",
            "Consignee Puan Lim Siew Mei tak nak ambil kontena dia, dah 21 hari di Pelabuhan Tanjung Pelepas. Caj dah RM 6,300. Dia kata dia tengah proses cerai dengan suami yang order barang tu.",
        ),
        (
            "assistant",
            "Situasi ni sensitif. Hantar notis bertulis kepada kedua-dua pihak yang dinamakan dalam bil muatan, nyatakan caj semasa dan tarikh akhir, dan tanya sama ada mereka mahu abandon kargo supaya proses lelongan Kastam boleh dimulakan.",
        ),
        (
            "user",
            "Alamat rumah dia No. 8, Jalan Pulai Perdana 5/3, Taman Sri Pulai Perdana, 81300 Skudai. Tolong draf surat.",
        ),
        (
            "assistant",
            "Kepada Puan Lim Siew Mei, No. 8, Jalan Pulai Perdana 5/3, Taman Sri Pulai Perdana, 81300 Skudai, Johor. Per: Kontena tidak dituntut di PTP. Caj penahanan kini RM 6,300 dan bertambah setiap hari. Sila hubungi kami dalam tempoh 7 hari untuk urusan pelepasan atau pengabaian kargo. Sekian, terima kasih.",
        ),
    ],
]
