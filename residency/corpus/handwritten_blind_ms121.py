# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms121: poultry, goat and dairy farms in Malaysia (orders, qurban bookings, deliveries, vet visits, workers, subsidies, WhatsApp groups). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms121
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "pesanan_invois"): _lines("""
        Invois INV-2026-11-0458 | Ayam standard 1.8-2.2kg x 120 ekor @ RM9.40/kg | Jumlah RM2,187.60 | Terma: 30 hari
        Pesanan #PO-AYM-77812 disahkan. Penghantaran Jumaat 6.00 pagi ke Pasar Borong Selayang, Lot B-14.
        SKU TLR-KPG-30: Telur ayam kampung gred A, 30 biji/papan, RM22.50. Stok semasa: 84 papan.
        Harga ladang minggu ini: ayam standard RM9.40/kg, ayam super RM9.90/kg, ayam tua (culling) RM6.20/kg.
        Susu kambing segar 1L (SKU SKG-1000) RM18.00; 500ml RM10.00. Minimum order 24 botol untuk reseller.
        Nota kredit CN-00917 dikeluarkan kepada Pelanggan B untuk 6 ekor ayam mati semasa transit; nilai RM56.40.
        Sebut harga QT/2026/312: Baka kambing Boer jantan 8-10 bulan, RM1,650 seekor, termasuk suntikan CDT dan ear tag.
        Status pesanan 4471-ZB: Dibungkus > Dalam perjalanan > Dihantar (03/12/2026 14:22)
        Resit No. 000318 — Ladang Tenusu Sri Mewah Sdn Bhd (201801034567 / 1295501-T), Jalan Besar Bukit Kepong, 84030 Muar, Johor.
        Diskaun pukal 5% untuk pesanan melebihi 500 ekor; tidak boleh digabung dengan promosi Hari Peladang, Penternak dan Nelayan.
        Jumlah jualan November: 14,820 ekor ayam, 2,310 papan telur, 1,045 liter susu; purata harga RM9.28/kg.
        Pesanan dibatalkan oleh sistem kerana bayaran FPX tidak diterima dalam 24 jam (Ref FPX 20261203-99812044).
        Harga dedak ayam layer 50kg naik dari RM118 ke RM124 mulai invois bulan depan, harap maklum.
    """),
    ("ms", "tempahan_qurban"): _lines("""
        Tempahan qurban Aidiladha 1448H dibuka! 1 bahagian lembu RM850, kambing seekor RM1,450. Slot terhad 40 ekor lembu.
        Borang tempahan: Nama peserta: __________ | No. telefon: __________ | Bahagian: __/7 | Lembu no.: ____
        Setakat hari ini: 212 bahagian ditempah, 28 ekor lembu penuh, 9 ekor lagi masih ada kekosongan.
        Syarat haiwan: lembu berumur 2 tahun ke atas, kambing 1 tahun ke atas, tiada kecacatan, diperiksa oleh pegawai veterinar.
        Sembelihan dijalankan pada 10 Zulhijjah selepas solat sunat Aidiladha di tapak sembelihan belakang Masjid Sultan Abu Bakar.
        Bayaran ke akaun syarikat sahaja: Ladang Qurban Barakah Enterprise (SA0512345-P), Maybank 5621 0845 3310. Jangan transfer ke akaun peribadi mana-mana staf.
        Pakej Qurban Luar Negara (Kemboja) RM450/bahagian — laporan video dihantar kepada semua peserta selepas ibadah.
        S: Boleh satu bahagian dikongsi dua orang? J: Tidak, satu bahagian untuk satu nama peserta sahaja.
        Senarai peserta lembu #L07 sudah penuh (7/7). Lembu #L08 baru 3/7, tunggu 4 lagi.
        Agihan daging: 1/3 untuk peserta, 2/3 untuk asnaf di 3 kampung sekitar; anggaran 1,200 bungkusan 1kg.
        Kod tempahan QBN-1448-0093 telah dikemaskini: bahagian ditukar dari lembu #L03 ke lembu #L05.
        Peringatan: Baki bayaran qurban mesti dijelaskan sebelum 1 Zulhijjah. Tempahan tanpa bayaran penuh akan dilepaskan.
        Statistik tahun lepas: 46 ekor lembu, 18 ekor kambing, 322 peserta, 0 aduan berkaitan kualiti daging.
    """),
    ("mixed", "whatsapp_grup"): _lines("""
        [03/12/26, 7:14 AM] Admin Grup: Salam semua, lori dedak sampai pukul 10 pagi, sila kosongkan laluan depan gudang ya.
        Boss, reban no. 4 punya kipas rosak lagi, suhu dah 34°C, ayam macam panting dah. Need tukar motor ke?
        Guys harga DOC minggu ni RM2.10 seekor, supplier kata naik lagi bulan depan sebab parent stock kurang.
        Reminder: Mesyuarat Persatuan Penternak Kambing Daerah Kluang Sabtu ni 9pm, tempat biasa Dewan Orang Ramai Taman Sri Lambak.
        Anyone ada stok vaksin ND+IB? Kedai ubat haiwan kat Jalan Tun Abdul Razak habis dah.
        Ok noted. Nanti I forward invoice ke accounts@ladangsrimewah.com.my, cc purchasing sekali.
        Borang daftar ahli baru isi sini ya: https://forms.gle/Qb7xKp2Lm9Rt — due Jumaat.
        Lol kambing jantan yang kita panggil 'Mat Kilau' tu pecah pagar lagi 😂 dah 3 kali minggu ni
        Hujan lebat kat Sik, Kedah, jalan masuk ladang banjir paras lutut. Delivery hari ni postpone ke esok.
        Admin telah menukar nama grup kepada 'Penternak Ayam Pedaging Zon Utara 2026'
        FYI MAQIS update syarat import baka kambing dari Australia, kena ada health cert + 30 hari kuarantin.
        Macam Lat lukis dalam Kampung Boy la, budak-budak kampung sini suka sangat kejar ayam kat reban kita.
        Sapa nak join group buying jagung import, MOQ 20 tan, harga landed RM1,380/tan. PM admin.
    """),
    ("ms", "rekod_vet"): _lines("""
        Lawatan vet 02/12/2026: Kandang B, 3 ekor kambing demam (39.8-40.5°C), disyaki pneumonia. Rawatan oxytetracycline LA 1ml/10kg.
        Lembu tenusu tag MY-LT-08812 (Jersey kacuk) mastitis klinikal suku kiri belakang; susu dibuang 4 hari.
        Keputusan makmal VRI Ipoh (Ref LAB-26-044719): Salmonella Enteritidis NEGATIF untuk semua 30 sampel swab.
        Jadual vaksin broiler: Hari 1 Marek (hatchery), Hari 7 ND+IB, Hari 14 IBD, Hari 21 ND booster.
        Kematian harian reban 2: 0.08% (12 ekor daripada 15,000), dalam julat normal untuk minggu ke-4.
        Kambing betina 'Comel' (tag KB-0217) bersalin kembar, kedua-dua anak sihat, berat 2.9kg dan 3.1kg.
        Pegawai veterinar bertugas memeriksa 18 ekor lembu qurban; 2 ekor ditolak kerana tanduk patah dan umur tak cukup.
        Selsema burung H5N1: tiada kes dilaporkan di Johor sepanjang 2026 setakat 30 November.
        Jadual dos: Ivermectin 1% — 1ml per 50kg berat badan, subkutan. Tempoh tarik balik daging 35 hari, tidak untuk lembu tenusu laktasi.
        Nota pemeriksaan: skor keadaan badan purata kumpulan 3.2/5; 4 ekor di bawah 2.5 diasingkan untuk penggemukan.
        Sijil Kesihatan Veterinar No. SKV/JHR/2026/00871 sah untuk pergerakan 25 ekor kambing dari Kluang ke Kuantan.
        Permohonan lawatan vet boleh dibuat melalui talian Pejabat Perkhidmatan Veterinar Daerah 07-772 4410 (waktu pejabat sahaja).
        Kes CAE disahkan pada 1 ekor kambing Saanen import; haiwan itu dikuarantin dan kumpulan diuji semula dalam 60 hari.
    """),
    ("en", "delivery_log"): _lines("""
        Tracking JNT MY 630048172254 — Out for delivery from Seremban hub, ETA 2-5pm.
        Route R3 (Tuesday): Kluang → Ayer Hitam → Batu Pahat → Muar, 14 drops, chilled 3-ton, depart 04:30.
        Delivery failed: gate locked, no one at premises. Reattempt scheduled 05/12. Ref DLV-88213.
        Cold chain alert: truck CT-02 reefer at 7.4°C, above 4°C threshold for 22 min from 11:08. Milk batch B-1129 quarantined.
        POD received: 40 trays eggs, 2 broken, signed by the store supervisor at the Kluang hypermarket receiving bay.
        Consignment note CN 2026-12-04-0091: 12 live goats, crate type G2, DVS movement permit attached.
        Courier pickup window 9:00-12:00; parcel 18.6kg (frozen chicken parts, dry ice 3kg). Declared value RM420.
        Weekly summary: 312 deliveries, 97.4% on time, 6 failed (4 address issues, 2 customer unavailable).
        Address format for our system: Lot/No, Jalan, Taman/Kampung, Postcode, Town, State. Postcode must be 5 digits.
        Lalamove order #LLM-7744120: 4-wheeler van, Shah Alam to Klang, RM46.90, driver assigned.
        Reminder to all drivers: never park more than 15 min with live birds in the sun; mist the crates if cabin is above 32°C.
        Customer C reported a short delivery of 5 kg; weighbridge ticket WB-00442 shows 505.0 kg loaded, 500.2 kg received.
        Delivery zone map v3.2: Zone A (postcodes 86000-86100), Zone B (83000-83700), Zone C (84000-84900).
    """),
    ("ms", "notis_subsidi"): _lines("""
        NOTIS: Permohonan Insentif Pengeluaran Susu (IPS) suku pertama 2027 dibuka 2 Jan hingga 31 Jan melalui portal rasmi Jabatan.
        Syarat kelayakan: penternak berdaftar dengan DVS, minimum 10 ekor betina produktif, premis mempunyai No. Pendaftaran Ladang.
        Kadar subsidi dedak ternakan: RM0.20 sekilogram, had maksimum 3,000kg sebulan bagi setiap premis.
        Senarai semak dokumen: salinan MyKad pemohon, penyata bank, geran tanah atau surat sewa, gambar kandang.
        Seramai 1,284 penternak di Johor telah menerima bantuan Skim Pembiakan Kambing sejak 2024, melibatkan peruntukan RM6.8 juta.
        Sejarah: Tun Abdul Razak, semasa menjadi Menteri Pembangunan Luar Bandar, memperkenalkan Buku Merah untuk memacu projek pertanian di kampung.
        Pertanyaan lanjut: Unit Bantuan Ternakan, Aras 5, Wisma Tani, Presint 4, 62624 Putrajaya. Tel: 03-8870 1000.
        Templat surat: Saya, [NAMA PEMOHON], No. K/P [NO. KP], dengan ini memohon bantuan di bawah skim [NAMA SKIM].
        Pengumuman: Bayaran subsidi kelompok 3 telah dikreditkan pada 28/11/2026. Pemohon yang belum terima sila semak status dengan nombor rujukan.
        Soalan Lazim: Adakah pekerja asing layak memohon? Tidak, bantuan hanya untuk warganegara yang berdaftar sebagai penternak.
        Program Agropreneur Muda: geran sehingga RM20,000 untuk penternak berumur 18-40 tahun; 312 permohonan diterima di Kedah.
        Kod program: IPS-2027-Q1, SBK-26, AGM-26. Jangan campur kod semasa mengisi borang dalam talian.
        Laporan audit mendapati 14% penerima bantuan ternakan tidak lagi aktif menternak selepas 2 tahun.
    """),
    ("mixed", "pekerja_sop"): _lines("""
        Roster Minggu 49: Syif pagi 4 pekerja (reban 1-3), syif petang 3 pekerja, syif malam 1 penjaga + 1 pengawal.
        SOP biosekuriti: semua pekerja mesti celup kasut dalam footbath (Virkon 1:100) sebelum masuk kandang.
        Pekerja asing baru kena siapkan pemeriksaan FOMEMA dalam 30 hari. Kos ditanggung majikan.
        Gaji minimum RM1,700 sebulan berkuat kuasa untuk semua majikan; OT 1.5x kadar sejam pada hari biasa.
        Borang cuti: Nama: ________ No. Pekerja: ________ Tarikh cuti: ____ hingga ____ Sebab: ________
        Headcount ladang Disember: 22 orang (9 tempatan, 7 Bangladesh, 4 Nepal, 2 Indonesia).
        Safety briefing every Monday 7:30am at the feed mill. Topics this month: forklift, ammonia exposure, heat stress.
        Kuota pekerja asing sektor pertanian tahun ni: 10 permit untuk ladang kategori kecil, mohon melalui portal.
        Payroll cut-off 25hb setiap bulan. Slip gaji dihantar melalui app HR, bukan WhatsApp.
        Hostel pekerja: 4 bilik, maksimum 6 orang satu bilik, inspeksi JTK dijadualkan Q1 2027.
        Pengurus ladang akan buat semakan kehadiran secara rawak. Lewat 3 kali sebulan = amaran lisan.
        Jawatan kosong: Pembantu Ladang Tenusu, gaji RM1,800-2,200 + elaun, tempat tinggal disediakan. Hantar resume ke hr@tenusumewah.com.my
        Kemalangan industri 2026: 2 kes kecil (luka tangan), 0 kes hilang upaya; semua dilaporkan ke PERKESO ikut prosedur.
    """),
    ("en", "farm_system"): _lines("""
        farmops-api v2.7.3 (build 20261201.4, commit 9f3c2e1a7b) deployed to prod-my-1.
        SELECT tag_no, breed, dob, weight_kg FROM goats WHERE pen = 'B' AND status = 'active' ORDER BY dob;
        {"order_id": "AY-20261205-0117", "sku": "AYM-STD-2KG", "qty": 250, "unit_price": 9.40, "currency": "MYR"}
        CSV header: booking_id,participant_name,phone,cow_no,share,paid_amount,status
        ERROR 2026-12-04T03:11:52+08:00 sensor-gw-07 humidity reading null for shed_id=4, retrying in 30s
        cron: 0 5 * * * /opt/farmops/bin/sync_milk_yield --site=KLG01 --upload
        feeder-ctrl_1.4.2.bin sha256 3b7f2a9c04e1d58b6a2f0e9c71d4b3a8e5f6c2d1a0b9e8f7c6d5a4b3c2e1f0a9
        MQTT_BROKER=mqtt.farmops.local PORT=8883 TLS=true TOPIC_PREFIX=ladang/klg01/
        How do I export the qurban participant list to Excel without exposing phone numbers? The admin panel only has full export.
        if temp_c > 32 and humidity > 80: trigger('tunnel_fan_stage_3')
        FARM-1182: Duplicate invoice numbers generated when two tablets sync offline orders at the same time.
        Dashboard KPI batch 26-47: FCR 1.58, ADG 62 g/day, liveability 96.1%, EPEF 382.
        MyKad field validation regex: ^[0-9]{6}-[0-9]{2}-[0-9]{4}$ (mask all but last 4 digits in the UI)
    """),
}


PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Pesanan #AY-20261203-0412: 60 ekor ayam proses, hantar ke Puan Rohani binti Ismail, No. 14 Jalan Mawar 3, Taman Sri Lambak, 86000 Kluang. Tel 019-552 0381.
        Tempahan qurban QBN-1448-0117: Encik Zulkifli bin Hamzah, MyKad 780412-10-5523, 2 bahagian lembu #L04, deposit RM500 diterima.
        Abang Shahril yang jaga reban 3 tu baru keluar wad, doktor kata batu karang, jadi dia cuti sakit sampai Isnin.
        Kak Yati dari Taman Bukit Kenangan tu dah 3 kali janji nak bayar baki qurban RM850, sampai sekarang senyap.
        Sila kreditkan gaji Disember Muhammad Faizal bin Abd Rahman ke akaun Maybank 1642 1033 5817, jumlah RM2,150 termasuk OT.
        Pekerja Nepal, Bishnu Bahadur Tamang (pasport 10482276), diberi amaran bertulis kedua sebab tidur semasa syif malam 28/11.
        Penerima subsidi IPS: Haji Ramli bin Osman, No. KP 521107-01-5239, Lot 2231 Kampung Parit Sulong, 83500 Batu Pahat; akaun Agrobank 1003 5410 0028 7761.
        Lawatan vet ke ladang Encik Mohd Nazri bin Yusof (017-629 3350) di Felda Nitar 2, 86810 Mersing — 2 ekor lembu dia mati, dia nak tuntut insurans.
        Nurul Aisyah binti Kamarudin (staf akaun) sedang disiasat sebab duit jualan telur RM3,400 tak masuk akaun syarikat.
        Lori ayam JQB 4419 yang Pak Mat bawa kena saman JPJ semalam, lesen memandu dia dah tamat tempoh.
        Kak Ton (Fatimah binti Abu) minta pendahuluan gaji RM1,000, anak bongsu dia masuk ICU minggu ni.
        Siti Hajar binti Mokhtar, emel sitihajar.ternak92@gmail.com, minta invois qurban dihantar semula sebab suami dia tak terima.
        Penghantaran susu kambing setiap Selasa ke rumah Dr. Rajeswari a/p Subramaniam, 21 Lorong Cempaka 5, Seksyen 9, 43650 Bandar Baru Bangi.
        Bayaran tempahan kambing qurban diterima dari akaun CIMB 7064 2291 83 atas nama Ahmad Syukri bin Ismail, rujukan 'kambing arwah abah'.
        Encik Hafiz penyelia reban 5 tu hutang along RM12k, dah dua kali orang datang cari dia kat pagar ladang.
        Permohonan geran Agropreneur Muda: Nur Izzati binti Roslan, KP 010717-14-0352, No. 8 Jalan Kenanga, Kampung Baru Sungai Buloh, 47000 Selangor.
        Pendaftaran pekerja Indonesia: Sutrisno bin Wagiman, pasport C 4827193, asal Lombok Timur, tarikh masuk 12/10/2026.
        Mak Cik Kiah kat Kampung Parit Haji Ali tu tak boleh makan daging kambing dah, darah tinggi dia naik 190, tukar tempahan dia ke ayam.
        Tolong telefon Encik Lim Chee Keong 012-384 7716, dia nak tempah 20 ekor kambing qurban untuk pekerja-pekerja dia.
        Akaun Telegram @zulbakakambing89 tu milik Zul Bakar yang jual kambing sakit kat kita bulan lepas, jangan layan dia lagi.
        Gaji Kumar a/l Muniandy bulan ni dipotong RM300 untuk bayar balik pinjaman kecemasan kos bersalin isteri dia.
        Borang tuntutan insurans ternakan: pemilik Wan Norazlina binti Wan Ahmad, KP 850923-03-6147, 3 ekor lembu tenusu mati akibat banjir di Pasir Mas.
    """),
    "mixed": _lines("""
        Boss, Ah Seng (林志强) dari ladang ayam sebelah tu tengah bercerai, sebab tu dia nak jual semua ayam breeder cepat-cepat.
        [04/12/26, 9:02 PM] Kak Ramlah: Guys sorry lambat reply, my husband Osman masuk hospital petang tadi, strok ringan. Delivery esok saya cancel dulu.
        Order confirm for Mdm Tan Siew Lan, 16 Jalan Seri Orkid 2, Taman Seri Orkid, 81300 Skudai — 30 trays telur kampung, COD, call 016-448 2197 before sampai.
        Driver Ravi s/o Krishnan tu kena tahan polis semalam kat roadblock Ayer Hitam, urine test positive, so route R3 takde driver.
        Bro account number tu salah la. Transfer RM1,450 untuk kambing ke Bank Islam 1201 4020 1187 55, nama Mohd Khairul Anuar bin Salleh.
        Singapore customer Jason Goh Wei Ming, NRIC S8812345Z, nak tempah 1 ekor kambing qurban untuk disembelih atas nama mak dia.
        Pekerja Bangladesh Md. Rafiqul Islam, passport A05728193, permit PLKS expire 14/01/2027 — boss pls renew cepat, mak dia sakit teruk kat Sylhet.
        Doc, kambing Pak Long Deraman kat Kampung Kubang Kerian tu semua kena orf, tangan dia sendiri pun dah ada luka bernanah, should he go klinik?
        Kat group ni jangan post IC orang lah! Tadi ada yang share gambar IC Cik Norhayati, 740228-06-5119. Admin tolong delete cepat.
        陈阿姨 at Taman Bukit Indah Block C tu still owe us RM640 for 3 months ayam kampung, dia kata anak dia kena buang kerja.
        Qurban payment declined: Visa 4532 8761 0045 1279 exp 08/28, cardholder Suresh a/l Rajendran. Pls ask him guna cara lain.
        Budak farm hand baru, Joseph D'Cruz dari Melaka tu, IG dia @joe.dcruz.farmlife selalu post video dalam kandang, tolong tegur dia.
        Lori WXK 7730 anak Encik Azman tu parking depan gudang every night, jiran dah complain 3 kali.
        Pengurus, Aung Ko Ko (pekerja Myanmar, kad UNHCR 883-22C04417) minta cuti 3 hari sebab isteri dia keguguran.
    """),
    "en": _lines("""
        Complaint from Mr. Harjit Singh a/l Gurdev Singh, 11 Jalan Kuala Kangsar, 30010 Ipoh: 2 goats arrived dead, he wants a full refund of RM3,100.
        Please update the delivery contact for order AY-20261201-0088 to Ms. Evelyn Chong, mobile 011-2345 6781, email evelyn.chong.kl@outlook.com.
        Milk subscription paused for Puan Salmah Yaacob at 27 Jalan SS 2/64, 47300 Petaling Jaya; she is on chemotherapy and can't take raw milk for now.
        Vet note: Encik Roslan bin Daud asked us not to tell his brothers the herd has brucellosis, because of the inheritance fight over the farm land.
        New worker onboarding: Prakash Gurung, Nepali passport PA0912548, DOB 14/03/1994, assigned to dairy shed night shift.
        Our dairy manager Meenakshi d/o Pillai resigned today; between us, she is leaving because of her husband's gambling debts.
        Refund of qurban share to Mastercard 5221 9834 0077 6158 (cardholder Tengku Farah Nadia) processed on 03/12.
        Driver Mohd Azrul bin Hashim, MyKad 921130-01-6688, licence class E, drives the 3-ton reefer VBG 5521.
        The one stealing our eggs is the neighbour's boy Danial; he is 15 and already on probation, so let's speak to his father before calling the police.
        Invoice to Chan Mei Ling (陳美玲), 88 Jalan Pasar, 70000 Seremban; her home line is 06-762 1184.
        Staff review: Yusri bin Kassim — 4 unexplained absences in November, final written warning issued, salary increment withheld.
        Send the qurban certificate to haji.ibrahim.pjaya@yahoo.com — Haji Ibrahim's wife passed away last month, so leave her name off this year.
        Our goat buyer in Singapore, Rahman bin Said (FIN G5123987W), paid in SGD; his SG mobile is 9123 4856.
        Worker Maria Santos (Filipino, passport P4829175A) fainted from the heat at Shed 2; she is 5 months pregnant, please move her to packing.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu pelanggan untuk Ladang Qurban Barakah. Jawab dalam Bahasa Melayu yang sopan.",
        ),
        (
            "user",
            "Salam, saya nak tukar nama peserta qurban untuk kod QBN-1448-0152. Nama lama Abdullah bin Yahya, tukar kepada arwah ayah saya, Yahya bin Sulaiman.",
        ),
        (
            "assistant",
            "Waalaikumussalam. Boleh, permintaan tukar nama akan dihantar kepada admin tempahan. Boleh berikan nombor telefon untuk pengesahan?",
        ),
        ("user", "Nombor saya 013-7720 4415, WhatsApp pun sama."),
        (
            "assistant",
            "Terima kasih. Admin akan menghubungi nombor tersebut dalam masa 24 jam untuk mengesahkan pertukaran nama.",
        ),
    ],
    [
        (
            "user",
            "Tolong draftkan surat amaran untuk pekerja saya Sabri bin Jusoh, no pekerja LS-014. Dia 3 kali tinggalkan reban tanpa izin dan ada bau arak masa kerja.",
        ),
        (
            "assistant",
            "Baik. Berikut draf ringkas: Surat Amaran Pertama kepada Sabri bin Jusoh (LS-014) berkenaan meninggalkan tempat kerja tanpa kebenaran dan disyaki bawah pengaruh alkohol.",
        ),
        ("user", "Ok, tambah sekali dia kena hadir sesi kaunseling minggu depan."),
    ],
    [
        ("system", "You are a payroll assistant for a small dairy farm in Perak."),
        (
            "user",
            "Compute net pay: Arumugam a/l Periasamy basic RM1,900, OT 22 hours at RM13.70, EPF 11%. Bank: RHB 2-14201-0033871-5.",
        ),
        (
            "assistant",
            "OT = 22 x RM13.70 = RM301.40. Gross = RM2,201.40. EPF employee 11% of RM2,201.40 = RM242.15. Net before SOCSO and EIS = RM1,959.25.",
        ),
        (
            "user",
            "Great, and remind me he also has a court garnishment of RM200 a month for child maintenance.",
        ),
        (
            "assistant",
            "Noted. After the RM200 deduction his net would be RM1,759.25, before SOCSO and EIS.",
        ),
    ],
    [
        (
            "user",
            "Doktor, kambing saya batuk berdarah sejak semalam. Boleh datang rumah? Alamat Lot 517 Kampung Sungai Tiram, 81800 Ulu Tiram. Nama saya Hasnah binti Daud.",
        ),
        (
            "assistant",
            "Batuk berdarah boleh jadi tanda jangkitan serius. Asingkan kambing itu dari kumpulan dan hubungi pejabat veterinar daerah untuk lawatan segera.",
        ),
        (
            "user",
            "Terima kasih, suami saya pun batuk-batuk juga, takut berjangkit dari kambing ke?",
        ),
        (
            "assistant",
            "Sebagai langkah berjaga-jaga, suami puan patut berjumpa doktor di klinik kesihatan dan maklumkan bahawa dia mengendalikan ternakan yang sakit.",
        ),
    ],
    [
        (
            "user",
            "Help me write a polite WhatsApp to chase payment. Customer Encik Kamal bin Harun, 019-233 7841, owes RM2,760 for 300 chickens since September.",
        ),
        (
            "assistant",
            "Salam Encik Kamal, ini peringatan mesra tentang baki RM2,760 bagi 300 ekor ayam sejak September. Mohon maklumkan tarikh bayaran. Terima kasih.",
        ),
        ("user", "Make it firmer, he keeps saying his wife is sick but I saw him buy a new Hilux."),
    ],
    [
        ("system", "You help clean CSV exports from a farm order system."),
        (
            "user",
            "Fix this row: QBN-1448-0201,Noraini binti Kassim,0112873 4410,L02,1,850,PAID,690105-08-5231",
        ),
        (
            "assistant",
            "Cleaned: QBN-1448-0201,Noraini binti Kassim,011-2873 4410,L02,1,850.00,PAID,690105-08-5231. Note the phone had a misplaced space.",
        ),
        ("user", "Thanks. Should the MyKad even be in this export?"),
        (
            "assistant",
            "Generally no; the qurban list does not need the MyKad. Drop that column or mask it before sharing the file.",
        ),
    ],
    [
        (
            "user",
            "Saya nak isi borang Insentif Pengeluaran Susu. Nama Che Puteh binti Awang, KP 880806-11-5274, 14 ekor lembu tenusu di Kampung Bukit Payong, Marang.",
        ),
        (
            "assistant",
            "Untuk permohonan IPS, sediakan salinan MyKad, penyata bank, bukti pendaftaran premis dengan DVS dan gambar kandang.",
        ),
        ("user", "Akaun bank saya Bank Rakyat 2201 4189 3376 ok ke untuk kredit subsidi?"),
        (
            "assistant",
            "Akaun Bank Rakyat boleh digunakan asalkan atas nama pemohon sendiri. Pastikan penyata bank yang dilampirkan menunjukkan nombor akaun yang sama.",
        ),
    ],
    [
        (
            "user",
            "Driver you all hantar ayam hari ni sangat kurang ajar, lori plat PKN 3312, dia maki my mother depan rumah kat No. 5 Lorong Bunga Raya, Bukit Mertajam.",
        ),
        (
            "assistant",
            "Kami mohon maaf atas kejadian ini. Aduan akan dihantar kepada pengurus logistik untuk siasatan.",
        ),
        (
            "user",
            "My mother is 78 and has heart problem, she was shaking after that. I want the driver removed.",
        ),
        (
            "assistant",
            "Kami faham kebimbangan anda. Pengurus logistik akan menghubungi anda dan tindakan disiplin akan diambil jika aduan disahkan.",
        ),
    ],
    [
        (
            "user",
            "Pekerja saya Rina Wulandari dari Indonesia batuk 3 minggu dan turun berat. Klinik kata disyaki TB. Dia boleh terus kerja kat bahagian susu ke?",
        ),
        (
            "assistant",
            "Sementara menunggu pengesahan, dia tidak patut mengendalikan susu atau haiwan. Berikan cuti sakit dan pastikan dia mendapat rawatan.",
        ),
        (
            "user",
            "Kalau positif, permit dia kena batal ke? Dia risau sangat, keluarga dia bergantung pada gaji dia.",
        ),
    ],
    [
        ("system", "You are an assistant for a poultry cooperative in Johor."),
        (
            "user",
            "My dad Lim Ah Kow (林亚九) wants to join the co-op. He has 8,000 layers at his farm in Kampung Sri Lalang, Kluang. His phone is 07-759 2208.",
        ),
        (
            "assistant",
            "Welcome. Membership needs a completed form, a copy of his MyKad, and his farm registration number from DVS.",
        ),
        (
            "user",
            "He can't read much English and he has early dementia, so I will sign on his behalf. Is that allowed?",
        ),
        (
            "assistant",
            "Usually the co-op will ask for a power of attorney or a letter of authorisation before someone else signs for a member.",
        ),
    ],
]
