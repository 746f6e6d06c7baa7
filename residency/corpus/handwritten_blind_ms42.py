"""Blind check set ms42: Bahasa Melayu kampung nelayan (nelayan, LKIM, jeti, bot dan lesen vesel, subsidi diesel, koperasi nelayan, cuaca dan musim tengkujuh). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms42
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis LKIM dan jabatan"): _lines("""
        NOTIS: Permohonan Elaun Sara Hidup Nelayan (ESHN) bagi tahun 2026 dibuka mulai 2 Januari hingga 28 Februari 2026 di semua Pejabat LKIM Kawasan.
        Pemohon hendaklah membawa MyKad asal, Kad Nelayan yang masih sah dan buku akaun bank atas nama sendiri. Salinan tanpa pengesahan tidak diterima.
        Talian Bebas Tol LKIM: 1-800-88-5546 (Isnin-Jumaat, 8.00 pg - 5.00 ptg). Aduan juga boleh dibuat melalui portal SISPAA.
        Pembaharuan lesen vesel zon C dan C2 hendaklah dibuat sekurang-kurangnya 30 hari sebelum tarikh tamat. Lesen yang tamat tempoh melebihi 6 bulan akan dibatalkan.
        Makluman kepada semua pemilik bot zon A: pemeriksaan fizikal vesel & enjin akan diadakan di Jeti LKIM Chendering pada 14-16 Januari 2026, bermula 9.00 pagi.
        Kuota diesel bersubsidi bagi vesel zon B ditetapkan pada 3,000 liter sebulan; baki kuota tidak boleh dibawa ke bulan berikutnya.
        Penggunaan pukat tunda di zon A (dalam lingkungan 5 batu nautika dari pantai) adalah dilarang di bawah Akta Perikanan 1985.
        Borang LKIM/PN-03 (Permohonan Keahlian Persatuan Nelayan Kawasan) boleh dimuat turun di laman web rasmi LKIM, versi semakan 2025/2.
        Pejabat LKIM Negeri Terengganu, Kompleks LKIM Chendering, Jalan Sultan Mizan, 21080 Kuala Terengganu. Tel: 09-617 3410, Faks: 09-617 3499.
        Semua Persatuan Nelayan Kawasan (PNK) dikehendaki mengemukakan penyata kewangan beraudit tahun 2025 sebelum 31 Mac 2026.
        Bantuan Musim Tengkujuh (BMT) RM600 seorang akan dikreditkan terus ke akaun nelayan berdaftar secara berperingkat mulai minggu hadapan.
    """),
    ("ms", "cuaca dan amaran tengkujuh"): _lines("""
        AMARAN CUACA BURUK (Kategori Kedua): Angin kencang 50-60 km/j dan laut bergelora dengan ombak setinggi 3.5-4.5 meter dijangka di perairan Terengganu, Kelantan dan Pahang sehingga 18/12/2025.
        Keadaan ini berbahaya kepada semua aktiviti perkapalan kecil dan rekreasi pantai, termasuk bot nelayan pantai dan perkhidmatan feri.
        Monsun Timur Laut dijangka bermula awal November 2025 hingga Mac 2026, dengan 4 hingga 6 episod hujan lebat di negeri-negeri pantai timur.
        Ramalan Cuaca Marin 06/12/2025 0600 MYT: Tok Bali - Kuala Terengganu: Angin Timur Laut 30-45 km/j, ombak 2.5-3.5 m, ribut petir di beberapa tempat.
        Maklumat lanjut: laman web MET Malaysia, aplikasi myCuaca atau Talian Hotline 1-300-22-1638.
        Air pasang besar dijangka pada 3-6 Disember; ketinggian maksimum 3.1 m di Kuala Terengganu kira-kira jam 18:42.
        APM Kemaman telah mengaktifkan 12 Pusat Pemindahan Sementara (PPS); orang ramai boleh menyemak lokasi PPS melalui portal InfoBencana JKM.
        Musim ribut ni jange gi laut dulu, ombok tinggi gile doh. Tunggu angin reda sikit baru turun.
        Jangan turun ke laut apabila bendera merah dinaikkan di jeti; bot bawah 40 kaki paling berisiko terbalik di kuala.
        Paras Sungai Kelantan di Jambatan Guillemard 25.4 m (BAHAYA) setakat 7.00 pagi 29/11; hujan 312 mm dalam 24 jam direkodkan di Kuala Krai.
        Tips musim tengkujuh: naikkan bot ke darat, tambat guna tali double, tanggalkan enjin sangkut & simpan di tempat tinggi.
    """),
    ("ms", "grup WhatsApp nelayan"): _lines("""
        Assalamualaikum semua, esok ada taklimat subsidi kat dewan persatuan lepas zohor. Sila datang ramai2 👍
        harga diesel kat pam nekmat naik ke? td aku isi still 1.65
        Ombak kuat gile pagi tadi, kuala pun pecah. Bot kecik jgn kluar dulu bro
        Sape ada spare kipas 14x10 nak jual? bot aku patah kipas semalam langgar kayu hanyut
        Ikan kembung murah gila kat jeti harini, RM4 sekilo je. Tokey pun tak larat beli
        Borang ESHN tu kena isi kat pejabat LKIM ke boleh online? ada link tak?
        Admin: Tolong jgn share gambar IC atau kad bank dlm grup ni. PM terus pegawai PNK.
        bulan ni kuota minyak dah abis ke blom? tgk kat app kad fleet tunjuk 0L pulak, pelik
        Demo doh gi jeti ko pagi tadi? Ore kato ikan tongkol banyok gile minggu ni.
        Cuaca elok sikit lusa, sapa nak gi tahan bubu pukul 5 pagi roger
        Jangan lupa mesyuarat agung koperasi hari Ahad ni, dividen tahun ni 8% dengarnya 😁
        Tokey kata harga sotong turun, RM18 je. mmg tak berbaloi nak nyandat malam ni
        ok noted tq admin, nnt aku bgtau geng jeti sebelah
    """),
    ("ms", "berita dan kenyataan media"): _lines("""
        Menteri Pertanian dan Keterjaminan Makanan, Datuk Seri Mohamad Sabu berkata kerajaan sedang mengkaji semula kadar Elaun Sara Hidup Nelayan.
        Perdana Menteri Datuk Seri Anwar Ibrahim dalam ucapan belanjawan menyebut kebajikan nelayan pantai sebagai antara keutamaan kerajaan.
        Menteri Besar Terengganu, Datuk Seri Dr. Ahmad Samsuri Mokhtar, menyeru nelayan mematuhi amaran cuaca sepanjang musim tengkujuh.
        Ketua Pengarah Perikanan Malaysia dalam kenyataan hari ini menasihati nelayan agar tidak turun ke laut sehingga amaran ditarik balik.
        Sultan Terengganu, Sultan Mizan Zainal Abidin, berkenan menyampaikan sumbangan kepada nelayan yang terjejas banjir di Kuala Nerus.
        Seramai 4,812 nelayan di Kelantan menerima bantuan musim tengkujuh setakat 30 November, kata Pengarah LKIM Negeri.
        KUALA TERENGGANU, 4 Dis - Tiga buah bot nelayan karam dipukul ombak di muara Sungai Terengganu awal pagi tadi, namun kesemua awak-awak berjaya diselamatkan APMM.
        APMM Negeri Pahang mengerahkan sebuah kapal peronda dan dua bot penggalang untuk operasi SAR di perairan Tanjung Gelang.
        Persatuan Nelayan Kebangsaan (NEKMAT) menyambut baik keputusan kerajaan mengekalkan harga diesel bersubsidi untuk nelayan.
        Menurut perangkaan tahunan, pendaratan ikan laut di Terengganu menurun 6.3% berbanding tahun sebelumnya akibat cuaca buruk yang berpanjangan.
    """),
    ("ms", "sejarah, sastera dan tempat"): _lines("""
        Abdullah Munsyi merakamkan kehidupan masyarakat pantai timur dalam Kisah Pelayaran Abdullah ke Kelantan (1838).
        Haji Abdul Rahman Limbong memimpin penentangan rakyat Terengganu terhadap peraturan tanah British pada tahun 1928.
        Dalam 'Lelaki Tua dan Laut', terjemahan karya Ernest Hemingway, Santiago bergelut tiga hari dengan seekor ikan marlin gergasi.
        Watak Lahuma dalam Ranjau Sepanjang Jalan karya Shahnon Ahmad menggambarkan penderitaan petani, berbeza dengan dunia nelayan dalam cerpen Keris Mas.
        Hospital Sultanah Nur Zahirah, Jalan Sultan Mahmud, 20400 Kuala Terengganu. Unit Kecemasan dibuka 24 jam.
        Masjid Tengku Tengah Zaharah atau Masjid Terapung di Kuala Ibai siap dibina pada tahun 1995.
        Pasar Besar Siti Khadijah di Kota Bharu terkenal kerana kebanyakan peniaganya ialah wanita.
        Sekolah Kebangsaan Tok Jiring menerima sumbangan 50 beg sekolah daripada Koperasi Nelayan Kuala Nerus Berhad.
        Dalam satu episod Upin & Ipin, Tok Dalang mengajar Upin dan Ipin memasang bubu di sungai belakang kampung.
        Sajak 'Pak Utih' oleh Usman Awang menyentuh kemiskinan rakyat desa pada awal kemerdekaan.
        Tun Abdul Razak memperkenalkan Dasar Ekonomi Baru pada 1971, antara lain untuk membasmi kemiskinan dalam kalangan nelayan dan petani.
        Legenda Puteri Saadong dari Kelantan sering dipersembahkan semula dalam teater Mak Yong.
        Jambatan Sultan Mahmud merentangi Sungai Terengganu dan menghubungkan Kuala Terengganu dengan Kuala Nerus.
    """),
    ("ms", "resit, sistem dan log"): _lines("""
        Resit No: NKM-2025-118842 | Diesel bersubsidi 450.00 L @ RM1.65 = RM742.50 | Stesen: Pam Nelayan Seberang Takir | 05/12/2025 06:14
        INV/KNT/2025/00917 - Jaring hanyut 3 inci x 10 gulung, RM1,280.00, bayaran FPX, status: BERJAYA
        Tracking Pos Laju: EN482915573MY - Keropok ikan 5kg, Kuala Besut ke Shah Alam, dijangka tiba 2-3 hari bekerja.
        eNelayan v3.2.1 (build 20251130-7f3c9ab): pembetulan pepijat paparan baki kuota diesel untuk vesel zon C2.
        SHA-256 01f06e0e2d7c8c1683c110d0292c2b5ebbc325a8efe33452d17392af2a22b8e8  eNelayan-3.2.1.apk
        [2025-12-05 05:42:17 +08] vms-gateway: 1,204 heartbeat diterima, 37 vesel tiada isyarat > 6 jam, retry=3
        Harga Lelong Jeti Pulau Kambing 05/12: Kembung RM9.50/kg, Selayang RM6.20/kg, Tongkol RM7.80/kg, Sotong RM22.00/kg
        PO-KOP-2026-0031: 200 tong plastik biru 120L @ RM38.00, hantar ke Gudang Koperasi Nelayan Tok Bali.
        Status permohonan: DALAM PROSES (Peringkat 2/4: Pengesahan Pejabat Kawasan). No. rujukan: ESHN-26-T-004417.
        Ralat 403: Kad Fleet tidak aktif. Sila hubungi Pusat Khidmat Pelanggan di 1-300-88-8181.
        Jumlah transaksi subsidi diesel Nov 2025 (Terengganu): 18,442 transaksi, 6.21 juta liter, purata 337 L setiap transaksi.
        SELECT zon_vesel, COUNT(*) FROM lesen_vesel WHERE status = 'AKTIF' GROUP BY zon_vesel;
        Cron job sync_kuota_diesel dijadualkan 00:30 setiap hari; log disimpan 90 hari sebelum dipadam secara automatik.
    """),
    ("ms", "templat dan garis panduan data"): _lines("""
        Saya, ______________________ (nama seperti dalam MyKad), No. KP: ______-__-____, dengan ini mengaku bahawa maklumat yang diberikan adalah benar.
        Nama Pemilik Vesel: {nama_pemilik} | No. Pendaftaran: {no_vesel} | Zon: {zon} | Tarikh Tamat Lesen: {tarikh_tamat}
        Akta Perlindungan Data Peribadi 2010 (Akta 709) terpakai kepada koperasi yang memproses data ahli dalam transaksi komersial.
        Pegawai hendaklah memastikan salinan MyKad pemohon disimpan dalam kabinet berkunci dan dilupuskan selepas 7 tahun mengikut jadual pelupusan rekod.
        Jangan tampal senarai penerima bantuan yang mengandungi nombor kad pengenalan penuh di papan kenyataan jeti.
        Format No. KP: YYMMDD-PB-###G, contoh 850101-11-XXXX (PB 11 = Terengganu, 03 = Kelantan, 06 = Pahang).
        SMS templat: "LKIM: Tuan/Puan [NAMA], bayaran ESHN bulan [BULAN] sebanyak RM300 telah dikreditkan ke akaun [BANK] berakhir ****[4D]."
        Medan wajib dalam borang: nama, no. KP, no. telefon, alamat surat-menyurat dan no. akaun bank. Medan pilihan: e-mel.
        Permintaan akses data peribadi hendaklah dijawab dalam tempoh 21 hari dari tarikh permintaan diterima (seksyen 31 Akta 709).
        Saya bersetuju data peribadi saya diproses oleh Koperasi bagi tujuan keahlian / I consent to my personal data being processed for membership purposes.
        Contoh pengisian: No. Kad Nelayan: KN-XX-XXXXXXX; No. Akaun Bank: XXXXXXXXXXXX (12 digit Maybank / 14 digit BSN).
        Sekiranya berlaku kebocoran data ahli, pengerusi koperasi hendaklah memaklumkan Pesuruhjaya Perlindungan Data Peribadi dengan segera.
    """),
    ("ms", "koperasi dan perniagaan"): _lines("""
        Koperasi Nelayan Kuala Besut Berhad mencatatkan keuntungan bersih RM1.84 juta bagi tahun kewangan berakhir 31 Disember 2024.
        Keropok Lekor Pak Ngah Enterprise (SSM 002876543-W): tempahan borong minima 20kg, hubungi pejabat 09-697 1120.
        Kedai Jala & Pukat Haji Awang Sdn. Bhd., No. 12, Jalan Tok Lam, Kuala Terengganu. Buka 8 pagi - 6 petang, Jumaat tutup.
        Mesyuarat Agung Tahunan Kali ke-38 Koperasi Nelayan Tok Bali Berhad akan diadakan pada 11 Januari 2026 di Dewan Persatuan, jam 9.00 pagi.
        Dividen 7.5% dan bonus 1% diluluskan bagi tahun 2024; dikreditkan ke akaun simpanan ahli pada 15/02/2026.
        Restoran Nasi Dagang Mak Ngah kini buka cawangan baru di Jalan Sultan Zainal Abidin, depan Pasar Payang.
        Harga ais hancur di kilang ais koperasi: RM0.35/kg untuk ahli, RM0.45/kg untuk bukan ahli.
        Skim pembiayaan modal nelayan: kadar keuntungan 4% setahun, tempoh maksimum 5 tahun, had pembiayaan RM50,000.
        LKIM Mart Chendering: promosi ikan kering 10% dari 1-15 Disember, selagi stok ada.
        Bot fiber 28 kaki + enjin Yamaha 40hp utk dijual, lesen zon A masih aktif, harga RM23k runding. Minat PM.
        Stesen Minyak Nelayan NEKMAT Kuala Kedah beroperasi 5.00 pagi hingga 9.00 malam sepanjang musim ikan.
    """),
    ("ms-en", "industri dan eksport"): _lines("""
        Nelayan Terengganu Fresh Sdn Bhd now exports about 12 tonnes of kerapu a month to Hong Kong and Singapore.
        Q3 2025 landing data: Zone C2 vessels contributed 41% of total catch value, mostly tuna and kembung.
        Cold chain upgrade kat Kompleks Perikanan Tok Bali siap Jun 2026, capacity blast freezer naik ke 30 tan sehari.
        The MSC pre-assessment for the Kuala Kedah blood cockle fishery is expected to be completed by end of Q2 2026.
        Diesel subsidy leakage remains a concern: audit sample found 3.8% of Kad Fleet transactions exceeded declared engine capacity.
        Webinar 'Digitalisasi Jeti Nelayan' on 12/01/2026, 10am-12pm via Zoom, meeting ID 845 2210 9931, passcode NELAYAN26.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Permohonan ESHN: Nama: Wan Zulkifli bin Wan Ismail, No. KP: 670314-11-5147, No. Kad Nelayan: KN-11-0098213, Tel: 013-921 4476.
        Pemilik vesel TRF 4417 (zon B) ialah Encik Mohd Rosli bin Abu Bakar, beralamat di Lot 2217, Kampung Seberang Takir, 21300 Kuala Nerus, Terengganu.
        Kak Rosnah binti Awang (isteri tekong Che Mat kat jeti Seberang Takir) minta tolong, laki dia masuk ICU HSNZ lepas jatuh dari bot, patah tulang belakang.
        Senarai mangsa PPS SK Kuala Ibai: Zainab bt Hussin, 72 thn, KP 530811-11-5218, darah tinggi, guna kerusi roda.
        Tolong transfer duit bahagian ikan ke akaun Maybank 1630 4821 7759 atas nama Mohd Faizal bin Ramli, nanti aku bagi resit.
        Mahkamah Majistret Kemaman hari ini mendenda Ismail bin Deraman, 51, nelayan dari Kampung Geliga, RM8,000 kerana menjual diesel bersubsidi kepada pihak ketiga.
        Tekong bot KNF 1290, Azman bin Yusof dari Kampung Tok Bali, disahkan positif syabu semasa ujian air kencing AADK semalam.
        Awak-awak warga Indonesia: Slamet Riyadi, pasport C4418392, permit kerja sah sehingga 30/06/2026, gaji RM1,500 sebulan + bahagian tangkapan.
        Gaji bulan Nov: Sulaiman b. Hamid (juru enjin) RM2,150, Khairul Anuar b. Zakaria (awak-awak) RM1,380. Bayar cash kat jeti.
        Hutang koperasi Pak Hassan bin Jusoh (ahli no. 0412) dah tertunggak RM6,730, notis tuntutan kedua dihantar ke rumahnya di Kg. Pulau Duyong.
        Nama: Nik Aminah binti Nik Daud | No. KP: 720908-03-5362 | Alamat: No. 14, Lorong Haji Sulong, Kg. Tok Bali, 16700 Pasir Puteh, Kelantan | Status: Ibu tunggal, 5 tanggungan
        Encik Che Ghani bin Mamat, 63, nelayan Kampung Beserah, hilang sejak keluar ke laut pagi semalam. Sesiapa ada maklumat sila hubungi anaknya Faridah di 019-985 3320.
        Kereta Saga biru TBP 5521 abang ipar aku si Rahim kat Kg Batu Rakit tu kena tarik bank sebab tak bayar ansuran 4 bulan.
        Fauziah bt Omar, ahli Koperasi Nelayan Kuala Besut, minta salinan sijil keahlian dihantar ke e-mel fauziahomar.kbesut@gmail.com
        Anak saya Muhammad Hafiz bin Razali (KP 010309-11-0873) nak mohon Skim Latihan Nelayan Muda, ada kuota lagi tak?
        Bayaran BMT gagal: Rohani binti Sulong, KP 9106**-**-5342, akaun BSN ****7731, nama dalam akaun tak sama dengan MyKad.
        Pesakit En. Yusri bin Jaafar, 44 thn, penyelam teripang dari Semporna, disyaki penyakit dekompresi; dirujuk ke kebuk hiperbarik Hospital Angkatan Tentera Lumut.
        Pakcik Mat Zin bin Said, 74, nelayan Kg. Mengabang Telipot, kencing manis teruk, kaki kanan dah potong, tak boleh ke laut lagi. Tolong masukkan dalam senarai bantuan JKM.
        No WhatsApp tokey ikan kita, Lim Ah Seng: 012-978 0035. Dia beli semua tangkapan ikut harga lelong.
        Kad debit Bank Rakyat 5399 8301 2457 6214 atas nama HASNAH BT ISMAIL hilang masa banjir, tolong sekat segera.
        Maklumat waris: isteri, Siti Mariam binti Abdullah, tel 017-904 6618, alamat PT 3391, Kg. Baru Mengabang Telipot, 21030 Kuala Nerus.
        Lesen vesel LV/T/2025/03317 atas nama Abdul Rashid bin Embong digantung 6 bulan kerana menggunakan pukat tunda dalam zon A.
        Tuntutan Skim Takaful Nelayan: Roslan bin Che Lah, KP 590601-06-5233, putus 2 jari tangan kiri akibat kemalangan winch pada 22/10/2025.
        Ambo nok royak, Mek Som anok Pok Leh Kg. Dalam Rhu tu doh mengandung 5 bule, lakinyo lari gi Siam tinggal dio sorang.
        Alamat hantar: Puan Norhayati Ali, Kuarters Nelayan Blok C-2-7, Tanjung Lumpur, 26060 Kuantan, Pahang. Tel 011-2687 4410.
        Suami saya Jusoh bin Ali, pemegang Kad Nelayan KN-03-0071542, kad fleet dia diguna anak saudara tanpa izin. Saya nak buat laporan polis.
        Bil elektrik akaun TNB 220015473309 atas nama Wan Rokiah binti Wan Hassan, Kg. Kuala Besut, tertunggak RM412.60 sejak banjir.
        Saya, Zakaria bin Awang (KP 540811-11-5025), membenarkan anak saya Zulhilmi mengambil elaun bagi pihak saya kerana saya sedang menjalani dialisis.
        Crew list bot PAF 2281: 1. Somchai Kaewmanee (Thailand) pasport AA3381920; 2. Nguyen Van Hai (Vietnam) pasport C2019473.
        Rahmat bin Sidek, ahli koperasi no. 1187, dilucutkan keahlian kerana didapati menyeleweng wang tabung kebajikan RM12,400.
        Nor Azlina binti Mohamad, 29, anak nelayan Kampung Marang yang kini bekerja di Singapura, FIN G5518824L.
        Tolong hantar duit ke anak kat Singapore, PayNow 8734 5521 nama Muhammad Amir bin Zakaria, rujukan belanja sekolah.
        IC abah: 630130-01-5417, nama Ahmad bin Kassim. Dia nak tukar alamat ke No. 7, Kg. Sungai Rengit, 81620 Pengerang, Johor.
        Cik Aishah, kerani Koperasi Nelayan Kuala Besut Berhad, masih dirawat di Hospital Besut sebab denggi, kaunter tutup sampai Khamis.
        Seorang nelayan, Mohd Nasir bin Ibrahim, 38, dari Kampung Pantai Sabak ditahan reman 4 hari bagi membantu siasatan kes curi enjin sangkut.
        Saudara Kamarulzaman bin Hamat, nombor 014-832 5190 masih aktif tak? ESHN awak RM300 tak boleh masuk sebab akaun dorman.
        Pendapatan isi rumah RM850 sebulan (bapa: Ismail bin Mamat, nelayan pantai; ibu: suri rumah), 7 tanggungan, alamat Kg. Gong Batu, 22100 Setiu.
        Lupa nak bagitau, Kak Pah (Hafsah binti Yaakob) jiran sebelah rumah kita kat Kampung Mengabang tu baru disahkan kanser payudara tahap 3.
        Aduan ADU-2025-7781: Pengadu Encik Razak bin Mat Salleh, 019-357 8842, mendakwa pegawai LKIM Kuantan meminta duit kopi RM200 untuk lulus lesen.
        Akaun Agrobank 1001 2345 6789 01 milik Shamsul Bahari bin Omar dibekukan kerana pembiayaan modal nelayan RM25,000 diklasifikasi tak berbayar.
        Kes Mahkamah Syariah Besut no. 11004-052-0231-2025: Mohd Zaki bin Hussin lwn Zuraidah binti Ahmad, tuntutan nafkah anak RM450 sebulan.
        Klinik Kesihatan Kuala Besut: Puan Che Kalsom binti Deraman, KP 880417-11-6124, hamil 28 minggu, diabetes gestasi, dirujuk ke pakar O&G.
    """),
    "ms-en": _lines("""
        Hi, my mother Puan Saerah binti Latif (IC 770512-12-5286) was discharged from Hospital Lahad Datu last week after a stroke. Can she still claim the fishermen's BMT?
        Crew payroll Dec: Hairul Nizam bin Salleh (IC 950722-03-5591) RM1,650, bank CIMB 7043881206, OT 12 jam.
        Please update my email to zulkarnain.deraman88@yahoo.com.my. Zulkarnain bin Deraman, tekong TRF 3092, Kg. Batu Rakit.
        FYI boss, anak Pak Li jaga ais kat jeti Tok Bali, Shahrul, kena tangkap dengan 3kg syabu semalam, now kena reman kat IPD Pasir Puteh.
        Deliver to: Encik Hamzah bin Yaacob, No. 58 Kampung Nelayan Beserah, 26100 Kuantan, Pahang. H/P +60 13-948 7221, order #LZ-88123345.
        Tokey Tan Boon Hock dari Kuala Kedah, WeChat dia tanbh_kkedah, TnG eWallet pakai nombor 012-455 7093.
        Payslip Nov 2025: Nurul Huda binti Rashid, Kerani Jeti, basic RM1,900, KWSP no. 18842351, PERKESO RM9.75.
        Lori DCK 7730 yang bawa ikan kita ke Pasar Borong Selayang tu, driver Che Harun bin Daud, kena saman RM300 sebab overload.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu maya Lembaga Kemajuan Ikan Malaysia. Jawab dalam Bahasa Melayu yang sopan.",
        ),
        ("user", "salam, nak semak status ESHN saya"),
        ("assistant", "Waalaikumussalam. Boleh berikan nombor MyKad dan nama penuh tuan?"),
        ("user", "670812-11"),
        ("user", "5391"),
        ("user", "Nama Mohd Nor bin Ali, nelayan PNK Kuala Terengganu Utara"),
        ("assistant", "Terima kasih. Permohonan tuan sedang diproses di Pejabat Kawasan."),
    ],
    [
        ("user", "Tolong buatkan poster orang hilang untuk pakcik saya"),
        (
            "assistant",
            "Baik. Sila berikan nama, umur, ciri-ciri fizikal dan nombor untuk dihubungi.",
        ),
        (
            "user",
            "Nama dia Awang bin Sulaiman, 58 tahun, kulit sawo matang, ada parut kat dahi. Keluar dari Jeti Kuala Besut naik bot fiber putih KNF 3308 pagi Isnin, sampai sekarang tak balik.",
        ),
        ("user", "Hubungi saya Nurul, 013-472 9015"),
        (
            "assistant",
            "ORANG HILANG: Awang bin Sulaiman, 58 tahun... Sesiapa yang mempunyai maklumat sila hubungi Nurul di 013-472 9015.",
        ),
    ],
    [
        ("user", "Saya nak tulis surat rayuan kepada koperasi nelayan pasal hutang"),
        ("assistant", "Boleh. Apakah sebab rayuan dan berapa jumlah tunggakan?"),
        (
            "user",
            "Tunggakan RM4,200. Saya tak boleh ke laut sejak Ogos sebab kena strok, sebelah badan lemah.",
        ),
        ("assistant", "Saya faham. Nama dan nombor keahlian?"),
        ("user", "Daud bin Mahmud, no ahli 0938, Koperasi Nelayan Marang Berhad"),
    ],
    [
        ("user", "Translate this crew list to English for the agent please"),
        (
            "user",
            "Senarai awak-awak bot TRF 5120: 1) Budi Santoso, WNI, pasport C7730418, lahir 12/03/1990; 2) Agus Wibowo, WNI, pasport C9902157, lahir 05/11/1987",
        ),
        (
            "assistant",
            "Crew list for vessel TRF 5120: 1) Budi Santoso, Indonesian, passport C7730418, born 12/03/1990; 2) Agus Wibowo, Indonesian, passport C9902157, born 05/11/1987",
        ),
    ],
    [
        ("user", "Kami sekeluarga dah masuk PPS SMK Kuala Besut, nak daftar untuk bantuan"),
        (
            "assistant",
            "Sila senaraikan ahli keluarga beserta umur dan sebarang keperluan kesihatan.",
        ),
        (
            "user",
            "Saya Rosli bin Mat, 45. Isteri Salmah binti Ibrahim, 41. Anak: Aiman 12, Batrisyia 8 (asma teruk, kena nebulizer), Danish 3.",
        ),
        ("user", "Rumah kami kat Lot 556 Kg. Nail, 22300 Besut, tenggelam paras pinggang"),
        ("assistant", "Terima kasih, maklumat ini akan dipanjangkan kepada petugas JKM di PPS."),
    ],
    [
        ("user", "Kenapa kuota diesel saya bulan ni kurang?"),
        (
            "assistant",
            "Kuota ditentukan mengikut zon dan kapasiti enjin. Boleh saya tahu nombor vesel dan kad nelayan?",
        ),
        ("user", "Vesel PAF 1764, kad nelayan KN-06-0054418"),
        ("user", "Pemilik: Haji Yahya bin Salleh, tel 019-931 6027"),
        ("assistant", "Baik, saya akan panjangkan kepada Pejabat LKIM Kuantan untuk semakan."),
    ],
    [
        ("user", "bro tokey tak bayar lagi duit ikan minggu lepas, RM3,450"),
        (
            "assistant",
            "Sebaiknya minta resit jualan dan hubungi tokey secara bertulis. Nak saya bantu draf mesej?",
        ),
        (
            "user",
            "ok. suruh dia bank in ke akaun aku Bank Islam 13048011228954, nama Faizal bin Che Rus",
        ),
        (
            "assistant",
            "Draf: 'Assalamualaikum tokey, mohon jelaskan bayaran ikan RM3,450 ke akaun Bank Islam 13048011228954 (Faizal bin Che Rus). Terima kasih.'",
        ),
    ],
    [
        ("system", "You help fishermen write formal letters in Malay."),
        (
            "user",
            "Tulis surat mohon pelepasan lesen sementara untuk saya, maklumat dalam nota ni: Kamal, KP 811007-11-5231, bot TRF 2286",
        ),
        (
            "assistant",
            "Kepada Pengarah LKIM Negeri Terengganu. Saya, Kamal bin Ismail (No. KP 811007-11-5231), pemilik vesel TRF 2286, beralamat di Kg. Pulau Rusa, 21200 Kuala Terengganu, memohon pelepasan lesen sementara kerana menjalani pembedahan jantung.",
        ),
        ("user", "ok bagus, nama penuh dengan alamat tu betul dah"),
    ],
    [
        ("user", "Adik saya kena tuduh bawah Akta Perikanan, apa boleh buat?"),
        (
            "assistant",
            "Beliau berhak mendapatkan peguam. Yayasan Bantuan Guaman Kebangsaan boleh membantu jika layak.",
        ),
        (
            "user",
            "Nama dia Mohd Firdaus bin Abdullah, 27, kes Mahkamah Sesyen Kota Bharu, didakwa tangkap ikan guna bahan letupan kat Pulau Perhentian",
        ),
        (
            "assistant",
            "Sila bawa kertas pertuduhan ke YBGK cawangan Kota Bharu untuk semakan kelayakan.",
        ),
    ],
    [
        ("user", "Can you check if this NRIC is valid? My son works on a ship in Singapore"),
        (
            "assistant",
            "I can explain the checksum rule, but please avoid sharing full identity numbers here.",
        ),
        (
            "user",
            "Dah terlanjur la. S8834712I, nama Hakimi bin Roslan, dia PR kat sana, tinggal Blk 512 Jurong West St 52 #08-231",
        ),
        (
            "assistant",
            "Noted. The format matches a valid NRIC, but please keep this information private.",
        ),
    ],
]
