# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh280: 繁體中文（台灣）社區電台與地方報社（聽眾叩應、讀者投書、更正啟事、訂戶資料、記者排班、LINE 群組）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh280
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "更正啟事"): _lines("""
        【更正啟事】本報11月28日第3版〈溪南國小百年校慶〉一文，誤植校慶日期為12月2日，正確應為12月9日（星期六）上午9時，地點為該校活動中心，特此更正並向讀者致歉。
        更正：本報上期頭版報導苗栗縣政府「三義木雕節」預算為新台幣1,200萬元，經縣府文化觀光局來函說明，實際核定金額為980萬元，原文數字有誤，謹此更正。
        本報12月1日A4版圖說將「竹南龍鳳漁港」誤植為「後龍外埔漁港」，照片實為龍鳳漁港南堤，由本報攝影中心拍攝，特此更正，並感謝讀者來電指正。
        更正啟事：本台11月30日晚間新聞引述交通部公路局說明，台61線西濱快速公路苗栗段通車時程誤報為2026年底，公路局新聞稿原文為2027年第二季，特此更正。
        本報副刊上週介紹金庸《射鵰英雄傳》新修版，誤將出版社「遠流出版公司」植為「皇冠出版社」，線上版已於12月4日修正，紙本特此更正並向出版社致歉。
        更正：12月3日本報〈鄉親叩應〉專欄所列之苗栗縣消防局災害搶救科諮詢專線誤植為(037)321-0191，正確為(037)321-0119，服務時間週一至週五8:30至17:30。
        本報訂戶服務電話自即日起由(037)268-5521更換為0800-091-313，LINE官方帳號 @xinan_weekly 不變；12月5日報紙廣告欄仍刊載舊號碼，特此更正。
        更正啟事：本台「週末農情報」11月25日播出之高麗菜批發行情，台北第一果菜批發市場均價誤報為每公斤28元，依農業部農產品交易行情站資料應為每公斤18.6元。
        本報第5版〈立院交通委員會紀要〉誤將本會期召委任期記為2026年2月起，經立法院議事處網站查證應為2026年3月起，特此更正，不涉及任何委員發言內容。
        更正：本報上期刊載「鹿港天后宮元宵燈謎活動」報名網址有誤，正確網址為 https://www.lugang-lantern.org.tw/2027 ，報名截止日為2027年1月31日，以廟方公告為準。
        本台12月2日整點新聞誤報台灣高鐵苗栗站北上末班車為23:40，經高鐵公司客服中心確認正確時間為23:10（車次0696），不便之處敬請聽眾朋友見諒。
        更正啟事：本報11月第4週房地產專刊所列「竹南新市鎮」建案每坪單價誤植為38.8萬元，經建商銷售中心提供之價目表核對，正確為28.8萬元起，特此更正。
        本報12月4日社論〈地方創生不能只靠補助〉末段引述國發會統計，誤將2025年地方創生計畫核定件數寫為1,320件，應為1,032件，特此更正，社論立場不變。
    """),
    ("zh-Hant", "節目表"): _lines("""
        【山城之聲 FM91.3 週一至週五節目表】06:00-07:00 晨間新聞／07:00-09:00 早安苗栗／09:00-10:00 客家好聲音／10:00-12:00 午前點歌站，點歌請加LINE @fm913shancheng。
        週六 14:00-16:00「老歌時光機」本週主題為鄧麗君經典特輯，播放〈月亮代表我的心〉〈小城故事〉〈甜蜜蜜〉等曲目，現場叩應專線(037)261-9130。
        週日 20:00「夜讀時間」連續播出白先勇《台北人》有聲書第七集〈遊園驚夢〉，由本台製作、國家文化藝術基金會補助，節目重播時間為週三 23:00。
        12/14（六）特別節目：苗栗縣長出席「客家桐花祭年度成果發表」實況轉播，時間10:00-11:30，地點苗栗縣政府第一會議室，FM91.3與YouTube頻道同步直播。
        每日 12:00、18:00 播出「交通快報」，資料來源為交通部高速公路局1968路況服務及苗栗縣警察局交通隊，路況通報請撥本台路況專線 0800-913-913。
        兒童節目「阿嬤的故事箱」本週播出《西遊記》孫悟空三打白骨精，週一至週五17:30-18:00，適合4至10歲小朋友，家長可至官網 fm913.tw/kids 下載著色單。
        客語節目「火炭頭講古」週二、週四 21:00播出，本季內容取材自吳濁流《亞細亞的孤兒》與鍾理和《原鄉人》，節目由苗栗縣客家文化發展中心協辦。
        節目異動通知：12/20（五）因轉播苗栗縣議會定期大會總質詢，原「午前點歌站」暫停一次，改於12/21（六）10:00補播，敬請聽眾朋友見諒。
        「農漁天氣站」每日 05:30 播出，內容包含中央氣象署苗栗測站氣溫、風速（單位 m/s）與後龍溪流域雨量，資料更新時間以氣象署開放資料API時間戳為準。
        跨年特別節目 12/31 22:00 至翌日 00:30，與竹南運動公園跨年晚會現場連線，演出卡司依苗栗縣政府新聞稿公布，包括蘇打綠、告五人等樂團，順序以主辦單位為準。
        英語節目《Hakka Hills Weekend》週六08:00播出，由本台國際志工小組製作，介紹苗栗景點如勝興車站、龍騰斷橋與南庄老街，英文講稿可至官網下載PDF。
        頻率資訊：主頻 FM 91.3 MHz（苗栗、頭份），補點頻率 FM 97.1 MHz（卓蘭、大湖），發射功率750瓦，執照字號 廣播字第01234號，有效期限至2029年6月30日。
        網路收聽：iOS／Android請下載「山城之聲」App 版本3.8.2，或於Apple Podcasts、SoundOn搜尋「山城之聲」，節目單集上架時間約為播出後24小時。
    """),
    ("zh-Hant", "投書與叩應須知"): _lines("""
        讀者投書須知：來稿請以800字為限，需附真實姓名、聯絡電話與通訊地址供本報核對，刊出時可使用筆名；稿件請寄 opinion@xinan-weekly.com.tw，恕不退稿。
        叩應規則：每位聽眾發言以3分鐘為限，請勿於節目中透露他人電話、住址或身分證字號，涉及人身攻擊或未經證實之指控，主持人有權立即中斷通話。
        依《個人資料保護法》第8條告知：本報蒐集訂戶之姓名、電話及送報地址，僅用於寄送報紙及帳務通知，保存至契約終止後二年，訂戶得來電要求查閱或刪除。
        Q：我想更改送報地址，要準備什麼？A：請於每月20日前登入訂戶專區 member.xinan-weekly.com.tw，以訂戶編號（共10碼，印在收據右上角）及手機驗證碼登入後修改，次月1日生效。
        Q：叩應時可以匿名嗎？A：可以。本台導播只記錄您的來電時段與發言主題，不會在節目中唸出您的電話號碼，錄音檔保存30天後即由系統自動刪除。
        更正與答辯申請：依《廣播電視法》相關規定，利害關係人得於播送後20日內以書面要求更正，請寄至本台節目部（苗栗市中正路1100號5樓），本台將依法回覆。
        新聞爆料管道：LINE 官方帳號 @xinan_tips、爆料信箱 tips@xinan-weekly.com.tw，本報承諾保護消息來源，惟涉及刑事犯罪之檢舉請直接撥打110報案。
        讀者投書刊登原則：一、不刊登匿名攻擊他人之文字；二、涉及特定個人隱私之內容將刪除或改寫；三、同一作者一個月內以刊登一篇為限；四、本報保有刪修權。
        訂閱方案：紙本一年52期新台幣1,560元，電子版一年新台幣990元，學生及65歲以上長者8折，可於7-ELEVEN ibon、全家FamiPort以繳費代碼繳納。
        徵稿啟事：「我家巷口的老店」專題，歡迎讀者介紹在地營業超過30年的店家，如「阿財米粉湯」「林記豆花」「老吳修鞋」等類型，附照片3張，稿費每篇新台幣1,200元。
        點歌辦法：請於節目播出前一小時透過App或官網表單點歌，每首歌曲請註明歌手與曲名（例：江蕙〈家後〉、伍佰〈挪威的森林〉），每人每日限點一首。
        敬告叩應聽眾：近期有不明人士假冒本台名義，以「中獎通知」要求匯款或提供金融卡，本台所有抽獎活動均不收取任何費用，如有疑問請撥165反詐騙諮詢專線查證。
        訂戶停報與退費：預付訂費者申請停報，按剩餘期數比例退費並扣除手續費新台幣50元，退費以原付款方式退回，信用卡退款約需7至14個工作天入帳。
    """),
    ("zh-Hant", "LINE群組_編輯部工作訊息"): _lines("""
        @所有人 今晚截稿時間提前到21:30，因為印刷廠（竹南廠）明早6點要歲修，A1到A4版請務必在21:00前送審，副刊版已經完成拼版了。
        攝影組注意：明天苗栗縣長10點在縣府大禮堂開記者會，主題是國道一號頭份交流道改善工程，需要一位攝影一位文字，採訪證放在編輯台左邊抽屜。
        主機 news-cms-01 今晚23:00-23:30 要更新到 v5.12.3，期間無法發稿，請各線記者先把稿子存在本機，更新完成後我會在群組通知大家。
        提醒：本週叩應節目主題是「苗栗市垃圾車收運時間調整」，環保局已回覆書面資料（文號 苗環清字第1150012345號），請導播先整理成三個重點給主持人。
        社會線今天跑苗栗地方法院的宣判，判決字號是113年度訴字第456號，法院新聞稿對被告一律用化名，我們的稿子也照法院公告寫，不要自己去查全名。
        廣告部通知：12月份「三義木雕街」聯合廣告已確認，共12家店，版位為B3全版彩色，稿件請於12/10前交，發票抬頭「三義木雕商圈發展協會」，統編 78912345。
        值班表已更新在共用雲端「2026-12值班.xlsx」，週六晚班還缺一位，想換班的請直接在表格備註欄寫，不要私訊，主編週四統一確認後公告。
        今天Podcast上架有問題，Apple Podcasts 顯示 RSS feed error 404，已開單給主機商（工單號 TKT-20261207-0088），預計兩小時內修好，SoundOn那邊正常。
        明天早上八點在本報二樓會議室開月會，議程：一、11月網站流量報告（PV 182萬）；二、紙本發行量檢討；三、尾牙場地確認，請大家準時出席。
        提醒大家：採訪公眾人物可以寫全名，一般民眾受訪者如果沒簽同意書，一律寫「某姓居民」「某姓攤商」，照片也要打馬賽克，這是總編上週交代的。
        颱風警報期間本台改為24小時新聞輪播，新聞部與工程部全員待命，發射站（福星山）如有斷電請直接撥工程部值班群呼，分機號碼貼在機房門上。
        剛收到中華郵政通知，明天起本報郵寄訂戶的交寄地點改為苗栗郵局大宗郵件窗口，交寄清單編號從 MLP2026120001 開始編，發行組請留意。
        攝影組的Nikon Z6II（財產編號 EQ-2021-017）快門數已超過15萬次，下週送台中原廠保養，期間請改借Canon R6（EQ-2022-003），借用請在登記簿簽名。
    """),
    ("zh-Hans", "公众人物新闻"): _lines("""
        新加坡总理黄循财今日在国会就住房政策发表讲话，表示将继续增加组屋供应，本台新马新闻时段将于晚间七点播出讲话重点整理，欢迎海外听众收听。
        歌手周杰伦“嘉年华”世界巡回演唱会台北站于台北大巨蛋连演多场，主办方表示门票开卖后数分钟内即告售罄，本台娱乐新闻将于周五晚间播出现场报道。
        邓丽君1953年生于台湾云林县，1995年于泰国清迈病逝，其代表作《月亮代表我的心》至今仍是华语社区电台最常见的点播曲目之一，本台将推出纪念特辑。
        香港特区行政长官李家超今日出席立法会行政长官答问会，就北部都会区发展进度回应议员提问，本台香港特约记者将于晚间新闻整理答问重点。
        澳门特区行政长官岑浩辉在立法会发表年度施政报告，内容涵盖经济适度多元发展与横琴粤澳深度合作区建设，全文可于澳门特区政府入口网站下载。
        马来西亚首相安瓦尔在国会下议院提呈年度财政预算案，宣布多项民生援助措施，本台吉隆坡合作电台将于周六上午联播华语解读节目。
        作家金庸（查良镛）1924年生于浙江海宁，2018年于香港逝世，代表作包括《射雕英雄传》《天龙八部》，本台“夜读时间”下季将改编播出有声剧版本。
        本台读书节目本周邀请出版社编辑解读龙应台散文集《目送》，讨论亲子与告别的书写方式，节目于周日晚间八点播出，并同步上架各大播客平台。
        新加坡歌手林俊杰的《江南》曾是2004年前后华语电台最热门的点播歌曲之一，本台“老歌时光机”将于下周六播出林俊杰早期作品专题。
        台积电创办人张忠谋的自传下册由天下文化出版，记述其1987年创办台积电的经过，本报副刊将于下期刊登书评，并举办读者线上读书会。
        国父孙中山先生诞辰纪念日为11月12日，台湾多个地方政府于当日举办纪念活动，本报资料室整理了百年来地方报纸的相关报道，将于周末刊出专题。
        香港歌手张学友的巡回演唱会曾于台北小巨蛋、高雄巨蛋等地演出，本台音乐节目将于本周播出其经典曲目《吻别》《每天爱你多一些》等特辑。
        马来西亚创作歌手黄明志的新作MV在YouTube上线三天播放量突破百万，本台“星马音乐风”节目邀请乐评人分析其作品中的马来西亚元素。
    """),
    ("en", "streaming_config_logs"): _lines("""
        icecast.xml: <hostname>stream.fm913.tw</hostname> <port>8000</port> <source-password>CHANGE_ME_EXAMPLE</source-password> <max-listeners>500</max-listeners> <mount>/live.mp3</mount>
        2026-12-07T06:00:01+08:00 INFO liquidsoap[2211]: switch to "morning_news.m3u" (playlist id pl_0614), crossfade=3.0s, output bitrate 128kbps, encoder lame 3.100
        2026-12-07T06:14:22+08:00 WARN icecast: mount /live.mp3 listeners=312 peak=358, source client 10.20.0.15 (studio encoder ENC-A) reconnected after 4.2s
        RDS config: PI=C3A1 PS="FM91.3" RT="Shancheng Voice - Hakka Hills Weekend Sat 08:00" PTY=16 TA=0 AF=91.3,97.1 CT=on, pushed via UECP to encoder RDS-02
        cron: 0 5 * * * /opt/fm913/bin/fetch_cwa.py --station C0E420 --api-key "$CWA_API_KEY" --out /var/lib/fm913/weather.json >> /var/log/fm913/weather.log 2>&1
        HTTP 200 GET /podcast/feed.xml?show=night-reading ua="AppleCoreMedia/1.0.0.21E236" bytes=48211 rt=0.084s cache=HIT edge=tpe-02 req_id=7c1e9a02f4
        ERROR cms.publish: article_id=A20261207-0042 slug="miaoli-garbage-truck-schedule" failed: ImageTooLarge (8.4MB > 5MB limit), retry 2/3 in 30s
        docker-compose.yml: wordpress: image wordpress:6.7-php8.2, WORDPRESS_DB_HOST=db:3306, WORDPRESS_DB_USER=example_user, WORDPRESS_DB_NAME=xinan_cms, restart: unless-stopped
        Release notes, Shancheng Voice app 3.8.2 (build 1204): fixed lock-screen artwork on Android 14, added CarPlay support, crash rate down from 0.41% to 0.12% per Crashlytics.
        [automation] 2026-12-07 12:00:00 spot inserted: AD-2612-031 "Sanyi Woodcarving Street 30s" duration 00:00:30.2, break B2, campaign CMP-2026-118 (paid), log ok
        git log: 9f3c2ab (HEAD -> main) fix(rss): escape ampersands in episode titles; bump feedgen to 1.0.0; closes #214 -- reviewed by the web desk, merged 2026-12-06
        CAP alert received: identifier CWA-TY-20260907-01, event "Typhoon Sea Warning", severity Severe, area "Miaoli County", auto-inserted into live stream at 14:05:10 CST
        Audience report Nov 2026: 41,820 unique streams, avg listening time 23m 41s, top show "Morning Miaoli" (06:00-09:00), 62% mobile app, 27% web player, 11% smart speakers.
    """),
    ("mixed", "廣告價目_發票_系統欄位"): _lines("""
        2027年廣告價目表 Rate Card：A版全版彩色 NT$48,000／期，半版 NT$26,000，B版報頭下橫幅 NT$9,800；FM91.3 廣告 30秒 spot NT$1,200／檔，黃金時段 07:00-09:00 加價30%。
        電子發票 Invoice No. TK-48213579｜賣方：溪南週報股份有限公司 統一編號 53817264｜買方：三義木雕商圈發展協會 統編 78912345｜品名：B3全版彩色廣告×1｜含稅 NT$25,200
        subscriber_export.csv header: subscriber_id,plan_code,start_date,end_date,delivery_route,payment_method,status,last_modified_at（export v2 已移除姓名、電話、地址欄位）
        plan_code 對照：P52=紙本年訂52期、E12=電子版月訂、S52=學生優惠、G52=敬老優惠、CORP=機關團體訂閱（需附統一編號及採購單號），舊代碼 P26 已於 2026-07 停用。
        收款對帳：2026-11 金流撥款批號 NP20261130-0071，交易筆數 1,284 筆，總額 NT$1,032,480，手續費 2.75%，實撥 NT$1,004,087，差異 0 元，會計室已確認。
        業配合作 SOP：品牌方需提供 brief、合作名單（限公眾人物或已簽約網紅）、素材 deadline 至少 T-7，節目內口播需標示「廣告」，依 NCC 置入性行銷規範辦理。
        Sponsor 報價單 Quote Q-2026-1207-03：客戶 阿宗麵線（西門町店）Podcast 片頭贊助 8 集 × NT$3,500 = NT$28,000，未稅，報價有效期 30 天，付款條件月結 60 天。
        派報路線代碼 delivery_route：ML-01 苗栗市區北段、ML-02 苗栗市區南段、TF-03 頭份市中正路沿線、ZN-04 竹南鎮，各路線每日出車 04:30，由合作派報社負責。
        退款錯誤碼 error codes：R001 卡片已失效、R002 超過退款期限（180天）、R003 原交易不存在、R004 金額不符，遇 R003 請轉財務部人工處理並於工單註記。
        Invoice 作廢通知：發票號碼 TK-48213580 因買方統編誤開（應為 24536817 而非 24536871），已於 2026-12-06 作廢並重開 TK-48213591，請會計室更新帳冊。
        LINE 官方帳號 @xinan_weekly 推播方案：輕用量每月 200 則免費、中用量 NT$800／3,000 則，本月已用 2,416 則，預計12/20達上限，建議升級或改發 email 電子報。
        政府文宣刊登：苗栗縣政府工務處「苗栗市中正路人行道改善工程」公告，採購案號 MLC-1150089，刊登2期 NT$18,000，請於結案時檢附刊登證明與報紙原件。
        SKU 一覽：XN-MUG-2026 週報40週年紀念馬克杯 NT$350、XN-TOTE-01 帆布袋 NT$420、FM-CAP-913 電台棒球帽 NT$480，於報社一樓服務台販售（週一至週五9:00-17:30）。
    """),
    ("ms", "notis_stesen_radio"): _lines("""
        Notis pembetulan: Dalam edisi 3 Disember, harga tiket Pesta Tanglung George Town telah dicetak sebagai RM25; harga sebenar ialah RM15 untuk dewasa dan percuma bagi kanak-kanak bawah 12 tahun.
        Jadual siaran hujung minggu: Sabtu 9:00 pagi "Lagu Rakyat Nusantara", 11:00 pagi "Bual Komuniti" bersama wakil Majlis Bandaraya Johor Bahru, talian panggilan studio 07-223 9130.
        Pengiklan dimaklumkan bahawa kadar iklan radio 30 saat bagi tahun 2027 ialah RM180 sekali siar, manakala slot waktu puncak 7:00-9:00 pagi dikenakan tambahan 25 peratus.
        Penerbit: Suara Komuniti Media Sdn. Bhd. (No. Pendaftaran 201901023456), pejabat di Tingkat 3, Jalan Wong Ah Fook, 80000 Johor Bahru, Johor; e-mel iklan@suarakomuniti.com.my.
        Peringatan kepada pendengar: stesen kami tidak pernah meminta bayaran untuk hadiah peraduan. Sila hubungi talian NSRC 997 jika anda menerima panggilan yang mencurigakan.
        Ucapan Perdana Menteri Anwar Ibrahim semasa pembentangan Belanjawan di Dewan Rakyat disiarkan secara langsung, diikuti analisis oleh ahli ekonomi jemputan pada pukul 8:00 malam.
        Restoran Ah Meng Kopitiam di Jalan Ibrahim menaja segmen sarapan "Pagi Ceria" sepanjang Disember; setiap pendengar yang menunjukkan aplikasi kami mendapat diskaun 10 peratus.
        Soalan Lazim: Bagaimana mahu melanggan akhbar edisi digital? Imbas kod QR pada halaman 2, pilih pelan bulanan RM12.90, dan bayar melalui FPX atau Touch 'n Go eWallet.
        Log siaran: 2026-12-07 07:00:05 MYT berita utama bermula, tempoh 00:14:52, sumber Bernama, kod segmen BRT-0700, iklan selingan AD-MY-0412 (Petronas Mesra).
        Pertandingan menulis surat pembaca bertema "Kampung Halamanku" kini dibuka; hadiah pertama RM500, penyertaan ditutup 31 Januari 2027, keputusan diumumkan dalam edisi 14 Februari.
        Sejarah: Tunku Abdul Rahman mengisytiharkan kemerdekaan Persekutuan Tanah Melayu di Stadium Merdeka pada 31 Ogos 1957; rakaman audio asal disiarkan semula setiap Hari Kebangsaan.
        Notis penyelenggaraan: pemancar FM 98.6 MHz di Bukit Senyum akan dimatikan dari 1:00 hingga 4:00 pagi pada 10 Disember untuk penggantian antena; siaran dalam talian tidak terjejas.
        Invois No. INV-SKM-2026-0892 kepada Majlis Perbandaran Kulai untuk 20 slot iklan kesedaran denggi, jumlah RM3,600 termasuk SST 8%, tarikh akhir bayaran 6 Januari 2027.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        叩應紀錄 12/05 07:42 來電者：苗栗市的邱美玲女士，反映她家門口（苗栗市為公路88巷17號）垃圾車連續三天沒來，手機0932-617-408，希望記者回電。
        訂戶資料異動：訂戶編號 XN00231876，姓名 劉家豪，新送報地址 頭份市尚順路二段215巷9弄6號3樓，聯絡電話 0978-203-551，自2027年1月起生效。
        讀者投書原稿署名：黃淑芬（筆名「山茶花」），身分證字號 K220718532，住竹南鎮博愛街52號2樓，她要求刊出時只用筆名，不要出現本名。
        值班主編注意：記者張育誠下週請病假，醫生診斷是腰椎椎間盤突出要開刀，週一到週三的社會線先由其他人支援，這件事不要在群組外講。
        阿德（三義那位常叩應的木雕師傅）今天又打來，說他欠地下錢莊四十幾萬一直被討債，想上節目求助，導播先不要讓他上線。
        林太剛打來抱怨，說她先生上週在節目中被聽眾點名，現在整條街都知道他們在辦離婚，要求我們把Podcast那一集下架。
        更正啟事：本報12月3日報導中之受訪者應為「陳秀蘭」，62歲，居住於後龍鎮埔頂里，誤植為「陳秀英」，特向陳女士致歉。
        請回撥 0921-558-374，上午叩應說要捐二手衣的那位聽眾，她說下午三點後比較方便接電話。
        車禍新聞補充：肇事轎車車牌 BLR-7302，駕駛為43歲蕭姓男子（蕭志偉），酒測值每公升0.52毫克，已依公共危險罪嫌移送苗栗地檢署。
        訂戶退費申請：戶名 吳佩珊，郵局局號0031245 帳號0456712，退款金額 NT$780，退費原因：搬家至台中市北屯區崇德路三段。
        受訪者同意書｜姓名：鍾雅婷｜出生日期：1991/03/14｜身分證字號：H224609185｜聯絡電話：(03)466-2187｜同意本報刊登其照片於「地方青年返鄉」專題。
        新住民媽媽專題受訪者：阮氏玉蘭，越南籍，居留證統一證號 F902641387，手機 0966-284-730，住頭份市信義路，希望照片只拍背影。
        LINE群組：「佳芬懷孕三個月了，下個月開始先不要排她夜班，產檢日期她會自己填在值班表上。」（社會線記者楊佳芬）
        記者排班 2026-12 第2週：週一早班 許文彬（0910-274-663）、週二早班 潘怡君（0937-582-019）、週三夜班 許文彬，請假請找主編。
        讀者來信：我是住在苑裡鎮的退休老師謝宗翰，今年3月確診第二期大腸癌，想投稿分享化療經驗，但請不要登出我的照片。
        中獎名單（內部）：第三獎 全聯禮券500元 得主 賴俊宏，電話 0955-130-862，寄送地址 苗栗縣公館鄉館南村12鄰館南路165號。
        XN00198452,P52,2026-01-01,2026-12-31,ML-02,信用卡末四碼4417,彭美惠,0912-448-305,苗栗市府前路62號4樓
        叩應聽眾「阿嬌姐」就是住在南庄東村的范玉嬌，她兒子去年因為販毒被判刑，她每週都打來講這件事，導播請注意。
        人事通知（機密）：社會線記者邱冠廷月薪由新台幣38,000元調整為41,500元，自2027年1月起生效，請人事室勿外流。
        讀者回覆請寄 tsengyuling87@gmail.com，她是上週投書批評縣府停車費的那位讀者，不希望本報公開她的信箱。
        請核對投稿人身分證字號 P123084678 是否與稿費領據相符，稿費 NT$1,200 已於12/04匯出。
        林阿伯（住竹南中港里，82歲）今天叩應說他失智的太太前天走失，家人還沒找到，希望我們廣播協尋，特徵是穿紅色外套。
        圖說待確認：照片中抱小孩的女子為苗栗市民羅曉雯，她同意刊登，但不同意標示她讀國小二年級的女兒羅宥晴的名字。
        讀者檢舉每天晚上違停在本報門口的白色休旅車 ARK-5581，車主是住隔壁巷的那位退休警察，請行政組先不要貼警告單。
    """),
    "zh-Hans": _lines("""
        来电听众：厦门的郑丽华女士，身份证号 350203196804152622，想通过节目寻找1979年在金门失联的舅舅，请编辑部回电。
        大陆配偶王晓燕，手机 +86 139 5021 7734，微信号 wxy_xiamen88，想在节目中匿名谈她在头份遭受家暴的经历。
        订户资料（简体导出）：姓名 周建国，身份证号 350102197209301817，地址 福建省福州市鼓楼区五四路158号3单元502室，订阅电子版一年。
        读者来信：我叫何静，在深圳打工，丈夫欠了网贷十几万，现在催收电话天天打到我单位，想问台湾这边的亲戚能不能帮忙。
        陈先生（槟城的老听众，大家叫他老陈）今天又来电，电话 +60 12-418 7360，说他上个月中风后说话不太清楚，请主持人耐心一点。
        香港听众梁嘉欣，香港身份证 Y602137(7)，要求把中奖的纪念马克杯寄到她在沙田的家，地址稍后用邮件提供。
        排班短信：明天早班换成刘洋（186 1730 2894），他老婆下周剖腹产，后面两周的夜班都先不要排给他。
        员工体检结果：编辑孙美琪乙肝表面抗原阳性，肝功能指数偏高，请人事部门保密，不要在部门群里讨论。
    """),
    "en": _lines("""
        Call-in log 2026-12-05 20:14: caller Kevin Hsu, 0975-332-118, says his landlord at No. 33, Lane 8, Zhongshan Rd, Toufen is withholding his NT$24,000 deposit.
        Reader letter from Singapore: Mr Tan Wei Ming (NRIC S7148326F) asks to buy back issues from 1986 that mention his late grandfather's tailor shop in Miaoli.
        Intern roster note: Jessica Wu, night shift Dec 12 and 14, mobile +886 952 118 407; she has ankle surgery on Dec 20, so no field assignments after that.
        Billing record XN00244190: card holder Daniel Peng, Visa ending 5521, billing address 5F, No. 88, Fuqian Rd, Miaoli City 360.
        Our regular caller Big Lin, the guy with the grilled squid stall at Zhunan night market, was arrested last Friday for assault, his wife told us this morning.
        Freelance reporter Melissa Chou: NT$1,800 per story plus NT$500 transport, pay into her Cathay United Bank account 013-035-50-123456-8.
        Please e-mail the contest prize confirmation to grace.lo.miaoli@gmail.com, she won the Mid-Autumn quiz but does not want her name read on air.
    """),
    "mixed": _lines("""
        LINE 轉傳：「Amy 阿姨」就是葉美惠，她說她 husband 的 dementia 越來越嚴重，想 call-in 問長照 2.0 怎麼申請，手機 0988-406-215。
        Subscriber form｜Name：鄭凱文｜Mobile：0917-335-908｜Email：kaiwen.cheng@yahoo.com.tw｜Address：新竹縣竹北市光明六路東一段12號7F｜Plan：P52
        記者 Eric 黃冠霖 要請 leave：他 father 在林口長庚 ICU，下週 shift 全部要換，主編說先不要在大群組講。
        Malaysia listener Encik Lim Chee Keong，MyKad 780412-07-5531，住 Bayan Lepas, Penang，想訂電子版，收據請寄 limck78@gmail.com。
        HK 讀者 Ho Siu Ling 何小玲，HKID K538214(9)，住沙田第一城，來信說她被前公司拖欠薪水三個月，想投書。
        2026-12-06 21:03:44 callin.queue caller_id=0913-557-204 name="徐小姐" topic="被前男友偷拍上傳" status=screened_out
        Singapore subscriber Ng Mei Ling，FIN G5183407R，address Blk 412 Ang Mo Kio Ave 10 #08-1123, Singapore 560412，plan E12 月訂。
    """),
    "ms": _lines("""
        Pendengar Puan Noraini binti Hashim (013-772 4190) menelefon dan memberitahu bahawa suaminya ditahan polis minggu lepas kerana kes dadah, dan dia meminta bantuan guaman.
        Pelanggan akhbar: Encik Mohd Faizal bin Rahman, No. KP 850917-10-5273, alamat No. 23, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam, Selangor.
        Wartawan Nur Aisyah binti Kamal akan bercuti bersalin mulai 15 Januari; dia hamil anak kedua, jadi jangan jadualkan syif malam untuknya bulan ini.
        Kereta Myvi putih JQB 4821 milik pendengar yang menelefon tadi, Encik Ravi a/l Subramaniam, diletakkan di petak VIP stesen; sila hubungi dia di 016-725 3318.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是溪南週報編輯部的文字助理，負責潤飾讀者投書並維持原意。"),
        (
            "user",
            "幫我潤稿這篇投書，作者是竹南鎮的退休護理師陳月娥，電話0935-208-617，她說刊出時署名『竹南一讀者』就好：「縣府說要改善中正路人行道，已經說了三年，我每天推著輪椅上的先生去復健，還是得走在馬路上。」",
        ),
        (
            "assistant",
            "潤稿如下，署名依作者意願使用「竹南一讀者」： 縣府承諾改善中正路人行道已逾三年，但我每天推著坐輪椅的家人前往復健，仍不得不走在車道上。懇請縣府正視行人安全，儘速完工。 另提醒：作者的本名與電話僅供本報核對，請勿出現在版面上。",
        ),
        ("user", "好，謝謝。那稿費要匯給她，要寫什麼資料？"),
        (
            "assistant",
            "稿費領據需填寫作者本名、身分證字號、戶籍地址與匯款帳號，這些資料請由財務組直接向陳女士取得並存放於稿費檔案，不要貼在編輯群組裡。",
        ),
    ],
    [
        (
            "user",
            "幫我寫一則更正啟事。我們上週五的報導把受訪者後龍鎮的攤商徐國樑寫成徐國良，還把他的年齡寫成58歲，其實是65歲。",
        ),
        (
            "assistant",
            "【更正啟事】本報12月5日第4版〈後龍市場老攤商的堅持〉一文，受訪者姓名誤植為「徐國良」，正確為「徐國樑」；年齡誤植為58歲，應為65歲。特此更正，並向徐先生及讀者致歉。",
        ),
        ("user", "他太太還打來說不希望報上寫他們家在哪一攤，可以拿掉嗎？"),
        (
            "assistant",
            "可以，更正啟事本身沒有提到攤位位置。線上版原文建議一併刪除攤位編號，只保留「後龍市場」即可。",
        ),
    ],
    [
        (
            "system",
            "You are the assistant for the call-in desk of Shancheng Voice FM91.3. Keep replies short.",
        ),
        (
            "user",
            "A caller named Brian Tseng left a voicemail, number 0972-115-846. He says he lost his job at the Toufen plant and can't pay his kid's daycare. Can you draft a polite callback script for our producer?",
        ),
        (
            "assistant",
            "Callback script: 'Hello, may I speak with Mr. Tseng? This is the producer from Shancheng Voice FM91.3 returning your call from this morning. Thank you for trusting us with your situation. Would you be comfortable talking on air without giving your full name? We can also share information on the county's emergency relief program.'",
        ),
        ("user", "Great. Should we log his number in the shared sheet?"),
        (
            "assistant",
            "Log it only in the restricted call-in sheet, not the shared team sheet, and delete it after 30 days in line with the station's privacy rule.",
        ),
    ],
    [
        (
            "user",
            "帮我把今天的听众来电整理成表格：1) 吴海燕，厦门，电话 +86 158 6023 4417，问怎么订电子版；2) 老黄（黄志明），槟城，说他女儿在台湾读书失联两周；3) 李太，新加坡，投诉奖品没收到。",
        ),
        (
            "assistant",
            "| 序号 | 听众 | 地区 | 联系方式 | 事由 | |---|---|---|---|---| | 1 | 吴海燕 | 厦门 | +86 158 6023 4417 | 咨询订阅电子版 | | 2 | 黄志明（老黄） | 槟城 | 未留 | 女儿在台求学失联两周 | | 3 | 李太 | 新加坡 | 未留 | 奖品未收到 | 建议第2项转给新闻部评估是否协助寻人。",
        ),
        ("user", "第2项要不要在节目里念他女儿的名字？"),
        (
            "assistant",
            "不建议在未取得家属书面同意前播出全名，可先联系警方与学校，确认家属意愿后再决定播出内容。",
        ),
    ],
    [
        ("system", "你是山城之聲的排班助理，協助新聞部主編調整 shift。"),
        (
            "user",
            "下週 roster：Mon 早班 潘怡君、Tue 早班 許文豪、Wed 夜班 羅志成。但文豪說他 mom 要開刀（乳癌），Tue 要請假，手機 0919-604-272 有事找他。幫我重排。",
        ),
        (
            "assistant",
            "調整建議： Mon 早班：潘怡君 Tue 早班：羅志成（與週三夜班對調） Wed 夜班：許文豪（若家中狀況允許；否則改由代班人員） 提醒：許文豪家人的病情屬個人隱私，公告時只寫「事假」即可。",
        ),
        ("user", "OK，照這樣發到群組。"),
    ],
    [
        (
            "user",
            "Saya pelanggan e-paper Suara Komuniti, nama saya Siti Khadijah binti Osman, no. telefon 012-338 9046. Saya sudah bayar RM12.90 melalui FPX tapi akaun saya masih tidak aktif.",
        ),
        (
            "assistant",
            "Maaf atas kesulitan ini, Puan Siti Khadijah. Sila berikan nombor rujukan transaksi FPX dan alamat e-mel yang digunakan semasa pendaftaran supaya pasukan kami boleh menyemak status pembayaran.",
        ),
        ("user", "Rujukan FPX 2612071045338821, e-mel sitikhadijah.osman@yahoo.com."),
        (
            "assistant",
            "Terima kasih. Saya telah merekodkan maklumat ini untuk pasukan langganan. Akaun biasanya diaktifkan dalam 24 jam selepas pengesahan; jika tidak, pasukan kami akan menghubungi puan di 012-338 9046.",
        ),
    ],
    [
        (
            "system",
            "訂戶客服助理。目前查詢的訂戶資料：訂戶編號 XN00187734｜戶名 曾淑惠｜送報地址 苗栗市中山路401巷6號｜電話 0920-771-358｜方案 P52｜到期日 2027-03-31",
        ),
        ("user", "我要停報，我媽住院了，家裡暫時沒人收報紙。"),
        (
            "assistant",
            "曾小姐您好，已為您查到訂戶編號 XN00187734，方案到期日為2027年3月31日。可以從下個月1日起暫停送報，剩餘期數可延後或依比例退費（扣手續費50元），請問您希望哪一種？也祝令堂早日康復。",
        ),
        ("user", "延後就好。"),
        (
            "assistant",
            "好的，已登記自2027年1月1日起暫停送報，到期日將依暫停期數順延。恢復送報時請來電或在LINE官方帳號留言。",
        ),
    ],
    [
        (
            "user",
            "Convert this into a CSV for our prize mailing: Liao Wen-Chieh, 0928-447-301, No. 12, Lane 30, Nanhua Rd, Zhunan; Chloe Fan, 0963-518-024, 3F, No. 7, Zhongzheng Rd, Sanyi.",
        ),
        (
            "assistant",
            "name;phone;address | Liao Wen-Chieh;0928-447-301;No. 12, Lane 30, Nanhua Rd, Zhunan | Chloe Fan;0963-518-024;3F, No. 7, Zhongzheng Rd, Sanyi (semicolon-delimited because the addresses contain commas)",
        ),
        ("user", "Thanks. Add a column for the prize: Liao gets the mug, Chloe the tote bag."),
        (
            "assistant",
            "name;phone;address;prize | Liao Wen-Chieh;0928-447-301;No. 12, Lane 30, Nanhua Rd, Zhunan;XN-MUG-2026 | Chloe Fan;0963-518-024;3F, No. 7, Zhongzheng Rd, Sanyi;XN-TOTE-01",
        ),
    ],
    [
        (
            "user",
            "幫我摘要今天編輯部LINE群組的重點：「@所有人 美編阿芳（蔡宜芳）這週住院，醫生說是甲狀腺的問題，B版先由外包處理」「廣告部：三義木雕街稿件延到12/12」「今晚截稿21:30」",
        ),
        (
            "assistant",
            "今日群組重點： 1. 美編蔡宜芳本週住院，B版暫由外包處理。 2. 三義木雕街廣告稿件截止延至12/12。 3. 今晚截稿時間為21:30。",
        ),
        ("user", "這份摘要要貼給全社，住院那條要怎麼寫比較好？"),
        (
            "assistant",
            "建議改為「B版美編本週請假，暫由外包處理」，不寫姓名與病因，避免揭露同事的健康資訊。",
        ),
    ],
    [
        ("system", "你是地方報社的法務諮詢助理，提供一般性說明，不構成法律意見。"),
        (
            "user",
            "昨天頭份有一起詐騙案，警方抓到的車手叫傅志豪，22歲，住頭份市建國路，還沒起訴。我們可以寫全名嗎？",
        ),
        (
            "assistant",
            "一般新聞實務上，尚未起訴的犯罪嫌疑人通常以「傅姓男子」稱之，不揭露全名與住址，以符合無罪推定原則並降低誹謗與個資風險。若警方新聞稿已公開全名，仍建議內部評估公共利益後再決定。",
        ),
        ("user", "那他的年齡可以寫嗎？"),
        (
            "assistant",
            "年齡一般可以寫，但與姓氏、居住里別等資訊組合後可能足以識別個人，建議只保留「22歲傅姓男子」與行政區層級的地點。",
        ),
    ],
]
