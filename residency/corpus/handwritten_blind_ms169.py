# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms169: syarikat sewa kereta dan kereta sewa pandu sendiri di Malaysia (tempahan, lesen memandu pelanggan, deposit, saman trafik, kemalangan, kumpulan WhatsApp). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms169
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_syarat_sewa"): _lines("""
        NOTIS: Deposit keselamatan RM300 untuk kereta kompak (Perodua Axia, Myvi) dan RM500 untuk sedan (Honda City, Toyota Vios) akan dipulangkan dalam 7 hari bekerja.
        Pemandu mesti berumur 23 hingga 65 tahun dan memegang lesen memandu kompeten (CDL) kelas D sekurang-kurangnya 2 tahun. Lesen P tidak diterima.
        Pelanggan warganegara asing perlu menunjukkan pasport asal dan Permit Memandu Antarabangsa (IDP) yang sah bersama lesen memandu dari negara asal.
        Sebarang saman trafik (PDRM, JPJ, AES/AWAS atau PBT) sepanjang tempoh sewaan adalah tanggungjawab penyewa. Caj pentadbiran RM50 dikenakan bagi setiap saman.
        Kereta tidak dibenarkan dibawa ke Singapura atau Thailand tanpa kebenaran bertulis syarikat. Caj rentas sempadan RM150 sehari dikenakan jika diluluskan.
        Bahan api: kereta diserahkan dengan tangki penuh dan mesti dipulangkan penuh. Jika kurang, caj ikut liter ditambah RM30 caj servis akan dipotong daripada deposit.
        Dilarang merokok dan vape di dalam kenderaan. Caj pembersihan sehingga RM200 akan dikenakan jika terdapat bau rokok atau kesan abu pada tempat duduk.
        Lewat pulang lebih 1 jam dikira separuh hari; lebih 4 jam dikira sehari penuh. Sila maklumkan melalui talian 03-5633 2180 jika ingin lanjutkan tempoh sewaan.
        Kemalangan: hubungi talian kecemasan 24 jam syarikat di 1-300-88-7368 dan buat laporan polis dalam tempoh 24 jam. Jangan bawa kereta ke bengkel sendiri.
        Insurans asas disediakan melalui Takaful Ikhlas. Ekses kemalangan ialah RM2,000 untuk kompak dan RM3,500 untuk MPV; CDW penuh boleh dibeli pada RM25 sehari.
        Penghantaran dan pengambilan percuma dalam radius 15 km dari pejabat kami di No. 8, Jalan SS 15/4D, 47500 Subang Jaya. Kawasan lain RM1 sekilometer.
        Kaunter KLIA Terminal 1 dibuka 7 pagi hingga 11 malam setiap hari termasuk cuti umum. Kaunter KLIA2 di Aras 2, Gateway@klia2, berhampiran laluan ke stesen bas.
        Syarikat berdaftar: Bintang Wira Car Rental Sdn. Bhd. (No. Pendaftaran 201901023456 / 1332145-K), pemegang lesen Kereta Sewa Pandu Sendiri yang dikeluarkan oleh APAD.
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Bolehkah saya guna lesen memandu Singapura untuk menyewa? J: Boleh, lesen Singapura dalam bahasa Inggeris diterima tanpa IDP untuk tempoh lawatan singkat.
        S: Adakah deposit boleh dibayar tunai? J: Deposit diterima melalui kad kredit (pra-kebenaran), FPX atau DuitNow QR. Tunai hanya diterima di cawangan Johor Bahru.
        S: Berapa lama deposit dipulangkan? J: Biasanya 3 hingga 7 hari bekerja selepas semakan saman dan kerosakan. Untuk kad kredit, bergantung pada bank pengeluar.
        S: Bagaimana jika saman AES sampai selepas saya pulangkan kereta? J: Notis dihantar kepada syarikat sebagai pemilik berdaftar dan kami akan memindahkannya kepada penyewa mengikut rekod tempahan.
        S: Boleh tambah pemandu kedua? J: Boleh, caj RM10 sehari bagi setiap pemandu tambahan. Pemandu tambahan juga perlu tunjuk lesen dan MyKad atau pasport semasa ambil kereta.
        S: Kereta ada kad Touch 'n Go? J: Semua kereta dilengkapi kad Touch 'n Go dengan baki RM20. Baki tol dan parkir yang digunakan akan ditolak daripada deposit.
        S: Boleh bawa kereta naik feri ke Langkawi? J: Tidak dibenarkan. Sila tempah terus dari cawangan kami di Kuah, Langkawi, yang terletak berhampiran Jeti Kuah.
        S: Apa perlu buat jika tayar pancit? J: Hubungi bantuan jalan raya 24 jam di 1-300-88-7368. Kos tayar akibat kecuaian ditanggung penyewa mengikut harga pasaran semasa.
        S: Ada kerusi keselamatan kanak-kanak? J: Ada, RM8 sehari dengan had RM80 setiap tempahan. Peraturan JPJ mewajibkan CRS untuk kanak-kanak dalam kenderaan persendirian.
        S: Bolehkah pelajar universiti menyewa? J: Boleh jika berumur 21 tahun ke atas, memegang lesen CDL sekurang-kurangnya setahun dan membayar deposit tambahan RM200.
        S: Bagaimana nak batalkan tempahan? J: Pembatalan 48 jam sebelum waktu ambil kereta mendapat bayaran balik penuh; kurang 48 jam, caj pembatalan RM50 dikenakan.
        S: Kenapa kereta ada penjejak GPS? J: Semua kenderaan dipasang GPS untuk keselamatan armada dan pemantauan jarak perjalanan sahaja, selaras dengan PDPA 2010.
        S: Di mana nak buat aduan rasmi? J: E-mel ke aduan@bintangwira.com.my atau hubungi Khidmat Pelanggan di 03-5633 2180 (Isnin hingga Sabtu, 9 pagi hingga 6 petang).
    """),
    ("ms", "senarai_harga"): _lines("""
        Perodua Axia 1.0 AT (2023) | RM110/hari | RM650/minggu | RM1,800/bulan | Deposit RM300 | Had 250 km sehari, lebihan RM0.30/km
        Perodua Myvi 1.5 AV (2024) | RM140/hari | RM820/minggu | RM2,300/bulan | Deposit RM300 | Tanpa had kilometer
        Proton Saga 1.3 Premium CVT (2025) | RM120/hari | RM700/minggu | RM1,950/bulan | Deposit RM300 | Tidak dibenarkan untuk e-hailing
        Honda City 1.5 V Sensing | RM190/hari | RM1,100/minggu | RM3,100/bulan | Deposit RM500 | Caj cuci interior RM40 jika kotor
        Toyota Vios 1.5G | RM180/hari | RM1,050/minggu | RM2,950/bulan | Deposit RM500 | Insurans CDW tambahan RM25/hari
        Perodua Alza 1.5 AV 7-tempat duduk | RM230/hari | RM1,400/minggu | Deposit RM600 | Pilihan popular untuk balik kampung musim perayaan
        Toyota Innova 2.0 / Hyundai Starex 12-tempat duduk | RM380/hari | Deposit RM1,000 | Tempahan minimum 2 hari semasa Hari Raya dan Tahun Baru Cina
        Proton X50 1.5 TGDI Flagship | RM260/hari | RM1,600/minggu | Deposit RM800 | Wajib kad kredit untuk pra-kebenaran deposit
        Tambahan: GPS Garmin RM10/hari | Kerusi kanak-kanak RM8/hari | Pemandu tambahan RM10/hari | WiFi mudah alih 20GB RM12/hari
        Caj penghantaran: KLIA/KLIA2 RM60 | Stesen KL Sentral RM35 | Hotel sekitar Bukit Bintang RM45 | Serahan selepas 11 malam RM50
        Harga musim puncak Aidilfitri dan Tahun Baru Cina 2027: kenaikan 30% untuk semua model, tempoh sewa minimum 3 hari, tiada diskaun kod promo.
        Invois INV/BW/2026/01187: Sewa Myvi 3 hari RM420.00, CDW RM75.00, penghantaran KLIA RM60.00, Cukai Perkhidmatan 8% RM44.40, Jumlah RM599.40
        Pakej korporat: 10 kereta ke atas diskaun 15%, bil bulanan melalui akaun syarikat. Hubungi jualan@bintangwira.com.my atau 03-5633 2199.
    """),
    ("ms", "peraturan_dan_berita"): _lines("""
        Menteri Pengangkutan Anthony Loke mengingatkan pengusaha kereta sewa supaya memastikan rekod penyewa lengkap kerana notis kamera AWAS dihantar kepada pemilik berdaftar.
        Seksyen 41 Akta Pengangkutan Jalan 1987: menyebabkan kematian kerana memandu secara melulu atau berbahaya boleh dihukum penjara sehingga 10 tahun dan denda sehingga RM50,000.
        Menurut APAD, hanya syarikat yang memegang lesen Kereta Sewa Pandu Sendiri yang sah boleh menyewakan kenderaan; sewaan kereta persendirian melalui media sosial menyalahi undang-undang.
        Sistem KEJARA memberi mata demerit bagi kesalahan trafik tertentu; pengumpulan mata berulang boleh membawa kepada penggantungan atau pembatalan lesen memandu.
        PDRM melalui Jabatan Siasatan dan Penguatkuasaan Trafik (JSPT) melancarkan Op Selamat sempena musim perayaan, memberi tumpuan kepada kesalahan memotong garisan berkembar.
        Kamera AWAS dipasang di lokasi berisiko tinggi; kesalahan had laju dan melanggar lampu merah direkod secara automatik dan notis dihantar kepada pemilik berdaftar kenderaan.
        Semakan saman boleh dibuat melalui aplikasi MyBayar PDRM, portal MyEG atau aplikasi MyJPJ dengan memasukkan nombor pendaftaran kenderaan armada syarikat.
        Sejarah: perniagaan sewa kereta moden bermula pada 1918 apabila Walter L. Jacobs membuka syarikat sewa di Chicago dengan 12 buah Ford Model T.
        Proton Saga pertama dilancarkan pada 9 Julai 1985 oleh Perdana Menteri Dr Mahathir Mohamad dan kekal antara pilihan utama armada kereta sewa bajet di Malaysia.
        Had laju kebangsaan ialah 110 km/j di lebuh raya, 90 km/j di jalan persekutuan dan 60 km/j di kawasan bandar, melainkan papan tanda menyatakan sebaliknya.
        Perkhidmatan sewaan kenderaan bermotor dikenakan Cukai Perkhidmatan 8% mulai 1 Mac 2024 mengikut pindaan Akta Cukai Perkhidmatan 2018, menurut panduan Kastam Diraja Malaysia.
        Pemandu kenderaan Singapura yang masuk melalui Tambak Johor perlu memiliki Permit Masuk Kenderaan (VEP) mulai 1 Oktober 2024; kereta sewa berdaftar Malaysia tidak terlibat.
        Perdana Menteri Anwar Ibrahim merasmikan Lebuhraya Pan Borneo fasa terbaru; syarikat kereta sewa di Kota Kinabalu menjangka permintaan pelancong meningkat musim cuti sekolah.
    """),
    ("en", "booking_system_log"): _lines("""
        2026-11-14T08:02:17+08:00 INFO booking.create id=BK-2026-118842 branch=KLIA2 model=PERODUA_MYVI_15AV days=3 total_myr=599.40 channel=web
        2026-11-14T08:02:18+08:00 INFO payment.preauth id=BK-2026-118842 gateway=ipay88 amount_myr=300.00 status=APPROVED txn=T0098123377
        2026-11-14T08:05:40+08:00 WARN kyc.licence_check id=BK-2026-118842 result=MANUAL_REVIEW reason=licence_expiry_within_30d
        2026-11-14T09:41:03+08:00 INFO fleet.checkout unit=MYV-023 odometer_km=48211 fuel_pct=100 damage_photos=8 counter=KLIA2-C2
        2026-11-14T13:22:55+08:00 ERROR gps.tracker unit=ALZ-011 device=TK915-FW2.4 lastfix_age_s=3620 msg=no fix since entering SMART tunnel
        2026-11-15T00:00:01+08:00 INFO cron.summons_sync source=MyBayar fetched=37 matched=35 unmatched=2 duration_ms=8421
        2026-11-15T10:16:48+08:00 INFO fleet.return unit=MYV-023 odometer_km=48977 fuel_pct=88 fuel_charge_myr=34.75 late_min=22
        2026-11-15T10:17:02+08:00 INFO deposit.release id=BK-2026-118842 hold_days=7 scheduled=2026-11-22 amount_myr=265.25
        2026-11-16T03:11:09+08:00 WARN api.rate_limit client=partner-ota-03 route=/v2/availability rps=52 limit=40 action=throttle
        2026-11-16T07:30:00+08:00 INFO report.daily branch=JB-SENTRAL utilisation=0.86 cars_out=43 cars_idle=7 maintenance=2
        2026-11-16T18:45:31+08:00 ERROR claims.submit claim=CLM-26-00917 insurer=TAKAFUL_IKHLAS http=502 retry_in=300s attempt=3
        2026-11-17T09:00:12+08:00 INFO whatsapp.template sent=142 failed=3 template=booking_reminder_ms_v4 sender=company_waba_01
        2026-11-17T11:58:20+08:00 DEBUG pricing.engine model=HONDA_CITY_15V season=CNY2027 base=190 surge=1.30 final=247.00 rule_sha=3e9a1c77b2
    """),
    ("en", "config_and_code"): _lines("""
        DEPOSIT_RULES = {'compact': 300, 'sedan': 500, 'mpv': 600, 'suv': 800}  # MYR, refunded after summons check (T+7)
        def late_fee(minutes: int, daily_rate: float) -> float: return 0.0 if minutes <= 60 else (daily_rate / 2 if minutes <= 240 else daily_rate)
        MYKAD_PATTERN = '[0-9]{6}-[0-9]{2}-[0-9]{4}'  # format check only; never write the matched value to logs
        branch: {code: KLIA2, address: 'Level 2, Gateway@klia2, 64000 KLIA Sepang', hotline: '+60 3-8775 1200', open: '07:00-23:00'}
        SELECT booking_id, unit_code, pickup_at, return_at, total_myr FROM bookings WHERE branch = 'SUBANG' AND status = 'RETURNED' AND return_at >= '2026-11-01';
        CREATE TABLE summons (id BIGSERIAL PRIMARY KEY, booking_id TEXT NOT NULL, issuer TEXT CHECK (issuer IN ('PDRM','JPJ','AES','MBPJ')), amount_myr NUMERIC(8,2));
        test_customer = {'name': 'Test User', 'ic': '000000-00-0000', 'phone': '+60 12-000 0000', 'email': 'test@example.com'}  # fixture only
        SMTP_FROM=noreply@bintangwira.com.my SMTP_HOST=smtp.sendgrid.net SMTP_PORT=587 SUPPORT_INBOX=aduan@bintangwira.com.my
        curl -X POST https://api.bintangwira.com.my/v2/bookings -H 'Authorization: Bearer $API_TOKEN' -d '{"model":"MYVI","branch":"KLIA2","days":3}'
        FROM python:3.12-slim; ENV TZ=Asia/Kuala_Lumpur; RUN pip install fastapi==0.115.0 'psycopg[binary]==3.2.3'; CMD ["uvicorn", "app:api"]
        WHATSAPP_BUSINESS_NUMBER='+60 11-5566 7788'  # official company line, Meta-verified, display name 'Bintang Wira Rent'
        fuel_charge = max(0.0, tank_litres * (1 - fuel_pct / 100)) * cfg.RON95_FLEET_PRICE + 30.0  # RM30 service fee per refuel
        git log --oneline: a41c9e2 fix(deposit): round refund to 2 dp; 7be03d1 feat(summons): auto-match AES notices by unit_code; tag v3.14.2
    """),
    ("mixed", "kumpulan_whatsapp_staf"): _lines("""
        [14/11/26 07:45] Cawangan KLIA2: Morning all, hari ni ada 18 pickup, 6 return. Myvi tak cukup, boleh transfer 2 unit dari Subang before 11am tak?
        [14/11/26 07:52] Subang HQ: Boleh, runner gerak 9 pagi. Unit MYV-031 dengan MYV-034, both baru servis, fuel full.
        [14/11/26 10:03] Ops JB: Guys reminder, Tambak Johor jam teruk sebab cuti sekolah Singapore, customer SG semua lambat 1-2 jam, jangan charge late fee dulu ok.
        [14/11/26 12:30] Admin Akaun: Deposit refund batch minggu ni dah submit ke Maybank, 41 transaksi, total RM13,275. Kalau customer tanya, cakap 3 hari bekerja.
        [14/11/26 15:18] Cawangan KLIA2: Alza ALZ-011 GPS mati lagi, lepas masuk SMART tunnel terus takde signal. Dah buka tiket dengan vendor, no tiket GPS-4471.
        [14/11/26 16:40] Subang HQ: Saman AES batch Oktober dah sampai, 12 notis. Tolong match dengan rekod tempahan ikut tarikh & masa, jangan forward gambar kamera dalam group ni.
        [14/11/26 18:05] Ops JB: Ah Huat Motor Workshop kat Jalan Tebrau cakap bumper Vios siap Isnin, kos RM1,850 termasuk cat. Insurans cover tak?
        [14/11/26 18:11] Admin Akaun: Ekses RM2,000 kita claim dari penyewa dulu, baki claim Takaful Ikhlas. Laporan polis & gambar dah upload dalam folder CLM-26-00917.
        [15/11/26 08:20] Subang HQ: Booking CNY 2027 dah 74% penuh untuk MPV. Lepas ni semua tempahan Innova/Starex minimum 3 hari, update template WhatsApp ya.
        [15/11/26 09:02] Cawangan KLIA2: Noted boss. Btw printer kaunter C2 rosak, sementara ni guna e-agreement je, customer sign kat tablet.
        [15/11/26 11:47] Ops JB: Ada kedai cuci kereta baru 'Kilat Wash by Pak Mat' kat Taman Pelangi, RM15 sebuah untuk fleet, nak try tak?
        [15/11/26 14:15] Subang HQ: Please jangan lagi screenshot IC customer masuk group ni. Semua dokumen KYC upload terus ke sistem, ikut PDPA. Terima kasih semua.
        [15/11/26 21:30] Admin Akaun: Maybank2u maintenance malam ni 12am-4am, FPX deposit mungkin gagal. Kalau customer nak ambil awal pagi, terima kad kredit je.
    """),
    ("mixed", "ulasan_syarikat"): _lines("""
        5/5 Bintang Wira Car Rental KLIA2 - Proses cepat gila, 10 minit dah dapat kunci. Myvi bersih, fuel penuh. Deposit masuk balik dalam 4 hari. Recommended!
        2/5 Sewa Kereta Murah JB - Kereta bau rokok, aircon tak sejuk. Staff kata memang macam tu. Deposit lambat pulang 3 minggu, kena follow up banyak kali.
        4/5 Pak Long Car Rental Kota Bharu - harga ok RM100 sehari untuk Axia, tuan kedai friendly tapi kena bayar tunai je. Takde online booking lagi.
        5/5 Langkawi Auto Sewa, Kuah - ambil terus kat Jeti Kuah, kereta dah sedia bila kami sampai. Harga musim cuti sekolah naik sikit tapi masih reasonable.
        1/5 Avoid this company! Dorang caj RM350 untuk calar kecil yang memang dah ada masa ambil kereta. Lesson learned: always record video 360 sebelum drive off.
        4/5 Good service at the KL Sentral counter, but the Proton X50 already had 62,000 km on it. Drove up to Cameron Highlands with no problem at all.
        3/5 Kereta ok, tapi saman AES dari 3 bulan lepas tiba-tiba ditolak dari deposit tanpa bukti gambar. Bila minta, baru dorang hantar salinan notis. Komunikasi kena improve.
        5/5 Ah Keong Kereta Sewa Ipoh memang legend, 20 tahun buat business. Dorang bagi Vios 2024, siap ada dashcam depan belakang. Harga RM160 sehari.
        Balasan pemilik (Bintang Wira): Terima kasih atas maklum balas. Kami sedang semak rekod kerosakan dan akan hubungi tuan/puan melalui aduan@bintangwira.com.my dalam 2 hari bekerja.
        4/5 Sewa 5 hari untuk balik kampung Terengganu. Alza selesa, 7 orang muat dengan beg. Cuma GPS built-in dah outdated, last-last pakai Waze je.
        2/5 Cawangan Penang Airport lambat sangat, tunggu 45 minit sebab sistem down. Tapi customer service kat 1-300-88-7368 handle dengan baik, dapat voucher RM30.
        5/5 First time sewa kereta kat Malaysia guna lesen Singapore. Tak payah IDP, process smooth. Drive ke Melaka untuk Jonker Street, parking senang.
        Trustpilot 4.1/5 berdasarkan 2,318 ulasan untuk Bintang Wira Car Rental Sdn. Bhd.; aduan utama ialah tempoh pemulangan deposit dan caj saman yang lewat.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Encik Roslan bin Bahari (tempahan BK-2026-55102) minta tangguh bayar baki saman RM450 sebab baru kena buang kerja bulan lepas, isteri pula tengah sakit.
        No. KP pelanggan untuk tempahan Myvi KLIA2 esok: 880917-14-6631, lesen memandu CDL tamat 03/2028.
        Pn. Nurul Aina binti Zakaria, 014-392 7710, nak ambil Axia 20/11 jam 9 pagi, minta hantar ke rumah No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam.
        Pelanggan Cik Farah Hanim beritahu dia mengandung 6 bulan, minta kereta auto yang tempat duduk boleh laras tinggi dan tak mahu Axia.
        Deposit RM500 untuk Honda City dipulangkan ke akaun Maybank 1620 2233 4471 atas nama Mohd Hafiz bin Kamaruddin, rujukan BK-2026-60231.
        Borang tempahan | Nama: Siti Khadijah binti Omar | No. KP: 950302-03-5568 | Tel: 019-975 2204 | Alamat: Lot 1122, Kampung Sireh, 15050 Kota Bharu, Kelantan
        Laporan kemalangan: penyewa Encik Tan Boon Huat patah tulang selangka dan dirawat di Hospital Sultanah Aminah; Vios sewa rosak teruk di Jalan Skudai.
        Saman AES 12/10/2026 jam 22:14 di PLUS KM 302, kereta dipandu penyewa Amirul Hakim bin Yusof, No. KP 990811-10-6047, akan dipindahkan kepada beliau.
        Senarai hitam: Kamal Arif bin Sulaiman, pernah bawa lari Myvi 9 hari dan masih berhutang RM3,200 kepada syarikat. Jangan terima tempahan baru.
        Mak cik Zaiton dari Sungai Buloh call, anak dia Hairul ditahan polis semalam sebab pandu kereta sewa kita dalam keadaan mabuk, minta tolong ambil kereta di balai.
        Dokumen diterima: lesen_aisyah_rahman_depan.jpg, lesen_aisyah_rahman_belakang.jpg dan selfie pegang MyKad untuk tempahan Bezza hujung minggu ini.
        Encik Lokman kata tak mampu bayar deposit penuh sebab gaji RM2,100 sebulan habis bayar hutang PTPTN, kereta sendiri pun dah ditarik bank.
        WhatsApp dari 017-284 6695: Saya nak sewa Alza 4 hari untuk balik raya, boleh bayar deposit separuh dulu?
        Penyewa warga Singapura Muhammad Firdaus bin Rahmat, NRIC S9034517F, lesen Singapura kelas 3, tinggal di Blk 218 Jurong East Street 21, #07-334.
        Aduan: bekas suami Pn. Norhayati Ismail datang ke kaunter JB Sentral minta salinan rekod tempahan dia, katanya untuk kes hak jagaan anak di mahkamah syariah.
        Kemalangan kecil di Jalan Ipoh: penyewa Rajesh a/l Muniandy langgar belakang Perodua Bezza plat WVB 4471, pemandu Bezza itu minta RM1,200 tunai.
        Penyewa Encik Chong Wai Kit ada epilepsi, doktor dah beri surat sahkan tiada serangan 2 tahun; perlu semak sama ada lesen beliau masih sah.
        E-mel pengesahan dihantar ke hidayah.sulaiman91@gmail.com untuk tempahan BK-2026-70415, pengambilan di KL Sentral 28/11/2026.
        Baki hutang Faizal Hamdan: RM1,870 (lanjut sewa 6 hari tanpa bayar + saman JPJ RM300). Surat tuntutan dihantar ke No. 7, Jalan Kenari 2, Taman Puchong Utama.
        Kereta persendirian plat JQR 7752 milik Puan Lee Mei Ling (012-771 3048) ditinggalkan di parkir cawangan JB Sentral selama 5 hari semasa dia sewa Alza.
        Semakan CTOS Encik Azman bin Daud, 810604-08-5213: skor 512, ada 2 tindakan undang-undang oleh bank. Tolak permohonan sewa bulanan.
        Pak Abu, pelanggan tetap kita di Kuantan, masuk wad Hospital Tengku Ampuan Afzan sebab strok; anak dia minta batalkan sewa bulanan Saga.
    """),
    "en": _lines("""
        Customer Jason Lim Wei Jie, HP +65 9123 4487, collects the Honda City at JB Sentral on 12 Dec; staying at his mother's house, No. 12 Jalan Sutera 3, Taman Sentosa, Johor Bahru.
        HKID Y482915(6): passport copy and Hong Kong licence received for Mr. Wong Ka Ho, 3-day Myvi rental from KLIA, IDP issued 2 Nov 2026.
        Taiwanese tourist Ms. Chen Yi-Ting, national ID F225013841, requested a car seat for her 2-year-old son; her IDP was issued in Taipei on 28 Oct 2026.
        Renter Priya Nair told the counter she is on chemotherapy and may need someone else to drive, so add her husband Suresh Kumar as second driver.
        Deposit dispute: Mr. Daniel Ong says the RM350 scratch charge is wrong; he sent dashcam video from 016-880 2941 and threatened to go to the Consumer Claims Tribunal.
        email from aaron.teo.sg@outlook.com: hi, got a speeding summons from your company 3 months after my rental, my NRIC is S8812345Z, can you check?
        Accident report CLM-26-01044: hirer Nicholas Yap, 32, failed a breath test at the scene in Petaling Jaya and was arrested; car towed to the council depot.
        PRC passport holder Zhang Lei, resident ID 110105198809234514, rented a Perodua Alza for 5 days, WeChat zhanglei_bj88, mobile +86 138 1122 5896.
        Booking BK-2026-81930 paid with Visa ending 4417 by Melissa Tan; billing address 18-3A, Residensi Kuching, Jalan Kuching, 51200 Kuala Lumpur.
        Hirer Kevin Raj owes RM2,460 for a cracked windscreen and 4 late days; he says he lost his job at the airport and can only pay RM200 a month.
        Returning customer Big Sam (Samuel Chua) always books the Starex for his church group and wants pickup at his house in Bukit Jalil, phone 012-336 9017.
        MyKad 020715-14-1238, driving licence class D issued 2024: probationary licence holder, booking must be rejected under our 2-year rule.
        Hirer Grace Lau is 8 months pregnant and asked us to waive the cancellation fee after her gynae told her not to travel to Penang.
        Legal hold: Ms. Anita Fernandez's divorce lawyer requested rental records showing her ex-husband used our car on 3 and 4 October; forward to legal only.
    """),
    "mixed": _lines("""
        Bro, customer nama Hafizuddin tu (011-2390 4418) dah 3 hari tak return Myvi, call tak angkat, WhatsApp blue tick je. Nak report polis ke?
        Boss, Auntie Lim yang selalu sewa Vios tu cakap dia baru discharged dari Pantai Hospital sebab heart attack, nak cancel booking next week.
        BK-2026-00731,Lim Chee Keong,850312-07-5437,016-478 2290,chee.keong85@gmail.com,Honda City,3 hari,RM599.40
        Saman JPJ untuk ALZ-011 on 02/11, driver Encik Faizul Azwan, lesen 901123-06-5191, dia admit guna phone masa drive, nanti kita transfer to him.
        Eh customer dari Penang tu, Ms. Ooi Siew Lan, dia minta refund deposit masuk account CIMB 7012 3344 59 instead of credit card, boleh ke?
        2026-11-20T10:14:22+08:00 INFO kyc.verify email=farhan.aziz93@yahoo.com mykad=930221-10-6015 selfie_match=0.97 result=PASS
        Guys, Encik Zul yang accident semalam kat Karak tu ok, cuma luka kat kepala 6 jahitan. Wife dia minta kita jangan call dia dulu.
        Customer Mei Ying, Singapore IC S9512467D, nak sewa Myvi and bawa ke SG for her grandmother's funeral at Mandai, boleh approve tak?
        Pls update address untuk Mr. Gopal Krishnan: No. 56, Lorong Bunga Raya 7, Taman Bunga Raya, 14000 Bukit Mertajam. Old address dah tak valid.
        Tolong check, Puan Rosnah binti Ahmad (KP 760418-01-5532) said her son Adam took the rental without permission, he's only 17, takde lesen.
        Customer Ah Boy yang kerja kat Pasar Borong Selayang tu hutang kita RM780 since August, dia promise bayar hujung bulan lepas dapat gaji.
        Form: Nama / Name: Nguyen Thi Hoa | Passport: C7734521 (Vietnam) | Majikan: kilang elektronik Bayan Lepas | Tel: 018-662 9034 | Deposit: RM500 cash
        Photo upload ok: IMG_20261121_0932.jpg shows customer Syafiq holding his MyKad beside the Axia, muka dan plat jelas, for the deposit dispute.
        VIP customer Madam Kwok request always same Camry, runner hantar ke rumah dia di Jalan Ceylon, unit 22-08, Bukit Bintang, every Friday 8am.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu khidmat pelanggan maya untuk Bintang Wira Car Rental Sdn. Bhd. Jawab dalam Bahasa Melayu dengan sopan.",
        ),
        (
            "user",
            "Assalamualaikum. Saya Nur Izzati binti Hamdan, no. KP 970405-10-5826. Nak tanya status deposit RM300 untuk tempahan BK-2026-60417, dah 10 hari belum masuk.",
        ),
        (
            "assistant",
            "Waalaikumussalam Cik Nur Izzati. Deposit biasanya dipulangkan dalam 7 hari bekerja selepas semakan saman. Boleh sahkan kaedah bayaran deposit dahulu, kad kredit atau FPX?",
        ),
        (
            "user",
            "FPX dari akaun Bank Islam saya 1204 5018 7736 29. Tolong masukkan balik ke akaun yang sama ya.",
        ),
        (
            "assistant",
            "Baik, saya telah catat permintaan pemulangan ke akaun Bank Islam berakhir 3629 atas nama Nur Izzati binti Hamdan. Pasukan akaun akan hubungi cik dalam 2 hari bekerja.",
        ),
    ],
    [
        (
            "user",
            "Can you help me write a polite email disputing a speeding summons? I rented a Myvi from a company in Subang on 3-5 Oct but the AES notice says 6 Oct, after I returned the car.",
        ),
        (
            "assistant",
            "Sure. Please share the booking reference, the return time on your agreement and the details on the notice, and I'll draft the email.",
        ),
        (
            "user",
            "Booking BK-2026-59310, returned 5 Oct 6.40pm. Notice date 6 Oct 7.15am at KM 21 ELITE. My name is Benjamin Koh Jun Hao, 22 Jalan USJ 9/5P, Subang Jaya, phone 012-508 7731.",
        ),
        (
            "assistant",
            "Subject: Dispute of AES notice for booking BK-2026-59310. Dear Sir/Madam, I, Benjamin Koh Jun Hao (012-508 7731, 22 Jalan USJ 9/5P, Subang Jaya), returned the vehicle on 5 Oct at 6.40pm, before the offence time of 6 Oct 7.15am. Kindly withdraw the transfer of this summons to me. Regards.",
        ),
    ],
    [
        (
            "system",
            "You are an internal assistant for the operations team of a car rental company in Johor Bahru. Summarise staff messages into action items.",
        ),
        (
            "user",
            "summarise pls: 'customer Lee Kah Wai 016-733 0182 still x pulang Vios since Monday', 'dia kata kereta rosak kat Kota Tinggi', 'dia punya deposit RM500 je, sewa dah overdue RM720', 'last known address 31 Jalan Harimau 2, Taman Century'",
        ),
        (
            "assistant",
            "Action items: 1) Contact Lee Kah Wai at 016-733 0182 today about the overdue Vios (since Monday). 2) Verify breakdown claim in Kota Tinggi via GPS. 3) Outstanding RM720 exceeds RM500 deposit, prepare demand letter to 31 Jalan Harimau 2, Taman Century. 4) Escalate to police report if no reply in 24 hours.",
        ),
    ],
    [
        (
            "user",
            "Saya sewa Axia dan kena langgar dari belakang di Jalan Kuantan-Kemaman semalam. Leher saya sakit, doktor Klinik Kesihatan Kemaman beri MC 5 hari.",
        ),
        (
            "assistant",
            "Harap anda cepat sembuh. Pastikan laporan polis dibuat dalam 24 jam, simpan MC dan resit rawatan, dan maklumkan syarikat sewa segera. Adakah anda ada butiran pemandu yang melanggar?",
        ),
        (
            "user",
            "Ada. Pemandu Hilux tu nama dia Mohd Rizal bin Awang, plat TBC 6620, dia mengaku salah. Saya pula Norazlina binti Jusoh, KP 890126-11-5044.",
        ),
        (
            "assistant",
            "Terima kasih Puan Norazlina. Masukkan nama Mohd Rizal bin Awang dan plat TBC 6620 dalam laporan polis, kemudian berikan salinan kepada syarikat sewa supaya tuntutan dibuat terhadap insurans pihak ketiga dan bukan ekses anda.",
        ),
        ("user", "Ok, terima kasih. Nak tuntut kos rawatan juga boleh?"),
        (
            "assistant",
            "Boleh. Kecederaan diri dituntut daripada insurans pihak ketiga pemandu Hilux tersebut; simpan semua resit dan surat doktor sebagai bukti.",
        ),
    ],
    [
        (
            "system",
            "Customer record loaded: name=Daniel Teoh Chee Meng; phone=+60 17-455 2093; email=dteoh.cm@gmail.com; licence=CDL D, expires 2027-04-30; active booking BK-2026-84420 Honda City, JB Sentral, 10-13 Dec; deposit RM500 by Visa ending 2281.",
        ),
        ("user", "Hi, I need to extend my rental by two more days, is that ok?"),
        (
            "assistant",
            "Hi Daniel, your Honda City booking BK-2026-84420 can be extended to 15 Dec. The extra two days cost RM380 and will be charged to your Visa ending 2281. Shall I confirm?",
        ),
        ("user", "Yes please, and send the updated agreement to my gmail."),
        (
            "assistant",
            "Done. The updated agreement has been sent to dteoh.cm@gmail.com and a copy by SMS to +60 17-455 2093.",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm Singaporean, staying in JB this weekend. Can I rent a car in JB and drive it back across the Causeway to Woodlands?",
        ),
        (
            "assistant",
            "Most Malaysian rental companies do not allow cross-border travel without written approval and extra insurance. You would need to request permission when booking.",
        ),
        (
            "user",
            "ok can u help me fill the request form? name Chua Li Ting, NRIC T0123456G, contact 9776 2108, home Blk 682A Woodlands Drive 62, #11-47.",
        ),
        (
            "assistant",
            "Here is your request: Name: Chua Li Ting | NRIC: T0123456G | Contact: +65 9776 2108 | Address: Blk 682A Woodlands Drive 62, #11-47, Singapore | Purpose: drive rental car to Singapore, 13-14 Dec. Please double-check the NRIC before sending.",
        ),
    ],
    [
        ("system", "Anda pembantu penulisan surat rasmi untuk syarikat kereta sewa."),
        (
            "user",
            "Tolong tulis surat tuntutan hutang kepada bekas pelanggan Encik Shahrul Nizam bin Abdul Latif, alamat No. 14, Jalan Cempaka 3/2, Bandar Baru Bangi, 43650 Bangi. Dia hutang RM2,340 untuk kerosakan pintu dan sewa lewat 5 hari.",
        ),
        (
            "assistant",
            "Kepada: Encik Shahrul Nizam bin Abdul Latif, No. 14, Jalan Cempaka 3/2, Bandar Baru Bangi, 43650 Bangi. Per: Tuntutan Baki Hutang RM2,340. Tuan dikehendaki menjelaskan jumlah tersebut dalam tempoh 14 hari dari tarikh surat ini, gagal mana tindakan undang-undang akan diambil tanpa notis lanjut.",
        ),
        (
            "user",
            "Tambah nombor telefon dia 013-620 4457 dan sebut dia pernah janji bayar melalui WhatsApp.",
        ),
        (
            "assistant",
            "Dikemas kini: '...Merujuk janji tuan melalui WhatsApp dari nombor 013-620 4457 untuk menjelaskan bayaran, kami mendapati tiada sebarang bayaran diterima setakat ini...'",
        ),
    ],
    [
        (
            "user",
            "clean this CSV for me, remove duplicate rows: booking,name,ic,phone / BK-2026-71002,Wan Nur Syazwani,000218-03-0462,019-330 5871 / BK-2026-71002,Wan Nur Syazwani,000218-03-0462,019-330 5871 / BK-2026-71005,Arjun Pillai,870730-08-5673,012-944 0316",
        ),
        (
            "assistant",
            "Cleaned CSV: booking,name,ic,phone / BK-2026-71002,Wan Nur Syazwani,000218-03-0462,019-330 5871 / BK-2026-71005,Arjun Pillai,870730-08-5673,012-944 0316. One duplicate row removed.",
        ),
        ("user", "thanks, now mask the ic column"),
        (
            "assistant",
            "Masked: BK-2026-71002,Wan Nur Syazwani,000218-**-****,019-330 5871 / BK-2026-71005,Arjun Pillai,870730-**-****,012-944 0316. Note the names and phone numbers are still personal data.",
        ),
    ],
    [
        (
            "user",
            "Hi, saya ada booking Alza untuk balik Kelantan next week tapi doktor baru confirm saya pregnant 10 minggu dan ada bleeding, dia suruh bed rest. Boleh cancel free tak?",
        ),
        (
            "assistant",
            "Saya harap anda dan kandungan selamat. Banyak syarikat kereta sewa akan pertimbangkan pengecualian caj pembatalan jika ada surat doktor. Boleh saya bantu draf mesej kepada syarikat?",
        ),
        (
            "user",
            "Boleh. Nama saya Aida Suhaila binti Mokhtar, booking BK-2026-77318, no fon 011-1982 6340.",
        ),
        (
            "assistant",
            "Draf: 'Salam, saya Aida Suhaila binti Mokhtar (BK-2026-77318, 011-1982 6340). Saya mohon pembatalan tanpa caj kerana doktor mengarahkan rehat penuh akibat komplikasi kehamilan. Surat doktor dilampirkan. Terima kasih.'",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu AI untuk admin kaunter kereta sewa. Jangan dedahkan maklumat pelanggan kepada pihak ketiga.",
        ),
        (
            "user",
            "Kawan saya Faris Iqbal nak sewa kereta kat kaunter kita esok, tapi lesen dia baru kena gantung 6 bulan sebab KEJARA lepas kes langgar lari di Seremban. Boleh ke dia sewa guna lesen adik dia?",
        ),
        (
            "assistant",
            "Tidak boleh. Penyewa dan pemandu mesti memegang lesen sah atas nama sendiri. Menggunakan lesen orang lain adalah satu kesalahan, dan insurans tidak akan melindungi kemalangan.",
        ),
        (
            "user",
            "Ok faham. Kalau adik dia, Farhan Iqbal, KP 030512-05-0817, yang sewa dan bawa dia sebagai penumpang?",
        ),
        (
            "assistant",
            "Itu dibenarkan jika Farhan Iqbal sendiri memenuhi syarat umur dan tempoh lesen syarikat serta menjadi satu-satunya pemandu. Faris tidak boleh memandu langsung sepanjang tempoh sewaan.",
        ),
    ],
]
