"""Blind check set ms38: Bahasa Melayu banjir dan bantuan bencana (PPS, senarai mangsa, bantuan wang ihsan, NADMA, sukarelawan). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms38
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "amaran cuaca dan paras air"): _lines("""
        Amaran Hujan Berterusan Tahap Bahaya (Merah) dikeluarkan oleh MetMalaysia pada 28 Nov 2024, jam 11:00 pagi bagi Kelantan: Tumpat, Pasir Mas, Kota Bharu, Bachok, Pasir Puteh, Machang, Tanah Merah dan Kuala Krai.
        Paras air Sungai Golok di Rantau Panjang: 10.42 m (Bahaya 9.00 m), trend menaik. Sumber: publicinfobanjir.water.gov.my, dikemas kini 0600 28/11.
        Stesen Sg Kelantan di Jambatan Guillemard, Kuala Krai: 29.71 m, melepasi paras bahaya 25.00 m.
        Ramalan: hujan lebat berterusan dijangka sehingga 1 Disember akibat luruan monsun timur laut. Orang ramai dinasihatkan bersedia untuk berpindah.
        AMARAN KUNING: Hujan berterusan di Terengganu (Besut, Setiu, Hulu Terengganu) 29/11 - 30/11.
        Air pasang besar dijangka 14-17 Dis, ketinggian sehingga 3.2 m di muara Sungai Pahang, Pekan.
        Tahap paras air: NORMAL < WASPADA < AMARAN < BAHAYA. Siren amaran banjir akan berbunyi apabila paras air mencecah tahap bahaya.
        Update paras air 8pm: Sg Pahang @ Temerloh 25.6m (bahaya 25.0m), naik 4cm/jam. Jgn bawa anak mandi sungai!!
        Jalan Kuala Krai - Gua Musang (FT008) ditutup kepada semua kenderaan di KM 42 akibat limpahan air setinggi 0.6 m.
        Laluan alternatif ke Pasir Mas: gunakan Jambatan Sultan Yahya Petra, masih dibuka kepada kenderaan ringan.
        Perkhidmatan keretapi laluan Tumpat - Gua Musang digantung sementara sehingga notis berikutnya.
        Bacaan hujan 24 jam di Kuala Terengganu: 387 mm, melebihi purata bulanan Disember.
        Ombak setinggi 3.5-4.5 m di perairan Kelantan dan Terengganu; aktiviti perikanan dan pengangkutan laut tidak selamat.
    """),
    ("ms", "kenyataan media dan statistik"): _lines("""
        Setakat 8 pagi ini, seramai 83,412 mangsa daripada 24,117 keluarga ditempatkan di 512 PPS di tujuh negeri, menurut laman InfoBencana JKM.
        Timbalan Perdana Menteri merangkap Pengerusi Jawatankuasa Pengurusan Bencana Pusat (JPBP), Datuk Seri Dr Ahmad Zahid Hamidi, mempengerusikan mesyuarat khas di NADMA, Putrajaya.
        Perdana Menteri Datuk Seri Anwar Ibrahim mengumumkan Bantuan Wang Ihsan sebanyak RM1,000 bagi setiap ketua isi rumah yang terjejas, disalurkan melalui JKM.
        Menteri Pembangunan Wanita, Keluarga dan Masyarakat, Datuk Seri Nancy Shukri, berkata 1,245 pegawai JKM telah digerakkan ke lokasi PPS.
        Kelantan mencatatkan jumlah mangsa tertinggi (48,201), diikuti Terengganu (26,887) dan Kedah (4,102).
        Sebanyak tiga kematian dilaporkan setakat ini, kesemuanya di Kelantan, menurut kenyataan Polis Diraja Malaysia.
        NADMA: Jumlah PPS dibuka menurun kepada 211 berbanding 398 semalam; 41 PPS di Pasir Mas telah ditutup.
        Kenyataan Media NADMA Bil. 14/2024 - Status Semasa Banjir Monsun Timur Laut (MTL) 2024/2025.
        Yang di-Pertuan Agong Sultan Ibrahim berkenan berangkat menyantuni mangsa banjir di beberapa PPS sekitar Kota Bharu.
        Peruntukan RM100 juta disalurkan kepada NADMA untuk kerja pembersihan pasca banjir, termasuk RM50 juta bagi Kelantan.
        Anggaran kerugian akibat banjir 2021 ialah RM6.1 bilion, menurut Jabatan Perangkaan Malaysia (DOSM).
        Menteri Besar Selangor Datuk Seri Amirudin Shari meninjau kerja pembersihan di Taman Sri Muda bersama Majlis Bandaraya Shah Alam.
        Seramai 4,300 anggota ATM, PDRM, Bomba dan APM disiagakan bersama 180 bot dan 60 trak lima tan.
    """),
    ("ms", "SOP PPS dan perlindungan data"): _lines("""
        Setiap mangsa wajib didaftarkan di kaunter pendaftaran PPS dalam tempoh 24 jam; data dimasukkan terus ke sistem DSS/InfoBencana.
        Senarai mangsa yang mengandungi No. KP, nombor telefon dan alamat TIDAK BOLEH dikongsi dalam kumpulan WhatsApp awam atau dimuat naik ke media sosial.
        Borang pendaftaran yang telah diimbas hendaklah disimpan dalam fail berkunci di pejabat JKM Daerah dan dilupuskan mengikut Akta Perlindungan Data Peribadi 2010 (Akta 709).
        Ruang PPS dibahagikan: Zon A untuk warga emas & OKU, Zon B untuk keluarga dengan bayi, Zon C untuk dewasa bujang. Ibu menyusu disediakan ruang tertutup.
        Sukarelawan tidak dibenarkan mengambil gambar mangsa, terutamanya kanak-kanak, tanpa kebenaran Pengurus PPS.
        Makanan yang dimasak di dapur PPS mesti disajikan dalam tempoh 4 jam; sisa makanan dibuang ke tong bertutup.
        Pengurus PPS hendaklah melaporkan bilangan penghuni kepada Bilik Gerakan Daerah setiap hari pada pukul 8 pagi, 12 tengah hari dan 5 petang.
        Jika mangsa tiada dokumen pengenalan, catatkan 'TIADA DOKUMEN' dan rujuk kes kepada JPN untuk pengesahan identiti; jangan tolak pendaftaran.
        Untuk pertanyaan media, rujuk Pegawai Perhubungan Awam JKM Negeri. Petugas PPS tidak dibenarkan memberi kenyataan tentang mangsa secara individu.
        Kit kebersihan: 1 berus gigi, 1 ubat gigi, 1 sabun, 1 tuala, 2 pek tuala wanita, 1 pek lampin saiz M/L.
        Rekod pemeriksaan kesihatan harian (suhu, tekanan darah, gula darah) disimpan oleh pasukan KKM dan tidak boleh ditampal di dinding dewan.
        Haiwan peliharaan tidak dibenarkan di dalam dewan PPS; ruang khas disediakan di luar bangunan dengan kerjasama DVS.
        Dilarang merokok dalam kawasan PPS. Tandas lelaki di sebelah kiri dewan, tandas wanita & surau di blok belakang.
    """),
    ("ms", "templat dan borang"): _lines("""
        Saya, [NAMA PENUH], No. KP [XXXXXX-XX-XXXX], dengan ini mengesahkan bahawa rumah saya di [ALAMAT] telah dinaiki air pada [TARIKH].
        BORANG PERMOHONAN BANTUAN WANG IHSAN (BWI) - Bahagian A: Maklumat Ketua Isi Rumah (KIR): Nama / No. KP / No. Tel / Alamat Terjejas / Nama Bank / No. Akaun.
        Contoh pengisian: Nama: ALI BIN ABU | No. KP: XXXXXX-XX-XXXX | Bank: ______ | No. Akaun: ______ (isi dengan HURUF BESAR).
        {{nama_kir}} yang dihormati, BWI sebanyak RM{{amaun}} telah dikreditkan ke akaun {{nama_bank}} anda pada {{tarikh}}. Rujukan: {{no_rujukan}}.
        SMS JKM: Tahniah! Permohonan BWI anda LULUS. Bayaran akan dibuat dalam tempoh 14 hari bekerja. Jangan kongsi kod TAC dengan sesiapa.
        Lampiran wajib: (1) salinan MyKad depan & belakang, (2) salinan muka depan buku akaun bank, (3) gambar kerosakan rumah, (4) surat pengesahan Ketua Kampung/JKKK.
        Nama PPS: ________  Kod PPS: ________  Daerah: ________  Tarikh Buka: __/__/____  Kapasiti: ____ orang
        Format No. KP: YYMMDD-PB-###G, di mana PB ialah kod negeri kelahiran (contoh: 03 Kelantan, 11 Terengganu) dan digit akhir ganjil bagi lelaki.
        Lajur fail: bil, nama, no_kp, jantina, umur, kategori (WE/OKU/KK/IH), pps_kod, tarikh_daftar, status_bwi
        Pengesahan Ketua Kampung: Saya mengesahkan bahawa penama di atas adalah penduduk tetap kampung ini. Tandatangan & Cop: ____________
        Borang Pendaftaran Mangsa Bencana (Pindaan 2023), versi 2.3 - sila guna versi terkini sahaja.
        Medan wajib: {name}, {ic_no}, {phone}; validasi regex No. KP: ^\\d{6}-\\d{2}-\\d{4}$
    """),
    ("ms", "hebahan sukarelawan dan sumbangan"): _lines("""
        CALLING ALL SUKARELAWAN! Misi Bantuan Banjir Kelantan 2.0, berkumpul di Dataran Shah Alam, Sabtu 7 pagi. Bawa kasut but, sarung tangan, baju lebih.
        Pusat pengumpulan barangan di perkarangan Masjid Muhammadi Kota Bharu dibuka 9 pagi - 10 malam setiap hari.
        Barang yg diperlukan segera: air mineral, beras 10kg, susu formula, lampin dewasa, ubat nyamuk, lampu suluh & bateri. TIDAK PERLU baju terpakai buat masa ni 🙏
        Sumbangan tunai boleh disalurkan ke akaun Tabung Bencana Negeri, Bank Islam 0301 8010 0123 45. Sila WhatsApp resit ke bilik gerakan.
        MERCY Malaysia menggerakkan 3 pasukan perubatan ke Kuala Krai & Tumpat; sukarelawan perubatan berdaftar sila daftar di portal MERCY.
        Mydin Tunjong derma 500 kotak makanan kering kepada PPS sekitar Kota Bharu, terima kasih pihak pengurusan!
        Kedai Perabot Ah Hock Sdn Bhd sumbang 80 tilam dan 40 kipas untuk PPS di Segamat.
        Sukarelawan IKRAM, PERKIM dan Persatuan Bulan Sabit Merah Malaysia bergabung di Pasir Puteh minggu ini.
        Gotong-royong membersihkan SK Sultan Ismail esok 8 pagi, bawa penyodok & mop. Sarapan disediakan oleh PIBG.
        Shift dapur: pagi 6-10, tengah hari 10-2, petang 2-6. Maksimum 15 orang satu shift. Daftar melalui Google Form dalam bio.
        Taklimat keselamatan wajib utk semua sukarelawan: jangan redah arus deras, pakai jaket keselamatan, suntikan anti-tetanus disarankan.
        Kaunter kutipan barangan Universiti Malaya dibuka di Dewan Tunku Canselor hingga Jumaat.
        Perlukan 10 pemandu 4x4 dan 5 bot fiber utk misi ke Kg Manek Urai, hubungi bilik gerakan NGO di 03-4023 5511.
    """),
    ("ms", "soalan lazim BWI"): _lines("""
        S: Berapakah kadar BWI? J: RM1,000 bagi setiap ketua isi rumah yang dipindahkan ke PPS atau yang rumahnya dinaiki air.
        S: Adakah mangsa yang tidak berpindah ke PPS layak? J: Layak, dengan syarat didaftarkan oleh JKM Daerah selepas pengesahan kerosakan.
        S: Bila BWI akan dibayar? J: Secara berperingkat, biasanya 7-14 hari selepas PPS ditutup.
        Semakan status boleh dibuat melalui portal InfoBencana JKM atau di kaunter JKM Daerah berhampiran.
        Talian Kasih 15999 atau WhatsApp 019-261 5999 beroperasi 24 jam untuk aduan berkaitan kebajikan mangsa.
        Satu isi rumah hanya layak menerima satu BWI bagi satu kejadian bencana, walaupun berpindah ke lebih daripada satu PPS.
        Penyewa rumah juga layak memohon BWI; penyewa dan pemilik tidak boleh menuntut dua kali bagi alamat yang sama.
        Waspada penipuan! JKM tidak akan meminta nombor TAC, kata laluan perbankan atau bayaran pemprosesan untuk BWI.
        Jika akaun bank tidak aktif, BWI akan dibayar melalui baucar di pejabat JKM Daerah; bawa MyKad asal.
        Bantuan pemulihan rumah sehingga RM15,000 bagi rumah musnah sepenuhnya dan RM10,000 bagi rosak sebahagian, tertakluk pengesahan JKR.
        Pekebun kecil yang tanamannya musnah boleh memohon bantuan bencana melalui RISDA atau Jabatan Pertanian dalam tempoh 30 hari.
        Pembayaran BWI bagi Monsun Timur Laut 2024/2025: 98,612 KIR, jumlah RM98.6 juta.
        Bukan warganegara boleh mendapatkan tempat perlindungan dan makanan di PPS; kelayakan BWI tertakluk kepada syarat JKM.
    """),
    ("ms", "log sistem dan rujukan"): _lines("""
        2024-11-29T06:14:22+08:00 INFO pps.sync: 412 rekod dihantar ke DSS, 3 gagal (timeout), batch_id=b7e2c19a
        InfoBencana mobile v3.4.2 (build 20241127.1): pembetulan paparan peta PPS dan notifikasi amaran hujan.
        Tiket aduan #JKM-ADU-2024-118734 ditutup: isu paparan status BWI di portal telah diselesaikan.
        No. Rujukan BWI: BWI/KLT/PSM/2024/008812
        Pos Laju EP773122905MY - kit kebersihan x 200 unit, penghantar: Gudang JKM Negeri, Pengkalan Chepa.
        sha256(senarai_pps_281124.csv) = ed7da9310b294d0cfce1ddcee099915d8b370d507d728a5c0746d9926829da9c
        Invois INV-2024-12-00457: 1,200 tilam @ RM45.00 = RM54,000.00, pembekal Syarikat Tilam Sentosa Sdn Bhd.
        PO/NADMA/2024/0932 - sewaan 20 unit trak 5 tan untuk 14 hari, RM1,250/hari/unit.
        ERROR 502 Bad Gateway - bwi-api.internal:8443 /v2/status?kod_pps=KLT-PSM-0231
        GET /api/v1/pps?negeri=kelantan&status=buka 200 OK 148ms
        ALTER TABLE mangsa ADD COLUMN kategori_oku VARCHAR(8); -- migrasi v2.7.0, commit 11f6ad8
        Kod PPS: KLT-TMP-0045 (SK Kg Laut), kapasiti 350, penghuni 287, status: BUKA.
    """),
    ("ms", "sejarah, budaya dan fiksyen"): _lines("""
        Bah Air Merah 1926 dikenang sebagai antara banjir terburuk dalam sejarah Kelantan.
        Banjir besar Januari 1971 melumpuhkan Kuala Lumpur; Perdana Menteri ketika itu, Tun Abdul Razak, turun meninjau mangsa di ibu kota.
        Bah Kuning 2014 menjejaskan lebih 200,000 penduduk Kelantan dan memusnahkan ribuan rumah di Kuala Krai dan Manek Urai.
        Skrip animasi pendidikan: Upin dan Ipin bertanya kepada Opah kenapa barang perlu disimpan di tempat tinggi bila musim tengkujuh tiba.
        Macam Pak Pandir, air dah masuk rumah baru nak angkat barang 😂
        Hujan turun di Kuala Krai, / Sungai melimpah ke tepi kota; / Banjir datang jangan bercerai, / Bantu-membantu sesama kita.
        Lagu 'Bangau Oh Bangau' sering dinyanyikan kanak-kanak di PPS semasa aktiviti psikososial petang.
        Novel 'Ranjau Sepanjang Jalan' karya Sasterawan Negara Shahnon Ahmad menggambarkan perjuangan Lahuma dan Jeha mempertahankan sawah daripada banjir dan serangan ketam.
        Tengkujuh ialah istilah tempatan bagi musim hujan lebat di Pantai Timur dari November hingga Februari.
        Orang tua-tua kata, bila semut naik ke rumah beramai-ramai, tandanya bah besar nak datang.
    """),
    ("en", "relief briefings"): _lines("""
        Situation report #7: 512 evacuation centres (PPS) open across 7 states; Kelantan accounts for 58% of evacuees.
        Please do not post photos of the evacuee list pinned at the PPS entrance - it contains IC numbers and phone numbers.
        Selangor flood hotline: 1-800-22-6600 (toll-free, 24h). For life-threatening emergencies call 999.
        In December 2021, then Health Director-General Tan Sri Dr Noor Hisham Abdullah warned of leptospirosis risk after the floods.
        Order #SHP-240112-7781 (200 life jackets) shipped via J&T, tracking 630288194455, ETA 3 working days.
        Volunteer onboarding checklist: ID verification, safety briefing, tetanus status, assigned team lead, emergency contact on file.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Tlg2!! air dh paras dada kat rumah kami, Lot 1123 Kg Pasir Pekan, Tumpat. Mak sy (Hasnah bt Ali, 74) terlantar strok x boleh gerak. Call Faizal 013-928 4551 plsss
        12. SITI AMINAH BINTI CHE WIL | 570812-03-5246 | P | 67 | OKU penglihatan | PPS SK Kg Teluk, Kota Bharu
        PPS-KLT-0231,CHE MAT BIN OMAR,511203-03-5111,L,73,Kg Kubang Kerian,Darah tinggi + kencing manis (insulin)
        Mangsa yang cedera, Mohd Rizal bin Zakaria, 38, buruh binaan dari Kampung Gong Kapas, dihantar ke Hospital Sultan Ismail Petra dengan kecederaan kepala selepas dihanyutkan arus.
        Seorang kerani pejabat daerah, Norazlina binti Hamzah, 41, mengaku tidak bersalah di Mahkamah Sesyen Kuala Terengganu semalam atas 23 pertuduhan memalsukan borang tuntutan BWI berjumlah RM23,000.
        Pak Su Deraman (Deraman bin Awang) kat khemah B tu kena dialisis Isnin, Rabu, Jumaat kat HRPZ II, sapa2 ada 4x4 boleh tolong hantar esok?
        Salam tuan, nama sy Nur Aisyah bt Mohd Kamil, KP ******-03-5528, BWI sy blm masuk lg dlm akaun BSN hujung 4471. Rumah sy Lot 778 Kg Padang Enggang, Pasir Mas.
        Kereta Myvi putih DBW 6217 Cikgu Zulkifli Hassan tenggelam depan rumah dia kat No. 14 Jln Desa Jaya 2, sapa2 ada kenalan tow truck?
        Pemohon: Rohani binti Ismail (suri rumah). Suami: Ismail bin Jaafar, penoreh getah. Pendapatan isi rumah lebih kurang RM850/bln, 6 tanggungan, rumah papan rosak teruk.
        Cikgu, sy dh emel salinan KP & penyata bank dari aminah.kasim88@gmail.com. Sy Aminah Kasim, ibu kpd Danish 3 Bestari, rumah kami di Kg Jenal Kuala Krai habis dimasuki air.
        Ibu mengandung 36 minggu, Farah Hanim bt Yusri (27), di PPS Dewan Kg Tok Uban ada tanda2 nak bersalin, darah tinggi. Perlukan ambulans SEGERA!!
        ORANG HILANG ‼️ Muhammad Adam Haikal bin Azman, 9 thn, berbaju merah, hilang sejak 3 ptg di Kg Manek Urai Lama. Sesiapa nampak hubungi bapanya En. Azman 019-935 2207.
        Tolong semak status BWI, no KP sy 880914-11-5233, dulu kat PPS SMK Bukit Payong.
        Pekerja ladang Rahim Uddin (pasport Bangladesh EF0538271), tinggal di rumah kongsi Blok C Ladang Sg Tiang, semua dokumen hanyut, majikan minta surat sokongan JKM.
        Mdm Lim Siew Hong, 72, tinggal sorang di No. 18 Jalan Kenanga 3, Taman Sri Muda Seksyen 25, Shah Alam. Guna kerusi roda, anak2 semua di KL. Tolong prioritikan pemindahan.
        Kak Yati (Hayati bt Rashid) WhatsApp 011-2390 4471 kumpul nama budak2 PPS yg perlukan baju sekolah & kasut, saiz skali ye
        Tahniah! Bayi lelaki 2.9kg selamat dilahirkan di PPS SMK Dabong subuh tadi kepada pasangan Mohd Shafiq bin Daud & Nurul Izzati bt Rahman dari Kg Kuala Geris 🎉
        Permohonan moratorium: En. Kamarul Ariffin bin Jusoh, no. akaun pembiayaan peribadi Bank Rakyat 110123847755, kehilangan kereta & perabot akibat banjir di Kg Paya Resak, Temerloh.
        Tuntutan takaful banjir: pemegang polisi Wan Noraini bt Wan Ismail, polisi TKF-88312045, kenderaan TCV 4410 (Perodua Bezza), kejadian 17/12 di Jln Sultan Mahmud.
        Anak sedara sy Iqbal, 16 thn, SMK Kuala Besut, sejak rumah dia hanyut asyik mengigau & tak nak makan. Kaunselor sekolah kata mungkin PTSD. Ada NGO buat sesi psikososial ke?
        Hantar kotak bantuan ke: Puan Rosnah bt Abdul Latif, No. 23, Jalan Kemboja 7, Taman Sri Kenari, 81900 Kota Tinggi, Johor. Tel: 07-883 5127 / 017-706 3390.
        Bekas suami sy Azhar bin Mamat yg daftar sbg ketua isi rumah, pdhl kami dh bercerai sejak 2022 & sy jaga 3 org anak sorang2. Boleh ke BWI masuk akaun sy? - Zarina, Kg Bukit Tunggal
        Laporan polis no. KKRAI/002341/24: pengadu Nik Faridah binti Nik Yusof, 52, kehilangan MyKad, sijil nikah dan geran tanah dalam banjir di Kg Bahagia, Kuala Krai.
        MC 7 hari: Suhaimi bin Hashim (KP 790305-06-5421), disyaki leptospirosis selepas membersihkan rumah pasca banjir, dirujuk ke Hospital Sultan Haji Ahmad Shah Temerloh.
        Murid Tahun 4 SK Kg Dusun, Nur Qistina bt Hairul, kehilangan semua buku & beg; bapanya Hairul bin Salleh OKU fizikal, ibu dah tiada. Mohon guru kelas bantu.
        DuitNow ke 1640 2233 9018 (MUHAMMAD HAZIQ BIN ROSLI, Maybank) RM150 dah transfer ya, utk keluarga dia yg rumah hanyut kat Kg Tebing Tinggi
        Pin lokasi rumah mak sy: 6.0912, 102.2218 (Kg Kedai Piah, Pasir Mas). Mak sy Zaleha, 71, sakit jantung & tinggal sorang. Bot APM tolong singgah 🙏
        Sy Jessica anak Unggat dari bilik no. 12, Rumah Panjang Nanga Ngemah, Kanowit. Padi & ternakan sy hanyut semua, telefon sy 014-587 2206.
        Sukarelawan: Tan Chee Keong, IC 850623-10-5937, HP 012-778 3019, jenis darah O+, alahan udang, bawa lori 3 tan WKB 8831.
        KIR e-Kasih: Puan Kalsom bt Sulong, kategori miskin tegar, 4 anak OKU, Kg Alor Lintah Jertih; rumah roboh sebahagian.
        Nak tanya, kad debit sy 4552 3140 1887 2639 ni boleh guna utk terima BWI tak? Nama sy Hashim bin Yaakob, akaun BSN.
        Abg Mat Lan (Roslan bin Che Hat) ketua blok PPS Dewan Serbaguna Kg Pulau Panjang, no dia 019-914 0827, nak tukar tilam hubungi dia direct
        Zamri bin Husin, 45, pesakit skizofrenia, hilang dari PPS SK Kg Sungai sejak pagi tanpa ubat; adik dia Zakiah 013-905 6672.
        Senarai penerima pakej makanan Kg Tualang: 1) Mek Nab bt Che Ya 530117-03-5068 2) Pok Loh (Abdullah bin Said) 490826-03-5143 3) Ramlah bt Ismail 681209-03-5202
        Assalamualaikum, sy Haji Othman bin Kassim, AJK surau Kg Sungai Besar, nak mohon utk diri sendiri. Rumah sy No. 7 Lorong Haji Kadir 2 masuk air 1 meter, KP 620411-05-5117.
        Pelajar UiTM Machang, Nurul Ain Syafiqah bt Mazlan (no. matrik 2022845617), keluarga di Kg Binjai terjejas teruk, mohon bantuan zakat segera.
        Ayah sy, Encik Ramli bin Said, 68, dh 3 hari kat PPS Dewan Lanchang tp ubat darah tinggi & gout dia habis. Klinik Kesihatan Lanchang ada hantar pasukan ke?
        Mohon dikeluarkan nama Ahmad Fauzi bin Daud (KP 750228-08-5661) dari senarai PPS SK Changkat Jong kerana beliau telah ditahan polis malam tadi.
        Sy Siti Hajar, kerja kilang kat Senai gaji RM1,850 sebulan, rumah sewa sy di Flat Taman Sri Lambak Blok 4-03-12 masuk air, tuan rumah halau. Boleh mohon BWI tak?
        Borang BWI: Nama KIR: MOHD NAZRI BIN IBRAHIM; No. KP: 830716-14-5569; Alamat: No. 51, Lorong 4, Kg Baru Hulu Langat, 43100; Bank: CIMB 7601229834; Tel: 018-226 4093.
        Tukang masak dapur PPS, Kak Ton (Hartini bt Abdul Ghani), positif COVID pagi tadi. Semua yg makan semeja dgn dia semalam sila pantau gejala.
        [11:42] Cikgu Faridah: Rumah Encik Lee Boon Keat (bapa Amelia 5 Cerdas) kat No. 9 Jln Rambutan, Kg Baru Segamat dh runtuh, dia skrg tumpang rumah adik.
        Sumbangan utk Hafizuddin Muda (pelajar yatim, 2 Beta), akaun Bank Islam 03018020115743. Adik2 dia bertiga skrg di PPS Kg Gual Periok.
        Mangsa: Pn Normah Abd Wahab, 01x-xxx 4412, Kg Lubok Jong, tolong bawa susu & pampers utk cucu dia yg 6 bulan
        Anak sy Aiman (7) demam panas 39.5°C sejak semalam kat PPS Dewan Kg Pengkalan Kubor, ada ruam merah, doktor syak denggi. Sy Fatimah 011-1987 5520.
    """),
    "en": _lines("""
        Volunteer from Singapore: Ng Wei Ling, NRIC S8734126G, mobile +65 9123 4870, arriving JB Sentral 7am Sat. Can someone pick her up for the Kota Tinggi PPS?
        Hi, my grandmother Puan Rokiah binti Saad (81, dementia) is at PPS SK Kampung Laut and keeps wandering off. Her IC is 430605-03-5032, pls keep an eye on her.
        Donation received from Mr. Vikram a/l Subramaniam, 17 Jalan SS2/64 Petaling Jaya, card 5200 4311 9265 4071; receipt to vikram.subra@yahoo.com
        Case note: client Suresh a/l Muniandy, 39, lost his job at a Klang warehouse after the flood; rent RM650 in arrears, wife Kavitha a/p Rajan is 5 months pregnant.
        Sending relief boxes from SG: sender Goh Kian Seng, T0268817J, Blk 512 Bedok North Ave 3 #09-221, to his mother Mdm Teo Siew Lan at No. 6 Jalan Bakri, Muar.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu maya Bilik Gerakan JKM Negeri Kelantan. Jawab dengan sopan dalam Bahasa Melayu.",
        ),
        ("user", "salam, nk tanya BWI sy dh lulus ke blm? dh 3 minggu"),
        ("assistant", "Waalaikumussalam. Boleh berikan No. KP ketua isi rumah untuk semakan?"),
        ("user", "910422-03"),
        ("user", "5487"),
        ("user", "nama Mohd Firdaus bin Abdullah, dulu duduk PPS SK Kedai Lalat"),
        (
            "assistant",
            "Terima kasih. Permohonan tuan sedang diproses di peringkat JKM Daerah Kota Bharu.",
        ),
    ],
    [
        (
            "user",
            "Tolong betulkan ayat ni utk hantar ke grup surau: 'jiran sy makcik Jamilah bt Said umur 80 no 32 kg padang tembak dia x larat jalan dh 2 hari x makan ubat kencing manis sapa ada bot tlg'",
        ),
        (
            "assistant",
            "Assalamualaikum semua. Jiran saya, Makcik Jamilah binti Said (80 tahun), di No. 32 Kg Padang Tembak tidak mampu berjalan dan sudah dua hari tidak mengambil ubat kencing manis. Sesiapa yang ada bot, mohon bantu pindahkan beliau. Terima kasih.",
        ),
    ],
    [
        ("user", "Apa simptom kencing tikus?"),
        (
            "assistant",
            "Leptospirosis biasanya menyebabkan demam, sakit kepala, sakit otot terutamanya di betis dan mata merah. Dapatkan rawatan segera jika anda terdedah kepada air banjir.",
        ),
        ("user", "suami sy Khairul Anuar, 34, dh 4 hari demam lepas cuci rumah, betis sakit teruk"),
        ("user", "kami kat Taman Sri Nanding, Hulu Langat. klinik mana buka?"),
        (
            "assistant",
            "Sila bawa suami puan ke klinik kesihatan atau hospital terdekat dan maklumkan bahawa beliau terdedah kepada air banjir.",
        ),
    ],
    [
        ("user", "Susun jadi jadual ye, utk hantar ke JKM"),
        (
            "user",
            "1 Zainab Ismail 0139027741 Blok A Flat PPR Kg Baru Hulu Kelang, anak 3\n2 Ravi a/l Krishnan 0167723018 Blok C, isteri OKU\n3 Lau Mei Fong 0125508294 Blok B tingkat 2",
        ),
        (
            "assistant",
            "| Bil | Nama | Telefon | Lokasi | Catatan |\n|---|---|---|---|---|\n| 1 | Zainab Ismail | 013-902 7741 | Blok A, Flat PPR Kg Baru Hulu Kelang | 3 anak |\n| 2 | Ravi a/l Krishnan | 016-772 3018 | Blok C | Isteri OKU |\n| 3 | Lau Mei Fong | 012-550 8294 | Blok B, tingkat 2 | - |",
        ),
    ],
    [
        ("system", "Anda membantu mangsa banjir mengisi borang BWI secara dalam talian."),
        ("assistant", "Sila nyatakan nama penuh seperti dalam MyKad."),
        ("user", "NOR HIDAYAH BINTI ZAKARIA"),
        ("assistant", "Nama bank dan nombor akaun?"),
        ("user", "Bank Rakyat 110298376104"),
        ("assistant", "Alamat rumah yang terjejas?"),
        ("user", "No. 4, Kg Pulau Belanga, 28000 Temerloh, Pahang"),
    ],
    [
        (
            "system",
            "Rekod kes PPS-TRG-0112: Mangsa Che Rogayah bt Mamat, 77, KP 470930-11-5062, strok, bergantung pada tiub makanan. Waris: Rosli (anak) 019-980 4417.",
        ),
        ("user", "Ringkaskan keperluan khas mangsa ni utk petugas shift malam"),
        (
            "assistant",
            "Mangsa memerlukan pemakanan melalui tiub mengikut jadual, perubahan posisi setiap 2 jam dan pemantauan tanda vital. Hubungi waris jika ada perubahan keadaan.",
        ),
    ],
    [
        ("user", "tolong sy, ayah sy hilang dari PPS"),
        ("assistant", "Maaf mendengarnya. Boleh berikan butiran tentang ayah anda?"),
        ("user", "nama dia Haji Yusof bin Mat Isa, 79 thn"),
        (
            "user",
            "ada dementia, pakai kain pelikat kotak biru, hilang dr PPS Masjid Kg Kubang Kerian pkl 5 pagi",
        ),
        (
            "assistant",
            "Sila laporkan segera kepada polis (999) dan Pengurus PPS supaya carian boleh dimulakan.",
        ),
        ("user", "ok, kalau ada sesiapa jumpa call sy Aida 017-920 6631"),
    ],
    [
        ("user", "Nak report, ada org tipu BWI"),
        (
            "assistant",
            "Anda boleh membuat aduan kepada JKM Daerah atau SPRM. Apakah maklumat yang anda ada?",
        ),
        (
            "user",
            "Jiran sy Salleh bin Harun kat No. 11 Lorong Pinang, Kg Gong Badak, rumah dia x masuk air langsung tp dia daftar dan dpt RM1000. Dia ni pun pernah kena tangkap dadah 2019",
        ),
        (
            "assistant",
            "Terima kasih. Sila kemukakan aduan rasmi dengan bukti kepada JKM Daerah Kuala Nerus untuk siasatan lanjut.",
        ),
    ],
    [
        ("user", "Hi, nak claim takaful kereta tenggelam"),
        ("assistant", "Boleh, sila berikan nombor pendaftaran kenderaan dan nombor polisi."),
        ("user", "JQV 2281"),
        ("user", "polisi MTK-7734019, atas nama isteri sy Lee Pei Shan"),
        (
            "assistant",
            "Terima kasih. Sila hantar kenderaan ke bengkel panel terdekat untuk penilaian.",
        ),
        (
            "user",
            "kereta tenggelam kat rumah kami No. 27 Jalan Seri Bakri 5, Taman Seri Bakri, Muar",
        ),
    ],
    [
        ("system", "You help coordinate cross-border volunteers for flood relief in Johor."),
        ("user", "Can you draft a WhatsApp to our driver?"),
        ("assistant", "Sure, what details should I include?"),
        (
            "user",
            "Driver is Muthu a/l Ramasamy 012-669 0842, he picks up Chloe Tan (FIN G5521093X) from Woodlands checkpoint 6.30am Sunday. She has asthma, remind her to bring her inhaler",
        ),
        (
            "assistant",
            "Hi Muthu, please pick up Chloe Tan at Woodlands checkpoint at 6.30am this Sunday. She has asthma, so please remind her to bring her inhaler. Thanks!",
        ),
    ],
]
