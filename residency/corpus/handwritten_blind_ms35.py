"""Blind check set ms35: Malay university and student life (UiTM, UPSI, kolej kediaman, latihan industri, PTPTN, kelab pelajar, Telegram). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms35
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis kolej kediaman"): _lines("""
        NOTIS: Pemeriksaan bilik (spot check) Kolej Kediaman Mawar akan dijalankan pada 12/12/2026 (Sabtu) jam 9.00 pg. Semua penghuni diminta berada di bilik masing-masing.
        Permohonan kolej kediaman sem Mac 2027 dibuka melalui sistem i-Kolej sehingga 20 Disember. Keputusan diumumkan dlm portal sahaja, BUKAN melalui WhatsApp.
        Dilarang memasak di dalam bilik. Cerek elektrik, periuk nasi & seterika wap akan dirampas dan kompaun RM50 dikenakan.
        Gangguan bekalan air di Blok C Kolej Za'ba pada 7 Dis 2026, 10.00 pg - 4.00 ptg akibat kerja penyelenggaraan tangki oleh Lembaga Air Perak.
        Penghuni Kolej Harun Aminurrashid dikehendaki check-out selewat-lewatnya 28 Januari 2027 jam 12 tengah hari. Kunci diserahkan di kaunter pejabat kolej.
        Sila imbas kod QR di lobi utk isi borang aduan kerosakan (lampu, kipas, paip bocor). Aduan dlm group tak akan dilayan ye.
        Kadar sewa kolej sesi 2026/2027: RM3/malam (bilik bertiga), RM5/malam (bilik berdua). Bayaran melalui potongan yuran semester.
        Pagar utama Kolej Melati ditutup jam 12.00 tgh malam. Penghuni yang pulang lewat wajib isi buku log di pondok pengawal.
        MAJLIS PERWAKILAN KOLEJ (MPK) sesi 2026/27 menjemput semua penghuni ke Karnival Sukan Antara Blok pada 14 Dis. Daftar pasukan di kaunter JKK.
        Hotline Unit Keselamatan kampus (24 jam): 05-450 6008. Sebarang kecemasan dalam kawasan kolej sila hubungi segera.
        Tong kitar semula disediakan di setiap aras: botol plastik -> biru, kertas -> coklat, tin aluminium -> oren.
        Templat aduan: Nama: ________ | No. Bilik: ____ | Blok: ____ | Jenis kerosakan: ________ | Tarikh: __/__/____
        Bilik 3-12 Blok Seroja dan bilik 2-07 Blok Kenanga akan dikosongkan untuk fumigasi anai-anai sehingga 15/12.
    """),
    ("ms", "telegram kelab pelajar"): _lines("""
        Assalamualaikum semua 🙏 reminder meeting AJK Kelab Fotografi malam ni 9pm kat Bilik Seminar 2, bawa laptop kalau ada
        Link Google Form utk daftar Program Khidmat Masyarakat Kg Orang Asli ada kat pinned msg, tutup Jumaat ni tau
        Yuran ahli RM15 je, bayar cash masa mesyuarat agung atau transfer ke akaun kelab: KELAB SILAT CEKAK UITM SHAH ALAM, Maybank 5621 8800 4417
        Sapa yg pinjam tripod kelab minggu lepas tolong pulangkan ke bilik stor sebelum Jumaat ye, takde nama dlm buku log 😤
        Poll 🗳 Tarikh sesuai utk Malam Apresiasi Kelab? a) Sabtu 20/12 b) Ahad 21/12 c) lepas final
        Kelab Debat UiTM menang Johan Debat Piala Diraja peringkat zon tengah!! Tahniah team 🏆🔥
        Pls jgn forward salinan IC / slip keputusan ahli dlm group ni. Kalau nak hantar dokumen peribadi, PM terus setiausaha.
        Bas utk trip Cameron Highlands bertolak 7.30am dari depan DTC. Sesiapa lambat kami tinggal ok 😂
        Update Tabung Banjir Kelantan: dah kumpul RM2,845.50 setakat hari ni. Terima kasih semua yg menyumbang 🤲
        Group ni utk ahli Kelab Usahawan Siswa je. Iklan jualan luar sila post kat channel @PasarSiswaUPSI
        Admin: mesej yg tak berkaitan akan dipadam. Sticker spam = kick. Tq 🙏
        Sape nak join latihan futsal petang Rabu kat Kompleks Sukan, react 👍 kat mesej ni
        Minit mesyuarat AJK bil. 3/2026 dah upload dlm folder Drive kelab, semak sebelum mesyuarat seterusnya
    """),
    ("ms", "PTPTN dan kewangan"): _lines("""
        PTPTN menawarkan diskaun 15% bagi penyelesaian penuh baki pinjaman dalam tempoh kempen, tertakluk kepada terma dan syarat.
        Bayaran balik pinjaman PTPTN bermula 12 bulan selepas tamat pengajian, melalui potongan gaji, auto debit atau aplikasi myPTPTN.
        Peminjam yang memperoleh Ijazah Sarjana Muda Kelas Pertama boleh memohon pengecualian bayaran balik, tertakluk kepada syarat semasa.
        Careline PTPTN: 03-2193 3000, Isnin-Jumaat 8.30 pg - 5.30 ptg. Jangan layan panggilan kononnya "pegawai PTPTN" yang minta OTP.
        Akaun SSPN boleh dibuka dengan deposit minimum RM50; pelepasan cukai sehingga RM8,000 setahun bagi simpanan bersih.
        Kadar upah (ujrah) pinjaman PTPTN ialah 1% setahun dikira atas baki pinjaman.
        Contoh resit: No. Rujukan PTP2026120500412 | Amaun RM150.00 | Status: BERJAYA | 05/12/2026 14:32:09
        Anggaran: pinjaman RM40,000 dibayar dalam 15 tahun lebih kurang RM255 sebulan. Ini anggaran sahaja, rujuk jadual rasmi.
        Bantuan Kewangan Pelajar yayasan negeri dibuka 1-31 Disember. Syarat: isi rumah B40 dan CGPA 3.00 ke atas.
        Nak nama dikeluarkan dari senarai sekatan perjalanan? Buat bayaran ikut jadual atau mohon pakej penstrukturan semula di kaunter PTPTN.
        Format nama fail: PTPTN_<NOMATRIK>_<SEMESTER>.pdf, contoh PTPTN_2024XXXXXX_SEM3.pdf
        Pengeluaran pinjaman semester Mac 2027 dijangka dikreditkan ke akaun bank peminjam dalam minggu ke-6 kuliah.
    """),
    ("ms", "latihan industri"): _lines("""
        Tempoh latihan industri (LI) bagi program Diploma Sains Komputer ialah 20 minggu, bermula 2 Mac 2027.
        Pelajar WAJIB menghantar Borang Pengesahan Penerimaan LI (BLI-02) kepada Unit Latihan Industri sebelum 15 Januari.
        Logbook LI perlu ditandatangani penyelia industri setiap minggu dan diimbas ke portal iLI sebelum hari Jumaat.
        Antara syarikat yang menawarkan tempat LI: Petronas Digital Sdn Bhd, Telekom Malaysia Berhad, Sime Darby Plantation dan Hospital Sultanah Bahiyah.
        Contoh surat: "Kepada Pengurus Sumber Manusia, [NAMA SYARIKAT], [ALAMAT]. Saya, [NAMA PENUH], No. Matrik [NO. MATRIK], ingin memohon tempat latihan industri..."
        Elaun LI minimum yang disyorkan: RM500 sebulan bagi diploma dan RM600 bagi ijazah sarjana muda.
        Tip temuduga LI: pakai kemeja, bawa resume bercetak, datang 15 minit awal & kaji latar belakang syarikat dulu.
        Laporan akhir LI: 30-40 muka surat, Times New Roman 12, langkau 1.5, margin kiri 4 cm. Sertakan lampiran logbook.
        Pemarkahan LI: 40% penyelia industri, 30% penyelia akademik (lawatan), 30% laporan & pembentangan.
        Alamat lawatan penyelia akademik: Westports Malaysia Sdn Bhd, Pulau Indah, 42009 Pelabuhan Klang, Selangor.
        Pelajar yang menjalani LI dilindungi oleh skim keselamatan sosial PERKESO sepanjang tempoh latihan.
        Soalan lazim: Boleh tukar tempat LI lepas terima surat tawaran? Jawapan: hanya dengan kelulusan Penyelaras LI fakulti.
    """),
    ("en", "manglish forum"): _lines("""
        Anyone from UiTM Puncak Alam here? Bus to Shah Alam still every 30 mins or dah kurang now? 🥲
        Honestly PTPTN not that scary la, just set auto debit and forget about it. The ujrah only 1% what.
        UPSI Tg Malim food options damn limited after 10pm, mamak near the KTM only 😭
        Pro tip for LI hunting: don't only apply thru faculty list, cold-email HR also can one. Got reply 3/20 only but still.
        Kolej kediaman or rent outside? Outside cheaper if 5 ppl share but must pay TNB + Unifi sendiri lah.
        Is it normal the i-Learn portal down every week before finals? Like clockwork bro
        CGPA 3.5 confirm get Dean's List anot? Or is it based on semester GPA only?
        Lecturer said can use ChatGPT for brainstorming but cannot copy paste, Turnitin similarity must below 20%.
        Sapa cakap hostel UiTM takde aircond, Kolej Perindu got lah but you pay more.
        Just finished convo at DTC, 4 years of Maggi and all-nighters finally worth it 🎓
        Reading about how ITM started as the RIDA Training Centre in 1956, crazy how far it came.
        Upin Ipin go to Tadika Mesra la bro, not UiTM 😂 why you ask ChatGPT for their matric number
        Anyone got past year papers for MAT183? The faculty library one missing 2023 paper.
    """),
    ("ms", "akademik dan portal"): _lines("""
        Jadual peperiksaan akhir semester Oktober 2026-Februari 2027 telah dikemas kini di portal pelajar. Sila semak semula kod kursus anda.
        CSC584 (Enterprise Programming): kelas ganti pada Khamis, 3.00-5.00 ptg, Makmal 3, Aras 2 FSKM.
        i-Learn akan diselenggara pada 6/12/2026, 12:00 AM - 6:00 AM. Versi baharu i-Learn 4.1.3 akan dilancarkan selepas itu.
        Pelajar dengan CGPA bawah 2.00 akan diletakkan di bawah status Percubaan (P1). Sila berjumpa Penasihat Akademik.
        Perpustakaan Tun Abdul Razak (PTAR) dibuka 24 jam sepanjang minggu peperiksaan mulai 8 Januari.
        Perpustakaan Tuanku Bainun UPSI: pinjaman maksimum 10 naskhah, tempoh 14 hari, denda lewat RM0.20 sehari.
        Ralat: "Sesi anda telah tamat. Sila log masuk semula." (Kod ralat SP-401, 2026-12-05T08:14:22+08:00)
        Rujukan wajib: Za'ba (1940). Pelita Bahasa Melayu Penggal I. Dewan Bahasa dan Pustaka.
        Tugasan kumpulan: 4-5 orang sekumpulan, hantar melalui Turnitin sebelum 11.59 mlm Ahad. Lewat = tolak 10% sehari.
        Keputusan peperiksaan dipaparkan di portal pada 10 Mac 2027. Slip keputusan rasmi boleh dimuat turun dalam format PDF.
        Senarai Anugerah Dekan hanya dipaparkan dalam portal pelajar masing-masing dan tidak dikongsi di media sosial.
        Checksum fail serahan FYP (sha256): 4a25f022b2d58690292034b14c7f72b28a30dbf86f97197d678d7a451fe2c191
        Pendaftaran kursus semester Mac 2027: fasa 1 pada 2-4 Feb (pelajar senior), fasa 2 pada 5-6 Feb (semua pelajar).
    """),
    ("ms", "sejarah dan tokoh"): _lines("""
        Dewan Tuanku Canselor (DTC) menjadi lokasi Istiadat Konvokesyen UiTM setiap tahun.
        UPSI berasal daripada Maktab Perguruan Sultan Idris yang ditubuhkan pada tahun 1922 di Tanjung Malim.
        Pendeta Za'ba pernah berkhidmat sebagai guru di Maktab Perguruan Sultan Idris sebelum terkenal sebagai tokoh bahasa.
        Harun Aminurrashid, pengarang novel sejarah Panglima Awang, juga pernah mengajar di maktab yang sama.
        Hang Tuah dan Hang Jebat ialah watak lagenda dalam Hikayat Hang Tuah, kewujudan mereka tidak dapat dibuktikan secara sejarah.
        Tun Abdul Razak Hussein, Perdana Menteri Malaysia kedua, memainkan peranan penting dalam penubuhan MARA dan ITM.
        Novel Salina karya Sasterawan Negara A. Samad Said dijadikan teks kajian kursus Kesusasteraan Melayu Moden.
        Sajak Guru Oh Guru karya Usman Awang sering dideklamasikan pada sambutan Hari Guru 16 Mei.
        Ungku Abdul Aziz, Profesor Diraja pertama negara, terkenal dengan gagasan yang membawa kepada penubuhan Tabung Haji.
        Watak Mat Kilau dalam filem Mat Kilau: Kebangkitan Pahlawan (2022) dilakonkan oleh Adi Putra.
        Hospital Sultanah Nur Zahirah, Kuala Terengganu menjadi tempat latihan klinikal pelajar kejururawatan.
        Masjid Sultan Salahuddin Abdul Aziz Shah di Shah Alam hanya 15 minit dari kampus induk UiTM.
    """),
    ("en", "kod dan dokumentasi"): _lines("""
        CREATE TABLE pelajar (no_matrik CHAR(10) PRIMARY KEY, nama VARCHAR(120) NOT NULL, no_ic CHAR(12), kolej_id INT REFERENCES kolej(id));
        def mask_ic(ic: str) -> str: return ic[:6] + "-**-****"  # never log full MyKad numbers
        Example payload: {"matric_no": "<MATRIC_NO>", "semester": "20264", "status": "ACTIVE"}
        README: set PTPTN_API_BASE=https://api.example.test/v2 and run `npm run seed` to load 500 dummy students generated by Faker (locale ms_MY).
        MyKad pattern ^[0-9]{6}-[0-9]{2}-[0-9]{4}$ only validates the format, not whether the IC actually exists.
        Release notes iKolej v2.7.0 (2026-11-30): fixed duplicate room allocation bug #482, added bulk check-out CSV export.
        Test fixture: ic_no="000000-00-0000", name="TEST USER", phone="01X-XXXXXXX"
        git log --oneline: a3f91c2 fix timetable clash detection; 7be04d1 add Telegram bot /jadual command
        The Telegram bot token must live in .env (BOT_TOKEN=...), never commit it to the FYP GitHub repo.
        The /daftar command replies with a link to the registration form; the bot stores only the chat_id, hashed with SHA-256.
        HTTP 429 Too Many Requests: portal rate limit is 60 req/min per IP during course registration week.
        Data retention: LI logbook scans are deleted 24 months after graduation under the faculty's PDPA 2010 policy.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Assalamualaikum, saya Nurul Aina binti Rosli, no. matrik 2023418826, IC 030512-10-1288, nak tanya status rayuan kolej saya.
        Roommate aku Syafiqah Hanim (bilik 4-17 Kolej Mawar) ada epilepsi, kalau dia sawan jgn masukkan apa² dlm mulut dia, call abang dia 012-338 4710.
        PTPTN: Baki pinjaman Muhammad Haziq bin Zulkifli (IC 011230-08-5529) RM38,412.60, tunggakan 14 bulan, status: disekat perjalanan.
        Alamat hantar barang: Farah Nabilah, No. 27, Lorong Seri Kenanga 3, Taman Seri Kenanga, 16150 Kota Bharu, Kelantan. Tel 019-925 3381
        Tolong refund yuran kelab ke akaun Maybank 1640 2233 8871 atas nama AMIRUL HAKIMI B ABD RAHMAN ye, dia tak jadi join.
        Elaun LI Nur Izzati Kamarudin (Sem 6 Perakaunan UPSI) kat firma audit tu RM1,200 je sebulan, tapi kena kerja sampai 10 malam, kesian dia.
        Jumpa kad matrik atas nama SITI KHADIJAH BT MOHD NOOR, 2022640153, Fakulti Sains Pentadbiran, kat kafe Kolej Jati. Boleh ambil kat pejabat kolej.
        Myvi putih WXB 3417 milik Hafizuddin Zakaria (Blok D, Kolej Perindu) kena clamp sebab park depan pintu kecemasan.
        Surat Tindakan Tatatertib: Pelajar Aiman Danish bin Roslan (2023102287) didapati bersalah membawa vape ke kolej kediaman; denda RM200 dan digantung kolej 1 semester.
        Kak Ros kafe Kolej Za'ba cakap anak dia Nadhirah, yang belajar TESL kat UPSI tu, keguguran minggu lepas, jadi dia nak cuti seminggu jaga anak.
        Email kat penyelia: tolong cc saya di hazwani.yusof03@gmail.com & kalau urgent WhatsApp 011-2874 6093. Hazwani Yusof, pelatih LI Jabatan IT.
        Waris untuk dihubungi: Puan Rohana binti Ismail (ibu), 013-947 2258, Lot 1182 Kg Padang Jawa, 40200 Shah Alam, Selangor.
        Bro Danial Iskandar kelas kita tu sebenarnya HIV positif, dah 2 tahun makan ubat, jangan cerita kat orang lain.
        Telegram @qistina_jualkek, Qistina Batrisya pelajar Sem 4 Kolej Melati, ambil order kek batik, COD bilik B-2-09. WS 017-662 0394
        Senarai penerima BKP: 1) Nur Aqilah binti Zainal, 040228-11-6012, pendapatan isi rumah RM1,850; 2) Mohd Faris Ikhwan bin Salleh, 021109-03-5467, RM2,100
        Pasport Malaysia saya A53218874 tamat tempoh Jun 2027, masih boleh guna untuk LI di Singapura ke? - Adlina Sofea binti Kamarul
        Sapa jumpa dompet pink ada IC Nur Batrisyia binti Hamdan 030817-14-0344 tolong PM 😭 kad ATM pun ada sekali
        Kad debit hilang! No kad 4538 4201 1276 5436, nama ZULAIKHA ISMAIL, dah call bank tapi nak confirm dgn kaunter HEP.
        Abang Wan (Ridzwan Harun, AJK Kelab Silat) sebenarnya dah kena buang U sebab gagal 3 sem berturut, family dia tak tau lagi.
        Mahkamah Sesyen Shah Alam: PTPTN lwn Khairul Anuar bin Mat Daud, tuntutan RM52,300 atas pinjaman pendidikan yang tidak dibayar.
        Bil elektrik rumah sewa: akaun TNB 220145387702 atas nama Hakim Azhar, Unit 12-3A, Pangsapuri Seri Mawar, Seksyen 7, 40000 Shah Alam.
        Nama: Muhammad Syazwan bin Kamal | No. Matrik: D20211098765 | Program: AT48 | CGPA: 1.87 | Status: Percubaan 2
        Saya Tan Wei Ling, pelajar pertukaran dari Singapura (NRIC T0312847J), nak tanya pasal kolej kediaman utk sem depan.
        Pelajar antarabangsa UPSI Li Mengyao, no. ID China 350582200411092623, tinggal di Kolej Sri Bernam bilik 2-14, belum bayar yuran kolej.
        Penyelia LI bagitau gaji tetap yang syarikat offer kat Syazana Azmi lepas LI ni RM3,400 + KWSP, tapi jangan hebohkan.
        Tahniah kepada Wan Nur Amira (Sem 5 Biologi) yg selamat melahirkan baby girl semalam di Hospital Slim River 🥰
        Rekod kaunseling: Aqil Haikal (2022817736), simptom kemurungan teruk, ada idea bunuh diri, dirujuk ke Hospital Sungai Buloh.
        Yuran tertunggak RM4,750: Nurin Syahirah bt Azman (2024233019). Sila jelaskan sebelum 31/12 atau akaun pelajar disekat.
        Ayah Hanis Balqis (kelas TESL 3A) meninggal sebab kanser paru-paru minggu lepas, jadi dia minta tangguh presentation.
        Syed Amirul Syed Hussin dari Kelab Rakan Muda kena tangkap polis masa serbuan kat Seksyen 13 dua malam lepas, sekarang reman 4 hari.
        Borang LI: Nama: Nor Fazlina binti Abdul Ghani; IC: 031004-06-5182; Alamat: No. 9, Jalan Teratai 2, Taman Indera Mahkota, 25200 Kuantan, Pahang.
        Slip elaun LI Okt: Mohd Hairi Shah, elaun RM900.00, PERKESO RM4.45, bersih RM895.55, dikreditkan ke CIMB 70621188440927.
        Bilik 3-08 Kolej Delima: Amalina Husna, Aisyah Humaira, Ain Najwa. Ain ada asma teruk, inhaler dia dlm laci atas.
        040615-01-7731 ni IC adik aku Firdaus Hakimi, tolong isikan borang SSPN dia sekali.
        Kak Zura (Azura Mokhtar, pegawai HEP UPSI) tengah proses cerai, dengar cerita kes hak jagaan anak kat Mahkamah Syariah Tanjung Malim.
        Kad 5521 3389 0014 2764 exp 09/29, nama pd kad NABIL ASYRAF, guna kad ni utk bayar yuran konvo.
        Tolong emel resit PTPTN ke 2023556102@student.uitm.edu.my, no. akaun PTPTN 1021447890 (Mohd Faris Ikhwan).
        Hasil semakan: AQILAH BINTI ZAINAL, No. KP ******-11-6012, baki PTPTN RM0.00 (pengecualian Ijazah Kelas Pertama).
        Amir Hamzah bin Yusri (Sem 3 Kej. Awam) tu ayah dia pemandu lori gaji RM2,300, mak tak kerja, 6 beradik, sebab tu dia dapat biasiswa B40.
        Hantar ke: Izzah Maisarah, B-3-11 Kolej Kediaman Sri Bernam, UPSI, 35900 Tanjung Malim, Perak. 014-330 8572
        Doakan Haziq Hadi (Sem 2 Perakaunan, Kolej Anggerik), accident motor kat Persiaran Sukan semalam, patah kaki, skrg ICU HTAR Klang.
        Pemenang cabutan bertuah Karnival Kolej: Nur Alya Qistina, 012-776 5541, hadiah iPad, tuntut dengan bawa IC.
        Haikal tu pernah kena tahan sebab dadah masa diploma, lepas tu sambung degree kat UPSI guna nama penuh Muhammad Haikal bin Sahrom.
    """),
    "en": _lines("""
        Dear HR, attached is my resume. Name: Siti Nur Hidayah Rusli, DOB 17/08/2003, Tel: +60 11-5582 9013, Add: 21 Jalan Bunga Raya 4, 34000 Taiping, Perak.
        Bro Ahmad Zaki's Grab account kena ban because he used his roommate Luqman Hakim's IC 021018-10-5573 to register
        The girl who fainted at convo rehearsal is Puteri Nurhani, 3rd year TESL, type 1 diabetic, her sugar dropped to 2.1.
        Pls help, my housemate Kumaresan a/l Selvam (UiTM Seri Iskandar, Architecture) missing since Sunday, last seen at Bandar Universiti, his phone 016-523 8804 off.
        The EX5 JLR 8823 at Kolej Teratai is Faizal Rahim's one, Civil Eng sem 5, he said can borrow if you top up petrol.
        My LinkedIn linkedin.com/in/afiq-haziq-rosdi, I'm Afiq Haziq Rosdi, final year UiTM Arau, looking for LI in data analytics.
        Can someone tell Aina Syuhada from Kelab Fotografi her landlord at No. 14 Jalan Melor 7, Seksyen 7 already lodged a police report on her for 4 months unpaid rent.
        For the LI insurance form I used my mum's card 4009 1655 0387 2131, name ROSNAH BT DAUD, exp 03/28, is that ok?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu maya Bahagian Hal Ehwal Pelajar. Jawab dalam Bahasa Melayu.",
        ),
        ("user", "salam, nak tanya camne nak semak baki PTPTN"),
        (
            "assistant",
            "Waalaikumussalam. Boleh semak melalui aplikasi myPTPTN atau portal rasmi PTPTN menggunakan no. kad pengenalan.",
        ),
        ("user", "ok tp sy dah try xleh login. nama penuh Nur Syafiqah Hanis binti Ahmad Kamil"),
        ("user", "ic 030921-10-5402"),
        (
            "assistant",
            "Terima kasih. Saya tidak dapat mengakses akaun PTPTN, sila hubungi Careline PTPTN.",
        ),
    ],
    [
        ("user", "Sy tengah LI kat syarikat logistik kat Port Klang, boleh tanya sikit?"),
        ("assistant", "Boleh, apa yang boleh saya bantu?"),
        (
            "user",
            "penyelia sy, Encik Roslan Kadir, selalu pegang bahu dan hantar mesej pelik malam², sy tak selesa",
        ),
        (
            "assistant",
            "Itu mungkin gangguan seksual. Simpan tangkap layar mesej dan laporkan kepada penyelaras LI fakulti anda.",
        ),
        (
            "user",
            "nama sy Aisyah Sofia binti Mazlan, matrik 2023490117, boleh sy report terus kat penyelaras?",
        ),
    ],
    [
        ("user", "Admin, sapa @amirkl99 dlm group ni?"),
        ("assistant", "Saya tidak dapat melihat ahli group Telegram anda."),
        (
            "user",
            "dia hutang duit jersi kelab RM45 dah 3 bulan. nama dia Amir Khalil, no dia 011-1093 2287",
        ),
        ("user", "tolong tulis mesej tuntutan hutang yg sopan sikit"),
        (
            "assistant",
            "Salam Amir, sekadar peringatan mesra tentang bayaran jersi kelab RM45 yang masih tertunggak. Terima kasih!",
        ),
    ],
    [
        ("user", "can help me write email to lecturer, I missed the quiz last week"),
        ("assistant", "Sure. What was the reason, and do you have supporting documents?"),
        ("user", "I was admitted Hospital Shah Alam for dengue from 1 to 4 Dec, got the MC"),
        (
            "assistant",
            "Got it. Please share your name and matric number so I can complete the email.",
        ),
        ("user", "Muhammad Irfan bin Hassan, 2022734519, group CS2305A"),
    ],
    [
        ("user", "macam mana nak mohon tukar bilik kolej?"),
        ("assistant", "Isi borang tukar bilik di pejabat kolej dan nyatakan sebab yang munasabah."),
        ("user", "roommate sy nama dia Nabihah Izzati"),
        (
            "user",
            "dia bilik 2-05 Blok Kenanga Kolej Seroja, selalu mengamuk sebab bipolar dia tak makan ubat",
        ),
        (
            "assistant",
            "Faham. Nyatakan isu keselamatan itu secara ringkas dalam borang dan berjumpa felo kolej.",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm from China, doing Master at UPSI. Need help with my student pass renewal.",
        ),
        (
            "assistant",
            "Sure. Renewal is handled through the International Office via EMGS. What is the issue?",
        ),
        (
            "user",
            "They want my documents again. My name Huang Zixuan, Chinese ID 450103200307181323",
        ),
        ("user", "you can contact me WeChat hzx_0718 or +86 138 7712 4096"),
        (
            "assistant",
            "Please submit the documents directly to the International Office rather than sharing them here.",
        ),
    ],
    [
        (
            "system",
            "Rekod pelajar untuk konteks: Nama: Luqmanul Hakim bin Osman; Matrik: 2022391045; Kolej: Jati, bilik J-4-22; Tunggakan yuran: RM1,260.",
        ),
        ("user", "bila tarikh akhir bayar yuran kolej?"),
        ("assistant", "Tarikh akhir bayaran yuran kolej ialah 31 Disember 2026."),
        ("user", "ok tq"),
    ],
    [
        ("user", "tadi ada org call ckp dari PTPTN, suruh bayar tunggakan segera"),
        (
            "assistant",
            "Berhati-hati, itu mungkin penipuan. PTPTN tidak meminta OTP atau bayaran ke akaun peribadi.",
        ),
        (
            "user",
            "alamak sy dah bagi no akaun Bank Islam 12029010455873 dgn nama penuh sy Nurul Huda binti Jaafar",
        ),
        ("user", "dia tanya IC mak sy jugak, Salmah binti Yaakob"),
        (
            "assistant",
            "Segera hubungi bank anda untuk menyekat akaun dan buat laporan polis di balai berdekatan.",
        ),
    ],
    [
        ("user", "ada accident kat depan Kolej Teratai tadi"),
        ("assistant", "Semoga semua selamat. Ada apa-apa yang boleh saya bantu?"),
        ("user", "tolong tulis laporan ringkas utk Unit Keselamatan"),
        (
            "user",
            "Motosikal BNP 6612 (pelajar Hazim Fikri, Sem 3 Kej. Mekanikal) dilanggar kereta Axia VJT 2290 dipandu Encik Roslee Ahmad, Hazim retak tulang selangka",
        ),
        ("assistant", "Baik, berikut draf laporan kejadian berdasarkan maklumat anda."),
    ],
    [
        ("user", "penjamin PTPTN sy ayah sy, boleh ke dia jadi penjamin kalau pernah bankrap?"),
        (
            "assistant",
            "Biasanya individu bankrap tidak layak menjadi penjamin. Boleh kongsikan keadaannya?",
        ),
        (
            "user",
            "ayah sy Zainuddin bin Harun, IC 690412-02-5131, diisytiharkan bankrap 2024 sebab hutang perniagaan",
        ),
        ("assistant", "Dalam kes ini, anda perlu mencari penjamin lain yang layak."),
    ],
]
