"""Blind check set ms19: Bahasa Melayu perumahan dan kerajaan tempatan (rumah sewa, perjanjian sewa, cukai taksiran PBT, bil TNB/Air Selangor/IWK, notis JMB, PPR dan Rumah Selangorku). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms19
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "iklan sewa"): _lines("""
        Bilik Master utk disewa di Sri Petaling, fully furnished, aircond + attached bathroom, 5 min jalan kaki ke LRT Bukit Jalil. RM750 all-in. Female only, no pets. PM utk viewing.
        [DISEWA] Teres 2 tingkat, Taman Sri Muda Seksyen 25 Shah Alam, 4 bilik 3 bilik air, partially furnished, RM1,400/bln. Deposit 2+1+0.5 (utiliti).
        Middle room kosong di Taman Tun Dr Ismail (TTDI), 7 min ke MRT Taman Tun Dr Ismail. RM620 termasuk wifi & air, elektrik kongsi ikut meter.
        Studio 450sf di Jalan Sultan Ismail, walking distance ke Monorail Raja Chulan, RM1,650 nego. Ejen: Hartanah Seri Mutiara Realty, tel pejabat 03-2141 7788.
        Rumah flat kos rendah Blok C, 3 bilik, tingkat 4 (tiada lif), RM600 sebulan. Sesuai utk keluarga kecil. Tak layan ejen.
        Room sewa murah area Bangi, dekat UKM, RM300 je! Single room, kipas je, takde aircond. Utk pelajar lelaki sahaja.
        Homestay Melaka dkt Jonker Street, RM120 semalam, muat 4 org, ada parking. Booking melalui website atau Agoda.
        Pangsapuri Seri Cempaka, Cheras - 3R2B, 1 parking, security 24 jam, kolam renang. Sewa RM1,300, available 1 Jan 2026.
        ** UNIT KOSONG ** Ruang tingkat 1 atas Restoran Ali Maju, Jalan P. Ramlee, sesuai utk pejabat kecil atau asrama pekerja.
        Harap maklum: penyewaan bilik kepada pekerja asing TIDAK dibenarkan di kondominium ini mengikut keputusan MC.
        Cari housemate! 2 bilik lagi kosong di condo Cyberjaya, RM550 sorang sebulan, share utiliti. Kerja shift ok, smoker no.
        Sewa bilik purata di Lembah Klang naik 8.5% tahun ini berbanding 2024 menurut laporan pasaran sewa suku ketiga.
        Rumah kampung untuk disewa di Kuala Selangor, tanah luas, boleh bela ayam. RM450 sebulan, air perigi + air paip.
    """),
    ("ms", "perjanjian sewa"): _lines("""
        PERJANJIAN SEWA INI dibuat pada ____ haribulan ________ 20__ ANTARA [NAMA TUAN RUMAH] (No. K/P: ______-__-____) ("Tuan Rumah") DAN [NAMA PENYEWA] (No. K/P: ______-__-____) ("Penyewa").
        Penyewa hendaklah membayar sewa bulanan sebanyak RM_______ pada atau sebelum hari ke-7 setiap bulan ke dalam akaun bank yang dinyatakan dalam Jadual Pertama.
        Deposit sekuriti bersamaan dua (2) bulan sewa akan dipulangkan tanpa faedah dalam tempoh 14 hari selepas tamat tempoh sewaan, tolak kos kerosakan (jika ada).
        Klausa 5.2: Penyewa tidak boleh menyewa kecil (sublet) premis atau mana-mana bahagian daripadanya tanpa kebenaran bertulis Tuan Rumah.
        Perjanjian sewa perlu dimatikan setem melalui sistem STAMPS LHDNM dalam tempoh 30 hari dari tarikh ditandatangani.
        Either party may terminate this Tenancy by giving not less than two (2) months' written notice - sila rujuk Klausa 9 untuk penalti penamatan awal.
        Jadual Kedua (Inventori): 1 unit peti sejuk, 2 unit penghawa dingin, 1 set sofa 3+2, langsir di semua bilik, 1 unit water heater.
        Tuan Rumah bertanggungjawab membayar cukai taksiran dan cukai tanah; Penyewa menanggung bil elektrik, air dan pembetungan (IWK) sepanjang tempoh sewaan.
        Sekiranya sewa tertunggak melebihi 14 hari, Tuan Rumah berhak mengenakan caj lewat 8% setahun ke atas jumlah tertunggak.
        Akta Sewaan Kediaman masih belum dikuatkuasakan; setakat ini pertikaian sewa biasanya dibawa ke mahkamah sivil berdasarkan Akta Kontrak 1950.
        DITANDATANGANI oleh Tuan Rumah di hadapan: ______________ Nama: ______ Jawatan: ______ Tarikh: ______
        Tip: Jangan sesekali tandatangan perjanjian kosong. Pastikan nama, no. K/P dan alamat premis diisi lengkap sebelum turunkan tandatangan.
        Templat perjanjian sewa ini percuma untuk dimuat turun dan bukan nasihat guaman. Versi 2.3, dikemas kini 12/09/2025.
    """),
    ("ms", "cukai taksiran PBT"): _lines("""
        Cukai taksiran Penggal 1 tahun 2026 perlu dijelaskan sebelum atau pada 28 Februari 2026; Penggal 2 sebelum atau pada 31 Ogos 2026.
        Bayaran boleh dibuat di kaunter Menara MBPJ, Jalan Yong Shook Lin, 46675 Petaling Jaya, atau dalam talian melalui portal rasmi (FPX/kad debit).
        Kadar cukai taksiran bagi pegangan kediaman di kawasan bandar ialah 5% daripada Nilai Tahunan, tertakluk kepada kelulusan Mesyuarat Penuh Majlis.
        Bantahan terhadap Senarai Nilaian baharu hendaklah dikemukakan secara bertulis di bawah Akta Kerajaan Tempatan 1976 (Akta 171) sebelum tarikh pendengaran.
        Kaunter Hasil DBKL, Menara DBKL 1, Jalan Raja Laut, 50350 Kuala Lumpur. Waktu operasi: Isnin-Jumaat 8.00 pg - 4.30 ptg.
        Pengecualian 50% cukai taksiran bagi rumah kos rendah berharga RM42,000 ke bawah diteruskan bagi tahun 2026.
        Aduan lampu jalan rosak, longkang tersumbat dan sampah tak dikutip: hubungi Pusat Aduan Majlis 1-800-22-6600 atau guna aplikasi aduan rasmi.
        Permohonan kebenaran merancang untuk ubah suai rumah teres (tambah dapur belakang) perlu disertakan pelan oleh Arkitek Berdaftar atau Pelukis Pelan Bangunan Berdaftar.
        Statistik: Majlis mengutip RM412.6 juta hasil cukai taksiran pada 2024, bersamaan 93.1% daripada sasaran tahunan.
        Datuk Bandar dalam Mesyuarat Penuh Majlis Oktober memaklumkan kadar cukai taksiran tidak akan dinaikkan bagi 2026.
        Waran tahanan boleh dikeluarkan ke atas pegangan yang cukai taksirannya tertunggak melebihi dua penggal berturut-turut.
        Kutipan sampah domestik di Zon 3 (Seksyen 7, 9, 13) ditukar ke hari Isnin dan Khamis mulai 1 Disember; sampah pukal setiap Sabtu minggu pertama.
        No. akaun cukai taksiran tertera di penjuru kanan atas bil anda, format: PJ-XXXXXXXX-XX. Masukkan tanpa tanda sengkang semasa bayaran online.
    """),
    ("ms-en", "bil utiliti"): _lines("""
        TNB: Tarif domestik baharu berkuat kuasa 1 Julai 2025 - caj tenaga 27.03 sen/kWj untuk penggunaan sehingga 1,500 kWj sebulan.
        Bil anda dikira berdasarkan bacaan anggaran (E) kerana meter tidak dapat diakses. Pastikan meter tidak dihalang oleh pintu pagar berkunci.
        Air Selangor: Gangguan bekalan air berjadual di 312 kawasan di Petaling, Klang/Shah Alam dan Kuala Langat pada 14-16 Disember kerana kerja penyambungan paip utama.
        Semak status gangguan air di app Air Selangor atau hotline 15300. Lori tangki akan ditempatkan di lokasi kritikal termasuk Hospital Tengku Ampuan Rahimah Klang.
        IWK: Caj pembetungan domestik untuk rumah kediaman di kawasan majlis bandaraya ialah RM8 sebulan, dibilkan bersama bil air.
        Penyahenapcemaran tangki septik (desludging) dijadualkan setiap 3 tahun. Careline IWK: 03-2780 8000, Isnin-Jumaat.
        Kenapa bil TNB naik mendadak bulan ni? Biasanya musim panas, aircond jalan lebih lama. Check penggunaan kWj dalam myTNB app, bukan jumlah RM je.
        Pelarasan Automatik Bahan Api (AFA) bulan Disember: pengguna domestik tiada caj tambahan bagi penggunaan sehingga 600 kWj.
        Pembayaran invois IWK INV/2025/118804 untuk kerja penyelenggaraan loji rawatan kumbahan Taman Melawati telah diterima oleh kontraktor.
        Meter pintar sedang dipasang secara berperingkat; 5.2 juta unit dijangka siap dipasang di Semenanjung menjelang hujung 2026.
        Jumlah Perlu Dibayar: RM0.00 - Terima kasih. Akaun anda telah dijelaskan sepenuhnya.
        Tip jimat elektrik: set aircond 24-25 darjah, tukar ke lampu LED, cabut plug charger. Boleh jimat sampai RM30 sebulan utk rumah teres.
        Air Selangor menegaskan kakitangannya TIDAK akan meminta nombor kad bank atau OTP melalui telefon. Laporkan panggilan scam ke talian 997 (NSRC).
    """),
    ("ms", "notis JMB"): _lines("""
        NOTIS KEPADA SEMUA PENGHUNI: Lif A dan lif B Blok Seroja akan diselenggara pada 10 Dis (Rabu) 9pg-5ptg. Mohon guna lif C. Harap maklum. - Pengurusan
        Caj penyelenggaraan dan sinking fund bagi suku Jan-Mac 2026 ialah RM0.28 psf + 10%. Bayaran melalui akaun JMB sahaja, bukan kepada individu.
        Mesyuarat Agung Tahunan (AGM) ke-7 Perbadanan Pengurusan Kondominium Mutiara Villa akan diadakan pada 18 Jan 2026, 10 pagi di Dewan Serbaguna.
        Penghuni dilarang menjemur pakaian di koridor dan balkoni menghadap jalan utama. Kompaun boleh dikenakan mengikut Undang-Undang Kecil bangunan.
        Peringatan: Kad akses baharu boleh diambil di pejabat pengurusan dengan menunjukkan perjanjian jual beli atau sewa. Caj kad hilang RM50.
        Sebarang pertikaian dengan JMB/MC boleh dirujuk kepada Pesuruhjaya Bangunan (COB) atau Tribunal Pengurusan Strata.
        Sila jangan buang minyak masak ke dalam singki - paip utama blok tersumbat 3 kali bulan ni. Kos pembaikan RM2,800 ditanggung dana penyelenggaraan.
        Gotong-royong perdana Blok D, Ahad ni 8 pagi. Sarapan nasi lemak disediakan. Jom turun ramai-ramai!
        Kerja fogging oleh Unit Kesihatan Persekitaran MBPJ pada 5 Dis, 6.30 ptg. Tutup tingkap dan alihkan makanan ke dalam almari.
        JMB berhak mengambil tindakan di bawah Akta Pengurusan Strata 2013 (Akta 757) terhadap pemilik petak yang gagal menjelaskan caj penyelenggaraan.
        CCTV di lobi dan tempat letak kereta dirakam 24 jam; rakaman hanya diserahkan kepada polis atas permintaan rasmi, bukan kepada penghuni secara individu.
        Pasar malam setiap Selasa di parkir Blok A ditangguhkan sementara akibat kerja turapan semula.
        Surau dan tandas awam aras G ditutup untuk kerja kalis air oleh kontraktor Syarikat Pembinaan Ah Kow & Anak-Anak Sdn Bhd.
    """),
    ("ms", "PPR dan Rumah Selangorku"): _lines("""
        Syarat permohonan Rumah Selangorku: warganegara Malaysia, berumur 18 tahun ke atas, pemohon dan pasangan tidak memiliki mana-mana rumah kediaman.
        Harga Rumah Selangorku Jenis A ialah RM42,000 manakala Jenis E dihadkan kepada RM250,000 mengikut polisi terkini.
        Pendaftaran PPR kini melalui Sistem Pendaftaran Terbuka (SPT) KPKT; pastikan maklumat pendapatan isi rumah dikemas kini setiap tahun.
        Dokumen diperlukan: salinan MyKad pemohon dan pasangan, slip gaji 3 bulan terkini, sijil nikah/cerai, surat pengesahan majikan. Jangan hantar dokumen asal.
        Status 'DALAM PROSES' bermaksud permohonan anda telah lengkap dan sedang menunggu proses pemilihan.
        Kadar sewa unit PPR di Kuala Lumpur kekal RM124 sebulan bagi tahun 2026.
        Seramai 38,214 pemohon berdaftar dalam senarai menunggu PPR di Wilayah Persekutuan setakat Jun 2025.
        S: Boleh mohon Rumah Selangorku kalau rumah keluarga atas nama parents? J: Boleh, asalkan pemohon dan pasangan sendiri tidak memiliki rumah.
        Lembaga Perumahan dan Hartanah Selangor (LPHS), Tingkat 3, Podium Utara, Bangunan Sultan Salahuddin Abdul Aziz Shah, 40503 Shah Alam.
        Projek RSKU Residensi Seri Jati, Setia Alam: 856 unit, keluasan 1,000 kaki persegi, 3 bilik tidur, 2 bilik air.
        Skim Rumah Pertamaku (SRP) menawarkan pembiayaan sehingga 100% untuk pembeli rumah pertama dengan harga tidak melebihi RM500,000.
        AWAS PENIPUAN! Tiada 'ejen' atau 'orang dalam' yang boleh menjamin kelulusan PPR. Semua permohonan adalah PERCUMA.
        Templat surat rayuan: Saya, {NAMA}, No. K/P {NO_KP}, ingin merayu keputusan permohonan Rumah Selangorku No. Rujukan {NO_RUJ} atas sebab berikut:
    """),
    ("ms-en", "forum dan media sosial"): _lines("""
        Guys, landlord tak nak pulangkan deposit sebab katanya dinding kotor. Normal wear and tear pun nak potong ke? Any advice?
        PSA: bila masuk rumah sewa, ambil gambar & video setiap sudut, save dalam Google Drive with timestamp. Sangat membantu masa nak claim deposit.
        Rumah sewa zaman belajar aku dulu seram macam rumah dalam Hantu Kak Limah Balik Rumah, lampu koridor pulak rosak 3 bulan.
        Upin & Ipin tinggal dengan Opah & Kak Ros kat kampung, takde drama sewa. Hidup kita je susah haha
        Anyone here duduk PPR Seri Semarak? Keadaan lif macam mana sekarang? Tengah consider nak mohon situ.
        Tunku Abdul Rahman proclaimed merdeka at Stadium Merdeka in 1957; banyak rumah kedai sebelum era tu sekitar Jalan Petaling kini jadi hostel bajet.
        Harga rumah kat KL dah tak masuk akal. Median harga RM500k+ tapi median gaji RM3k. Macam mana nak beli?
        Kenapa IWK bill still datang walaupun rumah guna tangki septik sendiri? Rupanya caj tu untuk desludging berjadual.
        Tips first-time renter: 1) check tekanan air 2) tengok meter TNB 3) tanya pasal parking 4) baca klausa deposit betul2.
        Lat punya Kampung Boy - rumah atas tiang, no cukai taksiran, no JMB drama lol. Simpler times.
        P. Ramlee pernah tinggal di Jalan Dedap, Setapak; rumah tu sekarang jadi Pustaka Peringatan P. Ramlee, boleh lawat free.
        Siapa pernah claim kat Tribunal Tuntutan Pembeli Rumah? Had tuntutan RM50k kan? Nak saman developer sebab defect tak siap-siap.
    """),
    ("ms-en", "sistem dan templat"): _lines("""
        AirSelangor: Bil anda bagi akaun {ACC_NO} berjumlah RM{AMOUNT} perlu dibayar sebelum {DUE_DATE}. Abaikan jika telah dibayar.
        [myTNB] Your payment of RM187.40 has been received. Ref: TXN20251203-884127. Thank you.
        UPDATE tenants SET ic_no = NULL, phone = NULL WHERE lease_end < '2019-01-01'; -- purge ikut polisi retensi 7 tahun
        rumahku-portal v2.8.1 (build 4f9c2e1) - fix: status permohonan RSKU tidak dikemas kini selepas rayuan dihantar.
        sha256(perjanjian_sewa_template_v2.pdf) = 4a3a4af07993b25e54c2aa647922186baba5ee2746bf1fe0d774f350aa451835
        Pos Laju EM448812903MY: 200 keping kad akses baharu dalam penghantaran ke pejabat pengurusan Blok A.
        Ralat 403: Sesi anda telah tamat. Sila log masuk semula ke Portal e-Bayar PBT.
        {"ts":"2025-12-03T08:14:22+08:00","event":"bill_generated","tariff":"DOMESTIK","kwh":412,"amount_rm":118.35}
        Nama Penuh (seperti dalam MyKad): ____________ No. MyKad: ______-__-____ No. Tel: ___-_______ Alamat Premis: ____________
        Contoh pengisian borang: Ali bin Abu, No. K/P 800101-14-5555, No. 1, Jalan Contoh 1/1, 50000 Kuala Lumpur (data contoh sahaja).
        Notis PDPA: Maklumat peribadi anda digunakan untuk memproses permohonan sahaja dan tidak akan didedahkan kepada pihak ketiga tanpa persetujuan anda.
        Webhook aduan: {id, kategori, lokasi_lat, lokasi_lng, status, created_at}; jangan simpan no. telefon pengadu dalam log aplikasi.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Bilik utk disewa di Taman Melawati, RM450. Minat call/WhatsApp Kak Rohana 013-728 4419 (lepas 6ptg ya).
        Assalamualaikum tuan, saya Mohd Faizal bin Rashid, nak tanya bilik sewa kat Seksyen 7 tu ada lagi ke? No saya 019-551 0372.
        PENYEWA: NURUL HIDAYAH BINTI SALLEH (No. K/P: 920517-10-5382), beralamat di No. 18, Jalan Cempaka 2/4, Taman Cempaka, 68000 Ampang, Selangor.
        Deposit RM2,400 tu tolong bank in ke Maybank 1641 2237 8856 a/n Lee Kok Wai ya, lepas tu send resit kat sini.
        Aduan: Penghuni unit B-12-07 (Encik Lim Chee Keong) selalu karaoke kuat sampai pukul 2 pagi setiap hujung minggu. Dah tegur 3 kali tak jalan.
        Senarai tunggakan melebihi 6 bulan: A-05-03 Rajeswari a/p Muniandy RM3,418.60; C-11-09 Hafiz bin Azman RM2,150.00. Sila jelaskan segera.
        Pemohon: Siti Aminah binti Ismail, 41 tahun, ibu tunggal 3 anak, pembantu kedai dgn pendapatan RM1,650 sebulan, K/P 840923-01-6124.
        Tolong utamakan permohonan kami, anak saya Muhammad Aqil bin Roslan (7 thn) ada asma teruk, doktor kata rumah lembap berkulat kat Flat Sri Kota Blok 2 ni memburukkan keadaan dia.
        Myvi putih WVB 8823 asyik park kat petak OKU depan Blok C, owner dia duduk unit C-3-5. Tolong JMB ambil tindakan.
        Slip gaji Oktober: KHAIRUL ANUAR BIN DAUD, Pemandu, Gaji Pokok RM2,150.00, Elaun RM300.00, KWSP RM270.00 - lampiran permohonan Rumah Selangorku.
        Tuan rumah saya Encik Gopal a/l Subramaniam tengah disaman bank kat Mahkamah Sesyen Shah Alam sebab tak bayar loan, takut rumah No. 41 Jalan Bayu 3 ni kena lelong.
        Penyewa: Tan Wei Ling, NRIC S8734561J, warganegara Singapura, kerja di Woodlands, sewa bilik di Taman Pelangi JB mulai 1/1/2026.
        Pelajar dari China, Liu Haoran, no. pasport EA8721654, cari bilik dekat UM, boleh hubungi WeChat liuhr_0915.
        Bil TNB atas nama PUSPAVALLI A/P RAMASAMY, No. Akaun 220014587731, No. 7, Jalan Kenari 5, Taman Sri Andalas, 41200 Klang - tunggakan RM642.15.
        Nak tukar nama akaun Air Selangor dari arwah ayah, Abdul Rahim bin Yusof, ke nama saya Noraini binti Abdul Rahim. No akaun 7004551238. Dokumen apa perlu?
        Permohonan RSKU anda (Nama: NUR IZZATI BT KAMARUL, No. KP: 950814-10-XXXX) telah DILULUSKAN untuk projek Residensi Seri Jati, Setia Alam.
        Sila emailkan salinan perjanjian ke hazwan.jamil88@gmail.com - Hazwan, unit 12-3A Pangsapuri Sri Ixora, Puchong.
        Jiran sebelah, Puan Chong Mei Ling rumah no. 23 Jalan Kemboja 4, rupanya dah diisytiharkan bankrap tahun lepas, sebab tu rumah dia kena lelong.
        Saya Rosmawati binti Hassan, baru bercerai Oktober lepas di Mahkamah Syariah Klang, nak mohon PPR sebagai ibu tunggal. Boleh ke?
        Hati2 dgn penyewa nama Azlan bin Mokhtar (IC 891102-08-5417), pernah lari tak bayar sewa 4 bulan kat Ipoh & ada rekod polis kes dadah.
        Unit tingkat bawah PPR Pantai Dalam diutamakan untuk Encik Ravi a/l Krishnan, pemegang kad OKU (lumpuh kedua-dua kaki) sejak kemalangan 2021.
        Isteri saya Farah Nadia binti Kassim mengandung 8 bulan, kami tinggal tingkat 15 Blok B PPR Seri Cempaka, lif rosak dah 2 minggu. Tolong la JMB!
        Dalam perjanjian sewa, tuan rumah: WONG KA HO, HKID K385712(3), alamat surat-menyurat Flat 12B, Tower 3, Laguna City, Kwun Tong, Hong Kong.
        Petak parking P2-118 telah ditetapkan kepada Encik Daniel Ong Jia Hao, kereta Honda City VBH 2207, unit 17-02.
        Auto-debit bil IWK guna kad Visa 4364 8500 1235 7737 (exp 08/28) atas nama Suhaila binti Abdul Ghani.
        Notis pengosongan: Penyewa unit 7-12-04 PPR Kerinchi, Encik Zulkifli bin Omar, gagal membayar sewa 9 bulan (RM1,116) dan perlu mengosongkan unit sebelum 31 Januari 2026.
        Suami saya Hairul kerja guard gaji RM2,400, saya tak kerja sebab jaga ayah yang kena strok. Kami sewa bilik kat Sentul je sekarang. - Norliza, 011-2784 6651
        Laporan polis SENTUL/012345/25: rumah Encik Tharmalingam a/l Periasamy di No. 4, Lorong Haji Taib 2 dipecah masuk malam tadi, TV dan emas dicuri.
        Majikan sewa rumah untuk pekerja Bangladesh, Md. Rahim Uddin, pasport EG0381726, permit kerja sah sampai Mac 2026, alamat No. 9 Jalan Perindustrian 3, Rawang.
        Encik Kamal dari unit D-8-2 tu ada skizofrenia, selalu menjerit malam-malam; family dia tak ambil peduli langsung.
        Sila hantar borang rayuan ke rumah saya: Pn. Hamidah bt Yaakob, No. 56, Jalan Merbau 3, Kampung Baru Subang, 40150 Shah Alam.
        Admin group WhatsApp Penduduk Taman Seri Muda: Abg Jefri 017-335 9082. Nak join, whatsapp dia terus.
        Kak Yati unit 3A Jalan Mawar 7, sewa bulan Nov RM850 belum masuk lagi. Minggu ni tak bayar juga saya terpaksa potong deposit. - Tuan rumah
        Suami: Mohd Shahrul bin Ahmad (K/P 860405-14-5671), Isteri: Nor Azura binti Mat (K/P 880911-03-5898) - pendapatan isi rumah RM3,850.
        Penyewa baru unit Medini, Iskandar Puteri: Cik Priya Nair, pemegang FIN Singapura G5532107N, tel +65 9123 4870.
        Alamat rumah baru kami: No. 12A, Jalan Bukit Indah 15/3, Taman Bukit Indah, 81200 Johor Bahru. Ahmad Syukri sekeluarga jemput datang rumah terbuka!
        Makcik Sabariah binti Hamzah, 78 tahun, tinggal seorang diri di Flat Desa Rejang Blok 3 tingkat 5, ada kencing manis dan dah tak larat naik tangga.
        Rumah Encik Ong Boon Huat di Lot 233, Kampung Baru Sungai Buloh didapati mengusik meter; TNB kenakan tuntutan RM12,870.
        Keputusan Tribunal Tuntutan Pengguna: penuntut Lau Siew Mei berjaya menuntut balik deposit RM4,500 daripada tuan rumahnya di Taman Connaught, Cheras.
    """),
    "ms-en": _lines("""
        Hi, I'm Jason Teoh, nak viewing unit 2R kat Arte Mont Kiara Sabtu ni. My no +6012-889 4017, email jasonteoh.kl@outlook.com.
        Tenant profile: Ng Siew Ling, 29, staff nurse di Hospital Sungai Buloh, gaji RM4,200 sebulan, no pets, non-smoker.
        Landlord minta payslip & salinan IC. IC saya 990306-14-6230 (Nurin Aqilah binti Zakaria). Normal ke ni?
        My housemate Hafiz Rahman curi barang dapur and still owes me RM780 utiliti share. IG dia @hafiz.rhmn_ - tag kalau kenal.
        Reminder to Mr. Chandran (unit 21-05, Residensi Harmoni): please move your Honda Civic BMK 6631 from the visitor bay by 6pm today.
        Dah transfer deposit RM1,800 ke CIMB 7064118299 a/n Yap Mei Fen, ref 'Sewa Unit 8-3 Dec'. Tolong confirm.
        Student from China, Chen Yuting (ID 440304199807163025), renting a room in SS2 PJ, boleh contact WeChat cyt_0716.
        My mum Puan Zaleha binti Idris has dementia, kami cari rumah sewa ground floor dekat Hospital Selayang sebab dia selalu wander keluar rumah.
        Court update: tenancy dispute Lim Ah Kow v Shanti a/p Velu, Mahkamah Majistret KL, claim RM9,600 tunggakan sewa, hearing 15 Jan 2026.
        WhatsApp me for viewing: Aunty Grace Loh 016-402 7715, bilik available at SS2, PJ.
        From: aishah.zainal@yahoo.com - Saya Aishah Zainal, tenant at No. 9 Jalan SS 15/4D Subang Jaya. Roof bocor dah 2 minggu, landlord tak angkat call.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "Anda ialah pembantu khidmat pelanggan maya Air Selangor. Jawab dengan sopan."),
        ("user", "Bil air saya bulan ni RM186, biasa RM40 je. Kenapa?"),
        (
            "assistant",
            "Kemungkinan ada kebocoran paip dalam premis. Boleh berikan nombor akaun untuk semakan?",
        ),
        (
            "user",
            "No akaun 7001284476, nama Roslina binti Jaafar, rumah No. 22 Jalan Teratai 6, Taman Sri Gombak",
        ),
        (
            "assistant",
            "Terima kasih, pegawai kami akan membuat pemeriksaan meter dalam 3 hari bekerja.",
        ),
    ],
    [
        ("user", "Tolong buatkan iklan bilik sewa, rumah teres Bandar Baru Bangi, RM400 sebulan"),
        (
            "assistant",
            "Bilik Sederhana Untuk Disewa - Bandar Baru Bangi. RM400/bulan, dekat kemudahan awam. Hubungi: [no. telefon]",
        ),
        ("user", "Ok letak nama Cik Wan Norhayati dgn no 012-667 8213, female sahaja"),
    ],
    [
        ("user", "Macam mana nak mohon PPR? Saya Rusli bin Harun, duduk kat Sentul"),
        (
            "assistant",
            "Boleh daftar melalui Sistem Pendaftaran Terbuka KPKT. Berapa pendapatan isi rumah?",
        ),
        ("user", "Saya kerja lori, RM2,100. Isteri tak kerja, 4 anak"),
        ("assistant", "Anda berkemungkinan layak. Sediakan salinan MyKad dan slip gaji."),
        ("user", "IC saya 780615-06-5239, boleh tolong check layak tak?"),
    ],
    [
        ("user", "Macam mana nak buat aduan jiran bising kat JMB?"),
        (
            "assistant",
            "Tulis aduan bertulis kepada pejabat pengurusan dengan tarikh, masa dan jenis gangguan.",
        ),
        (
            "user",
            "Tolong draftkan. Jiran atas unit 9-09-3 nama dia Encik Saiful Bahri, tiap malam gaduh dengan isteri, baling barang, siap ada budak menangis",
        ),
        ("assistant", "Baik, berikut draf aduan kepada pengurusan bangunan."),
    ],
    [
        (
            "user",
            "I'm Singaporean renting a condo in JB, agent asks for my details for the tenancy agreement",
        ),
        (
            "assistant",
            "Biasanya perlu nama penuh, nombor pengenalan dan alamat tetap. Pastikan salinan hanya diberi kepada ejen berdaftar.",
        ),
        (
            "user",
            "Ok so Muhammad Irfan bin Salleh, NRIC T0219874B, alamat Blk 215 Jurong East St 21 #08-134, Singapore 600215. Betul format ni?",
        ),
    ],
    [
        (
            "system",
            "You help a JMB manager write formal letters in Bahasa Melayu. Do not add information not given.",
        ),
        (
            "user",
            "Draft surat peringatan caj penyelenggaraan tertunggak: pemilik Puan Leong Siew Kuan, unit A-15-02 Kondominium Mutiara Villa, tertunggak RM5,226.40 sejak Mac 2025",
        ),
        (
            "assistant",
            "Tuan/Puan, PERINGATAN TUNGGAKAN CAJ PENYELENGGARAAN - Unit A-15-02. Sukacita dimaklumkan bahawa rekod kami menunjukkan tunggakan sebanyak RM5,226.40...",
        ),
    ],
    [
        ("user", "Cukai taksiran boleh bayar online ke?"),
        ("assistant", "Boleh, melalui portal PBT masing-masing menggunakan FPX."),
        (
            "user",
            "Bil masih atas nama arwah mak, Fatimah binti Osman, rumah No. 3 Jalan Anggerik 2, Taman Kosas, Ampang. Dia meninggal Ogos lepas. Nak tukar nama macam mana?",
        ),
        (
            "assistant",
            "Anda perlu mengemukakan sijil kematian, surat kuasa tadbir atau perintah pusaka, dan borang pindah milik kepada PBT.",
        ),
    ],
    [
        ("user", "Ada keutamaan OKU untuk Rumah Selangorku?"),
        (
            "assistant",
            "Ada kuota untuk pemohon OKU dan keluarga yang menjaga OKU. Perlu kad OKU JKM.",
        ),
        (
            "user",
            "Anak saya Adam Harith bin Zulkarnain, 11 tahun, cerebral palsy, kerusi roda. Kami sekarang sewa flat tingkat 4 tanpa lif kat Taman Sri Muda",
        ),
        ("user", "Saya Zulkarnain, tel 014-920 5537"),
    ],
    [
        (
            "system",
            "Konteks pelanggan (CRM): Nama: Kumaresan a/l Arumugam; Tel: 016-271 9984; Unit: C-07-11 Pangsapuri Seri Mawar; Status: tunggakan 2 bulan.",
        ),
        ("user", "Bila tarikh akhir bayar caj bulan ni?"),
        ("assistant", "Caj perlu dijelaskan sebelum 7 haribulan setiap bulan."),
    ],
    [
        ("user", "Bayaran bil TNB guna kad asyik gagal"),
        ("assistant", "Boleh nyatakan mesej ralat yang dipaparkan?"),
        ("user", "'Transaction declined'. Kad Mastercard 5521 1780"),
        ("user", "0461 3272, nama atas kad LIM PEI SHAN"),
        (
            "assistant",
            "Sila jangan kongsi nombor kad penuh di sini. Hubungi bank penerbit kad untuk semakan.",
        ),
    ],
]
