# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms55: pasar raya dan kedai runcit (kad ahli, baucar, pesanan dalam talian, penghantaran, aduan pelanggan, pekerja). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms55
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "kad ahli"): _lines("""
        Kad Ahli PasarKita: kumpul 1 mata bagi setiap RM1 belanja; 500 mata = baucar RM5.
        Mata ganjaran yang tidak ditebus dalam tempoh 12 bulan akan luput secara automatik.
        Untuk daftar, isi borang: Nama penuh (seperti dalam MyKad) / No. MyKad / No. telefon bimbit / Emel / Tandatangan.
        Kad hilang? Hubungi 1-300-88-7327 atau datang ke kaunter khidmat pelanggan; caj penggantian kad RM5.
        Contoh no. kad ahli: 8899 XXXX XXXX XXXX — 16 digit, sentiasa bermula dengan 8899.
        Ahli Platinum dapat diskaun 5% setiap Rabu, kecuali barang kawalan harga seperti gula, minyak masak paket 1kg dan tepung gandum.
        sy nak tanya kad ahli ni boleh guna kat semua cawangan ke ataupon cawangan Klang je?
        Kad Ahli Keluarga membolehkan sehingga 4 kad tambahan dikaitkan dengan satu akaun utama.
        Dasar Privasi: data ahli disimpan di pelayan dalam Malaysia dan tidak dijual kepada pihak ketiga (rujuk Akta Perlindungan Data Peribadi 2010).
        Naik taraf ke Gold bila belanja terkumpul capai RM3,000 dalam satu tahun kalendar.
        Kad ahli edisi terhad Upin & Ipin kini di kaunter — reka bentuk Kak Ros dan Tok Dalang, stok terhad!
        Nombor siri kad fizikal (cth. PK-2026-0048813) berbeza daripada nombor ahli dalam app, jangan keliru ya.
    """),
    ("ms", "baucar dan promosi"): _lines("""
        Baucar RM10 untuk pembelian minimum RM80. Sah sehingga 31/01/2027. Satu baucar bagi setiap resit.
        Kod promo RAYA26-7XK2 — diskaun RM15 utk pesanan pertama dalam app, min. belanja RM100.
        PROMOSI HUJUNG MINGGU!!! Beras Faiza 10kg RM34.90 (hrg asal RM39.90), telur gred A 30 biji RM13.50 sahaja.
        Baucar tidak boleh ditukar kepada wang tunai dan tidak sah jika dirosakkan atau difotostat.
        Sempena Hari Kebangsaan, cawangan Jalan Tuanku Abdul Rahman dibuka 10 pagi – 6 petang pada 31 Ogos.
        Peraduan Belanja & Menang: cabutan bertuah disiarkan langsung di Facebook rasmi pada 15/12/2026, 8.30 mlm; pemenang dihubungi melalui nombor berdaftar.
        DVD filem klasik Allahyarham P. Ramlee — Ali Baba Bujang Lapok, Madu Tiga — RM9.90 sekeping, minggu ini sahaja.
        Program Jualan Rahmah di perkarangan PasarKita Taman Melawati, Sabtu 7 pg – 12 tgh: ayam, ikan, sayur bawah harga pasaran.
        Bantuan SARA boleh dibelanjakan terus menggunakan MyKad di kaunter; baki kelayakan dipaparkan pada resit.
        Beli 2 percuma 1 untuk Milo 1kg, kod barang 9556001123457, di semua cawangan Semenanjung.
        T&C: Pemenang hadiah utama perlu kemukakan salinan MyKad untuk pengesahan; maklumat hanya digunakan bagi tujuan peraduan ini.
        Kupon tukar botol: 3 botol kaca = 1 cop, 10 cop = sebotol kicap Cap Kipas Udang percuma.
    """),
    ("ms", "pesanan dalam talian"): _lines("""
        Pesanan #PK-2026-118830274 telah disahkan. Anggaran penghantaran: 28 Nov 2026, 2–4 ptg.
        Status: DIBUNGKUS → DALAM PERJALANAN → DIHANTAR. Kemas kini terakhir 2026-11-28 14:07:33 +08:00.
        Item ditukar ganti: Susu Dutch Lady Full Cream 1L tiada stok, diganti Farm Fresh 1L (beza harga RM0.40 dikreditkan).
        Minimum pesanan RM50 untuk penghantaran percuma dalam radius 10km dari cawangan.
        Bayaran melalui FPX, kad kredit/debit, Touch 'n Go eWallet atau DuitNow QR diterima.
        Hai {nama}, pesanan {no_pesanan} anda sedang disediakan oleh {nama_pemetik}. Terima kasih kerana membeli-belah!
        Invois INV/PK/2026/11/004213 — jumlah RM284.60, termasuk caj beg plastik RM0.20.
        Slot penghantaran penuh utk 1–3 Dis. Sila pilih slot lain atau Ambil di Kedai (Click & Collect).
        Pesanan yang dibatalkan selepas status Dibungkus akan dikenakan caj pengendalian RM3.
        Bayaran balik dikreditkan ke kaedah pembayaran asal dalam tempoh 7–14 hari bekerja.
        Ralat 502: gagal sambung ke gerbang pembayaran. Rujukan transaksi FPX 2611281405230017. Sila cuba lagi.
        Barangan segar (ikan, daging, sayur) tidak boleh dipulangkan kecuali rosak semasa penghantaran; lapor dalam 24 jam berserta gambar.
    """),
    ("ms", "penghantaran"): _lines("""
        J&T 630012874451 — Dalam transit, Hab Shah Alam, 29/11 06:12.
        Pos Laju ER104552871MY: percubaan penghantaran gagal — premis berkunci. Percubaan kedua esok.
        SOP rider: ambil gambar bukti penghantaran (POD) tanpa menunjukkan wajah penerima atau nombor rumah jiran.
        Barang sejuk beku mesti dihantar dalam beg penebat dan sampai ke pelanggan dalam masa 90 minit.
        Rider, kalau pelanggan x angkat call 3 kali, tunggu 10 minit, lps tu bawa balik ke cawangan & tanda GAGAL – TIADA RESPONS.
        Caj penghantaran ekspres (dalam 2 jam) RM8.90; standard RM4.90; percuma untuk ahli Gold.
        Lori sejuk syarikat WPK 4417 rosak kompresor, semua penghantaran kawasan Cheras ditangguh ke esok.
        Penghantaran ke Hospital Sultanah Aminah Johor Bahru: guna pintu masuk logistik, bukan lobi utama.
        Alamat penghantaran dokumen tender: Kementerian Perdagangan Dalam Negeri dan Kos Sara Hidup, No. 13, Persiaran Perdana, Presint 2, 62623 Putrajaya.
        Pelanggan boleh jejak rider secara langsung dalam app; nombor telefon rider disembunyikan dan panggilan disambung melalui talian proksi.
        Zon penghantaran hari sama: Petaling Jaya, Subang Jaya, Shah Alam, Klang dan Puchong sahaja buat masa ini.
    """),
    ("ms", "aduan pelanggan"): _lines("""
        Beli roti semalam kat cawangan Bangi, bila buka dah berkulat padahal tarikh luput lagi 3 hari. Tolong ambil tindakan.
        Harga kat rak RM7.99 tapi kat kaunter caj RM9.49. Ni dah kali ketiga bulan ni tau.
        Templat jawapan: Terima kasih, Tuan/Puan [NAMA]. Aduan anda (No. Tiket: [NO_TIKET]) telah diterima dan akan disiasat dalam 3 hari bekerja.
        Tiket #CS-2026-55812 | Kategori: Harga tidak sepadan | Status: Selesai | SLA: 48 jam.
        Jika pelanggan beri nombor IC dalam mesej FB, padam mesej itu selepas disalin ke CRM dan jangan sekali-kali minta gambar MyKad.
        Aduan harga boleh dibuat terus kepada KPDN melalui talian bebas tol 1-800-886-800.
        Parking kat cawangan Seksyen 13 teruk gila, troli bersepah, guard pun xde. Bila nak baiki?
        Rider hantar lambat 2 jam, ais krim cair habis. Minta refund penuh, order PK-2026-118840122.
        Kenapa kena scan IC baru boleh beli Panadol 2 papan? Tu polisi kedai ke undang-undang?
        Statistik aduan S3 2026: 1,284 tiket; 41% penghantaran, 23% harga, 18% kualiti produk, 18% lain-lain.
        Layanan staf kaunter sangat baik, pantas dan mesra. Terima kasih PasarKita Kota Bharu!
        Mohon maaf atas kesulitan. Baucar gantirugi RM20 telah dimasukkan ke akaun ahli anda dan sah selama 60 hari.
    """),
    ("ms", "pekerja"): _lines("""
        Jadual syif: Pagi 7.00–15.00, Petang 15.00–23.00. Juruwang wajib hadir 15 minit awal untuk kiraan float.
        Gaji minimum RM1,700 sebulan berkuat kuasa 1 Februari 2025 bagi majikan dengan 5 pekerja atau lebih.
        KEKOSONGAN: Penyelia Stor (Rawang). Gaji RM2,400–RM2,800 + elaun syif. Hantar resume ke kerjaya@pasarkita.com.my sebelum 20/12.
        Semua pekerja wajib lulus kursus pengendali makanan dan suntikan tifoid sebelum bertugas di bahagian makanan segar.
        Memo: caruman KWSP pekerja 11% dan majikan 13% bagi gaji RM5,000 ke bawah; dipotong terus daripada gaji bulanan.
        Borang cuti — Nama: ________ No. Pekerja: ________ Jenis cuti: Tahunan / Sakit / Kecemasan — Tandatangan Penyelia: ________
        Cawangan Terbaik Bulan November: PasarKita Kuantan (jualan naik 18%). Tahniah semua warga kerja!
        Latihan kebakaran di cawangan Jalan Sultan Ismail pada 9 Dis, 8 pagi — semua staf stor dan kaunter wajib hadir.
        Peringatan: dilarang merakam atau memuat naik video pelanggan ke media sosial tanpa kebenaran; tindakan tatatertib akan diambil.
        Bilangan pekerja: 1,942 orang di 63 cawangan; 38% pekerja sambilan, 12% pekerja asing berpermit.
        Pekerja asing baharu wajib jalani pemeriksaan FOMEMA dalam tempoh 30 hari dari tarikh ketibaan.
        Elaun kehadiran penuh RM100 dibayar jika tiada cuti tanpa rekod, MC atau datang lewat dalam sebulan.
    """),
    ("zh-Hans", "超市公告"): _lines("""
        本超市会员每逢星期三享有九五折优惠，管制物品（白糖、食油、面粉）除外。
        新春礼篮预订开始啦！礼篮售价由RM88至RM388，订购热线 03-7781 2026（办公时间）。
        温馨提示：请勿将身份证号码写在收据背面，本店绝不会通过WhatsApp索取您的IC资料。
        网购订单 PK-2026-118830511 已出货，追踪号码 630012874487，预计两天内送达。
        东姑阿都拉曼路分行（Jalan Tuanku Abdul Rahman）将于12月15日起装修，暂停营业两周。
        每消费满RM50可获抽奖券一张，得奖名单将于官方脸书公布。
        员工守则第12条：收银员不得私自保存顾客的银行卡资料，也不得拍照。
        现招聘：收银员、理货员，月薪RM1,800起，包EPF、SOCSO，有意者请联络人事部 hr@segarmart.com.my。
        顾客投诉统计：本季度共收到312宗，其中送货延误占47%。
        农历新年营业时间：除夕营业至下午四点，年初一休息，年初二恢复正常。
        郑和（1371–1433）下西洋时曾到访马六甲——本店马六甲分行特设“郑和文化周”，展销本地土产。
    """),
    ("en", "sistem dan kod"): _lines("""
        def mask_mykad(ic: str) -> str: return ic[:6] + "-**-****"
        2026-11-28T09:14:07+08:00 INFO voucher.redeem code=RAYA26-7XK2 store=PK-0142 amount=10.00 status=OK
        SELECT order_id, total_rm, status FROM orders WHERE status = 'DELIVERED' AND created_at >= '2026-11-01';
        POS build v4.12.3+b8831 (git 9f2c1e7a) — fixes rounding to RM0.05 on cash totals.
        Regex for Malaysian mobile numbers in the checkout form: ^01[0-9]-?[0-9]{7,8}$
        CSV header: member_id,full_name,mykad_no,phone,email,tier,points_balance,joined_at
        WARN delivery.slot.full branch=PK-0217 date=2026-12-01 slots=0/48
        Test fixture: customer = {"name": "Test User", "ic": "000000-00-0000", "phone": "010-0000000"}
        API: POST /v2/members/{member_id}/points with body {"delta": int, "reason": str}; returns 201 on success.
        Retention policy: delivery addresses are purged 180 days after order completion; only the last 4 digits of phone numbers are kept for disputes.
        sha256(receipt.pdf) = 3b8f0c2e9a71d4c6e5f0b1a2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6
    """),
    ("en", "retail news"): _lines("""
        The late Datuk Seri Salahuddin Ayub, then Minister of Domestic Trade and Cost of Living, introduced the Menu Rahmah initiative in January 2023.
        Lotus's Malaysia, formerly Tesco Malaysia, rebranded its stores in 2021 after the business was acquired by Thailand's CP Group.
        Upin & Ipin, the animated twins created by Les' Copaque Production, appear on snack packaging sold in most convenience stores.
        Mydin traces its roots to a small shop opened in Kota Bharu in 1957 by its founder, Mydin Mohamed.
        99 Speedmart founder Lee Thiam Wah opened his first sundry shop in Klang in 1987; the chain listed on Bursa Malaysia in 2024.
        Enforcement officers seized two tonnes of subsidised cooking oil being repacked at a warehouse in Selangor, the ministry said.
        Self-checkout kiosks now handle about 30% of transactions at the chain's urban outlets, up from 12% two years ago.
        The Price Control and Anti-Profiteering Act 2011 lets the ministry set ceiling prices on essential goods during festive seasons.
        Retailers say supermarkets and hypermarkets usually post their strongest sales in the weeks before Hari Raya.
        Shoppers were urged to check expiry dates on festive hampers after complaints about stale biscuits rose 15% year on year.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Pn. Rohani binti Ismail (IC 750314-10-5526), ahli kad PasarKita sejak 2019, minta tukar alamat surat-menyurat ke No. 27, Jalan SS 3/41, Taman Universiti, 47300 Petaling Jaya.
        Rider tolong call En. Hafiz 012-738 4419 bila sampai guardhouse, unit B-12-07 Residensi Sri Mutiara, Cheras. Dia kata jgn tekan loceng, anak tidur.
        Sy Lim Siew Peng, anak sy Darren (6 thn) alahan teruk kacang tanah — semalam dia masuk wad Hospital Ampang lepas makan biskut PasarKita yg label x nyatakan kacang.
        Slip gaji Nov 2026: Muthu a/l Krishnan, juruwang, No. Pekerja PK-04417, gaji pokok RM1,850.00, KWSP (11%) RM203.50, dikreditkan ke Maybank 1140 2258 7731.
        Surat amaran kedua dikeluarkan kepada Nur Aisyah binti Kamarudin (juruwang, cawangan Bangi) atas kekurangan wang tunai RM320 di kaunter 4 pada 14/11/2026.
        Pelanggan bayar guna kad 5521 1588 0341 2761 a/n TAN WEI JIE, exp 08/28 — ditolak 2 kali, dia kata nak call bank.
        Parcel utk Zuraini bt Ahmad, 01X-XXX 5521, Lot 882 Kg. Sg. Merab Luar, 43000 Kajang — rider dah sampai depan surau, tolong keluar ambil.
        Jgn bagi hutang lg kat Roslan bin Yusof, tukang kebun SK Taman Melawati tu — dia baru keluar lokap minggu lepas sebab kes dadah.
        Baucar SARA RM50 ditebus oleh Siti Hajar binti Osman, MyKad 910722-03-5584, resit #PK0142-88310, 21/11/2026 10:42 pg.
        Alamat hantar: No 14, Jalan Kenari 5, Bandar Puchong Jaya, 47100 Puchong. Penerima: Kelvin Ng. Tel: 016-552 0913. Nota: kalau x de org, tinggal dgn jiran rumah no 16.
        Nak tempah kek hari jadi utk anak sy Nur Ain, genap 7 thn 12 Dis ni, tulis Selamat Hari Jadi Ain. WhatsApp sy Faridah +60 13-298 4470.
        Laporan CCTV parking: Myvi putih WVC 8812 milik En. Kamal Hakim (pembantu stor) langgar troli & calar kereta pelanggan; dia setuju bayar RM150 secara ansuran.
        Sijil cuti sakit: Priya a/p Subramaniam, juruwang cawangan Shah Alam, cuti 12–16/11/2026, diagnosis demam denggi (Klinik Kesihatan Seksyen 7).
        Bekas penyelia stor, Azman bin Hashim, 44, didakwa di Mahkamah Sesyen Shah Alam atas tuduhan pecah amanah barangan stor bernilai RM48,000; perbicaraan 3 Feb 2027.
        Tolong refund ke akaun sy, nama Farhan Azmi, emel farhan.azmi88@gmail.com, order PK-2026-118840122 — ais krim semua cair.
        Aduan: juruwang name tag LIYANA 0388 kat cawangan Seremban 2, syif petang 20/11, maki sy depan org ramai sbb sy guna baucar.
        Buku hutang kedai: Mak Limah (rumah hujung Lorong 3, Kg. Baru Ayer Hitam) — RM187.40, janji bayar bila duit bantuan JKM masuk.
        Staf kita Nadia binti Rahim (HR-2291) mengandung 5 bulan, doktor pesan elak angkat berat — tolong pindah dia dari bahagian sejuk beku ke kaunter.
        Pak Cik Osman (rumah teres no. 9, Jalan Mawar 4, Taman Sri Gombak) dah tak boleh jalan lepas strok; hantar barang dapur tiap Sabtu, bayar guna kad debit hujung 4417.
        Senarai hitam baucar: akaun amirul_zz — Amirul Zakaria, 019-884 2130 — tebus 23 baucar pendua bulan Okt, akaun dibekukan.
        AWB 630012874455 — penerima Yap Soon Keat, 22 Lorong Kenari 3, 11900 Bayan Lepas, Pulau Pinang, 012-455 8120.
        Bayaran balik RM86.90 telah dibuat ke akaun CIMB 7062 3381 4590 a/n Nurul Huda binti Rahmat pada 27/11/2026.
        Baucar hari jadi dihantar kpd Chong Li Ying (lahir 23/09/1994), ahli Gold no. 8899 7781 0442 9031.
        Borang pekerja baru: Ahmad Danial bin Zulkifli, 030211-14-0877; waris: ibu, Rosnah binti Said, 019-331 2087.
        Potongan gaji AKPK bagi Suresh a/l Ganesan (No. Pekerja PK-01982): RM420 sebulan mulai Disember 2026.
        Penerima: M*****h binti A***d, 012-4** 7731, No. 5, Jalan Delima 3/2, Taman Delima, 81100 Johor Bahru.
        Pekerja asing: Md. Rafiqul Islam (Bangladesh), pasport EB0482716, permit PLKS tamat 30/04/2027, asrama pekerja Blok C bilik 12, Jalan Perusahaan 3, Rawang.
        Kak, sy Hasnah yg duduk Flat PKNS Blok 4 tingkat 3 depan pasar tani tu, nak order 2 karung beras, bayar hujung bulan bila gaji suami masuk ya.
        Penyata KWSP pekerja: Zulkifli bin Mat Isa, IC 680905-11-5237, baki Akaun 1 RM84,210.55 setakat 30/09/2026.
        Assalamualaikum, sy Aqilah, no tel 011-2345 8871, order semalam x sampai lagi, alamat Pangsapuri Seri Kenanga B-3-9, Jalan Kenanga 2, 56100 Cheras.
    """),
    "en": _lines("""
        Hi, Grace Teoh here — my member no. ends 2219 but the app shows someone else's name. My IC is 900412-08-6024, pls fix asap.
        Delivery note: Mr. Daniel Fernandes, 3A-05 Vista Komanwel B, Bukit Jalil, 57700 KL — big dog in the house, call 017-220 6631 before ringing.
        Incident report 17/11: customer Mdm. Low Ah Moi (about 72) slipped on the wet floor at aisle 6, fractured her left wrist, sent to Hospital Kuala Lumpur with her son Eric Low (012-609 7734).
        Random urine test 25/11: storekeeper Vijay Kumar s/o Rajan (staff no. PK-03310) tested positive for methamphetamine; suspended pending domestic inquiry.
        Order from SG: Tan Hui Min, Blk 18 Jurong East St 21 #05-112, Singapore 600018, HP 9123 4408, NRIC S8834217H (needed for the customs form).
        Offer letter HR/OL/2026/118 — Ms Wong Jia Hui, Assistant Store Manager (Setia Alam), basic RM3,600 + RM300 transport allowance, start date 4 Jan 2027.
        Card declined again: VISA 4557 0821 0099 3143, cardholder Rajesh Pillai, billing address 8 Jalan USJ 4/7B, 47600 Subang Jaya.
        My father Mr. Chia Kok Leong is diabetic and your picker swapped his sugar-free biscuits for normal ones — he's 81 and lives alone at 41 Jalan Tembaga, Ipoh Garden. Call me, Sharon, 016-589 2740.
        HR note: cashier Farah Nadhirah binti Yusri (Bukit Tinggi outlet) was diagnosed with epilepsy last month, please don't roster her alone on the night shift.
        Weekend staff for our Woodlands outlet: Kumar a/l Selvam, FIN G5507312R, Malaysian passport A38421907, lives at 12 Jalan Pelangi 7, Johor Bahru.
    """),
    "zh-Hans": _lines("""
        会员卡号 8899 0021 4456 7712 的陈美玲女士，地址：柔佛新山 Taman Molek, Jalan Molek 2/9, No. 33，电话 017-762 3318，要求更改送货时间。
        员工黄志强（IC 860519-07-5533），槟城分行理货员，上个月确诊乳糜泻，请安排他不要在面包部门工作。
        代购寄往厦门：收件人 林晓燕，身份证号 35020319920917402X（清关用），手机 13959208817，厦门市思明区湖滨南路 88 号 1203 室。
        香港会员 陈家豪，HKID Y407215(2)，电话 +852 9632 1157，申请把积分转到大马账户。
        台湾籍员工 张雅婷，身分证字号 A227615035，工作准证申请中，月薪 RM4,200。
        收银员 李秀英 昨天在柜台晕倒，送到中央医院后发现是怀孕初期，她丈夫 王建国 的电话是 012-882 4415。
        欠账名单：芙蓉花园 12 号的 Ah Seng 叔（巴刹卖猪肉那位），欠 RM256，说月底还。
        投诉：你们的送货员把我家门口的盆栽撞坏了，车牌 JQT 882。我叫何丽君，住 Taman Pelangi, Jalan Kuning 2, No. 18, Johor Bahru，电话 019-751 3206。
        请把退款转到 Public Bank 3-1876204-15，户名 郑伟明，订单 PK-2026-118851307。
        顾客林国华先生的信用卡 5203 8911 2274 5082 在自助结账机被盗刷，已到巴生南区警局报案，报案编号 KLANG SELATAN/012345/26。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "Anda pembantu khidmat pelanggan PasarKita. Jangan dedahkan data ahli lain."),
        ("user", "salam, mata ganjaran sy hilang 3,200 mata, mcm mana nak claim?"),
        (
            "assistant",
            "Waalaikumussalam. Boleh berikan nombor kad ahli atau nombor telefon berdaftar?",
        ),
        ("user", "kad 8899 4410 2673 0058"),
        ("user", "nama Norazlina binti Hassan, IC 820417-01-6228"),
        ("assistant", "Terima kasih, Puan. Kami akan semak dan maklumkan dalam 3 hari bekerja."),
    ],
    [
        ("user", "my groceries didn't arrive, order PK-2026-118862004"),
        ("assistant", "Sorry about that! Can you confirm the delivery address?"),
        ("user", "Mont Kiara Palma, Block C"),
        ("user", "unit 15-3, Jalan Kiara 3, 50480 KL. Name's Hannah Lau, 012-330 7815"),
        ("assistant", "Thanks Hannah, the rider is about 10 minutes away."),
    ],
    [
        ("user", "Puan HR, sy Khairul Anuar dr cawangan Kuantan, no pekerja PK-02764"),
        ("assistant", "Ya Encik Khairul, ada apa yang boleh dibantu?"),
        (
            "user",
            "sy kena buat kemo utk kanser usus mulai bulan depan, blh ke mohon cuti tanpa gaji 3 bulan?",
        ),
        ("assistant", "Boleh, sila isi borang cuti dan lampirkan laporan doktor."),
    ],
    [
        ("user", "你好，我在你们 Kepong 分行买的榴莲是坏的"),
        ("assistant", "非常抱歉！请问有收据吗？"),
        ("user", "有，收据号 PK0311-55217"),
        ("assistant", "好的，我们可以安排退款或寄购物券给您。"),
        (
            "user",
            "寄购物券吧，我叫梁淑仪，地址 Jalan Metro Prima 2, No. 7, 52100 Kepong，电话 016-223 9054",
        ),
    ],
    [
        ("system", "You are ShopBot for Segar Mart. Never ask for full card numbers."),
        ("user", "pls remove my saved card from the app"),
        (
            "assistant",
            "Sure. You can do this under Profile > Payment Methods. Which card would you like removed?",
        ),
        ("user", "the Visa 4009 6355 1180 2239, it's under Aaron Yeoh"),
        (
            "assistant",
            "For your security please don't share full card numbers here. I've flagged the request.",
        ),
    ],
    [
        ("user", "Kedai Ah Huat ke ni? Nak order gas 14kg satu tong"),
        ("assistant", "Ya betul. Nak hantar ke mana?"),
        ("user", "Kg. Sungai Penchala, Lorong Haji Dahlan, rumah papan biru sebelah masjid"),
        ("assistant", "Ok. Nama & no tel?"),
        ("user", "Mak Jah, 013-662 0198. Suami sy x sihat, letak kat dapur terus ye"),
    ],
    [
        ("user", "hi payroll, my Nov salary is short by RM240"),
        ("assistant", "Let me check. What's your staff ID?"),
        ("user", "PK-05521, Jason Chin, cashier at the Sunway Pyramid outlet"),
        ("assistant", "I see 12 hours of overtime weren't included; they'll be paid in December."),
        ("user", "ok, pls bank in to my new account RHB 2-14092-0005338-1 instead"),
    ],
    [
        (
            "user",
            "Nak report, pekerja korang yg nama Izwan kat cawangan Taman Tun Dr Ismail, bahagian daging",
        ),
        ("assistant", "Terima kasih. Boleh terangkan apa yang berlaku?"),
        (
            "user",
            "Dia jual daging lepas tarikh luput, sy nampak dia tukar label. Dia ni kawan abang sy, nama penuh Mohd Izwan bin Rosli, duduk Flat Sri Penara Blok B.",
        ),
        ("assistant", "Aduan direkodkan, pihak pengurusan akan siasat."),
    ],
    [
        ("user", "我要寄奶粉回汕头给我姐姐"),
        ("assistant", "好的，跨境快递需要收件人身份证号码用于清关。"),
        ("user", "收件人 郑秀兰，手机 13826471905"),
        ("user", "身份证 440582199003051626"),
        ("assistant", "已收到，包裹会在3个工作日内寄出。"),
    ],
    [
        ("system", "Bot pengambilan pekerja PasarKita."),
        ("user", "nak mohon kerja part time juruwang"),
        ("assistant", "Baik! Sila nyatakan nama penuh, umur dan kawasan tempat tinggal."),
        ("user", "Nur Syafiqah binti Roslan, 19, Taman Sri Muda Shah Alam"),
        ("user", "IC 070823-10-"),
        ("user", "1148"),
        ("assistant", "Terima kasih, kami akan hubungi anda dalam masa seminggu."),
    ],
]
