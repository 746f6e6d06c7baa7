# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh266: 繁體中文（台灣）安親班與課後照顧（接送登記、作業簽名、家長聯絡、收費、老師排班、LINE 群組）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh266
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "家長公告"): _lines("""
        【小樹苗文理安親班】親愛的家長您好：本週五（12/12）因教師研習，下午4:30提早放學，請於4:20至5:00間至一樓櫃台完成接送簽退，如需延托請先來電 02-2365-7788。
        寒假營隊報名開跑！1/20–2/7 週一至週五 8:00–18:00，含午餐及點心，早鳥優惠至12/31止，詳洽 LINE 官方帳號 @xsmkids 或櫃台分機 12。
        提醒：依規定接送人須與接送卡登記資料相符，臨時委託他人接送請於當天下午3點前以聯絡簿或官方帳號告知，未事先登記者一律不放行，敬請見諒。
        本月共讀書目：林良《小太陽》、幾米《星空》、安徒生《醜小鴨》、E. B. 懷特《夏綠蒂的網》，讀完請在閱讀護照蓋章，集滿10章可兌換文具一份。
        因應流感高峰，即日起入班前一律量額溫，37.5°C 以上請家長帶回就醫；疾管署防疫專線 1922、臺北市 1999 市民當家熱線皆可諮詢。
        12/20（六）上午10:00 於臺北市立圖書館總館（大安區建國南路二段125號）B1 親子室舉辦說故事活動，免費參加，名額40名，額滿為止。
        教室搬遷通知：自2026年1月5日起，本班遷至新北市板橋區文化路一段188巷10號2樓（近捷運府中站1號出口），原電話停用，新總機 (02)2968-3355。
        本班立案字號：北市教終字第1130012345號，立案證書及消防安全檢查合格證明公告於一樓大廳；公共意外責任險每人投保金額新臺幣300萬元。
        期末成果發表會訂於 1/17（六）14:00 在國立臺灣藝術教育館（中正區南海路47號）演藝廳舉行，每位學童限兩位家長入場，請向櫃台索取入場券。
        颱風停班停課依行政院人事行政總處公告為準；若臺北市宣布停課，本班當日同步停托，已繳之當日餐費將於下月繳費單中扣抵，補課日期另行公告。
        聯絡簿簽名提醒：每日作業請家長檢查後於「家長簽名」欄簽章，連續三天未簽名者，導師將以官方帳號個別提醒，不另行電話聯繫，敬請家長配合。
        統一發票開立說明：學費可開立三聯式發票，請於繳費時提供公司統編；本班統一編號 83571246，電子發票於每月10日前寄送至登記信箱。
        校車路線調整：東園國小→中正國小路線自下週一起改為 15:50 發車，行經和平西路三段、西園路二段，如遇延誤請撥車輛調度專線 0800-588-123。
    """),
    ("zh-Hant", "收費價目表"): _lines("""
        【115學年度上學期收費表】全日安親（國小1–2年級）每月 NT$7,800；半日安親（放學後至18:00）NT$6,200；延托至19:30 每小時 NT$150，以15分鐘為單位計算。
        餐費：晚餐每餐 NT$75、點心每份 NT$30，月繳以實際上課日計算；素食餐、清真餐需於前一週預訂，恕不接受當日更改。
        材料費一學期 NT$1,200（含作業簿、美勞材料、閱讀護照），教材對應康軒、翰林、南一三版本，另購評量每本 NT$180–NT$260。
        兄弟姊妹同時就讀，第二位學費九折、第三位八五折，不得與早鳥方案併用；低收入戶及中低收入戶憑公所證明文件可申請減免50%。
        暑期營隊：8週方案 NT$32,000、4週方案 NT$17,500、單週 NT$4,800；含戶外教學車資與團體保險，不含自費參觀門票。
        才藝加購：樂高機器人每期8堂 NT$3,600、珠心算每月 NT$1,500、英文繪本共讀每月 NT$1,800、書法每月 NT$1,200，皆含材料費。
        繳費方式：臨櫃現金、信用卡一次付清（VISA／Master／JCB）、ATM 轉帳至繳費單上之虛擬帳號、LINE Pay 或街口支付，手續費由本班吸收。
        退費標準：開課日前申請退費者退還九成，實際上課未逾全期三分之一者退還二分之一，逾三分之一者不予退費，餐費按未用餐天數退還。
        接送車資：單程每月 NT$1,000、來回每月 NT$1,800，服務範圍限大安、中正兩區，距離超過3公里者每月另加 NT$300。
        品名：課後照顧月費-低年級｜料號 ASC-L-2601｜單價 7,800｜數量 1｜稅額 371｜合計 7,800（含稅）｜備註 一月份
        2026年1月起調整：因基本工資調升至每月 NT$29,500，全日安親月費調漲 NT$300，半日方案維持不變，已預繳整學期者不受影響。
        寒假作業輔導班：1/21–2/6 共12天，每日 13:30–17:30，費用 NT$5,400（含點心），報名表請於12/26前交回櫃台並繳交訂金 NT$1,000。
        發票號碼 QK-20481375｜開立日期 2026/01/05｜賣方 向日葵課後照顧中心（統編 90214587）｜品項 一月份照顧費 ×1｜總計 NT$6,950
    """),
    ("zh-Hant", "員工群組訊息"): _lines("""
        [LINE 群組｜小樹苗教師群] 各位老師早安，今天三年級有數學小考，考卷放在二樓辦公室第二格抽屜，改完請把分數登在系統，不要寫在白板上喔。
        提醒今天輪值：14:00–16:00 A班老師帶寫作業、16:00–17:30 B班老師負責訂正、17:30 後由櫃台負責簽退，有異動請在群組 +1 回覆。
        冷氣師傅下午兩點來洗濾網，一樓教室先移到三樓上課，三樓鑰匙在櫃台的藍色盒子，用完記得放回去，下午四點前會清完，謝謝大家配合。
        收到，明天早上我先去大潤發補貨：點心餅乾6箱、衛生紙3串、酒精乾洗手4瓶，收據拍照上傳到記事本的「採購」相簿，月底一起跟會計對帳。
        12月薪資條已上傳到雲端「人事」資料夾，有疑問請直接私訊主任，不要在大群組討論金額；勞健保扣款明細另附在同一個檔案，謝謝大家配合。
        明天家長日流程：13:30 場佈、14:00 報到、14:30 主任致詞、15:00 分班座談、16:30 收場，請各班導師準備一頁班級經營簡報。
        今天校車回程塞在基隆路，預計晚15分鐘到，請櫃台先在官方帳號發一則延遲通知給二年級搭車的家長，到站後我再回報一次，請大家先安撫等車的小朋友。
        消防演練改到週四下午4點，逃生路線是從後門樓梯下到一樓，再集合到對面的公園，請各班先跟小朋友講解一次，當天停止延托15分鐘。
        系統提醒：本週作業簽名完成率 一年級 92%、二年級 88%、三年級 76%，三年級導師麻煩在聯絡簿上加強提醒一下，週五前要回報改善狀況。
        有人知道印表機碳粉型號嗎？機器是 HP LaserJet Pro M404dn，碳粉是 CF276A，我在 momo 上看到一盒 NT$2,390 含運。
        下週排班更動：週二晚班改由兼任老師補位，週三早班由主任代課，最新排班表已更新在 Google 試算表第3頁，換班請至少提前兩天在群組提出。
        今天有小朋友在頂樓跌倒擦傷膝蓋，已擦藥並填寫事故紀錄單，家長接送時也當面說明了，紀錄單放在保健箱上面，明天早班老師記得歸檔並回報主任。
        寒假營隊目前報名48人，上限60人，明天開始在臉書粉專和官方帳號再推一波，文案我寫好放在共用雲端「行銷」資料夾了，大家有空幫忙看一下錯字。
    """),
    ("zh-Hant", "法規條文"): _lines("""
        依《兒童課後照顧服務班與中心設立及管理辦法》，課後照顧服務中心每招收學生15人應置課後照顧服務人員1人，未滿15人者以15人計。
        課後照顧中心之室內活動面積，每生不得少於1.5平方公尺；室外活動面積每生不得少於2平方公尺，但得以鄰近之公園、學校操場替代。
        課後照顧服務人員應於到職前接受180小時之專業訓練，並每年參加在職訓練至少18小時；課程內容由直轄市、縣（市）主管機關核定。
        中心應為所收學生投保團體保險，並於明顯處所公告收費項目、數額及退費基準；收費調整應於學期開始前一個月報直轄市、縣（市）主管機關備查。
        依《兒童及少年福利與權益保障法》第53條，教育人員、保育人員等於執行業務時知悉兒童受虐，應立即向主管機關通報，至遲不得超過24小時。
        《個人資料保護法》第19條：非公務機關對個人資料之蒐集或處理，除第六條第一項所規定資料外，應有特定目的，並符合法定情形之一。
        未經許可擅自招收學生辦理課後照顧者，由直轄市、縣（市）主管機關依相關規定處以罰鍰，並令其限期停止招生及妥善安置已收學生。
        補習班招生廣告應載明立案名稱及立案字號，不得以虛偽不實或引人錯誤之內容招攬學生，違者由直轄市、縣（市）主管機關命其限期改正，屆期未改正者得處罰鍰。
        香港社會福利署「課餘託管收費減免計劃」為低收入家庭6至12歲兒童提供全免或半免收費名額，申請須經營辦課餘託管服務的機構辦理。
        本中心接送規章第4條：學生離班應由家長或其書面授權之接送人親自簽名領回；國小低年級學生不得單獨離班返家，特殊情形須家長事先簽署同意書。
        提供餐點之課後照顧中心，廚房應符合《食品良好衛生規範準則》，食材來源紀錄應保存至少兩年，並配合衛生局不定期稽查及每學期之廚房環境檢查。
        澳門教育及青年發展局規定，私人補充教育服務（補習社）須取得准照方可經營，場所須符合消防及衛生要求，導師資料須向局方登記。
        本中心規章第12條：學生個人資料僅供接送核對、緊急聯絡及保險投保使用，離班滿一年後由行政人員依保存期限銷毀並留存銷毀紀錄。
    """),
    ("en", "faq"): _lines("""
        Q: What are your operating hours? A: Our student care centre at Blk 123 Tampines Street 11 #01-45 is open Mon–Fri 7:00am–7:00pm and Sat 7:00am–1:00pm, closed on public holidays.
        Q: Can I get fee assistance? A: Singapore Citizen families within the income criteria may apply for the Student Care Fee Assistance (SCFA) scheme through ComCare; ask our front desk for the form.
        Q: How do I tell you about an early pick-up? A: Message the centre WhatsApp line at +65 6789 2310 before 2pm or write it in the communication book; staff will check the collector's ID at the door.
        Q: Do you help with homework from all schools? A: Yes, our tutors follow the MOE syllabus for Primary 1 to 6, check homework daily, and parents sign the homework log each evening.
        Q: What is your refund policy? A: One month's written notice is required for withdrawal; the deposit of S$350 is refunded within 30 days after the last day of attendance.
        Q: Are meals halal? A: Lunch and tea break come from a MUIS-certified caterer; the weekly menu is posted on our noticeboard and at www.sunflowerkids.com.sg/menu every Friday.
        Q: Is your centre registered? A: Yes, Sunflower Kids Student Care Pte. Ltd. is registered under UEN 201834567K and keeps a staff-to-student ratio of 1:25 for Primary 1–2.
        Q: How do I join the parents' LINE group at the Taipei branch? A: Scan the QR code at the front desk or add our official account @xsmkids; the group is for announcements only.
        Q: What happens on a typhoon day in Taiwan? A: We follow the DGPA announcement; if Taipei City suspends classes, the centre closes and the daily meal fee is credited to next month's bill.
        Q: Can grandparents pick up my child? A: Yes, if they are listed on the authorised collectors form; we accept up to four collectors per child and update the list within one working day.
        Q: What should my child bring? A: A water bottle, a change of clothes, a homework folder and an EZ-Link card for excursions; please label items with the class code sticker we provide.
        Q: Who do I contact about invoices? A: Email accounts@sunflowerkids.com.sg with your invoice number (e.g. INV-2026-00418); we reply within two working days.
        Q: Do you run holiday programmes? A: Yes, our December camp runs 8–19 Dec 2026 with a trip to the Science Centre Singapore and the National Library at 100 Victoria Street; fees are S$420 per week.
    """),
    ("zh-Hans", "系统日志"): _lines("""
        2026-12-07 16:02:11 INFO [checkin] 闸机 GATE-02 同步完成，今日签到 126 人次，签退 0 人次，耗时 842ms，node=tg-edge-01
        2026-12-07 17:45:03 WARN [pickup] 接送核验队列积压 37 条，worker=pickup-svc-3 正在重启，预计 30s 内恢复，告警已推送运维群
        2026-12-07 18:30:00 INFO [billing] 生成 12 月账单 218 份，批次号 BILL-202612-0007，总额 ¥1,364,200.00，已推送至微信服务号
        2026-12-07 09:12:44 ERROR [sms] 短信网关返回 code=isv.BUSINESS_LIMIT_CONTROL，模板 SMS_28841023 触发限流，已切换备用通道
        [cron] 0 21 * * 1-5 /opt/tuoguan/bin/homework_reminder --class=ALL --dry-run=false ；上次执行 2026-12-05 21:00:02 状态 success
        2026-12-07 15:30:27 INFO [schedule] 教师排班表 v2026.12.2 已发布，共 14 个班次，冲突 0 条，操作人 role=admin，来源 web-console
        2026-12-07 19:05:18 INFO [wechat] 群发消息 msg_id=2247483921 送达 412/415，失败 3（用户已取消关注），模板=托管日报
        2026-12-07 16:48:09 DEBUG [homework] 作业签名 OCR 任务 job-7f3a9c 完成，识别率 96.4%，低置信度 5 张已转人工复核
        2026-12-07 20:00:00 INFO [backup] mysqldump tuoguan_prod 完成 2.31GB，sha256=9f2c4e1a7b6d30e8，已上传 oss://tg-backup/2026/12/07/
        2026-12-07 11:20:41 WARN [payment] 微信支付回调验签失败 out_trade_no=TG20261207112039871，已进入重试队列 1/5
        2026-12-07 17:02:55 INFO [temperature] 红外测温终端 IR-A1 上报异常体温 1 次（37.8℃），已按预案通知值班老师，记录编号 TMP-20261207-0031
        版本发布 tuoguan-server 3.8.1：修复接送二维码 10 分钟过期后仍可扫码的问题；新增家长端「临时代接」审批流；迁移脚本 V202612071__add_pickup_audit.sql
        2026-12-07 18:59:59 INFO [attendance] 延时托管统计：一年级 23 人、二年级 19 人、三年级 11 人，19:30 后仍在班 2 人，已按流程电话通知家长
    """),
    ("mixed", "config_and_code"): _lines("""
        pickup_policy.yaml → max_authorized_collectors: 4  # 每位學童最多登記4位接送人 ; require_photo_id: true ; qr_ttl_minutes: 10 ; late_grace_minutes: 5
        CSV 表頭：student_code,class_id,grade,pickup_window_start,pickup_window_end,allergy_flag,homework_signed,collector_count,updated_at
        .env.example：LINE_CHANNEL_ID=2006123456 ; LINE_CHANNEL_SECRET=<your-channel-secret> ; WEBHOOK_URL=https://api.example-anqin.tw/line/webhook
        def late_fee(minutes: int) -> int: return max(0, -(-minutes // 15)) * 40  # 延托每15分鐘 NT$40，不足15分鐘以15分鐘計
        SELECT class_id, COUNT(*) AS signed FROM homework_sign WHERE sign_date = '2026-12-07' AND signed_by_parent = 1 GROUP BY class_id ORDER BY class_id;
        { "center_id": "TPE-DA-003", "name": "向日葵課後照顧中心", "capacity": 90, "ratio": "1:15", "license_no": "北市教終字第1130098765號" }
        shifts: [{ name: "早班", start: "07:30", end: "12:30" }, { name: "晚班", start: "12:00", end: "19:30" }]  # 教師排班預設值，可在後台覆寫
        TW_MOBILE_PATTERN = "^09[0-9]{8}$"  # 只驗證格式，不儲存原始號碼；前端顯示一律遮罩後四碼以外的數字
        git log --oneline：a3f91c2 fix(pickup): 接送 QR 碼逾時後仍可簽退 (#482) ／ 7be0d14 feat(billing): 支援 LINE Pay 退款 API v3 ／ 51c2e09 chore: bump next 14.2.5
        crontab：30 17 * * 1-5 node scripts/send-homework-reminder.js --channel=line --template=HW_SIGN_REMINDER_V2 --tz=Asia/Taipei
        docker-compose：image: postgres:16.4-alpine ; environment: POSTGRES_DB=anqin_prod, POSTGRES_USER=app, POSTGRES_PASSWORD=changeme ; ports: "5432:5432"
        zh-TW.json："pickup.confirm": "確認由 {collectorName} 於 {time} 接走 {studentName}？", "hw.sign.missing": "本日作業尚未簽名，請家長確認"
        ALLERGY_CODES = {"PN": "花生", "SF": "海鮮", "EG": "蛋", "MK": "牛奶", "GL": "麩質"}  # 過敏代碼表；學童實際資料存於加密欄位 allergy_enc
    """),
    ("zh-Hant", "商家評論"): _lines("""
        ★★★★★ 這間安親班的櫃台很細心，接送都要刷卡加核對接送卡，晚一點到也會先傳官方帳號訊息提醒，孩子讀了兩年，真的很安心。
        ★★☆☆☆ 收費表寫月費7,800，結果材料費、冷氣費、點心費另外算，一個月下來快一萬，建議直接把每個月的總價寫清楚，不然家長很難比較。
        ★★★★☆ 環境乾淨，教室在二樓採光很好，就在捷運古亭站2號出口旁邊，唯一缺點是放學時段門口機車很多不好停，建議搭捷運來接。
        ★★★★★ 老師們會把作業訂正完才讓家長簽名，聯絡簿每天都有評語，比之前那間只負責顧小孩的好太多了，學期末成績也有進步。
        ★☆☆☆☆ 打了三次總機 (02)2700-1234 都沒人接，LINE 官方帳號也已讀不回，想問寒假營隊的名額根本問不到。
        ★★★★☆ 附近的「阿忠麵線」和「林媽媽手工水餃」是安親班小朋友下課常去的店，價格實在，一碗小的才45元，老闆對學生也很照顧。
        ★★★★★ 暑期營隊帶孩子去國立臺灣科學教育館和兒童新樂園，行程安排用心，回來還有學習單跟活動照片分享（臉都有打馬賽克）。
        ★★★☆☆ 課後照顧的時段OK，但晚餐偏油，希望菜單可以多一點青菜；另外延托費每小時150有點貴，建議調降或改成月繳方案。
        ★★★★★ 英文繪本課用 Eric Carle 的《好餓的毛毛蟲》和 Dr. Seuss 的《戴帽子的貓》，孩子回家會自己唸，很有成就感。
        ★★☆☆☆ 接送車上週晚到快半小時也沒通知，打去總機才說塞車，希望能像別家一樣提供校車即時定位，不然冬天帶著弟弟在路口等真的很冷。
        店家回覆：感謝您的建議，本班已於12月起在官方帳號 @sunflower-asc 提供校車即時位置，如有問題歡迎來電 02-2700-5566 分機 3，將由專人處理。
        ★★★★☆ 跟何嘉仁、吉的堡那種全美語比起來，這間比較偏課業輔導，但作業盯得很緊，適合需要有人陪寫功課的孩子，月費也比全美語便宜不少。
        ★★★★★ 主任很會溝通，家長座談把班級規則、收費、退費標準都講清楚，還附上教育局立案證書影本和公共意外險保單，專業度滿分。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        接送登記：學生 陳宥辰（二年甲班）今日改由外婆 林秀琴 接回，外婆手機 0928-615-372，請核對身分證後再放行。
        林太下午在 LINE 私訊說她先生上個月被公司裁員，這學期學費想分三期繳，目前還欠 NT$15,600，請先不要在群組提醒她。
        家長通訊錄：黃柏翰｜父 黃建國 0933-208-517｜母 吳佩玲 0910-774-269｜住址 新北市中和區景平路512巷7弄3號4樓
        緊急聯絡卡｜學童 許語彤｜身分證 F218173869｜血型 O｜過敏：花生、奇異果｜緊急聯絡人 許志偉（父）0955-381-604
        阿哲媽媽說阿哲上週被診斷出注意力不足過動症，醫生開了專思達，每天中午要在班上吃一顆，藥放在櫃台，請老師幫忙記錄服藥時間。
        重要！蔡宜蓁的父母正在辦離婚，法院已核發保護令，父親 蔡明宏 不得到班接送，如看到他出現請立刻撥110並通知母親。
        作業簽名異常：三年乙班 張芷晴 聯絡簿上的家長簽名字跡和前幾週明顯不同，疑似自己簽的，請導師今晚打給媽媽 0987-442-150 確認。
        兼任老師 鄭雅文 12月時數 86 小時 × NT$220 = NT$18,920，扣勞保 NT$523、健保 NT$390，實領 NT$18,007，匯入郵局局號 0101234 帳號 0567890。
        車牌 BLR-5821 的白色 Toyota Sienta 是 李承恩 爸爸 李冠廷 的車，他每週二、四來接，其他人開這台車來請先打電話確認。
        林老師已經懷孕五個月了，下學期想調成只上早班，她拜託先不要讓家長知道，排班表上幫她標記為「個人因素」就好。
        簽退紀錄 2026/12/05 18:42｜學童 吳宥廷｜接送人 吳淑芬（母）｜身分證末四碼 6723｜簽名✓｜延托12分鐘｜加收 NT$40
        家長 周先生 來電抱怨兒子 周品睿 在班上被同學推倒，額頭縫了三針，他說要提告，請主任明天上午回電 0921-583-046。
        轉帳確認：戶名 劉怡君，國泰世華 013 帳號 0185-0677-4213，12/03 匯款 NT$8,400（11月全日安親＋餐費），學童 劉晨希。
        阿嬤說小宇每天回家都喊肚子痛，檢查是胃食道逆流；她一個人帶孫子，小宇爸爸還在監獄服刑，媽媽已經很久沒聯絡了。
        新生報名表｜姓名 葉子涵｜生日 2018/04/17｜仁愛國小二年級｜戶籍地址 臺北市大安區安和路一段78巷15號3樓｜父 葉俊傑 0912-406-883
        請注意：何柏宇有癲癇病史，發作時不要塞東西到他嘴裡，讓他側躺並計時，超過5分鐘立刻叫119，媽媽手機 0968-203-571。
        校外教學保險名冊：蘇品妍／女／2017-09-02／身分證 H269011285／健保卡號 0000 4827 3561／監護人 蘇文彬
        @曾太太 您家恩綺今天數學考卷只考了42分，上課一直哭說不想回家，想跟您約時間聊一下家裡最近的狀況，方便嗎？
        欠費名單（勿外流）：楊承翰 家長 楊志明 欠10、11月學費共 NT$15,600，已催繳三次，打 0932-117-845 都不接。
        排班異動：郭佩珊老師 12/10–12/24 請病假，乳癌術後要做化療，三年甲班由代課老師接手，請大家不要在家長面前提起。
        接送登記補充：陳家豪（學童 陳芊妤 的舅舅）騎灰色光陽機車，車牌 NGK-2706，每週五下午五點半來接。
        家長信箱更新：謝承佑的媽媽 謝美玲 新 email 為 hsieh.meiling0721@gmail.com，之後電子收據請改寄這個信箱。
        請今天下午五點前回撥 0975-628-314，孩子發燒38.6度，目前在保健室休息等您來接。
        接送卡補件：接送人身分證字號 P209532106 已核對無誤，照片已拍存於接送系統，下週起可單獨接送。
        家長同意書：本人 邱信宏 不同意孩子 邱子睿 的照片刊登於粉專及 LINE 社群，如已上傳請立即移除。簽名：邱信宏 2026/09/01
        兼任老師 廖婉婷，身分證 D242497287，住臺南市東區崇學路100巷6號，聘期 2026/02/01–2026/07/31，時薪 NT$210。
        家長私訊：我是吳欣怡的媽媽，她爸爸喝酒後會打人，這週我們暫住在社會局安排的庇護所，拜託不要告訴任何人她在你們這裡。
        LINE 群組「小芸媽咪」：我們家小芸今天發燒請假，醫生說是A型流感，麻煩老師幫忙登記一下，作業明天再補🙏
    """),
    "zh-Hans": _lines("""
        托管班接送登记：学生 王梓涵（三年级2班），今日由爷爷 王建军 来接，身份证号 110105195803146771，手机 139 1024 5586。
        家长 陈女士 反映女儿 李欣怡 午托时被老师罚站一个小时，要求退还本月托管费 ¥2,380，并称已向区教育局投诉。
        张老师本月工资条：基本工资 ¥4,800，课时费 ¥1,650，扣社保 ¥512，实发 ¥5,938，工资卡 招商银行 6214 8301 2345 6789。
        刘浩然妈妈说孩子有蚕豆病（G6PD缺乏症），午饭绝对不能有蚕豆，也不能用樟脑丸和含薄荷的东西，请食堂特别注意。
        缴费记录导出：2026-12-03,赵一鸣,四年级1班,晚托+午餐,¥3,150,微信支付,交易单号 4200001987202612031234567890
        @孙浩宇爸爸 您两个月的托管费 ¥4,760 还没交，我们打 188 2736 4019 一直没人接，下周再不交孩子就暂时不能来了。
        报名表：姓名 黄子轩，出生日期 2017-11-05，住址 深圳市南山区桃园路88号阳光小区5栋1203，监护人 黄伟，身份证 440305198709229926。
        托管老师周敏在朋友圈发了学生吴佳怡被家暴留下的伤痕照片，家长已经报警，请大家不要转发，也不要在群里讨论。
        周五接送：车牌 粤B·D85276 的白色比亚迪是 林晨曦 爸爸 林国栋 的车，其他车辆来接一律先打电话跟妈妈确认。
    """),
    "en": _lines("""
        Authorised collector form: Tan Wei Ling (mother), NRIC S8734512B, mobile +65 9123 8472, for Ethan Tan Jun Hao, P3, Pasir Ris Primary.
        Hi teacher, this is Jason's mum. Jason Lim was just assessed with mild dyslexia at KKH, so please give him extra time on spelling and don't read his marks aloud.
        Fee arrears: Mr Rajesh Kumar owes S$1,280 for Oct–Nov student care fees; he lost his job in September and asked for a six-month payment plan.
        Please note Chloe Ng's parents are separated; only her mother Vivian Ng (9184 6023) may collect her. The father is not authorised under the court order of 3 Nov 2026.
        Payslip Nov 2026 – Nurul Aisyah binti Hassan, Student Care Officer: gross S$2,650, CPF employee S$530, net S$2,120, credited to POSB 123-45678-9.
        Late pick-up log 2026-12-04 19:41: Aiden Goh collected by his uncle Marcus Goh, FIN G5532871X, 41 minutes late, S$20 late fee charged to the family.
        Parent email: please update my contact to priya.menon82@yahoo.com and my new address Blk 456 Jurong West Street 42 #08-113, Singapore 640456. – Priya Menon
        Ms Joanne Lee (P4 tutor) told the manager she is 14 weeks pregnant and wants no late shifts after February; please keep this confidential.
    """),
    "mixed": _lines("""
        接送 update：Kayden 今天 by 外籍看護 Maria Santos 接，她的居留證號 F873933301，手機 0970-358-126，麻煩櫃台 check 一下照片。
        Hi 老師，我是 Olivia Chang 的 mom，她最近 panic attack 很頻繁，psychiatrist 說先不要給她太多作業壓力，thanks a lot！
        Invoice 寄送：Parent Kevin Huang 黃凱文，email kevin.huang.tw@outlook.com，學童 Huang Yu-Xuan，11月 fee NT$7,800 still unpaid，已 remind 兩次。
        LINE 群組「Emma 媽」：我們 Emma Wu 下週開始要在台大醫院做化療三個月，所以安親班先暫停，學費可以 refund 嗎？
        課餘託管申請 After-school care：陳浩賢 Chan Ho Yin，HKID K482615(9)，住址 新界屯門友愛邨愛德樓1523室，家庭月入 HK$18,000，申請全免。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是小樹苗文理安親班的行政助理，協助櫃台撰寫給家長的 LINE 訊息，語氣親切有禮，使用繁體中文。",
        ),
        (
            "user",
            "幫我寫一則私訊給林秀琴女士（外孫陳宥辰，二年甲班），提醒她11月全日安親 NT$7,800 和餐費 NT$1,500 還沒繳，她手機 0928-615-372，如果不方便可以分兩期。",
        ),
        (
            "assistant",
            "林女士您好，我是小樹苗安親班櫃台。想跟您溫馨提醒，宥辰11月份的全日安親費 NT$7,800 及餐費 NT$1,500，目前系統尚未收到款項。若一次繳納不方便，可以分兩期繳交，歡迎回覆此訊息或來電櫃台討論。謝謝您！",
        ),
        ("user", "很好，結尾再加一句週五前回覆即可。"),
        (
            "assistant",
            "林女士您好，我是小樹苗安親班櫃台。想跟您溫馨提醒，宥辰11月份的全日安親費 NT$7,800 及餐費 NT$1,500 目前尚未收到款項，若一次繳納不方便可分兩期繳交。麻煩您於本週五前回覆即可，謝謝您！",
        ),
    ],
    [
        (
            "user",
            "請把下面資料整理成接送登記表：學童 何柏宇，接送人1 何俊男（父）0968-203-571，接送人2 鄭玉蘭（外婆）0915-630-482，備註 有癲癇病史。",
        ),
        (
            "assistant",
            "接送登記表 學童：何柏宇 接送人1：何俊男（父）｜0968-203-571 接送人2：鄭玉蘭（外婆）｜0915-630-482 備註：有癲癇病史，發作時請讓其側躺並計時，超過5分鐘撥119。",
        ),
        ("user", "備註可以寫得更簡短嗎？要貼在櫃台。"),
        (
            "assistant",
            "可以，建議貼在櫃台內側、家長看不到的位置：「何柏宇：癲癇史，發作側躺計時，逾5分鐘撥119並通知父 0968-203-571。」",
        ),
    ],
    [
        (
            "system",
            "You help the director of an after-school center in Taipei plan teacher shifts. Reply in Traditional Chinese.",
        ),
        (
            "user",
            "郭佩珊老師 12/10 到 12/24 要請病假做化療，她原本是週一到週五 14:00–19:30 的三年甲班導師，代課老師只能上到 18:00，幫我排一下。",
        ),
        (
            "assistant",
            "建議如下：14:00–18:00 由代課老師帶三年甲班；18:00–19:30 延托時段併入三年乙班，由乙班導師看顧，櫃台協助簽退。排班表上將郭老師的假別標示為「請假」即可，不需寫明病因，以保護她的隱私。",
        ),
        ("user", "好，那家長問起要怎麼說？"),
        (
            "assistant",
            "可以統一回覆：「郭老師因個人因素請假至12/24，期間由代課老師負責課業指導，如有任何問題歡迎與主任聯繫。」不要提及化療或病情。",
        ),
    ],
    [
        (
            "user",
            "我們班有個學生蔡宜蓁，媽媽拿了法院保護令過來，爸爸蔡明宏不能接她。如果他跑來安親班鬧，我們應該怎麼處理？",
        ),
        (
            "assistant",
            "建議：1. 將保護令影本存檔，並在接送系統把蔡明宏先生標記為禁止接送；2. 若他到場，不要讓孩子與他接觸，請孩子留在教室內；3. 立即撥打110，並通知母親；4. 事後填寫事件紀錄，保留監視器畫面。",
        ),
        ("user", "要不要把保護令貼在櫃台讓所有老師看？"),
        (
            "assistant",
            "不建議公開張貼，因為裡面有家庭與個人資料。可以只讓櫃台與主任知道，並在內部系統標記「此學童接送限制，詳見主任」，需要時再出示影本。",
        ),
    ],
    [
        (
            "system",
            "以下為向日葵課後照顧中心的內部家長資料，僅供整理使用：謝承佑｜母 謝美玲｜hsieh.meiling0721@gmail.com｜0922-417-305｜住 臺北市中正區汀州路三段160巷4號2樓｜12月學費未繳 NT$6,950",
        ),
        ("user", "請幫我寫一封催繳 email 給這位家長，不要太兇。"),
        (
            "assistant",
            "主旨：向日葵課後照顧中心 12月份照顧費繳費提醒 謝媽媽您好： 感謝您一直以來對承佑的照顧與支持。提醒您，12月份照顧費 NT$6,950 目前尚未入帳，若您已完成繳費請忽略此信；如需分期或有任何問題，歡迎回信或來電。 向日葵課後照顧中心 敬上",
        ),
        ("user", "寄到哪個信箱？"),
        ("assistant", "請寄到 hsieh.meiling0721@gmail.com。"),
    ],
    [
        ("system", "你是深圳一家托管班的客服助手，请用简体中文回答。"),
        (
            "user",
            "有个家长陈女士投诉，说她女儿李欣怡午托的时候被老师罚站一小时，要退这个月的托管费 ¥2,380，还说已经投诉到南山区教育局了。我该怎么回复她？",
        ),
        (
            "assistant",
            "建议先真诚致歉并说明正在调查：「陈女士您好，关于欣怡午托期间的情况，我们非常重视，已暂停涉事老师的带班工作并调取监控核实，48小时内给您书面答复。退费问题我们会按合同条款与您当面沟通。」同时记录事件经过，配合教育局调查。",
        ),
        ("user", "她的电话是 135 8027 6413，我要不要直接打过去？"),
        (
            "assistant",
            "可以，建议由负责人在今天下班前打给陈女士 135 8027 6413，先倾听她的诉求，再约时间面谈，通话要点记录存档。",
        ),
    ],
    [
        (
            "user",
            "帮我算一下张丽华老师 11 月工资：基本工资 4800，课时 62 节每节 30 元，社保个人扣 512，公积金扣 240。",
        ),
        (
            "assistant",
            "课时费 62 × 30 = ¥1,860；应发 4,800 + 1,860 = ¥6,660；扣除社保 ¥512 和公积金 ¥240 后，实发 ¥5,908。",
        ),
        ("user", "好的，她的工资卡是建设银行 6217 0012 3456 7890 123，帮我写一行转账备注。"),
        (
            "assistant",
            "转账备注：张丽华 2026年11月工资 ¥5,908，收款卡 建设银行 6217 0012 3456 7890 123。",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for a student care centre in Singapore. Be concise and professional.",
        ),
        (
            "user",
            "Draft a short email to Mr Muthu Selvam asking him to submit his payslips for the SCFA renewal for his son Arjun (P2). His NRIC is S7912046D and email muthu.selvam77@gmail.com.",
        ),
        (
            "assistant",
            "Subject: SCFA Renewal Documents for Arjun Dear Mr Muthu Selvam, Arjun's Student Care Fee Assistance is due for renewal at the end of December. Please email your latest three months' payslips to us by 20 Dec so we can submit the application on time. For verification, we will use the NRIC S7912046D on file. Thank you, Sunflower Kids Student Care",
        ),
        ("user", "Maybe don't put his full NRIC in the email."),
        (
            "assistant",
            "Good point. Replace the last sentence with: 「We will verify the application using the details already on file.」 That keeps his NRIC out of the email.",
        ),
    ],
    [
        (
            "user",
            "Our homework-sign log shows Leo Chen in Grade 2 has had no parent signature for 9 days. His mum Amy Chen told us in October she's going through a divorce and Leo has ADHD. How should the teacher approach this?",
        ),
        (
            "assistant",
            "Be supportive rather than punitive. Have the class teacher message Amy privately, acknowledge that things may be busy at home, and offer alternatives such as a photo of the completed homework sent via LINE instead of a signature. Keep Leo's ADHD and the family situation out of any group chat.",
        ),
        ("user", "Can you write that LINE message in Traditional Chinese?"),
        (
            "assistant",
            "陳媽媽您好，這陣子辛苦了！想跟您分享 Leo 最近作業都有完成，聯絡簿這幾天還沒有簽名，如果您比較忙，也可以直接拍照回傳給我，就當作完成簽名喔。有任何需要都可以跟我說。",
        ),
    ],
    [
        ("system", "你是一位雙語助理，幫台灣的安親班把通知翻成英文給外籍看護看。"),
        (
            "user",
            "翻成英文：Maria 你好，今天 Kayden 五點半下課，請帶居留證到一樓櫃台簽名，如果會晚到請打 0970-358-126 跟媽媽 林怡萱 說一聲。",
        ),
        (
            "assistant",
            "Hi Maria, Kayden finishes at 5:30pm today. Please bring your ARC to the front desk on the 1st floor and sign him out. If you will be late, please call his mother, Lin Yi-Hsuan, at 0970-358-126.",
        ),
        ("user", "謝謝，可以再加一句提醒她帶雨傘嗎？"),
        (
            "assistant",
            "Hi Maria, Kayden finishes at 5:30pm today. Please bring your ARC to the front desk on the 1st floor and sign him out. If you will be late, please call his mother, Lin Yi-Hsuan, at 0970-358-126. It may rain this afternoon, so please bring an umbrella.",
        ),
    ],
]
