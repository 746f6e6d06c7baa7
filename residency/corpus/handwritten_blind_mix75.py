# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix75: karaoke, KTV and nightlife in SG/MY/HK/TW (bookings, memberships, lost items, incidents, rosters). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix75
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "house rules and notices"): _lines("""
        Room rates (Mon–Thu before 7pm): Small room (up to 4 pax) $18/hr, Medium (5–8 pax) $28/hr, Large (9–15 pax) $45/hr. Prices subject to 10% service charge and 9% GST.
        House rules: No outside food or drinks. Corkage of $30 per bottle applies to wine and spirits brought in with prior approval from the duty manager.
        Patrons must be 18 years and above after 10pm. Staff may ask to see photo ID at the entrance; we check it visually and never keep a copy.
        Notice: From 1 Jan 2027, all Friday and Saturday night bookings require a $50 deposit, refundable if cancelled at least 24 hours before the slot.
        Lost & found: Items are kept for 30 days. To claim, quote the item reference on the tag (e.g. LF-2611-034) and describe the item. Unclaimed items will be donated or disposed of.
        Please do not stand on the sofas or tables. Damage to microphones, remotes or screens will be charged at cost. Mic replacement: $180 per unit.
        Happy Hour Mon–Fri 12pm–6pm: 3 hours for the price of 2. Student rate $9.90 per head with a valid student card shown at the counter.
        For reservations call our Orchard outlet at 6733 0188 (11am–11pm daily) or book through the app. Walk-ins are subject to room availability.
        CCTV is in operation in all corridors and public areas of these premises for the safety of our patrons. Karaoke rooms are not recorded.
        In case of fire, leave your belongings, follow the green exit signs and assemble at the open car park opposite Block B. Do not use the lift.
        Membership tiers: Silver (spend $300 in 12 months), Gold ($1,200), Platinum ($3,000). Gold members enjoy 15% off room charges and priority booking on public holidays.
        Kitchen last order 1:30am; last song entry 2:45am; premises close at 3am sharp on Fri, Sat and the eve of public holidays.
        All outlets will be closed on 6 Feb 2027 (first day of Chinese New Year) and reopen on 7 Feb at 2pm with CNY packages from $388.
        Birthday package: 3-hour room, one 1kg cake, a bottle of house wine and a song dedication on the big screen. Book 3 days ahead; minimum 6 pax.
    """),
    ("zh-Hant", "booking terms and membership"): _lines("""
        訂房須知：週五、六及國定假日前夕之包廂請提前三天預訂，保留時間為預約時段開始後15分鐘，逾時將自動釋出。
        包廂低消：小包廂每人180元、中包廂每人220元、大包廂每人260元，另加一成服務費，未達低消以低消計算。
        會員權益說明：生日當月憑會員卡歡唱享八折，點歌系統日韓新歌每週四更新。
        失物招領公告：十一月份拾獲物品清單已張貼於櫃檯，包括黑色長夾三個、AirPods 兩副、雨傘十二把，請失主攜帶證件至櫃檯認領。
        本店規定：未滿十八歲者晚上十一點後須由家長陪同，入場時請配合出示證件。
        【香港】下午場優惠：星期一至四 12:00-18:00 每位$78，包無限飲品及小食一份；學生憑學生證再減$10。
        本店已按《公眾娛樂場所條例》領取牌照，場內最多可容納人數為320人。
        全店禁煙：根據《吸煙（公眾衞生）條例》，本處所範圍內禁止吸煙，違者定額罰款$1,500。
        會員積分：每消費$10可得1分，積分於每年12月31日清零，可兌換房租券或飲品券。
        包廂內麥克風已於每場結束後以酒精消毒，如需新的麥克風套請洽服務人員。
        預約代碼格式為兩個英文字母加日期及序號（例如 TP-20261206-17），請於到店時向櫃檯出示。
        線上訂位取消政策：開唱前24小時取消可全額退款；24小時內取消酌收訂金五成。
        包廂內請勿使用自備的無線麥克風或音響設備，以免干擾本店系統，敬請見諒。
    """),
    ("zh-Hans", "store notices and lost and found"): _lines("""
        【失物招领】11月28日晚在VIP 3号房拾获女士手表一只，请失主于12月28日前凭消费收据到前台认领，逾期将交由警方处理。
        温馨提示：本店预订只需出示预订短信即可，无需提供身份证复印件。
        新马两地会员通用：在吉隆坡分店累积的积分可在新加坡分店使用，兑换比例为1马币积分兑0.3新币积分。
        平安夜包厢套餐：中房6小时RM588，含两打啤酒、果盘一份及生日蛋糕一个，名额有限，先订先得。
        本店营业时间：周日至周四 下午1点至凌晨2点；周五、周六及公共假期前夕 下午1点至凌晨4点。
        员工守则第七条：不得私自收取顾客的现金或礼物；如有顾客赠送物品，须向值班经理登记。
        音响设备维修通知：5号、6号、11号包厢将于周二下午暂停开放，请提前改订其他房间。
        点歌系统已更新至 v4.2.1，新增马来歌、泰语歌共1,200首，支持手机扫码点歌。
        防火演习将于12月10日（星期三）下午3点举行，届时所有员工须在停车场集合点名。
        会员卡遗失补办手续费S$5，需在App内提交申请，新卡将于七个工作日内寄出。
        订房单号以“KB”开头，后接12位数字，例如 KB202612060042，请勿与收据编号混淆。
        请各位顾客注意保管随身物品，本店对包厢内遗失的贵重物品恕不负责。
        本月起所有分店统一使用电子发票，如需纸质收据请在结账时向收银员说明。
    """),
    ("ms", "notis dan peraturan premis"): _lines("""
        Notis: Premis ini dilesenkan oleh DBKL. Pelanggan di bawah umur 18 tahun tidak dibenarkan masuk selepas jam 11 malam.
        Harga bilik karaoke: Bilik kecil RM25 sejam, bilik sederhana RM40 sejam, bilik VIP RM90 sejam. Harga sudah termasuk cukai perkhidmatan.
        Dilarang membawa masuk makanan dan minuman dari luar. Caj kebersihan RM50 akan dikenakan sekiranya bilik dikotori.
        Barang hilang akan disimpan selama 14 hari sahaja. Sila bawa resit atau nombor rujukan tempahan untuk menuntut.
        Pakej hari jadi: 4 jam nyanyian, kek 1kg dan 2 jag minuman ringan pada harga RM299. Tempahan minimum 5 orang.
        Sempena musim perayaan, cawangan Kota Kinabalu akan beroperasi dari 2 petang hingga 4 pagi bermula 20 Disember.
        Kakitangan diingatkan supaya tidak berkongsi kata laluan sistem POS. Setiap syif perlu log masuk menggunakan akaun sendiri.
        Keahlian Emas: belanja RM1,500 dalam tempoh 12 bulan untuk layak mendapat diskaun 15% dan tempahan awal pada cuti umum.
        Sebarang kerosakan mikrofon atau alat kawalan jauh akan dicaj mengikut harga kos. Sila laporkan segera kepada kapten bertugas.
        Latihan kebakaran akan diadakan pada hari Isnin ini jam 3 petang. Semua staf syif pagi wajib hadir.
        Untuk tempahan kumpulan melebihi 20 orang, sila hubungi talian korporat kami di 03-2141 8820 pada waktu pejabat.
        Lagu popular minggu ini: "Cindai" oleh Siti Nurhaliza, "Gemilang" oleh Jaclyn Victor dan "Getaran Jiwa" nyanyian P. Ramlee.
        Sebarang pertanyaan berkaitan insiden di premis sila emel ke aduan@kotaklagu-contoh.my dengan menyertakan nombor rujukan tiket.
    """),
    ("mixed", "staff group chat, operations"): _lines("""
        Guys tonight full house ah, all 24 rooms booked from 9pm. Runners pls top up ice every 30 mins, jangan tunggu customer call.
        今晚 Room 8 aircon 又 rosak, technician said tmr 11am baru boleh datang, so don't assign that room ok.
        POS system down 10 mins just now, 已经 restart 了. If customer ask for receipt, tulis manual dulu then key in later.
        Reminder: 明天 NEA inspection, kitchen team pls clear all the expired sauce, label semua container with date.
        Who took the spare mic batteries from the store room? 仲有两盒 only, 記得 log 低 la.
        Boss says 本月 target hit 92% already, 全部人下个月 got extra RM100 incentive if we cross 100%.
        Lost & found box full liao, 超过30日嘅嘢 this Sunday 会清. Pls check before then.
        CNY roster out in the shared drive, check your own slot. 有问题 PM supervisor, jangan complain dalam group.
        Room 15 karaoke system hang again lah, song list cannot load. I reboot already, if still cannot tukar room for them.
        今日 delivery of Heineken short by 3 cartons, 已经同 supplier 讲咗, they will send tmr before 5pm.
        Customer in Room 3 complain volume too soft, I checked the amp is at max already, maybe the mic problem. Replace first.
        All captains note: from Monday, cashier must count float together with closing manager and sign the sheet. No more solo count.
        Anyone see a black umbrella from VIP 2 tadi? Customer called the outlet asking, 佢话会 come back tmr to collect.
        下星期一 system upgrade 2am–5am, booking app 暂停. Tell customers book via counter only.
        Happy hour crowd today super ramai, 4 groups walk-in waiting 45 mins. Can we open the 2 small rooms on level 2?
        FYI police patrol came at 1am, routine check only, checked licence & fire cert, all OK 👍
    """),
    ("en", "ops logs and references"): _lines("""
        Incident log #INC-2026-1147 | 03/12 01:25 | Room 9 | Glass broken during a party, no injuries, cleaned up by 01:40. Damage $45 waived as goodwill.
        Booking BK-20261206-0331: Medium room, 7 pax, 20:00–23:00, deposit $50 paid via PayNow, status CONFIRMED.
        Invoice INV/KTV/2026/11/00873 — Room $134.00, F&B $212.50, service charge $34.65, GST $34.30, total $415.45.
        Lost item LF-2611-034: iPhone 14, blue, cracked screen protector, found under sofa in Room 12 on 26/11 at 02:10, stored in safe, shelf B.
        Daily sales summary 05/12: 41 rooms sold, avg duration 3.2h, F&B per head $23.80, occupancy peak 22:00–01:00 at 96%.
        Maintenance ticket MT-5582: Room 4 TV HDMI port faulty, part ordered (SKU HDMI-SW-4K-2), ETA 9 Dec. Delivery tracking 9127 4830 5512 SG.
        Staff roster week 50: Mon–Thu 2 captains + 4 service crew + 1 cashier per shift; Fri–Sat 3 captains + 7 crew + 2 cashiers; Sun same as weekday.
        Noise complaint from the neighbouring block logged 30/11 00:50, ref NC-0112; volume limiter set to 85 dB in rooms 1–6 facing the car park.
        Stocktake variance Nov: Tiger Beer -14 btls, Jack Daniel's 700ml -2, Coke can +6. Variance under 2%, no action.
        Refund approved for booking BK-20261129-0117 ($50 deposit) — room aircon failure, group moved to another outlet. Ref RF-0098.
        Fire safety certificate FSC/2026/0412 valid until 31/08/2027; extinguishers serviced 02/12/2026, 14 units.
        Card terminal settlement batch 000219: 87 transactions, Visa $4,210.60, Mastercard $2,987.00, NETS $1,105.40.
        CCTV review request #CR-207 closed: corridor L2 footage 21:00–22:00 on 01/12 reviewed, no incident found, retained 30 days.
        Song DB sync OK at 04:00, 182,440 tracks, manifest sha1 3f9a1c07e4b2d85f60a9e1c2b7d4f08a93e6c511, player firmware 7.3.0.
    """),
    ("mixed", "songs, artists and nightlife talk"): _lines("""
        今晚 top request 又係《海闊天空》, Beyond 真係 forever classic, every group 都一定要唱一次.
        JJ Lin 新歌 already in the system ah? Customers keep asking for 林俊杰嘅 new single, update 咗未?
        Fun fact: 鄧麗君《月亮代表我的心》is still the most sung Mandarin song across our SG and MY outlets according to our song data.
        Lagu lama Siti Nurhaliza pun masih top 20 kat outlet KL, especially "Cindai" dan "Nirmala".
        Eason 陳奕迅《浮誇》 is the song most likely to be cut halfway, customers can't hit the high notes lol.
        Karaoke was invented in Japan in the early 1970s; Daisuke Inoue is usually credited with building the first 8 Juke machine.
        台灣KTV文化：以前大學生最愛夜唱，通宵時段一人三百多元就可以唱到天亮。
        Tips for first-time 夜唱: book the 凌晨 time slot, bring throat lozenges, and 記住 check the minimum charge before you order 啤酒.
        Kalau nak nyanyi lagu Jay Chou 周杰倫, pilih key rendah sikit, 《晴天》tu susah kalau ikut original key.
        香港 KTV 近年少咗好多, 好多細嘅 karaoke 已經執笠, 淨返大型連鎖仲撐緊.
        Which duet songs are good for 公司 annual dinner? Something like 《廣島之戀》 or 《今天你要嫁給我》, 男女合唱 easy to sing.
        Mayday 五月天 concert week = our Saturday rooms full from 6pm, fans come after the show to sing 《倔強》 together.
        Teresa Teng passed away in 1995 but her songs still account for about 8% of requests at our Johor Bahru outlet.
    """),
    ("zh-Hant", "forum questions"): _lines("""
        想問下大家，旺角邊間 K 房可以帶自己嘅蛋糕入去？唔該晒！
        有冇人知K房通宵場一般幾點開始計？我見啲網站寫12點，有啲寫1點。
        公司聖誕party想book 30人大房，銅鑼灣有咩推介？預算每位$300以內。
        有冇人喺K房留低過嘢？通常職員會keep幾耐？我上次唔見咗副耳機，打去問佢哋話冇。
        【教學】點樣喺點歌系統設定升降Key：撳「音調」掣，每撳一下升或降半音，最多正負六個半音。
        台北KTV包廂低消怎麼算？是按人頭還是按包廂？第一次去不太懂，請教一下。
        大家去KTV會唔會擔心有偷拍？聽講有啲舖頭洗手間出過事，應該點檢查？
        求推介啱新手唱嘅廣東歌，唔好太高音，例如《富士山下》難唔難？
        分享：在台灣夜唱最便宜的方法是用學生證，平日凌晨場很多間都有學生價。
        K房職員係咪可以要求睇身份證？佢哋會唔會影印落嚟？咁樣合法嗎？
        問一下，酒吧同K房嘅牌照係咪唔同？想開細型卡拉OK要申請咩牌？
        新手店長求救：員工排班表用Excel定用App好？我哋得12個part-time，想每星期自動排。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Booking confirmation: Ms Tan Wei Ling, 8 pax, Medium Room, Sat 14 Dec 9pm–12am, contact 9127 4836, deposit $50 paid. See you at StarVoice KTV Bugis!
        LOST ITEM CLAIM FORM | Name: RAJESH KUMAR S/O MUTHUSAMY | NRIC: S8412376E | Item: black leather wallet with 2 credit cards | Room: 11 | Date lost: 29/11/2026 | Contact: 8345 2901
        Incident report 02/12: Patron Jonathan Lim Kah Wee (member no. M-004417) was intoxicated and punched the wall in Room 6, injuring his right hand. Friends brought him to Tan Tock Seng A&E at 2:15am.
        Staff roster Sat 7 Dec — Captain: Nur Aisyah binti Rahmat (6pm–3am); Cashier: Leong Mei Fong (6pm–1am); Runner: Kevin D'Cruz (8pm–3am). Aisyah on MC Sunday, replacement TBC.
        Hi Marcus Yeo, your Platinum membership renewal of $288 was unsuccessful as your card ending 8019 was declined. Please update your card at the counter or reply to this SMS.
        Refund of $120 to be credited to card 4532 0188 4630 2272 (Visa) within 7 working days — booking under Chloe Ng, cancelled due to a death in the family.
        Blacklist update: Do not admit DARREN HO JUN KIAT (T0315842F) at any outlet until 31/12/2027 — repeated harassment of female staff on 15/11 and 22/11.
        Pls note Mr Peter Fernandes (Eurasian gentleman, regular at Friday happy hour) has a severe peanut allergy — kitchen to prepare his orders separately. Mobile 9684 1127.
        Lost & found log: 26/11 01:40 Room 3 – pink Samsung phone, owner Chua Hui Min called from her friend's number 8812 3390, will collect Sat with IC.
        Membership application — Full name: Priya d/o Ramasamy; DOB: 14/03/1997; Email: priya.ramasamy97@gmail.com; Mobile: +65 9273 0458; Preferred outlet: Jurong East.
        Corporate booking for Helix Analytics year-end party — organiser Daniel Koh (HR exec), personal mobile 9046 7712, invoice to company, 40 pax, 2 VIP rooms joined.
        Vehicle SKL 2288 E belonging to the customer in VIP 1 (Mr Alvin Teo) was towed from the loading bay at 11:40pm; he says he will claim the towing fee from us.
    """),
    "zh-Hant": _lines("""
        訂房確認：陳家豪先生，明晚（12月7日）8時至11時，中房6位，聯絡電話 9146 2287，已付訂金$200。
        失物認領登記｜姓名：黃詠琪｜身份證號碼：K583924(6)｜物品：Chanel 銀包一個，內有八達通及現金約$800｜房號：15｜聯絡：6382 0915
        事故報告：12月1日凌晨1時30分，客人李志明喺16號房飲醉跌倒，頭部撞傷流血，已召救護車送伊利沙伯醫院。同行朋友話佢有糖尿病。
        會員資料更新：林雅婷小姐，會員卡號 VIP-0388，新手機 0928-613-402，新地址：台北市大安區和平東路二段96巷17號4樓。
        員工更表（12月第二週）：阿明（梁子明）星期一至三夜更；Candy 蔡嘉欣星期四放假（要去覆診）；陳sir（陳國輝）星期六通宵更。
        黑名單通知：客人張偉強（身分證 F228391048）於11月23日酒後毆打服務生，已報警處理，各分店禁止其入場。
        【夜班交接】303包廂的吳先生（吳俊賢，老客人）又賒帳 NT$6,800，說下週發薪再付，經理已同意，請記錄。
        退款申請：客人許美玲因懷孕不適取消生日包廂預約，訂金 NT$1,000 退回其中國信託帳戶 8215-4039-1762。
        喂 Ken 哥，上次話要搵嘅嗰個女仔叫何詠詩，佢 LINE id 係 wingsze.h0823，逢星期五都喺銅鑼灣嗰間K做兼職。
        會員投訴：本人周志豪（會員號碼 HK-55810）昨晚喺尖沙咀分店被職員誤會冇畀錢，當眾搜袋，要求道歉。電話：5173 4406。
        香港身份證 Y662183(8) 嘅持有人劉嘉欣已經第三次遺失會員卡，今次補卡收費$50，請櫃檯跟進。
    """),
    "zh-Hans": _lines("""
        预订信息：王浩然先生（中国游客），护照号 EA4829173，12月20日晚包VIP房，8人，微信 wxid_k7q2m9p1vz03。
        失物登记：客人刘思雨（身份证 440106199304173629）在6号房遗失金手链一条，已报警，联系电话 138 2745 6190。
        员工请假单｜姓名：郑丽华｜职位：收银员｜请假日期：12月9日至12月12日｜原因：陪母亲在新加坡中央医院做手术｜主管签名：________
        内部通知：服务员林凯文因多次迟到并私收顾客红包，即日起停职调查，请各位不要与客人讨论此事。
        会员投诉记录：黄志强先生（会员卡 G-10293）称上周五在芽笼分店被收取两次房费，共S$136，要求退款至其 DBS 账户 027-284613-9。
        各位注意：昨晚VIP 2 的客人陈美珊小姐喝醉后把手机留在房里，她姐姐打 8634 5512 来问，已确认手机在保险箱。
        通报：11月30日凌晨，顾客赵宇航（北京来的，身份证号 110105198809251437）与邻房客人发生冲突，双方均被警方带走问话。
        生日会预订：熟客蔡依琳小姐，12月15日晚，中房10人，备注：她对酒精过敏，所有饮品换成无酒精版本，联络 9735 2618。
        兼职工资表（11月）：周家伟 62小时 S$620，银行账号 POSB 183-45672-9；苏晓婷 48小时 S$480，PayNow 8127 6604。
    """),
    "ms": _lines("""
        Tempahan bilik: Encik Muhammad Faiz bin Abdullah, 6 orang, Sabtu 14/12 jam 9 malam, bilik sederhana. No. tel: 012-398 7741.
        BORANG TUNTUTAN BARANG HILANG | Nama: SITI NORHIDAYAH BINTI KAMARUDDIN | No. K/P: 980722-10-6384 | Barang: beg tangan coklat, dompet & kunci kereta | Bilik: 9 | Tel: 016-552 0938
        Laporan insiden: Pelanggan bernama Kumaresan a/l Subramaniam pengsan dalam bilik 12 kira-kira jam 1.50 pagi, disyaki dehidrasi, dibawa ke Hospital Kuala Lumpur dengan ambulans.
        Jadual syif minggu ini: Hafiz (Mohd Hafiz bin Osman) – malam Isnin hingga Rabu; Kak Ros (Rosnah binti Yusof) cuti bersalin sampai 20 Jan; Ah Seng (Lim Chee Seng) ganti syif Kak Ros.
        Makluman: Ahli Platinum Nurul Izzah binti Hamdan (no. ahli MY-22817) minta bayaran balik RM180 ke akaun Maybank 1642 3018 7725 kerana siling bilik bocor.
        Senarai hitam — NG KOK WAI, K/P 010905-07-0311, dilarang masuk semua cawangan selepas bergaduh dengan pengawal keselamatan pada 16/11.
        Bro, member kita Arif Hakimi tu tak bayar lagi share bilik malam tadi RM45, IG dia @arif.hkm_ — tolong tag dia dalam group.
        Surat amaran pertama kepada Puan Devi a/p Krishnan (pekerja no. 0417, kapten) kerana meninggalkan tempat kerja tanpa kebenaran pada 28 November 2026.
        Pelanggan Encik Wong Jia Hao minta resit dihantar ke emel wongjiahao.88@yahoo.com, bayaran dengan kad Mastercard 5264 1890 2734 6155.
    """),
    "mixed": _lines("""
        Eh guys, tonight Room 7 booking under Jessica Lau, her number +852 9821 3364, she say 会迟到 30 mins, hold the room ok.
        Boss, Tan Mei Ling today MC again, 她说 gastric, tapi semalam IG story dia at Zouk until 4am leh 😂
        Lost item: 黑色 Coach wallet, IC inside: LEE SOO KIM 950227-13-5020, found Room 4 last night. Siapa kenal dia, pls WhatsApp me 011-2345 8871.
        Reminder to all: 阿Ken (Kenneth Chong) 下个月 last day, 他 resign 因为 family move to Perth. Farewell makan this Sat after closing.
        新 member sign up: 吳宗翰, 身分證 H135077286, LINE: zonghan_wu, 生日 1990/05/11, 喜歡唱台語歌 🎤
        Customer complaint: Mr Raymond Siew said our captain 偷看 his phone password, he wants CCTV footage. His email raymond.siew@outlook.com, 话会 lodge police report.
        Incident tonight: the girl in Room 10, 叫 Yvonne Chan Hoi Yan, 饮到呕 and passed out, friends 话佢 got epilepsy history, ambulance called 02:10.
        Telegram @ahboy_leong 那个 guy 是 Leong Wai Kit, 他欠我们 bar tab $420 already 3 months, jangan bagi dia open tab lagi.
        訂咗 Party Room B for Ah Huat 40th birthday (Tan Ah Huat, Jalan Ipoh 嗰间 hardware shop 老板), 20 pax, deposit RM300 paid by his wife Madam Lim.
        Hi Ong Jia Wei, your KTV membership SG-40928 is now Gold 🎉 Birthday voucher will be mailed to Blk 412 Bedok North Ave 2 #08-117, Singapore 460412.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the WhatsApp booking assistant of Echo Box Karaoke, Causeway Bay."),
        ("user", "hi 想book今晚 9點 6個人 中房"),
        ("assistant", "收到！請提供訂房人姓名同聯絡電話，我哋幫你留房。"),
        ("user", "何俊傑, 9340 2268"),
        (
            "assistant",
            "多謝何先生，已為你預留今晚21:00-00:00中房，訂房編號 EB-1206-019，請準時到達。",
        ),
    ],
    [
        ("user", "Hi, I left my AirPods in Room 5 last night around 1am, can check?"),
        (
            "assistant",
            "Sorry to hear that! Could you give us your full name and contact number so we can check the lost & found log?",
        ),
        (
            "user",
            "Sharon Goh Pei Shan, 9158 3307. They're in a white case with a small cat sticker",
        ),
        (
            "assistant",
            "Thanks Sharon, our staff found them. You can collect at the counter after 2pm, please bring your IC.",
        ),
    ],
    [
        ("user", "Saya nak daftar keahlian. Nama: Amirul Hakim bin Zainal, IC 920314-14-5527"),
        (
            "assistant",
            "Terima kasih Encik Amirul. Sila berikan emel dan nombor telefon untuk akaun ahli.",
        ),
        ("user", "amirul.hkm92@gmail.com, 019 771 2034"),
        (
            "assistant",
            "Pendaftaran berjaya. Kad ahli digital akan dihantar melalui emel dalam masa 24 jam.",
        ),
    ],
    [
        ("user", "幫我寫一封警告信給員工，名字是鄭宇翔，他上週三和週五值夜班都遲到超過一小時"),
        (
            "assistant",
            "好的，草稿如下：鄭宇翔先生您好，經查您於上週三及週五夜班均遲到逾一小時，已違反員工守則第五條，特此書面警告。",
        ),
        (
            "user",
            "再加一句：若再犯將扣除當月全勤獎金3,000元。信要寄到他家：新北市板橋區文化路一段188巷5號3樓",
        ),
    ],
    [
        ("user", "我昨天在你们乌节路分店唱歌，结账时被多收了S$200"),
        (
            "assistant",
            "非常抱歉给您带来不便。请提供您的姓名、联系方式以及付款方式，我们会尽快查核。",
        ),
        ("user", "我叫孙悦，手机 186-2013-7745，用银联卡付的，卡号 6222 0210 0347 5816"),
    ],
    [
        ("system", "Internal writing assistant for outlet managers."),
        (
            "user",
            "Need to write up last night. Customer Benjamin Ong Zhi Wei, around 30, collapsed in VIP 3 at 1:40am.",
        ),
        (
            "assistant",
            "Understood. Was first aid given, and was he conveyed to hospital? I will structure it as time, event, action taken.",
        ),
        (
            "user",
            "Yes, SCDF took him to SGH. His wife said he is on medication for a heart condition. NRIC S9027461I from the booking.",
        ),
    ],
    [
        (
            "user",
            "help me draft a msg to my manager: I'm Carmen Yip from the Mong Kok branch, need to swap my Sat night shift coz my mum is hospitalised at Kwong Wah",
        ),
        (
            "assistant",
            "Sure: Hi Manager, this is Carmen Yip from Mong Kok. My mother has been admitted to hospital, so I would like to swap my Saturday night shift. Thank you for understanding.",
        ),
        ("user", "add my staff no. MK-0261 and my number 6827 1930 at the end pls"),
    ],
    [
        ("user", "Nak book bilik VIP malam Jumaat, 12 orang"),
        ("assistant", "Boleh. Boleh berikan nama dan nombor telefon?"),
        (
            "user",
            "Jason Wong Kah Meng, 017-334 0926. Boleh reserve parking sekali? Kereta WXY 8823",
        ),
        (
            "assistant",
            "Baik Encik Jason, bilik VIP dan parking untuk WXY 8823 telah direkodkan untuk malam Jumaat.",
        ),
    ],
    [
        ("user", "你好，我前天晚上在8號包廂掉了一個錢包"),
        ("assistant", "請問錢包的顏色、款式，以及您的姓名和電話？"),
        (
            "user",
            "咖啡色的LV，裡面有我的身分證 B266410931 還有健保卡，我叫楊佳穎，電話 0955 218 736",
        ),
        ("assistant", "楊小姐您好，已找到符合描述的錢包，請於營業時間攜帶其他證件到櫃檯領取。"),
    ],
    [
        ("user", "How do I register a new part-time staff member for CPF? She's a foreigner."),
        (
            "assistant",
            "Foreign employees on a Work Permit or S Pass do not contribute to CPF, but you still need a valid work pass and must declare her wages in your payroll records.",
        ),
        (
            "user",
            "OK. Her name is Nguyen Thi Hoa, FIN G5173092K, working Fri and Sat nights at our Clarke Quay outlet at $11/hr.",
        ),
    ],
]
