# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en208: SG/MY amateur astronomy, ham radio and science hobby clubs. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en208
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "star_party_notices"): _lines("""
        Star Party @ Mersing, 14-16 Mar 2027. Bus departs Bishan MRT Exit C at 15:30 SGT. Fee S$185 (members) / S$210 (non-members), covers chalet twin-share and BBQ. Register by 28 Feb via the club form, ref SP-2027-03.
        Reminder: red torches only on the field after 19:45. No car headlights, no phone screens on full brightness, no green lasers pointed above the treeline. Thank you for keeping everyone's night vision intact!
        Public Stargazing Night at the observatory is every Friday 19:45-22:00, free admission, weather permitting. Call the centre's main line 6425 2588 after 6pm to check for cancellation.
        Perseids 2027 watch: peak night 12/13 Aug, ZHR up to 100, moon only 8% illuminated. Meet at Pulau Ubin jetty 21:00, first bumboat back is around 06:30 next morning. Bring mozzie repellent and a mat.
        Club AGM notice: Saturday 20 Feb 2027, 2pm, Function Room 2, Toa Payoh Central CC. Agenda: (1) confirmation of minutes of AGM 2026, (2) treasurer's report, (3) election of the 2027/28 committee, (4) AOB. Quorum is 20 ordinary members.
        Total lunar eclipse recap: 146 people turned up at Marina Barrage, 23 telescopes set up, totality from 01:30 to 02:53 SGT. Thanks to all 31 volunteers!
        Wanted: volunteers for the Astronomy Day booth at the National Library, 10 Oct. Duties: manning the solar scope with Baader film, explaining sunspots to kids. Sign-up sheet pinned in the channel, slots of 2 hours each.
        Joint outing with the KL chapter: Planetarium Negara show at 11am, tickets RM12 adult / RM8 child, meet at the Jalan Perdana entrance at 10:30. Parking is limited, take the LRT if you can.
        Weather call at 17:00: satellite loop shows a Sumatra squall moving east, 70% chance of cloud over Johor by 22:00. Tonight's session at Changi Beach Park CP7 is CANCELLED. Next attempt Saturday same time.
        Equipment loan scheme: members may borrow the club's 8-inch Dobsonian (asset tag AST-DOB-008) for max 14 days. Deposit S$100, refundable. Collection Saturdays 3-5pm at the club store.
        Starwalk for beginners: Orion and Canis Major are high in the east by 9pm in January. Sirius is the brightest star in the night sky at magnitude -1.46. No telescope needed, just come.
        The 2 Aug 2027 total solar eclipse is not visible from Singapore. The club trip to Luxor is off due to cost; we will livestream the NASA feed in Room 3 instead, doors open 4pm.
        Astrophotography workshop with a guest speaker from the camera distributor, 9 May 2027, 10am-1pm. Topics: stacking in DeepSkyStacker 5.1.6, flats/darks/bias, coping with Bortle 8 skies. Fee S$35, max 25 pax.
    """),
    ("en", "ham_licensing_howto"): _lines("""
        Q: Passed the RAE in Nov, how long does IMDA take to issue the callsign? A: Usually 2-3 weeks after you submit the online application and pay the fee. Check your spam folder for the approval email.
        Callsign format reminder: Singapore personal stations are 9V1 plus two or three letters; 9M2 is Peninsular Malaysia, 9M6/9M8 for East Malaysia, 9W2 for the MY class B licence. Identify every 10 minutes at least.
        Template: Callsign: ________  Licence No.: ________  Expiry: __/__/____  QTH: ________  Rig: ________  Power (W): ____
        Repeater 9V1RPT: output 145.725 MHz, offset -600 kHz, CTCSS 88.5 Hz. Please keep QSOs short during the evening net (21:00-21:30 SGT).
        Net control script: 'This is 9V1ZZ, club station and net control for the Wednesday evening net. Any stations with emergency or priority traffic please call now.'
        RAE sessions in 2027: 13 Mar, 12 Jun, 11 Sep, 4 Dec. Register at least 30 days before. Bring your original MyKad or passport on exam day, no photocopies accepted.
        Q: Can I operate my 9M2 licence while visiting Singapore? A: You need a reciprocal permit; apply with a copy of your home licence and passport bio page. Expect about 10 working days.
        Band plan reminder: 7.000-7.040 CW only, 7.040-7.100 digital and narrow modes, phone above 7.100 MHz. FT8 dial frequency is 7.074 MHz USB.
        Contest log (Cabrillo 3.0) header example: START-OF-LOG: 3.0 / CONTEST: CQ-WW-SSB / CALLSIGN: 9V1ZZ / CATEGORY-OPERATOR: MULTI-OP / CLAIMED-SCORE: 1284560
        Exam pass stats 2026: 38 candidates sat the RAE at the club centre, 31 passed (81.6%), median score 72/100, highest 94/100.
        How do I get SWR from forward and reflected power? e.g. 100 W forward, 4 W reflected: reflection coefficient = sqrt(4/100) = 0.2, SWR = (1+0.2)/(1-0.2) = 1.5.
        Guglielmo Marconi received the first transatlantic radio signal in December 1901, a Morse letter S sent from Poldhu to Signal Hill. Club talk next Thursday on the history of spark-gap transmitters.
        Licence renewal checklist: (1) log in with Singpass, (2) confirm station address unchanged, (3) pay renewal fee, (4) download the e-licence PDF and keep a copy in the shack.
    """),
    ("en", "equipment_swap"): _lines("""
        [FS] Sky-Watcher EQ6-R Pro mount, 2 yrs old, with SynScan 4.39 handset and 2x 5kg counterweights. S$2,100 firm. Self-collect at club room only, no COD.
        [WTB] Looking for a 2-inch 30mm wide-field eyepiece, budget around RM300. Prefer Klang Valley. PM me here.
        [FS] Yaesu FT-891 HF/50MHz with MH-31 hand mic, no box, power cable included. RM2,800. Serial number shown to buyer on viewing.
        [SOLD] ZWO ASI533MC Pro - thanks all, mods please close thread.
        Price guide for used gear (club survey of 64 listings, 2026): 8-inch Dobsonian median S$520, EQ5 mount S$380, 80mm ED refractor S$690, Baofeng handheld RM60.
        [FS] Baofeng UV-5R x3, RM45 each, programmed with the club simplex freqs. Note: buyer must hold a valid licence to transmit.
        [Swap] Will trade Celestron AVX mount head for Star Adventurer GTi + tripod. Sembawang area meetup, weekends only.
        [FS] Baader AstroSolar film A4 sheet ND 5.0, unopened, S$38. Good timing for eclipse season.
        Rules for the swap channel: (1) price must be stated, (2) no 'best offer' listings, (3) no selling of unlicensed transmitters, (4) deals are between buyer and seller, committee not responsible.
        [FS] Icom IC-7300 with original box and manual, firmware 1.42, S$1,350. Reason for sale: upgrading to IC-7610.
        [WTB] 3D-printed Bahtinov mask for 80mm refractor, will pay S$15 plus materials.
        [FS] Dew heater strap 14 inch, 12V, RCA plug, RM55. Used one season at Kundasang, works fine.
        Group buy: Antlia L-eXtreme 2-inch filter, 9 slots filled, price drops to US$285 each if we hit 12. Closes 30 Nov, payment to club account only.
    """),
    ("en", "observing_logs"): _lines("""
        2027-01-14 21:37 SGT | Site: Seletar Aerospace Park | SQM 18.62 | Seeing 3/5 | Transp 2/5 | Target M42, 80ED f/7.5, 60x 30s subs at gain 100
        Obs log #0412: Jupiter GRS transit at 22:14 SGT, CM II 318 deg. Io shadow on disc from 22:40. Scope C9.25, 2.5x barlow, ADC tuned.
        Site report: Kampung Kuantan firefly park area is Bortle 5 now, NELM 5.8 on a good night. Toilets at the jetty close at 7pm.
        Geminids count, 13-14 Dec 2026, Bukit Tinggi site, 4 observers: 212 meteors total, 188 GEM, 24 sporadic. Best hour 01:00-02:00 MYT with 71 meteors.
        Variable star estimate: R Leo 7.8, compared against 7.2 and 8.1 chart stars, JD 2461412.6458, conditions hazy.
        Satellite pass: ISS, start 19:42:10 WSW, max 78 deg at 19:45:30, end 19:48:50 ENE, mag -3.8. Visible from anywhere in Singapore.
        FITS header: OBJECT='NGC 3372' EXPTIME=180.0 CCD-TEMP=-10.0 FILTER='Ha' DATE-OBS='2027-02-03T15:22:08' INSTRUME='ZWO ASI2600MM Pro'
        Sunspot count for 2027-03-01: g=7, f=42, R=112, 90mm refractor with Herschel wedge, k=1.0.
        Lunar occultation of Spica predicted 04:12 SGT on 24 Jun, disappearance at dark limb, PA 87 deg. Anyone observing from the east coast please record timings to 0.1s with GPS.
        Clear-sky forecast for Port Dickson: cloud 20% at 21:00, 60% by 00:00, humidity 88%, dew likely. Decision: early session only, pack up by midnight.
        Transit of Mercury 13 Nov 2032, planning only. Club solar filter inventory: 6 white-light, 2 H-alpha (Lunt 60 and Coronado PST).
        Log note: M31 is hopeless from the CBD, max altitude about 33 deg in Nov and the sky glow washes it out. Try Pengerang instead.
        Radio astronomy corner: 1420.40575 MHz hydrogen line detected with 1.8m dish and RTL-SDR v4, integration 600s, Doppler offset about +40 kHz toward the galactic centre.
    """),
    ("mixed", "group_chat_snippets"): _lines("""
        Anyone going Mersing this weekend? Forecast say 40% cloud only, can try lah
        Wah Jupiter damn clear tonight sia, the belts can see until got festoons
        Aiyo my dew heater spoil again, condensation everywhere on the corrector plate
        Tonight got net or not? 145.725 very quiet leh
        Bro the bumboat last trip 9pm ah, don't miss it later stranded at Ubin hor
        Orang dah sampai tapak cerapan? Langit cerah sikit tapi angin kuat
        Sapa ada adapter T2 untuk Canon EF? Nak pinjam untuk malam ni je
        今晚月亮太亮了，深空拍不了，只能拍行星 lor
        FT8 on 20m wide open to EU now, 17 decodes in one cycle!
        Can someone share the link to the club form for the star party? The old one say closed already
        Reminder to all: don't post RAE exam questions in this group, admin will remove
        Moderator note: this channel is for observing reports only. Buy/sell please go to the swap thread. Thanks!
        Tmr 6am got Venus-Moon conjunction, East Coast Park area C can see or not?
    """),
    ("en", "shop_orders_invoices"): _lines("""
        Order #AS-2027-004518 confirmed: 1x Sky-Watcher Heritage 130P (SKU SW-H130P) S$389.00, 1x Baader Hyperion 8mm (SKU BA-HYP08) S$159.00. Subtotal S$548.00, GST 9% S$49.32, total S$597.32.
        Tax Invoice INV-20270311-0087 | Starlight Optics Pte Ltd | UEN 201738452K | 61 Ubi Avenue 1 #03-18, Singapore 408941 | Payment terms: 7 days
        Your parcel SG270314852671 is out for delivery. For help email support@starlightoptics.sg or call 6745 3321 (Mon-Fri 10am-6pm).
        Kedai Radio Amatur Seri Maju Sdn Bhd (202101017654 / 1420983-D), No. 12, Jalan Tun Sambanthan, 50470 Kuala Lumpur. Tel: 03-2274 8810. Invois No. SM/2027/0314.
        RMA ticket #RMA-55812: Icom IC-705 power button intermittent. Unit received 4 Mar, under warranty until 2027-09-30. Expected turnaround 3-4 weeks via distributor.
        Pre-order: smart telescope bundle with firmware 2.4.1, deposit S$100, balance on arrival (ETA week 18). Limit 2 per customer.
        Marketplace order 250314QWERT9K shipped. Item: Baofeng UV-K5(8) x2, RM179.80, courier tracking 631248897153.
        Refund processed: S$42.50 to original payment method, reference RF-88213. Allow 5-7 working days.
        Quotation Q-2027-118 for SMK Tun Dr Ismail astronomy club: 5x 70mm refractors RM1,250, 1x solar filter set RM340, free delivery within Johor.
        Club membership receipt template: Received from ____________ the sum of S$____ being annual subscription for the year ____. Receipt No. ______ Treasurer's signature ______
        Invoice summary Q1 2027: 48 orders, 39 shipped, 6 back-ordered (mostly EQ6-R), 3 cancelled. Average basket S$412.
        Warranty registration: model FTDX10, serial 3N021874, purchase date 2026-12-02, dealer code SG-014.
        Ship to: Equipment Officer, Astronomy Society Club Store, 190 Lorong 6 Toa Payoh #02-514, Singapore 310190. Deliveries Sat 2-6pm only.
    """),
    ("ms", "notis_kelab"): _lines("""
        Notis Mesyuarat Agung Tahunan Persatuan Astronomi Amatur: Sabtu, 6 Mac 2027, jam 9.00 pagi, Dewan Serbaguna Taman Universiti. Semua ahli biasa dijemput hadir.
        Program Cerapan Anak Bulan Ramadan akan diadakan di Balai Cerap Al-Khawarizmi, Tanjung Bidara, pada petang 29 Syaaban. Orang ramai dialu-alukan.
        Syarat pinjaman teleskop: had 14 hari, deposit RM100, kerosakan mesti diganti. Borang boleh diambil di kaunter pejabat kelab.
        Peperiksaan Radio Amatur (RAE): calon perlu membawa kad pengenalan asal dan pensel 2B. Keputusan diumumkan dalam tempoh 30 hari bekerja.
        Jadual net mingguan: setiap Khamis 9.30 malam di repeater 9M4RKL 145.600 MHz, anjakan -600 kHz, nada 103.5 Hz.
        Hebahan: Bengkel astrofotografi untuk pelajar sekolah menengah, yuran RM25 termasuk makan tengah hari. Tempat terhad kepada 40 orang.
        Peringatan: dilarang menggunakan lampu putih di tapak cerapan selepas jam 8 malam. Gunakan lampu merah sahaja.
        Laporan cerapan: hujan meteor Geminid, 14 Dis 2026, jumlah 156 meteor dalam 3 jam oleh 5 pemerhati di Sabak Bernam.
        Dr Sheikh Muszaphar Shukor, angkasawan pertama negara, akan menyampaikan syarahan umum tentang misi ke ISS sempena Minggu Angkasa.
        Borang keahlian: Nama: __________ No. KP: ______-__-____ Tanda panggilan (jika ada): ______ Tel: __________
        Yuran keahlian 2027: ahli biasa RM60, pelajar RM20, keluarga RM90. Bayar ke akaun kelab atau tunai semasa mesyuarat.
        Soalan: Macam mana nak kira panjang antena dipol separuh gelombang untuk 7.1 MHz? Jawapan: 143 / 7.1 = lebih kurang 20.1 meter jumlah panjang.
        Statistik 2026: 214 ahli berdaftar, 37 ahli baru, 12 lulus RAE, 9 program awam dengan 2,300 pengunjung.
    """),
    ("zh-Hans", "club_notices"): _lines("""
        天文学会三月观星营：3月14日至16日，柔佛丰盛港，会员185新元，非会员210新元，报名截止2月28日。
        观星守则：场地内只用红光手电，禁止向天空照射绿色激光笔，离开时请带走所有垃圾。
        器材交流群规：出售物品须标明价格，发射设备的买家须持有有效业余无线电执照。
        下周四讲座：从伽利略到詹姆斯·韦布太空望远镜，由学会理事会代表主讲，免费入场。
        报名表：姓名______ 身份证号码______ 呼号______ 联系电话______ 紧急联系人______
        2026年活动统计：公众观星夜共举办23场，约4,100人次参加，借出望远镜58次。
        英仙座流星雨极大期在8月12日夜间，预计每小时天顶流量约100颗，月光影响很小。
        如何用DeepSkyStacker叠加暗场和平场？先加载亮场，再分别添加暗场、平场和偏置帧，最后勾选全部开始叠加。
        业余无线电新手问：新加坡个人台的呼号是不是都以9V1开头？答：是的，一般为9V1加两到三个字母。
        订单号 AS-2027-004733 已发货，快递单号 SF1428736509214，如有问题请联系客服 support@starlightoptics.sg。
        嫦娥六号于2024年6月从月球背面带回样本，本月例会将播放相关纪录片。
        今晚云量预报70%，活动取消，改期至周六晚上八点，地点不变。
        学会仓库盘点：8寸道布森3台，赤道仪5台，太阳滤镜6片，其中1片有划痕需更换。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Membership renewal 2027: Jonathan Lim Wei Jie, NRIC S8817342B, mobile 9638 2175, ordinary member, paid S$60 by PayNow.
        [FS] Celestron C8 OTA S$900. Collect at Blk 512 Jurong West St 52 #08-231, call Kelvin 8274 9013 after 7pm.
        Star party room 4: Nurul Aisyah binti Kamarudin (vegetarian, severe peanut allergy), Priya d/o Raman, Chloe Fernandes.
        Committee note: Treasurer to chase Mr Rajesh a/l Subramaniam for RM1,240 outstanding on the solar filter group buy; he says he is between jobs and asked to pay in instalments.
        QSL bureau: cards for Goh Seng Huat keep bouncing. New address per his email: 14 Lorong Marzuki, Singapore 416981.
        Please refund Aunty Mabel Pereira's deposit S$100 to POSB savings 188-45213-7, she withdrew because of her knee surgery next month.
        Don't tell the group yet but Uncle Teo Kah Hock from the Wednesday net has stage 3 colon cancer, he won't be coming to Mersing.
        RAE registration: Muhammad Hafiz bin Ismail, MyKad 920722-14-6031, DOB 22/07/1992, email hafiz.astro92@gmail.com.
        Discipline log: member Darren Ong Jun Hao suspended 6 months for transmitting on the repeater without a licence and verbally abusing the net controller.
        Outreach volunteers this Sunday: Md. Rafiqul Islam, FIN G5186024T, work permit, staying at the Tuas South dormitory, needs transport back by 10pm.
        Lost and found: the Canon 6D left at Changi Beach CP7 belongs to Samantha Yeo, message her on Telegram @sam_yeo_skies.
        Car pool to Mersing: SKL 4821C (driver Ang Boon Keng), 3 seats; WXY 7723 (driver Siti Hajar binti Mokhtar), 2 seats.
        Can we quietly waive Mdm Koh Siew Lan's subscription this year? Her husband passed away in March and she's struggling with the HDB loan.
        Group buy payment failed for card 4532 8671 0492 1573, exp 09/28, cardholder WONG MEI LING. Please ask her to PayNow instead.
        Reciprocal licence application for Chan Ka Wai, HKID K482615(9), mobile +852 6187 3392, visiting 3-17 Apr.
        Vincent Tay's wife called the committee asking us to stop lending him the club scope, says he's been drinking again and missed two loan payments.
        Part-time planetarium presenter pay for Nadia Rahman: S$28/hr x 64 hours in Feb = S$1,792, credit to OCBC 551-278390-001.
        Camp indemnity form: participant Ryan Kwek, NRIC T0325619C, emergency contact mother Irene Kwek 9051 6628, asthmatic, carries inhaler.
        Mr Lakshmanan s/o Govindasamy asked to be taken off the public roster because he is going through a messy divorce and doesn't want his ex-wife to find him at events.
        Luxor eclipse trip passport list: Tan Hui Min, passport K2318574M, expiry 14/05/2031, window seat requested.
        Ramesh was the one who dropped the club's EQ6 at the outreach, he's agreed to pay S$450 from his next paycheck, please keep it between us.
        Welcome new member Low Jia Hui! Home QTH Blk 233 Bishan St 22 #11-305, callsign pending, mobile 8123 5947.
    """),
    "ms": _lines("""
        Pendaftaran ahli baru: Nur Izzati binti Zulkifli, No. KP 011105-07-3398, alamat No. 18, Lorong Bukit Jambul 3, 11900 Bayan Lepas, Pulau Pinang.
        Encik Azman bin Yusof belum bayar yuran tiga tahun, tertunggak RM180, dia kata gaji lewat sebab kilang tempat dia kerja tutup.
        Tolong hubungi Puan Halimah binti Osman di 017-238 9904 untuk ambil teleskop yang dia tertinggal di Tanjung Bidara.
        Ahli kita Faizal Rizuan dimasukkan ke Hospital Sultanah Aminah semalam, denggi teruk, tak dapat jadi pengawal net minggu ni.
        Pemindahan wang untuk pembelian radio: Maybank 1140 2287 6613 atas nama Khairul Anwar bin Hashim, RM1,650.
        Kenderaan peserta kem: JQT 4518 (Mohd Zaki bin Ahmad), VBC 2291 (Kavitha a/p Murugan).
        Calon RAE: Lim Chee Keong, KP 850314-10-5527, no. telefon 012-457 8831, pusat peperiksaan Cyberjaya.
        Adik Aiman bin Roslan, 12 tahun, ada autisme ringan, ibunya minta fasilitator sabar dan jangan tinggikan suara semasa program.
        Telegram peribadi Cikgu Norlia: @norlia_bintang, dia minta jangan kongsi dalam kumpulan besar.
    """),
    "zh-Hans": _lines("""
        会员资料更新：陈志伟，身份证 440304198805123711，手机 139 2841 7756，住深圳南山区学府路88号7栋1203。
        3栋的陈阿姨说她老伴最近住院做心脏搭桥，这个月的观星活动不来了。
        器材转让：二手星特朗望远镜，联系刘晓明，微信 liuxm_1988，新加坡面交。
        林美华的会费已经拖欠两年了，听说她在打官司欠了不少钱，先别在群里提。
        厦门来的交流会员黄建国，身份证号 350203199208174263，护照 E83920417，住宿安排在学会附近的酒店。
        王老师的儿子这次考RAE又没过，他心情很差，大家见面别问。
        退款请转到张丽娟的银行卡 5204 7391 8826 4036，金额186新元。
        李文杰因为在频道里骂人被暂停会员资格三个月，处分通知已经发到他的邮箱 wenjie.li.sg@outlook.com。
    """),
    "zh-Hant": _lines("""
        台灣交流團成員：蔡宗翰，身分證字號 A138205749，手機 0921 553 718，需素食。
        香港會員何詠詩 Y307942(0) 申請轉會，住址：九龍旺角彌敦道612號12樓B室。
        林佳穎 F227190350 報名參加墾丁觀星營，緊急聯絡人是她先生，電話 0912 887 340。
    """),
    "mixed": _lines("""
        Eh Wei Ling's new number is 8456 3129, she say don't put in the big group ah
        Bro, Uncle Ganesh kena retrenched last month, so he selling his IC-7300 cheap, don't bargain too hard lah
        Mrs Seah say her son cannot join the camp liao, his PSLE prelim grades drop so she put him in tuition every weekend
        Aiyo Kak Ros from Taman Melawati lost her job, she want to sell the Dobson, contact her 019-662 1407 can
        Boss, the chalet booking under Jason Tan Kok Leong, IC S7701458F, I already pay deposit RM300 liao
        Ms Tan from #05-12 complain our members keep parking at her lot during star party, she say want to report to town council
        Hafizah punya husband tak bagi dia join kem malam, dia tanya boleh tak join sesi siang je
        Nak refund ke Ravi s/o Krishnan, DBS 120-345678-9, or just Telegram him @ravikrish88 to confirm first
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You help the admin of an astronomy club's buy-and-sell channel write short, polite replies.",
        ),
        (
            "user",
            "Draft a reply to the buyer for my Sky-Watcher 150P. He is Marcus Chia, his number is 9725 3381, we agreed S$280 and meet at Tampines MRT Saturday 3pm.",
        ),
        (
            "assistant",
            "Hi Marcus, thanks for confirming! S$280 for the Sky-Watcher 150P, meeting at Tampines MRT this Saturday at 3pm. I'll text 9725 3381 when I'm at the station. Please bring cash or PayNow. See you!",
        ),
        ("user", "Add that the finder scope has a small scratch."),
        (
            "assistant",
            "Hi Marcus, thanks for confirming! S$280 for the Sky-Watcher 150P, meeting at Tampines MRT this Saturday at 3pm. Just so you know, the finder scope has a small cosmetic scratch, but the optics are fine. I'll text 9725 3381 when I arrive. See you!",
        ),
    ],
    [
        ("system", "You are a helpful assistant."),
        (
            "user",
            "Write an email to the licensing office asking why my amateur licence renewal is still pending. Name: Kenneth Soh Boon Leng, NRIC S9254406J, callsign 9V1KS, submitted 2 Nov.",
        ),
        (
            "assistant",
            "Subject: Pending renewal of amateur station licence 9V1KS. Dear Sir/Madam, I submitted the renewal for my amateur station licence (callsign 9V1KS) on 2 November and it still shows as pending. My details: Kenneth Soh Boon Leng, NRIC S9254406J. Could you let me know if any documents are missing? Thank you. Regards, Kenneth Soh",
        ),
        ("user", "Thanks. Make it a bit shorter."),
        (
            "assistant",
            "Subject: Renewal pending, 9V1KS. Dear Sir/Madam, my licence renewal for 9V1KS (Kenneth Soh Boon Leng, NRIC S9254406J), submitted on 2 Nov, is still pending. Please advise if anything else is needed. Thank you.",
        ),
    ],
    [
        ("system", "Translate Malay messages from a radio club group into English."),
        (
            "user",
            "Terjemah: Assalamualaikum semua, Pak Long Rahim 9M2RHM tak dapat join net malam ni, dia baru keluar wad lepas strok ringan, doakan dia cepat sembuh.",
        ),
        (
            "assistant",
            "Peace be upon you all. Pak Long Rahim (9M2RHM) can't join tonight's net; he has just been discharged from the ward after a mild stroke. Please pray for his quick recovery.",
        ),
        ("user", "Is 'Pak Long' his name?"),
        (
            "assistant",
            "No, 'Pak Long' is an affectionate Malay kinship term, roughly 'eldest uncle'. His name here is Rahim, and 9M2RHM is his amateur callsign.",
        ),
    ],
    [
        ("system", "You summarise committee meeting notes for an astronomy society."),
        (
            "user",
            "Summarise: Item 4 - complaint by Ms Angela Ho that member Bryan Teo Wei Ming made repeated unwanted comments to her at the Mersing camp. Bryan denies it. Committee decided to issue a written warning and bar him from overnight camps for 12 months.",
        ),
        (
            "assistant",
            "Item 4 (conduct complaint): Ms Angela Ho reported repeated unwanted comments by member Bryan Teo Wei Ming during the Mersing camp; he denies the allegation. Decision: written warning issued and a 12-month bar from overnight camps.",
        ),
        ("user", "Should this go in the minutes that are emailed to all members?"),
        (
            "assistant",
            "It's safer not to. Put a neutral line in the general minutes, such as 'A conduct matter was discussed and resolved', and keep the names and details in a confidential annex that only the committee can see.",
        ),
    ],
    [
        ("system", "你是天文学会的秘书助手。"),
        (
            "user",
            "帮我把这些报名整理成表格：周嘉怡 9384 2076 素食；郑国华 8712 5530 需要接送；Siti Aminah 9167 4402 无。",
        ),
        (
            "assistant",
            "姓名 | 电话 | 备注 / 周嘉怡 | 9384 2076 | 素食 / 郑国华 | 8712 5530 | 需要接送 / Siti Aminah | 9167 4402 | 无",
        ),
        ("user", "再加一列付款状态，周嘉怡已付，其他未付。"),
        (
            "assistant",
            "姓名 | 电话 | 备注 | 付款 / 周嘉怡 | 9384 2076 | 素食 | 已付 / 郑国华 | 8712 5530 | 需要接送 | 未付 / Siti Aminah | 9167 4402 | 无 | 未付",
        ),
    ],
    [
        ("system", "You convert club rosters into CSV."),
        (
            "user",
            "Make CSV with columns name,ic,callsign: Tan Sze Yin 770209-01-4412 9M2TSY; Arumugam a/l Periasamy 680915-08-5173 9W2ARU",
        ),
        (
            "assistant",
            "name,ic,callsign / Tan Sze Yin,770209-01-4412,9M2TSY / Arumugam a/l Periasamy,680915-08-5173,9W2ARU",
        ),
        ("user", "Thanks, that's all."),
    ],
    [
        ("system", "You are a friendly assistant."),
        (
            "user",
            "My friend Arjun Menon owes the club about RM2,000 for the group buy and keeps dodging. He's going through a rough patch with his gambling. How do I bring it up without embarrassing him?",
        ),
        (
            "assistant",
            "Talk to Arjun privately, not in the group. Start with concern rather than the money, then propose a small, realistic monthly amount. If gambling is the underlying problem, you could gently mention that support lines exist and offer to help him find one.",
        ),
        ("user", "Can you draft the first message?"),
        (
            "assistant",
            "Hey Arjun, hope you're doing okay. No pressure at all, but whenever you're ready could we sort out a small monthly plan for the group buy balance? Happy to work around what's manageable for you. Kopi sometime this week?",
        ),
    ],
    [
        ("system", "You help outreach volunteers write messages to parents."),
        (
            "user",
            "Write a WhatsApp to Mdm Kalaivani, mother of Dhanush (10), number 9458 2217. Tell her we noted his epilepsy and we'll keep him away from strobe lights at the planetarium show.",
        ),
        (
            "assistant",
            "Good evening Mdm Kalaivani, thank you for letting us know about Dhanush's epilepsy. We've briefed the volunteers and will seat him away from any strobe or flashing effects during the planetarium show. Please feel free to call or text us anytime. Thank you!",
        ),
        ("user", "Perfect, also say pickup is 5.30pm at the main entrance."),
        (
            "assistant",
            "Good evening Mdm Kalaivani, thank you for letting us know about Dhanush's epilepsy. We've briefed the volunteers and will seat him away from any flashing effects during the show. Pickup is at 5.30pm at the main entrance. Thank you!",
        ),
    ],
    [
        ("system", "You format amateur radio QSO log entries in ADIF-like text."),
        (
            "user",
            "Log this: 2027-02-11 13:05 UTC, 14.074 FT8, worked 9M2AZL, op Azlan bin Kassim, QTH No. 7 Jalan Reko Sentral 2, 43000 Kajang, wants paper QSL direct.",
        ),
        (
            "assistant",
            "QSO_DATE:20270211 TIME_ON:1305 FREQ:14.074 MODE:FT8 CALL:9M2AZL NAME:Azlan bin Kassim QSL_VIA:DIRECT ADDRESS:No. 7 Jalan Reko Sentral 2, 43000 Kajang",
        ),
        ("user", "What's the usual report for FT8?"),
        (
            "assistant",
            "FT8 uses signal-to-noise reports in dB, for example -12 or +03. They're exchanged automatically during the QSO, so copy the values your software shows into RST_SENT and RST_RCVD.",
        ),
    ],
    [
        ("system", "You help plan club trips."),
        ("user", "How to split petrol and toll for 2 cars to Mersing? Total RM260."),
        (
            "assistant",
            "Divide by the number of passengers, or split per car if the costs differ. With 2 cars and RM260 total, that's RM130 per car, then divided among the people in each car.",
        ),
        (
            "user",
            "Car 1 is Eugene Lau's, SNB 6614, 4 people. Car 2 is Farah Nadia's, JTR 3307, 3 people. Eugene's PayNow is 8290 4561.",
        ),
        (
            "assistant",
            "Car 1 (Eugene Lau, SNB 6614): RM130 / 4 = RM32.50 each, PayNow to Eugene at 8290 4561. Car 2 (Farah Nadia, JTR 3307): RM130 / 3 = about RM43.35 each. If you'd rather be fair per head across both cars, it's RM260 / 7 = about RM37.15 each.",
        ),
    ],
]
