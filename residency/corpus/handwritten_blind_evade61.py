# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade61: personal data hidden in structured identifiers (usernames, e-mail local parts, filenames, URLs, Wi-Fi names, plates, hashtags). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade61
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "naming policy"): _lines("""
        Staff e-mail addresses follow the pattern firstname.lastname@northgate-logistics.com; if two people share a name, add a middle initial rather than a birth year.
        Do not build usernames from your date of birth or IC number — anyone who knows your name can guess them in seconds.
        Service accounts must start with svc- (e.g. svc-backup, svc-payroll-export) and are never tied to a single employee.
        Shared mailboxes: helpdesk@, finance-ap@, careers@ and noreply@ — reply from the shared box, not from your personal address.
        Template: {{given_name}}.{{family_name}}{{n}}@student.example.edu.my, where {{n}} is only appended on a collision.
        Rule 4.2: Wi-Fi SSIDs on company premises shall not contain unit numbers, staff names or job titles such as "CEO".
        Onboarding script validation: local part must match ^[a-z]+[.][a-z]+[0-9]{0,2}$ — anything with six or more digits is rejected as a likely birthday or ID.
        Why do so many people use their birthday as their Wi-Fi password, and what is a better habit to teach older relatives?
        Example usernames in the training deck: jdoe, asmith, user01, testuser_qa, demo-admin.
        Generic role addresses like info@ and sales@ are business contact points and may be published on the website footer.
        Checklist before posting a screenshot: blur the SSID, the file path, the URL bar and the account avatar.
        The legacy HR system cut usernames at 8 characters, so long firstname.lastname IDs were truncated and had to be re-mapped in 2019.
        From 1 March, passwords containing "password", the company name or runs like 123456 will be rejected at reset.
    """),
    ("en", "filenames urls logs"): _lines("""
        INV-2025-004187_Harbourline_Supplies_Sdn_Bhd.pdf
        https://shop.example.com/orders/ORD-88231947/track?carrier=ninjavan&ref=NVMY0428817723
        backup_20250301_0200_full.tar.gz  sha256=9f2c1e7b4a0d53e8c6b1f7a29e04d8c3b5a61f2e7d9c0b4a8e3f16d25c7b9a01
        2025-03-14T09:12:44Z INFO auth: login ok user=svc-reporting src=10.20.4.17 session=7f3e91ab
        GET /api/v2/products/SKU-CAM-4K-0099?utm_source=newsletter&utm_campaign=raya2025 200 38ms
        Q3_2024_Board_Pack_FINAL_v7_(2).pptx
        https://help.example-bank.com.my/faq/why-we-mask-your-ic-number-in-statements
        Case ref CS-240918-00731 closed; ticket moved to queue L2-Billing after refund of RM 89.90.
        ISBN 978-983-46-2091-2, 2nd printing, 312 pp., catalogue code MY-LIT-0448
        registry.example.io/residency-web:1.14.3-20250211-a9c4e2f pushed, digest sha256:41be07c2
        IMG_20240817_183302.jpg, IMG_20240817_183310.jpg and 14 more files copied to /Photos/2024/08
        Policy number POL-MY-7781-2025-0042 renewed for the fleet (14 vans, 3 lorries).
        /var/log/nginx/access.log.2025-02-28.gz rotated; 41,223 lines, 0 errors, 12 redirects.
    """),
    ("en", "hashtags plates handles"): _lines("""
        #VisitMalaysia2026 and #CutiCutiMalaysia trended together during the mid-year school holidays.
        The Proton X70 and the Honda HR-V were the most searched SUV models on our site this quarter.
        Follow @NASA and @esa for launch updates; both accounts post live countdowns.
        #LeeKuanYew100 was used across Singapore in 2023 to mark the centenary of the former prime minister's birth.
        Our café Wi-Fi is called "BrewLab_Guest" — ask at the counter for today's password.
        #OOTD, #MondayMotivation and #BudgetTravel were the top three hashtags in our audience report.
        Peninsular Malaysian plates take a state prefix, up to four digits and an optional suffix letter, e.g. W 1234 A; Sarawak plates start with Q.
        Sherlock Holmes lived at 221B Baker Street in the stories; the number is now used by a museum.
        The police force's official account posts a round-up of scam alerts every Friday afternoon.
        The plate "EV 2025" in the advert is a studio mock-up; the car shown is a dealer demo unit.
        #MeToo and #BringBackOurGirls are covered in week 6 of the module as examples of hashtag activism.
        Tagline generator shortlist: #SeaGames2027, #GoTeamMalaysia, #KitaJagaKita.
        Rename the router's default SSID (e.g. TP-Link_5G_A3F2) to something neutral like "Home-Net-5G".
    """),
    ("zh-Hans", "账号与文件命名"): _lines("""
        公司邮箱统一格式：姓名拼音全拼@company.cn，重名时加 01、02，不要加生日。
        请勿使用生日、身份证后六位或手机号作为密码或用户名。
        文件命名规范：项目编号_文档类型_版本号_日期，例如 PRJ2025-017_需求说明书_v1.3_20250312.docx。
        订单号 202503141022887361 已发货，顺丰运单 SF1409283376512，请注意查收。
        客服邮箱 service@example-shop.cn，工作时间每天 9:00–21:00。
        示例账号：zhangsan / lisi / test001，仅用于演示环境，每晚自动重置。
        反诈提醒：不要把身份证正反面照片发到任何群里，也不要用身份证号做文件名。
        发票代码 044001900111，发票号码 12873645，价税合计 ¥1,280.00。
        2025-03-01 08:00:02 [INFO] 定时任务 sync_user_profile 执行完成，共处理 12,483 条，耗时 41s。
        #双十一# 话题阅读量破 50 亿，#618# 紧随其后。
        路由器默认 Wi-Fi 名称一般是 ChinaNet-XXXX 或 CMCC-XXXX，建议首次登录后台后修改。
        链接 https://example.cn/article?id=88231&from=timeline&isappinstalled=0 打开后显示 404。
        鲁迅原名周树人，“鲁迅”这个笔名是他 1918 年发表《狂人日记》时首次使用的。
    """),
    ("zh-Hant", "Wi-Fi 與網址"): _lines("""
        本店 Wi-Fi：CafeMori_5G，密碼印在收據底部，每週一更換。
        iTaiwan 是政府提供的免費無線上網服務，第一次使用需先註冊帳號。
        請勿將 Wi-Fi 名稱設為門牌號碼或家人姓名，以免陌生人推測住址。
        報名表下載：https://www.example.org.tw/files/2025_summer_camp_form_v2.pdf
        訂單編號 TW2503140088213 已出貨，宅配託運單號 9012-3456-7788。
        身分證字號格式為一個英文字母加九位數字，第二碼 1 為男性、2 為女性，最後一碼為檢查碼。
        香港身份證號碼由一至兩個英文字母及六位數字組成，括號內為校驗碼，填表時請照格式填寫。
        網址後面的 ?utm_source=line&utm_medium=share 只是追蹤分享來源的參數。
        #元宵節 #燈會 今年主燈已經亮燈，週末人潮很多請搭大眾運輸。
        檔名 IMG_20250214_210533.HEIC 是手機自動產生的拍攝日期與時間。
        公司 Wi-Fi 分為 CORP-Staff（需 AD 帳號登入）與 CORP-Guest（訪客專用，限時四小時）。
        張愛玲在 1950 年代的英文作品上署名 Eileen Chang。
        客服信箱 service@example.com.tw，或撥打免付費專線 0800-000-123。
    """),
    ("ms", "nama fail dan pautan"): _lines("""
        Format nama fail permohonan: NoRujukan_JenisDokumen_Tarikh.pdf, contohnya PRM2025-00418_SuratTawaran_20250310.pdf.
        Jangan letak nombor MyKad penuh dalam nama fail; gunakan empat digit terakhir sahaja jika perlu.
        Pautan semakan status: https://portal.example.gov.my/semak?rujukan=SPM-2025-118273 (nombor rujukan permohonan, bukan nombor IC).
        Invois INV/2025/03/00871 daripada Syarikat Sinar Harapan Sdn Bhd telah dibayar sepenuhnya.
        Nombor penjejakan Pos Laju EP418273365MY — bungkusan dijangka sampai dalam 2 hari bekerja.
        E-mel rasmi aduan@majlis-example.gov.my digunakan untuk aduan awam sahaja.
        Wi-Fi percuma di perpustakaan: PERPUSTAKAAN_AWAM_Free, tiada kata laluan.
        Templat e-mel pelajar: {nama}.{no_matrik}@siswa.example.edu.my — ganti dengan maklumat sebenar semasa pendaftaran.
        Fail sandaran pangkalan data: db_backup_2025-03-01_0200.sql.gz (saiz 4.2 GB).
        Hashtag rasmi kempen: #JomDerma #SayangiMalaysiaku #MalaysiaMADANI
        Tunku Abdul Rahman, Perdana Menteri pertama, mengisytiharkan kemerdekaan di Stadium Merdeka pada 31 Ogos 1957.
        Plat kenderaan di Semenanjung bermula dengan huruf negeri: W untuk Kuala Lumpur, B untuk Selangor, P untuk Pulau Pinang, J untuk Johor.
        Bagaimana nak tukar nama Wi-Fi rumah pada router Unifi supaya tak dedahkan nama keluarga?
    """),
    ("ms", "nama pengguna hashtag plat"): _lines("""
        Nama pengguna mesti 6–20 aksara, huruf kecil, nombor dan titik sahaja; contoh: pengguna.baru01
        Jangan guna tarikh lahir atau nombor telefon sebagai nama pengguna e-dompet anda.
        Hashtag #BanjirKelantan digunakan oleh agensi bencana dan pasukan penyelamat untuk kemas kini pusat pemindahan.
        Perodua Bezza 1.3 AV dan Proton Saga 1.3 Premium S kini ditawarkan dengan diskaun RM2,000.
        Akaun rasmi Kementerian Kesihatan mengeluarkan kenyataan media setiap petang sepanjang musim tengkujuh.
        Kod produk BRG-2025-SKRP-044 (sarung kusyen), harga RM39.90 seunit, stok 120 unit.
        Templat invois: [Nama Bank] – [No. Akaun Syarikat] – [Kod SWIFT]; jangan guna akaun peribadi pekerja.
        Siri nombor pendaftaran khas seperti "PATRIOT" dan "MALAYSIA" dijual melalui bidaan dalam talian.
        Nama Wi-Fi masjid: Masjid_Al-Ikhlas_Jemaah, kata laluan dipaparkan di papan kenyataan.
        Tiket aduan TM-ADU-2503-0082 telah diselesaikan; sila nilai perkhidmatan kami.
        Macam mana nak buat hashtag majlis kahwin yang unik tanpa dedahkan nama penuh pengantin?
        Sekolah Kebangsaan Tun Dr Ismail menggunakan e-mel rasmi pentadbiran@sktdi.example.edu.my untuk urusan ibu bapa.
    """),
    ("mixed", "group chat and support"): _lines("""
        guys the office wifi name changed already, now is CORP-5G, password same as before ya
        客服：您好，订单 ORD-20250314-7781 已退款，3–5 个工作日到账 / customer: ok thanks
        admin pls pin: potluck form https://forms.example.com/r/raya-potluck-2025 deadline Friday
        anyone know why my username became user_8f3a21 after reset? / IT: that's the temp ID, change it in profile settings
        Jom lunch, jumpa lobby 12.30, meja dah book bawah nama "Team Finance"
        呢個 hashtag #香港美食 好多人用，我哋 page 都可以加埋
        reminder: pls don't send IC photo in this group, use the secure upload link in the HR portal
        lol someone's wifi is called "FBI Surveillance Van 3" 😂
        老师说作业文件名统一：班级_学号_作业1.docx，学号别写错
        Sesiapa nak bida plat siri baru tu? JPJ buka bidaan minggu depan katanya
        ticket #48213 reopened — customer says tracking JNTMY00418827 still shows "in transit"
        hashtag for company dinner: #NorthgateNight2025, tag the company page not your own account ok
        new wifi password rule: min 12 chars, no birthday, no phone number — thanks IT
        這個網址 https://example.com.tw/event?code=SPRING25 是優惠碼連結，不是個人帳號
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        New account created | username: meilingtan_19940823 | email: tanmeiling.0823@gmail.com | mobile: +65 9738 2614 | plan: Family Basic
        Attachment: Passport_A51827364_RAJESH_KUMAR_AL_SUBRAMANIAM_renewal.pdf (uploaded 14/03 by applicant, pending photo check)
        https://clinic-portal.example.sg/results/view?patient=S8834562B&name=LIM+SIEW+LAN&panel=HbA1c&flag=high
        Wi-Fi list at my block (Blk 412 Tampines St 41): TAN_KOK_WEE_08-217, Singtel-7A2F, MyRepublic_5G — lol Uncle Tan put his name and unit number in the SSID
        Author: Ong Boon Keat <boonkeat.ong1991@hotmail.com>  Date: Tue Mar 4 22:18:03 2025 +0800  fix typo in README
        Complaint: silver Myvi WVK 2207 parked across my gate again — owner is Mr Ganesh s/o Murugan of No. 14, Jalan SS2/55, Petaling Jaya, and he never answers.
        Save the date! #JiaHuiWedsKelvin 12.12.2025 — Chen Jia Hui & Kelvin Ng, Grand Ballroom, RSVP to Jia Hui at 016-338 2047
        #PrayForAiman Muhammad Aiman bin Rosli (11), Year 5 at SK Taman Melawati, is in ICU at Hospital Selayang after Sunday's fall; his family needs O+ donors
        Forward the arrears notice to nurulhuda.zakaria.15061998@yahoo.com — Nurul Huda binti Zakaria, the Unit 3A tenant who hasn't paid February rent.
        2025-02-11 03:14:09 WARN auth: 5 failed logins user=kavitha.ap.raman dob_hint=1990-07-14 ip=175.139.22.8 lockout=true
        scan_HKID_Y634172A_LEUNG_WING_SZE_front.jpg
        the girl bullying my sister is @zoe.lim.2009 on IG — Zoe Lim, Sec 2E at Northview Secondary, she reposted my sister's photo with nasty captions
        Attendance audit: device "Priya Nair's iPhone" joined Office-Staff on 3, 4 and 5 March, but her timesheet shows MC on 4 March.
        https://newsletter.example.com/unsubscribe?email=darren.teo87%40gmail.com&id=55218 — user says he still gets mails after unsubscribing
        Password reset sent: https://app.example.my/reset?u=ZmFyaGFuYS5pc21haWw5MkBnbWFpbC5jb20= (u = base64 of the customer's e-mail; Farhana says link expired)
        receipt_VISA_4539837120445611_Samuel_Fernandez_March.pdf
        Buyer @ahbeng_bukitbatok88 on Telegram paid S$450 for the PS5 via PayNow to 8265 1093, collecting at Blk 218 Bukit Batok St 21 tonight
    """),
    "zh-Hans": _lines("""
        附件：王晓明_110105198803124517_体检报告.pdf（转氨酶偏高，需复查）
        注册信息：用户名 zhangxiaoyu0817，邮箱 zhangxiaoyu19950817@163.com，手机 139 1082 4476
        QQ号 2873194056 就是李婷婷的小号，她用这个号在家长群里骂人
        微信号 liujianguo_1972，本人刘建国，欠我 8 万块钱三年不还，大家注意
        Wi-Fi 名字叫“ZhouJia-3dong1502”的就是阳光花园 3 栋 1502 周志强家，他家狗天天半夜叫
        快递面单照片：SF_陈思远_18621579034_上海徐汇区漕溪北路88弄5号402.jpg
        车牌 粤B 7K2Q9 的车主是黄伟，那天在科技园撞了我的电动车就跑了
        #寻找杨梓涵# 杨梓涵，女，8岁，3月9日下午在成都武侯区红牌楼附近走失，穿红色羽绒服，联系电话 186 2157 9034
        网盘链接 https://pan.example.cn/s/1aB3cD?name=%E8%B5%B5%E4%B8%BD%E5%A8%9F_%E7%A6%BB%E5%A9%9A%E5%8D%8F%E8%AE%AE_%E6%89%AB%E6%8F%8F%E4%BB%B6
        学生邮箱 2021110384@stu.example.edu.cn 对应的是会计 2101 班孙悦，她这学期挂了三门
        工号 HR-0457 罗海涛 的工资卡已更新为 6222 0210 0384 7256 198，4 月起打到新卡
        用户名 lin_yuqing_951102 连续 7 次登录失败被锁定；已核实为林雨晴本人（1995-11-02 出生），已重置密码
    """),
    "zh-Hant": _lines("""
        檔案：林怡君_F223456188_在職證明.pdf 已寄給房東審核
        LINE ID：chiahao0921，陳家豪，上個月在群組賣假演唱會門票給三個人
        車牌 BKR-5027 是四樓吳志明的，每天都停在消防通道
        新加入成員 Kelly Leung 9634 2817，住青衣長安邨安湖樓 1208 室，請大家多多關照
        https://booking.example.hk/vaccine?hkid=K5088216&name=HO+KA+YAN&slot=2025-03-18T10:30
        阿嬤家的 Wi-Fi 名稱設成 ChenMeiYu_0933681247，就是她的手機號碼
        #蔡宜庭加油 宜庭上週確診乳癌第二期，現在在台大醫院化療，同事們一起集氣
        請把成績單寄到 hsu.poyu.2007@gmail.com（許柏宇，高二 7 班），家長要求的
        電子病歷匯出檔：E215364705_鄭雅婷_20250305_門診紀錄.xml
    """),
    "ms": _lines("""
        Fail dimuat naik: MyKad_870523-10-5642_SITI_AMINAH_BINTI_OSMAN_depan.jpg
        Senarai Wi-Fi yang nampak: Rumah_HjKamarul_No12_JlnMawar3_TmnSeriMawar, Unifi-5G-8821, Maxis_Home — memang rumah Haji Kamarul bin Yusof
        Hantar resit ke aisyah.humaira.990415@gmail.com — Nur Aisyah Humaira binti Zulkifli, pelajar Tahun 2 UiTM Shah Alam, yuran RM1,250 belum jelas
        https://semakan.example.edu.my/keputusan?ic=020918016213&nama=MUHAMMAD+HAZIQ+BIN+ROSLAN
        Axia plat JQT 8812 tu kepunyaan Encik Lokman bin Hassan, dia selalu parking depan pagar rumah saya di Taman Daya
        #JusticeForHafiz Mohd Hafiz bin Abdullah, 16, dibuli di asrama SMK Seri Gombak, kini dirawat di Hospital Sungai Buloh
        Penjual scam: Telegram @faizal_jualiphone, akaun Maybank 1642 8830 5527 atas nama Faizal bin Hamdan, dah tipu 5 orang
        ID pengguna ravi_al_krishnan_880312 (Ravi a/l Krishnan, IC 880312-07-5523) disekat kerana berkongsi akaun
        BORANG PENDAFTARAN KLINIK | NAMA: NG MEI FONG | NO. K/P: 930701-13-5004 | TEL: 011-2487 3391 | ALAHAN: PENISILIN
        Kata laluan Wi-Fi "Rumah Opah Che Mah" ialah nombor IC opah 450817015326, senang nak ingat
    """),
    "mixed": _lines("""
        bro my new email is haziq.lim.2208@gmail.com, 我的 WeChat 也改了 haziqlim2208, add me
        tolong rename fail ni: Resume_Amirah_binti_Saiful_0176520938.pdf → 简历_Amirah.pdf, boss nak tengok petang ni
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you help me make a professional email address? My name is Nur Izzati binti Kamaruddin and I was born on 14 March 1999.",
        ),
        (
            "assistant",
            "Sure. Some options: izzati.kamaruddin@gmail.com, n.izzati.k@gmail.com or izzatikamaruddin.work@gmail.com. I'd avoid putting your birth date in it.",
        ),
        (
            "user",
            "izzati.kamaruddin is taken. Is izzati140399@gmail.com ok? It's easy for me to remember.",
        ),
    ],
    [
        ("user", "帮我起个 Wi-Fi 名字，想带上我的名字何俊杰。"),
        ("assistant", "可以考虑 JunjieNet、HJJ_Home_5G 之类，建议不要写门牌号。"),
        ("user", "就叫 HeJunjie_6-1102 吧，反正邻居都知道我住杭州文三路金都花园 6 幢 1102。"),
    ],
    [
        ("system", "You are a helpful assistant for a Malaysian vanity-plate bidding service."),
        (
            "user",
            "I want a plate with my wife's birthday on it. She's Lakshmi a/p Ramasamy, born 22 August 1990.",
        ),
        ("assistant", "Numbers like 2208 or 2290 would work. Which state prefix do you want?"),
        (
            "user",
            "Go with WSL 2208 and register it under my name, Arun a/l Selvam, IC 850227-08-5371.",
        ),
    ],
    [
        (
            "user",
            "幫我把這幾個檔名整理成表格：R2719362_李穎芝_入職表.pdf、K5088216_何嘉欣_體檢報告.pdf",
        ),
        (
            "assistant",
            "| 身份證 | 姓名 | 文件 | / | R271936(2) | 李穎芝 | 入職表 | / | K508821(6) | 何嘉欣 | 體檢報告 |",
        ),
        ("user", "何嘉欣份體檢報告話佢有高血壓，記得標註俾 HR。"),
    ],
    [
        (
            "user",
            "Saya nak buat username Instagram untuk anak saya. Nama dia Aqil Danish bin Faizal, lahir 3 Jun 2015, sekolah SK Bukit Jelutong.",
        ),
        (
            "assistant",
            "Cadangan: aqil.danish, aqildanish.official atau danish_aqil. Elakkan letak tarikh lahir dan nama sekolah.",
        ),
        ("user", "Ok saya ambil aqil.danish0306, nama sekolah saya letak dalam bio je."),
    ],
    [
        (
            "user",
            "Our signup job keeps failing with: ERROR duplicate key users_email_key value=jessica.tan.1996@gmail.com",
        ),
        (
            "assistant",
            "That means an account with that e-mail already exists. You can look it up and either merge or soft-delete the old row.",
        ),
        (
            "user",
            "Yeah that's Jessica Tan from our design team, she's on maternity leave till June. Can I just delete her old account?",
        ),
    ],
    [
        (
            "user",
            "这个链接里的参数是什么意思？https://hr.example.cn/offer?id=440305199508173625&n=%E9%99%88%E6%99%93%E5%A9%B7",
        ),
        (
            "assistant",
            "id 是一个 18 位身份证号，n 是 URL 编码后的姓名，解码后是“陈晓婷”。这种链接不应该随便转发。",
        ),
        ("user", "对，是我表妹，她下周一入职，月薪 18k，我就是帮她看看 offer。"),
    ],
    [
        ("user", "how do I hide my wifi SSID? current one is DesmondKoh_SuriaResidence_B-12-3"),
        (
            "assistant",
            "You can disable SSID broadcast in the router settings, but it's better to rename it to something that doesn't include your name or unit.",
        ),
        (
            "user",
            "ok but the real issue is my ex Michelle Yap still knows the password and keeps connecting from the carpark at night",
        ),
    ],
    [
        ("user", "我要線上申請信用卡，表單的 email 用 wang.bohan.0621@gmail.com 可以嗎？"),
        ("assistant", "可以，只要是你常用、收得到信的信箱就行。"),
        ("user", "好，那我填：王柏翰，身分證 B120988356，手機 0928-415-603，月薪 52,000。"),
    ],
    [
        ("system", "You help HR generate system usernames."),
        (
            "user",
            "New hire: Nguyen Thi Lan, FIN G5517283N, Employment Pass, starts 1 April as a data analyst.",
        ),
        (
            "assistant",
            "Suggested username: nguyen.thilan. Please don't embed the FIN in the username.",
        ),
        ("user", "Fine, but put the last four of her FIN in the employee ID, so EMP-283N."),
    ],
]
