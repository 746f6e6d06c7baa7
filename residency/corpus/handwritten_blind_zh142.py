# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh142: Macau primary/secondary schools and parents (admission, tuition subsidy, parent meetings, report cards, school bus, activities). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh142
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "school_notice"): _lines("""
        致家長通告（第 2025-26/047 號）：本校定於 12 月 13 日（星期六）上午 9:30 於禮堂舉行初中家長會，請家長撥冗出席，回條請於 12 月 10 日前交回班主任。
        通告：本學年上學期成績表將於 1 月 23 日派發，學生須於 1 月 27 日前將家長簽署之回條交回，逾期未交者由班主任致電跟進。
        幼稚園 K1 新生入學簡介會將於 11 月 8 日下午 3 時舉行，名額 200 個，網上報名連結已上載學校網頁，查詢請致電校務處 2852 4311（辦公時間）。
        本校為免費教育學校，小學及中學均不收取學費；雜費、校服及課本費用另計，詳情請參閱附件收費表。
        因颱風襲澳，氣象局懸掛八號風球，今日全日停課，校車服務暫停，請家長留意教青局最新公佈。
        流感高峰期間，學生如有發燒（體溫 37.5°C 或以上）請留家休息，返校時須出示醫生紙或家長簽署之病假紙。
        課外活動報名須知：每位學生最多報名兩項活動，收費活動須於 9 月 30 日前以澳門通或銀行轉賬繳付，名額有限，先到先得。
        家長教師會第十一屆會員大會將於 10 月 25 日舉行，議程包括財務報告、選舉新一屆理事及通過年度活動計劃。
        溫馨提示：逢星期三為便服日，學生可穿著整潔便服返校，惟不可穿拖鞋及無袖上衣。
        本校已設立家長意見箱（校務處門口）及網上意見表，所有意見將由校務委員會每月檢視，家長可選擇匿名提交。
        校車收費調整：2026/2027 學年氹仔路線每月 MOP 680，澳門半島路線每月 MOP 560，路環路線每月 MOP 750，按十個月計算。
        中六畢業典禮將於 2026 年 6 月 27 日在澳門文化中心綜合劇院舉行，每位畢業生可獲發兩張家長入場券。
        本校午膳由合約供應商提供，每餐 MOP 32，如學生有食物過敏或宗教飲食要求，請於開學首週內填寫膳食需要表格。
        學生證遺失補領：請到校務處填寫補領表格並繳付手續費 MOP 20，約三個工作天後領取。
        衛生局人員將於 3 月 4 日至 6 日到校為小一及小四學生進行視力及牙齒檢查，請家長於回條上勾選是否同意。
    """),
    ("zh-Hant", "dsej_policy"): _lines("""
        就讀非免費教育私立學校的澳門居民學生，可享教育及青年發展局發放之學費津貼，款項一般由學校於學費單上直接扣減。
        書簿津貼發放對象為就讀本澳正規教育的澳門居民學生，不論就讀免費或非免費學校，均可受惠。
        學費津貼金額按教育階段訂定，幼兒教育、小學教育及中學教育各有不同標準，具體金額以每學年公佈之批示為準。
        學費援助、膳食津貼及學習用品津貼屬經濟援助範疇，申請家庭須符合人均月收入上限，並須遞交最近三個月入息證明。
        問：學生中途轉校，學費津貼會否受影響？答：津貼按實際就讀月份計算，新學校會重新申報，家長毋須另行申請。
        問：書簿津貼要唔要家長自己申請？答：一般由學校統一辦理，家長只需確保學生資料正確。
        幼稚園 K1 入學統一登記結果可於教青局網頁查閱，家長須以申請編號及密碼登入，並於指定期限內到學校確認學位。
        教育及青年發展局查詢熱線：(853) 2855 5533；家長亦可透過教青局電子服務平台查閱申請進度。
        根據第 9/2006 號法律《非高等教育制度綱要法》，澳門實行十五年免費教育，涵蓋幼兒教育、小學教育及中學教育。
        全澳大部分正規教育學校已加入免費教育學校系統，少數私立學校及國際學校仍收取學費。
        學生如於學年內缺課日數過多，學校須通報教青局，由學生輔導人員跟進，以保障學生受教育的權利。
        教青局每年資助學校舉辦體育、藝術及科技類課外活動，受資助活動一般不向學生收費。
        校車服務指引：學校租用之校車須持有效營運准照，車上須配備隨車保姆，並為學生購買乘客意外保險。
        申請經濟援助須填寫指定表格，連同全體家團成員身份證明文件副本及入息證明，於截止日期前交回就讀學校。
    """),
    ("zh-Hant", "parent_chat"): _lines("""
        請問有冇家長知道聽日家長會係喺禮堂定係課室？
        校車今朝喺友誼大橋塞咗成廿分鐘，小朋友遲到會唔會記遲到㗎？
        提提大家：星期五要交美勞用品，兩枝膠水同一包彩色紙，唔好唔記得呀🙏
        有冇人知邊度買到學校運動褲？校務處話 140 碼賣晒。
        想問下學費津貼係咪學校直接扣，定係要自己去教青局攞？
        班主任話成績表下個禮拜先派，大家唔使急住問喇。
        聽講今年 K1 統一登記網上系統會早一個鐘開，記得預早準備好申請編號。
        有冇家長推介氹仔區嘅游泳班？最好係星期六上晝。
        課外活動嗰張回條要爸爸媽媽兩個都簽，定係一個簽就得？
        各位家長，班會決定聖誕聯歡每人夾 MOP 50，交俾班代表就得，唔使轉數。
        八號波停課嘅話，功課會唔會喺 app 發？
        今日個家長 app 係咪死咗？我登入唔到睇唔到通告。
        學校話冬季校服可以由 11 月 1 號開始轉，唔係強制。
        有冇人試過申請膳食津貼？要準備啲咩文件？
        提提大家今晚 8 點前要喺 app 填埋健康申報。
        小朋友返學要唔要帶水壺？聽講學校飲水機壞咗。
    """),
    ("en", "intl_school"): _lines("""
        Dear Parents, Parent-Teacher Conferences for Years 1–6 will take place on Thursday 20 November from 1:30 pm to 6:00 pm; please book a 10-minute slot through the parent portal.
        Reminder: Term 2 tuition fees are due by 15 January 2026. Late payments incur a surcharge of MOP 500. Please quote your invoice number on all bank transfers.
        The school bus to Coloane will depart 15 minutes later on Wednesdays due to the extended CCA schedule.
        Our admissions office (+853 2853 3700, Mon–Fri 8:00–16:30) can answer questions about the waiting list and placement tests.
        Co-curricular activities for Semester 2: robotics, Model United Nations, Cantonese opera, futsal, ukulele and creative writing. Sign-ups open on 5 January.
        Students who are absent for more than three consecutive days must provide a medical certificate on return.
        Macau residents enrolled at non-free schools receive the DSEJ tuition subsidy, which is deducted directly from the invoice; the amount on your statement already reflects this.
        How do I explain to my 7-year-old why he did not get into the school football team? Any tips from teachers?
        The end-of-term report includes effort grades (1–4) and attainment levels (Emerging, Developing, Secure, Exceeding) for each subject.
        Lost property will be displayed outside the PE office until Friday; unclaimed items will be donated to charity.
        Year 9 will read Harper Lee's To Kill a Mockingbird this term, with a character study of Scout and Atticus Finch.
        Ticket #48213 – parent portal login loop on iOS 17.5, resolved by clearing the Safari cache; no data affected.
        The Parents' Association bake sale raised MOP 18,460 for the library refurbishment. Thank you to all volunteers!
        Please note that the school does not accept cash on campus; payments can be made via bank transfer, MPay or card at the finance office.
    """),
    ("mixed", "forms_templates"): _lines("""
        入學申請表 Ficha de Inscrição｜學生姓名 Nome do aluno：__________｜出生日期 Data de nascimento：__/__/____｜身份證明文件編號 N.º do BIR：__________
        家長/監護人聲明 Declaração do Encarregado de Educação：本人 ________ 同意敝子弟 ________ 參加上述活動，並已閱悉活動安全守則。
        Autorização de saída / 放學接送授權書：授權人姓名 ________ 與學生關係 ________ 被授權人姓名 ________ 聯絡電話 ________（請附被授權人身份證副本）
        School bus application form — Student name: [____] Class: [__] Pick-up point: [________] Route: □R1 □R2 □R3 □R5 | Parent signature: ________
        【學費津貼申報表 範本】學校名稱：{school_name}｜學生人數：{n}｜申報月份：{month}｜負責人簽署：{signature}
        Boletim de avaliação / 成績表：Disciplina 科目｜1.º Período 第一段｜2.º Período 第二段｜Média 平均｜Comportamento 操行：A / B / C
        Dear {parent_name}, your child {student_name} has been offered a place in {grade} for the {year} academic year. Please confirm by {deadline}.
        病假紙 Atestado de ausência：學生 ______ 因 ______ 於 ___ 月 ___ 日至 ___ 月 ___ 日缺席，家長簽署 ______ 日期 ______
        課外活動報名表 CCA Registration：第一志願 1st choice ______ 第二志願 2nd choice ______ 是否需要校車 Need bus? Y / N
        Consent form: in case of emergency, I authorise the school to seek treatment for my child at Centro Hospitalar Conde de São Januário or Kiang Wu Hospital. Signature: ________
        經濟援助申請 Pedido de apoio económico：家庭成員人數 ____ 人；每月總收入 MOP ______；是否領取社會工作局援助金 □是 □否
        Recibo n.º / 收據編號 REC-2025-118043｜項目 Item：校服 Uniforme × 2｜金額 Montante：MOP 436.00｜付款方式：MPay
    """),
    ("zh-Hant", "bus_activity"): _lines("""
        校車 R3 線（氹仔）：07:05 海洋花園 → 07:12 花城公園 → 07:20 氹仔中央公園 → 07:40 抵校；放學 16:10 開出。
        校車 R1 線（北區）：06:55 關閘廣場 → 07:05 黑沙環公園 → 07:15 祐漢街市 → 07:35 抵校。
        因嘉樂庇總督大橋維修，R5 線回程改經西灣大橋，預計延誤 10 至 15 分鐘。
        星期二課外活動時間表：15:45–17:00 中國舞（舞蹈室）、機械人（STEM 室）、羽毛球（體育館）、合唱團（音樂室）。
        校際排球比賽（女子乙組）將於 11 月 22 日在塔石體育館舉行，本校啦啦隊集合時間為 8:30。
        童軍旅團本月露營活動地點為黑沙海灘營地，費用 MOP 180，包括膳食及交通。
        校車 GPS 定位功能已於家長 app 開通，家長可於「校車」頁面查看車輛實時位置。
        澳門校際音樂節報名截止日期為 10 月 31 日，今年新增粵曲獨唱組別。
        課外活動收費：游泳班 MOP 900／學期（12 堂），上課地點為奧林匹克游泳館。
        午間興趣小組「冼星海音樂欣賞」本周介紹《黃河大合唱》的創作背景。
        校外參觀：初一級將於 12 月 5 日參觀鄭家大屋及亞婆井前地，了解鄭觀應生平及《盛世危言》。
        本校新購置 Toyota Coaster 29 座校車（型號 XZB70），車身貼有「學童專車」標誌及路線編號 R2A。
    """),
    ("zh-Hans", "forum_qa"): _lines("""
        请问住在珠海、孩子在澳门读小学的跨境学生，每天过关闸大概要多久？有没有校车接送？
        澳门的学校是不是大部分都是免费教育？非免费学校一年学费大概多少？
        内地户口的孩子能不能在澳门读书？需要办什么证件？
        回复：跨境学生需持有效的往来港澳通行证及相应签注，部分学校会安排在拱北口岸集合接送。
        澳门学校的成绩表一般分上下学期，操行分甲乙丙丁，和内地的评语方式不太一样。
        有没有家长比较过澳门葡文学校和国际学校？想让孩子学葡语。
        求推荐横琴这边可以接送去澳门的托管班，孩子小学三年级。
        回复：书簿津贴只适用于澳门居民学生，非居民学生一般需要自费买书。
        家长会一般都讲什么？第一次参加有点紧张。
        澳门K1报名一般在每年秋季，建议提前关注教青局网站的公告。
    """),
    ("mixed", "system_logs"): _lines("""
        2025-11-18 08:14:32 INFO bus_tracker route=R3 vehicle_id=BUS-07 status=arrived stop_id=TP-012 delay_s=0
        [ERROR] fee_sync: batch TF-2026-01 failed (HTTP 503) – retry scheduled 02:00 +0800
        config: report_card.template = "boletim_v3.docx"; grade_scale = ["A", "B", "C", "D"]; locale = "zh-Hant-MO"
        SELECT class_code, COUNT(*) FROM enrolment WHERE school_year = '2025/2026' GROUP BY class_code;
        申請編號 KA-2026-003817 狀態：已受理；預計審批時間 20 個工作天。
        sha256(report_card_P4B_term1.pdf) = 3f9a1c0e7b52d84a6e01f9c2b7d3a5e8c4f60192ab73d5e8f1c2b4a6d9e07f31
        書單：ISBN 978-962-07-3185-3《新視野中國語文》五上 MOP 128；ISBN 978-988-8602-41-4《數學新天地》五上 MOP 146
        App release 4.12.0 (build 20251203)：新增成績表 PDF 下載、修正校車推送通知延遲問題。
        def tuition_subsidy(level: str) -> int: return RATES.get(level, 0)  # 金額由 config 讀取，唔好 hard-code
        Invoice INV-2026-T2-00417 | Amount due MOP 41,800 | Subsidy deducted MOP 20,400 | Due 2026-01-15 | 校服網購 tracking SF1462038571920
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        K1入學申請｜幼兒姓名：梁樂瑤（LEONG LOK IO）｜出生日期：2022年3月14日｜澳門居民身份證編號：1538276(4)｜父親：梁志華 手提 6628 4173｜住址：氹仔海洋花園碧濤閣 15 樓 C
        家長黃淑儀今早來電，話個仔何俊熙（小三丙）嘅學費津貼上個月冇喺學費單度扣到，佢已經交咗收入證明，請會計部回電 6539 2718。
        2025/2026 上學期成績表｜初二乙班 17 號 陳凱晴｜中文 68 英文 54 數學 41（不及格）科學 60｜操行：乙－｜缺席 6 日、遲到 11 次｜評語：上課經常分心，宜與家長多溝通。
        校車 R1 線名單更新：鄭子朗（小一甲）上車點改為黑沙環新街 52 號恆發大廈樓下，下午改由外婆接，家長電話 6281 4590。
        家長會紀錄（12/13）：劉太（初一丁劉穎欣媽媽）反映女兒近月被同班同學喺 WhatsApp 群組排擠，情緒低落唔肯返學，已轉介駐校社工跟進。
        學生健康資料：區卓軒，小四乙，患有哮喘，書包內備有 Ventolin 噴劑，對花生及蝦類嚴重過敏；緊急聯絡人：祖母 區陳玉蓮 2855 3916。
        學費自動轉賬授權書｜帳戶持有人：IEONG KAM FAI 楊錦輝｜大西洋銀行帳號：9018-0234-5671-2｜學生：楊詠琳 高一A｜每月扣款上限 MOP 3,500
        紀律委員會會議紀錄：初三甲 余家豪 於 11 月 20 日在男廁吸食電子煙，經家長確認後記小過一次，停課兩日，並安排駐校社工輔導。
        跨境學生登記：蔡浩宇，小五丁，往來港澳通行證 C83621947，居住珠海拱北夏灣，每日 7:00 經關閘口岸入境，由母親接送。
        經濟援助個案（機密）：學生 麥嘉欣（中二），父親今年 8 月失業，母親任職酒店清潔，家庭月入約 MOP 14,800，租住台山中街唐樓，申請學費援助及膳食津貼。
        家訪紀錄：梁浩然（小六乙）住祐漢新邨第三座 12 樓 F，與外婆同住，父母離異後父親返咗內地，近月功課經常欠交。
        新生資料表｜學生：林品妤，K2｜父親：林建宏，台灣身分證 A128364713，任職路氹某酒店工程部｜母親：蘇美華，手提 6319 7520
        轉學生 陳柏熙 由香港九龍塘某小學轉入本校小四，母親 CHAN WAI SZE 香港身份證 Y654321(7)，香港手機 9247 3186。
        投訴信：本人係小二戊 周樂軒 嘅爸爸，上星期四個仔喺操場被高年級同學推跌，膝頭縫咗三針，學校到今日都未有正式交代，要求校長回覆。
        足球校隊（U12）入選名單：陳浩賢 5A、黃梓朗 5C、蘇子朗 6B、Rodrigo Lopes 6A、何俊軒 4B；逢星期二、四 16:00–17:30 練習，請家長簽回條。
        接送區車輛登記：澳門車牌 MT-35-81，白色 Toyota Alphard，登記人 何嘉欣（K2 黃凱琳 媽媽），聯絡 6621 0947
        【家校通】家長您好，貴子弟 鄧卓霖（高二B）今日 08:15 未有拍卡返校，亦未有請假紀錄，請盡快致電校務處 2852 6614 說明。
        融合生支援計劃：葉俊軒（小二甲）經兒童綜合評估中心評估為注意力不足／過度活躍症（ADHD），建議考試延時 25% 及安排前排座位。
        今朝喺 R2 校車執到個水樽，上面寫住「2C 吳芷晴」，家長可以 WhatsApp 我 6375 2914 攞返😊
        各位家長好，我係 3B 李卓謙媽媽（Carmen），佢今日唔記得抄功課，邊位可以影張手冊俾我？WhatsApp 6692 3051 🙏
        家長電郵更新：kawai.chan1988@gmail.com（陳家慧，4A 何子晴媽媽），請將成績表 PDF 及家長會時間表寄至此電郵。
        獎學金得獎名單：高三甲 羅詩琪（BIR 5204917(3)）全年總平均 92.6，獲頒校友會獎學金 MOP 10,000，款項將存入其個人銀行帳戶。
        班主任手記：何梓晴媽媽話屋企最近經濟好緊，爸爸喺賭場被裁咗，問可唔可以分期交校服同課本費。
        缺席紀錄：小一乙 23 號 IAO CHI HOU 姚子豪，11/3–11/7 因手足口病留家，醫生紙由鏡湖醫院發出。
        校服訂購單｜學生：張曉彤 P3C｜恤衫 130 碼 ×3、運動褲 130 碼 ×2｜家長：張先生 6853 0712｜已用 MPay 付款 MOP 436
        申請轉校原因：女兒 黃芍琳（初一）喺現校被班主任當眾羞辱，已經睇咗三個月心理醫生，希望教青局協助安排學位。家長 黃志強 2836 1458
    """),
    "en": _lines("""
        Incident report – 14 Nov, 12:40: Year 3 pupil Oliver Tam fell from the climbing frame and hit his head; mother (Mrs Jenny Tam, +853 6627 1840) informed, taken to Kiang Wu Hospital for observation.
        Hi Ms Santos, this is Priya Nair, mum of Aarav Nair in 2B. He's been having nosebleeds at night, please let him sit out PE this week. You can reach me on 6645 9021.
        Staff onboarding: Mr Daniel Tan Wei Ming, NRIC S8734125I, joining as Year 5 homeroom teacher from 5 Jan; salary to BNU account 9017-0088-1245-3.
        New teacher file: Nurul Aisyah binti Kamarudin, MyKad 910308-10-6214, teaching English from Term 2, housing allowance approved for Edf. Nam Fong, 9/F B, Taipa.
        Tuition paid by card: cardholder WONG HOI YAN, Mastercard 5424 1803 7726 1059, exp 09/28, MOP 41,800 for student Ethan Wong (Y7).
        Waiting list update: Chloe Sousa (DOB 12/06/2019), sibling of Lucas Sousa (Y4), moved to position 3 for Year 1; parent email rsousa.macau@hotmail.com
        Counsellor note (confidential): Jayden Leong, Y10, disclosed that his parents are divorcing and he has been skipping lunch; follow-up session booked Fri 11:00.
        Bus pick-up change: from Monday, Mia Ho (Y2) will be collected by her helper Maricel Dela Cruz at the Ocean Gardens stop instead of the school gate.
        Report comment draft for Y6 Maple: Lam Kai Chen has made excellent progress in mathematics this term but often submits homework late; parents informed at the November meeting.
        Refund request: please refund the unused bus fee (MOP 1,360) for my son Matthew Ng Tsz Hin, 8C, who moved to Hengqin in October. BOC Macau a/c 1811 2012 3456 7, holder NG KA MAN.
    """),
    "mixed": _lines("""
        Encarregado de educação: Maria do Rosário Airosa Gomes｜電話 6612 4839｜Aluno: João Pedro Airosa Gomes, 5.º ano turma B｜Alergia a penicilina 對盤尼西林敏感
        Pagamento de propinas / 學費繳付：titular Ricardo Manuel Lopes Sequeira, IBAN PT50 0035 0697 0005 4812 7304 3（葡國帳戶），aluna Beatriz Sequeira, 8.º ano
        @Sandy 你個仔 Jason 同我個女 Kayla Cheong 同一班 P4 Maple 嘛，聽日 soccer practice 可唔可以幫手接埋佢？我係佢媽咪 Winnie，6587 2210
        放學接送授權 Pick-up authorisation：學生 Sofia Rodrigues (K3)，授權家傭 Rowena Bautista Santos 接送，電話 6398 1127，逢星期一至五 15:30
        Ms Lei 你好，我係 6A 王子睿 (Raymond) 爸爸，佢上星期 Math test 只得 38 分，想約你 meeting 傾下，唔該 WeChat 回覆：wzr_papa_mo
        Transfer note: aluno Tomás Ho Chi Kin, DOB 2014-08-02, BIR 7341208(6), vem da Escola Portuguesa de Macau, precisa de apoio em chinês 中文需要加強。
        運動會家長義工名單 volunteers：Mrs Leonor Fernandes (2A) 6672 3014｜Mr Eric Kuok (3C) 6284 1957｜Ms Tiffany Lam (1B) 6530 8846
        獎學金入數 scholarship bank-in：CHAN SIO HONG 陳少康，Form 5（中五），Visa debit 4907 6221 5830 9176，Banco Tai Fung
    """),
    "zh-Hans": _lines("""
        跨境学生家长登记：学生 何思源，就读澳门北区一所小学三年级；父亲 何志强，身份证 44040219860917213X，手机 138 2869 4471，住珠海市香洲区拱北。
        我女儿 冯梓琪（身份证 440403201503220464）今年九月想转到澳门读初一，她爸爸 冯建国 持往来港澳通行证 C47195326，请问需要准备哪些材料？
        我女儿 唐诗涵 在澳门读五年级，老师说她数学期中只考了 52 分，还说她上课总跟同桌说话，我该怎么跟她沟通？有经验的家长加我微信 tangmama_zh0611
        学费代缴委托：付款人 邓志明，招商银行信用卡 6225 8801 6473 9212，为其子 邓浩轩（澳门某中学高一）缴交 2025/26 上学期学费 MOP 48,600。
        校车接送登记（珠海—澳门）：学生 林可欣，母亲 林海燕 身份证 442000198301055727，手机 159 1823 0567，上车点 拱北口岸地下交通中心 B 区。
        幼儿园转学申请：儿子 郭晓峰（身份证 440402201706111018）就读 K3，妈妈 陈淑芬（身份证 440106199007283389）在澳门工作，想申请孩子随迁就读。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是一個協助澳門家長撰寫學校信件的助手，請用正式書面語。"),
        (
            "user",
            "幫我寫封信俾班主任，話我個女 陳曉彤（小五乙）下星期一至三要去香港瑪麗醫院覆診，佢有 1 型糖尿病，要請三日假。",
        ),
        (
            "assistant",
            "敬啟者：小女陳曉彤（小五乙班）因患有一型糖尿病，需於下星期一至三前往香港瑪麗醫院覆診，故懇請准予請假三天，所欠功課將於返校後盡快補交。此致 班主任",
        ),
        ("user", "好，幫我喺最尾加埋我電話 6621 3875 同埋簽名「家長 黃美玲」。"),
    ],
    [
        (
            "user",
            "Can you turn my notes into a short paragraph for the parent meeting? Student: Marcus Leong Ka Chun, Y8.",
        ),
        ("assistant", "Sure – please paste the notes you'd like me to use."),
        (
            "user",
            "Notes: late 14 times this term, grades dropped in science (from B to D), mum says he plays games till 2am, dad works night shifts at the casino. Meeting 3 Dec 4pm.",
        ),
    ],
    [
        ("user", "我儿子在澳门读初二，是内地户口，学费津贴我们能不能申请？"),
        (
            "assistant",
            "学费津贴一般只适用于澳门居民学生。非居民学生通常不能享受，但可以向学校查询是否有校内助学金或分期缴费安排。",
        ),
        (
            "user",
            "明白了。那帮我写一份给学校的助学金申请吧：学生 刘子涵，初二丙班，父亲 刘永辉，身份证 440703198802146294，在珠海做装修，月收入大概八千人民币，家里还有一个妹妹。",
        ),
    ],
    [
        ("system", "你係學校文書助手，負責整理會議紀錄。"),
        (
            "user",
            "幫我整理今日家長會紀錄：5C 班 出席 21 位家長。何太（何嘉俊媽媽）投訴校車 R3 成日遲到；Mr Fonseca（Gabriel 爸爸）問點解數學功課咁多；梁生（梁思敏爸爸）話個女俾人蝦，要求同對方家長見面。",
        ),
        (
            "assistant",
            "5C 班家長會紀錄：出席家長 21 位。一、何嘉俊家長反映校車 R3 經常遲到；二、Gabriel Fonseca 家長查詢數學功課量；三、梁思敏家長反映女兒遭同學欺凌，要求安排雙方家長會面。",
        ),
        ("user", "第三點唔好寫咁明，但係保留名，等校長睇。"),
    ],
    [
        (
            "user",
            "Pode traduzir para português? 我個仔 André Lam Chi Wai 喺 Escola Portuguesa 讀 6.º ano，上個禮拜發燒請咗四日假。",
        ),
        (
            "assistant",
            "Claro: “O meu filho, André Lam Chi Wai, aluno do 6.º ano da Escola Portuguesa de Macau, faltou quatro dias na semana passada por motivo de febre.”",
        ),
        (
            "user",
            "Acrescente a morada: Rua de Francisco H. Fernandes, Edf. Kam Lei, 7.º andar A, e o meu telemóvel 6530 2271.",
        ),
    ],
    [
        (
            "user",
            "We're moving from Hong Kong to Macau next August. Is it hard to get a Year 4 place at an international school there?",
        ),
        (
            "assistant",
            "Places in popular year groups can be limited, so apply early, expect a placement test, and prepare previous school reports and the child's identity documents.",
        ),
        (
            "user",
            "Ok, can you fill this in for me: child Hailey Cheung, DOB 03/05/2017, HKID R514093(4); father Kenneth Cheung, HKID K382716(A), mobile 9163 2087, current school report says strong in English, weak in Chinese.",
        ),
    ],
    [
        (
            "user",
            "我想投訴校車保姆，我個仔 蘇梓謙（小二B，坐 R5 線）琴日喺車上面俾保姆鬧到喊，仲話要落車罰企。",
        ),
        (
            "assistant",
            "明白你嘅擔心。投訴信可以寫清楚日期、時間、路線同經過，要求學校調查並回覆。要唔要我幫你起草？",
        ),
        ("user", "好，寫埋我個名 蘇太 Lei Sio Man，電話 6287 5530，要求學校三日內回覆。"),
    ],
    [
        ("system", "You help Macau parents fill in DSEJ economic assistance forms."),
        (
            "user",
            "Applicant: SOU KA MAN, BIR 1402857(2). Household: me, my husband (unemployed since July), two kids at Escola Keang Peng (P2 and F1). Monthly income MOP 11,200, rent MOP 5,500. What do I tick?",
        ),
        (
            "assistant",
            "Based on what you describe, tick tuition assistance, meal subsidy and school supplies subsidy, and attach three months of income proof plus your husband's unemployment record.",
        ),
    ],
    [
        (
            "user",
            "幫我寫一段成績表評語，學生係 溫卓希，小三甲，有讀寫障礙（dyslexia），今學期中文默書進步咗，但閱讀理解仲係好弱。",
        ),
        (
            "assistant",
            "卓希本學期學習態度認真，中文默書有明顯進步，值得嘉許；閱讀理解方面仍需加強，建議家長在家多陪伴閱讀，老師亦會繼續提供支援。",
        ),
        ("user", "唔該，再加一句佢同班上同學相處融洽，下學期繼續申請特教支援。"),
    ],
    [
        (
            "user",
            "Hi, I'm relocating from Singapore to Macau for work. My daughter Chua Li Ting (NRIC T1627384D) will enter Year 4. I hold a Singapore passport and my wife's FIN is G5128637K.",
        ),
        (
            "assistant",
            "Welcome to Macau! For admission you'll usually need her passport, last two school reports, vaccination record and a completed application form. Would you like a checklist?",
        ),
        (
            "user",
            "Yes please, and draft an email to the admissions office from me, Chua Boon Keng, mobile +65 9123 8476.",
        ),
    ],
]
