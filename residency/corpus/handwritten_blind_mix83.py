# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix83: K-pop and idol fan clubs in SG/MY/HK/TW (group orders, concert meetups, fan projects, sasaeng doxxing, merch trades). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix83
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "group order notice"): _lines("""
        GO CLOSED: NEONBLUE 3rd mini album 'Afterglow' (random ver) – 212 sets ordered, payment deadline 18 Nov 2359 SGT, late payers will be dropped and the $5 deposit is non-refundable.
        Batch 2 update: parcel left Incheon on 02/12, EMS tracking EE482905117KR, ETA at our SG forwarder 9–11 Dec, then local mailing or self-collect.
        Price breakdown per set: KRW 18,500 → SGD 18.90 + EMS share $3.40 + GO fee $1.00 = SGD 23.30, no hidden charges.
        Reminder: your PayNow reference must be your order code only (e.g. NB-AG-0147), NOT your name or phone number, so we can match transfers on the statement.
        Pre-order benefit (POB) allocation follows payment timestamp; the Ktown4u POB set B is limited to 1 per 5 albums ordered.
        If your parcel shows 'Return to sender', DM the GO account with your order code; please do not post your address in the comments.
        Supplier invoice INV-2024-11-0389 has been uploaded to the GO folder for transparency: total KRW 3,922,000 for 212 units.
        Next GO form fields: order code (auto), preferred nickname, delivery method (normal mail / tracked / self-collect), qty per version. Address and contact are only collected after payment is verified.
        Self-collection slots: Sat 14 Dec 2–5pm and Sun 15 Dec 11am–1pm at Tampines MRT exit B, show your order code screenshot.
        Exchange-rate note: we lock the rate on the day we pay the supplier; any difference under $0.50 per buyer is absorbed by the GO team.
        Combined shipping: if you joined GO #31 and GO #33 you can merge, the system will then show one tracking number like SPXSG04478812693.
        Damaged inclusions policy: dented corners and scratched jewel cases are supplier issues; claims only with an unboxing video from seal to end.
        Malaysia buyers: J&T to West Malaysia RM 8, East Malaysia RM 14; only the postcode is needed at the quotation stage.
        Stock check: Weverse Shop allocation for the Platform ver is 40 units, so order IDs above #40 will be refunded in full by 20 Dec.
    """),
    ("zh-Hant", "小卡交換帖"): _lines("""
        【售】NEONBLUE Afterglow 專輯小卡 智宇 A版 NT$180、海天 B版 NT$150，全新未上手，有卡套卡膜，限面交台北車站或賣貨便。
        【換】用 AURORA8 Sunset 特典卡 x2 換 Lumi 簽售卡，可補差價，先換先得。
        收 VEIL 日巡場販隨機卡 閔瑞 全系列，價格可議，請先附上正反面照片。
        拆專報告：本次共拆 60 張，卡位已按下單順序分配，沒中卡的朋友已退回卡位費 NT$35。
        交易須知：一律先付款後寄出，7-11 賣貨便運費 NT$38 由買方負擔，不接受貨到付款。
        小卡保存建議：用 35pt 卡套加硬質卡膜，不要放在車內，台灣夏天很容易翹。
        本社團禁止以高於原價轉售演唱會門票，違者永久踢出社團。
        港澳朋友注意：順豐寄台灣要報關，商品價值超過 NT$2,000 可能會被課稅。
        收緊 NEONBLUE 韓巡特典，智宇 同 海天 嘅卡全部都要，價錢可以傾，交收地點旺角或者太子。
        卡況說明：A級＝無白點無刮痕；B級＝邊角輕微白點；C級＝有折痕，一律照實標示。
        團號 TW-AF-0912 的拆卡影片已上傳社團相簿，請自行對照卡位表。
        換卡統計：上月社團內共完成 437 筆交換，糾紛 3 筆，均已由管理員調解完畢。
        請勿在留言區貼出匯款帳號、地址或電話，一律私訊處理，保護自己也保護別人。
        出清：VEIL 第二張正規 各版本空專 NT$120 一張，無海報無小卡，適合只想收 CD 的朋友。
    """),
    ("zh-Hans", "应援项目公告"): _lines("""
        【NEONBLUE 智宇 生日应援】地铁 LED 广告将于 3 月 10 日至 16 日在 Dhoby Ghaut 站投放，总预算 SGD 4,800，已全部由粉丝众筹完成。
        杯套活动：3 月 14 日 12:00–18:00，地点为 Tiong Bahru 的 Mellow Bean 咖啡店，消费任意饮品即送限定杯套及贴纸一份。
        众筹账目公示：收入 SGD 5,130.50，支出 SGD 4,982.00（LED 4,800 + 印刷 182），余额 148.50 将结转到下一次应援。
        应援手幅领取：演唱会当天 5:30pm 在 Stadium MRT A 出口，每人限领一张，先到先得，发完即止。
        统一应援口号时间点：第三首歌《Afterglow》副歌前的间奏，请大家一起喊「我们的 NEONBLUE」。
        本次公益应援以 NEONBLUE 名义向 Food from the Heart 捐款 SGD 1,000，收据编号 FFTH-2024-08817 已上传群公告。
        手灯统一设置：入场前请在官方 App 完成蓝牙配对，座位区会自动同步颜色，不需要手动输入座位号。
        应援物设计稿投票结果：方案 B（星空蓝渐变）得票 61%，将作为本次所有印刷品的主视觉。
        生日咖啡厅活动不收入场费，但为控制人流每个时段限 40 人，请提前在表格里选时段。
        海外联合应援：新加坡、吉隆坡、香港、台北四地粉丝站将在 6 月 2 日同步投放生日广告。
        应援物料顺丰单号 SF1408823375502 已出库，预计周四到达，到货后统一分装。
        请大家不要私下接机或跟车，粉丝站不会组织任何前往酒店或机场的活动。
        如需开具发票用于公司报销，请在众筹备注里填写公司抬头，个人参与者无需填写。
        本次募集共 312 人参与，最高单笔 SGD 200，最低单笔 SGD 5，感谢每一位的支持。
    """),
    ("ms", "maklumat konsert dan meetup"): _lines("""
        Konsert NEONBLUE di Axiata Arena, Bukit Jalil pada 22 Mac 2025; pintu dibuka jam 6.00 petang, persembahan bermula jam 8.00 malam.
        Peminat dinasihatkan naik LRT ke stesen Bukit Jalil; tempat letak kereta di stadium terhad dan dikenakan caj RM 10.
        Barang yang dilarang: kamera profesional, power bank melebihi 20,000mAh, payung panjang dan makanan dari luar.
        Meetup fanbase KL: Sabtu ni jam 3 petang di food court Lot 10, kita tukar photocard dan siapkan banner sama-sama, semua dialu-alukan.
        Harga tiket: CAT 1 RM 788, CAT 2 RM 588, CAT 3 RM 388, belum termasuk caj perkhidmatan RM 4 setiap tiket.
        Jangan beli tiket daripada penjual tak rasmi di Facebook atau Telegram; laporkan penipuan kepada Pusat Respons Scam Kebangsaan di talian 997.
        Nombor tempahan seperti MYT-BJ-00457821 hanya untuk rujukan dalam e-mel pengesahan, bukan nombor tiket masuk.
        Untuk peminat dari Johor, bas sewa berkumpulan bertolak dari Larkin Sentral jam 9 pagi; tambang pergi balik RM 75 seorang.
        Hadiah untuk artis tidak diterima di venue; sila hantar melalui alamat rasmi agensi seperti yang diumumkan di laman web mereka.
        Fanbase ini tidak akan sesekali meminta nombor IC penuh atau kata laluan akaun anda.
        Light stick akan dikawal secara automatik oleh pihak penganjur semasa konsert, jadi tak perlu tekan apa-apa butang.
        Tinjauan fanbase: 68% ahli berumur 16–24 tahun, 22% dari Selangor, 15% dari Johor, selebihnya dari negeri lain.
    """),
    ("mixed", "group chat"): _lines("""
        wah the queue for the merch booth at Indoor Stadium damn long sia, 3 hours alr still haven't reach 😭
        anyone got extra lightstick battery? mine died halfway thru encore, sayang gila
        GO ah, 我 already paid liao, but status still 「pending」 leh, admin can check order NB-AG-0213?
        今晚 VEIL 直播几点开始 ah? KST 8pm means SG 7pm right
        呢個 GO 運費點計㗎？如果寄去新界會唔會貴好多 ah
        korang nak join kongsi teksi lepas konsert tak? last LRT 11.45pm takut tak sempat
        guys jangan share any screenshot of ticket QR ok, orang boleh copy and masuk dulu
        收到 parcel 啦！EMS EE519305262KR 終於 delivered 喇 🥹
        ada sesiapa tahu cupsleeve event tu kat mana? ig post tak letak alamat pun
        拆卡影片 uploaded 咗喇，大家自己睇吓卡位，有問題 PM admin
        the sasaeng stuff is so disgusting, pls don't share those flight seat screenshots in this chat
        我 jio 了三个朋友一起 fan meeting，seats 都是 Cat 2 Sec 215 Row K，ok 吗
        lesson learnt: never pay full upfront to random sellers on Carousell, use Carousell Protection
        佢哋話 Kai Tak 場地音響麻麻，買山頂位嘅朋友要有心理準備
        boleh tak GO admin buat poll untuk next album, aku nak digipack ver je
        老实说 this comeback 的 concept 有点 mid 但是 B-side 超好听
    """),
    ("en", "community safety policy"): _lines("""
        Doxxing rule: posting anyone's real name, school, workplace, address, phone or IC number without consent leads to an immediate permanent ban, whether the target is a fan, an anti or a sasaeng.
        If you receive a threat, screenshot it with the timestamp and username visible, then use the Report button; do not engage.
        Singapore members can lodge a police report online via SPF e-services; harassment may also be pursued under the Protection from Harassment Act.
        Hong Kong members: suspected ticket scams can be reported to the Anti-Deception Coordination Centre hotline 18222.
        Taiwan members: call the 165 anti-fraud hotline if a seller disappears after payment.
        Following idols to hotels, airports or private residences is sasaeng behaviour; members who do so will be removed.
        We never trade or share leaked flight manifests, seat numbers or personal contact numbers of artists or staff; such posts are deleted on sight.
        Moderators will never DM you first asking for payment, OTP codes or your banking login.
        Members under 16 need a parent's consent to attend offline meetups; the consent form asks for a signature only, never an IC number.
        Middleman service: a verified mod can hold payment for trades above SGD 150; the fee is 3% capped at $10.
        Ban appeals can be filed within 14 days via the appeal form; each case gets a reference like APL-0042 and is reviewed by two mods.
        Data retention: GO shipping details are deleted 30 days after the final batch is delivered.
    """),
    ("zh-Hant", "演唱會資訊"): _lines("""
        NEONBLUE 香港站 2025 年 5 月 10 日喺啟德主場館舉行，門票經 Cityline 發售，每人每場限購 4 張。
        台北小巨蛋場次採實名制入場，入場時須出示與購票人相符的證件，請勿購買轉售票以免無法入場。
        亞博館交通：乘機場快綫至博覽館站，散場後會加開班次，尾班車約 00:30 開出。
        票價：VIP HK$1,880（含 soundcheck）、HK$1,280、HK$880、HK$580。
        高雄國家體育場場外排隊區下午 2 點開放，禁止提前一天佔位露營。
        訂票參考編號 KT25-050-778213 只係訂單號碼，入場要用電子飛 QR code。
        搶飛貼士：提早登入、用有線網絡、唔好開多個分頁，否則系統可能當你係機械人。
        場內禁止攜帶自拍棒、專業相機及超過 30cm 嘅應援板。
        香港粉絲站會喺九龍灣國際展貿中心舉辦應援物交收，時間 5 月 9 日下午 2 時至 6 時。
        主辦單位星河娛樂有限公司查詢熱線 3618 2270（辦公時間），退票安排以官方公告為準。
        臺北場購票須先完成會員實名認證，資料由售票系統保存，粉絲站不會經手任何證件資料。
        Encore 應援：第二段 encore 開始時全場一齊舉起藍色手幅。
    """),
    ("mixed", "GO tracker config"): _lines("""
        =IF(COUNTIF(Payments!B:B, A2)>0, "PAID", "PENDING")
        order_code,version,qty,unit_price_sgd,paid_at,delivery_method,status
        GO_BOT_CURRENCY=SGD | GO_BOT_DEADLINE=2024-11-18T23:59:00+08:00 | GO_BOT_MAX_PER_PERSON=5
        order code pattern: ^NB-[A-Z]{2}-[0-9]{4}$ (e.g. NB-AG-0147)
        SELECT order_code, SUM(qty) FROM orders WHERE go_id = 'GO-31' GROUP BY order_code;
        webhook on_payment_matched: set status=PAID, post to #go-updates, log order_code only (no name, phone or address fields)
        rate sheet checksum sha256 dde463fe7531bcb73a64695bb2153944453f2e8c3a9a08e29ff620374a1c602c
        tracker v2.3.1: auto-close form when stock_remaining == 0, album barcode 8804775254321 mapped to Afterglow random ver
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        SCAM ALERT 🚨 seller Jasmine Koh Pei Shan took $420 for 2x NEONBLUE Cat 1 tix and blocked everyone. PayNow 9047 3365, Carousell username koh.jas.tix. DO NOT DEAL.
        GO #31 shipping list row 14: Tan Hui Min | 2x Afterglow random | tracked mail | Blk 418 Bedok North Ave 2, #08-115, Singapore 460418 | 9734 2281 | PAID 17/11
        Hi admin, I'm Priya d/o Ramasamy, I paid for order NB-AG-0147 via PayNow but accidentally used my sister's number 8156 0937, pls match it to me 🙏
        Lost & found at Singapore Indoor Stadium: pink wallet with NRIC S9526528F, name LIM XIN YI CHLOE, an EZ-Link card and 3 photocards. Collect at the Gate 3 info counter.
        Mod log 03/12 22:41 – banned @antineon_x for doxxing: claimed member bubbletea_yeon is Rachel Ong, Sec 4 in a Jurong West school, and posted her mum's mobile 96652031.
        Seoul concert tour ID check | Name as in passport: WONG JIA HUI SHERYL | Passport K3382915B | DOB 14-02-2001 | Mobile +65 8821 4470
        Refund to: Daniel Teo Wei Jie, DBS 027-6-018334, SGD 46.60 (GO #33 cancelled, 2 sets).
        Meetup medical note: Nurul Izzah binti Kamal, 19, epileptic – flashing lightsticks may trigger seizures, seat her near the exit; emergency contact her brother 016-482 7710.
        card for the GO (pls delete after): 4563 2224 4996 3553 exp 08/27, name on card MARCUS YEO
        Selling on behalf of my friend Nicole de Souza, she's moving to Perth next month so everything must go, email her at nicole.desouza.sg@gmail.com
        Genting meetup convoy driver: Ashwin s/o Muthu, car SLJ 4829 E, picking up at Woodlands Checkpoint 7am Sat.
    """),
    "zh-Hans": _lines("""
        清关信息：收件人 陈嘉怡，身份证号 440106199803174001，手机 138 2761 4409，地址 广州市天河区天河北路天河北苑 5 栋 1802 房。
        代购群黑名单：刘思琪（微信号 lsq_kpop0822）收了 6 个人的专辑定金共 ¥1,260 后失联，手机 15920036718，大家小心。
        拼单名单第 7 位：徐雨彤，杭州西湖区，要 3 张智宇签售卡，已转 ¥450，支付宝账号 xyt_2001@163.com。
        扒一下那个站姐：本名 何欣妍，在深圳南山科技园一家公司做 UI 设计，每次都请病假去跟行程。
        机票团报名：姓名 黄子轩，护照 E83926147，出生日期 1996-02-28，身份证 110105199602289758，需要靠窗座位。
        退款申请：王梓涵 招商银行卡号 6214 8393 5181 9099，签售没抽中，退回 ¥380。
        站子招剪辑：负责人 QQ 2837164059，加好友请备注「NB 剪辑」，找 小鹿（林晓彤）就行。
        杯套活动签到：1. 吴佳琪 17722043819 2. 张心怡 186-1173-5502 3. 李梦瑶 已到 4. 孙一诺 未到
        我表妹 郑可欣 今年高二，在厦门双十中学读书，爸妈不让她追演唱会，她偷偷用压岁钱买了两张票。
        拆卡群通知：@赵婉婷 你寄给深圳的那位的卡寄错了，对方收到的是海天不是智宇，运单显示寄到了 南山区桃园路 88 号 3 栋 604，请尽快补寄。
    """),
    "zh-Hant": _lines("""
        【避雷】賣家 黃家樂 收咗我 HK$1,850 門票錢之後 block 咗我，FPS 6274 8813，HSBC 502-738194-838，大家小心！
        實名制轉讓：原購票人 林怡君，身分證 F272115889，手機 0928 771 503，轉讓須本人陪同入場。
        賣貨便取件人：陳柏翰 0955-318-246，取件門市 7-11 永和福和門市。
        拆卡團匯款名單：3 號 張雅婷 郵局 700 帳號 0031246-0581739 已對帳；7 號 李宗翰 未付款。
        會員登記｜姓名 CHAN WING YAN 陳詠欣｜HKID Y470334(9)｜電話 9108 3356｜地址 大埔富亨邨亨泰樓 2208 室
        我朋友 阿Kit（何俊傑）喺旺角信和賣小卡，其實佢仲讀緊中五，屋企人唔知佢炒卡蝕咗成萬蚊。
        台北場代排：委託人 吳佩珊，LINE ID: peishan_0412，已預付 NT$3,000，有問題直接找她。
        粉絲站長被肉搜：有人在 Dcard 貼出她的本名 劉宜蓁、就讀台中某大學資工系三年級，還附上她的 IG 小帳 @yizhen.l_0306。
        自取名單：謝曉彤 6158 4402 / 梁梓朗 5432 1187 / 鄭凱琳 未覆
        深圳灣體育中心場 團友資料：麥嘉欣，回鄉證 H60218835，HKID K253819(9)，出生 2002 年 7 月。
    """),
    "ms": _lines("""
        Senarai penghantaran GO: NURUL AIN BINTI ROSLAN, No 12, Jalan SS 2/55, 47300 Petaling Jaya, Selangor, 012-738 4419, 2 set album.
        Amaran scammer: Muhammad Hafiz bin Zulkifli, akaun Maybank 1640 2281 9935, ambil RM 650 untuk tiket Bukit Jalil lepas tu hilang. Nombor dia 017-229 0583.
        IC tercicir di stadium: nama SITI HAJAR BINTI AZMAN, no. MyKad 030514-10-5528, sila tuntut di kaunter pengurusan Pintu B.
        Bayaran balik untuk Kavitha a/p Subramaniam, CIMB 7061442835, RM 92.00 sebab album tak sampai.
        Ahli fanbase Tan Mei Ling dari Bayan Lepas baru keluar hospital lepas pembedahan apendiks, jadi dia tak dapat ambil barang GO minggu ni.
        Peserta meetup JB: 1) Aisyah binti Rahman 013-908 3324 2) Lee Jia Wen 3) Darshini a/p Kumar – vegetarian
        Pemandu bas sewa trip konsert: Encik Roslan bin Ahmad, plat WVX 3381, tel +6019-665 2031.
        Borang kelab peminat | Nama: AMIRUL HAKIM BIN ISMAIL | No. K/P: 990821-14-6137 | E-mel: amirulhakim99@yahoo.com | Telegram: @amirul_nb99
        Aku rasa budak yang selalu jual PC palsu kat Sunway Pyramid tu nama dia Farah Nadia binti Othman, dia study UiTM Shah Alam sem 4.
    """),
    "mixed": _lines("""
        eh the GO admin Cheryl Ng 真的很慢 leh, I paid 3 weeks ago alr, PayNow to her 8392 1106 somemore, still no update
        bro 我的 tix 转给你，booking under Goh Jun Kai, Cat 2 Sec 212, he said bring ur own IC can already
        搞掂，album 已寄出，收件人 Wong Siu Ying 王小瑩，荃灣麗城花園 3 期 12 座 18 樓 F 室，SF 單號 SF1302775184630
        aiyo Mei Qi 那个 sasaeng 又去 airport 了，她的 ig @meiqi.nb_1997 全部都是 idol 的 hotel 照片，someone pls report her
        for NB GO enquiries pm me ya – Hui Min · Telegram @huimin_goes · WhatsApp +65 9734 2281
        dah transfer RM 120 ke Public Bank 6389012744 atas nama LOH SIEW LING, for 2 PC sets ya kak
        my mum found out i spent $800 on albums 😭 confiscating everything, anyway this is Jolene Seah from 3E4, can't come for the exchange at Bishan tmr
        LINE 群公告：這次 Taipei meetup 的總召是 Vivian 許薇安，有事找她 LINE id: vivian.hsu77 or 0912-660-385
        Kelvin 陳家豪 owes me HK$560 for the 2 concert banners, his IG @kelvinchk_ is private now, anyone know his 公司 in Kwun Tong?
        帮我 check 下这个 seller 可靠不，她叫 Zhang Xinyi, WeChat zxy_0607kpop, 说人在 Cheras 可以 COD
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant."),
        (
            "user",
            "can you turn these into Qxpress label format? 1) Goh Li Ting, Blk 305 Ubi Ave 1 #11-203 S400305, 9386 1472 2) Aravind s/o Rajan, 27 Jalan Kembangan #03-02 S419128, 8945 0263 3) Hazirah binti Yusof, 61 Woodlands Dr 16 #07-21 S737895, 8723 5519",
        ),
        (
            "assistant",
            "Sure: RECIPIENT: GOH LI TING | ADDRESS: Blk 305 Ubi Ave 1 #11-203, Singapore 400305 | TEL: 9386 1472 / RECIPIENT: ARAVIND S/O RAJAN | ADDRESS: 27 Jalan Kembangan #03-02, Singapore 419128 | TEL: 8945 0263 / RECIPIENT: HAZIRAH BINTI YUSOF | ADDRESS: 61 Woodlands Drive 16 #07-21, Singapore 737895 | TEL: 8723 5519",
        ),
        ("user", "thanks! add 'FRAGILE – album' on all three and mark Aravind's as paid on 2 Dec"),
    ],
    [
        (
            "user",
            "I got scammed for concert tickets, help me write a police report for SPF e-services. Me: Rebecca Chua Shu Ting, NRIC S9941046I, mobile 9158 2046. Seller was Carousell user nb.tix.sg, I PayNow-ed $560 to 8834 7721 on 28 Nov for 2 Cat 1 tickets, the name shown was LEOW KAH HUI.",
        ),
        (
            "assistant",
            "Here is a draft: On 28 Nov 2024 I, Rebecca Chua Shu Ting (S9941046I), agreed to buy two Cat 1 concert tickets from Carousell user 'nb.tix.sg'. I transferred SGD 560 via PayNow to mobile 8834 7721 (registered name LEOW KAH HUI). After payment the seller stopped responding and no tickets were delivered. Attach the chat screenshots and the PayNow transaction receipt.",
        ),
        (
            "user",
            "pls add that I also sent another $120 'for delivery' on 29 Nov to the same number",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis mesej sopan kepada admin GO, saya nak refund. Nama saya Nur Syafiqah binti Hamdan, order MY-NB-0288, akaun Bank Islam 12073011582469, IC 010307-07-2264.",
        ),
        (
            "assistant",
            "Assalamualaikum admin, saya Nur Syafiqah binti Hamdan (order MY-NB-0288). Saya ingin memohon bayaran balik kerana album masih belum diterima. Mohon pindahkan ke akaun Bank Islam 12073011582469. Terima kasih atas kerjasama.",
        ),
        (
            "user",
            "Tambah sekali saya dah tunggu 4 bulan, dan anak saudara saya Irfan yang bayar separuh.",
        ),
    ],
    [
        (
            "user",
            "幫我寫個避雷 post，個賣家叫 Ho Ka Yan 何嘉欣，Carousell 帳號 kayan.kpop.hk，賣 NEONBLUE 飛，我 FPS 咗 HK$1,200 去 9631 7724 之後佢就 block 咗我。",
        ),
        (
            "assistant",
            "【避雷】Carousell 賣家 kayan.kpop.hk（何嘉欣 Ho Ka Yan）聲稱有 NEONBLUE 香港站門票，收取 HK$1,200 FPS（9631 7724）後封鎖買家，未有交票。建議受害者保留對話截圖，並致電反詐騙協調中心 18222 或報警。",
        ),
        ("user", "佢個 HKID 我都有，係 Z185092(0)，放埋落去得唔得？"),
        (
            "assistant",
            "唔建議公開身份證號碼，可能會令你自己惹上法律責任；可以將呢個資料交俾警方處理。",
        ),
    ],
    [
        (
            "user",
            "我買了小巨蛋場的票，但那天要出差。票是用我的身分證 T285432667 實名購買的，我叫 王思涵，可以轉給我妹 王思妤 嗎？",
        ),
        (
            "assistant",
            "實名制票券通常只能透過售票系統的官方轉讓功能變更持票人，請到售票網站的訂單頁查看是否開放轉讓，私下轉讓可能會被拒絕入場。",
        ),
        ("user", "那我妹也要提供身分證字號給售票系統嗎？她還在讀高雄女中高二，沒有自己的信用卡。"),
    ],
    [
        ("system", "You assist the moderation team of a K-pop fan community in Singapore."),
        (
            "user",
            "An anti posted in our Telegram that the bubble account @mochi.doha is actually Sabrina Lau Hui Wen, 17, studying in Bukit Batok, living at Blk 182 Bukit Batok West Ave 8 #09-330. What do we do?",
        ),
        (
            "assistant",
            "Delete the message and any forwards immediately, ban the poster, keep a private screenshot for evidence, and reach out to the affected member privately to tell her what happened and how to report it.",
        ),
        (
            "user",
            "her mum just emailed us from lau.mf88@gmail.com asking for the screenshots, should we reply to that address?",
        ),
    ],
    [
        (
            "user",
            "Anak saya Aina Sofea binti Rizal, 16 tahun, sekolah SMK Seksyen 9 Shah Alam, nak pergi konsert NEONBLUE di Bukit Jalil dengan kawan-kawan fanbase. Is it safe?",
        ),
        (
            "assistant",
            "Generally yes if she goes with a trusted group, agrees on a meeting point, keeps her phone charged and has a plan for getting home after the last LRT.",
        ),
        (
            "user",
            "ok I'll give her number 011-2381 7740 to the group leader. Do I also need to give my IC 770412-10-5534 for the consent form?",
        ),
        (
            "assistant",
            "No, a consent form normally only needs your name and signature; you don't need to share your full IC number with a fan group.",
        ),
    ],
    [
        (
            "user",
            "韩国代购寄回国要清关，卖家让我提供身份证正反面，我叫 周雨桐，身份证号 310115200108228904，这样安全吗？",
        ),
        (
            "assistant",
            "个人物品清关确实需要收件人实名信息，但建议只通过快递公司官方小程序上传，不要把证件照片直接发给个人卖家。",
        ),
        (
            "user",
            "收件地址写 上海市浦东新区张杨路 1800 弄 6 号 702 室，电话 186 2075 4431，可以吗？",
        ),
    ],
    [
        (
            "system",
            "You are NB-SG GO Helpdesk. Verify buyers by order code and the e-mail used on the order form.",
        ),
        ("user", "hi my order NB-AG-0173 still not shipped"),
        (
            "assistant",
            "Sorry for the wait! Could you share the e-mail address you used on the order form so I can verify the order?",
        ),
        (
            "user",
            "it's jolyn.tay.xm@gmail.com, name Jolyn Tay Xiu Min, and i changed my number to 8267 3390 pls update",
        ),
        (
            "assistant",
            "Thanks Jolyn, verified. Your contact number is updated and order NB-AG-0173 is in Batch 3, mailing out this Friday.",
        ),
    ],
    [
        (
            "user",
            "幫我寫張心意卡俾我追星朋友 梁凱晴，佢上星期喺亞博散場嗰陣暈低咗，入咗瑪嘉烈醫院，醫生話係心律不正，錯過咗第二場。",
        ),
        (
            "assistant",
            "凱晴：知道你入咗院真係好擔心，身體緊要過一切！第二場我幫你錄晒啲精華，等你出院一齊睇，快啲好返，下次我哋再一齊去應援！",
        ),
        ("user", "加埋佢最鍾意海天，同埋話佢覆診嗰日我陪佢去"),
    ],
    [
        (
            "user",
            "help me split the Seoul trip: Airbnb + 4 concert tickets total SGD 2,940. People: me (Kai Xin), Shermaine Lee, Farhan bin Yusri, Clarissa Pereira.",
        ),
        ("assistant", "SGD 2,940 ÷ 4 = SGD 735 each."),
        (
            "user",
            "Farhan says charge his card instead, 5264 0362 9237 2657 exp 03/28, remind me to charge him $735 on 1 Jan, and Clarissa will PayNow me later",
        ),
    ],
]
