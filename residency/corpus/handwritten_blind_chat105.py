# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat105: chats asking an assistant to prepare haj, umrah and other pilgrimages. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat105
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "booking_invoice"): _lines("""
        User: Our umrah package ref is UMR-1448-03921 and invoice INV-2026-118734 shows RM12,990 per pax, quad sharing, 12 days. Is a Makkah hotel 450 m from the haram realistic at that price? Assistant: It is at the upper end of normal for January. Ask the agent to name the hotel and say whether 450 m is measured to the nearest gate or to the outer courtyard.
        User: the e-ticket says SV 863 KUL-JED 02:15, PNR 6KQ2ZP, and the return is SV 862 MED-KUL. why does the return leave from Madinah? Assistant: Many packages fly into Jeddah and out of Madinah so you finish Makkah first and end with ziarah in Madinah. One PNR covers both legs, so nothing is wrong.
        User: Agent says their licence is KPK/LN: 7214 and SSM no. 201901034567 (1318842-T). How do I check this is real before paying the RM3,000 deposit? Assistant: Look the licence number up on the tourism ministry's licence checker and the company number on SSM e-Info, and confirm the agent is on the approved umrah operators list.
        User: Receipt OR-55021 shows RM500 processing fee, non-refundable. normal or not?
        User: Pos Laju tracking EN482913775MY for the passports going to the visa centre has been stuck at item processed since 2 Dec. Assistant: Parcels to visa centres often sit at the hub over a weekend. If there is no movement after 3 working days, open a ticket with Pos Laju quoting the tracking number and ask the agent to chase the centre as well.
        User: Hotel voucher says Confirmation 88310427, check-in 14 Jan 2027 16:00, room type Quint. What is a quint room? Assistant: Five beds in one room. It is the cheapest option in most Makkah hotels; ask whether the fifth bed is a proper bed or a folding one.
        User: The brochure lists PKG-UMR-ECO-12D at SGD 3,680 and PKG-UMR-PRM-14D at SGD 5,450, both ex-Changi. Which one usually includes the Taif tour? Assistant: Taif is normally an add-on in economy packages and included in premium ones, but check the day-by-day itinerary rather than the package name.
        User: got an SMS claiming to be TH asking me to pay RM1,300 to lock my haji slot via th-bayaran.co, scam right? Assistant: Treat it as a scam. Tabung Haji does not collect payments through SMS links; call the hotline printed on the official TH website and report the number to the bank if you already clicked.
        User: The agency asked us to pay the balance of RM8,490 to their company account, Hidayah Umrah Travel Sdn Bhd, Maybank 5621 8830 4417. Is paying into a company account safer than cash? Assistant: Yes, a transfer to an account in the company's registered name leaves a trail; keep the bank slip and ask for an official receipt carrying the same booking number.
        User: Booking BKG-77410, Ziarah Baitulmaqdis 9D8M via Amman, USD 2,150 per person. The agent now adds a USD 120 border crossing surcharge. Legit? Assistant: Crossing fees and exit taxes at the Jordan border are real and change from time to time, but they should have been quoted up front; ask for the breakdown in writing.
        User: Our group's manifest code is GRP-SIN-0319, 42 pax and 2 tour leaders. Do the leaders count towards the free-of-charge ratio? Assistant: Operators usually give 1 free seat per 15 to 20 paying pilgrims and the leaders normally use those seats, so 42 paying pax would cover two.
        User: Invoice from the agency shows GST reg M2-0123456-7 and 9% GST charged on a SGD 4,200 land package in Saudi. Is GST payable on overseas tours? Assistant: The overseas part of a package is generally zero-rated; only the local component should carry 9%. Ask the agency to itemise the invoice.
        User: Flight change notice: GA 8127 CGK-JED retimed from 09:40 to 13:05 on 21 Jan, booking class V. Does the agent have to offer a refund? Assistant: A retiming of more than a few hours usually gives you the right to refuse and request a refund under the airline's schedule-change rules; ask the agent which option they will file.
    """),
    ("ms", "tabung_haji_umrah"): _lines("""
        User: Macam mana nak semak giliran haji dalam aplikasi THiJari? Assistant: Log masuk THiJari, pilih menu Haji, kemudian Semakan Giliran. Tahun giliran dan status tawaran akan dipaparkan di situ.
        User: Berapa lama sijil vaksin meningokokal ACWY sah untuk umrah? Assistant: Sijil perlu dikeluarkan sekurang-kurangnya 10 hari sebelum tiba di Arab Saudi. Vaksin konjugat biasanya sah 5 tahun dan polisakarida 3 tahun.
        User: Apa beza pakej haji muassasah dengan haji furada? Assistant: Muassasah diuruskan sepenuhnya oleh TH mengikut giliran dan kuota, manakala furada menggunakan visa jemputan melalui agensi berlesen dan kosnya jauh lebih tinggi.
        User: Kalau dapat surat tawaran haji 1448H tapi simpanan tak cukup, boleh tangguh ke? Assistant: Boleh, anda boleh menolak atau menangguhkan tawaran melalui THiJari atau kaunter TH sebelum tarikh akhir pengesahan, dan giliran akan dikekalkan untuk tahun berikutnya.
        User: Agensi umrah wajib ada lesen apa ya? Assistant: Lesen pengendalian pelancongan daripada MOTAC dengan kelulusan khas untuk umrah. Semak nombor lesen dalam senarai agensi yang diluluskan sebelum bayar apa-apa.
        User: Kursus Asas Haji ada bayaran tak, dan di mana biasanya diadakan? Assistant: Kursus asas anjuran TH biasanya percuma dan diadakan di masjid atau pejabat TH negeri pada hujung minggu; jadual ada dalam aplikasi.
        User: Tolong senaraikan barang untuk ihram lelaki. Assistant: Dua helai kain ihram tanpa jahitan, tali pinggang dompet, selipar yang tidak menutup buku lali, sabun dan losyen tanpa wangian, serta beg kecil untuk selipar semasa tawaf.
        User: Bila biasanya TH buka rayuan haji? Assistant: Tarikh rayuan diumumkan melalui kenyataan rasmi TH, biasanya selepas tawaran pertama dikeluarkan. Rayuan dibuat dalam THiJari dan tiada jaminan diluluskan.
        User: Pejabat TH di Jalan Tun Razak buka hari Sabtu tak?
        User: Kira sikit: kalau simpan RM250 sebulan dalam TH, berapa lama baru cukup RM10,980? Assistant: Lebih kurang 44 bulan, iaitu 3 tahun 8 bulan, tanpa mengambil kira hibah tahunan.
        User: Agensi kata umrah Ramadan 2027 RM15,500 seorang, bilik berdua tambah RM2,800. Munasabah ke? Assistant: Harga Ramadan memang naik kerana hotel dekat Masjidil Haram penuh. Minta nama hotel dan jarak sebenar, kemudian bandingkan dengan dua atau tiga agensi berlesen lain.
        User: Jemaah warga emas ada laluan khas tak di Kompleks Haji Kelana Jaya masa nak berlepas? Assistant: Ada kaunter dan kerusi roda untuk warga emas dan OKU; maklumkan kepada petugas TH semasa daftar masuk dan bawa kad rawatan kesihatan.
        User: Betul tak contoh surat ni: Saya, [NAMA PENUH], No. Pekerja [______], memohon cuti haji selama [__] hari bermula [TARIKH]. Assistant: Format itu sesuai. Tambah jawatan, jabatan dan lampirkan salinan surat tawaran haji sebagai bukti.
    """),
    ("zh-Hans", "chaojin_temple_trips"): _lines("""
        User: 中国穆斯林去朝觐一般通过什么渠道报名？ Assistant: 一般通过当地伊斯兰教协会统一报名，按名额排队，由全国性协会组团出发，个人自行前往的情况很少。
        User: 去沙特做副朝（乌姆拉）现在可以网上办签证吗？ Assistant: 可以，通过沙特官方电子签证平台申请，需要护照首页、近期照片和酒店预订，一般几天内出结果。
        User: 订单号 CT2026120688172，五台山三日朝台团，每人 1,280 元，门票包不包含？ Assistant: 五台山景区门票通常单独收，建议看行程单上的费用包含一栏，或者直接问客服要明细。
        User: 普陀山跟团导游说每人要交 200 元香火钱，这合理吗？ Assistant: 上香随喜自愿，旅行社不能强制收费。如果合同里没有写，可以拒绝，并向当地文旅部门反映。
        User: 去拉萨朝拜布达拉宫，高原反应怎么预防？老人能去吗？
        User: 帮我写一个朝觐行前说明会通知模板：时间【　　】，地点【　　】，请携带护照原件及复印件两份。 Assistant: 各位朝觐者：定于【时间】在【地点】召开行前说明会，请携带护照原件及复印件两份，准时参加，如有疑问请联系协会办公室。
        User: 郑和的父亲真的去过麦加吗？ Assistant: 据明代所立的马公墓志铭，郑和的父亲和祖父都被称为哈只，说明他们曾经朝觐。
        User: 玄奘从长安到那烂陀一共走了多久？ Assistant: 一般认为他在公元629年前后出发，几年后到达那烂陀，前后往返共约十七年，645年回到长安。
        User: 我们市去年朝觐报名 36 人，其中 60 岁以上 21 人，平均年龄 63.4 岁，这个比例算高吗？ Assistant: 在国内朝觐团里这个比例很常见。建议按年龄分组安排陪护，并提前组织体检和体能训练。
        User: 顺丰单号 SF1428837719203，寄护照去签证中心，显示已签收，但中心说没收到怎么办？ Assistant: 先向顺丰要签收底单和签收人，再把单号发给签证中心让他们查收发室记录，48 小时内没有结果就投诉。
        User: 九华山肉身宝殿几点开门？冬天有没有变化？
        User: 峨眉山金顶索道现在多少钱一位？老人有优惠吗？ Assistant: 票价按季节浮动，60 岁以上一般凭身份证有优惠，具体以景区官网公布为准。
        User: 旅行社营业执照上的统一社会信用代码是 91440101MA5D3K7Q2R，怎么查它有没有出境游资质？ Assistant: 可以在全国旅游监管服务平台输入企业名称或代码查询，看经营范围里是否有出境旅游业务。
    """),
    ("zh-Hant", "jinxiang_church_trips"): _lines("""
        User: 白沙屯媽祖進香今年幾號起駕？要先報名嗎？ Assistant: 起駕日期由擲筊決定，通常農曆年後公布。徒步隨香不必報名，但到拱天宮登記可以領香燈腳識別證。
        User: 第一次走大甲媽祖遶境九天八夜，要準備什麼？ Assistant: 好走的鞋兩雙、雨衣、頭燈、防曬和常備藥，行李可交給後勤車，記得跟著鑾轎時間表安排休息。
        User: 教區組團去露德和法蒂瑪，團費 NT$128,000，有包小費嗎？ Assistant: 大部分團費不含司機和導遊小費，通常每天約 10 歐元，看報名表的費用說明即可確認。
        User: 香港去聖地朝聖團（以色列、約旦），旅行社牌照號碼 354211，點樣查真假？ Assistant: 可以上旅遊業監管局網站嘅持牌旅行代理商名冊，輸入牌照號碼或公司名稱查詢。
        User: 台灣穆斯林去朝覲要透過中國回教協會報名嗎？ Assistant: 是的，台灣的朝覲名額一般由中國回教協會統一申請和組團，詳情可洽協會辦公室。
        User: 訂單編號 KK-20261128-5531，大甲鎮瀾宮附近民宿兩晚 NT$4,600，遶境期間可以取消嗎？
        User: 幫我寫一張進香團集合公告：日期【　】、集合地點【　】、領隊手機【　】，請穿團服。 Assistant: 本宮進香團訂於【日期】出發，請於【集合地點】集合，統一穿著團服，如有問題請聯絡領隊【手機】。
        User: 教宗方濟各 2017 年去法蒂瑪做什麼？ Assistant: 為了紀念聖母顯現一百週年，並在當地為兩位牧童方濟各和雅辛達封聖。
        User: 香港教區的朝聖團通常幾多人一團？要唔要識葡文？ Assistant: 一般 25 至 40 人一團，有神師和領隊同行，唔需要識葡文。
        User: 遶境期間台中客運會加開班次嗎？
        User: 媽祖進香的香條是什麼？要自己準備嗎？ Assistant: 香條是宮廟公告行程和駐駕地點的紅紙告示，由主辦宮廟張貼，信眾不用準備。
        User: 我們宮今年隨香 1,240 人，65 歲以上 310 人，中暑送醫 4 人，這個比例算高嗎？ Assistant: 4 人約佔 0.3%，不算高，但長者比例大，明年可以增加補水站和醫護機車。
        User: 華航 CI 061 桃園飛法蘭克福再轉機去里斯本，朝聖團行李可以直掛嗎？ Assistant: 同一張票的話通常可以直掛到里斯本，報到時請櫃台確認行李條上的目的地代碼是 LIS。
    """),
    ("en", "health_vaccines_elderly"): _lines("""
        User: Does Saudi still require the meningococcal ACWY certificate for umrah, or only for haj? Assistant: It is required for haj and for seasonal workers, and strongly recommended for umrah; many agents insist on it anyway, so get it at least 10 days before you fly.
        User: What should a pilgrim with type 2 diabetes carry on the day of Arafah? Assistant: Medication in hand luggage, glucose tablets, a glucometer, a small snack, plenty of water, and a card stating the condition in Arabic and English.
        User: Is a polio vaccine needed for pilgrims flying from Malaysia?
        User: Last trip 6 of our 38 pilgrims came back with the so-called Mecca cough. How do we reduce that next time? Assistant: Masks in crowds, hand sanitiser, a flu jab a month before, and rest days built into the itinerary cut it down a lot.
        User: Where in Singapore can I get the ACWY jab before haj? Assistant: Travel health clinics at the major hospitals and many GP clinics stock it; call ahead and bring your passport so the certificate carries the right details.
        User: Can I rent a wheelchair at Masjid al-Haram for tawaf, and roughly how much? Assistant: Free wheelchairs are available at some gates with an ID deposit, and paid pushers charge more during peak times. Electric carts for the upper floors need a ticket.
        User: How do I book a Rawdah permit on the Nusuk app for an elderly parent who has no smartphone? Assistant: Add the parent as a dependent under your own Nusuk account using their passport or visa details, then pick a slot and show both permits at the entrance.
        User: What's the heat advice for haj in May 2027? Assistant: Expect over 40 C in Mina and Arafah; travel at night where possible, use an umbrella, drink before you feel thirsty and watch for confusion as an early sign of heatstroke.
        User: Can a pregnant woman go for umrah and is there a week limit for the flight? Assistant: Most airlines accept travel up to about 32 to 36 weeks with a doctor's letter after 28 weeks; check with both the airline and the obstetrician.
        User: Clinic invoice CLN-20261203-0047: ACWY vaccine SGD 145 plus certificate SGD 20. Can I claim it on company insurance? Assistant: Travel vaccines are often excluded from outpatient cover; check the plan's exclusions or ask HR whether the wellness benefit covers it.
        User: Is the yellow ICV booklet still accepted at Jeddah or do they want a digital certificate? Assistant: The yellow international certificate is still accepted; a digital copy is useful but bring the original booklet.
        User: A mutawwif told our group that pilgrims above 80 cannot get a haj visa. True? Assistant: There is no blanket age ban in the published rules, but authorities may require fitness declarations and companions for elderly pilgrims.
        User: What time does the travel clinic at Hospital Sultanah Aminah open on Fridays?
    """),
    ("mixed", "agent_refund_manglish"): _lines("""
        User: Agent cancel our umrah trip sebab flight penuh, booking UMR-5520, they offer credit note only, no refund. Boleh ke macam tu? Assistant: If the agent cancelled, you are usually entitled to choose a refund. Put the request in writing and, if refused, file at the Tribunal Tuntutan Pengguna.
        User: eh the travel agency support@ email bounced, refund pending 3 months already, what to do lah? Assistant: Send a letter to the registered office address on SSM, keep proof of posting, and lodge a complaint with MOTAC and the consumer tribunal if there is no reply in 14 days.
        User: 我们庙的普陀山 trip cancel了, agent 说 deposit RM800 不能 refund, 合理吗？ Assistant: 看合约条款。如果是 agent 取消，通常要全额退还，包括订金。
        User: Can help me draft email to refunds@barakahtours.com.my, ref RFD-2026-0412, amount RM6,450, trip cancelled due to visa quota? Assistant: Dear Refunds Team, I refer to booking RFD-2026-0412. As the trip was cancelled by your company, please refund RM6,450 within 14 days to the original payment method. Regards, [Your Name].
        User: Tribunal Tuntutan Pengguna boleh claim sampai berapa? Assistant: Up to RM50,000 per claim, and you do not need a lawyer.
        User: Singapore side, CASE boleh handle complaint about umrah agent kah? Assistant: Yes, CASE mediates consumer disputes, and STB regulates travel agents under the Travel Agents Act, so you can approach both.
        User: Agent punya WhatsApp business line +60 3-2698 4411 tak reply, office di Jalan Raja Laut pun tutup. Assistant: Screenshot the unanswered messages, visit once more with a witness, then report to MOTAC with the company and licence number.
        User: The group leader cakap no refund after visa issued, is that standard? Assistant: Visa fees are normally non-refundable once issued, but the rest of the package should follow the cancellation table in the terms you signed.
        User: 旅行社 say must pay balance before 15 Jan else booking BKG-88120 auto cancel, 可以分期吗？
        User: Template surat tuntutan: Kepada [Nama Syarikat], Rujukan [No. Tempahan], Jumlah [RM____], sila bayar dalam 14 hari. Betul tak format ni? Assistant: Betul, tambah tarikh, alamat syarikat dan senarai bukti bayaran sebagai lampiran.
        User: How to report unlicensed umrah agent in Malaysia ah? Assistant: Report to MOTAC's enforcement division with ads, receipts and chat screenshots; police reports help if money was taken.
        User: Credit card chargeback for travel package, bank say must within 120 days, betul ke? Assistant: Card schemes commonly allow about 120 days from the expected service date, so count from the cancelled departure date, not the payment date.
        User: Customer A paid full, Customer B paid deposit only, then trip cancelled. Macam mana agent patut pulangkan? Assistant: Each should get back exactly what they paid, less only fees the terms clearly allow, such as a visa fee already spent.
    """),
    ("en", "history_public_figures"): _lines("""
        User: When did Ibn Battuta leave Tangier for his first haj? Assistant: In 1325, aged about 21; the trip grew into nearly three decades of travel.
        User: Is it true Mansa Musa's pilgrimage in 1324 crashed the price of gold in Cairo? Assistant: Chroniclers such as al-Umari say he spent and gave away so much gold that its value in Cairo fell for years.
        User: What did Malcolm X write in his letter from Mecca in 1964? Assistant: He described praying beside pilgrims of every colour and said the experience changed his view of race.
        User: Who came up with the idea of Tabung Haji? Assistant: Economist Ungku Aziz proposed a pilgrims' savings scheme in 1959, leading to the fund set up in 1963.
        User: Why is the mosque on North Bridge Road called Masjid Sultan? Assistant: It is named after Sultan Hussein Shah of Johor, who had the first mosque built there in the 1820s.
        User: Why is the Camino de Santiago linked to St James? Assistant: Tradition holds that the apostle's remains lie in Santiago de Compostela, which made the city a pilgrimage goal from the 9th century.
        User: How did Faxian travel to India and back? Assistant: He went overland around 399 CE and returned by sea via Sri Lanka, reaching China about 412.
        User: Did Richard Burton really get into Mecca in disguise? Assistant: Yes, in 1853 he travelled as an Afghan pilgrim and later published an account of the journey.
        User: Which year did Muhammad Ali perform the haj? Assistant: He performed it in 1972 and went on umrah again later in life.
        User: Which Sikh tradition tells of Guru Nanak visiting Mecca? Assistant: The janamsakhis describe the episode where his feet pointed toward the Kaaba and the Kaaba seemed to move.
        User: Who founded the Sri Maha Mariamman temple linked to Thaipusam at Batu Caves? Assistant: K. Thamboosamy Pillay, who installed the murti in the cave in the 1890s.
        User: In Chaucer's Canterbury Tales, how many times had the Wife of Bath been to Jerusalem? Assistant: Three times, and she had also been to Rome, Boulogne, Santiago and Cologne.
        User: Did Mark Twain write about a pilgrimage to the Holy Land? Assistant: Yes, The Innocents Abroad (1869) satirises his 1867 tour with a group of American pilgrims.
    """),
    ("en", "templates_code_config"): _lines("""
        User: Make a blank pilgrim registration form for our masjid. Assistant: Full name (as in passport): ________ Passport No.: ________ Expiry: __/__/____ Date of birth: __/__/____ Emergency contact name and phone: ________ Medical conditions: ________ Signature: ________
        User: Is this Python ok for masking passport numbers in our export: re.sub(r'[A-Z][0-9]{8}', 'A********', text)? Assistant: It masks the whole number including the letter, which is fine for an export; anchor it with word boundaries if the text contains other long codes.
        User: config for our reminder bot: {'trip_code': 'UMR-JAN27', 'reminder_days': [30, 14, 3], 'tz': 'Asia/Kuala_Lumpur'}. Will it send at midnight? Assistant: Only if the scheduler defaults to 00:00; add a 'send_at': '09:00' key so pilgrims get it in the morning.
        User: SELECT trip_code, COUNT(*) AS pax, AVG(age) FROM pilgrims GROUP BY trip_code HAVING COUNT(*) > 40; why does it skip the January group? Assistant: HAVING drops groups with 40 or fewer rows; if the January group has exactly 40 pilgrims, change the condition to >= 40.
        User: Which data type should room_no, meal_pref and passport_expiry be in this CSV header: pilgrim_id,full_name,passport_no,room_no,meal_pref,passport_expiry? Assistant: room_no as text because of values like 12A, meal_pref as a short code list, passport_expiry as an ISO date.
        User: In Google Sheets, how do I compute age on the haj date? I tried =YEARFRAC(B2, DATE(2027,5,14)). Assistant: Wrap it in INT: =INT(YEARFRAC(B2, DATE(2027,5,14))) gives full years on that date.
        User: Nusuk app 3.4.2 crashes on Android 14 when I open the Umrah permits tab. Any fix? Assistant: Clear the app cache, update Android WebView, and if it still fails reinstall; a newer build usually fixes this.
        User: The agent sent the contract PDF with SHA-256 9f2c41d7e0b6a58c3e1f7d2a94b0c6e8517f3a2d9c4b8e6f0a1d3c5b7e9f2a48. How do I verify it on Windows? Assistant: Run certutil -hashfile contract.pdf SHA256 in Command Prompt and compare the output with the value they sent.
        User: regex to check MyKad format in our form: ^[0-9]{6}-[0-9]{2}-[0-9]{4}$ is that enough? Assistant: It checks the shape only; also validate that the first six digits form a real date and that the middle two are a valid place-of-birth code.
        User: Our server log shows 2026-12-05T03:14:22+08:00 ERROR visa_upload: file too large (5.4 MB > 2 MB). What size should photos be? Assistant: Resize scans to under 2 MB, for example 1200 px wide JPEG at quality 80, before uploading.
        User: Is this WhatsApp template ok: Assalamualaikum {nama}, penerbangan anda {flight_no} pada {tarikh}, sila hadir di {lokasi} 4 jam awal. Assistant: Yes; add the agency name and a hotline at the end so recipients know it is genuine.
        User: Convert this itinerary into a table: Day 1 arrive JED, bus to Makkah, check-in 16:00, umrah with mutawwif; Day 2 rest; Day 3 ziarah Makkah.
        User: Write a checklist for a 14-day umrah, no personal details, just the items. Assistant: Passport valid 6+ months, visa printout, vaccine certificate, ihram or prayer clothes, medication for 14 days plus extra, power bank, small sling bag, copies of bookings, some riyal in cash.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        User: Fill this umrah visa form for me please. Name: Nurul Ain binti Kamarudin, passport A58217364, DOB 14/03/1987, mobile 012-784 3196. Assistant: Done; please double-check the passport expiry date before I format the rest.
        User: My dad Lim Kok Wah, NRIC S8234617A, is 78 and on warfarin. The Lourdes tour operator wants a fitness-to-travel letter, what should the GP write?
        User: Draft a polite message to the agent. My mother-in-law Puan Rokiah from Kampung Baru fell during sa'i last year and is scared to go again, but she won't admit it to the ustaz.
        User: The agent charged my card 5204741190382657 twice for the RM14,900 deposit, expiry 09/28. How do I dispute the second charge? Assistant: Call the bank's card centre, quote both transaction dates and ask for a duplicate-charge dispute.
        User: Write a complaint for me: our mutawwif Ustaz Hafiz Rahman left my aunt Zaleha alone at Arafah for four hours and she ended up in the clinic with heat exhaustion.
        User: Please send the group rooming list to my brother at faizal.ahmad.travel87@gmail.com, he is the one paying for all of us.
        User: Make a pick-up schedule: my parents Mr and Mrs Osman Hamid at Blk 412 Bedok North Ave 2 #08-147, 3 am on 9 Jan, two big bags and one wheelchair.
        User: My helper Siti Maryam, Indonesian, FIN G5823014L, wants to do umrah during her home leave. Does she need a letter from me as employer?
        User: For the Sabarimala trip, my uncle Muthusamy a/l Ramasamy has a pacemaker and gets breathless on stairs. Can he do the climb from Pamba?
        User: Mrs Geraldine de Souza from our parish group is in a wheelchair since her stroke; please draft a request to the Fatima hotel for an accessible room near the lift.
        User: I'll leave my car, plate WXY 8213, at KLIA long-term parking for 45 days during haj. Draft a note to the parking office in case they ask.
        User: I am Mohd Syukri bin Ismail, clerk, take home RM3,200 a month and only RM11k in TH. Be honest, can I afford haji furada for me and my wife?
        User: Mdm Chua Siew Lan from #05-12 wants to join our temple trip to Putuo Shan but she is on dialysis three times a week. How do we arrange it?
        User: Booking for my grandma Wong Yuk Ying, HKID K482913(1), Lourdes pilgrimage with the diocese, her mobile is 9167 2438. Please format this for the registration sheet.
        User: Singapore passport E7213984K for my husband Hairul Nizam, expires 2 Feb 2027; umrah trip ends 20 Jan. Will Saudi reject him?
        User: As group leader I need to write a warning to pilgrim Azman bin Yusof, who smoked in the Mina tent twice and shouted at the staff. Keep it firm but kind.
        User: My sister-in-law Kavitha d/o Subramaniam is six months pregnant and keeps insisting on joining the Varanasi trip; the whole family is fighting about it. How do I talk to her?
        User: The agent still owes my father Haji Abdullah Saad RM8,500 from the 2024 cancelled trip. He lives at 15 Lorong Kenari 4, Taman Bukit Indah, Ampang. Write the demand letter.
    """),
    "zh-Hans": _lines("""
        User: 我爸马福贵，身份证 440106195803120427，今年想去朝觐，协会要的体检表怎么填？
        User: 帮我给旅行社写个投诉：我妈陈秀英在九华山摔伤了腿，导游小刘一直不管，最后是我们自己叫车去的医院。
        User: 我表哥手机 13857214693，微信 hui_ma_1990，帮我编一条通知发给他，说下周二开朝觐行前会。
        User: 帮我奶奶订去拉萨的火车票，她的身份证号是 35020319610827153X，要下铺。
        User: 小区 3 栋的陈阿姨想跟我们团去五台山，她上个月刚做完心脏支架，我该怎么劝她？
        User: 退款请打到我的卡 6228 4803 1275 9464，户名白建华，旅行社说要我提供书面说明，帮我写一下。
        User: 接送地址写：广州市越秀区解放北路 128 号 5 栋 702 室，联系人马海燕，电话 15920384716，早上五点出发。
        User: 我老公杨建国一个月才挣 6800，非要拿家里全部积蓄去朝觐，孩子学费都不管，我该怎么跟他谈？
        User: 护照号 EB3847261，名字白玉兰，出生 1961 年，帮我看看副朝签证表上出生地一栏填什么。
        User: 我们清真寺的马老师傅这次朝觐回来就住院了，听说是肺炎，教友们想凑钱，帮我写个倡议。
    """),
    "zh-Hant": _lines("""
        User: 我爸林正雄，身分證 A127394066，今年要跟白沙屯媽祖進香，宮裡要的報名表幫我填一下。
        User: 阿嬤住台中市大甲區順天路 87 號，遶境那天要請人接她去鎮瀾宮，幫我寫個 LINE 訊息給司機。
        User: 我媽張淑芬，身分證 F230581749，手機 0912-583-407，想報名教會的聖地朝聖團，資料這樣寫可以嗎？
        User: 我阿爸陳志強，HKID Y305718(4)，想參加教區去聖地嘅朝聖團，但佢去年中過風，旅行社會唔會唔收？
        User: 教會的黃伯伯從露德回來之後就一直很憂鬱，也不太說話，我們小組要怎麼關心他比較好？
        User: 我表妹的 LINE id 是 yuting0815，她負責收大甲遶境的團費，幫我寫公告叫大家轉給她。
        User: 請幫我跟旅行社說：我老公何家明的手提 9823 6174，出發前一晚可以打這個號碼找他。
        User: 我們宮廟的委員林阿忠私下挪用了進香團的香油錢，大家都知道但不敢講，要怎麼處理？
    """),
    "ms": _lines("""
        User: Mak saya Fatimah binti Hassan, IC 560814-10-5372, dapat surat tawaran haji 1448H. Macam mana nak sahkan tawaran bagi pihak dia?
        User: Tolong tulis surat kepada bank. Nombor akaun Maybank ayah 1140 2238 5617, nak keluarkan duit untuk bayar baki umrah RM7,300.
        User: Abang ipar saya Rosli dah dua tahun tak bayar hutang RM4,000 yang dia pinjam untuk umrah, sekarang nak pergi lagi. Macam mana nak tegur dia?
        User: Nombor telefon Ustazah Norhayati 013-492 8831, dia ketua kumpulan umrah wanita kami. Tolong buat mesej jemputan mesyuarat.
        User: Alamat untuk hantar pasport: No. 27, Jalan Melati 3, Taman Sri Muda, 40400 Shah Alam, penerima Zulkifli bin Omar.
        User: Tok Wan saya, Haji Ismail bin Daud dari Kampung Parit Raja, dah mula nyanyuk. Keluarga tak setuju dia pergi haji tahun depan, tapi dia berkeras.
        User: Pasport suami, Khairul Anuar bin Mat Saman, nombor A47290315, tamat Mac 2027. Umrah kami Februari, cukup tempoh ke?
        User: Kereta adik saya JQT 4471 akan ditinggalkan di Kompleks Haji Kelana Jaya selama 45 hari. Perlu surat tak?
        User: Tolong emel resit umrah ke cik.nabilah.aziz@yahoo.com, dia yang bayar bagi pihak keluarga.
        User: Bapa saudara saya Abdul Rahim s/o Kader Mydin, IC 480203-02-6118, nak buat umrah dari Alor Setar. Dia ada kencing manis, vaksin apa perlu?
    """),
    "mixed": _lines("""
        User: Bro tolong check, my mum's passport A39184726 expire Mac 2027, umrah trip Jan, ok tak?
        User: 我妈 Mdm Tan Ah Moi, NRIC S7461290C, want to go 普陀山 with the temple group, need to bring what documents?
        User: My uncle Gurcharan Singh s/o Harbans Singh is going to the Golden Temple, his FIN F2649071P, can he re-enter Singapore ok if his work pass renewal still pending?
        User: Kak Yati's telegram @yati_umrahkakak92 dia collect duit group, but dia tak bagi resit. Should I report or tak?
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant for pilgrims travelling from Singapore."),
        (
            "user",
            "I want to register my parents for haj through the council. My father is Rahmat bin Sulaiman, NRIC S6917024B, born 1958.",
        ),
        (
            "assistant",
            "You can register him online with his Singpass. Does your mother want to travel with him as a mahram pair?",
        ),
        (
            "user",
            "Yes, my mother Salmah binti Yunos. She has a bad knee and can't walk far, her mobile is 9734 5128 if the agent needs her.",
        ),
        (
            "assistant",
            "Register them together so they are placed in the same group, and tell the accredited agent about the knee so they can book a wheelchair for tawaf and sa'i.",
        ),
    ],
    [
        ("system", "Anda pembantu maya untuk urusan haji dan umrah."),
        ("user", "Ayah saya dapat tawaran haji tapi dia sakit jantung. Boleh buat rayuan tangguh?"),
        (
            "assistant",
            "Boleh. Rayuan penangguhan boleh dibuat dengan laporan perubatan. Apa butiran ayah anda?",
        ),
        (
            "user",
            "Nama Che Mat bin Hamzah, IC 621119-01-5487, tinggal di Batu Pahat. Doktor kata jantung dia 30 peratus sahaja.",
        ),
        (
            "assistant",
            "Sediakan laporan doktor yang menyatakan keadaan itu, salinan IC dan surat tawaran, kemudian hantar di pejabat TH atau melalui THiJari sebelum tarikh akhir.",
        ),
    ],
    [
        ("system", "你是一个帮助穆斯林准备朝觐的助手。"),
        ("user", "我妈马秀兰今年 64 岁，想去朝觐，协会让我们先交体检报告。"),
        ("assistant", "好的，一般需要血常规、心电图和胸片，年纪大的还要看血压血糖。"),
        (
            "user",
            "她有高血压，手机 15017283946，协会的人说会打给她，你帮我写个说明给协会，就说她耳背，请打我电话。",
        ),
        (
            "assistant",
            "可以这样写：协会您好，马秀兰老人听力不佳，如需联系请拨打其子女电话，感谢理解。",
        ),
    ],
    [
        ("system", "你是協助台灣信眾安排進香行程的助理。"),
        ("user", "我要幫我媽報名白沙屯媽祖進香的醫護陪走，她叫吳秀琴。"),
        ("assistant", "好的，請提供報名需要的基本資料。"),
        ("user", "身分證 E146273808，手機 0928-316-574，住高雄市鳳山區光復路二段 56 巷 9 號。"),
        (
            "assistant",
            "資料已整理好。提醒一下，身分證字號只需填在主辦單位的正式報名表，不要貼在群組裡。",
        ),
    ],
    [
        ("system", "You are a travel support assistant."),
        (
            "user",
            "The umrah agent took RM9,800 on my Visa card 4553910277348168 and now they are not answering. What should I do?",
        ),
        (
            "assistant",
            "Call your bank to open a chargeback for services not rendered, and keep the invoice and all chats with the agent.",
        ),
        (
            "user",
            "The invoice is in my name, Shahrul Nizam bin Abu Bakar, and the agent owner is a man called Encik Faris Latif, his personal WhatsApp is 019-226 7340.",
        ),
        (
            "assistant",
            "Give the bank the invoice and the screenshots of your messages to that number, and lodge a police report so the chargeback has supporting evidence.",
        ),
    ],
    [
        ("system", "You help Hong Kong Catholics prepare for pilgrimages."),
        ("user", "I'm booking the diocese trip to Lourdes for my grandmother."),
        (
            "assistant",
            "Happy to help. The form usually asks for her full name, HKID and a contact number.",
        ),
        (
            "user",
            "Her name is Leung Mei Kuen, HKID A761204(7), lives at Flat 12B, Block 3, Lok Fu Estate. She walks with a stick.",
        ),
        (
            "assistant",
            "Noted. Ask the organiser for a ground-floor room and a wheelchair at the grotto; many pilgrims with walking aids use the assisted lines there.",
        ),
    ],
    [
        ("system", "You are a friendly assistant."),
        ("user", "eh my aunty nak pergi umrah with this small agent, I scared kena tipu"),
        (
            "assistant",
            "Check that the agent holds a MOTAC licence with umrah approval, and never pay cash without an official receipt.",
        ),
        (
            "user",
            "Her name Rosnah binti Mahmud, she already paid RM5k to one guy called Abang Jeff, his number 011-3378 2910, no company name pun.",
        ),
        (
            "assistant",
            "That is a red flag. Ask your aunt to stop paying, collect any receipts or transfer slips, and make a police report naming the number she paid to.",
        ),
    ],
    [
        ("system", "You are an assistant helping families plan religious travel."),
        ("user", "My father wants to go for haj next year but he's getting forgetful."),
        (
            "assistant",
            "Memory issues matter on haj because crowds are huge. Has a doctor assessed him?",
        ),
        (
            "user",
            "Yes, Dr said early Alzheimer's. His name is Haji Sulaiman Karim, he still thinks he can go alone and he shouts at my brother Adnan whenever we bring it up.",
        ),
        (
            "assistant",
            "It may help to involve his doctor in the conversation and plan for a family member to travel with him as a companion, rather than telling him he cannot go.",
        ),
    ],
    [
        ("system", "Anda pembantu yang membantu pekerja asing di Malaysia."),
        (
            "user",
            "Saya pekerja kilang dari Bangladesh, nama saya Mohammad Rafiqul Islam. Saya mahu buat umrah dari Malaysia.",
        ),
        (
            "assistant",
            "Boleh, tetapi pas kerja anda mesti sah sepanjang perjalanan dan majikan perlu tahu supaya anda boleh masuk semula.",
        ),
        (
            "user",
            "Pasport saya BR0742615, permit kerja tamat Ogos 2027. Majikan pegang pasport saya, dia tak mahu bagi.",
        ),
        (
            "assistant",
            "Majikan tidak boleh menahan pasport pekerja. Anda boleh mengadu kepada Jabatan Tenaga Kerja dan minta pasport dipulangkan sebelum membuat tempahan umrah.",
        ),
    ],
    [
        ("system", "你是帮助用户安排宗教旅行的助手。"),
        ("user", "我想带我爸去五台山朝台，他腿不好。"),
        ("assistant", "可以选有景区环保车的路线，黛螺顶可以坐索道。"),
        (
            "user",
            "他叫杨国栋，身份证 11010819720405286X，帮我订两张太原到五台山的大巴，我的手机是 18611427093。",
        ),
        (
            "assistant",
            "订票需要本人实名信息，建议您在官方售票平台自行填写证件号，不要在聊天里发送完整号码。",
        ),
    ],
    [
        ("system", "You are an assistant for Hindu devotees planning pilgrimages."),
        ("user", "We are going to Varanasi and Rishikesh in March, group of 8."),
        ("assistant", "March is a good time. Do you need help with the itinerary or with visas?"),
        (
            "user",
            "Itinerary. Please send it to my cousin Priya d/o Raman at priya.raman.sg88@gmail.com. She is the one handling money since my husband lost his job.",
        ),
        (
            "assistant",
            "I cannot send emails myself, but here is a draft itinerary you can forward to her: Day 1 arrive Varanasi, evening aarti at Dashashwamedh Ghat; Day 2 boat ride at dawn and temple visits; Day 4 train to Haridwar and transfer to Rishikesh.",
        ),
    ],
]
