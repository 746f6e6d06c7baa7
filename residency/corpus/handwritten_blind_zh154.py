# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh154: Hong Kong learner drivers and driving tests (learner licences, test dates, instructors, road test results, offence points, vehicle examination). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh154
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "考試須知及程序"): _lines("""
        考生須先通過筆試，方可預約私家車或輕型貨車路試。
        私家車筆試共30條選擇題，須答對27條或以上方屬合格，作答時間為45分鐘。
        考生應於考試開始前最少15分鐘到達考試中心報到，並出示身份證明文件正本及預約確認通知書。
        路試期間如考生作出危險駕駛行為，考官可即時終止考試，考試結果作不合格論。
        學習駕駛執照有效期為12個月，持有人可於期滿前申請續期。
        首次考獲私家車或電單車駕駛執照的新司機須遵守暫准駕駛執照制度，暫准期最少為12個月。
        暫准駕駛執照持有人駕駛時須在車頭及車尾展示「P」牌，並不得使用三線或以上快速公路的最右線。
        學車人士駕駛私家車時須在車輛前後當眼處展示「L」牌，並須由持有有效教車執照的導師陪同。
        考生如未能出席路試，應最少在考試日期前兩個工作天更改或取消預約，否則考試費不獲退還。
        路試不合格的考生可即時於考試中心櫃位或經網上預約系統預約重考日期，重考次數不設上限。
        以自動波車輛考獲的私家車駕駛執照只限駕駛自動波私家車及輕型貨車。
        考生可透過運輸署網站查閱各駕駛考試中心的最早可供預約日期及平均輪候時間。
        年滿70歲或以上的駕駛執照持有人，續領執照時須遞交由註冊醫生簽發的體格檢驗證明書。
        駕駛考試費現時為每次510元，學習駕駛執照費用為548元，款項可於牌照事務處以八達通或信用卡繳付。
        電單車學習駕駛執照持有人須先在指定駕駛學院完成強制訓練課程，方可參加路試。
    """),
    ("zh-Hant", "學車討論區問答"): _lines("""
        請問私家車自動波考幾多次先過係正常？身邊朋友有人一次過，有人考咗五次。
        斜路起步嘅時候手掣放得太快會溜後，有冇師兄分享下點樣練？
        考牌前一晚記住瞓夠，考試嗰日早啲到考場行一轉熟悉吓環境，唔好臨急臨忙。
        三點掉頭最常見嘅錯係冇睇清楚兩邊行人路同埋扭軚太遲，多練幾次就掂。
        想問下私人教車同駕駛學院邊個抵啲？駕駛學院貴啲但有快期，私人教車就要排好耐。
        路試畀人肥其實好常見，唔好灰心，下次記得轉線之前一定要轉頭望盲點，動作做大啲畀考官見到。
        筆試題庫可以喺運輸署網站下載，做多幾次模擬試，基本上27題以上冇難度。
        有冇人知九龍灣考場係咪成日考埋啟祥道？聽講嗰段路好多貨車出入。
        考官叫你靠左停車嘅時候，記得打燈、望倒後鏡同盲點，停定之後先拉手掣再轉N波。
        新手揸P牌一年內違例兩次會唔會即刻要重考？定係淨係延長暫准期？
        棍波定自動波好？如果淨係諗住揸私家車返工，學自動波慳錢又快啲考到。
        學車學咗20堂都未約到路試，而家排期大概要等幾耐？有冇人分享下最新情況。
        教車師傅一般每堂45分鐘，價錢由三百幾到四百幾蚊不等，堂數要視乎個人進度。
        驗車前自己可以先檢查下燈、軚紋、手掣同倒後鏡，唔合格要再約覆驗好麻煩。
        請問有冇人用過網上預約系統改路試日期？改完會唔會排返去最尾？
    """),
    ("zh-Hant", "駕駛學校及驗車中心通告"): _lines("""
        【駕駛學院通告】由2027年1月起，私家車（自動波）課程收費調整為每堂$480，已報名學員不受影響。
        本中心驗車服務時間為星期一至六上午8時30分至下午5時30分，星期日及公眾假期休息，預約熱線：2386 7415。
        八號或以上熱帶氣旋警告信號或黑色暴雨警告生效期間，所有學車課堂及路試暫停，學員請留意運輸署公布。
        安達駕駛學校（旺角分校）招聘全職教車師傅，須持有效私家車教車執照，有意者請電郵至 hr@ontat-driving.com.hk。
        本校學員如需更改課堂時間，請於24小時前致電客戶服務熱線 3158 2270 或經手機應用程式辦理。
        啟德驗車中心停車場將於12月15日進行路面維修，當日所有驗車預約將改於觀塘分中心進行。
        【運輸署】駕駛執照網上續期服務將於本星期日凌晨2時至6時暫停，以進行系統維護。
        本中心提供私家車、輕型貨車及的士年檢服務，每次檢驗費用$585，覆驗費用$300。
        學車優惠：一次過報讀20堂送筆試模擬課程兩節，名額有限，查詢請WhatsApp本校官方客服 5318 6620。
        東九龍考試中心暫停開放一星期，期間考生將被編配至何文田考試中心應考，毋須另行申請。
        本驗車中心只接受已預約車輛，請攜同車輛登記文件及有效第三者保險單前來，逾時15分鐘將當作缺席。
        鑑於路試輪候時間較長，本駕駛學院將加開晚間課程，時間為星期一至五晚上7時至10時。
    """),
    ("zh-Hant", "違例記分及統計"): _lines("""
        根據駕駛違例記分制度，駕駛人在兩年內被記滿15分或以上，法庭可取消其駕駛資格。
        在兩年內被記滿10分或以上的司機，如修讀並完成駕駛改進課程，可獲扣減3分。
        衝紅燈屬記分罪行，定額罰款為$600，另須記5分。
        超速超過每小時15公里但不超過30公里須記3分；超過30至45公里記5分；超過45公里記10分。
        2026年首三季，全港私家車路試合格率約為41%，較去年同期上升2個百分點。
        警方上月在西九龍進行打擊違例泊車行動，共發出逾3,200張定額罰款告票。
        駕駛時手持流動電話屬違法，定額罰款為$2,000，另記3分。
        酒後駕駛首次定罪者須停牌最少6個月，並須修讀駕駛改進課程。
        運輸署數據顯示，今年一至十月共有18,406人首次考獲私家車駕駛執照。
        暫准駕駛執照持有人如在暫准期內干犯記分罪行，其暫准期將延長6個月。
        違例泊車定額罰款由$320上調至$400，咪錶泊車超時亦同樣適用。
        定額罰款須於通知書發出日期起計21日內繳交，逾期未繳將被加收附加費。
    """),
    ("zh-Hant", "系統紀錄及編號"): _lines("""
        預約編號 RT-2027-0148362 ｜ 考試類別：私家車（自動波） ｜ 考試中心：九龍灣 ｜ 狀態：已確認
        驗車預約確認：參考編號 VIC2612-07793，日期 2026-12-18，時段 10:30-11:00，車輛類別：私家車。
        定額罰款通知書編號 71 0048 2216 9 已於系統內標示為「已繳付」，毋須跟進。
        發票號碼 INV-HKSM-2026-55812 ｜ 項目：私家車自動波課程（20堂） ｜ 金額：HK$9,600 ｜ 付款方式：信用卡
        車型：Toyota Corolla Altis 1.8 Hybrid (ZWE211) ｜ 首次登記：2019年 ｜ 車齡7年，續牌前須先通過年檢
        系統日誌：2026-12-04 09:15:22 [INFO] road_test_slot_release center=KB slots=42 batch=20261204A
        筆試題目編號 Q-TS-0217：圖中交通標誌表示甚麼？A) 禁止停車 B) 禁止掉頭 C) 單程路 D) 前有學校
        速遞追蹤號碼 SF1472583690162 ｜ 內容：運輸署文件 ｜ 預計送達：12月9日
        維修單 WO-88231：更換前剎車碟及剎車皮，機油 5W-30 4.5L，收費 HK$2,380。
        ISBN 978-962-04-4821-8《學車實戰手冊：由筆試到路試》（第三版）
        軟件版本 TD-eBooking v3.8.2 (build 20261130) 已部署，修正重考日期顯示錯誤。
        題庫PDF校驗碼 sha256: 3b7a9c41e08f52d6b1c7e4a09f3d28e6c5b1a7904de3f62c8b0a15e97d4c3f21
        牌照費用表：私家車（1500cc或以下）年費 $3,929；（1501-2500cc）$5,794；（2501-3500cc）$7,664
    """),
    ("en", "Transport Department guidance"): _lines("""
        Learner drivers of private cars must be accompanied at all times by a holder of a valid driving instructor's licence.
        Candidates must bring their original Hong Kong Identity Card and the appointment letter to the driving test centre.
        The probationary period lasts for at least 12 months; probationary drivers must display "P" plates at the front and rear of the vehicle.
        Private cars aged six years or more must pass an annual roadworthiness inspection at a designated car testing centre before the vehicle licence can be renewed.
        For general enquiries, call the 1823 hotline or visit any Licensing Office of the Transport Department.
        Tip: during the road test, make your head movements obvious when checking mirrors and blind spots so the examiner can see them.
        Q: Can I drive in Hong Kong on my overseas licence? A: Visitors may drive for up to 12 months with a valid overseas licence or International Driving Permit.
        Booking ref RTB-88417263 confirmed for Private Car (Automatic) road test, 10:40, Kowloon Bay Driving Test Centre.
        A candidate who fails the road test may book a retest; there is no limit on the number of attempts, but each attempt requires a new test fee.
        Secretary for Transport and Logistics Lam Sai-hung told legislators the department would recruit more driving examiners to cut road test waiting times.
        Vehicle examination checklist: headlamps, brake lamps, indicators, tyre tread depth (minimum 1 mm), horn, wipers, seat belts and exhaust smoke.
    """),
    ("mixed", "範本及設定"): _lines("""
        學員姓名：＿＿＿＿ ｜ 身份證號碼：＿＿＿＿ ｜ 聯絡電話：＿＿＿＿ ｜ 報讀課程：□私家車（自動波） □私家車（棍波） □輕型貨車
        Hi {student_name}，提提你 {lesson_date} {lesson_time} 學車，上車地點：{pickup_point}，請準時。Reply 1 確認。
        親愛的學員：你的路試日期為 [日期]，考試中心為 [中心名稱]，請帶同身份證正本及學習駕駛執照。
        road_test: {center: "KB", vehicle_class: "PC-AT", slot_minutes: 40, max_daily: 48}
        SELECT center, COUNT(*) AS passed FROM road_test_results WHERE result = 'PASS' AND test_date >= '2026-01-01' GROUP BY center;
        HKID_PATTERN = r"^[A-Z]{1,2}[0-9]{6}\\([0-9A]\\)$"  # validate format only, never log the value
        車牌：＿＿ ＿＿＿＿（例：AB 1234） ｜ 車主姓名：＿＿＿＿ ｜ 驗車日期：YYYY-MM-DD
        Dear {owner_name}, your vehicle {plate_no} is due for annual examination on {due_date}. Please book via {booking_url}.
        def pass_written(correct: int, total: int = 30) -> bool: return correct >= 27
        教車師傅日程表 ｜ 時段 ｜ 學員 ｜ 上車地點 ｜ 備註 ｜ 09:00-09:45 ｜ （空） ｜ — ｜ —
        通知範本：閣下的暫准駕駛執照將於＿＿＿＿屆滿，請於屆滿前遞交指定申請表換領正式駕駛執照。
        booking_ref,center_code,test_class,slot_start,status
    """),
    ("zh-Hant", "新聞及公眾人物"): _lines("""
        運輸及物流局局長林世雄表示，政府會增聘駕駛考試主任，以縮短私家車路試輪候時間。
        《頭文字D》主角藤原拓海每朝揸AE86送豆腐落秋名山，練出一手甩尾技術。
        電影《狂野時速》中，Dominic Toretto 嘅道奇戰馬係影迷最熟悉嘅座駕之一。
        卡爾·賓士於1886年為其三輪汽油汽車取得專利，被視為現代汽車的起點。
        咸美頓（Lewis Hamilton）共奪得七屆一級方程式世界冠軍，與舒麥加並列紀錄。
        伊利沙伯醫院附近一段加士居道將於週末晚間封閉，駕駛人士請改道。
        運輸署表示，位於香港仔的駕駛考試中心將於明年起延長週六服務時間。
        憨豆先生（Mr. Bean）駕駛的綠色迷你車，已成為英國喜劇史上最具代表性的道具之一。
        立法會交通事務委員會今日討論駕駛考試輪候時間問題，多名議員要求當局提交改善方案。
    """),
    ("zh-Hans", "内地驾照换领咨询"): _lines("""
        请问内地驾照可以直接换领香港驾照吗？需要在内地持牌多久才符合条件？
        持有内地正式驾驶执照的人士，在符合运输署相关条件下可免试签发香港驾驶执照。
        香港是右舵驾驶、靠左行驶，内地司机过来开车要特别注意转弯和环岛的方向。
        香港路试考官很看重观察，变线前一定要看倒后镜再回头看盲点。
        港车北上计划申请需要提前预约验车，并购买内地认可的车辆保险。
        香港考车的笔试可以选择中文或英文，现场用电脑作答，交卷后马上出成绩。
        香港私家车年检：车龄满6年后每年都要验车，费用大约五六百港币。
        深圳考驾照的科目二和香港路试有什么区别？香港路试好像直接上路考，没有固定场地的桩考。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        學習駕駛執照申請表 ｜ 姓名：CHEUNG KA YAN 張嘉欣 ｜ 香港身份證號碼：G420541(2) ｜ 出生日期：2004-03-17 ｜ 住址：新界沙田瀝源邨祿泉樓1412室 ｜ 電話：6428 1593
        路試結果：考生 梁浩賢 ｜ 私家車（自動波） ｜ 九龍灣考試中心 ｜ 2026-11-28 ｜ 不合格 ｜ 主要錯處：轉線前未有察看盲點、駛近斑馬線未有減速
        陳師傅：@鄧凱琳 聽日 7:15 喺坑口站 A 出口等，今次練斜路起步同三點掉頭，你上次踩錯油門撼咗石壆，今次唔好再咁緊張
        違例記錄查詢結果 ｜ 持牌人：LAU Chi Keung 劉志強 ｜ 駕駛執照號碼：K320958(A) ｜ 累積記分：11分 ｜ 最近違例：2026-08-14 衝紅燈（觀塘道）
        驗車預約：車牌 PL 3827 ｜ 車主 周偉倫先生 ｜ 聯絡電話 9137 2846 ｜ 2026-12-20 09:30 ｜ 車型 Honda Jazz 2017
        投訴信：本人於11月12日上堂時，教車師傅李國雄全程用手機講電話，仲喺我轉錯線時大聲喝罵，要求貴校跟進並更換師傅。
        我個仔何俊傑今日第四次路試終於合格！多謝譚師傅咁有耐性教佢😭
        體格檢驗證明書 ｜ 申請人：黃炳森 ｜ 年齡：73 ｜ 病歷：第二型糖尿病、右眼輕度白內障 ｜ 醫生意見：適合駕駛私家車，建議一年後覆檢
        李嘉豪（身份證 Y967413(4)）因兩年內被記滿15分，經觀塘裁判法院判停牌6個月，由2026年12月1日起生效。
        學員名單 ｜ 1. 鄭詠詩 9821 4063 私家車自動波 已完成18堂 ｜ 2. 馮家明 6173 5820 輕型貨車 待約路試 ｜ 3. 袁嘉朗 5392 7714 私家車棍波 筆試未過
        學費收據 ｜ 學員：吳思敏 ｜ 課程：私家車自動波20堂 ｜ 已收 HK$8,400 ｜ 信用卡 4541 9841 2083 9876
        定額罰款通知書 ｜ 車輛登記號碼：VT 615 ｜ 登記車主：TSANG Wing Hong 曾永康 ｜ 地址：九龍何文田常和街12號文華閣7樓B室 ｜ 違例：在限制區內停車 ｜ 罰款：$400
        大家好我係芷晴，啱啱喺沙田考場又肥咗😭 考官話我過路口冇減速，想搵人夾錢租車練習，WhatsApp 5176 3308
        駕駛改進課程報名 ｜ 姓名：陳美華 ｜ 身份證：D078068(6) ｜ 現有記分：10分 ｜ 課程日期：2027-01-09 ｜ 課程費用 $1,200 已收
        馬浚軒先生，你的暫准駕駛執照（編號 M167193(1)）原定於2027年2月3日屆滿，由於你在暫准期內曾干犯記分罪行，暫准期已延長6個月。
        交通意外摘要：涉事司機葉子豪，23歲，暫准駕駛執照持有人，駕駛私家車 KM 9048 於屯門公路撞向石壆，呼氣測試超標，已被捕。
        教車師傅登記 ｜ 姓名：蘇志明 ｜ 教車執照編號：DI-04127 ｜ 手提：9608 3351 ｜ 住址：元朗朗屏邨玉屏樓2108室 ｜ 可教：私家車、輕型貨車
        學員 林曉彤 ｜ 緊急聯絡人：母親 陳淑芬 ｜ 電話 9452 0718 ｜ 備註：學員有輕微癲癇病史，已按醫生指示停藥兩年
        師傅，學費我已經轉咗去你個FPS 105288374，戶口名 KWOK SAU MAN，唔該check下收到未
        請將快期考試費用 $6,800 存入滙豐 817-249530-833（戶口持有人：區家豪），入數後WhatsApp入數紙俾我
        驗車報告 ｜ 車輛 NX 2271 ｜ 車主：羅志偉 ｜ 結果：不合格（左前輪軚紋深度不足、手掣效能不足） ｜ 須於14日內覆驗
        區展鵬今年10月先攞到P牌，上個月已經俾紅燈相機影咗，佢老婆話再犯就唔准佢揸車。
        考官記錄 ｜ 考生編號 0417 ｜ 姓名：蔡凱琪 ｜ 身份證：E677914(3) ｜ 泊車：觸及標記桿一次 ｜ 路面：未能讓路予行人 ｜ 結果：不合格
        客服工單 #55218 ｜ 用戶 岑子樂（tszlok.shum@yahoo.com.hk）投訴學費被重複扣款兩次共 $480，要求退款至信用卡 5520 3881 8944 4812
        阿爺麥德昌今年81歲，醫生話佢有柏金遜症唔應該再揸車，屋企人決定唔幫佢續牌。
        失物認領：今日下午喺九龍灣考場拾獲身份證一張，持證人朱家寶，號碼 H872084(5)，請到服務台認領。
        黎嘉慧考咗七次路試都未過，佢阿媽話今次再唔過就唔再俾錢佢學車。
        汽車保險續保 ｜ 受保人：譚偉業 ｜ 車牌：UE 88 ｜ 記名司機：譚偉業、莫麗珊 ｜ 過去三年索償：1次（2025年泊車碰撞） ｜ 無索償折扣：40%
        致運輸署：本人方詠恩（身份證號碼 P684005(5)）因移居英國，現申請駕駛執照紀錄證明書，請寄往九龍觀塘秀茂坪邨秀明樓1523室。
        @祁浩森 你架 PX 8823 係咪又俾人抄牌？我頭先喺旺角通菜街見到張告票貼咗喺你擋風玻璃度
        星期六教車表 ｜ 0800 梁卓謙（大圍站B出口） ｜ 0900 伍芷琪（火炭站A出口） ｜ 1000 林凱晴（九肚山路口） ｜ 1100 休息
        換領申請：申請人鍾文傑，持內地駕駛證換領香港駕駛執照，往來港澳通行證號碼 C61748392，香港身份證 R321768(9)
    """),
    "en": _lines("""
        Road test appointment: Candidate CHAN Tsz Hin, HKID C074669(8), Private Car (Manual), Kowloon Bay, 14 Jan 2027 09:20. Bring your learner's licence.
        Hi Mr WONG Kwok Fai, your car LM 6283 failed the exhaust smoke test this morning. Retest slot available Fri 3pm, please confirm.
        Licence conversion: Muhammad Faiz bin Rosli, MyKad 980415-10-5527, Malaysian licence class D, HK address: Room 1206, Block B, Hung Hom Student Hall.
        Hi, this is Sophie Delacroix-Ng (sophie.dng@outlook.com). I booked the 20-lesson auto package but was just diagnosed with vertigo and my doctor says no driving for 3 months. Can I freeze it?
        Driving Improvement Course roster: 1) Ahmed Khan, 12 pts, Sat 9 Jan; 2) LEUNG Mei Ling, 10 pts, Sat 9 Jan; 3) Darren Pereira, 11 pts, Sun 10 Jan
        Applicant: LIN Yu-Ting 林郁婷, Taiwan ID A227364819, converting a Taiwan ordinary car licence; HKID Z174113(7); mobile 9471 2058
        NRIC S9734251B, TAN Wei Ming Marcus, Singapore Class 3 licence holder, requesting direct issue of HK full licence; contact +65 9123 8874 or HK 5961 0347
        To whom it may concern: Mr Oliver Hastings-Fung has taken 32 lessons with me since June and is ready for his road test. He still hesitates at roundabouts.
    """),
    "zh-Hans": _lines("""
        我叫刘思远，身份证号440304199907123186，持广东C1驾照5年，想换领香港驾照，需要准备什么材料？
        客户登记 ｜ 姓名：陈晓婷 ｜ 手机：138 2741 6093 ｜ 港澳通行证：C27493816 ｜ 需求：港车北上验车预约 ｜ 港牌：JT 4410
        林家豪上周在香港考路试又没过，考官说他在环岛没有让车，他妈妈已经给他报了快期。
        报名信息：郑雨欣，女，2001年11月23日出生，身份证440106200111230469，香港大学在读，微信号 yuxin_zh1123，想学自动挡私家车。
        施文杰（身份证350203199603045277）持厦门驾照在港工作，上月在屯门因超速被记3分，罚款$450。
    """),
    "mixed": _lines("""
        Hi 師傅，我係 Cathy Yip 葉嘉敏，下星期三 road test 想加多堂 lesson 練 parallel parking，我 number 係 6825 0391 😊
        Student record ｜ Name: Marco Fernandes-Cheung 張志豪 ｜ HKID: WX672002(A) ｜ Course: Private car auto ｜ Lessons: 24 ｜ Remarks: 色弱，交通燈辨認需再確認
        FYI 我同事 Kenneth Mok 莫家輝上個禮拜因為醉駕被捕，而家停咗牌，公司要搵人代佢送貨。
        Re: 驗車 booking — 車主 Ms Chloe Yuen 袁樂兒，plate KT 5097，email chloeyuen.hk@gmail.com，改期至 28/12 14:00 thanks
        學車群組 admin：歡迎新 member Winnie 黃慧敏（西貢）同 Jason Lui 呂子健（將軍澳），兩位都係下個月考筆試。
        Instructor log 3/12：學員 Jeffrey Ho 何卓峰 第二次上堂，自動波基本操作OK，但右轉時成日切線，下堂練路口。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "幫我寫封投訴信俾駕駛學校，我係梁綺雯，身份證 A367378(5)，電話 9284 6105。"),
        ("assistant", "可以。請問你想投訴哪方面？例如教車師傅的態度、課堂時間，還是收費問題？"),
        ("user", "師傅成日遲到半個鐘，但照計足一堂錢，上個月已經遲咗四次，我想要求退返兩堂學費。"),
    ],
    [
        ("user", "我阿媽周玉芬今年72歲，上個月中咗風，左手仲未完全有力。"),
        ("assistant", "希望她早日康復。請問你想了解哪方面的資料？"),
        ("user", "佢張車牌下個月到期，佢仲堅持要續，醫生會唔會簽體檢表俾佢？我好擔心佢揸車出事。"),
    ],
    [
        ("system", "你是「安達駕駛學校」的預約助理，協助學員安排課堂時間。"),
        ("user", "你好，我想報私家車自動波，星期六朝早得閒。"),
        ("assistant", "好的，請提供你的姓名及聯絡電話，我們會安排師傅聯絡你。"),
        ("user", "彭俊熙，6317 2904，住大埔廣福邨，最好喺大埔墟站上車。"),
    ],
    [
        (
            "user",
            "我收到張告票，寫住車輛登記號碼 GV 3106，登記車主 徐嘉俊，話我喺彌敦道違例停車罰 $400。",
        ),
        ("assistant", "你可以在限期內繳付罰款，或者如有理據，可按告票上的指示以書面提出爭議。"),
        ("user", "但嗰日我架車明明借咗俾我表弟，佢冇牌㗎，咁點算好？"),
    ],
    [
        ("user", "help me write a WhatsApp msg to my instructor 譚師傅"),
        ("assistant", "Sure, what would you like to tell him?"),
        (
            "user",
            "tell him Lok Sze Wan (that's me) failed the road test again today at Ho Man Tin, examiner said I rolled back on the hill start, and I want 3 more lessons before the retest on 9 Feb",
        ),
    ],
    [
        (
            "user",
            "你好，我是内地来港工作的，叫黄志鹏，身份证号码 440303199208065734，深圳的C1驾照开了八年。",
        ),
        ("assistant", "为保护个人资料，建议你不需要在对话中提供身份证号码。请问你想咨询什么？"),
        (
            "user",
            "好的。我想问内地驾照换香港驾照，我手机是 139 2584 7061，运输署会打电话通知我吗？",
        ),
    ],
    [
        (
            "user",
            "I'm Hannah Whitfield, just moved to Hong Kong on a work visa. My HKID is V325303(1).",
        ),
        ("assistant", "Welcome to Hong Kong. How can I help you with your driving licence?"),
        (
            "user",
            "My UK licence expired last year, so I think I need a learner's licence. I live at Flat 9C, 18 Conduit Road, Mid-Levels. Which test centre is closest?",
        ),
    ],
    [
        ("user", "我朋友鄺志達琴晚飲完酒仲堅持揸車返屯門，結果喺屯門公路俾警察截停，吹波波超標。"),
        ("assistant", "酒後駕駛屬嚴重罪行，定罪後一般會被停牌及須修讀駕駛改進課程。"),
        ("user", "佢係揸貨車搵食㗎，停牌就冇收入，仲有兩個細路要養，有冇方法求情？"),
    ],
    [
        ("system", "You are a booking assistant for a car testing centre."),
        (
            "user",
            "Need to book annual inspection for my car, plate MH 7752, owner name Derek Kwan Chun-yin.",
        ),
        (
            "assistant",
            "Thank you. Which date and time would you prefer, and where should we send the confirmation?",
        ),
        ("user", "Thursday morning please, send it to derek.kwancy@gmail.com"),
    ],
    [
        ("user", "填學習駕駛執照申請表，有一欄問有冇癲癇症，我應唔應該剔？"),
        (
            "assistant",
            "申請表上的健康申報必須如實填寫，虛報可能觸犯法例。如有疑問可先諮詢你的醫生。",
        ),
        (
            "user",
            "我叫施穎琳，身份證 S328813(9)，三年前確診癲癇，而家食緊藥已經兩年冇發作，咁樣仲可唔可以學車？",
        ),
    ],
]
