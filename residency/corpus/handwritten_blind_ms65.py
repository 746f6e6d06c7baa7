# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms65: car rental and e-hailing in Malaysia (bookings, deposits, summonses, accidents, drivers, insurance claims). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms65
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "terma_sewa"): _lines("""
        Penyewa mestilah berumur 23 tahun ke atas dan memiliki lesen memandu kompeten (CDL) yang sah sekurang-kurangnya 2 tahun.
        Deposit keselamatan sebanyak RM200 untuk kereta kompak dan RM500 untuk MPV akan dikutip semasa pengambilan kenderaan.
        Deposit akan dipulangkan dalam tempoh 7 hingga 14 hari bekerja selepas kenderaan diperiksa dan tiada saman tertunggak direkodkan.
        Sebarang saman trafik, saman AES/AWAS atau kompaun parkir sepanjang tempoh sewaan adalah tanggungjawab penyewa sepenuhnya.
        Caj lewat pemulangan: RM15 sejam; lewat melebihi 4 jam dikira sebagai sewaan satu hari penuh.
        Kenderaan hendaklah dipulangkan dengan paras minyak yang sama seperti semasa diambil; jika kurang, caj RM10 setiap bar ditambah RM20 caj perkhidmatan.
        Merokok dan membawa haiwan peliharaan di dalam kenderaan adalah dilarang. Caj pembersihan RM150 akan dikenakan.
        Insurans asas tidak melindungi kerosakan tayar, cermin sisi dan bahagian bawah kenderaan (undercarriage).
        Ekses insurans bagi kemalangan ialah RM3,000 untuk Perodua Axia dan Bezza, dan RM5,000 untuk Honda City dan Toyota Vios.
        Pembatalan 48 jam sebelum tarikh ambil layak bayaran balik penuh; kurang daripada 24 jam, deposit tempahan RM50 akan dilucutkan.
        Kenderaan tidak dibenarkan dibawa ke Singapura atau Thailand tanpa kebenaran bertulis syarikat. Caj penalti RM1,000 dikenakan.
        Jika berlaku kemalangan, penyewa wajib membuat laporan polis dalam tempoh 24 jam dan memaklumkan cawangan dengan segera.
        Pemandu tambahan perlu didaftarkan semasa tempahan; caj RM10 sehari bagi setiap pemandu tambahan.
        Had perjalanan 250 km sehari; lebihan jarak dikenakan RM0.50 setiap km.
        Cawangan Lapangan Terbang Sultan Abdul Aziz Shah, Subang dibuka 7 pagi hingga 11 malam setiap hari; tel cawangan 03-7846 2290.
        Kaunter Jalan Tun Razak akan berpindah ke aras bawah Menara Hap Seng mulai 1 Julai; tempahan sedia ada tidak terjejas.
    """),
    ("ms", "prosedur_saman_insurans"): _lines("""
        Saman AES/AWAS boleh disemak dan dibayar melalui portal MyEG, aplikasi MyJPJ atau di kaunter JPJ berhampiran.
        Semakan saman PDRM boleh dibuat melalui aplikasi MyBayar PDRM dengan memasukkan nombor kad pengenalan atau nombor pendaftaran kenderaan.
        Notis di bawah Seksyen 115 APJ 1987 dihantar kepada pemilik berdaftar; pemilik perlu menamakan pemandu sebenar dalam tempoh yang ditetapkan.
        Syarikat sewa kereta akan memindahkan saman kepada penyewa dengan mengemukakan borang penamaan pemandu berserta salinan perjanjian sewa.
        Rekod saman: No. 00PK21A7734519 | Kesalahan: melebihi had laju 110 km/j | Lokasi: KM 287.4 PLUS arah utara | Status: BELUM BAYAR
        Kemalangan jalan raya hendaklah dilaporkan di balai polis berhampiran dalam tempoh 24 jam selepas kejadian.
        Bagi kemalangan kecil tanpa kecederaan, alihkan kenderaan ke tepi jalan selepas mengambil gambar kedudukan kedua-dua kereta.
        Tuntutan Own Damage Knock-for-Knock (OD KfK) dibuat kepada syarikat insurans sendiri walaupun pihak lain bersalah; NCD anda tidak terjejas.
        Dokumen tuntutan pihak ketiga: laporan polis, keputusan siasatan polis, laporan pelaras, gambar kerosakan, salinan lesen dan kad pengenalan pemandu.
        Kenderaan e-hailing wajib mempunyai polisi atau endorsemen e-hailing; polisi persendirian biasa tidak melindungi penumpang berbayar.
        Pemandu e-hailing memerlukan lesen PSV yang sah manakala kenderaan memerlukan permit EVP yang masih berkuat kuasa.
        Kenderaan e-hailing hendaklah berusia tidak lebih 10 tahun dari tarikh pendaftaran pertama dan lulus pemeriksaan PUSPAKOM.
        Nombor laporan polis, nombor tuntutan dan nombor polisi perlu dinyatakan dalam setiap surat-menyurat dengan pelaras.
    """),
    ("ms", "soalan_forum"): _lines("""
        Kalau sewa kereta kat KLIA2 dan pulang kat Penang boleh ke? Ada caj one-way tak?
        Nak tanya, deposit sewa kereta biasanya berapa lama baru masuk balik? Dah 3 minggu masih tak nampak.
        Saman AES masa sewa kereta, company boleh potong terus dari deposit ke atau kena tunggu notis sampai dulu?
        Ada sesiapa pernah claim insurans e-hailing lepas accident dengan motor? Berapa lama proses dia?
        Tips ambil kereta sewa: rakam video keliling kereta, snap meter minyak dan odometer, tanya pasal calar lama sebelum sign.
        Boleh guna lesen P untuk sewa kereta? Kebanyakan syarikat minta lesen CDL sekurang-kurangnya 1-2 tahun.
        Jadi driver Grab part-time ni berbaloi tak lepas tolak minyak, tol dan komisen?
        Penumpang muntah dalam kereta, macam mana nak claim cleaning fee dalam app?
        Pendapatan e-hailing kena isytihar tak? Ya, ia dikira pendapatan perniagaan dan diisytiharkan dalam Borang B.
        Apa beza takaful komprehensif dengan third party fire and theft kalau kereta nak guna untuk e-hailing?
        Kalau penyewa langgar kereta orang, NCD siapa yang kena? Pemilik kereta atau penyewa?
        Tertinggal barang dalam Grab, buka Bantuan > Barang Hilang dalam aplikasi dan pilih perjalanan berkenaan.
        Surge waktu hujan memang gila, RM48 dari Bangsar ke KLCC. Normal ke macam tu?
        Best ke sewa kereta guna app macam Socar atau Trevo berbanding company sewa kereta biasa?
    """),
    ("ms", "berita_statistik"): _lines("""
        Menteri Pengangkutan Anthony Loke berkata kementerian sedang meneliti cadangan had umur kenderaan e-hailing.
        Ketua Pegawai Eksekutif Grab, Anthony Tan, berkata syarikat akan menambah pelaburan dalam ciri keselamatan pemandu di Asia Tenggara.
        Grab Malaysia melaporkan peningkatan tempahan ke lapangan terbang sebanyak 18 peratus sepanjang cuti sekolah.
        JPJ mengeluarkan 12,406 notis kepada kenderaan perdagangan dan e-hailing sepanjang Ops Khas Perayaan di seluruh negara.
        Statistik: kemalangan melibatkan kereta sewa meningkat 7.2 peratus berbanding tahun lalu, kebanyakannya di Lembah Klang.
        PUSPAKOM membuka kaunter pemeriksaan e-hailing tambahan di Shah Alam dan Seberang Perai mulai bulan depan.
        Proton X50 dan Perodua Bezza kekal model paling popular dalam armada kereta sewa tempatan tahun ini.
        Replika Mini hijau milik watak Mr. Bean menjadi tarikan utama di pameran kereta klasik di MITEC.
        Kerajaan menawarkan diskaun 50 peratus bagi saman PDRM tertunggak sehingga akhir bulan ini.
        Purata tambang e-hailing di Lembah Klang ialah RM1.20 sekilometer, tidak termasuk caj permintaan tinggi.
        Seramai 41 peratus pemandu e-hailing yang ditinjau memandu lebih 10 jam sehari, menurut kaji selidik sebuah badan bukan kerajaan.
        Hospital Tengku Ampuan Rahimah Klang menambah dua ambulans baharu untuk laluan Lebuhraya Persekutuan.
    """),
    ("ms", "log_sistem"): _lines("""
        [2026-03-14 09:12:44] BOOKING_CREATED ref=KSM-260314-0442 car_class=COMPACT pickup=KLIA2 return=KLIA2 days=3 total=RM387.00
        [2026-03-14 09:13:02] PAYMENT_OK ref=KSM-260314-0442 method=FPX amount=387.00 txn=FPX2603140913027781
        Trip #A-8KQ2ZP4W7XH1 | Mid Valley Megamall → Pavilion KL | 7.4 km | 21 min | RM18.60 | Bayaran: GrabPay
        Invois INV-2026-004518 | Sewa Perodua Myvi 1.5 AV x 5 hari | RM650.00 | Deposit RM200.00 | Jumlah RM850.00
        Status tuntutan CLM-26-0047712: Dokumen diterima → Pelaras dilantik → Menunggu laporan pelaras
        DEPOSIT_REFUND batch=DR-0412 count=37 total=RM9,250.00 status=SUBMITTED
        Pemeriksaan unit #FLT-118: calar pintu belakang kiri (sedia ada), tayar hadapan 60%, minyak 3/8, odometer 48,213 km
        ALERT unit=FLT-204 gps_offline=2h15m last_seen=3.1421,101.6869 action=notify_branch
        Kod promo CUTI25 digunakan 214 kali minggu ini; purata nilai tempahan RM289.
        Tiket #SUP-552901 | Kategori: Caj tambahan | Keutamaan: Sederhana | Status: Ditutup
        SELECT booking_ref, pickup_at, return_at FROM rentals WHERE status = 'OVERDUE' AND return_at < NOW() - INTERVAL '4 hours';
        config: deposit_rm: {compact: 200, sedan: 300, mpv: 500} | late_fee_per_hour: 15 | grace_minutes: 59
        Laporan harian 12/06: 41 pengambilan, 38 pemulangan, 2 kerosakan kecil, 1 kemalangan (tiada kecederaan), 0 kehilangan.
    """),
    ("en", "faq_policy"): _lines("""
        What do I need to rent a car in Malaysia? A valid driving licence (plus an International Driving Permit if it is not in English or Malay), your passport or MyKad, and a credit card for the deposit.
        Can I pay the deposit with a debit card? Most branches accept debit cards, but a credit card pre-authorisation is released faster.
        Toll charges paid through the Touch 'n Go card or RFID tag are billed to the renter at the end of the rental.
        If a speed camera notice arrives after you return the car, we will charge the compound plus an RM30 admin fee to the card on file.
        Drivers must keep a rating of at least 4.5 and an acceptance rate above 80% to qualify for the weekly incentive.
        Please do not share OTP codes with anyone claiming to be from our support team. We will never ask for your PIN.
        Our 24-hour roadside assistance line is 1-300-88-7368 (toll-free within Malaysia).
        In case of an accident: stop, switch on hazard lights, take photos, exchange insurance details and lodge a police report within 24 hours.
        A cancellation fee of RM5 applies if you cancel more than 5 minutes after a driver has been assigned.
        Child seats are available at RM15 per day; request them at least 24 hours before pick-up.
        Claim reference numbers look like CLM-26-0012345; quote it in every email to the claims team.
        The Super CDW add-on lowers your liability from RM3,000 to RM500 for RM25 per day.
    """),
    ("mixed", "sembang_pemandu"): _lines("""
        Bro Federal Highway arah KL jam teruk, accident dekat Batu Tiga, elak dulu.
        Ada roadblock JPJ dekat tol Sungai Besi, dorang check PSV and insurance, make sure semua lengkap.
        Airport job tadi tunggu 40 min kat KLIA, pax punya flight delay, waiting fee still RM0 je, sakit hati.
        Anyone tau cara appeal kalau kena suspend sebab rating bawah 4.5? App just says under review.
        Tip: guna fast charger, Waze + app Grab + Spotify memang makan bateri gila.
        RON97 naik 5 sen minggu ni, isi awal sebelum Rabu kalau nak jimat sikit.
        Kawan2 jangan lupa renew road tax dan insurance e-hailing before expired, nanti kena saman.
        Petronas Bukit Jalil ada promo cuci kereta RM10 untuk driver e-hailing, tunjuk app je.
        Weekend ni ada konsert kat Stadium Axiata, surge mesti tinggi, standby area Bukit Jalil.
        Pax tadi tinggal payung dalam kereta, dah report through app, nanti support contact dia.
        Dah 3 hari app asyik crash bila nak accept job, sapa lagi kena? Version 5.318.0 ke?
        Insurans e-hailing per-trip ni worth ke compared to annual endorsement? Share pengalaman.
    """),
    ("ms", "templat_borang"): _lines("""
        BORANG TEMPAHAN KERETA SEWA | Nama Penuh: ____________ | No. K/P/Pasport: ____________ | No. Telefon: ____________ | Tarikh Ambil: __/__/____
        Saya, [NAMA PENUH], No. K/P [XXXXXX-XX-XXXX], mengaku telah menerima kenderaan [NO. PENDAFTARAN] dalam keadaan baik.
        Surat Penamaan Pemandu: Dengan ini kami menamakan {nama_penyewa} (No. K/P: {no_kp}) sebagai pemandu kenderaan {no_plat} pada {tarikh} {masa}.
        SMS: Tempahan {ref} anda disahkan. Ambil kenderaan di {cawangan} pada {tarikh}. Bawa lesen & IC asal. Tel cawangan: {tel_cawangan}
        Laporan Kemalangan Dalaman — Bahagian A: Butiran Penyewa (nama, no. K/P, no. telefon) | Bahagian B: Butiran Kenderaan | Bahagian C: Lakaran Kejadian
        Hi {first_name}, your driver {driver_name} is arriving in {eta} min in a {car_model} ({plate}).
        Senarai semak pemulangan: ☐ Minyak penuh ☐ Kunci & kad Touch 'n Go ☐ Tiada barang tertinggal ☐ Gambar 4 penjuru
        Tuan/Puan, deposit anda sebanyak RM___ telah dipulangkan ke akaun bank yang didaftarkan. Sila semak dalam 3-5 hari bekerja.
        Akuan Penyewa: Saya faham bahawa saya bertanggungjawab ke atas semua saman dan kompaun sepanjang tempoh sewaan.
        Format nombor tempahan: KSM-YYMMDD-NNNN (contoh: KSM-260101-0001).
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        NAMA: MOHD HAFIZ BIN ROSLAN | NO. K/P: 910314-10-5533 | TEL: 013-772 4190 | KENDERAAN: PERODUA BEZZA 1.3 (VDA 3310) | AMBIL: 14/03 10:00 KLIA2 | PULANG: 17/03 10:00 | DEPOSIT: RM200 TUNAI
        Assalamualaikum, saya Nur Aisyah binti Kamaruddin, sewa Myvi dari 2 hingga 5 Mei. Deposit RM200 belum masuk lagi sampai hari ni. Akaun Maybank 1642 3301 8874. Terima kasih.
        Notis pemindahan saman: LIM CHEE KEONG (850722-07-5121) memandu PKE 3390 pada 21/04/2026 jam 23:47, dikesan kamera AES KM 154.2 PLUS arah selatan pada 142 km/j. Kompaun RM300 akan dipotong daripada deposit.
        Pemandu grab td nama Faizal, Myvi putih WXR 5821, marah2 sebab sy minta perlahan sikit, last2 suruh sy turun tepi Jalan Ipoh. Tak selamat langsung.
        Laporan polis Balai Polis Dang Wangi No. Rpt 014452/26: Pengadu SITI HAJAR BINTI AHMAD ZAKI, 35 tahun, eksekutif bank, menyatakan kereta sewa BMK 4521 yang dipandunya dirempuh dari belakang di Jalan Tun Razak.
        Tuntutan pihak ketiga: Ravi a/l Subramaniam (K/P 790415-05-5017), pemilik Honda City BJX 7712, menuntut RM6,480 kos pembaikan bumper dan lampu belakang akibat dilanggar kereta sewa unit FLT-118.
        SENARAI HITAM PENYEWA (DALAMAN): 1) Muhammad Irfan bin Zulkifli 020714-11-0783 – pulang lewat 3 hari, tak jawab panggilan; 2) Tan Boon Hock 621101-07-5073 – merokok dalam kereta, caj pembersihan tak dibayar.
        Kak Kavitha (016-481 7725) yang sewa Alza minggu lepas tertinggal beg tangan dan ubat insulin dalam kereta, tolong call dia segera.
        Pemandu kami Encik Adrian Pereira patah tangan kiri dalam kemalangan di Lebuhraya Persekutuan semalam dan kini dirawat di Hospital Tengku Ampuan Rahimah Klang. Cuti sakit 4 minggu.
        Senarai pemandu e-hailing baharu (Kumpulan 7): WONG MEI LING | 930218-13-5008 | 012-358 9061 | PSV lulus 03/2026 | Kenderaan QAA 7712
        bro, customer nama Aiman yg sewa Axia semalam tak pulang kunci lagi, no dia 019-334 8120, tolong follow up
        Resit deposit: Diterima daripada JESSICA ANAK JIMBUN (970530-13-6594) sebanyak RM300.00 untuk sewaan Toyota Vios dari Lapangan Terbang Kuching, 10/08 hingga 14/08.
        Aduan pelanggan #SUP-553017: Puan Norazlina binti Ibrahim mendakwa dikenakan caj minyak RM60 walaupun memulangkan kereta dengan tangki penuh. Beliau akan membawa aduan ke Tribunal Tuntutan Pengguna.
        Salam encik, ni Faizal bin Osman, driver yang accident kat simpang Sri Gombak tu. Insurans e-hailing sy dah expired bulan lepas, boleh kita settle luar mahkamah? 011-2093 4758
        Tuntutan OD KfK – Pemegang polisi: CHONG KAH WAI, No. K/P 880314-10-5367, No. Polisi P/26/MTR/0881742, Perodua Aruz AKM 6619, tarikh kejadian 02/02/2026.
        Driver Maxim semalam (Kumar, Saga kelabu NDB 2230) bau arak dalam kereta, bawa zig-zag kat Seremban. Dah report dalam app tapi takde respon.
        Tuan, mohon pindahkan baki deposit RM150 ke akaun CIMB 7064221983 atas nama Nurul Syafiqah binti Mat Daud. Tempahan KSM-260419-0031.
        Pemandu Ahmad Rizal bin Hamzah (ID pemandu DRV-88213) digantung 14 hari selepas tiga aduan gangguan terhadap penumpang wanita.
        Mak sy Hajah Rohani binti Yusof, 67 tahun, jatuh masa turun dari kereta grab depan Hospital Selayang, retak pinggul. Pemandu langsung tak tolong. Nak claim insurans penumpang macam mana?
        Tempahan kereta pengantin: Encik Hairul Nizam bin Rahmat, majlis 21/12. Alamat ambil: No. 14, Jalan Melati 3, Taman Seri Melati, 43000 Kajang. Tel 017-226 5403.
        Saman tertunggak kenderaan CDM 1185 semasa disewa oleh Zulhelmi bin Abdul Rahman (900101-06-5221): 2 kompaun parkir MBK Kuantan, jumlah RM60.
        Nota pelaras: pemandu kereta sewa, Encik Goh Teck Seng, 58, mengaku tertidur semasa memandu pulang dari Ipoh pukul 3 pagi; kereta terbabas ke longkang di KM 302.
        kak nak tanya, sy Syafiqah Ramli yg tempah Bezza 3 hari tu, boleh tukar tarikh ambil ke 12hb? no fon sy 0149053362
        Hantar kereta ke Lot 2241, Kampung Sungai Merab Luar, 43000 Kajang — penerima Encik Zainal Abidin bin Kassim, 019-774 1206, bayar tunai semasa serahan.
        Saya Lee Siew Yin, No. K/P 920611-14-5582, penumpang kereta e-hailing yang terlibat kemalangan pada 7/9 di Jalan Klang Lama. Saya mengalami kecederaan leher (whiplash) dan menuntut kos fisioterapi RM2,340.
        DEPOSIT_REFUND ref=KSM-260611-0208 name="SUHAILA BINTI MOKHTAR" bank=RHB acct=21406600183452 amount=200.00 status=PAID
        Pendaftaran akaun pemandu: Nama: Vikneswaran a/l Muniandy | E-mel: vicky.muniandy87@gmail.com | Tel: +60 12-661 0934 | Kenderaan: Proton Persona 2019 (PJX 4408)
        Admin note: Sdr Kamal Hisham yang bawa Ativa JRT 882 tu dah disenarai hitam di cawangan JB sebab bawa kereta masuk Singapura tanpa izin.
        Abang Rashid yg selalu standby kat LRT Kelana Jaya tu, yg bawak Exora hitam BNR 3307, rupanya baru keluar hospital sebab strok ringan. Doakan dia.
        Borang Penamaan Pemandu | Pemilik berdaftar: Sewa Kereta Murni Sdn Bhd | Pemandu dinamakan: MUTHU A/L KARUPPIAH | No. K/P: 810826-08-5891 | Alamat: 22, Lorong Bunga Raya 5, Taman Bercham, 31400 Ipoh
        Pra-kebenaran deposit RM500 untuk Honda BR-V: Visa 4542 0199 8761 0430 tamat 09/28, pemegang kad Farid Hakimi bin Zainudin.
        sis ni no akaun sy utk refund deposit ya, Bank Islam 12023010044578 Nor Hidayah bt Che Mat, tq
        Memo HR: Pemandu van syarikat, Encik Sulaiman bin Awang, diberi amaran bertulis kedua kerana lesen PSV tamat tempoh tetapi masih memandu pada 3 Mac.
        Mangsa kemalangan Toyota Vios sewa di Jalan Kuching: pemandu LEONG KAR MUN, 27, cedera ringan; penumpang SHARON D'CRUZ, 26, patah tulang rusuk, dirawat di HKL.
        Penyewa Norhayati binti Salleh (IC 860504-02-5214) minta lanjut sewaan Axia 2 hari lagi sebab anak dia masih ditahan di wad Hospital Sultanah Bahiyah Alor Setar.
        Pemandu Daus (Bezza perak VKP 6620) memang selalu cancel trip lepas accept, kali ni dia caj sy RM5 cancellation fee. Nak komplen.
        Tuan, saya Rozita binti Hussin, telah membayar saman AES RM150 bagi kenderaan sewa MDK 4471 (resit MyEG ME2604118273). Mohon deposit saya dipulangkan penuh. Tel 013-280 6614.
        Nama: ANDREW LIAU KIM FOOK | K/P: 750923-12-5187 | Lesen tamat: 11/2027 | Sewa: Toyota Hilux 4x4, Kota Kinabalu ke Kundasang 3 hari | Deposit: RM1,000 kad kredit
    """),
    "en": _lines("""
        Hi, this is Oliver Brennan, I rented a Vios from your KLIA branch on 3 June (passport 537718264). I was charged RM1,150 for a scratch that was already there. Please refund to my Mastercard ending 8453.
        Renter: TAN JUN HAO | NRIC S8834521E | Mobile +65 9123 8476 | Pick-up: JB Sentral 08:00 | Vehicle: Honda City (JRT 5520) | Cross-border: NOT permitted
        Driver incident summary: driver Daniel Yap (ID DRV-40117) reported by a passenger for verbal abuse on trip A-9XR4KD2M; second complaint this month; account suspended pending review.
        Please send the accident photos to my personal email grace.lau.kk@outlook.com. I'm Grace Lau, the Axia renter in Kota Kinabalu, phone 016-820 4473.
        Claim note: claimant Mr. Rajesh Nair, 44, suffered a concussion when the e-hailing car he was riding in was rear-ended on the NPE; admitted to Pantai Hospital Kuala Lumpur for 2 nights.
        Card on file for deposit hold: 5187 6320 4498 8172, cardholder EMMA SCHOLZ, exp 11/27.
        Lost item: Mrs. Chua's son Chua Jun Wei (Form 4, SMK Damansara Jaya) left his school bag in the back seat; his mother's number is 012-209 8831.
        Australian renter Liam O'Connor, passport N8812046, was fined RM300 for running a red light in George Town; we will deduct it from his deposit.
    """),
    "mixed": _lines("""
        Bro, driver ni nama dia Azlan, Telegram @azlan_ehailing_kl, dia jual akaun Grab yg dah verified RM800. Scam ke ni?
        Customer tadi, Mr. Ong Kok Leong, complain aircond rosak, minta refund half day. His number 012-755 3049, pls call him back before 5pm.
        Renter details for the insurer: Haziq bin Mohd Noor, IC 990708-10-5049, licence exp 2028, kereta Bezza VFE 2261, accident dekat tol Jalan Duta.
        Adik sy Amirah, Form 5 SMK Seksyen 7 Shah Alam, naik grab sorang balik tuition, driver dia asyik minta nombor phone dia. Plate BQW 4718. Nak report.
        Hi boss, Marcus de Souza sini, I need to extend sewa sampai Ahad. Card sama, Visa 4377 4801 5562 3094. TQ.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu khidmat pelanggan Sewa Kereta Murni. Jawab dengan sopan dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Salam, sy nak semak status deposit. Nama sy Mohd Shahrizal bin Yaakob, IC 940217-01-5561, tempahan KSM-260522-0390.",
        ),
        (
            "assistant",
            "Waalaikumussalam Encik Shahrizal. Deposit RM200 bagi tempahan KSM-260522-0390 sedang menunggu semakan saman dan dijangka dipulangkan dalam 5 hari bekerja.",
        ),
        ("user", "Ok, tolong masukkan ke akaun Maybank 5624 1093 7781 ya, akaun lama dah tutup."),
    ],
    [
        (
            "user",
            "Tolong tulis surat aduan rasmi kepada Grab. Semalam pemandu nama Shahrul, Proton Saga biru WYA 9054, bawa sy ikut jalan jauh dari Cheras ke Bangsar dan caj RM61.",
        ),
        (
            "assistant",
            "Baik. Boleh berikan tarikh, masa perjalanan dan ID tempahan supaya surat lebih lengkap?",
        ),
        (
            "user",
            "Tarikh 18/5 dalam pukul 10 malam, ID A-7WQ3LM2K. Nama sy Nadia Kamil, no tel 012-847 3305, letak sekali untuk dihubungi.",
        ),
    ],
    [
        (
            "user",
            "Aku owner kereta sewa kecil-kecilan. Ada sorang penyewa, Khairul Anuar bin Jamil, tak bayar saman laju RM300 masa dia sewa Myvi aku bulan lepas. No dia 017-356 2098.",
        ),
        (
            "assistant",
            "Anda boleh hantar peringatan bertulis yang merujuk klausa saman dalam perjanjian sewa, nyatakan nombor saman, jumlah dan tarikh akhir bayaran.",
        ),
        (
            "user",
            "Buatkan mesej WhatsApp yang tegas tapi sopan untuk dia, bagi tempoh 7 hari, kalau tak aku potong dari deposit RM200 dan claim baki.",
        ),
    ],
    [
        ("system", "You are a claims assistant for a motor insurer in Malaysia."),
        (
            "user",
            "Saya nak buat tuntutan pihak ketiga. Kereta saya dilanggar kereta sewa kat Jalan Ampang semalam. Saya Cheah Li Ping, IC 830925-14-5266.",
        ),
        (
            "assistant",
            "Maaf atas kejadian tersebut. Sila sediakan laporan polis, gambar kerosakan dan butiran kenderaan pihak yang melanggar.",
        ),
        (
            "user",
            "Kereta saya Honda Jazz WVC 3812, polisi saya P/25/MTR/0774103. Pemandu kereta sewa tu mengaku salah depan polis.",
        ),
    ],
    [
        (
            "user",
            "I'm a tourist from the UK, I got a speeding fine in my rental car near Ipoh. How do I pay it before I fly home?",
        ),
        (
            "assistant",
            "You can usually pay PDRM fines online through MyBayar PDRM, or ask the rental company to settle it and charge your deposit card.",
        ),
        (
            "user",
            "The rental company has my passport number 548812907 and booked it under Hannah Whitfield. They say I must go to a police station in person, is that true? My flight is on Friday.",
        ),
    ],
    [
        (
            "user",
            "sy Shahrul bin Ismail, umur 52, ada kencing manis dan darah tinggi, ambil ubat setiap hari. Boleh lulus pemeriksaan perubatan untuk lesen PSV tak?",
        ),
        (
            "assistant",
            "Kencing manis dan darah tinggi yang terkawal biasanya tidak menghalang permohonan, tetapi doktor akan menilai sama ada keadaan anda stabil.",
        ),
        (
            "user",
            "Gula sy tahun lepas HbA1c 9.1, doktor klinik kesihatan Gombak kata tak terkawal. Kena tipu ke dalam borang?",
        ),
    ],
    [
        (
            "user",
            "Translate to English please: Pada 3/10/2026 jam lebih kurang 8.15 pagi, saya PUVANESWARI A/P GOVINDASAMY, No. K/P 890412-08-6074, memandu kereta sewa Perodua Bezza ANJ 5118 dari Ipoh ke Batu Gajah.",
        ),
        (
            "assistant",
            "On 3/10/2026 at about 8.15 am, I, PUVANESWARI A/P GOVINDASAMY, IC No. 890412-08-6074, was driving a rented Perodua Bezza ANJ 5118 from Ipoh to Batu Gajah.",
        ),
        (
            "user",
            "Sambung: Sebuah lori telah memotong dari kiri dan menyebabkan kereta saya terbabas. Anak saya yang berusia 4 tahun di tempat duduk belakang cedera di dahi.",
        ),
    ],
    [
        (
            "user",
            "Tolong susun dalam jadual: penyewa lewat bayar bulan ni – Azman bin Latif 019-552 4187 RM420; Chin Yoke Lan 012-931 7704 RM180; Saravanan a/l Perumal 016-225 8390 RM650.",
        ),
        (
            "assistant",
            "| Penyewa | Telefon | Tunggakan | / | Azman bin Latif | 019-552 4187 | RM420 | / | Chin Yoke Lan | 012-931 7704 | RM180 | / | Saravanan a/l Perumal | 016-225 8390 | RM650 |",
        ),
        (
            "user",
            "Tambah lajur catatan: Azman dah janji bayar 30hb, Chin tak angkat call, Saravanan dalam hospital lepas operasi jantung.",
        ),
    ],
    [
        ("system", "Anda ialah pembantu barang hilang untuk aplikasi e-hailing."),
        ("user", "Sy tertinggal laptop dalam kereta semalam, trip dari Sunway Pyramid ke rumah."),
        (
            "assistant",
            "Harap maaf. Boleh berikan ID perjalanan dan butiran untuk kami hubungi anda?",
        ),
        (
            "user",
            "ID A-5TN8HC1R, nama Fatin Nabilah binti Rusli, hantar ke rumah sy kat No. 8, Jalan SS 19/6C, 47500 Subang Jaya, tel 011-3387 2610.",
        ),
    ],
    [
        (
            "user",
            "Kira potongan deposit: penyewa Leong Wai Keat, deposit RM500, saman AES RM150, caj minyak RM40, lewat 2 jam RM30.",
        ),
        (
            "assistant",
            "Jumlah potongan RM220 (RM150 + RM40 + RM30). Baki untuk dipulangkan ialah RM280.",
        ),
        (
            "user",
            "Ok, baki RM280 tu transfer ke Public Bank 3187224019 nama LEONG WAI KEAT, tolong draft mesej pengesahan kat dia.",
        ),
    ],
]
