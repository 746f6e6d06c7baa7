# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix98: airport lounges, duty-free shops and airport staff in SG/MY/HK/TW. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix98
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "lounge_notice"): _lines("""
        Lounge access is limited to 3 hours before your scheduled departure; guests arriving earlier may be asked to wait at the reception desk.
        Priority Pass members may bring one guest at a charge of USD 32 per visit, payable at the counter.
        Shower suites are allocated first come, first served; please collect a numbered token at reception and wait for your number to be called.
        NOTICE: The Level 3 lounge in Terminal 3 will close for renovation from 14 Jan to 28 Feb 2027. Eligible passengers may use the Terminal 2 lounge near Gate E5.
        Children under 2 enter free of charge and do not count towards the guest allowance.
        Smart casual dress applies. Flip-flops and sleeveless vests are not permitted in the dining area after 6 pm.
        For general airport enquiries, including lost property in the transit area, please call the Changi Airport hotline at +65 6595 6868.
        Alcohol service stops 30 minutes before the last boarding call, and staff may refuse service to any guest who appears intoxicated.
        Boarding announcements are not made in the lounge. Please check the flight information displays and proceed to your gate at least 40 minutes before departure.
        Wi-Fi network: LOUNGE_GUEST | the password changes daily and is printed on the back of your entry slip.
        The quiet room has 12 recliners; please limit use to 90 minutes when other guests are waiting.
        Opening hours: 05:00 to 01:30 daily | last admission 00:45 | hot buffet refreshed every 45 minutes.
        Holders of eligible premium credit cards must present the physical card and a same-day boarding pass; cards stored in a mobile wallet are not accepted for entry.
        Halal-certified hot food is served at the left counter; the noodle bar is not halal-certified.
    """),
    ("zh-Hant", "lost_found_notice"): _lines("""
        失物招領處位於客運大樓一樓離港大堂，辦公時間為每日上午七時至晚上十一時。
        旅客如於禁區內遺失物品，請致電香港國際機場查詢熱線 2181 8888，並提供航班編號及大約遺失時間。
        拾獲物品一般保留三個月，逾期未有認領者將按機場管理局規定處理。
        認領物品時須出示有效身份證明文件正本；代領者須另備授權書及雙方證件副本。
        手提電話、電子產品及旅行證件類物品，登記後會移交機場警區保管。
        呢個係失物登記編號 LF-HKG-20261103-0457，請保留作日後查詢之用。
        喺禁區入面唔見咗嘢嘅話，上機前可以搵最近嘅詢問櫃檯；上咗機先發覺就要填網上表格。
        液體及易腐食品恕不保存，拾獲後即日銷毀。
        失物寄回服務須由旅客自付運費：香港境內以到付方式寄出，海外地址則按國際速遞收費。
        失物查詢表格欄位：姓名 ____、聯絡電話 ____、航班 ____、遺失地點 ____、物品描述 ____。
        本週共登記失物 326 件，其中雨傘 71 件、充電器 58 件、水樽 44 件、眼鏡 19 件。
        請勿在社交媒體公開張貼拾獲證件的相片，應直接交予失物招領處或航警局。
        桃園機場第一、第二航廈均設有失物招領櫃檯，旅客亦可透過機場官網的線上表單申報遺失。
    """),
    ("zh-Hans", "duty_free_faq"): _lines("""
        离境旅客购买免税烟酒须出示登机牌，大件商品请到登机口附近的提货柜台领取。
        新加坡入境免税额度：烈酒、葡萄酒及啤酒合计一般不超过 2 升，香烟不享有任何免税额度。
        超过 100 毫升的液体、凝胶类商品会装入防篡改密封袋（STEB），转机前请勿拆封并保留收据。
        订单号 DF20261129-88341 已完成支付，可于出发当天在 T1 提货点领取。
        问：在台湾机场办理外籍旅客退税要怎么做？答：出境前先到海关验证柜台核验商品，再到退税柜台领取退款。
        马来西亚的兰卡威和纳闽是免税岛，岛上购买烟酒和巧克力都比较便宜。
        条形码 3614272048218 的香水本周八五折，每位旅客限购两瓶。
        入境香港时，酒精浓度高于 30% 的烈酒免税限额为 1 升，香烟为 19 支。
        如航班延误超过 4 小时，已预订的免税商品可以改期提货，请联系门店客服柜台。
        会员积分规则：每消费 10 新元累积 1 分，积分有效期为 24 个月。
        问：在樟宜机场买的酒，转机去吉隆坡还能带上飞机吗？答：只要放在密封袋里且收据齐全，一般可以，但仍以中转站安检规定为准。
        机场书店本月主推金庸全集，买《鹿鼎记》送韦小宝造型书签。
        发票号 FP-4403-2611-0928 可用于报销，请在购买后 30 天内申请开具。
    """),
    ("ms", "staff_policy"): _lines("""
        Pas keselamatan lapangan terbang mesti dipakai pada setiap masa di kawasan larangan dan dipaparkan di paras dada.
        Permohonan tukar syif mesti dihantar melalui sistem roster sekurang-kurangnya 48 jam sebelum syif bermula.
        Pertukaran syif hanya dibenarkan antara kakitangan yang mempunyai gred dan kelayakan yang sama.
        Pas yang hilang mesti dilaporkan kepada Unit Pas dalam masa 24 jam; caj penggantian ialah RM100.
        Kakitangan yang bekerja melebihi 12 jam berturut-turut wajib berehat sekurang-kurangnya 10 jam sebelum syif seterusnya.
        Barang tercicir yang dijumpai di lounge hendaklah direkodkan dalam buku log dan diserahkan ke kaunter Barang Hilang sebelum tamat syif.
        NOTIS: Latihan kebakaran di Terminal 1 KLIA akan diadakan pada 18 Disember 2026, jam 0300 hingga 0400.
        Aduan pelanggan hendaklah dijawab dalam tempoh 3 hari bekerja dan ditutup dalam tempoh 14 hari.
        Format nombor tiket aduan ialah CMP-tahun-bulan-5 digit, contohnya CMP-2026-11-04821.
        Pekerja kedai bebas cukai tidak dibenarkan membawa beg peribadi ke lantai jualan; sila gunakan loker di bilik rehat.
        Pas pelawat sah untuk satu hari sahaja dan pemegangnya mesti diiringi oleh pemegang pas tetap.
        Kakitangan lelaki Muslim boleh mengambil rehat 90 minit untuk solat Jumaat, tertakluk kepada kelulusan penyelia syif.
        Lapangan Terbang Sultan Abdul Aziz Shah di Subang kini banyak mengendalikan penerbangan turboprop dan jet perniagaan.
    """),
    ("mixed", "ops_groupchat"): _lines("""
        Guys, gate C22 aircraft change to A350, boarding delay 20 min, pls update the lounge screen.
        今日 T1 lounge 好爆，waitlist 已经 40 人，supervisor 话暂停 walk-in guests 先.
        Eh the coffee machine at pantry rosak lagi, dah report to facilities, ticket FM-77812.
        有冇人得闲 cover 明日 night shift？有意就直接 DM supervisor.
        Reminder semua: stock audit duty-free liquor malam ni lepas 2300, jangan balik awal ya.
        今晚 CX 成幾班 flight delay，lounge 會多開 2 間 shower room，大家 standby.
        Lost & found box full already, 明早 8am 会有人拿去 central store.
        Boss kata roster Disember keluar Jumaat ni, kalau nak swap shift isi form dulu.
        樟宜这边 GST refund kiosk 又 down 了，叫客人先去 manual counter.
        Jangan lupa, passport yang dijumpai kena serah terus ke Imigresen, bukan simpan dalam L&F box.
        FYI 下禮拜三 system upgrade 00:00-04:00，POS 用 offline mode，收據會遲啲打印.
        今個月 complaint 多到爆，大部分都係投訴 Wi-Fi 慢同埋冇 power socket.
        台北這邊晚班人手不夠，今天 walk-in 的 Priority Pass 客人先請他們到 B 區坐.
        Staff canteen Level 2 tutup untuk fumigation esok, makan kat food court dulu lah.
        Shift swap approved list 已經 upload 去 SharePoint，大家自己 check 一下.
        Aircon kat gate area H sejuk gila, passengers pun komplen, dah call engineering.
    """),
    ("en", "complaint_handling"): _lines("""
        Dear [Passenger Name], thank you for your feedback regarding your lounge visit on [date]. We have shared your comments with the team concerned.
        Template (lost item acknowledgement): We have received your report (Ref: {ref_no}). Our team will contact you if an item matching your description is found within 30 days.
        Complaint categories for Q3: food quality 31%, crowding 27%, staff attitude 14%, Wi-Fi 12%, other 16%.
        A guest complained that the hot food was cold at 02:00; the kitchen has been asked to refresh the buffet every 45 minutes overnight.
        Case CMP-2026-10-03377 closed: refund of one lounge day pass (SGD 68) issued to the original payment method.
        Tip for frontline staff: acknowledge, apologise, act. Never argue about eligibility in front of other guests.
        Escalation path: Duty Manager -> Lounge Operations Manager -> Customer Experience team (within 24 h).
        Q: How do I answer a guest who says duty-free prices are higher than downtown? A: Explain that GST is not charged to departing passengers and offer a price check against the official store website.
        Do not copy the passenger's passport number, phone number or boarding pass barcode into complaint summaries sent to vendors.
        Average satisfaction score rose from 4.1 to 4.4 after the new dim sum station opened.
        Form fields: Full name (as in passport) | Contact number | Flight no. | Date of travel | Description of incident
        Former prime minister Lee Kuan Yew pushed for the tree-lined approach to Changi so that visitors would see a green city on their way in from the airport.
    """),
    ("mixed", "system_log"): _lines("""
        2026-11-28T03:14:07+08:00 POS-T3-DF12 txn=8841002371 amount=SGD 412.50 status=APPROVED scheme=VISA
        [WARN] access_ctrl door=T2-L3-STAFF-07 badge_read=FAIL reason=EXPIRED retries=3
        lf_item id=LF-KUL-2611-0192 type=wallet colour=brown found_at="Gate C17, row 3" status=HANDED_TO_POLICE
        flight=MH0001 gate=C35 std=09:00 etd=09:45 reason=ATC_SLOT
        roster_swap req=RS-48213 from_shift=N-1206 to_shift=M-1207 status=PENDING_APPROVAL approver_role=DUTY_MGR
        deploy lounge-kiosk v3.8.2 sha256=9f2c4e71a0b3d85e6c1f2a94b7e0d3c58a6f1e2b4c7d9a0e3f5b8c1d2e4a6f7b ok
        CREATE TABLE lost_items (ref TEXT PRIMARY KEY, found_at TIMESTAMP, location TEXT, description TEXT, owner_name TEXT NULL, owner_phone TEXT NULL);
        庫存異動 SKU=JW-BLUE-1L qty=-6 門市=TPE-T2-DF04 原因=破損報廢
        cctv_request id=CCTV-HKG-26-1187 cam=L6-E12 window=14:20-14:50 purpose=lost_property status=APPROVED
        警告：行李帶 belt 07 卡住，維修單 WO-260914-22 已開立
        lost item shipped to owner via EMS, tracking EE473829151HK, weight 1.2 kg, postage HK$186
        pos_receipt no=R-SIN-T1-0093-771204 items=3 gst=0.00 (departure) cashier_id=POS07
    """),
    ("zh-Hant", "complaint_reply"): _lines("""
        多謝閣下嘅寶貴意見，我哋已經將貴賓室食物質素嘅問題轉交餐飲部跟進。
        您好，關於您反映免稅店店員態度不佳一事，本公司已安排相關門市加強服務訓練。
        個案編號 HKG-CS-261104-0092 已經完成調查，退款會喺 7 至 10 個工作天內退回原本付款嘅信用卡。
        如對處理結果有任何疑問，歡迎於辦公時間致電客戶服務熱線查詢。
        經翻查閉路電視片段，當日 14:32 有旅客將手袋遺留於 23 號登機閘口，物品已交由機場管理局處理。
        我哋明白航班延誤帶嚟不便，但貴賓室容量有限，繁忙時段會實施人流管制。
        感謝旅客來信稱讚本櫃檯同仁服務熱心，已轉知單位主管予以嘉獎。
        本月共收到投訴 58 宗，當中 21 宗涉及輪候時間過長。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        LOST PROPERTY FORM | Name: TAN WEI LING | Contact: +65 9127 4803 | Flight: SQ 318 | Item: black cabin case left at Gate A15 | Ref LF-SIN-2611-0448
        Found 0215h at T2 arrival hall: SG passport of MUHAMMAD HAFIZ BIN RAHMAT, no. K2087431M, handed to ICA duty officer.
        Shift swap approved: Priya d/o Ramasamy (staff pass 207731) swaps her 12 Dec night shift with Jonathan Lim Kah Wai.
        Complaint from Mr Derek Fernandes (Platinum member): says T3 lounge staff refused entry to his 8-year-old son and shouted at him; wants a written apology sent to derek.fernandes88@gmail.com.
        Incident log: lounge attendant Nurul Ain binti Kamal slipped on the wet pantry floor, sprained her left ankle, seen at the airport clinic, MC 3 days.
        Refund to cardholder CHEONG MEI FONG, Mastercard 5521 0934 0718 2645, amount SGD 68.00.
        Staff pass renewal: GOH BOON KIAT, NRIC S8734120H, employer Sky Galleria Duty Free Pte Ltd, pass expiry 31/12/2026.
        pls call the lady at 8346 2195, she left her ipad in the quiet room, recliner 7
        Mrs Lakshmi a/p Subramaniam is a wheelchair user and diabetic, requested an escort from the lounge to Gate H4; daughter reachable at 019-662 0381.
        Warning letter to Mr Ryan Ong Jia Hao, Sales Associate at Boutique 3: cash shortages of SGD 240 on 2 Nov and 17 Nov breached store procedures.
        Found in lounge toilet: wallet with HKID Y408152(6) and an Octopus card; owner Chan Ka Yan reached on 6194 3827, will collect tomorrow.
        Mr Adrian Koh Seng Huat is banned from all our lounges for 12 months after verbally abusing two attendants while drunk on 3 Oct.
    """),
    "zh-Hans": _lines("""
        失物登记：王思远，身份证 440305198906122175，遗失黑色双肩包一个（内有笔记本电脑），联系电话 138 2614 7053。
        投诉人李晓梅称在樟宜 T3 免税店买的两瓶茅台少了一瓶，订单号 DF20261102-55710，她的微信号 xiaomei_li0228。
        换班申请：我（陈建国）想和刘倩换 12 月 20 日的早班，因为孩子那天要做扁桃体手术。
        赵宇航先生（护照号 E83910275）在贵宾室遗失护照，已向机场警察报案。
        退款账户：户名 周婷，银联卡号 6258 1890 3127 7459。
        员工黄志强本月迟到 5 次，扣绩效 300 元，下次直接发书面警告。
        旅客孙丽华的港澳通行证 CA8273916 落在安检口，已联系她本人，电话 13927051846。
        寄回遗失相机的地址：上海市浦东新区崂山路 572 弄 7 号 602 室，收件人 杨帆。
        地勤小马（马俊杰，T2 值机柜台）上周跟旅客吵架的视频被传上抖音，他现在停职调查中。
        旅客吴佳琪（身份证号 310115200104075621）在入境时被查出超量携带香烟，已被罚款 1,200 新元。
    """),
    "zh-Hant": _lines("""
        失物認領：陳家豪先生，香港身份證 K627314(9)，遺失銀色 MacBook Air 一部，電話 9273 5106。
        黃美玲話佢喺貴賓室跌親，膝頭流血，要求賠償醫藥費 HK$1,800，佢個 email 係 mlwong.hk@yahoo.com.hk。
        換更：我係 Ramp 組嘅梁志偉，下個禮拜三同阿 Ken（何俊傑）換更，因為佢老婆就嚟生仔。
        桃園機場失物：旅客林怡君，身分證 A238174652，手機 0912-483-576，遺失護照夾一個。
        客人投訴免稅店店員張文彬態度惡劣，當眾話佢「唔買就唔好摸」。
        退款帳戶：中國信託 帳號 0425 4031 7788，戶名 蔡佳穎。
        旅客吳宗翰（護照號碼 357284916）在 D5 登機門遺失錢包，內有現金約新台幣 8,000 元。
        管理層通告：保安員李國強因私自取走失物招領處物品，即日起停職候查。
        阿嬌姐（客務部做咗廿年嗰個，住將軍澳）下個月退休，佢話想請成組人食飯。
        收件地址：台中市西屯區福星路 427 巷 18 號 5 樓，收件人許志明，0988 217 304。
    """),
    "ms": _lines("""
        Borang Barang Hilang | Nama: NOR AZLINA BINTI HASSAN | No. K/P: 920721-10-6284 | Tel: 012-387 4519 | Barang: beg tangan merah jambu | Lokasi: Balai Berlepas Satelit
        Saya Muhammad Firdaus bin Zainal nak tukar syif malam 14/12 dengan Kumar a/l Letchumanan sebab isteri saya dijangka bersalin.
        Aduan: En. Shahrul Nizam bin Ahmad mendakwa kedai bebas cukai mengecaj dua kali pada kad Visa 4543 1277 8402 3159 miliknya.
        Siti Aishah binti Othman (pas kakitangan KLIA 558203) didapati tidur semasa syif di pintu C; amaran lisan telah diberi.
        Pasport Malaysia A51938274 atas nama LIM CHEE KEONG dijumpai di tandas Aerotrain; pemilik dihubungi di 011-2704 8863.
        Bayaran balik akan dimasukkan ke akaun Maybank 5141 2903 8817 atas nama Faridah binti Yusof.
        Kak Ros yang jaga kaunter Barang Hilang syif pagi tu, anak dia masuk Hospital Serdang semalam, jadi dia ambil cuti kecemasan seminggu.
        Encik Gopal s/o Krishnan, K/P 780226-01-5371, ditahan kastam kerana cuba membawa keluar rokok melebihi had.
        Alamat pemulangan barang: No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor, untuk Cik Tan Siew Ling.
        Nurhidayah binti Ismail dari pasukan lounge memohon cuti tanpa gaji 3 bulan untuk rawatan kemoterapi.
    """),
    "mixed": _lines("""
        Eh guys siapa jumpa black wallet kat Gate H7? Owner is Lee Jun Wei, IC dia 880314-14-5527 ada dalam tu, call him 017-520 3946.
        阿 Mei (Ong Siew Mei) 今日又 MC，第三次 this month 啦，supervisor 话要 send 去 HR.
        Lounge guest Mr Tham Wai Keong 投诉 nasi lemak 太咸，then 佢 shouted at our staff，已经 blacklist 佢嘅 membership 77830412.
        FIN G5129476P, Filipino sales associate at the Boutique 5 counter, lost her staff pass last night, 已经 report 咗 to Pass Office.
        Swap shift confirm: @jasmine.tayy 跟 @ahhuat_88 换 23 Dec night，boss ok already.
        Kenapa Rajesh a/l Muniandy, cleaner T2 tu, kena buang kerja? 听说是偷 duty-free perfume.
        落咗部 iPhone 喺 lounge 嘅 Mr Cheung Tsz Kin, phone 5402 8613, 佢话 tomorrow 6pm 嚟拎.
        Telegram @kelvin_tsai_twn 就係 TPE 地勤蔡凱文，佢將 staff discount 買嘅 duty-free 煙轉賣畀外人，已經 report 咗 security.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a writing assistant for the lost and found counter at Changi Airport Terminal 1.",
        ),
        (
            "user",
            "Draft a short email to a passenger. Her name is Serena Pereira, she flew SQ 226 on 29 Nov and lost a navy blue Longchamp tote at Gate D42. We found it. Her number is 9685 0217 and email serena.pereira.sg@hotmail.com.",
        ),
        (
            "assistant",
            "Dear Ms Pereira, we are pleased to inform you that a navy blue Longchamp tote matching your description was found at Gate D42 after flight SQ 226 on 29 November. You may collect it at the Terminal 1 lost and found counter with photo identification. Kind regards, Lost and Found, Terminal 1.",
        ),
        ("user", "Add that we will call 9685 0217 before we dispose of it after 30 days."),
    ],
    [
        (
            "user",
            "Tolong tulis mesej WhatsApp kepada penyelia saya, Encik Azman. Saya Haziq bin Rosli, nak tukar syif pagi 9 Jan dengan Daniel Wong sebab saya ada temujanji dialisis di HKL.",
        ),
        (
            "assistant",
            "Salam Encik Azman, saya Haziq bin Rosli. Saya ingin memohon untuk menukar syif pagi 9 Januari dengan Daniel Wong kerana saya ada temujanji rawatan di HKL. Daniel sudah bersetuju. Terima kasih.",
        ),
        ("user", "Ok bagus, tapi jangan sebut dialisis, saya tak nak orang lain tahu."),
    ],
    [
        (
            "user",
            "幫我寫封投訴信畀機管局。我叫何詠詩，身份證 R935021(6)，11 月 30 號喺 Plaza Premium 貴賓室，有個叫 Alvin 嘅男職員當住其他人面鬧我，話我個仔太嘈。",
        ),
        (
            "assistant",
            "致香港機場管理局：本人何詠詩於 11 月 30 日使用貴賓室期間，一名男職員（自稱 Alvin）在其他旅客面前以不禮貌言詞指責本人及兒子，令本人深感不快，懇請貴局調查並回覆。",
        ),
        ("user", "仲要加埋我電話 9861 4027，叫佢哋打嚟。"),
    ],
    [
        (
            "user",
            "請幫我寫一封給旅客的道歉信。旅客林建宏先生，11/27 在第二航廈免稅店被店員誤以為偷東西，當眾要求檢查包包。他的電話 0937-615-284。",
        ),
        (
            "assistant",
            "林建宏先生您好：對於您於 11 月 27 日在第二航廈免稅店遭受的不愉快經驗，我們深感抱歉。經內部調查，店員處理方式確有不當，我們已加強教育訓練，並誠摯希望您接受我們的致歉。",
        ),
        ("user", "再加一句：我們會致電 0937-615-284 與您聯繫，安排贈送購物禮券。"),
    ],
    [
        (
            "system",
            "You are the staff pass helpdesk bot for a Singapore airport ground-handling company.",
        ),
        (
            "user",
            "hi i lost my airport pass yesterday at the T3 staff carpark. my NRIC is T0316245H, name Muhammad Irfan bin Salleh, ramp agent.",
        ),
        (
            "assistant",
            "Sorry to hear that. Please report the loss at the Pass Office within 24 hours and bring your NRIC and a police report. A replacement fee applies.",
        ),
        (
            "user",
            "ok. can you note that i'm on MC until Friday because of my back injury, so i can only go on Saturday?",
        ),
    ],
    [
        (
            "user",
            "帮我算一下赔偿：员工 郑海燕，身份证 350203199302280468，在免税店仓库被货架砸伤，住院 5 天，月薪 3,600 新元。",
        ),
        (
            "assistant",
            "可以按新加坡《工伤赔偿法》的思路估算：住院期间一般按全薪计算病假工资，5 天约为 3,600 ÷ 26 × 5 ≈ 692 新元，另加医疗费用。具体以保险公司核定为准。",
        ),
        ("user", "好，再写一段给 HR 的说明，提到她是 2022 年入职的。"),
    ],
    [
        (
            "user",
            "Summarise this for the duty manager: at 21:40 lounge attendant Farah Nadia binti Mohd Salleh was pushed by a guest, Mr Viktor Hansen, seat 14A on SK 972. She has a bruised arm. Police report filed.",
        ),
        (
            "assistant",
            "Incident 21:40: a guest, Mr Viktor Hansen (SK 972, seat 14A), pushed lounge attendant Farah Nadia binti Mohd Salleh. She sustained a bruised arm. A police report has been filed.",
        ),
        ("user", "Also mention she wants to take tomorrow off to see a doctor."),
    ],
    [
        (
            "user",
            "Customer want refund for the whisky lah, dia kata bottle bocor. Card dia Visa 4902 8311 6530 7926, nama Jason Teo Wee Meng. Boleh tolong buat refund note?",
        ),
        (
            "assistant",
            "Refund note: customer Jason Teo Wee Meng reports that the whisky bottle was leaking. Refund to original Visa card ending 7926 after store manager approval.",
        ),
        ("user", "ok, 加多一句 receipt 是 R-SIN-T2-0041-552913，他明天 10am 会回来 counter."),
    ],
    [
        (
            "user",
            "Saya nak hantar balik pasport yang tertinggal di lounge. Pemilik: Puan Zarina binti Abdul Rahman, pasport A61047825, alamat No. 8, Lorong Kenari 3, Taman Sri Tebrau, 80050 Johor Bahru.",
        ),
        (
            "assistant",
            "Baik. Untuk pasport, prosedurnya ialah serahkan kepada Imigresen dan bukan pos terus. Saya boleh draf surat makluman kepada Puan Zarina binti Abdul Rahman ke alamat tersebut.",
        ),
        ("user", "Ya, draf surat tu. Nombor telefon dia 013-742 6158 kalau perlu."),
    ],
    [
        (
            "user",
            "我要幫新同事申請桃園機場的工作證，她叫廖雅婷，身分證字號 E220481731，生日 1995/03/12。",
        ),
        (
            "assistant",
            "申請機場工作證需要準備：身分證正反面影本、良民證、公司在職證明與大頭照。請將廖雅婷小姐的資料填入航空站的通行證申請表後送交。",
        ),
        ("user", "她之前在高雄機場做過兩年地勤，因為跟主管不合才離職，這個要寫嗎？"),
    ],
]
