# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms51: banjir dan PPS (pendaftaran mangsa, BWI, e-Banjir, sukarelawan, kerosakan rumah, kumpulan WhatsApp kampung). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms51
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "makluman rasmi PPS"): _lines("""
        MAKLUMAN: PPS SK Kuala Krai dibuka pada 28/11/2026 jam 4.30 petang. Jumlah mangsa setakat 9.00 malam: 312 orang (87 keluarga).
        Status PPS Negeri Kelantan setakat 8.00 pagi: 64 PPS dibuka di 7 daerah, menempatkan 4,218 keluarga melibatkan 13,905 mangsa.
        Mangsa yang berpindah ke PPS diminta mendaftar di kaunter JKM dengan membawa MyKad ketua isi rumah (KIR) dan semua ahli keluarga.
        Bilik Gerakan Bencana Daerah Pasir Mas beroperasi 24 jam. Talian: 09-790 1224 / 09-790 1225.
        Paras air Sungai Golok di Rantau Panjang: 10.42 m (BAHAYA: 9.00 m), trend MENAIK, dicatat jam 06:15.
        PPS Dewan Orang Ramai Kg. Tebing Tinggi DITUTUP pada 03/12/2026 jam 11.00 pagi. Semua mangsa telah dipindahkan ke PPS SMK Sultan Ismail.
        Makanan bermasak dibekalkan 3 kali sehari. Sila beratur mengikut nombor blok dewan dan pastikan anak-anak tidak bermain di kawasan dapur.
        Peringatan: Dilarang merokok di dalam dewan PPS. Kerjasama semua amat dihargai.
        Mangsa yang mempunyai penyakit kronik diminta melapor ke kaunter KKM di pintu B untuk pemeriksaan kesihatan harian.
        Hebahan APM: Pasukan bot akan meronda Kg. Pulau Setelu dan Kg. Bendang Nyior mulai 2 petang. Penduduk yang perlu dipindahkan sila gantung kain berwarna di tingkap.
        Pegawai Penyelaras PPS SK Tanjung Mas ialah Pegawai Kebajikan Masyarakat Daerah Kota Bharu (talian pejabat 09-748 2210).
        YAB Menteri Besar melawat PPS SMK Sultan Yahya Petra 1 petang tadi dan menyampaikan sumbangan barangan keperluan kepada 240 keluarga.
        Tandas mudah alih tambahan (6 unit) telah dipasang di belakang dewan. Sila guna tandas sekolah untuk warga emas dan OKU sahaja.
    """),
    ("ms", "kumpulan WhatsApp kampung"): _lines("""
        Air dh naik paras lutut kat simpang masjid. Kereta rendah jgn lalu ye, pusing ikut jalan kubur.
        Assalamualaikum semua, PPS SK Manek Urai Lama dah buka. Sapa nak turun sila bawa ubat2an dan dokumen penting dlm plastik.
        Sapa ada bot/sampan boleh PM Tok Ketua ye, nak angkut barang ke balai raya.
        Update 5.47ptg: jln ke Kuala Krai putus kat Km 23, lori JKR tgh buat kerja. Guna jln Manek Urai - Dabong buat sementara.
        Tolong jgn forward video lama banjir 2014, ramai panik. Semak dulu kat publicinfobanjir.
        Bekalan air bersih dari tangki Bomba smpi depan surau jam 3 nanti, bawa baldi sendiri.
        Elektrik kat Lorong 4 TNB dah potong sbb air masuk pencawang. Jgn main suis ye.
        Kak-kak yg nak tolong masak kat PPS, dtg dapur belakang dewan lepas Zohor. Bawa pisau & talenan sendiri 🙏
        Kedai Makan Mek Nab Nasi Kerabu bagi nasi free utk mangsa kat PPS, ambik kat kaunter depan dewan.
        Gotong royong cuci lumpur Sabtu ni 8pg, berkumpul kat Masjid Mukim Tualang. Bawa penyodok, berus dan but getah.
        Admin: group ni utk info banjir je. Jgn share no IC atau gambar MyKad org lain dlm group ye, terima kasih.
        Sapa belum daftar e-Banjir, esok ada kaunter JKM bergerak kat balai raya 9pg-1ptg.
        Harga lilin kat kedai runcit dah naik RM4.50 sekotak, kalau nampak ambil untung boleh report KPDN.
        MetMalaysia keluarkan amaran hujan berterusan tahap BAHAYA utk Kelantan & Terengganu hingga 30 Nov. Siap2 barang ke tingkat atas.
    """),
    ("ms", "panduan e-Banjir dan BWI"): _lines("""
        Langkah 1: Layari portal e-Banjir dan pilih 'Semak Status BWI'. Langkah 2: Masukkan No. MyKad KIR tanpa sengkang dan tekan 'Cari'.
        Nama KIR: ____________ No. MyKad: ______-__-____ Bil. Ahli Isi Rumah: ___ Alamat Terjejas: ______________________
        Format No. MyKad ialah YYMMDD-PB-###G; sistem akan menolak nombor yang tarikh lahirnya tidak sah.
        Status 'DALAM PROSES' bermaksud maklumat anda sedang disahkan oleh Pegawai Kebajikan Daerah; tiada tindakan diperlukan.
        Status 'TIDAK LAYAK – KIR TIDAK BERDAFTAR DI PPS' boleh dirayu dalam tempoh 30 hari melalui pejabat JKM daerah.
        BWI dibayar terus ke akaun bank KIR; pastikan nama pemegang akaun sama seperti dalam MyKad.
        Penjawat awam yang terjejas banjir boleh memohon Bantuan Khas Banjir melalui majikan masing-masing; permohonan ini berasingan daripada BWI.
        Petugas: jangan ambil gambar MyKad mangsa menggunakan telefon peribadi. Gunakan tablet rasmi dan padam salinan selepas dimuat naik.
        Soalan Lazim: Adakah penyewa rumah layak BWI? Ya, jika rumah yang disewa terjejas dan penyewa ialah ketua isi rumah.
        Kaunter semakan BWI: Pejabat Jajahan Kuala Krai, Jalan Tengku Zainal Abidin, 18000 Kuala Krai, Kelantan. Isnin–Khamis 8.00 pg – 5.00 ptg.
        Sila bawa salinan muka depan buku akaun atau penyata bank (yang menunjukkan nama dan no. akaun) ketika membuat rayuan.
        Senarai nama penerima BWI tidak akan dipaparkan secara umum bagi melindungi data peribadi mangsa.
        Satu isi rumah hanya layak menerima satu BWI walaupun ahli keluarga berdaftar di PPS yang berbeza.
    """),
    ("ms", "berita dan laporan"): _lines("""
        KUALA KRAI, 29 Nov — Seramai 13,905 mangsa banjir di Kelantan ditempatkan di 64 PPS setakat pagi ini, menurut portal InfoBencana JKM.
        Banjir besar Januari 1971 di Kuala Lumpur berlaku ketika Tun Abdul Razak Hussein menjadi Perdana Menteri dan membawa kepada penubuhan Suruhanjaya Tetap Kawalan Banjir.
        Bah Kuning 2014 menenggelamkan sebahagian besar bandar Kuala Krai dan Gua Musang, dan masih menjadi ukuran banjir bagi penduduk Pantai Timur.
        Banjir 1926 yang dikenali penduduk sebagai 'Bah Air Merah' masih disebut orang tua-tua sebagai antara yang terburuk dalam sejarah Kelantan.
        Pengarah JKM Negeri Terengganu berkata 1,204 KIR telah menerima BWI berjumlah RM1.204 juta setakat 4 Disember.
        Kementerian Kesihatan mengesan 37 kes jangkitan kulit dan 4 kes leptospirosis di PPS seluruh Kelantan sepanjang minggu lalu.
        Kanak-kanak di PPS SK Kuala Pergau menonton Upin & Ipin dan Ejen Ali melalui projektor sumbangan NGO malam tadi.
        Hospital Sultanah Nur Zahirah mengaktifkan pelan kontingensi banjir dan menyediakan bilik rawatan sementara di tingkat dua.
        Jalan Sultan Yahya Petra di Kota Bharu ditutup kepada semua kenderaan berikutan limpahan Sungai Kelantan.
        Ahli Parlimen Kuala Krai dijadual mengadakan sesi dialog bersama mangsa di PPS SMK Sultan Yahya Petra 2 esok pagi.
        Stesen hujan Kuala Krai merekodkan 312 mm dalam tempoh 24 jam, melebihi purata hujan bulanan Disember.
        Perkhidmatan KTM Laluan Pantai Timur (Tumpat–Gua Musang) digantung sehingga notis lanjut kerana landasan dinaiki air.
    """),
    ("en", "volunteer and NGO posts"): _lines("""
        URGENT: PPS SK Kampung Laut needs adult diapers (L/XL), sanitary pads, baby formula (0-6 mo) and mineral water. Drop-off at our Shah Alam hub until Fri 6pm.
        Volunteer briefing 7.30am sharp, meet at the car park of Masjid Muhammadi. Bring boots, gloves, your own water bottle, and sign in on the Google Form.
        Reminder to all volunteers: do NOT post photos of victims' faces or their MyKad on social media. Consent first, always.
        Donation receipt no. MYRC/KTN/2026/004417 – RM250.00 received via DuitNow QR on 01/12/2026 14:22:08.
        Tracking: Pos Laju EP918273645MY — 40 boxes of hygiene kits, ETA Kota Bharu hub Thursday.
        Our relief hotline 1-300-88-2626 is open 24/7 for flood relief coordination.
        Shoutout to the Limkokwing students and the Tzu Chi volunteers for cooking 1,500 meals today!
        Volunteer roster template: Name | IC (last 4) | Phone | Shift | Skills — fill it in on the shared sheet, DO NOT send via group chat.
        Mud-cleaning count for Day 3: 84 volunteers, 17 houses cleared in Kg. Tualang, 6 houses pending structural check by JKR.
        Coordinators pls compile lorry plate numbers for the convoy and submit to the PDRM checkpoint at Gua Musang by 5pm.
        Anyone with a 4x4 pls join the convoy to Dabong tmr, we're bringing gas tongs & 200 blankets. Route via Jeli since Km 40 still underwater.
        Note: Mercy Malaysia's medical team is only at PPS SMK Dabong Tue/Thu. For emergencies call 999.
        Invoice INV-2026-11-0932 from Kedai Runcit Pak Ali Enterprise: 120 x 5kg rice @ RM17.90 = RM2,148.00, payment terms 30 days.
    """),
    ("ms", "log sistem dan data"): _lines("""
        [2026-11-29 07:14:22+08] INFO ebanjir.sync: 1,842 rekod mangsa dimuat naik dari PPS kod KTN-KK-017, 0 ralat.
        GET /api/v2/pps?negeri=03&status=BUKA 200 OK 182ms
        Kod PPS: KTN-PM-044 | Nama: SK Kangkong | Kapasiti: 450 | Penghuni semasa: 392 | Kemas kini: 02/12/2026 18:00
        e-Banjir mobile v3.4.1 (build 20261128) sha256 c52312402abbfe35ad93b0677909b9c105c6a94b522716786ceb69c68aa301a9 — muat turun hanya dari Google Play & AppGallery.
        Laporan ringkas BWI: Layak 12,440 KIR | Dibayar 11,902 | Gagal kredit (akaun tidak aktif) 318 | Dalam semakan 220.
        Batch pembayaran BWI-2026-KTN-0007 dihantar ke bank panel pada 04/12/2026 10:32; jumlah RM3,850,000.00 (3,850 KIR).
        ERR 422: Medan 'no_kp_kir' wajib diisi dan mestilah 12 digit tanpa sengkang.
        CSV header: id_mangsa,nama,no_kp,umur,jantina,kod_pps,oku,penyakit_kronik,tarikh_daftar
        Stesen JPS 5721442 Sg. Kelantan di Jambatan Guillemard: 25.67 m | Waspada 22.00 | Amaran 23.50 | Bahaya 25.00 | 2026-11-30 05:00
        ID permohonan BWI berformat BWI/kod negeri/tahun/nombor siri, contohnya BWI/03/2026/0000001.
        Ralat pembayaran kod R05: nama pemegang akaun tidak sepadan. Sila minta KIR kemas kini maklumat bank di pejabat JKM.
        Cron 'ebanjir-pps-stats' run at 2026-12-01T00:00:03Z finished in 41.7s; 211 PPS aktif, 9 ditutup.
    """),
    ("zh-Hans", "华社赈灾通告"): _lines("""
        【赈灾通告】哥打巴鲁中华商会即日起设立水灾援助站，接收白米、饮用水、卫生用品，地点：哥打巴鲁中华大会堂。
        关丹福建会馆将于12月6日（星期六）上午9时组织志工前往淡马鲁清理灾区，有意者请在群组报名，请勿在群里发身份证号码。
        目前彭亨州共有58个临时疏散中心（PPS）开放，安置灾民约7,320人。
        BWI 援助金每户 RM1,000，户主须在疏散中心登记或由村长证实受灾。
        慈济志工今日在瓜拉吉赖分发热食1,200份，并设立义诊站。
        灾后清理须知：先关总电源，穿雨靴与手套，冰箱里泡过水的食物一律丢弃。
        水灾期间请勿相信网上“快速领取援助金”链接，官方只通过福利局及 e-Banjir 系统处理。
        东海岸线火车服务因路轨被淹暂停，恢复日期另行通知。
        1926年的“红水灾”是吉兰丹老一辈记忆中最严重的水灾之一。
        新山宽柔中学礼堂暂借作为临时疏散中心，可容纳约300人。
        如需援助请拨打紧急热线 999 或福利局 Talian Kasih 15999。
        疏散中心的孩子们晚上一起看《西游记》动画，孙悟空成了大家的最爱。
    """),
    ("ms", "kerosakan rumah dan insurans"): _lines("""
        Tuntutan insurans kenderaan akibat banjir hanya dilindungi jika polisi anda mempunyai endorsemen 'Special Perils' (banjir, ribut, taufan).
        Borang Penilaian Kerosakan: Kategori A – musnah sepenuhnya; B – rosak separa (struktur); C – rosak kecil (perabot/elektrik).
        Contoh laporan polis: 'Pada [tarikh] jam [masa], kenderaan saya [no. pendaftaran] telah ditenggelami air banjir di [lokasi].'
        Jangan hidupkan enjin kereta yang ditenggelami air melebihi paras tayar; tunda terus ke bengkel panel insurans.
        No. tuntutan MTR/FL/2026/118204 — status: Penilai (adjuster) dilantik pada 03/12/2026.
        Semasa menilai kerosakan, ambil gambar paras air pada dinding sebelum membersihkan lumpur.
        Iklan Tender JKR/KMN/T/2026/41: kerja baik pulih rumah mangsa banjir Daerah Kemaman, terbuka kepada kontraktor CIDB Gred G1–G3.
        Harga simen 50kg naik ke RM21.80 di kedai bahan binaan sekitar Kemaman selepas banjir.
        Bantuan baik pulih rumah tertakluk kepada laporan teknikal JKR dan pengesahan Penghulu Mukim.
        Pendawaian elektrik yang ditenggelami air mesti diperiksa oleh pendawai berdaftar Suruhanjaya Tenaga sebelum bekalan disambung semula.
        Takaful Sejahtera Berhad: talian tuntutan banjir 1-800-22-7788, beroperasi 8 pagi hingga 10 malam sepanjang musim tengkujuh.
        Perabot kayu yang terendam lebih 48 jam biasanya berkulat; jemur di tempat teduh dan sapu larutan cuka.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Tok Ketua, rumah Pak Deraman bin Yusoff no. 45 Kg. Manek Urai Baru dah tenggelam paras bumbung. Isteri dia Mek Som ada strok, x boleh jalan, perlu bot segera!
        Nama KIR: Rohaizad bin Che Hassan, No. KP 780514-03-5291, 5 org ahli keluarga, daftar PPS SK Kuala Pergau 28/11.
        Kak, BWI sy x masuk lagi. No IC 851103-11-5642, akaun Bank Islam 03018020187654 atas nama Noraini bt Abdullah. Tolong semak 🙏
        Sapa nampak anak sy Muhammad Aqil, 9 thn, baju merah, hilang dari PPS SMK Dabong petang tadi? Call sy Zaiton 013-918 4427
        Pak Long Mamat (Ahmad bin Salleh) kat blok C PPS tu pesakit dialisis 3 kali seminggu, kena hantar ke HRPZ II esok pagi.
        Senarai warga emas utk dipindahkan: 1) Wan Fatimah bt Wan Ismail, 82, Lot 1127 Kg. Pulau Setelu — guna kerusi roda; 2) Hassan bin Mat Nor, 77, No. 9 Lorong Masjid — rabun.
        Semakan BWI: NOR AZLINA BINTI MAT ZIN, No. KP ******-03-**78, Kg. Pasir Tumboh, 16150 Kota Bharu — status DITOLAK (akaun tidak aktif).
        Kereta Myvi DBR 7715 milik Cikgu Faridah SK Kedai Buloh tenggelam kat parking sekolah, sesiapa nampak tolong inform dia 019-935 2108.
        Saya Mohd Firdaus bin Razali, 920318-06-5337, rumah di No. 14, Jalan Beserah, Kg. Tanjung Lumpur, 26060 Kuantan rosak teruk, mohon borang baik pulih.
        Anak Kak Yam, Siti Khadijah bt Omar (5 thn), demam panas 39.5 sejak semalam kat PPS SK Sri Gaal, doktor syak denggi, dia alah ubat penisilin.
        Encik Zulkifli yg kerja kat Pejabat Tanah Jeli tu, rumah dia kat Kg. Lawar kena lumpur paras pinggang, isteri dia baru bersalin minggu lepas.
        Cikgu, MyKad arwah ayah sy hanyut (Ismail bin Awang, 540709-03-5127). Mcm mana nak tuntut BWI atas nama mak sy Che Rahmah bt Yaakub, Kg. Kemubu?
        Pendaftaran sukarelawan: Nurul Izzati bt Kamarudin | 010-441 8830 | izzati.kamarudin94@gmail.com | UiTM Machang | jururawat pelatih
        Tolong transfer RM200 ke akaun Maybank 1630 2241 9087 (Suhaimi bin Jusoh) utk beli genset, rumah dia kat Kg. Bukit Tumbuh dah putus elektrik 4 hari.
        Laporan kerosakan: No. 3, Lorong Haji Daud 2, Taman Desa Kemahang, 17500 Tanah Merah — pemilik Rosli bin Ab Ghani, 014-823 6691 — dinding retak, lantai mendap.
        Mak Ngah Esah (Aishah bt Omar) kat PPS tu dah 3 hari x makan ubat kencing manis, insulin dia tertinggal kat rumah kat Kg. Kubang Kual.
        Tok Wan sy Yusof bin Hamat, 88, OKU penglihatan (kad OKU no. OKU/KTN/0045117), duduk sorang kat Kg. Teluk Kitang. Sapa dekat tolong tengokkan.
        Plat lori konvoi: WXR 3381 (pemandu Azman bin Karim, 012-207 5519), BNE 5042 (pemandu Tan Kok Leong, 016-480 9371). Mohon lepaskan di sekatan Gua Musang.
        Pekerja ladang warga Indonesia, Sutrisno bin Wagiman, pasport C7314820, berlindung di PPS Felda Aring 5 bersama isterinya yang sarat mengandung 8 bulan.
        Pendaftaran PPS: Khairul Anuar bin Mahmud (KIR), isteri Nor Hayati bt Said, anak Aisyah (7), Adam (4), Arissa (1). Alamat: Lot 558 Kg. Bechah Menerong, 16800 Pasir Puteh.
        Assalamualaikum Tuan, saya Hjh. Maznah bt Jaafar, tel 09-697 4412, mohon JKM lawat rumah saya di Kg. Gong Datok, 22200 Besut kerana dapur runtuh.
        Abg Ramli bin Othman yg kena tuduh curi barang sumbangan kat PPS Kg. Seberang Takir tu, kes dia sebut kat Mahkamah Majistret Kuala Terengganu 12 Dis ni.
        Utk rayuan BWI, pendapatan isi rumah: suami (Azhar bin Ibrahim) RM1,850 sebulan kerja kilang, saya (Rosnani bt Hamid) suri rumah, sewa rumah di Kg. Gong Badak.
        No akaun utk sumbangan keluarga arwah Abdul Rahim bin Deris yg lemas kat Sg. Lebir: CIMB 7063 9925 41, atas nama isteri Hasnah bt Mohamad.
        Update PPS SMK Kemaman: Puan Salmah bt Ali, 61, dari bilik darjah 2 positif COVID-19 dan dah diasingkan ke khemah belakang.
        NAMA: MUHAMMAD HAZIQ BIN ROSLAN | NO KP: 030912-03-0451 | UMUR: 23 | JANTINA: L | KOD PPS: KTN-KK-017 | OKU: TIDAK | PENYAKIT KRONIK: ASMA
        Sy dah derma guna kad 4539 1200 8874 2166 exp 08/29 tapi kena caj 2 kali. Nama sy Fauziah bt Mohd Noor, tolong refund.
        WhatsApp Kak Ros 011-2378 4410 kalau nak hantar lauk ke rumah Pak Su Lah (Abdullah bin Daud) yg baru keluar hospital lepas bedah jantung.
        Anak sulung sy Haziq bin Kamal kerja kat Singapura, FIN F3318205T, duduk Blk 612 Woodlands Ring Rd #09-114 S730612, no dia +65 8832 1907.
        Mangsa Kg. Tanjung Sembrong, Batu Pahat: Kassim bin Rais, 670213-01-5239, rumah papan musnah sepenuhnya, skrg menumpang rumah adik di Parit Raja.
        Pengesahan Penghulu: Saya mengesahkan Saudari Norhidayah bt Zakaria (KP 990527-11-5806) menetap di Kg. Padang Pak Amat, 16800 Pasir Puteh dan terjejas banjir pada 27/11/2026.
        Jgn bagi Rahimah anak Pak Leh Kg. Bunut Susu tu jaga dapur PPS, dia kan tgh makan ubat TB lagi.
        Sy dah emel borang rayuan dari syahirah.mz@yahoo.com, nama Syahirah bt Mohd Zaki, ID permohonan BWI/03/2026/0021457, smpi skrg x ada jawapan.
    """),
    "en": _lines("""
        Hi, my mum Rosnah binti Ismail (67, diabetic, on insulin) is stranded at No. 12, Lorong Haji Said, Kg. Kubang Kerian, 16150 KB. Her phone is dead, mine is 012-677 3045. Pls send a boat.
        Volunteer signup: Daniel Raj a/l Subramaniam, IC 960822-10-6417, blood type O+, allergic to shellfish, emergency contact mother Kalaivani 016-338 2291.
        Thank you Mr. Jason Ong Wei Ming for your RM500 donation! Your e-receipt has been mailed to Unit 18-3A, Residensi Vista Mutiara, Jalan Kepong, 52100 Kuala Lumpur.
        Lost: green Honda City VBM 2214, last parked at Taman Sri Muda Section 25 during the flood. Owner Kevin Tan, 017-211 4093.
        FYI the lady at bay 4, Mdm Letchumy a/p Muniandy from Kg. Lanchang, told me she's HIV positive and has run out of ARVs – can the KKM team see her quietly?
        Payroll note: flood relief allowance RM800 for Nurul Ain bt Hashim (emp. no. 20417), house in Taman Sri Muda flooded; basic salary RM3,420/month.
        Flight manifest for KB mission: Chong Mei Ling, Malaysian passport A41738205, DOB 14/02/1991, from Bukit Mertajam.
        Hi Tzu Chi team, my grandpa Lim Ah Kow (83) from Kg. Baru Temangan has dementia and wandered off from the PPS last night in blue pyjamas. Pls call me, Lim Siew Ping 012-955 0316.
        My cousin from Hong Kong, Wong Ka Wai (HKID K482913(1)), wants to volunteer at the Kuantan PPS next week, can you register him? His number is +852 6128 4473.
    """),
    "zh-Hans": _lines("""
        我妈妈陈秀英，身份证 560312-03-5124，住在瓜拉吉赖 Jalan Besar 88号楼上，水已经到楼梯了，她有心脏病，请救援队优先！我的电话 016-922 8731
        登记志工：黄伟杰，电话 012-338 4719，微信 wj_huang88，住关丹 Taman Tas 门牌 B-12，可以开四驱车。
        请帮林美玲（身份证 880214-06-5568）办理 BWI 申诉，她家在淡马鲁 Kampung Baru Chenor 23号，银行户口 Public Bank 4-7281903-22。
        我是在吉兰丹读书的中国留学生刘子涵，护照 E63921874，身份证 350203200305124028，宿舍被淹了，可以住进疏散中心吗？
        哥打巴鲁的王阿姨（王秀兰，73岁）在疏散中心跌倒，右手骨折，已送去 HRPZ II，她儿子王家豪 013-988 2047 还在从新加坡赶回来。
        群组通知：陈国强一家（Lot 2291, Taman Desa Kenari, 28000 Temerloh）冰箱和车子都泡水了，车牌 CDE 9183，哪位有认识的保险代理可以帮忙？
        捐款名单更正：李志明 RM300，转账户口 Maybank 5141 2209 8837，手机 019-662 0715，收据请寄给他本人。
        华小的谢慧芬老师家里全淹了，她先生上个月刚中风，现在还躺在 Hospital Sultanah Bahiyah，大家能帮就帮。
        我儿子郑家明是新加坡 PR，NRIC T0219837H，住 Blk 305 Tampines St 32 #07-88 S520305，他说可以汇钱回来给村里修屋。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu maya untuk urusan bantuan banjir. Jangan minta maklumat lebih daripada yang perlu.",
        ),
        ("user", "salam, mcm mana nak daftar e-Banjir kalau x sempat daftar kat PPS?"),
        (
            "assistant",
            "Waalaikumussalam. Tuan/puan boleh hubungi pejabat JKM daerah atau Penghulu untuk pengesahan, kemudian pegawai akan masukkan rekod dalam e-Banjir.",
        ),
        (
            "user",
            "ok. sy Wan Noraziah bt Wan Musa, duduk Kg. Kuala Nal, 18000 Kuala Krai. Rumah kena air 2 hari tp kami tumpang rumah mertua kat Kg. Batu Mengkebang, x masuk PPS",
        ),
        (
            "assistant",
            "Terima kasih. Puan masih boleh dipertimbangkan melalui pengesahan Penghulu Mukim; sila bawa MyKad dan gambar kerosakan.",
        ),
    ],
    [
        ("user", "BWI sy status TIDAK LAYAK, nak rayu"),
        ("assistant", "Boleh saya bantu sediakan draf surat rayuan. Apakah sebab yang dinyatakan?"),
        ("user", "katanya no akaun x aktif. sy dah buka akaun baru"),
        ("user", "IC sy 710826-03"),
        ("user", "5367, nama Che Mat bin Hussin"),
        (
            "assistant",
            "Baik. Draf: 'Saya, Che Mat bin Hussin (No. KP 710826-03-5367), ingin merayu keputusan BWI kerana akaun lama telah ditutup...'",
        ),
        ("user", "akaun baru BSN 0310041100068215 ye, masukkan sekali"),
    ],
    [
        ("user", "Can you help me write a WhatsApp broadcast for our flood volunteers in Kuantan?"),
        (
            "assistant",
            "Sure! Draft: 'Hi team, mud-cleaning continues tomorrow 8am at Kg. Sungai Isap. Bring boots, gloves and water.'",
        ),
        (
            "user",
            "Add the team leads at the end: Team A – Farah Nadia 017-942 3308, Team B – Goh Jun Hao 012-661 7452, Team C – Suresh a/l Ganesan 019-337 2106",
        ),
        (
            "assistant",
            "Updated: '... Team leads: A – Farah Nadia (017-942 3308), B – Goh Jun Hao (012-661 7452), C – Suresh a/l Ganesan (019-337 2106).'",
        ),
    ],
    [
        ("user", "车子被水淹了，保险可以赔吗？"),
        (
            "assistant",
            "如果您的保单附加了特殊风险（Special Perils）保障，一般可以索赔。请先报警并联系保险公司。",
        ),
        ("user", "好的，车牌 JQT 8812，保单号 P-MTR-2026-0447719，车主是我老公吴振华"),
        ("user", "我们住新山 No. 27, Jalan Pulai Perdana 11/4, Taman Sri Pulai Perdana, 81110"),
        ("assistant", "收到，请准备报案书、车辆照片和车辆注册卡副本。"),
    ],
    [
        ("user", "rumah papan atas tiang, air masuk sampai paras tingkap, lantai dah lembik"),
        (
            "assistant",
            "Kerosakan struktur seperti ini biasanya dikategorikan sebagai rosak separa. Elakkan masuk sehingga JKR membuat pemeriksaan.",
        ),
        ("user", "dinding dapur pun dah condong"),
        (
            "assistant",
            "Sila ambil gambar dari beberapa sudut dan laporkan kepada Pejabat Daerah untuk penilaian.",
        ),
        (
            "user",
            "ok, tolong tulis laporan: pemilik Jusoh bin Embong, 640301-11-5085, Lot 3318 Kg. Paya Resak, 23000 Dungun, tel 019-980 4472",
        ),
    ],
    [
        ("user", "TOLONG anak sy hilang kat PPS SK Sri Gaal"),
        (
            "assistant",
            "Sila maklumkan segera kepada petugas PPS dan polis di kaunter. Boleh beri butiran anak?",
        ),
        (
            "user",
            "Nur Aleesya Sofea bt Mohd Rizal, 6 thn, rambut tocang, pakai baju kurung kuning. Dia ada autisme, x respon kalau dipanggil",
        ),
        (
            "assistant",
            "Terima kasih. Maklumkan juga kepada petugas bahawa dia tidak memberi respons apabila dipanggil supaya pencarian lebih berhati-hati.",
        ),
        ("user", "no sy 013-976 5140, Mohd Rizal"),
    ],
    [
        ("system", "You are an assistant for a kampung WhatsApp group admin. Help draft messages."),
        (
            "user",
            "Tolong susun mesej ni jadi kemas:\nsenarai rumah yg perlu bantuan cuci lumpur\n- rumah Pak Ngah Kadir (Abdul Kadir bin Musa) no 12, dia baru bedah lutut\n- rumah Kak Timah (Fatimah bt Yusoff) no 17, ibu tunggal 4 anak\n- rumah Cikgu Roslan no 21",
        ),
        (
            "assistant",
            "Senarai rumah untuk gotong-royong cuci lumpur:\n1. No. 12 – Abdul Kadir bin Musa (baru menjalani pembedahan lutut)\n2. No. 17 – Fatimah bt Yusoff (ibu tunggal, 4 anak)\n3. No. 21 – Cikgu Roslan",
        ),
    ],
    [
        ("user", "Semak status BWI utk IC 830419-03-5217"),
        (
            "assistant",
            "Rekod dijumpai: MOHD NAZRI BIN ABDULLAH, KIR, PPS SMK Sultan Ismail (KTN-KB-022), BWI RM1,000 dikreditkan ke akaun Bank Rakyat berakhir 4471 pada 05/12/2026.",
        ),
        ("user", "tq!"),
    ],
    [
        ("user", "I donated to the flood fund twice by mistake, how do I get a refund?"),
        (
            "assistant",
            "Please contact the organiser with the transaction date, amount and the last 4 digits of the card.",
        ),
        (
            "user",
            "it was Mastercard 5123 4500 9182 7368, RM150 on 30/11 at 21:04, name on card SITI MARIAM BT OTHMAN, billing address 5-2-7 Pangsapuri Seri Ampang, 68000 Ampang",
        ),
        (
            "assistant",
            "Thanks. Please avoid sharing the full card number in chat; send only the last 4 digits to the organiser's official email.",
        ),
    ],
    [
        (
            "user",
            "我在新加坡，我爸妈在新山 Kampung Mohd Amin 那边被水困住了，要怎么帮他们登记疏散中心？",
        ),
        (
            "assistant",
            "您可以请邻居或村长协助，也可联系柔佛州福利局。登记时需要提供户主身份证号码。",
        ),
        ("user", "户主是我爸蔡福来，身份证 520817-01-5431，我妈叫郭玉梅，有糖尿病和高血压"),
        ("user", "我的新加坡电话 8127 3390，有消息请 WhatsApp 我"),
    ],
]
