# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms141: sekolah masakan, kelas membuat kek dan chef persendirian di Malaysia (tempahan kelas, alahan makanan, sijil pengendali makanan, bayaran, kumpulan WhatsApp). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms141
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_kelas"): _lines("""
        NOTIS: Kelas Kek Lapis Sarawak hari Sabtu 14 Disember dipindahkan ke Dapur 2, Aras 1, No. 23 Jalan SS 15/4D, Subang Jaya. Sila datang 15 minit awal untuk taklimat keselamatan.
        Peserta kelas Basic Sourdough (Kumpulan B) diingatkan untuk membawa bekas kedap udara 2 liter dan apron sendiri. Tepung, ragi dan garam disediakan oleh akademi.
        Pendaftaran Kursus Pengendali Makanan (KPM) sesi Januari 2027 dibuka. Yuran RM60 termasuk nota, ujian dan sijil yang diiktiraf Kementerian Kesihatan Malaysia.
        Makluman: Dapur latihan ditutup pada 25 Disember (Hari Krismas) dan 29 Januari (Tahun Baru Cina). Kelas yang terjejas akan dijadual semula secara automatik dalam sistem.
        Kepada semua peserta: bahan yang mengandungi kacang, bijan, telur dan susu dilabel dengan pelekat merah di setiap stesen. Maklumkan alahan anda kepada kaunter sebelum kelas bermula.
        Kelas Demo bersama Chef Wan di Dewan Serbaguna MBPJ, Petaling Jaya pada 18 Januari jam 3 petang. Tiket RM45 seorang, tempat terhad kepada 120 orang sahaja.
        Kumpulan WhatsApp rasmi 'Kelas Kek Jan 2027' hanya untuk makluman jadual. Pertanyaan bayaran sila hubungi talian pejabat 03-5633 1820 (Isnin-Jumaat, 9 pg - 5 ptg).
        Tempahan kelas privat (minimum 6 orang) perlu dibuat sekurang-kurangnya 14 hari lebih awal. Deposit 50% tidak dikembalikan jika pembatalan dibuat kurang 72 jam sebelum kelas.
        Suntikan anti-tifoid wajib untuk semua pengendali makanan. Klinik panel akademi: Klinik Kesihatan Seksyen 7, Shah Alam, dibuka 8.00 pagi hingga 5.00 petang.
        Perhatian: tempat letak kereta di hadapan premis adalah untuk pelanggan kedai roti sahaja. Peserta kelas boleh menggunakan parkir bertingkat Sunway Pyramid (Blok F).
        Kelas Kek Kukus Pandan Gula Melaka untuk kanak-kanak 8-12 tahun kini dibuka. Ibu bapa perlu menunggu di ruang menunggu sepanjang sesi 2 jam 30 minit.
        Sijil penyertaan dihantar melalui e-mel dalam masa 7 hari bekerja. Jika tidak diterima, sila semak folder spam atau e-mel kepada sijil@akademikekmanis.com.my.
        Mulai 1 Februari 2027, semua yuran kelas hanya diterima melalui DuitNow QR, FPX atau kad debit/kredit. Bayaran tunai tidak lagi diterima di kaunter.
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Adakah kelas sesuai untuk yang tidak pernah membakar kek? J: Ya, kelas Asas Kek Span direka untuk pemula. Semua peralatan disediakan dan nisbah peserta kepada chef ialah 8:1.
        S: Bolehkah saya membawa pulang kek yang dibuat? J: Boleh. Setiap peserta diberikan kotak kek 8 inci dan beg kertas. Kek perlu disimpan dalam peti sejuk dalam masa 2 jam.
        S: Adakah bahan yang digunakan halal? J: Semua bahan dibeli daripada pembekal bersijil halal JAKIM. Kami tidak menggunakan gelatin babi, rum atau esen berasaskan alkohol.
        S: Bagaimana jika saya alah kepada gluten? J: Kami menawarkan kelas Kek Bebas Gluten setiap bulan, namun dapur turut memproses tepung gandum, jadi risiko pencemaran silang tetap ada.
        S: Berapa lama sijil Latihan Pengendali Makanan sah? J: Sijil KPM sah seumur hidup, tetapi suntikan anti-tifoid perlu diulang mengikut tempoh yang ditetapkan di bawah Peraturan-Peraturan Kebersihan Makanan 2009.
        S: Bolehkah tempahan ditukar kepada tarikh lain? J: Pertukaran tarikh dibenarkan sekali tanpa caj jika dimaklumkan 5 hari sebelum kelas. Pertukaran kedua dikenakan RM30.
        S: Adakah kursus ini HRD Corp claimable? J: Ya, kursus Pastri Asas 3 hari berdaftar di bawah HRD Corp dengan nombor program 10001234567. Majikan perlu memohon geran sebelum tarikh kursus.
        S: Di mana lokasi akademi? J: Lot 2-1, Blok C, Dataran Glomac, Jalan SS 6/5A, Kelana Jaya, 47301 Petaling Jaya. Berhampiran stesen LRT Kelana Jaya (800 m).
        S: Bolehkah saya mengupah chef persendirian untuk majlis di rumah? J: Boleh, pakej Chef Peribadi bermula RM850 untuk 10 orang tetamu termasuk bahan, masakan dan pembersihan dapur.
        S: Adakah kelas boleh dijalankan dalam bahasa Cina? J: Kelas Mooncake Kulit Salji dan Kek Lapis Nyonya boleh dijalankan dalam Bahasa Mandarin atau Kantonis dengan tempahan awal.
        S: Kenapa saya perlu mengisi borang alahan? J: Maklumat ini hanya digunakan oleh chef untuk menyediakan bahan pengganti dan dipadam 30 hari selepas kelas selaras dengan Akta Perlindungan Data Peribadi 2010.
        S: Adakah diskaun untuk pelajar? J: Pelajar IPTA/IPTS dengan kad matrik yang sah layak menerima diskaun 15% untuk semua kelas hujung minggu kecuali masterclass.
        S: Apakah saiz kumpulan maksimum? J: Kelas biasa maksimum 12 peserta, masterclass maksimum 8 peserta dan kelas korporat boleh sehingga 30 peserta di Dewan Utama.
    """),
    ("ms", "senarai_harga"): _lines("""
        Kelas Asas Kek Span Pandan (3 jam) - RM180 seorang | Pakej berdua RM340 | Termasuk bahan, apron pakai buang dan kotak kek.
        Masterclass Kek Lapis Sarawak 12 lapisan (6 jam) - RM420 | Resipi ala Kuching | Maksimum 8 peserta | Kod kelas: KLS-12-0127
        Kursus Pengendali Makanan (KPM) 1 hari - RM60 | Suntikan anti-tifoid di klinik panel - RM45 | Pakej lengkap KPM + suntikan - RM95
        Kek Hari Jadi Tempahan: 6 inci RM95, 8 inci RM145, 10 inci RM210. Tambahan topper akrilik tulisan RM15, lilin nombor RM3 sebatang.
        Pakej Chef Peribadi 'Kenduri Kecil' (15 pax): Nasi Minyak, Ayam Masak Merah, Dalca Sayur, Acar Buah - RM1,280. Caj pengangkutan Lembah Klang RM50.
        Kelas Kuih Raya (Tart Nanas, Semperit, Makmur) - RM150 | SKU: KR-TART-03 | Dibuka 1 Feb hingga 20 Mac 2027 sahaja.
        Sewa Dapur Latihan (untuk usahawan F&B): RM65/jam, minimum 3 jam. Termasuk oven dek 3 tingkat, mixer 20 liter dan bilik sejuk 4°C.
        Kelas Roti Canai & Roti Jala (2.5 jam) - RM130. Kelas Murtabak Daging - RM140. Pakej kedua-dua kelas pada hari yang sama - RM250.
        Set Peralatan Pemula: 2 loyang bulat 8 inci, spatula silikon, beg paip + 6 muncung Wilton, skala digital 5 kg - RM129 (SKU: SET-PMU-01).
        Bengkel Fondant 'Frozen' untuk kanak-kanak - hiasan watak Elsa dan Olaf - RM110 seorang, 2 jam. Umur 6 tahun ke atas.
        Kelas Dalam Talian (Zoom) Kek Batik Tanpa Bakar - RM49. Rakaman boleh ditonton semula selama 30 hari. Kod promo MERDEKA69 berakhir 31 Ogos.
        Caj tambahan: bahan bebas gluten +RM25, bahan bebas telur +RM20, bahan berasaskan tumbuhan (vegan) +RM30 untuk setiap peserta.
        Pakej Korporat Team Building 'MasterChef Challenge' (20-30 pax) - RM3,900 termasuk hakim, trofi dan jamuan petang. Harga belum termasuk SST 8%.
    """),
    ("en", "booking_system_config_and_logs"): _lines("""
        2026-11-28T09:14:07+08:00 INFO booking.create class_id=KLS-12-0127 seats=2 status=PENDING_PAYMENT order=ORD-20261128-004519
        2026-11-28T09:16:52+08:00 INFO payment.fpx txn=FPX2611280916520031 amount=MYR 840.00 bank=MBB0228 status=SUCCESSFUL
        WHATSAPP_BUSINESS_NUMBER=+60356331820  # official academy line, never replace with a staff member's own mobile
        allergen_codes: [PEANUT, TREE_NUT, SESAME, EGG, MILK, GLUTEN, SHELLFISH, SOY]  # printed on station labels for every class
        2026-11-30T22:01:13+08:00 WARN reminder.whatsapp template=class_reminder_24h queued=37 sent=35 failed=2 reason=RATE_LIMIT
        SMTP_FROM=noreply@akademikekmanis.com.my SMTP_HOST=smtp.example.com SMTP_PORT=587 SMTP_TLS=true
        def seats_left(cls): return max(0, cls.capacity - cls.confirmed - cls.held)  # held seats expire after 15 min
        CREATE TABLE class_booking (id BIGSERIAL PRIMARY KEY, class_code VARCHAR(16), pax SMALLINT, paid_myr NUMERIC(8,2), created_at TIMESTAMPTZ);
        2026-12-01T10:45:30+08:00 ERROR invoice.pdf render failed invoice=INV-2026-11-0934 template=v3.2.1 error=FontNotFound(NotoSansJawi)
        release v2.8.0: added halal certificate expiry check for suppliers, fixed double booking when two payers use DuitNow QR within 3 seconds
        cron: 0 7 * * 1 python -m kitchen.reports.weekly --outlet=SS15 --format=csv --to=ops@akademikekmanis.com.my
        sha256(recipe_kls12_v4.pdf) = 9f2c1a7e4b0d83c56e1f2a9b7d4c0e8f3a6b5d2c1e0f9a8b7c6d5e4f3a2b1c0d
        2026-12-02T14:20:11+08:00 INFO tracking.update courier=PosLaju awb=ER123456789MY parcel=starter_kit status=DELIVERED
    """),
    ("ms", "peraturan_keselamatan_makanan"): _lines("""
        Di bawah Peraturan-Peraturan Kebersihan Makanan 2009, setiap pengendali makanan hendaklah menghadiri latihan pengendali makanan di institusi yang diiktiraf oleh Ketua Pengarah Kesihatan.
        Pengendali makanan juga diwajibkan menerima suntikan pelalian anti-tifoid dan mengulanginya mengikut tempoh yang ditetapkan oleh pegawai perubatan.
        Akta Makanan 1983 (Akta 281) memperuntukkan hukuman denda atau penjara atau kedua-duanya bagi kesalahan menyedia dan menjual makanan yang tidak selamat dimakan.
        Pengendali makanan dilarang memakai barang kemas kecuali cincin perkahwinan, dan kuku hendaklah pendek serta tidak berwarna semasa menyediakan makanan.
        Makanan berisiko tinggi seperti krim segar dan kastard hendaklah disimpan pada suhu 5°C atau kurang dan tidak dibiarkan pada suhu bilik lebih daripada 2 jam.
        Premis makanan perlu berlesen dengan pihak berkuasa tempatan seperti MBPJ atau DBKL dan mengasingkan kawasan bahan mentah, kawasan memasak dan kawasan makanan sedia dihidang.
        Pensijilan halal Malaysia ditadbir oleh JAKIM di bawah Manual Prosedur Pensijilan Halal Malaysia (Domestik) 2020; sijil perlu diperbaharui sebelum tarikh luput.
        Peraturan-Peraturan Makanan 1985 menghendaki bahan yang boleh menyebabkan hipersensitiviti seperti kacang, susu, telur dan gandum dinyatakan pada label bungkusan.
        Program BeSS (Bersih, Selamat, Sihat) oleh Kementerian Kesihatan Malaysia memberi pengiktirafan kepada premis makanan yang memenuhi kriteria kebersihan dan pilihan menu sihat.
        Di Singapura, Singapore Food Agency (SFA) mensyaratkan Food Safety Course Level 1 bagi semua pengendali makanan, dengan kursus ulangan selepas tempoh tertentu.
        Pengendali makanan yang mengalami cirit-birit, muntah, demam atau luka bernanah hendaklah melaporkan kepada penyelia dan tidak dibenarkan mengendalikan makanan.
        Akta Makanan 1983 melarang pelabelan yang palsu atau mengelirukan mengenai sifat, kandungan atau kualiti makanan yang dijual, termasuk dakwaan bebas alergen.
        Pakaian pelindung yang bersih, penutup kepala dan apron wajib dipakai di kawasan penyediaan makanan; kasut terbuka tidak dibenarkan di dapur latihan.
    """),
    ("en", "business_reviews"): _lines("""
        Booked the Kek Lapis masterclass at Akademi Kek Manis Kelana Jaya - chef explained every layer clearly, 5 stars. Parking at Dataran Glomac is a nightmare on Saturdays though.
        Dapur Kak Ros Catering did the buffet for our office Hari Raya open house, 60 pax. Rendang was superb, lemang a bit dry. Would order again. 4/5
        Good value sourdough class, RM220 for 4 hours. The starter they gave us is still alive three months later. Only complaint: aircon in Kitchen 2 was weak.
        Avoid the 2pm slot on weekends, the class ran 45 minutes late because the previous group overran. Management refunded RM30 after I emailed hello@akademikekmanis.com.my.
        Le Cordon Bleu Malaysia at Sunway University is pricey but the Diplôme de Pâtisserie is worth it if you are serious about opening your own bakery.
        Kids' Frozen fondant workshop was chaotic in a fun way. Staff were patient and the Olaf toppers turned out cute. Would prefer groups smaller than 15 though.
        Private chef service Mak Long's Kitchen (SSM 202103118452) cooked a Nyonya dinner for 12 at our condo clubhouse. Ayam pongteh and jiu hu char were spot on.
        Their Food Handler course was efficient: lecture in the morning, MCQ test after lunch, certificate emailed within a week. Typhoid jab done at the panel clinic next door.
        Was expecting Gordon Ramsay levels of shouting in the MasterChef team building, got a very gentle chef instead. Team enjoyed it, the tiramisu round was the best.
        Bought the Wilton piping kit at their counter for RM129, same price as Shopee. Staff showed how to fit the coupler, which YouTube never explained properly.
        Picked up ingredients at Bake With Yen Cheras before class; the academy's shopping list matched the house brand pack sizes exactly. Very organised school.
        Halal-certified, clean kitchen, BeSS sign at the door. Online booking crashed once at payment, but the office WhatsApp line 03-5633 1820 sorted it in ten minutes.
        Julia Child would approve: the French omelette class made us practise until every omelette rolled properly. 4.5/5, bring your own container for leftovers.
    """),
    ("mixed", "group_chat_staf"): _lines("""
        Morning team, kelas Kek Lapis hari ni 8 pax confirm, Dapur 2. Butter Golden Churn 12 blok dah sampai, simpan dalam chiller dulu ya.
        Admin here: 2 peserta batch 10am declared alahan kacang tanah, so stesen 3 & 4 guna sticker merah, jangan letak praline langsung okay.
        Oven dek tingkat atas panas tak sekata lah, suhu lari 15°C. Dah call technician Rational, dia datang Khamis 2pm. Guna tingkat tengah dulu.
        Reminder: sijil KPM semua staf dapur kena upload dalam folder Google Drive 'HR/Sijil 2027' before 31 Dis, audit MBPJ bulan depan.
        Supplier tepung tukar harga, Blue Key 25kg naik RM4.50. PO-2026-1187 dah approve, delivery Isnin pagi sebelum 8am ya boss.
        Guys, kelas private chef Sabtu ni menu Western, lamb shank 10 pax. Please check halal cert supplier kambing tu masih valid, last time expired dah.
        Chiller 2 alarm bunyi pukul 3 pagi, log suhu naik 9°C for 40 minutes. Semua krim segar dalam tu buang, jangan guna untuk kelas, safety first.
        Zoom link kelas Kek Batik dah post dalam group peserta, recording auto save to cloud. Jangan forward link ke luar, nanti orang masuk free.
        Invoice INV-2026-12-0102 untuk team building Petronas Dagangan belum bayar lagi, finance tolong follow up dengan procurement dia orang.
        Stok kotak kek 8 inci tinggal 20 je, cukup untuk 2 kelas. Order 200 dari Bake With Yen, guna akaun syarikat bukan kad sendiri k.
        Next week Chef Wan punya demo kat MBPJ, kita kena hantar 3 orang helper. Siapa free Sabtu 18 Jan, reply dalam thread ni by Friday.
        Dishwasher dapur 1 bocor lagi, dah buka tiket #MT-0452 dengan building management. Meanwhile basuh pinggan guna sinki 3 kompartmen.
        Grab pickup untuk kek 10 inci order ORD-20261206-0077 pukul 4.30pm, pastikan label alergen 'contains nuts' ditampal atas kotak.
    """),
    ("ms", "invois_perniagaan"): _lines("""
        INVOIS No: INV-2026-11-0934 | Tarikh: 28/11/2026 | Akademi Kek Manis Sdn. Bhd. (202301045678) | Kelas Kek Lapis Sarawak x2 @ RM420.00 | Jumlah RM840.00
        Daripada: Sinar Emas Tepung Enterprise (SSM 003215678-W), Lot 12, Kawasan Perindustrian Batu Caves, 68100 Batu Caves, Selangor. Terma bayaran: 30 hari.
        Butiran: Tepung Gandum Blue Key 25kg x 10 @ RM78.50 = RM785.00; Gula Kastor 1kg x 50 @ RM4.20 = RM210.00; Jumlah kecil RM995.00
        No. Pendaftaran SST: W10-1808-32000123 | Cukai Perkhidmatan 8% ke atas caj perkhidmatan katering RM2,400.00 = RM192.00
        Bayaran kepada: Akademi Kek Manis Sdn. Bhd., Maybank Islamic, akaun semasa syarikat 5622 1234 5678. Sila nyatakan nombor invois sebagai rujukan.
        NOTA KREDIT CN-2026-0041 merujuk INV-2026-10-0811: pemulangan RM180.00 kerana kelas dibatalkan oleh pihak akademi akibat gangguan bekalan elektrik.
        Sebut Harga Q-2027-0012 sah sehingga 31/01/2027: Pakej Korporat MasterChef Challenge 25 pax RM3,900.00 + SST 8% RM312.00 = RM4,212.00
        Resit Rasmi No. R-008812 | Diterima melalui DuitNow QR | ID Transaksi 20261203MBBCMYKL040OQR12345678 | RM95.00 untuk Pakej KPM + Suntikan
        e-Invois LHDN: UUID 7b3e9c2a-41f0-4d8e-9a6b-2c5d1e8f0a34 | TIN Penjual C24567891000 | Status: Disahkan | Dihantar ke MyInvois 03/12/2026 10:22
        Invois Katering Chef Peribadi: Majlis Aqiqah 40 pax, menu Nasi Briyani Kambing, Acar, Dalca. Kos bahan RM1,650 + upah chef RM900 + pengangkutan RM80.
        Alamat bil: Jabatan Sumber Manusia, Petronas Dagangan Berhad, Aras 12, Menara Dayabumi, Jalan Sultan Hishamuddin, 50050 Kuala Lumpur.
        Penalti lewat bayar 1.5% sebulan dikenakan ke atas baki tertunggak selepas tarikh matang. Invois ini dijana oleh komputer dan tidak memerlukan tandatangan.
        Invois INV-2026-12-0117: Sewa Dapur Latihan 6 jam @ RM65 = RM390.00, Deposit kerosakan RM200.00 (dikembalikan), Jumlah perlu dibayar RM590.00
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Borang tempahan: Nama: Nurul Aisyah binti Kamarudin, No. K/P: 910417-10-5582, Tel: 013-648 2291, Kelas: Kek Lapis Sarawak 14/12, Alahan: kacang tanah (teruk, bawa EpiPen).
        Puan Rohani Mat Isa dari Kajang minta refund penuh sebab dia baru disahkan kanser payudara tahap 2 dan tak dapat hadir kelas kek bulan depan.
        Kak Yati (kumpulan Selasa) sebenarnya tengah mengandung 5 bulan, jadi jangan bagi dia angkat dulang oven yang berat ya.
        Alamat penghantaran kek: No. 14, Jalan Mawar 3/7, Taman Sri Muda, 40400 Shah Alam, Selangor (rumah Encik Faizal, pagar hijau).
        Bayaran yuran kelas RM420 dipindahkan dari akaun CIMB 7064 3319 0582 atas nama MOHD HAZIQ BIN ROSLAN, rujukan KLS12.
        Sijil KPM: Nama: Siti Khadijah binti Abdullah, MyKad 880923-14-6410, Tarikh latihan 07/12/2026, No. sijil dikeluarkan selepas lulus ujian.
        Encik Zulkifli masih berhutang RM2,350 untuk katering kenduri anak dia bulan Ogos, dah tiga kali janji nak bayar tapi tak bayar-bayar.
        Peserta Haslinda Yusof minta duduk dekat pintu sebab dia ada epilepsi dan kadang-kadang perlu keluar ambil udara.
        No. telefon Cik Farah untuk hantar gambar kek: 017-392 8145 (WhatsApp sahaja, jangan call waktu kerja).
        Kes aduan: pelajar Amirul Hakim bin Zainal, 19 tahun, didakwa mencuri duit tabung dapur RM300 dan laporan polis sudah dibuat di IPD Petaling Jaya.
        Chef persendirian sambilan Azman Shah bin Ibrahim: gaji pokok RM3,200 + elaun RM400, potongan PTPTN RM150 sebulan.
        Pn. Salmah maklumkan dia dah bercerai dengan suami, jadi resit dan sijil anak perlu guna alamat baru dia di Bangi, bukan rumah lama.
        Kereta peserta yang halang laluan lori bekalan: Perodua Myvi putih WXT 4521, tolong call pemilik di 012-277 4068.
        E-mel bekas pelajar untuk senarai alumni: hanisah.rahim92@gmail.com, kelas Pastri Asas Batch 3, sekarang buka kedai kek sendiri di Seremban.
        Rekod suntikan anti-tifoid: Mohd Faris bin Ahmad, MyKad ****-**-5317, tarikh suntikan 02/03/2025, tamat 02/03/2028.
        Anak Puan Mariam, Adam (7 tahun), alah teruk kepada telur dan susu; pernah dimasukkan ke unit kecemasan Hospital Serdang tahun lepas.
        Nombor IC saja yang dia bagi masa daftar: 020815-08-1147, nama tak tulis, tolong semak dalam sistem.
        Deposit RM200 sewa dapur dipulangkan ke akaun peribadi Maybank 1640 2287 9915 milik peniaga katering rumahan yang sewa dapur 1 minggu lepas.
        Cikgu Norliza dari SK Taman Megah tanya boleh tak dia bayar yuran secara ansuran sebab gaji dia dipotong untuk bayar hutang bank.
        Ustazah Khairunnisa minta tukar kelas sebab suami dia baru ditahan reman SPRM minggu lepas, dia nak jaga anak-anak dulu.
        1044,Noraini binti Samsudin,860702-06-5228,019-884 3172,noraini.s86@yahoo.com,Kek Lapis,RM420,PAID
        Pak Abu (pemandu van penghantaran katering) ambil MC 3 hari sebab darah tinggi dan kencing manis dia naik balik.
        Alamat majlis: Lot 882, Kampung Sungai Merab Luar, 43000 Kajang - rumah keluarga Hj. Rosli yang tempah chef persendirian untuk majlis tahlil 50 orang.
        Muhammad Irfan Danial bin Hashim, No. Pasport A51928734, dapat kerja dapur hotel di Brunei dan minta surat pengesahan tamat kursus pastri.
        Tolong jangan masukkan Kak Ida dalam group WhatsApp alumni lagi, dia ada perintah perlindungan terhadap bekas suami yang juga ahli group tu.
    """),
    "en": _lines("""
        Booking note: Mr. Daniel Wong Kah Meng, NRIC S8834127F, flying in from Singapore for the 3-day pastry course, phone +65 9183 4427.
        Please refund to Ms. Priya Nair's account, Public Bank 3198 8842 10, she cancelled because her mother passed away last week.
        Allergy form: Name: Joshua Lim, DOB 12/05/2016, severe anaphylaxis to tree nuts and sesame, parent contact 016-228 9034.
        Private chef client Mrs. Caroline Teoh asked for a low-sodium menu, she is on dialysis three times a week at a centre in Damansara.
        Student Kevin Raj a/l Muthu failed the food handler test twice; he told the trainer he is dyslexic and needs an oral exam.
        Home address for the birthday cake delivery: 27-3A, Residensi Vista Harmoni, Jalan Kuchai Lama, 58200 Kuala Lumpur, unit owner Ms. Grace Chia.
        Invoice Mr. Arjun Pillai personally at arjun.pillai.cooks@outlook.com for 4 private dinner sessions, balance RM1,800 still outstanding since September.
        Heads up, Jenny from the Tuesday class is going through a messy divorce and asked us not to give her husband any info about her schedule.
        FIN G7731245R - that's the domestic helper who attends the Sunday baking class with her employer's kids, she wants the certificate in her own name.
        The chef we hired on contract, Marcus Ho, was arrested last night for drink driving; he won't make the Saturday catering job.
        Hong Kong participant: Ms. Chan Wing Sze, HKID K482913(5), mobile +852 6123 4478, staying at her sister's flat in Mont Kiara during the course.
        Photo consent withdrawn: the mother of the girl in the red apron in the 12 Dec class album wants all photos of her daughter Aleesya removed from Instagram.
    """),
    "mixed": _lines("""
        Eh admin, Uncle Lim's grandson Ah Boy tu got gluten allergy ah, celiac confirmed by doctor, don't give him the normal flour station k.
        Sis tolong transfer balance RM150 to my account Bank Islam 12025 0183 4451, nama Ain Syafiqah, thank you so much!
        Boss, Vinod hari ni tak datang kerja lagi, dia kata sakit tapi his wife WhatsApp me cakap dia masuk rehab sebab drugs.
        Customer complain: Mrs. Ong Siew Ling, 012-551 3308, says her kek hari jadi ada rambut dalam tu, nak full refund + compensation, very angry one.
        Add into WhatsApp group 'Kelas Kek Jan 2027': +60 11-2734 5190 (Hafizah), +60 19-447 2816 (Kak Min), +60 17-920 3384 (Mei Yee).
        Chef Aiman punya salary slip: basic RM4,500, OT RM620, EPF employee 11%, nanti HR email to aiman.chef88@gmail.com ya.
        Wei, that auntie Mrs. Kaur from Ipoh, she pregnant already 7 months, still want join the fondant class, need sign waiver or not?
        Loan tu bro, Shahrul still owe me RM800 from last year's catering job, every time ask he say next month, macam ni susah la.
        Plate WQA 9183 Honda City grey, parked at our loading bay again, owner is the student Jason Yap from Pastry Batch 4, tell him move please.
        Tan Hui Min | 950812-07-5364 | No. 5, Lorong Bunga Raya 2, 11600 Jelutong, Penang | Kelas Mooncake | Paid RM160 via TnG
        Kak Long Norma punya anak kena tahan wad kat HKL, denggi, so dia cancel private chef booking for Saturday, deposit nak carry forward.
        Mainland student 刘思雨, PRC ID 440106199803152341, tinggal sementara di Cheras, mau join kelas kek lapis, bayar guna Alipay.
        Taiwan participant Mr. Tay Chih-Wei, ID F128374615, LINE id taychihwei88, nak sijil dalam English ya, nama ikut passport.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu tempahan Akademi Kek Manis. Jawab dalam Bahasa Melayu dengan sopan dan ringkas.",
        ),
        (
            "user",
            "Assalamualaikum, saya nak daftar anak saya Aqil Haikal bin Rizal, 8 tahun, untuk kelas Kek Kukus Pandan Sabtu ni. Dia alah udang dan kacang tanah. Nombor saya 012-663 1495.",
        ),
        (
            "assistant",
            "Waalaikumussalam. Baik, saya catatkan tempahan untuk Aqil Haikal (8 tahun) dengan alahan udang dan kacang tanah supaya chef sediakan stesen berlabel merah. Kami akan hantar pautan bayaran ke 012-663 1495.",
        ),
        ("user", "Terima kasih. Perlu bawa EpiPen sendiri ke?"),
        (
            "assistant",
            "Ya, sila bawa EpiPen dan surat doktor jika ada. Staf kami terlatih asas pertolongan cemas tetapi ubat peribadi perlu dibawa sendiri.",
        ),
    ],
    [
        (
            "user",
            "Can you help me write a polite refund request to a baking school? I booked the sourdough class for 21 Dec but I had a miscarriage last week and my doctor says rest for a month. My name is Melissa Tan Pei Shan, order ORD-20261120-003318.",
        ),
        (
            "assistant",
            "I'm very sorry for your loss. Here is a draft: Dear Akademi Kek Manis team, I am writing regarding order ORD-20261120-003318 for the sourdough class on 21 December. Due to a medical condition my doctor has advised a month of rest, so I am unable to attend. I would be grateful for a refund or credit. Kind regards, Melissa Tan Pei Shan.",
        ),
        (
            "user",
            "Thanks, please add that refund should go to my Hong Leong account 233-50-11874-2.",
        ),
        (
            "assistant",
            "Added: Please process the refund to my Hong Leong Bank account 233-50-11874-2. You may want to share bank details only through the school's official payment form rather than plain email.",
        ),
    ],
    [
        (
            "system",
            "You help a small Malaysian baking class owner manage WhatsApp groups. Reply in Manglish if the user does.",
        ),
        (
            "user",
            "Tolong buat welcome message for new group 'Kek Lapis Batch Jan'. Members: Farhana 013-228 7741, Auntie Susan 016-902 3318, Rekha 011-3391 0842. Rekha tu vegetarian, no egg.",
        ),
        (
            "assistant",
            "Sure! Welcome semua to Kek Lapis Batch Jan! Kelas start 11 Jan, 9am, Dapur 2. Please bring apron and bekas. Any alahan or diet, PM admin ya. (Note: I left out Rekha's diet from the group message so her info stays private; tell the chef separately.)",
        ),
        ("user", "Good idea. Remind me to tell chef Rekha eggless ya."),
    ],
    [
        (
            "user",
            "你好，我想在吉隆坡请一位私人厨师给我妈妈做七十大寿，大概20人。地址是 No. 8, Jalan Setiabakti 5, Bukit Damansara, 50490 Kuala Lumpur。我妈妈叫黄秀凤，有糖尿病，不能吃太甜。",
        ),
        (
            "assistant",
            "好的！针对20人的寿宴，可以考虑娘惹菜或者家常中餐。因为黄秀凤女士有糖尿病，甜品可以选低糖燕窝炖雪梨或无糖寿桃。建议您先联系几家私人厨师服务，提供日期和人数报价。",
        ),
        ("user", "预算大概RM3000，可以吗？"),
        (
            "assistant",
            "RM3000 给20人一般足够，包括食材和厨师费用。记得确认厨师有食品处理员证书和伤寒疫苗记录。",
        ),
    ],
    [
        (
            "system",
            "Rekod pelanggan: Nama: Roslina binti Osman; MyKad: 790611-03-5086; Tel: 019-227 6810; Baki tertunggak: RM640 (katering majlis cukur jambul, Jun 2026). Bantu staf menulis mesej susulan yang sopan.",
        ),
        ("user", "Tolong tulis mesej WhatsApp untuk ingatkan dia pasal baki bayaran tu."),
        (
            "assistant",
            "Assalamualaikum Puan Roslina, semoga sihat. Ini peringatan mesra berkenaan baki bayaran RM640 untuk katering majlis cukur jambul bulan Jun. Boleh buat bayaran melalui DuitNow ke akaun syarikat. Terima kasih, Akademi Kek Manis.",
        ),
        ("user", "Ok, tapi jangan sebut nombor IC dia dalam mesej."),
        (
            "assistant",
            "Betul, mesej di atas tidak menyebut nombor MyKad. Maklumat itu hanya untuk rekod dalaman.",
        ),
    ],
    [
        (
            "user",
            "I'm a private chef. My client Mr. Ramesh Krishnan (lives in Bangsar, 62) just had a heart bypass and is on warfarin. Can you suggest a weekly menu for him?",
        ),
        (
            "assistant",
            "For someone on warfarin, keep vitamin K intake consistent rather than cutting greens entirely, and limit sodium for heart health. Example: Monday steamed fish with ginger and brown rice; Tuesday chicken soup with carrots; Wednesday dhal with lightly spiced vegetables. Please confirm the plan with his cardiologist or dietitian.",
        ),
        ("user", "His daughter says no grapefruit too, right?"),
        (
            "assistant",
            "Yes, grapefruit can interact with some heart medications, so avoiding it is sensible. His care team can confirm which of his medicines are affected.",
        ),
    ],
    [
        (
            "user",
            "Bro help me write msg to chef freelance, Syafiq Azmi, dia dah ambil deposit RM500 for my kakak's wedding cake then ghost. His number 011-5820 7763.",
        ),
        (
            "assistant",
            "Here's a firm but polite message: Salam Syafiq, saya nak follow up deposit RM500 untuk kek kahwin kakak saya. Sampai sekarang tiada update. Please reply by Friday dengan status kek atau pulangkan deposit. Kalau tak, saya terpaksa buat aduan ke Tribunal Tuntutan Pengguna. Terima kasih.",
        ),
        ("user", "Can or not I post his face in Facebook group to warn people?"),
        (
            "assistant",
            "Better not. Posting his photo and accusations publicly could expose you to defamation claims. File with the Tribunal Tuntutan Pengguna Malaysia or make a police report instead.",
        ),
    ],
    [
        (
            "system",
            "Anda membantu urus setia Kursus Pengendali Makanan mengisi borang pendaftaran.",
        ),
        (
            "user",
            "Isi borang untuk peserta ni: Mohd Khairul Anuar bin Jaafar, MyKad 830305-01-6621, alamat No. 21, Jalan Cempaka 4, Taman Universiti, 81300 Skudai, Johor. Dia pernah kena tifoid tahun 2019.",
        ),
        (
            "assistant",
            "Borang: Nama: Mohd Khairul Anuar bin Jaafar | MyKad: 830305-01-6621 | Alamat: No. 21, Jalan Cempaka 4, Taman Universiti, 81300 Skudai, Johor | Sejarah kesihatan: pernah dijangkiti tifoid (2019) - perlu saringan doktor sebelum suntikan.",
        ),
        ("user", "Ok terima kasih, simpan untuk sesi 14 Jan."),
    ],
    [
        (
            "user",
            "I'm joining a 3-day pastry course in KL from Singapore. The form asks for NRIC. Is it safe? Mine is S9012784C and my email is hweeling.goh90@gmail.com.",
        ),
        (
            "assistant",
            "Many Malaysian training providers ask for ID to issue certificates, but you can ask if the last four characters (for example 784C) are enough. Also avoid sending your full NRIC in chat; please don't share it here either.",
        ),
        ("user", "Ok. Also I need halal-only ingredients, is that common?"),
        (
            "assistant",
            "Yes, most cooking schools in Malaysia use JAKIM-certified ingredients. Ask the school for their supplier halal certificates if you need confirmation.",
        ),
    ],
    [
        ("system", "Kamu pembantu admin untuk sekolah masakan. Ringkaskan data yang diberi."),
        (
            "user",
            "Tolong ringkaskan senarai ni untuk chef: 1) Wan Nurdiana, alah kerang; 2) Lee Chun Kit, diabetes jenis 1; 3) Sharmila a/p Gopal, mengandung 6 bulan; 4) Hairul, tiada.",
        ),
        (
            "assistant",
            "Ringkasan untuk chef: Wan Nurdiana - elakkan kerang-kerangan. Lee Chun Kit - diabetes jenis 1, sediakan pilihan rendah gula. Sharmila a/p Gopal - mengandung 6 bulan, elakkan keju tidak dipasteur dan kerja angkat berat. Hairul - tiada sekatan.",
        ),
        ("user", "Bagus. Print dan tampal kat dapur boleh?"),
        (
            "assistant",
            "Lebih baik beri terus kepada chef sahaja dan jangan tampal di tempat umum kerana ia mengandungi maklumat kesihatan peserta.",
        ),
    ],
]
