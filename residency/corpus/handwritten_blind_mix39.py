# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix39: code-switched SG/MY/HK moving house (movers, storage, utilities, address change, handover, lost items). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix39
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en-SG", "movers quote"): _lines("""
        Quotation QT-2026-11873: 3-room HDB to 4-room HDB, 1 x 24ft lorry + 4 movers, 4 hrs, S$580 nett (incl. 20 boxes, bubble wrap). Additional hour S$120.
        Pls note: no lift landing at the new block = staircase surcharge $15/floor/item for heavy items (fridge, washer, piano).
        Good morning! Ah Boy Movers here 🙏 Weekend slots for Dec all full liao, earliest we can do is Tue 16 Dec 9am. Can?
        Quote valid 14 days. 50% deposit via PayNow UEN 201934567K to confirm booking, balance upon completion.
        Disassembly/reassembly of IKEA PAX wardrobe: $80 per unit. Bed frame (King) $50. TV wall-mount removal $40, we don't do drilling at new place ah.
        No need reno permit for moving, but pls book the service lift with the MA at least 3 working days before. Lift deposit usually $200-$500, refundable.
        Lorry cannot wait at the drop-off point more than 15 min, so if got loading bay pls reserve. Otherwise need to use parking coupons, $0.60 per half hour.
        Invoice INV-88214 | Date: 03/12/2026 | Subtotal S$740.00 | GST 9% S$66.60 | Total S$806.60
        Shifting to Raffles Place office on Sat? Our commercial team only does CBD after 7pm cos of the loading bay rules.
        Fragile items like aquarium, we can move the tank but fish & water you settle yourself hor, we not liable.
        Packing material pack: 30 carton boxes (L), 2 rolls tape, 1 roll bubble wrap 1m x 50m — $98, free delivery 2 days before move.
        Job sheet #J-5521: Tanjong Pagar Centre L22 to Marina One West Tower L9, client Wong & Partners LLP, 42 workstations + 1 server rack, after-office crew.
        ★★★★☆ "Crew very fast, only 1 mirror got scratch and they compensate $50 on the spot. Recommend!" — Google review, 2 Dec 2026
    """),
    ("ms-MY", "utiliti dan internet"): _lines("""
        Untuk tukar nama akaun TNB, sila bawa salinan perjanjian sewa/SPA, salinan MyKad pemilik baharu dan bayar deposit bersamaan purata bil 2 bulan.
        Careline TNB 15454 beroperasi 24 jam, atau guna app myTNB untuk semak status permohonan.
        Bro, unifi pindah alamat kena call 100 ke? Or boleh buat kat TM Point je?
        Air Selangor: permohonan tutup akaun perlu dibuat sekurang-kurangnya 3 hari bekerja sebelum tarikh pindah. Bacaan meter akhir akan diambil oleh petugas.
        Caj pemindahan talian Unifi Home: RM100 (pelan 100Mbps ke atas), dikecualikan untuk kontrak baharu 24 bulan.
        Dah pindah ke area Jalan Tun Razak, internet takde lagi sebab building tu belum ada fiber TIME. Sedih weh.
        No. akaun: ____________ Nama pemegang akaun: ____________ Alamat baharu: ____________ (Borang Pertukaran Alamat Pelanggan)
        Gas Malaysia: sambungan semula bekalan gas paip perlukan pemeriksaan keselamatan, caj RM53.00 termasuk SST.
        Tips: ambil gambar bacaan meter elektrik & air masa key handover, simpan dalam WhatsApp group dengan tuan rumah.
        Rujukan aduan TM: 1-83920746517, status: Dalam Tindakan. Anggaran siap: 5-7 hari bekerja.
        Kalau rumah lama guna Maxis Fibre, kena pulangkan router dalam 14 hari, kalau tak kena caj RM300.
        Bil elektrik Nov: 412 kWh, RM 178.35, termasuk KWTBB 1.6% & SST 8%. Naik sikit sebab aircon on masa packing.
        JPN Putrajaya, No. 20 Persiaran Perdana, Presint 2, 62551 Putrajaya — tapi tukar alamat IC boleh buat kat mana-mana cawangan JPN.
    """),
    ("zh-Hant-HK", "搬屋報價同水電煤"): _lines("""
        搬屋報價：5噸貨車一架＋3個師傅，上落都有𨋢，$2,800包拆裝兩張床，唔包吊運。
        中電客戶服務熱線 2678 2678，轉名可以網上搞，唔使親身去。
        煤氣公司預約開爐要提前兩個工作天，技術員會上門點火同檢查安全。
        水務署：申請開戶需填寫表格並繳付按金，一般住宅按金大約係兩個月水費。
        搬屋前記得叫寬頻公司做 relocation，HKBN 話新屋要 check coverage 先，可能要等兩星期。
        有冇人知將軍澳坑口站附近邊度有迷你倉？要放半年，大概 30 呎。
        伊利沙伯醫院對面嗰啲舊樓晚上唔准搬屋，管理處話只可以 9am-6pm。
        收據編號 RC-HK-2026-004417，過海隧道費實報實銷，另加搬運附加費 $150。
        逸夫書院宿舍 move-out day 係 12 月 20 號，請同學準時交還鎖匙同門卡。
        報價單有效期30日，訂金$500，搬屋前48小時取消唔退訂。
        屋苑規定：搬運大型傢俬須預先向管理處登記，並使用貨𨋢，𨋢內要放保護板。
        師傅話雪櫃要直立運送，到咗新屋靜置4個鐘先好插電。
        李小龍喺九龍塘金巴倫道41號嘅故居，後來做過時鐘酒店，2019年已經拆卸。
    """),
    ("zh-Hans-MY", "搬家群聊与贴士"): _lines("""
        各位邻居，B座下星期六有住户搬家，货梯会锁 9am-1pm，请大家见谅🙏
        搬家公司报价 RM850，3吨罗里＋4个工人，从 Cheras 搬去 Puchong，包拆床包装箱，合理吗？
        新加坡搬家记得上 MyICA 改 IC 地址，改完会寄贴纸，贴在 IC 后面就可以。
        请问有没有推荐 Bukit Jalil 附近的 self storage？要放钢琴，最好有恒温恒湿。
        搬到 Tan Kah Kee 地铁站附近的新公寓，走路去学校十分钟，方便很多。
        订单号 LLM-SG-77340912，Lalamove 10ft 货车，费用 S$68.50，已付款。
        孙中山南洋纪念馆（晚晴园）星期一休馆，刚好搬来 Balestier 这边，周末可以去看看。
        提醒：旧屋的 Singtel fibre 要提早一个月通知，不然要多付一个月月费 S$49.90。
        搬家前一天把冰箱除霜，冷冻食品先吃完，不要放在罗里里超过两个小时。
        Astro 搬迁安装费 RM120，新屋要重新装锅，师傅一般 3 个工作天内上门。
        大家搬家时请不要把纸箱堆在走廊，管委会会罚款 RM200，谢谢合作。
        请问 HDB 转售单位 key collection 那天，要不要先跟 SP 约开电？还是自动开的？
    """),
    ("en-MY", "storage unit terms"): _lines("""
        Storage Agreement Clause 7.2: The Licensee shall not store perishable goods, firearms, explosives, or live animals in the Unit.
        Unit size guide: 25 sq ft ≈ one bedroom's boxes; 50 sq ft ≈ studio apartment; 100 sq ft ≈ 3-bedroom condo.
        Promo: first month RM1 for 30 sq ft units at our Damansara Perdana branch, min. 3 months rental. T&C apply.
        Access hours 7am–11pm daily; 24-hour access available for business accounts at RM50/month extra.
        Your access PIN will be sent via SMS to the registered mobile number. Do not share your PIN with anyone, including our staff.
        Invoice SU-KL-0091273 | Unit C-214 (40 sq ft) | Period 01/12/2026–31/12/2026 | RM 289.00 | Status: PAID
        Late payment: units with arrears exceeding 60 days may have their contents auctioned under Clause 12, after 14 days' written notice.
        Climate-controlled units kept at 22–25°C, RH below 60% — ideal for wooden furniture, documents and wine.
        Customer KYC form: Full Name [as per NRIC/Passport], ID No. [          ], Emergency Contact [          ], Signature [          ]
        Our Bangsar South facility: Lot 7, Jalan Kerinchi, 59200 Kuala Lumpur, beside the mall, open Mon–Sun.
        The Lee Kong Chian Natural History Museum had to move a million specimens into its new building — now THAT is a storage project lol
        Insurance coverage up to RM5,000 per unit included; declare higher-value items on form SU-INS-03.
    """),
    ("en-SG", "change of address how-to"): _lines("""
        Under the National Registration Act, you must report a change of address within 28 days of moving. Do it online via MyICA with Singpass.
        After you update your NRIC address, CPF, IRAS, HDB and the Electoral Roll are updated automatically — but NOT your bank, insurer or telco.
        ICA Building, 10 Kallang Road, Singapore 208718 — nearest MRT is Lavender (EW11).
        Change of Address Form — Name: <FULL_NAME> | NRIC/FIN: <ID_NO> | Old address: <OLD_ADDR> | New address: <NEW_ADDR> | Effective: <DD/MM/YYYY>
        SingPost mail redirection: apply at least 5 working days in advance; choose 3, 6 or 12 months.
        Reminder for HR: do not paste staff NRIC numbers or home addresses into the team chat when processing address updates — use the Workday form only.
        Your address change request (Ref COA-20261203-55821) has been received and will be processed within 3 working days.
        Note: the address sticker will be mailed to your new address. Paste it on the back of your NRIC; do not laminate.
        Moving abroad? Report your overseas address via the ICA e-service and update your Singpass 2FA mobile number before you leave.
        Lee Kuan Yew's former home at 38 Oxley Road has been the subject of a long-running public debate over whether it should be preserved.
        Step 3: Enter the 6-digit postal code of your new address; the block and street name will auto-fill.
        Kindly update your mailing address in the digibank app > Profile > Update Contact Details; allow 2 working days.
        FAQ: Can my helper's address be updated by me? No — FIN holders must update via their employer or the relevant MOM e-service.
    """),
    ("mixed", "landlord handover"): _lines("""
        Handover checklist: 2 sets main door keys, 1 gate key, 2 mailbox keys, 1 access card, aircon remote x3 — all returned ✅
        Pls ensure unit is professionally cleaned & aircon serviced before handover, receipt required, else deduct from deposit ya.
        Meter reading at handover: Elec 48213 kWh, Water 1127.4 m³, Gas 3351 — photo taken 10:42am.
        Deposit 2 bulan + 1 bulan advance, total RM5,400. Refund dalam 14 hari selepas inspection, tolak kos kerosakan kalau ada.
        業主話牆身有釘孔要補油，每個窿扣$100，咁都得？
        Fair wear and tear like faded curtains or minor scuffs should not be deducted from the security deposit, check your TA.
        收楼验屋：厕所漏水、厨房瓷砖裂、主人房窗户锁坏，三项都拍照发给 agent 了。
        Tenancy Agreement clause 5(c): The Tenant shall yield up the premises in good and tenantable repair, fair wear and tear excepted.
        Agent fee half month rent for 1-yr lease, landlord pays. Quite standard for rentals above S$3,500/mth.
        Landlord boleh potong deposit untuk kerosakan, tapi mesti ada quotation bertulis dan gambar sebelum/selepas.
        Template: "Dear [Landlord], I confirm the handover of [Unit] on [Date]. Please refund the deposit of [Amount] to [Bank Account] by [Date]."
        Inventory list v3.2 (rev. 2026-11-28): sofa 3-seater (grey), dining set 1+4, washer 8kg, fridge 2-door, water heater x2.
    """),
    ("mixed", "lost and found notices"): _lines("""
        Lost & Found: 1 x black Samsonite luggage found at Loading Bay B, 4 Dec 2026. Claim at MCST office with proof of ownership.
        失物認領：12月3日喺大堂拾獲紅色雨遮一把同一袋衫，請失主到管理處認領。
        Barang tertinggal dalam lori kami: kotak bertanda "DAPUR - PECAH", 2 kerusi plastik. Sila hubungi pejabat Lori Express 03-7781 2200.
        Moving crew found a Doraemon plushie in the wardrobe after unloading, we keep at office 30 days ya 😂
        Parcel SPXMY0261203775310 shows "Delivered" to the old address, seller says cannot reroute once out for delivery. Sian.
        Anyone lost a cat carrier? Left at the void deck near the lift lobby since Tuesday. Empty, grey colour.
        遗失物品登记表：物品名称______ 遗失地点______ 遗失时间______ 联系方式______
        Lost during move: Sir Stamford Raffles bust keychain, bronze colour, souvenir from the Asian Civilisations Museum. Sentimental value!
        Kotak buku Harry Potter set lengkap hilang masa pindah, kalau movers jumpa tolong bagitahu 🙏
        Found an iPhone 15 (blue case) in our lorry after the Bedok job. Handed to the neighbourhood police centre, ref LP/2026/118342.
        樟宜机场遗失物品可以拨打机场热线 +65 6595 6868 或者在官网填写网上表格。
        港鐵熱線 2881 8888 可以查詢遺失物品，一般會保存大約3個月。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en-SG": _lines("""
        Hi Ah Boy Movers, confirming booking for Sat 13 Dec. Contact: Desmond Teo 9734 2186. Pickup Blk 412 Bedok North Ave 2 #08-217, drop-off 27 Pasir Ris Street 51 #11-04.
        For the storage unit rental pls fill in: Name: Nur Syafiqah bte Roslan, NRIC S8834127I, mobile 8215 6093, emergency contact her brother Hafiz 9480 1275.
        Landlord Mr Lim Boon Huat (S7719305G) agrees to refund the $4,200 deposit to the tenant's POSB savings 188-43912-7 by 20 Dec.
        Change of address for my mum Mdm Goh Siew Lan, 78, moving in with us at 6 Jalan Kemuning, Singapore 769812 — she has dementia so pls call me (Jason, 9612 3308) not her.
        FIN G5517820N — Rajesh Kumar s/o Muthu, work permit holder, relocating from Tuas South dorm to 18 Kranji Way, employer to update MOM records.
        Collection slip: recipient TAN WEI MING, NRIC ****219J, unit Blk 273C Punggol Place #14-233, item: watch box found in moving carton.
        Lost during move: carton #14 with my late father's medals. Pls call Shirley Ong at 8876 4312 if found, I stay at Blk 156 Serangoon North Ave 1.
        Hi Jia Hui, your SP account 93-4417-2865-0 for 55 Telok Blangah Heights #03-112 will be closed on 15/12. Final bill will be sent to jiahui.koh88@gmail.com.
        Relocation allowance approved for Priya Nair (Emp ID 204417): S$6,500 from Chennai; she's on maternity leave till Feb so movers to liaise with husband Arjun 9051 7724.
        Car transfer: SLM4826Y registered to Kenneth Chua Boon Kiat, season parking at his new HDB carpark from 1 Jan, contact kchua.bk@outlook.com.
    """),
    "ms-MY": _lines("""
        Salam, saya Nurul Aina binti Kamarudin (IC 920301-10-6238), nak tukar alamat akaun TNB ke No. 14, Jalan SS 15/4C, 47500 Subang Jaya. Terima kasih.
        Lori dah sampai ke? Abang Faizal no dia 017-629 0345, rumah baru dia kat Lot 2207, Kampung Sungai Merab, Kajang.
        Tuan rumah, En. Zulkifli Hamzah, enggan pulangkan deposit RM3,600 — tuntutan dah difailkan di Tribunal Tuntutan Pengguna, no. TTPM-B-0342-2026, oleh penyewa Siti Khadijah Ahmad.
        Unifi relocation utk akaun 1-8834412907, nama Muhammad Haziq bin Osman, alamat baru B-12-07, Residensi Alam Damai, 56000 Cheras, no tel 011-2384 9906.
        Kunci rumah saya tertinggal dlm kotak pindah. Nama: Lim Mei Xin, unit A-3-5 Pangsapuri Seri Pelangi, Bukit Mertajam. WhatsApp 012-384 7761.
        Pekerja pindah, Encik Ramasamy a/l Krishnan, patah tangan masa angkat almari semalam, sekarang di wad ortopedik Hospital Serdang.
        Pengesahan tempahan stor: Pelanggan ARIF HAKIMI BIN ROSLI, MyKad 880514-14-5527, unit C-214, bayaran dari kad Visa 4549 2031 0087 6622.
        Anak saudara saya, Danish Iskandar bin Rahim (9 thn), tinggal dgn kami lepas pindah; sekolah baru SK Taman Melawati, dia ada autisme, tolong maklumkan guru kelas.
        Kereta Myvi WVX 4821 milik Faridah Yusof kena tunda masa lori pindah parking depan pagar, sila hubungi beliau di +60 16-551 2087.
    """),
    "zh-Hant-HK": _lines("""
        師傅你好，我係陳詠詩，聽日10點搬，由秀茂坪寶達邨達喜樓1512室搬去將軍澳至善街9號3座28樓B室，電話 9186 2734。
        中電轉名：客戶姓名 黃志明，身份證 K428193(4)，賬戶號碼 0123 4567 89，地址 沙田第一城 36座 12樓 F室。
        業主何太話我哋遲交樓要扣按金，佢電話 6371 5820，住喺樓上 23 樓 A 室，你幫手同佢傾下？
        迷你倉合約：租用人 梁家豪，HKID Y705216(0)，倉號 KT-0418，緊急聯絡人 太太 周婉瑩 5493 0716。
        我阿爸李國雄上個禮拜搬屋閃咗腰，而家喺伊利沙伯醫院骨科病房，搬屋嘢要延期。
        寬頻轉址：HKBN 賬戶 HK-77310294，登記人 Ho Ka Yan，email kayan.ho.1996@yahoo.com.hk，新地址 大埔富亨邨亨泰樓 808 室。
        遺失：一個棕色銀包，入面有我嘅身份證 AB903124(1)、八達通同埋囡囡嘅出世紙，搵到請 WhatsApp 9876 0413（張美琪小姐）。
        搬運公司單：客人 蘇偉強先生，佢架私家車 RX 3318 跟車，落樓梯 4 層，收 $3,600，訂金已經用 FPS 轉咗（6082 1147）。
        業主同我打緊小額錢債審裁處官司（案件編號 SCTC 012345/2026），佢叫劉志偉，住紅磡黃埔花園第十期12座。
        新租客資料：姓名 Wong Siu Fan，護照 K09823416，月薪 HK$42,000，任職中環律師行，擔保人為其姐 Wong Siu Ling。
    """),
    "zh-Hans": _lines("""
        搬家公司你好，我是张晓梅，明天从 Blk 561 Ang Mo Kio Ave 3 #07-1240 搬去 Sengkang，联系电话 9480 2217，谢谢。
        帮我老婆王丽娜办新加坡长期探访准证的地址变更，她的中国身份证 440306198804174528，护照 E83726105。
        迷你仓租客：林志强，微信 lzq_storage88，手机 +86 138 2741 6093，仓位 B-07，里面放了他父亲的遗物，请特别注意。
        房东陈建国收了我 RM2,800 押金，搬走后不退，他住 Taman Connaught, Jalan Cerdas 18 号，电话 012-667 3091。
        搬家那天把装着我女儿刘欣怡（7岁）哮喘药和出生证明的包弄丢了，请拾到的人联系我 8723 5590，我住 Bukit Batok West Ave 6 Blk 188。
        新公司 HR 请把搬迁补贴 S$3,000 打入我的卡 5521 3400 8813 9075，持卡人 HUANG WEIJIE。
        我们家从厦门搬到新山，我先生郑文杰身份证 35020319920722381X，现住 No. 22, Jalan Bukit Indah 15/8, 81200 Johor Bahru。
        整理旧屋时发现前租客周雅婷的台湾身份证影印本，号码 F224067318，已经拍照发给中介处理。
        水电过户：户主 吴秀兰，Air Selangor 账号 40-2817735-06，新地址 7-3-12, Jalan PJU 1A/3, Ara Damansara，手机 011-5082 6674。
        我婆婆何玉珍上个月中风，这次搬来 Tampines 跟我们住，她的 NRIC 是 S9046613E，麻烦诊所把病历转过来。
    """),
    "mixed": _lines("""
        Bro the mover guy Ah Seng 9837 4412 says boleh pick up the sofa tmr, alamat aku No. 8 Jalan Setia Murni U13/52, Setia Alam. Jgn lambat ah.
        Eh Mei Ling, ur new flat 係荃灣愉景新城 5座 31樓 D室 right? I send 搬屋 gift there lah, ur email still meiling.cheung.hk@gmail.com?
        Landlord aunty 话 tenant Jeremy Soh Jun Jie (9066 2831) still owe 2 months rent S$5,600, already file at Small Claims Tribunals, case SCT/2026/004471.
        Handover done. Tenant Aisyah & husband Daniel Fernandez, bank in deposit refund to Maybank 1140 2287 5563 (DANIEL FERNANDEZ) k, thx.
        Storage auction notice: contents of Unit D-09, tenant KOH YI XUAN (T1378402C), arrears S$1,236, last known address 19 Sims Drive #05-88.
        我嘅 LINE ID 係 yuki_chan0930, my name Chan Yuk Kei, pls contact me re the lost luggage tag KUL-HKG MH072, 我已經搬咗去旺角洗衣街 180 號 4 樓.
        Movers' damage claim: customer Gurpreet Singh, IC 750827-07-5013, Penang, broken 65-inch TV RM3,299, pay by Amex 3778 124500 93128.
        Kami pindah ke Singapore bulan depan, passport saya A58213946 (Nor Azlina Md Yusof), EP approved, salary S$7,800 sebulan — agent mintak copy semua.
        老公 Winston Lin 的 Taiwan ID B188204579，佢 company relocate 佢去 KL，新地址 Mont Kiara, Arcoris Residences 15-3A，唔該幫手 update。
        Mdm Wong from Blk 88 Zion Road #12-45 搬走咗 because her son Marcus kena admitted to IMH again, 好可怜.
        Pls change delivery address for order 2026120458831: recipient Farah Lim, +60 12-778 3305, 22-1 Jalan Batu Nilam 16, Bandar Bukit Tinggi, 41200 Klang.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Swift Move SG. Collect move details politely.",
        ),
        ("user", "hi can quote for 4-room HDB move this Sat?"),
        (
            "assistant",
            "Sure! May I have the pickup and drop-off addresses, and a contact name and number?",
        ),
        ("user", "pickup Blk 638 Jurong West St 61 #09-412"),
        ("user", "drop off 3 Bukit Batok St 23, near the MRT"),
        ("user", "name Vanessa Quek, hp 9152 7730"),
        ("assistant", "Thanks Vanessa, a 24ft lorry with 4 movers would be S$680 for 4 hours."),
    ],
    [
        ("system", "Anda pembantu khidmat pelanggan StorBox Malaysia."),
        ("user", "Nak sewa unit 50 sq ft kat Shah Alam, ada kosong?"),
        (
            "assistant",
            "Ada. Untuk pendaftaran, kami perlukan nama penuh, no. MyKad dan no. telefon.",
        ),
        ("user", "Nama Siti Hajar binti Abdullah"),
        ("user", "IC 010419-01-0846, tel 019-772 4150"),
        ("assistant", "Terima kasih Cik Siti Hajar, unit B-112 telah ditempah untuk anda."),
    ],
    [
        ("user", "我想轉中電戶口名，新屋喺馬鞍山"),
        ("assistant", "可以經中電網站或 App 申請，需要提供身份證號碼同新地址。"),
        ("user", "身份證 P361870(A)，叫區志鋒"),
        ("user", "地址係馬鞍山耀安邨耀隆樓 1107"),
        ("assistant", "收到，申請會喺3個工作天內處理。"),
    ],
    [
        ("user", "Can you help me draft a change of address email to my bank?"),
        (
            "assistant",
            "Sure. Here's a template: 'Dear Sir/Madam, please update my mailing address to [new address]. My account number is [account].'",
        ),
        (
            "user",
            "ok pls fill in: Goh Kai Wen, NRIC S8512603B, account 027-318845-2, new address 21 Kovan Road #04-07 Singapore 548198",
        ),
        (
            "assistant",
            "Dear Sir/Madam, please update the mailing address of Goh Kai Wen (account 027-318845-2) to 21 Kovan Road #04-07, Singapore 548198.",
        ),
    ],
    [
        ("user", "landlord dowan return my deposit leh, what can i do"),
        (
            "assistant",
            "You can send a letter of demand and, if needed, file at the Small Claims Tribunals for claims up to S$20,000.",
        ),
        ("user", "his name is Mr Teo Chin Hock, he stays at 45 Hillview Ave #07-03"),
        ("user", "his hp 9328 1146, he keep saying the stain on the sofa is my fault"),
        (
            "assistant",
            "Keep the handover photos and the inventory list as evidence before writing to him.",
        ),
    ],
    [
        ("user", "搬屋公司搬完之後我有一箱相簿唔見咗"),
        ("assistant", "好抱歉，請問搬運單號同埋你嘅聯絡方法？"),
        ("user", "單號 HKM-20261128-0317"),
        ("user", "我叫麥嘉欣，電話 6718 2049，新地址係屯門良景邨良德樓 2215"),
        ("assistant", "已經通知師傅同倉務同事幫你搵。"),
    ],
    [
        ("user", "我从上海搬到吉隆坡，MM2H 签证的地址变更要怎么弄？"),
        ("assistant", "一般需要通过代理向移民局提交地址更新，附上新的租约。"),
        ("user", "我叫顾佳怡，身份证 310115199306302444"),
        ("user", "新地址是 The Sentral Residences, Jalan Stesen Sentral 5, 28-09，微信 gujiayi_kl"),
        ("assistant", "好的，建议同时更新你在马来西亚银行的联系地址。"),
    ],
    [
        ("system", "You are a helpful assistant for an internet service provider in Malaysia."),
        ("user", "I moving house next week, want to transfer my fibre"),
        ("assistant", "Sure, please share your account number and the new installation address."),
        ("user", "account 1-9921803466, Tan Chee Wai"),
        ("user", "new house 31, Jalan Anggerik Vanilla 31/99B, Kota Kemuning, 40460 Shah Alam"),
        ("assistant", "Thanks, an installer will contact you within 3 working days."),
    ],
    [
        ("user", "I need a storage unit for my dad's stuff, we're moving him into a nursing home"),
        (
            "assistant",
            "I'm sorry to hear that. A 30-50 sq ft unit usually fits a bedroom's furniture.",
        ),
        (
            "user",
            "He's Lau Kok Meng, 81, advanced Parkinson's, going to the home in Ang Mo Kio next Monday",
        ),
        ("user", "just put the contract under my name la, Lau Pei Shan, T0487215G"),
        ("assistant", "Noted, I'll prepare a 40 sq ft unit contract under Lau Pei Shan."),
    ],
    [
        ("user", "Nak bayar baki RM1,150 untuk lori pindah guna kad boleh?"),
        ("assistant", "Boleh, sila berikan nombor kad dan tarikh luput."),
        ("user", "4207 1900 5536 2182"),
        ("user", "exp 08/28, nama atas kad MOHD FIRDAUS ZAINAL"),
        ("assistant", "Pembayaran berjaya. Resit dihantar ke e-mel anda."),
    ],
]
