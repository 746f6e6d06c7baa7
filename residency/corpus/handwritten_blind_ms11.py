"""Blind check set ms11: Bahasa Melayu with Manglish code-switching (JPN, LHDN, KWSP, JPJ, Shopee and Mudah, schools and tadika, hospitals and clinics, kenduri and family). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms11
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "berita tokoh awam"): _lines("""
        Perdana Menteri Datuk Seri Anwar Ibrahim membentangkan Belanjawan 2025 di Dewan Rakyat pada 18 Oktober 2024 dengan peruntukan RM421 bilion.
        Tun Dr Mahathir Mohamad, Perdana Menteri keempat dan ketujuh, menyambut ulang tahun ke-99 pada 10 Julai 2024.
        Datuk Seri Siti Nurhaliza akan mengadakan konsert di Axiata Arena, Bukit Jalil, dengan harga tiket bermula RM198.
        Menteri Kesihatan mengumumkan 1,204 klinik kesihatan akan beroperasi sehingga jam 9.30 malam mulai 1 Mac.
        Gabenor Bank Negara Malaysia memaklumkan OPR dikekalkan pada 3.00 peratus selepas mesyuarat MPC yang ketiga.
        Yang di-Pertuan Agong ke-17, Sultan Ibrahim, mengangkat sumpah jawatan di Istana Negara pada 31 Januari 2024.
        Ahli Parlimen Bangi bertanya tentang status projek MRT3; jawapan bertulis bernombor 2417 diedarkan kepada semua ahli Dewan.
        Tan Sri Tony Fernandes, pengasas bersama AirAsia, berucap pada sidang media di klia2 mengenai jadual penerbangan musim perayaan.
        Ketua Polis Negara mengingatkan orang ramai supaya melaporkan penipuan dalam talian kepada NSRC melalui talian 997.
        Menteri Besar Selangor merasmikan Karnival Jom Shopping di Dataran Kemerdekaan Shah Alam pada pukul 10.00 pagi.
    """),
    ("ms", "sejarah"): _lines("""
        Tunku Abdul Rahman Putra Al-Haj melaungkan 'Merdeka!' sebanyak tujuh kali di Stadium Merdeka pada 31 Ogos 1957.
        Parameswara membuka Kesultanan Melayu Melaka sekitar tahun 1400 selepas berundur dari Temasik.
        Perjanjian Pangkor ditandatangani pada 20 Januari 1874 antara pihak British dan Raja Abdullah dari Perak.
        Malaysia dibentuk pada 16 September 1963 dengan penyertaan Persekutuan Tanah Melayu, Sabah, Sarawak dan Singapura.
        Mat Kilau, pahlawan Pahang, muncul semula pada Disember 1969 dan identitinya disahkan oleh kerajaan negeri pada tahun 1970.
        Tok Janggut memimpin penentangan terhadap British di Pasir Puteh, Kelantan pada tahun 1915.
        Dato' Onn Jaafar menubuhkan UMNO pada 11 Mei 1946 di Istana Besar Johor Bahru.
        Portugis di bawah pimpinan Alfonso de Albuquerque menakluki Melaka pada 24 Ogos 1511.
        Batu Bersurat Terengganu bertarikh 702 Hijrah (1303 Masihi) ialah antara bukti terawal tulisan Jawi di Semenanjung.
        Rosli Dhobi dihukum gantung di Penjara Kuching pada 2 Mac 1950 selepas membunuh Gabenor Sarawak, Duncan Stewart.
        Datuk Bahaman, Orang Kaya Semantan, mengetuai Perang Pahang antara tahun 1891 hingga 1895.
    """),
    ("ms", "sastera"): _lines("""
        Novel 'Salina' karya Sasterawan Negara A. Samad Said pertama kali diterbitkan pada tahun 1961.
        Sajak 'Kekasih' oleh Usman Awang sering dideklamasikan pada majlis perkahwinan dan malam puisi.
        ISBN 978-983-62-8431-2 tertera pada kulit belakang edisi Hikayat Hang Tuah terbitan Dewan Bahasa dan Pustaka.
        Shahnon Ahmad menulis 'Ranjau Sepanjang Jalan' (1966) tentang kehidupan petani Lahuma dan Jeha di Kedah.
        Hang Tuah, Hang Jebat, Hang Kasturi, Hang Lekir dan Hang Lekiu digelar lima bersaudara dalam hikayat itu.
        Dalam novel 'Interlok', watak Seman, Cing Huat dan Maniam mewakili tiga kaum utama di Tanah Melayu.
        Saya baru habis baca 'Saga' karya Abdul Talib Mohd Hassan, nombor panggilan perpustakaan 899.2333 ABD.
        Keris Mas menerima Anugerah Sastera Negara yang pertama pada tahun 1981.
        Antologi cerpen ini mengandungi 24 buah cerpen, 312 muka surat, harga RM35.00 (Semenanjung) / RM38.00 (Sabah & Sarawak).
        Pulau Pandan jauh ke tengah, Gunung Daik bercabang tiga; hancur badan dikandung tanah, budi yang baik dikenang juga.
        Dalam Syair Siti Zubaidah Perang China, Siti Zubaidah menyamar sebagai lelaki untuk menyelamatkan suaminya.
    """),
    ("ms", "resipi"): _lines("""
        Nasi lemak: 3 cawan beras, 2 cawan santan pekat, 1 1/2 cawan air, 3 helai daun pandan dan 1 sudu teh garam.
        Rendang tok Perak perlu dikacau dengan api perlahan selama 3 hingga 4 jam sehingga kering dan berminyak.
        Bakar kek lapis Sarawak pada suhu 180°C, setiap lapisan 5 hingga 7 minit di bawah gril atas.
        Resipi ini cukup untuk 8 hingga 10 orang; kos bahan lebih kurang RM42.50 di pasar raya.
        Sambal tumis: 20 tangkai cili kering dikisar, 2 biji bawang besar, 1 sudu besar air asam jawa, gula melaka secukup rasa.
        Mak saya selalu pesan, rahsia kuah kacang sedap ialah kacang tanah yang digoreng tanpa minyak.
        Untuk 1 kg ayam, gunakan 2 sudu besar serbuk kari Adabi dan 400 ml santan Kara.
        Kuih seri muka: lapisan pulut 500 g dikukus 20 minit, lapisan hijau guna 4 biji telur dan 200 ml jus pandan.
        Laksa Johor dikatakan digemari Sultan Abu Bakar dan dimasak dengan spageti, bukan mi laksa.
        Pengat pisang: 6 biji pisang raja, 250 g gula melaka, 1 liter santan dan secubit garam.
    """),
    ("ms", "sukan"): _lines("""
        Harimau Malaya menang 3-1 dalam perlawanan persahabatan FIFA di Stadium Sultan Ibrahim, Iskandar Puteri, di hadapan 24,817 penonton.
        Aaron Chia dan Soh Wooi Yik memenangi pingat gangsa beregu lelaki di Sukan Olimpik Paris 2024.
        Datuk Lee Chong Wei memenangi tiga pingat perak Olimpik, iaitu di Beijing 2008, London 2012 dan Rio 2016.
        Pemain bernombor jersi 10 menjaringkan gol pada minit ke-89 untuk membawa pasukan ke final Piala Malaysia.
        Keputusan Liga Super: Selangor FC 2-2 Kedah Darul Aman FC; Terengganu FC 1-0 Sabah FC.
        Datuk Azizulhasni Awang memenangi pingat perak acara keirin di Sukan Olimpik Tokyo 2020.
        Larian amal 10K bermula di Dataran Merdeka jam 6.00 pagi; nombor bib 10001 hingga 14500 untuk kategori terbuka lelaki.
        Pandelela Rinong menjadi atlet wanita pertama Malaysia memenangi pingat Olimpik dengan gangsa terjun di London 2012.
        Datuk Nicol David, juara dunia skuasy lapan kali, kini aktif dalam program pembangunan pemain muda.
        Tiket perlawanan akhir Piala FA: Grandstand RM60, Terbuka RM30, kanak-kanak bawah 12 tahun RM10.
    """),
    ("ms", "dokumentasi produk"): _lines("""
        Periuk nasi model RC-518T: 1.8 liter, 700 W, 220-240 V ~ 50 Hz; nombor siri terletak di bawah tapak.
        Kemas kini perisian tegar versi 4.12.3 (binaan 20240611) membaiki isu sambungan Wi-Fi 5 GHz pada penghala.
        Talian khidmat pelanggan ElektroMas Sdn Bhd, 1-300-88-2468, beroperasi Isnin hingga Jumaat, 8.30 pagi hingga 5.30 petang.
        Kod ralat E4 pada mesin basuh bermaksud paip masuk tersumbat; rujuk halaman 27 manual (dokumen WM-MY-0457-B).
        Jaminan 24 bulan: simpan resit asal dan nombor siri produk (contoh: SN 2K4A-77310-MY) untuk sebarang tuntutan.
        Aplikasi MySejahtera versi 3.2.14 memerlukan Android 8.0 ke atas atau iOS 13 ke atas.
        Pengecas USB-C 65 W ini menyokong PD 3.0; nombor kelulusan SIRIM tertera sebagai RBBQ-22-0713.
        Untuk tetapan semula kilang, tekan dan tahan butang RESET selama 10 saat sehingga lampu LED berkelip biru.
        Nombor IMEI 35-209900-176148-1 dalam manual ini hanya contoh dan tidak merujuk kepada mana-mana peranti sebenar.
        Pelan prabayar RM35 sebulan: 100 GB data, panggilan tanpa had, sah 30 hari; dail *100*35# untuk melanggan.
    """),
    ("ms", "alamat pejabat kerajaan"): _lines("""
        Ibu Pejabat Jabatan Pendaftaran Negara: No. 20, Persiaran Perdana, Presint 2, 62551 Putrajaya.
        Lembaga Hasil Dalam Negeri Malaysia: Menara Hasil, Persiaran Rimba Permai, Cyber 8, 63000 Cyberjaya, Selangor.
        Ibu Pejabat KWSP terletak di Bangunan KWSP, Jalan Raja Laut, 50350 Kuala Lumpur; talian umum 03-8922 6000.
        Kaunter JPJ di UTC Pudu Sentral dibuka setiap hari dari 8.30 pagi hingga 10.00 malam.
        Hospital Kuala Lumpur terletak di Jalan Pahang, 50586 Kuala Lumpur; Jabatan Kecemasan dan Trauma dibuka 24 jam.
        Talian HASiL Care Line 03-8911 1000 menerima pertanyaan e-Filing pada waktu pejabat.
        Kompleks Mahkamah Kuala Lumpur terletak di Jalan Duta, 50592 Kuala Lumpur.
        Bangunan Sultan Abdul Samad di Jalan Raja, berhadapan Dataran Merdeka, siap dibina pada tahun 1897.
        Parlimen Malaysia, Jalan Parlimen, 50680 Kuala Lumpur; lawatan awam perlu ditempah dua minggu lebih awal.
        Talian Kasih 15999 menerima aduan penderaan kanak-kanak dan keganasan rumah tangga 24 jam sehari.
        Untuk kecemasan, dail 999, atau 112 dari telefon bimbit walaupun tanpa kad SIM.
    """),
    ("mixed", "jual beli online"): _lines("""
        Order ID 240612QW7HN3KD dah shipped, tapi status Shopee still 'Preparing to ship' since Monday lah.
        Iklan Mudah #103458871: Honda City 2019 1.5V, 68,000 km, RM62,800 nego, full service record.
        Barang COD sampai pecah, so I open dispute under Return/Refund, case number RR-2024-0098213.
        Flash sale 6.6 start pukul 12 tengah malam, voucher RM15 off min spend RM60, jangan lupa claim dulu.
        Pos Laju tracking EH 482 915 337 MY dah sampai Pusat Mel Nasional Shah Alam, esok sampai kot.
        Seller rating 4.9/5.0, 12.3k sold, ship from Kota Bharu, anggaran 3-5 hari bekerja.
        Saya beli air fryer ni bulan lepas, so far ok, cuma bau plastik hari pertama je.
        Harga iPhone 15 128GB kat Shopee Mall RM3,999 vs Lazada RM3,849 after voucher, mana satu worth it?
        Jangan transfer deposit sebelum tengok kereta sendiri, scam kat Mudah sekarang banyak guna gambar curi.
        Invoice No. INV-2024-06-00417, jumlah RM1,287.60 termasuk SST 8%.
        Saiz baju kurung M: lebar dada 40", labuh 44", kain 40", sama macam size chart dalam listing.
    """),
    ("mixed", "sekolah dan klinik"): _lines("""
        Sesi persekolahan 2025/2026 bermula pada 16 Februari 2025 untuk negeri Kumpulan A dan Kumpulan B.
        Mesyuarat Agung PIBG akan diadakan di Dewan Terbuka sekolah jam 8.00 pagi Sabtu ini; kehadiran ibu bapa amat digalakkan.
        Yuran tadika RM180 sebulan, termasuk makan tengah hari dan buku aktiviti; pendaftaran dibuka 1 Ogos.
        Teacher cakap homework Matematik Tahun 4 halaman 52 hingga 55, hantar hari Isnin ok.
        Klinik kesihatan buka Isnin hingga Jumaat 8.00 pagi - 5.00 petang; klinik waktu lanjutan sehingga 9.30 malam.
        Suntikan vaksin HPV untuk murid perempuan Tingkatan 1 dijalankan secara berperingkat oleh pasukan kesihatan sekolah.
        Caj rawatan pesakit luar warganegara di klinik kerajaan ialah RM1, dan RM5 untuk klinik pakar.
        Kalau anak demam lebih 3 hari, better bawa pergi klinik buat ujian denggi NS1.
        Sebanyak 32,145 kes denggi direkodkan di seluruh negara sehingga Minggu Epidemiologi ke-21.
        Nombor giliran 2047 sila ke Kaunter 3, paparan skrin di farmasi klinik berbunyi setiap 30 saat.
        Cuti Hari Guru: sekolah ditutup pada 16 Mei, dan kelas tambahan SPM dipindahkan ke hari Sabtu.
    """),
    ("en", "guides and notes"): _lines("""
        The MyKad number format is YYMMDD-PB-###G, where PB is the place-of-birth code (14 for Kuala Lumpur) and the parity of the last digit shows sex.
        Use 000000-00-0000 as the placeholder IC in test forms; never paste a real IC into the staging environment.
        EPF Account 2 withdrawal for housing needs the KWSP 9C(AHL) form and takes about 7 working days to process.
        Ticket MY-88213: the e-Filing portal times out when uploading Form BE for Year of Assessment 2023.
        Our clinic group (12 branches in the Klang Valley) saw 38% more walk-ins during the haze week.
        Our SDK test suite uses the obviously fake NRIC S0000001I and the dummy number +65 0000 0000.
        JPJ's online bidding for the new plate series closes on Friday at 5 pm; results are published on the JPJeBid portal.
        I renewed my road tax on MyJPJ last night and the digital LKM showed up in under a minute.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Nama: Nurul Huda binti Zakaria, No. KP 910314-10-5428, alamat No. 17, Jalan Seroja 4/2, Taman Seroja, 43300 Seri Kembangan, Selangor.
        Encik Khairul Anuar bin Razali (IC 850722-03-5193) belum selesaikan cukai pendapatan, no. rujukan cukai IG 21458796030.
        Ahli KWSP 18842371, Puan Salmah binti Daud, caruman terakhir RM1,245 bulan Mei; baki Akaun 1 RM84,210.55.
        Saman JPJ untuk kenderaan WVB 4271 didaftar atas nama Lim Wei Keong, alamat Lot 22, Jalan Kenari 7, Bandar Puchong Jaya.
        Tolong call Kak Yati 0136728451 utk tempahan nasi minyak kenduri Sabtu ni, 300 pax.
        Murid Tahun 2 Cemerlang, Muhammad Adam Haziq bin Rosli, alah teruk pada udang dan telur; ibunya minta cikgu pantau masa rehat.
        Pesakit: Rohana binti Ismail, 58 thn, wad 7B Hospital Tengku Ampuan Rahimah, disahkan diabetes jenis 2 dan darah tinggi, MRN 0044182317.
        Dengan segala hormatnya menjemput ke majlis perkahwinan Siti Aisyah binti Mohd Fauzi & Ahmad Faris bin Hamdan, 14 Disember 2024, di No. 8 Lorong Cempaka 3, Kampung Baru Sungai Buloh.
        No akaun Maybank 1640 2238 7719 a/n Noraini bt Abd Latif, sila bank in deposit tadika RM350 sebelum 5hb.
        Pasport A48213976 milik Tan Sook Ling tamat tempoh pada 3 Mac 2026, kena renew kat UTC.
        Anak saudara saya Danish Irfan, IC 160905-14-0871, baru daftar tadika KEMAS Taman Melati tahun ni.
        Alamat hantar barang: Faridah Hanum, B-12-07 Pangsapuri Seri Mutiara, Jalan PJU 1A/3, 47301 Petaling Jaya, tel 017-389 2245.
        Surat cuti sakit: Encik Mohd Hafiz bin Osman, pekerja Jaya Logistik Sdn Bhd, diberi MC 3 hari (12-14 Jun) kerana gastroenteritis akut.
        Saya, Zulkifli bin Hassan, KP 780211-11-5037, melaporkan kehilangan MyKad; no. repot IPD Kuala Terengganu 002341/24.
        En. Ravi a/l Subramaniam, bayaran balik PTPTN tertunggak RM6,420, sila hubungi 012-775 3018 sebelum disenaraihitam.
        Kenduri tahlil arwah Tok Wan malam Jumaat di No. 45 Kampung Padang Lalang, 06000 Jitra; tanya Pak Long Man 019-455 2871 kalau sesat.
        Juliana Gimbang, KP 930428-12-5666, jururawat di Klinik Kesihatan Keningau, menyewa rumah di Kg. Bingkor.
        Baki pinjaman peribadi Cik Nadia binti Omar di Bank Rakyat RM23,880, potongan gaji RM512 sebulan, majikan SK Bukit Indah.
        Myvi putih JTS 6630 tu kereta suami Puan Kamariah rumah no. 31, asyik parking depan pagar orang.
        Emel utk hantar resit: hazwan.kamil92@gmail.com, nama penuh Hazwan Kamil bin Ahmad Shukri.
        Keputusan ujian darah Encik Tan Boon Huat: HbA1c 9.2%, kolesterol 6.8 mmol/L, temujanji susulan 22/7 di Klinik Pakar Perubatan HSA.
        Adik bongsu saya Amirah Batrisyia, 14 tahun, SMK Seksyen 9 Shah Alam, kelas 2 Al-Biruni, baru disahkan disleksia.
        Cikgu Rosmawati binti Yusof, guru kelas 5 Dinamik, no tel 011-2739 5482, boleh WhatsApp lepas waktu sekolah.
        IG @dapurkakmimi_official milik Normimi Sulaiman, ambil pesanan di rumah 3, Jalan Dahlia 2, Taman Dahlia, 81100 Johor Bahru.
        Kad debit 5264 7102 3381 9045, luput 08/27, nama atas kad AHMAD NAZRI BIN ISA, tolong jangan share screenshot ni.
    """),
    "mixed": _lines("""
        Bro, buyer nama Jason Lee Chee Meng, WhatsApp +60 16-288 7134, nak COD kat LRT Kelana Jaya Saturday 3pm.
        Shopee parcel utk Aina Sofea, 22 Jalan Anggerik 5, Taman Anggerik, 70400 Seremban, tel 0197721395, please leave at pondok guard.
        Eh my boss Encik Razak punya IC 690517-08-5331 kan? HR need for LHDN form CP22 urgent.
        Mudah seller Syahmi 0148892713 jual Yamaha Y15ZR dia sendiri, plate PNB 8827, dia stay Bayan Lepas dekat Queensbay.
        Tadika registration: Ariana Zahra bt Hairul, DOB 12/03/2020, father Hairul Nizam 012-6625 4490, alergi susu lembu.
        My cousin Vinod punya passport A39281755 kena hold at KLIA immigration sebab PTPTN tak bayar lah.
        TnG eWallet transfer to Farah Liyana (011-3392 6751), RM250 for kenduri catering deposit ok.
        Singapore cousin Wong Mei Xuan, NRIC S8834712J, kerja kat Jurong, phone +65 9123 4478, balik beraya next week.
        KWSP ahli no 19928436 bawah nama mak saya Che Puteh binti Awang, dia nak withdraw Akaun 2 untuk pergi haji.
        Receipt dah email ke pn.zaleha.ahmad@yahoo.com, Puan Zaleha from Klang yang beli 3 tudung bawal tu.
        Babysitter Kak Ros duduk Blok C-3-12, PPR Kota Damansara, caj RM450/month, nombor 012-994 3827.
        Doctor cakap my dad Ismail bin Jusoh (IC 570102-03-5009) ada CKD stage 3, kena start dialysis kat HRPZ II.
        FB Marketplace buyer 'Azlan Shah Jr' tu actually Mohd Azlan from Kuantan, real number dia 013-909 1284, ada scam report.
        Claim insurans for Lim Siew Ling, policy no P-22871193, hospital bill RM18,420 at Sunway Medical, appendicitis surgery.
        Duit salam kahwin boleh transfer CIMB 7062451893 a/n Nur Izzati Mohd Nor, pihak pengantin perempuan.
        Saman JPJ for BLK 4492, owner Muthu a/l Ramasamy, 14 Jalan Mahsuri, Bayan Baru, suruh dia check MyJPJ.
        Abang ipar saya Shahrul, tiktok @shahrul.masakrumah, 017-550 3391, buat katering kenduri area Kuala Selangor.
        HKID Y482571(3) nama Chan Ka Wai, my Hong Kong housemate, perlu untuk daftar Touch 'n Go.
    """),
    "en": _lines("""
        Please update the LHDN record: taxpayer Kavitha d/o Ganesan, income tax no. IG 30472158090, new address 9 Jalan SS 2/64, 47300 Petaling Jaya.
        Patient Haziq Danial bin Anuar, 6 yrs, admitted to paediatric ward 3A with dengue warning signs, platelets 42k; mother reachable at 019-338 1420.
        EPF statement for member 20113587 (Goh Kai Wen, MyKad 880930-07-5213) shows no employer contribution from Jan to Apr.
        The Grab driver who returned my wallet was Encik Faizal, Perodua Bezza VKB 2910, he lives in Taman Desa Jaya, Kepong.
        Student record: Lee Jia Xin, Form 5 Sains 1, SMJK Chung Hwa Kota Bharu, parent email leejh.family@outlook.com.
        Our landlord Mr Ong Teck Seng (ong.tecks@gmail.com) still hasn't returned the RM3,600 deposit for unit 8-3A Residensi Vista, Cheras.
        Worker Aung Ko Min, passport MG482219, PLKS permit expired 30/09, employer Kilang Perabot Maju Jaya in Muar.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "tolong tulis mesej untuk buyer Shopee saya, parcel dia return sebab alamat tak lengkap",
        ),
        ("assistant", "Boleh. Apa nama dan alamat penuh yang buyer beri?"),
        ("user", "Nama Izzah Maisarah. Alamat: 5, Jalan Bakawali 3, Taman Bakawali"),
        ("user", "lupa, poskod 28400 Mentakab, Pahang. phone dia 011-1834 2976"),
        (
            "assistant",
            "Baik, saya tulis mesej untuk Izzah Maisarah supaya dia sahkan alamat di Mentakab itu.",
        ),
    ],
    [
        ("user", "Saya nak buat MyKad baru sebab hilang, apa dokumen perlu bawa ke JPN?"),
        (
            "assistant",
            "Biasanya salinan laporan polis (jika perlu), sijil lahir atau dokumen sokongan, dan bayaran penggantian. Boleh saya bantu isi borang?",
        ),
        ("user", "ok. nama Mohd Faizul Ikhwan bin Sulaiman"),
        ("user", "no kp lama 920619-06-5371, alamat Kampung Sungai Lembing Batu 9, Kuantan"),
        ("assistant", "Terima kasih, saya akan isi butiran itu dalam draf borang."),
    ],
    [
        ("user", "How do I file e-Filing for my mother? She is a pensioner with rental income."),
        (
            "assistant",
            "She would normally file Form BE, declaring rental income. Does she already have a tax number?",
        ),
        ("user", "yes, IG 10836642070"),
        (
            "user",
            "name Hajah Aminah binti Che Mat, rental house at 12 Jalan Tok Guru, Kota Bharu, RM900 a month",
        ),
        (
            "assistant",
            "Noted. For Hajah Aminah, the RM10,800 yearly rent goes under rental income in Form BE.",
        ),
    ],
    [
        ("user", "buatkan ayat kad jemputan kenduri kahwin anak saya"),
        ("assistant", "Sudah tentu. Siapa nama pengantin dan di mana majlisnya?"),
        ("user", "Nur Syafiqah binti Roslan dengan Muhammad Iqbal bin Zainal, 21 Jun 2025"),
        (
            "user",
            "majlis di rumah kami, Lot 1123 Kampung Parit Sulong, 83500 Batu Pahat. RSVP Roslan 013-744 6109",
        ),
        (
            "assistant",
            "Ini draf kad jemputan untuk majlis Nur Syafiqah dan Muhammad Iqbal di Parit Sulong.",
        ),
    ],
    [
        ("user", "can you help me write a note to the tadika teacher pasal anak saya ada asthma"),
        (
            "assistant",
            "Of course. What's your child's name and class, and what should the teacher do if symptoms appear?",
        ),
        ("user", "Aqil Rayyan, kelas Arnab 5 tahun, Tadika Permata Ilmu Bangi"),
        (
            "user",
            "inhaler Ventolin dalam beg dia, kalau serangan call saya 018-263 0457, Puan Hidayah",
        ),
        (
            "assistant",
            "Here is a short note for the teacher about Aqil Rayyan's asthma and the inhaler in his bag.",
        ),
    ],
    [
        ("user", "Boleh terangkan laporan makmal ayah saya? Saya tak faham."),
        ("assistant", "Boleh, sila kongsikan nilai-nilai dalam laporan tersebut."),
        ("user", "Kreatinin 342 umol/L, eGFR 17, potassium 5.9"),
        ("user", "nama dia Abdul Ghani bin Yaakob, MRN HSB-00917734, Hospital Sultanah Bahiyah"),
        (
            "assistant",
            "Nilai eGFR 17 menunjukkan fungsi buah pinggang yang sangat rendah; sila bincang dengan doktor nefrologi segera.",
        ),
    ],
    [
        ("user", "nak tulis iklan Mudah untuk jual kereta Saga 2016 saya"),
        ("assistant", "Baik. Berapa mileage, harga, dan keadaan kereta?"),
        ("user", "110k km, RM18,500 nego, plate NDE 3318"),
        (
            "user",
            "letak contact: Hafizuddin 019-662 4081, boleh view kat rumah Taman Paroi Jaya, Seremban",
        ),
        (
            "assistant",
            "Ini draf iklan untuk Proton Saga 2016 anda dengan nombor hubungan yang diberi.",
        ),
    ],
    [
        ("user", "I want to update my KWSP nomination, which info I need for each nominee?"),
        (
            "assistant",
            "Usually full name, MyKad number, relationship and percentage share for each nominee.",
        ),
        ("user", "Wife: Sharifah Nabilah binti Syed Hamid, 900211-14-5522, 60%"),
        ("user", "son: Syed Aiman bin Syed Khalid, 150830-10-0419, 40%"),
        (
            "assistant",
            "Got it, two nominees with a 60/40 split; you can submit this through i-Akaun or at a KWSP branch.",
        ),
    ],
    [
        ("user", "lalamove driver tak jumpa rumah, boleh tolong translate to English?"),
        ("assistant", "Sure, send me the message in Malay."),
        ("user", "Rumah saya Jalan Kasturi 8, no 41, Taman Kasturi, Ipoh"),
        ("user", "pagar hitam sebelah surau. nama Wan Nurul Ain, call 016-507 8823 kalau sesat"),
        (
            "assistant",
            "My house is at No. 41, Jalan Kasturi 8, Taman Kasturi, Ipoh. Black gate next to the surau. Please call if you get lost.",
        ),
    ],
]
