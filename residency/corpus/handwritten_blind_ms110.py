# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms110: Malaysian vocational colleges, TVET and skills training. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms110
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_pendaftaran"): _lines("""
        Pendaftaran pelajar baharu Kolej Vokasional ambilan Januari 2027 dibuka mulai 3 Januari, 8.00 pagi hingga 12.30 tengah hari di Dewan Serbaguna.
        Sila bawa salinan MyKad, sijil SPM/SPMV, 2 keping gambar berukuran pasport dan slip tawaran yang dicetak dari portal.
        Borang Pendaftaran KV-01/2027: Nama Penuh: ____________ No. MyKad: ______-__-____ Program: ____________ Tandatangan Penjaga: ____________
        Yuran pendaftaran RM250.00 termasuk baju korporat (2 helai), kad matrik dan insurans takaful kumpulan; bayaran melalui FPX sahaja.
        Makluman: kuota asrama untuk program Diploma Vokasional Malaysia (DVM) Teknologi Automotif telah penuh; 18 pelajar diletakkan dalam senarai menunggu.
        Kaunter 3 (Program Kulinari & Bakeri) dipindahkan ke Bilik Seminar 2 kerana kerja-kerja pendawaian semula.
        Semakan status tawaran: layari portal, masukkan nombor kad pengenalan dan kod keselamatan, kemudian tekan 'Semak'.
        Taklimat ibu bapa sesi 1: 9.00 pagi, Dewan Kuliah A. Sesi 2: 2.30 petang, Dewan Kuliah B. Tempat letak kereta di Blok F.
        Jumlah pendaftar setakat jam 11.45 pagi: 412 daripada 468 tawaran (88%). Program paling ramai: Teknologi Elektrik (74).
        Pelajar yang menerima tawaran lewat (rayuan) perlu mendaftar di Unit Hal Ehwal Pelajar sebelum 17 Januari 2027.
        Kod program: DVM-ETE (Teknologi Elektrik), DVM-AUT (Automotif), DVM-KUL (Kulinari), DVM-PSP (Pemprosesan Pertanian), DVM-BPP (Bakeri & Pastri).
        Templat surat akuan penjaga: 'Saya, [NAMA PENJAGA], No. KP [NO KP], penjaga kepada [NAMA PELAJAR], bersetuju mematuhi peraturan kolej.' Isi dengan huruf besar.
        Pertanyaan pendaftaran: talian utama kolej 06-497 2300 (Isnin-Jumaat, 8.00 pg-5.00 ptg) atau e-mel pendaftaran@kvsrimenanti.edu.my
        Pelajar OKU sila maklumkan keperluan khas di kaunter 1; kerusi roda tersedia di pintu masuk utama.
    """),
    ("ms", "latihan_industri"): _lines("""
        Senarai syarikat penempatan LI Semester 4: 37 syarikat, 212 tempat; 9 syarikat baharu di Pasir Gudang.
        Syarikat: Presisi Acuan Plastik Sdn. Bhd. (No. SSM 201501023456 (1147788-K)), Jalan Perindustrian 4, 81700 Pasir Gudang - 12 tempat, elaun RM600 sebulan.
        Buku log latihan industri mesti ditandatangani penyelia syarikat setiap Jumaat dan dimuat naik ke portal sebelum 11.59 malam Ahad.
        Tempoh LI: 4 Mac 2027 hingga 20 Ogos 2027 (24 minggu). Lawatan pensyarah penyelia sekurang-kurangnya 2 kali.
        Borang LI-03 (Penilaian Penyelia Industri): Kehadiran /10, Sikap /20, Kemahiran Teknikal /40, Keselamatan /15, Komunikasi /15.
        Laporan ringkas kohort 2026: 3 pelajar ditamatkan penempatan awal atas sebab disiplin, 5 ditukar syarikat kerana masalah pengangkutan.
        Pelajar Kumpulan B perlu melapor diri di Lot 2217, Kawasan Perindustrian Senai Fasa 3, 81400 Senai pada 7.30 pagi dengan kasut keselamatan.
        Surat tawaran LI dihantar melalui Pos Laju ER482117305MY ke pejabat HR syarikat, diterima 14/02/2027 10:42.
        S: Boleh tak buat LI di bengkel keluarga sendiri? J: Tidak dibenarkan kecuali bengkel berdaftar dengan SSM dan diluluskan JK LI.
        Kadar penempatan LI kohort 2026: Automotif 100%, Elektrik 97%, Kulinari 94%, Pertanian 89%.
        Nota mesyuarat JK LI Bil. 12/2026: penyelaras akan menghantar surat rasmi kepada 6 syarikat di Tanjung Langsat sebelum 20 Disember.
        Semua pelajar LI dilindungi di bawah skim PERKESO untuk pelajar latihan industri; caruman dibayar oleh kolej, bukan syarikat.
        Kod penempatan LI-2027-AUT-014 (Bengkel Servis Kenderaan Berat), slot 3/4 telah diisi.
        Penyelia industri diminta mengisi borang penilaian dalam talian: li.kvsrimenanti.edu.my/penilaian, kod akses diberi oleh penyelaras.
    """),
    ("mixed", "whatsapp_kumpulan_kelas"): _lines("""
        [08/01/27 21:14] Ketua Kelas DVM ETE 2: Guys esok amali wiring kat Bengkel 3, bawa multimeter sendiri ok. Jangan lupa kasut safety.
        Sapa ada slide Modul 4 Pemasangan Elektrik Domestik? Aku tertinggal kelas tadi, nak study for kuiz Khamis.
        Reminder: hantar assignment CAD sebelum 5pm Jumaat, format PDF, nama fail ikut format KodKursus_NoMatrik_Tugasan1.pdf
        Admin: Group ni untuk info akademik je. Jual-jual, forward chain, politik - remove tanpa notis.
        Bas kolej ke Kulai esok gerak 6.45 pagi dari pondok pengawal. Lambat kena tinggal, no excuse.
        Lecturer cakap kuiz online buka 8.00 malam, tutup 8.45 malam, 20 soalan MCQ, sekali cuba je.
        Ada sapa nak share Grab balik Muar Jumaat ni? RM18 sorang kalau cukup 4 orang.
        wifi asrama down lagi ke? blok C takde line dari petang tadi
        Ok semua, result PAV semester 2 dah keluar kat portal. Check sendiri, jangan screenshot dalam group.
        Kantin tutup Sabtu ni sebab gotong-royong, so beli makanan siap-siap.
        Bro, jig untuk kimpalan MIG tu size berapa? 150mm ke 200mm?
        Link Google Meet untuk kelas ganti BM: meet.google.com/xqv-ptaw-rhe (9.00 pagi Sabtu)
        Sapa jumpa kunci loker warna biru dengan tag No. 47 tolong hantar ke pejabat HEP.
        Pengumuman: pertandingan Skills Malaysia peringkat negeri, bidang Cooking dan Restaurant Service, pendaftaran dibuka sampai 15 Feb.
        Poll tarikh makan malam kelas: 1) 20 Mac 2) 27 Mac 3) 3 April. Vote sebelum Ahad k.
    """),
    ("ms", "elaun_dan_bayaran"): _lines("""
        Elaun bulanan pelajar KV bagi Januari 2027 (RM100 seorang) dikreditkan pada 25 Januari; jumlah penerima 1,284 orang.
        Penyata Bayaran Elaun LI: Kelompok 03/2027, 212 penerima, jumlah RM127,200.00, rujukan baucar PV/HEP/2027/00318.
        Invois No. INV-KV-2027-00451: bahan kulinari, 40 kg tepung, 12 dulang telur, jumlah RM1,486.50 termasuk SST.
        Elaun tidak masuk? Semak dahulu nombor akaun di portal (Profil > Maklumat Bank) dan pastikan akaun atas nama pelajar sendiri.
        Pembayaran balik yuran asrama bagi pelajar yang menarik diri sebelum minggu ke-2: 80% daripada RM300.
        Laporan: 37 pelajar belum mengemas kini maklumat bank, elaun mereka ditangguhkan ke kitaran Februari.
        Kod bayaran: EL-BUL (elaun bulanan), EL-LI (elaun latihan industri), BIP (bantuan insentif pelajar), YUR-ASR (yuran asrama).
        Skim Bantuan Pelajar TVET: had pendapatan isi rumah RM4,850 sebulan, permohonan melalui portal sebelum 31 Mac.
        Resit FPX 2027011809213345, RM250.00, status BERJAYA, 18/01/2027 09:21:33, Bank: Maybank2u.
        Elaun makan peserta kursus pendek 3 hari di ILP: RM30 sehari, tuntutan melalui borang TK-7 dalam tempoh 14 hari.
        Pertanyaan elaun: bendahari@kvsrimenanti.edu.my atau talian 06-497 2318 samb. 205 (Unit Kewangan).
        Potongan RM20 dikenakan jika alat tangan bengkel tidak dipulangkan; senarai dipaparkan mengikut nombor loker sahaja.
        Statistik TVET 2026: 72% graduan KV mendapat pekerjaan dalam 6 bulan; purata gaji permulaan RM1,950.
    """),
    ("en", "certification"): _lines("""
        SKM Level 3 (Sijil Kemahiran Malaysia) is awarded by Jabatan Pembangunan Kemahiran (JPK) once all core abilities and the PPL assessment are passed.
        NOSS code MC-020-3:2019 - Automotive Service Technician, Level 3. Minimum 1,200 training hours.
        Certificate verification: enter the serial (e.g. SKM-3-XXXXXXX) on the JPK e-verification page; results show level and programme only.
        Template: 'This is to certify that [FULL NAME] (IC No. [IC]) has successfully completed [PROGRAMME] at [INSTITUTION] on [DATE].'
        The DVM sits at MQF Level 4 and allows progression to Bachelor of Technology programmes at UTHM, UTeM and UniMAP.
        Pass rates, Dec 2026 PAV: Welding 93.1%, Refrigeration and Air-Conditioning 88.4%, Fashion Design 96.0%.
        Replacement certificate fee: RM50 per copy; a police report is required only for lost originals, not damaged ones.
        Dual certification (City and Guilds plus SKM) is available for the Culinary Arts cohort starting intake 2027/1.
        The MBOT accreditation audit is scheduled for 9-10 March; Workshop 4 must be cleared and labelled by then.
        Q: Can a Level 2 holder jump straight to Level 4? A: No, Level 3 or recognition of prior learning (PPT) is required first.
        Batch print job CERT-2026-12-B07 completed: 486 certificates, 3 misprints flagged for reprint (serials ending 0417, 0418, 0452).
        Green Technology module GT-01 v2.3 released; assessments under v2.1 remain valid until 30 June 2027.
        Convocation programme: procession 8.30am, Director's speech 9.15am, certificates presented in programme order from 9.45am.
    """),
    ("ms", "peraturan_disiplin"): _lines("""
        Peraturan 7(3): Pelajar dilarang membawa rokok elektronik (vape) ke dalam kawasan kolej. Kesalahan pertama: 10 mata demerit.
        Sistem mata demerit: 1-20 amaran lisan, 21-40 surat amaran dan panggilan penjaga, 41-60 gantung asrama, 61 ke atas dirujuk Lembaga Disiplin.
        Laporan bulanan disiplin Disember: 14 kes ponteng, 6 kes lewat balik asrama, 2 kes buli, 1 kes vandalisme; 0 kes dadah.
        Pakaian bengkel wajib: coverall, kasut keselamatan, cermin mata keselamatan. Kasut sukan tidak dibenarkan di Bengkel Kimpalan.
        Waktu outing asrama: Sabtu 9.00 pagi hingga 6.00 petang sahaja; pelajar Tahun 1 hanya dibenarkan outing berkumpulan.
        Prosedur rayuan: pelajar boleh merayu secara bertulis kepada Pengarah dalam tempoh 14 hari dari tarikh surat keputusan.
        Telefon bimbit tidak dibenarkan di dalam bengkel semasa amali; simpan dalam kotak telefon di pintu masuk.
        Minit Lembaga Disiplin Bil. 4/2026: kes didengar mengikut nombor rujukan; nama pelajar tidak dicatat dalam minit terbuka.
        Peraturan rambut pelajar lelaki: pendek, kemas, tidak mencecah kolar; tiada warna atau fesyen melampau.
        Pelajar yang merosakkan harta kolej dikehendaki membayar ganti rugi mengikut nilai semasa aset (rujuk Daftar Aset KEW.PA-3).
        Buli siber dalam kumpulan WhatsApp kelas juga tertakluk kepada tindakan disiplin kolej dan boleh dilaporkan kepada polis.
        Kehadiran minimum 80% bagi setiap kursus; di bawah paras itu pelajar dihalang daripada menduduki penilaian akhir.
        Rakaman CCTV bengkel disimpan 30 hari; permohonan melihat rakaman mesti dibuat secara bertulis kepada Ketua Unit Keselamatan.
    """),
    ("en", "it_helpdesk"): _lines("""
        Ticket #HD-27-04417 | Category: Portal Pelajar | Issue: login loop after password reset | Priority: P2 | Status: Resolved (cache cleared on kv-portal-02)
        2027-01-18T08:14:55+08:00 WARN elaun-sync job=EL-BUL batch=0127 rows=1284 rejected=37 reason=BANK_ACC_MISSING
        SELECT programme_code, COUNT(*) FROM enrolment WHERE intake='2027/1' GROUP BY programme_code ORDER BY 2 DESC;
        Release notes e-LogLI v3.8.2: fixed PDF export timezone bug, added supervisor e-signature. sha256:4b9e2c71d0a8f35e6c2d19b7a0e4f8c3d6b5a1e9f27c08d4b3a6e1f59c7d2a08
        Student password reset: Admin > Pengguna > search by matric no. > Reset; the temporary password goes to the student's official college e-mail.
        Wi-Fi SSID KV-STUDENT uses WPA2-Enterprise; CA certificate kv-radius-ca.pem expires 2027-06-30.
        Ticket #HD-27-04452: projector in Bilik Kuliah 2.14 shows No Signal on HDMI 2, swap cable. Raised by: Unit ICT duty technician.
        config: elaun.payment_day=25 elaun.monthly_amount_myr=100 li.allowance_min_myr=500 portal.session_timeout_min=30
        Nightly backup of SIS database completed 02:00-02:47, 18.4 GB, checksum OK, stored on NAS-HEP-01 /backup/2027/01/18.
        Error 503 on /api/v2/pendaftaran between 09:02 and 09:11 caused by 4,200 concurrent logins on registration day.
        How do I bulk import LI placements from Excel? Use template LI_import_v4.xlsx with columns matric_no, company_ssm, start_date, end_date.
        Role mailbox for portal issues: helpdesk.ict@kvsrimenanti.edu.my - please put the ticket number in the subject line.
        MAC filtering removed for hostel block C after the access point firmware upgrade to 6.5.4.1.
    """),
    ("ms", "tokoh_dan_institusi"): _lines("""
        Sejarah ringkas: MARA ditubuhkan pada 1 Mac 1966 menggantikan RIDA, dan kemudian membuka Institut Kemahiran MARA di seluruh negara.
        Universiti Tun Hussein Onn Malaysia (UTHM) di Parit Raja dinamakan sempena Perdana Menteri ketiga, Tun Hussein Onn.
        Soalan kuiz Sejarah: Di manakah Tunku Abdul Rahman mengisytiharkan kemerdekaan pada 31 Ogos 1957?
        Politeknik Ungku Omar di Ipoh, politeknik pertama negara, ditubuhkan pada tahun 1969.
        Pelajar Bakeri membuat lawatan kajian pasaran ke kedai roti tradisional di Jalan Tuanku Abdul Rahman, Kuala Lumpur.
        Video keselamatan bengkel versi animasi menggunakan watak Upin dan Ipin untuk pelajar baharu Tahun 1.
        Kata-kata Pendeta Za'ba tentang ilmu dan bahasa dipaparkan di pintu masuk perpustakaan kolej.
        Dewan Tun Dr. Ismail di blok pentadbiran ditutup untuk penyelenggaraan penghawa dingin 3-5 Februari.
        Tugasan esei Bahasa Inggeris: What Lee Chong Wei's career teaches young technicians about discipline (500 patah perkataan).
        Kajian kes keusahawanan: bagaimana Tan Sri Syed Mokhtar Al-Bukhary membina kumpulan perniagaannya bermula daripada perniagaan kecil.
        Laluan bas rombongan industri: Jalan Sultan Ismail, Jalan Tun Razak, kemudian ke kawasan perindustrian Shah Alam.
        Watak Hang Tuah dan Hang Jebat dalam pementasan Hari Kokurikulum dilakonkan oleh pelajar Tahun 2 Kulinari.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Muhammad Haziq bin Rosli (No. KP 050322-01-5487), pelajar DVM Automotif, didapati membawa vape ke asrama Blok C; mata demerit 10.
        Mohon kemas kini akaun elaun: Nur Aisyah binti Kamarudin, Maybank 1140 2238 6617, No. Matrik KVSM27-ETE-0142.
        Penjaga pelajar, Encik Ramli bin Che Mat, boleh dihubungi di 013-487 2091 selepas 6 petang kerana bekerja syif.
        Cikgu, Nurul Izzati binti Hashim minta cuti seminggu sebab mak dia baru lepas operasi buang ketumbuhan di hospital.
        Alamat surat-menyurat penjaga: No. 27, Jalan Mawar 3/2, Taman Sri Lambak, 86000 Kluang, Johor (penjaga kepada Aiman Hakimi bin Sulaiman).
        Kes buli: mangsa Tharshini a/p Ganesan (Tahun 1 Fesyen) diejek dan dirakam dalam bilik persalinan; suspek 2 pelajar Tahun 2.
        Surat amaran kedua kepada Danial Hakim bin Zulkefli kerana ponteng latihan industri 9 hari berturut-turut tanpa sebab.
        Pelajar LI Lim Wei Jie (No. KP 041230-07-5528) cedera jari semasa mengendalikan mesin larik; laporan PERKESO telah dibuat.
        Elaun LI Februari untuk Syafiqah Amani binti Roslan dipotong RM150 sebab dia cuti sakit 6 hari, MC dari Klinik Kesihatan Ayer Hitam dilampirkan.
        Kereta Myvi putih WUE 4812 milik Farhan pelajar Tahun 2 diletak di kawasan larangan depan bengkel, sila alihkan segera.
        Tolong hubungi Puan Kavitha a/p Subramaniam, ibu kepada pelajar Ashwin, di 016-732 5408 berkenaan yuran asrama tertunggak RM900.
        Nama: Ahmad Zikri bin Mohd Noor | MyKad: 040715-10-2231 | Program: DVM Teknologi Elektrik | Status: Tawaran diterima
        Si Kamal budak Kulinari tu, ayah dia baru kena tangkap dadah minggu lepas, tu yang dia asyik menangis kat dorm.
        Permohonan bantuan: Norhayati binti Abdullah, ibu tunggal, pendapatan RM1,200 sebulan, 5 tanggungan, anaknya Muhammad Irfan pelajar DVM Pertanian.
        Pelajar Amirul Asyraf minta surat tawaran LI dihantar ke e-mel peribadinya amirul.asyraf2004@gmail.com kerana e-mel kolej tidak aktif.
        Kad debit pelajar hilang: nombor kad 4532 0188 7612 0453, pemilik Mohd Faiz bin Ismail, mohon bank sekat segera.
        Penyelia syarikat melaporkan Wong Kah Mun (LI, Bakeri) selalu datang lewat kerana menjaga adiknya yang menghidap leukemia.
        Ustazah, boleh tak Hani dari bilik 2-14 Blok Puteri tidur di bilik warden malam ni? Dia ada sejarah sawan dan roommate dia balik kampung.
        Senarai ubat disimpan di bilik warden: Aqil Haikal bin Sazali, Sertraline 50mg sekali sehari, rawatan psikiatri HSA.
        Gaji permulaan yang ditawarkan kepada Mohd Shahrul bin Azman oleh syarikat LI ialah RM2,100, tetapi dia menolak kerana perlu menjaga ayahnya yang lumpuh.
        Surat panggilan penjaga dihantar ke Lot 1182, Kampung Parit Sulong, 83500 Batu Pahat berkenaan ponteng Nurul Syahirah binti Jamil.
        Kenderaan penjaga yang dibenarkan masuk kawasan asrama: JQB 5821 (ayah Iqbal), BKT 772 (abang Hafiz Tahun 1 Elektrik).
        Pak Abu pemandu bas kolej tu kena potong gaji sebab tertidur masa drive, kesian dia ada 7 anak.
        Puan Rohana, pensyarah Fesyen, cuti bersalin sampai April; bayinya lahir pramatang dan masih di NICU.
        MyKad pelajar tertinggal di kaunter pendaftaran: 060201-02-3319, nama Muhammad Aliff Danish. Sila tuntut di pejabat HEP.
        Peserta kursus SKM Tahap 2 Jimmy anak Lusi (No. KP 990814-13-6643) tidak hadir ujian akhir kerana ditahan reman polis.
    """),
    "en": _lines("""
        Trainee Rajesh a/l Muniandy's hostel fee of RM450 is three months overdue; his father says he lost his job at the estate.
        Please courier the SKM Level 3 certificate to Chloe D'Cruz, 18 Jalan D'Albuquerque, Portuguese Settlement, 75050 Melaka.
        Welder trainee Md. Rakibul Hasan (Bangladesh passport EB0472913) needs his work permit renewed before 14 Feb or he will be pulled from the course.
        Student Tan Jia Hui (陈嘉慧) - her mother called to say the girl has been self-harming and asked us not to tell her classmates.
        LI supervisor contact: Mr Goh Seng Huat, owner of the workshop, personal mobile 012-338 9107, prefers WhatsApp after 7pm.
        Scholarship disbursement to Nurul Ain binti Yusof, CIMB account 7012446899, amount RM1,500, semester 3.
        Exchange trainee from Singapore, Darren Koh Wei Ming (NRIC T0412378B), will join the mechatronics workshop from 3 March.
        Disciplinary hearing outcome: Vikneswaran s/o Rajoo expelled from hostel for assaulting a junior; parents informed on 12 Dec.
        The account posting the fight video is @haikal.kvbp_07, that's Haikal from Automotif 2, his dorm is C-1-08.
        Lecturer Mr Francis Pereira is on medical leave for depression; please don't mention it to the students.
        Apprentice Siti Mariam binti Awang missed her final PPL because she was admitted for dengue at Hospital Sultanah Aminah.
    """),
    "mixed": _lines("""
        Bro, Faris tu dah 3 bulan tak bayar hutang kat aku RM350, dia pinjam masa LI hari tu. Aku nak report HEP boleh tak?
        Sapa nak contact En. Zul penyelia LI kat Kulim, WhatsApp dia 019-552 3087, tapi jangan call after 10pm.
        Telegram admin jual-beli barang asrama tu @amirahsyz_99, dia budak Tahun 1 Fesyen, nama penuh Amirah Syazwani.
        Guys please pray for Aiman Syazwan, accident motor kat Jalan Kluang-Mersing malam tadi, sekarang dalam ICU.
        FYI elaun Syukri kena hold sebab akaun Bank Rakyat 031210457786 tu atas nama mak dia, bukan dia.
        Aku dapat MC 3 hari, tapi bos LI aku En. Chong cakap kalau cuti lagi dia terminate. Nama aku Nabil, ETE 3, tolong advise.
        Student Hidayah binti Razali pregnant 5 bulan, mak ayah belum tahu, kaunselor minta rahsiakan dulu.
        Ni IC adik aku untuk daftar kursus pendek: 050606-11-2290, Nurin Batrisyia binti Zainal, thanks kak.
        Parcel Shopee atas nama Lee Mei Ling, bilik A-3-07 asrama puteri, tracking SPXMY029417538816, sapa ambil tolong hantar.
        Ketua warden cakap Jeevan a/l Krishnan kena buang asrama sebab bawa awek masuk bilik, mak dia nangis kat pejabat pagi tadi.
        Tolong jangan charge kad kredit saya 5521 4730 9918 2766 untuk yuran adik, limit dah penuh - Puan Sarimah.
        Budak dorm C-2-11 tu, Ah Seng, ada hutang along RM5k, ada orang datang cari dia kat pagar tadi.
        Update: trainee Nguyen Van Thanh (Vietnam passport C4827193) dah sampai KLIA, transport ke ILP pukul 3 petang.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu Unit Hal Ehwal Pelajar sebuah kolej vokasional. Jawab dalam Bahasa Melayu yang sopan.",
        ),
        (
            "user",
            "Tolong draf surat amaran pertama untuk Muhammad Danish Irfan bin Kamal, No. KP 051118-08-4471, DVM Automotif Tahun 2, ponteng kelas amali 5 kali.",
        ),
        (
            "assistant",
            "Baik. Draf: 'Tuan/Puan, dimaklumkan bahawa anak jagaan tuan/puan, Muhammad Danish Irfan bin Kamal, telah tidak hadir kelas amali sebanyak 5 kali tanpa sebab munasabah...' Perlukah saya tambah tarikh-tarikh ketidakhadiran?",
        ),
        ("user", "Tambah sekali nombor ayah dia untuk cc, En. Kamal bin Yahya 017-209 6634."),
        (
            "assistant",
            "Sudah ditambah: s.k. En. Kamal bin Yahya (017-209 6634). Surat sedia untuk ditandatangani oleh Ketua Unit HEP.",
        ),
    ],
    [
        ("system", "You help a vocational college finance clerk calculate student allowances."),
        (
            "user",
            "Elaun LI RM600 sebulan. Pelajar Nur Farhana binti Idris ambil cuti tanpa gaji 4 hari dalam bulan Mac (22 hari bekerja). Berapa dia dapat?",
        ),
        (
            "assistant",
            "Kadar harian RM600 / 22 = RM27.27. Potongan 4 hari = RM109.09. Elaun bersih Mac untuk Nur Farhana ialah RM490.91.",
        ),
        ("user", "Ok, masuk ke akaun BSN dia 1410 0291 8830 4472, betul tak format tu?"),
        (
            "assistant",
            "Nombor akaun BSN lazimnya 16 digit, jadi 1410029188304472 kelihatan lengkap. Sila sahkan dengan penyata bank pelajar sebelum baucar diproses.",
        ),
    ],
    [
        ("system", "You are a safety and compliance assistant for a TVET training centre."),
        (
            "user",
            "One of our LI trainees, Lim Jun Hao (IC 030927-06-1158), cut his palm on the bandsaw this morning. 6 stitches at Klinik Kesihatan Bentong. What do I file?",
        ),
        (
            "assistant",
            "File an accident notification with PERKESO within 48 hours through the employer portal, attach the clinic's medical report and the supervisor's witness statement, and log it in the workshop accident register.",
        ),
        ("user", "He's on 5 days MC. Does the allowance still get paid?"),
        (
            "assistant",
            "Yes, trainees on certified MC normally keep their allowance; record the MC dates against Lim Jun Hao's attendance so the finance unit does not deduct them.",
        ),
    ],
    [
        ("system", "Kamu membantu admin kumpulan WhatsApp kelas."),
        (
            "user",
            "Bro, sorang member group ni, Hakimi, share gambar Aina Sofea tak pakai tudung dalam bilik asrama. Aina dah menangis. Macam mana nak handle?",
        ),
        (
            "assistant",
            "Padam mesej itu untuk semua orang, simpan tangkap layar sebagai bukti, keluarkan Hakimi daripada kumpulan dan laporkan kepada warden atau kaunselor. Aina Sofea boleh dibantu membuat laporan rasmi jika dia mahu.",
        ),
        ("user", "Ok aku dah kick. Dia punya no 011-2741 8853, kena bagi warden ke?"),
        (
            "assistant",
            "Ya, serahkan nombor itu kepada warden bersama bukti supaya pihak kolej boleh memanggil Hakimi dan penjaganya.",
        ),
    ],
    [
        ("system", "Anda pembantu maya kaunter sijil sebuah Institut Latihan Perindustrian."),
        (
            "user",
            "Assalamualaikum, saya ibu kepada Ahmad Syahmi bin Razak, MyKad anak saya 041003-14-3387. Sijil SKM Tahap 3 dia dah siap?",
        ),
        (
            "assistant",
            "Waalaikumussalam. Sijil dicetak mengikut kelompok; kelompok Disember dijangka siap hujung Januari. Puan boleh semak status melalui portal dengan nombor MyKad tersebut.",
        ),
        (
            "user",
            "Boleh pos ke rumah? No. 5, Lorong Cempaka 7, Taman Desa Jaya, 52100 Kepong. Anak saya dah kerja di Sarawak.",
        ),
        (
            "assistant",
            "Boleh, dengan bayaran pos RM10 dan surat kebenaran daripada Ahmad Syahmi. Alamat Taman Desa Jaya itu akan direkodkan untuk penghantaran.",
        ),
    ],
    [
        (
            "system",
            "You are a writing assistant for a college counsellor. Keep case notes concise.",
        ),
        (
            "user",
            "Summarise: Priya d/o Selvam, 17, DVM Fesyen. Reports panic attacks before practical exams, parents divorcing, sleeping 3-4 hours. Referred to Klinik Kesihatan for assessment.",
        ),
        (
            "assistant",
            "Case note: Priya d/o Selvam (17, DVM Fesyen) presents with pre-exam panic attacks, reduced sleep (3-4 h) and stress linked to parents' divorce. Action: referral to Klinik Kesihatan; follow-up session in 2 weeks.",
        ),
        ("user", "Add that her aunt, Mrs Lakshmi, is the emergency contact now."),
        (
            "assistant",
            "Added: emergency contact for Priya d/o Selvam changed to her aunt, Mrs Lakshmi, pending the parents' custody arrangement.",
        ),
    ],
    [
        (
            "system",
            "Anda membantu pegawai pengambilan pelatih warga asing di pusat latihan kemahiran.",
        ),
        (
            "user",
            "Pelatih kimpalan dari Nepal, Bikash Gurung, passport PA0938215, permit tamat 28 Februari. Apa dokumen untuk lanjutan?",
        ),
        (
            "assistant",
            "Biasanya diperlukan salinan pasport yang sah sekurang-kurangnya 18 bulan, surat sokongan majikan, laporan pemeriksaan kesihatan FOMEMA terkini dan borang permohonan lanjutan pas.",
        ),
        ("user", "Pasport dia tinggal 11 bulan je. Kena renew dulu kat kedutaan?"),
        (
            "assistant",
            "Ya, Bikash Gurung perlu memperbaharui pasport di Kedutaan Nepal dahulu kerana tempoh sah 11 bulan tidak mencukupi untuk lanjutan permit.",
        ),
    ],
    [
        ("system", "You assist the student portal helpdesk."),
        (
            "user",
            "Student can't receive allowance, says account rejected. Name Teh Xin Yi, matric KVSM26-KUL-0088, account Public Bank 6398014527.",
        ),
        (
            "assistant",
            "A common cause is a name mismatch between the portal and the bank. Check that the account is registered under Teh Xin Yi exactly as in her MyKad and that it is not a joint account.",
        ),
        ("user", "Bank says it's under her father's name, Teh Boon Keat."),
        (
            "assistant",
            "Then the payment will keep being rejected. Ask Teh Xin Yi to open an account in her own name and update Profil > Maklumat Bank before the 20th.",
        ),
    ],
    [
        ("system", "Anda pembantu mesyuarat Lembaga Disiplin kolej."),
        (
            "user",
            "Tulis ringkasan keputusan: Izzat Hakimi bin Roslan dan Muhammad Afiq bin Sahak didapati bersalah membuli junior di Blok B, gantung asrama 30 hari.",
        ),
        (
            "assistant",
            "Keputusan: Lembaga Disiplin memutuskan Izzat Hakimi bin Roslan dan Muhammad Afiq bin Sahak bersalah atas kesalahan buli di Blok B. Hukuman: gantung asrama 30 hari berkuat kuasa serta-merta. Penjaga akan dimaklumkan secara bertulis.",
        ),
        ("user", "Izzat ada rekod ADHD, perlu sebut dalam minit?"),
        (
            "assistant",
            "Maklumat kesihatan Izzat Hakimi tidak perlu dimasukkan dalam minit terbuka; simpan dalam fail sulit kaunselor sahaja.",
        ),
    ],
    [
        ("system", "You help a TVET college international office fill in forms."),
        (
            "user",
            "Need the exchange form for our Singapore visiting trainee: Nur Qistina binte Rahmat, NRIC S8734512B, she is a mature trainee from ITE.",
        ),
        (
            "assistant",
            "Noted: Nur Qistina binte Rahmat, NRIC S8734512B. I will leave the programme field blank until you confirm her workshop placement.",
        ),
        (
            "user",
            "Placement is Refrigeration and Air-Conditioning, 3 to 28 March, emergency contact her husband Faizal, +65 9123 4870.",
        ),
        (
            "assistant",
            "Form updated: RAC workshop, 3-28 March, emergency contact Faizal (husband), +65 9123 4870.",
        ),
    ],
]
