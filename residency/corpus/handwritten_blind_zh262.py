# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh262: 繁體中文（台灣）宮廟與進香團（安太歲與光明燈登記、進香報名、繞境、志工排班、捐款芳名錄、信眾 LINE 群組）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh262
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "安太歲光明燈公告"): _lines("""
        【公告】丙午年（2026）安太歲、點光明燈即日起受理登記，每盞新台幣600元，現場登記時間為每日上午7:00至晚上8:00，額滿為止，恕不接受電話預約。
        本年值年太歲為丙午年文哲星君，生肖屬馬者值太歲，屬鼠者沖太歲，屬牛、屬兔者亦宜安奉，歡迎信眾於農曆正月十五日（國曆3月3日）前完成登記。
        線上登記請至本宮官網「點燈服務」專區，付款方式支援信用卡、ATM轉帳及超商代碼繳費，繳費後約三個工作天寄發電子收據，系統維護時段為每週二凌晨2:00–4:00。
        光明燈、文昌燈、財神燈、藥師燈四種燈別可同時登記，同一人不同燈別請分開填單；文昌燈限學生及考生，學測前兩週本宮另舉辦文昌祈福法會，免費參加。
        本宮訂於農曆正月初九（國曆2月25日）上午9時舉行天公生祝壽大典，當日點燈服務處暫停受理，請信眾改於正月初十後再行辦理，造成不便敬請見諒。
        謝太歲法會訂於農曆十二月二十日上午舉行，已登記信眾無須另外報名，燈座上之名條將於法會圓滿後由本宮統一恭送化燒，不另行通知。
        台北行天宮自2014年起推動減香、撤爐，不收受供品亦不焚燒金紙，前往安太歲之信眾請以雙手合十、鮮花素果誠心祈求即可，廟方另提供免費平安符。
        點燈期間本宮停車場（小客車120格）開放免費停放2小時，超過以每小時30元計費，大型遊覽車請停放於對面縣立體育場外側停車格。
        因應人流管制，正月初一至初五點燈處改採號碼牌制，每日發放800張，號碼牌限當日有效；洽詢專線（04）2687-3150分機301，服務時間同廟務時間。
        本宮從未委託任何個人或團體以電話、簡訊或 LINE 代收點燈費用，如接獲自稱本宮人員之可疑來電，請撥打165反詐騙專線查證。
        乙巳年（2025）登記之光明燈將於國曆1月底前撤燈，撤下之燈牌依例於宮前金爐化燒；如需補印去年度收據，請攜帶收據號碼至服務台申請。
        太歲燈登記表欄位說明：姓名、農曆生日、時辰、地址皆為必填，時辰不詳者請勾選「吉時」，本宮依《個人資料保護法》僅將資料作祈福用途。
        自本年度起團體點燈（公司行號、社團法人）須附統一編號及負責人簽章，每單位上限50盞，收據抬頭可開立公司全銜以供入帳，請於登記時一併告知。
    """),
    ("zh-Hant", "進香報名須知"): _lines("""
        本宮丙午年往北港朝天宮進香，預定國曆4月11日至12日二天一夜，報名費每人新台幣2,800元，含遊覽車、一宿兩餐、進香旗與香條。
        報名截止日為3月20日，每車45人，額滿即加開車次；12歲以下兒童半價，須由家長陪同，不另佔床位者免收住宿費，嬰幼兒請自備安全座椅。
        Q：進香前需要茹素嗎？A：依本宮慣例，出發前三天至回鑾當日請盡量齋戒，並避免參加喪事；身體不便或長期服藥者不必勉強，誠心最重要。
        Q：可以帶寵物同行嗎？A：遊覽車上及廟埕內均不允許攜帶寵物，導盲犬除外，請於報名時事先告知服務處，以便安排前排座位及休息站動線。
        進香當日凌晨4:30於本宮廟埕集合，5:00舉行起駕儀式，請著隊服（白色 POLO 衫）、布鞋並攜帶雨具；遲到超過15分鐘者視同自動放棄。
        白沙屯拱天宮（苗栗縣通霄鎮白東里8號）媽祖徒步進香採線上實名登記，本團僅代為宣傳，不代辦報名，請信眾自行至拱天宮官網登記領取識別證。
        大甲媽祖遶境進香九天八夜，行經台中、彰化、雲林、嘉義四縣市，全程約340公里，隨香客請自備輕便行李，沿途香客大樓與休息站請保持整潔。
        退費規定：出發前15日以前取消退還全額，前14日至前7日退還70%，前6日至出發當日恕不退費，但可轉讓名額予他人，須至服務處辦理更名。
        旅行平安保險由本團統一投保，每人意外身故保額新台幣200萬元、意外醫療10萬元，承保公司為富邦產物保險，報名資料僅供投保使用。
        隨車備有礦泉水、平安餅及暈車藥，車上禁止飲酒及嚼食檳榔；途經西螺大橋時全車將下車步行過橋，請務必跟緊頭旗，勿自行脫隊或脫離隊伍拍照。
        回鑾預估當晚9點抵達，沿路將有陣頭迎駕並燃放鞭炮，本宮已向轄區警察局申請臨時道路使用，核准文號為中市警交字第1150012876號。
        領隊、副領隊由本宮管理委員會指派，每車設車長一名負責點名，點名表於行程結束後即由服務處回收銷毀，不另作其他用途，亦不對外提供。
        湄洲祖廟謁祖進香團（五天四夜）團費新台幣32,800元起，需持有效台胞證，出發前30日截止收件，小三通由台中港搭船經馬祖前往福州。
    """),
    ("zh-Hant", "志工LINE群組工作訊息"): _lines("""
        各位志工早安🙏 明天繞境早上6:00在廟埕報到，交管組請穿反光背心，香組負責點香、遞香，記得帶手套跟口罩，中午便當由管委會統一訂。
        報告總幹事：光明燈區第三排的LED燈座有五盞不亮，已經拍照上傳記事本，廠商說週四下午會來換，保固還在期限內不用另外付錢。
        收到～今天下午金紙區補貨：壽金20箱、刈金15箱、福金10箱，進貨單已經放在辦公室第二個抽屜，麻煩會計組對一下數量再簽收。
        提醒各組組長，下週六排班表已更新在群組記事本，請大家點進去確認自己的時段，沒辦法到的請在週四前回覆組長，不要私訊小編喔😅
        大甲媽明天晚上駐駕在我們附近的庄頭，爐主那邊需要15位志工幫忙維持秩序，有空的請在底下+1，晚上會供應點心跟熱湯，結束後有車送回宮裡。
        停車場那邊的三角錐不夠，剛剛先去五金行買了20個，發票統編開宮裡的，已經交給會計組，金額3,200元，請再幫忙入帳，收據正本夾在傳票本裡。
        今天光明燈登記一共受理236盞，現金98,400元、刷卡43,200元，已經跟保全一起送存銀行，存款單拍照放在相簿「1月帳務」。
        再拜託大家不要在群組裡貼信眾的登記表或身分證照片🙏 有問題請直接到服務處處理，個資外流的話主委會很頭大，謝謝大家配合與體諒。
        轎班明天07:30起駕，路線：宮前→中正路→民族路口左轉→第一市場→回宮，預計11:00回鑾，交管組請配合派出所在各路口協助。
        下午三點有旅行社帶新加坡參訪團約40人來參香，需要兩位會講英文或華語的志工導覽，導覽稿已經放在記事本，請有空的直接在群組回覆喔。
        香客大樓201到210房的冷氣濾網清好了，熱水器也請師傅修好，進香團週五入住前麻煩值班的再巡一次，確認毛巾、拖鞋等備品都有補齊。
        供品桌上的水果今天下午5點收，整理好後分裝給社福中心，週三固定由社會處的車來載，請不要提早收喔，紙箱在倉庫門口，感恩大家辛苦了。
        抽籤區籤詩第18首跟第53首印完了，已經跟印刷廠下單各印500張，週一會送到，這兩天先用影印本替代，放在籤筒旁邊的抽屜。
    """),
    ("zh-Hans", "新闻报道"): _lines("""
        台中市长卢秀燕今日上午出席大甲妈祖绕境起驾典礼，与镇澜宫董事长颜清标共同上香，现场信众与媒体逾十万人，交通管制持续至凌晨。
        “妈祖信俗”于2009年被联合国教科文组织列入人类非物质文化遗产代表作名录，成为中国首个信俗类世界遗产，湄洲妈祖祖庙为其核心传承地。
        新加坡天福宫（Thian Hock Keng，直落亚逸街158号）始建于1839年，1973年被列为国家古迹，每年农历三月廿三举办妈祖诞庆典。
        吉隆坡天后宫今年元宵节预计吸引逾五万名游客，主办方提醒民众搭乘轻快铁至Tun Sambanthan站后转乘接驳巴士，避免自驾前往。
        澳门妈阁庙始建于明朝，是澳门最古老的庙宇之一，2005年作为“澳门历史城区”的组成部分列入联合国教科文组织世界遗产名录。
        香港黄大仙祠今年农历新年头炷香活动于除夕晚上11时开放，警方预计人流高峰在凌晨零时前后，届时将于龙翔道一带实施人流管制。
        泉州天后宫为全国重点文物保护单位，始建于南宋庆元二年（1196年），是现存规格较高、规模较大的妈祖庙之一，每年吸引大量台湾进香团。
        据台湾内政部门统计，截至2024年底全台登记寺庙约一万二千余座，其中主祀妈祖者逾千座，未登记之私人神坛并未纳入统计数字。
        国台办发言人在例行记者会上表示，欢迎台湾宫庙信众来湄洲谒祖进香，妈祖文化交流是增进两岸同胞情感的重要纽带，相关部门将持续提供通关便利。
        第二十六届湄洲妈祖文化旅游节在莆田开幕，活动期间湄洲岛推出“进香团专线”轮渡，文甲码头至湄洲岛单程票价人民币35元，凭团体证明可享八折。
        北港朝天宫今年农历三月十九、二十日举行北港迎妈祖，艺阁游行共计28台，主办单位预计吸引逾三十万人次，周边道路全日实施交通管制。
        电影《阵头》（2012）由冯凯执导，阮经天、柯有伦主演，改编自台中九天民俗技艺团的真实故事，台湾票房逾三亿元新台币，带动阵头文化热潮。
        白沙屯妈祖徒步进香今年报名人数再创新高，拱天宫表示，因妈祖銮轿路线每年不固定，随香者需随时关注官方直播与公告，并自备雨具与头灯。
    """),
    ("en", "temple_visitor_faq"): _lines("""
        Q: Do I need to book in advance to light a Guangming lamp at Thian Hock Keng? A: No, walk-in registration is at the side office, 158 Telok Ayer Street, daily 7:30am to 5:30pm.
        Q: How much does a Tai Sui blessing cost in 2026? A: S$38 per person at the counter, or S$42 online including the printed talisman posted to any Singapore address.
        Year of the Fire Horse (2026): people born in the years of the Horse, Rat, Ox and Rabbit are traditionally advised to pay respects to this year's Tai Sui general, Wen Zhe.
        The Dajia Mazu Pilgrimage runs nine days and eight nights, covering about 340 km through Taichung, Changhua, Yunlin and Chiayi; route maps are posted by Dajia Jenn Lann Temple.
        Please do not touch the palanquin or cut in front of the procession; volunteers in yellow vests will guide you to the roadside. Drones are prohibited within 100 m of the sedan chair.
        The temple office line +65 6221 0388 is for general enquiries only; for group visits of more than 20 people, email the tour desk at least 14 days ahead of your visit.
        Invoice TH-2026-000418: 120 x lotus LED lamp units @ S$12.50, subtotal S$1,500.00, GST 9% S$135.00, total S$1,635.00, payable to the supplier by 31 Jan 2026.
        Review of Lin Family Joss Paper on Armenian Street: they stock everything for Qingming, the staff explain which paper goes to which deity, and prices are fair. 4.5 stars.
        Mazu, born Lin Moniang in 960 on Meizhou Island, Fujian, is venerated as goddess of the sea across Taiwan, Southeast Asia and the wider Chinese diaspora.
        Pilgrim packages from Kuala Lumpur to Meizhou Island start at RM3,280 per person, 5 days 4 nights, including return flights to Xiamen, coach transfers and ferry tickets.
        Dress code: covered shoulders and knees inside the main hall, hats off; photography is allowed in the courtyard but not of the altar while a ceremony is in progress.
        Lost and found: items left at the Sunday prayer session can be collected from the front desk within 30 days; unclaimed items are donated to a local welfare charity.
        Temple Street in Yau Ma Tei, Hong Kong, takes its name from the Tin Hau Temple nearby; the temple complex is a declared monument and open daily from 8am to 5pm.
    """),
    ("ms", "notis_kuil_dan_perarakan"): _lines("""
        Notis: Perarakan Dewi Mazu dari Tokong Thean Hou, Persiaran Endah, Kuala Lumpur akan bermula jam 7 malam pada 10 Mei 2026; beberapa jalan di sekitar Jalan Syed Putra akan ditutup sementara.
        Pendaftaran pelita Guangming untuk tahun Kuda Api 2026 dibuka di kaunter pejabat tokong setiap hari dari 8 pagi hingga 6 petang; bayaran RM50 seorang dan resit rasmi akan dikeluarkan.
        Pengunjung diminta memakai pakaian sopan dan tidak membawa makanan ke dalam dewan utama; tempat letak kereta di kawasan tokong terhad kepada 150 kenderaan sahaja.
        Tokong Cheng Hoon Teng di Jalan Tokong, Melaka, dipercayai dibina pada abad ke-17 dan merupakan antara tokong Cina tertua yang masih berfungsi di Malaysia.
        Sukarelawan perarakan sila hadir taklimat keselamatan pada hari Sabtu jam 3 petang di dewan serbaguna; jaket keselamatan dan air minuman akan disediakan oleh jawatankuasa.
        Polis Diraja Malaysia menasihati orang ramai supaya menggunakan LRT dan mengelak memandu ke kawasan tokong pada malam Chap Goh Mei kerana kesesakan teruk dijangka berlaku.
        Derma boleh disalurkan melalui DuitNow QR di kaunter atau pindahan bank ke akaun persatuan; resit pengecualian cukai di bawah seksyen 44(6) Akta Cukai Pendapatan 1967 disediakan.
        Harga barangan di kedai tokong: colok besar RM12 sebatang, set kertas sembahyang lengkap RM25, tangkal kereta RM15, sepasang lilin merah RM30, semua harga termasuk SST.
        Rombongan ziarah ke Taiwan (Dajia Mazu) 7 hari 6 malam, harga dari RM4,680 seorang termasuk tiket penerbangan, hotel dan bas persiaran; tempahan ditutup pada 28 Februari.
        Perayaan Sembilan Maharaja Dewa di Ampang berlangsung dari hari pertama hingga kesembilan bulan kesembilan kalendar lunar; penganut digalakkan makan sayur sepanjang tempoh itu.
        Waktu operasi kaunter Tai Sui: Isnin hingga Jumaat 9 pagi hingga 5 petang, Sabtu dan Ahad 8 pagi hingga 7 petang; talian pejabat tokong 03-2274 7088 untuk pertanyaan am.
        Peringatan jawatankuasa: sila jangan buang colok yang masih menyala ke dalam tong sampah; tong pasir khas disediakan di sebelah kiri pintu masuk dewan utama.
        Tokong Kuan Yin Teng di Jalan Masjid Kapitan Keling, George Town, Pulau Pinang, sesak dengan penganut pada hari ke-19 bulan kedua, keenam dan kesembilan kalendar lunar.
    """),
    ("mixed", "config_and_logs"): _lines("""
        2026-01-17T09:14:22+08:00 INFO lamp-service order=LMP-20260117-0042 type=光明燈 qty=2 amount=1200 currency=TWD status=PAID channel=ATM
        CSV header: 訂單編號,燈別,數量,金額(NTD),付款方式,收據號碼,建立時間,經手櫃台代號,是否開立團體收據,備註
        config.yaml: lamp_price: {guangming: 600, taisui: 600, wenchang: 800, caishen: 1200}; registration_open: "2026-01-01"; registration_close: "2026-03-03"; max_per_order: 10
        [WARN] 2026-02-17 00:00:03 rush-hour throttle enabled: queue_length=1832, 搶頭香排隊系統 switched to 號碼牌 mode, ticket_prefix=A, window=5
        SELECT lamp_type, COUNT(*) AS 盞數, SUM(amount) AS 金額 FROM lamp_orders WHERE lunar_year = 2026 GROUP BY lamp_type ORDER BY 盞數 DESC;
        git commit a3f9c21: fix 農曆閏月換算 bug for 2025 閏六月 (閏6月 should map to month=6, leap=true); bump lunar-calendar to v2.4.1
        ERROR 2026-03-02 22:41:09 payment-gateway ECPay callback timeout, MerchantTradeNo=MZ2026030200871, retry 3/3 exhausted, 請會計手動對帳
        LINE Notify 已於 2025-03-31 停止服務，廟務通知改用 LINE Messaging API；.env.example 範例值 LINE_CHANNEL_ID=1234567890、LINE_CHANNEL_SECRET=changeme
        進香團 bus manifest schema: bus_no, seat_no, role(領隊/車長/團員), diet(葷/素), insurance_policy_no; 個資欄位 stored encrypted, never exported to analytics
        sha256(lamp_plaque_template_v3.pdf) = 9f2c4e7a1b0d3e58c6f7a9b2d4e1c08f5a3b7d9e2c6f1a0b4d8e3c7f9a2b5d1e, 燈牌模板版本 v3.0.2, 2026-01-05 發布
        cron: 0 3 * * 2 /opt/temple/bin/backup.sh --target s3://temple-backup-tw/daily --retain 30d  # 週二凌晨系統維護，點燈系統暫停
        繞境 GPS feed: {"palanquin_id":"DJ-MAZU-01","lat":24.3469,"lng":120.6224,"ts":"2026-04-18T21:05:00+08:00","speed_kmh":2.1,"battery":87}
        出貨單 SO-2026-0311-07：平安符 x500、香火袋 x300、媽祖令旗 x40，黑貓宅急便託運單號 9012 3456 7890，收件單位 北港朝天宮服務處
    """),
    ("zh-Hant", "價目表與團體捐款芳名錄"): _lines("""
        本宮服務價目：光明燈 600元／年、太歲燈 600元／年、文昌燈 800元／年、財神燈 1,200元／年、藥師燈 600元／年，均附燈牌與平安符一只。
        丙午年重修三川殿捐款芳名錄（團體）：信義房屋股份有限公司 新台幣200,000元、大甲區農會 新台幣50,000元、大甲國際扶輪社 新台幣30,000元。
        捐款芳名錄（公司行號）：阿嬤的香舖有限公司 36,000元、林記金紙行 12,000元、順天路老牌麵線糊 6,000元、大甲芋頭酥老店 8,800元。
        統一發票 AB-12345678，賣方：聖德香業有限公司（統編 24567813），品名：檀香環香 24H ×120 盒，單價 180元，總計 21,600元（含稅）。
        收據編號 115-光-003721：光明燈一盞 新台幣陸佰元整，經手單位：服務處第二櫃台，開立日期：中華民國115年1月20日，本收據不得作為扣抵憑證。
        進香團費用明細：遊覽車租金每車 18,000元、北港住宿每房 2,400元（四人房）、午餐桌菜每桌 4,500元、進香旗每支 150元、香條每份 50元。
        金紙價格表：大壽金每支 80元、刈金每支 60元、福金每支 50元、天公金每份 120元；往生錢本宮不另販售，請至隔壁金紙行購買。
        媽祖聖誕平安宴每桌 6,800元（10人份），由在地辦桌業者「總舖師阿忠辦桌」承製，菜色含佛跳牆、紅蟳米糕，報名請洽服務處。
        廠商報價單 Q-2026-0112：LED光明燈座（雙層蓮花型）×300 座，單價 1,350元，安裝費 30,000元，保固兩年，報價有效期 30 天。
        平安米認捐：每包 3 台斤 100元，認捐後由本宮於元宵節發放給轄區低收入戶，本年度已認捐 2,380 包，剩餘 620 包，歡迎公司行號團體認捐。
        芳名錄刊登規則：單筆捐款 1,000 元以上者刊登於廟埕公告欄，個人捐款者可勾選「不具名」或以「善信」代替刊登，團體捐款一律以全銜刊登。
        2025年度財務報告摘要：香油錢收入 1,862 萬元、點燈收入 742 萬元，支出含廟宇修繕 980 萬元、慈善救助 316 萬元，報告已經會計師查核簽證。
        捐款芳名錄（宮廟與社團）：新港奉天宮 50,000元、旗津天后宮管理委員會 10,000元、大甲區媽祖文化協會 20,000元、鹿港天后宮 30,000元。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        安太歲登記：林淑芬，民國55年農曆3月12日辰時生，屬馬，住台中市大甲區文武路88巷5號，聯絡電話0932-581-467。
        光明燈闔家一盞：陳建宏先生、妻黃美玲、子陳宥翔（民國102年生），地址 新北市板橋區莒光路163巷12號4樓，收據請寄此處。
        芳名錄：王志明 捐香油錢 3,600元（迴向亡母 王陳秀琴），收據號碼 115-香-000512，請刊登於廟埕公告欄。
        信眾蔡先生來電說他太太罹患乳癌正在做化療，想幫她點一盞藥師燈，並希望法會時主法老師能把她的名字唸出來。
        阿雄又來宮裡借錢了，說欠地下錢莊二十幾萬快被逼死，主委說不能再從香油錢借他，大家私下也不要借給他。
        進香報名表｜姓名：張雅婷｜身分證字號：B280523677｜出生：1990/07/23｜手機：0918-627-340｜緊急聯絡人：母 張林玉霞
        @黃秋菊 姊，妳兒子昨天晚上在廟口被警察帶走的事大家都很擔心，需要請律師或幫忙的話跟我們說一聲。
        週六志工排班 08:00-12:00 服務台：許振豪（0921-774-203）、江美雲（0926-318-559），遲到請提前告知組長。
        車牌 BDK-7315 的白色休旅車停在香客大樓消防通道，車主洪先生請盡速移車，他太太說他人還在大殿拜拜。
        退費申請：李佩珊因懷孕初期醫生建議不宜長途乘車，申請退還北港進香團費 2,800元，退款帳號 郵局 0031234-0567891。
        太歲燈名條：謝宗翰，民國67年農曆8月初4日子時建生，屬馬，住高雄市三民區建國二路218號6樓之3，身分證 E129047386。
        慈善救助申請：吳金水先生，72歲，獨居於嘉義縣新港鄉中山路旁老屋，去年中風後行動不便，申請白米與急難救助金 5,000元。
        網路點燈訂單 LMP-20260118-0137：購買人 鄭惠如，Email hueiru.cheng0412@gmail.com，手機 0975-204-813，燈別 文昌燈 ×2。
        香客大樓住宿登記 301房：周志偉（L126309811）、周林麗華（L224738156），夫妻同住，預計 4/11 入住、4/12 退房。
        組長在群組說：「阿美姨離婚後心情一直不好，最近排班都沒來，大家有空多打電話關心她。」
        代點光明燈：為孫女楊沛瑜（民國109年農曆9月初3日卯時生）祈求平安，登記人 阿嬤 楊邱月娥，電話 (06)223-4581。
        繞境轎班名單 第3班：廖俊傑 0958-662-417、廖俊男 0958-662-418，兄弟倆住彰化縣溪湖鎮，請於 05:30 前報到。
        捐款收據：曾素貞 新台幣伍萬元整，用途：為先生曾國良肝癌手術順利祈福，收據號碼 115-香-001088。
        陳阿土去年點的十二盞太歲燈還欠 7,200 元沒繳，打了三次他的手機 0933-210-596 都沒接，要不要直接去他家收？
        新住民點燈登記：阮氏梅（越南籍），居留證統一證號 Q900714527，住嘉義縣太保市祥和一路東段5號，先生 簡志明。
        進香遊覽車座位表 第2車：1A 劉秀英（會暈車，需靠窗）、1B 劉國棟、2A 簡美惠（糖尿病，午餐需低糖便當）。
        昨晚11點有人撬開香油錢箱，監視器拍到是住在廟後巷的邱姓男子，綽號「阿宏仔」，派出所已經把他帶回去做筆錄。
    """),
    "zh-Hans": _lines("""
        湄洲进香团报名：王丽华，身份证号 350302197803154523，手机 138 5012 7746，住福建省莆田市城厢区龙桥街道东大路27号。
        新加坡信众 陈美玲，NRIC S7812456C，为全家登记太岁灯三盏，联系电话 +65 9738 2214，付款方式 PayNow。
        群里说林太的老公上周在工地摔伤住院了，医药费还差三万多，庙里要不要帮她发起一次募款？
        收款记录：2026-01-19 微信转账 ¥1,200，付款人 刘建国，备注“安太岁两位，本人及妻子何秀英”。
        张先生（手机 139 2876 4410）要退进香团名额，因为他母亲肺癌晚期住院，这几天走不开。
        厦门来的阿芳说她欠了网贷十几万，求了支签想问能不能还清，她的微信号是 fang_0823xm，让我们有消息再联系她。
        香港信众 梁咏诗，香港身份证 K382916(2)，报名大甲绕境随香团，住九龙观塘协和街101号8楼C室。
        吉隆坡信众 黄国强，身份证 780912-14-5563，电话 012-381 6627，为去世的父亲黄亚福点往生莲位一年。
    """),
    "en": _lines("""
        Lamp registration: Tan Wei Ming, NRIC S8234079C, mobile +65 9126 4803, Blk 512 Jurong West Street 52 #08-117, Singapore 640512.
        Hi auntie, this is Mdm Lim Bee Hoon's daughter, mum was just diagnosed with stage 3 colon cancer so she can't come for her volunteer shift this Saturday.
        Donation receipt R-2026-0391 issued to Mr Ong Boon Keat for S$888 in memory of his late wife Mdm Sng Ai Lian, paid via PayNow on 12 Feb 2026.
        Email from devotee: I'm Rachel Goh (rachel.goh88@hotmail.com), please remove my late father Goh Teck Seng from this year's Tai Sui list, he passed away in December.
        Bus manifest row: seat 14, Kevin Chua Jun Hao, passport E2045188K, DOB 1984-06-02, vegetarian, emergency contact wife +65 8812 0937.
        Whoever owns the grey van SLK 7390 D, that's Uncle Ah Huat's, please tell him to stop parking at the temple gate during prayer sessions.
        Committee note: Uncle Ah Huat still owes S$3,000 from the 2024 getai stage rental and keeps saying his son will pay after his gambling debts are cleared.
    """),
    "ms": _lines("""
        Pendaftaran pelita: Lim Siew Ling, No. KP 850214-07-5236, alamat 23 Lorong Kelicap 5, 11900 Bayan Lepas, Pulau Pinang, tel 016-442 9081.
        Encik Tan yang selalu bantu di dapur tokong telah ditahan polis semalam kerana disyaki berjudi di belakang dewan serbaguna.
        Sukarelawan trafik: Cik Nurul Aina binti Hassan, no. telefon 012-738 4491, bertugas di simpang Jalan Syed Putra jam 6 hingga 10 malam.
        Puan Wong Mei Fong sedang hamil lima bulan dan tidak boleh berdiri lama, sila tukar syif beliau ke kaunter pelita yang ada kerusi.
        Bayaran balik rombongan ke Taiwan: Chong Kah Wai, akaun Maybank 1571 2384 6620, jumlah RM4,680, sebab: bapa masuk wad ICU.
        Kereta JKV 3381 milik Ah Keong diletak di depan pintu tokong sejak pagi, sesiapa kenal dia tolong telefon 017-209 5538.
    """),
    "mixed": _lines("""
        @Jessica 林佳蓉 妳的進香報名表還缺身分證影本喔，順便確認妳生日是 1992/11/05 對吧？這樣是屬猴，不用安太歲 😊
        CSV row: 2026-01-21,LMP-0219,光明燈,2,1200,高嘉宏,0978-551-320,高雄市苓雅區三多四路55號7樓,ATM
        2026-01-22T10:03:51+08:00 INFO lamp-service order=LMP-20260122-0088 buyer_name=蔡依婷 buyer_phone=0910-482-736 buyer_email=yiting.tsai@yahoo.com.tw
        Hi 阿伯, your son Kelvin 鍾 already transfer NT$6,000 for 你們兩老的太歲燈 liao, 匯款帳號後五碼 38271, 收據我再寄到你家。
        HK信眾 Mrs. Chan 陳何淑儀，HKID Y517204(5)，想報名大甲遶境隨香，但她有心臟病，問 whether 有醫護車跟隨。
        志工 David 黃建邦 說他公司 layoff，salary 這個月只發一半，下個月 can't do 排班 了，請大家先幫他 cover。
        澳門信眾 何志強，澳門居民身份證 5215432(1)，手機 +853 6628 4917，報名湄洲謁祖進香團兩位，同行者 妻 區美儀。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是台中一間媽祖廟的點燈服務小幫手，協助信眾整理安太歲與光明燈登記資料，請使用繁體中文回覆。",
        ),
        (
            "user",
            "我要幫全家登記：我 賴文彬，民國67年農曆5月20日午時；太太 賴許雅惠，民國70年農曆11月3日；兒子 賴承恩，民國99年農曆2月14日辰時。地址台中市北屯區崇德路二段402巷7號，電話0937-615-208。",
        ),
        (
            "assistant",
            "好的，依丙午年（2026）犯太歲生肖整理如下：賴文彬先生民國67年生屬馬，值太歲，建議安太歲燈；賴許雅惠女士民國70年生屬雞，賴承恩民國99年生屬虎，未犯太歲，可點光明燈祈福。太太的時辰不詳，登記表可勾選「吉時」。",
        ),
        ("user", "那總共多少錢？可以線上刷卡嗎？"),
        (
            "assistant",
            "太歲燈一盞600元，光明燈兩盞各600元，合計1,800元。可至官網「點燈服務」專區以信用卡付款，收件地址會使用您提供的北屯區崇德路地址寄送收據。",
        ),
    ],
    [
        (
            "user",
            "Can you help me write a short email to Thian Hock Keng? I want to donate S$1,000 in memory of my mother Mdm Koh Siew Eng, who passed away last month from kidney failure. My name is Daniel Yeo, NRIC S6928314D, phone 9457 1320.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Temple Office, I would like to make a donation of S$1,000 in memory of my late mother, Mdm Koh Siew Eng. Kindly advise on the payment method and whether a tax-deductible receipt can be issued. I can be reached at 9457 1320. Thank you. Yours sincerely, Daniel Yeo. I left out your NRIC and the cause of death, since the temple only needs those if it asks for a tax receipt.",
        ),
        ("user", "Good point. Should I include her Chinese name 许秀英 too?"),
        (
            "assistant",
            "Yes, adding her Chinese name helps the temple write the memorial tablet correctly. You could add: Her Chinese name is 许秀英.",
        ),
    ],
    [
        ("system", "你是一个帮助信众报名进香团的助手，用简体中文回答。"),
        (
            "user",
            "我叫周海燕，手机 186 0592 3318，想报名四月的北港进香团，但我有高血压，还在吃药，坐长途大巴会不会有问题？",
        ),
        (
            "assistant",
            "周女士您好，高血压本身一般不影响报名，但建议出发前请医生评估，随身携带降压药和血压记录，并在报名表的健康备注栏注明，方便领队安排靠前的座位和休息时间。",
        ),
        ("user", "好的，那报名表上紧急联系人写我老公 郑志远 139 5010 2286 可以吗？"),
        ("assistant", "可以，紧急联系人填写配偶姓名和手机号即可。请确认他出发当天能接听电话。"),
    ],
    [
        (
            "system",
            "Anda pembantu jawatankuasa Tokong Thean Hou yang menulis notis dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tulis notis ringkas untuk group WhatsApp: syif sukarelawan malam Chap Goh Mei diketuai oleh Encik Lee Chee Keong (012-663 0415), dan Puan Siti Hajar binti Osman ganti tempat Madam Ho yang masuk hospital minggu lepas.",
        ),
        (
            "assistant",
            "Notis Sukarelawan Chap Goh Mei: Syif malam akan diketuai oleh Encik Lee Chee Keong (012-663 0415). Puan Siti Hajar binti Osman akan menggantikan Madam Ho untuk syif ini. Sila hadir 30 minit lebih awal untuk taklimat. Terima kasih atas kerjasama semua.",
        ),
        ("user", "Jangan sebut Madam Ho masuk hospital ya, dia tak suka orang tahu."),
        (
            "assistant",
            "Baik, notis di atas tidak menyebut sebab penggantian. Saya kekalkan ayat itu seperti sedia ada.",
        ),
    ],
    [
        (
            "user",
            "幫我整理一下今天 LINE 群組的重點：「秀琴姐 0912-508-337 說她明天排班要請假，因為她先生洗腎」「Andy 蕭 轉帳 NT$3,000 香油錢 後五碼 60412」「阿財伯的機車 MKT-296 又停在金爐旁邊」",
        ),
        (
            "assistant",
            "重點如下：1. 秀琴姐（0912-508-337）明天請假，原因為家人就醫，需找人代班。2. Andy 蕭已轉帳香油錢 NT$3,000，帳號後五碼 60412，請會計組對帳。3. 阿財伯的機車 MKT-296 停在金爐旁，需請他移車。",
        ),
        ("user", "OK thanks, 順便寫一句提醒大家停車的公告，不要點名"),
        (
            "assistant",
            "提醒各位信眾與志工：金爐周邊為消防安全區域，請勿停放機車或汽車，請改停至香客大樓後方停車場，感謝配合🙏",
        ),
    ],
    [
        ("system", "你是宮廟行政助理，協助撰寫給信眾的訊息，語氣要客氣。"),
        (
            "user",
            "有個信眾陳阿土（0933-210-596）欠了去年太歲燈的錢 7,200 元，他說他最近失業又在跑法院，我要怎麼寫訊息催他才不會太難看？",
        ),
        (
            "assistant",
            "可以這樣寫：陳大哥您好，這裡是宮裡服務處。去年您登記的太歲燈款項尚有 7,200 元未結清，知道您近來事情比較多，若需要分期或延後處理，歡迎隨時回電或到服務處跟我們商量，媽祖保佑一切順利。",
        ),
        ("user", "這樣很好，可以再短一點嗎？"),
        (
            "assistant",
            "陳大哥您好，去年太歲燈款尚有 7,200 元未結，如需分期歡迎到服務處商量，感恩。",
        ),
    ],
    [
        (
            "system",
            "CRM record loaded: devotee_id=DV-10482, name=Ng Kok Leong, NRIC T0315562A, mobile +65 8271 4406, address 18 Jalan Kembangan, Singapore 419120, notes: son in drug rehab since 2025, requests privacy.",
        ),
        (
            "user",
            "The devotee in the record wants to light a Yaoshi lamp for his son. What should I tell him about the price and timing?",
        ),
        (
            "assistant",
            "You can let Mr Ng know a Yaoshi (Medicine Buddha) lamp is S$38 for the year and can be registered at the counter or online; the lamp is lit within three working days. Given the privacy note, the lamp plaque can carry just his son's name without any reason stated.",
        ),
        ("user", "Great, and please don't include the rehab part when I message him."),
    ],
    [
        ("system", "你是大甲媽祖遶境服務台的助理，協助處理走失協尋廣播。"),
        (
            "user",
            "有一個小朋友走失：叫林宥辰，7歲，穿藍色恐龍T恤，媽媽林怡君手機0920-335-871，最後在彰化南瑤宮附近看到。幫我寫廣播稿。",
        ),
        (
            "assistant",
            "協尋廣播：各位香燈腳請注意，現在協尋一名7歲男童林宥辰小朋友，身穿藍色恐龍圖案T恤，最後出現在彰化南瑤宮附近。如有看到，請帶往最近的服務台或撥打0920-335-871聯絡林媽媽，感謝大家幫忙。",
        ),
        ("user", "找到了！在香客大樓那邊，謝謝"),
        ("assistant", "太好了，請記得通知廣播組取消協尋，並請林媽媽到服務台簽名領回。"),
    ],
    [
        (
            "user",
            "我是槟城观音亭的义工，帮我把这些捐款排成芳名录格式：陈国华 RM500，Lim Ah Kow RM200，黄丽珍女士 RM1,000（为儿子考试祈福），匿名 RM50。",
        ),
        (
            "assistant",
            "芳名录：黄丽珍女士 RM1,000；陈国华先生 RM500；Lim Ah Kow 先生 RM200；善信 RM50。祈福用途一般不刊登在公开芳名录上，建议另记在内部登记簿。",
        ),
        ("user", "陈国华是女的，要写女士"),
        (
            "assistant",
            "已更正：黄丽珍女士 RM1,000；陈国华女士 RM500；Lim Ah Kow 先生 RM200；善信 RM50。",
        ),
    ],
    [
        ("system", "你協助信眾撰寫向神明稟告的疏文，語氣莊重，使用繁體中文。"),
        (
            "user",
            "幫我寫一份疏文，信女 沈美蘭，民國62年農曆6月18日酉時生，住台南市東區裕農路375巷9號，因為罹患憂鬱症多年，又剛跟先生 羅家銘 辦完離婚，祈求媽祖保佑身心平安。",
        ),
        (
            "assistant",
            "謹疏：今據中華民國台灣省台南市東區裕農路375巷9號居住，信女沈美蘭，民國六十二年農曆六月十八日酉時建生，誠心叩求天上聖母慈悲庇佑，祈求身心安泰、煩憂消散、諸事順遂。伏望聖母垂憐，賜福消災。信女沈美蘭 百拜上申。",
        ),
        ("user", "要不要把離婚跟憂鬱症寫進去？"),
        (
            "assistant",
            "疏文可以只寫「身心安泰、煩憂消散」，不必寫明病名與婚姻狀況；若您希望更具體稟告，也可以在上香時於心中默念，不一定要寫在紙上焚化。",
        ),
    ],
]
