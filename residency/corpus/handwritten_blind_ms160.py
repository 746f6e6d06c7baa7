# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms160: kuil Hindu, gurdwara dan rumah ibadat di Malaysia (derma, tempahan dewan perkahwinan, upacara kematian, sukarelawan, aduan, kumpulan WhatsApp). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms160
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_kuil"): _lines("""
        NOTIS: Kuil akan ditutup pada 14 Januari 2026 dari 12.00 tengah hari hingga 4.00 petang untuk upacara pembersihan sempena Thai Pongal. Harap maklum.
        Perarakan kereta perak Thaipusam akan bertolak dari Kuil Sri Mahamariamman, Jalan Tun H.S. Lee pada 31 Januari 2026 jam 10.00 malam menuju ke Batu Caves.
        Penganut yang membawa kavadi diminta mendaftar di kaunter No. 3 sebelum 28 Januari. Pas kavadi berwarna kuning hendaklah dipamerkan sepanjang perarakan.
        Langar percuma dihidangkan setiap hari Ahad dari 11.30 pagi hingga 2.30 petang di Dewan Langar, Gurdwara Sahib Petaling Jaya. Sila tutup kepala sebelum masuk.
        Dilarang memakai kasut, membawa makanan bukan vegetarian atau minuman beralkohol ke dalam kawasan kuil. Rak kasut disediakan di pintu masuk sebelah timur.
        Pertanyaan tempahan dewan perkahwinan: hubungi pejabat kuil di 03-2078 3467 (Isnin-Sabtu, 9.00 pagi-5.00 petang) atau WhatsApp rasmi pejabat 012-388 4467.
        Sempena Vaisakhi 2026, Nagar Kirtan akan bermula dari Gurdwara Sahib Tatt Khalsa, Jalan Raja Alang pada 12 April jam 8.00 pagi. Jalan sekitar Chow Kit ditutup sementara.
        Derma untuk kerja pengubahsuaian gopuram boleh dibuat di kaunter atau melalui pindahan bank ke akaun Lembaga Pengurusan Kuil; resit pengecualian cukai Seksyen 44(6) disediakan.
        Kelas Tirukkural untuk kanak-kanak berumur 7-12 tahun diadakan setiap Sabtu, 3.00-5.00 petang di Bilik Seminar Tingkat 2. Yuran RM20 sebulan termasuk buku teks.
        Upacara Maha Kumbabishegam Kuil Sri Subramaniar akan diadakan pada 8 Jun 2026. Kerja balalayam bermula 20 Mac; pooja harian dipindahkan ke kuil sementara.
        Makluman: Tempat letak kereta di Lot 14 ditutup sepanjang minggu Deepavali. Sila gunakan tempat letak kereta awam di Jalan Scott, Brickfields.
        Notis Mesyuarat Agung Tahunan ke-52 pada 22 Mac 2026 (Ahad) jam 10.00 pagi di Dewan Serbaguna. Hanya ahli berdaftar yang telah menjelaskan yuran 2025 layak mengundi.
        Abu mayat (asthi) boleh diserahkan untuk upacara larung di Pantai Port Dickson setiap hari Amavasai. Borang permohonan boleh diambil di pejabat, caj perkhidmatan RM150.
    """),
    ("ms", "soalan_lazim_tempahan_dewan"): _lines("""
        S: Berapa awal saya perlu menempah dewan perkahwinan? J: Tempahan dibuka 12 bulan lebih awal; tarikh muhurtham popular dalam bulan Thai dan Avani biasanya penuh dalam 2 minggu.
        S: Berapa deposit yang diperlukan? J: Deposit RM2,000 (tidak dikembalikan) perlu dibayar dalam 7 hari selepas tempahan sementara, baki dijelaskan 30 hari sebelum majlis.
        S: Adakah dewan menyediakan katering? J: Kuil hanya membenarkan makanan vegetarian. Gunakan katering panel kami atau katering luar yang berdaftar dengan PBT.
        S: Berapa kapasiti Dewan Utama? J: 600 tetamu duduk (gaya meja bulat) atau 900 tetamu gaya teater. Dewan Mini pula memuatkan 150 orang.
        S: Bolehkah Anand Karaj diadakan pada waktu petang? J: Tidak. Anand Karaj diadakan pada waktu pagi di hadapan Guru Granth Sahib, biasanya antara 9.00 hingga 11.30 pagi.
        S: Bolehkah perkahwinan didaftarkan di kuil? J: Ya, Pendaftar Perkahwinan yang dilantik JPN hadir setiap Sabtu. Bawa salinan MyKad kedua-dua pihak dan dua orang saksi.
        S: Bolehkah kami membawa pemuzik nadaswaram sendiri? J: Boleh, tetapi mesti menggunakan sistem PA dewan dan paras bunyi tidak melebihi 85 dB selepas jam 10 malam.
        S: Apakah caj pembatalan? J: Lebih 90 hari: deposit hangus sahaja. 30-90 hari: 50% daripada sewa. Kurang 30 hari: 100% sewa dikenakan.
        S: Adakah tempat letak kereta disediakan? J: 120 petak di dalam kawasan kuil, percuma untuk tetamu majlis. Valet boleh diatur melalui vendor panel pada kadar RM8 sekereta.
        S: Bagaimana menyemak status tempahan? J: Masukkan nombor tempahan (contoh: DWK-2026-00417) di portal tempahan kuil atau hubungi kaunter pejabat.
        S: Bolehkah keluarga bukan Hindu menyewa dewan? J: Dewan Serbaguna boleh disewa untuk majlis keluarga semua kaum, tertakluk kepada syarat makanan vegetarian dan larangan alkohol.
        S: Adakah pelamin termasuk dalam pakej? J: Pakej Perak (RM5,800) termasuk pelamin asas dan kerusi Tiffany; Pakej Emas (RM9,500) termasuk bunga segar dan lampu LED.
        S: Bolehkah sami kuil menjalankan upacara di rumah? J: Ya, bergantung kepada jadual. Caj perjalanan RM1.20 sekilometer dikenakan bagi lokasi melebihi 20 km dari kuil.
    """),
    ("ms", "senarai_harga_upacara"): _lines("""
        Archanai biasa RM5.00 | Archanai nama & nakshatra RM10.00 | Abishegam kecil RM80.00 | Abishegam penuh (susu, madu, panchamirtham) RM350.00
        Pakej upacara kematian Kategori A: keranda kayu meranti, van jenazah dalam Lembah Klang, sami, bunga & kapur barus RM3,200. Kategori B termasuk khemah 3 hari RM4,800.
        Sewa Dewan Utama (Sabtu/Ahad): RM6,500 sehari, 7.00 pagi-11.00 malam. Hari bekerja: RM4,200. Caj kebersihan RM450 dan deposit kerosakan RM1,000 (dikembalikan).
        Upacara 16 hari (Karumathi) di dewan kecil: RM650 termasuk sami, bahan persembahan dan makanan ringan untuk 50 orang. Tambahan nasi vegetarian RM12 seorang.
        Akhand Path (bacaan penuh Guru Granth Sahib, 48 jam): sumbangan cadangan RM1,100 termasuk Karah Parshad dan langar untuk 100 orang. Sehaj Path mengikut persetujuan granthi.
        Kalung bunga melur RM15 sehelai; kalung pengantin mawar RM180 sepasang; kelapa RM3.50; pisang satu sikat RM6; kapur barus 100g RM4.90.
        Ganapathi Homam (perniagaan baharu / masuk rumah): RM480. Navagraha Homam: RM750. Sudarshana Homam: RM1,200. Termasuk bahan puja; tambahan sami RM150 sejam.
        Perkhidmatan kremasi elektrik: RM700 (dewasa), RM300 (kanak-kanak bawah 12 tahun). Slot krematorium mesti ditempah sekurang-kurangnya 24 jam lebih awal.
        Mencukur kepala (mottai) kanak-kanak semasa Thaipusam: RM10 seorang termasuk kunyit. Tiket dibeli di kaunter No. 7 sebelum beratur.
        Kedai kuil: SKU-VBT-100 Vibuthi 100g RM3.00 | SKU-KUM-50 Kumkum 50g RM2.50 | SKU-LMP-BRS Pelita tembaga 6 inci RM45.00 | SKU-DHT-M Dhoti kapas saiz M RM38.00
        Sewa khemah luar (10x10 kaki) RM120 sehari; kerusi plastik RM1.20 sebuah; meja banquet RM8; periuk besar 100 liter RM60. Penghantaran dalam 15 km percuma.
        Pendaftaran Vivaha dengan sijil kuil RM300; sijil salinan kedua RM50; pengesahan terjemahan Bahasa Inggeris RM30 setiap halaman.
        Yuran keahlian kuil: Biasa RM24 setahun, Seumur Hidup RM500, Pelajar IPT RM10. Ahli menerima diskaun 15% sewa dewan dan keutamaan slot muhurtham.
    """),
    ("ms", "sejarah_rumah_ibadat"): _lines("""
        Kuil Sri Mahamariamman di Jalan Tun H.S. Lee diasaskan pada 1873 oleh K. Thamboosamy Pillay dan dianggap kuil Hindu tertua yang masih beroperasi di Kuala Lumpur.
        Gopuram lima tingkat kuil tersebut siap pada tahun 1972 dan dihiasi ratusan patung dewa-dewi yang diukir oleh tukang-tukang dari Tamil Nadu.
        Wadda Gurdwara Sahib di Jalan Gurdwara, George Town bermula sebagai tempat ibadat anggota polis Sikh dan kini antara gurdwara terbesar di Pulau Pinang.
        Gurdwara Sahib Tatt Khalsa di Jalan Raja Alang siap pada 1924 dan pernah menjadi tempat persinggahan pendatang Sikh dari Punjab sebelum mereka bertugas di estet dan lombong.
        Patung Dewa Murugan setinggi 42.7 meter di Batu Caves dirasmikan pada Januari 2006 dan dikatakan memerlukan kira-kira 300 liter cat emas dari Thailand.
        Kuil Arulmigu Sri Balathandayuthapani di Jalan Air Terjun, Pulau Pinang terkenal dengan lebih 500 anak tangga; bangunan baharu di puncak bukit dibuka pada 2012.
        Perayaan Thaipusam di Batu Caves mula diraikan pada tahun 1892 selepas vel dipasang di Gua Kuil atas usaha K. Thamboosamy Pillay.
        Kuil Sri Kandaswamy di Brickfields dibina pada 1902 oleh masyarakat Tamil Ceylon dan menjadi pusat kegiatan muzik Karnatik di Kuala Lumpur.
        Guru Nanak Dev Ji, pengasas agama Sikh, dilahirkan pada 1469 di Talwandi (kini Nankana Sahib, Pakistan); hari lahirnya disambut sebagai Gurpurab di gurdwara seluruh Malaysia.
        Guru Gobind Singh Ji menubuhkan Khalsa pada hari Vaisakhi tahun 1699 di Anandpur Sahib, peristiwa yang diperingati melalui perarakan Nagar Kirtan setiap April.
        Kuil Arulmigu Sri Mahamariamman di Lebuh Queen, George Town dibina sekitar 1833 dan sering disebut sebagai kuil Hindu tertua di Pulau Pinang.
        Penghormatan terakhir kepada Karpal Singh, Ahli Parlimen Bukit Gelugor yang digelar Harimau Jelutong, diadakan di Pulau Pinang pada April 2014 dan dihadiri ribuan orang.
        Lembaga Wakaf Hindu Pulau Pinang ditubuhkan pada 1906 di bawah ordinan zaman kolonial dan mentadbir beberapa kuil serta tanah wakaf, termasuk kuil di Air Terjun.
    """),
    ("en", "booking_system_config_and_logs"): _lines("""
        2026-03-14T09:12:44+08:00 INFO booking.create hall=DEWAN_UTAMA slot=2026-09-06/AM status=PENDING_DEPOSIT ref=DWK-2026-00417 amount_myr=2000.00
        2026-03-14T09:15:02+08:00 WARN payment.fpx txn=FPX260314091502773 bank=MBB0228 status=PENDING retry=2/5 latency_ms=4812
        hall_booking: { max_capacity: 600, deposit_myr: 2000, cancellation_tiers: [90, 30], curfew: "23:00", alcohol_allowed: false, vegetarian_only: true }
        SELECT hall_code, COUNT(*) AS bookings FROM bookings WHERE muhurtham_date BETWEEN '2026-08-17' AND '2026-09-16' GROUP BY hall_code ORDER BY bookings DESC;
        receipt_no_format: "DRM-{yyyy}{mm}-{seq:06d}"  # e.g. DRM-202603-000128, tax-exempt under s44(6), approval ref kept in settings.LHDN_REF
        0 5 * * * /opt/kuil/bin/send_muhurtham_reminders --days-ahead=3 --channel=whatsapp --template=reminder_v4 >> /var/log/kuil/reminder.log 2>&1
        receipt_no,donation_date,amount_myr,payment_method,fund_code,tax_exempt,campaign_id,branch_code,issued_by_terminal
        2026-01-31T22:47:10+08:00 INFO thaipusam.gate counter=GATE_3 scanned=18422 rejected=37 device=HHT-07 fw=2.4.1 battery=41%
        deploy: kuil-booking-api v3.8.2 (commit 9f3c2ab) to prod-kl-1; migration 0047_add_hall_blackout_dates applied in 1.8s; healthcheck 200 OK
        ERROR sms.gateway provider=ISMS code=402 msg="Insufficient credit" queued=214 sender_id=KUILSMM webhook=/api/v1/sms/callback
        FUND_CODES = {"GPR": "Tabung Gopuram", "ANN": "Annathanam", "LNG": "Langar Seva", "EDU": "Biasiswa Pelajar", "FNL": "Upacara Kematian Asnaf"}
        devotee_fixture = {"name": "Test User", "ic": "000000-00-0000", "phone": "+60 3-0000 0000"}  # dummy values for unit tests only
        GET /api/v1/halls/DEWAN_MINI/availability?from=2026-10-01&to=2026-10-31 200 134ms ua="KuilApp/2.3.0 (Android 14)" ip=10.20.4.17
    """),
    ("mixed", "whatsapp_ajk_kuil"): _lines("""
        [14/03/26, 08:52] Setiausaha: Morning all, Dewan Utama 6 Sept pagi dah confirmed, ref DWK-2026-00417. Deposit dah masuk, tolong update kalendar ya.
        [14/03/26, 09:03] Bendahari: Noted. FPX semalam ada 3 transaksi pending lagi, bank kata clear by 5pm. Jangan issue resit dulu until confirmed.
        [14/03/26, 09:10] Pengurus Dewan: Aircond unit no. 4 Dewan Mini bocor lagi. Dah call Daikin service centre, tech datang Isnin 10am. Tiket servis SR-88213.
        [14/03/26, 09:21] Ketua Sukarelawan: Thaipusam debrief meeting Sabtu 3pm kat bilik mesyuarat. Bawa feedback form yang dah collect kat gate 1-5 ok.
        [14/03/26, 10:05] AJK Kebajikan: Stok beras annathanam tinggal 12 beg je. Supplier Jalan Ipoh boleh hantar 40 beg hari Rabu, RM38 per beg 10kg.
        [14/03/26, 10:31] Pejabat Sami: Pooja Pradosham Khamis ni start 5.30pm, bukan 6pm. Please update poster FB dan IG before lunch.
        [14/03/26, 11:02] Admin: Poster updated. Reminder - jangan forward screenshot borang derma dalam group ni, PDPA issue. Share guna folder Drive ajk-2026 je.
        [14/03/26, 11:40] Setiausaha: Pendaftar JPN confirm datang Sabtu 9am, 6 pasangan dah book slot. Bilik 2 kena kosongkan by 8.30.
        [14/03/26, 12:15] Bendahari: Bil TNB bulan Feb RM7,842.60, due 28/3. Bil Air Selangor RM612.15. Dua-dua saya bayar online hari ni.
        [14/03/26, 14:08] Pengurus Dewan: Vendor pelamin Jothi Decor & Florist minta akses loading bay Jumaat malam 9pm-12am untuk setup. Ok ke?
        [14/03/26, 14:11] Setiausaha: Ok, tapi guard shift malam kena standby. Pastikan vendor sign log kat pondok pengawal.
        [14/03/26, 16:45] AJK Kebajikan: 200 kotak barang dapur sumbangan Lotus's Malaysia untuk Deepavali dah sampai. Simpan kat stor belakang, jangan usik sampai 20hb.
        [14/03/26, 18:20] Admin: Group rule reminder: urusan peribadi sila PM. Group ni untuk operasi kuil sahaja. Terima kasih semua, Om Namah Shivaya 🙏
    """),
    ("ms", "invois_pembekal"): _lines("""
        INVOIS No. JDF/2026/0389 | Jothi Decor & Florist (SSM 202101034567 / 1428837-W) | Pelamin Pakej Emas, Dewan Utama, 6 Sep 2026 | Jumlah RM9,500.00 | Tempoh bayaran 30 hari
        Sri Murugan Catering Sdn. Bhd. (199801012233) Invois INV-SMC-77120: 650 pax hidangan vegetarian @ RM14.50 = RM9,425.00; SST 6% RM565.50; Jumlah RM9,990.50
        Nota Kredit CN-00412 kepada Kuil Sri Subramaniar: pemulangan 15 unit kerusi Tiffany rosak, kredit RM337.50 akan ditolak daripada invois bulan April.
        Invois Cukai No. 8801/2026, Kedai Pooja Ramasamy & Sons, Lebuh Pudu, KL: 200 kg kapur barus @ RM38/kg, 50 kotak agarbathi Cycle @ RM22, jumlah RM8,700.00
        Resit Rasmi No. R-2026-004512: Diterima daripada Persatuan Penganut Kuil Batu Arang wang sebanyak RM2,000.00 (Ringgit Malaysia Dua Ribu Sahaja) bagi deposit Dewan Mini.
        Bil Elektrik Tenaga Nasional Berhad, akaun perniagaan Lembaga Pengurusan Kuil, tempoh 01/02/2026-28/02/2026, 28,410 kWj, jumlah perlu dibayar RM7,842.60.
        Sebut Harga QT-GS-2026-011 daripada Guru Sound & Lighting Enterprise (SA0412345-D): PA 4 speaker, 2 mikrofon wayarles, operator 8 jam, RM1,350 untuk majlis Anand Karaj.
        Invois Kasih Funeral Services (M) Sdn. Bhd. No. KFS-4471: sewa van jenazah Klang-Cheras RM450, keranda meranti RM1,800, khemah 3 hari RM900. Jumlah RM3,150.00.
        Penyata Annathanam Mac 2026: beras 40 beg RM1,520.00; sayur Pasar Borong Selayang RM2,380.40; gas LPG 14kg x 18 tong RM540.00; jumlah RM4,440.40.
        Pesanan Belian PO-KSS-0921 kepada Singh Brothers Textiles, Jalan Tuanku Abdul Rahman: 300 rumal oren dan biru @ RM4.50 = RM1,350.00, hantar sebelum 10 April.
        e-Invois MyInvois UUID 7Q4K2M9X8B1N5T6R3W0Y dikeluarkan 03/03/2026 10:42, penjual Sri Murugan Catering Sdn. Bhd., TIN C20880123450, pembeli Lembaga Pengurusan Kuil.
        Invois No. 2026-117 dari Cahaya Nadaswaram Ensemble: persembahan nadaswaram & thavil 3 jam, Dewan Utama, 14 Jun 2026, RM1,800.00. Bayaran ke akaun syarikat sahaja.
        Invois Selvi Printing Sdn. Bhd.: 5,000 risalah Thaipusam A5 RM850; 300 bunting kecil RM2,100; 20 bunting gergasi 3x8 kaki RM1,600. Jumlah RM4,550.00.
    """),
    ("en", "reviews_of_places_of_worship"): _lines("""
        ★★★★★ Visited Sri Mahamariamman on a weekday morning. The gopuram is stunning and the shoe counter is 20 sen and very organised. Go before 10am to avoid tour buses.
        ★★★★☆ Gurdwara Sahib Petaling Jaya serves langar to anyone, Sikh or not. Simple dal, roti and kheer, everyone sits on the floor together. Scarves provided at the entrance.
        ★★☆☆☆ Booked Dewan Mini for a 16th-day prayer. Hall was fine but the aircon was weak and the sound system kept cutting off. Management refunded the cleaning fee after we complained.
        ★★★★★ The 272 steps at Batu Caves are painted in rainbow colours now. Watch out for the monkeys, they grab plastic bags. Ramayana Cave entry RM5, worth it.
        ★★★☆☆ Wedding hall is spacious but parking is a nightmare on muhurtham Sundays. Arrive 45 min early or take the LRT to Pasar Seni and walk 8 minutes.
        ★★★★★ Took friends from Singapore to the Waterfall Hill temple in Penang during Thaipusam. Crowds were huge but the free drinks stalls (thaneer panthal) along the route were amazing.
        ★★★★☆ Wadda Gurdwara Sahib is peaceful in the evening. Kirtan at 7pm, then langar. Sevadars explained the basics of Sikhism to our tour group from Hong Kong.
        ★☆☆☆☆ Called the temple office three times about the funeral package price and nobody picked up. WhatsApp reply came after 2 days. People in grief need quick answers.
        ★★★★★ Jothi Decor did the stage for a wedding at this hall and it looked amazing. The priests were punctual and the ceremony finished by 11.15am as scheduled.
        ★★★★☆ Sri Kandaswamy Kovil in Brickfields has a beautiful Carnatic music programme during Navaratri. Free entry, but the seats fill up by 7pm.
        ★★★☆☆ Food at the Deepavali open house was good but the queue at the temple shop was slow, only one cashier and the card terminal was offline. Cash only that night.
        ★★★★★ Clean toilets, wheelchair ramp and a lift to the wedding hall. Rare for an old temple and good for elderly relatives. Booking terms were explained clearly at the counter.
        ★★★★☆ Sri Veera Hanuman Temple in Brickfields on a Saturday: orange sindoor everywhere and a lively bhajan session. Small place, no parking, walk from KL Sentral.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Mendiang Muniandy a/l Karuppiah (No. KP: 481203-08-5127) meninggal dunia pada 2 Mac 2026; upacara kremasi esok 11 pagi, waris: anak lelaki Ganesan, 012-774 3198.
        Borang derma: Nama: Kavitha a/p Rajendran | No. KP: 880615-14-6342 | Alamat: No. 23, Jalan SS 2/64, 47300 Petaling Jaya | Jumlah: RM1,001.00 | E-mel: kavitha.rajen88@gmail.com
        Harjit Singh a/l Gurbachan Singh menempah Dewan Langar untuk Sukhmani Sahib arwah ibunya pada 19 April; boleh dihubungi di 016-228 9014.
        Tolong jangan beritahu sesiapa, Encik Thanabalan dari AJK kuil sebenarnya ada hutang ceti hampir RM45,000 dan sebab itu dia letak jawatan bendahari.
        Puan Devi Saraswathy, sukarelawan dapur annathanam, sedang menjalani kemoterapi untuk kanser payudara di Hospital Kuala Lumpur; jadual bertugasnya dikurangkan kepada sebulan sekali.
        Pindahan derma dari akaun Maybank 1640 2217 8893 atas nama Suresh Kumar a/l Paramasivam, RM500 untuk Tabung Gopuram, rujukan FPX 260310448812.
        Kereta Myvi putih WUV 7215 milik Encik Raju diletak menghalang laluan van jenazah semasa upacara petang tadi; sila alihkan atau kenderaan akan ditunda.
        Pasangan pengantin: Pravin a/l Sivalingam (930221-10-5587) dan Nithya a/p Velu (950908-07-6024), muhurtham 6 Sept 2026, Dewan Utama, deposit RM2,000 dibayar tunai.
        Aduan: Sami muda di kuil ini, Sivakumar, dikatakan meminta RM300 secara peribadi daripada keluarga mendiang untuk upacara tambahan. Saya ada rakaman perbualan.
        Tolong doakan anak saya Kishen, 9 tahun, yang dimasukkan ke ICU Hospital Tuanku Ja'afar Seremban kerana denggi berdarah. Ibu, Malar (019-663 2084)
        Sukarelawan kawalan kavadi Gate 3: 1) Logeswaran a/l Muthu 017-390 1125 2) Prakash a/l Ramu 011-2304 7781 3) Jaspal Kaur a/p Baldev Singh 012-905 3346
        Encik Balakrishnan tidak dapat membayar baki sewa dewan RM4,200 kerana baru diisytiharkan bankrap; beliau memohon bayaran ansuran selama tiga bulan.
        Permohonan bantuan kos pengebumian asnaf: pemohon Letchumy a/p Arumugam, ibu tunggal, pendapatan RM1,100 sebulan, alamat Blok C-4-12, PPR Kerinchi, 59200 Kuala Lumpur.
        Saya dengar Manpreet, anak perempuan Encik Kuldip Singh, hamil sebelum berkahwin, sebab itu majlis Anand Karaj dia dipercepatkan ke bulan depan.
        MyKad tercicir di rak kasut: CHANDRAN A/L NADARAJAN, 761130-05-5239, No. 8, Taman Rasah Jaya, Seremban. Boleh dituntut di pejabat kuil.
        Encik Gopal a/l Subramaniam, pengawal keselamatan malam kuil bergaji RM1,850 sebulan, direman 4 hari oleh polis Brickfields berhubung kes pecah tabung derma.
        No. akaun CIMB untuk bayaran balik deposit: 7063 4418 2290, pemegang akaun: Shanti a/p Krishnan. Jumlah RM1,000. Tempahan DWK-2026-00388 dibatalkan.
        Sila hubungi Puan Indra di 013-448 2719 selepas jam 6 petang untuk menetapkan tarikh upacara 30 hari arwah suaminya.
        Rekod sukarelawan: Nama: Arjun Rao a/l Venkatesan | Umur: 24 | Pelajar UM | Tel: 018-224 6650 | Alergi: kacang | Kenalan kecemasan: bapa, 012-331 8840
        Kumaresan dan isterinya Vanitha yang bernikah di dewan kuil pada 2019 kini dalam proses perceraian di Mahkamah Tinggi Shah Alam; pihak isteri memohon salinan sijil perkahwinan.
        Penduduk No. 17, Lorong Kuil 3, Taman Sri Andalas, Klang (Encik Ramesh) mengadu loceng kuil jam 5 pagi mengganggu ibunya yang menghidap demensia.
        Resit cukai: Dr. Lim Wei Keat (No. KP 700512-08-6091), derma RM10,000 untuk pembinaan dewan baharu, hantar ke e-mel lwk.dental@yahoo.com.
        Anak Encik Selvam, Darshini, gagal SPM dan lari dari rumah minggu lepas; keluarga minta AJK belia bantu cari, kali terakhir dilihat di Stesen LRT Sri Petaling.
        Kenderaan masuk tanpa pas ke petak pengantin: BKM 3318, WA 6672 Q, PLF 904. Rakaman CCTV jam 8.42 pagi disimpan untuk tindakan.
    """),
    "en": _lines("""
        Please remove my father's photo from the temple Facebook post about the 16th-day prayer. His name is Rajagopal Pillai and the family did not consent. My number is 012-845 6673.
        Langar Seva roster Sunday: Gurpreet Kaur (kitchen, 016-772 0941), Amarjit Singh Gill (serving), Navin Dhillon (dishwashing). Call Gurpreet if anyone is late.
        Mr. Devaraj's cheque for RM3,000 (Public Bank cheque no. 004417) bounced; he said his business collapsed and he owes the bank over RM200k. Please hold the hall booking.
        Annathanam sponsorship from Singapore: Ms. Priya Menon, NRIC S8834512D, mobile +65 9127 4408, sponsoring lunch for 300 on 14 Apr in memory of her grandmother.
        The priest's wife, Mrs. Lakshmi Iyer, was admitted to Sunway Medical Centre after a miscarriage, so her husband will not conduct the Friday pooja this week.
        Home visit for final rites: 42, Jalan Bunga Raya 7, Taman Klang Jaya, 41200 Klang. Deceased: Mdm. Parvathy a/p Sinnasamy, aged 81. Contact son Mahen at 017-603 2290.
        Lost and found: a wallet with the driving licence of Ong Chee Meng and a Touch 'n Go card was handed in at the gurdwara office on 12 April.
        Complaint against volunteer Vickneswaran: he shouted at elderly devotees at the kavadi gate and was seen drunk near the car park at 2am. Witnesses available.
        The photographer wants to post photos of the bride, Sharmila Nair, on Instagram @shar.nair.weds, but she asked for her face to be blurred because of a stalker.
        For the memorial booklet: the late Mr. Baljit Singh Sandhu (1952-2026), retired police inspector, died at his home in Jalan Kuching, Ipoh after years of kidney failure.
        2026-03-04,DRM-202603-000128,Arumugam Pillay,650101-10-5673,5000.00,FPX,GPR,Y
        Hi, I'm Kavin, my WhatsApp is 011-2673 9087, I want to join the Thaipusam first-aid volunteer team. I'm a nursing student at IMU, blood type O+.
        Hall booking from Hong Kong: Mr. Vikram Budhrani (HKID Y482915(3)) and family are flying in for his daughter's wedding; contact vikram.bud.family@outlook.com.
    """),
    "mixed": _lines("""
        Eh bro, that Uncle Muthu from Sentul tu kan, his son kena tangkap drug case last week, that's why he never come for pooja already. Don't simply tell people ah.
        Aunty Kamala's new number is 014-992 3106, the old one kena scam dah. Pls update dalam volunteer list, she still in charge of flower garlands for Friday.
        Bro Sathish, your deposit refund RM1,000 dah transfer ke account RHB 2140 5500 8812 34 tadi, check ya. Ref DWK-2026-00402.
        Sis Jasmin Kaur tengah pregnant 7 bulan, doctor cakap high risk, so jangan assign dia kerja angkat barang kat langar hall this Vaisakhi ok.
        Guys, Mr. Tan Boon Huat (the Chinese uncle who always donate for Deepavali) passed away this morning at Pantai Cheras. Funeral at his house Taman Connaught tomorrow 2pm.
        Sorry lambat reply, my husband Dinesh kena stroke last Tuesday, still in ward 5B Hospital Selayang. Can someone cover my Saturday shift at the temple shop?
        Form kavadi: Name: Yogeswaran a/l Kannan, IC 900417-10-6631, Phone 012-560 8834, Kavadi type: Paal kudam, Vow: for wife's fertility treatment.
        Can check CCTV ah? Someone took my bag at the shoe rack, inside got my IC (ANITHA A/P GOVINDASAMY 850726-14-5008) and car key for VBN 2281. Pls help 🙏
        Granthi ji asked me to pass message: Ravinder Singh from Klang still owe the gurdwara RM2,500 for the Akhand Path last year, his phone 016-338 7702 not answering.
        Lol the couple booking 6 Sept tu, Pravin and Nithya, parents both side tak setuju, girl side threaten to cancel wedding if dowry not settled by June.
        Admin pls remove Selvarani's number 019-221 7764 from the group, she complained people keep PM-ing her for loans after she posted she got retrenchment money.
        Salary slip temple cook Mr. Anbalagan Veerasamy: basic RM2,100, OT RM340, EPF 11% RM231, net RM2,209. Bank in to Maybank 1142 0098 5531.
        Eh the Singapore lady who booked Dewan Mini, her FIN G5873192N and passport copy I put in shared drive already, don't post in group k, contact +65 8344 1207.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu AI pejabat Kuil Sri Subramaniar, Klang. Bantu penganut dengan tempahan dewan, derma dan upacara.",
        ),
        (
            "user",
            "Saya nak tempah Dewan Utama untuk perkahwinan anak saya, Thivya a/p Murugesu, pada 20 Sept 2026 pagi. Nama saya Murugesu a/l Chinnappan, telefon 012-609 4471.",
        ),
        (
            "assistant",
            "Terima kasih, Encik Murugesu. Tarikh 20 Sept 2026 (pagi) masih kosong. Tempahan sementara boleh dibuat dengan deposit RM2,000 dalam 7 hari. Mahu saya sediakan borang tempahan?",
        ),
        ("user", "Ya, tolong. Deposit saya bayar guna akaun Bank Islam 1203 4010 0557 82."),
        (
            "assistant",
            "Baik. Borang tempahan untuk Dewan Utama, 20 Sept 2026, atas nama Murugesu a/l Chinnappan (012-609 4471) telah disediakan. Sila buat pindahan dan hantar bukti bayaran ke WhatsApp pejabat.",
        ),
    ],
    [
        (
            "user",
            "Can you help me write a short obituary notice for the temple noticeboard? My father Nagarajan a/l Periasamy, 74, passed away on 3 March at Hospital Kuala Lumpur after a long battle with diabetes.",
        ),
        (
            "assistant",
            "Of course. Here is a draft: 'With deep sorrow we announce the passing of Mr. Nagarajan a/l Periasamy, aged 74, on 3 March 2026. The cortege leaves the family home for cremation. Om Shanti.' Would you like to add the funeral time and address?",
        ),
        (
            "user",
            "Yes, cortege leaves 10am on 5 March from No. 11, Jalan Sentul Pasar, 51000 Kuala Lumpur. Contact me, Selvam, at 017-288 3015.",
        ),
        (
            "assistant",
            "Updated: 'The cortege leaves No. 11, Jalan Sentul Pasar, 51000 Kuala Lumpur at 10am on 5 March 2026. For enquiries, please contact Selvam at 017-288 3015.' Please check the spelling before printing.",
        ),
    ],
    [
        (
            "system",
            "You are a helpful assistant for the volunteer team of a gurdwara in Petaling Jaya. Reply in the language the user uses.",
        ),
        (
            "user",
            "Boleh tolong tulis WhatsApp message for langar volunteers this Sunday? Kitchen lead Harpreet Kaur 016-441 9023, serving team lead Jasdev Singh 012-770 3158. Report 8am sharp.",
        ),
        (
            "assistant",
            "Sure! Here you go: 'Sat Sri Akal everyone 🙏 Langar seva this Sunday, please report by 8am sharp. Kitchen: Harpreet Kaur (016-441 9023). Serving: Jasdev Singh (012-770 3158). Cover your head and wear closed shoes. Thank you!'",
        ),
        ("user", "Perfect, thanks."),
    ],
    [
        (
            "system",
            "Rekod penderma (sulit): Nama: Kalaiselvi a/p Ramasamy | No. KP: 790304-10-5128 | Alamat: No. 5, Jalan Kenari 12, Bandar Puchong Jaya, 47100 Puchong | Derma 2025: RM2,400",
        ),
        (
            "user",
            "Saya perlukan resit cukai untuk semua derma saya tahun 2025. Boleh hantar ke e-mel saya?",
        ),
        (
            "assistant",
            "Baik, Puan Kalaiselvi. Jumlah derma anda bagi tahun 2025 ialah RM2,400. Resit pengecualian cukai akan dikeluarkan atas nama Kalaiselvi a/p Ramasamy (No. KP 790304-10-5128). Sila sahkan alamat e-mel anda.",
        ),
        ("user", "kalai.ramasamy79@gmail.com"),
        (
            "assistant",
            "Terima kasih. Resit akan dihantar ke kalai.ramasamy79@gmail.com dalam masa 3 hari bekerja.",
        ),
    ],
    [
        (
            "user",
            "I sponsored langar at Wadda Gurdwara Sahib for 14 April but my mother was hospitalised, so we need to cancel. How do I ask for a refund?",
        ),
        (
            "assistant",
            "Sorry to hear about your mother. Most gurdwaras handle this through the management committee. A short written request with your receipt number and bank details usually works. Shall I draft it?",
        ),
        (
            "user",
            "Yes. I'm Sukhwinder Singh Grewal, receipt LNG-2026-0143, RM1,200. Refund to Public Bank 3187 2265 09, same name. Mum is in Penang Adventist Hospital with a heart problem.",
        ),
        (
            "assistant",
            "Draft: 'Dear Committee, I, Sukhwinder Singh Grewal, request cancellation of the langar sponsorship on 14 April (receipt LNG-2026-0143, RM1,200) as my mother has been hospitalised. Kindly refund to Public Bank account 3187 2265 09 under my name. Thank you.'",
        ),
    ],
    [
        (
            "system",
            "Anda membantu pengguna menulis surat aduan kepada pengurusan rumah ibadat dengan sopan.",
        ),
        (
            "user",
            "Jiran saya, Encik Kannan di No. 19, Jalan Melur 4, Taman Sri Muda, Shah Alam buat pooja dengan speaker kuat setiap malam sampai 11 malam. Saya nak adu kepada kuil berdekatan yang dia jadi AJK.",
        ),
        (
            "assistant",
            "Saya faham. Surat aduan sebaiknya menyatakan masalah bunyi secara fakta dan meminta pengurusan kuil menasihati beliau. Boleh saya tahu nama dan nombor telefon anda untuk dimasukkan dalam surat?",
        ),
        (
            "user",
            "Nama saya Rosnah binti Hamid, 011-3307 8842. Saya ada anak kecil yang sakit asma, tak boleh tidur.",
        ),
        (
            "assistant",
            "Berikut draf ringkas: 'Tuan/Puan, saya Rosnah binti Hamid (011-3307 8842), penduduk Taman Sri Muda, ingin memaklumkan gangguan bunyi dari kediaman No. 19, Jalan Melur 4 setiap malam hingga jam 11. Anak saya yang menghidap asma tidak dapat tidur. Mohon pihak tuan menasihati Encik Kannan. Sekian, terima kasih.'",
        ),
    ],
    [
        (
            "user",
            "Eh AI, quick question. Our temple treasurer Mr. Rajasekaran, dia ada hutang along RM30k, and now dia pegang tabung derma key. Should we report to committee or not?",
        ),
        (
            "assistant",
            "That's a sensitive situation. If there's a genuine risk to temple funds, it's reasonable to raise it privately with the committee chairman, focusing on controls (two-person cash counting, dual key custody) rather than his personal debts. Avoid spreading it in group chats.",
        ),
        (
            "user",
            "Ok ok. Also his wife Mrs. Usha called me crying, said the along people came to their house at Taman Desa Jaya, Kepong last night.",
        ),
        (
            "assistant",
            "If the family is being threatened, they should make a police report at the nearest station immediately. You can share the Polis DiRaja Malaysia emergency line 999 with Mrs. Usha. Please keep these details confidential.",
        ),
    ],
    [
        (
            "system",
            "You are an assistant helping Singapore residents book halls at Hindu temples in Johor Bahru.",
        ),
        (
            "user",
            "Hi, I want to book the wedding hall at Arulmigu Sri Rajakaliamman Temple in JB for 12 December. I'm Deepa Ramachandran, NRIC S9021487J, mobile +65 9734 5521.",
        ),
        (
            "assistant",
            "Thank you, Ms. Ramachandran. I can't book directly, but I can prepare your enquiry to the temple office. Do you need the main hall or a smaller room, and how many guests?",
        ),
        (
            "user",
            "Main hall, around 350 guests. My fiance is Arvind Pillai, he's a Malaysian, IC 920615-01-5539.",
        ),
        (
            "assistant",
            "Here is your enquiry: 'Booking request for 12 December, main hall, ~350 guests. Bride: Deepa Ramachandran (NRIC S9021487J, +65 9734 5521). Groom: Arvind Pillai (MyKad 920615-01-5539).' Please send it via the temple's official contact channel.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI Ketua Sukarelawan Thaipusam. Data sukarelawan dimuat naik oleh pengguna.",
        ),
        (
            "user",
            "Ringkaskan senarai ni: Tamilselvan a/l Raju 24th, 017-662 0194, boleh shift malam; Priyanka a/p Mohan 19th, 012-338 7751, alahan debu; Harvin Singh 30th, 016-905 2213, ada lesen first aid.",
        ),
        (
            "assistant",
            "Ringkasan sukarelawan: 1) Tamilselvan a/l Raju (24, 017-662 0194) shift malam. 2) Priyanka a/p Mohan (19, 012-338 7751) elak tugasan berdebu kerana alahan. 3) Harvin Singh (30, 016-905 2213) sesuai di kaunter first aid.",
        ),
        ("user", "Terima kasih, tolong susun ikut umur."),
        (
            "assistant",
            "Ikut umur: Priyanka a/p Mohan (19), Tamilselvan a/l Raju (24), Harvin Singh (30).",
        ),
    ],
    [
        (
            "user",
            "My amma has early dementia and can't go to the temple anymore. Can a priest come home to do a small pooja for her 80th birthday?",
        ),
        (
            "assistant",
            "Many temples in Malaysia do offer home poojas for elderly devotees. Usually you call the temple office, give the date and address, and they assign a priest. Would you like help preparing the request?",
        ),
        (
            "user",
            "Yes please. Her name is Saraswathy a/p Kandasamy, we stay at 8-3A, Residensi Bangsar Permai, Jalan Bangsar, 59100 KL. Date 18 May, 10am. I'm her son Vijay, 012-447 0918.",
        ),
        (
            "assistant",
            "Request: 'Home pooja for the 80th birthday of Mdm. Saraswathy a/p Kandasamy (elderly, has dementia) on 18 May, 10am, at 8-3A, Residensi Bangsar Permai, Jalan Bangsar, 59100 KL. Contact: Vijay (son), 012-447 0918.' You may also ask for a short, quiet ceremony suited to her condition.",
        ),
        ("user", "Thank you so much."),
    ],
]
