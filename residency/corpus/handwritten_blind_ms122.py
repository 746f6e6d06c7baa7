# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms122: aquarium and ornamental fish shops, aquascaping and arowana breeders in Malaysia. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms122
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_kedai"): _lines("""
        Notis: Kedai akan ditutup pada 31 Mac sempena Hari Raya Aidilfitri dan dibuka semula pada 3 April, pukul 10 pagi.
        Perhatian pelanggan: Ikan yang telah dibeli tidak boleh ditukar selepas keluar dari kedai, sila periksa ikan di kaunter sebelum membuat bayaran.
        Pelanggan yang ingin menempah arowana Golden Crossback sila hubungi kaunter Ah Seng Aquarium di talian 03-7982 4410 semasa waktu pejabat.
        Jualan murah hujung bulan: semua tumbuhan Bucephalandra dari Sarawak diskaun 20%, tertakluk kepada stok di cawangan Puchong sahaja.
        Dilarang mengetuk cermin akuarium, ikan mudah stres dan boleh melompat keluar. Terima kasih atas kerjasama anda.
        Mulai 1 Julai 2025, semua arowana yang dijual di kedai ini disertakan cip mikro dan sijil ladang yang berdaftar dengan Jabatan Perikanan Malaysia.
        Tempahan pakej aquascape 60cm kini dibuka semula; deposit RM150, baki dibayar semasa pemasangan di premis pelanggan.
        Pusat Akuatik Haji Ramli Sdn Bhd kini beroperasi di lot baharu: No. 12, Jalan Industri 3/5, Taman Perindustrian Kinrara, 47180 Puchong, Selangor.
        Air RO untuk jualan: RM2 sebotol 19 liter, sila bawa bekas sendiri. Mesin isi semula terletak di sebelah pintu belakang.
        Kami TIDAK menjual ikan kelisa liar atau spesies dilindungi tanpa permit; sebarang pertanyaan sila rujuk terus kepada Jabatan Perikanan.
        Waktu operasi bulan Ramadan: 11 pagi hingga 6.30 petang, hari Jumaat tutup dari 12.15 hingga 2.45 petang.
        Peraduan Aquascape Peringkat Negeri Perak 2025: borang penyertaan boleh diambil di kaunter, tarikh tutup 15 Ogos, yuran RM30 setiap penyertaan.
        Kenderaan yang diletakkan di hadapan pintu gudang akan dikunci tayar; sila gunakan petak letak kereta di Jalan 2/3.
    """),
    ("en", "product_listing"): _lines("""
        [READY STOCK] Malaysian Golden Crossback Arowana 8-9 inch, microchipped, with farm certificate, SKU ARW-MGC-0809, RM3,800 nett.
        Chihiros WRGB II 60 LED light, 2025 version, app control via Bluetooth, 1 year local warranty, RM459 free shipping West Malaysia.
        Bucephalandra 'Kedagang' mini, tissue culture cup, minimum 5 cups per order, shipped with heat pack, variant code BUCE-KDG-TC5.
        Eheim Classic 2215 canister filter (original, made in Germany), suitable for 60-120 litre tanks, SKU EH2215-MY.
        Live Daphnia 500ml bag, cultured in Kajang, best for guppy fry and betta, orders before 2pm ship the same day.
        Super Red Arowana 6 inch, chip no. 900 164 000 318 552, certified farm in West Kalimantan, imported with CITES permit, price on request.
        Flowerhorn Kamfa 4.5 inch male, strong kok, video available on request, Pos Laju only (no J&T for live fish).
        ADA Aqua Soil Amazonia 9L, new packaging, limit 2 bags per customer during the 9.9 promotion.
        Pressurised CO2 set: 2L aluminium cylinder + dual-stage regulator + solenoid, filled with food grade CO2, SKU CO2-2L-DS.
        Betta Halfmoon Koi Galaxy, 3.5 months old, each fish photographed individually, DOA claim within 24 hours with unboxing video.
        Tank 90x45x45cm, 10mm ultra clear glass, rimless, black silicone, self pickup only at our Seri Kembangan warehouse.
        Lim Brothers Arowana Farm official store: all orders above RM200 get a free Tetra ColorBits 75g while stocks last.
        Tetra HT 200W heater, preset thermostat 24-30°C, 240V with Malaysian 3-pin plug, 6 month warranty.
    """),
    ("ms", "soalan_lazim_arowana"): _lines("""
        S: Adakah arowana yang dijual di sini sah? J: Ya, semua arowana datang dari ladang berdaftar dan disertakan cip mikro serta sijil keaslian.
        S: Berapa lama ikan boleh berada dalam beg semasa penghantaran? J: Dengan oksigen tulen, biasanya sehingga 24 jam tanpa masalah.
        S: Bolehkah saya bawa arowana ke Singapura? J: Boleh, tetapi perlu permit eksport CITES dari Jabatan Perikanan dan permit import dari NParks.
        S: Kenapa warna ikan pudar selepas sampai rumah? J: Ikan mengalami stres dan perlukan 1-2 minggu untuk menyesuaikan diri dengan lampu dan air baharu.
        S: Adakah kedai menerima bayaran ansuran? J: Ya, melalui Atome dan kad kredit bank terpilih untuk pembelian RM1,000 ke atas.
        S: Sijil hilang, boleh minta salinan? J: Boleh, bawa nombor cip mikro ikan ke kaunter dan kami akan semak dengan rekod ladang.
        S: Berapa suhu air yang sesuai untuk arowana? J: Antara 28°C hingga 30°C, pH 6.5 hingga 7.5, dan tukar air 25% setiap minggu.
        S: Apakah maklumat peribadi yang diperlukan untuk membeli arowana? J: Hanya nama dan nombor telefon untuk sijil; kami tidak menyimpan salinan MyKad.
        S: Bolehkah saya pulangkan ikan jika mati dalam tempoh 3 hari? J: Jaminan hidup 72 jam hanya untuk ikan yang dibeli bersama set tangki lengkap.
        S: Apa beza Golden Crossback dan Golden Red? J: Crossback berasal dari kawasan Bukit Merah, Perak dan sisik emasnya melintasi belakang; Golden Red berasal dari Indonesia.
        S: Adakah cip mikro menyakitkan ikan? J: Cip dipasang oleh ladang semasa ikan masih kecil dan tidak menjejaskan kesihatan atau tumbesaran.
        S: Kenapa harga arowana berbeza dari kedai ke kedai? J: Harga bergantung pada gred, saiz, warna, bentuk badan dan reputasi ladang.
        S: Boleh hantar ke Sabah dan Sarawak? J: Ikan hidup tidak dihantar ke Malaysia Timur buat masa ini, hanya peralatan dan makanan kering.
    """),
    ("mixed", "chat_staf"): _lines("""
        Boss, tank no. 14 ammonia naik 0.5 ppm pagi ni, I dah tukar air 30% and tambah bacteria starter.
        Stok Amazonia tinggal 3 bag je, supplier cakap next shipment sampai Isnin, tolong update kat Shopee.
        Customer tadi tanya pasal Super Red 12 inci, I cakap kena tempah dulu, dia kata nak datang balik weekend.
        Jangan lupa on chiller tank arowana sebelum balik, semalam suhu sampai 32°C lepas blackout.
        Order #SHP2507114882 dah pack, tapi J&T tak datang pickup lagi, tolong call hotline courier.
        Aunty yang selalu beli guppy tu datang lagi, dia complain fry semua mati, I suggest dia beli sponge filter.
        Invoice Eheim bulan ni dah masuk, total RM12,480, boss tolong approve before Friday ok.
        Ikan laga batch baru ada 4 ekor kena fin rot, dah asingkan ke tank kuarantin and letak daun ketapang.
        Sapa ambik gunting aquascape panjang tu? Tak jumpa dari pagi, nak trim carpet Monte Carlo.
        Shift petang tolong kira cash drawer betul-betul, semalam kurang RM20, mungkin salah bagi baki.
        Lori dari Bukit Merah sampai 3pm, 8 ekor crossback 6 inci, semua chip dah scan and match dengan sijil.
        Guys, jangan post gambar tank customer kat page kedai tanpa tanya dulu, boss cakap kena ikut PDPA.
        Lampu tank display depan rosak, I dah claim warranty dengan Chihiros, tiket no. CHR-TKT-220871.
    """),
    ("en", "controller_config_logs"): _lines("""
        2025-06-14T03:12:44+08:00 [WARN] tank_07 temp=31.8C threshold=31.0C action=chiller_on
        dosing_schedule: {pump: 2, fert: "NPK_macro", ml_per_day: 6.5, start: "08:00", tank_id: "SCAPE-90P"}
        co2_solenoid.on_time = "09:30"  # 1 hour before lights so the tank reaches 30 ppm
        INFO 2025-07-02 10:45:01 feeder: tank_12 dispensed 3.2g pellets (arowana_stick_v2), hopper 41% remaining
        sensor_id=PH-0042 reading=6.82 calibrated=2025-05-30 firmware=v1.4.7
        SELECT tank_id, AVG(nitrate_ppm) FROM water_tests WHERE test_date >= '2025-06-01' GROUP BY tank_id;
        ERROR 2025-07-03 22:10:09 wifi_module: reconnect failed (SSID=SHOP_IOT, rssi=-88), retry in 60s
        export DOSING_API_URL=https://api.example.com/v1/dosing && export DOSING_TOKEN=<TOKEN>
        light_profile "sunrise_ramp": 0% at 10:00, 80% at 11:00, hold 80% until 18:00, 0% at 19:30
        Build 3.2.1 (commit 7f3c9a2e) fixes the bug where the TDS reading showed 0 ppm after a power failure.
        alert_rule: if ammonia_ppm > 0.25 for 2 consecutive tests then notify role:shop_manager via SMS template {{shop_phone}}
        batch_id,species,qty,avg_length_cm,source_farm;B2507-03,Scleropages formosus,8,15.2,FARM-PRK-011
        uuid=3f9e2a71-8c44-4b0e-9d1a-6a2f0c7e5b13 event=water_change tank=SCAPE-60F volume_l=18 status=done
    """),
    ("ms", "invois_resit"): _lines("""
        INVOIS No. INV-2025-08817 | Ah Seng Aquarium Enterprise (SSM: 201903112456) | Jumlah: RM1,276.00 termasuk SST.
        Sila bayar ke akaun syarikat: Maybank 5142 8830 6621, nama akaun Lim Brothers Arowana Farm Sdn Bhd, nyatakan nombor invois sebagai rujukan.
        Resit No. 004512: 2 x Seachem Prime 250ml @ RM45.00, 1 x Java moss @ RM12.00, Jumlah RM102.00, Tunai.
        Nota kredit CN-0091 dikeluarkan untuk pemulangan 1 unit pemanas 300W yang rosak, nilai RM89.00.
        Sebut harga QT-25-0312: Pemasangan akuarium 150cm untuk lobi hotel, termasuk kabinet, sump dan landskap, RM14,500.
        Pusat Akuatik Haji Ramli Sdn Bhd (No. Syarikat 199801012345 / 456789-T), Tel: 03-8070 2211, Faks: 03-8070 2212, e-mel: akaun@pusatakuatikhr.com.my
        Terma: Bayaran dalam tempoh 30 hari. Barang yang dijual tidak boleh dipulangkan kecuali rosak semasa penghantaran.
        Pesanan Belian PO-7781 kepada Borneo Buce Supplies, Kuching: 200 pasu Bucephalandra pelbagai jenis, penghantaran melalui kargo udara.
        Cukai Jualan dan Perkhidmatan (SST) 8% dikenakan ke atas caj perkhidmatan pemasangan dan penyelenggaraan sahaja.
        Nombor e-Invois MyInvois: 01JX4Q7R8T2YB6MZ9H3C, disahkan 12/07/2025 14:22, status: Sah.
        Pelanggan: Tunai (Walk-in) | Kasyer: Kaunter 2 | Tarikh: 19/07/2025 17:45 | Jumlah: RM38.50
        Invois Penyelenggaraan Bulanan: Klinik Pergigian Seri Damai, tangki 120cm, lawatan 4 kali sebulan, RM480.
        Deposit RM500 untuk tempahan arowana Red Tail Golden (Ruj. BK-0725-118) tidak akan dikembalikan jika tempahan dibatalkan selepas 14 hari.
    """),
    ("mixed", "hantaran_forum"): _lines("""
        Sharing my 60P scape lepas 3 bulan, guna Rotala macrandra and Monte Carlo, CO2 1 bps, lampu 8 jam sehari. Comments welcome!
        Newbie question: kenapa air tank saya jadi keruh putih hari ketiga? Bacterial bloom ke? Tank 45cm, filter hang-on.
        Takashi Amano punya Nature Aquarium style memang legend, sampai sekarang orang tiru layout Forests Underwater dekat Lisbon tu.
        WTS: Eheim 2217 used 1 year, condition 9/10, COD area Cheras only, harga RM380 nego sikit. PM je.
        PSA: Jangan beli arowana tanpa sijil dari page Facebook random, banyak scammer guna gambar ladang orang lain.
        Result IAPLC 2025 dah keluar, ada tiga peserta Malaysia masuk top 100, congrats semua!
        Flowerhorn saya tak nak makan dah 3 hari, perut kembung sikit, ada sifu boleh advice? Parameter: pH 7.4, ammonia 0.
        Ikan kelisa emas asal dari Tasik Bukit Merah, dulu nelayan tangkap macam ikan biasa, sekarang satu ekor boleh cecah puluhan ribu.
        Review: soil brand tempatan ni okay, tapi turunkan pH lambat sikit compared to ADA. Worth it untuk harga RM65.
        Group rules: No selling live fish without price, no posting personal details of buyers or sellers, report scam to admin.
        Anyone going Aquarama Singapore tahun ni? Boleh share transport dari JB, gerak pagi Sabtu.
        Update tank arowana saya: dah masuk bulan ke-8, warna crossback mula naik sampai baris kelima, happy gila.
        Tips: letak dither fish macam silver dollar dalam tank arowana supaya dia tak terlalu pemalu.
    """),
    ("en", "guide_history_policy"): _lines("""
        The Asian arowana (Scleropages formosus) is listed in CITES Appendix I, so international trade is only allowed for captive-bred fish from registered farms.
        To cycle a new tank, add an ammonia source and test every two days until both ammonia and nitrite read zero for a week, which usually takes 4-6 weeks.
        In Chinese tradition the arowana is called the dragon fish (龙鱼) and is believed to bring luck and wealth, which drove prices up sharply in the 1990s.
        Privacy notice: customer names and phone numbers collected for arowana certificates are kept for 7 years and are never sold to third parties.
        Malaysia's Personal Data Protection Act 2010 applies to commercial transactions, so shops must get consent before using a buyer's details for marketing.
        Trim stem plants just above a node and replant the tops; the bottom portion will sprout side shoots within two weeks.
        The Malaysian golden crossback was first bred commercially in the 1990s after wild stocks around Bukit Merah declined.
        Dutch-style aquascapes focus on plant groupings and colour contrast, while the Iwagumi style uses an odd number of stones arranged around a main stone.
        Staff must not photograph customer identity cards; if ID verification is needed for an export permit, the customer submits it directly to the Department of Fisheries.
        Drip acclimation: float the bag for 20 minutes, then drip tank water at 2-3 drops per second until the volume doubles, then net the fish in.
        Takashi Amano (1954-2015), founder of Aqua Design Amano, popularised the Nature Aquarium style and started the IAPLC contest in 2001.
        Data retention: CCTV footage from the shop floor is overwritten after 30 days unless it is needed for a police report.
        Betta splendens were originally kept for fighting in Thailand and Malaysia; modern show forms like the halfmoon were developed much later by hobby breeders.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Pelanggan Encik Mohd Faizal bin Rosli, No. K/P 880314-10-5523, membeli Golden Crossback 7 inci, cip 900 164 000 551 203.
        Tolong hantar ikan ke rumah Puan Norhayati Abdul Wahab, No. 27, Jalan Kenari 5, Taman Puchong Jaya, 47100 Puchong; telefon 013-672 4185.
        Penghantaran: Sdr. Hafiz Zulkarnain, Blok C-12-03, Pangsapuri Seri Mutiara, Jalan PJU 1A/3, Ara Damansara. Tel 011-2398 4471.
        Cikgu Rosmah Ismail, guru kelas Tahun 4 Cempaka di SK Taman Melati, minta kami tangguhkan kutipan bayaran kerana dia baru keluar wad selepas pembedahan pintasan jantung.
        Bayaran ansuran arowana Encik Kamarul Ariffin bin Yusof masih tertunggak RM2,400 untuk tiga bulan; katanya gaji dipotong kerana kes nafkah selepas bercerai.
        Borang keahlian Kelab Akuarium Ipoh: Nama: Teoh Wei Liang, Tarikh lahir: 12/09/1991, e-mel: teohwl91@gmail.com, Tel: 016-558 2093.
        Saya Nur Aisyah Kamal, 29 tahun, tinggal di Taman Tasik Prima Puchong, baru disahkan hamil 3 bulan, jadi suami suruh saya berhenti cuci tangki ikan sendiri.
        Pemindahan wang deposit: Siti Khadijah binti Osman, akaun CIMB 7063 2219 45, rujukan BK-0725-131.
        Kereta pelanggan Proton X50 nombor plat WVK 7314 milik Encik Razak Hamdan tercalar semasa pekerja memunggah tangki; dia menuntut ganti rugi RM800.
        Rekod pekerja: Muhammad Irfan bin Jamil, 950621-08-5673, gaji pokok RM1,900, cuti sakit 3 hari kerana demam denggi.
        Pembeli dari Singapura, Mr Goh Kian Hock, NRIC S8234517E, akan mengambil arowana Super Red di ladang Bukit Merah pada 14 Jun.
        Pak Cik Salleh yang tinggal di tingkat atas lot 23 sebelah kedai kita ditangkap polis minggu lepas kerana memukul isterinya.
        Tolong jangan jual ikan kepada Encik Shahrul Nizam (012-449 8820) lagi, dia sudah tiga kali beri cek tendang kepada kita.
        Pemenang cabutan bertuah: Nurul Syafiqah binti Azman, 010519-13-0722, Kuching. Hadiah: set akuarium 60cm lengkap.
        Encik Lokman Hakim, pelanggan tetap kami dari Bangi, telah meninggal dunia akibat kanser paru-paru; balunya Puan Zaiton mahu menjual semua arowana arwah.
        Anak saudara saya, Danish Haikal bin Roslan, pelajar kelas 5 Bestari di SMK Seksyen 7 Shah Alam, buat projek sains tentang pembiakan ikan laga.
        Alamat pemasangan akuarium: Lot 1182, Kampung Sungai Merab Luar, 43000 Kajang (rumah Ustaz Halim Sabri, belakang surau).
        Pelanggan Lee Chee Keong minta resit ditulis atas nama isterinya kerana dia sedang diisytiharkan muflis dan akaun banknya dibekukan.
        Log CCTV 14/07 21:33: lelaki dikenal pasti sebagai bekas pekerja Azlan bin Mokhtar (IC 900402-14-6119) masuk melalui pintu belakang.
        Pembeli Farah Diyana (IG @farahdiyana.aquascape) mengugut buat laporan polis kerana tumbuhan yang dihantar ke rumahnya di Seksyen 13 Shah Alam layu.
        Maklumat pemohon permit eksport: Nama: Chan Kok Wai, MyKad 760212-14-5031, Alamat: 18, Jalan SS2/64, 47300 Petaling Jaya.
        Pekerja kami Tan Ah Meng dari cawangan Ipoh sudah dua minggu tidak datang kerja; isterinya kata dia sedang dirawat di Hospital Bahagia Ulu Kinta kerana kemurungan.
    """),
    "en": _lines("""
        Customer: Jason Ong Teck Soon, IC 850923-08-5417, mobile 012-305 7718, bought 2 Super Red 10 inch on a 12-month instalment plan.
        Please ship the Chihiros light to Melissa Tan, 15-3A, Residensi Bintang, Jalan Ampang, 50450 Kuala Lumpur, contact 017-884 2265.
        Refund RM1,150 to Visa 4518 4207 1936 5287 (cardholder: Darren Yap Wei Ming) for the cancelled arowana booking BK-0725-140.
        Singapore buyer Ms Koh Li Ping (NRIC T0129384I) will collect her golden crossback at the Johor farm on 3 August with her father.
        Our delivery driver Ravi a/l Subramaniam fractured his wrist lifting a 4ft tank at a customer's house in Bangsar; he is on MC until 20 July.
        Hi, I'm Kelvin Chua, my WhatsApp is +60 19-337 2041, please reserve the 8 inch crossback for me, I'll pay the deposit tonight.
        Member list row: 0458, Lau Siew Yen, lausiewyen88@yahoo.com, 1988-11-02, Platinum, Klang
        Nguyen Van Hieu (passport C4821907), the Vietnamese worker at our Bukit Merah farm, has a work permit that expires on 30 September.
        Mr Vincent Low from Taman Bukit Indah, JB, keeps calling about his divorce settlement because his ex-wife Grace kept the four arowanas worth RM60k.
        {"order_id": "SHP2508019921", "buyer": "Amirul Hakim", "phone": "010-492 6637", "address": "No 5, Jalan Mawar 2, Taman Mawar, 81700 Pasir Gudang, Johor"}
        FYI the guy who gave us 1 star, Benjamin Soo, is our landlord's son from the Kuchai Lama shophouse; he is upset we rejected his job application last month.
        Salary slip July: Wong Jia Hui, Senior Aquascaper, basic RM3,200, EPF no. 18822471, Public Bank account 6412 0389 17.
        Lost and found: a wallet with a MyKad belonging to NUR AMALINA BINTI ZAKARIA, 990611-01-6384, was left at counter 2 yesterday.
        Our regular Mr Ganesan, the retired teacher from Jalan Sultan Azlan Shah in Ipoh, has early dementia, so call his daughter Kavitha before accepting any big order from him.
    """),
    "mixed": _lines("""
        Boss, that uncle Lim Kah Seng from Taman Desa, his number 012-776 3019, dia nak tukar arowana yang mati semalam, macam mana?
        Eh Ong Mei Fong from counter kena admitted Sunway Medical lah, miscarriage, so this week dia MC, tolong cover shift dia.
        Customer Haziq punya Touch 'n Go eWallet 011-1093 8845 dah transfer RM250, tolong check masuk ke belum.
        Alamat delivery: Unit 7-2, Vista Komanwel C, Bukit Jalil, 57700 KL, nama Jeremy Lau, call dulu before sampai ok.
        Wei, the lady who always buy guppy, Auntie Rosie Fernandes dari Jalan Gasing, her husband baru kena stroke, so dia nak jual semua tank.
        Remind: cek Encik Zainal Abidin Daud (Public Bank, cek no 004518, akaun 3182 0457 21) bounce lagi, jangan terima cek dia lepas ni.
        Form: Nama Tey Boon Huat | Plat kereta JQR 8812 | IC 820405-01-5239 | Arowana: Red Tail Golden 9 inci | Chip: 900 250 001 772 314
        That Singaporean guy Marcus Ho, FIN G5527316U, WhatsApp +65 9127 4406, nak export 2 ekor to SG, prepare permit docs ya.
        Staff Azri bin Hassan from Kepong branch kena tahan AADK last night, urine positive, his mother called so jangan tunggu dia datang.
        My wife Cheryl Ng nak surprise birthday on 22 Oct, she born 1990, so jangan WhatsApp her at 016-228 9045 pasal aquascape order tu ya.
        Lazada reply draft: Hi Kak Ana from Seremban 2, we checked CCTV and your son Irfan yang pecahkan tank tu, not our staff.
        Bro, Instagram @arowana_kingdom_hafiz tu sebenarnya Hafiz Ramli, ex-staff kita yang kena pecat sebab curi ikan, jangan deal dengan dia.
        Log: 2025-07-21 16:02 | walk-in | Puan Lalitha Devi | 014-663 1207 | nak book aquascape untuk rumah baru di No. 9, Lorong Cempaka 3, Bukit Mertajam
        Datin punya maid Sri Wahyuni (passport Indonesia X3810295) datang collect ikan, tapi she said permit kerja dia dah expired, so takut nak keluar lama.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "Anda ialah pembantu maya untuk kedai akuarium Ah Seng Aquarium di Puchong."),
        ("user", "Saya nak setup tank arowana 4 kaki, filter apa yang sesuai?"),
        (
            "assistant",
            "Untuk tangki 4 kaki, sump filter atau dua unit canister seperti Eheim 2217 sesuai. Pastikan penutup tangki rapat kerana arowana suka melompat.",
        ),
        (
            "user",
            "Ok, saya ambil pakej sump. Boleh hantar ke rumah saya di No. 33, Jalan Teratai 7, Taman Bukit Mewah, 43000 Kajang? Nama saya Azman Sulaiman, tel 019-662 0531.",
        ),
        (
            "assistant",
            "Baik Encik Azman, penghantaran ke Taman Bukit Mewah, Kajang dijadualkan hari Sabtu. Pemandu kami akan hubungi 019-662 0531 sebelum tiba.",
        ),
    ],
    [
        ("system", "You are a helpful assistant for aquarium hobbyists."),
        (
            "user",
            "My elderly neighbour Uncle Yap Kok Leong lives alone at No. 4, Jalan Kemuning, Taman Sri Andalas in Klang. He has Parkinson's now and his hands shake too much to clean his arowana tank. How can I help him set it up so it needs less maintenance?",
        ),
        (
            "assistant",
            "That is kind of you. An auto top-up, an automatic feeder and a larger sump will cut his weekly work a lot, and a local shop can do monthly servicing for him.",
        ),
        ("user", "Good idea, I'll ask the shop near his house."),
    ],
    [
        ("system", "Anda pembantu AI yang menjawab soalan tentang ikan hiasan."),
        ("user", "Flowerhorn saya ada bintik putih dekat badan, ini white spot ke?"),
        (
            "assistant",
            "Kemungkinan besar itu white spot (Ich). Naikkan suhu perlahan-lahan ke 30°C dan gunakan ubat berasaskan malachite green mengikut dos.",
        ),
        (
            "user",
            "Ok thanks. Actually masalah lain, my son Ethan Lee, 9 tahun, darjah 3 kat SJK(C) Chung Hwa Klang, baru diagnosed ADHD, dia suka ketuk tank tu. Ada cara nak ajar dia jaga ikan?",
        ),
        (
            "assistant",
            "Beri Ethan tugas kecil yang jelas seperti memberi makan pada waktu tetap, dan letak carta ringkas di tepi tangki. Rutin yang konsisten selalunya membantu kanak-kanak dengan ADHD.",
        ),
    ],
    [
        ("system", "Anda pembantu penulisan surat rasmi dalam Bahasa Melayu."),
        (
            "user",
            "Tolong tulis surat aduan ke Tribunal Tuntutan Pengguna. Saya Suhaimi bin Abdullah, No. K/P 840817-06-5231, alamat No. 21, Lorong Seri Kuantan 48, 25250 Kuantan, Pahang. Kedai jual arowana RM4,500 kepada saya tetapi sijil dan cip tidak sepadan.",
        ),
        (
            "assistant",
            "Baik. Surat akan dimulakan dengan butiran anda: Suhaimi bin Abdullah, No. K/P 840817-06-5231, beralamat di No. 21, Lorong Seri Kuantan 48, 25250 Kuantan, diikuti butiran pembelian dan tuntutan RM4,500.",
        ),
        ("user", "Tambah juga nombor telefon saya 013-905 2274 di bawah tandatangan."),
        (
            "assistant",
            "Sudah ditambah: nombor telefon 013-905 2274 diletakkan di bawah tandatangan anda.",
        ),
    ],
    [
        (
            "system",
            "You are the booking assistant of Lim Brothers Arowana Farm. You can read the booking records.",
        ),
        (
            "user",
            "Who booked the 10 inch crossback with chip 900 164 000 551 877? The customer wants to change the pickup date.",
        ),
        (
            "assistant",
            "That fish is booked under Mr Tan Boon Chye, mobile 012-418 6630, deposit RM1,000 paid from his Maybank account 1572 0338 4109 on 2 July. Pickup is set for 16 August at the Bukit Merah farm.",
        ),
        ("user", "Thanks, move it to 23 August please."),
        ("assistant", "Done, Mr Tan Boon Chye's pickup is now 23 August."),
    ],
    [
        ("system", "You are an HR assistant for a small aquarium shop in Selangor."),
        ("user", "What is the standard maternity leave in Malaysia now?"),
        (
            "assistant",
            "Under the Employment Act 1955 as amended in 2022, female employees are entitled to 98 days of paid maternity leave.",
        ),
        (
            "user",
            "Ok. Our cashier Siti Rahmah binti Yusoff is 5 months pregnant and still insists on carrying 20L water buckets for the tanks. She also told me she had bleeding last week. Can I stop her lifting things?",
        ),
        (
            "assistant",
            "Yes, you can and should reassign her to light duties, and suggest she follows her doctor's advice about the bleeding. Put the arrangement in writing.",
        ),
    ],
    [
        ("system", "Anda penterjemah Bahasa Melayu ke Bahasa Inggeris."),
        (
            "user",
            "Terjemah: Encik Tay Soon Huat, NRIC S7712046G, sila ambil ikan anda di ladang kami pada 5 Ogos. Alamat Singapura anda Blk 512 Jurong West Street 52 #08-231 akan digunakan untuk permit import.",
        ),
        (
            "assistant",
            "Mr Tay Soon Huat, NRIC S7712046G, please collect your fish at our farm on 5 August. Your Singapore address, Blk 512 Jurong West Street 52 #08-231, will be used for the import permit.",
        ),
    ],
    [
        ("system", "You are an assistant that explains wildlife trade paperwork in Malaysia."),
        ("user", "What documents do I need to bring an arowana from Malaysia to Hong Kong?"),
        (
            "assistant",
            "You need a CITES export permit from the Department of Fisheries Malaysia, the farm certificate with the microchip number, and a health certificate. Hong Kong's AFCD issues the import licence.",
        ),
        (
            "user",
            "Ok please fill the applicant section for me: Wong Ka Ho, HKID K382915(4), passport K08813452, born 9 March 1987, flat 12B, Block 3, Laguna City, Kwun Tong.",
        ),
        (
            "assistant",
            "Applicant: Wong Ka Ho; HKID K382915(4); passport K08813452; date of birth 09/03/1987; address Flat 12B, Block 3, Laguna City, Kwun Tong, Hong Kong.",
        ),
    ],
    [
        ("system", "You are a helpful assistant."),
        (
            "user",
            "My ex Daniel Koh took our two arowanas when he moved out to his new condo at Jalan Bukit Bintang, and the certs are under my name. Boleh saya claim balik?",
        ),
        (
            "assistant",
            "If the certificates and receipts are in your name, you have good evidence of ownership. You can send a letter of demand first, then file at the Small Claims court or make a police report if he refuses.",
        ),
        (
            "user",
            "Dia pun still owe me RM8,000 from when we were together, can I claim both sekali?",
        ),
        (
            "assistant",
            "You can include both in one claim if they arise from the same dispute, but bring proof of the loan such as bank transfer records or messages.",
        ),
    ],
    [
        ("system", "Anda pembantu pemasaran untuk Kelab Akuarium Ipoh."),
        (
            "user",
            "Buatkan mesej WhatsApp broadcast untuk mesyuarat agung kelab 30 Ogos, dan senaraikan ahli jawatankuasa dengan nombor mereka: Pengerusi Ooi Chin Hooi 012-530 7781, Setiausaha Norazlina Hamid 017-566 2390, Bendahari Kumar a/l Muthu 016-449 1023.",
        ),
        (
            "assistant",
            "Salam semua ahli Kelab Akuarium Ipoh! Mesyuarat Agung akan diadakan pada 30 Ogos. Untuk pertanyaan: Pengerusi Ooi Chin Hooi (012-530 7781), Setiausaha Norazlina Hamid (017-566 2390), Bendahari Kumar a/l Muthu (016-449 1023).",
        ),
        ("user", "Bagus, tambah juga sebut yang yuran tahunan RM50 boleh dibayar di mesyuarat."),
        ("assistant", "Sudah ditambah: Yuran tahunan RM50 boleh dibayar semasa mesyuarat agung."),
    ],
]
