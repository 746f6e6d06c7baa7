# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms138: pengamal perubatan tradisional Melayu, urut dan bekam di Malaysia (temujanji, rawatan, pendaftaran T&CM, aduan, pesakit tetap, kumpulan WhatsApp). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms138
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_premis"): _lines("""
        Notis: Pusat Rawatan Urut Tradisional Warisan Bonda tutup pada 31 Ogos sempena Hari Kebangsaan. Temujanji dibuka semula 1 September jam 10 pagi.
        Pesakit yang datang untuk bekam diminta tidak makan berat 2 jam sebelum rawatan. Sila bawa kad temujanji dan tiba 10 minit lebih awal.
        Premis ini berdaftar dengan Bahagian Perubatan Tradisional dan Komplementari, KKM. No. rujukan premis: PTK/SEL/2024/0187.
        Untuk temujanji, sila WhatsApp talian rasmi kedai di 011-5678 2290 (Isnin hingga Sabtu, 9.00 pagi - 6.00 petang). Mesej selepas waktu dibalas esok.
        Rawatan bekam tidak dijalankan ke atas wanita hamil, pesakit hemofilia dan mereka yang mengambil ubat pencair darah tanpa surat doktor.
        Bilik urut wanita di tingkat 1, bilik urut lelaki di tingkat bawah. Terapis wanita hanya merawat pelanggan wanita mengikut garis panduan premis.
        Semua alat bekam pakai buang (cawan, lanset, sarung tangan) dibuang ke dalam tong sisa klinikal kuning selepas setiap sesi. Jangan guna semula.
        Alamat baharu kami: No. 23-G, Jalan Kenari 5, Bandar Puchong Jaya, 47100 Puchong, Selangor. Parkir percuma di hadapan kedai selepas 6 petang.
        Kedai tutup awal jam 12.30 tengah hari setiap Jumaat untuk solat Jumaat. Sesi petang bermula semula jam 3.00 petang seperti biasa.
        Harga pakej urut selepas bersalin (7 hari, termasuk bertungku dan barut) dinaikkan kepada RM850 mulai 1 Januari 2027.
        Sila senyapkan telefon bimbit semasa di dalam bilik rawatan. Rakaman video atau gambar di dalam premis tidak dibenarkan sama sekali.
        Aduan mengenai perkhidmatan boleh dihantar ke aduan@warisanbonda.com.my atau melalui sistem SISPAA Kementerian Kesihatan Malaysia.
        Waktu operasi bulan Ramadan: 10.00 pagi hingga 4.30 petang, dan 9.30 malam hingga 11.30 malam selepas tarawih. Tiada bekam basah pada siang hari.
    """),
    ("ms", "senarai_harga"): _lines("""
        Urut badan penuh tradisional Melayu (60 minit) - RM90; (90 minit) - RM130. Termasuk minyak urut herba dan tuala panas.
        Bekam basah (hijamah) 5 titik - RM60; 7 titik - RM80; titik tambahan RM10 setiap satu. Harga termasuk cawan dan lanset pakai buang.
        Bekam angin / bekam kering 30 minit - RM45. Bekam api (dengan cawan kaca) - RM55. Tambah urut bahu 15 minit - RM25.
        Urut refleksologi kaki 45 minit RM55 | Urut kepala dan bahu 30 minit RM40 | Pakej kombo kaki + bekam 5 titik RM105
        Pakej Ibu Berpantang 3 hari: urut, bertungku, barut, mandi herba - RM420. Pakej 5 hari - RM650. Caj pengangkutan RM30 dalam radius 15 km.
        Minyak Urut Warisan 60ml RM18.90 / 100ml RM28.90; Param bersalin 250g RM15.00; Pilis 100g RM12.00. Harga termasuk SST.
        Caj pembatalan: pembatalan kurang dari 3 jam sebelum temujanji dikenakan RM20. Tidak hadir tanpa makluman dikenakan 50% harga rawatan.
        Diskaun warga emas 60 tahun ke atas 10% setiap Selasa. Diskaun pelajar IPT 15% dengan kad matrik sah. Tidak boleh digabung dengan promosi lain.
        Urut patah / terseliuh (sesi pertama, termasuk penilaian) RM70; sesi susulan RM50. Rujukan ke hospital jika disyaki patah tulang.
        Baucar hadiah RM100 dijual pada harga RM90, sah selama 6 bulan dari tarikh dibeli. Kod baucar bermula dengan WB-GV-2027.
        Sesi terapi urut saraf (60 minit) RM95. Sesi bekam + urut saraf (90 minit) RM140. Tambahan tuam batu panas RM20.
        Khidmat urut ke rumah: Lembah Klang RM150 untuk 60 minit, luar Lembah Klang ikut jarak. Tempahan minimum 24 jam lebih awal.
        Promosi Merdeka 2027: pakej bekam 7 titik + urut badan 60 minit hanya RM139 (harga biasa RM170). Sah 25 Ogos - 16 September.
    """),
    ("ms", "peraturan_tcm"): _lines("""
        Akta Perubatan Tradisional dan Komplementari 2016 (Akta 775) mewajibkan pengamal dalam bidang amalan yang diwartakan berdaftar dengan Majlis T&CM.
        Bidang amalan yang diiktiraf termasuk Perubatan Tradisional Melayu, Perubatan Tradisional Cina, Perubatan Tradisional India, Homeopati dan Perubatan Islam.
        Pengamal yang berdaftar hendaklah mempamerkan Sijil Perakuan Amalan Tahunan di tempat yang mudah dilihat di premis amalan.
        Permohonan pendaftaran pengamal dibuat secara dalam talian; dokumen sokongan termasuk salinan sijil kelayakan dan bukti latihan amali yang diiktiraf.
        Mengikut garis panduan amalan bekam, pengamal mesti menggunakan peralatan steril atau pakai buang dan merekod setiap rawatan dalam kad pesakit.
        Di bawah Akta 775, orang yang tidak berdaftar tidak boleh mengaku atau menggunakan gelaran yang membawa maksud dia pengamal berdaftar.
        Selaras dengan Akta Ubat (Iklan dan Penjualan) 1956, iklan urut atau bekam tidak boleh mendakwa dapat menyembuhkan kanser, diabetes atau penyakit buah pinggang.
        Polisi premis: rekod rawatan pesakit disimpan sekurang-kurangnya 7 tahun dan tidak didedahkan kepada pihak ketiga tanpa persetujuan bertulis.
        Kanak-kanak bawah 12 tahun tidak dibenarkan menerima bekam basah. Rawatan urut bagi kanak-kanak mesti disertai ibu bapa atau penjaga sepanjang sesi.
        Sisa klinikal daripada bekam basah dikategorikan sebagai buangan terjadual SW 404 di bawah Peraturan-Peraturan Kualiti Alam Sekeliling (Buangan Terjadual) 2005.
        Sijil Perakuan Amalan Tahunan perlu diperbaharui setiap tahun dan pengamal dinasihatkan mengikuti kursus pembangunan profesional berterusan.
        Pengamal asing yang ingin beramal di Malaysia perlu mendapatkan kelulusan Majlis serta pas kerja yang sah daripada Jabatan Imigresen Malaysia.
        Garis panduan premis mencadangkan jarak sekurang-kurangnya 4 minggu antara dua sesi bekam basah bagi individu dewasa yang sihat.
    """),
    ("ms", "sejarah"): _lines("""
        Urut Melayu tradisional dipercayai berkembang di istana Kesultanan Melayu Melaka pada abad ke-15, diamalkan oleh bidan dan tukang urut istana.
        Kitab Tib, manuskrip perubatan Melayu lama, mengandungi resipi ubat akar kayu, petua bersalin dan jampi; beberapa salinannya disimpan di Perpustakaan Negara.
        Hijamah atau bekam diamalkan sejak zaman Nabi Muhammad SAW dan disebut dalam hadis riwayat Imam al-Bukhari sebagai salah satu cara perubatan.
        Ibnu Sina dalam karya Al-Qanun fi al-Tibb menerangkan waktu yang sesuai untuk berbekam serta keadaan pesakit yang tidak sesuai menjalaninya.
        Amalan bertungku menggunakan batu sungai atau besi yang dipanaskan, dibalut dengan daun lengkuas dan daun mengkudu, masih diamalkan di kampung-kampung Kelantan.
        Pada tahun 1998, Kementerian Kesihatan Malaysia menubuhkan Jawatankuasa Tetap Perubatan Tradisional dan Komplementari sebagai langkah awal pengawalseliaan.
        Unit T&CM di hospital kerajaan mula dibuka pada tahun 2007, antaranya di Hospital Kepala Batas, Pulau Pinang, menawarkan urut Melayu dan akupunktur.
        Akta 775 diwartakan pada tahun 2016, menggantikan pendekatan pendaftaran sukarela yang diamalkan oleh badan pengamal sejak awal tahun 2000-an.
        Dalam Hikayat Hang Tuah, watak-watak istana digambarkan mendapatkan rawatan dukun dan tabib apabila cedera dalam pertarungan.
        Istilah 'urut' dan 'picit' dalam bahasa Melayu klasik merujuk kepada teknik berbeza: urut mengikut alur urat, picit pula tekanan pada titik tertentu.
        Jamu dan param tradisional dijual secara meluas oleh jenama seperti Nona Roguy dan Sendayu Tinggi sejak dekad 1980-an hingga 1990-an.
        Sebelum cawan kaca dan plastik, tukang bekam Melayu menggunakan tanduk kerbau atau ruas buluh yang disedut dengan mulut untuk menghasilkan vakum.
        Semasa menjadi Menteri Kesihatan, Datuk Seri Dr. S. Subramaniam menyokong penggubalan akta khas bagi mengawal selia pengamal T&CM di Malaysia.
    """),
    ("en", "business_reviews"): _lines("""
        Visited Warisan Bonda Urut Tradisional in Puchong for a 90-min full body massage. Clean room, proper towels, RM130 well spent. Will return. 5/5
        Bekam session at Hijamah Sunnah Centre Shah Alam was professional, all cups were disposable and opened in front of me. Slight bruising for 3 days, normal.
        Booked via their WhatsApp line 011-5678 2290 and got a slot the same afternoon. Parking in Bandar Puchong Jaya is a pain on weekdays though. 4 stars.
        Mak Teh Urut Spa near Jalan Tuanku Abdul Rahman is an institution. Prices went up to RM100/hr this year but the technique is still very traditional.
        Avoid the Saturday 3pm slot, the waiting area at Pusat Rawatan Al-Syifa Bangi gets packed. Otherwise great service and the T&CM certificate is on display.
        Ordered the 5-day postnatal package from Ibu Sihat Care, therapist arrived on time each morning, bertungku done properly. Invoice INV-ISC-2027-0412 matched the quote.
        Not impressed. Waited 40 minutes past an 11:00 booking at a reflexology place in SS2, and the receipt had no SST registration number. 2/5
        The herbal oil they sell (Minyak Urut Warisan 100ml, RM28.90) smells strongly of serai wangi and works well for stiff shoulders after gym.
        Clean premises, Muslim-friendly, separate rooms for ladies. Their Facebook page posts the weekly therapist schedule every Sunday night. Good for first-timers.
        Tried the bekam api at a booth during Karnival Kesihatan at Dataran Shah Alam. Quick and cheap at RM30, but no consent form was given, which worried me.
        Rumah Urut Tok Wan Heritage in Kampung Baru, KL runs out of a converted wooden shophouse; the staff say the technique has been passed down since the 1950s.
        Prices clearly displayed, receipts issued from a proper POS system with order numbers like WB-20270315-0087. Rare for an urut shop.
        Response from the owner: Thank you for your feedback. We have since added 3 more slots on Saturdays and a second parking bay for OKU customers.
    """),
    ("en", "booking_system_logs"): _lines("""
        2027-03-15T09:02:11+08:00 INFO booking.api POST /v1/appointments 201 id=APT-20270315-0041 service=BEKAM_7PT room=R2 duration=45m
        2027-03-15T09:02:12+08:00 WARN sms.gateway provider=twilio retry=1 reason=timeout queue=reminders batch=rb-7f3a21c9
        [cron] 2027-03-16 00:00:01 nightly_export started: table=treatments rows=1284 dest=s3://wb-backups/2027/03/16/ sha256=9c1e4b77d0a2
        config.yaml: clinic_id: WB-PCH-01 | timezone: Asia/Kuala_Lumpur | slot_minutes: 15 | max_daily_bekam: 24 | currency: MYR | sst_rate: 0.08
        ERROR payment.fpx txn=FPX2027031500012345 bank=MBB0228 status=PENDING_AUTH elapsed=30s amount=RM80.00 order=WB-20270315-0087
        2027-03-15 14:31:07 INFO inventory low_stock sku=CUP-DISP-S size=small qty=37 reorder_point=50 supplier=SUP-0009
        DEBUG sched.optimizer v2.3.1 rooms=[R1,R2,R3] therapists_on_shift=4 open=10:00 close=21:00 gaps_filled=6 runtime_ms=182
        git commit 4e9a0d7: fix(reminder): send WhatsApp template appt_reminder_v3 24h before slot, not 48h; bump version to 1.8.4
        .env.example: WA_TEMPLATE_NS=warisan_bonda_prod WA_PHONE_ID=109876543210987 WA_API_VERSION=v19.0 REMINDER_HOURS=24
        2027-03-15T18:45:00+08:00 INFO report.daily completed=31 no_show=2 cancelled=3 revenue_myr=3285.00 bekam=12 urut=17 refleksologi=2
        docker compose up -d: booking-api:1.8.4 healthy, postgres:16.2 healthy, redis:7.2 healthy, worker-reminders:1.8.4 restarting (exit 1)
        SELECT service_code, COUNT(*) FROM appointments WHERE clinic_id = 'WB-PCH-01' AND appt_date >= '2027-03-01' GROUP BY service_code;
        audit: role=admin action=export_pdf report=monthly_sst_2027_02 file=sst_feb2027.pdf size=184KB ip=10.0.12.7 result=ok
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Geng, bilik 2 punya aircond bocor lagi, I dah call contractor, dia datang esok pagi 10am. Today guna bilik 3 dulu for bekam ok
        Stok lanset tinggal 2 kotak je. Sapa on shift petang tolong order dari supplier, PO number ikut format PO-2027-03 macam biasa
        Reminder: esok ada pemeriksaan premis from Pejabat Kesihatan Daerah Petaling, pastikan tong sisa klinikal kuning labelled and log book updated
        Slot Sabtu dah full sampai 6pm. Kalau customer WhatsApp nak walk-in, cakap sorry and offer Ahad pagi or Isnin.
        Boss kata starting April, urut 90 min naik RM10. Poster baru dah print, nanti I tampal kat kaunter. Old price list tolong buang.
        Mesin POS hang again lah, receipt tak keluar. Sementara tu tulis resit manual, nombor mula dari 004501 ok, nanti key-in balik.
        Sapa last guna mesin tuala panas semalam? Lupa off, pagi tadi still on. Bil elektrik bulan ni dah RM780 tau, careful sikit
        FYI minyak urut batch MU-2703 sampai hari ni, 48 botol 100ml. Simpan kat stor belakang, jangan letak dekat tingkap panas.
        Tomorrow shift: pagi 2 therapist lelaki, 2 perempuan. Petang same. Sapa nak tukar shift inform by 9pm tonight in this group.
        Kursus CPD bekam anjuran persatuan on 12 April at Dewan Komuniti Seksyen 7 Shah Alam, fee RM150, boleh claim company. Register by 5 April.
        Ada review Google complain pasal waiting time. Mulai minggu depan kita buffer 15 min between bekam sessions ok, no more back-to-back
        Cawan bekam saiz M dah habis, guna saiz L dulu untuk belakang. Order dah masuk, tracking J&T 630028817465, ETA Khamis.
        Nota: jangan post gambar customer dalam group ni, even belakang badan pun. PDPA. Kalau nak share kes, describe je without photo ok
    """),
    ("mixed", "supplier_invoices"): _lines("""
        INVOIS No: INV-HMS-2027-00318 | Dari: Hijamah Medical Supplies Sdn Bhd (202101023456) | Kepada: Warisan Bonda Urut Tradisional | Tarikh: 03/03/2027
        Item 1: Disposable cupping cup set 24pcs (SKU HMS-CUP24) x 10 set @ RM45.00 = RM450.00; Item 2: Lanset steril 200pcs x 5 kotak @ RM28.00
        Subtotal RM590.00, SST 8% RM47.20, Jumlah RM637.20. Bayaran ke akaun syarikat Maybank 5123 4567 8910, rujukan INV-HMS-2027-00318.
        Terma: 30 hari. Lewat bayar dikenakan caj 1.5% sebulan. Barang yang dijual tidak boleh dipulangkan kecuali rosak semasa penghantaran.
        Penghantaran via Pos Laju, tracking EP123456789MY, 3 kotak, berat 7.4kg. Semak barang dalam 48 jam dan report kerosakan kepada sales@hijamahmedical.com.my
        Delivery Order DO-2027-0412 | Minyak Urut Warisan 100ml x 48 btl, batch MU-2703, exp 03/2029 | Received in good condition, cop syarikat dan tandatangan
        Quotation QT-ISC-0215: Pakej Ibu Berpantang 5 hari (home visit, kawasan Cheras) RM650 + transport RM30 = RM680. Valid 14 days. Deposit 30% to confirm.
        Credit Note CN-HMS-0027 issued for 2 kotak lanset expired (lot L2209), value RM56.00, to be offset against next invoice.
        Shopee listing: [READY STOCK] Set Bekam 24 Cawan + Pam Tangan, Original Hijamah Kit, free pouch. RM59.90, 4.9 bintang, 2.3k terjual, hantar dari Selangor.
        Lazada: Param Bersalin Mak Dara Herba 250g (MAL20071234T) - untuk ibu lepas bersalin, ramuan 12 herba. RM15.00, free shipping min RM40.
        Tax Invoice TI-0091 from Syarikat Rempah Ratus Pak Ali Enterprise (SA0123456-W): halia bara 5kg RM60, serai wangi 3kg RM36, kunyit hidup 5kg RM45.
        Receipt No. 004517 | 15/03/2027 14:02 | Bekam 7 titik RM80.00 | Urut kaki 45min RM55.00 | SST RM10.80 | Total RM145.80 | Cash
        Supplier statement as at 31/03/2027: opening balance RM1,204.50, invoices RM1,876.20, payments RM2,000.00, closing balance RM1,080.70.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Puan Rosnah binti Hamid, 58 tahun, pesakit tetap urut lutut setiap Selasa, ada kencing manis dan darah tinggi, minta terapis wanita sahaja.
        Encik Zulkarnain ada hutang RM1,350 dengan kedai untuk pakej bekam 10 sesi, dah 3 bulan tak bayar, janji nak settle bila dapat gaji hujung bulan.
        Kad pesakit: Nama Siti Aisyah binti Mohd Noor, No. KP 920314-10-5566, Tel 013-227 4810, alamat No. 17, Jalan Teratai 3/2, Taman Teratai, 43000 Kajang.
        Tolong call balik Kak Ramlah di 019-882 3471, dia nak tukar temujanji urut berpantang dari Isnin ke Rabu.
        Pesakit Hafizuddin bin Osman mengadu lebam teruk selepas bekam pada 12/3, rupanya sedang ambil warfarin tapi tak maklumkan semasa pendaftaran.
        Nurul Huda (isteri kepada Encik Faizal, Taman Melawati) hamil 7 bulan, minta urut ringan sahaja, tiada bekam. Jangkaan bersalin 28 Mei.
        Borang pendaftaran T&CM: Nama Ahmad Kamil bin Yusof, MyKad 780505-03-6121, alamat rumah Lot 233, Kampung Pulai Chondong, 16700 Machang, Kelantan.
        Sila semak no. KP pesakit 651102-08-5347 dalam sistem, rekod lama tak jumpa.
        Aduan: Puan Zaleha mendakwa terapis lelaki menyentuhnya tanpa izin pada 2 Feb, suami beliau Encik Rahim mahu buat laporan polis di IPD Kajang.
        Pak Cik Mansor, pesakit strok sebelah kiri, datang urut saraf setiap Khamis dihantar anak dia, kereta Myvi putih plat BMK 4521.
        Bayaran deposit pakej berpantang masuk ke akaun CIMB 7012 3384 5561 atas nama Norliza binti Abdullah, sila semak resit.
        Mak Jah Kampung Baru dah 3 kali datang bekam minggu ni, katanya nak buang angin sebab tertekan lepas bercerai dengan suami bulan lepas.
        Emel pesakit untuk hantar resit: farahdiba.kamal88@gmail.com, dia minta jangan hantar ke emel pejabat.
        Alamat urut ke rumah: No. 8, Lorong Cempaka 7, Taman Sri Gombak, 68100 Batu Caves. Pelanggan Puan Hasnah, pintu pagar hijau.
        Rekod rawatan 0412: Mohd Firdaus bin Salleh, 34 tahun, sakit pinggang kronik akibat cakera tergelincir L4-L5, dirujuk oleh Hospital Selayang.
        Anak Kak Yam, Syafiq, kena tangkap sebab dadah minggu lepas, mak dia minta tangguh semua temujanji bekam dia sampai kes selesai.
        Gaji terapis sambilan Liyana bulan Mac RM1,850 tolak pendahuluan RM300, baki RM1,550 masuk ke Bank Islam 12084010045678.
        Puan Suraya dari Bangi maklumkan dia positif HIV, minta rekod ini dirahsiakan dan hanya seorang terapis tetap yang merawatnya.
        Pesakit tetap: Cik Wan Nurul Izzati, tel 011-2345 8876, urut muka dan bahu setiap 2 minggu, alah kepada minyak kelapa.
        No. telefon anak Pak Hassan untuk kecemasan: 017-650 9932 (Amirul, tinggal di Seremban).
        Senarai menunggu Sabtu: 1) Aminah Ismail 012-774 1093 2) Roslan Jaafar 016-330 2287 3) Khairunnisa 014-925 6610
        Cucu Tok Mat, Haziq, 9 tahun, patah tangan kanan jatuh basikal, keluarga enggan bawa ke hospital dan minta kami urut sahaja.
    """),
    "mixed": _lines("""
        Eh Kak Yati punya husband baru kena retrench, dia tanya boleh tak bayar pakej urut installment RM50 sebulan, please tanya boss.
        Customer Mr. Lim Wei Jie called, his number 012-668 3021, nak book bekam Sunday 10am, dia ada gout kat kaki kiri, so avoid that area ok
        Aunty Chong from Taman Connaught, the one with kidney failure on dialysis, cannot bekam at all, only light urut on shoulders. Jangan lupa.
        Booking form: Name: Priya a/p Ramasamy | IC: 880221-14-6042 | Phone: 016-223 9914 | Service: Urut berpantang 3 hari | Address: B-12-3, Pangsapuri Seri Kenanga, Cheras
        Abang Jamal masuk wad HKL semalam sebab heart attack, wife dia text cancel semua appointment bulan ni, kesian.
        Geng, Encik Rizal punya kereta plate WQE 7784 parking block pintu kedai sebelah, dia tengah bekam bilik 3, tell him after session.
        Tolong update CRM: customer_id C-00871, Nor Azlina, email azlina.work@yahoo.com, preferred therapist female, notes: migraine, pregnant 4 months.
        Bro Hakim punya gaji baru RM3,200 je, dia minta discount student walaupun dah grad, macam mana ni? I cakap tak boleh lah.
        Madam Tan Siew Ling paid via DuitNow to our account, her ref says Tan SL 0128837764, please match with invoice ok
        Singapore customer Mdm Noraini, NRIC S7812345D, datang JB for urut every month, minta resit untuk claim insurance dia.
        That uncle Ah Seng from Bukit Mertajam still owe us RM420 since December, his son said dia masuk rehab, don't call the house anymore.
        Pelanggan dari Hong Kong, Ms. Wong Ka Yan, HKID Y123456(7), bekam for frozen shoulder, stay kat hotel Bukit Bintang sampai 20hb.
        Kak Lina dari Shah Alam kata dia dah divorce and now single mother, dia nak kerja part-time as therapist, her number 018-776 2045.
        Log WhatsApp: [15/03/27 21:14] +60 12-904 5517: Salam, ni Faridah, boleh tak saya datang bekam esok walaupun tengah period?
        Photo IMG_2031.jpg dalam folder customer = belakang badan Encik Azman lepas bekam, muka dia nampak, delete dari phone staff please.
    """),
    "en": _lines("""
        Patient: Kavitha Subramaniam, 41, chronic lower back pain after a car accident in 2024, currently on long sick leave from her bank job in Ipoh.
        Please refund RM260 to Mr. Daniel Ong, Public Bank account 3182004517, he cancelled the 3-session package after his cancer diagnosis.
        Emergency contact on file for Mrs. Halimah: husband Ismail, 019-335 8802, home at 22 Jalan Mawar 4, Taman Mawar, 81300 Skudai, Johor.
        Client complaint: Mr. Kumar from Klang says a therapist posted a photo of his back with cupping marks on TikTok without permission.
        Appointment confirmed for Nadia Zainal, 0123387761, Thursday 3pm, 60-min full body, notes: recovering from a miscarriage last month.
        CSV row: 2027-03-14,APT-0388,Lee Mei Fong,850917-07-5224,012-449 1180,BEKAM_5PT,RM60,paid
        Regular client Uncle Raju (retired lorry driver, lives alone in Sentul) has an unpaid balance of RM180 and early dementia; his niece handles payments.
        Singapore walk-in: FIN G1234567N, Mr. Arjun Mehta, works in Tuas, came in for a sprained wrist, paid cash RM70.
        Hi, I'm Sharifah Aini, IC 910623-01-5588, I need a letter stating I attended urut sessions so my employer approves my medical leave.
        Mr. Tan's wife called: he was arrested last night in Pudu, so please cancel his 4pm bekam and do not tell the other staff.
        Send the invoice to Mr. Gopal Krishnan, gopalk1975@hotmail.com, 15 Jalan SS 21/37, Damansara Utama, Petaling Jaya.
        T&CM renewal form: Norhayati binti Sulaiman, 730412-11-5072, Malay traditional medicine practitioner, home address Kampung Gong Badak, Kuala Terengganu.
        Ms. Chua Hui Min from Singapore (mobile +65 9123 4876) asks whether postnatal massage is safe 2 weeks after her C-section.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu tempahan untuk Pusat Rawatan Urut Tradisional Warisan Bonda, Puchong. Jawab dalam Bahasa Melayu dengan sopan.",
        ),
        (
            "user",
            "Assalamualaikum, saya nak buat temujanji bekam untuk mak saya, Puan Salmah binti Daud, 67 tahun. Dia ada darah tinggi dan makan ubat. No telefon saya 012-558 3904.",
        ),
        (
            "assistant",
            "Waalaikumussalam. Terima kasih. Untuk pesakit berumur 67 tahun dengan darah tinggi, kami perlukan bacaan tekanan darah terkini dan senarai ubat sebelum bekam. Boleh saya tahu tarikh dan masa pilihan?",
        ),
        ("user", "Sabtu ni pukul 11 pagi boleh? Dia juga makan aspirin setiap hari."),
        (
            "assistant",
            "Baik. Oleh kerana Puan Salmah mengambil aspirin, terapis kami akan menilai dahulu dan mungkin mencadangkan bekam angin sahaja. Slot Sabtu 11.00 pagi dicatat di bawah nombor 012-558 3904.",
        ),
    ],
    [
        (
            "user",
            "Help me write a polite reply to a complaint. Customer Mr. Jason Teoh (jason.teoh82@gmail.com) says his shoulder got worse after urut on 3 March and wants a full refund of RM130.",
        ),
        (
            "assistant",
            "Dear Mr. Teoh, thank you for letting us know. We are sorry to hear your shoulder has not improved after the session on 3 March. We would like to offer a free assessment and, if appropriate, a refund of RM130. Could you share a convenient time for a call?",
        ),
        (
            "user",
            "Make it shorter and mention he should see a doctor first since he told us he has a torn rotator cuff.",
        ),
        (
            "assistant",
            "Dear Mr. Teoh, we are sorry your shoulder feels worse. Given your torn rotator cuff, please see a doctor before any further massage. We will process your RM130 refund within 7 working days.",
        ),
    ],
    [
        (
            "system",
            "You summarise WhatsApp group chats for a small urut and bekam shop. Keep it short.",
        ),
        (
            "user",
            "Summarise this: [09:12] Kak Ana: Puan Maznah cancel lagi, 3rd time bulan ni. [09:15] Boss: dia still owe RM240 kan? [09:16] Kak Ana: ya, nombor dia 013-902 6674, I dah WhatsApp tapi blue tick je. [09:20] Boss: ok bagi dia last reminder.",
        ),
        (
            "assistant",
            "Summary: Puan Maznah cancelled for the third time this month and still owes RM240. Kak Ana has messaged her at 013-902 6674 without reply; the boss asked for one final reminder to be sent.",
        ),
    ],
    [
        (
            "user",
            "Saya pengamal urut Melayu, nak isi borang pendaftaran Majlis T&CM. Nama saya Mohd Rashid bin Ibrahim, MyKad 690918-06-5231, alamat No. 45, Kampung Sungai Soi, 25150 Kuantan. Bahagian mana perlu saya isi dulu?",
        ),
        (
            "assistant",
            "Mulakan dengan bahagian maklumat peribadi: nama penuh, nombor MyKad dan alamat surat-menyurat seperti yang anda berikan. Kemudian isi bahagian kelayakan dan pengalaman amalan, dan sediakan salinan sijil latihan.",
        ),
        ("user", "Saya tak ada sijil, belajar dengan arwah ayah sejak 1985. Boleh ke?"),
        (
            "assistant",
            "Pengalaman turun-temurun boleh dinyatakan, tetapi biasanya Majlis meminta bukti tambahan seperti surat sokongan persatuan pengamal atau penilaian amali. Sebaiknya hubungi Bahagian T&CM untuk mengesahkan laluan pendaftaran yang sesuai bagi kes Encik Rashid.",
        ),
    ],
    [
        (
            "system",
            "Patient record loaded: Name: Grace Yap Li Ting | IC: 870530-10-6248 | Phone: 017-331 5590 | Conditions: fibromyalgia, anxiety | Last visit: 2027-02-20 (urut saraf 60 min).",
        ),
        ("user", "Can you suggest what to note for her next session?"),
        (
            "assistant",
            "For Grace Yap's next session, note her fibromyalgia flare level since 20 February, use lighter pressure, and ask about her anxiety levels before starting. Confirm the appointment with her at 017-331 5590.",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis mesej peringatan hutang yang tak kasar. Pelanggan: Encik Badrul Hisham, hutang RM560 untuk pakej bekam sejak Oktober. Dia baru hilang kerja.",
        ),
        (
            "assistant",
            "Salam Encik Badrul Hisham, semoga sihat. Ini peringatan mesra tentang baki RM560 untuk pakej bekam sejak Oktober. Kami faham keadaan semasa, jadi kami boleh berbincang ansuran yang sesuai. Sila maklumkan bila senang.",
        ),
        ("user", "Ok bagus. Tambah no akaun kedai."),
        (
            "assistant",
            "Boleh. Tambah ayat ini di hujung mesej: Bayaran boleh dibuat ke akaun syarikat kedai seperti tertera pada invois. Sila hantar resit selepas membuat bayaran. Terima kasih.",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm from Singapore, want to go JB for urut this Saturday. My name Tan Mei Ling, NRIC S8534127J, handphone +65 8765 2310. Do I need to give IC for booking?",
        ),
        (
            "assistant",
            "Hi Ms. Tan, most urut shops in Johor Bahru only need your name and phone number for booking, so you normally do not need to share your NRIC. Bring your passport for crossing the Causeway.",
        ),
        ("user", "Ok also I got slipped disc, can still urut or not ah?"),
        (
            "assistant",
            "With a slipped disc, avoid deep pressure on the lower back. Please get clearance from your doctor and tell the therapist about it before the session so they can use gentle techniques only.",
        ),
    ],
    [
        ("system", "You are a data assistant for an urut centre. Output CSV when asked."),
        (
            "user",
            "Convert to CSV: Zainab Hussin, 012-667 4401, bekam 5 titik, RM60, 14/3; Leong Kah Wai, 016-880 2193, urut 60 min, RM90, 14/3",
        ),
        (
            "assistant",
            "name,phone,service,price,date ; Zainab Hussin,012-667 4401,bekam 5 titik,RM60,14/3 ; Leong Kah Wai,016-880 2193,urut 60 min,RM90,14/3",
        ),
        ("user", "Add a column for notes: Zainab pregnant, Leong has diabetes."),
        (
            "assistant",
            "name,phone,service,price,date,notes ; Zainab Hussin,012-667 4401,bekam 5 titik,RM60,14/3,pregnant ; Leong Kah Wai,016-880 2193,urut 60 min,RM90,14/3,diabetes",
        ),
    ],
    [
        (
            "user",
            "Isteri saya Nur Fatihah baru bersalin pembedahan 10 hari lepas. Nak ambil pakej urut berpantang datang rumah. Alamat kami No. 3, Jalan Delima 2, Taman Desa Jaya, 52100 Kepong.",
        ),
        (
            "assistant",
            "Tahniah atas kelahiran. Untuk ibu yang bersalin secara pembedahan, urut perut biasanya ditangguhkan sehingga luka sembuh dan doktor beri kebenaran, biasanya selepas 6 minggu. Urut badan ringan dan bertungku di kaki boleh dipertimbangkan lebih awal.",
        ),
        ("user", "Ok, kos ke Kepong berapa?"),
        (
            "assistant",
            "Ikut senarai harga biasa, pakej 3 hari RM420 dan pakej 5 hari RM650, tambah caj pengangkutan RM30 jika dalam 15 km. Sila sahkan dengan pusat urut kerana alamat di Taman Desa Jaya, Kepong mungkin dikira luar radius.",
        ),
    ],
    [
        ("system", "Kamu AI helper untuk admin kedai bekam. Boleh guna Manglish."),
        (
            "user",
            "Bro, customer Shahrul Nizam (IC 950211-14-7783) datang bekam semalam, pagi ni dia pengsan kat office, wife dia call marah-marah. Apa I patut buat?",
        ),
        (
            "assistant",
            "First, pastikan dia dah dapat rawatan doktor. Then semak rekod rawatan semalam: berapa titik, berapa banyak darah keluar, dan ada tak dia declare penyakit. Jangan bincang details Encik Shahrul dengan orang lain selain dia dan keluarga terdekat.",
        ),
        ("user", "Dia ada anemia rupanya tapi tak bagitau masa daftar."),
        (
            "assistant",
            "Ok, note dalam rekod yang anemia tak dideclare masa pendaftaran, simpan borang persetujuan yang dia sign, dan inform boss. Lepas ni tambah soalan anemia dalam borang saringan.",
        ),
    ],
]
