# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms78: Bahasa Melayu homestay dan chalet (tempahan, deposit, aduan, kerosakan, senarai tetamu, ulasan). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms78
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "polisi_tempahan"): _lines("""
        Deposit tempahan sebanyak 30% perlu dibayar dalam tempoh 24 jam selepas tarikh disahkan, jika tidak tempahan akan dibatalkan secara automatik.
        Deposit keselamatan RM200 akan dipulangkan dalam masa 3 hari bekerja selepas daftar keluar, tertakluk kepada pemeriksaan rumah oleh pihak pengurusan.
        Waktu daftar masuk 3.00 petang dan daftar keluar 12.00 tengah hari; lewat daftar keluar dikenakan RM30 sejam tertakluk kepada kekosongan.
        Pembatalan kurang 7 hari sebelum tarikh masuk: deposit tidak akan dikembalikan tetapi tarikh boleh ditukar sekali sahaja dalam tempoh 3 bulan.
        Dilarang membawa haiwan peliharaan, merokok di dalam rumah dan mengadakan parti atau karaoke selepas jam 11 malam.
        Pasangan bukan mahram tidak dibenarkan menginap; pihak pengurusan berhak meminta salinan sijil nikah semasa daftar masuk.
        Cukai Pelancongan RM10 semalam bagi setiap bilik dikenakan kepada tetamu warganegara asing sahaja; warganegara Malaysia dikecualikan.
        Kerosakan harta benda akan ditolak daripada deposit mengikut senarai harga: cadar bernoda RM50, tuala hilang RM25, kunci hilang RM80, remote aircond RM60.
        Maksimum 12 orang dewasa bagi Rumah A; tetamu tambahan dikenakan RM20 seorang semalam termasuk tilam dan bantal.
        Kolam renang dibuka 8 pagi hingga 10 malam; kanak-kanak di bawah 12 tahun mesti diawasi ibu bapa pada setiap masa.
        Bayaran penuh hendaklah dijelaskan 3 hari sebelum tarikh masuk melalui pindahan bank ke akaun syarikat atau DuitNow QR yang tertera di kaunter.
        Tempahan pada musim cuti sekolah dan cuti umum memerlukan minimum 2 malam penginapan.
        Sampah hendaklah diasingkan dan dibuang ke tong di hujung lorong sebelum daftar keluar; kegagalan akan dikenakan caj pembersihan RM50.
        Tempahan tidak sah tanpa bukti pembayaran; sila hantar tangkap layar resit dalam tempoh 1 jam selepas membuat pindahan.
    """),
    ("ms", "iklan_promosi"): _lines("""
        Homestay Teratak Bonda, Kuala Terengganu – 3 bilik, 2 bilik air, muat 10 orang, 5 minit ke Pantai Batu Buruk. Harga dari RM280 semalam!
        PROMO CUTI SEKOLAH: Chalet Tepi Sungai Janda Baik, tempah 2 malam percuma 1 malam. Sah sehingga 31 Disember sahaja.
        Chalet kayu tradisional di Kuala Medang, Cameron Highlands, suhu malam 18°C, dapur lengkap, BBQ pit dan unggun api disediakan.
        Bilik family muat 6 orang, aircond, water heater, WiFi percuma, parking 3 kereta, berdekatan Masjid Tengku Tengah Zaharah.
        Tempahan online melalui laman web kami atau hubungi pejabat Chalet Seri Pantai di talian 09-581 4178 (Isnin–Jumaat, 9 pagi–5 petang).
        Homestay mesra Muslim di Langkawi – dekat Pantai Cenang, Underwater World dan Kereta Kabel. Sesuai untuk keluarga besar.
        Pakej Homestay Kampung Banghuris: 2 hari 1 malam bersama keluarga angkat, aktiviti menoreh getah, memasak dodol dan permainan tradisional, RM180 seorang.
        Chalet Seri Pantai Cherating Sdn. Bhd. (No. Syarikat 201901023456) – premis berdaftar dengan MOTAC, lesen KPK/LN 10482.
        Early bird: tempah sebelum 30 Jun dengan kod CUTI25 untuk diskaun 15% bagi semua jenis chalet.
        Villa kolam persendirian di Melaka, 4 bilik, karaoke, meja snooker, boleh buat majlis hari jadi dan makan beradab.
        Rumah inap tepi sawah di Sekinchan, pemandangan padi menghijau, 10 minit ke Pantai Redang dan jeti nelayan.
        Harga weekday RM199, weekend RM259, cuti umum RM299. Harga sudah termasuk cukai perkhidmatan dan sarapan untuk 4 orang.
        Ikuti kami di Instagram @chaletbukitmerah.official untuk promosi flash sale setiap Jumaat.
    """),
    ("ms", "ulasan_tetamu"): _lines("""
        Rumah bersih, wangi, tuan rumah sangat responsif. Anak-anak suka kolam. Confirm datang lagi! 5 bintang.
        Aircond bilik master tak sejuk langsung, dah report tapi tak ada tindakan sampai kami check out. Kecewa.
        Lokasi strategik, dekat pasar malam Jumaat. Cuma tilam agak keras dan bantal nipis.
        Chalet menghadap laut, pagi-pagi boleh tengok matahari terbit. Sarapan nasi lemak sedap. Highly recommended.
        Semut banyak kat dapur, tandas tersumbat hari kedua. Harga tak berbaloi untuk RM350 semalam.
        Kami rombongan 3 keluarga, rumah muat dengan selesa. Pengurusan bagi late check out percuma sebab hujan lebat.
        Jalan masuk agak sempit, kereta MPV pun lepas cukup-cukup. Waze bawa ke jalan kebun, ikut Google Maps lebih baik.
        Deposit dipulangkan dalam masa sehari sahaja. Sangat profesional!
        Bunyi bising dari jalan besar waktu malam, susah nak tidur untuk yang sensitif bunyi.
        Pemandangan kebun teh sangat cantik, cuma WiFi lemah di bilik belakang.
        Dapur lengkap ada periuk nasi, kuali, pinggan mangkuk, cuma tiada minyak dan garam. Bawa sendiri ya.
        Balasan pengurusan: Terima kasih atas maklum balas tuan/puan. Kami telah menukar kompresor aircond dan memanggil kontraktor kawalan serangga.
        Kali ketiga menginap di sini. Harga naik sikit tapi masih berbaloi untuk keluarga.
    """),
    ("ms", "templat_borang"): _lines("""
        BORANG PENDAFTARAN TETAMU / Nama penuh (seperti dalam MyKad): ____________ / No. MyKad/Pasport: ____________ / No. telefon: ____________ / Bilangan tetamu: dewasa ___ kanak-kanak ___
        Templat mesej pengesahan: "Salam {nama_tetamu}, tempahan anda di {nama_homestay} pada {tarikh_masuk} hingga {tarikh_keluar} telah disahkan. Baki RM{baki} perlu dijelaskan sebelum {tarikh_akhir}."
        Borang Tuntutan Deposit: Nama pemegang akaun: [ ] / Nama bank: [ ] / No. akaun: [ ] / Sebab potongan (jika ada): [ ]
        AKUAN TETAMU: Saya, ______________ (No. KP: ______________), bersetuju mematuhi semua peraturan rumah inap dan bertanggungjawab atas sebarang kerosakan.
        Senarai semak pembersihan: [ ] tukar cadar [ ] lap cermin [ ] isi semula sabun [ ] periksa remote TV & aircond [ ] buang sampah
        Laporan Kerosakan No. ____ / Unit: ____ / Tarikh dikesan: ____ / Keterangan: ____ / Anggaran kos: RM____ / Disahkan oleh: ____
        Format senarai tetamu untuk balai polis: Bil | Nama | No. KP/Pasport | Warganegara | Tarikh masuk | Tarikh keluar (lengkapkan untuk setiap tetamu)
        Templat balas aduan: "Hi <Nama>, kami mohon maaf atas kesulitan berkaitan <isu>. Pasukan kami akan hadir dalam masa <x> jam."
        Invois #____ / Tarikh: __/__/____ / Penginapan ___ malam x RM___ = RM___ / Deposit keselamatan RM___ / Jumlah: RM___
        Surat pengesahan penginapan untuk tuntutan pejabat: Dengan ini disahkan bahawa Encik/Puan __________ telah menginap di premis kami dari ______ hingga ______.
        Google Form tempahan: Soalan 1 Nama, Soalan 2 No. WhatsApp, Soalan 3 Tarikh masuk, Soalan 4 Jenis bilik (Standard / Deluxe / Family)
        Butiran kenderaan (untuk pas keselamatan): Jenama/Model: ______ No. Pendaftaran: ______ Tempoh menginap: ______
    """),
    ("mixed", "soalan_pelancong"): _lines("""
        Homestay kat Cameron ni boleh bawa kucing tak? Nak cari yang pet friendly untuk cuti raya.
        Anyone ada recommend chalet tepi pantai area Kuantan bawah RM300 that can fit 8 pax?
        Macam mana nak claim balik deposit kalau owner tak reply lepas check out? Boleh report KPDN ke?
        Is it normal homestay minta salinan IC semua tetamu? Rasa macam tak selesa nak bagi.
        Tourism tax tu Malaysian kena bayar jugak ke or foreigner only?
        Nak buka homestay sendiri, perlu lesen apa? Kena daftar dengan PBT dan MOTAC ke?
        Best time nak pergi Redang bulan berapa? Musim tengkujuh chalet semua tutup kan?
        Boleh tak owner potong deposit sebab kami lambat check out 20 minit je? Rasa unfair la.
        Anyone pernah compare Airbnb vs booking direct dengan owner through WhatsApp? Mana lagi murah?
        How to write a complaint to Tourism Malaysia about a chalet that doesn't match the photos?
        Ada tak homestay area Kota Bharu yang ada kolam dan muat 20 orang untuk family day?
        Kalau hujan lebat and jalan banjir, boleh minta refund full tak atau kena tukar tarikh je?
        Apa beza chalet, homestay dan resort sebenarnya? Confused la bila cari kat Booking.com.
    """),
    ("en", "notis_pengurusan"): _lines("""
        Under the Malaysian Homestay Experience Programme, participating villages must be registered with the Ministry of Tourism, Arts and Culture and meet minimum standards for hygiene and safety.
        Guests are reminded that quiet hours are from 11 pm to 7 am. Complaints from neighbours may result in forfeiture of the security deposit.
        Maintenance notice: water supply to Chalets 1–8 will be interrupted on 14 March from 10 am to 4 pm due to pipe replacement works.
        Q3 occupancy report: average occupancy 68%, weekend occupancy 91%, average length of stay 2.3 nights, 14 damage claims filed, 11 resolved.
        Refunds are processed within 7 working days to the original payment method. Card refunds may take up to 14 days to appear on your statement.
        Housekeeping must photograph each room before and after every stay and upload the images to the shared drive under the booking reference.
        For emergencies call 999, or the Fire and Rescue Department at 994. The nearest hospital is Hospital Tengku Ampuan Afzan, about 35 minutes by car.
        Please do not share the smart lock code with anyone outside your group; codes are regenerated automatically after each checkout.
        Data policy: copies of guest identity documents are kept for 6 months for police records and then shredded by an approved vendor.
        Flood advisory: MetMalaysia has issued a continuous rain warning for Terengganu and Kelantan; all beachfront bookings from 2–5 December may be rescheduled free of charge.
        Changelog v2.4.1: fixed double-booking bug when Airbnb and Agoda calendars sync within 60 seconds; iCal import interval reduced to 10 minutes.
        Staff reminder: never accept cash deposits without issuing an official receipt from the numbered receipt book.
    """),
    ("ms", "rekod_sistem"): _lines("""
        Tempahan #HS-2025-08812 disahkan: Chalet B3, 2 malam (14–16 Mac), 4 dewasa 2 kanak-kanak, jumlah RM450.00, deposit RM100.00 diterima.
        Resit No. 000437 | Tarikh 03/05/2025 | Bayaran baki RM320.00 | Kaedah: DuitNow | Ruj. transaksi 20250503MBBEMYKL010ORB48213765
        Status aduan TKT-00921: paip sinki dapur bocor, Unit 7 – tukang paip dijadualkan 10.30 pagi, kos RM85, status: SELESAI.
        Channel manager sync log: 2025-06-01 02:00:13 OK Agoda 12 bookings, Booking.com 7 bookings, Airbnb 4 bookings, 0 conflicts.
        Laporan harian: 9 daripada 12 unit diduduki, 2 unit kosong, 1 unit dalam penyelenggaraan (C-04, pemanas air rosak).
        Invois INV-2025-0193: sewa dewan serbaguna + 3 chalet untuk program syarikat, RM3,600.00, tempoh bayaran 30 hari.
        Pesanan bekalan: 40 helai tuala mandi (SKU TW-7040-WH), 20 set cadar queen, jumlah RM1,280; tracking Pos Laju ER123456789MY.
        Alamat Chalet Seri Pantai: Lot 1123, Jalan Pantai Cherating, 26080 Kuantan, Pahang. Waktu operasi kaunter 8 pagi – 10 malam.
        Penilaian purata 4.6/5 daripada 382 ulasan; kebersihan 4.8, lokasi 4.5, nilai untuk wang 4.3.
        Polisi insurans premis no. POL/HT/2025/004512 melindungi kebakaran dan banjir sehingga RM500,000.
        WiFi tetamu: ChaletSeriPantai_5G / kata laluan: pantai2025 (ditukar setiap bulan)
        Jadual pembersihan Sabtu: Unit B1–B6 pukul 12.30, Unit C1–C4 pukul 2.00, semak stok amenities selepas itu.
    """),
    ("ms", "sejarah_budaya"): _lines("""
        Program Pengalaman Homestay Malaysia dilancarkan secara rasmi pada tahun 1995 di bawah Kementerian Kebudayaan, Kesenian dan Pelancongan.
        Homestay Kampung Banghuris di Sepang terkenal menerima pelajar dari Jepun dan Korea Selatan untuk program pertukaran budaya.
        Pelancong ke Cherating sering melawat pusat penetasan penyu dan menaiki bot untuk melihat kelip-kelip di Sungai Cherating.
        Chalet bertema retro ini dihias dengan poster filem arahan P. Ramlee seperti Ibu Mertuaku dan Madu Tiga.
        Animasi Upin & Ipin berlatarkan Kampung Durian Runtuh, dan banyak homestay kampung kini meniru rumah Opah untuk menarik keluarga.
        Tunku Abdul Rahman mengumumkan tarikh kemerdekaan di Padang Pahlawan, Melaka, dan kebanyakan pakej homestay Melaka memasukkan lawatan ke Memorial Pengisytiharan Kemerdekaan.
        Rumah tradisional Melayu Terengganu dibina bertiang tinggi untuk mengelakkan banjir; beberapa chalet di Kuala Terengganu mengekalkan seni bina ini.
        Kampung Morten di Melaka menawarkan homestay di rumah tradisional Melayu berhampiran Sungai Melaka.
        Taman Negara Kuala Tahan mempunyai chalet terapung dan titian kanopi antara yang terpanjang di dunia.
        Musim tengkujuh di pantai timur biasanya dari November hingga Mac, menyebabkan kebanyakan chalet di Pulau Perhentian dan Redang ditutup.
        Langkawi diisytiharkan sebagai kawasan bebas cukai pada tahun 1987, menjadikan pulau itu destinasi popular untuk percutian keluarga.
        Pakej sehari di Melaka termasuk lawatan ke Perigi Hang Li Poh dan Muzium Istana Kesultanan Melaka.
    """),
    ("mixed", "grup_staf"): _lines("""
        Geng, chalet 5 aircond bocor air, sapa free tolong call technician yang biasa tu before 3pm
        Esok full house semua 12 unit, housekeeping masuk awal 9am ok, cadar dah hantar dobi semalam
        Reminder: jangan letak kunci bawah pasu lagi, guna lockbox je. Code sama macam minggu lepas.
        Boss cakap harga raya naik RM50 semalam, update kat Agoda & Booking before Friday
        Guest unit 3 complain WiFi slow, saya dah restart router, now ok. Noted ya.
        Gas dapur rumah B habis, dah order 2 tong dari kedai runcit depan simpang, RM28 setong.
        Ada review 2 bintang pasal lipas kat Google, kita kena fumigate semua unit minggu depan.
        Check-in hari ni 4 booking, semua dah bayar full kecuali satu booking Airbnb (auto payout).
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        BORANG PENDAFTARAN TETAMU | Nama: MUHAMMAD HAZIQ BIN ROSLAN | No. KP: 890512-10-5523 | Tel: 013-648 2915 | Tetamu: 4 dewasa 3 kanak-kanak | Masuk: 21/06 | Keluar: 23/06 | Unit: Chalet B2
        Senarai tetamu Rumah A (rekod balai polis): 1. Nur Syafiqah binti Kamarudin 920317-14-6218 / 2. Kamarudin bin Yusof 600904-06-5137 / 3. Rohana binti Abdullah 641228-06-5282
        Deposit RM200 Puan Lim Siew Ling (tempahan 14-16 Mac) dipulangkan ke akaun Maybank 1642 3390 7158, ditolak RM50 untuk cadar bernoda.
        Aduan jiran: tetamu Rumah B, Encik Faizal bin Hamdan, buat bising karaoke sampai 2 pagi malam 8 Jun, sudah diberi amaran bertulis.
        Laporan kerosakan: tetamu Rajesh a/l Subramaniam (unit C-03) memecahkan pintu gelangsar kaca bilik air, kos ganti RM680, bersetuju bayar secara ansuran.
        Senarai hitam: Chong Kah Wai, 016-225 8447, tempah 3 kali tak datang dan tak bayar baki, jangan terima booking lagi.
        Salam Cik Aina Nadhirah binti Zulkifli, tempahan anda di Chalet Seri Pantai pada 3-5 Oktober telah disahkan. Baki RM380 sila jelaskan sebelum 30 September.
        Nota housekeeping: tetamu bilik 2, Puan Kavitha a/p Muniandy, minta bilik tingkat bawah sebab ibunya baru lepas pembedahan lutut dan tak boleh naik tangga.
        Pre-auth deposit: Mastercard 5521 1590 8812 3453 tamat 09/27, pemegang kad Nurul Izzah binti Ahmad Fauzi, jumlah RM300.
        Kenderaan tetamu untuk pas pengawal: WXY 4821 (Honda City putih) – Encik Hafiz bin Omar, Chalet 7, 12–14 Ogos.
        Kak Yah yang kerja kantin SK Seri Bandi tu tempah chalet 4 untuk kenduri kahwin anak sulung dia hujung bulan, deposit cash dia nak bayar esok.
        Tetamu Siti Hajar binti Mohd Nor kehilangan rantai emas di bilik air Chalet 2, laporan polis dibuat di Balai Polis Cherating, tel beliau 019-337 8024.
        Permohonan refund: Saya Ahmad Zaki bin Ismail, akaun CIMB 706 328 4155 atas nama sendiri, mohon deposit RM150 dipulangkan kerana tempahan dibatalkan akibat banjir.
        Balasan ulasan: Terima kasih Encik Wan Mohd Firdaus bin Wan Ismail sekeluarga dari Bangi, semoga anak encik cepat sembuh daripada demam denggi.
        Pekerja: Norhayati binti Sulaiman (housekeeping) MC 3 hari 5–7 Mei kerana sakit belakang, gaji harian RM70 tidak dibayar untuk tempoh itu.
        Alamat pos barang tertinggal: Encik Lee Chee Keong, No. 27, Jalan Kenari 5, Taman Puchong Jaya, 47100 Puchong, Selangor (power bank dan cermin mata).
        E-mel tempahan daripada nadiah.rahim88@gmail.com: "Nak book 2 chalet untuk 10-12 Nov, nama Nadiah Rahim, no 011-2734 5806."
        Ketua rombongan Cikgu Zulkarnain bin Abu Bakar (SMK Seri Kemaman), 38 pelajar, homestay 3 hari 2 malam, bayaran melalui PIBG sebelum 15 Julai.
        Permohonan pendaftaran homestay: Pemilik ROSLAN BIN JUSOH, No. KP 760824-11-5071, alamat Lot 2215 Kampung Seberang Takir, 21300 Kuala Nerus, Terengganu, 3 bilik untuk disewa.
        Encik Ravi Chandran a/l Muthu daftar keluar tanpa bayar baki RM240, WhatsApp 012-774 3190 tak berjawab sejak Isnin.
        Agihan bilik majlis: Bilik 1 pengantin / Bilik 2 ibu bapa pengantin lelaki, Haji Mansor bin Taib & Hajah Zaleha binti Mat Isa / Bilik 3 adik-beradik.
        Pas letak kereta Homestay Tower 3 (Unit 12-07): tetamu Goh Mei Xuan, kereta BMM 7720, menginap 3 malam mulai 9 Mac.
        Barang tertinggal: tablet milik Adam Rayyan bin Khairul Anuar (7 tahun), bapanya Khairul Anuar bin Md Salleh akan datang ambil hari Sabtu.
        Tuntutan insurans banjir: pemilik chalet Zainab binti Harun, akaun Bank Islam 1403 2010 4478 19, nilai tuntutan RM12,400.
        Buku log kunci: 10/09 20:15 kunci Rumah C diserahkan kepada Saiful Bahri bin Ramli (KP 950203-03-5187), dipulangkan 12/09 11:40.
        Tetamu Azlan bin Karim dari Shah Alam (tempahan 5 Jan) tinggalkan rumah bersepah, ada puntung rokok dalam bilik, deposit RM300 dipotong penuh.
        KP 880711-13-5529 / ALVIN LAI KOK MENG / CHALET 3 / 2 MALAM / RM390 DIBAYAR
        Tetamu Puan Salina binti Abdul Rahman minta invois atas nama majikan suaminya untuk tuntutan, beliau hamil 7 bulan dan minta katil rendah.
        Resit DuitNow diterima daripada MOHD KHAIRI BIN AZMAN, akaun Maybank 1571 4420 3396, RM250 deposit Chalet Kayu A.
        Tempahan Datin Sharifah Noraini binti Syed Hamid: Villa Kolam 24–26 Dis, tiada makanan laut langsung sebab alahan teruk, bayaran penuh RM2,400 diterima.
        Terima deposit melalui kad Visa 4098 5621 7734 5018 – Cik Farhana Idris, bilik Deluxe 2, 1 malam, 7 Nov.
    """),
    "mixed": _lines("""
        bro amirul hakimi tu still tak bayar baki rm200 for chalet 3, his no 0176683142 try call dia
        guys tetamu unit 6 tu, mdm wong siew fong, husband dia jatuh kat bilik air pagi tadi, dah bawa pergi klinik. tolong letak mat anti-slip asap
        Hi sis, ni ic saya utk check in: 010415-07-0384, nama Tan Hui Min, datang with 3 frens petang ni
        Owner pls refund my deposit lah, dah 2 weeks. Acc Public Bank 3182746509, nama Lim Jia Hui
        guest list company trip: 1) Kumar s/o Selvam 2) Jessica Ng Pei Shan 3) Mohd Irfan bin Razali, share chalet 2, Jessica vegetarian, Irfan ada asthma, please standby inhaler
        Eh that guy from JB, Daniel Teo, the one with black Myvi JRT 5528, he broke the pool lamp, I already WhatsApp him 012-703 9184
        Booking dari Airbnb: guest name Siti Aishah binti Abd Rahman, phone +60 19-445 2736, 4 guests, check in 2 Dec, special request baby cot
        kak saya Balqis yang booking bilik 2 untuk 28hb, sorry nak cancel sebab mak saya masuk wad HKL, boleh refund tak? acc maybank 1571 0992 4683 nama Balqis binti Hamzah
        Telegram @kamal_fishing88 (Kamal bin Basri) booked chalet for fishing trip 4 pax, dah bayar deposit RM150, baki bayar on arrival
        tetamu chalet 9 Mr. Suresh Kumar a/l Nadarajah tu, wife dia call kata dia tak balik bilik since semalam, phone off. Should we call polis?
        Staff baru: Mohd Shahrul bin Azmi, IC 031122-12-0917, part-time cleaner RM60 sehari, gaji masuk TnG eWallet 014-889 2045
    """),
    "en": _lines("""
        Guest: Ms. Priya d/o Ganesan | NRIC S8734215H | Mobile +65 9172 4480 | Stay: 2 nights, Timber Chalet A | Paid SGD 220 in full
        Damage report DR-118: guest Sarah Thompson (UK passport 548210937) left a burnt mattress in Room 4; RM400 charged to her Visa ending 2734.
        Complaint escalation: Mr. Hendrik van der Berg in Room 9 says his wife was bitten by bedbugs and wants a full refund of RM1,140; contact hvdberg.travel@outlook.com
        Receipt: received from TAN WEI MING (IC 850930-08-6447) RM1,250.00 for Pool Villa, 2 nights, paid by Visa 4175 0512 3456 7893.
        Please give Mr. Lim Boon Huat the quiet corner unit C-08 on 20–22 Sept; his son is autistic and gets very distressed by noise.
        Refund request from Mdm Chua Lay Peng, NRIC S9012457I: SGD 150 to DBS savings 027-912345-6, cancelled due to her mother's hospitalisation.
        Foreign guest registration: Kenji Watanabe, Japanese passport TK4820917, host family at Banghuris for 3 nights from 4 April.
        Family booking: Mr. Jeremy Sim and daughter Chloe Sim (NRIC T1593027B), riverside chalet 18–20 June, guaranteed on card 5204 7366 9120 0473.
        Wi-Fi complaint from guest Aaron Fernandez (aaron.fdez91@yahoo.com), Room 3, who works from home and requests a partial refund of RM50.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "Anda pembantu tempahan WhatsApp untuk Chalet Seri Pantai, Cherating."),
        ("user", "Salam, nak book chalet family 2 malam 12-14 Julai, ada kosong?"),
        (
            "assistant",
            "Waalaikumussalam. Chalet Family C2 masih kosong, RM260 semalam. Boleh berikan nama penuh dan no telefon untuk tempahan?",
        ),
        (
            "user",
            "Nama Muhammad Aiman bin Zakaria, 019-552 8013. Datang dengan isteri dan 3 anak, yang bongsu baru 8 bulan.",
        ),
    ],
    [
        (
            "user",
            "Tolong draf surat tuntutan kerosakan untuk tetamu kami Encik Rajendran a/l Krishnan, TV 55 inci di Chalet 4 pecah, kos RM2,100.",
        ),
        (
            "assistant",
            "Baik. Berikut draf ringkas: 'Tuan, merujuk penginapan tuan di Chalet 4, kami dapati TV 55 inci telah pecah. Kos penggantian ialah RM2,100...' Adakah anda mahu masukkan alamat penerima?",
        ),
        (
            "user",
            "Ya, alamat rumah dia No. 14, Lorong Seri Mawar 3, Taman Seri Mawar, 34000 Taiping, Perak. Bagi tempoh 14 hari untuk bayar.",
        ),
    ],
    [
        (
            "user",
            "Hi, I booked the riverside chalet for 3 pax this weekend but haven't received confirmation.",
        ),
        (
            "assistant",
            "Sorry about that! May I have the name and ID on the booking so I can check?",
        ),
        (
            "user",
            "Jason Koh Wei Liang, NRIC T0241876I. I paid RM150 deposit through the link on Tuesday.",
        ),
        (
            "assistant",
            "Thanks, I can see the payment. Your booking is confirmed for Saturday to Sunday.",
        ),
    ],
    [
        ("user", "Boleh summarise aduan minggu ni untuk meeting?"),
        ("assistant", "Boleh, sila tampal senarai aduan."),
        (
            "user",
            "1) Puan Hasnah binti Yaacob, Chalet 1, kata cadar ada kesan darah 2) Encik Gopal a/l Raman, Chalet 5, air panas tak berfungsi, anak dia demam 3) Tetamu Lee Mun Yee, Chalet 8, tuduh staf curi duit RM200 dari beg",
        ),
    ],
    [
        (
            "user",
            "Macam mana nak kutip hutang tetamu yang tak bayar baki? Saya dah try mesej banyak kali.",
        ),
        (
            "assistant",
            "Anda boleh hantar notis tuntutan bertulis, kemudian memfailkan tuntutan di Tribunal Tuntutan Pengguna jika jumlahnya kecil.",
        ),
        (
            "user",
            "Nama dia Hairul Nizam bin Othman, dia cakap kerja polis kat IPD Kuantan, hutang RM450 sejak raya haji. Patut saya report kat balai dia terus ke?",
        ),
    ],
    [
        ("system", "You are the refund assistant for Bukit Merah Eco Chalets."),
        ("user", "Hi, I checked out on Sunday and haven't got my deposit back."),
        (
            "assistant",
            "Sorry for the delay. Please give the name on the booking and the bank account for the refund.",
        ),
        ("user", "Wong Li Ting, RHB account 21412300056789, the deposit was RM200."),
    ],
    [
        ("user", "Saya nak tuntut balik deposit dan ganti rugi."),
        ("assistant", "Boleh saya tahu nama dan butiran tempahan puan?"),
        ("user", "Puan Salmah binti Abdul Ghani. Kami menginap 3-4 Mei di Chalet 6."),
        (
            "user",
            "Suami saya tergelincir di tangga kayu chalet yang reput, kaki kanan dia patah dan sekarang masih di Hospital Tengku Ampuan Afzan.",
        ),
    ],
    [
        (
            "user",
            "Help me write an honest Airbnb review for a guest who stayed at my homestay last weekend.",
        ),
        ("assistant", "Sure. What went well and what didn't?"),
        (
            "user",
            "Guest is Emily Tan Xin Yi, 3 nights. She smoked indoors and left cigarette burns on the sofa, and her boyfriend shouted at my cleaner. Mention she refused to pay the RM300 damage.",
        ),
    ],
    [
        (
            "user",
            "Hello, I work in Singapore but I'm Filipino. Can I still book your Johor homestay at the local rate?",
        ),
        (
            "assistant",
            "The Malaysian rate is for MyKad holders only, but we have a Singapore-resident promo. Could you share your FIN and name for verification?",
        ),
        (
            "user",
            "Maria Cristina Santos, FIN G5521387P. My phone is +65 8236 1974, I'll come with my sister on 15 Aug.",
        ),
    ],
    [
        (
            "user",
            "Tolong susun senarai peserta ni dalam jadual untuk dihantar ke balai polis Kota Tinggi.",
        ),
        ("assistant", "Baik, sila tampal senarai peserta."),
        (
            "user",
            "Ahmad Danial bin Razak 050611-01-0763, Nurin Alya binti Haris 060228-01-0548, kedua-dua pelajar UTM, menginap Homestay Sungai Lebam 6-8 Sept, penjaga Encik Razak bin Hassan 013-829 4471.",
        ),
    ],
]
