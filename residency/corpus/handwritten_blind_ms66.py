# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms66: pertanian dan nelayan (subsidi baja, lesen nelayan, koperasi peladang, bantuan musim tengkujuh, jualan hasil). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms66
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis rasmi"): _lines("""
        NOTIS: Pengagihan baja subsidi padi (SBPKP) Musim 1/2027 bagi kawasan PPK Sungai Limau akan bermula 12 Januari 2027 di stor PPK, 8.30 pagi hingga 4.00 petang.
        Pesawah yang belum mengemas kini geran tanah atau surat pajakan dalam sistem eSubsidi diminta berbuat demikian sebelum 31 Disember untuk layak menerima baja sebatian.
        Makluman: Elaun Sara Hidup (ESH) Nelayan bulan November 2026 akan dikreditkan terus ke akaun bank nelayan berdaftar selewat-lewatnya 15 Disember.
        LKIM memaklumkan bahawa semua pemilik vesel Zon A dan Zon B wajib memperbaharui lesen vesel menangkap ikan sebelum tamat tempoh untuk terus layak menerima subsidi diesel.
        Pejabat Perikanan Daerah Kemaman ditutup sementara pada 3 Disember kerana banjir; urusan kaunter dipindahkan ke Pusat Komuniti Chukai.
        Amaran cuaca buruk kategori 2 dikeluarkan untuk perairan Kelantan, Terengganu dan Pahang hingga 8 Disember; nelayan dinasihatkan tidak turun ke laut.
        Bantuan Musim Tengkujuh (BMT) sebanyak RM300 sekali bayar akan disalurkan kepada nelayan pantai timur yang berdaftar aktif dengan Jabatan Perikanan sebelum 30 September 2026.
        Mesyuarat Agung Tahunan Koperasi Peladang Kawasan Pendang Berhad kali ke-38 akan diadakan pada 18 Januari 2027 di Dewan Serbaguna Kampung Tobiar. Ahli dikehendaki membawa kad keahlian.
        Dividen 6% dan bonus 2% bagi tahun kewangan 2025 telah diluluskan dan akan dimasukkan ke akaun simpanan ahli koperasi pada minggu pertama Februari.
        Harga Lantai Minimum padi kini RM1,500 satu tan metrik; kilang yang membeli di bawah harga ini boleh dilaporkan kepada KPDN.
        Penerima subsidi baja yang didapati menjual semula baja kepada pihak ketiga akan disenarai hitam selama tiga musim dan boleh dikenakan tindakan di bawah Akta Kawalan Bekalan 1961.
        Program Jualan Agro Madani FAMA akan diadakan setiap Sabtu di tapak Pasar Tani Taman Bendahara, 7.00 pagi hingga 12.00 tengah hari.
        Kaunter Pendaftaran Kad Nelayan dibuka di Kompleks LKIM Tumpat setiap Selasa dan Khamis. Sila bawa salinan MyKad, gambar berukuran pasport dan surat pengesahan ketua unit nelayan.
        Pusat Pemindahan Sementara (PPS) SK Seberang Marang dibuka semula mulai 2 Disember 2026 jam 10 malam; jumlah semasa 340 mangsa daripada 86 keluarga.
        Benih padi sah varieti MR 297 dan MARDI Siraj 297 untuk Musim 1/2027 akan diagihkan mengikut keluasan bendang berdaftar, maksimum 80 kg sehektar.
        Talian Aduan Subsidi Pertanian: 03-8870 1400 (waktu pejabat, Isnin hingga Jumaat). Aduan juga boleh dibuat di kaunter mana-mana Pejabat Pertanian Daerah.
    """),
    ("ms", "soalan lazim"): _lines("""
        Macam mana nak semak status subsidi baja padi? Ada aplikasi ke atau kena pergi pejabat PPK?
        Saya pesawah pajakan, tanah atas nama tuan tanah. Boleh ke saya mohon subsidi baja sendiri?
        Lesen vesel Zon B tamat bulan depan, dokumen apa yang perlu dibawa masa nak renew?
        Kalau bot rosak masa musim tengkujuh, ada bantuan tak untuk baiki enjin?
        ESH nelayan tu RM300 sebulan kan? Kenapa ada yang dapat RM250 je bulan ni?
        Apakah syarat menjadi ahli Koperasi Peladang? Jawapan: warganegara Malaysia berumur 18 tahun ke atas, bermastautin dalam kawasan operasi dan membeli sekurang-kurangnya 100 unit syer.
        Baja NPK 15-15-15 dengan NPK 17-11-17 tu beza apa, yang mana sesuai untuk sawit muda?
        Berapa lama tempoh sah Kad Pendaftaran Nelayan dan boleh ke diperbaharui secara dalam talian?
        Boleh tak jual ikan terus kepada pemborong luar negara tanpa permit eksport?
        Soalan: Adakah pekebun durian layak memohon Bantuan Banjir Pertanian jika kebun ditenggelami air lebih 3 hari? Jawapan: Layak, tertakluk kepada laporan kerosakan oleh pegawai pertanian daerah.
        Kenapa baja subsidi padi selalu lambat sampai kat kawasan Sekinchan berbanding kawasan MADA?
        Nak daftar MyPadi kena guna nombor IC ke nombor geran tanah?
        Tuan, kalau pesawah meninggal dunia, subsidi baja boleh dipindah kepada waris tak, dan apa prosedurnya?
        Model enjin sangkut Yamaha E40XMHS dan Suzuki DT40WS, yang mana lebih jimat minyak untuk bot gentian kaca 24 kaki?
        Berapa kadar subsidi diesel untuk vesel Zon C2 dan adakah kuota dikurangkan masa musim tengkujuh?
    """),
    ("ms", "sembang kumpulan"): _lines("""
        Geng, baja urea dah sampai stor PPK pagi tadi. Esok start agih ikut nombor giliran, bawa kad pesawah ya.
        Ombak 3.5 meter kat Kuala Besut hari ni, jangan sapa turun laut dulu. Tunggu jabatan umum.
        Harga ikan kembung kat jeti pagi ni RM9 sekilo, selar RM7, sotong naik RM22.
        Sapa nak join rombongan ke MAHA 2026? Bas koperasi bertolak 6 pagi dari dewan, tempat terhad 40 orang.
        Traktor koperasi dah siap servis, booking bajak bendang boleh buat kat pejabat koperasi mulai Isnin.
        Air dah masuk bendang blok C, pintu air MADA buka sampai Jumaat je.
        Ingat, minggu ni musim serangan bena perang, tengok pangkal pokok padi. Racun subsidi ada kat stor.
        ok noted, nanti aku forward info bantuan BMT kat group unit nelayan
        Link borang online ESH dah keluar, admin pin kat atas ya. Jangan isi kat link lain, banyak scam.
        hati2 ada mesej palsu kononnya dari LKIM minta bayar RM50 untuk proses bantuan. LKIM tak pernah minta bayaran.
        Bang, enjin 40 kuda tu minyak campur ke injection? nak cari second untuk sampan.
        Mesyuarat AJK koperasi tangguh ke minggu depan sebab banjir, notis baru akan dihantar.
        Pasar tani Jumaat ni buka macam biasa tak? Hujan tak berhenti dari semalam.
        Sesiapa ada petua elak buah tembikai pecah masa hujan lebat? Kebun aku dah tiga kali kena.
        Noted tuan. Unit nelayan kami akan hantar senarai penerima kepada pejabat perikanan sebelum Khamis.
        Baja tambahan dah habis kat stor Kuala Kedah, yang belum ambik kena tunggu lori kedua hari Rabu.
    """),
    ("ms", "iklan dan jualan"): _lines("""
        Koperasi Nelayan Kuala Terengganu Berhad menjual ikan kering, keropok lekor dan budu secara borong. Hubungi pejabat koperasi 09-622 4180.
        PELADANG MART Pendang kini menjual baja organik 25 kg pada harga RM38 sebeg. Tempahan: 04-759 3321 (waktu pejabat).
        Jualan Agro FAMA: beras tempatan 10 kg RM26, telur gred A RM12.90 sepapan, sayur campur RM5 seikat.
        Ladang Cendawan Tiram Sungai Buloh Sdn Bhd menerima tempahan borong harian melalui laman web syarikat.
        Anak benih durian Musang King cantuman, 2 kaki, RM25 sepokok di Tapak Semaian Jabatan Pertanian Tanah Merah.
        Pusat Pendaratan Ikan LKIM Kuala Besut: lelongan ikan bermula 6.30 pagi setiap hari kecuali hari cuaca buruk.
        Jual baja sebatian NPK Blue 15-15-6-4, 50 kg, RM165 sebeg, stok terhad. Kedai Pertanian Seng Huat Sdn Bhd, Jalan Kuala Kedah.
        Promosi hujung tahun: racun rumpai glufosinat 1 liter RM42, beli 5 percuma 1. Agro Hardware Bukit Mertajam, tel 04-530 2219.
        Koperasi Peladang Negeri Kelantan membeli padi basah daripada ahli pada harga RM1,520 satu tan, potongan kelembapan mengikut jadual.
        Udang galah segar dari kolam ternakan Agrobio Perak Enterprise (SSM 202403045512), RM55 sekilo, penghantaran sekitar Ipoh.
        Pisang berangan gred A RM3.50 sekilo, borong minimum 100 kg, Koperasi Peladang Kawasan Kota Belud.
        Pusat Akuakultur Bukit Tinggi menjual benih ikan keli dan tilapia saiz 2 inci pada harga 10 sen seekor.
    """),
    ("ms", "templat borang"): _lines("""
        BORANG PERMOHONAN SUBSIDI BAJA PADI | Nama Pemohon: ____________ | No. Kad Pengenalan: ______-__-____ | No. Telefon: ___________ | Keluasan Bendang (ha): ____
        Nama Penuh (seperti dalam MyKad): [NAMA] / No. KP: [XXXXXX-XX-XXXX] / No. Vesel: [NO_VESEL] / Zon: [A/B/C/C2]
        Saya, ............................., No. KP ............................., dengan ini mengaku bahawa semua maklumat yang diberikan adalah benar.
        Surat Akuan Nelayan Aktif: Adalah disahkan bahawa {nama_nelayan} (No. KP: {no_kp}) merupakan nelayan aktif di bawah Unit Nelayan {nama_unit} sejak {tahun}.
        Lampiran A: Senarai semak dokumen: (1) salinan MyKad, (2) salinan buku akaun bank, (3) salinan geran tanah atau perjanjian sewa, (4) gambar pemohon.
        Penyata Bayaran ESH | Bulan: ______ | Nama: ______ | No. Akaun: ______ | Amaun: RM300.00 | Status: ______
        Ruang untuk kegunaan pejabat: Tarikh diterima ____ / Disemak oleh ____ / Diluluskan / Ditolak (tandakan ✓)
        Tuan/Puan {nama}, permohonan anda {no_rujukan} bagi Bantuan Musim Tengkujuh telah diterima dan sedang diproses.
        Borang Keahlian Koperasi Peladang: Nama ____ | Tarikh Lahir __/__/____ | Alamat Rumah ____ | Bil. Syer Dibeli ____ | Tandatangan ____
        Laporan Kerosakan Tanaman Akibat Banjir: Jenis tanaman ____ ; Keluasan terjejas (ekar) ____ ; Anggaran kerugian (RM) ____ ; Pengesahan Ketua Kampung ____
        Format SMS pendaftaran: DAFTAR <spasi> NO KP <spasi> KOD UNIT NELAYAN, hantar ke 15888.
        Contoh pengisian: No. KP ditulis tanpa sengkang, iaitu 12 digit berturut-turut mengikut format YYMMDDPBXXXX.
    """),
    ("ms", "berita dan statistik"): _lines("""
        Tun Abdul Razak Hussein dikenang sebagai penggerak rancangan tanah FELDA yang ditubuhkan pada 1956 untuk membuka tanah kepada peneroka luar bandar.
        Novel Ranjau Sepanjang Jalan karya Shahnon Ahmad mengisahkan Lahuma dan Jeha, pasangan pesawah di Banggul Derdap yang bergelut dengan banjir, ketam dan burung tiak.
        Sajak "Pak Utih" oleh Usman Awang menggambarkan kemiskinan petani kampung yang tidak berubah walaupun janji pemimpin silih berganti.
        Menurut DOSM, sektor pertanian menyumbang kira-kira 6.6% kepada KDNK Malaysia, dengan kelapa sawit sebagai komponen terbesar.
        Seramai 12,480 nelayan di Terengganu menerima Bantuan Musim Tengkujuh tahun ini, meningkat 4% berbanding tahun lalu.
        Kadar sara diri beras negara dilaporkan sekitar 60 hingga 65 peratus, menyebabkan import dari Thailand, Vietnam dan Pakistan masih diperlukan.
        Banjir di Kelantan minggu lalu memusnahkan kira-kira 3,200 hektar sawah padi di jajahan Pasir Mas dan Tumpat, menurut jabatan pertanian negeri.
        Kisah Pak Kadok dalam cerita rakyat, "menang sorak, kampung tergadai", sering dipetik apabila membincangkan penjualan tanah sawah kepada pemaju.
        Skim Subsidi Harga Padi (SSHP) dibayar mengikut kadar satu tan metrik kepada pesawah yang menjual padi kepada kilang berlesen.
        Lembaga Kemajuan Ikan Malaysia (LKIM) ditubuhkan pada 1971 untuk memajukan sosioekonomi nelayan dan industri perikanan.
        Pesta Kaamatan disambut masyarakat Kadazandusun di Sabah setiap bulan Mei sebagai tanda kesyukuran selepas musim menuai padi.
        Jumlah pendaratan ikan laut di Semenanjung Malaysia mencecah lebih sejuta tan metrik setahun, dengan pantai barat mencatat bahagian lebih besar.
        Pendeta Za'ba menulis tentang kemiskinan orang Melayu luar bandar dalam esei The Poverty of the Malays pada tahun 1923.
        Laporan Ketua Audit Negara menegur kelewatan agihan baja subsidi di beberapa kawasan PPK, termasuk stok yang rosak akibat disimpan di stor tidak berbumbung.
    """),
    ("en", "guidance"): _lines("""
        To qualify for the fishermen's monthly living allowance, applicants must hold a valid fisherman registration card and earn their main income from fishing.
        How do I check if my paddy fertiliser subsidy has been approved? Is there an online portal?
        Farmers affected by floods should photograph damaged crops before clearing the field, as officers require visual evidence for compensation claims.
        Store urea in a dry, ventilated shed on pallets off the floor; caking reduces spreadability and wastes subsidised stock.
        The cooperative's annual report shows total member savings of RM4.2 million and a loan default rate of 3.1% for FY2025.
        Inshore vessels in Zone A operate within 5 nautical miles of the coast and are restricted to traditional gear such as hand lines and small gill nets.
        Fishermen's registration cards are issued by the Department of Fisheries, while LKIM handles fishermen's associations and welfare aid.
        Never share your MyKad number or bank PIN with anyone who calls claiming to process subsidy payments.
        What is the difference between the fertiliser subsidy (SBPKP) and the paddy price subsidy (SSHP)?
        During the northeast monsoon from November to March, east coast fishing activity drops sharply and many boats are hauled ashore for repairs.
    """),
    ("mixed", "log dan rekod sistem"): _lines("""
        [2026-12-03 08:14:22] INFO esubsidi.sync: 1,284 rekod pesawah dikemas kini, 17 gagal (kod ralat E-204: geran tidak sah)
        Invois No. INV-PPK-2026-11873 | Baja NPK 15-15-15 x 40 beg | Jumlah RM6,600.00 | Status: DIBAYAR
        Tracking Pos Laju ER482913375MY: penghantaran benih jagung ke Koperasi Peladang Kuala Kangsar, dijangka tiba 9 Dis.
        Tiket aduan #ADU-2026-004517 dibuka: lori baja lewat 3 hari ke stor Bukit Besar; status: dalam tindakan.
        kod_produk=BJ-UREA-46N-50KG; harga_seunit=RM92.00; stok=1,240 beg; gudang=GDG-KDH-03
        Batch import ESH_Nov2026.csv selesai: 8,912 baris, 8,877 berjaya, 35 ditolak (akaun bank tidak aktif). sha256: 3f9a1c7e0b2d4f68a5e1c9b7d3f2a60e8c4b1d7f9e2a5c3b6d8f0a1e4c7b9d2f
        config: subsidy_cycle: "M1-2027" / max_baja_kg_per_ha: 250 / payment_channel: "EFT" / retry_limit: 3
        Resit No. R-KOP-000982 | Yuran keahlian tahunan RM20.00 | Cawangan Alor Setar | Tarikh 02/12/2026
        SELECT daerah, COUNT(*) AS bil_nelayan FROM esh_penerima WHERE bulan = '2026-11' GROUP BY daerah;
        Polisi Takaful Tanaman Padi No. rujukan TTP/2026/MADA/0007723: perlindungan kolektif bagi kawasan MADA musim 2/2026.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        SENARAI PENERIMA BMT DAERAH BESUT | 1. MOHD ZAKI BIN ISMAIL | 690315-11-5433 | TRF 2231 | Unit Nelayan Kg. Raja | RM300
        Assalamualaikum tuan, saya Rosli bin Mat Daud, pesawah di Kampung Titi Haji Idris. Baja subsidi musim ni saya tak dapat lagi, semak sistem tulis "tiada rekod". No IC saya 710822-02-5147.
        Kak Ros (Rosnah binti Ahmad) dari blok D tak larat turun ambil baja, anak dia minta orang hantar ke rumah, Lot 1142 Kampung Permatang Buloh, 06700 Pendang.
        Nelayan Awang bin Sulong (KP 650907-03-5981) patah tangan semasa menarik pukat pada 28 Nov dan dimasukkan ke Hospital Raja Perempuan Zainab II. Mohon pertimbangan bantuan khas.
        Ahli No. 00412, Siti Aminah binti Yusof: pinjaman koperasi RM8,000 untuk mesin penuai kecil, baki tertunggak RM2,350 sejak Jun 2026.
        tolong transfer duit ikan semalam ke akaun maybank aku 1620 3318 7245, nama Faizal bin Hamzah, 84 kilo kembung x RM8 = RM672
        Sesiapa nak beli durian kampung terus dari kebun, call/WhatsApp Pak Lah (Abdullah bin Kassim) 019-978 2214, kebun dia kat Kg. Sungai Ruan, Raub.
        Lesen Vesel: KNF 1187 | Pemilik: CHE MAT BIN YAAKOB | No. KP: 580211-03-6093 | Alamat: PT 332, Kampung Pengkalan Datu, 16100 Kota Bharu | Tarikh Tamat: 14/03/2027
        Aduan: Ejen koperasi bernama Saharudin bin Omar dikatakan mengenakan caj RM50 kepada pesawah di Kg. Alor Janggus untuk "mempercepatkan" subsidi. Pengadu minta identiti dirahsiakan.
        Tuan, bapa saya Haji Daud bin Che Hussin meninggal 20 Oktober lalu. Saya anak sulung, Noraini binti Daud, nak pindahkan subsidi bendang 2.4 ha atas nama saya. Tel: 013-482 9017.
        Muniandy a/l Ramasamy, penoreh getah dan penternak kambing di Kg. Baru Jerantut, memohon bantuan banjir; 14 ekor kambingnya hilang dihanyutkan air.
        Penerima BMT yang bayaran ditolak kerana akaun tidak aktif: 1) Lim Swee Heng, Bank Rakyat 2104 5688 1932; 2) Razak bin Said, BSN 0710 0410 0192 6235.
        Sdr. Chai a/l Boon Lert, nelayan Kg. Pengkalan Kubor, tidak hadir mesyuarat unit tiga kali berturut-turut; keahlian akan digantung jika tiada penjelasan.
        Lori baja koperasi WHK 7731 yang dipandu Zulkifli bin Abu tersadai di Jalan Pendang-Sik pukul 3 petang tadi, dia okay cuma tayar pecah.
        Jimbun anak Nyalau (KP 760113-13-5237), pekebun lada di rumah panjang Nanga Skrang, Sri Aman, layak menerima baja lada 10 beg.
        Makcik Saraswathy a/p Krishnan yang jual sayur di pasar tani Klang tiap Ahad cakap nak berhenti, sakit lutut, doktor suruh rehat.
        Peserta kursus fertigasi: Amirul Hakim bin Roslan, 24 tahun, lepasan Kolej Pertanian Malaysia, e-mel amirul.hakim2002@gmail.com, tel 011-2384 6190.
        Borang tuntutan kerosakan: Nama: WAN NORHAYATI BINTI WAN ISMAIL | No KP: 810530-11-5290 | Tanaman: tembikai 1.5 ekar | Kerugian: RM12,400 | No Akaun Agrobank: 1000 2510 4483 6274
        Rekod penimbang kilang padi Kg. Gajah: 04/12/2026, penghantar: Ooi Kah Leong, lori PKW 2918, berat bersih 8.42 tan, kelembapan 22%, bayaran RM11,980.
        Unit Nelayan Tok Bali minta dimaklumkan: Encik Hassan Basri bin Yunus (017-920 3368) masih di laut sejak semalam, bot tak dapat dihubungi, sila maklum APMM.
        Senarai giliran ambil baja esok: 07 - Mahmud Jusoh (1.2 ha), 08 - Kalsom Ibrahim (0.8 ha), 09 - Teoh Ah Bee (3.0 ha).
        Assalamualaikum, saya isteri kepada Razali bin Mamat, suami saya lumpuh sebelah badan sejak strok bulan Ogos, tak boleh turun laut lagi. Boleh tak ESH dia diteruskan? No KP suami 630704-11-5115.
        Kepada pengurus jeti Pulau Kambing: duit lelong ikan untuk Encik Yap Chee Wai belum dibayar sebanyak RM3,480, sila jelaskan sebelum Jumaat.
        Pesanan Shopee: penerima Nur Izzati binti Kamarudin, No. 18, Jalan Padi Huma 3, Taman Bendang Jaya, 05350 Alor Setar, Kedah, 012-533 7802, baja organik 10 kg x 2.
        MARCUS DE SOUZA, nelayan Perkampungan Portugis Ujong Pasir, Melaka, menerima bantuan enjin sangkut 15 kuasa kuda daripada LKIM pada 2 Disember 2026.
        Ketua unit tanya: Encik Ghazali bin Osman (Pak Li bengkel bot Kuala Kedah) dah dua minggu tak buka bengkel sebab masuk wad, ada sapa tahu wad mana?
        kad nelayan saya hilang masa banjir, nama Ismail bin Ab Rahman, KP 770918035163, unit nelayan Kg Kijang. macam mana nak buat baru?
        Surat tunjuk sebab kepada Tuan Haji Zainal Abidin bin Mohd Noor, Bendahari Koperasi Peladang Kawasan Sik: terdapat perbezaan RM15,200 dalam akaun tunai bulan Oktober.
        Rekod pendaftaran kebun: Pemilik: Juliana Sikuil, Kampung Tinangol, Kudat; No KP 850217-12-5578; tanaman: padi bukit dan jagung; keluasan 1.6 ha.
        Kes kecurian enjin bot: pemilik Yusri bin Ali, bot TRF 3587, enjin Yamaha 40 kuasa kuda hilang di Jeti Seberang Takir malam 1 Dis. Laporan polis sudah dibuat di Balai Polis Marang.
        Pn. Faridah binti Othman, setiausaha Persatuan Peladang Wanita Kg. Seberang Pintasan, minta tempoh bayaran pinjaman dilanjutkan kerana suaminya diberhentikan kerja.
        Jadual kutipan buah sawit: Lot 2217 (Encik Sulaiman Derahman) Isnin; Lot 2219 (Puan Hasnah Tahir) Selasa; lori dipandu Halim, hubungi 010-566 8493.
        Pekebun kecil Kumar a/l Subramaniam, Batu 8 Kuala Selangor, masih berhutang RM640 untuk 8 beg baja dengan kedai koperasi.
        Anak nelayan Zakaria bin Omar, Nurul Syafiqah (Tingkatan 4, SMK Kuala Besut), layak menerima Biasiswa Anak Nelayan LKIM 2027.
        Status permohonan pinjaman Agrobank: Pemohon: Rahim bin Ahmad | No. KP 690225-09-5071 | Amaun: RM30,000 untuk sangkar ikan siakap | Status: ditolak, rekod CCRIS tertunggak.
        2 Dis: Encik Leong Wai Kit (pengusaha kolam udang, Sg. Udang) melaporkan 4 ekar kolamnya melimpah; anggaran kerugian RM80,000.
        Nombor akaun untuk bayar sewa tapak gerai hasil tani: CIMB 7063 4412 85, a/n Rosmawati binti Hj. Ariffin. Kalau dah bayar, screenshot kat saya.
        Kalau nak ambil anak benih sawit, jumpa Pak Din Traktor, nama betul Kamarudin bin Yahya, rumah dia sebelah masjid Kampung Padang Lalang, Yan. Hilux putih dia KDN 4476.
        Rekod ESH: Siti Hajar binti Mohd Salleh, suaminya (nelayan) meninggal dunia di laut pada 12/09/2026; bayaran dihentikan, waris mohon bantuan khas Baitulmal.
    """),
    "en": _lines("""
        Hi, my father-in-law Ahmad Fauzi bin Sulaiman (IC 560823-10-5349) farms 3 acres of paddy in Sabak Bernam and still hasn't received his fertiliser subsidy. Who should he contact?
        Delivery note: 20 kg Bentong ginger for Hannah Whitcombe, Unit 7-3, Residensi Hijau, Jalan Ampang, 50450 Kuala Lumpur, tel +60 12-708 4419, leave with the guard if she's out.
        Payment for durian box order failed, card 4570 1463 7448 1722 exp 08/28, customer Daniel Koh Wei Ming asked us to retry tomorrow.
        Staff note: Suresh s/o Govindasamy, lorry driver for the Tanjung Karang cooperative, was suspended for two weeks after the fertiliser load went missing for an afternoon.
        Flood relief volunteers at Kampung Tiong: Aisyah Farhana binti Zulkarnain (19, UiTM student), Brandon Lee (22), Kavitha d/o Maniam (31, staff nurse).
    """),
    "mixed": _lines("""
        Tuan, saya Kamal, pemborong ikan dari Singapore, NRIC S7834512H. Nak daftar beli terus dari koperasi, boleh hantar invois ke kamal.traders.sg@gmail.com?
        Bro, aku dah WhatsApp Encik Tan Kok Seng pasal order 300 kg udang, his number 016-470 9321, he said boleh deliver Sabtu.
        Tolong update rekod ahli: Norazlina binti Hashim dah pindah ke No. 7, Lorong Serai Wangi 2, Taman Seri Jaya, 13200 Kepala Batas. Old phone 014-289 3076 dah tak guna.
        Kepada admin FB group Petani Moden Kelantan: akaun TikTok @pakcikroslan_tanamcili tu milik Roslan bin Hamat dari Kg. Kubang Kerian, bukan scammer.
        Telegram @nelayan_azman88, Azman bin Jusoh, jual ikan bilis kering Kuala Kedah, COD sekitar Alor Setar.
        Card 5196 7821 5267 8088 declined masa beli sangkar ikan online; cardholder Khairul Anuar bin Mokhtar, minta cuba semula guna FPX.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "Anda ialah pembantu maya Koperasi Peladang Kawasan Kota Sarang Semut Berhad."),
        ("user", "Saya nak semak baki pinjaman. Nama Hamidah binti Ismail, no ahli 01187."),
        (
            "assistant",
            "Baik Puan Hamidah. Untuk keselamatan, sila sahkan tarikh lahir puan seperti dalam rekod keahlian.",
        ),
        ("user", "12 Mac 1974. Lepas tu tolong tukar no telefon saya dalam rekod ke 019-557 3082."),
    ],
    [
        (
            "user",
            "Tolong tulis surat rayuan ESH. Nama saya Abdul Ghani bin Mat Saman, KP 600519-02-5293, nelayan Kuala Kedah, bayaran terhenti sejak Ogos.",
        ),
        (
            "assistant",
            "Baik, berikut draf surat rayuan kepada Pengarah LKIM Negeri Kedah. Tuan boleh ubah bahagian sebab rayuan jika perlu.",
        ),
        ("user", "tambah yang saya ada 5 orang anak masih bersekolah dan isteri tak bekerja"),
    ],
    [
        (
            "user",
            "I'm helping my grandmother sell her durians online. Her name is Lee Siew Lan, she's 78 and has a small orchard in Karak.",
        ),
        (
            "assistant",
            "That sounds lovely. I can help you write a short post describing the orchard, the varieties and how to order.",
        ),
        (
            "user",
            "Great, please put her number 012-382 5576 for orders and say she only accepts cash on delivery.",
        ),
    ],
    [
        (
            "user",
            "Boleh susun senarai ni jadi jadual? Azlan bin Hussin 1.5 ha KP 750612-08-6157; Mazni binti Rahmat 0.9 ha KP 800101-08-5336",
        ),
        (
            "assistant",
            "Boleh. Jadual dengan lajur Nama, No. KP dan Keluasan (ha) seperti di bawah.",
        ),
        ("user", "Tambah lajur bank: Azlan Maybank, Mazni Bank Simpanan Nasional."),
    ],
    [
        (
            "user",
            "Saya nak buat aduan kat Suruhanjaya Koperasi. Bendahari koperasi kami, Encik Roslee bin Hashim, dah dua tahun tak bagi penyata akaun kepada ahli.",
        ),
        (
            "assistant",
            "Aduan boleh dibuat secara bertulis kepada Suruhanjaya Koperasi Malaysia. Sertakan nama koperasi, tempoh masalah dan bukti permintaan penyata yang pernah dibuat.",
        ),
        (
            "user",
            "Nama saya Normah binti Salleh, ahli sejak 2009, tel 013-906 4425. Tolong draf aduan tu.",
        ),
    ],
    [
        ("user", "Aku nelayan kat Tumpat, bot aku KNF 2054 rosak teruk masa ribut malam semalam."),
        (
            "assistant",
            "Maaf mendengarnya. Tuan boleh laporkan kerosakan kepada Pejabat Perikanan Daerah dan semak jika bot dilindungi takaful.",
        ),
        (
            "user",
            "Nama Wan Mohd Rizal bin Wan Daud. Takaful bot aku ambik tahun lepas, boleh claim tak kalau enjin je selamat?",
        ),
    ],
    [
        (
            "user",
            "Buyer dari Singapore nak bayar deposit ikan kering. Dia bagi nama Tan Jia Hui, phone +65 9183 4427. Betul ke ni bukan scam?",
        ),
        (
            "assistant",
            "Tiada cara pasti untuk saya sahkan, tetapi tuan boleh minta bayaran penuh melalui bank sebelum penghantaran dan jangan berikan maklumat log masuk perbankan.",
        ),
        ("user", "Dia minta aku bayar dulu RM200 untuk kos shipping. Patut ke?"),
    ],
    [
        (
            "user",
            "Tolong kira: Pak Mail jual 2.3 tan padi kat kilang, harga RM1,500 satu tan, potongan lembap 15%. Berapa dia dapat?",
        ),
        (
            "assistant",
            "2.3 tan x RM1,500 = RM3,450. Tolak 15% (RM517.50), jumlah bersih RM2,932.50.",
        ),
        (
            "user",
            "Pak Mail ni Ismail bin Daud, jiran saya kat Kg Sala, Kota Sarang Semut. Buatkan resit ringkas atas nama dia, saya nak print.",
        ),
    ],
    [
        ("system", "You are the LKIM helpdesk assistant. Reply in Bahasa Melayu."),
        ("user", "saya nak renew kad nelayan, no KP 820403-11-5021"),
        ("assistant", "Terima kasih. Sila berikan nama penuh dan alamat kampung tuan."),
        ("user", "Mohd Faris bin Abdullah, Kg Pulau Duyong, Kuala Terengganu."),
    ],
    [
        (
            "user",
            "Anak saya Aiman, 16 tahun, sekolah SMK Sungai Besar, nak mohon biasiswa anak petani. Saya Fauziah binti Salim, pesawah di Sekinchan.",
        ),
        (
            "assistant",
            "Biasanya dokumen yang diperlukan ialah salinan MyKad ibu bapa, sijil lahir anak, slip keputusan peperiksaan dan pengesahan pendapatan isi rumah.",
        ),
        ("user", "Pendapatan isi rumah kami RM1,800 sebulan, suami dah tak kerja. Layak tak?"),
    ],
    [
        (
            "user",
            "Ada orang WhatsApp dari 011-1928 4470 mengaku pegawai LKIM, minta saya bayar RM80 untuk proses bantuan tengkujuh.",
        ),
        (
            "assistant",
            "Itu berkemungkinan besar penipuan. LKIM tidak mengenakan bayaran untuk bantuan. Jangan buat sebarang pemindahan wang.",
        ),
        (
            "user",
            "Alamak, saya dah bagi no akaun Bank Islam saya 12023014556281 dan nama penuh Rohani binti Mustapa. Apa saya perlu buat sekarang?",
        ),
    ],
]
