# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh249: Taiwan wushu, taekwondo and martial-arts schools (enrolment, belt exams, competition teams, injuries, parent LINE groups). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh249
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "招生簡章"): _lines("""
        【2027寒假跆拳道體驗營】招生對象：國小一至六年級，上課期間1/20–2/7，每週一三五 14:00–16:30，費用NT$4,800（含道服一套），報名專線02-2708-5531。
        本館地址：臺北市大安區復興南路一段219巷18號B1（捷運忠孝復興站4號出口步行約5分鐘），館內設有冷氣及淋浴間，停車資訊請洽櫃台。
        兒童武術班每期12堂，學費NT$3,600，兄弟姊妹同時報名第二位享九折；舊生於12/20前完成續報者再折NT$300，限現金或轉帳。
        轉帳資訊：戶名「龍騰武術運動有限公司」，台新銀行(812)敦南分行，帳號2088-01-0004512-6，匯款後請於官方LINE @longteng_wushu 留言告知末五碼。
        成人散打班每週二、四 19:30–21:00，需年滿16歲，首次上課請攜帶運動毛巾與水壺；拳套、護齒可於館內購買，單堂體驗費NT$350。
        本館為新北市體育總會跆拳道委員會認證道館，立案字號：新北體字第1130045678號，統一編號 83921457，歡迎各級學校社團洽詢合作。
        官方信箱 service@tigerdojo.com.tw｜客服專線 0800-521-889（週一至週六 10:00–21:00）｜Instagram @tigerdojo_tw，線上報名表單請見官網。
        報名應附文件：學員一吋照片兩張、家長同意書（本館提供範本）；運動傷害保險由本館統一投保，文件不齊者恕無法排入當季考級名單。
        詠春入門班由本館館長親自授課，內容涵蓋小念頭、黐手基礎與木人樁概念，每班上限15人，額滿即止，完整課程大綱可至官網下載PDF。
        【高雄分館】地址：高雄市左營區博愛二路366號3樓，電話07-558-2214，營業時間平日15:00–22:00，假日09:00–18:00，國定假日公休。
        女子防身術專班：每月第二、四個週六上午10:00，共4堂NT$2,000，由具國技院四段資格之教練指導，課程包含脫逃、倒地保護與情境演練。
        退費辦法：開課日前申請者退還已繳費用九成；開課後未逾全期三分之一者退還二分之一；逾三分之一者恕不退費，教材及道服費用不在退費範圍。
        「葉問詠春體育會 台中分會」春季招生：臺中市西屯區台灣大道三段658號，報名專線04-2358-6120，LINE官方帳號 @ipman_tc，歡迎親子同報。
    """),
    ("zh-Hant", "晉級考試規章"): _lines("""
        第三條　晉級考試每年舉辦四次（三、六、九、十二月），考生須於考前14日完成報名並繳交考試費NT$800，逾期者順延至下一梯次辦理。
        第五條　黃帶以上考生須完成品勢（太極一章至對應章數）、踢靶、對練及基本理論口試四項，各項成績均達60分始為及格，任一項未達標準者須全項重考。
        考場：臺北市立大學天母校區體育館B1，報到時間08:30，考生請著完整道服、繫原級別腰帶，不得配戴任何飾品，指甲須修剪整齊。
        段位（黑帶）申請者需年滿15歲，未滿者核發「品」級證書；所需資料統一送交國技院（Kukkiwon）審核，作業時間約8至12週。
        考試費用一覽：白→黃帶 NT$800；黃→綠帶 NT$900；藍→紅帶 NT$1,100；品/段考 NT$3,500（不含國技院證書費 US$70）。
        國術段位考評分為初段至九段，考評項目含長拳、南拳、太極拳或器械擇一演練，評審由三名具五段以上資格者組成，採去最高最低分制。
        第八條　考生於考試中受傷者，由現場防護員評估後決定是否續考；放棄者保留該次已考項目成績至下一梯次，免再繳交考試費，惟須檢附醫師診斷證明。
        成績查詢：考後7日內公布於官網「考試專區」，請以准考證號碼查詢（格式如 TKD-2612-0457），本會不另行寄發紙本成績通知。
        擊破考核標準：黃帶以上使用標準試破板（30×30cm、厚1.2cm松木板），紅帶以上須以旋踢完成兩片擊破，連續失敗三次視為該項不及格。
        腰帶顏色順序：白、白黃、黃、黃綠、綠、綠藍、藍、藍紅、紅、紅黑、黑；各級最少修業期間為三個月，表現特優者經館長推薦可提前報考。
        評分表欄位說明：A=基本動作（30%）、B=品勢（30%）、C=對練（20%）、D=擊破（10%）、E=禮節與態度（10%），總分85分以上為優等。
        第十二條　考生家長不得進入考區，觀摩席設於二樓看台；全程禁止使用閃光燈，如需錄影請事先向主辦單位申請並配戴識別證，違者由工作人員請離考場。
        本規章經113年10月5日理監事聯席會議修訂通過，自114年1月1日起施行；如有未盡事宜，由技術委員會另行公告補充之，並公布於本會官網。
    """),
    ("zh-Hant", "器材商品與發票"): _lines("""
        【現貨】KPNP 電子護胸 Gen2 尺寸0號～5號，售價NT$6,980，SKU：KP-G2-BH-03，全館滿NT$3,000免運，下單後2個工作天內以黑貓宅急便出貨。
        adidas 跆拳道品勢道服（WT認證）黑領款，尺寸110–200cm，原價NT$3,280，雙11特價NT$2,590，商品編號 ADI-TKD-P110B，可加購刺繡館名NT$150。
        太極劍（不開鋒）白蠟木劍鞘 35吋，重量約620g，適合比賽規定套路使用，售價NT$1,450；另有32吋兒童款 NT$1,180，庫存請私訊粉專確認。
        電子發票證明聯｜發票號碼 QK-58213674｜賣方：虎嘯武術用品社 統編 54128903｜品名：競技護頭(紅)x2 單價780 小計1,560｜總計NT$1,560｜隨機碼 4817
        訂單編號 #TW20261129-00873 已出貨，物流：7-ELEVEN 交貨便，寄件代碼 F83261547901，預計12/02抵達指定門市，取件時請出示訂單頁面。
        報價單 Q-2026-117：南拳棍（白蠟桿）x20、長穗槍頭x20、刀彩x40，合計NT$38,600（未稅），有效期限30天，報價單位：林記國術器材行 02-2555-1873。
        黃帶／綠帶／藍帶 純棉腰帶批發價：10條以上每條NT$65，50條以上每條NT$55，可客製繡字（中文5字以內），繡字費另計每條NT$40。
        阿忠道服專賣（蝦皮賣場）：兒童基本款道服 NT$690 起，客服時間 09:00–18:00，退換貨需於7日內辦理且吊牌未拆，瑕疵品運費由本店負擔。
        木人樁（詠春標準型）紅木主幹直徑9吋，含壁掛架，售價NT$28,000，大型物件另計運費，中南部地區配送約5–7天，型號 WC-MRZ-09。
        收據編號 R-113-004582｜收款單位：社團法人臺北市跆拳道委員會｜項目：品勢裁判講習報名費｜金額 NT$2,000｜日期 2026-11-15｜經手：會計組
        Daedo 電子感應腳套 PRO 系列 M號目前缺貨，預計2027年1月中旬到貨，可先付訂金NT$500保留，貨到後以LINE官方帳號通知取貨。
        泡棉練習用雙節棍、三節棍為安全訓練用品，依本店規定不販售予未滿12歲者單獨購買，結帳時需勾選年齡確認；單價NT$380，含收納袋。
        團購發票抬頭：財團法人台北市武術文化基金會，統一編號 38724516，寄送地址：台北市中正區羅斯福路一段7號6樓，請於備註欄填寫課程代碼 WS-27A。
    """),
    ("zh-Hant", "教練群組工作訊息"): _lines("""
        【公告】明天週六上午班改到二樓B教室，一樓要給來訪視的體育局人員使用，請各班教練提早十分鐘到場協助鋪好軟墊，櫃台也請先把鞋櫃整理乾淨。
        櫃台統計：12月續報率68%，兒童班A組流失最多，館長希望下週例會大家討論一下課程內容是不是太單調，有想法先寫在共用文件。
        提醒各位：護具消毒機的濾網已經換新，型號UV-320，用完請把護頭倒掛晾乾，不要疊在一起，上週有家長反映護具有異味，下次會議再討論要不要加買一台烘乾機。
        青少年競技隊 12/14 全國錦標賽出發時間：07:00 在館門口集合，遊覽車資訊明天公告，帶隊教練請攜帶急救箱跟冰敷袋各兩組。
        排課表v3已經上傳到雲端：/排課/2027Q1/schedule_v3.xlsx，週三晚上成人班目前缺一位代課教練，有空的請在下面回覆+1。
        上個月電費帳單出來了，NT$18,420，比前一個月多了四千多，冷氣請下課後記得關，最後離開的人要鎖鐵捲門並拍照回報群組。
        考級當天分工：一號場地品勢、二號場地踢靶、三號場地擊破；評審用的平板已充好電，評分App請更新到2.4.1版再登入，舊版會有成績無法同步的問題。
        官方LINE今天收到三則詢問成人班的訊息，我已經回覆價目表了；另外有附近的補習班來問能不能在館內放傳單，這個請館長決定一下。
        本月器材採購已下單：護手20副、踢靶10個、軟劍5把，廠商報價單編號 Q-1127-05，貨到請點收後簽回，發票記得開公司統編 83921457。
        週日的寒假營說明會預計來30組家庭，需要準備：報名表60份、體驗課程表、寒假營DM，影印店營業到晚上九點，行政組負責採買。
        防護員提醒：近期天冷，暖身至少15分鐘，旋踢、後旋踢等高難度動作請排在課程後半，避免學員拉傷腿後肌群；冰敷袋用完請放回冷凍庫並補充庫存。
        系統通知：11/30 23:00–01:00 會員系統維護，這段期間刷卡機無法使用，請晚班教練改用紙本簽到表，隔天早上交給櫃台。
        市府體育局補助計畫截止日是12/20，需要附上本館近一年的活動成果照片（不要有學員正臉）跟收支表，行政組負責彙整送件，有活動照片的教練請上傳到雲端資料夾。
    """),
    ("zh-Hans", "赛事新闻"): _lines("""
        奥运冠军吴静钰出席全国跆拳道锦标赛开幕式，她在致辞中表示，希望更多青少年通过跆拳道训练培养坚韧、自律和尊重对手的品格，并呼吁家长多给孩子鼓励。
        2026年全国武术套路锦标赛在福建泉州落下帷幕，东道主福建队与上海队分列团体总分前两名，决赛阶段在央视体育频道进行直播。
        李连杰在一次公益活动上回忆了少年时期在北京什刹海体校的训练经历，并表示武术的核心精神是“止戈为武”，而不是争强好胜，现场数百名武术爱好者报以热烈掌声。
        世界跆拳道联合会主席赵正源在新闻发布会上表示，将持续优化电子护具计分系统，提升比赛的观赏性与判罚透明度，新版规则预计在下个赛季开始试行。
        香港武术联会公布新一季代表队选拔日程，选拔赛定于2027年3月在伊利沙伯体育馆举行，报名截止日期为1月31日，详情见联会官网。
        甄子丹在《叶问》系列电影中饰演咏春宗师叶问，该系列共四部，首部于2008年上映，带动了香港及内地乃至海外的咏春拳学习热潮。
        台湾选手罗嘉翎在东京奥运会女子57公斤级摘得铜牌，成为继陈诗欣、朱木炎之后又一位登上奥运跆拳道领奖台的台湾选手，赛后她感谢教练团队的支持。
        马来西亚武术队公布新年度集训名单，国家队将于吉隆坡武吉加里尔国家体育学院进行封闭训练，目标剑指下一届亚运会，教练组表示将重点加强太极拳和南拳项目。
        新加坡跆拳道联合会宣布与体育学校合作设立青少年训练中心，课程咨询热线 6345 7102，邮箱 youth@stf-sg.org，名额有限。
        据中国武术协会消息，世界传统武术锦标赛将于2027年秋季在河南登封举行，预计吸引六十多个国家和地区的选手参赛，报名通道将于明年春季开放。
        叶问于1950年代在香港饭店职工总会开设咏春班，其后李小龙等人投入门下学艺，佛山祖庙博物馆内至今设有叶问堂，供各地游客免费参观。
        成龙在北京电影学院的讲座中谈到早年在于占元戏班的训练经历，称当年每天练功超过十二小时，为日后拍摄动作电影打下了扎实基础。
        澳门武术总会于新口岸举办澳门国际武术节，吸引来自内地、香港及东南亚的三百余名运动员参赛，澳门体育局派员出席颁奖典礼并致辞。
    """),
    ("en", "faq"): _lines("""
        Q: Can adults with no experience join? A: Yes. Our Adult Beginner class (Tue/Thu 7:30-9:00 pm) starts from white belt; roughly 40% of members began after age 30.
        Q: How do I book a trial? A: Message our official LINE account @taipeitkd or call the front desk on +886 2 2700 6618 between 2 pm and 10 pm. A trial class costs NT$300.
        Q: Where are you located? A: 3F, No. 88, Sec. 4, Zhongxiao E. Rd., Da'an District, Taipei 106, a five-minute walk from exit 2 of Sun Yat-sen Memorial Hall MRT station.
        Q: Is my child insured during class? A: All registered students are covered by our group accident policy up to NT$1,000,000 per incident; policy details are in the enrolment pack.
        Q: How long does it take to earn a black belt? A: Usually 3 to 4 years of regular training (2+ classes a week); Kukkiwon Poom/Dan certificates are issued after the official exam.
        Q: Do you teach Olympic-style sparring? A: Yes, our competition team trains under World Taekwondo rules with PSS electronic scoring; tryouts are held every March and September.
        Q: What should I bring to my first lesson? A: Comfortable sportswear, a water bottle and a towel. Uniforms (dobok) are sold at reception for NT$1,200 including the academy patch.
        Q: Can I pay by credit card? A: We accept Visa, Mastercard, JCB, LINE Pay and bank transfer; e-invoices can carry our business number (統一編號) 42815930 on request.
        Q: Do you have a branch in Singapore? A: Our partner school is at 1 Stadium Place, Kallang Wave Mall #02-15, Singapore 397628, tel +65 6440 2219, email hello@kallangtkd.sg.
        Q: Who is the school named after? A: Tiger Lee Academy takes its name from the tiger form of Hung Gar, not from a person; the founders simply liked how it sounded.
        Q: What if I miss a class? A: Make-up classes can be booked within the same month in the member app (v5.2 or later); unused sessions do not roll over to the next term.
        Q: Is there a sibling discount? A: Yes, the second child gets 10% off tuition and the third 15% off; discounts cannot be combined with the early-bird offer ending 31 Dec 2026.
        Q: Are the instructors certified? A: All head instructors hold Kukkiwon 4th Dan or above, a Chinese Taipei Taekwondo Association coaching licence (Level B or higher) and valid CPR certification.
    """),
    ("mixed", "config_and_logs"): _lines("""
        [2026-12-03 19:42:17] INFO scheduler: 課程 TKD-KIDS-B (週三 18:00) 已產生 14 個出席名額，教室=ROOM_2F_B，剩餘容量 6，job_id=sch-8f2c91
        belt_exam: { season: "2026Q4", venue: "臺北市立大學天母校區體育館", fee_twd: 800, max_candidates: 120, judges_required: 3, announce_days: 7 }
        [2026-12-01 21:05:44] ERROR payment-gateway: LINE Pay callback timeout (order_id=ORD-20261201-3381, amount=NT$3600, retry=2/3), trace=7c1e9a0b44d2
        SMTP_HOST=smtp.gmail.com SMTP_USER=noreply@tigerdojo.com.tw REMIND_BEFORE_EXAM_DAYS=7 LINE_OFFICIAL_ID=@tigerdojo_tw TZ=Asia/Taipei
        students.csv 欄位: 學員編號,姓名,生日,性別,級別,家長姓名,家長手機,LINE_ID,緊急聯絡人,過敏/病史,入會日期,備註（僅欄位定義，無資料）
        git commit 3f9a2c1 fix(belt-exam): 修正黑帶評分表權重加總不等於100%的問題，並補上品勢項目的單元測試 (#212)
        SELECT class_code, COUNT(*) AS 出席人數 FROM attendance WHERE check_in >= '2026-11-01' GROUP BY class_code ORDER BY 2 DESC; -- 月報用
        [2026-12-04 08:00:02] WARN inventory: SKU KP-G2-BH-03 庫存低於安全水位 (qty=2, threshold=5)，已自動建立採購單 PO-2026-1204-01 給供應商 林記國術器材行
        const BELT_ORDER = ['白','白黃','黃','黃綠','綠','綠藍','藍','藍紅','紅','紅黑','黑']; // 對應 rank 0–10，請勿更動順序，評分模組依賴此索引
        0 21 * * 5  python3 notify.py --group 家長群 --template 下週課表 --dry-run=false  # 每週五晚上九點推播下週課表到家長LINE群
        GET /api/v2/competitions/2026-national-open/brackets?weight=-54kg&gender=M → 200 OK (32 entries, 1.3 MB, cache HIT, 41ms)
        Dockerfile: FROM python:3.12-slim / ENV TZ=Asia/Taipei / EXPOSE 8080 — dojo-booking v1.8.3 build 2026-11-28, image sha256:4be1c0d9f7a2e6b3
        webhook 範例：{"event":"class_cancelled","class":"WUSHU-ADULT-A","reason":"颱風停課","notified_groups":2,"ts":"2026-09-02T06:30:00+08:00"}
    """),
    ("zh-Hant", "武術史"): _lines("""
        跆拳道於1960年代由韓國教練引進臺灣，最初多在軍中及大專院校以社團形式推廣，1970年代起各縣市陸續成立道館與地方委員會。
        2004年雅典奧運，陳詩欣與朱木炎分別在女子49公斤級與男子58公斤級奪金，為中華台北代表團拿下奧運史上首兩面金牌，至今仍是臺灣運動史上的經典時刻。
        霍元甲於1910年在上海創立精武體操會，後改稱精武體育會，提倡「愛國、修身、正義、助人」，其生平事蹟多次被改編為電影與電視劇。
        黃飛鴻為清末民初廣東武術家，擅長洪拳與舞獅，在廣州開設寶芝林醫館，後世以其為原型的電影超過百部，以關德興主演的系列最為人熟知。
        李小龍1940年生於美國舊金山，少年時在香港隨葉問學習詠春，後創立截拳道，《精武門》《龍爭虎鬥》等作品使中國功夫風靡全球。
        太極拳傳說源於武當道士張三豐，但學界多認為陳式太極拳出自河南溫縣陳家溝，由陳王廷整理而成，其後衍生楊、吳、武、孫等流派。
        1928年南京中央國術館成立，由張之江擔任館長，提倡「強種救國」，其舉辦的國術國考被視為日後各地國術段位與考評制度的雛形。
        政府遷臺後，國術團體於1950年代陸續在臺重建組織，中華國術會（今中華民國國術會）逐步成為推動國術段位與教練制度的主要團體。
        金庸小說《射鵰英雄傳》中郭靖學成「降龍十八掌」、黃蓉精通「打狗棒法」，這些虛構武功名稱常被武術館借用為兒童班的分組名稱。
        國際跆拳道聯盟（ITF）由崔泓熙於1966年創立，世界跆拳道聯盟（WTF，2017年更名為World Taekwondo）則於1973年在首爾成立。
        1990年北京亞運首次將武術列為正式比賽項目，長拳、南拳、太極拳等項目吸引大批觀眾，此後武術成為歷屆亞運的常設比賽項目。
        詠春拳相傳由少林五枚師太傳授予嚴詠春，雖多屬口傳故事，「詠春」之名至今仍被許多拳館沿用，例如香港的葉問國術總會與臺灣各地的詠春體育會。
        2000年雪梨奧運跆拳道首度成為正式比賽項目，黃志雄為中華台北奪下銀牌、陳怡安奪下銅牌，開啟臺灣跆拳道在奧運的輝煌時期。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        各位家長好，我是小綠帶班陳宥翔的媽媽，宥翔上週練旋踢扭到左膝，骨科診斷是前十字韌帶部分撕裂，這個月先請假，謝謝教練。
        報名表｜學員：林品妤｜生日：2016/04/23｜身分證字號：F228471934｜家長：林志豪（父）0932-518-774｜地址：新北市板橋區文化路二段182巷7號5樓
        王教練您好，我兒子張宸睿有輕微癲癇，正在服用Depakine，比賽時如果有閃光燈或他過度疲勞請幫忙注意，緊急時請打給我0988-204-615。
        黃太說她老公上個月被公司裁員，這期學費NT$7,200可能要分三期付，請櫃台先不要在群組裡催繳，私下處理就好。
        阿凱（周凱文）這次黑帶考試沒過，他爸在群組裡罵教練不公平，之後就把孩子轉去別家了，學費還欠兩個月沒繳清。
        寒假營費用NT$4,800已轉帳，戶名吳佩蓉，郵局(700)帳號 0021358-1047726，請幫我女兒許芷晴登記下午班，謝謝。
        受傷事故紀錄｜日期：2026/11/18 19:50｜學員：蔡承恩（13歲）｜部位：右手腕｜經過：對練時跌倒以手撐地｜處置：冰敷後由母親送臺大醫院急診，X光顯示舟狀骨骨折，需打石膏六週。
        我是郭家的阿嬤，孫子郭柏翰的爸媽正在辦離婚，這陣子都是我來接送，如果他媽媽來館裡要接人，請先打給我 0919-335-072 確認。
        李先生那台車牌 BNK-6071 的白色休旅車，每次接小孩都停在館門口紅線，已經被鄰居檢舉兩次了，請櫃台私下跟他說一下。
        剛剛打去館裡沒人接，麻煩回撥0926-718-430，想問週六成人散打班還有沒有名額，謝謝。
        全中運報名清單（青少年女子組）：簡郁庭／女／2011-08-02／-46kg／T223581409／監護人 簡國華 0958-660-219
        謝教練，我女兒曾筱涵最近月經不規律又一直在減重，醫生說是過度訓練加上飲食不足造成的，這次比賽可以讓她不要降量級嗎？
        館長抱歉，我這個月薪水只有兩萬八，房貸壓力很大，兩個孩子的跆拳道課可能要先停一期，我是何昱廷跟何昱萱的爸爸。
        學員緊急聯絡卡：姓名 鄭宇喬｜血型 O｜過敏：花生、盤尼西林｜氣喘：有，隨身攜帶吸入器｜聯絡人：鄭媽媽 0975-442-861
        保險理賠資料整理好了：被保險人 游子謙，身分證 H125637841，健保卡號 0000 3827 1945，診斷書上寫左腳踝韌帶扭傷第二級。
        我是彭雅琪的媽媽，上次考級照片裡我女兒的臉被放到粉專上，我完全沒有同意，請立刻刪除，不然我會去找消保官申訴。
        林太昨天在等候區說她已經懷孕四個月了，之後不能陪小孩上親子班，想問能不能讓阿公代替她陪同上課。
        師父您好，我是以前在您那邊學南拳的阿龍，現在在桃園開了小館，想請您幫我寫推薦信申請國術會教練證，我的LINE ID是 along_0823。
        退費申請｜申請人：邱文彬｜學員：邱語彤｜原因：確診第一型糖尿病，醫囑暫停劇烈運動｜退款帳戶：國泰世華(013) 0520-5038-6217
        聽說蕭教練的兒子上個月因為打架被警察帶走，現在案子在少年法庭，所以他最近都請假，大家不要再在群組問了。
        家長會費收支：楊淑芬 已繳NT$1,000；賴家豪 未繳；戴美玲 已繳NT$1,000（現金），未繳的家長請於12/15前交給班代。
        地址變更：學員潘子安家搬到臺中市北屯區崇德路三段421巷16弄9號，接送車請改在巷口等，聯絡電話不變 0911-628-305。
        恭喜賴品睿（身分證末四碼 6172）獲得國中男子組-55kg金牌，獎金NT$3,000將匯入監護人帳戶，請家長回傳存摺封面。
        孫爸爸在群組說他在做直銷，已經跟好幾個家長借錢都沒還，總共欠了快十萬，大家私下要小心一點。
        家長問卷回覆：孩子姓名 溫子齊，注意力不足過動症（ADHD），目前在長庚兒童醫院追蹤，上課時請讓他站在教練旁邊。
        IMG_4471.jpg 是藍帶班合照，右二是羅家瑜，社工說她目前安置在寄養家庭，照片不能公開上傳，請務必打馬賽克。
    """),
    "zh-Hans": _lines("""
        教练您好，我们是深圳的，孩子叫刘梓轩，今年9岁，身份证号440305201703154219，寒假想来台北参加冬令营，请问需要什么手续？
        @所有人 王浩然妈妈的手机号换了，新号码是 139 2817 4605，之前的旧号码请大家删除，有事请打新号。
        陈先生上周在比赛现场和裁判吵起来被保安请出场，现在他儿子陈思远被禁赛半年，他又要求退还全部报名费。
        学员档案：赵一鸣，男，2012年5月生，住址 上海市浦东新区张杨路1380弄22号1103室，既往病史：先天性心脏病术后，需避免高强度对抗。
        澳门学员梁嘉欣的身份证 5215837(3)，护照已过期，集训报名先用身份证登记，监护人梁伟强 +853 6628 1947。
        阿杰（周子杰）昨晚训练后说他爸爸欠了高利贷，有人到他家门口泼漆，这几天都不敢回家，教练要不要帮他报警？
        退款请打到支付宝：账号 liyuting0917@163.com，姓名 李雨婷，金额 RMB 2,680，原因：右脚骨折无法参加夏令营。
        黄太话佢个仔黄子朗（HKID Y512347(8)）下个月嚟台湾集训，入境资料地址填酒店就得，佢有哮喘要随身带药。
    """),
    "en": _lines("""
        Hi Coach, Sarah Tan here, Ethan Tan's mum. For the Singapore trip please use his NRIC T1528734E and my mobile 9187 4402. He's allergic to shellfish.
        Incident report: Marcus Wong, 34, dislocated his right shoulder during sparring on 12 Nov and was taken to Taipei Veterans General Hospital. Emergency contact: wife Jenny Wong, +886 912 447 019.
        Can someone tell David Chen's dad to stop posting in the parents' LINE group about his divorce and the custody hearing? It's really not the place.
        Membership form: Name Olivia Lim Hui Min; DOB 09/03/2010; Address Blk 412 Bedok North Ave 2, #08-117, Singapore 460412; Email olivia.lim.hm@gmail.com
        Just a heads up: Jason Koh still owes NT$14,400 for two terms of competition-team fees and hasn't answered any of our messages since October.
        Please refund Daniel Ng to DBS account 027-413859-2; he was diagnosed with Osgood-Schlatter disease and his doctor says no kicking for three months.
        Photo consent withdrawn: Mrs Priya Raman asked us to remove every photo of her daughter Anika from Instagram, including the grading photo posted on 5 Oct.
        Text from 0963 281 557 at 22:14: Coach, it's Kevin's dad, he won't be at practice tonight, he was arrested at school today.
        Mr Lee in the white Toyota Altis, plate RAD-2291, keeps blocking the fire lane at pickup; he's the father of the twins in the Tuesday kids' class.
    """),
    "mixed": _lines("""
        Hi 各位家長，我是 Chloe 的媽媽 Amanda Hsu，Chloe 下週要開刀 (appendicitis)，所以 belt test 要改期，有事可以打我 0937-602-118。
        export row: 吳承翰,M,2014-10-11,E124938579,綠藍帶,guardian=吳明德,0955-***-261,line_id=wu_mingde
        [2026-12-01 20:13:05] INFO checkin: member=M-0412 name=洪芊芊 class=TKD-TEEN-A temp=38.2°C → flagged fever, parent notified via LINE (洪先生 0921-775-340)
        Pelajar dari Johor Bahru: Tan Wei Jie, MyKad 080614-01-5527, akan sertai kem latihan di Taichung bulan depan, ibu 黃美玲 +60 12-718 4403。
        Coach 說 Ryan（林睿恩）的 ACL surgery 排在 1/8，在林口長庚，recovery 至少 9 months，今年的全國賽 definitely 沒辦法了。
        蘇太（蘇靖雯的媽媽）在 group 裡說她老公 salary 被法院扣薪 because of 卡債，所以 competition fee 要晚點交，大家不要再 tag 她了 la。
        Lost & found：有一頂護頭裡面寫著「陳品希 0986-119-042」，如果是你家小朋友的請來櫃台領，or LINE 我們 @tigerdojo_tw。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是「虎嘯跆拳道館」的LINE客服助理，用繁體中文回覆家長，不得在家長群組公開任何學員的健康資訊。",
        ),
        (
            "user",
            "你好，我是黃宥蓁的媽媽，她這週六要考綠帶，但醫生說她上週撞到頭有輕微腦震盪，要休息兩週，可以幫我改到下一梯次嗎？我的電話是0963-557-128。",
        ),
        (
            "assistant",
            "黃媽媽您好，很抱歉聽到宥蓁受傷。依考試規章，因傷無法應考可保留資格至下一梯次（2027年3月），免再繳考試費。我會請櫃台於明天上班時間以您留的電話回覆確認，請記得準備醫師診斷證明。",
        ),
        ("user", "好，另外拜託不要在家長群提到她受傷的事，她很在意。"),
        (
            "assistant",
            "了解，這項資訊只會留在櫃台的個別紀錄中，不會出現在任何群組公告；考試名單上也只會標示「延期」，不註明原因。",
        ),
    ],
    [
        (
            "system",
            "You help the admin team of a taekwondo academy in Singapore write emails to parents. Be polite and concise.",
        ),
        (
            "user",
            "Draft a reminder to Mr Benjamin Goh (ben.goh82@gmail.com). His son Lucas Goh has unpaid fees of S$540 for Sept to Nov and missed the last two gradings.",
        ),
        (
            "assistant",
            "Subject: Outstanding class fees for Lucas. Dear Mr Goh, We hope you are well. Our records show an outstanding balance of S$540 for Lucas's classes from September to November. Could you let us know when payment can be arranged, or whether an instalment plan would help? We would also be happy to discuss a make-up grading date for Lucas. Kind regards, Academy Admin",
        ),
        ("user", "Make it a bit warmer and don't mention the gradings."),
        (
            "assistant",
            "Dear Mr Goh, We hope Lucas and the family are doing well. A gentle note that S$540 in class fees for September to November is still outstanding. If it would be easier to pay in instalments, just reply to this email and we will sort something out together. Warm regards, Academy Admin",
        ),
    ],
    [
        (
            "user",
            "我想给女儿报名台中的武术冬令营，她叫孙悦彤，2013年8月22日生，身份证号 320102201308220645，户籍南京，需要办什么证件才能去台湾？",
        ),
        (
            "assistant",
            "大陆居民赴台参加短期交流，一般需要有效的《大陆居民往来台湾通行证》及对应签注，并由台湾邀请单位代为申请入台许可（入台证）。建议先向冬令营主办方索取邀请函，再到当地出入境管理部门办理。未成年人通常还需监护人同意书。",
        ),
        ("user", "她还有过敏性鼻炎，冬天容易发作，训练时要注意什么吗？"),
        (
            "assistant",
            "可以在报名表的健康栏如实注明过敏性鼻炎，并随身携带医生开的药物。建议提前告知带队教练，室内训练场注意通风和防尘，出现症状时适当减少高强度训练。",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for coaches at a wushu school in Taipei. Reply in the language the coach uses.",
        ),
        (
            "user",
            "幫我寫一份 incident report：今天 19:40 散打班，學員 Kevin 陳柏宇（16歲）被對手 roundhouse kick 踢到左眼，眼眶瘀青，家長陳先生 0912-883-406 已經帶去馬偕急診。",
        ),
        (
            "assistant",
            "運動傷害事故報告 / 日期時間：今日 19:40 / 課程：散打班 / 學員：陳柏宇（Kevin，16歲） / 受傷經過：對練時遭對手旋踢擊中左眼 / 傷勢：左眼眶瘀青 / 處置：現場冰敷，由家長陳先生陪同前往馬偕醫院急診 / 後續：待家長回報診斷結果，暫停對練課程",
        ),
        ("user", "OK, add a line that we'll follow up tomorrow."),
        (
            "assistant",
            "已加上：後續追蹤：明日由帶班教練致電家長了解就醫結果與恢復狀況，並記錄於學員傷害檔案。",
        ),
    ],
    [
        (
            "user",
            "幫我寫一段要貼在家長LINE群的話，我想讓大家知道張家瑋的爸爸在比賽現場一直對我女兒大吼，還說她是靠關係才進代表隊，我很生氣。",
        ),
        (
            "assistant",
            "我理解您很生氣。不過在家長群公開點名其他家長，容易讓衝突擴大，也可能涉及個人名譽問題。比較建議的做法是私下向館長或帶隊教練反映，請館方出面處理。需要的話，我可以幫您擬一段給館長的私訊。",
        ),
        ("user", "好吧，那幫我寫給館長，我女兒叫吳欣妤，在青少年競技隊。"),
        (
            "assistant",
            "館長您好，我是青少年競技隊吳欣妤的家長。上週比賽時，有位家長在場邊多次對欣妤大聲指責，並質疑她入選代表隊的公平性，讓孩子很受影響。想請館方協助了解狀況，並提醒家長們在場邊的言行，謝謝您。",
        ),
    ],
    [
        (
            "system",
            "Student record loaded for this session: Name: Aiden Ong Jun Hao; DOB: 2012-07-19; FIN: G5127384U; Belt: red; Medical: Type 1 diabetes, insulin pump; Guardian: Rachel Ong, +65 9734 2285.",
        ),
        (
            "user",
            "Aiden is joining the Taipei training camp next month. What should the coaches there know?",
        ),
        (
            "assistant",
            "Key points for the Taipei coaches: Aiden has type 1 diabetes and uses an insulin pump, so he should check his glucose before and after each session, keep fast-acting sugar at the mat side, and have the pump protected or removed during sparring. His guardian, Rachel Ong, should be reachable on +65 9734 2285 in case of a hypo.",
        ),
        ("user", "Write that as a short note I can forward to the camp."),
        (
            "assistant",
            "Note for camp coaches: Aiden Ong (red belt, 14) has type 1 diabetes with an insulin pump. Please allow glucose checks before and after training, keep juice or glucose tablets nearby, and protect the pump during sparring. Emergency contact: Rachel Ong (mother), +65 9734 2285.",
        ),
    ],
    [
        (
            "user",
            "請幫我把這些資料整理成比賽報名表格式：洪承佑 男 2010/03/15 A128394060 -63kg 紅帶；李珮綺 女 2011/12/02 B226715831 -49kg 紅黑帶。",
        ),
        (
            "assistant",
            "姓名｜性別｜出生日期｜身分證字號｜量級｜級別 / 洪承佑｜男｜2010/03/15｜A128394060｜-63kg｜紅帶 / 李珮綺｜女｜2011/12/02｜B226715831｜-49kg｜紅黑帶 / 提醒：身分證字號屬個人資料，傳送報名表時建議使用加密檔案或主辦單位指定的系統上傳。",
        ),
        ("user", "謝謝，再幫我加一欄監護人電話，洪承佑的是0937-245-916，李珮綺的是0910-558-302。"),
        (
            "assistant",
            "已新增監護人電話欄：洪承佑｜0937-245-916；李珮綺｜0910-558-302。其餘欄位不變。",
        ),
    ],
    [
        ("system", "你是香港一间咏春拳馆的助理，用简体中文回答。"),
        (
            "user",
            "我系学员李思敏嘅妈妈，佢HKID系K384915(5)，下个月要去台北比赛，报名表要填住址，我哋住观塘协和街98号丽港大厦12楼C室，咁样写得唔得？",
        ),
        (
            "assistant",
            "可以的，报名表住址一般按香港身份证地址或通讯地址填写即可，建议写成：香港九龙观塘协和街98号丽港大厦12楼C室。身份证号码请只在主办方指定的报名系统中填写，不要通过社交群组发送。",
        ),
        ("user", "明白，唔该晒。"),
    ],
    [
        (
            "system",
            "Anda pembantu untuk kelab taekwondo di Johor Bahru yang menghantar atlet ke kejohanan di Taiwan.",
        ),
        (
            "user",
            "Tolong semak borang ni: Nur Aisyah binti Kamal, MyKad 100327-01-6642, alamat No. 14, Jalan Bakawali 3, Taman Johor Jaya, 81100 Johor Bahru, ada asma ringan. Okay tak untuk hantar ke penganjur di Kaohsiung?",
        ),
        (
            "assistant",
            "Borang nampak lengkap. Cadangan: tulis nombor MyKad dan alamat tepat seperti dalam dokumen rasmi, dan nyatakan asma dalam ruangan kesihatan bersama nama ubat inhaler. Hantar borang melalui sistem rasmi penganjur, bukan melalui kumpulan WhatsApp.",
        ),
        ("user", "OK, 順便幫我用中文寫一句給主辦單位的說明，說她有氣喘。"),
        (
            "assistant",
            "選手 Nur Aisyah binti Kamal 患有輕度氣喘，比賽期間會隨身攜帶吸入器，如有不適請協助讓她暫停並通知隨隊教練。",
        ),
    ],
    [
        (
            "user",
            "我是館裡的教練，最近在辦離婚，前妻說要把我在館裡的薪水（月薪四萬二）拿去法院申請扣押，我要怎麼跟館長開口？我叫葉俊宏。",
        ),
        (
            "assistant",
            "葉教練，辛苦了。建議您先私下約館長面談，簡單說明目前正在處理家事訴訟，並請館方在收到法院扣押命令時依法辦理，同時保密。不需要交代太多細節，重點是讓館長有心理準備，並確認排課不受影響。",
        ),
        ("user", "那我需要先找律師嗎？"),
        (
            "assistant",
            "涉及扣薪與離婚協議，建議諮詢律師或法律扶助基金會，他們可以說明薪資可被扣押的比例上限，以及您與孩子的生活所需如何保障。",
        ),
    ],
]
