# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms109: private ambulances, volunteer fire brigades and community emergency teams in Malaysia. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms109
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "log_panggilan_999"): _lines("""
        19:42:07 | TKT-MERS-2026-118402 | Kategori: Merah | Kemalangan 2 kenderaan, KM 287.4 PLUS arah selatan | Unit dihantar: AMB-07, PBS-03
        Tiket #EMS-24-00913 ditutup 21:15. Pesakit dibawa ke Jabatan Kecemasan Hospital Tengku Ampuan Rahimah, Klang. Masa respon 11 min.
        Panggilan 03:12 pagi: lelaki dalam lingkungan 50-an, sesak nafas, di surau R&R Seremban arah utara. Pemanggil orang awam, tiada nama diberi.
        Log AMB-12: Keluar 14:03 | Tiba lokasi 14:19 | Bertolak 14:31 | Tiba HKL 14:58 | Odometer 48213 → 48241 km
        Kod 10-52 diterima, unit PBS Kg. Jawa standby di simpang Jalan Kebun-Persiaran Hamzah Alang sehingga jentera JBPM tiba.
        Panggilan palsu ke-3 minggu ini dari telefon awam berhampiran Stesen LRT Masjid Jamek. Dilaporkan kepada PDRM, rujukan IPD Dang Wangi.
        TRIAGE: P1=2, P2=5, P3=11, P4=0 | Bas ekspres terbalik KM 145 Lebuhraya Pantai Timur | Pusat arahan: Balai Bomba Gambang
        02/12 23:47 — Kebakaran rumah kedai 2 tingkat, Jalan Sultan Ahmad Shah, George Town. Tiada mangsa. PBS Air Itam bantu kawalan trafik.
        Tempoh menunggu talian MERS 999 purata 6 saat pada jam puncak; 14 panggilan terlepas dipindahkan ke PPA Selangor.
        ETA unit seterusnya 18 min. Pemanggil diarah buat CPR ikut arahan telefon (T-CPR), kadar 100-120 tekanan seminit.
        Insiden #KK-0471: pokok tumbang hempap 1 kereta di Jalan Tun Razak berhampiran IJN, pemandu keluar sendiri, tiada kecederaan.
        Panggilan dari pos pengawal Taman Perindustrian Bukit Minyak: kebocoran gas ammonia kecil, 4 pekerja pening, semua dirawat di lokasi.
        Status AMB-03: OUT OF SERVICE (tayar pancit) 16:20-17:05. AMB-09 ambil alih zon Ampang/Pandan Indah.
    """),
    ("ms", "notis_kumpulan_whatsapp"): _lines("""
        *PERINGATAN* Latihan CPR & AED Sabtu ini 8.30 pg di Dewan Orang Ramai Kg. Baru Sg. Buloh. Bawa botol air sendiri. — Urusetia
        Semua ahli PBS Felda Jengka 8, sila isi borang kehadiran latihan di link Google Form dalam deskripsi group sebelum Jumaat.
        Roster minggu 49: Syif A (7pg-7ptg) = Team Merah, Syif B (7ptg-7pg) = Team Biru. Tukar syif mesti melalui Ketua Unit.
        Update: van ambulans AMB-05 dah siap servis di bengkel, invois no. SRV-88213, boleh guna semula mulai esok.
        Assalamualaikum semua, mesyuarat agung tahunan PBS ditunda ke 14 Dis, 8.30 malam, Balai Raya. Kuorum 30 orang.
        Tolong jangan share gambar mangsa kemalangan dalam group ni. Ikut SOP PDPA persatuan, gambar hanya kepada Pegawai Bertugas.
        Kit first aid stor B tinggal 4 set. Siapa singgah Farmasi Alpro Jalan Ipoh nanti tolong beli kasa 10 gulung, resit bagi Bendahari.
        🚨 Banjir kilat di Taman Sri Muda Seksyen 25. Bot PBS dan APM sudah turun. Yang free malam ni standby di Balai.
        Taklimat keselamatan Deepavali: jaga-jaga bunga api, pastikan alat pemadam api ada di setiap rumah. Poster ada dalam album.
        Reminder: insurans kemalangan kumpulan sukarelawan dah diperbaharui, polisi no. GPA-2026-004117, tempoh 1/1/2026 - 31/12/2026.
        Kepada yang join konvoi Ops Selamat: berkumpul di Plaza Tol Jalan Duta 6 pg. Pakai vest oren, bawa lampu suluh.
        Group ni untuk urusan operasi sahaja ya. Jual-beli, forward mesej politik dan video lucu sila ke group Santai.
        Terima kasih semua yang turun Ops Banjir Baling. Jumlah jam sukarela bulan ni 1,284 jam, rekod tertinggi sejak 2021.
    """),
    ("en", "invoices_and_bookings"): _lines("""
        INVOICE INV-AMB-2026-03318 | Non-emergency transfer, Hospital Pantai Ampang → Sunway Medical Centre | Base RM250 + 18 km @ RM4.50 = RM331.00 | SST exempt
        Booking ref BK-7F2Q91 confirmed: wheelchair van, 10:30, pickup at the main lobby of KPJ Damansara Specialist Hospital, return trip same day.
        Rate card 2026 — BLS ambulance: RM180 first 10 km, RM3.80/km thereafter; ALS with paramedic: RM350 first 10 km; event standby RM120/hour.
        Medik Rescue Ambulans Sdn Bhd (Company No. 201701023456 / 1236677-K), Lot 12A, Jalan Industri 3/4, 47100 Puchong, Selangor. Hotline 1-700-81-2626.
        Quotation QT-0935 for event medical cover: Larian Amal KL 10K, 2 ambulances + 6 first aiders, 5:00am-11:00am, total RM4,860.00.
        Payment received via DuitNow QR, transaction ID 20261203MBBEMYKL010ORM12345678, amount RM331.00, ref INV-AMB-2026-03318.
        Credit note CN-00412 issued: trip cancelled before dispatch, full refund of RM180.00 to the corporate account of Syarikat Pengangkutan Maju Bhd.
        PO #MBSA-PUR-55102 from Majlis Bandaraya Shah Alam: medical standby for Karnival Hari Belia, 3 days, 1 ALS unit.
        Your transfer is booked for Sat 13 Dec, 09:00. Reply YES to confirm or call our 24h line 03-5632 8899. — Ambulans Prihatin
        SKU AED-ZOLL-PLUS-MY x2 @ RM6,950.00, CPR-PAD-Z-10 x10 @ RM389.00, delivery to Balai PBS Sungai Petani by 20/12.
        Statement of account for Klinik Kesihatan Bandar Baru Bangi, Nov 2026: 14 transfers, total RM3,902.50, outstanding RM0.00.
        Repatriation quote RPQ-2026-118: stretcher case KLIA → Dhaka on a commercial flight with medical escort, RM18,400 excluding ground transport at destination.
        Fleet fuel statement Dec: AMB-01 to AMB-12, 3,417 litres, RM7,040.00, charged to fleet card FC-0042 under the company account.
    """),
    ("ms", "statistik_dan_laporan_agregat"): _lines("""
        Laporan suku tahun 3: 1,942 panggilan, 1,211 kes dihantar ke hospital, 63 kes maut di lokasi, purata masa tindak balas 14.2 minit.
        Daripada 87 kes henti jantung luar hospital (OHCA), 29 menerima CPR orang awam sebelum ambulans tiba; 6 keluar hospital hidup.
        Pecahan mengikut umur: <18 tahun 12%, 18-59 tahun 51%, ≥60 tahun 37%. Lelaki 58%, perempuan 42%.
        Pesakit A (lelaki, 70-an) dan Pesakit B (perempuan, 30-an) dipindahkan serentak; kedua-dua stabil. Butiran lanjut dalam sistem sahaja.
        Negeri dengan panggilan tertinggi: Selangor (4,120), Johor (2,877), Perak (1,506). Data mentah dari PPA, tiada maklumat pengenalan.
        Keahlian PBS Daerah Kuala Langat 2026: 312 ahli aktif, 41 ahli baharu, 18 menarik diri. Nisbah lelaki:perempuan 3:1.
        Insiden kebakaran hutan Feb-Mac: 146 kes, 388 hektar terbakar, 0 kematian. Punca utama pembakaran terbuka.
        Kes lemas musim tengkujuh 2025/26: 23 kes, 17 melibatkan kanak-kanak bawah 12 tahun, kebanyakan di sungai dan lombong terbiar.
        KPI Q4: 92% panggilan P1 dijawab dalam 10 saat (sasaran 90%), 78% unit tiba dalam 15 minit di kawasan bandar (sasaran 80%).
        Seorang sukarelawan cedera ringan semasa operasi banjir minggu lepas dan sudah kembali bertugas; tiada butiran lanjut diedarkan.
        Kadar penggunaan ambulans: 68% masa operasi, 21% standby, 11% penyelenggaraan. Jarak keseluruhan armada 412,830 km.
        Tinjauan kepuasan 2026: 1,004 responden, skor purata 4.3/5. Aduan utama: masa menunggu (41%), kos (22%), layanan (9%).
        Jumlah kutipan derma Hari Bomba Sukarela: RM58,217.40 daripada 1,360 penderma; penyata penuh di papan notis.
    """),
    ("mixed", "sembang_manglish"): _lines("""
        Bro, ambulance kita punya O2 tank tinggal 30 bar je, siapa on duty tonight tolong refill at the supplier before 9pm ok.
        Wah today damn busy lah, 3 accident kat Federal Highway dalam 1 jam, all minor only luckily.
        Anyone know the new SOP for naloxone? Doctor cakap paramedic boleh bagi under standing order start Jan.
        Eh the Hilux already service or not? The aircond macam tak sejuk, later the patients complain panas.
        Tonight Thaipusam kat Batu Caves, kita kena standby 2 units from 6pm, boss confirm already.
        Can someone check radio channel 4, got interference since morning, macam ada orang guna walkie-talkie murah.
        Lunch later mamak Jalan Gasing ok? Team leader said he'll cover the teh tarik lol.
        Paramedic course intake Mac 2027 dah buka, RM1,250 per pax, boleh claim HRD Corp kalau company registered.
        Reminder guys, jangan park ambulance depan fire hydrant, semalam DBKL dah bagi warning to the station.
        Got new stretcher Stryker Power-PRO 2, quite heavy but hydraulic so senang angkat, training on Thursday.
        Haiya the GPS tracker down again, tracking page show last ping 11:42, IT ticket #HD-50731 dah open.
        Siapa nak tunjuk video Keluang Man padam api? Budak-budak tadika suka gila masa fire safety talk tadi.
        Kes semalam tu okay, patient dah stable kat ED, the doctor said our splint very kemas, good job team!
    """),
    ("en", "systems_and_config"): _lines("""
        dispatch-api v3.14.2 (build 8f3c2a1) deployed to prod-kl1 at 2026-12-05T02:10:44+08:00
        WARN geocoder: no match for 'Jln Kuchai Lama', falling back to postcode 58200, confidence 0.62
        config: avl.ping_interval_sec=15; avl.stale_after_sec=120; map.default_zoom=13; region=MY-10
        SELECT unit_id, COUNT(*) AS trips FROM trips WHERE trip_date >= '2026-11-01' GROUP BY unit_id ORDER BY trips DESC;
        sha256(firmware_ecg_monitor_v2.8.1.bin) = 4e1a9c0b77f2d35e8a61c94b0f3d2e7a5b8c16d904f2e3a7b1c5d8e9f0a2b4c6
        ERROR 503 from /v1/incidents/INC-2026-118402/assign after 3 retries; queueing to dead-letter topic dispatch.dlq
        cron: 0 3 * * * /opt/ems/bin/purge_recordings --older-than 90d --region MY
        MDT tablet firmware 5.2.0-r7, Android 13, MDM profile AMB-FLEET-2026, kiosk mode on
        Radio talkgroup map: TG 2101 = Dispatch KL, TG 2102 = PBS Selangor, TG 2110 = Hospital Liaison; encryption off for mutual-aid.
        Webhook payload: {incident_id: INC-55213, priority: P1, lat: 3.1478, lon: 101.6953, units: [AMB-04, PBS-11]}
        Retention policy: call audio 90 days, CAD records 7 years, anonymised statistics indefinitely (PDPA 2010).
        pip install emsroster==1.9.3 && emsroster export --month 2026-11 --format csv --redact-names
        TLS cert for cad.ambulans-prihatin.com.my expires 2027-01-18; renew via certbot, ticket OPS-2291.
    """),
    ("ms", "templat_borang"): _lines("""
        Nama Pesakit: ____________  No. KP: ______-__-____  Umur: ___  Jantina: L / P
        BORANG PENDAFTARAN SUKARELAWAN — Nama penuh (seperti dalam MyKad): [ ]  No. Tel: [ ]  Emel: [ ]  Kumpulan darah: [ ]
        Laporan Insiden: Tarikh {tarikh} | Masa {masa} | Lokasi {lokasi} | Jenis insiden {jenis} | Disediakan oleh {nama_pegawai}
        Saya, <NAMA PENUH>, No. KP <XXXXXX-XX-XXXX>, dengan ini bersetuju dipindahkan dengan ambulans dan menanggung kos perkhidmatan.
        Waris terdekat: Nama ______ Hubungan ______ No. Tel 01X-XXX XXXX
        Senarai semak kenderaan harian: [ ] Tayar  [ ] Lampu siren  [ ] Tangki O2 >100 bar  [ ] AED diuji  [ ] Stretcher berkunci
        Skala GCS: Mata (1-4) __ + Verbal (1-5) __ + Motor (1-6) __ = __/15
        Hi {first_name}, unit {unit_id} dijangka tiba dalam {eta} minit. Sila tunggu di {pickup_point}. — Sistem Dispatch
        Surat Akuan Penerimaan Derma: Diterima daripada ____________ sejumlah RM________ untuk Tabung PBS. Tandatangan Bendahari: ______
        Borang Tuntutan Elaun: Nama ____ No. Ahli PBS-____ Jumlah jam ____ Kadar RM__/jam Jumlah RM____
        Format nombor tiket: EMS-<YY>-<5 digit>, contoh EMS-26-00001. Jangan masukkan nama pesakit dalam medan tajuk.
        Tanda vital: BP ___/___ mmHg  HR ___ bpm  RR ___ /min  SpO2 ___%  GDS ___ mmol/L  Suhu ___ °C
        Kenyataan saksi: Saya nampak ______ pada jam ______ di ______. Saya sanggup memberi keterangan jika diperlukan. (T/T)
    """),
    ("ms", "sejarah_tokoh_dan_tempat"): _lines("""
        Dr. Wu Lien-teh, anak kelahiran Pulau Pinang, terkenal kerana memerangi wabak pneumonik di Manchuria pada 1910-11 dan mempopularkan topeng muka.
        Selepas kebakaran besar 1881 memusnahkan rumah beratap nipah di Kuala Lumpur, Yap Ah Loy membina semula pekan itu dengan bata.
        Florence Nightingale diingati setiap 12 Mei, Hari Jururawat Antarabangsa; PBS kami akan menghantar kek ke Hospital Sultanah Bahiyah.
        Lawatan sambil belajar ke galeri bomba di Jalan Hang Tuah, bertolak dari SMK Tunku Abdul Rahman pukul 7.30 pagi.
        Tun Dr. Mahathir Mohamad pernah berkhidmat sebagai pegawai perubatan kerajaan sebelum menceburi politik.
        Datuk Lee Chong Wei merasmikan Larian Amal Jantung di Bukit Jalil; pasukan perubatan acara terdiri daripada 40 sukarelawan.
        Episod Upin & Ipin tentang api sesuai untuk kempen keselamatan kebakaran di prasekolah; Tok Dalang pesan jangan main mancis.
        Hospital Tuanku Ja'afar Seremban, Hospital Raja Permaisuri Bainun Ipoh dan Hospital Sultanah Nur Zahirah menerima rujukan trauma zon masing-masing.
        Persatuan Bulan Sabit Merah Malaysia dan St John Ambulans Malaysia menyertai latihan simulasi bencana di Dataran Merdeka.
        Jalan Tun Sambanthan ditutup sementara untuk perarakan; laluan ambulans alternatif ikut Jalan Travers ke HKL.
        Menteri Kesihatan dalam kenyataan media hari ini mengumumkan peruntukan RM50 juta untuk menaik taraf armada ambulans KKM.
        Modul e-learning baharu guna watak Ejen Ali untuk ajar murid sekolah rendah cara dail 999 dengan betul.
        Tugu Negara di Jalan Parlimen memperingati wira negara; PBS akan hadir beruniform pada Hari Pahlawan 31 Julai.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Pesakit Encik Rosli bin Hamzah, 67 tahun, disyaki strok, diambil dari No. 14, Jalan Melati 3, Taman Sri Gombak, 68100 Batu Caves.
        Sukarelawan Muthusamy a/l Krishnan (No. KP 780512-08-5471) tak hadir syif 3 kali berturut-turut, surat amaran pertama dikeluarkan.
        Tolong call waris pesakit, anak dia Nur Syafiqah binti Azman, 012-738 4519.
        Kak Zura dari Team Biru baru keguguran minggu lepas, jangan letak dia syif malam dulu ya.
        Pakcik Leong yang selalu tolong kat balai tu sebenarnya ada kanser paru-paru tahap 3, dia minta kita rahsiakan.
        Invois INV-AMB-2026-03107 atas nama Kamarul Ariffin bin Said masih tertunggak RM680 sejak Mac, surat tuntutan dah hantar ke rumah dia di Seksyen 7 Shah Alam.
        Elaun November untuk paramedik Mohd Faizal bin Othman: RM2,350 tolak pendahuluan RM400, baki RM1,950 masuk akaun Maybank 1641 2387 0925.
        Pemandu Proton Saga WXY 4821 yang langgar lari motor di Jalan Kapar tu, saksi nampak dia masuk Taman Klang Utama.
        Mangsa lemas di Sungai Langat dikenal pasti sebagai Harith Danial bin Roslan, 11 tahun, murid SK Jenjarom.
        Ahli baharu: Tan Wei Jie 陈伟杰, MyKad 010923-10-6637, tinggal di Bandar Botanic, Klang, kumpulan darah O+.
        Siti Hajar cakap suami dia pukul dia lagi semalam, dia takut nak buat report. Kita kena bantu rujuk ke JKM.
        Abang Joe driver AMB-04 kena tahan reman sebab kes dadah, jangan bincang dalam group umum.
        Calon sukarelawan Aiman Hakimi hantar resume guna emel aiman.hakimi97@gmail.com, boleh mula Januari.
        Makcik Timah rumah hujung Lorong 4 Kg. Sungai Penchala tu kena dialisis 3 kali seminggu, dia minta transport percuma lagi bulan ni.
        Wan Nor Azlina binti Wan Ismail, 45, hamil 34 minggu, tumpah darah, dibawa dari Kampung Pulau Melaka, Kota Bharu ke HRPZ II.
        Kes jatuh perancah: pekerja Bangladesh Md. Shahidul Islam, pasport A05931746, majikan belum bayar bil ambulans.
        Ketua Unit kita, Encik Roslan Jaafar, sedang disiasat sebab guna duit tabung untuk bayar hutang kereta dia.
        Ravi cakap dia tengah proses cerai, sebab tu dia tak boleh ambil on-call hujung minggu.
        Mesej Telegram dari @amirul_pbs_klang: 'Aku tak larat dah, rasa nak berhenti hidup.' Sila hubungi dia segera.
        Puan Kalaivani a/p Subramaniam, No. 8, Lorong Kenari 2, Taman Bukit Beruntung, 48300 Rawang, minta dijemput ke HSgB untuk kemoterapi setiap Selasa.
        Gadis yang pengsan di konsert Bukit Jalil semalam ialah Aina Sofea, adik sukarelawan kita Hafiz; dia ada epilepsi.
        IC dalam dompet pesakit tak sedar: 550317-03-5128, nama Che Mat bin Ismail, alamat Kg. Kubang Kerian.
    """),
    "en": _lines("""
        Transfer request for Mrs. Margaret Fernandez, 78, bedridden after a hip fracture, 21 Jalan Bunga Raya, Ujong Pasir, 75050 Melaka. Contact her son Adrian at 016-229 8173.
        Volunteer Darren Lim Kah Hoe has been suspended for 2 months after turning up drunk for the Saturday night shift.
        Please refund RM331 to the card used by Ms. Goh Siew Ling: 5521 4200 1837 6409, exp 08/28.
        Singapore driver in the Second Link crash: Mr. Teo Boon Keng, NRIC S8734215H, taken to Hospital Sultanah Aminah with chest injuries.
        Worker Karthik s/o Palanisamy (FIN G5126803U) collapsed in the Woodlands checkpoint queue and was handed over to our Johor unit.
        Our medic Priya was crying in the rest room again; she told me she's been diagnosed with depression and is on sertraline.
        Driver of the Honda City JQT 772 hit the ambulance at the junction and refused to give his IC; photo of the plate is in the incident folder.
        Complaint from Mr. Azlan Shah bin Kamarudin: our crew allegedly refused to carry his father down from their 5th floor unit at PPR Sri Pantai, Block C.
        Auntie Mei from the 3rd floor of Block B, Pangsapuri Seri Mutiara called us again at 2am; she lives alone with dementia, please inform her daughter.
        Hi, I'm Jason Teoh and I want to volunteer. My number is 011-2748 3906 and my IG is @jasonteoh.runs.
        Brandon's HIV result came back positive; he asked that only the commander knows, so please delete this after reading.
        Payroll: paramedic Nurul Izzati binti Ahmad, basic RM2,800, overtime RM640, EPF 11% deducted, pay into CIMB 7023441859.
        Passenger in the overturned van was identified as Nguyen Thi Lan, Vietnamese passport C4738215, worker at a glove factory in Klang.
        The old man we picked up at Chow Kit was Uncle Raju, the one who sells newspapers there; he's diabetic and lost two toes last year.
    """),
    "mixed": _lines("""
        Bro, the patient tadi tu Encik Zulkifli, his wife call 019-552 3047 tanya dia kat ward mana, tolong update her.
        Volunteer baru, Lim Mei Ling 林美玲, her email meiling.lim88@yahoo.com, tolong add dia dalam group ops.
        Eh jangan lupa, Haziq punya mum baru meninggal semalam, dia takkan datang training minggu ni.
        Kak Yah paramedik tu IG dia @kakyah.paramedik, dia post gambar pesakit tanpa blur, boss marah gila.
        Uncle Wong tingkat 3 Blok C PPR Kerinchi fall again, kali ketiga bulan ni, anak dia kerja oversea nobody jaga.
        Pesakit Ah Seng from Taman Connaught, 62, chest pain, his IC 640818-14-5293, history bypass 2019.
        Tolong check plate PKB 9013, that Myvi owner yang block laluan ambulans depan Hospital Pulau Pinang, saman dia.
        Siapa kenal Shanti d/o Rajendran? Dia claim dia sukarelawan kita masa minta derma rumah ke rumah, tapi takde dalam senarai.
        Our trainee Farah tu actually pregnant, she asked jangan bagi dia angkat stretcher, but don't tell the others yet ok.
        Lepas banjir, Encik Ismail Hassan dari Kg. Tanjung Sepat punya rumah habis, dia minta tolong mohon bantuan JKM, nombor dia 013-684 2291.
        Transfer the allowance to Gopal a/l Veerasamy lah, his Public Bank account 3168204715, amount RM450.
        WeChat ID Ah Huat: ahhuat_bomba1976, dia nak join PBS Seri Kembangan tapi umur dah 50.
        That lady Jessica Chong from Sri Petaling complained on FB we took 40 minutes, actually dia bagi alamat salah.
        Volunteer Daniel anak Jawing dari Sibu tu ada waran tangkap sebab hutang along, careful.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu dispatch Ambulans Prihatin. Ringkaskan panggilan kecemasan untuk log dalam format standard.",
        ),
        (
            "user",
            "Panggilan 22:14, pemanggil Nurhaliza binti Omar, 017-329 8540. Ayah dia Omar bin Yusof, 72, jatuh bilik air di No. 3, Jalan Cempaka 5, Taman Cempaka, Ampang. Tak sedar.",
        ),
        (
            "assistant",
            "22:14 | Jatuh, tidak sedar | Pesakit: Omar bin Yusof, 72 | Lokasi: No. 3, Jalan Cempaka 5, Taman Cempaka, Ampang | Pemanggil: Nurhaliza binti Omar (anak), 017-329 8540 | Kategori cadangan: Merah.",
        ),
        ("user", "Tambah: pesakit ambil warfarin, ada sejarah AF."),
        (
            "assistant",
            "Dikemas kini: Ubat semasa warfarin, sejarah fibrilasi atrium. Risiko pendarahan intrakranial tinggi, maklumkan kru ALS.",
        ),
    ],
    [
        (
            "system",
            "You help the volunteer coordinator of a community emergency team write formal letters.",
        ),
        (
            "user",
            "Draft a warning letter to Kevin Raj s/o Anthony, member no. PBS-0417, for missing 4 night shifts in November without notice.",
        ),
        (
            "assistant",
            "Dear Mr. Kevin Raj s/o Anthony (PBS-0417), our records show you were absent without notice from four scheduled night shifts in November 2026. This letter serves as a first written warning...",
        ),
        ("user", "Make it softer, he told me privately his mother is in ICU at Hospital Ampang."),
        (
            "assistant",
            "Understood. I have removed the word 'warning' and added a line offering him leave; I have left the detail about his mother out of the letter since it is private.",
        ),
    ],
    [
        ("system", "Kamu pembantu penulisan mesej WhatsApp untuk pasukan kecemasan komuniti."),
        (
            "user",
            "Tolong tulis mesej ke group: kita kutip derma untuk Hafizah binti Mansor, sukarelawan kita, anak dia sakit leukemia dan perlu rawatan di IPN.",
        ),
        (
            "assistant",
            "Salam semua. Sahabat kita Hafizah binti Mansor sedang diuji apabila anaknya disahkan menghidap leukemia dan perlu rawatan di Institut Pediatrik Negara. Sumbangan boleh disalurkan kepada Bendahari. Terima kasih.",
        ),
        ("user", "Ok, tapi tanya dulu boleh tak sebut nama dia?"),
        (
            "assistant",
            "Sebaiknya dapatkan izin Hafizah dahulu sebelum berkongsi keadaan kesihatan anaknya dalam group.",
        ),
    ],
    [
        ("system", "Anda pembantu akaun untuk syarikat ambulans swasta."),
        (
            "user",
            "Tulis emel balas kepada Puan Rohani binti Daud (rohani.daud@hotmail.com) pasal bayaran berganda RM331 untuk INV-AMB-2026-03318.",
        ),
        (
            "assistant",
            "Puan Rohani yang dihormati, kami sahkan terdapat caj berganda RM331.00 bagi invois INV-AMB-2026-03318. Bayaran balik akan dikreditkan ke kad asal dalam 7-14 hari bekerja.",
        ),
        ("user", "Nombor kad dia 4111 1182 0394 7161, masukkan 4 digit akhir je."),
        ("assistant", "Baik, ayat dikemas kini: '...dikreditkan ke kad berakhir 7161.'"),
    ],
    [
        ("system", "You are a translation assistant for a Malaysian ambulance operator."),
        (
            "user",
            "Translate to Malay: Pickup for Mr. Lau Chee Keong at 22, Jalan SS 2/55, 47300 Petaling Jaya. He is on home oxygen and uses a wheelchair.",
        ),
        (
            "assistant",
            "Ambil Encik Lau Chee Keong di 22, Jalan SS 2/55, 47300 Petaling Jaya. Beliau menggunakan oksigen di rumah dan berkerusi roda.",
        ),
        ("user", "Thanks. Add: ring his daughter first at 012-665 3018."),
        ("assistant", "Sila telefon anak perempuan beliau terlebih dahulu di 012-665 3018."),
    ],
    [
        ("system", "Anda pembantu mengenai pematuhan PDPA untuk persatuan bomba sukarela."),
        (
            "user",
            "Boleh tak saya share salinan IC Encik Baharuddin bin Salleh, 700214-06-5337, dengan syarikat insurans sebab dia cedera masa operasi?",
        ),
        (
            "assistant",
            "Boleh jika tujuannya tuntutan insurans yang dia sendiri setuju. Dapatkan persetujuan bertulis Encik Baharuddin dahulu dan hantar melalui saluran rasmi, bukan WhatsApp.",
        ),
        ("user", "Dia patah tulang rusuk, masih di wad. Macam mana nak dapat consent?"),
        (
            "assistant",
            "Waris atau dia sendiri boleh tandatangan borang persetujuan di wad; bawa borang bercetak semasa melawat.",
        ),
    ],
    [
        ("system", "You format duty rosters for a volunteer ambulance team."),
        (
            "user",
            "Roster Sabtu: Aisyah 018-224 7719, Kumar 016-803 5542, Ah Keat 012-390 6614. Format jadi table please.",
        ),
        (
            "assistant",
            "| Nama | Telefon | Syif | Aisyah | 018-224 7719 | 7pg-7ptg | Kumar | 016-803 5542 | 7pg-7ptg | Ah Keat | 012-390 6614 | 7ptg-7pg |",
        ),
        (
            "user",
            "Kumar can't make it, his wife is due to deliver this weekend. Replace with backup.",
        ),
        (
            "assistant",
            "Updated: Kumar removed (family leave). Backup slot left as [TBC] until the Ketua Unit confirms a replacement.",
        ),
    ],
    [
        (
            "system",
            "You write incident reports for a cross-border private ambulance service in Johor.",
        ),
        (
            "user",
            "Write it up: 06:40 at CIQ Bangunan Sultan Iskandar, Singaporean Ms. Chua Li Ting, NRIC S9203318Z, fainted in the queue, BP 80/50, she said she is 10 weeks pregnant.",
        ),
        (
            "assistant",
            "06:40 — CIQ Bangunan Sultan Iskandar. Patient Ms. Chua Li Ting (NRIC S9203318Z), Singapore citizen, syncope while queuing. BP 80/50. Reports 10-week pregnancy. Transported to Hospital Sultanah Aminah.",
        ),
        ("user", "Redact for the monthly summary."),
        (
            "assistant",
            "06:40 — CIQ JB. Adult female, syncope, hypotensive, transported to HSA. No identifiers included.",
        ),
    ],
    [
        ("system", "Anda kaunselor sokongan rakan sebaya untuk sukarelawan kecemasan."),
        (
            "user",
            "Saya Izzat, saya yang angkat budak lemas kat Pantai Remis tu. Dah seminggu saya tak boleh tidur, asyik nampak muka dia.",
        ),
        (
            "assistant",
            "Terima kasih kerana berkongsi, Izzat. Apa yang anda alami ialah reaksi biasa selepas insiden kritikal. Adakah anda sudi berjumpa kaunselor PSP di Balai minggu ini?",
        ),
        ("user", "Boleh, tapi jangan bagitau Ketua Unit, nanti dia ingat saya lemah."),
    ],
    [
        ("system", "You help a private ambulance company respond to customer complaints."),
        (
            "user",
            "Customer says our ambulance scratched his car, plate VFE 3382, at Sunway Pyramid carpark. His name is Mr. Harjit Singh a/l Gurdev Singh.",
        ),
        (
            "assistant",
            "Dear Mr. Harjit Singh, thank you for reporting the incident involving your vehicle VFE 3382 at Sunway Pyramid. Please share photos and your workshop quotation so we can process the claim.",
        ),
        ("user", "Also he gave his number 011-1903 7742 for the adjuster."),
        (
            "assistant",
            "Noted. I will pass 011-1903 7742 to our insurance adjuster with reference CLM-2026-0211.",
        ),
    ],
]
