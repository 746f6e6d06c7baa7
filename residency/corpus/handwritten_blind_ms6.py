"""Blind check set ms6: Malaysian Malay (formal and colloquial) notices, forums, chats and ads. All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms6
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis kerajaan"): _lines("""
        Pemohon MyKad gantian kali pertama kerana hilang perlu membawa laporan polis dan membayar RM10; warga emas 60 tahun ke atas dikecualikan bayaran.
        Pada borang, isikan No. Kad Pengenalan tanpa sengkang, contohnya 800101015555 — ini hanya contoh format dan bukan nombor sebenar.
        LHDN mengingatkan tarikh akhir pengemukaan BE melalui e-Filing bagi tahun taksiran 2025 ialah 15 Mei 2026; log masuk ke MyTax menggunakan MyDigital ID.
        KWSP: Pengeluaran Akaun Fleksibel boleh dibuat melalui aplikasi i-Akaun dengan jumlah minimum RM50. Semakan status: Menu > Pengeluaran > Status Permohonan.
        SPR memaklumkan hari mengundi PRN ditetapkan pada 14 Februari, manakala undi awal pada 10 Februari. Semak pusat mengundi anda melalui laman semakan SPR.
        Rujukan permohonan: JPN/KL/2026/004517. Sila simpan nombor rujukan ini untuk semakan status di kaunter.
        Kaunter JPN di UTC Pudu Sentral beroperasi 8.30 pagi hingga 9.30 malam setiap hari; temujanji dalam talian dibuka 14 hari lebih awal.
        Notis: Cukai taksiran separuh tahun kedua perlu dijelaskan sebelum 31 Oktober. Bayaran boleh dibuat melalui JomPAY, kod biller 4127.
        Majikan wajib mencarum KWSP bagi setiap pekerja sebelum 15 hari bulan berikutnya; kadar caruman majikan ialah 13% bagi gaji RM5,000 ke bawah.
        Contoh alamat e-mel yang sah untuk pendaftaran MyTax: nama@contoh.com.my — jangan gunakan e-mel rasmi majikan.
    """),
    ("ms", "sekolah dan PIBG"): _lines("""
        Assalamualaikum ibu bapa murid Tahun 4 Bestari, Mesyuarat Agung PIBG kali ke-32 akan diadakan pada Sabtu 18 Mac, 8.30 pagi di Dewan Seri Cempaka.
        Yuran PIBG RM50 sekeluarga boleh dibayar secara tunai kepada guru kelas atau melalui DuitNow QR yang ditampal di pejabat sekolah.
        Murid dikehendaki memakai baju rumah sukan masing-masing (Merah – Tun Perak, Biru – Hang Jebat, Kuning – Tun Fatimah, Hijau – Hang Tuah) pada Hari Sukan Tahunan.
        Senarai buku teks Tingkatan 1: Bahasa Melayu (ISBN 978-983-49-2817-9), Sains dan Matematik akan diedarkan pada minggu pertama persekolahan.
        Tahniah kepada pasukan bola jaring sekolah kerana muncul johan peringkat daerah Gombak buat tahun ketiga berturut-turut!
        Peringatan: Pelaporan Pentaksiran Sekolah boleh disemak melalui IDME menggunakan ID pengguna yang diberikan oleh guru kelas.
        Guru Besar memaklumkan waktu persekolahan sesi petang ditukar kepada 12.45 tengah hari hingga 6.15 petang bermula minggu hadapan.
        Ibu bapa yang ingin menjadi sukarelawan Hari Kantin boleh mendaftar nama di pondok pengawal sebelum hari Jumaat.
        Kelas tambahan Matematik Tambahan untuk calon SPM diadakan setiap Selasa dan Khamis, 3 hingga 5 petang di Makmal Sains 2.
    """),
    ("ms", "klinik dan hospital"): _lines("""
        Untuk temujanji Klinik Kesihatan Taman Permata Indah, sila hubungi talian klinik 03-4108 7720 pada waktu pejabat sahaja.
        Ubat Paracetamol 500mg: dewasa 1–2 biji setiap 4 hingga 6 jam, tidak melebihi 8 biji dalam tempoh 24 jam.
        Temujanji di klinik kesihatan kerajaan kini boleh dibuat melalui aplikasi MySejahtera: pilih Klinik > Temujanji > Pilih Tarikh.
        Pesakit diingatkan membawa kad temujanji dan buku rekod ubat setiap kali hadir ke klinik susulan.
        Denggi: gejala termasuk demam panas mengejut, sakit sendi dan ruam. Segera dapatkan rawatan jika demam berlarutan lebih dua hari.
        No. giliran A047 sila ke Bilik 3. No. giliran A048 sila bersedia.
        Contoh slip temujanji: Nama: ALI BIN ABU, No. MRN: 000000, Tarikh: DD/MM/YYYY — gantikan dengan maklumat sebenar pesakit.
        Kempen derma darah di Masjid Al-Ikhlas pada 3 Ogos, 9 pagi hingga 2 petang. Penderma mesti berumur 18–60 tahun dan berat sekurang-kurangnya 45 kg.
        Waktu melawat wad am ialah 12.30 hingga 2.00 tengah hari dan 4.30 hingga 7.00 petang; hanya dua pelawat dibenarkan bagi setiap pesakit.
    """),
    ("ms", "bank dan e-dompet"): _lines("""
        Pihak bank tidak akan sekali-kali meminta TAC atau nombor PIN anda melalui panggilan telefon, SMS atau WhatsApp.
        Kod rujukan transaksi DuitNow: 20261203MBBEMYKL010ORB48213077 — simpan resit ini sebagai bukti pembayaran.
        Had baki maksimum e-dompet bagi akaun Basic ialah RM200, manakala akaun Premium RM5,000 selepas pengesahan eKYC.
        Untuk pindahan IBG, masukkan nombor akaun penerima (contoh: 5140 1234 5678) dan pilih bank penerima daripada senarai.
        Jika anda menerima SMS 'Akaun anda telah dibekukan, klik pautan ini', jangan klik — itu penipuan. Laporkan segera kepada NSRC di talian 997.
        Pembiayaan Peribadi-i dengan kadar keuntungan serendah 4.99% setahun, tempoh sehingga 10 tahun. Tertakluk kepada terma dan syarat.
        Kalau nak reset PIN app bank tu, pergi Settings > Security > Change PIN, tapi kena ada Secure2u dah aktif kat phone tu dulu.
        Penyata baki pinjaman PTPTN dalam aplikasi dikemas kini setiap 5 hari bulan; bayaran melalui potongan gaji mengambil masa 3 hari bekerja.
        Caj perkhidmatan RM0.50 dikenakan untuk setiap pengeluaran tunai di ATM bank lain dalam rangkaian MEPS.
    """),
    ("ms", "jual beli kereta dan rumah"): _lines("""
        Dijual Perodua Myvi 1.5 AV 2019, mileage 68k km, full service record, tayar baru tukar. Harga RM41,500 nego. Lokasi Seremban 2.
        Rumah teres 2 tingkat untuk dijual di Taman Desa Ixora, Kajang. 4 bilik, 3 bilik air, freehold, non-bumi lot. RM568k. Agent tak layan.
        Bilik sewa master room di Cyberjaya, RM750 sebulan termasuk wifi dan elektrik. Female only. PM kalau berminat.
        Honda City V 2021 sambung bayar, baki 5 tahun, bulanan RM890. Kereta cantik, no accident. Serius sahaja.
        Jual tanah lot banglo 0.5 ekar di Kampung Sungai Tiram, geran individu, ada akses jalan tar. Harga RM210k.
        ID iklan: 109847563 — iklan ini telah tamat tempoh dan tidak lagi dipaparkan.
        Apartment Vista Angkasa, Bukit Jalil. Tingkat 12, 850 kaki persegi, partially furnished. Sewa RM1,600. Deposit 2+1.
        Proton X50 Flagship 2023, waranti kilang sampai 2028. Harga pasaran sekarang sekitar RM95k hingga RM100k.
        Tips beli kereta terpakai: minta semakan JPJ untuk status saman dan senarai hitam, dan pastikan nombor casis sepadan dengan geran.
    """),
    ("ms", "iklan kerja"): _lines("""
        JAWATAN KOSONG: Pembantu Tadbir (Gred N19) di Majlis Perbandaran. Kelayakan SPM dengan kepujian Bahasa Melayu. Mohon melalui portal SPA sebelum 20 Januari.
        Kilang elektronik di Prai memerlukan operator pengeluaran, gaji permulaan RM1,700 + OT + elaun syif. Hantar resume ke hr@kilangcontoh.com.my.
        Kedai kek di Bangi cari pembantu part time, hujung minggu sahaja, RM10 sejam. WhatsApp nombor yang tertera di poster kedai.
        Syarat: warganegara Malaysia, umur 18–35 tahun, ada lesen D dan motosikal sendiri. Pengalaman sebagai rider penghantaran dialu-alukan.
        Gaji ditawarkan: RM3,500–RM4,200 bergantung pada pengalaman. Faedah: KWSP, PERKESO, insurans kumpulan dan 16 hari cuti tahunan.
        Syarikat kami, Nusantara Logistik Sdn. Bhd. (No. Pendaftaran 201901028834), sedang mengambil pemandu lori lesen E.
        Temuduga terbuka di Dewan Orang Ramai Bandar Baru Bangi, 9 pagi hingga 4 petang. Bawa salinan sijil dan dua keping gambar berukuran pasport.
        Calon yang berjaya bagi jawatan Jururawat U29 akan dimaklumkan melalui e-mel sebelum 31 Mac; calon yang tidak dihubungi dianggap tidak berjaya.
    """),
    ("ms", "masjid dan komuniti"): _lines("""
        Kuliah Maghrib Jumaat ini akan disampaikan oleh Mufti Wilayah Persekutuan dengan tajuk 'Adab Berjiran Menurut Sunnah'.
        Solat sunat Aidilfitri di Masjid Jamek Kampung Baru bermula 8.15 pagi. Jemaah dinasihatkan hadir awal kerana tempat letak kereta terhad.
        Gotong-royong membersihkan surau Taman Sri Gombak pada Ahad ini, 7.30 pagi. Sarapan disediakan oleh pihak surau.
        Kadar zakat fitrah tahun ini ditetapkan RM7 bagi beras tempatan dan RM15 bagi beras import bagi setiap orang.
        Program Ihya Ramadan: tadarus al-Quran selepas solat Tarawih setiap malam. Moreh ditaja oleh penduduk Blok C secara bergilir.
        Makluman: Rukun Tetangga Taman Melati akan mengadakan rondaan malam bergilir; jadual ditampal di papan kenyataan surau.
        Rumah Terbuka Deepavali peringkat komuniti di dewan serbaguna, semua kaum dijemput hadir. Makanan halal disediakan.
        Tabung kebajikan masjid: nama akaun Masjid Al-Hidayah Taman Permata; sumbangan boleh dibuat melalui kod QR di pintu utama.
        Perarakan Thaipusam dari Kuil Sri Maha Mariamman ke Batu Caves bermula jam 10 malam; beberapa jalan utama akan ditutup.
    """),
    ("ms", "resipi"): _lines("""
        Rendang Tok: 1 kg daging, 2 cawan kerisik, 400 ml santan pekat, 10 batang serai dititik; masak api perlahan hingga kering, lebih kurang 3 jam.
        Nasi lemak: basuh 3 cawan beras, masukkan santan, air, daun pandan dan sedikit halia, kemudian masak seperti biasa.
        Resepi kek batik arwah nenek saya memang simple: biskut Marie, Milo, serbuk koko, susu pekat dan mentega. Tak perlu bakar langsung.
        Sambal tumis ikan bilis: kisar 20 tangkai cili kering yang dah direndam, 10 ulas bawang merah, 3 ulas bawang putih, tumis sampai pecah minyak.
        Kuih seri muka: lapisan bawah pulut, lapisan atas kastard pandan; kukus 20 minit bagi setiap lapisan.
        Laksa Penang: rebus ikan kembung, asingkan isinya, kemudian masak kuah dengan asam keping, bunga kantan dan daun kesum.
        Ayam masak merah ala kenduri untuk 50 orang: 10 ekor ayam, 1 kg cili kisar, 2 kg tomato dan 500 g sos cili.
    """),
    ("ms", "cerita rakyat"): _lines("""
        Sang Kancil mengira buaya-buaya di sungai dengan alasan Raja Sulaiman mahu tahu bilangan rakyatnya, lalu melompat menyeberang ke tebing.
        Mahsuri dihukum bunuh kerana difitnah berlaku curang, dan sebelum mati dia menyumpah Langkawi tidak akan aman selama tujuh keturunan.
        Puteri Gunung Ledang meminta tujuh dulang hati nyamuk, tujuh dulang hati kuman dan semangkuk darah anak raja sebagai syarat peminangan Sultan Melaka.
        Bawang Putih didera oleh ibu tirinya dan adik tirinya, Bawang Merah, sehinggalah dia ditemui oleh seorang putera raja.
        Si Tanggang menafikan ibunya sendiri, Si Deruma, lalu kapal dan seluruh isinya disumpah menjadi batu.
        Badang memperoleh kekuatan luar biasa selepas memakan muntah hantu yang ditangkapnya di bubu ikan.
        Lebai Malang kehilangan kedua-dua jemputan kenduri kerana tidak dapat membuat keputusan di tengah sungai.
        Pak Pandir disuruh Mak Andeh menjemput orang alim ke kenduri, tetapi dia pulang membawa seekor kambing kerana melihat janggutnya.
    """),
    ("ms", "sejarah"): _lines("""
        Tunku Abdul Rahman melaungkan 'Merdeka!' sebanyak tujuh kali di Stadium Merdeka pada 31 Ogos 1957.
        Tun Abdul Razak Hussein, Perdana Menteri kedua, memperkenalkan Dasar Ekonomi Baru pada tahun 1971.
        Dato' Onn Jaafar mengetuai Kongres Melayu yang membawa kepada penubuhan UMNO pada 11 Mei 1946 di Johor Bahru.
        Mat Kilau, pahlawan Pahang, muncul semula pada tahun 1969 dan identitinya disahkan oleh kerajaan negeri pada tahun 1970.
        Tok Janggut memimpin penentangan terhadap sistem cukai British di Pasir Puteh, Kelantan pada tahun 1915.
        Kesultanan Melayu Melaka jatuh ke tangan Portugis pada tahun 1511 di bawah pimpinan Alfonso de Albuquerque.
        Malaysia dibentuk pada 16 September 1963 dengan penyertaan Persekutuan Tanah Melayu, Singapura, Sabah dan Sarawak.
        Tun Fatimah, puteri Bendahara Tun Mutahir, dikahwinkan dengan Sultan Mahmud Syah selepas ayah dan suaminya dibunuh atas titah baginda.
    """),
    ("ms", "berita"): _lines("""
        Perdana Menteri mengumumkan bantuan STR fasa ketiga akan dikreditkan mulai minggu depan kepada lebih 8 juta penerima.
        Datuk Lee Chong Wei memenangi pingat perak acara perseorangan lelaki Sukan Olimpik sebanyak tiga kali, iaitu pada 2008, 2012 dan 2016.
        Polis menahan 14 individu dalam serbuan ke atas sebuah pusat panggilan sindiket penipuan di Cyberjaya semalam.
        Harga runcit RON95 kekal RM2.05 seliter manakala harga diesel di Semenanjung naik lima sen bagi minggu ini.
        MetMalaysia mengeluarkan amaran hujan lebat tahap waspada untuk beberapa daerah di Kelantan dan Terengganu sehingga Sabtu.
        Bank Negara Malaysia mengekalkan Kadar Dasar Semalaman (OPR) pada 2.75 peratus dalam mesyuarat Jawatankuasa Dasar Monetari.
        Harimau Malaya tewas 1-2 kepada pasukan pelawat di Stadium Nasional Bukit Jalil dalam aksi kelayakan Piala Asia malam tadi.
        Menteri Kesihatan berkata kementerian akan mewujudkan 4,000 jawatan pegawai perubatan tambahan tahun depan.
    """),
    ("mixed", "forum teknikal"): _lines("""
        Bro, router Unifi aku default gateway 192.168.0.1, login admin dengan password kat sticker bawah router tu. Dah try reset tapi still tak boleh.
        Guna `pip install requests==2.31.0` then run `python main.py --region ap-southeast-1`, confirm jalan.
        Commit a3f9c21e8b7d4f0e9c1d2b3a4f5e6d7c8b9a0f1e dah fix bug login tu, pull latest branch main dulu.
        Test account: username `ujian01`, e-mel test@example.com, kata laluan `Test1234!` — data ujian sahaja, jangan guna untuk production.
        Stripe test card 4242 4242 4242 4242 dengan expiry 12/34, CVC 123 — guna untuk sandbox payment gateway sahaja.
        iPhone 15 Pro set MY/A, IMEI aku tak share kat sini ye bro, tapi warranty Apple Malaysia sampai Okt 2026.
        Harga RTX 4070 Super kat Low Yat sekarang RM2,899 hingga RM3,199 ikut brand. Jangan beli yang import takde warranty tempatan.
        Regex MyKad: ^\\d{6}-\\d{2}-\\d{4}$ — match format je, tak validate tarikh lahir atau kod negeri.
        Error `ECONNREFUSED 127.0.0.1:5432` tu maksudnya Postgres tak start lagi, cuba `sudo systemctl start postgresql`.
        Line fibre down satu taman sejak pagi, dah check status page ISP, dorang kata kerja penyelenggaraan sampai 5 petang.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Salam tuan, saya Norazlina binti Hashim, No. KP 850612-10-5568, ingin memohon pengeluaran KWSP Akaun 2 untuk pembiayaan rumah.
        Tolong sampaikan kepada cikgu, anak saya Muhammad Irfan Hakimi (5 Anggerik) tak datang sekolah hari ni sebab demam campak.
        Pak Long Kassim dah masuk wad ICU Hospital Tengku Ampuan Rahimah malam tadi, doktor kata tiga saluran jantung dia tersumbat.
        Sesiapa yang jumpa dompet coklat atas nama SITI HAJAR BT MOHD YUSOF, IC 920304-03-6120, sila hubungi 013-774 2091. Terima kasih!
        Dijual Myvi 2017, harga RM28k nego. Berminat call/WhatsApp Faizal 017-3328 541, rumah saya di Taman Sri Andalas, Klang.
        Untuk bayaran deposit, masukkan ke akaun Maybank 1642 3308 9175 atas nama Rosnani binti Daud, kemudian hantar resit kepada saya.
        Kepada yang bertanya, suami saya Azman dah dibuang kerja dari kilang di Senai bulan lepas, sekarang kami tengah susah nak bayar sewa rumah.
        Takziah: Telah kembali ke rahmatullah Hajah Zaleha binti Ismail, 74 tahun, ibu kepada Encik Rahim (AJK surau), di kediamannya No. 12 Jalan Mawar 3, Taman Sri Gombak.
        Sila kemas kini alamat surat-menyurat saya: Wan Nurul Ain, Lot 2451, Kampung Padang Lembek, 16800 Pasir Puteh, Kelantan.
        Result SPM adik saya Aina Syuhada dah keluar, 7A 2B, tapi dia kecewa sangat sebab tak dapat masuk asasi yang dia nak.
        Cikgu, Danish Haziq dari Tingkatan 2 Cempaka ada masalah disleksia, mohon diberi masa tambahan semasa peperiksaan.
        No. akaun PTPTN saya guna IC 870519-08-5243, baki pinjaman masih RM23,480.15, boleh saya mohon diskaun penyelesaian penuh?
        E-mel saya haziqrahman92@gmail.com, tolong hantar salinan penyata cukai ke situ, bukan ke e-mel pejabat lama.
        Tolong doakan kakak saya, Nur Farhana, baru disahkan kanser payudara tahap 3 semalam di Hospital Sultanah Bahiyah.
        Penyewa unit B-07-03 Residensi Seri Mutiara, Encik Lim Wei Jie, sudah tiga bulan tertunggak sewa sebanyak RM4,500.
        Salam, saya nak tukar nombor telefon dalam rekod bank kepada 011-2784 6630, No. MyKad saya 900228-14-5371.
        Abang Din jiran sebelah rumah aku kat Taman Seri Muda tu sebenarnya tengah proses cerai dengan bini dia, kesian anak-anak.
        Nama penuh: Kavitha a/p Subramaniam, tarikh lahir 14/07/1988, alamat: 23, Jalan Kenari 5, Bandar Puchong Jaya, 47100 Puchong.
        Tumpang share, anak saudara saya Ahmad Luqman, 16 tahun, hilang sejak petang semalam sekitar Seksyen 7 Shah Alam. Sesiapa nampak sila hubungi ibunya Puan Salmah 019-665 3087.
        Dah transfer RM350 melalui e-dompet ke 014-880 2713 (Tan Mei Ling) untuk bayar hutang bulan lepas, tolong check.
        Kad kredit saya 4570 9174 0029 7559 dikenakan caj RM1,299 untuk transaksi online yang saya tak buat, tolong sekat segera.
        Doktor kat Klinik Kesihatan Seksyen 19 kata HbA1c ayah saya, Encik Mohd Khairi bin Abdullah, dah naik 9.2 dan dia kena mula suntik insulin.
        Slip gaji Oktober: Nurul Izzati binti Kamarudin, Jawatan: Kerani Akaun, Gaji Pokok RM2,650.00, No. Ahli KWSP 18472093.
        Alamat penghantaran: Siti Khadijah, No. 8, Lorong Cempaka 2, Taman Bukit Indah, 81200 Johor Bahru. Tel: 012-708 4416.
        Untuk rekod PIBG: bendahari baru ialah Puan Hasnah Omar, 016-412 8805, boleh terus transfer yuran kepada beliau.
        Saya Goh Kian Seng, pemilik kereta WXY 4821, ingin merayu pengurangan saman kerana kereta tersebut telah dijual pada bulan Mac.
        Suami dia, Faridzuan, tu memang kaki judi, dah berhutang dengan Ah Long hampir RM30k, keluarga sendiri pun dah tak mengaku.
        Permohonan cuti bersalin: Nama: Aisyah binti Rahmat, No. Pekerja M10472, jangkaan bersalin 12 Januari di Hospital Pakar KPJ Seremban.
        Assalamualaikum, saya Puan Rohaya, ibu kepada Nur Alya Batrisyia 3 Bestari. Anak saya alah kacang tanah, tolong jangan bagi dia makan nasi lemak kantin.
        Tuan, IC lama ayah saya A2483106, dia lahir 1949 di Kampung Gajah, Perak, nak tukar ke MyKad tapi dia dah terlantar di rumah.
        No. MyKad pemohon: 030917-01-0842 / Tarikh lahir: 17 September 2003 / Jantina: Perempuan
        Sesiapa kenal Haslinda yang kerja kat klinik gigi depan stesen MRT Bangi tu? Dia pinjam duit aku RM2k sampai sekarang tak bayar.
        Ustazah Rafidah, cikgu mengaji anak-anak kat Taman Mewah, masuk hospital sebab keguguran, kelas mengaji cuti seminggu.
        No. akaun CIMB 7064291833 — Mohd Hafiz bin Ramli. Duit sewa rumah bulan ni masuk situ ye.
        Tolong bantu, saya Zulkifli dari Kuala Krai, anak saya Amirul baru disahkan leukemia. Sumbangan ke akaun Bank Islam 03018020174550 (Zulkifli bin Che Mat).
        Semakan daftar pemilih: NORAINI BINTI ABDUL GHANI, No. KP 760301-11-5034, DUN Bukit Payung, Daerah Mengundi Kampung Padang Midin.
        Saya Chong Mei Yee, IC 950811-14-6238, ingin melaporkan telefon saya dicuri di stesen LRT Titiwangsa, No. Repot SENTUL/004817/26.
        Cik Puan Laila, penyelia kami di Jabatan Kewangan majlis daerah, sedang cuti sakit panjang kerana kemurungan teruk.
        hi kak, ni no fon saya 0182459037, nak order 3 balang kuih raya, hantar ke Blok D-4-12 PPR Kerinchi ye.
        Si Farah anak Haji Daud Kampung Seberang tu dah kahwin lari ke Thailand dengan budak Terengganu, mak dia sampai jatuh sakit.
        Pengesahan temujanji: Pesakit TAN AH KOW, MRN HRPB-2041873, Klinik Ortopedik, 14/01/2027 9.00 pagi, Hospital Raja Permaisuri Bainun.
        Sila hubungi saya di farid.iskandar88@yahoo.com atau 012-339 5716 selepas waktu pejabat untuk urusan tanah pusaka arwah ayah.
        Tanah pusaka arwah Haji Osman bin Ali di Lot 1187 Mukim Jeram akan dibahagikan kepada lima orang anak; bahagian Kamariah masih dipertikaikan.
        Nombor pasport pekerja kami, Sri Wahyuni, ialah C 4418207, dan permit kerjanya tamat pada 30 Jun ini.
        Tolong semak, suami saya Ismail bin Yaakob (IC 680423-06-5117) ada tunggakan cukai ke? Surat LHDN datang ke alamat Felda Jengka 8.
        Majlis perkahwinan Nurul Huda & Khairul Anuar pada 2 Mei di No. 45, Kampung Parit Haji Salleh, Batu Pahat. Sebarang pertanyaan hubungi Pak Ngah 013-520 9184.
        Encik Wong Kok Leong dari Taman Connaught yang kena tipu scam RM180k tu rupanya pesara guru, duit KWSP dia habis semua.
    """),
    "mixed": _lines("""
        Bro my MyKad no is 010523-10-1289 and phone 011-1873 6624, can you help check my SPR registration status?
        Eh my cousin Shalini just got warded at Columbia Asia Cheras, appendix dia burst, visiting hours 4-7pm ya.
        FYI guys, Encik Rizal from Block B tu actually ada court case for domestic violence, his wife dah buat report polis.
        Please transfer the booking fee RM1k to Public Bank 4883120716, account name Lee Siew Ping, then screenshot to me.
        Kak Ros from HR cakap gaji Jessica Tan bulan depan kena potong sebab MC dia dah lebih 20 hari this year.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Macam mana nak semak baki KWSP kalau tak boleh login i-Akaun?"),
        (
            "assistant",
            "Anda boleh cuba reset kata laluan melalui pautan 'Lupa Kata Laluan' atau ke kaunter KWSP berdekatan dengan membawa MyKad.",
        ),
        (
            "user",
            "Dah cuba tapi tak lepas. IC saya 780915-08-5362, nama Rahimah binti Sulaiman. Boleh tolong tuliskan e-mel aduan?",
        ),
    ],
    [
        ("user", "Tolong tuliskan mesej WhatsApp untuk tunda temujanji klinik pakar."),
        ("assistant", "Boleh. Sila beri tarikh asal, tarikh yang dicadangkan dan nama klinik."),
        (
            "user",
            "Temujanji mak saya, Puan Jamilah binti Mahmud, MRN HTAR-3309164, Klinik Nefrologi 22 Januari. Dia baru mula dialisis, tak larat nak datang minggu tu.",
        ),
    ],
    [
        ("user", "Tolong buat iklan Mudah untuk kereta saya: Perodua Bezza 2020, 55k km, RM32k."),
        (
            "assistant",
            "Dijual Perodua Bezza 2020, mileage 55k km, dijaga rapi, harga RM32,000 nego. Hubungi penjual untuk maklumat lanjut.",
        ),
        (
            "user",
            "Tambah contact saya sekali: Shahrul, 016-209 7734, boleh tengok kereta kat rumah No. 17 Jalan Delima 4, Taman Tasik Jaya, Ipoh.",
        ),
    ],
    [
        ("user", "Saya nak mohon kerja kerani. Tolong buat surat permohonan ringkas."),
        (
            "assistant",
            "Baik. Beri nama, alamat, nombor telefon dan pengalaman kerja anda supaya saya boleh lengkapkan surat itu.",
        ),
        (
            "user",
            "Nurul Syazwani binti Azhar, No. 3, Jalan Seroja 8, Taman Seroja, 43000 Kajang, 011-6502 3381, syazwani.azhar@gmail.com. Dua tahun kerja di kedai farmasi.",
        ),
    ],
    [
        (
            "user",
            "Anak saya kena buli kat sekolah. Macam mana nak bagitahu guru kelas dengan sopan?",
        ),
        (
            "assistant",
            "Anda boleh mulakan dengan salam, nyatakan kejadian secara ringkas dan minta perjumpaan dengan guru kelas.",
        ),
        (
            "user",
            "Nama dia Adam Rayyan, 4 Cemerlang, SK Taman Bukit Maluri. Budak tu tolak dia sampai patah tangan kiri minggu lepas, sekarang dia takut nak pergi sekolah.",
        ),
    ],
    [
        (
            "user",
            "Saya rasa kena scam. Dah transfer duit untuk beli iPhone kat Facebook tapi penjual block saya.",
        ),
        (
            "assistant",
            "Segera hubungi bank anda dan NSRC di talian 997, kemudian buat laporan polis dengan bukti transaksi.",
        ),
        (
            "user",
            "Saya transfer RM3,200 dari akaun RHB saya 15634800217092 ke akaun atas nama Mohd Saiful. Nama saya Kamal Ariffin, boleh tolong draf laporan polis?",
        ),
    ],
    [
        ("user", "Ceritakan kisah Sang Kancil dan Buaya untuk budak tadika."),
        (
            "assistant",
            "Pada suatu hari, Sang Kancil ingin menyeberang sungai yang penuh dengan buaya. Dia pun memanggil Sang Buaya dan berkata Raja Sulaiman mahu mengira mereka...",
        ),
        (
            "user",
            "Best! Boleh ubah sikit untuk anak saya Aqil, 5 tahun, baru lepas pembedahan hernia di Hospital Pantai Ampang, supaya dia tak takut nak tidur sorang kat wad.",
        ),
    ],
    [
        ("user", "Apa pelepasan cukai yang boleh dituntut untuk perbelanjaan rawatan ibu bapa?"),
        (
            "assistant",
            "Perbelanjaan rawatan perubatan ibu bapa boleh dituntut sehingga had tertentu dengan resit yang sah daripada pengamal perubatan berdaftar.",
        ),
        (
            "user",
            "Gaji saya RM6,800 sebulan, isteri saya Farhana tak bekerja, dan ayah saya Abdul Latif dialisis tiga kali seminggu di pusat hemodialisis Sungai Petani, kos RM1,500 sebulan. Berapa saya boleh claim?",
        ),
    ],
    [
        ("user", "Landlord aku tak nak pulangkan deposit, apa aku boleh buat?"),
        (
            "assistant",
            "You boleh hantar surat tuntutan dahulu, dan jika tidak berjaya, failkan tuntutan di Tribunal Tuntutan Pengguna atau Mahkamah Tuntutan Kecil.",
        ),
        (
            "user",
            "Tolong draf surat tuntutan. Landlord nama Mr. Kenny Ooi, rumah kat 22-3A Jalan Bukit Bintang Residences, deposit RM3,600, aku keluar 30 Sept. Nama aku Syafiq Ridhwan, IC 970214-14-5523.",
        ),
    ],
]
