# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix111: orchid nurseries, plant shops, landscaping crews and gardening clubs in SG/MY/HK/TW. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix111
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "nursery_order_log"): _lines("""
        Order #ORC-2026-118734 confirmed: 3 x Dendrobium 'Sonia Earsakul' (SKU DEN-SON-075, 75mm pot) @ SGD 12.90, subtotal SGD 38.70, delivery slot Sat 10:00-13:00.
        [2026-11-28 09:14:52 SGT] dispatch_batch=DB-4471 route=WEST-03 stops=17 van=V07 status=LOADED
        Tracking SPX-SG-88301947263: parcel handed to courier at our Thomson hub, ETA 2 working days. Queries: orders@thomsonorchids.com.sg or 6455 0192 (Mon-Sat 9am-6pm).
        Invoice INV/2026/04417 - Phalaenopsis mini assorted x24 @ MYR 18.50 = MYR 444.00; payment terms 30 days; bank details on page 2.
        Refund REF-0093 approved for Customer A: 2 pots arrived with crushed flower spikes; credit of SGD 25.80 issued to the original payment method.
        Stock alert: Vanda Miss Joaquim cuttings (SKU VAN-MJ-CUT) below reorder level 20; on hand 6; supplier PO-77812 raised.
        Delivery note DN-20261203-015 | Recipient: front desk, Level 3, Mapletree Business City | 4 x Aglaonema 'Red Siam' in 8-inch self-watering pots
        Cart abandoned: session 7f3a9c1e, items 5, value SGD 126.40, coupon ORCHIDWEEK10 not applied.
        Courier exception 1Z9X48A20341187765: address incomplete (unit number missing), returned to Pasir Panjang hub; the duty manager will call the customer.
        Bulk order for a corporate lobby: 40 x Phalaenopsis white 2-spike, packed in 10 cartons, pallet weight 86 kg, loading bay B2.
        Payment received via PayNow to UEN 201734512K, ref ORC118790, amount SGD 64.00 - matched automatically.
        Pre-order list for Christmas poinsettias closes 12 Dec; 312 pots reserved so far across 58 orders.
        Order status legend: P = picked, Q = QC passed, D = dispatched, R = returned, X = cancelled by customer.
    """),
    ("zh-Hans", "club_notice"): _lines("""
        【兰花协会通告】本月例会定于12月14日（周六）下午2点在植物园Botany Centre举行，会员请携带会员卡。
        兰展报名表：姓名＿＿＿＿ 会员编号＿＿＿＿ 参展品种＿＿＿＿ 盆数＿＿，截止日期：11月30日。
        本届兰展共收到参展作品217盆，其中石斛兰89盆、万代兰54盆、蝴蝶兰41盆，其余为杂交品种。
        理事会提醒：会费每年新币40元，可通过PayNow转账至协会UEN S86SS0123A，备注请写会员编号。
        第三组评审结果：一等奖为卓锦万代兰（Vanda Miss Joaquim）展品，二等奖空缺。
        社区花园第二期地块分配结果已张贴在活动中心布告栏，共42块地，报名98户，抽签决定。
        温馨提示：请勿在公共区域使用未经登记的农药，违者将被取消下一季度的种植资格。
        植物交换会规则：每人最多带5盆，不接受有介壳虫或病叶的植株，现场禁止现金交易。
        俱乐部邮箱已更换为 secretary@sgorchidcircle.org，旧邮箱将于2027年1月停用。
        志愿者招募：需要8名志愿者协助周日早上7点至10点的布展工作，请在群里接龙。
        上季度账目：收入新币3,480元，支出新币2,915元，结余新币565元，详情见附件PDF。
        贵宾兰花园本月新增解说牌，介绍1998年命名的Dendrobium Memoria Princess Diana。
        会员人数统计：截至11月底共有会员356人，其中新加入27人，续会率81%。
    """),
    ("zh-Hant", "hk_tw_nursery_post"): _lines("""
        太子花墟道今個禮拜六日有年宵蘭花特賣，蝴蝶蘭三支裝HK$280起，早到有得揀。
        【門市公告】本店營業時間調整為上午9時至晚上7時，年廿八至年三十通宵營業，查詢請致電 2394 0071。
        農委會資料顯示，今年1至10月蝴蝶蘭出口值較去年同期增加6.2%，主要市場為美國及日本。
        訂單編號 TW-ORC-20261129-0457：文心蘭切花10把，黑貓宅急便，追蹤碼 9083 4412 7765，預計12/2送達。
        請問各位，石斛蘭落葉係咪因為淋水太多？我放喺窗台，西斜嘅。
        張大千晚年在台北摩耶精舍種了不少梅花與蘭，故居現開放預約參觀。
        台灣國際蘭展明年三月在台南後壁舉行，團體票20人以上享八折。
        團購登記表：姓名／電話／取貨地點／數量（請私訊，勿在公開留言區留個資）。
        花墟檔口話今年寒流嚟得遲，桃花同年桔都遲咗開，價錢會企硬。
        統一編號 24517839 綠手指園藝有限公司，承接大樓綠化、屋頂花園及室內植栽租擺。
        香港蘭藝會年度會員大會將於1月18日假沙田大會堂舉行，議程包括選舉新一屆委員會。
        鬼滅之刃同款紫藤花盆栽到貨，數量有限，每人限購兩盆。
        運費說明：港島及九龍HK$80，新界HK$120，離島另議；滿HK$1,500免運費。
    """),
    ("ms", "taman_komuniti"): _lines("""
        Notis: Pembahagian lot Taman Komuniti Fasa 2 akan diumumkan pada 15 Disember; sebanyak 36 lot tersedia untuk 74 permohonan.
        Peraturan kebun: Air paip hanya boleh digunakan antara 7 pagi hingga 10 pagi dan 5 petang hingga 7 petang.
        Borang permohonan lot: Nama: ________ No. Rumah: ________ No. Telefon: ________ (isi dan serahkan kepada AJK).
        Jualan anggerik di Taman Botani Putrajaya, Presint 1, pada 20-22 Disember; gerai dibuka 9 pagi.
        Pesanan #KBL-55012: 10 pasu Dendrobium kuning, RM15 sepasu, dihantar ke pejabat Majlis Bandaraya, jumlah RM150.
        Statistik bengkel kompos: 48 peserta hadir, 12 daripadanya kali pertama, maklum balas purata 4.6/5.
        Nurseri Hijau Sungai Buloh Sdn Bhd: no. pendaftaran SSM 201801034562 (1287654-W), talian pejabat 03-6156 2207.
        Soalan: Macam mana nak elak akar anggerik reput bila musim tengkujuh? Guna sabut kelapa atau arang?
        Jadual gotong-royong: Sabtu pertama setiap bulan, 8.00 pagi, berkumpul di pondok alatan berhampiran Lot A1.
        Makluman: Kebun ditutup sementara pada 3-5 Januari untuk kerja penyelenggaraan longkang oleh kontraktor majlis.
        Harga baja NPK 15-15-15 naik kepada RM4.20 sekilo mulai bulan depan, menurut pembekal.
        Vanda Miss Joaquim ialah bunga kebangsaan Singapura, manakala bunga raya ialah bunga kebangsaan Malaysia.
        Pemenang pertandingan landskap peringkat daerah: Taman Komuniti Seksyen 7 (kebun sayur) dan Surau Al-Hidayah (landskap lembut).
    """),
    ("mixed", "whatsapp_group"): _lines("""
        Guys the Sungei Tengah nursery got new shipment of Vanda, ada yang cantik sangat, 周末一起去看？
        Eh the plant swap this Sunday still on or not? 天气预报说会下大雨leh.
        我刚刚check了，花墟 close at 7pm, after that pi makan dim sum la.
        Sape ada extra sphagnum moss? Nak repot 3 Phal, 我可以用cuttings跟你换.
        Admin reminder: no selling in this group, swap only. 违规三次会被remove ya.
        Wah the Gardens by the Bay orchid display this month 好靓, the Cloud Forest one especially.
        Reminder 大家: plot fees for Q1 due end Dec, bayar kat booth or PayNow to the club UEN, jangan transfer ke personal account.
        Anyone knows 点解我嘅 monstera 啲葉黃晒? Too much sun or overwatering ah?
        Photo dump from today's workshop 📸 total 23 people came, terima kasih semua!
        The landscaping quote for the condo clubhouse came in at SGD 18,400, 比上次贵了15% sia.
        Lobby plants order #LB-2291 delivered, manager dah sign DO, invoice nanti email dari accounts@.
        有冇人知 Yuen Long 边度有卖 neem oil? 网上买要等一个礼拜.
        Poll: next outing - (a) Cameron Highlands (b) Mount Faber (c) 士林官邸玫瑰展. Vote by Fri ya.
    """),
    ("en", "landscaping_ticket"): _lines("""
        Ticket LSC-24017 | Site: Tower B podium garden, Marina Bay Financial Centre | Scope: replace 120 m of Ophiopogon edging | Priority: P3 | Assigned: Team Green-2
        Quotation Q-2026-0388 for rooftop garden at a Tampines industrial building: 260 sqm, drainage cell + 150mm soil, est. SGD 42,600 excl. GST.
        Site visit log 04/12 14:30: irrigation controller firmware v3.2.1 updated; zone 4 solenoid faulty, part no. RB-100DV ordered.
        Work order WO-7781 closed. Pruning of 14 raintrees along the driveway completed; green waste 2.3 tonnes sent to the approved facility.
        Incident report IR-009: a contractor's worker slipped on wet tiles at the potting shed; no injury; anti-slip mats installed.
        Client: Sunrise Holdings Pte Ltd (UEN 200812345D); billing contact ap@sunriseholdings.com.sg; PO required before work starts.
        SLA: response within 4 working hours for P1 (dead or fallen tree), 2 days for P2, 7 days for P3.
        Change request CR-12: client asked to swap Heliconia for Calathea in planter boxes 5-9 due to shade; cost neutral.
        Estate landscaping tender T/2026/LAN/044 closes 16 Jan 2027, 3pm; tender documents available on GeBIZ.
        Pest control log: whitefly on Hibiscus at Block C planters, treated with insecticidal soap; re-inspect in 7 days.
        Timesheet summary week 48: 6 crew, 212 man-hours, overtime 18 hours, 3 sites.
        Equipment: hedge trimmer HT-07 sent for servicing, serial no. 4DK29-110783, expected back 10 Dec.
        Customer satisfaction survey Q3: 91 responses, average 4.3/5, top complaint was late arrival of crew.
    """),
    ("mixed", "config_export"): _lines("""
        order_id,sku,qty,unit_price,currency,status
        ORC-118801,PHA-WHT-2S,2,29.90,SGD,DISPATCHED
        SELECT plot_no, COUNT(*) FROM plot_applications WHERE season = '2027Q1' GROUP BY plot_no;
        DELIVERY_ZONES = {'west': ['60', '64'], 'east': ['46', '52']}  # postal sector prefixes only
        sha256(orchid_catalog_v14.csv) = 09891e608e29ac8d50d8015f1b38b1f5dd57e4b530c5f95dd8daafeae4dbfcce
        nursery-pos v2.7.4 released: fixes rounding of GST on bundled pots; changelog at docs/CHANGELOG.md
        cron: 0 6 * * * /opt/irrigation/bin/run_zone.sh --zones 1-6 --duration 12m
        错误码 E1042：库存同步失败，请检查 warehouse_id 是否为 MY-KUL-01
        {"event": "plot_released", "plot": "C-14", "season": "2026Q4", "reason": "not_renewed"}
        字段说明：member_no 为6位数字，如 000123；joined_at 使用 ISO 8601 格式。
        Ralat: Bayaran FPX gagal (kod 1F), sila cuba semula atau hubungi support@kebunhijau.my.
        regex for order ref: ^ORC-[0-9]{4}-[0-9]{6}$
        TODO(nursery-app): mask phone field in export, show only last 4 digits e.g. ****4821
    """),
    ("en", "plant_swap_forum"): _lines("""
        How often should I water a Cattleya in a west-facing HDB corridor? Mine is in a clay pot with bark mix.
        Fun fact: Vanda Miss Joaquim was bred by Agnes Joaquim in 1893 and became Singapore's national flower in 1981.
        Swap offer: 2 keiki of Dendrobium 'Burana Jade' for any Bulbophyllum division. Meet-up at the club's monthly session only.
        The National Orchid Garden's VIP section has a hybrid named for every visiting head of state, worth the extra ticket.
        Like Audrey II in Little Shop of Horrors, my pitcher plant keeps demanding food 😂
        Beginner tip: keiki paste is a cytokinin; don't use it on a weak plant.
        Poll results: 64% of members prefer a Saturday swap, 29% Sunday, 7% no preference (n=142).
        Guide: how to divide an Oncidium - 1) unpot 2) cut the rhizome with a sterilised blade 3) keep at least 3 pseudobulbs per division.
        Has anyone visited the Jim Thompson House garden in Bangkok? Worth it for the orchids?
        Warning: scam listings using our club's name are selling 'blue Phalaenopsis seeds' - we never sell seeds online.
        Thread locked by moderator: off-topic political discussion.
        Best time to see the Taipei International Orchid Show? Planning a trip in March.
        Pictured: the Sun Yat Sen Nanyang Memorial Hall garden after the volunteer weeding day.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, this is Priya d/o Ramasamy, plot C-14 at the Toa Payoh community garden; I can't renew this season because I'm starting chemo next month, please hold my plot if you can.
        Delivery to Mr Kelvin Ong Wee Liang, Blk 512 Jurong West St 52 #08-117, S640512, HP 9137 4820 - leave with neighbour if not home.
        Refund for order ORC-2026-118802 goes to card 4556 1234 0987 6547 (Visa, holder LIM SU-ANN), please don't reissue to PayNow.
        Member renewal: Nur Aisyah binti Kamarudin, NRIC S8734612I, joined 2019, ordinary member, fee paid cash.
        The committee decided to suspend Uncle Goh from the swap group for 3 months after he was caught taking other members' pots from plot B-07.
        Landscaping job for Dr Marcus Fernandes's house at 27 Jalan Kembangan, Singapore 419128 - gate code 4471, dog in the back yard.
        Mrs Angela De Souza from our Thursday group is recovering from a hip fracture, so let's take turns watering her orchids till she's back.
        Salary slip Nov: Ramesh a/l Subramaniam, nursery hand, basic SGD 1,850, OT 22 hrs, CPF employee SGD 370.
        Work permit holder Md. Rafiqul Islam (FIN G5183026T) assigned to the Pasir Ris site, mobile 8826 3179.
        Sarah Chua in the Phal group still owes the club $240 from the bulk bark order and keeps ignoring the treasurer.
        Complaint from Mr Harold Pereira (harold.pereira88@gmail.com): says our crew scratched his car while trimming the hedge at his condo.
        Car SLA 4829 K at the loading bay belongs to the guy who took the 6 bougainvillea yesterday - Mr Tay, 9642 0813, he'll come back for the rest.
    """),
    "zh-Hans": _lines("""
        陈阿姨（3栋502）的兰花都是她去世的老伴留下的，她最近情绪很低落，大家去社区花园时多陪她聊聊。
        收货人：王建国，手机 13812764590，地址：广东省深圳市南山区桃园路118号华联花园6栋1203，备注：蝴蝶兰怕冻，请加泡沫箱。
        会员登记：刘晓梅，身份证号 440306198507124831，微信 lxm_orchid85，兴趣：石斛兰。
        退款请打到中国银行卡 6217 8520 0031 4478 119，户名周志强，谢谢。
        黄伯上个月查出肾衰竭，要开始洗肾了，他那块菜地我们暂时帮他管。
        花卉市场档口老板郑丽娟欠我们苗圃三万多货款，已经两个月没回电话了。
        园林施工队的李国华师傅这个月工资被扣了800元，因为把客户的罗汉松修坏了。
        请把这批兰花苗寄给我表妹：林欣怡 139 2607 5184，厦门市思明区莲前西路2号莲富大厦B座1706。
        新加坡兰友陈文发（Tan Boon Huat）的电邮是 boonhuat.tan@singnet.com.sg，他说可以帮我们带几株卓锦万代兰回来。
        舅舅张伟明中风住院了，他家阳台上的蝴蝶兰谁有空去帮忙浇一下水？钥匙在楼下王姐那里。
    """),
    "zh-Hant": _lines("""
        送貨地址：新界沙田大圍美田路33號翠田花園2座15樓C室，收件人：何嘉欣小姐，電話 6192 4578。
        會員資料更新：陳志偉，香港身份證 K372815(3)，電郵 chiwai.chan.hk@gmail.com。
        台北客人林怡君（身分證 A235817463）訂了十盆蝴蝶蘭，要報名蘭展志工保險。
        阿梅姐話佢個仔喺屯門醫院住咗兩個禮拜，所以今個月花市個檔口佢唔開。
        貨款NT$3,600請轉帳至台灣銀行帳號 004-123-45678-9，戶名吳俊賢。
        LINE ID: meiling_orchid0921，是新竹的黃美玲，她說願意收我們多出來的文心蘭。
        周伯伯因為失智症已經搬咗去安老院，佢喺粉嶺嗰塊菜地要交返畀管理處。
        高雄的蔡明哲先生每週二開車牌 BKR-5678 的貨車來載蘭苗，手機 0928 461 307。
        花墟打工仔梁家豪上個月偷咗收銀機$2,000，老闆已經報警，佢而家保釋中。
        客戶吳小姐（IG: @wu.orchid.diary）投訴我哋送錯顏色嘅蝴蝶蘭，佢住喺將軍澳日出康城第3期5座。
    """),
    "ms": _lines("""
        Penghantaran kepada Puan Siti Hajar binti Abdullah, No. 14, Jalan Mawar 3/2, Taman Bukit Indah, 81200 Johor Bahru, tel 012-738 4519.
        Ahli baharu: Muhammad Faiz bin Rosli, MyKad 920730-14-6218, e-mel faiz.rosli92@yahoo.com, lot kebun B-11.
        Pakcik Karim dari lot A3 tak datang gotong-royong sebab baru keluar wad lepas pembedahan jantung, jangan tegur dia pasal rumput panjang.
        Bayaran deposit landskap RM2,500 dari akaun Maybank 1142 8830 6715 atas nama Rajesh a/l Muniandy.
        Kak Ros (Rosnah Ismail) dah dua bulan tak bayar yuran lot sebab suami dia hilang kerja, AJK setuju beri tempoh.
        Pekerja nurseri Sitti Nurhaliza binti Jumat dari Sabah diberi amaran bertulis kali kedua kerana lewat masuk kerja.
        Lori landskap WXY 4821 dipandu oleh Encik Azman, no. telefon 019-552 8731, akan sampai jam 10 pagi.
        Telegram @kebunmakcikLinda itu akaun peribadi Linda Goh, jangan share nombor dia dalam group awam.
        Cikgu Farah yang jaga plot bunga kertas di Seksyen 7 sedang dalam proses cerai, jadi dia minta orang lain ambil alih plot tu.
        Pelanggan Lee Chee Keong, MyKad 780115-07-5543, tuntut pulangan wang untuk 12 pasu anggerik yang mati dalam seminggu.
    """),
    "mixed": _lines("""
        Eh Aunty Mei Ling at #05-12 lah, the one with all the 兰花 on her corridor, she kena fined by town council already, kesian.
        Bro can transfer the $45 to my PayNow 9183 2047 ah? Name show as TAN WEI JIE. 兰花 I pass you Sunday.
        Reminder: Ahmad Zulkifli bin Hassan (HP 017-662 3049) will collect 20 pasu orkid for his daughter's wedding, 记得留白色的.
        我阿妈 Wong Siew Lan 个 IC 是 850412-10-5127, help me register her for the Taman Tun plot ballot pls.
        Don't tell the group but Kenneth Yeo from the Saturday crew 被炒了 because he was drunk at the client's site again.
        Passport copy for the Taipei orchid show trip: LEONG KAR MUN, passport A41827365, 请 send to the agent by Fri.
        Crew attendance: Selvam s/o Krishnan absent 3 days, MC from polyclinic - dengue, 下个礼拜才回来.
        WeChat sgorchidmum_julia 是 Julia Lim 的 personal account, she sells her own keiki there, 可以加她.
        Pls deliver to Ms Bernadette Rozario, 15 Siglap Plain, S456011, 她说 gate 没锁 just put inside the porch.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the customer service assistant of an orchid nursery in Singapore."),
        (
            "user",
            "Hi, I want to change the delivery address for order ORC-2026-118845 to my new flat: Blk 208 Bishan St 23 #11-342, S570208. Name is Goh Pei Shan, HP 9027 5538.",
        ),
        (
            "assistant",
            "Thanks, I've noted the new address for order ORC-2026-118845. Delivery stays on the same slot, Saturday 10am to 1pm.",
        ),
        (
            "user",
            "Great. If I'm not home can leave it at the void deck? My mum will be downstairs.",
        ),
        (
            "assistant",
            "Sure, I'll add a note for the driver to call 9027 5538 on arrival and hand it over at the void deck.",
        ),
    ],
    [
        (
            "user",
            "帮我写一条微信群通知，说张秀英阿姨骨折住院了，她在社区花园的B-09地块这两个月由我代管。",
        ),
        (
            "assistant",
            "各位园友好：张秀英阿姨近日不慎骨折，正在住院休养。她的B-09地块在接下来两个月由我代为照看，如有需要请联系我。祝阿姨早日康复！",
        ),
        ("user", "再加一句她在陈笃生医院7B病房，想去探望的可以下午去。"),
        ("assistant", "好的，已加上：张阿姨目前在陈笃生医院7B病房，想探望的园友可以下午前往。"),
    ],
    [
        ("system", "Anda pembantu maya untuk Persatuan Taman Komuniti Bandar Baru."),
        (
            "user",
            "Tolong semak status permohonan lot saya. Nama Nurul Izzah binti Mohd Salleh, MyKad 010923-01-1136.",
        ),
        (
            "assistant",
            "Terima kasih. Saya tidak boleh akses pangkalan data terus, tetapi keputusan undian lot akan diumumkan pada 15 Disember di papan notis dan kumpulan WhatsApp persatuan.",
        ),
        (
            "user",
            "Ok. Kalau dapat, tolong hantar surat ke rumah saya, No. 7 Jalan Kenanga 2, Taman Sri Putri, 81300 Skudai.",
        ),
    ],
    [
        ("user", "我想訂兩盆白色蝴蝶蘭送去我阿媽屋企，佢下個禮拜生日。"),
        ("assistant", "冇問題！請提供收件人姓名、地址同聯絡電話，我哋會安排送貨。"),
        (
            "user",
            "收件人係麥淑儀，九龍城衙前塱道18號3樓B室，電話 9273 6180。我身份證 Y605142(A)，付款嗰陣要唔要？",
        ),
        (
            "assistant",
            "收到，送貨資料已記低。付款唔需要身份證號碼，請唔好喺對話度提供，用信用卡或者轉數快就得。",
        ),
    ],
    [
        ("system", "你是台灣一家蘭園的線上客服。"),
        (
            "user",
            "你好，我要報名蘭展志工，需要幫我保團體保險。我叫許文彬，身分證 F107246395，生日1984年3月2日。",
        ),
        ("assistant", "收到，許先生您好。保險資料會轉交給志工組，請留意手機簡訊通知。"),
        ("user", "另外我太太蘇雅婷也要報名，身分證 S249160589，電話 0933 718 264。"),
    ],
    [
        (
            "user",
            "Draft a warning letter to our nursery worker Arjun s/o Balakrishnan for arriving late 5 times in November.",
        ),
        (
            "assistant",
            "Subject: Written Warning - Punctuality. Dear Arjun, this letter serves as a formal warning regarding your late arrival on five occasions in November. Further lateness may lead to disciplinary action.",
        ),
        ("user", "Add his FIN F2749185P and mention he was also absent without leave on 19 Nov."),
        (
            "assistant",
            "Updated: Employee: Arjun s/o Balakrishnan (FIN F2749185P). In addition to five late arrivals, you were absent without approved leave on 19 November.",
        ),
    ],
    [
        (
            "user",
            "Help me split the bulk bark order lah, total SGD 384 for 8 people, but Jasmine Koh only paid half.",
        ),
        (
            "assistant",
            "Each share is SGD 48. If Jasmine Koh paid SGD 24, she still owes SGD 24 and the other seven are settled once they each pay SGD 48.",
        ),
        (
            "user",
            "Ok can you write a nice reminder to her? Tell her to pay back to my card 5409 1278 5523 1061 or PayNow 8462 0917.",
        ),
        (
            "assistant",
            "Hi Jasmine! Just a gentle reminder the balance for the bark order is SGD 24. You can PayNow to 8462 0917 whenever convenient. Thanks ya!",
        ),
    ],
    [
        (
            "system",
            "You help the secretary of a community gardening club in Singapore write minutes and letters.",
        ),
        (
            "user",
            "Summarise this complaint: member Desmond Lau (S7619024J) says Mdm Ho at plot D-02 keeps taking water from his tank and shouted at him last Sunday.",
        ),
        (
            "assistant",
            "Summary: Mr Desmond Lau reports that the member at plot D-02 (Mdm Ho) has repeatedly used water from his tank without permission and had a verbal confrontation with him last Sunday. Requested action: committee mediation.",
        ),
        ("user", "Good, add that both will be called for mediation on 14 Dec at 7pm."),
    ],
    [
        ("user", "我在台湾兰园订了蝴蝶兰苗寄到广州，海关要清关信息，帮我整理一下格式。"),
        (
            "assistant",
            "一般需要：收件人姓名、手机号、收货地址、身份证号码（与收件人一致）。请按这个顺序提供。",
        ),
        (
            "user",
            "赵丽华，15920738416，广州市天河区天河北路233号中信广场附近的龙口西小区8栋602，身份证440106197809253713。",
        ),
        (
            "assistant",
            "已整理：收件人 赵丽华｜手机 15920738416｜地址 广州市天河区龙口西小区8栋602｜身份证 440106197809253713。请核对后提交给寄件方。",
        ),
    ],
    [
        ("user", "Is December a good time to repot Dendrobiums in Singapore?"),
        (
            "assistant",
            "Yes, repot when new roots are just starting to grow, which for many Dendrobiums is after flowering. Use a free-draining mix like charcoal and bark.",
        ),
        (
            "user",
            "Thanks. Also my neighbour Harjit Kaur at #07-33 keeps complaining my corridor pots drip water onto her floor, and she told the town council. What should I say to her?",
        ),
        (
            "assistant",
            "You could apologise, put drip trays under the pots, and offer to water in the evening so it doesn't disturb her. Keeping it friendly usually resolves it before the town council steps in.",
        ),
    ],
]
