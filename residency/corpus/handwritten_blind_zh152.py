# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh152: Taiwan graduate schools and research labs (admissions, advisors, thesis defences, stipends, lab safety, misconduct). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh152
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "admissions notice"): _lines("""
        本所115學年度碩士班甄試招生，報名期間為10月1日（三）上午9時至10月14日（二）下午5時止，一律採網路報名，逾期不予受理。
        甄試報名費新臺幣1,300元，低收入戶考生免繳，中低收入戶考生減免百分之六十，請於報名截止前上傳證明文件。
        繳費方式：ATM轉帳至報名系統產生之個人專屬繳費帳號（共14碼），每位考生帳號不同，請勿代他人轉帳或重複繳費。
        資訊工程學系碩士班一般組招收名額38名，其中甄試26名、一般考試12名；甄試缺額得流用至考試入學。
        第一階段書面審查成績佔40%，第二階段面試佔60%，面試名單預計於11月6日下午3時公告於本系網站「最新消息」。
        面試採視訊方式辦理，考生須於面試前15分鐘上線報到並出示國民身分證或護照正本供核對，未出示證件者不得應試。
        正取生須於規定期限內上網登記就讀意願，逾期未登記者視同放棄錄取資格，缺額由備取生依名次遞補。
        備取遞補作業自2月20日起依名次通知，遞補進度以招生系統公告為準，恕不接受電話查詢個別備取名次。
        研究所招生委員會聯絡電話：(02)3366-4888；傳真：(02)2362-7197；服務時間週一至週五 9:00-17:00（12:00-13:30午休）。
        考生對成績有疑義者，應於成績公告後3日內填具「成績複查申請表」，每科複查費新臺幣50元，不得要求重閱或影印答案卷。
        同等學力報考者須具備：大學肄業滿二年以上且修滿80學分，或專科畢業滿三年以上，並檢附相關證明文件。
        繳費狀態查詢結果｜報名序號 1150017342｜狀態：已入帳｜入帳日期 2025/10/08｜金額 NT$1,300｜請於10/14前完成資料確認
        逕修讀博士學位：碩士班研究生修業滿一學期、學業成績名列該班前三分之一，且經指導教授推薦具研究潛力者，得提出申請。
        外國學生申請入學第一梯次截止日為3月15日，須繳交等值美金4,000元以上之存款證明、研究計畫書及推薦信兩封。
    """),
    ("zh-Hant", "thesis defence regulations"): _lines("""
        碩士學位考試委員為三至五人，其中校外委員至少一人；指導教授為當然委員，但不得擔任召集人。
        學位考試成績碩士班以70分、博士班以80分為及格，以出席委員評定分數平均計算；委員有二分之一以上評定不及格者，以不及格論。
        申請學位考試前，論文須經本校指定之論文原創性比對系統（Turnitin）檢核，相似度報告須由指導教授簽名確認。
        學位考試應於申請期限後至學期結束前舉行，第一學期截止日為1月31日，第二學期截止日為7月31日。
        學位考試不及格者，得於下學期或下學年重考，重考以一次為限，重考仍不及格者應予退學。
        學位論文電子全文應於離校前上傳至國家圖書館臺灣博碩士論文知識加值系統，並繳交精裝紙本二冊至總圖書館。
        論文涉及專利申請或機密者，得申請延後公開，最長以五年為限，須檢附「學位論文延後公開申請書」及相關證明。
        口試當天請備妥：學位考試委員審定書、口試評分表、論文初稿每位委員一份、口試費及交通費領據。
        校外口試委員口試費每人新臺幣2,000元（博士班4,000元），交通費依國內出差旅費報支要點核實支給。
        審定書範本：「本論文係 ______ 君（學號 ________）在國立○○大學○○研究所完成之碩士學位論文，於民國___年___月___日承下列考試委員審查通過及口試及格，特此證明。」
        研究生修業年限：碩士班一至四年，博士班二至七年；在職生得延長二年，屆滿仍未完成學位考試者予以退學。
        學位考試得以視訊方式進行，惟應全程錄影並保存至少一年，且研究生須與召集人同在校內實體試場。
        論文格式：中文摘要500字以內、英文摘要不超過一頁，參考文獻採APA第七版，前置頁碼以羅馬數字標示。
    """),
    ("zh-Hant", "lab safety"): _lines("""
        進入第二等級以上生物安全實驗室前，須完成生物安全線上課程4小時並通過測驗，證書有效期限為一年。
        新進人員應接受3小時以上之一般安全衛生教育訓練，未完成訓練者不得操作化學品及機械設備。
        有機廢液請依含鹵素／不含鹵素分類收集，桶身貼妥廢液標籤並註明主要成分及百分比，達八分滿即須上網申報清運。
        氫氟酸（HF）接觸皮膚時，立即以大量清水沖洗至少5分鐘並塗抹葡萄糖酸鈣凝膠，隨即送醫，切勿等待症狀出現。
        校安中心24小時緊急專線：(03)571-1177；環安中心分機 31388；發生火警請先撥119，再通報校安中心。
        高壓氣體鋼瓶須以鏈條固定於牆面或專用架，毒性氣體應置於具排氣裝置之氣瓶櫃內，並每日點檢壓力錶。
        本實驗室列管化學品清單（更新日期 2025/09/01）：丙酮 4L×6、甲醇 4L×4、二氯甲烷 4L×2、濃硫酸 2.5L×1。
        每月最後一個工作天由實驗室安全衛生負責人檢查緊急沖淋設備、洗眼器及滅火器壓力，紀錄保存三年備查。
        離開實驗室前請確認：加熱板已關閉、抽氣櫃拉門降至安全高度、水龍頭已關緊，最後離開者熄燈鎖門。
        液態氮灌充作業須配戴防凍手套及面罩，禁止單獨一人於密閉空間作業，以電梯運送時人員不得同乘。
        意外事故通報流程：現場處置 → 通知實驗室負責人 → 2小時內通報環安中心 → 24小時內完成事故初報；重大職災須於8小時內通報勞動檢查機構。
        校內SDS查詢系統已更新，輸入CAS No.（如 67-64-1 丙酮、7664-93-9 硫酸）即可下載中文版安全資料表。
        Class 4雷射開機時門口警示燈須亮起，進入者應配戴對應波長且OD≥6之雷射護目鏡。
    """),
    ("zh-Hant", "forum questions on stipends and advisors"): _lines("""
        請問大家碩班的助學金大概多少？我們系上每月6,000，老師計畫另外給RA一個月8,000，這樣算正常嗎？
        學習型助理跟勞僱型助理差在哪？勞僱型要保勞健保，學校說學習型不算僱傭關係，但每週還是要去實驗室報到打卡。
        推 博班的獎助大概每月3到4萬，還要看老師計畫有沒有編列人事費，不要只聽學長姐說的。
        想問有沒有人申請過國科會大專學生研究計畫？執行期間7月到隔年2月，每月研究助學金6,000元，要附研究計畫書跟指導教授同意。
        找指導教授時建議先看實驗室近三年畢業生的平均修業年限，再私下問學長姐老師meeting的頻率跟風格。
        大家的實驗室會要求週末進實驗室嗎？我們老師說沒有強制，但每次meeting都會問進度，感覺壓力好大。
        口試前一週被老師要求整個第四章重跑實驗，這種情況大家都怎麼處理？是不是只能延畢？
        更換指導教授流程：填「更換指導教授申請書」→ 原指導教授簽名 → 新指導教授簽名 → 所長核章；原指導教授不同意時可提所務會議討論。
        私立大學碩士班學雜費一學期大約5到6萬，國立大約2.5萬，另外學分費要看修幾學分。
        請問逕博之後碩士學位還拿得到嗎？聽說要另外寫一本碩論，有經歷過的人可以分享一下嗎？
        碩三只剩論文沒修課，學雜費基本費要繳全額還是減半？各校規定好像不一樣。
        勸世文：進實驗室前一定要問清楚作者排序、研究成果歸屬、以及畢業門檻（幾篇期刊、幾篇研討會）。
        中研院TIGP博士生的獎學金聽說每月約4萬元，前三年大致有保障，第四年起要看研究進度審核。
        想問國科會「博士生赴國外研究」（千里馬計畫）補助的是生活費跟來回機票嗎？申請時要附國外指導者邀請函嗎？
    """),
    ("zh-Hans", "mainland and HK applicant questions"): _lines("""
        陆生申请台湾研究所需要通过"大学校院招收大陆地区学生联合招生委员会"（陆生联招会）网上报名，每年大约10月开放。
        请问在台湾读硕士的陆生可以在校外打工吗？听说只能在学校里做研究助理或教学助理，而且有时数限制。
        录取后需要办理台湾地区入出境许可证，一般由学校代为申请，办好后再持大陆居民往来台湾通行证和签注入境。
        港澳生申请研究所可以走个人申请，部分学校接受以副学士或高级文凭同等学力报考，需要先看各校招生简章。
        在台读研期间的健保：陆生在台居留满六个月后可以加入全民健保，之前需要自费购买商业医疗保险。
        台湾学位回大陆认证需要通过教育部留学服务中心网上申请，一般要上传成绩单和学位证书扫描件。
        有没有学长学姐分享一下新竹清华电机所的陆生读书体验？主要想了解实验室风气和毕业要求。
        读博的陆生每月生活费大概多少够用？新竹单人雅房房租大约6,000到8,000新台币。
        建议：联系导师前先认真读完对方近三年的论文，邮件里写清楚研究兴趣和能贡献的方向，千万不要群发模板。
        台湾研究所的"口试"相当于大陆的论文答辩，一般由三到五位委员组成，指导教授也是委员之一。
        港澳生的学历证件需要先经台北经济文化办事处（香港）或台北经济文化办事处（澳门）验证，再寄给报名学校。
        求推荐台湾理工科研究所申请的研究计划书范例，一般写几页比较合适？要不要附参考文献？
    """),
    ("en", "international office and lab pages"): _lines("""
        Applications for the Taiwan Scholarship for the 2026 academic year are submitted through the Taipei Economic and Cultural Office in your home country, not through the university.
        After arrival, apply for your Alien Resident Certificate (ARC) at the National Immigration Agency within 15 days; bring your passport, admission letter, enrollment certificate and one 2-inch photo.
        Master's students admitted to the International Graduate Program receive a tuition waiver in the first year; renewal requires a GPA of at least 3.0 out of 4.3.
        Office of International Affairs front desk: +886-3-571-2861 ext. 33399, Monday to Friday 08:30-17:00; walk-in hours are suspended during registration week.
        We are recruiting two PhD students in computational catalysis for Fall 2026; send your CV, transcripts and a one-page research statement to the lab mailbox listed on the group website.
        Lab meeting is every Wednesday at 2:00 pm in Room 417, Engineering Building IV; each member presents progress once every three weeks.
        Reminder: the thesis similarity report must be below 25% excluding references, otherwise your advisor must attach a written explanation to the defence application.
        International students holding an ARC may apply for a part-time work permit online; the permit is valid for up to six months and working hours are capped at 20 per week during the semester.
        The Academic Integrity Committee reviews cases of fabrication, falsification, plagiarism and ghostwriting; the identity of the whistleblower is kept confidential throughout the process.
        Useful numbers: Foreigner Hotline 0800-024-111 (24h, English/Japanese/Vietnamese), Campus Security +886-2-3366-9119, Emergency 119/110.
        Template: "Dear Professor [Name], I am a [year] student in [program] at [university], and I am writing to ask whether you will accept new graduate students for [semester]."
        Nobel laureate Yuan T. Lee served as President of Academia Sinica from 1994 to 2006, during which the Taiwan International Graduate Program was launched.
        The defence will be held in hybrid mode; external examiners joining remotely must keep their cameras on for the entire session, including the closed deliberation.
        Stipends are paid on the 10th of each month into a Taiwanese bank or post office account held in the student's own name; accounts in another person's name cannot be accepted.
    """),
    ("mixed", "lab group chat and admin"): _lines("""
        各位 reminder：下週三 group meeting 改到 R417，輪到第二組 present，slides 請前一天上傳到 NAS /lab/meeting/2025-fall/
        GPU server 排程：每人每週 A100 最多 48 hr，跑長 job 前請先在 Slack #gpu-queue 登記，不要直接 nohup 搶卡。
        `sbatch --gres=gpu:2 --time=24:00:00 train.sh` 記得 partition 改成 lab-a100，default 那個 queue 下週停用。
        conda env 已升到 python 3.11 / torch 2.4.1+cu121，舊 env 下週清掉，commit 7f3c9e2a 之前的 code 可能跑不動。
        報帳提醒：發票抬頭寫學校全名、統一編號填學校的，發票號碼（例如 QZ-48120573）要完整抄在黏貼憑證上。
        耗材請購單 PO-2025-0871 已核准，Sigma 的 order no. 4519327761 預計下週到貨，到了先放 4F 冷藏櫃。
        口試 checklist ✅ 審定書 ✅ 評分表 ✅ 茶點 ✅ 投影機 ✅ 校外委員車馬費領據 → 統一去系辦領。
        Paper deadline：NeurIPS abstract 5/15 AoE、full paper 5/22 AoE，要投的人這週五前跟老師約 1-on-1。
        實驗室門禁卡遺失請到總務處補辦，補卡費 NT$200；新生的門禁權限 9/15 統一開通。
        Zotero group library 已建好，citation key 統一用 authorYEARfirstword 格式，例如 vaswani2017attention。
        DOI 10.1109/TPAMI.2024.3381245 那篇 survey 大家有空先看 Section 4，下次 journal club 要討論。
        Lab wiki 更新：新人 onboarding 請先讀 /wiki/safety 和 /wiki/server-rules，再找 lab manager 拿 VPN 設定檔。
        國科會計畫 NSTC 114-2221-E-007-052-MY3 經費 9 月撥入，RA 聘期從 8/1 起算，請 RA 們月底前完成線上聘任。
        ISBN 978-986-350-771-0 那本《研究方法》系圖只有兩本，借了記得還 😂
    """),
    ("zh-Hant", "research ethics policy"): _lines("""
        學術倫理案件之檢舉應具真實姓名及聯絡方式，匿名檢舉原則上不予受理，但具體指明違反事項並附具證據者，不在此限。
        違反學術倫理之態樣包括：造假、變造、抄襲、由他人代寫、重複發表、不當列名作者及以翻譯代替原創等。
        經認定學位論文有造假、變造、抄襲或由他人代寫等情事且情節重大者，依學位授予法撤銷其學位，並註銷已發給之學位證書。
        學術倫理審議委員會114年度第3次會議紀錄：受理案件5件，成案3件，不成案2件，案號 114-學倫-017 至 114-學倫-021。
        研究生應於畢業前修畢學術研究倫理教育課程至少6小時，並通過總測驗（80分以上），方得申請學位考試。
        調查期間檢舉人、被檢舉人及審議委員之身分均應保密，調查結果對外說明時應去識別化處理。
        2014年國內曾爆發期刊同儕審查集團事件，SAGE旗下期刊一次撤回60篇論文，並導致時任教育部長請辭。
        期刊撤稿不等同違反學術倫理，撤稿原因可能是作者自行發現數據錯誤或出版社作業疏失，應以撤稿聲明內容判斷。
        研究涉及人體或個人資料者，應於收案前送研究倫理委員會審查，核准編號（如 REC-202509HS017）須載明於知情同意書。
        提供代寫論文之仲介業者，學校得移送檢調偵辦；學生購買代寫服務經查證屬實者，應撤銷其學位。
        指導教授未盡指導責任致學生論文違反學術倫理者，學校得視情節予以不續聘或限制其申請研究計畫。
        被檢舉人收到處分通知後30日內，得以書面向學術倫理審議委員會提起申覆，並以一次為限。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        115學年度碩士班甄試報名資料｜姓名：林冠廷｜身分證字號：A162631904｜出生日期：2002/03/17｜手機：0928-517-364｜畢業學校：國立中興大學化學系
        電機所碩士班甄試錄取名單：正取1 黃柏翰（准考證號 10301025）、正取2 蔡宜蓁（10301117）、備取1 鄭宇軒（10301009）
        研究生張育瑄（學號R12945017）申請更換指導教授，原指導教授吳文正已簽名同意，新指導教授為生醫電資所陳靜如副教授。
        學位考試公告：化工所碩士班 黃士軒 於 6/18（三）14:00 在綜合一館 R305 舉行論文口試，題目「鈣鈦礦太陽能電池之界面鈍化研究」，歡迎旁聽。
        研究生獎助學金撥款清冊（10月）｜蕭筱涵 碩一 6,000元 郵局局號0141095 帳號0382716｜王子豪 碩二 6,000元 郵局局號0021847 帳號1276053
        實驗室事故初報：9/23 16:40 化學館B12，碩一 吳承諺 操作迴流裝置時燒瓶破裂，右前臂二度灼傷約3%，已由學長送臺大醫院急診。
        學術倫理檢舉書｜檢舉人：李佩珊（0975-210-883）｜被檢舉人：海洋所博士生莊凱文｜事由：其2024年期刊論文圖3與其碩士論文重複使用並經變造
        休學申請：社會所碩二 楊語彤（學號111254019），因重度憂鬱症住院治療中，檢附臺北榮總診斷證明書，申請休學一學年。
        導師輔導紀錄：碩一 劉孟哲 近兩個月未進實驗室，母親來電表示其恐慌症發作在家休養，已轉介學生心理諮商中心。
        研究生宿舍申請｜邱思妤 研一｜通訊地址：臺中市北屯區崇德路三段218巷7號5樓｜緊急聯絡人：母 邱陳美玲 0933-461-207
        口試委員交通費領據｜領款人：鄭明哲｜身分證字號 B173314899｜戶籍地址：新北市板橋區文化路一段188巷12號｜金額：高鐵來回 2,980 元
        實驗室緊急聯絡名冊：負責人 高振維 0912-748-305｜安全衛生管理員 廖芷涵 0966-102-584｜本週值日 彭子睿 0920-337-916
        機車停車證申請：博士班 蔡宗翰，學號 D11521007，車號 NFK-3286，停放位置：工程四館地下室B區。
        推薦函：王怡君同學大三修習本人開授之「生物統計」，成績全班第二（A+），專題研究期間每週主動回報進度，誠摯推薦其進入貴所碩士班。
        延長修業年限申請：博士班 温家豪 已屆第七年，資格考兩次未通過，經所務會議同意給予一學期延長，屆期未通過即予退學。
        兼任助理聘任：Nguyen Thi Thu Ha（越南籍博士生），居留證統一證號 F938596095，學習型助理，每月 8,000 元，聘期 114/08/01-115/07/31。
        @陳品妤 妳的 Western blot 原始檔到現在還沒交，老師說這週五前再不補就要送學倫會處理。
        學倫會決議：社會系碩士生 方柏宇 學位論文第二章與他人2019年碩士論文相似度達47%，抄襲成立，撤銷其碩士學位。
        申訴書：碩二生 游佳蓉 申訴本系 許志明 教授要求研究生每月自付3,000元分擔實驗室耗材，並以「不讓你畢業」相威脅。
        勞僱型兼任助理 羅心怡（身分證 D211126600）5月薪資 NT$18,000 已轉入中國信託（822）帳號 3215-4087-6623，請查收。
        僑生 陳俊傑（馬來西亞，MyKad 990214-14-5523，護照 A51298374）申請僑委會研究生獎學金，在校成績平均 88.6 分。
        港生 麥嘉欣 香港身份證 S208479(3)，居留證逾期未換發，請國際處協助聯繫移民署補辦。
        特殊作業健康檢查異常追蹤：呂政廷（化材所博三）肝功能 ALT 128 U/L，醫師建議暫停接觸有機溶劑三個月。
        研討會註冊費代墊：林郁婷 以個人信用卡 4563 2259 7256 3575（有效期 08/28）刷卡 NT$9,800，請以計畫經費核銷歸墊。
        系主任約談紀錄：碩一 黃冠霖 於實驗室與學長發生肢體衝突，雙方同意和解，依學生獎懲辦法記小過一次。
        博士班資格考成績通知：陳昱安 同學「演算法」科目62分未達及格標準，依規定得於下學期重考一次。
        在學緩徵申請：碩士班新生 周柏霖，身分證字號 K156381330，戶籍地 高雄市鳳山區，預計畢業 117 年 6 月。
        系辦公告：研究生 陳姵妏 於新竹市東區光復路二段101巷23號3樓租屋處遭竊，學生證及筆電遺失，已向第二分局報案。
    """),
    "zh-Hans": _lines("""
        陆生报名信息｜姓名：张思远｜身份证号：440106199904129250｜往来台湾通行证：L23419087｜手机：138 2614 7709｜毕业院校：华南理工大学
        刘子航同学（身份证号32058220000827291X）已录取资讯工程研究所硕士班，请于8月15日前上传入出境许可证申请材料。
        你好，我是成大化工所的陆生王诗涵，微信号 shihan_0203，想问一下你们实验室明年还招硕士生吗？
        推荐信：陈雨桐在硕士期间以第一作者发表2篇SCI论文，GPA 3.82/4.0，我强烈推荐她申请贵校博士班。
        交换生周晓雯（身份证号510107199802037843）入台体检结核菌素试验阳性，需于下周到台大医院胸腔科复查。
        新加坡籍研究生林慧敏，NRIC S6782341I，联系电话 +65 9736 2815，申请台大公卫学院博士班，已上传推荐信两封。
        郑浩然 2025学年获优秀陆生奖学金，每月NT$10,000，发放至中华邮政账户 局号0031206 账号0589142。
        举报：中兴大学生科所硕士生何嘉怡替人代写论文，每篇收取人民币8,000元，接单用的QQ是2874519306。
        紧急返乡申请：陆生黄子轩（身份证号350203200111159513）父亲在厦门病危住院，申请下周一起请假两周。
    """),
    "en": _lines("""
        I am pleased to recommend Ms. Hsu Pei-Chen, who worked in my lab as an undergraduate researcher from 2022 to 2024 and ranked 3rd of 58 in her class.
        Admission offer - International Master Program in Biomedical Engineering: Mr. Nguyen Van Minh, Passport No. C4827163, tuition waiver granted for year 1, ARC to be applied on arrival.
        PhD applicant (Chemistry): Kavitha a/p Subramaniam, MyKad 000817-07-6218, mobile +60 17-226 8314, email kavitha.subra88@gmail.com
        Incident 2025-11-04: PhD student Daniel Oyelaran cut his left palm on broken glassware in Lab 512; 4 stitches at Hsinchu MacKay Memorial Hospital; reported to EHS.
        Dear Ms. Lin, my October stipend has not arrived in my post office account 0141095-0217384. My name is Ahmad Faizal bin Rosli, student ID R13548021.
        Complaint to the Ombudsperson: Prof. Chou Wen-Liang listed himself as first author on my thesis chapter without my consent. - Emily Tan Shu Wen, MSc, Atmospheric Sciences
        Emergency contact for Jonathan de Souza (PhD, Institute of Oceanography): mother Rosario de Souza, Singapore, +65 8123 6409.
        Nur Aisyah binti Kamarudin (passport A62937154) needs her enrollment certificate by Friday for the ARC renewal appointment.
    """),
    "mixed": _lines("""
        @玉婷 妳的 LINE id 是 yuting.chen0412 嗎？我要把妳加進 lab 群，順便給我學號 R13921033 我幫妳申請 server 帳號 (陳玉婷 碩一)
        口試 schedule：6/20 10:00 Kevin 吳承叡（碩二，committee 已確認）、6/20 14:00 Annie 蔡安琪（碩二，還缺一位校外委員）
        Jason 黃冠智 上週 lab meeting 又沒來，老師說這個月 RA 薪水先 hold，打他手機 0916472058 也不接
        報帳 issue：學長 鍾翔宇 用自己的卡 5523 5359 3520 3275 代墊 cloud GPU 費用 NT$42,000，請會計處匯回他的玉山帳號 0827-940-153682
        TA 分配 Fall 2025：計概 → 黃詩涵 (shihan.huang.tw@gmail.com)、資結 → 廖建宏 (0958-334-720)
        港生 Kelvin Cheung 張浩賢 HKID K164834(9)，residence permit 下週到期，請 OIA 幫忙 extend
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是國立大學研究生教務組的線上服務助理，協助回答學位考試與註冊相關問題。"),
        (
            "user",
            "你好，我是材料所碩二鄭雅文，學號 R12527044，想問這學期學位考試申請截止日是哪天？",
        ),
        (
            "assistant",
            "您好，第二學期學位考試申請一般於5月中旬截止，口試須於7月31日前完成，詳細日期請以教務處行事曆為準。",
        ),
        (
            "user",
            "好，我的校外委員是成大的老師，交通費領據要先填他的身分證字號嗎？我手機 0937-582-146，有問題可以打給我。",
        ),
    ],
    [
        (
            "user",
            "Can you help me write an email to a prospective PhD advisor at NTU? My name is Liu Chia-Hao, I'm finishing my MSc in chemistry at NCHU with a GPA of 4.1/4.3.",
        ),
        (
            "assistant",
            "Sure. Tell me the professor's research area and one of their papers you have read, and I will draft a short, specific email.",
        ),
        (
            "user",
            "Her group works on MOF catalysts. Please put my phone 0937-204-815 and my Gmail liuchiahao.chem@gmail.com in the signature.",
        ),
    ],
    [
        (
            "user",
            "帮我填一下陆生报名表的个人信息部分：孙雅琪，身份证号110108199706304640，北京海淀，本科北京理工大学自动化专业。",
        ),
        (
            "assistant",
            "好的，已按报名表格式整理：姓名 孙雅琪｜证件号 110108199706304640｜户籍地 北京市海淀区｜毕业学校 北京理工大学｜专业 自动化。",
        ),
        ("user", "再加上手机 186 0137 5524 和通行证号 L60328147，然后帮我检查一下有没有漏项。"),
    ],
    [
        ("user", "急！我學弟陳柏勳剛剛在無塵室被濃硫酸噴到左眼，現在該怎麼辦？"),
        (
            "assistant",
            "請立刻用洗眼器持續沖洗至少15分鐘，撐開眼瞼、不要揉眼，同時撥119並通知實驗室負責人與校安中心。",
        ),
        (
            "user",
            "已經送臺大急診了，醫生說角膜輕度損傷。幫我寫一份事故初報，他是光電所碩一，事發時間今天下午3點10分。",
        ),
        (
            "assistant",
            "事故初報草稿：光電所碩一 陳柏勳 於今日15:10在無塵室操作時遭濃硫酸噴濺左眼，經洗眼器沖洗後送臺大醫院急診，診斷為角膜輕度損傷。",
        ),
    ],
    [
        (
            "user",
            "我想寫一封檢舉信給學倫會。我們老師楊國華（清大動機系）把我碩一做的實驗數據直接給另一個學生當碩論，我完全沒被列名。",
        ),
        (
            "assistant",
            "建議在檢舉書中列出數據產出的時間、原始紀錄（實驗紀錄簿、檔案時間戳）以及對方論文中對應的章節頁碼，並保留所有往來信件。",
        ),
        (
            "user",
            "對方學生是洪郁翔，他的論文第三章圖 3-2 到 3-5 都是我的數據。我叫詹子晴，可以幫我把這些寫成正式檢舉書嗎？",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm Farah binti Ismail, an MSc student at NCU. My NT$6,000 monthly stipend for September and October still hasn't been paid.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. Usually the department office processes stipends after the advisor signs the monthly list; you could first check whether your advisor submitted it.",
        ),
        (
            "user",
            "He says he did. Can you draft a polite message to the department secretary? Include my student ID 113352021 and my phone +886 909 318 562.",
        ),
    ],
    [
        (
            "user",
            "我是陽明交大博四的林子涵，最近實驗一直失敗，每天失眠，已經在學校諮商中心晤談三次了，我在想要不要休學。",
        ),
        (
            "assistant",
            "謝謝你願意說出來，持續的失眠和壓力很值得重視。你可以先和諮商師討論目前的狀況，也可以考慮請學校協助轉介身心科門診評估。",
        ),
        (
            "user",
            "身心科醫生說是中度憂鬱，開了藥。我怕跟指導教授陳老師講了之後他會覺得我不適合讀博。",
        ),
    ],
    [
        (
            "user",
            "幫我把這份實驗室通訊錄轉成 CSV：許家瑋 0921-583-407 LINE: jiawei_hsu｜曾品萱 0952-116-839 LINE: pinhsuan.t｜施冠宇 0987-420-315",
        ),
        (
            "assistant",
            "name,phone,line_id / 許家瑋,0921-583-407,jiawei_hsu / 曾品萱,0952-116-839,pinhsuan.t / 施冠宇,0987-420-315,",
        ),
        ("user", "施冠宇的 LINE 是 kuanyu0918，補上去，然後加一欄年級：許碩二、曾碩一、施博一。"),
    ],
    [
        (
            "user",
            "我係港生陳樂怡，喺台大讀公衛碩士，HKID R200594(7)，想問居留證過期咗仲可唔可以直接去移民署續？",
        ),
        (
            "assistant",
            "居留證到期前30天內就可以申請延期；如果已經逾期，通常需要先到移民署服務站說明並可能被處罰鍰，建議盡快攜帶護照、在學證明前往辦理。",
        ),
        ("user", "我上個月尾已經過咗期，護照號碼係 K05281736，我想你幫我寫封 email 俾國際處求助。"),
    ],
    [
        ("system", "You are a writing assistant for university faculty."),
        (
            "user",
            "請幫我潤飾一封推薦信：學生許博凱，清大資工碩二，在我實驗室兩年，碩一就以第一作者發表一篇 CVPR workshop 論文。",
        ),
        (
            "assistant",
            "好的，請提供他的主要研究主題、在實驗室中的具體貢獻，以及您希望強調的特質，我會據此調整語氣與結構。",
        ),
        (
            "user",
            "他做的是 3D point cloud segmentation，學業成績 GPA 4.18，全所排名前 5%，但他家境清寒，大學時靠就學貸款跟打工完成學業。",
        ),
    ],
]
