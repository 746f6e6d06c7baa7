# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms95: Bahasa Melayu kawalan perosak dan pembersihan (tempahan rawatan anai-anai, laporan tapak, aduan pelanggan, kontrak kedai makan). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms95
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "templat borang tempahan"): _lines("""
        BORANG TEMPAHAN RAWATAN ANAI-ANAI / Nama Pelanggan: ____________ / No. K/P: ______-__-____ / No. Tel: ___________ / Alamat Premis: ______________________ / Jenis Premis: Teres / Semi-D / Banglo / Kondo
        Tarikh lawatan pilihan: [DD/MM/YYYY] | Masa: Pagi (9am-12pm) / Petang (2pm-5pm) | Sila tandakan satu sahaja.
        Pengakuan Pelanggan: Saya, {nama_pelanggan}, No. K/P {no_kp}, bersetuju membenarkan juruteknik {nama_syarikat} menjalankan rawatan di premis yang dinyatakan di atas.
        SIJIL WARANTI RAWATAN ANAI-ANAI | No. Sijil: WR-______ | Tempoh: 3 tahun dari tarikh rawatan | Pemilik Premis: ______________ | Alamat: ______________
        Templat SMS peringatan: "Salam {PANGGILAN} {NAMA}, lawatan susulan anai-anai anda dijadualkan pada {TARIKH} jam {MASA}. Balas Y untuk sahkan. -{SYARIKAT}"
        Senarai semak sebelum rawatan: kosongkan kabinet bawah sinki / alihkan makanan & pinggan mangkuk / keluarkan haiwan peliharaan / tutup akuarium / pastikan bekalan air ada.
        Borang Aduan Pelanggan: No. Tiket: (diisi oleh pejabat) | Kategori: Lewat / Hasil rawatan / Caj / Sikap juruteknik / Lain-lain | Butiran aduan: ____________
        Borang Kebenaran Potongan Auto-Debit: Nama Pemegang Akaun ______ / Bank ______ / No. Akaun ______ / Jumlah bulanan RM______ / Tandatangan ______
        Sebut Harga No: SH-2026-____ | Rawatan paip (reticulation) rumah teres 2 tingkat, anggaran 22 kaki x 70 kaki | Harga: RM______ (tidak termasuk cukai jika berkenaan)
        Borang Tempahan Pembersihan: Jenis: Deep cleaning / Pasca-renovasi / Cuci sofa & tilam / Cuci tangki air | Keluasan premis (kaki persegi): ____ | Bilangan bilik air: ____
        Borang Maklum Balas: Bagaimana anda menilai perkhidmatan kami? 1 2 3 4 5 | Adakah juruteknik memakai PPE lengkap? Ya / Tidak | Cadangan: __________
        Kontrak Servis Bulanan (Draf) — Pihak Pertama: [NAMA SYARIKAT KAWALAN PEROSAK], No. SSM [ ]; Pihak Kedua: [NAMA PREMIS MAKANAN], No. Lesen Premis [ ].
        Google Form tempahan: "Nama penuh", "Nombor telefon (cth 012-3456789)", "Poskod", "Masalah perosak (anai-anai/lipas/tikus/pepijat)", "Gambar (pilihan)"
    """),
    ("ms", "panduan dan nasihat"): _lines("""
        Tanda-tanda awal serangan anai-anai: lorong tanah (mud tube) pada dinding, kayu berbunyi kosong bila diketuk, sayap kelkatu berselerak dekat tingkap selepas hujan.
        Kelkatu yang berterbangan waktu senja selepas hujan lebat biasanya tanda koloni sedang membiak; tutup lampu luar dan jangan sembur racun serangga biasa pada sarang, nanti anai-anai pindah tempat.
        Rawatan suntikan tanah menggunakan termitisida seperti fipronil atau bifenthrin biasanya memerlukan lubang gerudi setiap 30 cm di sepanjang dinding dalam rumah.
        Sistem umpan (baiting) lebih lambat daripada semburan, biasanya 6 hingga 12 minggu untuk menghapuskan koloni, tetapi tidak perlu gerudi lantai jubin.
        Untuk rumah baru, minta pemaju tunjukkan sijil rawatan pra-binaan; waranti pra-binaan biasanya beberapa tahun dan boleh dituntut jika anai-anai masuk dalam tempoh itu.
        Lipas Jerman suka celah panas seperti belakang peti sejuk dan motor mesin basuh; gel umpan lebih berkesan daripada semburan kerana lipas bawa racun balik ke sarang.
        Jangan letak gam tikus di laluan kanak-kanak; kalau terkena kulit, guna minyak masak untuk tanggalkan, bukan air panas.
        Selepas rawatan pepijat, cuci cadar dan sarung bantal dengan air panas sekurang-kurangnya 60°C dan keringkan dengan pengering selama 30 minit.
        Selepas serangan tikus, jangan sapu najis yang kering; basahkan dahulu dengan larutan peluntur 1:10 dan pakai sarung tangan untuk elak risiko leptospirosis.
        Pengabusan (fogging) hanya bunuh nyamuk dewasa; jentik-jentik dalam bekas air kena dibuang sendiri, jadi amalkan 10 minit cari dan musnah setiap minggu.
        Bagi premis makanan, Peraturan-Peraturan Kebersihan Makanan 2009 mewajibkan premis bebas daripada perosak; simpan rekod rawatan untuk ditunjukkan semasa pemeriksaan pegawai kesihatan.
        Kalau juruteknik cadang tukar semua kayu bumbung, minta dia tunjuk gambar kerosakan dan dapatkan sebut harga kedua sebelum setuju.
        Kelembapan bawah sinki dan paip bocor adalah punca utama anai-anai naik ke kabinet dapur; baiki kebocoran dahulu sebelum buat rawatan.
        Tempoh masuk semula selepas semburan sisa biasanya 2 hingga 4 jam; buka tingkap dan biarkan lantai kering sebelum kanak-kanak bermain.
        Nak tahu kontraktor berlesen? Semak sama ada syarikat itu berdaftar dengan Lembaga Racun Makhluk Perosak dan ahli Persatuan Kawalan Perosak Malaysia (PCAM).
    """),
    ("ms", "notis pengurusan dan PBT"): _lines("""
        NOTIS: Kerja-kerja pengabusan akan dijalankan di Blok A hingga D pada 14 Disember 2026, 6.00 petang hingga 8.00 malam. Sila tutup tingkap dan alihkan pakaian di ampaian. — Badan Pengurusan Bersama
        Makluman kepada semua penghuni: rawatan lipas di longkang dan rumah sampah setiap Khamis minggu pertama bulan. Sebarang aduan sila hubungi pejabat pengurusan di 03-8922 6410 (waktu pejabat).
        Pihak Majlis mengingatkan bahawa pembiakan jentik-jentik Aedes di premis boleh dikompaun sehingga RM500 di bawah Akta Pemusnahan Serangga Pembawa Penyakit 1975.
        Kedai makan yang didapati kotor dan ada kesan najis tikus boleh diarah tutup selama 14 hari di bawah Seksyen 11 Akta Makanan 1983.
        Operasi pemeriksaan premis makanan di sekitar Jalan Alor minggu lalu: 37 premis diperiksa, 6 notis kompaun dikeluarkan, 2 premis diarah tutup kerana serangan lipas.
        Hebahan: Sesi taklimat "Kawalan Perosak Bersepadu untuk Pengusaha Restoran" di Dewan Komuniti Taman Melawati, 20 Januari 2027, 9 pagi. Percuma, tempat terhad.
        Lif servis Blok B tidak boleh digunakan pada 11 Dis (10am-1pm) kerana rawatan anai-anai di bilik motor lif. Harap maklum.
        Perhatian penduduk: stesen umpan anai-anai telah dipasang di sepanjang pagar perimeter. Jangan buka, alih atau tuang air ke dalam kotak hijau tersebut.
        Aduan nyamuk, tikus atau sampah haram boleh dibuat melalui aplikasi rasmi Majlis atau talian aduan 1-800-22-8080 (24 jam).
        Jadual semburan kawasan awam Zon 4 bagi bulan Disember: Seksyen 7 (3 Dis), Seksyen 9 (10 Dis), Seksyen 13 (17 Dis), Seksyen 17 (24 Dis).
        Bil penyelenggaraan bulan ini termasuk caj rawatan anai-anai kawasan bersama sebanyak RM12.50 seunit, seperti diluluskan dalam Mesyuarat Agung Tahunan 2026.
        Notis kepada penyewa gerai: semua gerai wajib mengemukakan sijil kawalan perosak terkini sebelum 31 Januari 2027 untuk pembaharuan lesen tahunan.
        Kawasan ini dalam lokaliti wabak denggi. Pasukan vektor akan memasuki kawasan rumah untuk pemeriksaan; pegawai memakai kad kuasa dan tidak akan meminta sebarang bayaran.
    """),
    ("mixed", "sembang kumpulan operasi"): _lines("""
        Team B update: job Bangsar done 11.40am, next job Cheras Taman Connaught ETA 1pm. Chemical Termidor tinggal 2 botol ja, sapa lalu HQ tolong ambik.
        Reminder semua tech: PPE wajib, mask + goggle masa fogging. Kalau ada pemeriksaan DOSH nanti company kena saman.
        Van 3 aircond rosak, hantar bengkel petang ni. Esok job Klang pakai van 5 dulu.
        Boss kata bulan ni target 40 job baiting, sekarang baru 26. Push sikit guys 💪
        Supplier confirm stok Maxforce gel masuk Isnin. Order no PO-26-1187, 48 tiub.
        Site kedai mamak Seksyen 13 tu lipas teruk gila bro, bawah chiller penuh. Cadang tambah 1 visit lagi minggu ni.
        Crew cleaning 2 orang ke site pasca-renovasi Cyberjaya esok, bawa vacuum industri dan scrubber. Habuk simen banyak, pakai mask.
        Jadual esok: 9am Puchong (pemeriksaan), 11am Subang (rawatan paip), 3pm Kota Damansara (follow up). Semua confirm ya.
        Quotation template baru dah upload dalam Google Drive folder "SH 2026". Guna yang v4, jangan guna yang lama.
        Hujan lebat kat Klang, job soil treatment tangguh. Customer dah dimaklumkan oleh office.
        Gambar before/after tolong hantar dalam group ni sebelum 6pm, admin nak buat report bulanan.
        Kursus renew lesen pengendali racun next month kat Serdang, 2 hari. Yang belum daftar PM supervisor.
        FYI chemical tumpah sikit dalam van 2 tadi, dah lap guna absorbent. Jangan letak botol tanpa penutup lagi.
        Mesin ULV kecik tu bunyi pelik, jangan guna sampai servis. Tag "ROSAK" dah tampal.
    """),
    ("ms", "laporan tapak premis perniagaan"): _lines("""
        Laporan Tapak JO/SEL/26/1142 | Premis: Restoran (dapur belakang) | Penemuan: najis tikus di rak bahan kering, 2 lubang masuk di dinding belakang | Tindakan: 6 stesen umpan, 10 gam, tutup lubang dengan jaring dawai.
        Servis bulanan #M11 — Kilang pemprosesan makanan, Zon B: tangkapan ILT 14 ekor lalat rumah, 3 rama-rama; tiada lipas dikesan. Tukar tiub UV lampu 2 dan 5.
        Lawatan susulan selepas 14 hari: aktiviti anai-anai di tiang pintu stor berkurangan, umpan dalam stesen 4 dimakan 60%. Tambah umpan baru, lawatan seterusnya 28 hari.
        Tahap serangan: TINGGI. Coptotermes gestroi dikesan dalam kerangka bumbung surau dan bilik wuduk. Cadangan: rawatan umpan + penggantian kayu kekuda yang rosak.
        Gudang Seksyen 26: 3 daripada 20 kotak umpan tikus menunjukkan kesan gigitan, tiada bangkai dijumpai. Stesen TB-07 hilang, dipasang semula.
        Tapak pembinaan Fasa 2B: rawatan pra-binaan selesai bagi 18 lot, isipadu larutan 5 liter/m² mengikut spesifikasi. Sijil akan dikeluarkan kepada pemaju selepas bayaran.
        Pemeriksaan pepijat hotel bajet, tingkat 3: bilik 301, 305 dan 312 positif (telur & kulit salin di jahitan tilam). Bilik disekat daripada jualan selama 7 hari.
        Kantin sekolah: lipas Amerika dikesan di longkang dan perangkap minyak. Gel diletakkan, semburan sisa di longkang luar sahaja, tiada semburan di kawasan penyediaan makanan.
        Audit pra-pemeriksaan HACCP: peta stesen umpan perlu dikemas kini (versi terakhir Jun 2026), log tangkapan ILT tiada tandatangan penyelia bagi minggu 44.
        Pembersihan & nyahcemar dapur restoran selepas perintah tutup: semua permukaan disental, disinfektan QAC 200 ppm, perangkap minyak dipam keluar, siap 11.30 malam.
        Gerai bazar, Jalan TAR: pengabusan ULV dijalankan 6.30 pagi sebelum gerai dibuka; 4 liter larutan digunakan, bahan aktif deltamethrin.
        Job selesai: lantai dapur digerudi (28 lubang), diisi larutan dan ditutup simen putih. Wakil pelanggan tandatangan laporan di tapak.
        Kedai runcit: semut api di bawah rak minuman, sumber dari retak lantai. Umpan butiran ditabur, nasihat pengurus premis jangan sapu umpan selama 3 hari.
        Laporan bulanan Okt 2026 (akaun korporat): 126 lawatan, 9 aduan berulang, masa tindak balas purata 26 jam, kadar pematuhan SLA 96.8%.
    """),
    ("en", "restaurant contract and SOP"): _lines("""
        The Contractor shall carry out 12 scheduled visits per year covering cockroach, rodent and fly control at the Premises, plus unlimited call-backs within 48 hours of a written complaint.
        All pesticides used shall be registered with the Pesticides Board of Malaysia and applied in accordance with the label; Safety Data Sheets shall be kept in the service folder on site.
        The Client shall ensure food, utensils and packaging are covered or removed from treatment areas at least 30 minutes before each visit.
        Contract sum: RM450.00 per month, payable within 30 days of invoice. Late payment may attract interest at 1.5% per month.
        Either party may terminate this Agreement by giving 30 days' written notice. Termination does not affect any termite warranty already issued.
        SOP RS-07 Rodent Sighting: stop food prep in the affected zone, isolate exposed food, log the time and location, call the pest contractor hotline, clean and sanitise before resuming.
        Insect light traps must be placed at least 3 metres away from exposed food and not visible from the entrance, to avoid attracting insects from outside.
        Cleaning schedule: kitchen exhaust hood degreasing quarterly, grease trap pumping monthly, floor deep scrub weekly after closing.
        Invoice INV-2026-004187 | Monthly pest control — December 2026 | Outlet: Bangsar South | Amount RM450.00 | Due 05/01/2027
        Liability of the Contractor for any claim arising from the services shall not exceed the total contract value for the preceding 12 months.
        Annex B — Bait station map: RS-01 to RS-12 external perimeter, IS-01 to IS-08 internal (dry store, back door, bin area). Map version 3.2, updated 02/10/2026.
        Hi team, reminder that the MBPJ inspection is expected this week. Please make sure the pest logbook is updated and the drain covers are in place.
        Customer review (Google, 3 stars): "Technician came on time but the cockroaches came back after two weeks. Follow-up was free though."
        Company profile: licensed pest management company established 2009, serving 600+ F&B outlets in the Klang Valley, PCAM member, SSM 200901012345 (852341-T). Office line 03-5523 8841.
    """),
    ("ms", "statistik dan berita"): _lines("""
        Kementerian Kesihatan melaporkan kes denggi kumulatif menurun berbanding tempoh sama tahun lalu, namun Selangor masih mencatat jumlah kes tertinggi.
        Coptotermes gestroi dan Coptotermes curvignathus ialah antara spesies anai-anai bawah tanah yang paling kerap merosakkan bangunan di Semenanjung Malaysia.
        Kajian di Universiti Sains Malaysia mendapati umpan berasaskan perencat sintesis kitin berkesan menghapuskan koloni Coptotermes dalam tempoh beberapa bulan.
        Dalam ucapannya di Dewan Rakyat, Menteri Kesihatan menegaskan bahawa tanggungjawab membasmi tempat pembiakan Aedes terletak pada setiap pemilik premis.
        Macam Jerry dalam Tom and Jerry, tikus kat dapur restoran ni memang licik; perangkap biasa tak jalan, kena tukar strategi umpan.
        Statistik syarikat 2026: 4,812 kerja rawatan anai-anai, 62% rumah teres, 21% semi-D, 17% kondominium; purata caj RM1,650 setiap kerja.
        Berita: Sebuah restoran di Kuala Lumpur diarah tutup 14 hari selepas video tikus di atas meja tular di media sosial.
        Tinjauan syarikat: 7 daripada 10 pemilik rumah di Lembah Klang yang ditemu bual tidak tahu rumah mereka ada waranti anai-anai daripada pemaju.
        Harga purata rawatan (2026): lipas & semut RM180-RM350, pepijat RM350-RM800 sebilik, rawatan paip anai-anai RM2,500-RM4,500 untuk teres dua tingkat.
        Musim tengkujuh dari November hingga Mac biasanya menyaksikan peningkatan aduan kelkatu di negeri-negeri Pantai Timur.
        Program Komuniti Bebas Denggi (COMBI) melibatkan sukarelawan setempat dalam aktiviti gotong-royong membersihkan kawasan perumahan.
        Buletin produk: Termidor SC pek 1 liter, kod produk TMD-1L-SC, harga senarai RM285; Maxforce gel 30 g, kod MXF-30G, RM48.
    """),
    ("mixed", "soalan pelanggan umum"): _lines("""
        Hi, nak tanya rawatan anai-anai untuk rumah teres 2 tingkat dalam range berapa ya? Ada waranti tak?
        Boleh buat rawatan pepijat masa bulan puasa tak, atau kena tunggu lepas raya?
        Is the chemical safe for cats? Rumah ada kucing dan baby yang tengah merangkak dekat ruang tamu.
        Kalau dah sign kontrak 12 bulan tapi kedai nak tutup, ada penalti tak?
        Apa beza rawatan paip dengan suntikan biasa? Kontraktor A caj RM3,800, kontraktor B RM1,900, confuse la.
        Nak tukar tarikh appointment, kena call office ke boleh WhatsApp? Nombor office 03-5523 8841 tu ada WhatsApp sekali tak?
        Lipas kecik-kecik masuk dalam rice cooker, macam mana nak buang? Dah sembur Ridsect tapi datang balik.
        Do you guys issue e-invoice under LHDN MyInvois for company customers?
        Deep cleaning rumah 1,200 kaki persegi berapa? Include cuci dapur dan bilik air sekali ke?
        Berapa lama kena tinggal luar rumah lepas fogging nyamuk? Ada bayi 3 bulan.
        Ada buat servis untuk kedai makan kecil tak? Gerai tepi jalan je, bukan restoran besar.
        Can pay by DuitNow QR or must be bank transfer? Kalau guna kad kredit ada caj tambahan?
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        BORANG TEMPAHAN RAWATAN ANAI-ANAI | Nama: MOHD FAIZAL BIN ABDUL RAHMAN | No. K/P: 780514-10-5871 | Tel: 012-384 7726 | Alamat: No. 14, Jalan SS 2/55, 47300 Petaling Jaya | Jenis premis: Teres 2 tingkat | Tarikh: 09/12/2026 pagi
        Laporan Tapak JO/JHR/26/1187 — Pemilik: Puan Noraini binti Hassan, No. 27, Jalan Kenanga 5, Taman Kenanga, 81300 Skudai. Anai-anai aktif dalam kabinet dapur dan bingkai pintu bilik belakang; rawatan paip dicadangkan, sebut harga RM3,200.
        Aduan #CS-26-11842: Pelanggan En. Kamarul Ariffin bin Yusof (013-776 2091) mendakwa juruteknik tidak datang pada 3 Dis walaupun dah confirm, dia ambil cuti sehari sia-sia. Minta pampasan.
        Kontrak Perkhidmatan Kawalan Perosak — Pihak Kedua: Restoran Selera Bonda, milikan tunggal ROSLAN BIN MAT ISA (No. K/P 720405-04-5183), Lot 12, Jalan Hang Tuah, 75300 Melaka. Bayaran RM380 sebulan.
        Nota: pelanggan Puan Siti Hajar binti Ismail mengandung 6 bulan, minta guna bahan tanpa bau sahaja dan jangan sembur dalam bilik tidur. Rumah B-12-07 Pangsapuri Seri Ixora, Petaling Jaya.
        Waranti WR-08812 dipindah milik: pembeli baru rumah No. 8, Lorong Bukit Minyak Utama 3, 14100 Simpang Ampat ialah Encik Lee Kok Wai, tel 016-452 0917. Pemilik asal dah pindah ke Ipoh.
        Resit bayaran: diterima daripada Kavitha a/p Subramaniam RM1,850.00 melalui pindahan dari akaun Maybank pelanggan 5140 2287 6619, bagi rawatan anai-anai rumah di Klang.
        Senarai lawatan susulan 15/12: (1) Haji Zakaria bin Omar, Kg. Sungai Merab, 011-2345 6789 — semak stesen umpan 3 & 5 | (2) Ms. Jenny Ong Hui Min, Taman Tun Dr Ismail, 012-908 3341 — semburan pepijat ulangan
        Memo dalaman: juruteknik Azlan bin Shukor (Team C) diberi MC 3 hari kerana ruam kulit selepas terdedah kepada racun; sila rujuk klinik panel dan isi laporan kemalangan kerja.
        Pengesahan tempahan: Hj. Ahmad Tarmizi bin Che Mat, Lot 512, Jalan Kuala Krai, 15050 Kota Bharu — rawatan anai-anai rumah kayu, 18 Dis 2026, 10 pagi. Deposit RM200 diterima.
        BORANG AUTO-DEBIT | Nama Pemegang Akaun: NUR ATIQAH BINTI ZAINUDDIN | Bank: CIMB | No. Akaun: 7061 4429 83 | Jumlah bulanan: RM120.00 (servis lipas & semut) | No. K/P: 950711-13-5520
        Aduan jiran: Encik Tan Boon Hock di No. 16, Jalan USJ 4/3B, Subang Jaya mendakwa rumah sebelah punca anai-anai kerana kayu reput tak dibuang; dia minta kami sampaikan kepada pemilik rumah itu.
        Catatan juruteknik: rumah Madam Lim Siew Ling di Taman Sri Andalas, pagar hijau, anjing garang, call 017-2290415 bila sampai; dia tinggal berdua dengan ibu yang terlantar selepas strok.
        Sijil Waranti Rawatan Anai-Anai No. WR-09127 | Pemilik Premis: RAJESH A/L MUNIANDY | Alamat: No. 3, Jalan Mawar 7, Taman Sri Mawar, 70450 Seremban | Tarikh rawatan: 02/11/2026 | Tempoh: 3 tahun
        Invois INV-2026-004215 kepada Cik Farah Nadia binti Kamal, unit 7-3A Residensi Bayu Timur, Cheras: rawatan pepijat 3 bilik RM1,050, baki RM550 masih tertunggak lebih 30 hari.
        Nota panggilan 10:42 pagi: Puan Zaleha, isteri En. Ridzuan bin Ahmad (012-663 7108), beritahu suaminya masuk wad Hospital Serdang, minta tunda rawatan anai-anai ke Januari.
        Semakan pekerja baru: MUHAMMAD HAZIQ BIN NORAZMAN, K/P 011118-10-0947, lulus kursus pengendali racun tetapi lesen belum keluar, belum dibenarkan buat fogging seorang diri.
        Pelanggan Singapura: Mr Goh Jun Hao, NRIC S8234517E, rumah kedua di No. 27, Jalan Impian Emas 7, Taman Impian Emas, 81300 Johor Bahru — pemeriksaan anai-anai sebelum jual rumah, hubungi +65 9123 4187.
        Senarai hitam pelanggan: Encik Shahrul Nizam bin Dollah, 019-552 8130, Bandar Baru Bangi — dua kali batal saat akhir dan enggan bayar caj pembatalan RM80.
        Laporan insiden: kucing milik Puan Norhayati binti Salleh (No. 5, Jalan Anggerik 2, Taman Setia, 75450 Melaka) muntah selepas rawatan semut; syarikat tanggung kos klinik veterinar RM230.
        Tuntutan waranti ditolak: Encik Jeffrey anak Jugah, Taman Stutong, Kuching — rumah diubah suai (tambah dapur belakang) tanpa memaklumkan syarikat, melanggar klausa 7 sijil WR-07765.
        Kad Pelanggan | PN. ROSNAH BT ABDULLAH | 660817-07-5118 | 016-729 4480 | No. 9, Lorong Kenari 3, Taman Kenari, 14000 Bukit Mertajam | Servis: semut & lipas setiap 3 bulan
        Bayaran kad pelanggan Tuan Haji Ismail bin Daud: Visa 4563 0843 8590 8020, luput 08/29, jumlah RM2,100 — sila caj manual sebab terminal di tapak rosak.
        Jadual Team A hari ini: 9.00 — Cik Aisyah Humaira binti Razali, Kondo Vista Angkasa C-15-3, Bukit Jalil (pepijat) / 2.30 — Puan Mariam binti Yaakob, 013-205 8841, Taman Desa Setapak (anai-anai)
        Rekod kemalangan: van syarikat dipandu juruteknik Faizul bin Rahim terlanggar tiang di Jalan Klang Lama semalam; Faizul cedera ringan di lutut dan dirawat di klinik panel, cuti sakit 2 hari.
        Rumah sewa di Taman Universiti, Skudai: penyewa Muthu a/l Ramasamy enggan beri akses untuk rawatan; pemilik Encik Osman bin Hamid (013-447 1902) minta kami datang semula bersama surat notis.
        Cik Nur Syafiqah binti Rosli minta salinan laporan tapak dan resit rawatan pepijat dihantar ke emel peribadinya syafiqah.rosli92@gmail.com untuk tuntutan insurans rumah.
        Aduan Facebook: Khadijah binti Awang (akaun "Mak Long Kiah Bangi", 017-338 6054) kata juruteknik kami merokok dalam rumahnya dan tinggalkan puntung rokok di sinki.
        Tempahan cuci tilam & sofa: Cik Hidayah binti Rahmat, No. 2, Jalan Cengal 4, Bandar Baru Nilai — anak lelakinya alahan hama debu, minta guna pembersihan wap tanpa pewangi. Tel 014-962 3015.
    """),
    "en": _lines("""
        Booking confirmed: Mr. Peter Hallworth, 21-3 Westside Residences, Desa ParkCity, 52200 KL. Bed bug treatment for master bedroom, Sat 19 Dec, 10am. Contact +60 12-703 5589. Note: client allergic to pyrethroids, steam + non-pyrethroid only.
        Complaint: Ms Angela de Souza, Portuguese Settlement, Ujong Pasir, Melaka says rats chewed through her aircond wiring two weeks after our baiting; she wants RM600 repair reimbursed. Mobile 016-827 5531.
        Staff appraisal note: technician Ravi s/o Krishnan — 3 customer complaints in Q4 for lateness, verbal warning issued 12/11/2026, next review in March.
        Refund request: Mrs Chong Mei Fong, Mastercard 5239 3257 0976 8967, was charged twice (RM380) on 28/11 for cockroach treatment. Please reverse one transaction.
        Email from Mr Alan Teoh (alanteoh.home@yahoo.com): "My house at 12 Jalan Setia Indah U13/8 has termites again in the staircase, 8 months after your treatment. Warranty no WR-08455."
        Background check for new hire Nadarajan a/l Subramaniam, IC 830126-01-6095: no criminal record, previously worked 4 years at a cleaning company in Johor Bahru.
        Contract signatory: Mr Lim Chee Keong, owner of Kedai Kopi Ah Keong, Jalan Pasar, Pudu, has signed a personal guarantee for outstanding fees of RM2,760. HP 012-211 8054.
        Note for tech: Mdm Hew at Taman Connaught, block 7 unit 3-12, is a wheelchair user; please help move the sofa before spraying. Her daughter Irene Hew will be there, 019-384 2275.
        Dear Mr. Arjun Pillai, we regret the cockroach recurrence at your home on Jalan Bandar Utama 7 and will send a senior technician on 22 Dec free of charge. Ref CS-26-11930.
    """),
    "mixed": _lines("""
        bro cust kat sri petaling tu, auntie yeoh mei ling, dia tak bagi kita masuk bilik anak dia, anak dia autism takut bunyi mesin. buat ruang tamu dulu ok
        admin pls update: cust hafiz razak 0173390271 tukar alamat, dah pindah ke no 21 jln bp 7/9 bandar bukit puchong 47120
        Hi Puan Salmah binti Yusof, ini Aina dari office 😊 juruteknik kami sampai 10.30 pagi esok di No. 33 Jalan Tembusu 2, Bukit Sentosa. Pastikan ada orang di rumah ya.
        encik zulkifli yg rumah banglo kat jalan ampang hilir tu complain lagi, tikus dlm siling x habis2, dia kata nak viral kat fb kalau x settle minggu ni. no dia 012-606 4173
        guys, tech kita Amir Hamzah bin Kassim admitted PPUM semalam, denggi, platelet rendah. doakan dia. nanti visit dia ok
        cust jason loh nak contact telegram je, @jasonloh_bkt, rumah dia kat bukit tinggi klang, anai-anai dalam almari built-in bilik master
        refund kat Mdm Tan Siew Hoon RM300 pls, masuk akaun Public Bank dia 6387421015, dia cancel sebab nak pindah KL
        uncle chong kedai kopi jalan pasar tu (Chong Ah Kow, 012-334 9021) minta visit extra sebab inspection MBPJ khamis ni, bulan lepas dia dah kena kompaun RM1,000
        maklum: Rosmawati binti Ali (Kak Ros, admin billing) cuti bersalin mulai 1/1 sampai April, hal billing semua direct ke office Shah Alam dulu
        Esok site visit: Encik Daniel Raj a/l Joseph, Sunway Damansara, tel 016 2218 903 (WhatsApp only), dia nak quotation pemeriksaan anai-anai sebab nak jual rumah
        ni IC customer utk claim waranti, tolong key in sistem: 850921-14-6032 NG PEI SAN, alamat 2-7-11 Pangsapuri Melur, Sentul
        yg bagi 1 star dalam google review tu Nur Farhana binti Zulkifli, rupanya ex-cleaner kita yg kena buang kerja tahun lepas sebab curi barang cust 🙄
        kereta customer Honda City hitam BKG 3318 punya En. Firdaus bin Jamal, dia mintak kita parking luar, jgn block pagar rumah dia No. 7 Jalan Cempaka 4, Taman Cempaka
        @ahmadridhwan_88 kat telegram tu Ahmad Ridhwan bin Sulaiman, cust Seremban 2 yang nak bayar ansuran 3 bulan utk rawatan paip RM3,600
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu tempahan untuk sebuah syarikat kawalan perosak. Kumpul butiran tempahan dengan sopan.",
        ),
        (
            "user",
            "Salam, nak book rawatan anai-anai. Rumah saya teres 2 tingkat, dah nampak lorong tanah kat dinding dapur.",
        ),
        (
            "assistant",
            "Waalaikumussalam. Boleh saya dapatkan nama penuh, nombor telefon dan alamat premis?",
        ),
        (
            "user",
            "Azrul Hisham bin Mokhtar, 019-274 6630, No. 45 Jalan Seri Putra 3/2, Bandar Seri Putra, 43000 Kajang.",
        ),
        (
            "assistant",
            "Terima kasih En. Azrul. Juruteknik boleh datang Sabtu 19 Dis pukul 10 pagi untuk pemeriksaan percuma. Sesuai?",
        ),
        ("user", "Ok boleh, tapi tolong call dulu sebab pagar berkunci."),
    ],
    [
        (
            "user",
            "hi i need to cancel my bed bug appointment, name is Priya d/o Ganesan, booking for 20 Dec",
        ),
        ("assistant", "Sure, may I have the phone number used for the booking?"),
        (
            "user",
            "0126718842. sorry, my mother just got admitted to Hospital Tengku Ampuan Rahimah, I won't be home",
        ),
        (
            "assistant",
            "Noted, the booking is cancelled with no charge. Wishing your mother a quick recovery.",
        ),
    ],
    [
        ("system", "You help restaurant owners set up monthly pest control contracts."),
        (
            "user",
            "Saya owner Restoran Selera Utara di Alor Setar, nak kontrak bulanan lipas dan tikus.",
        ),
        (
            "assistant",
            "Baik. Untuk kontrak milikan tunggal, saya perlukan nama pemilik seperti dalam K/P, nombor K/P dan alamat premis.",
        ),
        (
            "user",
            "MOHAMAD IQBAL BIN ABDUL KADIR, 800613-02-5067, No. 18 Jalan Putra, 05100 Alor Setar. Bayar auto-debit boleh?",
        ),
        ("assistant", "Boleh, borang auto-debit akan dihantar bersama draf kontrak."),
    ],
    [
        (
            "user",
            "Saya nak buat aduan. Juruteknik datang semalam ke rumah saya di Taman Melawati, sembur sampai kena cadar bilik anak.",
        ),
        ("assistant", "Kami mohon maaf. Boleh berikan nama dan nombor tiket tempahan?"),
        (
            "user",
            "Norazlina binti Hamzah, tiket CS-26-11907. Anak saya Adam ada asma, malam tadi kena guna nebulizer sebab sesak nafas.",
        ),
        (
            "assistant",
            "Maaf sekali lagi, Puan Norazlina. Penyelia kami akan menghubungi puan hari ini dan kami akan tanggung kos rawatan klinik.",
        ),
    ],
    [
        (
            "user",
            "Hello, this is Sarah Whitfield. I rent unit 12-05 at Residensi Kiara Hijau, Mont Kiara. Cockroaches everywhere in the kitchen.",
        ),
        ("assistant", "Sorry to hear that. Is the treatment to be paid by you or by the landlord?"),
        (
            "user",
            "The landlord, Mr Vincent Chia, he said bill him directly. His number is 012-558 0394.",
        ),
        (
            "assistant",
            "Thank you. We will confirm with Mr Chia and then schedule a visit for your unit.",
        ),
    ],
    [
        (
            "user",
            "hi, i'm tan wei ming. my cake shop at SS15 got rats, health officer came yesterday and gave notice. can u come today?",
        ),
        (
            "assistant",
            "We can send a team this afternoon. Please share the shop address and a contact number.",
        ),
        (
            "user",
            "Kedai Kek Manis, 21 Jalan SS15/4D, Subang Jaya. call me 012-980 5526, i'm there until 9pm",
        ),
    ],
    [
        ("system", "Anda ejen khidmat pelanggan untuk tuntutan waranti anai-anai."),
        ("user", "Saya nak claim waranti, anai-anai masuk balik kat tangga kayu."),
        ("assistant", "Sila berikan nama, nombor K/P pemilik dan nombor sijil waranti."),
        (
            "user",
            "Syed Amirul Hakim bin Syed Mansor, 910302-08-5447, sijil WR-08930. Rumah kat Taman Canning, Ipoh.",
        ),
        (
            "assistant",
            "Terima kasih Tuan Syed. Rekod waranti masih sah sehingga Mac 2028; pemeriksaan akan dijadualkan minggu depan.",
        ),
    ],
    [
        (
            "user",
            "Nak tempah cleaning pasca-renovasi dan pemeriksaan anai-anai sekali untuk rumah baru saya di Cyberjaya.",
        ),
        ("assistant", "Boleh. Nama dan nombor untuk dihubungi?"),
        (
            "user",
            "Liyana binti Mohd Noor, 011-1088 2435. Rumah No. 6, Jalan Tasik Prima 2, Cyberjaya. Kunci ada dengan kontraktor renovate.",
        ),
        ("assistant", "Baik Cik Liyana, crew kami akan ke sana Khamis ini jam 9 pagi."),
    ],
    [
        ("system", "You are an HR writing assistant for a cleaning and pest control company."),
        (
            "user",
            "Tolong draft surat amaran pertama untuk cleaner kami, Siti Aminah binti Jusoh, lewat 6 kali bulan November.",
        ),
        ("assistant", "Baik. Adakah beliau pernah diberi amaran lisan sebelum ini?"),
        (
            "user",
            "Pernah sekali bulan Oktober. Dia kata sebab hantar suami dialisis 3 kali seminggu, tapi tetap kena ikut jadual.",
        ),
    ],
    [
        (
            "user",
            "can book cleaning plus cockroach service for my grandma? she's 84, stays alone, name Ooi Ah Lan",
        ),
        ("assistant", "Of course. What is the address and who should we contact on the day?"),
        (
            "user",
            "No. 22, Lorong Murni 6, Taman Murni, 14000 Bukit Mertajam. contact me, Kelvin Ooi, 016-452 7781. she hard of hearing so knock loudly",
        ),
        ("assistant", "Noted, Kelvin. We will call you 30 minutes before arriving."),
    ],
]
