"""Blind check set ms24: Bahasa Melayu (with some English) online scams and police matters in Malaysia. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms24
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "amaran PDRM/CCID"): _lines("""
        JSJK Bukit Aman menasihatkan orang ramai supaya tidak melayan panggilan yang mengaku daripada mahkamah, LHDN atau PDRM dan meminta wang dipindahkan ke "akaun selamat".
        AWAS! PDRM tidak pernah meminta anda memindahkan wang atau memberikan nombor TAC/OTP melalui telefon. Hubungi NSRC 997 segera jika menjadi mangsa.
        #JanganKenaScam Polis tidak akan hantar waran tangkap melalui WhatsApp. Sebarang pertanyaan, hubungi CCID Infoline 013-211 1222.
        Sebanyak 1,284 kertas siasatan dibuka di bawah Seksyen 420 Kanun Keseksaan di Selangor bagi tempoh Januari hingga Jun.
        Orang ramai yang mempunyai maklumat boleh menghubungi Bilik Gerakan IPD Petaling Jaya di talian 03-7966 2222 atau hadir ke balai polis berhampiran.
        Kenyataan Media Jabatan Siasatan Jenayah Komersial (JSJK), Ibu Pejabat Polis Diraja Malaysia, Bukit Aman, 50560 Kuala Lumpur. Rujukan: KM/JSJK/0457/2026.
        Modus operandi terkini: suspek menyamar sebagai pegawai kurier, kononnya bungkusan atas nama mangsa mengandungi dadah, lalu panggilan "disambungkan" kepada pegawai polis palsu.
        Pengarah JSJK Bukit Aman berkata jumlah kerugian akibat jenayah penipuan dalam talian mencecah RM1.57 bilion sepanjang tahun lalu.
        PERINGATAN: Jangan sesekali muat turun fail APK yang dihantar melalui WhatsApp, contohnya "Kad Jemputan Kahwin.apk" atau "Resit_Pos.apk".
        Ketua Polis Daerah Dang Wangi mengesahkan tiga lelaki tempatan berusia antara 24 hingga 31 tahun ditahan reman empat hari bagi membantu siasatan.
        "Jangan panik, letak telefon, semak dengan balai polis terdekat" - tiga langkah mudah daripada CCID untuk mangsa panggilan Macau scam.
        Statistik CCID 2025: pelaburan (38%), e-dagang (24%), pinjaman tidak wujud (15%), Macau scam (12%), love scam (6%), lain-lain (5%).
        Polis Kontinjen Johor menubuhkan pasukan khas bagi menjejaki sindiket akaun keldai yang beroperasi dari rumah kedai di sekitar Skudai.
        Op Mule 3/2026: 412 tangkapan, 1,967 akaun dibekukan, nilai sitaan RM8.4 juta (data sehingga 30 November 2026).
    """),
    ("ms", "panduan Semak Mule/NSRC"): _lines("""
        Langkah 1: Layari semakmule.rmp.gov.my. Langkah 2: Pilih "Akaun Bank", "No. Telefon" atau "Nama Syarikat". Langkah 3: Masukkan maklumat dan tekan "Cari".
        Jika keputusan menunjukkan "Terdapat X laporan polis" bagi nombor akaun tersebut, jangan teruskan transaksi.
        Keputusan "Tiada rekod" tak bermaksud akaun tu 100% selamat - sindiket selalu tukar akaun keldai baharu.
        NSRC 997 beroperasi 24 jam sehari, 7 hari seminggu. Panggilan adalah percuma dari semua rangkaian.
        Bila call 997, sediakan: nama bank anda, tarikh & masa transaksi, jumlah, no. akaun penerima dan no. rujukan transaksi (jika ada).
        Selepas aduan ke NSRC, anda perlu membuat laporan polis dalam tempoh 24 jam dan menyerahkan salinannya kepada bank.
        Tangkap layar (screenshot) hasil semakan sebagai bukti jika penjual berkeras minta bayaran ke akaun yang sama.
        Soalan Lazim: Boleh semak nombor e-wallet? Ya, masukkan nombor telefon yang dipautkan kepada e-dompet, tanpa sengkang atau ruang.
        NSRC ialah kerjasama antara NACSA, PDRM, Bank Negara Malaysia, MCMC dan institusi kewangan serta penyedia e-dompet.
        Contoh format input: 1234567890123 (nombor akaun tanpa sengkang). Sistem tidak menyimpan carian anda.
        Kenapa perlu cepat? Lagi awal aduan dibuat, lagi tinggi peluang dana disekat sebelum dipindahkan ke akaun lapisan kedua dan ketiga.
        Semak dulu, bayar kemudian. #SemakMule #NSRC997 #JanganJadiMangsa
        Nota: Semak Mule hanya memaparkan bilangan laporan polis, bukan identiti pengadu atau butiran siasatan.
    """),
    ("ms", "notis bank"): _lines("""
        Maybank tidak akan sekali-kali menghantar SMS yang mengandungi pautan untuk log masuk. Laporkan sebarang penipuan kepada talian 24 jam kami.
        Berkuat kuasa 1 Julai 2026, had pemindahan DuitNow harian bagi peranti baharu ialah RM5,000 dalam tempoh 72 jam pertama selepas pengaktifan.
        Notis: Ciri Kill Switch kini tersedia. Pergi ke Tetapan > Keselamatan > Sekat Akaun Segera untuk membekukan semua transaksi dalam talian.
        RM0 MAYBANK2U: Akaun anda digantung kerana aktiviti luar biasa. Sila kemas kini di http://m2u-verify-secure.com -- CONTOH SMS PALSU, JANGAN KLIK.
        Selaras dengan garis panduan BNM, kami memperkenalkan tempoh bertenang 12 jam bagi pendaftaran peranti baharu untuk Secure2u.
        Bank Islam tidak akan meminta PIN, TAC atau kata laluan anda melalui panggilan, SMS atau WhatsApp. Hubungi Contact Centre 03-26 900 900.
        Contoh format rujukan DuitNow: 20261204MBBEMYKL010ORB00318842 - nombor ini dijana sistem untuk setiap transaksi.
        Penyelenggaraan sistem terjadual: Ahad, 7 Dis 2026, 12:00 tengah malam hingga 4:00 pagi. Perkhidmatan FPX dan JomPAY tidak tersedia.
        Mulai 15 Januari, pengesahan transaksi melalui SMS TAC akan digantikan sepenuhnya dengan PBe SecureSign.
        Jika anda tersilap pindah wang kepada scammer, hubungi bank ANDA (bukan bank penerima) dan NSRC 997 dengan segera.
        Dikeluarkan oleh CIMB Bank Berhad (197201001799 (13491-P)), Menara CIMB, Jalan Stesen Sentral 2, Kuala Lumpur Sentral, 50470 Kuala Lumpur.
        Versi aplikasi RHB Mobile Banking 4.12.3 (build 2026.11.28) membaiki isu log masuk biometrik pada peranti Android 15.
        Kadar kejayaan pemulihan dana meningkat kepada 23% bagi kes yang dilaporkan dalam tempoh 30 minit pertama, berbanding 4% selepas 24 jam.
    """),
    ("ms", "berita"): _lines("""
        KUALA LUMPUR, 3 Dis - Seorang pesara guru berusia 67 tahun kerugian RM412,000 selepas diperdaya sindiket Macau scam yang menyamar sebagai pegawai Bank Negara.
        SHAH ALAM - Polis menumpaskan sindiket pusat panggilan scam di sebuah kondominium di Cyberjaya dan menahan 21 individu termasuk 14 warga asing.
        Menteri Komunikasi, Datuk Fahmi Fadzil berkata kerajaan akan mewajibkan platform media sosial bertindak pantas terhadap iklan pelaburan palsu.
        IPOH - Seorang jurutera wanita berusia 34 tahun kerugian RM86,500 selepas berkenalan dengan lelaki yang mengaku bekerja di pelantar minyak luar pesisir.
        Kes itu disiasat mengikut Seksyen 420 Kanun Keseksaan yang membawa hukuman penjara minimum setahun dan maksimum 10 tahun, sebatan dan boleh didenda.
        Seorang pemilik akaun keldai didenda RM10,000 oleh Mahkamah Majistret selepas mengaku bersalah membenarkan akaunnya digunakan sindiket penipuan.
        Universiti Tunku Abdul Rahman (UTAR) Kampar menganjurkan kempen kesedaran anti-scam bersama IPD Kampar yang disertai 800 pelajar.
        PUTRAJAYA - Dewan Rakyat meluluskan pindaan Kanun Keseksaan yang menjadikan perbuatan menjual atau membeli akaun bank untuk tujuan penipuan satu kesalahan.
        Kerugian akibat love scam di Sabah meningkat 41% kepada RM18.2 juta, kata Ketua Polis Sabah dalam sidang media di Kota Kinabalu.
        Seramai 3,112 akaun keldai dibekukan dalam operasi bersepadu yang dijalankan serentak di seluruh negara dari 10 hingga 16 November.
        Hospital Sultanah Bahiyah, Alor Setar memberi amaran mengenai panggilan palsu yang mengaku daripada unit kewangan hospital dan meminta bayaran bil rawatan.
        Menurut polis, suspek berusia 20-an itu dipercayai menerima upah RM300 bagi setiap akaun yang dibuka atas namanya.
    """),
    ("ms", "amaran media sosial"): _lines("""
        Share sampai viral!! Kalau ada call kata "ini dari mahkamah Shah Alam, awak ada saman tertunggak" terus letak. Mak cik aku hampir2 kena 😭
        Geng, hati2 dgn page FB "Jualan Gudang Barang Elektrik Murah" - bayar deposit, barang tak sampai. Page tu baru buat bulan lepas.
        Tolong fwd kat group family. Kalau dapat mesej "Salam, ni nombor baru adik, nombor lama rosak" - CALL nombor lama dulu sebelum transfer apa2.
        Perhatian pelanggan Kedai Emas Haji Salleh Kota Bharu: kami TIDAK menjual emas melalui akaun peribadi. Semua bayaran hanya ke akaun syarikat.
        Jgn percaya "job part time like video TikTok RM300 sehari". Mula2 bagi komisen kecik, lepas tu suruh top up "task" beribu.
        Dari group WhatsApp taman: ada org ngaku dari TNB nak potong bekalan elektrik sebab bil tertunggak. TNB tak buat mcm tu ya, careline TNB 15454.
        Scammer guna gambar watak Ejen Ali dalam iklan cabutan bertuah palsu. Pihak studio dah sahkan itu PALSU.
        Ramai yg kena tipu tiket konsert. Beli hanya kat platform rasmi, tiket yg dijual dlm group Telegram tu 90% scam.
        Kalau korang dah tertransfer, JANGAN tunggu esok. Call 997 malam tu jugak. Ada yg dapat balik duit sbb call dlm 15 minit.
        Video "pegawai polis" beruniform dalam video call tu lakonan je, latar belakang pun gambar Balai Polis Jalan Tun H.S. Lee yg diambil dari Google.
        Update: page palsu guna logo Lazada dah ditutup lepas ramai report. Terima kasih semua yang tolong report! 🙏
        Pesanan admin: tolong JANGAN post no IC, no akaun atau gambar kad bank dlm group ni walaupun nak minta tolong semak. DM admin je.
        Beli barang kat Mudah/Carousell? Guna COD atau sistem bayaran platform. Jangan transfer ke akaun peribadi penjual.
    """),
    ("ms", "templat laporan polis"): _lines("""
        Saya, [NAMA PENUH], No. K/P: [XXXXXX-XX-XXXX], beralamat di [ALAMAT], ingin melaporkan bahawa pada [TARIKH] jam lebih kurang [MASA], saya telah menerima panggilan daripada nombor [NO. TELEFON].
        Saya telah membuat pemindahan wang sebanyak RM[JUMLAH] ke akaun [NAMA BANK] bernombor [NO. AKAUN] atas nama [NAMA PEMEGANG AKAUN].
        Saya membuat laporan ini untuk tindakan polis dan rujukan pihak bank. Sekian, laporan saya.
        Dokumen yang perlu dibawa: (1) MyKad asal, (2) penyata bank, (3) tangkap layar perbualan, (4) resit transaksi, (5) no. rujukan aduan NSRC jika ada.
        Laporan polis boleh dibuat dalam talian melalui e-Reporting PDRM bagi kes penipuan yang suspeknya tidak dikenali.
        Format no. laporan: [NAMA BALAI]/[NO. SIRI]/[TAHUN], contoh: SENTUL/00XXXX/26.
        Tips: Tulis kronologi ikut urutan masa. Senaraikan SEMUA nombor akaun dan nombor telefon suspek yang terlibat.
        Kenyataan tambahan: Saya mengesahkan bahawa saya tidak pernah berkongsi maklumat perbankan saya dengan mana-mana pihak sebelum kejadian ini.
        Untuk kes pinjaman palsu: nyatakan nama syarikat pinjaman yang didakwa, pautan laman/aplikasi dan jumlah "yuran pemprosesan" yang telah dibayar.
        Ruangan "Butiran Suspek": Nama (jika diketahui) / No. Tel / No. Akaun / ID Media Sosial / Lain-lain.
        Selepas laporan dibuat, minta salinan laporan bercop di kaunter. Bank biasanya memerlukan salinan ini dalam tempoh 7 hari bekerja.
        Contoh kronologi: 10.15 pagi - terima panggilan; 10.40 pagi - pindah RM[JUMLAH]; 11.05 pagi - sedar ditipu; 11.20 pagi - hubungi 997.
    """),
    ("ms", "taktik scam"): _lines("""
        Macau scam biasanya bermula dengan panggilan automatik yang mendakwa anda ada bil tertunggak atau kad kredit anda disalah guna di luar negara.
        Love scam: suspek mencipta profil palsu sebagai doktor tentera, jurutera atau ahli perniagaan luar negara, membina hubungan berminggu-minggu, kemudian minta wang untuk "kastam".
        Dalam parcel scam, mangsa diberitahu ada bungkusan dari UK yang ditahan kastam dan perlu bayar RM5,800 cukai sebelum boleh dilepaskan.
        Tanda-tanda akaun keldai: nama pemegang akaun tak sama dengan nama syarikat, akaun baru dibuka, dan penjual mendesak bayaran segera.
        Sindiket menggunakan teknik spoofing supaya nombor yang muncul di skrin kelihatan seperti talian rasmi bank atau balai polis.
        Scam pelaburan kripto: mangsa diajak masuk group Telegram "VIP Signal", ditunjukkan keuntungan palsu dalam dashboard, tetapi tak boleh keluarkan wang kecuali bayar "cukai keuntungan".
        Penipuan pinjaman online: kononnya pinjaman RM20,000 tanpa dokumen, tapi kena bayar deposit RM800 dulu. Lepas bayar, senyap.
        Job scam: tawaran kerja sambilan review hotel atau like produk, dengan tugasan "prabayar" yang makin lama makin besar.
        Ada scammer guna nama watak polis dalam novel dan drama seperti Inspektor Mislan supaya nampak meyakinkan kepada mangsa warga emas.
        Akaun keldai ialah akaun bank yang digunakan untuk menerima dan memindahkan wang hasil jenayah; pemiliknya boleh didakwa walaupun sekadar "menyewakan" akaun.
        Kenapa warga emas jadi sasaran? Mereka lebih cenderung percaya kepada autoriti dan kurang biasa dengan fungsi perbankan dalam talian.
        Teknik pig butchering menggabungkan love scam dengan pelaburan palsu: mangsa "digemukkan" dengan kepercayaan sebelum "disembelih".
    """),
    ("en", "advisory"): _lines("""
        Bank Negara Malaysia will never ask you to transfer money to a "safe account". Contact BNMTELELINK at 1-300-88-5465 for enquiries.
        CIMB Fraud Hotline (24/7): +603 6204 7788. If you suspect your account has been compromised, activate the Kill Switch in the app immediately.
        Incident INC-2026-118204: phishing domain maybankk2u-secure[.]com taken down at 2026-12-02 03:14 UTC; no customer credentials confirmed exposed.
        SHA-256 of the malicious APK "Pos_Resit.apk": 9f2c4e7a1b0d83c6e5f47a29d01b8e3c6f7a2d19e4b50c8a73f1d2e6094b5ac7
        I, <full name>, NRIC <no.>, hereby lodge this report regarding an online purchase fraud that occurred on <date> via <platform>.
        To protect you, we may call to verify recent transactions, but we will NEVER ask for your full card number, CVV or OTP over the phone.
        Scam losses reported to NSRC rose to RM1.2 billion in the first ten months of the year, with investment scams making up the largest share.
        Our branch at Menara Tun Razak, Jalan Raja Chulan will close at 3.30pm on 24 December.
        Reminder: please do not post NRIC numbers, account numbers or OTPs in the comments. Our team will reach you through official channels only.
        Genuine Pos Malaysia tracking numbers look like ER458201336MY; Pos Malaysia will never call you about parcels containing drugs.
        Release notes v3.8.0: Semak Mule lookup before DuitNow transfers; improved detection of screen-sharing apps such as AnyDesk.
        Universiti Pendidikan Sultan Idris students launched a campus anti-scam week with the Tanjung Malim district police.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Mangsa, Norhayati binti Kassim (K/P 700618-03-5284), pesara guru, kerugian RM187,300 selepas memindahkan simpanan ke akaun Maybank 514266081943 yang didakwa "akaun selamat BNM".
        No. laporan: KAJANG/008812/26. Pengadu: Lim Chee Keong, 53 thn, beralamat di No. 27, Jalan Mewah 4/3, Taman Mewah Jaya, 43000 Kajang. Tel: 012-388 4170.
        AWAS scammer!! No WhatsApp +60 17-642 9051 ngaku "Sarjan Rahim IPD Klang" minta bayar saman. Dah report, tolong block.
        Pemegang akaun keldai: MUHAMMAD FARHAN BIN ZULKIFLI, CIMB 7063418825 - dah ada 4 laporan polis dlm Semak Mule. Jgn transfer!
        Mak saya, Puan Rohani binti Ismail, dah bagi no IC dia 640102-07-5386 dan no akaun BSN kat org yg ngaku pegawai mahkamah. Apa kami patut buat?
        Suspek love scam yang dikenali sebagai "Dr. James Walker" sebenarnya seorang wanita tempatan, Siti Aisyah binti Omar, 29, yang ditahan di rumahnya di Seri Kembangan.
        Kawan aku Hafiz yg kerja kat Petronas Kerteh tu kena love scam RM42k, sampai dia jual Myvi dia, plate TBK 7713.
        Akaun Public Bank 6457339012 atas nama TAN WEI MING digunakan utk terima bayaran iPhone palsu dlm Carousell. Report: SENTUL/003417/26.
        Encik Rajendran a/l Muniandy (019-275 3308) dari Taman Sri Andalas, Klang kehilangan RM8,900 dalam penipuan pinjaman segera "EasyCash Fintech".
        Pada 02/12/2026 jam 21:47, RM15,000 dipindahkan daripada akaun 164022873315 (Nurul Izzah binti Ahmad Sabri) ke akaun RHB 21411200087355.
        Suami saya Azman bin Yusof, IC 780921-01-5137, dah bagi nombor kad kredit 4364 6198 0900 5589 dan CVV kat "pegawai bank". Macam mana nak sekat?
        Tolong semak akaun ni: Bank Islam 12075010039261 nama NOR SYAFIQAH BT MOHD RAZALI. Dia jual tiket konsert RM180 sekeping.
        Anak saudara saya Ameerul Hakim, 17 tahun, pelajar SMK Seksyen 9 Shah Alam, diugut oleh org yg ambil gambar dia dari IG @ameerulhkm_03.
        Nama: Chong Mei Ling | IC: 920308-14-6218 | Bank: Hong Leong 26800412557 | Kerugian: RM23,450 | Jenis: Pelaburan kripto (app "BitVault Pro")
        Ni la muka scammer tu, nama sebenar Kelvin Ooi Jun Hao, duduk Bukit Mertajam, WhatsApp dia 011-2093 4471. Share!!
        Pengadu Faridah binti Hamzah, Lot 1123, Kampung Ulu Temiang, 70200 Seremban, tel 013-790 2264, melaporkan kehilangan RM3,400 akibat penipuan pembelian dalam talian.
        Ayah saya Encik Md Nor bin Bakar, 81, ada dementia. Scammer call dia dan dapat nombor akaun ASB dia. Kami dah bekukan akaun tu.
        Saya Jessica anak Ujang dari Sibu, IC 880430-13-5912, kena tipu RM6,200 oleh "askar Amerika" yg saya kenal kat Facebook.
        DuitNow ke 016-455 8102 (AHMAD SHAHRIL BIN ROSLAN) - penjual kucing Persia palsu, ambil deposit RM450 lepas tu block.
        Kes Seksyen 424B terhadap pemilik akaun Ng Kah Seng, 24, pelajar kolej di Kampar, yang mengaku menjual akaun CIMB miliknya pada harga RM500.
        Adik saya Nadia terbagi alamat rumah mak kami, Hjh Zaiton, kat scammer: No. 8, Lorong Sena 2/5, Taman Sena Indah, 02600 Arau. Risau ada org datang.
        Kad debit Maybank 5196 7588 2298 1219 milik Kamarul Ariffin bin Jaafar telah disekat; transaksi RM2,980 ke "SHOPEE TOPUP" pada 01/12 sedang dipertikaikan.
        Aduan penipuan - Nama: Loh Siew Peng, No. Pasport: A41287653 (menetap di Singapura), Tel: +65 9128 4470.
        No akaun Bank Rakyat 220174588306 ni milik abang ipar saya, Zulkarnain Hashim. Dia kata akaun dia "dipinjam" kawan untuk bisnes.
        Pemilik akaun: AMIRUL *** BIN HASSAN, Maybank ****3315, IC 990101-**-5173, tinggal di Blok B, PPR Desa Rejang, Setapak.
        Tolong doakan isteri saya, Farah Nadia binti Rosli. Dia hilang RM11k sebab "pegawai LHDN", tengah mengandung 7 bulan dan sekarang tertekan teruk.
        Laporan SG. BULOH/004510/26 dibuat oleh Encik Kumaresan a/l Pillai, 45, pemandu lori, yang tinggal di C-12-3, Pangsapuri Sri Ehsan, Sungai Buloh.
        Akaun suspek: AmBank 8881024478103, nama pemilik LEE KOK WAH. Ni dari resit transfer kakak saya.
        Ni nombor yg call mak aku semalam ngaku dari Pos Laju: 018-221 7450. Tolong block & report.
        Akaun 7641 0982 3351 atas nama Syed Hafiz bin Syed Ahmad telah disenarai hitam berikutan aduan NSRC-2026-1204-88213.
        Cikgu Zubaidah yg ajar Sains kat SK Taman Melawati 2 tu lah yg kena love scam RM90k, kesian dia.
        Suspek, Rizal bin Hamdan, 31, menggunakan MyKad abangnya 850714-10-5523 untuk mendaftar akaun e-dompet.
        Mangsa Gan Sook Yee, 46, ditipu "pembeli" kereta Honda City WVR 4452 miliknya yang membayar menggunakan resit bank palsu.
        Nama: Wan Nur Aqilah binti Wan Ismail; Tel: 014-932 6619; E-mel: aqilah.wni92@gmail.com; Bank: Maybank; Jumlah: RM4,750.
        Nama saya Siti Khadijah Abd Latif, kerani di Majlis Perbandaran Kulim, gaji RM3,850 sebulan, semua simpanan habis kena scam pelaburan emas.
        Mahkamah Majistret Ayer Keroh: Mohd Hafizuddin bin Jamal, 27, didenda RM12,000 kerana membenarkan akaun Maybanknya digunakan sindiket.
        Yg kena tu Haji Ramli, jiran sebelah rumah kami kat Jalan Kenanga 3, Taman Kenanga, Batu Pahat - habis duit KWSP dia RM230k.
        Tolong jgn layan Telegram @faizal_profit88, tu akaun Faizal Rahman dari Kuantan yang kutip duit "pelaburan emas" dari 30 orang.
    """),
    "en": _lines("""
        My name is Priya d/o Suresh Kumar, IC 930517-08-5362. I transferred RM9,800 to an account named WONG JIA HUI at Public Bank (4829117705).
        SCAMMER ALERT!!! "Daniel Tan" is actually Tan Kok Leong, WhatsApp +60 12-774 3091, he cheated 6 people in our Bukit Jalil badminton group.
        Hi CIMB, my mother Mdm Lee Ah Moi (IC 510823-07-5158) gave her card number 5264 5877 7427 0215 and PIN to someone claiming to be police. Please block now.
        My cousin Goh Teck Seng, NRIC S8734521A, lost SGD 48,000 to callers pretending to be MAS officers; he lives at Blk 418 Bedok North Ave 2 #08-1143.
        Mule account holder identified: Muhammad Danish bin Kamal, 22, a UiTM student, account Bank Islam 12075010028844, received RM61,200 from 9 victims.
        Police report IPD BRICKFIELDS/021456/26 lodged by Ms Kavitha a/p Raman, B-7-2, Residensi Brickfields, Jalan Thambipillay, 50470 KL; mobile 017-383 2290.
        Complainant Nguyen Thi Hoa, FIN G5512093K, a domestic helper in Serangoon, sent SGD 3,200 to a "boyfriend" she met on TikTok.
        Please reverse the transfer. Account holder: Ravi Chandran, Maybank 157188032469, email ravi.chandran77@yahoo.com, phone 011-5567 2893.
        FYI the guy who sold me the fake PS5 is Aiman Haziq, Shopee username aimanhz_store, and his Touch 'n Go number is 013-448 2071.
        It was Mr Tham, the retired headmaster who lives alone at 14 Jalan SS 2/75, Petaling Jaya, who lost his entire EPF savings.
        HR note: Nur Ain Syahirah (staff ID HK-20418) reported that her RM4,200 salary was diverted after she updated her bank details through a phishing link.
        Card 4025 8616 0943 4814 belonging to Benjamin Chia Wei Jie, DOB 19/03/1990, was used for RM7,650 in three transactions at "GLOBAL-TOPUP-LTD".
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "saya rasa saya kena scam, macam mana nak buat report?"),
        (
            "assistant",
            "Segera hubungi NSRC 997 dan bank anda, kemudian buat laporan polis di balai terdekat dalam tempoh 24 jam.",
        ),
        ("user", "ok saya dah call 997. diorg minta nama dan IC"),
        (
            "user",
            "Nama saya Haslinda binti Mohd Noor, IC 830810-06-5470, akaun Maybank saya 1628 3390 7124",
        ),
        ("assistant", "Baik. Simpan nombor rujukan NSRC dan bawa penyata bank ke balai polis."),
    ],
    [
        (
            "system",
            "You are a customer support assistant for a Malaysian bank. Never ask for PIN, TAC or passwords.",
        ),
        ("user", "akaun saya kena hack, ada duit keluar RM3k tanpa saya sedar"),
        (
            "assistant",
            "Maaf atas kejadian ini. Sila aktifkan Kill Switch dalam aplikasi dan hubungi talian 24 jam kami.",
        ),
        (
            "user",
            "dah aktifkan. akaun saya 5640 1188 2093, nama Tengku Aliff Iskandar, tel 019-662 0417",
        ),
        ("assistant", "Terima kasih, kes anda telah dirujuk kepada unit penipuan."),
    ],
    [
        ("user", "nak tanya, betul ke nombor ni scammer?"),
        ("assistant", "Anda boleh semak di portal Semak Mule PDRM. Apakah nombornya?"),
        ("user", "+60 11-3928"),
        ("user", "5561"),
        ("user", "dia guna nama Zaki Hamid, katanya dari Pos Laju, nak ambil alamat rumah saya"),
        (
            "assistant",
            "Jangan berikan apa-apa maklumat. Block nombor itu dan laporkan kepada CCID.",
        ),
    ],
    [
        ("user", "My mum was on the phone with a 'police officer' for 2 hours"),
        (
            "assistant",
            "That sounds like a Macau scam. Did she share any personal or banking details?",
        ),
        (
            "user",
            "Yes. She told him her name Ong Bee Lian, her IC 560927-07-5024 and our home address at 22 Lorong Kurau 3, Taman Chai Leng, 13700 Perai",
        ),
        ("assistant", "Please call NSRC 997 and her bank immediately to freeze her accounts."),
    ],
    [
        ("user", "I think I'm a victim of a love scam"),
        ("assistant", "I'm sorry to hear that. Can you tell me what happened?"),
        (
            "user",
            "I'm Nicole Anak Jimbun, 41, a nurse at a clinic in Miri. I've sent RM68,000 to a man called 'Captain Marcus' over 5 months.",
        ),
        (
            "assistant",
            "Stop all payments, keep every chat log and make a police report. You are not alone in this.",
        ),
    ],
    [
        ("user", "tolong buatkan draf laporan polis untuk saya"),
        ("assistant", "Boleh. Sila berikan nama, no. K/P, alamat dan ringkasan kejadian."),
        (
            "user",
            "Lau Chee Wai, 760304-02-5191, 5 Jalan Kota 12, Taman Kota, 05250 Alor Setar. Kena tipu beli mesin rumput RM1,250 kat Facebook",
        ),
        (
            "assistant",
            "Draf: Saya, Lau Chee Wai, No. K/P 760304-02-5191, beralamat di 5 Jalan Kota 12, Taman Kota, 05250 Alor Setar, ingin melaporkan bahawa saya telah ditipu sebanyak RM1,250 dalam pembelian mesin rumput melalui Facebook.",
        ),
    ],
    [
        ("user", "Semak Mule keluar 7 laporan untuk akaun ni"),
        (
            "assistant",
            "Ini bermakna akaun tersebut pernah dilaporkan. Elakkan membuat sebarang bayaran.",
        ),
        (
            "user",
            "akaun tu RHB 25204500198877 nama NURUL ATIQAH BINTI SAMSUDIN, dia jual rumah sewa kat Bangi",
        ),
        (
            "assistant",
            "Jangan teruskan. Anda boleh buat laporan polis dengan maklumat akaun tersebut.",
        ),
    ],
    [
        ("user", "I need to update my details for the NSRC case"),
        ("assistant", "Sure, which details would you like to update?"),
        ("user", "new phone 012-905 3316"),
        ("user", "and new address: 3A-09-05, Vista Komanwel, Bukit Jalil, 57700 KL"),
        ("user", "case is under my name, Amanda Yeoh Pei Shan"),
        ("assistant", "Noted. Please also inform the investigating officer at the police station."),
    ],
    [
        ("user", "ada org bawa Perodua Axia hitam datang rumah ngaku polis nak rampas barang"),
        (
            "assistant",
            "Jangan buka pintu. Hubungi 999 segera dan minta kad kuasa pegawai tersebut.",
        ),
        (
            "user",
            "dah call. plate VFK 2093. yg bawak tu aku kenal, Shahrul bin Daud, bekas pekerja kedai aku kat Bandar Baru Bangi, dia tau aku simpan emas kat rumah",
        ),
        ("assistant", "Berikan maklumat itu kepada polis yang datang. Jangan bersemuka sendiri."),
    ],
    [
        ("user", "pakcik saya dapat panggilan ngaku dari hospital"),
        (
            "assistant",
            "Biasanya hospital tidak meminta bayaran melalui panggilan telefon. Apa yang mereka minta?",
        ),
        (
            "user",
            "diorg tahu pakcik saya Mohd Isa bin Talib baru buat dialisis kat Hospital Tengku Ampuan Afzan, diorg minta dia bayar RM2,400 ke akaun 8009 4412 7730",
        ),
        (
            "assistant",
            "Itu penipuan. Jangan bayar, dan hubungi NSRC 997 jika sudah ada pemindahan.",
        ),
    ],
]
