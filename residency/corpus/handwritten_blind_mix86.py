# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix86: dragon boat, martial arts and lion dance troupes in SG/MY/HK/TW. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix86
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "race_notice"): _lines("""
        Singapore Dragon Boat Festival 2026 heat sheet v3 released. Open Mixed 20-seater heats start 0800h at Bedok Reservoir; crews report to marshalling 30 min before their slot.
        Results, Premier Men 500m Final: 1st Kallang River Paddlers 2:03.41 / 2nd Harbourfront Dragons 2:04.07 / 3rd Tiong Bahru Tigers 2:05.88. Protests close 15 min after posting.
        Crew lists are locked 72 hours before race day. Substitutions after lock need Form SB-2 signed by the team manager and a S$50 admin fee.
        Lane draw for Heat 3B: Lane 1 Punggol Paddle Club, Lane 2 Sentosa Surf Lions, Lane 3 Jurong Lake Dragons, Lane 4 Marina Bay Blades.
        Reminder: every paddler must pass the 50m swim test in a PFD before being seated in a boat. Swim test certificates older than 2 years are not accepted.
        Protest ref. PRT-2026-014 (Heat 5A, lane interference) was dismissed by the jury of appeal; the original result stands.
        Stroke rate guide for a 200m sprint: 10 start strokes at 80+ spm, settle to 68-72, wind up for the last 20. Track your splits, not your feelings.
        Stanley small boat (12-seater) mixed category: entry fee HK$2,800 per team, closing date 15 April, late entries not accepted.
        Weather advisory: if Typhoon Signal No. 3 or the Red Rainstorm Warning is in force at 0600h, all races are suspended; updates on the organiser's website only.
        Penang dragon boat regatta at Teluk Bahang Dam: team captains' briefing 7.30pm Friday at the Dewan Serbaguna, one representative per crew.
        Drummer and steerer do not count towards the female quota in Mixed categories (minimum 8 women among the 20 paddlers).
        Timing chips not returned by 5pm will be billed at RM180 per unit to the registered club; the organiser's accounts office will send the invoice.
        Taper week before race day: Mon technique 45 min, Tue 6x250m at race pace, Wed rest, Thu starts only, Fri off, Sat race.
        Jersey numbering follows seat order: 1-2 strokers, 3-8 engine room, 9-10 rockets; the drummer wears D and the steerer wears S.
    """),
    ("zh-Hant", "troupe_notice"): _lines("""
        【通告】本會醒獅隊逢星期二、四晚上七時半至九時半於屯門大會堂外廣場練習，新會員請穿著運動鞋及帶備毛巾。
        農曆新年採青服務現已接受預約，商舖開張、公司春茗均可，兩頭獅連鼓樂收費HK$6,800起，查詢請致電本會辦公室 2607 3318（星期一至五 上午十時至下午六時）。
        舞獅禮儀提提你：獅頭唔可以擺喺地下，練完要用紅布蓋好放返上架。
        今年天后誕巡遊路線：由元朗大球場出發，經青山公路、教育路，最後抵達天后古廟，預計下午一時起步。
        龍舟隊端午節前最後兩次水上練習改喺赤柱正灘，朝早六點半集合，遲到唔等。
        本館詠春班分初、中、高級，初級班內容包括小念頭及單黐手，每月學費港幣$680，歡迎即場報名。
        端午龍舟錦標賽報名簡章：每隊隊員22名（含鼓手、舵手），隊職員限3名，報名截止日為5月10日，逾期恕不受理。
        宜蘭二龍村的龍舟競渡以不分勝負的傳統聞名，兩村划完全程後一同慶祝。
        醒獅隊新購佛山獅頭型號FS-2288（黃底紅邊劉備獅），訂單編號PO-240617-03，預計七月中到貨。
        館方提醒：凡參加公開比賽之學員，須於比賽前兩星期交回家長同意書正本，副本恕不接受。
        本年度會員周年大會將於九月二十八日（星期日）下午三時於本會會址舉行，議程包括通過財務報告及選舉新一屆理事。
        高樁獅練習安全守則：上樁練習必須有兩名教練在場保護，樁下須鋪軟墊，練習期間如有意外請即致電999。
        龍舟隊冬訓課表：週六早上七點大佳河濱公園集合，陸上體能一小時後下水划行，請自備水壺與防曬用品。
        獅鼓三星鼓節奏教學影片已上載至本會YouTube頻道，各位學員請回家自行練習。
    """),
    ("zh-Hans", "training_guide"): _lines("""
        龙舟桨手最常见的伤患是肩袖损伤和下背痛，热身时应加入弹力带外旋练习，每组15次，做三组。
        醒狮基本步法：四平马、弓步、跪步、麒麟步，初学者先练稳马步，才可以上狮头。
        本届全国武术锦标赛将于十一月在新加坡体育学校举行，设套路与散手两大项目，报名截止日期为十月十日。
        练太极拳时膝盖不要超过脚尖，重心移动要慢；膝盖有旧伤者请先咨询医生或物理治疗师。
        廿四节令鼓由陈徽崇与陈再藩于1988年在新山创立，如今已成为马来西亚华社最具代表性的表演艺术之一。
        高桩醒狮比赛评分标准：动作难度30分、技巧完成度30分、狮子神态20分、鼓乐配合20分，总分100分。
        户外训练注意补水，每15至20分钟喝一次水；出现头晕、恶心等中暑症状应立即停止，到阴凉处休息。
        龙舟鼓手的任务是跟随领桨的节奏击鼓，而不是自己决定桨频，这点新鼓手常常搞错。
        扭伤处理记住RICE原则：休息、冰敷、加压包扎、抬高患肢，48小时内不要热敷。
        吉隆坡端午节龙舟邀请赛赛道长度500米，设公开组、女子组及青少年组，每队报名费RM1,500。
        舞狮头的人手腕和肩膀负担很大，建议每周做两次前臂和握力训练，例如农夫行走和毛巾引体。
        洪拳以桥手刚劲、马步沉稳著称，代表套路有工字伏虎拳和虎鹤双形拳。
        比赛当日流程：07:00报到，07:30检录，08:00开幕式，08:30第一轮预赛开始，午餐由主办单位提供。
    """),
    ("ms", "pengumuman_kelab"): _lines("""
        Makluman kepada semua ahli: latihan silat gayung pada hari Sabtu ini dibatalkan kerana dewan digunakan untuk majlis lain. Latihan diganti pada hari Ahad jam 8 pagi.
        Kejohanan Perahu Naga Terbuka Putrajaya: pendaftaran pasukan dibuka sehingga 30 Jun. Yuran penyertaan RM800 bagi setiap pasukan.
        Semua peserta wajib memakai jaket keselamatan (PFD) sepanjang berada di atas air. Peserta tanpa PFD tidak dibenarkan menaiki perahu.
        Silat telah diiktiraf UNESCO sebagai Warisan Budaya Tidak Ketara pada tahun 2019, satu kebanggaan bagi semua pesilat di Malaysia.
        Menurut Hikayat Hang Tuah, Hang Tuah bersama Hang Jebat, Hang Kasturi, Hang Lekir dan Hang Lekiu menuntut ilmu persilatan di Gunung Ledang.
        Borang pendaftaran ahli baharu boleh diambil di pejabat kelab atau dimuat turun dari laman web rasmi. Sila lampirkan salinan MyKad dan sekeping gambar berukuran pasport.
        Tempahan persembahan tarian singa untuk majlis perasmian syarikat boleh dibuat melalui talian pejabat persatuan 03-7865 4410 (Isnin hingga Jumaat, 9 pagi hingga 5 petang).
        Kejohanan Silat Olahraga Peringkat Negeri Selangor akan diadakan di Stadium Malawati, Shah Alam pada 14-16 Ogos. Pengurus pasukan diminta hadir ke mesyuarat teknikal.
        Tips: sebelum berlatih tempur, pastikan pelindung badan, pelindung gigi dan pelindung kemaluan dipakai dengan betul.
        Yuran tahunan ahli dewasa RM120, pelajar RM60. Bayaran boleh dipindahkan ke akaun Maybank 5641 2298 0137 atas nama Persatuan Perahu Naga Pulau Pinang; nyatakan nombor ahli sebagai rujukan.
        Jadual latihan perahu naga bulan Ramadan: latihan dipindahkan ke selepas terawih, 10.00 hingga 11.30 malam di Tasik Titiwangsa.
        Keputusan Akhir Kategori Terbuka Campuran 200m: Johan Pasukan Naga Biru Melaka; Naib Johan Kelab Dayung Kuala Lumpur; Ketiga Pasukan Bomba Selangor.
        Peserta bawah umur 18 tahun perlu mendapatkan kebenaran bertulis ibu bapa atau penjaga. Borang kebenaran boleh didapati di kaunter pendaftaran.
        Nombor rujukan tuntutan insurans kumpulan kelab: CLM-MY-2026-0048812; sila gunakan nombor ini setiap kali berurusan dengan pihak penanggung insurans.
    """),
    ("mixed", "group_chat"): _lines("""
        Eh guys tmr training 6.30am sharp at Kallang Water Sports Centre ah, bring own paddle and water bottle, don't late again ok
        明天 training cancel lah, weather app show thunderstorm whole morning, we reschedule to Sunday same time 😅
        Anyone selling second-hand carbon paddle? Budget around S$200, length 120cm, PM me if got
        聽日醒獅 training 改咗喺籃球場，因為禮堂要借俾學校開家長會，唔該大家早少少到
        Bro the new lion heads from Foshan arrived already, super light, later training we try ok 🦁
        Kawan-kawan, esok bawak baju merah sekali ya, we got performance at the mall opening 10am, 集合 9am at loading bay
        who got the 鼓 key ah? store room locked, cannot take out the drum
        大家记得下个月 Penang 比赛 need passport or MyKad copy for registration, 截止日期是这个星期五
        Reminder: 月费 RM50 please bank in to the association account by 10th, screenshot send to treasurer, thanks 🙏
        今日落大雨 but still got class, we train indoor 行拳 instead of 樁 ok
        Sifu say next week grading, 初级 students must know 小念头 complete, don't play play
        Got anyone free on 29th Dec? Company dinner at Marina Bay need 2 lions + drum, pay S$80 per person
        舵手 training this Sat, only for those interested to learn steering, max 6 people, first come first serve
        Wah today 2km time trial everybody PB leh, the new stroke technique really works 🔥
        各位，端午节 race day parking very limited, please carpool or take MRT to Bedok, 不要 drive
        Jangan lupa sunblock esok, last year ramai kena sunburn teruk at Putrajaya lake 🥵
    """),
    ("en", "form_template"): _lines("""
        MEMBERSHIP APPLICATION | Full name (as in NRIC/Passport): ____________ | NRIC/FIN: __________ | Mobile: __________ | Emergency contact: __________ | Blood group: ____
        Indemnity & Waiver: I, [NAME], holder of [ID TYPE/NO.], acknowledge that dragon boating involves inherent risks including capsizing and drowning, and I take part at my own risk.
        Parental Consent: I, the parent/guardian of ______________ (student name), give permission for my child to take part in the lion dance performance on ___/___/20__.
        Incident Report Form IR-03 | Date/Time of incident: ______ | Location: ______ | Name of injured person: ______ | Nature of injury: ______ | First aid given by: ______
        Email template: Dear {{client_name}}, thank you for booking {{troupe_name}} for {{event_date}}. Your booking reference is {{booking_ref}}. A 50% deposit is required to confirm the slot.
        CSV header for roster import: seat_no,full_name,id_type,id_last4,mobile,role,swim_test_date,medical_flag
        Medical declaration: Do you have any of the following? [ ] Asthma [ ] Heart condition [ ] Epilepsy [ ] Surgery within the last 6 months [ ] None of the above
        Performance booking form | Event type: Grand opening / Wedding / Corporate / Birthday | Number of lions: __ | Venue address: __________ | Preferred time slot: __
        Crew substitution request (Form SB-2): Outgoing paddler ____ | Incoming paddler ____ | Reason ____ | Team manager signature ____
        {"event": "SDBF2026", "category": "OPEN_MIXED_20", "heat": "3B", "lanes": 4, "distance_m": 200, "crew_lock_hours": 72}
        Grading certificate template: This is to certify that ________________ has completed the Level 2 Hung Gar syllabus on ___________. Signed: Chief Instructor
        NRIC/FIN field rule: accept one letter (S/T/F/G/M), seven digits and a check letter; show only the last four characters on printed rosters and never store the full number in the shared spreadsheet.
    """),
    ("mixed", "booking_invoice"): _lines("""
        INVOICE INV-2026-00418 | Client: Sunrise Property Holdings Pte Ltd | Item: Lion dance (2 lions, 1 drum set) grand opening, 12 Feb 2026, 10:08am | Amount: S$1,888.00 | Payment terms 14 days
        訂單號 ORD-8837-2291 · 獅頭 x2、獅被 x2、大鼓 x1 · 順豐單號 SF1428837765102 · 預計三個工作天送達
        Quotation QT/26/0093 for a resort CNY walkabout: 3 lions, 1 God of Fortune, 8 performances over 4 days, RM12,800 nett, valid 30 days.
        採青吉時參考：正月初八 上午9:18 或 10:28，請先與商戶確認開業時間。
        Boat hire confirmation BK-558120: 1 x 20-seater dragon boat, Sat 14 Mar, 0700-0900, Bedok Reservoir, S$240 incl. drum and steering oar.
        Tempahan No. TMP-2026-117: Persembahan tarian singa sempena pembukaan cawangan baharu Kedai Emas Wah Seng, Jalan Tun Abdul Razak, Ipoh, 2 singa, RM2,200.
        发票号码 No. 04417762 / 购买方：新山中华公会 / 项目：醒狮表演两场 / 金额：RM1,600.00
        Group insurance policy ref. GPA-SG-7734201 covers all registered members for personal accident during training and competition, max S$50,000 per claim.
        Ticket #HD-40917 opened: club website booking form returns error 500 when selecting a date after 31 Dec. Assigned to web vendor, priority P2.
        龍舟錦標賽報名費收據 編號 R-115-000873 / 隊伍：台電龍舟隊 / 金額 NT$6,000 / 經手單位：體育局
        Paddle order: carbon paddle model KBC-2025 x 10, blade size L, shaft 118cm; SKU KB-CB-118-L; unit price S$268.
        PayNow to UEN 201912345K (Lion Heart Cultural Troupe Ltd); please put the invoice number in the reference field.
        醒獅表演報價：商場巡遊45分鐘 HK$8,800，包括兩隻獅、大頭佛一名及鑼鼓隊，交通費另計。
        Booking ref WS-2026-0212-A: lion dance at a Raffles Place office lobby, 9.28am; access and loading arranged through the building management office on Level 1.
        Tracking number NVSG0003378271: Ninja Van shipment of 20 team jerseys, out for delivery today.
    """),
    ("zh-Hant", "history_culture"): _lines("""
        李小龍早年在香港隨葉問學習詠春拳，後赴美國發展並創立截拳道。
        黃飛鴻是清末民初的廣東武術家，精於洪拳，其事蹟後來被改編成多部電影，以徐克執導的《黃飛鴻》系列最為人熟知。
        端午節賽龍舟相傳是為了紀念戰國時期楚國詩人屈原投汨羅江。
        霍元甲於1910年在上海創辦精武體操會，後改名精武體育會，分會遍及東南亞。
        金庸小說《射鵰英雄傳》中，郭靖拜江南七怪為師，後得洪七公傳授降龍十八掌。
        甄子丹主演的電影《葉問》於2008年上映，帶動了一股學詠春的熱潮。
        南獅又稱醒獅，起源於廣東佛山一帶；北獅造型較接近真獅，常見於華北地區。
        台灣的宋江陣結合武術與陣法，常見於南部廟會，是民俗體育的代表之一。
        大澳端午龍舟遊涌已列入國家級非物質文化遺產名錄。
        大頭佛在舞獅表演中負責引獅，手持葵扇逗獅，增添喜慶氣氛。
        現代國際龍舟賽事一般追溯至1976年香港舉辦的國際龍舟邀請賽。
        詠春拳相傳由嚴詠春所創，但這位傳說人物是否真有其人至今仍有爭議。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Roster | Seat 3 | TAN WEI MING | S8830180C | 9123 4706 | Engine room | Swim test 02/2026 passed
        Incident report 14 Jul 2026, 0745h, Bedok Reservoir: paddler Nurul Aina binti Rosli (24) dislocated her left shoulder on the catch during a 500m piece; conscious, taken by ambulance to Changi General Hospital A&E; team manager informed.
        Hi Coach, this is Marcus Oliveira's mum. He was diagnosed with mild asthma last month, please let him rest if he starts wheezing. My number is 8765 0291 if anything happens.
        Members with outstanding fees as of 30 Sep: Darren de Souza (S$180, 3 months), Kavitha a/p Murugan (S$60), Lee Jun Jie (S$120). Please settle before the AGM.
        CNY house blessing booking: Mr & Mrs Goh Chee Hwa, Blk 412 Bedok North Ave 2 #08-115, Singapore 460412, 2nd day of CNY 11:18am, 1 lion, S$388, deposit paid.
        Stanley crew declaration | CHEUNG TSZ CHUN | HKID K025174(7) | DOB 03/11/1994 | Seat 7 | Dragon Spirit Paddling Club
        Disciplinary note: Ryan Teo Jun Hao (Sec 3, Bedok Green Secondary) is suspended from the competition squad for two weeks for swinging the wooden staff at juniors without supervision.
        Card on file for annual dues auto-debit: VISA 4563 5244 2590 4844 exp 09/28, cardholder JEREMY PEREIRA.
        Emergency contact for Priya d/o Nair (paddler, seat 11): mother Lakshmi Nair, 9688 3125. Allergic to penicillin.
        New member from Japan, Kenji Watanabe, FIN G6448511W, on an Employment Pass, joins the Sunday karate class from 5 Oct.
        Physio update for head coach: Arjun s/o Ramasamy had his ACL reconstruction on 2 Aug at Tan Tock Seng, cleared for light land training only, no sparring until January.
        Lost & found: the blue Yonex bag left at the boathouse belongs to Chloe Ng Hui Min; her dad will collect it Thursday in his white Honda Vezel SLA 7724 B.
    """),
    "zh-Hans": _lines("""
        队员名单：第5号 林佳慧，身份证 T0552950B，手机 8123 6604，鼓手，B型血。
        【伤病记录】2026年8月3日 狮尾 黄志伟 在高桩练习时从第四根桩摔下，右脚踝骨裂，已送新山苏丹娜阿米娜医院，预计休养六周。
        请于本周五前将报名费RM150转账至教练陈美玲的个人户口 Maybank 1140 2287 5531，备注写孩子名字。
        新学员张伟鸿（槟城钟灵中学初二）的家长微信 zwh_dad_pg88，有事直接联系他。
        中国籍学员刘晓婷，居民身份证 350203199509230468，持学生准证在新加坡读书，报名参加太极拳初级班。
        会员李志强因连续三个月未缴月费共RM150，已被暂停本年度比赛资格，请本人尽快联系财政。
        赛前健康申报：吴嘉俊，男，32岁，有高血压病史，正在服用 Amlodipine 5mg，已获医生证明可以参赛。
        演出预订：客户 郑国华先生，住址 吉隆坡蕉赖 Taman Connaught, Jalan Cerdas 14号，农历正月初六上午10时采青，两头狮，订金RM500已付。
        刘老师您好，我是黄子轩的妈妈，他这周发烧39度，星期六的舞狮班要请假，谢谢。我的电话 012-738 4419。
    """),
    "zh-Hant": _lines("""
        報名表｜姓名：陳嘉欣｜身份證號碼：Y626022(3)｜出生日期：2001年6月12日｜電話：9347 2186｜所屬隊伍：西貢龍舟會女子隊
        傷者記錄：梁家豪（隊員編號 0452）喺赤柱練習時俾槳打中左眼，已送瑪麗醫院急症室，眼角縫咗三針。
        何浩然爸爸話佢個仔下個禮拜要喺伊利沙伯醫院做扁桃腺手術，暫停練功一個月，學費可以順延。
        龍舟隊保險名冊：林冠宇｜A135504192｜1998/03/14｜0918-246-731｜划手
        團體意外險理賠申請：被保險人張雅婷，身分證字號 F223078068，於端午龍舟賽中右手腕扭傷，於新北市立聯合醫院就醫，申請門診理賠。
        龍舟隊財務吳承翰的 LINE ID 係 wu_chenghan0701，要交隊費直接加佢。
        醒獅隊出勤紀錄：鄭偉霆本月缺席四次，教練已致電佢阿媽，佢話個仔最近準備DSE，可能要退隊。
        舞獅訂單｜客戶：何詠詩小姐｜地址：九龍灣德福花園P座18樓C室｜日期：2月10日 上午11:08｜金額 HK$3,800｜備註：新屋入伙採青
        師傅，我係張詠詩嘅阿媽，佢上星期練刀嗰陣割傷手，縫咗五針，呢兩個禮拜唔可以練器械，唔該你留意下。
        出國參賽名單（旅行社代辦）：黃俊傑，護照號碼 318624971，效期 2031/05/20，隨隊前往新加坡參加龍舟賽。
    """),
    "ms": _lines("""
        Senarai peserta: 1. MUHAMMAD HAFIZ BIN KAMARUDIN | 030515-10-1287 | 013-558 2917 | Pendayung kiri
        Laporan kecederaan: Siti Hajar binti Abdullah (No. ahli 0317) terseliuh buku lali kanan semasa latihan silat pada 12/8, dirujuk ke Hospital Tengku Ampuan Rahimah Klang.
        Ibu bapa Nur Qistina binti Azman (Tingkatan 2, SMK Seksyen 7 Shah Alam) memaklumkan anak mereka menghidap epilepsi dan perlu berehat jika keletihan.
        Tuan, saya Rajesh a/l Subramaniam, No. KP 880921-07-5543, ingin menuntut pampasan insurans bagi kecederaan lutut semasa regata perahu naga di Teluk Bahang.
        Yuran Amirul Hakim bin Zainal belum diterima sejak Mac; jumlah tertunggak RM240. Sila hubungi beliau di 011-2847 6150.
        Alamat penghantaran baju pasukan: Puan Rohani binti Ismail, No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam, Selangor. Tel 012-663 0948.
        Tempahan tarian singa rumah terbuka: En. Lim Boon Hock, No. 8 Lorong Seri Indah 2, Ayer Hitam, Johor, hari ketiga Tahun Baru Cina jam 11 pagi, deposit RM200 sudah dibayar.
        Catatan jurulatih: Danial, anak Cikgu Fauziah, budak paling tinggi dari kelas 4 Bestari SK Taman Melawati, selalu datang lewat dan pernah bergaduh dengan rakan semasa latihan.
        Pemindahan ahli: Tan Mei Fong, MyKad 951203-14-6632, berpindah dari Kelab Wushu Cheras ke Kelab Wushu Kepong berkuat kuasa 1 Oktober.
    """),
    "mixed": _lines("""
        eh @kelvin_lsy tmr u still coming or not? coach say if u skip again kena drop from race crew liao
        guys pls PayNow the jersey $ to me 9127 5580, each $35, thx, Jasmine Koh 🙏
        yap chee keong 今日 training hurt his back again lah, doctor say L4-L5 slip disc, he out for Penang race liao
        hi sifu, i'm goh mei ling, wei ling's mum, she cannot come tonight, fever 38.5, will send MC later
        Penang trip rooming list: Room 1208 Teoh Kah Seng & Ooi Jia Hao | Room 1209 Nur Izzati binti Hamdan & Loh Xin Yi | check-in Fri 3pm, Hotel Jen Penang
        Transport claim: Ong Siew Ling, 63km Ampang to Putrajaya return, RM0.60/km = RM37.80, bank in to CIMB 7012 3349 88
        聽日 Stanley race 嘅旅遊巴, Alvin Chan Ka Lok 同佢 gf 會 late join, 佢哋9點先到, 有事 call Alvin 6382 4157
        Desmond Lau, our lion dance sifu at the Ang Mo Kio branch, Telegram @desmondlau_ldance, he's the one to ask for private classes
        Lost item: Woon Li Ting's wallet found at the boathouse, got her NRIC S9232562H and an OCBC card inside, pls DM me to collect
        報名 summary: 王柏翰 / Wang Po-Han, TW ID E124089973, mobile 0937-552-814, coming to SG for the club exchange 12-15 Nov, staying at Hotel Boss
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you help me write an email to our insurer about a paddler who got hurt at training last Saturday?",
        ),
        (
            "assistant",
            "Sure. Please give me the paddler's name, policy or member details, date and place of the incident, the injury and what treatment was given.",
        ),
        (
            "user",
            "Name is Benjamin Rozario, NRIC S7917464E, member of Kallang River Paddlers. 21 Feb 2026 about 8am at Kallang, he fractured two fingers on the right hand when the boats clashed. Treated at Singapore General Hospital A&E, now on 3 weeks MC. Policy GPA-SG-7734201.",
        ),
        (
            "assistant",
            "Dear Claims Team, Re: Policy GPA-SG-7734201. We wish to notify a personal accident claim for our member Mr Benjamin Rozario (NRIC S7917464E). On 21 Feb 2026 at about 8am at Kallang, he fractured two fingers of his right hand when two boats collided during training. He was treated at SGH A&E and has been given 3 weeks of medical leave. Please advise on the documents required. Yours faithfully, Team Manager",
        ),
    ],
    [
        ("user", "幫我寫個WhatsApp訊息俾醒獅班師傅請假，要有禮貌啲。"),
        ("assistant", "冇問題，你想請幾耐假？係邊個學員、咩原因？"),
        (
            "user",
            "我個女叫李曉晴，讀聖保祿學校中二，佢琴日跌親扭傷右膝，醫生話要休息兩個禮拜，今個月嘅練習同下個月初嘅新春表演都去唔到。",
        ),
        (
            "assistant",
            "師傅你好，我係李曉晴嘅媽媽。曉晴琴日跌親扭傷咗右膝，醫生吩咐要休息兩個禮拜，所以今個月嘅練習同埋下個月初嘅新春表演都未能參加，唔好意思。佢康復之後會盡快返嚟練習，多謝師傅體諒！",
        ),
    ],
    [
        ("system", "Anda pembantu pentadbiran kelab silat. Jawab dalam Bahasa Melayu."),
        (
            "user",
            "Tolong susun senarai ini dalam bentuk jadual: Ahmad Zaki bin Osman 060218-01-3391 019-442 7108; Nurul Huda binti Saad 071130-01-5726 017-880 3215",
        ),
        (
            "assistant",
            "| Bil | Nama | No. MyKad | Telefon | / | 1 | Ahmad Zaki bin Osman | 060218-01-3391 | 019-442 7108 | / | 2 | Nurul Huda binti Saad | 071130-01-5726 | 017-880 3215 |",
        ),
        (
            "user",
            "Terima kasih. Tambah lajur tali pinggang: Ahmad Zaki tali pinggang hijau, Nurul Huda tali pinggang merah.",
        ),
    ],
    [
        ("user", "帮我写一条确认短信给客户，是新年采青的订单。"),
        ("assistant", "好的，请提供客户称呼、地址、日期时间、狮子数量和费用。"),
        (
            "user",
            "客户是蔡淑芬女士，地址 新山 Taman Pelangi, Jalan Kuning 2, No. 37，正月初九早上9点18分，一头狮，RM488，已付订金RM200，她的电话 016-772 3049。",
        ),
        (
            "assistant",
            "蔡女士您好！确认您的采青预约：正月初九上午9:18，地点新山 Taman Pelangi, Jalan Kuning 2, No. 37，一头狮，费用RM488，已收订金RM200，余款RM288请于当天付清。如有更改请致电我们。祝新年快乐！",
        ),
    ],
    [
        (
            "system",
            "You are the membership bot of a dragon boat club in Singapore. Keep records accurate.",
        ),
        (
            "user",
            "update member record pls: Shanice Lim Pei Xuan, new mobile 8246 1937, moved to Blk 221 Jurong East St 21 #05-312",
        ),
        (
            "assistant",
            "Updated. Shanice Lim Pei Xuan: mobile 8246 1937; address Blk 221 Jurong East St 21 #05-312. Anything else to change?",
        ),
        ("user", "also note she's pregnant, so take her off the race crew until next season"),
        (
            "assistant",
            "Noted. Shanice Lim Pei Xuan removed from the race crew until next season with a confidential medical note.",
        ),
    ],
    [
        (
            "user",
            "I need to check if this HKID is typed correctly before I submit our crew list: WONG CHI HANG, A694090(3)",
        ),
        (
            "assistant",
            "The check digit for A694090 works out to 3, so A694090(3) is consistent. Please still compare it against the original card.",
        ),
        (
            "user",
            "thanks. he's our steerer, born 1989, and his phone is 5128 3364 in case the organiser asks",
        ),
    ],
    [
        ("user", "請幫我寫一封龍舟賽受傷的保險理賠申請信。"),
        ("assistant", "好的，請提供被保險人姓名、身分證字號、受傷日期、地點、傷勢及就醫醫院。"),
        (
            "user",
            "被保險人：蔡宗翰，身分證字號 H107362841，6月19日在台北大佳河濱練習時肩膀脫臼，送臺北馬偕醫院急診，住院兩天。",
        ),
        (
            "assistant",
            "敬啟者：本人蔡宗翰（身分證字號 H107362841）於6月19日在大佳河濱公園參加龍舟隊練習時肩膀脫臼，隨即送往臺北馬偕紀念醫院急診並住院兩天。茲檢附診斷證明書及收據，申請團體意外險理賠，敬請惠予辦理。申請人：蔡宗翰",
        ),
    ],
    [
        (
            "user",
            "I'm Nadia Rahman, 29, I paddle with a club in KL. Since last month my right wrist clicks and hurts when I pull, especially the last 20 strokes.",
        ),
        (
            "assistant",
            "That sounds like it could be tendon irritation, such as de Quervain's or intersection syndrome, common in paddlers. Reduce load, ice after sessions and see a sports physio if it persists beyond two weeks.",
        ),
        (
            "user",
            "ok I have an appointment at Pantai Hospital on Thursday. Can you give me a list of questions to ask?",
        ),
    ],
    [
        ("user", "Tolong buat mesej WhatsApp untuk ingatkan ahli yang belum bayar yuran."),
        ("assistant", "Boleh. Siapa nama ahli itu dan berapa jumlah tertunggak?"),
        (
            "user",
            "Mohd Faizal bin Rahmat, tertunggak RM180 sejak Jun. Nombor dia 014-309 6652. Dia juga belum pulangkan jaket PFD kelab.",
        ),
        (
            "assistant",
            "Assalamualaikum Encik Mohd Faizal bin Rahmat, sekadar peringatan mesra bahawa yuran keahlian anda sebanyak RM180 tertunggak sejak Jun. Mohon jelaskan bayaran dan pulangkan jaket PFD kelab secepat mungkin. Terima kasih.",
        ),
    ],
    [
        (
            "user",
            "need help format flight list for our lion dance troupe going to Taipei, airline want passport details",
        ),
        (
            "assistant",
            "Sure, send me the names as in passport, passport numbers, expiry dates and nationality.",
        ),
        (
            "user",
            "LEONG KAH WAI, K4829173F, exp 14/07/2031, SGP; SHARMILA D/O KRISHNAN, K5102748R, exp 02/11/2029, SGP",
        ),
        (
            "assistant",
            "1. LEONG KAH WAI | K4829173F | 14 Jul 2031 | Singapore / 2. SHARMILA D/O KRISHNAN | K5102748R | 02 Nov 2029 | Singapore",
        ),
    ],
    [
        ("user", "帮我写一封推荐信，推荐我的学生申请新加坡体育学校的武术奖学金。"),
        ("assistant", "好的，请告诉我学生的姓名、年龄、学校、训练年资和比赛成绩。"),
        (
            "user",
            "学生叫许嘉乐，12岁，现在读德明政府华文小学六年级，跟我练南拳四年，去年全国青少年武术锦标赛南拳组冠军。我的电话 9736 4108。",
        ),
        (
            "assistant",
            "敬启者：本人谨推荐许嘉乐同学申请贵校武术奖学金。嘉乐现年12岁，就读德明政府华文小学六年级，随本人学习南拳已有四年，去年荣获全国青少年武术锦标赛南拳组冠军。他勤奋自律，品行良好。如需进一步了解，请致电 9736 4108。",
        ),
    ],
]
