# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh274: 繁體中文（香港）補習社與私人補習老師（學生報名、試堂、學費、家長WhatsApp、補習老師配對、退款糾紛）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh274
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "notices"): _lines("""
        【通告】天文台懸掛八號或以上熱帶氣旋警告信號或黑色暴雨警告信號期間，本中心所有課堂暫停，補堂安排將於恢復上課後48小時內以WhatsApp廣播通知。
        各位家長：12月21日至1月2日聖誕假期期間，旺角分校（彌敦道688號旺角中心1期15樓1503室）照常開放自修室，開放時間為上午10時至晚上8時。
        由2027年1月起，中小學數學常規班每月學費調整為HK$1,280（四堂），已繳付全期學費之學生不受影響，詳情請向前台查詢或致電 2388 6120。
        試堂須知：每位新生可預約一次免費試堂（60分鐘），請於上課前15分鐘到達登記，並帶備學校最近一次測驗卷以便導師評估程度。
        溫馨提示：本中心已於教育局註冊（註冊編號 612873），所有導師均已通過性罪行定罪紀錄查核，家長可於前台查閱註冊證明書正本。
        DSE 英文卷四口試模擬工作坊名額尚餘 6 個，日期為 2027年1月16日（星期六）下午2:30至5:30，地點：沙田新城市廣場第一期10樓，費用$580。
        【停課通知】因大廈消防系統年檢，荃灣分校 11月29日（星期日）全日暫停開放，當日課堂已改為 Zoom 網上授課，會議室連結已於各班群發出。
        本中心不接受任何導師私下收取學費，所有學費必須以轉數快（FPS ID：1638204，戶口名稱：卓思教育中心有限公司）或於前台以八達通繳付。
        中秋節翌日本中心照常上課；如學校當日安排旅行日或陸運會，請提前3天通知前台安排補堂，每期最多補堂2次，逾期申請恕不受理，敬請見諒。
        小一派位講座：由資深教育顧問主講，介紹2027/28年度自行分配學位及統一派位程序，名額80人，假座觀塘apm 8樓活動室舉行，免費入場。
        請家長注意：近日有人冒充本中心發送「退款連結」短訊，本中心從不以短訊要求提供信用卡資料，官方WhatsApp只有 5106 2288 一個號碼。
        暑期班早鳥優惠：6月30日前報讀任何兩科，學費即減$300；三科或以上減$600。優惠不可與兄弟姊妹同報優惠同時使用，名額有限，額滿即止。
        本中心農曆年初一至初三及12月25日全日休息；其他日子營業時間為星期一至五下午2時至9時，星期六日上午9時至晚上7時，公眾假期另行公佈。
    """),
    ("zh-Hant", "faq"): _lines("""
        Q：試堂之後覺得唔適合，可唔可以唔報？A：完全可以，試堂係免費㗎，我哋唔會追收任何費用，亦唔會硬銷，家長考慮清楚先再WhatsApp我哋就得。
        Q：學費可唔可以退？A：根據本中心條款，已開班之課堂恕不退款；如因病缺席並提供醫生證明，可於同一學期內安排補堂一次，但須於缺席後14日內提出。
        Q：一對一私人補習點收費？A：小學每小時$280起，初中$350起，DSE 科目$450起，實際價錢視乎導師資歷同地區，配對成功後先收首月學費。
        Q：導師配對要幾耐？A：一般3至5個工作天，我哋會按學生年級、科目、地區同時間揀3位導師俾家長揀，家長同意後先安排第一堂。
        Q：係咪一定要喺中心上堂？A：唔一定，私人補習可以上門或者網上，上門補習新界北及離島地區會加收$30車費，網上堂用 Zoom 或 Google Meet。
        Q：有冇 DSE 中文範文精讀班？A：有，今期會講《師說》（韓愈）、《岳陽樓記》（范仲淹）同《出師表》（諸葛亮），每篇兩堂，附歷屆試題分析。
        Q：點樣查詢中心係咪已經註冊？A：可以上教育局網站「學校概覽」搜尋註冊學校編號，或者直接睇中心門口張貼嘅註冊證明書同註冊編號。
        Q：學生請假要幾早通知？A：最遲上堂前24小時WhatsApp 5106 2288 通知前台，即日請假當作已上課，除非係突發疾病或者天氣警告。
        Q：可唔可以用持續進修基金（CEF）？A：本中心課程暫未列入CEF可獲發還款項課程名單，如有更新會喺Facebook專頁同Instagram公佈。
        Q：兄弟姊妹一齊報有冇優惠？A：有，第二位小朋友每月學費九折，第三位八五折，需要同一時間報讀同一分校嘅常規課程先適用，暑期班除外。
        Q：導師有冇資歷證明？A：所有導師均持有大學學位，DSE 科目導師需要該科5**或者5*成績，中心會保存證書副本但唔會對外公開。
        Q：收據遺失可以補發嗎？A：可以，請提供收據編號（例如 RC-2026-11-00482）或付款日期，前台會於3個工作天內以電郵發出電子收據副本。
        Q：中心電郵係咩？A：一般查詢請電郵 enquiry@zhuosi-edu.hk，導師招聘請寄 hr@zhuosi-edu.hk，退款或投訴請寄 care@zhuosi-edu.hk 並註明學生編號。
    """),
    ("zh-Hant", "course_listing"): _lines("""
        【中三至中六】DSE 中文閱讀卷精讀班：逐篇拆解十二篇指定範文，包括《論仁、論孝、論君子》（孔子）、《魚我所欲也》（孟子）、《勸學》（荀子），每月$1,180，四堂。
        【小五至小六】呈分試數學衝刺班：分數、百分數、速率、立體圖形，每堂附練習卷兩份，班額上限10人，星期三或星期六上課，學費每月$960。
        【中四至中六】DSE English Paper 2 寫作班：以 George Orwell《Animal Farm》及 Harper Lee《To Kill a Mockingbird》作延伸閱讀，訓練議論文同書信格式。
        【幼稚園高班】升小面試班：模擬面試、看圖說故事，教材包括 Eric Carle《好餓的毛毛蟲》及聖修伯里《小王子》，家長可於最後一堂觀課，每期八堂$2,400。
        【中一至中三】初中科學實驗預習班：實驗室位於觀塘鴻圖道分校地下，每堂提供安全眼鏡及實驗袍，課程涵蓋酸鹼中和、簡單電路同顯微鏡使用。
        【全級】普通話朗誦班：教材選用朱自清《背影》、冰心《紙船》同徐志摩《再別康橋》，適合準備香港學校朗誦節嘅學生，逢星期五晚上7時上課。
        【DSE 歷史】專題：孫中山與辛亥革命、冷戰與美蘇爭霸，導師會分析2012至2026年歷屆試題，課堂筆記PDF版本會上載至學生平台供下載。
        【中四至中六】M2 微積分密集班：寒假期間連續5日，每日3小時，課程編號 DSE-M2-WINTER27，學費$2,650（包括筆記及模擬試卷兩份）。
        【小三至小六】Phonics & Reading Club：以《Oxford Reading Tree》分級讀物配合 Biff, Chip and Kipper 故事角色，每班6人，外籍導師授課。
        【IB / IGCSE】Chemistry HL 私人補習：導師配對費$500（一次性），每小時學費$620起，可選擇於銅鑼灣分校（軒尼詩道500號）或網上上課。
        【小一至小三】中文寫作啟蒙班：以《西遊記》孫悟空、豬八戒、唐三藏等人物作引子，教學生寫人物描寫，每堂60分鐘，課程代號 CHI-WR-P13。
        【中四至中五】公民與社會發展科：涵蓋國家憲法、基本法及可持續發展，教材引用教育局及國務院新聞辦公室公開資料，每月四堂$1,080。
        【成人】IELTS 7.0 速成班：適合準備英國或澳洲升學之學生，模擬考試參考 Cambridge IELTS 18 真題出題，逢星期二、四晚上8時至10時上課。
    """),
    ("zh-Hant", "reviews_of_businesses"): _lines("""
        ★★★★☆ 旺角「明仔補習社」環境幾乾淨，課室有冷氣有白板，前台回覆WhatsApp好快，不過星期六下晝等𨋢要等好耐，大廈得兩部𨋢。
        ★★★★★ 呢間中心嘅 DSE 數學模擬卷出得好貼題，卷一最後嗰題同今年真題好似，學費唔算平但物有所值，推薦俾中五同學。
        ★★☆☆☆ 試堂完之後前台不停打嚟催報名，一日打三次，話優惠只限今日，感覺好硬銷，最後冇報，希望中心改善試堂後嘅跟進方式，唔好再咁催。
        ★★★☆☆ 沙田分校地點方便，新城市廣場行過去5分鐘，但係課室好細，十個學生坐得好逼，冷氣又唔夠凍，夏天上堂真係好辛苦，希望快啲搬去大啲嘅單位。
        ★★★★★「Ms. Lee's English Club」嘅 phonics 課程好有系統，每堂都有 worksheet 帶返屋企，reading 進步咗好多，收費每月$1,080合理。
        ★☆☆☆☆ 報咗三個月，中途中心搬舖冇提前通知，新地址遠咗好多，要求退返餘下學費，中心話條款寫明唔退，已經去消委會查詢。
        ★★★★☆ 網上補習平台用落幾順，Zoom 連結每堂自動發，錄影保留7日可以重溫，唯一係偶爾收音有回音，整體嚟講都OK，會繼續報下期。
        ★★★★★ 元朗「李老師教育中心」開咗廿幾年，啲筆記係自己編，唔係直接影印出版社補充練習，價錢仲係區內最平嗰幾間，好有良心。
        ★★★☆☆ 中心宣傳話導師全部係 5** 狀元，實際上試堂嗰位只係大學二年級生，教得唔差但宣傳有啲誇張，希望中心唔好咁寫。
        ★★★★☆ 觀塘分校裝修得好新，有獨立自修室同充電位，考試前可以留到晚上10點溫書，只係自修室月費$200有少少貴，希望學生可以有折。
        ★★☆☆☆ 補習配對平台收咗$500配對費，第一個導師遲到兩次，換第二個又要等一星期，客服電郵 care@tutormatch-hk.com 回覆好慢。
        ★★★★★ 學而思網課嘅奧數題目好有挑戰性，小朋友每星期都期待上堂，app 介面簡單，家長報告每月一份，清楚睇到小朋友嘅弱項，值得推介。
        ★★★★☆ 九龍城「大雄補習天地」個名好得意，叮噹主題裝修小朋友好鍾意，功課輔導班每日有導師幫手檢查手冊，收費每月$2,880。
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [19:02] 前台（旺角）: 今晚 7:30 P6 數學班改去 B 房，A 房冷氣維修師傅 8 點先到，記得 lock 門前 check 吓投影機有冇熄 🙏
        [19:15] 中心主任: 收到。另外 Term 2 timetable 已經 upload 咗去 shared drive /Timetable/2027-T2_v3.xlsx，大家 check 吓自己嘅 slot 有冇撞。
        [20:41] Admin: 提提大家，下星期一開始所有試堂 booking 一律經 booking system 入，唔好再喺 WhatsApp 口頭答應，避免 double book。
        [21:03] 前台（荃灣）: 荃灣今日收咗 FPS 學費 14 筆，total HK$18,560，收據 RC-2026-11-00471 至 00484 已經全部 send 出，明早對數。
        [09:12] 教學主任: DSE Eng Paper 3 mock 卷已經印好 120 份，放咗喺 storeroom 第二格，唔該各分校下午 3 點前嚟攞，記得簽 record。
        [10:30] Admin: 打印機 Canon iR-ADV C3826 又 jam 紙，已經 call 咗供應商，ticket no. CS-778213，佢話今日下午 2-4 點上嚟整。
        [11:47] 中心主任: 教育局下個月會嚟做例行巡查，麻煩各分校將導師查核紀錄 folder 同消防證書放返喺 office 第一個櫃，唔好收埋。
        [14:20] 前台（沙田）: 沙田今個 weekend 試堂 slot 得返星期六 11:00 同 16:30，IG 廣告嗰邊暫停住先，唔係會爆 booking。
        [15:05] Marketing: 新一期 FB post 用咗蘇軾《水調歌頭》做主題，文案已經放喺 Canva，請教學主任睇吓引文有冇錯字，今晚 8 點出。
        [16:38] Admin: 退款 case REF-2026-031 已經經 accountant approve，金額 HK$2,560，會喺 12 月 5 號 batch 過數，前台唔使再 follow。
        [17:50] 教學主任: 提醒各位導師，唔好喺 group 度 send 學生成績單或者相，要 upload 就用 Google Classroom，私隱條例 PDPO 要跟。
        [18:22] 前台（旺角）: 8 號風球預測明早 6 點前改發，如果落咗，聽日朝早 10 點前嘅堂全部 cancel，我會 broadcast 通知所有班群。
        [22:10] 中心主任: 辛苦晒今個 term，年尾 team dinner 訂咗 12 月 20 號銅鑼灣翠華餐廳 7:30pm，大家記得喺 Google Form 填 dietary 要求。
    """),
    ("mixed", "invoices"): _lines("""
        INVOICE No. INV-2026-1103 | Bill to: 卓思教育中心有限公司 | 商業登記號碼 71284563-000-11-26-8 | DSE 模擬試卷印刷 500 份 @ HK$7.70 | Total HK$3,850.00 | Due 2026-12-03
        發票編號 F2026-0876 ｜ 供應商：新興印刷有限公司（觀塘開源道）｜項目：小學數學練習冊 A4 彩印 300 本｜單價 $18.50｜小計 $5,550｜運費 $120｜合計 HK$5,670
        Tax Invoice #SG-TI-004417 | Bright Path Tuition Pte. Ltd. (UEN 201834562K) | PSLE Maths Intensive Workbook x 40 | S$12.80 each | GST 9% S$46.08 | Total S$558.08
        租金單據 RENT/MK-2026-12 ｜ 業主代理：旺中物業管理有限公司 ｜ 單位：旺角中心1期15樓1503室 ｜ 12月租金 $38,000 ＋ 管理費 $4,260 ｜ 合共 $42,260 ｜ 請於12月7日前繳付
        Receipt RC-2026-11-00482 | 課程: P5 英文常規班 (4 堂) | 學費 HK$1,180 | 教材費 HK$80 | 付款方式: FPS | 交易編號 FRN20261104PAYC0102938475 | Status: 已付
        Invoice INV-TM-88213 | 服務: 補習導師配對費 (Tutor Matching Fee) | 科目: DSE Chemistry | HK$500.00 | 付款: Visa 信用卡 | 狀態: Paid | 發出: 2026-11-18 15:22 HKT
        報價單 Q-2027-015 ｜ 安心冷氣工程公司 ｜ 分體式冷氣 2 部清洗及加雪種 ｜ 每部 $680 ｜ 總數 HK$1,360 ｜ 報價有效期 30 日 ｜ 查詢熱線 2963 6288
        Invois No. MY-INV-2026-0339 | Cerdik Tuisyen Sdn. Bhd. (SSM 202201012345) | Modul SPM Matematik Tambahan x 60 | RM15.00 | Jumlah RM900.00 | Bayaran ke akaun syarikat Maybank
        澳門發票 MO-2026-0215 ｜ 啟智教育中心（澳門新馬路）｜ 納稅人編號 80012345 ｜ 項目：課室傢俬租賃 12 月份 ｜ MOP 3,200.00 ｜ 以澳門元現金或支票支付
        Credit Note CN-2026-009 | Ref. invoice INV-2026-0998 | 退還 Term 1 網上課程未使用堂數 3 堂 @ HK$320 | Total credit HK$960.00 | 已於 2026-11-30 退回原付款帳戶
        統一發票 字軌 AB-12345678 ｜ 賣方：點點教育科技股份有限公司（統一編號 53812647）｜ 線上課程平台年費 ｜ NT$36,000 ｜ 營業稅 5% NT$1,800 ｜ 總計 NT$37,800
        Statement of Account | Period 2026-11-01 to 2026-11-30 | Customer: 卓思教育中心有限公司 | Opening HK$0.00 | Invoiced HK$12,880.00 | Paid HK$9,030.00 | Balance due HK$3,850.00
        Invoice INV-ZOOM-5521987 | Zoom Workplace Pro x 8 licences | USD 149.90 each per year | Subtotal USD 1,199.20 | Billed to accounts@zhuosi-edu.hk | Paid by corporate bank transfer
    """),
    ("en", "log_lines"): _lines("""
        2026-11-03T19:04:12+08:00 INFO booking.trial.created booking_id=TB-88213 centre=MK01 course=DSE-ENG-P2 slot=2026-11-08T14:30 status=PENDING
        2026-11-03T19:04:13+08:00 INFO notify.whatsapp sent template=trial_confirm_zh_hk lang=zh_HK booking_id=TB-88213 msg_id=gBEGk3a9Zx7Q latency_ms=412
        2026-11-03T19:30:55+08:00 WARN payments.fps.reconcile mismatch ref=FRN20261103PAYC0099812 expected_hkd=1180.00 received_hkd=1108.00 action=flag_for_review
        2026-11-04T02:00:00+08:00 INFO cron.backup done db=tutor_prod size=2.31GB sha256=9f2c4e71a0b8d3e6c5f1a7b2e9d04c3f8a6b1e2d7c9f0a3b4e5d6c7b8a9f0e1d duration=184s
        2026-11-04T09:15:02+08:00 ERROR matching.engine timeout request_id=MR-20261104-0042 subject=MATH level=S5 district=SHA_TIN candidates=0 retry=3
        2026-11-04T09:15:07+08:00 INFO api GET /v2/courses?centre=TW02&level=P5 200 38ms host=app-02 ua="Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)"
        2026-11-04T10:22:41+08:00 INFO refund.request created refund_id=REF-2026-031 amount_hkd=2560.00 reason=CENTRE_RELOCATION status=AWAITING_APPROVAL
        2026-11-04T11:00:00+08:00 INFO scheduler.typhoon signal=T8 source=HKO action=suspend_classes affected_sessions=146 notify_channel=whatsapp_broadcast
        2026-11-04T13:47:19+08:00 WARN auth.rate_limit endpoint=/v2/login window=60s limit=10 blocked_requests=37 host=api-gw-01 region=ap-east-1
        2026-11-04T15:03:28+08:00 INFO invoice.generated invoice_no=INV-2026-1103 total_hkd=3850.00 pdf=s3://zhuosi-invoices/2026/11/INV-2026-1103.pdf
        2026-11-04T18:30:00+08:00 INFO zoom.meeting.started meeting_uuid=4f9a2c1e-7b3d-4e8a-9c60-2d5f8b1a0e37 course=CHI-WR-P13 participants=7 planned=60m
        2026-11-05T08:00:01+08:00 INFO deploy release=tutor-portal v3.14.2 commit=a7c91e2 by=ci-pipeline env=production migrations=2 status=SUCCESS
        2026-11-05T08:02:44+08:00 ERROR sms.gateway provider=Twilio status=30007 error="Carrier violation" template=payment_reminder_v2 batch_id=BATCH-1105-A count=58
    """),
    ("en", "config_and_code"): _lines("""
        WHATSAPP_BUSINESS_NUMBER = "+852 5106 2288"  # centre hotline printed on flyers and shopfront, shared by all front-desk staff
        smtp: { host: "smtp.zhuosi-edu.hk", port: 587, from: "no-reply@zhuosi-edu.hk", reply_to: "enquiry@zhuosi-edu.hk", tls: true }
        HKID_PATTERN = "^[A-Z]{1,2}[0-9]{6}[(][0-9A][)]$"  # format check only; HKID values are never stored in plaintext
        CREATE TABLE trial_booking (booking_id VARCHAR(16) PRIMARY KEY, centre_code CHAR(4), course_code VARCHAR(24), slot_start TIMESTAMPTZ, status VARCHAR(12));
        student_id,level,course_code,centre,enrol_date,fee_hkd,payment_method,sibling_discount,status,refund_ref
        def monthly_fee(lessons: int, rate_hkd: int = 295, sibling_discount: float = 0.9) -> int: return round(lessons * rate_hkd * sibling_discount)
        TIMEZONE=Asia/Hong_Kong LOCALE=zh_HK CURRENCY=HKD TRIAL_LESSON_MINUTES=60 MAX_CLASS_SIZE=10 REFUND_WINDOW_DAYS=7
        const FPS_PROXY_ID = "1638204"; // company FPS ID of 卓思教育中心有限公司, printed on every receipt
        test_fixture = {"booking_id": "TB-00001", "course": "P5-MATH", "parent_phone": "+852 0000 0000", "email": "parent@example.com"}
        RETENTION_POLICY: student_records: 7y, trial_leads: 90d, whatsapp_exports: 30d, cctv: 31d  # per PDPO guidance, reviewed 2026-10
        SELECT centre_code, COUNT(*) AS trials, SUM(CASE WHEN converted THEN 1 ELSE 0 END) AS enrolled FROM trial_booking WHERE slot_start >= '2026-11-01' GROUP BY centre_code;
        docker run -d --name tutor-portal -p 8080:8080 -e APP_ENV=production -e DB_HOST=db.internal ghcr.io/zhuosi-edu/tutor-portal:3.14.2
        i18n.zh_HK.trial_confirm = "多謝預約試堂！上課時間：{slot}，地點：{centre_address}。如需更改，請最少24小時前WhatsApp 5106 2288。"
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        陳太話佢個仔（小四）上個月喺瑪麗醫院確診ADHD，而家要食藥，想搵識得處理專注力問題嘅導師，叫我哋千祈唔好同其他家長講。
        學生報名表｜姓名：何卓謙｜年級：F.4｜就讀：九龍華仁書院｜家長：何太（手機 9432 7781）｜住址：將軍澳寶康路18號海翠軒2座23樓C室
        林太已經拖欠三個月學費共$7,680，佢今日WhatsApp話老公生意失敗要申請破產，問可唔可以分期，每月還$1,000。
        導師登記：張嘉欣小姐，HKID K628415(9)，香港大學教育學院四年級，時薪要求$320，可教小學全科，住沙田第一城。
        試堂回覆請 WhatsApp 6093 5812 搵媽咪，朝早要返工，晚上9點後唔好打，星期三下晝得閒。
        退款投訴：家長黃志明先生要求退還餘下8堂學費$2,560，聲稱導師上堂成日玩手機，話會向消委會投訴，佢電郵 chiming.wong88@gmail.com。
        阿So（中五，聖保羅男女中學）媽媽話佢最近抑鬱症入過院，DSE 可能要延遲一年先考，補習暫停到3月。
        前導師李俊傑（李Sir）因為涉嫌非禮女學生俾警方拘捕，而家保釋緊，前台唔好再安排佢上任何一對一堂。
        梁小姐（數學導師）懷孕五個月，醫生叫佢少啲企，下個學期想轉做網上堂，佢唔想家長知，配對嗰陣唔好提。
        家長轉數快收款：FPS 9175 2064（周太），每月學費由佢直接轉俾導師，唔經中心，呢個做法違反中心規定。
        接送安排：何家朗（小二）逢星期二、四由爸爸揸車接，車牌 KT 3812，銀色 Toyota Alphard，停喺中心樓下5分鐘，其他人唔可以接走。
        法院頒令：呂思言同學嘅父母已離婚，撫養權歸媽媽，爸爸呂永康唔可以接放學，佢如果嚟到中心請即刻致電媽媽 6271 0488。
        導師薪金：區家俊，11月授課42小時，時薪$260，應付$10,920，入帳到滙豐戶口 004-512-348726-833。
        細佬Jayden有讀寫障礙，教育心理學家評估報告已交，家長要求導師每堂多俾15分鐘做默書，唔好喺其他同學面前提。
        學生相片 IMG_20261105_1432.jpg：譚穎彤（P6）著校服拎住獎狀，家長未簽肖像權同意書，唔可以放上 Facebook 專頁。
        補習老師配對紀錄：家長蔡太（將軍澳日出康城領都2座18樓B室）要求女導師、廣東話授課，學生蔡梓朗 S2 數學，預算每堂$350。
        馮先生話佢今年俾公司裁員，而家冇收入，個女嘅鋼琴同英文補習都要停，問可唔可以申請學費減免。
        收據補發要求：學生鄭曉晴，收據號碼 RC-2026-10-00317，家長要求寄去大埔太和邨翠和樓1506室，唔好寄去學校。
        家長投訴：我個女何嘉琪喺中心俾另一個同學欺凌，仲影咗佢換衫嘅相傳上IG，我已經報咗警，報案編號 KT RN 26012345。
        導師申請表 — 姓名：伍詠詩；出生日期：2003年4月18日；聯絡電話：5398 1207；學歷：中文大學數學系三年級；DSE：數學5**、M2 5*。
        歐陽太太嘅兒子歐陽子軒有嚴重花生敏感，身上長期帶 EpiPen，中心派茶點時一定要避開所有果仁。
        上門補習地址：元朗朗日路8號 Yoho Town 第5座32樓F室（鍾太），逢星期六上午10點，大閘密碼 4821#，唔好話俾其他導師知。
        郭太WhatsApp：「我同老公分居緊，學費單以後請寄去我屋企油塘高俊苑B座1208，唔好再send俾佢」
        澳門學生報名：梁浩然，澳門居民身份證 1/234567/8，就讀濠江中學初中三年級，家長手機 +853 6688 1423。
    """),
    "mixed": _lines("""
        Hi Miss, 我係 Kayden 媽媽 (Mrs. Tse), Kayden 今日發燒 39 度唔上堂喇, doctor 話係 flu A, 請幫我 reschedule 去下星期三, thanks!
        Tutor profile: Ms. Vivian Ho 何慧文, HKU BEd (English), 5 years exp, rate HK$450/hr, WhatsApp 9386 2157, 可以上門 Kowloon Tong area.
        Refund dispute — parent Mr. Lam Ka Wai 林家偉 claims tutor cancelled 4 lessons, wants HK$1,280 back to BOC account 012-875-0-123456-7, 話唔退就上 Facebook 公審。
        S2026-0142,張凱欣 Cheung Hoi Yan,P5,MK01,6128 4430,hoiyan.mum@yahoo.com.hk,1180,FPS,ACTIVE
        2026-11-06T20:11:03+08:00 INFO parent.login email=tammy.leung.mk@gmail.com phone=+85294175520 student=S2026-0388 ip=112.118.45.201
        Case note: 學生 Ethan Yip 葉卓霖 (S4) 喺中心 panic attack, 已經 call 咗媽媽 Mrs. Yip 6544 0938, 佢話 Ethan 睇緊 psychiatrist, 唔好同學校講。
        Tutor payroll Nov: Jacky Szeto 司徒俊傑, 38 hrs x HK$280 = HK$10,640, pay to Hang Seng 024-391-468205-882, 下個月請侍產假陪老婆生BB.
        跨境學童: 深圳家長 Mr. Zhou 周建华, 回鄉證 H60321847, 個仔周子睿 P3 每日經福田口岸過嚟上堂, 想搵上水附近嘅補習社。
        @Admin 黎太 (嘉湖山莊美湖居3座18D) 話 last month 信用卡多扣咗 $320, 佢好嬲, 叫我哋今個禮拜內 refund, 唔係就 cancel 埋兩個仔嘅堂.
        SG parent: Mdm Tan Siew Ling, NRIC S8217463Z, son Ryan Lim P5 at Nanyang Primary, 想報 HK online tuition for Chinese, contact 9127 4483.
        Intake form | Student: Chloe Wan 溫芷晴 | DOB 2014-07-22 | HKID Y304872(A) | School: 嘉諾撒聖心學校 | Emergency contact: 爸爸 Wan Tsz Kin 9066 3719
        家長 WhatsApp screenshot: 「Miss Chan 你收咗我 $4,800 四個月 deposit 又話唔退? 我 HKID R550318(2) 已經入咗小額錢債審裁處」— 莫太
    """),
    "en": _lines("""
        Trial lesson booked for Oliver Chan (Year 6, Kellett School) on Sat 14 Nov 10:00; his mum Sarah Chan asked us to call her on 9251 7730, not the home line.
        Parent complaint received from Mr. Derek Fong, Flat 7B, 21 Tai Hang Road, stating that a tutor disclosed his daughter's exam results to another family.
        Please note that Emily Leung (S5) has type 1 diabetes and may need to check her glucose during the mock exam; her insulin pen is kept at reception.
        Tutor background check failed: Kenneth Lau Ho Yin, HKID M471926(9), has a prior conviction on record; do not offer him further assignments.
        The father, Anthony Siu, owes HK$9,600 in unpaid fees since August and has asked us not to contact his wife about it.
        Malaysian student enrolment: Aiman bin Rosli, MyKad 080312-14-5527, Form 4 SPM candidate, online Add Maths with a HK tutor, parent email rosli.family@yahoo.com.my.
        Taiwan tutor onboarding: Lin Yu-Ting 林郁婷, ID A228135741, lives in Kaohsiung, Cathay United account 0132-5098-7614, teaching Mandarin phonics online.
        Fee waiver note: Jasmine Kwok's family receives CSSA and her father was recently hospitalised after a stroke; waiver approved at 100% for Term 2.
    """),
    "zh-Hans": _lines("""
        深圳家长刘晓青女士（身份证 440306198111224860）想给儿子报香港的DSE英文网课，要求老师每周发学习报告到她邮箱 liuxiaoqing_sz@163.com。
        学生信息：张宇航，身份证号 440304201006153724，住深圳市南山区蔚蓝海岸三期5栋1702，每周六经深圳湾口岸来香港上数学课。
        王雅琳老师私下跟家长说她最近在办离婚，情绪不太稳定，想暂停所有一对一课程两个月，请不要在工作群里讨论。
        家长微信号 lily_mama_0921，手机 139 2871 4406，孩子在福田上学，周末过关来香港上英文补习，请用微信联系不要打电话。
        退费纠纷记录：家长陈建国称上水补习社收了12节课 HK$3,840 后倒闭，已向深圳市消委会投诉，投诉单号 SZ2026110589，电话 136 0255 8819。
        孩子赵一诺读三年级，学校老师说她有轻度自闭症倾向，妈妈希望找有特教经验的补习老师，但不要让孩子知道。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你係卓思教育中心嘅WhatsApp客服助手，用廣東話回覆家長，語氣有禮，唔好承諾退款，退款要轉介 care@zhuosi-edu.hk。",
        ),
        (
            "user",
            "你好，我係黃志明，個仔黃浩賢讀中二，上個月報咗12堂數學，上咗4堂導師已經遲到兩次，我要退返餘下8堂$2,560，我電話 9817 3352。",
        ),
        (
            "assistant",
            "黃先生你好，好抱歉令你有唔好嘅體驗。退款申請需要由中心退款組處理，麻煩你電郵 care@zhuosi-edu.hk，註明學生編號同上堂日期，我哋會喺3個工作天內回覆。",
        ),
        (
            "user",
            "電郵我已經寄咗，寄件人係 wong.chiming.hk@gmail.com，收據號碼 RC-2026-10-00288，幫我跟進吓。",
        ),
        ("assistant", "收到，我會將你嘅收據號碼同電郵交俾退款組跟進，有消息會再WhatsApp通知你。"),
    ],
    [
        (
            "user",
            "幫我寫一段好客氣嘅WhatsApp追學費訊息，家長係林太（林美玲），佢拖欠咗9月至11月學費共$3,840，佢之前話老公失業，我唔想刺激佢。",
        ),
        (
            "assistant",
            "林太你好，打擾晒。想同你溝通一下9月至11月學費合共$3,840嘅安排。明白屋企近排可能有啲壓力，如果需要分期或者調整上堂次數，隨時同我哋講，我哋一定會盡量配合。多謝你一直支持！",
        ),
        (
            "user",
            "好，再加一句可以用轉數快俾中心 FPS ID 1638204，同埋提佢個女林曉彤下星期六有測驗。",
        ),
        (
            "assistant",
            "林太你好，打擾晒。9月至11月學費合共$3,840，可以用轉數快 FPS ID 1638204（卓思教育中心有限公司）繳付，亦可以同我哋傾分期安排。另外提提你，曉彤下星期六有測驗，記得叫佢早啲休息。多謝！",
        ),
    ],
    [
        (
            "system",
            "You are an assistant helping private tutors in Hong Kong write progress reports for parents.",
        ),
        (
            "user",
            "Write a short term report for Marcus Tsang, P4, ADHD diagnosed last year, on Ritalin in the mornings. His reading comprehension went from 58 to 71 but he still loses focus after 20 minutes. Parent: Mrs. Karen Tsang.",
        ),
        (
            "assistant",
            "Dear Mrs. Tsang, Marcus has made solid progress this term: his reading comprehension score rose from 58 to 71. He works best in short blocks, so we now use 20-minute segments with brief movement breaks. Next term we will focus on inference questions and sustained attention.",
        ),
        ("user", "Should I mention the medication in the report?"),
        (
            "assistant",
            "It is safer not to. Medication details are sensitive health information; keep them out of written reports and only discuss them verbally with Mrs. Tsang if she raises it.",
        ),
    ],
    [
        (
            "user",
            "幫我 dedupe 呢幾行 student list： S2026-0211,李樂晴,P3,6233 9184 ／ S2026-0212,李樂晴,P3,6233 9184 ／ S2026-0213,Jason 梁子健,S1,9702 5516",
        ),
        (
            "assistant",
            "去重之後剩返兩行： S2026-0211,李樂晴,P3,6233 9184 ／ S2026-0213,Jason 梁子健,S1,9702 5516。S2026-0212 同 S2026-0211 姓名同電話完全一樣，建議合併並保留較早嘅編號。",
        ),
        ("user", "OK thanks, 另外 Jason 媽媽話佢家用 WhatsApp 換咗做 5487 0023, update 埋。"),
        (
            "assistant",
            "已更新：S2026-0213,Jason 梁子健,S1,5487 0023。記得同時喺 booking system 更新家長聯絡電話，避免試堂通知send錯。",
        ),
    ],
    [
        (
            "user",
            "你好，我是深圳家长周建华，儿子周子睿今年9岁，身份证 440304201703128913，想每天过福田口岸去上水补习，有什么要注意的？",
        ),
        (
            "assistant",
            "周先生您好。跨境学童需要办理往来港澳通行证及有效签注，并建议选择口岸附近、有教育局注册编号的补习社。放学时段福田口岸人流较多，建议预留30分钟过关时间，并确认补习社有接送或陪同安排。",
        ),
        ("user", "补习社要我提供孩子的通行证号码 C60218473 和我的手机 138 2745 6091，安全吗？"),
        (
            "assistant",
            "提供联系电话一般是合理的，但通行证号码属于敏感证件资料，可以先问清楚用途和保存期限，最好只在报名表上填写，不要通过公开群组发送。",
        ),
    ],
    [
        (
            "user",
            "我係兼職補習老師張嘉欣，HKID K628415(9)，今年喺三間補習社同私人補習總共賺咗$186,000，要唔要報薪俸稅？",
        ),
        (
            "assistant",
            "如果你係以僱員身份受聘於補習社，收入會計入薪俸稅；如果係自僱私人補習，就屬於經營業務，可能要申報利得稅或喺個別人士報稅表填寫獨資業務收入。建議保留每間補習社嘅收入紀錄。",
        ),
        ("user", "其中一間補習社話我係 freelancer，冇幫我報 IR56B，咁點算？"),
        (
            "assistant",
            "你可以自行喺報稅表申報呢部分收入，並保留轉數快入帳紀錄同補習社嘅WhatsApp對話作為證明；如果補習社實際上控制你嘅上堂時間同地點，亦可以向勞工處查詢僱傭關係。",
        ),
    ],
    [
        (
            "system",
            "Tutor-matching assistant. Current request: parent Mrs. Angela Ho, phone 9623 4170, Flat 12A, Block 3, Laguna City, Kwun Tong; son Lucas Ho, S3, needs Maths and Physics, budget HK$400/hr, prefers male tutor.",
        ),
        ("user", "Which of today's tutors should I offer to this family?"),
        (
            "assistant",
            "Based on the request, the two closest matches are the Kwun Tong-based tutors with S3 Maths and Physics experience and rates under HK$400/hr. I suggest offering both profiles to Mrs. Ho and arranging a trial at Laguna City on a weekday evening.",
        ),
        ("user", "Draft the WhatsApp to her."),
        (
            "assistant",
            "Hi Mrs. Ho, we have found two tutors for Lucas (S3 Maths & Physics) within your budget of HK$400/hr. Both can come to Laguna City on weekday evenings. Shall I book a trial lesson next week?",
        ),
    ],
    [
        (
            "user",
            "幫我寫小額錢債審裁處申索陳述：我係莫凱琳，住觀塘順利邨利康樓1104室，電話 6390 2217，今年3月俾「星光補習社」$4,800 四個月學費，8月佢哋無預警結業，一堂都冇補，點寫？",
        ),
        (
            "assistant",
            "申索陳述可以咁寫：申索人莫凱琳於2026年3月向被告星光補習社繳付四個月學費共港幣4,800元，被告於2026年8月無預警結業，未提供餘下課堂亦未退款。申索人現要求被告退還港幣4,800元及訟費。請附上收據、WhatsApp紀錄同結業通告相片作證據。",
        ),
        ("user", "被告個老闆係邊個我唔知，淨係知佢收款用嘅 FPS 係 6125 8840，得唔得？"),
        (
            "assistant",
            "可以先以補習社名稱同商業登記資料作被告，你可以喺公司註冊處或商業登記署查冊搵負責人；FPS 號碼亦可以作為付款證據一併提交。",
        ),
    ],
    [
        ("system", "You help a Singapore tuition centre reply to parents in English."),
        (
            "user",
            "Parent Mr. Ong Wei Jie (NRIC T1034876A, mobile 8126 5530) says his daughter Ong Xin Yi, Sec 2, was overcharged S$240 for cancelled lessons during her hospital stay for dengue. Draft a reply.",
        ),
        (
            "assistant",
            "Dear Mr. Ong, we are sorry to hear that Xin Yi was hospitalised and hope she is recovering well. We have checked our records and will credit S$240 for the cancelled lessons to your account; you will receive the adjusted invoice within 3 working days.",
        ),
        ("user", "Make it shorter and don't mention dengue."),
        (
            "assistant",
            "Dear Mr. Ong, we hope Xin Yi is feeling better. We will credit S$240 for the cancelled lessons and send you an updated invoice within 3 working days. Thank you for your understanding.",
        ),
    ],
    [
        (
            "user",
            "幫我將今日試堂 booking 整理成表：(1) 11月8日 14:30 旺角 DSE 英文；(2) 11月8日 16:00 荃灣 P5 數學。啲家長資料喺 system 度，你幫我 format。",
        ),
        (
            "assistant",
            "整理如下（日期｜時間｜分校｜課程｜學生｜家長電話）： 11月8日｜14:30｜旺角｜DSE 英文｜譚凱晴（S5）｜9364 1208（譚太）； 11月8日｜16:00｜荃灣｜P5 數學｜吳梓峰（P5）｜6158 7742（吳生）",
        ),
        ("user", "吳生話佢個仔有輕微哮喘，記低佢。"),
        (
            "assistant",
            "已加備註：吳梓峰（P5）有輕微哮喘，上堂時請留意課室空氣流通，如有需要可讓學生自行使用噴霧，並通知家長 6158 7742。",
        ),
    ],
]
