"""Blind check set ms28: Bahasa Melayu, sekolah rendah dan menengah di Malaysia (PIBG, yuran, kelas tambahan, SPM/PT3, grup WhatsApp, disiplin dan kaunseling, pekeliling KPM/PPD). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms28
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "pekeliling KPM dan PPD"): _lines("""
        Surat Pekeliling Ikhtisas Bil. 5 Tahun 2025: Pelaksanaan Kelas Tambahan di Sekolah Kerajaan dan Sekolah Bantuan Kerajaan, berkuat kuasa mulai 1 Mac 2025.
        Rujukan Kami: KPM.100-1/3/2 Jld.14 (27)    Tarikh: 17 Januari 2026
        Arahan ini ditandatangani oleh Pengarah Pendidikan Negeri Selangor bagi pihak Ketua Pengarah Pendidikan Malaysia; cuti peristiwa sempena Hari Keputusan SPM TIDAK diluluskan.
        Menteri Pendidikan, YB Fadhlina Sidek, dalam kenyataan media semalam mengumumkan Bantuan Awal Persekolahan RM150 akan dikreditkan mulai minggu kedua persekolahan.
        Semua sekolah dikehendaki mengemas kini data murid dalam APDM sebelum 31 Januari. Unit Data PPD boleh dihubungi di talian pejabat 03-5511 8220 samb. 214.
        Pejabat Pendidikan Daerah Petaling Utama, Jalan Kelab Golf 13/6, Seksyen 13, 40100 Shah Alam, Selangor Darul Ehsan.
        Aduan berkaitan buli boleh disalurkan melalui Talian Aduan Buli KPM 03-8884 9192 atau e-mel aduanbuli@moe.gov.my (24 jam).
        Garis Panduan Perlindungan Data Peribadi Murid (versi 2.1, Julai 2025): data murid hanya boleh dikongsi kepada pihak ketiga dengan kebenaran bertulis ibu bapa atau penjaga.
        Lampiran A: Senarai 34 buah sekolah terlibat dengan Program Sekolah Angkat di daerah Kuala Langat, termasuk SK Telok Panglima Garang dan SMK Jugra.
        Sekolah yang dinamakan sempena tokoh seperti SMK Tun Perak, SK Dato' Onn Jaafar dan SMK Tunku Abdul Rahman Putra dikehendaki menyertakan biodata ringkas tokoh tersebut dalam majalah sekolah.
        Takwim persekolahan 2026: Penggal 1 bermula 11 Januari bagi negeri Kumpulan A (Johor, Kedah, Kelantan, Terengganu) dan 12 Januari bagi negeri Kumpulan B.
        s.k. Pengarah Pendidikan Negeri Perak; Ketua Sektor Pengurusan Sekolah; Fail Meja
        Pekeliling ini hendaklah dibaca bersama Akta Pendidikan 1996 [Akta 550] dan Peraturan-Peraturan Pelajaran (Disiplin Murid) 1959.
    """),
    ("ms", "mesyuarat PIBG"): _lines("""
        Mesyuarat Agung PIBG Kali Ke-38 SMK Seri Bintang Utara akan diadakan pada Sabtu, 21 Mac 2026, jam 8.30 pagi di Dewan Sri Perdana.
        Agenda: 1) Ucapan alu-aluan Yang Dipertua PIBG 2) Pengesahan minit mesyuarat agung ke-37 3) Laporan kewangan 2025 4) Pemilihan AJK sesi 2026/2027 5) Hal-hal lain
        Laporan kewangan: baki awal RM48,215.60, jumlah terimaan RM62,904.00, perbelanjaan RM57,118.35, baki akhir RM54,001.25 setakat 31.12.2025.
        Cadangan menaik taraf kantin dan membina bumbung laluan pejalan kaki dari pintu pagar ke Blok C, anggaran kos RM38,500 - dicadang, disokong dan diluluskan sebulat suara.
        Minit mesyuarat AJK bil. 2/2026 telah disahkan tanpa pindaan.
        Majlis dirasmikan oleh Timbalan Menteri Pendidikan, YB Wong Kah Woh, yang turut menyampaikan sumbangan RM10,000 kepada tabung PIBG.
        Calon untuk jawatan AJK perlu dicadangkan dan disokong oleh ahli berdaftar; borang pencalonan boleh diambil di pejabat am sebelum 14 Mac.
        Kehadiran: 214 orang ibu bapa dan 46 orang guru; korum mencukupi (sekurang-kurangnya satu per sepuluh daripada jumlah ahli).
        Perlembagaan PIBG berasaskan Peraturan-Peraturan Pendidikan (Persatuan Ibu Bapa-Guru) 1998; salinan boleh dimuat turun di laman web sekolah.
        Sesi soal jawab: ibu bapa minta sekolah sediakan laluan keluar masuk berasingan utk kenderaan pada waktu puncak 7.00-7.30 pagi.
        Jamuan ringan disediakan oleh Kantin Mak Cik Kiah Enterprise (SSM 202303117845).
        Penyata akaun PIBG telah diaudit oleh Tetuan Azman, Lim & Rakan-Rakan (AF 1287), Chartered Accountants.
        Usul: PIBG menaja bas untuk pasukan bola jaring ke kejohanan MSSM peringkat negeri. Keputusan: diluluskan dengan had RM2,000.
    """),
    ("ms", "yuran dan sumbangan"): _lines("""
        Yuran dan sumbangan tambahan 2026: Yuran PIBG RM50 (sekeluarga), Sumbangan Tambahan RM40, Kelas Tambahan T5 RM120, Majalah Sekolah RM15.
        Resit No. PIBG/2026/000417 - Diterima RM105.00 (Tunai). Dikutip oleh: Unit Kewangan.
        Bayaran boleh dibuat ke akaun PIBG SMK Taman Melawati, Bank Islam 1209 8010 0451 22. Sila nyatakan nama dan kelas anak di ruangan rujukan.
        Mengikut pekeliling KPM, sumbangan tambahan adalah TIDAK wajib dan murid tidak boleh dihalang menerima buku laporan kerana belum membayar.
        Transaksi FPX berjaya: No. Rujukan 2603141022550087, Jumlah RM170.00, 14/03/2026 10:22:55, Bank: Maybank2u.
        Harga baju rumah sukan: saiz 24-34 RM28, saiz 36-42 RM32, saiz 3XL ke atas RM35. Tempahan ditutup 6 Feb.
        Kutipan Tabung Kebajikan Guru bulan Mac: RM1,240.00 daripada 62 orang guru.
        Bantuan Awal Persekolahan (BAP) RM150 seorang murid akan diagihkan melalui sekolah bagi ibu bapa yang tiada akaun bank.
        Invois INV-SMKSB-2026-0193: cenderahati Hari Guru 85 unit @ RM12.50 = RM1,062.50, dibekalkan oleh Pustaka Haji Ismail Sdn. Bhd.
        Sumbangan ikhlas boleh disalurkan melalui DuitNow QR di kaunter pejabat am; resit pengecualian cukai tidak dikeluarkan.
        Yuran asrama Penggal 1: RM150 (termasuk dobi dan sumbangan surau), dibayar sebelum 30 Januari.
        Status kutipan kelas 4 Bestari: 28 daripada 35 murid telah menjelaskan yuran; guru kelas akan menghubungi ibu bapa yang lain secara peribadi.
        Tabung Sekolah Penyayang: 100% kutipan digunakan untuk membeli kasut dan beg sekolah bagi murid asnaf.
    """),
    ("ms", "peperiksaan dan keputusan"): _lines("""
        Analisis keputusan SPM 2025: GPS sekolah 4.12 berbanding 4.48 tahun sebelumnya; 23 calon memperoleh semua A (A+, A, A-).
        Peratus lulus: Bahasa Melayu 98.6%, Sejarah 94.1%, Matematik 87.3%, Bahasa Inggeris 82.9%.
        Semak keputusan melalui SMS: taip SPM <No. KP> <Angka Giliran> dan hantar ke 15888.
        Jadual kelas tambahan T5: Isnin Matematik Tambahan (2.30-4.00 ptg), Selasa Kimia, Rabu Fizik, Khamis Sejarah.
        PT3 telah dimansuhkan mulai 2022 dan digantikan dengan Pentaksiran Akhir Sesi Akademik (PASA) serta Pentaksiran Bilik Darjah (PBD).
        Tahap Penguasaan PBD: TP1 Tahu, TP2 Tahu dan faham, TP3 Tahu, faham dan boleh buat, TP4 ... dengan beradab, TP5 ... terpuji, TP6 ... mithali.
        Calon SPM perlu membawa kad pengenalan dan slip Kenyataan Kemasukan Peperiksaan (KKP) setiap hari peperiksaan.
        Format angka giliran (contoh rekaan): XX000X000 - dua huruf kod negeri, tiga digit kod PPD, satu huruf kod pusat, tiga digit nombor calon.
        Keputusan percubaan akan dimuat naik ke SAPS versi 3.4.2 sebelum 10 Ogos; ibu bapa boleh menyemak melalui idme.moe.gov.my.
        Tahniah kepada 12 pelajar yang mendapat 9A+; nama penuh tidak disiarkan atas permintaan ibu bapa.
        Kertas 3472/2 Matematik Tambahan Kertas 2: 2 jam 30 minit. Kertas 1449/1 Matematik Kertas 1: 1 jam 30 minit.
        Soalan KOMSAS: Huraikan perwatakan Hang Tuah dalam Hikayat Hang Tuah dan kaitkan dengan nilai kesetiaan.
    """),
    ("ms", "grup WhatsApp"): _lines("""
        Assalamualaikum ibu bapa 4 Cempaka, esok murid pakai baju sukan ye sbb ada latihan merentas desa. Bawa air sendiri 🙏
        Salam cikgu, nak tanya buku teks Sejarah T4 dah boleh ambil ke belum?
        Peringatan: grup ni utk urusan sekolah sahaja. Tolong jgn share iklan, berita tak sahih atau gambar murid lain tanpa izin.
        Tq cikgu 🙏🙏
        Mak2 ayah2, sape yg jumpa botol air Tupperware biru tertinggal kat surau, tolong hantar ke bilik guru ya.
        Harini hujan lebat, jalan depan sekolah banjir kilat. Ibu bapa dinasihatkan ambil anak ikut pintu belakang Jln Bunga Raya 5.
        Cikgu share link Google Form utk pengesahan kehadiran hari sukan: forms.gle/Xp7Qa2LmN9rT4vBk8 - isi sblm Jumaat.
        Sapa nak tempah kek utk sambutan Hari Guru boleh order dgn Kek Mama Zue, bakeri dkt simpang 4 tu. RM65 sebiji 2kg.
        Kalau sekolah tutup, PdPR melalui Google Classroom. Kod kelas: 7hqk3zp
        Sesiapa perlukan bantuan boleh call Talian Kasih 15999 atau WhatsApp 019-261 5999, jangan pendam sorang2.
        Ok noted cikgu, anak sy bawa bekal sendiri esok.
        Jadual bas sekolah baru dari Pak Mat Travel & Tours Sdn Bhd: trip pertama 6.15 pagi dari Taman Sri Muda.
        [14/03/26, 9:41:07 PM] Admin PIBG: PBD semester 1 akan diedarkan pada Hari Terbuka 28/3 ye.
    """),
    ("ms", "disiplin dan kaunseling"): _lines("""
        Kesalahan disiplin berat: merokok/vape, bergaduh, membuli, membawa senjata; tindakan boleh termasuk gantung sekolah mengikut prosedur.
        Sistem Sahsiah Diri Murid (SSDM): setiap murid bermula dengan 100 markah; kesalahan ringan ditolak 5 markah.
        Unit Bimbingan dan Kaunseling menyediakan sesi kaunseling individu dan kelompok; semua maklumat adalah sulit kecuali melibatkan risiko keselamatan.
        Befrienders Kuala Lumpur 03-7627 2929 (24 jam) boleh dihubungi sekiranya anda atau rakan memerlukan sokongan emosi.
        Statistik kes disiplin 2025: 112 kes ponteng, 37 kes vape, 9 kes buli fizikal, 4 kes buli siber; turun 18% berbanding 2024.
        Hukuman rotan hanya boleh dilaksanakan oleh Pengetua/Guru Besar atau guru yang diberi kuasa secara bertulis, dan tidak boleh dikenakan kepada murid perempuan.
        Kempen Anti Buli 'Sayangi Rakan, Hentikan Buli' akan dilancarkan pada perhimpunan Isnin ini.
        Dalam laporan kes, gunakan kod murid (contoh: M-07), bukan nama penuh; fail fizikal disimpan dalam kabinet berkunci di bilik kaunseling.
        Inventori Minat Kerjaya (IMK) untuk Tingkatan 3 akan dijalankan di makmal komputer mengikut jadual kelas.
        Prosedur ponteng: Amaran Pertama, Amaran Kedua dan Amaran Terakhir dikeluarkan secara berperingkat sebelum murid dipertimbangkan untuk dibuang sekolah.
        Watak Ali dalam video 'Jangan Jadi Pembuli' adalah lakonan; sebarang persamaan dengan individu sebenar adalah kebetulan.
        Kaunselor berdaftar perlu mematuhi Kod Etika Kaunselor, termasuk menjaga kerahsiaan rekod klien.
    """),
    ("ms", "borang dan templat"): _lines("""
        Nama Murid: ____________  No. MyKid/MyKad: ______-__-____  Kelas: ______
        Saya, {nama_penjaga}, No. KP {no_kp}, penjaga kepada {nama_murid} dari kelas {kelas}, dengan ini membenarkan anak jagaan saya menyertai lawatan ke {destinasi}.
        Borang Permohonan Kelas Tambahan - Bahagian B: Maklumat Penjaga (wajib): Nama, Hubungan, No. Telefon Bimbit, Alamat Surat-Menyurat
        Tandatangan Ibu/Bapa/Penjaga: ................................  Tarikh: ..../..../20....
        Format No. KP: YYMMDD-PB-###G, contohnya 000000-00-0000; jangan masukkan sengkang semasa mengisi di portal.
        Templat surat: Tuan/Puan, anak saya [NAMA], [KELAS], tidak dapat hadir ke sekolah pada [TARIKH] kerana [SEBAB]. Sekian, terima kasih.
        Rekod Kesihatan Murid - sila tandakan (/): Asma / Epilepsi / Alahan makanan / Diabetes / Lain-lain: ________
        Borang BAP-01 (Pindaan 2025), 2 muka surat, boleh dimuat turun dari portal rasmi KPM.
        Format fail import APDM: NO_KP, NAMA, JANTINA, TARIKH_LAHIR, KAUM, AGAMA, NAMA_BAPA, NO_KP_BAPA (UTF-8, pemisah koma).
        =VLOOKUP(B2,'Senarai Murid'!A:F,4,FALSE)
        Slip Jawapan (kembalikan kepada guru kelas sebelum 20/3): Saya *bersetuju / tidak bersetuju anak saya menyertai program tersebut. (*potong yang tidak berkenaan)
        Senarai_Nama_Murid_T5_2026_v3_FINAL(1).xlsx, 48 KB, sha256 9c1e4b7a02f35d8e6a1b0c47d93e2f58b6a0c1d2e3f4a5b6c7d8e9f0a1b2c3d4
    """),
    ("ms", "acara sekolah"): _lines("""
        Hari Sukan Tahunan SK Bandar Baru Bangi ke-27 akan diadakan pada 28 Februari 2026 di Stadium Mini Bangi.
        Sambutan Hari Guru peringkat sekolah bermula jam 8.00 pagi; murid dibenarkan berpakaian tradisional.
        Pertandingan Pidato Piala Diraja peringkat daerah: sekolah kita mewakili kategori menengah atas dengan tajuk 'Belia dan Teknologi'.
        Lawatan sambil belajar ke Muzium Negara dan Istana Budaya, Jalan Tun Razak, Kuala Lumpur; bas bertolak 7.30 pagi.
        Hari Anugerah Cemerlang: Anugerah Pendeta Za'ba akan disampaikan kepada murid terbaik Bahasa Melayu.
        Program Jom Membaca bersama Upin & Ipin untuk murid Tahun 1, tayangan episod khas di dewan terbuka.
        Perkhemahan Unit Beruniform di Hutan Lipur Sg. Sendat, 13-15 Mac; yuran RM45 termasuk makan.
        Majlis Graduasi Prasekolah: setiap keluarga dibenarkan membawa dua tetamu sahaja.
        Kejohanan Bola Sepak MSSD Bawah 15: SMK Seksyen 7 menewaskan SMK Seri Permata 3-1 dalam perlawanan akhir.
        Bulan Kemerdekaan: murid menghias kelas dengan Jalur Gemilang dan potret Tunku Abdul Rahman Putra Al-Haj, Bapa Kemerdekaan.
        Hari Terbuka 2026: pengedaran laporan PBD dari 8.00 pagi hingga 12.30 tengah hari; ibu bapa digalakkan berjumpa guru mata pelajaran.
        Larian Amal PIBG 5km, pendaftaran RM30 (termasuk baju & medal), bib bernombor 0001-1500 dikutip pada 7 Jun.
        Kuiz Sejarah: Siapakah Perdana Menteri Malaysia yang kedua? Jawapan: Tun Abdul Razak Hussein.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Assalamualaikum cikgu, saya ibu kepada Nur Aisyah Humaira binti Zulkifli (4 Cempaka). No tel sy 013-728 4195, boleh call lepas 5ptg.
        Nama: Muhammad Irfan Haikal bin Rosli, No. MyKid: 120418-10-1257, Kelas: 2 Arif, Penjaga: Rosli bin Abdul Manaf (bapa).
        Sila kemas kini alamat penjaga Puan Hasmah binti Othman: No. 27, Jalan Seroja 3/4, Taman Seroja Indah, 43000 Kajang, Selangor.
        Cikgu, anak saya Darwisy Iskandar (3 Bestari) ada epilepsi, tolong jgn bagi dia ikut aktiviti renang Sabtu ni. Ubat dia Epilim 200mg dlm beg kecik.
        Kes disiplin: Tan Wei Jie (5 Sains 1) didapati membawa vape ke sekolah pada 12/2/2026; ibu bapa telah dipanggil dan murid digantung sekolah 3 hari.
        Permohonan KWAPM: nama bapa Kamarudin bin Yusof, No. KP 790322-03-5521, penoreh getah, pendapatan bulanan RM1,150, tanggungan 6 orang.
        Yuran anak saya Siti Khadijah 1 Amanah dah transfer dari akaun Maybank 1641 2205 8893 atas nama Norhayati bt Ismail ye cikgu.
        Selamat pagi, ini nombor WhatsApp baru saya, Encik Ravichandran a/l Muniandy, bapa kepada Kavitha (6 Dedikasi): 016-552 0381.
        Rekod kaunseling: Nurul Izzah binti Hamdan, T4 Delima, menunjukkan tanda kemurungan selepas ibu bapanya bercerai; dirujuk ke Klinik Kesihatan Bandar Baru Bangi.
        Salam cikgu, suami saya Faizal bin Karim sedang direman kes dadah di IPD Sentul, jadi mohon anak kami Adam (Tahun 5 Bijak) dikecualikan yuran dulu.
        g-72814406@moe-dl.edu.my - itu emel DELIMa saya, Cikgu Norazlina binti Abd Rahman, guru kelas 3 Ibnu Sina. Hantar kerja kursus ke situ.
        Akaun DELIMa murid: m-40915273@moe-dl.edu.my, kata laluan sementara Bangi@2026, milik Aiman Hakimi bin Roslan (Tingkatan 1 Cempaka).
        SPM 2025: Lim Jia Hui, angka giliran WA041A087, keputusan 8A+ 1A, anak kepada Puan Goh Siew Ling yang berniaga kedai runcit di Taman Connaught.
        Penjaga sah Harith Danial ialah neneknya, Puan Che Mah binti Said, kerana hak jagaan diberikan oleh Mahkamah Syariah Kuala Terengganu, kes no. 11100-028-0412-2024.
        Cikgu tolong jangan bagi bapa Aqil, Shahrul Nizam bin Hashim, ambil Aqil kat sekolah. Ada IPO terhadap dia. Kereta dia Honda City putih VHB 7214.
        Anak saya Yusuf Zulkarnain bin Azman, T2 Bestari, disahkan ADHD oleh pakar HKL tahun lepas. Mohon cikgu bagi dia duduk depan.
        Saya Faridah binti Mohd Noor, bendahari PIBG, No. KP 820915-14-6032, penandatangan kedua untuk cek bernombor 000451.
        Bapa Chong Kah Meng (2 Harmoni) bekerja di Singapura, FIN G5123874K, alamat Blk 512 Jurong West St 52 #08-117, Singapore 640512 - rekod sebagai alamat kecemasan.
        Bayar yuran asrama guna kad debit 4572 0831 9046 2719, exp 09/28, CVV 415, nama atas kad ZAINAB BINTI HUSIN.
        Adik Muhammad Amirul Syafiq, 10 tahun, murid 4 Cerdik SK Taman Dahlia, hilang sejak 6 ptg semalam, pakai baju sukan kuning. Sesiapa nampak hubungi bapanya Encik Zamri 012-640 8817.
        Nur Qistina Batrisya, Tahun 3 Ceria, pemegang kad OKU JKM no. 1520-1123-0945, kategori masalah pembelajaran (sindrom Down).
        Alamat rumah Cikgu Roslan guru disiplin kat Lot 1182, Kampung Sungai Merab Luar, 43000 Kajang. Jom ziarah, isteri dia baru meninggal sebab kanser.
        Penyata gaji Lee Mei Fong (DG44, SMK Seri Kembangan) Mac 2026: gaji pokok RM6,482.15, potongan PTPTN RM210.00, gaji bersih RM5,017.40.
        Surat tunjuk sebab kepada Cikgu Mohd Firdaus bin Abu Bakar kerana tidak hadir bertugas 5 hari tanpa cuti; sijil sakit menyatakan gastritis kronik.
        Pasport anak: A58213947, NUR ALIYA SOFEA BINTI AZHAR, tarikh luput 14/07/2029 - untuk program pertukaran pelajar ke Jepun.
        Danish Hakimi bin Mohd Saufi (Tahun 6 Arif) disyaki dibuli, ada lebam di lengan kiri; ibunya Puan Rozita telah membuat laporan polis no. RPT/KJG/002187/26.
        Status BAP: MUHAMMAD HARRIS BIN SALLEHUDDIN, No. MyKid 150610-08-****, Tahun 5 Arif, SK Jalan Raja Chulan - DILULUSKAN.
        Cikgu, saya Puan Lau Siew Mei, rumah kami di 15, Lorong Kenari 8, Taman Sri Rampai, 53300 KL. Nak pindahkan Jayden Lau ke SJKC sebab tukar kerja.
        Sijil Kelahiran No. BX 728164 atas nama Putri Nur Alisya binti Kamal, lahir 03/09/2019 di Hospital Sultanah Aminah, untuk pendaftaran Tahun 1.
        Lapor: Muhammad Hazim (T3 Ibnu Khaldun) merokok di tandas Blok B; penjaga Encik Nordin (011-2094 5517) telah dimaklumkan.
        Ibu saya Hajah Rokiah binti Mat Isa, pesara guru SK Seri Aman, baru disahkan kanser payudara tahap 3. Mohon doa semua warga sekolah.
        Kereta dibenarkan masuk: WUK 2271 (Puan Salmah, ibu Hana 2 Dahlia), BMN 8810 (Encik Kumar, bapa Rishi 2 Dahlia).
        Cikgu, Aina (2 Harmoni) tak datang hari ni, demam denggi, masuk wad Hospital Serdang sejak semalam. - Nurul Huda, mak Aina
        Syukri bin Omar, bapa Ahmad Syakir (T5 Sains 2), pemandu lori dengan pendapatan RM2,300 sebulan, isteri tidak bekerja - layak Skim Pinjaman Buku Teks.
        Elaun jurulatih: Mohd Khairul Anuar bin Ismail, No. KP 880704-06-5573, CIMB 7062 1188 4530.
        Minit mesyuarat disiplin: Encik Wong Chee Keong mengaku anaknya Wong Jun Hao (4 Sains 3) mencuri telefon rakan sekelas dan bersetuju membayar ganti rugi RM1,200.
        Saya ayah kepada Nurin (5 Cempaka). No IC saya 851127-01-6089 utk borang kebenaran lawatan.
        Ujian saringan: Muhammad Aryan bin Faizal (Tahun 1 Bijak) - disahkan disleksia, BMI 13.2 (kurang berat badan), dirujuk ke Program Pendidikan Khas Integrasi.
        Cikgu Hamidah, ni emel sy rozaini.hamzah83@gmail.com, mak kepada Aqilah 4 Dedikasi. Hantar slip yuran ke emel ni ye.
        Bapa Nurul Syafiqah (T1 Amanah), Encik Rahim bin Daud, telah diisytiharkan bankrap (No. Kes WA-29NCC-1187-05/2025); mohon yuran tertunggak tidak dituntut.
        Murid asrama Siti Nur Batrisyia binti Anuar (T2 Ikhlas) ada diabetes jenis 1, kena ambil insulin setiap pagi; warden tolong simpan pen insulin dalam peti sejuk.
        Cikgu, saya Zulhilmi, abang Haziq 3 Gigih. Ayah kami baru keluar penjara bulan lepas, jadi saya penjaga sementara. No tel saya 017-305 9962.
        Laporan kemalangan: Lee Zhi Hao (T4 Sains 2) jatuh tangga Blok A, patah tangan kanan; dihantar ke Hospital Shah Alam.
        Penerima Biasiswa Kecil Persekutuan: Nur Farhana binti Abdullah Sani, No. KP 100224-12-1342, akaun BSN 1410 0298 7716 45.
        Boleh guna kad kredit 5521 9360 7418 8255 utk bayar yuran PIBG online tak? Nama Farah Adlina binti Jamal.
        Salam cikgu, Irdina (3 Ceria) tak dapat hadir kelas tambahan sebab dia mengandung 4 bulan. Kami dah bawa ke klinik. Tolong rahsiakan.
    """),
    "en": _lines("""
        Hi teacher, this is Mrs. Priya Nair, mother of Arjun (Form 3 Gemilang). Arjun has severe peanut allergy and carries an EpiPen. Emergency contact 012-918 3306.
        Parent contact update: Mr. Tan Boon Huat, father of Tan Xin Yi (3 Amanah), new address No. 8, Jalan Pinang 2, Taman Pinang, 81300 Skudai, Johor.
        Cikgu, pls add my husband in the class group. His WeChat id chenjw_1983, he is Chen Jia Wei, father of Chen Yu Xuan 1 Bestari, he don't use WhatsApp.
        Dear PIBG treasurer, the RM500 donation is from Dr. Mohd Hafiz bin Jaafar, father of Aisy (5 Bestari). He prefers not to be named in the speech. His number 019-332 7140.
        Noted with thanks. For the record, my daughter Sharmila d/o Ganesan (4 Dinamik) is under medication for anxiety disorder, so please excuse her from the public speaking test.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu AI untuk guru kelas. Jawab dalam Bahasa Melayu yang sopan.",
        ),
        ("user", "Tolong draf surat kepada ibu bapa pasal murid tak hadir 5 hari berturut-turut."),
        (
            "assistant",
            "Boleh. Sila berikan nama murid, kelas, tarikh tidak hadir dan nama penjaga jika mahu dimasukkan.",
        ),
        (
            "user",
            "Nur Iman Safiya binti Hazwan, 2 Dedikasi, tak hadir 2-6 Mac. Bapa dia Hazwan bin Said, tel 012-477 9021.",
        ),
        (
            "assistant",
            "Tuan, dimaklumkan bahawa anak tuan, Nur Iman Safiya binti Hazwan (2 Dedikasi), tidak hadir ke sekolah dari 2 hingga 6 Mac tanpa sebarang makluman...",
        ),
    ],
    [
        ("user", "Macam mana nak kira GPMP untuk satu kelas?"),
        (
            "assistant",
            "GPMP dikira dengan menjumlahkan nilai gred semua calon bagi mata pelajaran itu dan membahagikannya dengan bilangan calon.",
        ),
        (
            "user",
            "Ok ni markah Sejarah 5 Amanah: Ahmad Danial bin Kamal 78, Siti Sarah binti Yahya 45, Kumaresan a/l Raju 31, Ng Pei Shan 88. Kumaresan tu memang selalu gagal sebab dia ada masalah penglihatan teruk.",
        ),
        ("assistant", "Baik, saya akan tukar markah kepada gred dan kira GPMP."),
    ],
    [
        ("user", "Tolong semak nombor IC ni betul format tak"),
        ("user", "060514-11"),
        ("user", "-0238"),
        ("assistant", "Format YYMMDD-PB-###G kelihatan betul. Kod 11 ialah kod negeri Terengganu."),
        ("user", "ok tq, tu IC anak saya Wan Nur Aleesya, nak daftar SPM ulangan"),
    ],
    [
        (
            "system",
            "You are a counselling assistant for school counsellors. Do not store student data.",
        ),
        ("user", "Saya kaunselor sekolah. Ada murid T4 yang mencederakan diri, apa langkah awal?"),
        (
            "assistant",
            "Pastikan keselamatan segera, dengar tanpa menghakimi, maklumkan Pengetua dan penjaga, dan rujuk kepada pakar kesihatan mental.",
        ),
        (
            "user",
            "Nama dia Haikal Rizqi (4 Bestari), ada kesan kelar di pergelangan tangan. Mak dia Puan Suraya, 019-884 1276, nak saya call petang ni.",
        ),
        (
            "assistant",
            "Sebelum menelefon, sediakan nota ringkas dan cadangkan temu janji di klinik kesihatan.",
        ),
    ],
    [
        ("user", "Saya nak mohon pengecualian yuran PIBG, boleh ke?"),
        (
            "assistant",
            "Boleh. Biasanya sekolah pertimbangkan berdasarkan pendapatan isi rumah dan bilangan tanggungan.",
        ),
        (
            "user",
            "Saya ibu tunggal, Salina binti Abdul Ghani, kerja cleaner gaji RM1,600, anak 4 orang, yang sulung Amni kat T3 Cerdik. Saya sendiri ada kad OKU fizikal.",
        ),
        ("assistant", "Puan boleh isi borang pengecualian di pejabat am dan sertakan slip gaji."),
    ],
    [
        ("user", "Hi, I need to transfer my son to a school in Johor Bahru."),
        (
            "assistant",
            "Sure. You will need the transfer form, the latest report card and proof of address.",
        ),
        ("user", "He is Ethan Teo Jun Kai, Year 4 at SK Taman Pelangi."),
        (
            "user",
            "Our new address is 21, Jalan Harmonium 23/7, Taman Desa Tebrau, 81100 JB. I work in Singapore, my NRIC is T0561392I.",
        ),
        (
            "assistant",
            "Thank you. Please submit the form at PPD Johor Bahru together with the documents.",
        ),
    ],
    [
        (
            "user",
            "Buatkan mesej WhatsApp sopan untuk ingatkan ibu bapa yang belum bayar yuran kelas tambahan.",
        ),
        (
            "assistant",
            "Assalamualaikum dan salam sejahtera, ibu bapa yang dihormati. Ini peringatan mesra berkenaan yuran kelas tambahan...",
        ),
        (
            "user",
            "Tambah senarai ni: Alif Haziq (ayah 011-2877 6410), Balqis Sofia (ibu 013-905 2284), Daniel Lim (bapa 012-330 7718).",
        ),
    ],
    [
        ("user", "Saya guru disiplin, tolong ringkaskan laporan ni jadi 3 ayat."),
        (
            "user",
            "Pada 3/3/2026, murid Mohd Zikri bin Azlan (T5 Perdagangan) bergaduh dengan Ariff Imran (T5 Sastera) di kantin. Zikri cedera di kening dan dijahit 4 jahitan di Klinik Kesihatan Seksyen 7. Bapa Ariff, Encik Imran bin Latif, telah hadir dan memohon maaf.",
        ),
        (
            "assistant",
            "Pada 3 Mac 2026 berlaku pergaduhan di kantin antara dua murid Tingkatan 5. Seorang murid cedera di kening dan menerima rawatan. Bapa murid yang terlibat telah hadir dan memohon maaf.",
        ),
    ],
    [
        ("user", "Bendahari PIBG nak buat bayaran kepada pembekal baju sukan"),
        ("assistant", "Sila pastikan dua penandatangan diluluskan dan sediakan baucar bayaran."),
        (
            "user",
            "Penandatangan: YDP PIBG Encik Azlan bin Muda, KP 760208-10-5117, dan saya sendiri Rosmawati binti Che Din, KP 830419-03-5278. Akaun peribadi saya Maybank 1572 0094 3361 kalau perlu bayar balik.",
        ),
        ("assistant", "Baik, saya sediakan draf baucar tanpa memasukkan nombor akaun peribadi."),
    ],
    [
        ("user", "Saya nak kemas kini alamat dalam APDM untuk anak saya"),
        ("assistant", "Sila berikan nama murid, No. MyKid dan alamat baharu."),
        ("user", "Muhammad Ilham bin Sufian, 170925-14-0483"),
        (
            "user",
            "Alamat baru: B-12-07, Pangsapuri Seri Cempaka, Jalan Cheras Baru, 56100 Kuala Lumpur",
        ),
        ("assistant", "Terima kasih. Guru data sekolah akan mengemas kini rekod dalam APDM."),
    ],
]
