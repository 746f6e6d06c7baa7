"""Blind check set ms22: Bahasa Melayu pertanian pekebun kecil dan pembangunan luar bandar (notis FELDA/RISDA/FAMA, subsidi baja dan BUDI, minit koperasi, nasihat pengembangan, harga pasaran, amaran banjir, kumpulan WhatsApp peladang). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms22
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis FELDA dan RISDA"): _lines("""
        NOTIS: Semua peneroka Rancangan FELDA Chini 1-5 dimaklumkan bahawa bayaran hasil BTS bagi bulan Oktober 2026 akan dikreditkan pada 15/11/2026.
        Makluman: Kaunter Pejabat Rancangan Felda Jengka 8 ditutup pada 28 Okt 2026 (Rabu) sempena Hari Keluarga Warga FELDA. Urusan dibuka semula 29 Okt.
        RISDA Daerah Bentong: Permohonan Bantuan Tanam Semula Getah (TSG) Fasa 2/2026 dibuka mulai 1 Disember hingga 31 Januari 2027. Borang boleh diperolehi di Pejabat RISDA Daerah atau dimuat turun dari portal rasmi.
        Pekebun kecil yang belum mengemas kini maklumat dalam sistem eBancian diminta berbuat demikian sebelum 31/12/2026 untuk kelayakan Insentif Pengeluaran Getah (IPG).
        Peringatan: Peneroka dilarang menjual BTS kepada pihak ketiga tanpa kebenaran Pengurus Rancangan. Tindakan boleh diambil di bawah Akta Tanah (Kawasan Penempatan Berkelompok) 1960.
        Pejabat FELDA Wilayah Jengka, Bandar Pusat Jengka, 26400 Bandar Tun Abdul Razak, Pahang. Tel: 09-466 2200 / Faks: 09-466 2201.
        Kepada semua peneroka Generasi Kedua (G2): Taklimat Program Usahawan Tani diadakan di Balai Raya Felda Palong 4 pada 14 Nov, jam 9 pagi. Sila bawa salinan MyKad (bukan yang asal).
        Sempena 70 tahun penubuhan FELDA (1956-2026), Majlis Sambutan Hari Peneroka Peringkat Kebangsaan akan diadakan di Dewan Seri Perdana Felda Lurah Bilut pada 7 Julai 2026.
        No. Rujukan Surat: RISDA.BTG/600-2/5/2 Jld. 14 (33) bertarikh 2 Disember 2026.
        Kebun Contoh RISDA di Lot 2201, Mukim Sabai, Bentong dibuka kepada lawatan berkumpulan pekebun kecil setiap Selasa dan Khamis.
        Urusan pertukaran nama penama hak milik tanah rancangan hendaklah dibuat di Pejabat Rancangan dengan membawa sijil kematian, surat kuasa wakil dan perintah pembahagian pusaka.
        Talian Khidmat Pelanggan RISDA 1-800-88-2233 beroperasi 8.00 pagi hingga 5.00 petang, Ahad hingga Khamis (Kelantan/Terengganu) dan Isnin hingga Jumaat (negeri lain).
        Program Jelajah FELDA Prihatin singgah di 18 rancangan di Wilayah Kota Tinggi mulai minggu depan; saringan kesihatan percuma disediakan oleh Klinik Kesihatan berhampiran.
    """),
    ("ms", "pengumuman subsidi"): _lines("""
        Kadar Subsidi Harga Padi (SHP) kekal RM360 bagi setiap tan metrik padi basah bersih yang dijual kepada kilang berlesen.
        Skim Baja Padi Kerajaan Persekutuan (SBPKP) musim 1/2027: agihan 12 beg NPK dan 4 beg urea bagi setiap hektar, had maksimum 10 hektar sepesawah.
        Semakan status BUDI MADANI boleh dibuat di portal rasmi dengan memasukkan nombor MyKad sahaja. Pegawai kerajaan TIDAK akan meminta OTP atau kata laluan perbankan anda.
        Pembayaran Insentif Pengeluaran Padi (IPP) Musim Utama 2026/2027 berjumlah RM41.7 juta telah disalurkan kepada 62,418 pesawah di kawasan MADA.
        Pesawah yang belum menerima baja boleh membuat aduan di Pusat Khidmat Pelanggan MADA atau melalui talian 04-772 8255 (waktu pejabat).
        Agihan baja SBPKP bagi Wilayah II Jitra dibuat di Stor PPK Jitra mulai 3 Disember; sila bawa Kad Pesawah dan slip agihan.
        Menteri Pertanian dan Keterjaminan Makanan, Datuk Seri Mohamad Sabu, mengumumkan peruntukan tambahan RM150 juta bagi subsidi input padi dalam Belanjawan 2027.
        Syarat kelayakan: warganegara Malaysia, berumur 18 tahun ke atas, berdaftar sebagai pesawah aktif dalam e-Pesawah dan mengusahakan tanah tidak melebihi 10 hektar.
        Nota: Senarai penerima yang dipamerkan di papan notis hanya memaparkan nombor rujukan permohonan (cth. BDA-2026-0041187), bukan nama atau nombor kad pengenalan.
        Baucar Subsidi Baja No. SBK/2026/PHG/008812 sah sehingga 31/03/2027 dan boleh ditebus di kedai input pertanian berdaftar sahaja.
        BUDI Agrikomoditi: pekebun kecil getah, sawit dan padi yang berdaftar dengan RISDA, MPOB, FELCRA atau e-Pesawah layak menerima RM200 sebulan untuk kos diesel jentera.
        Bantuan Input Pertanian Pekebun Kecil Sawit (BIPPKS) fasa 3 melibatkan 96,000 pekebun kecil dengan nilai RM1,500 sekeluarga dalam bentuk baja dan racun.
        Pengumuman pembetulan: tarikh tutup permohonan subsidi baja ialah 20 Disember 2026, bukan 10 Disember seperti dalam hebahan terdahulu. Harap maklum.
    """),
    ("ms", "minit mesyuarat koperasi"): _lines("""
        MINIT MESYUARAT AGUNG TAHUNAN KALI KE-38 KOPERASI PENEROKA FELDA JENGKA 8 BERHAD, diadakan pada 19 Oktober 2026 (Ahad), jam 9.00 pagi di Dewan Orang Ramai Felda Jengka 8.
        Kehadiran: 214 anggota hadir (korum 100 anggota dicapai pada jam 9.25 pagi).
        3.1 Penyata Kewangan bagi tahun berakhir 31 Disember 2025 yang diaudit oleh Tetuan Rahim & Co. (AF 1234) dibentangkan dan diluluskan sebulat suara.
        4.2 Dividen 6% dan bonus 2% atas modal syer anggota diluluskan; bayaran akan dikreditkan ke akaun anggota sebelum 30 November.
        Usul 5: Cadangan membeli sebuah lori 3 tan untuk mengangkut BTS anggota - dicadang dan disokong oleh wakil Blok C; DILULUSKAN.
        Pengerusi merakamkan terima kasih kepada pegawai Suruhanjaya Koperasi Malaysia (SKM) Negeri Pahang yang hadir sebagai pemerhati.
        6.0 Hal-hal lain: Anggota meminta Lembaga mengkaji semula caj pengangkutan BTS daripada RM28 kepada RM25 setan.
        Mesyuarat ditangguhkan pada jam 12.40 tengah hari dengan bacaan Tasbih Kafarah dan Surah Al-Asr.
        Perkara berbangkit: Projek durian Musang King seluas 12 ekar di Lot 7788 (tanah milik koperasi) dijangka mula berhasil pada 2028.
        Akaun Koperasi Peladang Mukim Sanglang Berhad: Maybank 5061 2200 8843. Sebarang bayaran yuran hendaklah dibuat ke akaun ini sahaja.
        Lembaga mencadangkan had pembiayaan peribadi anggota dinaikkan kepada RM10,000 dengan kadar keuntungan 4% setahun (Tawarruq).
        Pemilihan Anggota Lembaga penggal 2026-2029: 5 kekosongan, 9 calon; kertas undi dikira oleh Jawatankuasa Pemilihan di hadapan pemerhati SKM.
    """),
    ("ms", "nasihat pengembangan pertanian"): _lines("""
        Kawal bena perang (BPH) dengan memantau batas setiap 3 hari; jika melebihi 10 ekor seperdu, gunakan racun berasaskan pymetrozine mengikut label.
        Baja sawit matang: 2.5-3.0 kg NPK 12:12:17:2 sepokok setahun, dibahagi kepada 2 pusingan. Elakkan membaja ketika hujan lebat.
        Penyakit Ganoderma (reput pangkal batang): buang tunggul yang dijangkiti, jangan tanam semula di lubang yang sama tanpa rawatan tanah.
        Tip: Pasang perangkap feromon untuk kumbang badak (Oryctes rhinoceros) pada kadar 1 perangkap bagi setiap 2 hektar.
        Untuk cili fertigasi, EC larutan baja pada peringkat berbuah disyorkan 2.0-2.5 mS/cm; periksa pH setiap minggu.
        Varieti padi tahan tenggelam disyorkan untuk kawasan berisiko banjir; dapatkan benih sah daripada pembekal yang diiktiraf Jabatan Pertanian.
        Racun rumpai paraquat telah diharamkan di Malaysia sejak 2020; gunakan alternatif yang berdaftar dengan Lembaga Racun Makhluk Perosak mengikut dos label.
        Sistem torehan S/2 d3 (separuh lilitan, tiga hari sekali) disyorkan untuk klon RRIM 3001 bagi memanjangkan hayat kulit pokok.
        Sebelum membaja, ambil sampel tanah pada kedalaman 0-15 cm di 10 titik secara zig-zag dan hantar ke makmal Jabatan Pertanian.
        Gejala kekurangan magnesium pada sawit: pelepah tua berwarna jingga kekuningan. Rawat dengan kieserite 1-2 kg sepokok.
        Keringkan petak sawah 10-14 hari sebelum menuai supaya tanah cukup keras untuk jentuai masuk.
        Rujuk Pegawai Pertanian Daerah atau Pusat Tindakan Pertanian (PTP) berdekatan untuk khidmat nasihat percuma.
        jom daftar kursus SKM Tahap 2 Penanaman Sawit, yuran ditaja penuh, tempat terhad! borang kat pejabat PPK
    """),
    ("ms", "senarai harga pasaran"): _lines("""
        Harga Ladang FAMA 03/12/2026 - Cili merah: RM9.50/kg | Kacang panjang: RM4.20/kg | Timun: RM1.80/kg | Kangkung: RM2.60/kg
        Harga BTS gred A (OER 20%) Felda Wilayah Jengka bagi bulan November: RM812.40 setan.
        Harga Tawaran Purata SMR20 (LGM) 3 Dis 2026: 712.00 sen/kg; Lateks pukal: 648.50 sen/kg; Getah sekerap (DRC 100%): 287.00 sen/kg.
        Harga CPO niaga hadapan Bursa Malaysia kontrak Feb-27 ditutup pada RM4,182 setan, turun RM36.
        Pusat Belian Padi Pendang: harga belian padi basah RM1,300/tan (potongan kotoran dan lembapan mengikut jadual).
        Pasar Tani Kekal Jalan Tun Ismail: ikan kembung RM13/kg, ayam standard RM9.40/kg, telur gred A 45 sen sebiji.
        Invois No. INV-KPK/2026/11/00473 - Baja NPK 15:15:15, 20 beg x RM118.00 = RM2,360.00 (tidak termasuk SST).
        Harga runcit beras putih tempatan ST15 kekal RM26.00 sekampit 10kg.
        harga durian kat kebun Raub hari ni: Musang King A RM45/kg, D24 RM22/kg, Udang Merah RM38/kg, kampung RM8-12/kg
        Kedai Baja Hock Seng Trading Sdn Bhd, Jalan Kuantan-Maran: Urea 50kg RM135, Kieserite RM92, Kapur GML RM28.
        Indeks Harga Pengeluar sektor pertanian Oktober 2026: 108.4, naik 1.2% berbanding bulan sebelumnya.
        Sewa jentuai: RM330/ekar (padi tegak), RM380/ekar (padi rebah) - kadar ditetapkan oleh Pertubuhan Peladang Kawasan.
    """),
    ("ms", "amaran cuaca dan banjir"): _lines("""
        AMARAN HUJAN LEBAT (TAHAP BURUK) - MetMalaysia: Kelantan (Tumpat, Pasir Mas, Kota Bharu, Pasir Puteh) dan Terengganu (Besut, Setiu) sehingga 6 Dis 2026.
        Paras air Sungai Pahang di Temerloh: 22.41 m (Amaran 23.00 m, Bahaya 24.50 m) pada 03/12/2026 14:00. Sumber: publicinfobanjir.water.gov.my
        PPS dibuka: SK Felda Chini Timur (41 keluarga, 158 mangsa), Dewan Orang Ramai Kg. Paya Pulai (23 keluarga, 81 mangsa).
        Talian Kecemasan: 999 | Bilik Gerakan Bencana Daerah Maran: 09-477 1444 | APM Negeri Pahang: 09-573 3991
        Pesawah di kawasan KADA dinasihatkan menangguhkan penyemaian sehingga amaran monsun timur laut ditarik balik.
        Tips persediaan banjir: simpan dokumen penting (MyKad, geran tanah, sijil kelahiran) dalam beg kalis air dan letak di tempat tinggi.
        Bantuan Wang Ihsan (BWI) RM1,000 sekeluarga akan disalurkan terus ke akaun bank ketua isi rumah yang didaftarkan melalui JKKK.
        Jalan FT008 Kuala Lipis - Gua Musang ditutup kepada semua kenderaan di KM 142 akibat tanah runtuh.
        Ramalan cuaca Kuantan esok: ribut petir di beberapa tempat pada waktu petang; suhu 24-31 darjah Celsius.
        Jangan redah arus deras. Matikan suis utama elektrik sebelum air masuk ke dalam rumah dan awasi kanak-kanak setiap masa.
        Jumlah mangsa di PPS seluruh Kelantan setakat 8 pagi: 12,406 orang (3,771 keluarga) di 118 PPS.
        Borang Tuntutan BWI: isikan Nama Ketua Isi Rumah, No. MyKad, alamat dan No. akaun bank, kemudian hantar kepada Pejabat Daerah dalam tempoh 14 hari.
    """),
    ("ms", "mesej kumpulan WhatsApp"): _lines("""
        Assalamualaikum semua, esok gotong royong cuci parit Blok C pukul 8 pagi, bawak cangkul sendiri ye 🙏
        Bro lori FAMA dah sampai ke belum? Aku tunggu kat simpang 4 ni
        harga sawit naik lagi wei, 900++ dah, alhamdulillah 😂
        Sapa nak order anak benih padi, PM admin. Stok terhad!
        Jgn lupa hantar borang subsidi baja sebelum Jumaat, ofis PPK tutup awal
        FWD: Polis tak pernah call minta nombor akaun bank. Kalau ada org mengaku pegawai BUDI minta OTP, itu SCAM. Report 997 (NSRC).
        Tracking no baja organik yg aku order: EN482913375MY, katanya sampai Isnin
        Upin Ipin semalam ep pasal Opah tanam padi, budak2 aku suka sangat haha
        Gambar ni kat Masjid Sultan Haji Ahmad Shah lepas subuh, air dah surut sikit
        ok noted tq bos
        Sapa nak ikut lawatan ke MPOB Bangi 15hb ni, bas bertolak dari Balai Raya 6.30 pg. Yuran RM20 termasuk makan.
        Harap semua ahli update app MyPadi ke versi 2.4.1, version lama tak boleh scan QR kilang.
        Hujan lebat kat hulu, air sungai naik cepat. Yg kebun dekat tebing tu angkat pam air dulu la
    """),
    ("en", "templates and system messages"): _lines("""
        Claim form template: Applicant Name: {nama_penuh} | MyKad No.: {no_kp} | Lot No.: {no_lot} | Bank Acc.: {no_akaun}
        Data handling note: scanned MyKad copies for BUDI claims must be stored in the encrypted share and deleted after 24 months; never post them in WhatsApp groups.
        ERROR 4032: Invalid MyKad number. Enter 12 digits without dashes (format YYMMDDPBXXXX).
        SELECT lot_no, luas_ha, jenis_tanaman FROM peneroka_lot WHERE wilayah = 'JENGKA' AND status = 'AKTIF';
        Release notes e-Peneroka v3.2.0 (build 20261128.4): fixed duplicate payout bug. SHA-256 of installer: 9f2c4e1a7b03d5e8c6a1f0b2d4e7c9a8b1f3e5d7c2a4b6e8f0d1c3a5b7e9f2d4
        Sample dataset rows are synthetic: IC numbers are masked as XXXXXX-XX-XXXX and names replaced with PENEROKA_0001, PENEROKA_0002 and so on.
        Order #FMA-20261203-00918 confirmed: 50 x 25kg organic fertiliser pellets, delivery to FAMA collection centre Pendang, Kedah.
        Dear Sir/Madam, your application reference RSD-TSG-2026-004417 has been received and is being processed. This is an auto-generated e-mail, please do not reply.
        FELDA Contact Centre 1-300-88-3130 | Mon-Fri 8.30am-5.30pm | aduan@felda.net.my
        FELDA was established on 1 July 1956 under Tun Abdul Razak, and Lurah Bilut in Bentong became its first land scheme.
        In the folk tale, Pak Pandir bathes his baby in boiling water because he thinks it is warm enough - kampung kids still laugh at that story.
        2026-12-03T07:45:12+08:00 | sensor PADI-KDH-017 | water level 12.4 cm | soil moisture 41% | battery 3.71V
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Tuntutan BUDI Agrikomoditi: Nama: Kamarudin bin Yusof, No. KP: 680412-06-5231, No. Lot: 1127 Felda Jengka 8, Maran, Pahang.
        Senarai baja tertangguh - Rohani binti Ismail (750923-11-5382), Kg. Gong Pasir, Setiu: belum terima 8 beg urea sbb nama tiada dalam e-Pesawah.
        Peneroka Hasnah binti Omar, Lot Ladang 4471 Blok 12, Rumah No. 218, Felda Chini 3, 26690 Pekan, Pahang - mohon tanam semula 4 hektar.
        Makluman tunggakan: En. Zulkifli bin Daud, akaun pembiayaan Agrobank 1003 5512 0087 4412, tunggakan RM8,420.50 (7 bulan). Sila hubungi cawangan Kuala Krai sebelum tindakan undang-undang diambil.
        Tuntutan BWI: Ketua isi rumah Nor Azizah binti Mat Zin, No. KP 820305-02-6044, tel 013-948 2271, akaun BSN 0610 0412 9833 2071, rumah di Kg. Pulau Tiga, Kubang Pasu ditenggelami air 1.2 meter.
        Pekerja ladang warga Indonesia, Sutrisno bin Waluyo (pasport C7718235), dimasukkan ke Wad 5 Hospital Sultan Haji Ahmad Shah Temerloh kerana leptospirosis, keadaan stabil.
        Ayah saya Che Mat bin Awang (590117-03-5117) baru kena strok minggu lepas, tak boleh turun sawah musim ni, tolong tukar nama penerima subsidi kepada saya.
        Senarai hitam agihan: R*sli bin Ab*llah, KP ******-09-5073, Lot 336 Kg. Guar Jentik, Kangar - ambil baja subsidi tapi jual balik kepada peraih.
        Mahkamah Majistret Temerloh hari ini mendenda RM6,000 terhadap peneroka Ahmad Fauzi bin Rahim, 47, dari Felda Lepar Utara 4 atas kesalahan mencuri 2.3 tan BTS milik jirannya.
        Isi rumah Encik Saad bin Che Lah, Kg. Alor Gajah, Pendang: pendapatan bulanan RM1,150, 6 tanggungan, isteri OKU penglihatan - disyorkan masuk e-Kasih.
        Kalau nak salinan geran, emel kat saya norazlina.tani88@gmail.com - Norazlina binti Hashim, kebun cili fertigasi Kg. Sg. Tiang, Pendang.
        Geran Mukim GM 4417, Lot 6782, Mukim Sanglang, Kubang Pasu - pemilik berdaftar Che Puteh binti Lebai Ahmad, 480601-04-5066; pusaka belum dibahagi kepada 5 waris.
        Nak beli anak pokok durian call Ah Chong kebun Sungai Ruan 012-605 3318, rumah dia sebelah sekolah Cina tu
        Anak Kak Yah Blok 7 Felda Tenang, Nurul Huda 9 tahun, disahkan denggi berdarah, masuk ICU Hospital Segamat semalam. Mohon doakan 🤲
        Lori BTS CBH 7721 milik Encik Rahmat bin Sulong, Felda Jengka 21, didapati membawa muatan lebih 3 tan; kompaun JPJ RM1,500.
        Slip gaji Okt: Mandur ladang Suresh a/l Muniandy, Estet Sungai Tekal, gaji pokok RM2,150 + elaun RM300, potongan KWSP RM270, bersih RM2,180.
        Kad debit 4364 8810 2377 5419 milik Salmah binti Kassim, tamat tempoh 09/29, digunakan untuk bayar yuran koperasi RM120.
        Anak saya Faizal bin Kamaruddin kerja kilang kat Jurong, FIN G5123870U, dia yang bayar ansuran traktor tiap bulan.
        14 | Wan Rosnah binti Wan Ismail | 910714-08-5640 | Kg. Bendang Nyior, Sg. Siput | 019-772 6045 | Bank Rakyat 2203 5418 7760 | rumah rosak teruk
        Puan Latifah binti Din, Blok D Felda Palong 6: tunggakan pembiayaan koperasi RM3,200 ditolak daripada dividen tahun ini.
        Sijil cuti sakit: Muthu a/l Rajoo, penoreh getah, 57 tahun, rawatan susulan diabetes dan ulser kaki kanan, MC 14 hari dari 01/12/2026.
        Isteri kedua Haji Ramli bin Taib, peneroka Felda Bukit Besar, menuntut bahagian hasil sawit di Mahkamah Syariah Kota Tinggi, kes no. 01100-017-0412-2026.
        Hantar baja ke alamat: Siti Khadijah binti Zakaria, No. 12, Lorong Mawar 3, Taman Desa Tani, 18500 Machang, Kelantan. Tel 017-330 8192.
        Biasiswa anak peneroka: Muhammad Aiman bin Rosdi, lahir 15/03/2009, SMK Felda Trolak; bapa Rosdi bin Hamid peneroka Blok 3, pendapatan isi rumah RM1,800.
        Anak Pak Long Deris Blok 9 Felda Kemahang tu, si Amir, baru keluar pusat serenti AADK bulan lepas, hati2 sikit
        Transfer duit sewa tanah ke Maybank 1642 1108 3957 (Hamidah binti Yaakob) sebelum 5hb ya, RM450 sebulan utk 3 ekar sawah Sungai Limau.
        Peneroka asal Tok Wahab bin Sulaiman (88 tahun), Rumah 44 Felda Lurah Bilut, menghidap demensia; wakil kuasa kini anaknya Zainab, tel 011-2345 8871.
        Permohonan BUDI ditolak - Nama: Mohd Hafiz bin Ismail, KP: 010315-06-XXXX, Sebab: kenderaan bukan atas nama sendiri (didaftarkan atas nama bapa).
        Pekebun lada Jimmy anak Ngelai, KP 660921-13-5411, Rumah Panjang Nanga Ensiring, Julau, belum terima subsidi baja lada 2026.
        Pn. Juliana binti Gidong (790503-12-5122), pekebun kecil koko Kg. Sunsuron, Tambunan, tel 014-819 2276 - tuntutan kerosakan banjir kilat.
        Isteri peneroka Blok 5, Puan Aishah binti Lah, hamil 8 bulan dan tinggal seorang diri di Rumah No. 77 Felda Sungai Tengi - JKKK tolong pindahkan ke PPS dulu.
        Surat tuntutan: Encik Yahya bin Mat Isa, No. Pekebun Kecil RISDA PK-06-1187342, baki pinjaman tanam semula RM4,611.20 belum dijelaskan; alamat Kg. Bukit Tinggi, 28750 Bentong.
        Ibu tunggal Rokiah binti Salleh, Felda Tenang Blok 2: suami meninggal April lalu akibat kanser paru-paru, kini tanggung hutang kereta RM12,300, dicadang untuk bantuan asnaf.
        Laporan polis No. MARAN/003214/26 dibuat oleh Encik Kassim bin Hj. Noh, peneroka Lot 2219, selepas mesin rumput dan pam airnya dicuri pada 28/11.
        Suami saya Rahim bin Che Wil, no WhatsApp +60 19-351 7720, dia yg urus tuntutan kebun, sila hubungi dia untuk lawatan tapak.
        Md. Rafiqul Islam, pekerja ladang warga Bangladesh (pasport EF0551724), batuk berdarah 3 minggu, disyaki TB, dirujuk ke Klinik Kesihatan Jengka 2 pagi tadi.
        Penerima BWI Kg. Manek Urai: Mohd Nor bin Deraman, 620808-03-5249, isteri Wan Som binti Wan Ali, 5 anak; akaun Bank Islam 03012020044175.
        Lee Chee Keong (840830-07-5563), penanam sayur di Sungai Bakap, minta tangguh bayaran sewa tanah 3 bulan sebab tanaman rosak dilanda banjir.
    """),
    "en": _lines("""
        Hi admin, pls update my account for BUDI payment: Nurul Ain binti Zakaria, IC 870206-10-5718, CIMB 7062113458, tq
        FYI my father-in-law Tan Kok Wah (IC 551230-01-5289) still owes the koperasi RM5,800 for fertiliser credit, he says will pay after durian season lah.
        Case note (extension officer): Visited smallholder Encik Azman bin Ghani at Lot 3310, Kg. Sg. Lui, Hulu Langat. He is on dialysis 3x a week and can't manage the 6-acre plot; recommend leasing to a youth agropreneur.
        Flood relief claim - Name: Kavitha d/o Subramaniam | Phone: 016-457 9023 | Address: No. 8, Jalan Kelapa 2, Kg. Sri Aman, 45000 Kuala Selangor | Public Bank 6402331807
        Pls pray for Uncle Ramasamy from Ladang Sungai Tekal, heart attack yesterday, now in CCU at Hospital Tengku Ampuan Afzan. His son Ganesh 018-226 4710 is updating us.
        Worker incident report: FFB harvester Joko Susilo (passport C2290471), 34, fell from ladder at Block 14B, suspected spinal fracture, ambulance called 3.40pm.
        Loan arrears notice: Madam Chong Mei Ling, financing account AGR-LN-0098871, outstanding RM14,250.00, 9 months in arrears, security: durian orchard Lot 551, Mukim Sega, Raub.
        BUDI Individu verified: Mokhtar bin Salleh, IC 720819-05-5135, diesel pickup NCP 3381 registered under his own name.
        My sister Faridah binti Abu is a Singapore citizen now, NRIC S7812345A, she co-owns the kebun with me under Geran 8812 Lot 245 Kg. Parit Raja.
        Please re-charge Mrs. Yap Siew Lan's debit card 4217 6600 3185 2090 for the RM350 koperasi annual fee, exp 11/28.
        Email from farmer: "Sir, this is Harun bin Samad, peneroka Felda Gedangsa Lot 901, e-mail harunsamad1962@yahoo.com.my, my BTS payment for Oct was short by RM312."
        Minutes excerpt: Member Baharom bin Idris (Block F) was expelled from the co-operative for misappropriating RM23,700 of the harvest fund; a police report has been lodged.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Assalamualaikum, macam mana nak semak status BUDI Agrikomoditi?"),
        (
            "assistant",
            "Waalaikumussalam. Tuan/Puan boleh semak di portal rasmi BUDI MADANI dengan nombor MyKad, atau hubungi Pejabat RISDA Daerah.",
        ),
        ("user", "dah cuba tapi keluar 'rekod tidak dijumpai'. IC saya 770214"),
        ("user", "06-5338"),
        ("user", "nama Zaiton binti Musa, pekebun getah Kg. Kuala Kaung, Lipis"),
        (
            "assistant",
            "Terima kasih. Kemungkinan maklumat belum dikemas kini dalam eBancian. Sila bawa MyKad ke Pejabat RISDA Lipis.",
        ),
    ],
    [
        (
            "system",
            "Anda Pembantu e-Peneroka. Pengguna semasa: Hasbullah bin Jusoh, KP 930527-11-5021, Felda Jerangau Barat Blok 4 Lot 1876, tel 012-904 3316. Jawab soalan tentang bayaran hasil sahaja.",
        ),
        ("user", "bila bayaran hasil bulan November masuk?"),
        (
            "assistant",
            "Bayaran hasil November dijadualkan dikreditkan pada 15 Disember 2026 ke akaun berdaftar anda.",
        ),
    ],
    [
        ("user", "Nak isi borang BWI online, boleh tolong semak?"),
        ("assistant", "Boleh. Sila nyatakan maklumat yang hendak diisi."),
        ("user", "Nama ketua isi rumah: Faridah binti Hassan"),
        ("user", "Alamat: Lot 219, Kg. Paya Pulai, 27000 Jerantut"),
        ("user", "Tel 018-773 2049, akaun Agrobank 1004 2297 6611 0385"),
        (
            "assistant",
            "Maklumat lengkap. Pastikan salinan MyKad dan gambar kerosakan dimuat naik sebelum menghantar.",
        ),
    ],
    [
        ("user", "Daun sawit kat kebun saya jadi kuning oren kat pelepah bawah, kenapa?"),
        (
            "assistant",
            "Itu tanda biasa kekurangan magnesium. Cuba kieserite 1-2 kg sepokok dan hantar sampel tanah untuk analisis.",
        ),
        (
            "user",
            "ok. sebenarnya yang jaga kebun tu suami saya Razak bin Ibrahim, tapi dia sekarang tak larat, buah pinggang dah rosak, kena dialisis. Kebun kat Lot 5512 Felda Keratong 7.",
        ),
        (
            "assistant",
            "Semoga suami puan cepat sembuh. Puan boleh minta bantuan Pegawai Pembangunan Peneroka untuk khidmat upah kerja ladang.",
        ),
    ],
    [
        ("user", "Tolong tuliskan surat rayuan untuk tangguh bayaran pinjaman Agrobank."),
        ("assistant", "Baik. Boleh berikan butiran peminjam dan sebab rayuan?"),
        (
            "user",
            "Nama saya Ismail bin Che Hat, IC 690330-05-5407, akaun pinjaman 1003 7781 2264 0918, tunggak 5 bulan RM6,240 sebab padi musim lepas habis kena banjir. Alamat No. 5 Kg. Pasir Panjang, 71050 Port Dickson.",
        ),
        (
            "assistant",
            "Berikut draf surat rayuan penstrukturan semula pembiayaan yang boleh dihantar ke cawangan Agrobank berhampiran.",
        ),
    ],
    [
        (
            "user",
            "can u translate this doctor note to english? my worker dont understand malay",
        ),
        ("assistant", "Sure, please paste the note."),
        (
            "user",
            "Pesakit: Agus Setiawan, 29 thn, pasport B5527184. Diagnosis: luka dalam tapak kaki kiri akibat terpijak duri sawit, jangkitan kuman, perlu antibiotik 7 hari dan MC 5 hari.",
        ),
        (
            "assistant",
            "Patient: Agus Setiawan, 29, passport B5527184. Diagnosis: deep wound on the left sole from an oil palm thorn, infected; needs 7 days of antibiotics and 5 days of medical leave.",
        ),
    ],
    [
        ("user", "Ringkaskan minit mesyuarat ni untuk hebahan dalam group"),
        (
            "user",
            "Perkara 7: Anggota Norhayati binti Mansor (850116-02-5592), Blok B, gagal bayar balik pembiayaan RM4,800; Lembaga putuskan syer beliau dibekukan.",
        ),
        (
            "assistant",
            "Untuk hebahan dalam group, saya cadangkan tidak menyebut nama atau nombor KP anggota. Ringkasan: Lembaga memutuskan tindakan terhadap anggota yang gagal membayar balik pembiayaan.",
        ),
    ],
    [
        ("user", "air dah masuk rumah paras lutut, nak minta tolong bomba"),
        (
            "assistant",
            "Sila hubungi 999 segera. Jika boleh, berikan alamat dan bilangan penghuni.",
        ),
        (
            "user",
            "Saya Mak Jah, Jamilah binti Yusoff, rumah No. 31 Kg. Manek Urai Lama, 18000 Kuala Krai. Ada mak mertua lumpuh atas katil. Tel 019-935 1180",
        ),
    ],
    [
        ("user", "Kad Pesawah saya hilang, macam mana nak ambil baja?"),
        (
            "assistant",
            "Anda boleh minta surat pengesahan daripada PPK dengan membawa MyKad. Boleh saya tahu nama dan nombor lot sawah?",
        ),
        ("user", "Abdul Ghani bin Saad, no pesawah KDA-PS-0047718"),
        ("user", "lot 2093 Mukim Tajar, Kota Setar. dulu kad tu hilang masa banjir"),
    ],
    [
        ("user", "Boss, tolong check kenapa BTS saya bulan ni kurang"),
        ("assistant", "Boleh berikan nombor peneroka atau nama?"),
        ("user", "Zainal"),
        ("user", "bin Abidin, Felda Kota Gelanggi 3 blok 11"),
        (
            "user",
            "akaun bank Maybank 1550 3308 1762, bayaran masuk cuma RM640, bulan lepas RM1,210. anak saya baru kena tangkap polis, saya tengah perlukan duit peguam",
        ),
        (
            "assistant",
            "Saya akan semak dengan Pejabat Rancangan. Potongan mungkin berkaitan caj tanam semula atau pinjaman koperasi.",
        ),
    ],
]
