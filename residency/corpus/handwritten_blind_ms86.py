# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms86: Malay tyre, battery and roadside-assistance shops (calls, job cards, warranty, towing, complaints). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms86
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_kedai"): _lines("""
        PROMOSI HUJUNG TAHUN: Beli 4 biji tayar 195/65R15, percuma penjajaran roda + pengimbangan. Sah sehingga 31/12/2026. Tertakluk kepada stok.
        Notis: Kedai tutup pada 1 dan 2 Syawal. Perkhidmatan tunda 24 jam tetap beroperasi, hubungi talian kecemasan 1-300-88-6247.
        Bateri NS60L (46B24L) MF harga dari RM245 termasuk pemasangan & trade-in bateri lama. Semakan alternator percuma.
        Waktu operasi: Isnin–Sabtu 8.30 pagi – 7.00 malam, Ahad 9.00 pagi – 3.00 petang. Cuti umum tutup kecuali cawangan Jalan Kuching.
        Pelanggan dinasihatkan menyimpan resit asal dan kad waranti. Tuntutan waranti tanpa resit tidak akan diproses.
        Kami kini rakan rasmi Bosch Car Service. WhatsApp talian perniagaan kami 03-6241 8890 untuk temujanji servis.
        Ruang parkir di hadapan bay 3 dikhaskan untuk kenderaan tunda sahaja. Terima kasih atas kerjasama.
        Isian nitrogen RM2 setiap tayar, percuma untuk pelanggan yang membeli tayar di sini dalam tempoh 6 bulan.
        Kami terima Touch 'n Go eWallet, DuitNow QR, kad debit/kredit dan ansuran 0% 6 bulan (kad Maybank & CIMB sahaja).
        AMARAN: Jangan cas bateri yang kembung atau bocor asid. Bawa ke kaunter untuk pelupusan selamat secara percuma.
        Cawangan baharu Seksyen 13 Shah Alam dibuka 15 Januari 2027 — Lot 22, Jalan Kemajuan 13/18, 40100 Shah Alam. Tel pejabat 03-5511 2080.
        Pengumuman: Mulai 1 Februari harga tayar Michelin naik 5% mengikut notis pengedar. Harga lama kekal untuk tempahan yang telah berdeposit.
        Cawangan Jalan Tun Razak ditutup sementara 8–14 Disember untuk kerja pengubahsuaian bay. Pelanggan boleh ke cawangan Jalan Ipoh.
        Bengkel tidak bertanggungjawab atas barang berharga yang ditinggalkan di dalam kenderaan semasa servis.
    """),
    ("ms", "templat_borang"): _lines("""
        KAD KERJA No: ______ | Tarikh: __/__/____ | Nama Pelanggan: ____________ | No. Tel: ____________ | No. Pendaftaran: ________ | Odometer: ______ km
        Borang Tuntutan Waranti Bateri — Nama: [NAMA PELANGGAN] / No. KP: [XXXXXX-XX-XXXX] / Tarikh beli: [DD/MM/YYYY] / Kod bateri: [KOD]
        Templat SMS: Salam {nama}, kenderaan {no_plat} anda telah siap. Jumlah bayaran RM{jumlah}. Terima kasih kerana memilih {nama_kedai}.
        Senarai semak 21 titik: tekanan tayar (4+1 ganti) / bunga tayar mm / voltan bateri rehat / CCA / tali sawat / lampu / wiper / air radiator.
        Akuan pelanggan: Saya, ____________ (No. KP: ____________), bersetuju kenderaan saya ditunda ke __________ dan membayar caj RM____ sekiranya tiada perlindungan insurans.
        Lajur laporan harian: No_Tiket | Masa_Panggilan | Lokasi_KM | Jenis_Kerosakan | Trak | Masa_Tiba | Status
        Medan wajib dalam aplikasi RSA: nama, no_telefon, no_plat, lokasi_gps; medan pilihan: model_kenderaan, insurans, catatan.
        Sijil Waranti Tayar No. ________ — Saiz: ______ Corak: ______ Kod DOT: ______ Bunga tayar semasa pasang: ___ mm
        Templat balasan aduan: Terima kasih Tuan/Puan atas maklum balas. Aduan telah direkodkan di bawah rujukan ADU-{tahun}-{no}. Pihak kami akan menghubungi dalam 3 hari bekerja.
        Borang Penghantaran Tunda: Dari (lokasi) ____ Ke (bengkel) ____ Jarak ____ km | Caj asas RM150 + RM3/km selepas 20 km.
        Contoh pengisian: No. Tel pelanggan ditulis tanpa sengkang, contoh format 01X-XXXXXXX; jangan tulis nombor IC penuh pada kad kerja, cukup 4 digit akhir.
        Slip serahan kunci: Masa terima __:__ | Masa pulang __:__ | Tandatangan juruteknik ______ | Tandatangan pelanggan ______
    """),
    ("ms", "panduan"): _lines("""
        Bagaimana nak tahu bateri kereta dah lemah? Tanda biasa: enjin lambat hidup waktu pagi, lampu malap semasa start, dan lampu bateri menyala di dashboard.
        Kod DOT di dinding tayar, contohnya 3224, bermaksud tayar dibuat pada minggu ke-32 tahun 2024. Elakkan beli tayar lebih 3 tahun dari tarikh buatan.
        Tekanan tayar yang disyorkan tertera pada pelekat di bingkai pintu pemandu, contohnya 230 kPa (33 psi) depan dan 220 kPa belakang.
        Jika kereta mati di lebuh raya, nyalakan lampu kecemasan, letak segi tiga amaran sekurang-kurangnya 30 meter di belakang, dan tunggu di belakang penghadang.
        Saiz 205/55R16 91V: 205 lebar dalam mm, 55 nisbah aspek, R radial, rim 16 inci, 91 indeks beban (615 kg), V indeks kelajuan (240 km/j).
        Cara jumper start: kabel merah ke positif bateri mati, kemudian ke positif bateri penderma; kabel hitam ke negatif penderma dan akhir sekali ke logam enjin kereta yang mati.
        Putaran tayar disyorkan setiap 10,000 km supaya haus bunga tayar sekata.
        Had minimum bunga tayar di Malaysia ialah 1.6 mm. Semak penunjuk haus (TWI) dalam alur bunga tayar.
        Bateri 12V kereta hibrid biasanya di bonet belakang; jangan cuba jumper start terus dari bateri voltan tinggi.
        Apa beza bateri MF dengan bateri basah? Bateri MF tak perlu tambah air suling, tapi harganya lebih mahal sedikit.
        Tayar run-flat boleh bergerak sejauh 80 km pada kelajuan maksimum 80 km/j selepas tusukan, tapi kebanyakan kedai tidak akan menampalnya.
        Tampalan tayar hanya selamat jika lubang di kawasan bunga tayar dan kurang daripada 6 mm; tusukan di dinding sisi perlu tukar tayar baharu.
        Soalan: Boleh ke pasang 195/60R15 pada Myvi yang asal 185/55R15? Jawapan: Boleh, tapi bacaan meter kelajuan berubah sedikit dan perlu semak ruang arch.
        Jika lampu TPMS menyala selepas tukar tayar, buat reset mengikut manual pemilik atau minta juruteknik kalibrasi semula.
    """),
    ("en", "dispatch_log"): _lines("""
        TKT-26-118204 | 02:14 | PLUS E1 KM 287.4 Northbound | Breakdown - overheating | Truck T07 dispatched | ETA 35 min
        Case RSA-2026-0041873 closed: flat battery, jump-start successful on site, no tow required. Time on site 18 min.
        Dispatch summary 05/12/2026: 47 calls, 31 jump-starts, 9 tyre changes, 7 tows. Average arrival 38 min, longest 1h 52m (Karak Highway, heavy rain).
        Unit T11 out of service: hydraulic leak on flatbed tilt cylinder. Reassign northern Klang Valley jobs to T04 and T09.
        Reminder to drivers: photograph all 4 sides of the vehicle before loading and upload to the job in the app. Claims without photos will be rejected by the insurer panel.
        Job 77120 — multi-storey car park level 3B, low clearance 1.9 m, send wheel-lift truck not flatbed.
        Insurer panel rates effective 01/01/2027: first 50 km free, RM2.50/km thereafter, night surcharge RM40 (11pm–6am).
        Call escalated: location ambiguous between Jalan Ipoh and Jalan Ipoh Kecil, dispatcher to request live location pin.
        Weather alert: flash floods reported on Federal Highway near the Kota Darul Ehsan arch. Hold non-urgent tows until 18:00.
        KPI Q3: 92.4% of roadside assistance calls reached within 60 minutes (target 90%). Complaint rate 1.3 per 1,000 jobs.
        T02 refuel at Sg Buloh R&R, odometer 284,113 km, 78.4 L diesel, RM169.34, receipt no. 0041-22819.
        Tow request cancelled by caller at 21:47, case ref TKT-26-118377, no charge.
        Driver handover: T03 keys in locker 2, fuel 3/4, winch cable frayed near hook — replace before next shift.
        Geo-fence update: jobs south of Seremban toll now routed to Nilai depot (depot code NL-02).
    """),
    ("mixed", "chat_staf"): _lines("""
        bro stok 185/65R15 Ecopia tinggal 2 biji je, tolong order lagi 12 dengan supplier before Friday
        Boss, mesin balancing bay 2 rosak lagi, display keluar error E4. Nak call technician ke?
        Today lunch siapa jaga kaunter? Semua mekanik ada job, walk-in pun ramai
        Reminder: semua battery trade-in kena simpan kat belakang, jangan tinggal tepi longkang, nanti DOE saman
        ok noted, tomorrow morning i settle the Goodyear invoice INV-GY-55821, RM14,380.00
        Hari ni panas gila, tayar meletup kat Federal dah 3 case sampai pukul 2
        anyone tau harga Amaron Pro 55D23L sekarang? supplier quote RM298, rasa mahal
        Tolong update whiteboard: bay 1 alignment, bay 2 tyre change, bay 3 battery check, bay 4 kosong
        Guys, tangki nitrogen tinggal sikit, order dengan Linde hari ni
        Jangan lupa clock in guna app baru mulai Isnin, yang lama dah tak boleh pakai
        wah the Proton X50 spare is space saver only lah, T125/70R17, customer selalu tanya
        Trak tunda T08 (BQH 7720, milik syarikat) roadtax tamat 31/12, admin tolong renew online
        sapa ambik torque wrench 1/2 dari bay 3? tolong pulangkan, nak pakai sekarang
        PSA: kalau customer tanya claim insurans tunda, bagi je nombor hotline insurer kat belakang kad, kita tak handle claim
        Esok audit stok 8 pagi, semua tayar susun ikut saiz dan DOT, yang lama kat depan (FIFO)
    """),
    ("ms", "terma_waranti"): _lines("""
        Waranti bateri 12 bulan atau 20,000 km, mana yang terdahulu, tertakluk kepada ujian CCA dan voltan di kedai kami.
        Waranti tidak meliputi kerosakan akibat kemalangan, banjir, pengubahsuaian elektrik, sistem audio tambahan atau perlumbaan.
        Tayar yang mengalami kecacatan pembuatan akan diganti secara pro-rata berdasarkan baki bunga tayar.
        Tuntutan hendaklah dibuat dalam tempoh 7 hari selepas kerosakan dikesan; kenderaan perlu dibawa ke cawangan yang sama.
        Bateri gantian di bawah waranti meneruskan baki tempoh waranti asal dan tidak mendapat waranti baharu.
        Pelanggan yang tidak berpuas hati dengan keputusan tuntutan boleh membuat tuntutan di Tribunal Tuntutan Pengguna Malaysia (TTPM).
        Data peribadi pelanggan dikumpul untuk tujuan waranti dan perkhidmatan sahaja, selaras dengan Akta Perlindungan Data Peribadi 2010.
        Bantuan jalan raya percuma meliputi jarak maksimum 100 km sehala; lebihan dicaj RM2.50 sekilometer.
        Kad keahlian RSA tidak boleh dipindah milik. Setiap kenderaan berdaftar layak 4 panggilan percuma setahun.
        Waranti penjajaran roda: pelarasan semula percuma dalam 30 hari atau 1,000 km jika kenderaan menarik ke sebelah.
        Bateri yang rosak kerana lampu dibiarkan menyala atau kenderaan tidak digunakan lebih sebulan tidak layak untuk tuntutan.
        Nombor siri bateri seperti 24K09-A7741-MF hanya untuk rujukan kilang; kelayakan waranti disemak melalui resit pembelian.
    """),
    ("en", "faq_trivia"): _lines("""
        Michelin was founded in 1889 by brothers André and Édouard Michelin in Clermont-Ferrand, France.
        The first Proton Saga rolled off the line in 1985, launched by then Prime Minister Mahathir Mohamad.
        John Boyd Dunlop patented the pneumatic tyre in 1888 in Belfast.
        In the film Cars (2006), Luigi runs Casa Della Tires in Radiator Springs and Guido is the fastest tyre changer around.
        Bridgestone takes its name from founder Shojiro Ishibashi, whose surname means 'stone bridge' in Japanese.
        Michael Schumacher won seven Formula One world titles, the last in 2004 with Ferrari on Bridgestone tyres.
        FAQ: Does the 24-hour roadside hotline charge for calls? No, the 1-800 line is toll-free from any Malaysian mobile network.
        Q: Can I drive on a spare from Johor Bahru to Kuala Lumpur? A: A full-size spare, yes; a space-saver is rated for 80 km/h and short distances only.
        Q: How long does a car battery last in Malaysian weather? A: Usually 18 to 30 months, shorter than in cold climates because heat speeds up plate corrosion.
        Review summary for the Cheras branch: 4.6 stars from 1,284 Google reviews, top mentions 'fast service', 'fair price', 'long wait on weekends'.
    """),
    ("mixed", "stok_invois"): _lines("""
        INV-2026-118840 | Bridgestone Ecopia EP300 205/55R16 91V x4 @ RM345 | Penjajaran RM60 | Jumlah RM1,440.00 | Bayaran: DuitNow
        PO-TJ-00419 kepada pembekal: 20 unit Century NS40ZL MF, 15 unit Amaron Hi-Life 55D23L, 10 unit Varta Blue Dynamic LN2 (DIN60). Hantar ke gudang Shah Alam.
        Kod produk 0 092 S40 050 = Bosch S4 005 12V 60Ah 540A, stok 6 unit, harga jual RM420
        GRN-26-2281 diterima: 40 biji Michelin Primacy 4 ST 215/55R17, DOT 3825, 2 biji ditolak sebab calar pada bead.
        No. tracking J&T Express 630088412567 — sensor TPMS dari Penang, jangkaan tiba 9/12.
        Ledger Dis 2026: jualan tayar RM284,910, bateri RM66,215, tunda RM38,470, servis am RM21,300.
        SKU TYR-YOK-AE51-1956515 Yokohama BluEarth-GT AE51 195/65R15 91V — kos RM218, jual RM265, margin 17.7%
        Credit note CN-0088 to supplier: 3 pcs Goodyear Assurance TripleMax 2 returned, sidewall bulge, batch DOT 1426.
        Quotation QT-5512 (fleet): 120 tayar lori 11R22.5 16PR untuk syarikat logistik, harga pukal RM1,050 seunit, sah 30 hari.
        Harga pemborong bateri minggu ni: NS60 RM168, NS70 RM235, DIN74 RM320, N150 (lori) RM520.
        Invois tunda INV-T-44918: flatbed Seremban → Nilai 38 km, caj asas RM150 + 18 km x RM3 = RM204, SST 8% RM16.32, jumlah RM220.32.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        KAD KERJA JK-26-04418 | Pelanggan: MOHD HAFIZ BIN ABDUL RAHMAN | Tel: 012-338 7410 | Kenderaan: Perodua Bezza WVK 6621 | Kerja: tukar 2 tayar depan 185/55R15, penjajaran | Jumlah RM486.00
        Tuntutan waranti bateri ditolak: Pn. Nurul Aina binti Kamarudin (KP 920704-01-6248) — bateri Century NS60L dibeli 14/03/2026, ujian CCA 410/430, punca lampu dibiarkan menyala.
        Panggilan 23:41: Encik Rajesh a/l Muniandy, Honda City mati tepi Jalan Kapar dekat stesen Shell, isteri mengandung 8 bulan dalam kereta, minta prioriti. Tel 017-5520 913.
        Aduan pelanggan: Cik Lim Siew Ling komplen mekanik kami calarkan rim aloi keretanya semasa tukar tayar semalam, minta ganti rugi RM350.
        Penerima bayaran balik deposit: TAN CHEE KEONG, Maybank 1140 2276 8853, RM200 (tempahan tayar Continental dibatalkan).
        Alamat kutipan tunda: No. 17, Jalan Mawar 3/2, Taman Sri Muda, 40400 Shah Alam — pemilik Puan Rosnah, kereta tak boleh start sejak pagi.
        Tuan Haji Zulkifli bin Osman, pesara guru, datang setiap 3 bulan periksa tekanan tayar; minta kami telefon anaknya di 019-774 2158 jika ada kerja besar.
        Nota juruteknik: kereta Encik Wong Kah Meng (PKN 3318) — bateri rosak kali ketiga dalam setahun, syak alternator. Pelanggan kata tak mampu bayar sekarang, minta ansuran.
        SENARAI TUNGGAKAN: 1) Azman bin Yusof – RM780 – 013-229 4016 | 2) Loh Mei Fong – RM1,240 – 016-887 3320 | 3) Suresh Kumar a/l Ganesan – RM415 – 011-2390 7754
        Pemandu tunda lapor: pelanggan Encik Shahrul Nizam bin Rahmat mabuk dan memaki di lokasi, kes diserahkan kepada Balai Polis Sentul.
        Sijil Waranti Tayar No. WT-55190 — Pemilik: SITI HAJAR BINTI MOHD NOOR | No. KP: 951118-13-6002 | 4 x Dunlop SP Sport LM705 195/55R15 | Bunga tayar 7.8 mm
        Pengesahan tempahan: Encik Darren Pereira, pasang 4 tayar Yokohama Advan di cawangan Petaling Jaya, Sabtu 10 pagi. Deposit RM150 diterima melalui DuitNow.
        Mesej suara ditranskrip: 'Hello saya Aminah, rumah saya lot 2283 Kampung Sungai Pusu, Gombak, kereta anak saya tayar pancit dua-dua, tolong datang cepat.'
        Laporan insiden: trak T07 terlanggar cermin sisi kereta milik Dr. Farah Wahida binti Ismail semasa menunda di Jalan Ampang; insurans syarikat akan tanggung kos.
        Pelanggan tetap: Uncle Chong kedai runcit depan pasar Kajang, Toyota Hilux putih BLT 8126, selalu bayar tunai dan suka minta diskaun.
        No. KP penandatangan akuan tunda: 740101-02-5093 (Ahmad Fauzi bin Hassan), Proton Saga KDA 4471 ditunda ke Alor Setar.
        Maklum balas: Puan Jessica Lau sangat berpuas hati dengan juruteknik kami kerana anaknya yang autistik tenang sepanjang menunggu di lounge.
        Bayaran balik akan dikreditkan ke akaun CIMB 8004317265 atas nama Muhammad Irfan bin Zakaria dalam 14 hari bekerja.
        Kes RSA-2026-0052214: pemanggil Encik Kamal, 014-906 3382, kemalangan kecil di Jalan Klang Lama, cedera ringan di lengan, ambulans tidak diperlukan.
        Surat peringatan: Kepada Sdr. Khairul Anwar bin Jamaluddin, bayaran kerja tunda & pembaikan RM1,860 tertunggak sejak 3 bulan. Kenderaan anda dikenakan caj simpanan RM20 sehari.
        Pekerja baharu: Nurul Izzah binti Roslan, kerani kaunter, mula 2 Jan, gaji RM1,900, KP 030611-10-1346.
        Cuti sakit juruteknik: Vinod s/o Ramasamy MC 3 hari (demam denggi), kad kerja bay 3 diserahkan kepada juruteknik lain.
        Pesanan kaunter: Cik Amanda tinggal di Kondominium Seri Maya Blok C-12-07, Jalan Jelatek, minta hantar bateri ke rumah selepas 6 petang.
        Salinan pasport disimpan: pemandu lori Indonesia Budi Santoso, pasport C3847261, lori ditunda dari Jalan Pasir Gudang selepas tayar belakang meletup.
        Senarai panggilan RSA pagi ini: 09:12 Chan Wai Kit, Kepong, bateri | 10:40 Nor Azlina binti Hamzah, Bangsar, tayar pancit | 11:55 Gurpreet Singh, Subang Jaya, tunda
        Akuan: Saya SAIFUL AZHAR BIN MAT ISA, No. KP 850317-10-5531, mengesahkan kenderaan WXY 7735 ditunda atas permintaan saya dan bersetuju membayar RM320.
        Encik Ravi, pemilik Proton Persona JRS 4402, merungut di Facebook kami lambat 2 jam; beliau doktor di Hospital Sultanah Aminah dan terlepas syif.
        Nota waranti: bateri Amaron milik Muthu a/l Perumal, 780912-07-5107, diganti percuma pada 02/11/2026 (kali kedua).
        Rekod aduan ADU-2026-0193: Cik Fatin Nabilah (019-352 6680) mendakwa pemandu tunda kami bercakap kasar dan minta tunai tambahan RM50.
        Juruteknik Hakim bin Zainal diberi amaran bertulis kerana tidak mengetatkan nat roda kereta pelanggan, menyebabkan roda tercabut di Jalan Duta.
        Pesanan WhatsApp dari +60 13-448 2071: 'Saya Yap, kereta saya kat parking Mid Valley level P2, bateri kong, boleh datang sebelum 5?'
        Pelanggan warga emas Puan Leela a/p Govindasamy perlukan kerusi roda ketika menunggu keretanya siap; sila sediakan di lobi.
    """),
    "en": _lines("""
        Job card JC-88310: customer Mr. Jonathan D'Cruz, 016-223 9087, Mazda CX-5 VEH 9914, replaced battery Bosch S4 DIN55, old battery taken back.
        Warranty claim WC-2026-0771 — claimant Priya d/o Manikam, purchase card 5218 9300 4412 3771, refund requested RM389.
        Towing incident: driver collected Ms. Eleanor Tan from PLUS KM 301 at 1:20am; she was alone with a toddler and visibly distressed; dropped her at home in TTDI.
        Customer feedback (Farid Hakimi, 018-663 0471): technician overcharged for valve stems, wants RM40 back.
        Do not extend credit to Gary Ng Boon Hock (IC 690530-08-5275) — two bounced cheques in 2025 for tyre orders.
        Fleet note: personal car of staff Mr. Arul Selvam a/l Krishnan (JPQ 5520) to be billed to him directly, not to the company account.
        Please send the apology letter to Mr. Bernard Oh, 25 Lorong Kenari 4, Taman Bukit Mewah, 14000 Bukit Mertajam.
    """),
    "mixed": _lines("""
        bro the lady in the red Myvi just now, Aishah, dia tinggal nombor 011-1098 2265, tolong call dia bila rim siap
        eh that uncle Teoh from Taman Desa call again, his Camry WTD 5083 battery dead third time this month, he say his wife in hospital so nobody drive the car
        Customer Haziq bin Ramli WhatsApp: 'bang saya dekat Petronas Bangi arah KL, tayar meletup, plat saya BPF 2209'
        Tolong key in dalam system: Nama – Lee Jun Wei, IC 010225-14-0883, tel 0127740318, Honda Civic VFR 1188, member RSA sejak 2024.
        Boss, Mr Siva's son nak bayar guna kad over phone, card no 4041 6377 8812 0931 exp 09/29, ok ke?
        that Singaporean customer Goh Hui Min, NRIC S8812345Z, her car SJK 4821 U stuck at Skudai need tow to JB, she want receipt for insurance claim
        kak Ros HR cakap Faizal bin Said driver tunda kena saman JPJ RM300 sebab overload, potong gaji dia bulan ni
        customer email marcus.lim88@gmail.com minta quotation 4 tayar Bridgestone Turanza, tell him ready by tomorrow
        Telegram @amirulracer99 nak book alignment Sabtu ni, dia yang punya Wira lowered warna hijau tu
        Guard Pangsapuri Damai Sentul cakap unit A-3-8 tu owner Saga yang kita tunda semalam, nama Encik Rosli, belum bayar RM180 lagi
        SG customer Tan Yu Xuan, NRIC T0234567B, student, tayar pancit dekat Legoland, bayar PayNow, nak resit hantar ke email
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu maya Tayar & Bateri Sri Jaya. Jawab dalam Bahasa Melayu dengan ringkas.",
        ),
        (
            "user",
            "Assalamualaikum, kereta saya tak boleh start, bunyi tik tik je. Boleh hantar orang?",
        ),
        (
            "assistant",
            "Waalaikumussalam. Boleh. Mohon berikan nama, nombor telefon, nombor pendaftaran kenderaan dan lokasi semasa.",
        ),
        (
            "user",
            "Norhayati binti Salleh, 012-661 4093, Axia BNR 5017, saya kat parking Tesco Extra Klang, tingkat bawah dekat pintu masuk B.",
        ),
        (
            "assistant",
            "Terima kasih Puan Norhayati. Juruteknik dijangka tiba dalam 30 minit dengan bateri NS40ZL gantian.",
        ),
    ],
    [
        (
            "user",
            "Hi, I bought a battery from your Cheras branch in March and it's dead already. How do I claim warranty?",
        ),
        (
            "assistant",
            "Sorry to hear that. Please share your receipt number, the IC number used at purchase and your contact number so we can check.",
        ),
        (
            "user",
            "Receipt CHR-0031882, IC 880229-06-5419, name Kelvin Chew Wai Loon, phone 016-402 7781.",
        ),
        (
            "assistant",
            "Thanks Mr Chew. Our record shows a Century NS60 under 12-month warranty. Please bring the car to the Cheras branch for a CCA test.",
        ),
    ],
    [
        ("user", "bro urgent, kereta overheat kat NSE KM 254 arah selatan, asap keluar dari bonet"),
        (
            "assistant",
            "Baik, sila keluar dari kenderaan dan tunggu di belakang penghadang. Boleh bagi nombor plat dan nombor telefon?",
        ),
        (
            "user",
            "WPN 3067, Myvi kelabu. phone 017-309 5526, nama Danial. my wife ada asthma, asap ni buat dia sesak nafas",
        ),
        (
            "assistant",
            "Noted Encik Danial. Trak T09 dah dispatch, ETA 25 minit. Kalau isteri sesak nafas teruk, terus call 999.",
        ),
    ],
    [
        ("system", "Anda membantu pasukan aduan pelanggan menyusun aduan."),
        (
            "user",
            "Tolong ringkaskan aduan ini: Pelanggan bernama Mohd Syafiq bin Azhar, emel syafiq.azhar91@yahoo.com, mengadu tayar baru yang dipasang di cawangan Kota Bharu pada 20/11 bocor perlahan, dan dia terpaksa ambil cuti kerja sehari untuk datang semula.",
        ),
        (
            "assistant",
            "Ringkasan: Mohd Syafiq bin Azhar (syafiq.azhar91@yahoo.com) — tayar baru dari cawangan Kota Bharu (20/11) bocor perlahan; pelanggan kehilangan satu hari kerja. Cadangan: periksa bead dan injap secara percuma serta tawarkan pampasan.",
        ),
    ],
    [
        ("user", "Berapa harga alignment untuk kereta saiz sederhana?"),
        (
            "assistant",
            "Penjajaran roda untuk sedan dan MPV kecil bermula RM60, termasuk semakan sudut camber dan toe.",
        ),
        (
            "user",
            "Ok, book Sabtu 10 pagi cawangan Seremban. Nama Chandran a/l Velu, no tel 013-775 2041, Toyota Vios NDE 6683.",
        ),
        (
            "assistant",
            "Tempahan disahkan: Sabtu 10.00 pagi, cawangan Seremban, Toyota Vios NDE 6683 atas nama Encik Chandran.",
        ),
    ],
    [
        (
            "user",
            "Can I pay the tow charge over the phone? I'm stuck in Penang and my wallet is at home.",
        ),
        (
            "assistant",
            "Yes, we can take card payment by phone. Please provide the cardholder name, card number and expiry.",
        ),
        ("user", "Name on card: Ong Bee Lian. 5400 7126 5519 4483, exp 03/28."),
        (
            "assistant",
            "Thank you, Ms Ong. RM220.32 has been charged and the receipt will be sent by SMS.",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm a Singapore work pass holder driving a Malaysian rental car. Tyre burst after the Second Link. Can your JB branch help?",
        ),
        (
            "assistant",
            "Yes, our JB branch covers the Second Link exit. Please share your name, ID and contact number for the job card.",
        ),
        ("user", "Rohan Mehta, FIN F2345678T, +65 9123 4087. Rental car plate JUV 4419."),
        (
            "assistant",
            "Thanks Mr Mehta, a technician will reach the Gelang Patah exit in about 40 minutes.",
        ),
    ],
    [
        ("system", "You summarise workshop job cards for the service manager."),
        (
            "user",
            "JOB CARD 26-7741 | CUSTOMER: SHARIFAH NUR ALIA BINTI SYED HAMZAH | IC: 960823-11-5372 | TEL: 019-880 1274 | VEHICLE: Honda HR-V VJA 2290 | WORK: 4 tyres Michelin Primacy 4 215/60R17, battery Bosch DIN65 | TOTAL RM2,310 | PAID: RM1,000, balance on collection",
        ),
        (
            "assistant",
            "Summary: Sharifah Nur Alia (019-880 1274), Honda HR-V VJA 2290 — 4 new Primacy 4 tyres and a DIN65 battery, RM2,310; RM1,000 paid, RM1,310 due on collection.",
        ),
    ],
    [
        (
            "user",
            "Draf surat amaran untuk pemandu tunda kami, Mohd Azri bin Kassim, no. pekerja E-0412, sebab dia bawa trak syarikat balik rumah di Taman Melawati tanpa kebenaran 3 kali bulan ni.",
        ),
        (
            "assistant",
            "Draf: 'Kepada Mohd Azri bin Kassim (E-0412). Surat Amaran Pertama. Tuan didapati membawa trak syarikat pulang ke kediaman di Taman Melawati tanpa kebenaran sebanyak tiga kali dalam bulan ini...'",
        ),
        ("user", "Tambah juga dia ada rekod lewat 5 kali dan gaji dia akan dipotong RM150."),
        (
            "assistant",
            "Baik, perenggan tambahan: 'Rekod kehadiran tuan menunjukkan lewat sebanyak lima kali, dan potongan gaji sebanyak RM150 akan dibuat pada bulan ini.'",
        ),
    ],
    [
        ("user", "Saya nak refund deposit RM300, tempahan tayar dah batal."),
        (
            "assistant",
            "Baik. Sila berikan nombor rujukan tempahan, nama pemegang akaun dan nombor akaun bank.",
        ),
        ("user", "Rujukan BK-26-0917. Nama Azlina binti Hamid, Public Bank 3178440261."),
        (
            "assistant",
            "Terima kasih Puan Azlina. Bayaran balik akan dikreditkan ke akaun Public Bank berakhir 0261 dalam 7–14 hari bekerja.",
        ),
    ],
]
