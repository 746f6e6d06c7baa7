# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh134: Taiwan temple fairs, processions and temple management committees. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh134
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "繞境公告"): _lines("""
        【交通管制公告】本宮天上聖母遶境進香，農曆三月初八晚間11時起駕，中山路一段至光復路口將實施交通管制至翌日凌晨2時，請用路人改道。
        第二日駐駕地點：彰化南瑤宮（預計晚間10時抵達），沿途各宮廟請依表定時間設香案接駕。
        遶境路線：廟前廣場→民生路→中正路→媽祖公園→北斗大橋→溪州（午宴）→西螺福興宮駐駕。
        本年度繞境共計九天八夜，行程總長約340公里，途經4縣市、21鄉鎮區。
        鑾轎預計於清晨05:30通過第12哨點（市場口），請沿線住戶勿於路中央停放機車。
        為維護進香隊伍安全，鑾轎前後50公尺內禁止施放高空煙火及蜂炮，違者由警方依法取締。
        因颱風警報，原訂農曆七月十二日之王爺巡境改期至七月十九日，路線不變，請各陣頭互相轉知。
        沿線設有12處醫護站與24處流動廁所，位置請參閱本宮官網公告之繞境地圖（PDF，2.4MB）。
        信眾「鑽轎腳」請於鑾轎前方依序跪地，勿推擠、勿搶拉轎槓。
        進香隊伍順序：報馬仔→頭旗→頭燈→三仙旗→開路鼓→福德彌勒團→弓箭班→神童團→哨角隊→莊儀團→太子團→神轎→繡旗隊→鑾轎。
        回鑾日程：農曆三月十六日下午4時回駕安座，當晚8時舉行平安宴，席開120桌。
        臨時更動：因中華路段施工，繞境改經和平路，預計延後約20分鐘通過市區。
        刈香期間各陣頭請配合主辦單位發放之路關單行進，勿自行脫隊，脫隊者不予補發便當券。
        友宮聯誼：本次遶境將於新港奉天宮停駕參香，停駕時間約40分鐘，請隨香客勿擋住廟門。
    """),
    ("zh-Hant", "管委會章程與會議紀錄"): _lines("""
        第十二屆管理委員會第三次委員會議紀錄：出席委員19人，列席監察委員3人，主席宣布開會。
        案由一：本年度丁口錢收費標準是否調整案。決議：維持每丁200元、每口100元，照案通過。
        第八條　信徒資格：設籍本庄滿三年，年滿二十歲，並每年繳納丁口錢者，得申請為信徒。
        第十五條　管理委員任期四年，連選得連任一次；主任委員由委員互選之。
        本宮依寺廟登記規則辦理財產登記，不動產一律登記為本宮所有，不得以個人名義持有。
        案由三：志工保險投保案。決議：全體志工自七月一日起投保團體意外險，保費由香油錢項下支出。
        臨時動議：建議於功德箱上方增設監視器以防竊盜。決議：交總務組估價後提下次會議討論。
        信徒大會出席人數須達信徒總數二分之一以上方得開議，未達法定人數時延會一小時。
        爐主、副爐主及頭家由每年元宵節於神前擲筊產生，以得聖筊數最多者為爐主。
        依本宮慣例，家中有喪事未滿一年者，不宜擔任爐主或扛轎，請信眾自行斟酌。
        財務報告：本年度上半年香油錢收入新臺幣3,482,615元，支出2,915,300元，結餘提撥修繕基金。
        第十三屆委員改選訂於國曆十一月二十日上午九時於本宮香客大樓三樓舉行，候選人登記至十一月五日止。
        監察委員應每季查核帳冊一次，並於委員會議提出查核報告。
        本會議紀錄經主席及記錄確認後，公告於廟埕公布欄七日，無異議即生效。
    """),
    ("zh-Hant", "表單範本"): _lines("""
        丁口登記表｜戶長姓名：＿＿＿＿　地址：＿＿鄰＿＿號　男丁：＿＿口　女口：＿＿口　合計金額：＿＿＿元
        光明燈登記：姓名〔　　〕農曆生日〔　年　月　日　時〕地址〔　　　　〕，每盞新臺幣600元。
        志工報名表（請以正楷填寫）：姓名／性別／出生年月日／身分證字號／手機／可服務時段（□早班 □午班 □晚班）
        香油錢收據｜收據編號：＿＿＿＿　茲收到＿＿＿＿＿君樂捐香油錢新臺幣＿＿＿元整　經手人：＿＿＿
        陣頭報名表：團體名稱＿＿＿＿　負責人＿＿＿＿　聯絡電話＿＿＿＿　人數＿＿人　演出項目□八家將□官將首□宋江陣□電音三太子□舞龍舞獅
        安太歲登記（今年犯太歲生肖：蛇、豬、虎、猴）姓名：{name}　生肖：{zodiac}　出生年：{year}　金額：{amount}
        轎班人員切結書：本人＿＿＿＿自願參加本宮遶境扛轎，如有身體不適應自行退出，並遵守轎班規範。立切結書人：＿＿＿（簽章）
        委員名冊（範本）｜職稱｜姓名｜聯絡電話｜任期｜備註｜　※公開版本請勿填入個人資料
        捐款收據抵稅說明：收據須載明捐款人姓名及身分證統一編號，始得列舉扣除；空白欄位由會計組填寫。
        平安米領取登記：戶號＿＿＿　領取份數＿＿＿　領取人簽名＿＿＿＿
        祭改登記單：信士／信女＿＿＿＿＿　民國＿＿年＿＿月＿＿日生　住址＿＿＿＿＿＿＿＿＿＿
        志工排班表：日期｜時段｜組別｜姓名｜簽到｜簽退（本表每週一更新，請以鉛筆填寫）
    """),
    ("zh-Hant", "香油錢與財務公告"): _lines("""
        本宮113年度香油錢收支總表：收入新臺幣12,846,320元，支出9,733,105元，詳細科目公告於廟埕布告欄。
        點光明燈可使用郵政劃撥：帳號 22485917，戶名：財團法人臺南市安瀾宮，劃撥單請註明燈別。
        本宮統一編號 78912340，捐款收據可供綜合所得稅列舉扣除。
        功德箱每週二、五下午由財務組二人會同監察委員開箱點算，當場封存並製作點收紀錄。
        收據編號 113-A-004587 已作廢，請以補發之 113-A-004602 為準。
        中元普渡供品每桌認捐新臺幣3,000元，截至八月十日共認捐186桌。
        本年度丁口錢應收戶數842戶，已收768戶，收繳率91.2%。
        金牌贈獻統計：今年共收受金牌1,204面，依例由委員會決議熔鑄或保存。
        線上刷卡點燈由第三方金流代收，訂單編號格式為 LT20250312-000871，本宮不保存任何卡號。
        香油錢收據遺失者不得補發，僅可開立捐款證明，請攜帶收據存根聯至服務台辦理。
        建醮經費預算：總經費約新臺幣2,850萬元，其中醮壇搭建850萬元、法師科儀420萬元。
        財團法人宮廟每年須於五月底前向主管機關申報上年度決算書表。
        建廟功德芳名錄將於新殿落成後刻碑，捐款壹萬元以上者列名，亦可選擇以「無名氏」列名。
    """),
    ("zh-Hant", "志工排班與群組通知"): _lines("""
        【志工群組】明天早班6:30報到，地點香客大樓一樓，記得穿背心、帶水壺。
        各組組長請於週五前回報下週人力缺口，系統排班表會於週六晚上公布。
        今天下午太熱，發放礦泉水組請每小時輪替一次，不舒服要馬上說，不要硬撐。
        交管組提醒：指揮交通一律穿反光背心、使用指揮棒，不可站在車道中央。
        環保組：遶境結束後請協助撿拾沿途紙錢與鞭炮屑，垃圾袋在三號補給車上。
        明天起駕前一小時，全體志工在廟埕集合拜拜，點名後分發識別證。
        請大家不要在群組轉傳信眾的身分證照片或聯絡資料，一律傳給服務台處理。
        志工服務時數滿100小時者可申請志願服務績效證明，請向服務台索取申請表。
        香客大樓晚上十點熄燈，夜班志工請從側門進出，鑰匙放在值班室。
        下週三中午有志工餐會，素食葷食都有，要參加的在記事本+1。
        今日服務台排班：早班4人、午班3人、晚班5人，尚缺晚班2人，可支援者請私訊組長。
        請假請至少提前三天告知組長，臨時請假請直接打服務台電話 06-2261578 分機12。
    """),
    ("zh-Hans", "进香攻略问答"): _lines("""
        请问大甲妈祖绕境一般在农历几月？外地人可以全程跟着走吗？
        第一次去台湾参加白沙屯妈祖进香，需要提前在官网报名登记吗？会发“香旗”和“进香服”吗？
        湄洲妈祖祖庙每年农历三月廿三举办妈祖诞辰祭典，流程包括迎神、上香、读祝文、三献礼等。
        跟着绕境走的话建议穿好走的运动鞋，带雨衣、护膝和充电宝，沿途有很多信众免费提供饮食。
        八家将的脸谱叫“开脸”，一般由有经验的画脸师傅绘制，出阵期间有不少禁忌。
        台湾宫庙的“丁口钱”是什么？是按家里男丁人数收的吗？
        电音三太子起源于台湾，2009年高雄世运会开幕式上演出后广为人知。
        妈祖信俗于2009年被联合国教科文组织列入人类非物质文化遗产代表作名录。
        请问给宫庙添香油钱有没有规定金额？一般投多少比较合适？
        大陆居民赴台需要办理《大陆居民往来台湾通行证》和入台证，团队游需通过有资质的旅行社办理。
        林默娘相传生于北宋建隆元年，福建莆田湄洲人，后世尊为天上圣母。
        求问：做宫庙志工需要什么条件？没有宗教信仰可以报名吗？
    """),
    ("en", "guide and news"): _lines("""
        The Dajia Mazu Pilgrimage covers roughly 340 km over nine days, and hundreds of thousands of people join some part of the walk.
        Ba Jia Jiang troupes paint their faces before a procession and traditionally observe taboos such as avoiding meat during the festival period.
        Tip: if you want to crawl under the palanquin for blessings, kneel in line on the roadside and keep your head down as it passes.
        Temple management committees in Taiwan are usually elected by registered adherents, and most larger temples are registered as foundations.
        Ding kou qian is a per-head levy collected from households in a temple's catchment area to fund annual rites such as the Pudu ceremony.
        Volunteers must be at least 16, attend a two-hour safety briefing, and wear the issued vest and lanyard at all times.
        The procession route map and live palanquin GPS tracker are published on the temple's official app; no registration is needed to view it.
        Koxinga (Zheng Chenggong) is venerated at several temples in Tainan as the Prince of Yanping.
        Firecracker volume during the Yanshui Beehive Fireworks Festival often exceeds 120 dB; wear a full-face helmet and fire-resistant clothing.
        Please do not hand cash directly to troupe members; offerings should go into the donation box or be made at the service counter for a receipt.
        Order #TW-58213094 for 2 lantern packages has been dispatched; tracking number 8207 4419 3365.
        The Song Jiang Battle Array re-enacts militia drills with tridents, big knives and shields, typically with 36 or 72 performers.
    """),
    ("mixed", "系統設定與日誌"): _lines("""
        volunteer_shift: {"shift_id": "S-0412-AM", "slots": 12, "filled": 9, "location": "香客大樓1F", "start": "06:30", "end": "11:30"}
        SELECT household_id, ding_count, kou_count, amount FROM dingkou_2025 WHERE paid = false; -- 查詢未繳丁口錢戶數
        [2025-04-12 05:31:08] INFO route_tracker: palanquin GPS ping lat=24.3468 lon=120.6241 checkpoint=12 status=on_time
        .env 範例：LINEPAY_CHANNEL_ID=<your-channel-id> / LINEPAY_SECRET=<your-secret> / RECEIPT_PREFIX=113-A
        ERROR receipt_printer: paper jam on device EPSON TM-T82III, job 4471 queued for retry
        API 回應 {"status":"ok","order_no":"LT20250312-000871","lamp_type":"光明燈","qty":1,"amount":600}
        排班系統 v2.3.1 更新：新增「組長代排」功能、修正週六晚班重複指派問題。
        CSV 欄位定義：household_id,village,neighborhood(鄰),ding,kou,amount,paid_at — 不含姓名與電話
        cron: 0 22 * * * /opt/temple/bin/backup.sh --db donations --encrypt
        git commit 3f9a2c1: fix route map checkpoint order (第7哨與第8哨對調)
        硬體清單：發電機 Honda EU22i ×2、擴音車 ISUZU NPR-75 ×1、對講機 Motorola T82 ×30
        Schema 說明：member.phone 欄位須加密儲存（AES-256），匯出報表時一律遮罩為 09xx-xxx-xxx。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        第十二屆管理委員會委員名冊｜主任委員｜陳榮輝｜0932-518-406｜臺南市中西區民族路二段217巷8號｜任期至115年
        委員 林秀鳳，身分證字號 D216373985，民國59年次，任財務委員，負責香油錢開箱點收。
        丁口錢收繳明細：第七鄰 黃金水 戶，男丁4口、女口3口，應繳1,100元，至今未繳，已催繳兩次。
        香油錢芳名錄（本週）：蔡明宏 新臺幣36,000元（祈求母親洗腎順利）
        志工排班異動：4/12 早班 吳淑惠 請假（膝蓋開刀住院中），由 張文德 0921-774-352 代班。
        轎班 李志豪 於遶境第三天疑似中暑昏倒，已送彰化基督教醫院急診，家屬聯絡人為其妻 0918 226 593。
        八家將團員 許家銘（綽號阿銘，19歲）廟會期間與他團發生鬥毆，經警方帶回偵訊，委員會決議停止其出陣一年。
        爐主 王清松 因母親上月過世（帶孝中），依例改由副爐主 鄭國平 接任今年爐主。
        退款申請：信徒 曾雅琪 重複繳納光明燈費用600元，請退至郵局帳號 0081234-0567891。
        線上點燈刷卡失敗紀錄：持卡人 HUANG SHU-FEN，卡號 4563 1802 8471 9367，有效期 08/27，請服務台回電確認。
        陣頭負責人：宋江陣總教練 郭天賜，手機 +886 935 602 184，LINE ID：guo_tiansi1968
        志工保險加保名單：蘇美玲 E219465454 1978/03/14；楊俊傑 H181935586 1985/11/02
        繞境車隊登記：第5車 神轎車 車牌 BNR-5318，車主 邱建興，自備司機。
        安太歲登記：謝佩珊，民國78年次屬蛇，今年犯太歲，住高雄市苓雅區四維三路56號5樓之2。
        信徒大會簽到 No.214 鄭阿嬌（本人行動不便未到，代理人：孫女 鄭宜蓁，持委託書）
        主委，廟口賣香腸的阿昌（陳永昌）又把攤子擺到轎子要過的路口，講了三次都不聽，可不可以請派出所來處理？
        丁口錢收據存根 No.0387｜戶長：劉文雄｜男丁2 女口2｜金額600元｜地址：雲林縣北港鎮中山路88號
        電音三太子團團長 何俊宏 積欠服裝租金4萬2千元，委員會決議暫停合作，並寄存證信函至其住所臺中市大甲區順天路312號。
        捐贈金牌：信女 林蔡玉梅 敬獻金牌二面，感謝媽祖保佑孫子 林宥辰 考上台大醫學系。
        志工阿嬤 江素琴（七十六歲）有高血壓，排班請盡量排午班廟內服務台，不要排戶外。
        監察委員 簡正雄 涉嫌侵占香油錢約18萬元，經委員會決議停權並移送地檢署偵辦。
        白沙屯進香報名：姓名 莊雅婷／身分證 K223599182／手機 0975-338-120／緊急聯絡人 莊父 0912-605-447
        哨角隊名單補登：羅文傑 X178105002（金門人，目前在臺南工作，只能參加週末）
        委員 黃世賢 住臺南市佳里區，家中電話 06-5952281，請勿於晚上十點後來電。
        官將首團員 陳冠宇 未成年（16歲，新營高中二年級），出陣須附家長同意書，母親 陳淑娟 已簽名。
        香油錢匯款確認：匯款人 吳建宏，中國信託(822) 帳號 1235-4078-9216，金額12,000元，指定用於普渡。
        元宵擲筊結果：第三鄰 林正義 得7聖杯任爐主，第五鄰 蔡明輝 得6聖杯任副爐主，請兩戶準備迎請爐主香爐。
        轎班 張哲維 騎機車（車牌 MKT-638）跟車時在西螺大橋附近擦撞，右手骨折，醫藥費由志工意外險理賠。
        排班請注意：游雅雯 懷孕五個月，醫師交代不可久站，請安排在服務台登記光明燈。
        誦經團團員 高麗珠 的兒子上週在澳洲打工發生意外過世，本團週六為其誦經迴向，請團員準時出席陪伴她。
        委員名冊匯出（內部）｜副主委｜許天來｜R170148449｜0910-443-527｜臺南市安南區長溪路三段415號
        陳阿桃 阿嬤中風後左側無力，由印尼籍看護 Sri Wahyuningsih 推輪椅陪同參拜，請安排無障礙動線。
        服務台核對：光明燈信士 周正豪 身分證 D178382077 已核對無誤 ✔
    """),
    "zh-Hans": _lines("""
        湄洲进香团名单：林国华，身份证 350305196804120311，手机 138 5942 7716，住莆田市秀屿区湄洲镇宫下村。
        陈丽萍 350322197509182561 仙游县人 / 护照号 E78341925 / 入台证还没下来，先别帮她订香客大楼床位。
        跟团去北港的张伟强血糖高，随身带胰岛素，同行的人麻烦多留意一下，他电话 15960831247。
        厦门的黄志明师傅（身份证 350203198206034174）负责今年神轿雕刻维修，报价8.6万元，已付订金3万。
        微信转账香油钱：付款人 吴雅琴（微信号 wuyaqin_0227）¥2,000，备注“求子，结婚六年还没怀上”。
        郑晓燕 350304199102270822 申请做湄洲祖庙志工，她说周末可以排班，手机 13705948216。
        群里说的那个“阿强”就是宫下村开民宿的蔡永强，他欠了庙里五年的丁口钱，还在外面说理事会贪污。
    """),
    "en": _lines("""
        Volunteer roster 12 Apr: Jason Lin (0928 417 305) - traffic control, checkpoint 9; Emily Tsai - water station; both on the morning shift.
        Donor record: Mr. Tan Boon Huat of Penang, MyKad 710305-07-5123, donated RM 5,000 to the temple rebuilding fund.
        Hi, I'm Priya d/o Raman from Singapore (NRIC S7421583A). I'd like to join the Baishatun pilgrimage; I have asthma so please put me near a medical station.
        Incident note: Kevin Huang, 23, Ba Jia Jiang performer, arrested on 13 Apr for assaulting a spectator near the temple gate; committee suspended him pending trial.
        Lantern booking for CHAN Wai Ming, paid by JCB 3568 9910 4728 3914, receipt to wm.chan1977@gmail.com
        Please take my mum off the donor wall - her name is Lim Siew Lan, she lives at 18 Jalan Burma, George Town, and she doesn't want the neighbours to know she gave NT$200,000.
        Volunteer Rajesh a/l Muniandy (Singapore work pass, FIN G5829174P) helped carry the palanquin and sprained his ankle at checkpoint 14; ice pack given, sent back to the hostel.
    """),
    "mixed": _lines("""
        委員 Mr. 李國棟 Lee Kuo-tung，email: kuotung.lee63@gmail.com，負責繞境 logistics，手機 0939-281-664。
        大馬來的 Nurul Aina binti Hashim 想跟我們走大甲繞境，她 passport no. A38291745，已經幫她訂 4/12 香客大樓床位 B-17。
        [LINE群組] 阿豪 (張家豪，交管組第9哨): 我明天 late shift 不行 因為我阿公 ICU 還沒出來 sorry 🙏
        捐款 export row: donor_name=周美華, id_no=B128694486, amount=50000, purpose=建醮, paid_by=5409 1287 3015 2647
        新加坡信徒 Ong Li Ting (T0318462A) booked 太歲燈 ×2 for her parents, payment via PayNow, contact 9176 4402.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是宮廟管理委員會的行政助理，協助整理名冊與公告。"),
        (
            "user",
            "幫我把這份丁口錢名單整理成表格：第三鄰 林進財 男丁3 女口2 已繳；第三鄰 蔡阿珠 男丁1 女口1 已繳；第四鄰 王建中 男丁2 女口4 未繳。",
        ),
        (
            "assistant",
            "｜鄰別｜戶長｜男丁｜女口｜金額｜狀態｜ / ｜第三鄰｜林進財｜3｜2｜800元｜已繳｜ / ｜第三鄰｜蔡阿珠｜1｜1｜300元｜已繳｜ / ｜第四鄰｜王建中｜2｜4｜800元｜未繳｜",
        ),
        (
            "user",
            "王建中那戶再幫我寫一則催繳簡訊，他手機 0926-381-504，口氣客氣一點，他去年也拖到中元才繳。",
        ),
    ],
    [
        ("user", "我是志工組長，有位志工最近在做化療，想調整班表，我該怎麼寫訊息比較委婉？"),
        (
            "assistant",
            "可以先表達關心，再提供幾個較輕鬆的時段讓對方自行選擇，避免在群組公開討論病情。",
        ),
        (
            "user",
            "她叫許惠如，原本排週六午班交管組，幫我改到週三早班服務台，並寫一段私訊通知副組長。",
        ),
    ],
    [
        ("user", "Can you draft a short thank-you letter to a donor for our temple?"),
        (
            "assistant",
            "Of course. Please tell me the donor's name, the amount or item donated, and any personal note you want included.",
        ),
        (
            "user",
            "Donor is Mr. Chen Chih-ming, he gave NT$100,000 for the new incense burner in memory of his late wife; mail it to 5F, No. 72, Sec. 3, Zhongshan Rd, East District, Chiayi City.",
        ),
    ],
    [
        ("user", "主委交代要把新任委員資料輸進系統，欄位要怎麼設計？"),
        (
            "assistant",
            "建議欄位：職稱、姓名、身分證字號（加密）、手機、通訊地址、任期起訖，匯出時將身分證與手機遮罩。",
        ),
        (
            "user",
            "好，第一筆先幫我排好格式：監察委員 簡淑芬，P259016335，0963-207-518，雲林縣北港鎮文化路105號，任期113-116。",
        ),
    ],
    [
        ("user", "我想给台湾的庙捐香油钱，可以用微信支付吗？"),
        (
            "assistant",
            "多数台湾宫庙不直接收微信支付，通常接受现场投功德箱、邮政划拨或银行汇款，汇款后可请庙方开收据。",
        ),
        (
            "user",
            "那我用银联卡汇，我叫刘建军，卡号 6222 0216 0839 2747，帮我写封邮件问庙方能不能刷这张卡给我母亲点光明灯。",
        ),
    ],
    [
        ("user", "遶境第二天有轎班受傷，廟方要怎麼處理比較好？"),
        (
            "assistant",
            "先確認就醫與家屬通知，保留現場照片與證人說明，再依團體意外險條款備妥診斷書與收據申請理賠。",
        ),
        (
            "user",
            "傷者是 葉志誠，左腳踝骨折，現在在衛生福利部彰化醫院住院，身分證 N121215343，申請理賠還要準備什麼？幫我列清單。",
        ),
    ],
    [
        ("user", "幫我把這句翻成英文給外國志工看：明天早上六點半在廟埕集合，穿志工背心。"),
        (
            "assistant",
            "Tomorrow at 6:30 a.m., please gather in the temple courtyard and wear your volunteer vest.",
        ),
        (
            "user",
            "另外單獨傳給 Lukas Brenner，他 LINE 是 lukas.b.tw，跟他說他被分到交管組第9哨，因為他上次遲到所以這次要提早十分鐘到。",
        ),
    ],
    [
        ("user", "我係香港信眾，想喺台灣間廟點光明燈，可唔可以網上登記？"),
        (
            "assistant",
            "可以，大部分宮廟都有網上登記，需要填姓名、農曆生日同聯絡方法，付款後會寄收據。",
        ),
        (
            "user",
            "我叫梁嘉欣，HKID Y205938(8)，電話 9432 6170，農曆生日係七月初三，幫我填好表格先。",
        ),
    ],
    [
        ("user", "我們陣頭晚上練鼓被鄰居檢舉噪音，該怎麼處理？"),
        ("assistant", "建議調整練習時段到晚上九點前、移到室內或加裝隔音，並主動向鄰居說明與致歉。"),
        (
            "user",
            "檢舉的是巷口12號的邱美雲太太，她說她先生心臟病剛出院晚上要睡覺，幫我寫一封道歉信，放在她家信箱。",
        ),
    ],
]
