"""Blind check set ms58: sekolah rendah kebangsaan (PIBG, yuran, kelas tambahan, kehadiran, PBD, WhatsApp ibu bapa). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms58
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis PIBG"): _lines("""
        NOTIS MESYUARAT AGUNG PIBG KALI KE-38 | Tarikh: Sabtu, 14 Mac 2026 | Masa: 8.30 pagi | Tempat: Dewan Terbuka SK Taman Seri Gombak
        Agenda: 1) Ucapan Yang Dipertua PIBG 2) Pengesahan minit MAT 2025 3) Pembentangan Penyata Kewangan berakhir 31 Disember 2025 4) Pemilihan AJK sesi 2026/2027 5) Hal-hal lain
        Ibu bapa/penjaga yang ingin mencalonkan AJK boleh mengisi Borang Pencalonan (Lampiran B) dan serahkan kepada guru kelas sebelum 6 Mac 2026.
        Kuorum MAT ialah satu perlima daripada jumlah ahli atau 50 orang, mengikut mana-mana yang kurang, seperti Peraturan-Peraturan Pendidikan (Persatuan Ibu Bapa-Guru) 1998.
        Cabutan bertuah untuk ibu bapa yang hadir! Hadiah utama: peti sejuk 2 pintu tajaan Kedai Elektrik Ah Seng & Sons, Batu Caves.
        Sarapan pagi disediakan: nasi lemak, kuih-muih dan kopi o. Sila bawa botol air sendiri, sekolah kita Sekolah Lestari 🌱
        Penyata Kewangan PIBG 2025: baki awal RM48,215.60, pendapatan RM71,940.00, perbelanjaan RM65,388.45, baki akhir RM54,767.15.
        Program Gotong-Royong Ceria Sekolah akan diadakan pada 28 Februari 2026 (Sabtu) 7.30 pg - 11.00 pg. Ibu bapa digalakkan membawa penyapu dan sarung tangan sendiri.
        PIBG SK Seri Aman merakamkan jutaan terima kasih kepada Syarikat Pembinaan Haji Salleh Sdn. Bhd. atas sumbangan 20 unit kipas dinding untuk blok Tahun 1.
        Minit Mesyuarat AJK PIBG Bil. 3/2026 telah dimuat naik ke Google Drive PIBG; AJK diminta menyemak dan memaklumkan pindaan dalam tempoh 7 hari.
        Rumah sukan Kejohanan Olahraga Tahunan ke-45: Merah (Tun Perak), Biru (Tun Fatimah), Hijau (Hang Tuah), Kuning (Hang Jebat).
        Tabung Kebajikan Murid 2025: RM12,480 telah diagihkan kepada 62 orang murid asnaf dan keluarga yang terjejas banjir Disember lalu.
        Makluman: Mesyuarat AJK PIBG yang dijadualkan pada 9/4 ditangguhkan ke 16/4 (Khamis), 8.30 malam, Bilik Mesyuarat Utama.
    """),
    ("ms", "yuran dan bayaran"): _lines("""
        Yuran PIBG 2026: RM50 sekeluarga (bukan setiap murid). Bayaran boleh dibuat secara tunai kepada guru kelas atau melalui pindahan bank.
        Akaun PIBG: Bank Islam 1201 2010 0458 72 atas nama PIBG SEKOLAH KEBANGSAAN TAMAN SERI GOMBAK. Sila nyatakan nama murid & kelas dalam ruangan rujukan.
        Resit No. PIBG/2026/00417 | Jumlah diterima: RM50.00 | Kaedah: FPX | ID Transaksi: 2603041527480091
        Harga set buku latihan Tahun 3 (6 buah): RM38.90. Buku kerja 'English Plus Year 3' dijual berasingan RM12.50.
        Bayaran kelas tambahan Tahun 6: RM30 sebulan x 8 bulan (Mac hingga Oktober). Murid penerima BAP dan KWAPM dikecualikan.
        Menteri Pendidikan Fadhlina Sidek mengumumkan Bantuan Awal Persekolahan RM150 bagi setiap murid akan dikreditkan mulai minggu kedua Januari.
        Invois INV-SKSG-2026-0189: Baju T Hari Sukan saiz XS-3XL, RM22.00 sehelai x 346 helai, jumlah RM7,612.00
        Bayaran melalui DuitNow QR: imbas kod QR di papan notis pejabat. JANGAN pindahkan wang ke akaun peribadi mana-mana guru atau AJK.
        Sumbangan ikhlas Majlis Anugerah Kecemerlangan: sasaran RM8,000; terkumpul setakat 20/10: RM5,316.40 (66.5%). Terima kasih semua!
        Koperasi SK Seri Aman Bhd: syer minimum RM10, yuran masuk RM2. Dividen tahun kewangan 2025 diisytiharkan 6%.
        Kos lawatan sambil belajar ke Planetarium Negara: RM35 seorang (bas, tiket masuk dan makan tengah hari).
        Yuran PIBG tertunggak keseluruhan: 113 keluarga (18.2%). Peringatan kedua akan diedarkan melalui surat bertarikh 1 April.
        No. rujukan bil: 0026-PB-2604-117 | Tarikh akhir: 31/03/2026 | Status: BELUM BAYAR | Amaun: RM50.00
    """),
    ("ms", "PBD dan akademik"): _lines("""
        TP1: Murid tahu perkara asas atau boleh melakukan kemahiran asas atau memberi respons terhadap perkara yang asas.
        TP6: Murid boleh menggunakan pengetahuan dan kemahiran sedia ada untuk digunakan pada situasi baharu secara berterusan serta boleh dicontohi.
        Pelaporan PBD pertengahan tahun akan dicetak dan diedarkan semasa Hari Bertemu Pelanggan (HBP) pada 25 Jun 2026, 8.00 pg - 12.00 tgh.
        Statistik PBD Matematik Tahun 4 (semua kelas): TP1 3, TP2 11, TP3 47, TP4 58, TP5 29, TP6 8; jumlah 156 murid.
        Instrumen PBD Sains Tahun 5, SP 3.1.2: murid menerangkan kitaran hidup rama-rama dengan melukis carta alir.
        Guru mata pelajaran perlu mengemas kini TP sebelum 15 November; sebarang pindaan selepas tarikh tutup memerlukan kelulusan GPK Pentadbiran.
        UASA Tahun 4, 5 dan 6 akan berlangsung dari 2 hingga 6 November 2026. Jadual penuh dikongsi minggu depan.
        Tips ulang kaji: baca cerita Sang Kancil dengan Buaya, kemudian minta anak ceritakan semula menggunakan ayat sendiri.
        Contoh karangan: Tokoh yang saya kagumi ialah Datuk Lee Chong Wei kerana beliau gigih berlatih walaupun pernah cedera.
        Soalan KBAT: Pada pendapat kamu, wajarkah Hang Jebat menderhaka demi sahabatnya Hang Tuah? Berikan dua alasan.
        Format kertas Bahasa Melayu Pemahaman: Bahagian A 20 soalan objektif (20 markah), Bahagian B 5 soalan subjektif (30 markah), masa 1 jam 15 minit.
        Ingat ya ibu bapa, TP bukan markah peperiksaan. TP3 bermaksud anak sudah menguasai standard minimum, bukan gagal 😊
        Laporan PBD adalah sulit dan hanya diserahkan kepada ibu bapa atau penjaga yang sah semasa HBP atau melalui guru kelas.
    """),
    ("ms", "kehadiran dan sistem"): _lines("""
        Kehadiran murid wajib direkodkan dalam APDM sebelum jam 10.00 pagi setiap hari persekolahan.
        Peratus kehadiran SK Taman Seri Gombak minggu ke-12: 94.7% (sasaran 95%). Kelas terbaik: 3 Amanah dengan 98.9%.
        Murid tidak hadir 3 hari berturut-turut tanpa sebab: guru kelas wajib menghubungi ibu bapa dan merekodkan tindakan dalam buku rekod.
        Ralat 'Sesi tamat. Sila log masuk semula' dalam APDM berlaku apabila sesi idMe luput selepas 30 minit tidak aktif.
        Format fail import: ID_MURID;KELAS;TARIKH(YYYY-MM-DD);STATUS(H/TH/C/S) contoh: 000000;5 Cemerlang;2026-03-02;H
        Sijil cuti sakit (MC) mesti diserahkan kepada guru kelas dalam tempoh 3 hari persekolahan; gunakan kod S untuk sakit bersijil.
        Sistem kehadiran QR: pastikan kad murid diimbas di pintu pagar sebelum 7.25 pagi, selepas itu dikira lewat.
        PDPA: Senarai nama dan nombor MyKid murid TIDAK boleh dikongsi dalam kumpulan WhatsApp ibu bapa. Maklumat individu hanya dihantar melalui mesej peribadi.
        2026-04-14 07:31:08 +08:00 [INFO] sync_kehadiran: 1,248 rekod berjaya, 3 rekod gagal (duplicate key)
        Kod sekolah: BBA2034 | PPD Gombak | Gred: A | Enrolmen: 1,312 murid | Sesi: pagi
        Kemas kini aplikasi DELIMa versi 4.12.0 (build 20260309) membetulkan isu log masuk akaun @moe-dl.edu.my pada Android 14.
        Sila guna format nama fail KEHADIRAN_<KELAS>_<BULAN>_<TAHUN>.xlsx, contohnya KEHADIRAN_4BESTARI_MAC_2026.xlsx.
        Laporan bulanan kehadiran Mac 2026: purata 93.8%, 27 murid di bawah 80%, 4 surat amaran pertama dikeluarkan.
    """),
    ("ms", "kumpulan WhatsApp ibu bapa"): _lines("""
        Assalamualaikum ibu bapa 4 Bestari, esok Rabu pakai baju sukan ye. PJ waktu pertama 🏃‍♂️
        Salam cikgu, buku latihan Matematik tu kena hantar esok ke lusa? Sy dah lupa 🙏
        Peringatan: Cuti Peristiwa sempena Hari Sukan jatuh pada Isnin 23/3. Sekolah ganti Sabtu 28/3.
        Maaf ganggu malam2, ada sesiapa ada gambar jadual waktu baru? Yg lama dah hilang huhu
        Mohon ibu bapa jgn forward mesej berantai dlm group ni. Group ni utk urusan kelas sahaja. TQ 🙏 - Admin
        Tabung hadiah Hari Guru: sumbangan sukarela, maksimum RM10 sekeluarga. Kutipan tutup Jumaat ni ye.
        Kak, kelas tambahan Sabtu ni batal ke? Group lain cakap batal sbb cikgu ada kursus
        Selamat Hari Raya Aidilfitri, maaf zahir dan batin daripada semua guru 2 Amanah 🌙✨
        Baju sekolah boleh beli kat Kedai Pakaian Seragam Pak Mat depan pagar sekolah, RM28 sepasang.
        Cikgu, kalau anak tak sempat siap kerja rumah sbb balik lewat dari tuisyen, boleh hantar esok tak?
        Link Google Form pengesahan kehadiran MAT PIBG: https://forms.gle/8QxTmRbw2LpA7Kc46 (isi sebelum Khamis)
        Hujan lebat + banjir kilat kat Jalan Sungai Tua, parents yg ambik anak hati2 ye 🌧️🚗
        Sesiapa berminat jadi sukarelawan Hari Kantin, boleh PM admin group. Perlukan 8 orang lagi.
        Ok noted cikgu 👍
    """),
    ("en", "parent group chat"): _lines("""
        Hi parents, anyone know if tmr got school bus or not? Bus uncle say his area flood already lah
        Teacher said the Science project due next Friday, must use recycled materials only, no need to buy anything
        Fyi canteen price list updated: nasi lemak RM2.50, mee goreng RM2.00, Milo ais RM1.50
        The Year 6 parents meeting moved to Bilik Tayang 2, not the hall. Starts 8pm sharp.
        Does anyone have the PBD report for Year 2 in PDF? The attachment in the email cannot open, maybe corrupted
        PSA: the school will never ask you to pay fees into a personal account. If you get such a message, call the school office at 03-6187 2240.
        Pusat Tuisyen Cemerlang Jaya: BM, English, Maths, Science for Std 4-6. Call 1-300-88-2468 for a free trial class!
        Gentle reminder that photos of other kids shouldn't be posted here without their parents' permission 🙏
        Pls vote for the class trip: A) Petrosains B) Zoo Negara C) Aquaria KLCC. Voting closes Sunday 10pm.
        This year the sports houses are named after our first four Prime Ministers: Tunku, Tun Razak, Tun Hussein Onn and Tun Mahathir.
        Lost & found at the guard house: 1 blue Smiggle water bottle, 2 jackets and a Doraemon pencil case.
        Reminder: Hari Bertemu Pelanggan is on 25 June, 8am-12pm. Book your slot in the Google Sheet, 15 mins per family.
    """),
    ("ms", "kelas tambahan dan aktiviti"): _lines("""
        Jadual kelas tambahan Tahun 6: Isnin (BM), Selasa (Matematik), Rabu (Sains), Khamis (BI), 2.30 - 4.00 petang di Blok C.
        Program Intervensi Literasi dan Numerasi Tahun 1 hingga 3 diadakan setiap Selasa dan Khamis, 1.15 - 2.15 petang.
        Murid perlu dijemput tidak lewat 4.15 petang. Pengawal keselamatan akan menutup pagar utama pada 4.30 petang.
        Kem Bestari Solat Tahun 4 akan diadakan di Surau Al-Ikhlas sekolah pada 11-12 April 2026 (bermalam).
        Yuran kelas tambahan dikutip oleh Bendahari PIBG, bukan guru. Semua kutipan direkodkan dalam buku tunai PIBG dan diaudit.
        Kelab Robotik menerima 12 set Lego Spike Prime sumbangan Yayasan Haji Abdul Karim untuk pertandingan peringkat negeri.
        Pasukan bola sepak bawah 12 tahun SK Seri Aman mara ke suku akhir Kejohanan MSSD Gombak 2026 selepas menang 3-1.
        Bas ke Pusat Sains Negara bertolak 7.45 pagi; murid berkumpul di tapak perhimpunan 7.15 pagi berpakaian sukan sekolah.
        Modul kelas tambahan 'Jom Skor UASA' (v2.3, dikemas kini 02/2026) mengandungi 14 sesi dan disediakan oleh Unit Kurikulum.
        Kelas tambahan dalam talian setiap Sabtu 9.00 pagi melalui Google Meet: meet.google.com/ksr-vbxq-mtn
        Pertandingan Bercerita Bahasa Melayu peringkat PPD Gombak: penyertaan ditutup 30 April, tema cerita rakyat seperti Bawang Putih Bawang Merah.
        Jadual kelas tambahan semasa bulan Ramadan dipendekkan kepada 45 minit, tamat jam 3.15 petang.
    """),
    ("ms", "templat dan panduan"): _lines("""
        Saya ____________ (nama ibu/bapa/penjaga) No. KP ____________ membenarkan / tidak membenarkan anak saya ____________ Kelas ______ menyertai lawatan ke Zoo Negara.
        Kepada Guru Kelas {kelas}, anak saya {nama_murid} tidak dapat hadir ke sekolah pada {tarikh} kerana {sebab}. Yang benar, {nama_penjaga}.
        Panduan: nombor MyKid murid mengikut format YYMMDD-PB-###G; jangan masukkan tanda sempang semasa mengisi borang dalam talian.
        Notis PDPA: Maklumat peribadi yang dikumpul melalui borang ini hanya digunakan untuk urusan PIBG dan akan dilupuskan selepas 7 tahun.
        Borang Maklumat Murid, Bahagian C: Maklumat Kesihatan (alahan, penyakit kronik, ubat harian). Diisi oleh ibu bapa sahaja.
        Talian Kasih 15999 atau WhatsApp 019-261 5999 untuk aduan penderaan kanak-kanak, 24 jam sehari.
        Tuan/Puan {{NAMA_IBU_BAPA}}, yuran PIBG bagi {{NAMA_MURID}} ({{KELAS}}) berjumlah RM{{AMAUN}} masih belum dijelaskan.
        Jika anda menerima data murid yang tersalah hantar, padam serta-merta dan maklumkan kepada pentadbir sekolah. Jangan forward.
        SOP pelawat: daftar di pondok pengawal, tunjukkan dokumen pengenalan diri dan pulangkan pas pelawat semasa keluar.
        Alamat surat-menyurat: Sekolah Kebangsaan Taman Seri Gombak, Jalan SG 3/4, Taman Seri Gombak, 68100 Batu Caves, Selangor.
        Aduan berkaitan sekolah boleh dibuat melalui sistem SISPAA KPM atau terus ke kaunter PPD, Aras 2, Wisma Tun Sambanthan (8.00 pg - 5.00 ptg).
    """),
}


PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Senarai tunggakan yuran PIBG 5 Cemerlang: Muhammad Irfan bin Zulkifli (RM50), Lim Xin Yi (RM50), Darshini a/p Ramesh (baki RM25).
        Puan, ni no IC anak saya utk borang kelas tambahan: Nur Alya Batrisyia binti Hafizuddin, 150723-10-0584, kelas 5 Bestari.
        Cikgu, Adam Rayyan bin Shahrul (2 Amanah) ada alahan teruk kacang tanah, EpiPen ada dalam beg sekolah dia. Tolong maklumkan makcik kantin ye.
        Rekod kehadiran: Danial Haikal bin Mohd Fauzi, 4 Bestari, tidak hadir 12 hari berturut-turut (2/3 - 17/3/2026) tanpa sebab, Surat Amaran Pertama dihantar ke No. 17, Jalan Gombak Setia 2, 53100 Kuala Lumpur.
        Mak Aqil tu nama dia Rohaida binti Mat Saad kan? Nombor dia 017-338 2914, cuba call dia pasal duit baju sukan.
        Laporan PBD pertengahan tahun | Nama: Tan Yi Xuan | Kelas: 3 Amanah | BM TP2, BI TP3, Matematik TP1, Sains TP2 | Ulasan: perlu bimbingan intensif membaca.
        Dah transfer yuran ye cikgu, dari akaun Maybank 1620 4481 9275 atas nama KHAIRUL ANUAR BIN MD ISA, ref: Aisyah 3 Ceria.
        AJK PIBG baharu: Bendahari Encik Ravi a/l Muniandy, tel 012-609 3318, e-mel ravi.muniandy79@yahoo.com
        Van sekolah Abang Zul (Zulkarnain bin Yahya), Toyota Hiace putih BPM 6621, no tel 019-447 1203, ambil dari Taman Greenwood.
        Ibu bapa Nurin Qistina (1 Ceria) dah bercerai, hak jagaan pada ibu. Bapanya Encik Azrul Hisham bin Kamaruddin TIDAK dibenarkan mengambil murid dari sekolah mengikut perintah Mahkamah Syariah Gombak bertarikh 4/9/2025.
        Permohonan KWAPM: bapa Shamsul Bahri bin Ariffin, buruh binaan, pendapatan RM1,600 sebulan, 5 tanggungan, alamat Lot 442, Kampung Sungai Chinchin, 68100 Batu Caves.
        Cikgu Norhayati, guru kelas 6 Dedikasi SK Seri Aman, cuti sakit 2 bulan sebab kanser payudara tahap 2, doakan dia ye 🤲
        IC mak: 860412-06-5318, nama Wan Noor Azlina binti Wan Ismail, utk pendaftaran ahli PIBG.
        Anak saya Muhammad Arsyad bin Fikri, Tahun 2, baru disahkan autisme (ASD) oleh pakar di Hospital Selayang, mohon pertimbangan ditempatkan di PPKI.
        Murid baharu: Kavin a/l Suresh, MyKid 180305-14-1227, alamat B-12-07 Pangsapuri Seri Intan, Jalan Gombak, 53000 Kuala Lumpur.
        Penerima BAP disahkan: Norliza binti Ahmad Zaki, No. KP 880914-10-****, akaun CIMB berakhir 7731, anak Iman Daniyal (1 Ceria).
        Anak En. Chong Wai Keong kelas 4 Dinamik tu yg kena gantung sekolah 3 hari sbb pukul kawan dgn botol air kan?
        Saya Salmah binti Daud, nenek Haris (2 Amanah). Minggu ni saya yg ambik dia sbb mak dia masuk wad bersalin. No sy 013-255 0871.
        No akaun utk refund duit lawatan: Puan Jeyanthi a/p Kandasamy, RHB 2142 5300 0872 19.
        Sorry cikgu, Farah Nadhirah binti Rosli (6 Cemerlang) tak datang semalam, dia kena denggi, masuk wad kanak-kanak Hospital Sungai Buloh.
        Bayar yuran online guna kad 4116 7890 2345 6719, exp 08/28, pemegang SITI HAJAR BINTI OMAR.
        Alamat rumah Cikgu Faridah binti Mansor (guru Matematik 5 Bestari): No. 8, Jalan Melati 3, Taman Melati, 53100 KL. Parents nak hantar hamper Hari Guru ke situ.
        Gaji bersih suami saya, Mohd Rizal bin Hassan, RM2,350 je sebulan lepas potong hutang, tak mampu bayar yuran kelas tambahan RM240. Boleh dikecualikan?
        Bapa Aiman Hakimi bin Sufian (5 Bestari) baru keluar penjara bulan lepas, kes dadah, cikgu tolong perhatikan kalau dia datang ke sekolah.
        PBD PJ: Nurul Huda binti Kamarul (4 Dinamik) dikecualikan aktiviti fizikal kerana penyakit jantung kongenital, rujuk surat pakar HKL.
        Kereta yg parking halang pagar tiap pagi tu Honda City kelabu WXN 3187, Dr. Lee Mei Ling punya, mak Jayden kelas 3 Amanah.
        E-mel mak Hana Sofea (2 Ceria): norazimah.salleh@gmail.com, tolong masukkan dlm Google Classroom ye cikgu.
        Sarah Aleesya binti Khairi, 1 Ceria, tinggal dengan penjaga Puan Halimah binti Bakar (nenek), No. KP penjaga 570218-08-5046.
        Anak saya Ariq Zayyan bin Hafiz lahir di Singapura, takde MyKid, guna no. surat beranak Singapura T1927634H.
        Encik Sivakumar a/l Rajoo, bapa Dharshan (3 Ceria), kerja di Singapura, FIN G5127734T, tel +65 8821 4470, tak dapat hadir HBP.
        Maklumat kecemasan: Lee Kai Xuan, 6 Dedikasi, darah O+, epilepsi, makan Epilim 200mg 2x sehari, hubungi ayah Lee Boon Huat 016-221 8043.
        Ibu murid baharu Aydan (1 Ceria), Puan Nguyen Thi Lan, warganegara Vietnam, pasport C4819273, pas tanggungan suami Malaysia.
        +60 12-884 5521 telah menambah +60 11-2398 4476 (Mama Qaisara 4 Bestari)
        Siasatan buli: Harith Iskandar bin Nizam (6 Cemerlang) mengaku memeras ugut duit belanja tiga murid Tahun 3; kes dirujuk kepada kaunselor dan PPD.
        Puan Suraya, maaf lambat bayar yuran, sy baru kena buang kerja bulan lepas. Gaji suami masuk 7hb nanti sy bayar ye - Mama Irdina 3 Amanah
        YDP PIBG kita Tuan Haji Rosli bin Hamid, no peribadi 013-901 7762, rumah dia kat No. 31 Jalan Seri Gombak 9. Jgn sebar ye.
        Tambah saya dlm group 2 Amanah: wa.me/60193324718 (Liyana, mak Umar Hakim)
        Senarai murid tidak hadir kelas tambahan: Nur Sabrina (6 Dedikasi) - ayah meninggal dunia 3/5; Khairul Amin (6 Arif) - MC demam campak.
    """),
    "en": _lines("""
        Hi teacher, this is Jason's dad, Ong Kok Leong. Jason (4 Bestari) will be absent Mon-Wed for tonsil surgery at Gleneagles KL. My number 012-765 3091.
        Can PIBG reimburse me RM180 for the banners? Bank: Public Bank 3198 4420 17, name Priya Nair d/o Gopal.
        FYI the girl who keeps crying in class is Alia Sofea from 1 Ceria, her parents just separated and she's staying with her aunt in Rawang now.
        Paid the class trip by card 5521 4300 8812 4092 (Cheah Su Lin, mum of Ethan 2 Amanah), receipt PIBG/2026/00522
        Emergency contact update for Ryan Tan Jun Hao (3 Amanah): mum Michelle Goh 016-330 2785, dad working in Singapore +65 9147 2036.
        Ms Kalaivani d/o Raman gives tuition at her house, 21 Jalan Bunga Raya 5, Taman Sri Gombak, 68100 Batu Caves. Her WhatsApp 011-1422 9876.
        I, Faizal bin Othman (IC 820613-01-6713), father of Mia Zahra (2 Dinamik), object to my ex-wife collecting the PBD report on my behalf.
        Just so teachers know, Ethan Lim from 5 Cemerlang has ADHD, his mum asked for him to be seated in front.
        Singapore parent Mdm Aishah binti Rahmat, NRIC S8234517E, needs the school letter for her son's cross-border bus pass.
        Our class rep's husband, Mr Naveen Pillai, was charged in the Sessions Court last week for misappropriating RM14,000 of tuition money.
        Attendance flag: Muhd Amir Hamzah, 6 Dedikasi, 41% this term. Home visit done at D-3-11, PPR Taman Wahyu, 68100 KL; mother works night shift.
        New pupil Chen Yu-Ting (Year 1) moved from Taipei; mother's Taiwan ID F228139048 is on the registration form.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Tolong buatkan surat tidak hadir ke sekolah untuk anak saya"),
        ("assistant", "Boleh. Sila berikan nama murid, kelas, tarikh tidak hadir dan sebabnya."),
        ("user", "Puteri Balqis binti Amran, 3 Ceria, 12-14 Mei, kena cacar air"),
        (
            "assistant",
            "Kepada Guru Kelas 3 Ceria, saya ingin memaklumkan bahawa anak saya Puteri Balqis binti Amran tidak dapat hadir ke sekolah dari 12 hingga 14 Mei kerana dijangkiti cacar air. Sijil cuti sakit dilampirkan.",
        ),
    ],
    [
        ("system", "Anda pembantu pentadbiran sekolah rendah. Jawab dalam Bahasa Melayu."),
        ("user", "Tolong susun senarai ni jadi jadual: nama | status | catatan"),
        (
            "user",
            "1. Aqilah binti Nordin - TH 5 hari, tiada surat\n2. Brandon Yap Zi Hao - TH 2 hari (MC gastrik)\n3. Muthu a/l Selvam - H",
        ),
        (
            "assistant",
            "| Nama | Status | Catatan |\n|---|---|---|\n| Aqilah binti Nordin | TH 5 hari | Tiada surat |\n| Brandon Yap Zi Hao | TH 2 hari | MC gastrik |\n| Muthu a/l Selvam | H | - |",
        ),
    ],
    [
        ("user", "Macam mana nak semak status BAP anak?"),
        ("assistant", "Biasanya melalui sekolah atau portal rasmi KPM. Ada nombor MyKid anak?"),
        ("user", "141109-10"),
        ("user", "0756"),
        ("user", "nama dia Haziq Irfan bin Rahim, 6 Arif"),
        (
            "assistant",
            "Saya tidak dapat menyemak sistem KPM. Sila hubungi pejabat sekolah dengan maklumat tersebut.",
        ),
    ],
    [
        (
            "user",
            "Can you help me write a WhatsApp reminder to parents about PIBG fees? RM50 per family, due 31 March.",
        ),
        (
            "assistant",
            "Sure: 'Dear parents, a gentle reminder that the PIBG fee of RM50 per family is due on 31 March. Thank you for your support!'",
        ),
        (
            "user",
            "also add that the treasurer is me, Nadia Kamal, 019-883 2207, and if can't pay cash they can transfer to my Maybank 1141 6028 3359",
        ),
        (
            "assistant",
            "Note: it is safer to use the official PIBG account rather than a personal one.",
        ),
    ],
    [
        ("user", "Tolong tulis ulasan PBD untuk murid yang lemah membaca, nada positif"),
        (
            "assistant",
            "Contoh: 'Murid menunjukkan minat dalam aktiviti bacaan dan memerlukan bimbingan berterusan untuk membaca ayat mudah dengan lancar.'",
        ),
        (
            "user",
            "ok. budak ni Zulaikha binti Azmi, 2 Amanah, dia disleksia sebenarnya, mak dia minta jangan tulis disleksia dalam laporan",
        ),
        ("assistant", "Baik, ulasan di atas tidak menyebut sebarang diagnosis."),
    ],
    [
        ("user", "Anak saya kena buli dalam van sekolah, apa patut saya buat?"),
        ("assistant", "Saya bersimpati. Boleh ceritakan apa yang berlaku dan siapa yang terlibat?"),
        ("user", "Anak saya Irfan Danish, 4 Bestari. Yang buli budak Tahun 6 nama Amirul Haqeem"),
        ("user", "van Encik Rahmat, plat WVC 5528, dia buat tak tahu je"),
        (
            "assistant",
            "Sila laporkan secara bertulis kepada Guru Besar dan Unit HEM sekolah secepat mungkin.",
        ),
    ],
    [
        ("user", "Kira jumlah kutipan yuran PIBG ni"),
        (
            "user",
            "Tan Boon Keat RM50 (cek Public Bank 004512)\nIsmail bin Saad RM50 tunai\nLetchumi a/p Velu RM25 (baki RM25)\nNg Siew Ling RM50 online",
        ),
        ("assistant", "Jumlah kutipan ialah RM175, dengan baki tertunggak RM25."),
    ],
    [
        (
            "system",
            "Profil pengguna: Rashidah binti Musa, tel 012-448 0913, ibu kepada Iqbal Hakim (5 Cemerlang), AJK PIBG SK Seri Aman.",
        ),
        ("user", "Draf mesej jemputan MAT PIBG untuk saya hantar dalam group kelas"),
        (
            "assistant",
            "Assalamualaikum ibu bapa 5 Cemerlang, dijemput hadir ke Mesyuarat Agung Tahunan PIBG pada Sabtu ini, 8.30 pagi di dewan sekolah.",
        ),
    ],
    [
        ("user", "What exactly is PBD in Malaysian schools?"),
        (
            "assistant",
            "PBD (Pentaksiran Bilik Darjah) is classroom-based assessment where teachers report a mastery level from TP1 to TP6 for each subject.",
        ),
        (
            "user",
            "ok my son Aryan Menon in Year 3 got TP1 for English, his teacher said he may have a hearing problem, we booked ENT at Columbia Asia Setapak on 3 June",
        ),
        (
            "assistant",
            "An ENT check is a good step. Let his teacher know the outcome so support can be planned.",
        ),
    ],
    [
        ("user", "Boleh semak format IC ni betul tak? 150402-14-0971"),
        (
            "assistant",
            "Formatnya sah: YYMMDD-PB-###G, kod 14 ialah Wilayah Persekutuan Kuala Lumpur.",
        ),
        (
            "user",
            "ok tu IC anak saudara saya Nur Iris binti Zamri, saya nak daftarkan dia kelas tambahan Tahun 5",
        ),
    ],
]
