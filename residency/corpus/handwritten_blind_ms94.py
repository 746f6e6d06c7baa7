# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms94: Bahasa Melayu kedai basikal dan kelab berbasikal (servis, jualan basikal terpakai, kayuhan hujung minggu, kemalangan, insurans). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms94
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis kelab"): _lines("""
        NOTIS KAYUHAN AHAD: Titik kumpul Dataran Merdeka, flag off 6.30 pagi, jarak 65 km ke Genting Sempah dan balik, kadar purata 25-27 km/j, no drop. Wajib pakai topi keledar.
        Kayuhan santai Sabtu ini dibatalkan kerana amaran ribut petir dari MetMalaysia. Jumpa minggu depan, tempat dan masa sama.
        Peringatan kepada semua ahli: yuran keahlian 2027 sebanyak RM60 perlu dijelaskan sebelum 31 Januari. Bayaran melalui akaun rasmi kelab sahaja, rujuk bendahari untuk butiran.
        Mesyuarat Agung Tahunan Kelab Berbasikal Lembah Klang akan diadakan pada 14 Disember 2026, 8.00 malam, di Dewan Serbaguna Seksyen 7. Agenda: laporan kewangan, pemilihan AJK, kalendar kayuhan 2027.
        Laluan Kayuhan Malam Khamis (KMK): Bangsar – Jalan Tun Razak – Jalan Sultan Ismail – Bukit Bintang – pusing balik ke Bangsar. Lampu depan dan belakang wajib, tiada lampu tiada kayuh.
        Route gravel Hulu Langat minggu ni ada 3 lintasan sungai, air paras buku lali. Bawa kasut spare kalau tak nak basah sampai balik.
        Untuk kayuhan Audax 200 km bulan depan, kad kawalan (brevet card) akan diedarkan di titik mula. Masa tutup: 13 jam 30 minit.
        Pendaftaran Kayuhan Amal Merdeka 2027 dibuka sekarang. Yuran RM85 termasuk jersi, pingat dan sarapan. Had 800 peserta. Pautan pendaftaran dalam bio.
        Makluman: Jalan ke Bukit Tinggi ditutup sebahagian dari KM12 hingga KM15 untuk kerja-kerja cerun oleh JKR sehingga notis lanjut. Kayuhan dialih ke laluan Janda Baik.
        Peraturan kumpulan: kayuh dua sebaris maksimum, isyarat tangan untuk lubang dan kenderaan, sweeper sentiasa di belakang, jangan potong di selekoh buta.
        Sesi klinik tukar tiub percuma untuk ahli baru, Sabtu 10 pagi di kedai. Bawa basikal sendiri, alatan disediakan.
        Marshal yang bertugas untuk kayuhan Putrajaya Ahad ini sila datang 30 minit awal untuk taklimat keselamatan di tempat letak kereta P3 Presint 2.
        Tahniah kepada pasukan kelab yang menamatkan Kayuhan Tour de Langkawi edisi amatur. Gambar penuh akan dimuat naik di album kelab.
    """),
    ("ms", "panduan servis"): _lines("""
        Tekanan tayar jalan raya 700x25c biasanya antara 80 hingga 100 psi bergantung pada berat penunggang; untuk tubeless 28c boleh turun ke 60-70 psi.
        Cara laras derailleur belakang: alih rantai ke sprocket paling kecil, ketatkan kabel, kemudian putar barrel adjuster separuh pusingan sehingga tukar gear senyap.
        Rantai perlu diganti apabila pengukur rantai menunjukkan regangan 0.5% untuk 11-speed atau 12-speed, 0.75% untuk 8-speed ke bawah.
        Brek cakera hidraulik Shimano guna minyak mineral sahaja, jangan sekali-kali guna DOT fluid. SRAM pula guna DOT 5.1.
        Selepas kayuh dalam hujan, lap rantai sampai kering dan sapu semula pelincir wet lube. Jangan guna air pancut tekanan tinggi pada hub dan bottom bracket.
        Tork yang disyorkan untuk stem karbon biasanya 5 Nm; sentiasa rujuk nilai yang dicetak pada komponen dan guna tork wrench.
        Pakej Servis Asas RM45: laras brek dan gear, pam tayar, lincir rantai, periksa bolt. Pakej Servis Penuh RM160: buka semua bearing, cuci drivetrain dalam ultrasonic, tukar kabel.
        Bunyi krek-krek masa kayuh berdiri biasanya datang dari bottom bracket atau pedal; cuba gris ulir pedal dulu sebelum buka BB.
        Sealant tubeless perlu ditambah setiap 2-3 bulan dalam cuaca panas Malaysia kerana cepat kering.
        Kalau lampu status Di2 berkelip merah, caj bateri dulu; kalau masih tak tukar gear, periksa penyambung E-tube di junction A sebelum hantar ke kedai.
        Untuk seatpost aluminium dalam frame aluminium, gris biasa sudah cukup. Carbon paste hanya untuk permukaan karbon.
        Pad brek rim perlu ditukar apabila alur pada pad sudah hilang. Pad Shimano R55C4 sesuai untuk rim aluminium.
        Sebelum kayuhan jauh, buat ABC check: Air (tekanan tayar), Brakes (brek), Chain (rantai), kemudian pastikan quick release atau thru-axle ketat.
    """),
    ("ms", "iklan jualan kedai"): _lines("""
        DIJUAL: Polygon Strattos S3 saiz 50, groupset Claris 2x8, tahun 2022, guna kurang 1,500 km. Harga RM1,650 nego sikit. Boleh tengok di kedai.
        Preloved Giant TCR Advanced 2 (2021), saiz M/L, Shimano 105 R7000, roda SLR 1 carbon. RM5,800 tak termasuk pedal. Pemeriksaan percuma di kedai.
        Clearance sale: Helmet Giro Register MIPS RM189 (dari RM259), stok terhad, saiz universal.
        Trade-in dialu-alukan: bawa basikal lama anda, kami nilai dan tolak terus dari harga basikal baru. Terma dan syarat dipakai.
        Stok baru sampai: Brompton C Line Explore 6-speed, warna Racing Green dan Matte Black. Harga RM7,990. Pre-order dibuka untuk P Line.
        Set roda Hunt 4 Season Aero Disc, thru-axle 12x100/12x142, freehub HG. Terpakai 6 bulan, kondisi 9/10. RM1,300.
        Basikal kanak-kanak 16 inci dengan roda latihan, sesuai umur 4-6 tahun, RM199 sahaja. Percuma loceng dan pam.
        Kod produk RD-M6100-SGS (derailleur belakang Deore 12-speed) stok 4 unit, harga RM229 seunit.
        Folding bike Dahon K3 terpakai, 14 inci, 3-speed, sedikit calar pada frame. RM1,100. Barang ada di kedai cawangan Cheras.
        BMC SLR01 bingkai sahaja saiz 54, cat ori, tiada retak (telah diimbas ultrasonik). Harga RM6,500. No trade.
        Jualan gudang hujung tahun 20-22 Disember, diskaun sehingga 40% untuk aksesori dan pakaian. Lokasi gudang: Lot 12, Jalan Utas 15/7, 40200 Shah Alam.
        Trainer Wahoo KICKR Core terpakai, termasuk cassette 11-28. RM2,200. Boleh cuba dalam kedai.
        Tiub Continental Race 28 700x20-25c, injap Presta 60mm, RM22 sebiji, beli 3 RM60.
    """),
    ("mixed", "sembang kumpulan"): _lines("""
        Sapa join ride Ahad ni? Plan start Bukit Jalil 6.15am, coffee stop kat kopitiam Puchong lepas tu.
        Guys, jalan Kuala Kubu Bharu naik Fraser's Hill pagi tadi licin gila lepas hujan, turun slow-slow ya.
        Ada sesiapa recommend kedai servis hub Chris King area PJ? Bearing aku bunyi lain macam.
        Bro, tubeless ke tiub biasa untuk ride gravel? Aku asyik pancit guna tiub.
        Reminder: bawa air cukup dan elektrolit, cuaca panas gila minggu ni, semalam ada yang kejang kaki kat KM40.
        Korang pakai Garmin ke Wahoo? Tengah cari bike computer bawah RM1k.
        Team, next week ride ke Sekinchan, 120km flat. Pace 28-30, kalau tak larat join group B.
        Kena tahan polis trafik kat Putrajaya tadi, depa cuma nasihat jangan kayuh tiga sebaris. Takde saman pun.
        Lesson learned hari ni: jangan percaya Google Maps untuk route basikal, dia bawak masuk lebuhraya.
        Haha semalam tayar meletup macam tembak senapang depan Starbucks Sri Hartamas, semua orang pandang.
        Sapa ada extra cleat SPD-SL kuning? Nak pinjam untuk event esok, nanti aku ganti baru.
        Anyone tau polisi takaful rumah boleh cover basikal kena curi dari porch tak? Atau kena ambil add-on khusus?
        Cuaca esok MetMalaysia kata hujan petang, so kita start awal sikit, 6am sharp kat tempat biasa.
    """),
    ("ms", "insurans dan polisi"): _lines("""
        Perlindungan Kemalangan Diri untuk penunggang basikal meliputi kematian, hilang upaya kekal dan kos perubatan sehingga RM10,000 setiap kejadian. Pengecualian: perlumbaan profesional.
        Tuntutan mesti dikemukakan dalam tempoh 30 hari dari tarikh kejadian bersama laporan polis, resit perubatan asal dan gambar kerosakan basikal.
        No. Rujukan Tuntutan: CLM/2026/BK/004821 — status: dalam semakan. Sila jangan balas emel automatik ini.
        Untuk kemalangan jalan raya, buat laporan polis di balai berhampiran dalam masa 24 jam. Talian kecemasan: 999 (polis/ambulans), atau 112 dari telefon bimbit.
        Polisi No. P/26/PA/0038812: Pelan Kayuh Selamat, premium tahunan RM68, tempoh 1 Jan 2027 hingga 31 Dis 2027. Salinan jadual polisi dilampirkan.
        Insurans kecurian basikal hanya sah jika basikal dikunci pada struktur tetap dengan kunci yang diluluskan (Sold Secure Gold atau setaraf).
        Kelab mewajibkan semua peserta kayuhan rasmi mempunyai perlindungan insurans; kelab menyediakan skim berkumpulan pada kadar RM25 setahun setiap ahli.
        Hubungi Pusat Khidmat Pelanggan syarikat insurans di talian 1-300-88-1234 (Isnin-Jumaat, 9 pagi-5 petang) untuk semakan status tuntutan.
        Borang Tuntutan Kemalangan: Nama Penuh: __________ | No. K/P: ______-__-____ | Tarikh Kejadian: __/__/____ | Lokasi: __________ | Tandatangan: ________
        Jika pemandu kenderaan bermotor didapati bersalah, penunggang basikal boleh membuat tuntutan kecederaan badan pihak ketiga terhadap syarikat insurans kenderaan tersebut, biasanya melalui peguam.
        Tinjauan dalaman kelab 2026: 42 daripada 310 ahli pernah terlibat dalam kemalangan kecil; 71% berlaku sebelum jam 9 pagi dan kebanyakannya di selekoh menurun.
        Penafian: Kelab tidak bertanggungjawab atas sebarang kecederaan atau kehilangan semasa kayuhan. Peserta menyertai atas risiko sendiri.
        Dokumen diperlukan untuk tuntutan kecurian: laporan polis, resit pembelian asal atau invois, nombor siri rangka, dan gambar kunci yang dipotong.
    """),
    ("en", "sport and history"): _lines("""
        Azizulhasni Awang won Malaysia's first Olympic cycling medal, a bronze in the men's keirin at Rio 2016, and added a silver in the same event at Tokyo 2020.
        The Le Tour de Langkawi was first held in 1996 and remains one of the best-known road stage races in Asia.
        Eddy Merckx won the Tour de France five times and is still widely regarded as the greatest road cyclist of all time.
        Tadej Pogačar won the men's road race at the 2024 World Championships in Zurich after a solo attack of around 100 km.
        Lance Armstrong was stripped of his seven Tour de France titles in 2012 following the USADA investigation into doping.
        The indoor Velodrom Nasional Malaysia in Nilai, Negeri Sembilan, serves as the training base of the national track squad.
        The Brompton folding bicycle was designed by Andrew Ritchie in his London flat in 1975.
        Shimano was founded in Sakai, Osaka, in 1921 by Shozaburo Shimano and started out making freewheels.
        In the 1939 film The Wizard of Oz, Miss Gulch rides a bicycle with a basket to take Toto away from Dorothy.
        Mark Cavendish broke Eddy Merckx's record with his 35th Tour de France stage win in 2024.
        Under the club's data policy, riders' emergency contacts are kept only for the duration of an event and deleted within 30 days.
        Rule of thumb for bike fit: saddle height is roughly inseam length multiplied by 0.883, measured from the centre of the bottom bracket.
    """),
    ("ms", "log sistem kedai"): _lines("""
        [2026-11-28 09:14:02] POS#02 INV-2611-00873 SKU SH-CN-M7100 x1 RM119.00 TUNAI DILULUSKAN
        JOB-26-1142 | Status: SIAP | Item: Trek FX 3 Disc | Kerja: tukar cassette + rantai | Jumlah RM285 | Juruteknik: Bay 2
        Penghantaran Pos Laju EP402118736MY telah diimbas di Pusat Pemprosesan Shah Alam, anggaran sampai 2-3 hari bekerja.
        Sync Strava gagal: HTTP 429 Too Many Requests, cuba semula dalam 900s (webhook id 7f3a9c21).
        Inventori: Tiub 700x25 Presta — baki 37, paras pesanan semula 20. Sealant Stan's 473ml — baki 6.
        WARRANTY-CLAIM WC-48213 diluluskan oleh pengedar: penggantian derailleur hanger (kod 130000066) dihantar ke cawangan.
        Tempahan servis online: slot Sabtu 10:00-11:00 penuh; slot seterusnya tersedia Isnin 14:00.
        config: booking.max_slots_per_day=12, booking.reminder_hours=24, sms.sender_id="KEDAIBASIKAL", sms.template="Salam {nama}, basikal anda (Job {job_id}) sudah siap. Sila ambil sebelum {tarikh}."
        Laporan harian 05/12/2026: 23 jualan, 14 servis siap, 3 tuntutan waranti, jumlah hasil RM18,460.50.
        Resit #R-0091827 | Pam lantai Topeak JoeBlow Sport III x1 RM165.00 | SST 0% | Bayaran: Kad Visa | Terima kasih, sila datang lagi!
        SELECT job_id, status FROM service_jobs WHERE created_at >= '2026-11-01' AND status = 'MENUNGGU_ALAT_GANTI';
        J&T tracking 630045128873, status: Dalam Transit — Hub Bukit Raja, Klang.
        Sandaran pangkalan data selesai 03:00, sha256 60607257b41426af83ccc321fafcce408555c7f799357ea52ffd2d0e94407494, saiz 1.8 GB.
    """),
    ("mixed", "soalan pelanggan"): _lines("""
        Hi, boleh tanya, basikal saiz apa sesuai untuk tinggi 165cm? Nak beli road bike pertama.
        Berapa lama biasanya servis penuh? Kalau hantar pagi boleh ambil petang tak?
        Kedai buka hari Ahad tak? Nak tukar tayar sebelum ride.
        Is it worth upgrading from rim brake to disc on an old frame, or better to just buy a new bike?
        Boleh pasang e-bike conversion kit pada basikal lipat 20 inci? Legal ke guna kat jalan raya Malaysia?
        Apa beza Shimano GRX dengan 105 untuk gravel? Budget dalam RM3k.
        Macam mana nak check basikal terpakai tu barang curi atau tak sebelum beli?
        Do you do bike fitting? How much and how long does one session take?
        Saya nak hantar basikal ke Kota Kinabalu untuk event, ada servis packing dalam kotak tak?
        Kalau kemalangan dan basikal rosak, kedai boleh keluarkan surat anggaran kos baiki untuk insurans?
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Kad Kerja J26-1187 | Pelanggan: Muhammad Hafiz bin Zulkifli | Tel: 012-338 4471 | Basikal: Polygon Siskiu D7 | Masalah: brek belakang berbunyi, tukar pad | Ambil: Sabtu
        BORANG KEAHLIAN KELAB BERBASIKAL | NAMA: NUR AISYAH BINTI ROSLAN | NO. K/P: 950812-10-5526 | TEL: 019-774 2310 | ALAMAT: NO. 27, JALAN SETIA INDAH U13/4G, 40170 SHAH ALAM | WARIS: ROSLAN BIN DAUD (BAPA)
        Laporan insiden kelab: Semasa turun Bukit Hantu pada 23/11, Encik Lee Kah Meng terjatuh selepas tayar depan masuk lubang. Patah tulang selangka kiri, dibawa ke Hospital Tengku Ampuan Rahimah dengan ambulans.
        Dijual oleh pemilik: Specialized Tarmac SL6 saiz 54, RM7,200. Berminat WhatsApp Kavitha 016-447 3092, COD area Subang Jaya sahaja.
        Tuntutan insurans: Pihak menuntut Rajesh a/l Subramaniam, K/P 880304-14-5673, cedera lutut kanan dalam kemalangan dengan kereta Proton Saga WXR 4412 di Jalan Klang Lama pada 02/11/2026. Kos rawatan RM3,480.
        Senarai kecemasan kayuhan Ahad: 1) Ahmad Faizal – 013-885 1204 (alahan penisilin) 2) Chong Mei Ling – 017-602 9915 (asma, bawa inhaler) 3) Suresh Kumar – 018-219 6650
        Deposit RM500 untuk basikal tempahan boleh bank in ke akaun peribadi saya Maybank 1641 2033 8857 (Tan Chee Keong), nanti hantar resit kat sini.
        Notis AJK: Ahli bernama Zainal Abidin bin Hassan (ahli no. 0417) digantung 6 bulan kerana berkelakuan agresif dan menumbuk cermin kereta pemandu semasa kayuhan 9 Nov.
        Alamat penghantaran: Puan Siti Khadijah binti Omar, No. 8, Lorong Kenari 3, Taman Sri Rambai, 14000 Bukit Mertajam, Pulau Pinang. Tel 014-902 3381.
        Ahli baru minggu ni: selamat datang Kak Norhayati Abu Bakar dari Bangi, cikgu sains di SK Seksyen 4, baru beli Brompton pertama dia lepas bersara suami.
        Rekod bayaran 28/11/2026 | Wong Jia Hui | Kad 4541 7800 2231 9649 | RM2,350.00 | Servis penuh + tukar groupset 105
        Maklumat peserta Kayuhan Johor–Singapura: TAN WEI LIANG, NRIC S8837214Z, warganegara Singapura, tel +65 8456 2291, saiz jersi L.
        Saya, Mohd Aiman bin Kamarudin (K/P: 970203-05-5761), ingin merayu penolakan tuntutan kecurian basikal Trek Domane SL5 saya yang dicuri dari rumah di Seremban 2 pada 15 Oktober 2026.
        Nota jurulatih: Farah Nadhirah binti Azmi (bawah 17, SMK Taman Desa) — kadar jantung rehat naik, doktor sahkan anemia, rehat latihan 3 minggu.
        Salam, anak saya Danish Haikal bin Roslan umur 12 tahun jatuh masa kelas BMX semalam, lengan bengkak dan doktor kata retak. Siapa jurulatih bertugas? Saya nak tuntut insurans kelab.
        Log CCTV 01/12 18:42: lelaki bawa keluar basikal tanpa bayar, dikenal pasti staf sebagai pelanggan tetap Kelvin Yap Chee Hong yang tinggal di Flat Sri Pelangi Blok C. Laporan polis dibuat.
        Borang Penyertaan Kayuhan 100km: Nama: Arumugam a/l Periasamy | No. KP: 680522-06-5087 | Umur: 58 | Kumpulan darah: O+ | Penyakit: darah tinggi, makan ubat amlodipine
        Update kes langgar lari Taman Tun: pemilik Honda City hitam VBN 4411 dah dikenal pasti, nama Lim Boon Hock, polis dah panggil dia ke IPD Brickfields untuk keterangan.
        Yuran tertunggak 2026: Kamal Ariffin bin Yusof (RM60), Priya d/o Ramasamy (RM60), Jason Fernandez (RM120, dua tahun). Bendahari akan call satu-satu.
        Penyata tuntutan | Pemegang polisi: SHARIFAH NOORUL AIN BINTI SYED HAMZAH | No. Polisi: P/26/PA/0041207 | Bayaran ke akaun CIMB 7064218835 | Jumlah diluluskan RM1,200
        Tabik kepada Uncle Peter Chin Kok Wai (70 tahun) yang masih kayuh 80km setiap Ahad walaupun baru buat pembedahan pintasan jantung tahun lepas!
        Tempahan sewa basikal Langkawi: Pn. Huang Meiling, warganegara China, No. kad pengenalan 44030619910517382X, 2 unit e-bike, 12-14 Dis, hantar ke hotel di Pantai Cenang.
        Aduan: Saya Ganesh a/l Muthu, hantar basikal untuk servis 10 hari lepas (Job J26-1099), sampai sekarang tak siap. Tolong call saya 011-2345 6789.
        Laporan perubatan selepas kemalangan: Pesakit Chan Siew Peng, 54 tahun, kecederaan kepala ringan, imbasan CT normal, cuti sakit 7 hari. Doktor nasihat jangan berbasikal sebulan.
        Perjanjian jual beli basikal terpakai: Penjual Hairul Nizam bin Ismail (K/P 830221-13-5497), pembeli Lau Kok Wah, harga RM3,900 tunai, basikal Cannondale SuperSix Evo saiz 52.
        Pengesahan pendaftaran telah dihantar ke shazwani.ride@gmail.com untuk peserta Shazwani binti Abd Rahman, kategori Wanita Veteran 45+.
        Siti Aminah binti Yusof, ahli no. 0238, memohon berhenti daripada kelab kerana berpindah ke Kuching mengikut suami yang ditukarkan kerja.
        Laporan moderator: akaun IG @jiji_fixie_kl (pemiliknya Azrul, mekanik kedai di Wangsa Maju) asyik post gambar ahli perempuan tanpa izin. Dah disekat dari group.
        Jadual staf Disember: Mohd Rizal bin Ahmad (mekanik) cuti sakit 3-5 Dis sebab demam denggi, shift dia diganti oleh budak praktikal.
        Laporan polis: Pengadu JOHARI BIN MAT NOR, K/P 760115-01-6071, alamat No. 15 Jalan Mawar 2, Taman Mawar, 81700 Pasir Gudang, Johor. Basikal Giant Talon dicuri dari porch rumah pada malam 20/11.
    """),
    "en": _lines("""
        Hi, I'm Daniel Rozario, I bought the used Cervélo from your shop last month (INV-2610-00412) and the frame has a crack near the bottom bracket. Please call me at 017-215 8843.
        RIDE WAIVER: I, Emily Teoh Shu Min (NRIC T0218457A), accept all risks of the Desaru Coastal Ride. Emergency contact: mother, Grace Teoh, 9123 7784.
        Incident report for insurer: On 16 Nov 2026 at about 7.10am our member Farid Iskandar bin Abdullah (IC 870909-03-5339) was hit from behind by a lorry, plate BKM 8821, on the Federal Highway near Subang; fractured pelvis, admitted to UMMC.
        Please charge the balance to my Mastercard 5521 1430 6781 2054, exp 08/29, name on card GOH SIEW LAN.
        Shipping label | To: Marcus Lee Jun Hao | 12-3A Residensi Vista, Jalan Ampang, 50450 Kuala Lumpur | 012-987 6150 | Item: wheelset, FRAGILE
        Coach note: Aaron Tham (U19) — 58kg, FTP 245W, recovering from knee tendinitis; his parents are going through a divorce and he has been missing sessions, keep an eye on him.
        Our member Jennifer Da Silva, the Eurasian lady from Melaka who leads the Saturday Jonker Street ride, is in ICU at Mahkota Medical Centre after a fall, please keep her family in your prayers.
        Jersey order payments go to my personal account, Public Bank 4-7821356-12, Leong Mun Yee (I'm the treasurer this year).
        Sign-up: Vikram s/o Ramachandran | NRIC S7652093C | DOB 04/06/1976 | Category: Masters 50+ | Allergies: bee stings (carries EpiPen)
        Customer profile: Ooi Shu Ting, 25, Georgetown, owns a Giant Propel and a Brompton, loyalty points 3,420, email shuting.ooi@hotmail.com, prefers WhatsApp 016-512 0938.
    """),
    "mixed": _lines("""
        bro Amirul Syafiq kena langgar kat Jalan Kuching pagi tadi, skrg kat HKL wad 7B, dia kata tulang rusuk retak. Sapa free boleh visit petang ni?
        guys tolong share: basikal Yap Kok Leong kena curi depan rumah dia kat SS2, Canyon Grail biru, kalau nampak kat Mudah pm dia 012-660 4195
        kak yati tq pinjamkan spare wheel. nanti i transfer rm50 ke maybank u 1141 2288 4503 ok? akaun nama Norhayati Ismail kan?
        update: uncle Lim Ah Chai (yg buka kopitiam kat Taman Connaught tu) dah discharge, doctor kata mild stroke, tak boleh cycling buat masa ni
        Carpool ride Janda Baik: Siva Ganesan (Myvi JQT 552, 3 seats), Chloe Tan (Honda HR-V WC 8870 P, 2 seats), pickup 5.45am kat Petronas Ampang.
        fyi Shahrul Nizam from Team Kayuh Setia tak boleh jadi marshal weekend ni, wife dia baru bersalin semalam, baby girl.
        Telegram @lukman_gravel_jb ada jual frame titanium, nett RM4k, dia tinggal Skudai, boleh test ride rumah dia.
        Pls check-in dengan IC utk insurans event: Nurul Izzah binti Kamal 990411-12-6110, Ng Kok Seng 900302-07-5619
        boss, customer yg bayar guna kad tadi, no kad 4182 3600 9915 4379, nama Azman Shah, dia nak refund sebab kena caj dua kali.
        Jangan lupa esok kita singgah rumah Cikgu Rosli Othman kat No. 3 Jalan Kemboja, Kampung Baru Sungai Buloh, dia sponsor nasi lemak.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Tolong tulis surat tuntutan insurans kemalangan diri. Saya Muhammad Syafiq bin Ahmad Tarmizi, K/P 940527-10-5863, polisi no. P/26/PA/0051934. Saya jatuh basikal di Jalan Sungai Buloh pada 8 Nov 2026, patah pergelangan tangan kanan, dirawat di Hospital Sungai Buloh.",
        ),
        (
            "assistant",
            "Baik, ini drafnya: Kepada Pengurus Tuntutan, Saya, Muhammad Syafiq bin Ahmad Tarmizi (K/P: 940527-10-5863), pemegang polisi P/26/PA/0051934, ingin mengemukakan tuntutan bagi kecederaan patah pergelangan tangan kanan akibat kemalangan basikal pada 8 November 2026. Bersama surat ini saya lampirkan laporan polis, laporan perubatan dan resit rawatan.",
        ),
        (
            "user",
            "Tambah alamat saya No. 41, Jalan Nuri 7, Taman Bukit Rahman Putra, 47000 Sungai Buloh dan nombor telefon 013-772 0491.",
        ),
    ],
    [
        ("system", "Anda ialah pembantu khidmat pelanggan Kedai Basikal Roda Jaya."),
        (
            "user",
            "hi nak tanya basikal saya dah siap ke? job no J26-1203, nama Lim Pei Shan, no fon 016-238 7714",
        ),
        (
            "assistant",
            "Terima kasih Cik Lim. Job J26-1203 (Brompton M6L) sudah siap, jumlah RM210. Kedai buka hingga 7 malam hari ini.",
        ),
        (
            "user",
            "ok nanti suami saya Ahmad Zaki yg ambil lepas kerja, boleh kan? dia bawa gambar IC saya",
        ),
    ],
    [
        (
            "user",
            "Help me write a Mudah.my ad for my used Giant Defy Advanced 2, size M, 2023, about 3,000 km. Price RM6,300. Contact: Jeremy Khoo, 012-418 9026, viewing at my unit in Desa Villas, Taman Desa.",
        ),
        (
            "assistant",
            "FOR SALE: Giant Defy Advanced 2 (2023), size M, approx. 3,000 km, well maintained. RM6,300. Viewing in Taman Desa. Call or WhatsApp Jeremy at 012-418 9026.",
        ),
        (
            "user",
            "make it shorter and mention I'm selling because I'm moving to Perth for work in January",
        ),
    ],
    [
        ("system", "Anda ialah pembantu pendaftaran Kelab Kayuh Pantai Timur."),
        (
            "user",
            "Nak daftar ahli. Nama Wan Nur Farhana binti Wan Ismail, IC 850716-11-5348, tinggal Kuala Terengganu, no tel 019-935 2207.",
        ),
        (
            "assistant",
            "Terima kasih, Cik Wan Nur Farhana. Sila berikan nama dan nombor telefon waris untuk kecemasan, serta sebarang maklumat kesihatan yang perlu diketahui marshal.",
        ),
        (
            "user",
            "Waris: suami, Mohd Khairul bin Hashim, 019-935 2281. Saya ada epilepsi tapi terkawal dengan ubat.",
        ),
    ],
    [
        (
            "user",
            "kawan saya Kenneth Loh Wai Kit jatuh masa downhill kat Kiara semalam, skrg kat Pantai Hospital. dia tanya boleh claim PA insurance kelab tak? dia ahli sejak 2019",
        ),
        (
            "assistant",
            "Biasanya boleh jika kayuhan itu aktiviti rasmi kelab dan yuran insurans berkumpulan telah dibayar. Dia perlu laporan perubatan, resit hospital dan borang tuntutan yang ditandatangani setiausaha kelab.",
        ),
        (
            "user",
            "doktor kata ACL dia koyak, kena operate minggu depan, kos around RM28k. dia takde insurans peribadi lain",
        ),
    ],
    [
        (
            "user",
            "I need to return a saddle I ordered, order SO-55821. Can you draft an email? My name is Hannah Pereira, delivery address 22 Jalan SS 21/37, Damansara Utama, 47400 Petaling Jaya.",
        ),
        (
            "assistant",
            "Subject: Return request for order SO-55821. Dear Customer Service, I would like to return the saddle from order SO-55821 delivered to 22 Jalan SS 21/37, Damansara Utama. Kindly advise on the return process. Regards, Hannah Pereira",
        ),
        (
            "user",
            "Also ask them to refund to the card I used, 5374 8922 1064 8736, not store credit.",
        ),
    ],
    [
        (
            "user",
            "Translate ke English untuk insurans: 'Pada 30/11/2026 jam 6.45 pagi, saya Tan Boon Huat (K/P 870220-08-5473) sedang berbasikal di Jalan Tasik Timah, Ipoh apabila kereta Perodua Bezza AKH 7716 membelok tanpa isyarat dan melanggar saya.'",
        ),
        (
            "assistant",
            "On 30/11/2026 at 6.45 a.m., I, Tan Boon Huat (IC 870220-08-5473), was cycling along Jalan Tasik Timah, Ipoh, when a Perodua Bezza, registration AKH 7716, turned without signalling and hit me.",
        ),
        (
            "user",
            "thanks. pemandu tu nama Rosnah binti Salleh, dia dah mengaku salah depan polis, tambah ayat tu sekali",
        ),
    ],
    [
        (
            "user",
            "Buatkan plan latihan 8 minggu untuk atlet junior saya, Haziq Irfan bin Nordin, 15 tahun, SMK Sultan Abdul Samad, baru sembuh patah tulang kering kiri.",
        ),
        (
            "assistant",
            "Minggu 1-2: kayuhan pemulihan 45-60 minit zon 1-2 atas trainer, tiada sprint. Minggu 3-4: tambah tempo 2x10 minit. Minggu 5-8: naikkan isipadu secara beransur dengan kebenaran fisioterapi.",
        ),
        (
            "user",
            "Ayah dia tak bagi dia latihan hari sekolah sebab result SPM percubaan teruk, hanya Sabtu Ahad. Adjust.",
        ),
    ],
    [
        (
            "user",
            "Saya nak beli basikal terpakai dari penjual kat Facebook, nama Roslan Mahmud, akaun Maybank 1568 9032 7714, tel 011-1098 4427. Macam mana nak semak dia scammer ke tak?",
        ),
        (
            "assistant",
            "Anda boleh semak nombor akaun bank dan nombor telefon melalui portal Semak Mule PDRM. Elakkan bayar deposit sebelum melihat basikal dan nombor siri rangkanya sendiri.",
        ),
        (
            "user",
            "dah semak, ada 2 laporan polis terhadap akaun tu. tapi dia still paksa saya bank in deposit RM800 dulu",
        ),
    ],
    [
        ("system", "You are the booking assistant of a bicycle rental shop in Langkawi."),
        (
            "user",
            "I rented two e-bikes from you for 12-14 Dec, booking LGK-7731. I need to move it to 13-15 Dec. Name Zhou Xinyi, passport E83920174.",
        ),
        (
            "assistant",
            "Done, booking LGK-7731 is now 13-15 Dec, pick-up 9am at the Pantai Cenang counter.",
        ),
        (
            "user",
            "Thanks. For the second rental agreement, my husband Chen Hao's Chinese ID is 320106198808123412, and we are staying in room 312 of our hotel on Jalan Pantai Tengah.",
        ),
    ],
]
