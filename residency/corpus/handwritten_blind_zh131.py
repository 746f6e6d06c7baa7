# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh131: Hong Kong building management and security (visitor logs, notices, repairs, owners' corporation meetings, complaints, CCTV). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh131
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "住戶通告"): _lines("""
        【通告】本苑將於2026年12月9日（星期二）上午10時至下午4時進行食水缸清洗工程，屆時1座及2座全幢暫停食水供應，請住戶預先儲水。管理處啟
        【緊急通告】本苑3座1號升降機因機件故障暫停服務，註冊升降機承辦商已安排更換曳引機鋼纜，預計12月15日恢復，不便之處，敬請原諒。
        各住戶注意：農曆新年期間（2027年2月6日至2月8日）管理處辦公時間改為上午9時至下午1時，緊急事故請致電24小時保安控制室 2687 3300。
        防火通告：消防處提醒，走廊及後樓梯為逃生通道，嚴禁擺放鞋櫃、單車、嬰兒車等雜物；管理處將於12月12日起進行巡查，未移走之雜物將按公契處理。
        颱風通告：天文台已發出八號烈風或暴風信號，會所、泳池及平台花園即時關閉，請住戶關好窗戶，並將露台盆栽移入室內。
        滅蟲通告：承辦商「衛康害蟲防治有限公司」將於12月3日上午於各座垃圾房、平台及停車場進行滅鼠及滅蚊工作，請看管好寵物及小童。
        本苑管理費由2027年1月1日起調整為每平方呎實用面積 $3.85，詳情請參閱法團於11月20日發出之第 OC/2026/041 號通告。
        根據《建築物管理條例》（第344章），法團須每年召開業主周年大會；本年度大會將於12月14日（星期日）下午3時在會所多用途室舉行。
        聖誕節裝飾：大堂聖誕樹將於12月1日起擺放至1月5日，如有意見請於辦公時間內聯絡管理處。
        提提你：冬季天氣乾燥，請勿於走廊或後樓梯燒衣或點燃香燭，以免觸動煙霧感應器。
        停電通告：中華電力將於2026年12月18日（星期五）凌晨1時至5時進行電力系統維修，屆時公共地方照明及升降機將由後備發電機供電。
        失物認領：管理處於會所更衣室拾獲黑色銀包一個、藍色雨傘兩把，失主請於12月31日前攜同證明文件到管理處認領。
        保安提示：近日區內發生有人冒認水務署職員入屋行騙事件，真正職員必會出示職員證，如有懷疑請即致電管理處或報警（999）。
        垃圾收集時間更改：由12月起，各樓層垃圾收集時間改為每晚8時至10時，請住戶將垃圾袋綁好放入垃圾桶內。
    """),
    ("zh-Hant", "維修工程"): _lines("""
        工作單 WO-261104-0087｜地點：2座平台花園噴水池｜問題：水泵異響｜狀態：已完成，更換軸承一套，費用 $2,450
        工作單 WO-261107-0152｜地點：B2停車場出口閘｜問題：八達通讀卡器失靈｜狀態：待零件，預計 11/14 完成
        大廈外牆維修工程招標：標書編號 T-2026-07，截標日期2027年1月15日中午12時，有意投標之註冊一般建築承建商請到管理處索取標書。
        屋宇署強制驗樓計劃：本苑已收到法定通知 MBIS/2026/03512，須於12個月內委任註冊檢驗人員進行訂明檢驗。
        消防裝置年檢：本苑將於12月5日由註冊消防裝置承辦商進行消防花灑及火警鐘測試，期間警鐘可能間歇響起，住戶毋須疏散。
        升降機保養記錄｜升降機編號 L3-02｜保養日期 2026-11-22｜檢查項目：制動器、門鎖、安全鉗、緊急通話系統｜結果：正常｜下次保養 2026-12-20
        天台防水工程第二期已完成約65%，餘下工程因天氣影響延至1月下旬完成，工程費用維持 HK$1,280,000 不變。
        喉管更換工程通知：1座食水立管（C及D室直線）將於12月8日至12日更換，每日上午9時至下午5時間歇停水。
        閉路電視系統升級：控制室錄影機將由 8 路 DVR 更換為 32 路 4K NVR（型號 DS-9632NI-M8），舊有硬碟資料會按政策銷毀。
        水錶房更換工程已完成，承辦商保養期為12個月（至2027年11月30日），期間如有滲漏請通知管理處。
        電錶房門鎖更換：新鎖匙編號 K-EM-07 至 K-EM-12 存放於控制室鎖匙箱，借用須登記。
        平台去水渠淤塞，已安排通渠公司於11月26日下午處理，報價單編號 Q-88417，金額 $3,800。
        大堂地台雲石打磨工程將於12月20日晚上11時至翌日早上6時進行，期間請使用側門出入。
    """),
    ("zh-Hant", "法團會議"): _lines("""
        第十屆管理委員會第六次會議議程：一、通過上次會議紀錄；二、財務報告；三、外牆維修工程招標進度；四、閉路電視系統升級；五、其他事項。
        決議：管委會以5票贊成、0票反對、1票棄權，通過委任「宏基物業管理有限公司」為本苑物業管理公司，合約期兩年。
        財務報告：截至2026年10月31日，法團銀行結餘 HK$3,264,819.50，其中特別基金 HK$2,100,000；本月支出主要為清潔及保安合約費。
        主席提醒各委員，根據《建築物管理條例》附表2，如委員與任何合約有金錢利益，須於會議上申報並放棄投票。
        會議法定人數：管委會共9名委員，出席委員6名，已達法定人數，會議於晚上7時35分開始。
        業主大會通告：議程包括（一）選舉第十一屆管委會；（二）通過2027年度預算；（三）授權管委會就大維修工程進行招標。委任代表文書須於會議前48小時交回管理處。
        2027年度財政預算：保安服務 $1,850,000；清潔服務 $920,000；電費 $680,000；保險 $145,000；維修保養 $560,000。
        委員會討論後同意，外牆工程顧問費上限為工程總額之4.5%，並參考廉政公署《樓宇維修實務指南》的採購程序。
        下次會議日期：2027年1月17日（星期日）下午3時，地點：會所活動室。
        有業主查詢大會點票程序，秘書解釋點票將由獨立會計師事務所監票，結果即場公佈。
        法團保險：公眾責任保險保單編號 PL-HK-2026-118034，保額 HK$100,000,000，有效期至2027年9月30日。
        議決：由於部分業主反映電動車充電需求，委員會同意聘請顧問研究於B1停車場加裝共用充電設施，並於下次會議匯報。
        會議紀錄將於會後28日內張貼於各座大堂告示板，業主可向管理處索取副本，每頁收費 $1。
    """),
    ("zh-Hant", "閉路電視及私隱政策"): _lines("""
        本苑閉路電視只用於保安及公眾地方管理用途，錄影片段保留31日後自動覆蓋，除非涉及警方調查或法律程序。
        按照個人資料私隱專員公署指引，管理處不應影印訪客身份證，亦不應記錄完整身份證號碼，一般只需核對證件。
        住戶如需查閱閉路電視片段，須填寫「查閱閉路電視影像申請表」，並由物業經理批核；一般情況下片段只會提供予警方。
        所有閉路電視鏡頭位置均已張貼「閉路電視監察中」告示，鏡頭不得對準住戶單位大門內部或窗戶。
        控制室只限當值保安主任及物業經理進入，所有調閱須填寫調閱日誌，包括日期、時間、調閱原因及調閱人職位。
        個人資料收集聲明：管理處收集之資料只用於大廈管理事務，資料當事人有權根據《個人資料（私隱）條例》要求查閱及更正其個人資料。
        訪客登記記錄保存期不超過3個月，期滿後以碎紙機銷毀。
        保安員不得以私人手機拍攝閉路電視畫面或住戶，違者即時停職調查。
        如住戶懷疑他人在單位門口安裝私人攝錄機侵犯私隱，可向個人資料私隱專員公署查詢，熱線 2827 2827。
        升降機轎廂內之閉路電視不設錄音功能，畫面只顯示於控制室監察屏幕。
        停車場車牌識別系統（LPR）只儲存登記車輛之車牌號碼，訪客車輛資料於離場後7日內刪除。
        閉路電視系統網絡與住戶 Wi-Fi 完全分隔，遙距登入須使用雙重認證，密碼每90日更換。
    """),
    ("mixed", "表格範本"): _lines("""
        訪客登記表 Visitor Registration｜日期 Date：____｜姓名 Name：____｜探訪單位 Flat：__座__樓__室｜入 In：__:__｜出 Out：__:__｜保安簽署：____
        住戶資料更新表：姓名（中文）________ 姓名（英文，例如 CHAN Tai Man）________ 聯絡電話 ________ 電郵 ________
        閉路電視影像查閱申請表 CCTV Footage Request Form — Section A: Applicant details (Name / Flat / Tel); Section B: Date & time range; Section C: Reason; Section D: Approval (Property Manager)
        委任代表文書 Form of Proxy（《建築物管理條例》附表1A）：本人/我們 ________，為 ________ 之業主，現委任 ________ 為本人之代表出席於 ________ 舉行之業主大會。
        裝修申請表 Renovation Application：單位 ____｜承辦商名稱 ____｜工程範圍 □ 廚房 □ 浴室 □ 拆牆 □ 冷氣機｜施工日期 __/__ 至 __/__
        搬運/送貨預約表 Move-in/out Booking: Date ___ Time slot □ 09:00-13:00 □ 14:00-18:00 Service lift deposit HK$1,000 (refundable)
        停車位月租申請 Monthly Parking Application：車牌號碼 Vehicle Reg. No. ________ 車款 ________ 顏色 ________（請附上車輛登記文件副本）
        遺失住客卡申報表：卡號 ________ 遺失日期 ________ 補卡費 HK$150（支票抬頭請寫「本苑業主立案法團」）
        Incident Report Template｜Date/Time: ___｜Location: ___｜Persons involved: ___｜Description: ___｜Action taken: ___｜Reported by (post): ___
        Key Borrowing Log｜Key No.｜Borrowed by (staff post)｜Time out｜Time in｜Remarks — 例 K-EM-07｜維修技工｜10:20｜11:05｜電錶房抄錶
        保安巡邏記錄表：巡邏時間 ____ 樓層 ____ 檢查項目 □ 走火通道 □ 消防喉轆 □ 垃圾房 □ 天台門 狀況 ____ 簽署 ____
        投訴表格 Complaint Form：投訴類別 □ 噪音 □ 滲水 □ 寵物 □ 衛生 □ 其他｜投訴內容 ____｜投訴人資料會保密處理 Complainant details will be kept confidential.
    """),
    ("zh-Hant", "住戶群組"): _lines("""
        有冇人知今日點解2座升降機又壞咗？等咗成十分鐘
        管理處話聽朝十點先有師傅嚟整，大家預早啲出門啦
        平台啲貓又喺度瞓，好得意，但係唔好餵啦，管理處話會引老鼠
        請問有冇人試過申請會所BBQ場？要幾早book？
        今晚八點法團開會，想聽外牆工程嘅可以去會所旁聽
        大家小心，樓下有人派傳單話係水務署檢查水錶，管理處話係假嘅
        停車場B1嗰邊有陣燒焦味，已經話咗畀保安知，佢哋而家上去睇緊
        收到，多謝通知🙏
        有冇街坊知附近邊間冷氣師傅抵啲？我部窗口機漏水
        今年聖誕燈飾好靚喎，大堂影相打卡一流
        颱風過咗，泳池幾時重開？管理處通告話要清理完先開
        有冇人覺得最近水壓好弱？朝早沖涼得啖啖水
        提提大家：星期六朝早洗水缸停水，記得儲定水
        垃圾房又臭到呢，希望管理處加多次清潔
        我哋呢棟樓熱鬧到好似《七十二家房客》咁，不過包租婆八姑都冇我哋管理處咁惡
    """),
    ("en", "building circular"): _lines("""
        NOTICE: The swimming pool will be closed from 1 November 2026 to 31 March 2027 for the winter season. The gym remains open daily from 06:30 to 23:00.
        Residents are reminded that dogs must be leashed in all common areas and that pet waste must be cleaned up immediately, as required under the Deed of Mutual Covenant.
        The Management Office will be closed on 25 and 26 December 2026. For emergencies, please contact the 24-hour Security Control Room at 2687 3300.
        Please do not prop open the fire doors on any floor; fire doors must remain closed at all times.
        The annual general meeting of the Incorporated Owners will be held on Sunday, 14 December 2026 at 3:00 pm in the Clubhouse Function Room. Proxy forms must be lodged 48 hours before the meeting.
        Courier parcels will only be held at the Management Office for 7 days; unclaimed items will be returned to the sender.
        Work order WO-261119-0204 (Tower 3 lobby air-conditioning) has been completed; the contractor's warranty runs until 30 November 2027.
        For security reasons, all visitors must register at the lobby counter; staff will not keep photocopies of identity documents.
        Residents planning renovation works must submit the application at least 7 working days in advance; noisy works are allowed only 09:00-18:00, Monday to Saturday.
        The CCTV system records all lobbies, lifts and car park entrances 24 hours a day; footage is kept for 31 days and released only to the police or by court order.
        Management Office WhatsApp enquiry line: 6291 7030 (text only, 09:00-18:00). Calls to this number will not be answered.
        Quotation Q-88417 from Everbright Drainage Co. Ltd. for clearing the podium drains is HK$3,800; invoice INV-2026-1142 will be settled by cheque.
    """),
    ("zh-Hant", "查詢及建議"): _lines("""
        問：成立業主立案法團要幾多業主同意？答：一般要喺業主大會由合共持有不少於30%業權份數嘅業主通過決議委任管委會。
        樓上滲水落嚟，管理處話唔關佢事，咁我應該搵邊個？可以打1823搵食環署屋宇署聯合辦事處跟進。
        請問管理處有冇權要求訪客出示身份證？一般只可以核對，唔應該影印或者記錄全個號碼。
        想問大廈公契入面講嘅「公用部分」包唔包括外牆同天台？
        租客可唔可以出席業主大會同投票？答：租客一般無投票權，除非獲業主以委任代表文書授權。
        如果管理費加價超過10%，業主可以點樣反對？
        點樣計算管理費分擔？通常係按公契訂明嘅管理份數計算，唔一定按單位實用面積。
        保安員可唔可以拒絕外賣員上樓？好多屋苑規定外賣只送到大堂，由住戶自行落嚟攞。
        閉路電視見到有人偷咗我單車，但管理處唔肯畀片我睇，點算？一般做法係報警，由警方向管理處索取片段。
        屋苑想裝電動車充電位，政府嘅「EV屋苑充電易資助計劃」仲有冇得申請？
        新搬入屋苑，要向管理處交咩文件？一般係住戶登記表、樓契或租約副本，申請泊車位就要加埋車輛登記文件。
        管委會委員任期一般幾耐？通常兩年一屆，到期喺業主周年大會改選。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        訪客登記｜2026-11-03 19:42｜訪客姓名：梁志恒｜身份證：K612348(1)｜探訪單位：2座18樓C室｜被訪者：黃太｜離開時間：21:15
        【欠交管理費通知】致 海逸軒3座9樓D室業主 何國雄先生：閣下截至2026年10月31日尚欠管理費及差餉共 HK$12,480，請於14日內清繳，否則法團將於土地註冊處登記押記。
        本人鄧慧珊，住喺怡峰苑B座22樓E室，樓上23樓E室由九月開始每晚凌晨一點至三點拖櫈仔同掉嘢，已經向管理處反映三次都冇改善，我有長期失眠，醫生已經開安眠藥，懇請管理處正式發信警告。聯絡電話 6372 8140。
        0215 巡樓：7樓走廊見到7A獨居長者林秀芳（林婆婆，有認知障礙）著住睡衣徘徊，已陪返屋企並致電其女兒林小姐 9218 4073，佢話明早過嚟。
        閉路電視影像查閱申請｜申請人：吳家豪｜單位：1座12樓A室｜事由：11月20日晚停車場B2私家車被刮花，車牌 PK 3826｜要求時段：20/11 22:00-23:30｜已報警
        B2-117 月租車位｜住戶：蔡偉倫（12樓A室）｜車牌 VT 5619 白色 Toyota Alphard｜已繳12月租金 $3,200
        議程四：司庫報告，前管理委員羅啟聰仍未交還2025年度零用現金賬簿及支票簿，管委會議決發律師信向其追討。
        工作單 WO-261115-0342｜報告人：鍾嘉欣（16樓F室）電話 5631 0927｜浴室天花滲水，疑由17樓F室去水渠引致｜安排師傅 11/18 上午上門
        住戶資料登記表：業主 CHEUNG Wai Kit 張偉傑，身份證 Y273915(A)，電話 9146 2587，電郵 waikit.cheung1983@gmail.com，同住人：太太劉詠詩、兒子（8歲）
        租客登記：張曉東，內地居民身份證 44030419860517213X，往來港澳通行證 C60391827，租住5座31樓B室，租約至2027年6月，業主鄭先生已書面授權。
        搬屋預約：11月29日（六）09:00-13:00 使用貨用升降機，住戶關美玲（3樓B室），搬運公司好運搬運，貨車車牌 LM 7024，按金 $1,000 已收。
        補領住客卡：蘇子健（6座20樓C室）遺失住客卡，已收補卡費 $150，舊卡號 0048213 已註銷。
        代收包裹記錄：順豐運單 SF1428730469213，收件人 Yvonne Tsang 曾慧雯（19樓G室），11/21 15:40 放管理處，至今未取。
        致8樓B室住戶 馬志強先生：根據大廈公契，閣下於走廊長期擺放單車及鞋櫃，已阻塞走火通道，請於7日內移走，否則管理處將代為清理。
        委任代表文書：本人石家明（4座15樓C室業主）委任石家欣（身份證 R508462(7)）代表本人出席2026年12月14日業主大會並投票。
        保安員黎志偉今日遲到兩個鐘又冇通知，已經係本月第三次，已口頭警告並記錄在案，下次發書面警告。
        工傷報告：清潔員陳金好（63歲）於11月12日喺後樓梯濕滑跌倒，右手腕骨裂，已送伊利沙伯醫院，需放病假兩星期。
        調解記錄：9樓A室住戶甄家輝先生與10樓A室住戶區淑儀女士就冷氣機滴水爭拗，雙方同意10樓A室於本月內加裝接水盤。
        業主名冊（節錄）｜1A 黃麗珍 9163 8275｜1B 郭志成 6840 1932｜1C 空置｜1D 龐美儀 5207 6614
        閉路電視顯示11月8日23:12一名男子（經管理處核實為14樓C室住戶譚浩然）喺大堂信箱位置翻動他人信件，已交警方跟進。
        管委會選舉提名表：被提名人 廖淑華 LIU Shuk Wah，單位6座2樓A室，職業：退休護士；提名人朱志雄，和議人葉美琪。
        違泊記錄：車牌 HJ 4471（登記車主：2座5樓C室李俊傑）連續三晚泊喺消防通道，已鎖車轆並收取解鎖費 $320。
        訪客：林怡君（台灣）身分證字號 F228416371，探訪23樓H室親戚，逗留三晚，由住戶陪同登記。
        投訴：10樓B室雷嘉敏（雷太）養嘅柴犬每日喺電梯大堂便溺，清潔姐姐話已經清咗好多次，希望管理處處理。
        緊急聯絡人登記：住戶梅志明（輪椅使用者，火警時需優先協助疏散），聯絡人：兒子梅俊熙 6195 3382。
        法團收到小額錢債審裁處文件：前夜更保安員簡國豪追討欠薪及代通知金共 $18,600，聆訊日期2027年1月8日。
        交更記錄：今晚02:40 16樓C室黎太（黎詠梅）報屋企有煤氣味，已即時通知煤氣公司緊急熱線，技術員03:20到場，確認爐具接駁喉老化。
        裝修申請：單位11樓E室，業主温家宏，承辦商利達工程（判頭阿明 9088 3716），工期12/1至1/15，拆牆前須提交認可人士報告。
        我係3座住戶 Peter Wong 王柏軒，想投訴夜更保安黃伯成日瞓覺，上星期三凌晨兩點我返屋企拍極玻璃門都唔醒。
        職員記錄：保安員 LAM Siu Fung 林兆峰，身份證 E381756(7)，2025年3月1日入職，夜更，保安人員許可證有效期至2028年。
        回覆：已將11月2日單車房片段提供予警方，涉及20樓H室住戶吳振賢報失電動單車一事，警方報案編號由住戶自行跟進。
        業主立案法團文件簽收：新任秘書卓美寶（電話 6508 2271）已接收法團印章、會議紀錄冊及銀行支票簿。
    """),
    "zh-Hans": _lines("""
        您好，我是8座19楼A室业主刘建国，身份证 440106199203084520，想委托管理处帮我代收一个快递，电话 138 2947 6015。
        业主王丽娟（深圳）委托中介出租3座11楼C室，联系微信 wanglijuan_sz88，请管理处配合安排看楼。
    """),
    "en": _lines("""
        Visitor log 12/11/2026 — Name: MARICEL DELA CRUZ SANTOS, Philippine passport P4837216B, visiting employer Mrs. Henderson, Flat 32A Tower 1, in 10:05 out 18:30.
        Dear Management Office, I am Rajesh Kumar s/o Suresh Pillai, owner of Flat 18C, Block 2. Water has been leaking from my bathroom ceiling for two weeks; please contact me at +852 6481 2093 or rajesh.kumar.hk@outlook.com.
        Incident report: at 21:50 the guard found Mr. Daniel Ho Man-kit (Flat 9F) arguing with a delivery rider in the lobby; Mr. Ho appeared intoxicated and was escorted upstairs.
        Parking permit renewal — Owner: Catherine O'Donnell, Flat 25B, vehicle RS 2208 (black Volvo XC60), permit valid till 31 Dec 2027, paid HK$38,400 by card.
        Owners' corporation AGM proxy — I, Anthony da Silva Rozario (HKID D519204(9)), owner of Flat 7G, appoint Mr. Leung Kwok-wai to attend and vote on my behalf.
        Tenant registration: Nurul Huda binti Ahmad Fauzi, Malaysian, MyKad 920314-14-5832, Flat 27D, lease 1 Dec 2026 to 30 Nov 2028, employer: Cathay ground services.
        Move-out inspection: tenant Mr. James Whitfield, Flat 30D; deposit HK$46,000 to be refunded to HSBC account 004-512-348790-838 after deducting HK$2,300 for wall repair.
        hi mgmt, this is priya from 14E — my son arjun (6) lost his octopus card near the clubhouse pool this afternoon, pls call 9327 0584 if anyone hands it in
        Visitor: TAN Wei Ling, Singapore NRIC S8412753A, guest of Flat 11B for the weekend, car park visitor slot V-04 until Sunday 20:00.
        Clubhouse booking paid: Mr. Alan Fong, Flat 21A, Visa 4544 1239 8217 0636 exp 08/29, tennis court 6 Dec 19:00-20:00.
    """),
    "mixed": _lines("""
        Hi 管理處，我係21B嘅 Winnie Chow，聽日下晝2點有IKEA送貨，麻煩放佢上嚟，有咩事打 5418 2906 thx
        Noted：15A Mr. Tam Ka-lok 同太太去咗旅行 until 12/20，請夜更保安留意單位門口，有包裹先代收。
        Complaint ref C-2611-027：住戶 Mandy Kwan 話B座 lift lobby 有人食煙，CCTV 顯示係12樓住戶 Kelvin Yip 葉啟文，已發警告信。
        Key handover｜業主 YUEN Chi Keung 阮志強（9座6樓D室）｜鎖匙交畀地產經紀 Jacky 6732 1890 帶客睇樓｜2026-11-28
        收樓簽收：業主 SO Man Yee 蘇敏儀，HKID Z694027(8)，已領取大門匙3條、住客卡2張、信箱匙1條。
        外傭出入登記｜Sri Wahyuni（印尼籍）｜僱主：20樓D室周太 Mrs. Chow Lai Kuen｜放假日出入 07:30 / 21:40｜僱主已授權佢自行用住客卡
        auto-pay form 管理費自動轉賬：戶口持有人 KWOK Hoi Yan 郭凱欣，恒生銀行（024）戶口 382-457109-883，2座7樓F室，每月上限 $3,000
        @阿Ken 28樓B 你架 Tesla WX 8812 又霸咗訪客車位成晚，保安已經貼咗告示喺擋風玻璃
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "幫我寫封投訴信俾管理處，我叫區美儀，住翠林閣C座17樓A室，隔籬17樓B室成日喺走廊食煙，煙味攻入屋，我個女有哮喘。",
        ),
        (
            "assistant",
            "好的，以下係一封投訴信草稿：致翠林閣管理處：本人為C座17樓A室住戶，近月發現鄰近單位經常於走廊吸煙，煙味滲入單位，影響家人健康，懇請管理處跟進……",
        ),
        ("user", "唔該加埋我電話 9285 1647，同埋寫明我個女今個月已經因為哮喘睇咗兩次急症。"),
    ],
    [
        ("system", "你是一名協助香港屋苑保安員處理日常事務的助理。"),
        (
            "user",
            "今晚有個男人話叫 Kenny Lo 盧家俊，話去9樓G室搵朋友，但唔肯俾身份證睇，又話自己係前業主，我應該點做？",
        ),
        (
            "assistant",
            "你可以先用對講機聯絡9樓G室住戶，確認對方是否歡迎該訪客；如住戶不同意或無人應答，可禮貌拒絕其進入並記錄在保安日誌。",
        ),
        ("user", "住戶話唔識佢，佢而家仲企喺大堂唔肯走，我係咪應該報警？"),
    ],
    [
        ("system", "你是物業管理公司的行政助理。"),
        (
            "user",
            "幫我整理今個月欠管理費名單做成表：5A 陳家麟 $4,320；7C 莫慧儀 $8,640；12F 范志偉 $2,160（已承諾月底交）。",
        ),
        (
            "assistant",
            "欠交管理費名單（11月）｜單位 5A｜業主 陳家麟｜欠款 $4,320 / 單位 7C｜業主 莫慧儀｜欠款 $8,640 / 單位 12F｜業主 范志偉｜欠款 $2,160｜備註：已承諾月底交",
        ),
    ],
    [
        (
            "user",
            "I manage a building in Tai Koo. Please draft a warning letter to our tenant Mr. Oliver Grant of Flat 12B, whose dog has been barking for hours while he is at work.",
        ),
        (
            "assistant",
            "Dear Mr. Grant, We have received several complaints from neighbouring residents regarding prolonged barking from your flat during weekday working hours...",
        ),
        (
            "user",
            "Good. Mention that he was already warned verbally on 3 November and that his lease with the owner Mrs. Fung ends in March.",
        ),
    ],
    [
        (
            "user",
            "幫我潤色法團會議紀錄：委員潘志遠提出佢太太間裝修公司可以接外牆工程，主席要佢申報利益，佢拒絕，最後佢離席。",
        ),
        (
            "assistant",
            "經潤色：委員潘志遠先生表示其配偶經營之裝修公司有意參與外牆維修工程投標。主席提醒潘先生須根據條例申報利益，潘先生拒絕申報並於討論期間離席。",
        ),
        ("user", "寫得好，再加一句：管委會決定將事件記錄並通知全體業主。"),
    ],
    [
        (
            "user",
            "我叫 Eric 馮浩然，住3座22樓，我架車 TX 6031 喺停車場俾人刮花，管理處話要我自己申請睇閉路電視，點寫申請？",
        ),
        (
            "assistant",
            "你可以在申請表中列明：申請人姓名、單位、車牌、事發日期及大概時段、停車位編號，並說明已經或將會報警。一般管理處會將片段交予警方而非直接提供給住戶。",
        ),
        ("user", "我個車位係 B1-058，大約係11月30號晚上10點到凌晨1點之間，已經報咗警。"),
    ],
    [
        (
            "user",
            "我阿媽鄺玉蓮82歲，一個人住喺碧濤花園5座8樓，佢有柏金遜，最近跌咗兩次，想問管理處可唔可以每朝幫手望一望佢？",
        ),
        (
            "assistant",
            "你可以書面向管理處提出請求，並登記緊急聯絡人資料；很多屋苑會把獨居長者列入關顧名單，但保安員通常不能入屋。亦可考慮申請平安鐘服務。",
        ),
        ("user", "好，緊急聯絡人寫我，我叫鄺嘉雯，電話 6417 2093。"),
    ],
    [
        (
            "user",
            "My helper Rowena Bautista needs to collect parcels for me at the management office while I'm in Singapore until 15 Dec. What should the authorisation note say?",
        ),
        (
            "assistant",
            "A short signed note works: state your name and flat, the helper's full name, the period of authorisation, and what she may collect. Attach a copy of her HKID only if the office insists, with most digits masked.",
        ),
        (
            "user",
            "Ok — I'm Helen Forsyth, Flat 33C, Tower 5. Her HKID is W418630(6). Please write the note.",
        ),
    ],
    [
        (
            "user",
            "我是业主徐志刚，身份证 350203197809116019，人在厦门，想授权我弟弟徐志强去参加香港的业主大会投票，要准备什么？",
        ),
        (
            "assistant",
            "一般需要填写法团提供的委任代表文书（附表1A格式），由您本人签署，并在会议前48小时送达管理处；有些法团接受电邮扫描件，请先向管理处确认。",
        ),
        ("user", "他的香港电话是 5172 8846，单位是6座10楼B室，帮我把委任书内容写好。"),
    ],
    [
        ("system", "You help building management staff fill in resident forms accurately."),
        (
            "user",
            "幫我填呢份住戶登記表：姓名 麥嘉欣 MAK Ka Yan，HKID G927340(8)，電話 6027 4419，單位 1座 25樓 D室，同住：丈夫 袁子謙，有一隻貓。",
        ),
        (
            "assistant",
            "住戶資料登記表｜姓名（中）：麥嘉欣｜姓名（英）：MAK Ka Yan｜身份證：G927340(8)｜電話：6027 4419｜單位：1座25樓D室｜同住人：袁子謙（丈夫）｜寵物：貓 x1",
        ),
    ],
]
