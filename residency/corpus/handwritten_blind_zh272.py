# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh272: 繁體中文（台灣）配音員、廣播劇與影視臨演經紀（試音、通告、酬勞、合約、演員資料、LINE 群組）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh272
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "通告公告"): _lines("""
        【臨演通告】11/23（六）電影《霧港》夜戲，需 20–35 歲男女各 15 名，06:00 於捷運南港展覽館站 2 號出口集合，車馬費 NT$1,200／12 小時，超時每小時 NT$150。
        【試音公告】動畫影集《月光便利店》招募少年音、御姊音各一名，請將 60 秒以內的 MP3 試音檔上傳至官網表單，截止日 2024/12/15 23:59，恕不受理 LINE 私訊投件。
        廣播劇《台北夜行》第二季開放報名，錄音地點：聲海錄音室（台北市中山區松江路 156 號 7 樓），報名請洽公司專線 02-2531-6678 分機 205，週一至週五 10:00–18:00。
        【急徵】明日偶像劇《第二杯拿鐵》便利商店場景，需路人客人 8 名，自備深色外套，集合點：新北市林口區文化三路一段 358 號 門市騎樓前，07:15 準時點名。
        星河經紀官方 LINE 帳號 @starriver_cast 已更新 12 月份通告表，請大家以官方帳號公告為準，群組內轉貼的截圖可能不是最新版本，報名以表單時間戳記為準。
        本公司承製之台語短片徵求配音，角色包含「阿嬤」「里長伯」「流浪貓小黑」與「廟口阿伯」，需能說台語及客語，試音劇本請至官網活動頁下載 PDF 檔。
        【通告異動】原訂 12/02 於中影八德攝影棚的古裝戲順延至 12/04，集合時間不變 05:30，請已報名者於今晚 22:00 前回覆「+1」確認出席。
        遊戲《幻境旅團》中文配音第三批角色招募：劍士「凱爾」、治療師「莉雅」、商人「胖虎叔」，每角約 400 句，錄音採遠端＋進棚混合制，預計 2025 年 2 月開錄。
        年度大戲《浪淘沙》需民國初年造型群眾演員 40 名，男性需配合剃髮，髮型補貼 NT$800，服裝由劇組統一提供，報名請寄 casting@wavecast.com.tw 並註明身高。
        【注意事項】通告當日請攜帶身分證正本以便投保團體意外險，未攜帶者依保險公司規定無法進場，劇組不另行通知，亦不支付當日車馬費。
        兒童配音班 2025 春季招生：每週六 14:00–16:00，共 12 堂，學費 NT$9,600，地點 台中市西區公益路 68 號 5 樓 聲樂坊教室，額滿為止，可開立收據。
        澳門短片《新口岸晚風》徵求粵語旁白一名，錄音地點為本公司澳門辦事處（宋玉生廣場 258 號 12 樓 A 座），辦公室電話 +853 2875 6610，請先預約。
        馬來西亞合拍劇《檳城往事》在喬治市取景，徵求會說福建話的臨演 30 名，住宿由劇組安排於 Lebuh Chulia 合作旅館，詳情請洽辦公室 +60 4-261 8890。
    """),
    ("zh-Hant", "酬勞價目表"): _lines("""
        【2025 配音報價】廣告旁白 30 秒以內 NT$6,000 起，含兩次修改；電視播出版權一年，網路版權另計 50%，報價有效期限至 2025/06/30。
        動畫角色配音：主角每集 NT$3,500、配角每集 NT$1,800、路人群聲每小時 NT$1,200，單日錄音超過 4 小時以 1.33 倍計，跨夜另加 NT$500。
        有聲書朗讀按完成時數計價：每成品小時 NT$4,000，修音及剪輯另收 NT$1,500／小時，交檔格式 WAV 48kHz／24bit，含章節標記與封面檔。
        臨演車馬費標準：一般日戲 NT$1,000／10 小時，夜戲 NT$1,300／10 小時，特殊造型（泳裝、雨戲、古裝剃頭）每項加給 NT$300–500。
        特約演員（有台詞）：單場 NT$2,500，含一句以上台詞者依工會建議價調整，便當與飲水由劇組提供，交通自理，跨縣市外景另補油資。
        錄音室租借：A 棚 NT$1,800／小時、B 棚 NT$1,200／小時，含錄音師一名；平日 22:00 後及例假日加收 20%，最低租用 2 小時。
        遊戲配音以字數計：中文每字 NT$2.5，最低收費 NT$3,000；戰鬥喊聲、呼吸聲、受傷聲等非語言音效每組 NT$150，十組以上九折。
        廣播劇單集（30 分鐘）製作費：配音演員 4 名共 NT$12,000、錄音混音 NT$6,000、音效授權 NT$2,000，合計 NT$20,000 未稅。
        經紀抽成說明：臨演案 15%、廣告配音 20%、長期合約依合約另議；單次給付達 NT$20,010 以上扣繳 10% 所得稅，並另扣 2.11% 二代健保補充保費。
        香港廣東話配音參考價：廣告 HK$3,500 起、電視劇每集 HK$1,200、遊戲每小時 HK$1,800，以港元結算，月結 30 天，公司支票或銀行轉帳。
        新加坡客戶報價：華語旁白 SGD 450／session（2 小時），英語旁白 SGD 520／session，另加 9% GST，發票開立公司 UEN 201834567K。
        方言加價：台語、客語 +20%，粵語、潮州話 +30%，原住民族語依族別另議，另需附發音指導費用 NT$2,000／場，指導老師由本公司安排。
        急件加價：24 小時內交檔 +50%、48 小時內 +30%；取消費：錄音前 24 小時內取消收取 50% 費用，當日取消全額收取，恕不退還訂金。
    """),
    ("zh-Hant", "LINE群組工作訊息"): _lines("""
        【製作組】明天 B 棚 09:30 進棚，先補錄第 7、8 集，導演說「阿飄」的聲線要再壓低一點，大家記得帶自己的保溫杯，棚內禁止手搖飲。
        場務這邊提醒：中和片場後門 07:00 才開，早到的請在隔壁全家便利商店等，不要在住戶門口抽菸，上次已經被里長檢舉過一次了。
        收到，錄音檔我已上傳到雲端「2024_廣播劇_台北夜行/EP05/raw」，檔名照規則 EP05_SC12_T03.wav，混音師晚上十點前確認。
        今天臨演總共簽到 47 人，便當叫了 50 個，剩 3 個放在道具車上，車馬費明天統一匯款，帳務有問題請私訊官方帳號，不要在群組問。
        各位配音老師辛苦了，《月光便利店》第一季 12 集全部錄完，慶功宴 12/20 晚上七點在公司樓下的「阿財海產」，已經訂了兩桌。
        錄音師回報：A 棚左邊那支 Neumann U87 有底噪，今天先全部改用 B 棚，已報修給音響行，預計週四前修好，請大家互相轉告。
        提醒一下，劇本是保密文件，請不要拍照傳到其他群組，上次《霧港》的劇情截圖流到 Dcard，製作人和片商都非常不高興，這次再發生會直接扣車馬費。
        明天外景地點改到淡水漁人碼頭情人橋旁停車場，雨備方案是回棚內拍，06:30 前會在群組公布最終決定，請留意記事本與官方帳號的推播通知。
        導演組確認：第 23 場致敬「蠟筆小新」的那段台詞客戶要求刪掉，有版權疑慮，新版劇本 v3.2 已經放在記事本，請一律用新版。
        今天收工時間預計 21:00，超時會依合約加給，需要搭接駁車回台北車站的請在 18:00 前回覆 +1，目前登記 23 人。
        場記提醒：第 15 場的連戲，路人甲右手拿咖啡、左手拿報紙，明天重拍時請同一批臨演保持相同服裝，鞋子、包包和手錶也都不要換。
        公司公告：12 月份勞務報酬單已寄到各位的電子信箱，請在 12/10 前簽名回傳，逾期會影響下個月的撥款時程，謝謝配合。
        配音指導說「哆啦A夢」模仿那段口氣太像原版，怕被客戶退件，下午 3 點再試三種版本，大家先休息吃點東西，便當放在二樓茶水間。
    """),
    ("zh-Hans", "配音行业资讯"): _lines("""
        上海电影译制厂成立于 1957 年，邱岳峰、毕克、童自荣等配音艺术家为《简·爱》《佐罗》等译制片留下了经典声音，至今仍被配音爱好者反复模仿。
        童自荣为法国电影《佐罗》中的主人公配音，“佐罗”一角华丽潇洒的声线成为一代观众的集体记忆，也常被配音培训课当作示范教材。
        电视剧《甄嬛传》中孙俪饰演的甄嬛由配音演员季冠霖配音，该剧热播后带动了国内观众对影视配音行业和幕后声音演员的关注，相关话题多次登上热搜。
        动画电影《哪吒之魔童降世》由饺子执导，片中哪吒一角由吕艳婷配音，影片 2019 年上映后票房突破 50 亿元人民币，刷新国产动画纪录。
        《人工智能生成合成内容标识办法》自 2025 年 9 月 1 日起施行，配音公司使用 AI 合成声音制作的有声内容需按规定添加显式或隐式标识。
        横店影视城是国内最大的影视拍摄基地之一，群众演员俗称“横漂”，每天清晨在演员公会门口等待通告的场景曾多次被媒体报道，也成为不少纪录片的拍摄题材。
        有声书平台对配音主播的需求持续增加，喜马拉雅等平台推出分成计划，头部悬疑类作品的单集制作周期已压缩到三天以内，对录音棚档期的需求随之上升。
        台湾配音员蒋笃慧长期担任《蜡笔小新》台湾版小新的配音，其独特的“小新腔”在两岸三地都有很高的辨识度，常被综艺节目和网络短视频模仿。
        日本声优神谷明曾为《城市猎人》冴羽獠、《北斗神拳》拳四郎配音，是日本动画黄金年代的代表人物之一，作品在港台地区影响深远。
        香港无线电视（TVB）配音组曾为大量日剧和动画制作粤语版本，《叮当》（即《哆啦A梦》）等粤语译名在港澳地区家喻户晓，至今仍有不少观众习惯旧译名。
        北京电影学院声音学院、中国传媒大学播音主持艺术学院均开设配音相关课程，每年招生简章会在学校官网公布考试科目、报名方式与时间安排。
        深圳声域文化科技有限公司宣布完成 A 轮融资，资金将用于建设多语种配音平台，统一社会信用代码 91440300MA5G8K2X7Q，注册资本 1000 万元。
        新加坡新传媒（Mediacorp）旗下的 8 频道长期播出华语电视剧，部分外购剧集会交由本地制作公司进行华语配音和字幕本地化处理。
    """),
    ("en", "studio_faq"): _lines("""
        Q: How do I submit a voice demo? A: Upload a 60 to 90 second MP3 through the casting form on our website; we do not accept demos sent to our WhatsApp Business line +65 8123 4400.
        Q: Where is the studio? A: Lion Voice Studios, 1 Kaki Bukit Road 1, #04-12 Enterprise One, Singapore 415934. Visitor parking is available in the basement car park.
        Q: How are payments handled? A: Clients may pay by PayNow to our UEN 201734562E; talent fees are released within 30 days of client approval, and invoices carry the prefix LVS-INV-.
        Q: Do I need an agent to work with you? A: No. Independent talent may apply directly; published scale rates still apply and we follow the Tripartite Standard on Contracting with Self-Employed Persons.
        Q: Can minors audition? A: Yes, with written consent from a parent or guardian. Sessions for performers under 16 end by 9 pm and a chaperone must remain in the control room.
        Q: What equipment do you use? A: Booth A runs a Neumann TLM 103 into an Apollo Twin X; sessions are recorded at 48 kHz/24-bit and delivered as WAV files with BWF timecode.
        Q: What are your opening hours? A: Monday to Saturday, 10:00 to 22:00 (GMT+8). Closed on public holidays including Hari Raya Puasa, Deepavali and Chinese New Year.
        Q: How do I reschedule a session? A: Email bookings@lionvoice.sg at least 24 hours ahead quoting your booking reference, e.g. BK-2024-11-0458; late cancellations incur a 50% fee.
        Q: Do you accept remote sessions? A: Yes, via Source-Connect or SessionLinkPRO. Test your connection with our engineer 15 minutes before call time; the tech line is +65 6745 2210 ext 3.
        Q: Is there a dress code for on-camera extras? A: Unless the call sheet says otherwise, avoid logos, pure white and fine stripes, which flicker on camera. Bring two changes of neutral clothing.
        Q: Can I use the recordings in my showreel? A: Only after the title has been publicly released and with the client's branding removed; see clause 9.2 of the Standard Talent Agreement v4.1.
        Q: Do you work with Malaysian talent? A: Yes. Our partner studio is at Level 8, Wisma Suria, Jalan Tun Razak, 50400 Kuala Lumpur (SSM 201901023456), office line +60 3-2161 7720.
        Q: Which languages do you record? A: English, Mandarin, Cantonese, Hokkien, Malay and Tamil. Dialect direction is available for an extra SGD 120 per hour, billed on the same invoice.
    """),
    ("mixed", "config_and_logs"): _lines("""
        2024-11-30 23:01:12,448 WARN  scheduler.booking: overlap detected booking=BK-20241130-0087 studio=B2 slot=14:00-16:00 action=auto_reject
        rates: {default_twd: 3500, overtime_multiplier: 1.33, night_bonus_twd: 300, dialect_uplift: 0.2}  # 2025 報價表 v2.1，請勿直接修改 production
        talent_id,stage_name,voice_type,languages,rate_per_hour_twd,agency_code,last_booked_at,contract_status,callback_flag
        [2024-12-03T06:12:40+08:00] INFO checkin.api POST /v1/extras/checkin 201 call_sheet=CS-1203-FOG location=NANGANG-EXPO count=47 latency_ms=182
        def calc_fee(hours, base=1000): return base + max(0, math.ceil(hours - 10)) * 150  # 臨演車馬費：超過 10 小時每小時加 150
        a3f9c1e (HEAD -> main, tag: v2.4.0) fix(invoice): 勞務報酬單 二代健保補充保費 rounding to nearest NT$1, closes #218
        sha256(EP05_SC12_T03.wav) = aafb3b38280fc6f3201b713faba04a3cddb638ad18f0e3c84c62893adedeb594  size=84,213,760 bytes
        ERROR ffmpeg: loudnorm failed job=TRX-884120 input=/mnt/nas/radio_drama/taipei_night/EP07_mix_v3.wav target=-24 LUFS（廣電規範 -24±2）
        .env.example: LINE_CHANNEL_ID=1657000000 LINE_CHANNEL_SECRET=changeme SMTP_HOST=smtp.example.com SMTP_FROM=noreply@example.com
        SELECT booking_id, studio, start_at FROM bookings WHERE start_at >= '2024-12-01' AND status = 'confirmed' ORDER BY start_at; -- 12 月排程
        物流追蹤：黑貓宅急便 單號 9034-1258-7762，道具箱 3 件，已於 2024/12/02 14:20 送達 中影八德攝影棚 收發室，簽收單位：製片組。
        i18n/zh-TW.json: {"callsheet.title": "通告單", "callsheet.meet_time": "集合時間", "fee.transport": "車馬費", "fee.overtime": "超時加給"}
        0 20 * * * /opt/castops/bin/send_reminders --channel line --template callsheet_v5 --tz Asia/Taipei >> /var/log/castops/reminder.log 2>&1
    """),
    ("ms", "notis_uji_bakat"): _lines("""
        NOTIS UJI BAKAT: Siri animasi "Kampung Bulan" mencari pelakon suara untuk watak Pak Mat, Mak Cik Kiah dan Comot si kucing. Hantar demo MP3 60 saat sebelum 20 Disember 2024.
        Pelakon tambahan diperlukan untuk drama bersiri di Melaka: 25 lelaki dan 25 perempuan berumur 20 hingga 50 tahun. Elaun RM150 sehari termasuk makan tengah hari.
        Syarikat: Bintang Suara Sdn. Bhd. (No. SSM 201801034567), Lot 3-2, Jalan PJU 7/3, Mutiara Damansara, 47800 Petaling Jaya. Talian pejabat 03-7725 8810.
        Sesi rakaman alih suara Bahasa Melayu untuk filem animasi Taiwan akan diadakan di Studio B, Cyberjaya, mulai 9 Januari 2025. Kadar RM400 bagi setiap sesi 3 jam.
        Peringatan: Semua pelakon tambahan wajib membawa kad pengenalan asal pada hari penggambaran untuk tujuan insurans berkumpulan. Salinan fotostat tidak diterima.
        Untuk pertanyaan, hubungi talian WhatsApp rasmi syarikat +60 12-330 4455 (Isnin hingga Jumaat, 9 pagi hingga 6 petang). Sila jangan hubungi krew secara peribadi.
        Kadar bayaran 2025: alih suara iklan radio 30 saat RM800, iklan TV RM1,500, buku audio RM250 sejam siap. Semua harga belum termasuk SST 8%.
        Penggambaran iklan Hari Raya di Kuala Kangsar memerlukan 40 pelakon tambahan berbaju kurung dan baju Melayu. Bas disediakan dari Stesen LRT Kelana Jaya pukul 5 pagi.
        Invois No. BSS-INV-2024-1187 bertarikh 30/11/2024: rakaman studio 12 jam dan pengurusan bakat, jumlah RM6,480.00. Bayar ke Maybank 5142 7788 0012 atas nama Bintang Suara Sdn. Bhd.
        Tan Sri P. Ramlee dikenang sebagai seniman agung; babak-babak dari filem "Ibu Mertuaku" sering digunakan dalam kelas lakonan suara sebagai contoh intonasi yang jelas.
        Jadual minggu ini: Isnin rakaman lagu tema, Selasa uji bakat kanak-kanak (umur 8 hingga 12), Rabu ADR episod 5 hingga 8, Khamis cuti umum, Jumaat semakan akhir bersama pengarah.
        Bengkel asas lakonan suara selama dua hari di Kuala Lumpur, yuran RM350 termasuk sijil penyertaan; tempat terhad kepada 30 orang, pendaftaran melalui borang dalam talian sahaja.
        Set di Bukit Bintang ditukar ke 7 pagi esok, trak props tiba 5.30 pagi. Sila parkir di tempat letak kereta Pavilion aras P3, resit parkir boleh dituntut daripada akaun produksi.
    """),
    ("zh-Hant", "合約條款"): _lines("""
        第三條（報酬）甲方應於乙方完成錄音且經客戶驗收後三十日內，將酬勞扣除法定稅額後匯入乙方指定之本人帳戶，匯款手續費由甲方負擔。
        第五條（聲音權利）乙方同意甲方及其授權之客戶，於本合約約定之媒體、地區及期間內，重製、公開播送及公開傳輸乙方之錄音成果。
        第七條（AI 使用限制）未經乙方另以書面同意，甲方不得將乙方之錄音用於訓練語音合成模型，亦不得生成模仿乙方聲線之內容，違者應負損害賠償責任。
        第九條（保密義務）乙方對於劇本、角色設定、未公開之片名及製作進度負保密義務，本義務於合約終止後三年內仍繼續有效，違反者依第十條處理。
        第十一條（未成年人）乙方未滿十八歲者，本合約應經法定代理人簽署同意，且每日工作時間不得違反勞動基準法及兒童及少年福利與權益保障法之規定。
        第十二條（不可抗力）因天災、疫情、政府命令致無法如期拍攝者，雙方得協議延期，已到場之臨演仍應給付半日車馬費，不得藉故扣減。
        立約人欄位：甲方 星河演藝經紀有限公司，統一編號 53812467，代表人 ＿＿＿＿；乙方 ＿＿＿＿（簽章），身分證字號 ＿＿＿＿＿＿＿＿＿＿，中華民國　年　月　日。
        第十四條（爭議處理）本合約以中華民國法律為準據法，如有爭議，雙方同意以臺灣臺北地方法院為第一審管轄法院，並先行協商三十日。
        附件二「個人資料蒐集告知事項」：依個人資料保護法第八條，甲方蒐集之姓名、聯絡方式僅用於通告聯繫及保險投保，保存至合約終止後一年。
        第六條（署名）甲方應於作品片尾名單或節目資訊中以乙方之藝名署名，乙方如不願署名，應於錄音前以書面通知甲方，甲方不得拒絕。
        第十條（違約金）任一方無正當理由於錄音前四十八小時內取消者，應給付他方約定酬勞百分之五十作為懲罰性違約金，並賠償實際損害。
        第四條（工時）每日工作以十小時為原則，含用餐休息一小時；超過部分依每小時 NT$150 計算，未滿三十分鐘者以三十分鐘計。
        香港分約補充條款：如錄音於香港進行，酬勞以港元支付，並受香港《版權條例》（第 528 章）規管；爭議提交香港國際仲裁中心仲裁。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        演員資料表｜姓名：林語彤｜藝名：小彤｜生日：1998/03/14｜身分證：F275175592｜手機：0935-218-476｜戶籍：新北市板橋區民權路83巷12號4樓｜聲線：少女、御姊
        徐振豪剛在群組說明天的臨演通告要請假，他上週確診帶狀皰疹還在吃藥，臉上都是疹子不能上鏡，請幫他從名單拿掉。
        3/8 廣播劇酬勞 NT$4,500 請匯到國泰世華（013）帳號 0830-5011-2947，戶名鄭宛蓉，匯完麻煩截圖給我，謝謝。
        阿凱昨天收工後跟我借了兩萬，說信用卡債這個月再繳不出來就要被催收了，這件事先不要在大群組講喔。
        林太剛打來，她女兒陳品妤（童星，9 歲）下週二要開刀割扁桃腺，兒童台《小熊學校》那兩集配音要先找替補。
        2024-11-02,王冠廷,男,1991-05-17,172cm,0921-674-330,台中市西屯區福科路311巷8號,便服x2,已簽到
        @周詠晴 妳的勞保被公司退保了，會計說妳去年勞務報酬申報 38 萬多，要補加保的話把存摺封面拍給我。
        試音報名｜聯絡人：賴昱辰｜Email：yuchen.lai0612@gmail.com｜可錄音時段：平日 19:00 後｜備註：有台語配音經驗
        明早五點半在板橋車站北門集合，臨時有狀況直接打我手機 0972-553-018，不要打公司電話，那支早上沒人接。
        接駁車今天是老蔡開的，白色 Toyota Hiace 車牌 RCE-6271，他說停在松山文創園區對面的光復南路上等大家。
        乙方：蘇曉萱，身分證字號 B260335233，通訊地址 台北市文山區興隆路三段 112 巷 5 弄 7 號 2 樓，合約期間自 2025/01/01 至 2025/12/31。
        張先生的太太今天跑來片場大鬧，說他偷接私活不拿錢回家，兩個人正在辦離婚，以後排班先不要把他們排在同一組。
        經紀人備註：何佩珊懷孕 14 週，醫生交代不能久站也不能淋雨，12 月古裝劇雨戲的通告先幫她全部推掉。
        臨演保險名冊：黃志明，男，出生 1985-07-22，身分證 E189388273，緊急聯絡人 黃美玉（母）0928-447-615。
        我是上個月在《霧港》當臨演的吳俊宏，11/12、11/13 兩天的車馬費 NT$2,400 到現在都沒收到，經紀人一直已讀不回，再不處理我要去勞工局申訴。
        附上謝雅雯的定妝照 IMG_20241105_xieyawen_01.jpg，還有她的身分證正反面翻拍，保險公司要求今天下午五點前送件。
        聽說配音班的小馬（馬家豪）上禮拜酒駕被抓，現在交保中，下週的錄音進度可能要延，先不要讓客戶知道。
        廖姿婷跟公司簽的是月薪保障 42,000，經紀抽成三成，她私下拜託我不要讓其他配音員知道她的薪水。
        道具服裝請寄回：台南市東區崇學路 165 巷 22 號 3 樓 鄭小姐 收，電話 06-2081-753，白天家裡沒人請放管理室。
        2024-12-01T09:14:22+08:00 INFO talent.update id=T0451 name="邱柏翰" phone="0958-331-207" line_id="bohan_0801" status=active
    """),
    "zh-Hans": _lines("""
        演员档案：顾思远，男，身份证 310104199203154814，手机 139 1782 4056，住上海市徐汇区漕溪北路 595 弄 3 号 1202 室，声线：青年音、播音腔。
        横店这边群头老周说，王建军上周拍夜戏从马上摔下来，腰椎骨折，剧组只给了两千块就不管了，他老婆现在天天在群里哭。
        刘姐刚在微信里说她儿子确诊白血病，住在浙大儿院，接下来几个月的配音排期都要空出来，大家帮忙顶一下。
        微信转账记录：2024-11-28 20:41 向 孙浩然 转账 ¥800.00，备注“有声书《长夜》第 3-5 章配音费”，交易单号 4200001947202411288831。
        粤语配音员陈嘉欣的资料：香港身份证 K654321(9)，手机 9463 2187，住九龙深水埗长沙湾道 233 号 11 楼 C 室，周末才能进棚。
        新加坡华语配音李俊杰（NRIC S8812345Z）已确认 12 月 14 日进棚，录完后酬劳请直接 PayNow 到他的手机 9187 6624。
        马来西亚临演黄伟强，IC 880512-10-5523，住巴生 Taman Sri Andalas, Jalan Sri Sarawak 12 号，电话 016-227 9034，会讲福建话和粤语。
        小样我听完了，你的试音文件太大发不过来的话，直接发我私人邮箱 xiaomeng.dub1994@163.com，我今晚下班后再听一遍。
        阿强欠群头三千块到现在还没还，听说他还在网贷平台借了五六万，最近通告都别派给他了，免得又出事。
        澳门临演梁志伟，澳门居民身份证 1287654(3)，手机 6628 4715，住氹仔告利雅施利华街 18 号 3 楼 D 座，只能接晚上的戏。
    """),
    "en": _lines("""
        Talent sheet | Name: Marcus Tan Wei Jie | NRIC: S9234567Z | Mobile: +65 9123 5870 | Home: Blk 412 Ang Mo Kio Ave 10, #08-1243, Singapore 560412 | Voice: warm baritone
        Hi, it's Priya Ramasamy. I can't make Saturday's ADR session after all, my chemo got moved to Friday and I'll be wiped out. So sorry!
        Please release the session fee for Jolene Koh to her DBS account 120-345678-9; she asked us not to use PayNow because her ex still has access to her phone.
        Courier the signed NDA to Daniel Lim at 27 Jalan Kembangan, Singapore 419120. It's his parents' house, so ring the bell before 9 pm.
        Background artist Kenneth Wong Ka-ho (HKID Y382716(8)) was taken to Queen Elizabeth Hospital after fainting on set; his sister is on her way there now.
        FYI Kev Ong's fees are being garnished after his bankruptcy order, so accounts must send 40% of every payout to the Official Assignee from this month.
        2024-12-02 18:03:51 INFO mailer sent callsheet_v5 to=sharon.yeo.vo@gmail.com booking=BK-2024-12-0112 status=250 OK
        T0388,Mimi,Tay Hui Min,1996-08-30,+65 8734 2291,huimin.tay96@yahoo.com.sg,SGD 380/session,alto,available weekends
    """),
    "ms": _lines("""
        Nama: Nur Aisyah binti Rahman | No. KP: 950823-14-6672 | Telefon: 012-558 3190 | Alamat: No. 18, Jalan Setia 3/5, Taman Setia Jaya, 81100 Johor Bahru
        Encik Hafiz tak dapat datang penggambaran esok sebab isteri dia baru bersalin di Hospital Ampang pagi tadi, tolong cari pengganti.
        Bayaran elaun pelakon tambahan sila masuk ke akaun Maybank 1140 2233 5567 atas nama Siti Hajar binti Osman, jumlah RM450 untuk tiga hari.
        Kak Yati beritahu anak bongsu dia kena denggi, sekarang masuk wad Hospital Sungai Buloh, jadi dia tarik diri dari rakaman minggu ini.
        Tolong pos semula kostum ke rumah Farid Iskandar, No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor. Dia kata letak dalam peti surat saja.
        Kereta Zul nombor WXY 8821 kena saman di lokasi semalam; dia minta syarikat bayar sebab dia parkir di situ atas arahan krew.
    """),
    "mixed": _lines("""
        阿Ben（陳柏文）的 demo reel 請寄到他的 benchen.vo@gmail.com，他說 Google Drive link 公司的 firewall 打不開。
        @Vivian 林 妳的 passport number 要給 production 辦 visa，我這邊記的是 352817604，expiry 2029/06/30，確認一下有沒有錯。
        Call sheet Day 3｜臨演 #14 Jason 許哲維｜mobile 0910-387-552｜wardrobe: 西裝 x1｜note: 有氣喘，外景請備吸入器
        Uncle Lim 明天不能来了, dia masuk wad semalam sebab strok ringan, 他女儿说至少要休息一个月才能回来拍戏。
        Payslip Nov 2024｜黃怡君｜gross NT$38,400｜勞保 NT$1,015｜net NT$31,850｜bank 台新 812 帳號 2003-1004-5567
        HK 配音 booking：Chan Tsz-yan 陳芷欣，HKID R507294(7)，mobile 6123 8890，住將軍澳唐明街 2 號 18 樓 F 室，酬勞要現金。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是「星河演藝經紀」的行政助理，協助整理臨演名冊與通告單，回覆時只輸出整理好的表格，欄位之間用「｜」分隔。",
        ),
        (
            "user",
            "幫我把這幾位整理成名冊：陳怡蓁 0912-448-106 女 165cm；羅建宏 0987-221-590 男 178cm 左手臂有刺青；潘郁婷 0955-317-842 女 158cm。",
        ),
        (
            "assistant",
            "姓名｜性別｜身高｜手機｜備註；陳怡蓁｜女｜165cm｜0912-448-106｜－；羅建宏｜男｜178cm｜0987-221-590｜左手臂刺青；潘郁婷｜女｜158cm｜0955-317-842｜－",
        ),
        ("user", "羅建宏那一欄備註改成「需遮瑕膏遮左手臂刺青，請化妝組提前準備」。"),
        (
            "assistant",
            "已更新：羅建宏｜男｜178cm｜0987-221-590｜需遮瑕膏遮左手臂刺青，請化妝組提前準備。其餘兩位資料不變。",
        ),
    ],
    [
        (
            "user",
            "我是配音員江宜蓁，10 月幫《月光便利店》錄了 6 集，酬勞 NT$21,000 到現在還沒匯。我的帳戶是玉山銀行（808）0912-9680-33471，幫我寫一段 LINE 訊息給經紀人，語氣客氣但要堅定。",
        ),
        (
            "assistant",
            "您好，我是江宜蓁。想跟您確認 10 月《月光便利店》6 集的配音酬勞 NT$21,000，目前尚未入帳。麻煩協助確認撥款進度，匯款帳戶為玉山銀行（808）0912-9680-33471。謝謝您！",
        ),
        ("user", "再加一句：如果 12/15 前還沒收到，我會向勞工局申請勞資爭議調解。"),
        (
            "assistant",
            "您好，我是江宜蓁。10 月《月光便利店》6 集酬勞 NT$21,000 尚未入帳，帳戶為玉山銀行（808）0912-9680-33471。若 12/15 前仍未收到，我將向勞工局申請勞資爭議調解，還請見諒並協助處理，謝謝。",
        ),
    ],
    [
        (
            "system",
            "You are a scheduling assistant for a voice studio in Singapore. Keep emails short and warm.",
        ),
        (
            "user",
            "Rachel Goh (mobile +65 9772 1048) needs to move booking BK-2024-12-0140 because she's having a thyroid operation on 10 Dec. Draft an email suggesting 17 or 18 Dec instead.",
        ),
        (
            "assistant",
            "Subject: Rescheduling BK-2024-12-0140. Hi Rachel, thank you for letting us know about your operation on 10 Dec, and we wish you a smooth recovery. We'd be happy to move your session to 17 or 18 Dec; just reply with whichever suits you. Warm regards, Lion Voice Studios",
        ),
        ("user", "Should I also text her on her mobile?"),
        (
            "assistant",
            "A short text to +65 9772 1048 is fine, but keep medical details out of it; simply say you've emailed new date options for her booking.",
        ),
    ],
    [
        (
            "user",
            "我是北京的配音演员赵晓雯，身份证 330781198809072623。一家有声书公司给我的合同里写着“乙方授权甲方永久使用乙方声音用于人工智能模型训练”，我能签吗？",
        ),
        (
            "assistant",
            "赵女士，建议先不要签。这条属于对声音权益的永久、概括性授权，范围过宽。您可以要求删除该条款，或限定用途、期限并另行约定报酬；签约前也不宜把身份证号随意发给第三方。",
        ),
        ("user", "那我该怎么跟他们说？"),
        (
            "assistant",
            "可以这样回复：“您好，我是赵晓雯。关于合同第 7 条 AI 训练授权，本人不同意永久授权，建议删除或改为另行书面约定。其余条款可继续沟通。”",
        ),
    ],
    [
        ("system", "Anda ialah pembantu pengurusan bakat untuk syarikat Bintang Suara Sdn. Bhd."),
        (
            "user",
            "Tolong masukkan data pelakon baharu ke format borang: Muhammad Amirul bin Zainal, KP 010315-10-1187, tel 011-2345 7781, alamat No. 7, Lorong Melati 2, Taman Melati, 53100 Kuala Lumpur, suara remaja lelaki.",
        ),
        (
            "assistant",
            "Borang Pendaftaran Bakat. Nama: Muhammad Amirul bin Zainal. No. KP: 010315-10-1187. Telefon: 011-2345 7781. Alamat: No. 7, Lorong Melati 2, Taman Melati, 53100 Kuala Lumpur. Jenis suara: remaja lelaki.",
        ),
    ],
    [
        (
            "user",
            "幫我 summarise 下面個 WhatsApp：「Hi 我係 Karen Leung 梁凱琳，HKID A483021(6)，我下個禮拜要做 IVF，所以要 cancel 禮拜二個 session，唔好同其他人講。」",
        ),
        (
            "assistant",
            "Summary: Karen Leung (梁凱琳) cancels next Tuesday's session because of a medical procedure next week and asks that the reason be kept confidential.",
        ),
        ("user", "我要唔要喺 booking system 寫低佢個原因？"),
        (
            "assistant",
            "唔建議。System 入面寫「talent cancelled – personal reason」就夠，IVF 同 HKID 都唔需要記錄，避免其他同事睇到。",
        ),
    ],
    [
        (
            "system",
            "使用者資料：姓名 曾柏睿，1996 年生，身分證 D191625575，身高 181 公分，擅長台語、日語，住台北市大同區延平北路二段 88 巷 4 號 3 樓。請依此協助撰寫試音用自我介紹。",
        ),
        ("user", "幫我寫 30 秒的自我介紹，要試《幻境旅團》的劍士凱爾。"),
        (
            "assistant",
            "大家好，我是曾柏睿，今年二十八歲，身高一百八十一公分。我擅長台語和日語配音，聲線偏低沉有力，很適合凱爾這樣外冷內熱的劍士角色，希望有機會為他發聲。",
        ),
        ("user", "把年齡和身高拿掉，改成強調我的台語能力。"),
        (
            "assistant",
            "大家好，我是曾柏睿。台語是我的母語，從廟口口白到八點檔對白都能駕馭；我也能說日語。凱爾外冷內熱，我想用低沉穩定的聲線，讓他的每一句承諾都有分量。",
        ),
    ],
    [
        (
            "user",
            "One of our extras, Ravi a/l Subramaniam (IC 870214-07-5531, phone 019-442 8173), sprained his ankle on set in Penang yesterday. What should go into the incident report and the SOCSO claim?",
        ),
        (
            "assistant",
            "Record the date, time and exact location, what he was doing, witnesses, first aid given and the clinic visited. For SOCSO (PERKESO) you will need his IC number 870214-07-5531, employer details, and the medical certificate.",
        ),
        ("user", "He also told me he has diabetes. Should that go in?"),
        (
            "assistant",
            "Only if the doctor links it to the injury or recovery. Otherwise leave it out of the incident report and keep it confidential; it's sensitive health data about Ravi.",
        ),
    ],
    [
        (
            "user",
            "幫我整理今天 LINE 群組重點：「明天 07:00 中和片場集合」「@小安 妳上次說的胃潰瘍好點沒？」「方雅琪說她上週的車馬費還沒收到，她手機 0963-115-284」",
        ),
        (
            "assistant",
            "今日重點：1. 明天 07:00 中和片場集合。2. 方雅琪反映上週車馬費未入帳，聯絡電話 0963-115-284，請會計確認。3. 小安胃潰瘍復原情況，有成員關心。",
        ),
        ("user", "把健康狀況那段拿掉，只留工作事項。"),
        (
            "assistant",
            "今日重點：1. 明天 07:00 中和片場集合。2. 方雅琪反映上週車馬費未入帳（0963-115-284），請會計確認後回覆。",
        ),
    ],
    [
        ("system", "你是澳门一家影视制作公司的行政助理，回复要简洁、得体。"),
        (
            "user",
            "临演何家俊（澳门居民身份证 5213896(2)）说他欠了赌厅中介十万，求我们预支下个月的临演费，我该怎么回他？",
        ),
        (
            "assistant",
            "可以回复：“家俊你好，理解你目前的困难，但公司规定临演费只能按实际出勤结算，无法预支。如需协助，可联系社会工作局的相关辅导服务。”",
        ),
        ("user", "Should I tell the director about his debt?"),
        (
            "assistant",
            "No need. His debt is a private matter; only raise it if it affects his attendance or safety on set, and even then just mention the scheduling issue.",
        ),
    ],
]
