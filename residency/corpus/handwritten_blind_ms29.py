# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms29: Bahasa Melayu perniagaan kecil dan jualan dalam talian (Shopee, TikTok Shop, dropship dan agen, SSM, e-Invois LHDN, COD dan kurier). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms29
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis rasmi"): _lines("""
        Makluman: Pelaksanaan e-Invois Fasa 3 bagi pembayar cukai berpendapatan tahunan melebihi RM25 juta hingga RM100 juta berkuat kuasa 1 Januari 2025.
        Bagi transaksi dengan pembeli individu yang tidak memerlukan e-Invois, penjual boleh mengeluarkan e-Invois disatukan menggunakan TIN umum EI00000000010 dalam tempoh 7 hari selepas akhir bulan.
        TIN umum EI00000000020 digunakan bagi pembeli asing, manakala EI00000000030 bagi pembekal asing dan EI00000000040 bagi entiti kerajaan.
        Yuran pendaftaran perniagaan milikan tunggal ialah RM60 setahun bagi nama perdagangan, atau RM30 setahun jika menggunakan nama sendiri seperti dalam kad pengenalan.
        Pendaftaran perniagaan boleh dibuat secara dalam talian melalui portal ezBiz SSM; sijil e-Info (BR) boleh dicetak sendiri selepas pembayaran berjaya.
        Talian HASiL Care Line: 03-8911 1000 / 603-8911 1100 (luar negara), Isnin hingga Jumaat 8.30 pagi – 5.30 petang.
        NOTIS: Kaunter Menara SSM@Sentral, No. 7 Jalan Stesen Sentral 5, Kuala Lumpur Sentral, 50623 Kuala Lumpur ditutup pada 25 Disember 2026 sempena Hari Krismas.
        KPDN mengingatkan peniaga dalam talian supaya mematuhi Peraturan-Peraturan Perlindungan Pengguna (Urus Niaga Perdagangan Elektronik) 2012, termasuk memaparkan nama perniagaan, nombor pendaftaran dan alamat perniagaan.
        Aduan pengguna boleh dibuat melalui portal e-Aduan KPDN, WhatsApp 019-279 4317 atau talian bebas tol 1-800-886-800.
        Perniagaan dengan hasil tahunan di bawah ambang pengecualian tidak diwajibkan mengeluarkan e-Invois; sila rujuk Garis Panduan Khusus e-Invois versi terkini di laman web HASiL.
        Kod klasifikasi 004 (Consolidated e-Invoice) dan 022 (Others) antara kod yang paling kerap digunakan oleh peniaga runcit kecil.
    """),
    ("ms", "iklan jualan"): _lines("""
        🔥READY STOCK🔥 Tudung bawal cotton premium, 12 warna, RM15 sehelai / 3 helai RM39 je! Free gift utk 50 pembeli pertama 😍
        Kedai Mak Jah Kuih Raya — biskut dahlia, tart nenas gulung, semperit. Pre-order dibuka sampai 15 Mac, pos seluruh Malaysia.
        Live TikTok mlm ni 9pm!! Flash sale skincare serendah RM9.90, jgn lupa klik beg kuning 🛒
        Harga borong utk agen: min 10 botol RM18/btl, 50 botol ke atas RM15/btl. Harga runcit RM29.90 (SM) / RM32.90 (SS).
        Sambal garing ala Khairul Aming? Cuba resipi kami pulak, 200g RM12, tahan 3 bulan tanpa pengawet.
        Baju Melayu Teluk Belanga, saiz XS–5XL, kain jacquard. Guna kod voucher RAYA10 utk potongan 10%.
        Shopee Mall | Official Store | 100% Ori | 15 Hari Pulangan Percuma | COD Tersedia
        Kopi Pak Belalang 3in1 — 25 uncang x 20g, SKU KPB-3IN1-25, berat bersih 500g.
        Pembelian atas RM50 free shipping Semenanjung, Sabah/Sarawak tambah RM8 je.
        Restock!! Kasut sekolah Bata putih no. 2–10, RM29.90 sepasang. Stok terhad sempena musim buka sekolah.
        Bundle Raya RM45: rempah Adabi 3 pek + kicap Mahsuri 2 botol + serbuk kari Baba's 250g.
    """),
    ("ms", "templat dan borang"): _lines("""
        Hai {nama_pelanggan}, pesanan anda #{order_id} telah dihantar melalui {kurier}. Jejak di sini: {tracking_url}
        Nama Penuh (seperti dalam MyKad): ____________  No. MyKad: ______-__-______  No. Tel: ____________
        Borang Pendaftaran Ejen — Bahagian A: Maklumat Diri (nama, no. IC, alamat, no. akaun bank). Sila lampirkan salinan IC depan & belakang.
        Format alamat COD: Nama | No. Tel | Alamat penuh + poskod | Item & kuantiti | Jumlah bayaran
        Format No. Pendaftaran Syarikat baharu: 12 digit, contoh 202001012345 (format lama 1234567-A).
        Templat balas aduan: Salam {nama}, kami mohon maaf atas kesulitan. Boleh kongsikan gambar parcel & video unboxing untuk tindakan lanjut?
        Invois No.: INV-2026-{n:06d} | Tarikh: DD/MM/YYYY | Bil Kepada: [Nama Syarikat] | TIN: [C/IG...] | No. SST: [W10-XXXX-XXXXXXXX]
        Ruangan Pembeli: Nama ________ Tandatangan ________ Tarikh ________ (diisi semasa penerimaan barang COD)
        Mesej auto WhatsApp Business: Terima kasih kerana menghubungi kami! Waktu operasi 9am–6pm. Sila nyatakan no. pesanan anda.
        Surat akuan ejen: Saya, [NAMA PENUH], No. K/P [NO. K/P], dengan ini mengaku tidak akan menjual di bawah harga minimum (MAP) yang ditetapkan.
        Slip AWB: Pengirim [nama kedai] / Penerima [nama] / Berat __ kg / COD RM __ / Tandatangan penerima __
    """),
    ("ms", "status penghantaran"): _lines("""
        Status: Dalam Transit — Parcel tiba di Hub Shah Alam (SAH) pada 04/12/2026 03:17.
        SPX Express SPXMY045512873390 — Berjaya dihantar, 2 Dis 2026 14:42.
        J&T 630012445781 — Percubaan penghantaran gagal: penerima tiada di premis. Akan dihantar semula esok.
        ER204577816MY — Item diterima di Pusat Mel Nasional, Shah Alam.
        Ninja Van NVMYSHP0012457789 — Parcel dipulangkan kepada penghantar (RTS) selepas 3 percubaan gagal.
        COD RM89.00 telah dikutip oleh rider; remitan kepada penjual dijangka dalam 3–5 hari bekerja.
        Laporan harian: 148 parcel dihantar, 12 gagal (8.1%), 5 RTS, nilai COD terkumpul RM12,486.50.
        Cut-off pickup DHL eCommerce hari ni 4pm, lepas tu masuk batch esok ye.
        Parcel bocor/rosak? Buat tuntutan dalam 7 hari dari tarikh penghantaran melalui Pusat Bantuan, lampirkan video unboxing tanpa potong.
        Ditahan di Kastam KLIA — invois komersial diperlukan (HS Code 6204.42, nilai USD 120).
        Pusat Layanan Pelanggan Pos Malaysia: 1-300-300-300.
    """),
    ("ms", "rekrut ejen dan dropship"): _lines("""
        JOM JADI DROPSHIP! Tiada modal, tiada stok, kami uruskan packing & pos. Komisen sehingga 30%. PM utk join 🙌
        Syarat jadi agen: warganegara Malaysia, 18 thn ke atas, ada akaun bank sendiri. Deposit stok pertama min RM300.
        Struktur: Stokis > Agen > Dropship. Margin stokis 45%, agen 35%, dropship 20%.
        Tiada yuran pendaftaran. Hati-hati dengan scammer yang guna nama syarikat kami — rekrut rasmi hanya melalui talian pejabat 03-5523 8800.
        Top seller bulan November: Team Johor dengan 2,314 unit, diikuti Team Kelantan 1,980 unit.
        Kelas online percuma 'Cara Closing di TikTok' setiap Selasa 9.30mlm melalui Zoom, link dalam group Telegram.
        Skim cepat kaya? Bukan. Ni bisnes jual produk sebenar, berdaftar SSM 202101034567 (1425678-X).
        Insentif: capai jualan RM10k sebulan dapat trip ke Bandung, RM30k dapat Honda City.
        Semua agen wajib guna harga seragam RM39.90. Jual bawah harga = keahlian digantung.
        Sebelum join mana-mana skim agen, semak status syarikat di SSM e-Search dan senarai Financial Consumer Alert BNM.
        Kami cari 20 dropshipper baru bulan ni, utamakan suri rumah & pelajar IPT.
    """),
    ("ms", "panduan data peribadi"): _lines("""
        Jangan kongsi screenshot pesanan yang mengandungi nama, alamat atau no. telefon pembeli dalam group FB atau TikTok.
        Sebelum upload video packing, kaburkan label AWB kerana ia memaparkan maklumat penerima.
        Akta Perlindungan Data Peribadi 2010 (Akta 709) terpakai kepada transaksi komersial; pindaan 2024 memperkenalkan kewajipan pemberitahuan pelanggaran data.
        Data pelanggan COD hendaklah dipadam daripada telefon peribadi rider selepas 30 hari.
        Jika pembeli minta data mereka dipadam, rekod permintaan itu dalam log dan beri maklum balas dalam tempoh 21 hari.
        Salinan MyKad ejen disimpan dalam folder berkunci; hanya admin HR boleh akses.
        Nombor telefon pembeli di Seller Centre kini dipaparkan separa (cth. ******89) untuk melindungi privasi.
        Pelantikan Pegawai Perlindungan Data (DPO) diwajibkan bagi pengawal data yang memproses data peribadi melebihi 20,000 subjek data.
        Guna Google Form untuk borang ejen? Pastikan tetapan 'Collect email addresses' dimatikan jika tak perlu.
        Jangan minta pembeli hantar gambar IC untuk pesanan biasa — ia tidak diperlukan untuk COD.
        Cetak AWB terus dari Seller Centre; elakkan salin alamat pembeli secara manual ke dalam Excel peribadi.
    """),
    ("ms", "tokoh dan tempat"): _lines("""
        Menteri Pembangunan Usahawan dan Koperasi, Datuk Ewon Benedick, merasmikan Karnival Usahawan Digital di Kota Kinabalu.
        Ketua Pegawai Eksekutif LHDN, Datuk Dr. Abu Tariq Jamaluddin, berkata puluhan ribu pembayar cukai telah menggunakan Portal MyInvois.
        Tunku Abdul Rahman Putra Al-Haj mengisytiharkan kemerdekaan di Stadium Merdeka pada 31 Ogos 1957.
        Hantar ke Hospital Sultanah Aminah, Jalan Persiaran Abu Bakar Sultan, 80100 Johor Bahru — bahagian stor farmasi.
        Pickup point baru kami di Jalan Tuanku Abdul Rahman, depan Sogo.
        Bundle Upin & Ipin: botol air + beg sekolah, lesen rasmi Les' Copaque.
        Lagu 'Getaran Jiwa' nyanyian P. Ramlee masih popular dijadikan muzik latar video TikTok jualan batik.
        SMK Tun Dr. Ismail menempah 300 helai baju sukan untuk Hari Sukan Tahunan.
        Bazar Ramadan Jalan Raja Muda Musa dibuka semula tahun ni dengan 120 tapak niaga.
        Kak Ros marah lagi — meme Upin Ipin ni la paling laku jadi sticker WhatsApp kedai kami 😂
        Universiti Tun Hussein Onn Malaysia (UTHM) anjurkan bengkel e-dagang percuma untuk usahawan Batu Pahat.
        Mydin, yang diasaskan oleh Mydin Mohamed pada 1957, kini antara rangkaian runcit milik bumiputera terbesar.
    """),
    ("ms", "sistem dan log"): _lines("""
        POST /api/v1.0/documentsubmissions → 202 Accepted, submissionUid HJSD135P2S7D8IU, 3 dokumen diterima.
        UUID e-Invois F9D425P6DS7D8IU; status Valid; tarikh pengesahan 2026-12-03T10:15:42Z.
        Shopee order_sn 2612037H8KQ4PX — status TO_SHIP, logistics_channel_id 28052.
        Ralat 400: medan 'BuyerTIN' tidak sah — semak awalan C, IG atau EI dan bilangan digit.
        sha256 katalog_stok_v3.csv: 3044d550f0750ac30233a4e3b78efedd57d54e960e7aae857daf2864558c51b4
        TikTok Shop Partner API 202309 — endpoint /order/202309/orders/search, had kadar 50 permintaan sesaat.
        cron: 0 2 * * * python sync_stock.py --warehouse=SHA --dry-run=false
        [2026-12-04 08:00:01] INFO Sync 1,284 SKU ke Shopee & Lazada selesai (4.2s)
        Plugin WooCommerce MyInvois versi 2.3.1 — betulkan isu pembundaran cukai jualan 10%.
        Rujukan FPX 2612041030450087; bank Maybank2u; kod status 00 (Berjaya).
        webhook event=ORDER_STATUS_CHANGE shop_id=1029384756 order_sn=2612045QW7ERTY new_status=COMPLETED
    """),
    ("ms", "aduan dan ulasan"): _lines("""
        Barang sampai pecah, packing nipis sangat. 1 bintang.
        Seller responsive, pos cepat, tapi warna lain sikit dari gambar. Overall ok 4⭐
        Dah 2 minggu x sampai2, tracking stuck kat hub Bukit Mertajam. CS pun x reply 😤
        Order saiz L dapat M. Nak return kena bayar pos sendiri ke? Tak patut la.
        Rider area sini selalu tulis 'penerima tiada' padahal orang ada kat rumah sepanjang hari.
        Tak jadi beli sebab harga kat live lain, kat checkout lain. Misleading betul.
        Terima kasih seller, siap bagi free sample & thank you card. Confirm repeat order!
        Produk ni takde lulus KKM ke? Cari no. MAL kat kotak tak jumpa pun.
        Voucher RM5 tak boleh guna, sistem kata 'minimum spend not met' padahal dah RM60.
        Kenapa kos pos ke Sabah mahal sangat, RM18 untuk 1kg?
        Jangan beli dari kedai ni, stok tiruan. Saya dah report kat Shopee & KPDN.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        COD: Nurul Syafiqah binti Ahmad Zaki, 013-772 4581, No. 14, Jalan Kenari 7, Taman Bukit Indah, 81200 Johor Bahru. Tudung bawal x2, RM39.
        Sis, tolong tukar alamat penghantaran: Lot 2291, Kg. Sungai Durian, 16800 Pasir Puteh, Kelantan. Nama penerima Che Wan Rohani, tel 019-935 2204.
        Borang agen: Nama: Mohd Hafizuddin bin Roslan | IC: 950823-08-5417 | Bank: Maybank 1572 0384 9916 | Alamat: 33A Lorong Bercham Jaya 2, 31400 Ipoh.
        Daftar SSM milikan tunggal atas nama Lee Siew Mei (IC 880317-07-5336), nama perniagaan 'Mei Bakes Enterprise', alamat 21 Lintang Sungai Pinang 3, 10150 George Town.
        Dropship kita Kak Ida (Norhaida binti Mansor, team Seremban) baru keluar wad minggu lepas lepas kemoterapi kanser serviks, tolong tangguh target jualan dia bulan ni.
        Rider hub Klang tu, Kamarul bin Said, dah didakwa di Mahkamah Sesyen Shah Alam atas tuduhan pecah amanah wang COD RM18,420.
        Gaji admin stor kita Puan Rashidah binti Yusof bulan ni RM2,350 + elaun RM200, bank-in ke CIMB 7064331852 ye.
        Penerima: Tan Kah Wai, Blk 512 Jurong West St 52, #08-117, Singapore 640512, HP +65 9127 4486.
        TIN e-Invois pembeli: IG24581093070, nama Ravindran a/l Subramaniam, IC 790504-10-6031, alamat 8 Jalan SS 2/75, 47300 Petaling Jaya.
        Supplier Guangzhou, Mr Chen Weiming, WeChat chenwm_8823, WhatsApp +86 139 2288 4517 — dia kata stok tudung siap 12 Dis.
        Parcel utk Mohd Ar*** bin Ismail, 01X-XXX 7720, No. 5 Jalan Cempaka 2/3, Bandar Baru Bangi 43650 — tolong hantar sebelum Jumaat.
        Customer ni dah 3 kali reject COD: Zulkifli bin Awang, 017-338 0912, Kg. Losong, Kuala Terengganu. Blacklist terus.
        IC depan belakang dah hantar: 011207-13-0588, Jessica Anak Ugak, Kuching. Nak daftar agen bawah team Sarawak.
        Kad Visa pelanggan 4532 7718 0264 9918 exp 08/28 kena charge 2 kali utk order yg sama, nama atas kad SITI AISYAH BT OMAR.
        Van delivery Abang Joe (Joehari bin Salleh) plat VKE 4471, dia yg bawa parcel area Cheras Baru.
        Tolong refund ke akaun Bank Islam 12038021446709 atas nama Faridah Hanim binti Mat Nor, order 2611287RKF9Q1A.
        Pasport Ahmad Syukri bin Hashim A58120473 — dia nak ke Yiwu ambil stok, tolong book hotel bawah nama ni.
        Ejen Pahang kita Puan Sarimah binti Ali, rumah dia No. 7, Lorong Seri Kuantan 44, 25250 Kuantan — nak ambil stok pergi terus situ.
        Email utk invois: hasnah.kraftangan@gmail.com (Hasnah binti Daud, owner Hasnah Craft), tel 012-661 9034.
        Mak saya Zainab binti Hussin, 67 thn, pesakit buah pinggang, dialisis 3x seminggu kat Klang — dia yg jawab telefon kalau sy takde.
        Yg maki kita masa live tu @aina.rahman94, nama sebenar Nur Aina binti Abd Rahman, duduk Flat PKNS Seksyen 7, Blok C-3-12, Shah Alam.
        Slip gaji Nov: Muhammad Irfan Haziq bin Rosli, packer, gaji pokok RM1,700, OT RM312.50, KWSP pekerja RM223, no. ahli KWSP 18822045.
        Saya Puan Liyana Hamdan, anak saya Aqil (Darjah 4, SK Seri Petaling) ada autisme, sebab tu saya ambil order dropship dari rumah je.
        WhatsApp supplier kain Encik Lim Chee Keong 016-452 8871, kedai dia kat Jalan TAR tapi stok simpan kat rumah dia, 18 Jalan Ipoh Kecil, 50350 KL.
        Pelanggan Sabah: Jainal bin Ladjamuddin, Kg. Tanjung Batu Laut, 91000 Tawau, tel 011-2654 3098, bayar COD.
        Saya Farhana, IC hujung 0422, unit B-15-06 Residensi Vista Wirajaya, Setapak — parcel letak kat guard house ye.
        Kes tuntutan kecil: penjual Hafiz bin Azmi saman pembeli Norliza binti Kassim RM4,800 di Mahkamah Majistret Kota Bharu, sebutan semula 12 Jan.
        Sy Daniel Wong, owner DW Gadget, HP 012-208 7734, email daniel.wong.dw@outlook.com — pls send quotation utk 200 unit powerbank.
        Tukar akaun terima bayaran ke Public Bank 6521043718 a/n Ng Pei Shan, IC 920715-14-5788.
        Ejen baru team Kedah: Muhammad Amirul bin Fauzi, 20 thn, pelajar UUM, tel 014-577 3026, asal Kg. Alor Merah, Alor Setar.
        No. daftar perniagaan saya JM0921457-T tapi guna alamat rumah, 22 Jalan Melur 5, Taman Melur, 86000 Kluang. Pemilik: Roslinda binti Jaafar.
        Anak buah sy Hakim bin Zulkifli kena tangkap Jumaat lepas sebab jual vape tanpa lesen, skrg reman 4 hari kat IPD Seremban.
        Pembeli minta e-Invois individu: Salmah binti Idris, MyKad 740918-11-5062, email salmah.idris74@yahoo.com.
        Driver Lalamove Encik Suresh a/l Ganesan, plat WUC 8830, ambil 15 kotak dari stor Puchong jam 3 ptg tadi.
        Kak Yan (Suryani binti Abdul Latif) yg jual kek kat Bandar Baru Bangi tu baru bercerai, bekas suami tinggal hutang RM60k, sebab tu dia cari kerja dropship.
        Akaun pembekal jam tangan: Lim Hui Ling, HSBC 301-218734-101, tolong bayar deposit RM2,000 hari ni.
        Alamat gudang (rumah sewa, bukan kedai): No. 3, Jalan Mutiara 2A, Taman Mutiara Rini, 81300 Skudai — tuan rumah Encik Baharudin bin Omar, 012-730 5516.
        Utk tuntutan parcel hilang: MyKad pembeli 830226-02-5391 (Azhar bin Che Mat), nilai barang RM1,299.
        Hantar ke ofis suami saya, Kamal Ariffin bin Yusoff, Tingkat 9, Wisma Perkasa, Jalan Kuching, 51200 KL, tel 019-201 6647.
        Customer VIP kita Datin Rozita Hamzah (bukan artis, isteri kontraktor kat Kota Damansara) beli RM8k sebulan, no dia 012-377 9001.
        Sy Nor Azlina team Melaka, doktor sahkan sy positif denggi, MC 5 hari dari Klinik Kesihatan Ayer Keroh, minggu ni x dapat packing.
        Customer guna Mastercard 5412 7534 1289 0035 atas nama LIM WEI JIE buat chargeback, katanya tak pernah order.
        Pembeli Singapura Nur Hidayah bte Salim, NRIC S8734561J, minta invois penuh untuk claim syarikat.
        Tolong tukar penerima kpd adik sy Nurin Batrisyia binti Khalid, 011-1098 2245, Kolej Kediaman Jati UiTM Shah Alam, bilik 3-12.
        Ejen Shahrul Nizam bin Ramli (Kuala Selangor) ada rekod bankrap sejak 2022 — jangan bagi dia pegang akaun COD.
        Parcel utk Pn. Wan Norhayati binti Wan Ali, Kg. Padang Luas, 18000 Kuala Krai; dia OKU penglihatan, suruh rider call anak dia 013-920 1187.
    """),
    "en": _lines("""
        Hi, this is Priya Nair from Seremban, my WhatsApp is 018-762 3390, I want to become your stockist for Negeri Sembilan.
        Return to sender pls, the buyer Mr Goh Boon Hock at 27 Lorong Gurney 3, 10250 Penang refused the parcel twice.
        Boss, Azman's IC is 900612-05-5213 and his acct is RHB 21404500772188, pls process his commission RM1,240.
        OEM contract signed by factory rep Zhang Lihua, PRC ID 440106198707153329, mobile +86 137 1024 6635.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu khidmat pelanggan kedai Shopee 'Butik Seri Ayu'. Jawab dalam Bahasa Melayu yang sopan.",
        ),
        ("user", "salam sis, sy nak order baju kurung moden saiz M warna sage, COD blh?"),
        (
            "assistant",
            "Waalaikumussalam! Boleh sis, COD tersedia untuk Semenanjung. Boleh berikan nama, no. telefon dan alamat penuh?",
        ),
        ("user", "Nama Wan Nur Izzati binti Wan Hamzah"),
        (
            "user",
            "no tel 019-487 2215, alamat No 41 Jalan Delima 3, Taman Delima, 34000 Taiping Perak",
        ),
        ("assistant", "Terima kasih sis, pesanan direkod. Jumlah COD RM79 termasuk pos."),
    ],
    [
        ("user", "Assalamualaikum, sy nak daftar jadi agen. Apa maklumat yg perlu?"),
        (
            "assistant",
            "Waalaikumussalam. Kami perlukan nama penuh, no. MyKad, no. telefon dan akaun bank untuk bayaran komisen.",
        ),
        ("user", "Muhammad Danial bin Kamaruddin"),
        ("user", "IC 990214-06-5563"),
        ("user", "akaun Bank Rakyat 11052990331847, tel 011-3372 8890"),
        ("assistant", "Terima kasih, pendaftaran anda sedang diproses."),
    ],
    [
        (
            "user",
            "Hi, boleh keluarkan e-Invois atas nama sy utk claim pelepasan cukai? Order 2611302M8XJ4TB",
        ),
        (
            "assistant",
            "Boleh. Sila berikan nama penuh seperti dalam MyKad, no. MyKad atau TIN, alamat dan e-mel.",
        ),
        ("user", "Chong Mei Ling, IC 860930-10-5124, TIN IG20718834060"),
        (
            "user",
            "alamat 12 Jalan PJU 7/16, Mutiara Damansara, 47800 Petaling Jaya, email meiling.chong86@gmail.com",
        ),
        (
            "assistant",
            "Baik, e-Invois akan dihantar ke e-mel anda selepas disahkan oleh MyInvois.",
        ),
    ],
    [
        ("user", "parcel sy hilang, tracking SPXMY047718236650"),
        (
            "assistant",
            "Maaf atas kesulitan. Untuk buat tuntutan, boleh sahkan nama penerima dan nombor telefon?",
        ),
        ("user", "Haslinda binti Abu Bakar"),
        ("user", "tel 012-4"),
        ("user", "90 3318"),
        ("assistant", "Terima kasih, tuntutan dibuka dengan rujukan CLM-26120419."),
    ],
    [
        (
            "system",
            "Rekod pelanggan untuk rujukan ejen: Nama: Gopal a/l Muniandy | Tel: 016-229 7145 | Alamat: 56 Jalan Bunga Raya 4, Taman Seri Bunga, 70300 Seremban | Status: blacklist COD (2 kali tolak)",
        ),
        ("user", "Customer ni nak order lagi, COD RM150. Terima ke?"),
        (
            "assistant",
            "Berdasarkan rekod, disarankan minta bayaran penuh secara online sebelum pos.",
        ),
    ],
    [
        (
            "user",
            "Tolong terjemah ke Bahasa Cina utk supplier saya: 'Boleh hantar stok sebelum 20 Dis?'",
        ),
        ("assistant", "请问能在12月20日之前发货吗？"),
        (
            "user",
            "Ok, supplier tu nama Huang Jianguo, WeChat hjg_yiwu88, tel +86 158 5792 3016, kilang dia kat Yiwu",
        ),
        ("assistant", "Baik, anda boleh hantar mesej tersebut kepadanya melalui WeChat."),
    ],
    [
        ("user", "Tolong draf mesej kpd team dropship, maklumkan target Disember ditangguh"),
        ("assistant", "Baik. Ada sebab tertentu yang ingin dinyatakan?"),
        (
            "user",
            "Sebab ketua team kita Puan Norsiah binti Abdullah tengah dirawat di Hospital Tengku Ampuan Rahimah Klang lepas strok, tapi jgn sebut penyakit dia dlm group",
        ),
        (
            "assistant",
            "Faham. Draf: 'Salam semua, target Disember ditangguhkan atas sebab kecemasan. Terima kasih atas kerjasama.'",
        ),
    ],
    [
        ("user", "Macam mana nak daftar SSM milikan tunggal guna nama sendiri?"),
        (
            "assistant",
            "Anda boleh daftar melalui portal ezBiz. Yuran RM30 setahun untuk nama sendiri seperti dalam MyKad.",
        ),
        (
            "user",
            "Ok. Nama sy Siti Khadijah binti Mohd Nor, IC 970505-03-5402, alamat perniagaan rumah sy: Lot 818 Kg Kubang Kerian, 16150 Kota Bharu. Betul ke format ni?",
        ),
        (
            "assistant",
            "Format tersebut sesuai. Pastikan alamat sama seperti dalam MyKad atau bukti alamat terkini.",
        ),
    ],
    [
        ("user", "Rider J&T ni kurang ajar dengan mak sy semalam"),
        (
            "assistant",
            "Maaf mendengarnya. Boleh kongsi nombor tracking supaya aduan dapat dibuat?",
        ),
        ("user", "630019874412"),
        (
            "user",
            "Mak sy Puan Aminah binti Said, 72 thn, rumah kami 9 Lorong Haji Taib 2, Chow Kit. Dia ada dementia, tu yg dia keliru nak bayar COD",
        ),
        (
            "assistant",
            "Terima kasih. Aduan boleh dibuat melalui talian khidmat pelanggan J&T dengan butiran ini.",
        ),
    ],
    [
        ("system", "You are an assistant for a TikTok Shop affiliate agency in Malaysia."),
        ("user", "Need to prepare commission payout list for November"),
        ("assistant", "Sure, please share each affiliate's name, handle and payout amount."),
        ("user", "@kakmah.bakes — Normah binti Jusoh — RM3,420 — Maybank 162011884037"),
        ("user", "@hairul.gadget — Hairul Anuar bin Jamil — RM1,105 — CIMB 8009213574"),
        ("assistant", "Noted. I will format this into a payout table."),
    ],
]
