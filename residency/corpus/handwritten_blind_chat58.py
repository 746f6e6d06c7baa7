# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat58: chats drafting tenancy and roommate agreements and house rules for one's own home (SG/MY/HK/TW/CN, en/zh/ms). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat58
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "roommate agreement requests"): _lines("""
        can u help me write a roommate agreement for a 3 bedder, me + 2 friends from uni, mainly chores n bills
        Draft a short roommate agreement covering rent split, utilities, quiet hours, guests and what happens if someone moves out early.
        we split rent by room size — master is 15sqm, the other two are 11 and 9. how should I word that so it's fair?
        Write house rules for a shared kitchen: label your food, wash dishes within 24h, bin day is Tuesday.
        Need a clause about overnight guests: max 3 nights a week, and give a heads-up in the group chat first.
        pls make it sound less passive aggressive lol, it's for people I actually like
        How do I handle the security deposit if one roommate leaves before the lease ends but the other two stay?
        Add a cleaning rotation section — weekly, rotating between bathroom, kitchen and common area, swaps ok if agreed 24h before.
        Can you turn this into a table: who pays wifi, electricity, water, gas, Netflix, Spotify family
        My landlord allows pets but my roommates haven't agreed yet — write a pet clause that needs everyone's written consent.
        Rewrite in plain English: "The Licensee shall not sublet, assign or part with possession of the Room or any part thereof."
        What should a house rules doc for a co-living place with 6 tenants include? Keep it under one page pls
        is a roommate agreement actually legally binding in singapore or is it just a gentleman's agreement
        Add a conflict resolution part: talk it out first, then a house meeting, landlord only as a last resort.
        my flatmates want a "no shoes inside" rule and a shoe rack by the door, can u add that in a nice way
        Write a one-paragraph summary of our house rules for the listing on Carousell, nothing too strict.
    """),
    ("zh-Hans", "合租公约"): _lines("""
        帮我写一份合租公约，三室一厅，四个人住，主要是卫生、水电分摊和带朋友回来过夜的规定。
        水电燃气按人头平摊，网费100元/月也平摊，空调电费单独按电表算，帮我写清楚一点。
        公共区域每周日晚上大扫除，轮值表贴冰箱上，谁偷懒就请全屋喝奶茶😂
        晚上11点以后请勿外放音乐，洗衣机使用时间为7:00-22:00，烘干机同理。
        能不能把这句改得委婉一点：“不准把外卖垃圾放在门口超过一天”
        如有室友提前退租，需提前30天告知其他室友，并协助找到接替人，押金方可退还。
        帮我拟一个宠物条款：猫可以养，狗需要全体室友书面同意。
        合租公约要不要签字按手印？这种东西有没有法律效力啊
        冰箱分层使用，每人一层，过期食物每周五统一清理，不另行通知。
        访客留宿最多连续两晚，超过需提前在群里说一声，并分摊当月水电。
        《民法典》第七百一十六条：承租人经出租人同意，可以将租赁物转租给第三人。
        住房租赁合同网签备案可以在当地住建部门的住房租赁服务平台办理，一般不收费。
        遇到押金纠纷可以拨打12345政务服务便民热线，或者向所在区住建局投诉。
        己所不欲，勿施于人——就用孔子这句话做我们合租公约的开头吧哈哈
    """),
    ("zh-Hant", "租約與屋規"): _lines("""
        想請你幫我寫一份分租房間嘅屋規，中英對照，我哋係三個人夾租一個單位。
        租約期滿前一個月須通知對方是否續租，按金於交吉後十四日內無息退還。
        印花稅由業主及租客各付一半，可於稅務局網站以電子方式加蓋印花。
        差餉及地租由業主負責，水電煤及上網費由租客自行繳付。
        冷氣機維修：自然損耗由業主負責，人為損壞由租客負責。
        室友守則：垃圾每晚十點前拎去後樓梯垃圾房，唔好放喺走廊。
        我哋四個人夾份租，主人房大啲，應該俾多幾多先公平？
        可唔可以幫我將呢句改得客氣啲：「唔該唔好喺廁所食煙」
        差餉物業估價署查詢熱線：2152 0111（辦公時間內）。
        分間單位租務管制自2022年1月起實施，租期為兩年，第二年租金不得加價。
        臺灣的租賃住宅市場發展及管理條例規定，押金不得超過二個月租金總額。
        內政部有公布住宅租賃契約範本，可以直接照著改成我們自己的室友公約。
        最近嘅急症室係伊利沙伯醫院，寫喺屋規「緊急情況」嗰欄就得。
    """),
    ("ms", "perjanjian sewa bilik"): _lines("""
        Tolong buatkan peraturan rumah sewa untuk 4 orang penyewa, pasal kebersihan dapur dan bil elektrik.
        Bil TNB dan Air Selangor dibahagi sama rata, internet Unifi RM129 sebulan pun bahagi empat.
        Deposit 2+1 tu maksudnya apa? Boleh terangkan dalam ayat mudah untuk dimasukkan dalam perjanjian?
        Tetamu berlainan jantina tidak dibenarkan bermalam — macam mana nak tulis supaya tak nampak kasar?
        Kalau housemate nak keluar awal kena bagi notis sebulan, kalau tak deposit hangus. Boleh ke buat syarat macam ni?
        Jadual cuci tandas bergilir setiap minggu, tolong buat dalam bentuk jadual ya.
        Senyap selepas jam 11 malam, dan jangan parking depan pagar rumah jiran sebelah.
        Perjanjian sewa perlu disetem di LHDN melalui sistem STAMPS dalam tempoh 30 hari selepas ditandatangani.
        Boleh buat versi BM dan English sekali, sebab ada housemate dari Sabah dan sorang dari Bangladesh.
        Tolong tukar jadi ayat formal: "jgn amik barang org dlm peti ais tanpa tanya"
        Kunci pendua disimpan oleh tuan rumah; penyewa tidak dibenarkan menukar mangga tanpa kebenaran.
        Rumah kami dekat Jalan Tun Razak, sebelah Institut Jantung Negara, jadi bunyi siren ambulans waktu malam memang biasa.
    """),
    ("mixed", "templates with placeholders"): _lines("""
        This Room Rental Agreement is made on [DATE] between [LANDLORD NAME] (NRIC/Passport No. [__________]) and [TENANT NAME] (NRIC/FIN No. [__________]).
        Tenant: {{tenant_full_name}} | Phone: {{tenant_phone}} | Emergency contact: {{emergency_contact_name}} ({{relationship}})
        甲方（出租人）：__________ 身份证号码：__________________ 联系电话：___________
        Rent of S$____ per month shall be paid on or before the ___ day of each month to the account stated in Schedule 2.
        Signed by the Tenant: ____________________  Name: ____________________  Date: ___ / ___ / 20___
        乙方（承租人）姓名：〔　　　　〕 身分證統一編號：〔　　　　　　　　　　〕 戶籍地址：〔　　　　〕
        Penyewa: <NAMA PENUH> (No. K/P: ______-__-____) bersetuju membayar sewa sebanyak RM<AMAUN> sebulan.
        Hi {first_name}, friendly reminder that rent for {month} (S${amount}) is due on {due_date}. Thanks!
        Room No. ___  Occupant: ______________  Move-in date: __________  Deposit received: ☐ Yes ☐ No
        [Roommate A] pays 40% of the electricity bill; [Roommate B] and [Roommate C] pay 30% each.
        Emergency contact (name / relationship / phone): _______________________________
        出租人：＿＿＿＿（下稱甲方）　承租人：＿＿＿＿（下稱乙方），雙方同意訂立本租賃契約。
    """),
    ("en", "handling personal data"): _lines("""
        Tip: don't paste your housemates' IC or passport numbers into a shared Google Doc — keep ID copies with the landlord only and redact them in the group chat version.
        Under Singapore's PDPA guidelines, landlords generally shouldn't collect full NRIC numbers; a partial number is usually enough for a room rental.
        The house rules only need each tenant's room number and how to reach the house group — leave out salaries, ID numbers and health info.
        If a roommate tells you about a medical condition (e.g. allergies), ask them before writing it into a document everyone can see.
        Keep the signed agreement as a PDF with restricted access, and delete copies of ID cards once the tenancy ends and the deposit is returned.
        合租公约里不需要写室友的身份证号和手机号，贴在客厅的版本更不要出现这些信息。
        Sebelum kongsi perjanjian dalam group WhatsApp, padam dulu nombor IC dan nombor akaun bank penyewa.
        For the CCTV clause: cameras only at the main door, never in bedrooms or bathrooms, and tell every tenant in writing.
        I can't verify anyone's identity or run a background check, but I can give you a checklist of documents a landlord may reasonably ask for.
        私隱專員公署提醒，業主收集租客身份證副本前應考慮是否有實際需要，並妥善保管。
    """),
    ("mixed", "names, numbers, places — not personal"): _lines("""
        Basically I want something like Sheldon's Roommate Agreement from The Big Bang Theory but way less insane 😅
        Can we add a Monica Geller-style cleaning schedule lol, colour coded, my flatmates will hate it
        The flat's on Nathan Road near Jordan MTR so the noise clause really matters, buses all night.
        我们小区就在中山路和鲁迅公园旁边，公约里写一下电动车别停楼道。
        IKEA order 1029384756 (KALLAX shelf + 2x MALM) arrives Sat 10am–2pm, someone pls be home to receive it.
        Shopee order 241205QK8X1R7M — shared robot vacuum S$189, split 3 ways = S$63 each.
        淘宝订单号 3917728840215533827，公共区域的垃圾桶和拖把一共86.5元，四个人AA。
        Spare keys coming by SF Express, tracking SF1402938475561, ETA Thursday.
        houserules-bot v2.3.1 (commit 9f3c2e1a) fixed the bug where the chore rotation skipped Room 4.
        Lee Kuan Yew's public housing push in the 1960s is why roughly 78% of Singapore residents live in HDB flats today.
        Invoice INV-2026-00417 from CleanPro Services: S$240 for the move-out deep clean, deducted equally from the three deposits.
        House meeting minutes 2026-11-30T20:15:00+08:00 — all 4 tenants present, house rules v3 approved unanimously.
        HDB Branch Service Line 1800 225 5432 is for the owner's HDB matters, tenants should go through the flat owner first.
        Deposit disputes under S$20,000 can go to the Small Claims Tribunals at the State Courts, 1 Havelock Square.
        Median asking rent for a common room in the Tampines area was about S$950 a month in the listings I saw.
    """),
    ("mixed", "flattened clean chats"): _lines("""
        User: write house rules for my place, 2 tenants + me (owner-occupier) | Assistant: Sure! 1) Quiet hours 10pm–7am 2) Guests leave by midnight on weekdays 3) Shoes off at the door 4) Kitchen cleaned after each use.
        [user] roommate agreement template pls [assistant] Here's a simple outline: Parties, Term, Rent & Bills, Chores, Guests, Moving Out, Signatures.
        Q: is it ok to ban cooking durian in the house rules? A: Yes — it's your home, as long as everyone agrees before signing.
        User: how much notice should roommates give before moving out? Assistant: 30 days is common; for a fixed-term lease check the main tenancy first.
        用户：帮我写个群公告提醒大家周日大扫除 助手：【大扫除通知】本周日上午10点全屋大扫除，请各位预留一小时，谢谢配合！
        User: my roommate keeps using my shampoo how do I write that without being petty | Assistant: Try "Personal toiletries are personal — please ask before borrowing."
        system: You draft tenancy documents. user: make the deposit clause stricter. assistant: The deposit shall be refunded within 14 days of handover, less unpaid rent and damage beyond fair wear and tear.
        Pengguna: tolong buat peraturan rumah ringkas. Pembantu: 1. Buang sampah setiap malam 2. Kunci pintu pagar 3. Dilarang merokok dalam rumah.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Pls add to the agreement: tenant is Marcus Teo Wei Liang, NRIC S8841276A, moving in 1 Jan, S$1,150/mth for the common room.
        my housemate Priya Nair (9182 7364) keeps bringing her bf over — can u write a guest rule that doesn't look like I'm targeting her
        Add a line that the flat is fragrance-free because my flatmate Jolene Kwok has severe asthma and was hospitalised twice this year.
        Guarantor section: my brother Daniel Ho Chun-kit, works at a bank in Central, monthly salary HK$68,000, HKID K482913(1).
        thinking of rejecting Ng Siew Ling as a tenant, she was sued by her last landlord at the Small Claims Tribunal for 4 months unpaid rent
        Send the signed copy to kelvin.lim.88@gmail.com — my address for the agreement is Blk 412 Bedok North Ave 2 #08-117, Singapore 460412.
        Parking rule: only SJK4821U (that's Melvin Chia's car, Room 2) may use lot 14, everyone else uses visitor parking.
        Tenant: Tan Bee Hoon, NRIC ending 276A, Blk 88 Tanglin Halt Road #05-21 — is that enough detail for the agreement?
        Guarantor is my mum, Lee Mei Fong, born 14/03/1962, retired teacher, pension about S$2,400 a month.
        the room is for my cousin Goh Wei Jie who just finished rehab for alcohol, should I put a no-alcohol rule or is that weird
        Rent goes to DBS 120-456789-0, account name ONG HUI MIN, please put that exactly in clause 3.
        Flatmate contacts for the fridge sheet: Sasha Ivanova +65 8734 2210 sasha.iv@outlook.com, Ben Carter +65 9021 5568
        Can you reword: "Tenant Rachel Wong (FIN G5517302N) is allowed one overnight guest per week."
        Room 3 tenant is Arjun Menon, data analyst at a fintech in one-north, pays S$980 — employment letter attached as Annex B.
    """),
    "zh-Hans": _lines("""
        合同里甲方写我：林晓燕，身份证 310104199203140826，电话 13816207745，地址上海市徐汇区宛平南路 88 弄 6 号 1102 室。
        我室友王磊有抑郁症，一直在吃舍曲林，公约里关于晚上安静的条款要不要特别照顾他一下？
        押金退到我的工行卡 6222021003827195648，户名赵雅婷，麻烦写进退租条款里。
        有问题加我微信 lxy_0917cat，我是3号房的刘心怡，公约最后那行联系人就写这个。
        新室友何伟2019年因为盗窃被判过刑，我要不要在公约里提醒其他人锁好房门？
        我和女朋友吴倩合租次卧，她怀孕四个月了，帮我写一条厨房禁止抽烟的规定。
        承租人护照号 E48291735，姓名 ZHOU YIMING，签证 2027-03-31 到期，租期写到那天为止。
        房东孙建国说押金要转到他的农行卡 6228480412907753138，我要在合同里写上吗
    """),
    "zh-Hant": _lines("""
        租客：陳嘉欣，香港身份證 Y305617(A)，住址：九龍觀塘協和街 223 號 12 樓 C 室，電話 9372 0186。
        房客黃志明，身分證 F130955274，手機 0912-483-771，請幫我把他寫進租約乙方欄位。
        室友守則第五條：廖怡君（B288026148）負責每週二、四倒垃圾，請幫我潤飾。
        我個租客梁振邦話佢喺地盤返工月入四萬二，仲有個前妻每月要俾贍養費，我驚佢交唔到租
        業主楊少峰叫我將按金轉去佢恒生戶口，佢手機 6148 2275，呢啲要唔要寫入租約？
    """),
    "ms": _lines("""
        Penyewa bilik tengah: Nurul Aina binti Zakaria, no. IC 950730-10-6218, no. tel 017-629 4031.
        Housemate saya Faizal Hakim ada epilepsi, kalau dia kena sawan tolong call abang dia Encik Firdaus 019-774 2810.
        Alamat rumah untuk perjanjian: No. 23, Jalan SS 2/64, 47300 Petaling Jaya, tuan rumah Encik Kamal Ariffin.
        Penyewa Hafiz bin Rosli (890412-14-5523) dah 3 bulan tak bayar sewa, kereta dia WVC 8812 masih parking dalam rumah.
        Tolong masukkan: isu aircond terus WhatsApp Auntie Rosnah +60 12-338 4172, bukan saya.
        Deposit RM1,200 dari Lim Kah Wai dah masuk akaun Maybank 1140 2233 8871, sila tulis dalam resit.
        Housemate baru, Siti Khadijah, pelajar UiTM, IC 020915-07-0342, mak dia minta no. saya 016-402 9917.
        Tolong tambah dalam peraturan: tuan rumah Mr. Gopal Krishnan tinggal di tingkat bawah, email gopal.k1961@yahoo.com.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "hi can you help me write a room rental agreement? renting out my common room in a HDB flat",
        ),
        (
            "assistant",
            "Of course! I'll need the parties, the rent, the deposit, the term and any house rules you want included. You can use placeholders if you prefer.",
        ),
        ("user", "rent S$1,050, 1 month deposit, 12 months, no cooking heavy stuff after 9pm"),
        ("assistant", "Got it. Here's a draft with [LANDLORD] and [TENANT] as placeholders..."),
        (
            "user",
            "ok just fill in: Landlord Vincent Chua Kok Leong, S7624019A, Blk 651 Jurong West St 61 #11-204 Singapore 640651. Tenant Huang Li Na, passport E61720394",
        ),
    ],
    [
        ("user", "帮我写个合租公约吧，我们三个人住，一个人上夜班"),
        (
            "assistant",
            "好的，可以重点考虑作息差异：比如白天10点到16点公共区域保持安静，夜班室友的房门挂“休息中”牌子等。",
        ),
        ("user", "对，上夜班的是张思远，他在医院做护士"),
        ("user", "公约最后要留紧急联系人，他的是他妈妈，电话 159 2134"),
        ("user", "8806"),
        ("assistant", "收到，我把紧急联系人放在附录里，建议只打印给室友本人。"),
    ],
    [
        ("user", "我想將間屋其中一間房分租出去，可唔可以幫我寫份租約？"),
        ("assistant", "可以。請問月租、按金、租期同埋包唔包水電？"),
        ("user", "月租$6,800，兩個月按金，租一年，水電另計"),
        ("assistant", "好，以下係草稿：業主：＿＿＿＿　租客：＿＿＿＿……"),
        ("user", "租客係我表弟嘅朋友 周凱琳，身份證 R771208(0)，佢話三月一號入"),
    ],
    [
        (
            "user",
            "Boleh tolong tulis peraturan rumah untuk rumah teres saya? Ada 3 bilik disewakan.",
        ),
        (
            "assistant",
            "Boleh! Biasanya merangkumi kebersihan, bil utiliti, tetamu, waktu senyap, dan parkir. Nak saya mulakan dengan templat?",
        ),
        ("user", "ok templat dulu"),
        (
            "assistant",
            "1. Kebersihan dapur... 2. Bil dibahagi sama rata... 3. Tetamu perlu dimaklumkan...",
        ),
        (
            "user",
            "bagus. bilik 1 Muhammad Amirul bin Hashim, bilik 2 Wong Kai Xuan, bilik 3 kosong. Amirul punya IC 010322-14-0789, kalau ada hal tuan rumah call dia dulu",
        ),
    ],
    [
        (
            "user",
            "Writing house rules for our apartment, one thing I want to get right is food safety",
        ),
        (
            "assistant",
            "Sure — things like separate shelves, labelling, and cleaning shared utensils are common.",
        ),
        (
            "user",
            "The reason is my roommate Chloe Tan has a severe peanut allergy, she's been to A&E at NUH twice. She carries an EpiPen in the top drawer.",
        ),
        (
            "assistant",
            "That's important. I'd suggest a simple rule like 'No peanuts or peanut products in shared areas', and keep medical details out of the posted version unless she agrees.",
        ),
    ],
    [
        (
            "system",
            "You are HomeDocs, an assistant that helps owners draft tenancy agreements and house rules.",
        ),
        (
            "system",
            "Account holder: Mr Yeo Boon Kiat, owner of 27 Jalan Kembangan, Singapore 419131, mobile +65 8125 6639.",
        ),
        ("user", "Need a set of house rules for the 2 rooms I'm letting out, short and friendly."),
        (
            "assistant",
            "Here are 8 short house rules covering quiet hours, guests, cleaning, shoes and the main gate.",
        ),
    ],
    [
        ("user", "租约的押金条款怎么写比较好"),
        (
            "assistant",
            "一般写：押金X元，租期届满且房屋无人为损坏的，出租人应在交房后X日内无息退还。",
        ),
        ("user", "那退还方式写转账到承租人账户，账户是建行"),
        ("user", "6217 0023 1004 6891 029"),
        ("user", "户名 钱佳琪，租的是我家次卧"),
        ("assistant", "好的，已补充到第五条。建议对外发送时隐藏中间几位卡号。"),
    ],
    [
        ("user", "我要把家裡的一間雅房租給學生，可以幫我寫租約嗎？"),
        ("assistant", "當然可以，可以參考內政部的住宅租賃契約範本，再加上你們家的生活公約。"),
        ("user", "好，出租人是我媽媽 鄭美玲，身分證 A224718306"),
        ("user", "地址 台北市大安區和平東路二段 118 巷 5 號 3 樓"),
        ("assistant", "了解，我會把出租人資料填進第一條，租賃標的寫這個地址的其中一間雅房。"),
    ],
    [
        ("user", "can you write a roommate agreement between me and 2 others, Kuala Lumpur condo"),
        ("assistant", "Sure. Do you want equal rent split or by room size?"),
        ("user", "by room size. I'm in the master."),
        ("assistant", "Here's a draft with rent split 40/30/30 and utilities equal..."),
        (
            "user",
            "add everyone's contact at the bottom: me - Nadia Ismail, nadia.ism92@gmail.com, WhatsApp 011-2087 5563. Eric Lau, car BKR 3307 uses bay B2-17",
        ),
    ],
    [
        ("user", "有个人想租我家空出来的房间，我查到他有案底，可以拒绝吗"),
        (
            "assistant",
            "作为房主，你可以根据自己的判断选择租客，但不建议在合同或公约里写入他人的违法记录。",
        ),
        (
            "user",
            "他叫冯志强，2021年在杭州因为酒驾被判拘役三个月，身份证 330106199502283356 是不是他本人我也不确定",
        ),
    ],
    [
        ("user", "Can you proofread the header of my tenancy agreement? Pasting below"),
        (
            "user",
            'TENANCY AGREEMENT\nThis Agreement is made on 1st December 2026\nBETWEEN\nKOH SIEW CHENG (NRIC No. S9137428Z... sorry typo, S9137482Z) of Blk 238 Serangoon Ave 2 #04-55 Singapore 550238 ("the Landlord")\nAND\nPATRICK O\'NEILL (Passport No. PA4412987) ("the Tenant")',
        ),
        (
            "assistant",
            "The header reads well. Consider writing the date as '1 December 2026' and adding 'of the one part'/'of the other part'.",
        ),
    ],
    [
        ("user", "帮我写一份合租公约，重点是安静和卫生"),
        ("assistant", "好的，以下是草稿：一、晚上11点后保持安静；二、公共区域每周轮值打扫……"),
        ("user", "再加一条：室友吴倩怀孕了，客厅和阳台全面禁烟"),
        ("assistant", "已添加：“全屋禁烟（含阳台），以保障全体室友健康。”这样不必写明个人情况。"),
        ("user", "好的，我叫陈浩，公约最后写上我和她的名字签字就行"),
    ],
    [
        (
            "user",
            "Ex-roommate still owes us money, can u help me write a polite message + add a clause in the new agreement so this doesn't happen again",
        ),
        ("assistant", "Sure. Can you share roughly what is owed and for what?"),
        (
            "user",
            "Here's what I sent him on WhatsApp: 'Hi Jason Ong, as of 30 Nov you owe $1,460 (Oct+Nov rent share + PUB). Please PayNow to 9648 2017 by Friday.' He's blocked me since. His new number is 8290 4417 I think",
        ),
        (
            "assistant",
            "Here's a calmer follow-up message and a late-payment clause for the new agreement...",
        ),
    ],
    [
        ("user", "Tolong buat surat peringatan kepada penyewa yang lewat bayar sewa."),
        (
            "assistant",
            "Boleh. Berikut templat surat peringatan pertama dengan ruang untuk nama dan amaun tertunggak.",
        ),
        (
            "user",
            "isi terus: Kepada Encik Azman bin Yusof, No. 14, Lorong Mawar 3, Taman Sri Muda, 40400 Shah Alam. Tunggakan RM2,700 untuk Sept–Nov.",
        ),
        ("assistant", "Baik, saya masukkan butiran tersebut ke dalam surat."),
    ],
    [
        ("user", "I need a house-sharing agreement for a friend moving into my spare room"),
        (
            "assistant",
            "Happy to help. What's her name so I can put it in the parties section, or do you want a placeholder?",
        ),
        ("user", "Meera Subramaniam"),
        (
            "assistant",
            "Thanks. Anything else for identification? Some owners include date of birth or ID number.",
        ),
        ("user", "DOB 22 July 1994"),
        ("user", "and her passport is Indian, Z4417285, she's on an EP until 2028"),
    ],
    [
        ("user", "群里要发一个合租规则，你帮我写简洁点"),
        ("assistant", "好的：1. 垃圾每天带下楼 2. 洗澡限时20分钟 3. 访客提前说 4. 水电月底平摊"),
        ("user", "最后加一句：水电费转给我，我微信号是 wangyuhang_1997，名字王宇航"),
    ],
    [
        ("user", "可唔可以幫我寫份屋規俾我屋企嘅租客？佢租咗我哋個工人房"),
        ("assistant", "可以，通常會講明使用時間、廚房廁所點分、訪客同埋交租日期。"),
        ("user", "租客叫何詠詩，喺銅鑼灣做美容師，月入大概一萬八"),
        ("user", "佢電話 5903 7712，交租日係每月5號"),
        ("assistant", "明白，我會喺屋規加入交租日，但建議唔好將收入寫入屋規。"),
    ],
    [
        ("user", "Help me write house rules for a carer who'll live with us"),
        ("assistant", "Sure. What are the main things the carer should know?"),
        (
            "user",
            "It's for my dad, Mr Koh Ah Seng, 81, he has moderate dementia and sometimes wanders out at night. Main door must stay double-locked after 9pm.",
        ),
        (
            "assistant",
            "Understood. I'll write a section on door safety and night routines without going into medical detail.",
        ),
        ("user", "we're at 5 Lorong Ah Soo #02-08, the neighbours know him"),
    ],
    [
        ("user", "帮我起草一份短租合同，租客是外国人"),
        (
            "assistant",
            "可以，需要注意外国人住宿登记：租客入住后24小时内应到当地派出所办理住宿登记。",
        ),
        ("user", "他叫 Lukas Bauer，德国护照 C3M7K2P91，手机 18657103329"),
        ("assistant", "好的，我把这些填进乙方信息栏。"),
    ],
    [
        ("user", "Can you make a table of who pays what for our flat bills?"),
        ("assistant", "Sure, just tell me the bills and the split."),
        ("user", "SP Services ~S$180, wifi S$45, gas S$30. equal split 3 ways."),
        (
            "assistant",
            "| Bill | Total | Each |\n|---|---|---|\n| SP | 180 | 60 |\n| Wifi | 45 | 15 |\n| Gas | 30 | 10 |",
        ),
        (
            "user",
            "perfect. add a col for how they pay me: Wei Ming via PayNow to my NRIC T0293315I, Aisha to DBS 029-318842-7",
        ),
    ],
    [
        ("user", "我在起草一份室友公约，有一条关于心理健康的想问问"),
        ("assistant", "可以说说具体情况吗？我会尽量帮你写得既支持又不侵犯隐私。"),
        ("user", "室友李俊杰去年确诊双相情感障碍，现在在北医六院复诊"),
        ("user", "他自己同意让我们知道，想写一条发作期间大家怎么配合"),
        (
            "assistant",
            "建议写成通用条款，例如“任何室友身体或情绪不适时可在群里说明，其他人予以理解”，具体诊断不要写进公约。",
        ),
    ],
    [
        ("user", "draft a roommate agreement for 2 ppl pls"),
        (
            "assistant",
            "Here's a two-person roommate agreement with sections for rent, bills, chores, guests and moving out.",
        ),
        ("user", "ok now put our names in: me = Jia Hui, her = Charmaine"),
        ("assistant", "Done. Do you want surnames too?"),
        (
            "user",
            "Seah Jia Hui and Charmaine Loh. also Charmaine's IC is T0412278F wait no that's mine lol, hers is S8503617C",
        ),
    ],
    [
        ("user", "Nak buat perjanjian sewa bilik dalam BM, boleh?"),
        (
            "assistant",
            "Boleh. Saya sediakan draf dengan ruang kosong untuk nama, no. IC, sewa dan deposit.",
        ),
        ("user", "Penyewa: Lim Mei Xuan"),
        ("user", "IC 030611-08-6126, pelajar UTAR Kampar"),
        ("user", "bapa dia penjamin, no tel 012-507 3381"),
        ("assistant", "Terima kasih, draf telah dikemas kini."),
    ],
    [
        ("user", "I rent out a room in my place in Tai Koo Shing and want proper house rules"),
        (
            "assistant",
            "Sure — common items are quiet hours, use of the kitchen, laundry, guests and rent payment.",
        ),
        ("user", "also a rule about the car park, tenant's car is VL 2376, he's Mr Simon Tsang"),
        (
            "assistant",
            "I'll add a clause allowing the tenant's registered vehicle to use the assigned space.",
        ),
        ("user", "and if anything send stuff to simon.tsang.hk@gmail.com, not me"),
    ],
    [
        ("user", "房东发来的合同我看不懂，能帮我解释一下吗？我复制过来"),
        (
            "user",
            "甲方：孙建国  身份证：420106196701253190  电话：13397215064\n乙方：赵雅婷  身份证：44030519880917204X\n房屋坐落：武汉市武昌区中北路 9 号 3 栋 1502 室\n第三条 租金每月2600元，押一付三",
        ),
        (
            "assistant",
            "“押一付三”指押金一个月房租，每次预付三个月房租。第三条意思是每月租金2600元。",
        ),
    ],
]
