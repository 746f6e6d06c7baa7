"""Blind check set ms9: Malay social media and e-commerce text (Shopee/Lazada reviews, TikTok/IG captions, FB groups, X threads, Telegram). All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms9
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "review"): _lines("""
        Barang sampai dalam 3 hari, packing kemas siap bubble wrap. Kain tudung lembut, warna sama macam gambar. 5 bintang!
        Seller responsif, tanya pukul 11 malam pun dia reply. Saiz M muat-muat untuk berat 58kg.
        Order ID 240912K7QX3FBD sampai dengan selamat, cuma kotak kemek sikit. Produk ok.
        Tracking SPXMY045127789034 tersangkut kat Shah Alam hub 4 hari, tapi akhirnya sampai jugak.
        Blender ni kuat, kisar ais pun lepas. Tapi bunyi bising macam enjin lori 😂
        Beli masa sale 9.9, dapat RM39.90 je berbanding harga asal RM89. Berbaloi gila.
        Kurang puas hati, saya order warna dusty pink dapat warna maroon. Dah buat return & refund, nombor permohonan RR2409150031.
        Powerbank 20000mAh, cas iPhone 15 sampai penuh 2 kali. Model PB-X20 versi 2.1, ada QC 3.0.
        Rasa kerepek pedas ni memang padu, tapi minyak banyak sikit. Tarikh luput 12/2025, ok lagi.
        Jangan percaya review 5 bintang yang tulis "barang ok" je. Saya dah pakai 2 minggu, jahitan dah tercabut.
        LazMall memang original, siap ada hologram dan nombor siri SN: 8H2K-77QD-PL19 untuk claim waranti.
        Kasut ni saiz Euro 42 tapi rasa macam 41. Sesiapa kaki lebar naik satu saiz.
        Produk ni berdaftar dengan KKM, nombor notifikasi NOT230512871K, boleh semak kat laman NPRA.
        Rider J&T baik sangat, hujan lebat pun dia hantar sampai depan pintu. Terima kasih abang rider!
        Bagi 3 bintang sebab harga naik RM5 lepas saya masukkan dalam troli. Taktik lapuk.
        Ni kali ketiga repeat order. Anak-anak suka sangat bihun sup segera ni.
        Review jujur: rice cooker 1.8L ni masak nasi cepat, tapi periuk dalam senang calar.
        Seller hantar free gift kerongsang comel. Kak seller, moga murah rezeki!
        Kedai Runcit Pak Abu Official memang laju pos, order pagi petang dah pos.
        Barang tak sampai tapi status "delivered". Dah report kat Shopee, kes nombor 2409-MY-558812, tengah tunggu.
    """),
    ("ms", "caption"): _lines("""
        POV: kau balik kampung raya dan mak dah masak rendang sejak subuh 🥹 #balikkampung #raya2025
        Sunset kat Pantai Batu Buruk hari ni cantik gila. Terengganu never disappoint 🌅
        Day 47 belajar bake sourdough. Masih keras macam batu tapi tak putus asa 💪 #sourdoughmalaysia
        OOTD ke kenduri: baju kurung moden dari Jakel, tudung bawal satin. Link kat bio!
        Siapa lagi sangkut lagu baru Dato' Sri Siti Nurhaliza ni? Replay 20 kali dah 😭
        Teman suami cari ikan kat Pasar Payang. Harga ikan kembung RM12 sekilo hari ni.
        Glow up 2019 vs 2025. Yang berubah cuma berat badan naik 10kg 😂
        Road trip KL ke Kota Bharu ikut Gua Musang, 7 jam termasuk berhenti makan. Tips dalam thread.
        Cubaan pertama buat latte art. Jadi bentuk... awan? Ok la tu 🤣
        Kucing oren ni memang perangai sama je satu Malaysia. Tidur atas laptop aku tengah meeting.
        Throwback konsert Anuar Zain kat Istana Budaya 2023. Suara dia live sama macam rekod.
        Ejen Ali The Movie 2 memang best, anak-anak tak berkelip mata tengok. Bangga animasi Malaysia!
        Khairul Aming buka cawangan baru lagi, orang beratur panjang dari pagi. Boleh tahan ramai 😅
        Hari pertama puasa, menu berbuka: bubur lambuk masjid + kuih akok. Alhamdulillah.
        Hiking Bukit Broga jam 5 pagi, view atas memang berbaloi. Bawa air lebih, jangan jadi macam aku 🥵
    """),
    ("ms", "recipe"): _lines("""
        Resepi sambal tumis ikan bilis: 20 tangkai cili kering (rendam), 2 biji bawang besar, 3 ulas bawang putih, 1 cawan ikan bilis, asam jawa & gula secukup rasa.
        Cara buat kek batik tanpa bakar: cairkan 250g mentega, masukkan 1 tin susu pekat, 5 sudu Milo, gaul dengan 2 bungkus biskut Marie.
        Tips nasi lemak wangi: masukkan daun pandan simpul, halia sehiris dan secubit halba masa masak nasi dengan santan.
        Ayam masak merah versi kenduri, untuk 30 orang guna 5kg ayam, 1kg cili blend dan 2 tin sos tomato.
        Air bandung soda: sirap ros 3 sudu, susu cair 1/2 cawan, air soda sejuk 1 tin. Kacau perlahan, siap!
        Roti jala mudah: 2 cawan tepung, 1 biji telur, 2 cawan santan cair, secubit kunyit. Tapis supaya tak berketul.
        Resepi cucur udang rangup viral: tepung gandum 2 cawan + tepung beras 1/2 cawan, rahsia dia air sejuk ais.
        Kuah kacang sate cara Kajang: kacang tanah tumbuk kasar, serai 3 batang, lengkuas, gula melaka 100g.
        Bubur caca cepat: keledek, keladi dan sagu, masak dengan santan 500ml dan gula 4 sudu besar. Untuk 6 orang.
        Masak lemak cili api ketam ala Negeri Sembilan, pastikan cili api ditumbuk lumat dengan kunyit hidup.
    """),
    ("ms", "promo"): _lines("""
        FLASH SALE 12.12 jam 12 malam! Diskaun sehingga 70%, guna kod baucar RAYA12 untuk RM12 off min. spend RM60.
        Free shipping seluruh Semenanjung untuk pembelian RM50 ke atas. Sabah & Sarawak tambah RM8.
        Perlukan seseorang untuk bercakap? Talian Kasih 15999 dibuka 24 jam, atau WhatsApp 019-261 5999.
        Kedai kami: Butik Seri Ayu Sdn. Bhd., No. 23, Jalan Tuanku Abdul Rahman, 50100 Kuala Lumpur. Buka 10 pagi - 10 malam.
        Untuk order pukal, hubungi talian pejabat kami 03-8925 6140 (waktu bekerja sahaja).
        Pre-order tudung edisi Raya dibuka 1 Mac, penghantaran bermula 15 Mac. Limited 500 helai sahaja!
        Beli 2 percuma 1 untuk semua perisa kopi pracampur. Tawaran sah sehingga 31/12/2025 atau selagi stok ada.
        Lazada Bonanza 11.11: baucar cas balik 20% dengan kod LAZ1111MY, had RM30 seorang.
        Kod promo "GRABMAKAN5" tu dah tamat tempoh ye, jangan tanya admin lagi 🙏
        Dapatkan set hadiah Hari Ibu bernilai RM199 pada harga RM129 sahaja. Stok terhad!
        Join Telegram channel kami t.me/dealsmurahmy untuk alert harga jatuh setiap hari.
        Sertai program affiliate kami, komisen 8% untuk setiap jualan. Daftar di laman web rasmi.
    """),
    ("ms", "news"): _lines("""
        PDRM: Tiga maut dalam kemalangan melibatkan tiga kenderaan di KM 248 Lebuhraya Utara-Selatan arah selatan awal pagi tadi.
        MetMalaysia keluarkan amaran hujan berterusan tahap waspada di Kelantan dan Terengganu sehingga Ahad.
        Perdana Menteri Datuk Seri Anwar Ibrahim umum bantuan Sumbangan Tunai Rahmah fasa kedua akan dikreditkan minggu depan.
        Harga minyak RON95 kekal RM2.05 seliter untuk minggu ini, umum Kementerian Kewangan.
        Lee Zii Jia mara ke suku akhir Terbuka Jepun selepas menewaskan pemain Denmark straight set. Syabas!
        KKM: 1,245 kes denggi direkodkan minggu lalu, turun 8% berbanding minggu sebelumnya.
        Bank Negara nasihat orang ramai jangan kongsi TAC dan nombor kad kepada sesiapa, termasuk yang mengaku pegawai bank.
        Menurut Jabatan Perangkaan, kadar pengangguran negara pada Julai adalah 3.2%.
        Kes penipuan dalam talian meningkat, kerugian RM1.2 bilion tahun lepas. Semak akaun penerima di portal Semak Mule CCID dulu.
        SPR umum tarikh penamaan calon PRN pada 12 Julai dan pengundian 26 Julai.
        Jurulatih Harimau Malaya umum 25 pemain untuk kempen Piala AFF bulan depan.
        MotoGP Sepang 2025: tiket grandstand dijual mulai RM150, beli di laman rasmi SIC.
    """),
    ("mixed", "thread"): _lines("""
        Malaysians: "jom makan" / Also Malaysians: "makan mana?" / "Mana-mana je" / *reject 12 kedai* 😂
        Thread 🧵 Cara nak semak sama ada akaun bank tu pernah dilaporkan scam (1/5)
        Bila cikgu cakap "siapa tak siap homework, berdiri" and you are the only one standing 💀
        Petrol naik, gaji tak naik, tapi kucing aku tetap nak Whiskas premium. Life.
        Unpopular opinion: nasi kandar Penang lagi sedap dari KL. Fight me.
        Me: nak save duit bulan ni. Also me: checkout 11.11 RM300 sebab "free shipping" 🤡
        Kak Ros dalam Upin Ipin ni sebenarnya ikon kakak sulung Malaysia. Garang tapi sayang.
        Hot take: Mat Kilau filem paling laris dalam sejarah box office Malaysia, tapi plot dia biasa je.
        Kalau kau bangun pukul 6 pagi hari Sabtu tanpa alarm, tahniah, kau dah jadi bapak-bapak.
        2 jam cari parking kat Mid Valley malam Jumaat. Next time naik LRT je lah.
        Netizen serang akaun rasmi syarikat penerbangan lepas flight delay 6 jam. Respons admin pun savage.
        Yang dapat mesej "awak dah menang iPhone, bayar RM50 untuk pos" tu, scam ye. Jangan layan.
        Format IC Malaysia: YYMMDD-PB-###G, contoh 000000-00-0000. Jangan pernah letak IC sebenar dalam group awam!
        Ali bin Abu, Encik Ahmad dan Cik Siti ialah nama contoh dalam buku teks BM sekolah rendah. Nostalgia tak?
        Ramai tanya kenapa harga telur naik. Simple: kos makanan ayam naik 30% sejak 2022.
    """),
    ("ms", "group"): _lines("""
        Assalamualaikum semua, nak tanya klinik gigi mana yang ok area Bangi? Yang terima panel PERKESO.
        Ada sesiapa tahu kedai repair iPhone yang jujur sekitar Ipoh? Skrin pecah, iPhone 13.
        Cari rumah sewa area Cyberjaya, budget bawah RM1,500, 3 bilik. Ada cadangan taman yang selamat?
        Admin: Post jual beli hanya dibenarkan hari Sabtu dan Ahad. Post lain akan dipadam tanpa notis.
        Peringatan: jangan letak nombor telefon peribadi dalam ruangan komen, guna PM.
        Sesiapa pernah guna servis lori pindah rumah dari KL ke Johor? Anggaran harga berapa?
        Jual: stroller Joie terpakai, keadaan 8/10, RM180. Area Seremban. PM untuk detail.
        Kemalangan teruk kat susur keluar Sungai Besi tadi, trafik sesak 3km. Elakkan kalau boleh.
        Barang hilang: payung hitam tertinggal kat surau R&R Tapah semalam. Kalau jumpa, tinggalkan kat kaunter surau je.
        Group ni untuk komuniti penyewa Lembah Klang. Sila baca peraturan sebelum post.
        Ada yang tahu bila tarikh buka permohonan PR1MA tahun ni?
        Ambil iktibar: kereta kena pecah cermin kat parking pasar raya semalam sebab tinggal beg atas seat.
    """),
    ("en", "telegram"): _lines("""
        [Channel update] Daily price tracker: cooking oil 5kg RM29.90 at most hypermarkets, sugar 1kg RM2.85.
        Reminder: our bot will never ask for your OTP. Report impersonators to @dealsmurahmy_admin.
        New firmware v3.4.1 for the Mi Band 9 is rolling out in Malaysia, changelog in pinned message.
        Scam template going around: "Your parcel is held at customs, pay RM3.50 at bit.ly/xxxx". Do not click.
        SHA-256 of the APK we posted: 604b28f0b692e40877aaaa2d4f1782d2df5efd85df1c2fc60a7ad9367947f67d
    """),
    ("zh", "review"): _lines("""
        这家榴莲饼真的好吃，猫山王口味，一盒12粒RM38，下次还会回购。
        槟城炒粿条推荐：汕头街那家，排队半小时但值得。
        大马网购群温馨提示：请勿在群内公开个人电话和地址，交易请私聊。
        今年双十一Lazada满RM100减RM15，记得先领券。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        COD Bangi Gateway petang ni pukul 5, sila roger Farah 013-770 4512 bila sampai.
        Hilang dompet! Dalam tu ada IC atas nama NURUL AIN BINTI ZAKARIA, 960214-10-5628, dan lesen memandu. Hilang kat Pasar Tani Seksyen 13 Shah Alam.
        Jumpa IC kat depan 7-Eleven Taman Melawati: MUHAMMAD HAFIZ BIN ROSLI 950817-14-5673. Tuan punya boleh PM saya.
        AWAS!!! Zulkifli bin Hamid dari Kampung Sungai Buloh, Kuala Selangor ni hutang aku RM4,500 sejak 2023 tak bayar-bayar. Share biar semua tahu.
        Scammer alert: jangan transfer ke akaun Maybank 1621 8834 5570 atas nama NUR SYAFIQAH BT AHMAD. Dah 3 orang kena dengan dia jual iPhone.
        Bilik sewa Taman Desa Jaya Kepong, RM450 termasuk api air, perempuan sahaja. Hubungi tuan rumah Uncle Lim 016-223 8417.
        Mohon doa, mak mertua saya Puan Rosnah baru disahkan kanser payudara tahap 3, minggu depan mula kemo kat HUKM.
        Al-Fatihah buat Mohd Izzat Danial bin Kamarul, 19 tahun, anak jiran kami yang meninggal dalam kemalangan motosikal di Jalan Kebun malam tadi.
        Anak saya Aisyah Humaira, darjah 3 kelas 3 Bestari SK Taman Melawati 2, tertinggal beg sekolah biru dalam bas. Sesiapa jumpa tolong bagitahu.
        Alamat untuk pos: Siti Khadijah bt Omar, No. 14, Jalan Mawar 3/2, Taman Bukit Mewah, 43000 Kajang, Selangor. Tel 019-338 2047.
        Rumah untuk disewa Taman Sri Gombak, 3 bilik 2 bilik air, RM1,300. Owner: En. Rashid 012-669 1382 (call/WhatsApp).
        Adik aku Syazwan kena buang kerja bulan lepas, sekarang tengah masuk AKPK sebab hutang kad kredit RM38k. Mak tak tahu lagi.
        Tolong share, suami saya Ahmad Faizal bin Mat Noor (42) hilang sejak Isnin, kali terakhir dilihat di Terminal Larkin pakai baju biru. Dia ada skizofrenia.
        Nombor dia kosong satu tujuh, empat lima dua, lapan sembilan satu kosong. Nama Hakim, yang jual kereta tu.
        Pengirim: Tan Mei Ling, 23 Lorong Kenari 5, Taman Pelangi, 80400 Johor Bahru. Penerima: Tan Ah Kow, Kampung Baru Cina, 35900 Tanjung Malim.
        Kalau nak hantar barang ke rumah Kak Yam (Mariam binti Yusof): masuk simpang depan Masjid Al-Falah Parit Haji Ali, rumah kayu ketiga sebelah kanan, pagar hijau.
        Kawan sekerja aku, Shahrul yang kerja shift malam kat kilang Senawang tu, baru disahkan positif HIV. Kesian dia.
        Untuk bayaran deposit, transfer ke CIMB 7063358129 a/n Kavitha a/p Subramaniam, lepas tu screenshot resit ye.
        Penjual tak guna! Nama dia Rajesh a/l Muniandy, IC 880523-08-6391, tinggal Taman Ipoh Jaya. Dah bayar RM2,200 untuk motor, motor tak dapat.
        Jiran depan rumah saya (No. 8 Jalan Seroja 2, Taman Seroja, Bangi) kena pukul dengan suami dia semalam, muka lebam. Tolong jangan share.
        Tolong doakan ayah saya Haji Kamaruddin bin Salleh yang sedang koma di ICU Hospital Sultanah Bahiyah selepas strok.
        Kepada yang tanya, emel Cikgu Norhayati untuk hantar kerja sekolah anak: norhayati.ismail85@gmail.com
        Gaji aku RM2,300 je, PTPTN RM45k, kereta RM620 sebulan... Nama aku Amirul, kerja kat stesen minyak Rawang. Tak tahu nak buat apa dah.
        Kes langgar lari kat Jalan Meru Klang: mangsa Lee Chong Hui, 27 tahun, masih tak sedar di Hospital Tengku Ampuan Rahimah. Keluarga minta saksi tampil.
        Untuk COD, saya kat Blok C-12-07, Pangsapuri Seri Cempaka, Jalan Kuchai Lama. Call 011-2834 7719 sebelum naik.
        Siapa kenal Nurul Izzati yang kerja kat klinik Kota Damansara? Dia pinjam RM800 dengan mak saya janji bayar bulan 3, sampai sekarang senyap.
        Surat saman JPJ sampai rumah atas nama abang saya Mohd Shafiq, no IC 9102 1410 5587. Dia dah pindah, macam mana nak buat?
        Anak bongsu saya Danish (6 tahun) disahkan autisme minggu lepas, sekarang terapi kat klinik pakar kanak-kanak Seri Kembangan setiap Selasa.
        Bayar guna DuitNow ke 012-908 3316 (Hasnah) ye, baru saya pos.
        Kakak saya Farhana tengah tunggu keputusan biopsi ketumbuhan rahim, dia baru 31 tahun. Doakan ye semua.
        Rider tu nama Azman, plat WXB 4471, dia ambil barang tak hantar. Nombor dia 018-245 6093, tolong viralkan.
    """),
    "mixed": _lines("""
        Guys, anyone kenal girl ni? Nama Chloe Tan, she scammed me RM650 for Labubu preorder, her Touch n Go number 016-552 8190.
        COD at Sunway Pyramid LG entrance 3pm, I'm Jason, white Myvi, hp 012-776 3045.
        Selling my dad's Proton Saga, geran bawah nama Ismail bin Daud, IC 560311-01-5237, semua dokumen ready.
        Pls pray for my bestie Nadia, baru diagnosed with lupus and is warded at Pantai Hospital Cheras.
        Room for rent Setia Alam, RM600 incl wifi, female only. Contact owner Mrs Wong 017-388 2651.
        My sister's wedding is at our house, No. 5, Jalan Kenanga 7, Taman Kenanga, 75200 Melaka. See you all on 14 June!
        Eh bro, your ex Aqilah from Shah Alam tu baru declare bankrupt, nama dia ada dalam list MDI.
        Whoever took my phone at Sunway Lagoon, ada gambar my son Ryan, he's in Year 2 at SJK(C) Puay Chai 2. Pls return.
        Shopee address: Muhammad Aiman, 0137729054, Lot 1127 Kampung Padang Lepai, 06000 Jitra, Kedah.
        My landlord Mr Gopal (011-1093 4278) refuse to return RM2,400 deposit, anyone tahu macam mana nak file kat Tribunal Tuntutan Pengguna?
        My brother-in-law Vincent Lau just kena retrench from his job in Penang and still has RM200k housing loan, any job leads in QA?
        Accident kat Jalan Tun Razak tadi, the Grab driver, Encik Salim from Cheras, kena bawa ke HKL with head injuries.
        For agent registration send IC depan belakang. Mine for reference: 900725-07-5034 Lim Siew Ping.
    """),
    "en": _lines("""
        Looking for our helper Sri Wahyuni, Indonesian passport C 4471829, she left our home in Bangsar last night without her things.
        Can someone return my cousin's wallet? Her name is Priya Ramasamy and her MyKad number is 030619-14-0824.
        Tuition fee for Amanda Yeoh (Form 4) please bank in to Public Bank 6472091538, account name Yeoh Bee Lian.
    """),
    "zh": _lines("""
        有人捡到一个钱包吗？里面有我妈妈黄秀英的身份证 640917-07-5282，在大山脚夜市掉的。
        出租房间：蒲种 Bandar Puteri，月租RM550，屋主陈先生 012-398 7741，只限女生。
        我姑姑上个月确诊胰腺癌末期，现在住在槟城中央医院，医药费好贵，有人知道哪里可以申请援助吗？
        小心这个人！林志强，住在Kepong Baru，欠我们公司货款RM12,800一直不还，电话 016-772 5539。
    """),
}

#: Multi-turn chats; every chat is personal (some turn reveals personal information).
CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Tolong tulis mesej sopan untuk pembeli Shopee saya, barang lambat sebab kurier.",
        ),
        (
            "assistant",
            "Boleh. Contoh: 'Salam, mohon maaf atas kelewatan penghantaran. Pihak kurier mengalami kesesakan di hub, barang dijangka sampai dalam 2-3 hari bekerja.'",
        ),
        (
            "user",
            "Tambah nama dia Puan Zaleha, alamat No. 9 Jalan Cempaka 4, Taman Cempaka, 68000 Ampang, dan nombor saya 012-554 9031 kalau dia nak call.",
        ),
        (
            "assistant",
            "Baik, saya masukkan nama, alamat dan nombor telefon itu dalam mesej.",
        ),
    ],
    [
        (
            "user",
            "Aku jumpa IC orang kat surau R&R Ayer Keroh. Nak buat caption FB supaya tuan dia jumpa.",
        ),
        (
            "assistant",
            "Cadangan: sebut lokasi dan tarikh jumpa, tapi jangan dedahkan nombor IC penuh. Minta tuan punya PM untuk pengesahan.",
        ),
        (
            "user",
            "Nama dalam IC tu SITI AISYAH BINTI MOHD RADZI, 010305-04-0462. Letak sekali nama dia boleh?",
        ),
    ],
    [
        (
            "user",
            "Kawan aku pinjam duit tak bayar dah setahun. Patut ke aku post kat Facebook?",
        ),
        (
            "assistant",
            "Memalukan orang di media sosial boleh membawa risiko fitnah. Lebih baik hantar notis tuntutan atau guna Tribunal Tuntutan Pengguna jika berkaitan.",
        ),
        (
            "user",
            "Nama dia Khairul Anuar bin Jamil, kerja kat Pejabat Tanah Kuantan, hutang RM3,000. Tolong draf surat tuntutan.",
        ),
        (
            "assistant",
            "Baik, berikut draf surat tuntutan hutang RM3,000 kepada Encik Khairul Anuar bin Jamil dengan tempoh bayaran 14 hari.",
        ),
    ],
    [
        (
            "user",
            "Buatkan iklan rumah sewa untuk Mudah.my, teres 2 tingkat 4 bilik di Bandar Baru Nilai, RM1,400 sebulan.",
        ),
        (
            "assistant",
            "Rumah Teres 2 Tingkat untuk Disewa - Bandar Baru Nilai. 4 bilik, 3 bilik air, dekat USIM dan KLIA. Sewa RM1,400/bulan.",
        ),
        (
            "user",
            "Letak contact owner: Pn. Habsah 019-772 0318, rumah dia sebelah, No. 17 Jalan BBN 1/3A.",
        ),
    ],
    [
        (
            "user",
            "Nak buat kempen derma untuk kos rawatan, boleh tolong tulis caption Instagram?",
        ),
        ("assistant", "Boleh. Untuk siapa dan apa keperluan rawatannya?"),
        (
            "user",
            "Ayah saya, Encik Roslan bin Idris, 58 tahun, menghidapi kegagalan buah pinggang tahap 5 dan perlu dialisis 3 kali seminggu kat Pusat Dialisis Kemaman.",
        ),
        (
            "assistant",
            "Baik. Caption: 'Bantu ringankan beban keluarga Encik Roslan yang sedang menjalani dialisis...' Pastikan akaun derma atas nama keluarga yang sah.",
        ),
        (
            "user",
            "Akaun derma Bank Islam 1407 5021 3386 42 atas nama saya, Nurhidayah binti Roslan.",
        ),
    ],
    [
        (
            "user",
            "Help me write a surat kebenaran untuk anak tak datang sekolah esok.",
        ),
        (
            "assistant",
            "Sure. I need the pupil's name, class, school and the reason for absence.",
        ),
        (
            "user",
            "Muhammad Adam Harith bin Zulkarnain, 4 Cerdik, SK Seksyen 9 Kota Damansara. Sebab dia demam panas dan ada sawan semalam.",
        ),
        (
            "assistant",
            "Here is the letter for Muhammad Adam Harith (4 Cerdik) to the Guru Kelas, stating absence due to fever and seizure.",
        ),
    ],
    [
        (
            "user",
            "Ringkaskan post ni untuk group WhatsApp taman: 'Kemalangan jalan raya di Jalan Pandamaran pagi tadi, mangsa Ravindran a/l Sivam, 34, penghantar makanan, patah kaki dan dirawat di HTAR.'",
        ),
        (
            "assistant",
            "Ringkasan: Seorang penghantar makanan cedera patah kaki dalam kemalangan di Jalan Pandamaran pagi tadi dan kini dirawat di HTAR.",
        ),
        ("user", "Tambah nama dia, jiran kita blok B tu."),
    ],
    [
        (
            "user",
            "Saya kena scam jual beli kat Facebook, nak buat laporan polis. Apa maklumat perlu ada?",
        ),
        (
            "assistant",
            "Sediakan tarikh transaksi, jumlah, nombor akaun penerima, nama pemilik akaun, tangkapan skrin perbualan dan resit pindahan.",
        ),
        (
            "user",
            "Saya transfer RM1,150 ke RHB 1123 4600 0871 52 a/n MOHD FIRDAUS BIN AZIZ, nombor telefon dia 014-903 2276. Tolong susun jadi kenyataan.",
        ),
        (
            "assistant",
            "Baik. Kenyataan: Pada 3 Mac, saya telah memindahkan RM1,150 ke akaun RHB atas nama Mohd Firdaus bin Aziz bagi pembelian telefon yang tidak diterima...",
        ),
    ],
    [
        (
            "user",
            "I run a Telegram deals channel. Can you format the giveaway winners list nicely?",
        ),
        (
            "assistant",
            "Sure, paste the list and tell me whether you want to show full names or initials only.",
        ),
        (
            "user",
            "Full please: 1) Lim Jia Hui 011-5123 7740, 2) Nor Azlina Abdullah 013-288 4105, 3) Thivya Raj 017-640 9952. They collect at our Cheras outlet.",
        ),
        (
            "assistant",
            "Publishing phone numbers in a public channel is risky; I would show names with masked numbers like 011-5xxx xx40.",
        ),
    ],
]
