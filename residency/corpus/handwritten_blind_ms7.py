"""Blind check set ms7: Malaysian Malay family/neighbourhood WhatsApp, mosque, school, marketplace, news and folk-tale text. All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms7
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "berita"): _lines("""
        Menteri Kesihatan, Datuk Seri Dr. Azhar Mokhtar, berkata kes denggi di Selangor menurun 18 peratus berbanding minggu yang sama tahun lalu.
        Sultan Selangor berkenan merasmikan Masjid Bandar Baru Salak Tinggi yang dibina dengan kos RM14.2 juta pada Jumaat ini.
        Ketua Polis Daerah Kajang, ACP Mohd Faizal Rahim, mengesahkan tiga lelaki tempatan berusia antara 22 hingga 31 tahun direman tujuh hari bagi membantu siasatan kes samun di sebuah stesen minyak.
        Bapa Kemerdekaan, Tunku Abdul Rahman Putra Al-Haj, diingati dalam pameran khas di Muzium Negara sempena sambutan Hari Kebangsaan ke-69.
        Datuk Bandar Kuala Lumpur, Datuk Kamarulzaman Yusof, memaklumkan kerja menaik taraf longkang di Jalan Tuanku Abdul Rahman akan bermula 5 Januari dan dijangka siap dalam tempoh enam bulan.
        Harga minyak masak paket 1kg kekal RM2.50 manakala harga telur gred A naik tiga sen sebiji mulai Isnin, kata Menteri Perdagangan Dalam Negeri dan Kos Sara Hidup.
        Mahkamah Sesyen Shah Alam menjatuhkan hukuman penjara lapan tahun ke atas seorang bekas pengurus kewangan sebuah syarikat logistik kerana pecah amanah melibatkan RM3.1 juta.
        MetMalaysia mengeluarkan amaran hujan berterusan tahap waspada di Kelantan, Terengganu dan Pahang sehingga Ahad; orang ramai boleh menyemak paras sungai di laman Public InfoBanjir.
        Jaguh badminton negara, Aidil Shah Rosli, mara ke suku akhir Terbuka Indonesia selepas menewaskan pemain Denmark 21-17, 21-19 di Jakarta malam tadi.
        Menteri Besar Terengganu hari ini menyampaikan bantuan RM500 kepada 1,240 keluarga mangsa banjir di Dewan Sivik Kuala Terengganu.
        Penyanyi legenda Datuk Siti Hajar Kamaruddin akan mengadakan konsert amal di Axiata Arena, Bukit Jalil pada 14 Februari; harga tiket bermula RM128.
    """),
    ("ms", "notis-masjid"): _lines("""
        Kuliah Maghrib malam Selasa bersama Ustaz Hafiz Zainal, tajuk: Fiqh Solat Musafir. Tempat: Masjid Al-Ikhlas, Jalan Mawar 2, Taman Melawati, 53100 Kuala Lumpur.
        Sumbangan Tabung Pembinaan Surau Al-Muttaqin boleh disalurkan ke akaun Bank Islam 1201 4010 0388 21 atas nama Jawatankuasa Surau Al-Muttaqin Taman Desa. Resit pengecualian cukai disediakan.
        Jadual imam solat Tarawih minggu pertama: malam 1-3 Ustaz Azman, malam 4-7 Hafiz Luqman; bilal bertugas mengikut giliran yang ditampal di papan kenyataan.
        Solat Sunat Aidilfitri akan diadakan pada jam 8.15 pagi di Masjid Jamek Bandar Baru Bangi; khutbah akan disampaikan oleh Timbalan Mufti Negeri Selangor.
        Kadar zakat fitrah tahun ini ditetapkan RM7.00 (beras biasa) dan RM15.00 (beras wangi) seorang bagi Wilayah Persekutuan; amil bertugas di kaunter masjid selepas Isyak.
        Tabung Khairat Kematian Kariah: yuran tahunan RM30 sekeluarga, sila jelaskan kepada Bendahari di pejabat masjid selepas solat Jumaat.
        Gotong-royong membersihkan Tanah Perkuburan Islam Kampung Sungai Buloh pada Sabtu, 7.30 pagi. Sila bawa parang, cangkul dan sarung tangan sendiri.
        Kelas KAFA hujung minggu dibuka untuk kanak-kanak berumur 7 hingga 12 tahun, yuran RM20 sebulan; pendaftaran di kaunter surau setiap Sabtu pagi.
        Jemaah dimohon tidak meletak kenderaan di hadapan pagar rumah penduduk Jalan Seroja 4 semasa solat Jumaat. Kerjasama tuan-tuan amat dihargai.
        Ibadah korban 1447H: satu bahagian lembu RM850; penyertaan ditutup 25 Zulkaedah. Senarai bahagian akan dipamerkan di papan kenyataan masjid.
        Dijemput hadir Majlis Tahlil dan Doa Selamat sempena Nisfu Syaaban di Surau Nurul Iman, Persiaran Kenanga, Seksyen 9, 43650 Bandar Baru Bangi, selepas Maghrib.
    """),
    ("ms", "ceramah"): _lines("""
        Dalam ceramahnya di Masjid Negara, Ustaz Dr. Rahmat Ariffin mengingatkan jemaah bahawa hutang yang tidak dijelaskan akan tetap dituntut di akhirat walaupun pemiutang sudah meninggal dunia.
        Rasulullah SAW bersabda: Sesiapa yang melepaskan seorang mukmin daripada kesusahan dunia, Allah akan melepaskan dia daripada kesusahan hari kiamat. (Riwayat Muslim)
        Kisah Nabi Ayub AS yang diuji dengan penyakit kulit bertahun-tahun, kehilangan harta dan anak-anak, tetapi tetap bersabar, menjadi teladan bagi pesakit kronik.
        Menurut Pejabat Mufti Wilayah Persekutuan, penggunaan wang tabung masjid untuk jamuan iftar adalah harus dengan syarat diluluskan oleh jawatankuasa.
        Ustazah Nur Amalina dalam slot Tanyalah Ustazah menjelaskan bahawa isteri yang diceraikan dengan talak raj'i berhak mendapat nafkah iddah dan tempat tinggal.
        Penceramah memberi contoh: katakanlah Pak Abu berhutang RM500 dengan Pak Mat dan meninggal dunia, maka waris wajib melangsaikannya sebelum harta pusaka dibahagikan.
        Imam Al-Ghazali dalam Ihya' Ulumuddin membahagikan penyakit hati kepada beberapa jenis, antaranya riak, ujub, takabbur dan hasad dengki.
        Saidatina Khadijah binti Khuwailid ialah wanita pertama yang memeluk Islam dan seorang saudagar yang disegani di Mekah sebelum bernikah dengan Rasulullah SAW.
        Ceramah Maulidur Rasul bersama Ustaz Syamsul Iskandar akan disiarkan secara langsung di laman Facebook rasmi Masjid Sultan Salahuddin Abdul Aziz Shah.
        Tazkirah ringkas: tiga perkara yang tidak putus pahalanya selepas mati ialah sedekah jariah, ilmu yang bermanfaat dan anak soleh yang mendoakan ibu bapanya.
    """),
    ("ms", "cerita-rakyat"): _lines("""
        Hang Tuah bersama Hang Jebat, Hang Kasturi, Hang Lekir dan Hang Lekiu berguru dengan Adi Putera di Gunung Ledang sebelum berkhidmat kepada Sultan Melaka.
        Mahsuri binti Pandak Mayah dituduh berlaku curang lalu dihukum bunuh; sebelum menghembuskan nafas terakhir dia menyumpah Langkawi tidak akan aman selama tujuh keturunan.
        Sang Kancil memperdaya buaya-buaya di sungai dengan alasan Raja Sulaiman memerintahkannya mengira bilangan mereka, lalu melompat ke seberang.
        Si Tanggang, anak nelayan miskin yang menjadi nakhoda kaya, tidak mengaku ibunya Si Deruma lalu disumpah menjadi batu bersama kapalnya.
        Puteri Gunung Ledang meminta tujuh dulang hati nyamuk, tujuh dulang hati kuman dan semangkuk darah anak raja sebagai syarat pinangan Sultan Mahmud.
        Bawang Putih, gadis yatim piatu, tinggal bersama ibu tiri dan adik tirinya Bawang Merah yang sentiasa menyuruhnya membuat kerja rumah.
        Dalam cerita Batu Belah Batu Bertangkup, Mak Tanjung yang kecewa kerana anak-anaknya menghabiskan telur ikan tembakul masuk ke dalam batu yang terbuka.
        Pak Pandir disuruh Mak Andeh memandikan anak mereka dengan air suam, tetapi dia menggunakan air yang sedang mendidih sehingga anaknya mati.
        Lebai Malang berkayuh ke hulu dan ke hilir kerana tidak dapat memutuskan kenduri mana yang hendak dihadiri, akhirnya tidak mendapat apa-apa.
        Awang Sulung Merah Muda, anak Raja Besar Tanjung Sendang, berlayar mencari Tuan Puteri Dayang Seri Jawa dalam hikayat penglipur lara ini.
    """),
    ("ms", "sinopsis-novel"): _lines("""
        Novel Hujan di Taman Seri mengisahkan Nurul Izzah binti Kamal, guru muda yang disahkan menghidap kanser payudara tahap tiga ketika sedang menguruskan perceraiannya.
        Dalam episod akhir drama bersiri Cinta Si Penjual Kuih, Adam ditangkap polis kerana didakwa mencuri wang koperasi manakala Mak Jah jatuh sakit kerana terlalu sedih.
        Filem Bujang Lapok arahan P. Ramlee mengisahkan tiga sahabat bujang, Ramli, Aziz dan Sudin, yang menyewa bilik di rumah Cik Salmah di Kampung Pisang.
        Salina karya A. Samad Said memaparkan kehidupan Siti Salina, bekas anak orang berada yang terpaksa menjadi pelayan di Kampung Kambing, Singapura selepas perang.
        Watak utama novel remaja Diari Kelas 5 Bestari, Haikal, gagal Matematik dalam peperiksaan percubaan tetapi bangkit dengan bantuan cikgu kelas tambahan.
        Sinopsis: Selepas kematian suaminya, Puan Rokiah terpaksa menjual rumah pusaka di Jalan Haji Taib untuk melangsaikan hutang along yang ditinggalkan arwah. (Novel, DBP 2019)
        Dalam telefilem Raya Tanpa Abah, Aiman dan adik-adiknya menyambut Aidilfitri pertama tanpa bapa yang meninggal dunia akibat kemalangan jalan raya.
        Upin dan Ipin tinggal bersama Kak Ros dan Opah di Kampung Durian Runtuh; ibu bapa mereka telah meninggal dunia ketika mereka masih bayi.
        Novel thriller Sindiket Along mengikuti Inspektor Farid yang menyiasat kematian seorang peminjam wang bernama Karim di sebuah rumah kedai di Chow Kit.
        Kisah cinta Zainuddin dan Hayati dalam Tenggelamnya Kapal Van der Wijck karya HAMKA berakhir tragis apabila Hayati meninggal dunia selepas kapal itu karam.
    """),
    ("ms", "resipi"): _lines("""
        Resipi rendang tok untuk 10 orang: 1 kg daging batang pinang (lebih kurang RM38), 400 ml santan pekat, 3 batang serai, 2 keping asam keping dan 1 cawan kerisik.
        Kuih bahulu cara lama: 4 biji telur gred A, 1 cawan gula kastor, 1 cawan tepung gandum; bakar dalam acuan bahulu pada suhu 200 darjah Celsius selama 12 minit.
        Kek batik ala Kak Ros: 1 paket biskut Marie, 200 g mentega, 1 tin susu pekat dan 6 sudu besar serbuk koko. Sejukkan dalam peti ais semalaman.
        Masak lemak cili api ikan patin ala Temerloh: tumbuk kunyit hidup dan cili padi, masukkan santan, kemudian ikan dan daun kesum; jangan kacau terlalu kerap.
        Sambal nasi lemak versi jimat: 20 tangkai cili kering, 2 biji bawang besar, 1 sudu teh belacan; kos keseluruhan kurang RM6 untuk satu periuk.
        Bubur lambuk Kampung Baru untuk 50 orang memerlukan 2 kg beras, 1 kg daging cincang, rempah ratus dan ubi keledek; masak dalam kawah sambil dikacau tanpa henti.
        Tip: rendam beras pulut sekurang-kurangnya 4 jam sebelum dikukus untuk membuat lemang atau pulut kuning supaya masak sekata.
        Air sirap bandung: 1 liter air, 250 ml sirap mawar dan 150 ml susu pekat manis; harga jualan di bazar Ramadan biasanya RM2.50 segelas.
        Resipi nasi tomato kenduri: 1 kg beras basmathi, 1 tin sup tomato, 1 cawan susu cair dan 3 sudu besar minyak sapi; sesuai dimakan dengan ayam masak merah.
    """),
    ("ms", "notis-kerajaan"): _lines("""
        Talian Kasih 15999 beroperasi 24 jam untuk aduan keganasan rumah tangga, penderaan kanak-kanak dan warga emas; aduan juga boleh dibuat melalui WhatsApp 019-261 5999.
        Semakan status Sumbangan Tunai Rahmah (STR) fasa 2 boleh dibuat di portal rasmi dengan memasukkan nombor MyKad tanpa sengkang, contohnya XXXXXXXXXXXX.
        Format nombor MyKad ialah YYMMDD-PB-###G: enam digit tarikh lahir, dua digit kod negeri atau negara kelahiran, dan empat digit nombor siri.
        Fi penggantian MyKad yang hilang kali pertama ialah RM10, kali kedua RM100 dan kali ketiga RM300, kecuali bagi warga emas dan OKU.
        Notis gangguan bekalan air: Air Selangor akan menjalankan kerja penyambungan paip utama di Taman Sri Gombak dan Taman Greenwood pada 12 Mac, 9 pagi hingga 11 malam.
        Tarikh akhir pengemukaan Borang BE bagi tahun taksiran 2025 ialah 30 April 2026; bagi e-Filing tempoh lanjutan diberikan sehingga 15 Mei 2026.
        PDRM mengingatkan orang ramai supaya tidak berkongsi nombor TAC dengan sesiapa; semak akaun bank atau nombor telefon yang mencurigakan di portal Semak Mule.
        Bantuan Awal Persekolahan RM150 bagi setiap murid akan dikreditkan melalui sekolah masing-masing mulai minggu pertama Januari.
        Pejabat Kebajikan Masyarakat Daerah Hulu Langat, Aras 2, Kompleks Pejabat Kerajaan, 43000 Kajang dibuka Isnin hingga Jumaat, 8 pagi hingga 5 petang; talian am 03-8737 4120.
        Pendaftaran pemilih baharu kini automatik bagi warganegara berumur 18 tahun; semakan daftar pemilih boleh dibuat melalui aplikasi MySPR Semak.
    """),
    ("ms", "marketplace"): _lines("""
        Jual peti ais Panasonic 2 pintu, guna 3 tahun, masih sejuk elok. RM450 boleh runding. COD sekitar Bangi dan Kajang sahaja, PM untuk gambar lanjut.
        Stroller Joie terpakai, lipat sebelah tangan, ada calar sikit di pemegang. RM180, pos ke Semenanjung tambah RM25.
        Tudung bawal cotton RM15 sehelai, 3 helai RM40. Order melalui Shopee kedai Butik Aisyah Collection, stok warna pastel baru masuk.
        Rumah sewa Seksyen 7 Shah Alam, 3 bilik 2 bilik air, RM1,300 sebulan, deposit 2+1, sesuai untuk keluarga kecil. Tiada haiwan peliharaan.
        Kerusi roda terpakai jenama Excel, sesuai untuk warga emas, RM220. Ambil sendiri di kawasan Taman Tun Dr Ismail.
        Pakej akikah kambing RM1,250 siap masak untuk 100 orang, hubungi Pusat Akikah Al-Barakah di talian 1-300-88-2255 atau layari laman web rasmi.
        Set meja makan kayu jati 6 kerusi, pindah rumah kena lepas cepat. RM900 atau tukar dengan motosikal kapcai.
        Buku teks dan buku latihan Tingkatan 4 aliran sains, lengkap 12 buah, RM60 untuk semua. Harga asal di kedai buku lebih RM200.
        Dijual anak kucing Parsi campur, umur 3 bulan, sudah diberi vaksin pertama dan ubat cacing. RM250 seekor, 2 ekor lagi tinggal.
        Mesin jahit Singer lama, masih berfungsi, sesuai untuk tempahan baju raya. Harga RM320, tak termasuk meja.
    """),
    ("ms", "sekolah-pibg"): _lines("""
        Mesyuarat Agung PIBG SK Taman Sri Rampai kali ke-28 akan diadakan pada 18 Mac 2026, jam 8.30 pagi di Dewan Terbuka sekolah. Kehadiran ibu bapa amat digalakkan.
        Kelas tambahan Matematik SPM untuk murid Tingkatan 5 bermula Isnin ini, 2.30 hingga 4.30 petang di Bilik Darjah 5 Bestari.
        Yuran PIBG RM50 sekeluarga boleh dibayar ke akaun Maybank 5622 1050 3348 atas nama PIBG SMK Seri Permai. Sila tulis kelas anak pada rujukan bayaran.
        Keputusan SPM 2025: SMK Bandar Baru Bangi mencatatkan Gred Purata Sekolah 3.21, dengan 42 orang calon memperoleh semua A.
        Guru Besar SK Kampung Baru Salak, Puan Hajah Faridah Osman, merakamkan terima kasih kepada semua ibu bapa yang menyumbang untuk Hari Sukan Tahunan.
        Peringatan: murid yang tidak hadir tiga hari berturut-turut tanpa sebab yang munasabah akan diberi surat amaran pertama mengikut pekeliling KPM.
        Hari Kantin PIBG: setiap kelas menyediakan satu gerai dan harga jualan tidak melebihi RM2 seunit. Keuntungan disalurkan ke tabung sekolah.
        Rombongan sambil belajar ke Zoo Negara: RM35 seorang termasuk tambang bas dan makan tengah hari. Borang kebenaran perlu dihantar sebelum Jumaat.
        Tahniah kepada pasukan bercerita SK Seri Kembangan yang menjuarai Pertandingan Bercerita Bahasa Melayu peringkat daerah Petaling Perdana.
        Alamat surat-menyurat: Pejabat Sekolah, SMK Seri Permai, Jalan Permai 1, Taman Seri Permai, 81750 Masai, Johor. Waktu pejabat 7.30 pagi hingga 4.30 petang.
    """),
    ("ms", "kumpulan-whatsapp"): _lines("""
        Assalamualaikum semua, jangan lupa esok gotong-royong taman pukul 8 pagi, air dan kuih disediakan oleh Persatuan Penduduk.
        Siapa nak order kuih raya dari Kak Long, senarai harga dalam gambar atas ya, tutup tempahan 20 Ramadan.
        Hati-hati, ada SMS palsu kononnya daripada Pos Malaysia minta bayar RM2.80 untuk bungkusan tertahan. Jangan tekan link tu!
        Bacaan Yasin malam Jumaat di surau seperti biasa lepas Maghrib, lepas tu ada moreh sikit.
        Forwarded: Tips jimat elektrik, cabut plug TV dan pengecas bila tak guna, boleh jimat sampai RM15 sebulan.
        Pak Ngah tanya tahun ni raya kedua nak buat kat mana, semua undi dalam poll ya, tutup malam esok.
        Pagar automatik taman rosak lagi, saya dah buat aduan kepada pengurusan JMB, nombor tiket JMB-2026-0412.
        Sesiapa jumpa kucing oren lari dari Blok C, tolong bawa ke pondok pengawal ya, tuan dia tengah cari.
        Selamat Hari Ibu kepada semua mak-mak dalam group ni, semoga sentiasa sihat dan dirahmati.
        Info: lori sampah Alam Flora datang Isnin dan Khamis, sampah pukal hanya hari Sabtu pertama setiap bulan.
    """),
    ("mixed", "teknikal"): _lines("""
        Regex validate MyKad dalam form: ^[0-9]{6}-[0-9]{2}-[0-9]{4}$ dan untuk unit test guna 000000-00-0000 (dummy, bukan IC sebenar).
        Field no_tel dalam borang pendaftaran guna placeholder 01X-XXXXXXX; validation check prefix 01 dan panjang 10 atau 11 digit.
        Commit: fix format poskod 5 digit untuk Sabah (88xxx) dan Sarawak (93xxx), tambah test untuk poskod 01000 Kangar.
        API response: {"order_id": "MY-20260311-88412", "status": "dihantar", "courier": "J&T", "tracking": "JT7012339845MY", "total": "RM89.90"}
        Sample data untuk demo: nama Ali bin Abu (dummy), IC 000101-01-0001 (test), tel 012-000 0000, alamat Jalan Contoh 1, 12345 Bandar Ujian.
        Email sokongan dalam screenshot demo: support@example.com.my, jangan guna email peribadi staff dalam slide.
        Pakej pemasang versi 3.4.1-beta, SHA-256 9f2c4e7a1b0d83c65e2f47a9d1c0b8e3f6a25d7c4e1b9f08a3d6c2e5b7f1a4d9, dikeluarkan 2026-02-14T09:30:00+08:00.
        ISBN 978-983-46-2213-8, Kamus Pelajar Edisi Ketiga, terbitan Dewan Bahasa dan Pustaka, harga RM45.00.
        Config .env contoh: DB_USER=admin_kariah, DB_PASS=changeme, SMS_SENDER_ID=SURAU-TMN-DESA (tukar sebelum deploy ke production).
        Jadual database ahli_khairat: id, nama, no_ic, no_tel, alamat; semua kolum peribadi di-encrypt dan dump untuk testing guna data faker.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Innalillahi wainna ilaihi rajiun. Ayahanda Cikgu Rosli, Haji Ismail bin Daud, telah kembali ke rahmatullah jam 4.10 pagi tadi di HSA Johor Bahru. Jenazah dibawa ke rumah di No. 23, Jalan Merbah 5, Taman Kota Masai, 81700 Pasir Gudang.
        Mohon doakan Mak Long saya, Zaiton binti Harun, yang dimasukkan ke ICU Hospital Sultanah Bahiyah malam tadi akibat strok.
        Jemputan kenduri kahwin anak sulung kami, Nur Syafiqah binti Azmi, pada Sabtu 14 Mac di No. 8, Lorong Cempaka 2, Kampung Padang Jawa, 40200 Shah Alam. Sesat jalan call Pak Azmi 019-948 4406.
        Jual Myvi ni sebab nak langsaikan hutang along, tolong share. Hubungi Faridah 017-835 5662, serius sahaja.
        Adik Aiman bin Roslan, 7 tahun, menghidap leukemia dan memerlukan kos rawatan RM38,000. Sumbangan ke akaun Maybank 1643 2209 8817 atas nama ibunya, Rosnah binti Ismail.
        Ada sesiapa kenal peguam syarie yang murah? Kakak ipar saya, Salmah, nak failkan cerai taklik sebab suami dah lapan bulan tak bagi nafkah.
        Tahniah kepada anak buah kami, Muhammad Irfan bin Khairul, yang mendapat 9A dalam SPM 2025 di SMK Seri Gombak!
        Anak Cik Kiah blok sebelah, si Amir, kena tahan polis semalam sebab positif dadah. Kesian Cik Kiah menangis kat surau.
        Pembetulan: IC Pak Su ialah 560801-10-5887, bukan yang saya hantar tadi. Tolong isi semula borang khairat kematian.
        Wan Aziz bin Wan Salleh, 880204-10-4771, pemilik rumah No. 14 Jalan Teratai, masih tertunggak cukai pintu RM1,240 kata pihak majlis.
        Untuk makluman kariah, Tok Imam kita Haji Mansor masih terlantar selepas pembedahan pintasan jantung; boleh ziarah selepas Asar di rumah beliau, No. 5 Jalan Surau, Kampung Batu 9.
        Dia pinjam RM3,000 tak bayar dah setahun. Ni IC dia 951008-02-7769, rumah dia di Taman Seri Putera, Alor Setar. Sape kenal tolong roger.
        Tempahan kuih boleh WhatsApp saya Kak Ida di +60 16-045 8591, rumah saya Blok D-3-12, Pangsapuri Seri Mutiara, Jalan PJU 10/1, 47830 Petaling Jaya.
        Cucu Tok Wan, Nurul Huda, baru disahkan autisme oleh pakar di Hospital Kuala Lumpur. Mohon doa semua ahli keluarga.
        Suami Kak Nor, Zulkifli bin Osman, dah tiga bulan tak balik rumah, dengar cerita dah nikah lain di Golok.
        Nombor akaun saya CIMB 7012 3348 5521 06, nama penuh Mohd Hafizuddin bin Ahmad, untuk bayaran baki kerja ubah suai dapur.
        Pos ke: Siti Khadijah binti Yusof, No. 41, Jalan Bukit Indah 7/3, Taman Bukit Indah, 81200 Johor Bahru. Tel 013-009 1107.
        Ustazah KAFA anak saya, Ustazah Rahimah, cuti dua minggu sebab keguguran, jadi kelas diganti sementara oleh ustazah lain.
        Mohon bantu Pak Cik Harun, penjual burger depan surau, rumahnya di Lot 212 Kampung Sungai Penchala terbakar malam tadi. Sumbangan ke Bank Rakyat 2205 1301 4482 atas nama Harun bin Said.
        Saya Zarina binti Abdul Latif, MyKad 830428-10-1453, ingin memohon surat pengesahan bermastautin daripada Ketua Kampung Taman Desa Jaya.
        Cikgu, anak saya Danish Haikal kelas 3 Cerdik tak datang minggu ni sebab kena campak, surat MC saya hantar esok ya.
        Arwah Abang Mat Saman meninggal sebab sakit buah pinggang. Tahlil malam ni di rumah arwah, No. 16 Jalan Kenari 3, Taman Pelangi, 05350 Alor Setar.
        Alhamdulillah Kak Yah dah selamat bersalin anak ketiga pagi tadi di Hospital Putrajaya, baby girl 3.2kg, czer sebab tekanan darah tinggi.
        Nombor baru Opah 0141687818, tolong save ya, yang lama hilang sekali dengan handphone dia.
        Tolong doakan abah saya, Abdul Rahman bin Yaakob, esok mula dialisis buat kali pertama di Hospital Tengku Ampuan Rahimah.
        Borang kelas tambahan: Nama murid Nur Alya Sofea binti Khairi, Tahun 5 Amanah, tel bapa 018-312 9857, alamat No. 3, Jalan Anggerik 11, Taman Sri Rampai, 53300 Kuala Lumpur.
        Rumah Pakcik Lan sebelah masjid tu dah kena lelong bank sebab tertunggak bayaran rumah 14 bulan, kesian anak-anak dia.
        Sesiapa nak bayar duit kenduri kat Mak Teh, akaun BSN dia 1410 0412 8830 4471, nama Hamidah binti Che Mat.
        Anak Haji Kassim, si Fauzi, kena buang kerja dari kilang di Senawang sebab asyik ponteng, sekarang duduk menganggur kat rumah.
        Polis tangkap Mohd Azri bin Mahmud, 34, yang tinggal di Taman Sri Aman, Kuala Terengganu sebab pukul isteri dia. Tu jiran depan rumah saya!
        Dia tu janda anak tiga, Zura nama dia, kerani Pejabat Tanah Kuantan, gaji tak cukup nak tanggung mak dia yang sakit kanser.
        Sesiapa kenal Khairul Nizam bin Daud (IC 940511-05-7738)? Dia pinjam RM2,500 dari saya masa sama-sama kerja di Restoran Selera Timur, lepas tu terus hilang.
        Wasiat arwah atuk, Haji Yusof bin Lebai Ahmad: tanah Lot 1187, Mukim Bukit Raja, Klang dibahagi tiga antara Mak Long, Pak Ngah dan Mak Su.
        Anak dara Pak Hassan, si Ina, lari ikut teman lelaki ke Johor, dah seminggu tak balik rumah.
        Mak Cik Som Kampung Tualang tu dah dua kali masuk Hospital Permai, sakit jiwa katanya, kesian anak-anak dia.
        Hilang! Aisyah Humaira binti Razali, 14 tahun, kali terakhir dilihat di Terminal Larkin pukul 5 petang semalam. Sesiapa nampak sila hubungi bapanya 014-260 8540.
        Sewa bilik bulan ni dah masuk akaun RHB 2141 2300 4567 89 atas nama Noraini binti Mohd Isa, resit saya forward kat Kak Ani.
        Gaji terakhir arwah suami saya, Saiful, dari syarikat lori tu masih belum dibayar, KWSP pun belum boleh keluar sebab sijil kematian belum siap.
        Pak Long Jamil diabetes teruk, dua jari kaki dah dipotong minggu lepas, sekarang tinggal dengan anak dia di Seremban 2.
        Jenazah Allahyarhamah Puan Norlela binti Ahmad Tarmizi akan disolatkan di Masjid Al-Falah selepas Zohor dan dikebumikan di Tanah Perkuburan Islam Seksyen 21. Waris: Suhaimi, 012-246 0390.
        Emel Kak Zu untuk hantar resit yuran tuisyen: zurainah.kamal88@gmail.com
        Saya Rizal, rumah No. 77, Jalan 4/2B, Taman Cheras Jaya, 43200 Cheras. Kalau ada parcel Shopee nama saya, tolong simpankan dulu.
        MyKad baru Adik dah siap: 030307-07-7190, ambil di JPN Kepala Batas hari Rabu.
        Sepupu saya Haziq pernah positif dadah masa kerja kilang dulu, sekarang masih dalam program pemulihan AADK di Serendah.
        Kami sekeluarga mohon maaf, Mak Andak (Puan Rohani binti Md Nor) kini menghidap demensia dan kadang-kadang tersalah hantar mesej dalam group ni.
        Notis tuntutan untuk Muhammad Firdaus bin Azlan, No. 9, Jalan Seri Putra 2/5, Bandar Seri Putra, 43000 Kajang: tunggakan pinjaman peribadi RM18,400.
        Cucu Wan, Iman, dapat 4 Cemerlang dalam UASA Tahun 6 tapi Bahasa Inggeris Tahap Penguasaan 3 je, kena hantar tuisyen.
        Maaf lambat balas, saya kat Hospital Sungai Buloh teman isteri, Liyana, buat kemoterapi pusingan keempat.
        Jual stroller, ambil sendiri di No. 15, Jalan Damai 3/2, Taman Damai Jaya, 35900 Tanjong Malim. WhatsApp Farah 011-2034 5598 lepas 6 petang.
        Kak Ngah, ni no IC mak 610218-05-6194 untuk daftar vaksin kat klinik, jangan share dalam group besar pulak.
    """),
    "mixed": _lines("""
        Hi Puan, your son Adam Mikhail bin Fadzli (Form 2 Bestari) failed Maths and Science in the PAT, please come see me on Thursday. Cikgu Linda, 019-3671070.
        Bro, akaun Maybank aku 1622 5510 3391, nama Shahrul Nizam bin Jamaluddin. Transfer duit futsal sebelum Jumaat ok.
        FYI my landlord Encik Kamal at 12A Jalan SS 19/6, 47500 Subang Jaya still hasn't returned my deposit RM2,600, dah tiga bulan.
        Sis, my mother-in-law Hajah Zainab is warded at Hospital Ampang for kidney failure, so I can't come for the PIBG meeting tomorrow.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Tolong buat notis kematian ringkas untuk group taman. Arwah ayah saya, Haji Othman bin Said, meninggal pagi tadi akibat serangan jantung.",
        ),
        (
            "assistant",
            "Innalillahi wainna ilaihi rajiun. Dimaklumkan bahawa Haji Othman bin Said telah kembali ke rahmatullah pagi tadi. Semoga roh beliau dicucuri rahmat.",
        ),
        (
            "user",
            "Tambah: jenazah di rumah No. 31, Jalan Kenanga 4, Taman Sri Jaya, 34000 Taiping. Untuk info hubungi Hakim 016-528 4417.",
        ),
    ],
    [
        (
            "user",
            "Jiran saya Roslan bin Ahmad pinjam RM4,000 tahun lepas, sampai sekarang tak bayar. IC dia 710129-01-7549. Boleh ke saya post dalam group FB kampung?",
        ),
        (
            "assistant",
            "Saya tak galakkan memuat naik nombor MyKad atau memalukan seseorang di media sosial kerana boleh membawa kepada saman fitnah. Lebih baik hantar surat tuntutan atau failkan di Mahkamah Tuntutan Kecil.",
        ),
        (
            "user",
            "Ok, tolong draf surat tuntutan kepada dia di No. 6, Lorong Damai 2, Kampung Pulai, 81110 Johor Bahru.",
        ),
    ],
    [
        (
            "user",
            "Saya nak buat post kutipan derma untuk anak saudara saya, Nur Aqilah binti Fauzi, 5 tahun, yang perlu pembedahan jantung berlubang di IJN.",
        ),
        (
            "assistant",
            "Boleh. Cadangan: 'Bantu adik Nur Aqilah menjalani pembedahan jantung di IJN. Setiap sumbangan amat bermakna.' Nyatakan juga jumlah sasaran dan saluran rasmi derma.",
        ),
        (
            "user",
            "Akaun Bank Islam 1204 3021 7789 45 atas nama ibunya, Suraya binti Hamid, sasaran RM25,000. Masukkan sekali ya.",
        ),
    ],
    [
        (
            "user",
            "Macam mana nak buat MyKad baru kalau hilang? Saya Norazlina binti Kassim, IC 860225-09-4760.",
        ),
        (
            "assistant",
            "Anda perlu hadir sendiri ke mana-mana pejabat JPN dengan laporan polis atau akuan kehilangan, dan membayar fi penggantian mengikut kekerapan kehilangan. Tak perlu kongsi nombor MyKad anda di sini.",
        ),
        (
            "user",
            "Alamat dalam IC lama saya No. 19, Jalan Melur 3, Taman Melur, 02600 Arau. Saya dah pindah, kena tukar alamat sekali ke?",
        ),
    ],
    [
        ("user", "Tolong tulis caption Marketplace untuk jual sofa L-shape, RM650."),
        (
            "assistant",
            "Sofa L-shape untuk dijual, kondisi elok dan bersih, RM650 boleh runding. Ambil sendiri. PM untuk maklumat lanjut.",
        ),
        (
            "user",
            "Letak sekali: ambil di rumah saya No. 2-5, Apartment Seri Cempaka, Jalan Cempaka 9, 68000 Ampang, WhatsApp Ana 018-095 1074.",
        ),
    ],
    [
        (
            "user",
            "Cikgu, saya ibu kepada Muhammad Aqif bin Zamri, kelas 4 Dinamik. Dia balik menangis sebab dibuli dan dia dapat markah 28 untuk Sains.",
        ),
        (
            "assistant",
            "Terima kasih puan kerana memaklumkan. Saya akan berbincang dengan guru disiplin dan guru kelas, dan kita boleh rancang kelas tambahan Sains untuk Aqif.",
        ),
        (
            "user",
            "Terima kasih cikgu. Boleh hubungi saya, Puan Hasnah, di 013-809 4531 bila-bila masa.",
        ),
    ],
    [
        (
            "user",
            "Apa langkah nak tuntut cerai di mahkamah syariah? Suami saya Azlan bin Mokhtar, kerja di Pejabat Pos Kuala Kubu Bharu, dah setahun tak bagi nafkah dan ada perempuan lain.",
        ),
        (
            "assistant",
            "Anda boleh memfailkan permohonan cerai di Mahkamah Rendah Syariah daerah tempat anda bermastautin, sama ada melalui fasakh atau taklik, dengan bukti tiada nafkah. Dapatkan nasihat Biro Bantuan Guaman jika perlu.",
        ),
        (
            "user",
            "Saya tinggal dengan mak di Taman Bukit Kerayong, Kuala Kubu Bharu, anak dua orang. Layak ke saya dapat hak jagaan?",
        ),
    ],
    [
        (
            "user",
            "Please translate to English for the hospital: Mak saya, Puan Rugayah binti Abu Bakar, IC dia 660508-03-5838, ada darah tinggi dan pernah strok tahun 2023.",
        ),
        (
            "assistant",
            "Translation: My mother, Puan Rugayah binti Abu Bakar, IC 660508-03-5838, has high blood pressure and had a stroke in 2023.",
        ),
        ("user", "Also add she's allergic to penicillin and her contact is 014-166 9855."),
    ],
    [
        (
            "user",
            "Buatkan teks kad jemputan kenduri kahwin anak saya, Nurul Ain binti Hashim dengan Amirul Hakim bin Zulkefli.",
        ),
        (
            "assistant",
            "Dengan segala hormatnya kami menjemput Dato'/Datin/Tuan/Puan ke majlis perkahwinan puteri kami Nurul Ain binti Hashim dengan pasangannya Amirul Hakim bin Zulkefli.",
        ),
        (
            "user",
            "Tempat: rumah kami No. 88, Jalan Pinang 7, Taman Pinang Emas, 08000 Sungai Petani. RSVP Hashim 014-779 6917.",
        ),
    ],
]
