# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms173: ladang kelapa sawit dan estet getah di Malaysia (pekerja ladang, pekerja asing, gaji harian, kemalangan, perumahan pekerja, kumpulan WhatsApp mandur). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms173
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_papan_kenyataan_estet"): _lines("""
        NOTIS: Kerja menuai di Blok 14 hingga Blok 19 ditangguhkan pada 12 Mac 2026 kerana jentera grab rosak. Kutipan BTS disambung semula 13 Mac, 6.30 pagi.
        Pemeriksaan bekalan air rumah kongsi Barisan C oleh Pejabat Kesihatan Daerah Kluang akan dibuat pada hari Khamis, 9.00 pagi. Sila pastikan semua tangki dibuka.
        Semua pekerja WAJIB memakai kasut but dan sarung tangan semasa membaja. Stok PPE boleh diambil di stor estet, Isnin hingga Sabtu, 7.00 pagi hingga 3.00 petang.
        Gaji bulan Februari 2026 akan dikreditkan pada 7 Mac 2026. Slip gaji boleh dicetak di pejabat estet atau dilihat dalam aplikasi HRMS versi 4.2.
        Klinik bergerak Klinik Kesihatan Bukit Besar akan datang ke dewan estet pada 20 April, 8.30 pagi hingga 12.30 tengah hari. Saringan tekanan darah dan gula percuma.
        Aduan kerosakan rumah pekerja (bumbung bocor, paip, elektrik) sila isi Borang PK-07 di pejabat atau WhatsApp talian penyelenggaraan estet 011-5820 4471.
        Jalan ladang dari Pondok Pengawal ke Peringkat 3 ditutup sementara 3 hingga 5 Jun untuk kerja meratakan batu kuari. Lori BTS sila guna laluan Blok 7.
        Perhatian penoreh: harga ladung getah (cuplump) minggu ini RM2.45 sekilogram kering. Timbangan di pusat timbang estet setiap Rabu dan Sabtu sahaja.
        Larangan membakar sampah di kawasan perumahan pekerja berkuat kuasa serta-merta. Rujuk Akta Kualiti Alam Sekeliling 1974, Seksyen 29A.
        Bas sekolah untuk anak-anak pekerja ke SJK(T) Ladang Sungai Lembu bertolak dari hentian Barisan A jam 6.40 pagi bermula sesi persekolahan 2026/2027.
        Latihan semburan racun rumpai (glifosat dan glufosinat-amonium) untuk pekerja baharu: 15 Mei, Dewan Latihan Estet, dua sesi. Sijil dikeluarkan oleh pejabat estet.
        Kuota beras untuk rumah kongsi: 10 kg sebulan bagi setiap bilik. Pengambilan di kedai runcit estet dengan menunjukkan kad pekerja sahaja, tiada wakil dibenarkan.
        Estet Sungai Lembu, Kulai: sambutan Deepavali dan Hari Raya bersama pada 1 November 2026 di padang estet. Jamuan bermula 11.00 pagi, semua keluarga dijemput.
    """),
    ("ms", "peraturan_keselamatan_dan_perumahan"): _lines("""
        Akta Keselamatan dan Kesihatan Pekerjaan 1994 (Akta 514) terpakai kepada sektor pertanian; majikan wajib menyediakan tempat kerja yang selamat setakat yang praktik.
        Akta Standard Minimum Perumahan, Penginapan dan Kemudahan Pekerja 1990 (Akta 446) mewajibkan Perakuan Penginapan bagi setiap rumah kongsi pekerja.
        Kemalangan yang menyebabkan pekerja tidak dapat bekerja lebih daripada 4 hari mesti dimaklumkan kepada JKKP dalam tempoh 7 hari melalui sistem dalam talian.
        Pekerja yang mengendalikan racun perosak organofosfat hendaklah menjalani pemeriksaan kesihatan berkala termasuk ujian kolinesterase sekurang-kurangnya setahun sekali.
        Dodos dan sabit hendaklah disarungkan ketika dibawa di atas motosikal; galah aluminium pemotong tidak boleh digunakan berhampiran talian elektrik TNB.
        Jarak selamat minimum dari talian atas 11kV semasa menuai menggunakan galah ialah 3 meter. Pokok dalam kawasan berisiko ditanda cat merah pada batang.
        Mengikut Perintah Gaji Minimum 2022, kadar minimum ialah RM1,500 sebulan; mulai 1 Februari 2025 kadar ini dinaikkan kepada RM1,700 sebulan.
        Akta Kerja 1955 Seksyen 60A: waktu kerja biasa tidak melebihi 45 jam seminggu. Kerja lebih masa dibayar sekurang-kurangnya 1.5 kali kadar upah biasa.
        Pasport pekerja asing tidak boleh ditahan oleh majikan; penahanan dokumen perjalanan orang lain ialah satu kesalahan di bawah Akta Pasport 1966.
        Setiap rumah kongsi hendaklah menyediakan sekurang-kurangnya satu tandas bagi setiap 15 penghuni dan ruang tidur minimum 3.0 meter persegi bagi seorang pekerja.
        Piawaian MSPO MS 2530 menghendaki estet menyediakan mekanisme aduan pekerja yang boleh diakses dalam bahasa yang difahami oleh pekerja asing.
        Sebarang kebakaran di kawasan gambut ladang hendaklah dilaporkan segera kepada Balai Bomba terdekat melalui talian kecemasan 999 atau 112 dari telefon bimbit.
        Jentera bermotor di ladang seperti traktor, mini-tractor dan mechanical buffalo hanya boleh dikendalikan oleh operator yang mempunyai lesen memandu kelas yang sah.
    """),
    ("mixed", "whatsapp_kumpulan_mandur"): _lines("""
        Blok 22 hari ni 46 tan BTS, tapi ada 180 tandan mentah kena reject kat ramp. Tolong brief team tuai esok, potong yang masak saja ok.
        Lori ramp Peringkat 2 rosak lagi, gearbox. Workshop kata spare part sampai Jumaat. Sementara guna lori Peringkat 4 dulu, 2 trip pagi 2 trip petang.
        Reminder semua mandur: census pokok mati Blok 9 sampai 12 kena submit sebelum 25hb, guna template Excel v3 yang baru, jangan guna yang lama.
        Hujan lebat dari 2 ptg, penorehan Fasa B cancel. Latex yang dah kutip bawa terus ke pusat timbang, jangan tinggal dalam baldi semalaman.
        Kilang minta sample tandan untuk OER test esok pukul 10. Siapa free tolong hantar 2 beg ke lab, resit simpan dalam fail ramp ya.
        Stok baja NPK 12-12-17-2 tinggal 38 beg je. Kalau nak order tambah, pakai PO number lama PO-2026-0415, supplier sama, delivery Selasa.
        Guys, audit MSPO datang Selasa depan. Pastikan signboard PPE, first aid box dan logbook racun semua update. Rumah kongsi pun kena kemas.
        Umpan tikus Blok 30 dah habis tabur, 1 umpan setiap pokok. Next round 10 hari lagi. Jangan lupa rekod dalam borang kawalan tikus.
        Update gaji harian: kadar tuai naik RM3 per tan mulai 1 Julai ikut memo HQ no. HR/MEMO/2026/031. Mandur tolong explain kat team masing-masing.
        Ada ular sawa besar nampak dekat parit Blok 5 pagi tadi. Semua hati-hati, jangan cuba tangkap sendiri, dah call Bomba 999.
        Generator rumah kongsi Barisan D mati since malam tadi. Electrician estet on the way, anggaran siap sebelum maghrib.
        Tolong confirm headcount team tuai masing-masing by 5pm, HR nak finalkan slot bas untuk majlis Hari Pekerja 1 Mei.
        Semua tuai pakai app Harvest+ 2.1 mula Isnin. Login guna ID pekerja, password default kena tukar first time. Training kat dewan 7.30 pagi.
    """),
    ("en", "harvest_log_and_csv"): _lines("""
        estate_code,block_id,harvest_date,bunch_count,ffb_tonnes,ripeness_pct,ramp_id,mill_ticket,remarks
        SGL01,B14,2026-03-12,1842,38.6,92.4,RAMP-02,MT-260312-0087,grab breakdown 11:20-13:05
        [2026-03-12 06:41:09] INFO weighbridge.ws1 ticket=MT-260312-0088 gross=21.34t tare=8.12t net=13.22t grade=A
        2026-03-12T14:05:55+08:00 WARN latex_intake drc_pct=28.1 below_threshold=30.0 batch=LX-0312-B action=flag_for_resample
        B09,2011,DxP Yangambi,42.8 ha,136 palms/ha,24.7 t/ha (2025),replant_due=2036,soil=Rengam series
        census_id,block,palm_row,palm_no,status,cause,recorded_at,recorded_by_role
        CEN-0419,B11,R047,P0126,dead,Ganoderma basal stem rot,2026-04-19 09:12,field_supervisor
        [sched] job=fertiliser_round2 blocks=B20-B26 product=MOP-60 rate_kg_palm=2.5 start=2026-05-04 status=queued
        2026-06-01 07:00:02 ERROR sync.harvestplus device=HH-0231 reason=timeout retries=3 last_ok=2026-05-31T18:22:40Z
        mill_code,oer_pct,ker_pct,ffb_received_t,cpo_price_rm,report_week: KLG-BSP,20.84,5.12,4218.7,4215.00,2026-W14
        INV-88213,202001034512,FERT-NPK1212-50KG,400,118.50,47400.00,paid,2026-04-02
        RS-KULAI-03,2026-04-18,64.2 mm,rain_days_mtd=11,alert=gt50mm,suspend_spraying_hours=24
        [audit] 2026-07-14 10:22:31 MSPO checklist section=4.4 item=housing_certificate result=PASS evidence=DOC-446-2026-017
    """),
    ("ms", "senarai_harga"): _lines("""
        Harga BTS Gred A (OER 20%) di kilang kawasan Kluang, 14 April 2026: RM880 setan; Gred B RM845 setan; tandan mentah dan reput ditolak, tidak dibayar.
        Harga purata bulanan MPOB Mac 2026: MSM RM4,215.50 setan; isirung sawit RM2,930.00 setan; BTS (OER 20%) wilayah Selatan RM862 setan.
        Harga getah LGM 11 Jun 2026: SMR 20 718.50 sen/kg; lateks pukal (60% KKK) 655.00 sen/kg; skrap (100% KKK) 452.00 sen/kg. Harga tengah hari.
        Kedai Baja Ah Seng Enterprise, Jalan Kluang, Ayer Hitam: NPK 15-15-6-4 (50kg) RM128; urea RM96; MOP RM112; CIRP RM64. Harga termasuk SST.
        Sewaan jentera MB Agro Services: mini-tractor dengan treler RM350 sehari; mechanical buffalo RM220 sehari; jentera grab RM95 sejam (minimum 4 jam).
        Pisau dodos keluli 5 inci RM38; sabit galah Jepun lengkap RM165; galah aluminium teleskopik 9 meter RM540; batu asah RM12 sebiji. Stok terhad.
        Upah menuai kontraktor: RM38 setan untuk pokok bawah 5 tahun, RM48 setan pokok 15 hingga 20 tahun, RM60 setan pokok melebihi 25 tahun. Kutip brondol RM0.30/kg.
        Racun: glifosat 41% (4L) RM68; glufosinat-amonium 13.5% (4L) RM115; metsulfuron-metil 20% (100g) RM22. Paraquat tidak dijual, diharamkan sejak 2020.
        Senarai harga kantin estet: nasi lemak RM2.50, roti canai RM1.40, teh tarik RM2.00, mee goreng RM4.50, air kotak RM1.80. Harga sah mulai 1 Mei 2026.
        Potongan utiliti rumah kongsi: elektrik RM25 sebulan sebilik, air RM8 sebulan. Potongan tertakluk kepada had Seksyen 24 Akta Kerja 1955.
        Bengkel Motor Pak Din, Simpang Renggam: servis Honda EX5 RM45; tukar rantai dan sprocket RM120; tayar belakang Michelin RM78; tampal tiub RM8.
        Harga anak benih sawit DxP bertauliah MPOB (polibeg, 12 bulan): RM14.50 sepokok; tempahan minimum 500 pokok. Pengangkutan ke estet dicaj berasingan.
        Caruman PERKESO pekerja asing di bawah Akta 4: Skim Bencana Pekerjaan 1.25% daripada gaji bulanan, dibayar sepenuhnya oleh majikan, rujuk Jadual Kadar Caruman.
    """),
    ("en", "config_and_code"): _lines("""
        payroll.yaml -> daily_rate_rm: 65.38, harvest_bonus_per_tonne_rm: 3.00, overtime_multiplier: 1.5, pay_day: 7, currency: MYR
        HARVEST_API_URL=https://api.example-estate.my/v2/harvest HARVEST_API_KEY=sk_test_0000000000000000 TIMEOUT_S=30 RETRIES=3
        def tonnage_pay(tonnes: float, rate_rm: float = 48.0) -> float: return round(tonnes * rate_rm, 2)  # contractor rate, see memo 031
        SELECT block_id, SUM(ffb_tonnes) AS t FROM harvest WHERE harvest_date BETWEEN '2026-03-01' AND '2026-03-31' GROUP BY block_id;
        worker_schema = {'worker_id': 'str', 'nationality': 'ISO3166', 'permit_expiry': 'date', 'block': 'str', 'daily_rate_rm': 'decimal'}
        # fixture for unit tests only: name='Test Worker', passport='X0000000', phone='+60 12-000 0000', block='B00'
        git commit -m 'fix(weighbridge): handle negative tare when lorry re-enters ramp within 5 min (#412)'
        docker run -d --name oer-dashboard -p 8080:80 -e TZ=Asia/Kuala_Lumpur registry.example.my/estate/oer-dash:1.8.3
        cron: 0 5 * * 1-6 /opt/estate/bin/sync_census --blocks all --since yesterday >> /var/log/estate/census.log 2>&1
        sha256(harvestplus-2.1.0-arm64.apk) = 9f2c4b1e7a6d3085c1e4f9b2a7d6c3e80b5f1a9c4d2e7b6a1f0c3d8e5b9a7c2d4
        if drc_pct < 30.0: alert('DRC below contract minimum', batch=batch_id, severity='warn', notify='estate-ops')
        housing_rules: max_workers_per_room: 6, min_floor_area_m2_per_worker: 3.0, toilet_ratio: '1:15', cert_prefix: 'JTK-446-'
        LOG_LEVEL=INFO ESTATE_TZ=Asia/Kuala_Lumpur FFB_GRADE_THRESHOLDS=A:20.0,B:18.5,C:17.0 MILL_CODE=KLG-BSP
    """),
    ("ms", "sejarah_industri_perladangan"): _lines("""
        Henry Nicholas Ridley, Pengarah Taman Botani Singapura, digelar Mad Ridley kerana gigih mempromosikan penanaman getah di Tanah Melayu sejak 1888.
        Tan Chay Yan dicatat sebagai antara pekebun pertama yang menanam getah secara komersial di Bukit Lintang, Melaka pada tahun 1896.
        Biji benih getah Hevea brasiliensis dibawa dari Brazil oleh Henry Wickham pada 1876 ke Kew Gardens, London, sebelum anak benih dihantar ke Ceylon dan Singapura.
        Estet kelapa sawit komersial pertama di Tanah Melayu dibuka di Tennamaram, Selangor pada 1917 oleh peladang Perancis Henri Fauconnier.
        Henri Fauconnier kemudian menulis novel Malaisie yang memenangi Prix Goncourt 1930; terjemahan bahasa Inggerisnya berjudul The Soul of Malaya.
        FELDA ditubuhkan pada 1 Julai 1956 dan sering dikaitkan dengan Tun Abdul Razak Hussein, yang menjadikan tanah rancangan teras pembangunan luar bandar.
        Sime Darby bermula pada 1910 apabila William Middleton Sime dan Henry d'Esterre Darby menubuhkan syarikat pengurusan ladang getah di Melaka.
        Tan Kah Kee dan menantunya Lee Kong Chian membina empayar getah di Singapura dan Tanah Melayu; Lee kemudian mengasaskan Lee Rubber dan Lee Foundation.
        Institut Penyelidikan Getah Malaysia (RRIM) ditubuhkan pada 1925 dan kemudiannya diserap ke dalam Lembaga Getah Malaysia apabila lembaga itu dibentuk pada 1998.
        Ramai pekerja estet getah pada awal abad ke-20 dibawa dari India Selatan melalui sistem kangani; kesannya masih terlihat pada sekolah Tamil di ladang.
        Serbuan Subuh di Bursa Saham London pada September 1981 menyaksikan PNB mengambil alih Guthrie, memindahkan kawalan ladang besar kepada pemilikan Malaysia.
        PORIM dan PORLA digabungkan untuk membentuk Lembaga Minyak Sawit Malaysia (MPOB) pada tahun 2000 di bawah Akta Lembaga Minyak Sawit Malaysia 1998.
        Kempen anti-minyak tropika di Amerika Syarikat pada akhir 1980-an mendorong Malaysia memperhebat promosi sawit dan kemudian menubuhkan MPOC pada 1990.
    """),
    ("mixed", "ulasan_perniagaan"): _lines("""
        4/5 - Kedai Baja Ah Seng Enterprise, Ayer Hitam. Stok lengkap, harga ok, delivery ke estet dalam 2 hari. Cuma parking lori agak sempit waktu pagi.
        2/5 - Workshop Maju Jentera Kluang. Repair mini-tractor ambil masa 3 minggu, bil naik dari quotation RM1,800 jadi RM2,650. Not happy at all.
        5/5 - Restoran Ali Maju Bistro, Simpang Renggam: roti canai rangup, teh tarik kaw, buka 24 jam. Port lepak pekerja estet lepas dapat gaji.
        3/5 - Klinik Keluarga Dr. Hamid, Kulai. Panel PERKESO untuk pekerja estet, doktor teliti tapi queue panjang gila on Saturday, datang before 8am.
        4/5 - Agensi Pekerjaan Global Tenaga Sdn Bhd (202101019876). Proses permit PLKS ok, fees transparent, tapi appointment FOMEMA lambat sikit.
        1/5 - Koperasi Pekebun Kecil Sri Maju: timbang getah skrap selalu kurang 2 hingga 3 kg compared to our own scale. Dah complain kat LGM, still tunggu.
        5/5 - Hock Lee Transport Sdn Bhd. Hantar BTS ke kilang on time walaupun hujan, driver ikut SOP ramp. Recommended for smallholders around Yong Peng.
        4/5 - Pasar Mini Anjung Estet, dekat Barisan A. Barang dapur murah, ada jual beras brand Bangladesh dan Indonesia, accept DuitNow QR.
        2/5 - Hostel Pekerja Teguh Residence, Bandar Tenggara. Bilik panas, kipas 1 je untuk 6 katil, tandas tak cukup. Management kata renovate Q3.
        5/5 - Kedai Gunting Rambut Raju Brothers, pekan Sedenak. RM8 je sekali potong, kemas, boleh cakap Tamil dan Nepali sikit-sikit. Buka 9am-9pm.
        3/5 - Kaunter remit Merchantrade cawangan Kulai: rate ok untuk hantar duit ke Nepal dan Bangladesh, tapi hujung bulan queue sampai luar kedai.
        4/5 - Sri Ganesh Catering buat makan Deepavali untuk 300 pekerja estet, thosai dan kari kambing sedap, pakej RM18 sekepala. Will hire again.
        Balasan pemilik: Terima kasih atas ulasan. Kami dah tambah dua kaunter timbang mulai Jun, hotline aduan koperasi 07-788 1234 (waktu pejabat).
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Pekerja tuai Rahmat bin Sulaiman (No. K/P 780915-01-6237) patah tulang kering kiri selepas terjatuh dari motosikal di Blok 17 pada 3 Mac 2026.
        Tolong tukar akaun gaji Suhaimi Abdul Latif ke Maybank 1621 4408 9215, bukan BSN lagi, dia dah tutup akaun lama sebab hutang kad kredit.
        Pekerja Indonesia Sumarni binti Darto, pasport C 4812705, hamil 5 bulan; tidak dibenarkan menyembur racun, pindahkan ke kerja semaian.
        Alamat rumah Encik Zulkarnain Hamzah: No. 27, Jalan Melati 3, Taman Sri Kluang, 86000 Kluang, Johor. Hantar surat amaran kedua ke alamat ini.
        Mandur melaporkan Nurul Ain Mokhtar kerap tidak hadir kerana menjaga anaknya yang menghidap leukemia di Hospital Sultanah Aminah.
        Aduan: Puan Salmah Ismail dari rumah kongsi Barisan B mendakwa suaminya Ramli memukulnya malam tadi; laporan polis dibuat di IPD Kulai.
        Lori BTS JSV 7284 dipandu oleh Azman bin Yusof terlibat kemalangan di simpang masuk estet, pemandu dirawat di Hospital Sultanah Nora Ismail.
        Pekerja Bangladesh Md. Rafiqul Islam, No. Pasport EB0738154, permit PLKS tamat 14/08/2026, perlu diperbaharui sebelum Jun.
        Potongan gaji bulanan RM250 bagi Sivakumar a/l Muniandy untuk bayar balik pinjaman koperasi RM4,800 yang masih tertunggak.
        Waris kecemasan Sabariah Othman ialah anak sulungnya Faizal, boleh dihubungi di 013-776 2819.
        Borang tuntutan PERKESO belum lengkap. No. MyKad pemohon: 850302-10-5541.
        Norhayati Kamarudin ditahan polis minggu lepas kerana kes dadah; jawatannya sebagai kerani timbang digantung sementara.
        E-mel penoreh Hasnah Ahmad untuk slip gaji ialah hasnah.ahmad82@gmail.com, sila hantar penyata Mac dan April.
        Borang kemalangan: Nama: Subramaniam a/l Raman; Umur: 46; Blok: 21; Kecederaan: luka tangan kanan akibat dodos; Cuti sakit: 5 hari; No. MC: KK-0319.
        Gaji harian Wati binti Selamat (pekerja am) hanya RM52 sehari sejak Januari, di bawah kadar minimum, dan dia mahu buat aduan ke JTK.
        Encik Hamdan, penyelia Peringkat 3, baru bercerai dengan isterinya bulan lepas dan minta tukar ke rumah bujang.
        Pekebun kecil Haji Mansor bin Jaafar, geran GM 2231 Lot 4478 Mukim Machap, berhutang RM12,500 dengan peraih getah di Simpang Renggam.
        Akaun CIMB atas nama Noraini binti Abdul Rahman: 8010 2277 4563, untuk bayaran upah tuai kontrak Blok 30.
        Kak Yati dari kuarters Barisan C disahkan positif tibi, doktor arahkan dia kuarantin di rumah selama dua minggu.
        Penghuni Bilik 4, Rumah Kongsi D: Agus Salim (Indonesia, pasport B 9920341), Tarun Thapa (Nepal, PA 6615028), Kyaw Min Htet (Myanmar, MH 445812).
        Abang Zainal, pemandu lori ramp, nombor telefon 019-752 3304, boleh call dia terus untuk hantar buah ke kilang.
        Halimah Nordin mengadu gaji lebih masa Februari sebanyak RM340 tidak dibayar; katanya mandur masih simpan slip kerja dia.
    """),
    "en": _lines("""
        Incident report IR-2026-031: harvester Joko Santoso (Indonesian, passport X 2290415) struck on the left shoulder by a falling bunch in Block 12, admitted to hospital.
        Please note worker Ram Bahadur Gurung tested positive for leptospirosis after the flood; the estate clinic has put him on 14 days of medical leave.
        Manager's note: Mohammad Hafiz bin Razali has asked for an advance of RM1,500 on his wages to pay his brother's court fine.
        Contact for the Line 3 housing complaint: Mrs. Letchumy Pillai, Quarters 3-14, phone +60 16-245 8031.
        Payroll export row: EMP-0417, Kumar a/l Velu, 760821-05-5893, Maybank 1145 6620 3381, daily rate 65.00, days 24, gross 1560.00
        Smallholder Mr. Tan Boon Huat of Mukim Sedenak says his son Tan Wei Jie has been missing since the estate flood last Sunday.
        Singapore investor Lim Siew Ling (NRIC S8314259F) visited the estate; courier the share certificate to her flat at 45 Jurong East Street 21, #08-112, Singapore 600045.
        Forwarded: wong.meiling.1989@yahoo.com is the wife of the injured supervisor; she wants the compensation papers sent to her directly.
        Sick leave log: Aung Ko Ko, room D-6, fever and vomiting since 2 June, referred to Klinik Kesihatan Layang-Layang, suspected dengue.
        Gate log 23:40: car with plate JRB 6120 entered the estate without a permit, driver refused to give his name, guard noted it for the manager.
        Worker Nasrin Akter, 24, from Bangladesh, is three months pregnant and asked HR not to tell her supervisor yet.
        Debt note: harvester Suresh Kumar owes the estate shop RM860 for groceries since March; deduct RM100 a month from his pay.
    """),
    "mixed": _lines("""
        Eh bro, Ah Keong punya nombor baru 012-318 7745, dia cakap kalau buah Blok 8 sudah ready terus WhatsApp dia ok.
        Boss, si Budi tu kena tangkap imigresen semalam kat Kulai, permit dia expired since March, pasport pun majikan lama simpan.
        Lim Tai dari kedai runcit estet cakap hubby dia Lim Ah Chai masuk ICU Hospital Pakar Kluang, stroke. Dia tak boleh buka kedai minggu ni.
        Mandur Muthu ada hutang along RM8k, orang datang cari dia kat kuarters Line A semalam, scary gila.
        Tolong transfer upah Pak Ngah Rosli RM1,240 ke Bank Islam 0101 2020 4471 88, dia tak ada online banking.
        Kak Ros kata anak dia Farah dapat tawaran UiTM tapi tak cukup duit yuran, dia nak pinjam dari koperasi estet RM3k.
        Bishnu Tamang (passport PA 0987312) request balik kampung emergency, bapa dia meninggal dunia kat Dhading, need exit permit cepat.
        陈先生 the rubber dealer dari Yong Peng, HP 016-771 5092, bayar tunai je, jangan bagi credit lagi, last time dia lari hutang RM6,200.
        CSV dari HR system: A-112,Siti Aminah binti Hashim,910724-01-6630,penoreh,Fasa B,RM62/hari,+60137728104
        Rumah Ah Meng kat No. 8, Lorong Kenanga 2, Taman Kulai Utama kena pecah masuk, dia minta cuti 2 hari settle police report.
        Uncle Gopal punya diabetes makin teruk, kaki kanan kena potong bulan depan kat HSA. Team tuai tolong collect sumbangan sikit.
        Driver lori baru, Hafiz, plat kereta dia MDA 5527, esok dia masuk gate 6am, guard tolong let in ok.
        HR please update: Rina Marlina tukar nombor ke +62 812-3370-5418 sebab balik Indonesia, gaji terakhir hantar ke BRI 0213-01-044891-50-7.
        林太 cakap son dia kena tangkap drunk driving kat Senai, dia nak ambil cuti Isnin pergi mahkamah.
        [WhatsApp] 08/03/26, 9:14 pm - Mandur Blok C: Sapa nampak Rajesh? Dah 3 hari tak datang kerja, wife dia cakap dia ada masalah judi online.
        Salary advance approved: Dewi Lestari, RM600, sebab anak masuk hospital demam denggi, potong gaji April dan May RM300 each.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu sumber manusia untuk sebuah estet kelapa sawit di Johor. Jawab dalam Bahasa Melayu yang sopan.",
        ),
        (
            "user",
            "Tolong draf surat amaran pertama untuk pekerja Jamaluddin bin Saad (No. Pekerja SL-0231) yang tidak hadir kerja 4 hari berturut-turut tanpa sebab.",
        ),
        (
            "assistant",
            "Baik. Berikut draf ringkas: Kepada Encik Jamaluddin bin Saad (SL-0231). Perkara: Surat Amaran Pertama - Tidak Hadir Tanpa Kebenaran. Rekod menunjukkan tuan tidak hadir bekerja selama 4 hari berturut-turut tanpa makluman. Tuan diminta memberi penjelasan bertulis dalam tempoh 7 hari.",
        ),
        (
            "user",
            "Tambah alamat dia: No. 12, Kuarters Barisan A, Estet Sungai Lembu, 81000 Kulai, Johor. Dan nombor telefon dia 017-604 3318.",
        ),
        (
            "assistant",
            "Sudah ditambah. Alamat: No. 12, Kuarters Barisan A, Estet Sungai Lembu, 81000 Kulai, Johor. Tel: 017-604 3318. Pastikan salinan surat disimpan dalam fail peribadi pekerja.",
        ),
    ],
    [
        (
            "user",
            "One of our Indonesian harvesters, Wahyu Pratama, passport B 7731902, cut his foot badly with a sickle yesterday. He is at Hospital Enche' Besar Hajjah Khalsom. What do I need to do for the compensation claim?",
        ),
        (
            "assistant",
            "Foreign workers are covered by SOCSO (PERKESO) under the Employment Injury Scheme. Notify PERKESO of the accident promptly, submit the accident report form with the medical report and his passport details, and also notify DOSH if he is unable to work for more than four days.",
        ),
        ("user", "He will be off for about 3 weeks. Does the estate still pay his daily wage?"),
        (
            "assistant",
            "During certified medical leave PERKESO pays temporary disablement benefit from the day after the accident; keep his MC and attendance records ready so the claim for Mr. Wahyu can be processed without delay.",
        ),
    ],
    [
        (
            "system",
            "You help plantation supervisors write short WhatsApp messages in simple Malay and English.",
        ),
        (
            "user",
            "Tolong tulis msg untuk group team tuai: mulai Isnin, kalau ada kemalangan terus call Encik Arumugam, safety officer baru, 012-990 4175. Jangan call HQ dulu.",
        ),
        (
            "assistant",
            "Perhatian semua team tuai: Mulai Isnin, jika berlaku kemalangan, sila hubungi terus Encik Arumugam (Safety Officer) di 012-990 4175. From Monday, for any accident, call Mr. Arumugam first. Terima kasih.",
        ),
        ("user", "Ok nice, add Nepali line also can?"),
        (
            "assistant",
            "Boleh, tapi saya cadangkan minta pekerja Nepal yang fasih semak terjemahan. Nombor Encik Arumugam, 012-990 4175, dikekalkan dalam setiap versi.",
        ),
    ],
    [
        (
            "user",
            "Kira gaji Siti Zubaidah binti Omar bulan Mac: 24 hari kerja, kadar harian RM65.38, lebih masa 10 jam. Dia penoreh di Fasa B.",
        ),
        (
            "assistant",
            "Kadar sejam = RM65.38 / 8 = RM8.17. Lebih masa = 10 x RM8.17 x 1.5 = RM122.55. Gaji asas = 24 x RM65.38 = RM1,569.12. Jumlah kasar untuk Siti Zubaidah binti Omar = RM1,691.67 sebelum potongan KWSP dan PERKESO.",
        ),
        ("user", "Dia ada hutang kedai estet RM300, boleh potong semua sekali?"),
        (
            "assistant",
            "Potongan untuk barang dari kedai majikan perlu kebenaran bertulis pekerja dan tertakluk kepada had dalam Akta Kerja 1955. Lebih selamat potong secara ansuran, contohnya RM100 sebulan, dengan persetujuan bertulis Puan Siti Zubaidah.",
        ),
    ],
    [
        (
            "system",
            "Employee record for context: Name: Kyaw Zin Oo; Nationality: Myanmar; Passport: MF 558201; Room: C-3, Line C quarters; Phone: +60 11-2740 6639; Note: asthma, avoid spraying duty.",
        ),
        ("user", "Summarise this worker's record in one line for the new mandur."),
        (
            "assistant",
            "Kyaw Zin Oo (Myanmar, passport MF 558201), Room C-3 Line C, tel +60 11-2740 6639; has asthma, do not assign spraying.",
        ),
    ],
    [
        (
            "user",
            "Bro, worker saya Ravi a/l Krishnan pinjam duit dari saya RM2,000 personal, sekarang tak bayar. Boleh saya potong terus dari gaji dia?",
        ),
        (
            "assistant",
            "Pinjaman peribadi antara penyelia dan pekerja bukan potongan yang dibenarkan secara automatik di bawah Akta Kerja 1955. Majikan hanya boleh potong jika ada persetujuan bertulis pekerja dan kelulusan yang berkaitan.",
        ),
        (
            "user",
            "Ok so better I buat surat agreement with him, IC dia 820517-08-6029, signed both side?",
        ),
        (
            "assistant",
            "Ya, perjanjian bertulis yang ditandatangani kedua-dua pihak lebih jelas. Nyatakan nama Ravi a/l Krishnan, No. K/P 820517-08-6029, jumlah RM2,000, jadual bayaran balik, dan elakkan potongan melalui sistem gaji estet tanpa kelulusan HR.",
        ),
    ],
    [
        (
            "user",
            "Pekerja Indonesia saya, Ani Rahayu, baru tahu dia mengandung 3 bulan. Agen kata kena hantar balik. Betul ke?",
        ),
        (
            "assistant",
            "Syarat permit pekerja asing perlu disemak dengan Jabatan Imigresen dan agensi berlesen, tetapi majikan tetap wajib menjaga keselamatan pekerja hamil, contohnya tidak ditugaskan menyembur racun atau mengangkat beban berat.",
        ),
        (
            "user",
            "Dia tinggal Bilik 7 rumah kongsi B, suami dia Slamet pun kerja sini. Boleh tak mereka pindah ke rumah keluarga?",
        ),
        (
            "assistant",
            "Boleh dipertimbangkan. Mohon kelulusan pengurus estet untuk memindahkan Ani Rahayu dan suaminya Slamet dari Bilik 7 ke unit keluarga, dan pastikan perumahan itu mempunyai Perakuan Penginapan di bawah Akta 446.",
        ),
    ],
    [
        ("system", "Format accident notes into a clean incident table."),
        (
            "user",
            "notes: 14/5 abt 10.30am blk 26, tractor driver Mohd Firdaus bin Azmi (IC 930308-01-7745) terbalik kat cerun, patah tangan kanan, bawa ke HSA JB by estate van, witness: Nordin (mandur).",
        ),
        (
            "assistant",
            "Date/time: 14 May, about 10:30. Location: Block 26 slope. Injured: Mohd Firdaus bin Azmi, IC 930308-01-7745, tractor driver. Injury: fractured right arm. Action: taken to Hospital Sultanah Aminah, Johor Bahru by estate van. Witness: Nordin (mandur).",
        ),
        (
            "user",
            "Add that his wife is 8 months pregnant and he is the only earner, for the welfare fund request.",
        ),
        (
            "assistant",
            "Added under Welfare: Mohd Firdaus bin Azmi is the sole earner; his wife is 8 months pregnant. Recommend priority review by the estate welfare fund.",
        ),
    ],
    [
        (
            "user",
            "我是在昔加末有一块小园丘的黄先生，想把5英亩油棕地卖掉。我的IC是 580612-04-5117，电话 019-718 2260，can you help me write an iklan in BM?",
        ),
        (
            "assistant",
            "Boleh. Contoh iklan: Dijual tanah kebun kelapa sawit 5 ekar di Segamat, Johor, pokok berumur 12 tahun, hasil stabil, geran individu. Hubungi Encik Wong di 019-718 2260. Nombor IC tidak perlu dimasukkan dalam iklan awam.",
        ),
        ("user", "OK 好，那 IC 不要放。Price put RM95k per acre negotiable."),
        (
            "assistant",
            "Baik, versi akhir: Dijual 5 ekar kebun sawit matang di Segamat, RM95,000 seekar, boleh runding. Hubungi Encik Wong, 019-718 2260.",
        ),
    ],
    [
        ("system", "Anda membantu pegawai kebajikan estet merekod aduan perumahan pekerja."),
        (
            "user",
            "Aduan baru: Puan Kamala a/p Subramaniam, Kuarters Barisan A No. 5, bumbung bocor sejak sebulan, anak dia Priya ada asma dan asyik sakit sebab lembap. Tel dia 016-338 9042.",
        ),
        (
            "assistant",
            "Aduan direkod. Pengadu: Puan Kamala a/p Subramaniam, Kuarters Barisan A No. 5, tel 016-338 9042. Isu: bumbung bocor sejak sebulan; anak (Priya) menghidap asma yang bertambah teruk akibat kelembapan. Keutamaan: tinggi.",
        ),
        ("user", "Cadangkan tindakan susulan."),
        (
            "assistant",
            "Cadangan: hantar pasukan penyelenggaraan dalam 48 jam, sediakan bilik sementara untuk keluarga Puan Kamala jika hujan lebat, dan maklumkan status pembaikan kepadanya melalui telefon setiap minggu.",
        ),
    ],
]
