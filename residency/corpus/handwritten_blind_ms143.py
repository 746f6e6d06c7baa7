# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms143: pemandu teksi dan syarikat teksi di Malaysia (permit teksi, meter, aduan penumpang, sewa kereta teksi, kemalangan, kumpulan WhatsApp pemandu). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms143
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_syarikat_teksi"): _lines("""
        NOTIS: Kaunter teksi bajet di Aras 1, Pintu 3 KLIA Terminal 1 akan ditutup sementara pada 14/12/2026 dari 01:00 hingga 05:00 pagi untuk kerja pengubahsuaian.
        Semua pemandu diingatkan bahawa pemeriksaan PUSPAKOM bagi kenderaan teksi wajib dibuat setiap 6 bulan. Sila bawa geran dan permit asal ke cawangan PUSPAKOM Wangsa Maju.
        Pejabat Syarikat Teksi Bintang Timur Sdn Bhd (No. Syarikat 199701023456 / 437712-K) telah berpindah ke No. 18, Jalan Tun Sambanthan 3, Brickfields, 50470 Kuala Lumpur mulai 1 Januari 2027.
        Talian aduan penumpang 24 jam: 1-300-88-7294 atau WhatsApp rasmi syarikat +60 11-5678 2210 (Isnin hingga Ahad). E-mel: aduan@bintangtimurteksi.com.my
        Bayaran sewa harian kereta teksi bulan Disember boleh dibuat di kaunter Tingkat 2 atau DuitNow ke Maybank 5140 1122 8890 atas nama Bintang Timur Teksi Sdn Bhd. Resit dihantar melalui aplikasi.
        Meter teksi yang belum dikalibrasi semula mengikut kadar tambang baharu perlu dihantar ke Bengkel Meter Ah Seng Sdn Bhd, Jalan Ipoh, sebelum 31 Januari 2027. Bawa sijil meter lama.
        Mulai 1 Mac 2027, pembayaran tanpa tunai melalui Touch 'n Go eWallet, Boost dan kad debit wajib diterima di semua teksi syarikat. Pelekat QR baharu boleh diambil di stor.
        Taklimat keselamatan jalan raya oleh pegawai JPJ Wilayah Persekutuan akan diadakan di Dewan Serbaguna, Wisma Bintang Timur, Sabtu 20/12/2026, 9:30 pagi. Kehadiran wajib.
        Peringatan: insurans kenderaan komersial bagi armada teksi dibaharui secara pukal oleh syarikat. Polisi induk No. POL/KM/2026/00871 berkuat kuasa 01/01/2027 hingga 31/12/2027.
        Sempena cuti Tahun Baru Cina, kaunter teksi Stesen KL Sentral beroperasi 24 jam dari 16 hingga 19 Februari 2027. Jadual giliran akan ditampal di papan kenyataan pejabat.
        Pemandu yang mengambil penumpang di luar zon yang dibenarkan di Bukit Bintang boleh dikompaun oleh DBKL sehingga RM300. Sila guna hentian teksi berhampiran Pavilion dan Lot 10.
        Kursus Vokasional Pemandu Teksi (PSV) anjuran Institut Memandu Metro, Jalan Kuching, dibuka untuk pendaftaran. Yuran RM350, tempoh 2 hari, sijil diiktiraf JPJ.
        Tayar pengganti jenama Goodyear dan Silverstone kini dijual pada harga borong di stor syarikat: 185/65 R15 @ RM189 sebiji. Pesanan minimum 2 biji, rujukan invois INV-BT-2026-1142.
    """),
    ("ms", "soalan_lazim_permit_dan_sewa"): _lines("""
        S: Berapa lama tempoh sah permit teksi individu? J: Permit teksi individu dikeluarkan oleh APAD dan boleh diperbaharui, tertakluk kepada pemeriksaan kenderaan dan rekod pemandu yang bersih.
        S: Adakah saya perlu lesen PSV untuk memandu teksi? J: Ya. Lesen Vokasional PSV (Kenderaan Perkhidmatan Awam) daripada JPJ diwajibkan selain lesen memandu kelas D yang sah.
        S: Bagaimana cara membuat aduan terhadap pemandu teksi? J: Catat nombor pendaftaran kenderaan, masa dan lokasi, kemudian hantar aduan melalui portal APAD atau hubungi talian 1-800-88-7723.
        S: Berapakah deposit sewa kereta teksi dengan syarikat? J: Deposit standard ialah RM1,500 untuk Proton Persona dan RM2,000 untuk Toyota Vios, dikembalikan selepas kenderaan diperiksa.
        S: Bolehkah permit teksi dipindah milik kepada waris? J: Pindah milik permit individu memerlukan kelulusan APAD; borang PMT-03 dan dokumen sokongan perlu dihantar ke ibu pejabat APAD di Kuala Lumpur.
        S: Apakah kadar tambang asas teksi bajet di Lembah Klang? J: Tambang permulaan RM3.00 untuk kilometer pertama, kemudian RM0.25 bagi setiap 200 meter berikutnya.
        S: Meter saya rosak semasa perjalanan, apa perlu dibuat? J: Maklumkan penumpang, hentikan penggunaan meter dan hantar kenderaan ke pembekal meter bertauliah dalam 48 jam. Rekod insiden dalam buku log.
        S: Bolehkah teksi bajet menggunakan aplikasi e-hailing? J: Boleh, dengan syarat pemandu memiliki EVP (e-hailing vehicle permit) dan kenderaan berdaftar dengan operator seperti Grab atau AirAsia Ride.
        S: Bila permohonan Skim Bantuan Pemandu Teksi dibuka? J: Permohonan dibuka 2 Jan hingga 28 Feb 2027 melalui portal rasmi. Semakan status guna nombor rujukan format SBPT-2027-XXXXXX.
        S: Adakah sewa harian dikenakan semasa kenderaan di bengkel selepas kemalangan? J: Mengikut polisi syarikat, sewa dikecualikan bagi tempoh kenderaan di panel bengkel melebihi 3 hari berturut-turut.
        S: Di mana saya boleh memperbaharui lesen PSV? J: Di mana-mana pejabat JPJ negeri atau kaunter UTC, contohnya UTC Pudu Sentral, Jalan Pudu, Kuala Lumpur. Bawa sijil pemeriksaan perubatan terkini.
        S: Apakah dokumen diperlukan untuk tuntutan insurans kemalangan? J: Laporan polis, gambar kerosakan, salinan lesen dan geran, serta borang tuntutan KT-7 yang lengkap. Hantar dalam 7 hari bekerja.
        S: Adakah teksi boleh mengambil penumpang di KLIA tanpa kupon? J: Tidak. Hanya teksi berdaftar dengan kaunter rasmi di KLIA dan klia2 boleh mengambil penumpang di zon ketibaan.
    """),
    ("en", "fare_and_rental_price_list"): _lines("""
        Budget taxi fare (Klang Valley): flag-fall RM3.00, every subsequent 200 m RM0.25, waiting time RM0.25 per 45 sec, booking fee RM2.00, surcharge 50% from 12:00 am to 6:00 am.
        Premier/Executive taxi: flag-fall RM6.00, per 200 m RM0.50, waiting RM0.50 per 45 sec. Extra luggage in boot RM1.00 per piece. Meter-only, no haggling.
        KLIA coupon taxi, Zone 1 (Sepang/Putrajaya) RM65 budget / RM95 premier; Zone 4 (KL City Centre) RM105 budget / RM150 premier. Toll charges included.
        Daily rental of taxi car (Proton Persona 1.6 AT, 2024 model): RM65/day incl. insurance and road tax; RM60/day for drivers on a 12-month contract. Deposit RM1,500.
        Weekly rental package, Toyota Vios 1.5 NGV: RM420/week, includes 1 free service every 10,000 km at the company workshop in Sungai Besi. Late payment fee RM10/day.
        Singapore reference: ComfortDelGro hybrid taxi rental is indicatively around S$110 to S$125 per day for single-shift hirers, GST included; check the operator's official rate card.
        Meter price list @ Bengkel Meter Ah Seng Sdn Bhd: new meter unit (Centrodyne SPECTRA 2) RM1,250; recalibration RM120; seal replacement RM35; printer roll RM4.50 each.
        Penang International Airport to George Town (Komtar): fixed coupon fare RM44.70 budget, RM70 executive. Midnight surcharge not applicable for coupon fares.
        Taxi advertising panel rental (rear door wrap): RM180 per car per month, minimum 50 cars, 3-month campaign. Production cost separate. Quote ref Q-ADV-2026-0315.
        NGV refill at Petronas Jalan Cheras: RM1.05/kg for commercial taxis with a valid NGV card; standard rate RM1.90/kg. Prices effective 1 Dec 2026 until further notice.
        Hong Kong urban (red) taxi: HK$29 for the first 2 km, then HK$2.1 per 200 m until the fare reaches HK$102.5; luggage HK$6 per piece. Lantau (blue) and NT (green) rates differ.
        Spare parts: brake pad set Proton Persona RM98; wiper blade 24 in RM22; cabin filter RM35; LED roof sign TEKSI RM260 inc. wiring. SKU prefixes PRT-, WPR-, SGN-.
        Taipei City taxi fares: NT$85 for the first 1.25 km, NT$5 per 200 m after, night surcharge NT$20 from 23:00 to 06:00; Lunar New Year surcharge applies.
    """),
    ("mixed", "whatsapp_kumpulan_pemandu"): _lines("""
        [07:45] Admin Grup: Geng, KLIA T1 queue panjang gila pagi ni, almost 80 kereta. Kalau dari Shah Alam, better pergi KL Sentral dulu. Update lagi pukul 9.
        Bro Jalan Tun Razak depan IJN jam teruk, ada accident lori dengan bas. Avoid ya, guna Jalan Ampang keluar ke KLCC. Info pukul 5.40 petang.
        Reminder semua: Jumaat ni bayar sewa harian sebelum 6pm, kaunter tutup awal sebab ada mesyuarat. Boleh DuitNow pun, akaun syarikat sama macam dulu.
        Admin: Sesiapa nak join kursus PSV batch Januari boleh daftar kat pejabat tingkat 2, yuran RM350, syarikat subsidi RM100. Slot ada 25 je, first come first served ok.
        Jangan lupa check meter seal sebelum keluar, JPJ tengah buat operasi kat Jalan Sultan Ismail dan depan Sogo. Semalam 3 kereta syarikat lain kena saman.
        Ada sesiapa tahu bengkel aircond murah area Kepong? Aircond Persona tak sejuk dah, last service kat company workshop Sg Besi lambat sangat, 3 hari tunggu.
        Concert kat Stadium Nasional Bukit Jalil malam ni habis pukul 11.30, demand mesti tinggi. Tapi polis tutup jalan keliling stadium, ambil penumpang kat LRT Bukit Jalil.
        Grab surge kat Mid Valley tengah 1.8x sekarang, tapi teksi meter lagi murah for short trip. Customers tengah tunggu kat lobby North Court, boleh pergi situ.
        Admin: Gambar pelekat QR baru dah upload dalam album grup. Yang belum tampal, ambil kat stor before 15/12. Tak tampal nanti kena tegur masa audit APAD.
        Update banjir: Jalan Kuching dekat Batu 4 air naik paras lutut, kereta kecil jangan lalu. Jalan Duta masih ok setakat 3.15 petang. Stay safe semua.
        Sape ada cable charger type-C lebih? Penumpang tertinggal satu dalam kereta tadi, dah hantar ke lost and found kaunter KL Sentral, tiket LF-2026-0877.
        Harga NGV naik esok ye, RM1.05 jadi RM1.15 per kg. Isi malam ni kalau sempat. Stesen Petronas Jalan Cheras buka 24 jam.
        Meeting bulanan pemandu Sabtu ni 10 pagi, Dewan Serbaguna Wisma Bintang Timur. Agenda: kadar sewa 2027, insurans pukal, app booking baru. Teh tarik free.
    """),
    ("en", "meter_and_dispatch_logs"): _lines("""
        2026-12-07T08:14:22+08:00 INFO meter-gw fw=3.4.1 serial=CTD-SP2-0098812 tariff_table=KV-BUDGET-2027 status=CALIBRATED checksum=9f3a1c7e
        2026-12-07T08:15:03+08:00 WARN dispatch-svc trip_id=TRP-20261207-004513 zone=KLCC eta_sec=420 retry=2 reason=NO_DRIVER_ACCEPT
        2026-12-07T08:15:41+08:00 ERROR printer-mod serial=CTD-SP2-0098812 code=E14 msg='paper roll empty' action=queue_receipt receipt_no=R-88231
        ts=2026-12-07 09:02:11 level=info svc=fare-engine fare_myr=23.75 dist_km=8.42 wait_s=315 surcharge=0 booking_fee=2.00 trip=TRP-20261207-004598
        [config] tariff.kv_budget: { flag_fall: 3.00, step_m: 200, step_fare: 0.25, wait_step_s: 45, night_surcharge_pct: 50, night_from: '00:00', night_to: '06:00' }
        CSV header: trip_id,start_ts,end_ts,pickup_zone,dropoff_zone,dist_km,fare_myr,payment_method,meter_serial,receipt_no
        2026-12-07T10:21:56+08:00 INFO ota-agent meter_fw upgrade 3.4.1 -> 3.5.0 sha256=5b2e8d0c41f7a9e6 devices=412 success=409 failed=3 batch=OTA-2026-12-A
        GET /api/v2/zones/KLIA-T1/queue 200 34ms queue_len=78 avg_wait_min=41 cache=HIT region=ap-southeast-1 req_id=7c1e9a02-44bd
        def compute_fare(dist_m: int, wait_s: int) -> float: return round(3.00 + (dist_m // 200) * 0.25 + (wait_s // 45) * 0.25, 2)  # KV budget tariff 2027
        2026-12-07T11:03:12+08:00 INFO payment-svc method=TNG_EWALLET amount=18.40 currency=MYR txn_ref=TNGM26120711031200451 status=APPROVED merchant_id=BTT-MRC-0007
        Row sample: TRP-20261207-004601,2026-12-07 11:10,2026-12-07 11:34,KL_SENTRAL,MID_VALLEY,6.10,15.25,CASH,CTD-SP2-0101744,R-88302
        2026-12-07T12:40:09+08:00 WARN gps-tracker unit=TK-FLT-0412 speed_kmh=118 limit_kmh=90 road=E2 km=298.4 alert=OVERSPEED notified=fleet_ops
        docker run -d --name meter-gw -e TARIFF=KV-BUDGET-2027 -e MQTT_HOST=mqtt.example.com -p 8883:8883 bintangtimur/meter-gw:3.5.0
    """),
    ("ms", "peraturan_dan_sejarah"): _lines("""
        Akta Pengangkutan Awam Darat 2010 [Akta 715] memperuntukkan bahawa tiada seorang pun boleh mengendalikan perkhidmatan teksi tanpa lesen pengendali yang sah di bawah Akta ini.
        Suruhanjaya Pengangkutan Awam Darat (SPAD) ditubuhkan pada 2010 dan dibubarkan pada 2018, apabila fungsinya di Semenanjung diambil alih oleh Agensi Pengangkutan Awam Darat (APAD).
        Sebelum SPAD, permit teksi di Semenanjung dikeluarkan oleh Lembaga Perlesenan Kenderaan Perdagangan (LPKP), yang kini masih berfungsi di Sabah dan Sarawak.
        Program transformasi industri teksi memperkenalkan skim permit individu supaya pemandu tidak lagi bergantung kepada permit syarikat dan sewa harian yang tinggi.
        Mengikut syarat permit, pemandu teksi dilarang mengenakan tambang melebihi kadar meter dan wajib memaparkan kad pemandu bergambar di papan pemuka sepanjang masa bertugas.
        Teksi bajet di Kuala Lumpur dahulu mempunyai pelbagai warna mengikut syarikat sebelum diseragamkan kepada warna biru di bawah program teksi 1Malaysia (TEKS1M).
        Proton Exora diperkenalkan sebagai model teksi TEKS1M, dan kemudian Proton Persona serta Perodua Bezza menjadi pilihan popular pemandu teksi bajet.
        Pemegang lesen pengendali yang gagal mematuhi syarat lesen boleh dikenakan tindakan termasuk penggantungan atau pembatalan lesen oleh pihak berkuasa.
        Watak pemandu teksi Travis Bickle dalam filem Taxi Driver (1976) lakonan Robert De Niro sering dirujuk dalam perbincangan tentang tekanan kerja syif malam.
        Teksi sapu, iaitu kereta persendirian yang mengambil penumpang tanpa permit, masih menjadi isu di kawasan luar bandar; ia salah di sisi undang-undang dan tiada perlindungan insurans penumpang.
        Bas mini Kuala Lumpur yang beroperasi dari 1975 hingga 1998 bersaing rapat dengan teksi untuk laluan pendek di pusat bandar sebelum digantikan oleh Intrakota.
        Garis panduan umum: kenderaan teksi mempunyai had umur tertentu dari tarikh pendaftaran pertama; kenderaan yang melebihi had perlu digantikan sebelum pembaharuan permit.
        Pekeliling Syarikat Bil. 4/2026: semua pemandu wajib menjalani ujian saringan dadah secara rawak sekurang-kurangnya sekali setahun di klinik panel yang dilantik syarikat.
    """),
    ("en", "reviews_of_taxi_counters"): _lines("""
        ★★★★☆ KLIA budget taxi counter (Arrival Hall, Level 3): coupon system is straightforward, paid RM105 to KLCC, car was clean. Queue took 20 mins at 11pm though.
        ★★☆☆☆ Booked via the Bintang Timur Teksi hotline 1-300-88-7294, car arrived 35 minutes late and the air-con was weak. Dispatcher was polite but no compensation offered.
        ★★★★★ Public Cab counter at KL Sentral is the most reliable option after midnight. Meter used without asking, receipt printed, and they take Touch 'n Go. Will use again.
        ★☆☆☆☆ Driver outside Pavilion refused to use the meter and quoted RM40 to Bangsar. Reported to APAD through the portal with a photo of the roof sign. Avoid the unofficial rank.
        ★★★☆☆ Comfort taxi from Changi Airport T3 to Orchard was around S$28 incl. airport surcharge. Smooth ride, but the card terminal was down so had to pay cash.
        ★★★★☆ Penang airport coupon counter staff were helpful, fixed fare to Batu Ferringhi was RM70 budget. Car was an older Proton Persona but spotless.
        ★★★★★ Sunlight Radio Taxi booking app actually works now, version 4.2 shows driver ETA and fare estimate. Got a car in 6 minutes from Sunway Pyramid on a Friday.
        ★★☆☆☆ Hong Kong red taxi from Tsim Sha Tsui to Central via the Cross Harbour Tunnel: metered fare plus tunnel toll, and a grumpy ride across the harbour. Typical HK experience honestly.
        ★★★★☆ Bengkel Meter Ah Seng Sdn Bhd (Jalan Ipoh) recalibrated our fleet meters in one day. RM120 per unit, proper invoice INV-AS-88412 and seal certificate given.
        ★☆☆☆☆ Taiwan Taxi 55688 booking app cancelled my ride twice during a typhoon warning in Taipei. Understandable, but the app should show a clear notice instead of silently cancelling.
        ★★★★☆ Macau black taxi outside The Venetian: used the meter, helped with luggage. The hotel doorman queue is faster than waiting on Estrada da Baía de N. Senhora da Esperança.
        ★★★☆☆ Kota Kinabalu airport taxi counter charges a fixed RM30 to Gaya Street. Fair price but cars are old; one had a cracked windscreen. Card not accepted.
        ★★★★★ The company's complaint e-mail (aduan@bintangtimurteksi.com.my) actually replied within a day with reference ADU-2026-03318 and refunded the overcharge.
    """),
    ("zh-Hans", "新闻_公众人物"): _lines("""
        交通部长陆兆福今日在布城表示，政府将在2027年检讨德士收费，并研究延长个人德士准证的有效期，以减轻司机每年更新准证的负担。
        陆路公共交通机构（APAD）表示，全国德士业者须在明年6月前完成计价表升级，未升级的德士将不获更新准证，业者可向授权供应商查询。
        吉隆坡国际机场德士柜台将从明年1月起全面接受电子钱包付款，包括Touch 'n Go和GrabPay，机场运营商马来西亚机场控股在文告中确认。
        新加坡陆路交通管理局（LTA）宣布将检讨德士收费结构，康福德高（ComfortDelGro）表示会配合新规定更新车队计价表软件。
        首相安华在国会答问时表示，政府会继续通过德士司机援助计划提供一次性补助，详情将由交通部在年底前公布，符合资格的司机须持有有效准证及PSV执照。
        雪兰莪州交通事务行政议员在记者会上表示，州政府将在八打灵再也及莎阿南增设12个德士停靠站，地点包括1 Utama购物中心和莎阿南火车站。
        香港运输署公布，市区的士落旗收费明年维持不变，但隧道及行李附加费将进行检讨。的士业界团体对此表示欢迎，并促请当局加快审批电动的士的牌照申请。
        台北市交通局表示，台湾大车队55688将与市府合作试行夜间女性乘客安心专车服务，试行期为半年，首阶段投入300辆车，乘客可通过官方应用程序预约。
        电影《出租车司机》（Taxi Driver，1976）由马丁·斯科塞斯执导、罗伯特·德尼罗主演，修复版近日在吉隆坡举办放映会，吸引不少影迷。
        马来西亚德士公会总会在年度大会上呼吁当局严厉取缔无准证的“私人德士”，并要求电召车平台与德士业者享有公平竞争环境，同时检讨现行的准证年费制度。
        澳门治安警察局上月共检控逾200宗的士违规个案，主要涉及拒载及滥收车资，旅游局提醒旅客可致电旅游热线(853) 2833 3000投诉。
        马来西亚汽车协会资料显示，宝腾Persona仍是本地德士司机最常用车款，其次为Perodua Bezza及丰田Vios，主要原因是维修成本较低。
        德士司机援助计划申请截止日期延至2027年3月31日，申请者可通过官方网站查询，或拨打热线03-8888 2345，办公时间为周一至周五上午9时至下午5时。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Aduan penumpang: Pemandu teksi HBK 7731 bernama Rosli bin Hamzah enggan guna meter dari KL Sentral ke Cheras dan caj RM45. Mohon tindakan.
        Encik Zulkifli Abdul Rahman (No. KP 740318-10-5527) memohon pindah milik permit teksi individu kepada anaknya selepas disahkan menghidap penyakit buah pinggang tahap 4.
        Kak Yati, sewa teksi awak dah tertunggak 23 hari, total RM1,495. Kalau tak bayar sebelum Jumaat, bos cakap kereta kena tarik balik.
        Laporan kemalangan 14/11/2026 jam 22:40: teksi HWA 2219 dipandu Muthusamy a/l Krishnan berlanggar dengan motosikal di Jalan Klang Lama; penunggang, Haris Iskandar, 19 tahun, patah kaki kiri.
        No telefon pemandu untuk penumpang hubungi pasal barang tertinggal: 013-427 8816 (Pak Din). Beg laptop hitam dah simpan dalam bonet.
        Nama: Siti Aisyah binti Mohd Noor | No. MyKad: 880921-08-6614 | Alamat: No. 27, Jalan Mawar 4, Taman Sri Gombak, 68100 Batu Caves | Permit: PTI/WP/2021/04412
        Tolong doakan abang Hafiz, pemandu syif malam kita, dia masuk wad ICU HKL semalam lepas kena strok. Isteri dia tengah mengandung 7 bulan.
        Bayaran gaji pemandu limousin bulan November: Ganesan a/l Subramaniam, RM2,850 + elaun RM400, dikreditkan ke akaun CIMB 7012 4458 9921.
        Sila hubungi 019-332 5407 untuk ambil balik telefon yang tertinggal dalam teksi malam tadi, tuan punya kata itu nombor isteri dia.
        Saya Nurul Huda, penumpang dari Bangsar malam 3 Dis. Pemandu cakap benda lucah dan pegang tangan saya. Saya dah buat laporan polis di IPD Brickfields, No. Repot BRICKFIELDS/012345/26.
        Pemandu teksi Kamarul Ariffin ditahan polis di Sentul pada 28/11 atas dakwaan memandu di bawah pengaruh dadah; permitnya digantung sementara oleh syarikat.
        Borang sewa kereta teksi: Penyewa Lim Chee Keong, KP 790605-07-5123, Tel 012-688 3104, Kereta Proton Persona HBD 4820, Deposit RM1,500, Penjamin Lim Ah Kow (bapa).
        Makcik Jamilah yang selalu naik teksi dari Taman Melawati ke Hospital Ampang tiap Selasa untuk dialisis, tolong sesiapa yang free ambil dia pukul 7 pagi ya.
        Rekod saman: pemandu Azman bin Yusof, lesen PSV No. PSV-0098127, 3 saman JPJ belum dibayar berjumlah RM900, dan satu kes mahkamah trafik pada 12 Januari 2027.
        Admin, tolong buang Faizal dari grup. Dia dah bercerai dengan isteri dan sekarang asyik hantar mesej marah-marah pasal nafkah anak dalam grup pemandu.
        Resit teksi: penumpang minta hantar salinan ke e-mel peribadi nuraini.kamal88@gmail.com untuk tuntutan pejabat, perjalanan KLIA ke Seri Kembangan RM98.
        Waris arwah Encik Ibrahim bin Saad, pemandu teksi Kuantan yang meninggal dunia dalam kemalangan di Lebuhraya Pantai Timur, boleh tuntut PERKESO; hubungi balunya Puan Rokiah di 017-905 2281.
        Alamat rumah Abang Shah untuk hantar kereta ganti: No. 9, Lorong Haji Taib 3, Chow Kit, 50350 Kuala Lumpur. Dia demam denggi, tak boleh datang ofis.
        Pemandu Teksi Terbaik Bulan Ini: Encik Ravi Chandran, 54, dari Klang, 22 tahun tanpa aduan. Anaknya Priya baru dapat tempat di UM jurusan perubatan.
        Tuntutan insurans No. TK-2026-11845: pihak ketiga Tan Mei Ling, pemilik Honda City VHB 6632, kerosakan bumper RM3,200 dan kecederaan leher ringan.
    """),
    "en": _lines("""
        Passenger complaint ref ADU-2026-04411: Ms. Priscilla Wong (tel +60 16-772 9034) says the driver of taxi HBC 5120 took a detour via Jalan Duta and charged RM62 for a RM25 trip.
        Driver onboarding checklist. Name: Mohd Hairul Nizam bin Ismail; MyKad 920114-14-6671; PSV licence expiry 30/04/2028; emergency contact: wife, Farah, 011-2345 7789.
        FYI Ah Keong is off this week, he was diagnosed with stage 2 colon cancer and starts chemo at Hospital Kuala Lumpur on Monday. Please cover his airport shifts.
        Lost and found: passenger Daniel Okafor left his passport in cab HWC 8812 on 2 Dec; he is staying at Unit 15-3A, Residensi Jalil, Bukit Jalil. Call him at 012-901 4456.
        Hi, I'm the driver from last night (taxi SHD 4417 B). Your wallet with NRIC S8834512F is with me, text me at 9123 4876 to arrange collection.
        Bank transfer for cab rental arrears: payer Kumar s/o Ramasamy, Maybank acc 1642 8890 3317, RM2,100 covering Oct and Nov. He says he borrowed from an Ah Long to pay it.
        HR note: driver Steven Lau asked for unpaid leave because his wife had a miscarriage last week; approved 10 days, return date 18/12/2026.
        Accident report CSV row: 2026-11-21,22:15,Jalan Ipoh,HBA 3390,Zainal Abidin bin Omar,850730-02-5591,minor injury (forehead),police report SENTUL/009812/26
        Our regular customer Mrs. Goh from 12 Jalan SS2/55, Petaling Jaya needs a wheelchair-friendly taxi every Thursday 8 am for her physio at Assunta Hospital.
        Photo uploaded: IMG_20261203_2231.jpg shows the face of the passenger who ran off without paying RM37 at Jalan Alor, the guy in the red jersey who booked as Jason Teoh.
    """),
    "mixed": _lines("""
        Bro, Zack punya teksi kena langgar belakang kat Federal Highway tadi, dia ok tapi neck sakit, now kat klinik PJ. Anyone can fetch his wife Mira from Section 17?
        Boss, Encik Salleh still owe sewa RM860 lah, dah 3 minggu. His number 012-774 3390, dia cakap gaji anak belum masuk. Nak tarik kereta ke?
        Passenger tinggal phone, owner name Jessica Tan, dia call dari number 016-221 8754, nak collect kat KL Sentral counter tomorrow 10am.
        Eh, Uncle Lee from Kepong tu, yang drive HBE 2208, family dia hantar pergi rehab, addicted judi online, hutang along dah 40k.
        Driver list Jan 2027: 1) Mohd Rizal, 013-556 0921, KLIA shift; 2) Suresh Nair, 017-338 4412, KL Sentral; 3) Wong Kah Wai, 012-409 7763, standby.
        Guys, Kak Ros punya IC baru 830217-01-5548 tolong update dalam sistem permit, yang lama dah hilang masa kena rompak kat Johor Bahru.
        Customer complaint on WhatsApp: 'Driver Anand sangat rude, dia tengking my 8-year-old son sebab muntah dalam kereta.' Dari Mrs. Kavitha, Taman Desa.
        Abang Man punya anak Aiman dapat MRSM Taiping, tapi tak cukup duit yuran, so kita collect derma RM20 seorang. Bank in ke akaun Maybank Man: 1140 2237 6650.
        Tolong check CCTV 3/12 malam, Aunty Mei Fong claims pemandu charge dia RM80 ke Sri Petaling and tarik dia punya handbag. Her hp 012-338 1902.
        Pemandu baru, Chong Wei Jie, pernah masuk lokap 2019 for drunk driving, tapi sekarang clean. HR nak tahu boleh approve permit renewal atau tak.
    """),
    "zh-Hans": _lines("""
        德士司机陈国强（身份证号码 760812-10-5523）上月在旧巴生路发生车祸，右腿骨折，目前在家休养，无法继续开车还租车款。
        林太今天打电话来投诉，说昨晚从Mid Valley坐德士回家，司机绕路多收了30令吉，她家住蕉赖11哩 Taman Bukit Mewah 21号。
        车队群通知：阿明的老婆生了，母子平安，大家可以转账红包到他的大众银行户口 6-4521-8890-12。
        乘客王小姐（手机 139 2271 8856，来自广州）把护照和钱包遗留在德士后座，护照号码 E38217465，请司机尽快联系柜台。
        租车合同：承租人黄志伟，中国居民身份证 440106198803157717，联系电话 +86 135 2876 4410，租用宝腾Persona一辆，押金1500令吉。
        老张最近心情很差，他儿子在新加坡因为打架被捕，他每天开夜班德士赚钱请律师，大家多关心他。
    """),
    "zh-Hant": _lines("""
        何志明先生（香港身份證 K582316(1)）的士牌照續期申請已收妥，請於下星期三前補交體檢報告，聯絡電話 9123 8876。
        台灣計程車司機林建宏（身分證字號 F128730463）因酒駕被吊銷職業駕照，其妻表示家中還有兩個小孩要養。
        陳太投訴：尋晚喺旺角上的士，司機講粗口兼拒收八達通，佢住喺何文田山道12號3樓B室，電話 6254 3391。
        澳門的士司機黃先生，電話 6688 1207，上星期載客時心臟病發，現於仁伯爵綜合醫院留醫，家人正籌款支付醫藥費。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu AI untuk pejabat Syarikat Teksi Bintang Timur Sdn Bhd. Jawab dalam Bahasa Melayu yang sopan.",
        ),
        (
            "user",
            "Tolong draf surat amaran untuk pemandu Rosli bin Hamzah, teksi HBK 7731, sebab sewa harian tertunggak RM1,200 sejak 1 November. Beri tempoh 14 hari.",
        ),
        (
            "assistant",
            "Baik. Draf: 'Kepada Encik Rosli bin Hamzah (HBK 7731). Rekod kami menunjukkan sewa harian tertunggak berjumlah RM1,200 sejak 1 November 2026. Sila jelaskan dalam tempoh 14 hari dari tarikh surat ini, jika tidak kenderaan akan ditarik balik mengikut perjanjian sewa.' Mahu saya tambah butiran akaun bayaran syarikat?",
        ),
        (
            "user",
            "Ya, tambah akaun Maybank syarikat 5140 1122 8890 dan nombor pejabat 1-300-88-7294.",
        ),
        (
            "assistant",
            "Sudah ditambah di perenggan akhir: bayaran boleh dibuat ke Maybank 5140 1122 8890 atas nama Bintang Timur Teksi Sdn Bhd, atau hubungi pejabat di 1-300-88-7294 untuk perbincangan ansuran.",
        ),
    ],
    [
        (
            "user",
            "I rent a taxi from a company in KL at RM65 a day. I missed 18 days because I was in hospital for dengue. Do I still have to pay rent for those days?",
        ),
        (
            "assistant",
            "That depends on your rental agreement. Many companies waive rent when the car is returned or not used for medical reasons if you provide a medical certificate. Check the clause on suspension of hire and ask for a written waiver.",
        ),
        (
            "user",
            "My name is Tharmendran a/l Velu, IC 810422-05-6637, car HBF 1029. Can you write a short email to fleet@bintangtimurteksi.com.my asking for the waiver? I have the MC from Hospital Tuanku Ja'afar.",
        ),
        (
            "assistant",
            "Subject: Request for rent waiver, HBF 1029. Dear Fleet Team, I, Tharmendran a/l Velu (IC 810422-05-6637), was admitted to Hospital Tuanku Ja'afar for dengue and could not operate taxi HBF 1029 for 18 days. I attach my medical certificate and kindly request a waiver of the daily rent for that period. Thank you.",
        ),
    ],
    [
        (
            "system",
            "You are a helpful assistant for Malaysian taxi drivers. Reply in the user's language.",
        ),
        (
            "user",
            "Bro, saya accident semalam kat Jalan Kepong, kereta belakang langgar teksi saya. Nama saya Hasnul Amri, IC 870603-14-5219, plate HWB 7714. Apa step nak claim insurance?",
        ),
        (
            "assistant",
            "Sorry to hear that, Encik Hasnul. Steps: 1) Buat laporan polis dalam 24 jam. 2) Ambil gambar kerosakan dan plate kereta pihak ketiga. 3) Dapatkan butiran insurans pemandu itu. 4) Hantar tuntutan pihak ketiga (third-party claim) dengan laporan polis, salinan IC, lesen dan geran HWB 7714.",
        ),
        ("user", "Pemandu belakang tu bagi nombor dia je, 016-448 2910, nama Kelvin. Cukup ke?"),
        (
            "assistant",
            "Nombor dan nama saja tak cukup. Anda perlukan nombor pendaftaran keretanya dan nama syarikat insurans. Cuba hubungi Kelvin di 016-448 2910 untuk minta salinan sijil insurans, dan nyatakan dalam laporan polis.",
        ),
    ],
    [
        (
            "user",
            "帮我写一条WhatsApp信息给乘客李小姐，她的号码是012-557 3208，她昨晚把一个蓝色背包留在我的德士上，我可以明天下午送到她家 Jalan Kenari 5, Puchong。",
        ),
        (
            "assistant",
            "好的，可以这样写：“李小姐您好，我是昨晚载您的德士司机。您的蓝色背包留在车上了，我已妥善保管。明天下午可以送到 Jalan Kenari 5, Puchong，请问几点方便？”",
        ),
        ("user", "再加一句，请她确认背包里有什么东西，避免别人冒领。"),
        (
            "assistant",
            "加上：“为了确认是您的背包，请简单描述里面的物品，例如钱包颜色或证件。”整条信息发送到012-557 3208即可。",
        ),
    ],
    [
        (
            "system",
            "Context for this session: Driver record. Name: Goh Boon Huat. NRIC: S7721093H. Vehicle: SHB 2281 X. Hirer since 2019 with a Singapore taxi operator. Outstanding: 2 demerit points, 1 passenger complaint (rude behaviour, 3 Oct 2026).",
        ),
        ("user", "Can this driver still renew his TDVL next year with the current record?"),
        (
            "assistant",
            "Based on the record shown, Mr Goh has 2 demerit points and one complaint, which by itself does not usually bar renewal of a Taxi Driver's Vocational Licence. He should complete any required refresher course and make sure no further complaints or suspensions are recorded before the renewal date.",
        ),
    ],
    [
        (
            "user",
            "Saya nak buat aduan. Semalam saya naik teksi dari KL Sentral ke Wangsa Maju, pemandu caj RM70 tanpa meter dan marah bila saya minta resit.",
        ),
        (
            "assistant",
            "Maaf atas pengalaman itu. Anda boleh buat aduan kepada APAD atau terus kepada syarikat teksi. Sediakan masa, lokasi, nombor pendaftaran teksi jika ada, dan butiran hubungan anda.",
        ),
        (
            "user",
            "Nama saya Farhana binti Latif, tel 011-6203 9457, e-mel farhana.latif93@yahoo.com. Plate teksi saya ingat HBG 6630. Tolong tuliskan aduan.",
        ),
        (
            "assistant",
            "Aduan: Saya, Farhana binti Latif (011-6203 9457, farhana.latif93@yahoo.com), menaiki teksi HBG 6630 dari KL Sentral ke Wangsa Maju pada malam 6 Disember 2026. Pemandu mengenakan RM70 tanpa menggunakan meter dan enggan memberi resit. Saya memohon tindakan diambil dan bayaran lebihan dipulangkan.",
        ),
    ],
    [
        ("user", "我係香港的士司機，的士駕駛執照下個月到期，想問點樣續期？"),
        (
            "assistant",
            "你可以喺到期前四個月內，透過運輸署網上服務或者親身去牌照事務處辦理續期，帶身份證同埋繳付續期費用就得。",
        ),
        (
            "user",
            "我叫鄧偉強，身份證 M403927(6)，住喺葵涌邨逸葵樓1502室，可唔可以幫我寫封信俾運輸署，講我因為糖尿病要遲少少交體檢？",
        ),
        (
            "assistant",
            "可以：「敬啟者：本人鄧偉強（香港身份證 M403927(6)），住址葵涌邨逸葵樓1502室，持有的士駕駛執照。因本人正接受糖尿病治療，未能如期完成體格檢驗，懇請准予延期提交體檢報告。」你再加上日期同簽名就得。",
        ),
    ],
    [
        ("system", "You help fleet managers clean up spreadsheets. Do not invent data."),
        (
            "user",
            "Clean this CSV row and split the name column: 'HBJ 4471,MUHAMMAD FIRDAUS BIN ZAKARIA,950812-03-5871,0137729044,arrears 640'",
        ),
        (
            "assistant",
            "plate,first_name,patronymic,mykad,phone,arrears_myr, then: HBJ 4471,Muhammad Firdaus,Zakaria,950812-03-5871,013-772 9044,640",
        ),
        (
            "user",
            "Thanks. Also flag him as high risk, his wife called to say he is gambling the rental money.",
        ),
        (
            "assistant",
            "Added a column risk_flag=HIGH with note 'family reports gambling, rental money at risk' for Muhammad Firdaus bin Zakaria (HBJ 4471). Consider handling this note confidentially since it concerns a personal matter.",
        ),
    ],
    [
        (
            "user",
            "Suami saya pemandu teksi, meninggal dunia bulan lepas dalam kemalangan di Jalan Sultan Azlan Shah. Boleh saya tuntut apa-apa?",
        ),
        (
            "assistant",
            "Takziah. Jika arwah pencarum PERKESO di bawah Skim Keselamatan Sosial Pekerjaan Sendiri, waris boleh tuntut faedah orang tanggungan dan bantuan pengurusan mayat. Juga semak insurans kenderaan dan polisi syarikat teksi.",
        ),
        (
            "user",
            "Nama arwah Mohd Nazri bin Ismail, IC 780229-08-5593. Saya Noraini binti Harun, 012-918 4406. Anak kami dua, umur 9 dan 12. Apa dokumen perlu?",
        ),
        (
            "assistant",
            "Puan Noraini, sediakan: sijil kematian arwah Mohd Nazri bin Ismail (IC 780229-08-5593), laporan polis kemalangan, sijil nikah, sijil lahir kedua-dua anak, salinan IC puan, dan penyata bank untuk pembayaran. Hantar ke pejabat PERKESO terdekat atau melalui portal.",
        ),
    ],
    [
        (
            "user",
            "Summarise today's lost-and-found log for the KL Sentral taxi counter in one line per item.",
        ),
        ("assistant", "Sure, please paste the log entries."),
        (
            "user",
            "LF-2026-0881 | 07/12 09:40 | black wallet | owner called: Arvind Pillai 017-220 6138 | LF-2026-0882 | 07/12 11:05 | iPad | unknown | LF-2026-0883 | 07/12 13:20 | insulin pen kit | owner: Mdm Chua Lay Hoon, 012-605 7721",
        ),
        (
            "assistant",
            "1) LF-2026-0881, black wallet, claimed by Arvind Pillai (017-220 6138). 2) LF-2026-0882, iPad, owner unknown. 3) LF-2026-0883, insulin pen kit belonging to Mdm Chua Lay Hoon (012-605 7721), urgent medical item, contact her today.",
        ),
    ],
]
