# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh144: Taiwan libraries and museums (reader cards, overdue notices, volunteers, tour bookings, donations). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh144
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "loan_rules_notice"): _lines("""
        本館一般圖書借期為 28 天，可線上續借 1 次；如有其他讀者預約則不得續借。
        逾期未還者，每冊每逾 1 日停止借閱權 1 日；累計逾期達 60 日者停權 6 個月。
        【逾期通知範本】親愛的讀者 {姓名} 您好：您借閱之《{書名}》已於 {到期日} 到期，請儘速歸還，逾期期間將暫停借閱權。
        預約書到館通知：保留期限為 7 天（不含休館日），逾期未取將順延給下一位預約者，累計 3 次未取書將暫停預約功能 30 天。
        視聽資料借期 7 天，每證限借 5 件；期刊當期不外借，過期期刊可借 7 天。
        還書箱 24 小時開放，投入後於次一開館日完成銷帳；書籍如有破損請勿投入還書箱，改至服務台辦理。
        遺失或污損圖書請以相同或較新版本賠償，無法購得者依定價 1.5 倍賠款。
        12 歲以下兒童申辦借閱證須由法定代理人陪同，並出示戶口名簿或健保卡正本。
        新住民及外籍人士可持居留證申辦借閱證，借閱證效期與居留證有效期限相同。
        本館已加入「全國公共圖書館通用借閱證」計畫，持本館借閱證可至 22 縣市合作館借書。
        系統公告：12/14（日）02:00–06:00 圖書館自動化系統升級，期間無法線上續借與預約，造成不便敬請見諒。
        本月統計：逾期未還 1,284 冊，停權讀者 97 人，逾期率較上月下降 0.6 個百分點。
        電子書平台每證每月可借 10 本，借期 14 天，到期自動歸還，不會產生逾期紀錄。
        借閱證遺失請立即至服務台掛失並補發，補證工本費新臺幣 50 元；掛失前遭冒用之借閱由持證人負責。
        颱風停班停課期間全館休館，期間到期之資料自動順延至恢復開館後第 3 日，無須另行續借。
        家庭借閱證可由同戶籍成員共用借閱額度，上限 30 冊，主卡人須年滿 18 歲。
    """),
    ("zh-Hant", "tour_booking_info"): _lines("""
        團體導覽預約請於參觀日 14 天前提出，每場 15–30 人，導覽時間約 60 分鐘，免費。
        學校團體預約須附學校公文或申請函，入館當日由帶隊老師統一換票入場。
        每週一休館；週二至週日 09:30–17:00 開放（16:30 停止入館），國定假日照常開放。
        全票 NT$150，優待票 NT$75（學生、65 歲以上長者、身心障礙者及必要陪同者一人），6 歲以下免費。
        預約成功後系統將寄發確認信，預約編號格式為 GT-年月日-流水號，例如 GT-20261219-014，請於參觀當日出示。
        手語導覽及口述影像導覽每月第二個週六 14:00 舉行，名額 10 名，請提前一週報名。
        本館備有輪椅 6 台、嬰兒推車 4 台，可於服務台免費借用，借用時請押證件一張，歸還時退還。
        「賴和與臺灣新文學」特展導覽場次：每週六、日 10:30、14:30，每場限 25 人，現場登記，額滿為止。
        團體取消預約請於 3 天前來電告知；無故未到達 2 次者，該單位半年內不受理預約。
        夜間導覽「博物館奇妙夜」活動費 NT$300，含導覽、手電筒及紀念徽章，限國小 3–6 年級學童參加。
        國立臺灣博物館本館建於 1915 年，原為紀念兒玉源太郎與後藤新平之「兒玉總督及後藤民政長官紀念館」。
        預約表單欄位：單位名稱、參觀日期、預計人數、帶隊人姓名及聯絡方式；所蒐集之個人資料僅供本次活動聯繫使用。
        英語、日語導覽須於 21 天前預約，依志工排班情形安排，恕無法保證指定場次。
        展廳內禁止使用閃光燈、自拍棒及腳架；背包請寄放置物櫃，置物櫃投幣 10 元，使用後退幣。
    """),
    ("zh-Hant", "volunteer_recruitment"): _lines("""
        【志工招募】本館誠徵 2027 年度導覽志工 30 名，年滿 18 歲、每週可固定服務 1 個時段（3 小時）以上者歡迎報名。
        報名期間：即日起至 1 月 15 日止，報名表請至官網下載，填妥後寄至推廣教育組信箱 volunteer@ntmofa.gov.tw。
        甄選流程：書面審查 → 面談 → 基礎訓練 12 小時 → 特殊訓練 8 小時 → 見習 3 次，全數完成後核發志願服務證。
        志工福利：服務滿 100 小時可申請志願服務紀錄冊，並享本館特展免費參觀、館內餐廳 9 折優惠。
        志工每年服務時數須達 48 小時，未達者次年度不予續聘。
        本館依《志願服務法》為全體志工統一投保意外事故保險，保險期間同服務期間。
        招募兒童說故事志工：每月第一、三個週六上午 10:00–11:00 於兒童室說故事，有繪本共讀經驗者佳。
        英語導覽志工需具 CEFR B2 以上程度或同等證明，面談時將進行 5 分鐘英語試講。
        高中生服務學習每人每學期最多認證 16 小時，由學校統一造冊報名，個人不另受理。
        志工排班表每月 20 日公布於志工室公布欄及志工系統，請勿私下換班，調班請至系統登記。
        年度志工大會將於 12/20（六）13:30 在 B1 演講廳舉行，會中頒發服務績優獎及十年資深志工獎。
        誠徵古籍修復志工，需具基礎裝幀知識，訓練期間須簽署館藏資料保密切結書。
        志工請假請於 3 天前在志工系統登記，當日臨時請假請撥志工室分機 1203。
    """),
    ("zh-Hant", "donation_policy"): _lines("""
        本館接受圖書捐贈，以出版 5 年內、無破損、無畫記之圖書優先收受；教科書、參考書、盜版書恕不收受。
        捐贈圖書經評估未入藏者，將轉贈偏鄉學校或於年度好書交換活動中流通，恕不退還。
        文物捐贈須經典藏審議委員會審議通過，審議期程約 3 個月，通過後簽訂捐贈契約。
        捐款收據可作為綜合所得稅列舉扣除憑證；如需由本館上傳國稅局，請於捐款單填寫身分證字號。
        捐款專戶：戶名「財團法人〇〇文教基金會」，合作金庫銀行（006）〇〇分行，帳號請見官網公告。
        本年度累計獲贈圖書 18,432 冊、文物 57 件、捐款新臺幣 2,316,500 元，感謝各界支持。
        感謝狀範本：茲感謝 ＿＿＿＿ 先生／女士 捐贈圖書 ＿＿ 冊，嘉惠讀者，特頒此狀以資感謝。
        捐贈清冊欄位：序號｜書名｜作者｜出版者｜出版年｜ISBN｜冊數｜備註
        陳澄波 1930 年代油畫修復成果展即日起展出，共展出經修復之作品 12 件。
        捐贈編號 DN-2026-00418 之圖書 2 箱已完成點收，共 63 冊，經評估入藏 41 冊。
        線上捐款支援信用卡、ATM 轉帳及超商代碼繳費，單筆最低新臺幣 100 元。
        依個人資料保護法，捐款人資料僅用於開立收據及寄送感謝函，不作其他用途。
        台積電文教基金會捐贈偏鄉分館科普圖書 2,000 冊，已於本週完成編目上架。
    """),
    ("zh-Hant", "patron_questions"): _lines("""
        請問借閱證可以跟悠遊卡綁定嗎？要去哪一個櫃台辦？
        還書還到別的分館可以嗎？會不會被算逾期？
        想問一下預約的書到館之後，可以請家人幫忙拿嗎？要帶什麼證件？
        逾期停權期間還可以線上預約嗎，還是要等停權結束？
        請問故宮週末的兒童導覽需要先預約嗎？想帶一個 5 歲一個 8 歲的小孩去。
        博物館志工要面試嗎？沒有相關科系背景也可以報名嗎？
        家裡有一批 70 年代的舊雜誌（皇冠、讀者文摘），圖書館會收嗎？
        我想捐一台很舊的真空管收音機給國立臺灣歷史博物館，要怎麼聯絡比較好？
        請問自修室要刷借閱證進出嗎？每次最多可以坐多久？
        國家圖書館的閱覽證跟市圖借閱證是同一張嗎？
        電子書借了之後可以提前還嗎？還是一定要等 14 天？
        請問團體預約可以用 email 嗎，還是只能打電話？
        史博館整修後重新開館了嗎？常設展裡還有張大千的作品嗎？
        辦借閱證的大頭照可以用手機自己拍嗎？
    """),
    ("en", "museum_visitor_info"): _lines("""
        Guided tours in English run every Saturday at 2:00 p.m.; no booking is needed for parties of fewer than 10.
        Admission: NT$150 adults, NT$75 concessions; free for children under 6 and for everyone on International Museum Day (18 May).
        Foreign visitors may apply for a temporary reader card with a valid passport; the card is valid for 90 days.
        Overdue notice template: "Dear {patron_name}, the item {title} was due on {due_date}. Please return it at your earliest convenience."
        Lockers are coin-operated (NT$10, refunded on return). Large luggage can be left at the information desk.
        Volunteer docents must commit to at least one 3-hour shift per week for a minimum of 12 months.
        Donated artefacts are reviewed by the Acquisitions Committee; a decision usually takes about three months.
        Please quote your booking reference (e.g. GT-20261219-014) when you contact us; we cannot look up bookings by name over the phone.
        Reading room Wi-Fi: SSID Library-Free, no password; sessions time out after 2 hours.
        Hi, can tourists borrow books from the Taipei Public Library, or is it reference-only for visitors?
        How do I extend a loan online? The renew button is greyed out for one of my books.
        Lost property is kept for 30 days; wallets and phones are handed to the local police station after 7 days.
        The Lin Family Mansion and Garden in Banqiao offers free guided walks on weekends at 10:00 and 15:00.
    """),
    ("zh-Hans", "visitor_faq"): _lines("""
        请问大陆游客去台北故宫需要提前网上预约吗？门票多少钱？
        陆生在台湾读书期间可以办市立图书馆的借阅证吗？需要带什么证件？
        台湾的图书馆逾期是罚款还是停借？按天算吗？
        国家图书馆的古籍善本阅览需要另外申请吗？
        想给台湾偏乡的小学捐书，简体字的书他们收不收？
        团体预约博物馆导览，一般要提前多少天？
        高雄市立图书馆总馆晚上几点关门？周一开不开？
        台北故宫有简体中文的语音导览吗？租借要不要押证件？
        请问博物馆志愿者上岗前一般要培训多少小时？
        港澳居民在台湾办借书证，是用通行证还是护照？
    """),
    ("mixed", "ils_system_log"): _lines("""
        [2026-12-05 09:14:02] CHECKOUT item=31111012345678 callno="863.57 8564 2019" due=2027-01-02 branch=ZH01 status=OK
        [2026-12-05 09:15:40] RENEW FAIL item=31111009876543 reason=HOLD_QUEUE_NOT_EMPTY holds=3
        MARC 020 $a 978-957-08-6123-5 $q 平裝 | 245 $a 臺灣史料選讀 / $c 國立臺灣歷史博物館編
        overdue_batch finished: 1,284 notices queued (email 902, SMS 311, LINE 71), 0 failed, 42.7s
        館藏條碼 31111015503217｜索書號 733.21 8432｜館藏地 3F 臺灣文獻區｜狀態：修復中
        入藏登錄號 2026.007.0031｜清代土地契書 1 件｜來源：捐贈｜尺寸 42×58 cm｜庫房 B2-04
        sip2: host=10.20.3.15 port=6001 institution_id=ZHLIB location_code=ZH01 timeout_ms=5000
        發票號碼 QZ-40718256｜日期 2026/12/03｜品名 特展全票 ×2｜金額 NT$300｜載具 無
        RFID 自助借書機 #07 錯誤碼 E-4021：標籤讀取失敗，請洽館員協助。
        訂單編號 TKT20261205000732 已付款，電子票券 3 張，入場時段 2026-12-21 10:00。
        UPDATE patron SET status = 'SUSPENDED' WHERE overdue_days > 60;  -- 97 rows affected
        掛號號碼 RR027316845TW：館際互借圖書 2 冊寄往國立中興大學圖書館。
        ISBN 978-986-5406-21-9 與 978-626-310-442-6 重複入藏，請編目組合併書目紀錄。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        【逾期通知】陳怡君 讀者您好，您借閱的《被討厭的勇氣》已於 11/28 到期，目前逾期 7 天，借閱權暫停至歸還後 7 日。
        借閱證申請表｜姓名：林冠宇｜身分證字號：F167937237｜生日：民國 88 年 3 月 14 日｜手機：0951-970-154｜地址：新北市板橋區文化路一段 188 巷 6 號 4 樓
        志工報名：張淑芬，62 歲，退休國小老師，可服務週三上午；去年膝蓋開過刀不宜久站，希望排兒童室說故事。
        導覽預約｜單位：臺中市大墩國小｜帶隊老師：黃志明 0960-666-049｜日期 12/18 09:30｜學生 28 人、家長 3 人
        捐款收據資料：捐款人 吳美玲，金額 NT$5,000，身分證字號 A270712616，收據寄送地址 臺北市大安區和平東路二段 96 巷 11 號 2 樓。
        讀者 王建國（證號 2310045678）12/02 於 3F 自修室與他人發生口角，經勸導後離館，已登錄不當行為紀錄一次。
        遺失物登記：12/04 閱覽室拾獲學生證一張，姓名 蔡宜庭，中山女高 2 年 8 班，已電話通知學校轉知本人。
        借閱證補發｜洪嘉豪｜原證 12/01 掛失｜新證號 2310098121｜手機 0919-840-548｜已收工本費 50 元
        志工停車證申請：鄭明哲，車號 BFK-2730，服務時段週六全天，配發車位 B2-17。
        志工請假單：李秀琴，12/13（六）上午班，因住院做白內障手術，請志工隊長協助找人代班。
        讀者 林佩珊 反映 11 月已歸還《人類大歷史》但系統仍顯示逾期，要求撤銷停權並刪除紀錄，請回電 0922-374-596。
        退款申請：特展門票重複扣款，持卡人 周俊傑，卡號 4311 9510 5959 7823，金額 NT$600，請退回原卡。
        好書交換日：捐書人 許雅雯 捐 32 冊，換書點數 32 點已匯入她的借閱證 2310051774。
        志工聯絡名冊（節錄）蘇文彬 0917-931-519 週二下午｜曾靜怡 0937-038-088 週四上午｜劉家豪 0965-428-071 週日全天
        押金退還：賴怡萱，郵局 局號 0001287 帳號 0463925，退還館際借書押金 NT$1,000。
        文物捐贈意向書：捐贈人 邱振榮（D169329642），臺南市中西區人，擬捐贈祖父留下之日治時期戶口調查簿 1 冊及家族照片 40 張。
        兒童借閱證：申請人 謝語彤（2018 年生，大同國小一年級），法定代理人 母 謝佳蓉，手機 0940-092-564。
        夜間導覽錄取名單：楊子晴（五年級）、楊子翔（三年級），家長 楊文凱 0964-060-846，請於 19:00 至東側門報到。
        人事異動：期刊組館員 吳佩珊 自 1/6 起申請育嬰留職停薪一年，業務暫由推廣組支援。
        讀者意見：3 樓報紙區的趙德勝先生每天下午都大聲講電話，已反映三次仍未改善，請館方處理。
        通訊資料變更：讀者 廖振宏，新地址 高雄市苓雅區四維三路 77 號 9 樓之 3，E-mail liaojh.1985@gmail.com。
        志願服務時數證明：茲證明 鍾欣怡（身分證字號 H260713840）於 2026 年 1 月至 11 月在本館擔任導覽志工，累計服務 126 小時。
        導覽取消：三信家商 陳柏翰 老師來電，12/20 團體因班上多名學生感染流感停課而取消，回電 0982-126-970。
        逾期催繳（第三次）｜讀者：許志偉｜證號 2310033502｜逾期 63 日共 4 冊｜即將移送法務追償｜住家電話 (02)2758-4417
        捐書感謝函：潘國華 先生您好，感謝您捐贈先父生前收藏之臺灣文學叢書 215 冊，本館將設專架陳列。
        新住民借閱證｜NGUYEN THI HOA｜居留證號 A977042380｜國籍：越南｜手機 0938-645-642｜服務單位：桃園市某電子廠
        志工群組：@林淑貞 姐，妳週三下午的導覽班可以跟我換週五嗎？我女兒那天預產期 🙏 ——美惠
        導覽志工考核：江柏毅 試講評分 62 分，未達 70 分標準，建議延後上線並再見習 2 次。
        無障礙服務申請：讀者 黃筱雯 為輪椅使用者，每週二 14:00–17:00 需預約 2F 無障礙研究小間。
        香港讀者 梁嘉欣 申請臨時閱覽證，香港身份證 Y482613(0)，香港住址 九龍旺角亞皆老街 98 號 12 樓 B 室，手機 9174 3058。
    """),
    "zh-Hans": _lines("""
        陆生借阅证申请：姓名 赵雨萱，国立政治大学新闻所硕一，居民身份证 350203199604173529，台湾手机 0927-296-429。
        您好，我叫孙浩然，上周六在故宫南院丢了一个黑色双肩包，里面有身份证（110105199106072736）和充电宝，请问有人捡到吗？
        导览预约（大陆交流团）：领队 刘倩，手机 138 2716 5940，团员 22 人，12 月 23 日上午参观国立台湾博物馆。
        捐赠登记：捐赠人 周立伟（深圳），拟捐赠其外公 1949 年从上海带到台湾的家书 18 封，联系邮箱 zhoulw_sz@163.com。
        志愿者报名表｜姓名：陈思远｜身份证号：440305199909231283｜台大交换生｜可服务：周六下午｜紧急联系人：母亲 139 2845 0617
        逾期提醒：何静 同学，您借阅的《三体》已逾期 12 天，请尽快归还至任一分馆，逾期期间暂停借阅。
        退款申请：网上购票重复支付，付款人 杨帆，银联卡 6222 0266 3923 3214 682，金额 NT$450，请原路退回。
        江苏游客曹敏 12 月 2 日在台北市立图书馆总馆遗失证件夹，内有身份证 320106198803120466 及入台证，已向派出所报案。
    """),
    "en": _lines("""
        Temporary reader card | Name: Emily Carter | US passport 567832104 | Local address: 5F, No. 12, Ln. 30, Yongkang St., Da'an Dist., Taipei | Mobile 0928-553-120
        Volunteer application: Rajesh s/o Kumaran, 33, PhD student at NTU from Singapore, NRIC S9372615D, free on Saturday mornings, speaks Tamil and English.
        Hi, this is Sophie Lin (0983-315-573). Can we move booking GT-20261219-014 for 12 people to 2pm? One of the kids uses a wheelchair.
        Overdue notice: Dear Mr. Daniel Wong, three items on card 2310077215 are 15 days overdue; your borrowing privileges are suspended until they are returned.
        Donation pledge: Mrs. Margaret Huang-Peterson will donate her late husband's collection of 1960s Taiwan postcards (approx. 300 pieces). Contact: m.huangpeterson@outlook.com
        Incident report 12/03: visitor Thomas Becker touched a Qing-dynasty lacquer box in Gallery 203 after two warnings; passport copy on file, staying at the Sheraton Grande Taipei, room 1412.
        Refund request: cardholder Aisha binti Rahman, Mastercard 5521 2817 8644 2231, charged twice NT$300 on 2026-12-01.
        Roster note: Priya d/o Selvam can't do Sunday shifts any more, she starts chemo next month and would like to switch to online cataloguing from home.
    """),
    "mixed": _lines("""
        志工群組 | Kevin Tsai 蔡凱文：我下禮拜六的 shift 要請假，my mom is in hospital 在台大，sorry 🙏
        僑生借閱證申請：NUR AISYAH BINTI ABDULLAH，MyKad 030815-14-6642，現居 臺北市文山區指南路二段 64 號 政大自強十舍。
        Tour booking：新加坡 family 4 人，contact Tan Wei Ling +65 9123 4687，email tanweiling.sg@gmail.com，12/27 14:00 English tour。
        捐書聯絡：周安妮 LINE ID ann_chou0812，她有 5 箱童書想捐給 Xinyi branch，只有 weekend 有空。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是新北市立圖書館的 LINE 客服小幫手，協助讀者處理借閱、逾期與停權問題。"),
        ("user", "你好，我的書逾期了，想問可不可以不要停權？"),
        (
            "assistant",
            "您好，逾期停權可依特殊情形申請減免，請提供借閱證號與逾期原因，我們會轉給承辦人員審核。",
        ),
        (
            "user",
            "證號 2310062488，我叫簡郁庭，11 月底急性盲腸炎住院開刀兩週，所以才沒辦法還書，診斷書可以拍照給你們。",
        ),
    ],
    [
        ("user", "您好，我想預約 12/17 上午的團體導覽，國小四年級一個班。"),
        ("assistant", "好的，請提供學校名稱、學生人數及帶隊老師的姓名與聯絡電話。"),
        (
            "user",
            "新竹市東門國小 4 年 3 班，學生 27 人，帶隊是我戴雅琪，手機 0916-999-226，有一位學生是視障生，需要口述導覽。",
        ),
        (
            "assistant",
            "已為您登記預約編號 GT-20261217-006，口述導覽志工將另行安排，確認信會寄到學校信箱。",
        ),
    ],
    [
        ("user", "我上週面試通過導覽志工了，組長說要幫我保志工保險，需要什麼資料？"),
        ("assistant", "恭喜您！志工保險需要姓名、身分證字號與出生年月日，請直接回覆即可。"),
        (
            "user",
            "魏欣妤，N218298885，民國 76 年 5 月 2 日生。另外我有氣喘，戶外導覽場次可能不太適合。",
        ),
    ],
    [
        ("system", "國立臺灣歷史博物館 捐款服務專線對話紀錄"),
        ("user", "我上個月捐了一萬塊，要收據報稅，可是一直沒收到。"),
        (
            "assistant",
            "不好意思造成困擾，請提供捐款人姓名、身分證字號及收據寄送地址，我們查明後立即補寄。",
        ),
        ("user", "羅佳穎，O224176052，地址是新竹市東區光復路二段 321 巷 5 號 3 樓，麻煩你們了。"),
    ],
    [
        ("user", "你好，我是浙江来的交换生，想办市图借书证。"),
        ("assistant", "您好，陆生可持入出境许可证及学生证办理，请问您的姓名和在台联系方式？"),
        (
            "user",
            "我叫钱子豪，身份证号 330106200201194152，在成功大学读大三交换，台湾手机 0918-577-061。",
        ),
        ("assistant", "已收到，请本人携带证件原件到总馆一楼服务台完成办证。"),
    ],
    [
        ("user", "Hi, I think I left my camera in the museum café yesterday afternoon."),
        (
            "assistant",
            "Sorry to hear that. Could you describe the camera and leave your name and a contact number?",
        ),
        (
            "user",
            "It's a black Fujifilm X100V. My name is Oliver Grant, I'm staying at the Amba Taipei Ximending until Friday, my Taiwan number is 0936-508-696.",
        ),
        ("assistant", "Thank you, Mr. Grant. Lost property will check and call you back today."),
    ],
    [
        ("user", "你好，我係香港嚟嘅，想問臨時閱覽證點樣申請？"),
        (
            "assistant",
            "您好，香港居民可持香港身份證或入台證申請臨時閱覽證，效期 90 天。請提供姓名與證件號碼以便預先登記。",
        ),
        ("user", "我叫陳卓謙，香港身份證 K730256(8)，下星期一會去，香港手提 6382 1947。"),
    ],
    [
        ("user", "Hello 我想幫小孩報名週六的 storytime"),
        ("assistant", "您好，請提供孩子的姓名、年齡，以及是否有需要我們注意的事項。"),
        (
            "user",
            "她叫 Chloe 許芯瑜，4 歲，對花生嚴重過敏，如果有點心請幫忙避開，家長是我 許俊宏 0978-437-795",
        ),
        ("assistant", "收到，已註記過敏事項，當天請提前 10 分鐘到兒童室報到。"),
    ],
    [
        ("user", "你們寄信說我弄丟的那本書要賠 680 元，可以刷卡嗎？"),
        ("assistant", "可以的，請提供借閱證號，我們會寄送線上付款連結。"),
        (
            "user",
            "證號 2310084530，名字是蕭文傑，連結寄到 wenjie.hsiao@yahoo.com.tw，卡號 4041 1711 7472 0864 先給你們。",
        ),
        (
            "assistant",
            "為了您的安全，請勿在對話中提供卡號，付款連結已寄出，請於頁面上輸入卡片資料。",
        ),
    ],
    [
        ("system", "National Palace Museum volunteer office – English docent programme enquiries."),
        (
            "user",
            "Hi, I'm interested in the English docent programme. I'm Singaporean, living in Taipei since last year.",
        ),
        (
            "assistant",
            "Welcome! For foreign applicants we need your full name, ID number for insurance and your ARC or visa status.",
        ),
        (
            "user",
            "Sure: Goh Jia Hui, NRIC T0158374Z, ARC F958204678, I work at an accounting firm in Xinyi and can do Sunday afternoons.",
        ),
    ],
]
