# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en279: SG/MY skydiving, paragliding and adventure-sport operators (tandem jump bookings, medical declarations, waivers, incident reports, instructor logbooks, weather cancellations). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en279
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "weather_cancellation_notices"): _lines("""
        WEATHER CALL 07:15 MYT: all tandem loads at the Melaka dropzone are on hold. Cloud base 1,800 ft and we need 4,000 ft minimum for a tandem exit. Next update 09:00.
        Paragliding at Bukit Jugra cancelled for Saturday 14 Dec: NE monsoon surge, forecast gusts 25 km/h on launch. Free reschedule or credit note, no admin fee. Office line 03-3182 7740.
        Sumatra squall line expected over the Straits between 4pm and 7pm. Afternoon loads 6 to 9 are cancelled; morning loads run as manifested. Check the status page before you drive up from Singapore.
        Haze update: PSI 3-hour reading at 142 in Johor this morning. We do not fly tandem passengers when visibility is under 5 km. Refunds go back to the original card within 7 working days.
        Lightning within 10 nautical miles of the airfield at 15:42. Ground all canopies, packers move indoors, Caravan 9M-LBS stays in the hangar until the all-clear is given by the DZSO.
        Status page https://status.langitbiruskydive.my shows GREEN / AMBER / RED per load. AMBER means we are holding on the ground; please stay within 15 minutes of the hangar.
        Reminder from the ops desk: tandems scrubbed for weather are rescheduled first-come first-served. Sunday slots 0800 to 1200 are already 90 percent full for January.
        Kuala Kubu Bharu launch closed 2-3 Jan after a landslip on the road up to Bukit Batu Tagak. Tandem paragliding for those dates moves to the Jugra site, same price, same timings.
        Wind at launch 320 deg 18 kt gusting 26, above our tandem limit of 15 kt. Pilots stand down until the 11:30 reassessment. Kopi and kaya toast on the house in the briefing room.
        Monsoon season (Nov to Feb) on the east coast: all Terengganu and Kelantan beach tandem flights suspended. Our west coast sites remain open on weekends, weather permitting.
        MetMalaysia orange alert for thunderstorms in Selangor and Negeri Sembilan: today's 1pm and 3pm tandem jumps are postponed. Vouchers stay valid for 12 months from purchase date.
        Cancellation policy from 1 Feb 2027: weather scrubs get a free reschedule or 100% refund; no-shows forfeit the RM150 deposit; medical withdrawals need a clinic memo dated within 14 days.
        SMS template WX_HOLD_02: Hi {first_name}, your tandem on {date} is on weather hold. We will text you again by {time}. Reply STOP to opt out. - Langit Biru Skydive
    """),
    ("en", "tandem_faq"): _lines("""
        Q: What is the weight limit for a tandem skydive? A: 95 kg fully clothed, and we weigh everyone at check-in. Between 95 and 110 kg a RM200 surcharge applies, subject to instructor approval.
        Q: How old do I need to be? A: Minimum 16, with a parent or legal guardian signing the waiver on site. There is no upper age limit, but passengers above 65 need a medical clearance form.
        Q: Can I jump if I have asthma? A: Mild, well-controlled asthma is usually fine if your GP signs section C of the medical declaration. Bring your inhaler and tell your instructor before the briefing.
        Q: Is the video worth it? A: Handcam is RM290, an outside camera flyer is RM490. Footage is uploaded to your booking page within 48 hours and kept for 90 days, then deleted.
        Q: Can I bring my GoPro? A: No. Under the USPA Basic Safety Requirements that our dropzone follows, tandem passengers may not carry loose cameras, phones or smartwatches in freefall.
        Q: How long does the whole thing take? A: Plan 4 to 5 hours: check-in, 20-minute briefing, harness fitting, a 25-minute climb to 14,000 ft, about 60 seconds of freefall and 5 minutes under canopy.
        Q: Can I fly if I am pregnant? A: Sorry, no. Pregnancy at any stage is on our exclusion list, together with surgery in the last 6 months, epilepsy and previous spinal injuries.
        Q: What should I wear? A: Closed sneakers with laces, no boots with hooks, comfortable long pants. We provide the jumpsuit, goggles and a Cookie G3 helmet in sizes S to XL.
        Q: Can I pay with Touch 'n Go eWallet or PayNow? A: Yes. PayNow to UEN 201934562K (Skyward Tandem Pte Ltd) or DuitNow QR at the counter. Amex cards carry a 3% surcharge.
        Q: Where do we meet? A: Hangar B, Melaka International Airport, Batu Berendam, 75350 Melaka. Free parking in the general aviation car park; Grab from Melaka Sentral is about RM18.
        Q: Do you pick up from Singapore? A: Our coach leaves Woodlands MRT Exit 4 at 5:45am on jump days and is back by 7pm. Bring your passport; the coach clears Woodlands Checkpoint like any bus.
        Q: Who are the instructors? A: Every tandem master holds a USPA Tandem Instructor rating for the UPT Sigma system, a D licence and at least 1,000 jumps. Ratings are audited every 12 months.
        Q: What if I freeze at the door? A: It happens more than you think. Your instructor controls the exit; if you truly want to ride down in the plane you can, and we refund 50% of the jump fee.
    """),
    ("en", "price_list_and_invoices"): _lines("""
        TANDEM SKYDIVE 10,000 ft ...... RM 1,290 | 14,000 ft ...... RM 1,590 | Handcam add-on RM 290 | Outside videographer RM 490 | Weekend and public holiday surcharge RM 100
        Tandem paragliding Bukit Jugra: weekday RM 250, weekend RM 280, sunset slot RM 320 (17:30-18:45 only). GoPro video and photos +RM 60. Prices include insurance and 8% SST.
        INVOICE INV-2026-004817 | Skyward Tandem Pte Ltd, UEN 201934562K | Bill to: Harbourfront Analytics Pte Ltd | Team-building tandem, 12 pax x S$ 720.00 = S$ 8,640.00 | GST 9% S$ 777.60 | Total S$ 9,417.60
        Gift voucher SKU GV-TDM14K-2027, valid 12 months, transferable once, non-refundable. RM 1,590 per voucher; bulk orders of 10 or more get 8% off. Printable PDF sent within 1 hour.
        Student AFF Level 1-7 package: RM 9,800 incl. ground school, 7 jumps with two instructors on Levels 1-3, gear rental and 2 coach jumps after release. Level re-jumps RM 1,150 each.
        Gear rental per jump: student rig RM 80, Alti-2 Atlas altimeter RM 20, Cookie Fuel helmet RM 15, jumpsuit RM 15. Main repack RM 40, reserve repack by senior rigger RM 350 (180-day cycle).
        Receipt RCPT/LB/26/11/0933 | Langit Biru Skydive Sdn Bhd (202101034512 / 1423557-K) | Lot 12, Kompleks Aviasi, Lapangan Terbang Batu Berendam, 75350 Melaka | Paid via FPX: RM 2,580.00
        Jump tickets for licensed skydivers: 14k ft RM 140, 10k ft RM 110, hop-n-pop 5k RM 70. Ten-ticket card RM 1,300. Tickets bought in the manifest app never expire.
        Paragliding P1-P2 course, Kuala Kubu Bharu: 5 days, RM 3,200 incl. Ozone Buzz Z7 glider hire, reserve, harness and radio. Partner homestay in KKB town from RM 90 per night.
        Quote Q-0417 for Harbourfront Analytics Pte Ltd: indoor skydiving taster at iFly Singapore, 30 pax, 2 flights each at S$ 139 per pax, coach transfer from Bayfront S$ 650. Valid until 31 Jan 2027.
        Credit note CN-00219 against INV-2026-004512: weather scrub on 09/11, 2 pax tandem 14k, RM 3,180.00 held as credit for 365 days. Internal ref WX-SCRUB-1109-L4.
        Via ferrata add-on at Mount Kinabalu with Mountain Torq, Walk the Torq route: RM 550 per person, min age 10. Batu Caves rock climbing half-day: RM 120 incl. guide and gear.
        Corporate payments: Maybank, account name LANGIT BIRU SKYDIVE SDN BHD, account no. 5143 2209 8871, SWIFT MBBEMYKL. Please quote the invoice number in the payment reference.
    """),
    ("en", "booking_system_logs_and_config"): _lines("""
        2026-11-28T06:42:17+08:00 INFO manifest.load load_id=L4 aircraft=9M-LBS slots=14 filled=12 tandems=3 aff=2 fun=7 altitude_ft=14000 status=BOARDING
        2026-11-28T07:05:03+08:00 WARN weather.poller metar="WMKM 280700Z 32015G24KT 9999 FEW018 BKN040 31/25 Q1009" action=HOLD_TANDEM reason=gust_over_limit
        booking.create ok ref=TDM-7Q4K2M pkg=TANDEM_14K_VIDEO pax=2 date=2027-01-09 slot=0800 channel=web amount_myr=3760.00 pg=ipay88 txn=T88-20261204-551902
        config.yaml: max_passenger_weight_kg: 95 | surcharge_band_kg: [95, 110] | min_cloud_base_ft: 4000 | max_wind_kt_tandem: 15 | aad_model: Cypres 2 | reserve_repack_days: 180
        ERROR waiver.sign pdf_render failed template=waiver_v4.3_zh.html font=NotoSansSC-Regular.otf missing glyph U+9F98; fallback NotoSansCJK applied, retry 1/3
        def is_fit_to_fly(age: int, bmi: float, has_clearance: bool) -> bool: return age >= 16 and bmi < 35 and (age <= 65 or has_clearance)
        GET /api/v2/loads?date=2026-12-14&dz=MLK 200 OK 38ms ua=ManifestApp/5.12.0 (Android 14) request_id=9f3c1e7a-4b22-4d7e-a1e0-6c2d88f01b3a
        aircraft_log: 9M-LBS Cessna 208B Grand Caravan, hobbs 4412.7, loads today 9, fuel uplift 612 L Jet A-1, next 100-hr inspection due at hobbs 4450.0
        sms.gateway sent template=WX_HOLD_02 batch=342 recipients=27 provider=twilio cost_usd=1.62 sender_id=LANGITBIRU delivered=26 failed=1 retry_scheduled=true
        CREATE TABLE waiver (id SERIAL PRIMARY KEY, booking_ref VARCHAR(12), id_type VARCHAR(8) CHECK (id_type IN ('NRIC','FIN','MYKAD','PASSPORT')), signed_at TIMESTAMPTZ);
        rig_inventory.csv: rig_id,container,main,reserve,aad,aad_service_due,last_reserve_repack | TDM-03,UPT Sigma,Sigma 370,Sigma 360R,Cypres 2,2031-06,2026-10-02
        cron: 0 5 * * * /opt/manifest/bin/pull_metar --station WMKM --out /var/lib/manifest/wx.json && /opt/manifest/bin/publish_status --site MLK
        git log --oneline: a41c9e2 fix(checkin): reject DOB in the future; 7be0d13 feat(waiver): add Bahasa Melayu and zh-Hans templates; tag v5.12.0 on 2026-11-20
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning team, winds 8-10 kt from the west, Caravan fuelled already. Load 1 wheels up 0800 sharp ok, jangan lambat. Packers please finish the 3 tandem mains by 0745.
        Manifest desk here: today full house lah, 18 tandems, 4 AFF, 22 fun jumpers. If got walk-in, tell them next available is Sunday 1pm. Don't promise anything first.
        Boss says sunset load confirm go if cloud base above 5000. Otherwise we cancel by 4pm and blast the WX_HOLD_02 SMS. Nanti I update the status page myself.
        Reserve on rig TDM-05 due repack 12 Dec. Rigger coming in Thursday. Until then tag it OUT OF SERVICE, jangan pakai ok, I already lock it in the gear cage.
        Tandem 3 landed long in the padi field again, no injury, passenger happy. Can someone drive the Hilux to pick up? Key at the manifest counter, petrol half tank.
        老板说这个周末的 corporate group 要中文 briefing, 所以 10am load 安排会讲华语的 TI. Video guy also need to be ready by 9:30, 不要迟到.
        Reminder: staff jump tickets from this month charge through the app, no more cash in the Jacob's biscuit tin. Finance wants all receipts by 25th every month ya.
        Cypres on TDM-02 shows service due 2027-03. Airtec says send to the Singapore agent 6 weeks early. Can we swap to spare rig TDM-07 for Chinese New Year week?
        Kopi run! Warung Pak Ali opposite the airport gate got teh tarik and roti canai, I belanja the packers today. Reply your order before 10:15 ok.
        Paragliding team: Jugra launch grass too long, slippery after rain. Bring the strimmer on Saturday. Windsock pole also bengkok, buy a new one from MR.DIY Banting.
        Incident report IR-2026-031 filed for yesterday's hard landing, form already in Drive > Safety > 2026. DZSO review Wednesday 3pm, all TIs on that load please attend.
        Thunderstorm cell coming from Sumatra, MetMalaysia radar shows 40 km out. Last load cancel already. Canopies inside, check aircraft tie-downs, balik awal today guys.
        Ang pow for the packers will be given out after the CNY weekend loads, same as last year. Those on leave, admin will bank in together with the Feb payroll run.
    """),
    ("ms", "notis_dan_peraturan"): _lines("""
        NOTIS: Semua penumpang tandem mesti hadir di kaunter pendaftaran 60 minit sebelum slot. Sila bawa MyKad atau pasport asal; salinan fotokopi tidak diterima.
        Peraturan zon pendaratan: Dilarang masuk ke kawasan pendaratan semasa bendera merah dinaikkan. Kanak-kanak mesti diawasi oleh ibu bapa di belakang pagar kuning.
        Penerbangan paraglider di Bukit Jugra dibatalkan hari ini kerana angin kencang melebihi 25 km/j. Tempahan anda akan dijadualkan semula secara automatik tanpa caj tambahan.
        Borang pengisytiharan kesihatan wajib diisi oleh semua peserta. Peserta yang mempunyai sejarah sawan, sakit jantung atau pembedahan tulang belakang perlu membawa surat doktor.
        Waktu operasi zon terjun: Sabtu dan Ahad, 7.30 pagi hingga 6.30 petang. Pejabat ditutup pada hari pertama dan kedua Hari Raya Aidilfitri serta pada Hari Kebangsaan.
        Untuk tempahan korporat, hubungi talian pejabat 06-317 4420 atau e-mel korporat@langitbiruskydive.my. WhatsApp perniagaan: +60 17-662 0935 (9 pagi hingga 6 petang).
        Had berat penumpang tandem ialah 95 kg. Penumpang antara 95 kg hingga 110 kg dikenakan caj tambahan RM200 tertakluk kepada kelulusan jurulatih tandem yang bertugas.
        Surau dan tandas terletak di belakang hangar B. Gerai Kak Yah Nasi Lemak dibuka dari jam 7 pagi di sebelah pintu masuk utama lapangan terbang.
        Sejarah ringkas: Terjunan payung terjun pertama yang direkodkan dibuat oleh André-Jacques Garnerin di atas Paris pada 22 Oktober 1797 dari sebuah belon hidrogen.
        Baucar hadiah sah selama 12 bulan dari tarikh pembelian dan boleh dipindah milik sekali sahaja. Nombor siri baucar bermula dengan GV- diikuti 10 aksara.
        Pembatalan oleh pelanggan kurang daripada 72 jam sebelum slot dikenakan caj RM150. Pembatalan disebabkan cuaca: bayaran balik penuh atau tarikh baharu mengikut pilihan anda.
        Semua jurulatih tandem kami memegang rating USPA Tandem Instructor dan lesen D dengan sekurang-kurangnya 1,000 terjunan. Peralatan diperiksa setiap pagi sebelum muatan pertama.
        Pengumuman: Jalan masuk ke tapak pelancaran Bukit Batu Tagak ditutup sementara untuk kerja menaik taraf oleh Majlis Perbandaran Hulu Selangor sehingga 15 Januari.
    """),
    ("zh-Hans", "商家点评"): _lines("""
        在马六甲跳了14000英尺的双人跳伞，Langit Biru 跳伞中心流程很专业，称体重、安全简报、穿戴装备一共不到一小时。手持摄像加购290令吉，值！
        万里飞行伞体验推荐！台湾北海岸风景超美，教练都有证照，起飞点就在翡翠湾上方。唯一缺点是周末排队要等一个多小时，建议平日去。
        新加坡圣淘沙的iFly室内跳伞很适合小朋友，7岁就可以飞，两次飞行每次大约一分钟。前台服务态度好，储物柜免费，就是停车费偏贵。
        阳朔这家飞行伞俱乐部性价比高，双人飞行380元含照片，从山顶起飞能看到漓江全景。但是更衣室太简陋，希望商家尽快改进一下。
        吉隆坡附近的瓜拉古布巴鲁滑翔伞基地周末人很多。老板娘很热情，还推荐了山脚下的阿明茶室，咖喱面和白咖啡都很好吃，下次还来。
        三星：预约系统显示有位，到了现场才说天气原因取消，白跑一趟从新加坡开车过来。好在退款七个工作日内到账，客服电话06-317 4420态度还行。
        跳伞前的健康声明表格有中文版，问得很细，包括高血压、哮喘、近期手术等。工作人员解释说超过65岁要医生证明，挺负责任的，给五星。
        推荐“天空之城”滑翔伞工作室，香港马鞍山起飞点，教练讲解仔细，十五分钟飞行1680港币，下单后订单号HK-PG-58213自动发到邮箱。
        沙巴神山的攀岩铁道（Via Ferrata）非常刺激，Mountain Torq 的向导很专业，全程挂安全绳。套餐含山屋住宿，建议提前三个月预订。
        商家回复：感谢您的评价！雨季期间下午雷阵雨较多，我们建议预约早上第一批次。如需改期请拨打客服热线 +60 6-317 4420 或发邮件至 cs@langitbiruskydive.my。
        环境4/5，服务5/5，性价比3/5。跳伞中心就在马六甲国际机场旁边，有免费停车场，但附近吃饭的选择不多，建议自带干粮和水。
        去之前看了很多攻略，Felix Baumgartner 2012年从三万九千米高空跳下来，我们普通人跳四千米已经腿软了。整体体验五星，装备是美国UPT品牌。
        公司团建选了这家滑翔伞基地，30人分三批飞，发票抬头和税号当天就开好了，订单号LB-CORP-20261115-07，财务报销很顺利。
    """),
    ("zh-Hant", "運動史與新聞"): _lines("""
        台東鹿野高台是台灣最知名的飛行傘場地之一，每年夏天舉辦熱氣球嘉年華，吸引大批遊客前往。平日亦開放雙人飛行傘體驗，費用約新台幣3,500元起。
        1797年10月22日，法國人加爾納林（André-Jacques Garnerin）在巴黎蒙索公園上空從氫氣球上躍下，完成史上首次有紀錄的無框降落傘跳傘。
        2012年10月14日，奧地利極限運動員菲利克斯·鮑姆加特納在紅牛平流層計劃中從約39公里高空跳下，成為首位以自由落體突破音障的人。
        新加坡武裝部隊紅獅跳傘隊（Red Lions）每年在國慶慶典中從約一萬英尺高空躍下，攜帶國旗降落在濱海灣浮動平台或國家體育場。
        達文西在約1485年的手稿中繪製了一具金字塔形降落傘，2000年英國跳傘運動員亞德里安·尼古拉斯依圖製作，並在南非上空成功試跳。
        新北市萬里飛行傘場位於北海岸，可俯瞰野柳與翡翠灣。每年東北季風期間因風力過強，許多日子無法起飛，出發前請先查詢場地公告。
        馬來西亞首位太空人謝赫·穆薩法·舒科爾於2007年搭乘聯盟號前往國際太空站，返國後曾多次出席航空、跳傘及戶外運動推廣活動，鼓勵青少年投身科學。
        澳門旅遊塔的AJ Hackett笨豬跳高度達233米，曾獲健力士世界紀錄認證為全球最高的商業笨豬跳，旺季週末需提前一星期網上預約。
        根據香港天文台資料，每年五月至九月為雷暴高峰期，戶外飛行活動營運者應每小時查看閃電位置資訊，並制定清晰的停飛及疏散程序。
        報導：亞洲跳傘公開賽預計明年三月在馬來西亞馬六甲舉行，主辦單位估計將吸引來自中國大陸、台灣、新加坡及泰國等地逾200名選手參賽。
        電影《捍衛戰士：獨行俠》中湯姆·克魯斯親自完成多項飛行場面，上映後不少年輕人報名飛行傘及跳傘課程，業者直言詢問電話接不完。
        台灣飛行傘運動約於1990年代起蓬勃發展，相關民間協會陸續建立教練與飛行員分級證照制度，並定期在宜蘭及台東舉辦全國飛行傘錦標賽。
        香港滑翔傘總會發布新一季課程：P1初階班共四個週末，費用港幣9,800元，包括地面操控、斜坡練習及理論考試，報名截止日期為一月三十一日。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Tandem booking TDM-8H2K1P: passenger Nurul Ain binti Zulkifli, MyKad 950713-10-5826, mobile 013-288 4710, 14k ft with handcam, emergency contact husband Hafiz 019-502 3381.
        Medical declaration flagged: Mr Gerald Tan Wei Ming, 58, discloses a stent placed at Tan Tock Seng in March 2026 and is on clopidogrel; TI wants a cardiologist memo before he jumps.
        Hi, this is Priya Ramasamy, I booked the 9am tandem for Saturday. I just found out I'm 11 weeks pregnant, can I transfer the voucher to my sister instead?
        Incident report IR-2026-034: tandem passenger Lim Hui Shan (F, 27) sustained a suspected right ankle fracture on landing at 15:22 and was conveyed to Hospital Melaka by ambulance.
        Waiver signed 07:48: Daniel Koh Jun Jie, NRIC S9234517C, DOB 14/02/1992, address Blk 412 Bukit Batok West Ave 4 #08-219 Singapore 650412, signature captured on tablet 2.
        Can you refund to my DBS account 027-912345-6 instead of the card? The card was my ex-wife's and we're in the middle of the divorce. Thanks, Marcus Lee
        pax_export.csv: 2026-12-14,L3,TANDEM_14K,Ong Siew Ling,T0112345E,+65 9176 3408,siewling.ong88@gmail.com,62kg,no medical issues declared
        Instructor logbook #4471: AFF L3 with student Arjun Pillai, unstable exit, pulled at 4,500 ft. Student admitted he had four beers the night before. Repeat level, no charge.
        WhatsApp from Auntie Rosie (Rosalind D'Cruz), 67: both knees replaced in 2024, her son in Perth doesn't know she is jumping, please don't post her video on Instagram.
        Callback request from the website form, no name left, only the mobile 012-773 4518 and the note: pls call after 6pm re tandem for 2.
        Lost wallet handed in at the gate: contains the IC of Wong Kar Fai, 780302-01-6639, a Touch 'n Go card and RM230 cash. Grab driver who returned it was in car JQP 4721.
        Payroll change: packer Muthu a/l Krishnan from RM 2,400 to RM 2,750 per month from Jan 2027, EPF no. 18204475, salary to CIMB 7062 1188 40.
        Kelvin Chua still owes us RM 1,590 from the 2025 group booking and asked to pay in three instalments because of his gambling debts.
        Emergency contact for fun jumper Sarah-Jane Wee: mother Mdm Wee Poh Choo, 14 Jalan Kayu Manis, Seletar Hills Estate, Singapore 807451, home tel 6482 1937.
        Tandem photo on our FB page tags Farid Iskandar with his girlfriend; his wife called the office asking who he jumped with on 3 Nov. Remove the tag and do not disclose anything.
        AFF student Joel Fernandez failed the medical: epilepsy, last seizure August 2026. DZ policy needs 24 months seizure-free. Refund RM 9,800 less RM 500 ground school.
        Heard Mei Ling Teo from the Saturday fun-jumper group was arrested in JB last week for drink driving, that's why she no-showed on the Sunday load.
        Hi ops, L5 passenger Rajesh s/o Gopal weighed 112 kg at check-in though he declared 88 kg. He is quite embarrassed, please handle discreetly and waive the surcharge.
        Bali boogie manifest: GOH Benjamin Yi Xiang, Singapore passport K5520931M, nationality SGP, DOB 03/09/1996, expiry 2031-05-19, USPA #C-48213.
        Refund to Ms Cheryl Ng's PayNow 9648 2017, she cancelled because her chemo was moved to the same Saturday.
    """),
    "mixed": _lines("""
        Bro, that tandem guest 阿强 from Kepong tadi vomit in the plane, his number 016-338 2094, call him and tell him we charge cleaning fee RM100 ok.
        陈先生 (Tan Ah Kow) booking for his daughter Tan Xin Yi, 16 yrs, parent consent signed, his IC 720519-07-5381, daughter IC 100227-07-0214, both 10k ft with video.
        林太 called again lah, her husband Lim Kok Seng fell during the paragliding last month and still in ICU at Gleneagles, she wants the incident report and our insurer details.
        Manifest note: Kak Ti (Siti Hajar) from accounting cannot jump this weekend, doctor says her BP 170/110, put her on standby for next month la.
        Customer 黄美玲 Wong Mei Ling 要求 refund 到她的 Maybank 1620 4433 9087, 因为 card 已经 cancel. Amount RM 1,290, ops manager already approve.
        台湾 group 的 張家豪 ID E134920589, phone 0912-345-678, he is diabetic type 1, bring his insulin pen in the cooler bag on the jump day ya.
        Ah Boy's mother called, Ah Boy is Tay Jun Hao, 19, hid his asthma on the form and had an attack after landing. Mum says she will sue us, her number 9823 1107.
        [12/11 21:04] +60 11-2654 8870: Saya Zul, nak tanya slot tandem untuk 2 orang, but my wife 5 months pregnant, boleh dia tengok je dari bawah?
    """),
    "ms": _lines("""
        Tempahan tandem untuk Encik Mohd Faizal bin Rahim, No. KP 880912-14-5571, tel 012-604 7719, alamat No. 23, Jalan Mawar 3, Taman Sri Gombak, 68100 Batu Caves, Selangor.
        Puan Norhayati binti Ismail mengisytiharkan dia menghidap kencing manis jenis 2 dan darah tinggi; perlu surat doktor sebelum terbang paraglider tandem.
        Laporan insiden: peserta Amirul Hakim bin Sulaiman, 22 tahun, terseliuh bahu kiri semasa mendarat di Bukit Jugra, dihantar ke Hospital Banting jam 5.40 petang.
        Deposit daripada akaun Bank Islam 12015023441088 atas nama SHAHRUL NIZAM BIN OTHMAN belum diterima, sila semak semula dengan pihak bank.
        Kak Ros dari kaunter kata adik dia, Zaleha, baru bercerai dan tak mampu bayar baki RM 800 kursus AFF, minta tangguh sampai bulan depan.
        Kereta peserta tertinggal lampu menyala di tempat letak kereta: WXY 8812, Perodua Myvi putih, pemilik Encik Azlan Mokhtar, tel 019-331 2250.
        E-mel daripada nurfarhana.aziz92@yahoo.com: minta tukar nama penerima baucar GV-TDM14K-0031 kepada suaminya, Khairul Anuar bin Jamal.
        Jurulatih Hafiz Daud ditahan polis di Melaka semalam atas tuduhan memandu mabuk; jangan jadualkan dia untuk muatan tandem sehingga kes selesai.
    """),
    "zh-Hans": _lines("""
        预订信息：王建国，身份证号 110105198503127716，手机 139 2645 0817，双人跳伞14000英尺加购视频，支付宝付款，12月14日第三批次。
        刘女士来电说她儿子刘子轩上周跳伞后一直做噩梦，已经在看心理医生，要求我们退还全部费用并赔偿治疗费。
        健康声明表：张丽华，女，45岁，2025年做过腰椎间盘突出手术，目前仍在服用止痛药，医生建议暂不参加高风险运动。
        客户投诉：李伟强先生称他的GoPro在落地时被教练弄丢，要求赔偿2,300令吉，联系电话 +86 186 2731 9045，邮箱 liweiqiang_sz@163.com。
        证书和U盘视频寄送地址：广东省深圳市南山区翠竹花园5栋1203室 周晓梅 收，身份证 44030519790824362X。
        阿杰（赵俊杰）欠滑翔伞俱乐部会费和装备租金一共3,600元，已经拖了半年，群里说他最近失业了，还在闹离婚。
        教练日志 2026-11-30 双人跳 #2218：乘客孙悦体重102公斤超标，出舱时抓住舱门不放，落地后承认有焦虑症，正在服用舍曲林。
    """),
    "zh-Hant": _lines("""
        報名資料：陳志明，香港身份證 Y512348(6)，手機 9371 2468，住址新界沙田馬鞍山錦英苑C座1503室，報名西貢雙人滑翔傘。
        吳太太來電：她先生吳國華上月在鹿野高台飛行傘意外後脊椎受傷，目前仍在台東住院，要求我們提供完整事故報告。
        台灣旅客黃怡君，身分證字號 F228731408，出生日期 1990/06/18，手機 0933-218-547，預約馬六甲雙人跳傘含手持攝影。
        教練王大明十一月薪資：底薪新台幣58,000元，帶飛獎金12,400元，勞保自付1,250元，匯入郵局帳號 0001234-0567890。
        阿May（李美儀）上週跳傘後發現懷孕八週，現在很擔心會不會影響胎兒，想向我們索取當天的高度及著陸紀錄給醫生看。
        澳門客人何家欣，澳門居民身份證 5215837(3)，電郵 hokayan.mo@gmail.com，團購6人室內跳傘，訂金已轉帳。
        蔡先生（蔡文傑）去年借用的備份傘至今未歸還，價值港幣18,000元，多次催討不果，俱樂部考慮交由律師處理。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Langit Biru Skydive, a tandem skydiving operator at Melaka International Airport. Help customers with bookings, weather holds and medical questions.",
        ),
        (
            "user",
            "Hi, I want to book a 14k tandem for 9 Jan. Name is Loh Wen Xuan, NRIC S8716203F, mobile 8123 4096. I had a knee ACL reconstruction in July, is that ok?",
        ),
        (
            "assistant",
            "Thanks, Wen Xuan. An ACL reconstruction within the last 6 months needs a doctor's clearance on section C of the medical declaration, because landings can load the knee. Once your surgeon signs it, I can confirm the 9 Jan slot.",
        ),
        ("user", "Ok I will ask Dr at my follow-up next week. Can you hold the slot till then?"),
        (
            "assistant",
            "Yes, I have placed a 7-day hold on the 0800 slot under booking TDM-5R8W2D. Please upload the signed form to your booking page before 16 Dec.",
        ),
    ],
    [
        (
            "system",
            "You help the safety officer of a Malaysian dropzone draft incident reports in clear English.",
        ),
        (
            "user",
            "Draft an incident report: 23 Nov, load 6, tandem passenger Harith Danial bin Rosli, 31, MyKad 950221-10-6187, landed hard in crosswind, complained of lower back pain, taken to Hospital Melaka. TI was on his 1,240th tandem.",
        ),
        (
            "assistant",
            "INCIDENT REPORT IR-2026-033. Date: 23 Nov 2026, Load 6. Person involved: Harith Danial bin Rosli (31), MyKad 950221-10-6187, tandem passenger. Description: hard landing in a crosswind; the passenger reported lower back pain and was conveyed to Hospital Melaka. Instructor experience: 1,240 tandem jumps. Actions: DZSO review, wind data attached, follow-up call within 48 hours.",
        ),
        ("user", "Good. Add that his wife Aina was on the ground and took a video."),
        (
            "assistant",
            "Added under Witnesses: Aina, spouse of the passenger, was in the spectator area and recorded the landing on her phone; a copy of the video has been requested for the file.",
        ),
    ],
    [
        (
            "user",
            "帮我写一条微信消息给客户，说明明天因为雷暴取消。客户是周建平先生，订单 LB-20261207-031，电话 138 0571 2649。",
        ),
        (
            "assistant",
            "周先生您好！您预订的订单 LB-20261207-031（12月8日双人跳伞）因气象局发布雷暴预警而取消，非常抱歉。您可以选择免费改期或全额退款，请回复本消息告诉我们您的选择。如有疑问请致电我们的客服热线 06-317 4420。",
        ),
        ("user", "再加一句，他太太上次说有心脏病，改期前需要医生证明。"),
        (
            "assistant",
            "好的，补充一句：另外提醒，周太太如改期参加，因健康声明中提到心脏病史，需在跳伞前提供医生签署的适飞证明。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk syarikat paraglider tandem di Bukit Jugra, Banting. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong semak borang ini: Nama: Siti Khadijah binti Anuar, No KP 010815-10-0452, umur 25, berat 58 kg, penyakit: asma ringan, ubat: Ventolin. Boleh terbang?",
        ),
        (
            "assistant",
            "Berdasarkan maklumat ini, Cik Siti Khadijah boleh terbang jika asmanya terkawal. Sila pastikan dia membawa inhaler Ventolin dan maklumkan kepada juruterbang tandem sebelum taklimat. Jika ada serangan dalam 30 hari lepas, minta surat doktor.",
        ),
        ("user", "Dia kata serangan terakhir 2 minggu lepas, masuk wad Hospital Banting."),
        (
            "assistant",
            "Dalam kes itu, penerbangan perlu ditangguhkan. Dasar keselamatan kami memerlukan surat pengesahan doktor kerana dia dimasukkan ke wad dalam tempoh 30 hari. Cadangkan tarikh baharu selepas pemeriksaan susulan.",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for an instructor keeping a digital skydiving logbook. Summarise entries concisely.",
        ),
        (
            "user",
            "Summarise: Jump 3112, 30/11, Caravan, 14k, AFF L5 with student Vikram Nair. Good turns, lost altitude awareness, pulled 4,800. Student told me privately he's been on antidepressants since his retrenchment in August, didn't declare it.",
        ),
        (
            "assistant",
            "Jump 3112 (30 Nov, Caravan, 14,000 ft): AFF Level 5 with Vikram Nair. Turns good; altitude awareness lapsed, deployment at 4,800 ft. Undeclared medication: student disclosed antidepressant use since August. Recommend he updates the medical declaration and gets clearance before Level 6.",
        ),
        ("user", "Thanks. Don't mention the retrenchment in the summary for the DZSO."),
        (
            "assistant",
            "Understood. DZSO version: Jump 3112, AFF L5, Vikram Nair. Turns good, late altitude check, pull at 4,800 ft. Student to update medical declaration (new medication) before Level 6.",
        ),
    ],
    [
        (
            "user",
            "我們在台中經營飛行傘，客人張淑芬（身分證 V216309471）要求刪除她的飛行影片和個資，應該怎麼回覆？她電話是 0922-617-304。",
        ),
        (
            "assistant",
            "建議回覆：張小姐您好，我們已收到您依個人資料保護法提出的刪除請求。我們將於15個工作日內刪除您的飛行影片及報名資料，但依法須保留的收據紀錄除外。完成後會以電話 0922-617-304 或簡訊通知您。",
        ),
        ("user", "她還說是因為前夫會在網上找她的影片，請幫我加一句安撫的話。"),
        (
            "assistant",
            "可以加上：我們理解您的顧慮，在刪除完成前，影片已立即從所有公開頁面下架，且不會向任何第三方提供您的資料。",
        ),
    ],
    [
        (
            "system",
            "You are a customer-service bot for an indoor skydiving and adventure booking agency in Singapore.",
        ),
        (
            "user",
            "hi can change my booking pls. ref IFL-44921. I'm Nicholas Phua, email nic.phua.sg@outlook.com. my son Ethan 8 yrs old just got discharged from KKH for dengue, need to push to Jan.",
        ),
        (
            "assistant",
            "Hi Nicholas, sorry to hear about Ethan, hope he recovers well. I've moved booking IFL-44921 to the next open family slot on 10 Jan 2027, 10:30am, no change fee. A confirmation has gone to nic.phua.sg@outlook.com.",
        ),
        ("user", "thanks! also pls waive the fee for my wife's booking too, same ref."),
        ("assistant", "Done, both flyers on IFL-44921 have been moved to 10 Jan with no fee."),
    ],
    [
        (
            "system",
            "Kamu pembantu staf zon terjun. Staff akan tulis campur Melayu, English dan 华语.",
        ),
        (
            "user",
            "Boss minta draft mesej WhatsApp to the customer, Mr Lee Chee Keong, 012-388 5162, dia masih hutang baki RM 2,380 untuk AFF course sejak Jun. Nak polite tapi firm.",
        ),
        (
            "assistant",
            "Draft: Salam dan selamat pagi Mr Lee. Just a gentle reminder that the balance of RM 2,380 for your AFF course (since June) is still outstanding. Kami boleh atur bayaran ansuran kalau perlu. Please reply by 20 Dec so we can keep your remaining levels booked. Terima kasih!",
        ),
        ("user", "ok good, tambah sikit: if no reply we pass to our lawyer."),
        (
            "assistant",
            "Added at the end: Jika tiada maklum balas selepas 20 Dec, kami terpaksa merujuk perkara ini kepada peguam syarikat. Hope we can settle this soon.",
        ),
    ],
    [
        ("system", "你是滑翔伞俱乐部的行政助理，负责整理会员资料。"),
        (
            "user",
            "请把这段整理成表格行：会员 马俊峰，男，身份证 320106199201154030，手机 137 7718 2046，住址 南京市鼓楼区汉中路189号金陵苑7栋502，飞行等级 P2，紧急联系人 妻子 刘芳。",
        ),
        (
            "assistant",
            "马俊峰 | 男 | 320106199201154030 | 137 7718 2046 | 南京市鼓楼区汉中路189号金陵苑7栋502 | P2 | 紧急联系人：刘芳（妻子）",
        ),
        ("user", "谢谢，再备注他去年飞行事故后有腰伤，复飞前需要体检。"),
        ("assistant", "已在备注栏加入：2025年飞行事故致腰部受伤，复飞前须提交体检报告。"),
    ],
    [
        (
            "system",
            "You help a Singapore-based adventure tour agency prepare passenger manifests for overseas skydiving trips.",
        ),
        (
            "user",
            "Add to the Pattaya trip manifest: Chloe Tan Hui Min, FIN? no sorry NRIC T0329841D, DOB 21/04/2003, passport K3381720P, dietary halal, allergic to penicillin.",
        ),
        (
            "assistant",
            "Added: Chloe Tan Hui Min | NRIC T0329841D | DOB 21/04/2003 | Passport K3381720P | Diet: halal | Allergy: penicillin (flagged for the dropzone medic).",
        ),
        ("user", "And her roommate is Farah Liyana, FIN G5582710P, same trip."),
        (
            "assistant",
            "Added Farah Liyana | FIN G5582710P to the manifest and paired her with Chloe Tan Hui Min for rooming. Please send Farah's passport details and date of birth before the 15 Dec cut-off.",
        ),
    ],
]
