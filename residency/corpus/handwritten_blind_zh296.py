# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh296: 繁體中文（台灣）補習班與家教媒合平台（學生資料、家長聯絡簿、家教履歷、學費與退費糾紛、成績單、LINE群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh296
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "招生公告"): _lines("""
        【南陽街・建中北一女升學專班】115學年度高一新生暑期銜接班7/7開課，數學、物理、化學三科連報享早鳥價NT$28,800，名額45人額滿為止，洽詢專線02-2381-6655（週一至週六13:00-21:30）。
        小學全美語課後安親班秋季招生中！立案字號：北市教終字第1093045871號，班址：臺北市大安區復興南路二段151巷12號2樓，歡迎預約免費試聽，LINE官方帳號 @brightkids_tw。
        國中會考衝刺班：每週六09:00-17:00全天自習加解題，12/14第一次模擬考、115/3/21第二次模擬考，成績於考後7個工作天公布於官網會員專區，請以學號登入查詢。
        志明文理補習班板橋分校自本週起調整櫃檯服務時間為14:00-22:00，繳費請至新北市板橋區文化路一段188巷2號3樓，或撥打(02)2959-3120洽詢，週日公休。
        寒假兒童程式營：跟著哆啦A夢的百寶袋學Scratch 3.0，1/20-1/24每天09:30-16:30，費用NT$6,500含午餐與平安保險，國小三至六年級適用，每梯限額24名。
        賀！本班學員考取115學年度雄中142人、雄女168人，感謝家長一路支持。高雄總部：高雄市新興區中正三路55號8樓，電話07-236-8899，寒假班即日起開放報名。
        線上家教媒合平台「學伴Go」新會員首月媒合費全免，家教老師需上傳學生證或畢業證書供審核，審核時間約2-3個工作天，客服信箱 service@xuebango.com.tw。
        學測國文古文精修班：本期帶讀〈出師表〉（諸葛亮）、〈赤壁賦〉（蘇軾）、〈臺灣通史序〉（連橫）與〈鹿港乘桴記〉（洪繻），每週三19:00-21:30，共8堂，講義費另計NT$600。
        澳門分校招生：初中數學拔尖班逢星期六下午3時至5時上課，學費每月MOP 1,280，地址澳門提督馬路38號地下，查詢電話 +853 2852 7613，亦可透過WhatsApp +853 6288 1500預約。
        家長說明會：11/22（六）14:00於臺中市西區公益路二段51號B1演講廳舉行，主題「108課綱學習歷程檔案怎麼準備」，由本班升學輔導組主講，免費入場，請於11/20前以官網表單報名。
        颱風停課公告：依臺北市政府今日20:00宣布，明（10/3）全天停止上班上課，本班所有實體課程暫停，補課日期將另行於LINE官方帳號公告，線上課程照常以Google Meet進行。
        全民英檢中級初試保證班：報名即送《GEPT中級模擬試題1200題》（ISBN 978-986-5563-21-7），2026年5月場次前開課，未通過者可免費重讀一期，惟出席率須達90%以上。
        暑期「上午游泳、下午數學」雙營隊，與臺北市大安運動中心（辛亥路三段55號）合作，8/4-8/15共十天，費用NT$12,800含保險與點心，報名專線0800-221-580。
    """),
    ("zh-Hant", "常見問題"): _lines("""
        Q：試聽後不想報名需要付費嗎？A：第一次試聽完全免費，不需預繳任何費用；第二次起每堂收取NT$350講義與場地費，可於正式報名時全額折抵學費。
        Q：中途退班可以退多少學費？A：依短期補習班定型化契約，實際開課前退班退還已繳費用九成；開課後未逾全期三分之一退還半數；逾三分之一者不予退還。
        Q：家教老師的時薪怎麼算？A：平台依年級與科目提供建議行情，國小NT$400-600、國中NT$500-800、高中NT$700-1,200，實際金額由雙方在媒合頁面確認，平台抽成8%。
        Q：同一個家長帳號可以綁定兩家補習班嗎？A：可以，請於APP「我的孩子」頁面點選「新增班別」，輸入補習班提供的6碼邀請碼（格式如 K7Q2MD）即可完成綁定。
        Q：成績單什麼時候可以看到？A：每次段考或模擬考後第5個工作日18:00上傳，APP會推播通知；若需紙本成績單請至櫃檯申請，每份工本費NT$20。
        Q：繳費可以刷卡或分期嗎？A：接受VISA、MasterCard、JCB與LINE Pay、街口支付；單筆滿NT$30,000可使用國泰世華、玉山、台新信用卡3期或6期零利率分期。
        Q：到府家教需要良民證嗎？A：需要，為保障學生安全，所有到府家教須上傳三個月內核發之警察刑事紀錄證明書，審核完成後平台會於30日內自動刪除檔案。
        Q：孩子請假可以補課嗎？A：事病假請於上課前2小時透過APP或撥打櫃檯02-8771-3030請假，可預約觀看課堂錄影補課，錄影檔保存14天，逾期恕不補發。
        Q：平台客服時間？A：週一至週五10:00-19:00、週末10:00-17:00；免付費電話0800-588-168，Email help@tutormatch.tw，LINE官方帳號 @tutormatch。
        Q：全家搬到新加坡後還能繼續上線上課嗎？A：可以，線上班不限地區，上課時間以臺北時間（GMT+8）為準，新加坡與臺灣同一時區，不需另外換算。
        Q：發票怎麼開？A：本公司統一編號53912847，預設開立電子發票並存入會員載具；需要三聯式發票者，請於繳費時填寫公司抬頭與統一編號。
        Q：怎麼分辨是不是詐騙簡訊？A：本班簡訊一律由中華電信企業簡訊平台發送，內文只會出現官網 www.tutormatch.tw 的連結，要求匯款或輸入密碼的訊息都不是本班發出的。
        Q：可以指定老師的性別或教學年資嗎？A：可以，在「需求單」中勾選偏好條件，包括性別、科系、年資與是否可到府；條件越多，媒合時間可能延長至5-7天。
    """),
    ("zh-Hant", "員工群組工作訊息"): _lines("""
        [櫃檯] 今天18:30國三數學A班教室改到302，投影機送修中；301的冷氣也已經報修，廠商說明天下午兩點會到，請助教記得先搬延長線過去。
        [教務] 第二次段考講義已上傳共用雲端「2025下學期/國二理化/講義v3.pdf」，請各班導師今晚前確認頁數，明早九點送印，每班印35份。
        [主任] 提醒：本月起家長退費申請一律走系統表單，不要再私下轉帳，財務會依定型化契約計算金額，有爭議的案件先轉給我處理，不要在群組討論。
        [財務] 11月學費對帳完成：刷卡入帳NT$1,284,600、轉帳入帳NT$563,200，尚有7筆待確認，明細放在Google Sheet「11月對帳」分頁，請各分校今天下班前回覆。
        [行政] 教育局明天下午會來做例行稽查，請把立案證書、消防安檢合格證明、收費基準表放在櫃檯藍色資料夾，逃生指示燈和滅火器有效期限也要再檢查一次。
        [課務] 下週三起高二物理B班改為線上課，Google Meet連結固定為 meet.google.com/abc-defg-hij，請助教提早10分鐘開教室並確認錄影有開。
        [IT] 家長APP 3.8.2版今晚23:00上架，修正成績推播重複發送的問題，更新期間約15分鐘無法登入，客服如接到電話請先告知家長稍後再試。
        [招生] 今天在南陽街發傳單共1,200張，QR Code掃描86次、試聽報名14筆，明天改到重慶南路口發，記得帶立牌跟折疊桌，下午三點集合。
        [櫃檯] 再提醒一次，LINE群裡不要貼學生的成績截圖或聯絡簿照片，家長詢問成績一律請他們到APP查看，這是個資法的要求，不是我們刁難。
        [教務] 國一英文班教材統一用翰林版，康軒版和南一版的學生另外發補充講義，共三份，檔名已標註版本，印好放在二樓教師休息室的櫃子。
        [主任] 本週五晚上九點半開會，議題：寒假班排課、數學組人力調度、退費爭議SOP修訂，地點會議室B，約一小時，需要線上參加的請先私訊我。
        [總務] 冷氣濾網清洗排在12/6上午，三樓教室當天08:00-12:00無法使用，安親班請改到四樓多功能教室，點心也請改送四樓。
        [客服] 今日共接聽23通電話：9通詢問寒假班、6通詢問家教媒合費、2通反映APP登入失敗（已轉IT），其餘為一般請假，已全部登錄系統。
    """),
    ("zh-Hant", "定型化契約與法規"): _lines("""
        依《補習及進修教育法》規定，短期補習班應經直轄市或縣（市）主管教育行政機關核准立案後始得招生；未經立案擅自招生者，主管機關得處以罰鍰並命其停辦。
        第五條（退費）：學生於實際開課日前退班者，退還已繳費用之九成；自實際開課日起算未逾全期三分之一期間內退班者，退還已繳費用之半數；逾三分之一者，不予退還。
        第七條（教材費）：講義及教材費用應於本契約中另行載明，學生退班時已領取之教材得不予退費，未領取部分應按定價全額退還，不得以任何名目扣除。
        第十條（個人資料保護）：乙方蒐集學生及家長之個人資料，僅得於招生、教學、成績通知及繳費之特定目的範圍內利用，並應依《個人資料保護法》採取適當安全維護措施。
        第十二條（課程異動）：因天災、疫情或政府命令停課者，乙方應於停課事由消滅後30日內安排補課；無法補課者，按比例退還該堂費用，不另收手續費。
        依各縣市短期補習班管理規則，班址應符合建築及消防法規，教室須張貼核定容納人數，並於明顯處揭示立案證書、收費基準及退費辦法。
        補習班收費基準應報主管機關備查，並於招生簡章、網站及櫃檯明顯處公告，實際收費不得超過公告數額；經查屬實者，主管機關得依規定處以罰鍰。
        家教媒合平台服務條款第4.2條：本平台僅提供媒合資訊服務，家教與家長間之教學契約由雙方自行約定，平台不保證學習成效，但應協助處理申訴並保存紀錄三年。
        第十五條（管轄法院）：本契約如有爭議，雙方同意以臺灣臺北地方法院為第一審管轄法院，但不得排除消費者保護法第47條或民事訴訟法第436條之9小額訴訟管轄法院之適用。
        本班比照《兒童及少年福利與權益保障法》責任通報精神，工作人員知悉學生疑似遭受身心虐待、疏忽或其他不當對待時，應於24小時內向主任報告並通報主管機關。
        香港《教育條例》（第279章）規定，凡每日為20人或以上、或於任何時間為8人或以上提供教育課程之補習學校，須向教育局註冊，並於校舍當眼處展示註冊證明書。
        中國大陸《關於進一步減輕義務教育階段學生作業負擔和校外培訓負擔的意見》（2021年7月）規定，學科類校外培訓機構不得佔用國家法定節假日、休息日及寒暑假組織學科類培訓。
        第十一條（試聽）：乙方提供免費試聽至少一次，試聽內容應與正式課程相同；甲方於試聽後七日內未完成報名者，乙方應刪除其試聽報名時所留存之聯絡資料。
    """),
    ("en", "config_and_logs"): _lines("""
        2025-11-18T21:04:37+08:00 INFO match-svc req_id=8f3a2c91 subject=MATH grade=G9 district=TPE-DAAN candidates=14 latency_ms=212 status=200
        2025-11-18T21:05:02+08:00 WARN refund-worker job=refund_calc contract_id=CT-2025-004417 rule=TW_MOE_STD ratio=0.5 amount_twd=9600 retry=1 reason=bank_api_timeout
        LINE_CHANNEL_ID=1654987321 LINE_CHANNEL_SECRET=<redacted> PUSH_QUIET_HOURS=22:00-07:00 TZ=Asia/Taipei GRADE_PUSH_BATCH_SIZE=500 FEATURE_REFUND_FORM=true
        SELECT class_id, subject, COUNT(*) AS enrolled, AVG(score) AS avg_score FROM exam_results WHERE term = '114-1' AND exam_no = 2 GROUP BY class_id, subject ORDER BY avg_score DESC;
        def refund_ratio(sessions_used: int, total: int) -> float: return 0.9 if sessions_used == 0 else (0.5 if sessions_used * 3 <= total else 0.0)
        tutor_profile.schema.json: {"required": ["tutor_id", "subjects", "hourly_rate_twd", "verified_degree"], "properties": {"hourly_rate_twd": {"type": "integer", "minimum": 300, "maximum": 3000}}}
        record_id,class_code,term,exam_date,subject,score_raw,score_scaled,percentile,rank_in_class,teacher_comment_code,updated_at
        2025-11-19 08:12:55 upstream=10.0.3.17:8080 "GET /api/v2/classes?branch=TPE-NANYANG&term=114-2 HTTP/2" 200 5821 "TutorMatch/3.8.2 (iOS 18.1)" rt=0.048
        Release 3.8.2: fix duplicate grade push notifications (#1482); add MOP and SGD currencies to invoice module (#1477); bump firebase-admin to 12.7.0; apk sha256 9c1e4b7d0a5f22e83b6c41d9e07a8f3c
        0 2 * * * /opt/tutormatch/bin/purge_trial_leads --older-than 7d --dry-run=false >> /var/log/tutormatch/purge.log 2>&1
        retention.yaml: trial_lead_days: 7, refund_record_years: 5, grade_report_years: 3, police_record_days: 30, encrypt_at_rest: AES-256-GCM, kms_key: projects/tm-prod/locations/asia-east1/keyRings/pii/cryptoKeys/student
        tests/test_refund.py::test_refund_before_start PASSED [ 42%] tests/test_refund.py::test_refund_after_one_third_period PASSED [ 57%] tests/test_refund.py::test_materials_not_refunded XFAIL [ 71%]
        invoice-svc: image tutormatch/invoice-svc:2.4.1 env EINVOICE_SELLER_BAN=53912847 EINVOICE_API=https://www-vc.einvoice.nat.gov.tw RANDOM_CODE_DIGITS=4 CARRIER_TYPE=3J0002
    """),
    ("zh-Hans", "公众人物新闻"): _lines("""
        新东方创始人俞敏洪在2021年“双减”政策落地后宣布停止K9学科类培训业务，并将约八万套闲置课桌椅捐给农村学校，随后带领团队转型直播带货，创办“东方甄选”。
        考研名师张雪峰2023年因在直播中点评新闻学专业的就业前景引发舆论热议，相关话题多次登上微博热搜，也让“志愿填报咨询”这一行业受到广泛关注。
        教育部2021年7月印发《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》，要求各地不再审批新的面向义务教育阶段学生的学科类校外培训机构。
        好未来、高途等在线教育公司在“双减”后纷纷转向素质教育、学习硬件与成人教育业务，其美股股价一度较历史高点下跌超过九成，引发投资者对教培行业前景的讨论。
        台湾补教名师吕捷以幽默生动的方式讲解历史而在网络上走红，并多次登上综艺节目，其讲课片段在短视频平台广为流传，被不少高中生当作复习素材。
        新加坡小六会考（PSLE）自2021年起改用成绩等级（AL）计分制度，取代沿用多年的T分数，新加坡教育部表示此举旨在减少学生之间的过度比较。
        马来西亚教育部于2021年宣布废除小学六年级评估考试（UPSR），改以课堂评估方式衡量学生学习成效，当地补习中心随即调整课程，转向SPM与国际课程。
        香港考评局每年7月公布中学文凭试（DSE）成绩，补习社常以“状元导师”作宣传，业界知名的遵理学校与现代教育近年均推出网上课程平台。
        菲尔兹奖得主丘成桐发起的“丘成桐中学科学奖”面向全球华人中学生，涵盖数学、物理、化学、生物、计算机与经济金融等学科，被视为含金量很高的竞赛。
        台湾自2019年起实施108课纲，高中生须建置“学习历程档案”，部分补习班推出代写与包装服务引发争议，台湾教育部门多次呼吁家长不要轻信高价保证录取的广告。
        李永乐老师在B站和YouTube上以白板讲解物理与数学科普知识，频道订阅人数超过百万，被网友称为“最会讲题的网红老师”，多家出版社曾与其合作出版图书。
        鲁迅在《故乡》中塑造的闰土形象至今仍是初中语文教材的经典篇目，不少补习机构将“少年闰土与中年闰土的对比”列为中考阅读理解的高频考点。
        2021年6月，国家市场监督管理总局对作业帮、猿辅导两家校外培训机构分别处以250万元顶格罚款，原因是虚构教师资历、虚假宣传和价格欺诈等违法行为。
    """),
    ("mixed", "店家評論"): _lines("""
        ★★★★☆ 南陽街這間「志明文理」的數學班真的不錯，講義很扎實，但冷氣有點太冷、教室也偏擠，建議帶外套。Overall CP值高，一期NT$15,800。
        Google review 5/5：「美華美語」台中公益路分校 staff super friendly，試聽流程很清楚，櫃檯半小時內就回LINE，價格比同區便宜約一成，推推。
        ★★☆☆☆ TutorMatch 平台媒合速度 OK，但退費流程超慢，客服說要 10-14 個工作天，email 回覆都是罐頭訊息，希望改善整個 refund UX。
        Dcard 補習版心得：線上家教平台 AmazingTalker 的英文口說課時間超彈性，schedule 自己排，唯一缺點是老師品質落差很大，建議先多試幾堂再買套裝。
        ★★★☆☆ Kumon 公文式數學板橋教室，作業量 heavy，每天都有練習卷，適合要打基礎的國小生，但想超前進度的小孩可能會覺得太重複、很無聊。
        「阿文老師理化教室」評價：教學很有梗，會用 Marvel 的 Iron Man 講電磁學，學生都很愛，但附近停車不方便，建議搭捷運到古亭站再走五分鐘。
        新加坡 Mavis Tutorial Centre 的 Bishan 分校環境很乾淨，PSLE Maths 課程很 structured，每週都有 worksheet，離 MRT 也很近，整體 recommended。
        吉隆坡 Cheras 一家補習中心 review：SPM Add Maths 老師講解清楚，收費 RM180/月、每週兩堂，只是 parking 很難找，週末尤其嚴重，建議搭 MRT。
        ★★★★★ 何嘉仁美語的兒童班很系統化，自然發音 phonics 教得很好，小朋友回家會自己唱英文歌，價格偏高但 worth it，分校很多接送也方便。
        1星：這間安親班的 LINE 群組每天狂發廣告，問問題卻已讀不回，退費時還說要扣「行政手續費」NT$2,000，契約上根本沒寫，已向消保官申訴。
        Mr. Lin's English House 板橋店：外師口說課很棒，小班制最多8人，但週六早上的班很難排到，櫃檯說要 waiting list 排兩個月，有點誇張。
        Preply 的 refund policy 算友善，沒上的課堂 credit 可以退回原付款方式，但 USD 換成 TWD 會有匯差，大概會損失 2-3%，購買前要注意。
        香港遵理學校 DSE English 課程，補習社環境 OK，video lesson 可以 rewatch 很方便，但學費真的不便宜，旺角分校放學時間人超多、電梯要排很久。
    """),
    ("en", "invoices_and_receipts"): _lines("""
        TAX INVOICE INV-SG-2025-11-00871 | Bright Minds Learning Centre Pte. Ltd. (UEN 201912345K) | 10 Bishan Street 13, #02-15, Singapore 579795 | PSLE Science Term 4, 8 lessons S$640.00 + GST 9% S$57.60 = S$697.60
        Taiwan e-invoice RA-48291736 | Seller BAN 53912847 | 2025-11-18 19:42 | Grade 9 Math Winter Class (20 sessions) NT$16,800 | Random code 4821 | Stored in member carrier
        Receipt RCPT-KL-004512 | Pusat Tuisyen Cemerlang Sdn. Bhd. (202101034567) | No. 23, Jalan Cheras Hartamas, 43200 Cheras, Selangor | SPM Add Maths, Nov 2025, RM180.00 | Paid via DuitNow QR
        Credit note CN-2025-0093 issued against INV-TW-2025-10-0441: refund of 6 unused sessions out of 12 under the MOE standard contract, NT$7,200 returned to the original payment method within 14 business days.
        Price list 2026 (Macau branch): Primary Maths MOP 980/month; Junior Secondary Physics MOP 1,180/month; IELTS Intensive (6 weeks) MOP 4,800; Registration fee MOP 200 (non-refundable).
        PO-TM-2025-1127 to Hanlin Publishing: 300 copies Grade 8 Science workbook @ NT$145, 250 copies Grade 9 Math review @ NT$160, deliver to 3F, No. 12, Nanyang St., Zhongzheng Dist., Taipei by 2025-12-20.
        Stripe payout po_1QZx8kLk3m9Tn2Ab settled 2025-11-20: gross US$4,812.50, fees US$147.13, net US$4,665.37, 63 tutoring session payments, converted to TWD at 32.41.
        Zoom Video Communications invoice INV-ZM-88310245: Zoom Workplace Pro x 12 licenses, billing period 2025-12-01 to 2025-12-31, US$167.40, billed to TutorMatch Co., Ltd., Taipei.
        Monthly statement, Taipei Main Station branch: Classrooms 301 and 302 (24 ping each) NT$96,000; building management fee NT$8,400; electricity NT$12,318 (3,642 kWh); total NT$116,718.
        Quotation Q-HK-25-0147 | Mong Kok centre, 15/F, 688 Nathan Road, Kowloon | DSE Chemistry mock paper set (2024-2025) HK$280 per set, minimum order 50 sets, valid until 31 Dec 2025.
        Printing order PRT-77241: 45 sets x 120 pages A4 duplex mock exam booklets at NT$0.6 per page, subtotal NT$3,240, tax NT$162, total NT$3,402, pick up at the Nanyang branch front desk after 3 pm.
        Google Workspace Business Standard x 18 users, November 2025, US$252.00, billing account 0123-4567-8901, paid by corporate card, invoice emailed to billing@tutormatch.tw.
        Refund voucher RV-2025-1203-017 | Course: Senior High Physics (Term 114-1) | Sessions used 5 of 16 (under one third) | Paid NT$19,200 | Refund 50% = NT$9,600 | Approved by Branch Manager, Nanyang | Status: PAID
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        家長聯絡簿｜7年5班 陳宥辰：今天數學小考只考42分，上課一直滑手機已先沒收，請家長簽名後明天交回，有問題請回撥媽媽手機0928-516-307。
        林太太在家長群私訊我，說她女兒林品妤上個月被診斷出ADHD，希望老師上課不要點她起來回答，也拜託不要在群組公開她的成績。
        家教履歷｜姓名：張書瑋｜台大電機系大三｜可教高中數學、物理｜時薪NT$900｜手機0975-338-214｜LINE ID：shuwei0825｜可到府：大安、信義、中正區
        退費申請｜學生：黃子晴（學號NY114-0387）｜已繳NT$19,200、已上5/16堂｜家長：黃俊傑｜退款帳戶：郵局 局號0081234 帳號0456789｜申請日2025/11/21
        學員基本資料：王冠霖，身分證字號F128374616，生日2010/03/14，住新北市板橋區中山路一段158巷7弄3號5樓，家用電話(02)2961-4478。
        阿明媽媽說阿明爸爸上個月被裁員，下學期學費可能要分三期付，拜託我們先不要跟阿明講，怕他壓力太大影響會考。
        成績單114-1第二次段考｜座號18 蔡欣妤｜國文88 英文92 數學57 自然74 社會81｜班排21/34｜導師評語：數學需加強，建議參加週六輔導。
        家教老師劉育誠被家長投訴上課時對學生大吼，而且遲到三次，平台已先停權，家長要求退還兩堂費用共NT$1,600。
        請幫我把接送人改成外婆，家裡電話(02)2785-6613，晚上9點以後請打她的手機0933-207-458，她耳朵不太好要講大聲一點。
        我是301班吳承恩的媽媽，孩子這週因為腸胃炎住院，要請假到週五，講義麻煩先幫我們留著，謝謝老師。
        接送登記：車牌BKR-7392白色Toyota Altis，接送人李志豪（學生李昀熙之父），每週一三五21:30在南陽街口等。
        糾紛紀錄：家長周美玲11/12到櫃檯大吵，說她正在跟先生打離婚官司，要求補習班不得讓爸爸接走孩子，並出示保護令影本一份。
        新生報名表｜學生：許芷涵｜國小五年級｜過敏：花生、蝦類｜緊急聯絡人：許媽媽0919-552-816｜住址：台中市北屯區崇德路三段211巷15號
        幫我查一下身分證H224716836這位學生有沒有欠費，家長說上個月已經匯款了，但系統還顯示未繳。
        小胖（鄭博宇）今天又沒交作業，他說爸媽在鬧分居，這陣子晚上都睡阿嬤家，功課沒人看。
        家教需求單：家長蕭先生，孩子國二數學，住台北市信義區松仁路100巷6號4樓，預算時薪700，聯絡信箱hsiao.family88@gmail.com
        輔導紀錄（機密）：高二謝承翰自述近期有自傷念頭，已通報學校輔導室並聯絡母親，後續由主任每週追蹤一次。
        欠費名單：楊宗翰積欠寒假班學費NT$24,000已三個月，家長承諾12/31前還清，否則將委請律師寄發存證信函。
        0912-***-678那位家長又打來了，她是國三甲班許同學的媽媽，堅持要全額退費，請主任今天回電。
        家教老師資料：彭郁婷，台師大英語系碩一，身分證A229058163，薪轉帳戶玉山銀行(808)帳號1234-940-067215。
        邱品叡的媽媽懷孕八個月了，最近改由阿公負責接送，阿公電話0920-611-935，請櫃檯登記一下。
        數學老師鍾佳蓉11月鐘點費：64小時×NT$850＝NT$54,400，扣二代健保補充保費後實領NT$53,251，已匯入她的台新銀行帳戶。
        事件紀錄：11/20 21:45學生戴子揚在補習班樓下被警察帶走，家長說是涉及詐騙車手案，目前交保候傳，請老師們不要在群組討論。
        阿嬤說芸芸的爸爸在越南工作一年才回來一次，芸芸最近成績退步很多，晚上常常偷哭，拜託老師多關心她。
    """),
    "zh-Hans": _lines("""
        学员档案：刘思远，身份证号110105200803152315，家长刘建国，手机138 1234 5678，住址北京市朝阳区望京西园三区312号楼2单元1602室。
        深圳分校续费提醒：陈子豪家长您好，孩子寒假物理班尚欠费用¥3,600，请于12月20日前支付，如有困难可联系班主任协商分期。
        退费纠纷：王女士（手机13917264408）称机构在“双减”后停课却未退还剩余课时费¥12,800，已向浦东新区市场监管局投诉。
        家教简历：赵雨桐，华东师范大学数学系研二，微信号yutong_zhao0917，可教初高中数学，时薪¥200，可上门至闵行区。
        小宇妈妈私信说小宇确诊了抑郁症，正在吃药，希望老师这学期作业量减半，也请不要告诉其他家长。
        2025-11-30,GZ-TX-0211,黄梓萱,初二,数学,58,家长手机186 2033 7415,备注：父母离异，随父亲生活
        我是初三(2)班张一鸣的爸爸，孩子上周骨折打着石膏，暂时只能上网课，麻烦老师把作业发到我邮箱zhangwei_sh@163.com。
        上海学员孙浩然模拟考作弊被发现，机构已通知家长孙先生并取消本次成绩，孙先生在电话里说孩子最近被诊断出焦虑症。
    """),
    "en": _lines("""
        Tutor application | Name: Rachel Tan Hui Min | NRIC S9217354B | Mobile +65 9123 4087 | Subjects: PSLE Maths, Science | Home: Blk 512 Bishan St 13 #07-221, Singapore 570512
        Parent complaint: Mr Daniel Ong says his son Ethan was left waiting outside the centre until 10pm last Friday; he threatens to post on Facebook and demands a full refund of S$1,280.
        Student record: Aiden Lim, Sec 3, diagnosed with dyslexia, allow 25% extra exam time; mother's email lim.pauline81@gmail.com for all report cards.
        Please call the parent back on +65 9687 2345 before 6pm, she says the cheque for November bounced and she wants to pay by PayNow instead.
        Tutor payout HK: Chan Ka Yan, HKID Y538216(3), HSBC account 123-456789-001, 14 lessons x HK$350 = HK$4,900, pay before 5 Dec.
        2025-11-21 14:02 ticket=R-8841 parent=Kelvin Chew phone=+60 12-348 7765 amount=RM540 reason=teacher_absent_3_times status=escalated
        Attendance note: Priya d/o Ramasamy (Form 5) has been absent two weeks; her father was arrested last month and she is staying with an aunt in Klang.
        Enrolment form: Kevin Hsu, DOB 2011-06-02, Taiwan ID E125307185, home 5F, No. 33, Ln. 120, Sec. 2, Xinyi Rd., Da'an Dist., Taipei, mother's mobile 0937-604-152.
        Tutor Michelle Yeo owes the centre S$2,400 for the laptop advance and asked to deduct S$400 a month from her pay because she is going through a divorce.
    """),
    "mixed": _lines("""
        @Vivian媽媽 你家Jayden的report card我已經私訊給你了，他這次Math只有C，要不要考慮加一堂1-on-1？
        家教profile：Kelly 陳凱莉，台大外文系，TOEIC 965，時薪NT$1,000，LINE: kellychen_tw，手機0988-123-746，可教國高中英文與多益。
        Hi 老師，我是Brandon的媽媽Amy Wu，Brandon這個月要去台大醫院做心臟手術，要請假兩週，學費可以先pause嗎？我的email是amywu.hsinchu@outlook.com
        2025-11-03,TM-REF-0097,呂柏翰,NT$8,400,中國信託822帳號054540123456,status=pending,note=家長說divorce後改由媽媽付款
        Pendaftaran pelajar：Tan Wei Jie 陳偉傑，MyKad 080415-10-5673，alamat No. 8, Jalan SS2/24, Petaling Jaya，parent phone 016-228 4491。
        Teacher's note：小恩（Grace Liao）最近常說肚子痛，媽媽說she's been bullied at school，請大家多留意，不要在class上提起。
        Kevin爸爸（0910-447-286）說這期tuition先欠著，他的company倒閉了，等下個月找到新工作salary下來再一起付。
        學生Leong Hoi Man 梁凱雯，澳門身份證5123456(7)，住氹仔成都街88號2樓B座，媽媽WhatsApp +853 6623 4170，數學補習逢星期二四。
        SG branch roster：Chloe Ng 黃可兒，Sec 2，NRIC T1134567G，allergy: penicillin，guardian是外婆，電話9278 5510。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是「學伴Go」補習班的客服助理，協助櫃檯撰寫給家長的LINE訊息，語氣要客氣、簡潔。",
        ),
        (
            "user",
            "幫我寫一則訊息給7年5班陳宥辰的媽媽（0928-516-307），說孩子這次數學小考42分，上課滑手機被沒收，請她今晚簽聯絡簿。",
        ),
        (
            "assistant",
            "陳媽媽您好，這裡是補習班櫃檯。宥辰今天數學小考成績為42分，課堂上有使用手機的情形，老師已先代為保管，下課時歸還。麻煩您今晚在聯絡簿簽名，明天請宥辰帶回。若有任何問題，歡迎隨時與我們聯繫，謝謝您！",
        ),
        ("user", "可以再短一點嗎？家長不喜歡太長的訊息。"),
        (
            "assistant",
            "陳媽媽您好：宥辰今天數學小考42分，上課滑手機已先保管，麻煩今晚簽聯絡簿，謝謝！",
        ),
    ],
    [
        (
            "user",
            "學生黃子晴繳了NT$19,200，全期16堂，她上了5堂就要退班，家長黃俊傑要我們退到郵局帳號0081234-0456789。照定型化契約應該退多少？",
        ),
        (
            "assistant",
            "全期16堂的三分之一約為5.33堂，子晴已上5堂，尚未超過三分之一，依一般短期補習班定型化契約可退還已繳費用的一半，也就是NT$9,600。若講義已領取，可依契約約定不退講義費。建議回覆家長時附上計算方式，並請家長確認帳戶資料無誤。",
        ),
        ("user", "好，那幫我寫給黃先生的回覆。"),
        (
            "assistant",
            "黃先生您好：子晴已上5堂（全期16堂），未逾三分之一，依契約退還已繳費用半數NT$9,600，預計10個工作天內匯入您提供的郵局帳戶（局號0081234、帳號0456789）。如有疑問請來電櫃檯，謝謝。",
        ),
    ],
    [
        (
            "user",
            "我儿子小宇初二，最近确诊了抑郁症在吃药，数学成绩从90多掉到50几。我想给他找个家教，但又怕给他太大压力，有什么建议吗？",
        ),
        (
            "assistant",
            "很理解您的担心。建议先和小宇的主治医生沟通，确认目前适合的学习强度；找家教时优先考虑有耐心、有辅导青少年经验的老师，先从每周一次、每次60分钟开始，以巩固基础为主，不设具体分数目标。也可以让小宇参与挑选老师，增加他的掌控感。",
        ),
        ("user", "那我要不要跟家教老师说他生病的事？"),
        (
            "assistant",
            "可以只告诉老师必要的信息，例如孩子目前注意力和精力容易波动、需要放慢进度，是否透露具体诊断由您和小宇决定。如果说明，请提醒老师保密，不要在家长群或其他场合提及。",
        ),
    ],
    [
        (
            "system",
            "You are a resume assistant for a Singapore tuition agency. Keep resumes to one page.",
        ),
        (
            "user",
            "Please format my tutor profile: Rachel Tan Hui Min, NRIC S9217354B, mobile +65 9123 4087, NUS B.Sc. Mathematics 2022, 3 years PSLE Maths tutoring, lives in Bishan.",
        ),
        (
            "assistant",
            "Here is a clean layout: Rachel Tan Hui Min | Mobile +65 9123 4087 | Bishan, Singapore. Education: B.Sc. Mathematics, NUS (2022). Experience: 3 years PSLE Maths tutoring. One suggestion: leave your NRIC number off the resume; agencies only need it at contract stage, and under PDPC guidance they should not collect the full NRIC unless required.",
        ),
        ("user", "Good point, remove it. Can you add that I can teach Sec 1-2 Science too?"),
        (
            "assistant",
            "Done. Subjects: PSLE Maths; Lower Secondary Science (Sec 1-2). Contact: +65 9123 4087. NRIC removed.",
        ),
    ],
    [
        (
            "user",
            "幫我整理今天LINE群重點：「Vivian媽媽：Jayden這週發燒請假」「Kevin爸爸：tuition先欠著，company倒閉了，0910-447-286有事打我」「櫃檯：週五颱風停課」",
        ),
        (
            "assistant",
            "今日LINE群重點：1. Jayden本週因發燒請假（Vivian媽媽告知）。2. Kevin爸爸表示因公司倒閉，本期學費暫緩繳納，聯絡電話0910-447-286。3. 週五因颱風停課。建議第2點屬家長財務狀況，改以私訊跟進，不宜在群組回覆。",
        ),
        ("user", "OK，那第2點幫我寫一則私訊給Kevin爸爸。"),
        (
            "assistant",
            "Kevin爸爸您好，收到您的訊息，也很遺憾聽到公司的狀況。本期學費我們可以先協助安排延後或分期，方便時再跟您電話確認細節，Kevin的課程照常進行，請不用擔心。",
        ),
    ],
    [
        (
            "system",
            "你是一對一AI家教，學生資料：王冠霖，國三，身分證F128374616，住新北市板橋區中山路一段158巷7弄3號5樓，數學弱項為二次函數，目標會考數學A。",
        ),
        ("user", "老師，y=x²-4x+3的頂點怎麼算？"),
        (
            "assistant",
            "冠霖，先配方：y=x²-4x+3=(x-2)²-1，所以頂點是(2,-1)。開口向上，最小值是-1。你可以試試看y=x²+6x+5的頂點。",
        ),
        ("user", "是(-3,-4)嗎？"),
        ("assistant", "完全正確！(x+3)²-4，頂點(-3,-4)。下一題我們來練與x軸的交點。"),
    ],
    [
        (
            "user",
            "My son Tan Wei Jie (MyKad 080415-10-5673) paid RM1,080 for six months of SPM Add Maths at a centre in Cheras, but the teacher left after one month and they refuse to refund. What can I do?",
        ),
        (
            "assistant",
            "I'm sorry to hear that. First, ask the centre in writing for a refund of the unused five months (about RM900), citing the missing teacher. Keep receipts and chat records. If they refuse, you can file a claim with the Tribunal for Consumer Claims Malaysia (TTPM), which handles claims up to RM50,000 with a small filing fee.",
        ),
        ("user", "Do I need to put his MyKad number in the complaint?"),
        (
            "assistant",
            "The claim is normally filed in your name as the payer, so you will use your own IC details. Your son's MyKad is usually not needed; just name him as the student and attach the receipts.",
        ),
    ],
    [
        (
            "user",
            "我是家教老師，學生謝承翰高二，今天上課時突然跟我說他最近想傷害自己，還給我看手臂上的傷口。我該怎麼辦？",
        ),
        (
            "assistant",
            "謝謝你願意陪著他。請先確認他現在是否安全，用平靜的語氣表達關心，不要責備。今天就應該通知他的家長，並建議家長聯繫學校輔導室或身心科。如果他有立即危險，請撥打119或110。台灣也可以撥打安心專線1925（24小時）。",
        ),
        ("user", "他拜託我不要跟他媽媽說，我怕他以後不信任我。"),
        (
            "assistant",
            "這很兩難，但涉及自傷風險時，安全優先於保密。可以先跟承翰說明：「我很在乎你，所以需要讓能保護你的大人知道。」並邀請他一起決定怎麼告訴媽媽，讓他保有部分參與感。",
        ),
    ],
    [
        ("system", "你是培训机构教务助手，根据成绩为每位学生写一句评语，语气积极。"),
        (
            "user",
            "帮我写评语：刘思远 数学92 物理85；黄梓萱 数学58 物理61（父母刚离婚，情绪不稳）；孙浩然 数学77 物理80。",
        ),
        (
            "assistant",
            "刘思远：数理基础扎实，保持解题节奏，可挑战压轴题。黄梓萱：本学期辛苦了，基础题正确率在提升，建议每周做一次错题回顾，老师随时支持你。孙浩然：两科稳步进步，计算细节再细心一点会更好。",
        ),
        ("user", "黄梓萱的评语会发给家长，别提离婚的事。"),
        (
            "assistant",
            "明白，评语中没有提及家庭情况。黄梓萱：本学期基础题正确率有所提升，建议每周整理一次错题，相信下次会更进步。",
        ),
    ],
    [
        (
            "user",
            "我喺香港請咗個補習老師陳嘉欣，佢話要我將學費轉去佢個HSBC戶口123-456789-001，仲要我影低佢張身份證Y538216(3)做記錄，咁樣安全嗎？",
        ),
        (
            "assistant",
            "轉帳畀私人補習老師本身好常見，但建議你保留每次轉帳記錄同收據。至於身份證，根據私隱專員公署指引，一般唔應該隨便影印或收集身份證副本，除非有法律需要；你記低老師全名同聯絡方式已經足夠。",
        ),
        ("user", "明白，咁我要簽合約嗎？"),
        (
            "assistant",
            "建議簽一份簡單協議，寫明每堂收費（例如HK$350）、上課時間、請假同退款安排，雙方各存一份，將來有爭議會容易處理好多。",
        ),
    ],
]
