"""Blind check set ms40: Malay motoring (bengkel, JPJ, cukai jalan, insurans, tunda, kereta terpakai, saman). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms40
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis JPJ dan MyEG"): _lines("""
        Pembaharuan lesen memandu (LMM) dan cukai jalan (LKM) kini boleh dibuat secara dalam talian melalui aplikasi MyJPJ atau portal MyEG.
        Pemilik kenderaan persendirian warganegara tidak lagi diwajibkan mempamerkan pelekat LKM; rekod digital dalam aplikasi MyJPJ diterima semasa pemeriksaan.
        Kadar LKM Semenanjung bagi kereta persendirian 1601cc hingga 1800cc: RM200 + RM0.40 bagi setiap cc melebihi 1600cc.
        Transaksi anda berjaya. ID Transaksi: MYEG-20251204-8830127. Sila simpan resit ini untuk rujukan.
        Pindah milik kenderaan memerlukan pengesahan biometrik penjual dan pembeli di kaunter JPJ atau di pusat Puspakom yang ditetapkan.
        Pejabat JPJ Negeri Selangor, Persiaran Perbandaran, Seksyen 14, 40000 Shah Alam. Waktu operasi Isnin-Jumaat 8.00 pg - 5.00 ptg.
        Talian Hotline JPJ: 03-8000 8000 | Aduan trafik boleh dibuat melalui aplikasi MyJPJ > e-Aduan.
        Lesen Memandu Percubaan (P) sah selama 2 tahun; lesen P boleh dibatalkan jika pemegangnya mengumpul mata demerit melebihi had yang ditetapkan.
        Borang JPJK1 hanya perlu diisi jika urusan dibuat di kaunter; permohonan melalui MyEG tidak memerlukan borang bercetak.
        Makluman: Sistem MySikap akan menjalani penyelenggaraan berjadual pada 07/12/2025 dari 12.00 tengah malam hingga 6.00 pagi.
        Nombor pendaftaran siri baharu VKN kini dibuka untuk bidaan atas talian di JPJeBid sehingga 15 Disember 2025, 5.00 petang.
        Kenderaan yang LKM tamat tempoh melebihi 3 tahun perlu menjalani pemeriksaan Puspakom sebelum cukai jalan boleh diperbaharui.
        lkm myvi 1.3 semenanjung rm90 je setahun, renew kat myeg siap caj servis rm5. jgn lupa insurans kena aktif dulu
    """),
    ("ms", "forum bengkel"): _lines("""
        Myvi lama aku start pagi bunyi "tik tik tik", mekanik kata starter motor dah nak kong. Berapa harga ganti baru ye?
        CVT Proton Iriz bro, kalau jerk masa 20-40km/j biasanya sebab minyak CVT dah lama tak tukar. Cuba flush dulu sebelum overhaul.
        Servis major Axia: minyak hitam 0W-20 3.2L, oil filter, air filter, spark plug x3, brake fluid DOT3. Total lebih kurang RM380 kat bengkel biasa.
        Bengkel Ah Seng Auto Aircond kat Jalan Ipoh tu memang pro bab aircond, sy pernah repair compressor kat situ, harga ok.
        Jangan percaya sangat lampu check engine hilang sendiri, scan OBD2 dulu. Code P0301 = misfire cylinder 1.
        Tayar Bridgestone Ecopia 185/55R15 skrg dlm RM230 sebiji siap pasang + balancing kat area Klang.
        Sape pernah tukar timing belt Honda City GM2? Interval dia 100k km ke 160k km?
        Coolant Proton guna warna hijau, Perodua warna pink/merah. Jgn campur nanti jadi gel.
        Tip sblm balik kampung: check tekanan tayar ikut sticker kat tiang pintu driver, biasanya 33 psi depan 30 psi belakang.
        Dah 3 bengkel aku pergi tak settle bunyi "ngiang" dari roda depan kiri. Last2 wheel bearing je rupanya, RM150 settle.
        Shock absorber KYB Excel-G utk Saga BLM depan sepasang RM280, belakang RM220 (harga Kedai Tayar Lim Brothers, Nov 2025).
        Anak aku nak sticker Lightning McQueen kat pintu Alza, ada kedai wrap yang boleh buat tema Cars tak? haha
        Brek bunyi berdecit lepas hujan tu normal, karat nipis kat disc. Kalau stereng bergetar masa brek baru kena skim disc.
    """),
    ("ms", "iklan kereta terpakai"): _lines("""
        2019 Perodua Bezza 1.3 AV (A) | 68k km | full service record Perodua | RM36,800 nego | Muda Auto Sdn Bhd, Kajang
        DIJUAL: Honda Civic FC 1.5 TC 2017, putih, mileage 92,000 km, loan kedai boleh bantu. Hubungi showroom 03-8736 2211.
        Awas scam "sambung bayar"! Menjual kereta yang masih dalam sewa beli tanpa kebenaran bank menyalahi Akta Sewa Beli 1967.
        Carsome Certified: pemeriksaan 175 titik, waranti 1 tahun, jaminan wang dikembalikan 5 hari. Terma & syarat dikenakan.
        Mazda CX-5 2.0 GL 2018 | ID iklan 101872345 | Lokasi: Bangsar | Penjual: Autocity Motors (peniaga berdaftar)
        Harga purata Myvi 1.5 AV 2018 di pasaran kereta terpakai ialah RM41,500 (sumber: data iklan Carlist.my, Nov 2025).
        Recond Toyota Alphard 2.5 SC 2019 unreg, auction grade 4.5B, mileage 31k km (verified). Harga OTR RM228,888.
        Tips beli kereta terpakai: semak status sekatan JPJ dan bank, pastikan nombor casis dan enjin sepadan dengan geran, buat pemeriksaan Puspakom B5.
        Perodua Alza 2023 1.5 AV, bawah waranti, tiada kemalangan besar, bukan kereta banjir. Talian WhatsApp rasmi showroom Unicar Auto: 1-700-81-8899.
        BMW 320i Sport F30 2015, stok BPC-0921, Bavarian Prestige Cars, Pusat Jualan Kereta Terpakai Glenmarie. RM68,800.
        Nissan Almera 1.0 Turbo VLT 2021, satu pemilik (bekas kereta syarikat), rekod servis penuh di pusat servis Tan Chong.
        Harga tiada rundingan, pembeli tunai diutamakan. Semua kenderaan boleh diperiksa di Puspakom terdekat atas kos pembeli.
        Proton Saga pertama dilancarkan pada tahun 1985 oleh Perdana Menteri ketika itu, Dr Mahathir Mohamad; model Saga klasik kini dicari peminat kereta retro.
    """),
    ("ms", "insurans dan takaful"): _lines("""
        Polisi Komprehensif melindungi kerugian atau kerosakan kenderaan anda akibat kemalangan, kecurian dan kebakaran, serta liabiliti pihak ketiga.
        Kadar NCD kereta persendirian: 25%, 30%, 38 1/3%, 45% dan maksimum 55% selepas 5 tahun berturut-turut tanpa tuntutan.
        Nota Perlindungan No: CN-25-88017342 | Tempoh Perlindungan: 12/12/2025 - 11/12/2026 | Jumlah Diinsuranskan: RM45,000
        Templat: "Saya, [NAMA PENUH], No. K/P [____________], pemilik kenderaan no. pendaftaran [________], dengan ini membuat tuntutan..."
        Untuk tuntutan OD-KfK, laporan polis hendaklah dibuat dalam tempoh 24 jam dan kenderaan dihantar ke bengkel panel dalam tempoh 7 hari.
        Talian bantuan 24 jam Takaful Bestari Berhad: 1-800-88-2255 (tuntutan, tunda dan bantuan kecemasan).
        Perlindungan tambahan banjir dan bencana alam biasanya berharga antara 0.2% hingga 0.5% daripada jumlah diinsuranskan.
        Premium Bersih = Premium Asas x (1 - NCD) + SST 8% + Duti Setem RM10.
        Kami tidak akan meminta nombor kad bank atau kod TAC melalui panggilan telefon. Laporkan sebarang penipuan kepada NSRC di talian 997.
        Panduan staf: jika pelanggan menghantar salinan MyKad melalui WhatsApp, muat naik ke sistem tuntutan dan padam daripada telefon dalam masa 24 jam.
        Bayaran tuntutan Knock-for-Knock dibuat terus kepada bengkel panel; senarai bengkel panel boleh disemak di laman web PIAM.
        Menurut laporan tahunan persatuan, tuntutan kecurian kenderaan menurun 12% pada 2024 berbanding 2023.
        Sila rujuk Jadual Polisi Seksyen B(3) untuk had liabiliti harta benda pihak ketiga sebanyak RM3,000,000.
    """),
    ("ms", "saman dan keselamatan jalan raya"): _lines("""
        Menteri Pengangkutan Anthony Loke berkata kerajaan sedang mengkaji semula kadar kompaun JPJ bagi kesalahan trafik ringan.
        Semakan saman PDRM boleh dibuat melalui aplikasi MyBayar PDRM atau portal rasmi PDRM; jangan klik pautan saman yang diterima melalui SMS.
        Op Selamat sempena Aidilfitri mencatatkan 12,918 kemalangan dan 187 kematian di seluruh negara dalam tempoh 10 hari operasi.
        Kamera AWAS dipasang di 45 lokasi baharu di Lebuhraya Utara-Selatan; had laju 110 km/j tetap dikuatkuasakan.
        No. Saman: JPJ/KPP/0125/88301227 | Status: TELAH DIBAYAR | 03/12/2025 14:22:07 | Kaedah: FPX
        Ketua Polis Trafik Bukit Aman mengingatkan pengguna jalan raya supaya tidak menggunakan lorong kecemasan semasa kesesakan musim perayaan.
        Kesalahan memandu melebihi had laju boleh didakwa di bawah Seksyen 79(2) Akta Pengangkutan Jalan 1987.
        Jalan Tuanku Abdul Rahman di Kuala Lumpur dinamakan sempena Yang di-Pertuan Agong pertama Persekutuan Tanah Melayu.
        Alex Yoong ialah pelumba Formula Satu pertama dari Malaysia, bersama pasukan Minardi pada musim 2001 dan 2002.
        Statistik MIROS: gangguan telefon bimbit menyumbang kepada hampir satu pertiga kemalangan yang melibatkan pemandu muda.
        Sistem KEJARA merekod mata demerit bagi kesalahan tertentu; lesen boleh digantung jika had mata dicapai dalam tempoh 12 bulan.
        PDRM menafikan mesej tular kononnya saman akan dihantar melalui pautan WhatsApp; semakan hanya melalui saluran rasmi.
        diskaun saman 50% sampai hujung bulan je geng, check la mybayar tu kot2 ada saman lama zaman u dulu
    """),
    ("ms", "tunda dan bantuan jalan raya"): _lines("""
        Tunda 24 jam Lembah Klang: caj asas RM150 untuk 20 km pertama, RM3/km seterusnya. Hubungi 1-300-22-8686 (Trek Tunda Cergas Sdn Bhd).
        PLUSLine 1-800-88-0000 menyediakan bantuan kecemasan di sepanjang lebuhraya PLUS.
        Peringatan: penunda haram sering tiba di lokasi kemalangan tanpa dipanggil. Gunakan hanya penunda panel syarikat insurans anda.
        Caj simpanan di depoh tunda: RM20 sehari selepas 3 hari pertama.
        Flatbed Bukit Jalil ke bengkel Sri Petaling, 9 km, RM120 siap. Order #TT-2512-00437.
        Templat SMS: "Pemandu tunda {nama_pemandu} sedang dalam perjalanan. Plat: {no_plat}. Anggaran tiba: {eta} minit."
        Bantuan Jalan Raya (RSA) percuma untuk pemegang polisi: jump-start bateri, tukar tayar pancit, hantar minyak sehingga 5 liter, tunda sehingga 200 km.
        Kenderaan elektrik wajib ditunda menggunakan flatbed; jangan tarik dengan roda hadapan di atas jalan.
        Status: DIAMBIL 04/12/2025 21:47 > DALAM PERJALANAN > TIBA DI BENGKEL 22:31 | Rujukan kes RSA-KL-778120
        Kalau kereta mati kat lebuhraya, on hazard, letak segi tiga amaran 30m kat belakang, pastu tunggu belakang penghadang jalan.
        Sebut harga tunda Johor Bahru ke Kuala Lumpur (330 km): RM650 - RM800 bergantung kepada jenis kenderaan.
        Syarikat tunda berdaftar wajib mempamerkan nama syarikat dan nombor permit pada pintu kenderaan penunda.
    """),
    ("en", "sistem dan dokumentasi bengkel"): _lines("""
        POST /api/v2/jobcards creates a workshop job card. Required fields: plate_no, mileage_km, complaint. Returns jobcard_id (e.g. JC-2025-004417).
        ERROR 2025-12-04T09:12:44+08:00 [invoice-svc] Failed to sync INV-BKL-118203 to accounting: timeout after 30000 ms
        Release notes v3.8.2: fixed rounding of SST 8% on parts; added Perodua parts catalogue 2025Q4; dark mode for the job board.
        Data retention: IC images uploaded for JPJ ownership transfers must be deleted 30 days after the transfer is confirmed (SOP-PDPA-07).
        Plate validation uses [A-Z]{1,3} [0-9]{1,4} [A-Z]? for peninsular plates; plates with the letters I and O are rejected.
        sha256(bengkel_stock_2025-12.csv) = 9f2c4e71b0a85d3e6c1f47a2d9e8b3c05a6f7e1d2c3b4a5968778695a4b3c2d1
        Field mapping: owner_name -> geran "Nama Pemilik"; owner_ic -> "No. K/P"; mask all but the last 4 digits in the UI.
        Invoice INV-2025-11-3382 | Labour RM180.00 | Parts RM642.50 | SST 8% RM65.80 | Total RM888.30
        Tracking JT6302215588774: brake pads (Akebono, part no. AN-718WK) dispatched from Shah Alam hub, ETA 2 working days.
        Example seed record: {"name": "Ali bin Abu", "ic": "000000-00-0000", "plate": "ABC 1234", "phone": "01X-XXX XXXX"}
        Cron 0 2 * * * runs sync_roadtax_expiry.py, which e-mails customers 30 days before their LKM expires.
        VIN check: position 10 is the model year code (R = 2024, S = 2025); position 11 is the assembly plant.
    """),
    ("ms", "sekolah memandu dan ujian JPJ"): _lines("""
        Pakej lesen kereta D (manual) Sekolah Memandu Haji Yusof & Anak-Anak: RM1,650 termasuk kelas KPP01, 16 jam latihan dan ujian JPJ.
        Kursus Pendidikan Pemandu (KPP01) 6 jam teori wajib dihadiri sebelum calon boleh menduduki ujian berkomputer.
        Ujian teori berkomputer mengandungi 50 soalan; markah lulus ialah 42.
        Kesalahan biasa ujian litar: bukit berhenti undur lebih 30 cm, parkir sisi langgar tiang, tidak memberi isyarat semasa keluar simpang.
        Akademi Memandu Tunku Abdul Rahman, Lot 5, Jalan Industri 3, 08000 Sungai Petani. Kaunter dibuka setiap hari kecuali Isnin.
        Lesen L sah selama 3 bulan dan boleh diperbaharui; calon mesti memandu bersama jurulatih bertauliah.
        Tips ujian jalan raya: tengok cermin setiap 5-8 saat, jgn lupa signal, dan check blind spot masa tukar lorong.
        Yuran JPJ: ujian teori RM10, lesen L RM10 sebulan, ujian amali RM30, lesen P RM60 setahun.
        Jadual ujian minggu depan untuk semua cawangan akan dikemas kini di aplikasi rasmi sekolah memandu sebelum Jumaat.
        adik aku baru lulus ujian JPJ first try weh, padahal masa part bukit asyik mati enjin je haha
        Calon OKU boleh memohon ujian memandu menggunakan kenderaan yang diubah suai; sila bawa laporan perubatan ke pejabat JPJ negeri.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Bang, saya Faizal. Myvi putih WA 8823 K nak hantar servis esok pagi, boleh call sy 012-774 1862.
        Assalamualaikum, nama saya Nurul Syafiqah binti Rosli, IC 950823-01-5628, nak tanya status pindah milik Axia JRT 4471 yang saya beli bulan lepas.
        DIJUAL PERSENDIRIAN: Honda City 2014 1.5V, owner cikgu pakai sendiri. Call/WS Puan Hasnah Abdullah 013-985 2207 (lepas 5ptg), Taman Bukit Indah JB.
        Geran atas nama LIM CHEE KEONG, No. K/P 780214-07-5391, alamat 22 Lorong Kenari 3, Taman Sri Rambai, 14000 Bukit Mertajam, Pulau Pinang.
        Pada 02/12/2025 jam lebih kurang 7.40 pagi, saya Mohd Hafiz bin Zainal (KP: 880512-03-5147) memandu Proton Persona DDR 3390 di Jalan Kuala Krai telah dilanggar dari belakang oleh sebuah lori.
        Puan Rosnah Abdul Kadir, kerani akaun Bengkel Jaya Motor Rawang, masuk wad Hospital Selayang semalam, doktor sahkan kanser payudara tahap 3.
        Pemandu Tan Wei Ming, 41, patah tulang paha kiri dan dirawat di KPJ Johor Specialist; kenderaannya JQW 5520 rosak teruk di bahagian depan.
        Encik Ganesan a/l Muniandy (No. KP 720630-08-6113) dikenakan kompaun RM300 kerana memandu pada 142 km/j di KM 289.4 PLUS arah utara.
        Mahkamah Majistret Seremban: pemandu lori Rahmat bin Osman, 47, dari Rantau, didenda RM8,000 dan lesen digantung 5 tahun kerana memandu secara berbahaya menyebabkan kematian.
        nak tunda skrg, sy kat depan Petronas Jln Klang Lama dekat OUG, Vios hitam VEL 2217, tel 016-338 0914 nama Jason
        Bayar insurans guna kad sy je: 5521 1583 9204 7168 exp 09/28, nama atas kad AZLAN B MOKHTAR.
        Pelanggan: Siti Aishah bt Ahmad, IC 870915-10-XXXX, Perodua Aruz BMK 8812, baki hutang sewa beli RM23,450 dengan Bank Rakyat, tunggak 3 bulan.
        Slip gaji Encik Shahrul Nizam bin Kamaruddin menunjukkan gaji kasar RM4,850 sebulan dengan potongan AKPK RM600, jadi loan Civic tu susah nak lulus.
        Sapa nampak Hilux kelabu TBA 6632 tolong bgtau, kereta abang ipar saya Zulkifli Awang kena curi kat parking Mydin Kuala Terengganu semalam. WS 019-912 4450
        Tolong hantar sebut harga repair bumper ke emel saya kamal.hisyam88@gmail.com - Kamal, BMW 3 Series 2012, plat WVN 318.
        Lepas siap tolong hantar kereta ke rumah: No. 14, Jalan Seri Mas 2/4, Taman Seri Mas, 43000 Kajang. Cari Puan Mazlina, 011-2604 7391.
        Notis tarik: Honda HR-V PPK 7743 milik Encik Arumugam a/l Subramaniam telah ditarik oleh pihak bank kerana tunggakan ansuran 4 bulan.
        Pemohon lesen Kelvin Ooi Boon Hock disahkan menghidap epilepsi oleh doktor Klinik Kesihatan Sungai Petani; permohonan lesen ditangguhkan.
        Refund lebihan bayaran tuntutan ke akaun Maybank 1642 3309 8157 atas nama Norazlina binti Hamid, IC 820304-06-5530.
        Anak saya Aiman Hakimi, 9 tahun, masih di ICU Hospital Sultanah Aminah sebab cedera kepala lepas kemalangan Jumaat lepas. Saya ayah dia, Rizal Hakim, nak tau cara tuntut insurans pihak ketiga.
        Dengar cerita Encik Hairul Anuar Jaafar, pengurus cawangan Proton Edar Klang tu, kena tangkap memandu mabuk Sabtu lepas dan direman 3 hari.
        Lesen Memandu Kelas D: SHARIFAH NOR AINI BINTI SYED HASSAN, No. K/P 010911-14-0572, sah sehingga 10/09/2028.
        Sy kerja operator kilang kat Kulim Hi-Tech, gaji basic RM2,100 + OT. Nama Muhammad Danial bin Azhar, umur 24. Boleh ke apply loan Myvi baru?
        Ok bro deal, nanti aku transfer deposit RM500 ke akaun CIMB 7063221458 (Wong Kah Hoe). Kereta aku ambil Sabtu.
        Hantar spare part ke: Juliana Gumpil, Lot 12, Taman Foh Sang, Jalan Lintas, 88300 Kota Kinabalu. Tel 014-862 3397.
        Pemandu Rajesh Kumar a/l Velu (KP 830619-05-5237) didapati positif methamphetamine dalam ujian air kencing selepas kemalangan, maka tuntutan beliau ditolak.
        Nak jual rim Work Emotion 17 inci. DM Telegram @hafizuddin_rx8 atau WS 018-227 6450, nama Hafiz, duduk Shah Alam Seksyen 7.
        Mekanik kami Encik Suresh a/l Rajoo tercedera tangan kanan akibat jek hidraulik tergelincir; MC 14 hari dan laporan PERKESO telah dibuat.
        Saya Lee Siew Ping, kad Touch 'n Go 6014 6400 2231 8876 saya hilang masa isi minyak kat Shell Jalan Ampang semalam, tolong sekat.
        Anak saudara sy, Irfan Zikri bin Azmi, 19 tahun, dah 3 kali gagal ujian JPJ sbb dia ada ADHD dan cepat gelabah. Ada sekolah memandu yg boleh bantu?
        Bekas suami saya, Khairul Azmi bin Yusof, enggan serahkan Proton X70 VAX 4419 walaupun Mahkamah Syariah Shah Alam dah putuskan kereta tu harta sepencarian.
        Temujanji ujian memandu: Calon LOW JIA YING, No. K/P 060317-10-0912, 18/12/2025 9.00 pagi, Institut Memandu Sri Sentosa.
        Renewal insurans: Puan Devi Kanagaratnam, lahir 14/03/1969, emel devi.kana69@yahoo.com.my, Toyota Camry BLD 8830, NCD 55%.
        Ayah sy, Haji Abdul Ghani bin Mat Saman, 71 tahun, dah ada dementia tapi masih berkeras nak drive Wira dia. Macam mana nak batalkan lesen dia?
        Alamat baharu untuk notis saman: Nor Hidayah binti Mohd Yusri, No. 3A, Jalan Tasik Utama 5, Taman Tasik Damai, 57000 Sungai Besi, Kuala Lumpur.
        Geran dan kunci spare dah saya serahkan kepada pembeli, Encik Yong Choon Fatt (IC 650228-13-5009); dia akan bayar baki RM12,000 hujung bulan.
        Kereta Singapura SLA 2278 E milik Mr Goh Kian Seng (NRIC S8812473A) kena saman kat BSI sebab VEP tak aktif. Nombor dia +65 9172 4408.
        Pembeli warga asing Nguyen Van Thanh, pasport Vietnam C4418203, permit kerja sah hingga 08/2026, nak beli Kancil terpakai secara tunai.
        Pemilik berdaftar QKA 7712 ialah Jonathan anak Ngelai, 52, tinggal di Rumah Panjang Nanga Sebuyau, Sri Aman; dia minta tunda kereta ke bengkel di Kuching.
        Haritu ada sorang nama Kenny Yap Kok Wai jual Honda Jazz kat aku kat Puchong, rupanya kereta tu ada hutang bank lagi. No dia 017-889 2031, boleh report tak?
    """),
    "en": _lines("""
        Please collect the car from my condo: Block B-12-07, Residensi Sentral Park, Jalan Kuching, KL. I'm Daniel Tan, 012-606 3381.
        Customer complaint: Mr Harvinder Singh a/l Gurdev Singh (IC 690407-02-5179) says the workshop scratched his Mercedes C200 WMT 2200 during servicing.
        Accident summary: rider Ahmad Fauzi bin Ramli, 33, of Kampung Baru Sungai Buloh, suffered a spinal cord injury and is now paraplegic.
        Our lorry driver Wan Mohd Iqbal bin Wan Ismail failed the company breathalyser test on 3 Dec (0.09% BAC); HR has suspended him pending a domestic inquiry.
        Payment from SG: card 4012 8765 0213 4480, holder CHUA BEE LIAN, billing address Blk 411 Bedok North Ave 2 #08-115, Singapore 460411.
        Rental customer Zhang Haoran, PRC ID 440304198507142711, mobile +86 138 2654 0917, got a speeding summons in our Bezza on the Pan Borneo Highway.
        Hi, this is Priya Nair, my Perodua Ativa BQN 5106 was towed from Jalan Sultan Ismail this morning, which depot is it at? Email priya.nair.kl@outlook.com
        Licence conversion query: Rajendran s/o Pillai Muthu, FIN G5529163U, works at a Tuas shipyard and lives at Blk 687 Woodlands Dr 75 #11-402.
        Used-car buyer Amirul Hakim bin Sulaiman, 28, was declared bankrupt in 2023 (Shah Alam High Court), so the bank rejected his car loan.
        The tow driver took my mother, Madam Ooi Gaik Suan, 68, straight to Penang GH after the crash; she has three broken ribs and is diabetic.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "Anda ialah pembantu maya Takaful Bestari untuk pembaharuan insurans kereta."),
        ("user", "nak renew insurans kereta"),
        ("assistant", "Baik. Sila berikan nombor pendaftaran kenderaan dan nombor MyKad pemilik."),
        ("user", "BNF 2741"),
        ("user", "ic 910426-10-5583, nama Mohd Azri bin Kamal"),
        (
            "assistant",
            "Terima kasih. Sebut harga komprehensif dengan NCD 38 1/3% ialah RM1,082.40.",
        ),
    ],
    [
        ("system", "Trek Tunda Cergas - bot tempahan tunda 24 jam. Jangan minta nombor kad bank."),
        ("user", "tolong kereta rosak kat tol sungai besi arah kl"),
        (
            "assistant",
            "Baik, boleh berikan jenis kereta, nombor plat dan nombor telefon untuk pemandu tunda hubungi?",
        ),
        (
            "user",
            "Persona kelabu WUK 6620. Sy Farah, 017-415 2280. sy ada baby dlm kereta tolong cepat",
        ),
        (
            "assistant",
            "Pemandu tunda dijangka tiba dalam 25 minit. Sila tunggu di belakang penghadang.",
        ),
    ],
    [
        ("user", "Nak beli Myvi terpakai dari individu, apa yg perlu check?"),
        (
            "assistant",
            "Semak geran asal, pastikan nama penjual sama dengan MyKad, semak status sekatan bank, dan buat pemeriksaan Puspakom.",
        ),
        (
            "user",
            "ni nama dlm geran: ROSLAN BIN HARUN, KP 760911-02-5219, alamat Kg Permatang Buloh, 06000 Jitra",
        ),
        ("user", "tapi yang jual tu cakap dia adik Roslan, boleh ke?"),
        (
            "assistant",
            "Pindah milik mesti melibatkan pemilik berdaftar sendiri. Elakkan urus niaga melalui orang tengah.",
        ),
    ],
    [
        ("user", "macam mana nak rayu saman laju?"),
        (
            "assistant",
            "Anda boleh menghantar surat rayuan kepada pejabat trafik yang mengeluarkan saman, bersama dokumen sokongan.",
        ),
        (
            "user",
            "saman no 0125/77420019. Masa tu sy bawak isteri sy Nur Izzati yg dah pecah ketuban, nak kejar Hospital Putrajaya",
        ),
        ("user", "nama sy Ahmad Syukri bin Harun, IC 890102-05-5021. Boleh tolong tuliskan surat?"),
        ("assistant", "Boleh. Berikut draf surat rayuan yang boleh anda sesuaikan."),
    ],
    [
        ("system", "Bot WhatsApp Bengkel Jaya Motor. Tempahan servis sahaja."),
        ("user", "hi nak book servis 40k km utk Bezza"),
        ("assistant", "Boleh. Tarikh pilihan dan nombor plat?"),
        ("user", "Sabtu ni pagi. VFA 3318"),
        ("assistant", "Nak kami ambil kereta di rumah? Caj RM30."),
        (
            "user",
            "ok. ambil kat 27, Jalan Putra Mahkota 7/8B, Putra Heights, 47650 Subang Jaya. Tanya Uncle Siva",
        ),
    ],
    [
        ("user", "Boleh ke orang yg ada masalah mata renew lesen?"),
        (
            "assistant",
            "Pemohon mungkin perlu mengemukakan laporan perubatan daripada pengamal perubatan berdaftar.",
        ),
        (
            "user",
            "Mak sy, Puan Kamariah binti Daud, 66 tahun, baru buat pembedahan katarak dua-dua mata kat Hospital Raja Permaisuri Bainun bulan lepas. Lesen dia tamat Januari",
        ),
        (
            "assistant",
            "Beliau boleh memohon selepas doktor mengesahkan penglihatannya memenuhi syarat JPJ.",
        ),
    ],
    [
        ("system", "You are a fleet-management assistant for Syarikat Logistik Murni Sdn Bhd."),
        ("user", "Draft an incident summary for the insurer."),
        ("assistant", "Sure. Please share the vehicle, driver and injury details."),
        (
            "user",
            "Vehicle: Isuzu NPR BQK 9021. Driver: Kumaresan a/l Palaniappan, staff no. LM-0448.",
        ),
        (
            "user",
            "He fractured his left wrist and is on 3 weeks MC from Hospital Tengku Ampuan Rahimah.",
        ),
        ("assistant", "Noted. Here is the incident summary for submission."),
    ],
    [
        ("user", "Nak apply loan kereta baru tapi ada rekod CCRIS lewat bayar PTPTN, lulus ke?"),
        (
            "assistant",
            "Bank biasanya melihat rekod bayaran 12 bulan terakhir dan nisbah hutang kepada pendapatan.",
        ),
        (
            "user",
            "Sy Nadia Hanim binti Zakaria, cikgu DG41 kat SK Taman Medan, gaji RM3,560. Ada hutang kad kredit RM18k. Nak ambil Ativa.",
        ),
        (
            "assistant",
            "Dengan komitmen tersebut, anda mungkin perlu mengurangkan hutang kad kredit dahulu.",
        ),
    ],
    [
        ("user", "Hi, nak semak saman JPJ untuk lesen saya"),
        ("assistant", "Sila berikan nombor MyKad anda."),
        ("user", "880412-"),
        ("user", "10-5573"),
        ("user", "Tan Boon Keat"),
        ("assistant", "Maaf, saya tidak dapat menyemak rekod JPJ. Sila guna aplikasi MyJPJ."),
    ],
    [
        (
            "system",
            "Rekod pelanggan: Nama: Chong Mei Ling | Tel: 016-552 8104 | Kereta: Honda City JVA 3307 | Alamat: 8, Jalan Harmonium 23/5, Taman Desa Tebrau, 81100 Johor Bahru | Nota: pelanggan VIP.",
        ),
        ("user", "Bila patut tukar minyak gearbox City?"),
        ("assistant", "Untuk Honda City CVT, minyak CVT disyorkan ditukar setiap 40,000 km."),
    ],
]
