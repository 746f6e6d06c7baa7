# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix41: churches, temples and mosques in SG/MY/HK (bulletins, prayer requests, donor lists, rosters, funeral wakes). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix41
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "church bulletin"): _lines("""
        Sunday 6 Dec 2026 — Second Sunday of Advent. Masses: Sat 6pm (anticipated), Sun 7.30am, 9.30am, 11.30am, 5.30pm (Tamil).
        First Reading: Isaiah 40:1-5, 9-11 | Psalm 85 | Second Reading: 2 Peter 3:8-14 | Gospel: Mark 1:1-8
        Collection last wk: 1st $18,642.50 | 2nd (Archdiocesan Seminary) $6,211.00 | e-giving $9,870.00. Thank you for your generosity!
        Cardinal William Goh will preside at the Christmas Eve Midnight Mass at the Cathedral of the Good Shepherd, 'A' Queen Street, Singapore 188533.
        Pls note the carpark at Blk B will be closed 8-9 Dec for resurfacing. Kindly park at the MSCP across the road & walk over, thks.
        RCIA enquiry session: Wed 9 Dec, 8pm, Rm 3-02, Parish Centre. All are welcome, no registration needed.
        Hymns today: Entrance "O Come, O Come, Emmanuel" (#312) · Offertory "Prepare Ye the Way" (#47) · Recessional "Hark! the Herald Angels Sing" (#329)
        Infant baptism class — parents AND godparents must attend BOTH sessions (13 & 20 Dec). Forms at the parish office, $20 per family.
        Christmas hamper drive: we need 250 hampers by 14 Dec. Suggested items: rice 5kg, cooking oil 2L, Milo 1kg, Maggi mee 5-pack.
        Wesley Methodist Church, 5 Fort Canning Road, Singapore 179493 — office hrs Tue-Fri 9am-5pm, Sat 9am-1pm, closed Mon & PH.
        Sophia Blackmore arrived in Singapore in 1887 and started the school that became Methodist Girls' School; see the heritage corner at the back of the sanctuary.
        Reflection: like Martha in Luke 10, we are often "worried and distracted by many things" — this Advent, choose the better part.
        Lost & found: 1 black umbrella, 1 kids' water bottle (Frozen design), 1 pair reading glasses in brown case. Pls collect at info counter b4 31 Dec.
        Next Sunday is Gaudete Sunday — pink candle! Children's choir rehearsal Sat 3pm at the chapel.
    """),
    ("en", "donations and finance"): _lines("""
        Official receipt no. OR-2026-014873 | Building Fund | S$250.00 | Mode: PayNow | Txn ref 7HX92KQ1
        PayNow to UEN T08SS0123K (Building Fund). Please put "BF" + your envelope no. in the reference field.
        Tax-deductible gifts to the IPC-approved Community Services Fund are auto-included in your IRAS record only if you give your NRIC/FIN when donating.
        Template: Dear {{donor_name}}, thank you for your gift of {{amount}} received on {{date}}. Your receipt no. is {{receipt_no}}.
        FY2025 statement: Tithes & offerings $2,481,906; Missions $318,440; Benevolence $96,215; Staff costs $1,102,377.
        Invoice INV-88213 from ClearSound AV Pte Ltd: 2x Shure SLXD24/SM58 wireless mic, $2,968.00 incl. 9% GST, due 31/12/2026.
        Stripe payout po_1QxT7bK2eZvKYlo2 — S$4,106.22 — 143 charges (Advent online giving), arriving 9 Dec.
        GIRO deduction for tithes is on the 25th of every month; if it falls on a Sunday/PH it's processed the next working day.
        Bookstore POS now accepts Visa / Mastercard / NETS. Test card for training only: 4111 1111 1111 1111, exp 12/30, CVV 123.
        Receipts for donations above $50 can be issued on request; anonymous cash donations are not eligible for tax deduction.
        Tan Tock Seng (1798–1850) was among the leading donors when Thian Hock Keng on Telok Ayer Street was built in the 1840s.
        Audit note: 3 envelopes in the 9.30am offering bag had no envelope no.; amounts ($50, $20, $100) credited to General Fund.
    """),
    ("en", "rosters and ops"): _lines("""
        Roster v3.2 (updated 04/12/2026 22:15): Ushering — Team B; Sound — Team D; Flowers — Altar Guild; Coffee — Youth Fellowship.
        Team leads: please swap directly in Planning Center; the office no longer updates the printed roster after Thurs 12pm.
        Wake duty volunteers: bring own water bottle, wear dark colours, no food in the prayer area. Each shift = 2 hrs.
        If anyone collapses during service, call 995 first, then alert the duty first-aider (red lanyard). AED is beside the lift lobby.
        Samaritans of Singapore (SOS) 24-hr hotline: 1767. CareText via WhatsApp: 9151 1767.
        Pls DO NOT post photos of bereaved families on the church FB page w/o consent — pastoral care policy s.4.2.
        Soup kitchen @ Geylang Lor 25: Sat 6am-9am, 40 volunteers needed, age 13+ must come with a parent.
        WhatsApp grp "Ushers 2027" has hit the 1,024-member limit; we'll move announcements to a Telegram channel from Jan.
        Sign-up slip — Name: ________ Contact: ________ Preferred service: ☐ 8am ☐ 10am ☐ 5pm
        Christmas cantata: choir arrives 6.15pm, warm-up 6.30, run-through 7-9pm. Dress code black top, black pants, no jeans.
        Cell grp leaders pls submit Dec attendance via the Google Form by 15/12. Do NOT type members' IC or phone nos in the comments box.
        Befrienders KL: 03-7627 2929 (24 hrs). If you are struggling this festive season, you are not alone.
    """),
    ("en", "funeral and wake"): _lines("""
        Mandai Crematorium, 300 Mandai Road — cremation slots daily; funeral directors book through the NEA portal, not the church office.
        Wake etiquette: avoid wearing red, don't say "see you again", and don't walk guests to the door when they leave.
        Order of service (template): Welcome — Hymn — Eulogy by [family member] — Scripture — Committal — Benediction.
        Funeral package "Serene" from $6,888: 3-day wake, casket, hearse, 60 chairs, 10 tables, portrait frame & flower stand.
        Void deck bookings for wakes go through the Town Council; max 7 days, no amplified music after 10.30pm.
        Sympathy card verse: "Blessed are those who mourn, for they will be comforted." (Matthew 5:4)
        Tracking no. SG2612044871Z for the wreath order — status: Out for delivery (Bukit Batok hub), ETA 2-4pm.
        Pek kim / bai jin: give in odd amounts like $30, $50, $101 and write your name on the envelope so the family can thank you.
        Kong Meng San Phor Kark See Monastery, 88 Bright Hill Road, offers chanting for the deceased; register at the Venerable Hong Choon Memorial Hall.
        Cortege route: depart 1pm, drive past the church, proceed via PIE to Mandai. Est. arrival 2.10pm.
        Churches may hold a Christian wake service on the 2nd night; the family should inform the pastoral office at least 24 hrs ahead.
    """),
    ("zh-Hans", "教会周报"): _lines("""
        主日崇拜：上午8:30（华语）、10:30（英语）、下午2:00（福建话），欢迎新朋友。
        经文：约翰福音3章16节“神爱世人，甚至将他的独生子赐给他们，叫一切信他的，不至灭亡，反得永生。”
        上周奉献：常费 $12,480.00；建堂 $3,200.00；宣教 $1,150.50。感谢弟兄姊妹的摆上。
        圣安德烈座堂华语会众每主日上午9时于座堂礼拜，地址：11 St Andrew's Road, Singapore 178959。
        代祷事项：为本地教会青年事工代祷；为受台风影响的菲律宾灾民代祷；为圣诞布道会代祷。
        圣诞布道会将于12月24日晚上7:30举行，请大家邀请未信主的亲友一同参加，会后有茶点。
        诗歌：《奇异恩典》、《耶稣恩友》、《平安夜》（《赞美诗新编》第78首）。
        奉献方式：PayNow UEN S89SS0042J（请注明"建堂"）；支票抬头请写教会全名。
        同工会会议：12月7日（周一）晚上8时，地点：副堂二楼会议室，请各部长准时出席。
        马礼逊（Robert Morrison，1782—1834）是第一位来华的基督新教传教士，曾在马六甲创办英华书院。
        提醒：小组长收集代祷卡后，请在一个月内销毁，不得拍照或转发到微信群、WhatsApp群。
        儿童主日学圣诞剧《伯利恒的星》排练：每周六下午3点，需要马利亚、约瑟、三博士和牧羊人若干名。
        教会网站已更新至 v2.4.1，新增网上奉献和代祷表格，如有问题请电邮 admin@gracechurch.org.sg。
    """),
    ("zh-Hant", "廟宇告示"): _lines("""
        嗇色園黃大仙祠開放時間：每日上午7時30分至下午4時30分；農曆新年期間另行公佈。
        2027丁未年犯太歲生肖：羊（值太歲）、牛（沖太歲）、鼠（害太歲）、狗（破太歲），請於正月內拜太歲。
        點燈費用：光明燈每盞 HK$380；太歲燈 HK$480；合家平安燈 HK$880（全年）。
        文武廟位於香港上環荷李活道124至126號，約建於1847年，現為法定古蹟。
        沙田車公廟車公誕為農曆正月初二，當日附近實施交通管制，請乘港鐵至車公廟站。
        觀音開庫：農曆正月廿六凌晨開始，借庫每份 HK$88，善信請自備香燭，切勿帶明火入殿。
        天后誕（農曆三月廿三）：本廟當日上午10時舉行賀誕儀式，歡迎街坊參與，會後派發平安米。
        表格填寫：姓名：＿＿＿＿　出生日期（農曆）：＿＿＿＿　地址：＿＿＿＿（請用正楷書寫）
        收據編號：HKT-2026-00831　金額：HK$1,200.00　項目：重修基金　經手：司庫
        本廟為根據《華人廟宇條例》（第153章）註冊之廟宇，由華人廟宇委員會管理。
        求籤須知：每人每次只可求一支籤；解籤服務每支 HK$30，解籤檔位於廟外右側。
        善信如欲查閱或更正個人資料，請按《個人資料（私隱）條例》以書面向本廟秘書處提出。
        東華三院創辦於1870年，為本港歷史最悠久的慈善團體之一，亦管理多間廟宇。
    """),
    ("zh-Hant", "殯儀與追思"): _lines("""
        天主教香港教區主教周守仁樞機將主禮聖誕子夜彌撒，地點：堅道聖母無原罪主教座堂。
        殯儀服務套餐A：靈堂佈置、棺木、靈車及火化安排，HK$68,000起，另加骨灰龕位費用。
        輓聯範本：「〇〇〇先生千古　德望長存　〇〇〇敬輓」（請填上逝者及致送者姓名）
        守夜時間：晚上7時至11時；翌日上午9時大殮，其後出殯往哥連臣角火葬場。
        追思禮拜程序：宣召—唱詩〈主恩夠我用〉—讀經 詩篇23篇—生平簡介—證道—祝福—瞻仰遺容。
        如遇殯儀商濫收費用，可致電消費者委員會熱線 2929 2222 查詢或投訴。
        香港撒瑪利亞防止自殺會24小時熱線：2389 2222，喪親者如感情緒困擾可隨時致電。
        何東爵士（1862—1956）生前曾捐款興建多間學校及醫院，其出殯儀式於1956年在港舉行。
        帛金一般以單數為宜，如 HK$301、HK$501；家屬通常回贈吉儀，內有糖果及一元硬幣。
        請勿於靈堂內拍攝遺照及家屬，違者將被請離場，敬請合作。
        食環署公眾骨灰龕位編配以電腦抽籤進行，申請表格可於網上下載，截止日期為2027年1月15日。
    """),
    ("ms", "pengumuman masjid"): _lines("""
        Kuliah Maghrib malam Khamis: Tafsir Surah Al-Kahfi oleh penceramah jemputan. Semua qariah dijemput hadir.
        Kutipan tabung Jumaat lepas (4 Dis): RM 8,412.50. Jazakallahu khairan kepada semua penyumbang.
        Sumbangan boleh disalurkan ke akaun Maybank Masjid Al-Falah: 5621 0311 4578. Sila tulis "INFAQ" sbg rujukan.
        Masjid Sultan Salahuddin Abdul Aziz Shah, Shah Alam — lawatan pelancong 10 pg-12 tgh & 2 ptg-4 ptg, berpakaian sopan.
        Waktu solat Kuala Lumpur 7 Dis 2026: Subuh 5:54, Zohor 1:10, Asar 4:34, Maghrib 7:06, Isyak 8:21.
        Borang tuntutan khairat kematian — Nama si mati: ________ No. KP: ________ Nama waris: ________ No. tel: ________
        Pejabat Masjid Sultan, 3 Muscat Street, Singapura 198833 — dibuka setiap hari 9 pg hingga 5 ptg.
        Peringatan: senarai penerima bantuan asnaf adalah SULIT dan tidak boleh dikongsi dlm grup WhatsApp qariah.
        Kelas fardhu ain kanak-kanak (7-12 thn) bermula 3 Jan 2027, yuran RM 30 sebulan, had 40 orang sahaja.
        Gotong-royong bersihkan tanah perkuburan Islam kampung pada Ahad 13 Dis jam 8 pagi. Sila bawa parang & sarung tangan.
        Mufti Singapura, Dr Nazirudin Mohd Nasir, akan menyampaikan khutbah khas sempena Israk Mikraj di Masjid Sultan.
        Talian Kasih 15999 menyediakan khidmat kaunseling percuma 24 jam, termasuk untuk keluarga yang berduka.
        Ibadah korban 1448H: satu bahagian lembu RM 850, seekor kambing RM 1,350. Tempahan ditutup 20 Zulkaedah.
        Kisah Nabi Yusuf a.s. mengajar kita erti sabar dan memaafkan, walaupun dikhianati oleh saudara sendiri.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Pls pray for Bro. Kelvin Ang (Blk 412 Bedok North Ave 2, #08-117), diagnosed w stage 3 colon cancer last Tues; chemo starts 9 Dec at NCCS.
        Sis Dorothy Lim's husband Raymond passed away on 28 Nov. Wake at Blk 221 Serangoon Ave 4 void deck, cortege leaves 3 Dec 1pm. Dorothy's HP 9734 2618.
        Tan Siew Ling | S7614382Z | $500.00 | Building Fund | PayNow 02/12
        Ushers 6 Dec 9.30am: Benjamin Koh 9216 0537, Grace Teo 8051 7742, Marcus Yeo 9668 3104 (Marcus on crutches, pls give him the door post).
        GIRO form received: account holder NG WEI JIE, NRIC T0328915F, POSB Savings 188-53214-7, $150/mth to tithes from Jan.
        Mdm Mabel Chua Geok Hoon, 81, from the 8am service has dementia and lives alone at Blk 37 Jalan Bukit Merah #05-1432 — she went missing again yesterday, her son Alvin is at the police post.
        Pastoral note (confidential): Jonathan Seah, 34, disclosed about $60k gambling debt; wife Rachel not aware yet. Follow-up call 9822 4176 on Fri.
        Wake notice: Mr Lawrence Pereira, beloved husband of Jenny, father of Daniel & Sarah. Wake at 16 Jalan Kembangan; for directions pls call Daniel at 9177 3025.
        Offering by card pls — Lionel Fernandez, Visa 4556 2010 4387 2161 exp 08/28, charge $200 monthly until further notice.
        Holy Land pilgrimage Mar 2027 rooming list: Peter Lau (passport K1047362B) & Margaret Lau (K2285917D), twin-share, Peter needs wheelchair at TLV.
        Staff payroll Nov: church admin exec Cheryl Wong Mei Xin — gross $3,850, CPF (employee) $770, net $3,080, bank DBS 027-918342-6.
        Keep our youth leader Darren Pereira in prayer — his State Courts hearing for the drink-driving charge (car SKQ 4821 H) is on 11 Dec.
        Carpool to the retreat: WhatsApp Auntie Irene Soh +65 9483 1170, she stays at 18 Jalan Kembangan #03-02 and has 3 seats.
        Prayer request from samuel.tay.1987@gmail.com: "my wife Esther miscarried at 11 weeks on Sunday, pls pray for her, she's not coping."
        Arul Selvaraj (IC 780412-14-5237) & Priya Devi a/p Muthu — wedding banns, 2nd reading, St Francis Xavier's PJ. Any impediment pls inform the parish priest.
        Hi Pastor, it's Wendy Goh (S6938105G). Can the benevolence fund help with my rent? I lost my job at the hotel in Oct and my HDB arrears are $2,340.
    """),
    "zh-Hans": _lines("""
        代祷：林美华姊妹的母亲何秀英于11月30日在陈笃生医院确诊肝癌晚期，现住院治疗，美华姊妹电话 8863 2190。
        建堂奉献名单（需开收据）：陈国梁 S5823071E $1,000；黄秀兰 T0251978F $500；郑伟杰 S7329460F $300。
        新来宾登记：张志远，来自厦门，身份证 350203198509231570，手机 138 0592 6417，微信 zhyuan_xm85。
        安息礼拜：赵振华弟兄之安息礼拜定于12月6日上午10时在本堂举行，联络人为其子赵家豪 9126 4408，住址 Blk 748 Yishun St 72 #06-219。
        第三小组组长刘嘉欣（住 Blk 315 Clementi Ave 4 #11-203），每周五晚8点在她家聚会，手机 9745 3018。
        信用卡奉献授权：持卡人 郑丽萍，卡号 5401 2388 9016 4379，有效期 11/27，每月扣款 $300。
        短宣队报名：王晓东，男，身份证 110108199011274617，护照 E72039158，紧急联络人 妻子 李静 139 1108 5326。
        何建明执事因重度抑郁症住进心理卫生学院（IMH），请大家暂时不要探访，也不要外传。
        同工薪金（2026年12月）：周慧芬传道 月薪 $4,200，公积金 $840，转入 OCBC 账户 601-284719-001。
        黄桂英老姊妹于12月2日安息主怀，享寿87岁。灵堂设于 Blk 541 Ang Mo Kio Ave 10 楼下，家属：长子 李伟强 8216 4470。
        请为陈志豪弟兄代祷，他因欠下大耳窿债务被起诉（案号 MC/OC 4821/2026），下周二在国家法院开庭。
        新会友登记（吉隆坡堂）：钟丽玲，IC 851103-10-6648，地址 No. 23, Jalan SS2/64, 47300 Petaling Jaya，电话 012-397 6241。
    """),
    "zh-Hant": _lines("""
        點太歲燈：陳美玲，1978年6月12日（西曆）生，住新界沙田禾輋邨豐和樓1205室，電話 9386 2174。
        功德芳名（申請免稅收據）：李錦榮先生 HK$3,000，身份證 Y502734(7)。
        代禱：黃志強弟兄上週中風，現留醫伊利沙伯醫院，右邊身癱瘓，太太梁淑儀手提 6172 9035。
        長者探訪名單：何麗珍婆婆，92歲，獨居柴灣興華邨興翠樓2014室，患糖尿病及認知障礙，每週三探訪。
        訃告：鄧志明先生於2026年12月1日安息，享年68歲，喪禮定於12月9日假紅磡世界殯儀館舉行，孝子鄧家輝敬啟，聯絡 5361 8820。
        台灣團友林建宏，身分證 A128615377，LINE ID: jianhong_0612，素食，住房需要雙人房。
        義工更表 12月12日（六）早更：周小敏 6389 2047、曾國輝 9172 8830、麥詠詩 5208 6613。
        轉數快奉獻記錄：付款人何健華，FPS 登記手機 9634 1182，HK$1,200，建堂基金。
        婚前輔導備忘：新郎羅嘉豪（kaho.law@yahoo.com.hk），新娘蔡曉彤已懷孕三個月，家人尚未知情，請勿在教會公開。
        嬰孩洗禮登記：嬰孩許樂晴，父親許偉文 HKID AB987321(8)，住將軍澳日出康城領都2座31樓C室。
        骨灰龕位續期：先父陳德勝，龕位號 C-12-0458，申請人陳秀蓮，身份證 R470926(7)，電話 9051 3386。
    """),
    "ms": _lines("""
        Mohon doakan kesembuhan Puan Rosnah binti Abdullah dari Kg. Baru, KL yang menghidap kanser payudara tahap 2; pembedahan 10 Dis di HKL.
        Senarai penderma tabung pembinaan: Encik Hafiz bin Othman (No. KP 800327-10-5893) — RM 2,000, resit dihantar ke hafiz.othman80@yahoo.com.
        Telah kembali ke rahmatullah Haji Ismail bin Yusof, 76, dari No. 14, Jalan Sepat 25/56, Taman Sri Muda, Shah Alam. Utk urusan jenazah hubungi anak arwah, Azlan 013-387 4219.
        Jadual imam & bilal Subuh minggu ni: Ustaz Kamarul Ariffin 012-663 4807, Sdr. Faizal Hakim 019-220 8513.
        Permohonan bantuan zakat: Norhayati binti Salleh, ibu tunggal 4 anak, gaji RM 1,100 sebulan, Flat PPR Lembah Subang Blok C-7-12.
        Pendaftaran kursus perkahwinan: Muhammad Irfan bin Rahmat (S8046217D) & Nur Aisyah binti Zulkifli (T1175402Z), sesi 17 Jan.
        Kereta Proton X70 putih WXE 7812 milik Encik Shahrul Nizam (Blok A, Taman Melati) menghalang laluan van jenazah, sila alih segera.
        Ustaz, adik saya Zulhilmi, 24, baru keluar dari pusat pemulihan dadah AADK Sg Besi. Tolong bimbing dia. Rumah kami Lorong 4 No. 17, Kg. Datuk Keramat.
        Elaun bulanan imam: Ustaz Ahmad Fadzli bin Mohd Noor — RM 2,800, akaun Bank Islam 12029021336458.
        Saya Farah Nadia (farahnadia.hassan@gmail.com, 017-552 9036), nak daftar anak saya Danish, 7 tahun, kelas fardhu ain. Dia ada ADHD, mohon ustazah faham.
        Senarai jemaah umrah Feb 2027: Puan Zainab binti Ali, pasport A51238746, lahir 03/04/1958, KP 580403-07-5182, perlukan kerusi roda.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You help the church office of a Singapore parish draft weekly bulletin sections. Keep a warm, concise tone.",
        ),
        ("user", "can u help me tidy up this week's prayer list for the bulletin"),
        ("assistant", "Of course — please paste the list and tell me how long the section can be."),
        (
            "user",
            "1) Bro Eugene Quek, knee replacement at CGH on 9 Dec\n2) Sis Cynthia Lee's dad, Mr Lee Boon Hock, 88, in ICU at SGH after a fall\n3) Lim family, Blk 6 Telok Blangah Cres #14-58, house fire last week",
        ),
        (
            "assistant",
            "Here is a tidier version: Please keep in prayer Bro Eugene Quek (surgery 9 Dec), Mr Lee Boon Hock (in ICU), and the Lim family recovering from a house fire.",
        ),
    ],
    [
        ("user", "我想幫屋企人點太歲燈，點樣報名？"),
        ("assistant", "可以網上登記，需要提供善信姓名、出生日期及聯絡電話。請問幫邊位登記？"),
        ("user", "我媽媽，梁少芬"),
        ("user", "1959年農曆八月初三，電話 6412 7758"),
        ("assistant", "收到，太歲燈 HK$480，請於櫃檯或轉數快付款。"),
        ("user", "收據寄去九龍城獅子石道 68 號 3 樓 B 室就得"),
    ],
    [
        ("user", "Assalamualaikum, nak tanya pasal tuntutan khairat kematian"),
        ("assistant", "Waalaikumussalam. Boleh, siapa si mati dan apa hubungan tuan dengan arwah?"),
        ("user", "Ayah saya, Mohd Yunus bin Kassim, meninggal 30 Nov sebab strok"),
        ("assistant", "Takziah. Sila kemukakan No. KP waris dan akaun bank untuk bayaran."),
        ("user", "KP saya 820715-10-5471, Maybank 1621 4408 9927, nama Rozaini bin Mohd Yunus"),
    ],
    [
        ("user", "帮我排一下12月的招待同工表，四个主日，每次三个人"),
        ("assistant", "好的，请把可以服事的弟兄姊妹名单发给我。"),
        (
            "user",
            "吴美玲 9382 4416、许志明 8125 0379（他只能第一、三周）、蔡淑贞 9674 2208、潘俊杰 8830 5162",
        ),
        ("assistant", "明白，我会把许志明排在第一和第三个主日。"),
        ("user", "哦对了，蔡淑贞最近在做化疗，第二周请帮她换掉，不要在群里说原因"),
    ],
    [
        (
            "user",
            "my grandma passed this morning, need help writing a short wake notice for the church whatsapp",
        ),
        (
            "assistant",
            "I'm so sorry for your loss. Could you share her name, the wake venue and the funeral date?",
        ),
        (
            "user",
            "Mdm Teo Ah Lian, 91. wake at Blk 108 Jurong East St 13 void deck, cremation 8 Dec at Mandai. contact my uncle Teo Kok Wah 9660 2831",
        ),
        (
            "assistant",
            "Draft: With heavy hearts we share that Mdm Teo Ah Lian (91) has returned to the Lord. The wake is at Blk 108 Jurong East St 13; the cremation will be on 8 Dec at Mandai. For enquiries please contact Mr Teo Kok Wah at 9660 2831.",
        ),
    ],
    [
        (
            "system",
            "You are the donations assistant of a registered charity in Singapore. Never ask for card numbers in chat.",
        ),
        (
            "user",
            "I donated $1,000 to the church building fund last week but it doesn't show up in my IRAS tax record",
        ),
        ("assistant", "Sorry about that. Was your NRIC/FIN given at the time of donation?"),
        ("user", "I think not. it's S9012457I, name Bryan Chia Wei Loon"),
        (
            "assistant",
            "Thank you — the finance team will update the record and re-submit it to IRAS within 2 weeks.",
        ),
    ],
    [
        ("user", "我是从广州来新加坡工作的，想找个华人教会受洗"),
        ("assistant", "欢迎！很多华人教会都有慕道班，您可以先参加主日崇拜再报名。"),
        ("user", "好的，我叫苏婉婷，身份证是440106199207153626，WP 工作准证号码 G5207384M"),
        ("user", "加我微信 suwanting_gz 或者打 +65 8264 7093 都可以"),
        ("assistant", "收到，慕道班同工会在本周内联系您。"),
    ],
    [
        ("user", "Hi nak volunteer untuk soup kitchen masjid hujung minggu ni"),
        ("assistant", "Terima kasih! Boleh beri nama dan nombor telefon?"),
        (
            "user",
            "Nurul Huda, 011-2638 4591. btw I'm diabetic type 1, need to take insulin at 8am, ok ke?",
        ),
        ("assistant", "Tak ada masalah, kami akan beri rehat pada waktu tersebut."),
    ],
    [
        ("user", "please help me rephrase this prayer request, it sounds too long"),
        (
            "user",
            "'Please pray for my son Ethan Wong, 9, Primary 3 at Rosyth School, who was just diagnosed with acute lymphoblastic leukaemia and starts treatment at KKH next week. We live at 52 Jalan Teliti and any meal drop-offs are welcome. — Michelle, 9127 3350'",
        ),
        (
            "assistant",
            "Shorter version: Please pray for Ethan Wong (9), recently diagnosed with leukaemia and starting treatment at KKH. Meal drop-offs welcome — contact Michelle at 9127 3350.",
        ),
    ],
    [
        ("user", "想問下靈堂點預約？"),
        ("assistant", "可以先告訴我逝者姓名、出殯日期，以及申請人的聯絡資料嗎？"),
        ("user", "先父叫馮國強，12月11日出殯，想要地下福壽堂"),
        ("user", "申請人係我，馮綺雯，身份證 Z693014(0)"),
        ("user", "手機 6193 8257，電郵 yiman.fung@gmail.com"),
        ("assistant", "收到，已暫時預留福壽堂，職員會於24小時內致電確認。"),
    ],
]
