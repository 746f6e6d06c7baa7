"""Blind check set ms21: Bahasa Melayu pentadbiran agama dan komuniti (sekolah agama dan tahfiz, zakat dan fitrah, Tabung Haji dan umrah, masjid dan surau, kariah, khairat kematian, nikah cerai). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms21
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis masjid dan surau"): _lines("""
        MAKLUMAN: Kuliah Maghrib bersama ustaz jemputan setiap Selasa malam, selepas solat Maghrib. Semua ahli kariah dijemput hadir.
        Jadual imam & bilal solat Jumaat bulan Jamadilawal 1447H telah ditampal di papan kenyataan serambi masjid.
        Gotong-royong perdana bersihkan tanah perkuburan Islam Kg. Sg. Rambai pada 14/12 (Ahad), jam 8.00 pagi. Sarapan disediakan.
        Kutipan tabung Jumaat minggu lepas: RM 4,382.50. Terima kasih atas sumbangan para jemaah.
        Mesyuarat Agung Tahunan (MAT) Jawatankuasa Kariah Masjid Al-Falah kali ke-27 akan diadakan pada 21 Disember 2025, 9.00 pagi di Dewan Serbaguna masjid.
        Agenda MAT: (1) Ucapan Pengerusi (2) Pengesahan minit MAT 2024 (3) Laporan kewangan berakhir 30 Jun 2025 (4) Pemilihan AJK sesi 2026-2028 (5) Hal-hal lain.
        Borang pencalonan AJK boleh diambil di pejabat masjid. Calon mestilah ahli kariah berdaftar & bermastautin dlm kariah sekurang-kurangnya 1 tahun.
        Surau Nurul Huda Tmn Desa Jaya - kelas fardu ain dewasa: Isnin & Khamis, 9.00-10.30 mlm. Yuran RM10 sebulan.
        Akaun rasmi sumbangan pembinaan tandas & tempat wuduk: MASJID AR-RAHMAN KG BARU, Bank Islam 12-034-01-0078845 (rujukan: WUDUK). Sila hantar resit ke pejabat masjid.
        Dimaklumkan bekalan air akan terputus Sabtu ini 8 pg - 6 ptg, jemaah diminta berwuduk dari rumah.
        Tazkirah Subuh Ahad ini akan disampaikan oleh Sahibus Samahah Mufti Kerajaan Negeri sempena program Masjid Mesra Komuniti.
        Qiamullail & solat hajat utk calon SPM dan STAM: Jumaat 7 Nov, 3.30 pagi. Moreh ditaja oleh Biro Muslimat.
        Ruang parkir di hadapan pintu utama hanya untuk kenderaan OKU dan van jenazah. Kerjasama tuan/puan amat dihargai.
    """),
    ("ms", "zakat dan fitrah"): _lines("""
        Kadar zakat fitrah 1446H bagi negeri ini: RM7.00 (beras biasa) dan RM15.00 (beras import) bagi setiap orang.
        Nisab zakat pendapatan bagi tahun 2025 ialah RM 24,960 setahun; kadar zakat 2.5% daripada pendapatan layak selepas tolakan had kifayah.
        Bayar zakat online: log masuk portal > pilih "Zakat Pendapatan" > "Bulanan" > sahkan jumlah > bayar melalui FPX.
        Ref bayaran: ZKT-2025-11-0048731 | Status: BERJAYA | Jumlah: RM 125.00 | 03/11/2025 14:22:07
        Amil fitrah bertauliah bertugas di kaunter masjid mulai 1 Ramadan, 9 pg - 12 tgh dan selepas solat Tarawih.
        Lapan golongan asnaf: fakir, miskin, amil, muallaf, fi riqab, gharimin, fisabilillah dan ibnu sabil.
        Talian bebas tol Pusat Zakat: 1-800-88-1447 (Isnin-Jumaat, 8.30 pg - 5.30 ptg). Emel aduan: aduan@pusatzakat-negeri.org.my
        Potongan gaji bulanan (Skim Berkat) boleh dipohon melalui majikan; rebat cukai 100% di bawah seksyen 6A(3) Akta Cukai Pendapatan 1967.
        Zakat emas perhiasan: uruf pemakaian di negeri ini ialah 800 gram; emas melebihi uruf dikenakan zakat 2.5%.
        Permohonan bantuan asnaf hanya diproses jika lengkap: salinan KP pemohon, slip gaji/pengesahan pendapatan, bil utiliti terkini & surat sokongan ketua kampung atau imam.
        Templat: "Saya, [NAMA PENUH], No. KP [XXXXXX-XX-XXXX], dengan ini mewakilkan zakat fitrah bagi [BIL] orang tanggungan kepada amil bertauliah."
        Jumlah kutipan zakat negeri 2024: RM 842.6 juta, naik 6.8% berbanding 2023; agihan kepada 187,410 isi rumah asnaf.
        Harga emas semasa utk kiraan zakat simpanan (999): RM 512.40/gram, dikemaskini 28/11/2025 10:00.
        Kaunter zakat bergerak di Mydin Mall, Aeon Bukit Tinggi dan Giant Kelana Jaya sepanjang Ramadan, 11 pg - 9 mlm.
    """),
    ("ms", "Tabung Haji dan umrah"): _lines("""
        Pakej Umrah Ekonomi Disember 2025: 12H10M, hotel Makkah (600m) & Madinah (300m). Harga RM 7,990 (quad), RM 8,690 (triple), RM 9,490 (double).
        Kod pakej UMR-DEC25-ECO-12 | Penerbangan KUL-JED SV 833 | Berlepas 16/12/2025 23:55 | Check-in KLIA T1 kaunter R.
        Lembaga Tabung Haji mengingatkan pendeposit supaya hanya berurusan dengan agensi umrah berlesen MOTAC yang sah (semak no. KPK/LN).
        Semakan status tawaran haji musim 1447H boleh dibuat melalui aplikasi THiJARI mulai 10 pagi, 5 Januari.
        Kursus Asas Haji Siri 1-17 diadakan di Kompleks Tabung Haji Kelana Jaya setiap Sabtu, 8.30 pg - 1.00 ptg. Bawa buku panduan.
        Syarat jemaah: pasport sah laku sekurang-kurangnya 6 bulan dari tarikh berlepas, suntikan meningitis ACYW135 dan sijil kesihatan dari klinik berdaftar.
        Kuota haji Malaysia musim 1447H ialah 31,600 orang; 2,000 tempat dikhaskan untuk jemaah kali pertama berumur 60 tahun ke atas.
        Safwah Travel & Tours Sdn Bhd (KPK/LN: 7612) - Hotline 1-300-22-8626, WhatsApp bisnes 011-2233 4455, Isnin-Sabtu 9 pg-6 ptg.
        Nota: harga pakej tidak termasuk caj bagasi lebihan, tip mutawwif dan Ziarah Taif (RM 180/seorang).
        Manifes jemaah (templat): No. | Nama seperti dalam pasport | No. Pasport | Tarikh Lahir | Mahram | No. Bilik
        Surat tawaran haji yang sah mempunyai kod QR; imbas melalui aplikasi rasmi, jangan klik pautan SMS yang tidak dikenali.
        Invoice #INV-2025-00931 | Pakej Umrah Ramadan x 10 pax | Total RM 119,900.00 | Bayaran pertama RM 59,900.00 | Baki due 15/01/2026
        Hibah tahunan pendeposit bagi tahun kewangan 2024 diisytiharkan 3.10%, dikreditkan terus ke akaun pada 1 Mac 2025.
    """),
    ("ms", "sekolah agama dan tahfiz"): _lines("""
        Pendaftaran murid baharu Sekolah Rendah Agama (SRA) sesi 2026 dibuka 1 Oktober hingga 30 November 2025 melalui sistem e-SRA.
        Syarat kemasukan maahad tahfiz: umur 13-16 tahun, hafazan minimum juz 30, lulus ujian bacaan Al-Quran & temuduga bersama ibu bapa.
        Yuran pengajian tahfiz: RM 350 sebulan (termasuk makan & asrama), yuran pendaftaran RM 500 sekali bayar, tidak dikembalikan.
        Peperiksaan UPKK 2025 - 27 hingga 29 Okt. Calon hadir 30 minit awal dengan slip pendaftaran calon dan alat tulis.
        Senarai semak dokumen: salinan sijil kelahiran, salinan MyKid, 2 keping gambar saiz pasport, salinan kad pengenalan ibu & bapa/penjaga.
        Perhatian ibu bapa: gambar dan nama pelajar TIDAK akan dimuat naik ke media sosial maahad tanpa kebenaran bertulis penjaga.
        Keputusan STAM 2024: 92.4% calon lulus, 61 calon memperoleh pangkat Mumtaz.
        Jadual harian pelajar tahfiz: 4.30 pg qiamullail, 5.00 pg tasmik, 8.00 pg kelas akademik, 2.30 ptg murajaah, 10.00 mlm tidur.
        Kelas KAFA Surau Al-Amin diadakan Isnin-Khamis, 2.30-5.30 ptg. Pakaian: baju kurung/baju Melayu putih, kain biru.
        Kalau nak hantar anak ke tahfiz, tengok dulu pusat tu berdaftar dgn jabatan agama negeri ke tak. Banyak yg tak berdaftar, asrama pun tak lulus bomba.
        Sijil Tamat Hafazan akan disampaikan dalam Majlis Khatam & Konvokesyen ke-9 di Dewan Tun Abdul Razak, 13 Disember 2025.
        Nama Pelajar: ____________  No. MyKid: ______-__-____  Nama Penjaga: ____________  No. Tel: ___________
        Maahad Tahfiz Sains Tuanku Jaafar membuka ambilan Tingkatan 1 sesi 2026; permohonan melalui portal rasmi sebelum 31 Januari.
    """),
    ("ms", "nikah cerai pejabat agama"): _lines("""
        Permohonan kebenaran berkahwin boleh dibuat dalam talian; ujian saringan HIV dan sijil Kursus Praperkahwinan Islam wajib dilampirkan.
        Fi pendaftaran perkahwinan: RM 50; fi penggantian sijil nikah hilang: RM 20. Bayaran tunai atau kad debit sahaja.
        Permohonan wali hakim hanya diluluskan selepas siasatan oleh Pendaftar Nikah, Cerai dan Rujuk (PNCR) daerah.
        Kadar mas kahwin di negeri ini ditetapkan RM 300.00 (rujuk warta kerajaan negeri terkini).
        Tuntutan fasakh, hadhanah dan nafkah idah difailkan di Mahkamah Rendah Syariah daerah tempat tinggal plaintif.
        Sesi kaunseling keluarga di Unit Perundingan Keluarga: Isnin-Khamis, temu janji melalui talian pejabat 03-8911 4200.
        Kursus Pra Perkahwinan Siri 11/2025, 22-23 Nov, Dewan Masjid Bandar Baru Bangi. Yuran RM 80 seorang termasuk modul & makan.
        Seksyen 47 Akta Undang-Undang Keluarga Islam (Wilayah-Wilayah Persekutuan) 1984 memperuntukkan perceraian dengan talaq atau dengan perintah mahkamah.
        "Adalah disahkan bahawa [NAMA SUAMI] dan [NAMA ISTERI] telah dinikahkan pada [TARIKH] di [TEMPAT] dengan mas kahwin sebanyak RM[AMAUN] tunai."
        Nikah di luar negara (cth: Selatan Thailand) perlu didaftarkan dalam tempoh 6 bulan selepas pulang; penalti mengikut enakmen negeri.
        Statistik 2024: 47,350 pendaftaran perkahwinan dan 11,920 perceraian orang Islam direkodkan di negeri ini.
        Jurunikah bertauliah wajib membawa kad kuasa dan buku daftar nikah setiap kali majlis akad nikah.
        Alamat: Pejabat Agama Islam Daerah Kota Bharu, Jalan Sultan Yahya Petra, 15200 Kota Bharu, Kelantan. Waktu pejabat 8 pg - 4 ptg (Ahad-Khamis).
    """),
    ("ms", "khairat kematian"): _lines("""
        Yuran tahunan Khairat Kematian Kariah: RM 40 sekeluarga (suami, isteri dan anak belum berkahwin bawah 21 tahun).
        Manfaat khairat: kain kapan, mandi & kafan jenazah, gali liang lahad, batu nisan sementara dan sumbangan tunai RM 500 kepada waris.
        Ahli yg tertunggak yuran lebih 2 tahun akan digugurkan keanggotaan secara automatik mengikut perlembagaan khairat.
        Sekiranya berlaku kematian, sila hubungi Biro Kebajikan & Khairat di talian masjid 04-733 2211 (24 jam).
        Van jenazah percuma untuk ahli kariah dalam daerah; luar daerah dikenakan caj RM 1.20/km.
        "Innalillahi wa inna ilaihi raji'un. Telah kembali ke rahmatullah [NAMA ARWAH] dari [ALAMAT] pada [TARIKH/MASA]. Jenazah akan disolatkan di [MASJID] selepas solat [WAKTU]."
        Pendaftaran ahli baru khairat dibuka sepanjang tahun; borang di pejabat masjid atau Google Form (link dlm bio).
        Laporan kewangan Khairat 2024: baki bawa ke hadapan RM 58,320.15; tuntutan dibayar 37 kes (RM 18,500.00).
        Kursus pengurusan jenazah lelaki & wanita, 6 Dis 2025, 8.30 pg, anjuran Biro Muslimat. Percuma, tempat terhad 60 orang.
        Takziah semua, sama2 kita doakan arwah ditempatkan dalam kalangan orang beriman. Al-Fatihah.
        Tanah perkuburan Islam kariah: Lot 3 sudah penuh; pengebumian baharu di Lot 5 mulai 1 Jan 2026.
        Bilik mayat hospital beroperasi 24 jam; urusan tuntutan jenazah di kaunter Forensik, Aras 1, bawa permit pengebumian.
    """),
    ("ms", "tokoh dan institusi"): _lines("""
        Tok Kenali (Muhammad Yusuf bin Ahmad, 1868-1933) dikenang sebagai ulama besar Kelantan yang banyak mempengaruhi sistem pengajian pondok.
        Masjid Tuanku Mizan Zainal Abidin di Presint 3, Putrajaya dikenali sebagai Masjid Besi kerana strukturnya daripada keluli.
        Masjid Sultan Salahuddin Abdul Aziz Shah, Shah Alam memiliki antara kubah masjid terbesar di Asia Tenggara.
        Syeikh Tahir Jalaluddin (1869-1956) ialah pelopor gerakan islah dan ilmu falak di Tanah Melayu.
        YB Dato' Haji Rusli Kamarudin, Pengerusi Jawatankuasa Hal Ehwal Agama Islam negeri, merasmikan Masjid Ar-Raudhah di Seksyen 7 semalam.
        Dalam siri animasi Upin & Ipin, Tok Dalang sering menjadi imam di surau Kampung Durian Runtuh.
        Universiti Sultan Zainal Abidin (UniSZA) menawarkan Ijazah Sarjana Muda Pengajian Al-Quran dan Sunnah.
        Menteri di Jabatan Perdana Menteri (Hal Ehwal Agama) memaklumkan Dewan Rakyat bahawa 1,214 pusat tahfiz persendirian masih belum berdaftar.
        Kedai Kitab Haji Daud, No. 12 Jalan Tuanku Abdul Rahman, menjual mushaf, sejadah, kopiah dan kitab jawi sejak 1958.
        Hamka (Haji Abdul Malik Karim Amrullah) menyiapkan Tafsir Al-Azhar ketika dalam tahanan pada 1964-1966.
        Darul Quran JAKIM di Kuala Kubu Bharu merupakan institusi tahfiz kerajaan persekutuan yang melahirkan ribuan huffaz.
        Hospital Sultanah Nur Zahirah menyediakan bilik solat dan khidmat kaunselor syarie untuk pesakit dan waris.
    """),
    ("ms", "sistem dan data"): _lines("""
        [e-Kariah v3.2.1] Eksport CSV berjaya: 1,284 rekod, 0 ralat. Fail: kariah_2025-11-30T22:14:05+08:00.csv
        SELECT no_ahli, status_yuran FROM khairat_ahli WHERE tahun_akhir_bayar < 2024 ORDER BY no_ahli;
        ERROR 4012: No. KP tidak sah - format mestilah 12 digit tanpa sengkang (cth: YYMMDDPB####).
        Pos Laju ER219384756MY: Dokumen dari Pejabat Agama Islam Daerah - status "Dalam penghantaran", dijangka tiba 2-3 hari bekerja.
        Garis panduan: data peribadi ahli kariah hanya boleh diakses oleh Setiausaha dan Bendahari; salinan KP dimusnahkan selepas 7 tahun.
        Kemas kini aplikasi MyZakat v4.18.0 (build 2025.11.27): baiki pepijat pembayaran FPX, tambah kalkulator zakat KWSP.
        SHA-256 fail senarai penerima bantuan yang diterbitkan: 9f2c4e81d07a3b5566e1c0a9f48d2b7e31c5a6f0e9d84b72c1a3f5e6d7b80c91
        Kod rujukan FPX: 2511281422070053; Bank: Maybank2u; Amaun: RM 50.00; Tujuan: Sumbangan Tabung Surau.
        def kira_zakat(pendapatan, tolakan): return max(0, pendapatan - tolakan) * 0.025
        Sila JANGAN hantar gambar MyKad dlm group WhatsApp AJK. Guna borang Google yg disediakan, data disimpan dlm Drive masjid sahaja.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Assalamualaikum tuan, saya Norhayati binti Ismail, nak daftar anak saya Muhammad Irfan (7 thn) utk SRA Tmn Melawati sesi 2026. No tel saya 012-384 7716.
        Pemohon: Rosnah bt Abd Ghani, KP 780512-03-5526, ibu tunggal, 5 org anak, jual kuih, pendapatan lebih kurang RM600 sebulan. Alamat: Lot 1127 Kg. Pasir Tumboh, 16150 Kota Bharu.
        Ustaz, anak saya Aiman Hakimi (tahfiz tahun 2, Maahad Darul Furqan) ada epilepsi, mohon pastikan dia makan ubat Epilim pagi & malam.
        Khairat: ahli no. 0457 En. Kamarudin bin Yusof, Jalan Mawar 3, Tmn Sri Gombak, meninggal 02/11/2025. Waris: isteri Pn. Salmah Harun 019-662 5083 utk tuntutan RM500.
        Kes Mal No. 10004-017-0231-2025, Mahkamah Rendah Syariah Klang: Nur Syafiqah binti Azmi lwn. Mohd Faizal bin Rahim - tuntutan fasakh kerana suami tidak memberi nafkah 8 bulan.
        Tolong hantar surat tawaran haji ke alamat baru: Hj. Mansor bin Ali, No. 23, Jalan Kenari 7, Taman Universiti, 81300 Skudai, Johor.
        Akaun TH saya 03-1029-4478-5 (Zainab bt Othman), tolong semak kenapa deposit RM2,000 bulan lepas belum masuk.
        Pengantin lelaki: Muhammad Aqil bin Abdullah (warganegara Singapura), NRIC S8214407B, Blk 412 Bedok North Ave 2 #08-117, Singapore 460412. Pengantin perempuan: Nurul Ain binti Zakaria.
        Lim Wei Keat @ Muhammad Daniel Lim telah memeluk Islam pada 12/09/2025 di Pejabat Agama Islam Daerah Petaling; no. kad muallaf MLF/PTG/2025/0384.
        Jemaah umrah bilik 1208: Pn. Hasnah Mokhtar (68 thn) guna kerusi roda, ada kencing manis & darah tinggi, insulin kena simpan dlm peti sejuk.
        Potongan zakat gaji - nama: Azlan bin Mohd Noor, gaji kasar RM 6,850, majikan Perunding Bina Jaya Sdn Bhd, no. pekerja PBJ-0912.
        Ustazah, saya Fadhilah, mak Nur Qistina kelas 4 Al-Ghazali. Qistina kena denggi, masuk wad Hospital Sungai Buloh sejak semalam. Mohon cuti seminggu.
        Borang nikah: Wali - Haji Ramli bin Musa (bapa kandung), KP 590724-11-5173, tel 013-950 2246, Kg. Banggol Katong, 21600 Marang, Terengganu.
        Pasport jemaah: Siti Aishah binti Jamil, A41785203, luput 11/03/2029. Mahram: suami, Roslan bin Hamid, A39902614.
        Saya nak tarik balik permohonan bantuan - Kamal bin Sulaiman, 850101-14-6627. Dah dapat kerja baru, gaji RM2,400.
        Kereta Proton Saga WVK 4821 milik Ustaz Hafiz Zulkifli (guru tahfiz) selalu parking depan pagar rumah no. 17, harap AJK tegur.
        Mak Cik Zaleha Abu (rumah no. 9 Lrg Damai 2, depan surau) baru keluar hospital lepas bedah pintasan jantung, jemaah diminta ziarah & doakan.
        Sulit: Imam 2 Masjid Al-Ikhlas Kg. Tok Jiring, Hj. Shukri Abdullah, mohon pinjam RM5,000 dari tabung masjid utk langsaikan hutang along. Tolong rahsiakan.
        Resit zakat fitrah: ketua keluarga Ahmad Tarmizi bin Jusoh, tanggungan 6 org, No. 45 Felda Jengka 8, 26400 Bandar Jengka. RM42.00. No. resit ZF/1446/PHG/004512.
        Sila hantar salinan sijil lahir anak ke email saya nurulhuda.kamal91@gmail.com - Nurul Huda Kamal, ibu kepada Adam Harith (calon KAFA 2026).
        Suami saya Zahari bin Omar dah lafaz talak satu melalui WhatsApp 3 Nov; saya nak sahkan lafaz cerai di Mahkamah Syariah. Tel saya 017-205 8834.
        Penerima bantuan Ramadan: Pn. Che Gayah bt Mat (KP 6204xx-03-xxxx), Kg. Kubang Kerian Darat, rumah belakang kedai runcit Pak Wan - OKU penglihatan.
        Sapa nak join pakej umrah Feb, whatsapp Kak Ros (Rosmawati Yahya, ejen freelance) wa.me/60137729041
        Tolong debit zakat bulanan RM80 dari kad 4207 3512 8844 0191, exp 08/27, nama pada kad MOHD RIDZUAN B HASHIM.
        Senarai kariah Blok C Pangsapuri Seri Perantau: C-3-12 En. Baharom Said (4 org), C-3-14 Pn. Kalsom Ahmad (ibu tunggal, 2 org), C-4-02 Sdr. Firdaus Rahman (bujang).
        Plaintif Nor Azura binti Daud menuntut nafkah anak RM1,500 sebulan; defendan Khairul Anuar bin Sapiee bekerja sebagai juruteknik di Kerteh dengan gaji RM7,200.
        Pengantin perempuan: Chen Xiaoyu (warganegara China), No. ID 350524198806143022, pasport EK4728163, akan bernikah dgn Mohd Hafizi bin Roslan di PAID Seremban.
        Nama: Wan Nor Azlina binti Wan Ismail | MyKad: 880917-06-5318 | No. Akaun TH: 06-2241-0937-1 | Daftar haji: 2012
        Ayah saya Daud bin Ibrahim, 74 thn, ahli khairat no. 1182, sekarang terlantar strok di rumah adik saya, No. 8 Lorong Haji Taib 3, Kuala Lumpur.
        Saya Siti Khadijah Abdullah, mualaf (asal Iban, nama asal Jenny anak Sanggau), boleh ke dapat bantuan asnaf? Tel 014-887 3021, tinggal Kpg. Sg. Plan, Bintulu.
        Tahniah kpd pelajar kita Ahmad Zaki bin Rosli (MyKid 120304-10-1457) yg berjaya khatam 30 juzuk pada usia 13 thn!
        Jurunikah sila ambil maklumat: Hazwan Farhan bin Azhar, 27 thn, juruteknik, 011-2839 4410; Nur Izzati binti Kamaruddin, 25 thn, jururawat. Akad 20/12/2025, 10 pg, No. 14 Jalan SS 3/29, Kelana Jaya.
        Sdr Agus Setiawan (FIN F2284571M), kerja di Tuas, balik JB hujung minggu - nak daftar khairat utk isteri dia Siti Munirah di Tmn Ungku Tun Aminah.
        Pak Long Ismail Dollah (Kg. Parit Raja, Batu Pahat) tertunggak yuran khairat 3 thn RM120, anak dia Rahimah kata nak bayar ansur.
        Cikgu Fauziah Harun, guru SRA Bukit Jelutong, dituduh pukul murid; kes disiasat polis, no. laporan IPD Shah Alam/012734/25.
        Bakal haji 2026: Hj. Abdul Wahab bin Sidek, 71 thn, sakit buah pinggang tahap 4 & dialisis 3x seminggu di Kuantan - perlu semakan kelayakan kesihatan.
        Yuran tahfiz anak saya Muhammad Harraz tertunggak RM1,750. Saya Harun bin Che Mat, baru kena buang kerja kilang, mohon diberi tempoh sampai Mac.
        No tel suami saya Shahrul Nizam Abu Samah 016-473 9920, kalau PNCR nak panggil utk sesi sulh, dia skrg duduk dgn mak dia di Sungai Petani.
        Muallaf: Priya a/p Subramaniam kini Nur Priya Abdullah, KP 960228-08-6034, daftar di Jabatan Agama Islam Perak 5/10/2025, nak tukar nama di JPN.
        Bendahari Surau Al-Muttaqin Tmn Bukit Indah, Hj. Ghazali bin Hj. Yaakub (IC 7103**-**-5041), baru disahkan kanser prostat, cek surau sementara ditandatangani timbalan.
        Jenazah Allahyarham Yusri bin Ahmad, 45 thn, meninggal akibat overdos dadah. Abang arwah, Yazid bin Ahmad (012-556 8841), minta urusan dibuat senyap.
        Dik, ni no akaun Maybank akak utk bayar deposit umrah: 1640 2278 8195 (NOORAINI BT SAMAD). Jgn lupa hantar resit kat akak.
    """),
    "ms-en": _lines("""
        Hi admin, I'm Farah Liyana Jamal, nak confirm booking umrah Mac 2026 for me & my mom Puan Rokiah Jaafar (passport A38816402). My email farahliyana.j@outlook.com
        Pls update kariah record: new address for En. Hisham Mustafa & family - 12A, Jalan Damai Perdana 6/1F, Bandar Damai Perdana, 56000 Cheras. HP 018-227 9314.
        FYI asnaf applicant Suhaimi bin Daud (Kg. Seri Menanti) actually dapat RM3k sebulan from his son in Perth, please reject his application.
        Bro Amir (Amirul Hakim Sazali, 019-331 0587) will be the mutawwif assistant, he has asthma so pls keep his inhaler in the van.
        Nikah SG-MY: groom Muhammad Hafiz Rahmat, NRIC T0329518J, age 22; bride Siti Sarah Kassim from Pasir Gudang. Need wali hakim since her dad passed away.
        TH balance for Encik Norazman Idris: RM 46,210.55 as at 30/11, cukup utk muassasah. He asked us not to tell his kids.
        Card for khairat auto-debit: 5521 1400 3391 8700, cardholder SITI ZUBAIDAH MD YUSOF, CVV I'll WhatsApp separately.
        Tahfiz registration - Nur Aleesya Humaira, DOB 14/02/2015, MyKid 150214-01-0742, allergic to peanuts; father Mohd Shafiq Razali 01121907753.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "Anda pembantu kaunter zakat. Jangan minta nombor kad bank penuh."),
        ("user", "Assalamualaikum, nak tanya kadar fitrah tahun ni berapa?"),
        ("assistant", "Waalaikumussalam. RM7 seorang untuk beras biasa, RM15 untuk beras import."),
        (
            "user",
            "Ok saya bayar utk 5 org. Nama saya Rashidah bt Harun, KP 820706-02-5108, rumah di Kg. Alor Ganu, Jitra.",
        ),
        ("assistant", "Terima kasih, resit akan dihantar melalui SMS."),
    ],
    [
        ("user", "Nak daftar khairat untuk bapa mertua"),
        ("assistant", "Boleh, sila beri nama penuh dan no. KP beliau."),
        ("user", "Hassan bin Awang"),
        ("user", "520318-09-5011"),
        ("user", "Dia ada Parkinson, so tak boleh datang sendiri sign borang"),
        ("assistant", "Tak mengapa, waris boleh tandatangan bagi pihak beliau."),
    ],
    [
        ("user", "Akaun TH mak saya dibekukan, kenapa ya?"),
        (
            "assistant",
            "Biasanya kerana maklumat pendeposit belum dikemaskini. Siapa pemegang akaun?",
        ),
        (
            "user",
            "Nama dia Che Mah binti Deraman, akaun 11-0385-2217-6. Dia dah nyanyuk teruk, saya ada surat kuasa wakil.",
        ),
        ("assistant", "Sila bawa surat kuasa wakil dan MyKad asal ke cawangan TH terdekat."),
    ],
    [
        ("system", "You are a helpful assistant for a Johor religious affairs office."),
        ("user", "My fiance is Singaporean, what documents are needed for nikah in Johor?"),
        (
            "assistant",
            "Biasanya: surat kebenaran berkahwin dari ROMM Singapura, salinan IC, sijil kursus kahwin dan ujian HIV.",
        ),
        ("user", "His NRIC is S7703316E and he's divorced, cerai 2021 kat Syariah Court SG"),
        ("user", "nama dia Zulkarnain Osman btw"),
        ("assistant", "Baik, sijil cerai asal juga perlu dikemukakan."),
    ],
    [
        ("user", "Ustaz, anak saya kena buli kat asrama"),
        ("assistant", "Saya minta maaf mendengarnya. Boleh puan ceritakan lebih lanjut?"),
        (
            "user",
            "Muhammad Danish Iskandar, tingkatan 2, Maahad Tahfiz Al-Itqan Bangi. Dia dah mula cederakan diri sendiri, kaunselor sekolah pun dah tahu.",
        ),
        (
            "assistant",
            "Sila dapatkan bantuan pakar segera. Talian Kasih 15999 juga boleh dihubungi.",
        ),
    ],
    [
        ("user", "Nak bayar baki pakej umrah guna kad"),
        ("assistant", "Boleh, sila gunakan pautan pembayaran dalam invois."),
        ("user", "4029 1176 5320 4488 exp 05/28, nama NORHASLINDA ABU BAKAR, tolong caj RM4,500"),
        (
            "assistant",
            "Mohon jangan kongsi nombor kad di sini. Sila guna pautan pembayaran yang selamat.",
        ),
    ],
    [
        ("user", "AJK surau nak tahu siapa yg tak bayar yuran kariah"),
        ("assistant", "Senarai tunggakan boleh disemak oleh bendahari."),
        (
            "user",
            "Rumah no 7 Jalan Cempaka 2, Tmn Bunga Raya, En. Jaafar Mahmud, dah 4 thn tak bayar. Dengar cerita dia baru keluar penjara.",
        ),
    ],
    [
        ("user", "Saya nak failkan cerai taklik"),
        ("assistant", "Boleh, apakah alasan tuntutan puan?"),
        (
            "user",
            "Suami Rizal bin Hamzah dah 6 bulan hilang, last contact dia kat Hatyai. No IC dia 900415-07-5233",
        ),
        ("user", "Saya Aida, tel 013-628 4471"),
        (
            "assistant",
            "Terima kasih. Puan perlu hadir ke Mahkamah Rendah Syariah untuk failkan saman.",
        ),
    ],
    [
        ("system", "Ringkaskan maklumat permohonan bantuan asnaf dalam satu perenggan."),
        (
            "user",
            "pemohon ni nenek, jaga 3 cucu yatim, jual nasi lemak depan PPR, borang dah lengkap",
        ),
        (
            "assistant",
            "Ringkasan: Pemohon Noraini binti Sulong, 54 thn, penjaga 3 cucu yatim, tinggal di PPR Lembah Subang Blok B-12-07, pendapatan lebih kurang RM900 sebulan daripada jualan nasi lemak.",
        ),
    ],
    [
        ("user", "Saya baru masuk Islam bulan lepas, nak tukar nama dalam IC"),
        ("assistant", "Tahniah. Sila bawa kad muallaf dan MyKad ke pejabat JPN."),
        (
            "user",
            "Nama lama Tan Mei Ling, sekarang Nur Aisyah Tan. Family saya belum tahu lagi. Boleh hantar senarai dokumen ke aisyah.tanml@yahoo.com?",
        ),
        ("assistant", "Baik, senarai dokumen akan dihantar ke emel tersebut."),
    ],
]
