# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh200: Hong Kong dengue, flu vaccine and community health centres (bookings, lab reports, DH notices, parent consent, WhatsApp reminders). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh200
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "衞生署及防護中心公告"): _lines("""
        衞生署衞生防護中心今日公布，本港新增一宗登革熱輸入個案，患者潛伏期內曾前往東南亞，中心正進行流行病學調查。
        患者為一名40歲女子，居於屯門區，現於醫院接受治療，情況穩定；中心呼籲市民繼續做好防蚊措施。
        食環署提醒市民每星期最少一次清除積水，花盆底碟、水桶、棄置膠罐同輪胎都係白紋伊蚊常見滋生地。
        2026年10月全港地區誘蚊產卵器指數為4.1%，其中柴灣西錄得21.3%，屬第三級警報，食環署已加強滅蚊工作。
        2026/27季節性流感疫苗接種計劃將於9月下旬展開，合資格人士可於衞生署診所或參與疫苗資助計劃的私家醫生免費或資助接種。
        疫苗資助計劃下，政府為每劑季節性流感疫苗提供資助，個別醫生可收取額外費用，市民應於接種前查詢清楚。
        學校外展疫苗接種計劃：衞生署外展隊將於指定日期到校為已交回同意書的學生接種，未交回同意書者當日不會接種。
        登革熱病徵包括高燒、嚴重頭痛、眼窩後疼痛、肌肉及關節痛、噁心、嘔吐及出疹，如有相關病徵應盡快求醫並告知醫生外遊紀錄。
        衞生署健康教育專線 2833 0111 提供24小時預錄健康資訊，查詢流感疫苗接種地點亦可瀏覽衞生防護中心網頁。
        長者健康服務24小時資訊及預約熱線：2121 8080（如需人手接聽，請於辦公時間內致電）。
        衞生防護中心已通報世界衞生組織及廣東省衞生健康委員會，並會繼續密切監察鄰近地區的登革熱情況。
        由2026年12月1日起，各區長者健康中心的流感疫苗接種一律須預先預約，不設即場籌號，敬請留意。
        個案編號 DF-2026-0417 屬本地感染個案，食環署已在相關地點周邊500米範圍進行滅蚊及防治工作。
        接種流感疫苗後如出現輕微發燒、注射部位紅腫或疼痛屬常見反應，一般一至兩天內消退；如有嚴重過敏反應請立即求醫。
        本年至今本港共錄得58宗登革熱個案，當中51宗為輸入個案、7宗為本地個案，上年同期則為43宗。
    """),
    ("zh-Hant", "預約及提醒訊息範本"): _lines("""
        【社區健康中心】{姓名} 你好，你已成功預約 {日期} {時間} 於 {中心名稱} 接種季節性流感疫苗，請攜帶身份證明文件及針卡準時到達。
        【衞生署】閣下的預約參考編號為 VAX-26-884153，如需更改，請於預約日前最少兩個工作天登入網上系統辦理。
        預約確認｜參考編號：EHC2612-00731｜服務：流感疫苗（長者）｜地點：觀塘長者健康中心｜日期：2026-12-14 09:30
        你嘅化驗報告已經出咗，請登入「醫健通」或親臨診所領取；如有疑問請於辦公時間致電診所查詢。
        系統訊息：所選時段名額已滿（剩餘名額 0/120），請選擇其他日期或其他中心。
        短訊範本 SMS_TPL_07：「[中心名稱]提醒：您於[日期]的第二劑疫苗接種即將到期，請回覆Y確認或N取消。」
        候補通知：如有名額釋出，系統會以短訊通知，請確保已登記的手提電話號碼保持暢通。
        登革熱化驗結果通知範本：「＿＿＿先生／女士，你的血液樣本（樣本編號：＿＿＿＿）化驗已完成，請於＿＿年＿＿月＿＿日前返回診所覆診。」
        「醫健通」流動應用程式可查閱個人疫苗接種紀錄；忘記密碼可於登入頁面按「忘記密碼」重設。
        WhatsApp官方帳號自動回覆：多謝你嘅訊息！辦公時間為星期一至五 9:00-17:30，緊急醫療情況請即撥打 999。
        取消預約成功。參考編號 VSS-20261203-4471 已失效，已繳付的額外費用將按診所政策處理。
        提提你：接種當日請穿著寬鬆短袖衣物，空肚唔使，但如有發燒請改期，改期可回覆「改期」二字。
        地區康健中心提提你：下星期一（12月8日）起，中心星期六開放時間改為上午9時至下午1時。
    """),
    ("zh-Hant", "街坊及家長群組"): _lines("""
        今日去咗長者健康中心打流感針，排咗成個鐘，大家記得預約先好去呀！
        有冇人知黃大仙地區康健中心星期六開唔開㗎？
        樓下平台啲花盆積晒水，管理處話下星期會叫人清，大家出入小心蚊。
        學校派咗流感針同意書，聽日要交返，各位家長唔好唔記得簽名呀 🙏
        我個仔上年打完針手臂痛咗兩日，之後冇事，唔使太擔心。
        屋苑今日有食環署嘅人嚟噴霧滅蚊，大家關好窗先。
        問下大家，小朋友第一次打流感針係咪要打兩劑？隔幾耐先打第二針？
        聽講今年有鼻噴式流感疫苗，私家診所大概幾錢一劑？
        各位，校務處話外展隊12月9號嚟，冇交同意書嘅同學會另外安排補打。
        蚊怕水同驅蚊貼邊隻有效啲？含DEET嗰啲細路用唔用得？
        今朝睇新聞話又有本地登革熱個案，好似喺葵涌附近，大家落街著長袖啦。
        提提大家：明天（12/5）社區會堂有流感疫苗外展接種，50歲以上免費，帶身份證就得。
        我啱啱收到衞生署短訊話預約成功，但個時間同我揀嗰個唔同，係咪系統出錯？
        以前麥兜有集講打預防針，麥太氹佢話打完有魚蛋食，我個女睇完都唔驚打針喇 😂
        邊位知道九龍城區邊度有得打流感針唔使等咁耐？
    """),
    ("en", "CHP guidance and statistics"): _lines("""
        The Centre for Health Protection recorded 12 imported dengue fever cases in November, most with travel history to Thailand, Malaysia and the Philippines.
        Seasonal influenza vaccination is recommended for everyone aged 6 months or above, except those with known contraindications.
        Under the Vaccination Subsidy Scheme, enrolled private doctors may charge an extra fee on top of the government subsidy; check the doctor list before booking.
        Aedes albopictus, the local vector of dengue, breeds in small containers of stagnant water and bites mainly in the daytime.
        For enquiries, call the DH Health Education Infoline at 2833 0111 or visit the CHP website.
        Dengue NS1 antigen is most reliably detected within the first 5 days of fever; IgM antibodies usually become detectable from about day 5 onwards.
        The Area Ovitrap Index for Tsuen Wan East rose to 27.4% in the second half of October, prompting intensified mosquito control by FEHD.
        Children under 9 receiving seasonal influenza vaccine for the first time should get two doses at least four weeks apart.
        Case ref. NID-26-11-0392: local dengue case, epidemiological investigation ongoing, no further details will be released at this stage.
        Please bring your HKID card or birth certificate and any previous vaccination record to your appointment.
        The live attenuated influenza vaccine (nasal spray) is not recommended for pregnant women or people with severely weakened immune systems.
        Queen Elizabeth Hospital and Princess Margaret Hospital have activated their winter surge plans as influenza admissions climb.
    """),
    ("zh-Hant", "化驗報告與臨床知識"): _lines("""
        化驗參考範圍：血小板 150-400 x10^9/L；白血球 4.0-11.0 x10^9/L；血細胞比容（男）0.40-0.52 L/L。
        登革熱NS1抗原快速測試陰性並不能完全排除感染，醫生會按病徵及外遊史決定是否再驗IgM/IgG或PCR。
        報告上「Reactive」即係有反應（陽性），「Non-reactive」即係冇反應（陰性），「Equivocal」即係未能確定，要再驗。
        問：驗血報告寫 Haematocrit 0.49 L/L，係咪好高？答：要睇返性別、有冇脫水同埋病情，最好同主診醫生傾。
        嚴重登革熱警號：腹痛、持續嘔吐、牙肉或鼻出血、嗜睡或煩躁不安、血細胞比容上升伴隨血小板急跌。
        樣本編號 LAB-2611-004382｜檢測項目：Dengue NS1 Ag｜結果：Negative｜報告日期：2026-11-29
        流感快速抗原測試喺發病頭48小時內準確度較高，結果陰性而病徵持續應考慮做PCR確認。
        登革熱患者應避免服用阿士匹靈及非類固醇消炎藥，退燒宜用撲熱息痛，並要多飲水。
        報告單位換算：血小板 85 K/µL 即等於 85 x10^9/L。
        病人資料欄：姓名、性別、出生日期、身份證號碼、病歷號碼（全部留空，由登記處職員填寫）。
        曾感染某一血清型登革病毒的人，再感染另一血清型時出現重症的風險較高。
        化驗所收件時間 08:00-16:30，樣本須於採集後4小時內送達；急症樣本請標示 STAT。
        流感疫苗禁忌：曾對疫苗任何成分或上一劑出現嚴重過敏反應；輕微傷風或低燒唔一定要延遲接種。
    """),
    ("mixed", "診所系統與紀錄"): _lines("""
        booking_service: max_slots_per_session=120, reminder_sms_hours_before=24, whatsapp_template="appt_reminder_zh_hk_v3"
        2026-12-03 09:14:22 INFO [VaxBooking] slot released: centre=EHC-KT session=AM vaccine=QIV remaining=17
        SELECT centre_code, COUNT(*) FROM appointments WHERE vaccine_type = 'QIV' AND appt_date = '2026-12-10' GROUP BY centre_code;
        批次號 Lot No. VX2611B｜有效期至 2027-06-30｜四價滅活流感疫苗（0.5 mL預充針）｜存貨 240 劑
        雪櫃溫度紀錄：2026-12-04 08:00 5.2°C；12:00 4.8°C；17:00 5.0°C（標準 2-8°C），簽署：當值護士
        ticket #HD-40127: WhatsApp Business API webhook timeout when sending reminder batch, affected template appt_reminder_en_v2
        Error 422: field "hkid" failed validation (expected pattern ^[A-Z]{1,2}[0-9]{6}[(][0-9A][)]$)
        invoice INV-2026-118407｜四價流感疫苗 x 50 劑 @ HK$98｜合計 HK$4,900｜供應商：利康藥業有限公司
        sha256 9c1e4f27a0b8d3e56f12a7c4b09e8d3f5a61c2e7b4d08f93a6e15c7d2b4f8a03  vss_claims_2026w48.csv
        表格 DH-VSS-02（2026年9月版）第3頁第5欄「疫苗種類代碼」請填 QIV、LAIV 或 PCV13。
        順豐運單號 SF1438829017342｜內容：冷凍包裝化驗樣本｜寄件方：社區健康中心化驗組｜收件方：公共衞生化驗服務處
        v2.8.1 更新：預約提醒改為中英雙語，並新增 WhatsApp 已讀回條統計同預約改期按鈕。
    """),
    ("zh-Hant", "公眾人物與歷史"): _lines("""
        伍連德醫生於1910年代主持東北鼠疫防疫工作，被視為中國現代公共衞生先驅。
        陳馮富珍於1997年以衞生署署長身份處理H5N1禽流感事件，其後出任世界衞生組織總幹事。
        1894年香港爆發鼠疫期間，耶爾森與北里柴三郎先後在港分離出鼠疫桿菌。
        孫中山早年就讀香港華人西醫書院，1892年畢業，其後行醫一段時間。
        何啟爵士創辦雅麗氏利濟醫院，以紀念其英籍妻子雅麗氏。
        港大微生物學系袁國勇教授多次在傳媒訪問中呼籲高危群組及早接種流感疫苗。
        魯迅小說《藥》中，華老栓用人血饅頭為兒子華小栓醫癆病，諷刺當時民智未開。
        香港公園內的殉職醫護人員紀念園，設有謝婉雯醫生等於沙士期間殉職醫護人員的銅像。
        醫務衞生局局長負責制訂本港醫療衞生政策，衞生署署長則負責執行公共衞生及疾病預防工作。
    """),
    ("zh-Hans", "内地资讯与科普"): _lines("""
        广东省疾控中心提醒，登革热流行季节一般为每年5月至11月，外出请做好防蚊措施。
        2014年广州市暴发大规模登革热疫情，全省报告病例超过四万例。
        白纹伊蚊同时可传播登革热和基孔肯雅热，清除家中积水是最有效的预防方法。
        港澳居民来往内地通行证可用于在内地医疗机构挂号就诊，部分医院支持线上实名建档。
        接种流感疫苗后请在接种点留观30分钟，无异常方可离开。
        问：在香港打的流感疫苗记录，回内地后学校认可吗？答：一般可出示接种证明或医健通截图，具体以学校要求为准。
        身份证号码填写说明：请填写18位居民身份证号码，最后一位如为X请大写。
        部分内地城市为60岁以上户籍老人提供免费流感疫苗，具体政策以当地卫健部门公布为准。
        登革热不会人传人，主要通过受感染的伊蚊叮咬传播。
        订单号 JD2611873402951 已签收：驱蚊液 100ml ×3，电蚊拍 ×1。
    """),
    ("zh-Hant", "家長信及同意書範本"): _lines("""
        2026/27學年學校外展季節性流感疫苗接種計劃 家長／監護人同意書（請於12月2日或之前交回班主任）
        學生姓名：＿＿＿＿＿＿ 班別：＿＿ 學號：＿＿ 出生日期：＿＿/＿＿/＿＿＿＿ 香港身份證／出生證明書號碼：＿＿＿＿＿＿
        □ 本人同意 □ 本人不同意 敝子弟接種季節性流感疫苗（滅活疫苗注射）。家長簽署：＿＿＿＿＿＿ 日期：＿＿＿＿
        如學生曾對疫苗成分出現嚴重過敏反應，請於表格第三部分註明並附上醫生證明。
        東華三院李賜豪小學通告（第42號）：學校外展流感疫苗接種安排，詳情請參閱附件。
        附件：疫苗資料單張、接種後注意事項、同意書回條（請沿虛線剪下）。
        如學生當日發燒（體溫38°C或以上）將不會接種，學校會另行通知補種安排。
        I have read the information sheet and □ consent / □ do not consent to my child receiving the seasonal influenza vaccine. Name of student: ________ Class: ____
        家長如有查詢，請於辦公時間致電校務處，或透過學校電子通告系統回覆。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        衞生署通知書｜致：陳嘉欣女士（香港身份證號碼 Y271846(2)）｜閣下經化驗確診登革熱，根據《預防及控制疾病條例》須配合衞生防護中心調查，請於48小時內致電本署。
        化驗報告｜姓名：LAU KA YAN 劉家欣｜性別：女｜出生日期：1994-03-17｜Dengue NS1 Ag: Positive｜Platelet: 62 x10^9/L｜送檢單位：屯門醫院急症室
        林志強，男，58歲，住秀茂坪邨秀明樓1508室，11月20日起發燒，曾到訪曼谷，NS1陽性，已轉介伊利沙伯醫院。
        黃太你好，提提你個仔黃子朗（3B班）聽日10:30打流感針，記得帶埋針卡呀，唔該晒！
        家長同意書（已填）｜學生姓名：何樂晴｜班別：2C｜學號：17｜香港身份證號碼：R529013(8)｜☑ 本人同意敝子弟接種流感疫苗｜家長：何偉文（父）｜聯絡電話：9173 6428
        預約確認：MR CHOW KWOK WAH 周國華｜觀塘長者健康中心｜2026-12-14 09:30｜流感疫苗第一劑｜聯絡電話 5136 7720
        長者名單：1) 梁鳳英 82歲 糖尿病 已打；2) 鄭志明 76歲 有心臟起搏器 未打，下次跟進；3) 吳玉蓮 88歲 拒絕接種
        投訴：本人住葵涌石蔭東邨蔭興樓2103室，樓下垃圾站積水好多蚊，成家人都畀蚊咬，請食環署盡快處理。聯絡人：蘇先生 6457 0913
        阿May（馬美玲）今日覆診，血小板升返去138，醫生話唔使再入院，下星期三再抽血。
        接觸追蹤紀錄｜個案 DF-2026-0421｜同住家人：丈夫 伍家輝（HKID K604932(A)）、女兒 伍芷晴（9歲，元朗區小學四年級），兩人暫無病徵。
        請假信：本人之子李浩賢（5A班）因確診甲型流感，醫生建議休息至12月6日，敬請批准。家長 李陳麗華 謹啟
        嘉欣媽咪，你個女張嘉欣驗咗係乙型流感，今朝已經冇發燒，不過醫生叫佢留喺屋企休息兩日。
        私家診所收據｜病人：YEUNG SIU FAN 楊小芬｜四價流感疫苗 1 劑 HK$380｜Visa 4557 0123 0084 9175｜2026-11-30
        外籍家庭傭工接種紀錄：MARICEL SANTOS DELA CRUZ，菲律賓護照 P4817263B，僱主何太，已接種流感疫苗（批次 VX2611B）。
        印傭 Siti Rahayu 上星期發高燒入咗明愛醫院，驗到係登革熱，而家仲喺病房，僱主話佢護照號碼 C4907316 要交畀保險公司。
        秀茂坪邨秀明樓15樓尾嗰個譚伯成日喺走廊養魚，魚缸積水生晒蚊，成層樓都畀佢累，管理處講咗幾次佢都唔理。
        疫苗資助計劃申報｜服務使用者：TSANG WING SZE 曾詠詩｜HKID C663190(6)｜出生日期 1979-08-22｜接種 QIV｜日期 2026-11-26
        街坊會通訊錄：何志偉 9820 4157（流感疫苗外展義工，負責長者登記）
        劉婆婆（劉桂芳，85歲，獨居大埔富亨邨亨泰樓）今年仲未打流感針，社工下星期會陪佢去健康中心。
        蔡仲賢今日驗血：白血球2.9、血小板88，醫生懷疑係登革熱，叫佢聽朝再返嚟抽血。
        收據：彭詠恩已繳付兒童鼻噴流感疫苗費用 HK$450，收據號碼 R-26-03318。
        緊急聯絡人：陳美寶（母親）5703 2284；學生陳俊傑對雞蛋及明膠過敏，接種前請先聯絡家長。
        衞生署覆函｜致：九龍土瓜灣美景街18號3樓B室 鄭先生｜閣下所報蚊患已轉交食物環境衞生署跟進。
        阿芬（區淑芬）幫佢阿爸區志榮預約咗12月10號打流感針，但佢阿爸有腎病要洗肚，想問醫生打唔打得。
        內地訪客周曉彤，往來港澳通行證 C72914586，來港旅遊期間發燒入院，經化驗確診登革熱。
        「仁心醫務所」提提你：關子健先生，你明日（12月11日）下午3:00嘅化驗報告解說已經預約好，如需更改請回覆此訊息。
        學校護士紀錄：4D梁凱琳、4D譚俊熙接種後15分鐘內出現頭暈，已通知家長，觀察30分鐘後無恙。
        退款通知：預約取消，HK$380 已轉入 HSBC 戶口 652-378912-838（戶口持有人：MOK SIU LING）。
        報名：沙田水泉澳邨清泉樓2412室 盧太 9462 3370，參加地區康健中心長者流感疫苗外展，共兩位（本人及丈夫）。
        黎美儀（中三信班，學號21）因宗教理由唔打流感針，家長已簽不同意書。
        Miss 溫，我係4C麥凱晴媽媽，佢今日發燒38.6度唔返學，聽日嘅流感針可唔可以改下星期補打？
    """),
    "en": _lines("""
        Lab Report | Patient: WONG, Chi Keung | HKID M187364(A) | DOB 12/05/1971 | Dengue IgM: Reactive | IgG: Non-reactive | Collected 02-Dec-2026
        Hi Mrs Fernandes, just a reminder that Leon Fernandes (Year 4, Kingfisher class) is booked for his flu jab on Thursday; please let us know if he is unwell.
        Consent form received: Aarav Sharma (6B), father Vikram Sharma, Singapore NRIC S8736215I, mobile 6241 8830, consents to LAIV nasal spray.
        Pt Nur Aisyah binti Kamarudin, 35F, Malaysian, MyKad 910723-10-6248, back from Johor Bahru on 25/11, fever x4 days, NS1 positive, admitted to PYNEH isolation ward.
        Hi nurse, my daughter Chloe Lam in P2 Dolphins had a high fever after her vaccine yesterday, 39.1 this morning, could you call me? Jennifer Lam, jenniferlam.hk@gmail.com
        Staff flu vaccination: Ho Wing Yan (RN, EHC Shatin) declined, medical exemption letter on file; Chu Ka Ming (clerk) vaccinated 03/12.
        Walk-in note: Mr Daniel O'Sullivan, Irish passport PX4829163, returned from Bali on 28 Nov with rash and fever, referred to Yau Ma Tei GOPC for dengue test.
        Private flu shot invoice: patient TAN Mei Ling, Mastercard 5424 1865 0031 2768, amount HK$420, paid 04/12/2026.
        Helper agency update: Kavitha a/p Subramaniam tested positive for influenza A, employer Mrs Leung asked for a sick leave certificate until Monday.
        hey jason yip, ur mum's dengue test came back negative, she can go home tmr. call me on 5281 9906
    """),
    "mixed": _lines("""
        登記表 | Name: LEUNG Tsz Ching 梁芷晴 | HKID: Z740258(A) | Mobile: 6938 1742 | Email: tszching.leung@yahoo.com.hk | 疫苗: QIV 第1劑 | 過敏: Penicillin
        持證人 KWOK Hoi Ting 郭凱婷，回鄉證 H60273415、身份證 XA093751(4)，返深圳前想補打流感針，預約 12/12 am session。
        Dr 你好，我老公 Ricky Chan 陳立基前日由菲律賓返嚟，今日燒到39.5度，關節好痛，係咪要即刻去急症？
        台灣旅客 CHIANG Yu-Hsuan 江語萱，身分證 F225836175，手機 0928-517-364，在港旅遊期間確診A型流感，已獲准出院。
        收費紀錄 2026-12-01｜姚嘉俊｜兒童流感疫苗兩劑｜Visa 4966 8211 0705 4234｜HK$760
    """),
    "zh-Hans": _lines("""
        患者张伟明，身份证号 440304198809172131，深圳福田区居民，11月在香港出差期间发热，确诊登革热，现已返深隔离观察。
        家长陈晓燕（手机 138 2654 7193）为女儿林诗涵（身份证 445102201503220466）预约香港私家诊所流感疫苗，12月15日上午过关。
        老王，你在香港验的血常规出来了，血小板95，医生说先观察。王建国 身份证 440106196204056173，微信号 wjg_1962hk
        刘子轩家长邮箱 liuyun_mama@163.com，孩子在香港读幼稚园K2，流感疫苗同意书已签，对青霉素过敏。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你係社區健康中心嘅預約助理，用廣東話回覆。"),
        ("user", "我想幫阿媽預約流感針，佢叫馮少娟，78歲，身份證 E312845(1)。"),
        ("assistant", "收到。請問想預約邊間中心同邊日？另外要一個聯絡電話作短訊提醒。"),
        ("user", "黃大仙長者健康中心，12月16號朝早，電話 9307 5186，佢有高血壓同糖尿病，食緊藥。"),
    ],
    [
        (
            "user",
            "幫我寫個WhatsApp提醒畀以下幾位：何潔瑩 6370 2958、司徒志豪 5962 0473，佢哋聽日下晝2點打第二劑流感針。",
        ),
        (
            "assistant",
            "可以：「你好，提提你明日下午2時喺本中心接種第二劑流感疫苗，請帶同針卡及身份證。如需改期請回覆。」需要加中心地址嗎？",
        ),
        ("user", "加埋，另外司徒志豪上次打完有暈，叫佢帶埋屋企人陪。"),
    ],
    [
        (
            "user",
            "我個仔陳樂軒7歲，今日驗血報告寫 Platelet 74、WBC 2.6、NS1 Positive，醫生叫我哋入院，係咪好嚴重？",
        ),
        (
            "assistant",
            "NS1陽性表示登革熱感染，血小板偏低需要住院監察，主要係睇有冇出血或警號病徵。請跟醫生指示入院。",
        ),
        ("user", "我哋已經喺瑪嘉烈醫院兒科病房，佢話個肚有啲痛。"),
    ],
    [
        (
            "user",
            "My helper Josephine Bautista has had a fever for three days and joint pain since coming back from Manila.",
        ),
        (
            "assistant",
            "Those symptoms together with recent travel can point to dengue. She should see a doctor today and mention the trip.",
        ),
        (
            "user",
            "OK. Her Philippine passport is P7305418A and my mobile is 6933 4071, I'll take her to the clinic now.",
        ),
    ],
    [
        ("system", "You help CHP officers draft formal letters in Traditional Chinese."),
        (
            "user",
            "幫我草擬一封通知信，收件人係郭偉業先生，住將軍澳尚德邨尚智樓1107室，佢係登革熱個案嘅同住家人，要佢14日內留意病徵。",
        ),
        (
            "assistant",
            "郭偉業先生：由於閣下的同住家人經化驗確診登革熱，請於未來14日內留意自己有否發燒、頭痛或出疹……",
        ),
        ("user", "好，結尾加埋佢身份證號碼 G958402(0) 方便核對。"),
    ],
    [
        (
            "user",
            "我個女溫穎彤讀2B班，佢對雞蛋嚴重過敏，上年打完流感針出咗風癩，今年同意書應該點填？",
        ),
        (
            "assistant",
            "可以喺同意書第三部分註明過敏史，並附上醫生證明；如有疑問，學校外展隊會喺接種前再評估。",
        ),
        ("user", "明白，我係佢媽媽溫太，電郵 winglam.wan@outlook.com，學校可以直接搵我。"),
    ],
    [
        (
            "user",
            "我係社工，個案葉金好婆婆，81歲，獨居長沙灣蘇屋邨，有輕度認知障礙，佢想打流感針但唔識預約。",
        ),
        (
            "assistant",
            "可以幫佢致電長者健康服務預約熱線，或透過地區康健中心安排外展接種。預約時需要佢嘅身份證號碼。",
        ),
        ("user", "佢身份證係 D805639(1)，電話就寫我嘅 5418 6627。"),
    ],
    [
        (
            "user",
            "我是内地来港读书的学生宋雨桐，通行证号码 C58302716，在港大读研一，最近发烧头痛，担心是登革热。",
        ),
        ("assistant", "建议尽快到大学保健处或普通科门诊求医，并告诉医生你最近的出行记录。"),
        ("user", "我上周去过泰国清迈，现在住在薄扶林的学生宿舍。"),
    ],
    [
        (
            "user",
            "Summarise for the parents' letter: after today's outreach flu jab, Ethan Ho (3A) and Mia Lau (3C) had fever above 38, and Ryan Cheung (3A) fainted briefly.",
        ),
        (
            "assistant",
            "Draft: Dear parents, after today's vaccination three students showed mild reactions and were monitored by the nurse...",
        ),
        (
            "user",
            "Don't name them in the general letter, but please write separate notes to each of their families.",
        ),
    ],
    [
        (
            "user",
            "隔籬屋嗰個姚國輝（荔景邨荔景樓2215室）露台堆滿花盆積水，我哋成層都畀蚊咬，點樣投訴？",
        ),
        ("assistant", "可以致電1823或透過食環署網上表格舉報蚊患，提供地點及情況描述即可。"),
        ("user", "佢之前仲話唔關佢事，我想投訴時寫埋佢個名同單位。"),
    ],
    [
        (
            "user",
            "I need to move my flu vaccine booking, ref EHC2612-00918. Name Catherine Tse Hoi Yan, HKID WX317284(6).",
        ),
        (
            "assistant",
            "Sure. Which date would you like instead? I can send a confirmation to your email.",
        ),
        ("user", "Any Saturday in December please, send it to cat.tse.hy@gmail.com."),
    ],
]
