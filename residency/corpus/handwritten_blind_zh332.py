# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh332: 繁體中文（香港）風水命理與算命館（客人八字、流年批算、改名服務、收費糾紛、投訴、WhatsApp群）. All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh332
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "價目表"): _lines("""
        玄機閣命理館 2027 年收費表：八字詳批（連一年流年）HK$1,880；八字加十年大運 HK$3,280；夫妻合婚 HK$2,680；即日加急另加 HK$500。
        改名服務：成人改名（提供三個名，附筆劃五行分析）HK$3,800；BB 起名（出世紙用，含中英文名建議）HK$2,980；公司或舖頭命名 HK$6,800 起。
        擇日服務：結婚擇日 HK$1,200；剖腹產擇日（提供三個時辰俾醫生配合）HK$2,400；開張、入伙、搬屋擇日每項 HK$980。
        風水實地勘察：住宅 800 呎以下 HK$6,800，每多 100 呎加 HK$600；商舖或寫字樓 HK$12,800 起；新界及離島另收車馬費 HK$300。
        澳門及深圳上門勘察：澳門半島 MOP$9,800（船票實報實銷）；深圳福田、南山 RMB¥8,800，須提前 14 日預約並預繳全數。
        付款方式：現金、轉數快 FPS（商戶識別碼 108826379）、PayMe for Business、八達通、Visa 及 Master；恕不接受支票及個人戶口轉賬。
        訂金政策：預約時須繳付 50% 訂金，預約前 48 小時取消可全數退回；48 小時內取消或當日冇出現，訂金恕不退還；如遇八號風球或黑雨，可免費改期一次。
        太歲燈、光明燈全年供奉每盞 HK$388；2027 丁未年屬羊值太歲、屬牛沖太歲、屬狗刑太歲、屬鼠害太歲，建議正月十五前登記。
        地址：九龍旺角彌敦道 688 號旺角中心一期 14 樓 1408 室（港鐵旺角站 E2 出口），營業時間 11:00 至 20:00，逢星期二休息。
        查詢熱線 2388 6218；WhatsApp 預約 5108 2627（只限文字訊息，師傅唔會喺電話度睇相）；電郵 booking@xuanjige-hk.com。
        商業登記證號碼 71835260-000-03-26-8；本館所有收據均印有登記號碼及公司印鑑，如收據冇呢個號碼請勿付款。
        長者（65 歲或以上）憑長者咭八字詳批九折；學生流年簡批 HK$480（只限 2027 年運程，約 30 分鐘，須出示學生證）。
        水晶擺件價目：紫水晶洞約 12kg HK$4,680（SKU XTL-AMETH-12KG）；黑曜石貔貅手串 HK$680；銅製麒麟一對 HK$1,280。
    """),
    ("zh-Hant", "員工WhatsApp群"): _lines("""
        [11/1/2027 10:58] 前台：今日 11 點到 6 點全部約滿，walk-in 嘅一律叫佢哋 WhatsApp 5108 2627 約下個禮拜，唔好即場加鐘。
        [11/1/2027 11:20] 助理：流年批書個 template 已經更新咗 2027 丁未年太歲繆丙大將軍，舊版 v3.1 唔好再用，印錯要重印好嘥紙。
        [11/1/2027 12:05] 會計：上個月 FPS 入數總共 186 筆，有 3 筆備註寫錯單號，我已經對返 INV-2026-1207 至 INV-2026-1212，冇問題。
        [11/1/2027 13:41] 前台：提提大家，消委會熱線 2929 2222 打嚟查詢過收費表，記住張價目表要貼喺門口當眼位置，唔好收起咗。
        [11/1/2027 14:10] 師傅助理：聽日去觀塘開源道嗰棟商廈 23 樓睇寫字樓風水，羅盤同激光測距儀我放咗喺 2 號櫃，記得 check 電池。
        [11/1/2027 15:33] 前台：下晝嗰單等咗 45 分鐘，我已經 apply 咗 HK$200 折扣 coupon XJG-SORRY-200，單號 BK-270111-031，唔使再跟。
        [11/1/2027 16:02] 助理：順豐寄去澳門嘅流年書 tracking SF1402837765291 顯示清關中，估計聽日到，有人問就咁答。
        [11/1/2027 17:45] 會計：提提各位，月底前交返 12 月嘅收據存根，冇蓋印嗰啲唔計佣金，電子收據就 export 做 PDF 放上 shared drive，謝謝合作 🙏
        [12/1/2027 09:30] 前台：黃大仙祠今年年初一頭炷香會實施人流管制，我哋嗰日唔開門，IG 同 Facebook 公告已經出咗。
        [12/1/2027 10:15] 師傅助理：新到 50 本《2027 丁未年通勝》，擺喺收銀機隔籬，每本 HK$38，唔好就咁送，要入單。
        [12/1/2027 11:48] 前台：部 POS 機又 hang 機，error code E-0421，已經打咗俾 GlobalPay 商戶支援 2156 8800，佢哋話下晝派人嚟。
        [12/1/2027 14:20] 助理：Google Maps 有條一星評論話我哋呃錢，老闆話暫時唔好回覆，等佢同公司律師傾完先算。
        [12/1/2027 18:55] 會計：今日營業額 HK$23,460，現金 HK$6,200 已入夾萬，八達通同 Visa 結算單放咗喺 A4 文件夾。
    """),
    ("en", "faq"): _lines("""
        Q: How long does a full BaZi reading take? A: A standard Four Pillars reading with the 2027 annual forecast takes about 75 minutes; bring your date, hour and place of birth.
        Q: Do you offer readings in English or Mandarin? A: Yes. Our masters read in Cantonese, Mandarin and English; Tuesday and Saturday afternoons are kept for English sessions.
        Q: Can I get a refund if I disagree with the reading? A: Fortune-telling is a consultation service; fees are non-refundable once the session starts, per clause 6 of our terms (v2027.1).
        Q: Why do you need my birth hour? A: The hour pillar shapes about a quarter of the chart. If you do not know it, we can read a three-pillar chart at a reduced fee of HK$1,280.
        Q: Is the naming service recognised by the Immigration Department? A: No. We only suggest names; changing the name on an HKID card needs a deed poll and your own application to Immigration.
        Q: Do you sell charms that cure illness? A: No. We never claim to cure disease. Please see a registered doctor; the Undesirable Medical Advertisements Ordinance (Cap. 231) applies.
        Q: Where are you located? A: Room 1408, 14/F, Argyle Centre Phase 1, 688 Nathan Road, Mong Kok, a two-minute walk from Exit E2 of Mong Kok MTR station.
        Q: Can I complain if I feel pressured to buy? A: Yes. Write to care@xuanjige-hk.com or call the Consumer Council on 2929 2222; aggressive practices are an offence under Cap. 362.
        Q: Do you see clients from Singapore and Malaysia? A: Yes, over Zoom. Sessions cost SGD 420 or MYR 1,380, payable by Stripe invoice before the call.
        Q: Is Li Ju Ming one of your masters? A: No. We are not linked to any celebrity master; a WhatsApp message claiming so is a scam, report it to the Anti-Deception Coordination Centre on 18222.
        Q: Do you keep my birth chart? A: Charts are stored for 24 months for follow-up readings and then deleted; you may ask us to delete them earlier under the PDPO (Cap. 486).
        Q: Which Tai Sui presides over 2027? A: The Year of the Fire Goat is governed by General Miu Bing; Goat, Ox, Dog and Rat signs are advised to pray early in the year.
        Q: What does the Feng Shui audit report include? A: A floor-plan overlay with the 2027 flying stars, furniture advice and one follow-up visit within 90 days, as a PDF of about 20 pages.
    """),
    ("mixed", "booking_system_log"): _lines("""
        2027-01-11T10:58:03+08:00 INFO booking.create id=BK-270111-027 service=BAZI_FULL price_hkd=1880 channel=whatsapp_business status=PENDING_DEPOSIT
        2027-01-11T11:02:47+08:00 INFO payment.fps ref=FPS20270111A8C3D1 amount=940.00 currency=HKD booking=BK-270111-027 result=SETTLED
        2027-01-11T11:15:22+08:00 WARN chart.calc true_solar_time=on longitude=114.1694 tz=Asia/Hong_Kong dst_table=hk_1941_1979 delta_min=-23
        2027-01-11T12:30:09+08:00 ERROR pdf.render template=liunian_2027_v3.2.docx job=8f3c1a9e err="font NotoSerifTC-Bold missing" retry=1/3
        2027-01-11T13:44:51+08:00 INFO sms.reminder sent=42 failed=1 provider=Twilio sid=SM9b7e2f04c1d84a6b8e05f1a3c2d7e690 template=REMINDER_24H_ZH
        2027-01-11T14:05:00+08:00 INFO invoice.issue no=INV-HK-2027-00318 total=HK$3,800.00 item=NAME_CHANGE_ADULT br=71835260-000-03-26-8
        2027-01-11T15:20:31+08:00 WARN refund.request booking=BK-270104-009 amount=1880.00 reason=CLIENT_DISPUTE escalated_to=manager sla_hours=72
        2027-01-11T16:48:12+08:00 INFO shipment.create carrier=SF order=ORD-88213 waybill=SF1402837765291 dest=MO weight_kg=0.64 item=流年批書
        2027-01-12T09:00:00+08:00 INFO cron.job name=taisui_lamp_renewal matched=318 next_run=2027-02-11T09:00:00+08:00 duration_ms=1842
        2027-01-12T09:31:17+08:00 DEBUG auth.login user=counter_01 role=frontdesk ip=10.0.4.23 ua="Mozilla/5.0 (iPad; CPU OS 17_2 like Mac OS X)" mfa=ok
        2027-01-12T10:12:40+08:00 INFO zoom.create topic="BaZi Reading SG" meeting_id=845-2031-7766 duration=60 tz=Asia/Singapore host=master_room_2
        2027-01-12T11:05:55+08:00 INFO stock.adjust sku=XTL-AMETH-12KG qty=-1 sku=PIX-OBS-BR08 qty=-3 store=MK01 operator=counter_01 balance_ok=true
        2027-01-12T18:59:59+08:00 INFO daily.close store=MK01 revenue_hkd=23460.00 cash=6200.00 octopus=4380.00 card=12880.00 txn=37 digest=4e1b9c0f7a2d83e5
    """),
    ("zh-Hant", "命理典籍與歷史"): _lines("""
        《三命通會》為明代萬民英所撰，共十二卷，係子平八字學嘅集大成之作，至今仍係香港唔少命理班嘅必讀教材，中華書局及商務印書館都有出版點校本。
        北宋徐子平以日干為「我」，奠定今日八字論命嘅基礎，後人所編《淵海子平》即以其名命名，坊間俗稱八字為「子平術」，亦即係今日算命館所講嘅四柱推命。
        清代沈孝瞻著《子平真詮》，提出「用神專求月令」之說，民國時徐樂吾曾為之評註，香港書局至今仍有多個翻印版本，係學習格局用神嘅入門經典。
        相傳唐代袁天罡與李淳風合著《推背圖》，共六十象，每象配圖、讖語及頌詩，歷代屢遭禁印，民間抄本版本繁多，坊間流傳嘅「金聖歎批本」真偽至今仍有爭議。
        《梅花易數》託名北宋邵雍（康節先生），以時間、數字或聲音起卦，至今仍係廟街同黃大仙一帶占卜檔常用嘅方法，一般收費由 HK$100 至 HK$300 不等。
        清初風水家蔣大鴻著《地理辨正》，力倡玄空飛星之學，香港唔少商廈落成時都有按三元九運佈局嘅記載，中環幾座銀行大廈嘅風水之爭更加成為城中佳話。
        由 2024 甲辰年起進入下元九運（2024 至 2043 年），離卦當運，坊間風水師普遍建議加強南方同紅色元素嘅佈局。
        黃大仙祠（嗇色園）創建於 1921 年，位於九龍竹園村，係香港最多人求籤嘅廟宇之一，靈籤共一百支，2014 年主殿等建築獲列為一級歷史建築。
        上環荷李活道文武廟建於 1847 年，供奉文昌帝君及關聖帝君，2010 年列為法定古蹟，每年 DSE 考試季節都有唔少學生去拜文昌求功名。
        沙田車公廟每年正月初二車公誕都有大批善信轉風車，警方一般會喺年初一至初三實施人流管制及封路安排，建議善信搭港鐵屯馬綫到車公廟站。
        電影《殭屍先生》（1985）由林正英飾演茅山道士九叔，令羅盤、墨斗、桃木劍等法器深入香港幾代人嘅集體回憶，九叔一角亦成為香港殭屍片嘅經典形象。
        清代乾隆帝八字相傳為辛卯、丁酉、庚午、丙子，常被命理書引作「天子命造」嘅教學例子，亦有學者質疑其真偽，因為清宮檔案所載時辰同坊間版本略有出入。
        2027 丁未年值年太歲為繆丙大將軍，屬羊者值太歲，屬牛者沖太歲，屬狗者刑太歲，屬鼠者害太歲，宜年頭拜太歲，黃大仙祠及車公廟均設有太歲元辰殿供善信參拜。
    """),
    ("zh-Hans", "商户点评"): _lines("""
        ★★★★☆ 玄机阁命理馆（旺角中心店）：环境干净，价目表贴在门口，八字详批1880港币，讲解大概一个多小时，不会硬推水晶，整体可以。
        ★★☆☆☆ 从深圳过来专门约的，结果等了四十分钟，前台态度一般，最后送了200元折扣券，但流年报告要寄过来，不太方便，希望以后可以直接发电子版。
        ★★★★★ 庙街那几家算命摊和楼上铺完全不一样，这家会先讲清收费再开始，全程可以录音，推荐给第一次来香港算命的朋友，记得提前在WhatsApp预约。
        ★☆☆☆☆ 说好改名套餐3800港币包三个名字，结果最后说要加收「五行调和费」1200，已经在消委会网站填了投诉表，大家慎重。
        ★★★★☆ 黄大仙祠旁边的解签档口，解一支签50港币，师傅普通话讲得不错，就是排队的人太多，建议工作日上午去，周末和初一十五基本要排一个钟头以上。
        ★★★☆☆ 澳门新马路附近的择日馆，结婚择日收费MOP 1,500，三天内出结果，就是营业时间只到下午六点，周日不开门。
        ★★★★★ 台北行天宫地下街算命一条街名不虚传，收费大多新台币500到1000，但要自己判断，别被说得太吓人就乱买符，捷运行天宫站出来走两分钟就到。
        ★★☆☆☆ 新加坡牛车水的风水店，一个罗盘标价SGD 288，店员说是「开过光」的，其实网上同款几十块，价格虚高，而且不给开正式收据，不推荐。
        ★★★★☆ 吉隆坡茨厂街附近这家命理中心可以用中文、英文和马来语沟通，八字批算RM 680，电子报告第二天就发到邮箱，还附送一份2027年生肖运程小册子。
        ★☆☆☆☆ 店里一直暗示我今年「有血光之灾」，要花两万八做化解法事，这种吓人推销的手法真的很差，商户回复也是复制粘贴，最后我拒绝了，建议大家遇到这种情况直接离开。
        ★★★★☆ 铜锣湾时代广场附近那家塔罗占卜咖啡店，饮品加一次牌阵只要168港币，适合朋友聚会玩玩，别太当真就好，周末下午要提前在Instagram订位。
        商户回复：多谢光临玄机阁！关于等候时间过长的问题，我们已增加下午时段人手，如有疑问请WhatsApp 5108 2627联系客户服务部。
        ★★★★★ 苏民峰的新书签名会在湾仔会展书展，排了两个小时，书里的2027生肖运程写得挺通俗，买了两本送家里长辈，今年书展的人比往年还要多。
    """),
    ("ms", "notis_dan_iklan"): _lines("""
        Pusat Feng Shui Xuan Ji (M) Sdn. Bhd. (No. Syarikat 202301018842 (1513327-K)) kini dibuka di Jalan Petaling, Kuala Lumpur, Isnin hingga Sabtu 10 pagi hingga 7 petang.
        Bacaan BaZi penuh termasuk ramalan tahun 2027: RM 680; bacaan ringkas 30 minit: RM 280. Harga termasuk SST 8% (No. SST W10-2301-32000456).
        Perkhidmatan memilih tarikh perkahwinan dan pembukaan kedai: RM 350 setiap tarikh; keputusan dihantar melalui e-mel dalam tempoh 3 hari bekerja.
        Untuk temujanji, sila WhatsApp talian perniagaan kami 011-2627 8899 atau e-mel kl@xuanjige-my.com; panggilan suara tidak dilayan.
        Notis: Kedai ditutup pada 6 hingga 8 Februari 2027 sempena Tahun Baru Cina dan dibuka semula pada 9 Februari 2027 jam 10 pagi.
        Amaran penipuan: Kami tidak pernah meminta bayaran ke akaun peribadi. Akaun rasmi ialah Maybank 514012883306 atas nama Xuan Ji (M) Sdn. Bhd.
        Pelanggan yang tidak berpuas hati boleh membuat aduan kepada Tribunal Tuntutan Pengguna Malaysia atau Kementerian Perdagangan Dalam Negeri dan Kos Sara Hidup (KPDN).
        Produk baharu: gelang batu obsidian Pixiu (SKU PIX-OBS-BR08) RM 168; kompas luopan tembaga 6 inci (SKU LP-BR-06) RM 420; stok terhad.
        Kelas asas BaZi dalam bahasa Cina dan Inggeris: 8 sesi, setiap Sabtu 2 hingga 5 petang bermula 6 Mac 2027, yuran RM 1,880 termasuk buku teks.
        Ramalan umum tahun Kambing Api 2027: shio Kambing, Lembu, Anjing dan Tikus digalakkan berhati-hati dalam urusan kewangan dan kesihatan.
        Invois No. INV-MY-2027-00044 bertarikh 15/01/2027: Audit Feng Shui pejabat korporat di Jalan Sultan Ismail, Kuala Lumpur, jumlah RM 4,800.00 (termasuk SST).
        Penghantaran laporan bercetak ke Singapura melalui Pos Laju, nombor penjejakan EN482019375MY, anggaran tiba dalam 3 hingga 5 hari bekerja.
        Dasar privasi: carta BaZi pelanggan disimpan selama 24 bulan mengikut Akta Perlindungan Data Peribadi 2010 dan dipadam selepas itu.
    """),
    ("mixed", "config_and_code"): _lines("""
        bazi_engine.yaml: calendar: lunar_1900_2100 | true_solar_time: true | default_longitude: 114.1694 | timezone: Asia/Hong_Kong | dst_table: hk_1941_1979
        def day_pillar(jd: int) -> str: return STEMS[(jd + 9) % 10] + BRANCHES[(jd + 1) % 12]  # 例：JD 2451545 即 2000-01-01 為戊午日
        CSV header: booking_id,service_code,master_room,slot_start,slot_end,price_hkd,deposit_hkd,channel,status,created_at,updated_at
        SERVICE_CODES = {"BAZI_FULL": 1880, "BAZI_DECADE": 3280, "HEHUN": 2680, "NAME_ADULT": 3800, "NAME_BABY": 2980, "ZEYI_CSEC": 2400}
        .env.example: WHATSAPP_BUSINESS_NUMBER=+85251082627 | SMTP_FROM=booking@xuanjige-hk.com | STRIPE_KEY=sk_test_xxxxxxxxxxxxxxxx | LOCALE=zh-HK
        SELECT service_code, COUNT(*) AS n, SUM(price_hkd) AS revenue FROM bookings WHERE slot_start >= '2027-01-01' GROUP BY service_code ORDER BY n DESC;
        # 筆劃五行對照（康熙字典筆劃）：尾數 1、2 屬木；3、4 屬火；5、6 屬土；7、8 屬金；9、0 屬水，改名模組 name_strokes.py v0.9.4
        test_name_score.py: assert score_name(surname="黃", given="大仙") == 0  # 神祇名稱唔可以用作人名，應回傳 0 並發出 warning
        Dockerfile: FROM python:3.12-slim; RUN pip install lunar-python==1.3.12 sxtwl==2.0.7 weasyprint==62.3; EXPOSE 8080; CMD ["gunicorn", "app:app"]
        zh-HK.json: {"btn.book": "立即預約", "msg.deposit": "請於 24 小時內繳付 50% 訂金", "msg.taisui": "2027 犯太歲生肖：羊、牛、狗、鼠"}
        crontab: 0 9 11 2 * /opt/xjg/bin/renew_lamps --year 2027 --notify whatsapp --dry-run=false >> /var/log/xjg/lamps.log 2>&1
        git log: a91c3e7 fix(liunian): 2027 丁未年流月表卯月起點改為驚蟄 2027-03-06 (#214), reviewed-by: ci-bot
        fixtures/clients.sample.csv: client_id,display_name,birth_date,birth_hour 之後一行為 C0001,示範客戶,1990-01-01,子（全部為佔位值）
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        客人陳嘉敏小姐，1991 年 8 月 23 日酉時喺養和醫院出世，想問今年流年感情，WhatsApp 9617 2845，已付訂金 HK$940。
        黃志強先生話佢欠咗兩間財仔差唔多四十萬，問我哋有冇化解方法，師傅建議佢先搵債務重組顧問，唔好再借。
        改名申請表｜原名：李美玲｜新名：李芷晴｜HKID：Y628103(4)｜出生：1988-11-02 卯時｜聯絡：6283 4017
        林太預產期係 2027 年 4 月中，想揀剖腹時辰，醫生話最早 4 月 8 號，佢同老公林國華都屬虎，驚個 BB 同佢哋相沖。
        梁生個仔上個禮拜喺旺角涉嫌醉駕俾警察拉咗，下個月上庭，梁生嚟問今年個仔犯唔犯官非。
        投訴人：何詠詩（電話 5439 2106），稱於 2026 年 12 月 3 日被游說購買化解法事 HK$38,800，要求全數退款。
        阿明嗰位客（何少明）今日又嚟，話佢老婆鬧緊離婚，問夫妻宮仲有冇得救，佢 WhatsApp 6972 1180。
        張太乳癌第二期，下個月喺瑪麗醫院做手術，想揀個好日子入院，師傅已經批咗三個日子俾佢揀。
        流年批書寄件地址：新界沙田禾輋邨豐和樓 1012 室 鄭偉業先生收，電話 9156 3388，請用順豐到付。
        周小姐（周曉彤）轉工之後月薪得 HK$18,500，問今年財運，順便想將英文名 Tiffany 改做 Tiffanie。
        八字：乾造 1979 年 3 月 14 日寅時｜客人：馮家豪｜職業：的士司機｜車牌 LV 8823｜問題：今年有冇交通意外
        收據 No. 0871：客戶吳淑儀，改名服務 HK$3,800，以 FPS 付款，付款戶口 HSBC 004-512-338291-888。
        麥太（麥陳麗娟）話佢老公喺大陸有第二頭家，想知今年會唔會離婚，亦都問埋個女嘅升學運。
        WhatsApp 群「玄機閣VIP客戶」新加入：@羅家輝 +852 9285 0642，入群目的：2027 年荃灣新舖開張擇日。
        蔡生（蔡永康）抑鬱症覆診緊，仲食緊藥，屋企人帶佢嚟睇命，師傅叫佢唔好停藥，已記錄喺客人檔案 C-2027-0119。
        客人鄧美華 HKID R517203(8)，要求我哋出具改名建議書俾入境處用，師傅已講明我哋嘅文件冇法律效力。
        溫小姐懷孕 10 個禮拜，仲未同屋企人講，問個 BB 八字同佢自己沖唔沖，叫我哋千祈唔好打去佢屋企 2776 4531。
        楊生喺澳門賭場輸咗成百萬，澳門電話 6628 1475，問幾時可以轉運，仲話想借多筆錢再去翻本。
        退款紀錄：客人葉俊傑（會員號 VIP-00318）於 2027-01-04 投訴八字批錯出生時辰，退回 HK$1,880 至其中銀戶口 012-875-1-093526-4。
        譚婆婆個孫女 Cherry 話婆婆腦退化越嚟越嚴重，想幫婆婆擇日搬入沙田嘅安老院，孫女手機 5316 9827。
    """),
    "mixed": _lines("""
        Client: Kelvin Cheung 張家樂, DOB 1990-06-18 戌時, HKID K392014(3), 想問 2027 事業運, booked via WhatsApp +852 6045 7719.
        改名 request from Mrs. Wong Lai Ying 王麗瑩: wants an English name for her daughter born 2026-12-28 at QMH, email wongly.family@gmail.com.
        Complaint escalated: Mr. Dennis Lau 劉德信 says the master told him his wife will die within 3 years; he wants HK$12,800 back. Tel 9731 0285.
        新加坡客 Tan Wei Ling, NRIC S8812345Z, 想揀 2027 年結婚日子, fiancé 係 Marcus Goh, budget SGD 500, prefers Saturday.
        BK-270115-044 | 客人: Sharon Ho 何雪儀 | service=BAZI_FULL | paid=FPS | note: 啱啱離婚, 想知 custody case 會唔會贏.
        VIP 群 msg from 輝叔 (Chan Kam Fai): 我個肝癌指數又高咗, 想問師傅今年過唔過到, 有事打我屋企 2691 8846.
        台灣客人林怡君 Lin Yi-Chun, 身分證 A225183067, LINE ID yichun0812, 想算 2027 流年同埋新公司名.
        Refund to Ms. Jessica Yeung 楊潔儀, HSBC a/c 808-224317-833, amount HK$940 (deposit), reason: master no-show on 2027-01-09.
        深圳客陈志远 Chen Zhiyuan, 身份证 440304198807152313, 微信 czy_8807, 預約 1 月 20 日上門睇福田香蜜湖新屋風水.
        Malaysian client Ong Siew Mei, MyKad 850312-10-5628, lives at No. 18, Jalan SS2/24, Petaling Jaya, wants a feng shui audit of her home.
    """),
    "en": _lines("""
        Client note: Mr. Raymond Ip, 52, recently diagnosed with Parkinson's, asked whether 2027 is a good year to sell his flat in Tai Koo Shing.
        Ms. Karen Lui paid HK$38,800 for a curse-removal ritual and is now threatening to go to the police; her husband Alan Lui has called the shop twice.
        Booking confirmation sent to bernard.tsang1977@yahoo.com.hk for a BaZi reading on 18 Jan 2027, 3:00 pm, Room 1408.
        Please call back Mrs. Fong on 9428 6103; she wants to reschedule her son's naming session because the baby is still in NICU.
        Customer record: Name: Gary Kwok Chi-wai | DOB: 1983-02-07 | Time: 05:40 | Place: Kwong Wah Hospital | Question: bankruptcy petition filed by his bank.
        Expat client Sophie Marchand, passport no. 21FK88317, moving into Flat 7B, 23 Repulse Bay Road next month, wants a feng shui check before signing.
        Our regular Auntie May (May Leung) is behind HK$6,000 on her tai sui lamp instalments and says her pension has not come in yet.
        Vehicle blessing booked: Toyota Alphard, plate VF 1688, owner Mr. Simon Chu, ceremony at Che Kung Temple car park, 7 Feb 2027 09:00.
    """),
    "zh-Hans": _lines("""
        客户王海燕，上海人，1985年农历七月初七生，离异带一个女儿，想问2027年能不能再婚，手机 139 1827 6543。
        刘先生（刘建军）在深圳欠了网贷三十多万，家里人都不知道，想改名转运，预约了下周三上午十一点。
        客户投诉：赵丽娟说师傅讲她「命中无子」，她已经做了三次试管都失败，情绪很差，要求店家公开道歉。
        改名资料：原名孙国强，身份证号 110105197603124518，想改成孙承泽，问改名之后护照和港澳通行证要不要换。
        微信转账记录：陈美玲 转给 玄机阁 ¥2,680（合婚），备注「我和老公八字合不合」，转账单号 100005012027011500912。
        老客户周阿姨说她儿子周浩在澳门被抓，涉嫌非法赌博，问师傅有没有办法让他早点放出来。
        寄流年报告：收件人黄小芳，广州市天河区龙口西路 88 号翠湖苑 8 栋 1203 房，电话 186 2045 7731。
    """),
    "ms": _lines("""
        Pelanggan Encik Ahmad Faizal bin Rahman (No. KP 870521-14-5237) meminta audit feng shui untuk rumah teres di Taman Melawati sebelum membeli.
        Puan Lim Mei Fong mengadu telah membayar RM 3,500 untuk azimat tetapi suaminya masih sakit buah pinggang; nombor telefon 012-738 4102.
        Sila hubungi Cik Nurul Aina di 019-265 8831 tentang tarikh pembukaan kedainya; dia baru bercerai dan mahu memulakan perniagaan sendiri.
        Rekod tempahan: Wong Kah Seng, lahir 14/09/1992 jam 7.15 pagi di Ipoh, e-mel kahseng.wong92@gmail.com, soalan: hutang kad kredit RM 45,000.
        Bayaran balik RM 680 kepada Tan Siew Lan ke akaun CIMB 7062441895, aduan kerana ramalan bercanggah dengan tarikh lahir sebenar.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你係玄機閣命理館嘅 WhatsApp 客服助手，負責解答收費同預約問題，唔可以代師傅批命。",
        ),
        (
            "user",
            "你好，我係陳太陳慧珊，想約下個禮拜六下晝幫我老公批八字，佢 1978 年 5 月 9 號午時出世，我電話 9372 6614。",
        ),
        (
            "assistant",
            "陳太你好！八字詳批連 2027 流年收費 HK$1,880，預約要先付 50% 訂金。下個禮拜六下晝 3 點仲有位，我幫你暫時留住，請喺 24 小時內經 FPS 付 HK$940 訂金。",
        ),
        ("user", "好，順便問吓，佢最近確診咗糖尿病，師傅會唔會睇埋健康？"),
        (
            "assistant",
            "師傅可以講吓命盤入面嘅健康提示，但唔可以代替醫生意見，治療方面請繼續跟醫生指示。我已經喺預約備註寫低你想問健康方面。",
        ),
    ],
    [
        (
            "user",
            "幫我寫封投訴信俾消委會。我叫何國雄，HKID M804216(6)，住將軍澳尚德邨尚美樓 2315 室。上個月喺旺角一間命理館俾人嚇話全家有血光之災，收咗我 HK$28,000 做法事。",
        ),
        (
            "assistant",
            "明白。以下係投訴信草稿：「本人何國雄（HKID M804216(6)），住址將軍澳尚德邨尚美樓 2315 室，於 2026 年 12 月在旺角一間命理館被職員以全家將有血光之災為由游說，支付 HK$28,000 作化解法事……」你要補充店名、日期同收據編號。",
        ),
        ("user", "收據號碼係 R-2026-1188，我仲有 WhatsApp 對話截圖，要唔要附上？"),
        (
            "assistant",
            "要，請附上收據 R-2026-1188 副本同 WhatsApp 截圖，顯示對方用恐嚇方式推銷。呢類行為可能涉及《商品說明條例》下嘅威嚇性營業行為，消委會可以轉介海關跟進。",
        ),
    ],
    [
        (
            "system",
            "You are an assistant helping a Hong Kong feng shui master write client-friendly English summaries of BaZi readings.",
        ),
        (
            "user",
            "Summarise this for the client: Ms. Vanessa Chow, born 12 March 1994, 9:20 am, Hong Kong. Day master Wood, weak. Currently unemployed after being laid off from Cathay in 2026, anxious about rent.",
        ),
        (
            "assistant",
            "Dear Ms. Chow, your chart shows a Wood day master that benefits from Water and Wood support. 2027 brings Fire and Earth energy, so progress may feel slow in the first half, with better job prospects after the autumn months.",
        ),
        (
            "user",
            "Add a line telling her that her remaining balance of HK$1,880 can be paid by FPS to our shop.",
        ),
        (
            "assistant",
            "Added: The remaining balance of HK$1,880 can be settled by FPS to Xuan Ji Ge at your convenience. Thank you for trusting us, and we wish you a steady year ahead.",
        ),
    ],
    [
        (
            "user",
            "幫我 summarise 今日 VIP WhatsApp 群嘅客人 request：1) Ricky 李偉明 9038 2271 要改公司名; 2) 方太 Fong Siu Ping 想擇日做 IVF 植入; 3) Uncle Joe 話佢張卡被 bank freeze 咗要延遲俾錢。",
        ),
        (
            "assistant",
            "Summary: 1) 李偉明 Ricky（9038 2271）：公司改名，跟進報價 HK$6,800 起。2) 方太 Fong Siu Ping：IVF 植入擇日，需要醫生提供可選日期範圍。3) Uncle Joe：銀行戶口被凍結，要求延遲付款，建議交俾會計跟。",
        ),
        ("user", "第 3 個幫我寫個 polite reply 俾 Uncle Joe。"),
        (
            "assistant",
            "Uncle Joe 你好，收到你嘅訊息，明白你銀行戶口暫時有問題。我哋可以將餘額延到 2 月 28 日前再付，唔會影響你嘅太歲燈供奉，有咩需要隨時搵我哋。",
        ),
    ],
    [
        (
            "user",
            "我叫吴晓峰，身份证 440106199203046620，想在香港找师傅改名，因为最近生意失败欠了银行八十万，听说改名可以转运，靠谱吗？",
        ),
        (
            "assistant",
            "改名在传统命理中被认为可以调整五行，但不能解决实际债务问题。欠款方面建议先咨询正规债务重组或法律援助。如果仍想改名，香港命理馆成人改名一般收费 3,000 至 5,000 港币。",
        ),
        ("user", "如果改了名，内地身份证上的名字要怎么改？"),
        (
            "assistant",
            "内地更改姓名需要到户籍所在地派出所申请，并提供合理理由，成年人改名审核较严格。命理馆给的名字只是建议，没有法律效力，身份证号码也不会因此改变。",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu pentadbiran untuk Pusat Feng Shui Xuan Ji di Kuala Lumpur.",
        ),
        (
            "user",
            "Tolong tulis mesej peringatan kepada Encik Lee Chee Keong (012-884 3107). Dia masih berhutang RM 1,200 untuk audit feng shui rumahnya di Cheras sejak November.",
        ),
        (
            "assistant",
            "Salam sejahtera Encik Lee Chee Keong, ini peringatan mesra daripada Pusat Feng Shui Xuan Ji. Baki RM 1,200 bagi audit feng shui rumah Encik di Cheras masih belum dijelaskan sejak November. Mohon jelaskan sebelum 31 Januari 2027. Terima kasih.",
        ),
        ("user", "Boleh buat versi lebih lembut? Isterinya baru keluar hospital."),
        (
            "assistant",
            "Salam Encik Lee, kami doakan isteri Encik cepat sembuh. Tiada tergesa-gesa, cuma peringatan bahawa baki RM 1,200 untuk audit feng shui masih tertunggak. Sila hubungi kami jika perlukan pelan bayaran ansuran.",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm in Singapore, NRIC T0234871Z, 14 weeks pregnant. My gynae at KKH says the C-section can be any day between 2 and 9 June 2027. Which date is auspicious for the baby?",
        ),
        (
            "assistant",
            "Congratulations! Many families pick a delivery date based on the baby's BaZi. Please share your and your husband's birth dates and hours, and a master can shortlist two or three slots within 2 to 9 June. Medical safety must always come first.",
        ),
        (
            "user",
            "Mine is 8 Aug 2002, 11pm. Husband Jonathan Lim, 3 Jan 2000, around 6am. Please email the result to jlim.family@outlook.sg.",
        ),
        (
            "assistant",
            "Noted. I will pass your details and Jonathan Lim's to the master and the shortlisted dates will be emailed to jlim.family@outlook.sg within three working days. The date-selection fee is SGD 230.",
        ),
    ],
    [
        (
            "system",
            "CRM 記錄：客人 曾淑芬，會員號 VIP-00562，電話 6120 9953，2026 年已付流年批算 HK$1,880；備註：丈夫去年中風，客人情緒唔穩定，講嘢要溫和。",
        ),
        ("user", "你好，我想問今年嘅流年批書幾時寄得到？"),
        (
            "assistant",
            "曾小姐你好，你嘅 2027 流年批書已經喺 1 月 10 日以順豐寄出，預計兩個工作天內送到。如果收唔到，可以直接 WhatsApp 我哋跟進。",
        ),
        ("user", "唔該晒。屋企最近好多事，先生仲喺醫院做物理治療。"),
        (
            "assistant",
            "辛苦晒你，希望你先生康復順利。如果你想喺收到批書之後約師傅講解，我可以幫你揀個平日下晝嘅時段，等你唔使太趕。",
        ),
    ],
    [
        (
            "user",
            "我係台北嘅黃雅婷，身分證 F128035472，去年同前夫離婚，而家想知 2027 年感情運，聽講香港師傅可以 video call 睇？",
        ),
        (
            "assistant",
            "你好！可以經 Zoom 睇，八字詳批連流年收費 HK$1,880，約 TWD 7,700。請提供出生日期、時辰同地點，同埋你想集中問嘅範疇。",
        ),
        (
            "user",
            "我 1987 年 10 月 2 號辰時喺高雄出世。另外想問前夫會唔會再搵我麻煩，佢之前欠咗我三十萬台幣。",
        ),
        (
            "assistant",
            "收到，我會將你嘅出生資料同問題轉交師傅。至於前夫欠款，建議向台灣法律扶助基金會或律師查詢追討方法，命理建議只可以作參考。",
        ),
    ],
    [
        (
            "user",
            "幫我將呢個客人資料整理成 CSV：潘卓賢，男，1969 年 1 月 30 日戌時，住元朗朗屏邨玉屏樓 1506，電話 9821 4470，問題：生意周轉唔靈，欠咗供應商六十萬。",
        ),
        (
            "assistant",
            "name,gender,birth_date,birth_hour,address,phone,question 之後一行：潘卓賢,男,1969-01-30,戌,元朗朗屏邨玉屏樓 1506,9821 4470,生意周轉唔靈，欠供應商 HK$600,000",
        ),
        ("user", "唔該，欄位加多個 service，寫流年批算。"),
        (
            "assistant",
            "name,gender,birth_date,birth_hour,address,phone,question,service 之後一行：潘卓賢,男,1969-01-30,戌,元朗朗屏邨玉屏樓 1506,9821 4470,生意周轉唔靈，欠供應商 HK$600,000,流年批算",
        ),
    ],
]
