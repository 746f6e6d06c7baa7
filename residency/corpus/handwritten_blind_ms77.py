# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms77: Bahasa Melayu kelab burung dan ikan hiasan (pertandingan, jual beli, ahli, lesen PERHILITAN, kumpulan WhatsApp). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms77
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis pertandingan"): _lines("""
        PERTANDINGAN MURAI BATU & KACER PIALA PERSATUAN 2026 | Tarikh: 15 Mac 2026 (Ahad) | Tempat: Dataran Bandaraya Ipoh | Yuran: RM50 sepangkat, RM80 kelas bebas | Pendaftaran dibuka 7.00 pagi
        Notis: Gantangan ditutup jam 9.30 pagi tepat. Burung yang lewat didaftarkan tidak akan dibenarkan masuk sesi pertama.
        Kelas yang dipertandingkan: Murai Batu Ekor Panjang, Murai Batu Borneo, Kacer, Cucak Hijau, Merbuk Suara Muda, Merbuk Suara Tengah, Merbuk Suara Besar.
        Hadiah setiap kelas: Johan RM1,000 + piala + sijil; Naib Johan RM500; Tempat Ketiga RM300; Saguhati tempat 4 hingga 10 RM50 seorang.
        Urusetia memaklumkan semua peserta wajib membawa salinan lesen atau permit PERHILITAN yang sah bagi spesies dilindungi; pemeriksaan rawak akan dibuat di kaunter pendaftaran.
        Pertandingan Ikan Laga Kelab Akuatik Seri Manjung ditangguhkan ke 22 Februari 2026 kerana banjir di tapak asal. Yuran yang telah dibayar kekal sah.
        Festival Ikan Hiasan Negeri Sembilan 2026 — Kategori: Guppy (Tuxedo, Mosaic, Full Red), Betta (Halfmoon, Plakat, Giant), Louhan, Koi Tategoi. Penjurian oleh panel bertauliah.
        Pertanyaan lanjut sila hubungi pejabat urusetia persatuan di talian 05-242 7788 (waktu pejabat, Isnin hingga Jumaat sahaja).
        Peraturan am: Sangkar mesti bersih, tiada tanda pengenalan pemilik, dan kain penutup hanya dibuka selepas wisel juri dibunyikan.
        Sistem penilaian murai: irama 30%, volume 25%, gaya 20%, durasi 15%, mental 10%. Keputusan juri adalah muktamad dan tiada rayuan dilayan.
        Kontes Arowana Terbuka Selangor 2026 akan diadakan di Dewan Konvensyen Setia City, Shah Alam, 9–11 Oktober. Tangki pameran disediakan oleh penganjur.
        Nombor gantangan akan diundi pada pagi pertandingan. Giliran 1–40 untuk Kelas A, 41–80 untuk Kelas B.
        Peserta dari Singapura dan Thailand dialu-alukan; sila pastikan permit eksport dan import CITES diperoleh sekurang-kurangnya 30 hari sebelum acara.
        Kutipan derma kilat untuk mangsa banjir Kelantan akan dibuat di kaunter pendaftaran sepanjang hari pertandingan.
    """),
    ("ms", "panduan lesen"): _lines("""
        Di bawah Akta Pemuliharaan Hidupan Liar 2010 (Akta 716), memiliki hidupan liar dilindungi tanpa lesen atau permit yang sah boleh dikenakan denda dan/atau penjara.
        Permohonan lesen peniaga hidupan liar boleh dibuat secara atas talian melalui portal PERHILITAN; sediakan salinan pendaftaran SSM dan pelan lokasi premis.
        Soalan lazim: Adakah saya perlu permit untuk membela murai batu? Jawapan: Semak jadual spesies dalam Akta 716 atau tanya pejabat PERHILITAN negeri anda.
        Dokumen untuk permohonan pindah milik: borang lengkap, salinan kad pengenalan pemohon, bukti pembelian, gambar burung dan nombor cincin kaki.
        Arowana Asia (Scleropages formosus) tersenarai dalam Apendiks I CITES; hanya ikan hasil ternakan ladang berdaftar yang bercip mikro boleh didagangkan.
        Aduan pemburuan haram dan penjualan hidupan liar secara dalam talian boleh disalurkan ke talian bebas tol PERHILITAN 1-800-88-5151.
        Lesen yang tamat tempoh hendaklah diperbaharui segera; pemilik yang terus menyimpan spesies dilindungi tanpa lesen sah boleh dikenakan tindakan.
        Jabatan Perikanan Malaysia mengeluarkan sijil kesihatan ikan bagi setiap penghantaran eksport ikan hiasan hidup.
        Burung yang dirampas akan ditempatkan di pusat menyelamat hidupan liar untuk pemulihan sebelum dilepaskan semula ke habitat asal.
        Nota: Nombor rujukan fail seperti PHL.600-2/3/12 Jld. 4 (17) adalah untuk kegunaan pejabat sahaja dan bukan nombor lesen anda.
        Borang permohonan: Nama Pemohon: ____________ | No. K/P: ______-__-____ | Alamat: ____________ | Spesies: ____________ | Bilangan: ____
        Kadar fi lesen berbeza mengikut kategori lesen dan spesies; sila rujuk jadual fi terkini di laman web rasmi jabatan sebelum membuat bayaran.
        Import burung hidup dari luar negara memerlukan permit import, sijil kesihatan veterinar dan tempoh kuarantin di stesen yang diluluskan DVS.
    """),
    ("mixed", "whatsapp kumpulan"): _lines("""
        Bro2 murai aku 3 hari tak nak bunyi, dah mandi pagi, dah jemur. Ada tips tak?
        Try bagi kroto sikit pagi2, jangan banyak sangat nanti over birahi.
        Guppy I punya tank ekor kena fin rot, salt treatment boleh ke?
        Admin reminder: no selling in main group, pakai group Jual Beli ye. Yang langgar kena kick.
        Sapa pergi kontes Ipoh Ahad ni? Jom konvoi dari KL, gerak lepas Subuh.
        Haha kacer jantan kalau nampak cermin memang naik gila, jangan letak dekat sangat.
        Water change 30% seminggu sekali cukup utk louhan, jgn lupa dechlorinator.
        Result kelas merbuk suara besar dah keluar kat page kelab, tahniah semua pemenang!
        Weh harga cengkerik naik la, RM12 sekilo sekarang kat kedai pet area Kajang.
        Anyone got spare air pump? Mine rosak, tengah malam tak boleh beli.
        Ok noted admin 👍
        Mantap gantangan tadi, suara merbuk no. 27 macam loceng 🔥
        PSA: jangan beli pellet tamat tempoh dari marketplace, check expiry kat bungkusan dulu.
        Lepas hujan lebat ni jaga2 suhu air, arowana sensitif kalau suhu drop mendadak.
        Group ni utk ahli berdaftar sahaja. Sila update nama penuh dgn admin kalau belum.
        Eh sape ada link live TikTok kontes tadi? Aku miss round akhir.
    """),
    ("ms", "iklan jual beli"): _lines("""
        DIJUAL: Sangkar murai bulat 50cm, kayu jati, terpakai 2 bulan. RM180. COD sekitar Klang sahaja. PM untuk gambar.
        Anak guppy Full Red Albino, RM15 sepasang, minimum 3 pasang. Pos seluruh Semenanjung, kotak stirofoam + oksigen.
        Kedai Akuarium Sri Permai — Jualan gudang! Filter Sunsun HW-304B & Eheim 2217 diskaun 20%. Hubungi kedai di 03-8736 2145.
        Stok baru: Betta Halfmoon Super Red grade A, RM45 seekor. Kuantiti terhad, siapa cepat dia dapat.
        Arowana Golden Red 15cm, lengkap sijil ladang & cip mikro, harga RM2,800 boleh runding. Boleh tengok live.
        Makanan burung premium: Voer Murai Batu 250g RM9.90, beli 10 percuma 1. Kod produk VMB-250.
        Jual kroto segar setiap Jumaat, RM8 satu bekas, di gerai pasar tani Bangi.
        Pam udara ATMAN AT-3338 second hand masih elok, RM60 sahaja.
        Koi import Jepun Kohaku tosai 12–15cm, RM120 hingga RM350 ikut corak. Ladang berdaftar dengan Jabatan Perikanan.
        Cari: merbuk suara tengah, bajet bawah RM1k, yang dah biasa naik gantangan. PM.
        Ladang Ternakan Arowana Bukit Merah Sdn. Bhd. — lawatan ladang dibuka setiap Sabtu 10 pagi–4 petang. Talian pejabat: 05-890 2233.
        Sila pastikan penjual menunjukkan permit atau lesen yang sah sebelum membeli burung dilindungi. Transaksi tanpa dokumen bukan tanggungjawab kelab.
        PROMO 11.11: Lampu LED akuarium 60cm RM79 (asal RM129), guna kod baucar AKUA11 semasa bayar.
    """),
    ("en", "care guide"): _lines("""
        White-rumped shamas need at least 30 minutes of morning sun; avoid hanging the cage near kitchen smoke.
        Acclimatise new fish by floating the bag for 15–20 minutes, then adding tank water gradually before release.
        Ich (white spot) usually appears after sudden temperature drops; raise the temperature slowly and dose an appropriate treatment.
        For Betta splendens, keep males separate; a 5-litre tank with a heater at 26–28°C is a reasonable minimum.
        Zebra doves entered in song contests are usually trained young by hanging them near experienced singers.
        Never release ornamental fish into rivers or lakes — suckermouth catfish are already invasive in Malaysian waterways.
        A cycled tank reads zero ammonia and zero nitrite; a basic liquid test kit costs about RM30–60.
        Quarantine new birds for at least 14 days before putting them near your existing birds.
        How do I tell a male from a female white-rumped shama? Males have glossy black heads and backs; females are greyish-brown.
        Feed arowana a varied diet of pellets, prawns and insects, and avoid feeder goldfish that may carry disease.
        Koi ponds need strong filtration; a rule of thumb is to turn over the whole pond volume at least once an hour.
        Signs of a sick bird: fluffed feathers, sleeping on the cage floor, watery droppings, loss of appetite. See an avian vet quickly.
        If your guppies keep dying within a week, compare pH and hardness with the shop water before blaming the breeder.
    """),
    ("mixed", "rekod sistem"): _lines("""
        INVOIS No. INV-2026-00413 | Tarikh: 04/01/2026 | 2 x Sangkar Kacer @ RM95.00 | Jumlah: RM190.00 | Status: DIBAYAR
        Tracking Pos Laju: ER447122904MY — penghantaran ikan hidup, anggaran tiba dalam 2 hari bekerja.
        Ring ID: KBM-25-0871 | Spesies: Merbuk | Kelas: Suara Tengah | Status: Aktif
        Order #MY2601093345 shipped via J&T, 3 boxes, declared as live tropical fish.
        [2026-01-12 08:14:22] INFO scoring.submit gantangan=27 kelas=MSB juri=J3 mata=87.5
        Receipt 00019823 | Pet Mart Seri Kembangan | Tetra Bits Complete 93g x2 | RM37.80 | SST 0.00
        Kes rujukan PERHILITAN: KES/PHL/SEL/2025/0142 — status: dalam siasatan.
        SKU: KOI-KH-15 | Kohaku 15cm | Stok: 6 | Harga: RM280
        Versi 2.3.1 app Kelab Burung Kicau — baiki bug pendaftaran gantangan, tambah eksport CSV keputusan.
        Tiket sokongan #TK-55821: Pengguna tidak dapat muat naik gambar sijil ladang. Status: Selesai.
        Poskod kawasan pertandingan: 30450 Ipoh, Perak.
        sha256(sijil_ladang.jpg) = 51558f671a3b020b9a448f5eb43df9fff77bf5b436bdc1397ff954cccbd143a2
        config: max_entries_per_class=80; registration_fee_myr=50; allow_walkin=false; timezone=Asia/Kuala_Lumpur
        ISBN 978-983-9681-50-2 | Panduan Asas Membela Ikan Hiasan | Edisi Kedua | RM35.00
    """),
    ("ms", "sejarah dan budaya"): _lines("""
        Alfred Russel Wallace mengumpul ribuan spesimen burung di Kepulauan Melayu dan menerbitkan The Malay Archipelago pada tahun 1869.
        Lagu "Burung Kakak Tua" merupakan lagu rakyat yang sering dinyanyikan di tadika seluruh Nusantara.
        Hikayat Bayan Budiman mengisahkan seekor burung bayan yang bercerita setiap malam untuk menghalang isteri tuannya daripada berbuat curang.
        Sir Stamford Raffles ialah pengasas Zoological Society of London pada tahun 1826.
        Kementerian Sumber Asli dan Kelestarian Alam mengumumkan peningkatan rondaan di hutan simpan bagi membanteras penyeludupan burung kicau.
        Ikan arowana dipercayai membawa tuah dalam kepercayaan sebahagian masyarakat Cina, sebab itu harganya boleh mencecah puluhan ribu ringgit.
        Pertandingan merbuk sudah lama menjadi tradisi di Kelantan, Terengganu dan selatan Thailand.
        Menurut laporan media, ratusan ekor burung murai batu dirampas dalam operasi di sempadan utara tahun lalu.
        Ikan laga Betta splendens berasal dari Lembangan Sungai Mekong dan kini diiktiraf sebagai haiwan akuatik kebangsaan Thailand.
        Ramai pencinta burung merujuk buku A Field Guide to the Birds of Peninsular Malaysia and Singapore oleh Allen Jeyarajasingam dan Alan Pearson.
        Taman Burung Kuala Lumpur dibuka pada tahun 1991 dan kini menempatkan beribu-ribu ekor burung dari pelbagai spesies.
    """),
    ("ms", "minit dan pengumuman kelab"): _lines("""
        Minit Mesyuarat Agung Tahunan ke-12: Kehadiran 48 ahli. Laporan kewangan dibentang dan diterima. Yuran tahunan kekal RM60.
        Keahlian baharu: isi borang, bayar yuran pendaftaran RM30 + yuran tahunan RM60, lampirkan sekeping gambar berukuran pasport.
        Jawatankuasa akan bermesyuarat pada Khamis minggu pertama setiap bulan di bilik mesyuarat Kompleks Belia.
        Usul: Kelab mewajibkan cincin kaki berdaftar untuk semua burung yang bertanding mulai musim 2027. Diluluskan sebulat suara.
        Baki akaun kelab setakat 31 Disember 2025: RM14,582.40.
        Peringatan: Ahli yang belum menjelaskan yuran selepas 31 Mac akan dikeluarkan daripada kumpulan WhatsApp rasmi.
        Kelab tidak bertanggungjawab atas sebarang urus niaga peribadi antara ahli.
        Bengkel asas penjagaan ikan hiasan untuk ahli baharu: Sabtu ini, 9 pagi, percuma, tempat terhad kepada 30 orang.
        Kelab menerima tajaan bernilai RM5,000 daripada Syarikat Makanan Haiwan Sinar Jaya Sdn. Bhd. untuk musim 2026.
        Template mesej selamat datang: "Selamat datang {nama} ke kumpulan {nama_kumpulan}! Sila baca peraturan di deskripsi kumpulan."
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        BORANG KEAHLIAN KELAB BURUNG KICAU LEMBAH KLANG | Nama: MOHD HAFIZUDDIN BIN ABDUL RAHIM | No. K/P: 880514-10-5227 | Alamat: No. 27, Jalan Merbah 3/2, Taman Puchong Utama, 47100 Puchong, Selangor | Tel: 013-447 1902 | Spesies: Murai Batu (2), Kacer (1)
        Keputusan Kelas Murai Batu Ekor Panjang: Johan — Khairul Anuar bin Yusof (Ipoh) RM1,000; Naib Johan — Lee Kok Wai (Taiping) RM500; Ketiga — Saravanan a/l Rajoo (Sitiawan) RM300.
        NOTIS GANTUNG KEAHLIAN: Ahli No. 0147, Rajesh a/l Muniandy, digantung 6 bulan kerana didapati memberi ubat perangsang kepada burungnya semasa pertandingan 8 Februari 2026.
        Permohonan Lesen Simpan Hidupan Liar | Pemohon: SITI AMINAH BINTI OSMAN | K/P: 670212-11-5098 | Alamat: Lot 1142, Kampung Paya Rambai, 21600 Marang, Terengganu | Spesies: Murai Batu x 3
        Deposit merbuk RM300 sila masuk Maybank 164022318765 a/n Zulkarnain bin Che Mat, lepas tu ss resit hantar WA ye.
        Aduan: Penjual guppy bernama Tan Wei Liang dari Bukit Mertajam hantar ikan mati semua, dah 2 minggu tak refund RM240. Ada sesiapa kenal dia?
        Senarai ahli belum bayar yuran 2026: 1) Azman bin Ibrahim – RM60, 2) Goh Siew Lan – RM60, 3) Muthusamy a/l Karuppiah – RM120 (tertunggak 2 tahun).
        HILANG: Murai batu jantan bercincin KBM-24-0433 terlepas dari rumah di Taman Melawati pada 3 Jan. Pemilik: Encik Faizal Hakim, hubungi 019-552 4718. Ganjaran RM500.
        Tahniah kepada Puan Kavitha a/p Subramaniam yang dilantik sebagai Bendahari Kelab Akuarium Johor Bahru bagi sesi 2026/2027.
        Rekod Klinik Veterinar | Pemilik: Lim Chee Keong | Tel: 012-347 8810 | Haiwan: Kakak tua Grey (Jako), 8 tahun | Diagnosis: jangkitan pernafasan | Kos: RM185
        Penghantaran ikan — Penerima: Nur Syafiqah binti Hassan, No. 8, Jalan Kenari 5, Taman Sri Tebrau, 80050 Johor Bahru. Tel 017-628 0935. Isi: Betta 6 ekor.
        Senarai rombongan ke Pesta Merbuk Pattani: 1. Wan Ahmad Fadzli bin Wan Ismail (Pasport A51234876) 2. Che Rosli bin Abdullah (Pasport A49028317) — berkumpul di Rantau Panjang 6 pagi.
        Ahli baru kumpulan Merbuk Pantai Timur: Pak Su Mat dari Kubang Kerian, bela merbuk 12 ekor, no tel 014-905 2276.
        Ringkasan laporan polis: Burung murai batu bernilai RM8,000 milik Awang Sallehuddin bin Awang Jaya (K/P 760919-13-5377) dicuri dari sangkar di rumahnya di Kuching pada 14/2/2026.
        Resit yuran kontes | Nama: CHONG MEI LING | K/P: 990107-12-5280 | Kelas: Betta Plakat | No. peserta: 112 | Bayaran: RM40 tunai
        Pembayaran tempahan tangki custom 4 kaki: Visa 4570 4533 3147 8936, tamat 09/28, nama pada kad ONG KAH HENG.
        Encik Roslan ahli kelab kita guna Hilux hitam BMF 2290 — tolong jangan parking halang kereta dia lagi masa gantangan ye.
        AKUAN BERKANUN: Saya NORHAYATI BINTI MOKHTAR (K/P: 830406-05-5302) mengaku bahawa 2 ekor arowana dalam simpanan saya dibeli daripada ladang berdaftar.
        Permohonan pindah milik burung: Daripada Hamdan bin Salleh kepada Ismail bin Rahmat, cincin MRB-23-1190, harga jualan RM4,500.
        Keputusan Jawatankuasa Disiplin: Sdr. Ganesan s/o Pillai diberi amaran bertulis kerana memaki juri di gantangan Seremban pada 1 Mac.
        Anak saya Amirul Haziq bin Rosli, 12 tahun, murid SK Taman Desa Jaya, dapat tempat ketiga kelas guppy junior semalam 😊
        Senarai tugas AJK hari kontes: Kaunter pendaftaran — Encik Baharom (011-2764 3390); Air minuman — Puan Rohani (018-231 7745).
        Pengesahan pembeli luar negara: TEO JUN HAO, NRIC S8512347E, Blk 412 Bedok North Ave 2 #08-117 Singapore 460412, tel +65 8734 2290, 1 ekor arowana Super Red.
        Saguhati kelas merbuk suara muda RM50 telah dipindahkan kepada Hairul Nizam bin Che Hussin, akaun Bank Islam 12013020456789.
        Tempahan slot gantangan no. 14 atas nama Saiful Bahri bin Ramli, K/P 900225-08-5671, bayar tunai di kaunter pagi esok.
    """),
    "mixed": _lines("""
        Bro sape nak murai Borneo jantan, dah masuk kontes 3x. RM2.5k nego. WA aku 016-223 8841 (Ah Seng, Kepong).
        guys hati2 dgn buyer nama Faris Iskandar, ig @faris.kicau99 — dah 2x janji COD tak datang, block terus
        Ok bro transfer dah buat, CIMB 7063421985 a/n Mohd Rizal bin Kassim ye, RM450 utk 3 pasang guppy.
        Sis Farah yg duduk Wangsa Maju tu ada jual anak louhan, ni no dia 011-3388 2041, cakap aku recommend.
        Admin pls add my brother-in-law Jason Lim Teck Soon, +60 12-880 4561, dia baru start bela arowana.
        telegram @kacer_pakdin jual kroto & cengkerik, legit, aku dah beli banyak kali dari dia.
        Eh tadi kat kontes Kajang nampak Cikgu Hasnah yg mengajar kat SK Sungai Ramal bawak kacer, rupanya dia pun minat burung haha
        arowana I jual kat uncle Wong Kam Fatt from Seremban, he still owe me RM1,200 ah. His hp 012-613 4098. Anyone know him?
        Sapa jumpa dompet coklat kat gantangan tadi, ada IC nama Norazlan bin Jusoh 820711-02-5339, tolong bagi kat kaunter.
        HK buyer confirm: Mr. Chan Ho Yin, HKID K381204(9), cargo ke Chek Lap Kok, WhatsApp +852 6123 8814.
        Hi admin, I'm Priya d/o Ramasamy, my email priya.bettafarm@gmail.com, nak join group Betta Johor. Rumah kat Skudai.
        Lot 5 & 6 guppy dah sold to Aiman (aimanz_guppy kat Shopee), alamat pos: 21, Lorong Mawar 4, Taman Kota Jaya, 34000 Taiping.
        Update: Abang Jamal (Jamaluddin bin Osman) masuk wad HSA sebab denggi, kontes Ahad ni dia tak dapat datang, doakan dia ye.
        Nak tanya, sesiapa kenal Kak Lina Sayang Kucing? Dia bela 30 ekor kakak tua kat Kg Baru Subang, dah kena serbu PERHILITAN semalam.
        Thanks Dr. Suresh for treating my kacer, tapi bil RM320 tu mahal sikit la, my IC 850917-07-5471 for the receipt ye — Lim Swee Hock
    """),
    "en": _lines("""
        Member update: Mrs. Evelyn de Souza of Ujong Pasir has donated 20 breeding pairs of fancy guppies to the club; call her at 019-640 2218 to arrange pickup.
        Wildlife dealer licence renewal — applicant: Goh Boon Chye, MyKad 640918-07-5245, sole proprietor of Goh Aquatic Trading; previous licence expired 31/12/2025.
        Complaint from buyer: the arowana Mr. Kumaravel s/o Nadarajah sold me on 2 Jan died within a week, and he refuses to show me the farm certificate.
        Courier label: TO: Daniel Fernandez, 15 Jalan SS 2/61, 47300 Petaling Jaya | HP: 016-901 3357 | LIVE FISH – THIS SIDE UP
        Judge roster note: Mr. Ng Soon Huat (Judge 3) is excused from Class B because his own bird is entered there.
        Refund approved for Sarah Tan Hui Min, card 5264 2880 4072 3869, entry fee RM80 for the cancelled Betta show.
        Hi, I'm Farid, 34, from Kota Bharu, and I've kept zebra doves for 15 years; you can reach me at farid.merbuk@yahoo.com.
        Student volunteers at the registration counter: Aisyah binti Kamarul (Form 4, SMK Bandar Baru Bangi) and Lee Jia Xin (Form 5, SMK Seksyen 9 Shah Alam).
        Singapore member Ms. Rachel Goh, FIN G5123987W, has asked the club for a support letter for her bird import permit.
        Suspected bird thief drove a silver Perodua Bezza, plate JQM 8823, which is registered to Hanafi bin Yaacob of Kluang.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Tolong draf surat rayuan kepada PERHILITAN Perak. Lesen simpan murai batu saya tamat tempoh sebab saya masuk hospital 2 bulan. Nama: Ahmad Tarmizi bin Zakaria, K/P 841107-08-5423, alamat 12 Jalan Bercham Jaya 4, 31400 Ipoh.",
        ),
        (
            "assistant",
            "Berikut draf ringkas: Kepada Pengarah, Jabatan PERHILITAN Negeri Perak / Tuan, RAYUAN PEMBAHARUAN LESEN SIMPAN HIDUPAN LIAR / Saya, Ahmad Tarmizi bin Zakaria (K/P 841107-08-5423), beralamat di 12 Jalan Bercham Jaya 4, 31400 Ipoh, ingin memohon pertimbangan tuan kerana lesen saya tamat tempoh semasa saya dimasukkan ke hospital selama dua bulan. Salinan surat hospital dilampirkan. / Sekian, terima kasih.",
        ),
        ("user", "Tambah no telefon saya 012-765 3301 kat bawah tandatangan."),
    ],
    [
        (
            "user",
            "Saya admin kumpulan WhatsApp Guppy Bangi. Nak buat mesej amaran pasal ahli nama Shahrul Nizam yang jual ikan berpenyakit kepada 4 orang ahli, no dia 013-552 0981. Tolong tulis sopan tapi tegas.",
        ),
        (
            "assistant",
            "Cadangan mesej: Assalamualaikum semua. Admin ingin memaklumkan kami menerima 4 aduan berkenaan ikan berpenyakit yang dibeli daripada Sdr. Shahrul Nizam (013-552 0981). Sementara isu ini diselesaikan, beliau tidak dibenarkan berjual di kumpulan ini. Terima kasih atas kerjasama.",
        ),
    ],
    [
        ("system", "You are the membership desk assistant for Kelab Akuarium Melaka."),
        (
            "user",
            "New member: Benjamin Pereira, lives in Ujong Pasir, phone 017-283 4470, keeps discus and wants to enter the March show.",
        ),
        (
            "assistant",
            "Noted. Draft record: Name: Benjamin Pereira | Area: Ujong Pasir | Tel: 017-283 4470 | Interest: Discus | Entry: March show (pending fee). Shall I add his MyKad number?",
        ),
        ("user", "Yes, IC 781203-04-5139."),
    ],
    [
        (
            "user",
            "Kira baki: Puan Rosnah binti Ali beli 3 ekor koi RM280 seekor dan 2 ekor RM350 seekor, dah bayar deposit RM300.",
        ),
        (
            "assistant",
            "Jumlah: 3 x RM280 = RM840, 2 x RM350 = RM700, keseluruhan RM1,540. Tolak deposit RM300, baki RM1,240.",
        ),
        (
            "user",
            "Ok, tulis resit atas nama dia, alamat Kampung Changkat Lada, 36000 Teluk Intan, Perak.",
        ),
    ],
    [
        (
            "user",
            "my fren Kelvin Chua Boon Keat nak export 2 ekor arowana to Taiwan. Buyer is 陳志明 Chen Chih-ming, ID F126830479, mobile 0933-482-615. What documents dia perlu?",
        ),
        (
            "assistant",
            "Biasanya diperlukan: permit eksport CITES dari pihak berkuasa Malaysia, sijil ladang dan nombor cip mikro setiap ikan, sijil kesihatan ikan, serta permit import CITES dari Taiwan atas nama pembeli Chen Chih-ming. Pastikan nama dan nombor ID pembeli sama pada semua dokumen.",
        ),
    ],
    [
        (
            "user",
            "Saya nak jual 5 ekor merbuk suara tengah, boleh tolong tulis iklan? Nama saya Che Ku Azlan, duduk Pasir Mas, WA 019-931 2276.",
        ),
        (
            "assistant",
            "DIJUAL: 5 ekor merbuk suara tengah, sihat dan aktif berbunyi, sesuai untuk gantangan. Lokasi Pasir Mas, Kelantan. Berminat hubungi Che Ku Azlan di WhatsApp 019-931 2276.",
        ),
        ("user", "Tambah harga RM450 seekor, nego sikit boleh."),
    ],
    [
        (
            "user",
            "Translate ke English: Saya, Rahimah binti Yusoff, ahli no. 0233, ingin membatalkan keahlian saya kerana berpindah ke Sandakan atas urusan kerja.",
        ),
        (
            "assistant",
            "I, Rahimah binti Yusoff, member no. 0233, wish to cancel my membership as I am relocating to Sandakan for work.",
        ),
    ],
    [
        (
            "user",
            "Summarise chat ni: [12:01] Din Tokey Kacer (016-772 3190): siapa ambik sangkar aku yg kain biru? [12:03] Mei Fong: sorry bang saya tersilap ambik, rumah saya Taman Connaught, malam ni saya hantar balik [12:04] Din Tokey Kacer: ok set",
        ),
        (
            "assistant",
            "Ringkasan: Din Tokey Kacer (016-772 3190) mencari sangkar kain biru miliknya. Mei Fong mengaku tersilap ambil dan akan memulangkannya malam ini dari rumahnya di Taman Connaught.",
        ),
    ],
    [
        (
            "user",
            "Kad saya kena caj 2 kali untuk yuran kontes RM80. Visa 4217 2551 1848 7330, nama Nor Azizah binti Mahmud. Macam mana nak tuntut balik?",
        ),
        (
            "assistant",
            "Langkah cadangan: 1) Hubungi urusetia kontes dengan bukti dua caj. 2) Jika tidak diselesaikan, buat pertikaian transaksi dengan bank pengeluar kad. Elakkan kongsi nombor kad penuh di kumpulan awam.",
        ),
    ],
    [
        (
            "user",
            "Help me fill in the CITES export form. Exporter: Ladang Arowana Sinar Sdn. Bhd. Importer: Mr. Koh Wei Jie, NRIC T0234561C, Blk 455 Jurong West St 41 #12-305, Singapore 640455. Specimen: 1 Asian arowana, farm-bred.",
        ),
        (
            "assistant",
            "Section 1 Exporter: Ladang Arowana Sinar Sdn. Bhd. | Section 2 Importer: Koh Wei Jie, NRIC T0234561C, Blk 455 Jurong West St 41 #12-305, Singapore 640455 | Section 7 Species: Scleropages formosus, Appendix I, source code F/C as applicable | Quantity: 1.",
        ),
    ],
]
