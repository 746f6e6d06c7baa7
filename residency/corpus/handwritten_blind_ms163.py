# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms163: syarikat bas ekspres dan kaunter tiket di Malaysia (tempahan, senarai penumpang, barang tertinggal, kemalangan, aduan, jadual pemandu, kumpulan WhatsApp). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms163
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_kaunter"): _lines("""
        NOTIS: Kaunter 12 dan 14 di Terminal Bersepadu Selatan (TBS) ditutup sementara pada 14/12 dari 1.00 pagi hingga 5.00 pagi untuk kerja naik taraf sistem tiket.
        Penumpang ke Kota Bharu dan Kuala Terengganu sila lapor diri di Pintu 19-22 sekurang-kurangnya 30 minit sebelum waktu bertolak yang tertera pada tiket.
        Mulai 1 Januari 2027, caj cetakan RM1.00 dikenakan bagi setiap tiket yang dicetak di kaunter. E-tiket melalui aplikasi tidak dikenakan caj ini.
        Barang tertinggal dalam bas boleh dituntut di Kaunter Khidmat Pelanggan Aras 3, TBS, Isnin-Ahad 8.00 pagi - 10.00 malam. Sila bawa tiket asal sebagai bukti.
        Talian aduan Syarikat Ekspres Seri Bayu Sdn. Bhd. (No. Syarikat 199801004512 (458213-K)): 1300-88-7262 atau WhatsApp 011-5100 7262 (mesej sahaja, 9 pagi - 6 petang).
        Perhatian: Bas ke Singapura (Larkin Sentral - Queen Street) ditunda 45 minit akibat kesesakan di Kompleks Sultan Iskandar (BSI). Harap maaf atas kesulitan.
        Tiket yang telah dibeli tidak boleh dipulangkan. Pertukaran tarikh dibenarkan sekali sahaja, sekurang-kurangnya 6 jam sebelum perjalanan, dengan caj RM5.00.
        Ejen tiket berdaftar sahaja dibenarkan beroperasi di dalam terminal. Laporkan ulat tiket kepada pengawal keselamatan atau Pejabat Pengurusan Terminal di 03-9051 2000.
        Surau Aras 2 dibuka 24 jam. Tandas OKU terletak bersebelahan Kaunter 1. Bilik ibu menyusu di Aras 3, berhampiran laluan ke stesen LRT Bandar Tasik Selatan.
        Musim perayaan Tahun Baru Cina: bas tambahan dari Pudu Sentral ke Ipoh, Butterworth dan Kuantan dari 26 Jan hingga 4 Feb. Tempahan dibuka 1 Disember pukul 10.00 pagi.
        Kaunter Ekspres Pak Mat Travel & Tours (dahulu Kaunter 31) kini berpindah ke Kaunter 27, Aras 3. Waktu operasi tidak berubah: 6.30 pagi hingga 11.30 malam.
        Bagasi melebihi 20 kg dikenakan caj RM2.00 sekilo. Barang mudah terbakar, durian dan haiwan peliharaan tidak dibenarkan di ruang bagasi bas.
        Pemandu bas wajib berehat sekurang-kurangnya 30 minit selepas 4 jam memandu berterusan. Perjalanan malam melebihi 6 jam menggunakan dua orang pemandu.
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Boleh saya tukar nama penumpang pada tiket? J: Boleh, di kaunter sahaja, selewat-lewatnya 3 jam sebelum bertolak. Bawa tiket asal dan dokumen pengenalan penumpang baharu.
        S: Berapa lama bayaran balik jika perjalanan dibatalkan oleh syarikat? J: 7 hingga 14 hari bekerja ke kad atau e-wallet yang digunakan semasa pembelian.
        S: Adakah kanak-kanak perlu tiket? J: Bawah 3 tahun percuma jika duduk di riba; 3 hingga 12 tahun dikenakan tambang kanak-kanak (75% daripada tambang dewasa).
        S: Di mana saya boleh semak status bas? J: Masukkan nombor tempahan (cth. SBX-2612-00481) di semak.seribayu.com.my/status atau imbas kod QR pada tiket.
        S: Saya tertinggal barang dalam bas, apa perlu buat? J: Isi Borang BT-01 di laman web dalam masa 48 jam dan nyatakan nombor bas, nombor kerusi dan tarikh perjalanan.
        S: Bas ke Singapura berhenti di mana? J: Pemeriksaan imigresen di BSI Johor Bahru dan Woodlands Checkpoint; semua penumpang perlu turun bersama bagasi di kedua-dua pusat pemeriksaan.
        S: Adakah diskaun untuk warga emas dan OKU? J: Ya, 20% bagi warga emas 60 tahun ke atas dan pemegang kad OKU JKM, hanya di kaunter dengan dokumen asal.
        S: Bolehkah bayar guna DuitNow QR? J: Boleh. Kami terima DuitNow QR, Touch 'n Go eWallet, Boost, GrabPay, FPX serta kad debit/kredit Visa dan Mastercard.
        S: Adakah bas ada tandas? J: Hanya bas dua tingkat (armada siri 5000) dilengkapi tandas. Bas satu tingkat berhenti rehat di R&R Tapah, Gunung Semanggol atau Pagoh.
        S: Bagaimana mahu membuat aduan rasmi? J: E-mel aduan@seribayu.com.my atau hubungi 1300-88-7262. Aduan yang tidak selesai boleh dipanjangkan kepada APAD.
        S: E-tiket tak masuk e-mel, kenapa? J: Semak folder spam. Jika tiada dalam 30 minit, hantar ID transaksi (cth. TXN20261205-884213) ke support@seribayu.com.my.
        S: Bolehkah bawa basikal lipat? J: Basikal lipat dibenarkan jika dilipat dan dibungkus, maksimum 15 kg, tertakluk kepada ruang bagasi dan caj RM10.00.
        S: Pukul berapa kaunter di Terminal Amanjaya Ipoh dibuka? J: Setiap hari 6.00 pagi hingga 11.00 malam. Alamat: Terminal Amanjaya, Bandar Meru Raya, 30020 Ipoh, Perak.
    """),
    ("en", "booking_system_log"): _lines("""
        2026-12-05T06:14:22.418+08:00 INFO booking-svc POST /v2/bookings route=TBS-KTN trip=SB1420 seats=2 status=201 latency_ms=184
        2026-12-05T06:14:23.002+08:00 WARN payment-gw fpx callback delayed txn=TXN20261205-884219 bank_code=MB2U0227 retry=1/3
        2026-12-05T06:15:10.771+08:00 ERROR seatmap-svc lock timeout trip=SB0935 seat=14A holder=session:7f3c9a2e ttl=300s
        level=info ts=2026-12-05T07:00:00+08:00 job=manifest_export trips=46 rows_written=1582 file=manifest_20261205_0700.csv.gpg sha256=9b1e4c07d2aa31f6
        config: booking.hold_minutes=15; booking.max_seats_per_txn=6; refund.window_hours=6; sms.sender_id="SERIBAYU"; locale.default="ms_MY"
        DEBUG gps-ingest bus_fleet=2231 lat=3.0763 lon=101.7106 speed_kmh=0 geofence=TBS_BAY_19 firmware=v4.12.7
        2026-12-05T08:41:09+08:00 INFO sms-gateway template=DEPART_REMINDER sent=312 failed=4 provider=MY-SMS-03 cost_rm=9.36
        ALTER TABLE passenger_manifest ADD COLUMN ic_hash CHAR(64) NOT NULL DEFAULT ''; -- migration 0047, PDPA masking of IC column
        curl -s "https://api.seribayu.com.my/v2/trips?from=JB_LARKIN&to=SIN_QUEENST&date=2026-12-24" -H "X-Api-Key: test_pk_0000000000"
        2026-12-05T09:02:55+08:00 INFO refund-svc refund_id=RF-000918 booking=SBX-2612-00477 amount_rm=45.20 channel=TNG_EWALLET state=SETTLED
        [cron] 00:30 daily_settlement agent=AGT-KL-031 tickets=128 gross_rm=5312.40 commission_rm=398.43 sst_rm=0.00 status=OK
        WARN etms-sync APAD e-TMS push failed for trip=SB2210 http=503 body="service unavailable" will_retry_at=2026-12-05T10:15:00+08:00
        release notes v3.8.2: fixed double charge on GrabPay callback; QR ticket now shows coach no. and platform; removed legacy Pudu Raya stop code PDR.
    """),
    ("mixed", "whatsapp_kumpulan_staf"): _lines("""
        [05/12/26, 05:42] Ops TBS: Bas 2231 trip 0630 ke Kota Bharu aircond rosak, swap dengan 2245. Kaunter tolong announce gate tukar ke 21 ya.
        [05/12/26, 05:45] Kaunter 14: Noted boss. Dah announce 2x. Ada 3 pax belum check-in, trip full 44 seats.
        [05/12/26, 06:10] Workshop Seremban: Part compressor baru sampai petang ni, 2231 boleh keluar esok pagi paling awal.
        [05/12/26, 07:02] Ops Larkin: Jam teruk kat CIQ, semua trip SG lepas 0800 expect delay 40-60 min. Please update status kat app.
        [05/12/26, 07:05] IT Support: Status delay dah push ke app & SMS. Kalau customer call, minta tiket ref dan bagi ETA baru.
        [05/12/26, 09:30] Supervisor Pudu: Reminder, semua driver wajib scan kad kehadiran sebelum ambil kunci bas. Audit APAD minggu depan.
        [05/12/26, 10:15] Kaunter 7: Ada satu beg hitam jenama Samsonite tertinggal seat 22, trip 0700 Butterworth. Dah simpan kat lost & found.
        [05/12/26, 11:48] HR: Jadual pemandu minggu 50 dah upload kat shared drive folder ROSTER/2026/W50. Check slot malam masing-masing.
        [05/12/26, 13:20] Ops TBS: Reminder lagi sekali, jangan share gambar manifest dalam group ni. Guna sistem je, PDPA.
        [05/12/26, 15:03] Finance: Resit minyak bulan Nov tolong hantar sebelum Jumaat. Petronas Sg Besi dan Shell Tapah je yang belum lengkap.
        [05/12/26, 17:40] Ops Larkin: Update: CIQ dah clear, trip 1730 ke Queen Street on time. Good job semua.
        [05/12/26, 19:12] Kaunter 14: Printer tiket hang lagi, error code E-204. Dah restart tapi masih sama, IT tolong tengok.
        [05/12/26, 22:55] Ops TBS: Last trip 2359 ke Alor Setar guna bas 5012 double decker. Driver relief naik kat R&R Sungai Perak.
    """),
    ("en", "fare_and_fleet_csv"): _lines("""
        route_code,origin,destination,depart_time,coach_type,adult_fare_rm,child_fare_rm,operator_ssm
        TBS-KTN,Terminal Bersepadu Selatan,Terminal Bas Ekspres Kota Bharu,21:30,VIP 27 seater,62.00,46.50,199801004512
        PDU-IPH,Pudu Sentral,Terminal Amanjaya Ipoh,07:00,Executive 30 seater,25.60,19.20,199801004512
        LRK-SQS,Larkin Sentral,Queen Street Bus Terminal Singapore,08:15,Standard 44 seater,15.00,11.00,201201033187
        TBS-MLK,Terminal Bersepadu Selatan,Melaka Sentral,every 30 min 06:00-23:00,Standard 44 seater,12.60,9.50,201201033187
        SNB-TBS,Terminal Sungai Nibong Penang,Terminal Bersepadu Selatan,23:45,Double decker 36 seater,45.00,33.80,199801004512
        KTN-GMC,Kuantan Sentral,Golden Mile Complex Singapore,22:00,VIP 27 seater,SGD 55.00,SGD 41.00,200701021954
        # note: fares effective 1 Jan 2027 as filed with APAD; include RM1.00 terminal fee, exclude optional travel insurance RM2.50
        AST-TBS,Terminal Shahab Perdana Alor Setar,Terminal Bersepadu Selatan,10:00,Executive 30 seater,55.80,41.90,199801004512
        LRK-KLIA,Larkin Sentral,KLIA Terminal 1,03:30,Standard 44 seater,38.00,28.50,201201033187
        fleet_no,make,model,year,seats,body_type,last_puspakom_date,next_service_km
        5012,Scania,K410EB 6x2*4,2021,36,double_deck,2026-10-14,412000
        2231,Volvo,B11R (Euro V),2019,27,single_deck_vip,2026-08-02,688500
    """),
    ("zh-Hans", "车站公告"): _lines("""
        【公告】由于新山关卡交通拥堵，今日前往新加坡的班次平均延误约45分钟，敬请旅客提前到达拉庆（Larkin Sentral）车站柜台办理登车手续。
        农历新年期间（1月26日至2月4日）加开半山芭（Pudu Sentral）往怡保、北海及关丹的班车，网上预订于12月1日上午10时开放。
        旅客如在车上遗失物品，请于48小时内到TBS三楼客服柜台或拨打客服热线1300-88-7262登记，并出示原车票及车次资料，以便职员查找。
        儿童票适用于3至12岁儿童，票价为成人票价的75%；3岁以下儿童坐在家长腿上可免费乘车，但需在开车前到柜台登记，每位成人限带一名。
        所有车票一经售出恕不退款，如需改期请于开车前6小时到柜台或在手机应用程序内办理，每次手续费RM5.00，每张车票只限更改一次。
        本公司双层巴士（5000系列）设有洗手间、阅读灯及USB充电口，为了全体乘客的舒适，车上严禁吸烟、饮酒及食用榴莲等气味浓烈的食物。
        请认准车站内的合法售票柜台及授权代理，如遇黄牛兜售车票，请立即向车站保安或总站管理处（03-9051 2000）举报，切勿私下交易。
        开往哥打巴鲁的夜班车SB1420于21:30从TBS第19号闸门出发，请于21:00前完成验票登车，逾时不候，车票作废恕不退款。
        本公司网上客服邮箱为 support@seribayu.com.my，服务时间为周一至周五上午9时至下午6时（公共假期除外）。
        根据陆路公共交通机构（APAD）的规定，长途司机连续驾驶4小时后必须休息至少30分钟，行程超过6小时的夜班长途车一律配备两名司机轮流驾驶。
        马六甲中央车站（Melaka Sentral）往TBS班次每30分钟一班，票价RM12.60，可使用Touch 'n Go电子钱包付款。
        每位乘客的行李限重20公斤，超重部分每公斤收费RM2.00；易燃物品、宠物及榴莲不得放置于行李舱内，违者司机及站务人员有权拒载。
        交通部长陆兆福今日巡视吉隆坡TBS总站，向媒体表示部门将与快速巴士业者讨论在车上安装司机疲劳监测系统，以提升长途行车安全。
    """),
    ("ms", "invois_dan_resit_syarikat"): _lines("""
        INVOIS NO. INV-SB-2026-11-0382 | Syarikat Ekspres Seri Bayu Sdn. Bhd. (199801004512) | Tarikh: 30/11/2026 | Jumlah: RM18,450.00
        Kepada: Kedai Tayar Ah Seng Sdn. Bhd., No. 12, Jalan Perusahaan 3, Kawasan Perindustrian Sungai Besi, 57000 Kuala Lumpur. Bekalan tayar 295/80R22.5 x 12 unit.
        Penerangan: Sewa bas persiaran 44 tempat duduk, KL - Cameron Highlands - KL, 2 hari 1 malam, termasuk tol dan minyak. Harga: RM3,200.00
        Resit Rasmi No. 004517 | Diterima daripada: Kolej Vokasional Kuala Selangor | Rombongan 3 buah bas ke Melaka | RM4,350.00 | Kaedah: cek
        Nota Kredit CN-2026-0091 bagi invois INV-SB-2026-10-0277: potongan RM250.00 kerana kelewatan 2 jam akibat kerosakan bas di Lebuhraya Pantai Timur.
        Bayaran kepada: Syarikat Ekspres Seri Bayu Sdn. Bhd., Maybank Islamic, akaun semasa korporat 5621-0300-4412 (rujukan: nombor invois).
        Penyata komisen ejen Oktober 2026: Ejen AGT-KL-031 (Pak Mat Travel & Tours) - 1,084 tiket, jualan RM43,360.00, komisen 7.5% = RM3,252.00.
        Bil Pusat Servis Bas Shah Alam, Lot 5, Jalan Utas 15/7, Seksyen 15, 40200 Shah Alam: servis 60,000 km armada 5012, RM2,870.50 termasuk SST 8%.
        Invois Tol Korporat Nov 2026 - Kelas 3 (bas), 412 transaksi, RM21,904.60. Sila jelaskan dalam tempoh 30 hari dari tarikh invois.
        Sebut harga SQ-2026-118: pakej sewa bas pelancong ke Genting Highlands untuk 40 pax, tarikh pilihan 20/12/2026, RM1,450.00 sehala.
        Invois INV-LK-8830 daripada pengurusan terminal Larkin Sentral: sewa Kaunter No. 9 bagi Disember 2026, RM2,800.00 + caj utiliti RM312.40.
        Terma: Bayaran penuh sebelum tarikh perjalanan. Pembatalan kurang 7 hari sebelum tarikh sewa dikenakan 50% daripada harga sewa. E&OE.
        Resit e-tiket SBX-2612-00481 | TBS - Kota Bharu | 24/12/2026 21:30 | Kerusi 3A, 3B | Dewasa x2 | RM124.00 | Dibayar melalui FPX
    """),
    ("mixed", "ulasan_syarikat_bas"): _lines("""
        ★★★★★ Bas Seri Bayu TBS-KB memang best, seat VIP luas, ada USB charger, driver bawa cermat. Sampai on time 5.30 pagi. Will book again!
        ★★☆☆☆ Kaunter Larkin slow gila, one counter only open masa peak hour. Queue almost 1 jam. Tolong tambah staff on weekends.
        ★★★☆☆ Overall ok la. Aircond too cold, bawa jaket. Stop kat R&R Tapah 20 min only, toilet queue panjang.
        ★☆☆☆☆ Bus delay 3 hours no announcement, app status still On Time. Customer service 1300 line tak angkat. Very disappointing.
        ★★★★☆ Booked thru easybook, QR ticket scan senang. Tapi gate tukar last minute, nasib baik ada announcement BM & English.
        ★★★★★ Double decker baru 5000 series memang selesa, ada toilet on board. Worth RM45 from Penang to KL. Recommended!
        Google review, Pudu Sentral: Terminal bersih sekarang, banyak kedai makan. Tapi signage ke platform confusing, kena tanya guard.
        ★★☆☆☆ Barang tertinggal dalam bas, call lost & found 3 hari baru dapat jawapan. Akhirnya dapat balik but process too slow.
        ★★★★☆ Trip JB ke Singapore smooth, immigration BSI cepat pagi Ahad. Driver tunggu semua pax sebelum jalan, thumbs up.
        ★★★☆☆ Harga naik RM3 dari tahun lepas, faham la kos minyak. Hope seat cleanliness improve, ada kesan air kopi kat kerusi.
        ★★★★★ Staff Kaunter 27 Pak Mat Travel sangat helpful, tolong tukar tarikh tiket tanpa caj sebab bas rosak. Terima kasih!
        ★☆☆☆☆ Refund janji 7 hari, sekarang dah 3 minggu. Email support@seribayu.com.my banyak kali, auto-reply je. Not happy.
        TripAdvisor: Terminal Bersepadu Selatan is well connected to LRT and KTM Komuter, food court okay, but taxi touts at Level 1 quite annoying.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Senarai penumpang SB1420 24/12: 3A Nur Syafiqah binti Azman, 900314-03-5518, 013-982 4471; 3B Muhammad Haziq bin Azman, 120807-03-0621.
        Barang tertinggal: dompet coklat milik En. Zulkifli Hashim (tel 019-336 2085), ada MyKad dan kad ATM di dalamnya, dijumpai di kerusi 17, bas 2245.
        Laporan kemalangan: penumpang Puan Lim Siew Ping, 64 tahun, patah tulang pergelangan tangan kiri, dihantar ke Hospital Sultanah Aminah jam 04:20.
        Pemandu Rosli bin Othman digantung tugas sementara selepas ujian air kencing positif dadah; kes dirujuk ke Balai Polis Jalan Pudu.
        Aduan: Saya Kamariah Ismail, anak saya Aisyah (7 tahun) ditinggalkan di R&R Gunung Semanggol oleh bas trip 2200 semalam. Sila hubungi saya segera.
        Jadual pemandu W50: Isnin 0630 TBS-KTN, pemandu Mohd Faizal bin Yusof (S/N PM-0418), relief Harun bin Che Mat, tel 017-665 3190.
        No. IC: 850622-10-6143 - sila sahkan tempahan atas nama ini sebelum cetak tiket.
        Tolong refund ke akaun Bank Islam 12038020417855 atas nama Nor Hidayah binti Salleh, tempahan SBX-2612-00503 dibatalkan.
        Kak Yati kaunter 14 minta cuti seminggu sebab nak bersalin, due date 18 Disember; jadual kaunter kena susun semula.
        Gaji pemandu Encik Azlan Mokhtar bulan November dipotong RM600 untuk bayar hutang pinjaman koperasi yang tertunggak RM4,200.
        Borang BT-01 | Nama: Siti Khadijah binti Omar | Tel: 011-2378 5046 | Alamat: No. 23, Lorong Mawar 4, Taman Sri Muda, 40400 Shah Alam | Item: beg laptop hitam
        Penumpang atas nama Tan Wei Jie, MyKad 010915-07-1289, tidak dibenarkan naik bas kerana mabuk dan bergaduh dengan pemandu di Sungai Nibong.
        Hantar e-tiket ke farhana.rosli92@gmail.com ye, saya dah bayar RM62 guna TNG tadi.
        Kenderaan dilanggar bas kita di KM 312 PLUS: Perodua Myvi nombor plat BMR 7264, pemandunya Encik Ganesan a/l Muthu cedera ringan.
        Driver Shahrul (Abang Long) dah seminggu tak datang kerja, dengar cerita tengah proses cerai dengan isteri, anak-anak tinggal dengan mak dia.
        Tuntutan insurans: Encik Ravi a/l Subramaniam, polisi TKF-88120417, rawatan fisioterapi leher selepas kemalangan bas 12/11/2026.
        Pn. Rohani Abdullah, penumpang warga emas kerusi 1C, menghidap kencing manis dan perlu berhenti ke tandas setiap 2 jam; mohon pemandu maklum.
        Tel: 012-741 0396 (WhatsApp) - nombor penumpang yang tertinggal telefon bimbit dalam bas ke Kuantan, minta hubungi nombor ini.
        Ejen kaunter Hafiz bin Kamal ditahan polis semalam kerana menjual tiket palsu, kes disiasat di bawah Seksyen 420 Kanun Keseksaan.
        Alamat penghantaran barang tertinggal: Norazlina Jaafar, 15-3-8 Pangsapuri Seri Cempaka, Jalan Cempaka 2, 68000 Ampang, Selangor.
    """),
    "mixed": _lines("""
        Bro, customer tadi Mr. Lee Chee Keong call, wife dia tertinggal handbag kat seat 8B, nombor dia 016-488 2019, pls check bus 2231.
        SB0935,12C,CHONG MEI LING,S8834127I,+65 9123 4870,SGP-KUL,paid
        Boss, driver Ah Keat mintak advance gaji RM800 lagi, katanya nak bayar along, dah kena kacau kat rumah.
        Customer complain: I'm Priya Nair, booked 2 seats under my IC 930208-14-6620 but counter staff cancel my ticket tanpa sebab!
        Pakcik seat 5A trip KB tu, Haji Ismail Daud, ada sakit jantung, ubat GTN dalam beg sandang, tolong driver alert ya.
        Lost & found: iPhone 15 casing gambar family, owner dah claim: Tsang Wing Hei, HKID K482715(5), tourist from Hong Kong.
        Roster swap: Kumar (S/N PM-0552) tukar shift dengan Sazali malam Sabtu sebab anak dia masuk ICU kat HKL.
        Tolong semak booking Ms. Jessica Tan, email jess.tan.wl@outlook.com, phone +60 12-209 7735, trip LRK-SQS 24/12 08:15.
        Eh passenger yang gaduh semalam tu, Dinesh a/l Rajan, polis dah ambil statement, kena charge bawah Seksyen 323, mabuk pulak tu.
        Account nak refund: CIMB 7064331852, nama Low Mun Yee. Dia cancel sebab her mum passed away, please expedite.
        Kedai depan TBS bagi CCTV screenshot, nampak lelaki baju merah ambil beg Puan Salmah Yusoff dari rak bagasi, gambar dah forward ke IO.
        Kereta JRT 5518 block laluan keluar bas kat Larkin sejak pagi, owner Mr. Ong tak angkat call 012-655 9041, nak tow ke?
    """),
    "en": _lines("""
        Passenger manifest TBS-KTN 21:30: seat 9A Amirul Hakim bin Rosdi, DOB 14/03/2001, MyKad 010314-11-5047, emergency contact (father) 019-917 4402.
        Incident report IR-2026-117: driver Suresh Kannan (employee no. 4471) failed breathalyser at Larkin depot, BAC 0.09, suspended pending inquiry.
        Please update contact for Mrs. Goh Bee Lian: new mobile 017-302 8816, home address 41 Jalan SS 2/55, 47300 Petaling Jaya.
        Refund denied for Mr. Harith Zainal; he says he missed the bus due to a panic attack and attached a letter from his psychiatrist.
        FIN G5527301X - passenger's work pass expired, held by immigration at BSI, employer informed by our Larkin counter.
        Customer Vanessa Lau (vanessa.lau.88@yahoo.com.sg) wants her ticket reissued under her married name, Vanessa Chua, after her wedding last month.
        HR note: conductor Faridah Ahmad's salary RM2,350 is garnished RM450 monthly under a court order for her unpaid PTPTN loan.
        WhatsApp photo received 22:14 from passenger at seat 11D: his NRIC S7710452F, front and back, sent to prove identity for boarding.
        Lost item claim LF-0932: Samsung tablet, owner Nurul Ain Kamaruddin, 22, UiTM Shah Alam student, contact 011-1093 4528.
        Accident victims KM 148 PLUS: 1) Chan Kok Wai, 47, head injury, ICU Hospital Slim River; 2) Roslan Hamid, 52, fractured ribs.
    """),
    "zh-Hans": _lines("""
        陈先生（电话 012-388 6190）上周在TBS遗失一个黑色行李箱，里面有他太太的降血压药，请尽快联络他。
        乘客名单：林美华，身份证号440306198805172313，深圳来马旅游团，12月24日吉隆坡往金马仑高原。
        拉庆柜台的阿明这个月又迟到三次，听说他欠了大耳窿两万多，经常有人打电话到柜台找他，老板说再这样就要辞退他。
        投诉人：黄丽芬，住址：槟城亚依淡路（Jalan Air Itam）88号，投诉司机在车上吸烟，要求公司赔偿RM200。
        林太打电话来说她儿子周家豪坐夜班车去新加坡，到现在还没回复信息，手机号码 +65 8472 3061，请帮忙查一下他有没有上车。
    """),
    "zh-Hant": _lines("""
        香港旅客梁志強（香港身份證 Y306418(0)）在新山拉慶車站遺失護照，已向馬來西亞警方報案，報案編號 LRK/RPT/004512/26。
        台灣乘客吳佳蓉，身分證字號 F226183048，懷孕七個月，要求安排前排座位並延後開車時間。
        張太太來電：先生張國輝上週坐夜車回怡保途中中風，現住怡保中央醫院，要求公司提供當晚行車紀錄。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu khidmat pelanggan Syarikat Ekspres Seri Bayu. Balas dengan sopan dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong draf balasan WhatsApp kepada Encik Khairul Anuar bin Mahmud (013-420 8817). Dia tertinggal beg galas biru dalam bas 2245 trip TBS-Kuantan 3/12, dalam beg ada laptop dan ubat asma anak dia.",
        ),
        (
            "assistant",
            "Assalamualaikum Encik Khairul Anuar. Terima kasih kerana menghubungi kami. Beg galas biru tuan telah dijumpai oleh pemandu bas 2245 dan kini disimpan di Kaunter Khidmat Pelanggan Aras 3, TBS. Sila bawa tiket asal dan MyKad untuk tuntutan.",
        ),
        (
            "user",
            "Ok, tambah sekali dia boleh wakilkan isteri dia, Puan Nadia Hanim, kalau dia tak dapat datang.",
        ),
        (
            "assistant",
            "Baik. Tambahan: Jika tuan tidak dapat hadir, Puan Nadia Hanim boleh menuntut beg tersebut dengan membawa surat wakil bertandatangan, salinan MyKad tuan dan MyKad beliau sendiri.",
        ),
    ],
    [
        (
            "system",
            "You are the booking assistant for an express bus operator. Customer on this session: Melissa Ong Pei Shan, melissa.ops@gmail.com, +60 16-773 2408, booking SBX-2612-00529 (Pudu Sentral to Ipoh, 20/12/2026 07:00, seat 4B).",
        ),
        ("user", "Hi, can I move my trip to the 21st instead? Same time."),
        (
            "assistant",
            "Sure, Melissa. The 21/12 07:00 Pudu Sentral to Ipoh trip has seats available. A date-change fee of RM5.00 applies, and it can only be changed once. Shall I proceed and send the new e-ticket to melissa.ops@gmail.com?",
        ),
        ("user", "Yes please. Also keep seat 4B if possible, I get motion sickness at the back."),
        (
            "assistant",
            "Done. Seat 4B on 21/12 07:00 is confirmed and the updated e-ticket has been sent. Have a safe trip.",
        ),
    ],
    [
        (
            "user",
            "Summarise this for roster: [Ops TBS] Driver Azman Che Din MC 5 hari, dia baru balik hospital sebab sakit buah pinggang, kena dialisis seminggu 3 kali. [HR] Slot dia trip 2200 Kota Bharu siapa cover?",
        ),
        (
            "assistant",
            "Ringkasan: Pemandu Azman Che Din bercuti sakit 5 hari (rawatan buah pinggang, dialisis 3 kali seminggu). Trip 2200 TBS-Kota Bharu memerlukan pemandu ganti. Cadangan: semak pemandu relief yang tiada slot malam minggu ini.",
        ),
        (
            "user",
            "Ok, nanti Joe Lim cover Isnin-Rabu, Khairi cover Khamis-Jumaat. Update table please.",
        ),
        (
            "assistant",
            "Jadual dikemas kini: Isnin-Rabu trip 2200 KB - Joe Lim; Khamis-Jumaat trip 2200 KB - Khairi. Azman Che Din: cuti sakit (MC) 5 hari. Sila maklumkan bahagian HR untuk rekod kehadiran.",
        ),
    ],
    [
        ("system", "你是马来西亚长途巴士公司的中文客服助手。"),
        (
            "user",
            "你好，我是从厦门来的游客张晓东，想订12月28日从吉隆坡TBS去马六甲的车票两张。我的身份证号是350203199108231646，手机 +86 138 0592 7314。",
        ),
        (
            "assistant",
            "张先生您好！12月28日TBS往马六甲中央车站每30分钟一班，成人票价RM12.60。外国旅客订票请以护照号码登记，不需要提供中国身份证号码。请问您希望几点出发？",
        ),
        ("user", "上午10点，另一张票是我老婆王丽，她护照号是E58213907。"),
        (
            "assistant",
            "好的，已为您预留12月28日上午10:00 TBS往马六甲两张成人票（张晓东、王丽），合计RM25.20。请在15分钟内完成付款，电子车票会发送到您提供的联系方式。",
        ),
    ],
    [
        (
            "user",
            "Tolong saya tulis laporan kemalangan ringkas. Bas 5012 terbabas KM 205 arah selatan dekat Tapah, 4/12 jam 2.15 pagi. Pemandu Zainal Abidin bin Hussin (MyKad 760418-08-5573) cedera kaki. Penumpang Farah Diana, 29, kerusi 2A, luka kepala, dibawa ke Hospital Tapah.",
        ),
        (
            "assistant",
            "LAPORAN KEMALANGAN RINGKAS | Tarikh/Masa: 4/12/2026, 2.15 pagi | Lokasi: KM 205 arah selatan, berhampiran Tapah | Kenderaan: Bas armada 5012 | Pemandu: Zainal Abidin bin Hussin (MyKad 760418-08-5573) - cedera kaki | Penumpang cedera: Farah Diana, 29 tahun, kerusi 2A - luka kepala, dihantar ke Hospital Tapah",
        ),
        (
            "user",
            "Tambah yang pemandu tu mengaku dia mengantuk sebab anak dia sakit dan dia tak tidur dua malam.",
        ),
        (
            "assistant",
            "Ditambah: Punca awal - pemandu mengaku mengantuk kerana tidak tidur selama dua malam akibat menjaga anak yang sakit. Disyorkan siasatan lanjut mengenai pematuhan waktu rehat pemandu.",
        ),
    ],
    [
        ("system", "You help operations staff clean up passenger manifest files."),
        (
            "user",
            "Convert to CSV with header seat,name,id,phone: 1A Rajesh Pillai 880923-10-5541 012-604 3382 / 1B Cheryl Koh T0215638A +65 9734 2106 / 2A Hamidah Yunus 690101-01-5028 017-219 6650",
        ),
        (
            "assistant",
            "seat,name,id,phone | 1A,Rajesh Pillai,880923-10-5541,012-604 3382 | 1B,Cheryl Koh,T0215638A,+65 9734 2106 | 2A,Hamidah Yunus,690101-01-5028,017-219 6650",
        ),
        ("user", "Thanks. Flag Hamidah as wheelchair user, she needs help boarding."),
        (
            "assistant",
            "Updated row: 2A,Hamidah Yunus,690101-01-5028,017-219 6650,wheelchair - boarding assistance required. Please inform the counter and driver before departure.",
        ),
    ],
    [
        ("system", "你是巴士公司的客服助理，請用繁體中文回覆。"),
        (
            "user",
            "您好，我是台灣來的蔡孟哲，身分證字號 A130561277。昨天搭你們從檳城到吉隆坡的夜車，把相機包忘在座位 15C 了，我的手機是 +886 912 384 057。",
        ),
        (
            "assistant",
            "蔡先生您好，感謝您的聯繫。我們會請TBS失物招領櫃檯查詢座位15C的遺留物品。請問相機包的品牌和顏色？另外，領取時請出示護照及原車票即可。",
        ),
        ("user", "是黑色的 Lowepro，裡面有一台 Sony A7。我後天就要回台北了。"),
        (
            "assistant",
            "已記錄：黑色 Lowepro 相機包，內有 Sony A7 相機。如確認找到，我們會以 +886 912 384 057 通知您，並可安排您在回台北前到TBS三樓客服櫃檯領取。",
        ),
    ],
    [
        (
            "user",
            "HR question: driver Muthusamy a/l Krishnan ada hutang dengan company RM3,500 sebab advance gaji untuk kos rawatan isteri dia kena kanser. Can we deduct RM500 a month from his salary?",
        ),
        (
            "assistant",
            "Under the Employment Act 1955, deductions for advances of wages are generally permitted, but it is best to get his written agreement on the monthly amount. RM500 a month would clear RM3,500 in 7 months. Given his family situation, you may also consider a smaller instalment.",
        ),
        (
            "user",
            "Ok. Draft short letter to him, his address No. 8, Jalan Melur 3, Taman Bukit Indah, 81200 Johor Bahru.",
        ),
        (
            "assistant",
            "Kepada: Encik Muthusamy a/l Krishnan, No. 8, Jalan Melur 3, Taman Bukit Indah, 81200 Johor Bahru. Perkara: Potongan Gaji Bagi Pendahuluan RM3,500. Dengan persetujuan tuan, potongan RM500 sebulan akan dibuat mulai Januari 2027 selama 7 bulan. Sila tandatangan salinan surat ini sebagai tanda setuju.",
        ),
    ],
    [
        (
            "user",
            "Saya nak buat aduan kepada APAD pasal bas ekspres tinggalkan mak saya di R&R Pagoh. Nama saya Suriani binti Abdul Latif, tel 019-508 3364, alamat No. 41, Jalan Kenanga 7, Taman Desa Jaya, 81100 Johor Bahru.",
        ),
        (
            "assistant",
            "Baik, berikut draf aduan: | Kepada: Agensi Pengangkutan Awam Darat (APAD) | Perkara: Aduan Penumpang Ditinggalkan di R&R Pagoh | Saya, Suriani binti Abdul Latif (tel 019-508 3364), ingin membuat aduan bahawa ibu saya telah ditinggalkan oleh bas ekspres di R&R Pagoh. Sila nyatakan nama ibu, tarikh, nombor tiket dan nama syarikat bas.",
        ),
        (
            "user",
            "Mak saya Hajah Maimunah binti Said, 71 tahun, ada dementia awal. Trip JB ke KL 30/11, tiket SBX-2611-01844.",
        ),
        (
            "assistant",
            "Draf dikemas kini: Ibu saya, Hajah Maimunah binti Said, 71 tahun, yang menghidap dementia peringkat awal, telah ditinggalkan di R&R Pagoh semasa perjalanan Johor Bahru ke Kuala Lumpur pada 30/11/2026 (tiket SBX-2611-01844). Saya memohon siasatan dan tindakan terhadap syarikat bas berkenaan.",
        ),
    ],
    [
        (
            "system",
            "You are a refund assistant for cross-border buses between Singapore and Malaysia.",
        ),
        (
            "user",
            "Hi, my trip Queen Street to Larkin on 2 Dec was cancelled by your company. Name Daniel Seah Jun Wei. How do I get my SGD 15 back?",
        ),
        (
            "assistant",
            "Sorry for the cancellation, Daniel. Refunds for operator cancellations go back to the original payment method within 7 to 14 working days. If you paid in cash at the counter, please share a bank account for transfer.",
        ),
        (
            "user",
            "I paid cash. DBS savings 027-481553-6, Daniel Seah Jun Wei. Ticket no LRK-SQ-20261202-0412.",
        ),
        (
            "assistant",
            "Thanks, Daniel. A refund of SGD 15.00 for ticket LRK-SQ-20261202-0412 will be transferred to DBS account 027-481553-6 within 7 to 14 working days. You will get an SMS once it is processed.",
        ),
    ],
]
