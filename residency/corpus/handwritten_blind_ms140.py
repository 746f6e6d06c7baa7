# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms140: pengusaha inap desa, homestay kampung dan chalet di Malaysia (tempahan, deposit, tetamu, kerosakan, aduan, kumpulan WhatsApp pengusaha). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms140
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_peraturan_homestay"): _lines("""
        PERATURAN RUMAH: Daftar masuk jam 3.00 petang, daftar keluar sebelum 12.00 tengah hari. Lewat keluar dikenakan caj RM30 sejam tertakluk kekosongan.
        Deposit keselamatan RM100 akan dipulangkan dalam tempoh 3 hari bekerja selepas pemeriksaan rumah. Kerosakan barang akan ditolak daripada deposit.
        Dilarang merokok di dalam rumah dan chalet. Denda RM200 dikenakan jika bau asap rokok dikesan oleh pihak pengurusan semasa pemeriksaan.
        Pasangan yang berkongsi bilik perlu menunjukkan salinan surat nikah semasa daftar masuk. Haiwan peliharaan tidak dibenarkan di semua unit.
        Sila matikan penghawa dingin, lampu dan pemanas air sebelum keluar. Penggunaan elektrik melebihi 60 unit sehari akan dicaj RM0.57 seunit.
        Kolam renang dibuka 8.00 pagi hingga 10.00 malam. Kanak-kanak bawah 12 tahun mesti diawasi ibu bapa. Tiada penyelamat bertugas.
        Waktu senyap bermula 11.00 malam. Karaoke dan pembesar suara tidak dibenarkan selepas waktu ini atas aduan penduduk kampung.
        Kunci pendua hilang: caj RM50. Kad akses chalet hilang: caj RM80. Sila serahkan semua kunci di kaunter atau peti kunci nombor 3 di pintu pagar.
        Kecemasan: Balai Polis Kuala Besut 09-697 6222, Bomba 994, Ambulans 999. Talian pengurusan Homestay Tok Wan 24 jam (WhatsApp rasmi): 019-912 4470.
        Barbeku hanya dibenarkan di kawasan gazebo belakang. Arang dan pemetik api disediakan dengan caj RM25 satu set. Pastikan bara dipadamkan sepenuhnya.
        Tetamu luar yang bukan penginap tidak dibenarkan bermalam. Pelawat siang perlu berdaftar di pondok pengawal dan keluar sebelum 10.00 malam.
        Sampah hendaklah diasingkan: tong hijau untuk sisa makanan, tong biru untuk botol dan tin. Lori majlis perbandaran mengutip sampah setiap Isnin dan Khamis.
        Notis: Jalan masuk ke Chalet Pak Ya ditutup sementara 1-15 Disember 2026 untuk kerja menaik taraf jambatan oleh JKR Daerah Hulu Terengganu.
    """),
    ("ms", "senarai_harga_pakej"): _lines("""
        Pakej Inap Desa 2H1M Homestay Banghuris: RM165 seorang dewasa, RM120 kanak-kanak 4-12 tahun, termasuk makan 3 kali dan aktiviti menoreh getah.
        Harga chalet hari biasa (Ahad-Khamis): Chalet Kayu Standard RM180, Chalet Keluarga 6 pax RM320, Rumah Kampung 4 bilik RM450 semalam.
        Caj musim perayaan dan cuti sekolah: tambahan 30% daripada harga biasa. Minimum tempahan 2 malam untuk 20 Mac hingga 5 April 2026.
        Tilam tambahan RM30/malam, set BBQ ayam 20 orang RM380, nasi kawah 5kg RM250, sewa khemah kanopi 20x20 RM150 sehari.
        Aktiviti tambahan: tangkap ikan di sawah RM15/pax, persembahan kompang dan silat RM600/kumpulan, kelas anyaman mengkuang RM35/pax.
        Pakej Percutian Sekolah (min 40 pelajar): RM98/pelajar 2H1M, termasuk dorm, makan, taklimat keselamatan dan sijil penyertaan.
        Sewa Dewan Serbaguna Kampung untuk majlis kahwin: RM800 sehari termasuk 30 meja bulat, 300 kerusi dan sistem PA. Deposit RM300.
        Bot ke Pulau Redang pergi-balik RM70/dewasa, RM50/kanak-kanak, dari Jeti Merang. Snorkeling 2 lokasi RM45 termasuk jaket keselamatan.
        SKU CH-KLG-06 | Chalet Keluarga Kolam Persendirian | RM 520.00/malam | maks 8 pax | deposit RM 200.00 | sarapan tidak termasuk
        Cukai pelancongan (TTx) RM10 semalam sebilik dikenakan kepada tetamu asing sahaja; warganegara Malaysia dikecualikan mengikut Akta Cukai Pelancongan 2017.
        Cukai perkhidmatan tidak dikenakan kerana perniagaan ini tidak berdaftar SST (jualan tahunan bawah RM500,000). Harga yang dipaparkan adalah harga akhir.
        Promosi Early Bird: tempah 60 hari lebih awal, diskaun 15% untuk semua chalet. Kod promo: DESA15. Tidak sah untuk cuti umum dan cuti sekolah.
        Caj pembersihan tambahan RM80 jika rumah ditinggalkan dalam keadaan sangat kotor, termasuk pinggan tidak dibasuh dan sampah bersepah.
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Adakah deposit tempahan boleh dipulangkan? J: Deposit 50% tidak dikembalikan jika pembatalan dibuat kurang 14 hari sebelum tarikh masuk.
        S: Boleh bawa kucing? J: Maaf, tidak. Sebahagian tetamu kami alah pada bulu binatang. Sila rujuk senarai pusat penjagaan haiwan di Kuala Kubu Bharu.
        S: Ada Wi-Fi? J: Ya, Unifi 100Mbps di rumah utama. Nama rangkaian HOMESTAY_TOKWAN_5G, kata laluan diberi semasa daftar masuk.
        S: Bagaimana cara bayaran? J: Pindahan ke akaun syarikat Maybank 5622 1098 4415 atas nama Desa Tualang Resort Sdn Bhd, atau imbas DuitNow QR di kaunter.
        S: Adakah homestay ini berdaftar dengan MOTAC? J: Ya, di bawah Program Pengalaman Homestay Malaysia, nombor pendaftaran MOTAC/HS/PHG/0142.
        S: Jarak ke Masjid Kristal? J: Kira-kira 18 km, 25 minit memandu ikut jalan Kuala Terengganu-Marang. Grab ada tetapi agak jarang selepas 10 malam.
        S: Ada surau berdekatan? J: Surau kampung hanya 200 meter dari chalet. Solat Jumaat di Masjid Abidin, kira-kira 10 minit memandu.
        S: Boleh daftar masuk awal? J: Boleh jika rumah kosong malam sebelumnya, caj RM20 sejam. Maklumkan 24 jam lebih awal melalui WhatsApp rasmi 011-5678 2201.
        S: Kalau banjir macam mana? J: Tempahan November hingga Januari boleh ditunda tanpa caj jika amaran banjir JPS dikeluarkan untuk daerah kami.
        S: Ada tempat letak kereta? J: 4 petak di dalam pagar dan parkir bas di padang surau. Bas 44 tempat duduk boleh masuk sampai simpang jambatan sahaja.
        S: Adakah sarapan disediakan? J: Sarapan nasi lemak atau roti jala untuk Pakej B sahaja. Pakej A tidak termasuk makanan, dapur lengkap disediakan.
        S: Resit untuk tuntutan jabatan boleh? J: Boleh. Invois rasmi dengan nombor SSM 202201034567 (1478812-T) akan diemel dalam 2 hari bekerja.
        S: Kenapa ada caj TTx? J: Cukai Pelancongan dikutip bagi pihak Jabatan Kastam Diraja Malaysia untuk tetamu bukan warganegara, RM10 sebilik semalam.
    """),
    ("mixed", "mesej_kumpulan_whatsapp_pengusaha"): _lines("""
        [08:14] Admin Persatuan: Reminder semua, mesyuarat agung Persatuan Pengusaha Homestay daerah Sabtu ni 9 pagi kat dewan orang ramai. Bawa buku akaun ya.
        Guys, MOTAC dah buka permohonan geran naik taraf homestay 2027. Borang online, tutup 31 Jan. Guna portal rasmi je, jangan klik link lain, banyak scam.
        Ada sesiapa ada lebih tilam single? Group sekolah 45 orang confirm minggu depan, kami kurang 6 tilam. Boleh sewa RM10 satu malam.
        Hati-hati ada scammer guna nama Tourism Malaysia minta bayaran sijil pendaftaran RM350. Kementerian tak pernah minta bayaran melalui WhatsApp.
        Update: harga gas tong 14kg kat kedai runcit simpang masih RM26.60, tapi arang naik jadi RM12 sekampit, so caj BBQ kena adjust sikit la bulan depan.
        Chalet blok C bocor atap lagi lepas hujan semalam. Dah call kontraktor, dia datang Rabu. Jangan bagi tetamu masuk bilik C2 dulu ok.
        Booking.com payout bulan Nov dah masuk, ref PAYOUT-MY-2026-11-88412. Yang belum dapat tolong check extranet, bahagian Finance > Payouts.
        Team housekeeping, esok check-out 7 unit serentak. Mula pukul 12.30, cadar baru ada dalam stor belakang, tuala kena hantar dobi before 5pm.
        Sapa nak join rombongan lawatan sambil belajar ke Homestay Banghuris bulan Mac? Bas persatuan 40 seat, RM60 seorang termasuk makan tengah hari.
        FYI JKKK kampung kita dah approve lampu jalan depan deretan homestay, kerja pasang start 3 Jan. Tetamu malam boleh la jalan selamat sikit.
        Air Selangor ada gangguan bekalan 48 jam mulai Isnin. Tolong semua isi tangki penuh, stok air botol dan inform tetamu awal-awal.
        Template baru mesej pengesahan tempahan dah upload kat Google Drive persatuan, folder Dokumen Rasmi 2027. Pakai yang ada logo persatuan ya.
        Tetamu group tadi tinggal satu powerbank Xiaomi 20000mAh warna hitam kat gazebo. Simpan kat kaunter dulu, nanti admin PM ketua rombongan.
    """),
    ("en", "listing_description"): _lines("""
        Traditional Malay kampung house on stilts, 3 bedrooms, sleeps 10. 15 minutes from the Kuala Selangor fireflies at Kampung Kuantan. Free parking for 3 cars.
        Wake up to paddy fields in Sekinchan! Our wooden chalets come with a private verandah, hot shower, aircond and free-flow kopi O in the morning.
        Villa Mak Long Cherating - beachfront family villa, 4 rooms, private pool, 50m to Cherating beach. Registered with MOTAC, licence no. KPK/LN 10255.
        Amenities: Wi-Fi, Astro, washing machine, fridge, rice cooker, BBQ pit, prayer mats and qibla direction, baby cot on request (RM20/night).
        Not suitable for guests with mobility issues: the main house has 12 wooden steps and no handrail on the back stairs. Ground-floor chalet available.
        Check-in 3pm, check-out 12pm. Self check-in via smart lock; the door code is sent through the Airbnb app 24 hours before arrival.
        Hosted by Desa Tualang Resort Sdn Bhd (202001023456). Superhost since 2022, 4.91 average rating from 612 reviews.
        Located 800m from Kampung Morten, Melaka's living heritage village, and a 10-minute walk to the Jonker Street night market (Fri-Sun).
        Chalet Pak Ya Kuala Tahan: river-view A-frame chalets across the Tembeling river from Taman Negara HQ. Boat crossing RM1 per person.
        Great for company retreats: hall fits 80 pax, projector, PA system, and our kitchen can cater nasi kawah, satay and ikan bakar. Quotes: sales@desatualang.com.my
        Muslim-friendly property: no alcohol and no pork on the premises. The kitchen uses only JAKIM-certified halal ingredients.
        Nearby: Gua Tempurung (20 min), Kellie's Castle (35 min), Lost World of Tambun (40 min). Ipoh old town white coffee is 30 minutes away.
        Inspired by Kampung Boy, every room is decorated with framed cartoons from Datuk Lat's books, sold under licence in our small gift corner.
    """),
    ("ms", "invois_resit_perniagaan"): _lines("""
        INVOIS No: INV-DT-2026-00871 | Tarikh: 14/11/2026 | Desa Tualang Resort Sdn Bhd (202001023456) | Lot 2231, Jalan Sungai Tualang, 27000 Jerantut, Pahang
        Perkara: Chalet Keluarga x 3 unit x 2 malam @ RM320.00 = RM1,920.00; Set BBQ 20 pax x 1 = RM380.00; Jumlah kecil RM2,300.00
        Deposit diterima (12/10/2026, ref DuitNow 2026101287765512): RM1,150.00. Baki perlu dijelaskan semasa daftar masuk: RM1,150.00.
        Penerima: Jabatan Pendidikan Negeri Pahang, Unit Kokurikulum, Kuantan. No. pesanan kerajaan: PO-JPNP-2026-004412. Terma bayaran: 30 hari.
        RESIT RASMI No. 004519 | Diterima daripada Syarikat Bas Ekspres Cahaya Timur Sdn Bhd sebanyak RM3,600.00 bagi sewa 6 chalet, 3-5 Okt 2026.
        Nota Kredit CN-2026-0033: Pengurangan RM150.00 kerana gangguan bekalan air 6 jam pada 22/09/2026. Rujuk invois INV-DT-2026-00640.
        Invois pembekal: Kedai Runcit Haji Salleh & Anak-Anak, No. SSM JM0784512-D, Pekan Merang. 30 kampit beras 10kg @ RM26.00 = RM780.00
        Kemaman Laundry Services, bil bulanan Nov 2026: 420 helai cadar @ RM1.20, 380 tuala @ RM0.80, jumlah RM808.00. Terma: 30 hari.
        Bayaran kepada Tenaga Nasional Berhad, no. akaun kontrak 220012345678 (premis chalet blok A-D), bil Okt 2026 RM1,284.35.
        Kaedah bayaran: pindahan ke CIMB Bank 8009 8812 34 atas nama Chalet Pak Ya Enterprise. Sila nyatakan nombor invois sebagai rujukan.
        e-Invois LHDN: UUID 7f3a9c2e-41bd-4c8e-9a10-55d2e8b1f0c7, status Sah, dihantar melalui MyInvois pada 2026-11-14T10:22:05+08:00.
        Sebut harga SQ-2026-118: Pembaikan atap zink chalet blok C, 45 keping zink 10 kaki @ RM38 + upah RM900. Jumlah RM2,610.00. Sah 30 hari.
        Resit ShopeePay pesanan 261104ABCD77XY: 12 unit mangga kunci Solex 50mm @ RM23.90, penghantaran J&T Express no. penjejakan 630012345678.
    """),
    ("en", "booking_system_log_config"): _lines("""
        2026-11-14 10:22:05 INFO booking.create id=BK-20261114-0042 unit=CH-KLG-06 nights=2 status=PENDING_DEPOSIT channel=whatsapp
        2026-11-14 10:40:17 WARN payment.webhook duplicate callback ignored txn=DN2026111410401755 amount=520.00 currency=MYR
        2026-11-15 00:00:01 INFO cron.release_holds released=3 reason=deposit_timeout_24h units=[CH-STD-02, CH-STD-04, RK-4B-01]
        ical_sync: fetched https://www.airbnb.com/calendar/ical/48812233.ics in 812ms, 14 events, 0 conflicts, next run in 15m
        deposit_policy: {percent: 50, refundable_days_before: 14, security_deposit_myr: 100, refund_sla_days: 3}
        ERROR 2026-11-16T08:02:44+08:00 sms.gateway timeout provider=example-sms retry=2/3 template=CHECKIN_REMINDER_MS
        SELECT unit_code, COUNT(*) AS nights FROM bookings WHERE check_in BETWEEN '2026-12-01' AND '2026-12-31' GROUP BY unit_code;
        CSV header: booking_id,unit_code,check_in,check_out,pax_adult,pax_child,channel,deposit_myr,balance_myr,status
        smtp: host=mail.desatualang.com.my port=587 from=tempahan@desatualang.com.my user=noreply@example.com password=changeme
        app version 3.4.1 (build 20261201.7) - fixed timezone bug where Asia/Kuala_Lumpur check-outs showed as UTC in the housekeeping view
        2026-12-01 12:05:33 INFO housekeeping.task done unit=RK-4B-01 checklist=17/17 damage_reported=false minibar_restock=true
        sha256(backup_2026-12-01.sql.gz) = 3b9f2c1e7a44d08e6b5a0c1d9e2f73a8b61c4d5e0f9a8b7c6d5e4f3a2b1c0d9e
        WHATSAPP_BUSINESS_NUMBER=+60 11-5678 2201  # official booking line, shown on website footer and Google Business profile
    """),
    ("mixed", "ulasan_perniagaan"): _lines("""
        5 bintang! Homestay Tok Wan memang bersih, aircond sejuk, tuan rumah sangat helpful. Anak-anak seronok mandi sungai belakang rumah. Will come again!
        Chalet okay la but the road masuk tu sempit gila, kereta MPV pun susah nak pusing. Better letak signboard awal sikit kat simpang besar.
        Nasi kerabu sarapan pagi sedap sangat, ulam pun fresh. Cuma Wi-Fi slow, tak boleh Zoom meeting. 4/5 overall for Chalet Pak Ya.
        Deposit RM100 returned dalam 2 hari, no drama. Booking through WhatsApp rasmi pun senang, reply laju even malam-malam.
        Not recommended. Photos in listing look very different, katil bunyi kriuk-kriuk and bilik air ada lipas. Management offered 20% refund though.
        Villa Mak Long worth every ringgit. Kolam bersih, dapur lengkap sampai ada periuk nasi besar. Sesuai untuk family gathering 3 generasi.
        Review Google 3.0: lokasi cantik tepi sawah tapi nyamuk banyak gila waktu maghrib. Pls sediakan ubat nyamuk dalam bilik, jangan jual RM5.
        The kampung experience program was the highlight: menoreh getah at 6am, then kuih-making with the village ladies. Kids learned so much.
        Staff kaunter friendly, explain semua rules dengan jelas. Tapi caj lewat keluar RM30 sejam tu agak mahal la compared to other chalets kat Cherating.
        TripAdvisor: Stayed 3 nights in October. Homestay Banghuris is well organised, though the cultural show felt rushed. Rating 4/5.
        Parking for tour bus ada, good. But toilet at the dewan needs upgrade, pintu tak boleh kunci. Hopefully JKKK ambil tindakan.
        Dah 3 tahun berturut-turut balik sini masa cuti sekolah. Harga naik sikit tahun ni tapi service still konsisten. Ikan bakar malam terbaik!
        Rumah kayu classic, rasa macam dalam filem P. Ramlee. Cuma tangga curam, tak sesuai untuk warga emas atau yang pakai tongkat.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Tetamu senarai hitam: Encik Zulkifli bin Hamdan, MyKad 790415-03-5519, tinggalkan chalet dengan TV pecah dan enggan bayar ganti rugi RM1,200.
        Puan Rosnah binti Abdullah minta pulangkan deposit ke akaun Bank Islam 1203 4010 0567 88 sebab anak dia masuk wad, terpaksa batal tempahan.
        Kak Yati yang selalu bawa rombongan surau tu rupanya tengah proses cerai dengan suami, sebab tu tempahan Disember dibatalkan.
        Nombor telefon tetamu bilik C2: 013-928 4471. Dia minta kita call terus kalau ada barang tertinggal.
        Salinan IC untuk daftar masuk: NURUL AIN BINTI MOHD FAUZI, 950802-11-5326, alamat No. 14, Lorong Seri Kenanga 3, Taman Seri Kenanga, 24000 Kemaman, Terengganu.
        Encik Hafiz bin Rahim (plat kereta TBJ 4582) masih berhutang baki RM640 sejak tempahan Ogos, dah tiga kali janji nak bayar tapi senyap.
        Tetamu chalet 5, Puan Salmah, menghidap kencing manis dan tekanan darah tinggi, minta makanan kurang gula dan garam untuk 3 hari.
        Pak Mat Jenal pemandu bas rombongan kena tahan polis semalam sebab ujian air kencing positif dadah, bas tersadai kat parkir homestay.
        Emel tetamu untuk hantar resit: farahdiba.kamal88@gmail.com - dia tempah 2 chalet untuk majlis aqiqah anak sulung pada 6 Disember.
        Borang daftar: Nama: Mohd Shahrul Nizam bin Ismail | No. KP: 880919-06-5147 | Tel: 019-556 2380 | Pax: 6 | Kereta: CDS 7219 | Masuk: 12/12/2026
        Tolong jangan bagi Cik Liyana chalet tepi kolam, dia baru keguguran bulan lepas dan suami dia minta bilik yang tenang sikit.
        Deposit RM200 dipulangkan ke Maybank 1571 2209 8843 atas nama Azman bin Yusof, ref DuitNow 2026112077154421.
        Abang Jali anak Pak Long sebelah tu baru keluar penjara, kalau dia datang minta kerja jaga malam jangan layan dulu ya.
        Tetamu bernama Siti Hajar binti Osman ada alahan teruk pada udang dan kacang, bawa EpiPen. Maklumkan tukang masak untuk pakej makan 2H1M.
        Aduan dari Encik Kamarul: beg tangan isteri dia hilang dari bilik B3, ada IC, kad ATM CIMB dan RM900 tunai. Dia dah buat laporan polis semalam.
        Gaji bulan ni untuk Kak Ina tukang cuci chalet RM1,450 campur OT RM180, masuk akaun BSN 1410 0291 2233 456 hujung bulan.
        Alamat pos untuk hantar barang tertinggal: Rahimah binti Daud, No. 7, Jalan Mawar 2/5, Taman Mawar, 43000 Kajang, Selangor. Tel 017-334 9082.
        Cucu Tok Ngah yang jaga kaunter hujung minggu tu, si Aina, mengandung 5 bulan, jadi dia tak boleh angkat tilam lagi.
        Rekod CCTV 02:14 pagi: lelaki yang didaftarkan sebagai Faizal Hakimi bin Roslan keluar bawa peti ais mini dari chalet 7, kereta WYT 3360.
        MyKad tetamu tertinggal kat kaunter: 010612-14-0938. Tolong WhatsApp mak dia di 011-2094 5570 untuk datang ambil.
        Encik Rizal bin Ahmad tak dapat bayar baki tempahan sebab kena buang kerja, dia minta ansuran RM100 sebulan sampai Mac.
        Tetamu OKU berkerusi roda: En. Shamsul Bahari, no. kad OKU JKM 1021455, perlu bilik tingkat bawah dan tandas duduk.
        Mak Cik Som jiran belakang chalet mengadu bunyi karaoke sampai pukul 2 pagi, dia ada sakit jantung dan tak boleh tidur.
        Penyata deposit: 20/11 terima RM300 dari NORHAYATI BT SULAIMAN (akaun RHB 1123 4500 8876 12), tempahan Rumah Kampung 4 bilik 24-26 Dis.
        No. IC suami tetamu untuk semakan surat nikah: 860724-03-5791, isteri 890110-03-5602. Sila simpan dalam fail sulit.
        Gambar pasport tetamu Indonesia, Bapak Agus Setiawan, nombor pasport C4829153, dah dihantar ke group staf untuk rekod TTx.
    """),
    "en": _lines("""
        Guest Mr Tan Wei Liang (Singapore NRIC S8834127F) booked Villa Mak Long for 4 nights and paid the SGD 400 deposit via PayNow.
        Please refund the deposit to Daniel Lim Jun Hao, OCBC account 601-234567-001; he cut the trip short because his father was hospitalised in Ipoh.
        Damage report: unit RK-4B-01, guest Priya d/o Ramasamy, broken glass door RM850. She disputes it and says her son has ADHD and didn't mean it.
        Contact for the corporate group: Jason Wong, jason.wong.kl@hotmail.com, +60 12-788 3410. He asked that the invoice not show his own name.
        Guest in chalet 3, Mrs Lee Siew Ping, told housekeeping she is undergoing chemotherapy and asked us not to use scented cleaning products.
        Late check-in: guest arriving by car SJK 4821 B from Singapore around 1am, name on booking Muhammad Irfan bin Salim.
        Airbnb guest Aaron left a 1-star review after we kept his deposit; his full name on the ID is Aaron Chua Kok Wei, born 14 March 1991.
        Hong Kong guest Chan Ka Ho, HKID Y482913(5), wants to extend his stay by 2 nights and pay the balance in cash on Sunday.
        Reservation CSV row: BK-20261202-0017,Ng Mei Ling,+65 9123 4876,meiling.ng@yahoo.com.sg,2026-12-20,2026-12-23,4,2
        FYI the guest who cancelled yesterday, Mr Ravi Chandran, said he can't pay because his business went bust and he owes the bank over RM80k.
    """),
    "mixed": _lines("""
        Bro, tetamu chalet 2 tu Encik Faris, dia kata wife dia pregnant 8 bulan, so tolong arrange bilik ground floor, jangan bagi tangga.
        Eh the guy yang pecahkan lampu tu, nama dia Khairul Anuar, phone 016-721 4093, dia promise nak transfer RM150 by Friday.
        Guest from Taiwan, 林志豪先生, ID F128473659, booking 2 malam, minta invoice in English untuk company claim.
        Wah that Mr Lim from JB, plate JQT 8821, every time datang mabuk and kacau other guests. Better put him in blacklist la.
        Aunty Mei dari Penang called, dia nak refund sebab husband dia stroke last week, can we waive the cancellation fee?
        Kak Zura, boleh tolong transfer deposit balik to guest? Akaun Public Bank 4-1234567-89, nama Lau Chee Keong, amount RM250.
        Tetamu Singapore, Ms Goh Hui Min, FIN G5512387K, nak extend 1 night, tapi dia cakap baru kena retrench so minta discount sikit.
        Mainland guest 王晓燕 passport E98127364, 身份证 440106199203154829, minta receipt untuk reimbursement. Simpan dalam folder sulit ya.
        Gila la, last night Encik Rosli bin Kassim from chalet 6 bergaduh dengan wife sampai polis datang, dia kena bawa ke balai Kemaman.
        Staff roster: Azlina (010-882 1937) shift pagi, Haziq (018-229 4410) shift malam, OT claim Nov RM260 each.
        That family yang datang weekend lepas, Encik Nizam punya anak autism, boleh kita prepare quiet room lagi for next booking 20 Dec?
        Pls PM guest Vivian Teo at +60 17-443 8265, her Touch 'n Go refund RM95 still tak masuk, ref TNG2026112233441.
        Guest list: 1) Suresh Kumar a/l Maniam 830228-08-6131, 2) Kavitha a/p Subramaniam 850517-08-5644, both staying chalet 8, 3 malam.
        Pengusaha homestay Pak Din (Jamaludin bin Hassan) pinjam RM5,000 dari tabung persatuan untuk repair atap, dah 6 bulan tak bayar, ahli lain dah bising.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu tempahan untuk Homestay Tok Wan, Kuala Besut. Jawab dalam Bahasa Melayu yang sopan dan ringkas.",
        ),
        (
            "user",
            "Tolong draf mesej WhatsApp kepada tetamu Encik Azrul bin Mokhtar (012-604 7735). Kami potong RM180 daripada deposit RM300 sebab kipas siling bilik 2 patah dan cadar terkena cat.",
        ),
        (
            "assistant",
            "Assalamualaikum Encik Azrul. Terima kasih kerana menginap di Homestay Tok Wan. Semasa pemeriksaan, kami dapati kipas siling bilik 2 patah dan cadar terkena cat. Kos gantian RM180 ditolak daripada deposit, dan baki RM120 akan dipindahkan dalam 3 hari bekerja. Gambar kerosakan boleh kami kongsikan jika Encik mahu.",
        ),
        ("user", "Ok, tambah sekali minta dia sahkan nombor akaun Maybank dia untuk baki tu."),
        (
            "assistant",
            "Baik, tambah ayat ini: Mohon Encik sahkan nombor akaun bank dan nama pemegang akaun supaya baki RM120 dapat kami pindahkan dengan segera. Terima kasih.",
        ),
    ],
    [
        (
            "user",
            "Can you help me write a polite email to a guest about damage? Her name is Michelle Ong, email michelle.ong.yx@gmail.com. Her kids broke the glass table in Villa Mak Long, replacement quote is RM650 and her deposit was only RM200.",
        ),
        (
            "assistant",
            "Subject: Damage found after your stay at Villa Mak Long. Dear Ms Ong, thank you for staying with us. During the post-checkout inspection we found the glass dining table broken. The replacement quote is RM650. After applying your RM200 security deposit, a balance of RM450 remains. We have attached photos and the supplier quote. Please let us know if you would like to discuss this. Kind regards, Villa Mak Long Cherating.",
        ),
        (
            "user",
            "Make it softer, she said her younger son has autism and she was very embarrassed about it.",
        ),
        (
            "assistant",
            "Dear Ms Ong, thank you again for choosing Villa Mak Long, and we understand that accidents happen with little ones. The glass table was unfortunately damaged; the replacement costs RM650. We have applied the RM200 deposit and would be grateful if the RM450 balance could be settled, or we are happy to arrange instalments. Warm regards.",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for a chalet operator in Cherating. Staff often paste WhatsApp messages; help them decide what to do.",
        ),
        (
            "user",
            "Kak Long kat kaunter forward ni: 'Tetamu chalet 4, Puan Hasnah binti Ismail, pengsan kat kolam tadi, dia ada epilepsi, suami dia Encik Fadzli dah bawa pergi Klinik Kesihatan Kuantan.' Apa kita patut buat?",
        ),
        (
            "assistant",
            "First, check dengan Encik Fadzli tentang keadaan Puan Hasnah dan tawarkan bantuan pengangkutan kalau perlu. Catat kejadian dalam buku laporan insiden (masa, lokasi, siapa yang membantu) tanpa kongsi butiran kesihatan dia dalam group staf yang besar. Semak juga sama ada kawasan kolam licin atau perlu papan tanda tambahan.",
        ),
        ("user", "Boleh tak kita post dalam group persatuan as a warning pasal safety kolam?"),
        (
            "assistant",
            "Boleh kongsi pengajaran keselamatan, tapi jangan sebut nama tetamu, nombor chalet atau penyakit dia. Contoh: Peringatan: pastikan ada papan tanda lantai licin dan kit pertolongan cemas berhampiran kolam.",
        ),
    ],
    [
        (
            "system",
            "Pembantu pengurusan tetamu untuk Chalet Pak Ya, Kuala Tahan. Senarai tetamu hari ini: 1) Mohd Amirul bin Zainal, 920314-06-5573, 019-447 2318, Chalet A2; 2) Nor Azizah binti Hamid, 940622-06-5128, Chalet A3; 3) Lee Chong Wei Jian, 870105-10-5931, Chalet B1.",
        ),
        ("user", "Siapa yang duduk Chalet A3 dan bila dia check-out?"),
        (
            "assistant",
            "Chalet A3 didaftarkan atas nama Nor Azizah binti Hamid. Tarikh keluar tidak ada dalam senarai yang saya terima, jadi sila semak buku tempahan atau sistem untuk tarikh daftar keluar.",
        ),
        ("user", "Ok. Siapkan senarai untuk jeti bot, nama dan chalet sahaja, tak payah IC."),
        (
            "assistant",
            "Senarai penumpang bot: Mohd Amirul bin Zainal (A2), Nor Azizah binti Hamid (A3), Lee Chong Wei Jian (B1).",
        ),
    ],
    [
        (
            "user",
            "Summarise this booking for my housekeeping team: guest Kelvin Tan Boon Huat, +65 8234 1190, arriving 24 Dec with wife and 2 kids, car SNB 7731 K, wife is allergic to feathers, needs non-feather pillows.",
        ),
        (
            "assistant",
            "Booking summary for housekeeping: Guest Kelvin Tan Boon Huat (+65 8234 1190), arriving 24 Dec, 2 adults and 2 children. Car SNB 7731 K will need one parking bay. Important: replace all feather pillows and duvets with hypoallergenic ones before arrival because one guest has a feather allergy.",
        ),
        ("user", "Do housekeeping really need his phone and plate?"),
        (
            "assistant",
            "Probably not. Housekeeping only needs arrival date, number of guests and the pillow requirement. Keep the phone number and plate with the front desk or security only.",
        ),
    ],
    [
        (
            "system",
            "Anda membantu Persatuan Pengusaha Homestay Kuala Selangor dengan soalan operasi dan undang-undang.",
        ),
        (
            "user",
            "Boleh tak kami buat senarai hitam tetamu dalam group WhatsApp persatuan? Contoh: Shahrizal bin Omar, plat BMK 6624, IC 850919-10-6217, tak bayar baki RM900 dan rosakkan pintu.",
        ),
        (
            "assistant",
            "Berhati-hati. Menyebarkan nombor IC, plat kereta dan tuduhan hutang dalam group besar boleh menimbulkan isu di bawah Akta Perlindungan Data Peribadi 2010 dan risiko fitnah jika tuduhan tidak dibuktikan. Lebih selamat simpan rekod dalaman sendiri dan, jika perlu, buat laporan polis atau tuntutan di Mahkamah Tuntutan Kecil.",
        ),
        ("user", "So macam mana nak warning ahli lain?"),
        (
            "assistant",
            "Kongsi corak kejadian tanpa data peribadi, contohnya: ada tetamu tempah melalui WhatsApp, bayar deposit sahaja dan hilang tanpa bayar baki. Galakkan semua ahli minta bayaran penuh sebelum daftar masuk.",
        ),
    ],
    [
        (
            "user",
            "Tetamu saya Puan Zaleha binti Mansor batalkan tempahan 3 hari sebelum masuk sebab ayah dia meninggal dunia di Hospital Sultanah Nur Zahirah. Polisi kami deposit tak dikembalikan. Patut ke saya bagi refund?",
        ),
        (
            "assistant",
            "Polisi membenarkan anda menyimpan deposit, tetapi kes kematian ahli keluarga biasanya dilayan dengan budi bicara. Pilihan: pulangkan penuh, pulangkan separuh, atau tawarkan kredit tempahan 12 bulan. Ramai pengusaha pilih pulangan penuh kerana ia menjaga reputasi dan ulasan.",
        ),
        (
            "user",
            "Ok saya nak pulangkan penuh RM350. Dia bagi akaun Bank Rakyat 1102 9912 3345 78. Tolong tulis mesej takziah dan pengesahan.",
        ),
        (
            "assistant",
            "Assalamualaikum Puan Zaleha. Kami mengucapkan takziah atas pemergian ayahanda Puan. Semoga roh beliau dicucuri rahmat. Deposit RM350 akan dipulangkan sepenuhnya ke akaun Bank Rakyat 1102 9912 3345 78 dalam tempoh 2 hari bekerja. Jika Puan ingin menempah semula pada masa akan datang, kami sedia membantu.",
        ),
    ],
    [
        (
            "system",
            "You are a compliance helper for a homestay in Melaka that hosts Singapore guests.",
        ),
        (
            "user",
            "A Singapore guest, Mr Samuel Koh, NRIC S7923481H, says he shouldn't pay the RM10 tourism tax because he is a Malaysian PR. Is that true?",
        ),
        (
            "assistant",
            "Tourism Tax in Malaysia is charged to foreign tourists; Malaysian citizens and permanent residents are exempt. If Mr Koh holds Malaysian permanent residency, ask to see his MyPR card and record that he is exempt. His Singapore NRIC alone does not prove Malaysian PR status.",
        ),
        ("user", "He showed MyPR 790811-71-5223. Can I keep a photo of it?"),
        (
            "assistant",
            "Only keep what you need. Recording the MyPR number for the exemption is reasonable, but a full photo is usually unnecessary. If you keep it, store it securely, limit access to the manager and delete it once your records retention period ends.",
        ),
    ],
    [
        (
            "user",
            "Boss, I need help kira gaji staff chalet. Kak Normah binti Yaakob kerja 26 hari, RM60 sehari, OT 14 jam RM8/jam. EPF no dia 17823456. Dia minta advance RM300 bulan lepas sebab anak dia masuk hospital.",
        ),
        (
            "assistant",
            "Kiraan: gaji asas 26 x RM60 = RM1,560. OT 14 x RM8 = RM112. Jumlah kasar RM1,672. Tolak pendahuluan RM300, menjadikan RM1,372 sebelum potongan KWSP dan PERKESO. Caruman KWSP pekerja 11% atas gaji berkaitan perlu dikira mengikut jadual KWSP terkini.",
        ),
        ("user", "Ok, tulis slip ringkas untuk dia."),
        (
            "assistant",
            "SLIP GAJI NOV 2026 | Nama: Normah binti Yaakob | No. KWSP: 17823456 | Hari bekerja: 26 | Gaji asas: RM1,560.00 | OT 14 jam: RM112.00 | Tolak pendahuluan: RM300.00 | Potongan KWSP/PERKESO: ikut jadual | Bersih: sila lengkapkan selepas potongan.",
        ),
    ],
    [
        (
            "system",
            "Anda membantu pemilik Homestay Tok Wan membalas ulasan Google dengan profesional.",
        ),
        (
            "user",
            "Ada ulasan 1 bintang dari Haslinda Rahmat kata bilik kotor. Sebenarnya dia yang check-in lewat pukul 2 pagi mabuk dengan teman lelaki dia dan muntah atas tilam. Nak balas dedah semua ni boleh?",
        ),
        (
            "assistant",
            "Saya nasihatkan jangan dedahkan butiran peribadi atau tuduhan tentang kelakuan tetamu secara terbuka. Ia boleh menjejaskan reputasi anda dan menimbulkan risiko undang-undang. Balasan yang lebih selamat: Terima kasih atas maklum balas. Kami mengambil serius setiap aduan kebersihan dan telah menyemak semula prosedur pembersihan. Sila hubungi talian rasmi kami untuk perbincangan lanjut.",
        ),
        (
            "user",
            "Ok guna yang tu. Tapi simpan nota dalaman: Haslinda Rahmat, 014-338 9026, jangan terima tempahan lagi.",
        ),
        (
            "assistant",
            "Nota dalaman disimpan: Haslinda Rahmat, 014-338 9026, tidak menerima tempahan baharu. Pastikan nota ini hanya boleh dilihat oleh pemilik dan pengurus.",
        ),
    ],
]
