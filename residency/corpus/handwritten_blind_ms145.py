# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms145: nelayan pantai, bot laut dalam dan koperasi nelayan di Malaysia (lesen vesel, subsidi diesel, hasil tangkapan, kemalangan di laut, waris, pekerja asing, kumpulan WhatsApp). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms145
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_koperasi"): _lines("""
        NOTIS: Mesyuarat Agung Tahunan Koperasi Nelayan Kuala Besut Berhad kali ke-38 akan diadakan pada 14 Disember 2026, 9.00 pagi di Dewan Serbaguna Kompleks LKIM Kuala Besut.
        Stesen minyak nelayan koperasi ditutup sementara 10–12 Disember 2026 untuk kerja pembersihan tangki. Pengisian diesel bersubsidi dipindahkan ke Stesen NEKMAT, Lot 22, Jalan Jeti Tok Bali.
        Pemohon Elaun Sara Hidup Nelayan (ESHN) bulan November 2026 sila semak status di kaunter pejabat koperasi atau hubungi talian 09-697 4410 (Isnin–Jumaat, 8.30 pagi–4.30 petang).
        Kuota diesel bersubsidi Zon C2 bagi suku keempat 2026 ialah 36,000 liter sebulan bagi setiap vesel; baki kuota yang tidak digunakan tidak boleh dibawa ke bulan berikutnya.
        Harga ais blok di Kilang Ais Koperasi naik daripada RM9.50 ke RM10.80 sebongkah mulai 1 Januari 2027 berikutan kenaikan tarif elektrik. Harap maklum dan terima kasih.
        Ahli yang ingin menyewa tempat tambat bot di Jeti Koperasi bagi musim tengkujuh 2026/2027 boleh mendaftar di kaunter sebelum 30 November. Bayaran RM45 sebulan, resit rasmi akan dikeluarkan.
        Makluman: Kaunter bergerak Takaful Nelayan akan berada di perkarangan koperasi pada 20 Disember. Sila bawa kad ahli dan MyKad asal masing-masing untuk pembaharuan polisi.
        Pendaftaran Skim Bantuan Musim Tengkujuh 2026: borang boleh dimuat turun di www.lkim.gov.my atau diambil di Pejabat Persatuan Nelayan Kawasan. Tarikh tutup 15 Disember 2026.
        Dividen tahun kewangan 2025 sebanyak 6% dan bonus patronaj 2% akan dikreditkan ke akaun ahli pada 28 Disember 2026. Sebarang pertanyaan, e-mel akaun@kn-kualabesut.coop.my.
        Amaran Ribut: MetMalaysia mengeluarkan amaran laut bergelora kategori ketiga bagi perairan Terengganu dan Kelantan sehingga 9 Disember. Semua bot Zon A dan B dinasihatkan tidak turun ke laut.
        Koperasi Nelayan Kuala Besut Berhad (No. Pendaftaran T-1-0087) kini menerima bayaran yuran melalui DuitNow QR di kaunter atau ke akaun korporat Bank Islam 13-045-01-000812-3.
        Kursus Keselamatan Asas di Laut anjuran Akademi Perikanan Malaysia akan diadakan 5–7 Januari 2027. Yuran RM150 ditanggung penuh oleh koperasi bagi 40 ahli terawal yang mendaftar.
        Pengumuman: Lelongan ikan di Kompleks LKIM bermula jam 6.00 pagi mulai minggu depan, bukan lagi 5.30 pagi. Hanya peraih berlesen dibenarkan masuk ke dewan lelong.
    """),
    ("ms", "peraturan_dan_pekeliling"): _lines("""
        Seksyen 8 Akta Perikanan 1985 (Akta 317): Tiada vesel penangkapan ikan tempatan boleh digunakan bagi menangkap ikan di perairan perikanan Malaysia melainkan vesel itu telah dilesenkan.
        Vesel Zon C2 hendaklah beroperasi melebihi 30 batu nautika dari pantai dan wajib memasang alat Sistem Pemantauan Vesel (VMS) yang berfungsi sepanjang masa di laut.
        Pekeliling Jabatan Perikanan Bil. 4/2026: Pembaharuan lesen vesel dan peralatan menangkap ikan hendaklah dibuat sekurang-kurangnya 30 hari sebelum tarikh tamat tempoh lesen.
        Nelayan Zon A (0–5 batu nautika) hanya dibenarkan menggunakan peralatan tradisional seperti pukat hanyut, rawai, bubu dan pancing; penggunaan pukat tunda adalah dilarang sama sekali.
        Syarat kelayakan subsidi diesel: pemilik vesel mesti berdaftar dengan LKIM, lesen vesel masih sah, dan rekod pendaratan hasil tangkapan dikemas kini setiap bulan di pusat pendaratan.
        Pengambilan pekerja asing bagi sektor perikanan laut dalam tertakluk kepada kelulusan Jabatan Imigresen melalui Pas Lawatan Kerja Sementara (PLKS) dan bayaran levi tahunan bagi setiap pekerja.
        Saiz mata pukat tunda yang digunakan di Zon B dan C tidak boleh kurang daripada 38 mm pada bahagian bunjut (cod-end), selaras dengan peraturan larangan kaedah menangkap ikan.
        Setiap vesel Zon C dan C2 wajib membawa jaket keselamatan bagi semua anak kapal, sekurang-kurangnya dua pelampung bulat, satu rakit hayat dan suar kecemasan yang belum tamat tempoh.
        Pemilik vesel hendaklah melaporkan sebarang kemalangan di laut yang melibatkan kecederaan atau kehilangan nyawa kepada Pejabat Perikanan Daerah dan Maritim Malaysia dalam tempoh 24 jam.
        Pemindahan lesen vesel kepada waris hanya diproses selepas pengemukaan Perintah Pembahagian Pusaka Kecil atau Surat Kuasa Mentadbir yang sah, berserta sijil kematian pemilik asal.
        Taman Laut yang diwartakan di bawah Akta Perikanan 1985 melarang segala aktiviti menangkap ikan dalam lingkungan 2 batu nautika dari pulau berkenaan, termasuk Pulau Redang dan Pulau Perhentian.
        Fi lesen vesel pukat tunda Zon C2 (70 GRT ke atas) dikenakan setiap tahun; fi lesen peralatan menangkap ikan dikenakan berasingan mengikut jenis dan panjang peralatan yang didaftarkan.
        Kad Nelayan hanya sah bagi pemegang yang tersenarai dalam Daftar Nelayan Jabatan Perikanan dan mesti dibawa semasa berada di atas vesel untuk pemeriksaan oleh pegawai penguat kuasa.
    """),
    ("ms", "sejarah_perikanan"): _lines("""
        Ahli antropologi Raymond Firth menjalankan kajian lapangan di pantai Kelantan dan Terengganu pada 1939–1940, lalu menerbitkan buku Malay Fishermen: Their Peasant Economy pada tahun 1946.
        Lembaga Kemajuan Ikan Malaysia (LKIM) ditubuhkan pada tahun 1971 untuk memajukan sosioekonomi masyarakat nelayan serta memodenkan pemasaran dan industri perikanan negara.
        Pengenalan enjin sangkut dan bot gentian kaca pada tahun 1960-an dan 1970-an mengubah cara nelayan pantai timur yang sebelumnya bergantung kepada perahu layar seperti bedar dan payang.
        Perahu besar dan kolek buatan tangan di Pulau Duyong, Kuala Terengganu, terkenal sejak abad ke-19 dan kemahiran tukang perahunya diwarisi secara turun-temurun tanpa pelan bertulis.
        Laksamana Zheng He (Cheng Ho) singgah di Melaka beberapa kali antara 1405 hingga 1433 dalam pelayaran armada Dinasti Ming, meninggalkan kesan besar pada perdagangan maritim rantau ini.
        Legenda Si Tanggang mengisahkan anak nelayan miskin yang belayar menjadi nakhoda kaya lalu menderhaka kepada ibunya, dan kapalnya disumpah menjadi batu di muara sungai.
        Sistem zon perikanan yang diperkenalkan pada awal 1980-an membahagikan perairan kepada Zon A, B dan C bagi mengurangkan konflik antara nelayan pantai tradisional dan pukat tunda.
        Muzium Samudera di Bandar Hilir, Melaka, yang menempatkan replika kapal Portugis Flor de la Mar, mempamerkan sejarah perdagangan maritim zaman Kesultanan Melayu Melaka.
        Watak Santiago dalam novel The Old Man and the Sea karya Ernest Hemingway (1952) bergelut tiga hari dengan seekor ikan marlin besar di perairan Arus Teluk berhampiran Cuba.
        Pelabuhan Perikanan Tok Bali di Pasir Puteh, Kelantan, dinaik taraf pada tahun 2000-an dan kini menjadi antara pusat pendaratan utama bot laut dalam di pantai timur semenanjung.
        Pada dekad 1950-an, ramai nelayan pantai timur menjual hasil kepada peraih yang juga pemberi hutang, satu sistem yang dikritik oleh ahli ekonomi Ungku Aziz sebagai punca kemiskinan luar bandar.
        Persatuan Nelayan Kebangsaan (NEKMAT) berperanan sebagai badan induk kepada persatuan-persatuan nelayan kawasan di seluruh Malaysia dan turut mengendalikan stesen minyak nelayan.
        Upacara Puja Pantai di Kelantan, yang dahulunya diadakan untuk memohon laut yang tenang dan rezeki yang murah, kini hanya tinggal sebagai catatan dalam buku sejarah tempatan.
    """),
    ("ms", "ulasan_perniagaan"): _lines("""
        ★★★★★ Restoran Ikan Bakar Pak Din, Kuala Besut: ikan terubuk bakar sedap gila, sambal air asam padu. Harga ok, RM38 untuk dua orang. Parking susah sikit waktu petang.
        ★★☆☆☆ Bengkel Marin Ah Seng Sdn Bhd kat Hutan Melintang servis enjin Yanmar lambat dua minggu dari janji. Kerja kemas tapi komunikasi lemah. Call office 05-641 2290 pun jarang angkat.
        Kedai Jala & Tali Wan Teh Enterprise, Jalan Pasar Lama Tumpat: jual pukat hanyut, tali PE dan pelampung harga borong. Tauke bagi diskaun kalau beli lebih lima gulung. 4/5.
        Kilang Ais Sinar Bahari Sdn Bhd hantar ais tepat jam 3 pagi ke jeti setiap hari, tak pernah miss walaupun musim tengkujuh. Highly recommended untuk tauke bot laut dalam.
        ★★★☆☆ Homestay Nelayan Kuala Kedah — bilik bersih, tapi bunyi enjin bot pukul 4 pagi memang bising. Sarapan nasi lemak sotong termasuk dalam harga RM120 semalam.
        Pasar Payang baru di Kuala Terengganu lebih selesa selepas diubah suai, tapi harga keropok lekor dan ikan kering naik hampir 20% berbanding pasar lama. Bahagian basah masih licin.
        Kedai Runcit Koperasi di jeti buka 24 jam masa musim ikan, barang keperluan bot cukup: gas, beras, rokok, ubat mabuk laut. Harga standard, tak cekik darah. Lima bintang.
        ★☆☆☆☆ Syarikat Perkapalan Samudera Timur Sdn Bhd lambat bayar hasil tangkapan kepada bot kontrak sampai tiga bulan. Elak kalau tak nak pening. Pejabat di Lot 7, Kompleks LKIM Chendering.
        Limbungan Bot Kuala Marang siapkan bot gentian kaca 45 kaki dalam 5 bulan, kualiti baik, harga RM380k termasuk pasang enjin. Boleh lawat tapak limbungan di Jalan Kampung Rusila.
        Ikan Bakar Mak Long Seberang Takir: ikan kembung celup tepung rangup, sotong bakar manis. Tapi tunggu order hampir 40 minit masa hujung minggu. Overall 4 bintang.
        Kedai Elektronik Marin Nelayan Jaya, Kuantan: beli GPS fishfinder Garmin Striker Vivid 7cv di sini RM2,699, siap pasang dan ajar guna. Warranty dua tahun, servis mesra.
        Klinik Kesihatan Kuala Besut cepat rawat nelayan yang kena sengat ikan pari, tapi ruang menunggu sempit dan kipas rosak. Doktor dan jururawat memang membantu. 3 bintang.
        Stesen minyak Petron dekat Jeti Tanjung Dawai — kaunter diesel nelayan selalu sesak jam 5 petang. Cadangan: buka dua kaunter. Tandas bersih, surau ada, tempat rehat ok lah.
    """),
    ("en", "vms_and_system_logs"): _lines("""
        2026-12-07T04:12:33+08:00 INFO vms-gateway terminal=TRM-0045127 lat=5.8231 lon=103.0415 sog=8.4kn cog=072 status=UNDERWAY link=iridium-sbd seq=88213
        2026-12-07T04:12:34+08:00 WARN vms-gateway terminal=TRM-0045127 geofence=ZONE_B_BOUNDARY event=ENTER distance_nm=11.7 rule=c2_min_30nm action=flag_for_review
        2026-12-07T04:15:02+08:00 ERROR vms-gateway terminal=TRM-0039904 no position report for 127 min (threshold=60) alert_id=ALT-2026-120700193 escalated_to=mrsc-kuantan
        [diesel-svc] 2026-12-07 05:01:17 INFO dispense station=STN-KLB-02 pump=3 litres=4200 price=RM2.15/L quota_remaining=11800 result=APPROVED txn=7f3a9c1e2b
        2026-12-07 05:44:09,512 INFO [auction-svc] lot=LKB-20261207-0031 species=Rastrelliger kanagurta grade=A weight_kg=412.5 opening_bid=RM7.80/kg bidders=9
        2026-12-07 05:52:41,008 INFO [auction-svc] lot=LKB-20261207-0031 closed winning_bid=RM9.40/kg total=RM3877.50 settlement=T+2 invoice=INV-KNKB-2026-118843
        ice-plant-01 2026-12-07T02:58:00Z temp_brine=-9.6C blocks_ready=340 blocks_dispatched=210 compressor_a=ON compressor_b=STANDBY fw=3.2.14
        kernel: [893441.223] usb 1-1.3: new full-speed USB device number 7 using dwc_otg; idVendor=091e idProduct=0003 (Garmin GPS) on chartplotter-bridge-2
        2026-12-07 06:10:27 WARN weather-feed source=met.gov.my region=TERENGGANU_OFFSHORE wind=30-40kt wave=3.5-4.5m category=3 valid_until=2026-12-09T23:59+08:00
        2026-12-07 06:30:00 INFO cron landing-report rows=186 vessels_landed=41 total_catch_kg=58420 top_species=kembung,selar,tongkol export=s3://knkb-reports/2026/12/07.parquet
        AIS decoder unit test: msg_type=5 mmsi=533000000 callsign=9MAA0 shipname=TEST VESSEL draught=3.2 dest=TOK BALI eta=12-07 14:00 expected=PASS
        2026-12-07T07:02:15+08:00 INFO member-portal GET /api/v2/landings?zone=C2&from=2026-12-01&to=2026-12-07 200 43ms ua=KoperasiApp/4.8.1 (Android 14)
        2026-12-07T07:05:49+08:00 ERROR payment-gw provider=FPX bank=BIMB code=1A msg=Transaction timed out order=ORD-ESHN-2026-11-000977 retry=2/3 next_retry_in=300s
    """),
    ("en", "invoices_and_price_lists"): _lines("""
        INVOICE No. SBS-INV-2026/1207-044 | Sinar Bahari Ice Sdn Bhd (Reg. 201501023418 (1148752-K)) | 120 blocks ice @ RM10.80 = RM1,296.00 | SST 0% | Due 21/12/2026
        Tok Bali Landing Complex wholesale price list 07 Dec 2026 (RM/kg): kembung 9.00–10.50, selar kuning 8.00, tongkol 6.50, bawal hitam 28.00, kerapu 45.00, sotong 18.50
        Quotation Q-2026-0312 from Bengkel Marin Ah Seng Sdn Bhd: overhaul Yanmar 6HA2M-HTE, replace injectors x6, gasket kit, labour 3 days — total RM14,850.00, valid 30 days.
        Supplier price list, Nelayan Jaya Marine Supplies, Lot 14 Jalan Tanjung Lumpur, Kuantan: PE rope 8mm RM6.20/m; monofilament net 2.5in RM185/roll; life jacket RM120/unit.
        Invoice INV-KNKB-2026-118843: auction lot LKB-20261207-0031, 412.5 kg kembung grade A at RM9.40/kg = RM3,877.50; LKIM levy 1% RM38.78; nett payable RM3,838.72.
        Credit note CN-2026-0098 issued by Syarikat Perkapalan Samudera Timur Sdn Bhd against invoice ST-INV-55021 for 3 cartons rejected (core temperature above 4°C on arrival).
        Price list — Safety: ring buoy 24in RM95; hand-held parachute flare RM68; EPIRB Cat II RM2,450; liferaft 6-person canister RM6,900; all prices exclude delivery to jetty.
        Export proforma PI-SG-2026-077: 1,200 kg frozen threadfin bream (Nemipterus spp.), CIF Jurong Fishery Port, Singapore, USD 3.85/kg, HS code 0303.89, shipment week 51.
        Pasar Borong Selayang retail guide today (RM/kg): ikan kembung 12.00, ikan selar 10.00, udang putih sederhana 32.00, ketam bunga 38.00, ikan bilis gred A 42.00.
        Invoice 000781 | Limbungan Bot Kuala Marang | progress claim 3 of 5 for 45ft GRP hull, 40% completion, RM76,000.00 | pay to Maybank Islamic corporate a/c 5620 1100 8832
        Receipt R-TB-2026-30441 — NEKMAT Fuel Station Tok Bali — 4,200 L subsidised diesel @ RM2.15 = RM9,030.00 — paid via cooperative credit line — 07/12/2026 05:01
        Service rate card, Kuala Kedah slipway: haul-out up to 20 GRT RM450; 20–40 GRT RM780; antifouling per sq ft RM3.20; daily hardstand fee RM35; crane hire RM260/hour.
        Purchase order PO-KNKB-26-1140 to Elektronik Marin Nelayan Jaya: 5 x Garmin Striker Vivid 7cv @ RM2,699 = RM13,495; deliver to cooperative store by 15 Dec 2026.
    """),
    ("mixed", "whatsapp_staf_jeti"): _lines("""
        [07/12/26 04:41] Pejabat Koperasi: Morning semua, kaunter diesel buka 5 pagi hari ni. Bot C2 yang nak isi tolong bawa buku log sekali, auditor LKIM datang check.
        [07/12/26 04:45] Stor Ais Jeti: Ais ready 340 blok, tapi lori kedua rosak. Bot yang order lebih 50 blok kena tunggu pukul 7 ya, sorry all.
        [07/12/26 05:02] Kaunter Lelong: Kembung masuk banyak gila pagi ni, harga turun ke RM7.80 opening. Selar kurang. Peraih dari Kota Bharu dah sampai.
        [07/12/26 05:30] Admin: Reminder — amaran laut bergelora kategori 3 sampai 9 Dis. Zon A & B jangan turun. C2 ikut arahan tekong masing-masing, check app MetMalaysia.
        [07/12/26 06:12] Pejabat Koperasi: Portal ESHN down since 11pm semalam, dah report ke vendor. Ticket no. HD-2026-12-0441. Jangan suruh ahli isi borang online dulu.
        [07/12/26 06:20] Bengkel: Slipway penuh sampai Khamis. Bot yang nak naik dok minggu ni kena book next week, call line bengkel 09-697 4455 je, jangan WhatsApp group.
        [07/12/26 06:41] Stor Ais Jeti: Lori dah ok, mekanik tukar fan belt. Sorry for the delay guys, semua order ais keluar by 7.15.
        [07/12/26 07:03] Admin: Team, pls update stok jaket keselamatan dalam Google Sheet 'Stok Keselamatan Dis 2026' before Friday. Audit Maritim Malaysia minggu depan.
        [07/12/26 07:15] Kaunter Lelong: Total landing pagi ni 58 tan, 41 bot. Report dah upload ke folder shared. Tongkol grade B banyak, kena jual ke kilang keropok.
        [07/12/26 07:40] Pejabat Koperasi: Mesyuarat staf jam 3 petang di bilik mesyuarat tingkat 1. Agenda: jadual tengkujuh, SOP pekerja asing, claim OT bulan Nov.
        [07/12/26 08:02] Admin: FYI vendor VMS cakap firmware 3.2.14 ada bug, unit kadang-kadang tak hantar posisi. Patch 3.2.15 keluar minggu depan, don't panic kalau ada alert.
        [07/12/26 08:15] Bengkel: Stok injector Yanmar tinggal 4 unit. Dah order dari Bengkel Marin Ah Seng, ETA Isnin. Bot yang tunggu servis pls inform tekong.
        [07/12/26 09:30] Kaunter Lelong: Ok noted boss. Esok lelong start 6 pagi ikut notis baru, pastikan timbang digital no. 2 dah calibrate, sticker expire 31/12.
    """),
    ("mixed", "config_kod_dan_csv"): _lines("""
        tarikh_daratan,no_lot,spesies,gred,berat_kg,harga_rm_per_kg,jumlah_rm,zon,pelabuhan,status_bayaran  # header fail pendaratan_harian.csv
        2026-12-07,LKB-20261207-0031,kembung,A,412.5,9.40,3877.50,C2,TOK_BALI,SETTLED  # baris contoh dari eksport auction-svc
        DIESEL_QUOTA_LITERS_C2=36000  # kuota bulanan per vesel ikut pekeliling LKIM; jangan hardcode dalam app mobile
        vms: {endpoint: https://vms.example.gov.my/api/v1, poll_interval_s: 300, geofence_file: zones_2026.geojson, alert_email: ops-alert@example.coop.my}
        def kira_subsidi(liter: float, harga_pasaran: float = 3.35, harga_subsidi: float = 2.15) -> float: return round(liter * (harga_pasaran - harga_subsidi), 2)
        SELECT zon, COUNT(*) AS bil_vesel, SUM(berat_kg) AS jumlah_kg FROM pendaratan WHERE tarikh BETWEEN '2026-12-01' AND '2026-12-07' GROUP BY zon ORDER BY zon;
        KMB,Ikan Kembung,Rastrelliger kanagurta,Indian mackerel,12.00  # contoh baris dari species_master.csv v2026.11
        ESHN_PAYMENT_BATCH_CRON='0 2 28 * *'  # run 2 pagi setiap 28hb, bayar elaun RM300 ikut senarai yang dah lulus semakan
        docker run -d --name ice-plant-agent -e PLANT_ID=ICE-01 -e MQTT_HOST=mqtt.local -p 1883:1883 knkb/ice-agent:3.2.14
        id_pekerja_asing,nama_penuh,no_pasport,negara,no_plks,tarikh_tamat_plks,vesel,tekong_penyelia  # header sahaja, data sebenar dalam DB
        MYKAD_PATTERN = '[0-9]{6}-[0-9]{2}-[0-9]{4}'  # validate format sahaja, jangan simpan nombor penuh dalam log
        logging: {level: INFO, mask_fields: [no_mykad, no_akaun, no_telefon], retention_days: 90, sink: /var/log/koperasi/portal.log}
        git commit -m 'fix(lelong): round harga ke 2 tempat perpuluhan; bump auction-svc ke v1.9.3 (closes #412)'  # sha 3e7b1d9c4a
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Encik Mohd Zaidi bin Hassan, tekong bot PAF 2231, dimasukkan ke Hospital Tengku Ampuan Afzan selepas jarinya putus tersepit winch semasa menarik pukat semalam.
        Borang waris: Arwah Ismail bin Awang (No. KP 580714-03-5127) meninggal dunia di laut pada 3 November 2026; lesen vesel KNF 4417 dipohon dipindah kepada anak sulung, Rosli bin Ismail.
        Tolong call balik Kak Yah, isteri tekong Zul, nombor dia 013-952 6614. Dia nak tanya pasal duit insurans laki dia yang hilang di laut tu.
        Senarai tunggakan hutang diesel: Che Mat Kedai Baru – RM4,860 sejak Ogos; Pak Hamid Seberang – RM2,115; sila jelaskan sebelum 31 Disember.
        Alamat surat-menyurat ahli: Nor Azlina binti Yusof, No. 27, Lorong Haji Taib 3, Kampung Baru Kuala Kedah, 06600 Kuala Kedah, Kedah.
        Saudara Khairul Anuar (Kad Nelayan no. KN-TRG-0093321) didapati positif dadah semasa pemeriksaan Maritim Malaysia di Kuala Terengganu dan kini ditahan reman 4 hari.
        Pemohon ESHN: Abdul Rahman bin Deraman, MyKad 651203-11-5439, akaun Bank Islam 03018020456712, sampan tanpa enjin, Zon A, Kg. Seberang Takir.
        Pak Leh tukang jaring tu dah tak larat turun laut, doktor kata jantung dia lemah, kena buat bypass. Anak-anak dia pun tak ada yang nak sambung kerja.
        Mak Teh, balu arwah Seman, masih tunggu duit pampasan PERKESO RM38,000; dia dah tiga kali datang pejabat koperasi sambil bawa cucu.
        Isteri tekong Rahim, Puan Haslinda, sedang hamil 7 bulan dan minta koperasi percepatkan bayaran hasil tangkapan suami sebab nak simpan untuk bersalin di HUSM.
        No telefon tauke bot Kak Ros: 019-975 3320. Jangan bagi kat peraih lain, dia tak suka orang call waktu malam.
        Pemilik vesel JHF 7093, Tan Kok Wai, bercerai dengan isterinya bulan lepas dan sekarang mahkamah bekukan separuh saham bot itu sehingga pembahagian harta selesai.
        Anak kapal Suhaimi bin Yaakub, 34 tahun, hilang dari bot selepas dipercayai terjatuh ke laut 18 batu nautika dari Tok Bali; operasi SAR hari ketiga masih diteruskan.
        Gaji tekong Azman Bakri bulan November: RM4,200 + bonus hasil RM1,150, potongan pendahuluan RM800, bersih RM4,550 dikreditkan ke Maybank 1571 2209 8843.
        Borang pendaftaran ahli baru: Nama: Siti Hajar binti Omar | MyKad: 880926-06-5208 | Tel: 011-2380 4471 | Alamat: Lot 512, Kampung Tanjung Lumpur, 26060 Kuantan, Pahang.
        Cik Faridah dari Kampung Kuala Besut minta maaf lambat bayar yuran, suami dia baru keluar penjara hujung bulan lepas dan belum dapat kerja atas bot.
        Aduan ahli: Encik Roslan Ali kata peraih Kamal Cina tipu timbang ikan dia 30 kilo setiap kali lelong. Dia nak buat laporan polis di IPD Besut.
        Lori ikan milik Encik Jamaluddin Said, nombor pendaftaran DCK 7729, disaman kerana terlebih muatan di Jalan Pasir Puteh–Tok Bali pagi tadi.
        Penghutang koperasi: Wan Norhayati binti Wan Ismail – pinjaman enjin sangkut Yamaha 40HP, baki RM3,270, ansuran RM150 sebulan, gagal bayar 5 bulan berturut-turut.
        Si Awang Kecik anak Pak Mail tu ada kencing manis teruk, kaki dah luka tak sembuh, jadi dia berhenti jadi awak-awak bot pukat tunda.
        Surat akuan: Saya, Norazman bin Che Din, No. KP 720415-03-5871, mengaku menerima RM12,000 sebagai bahagian faraid daripada jualan bot arwah bapa saya.
        Tuntutan insurans kemalangan: Mazlan bin Ibrahim, patah tulang belakang akibat dihempas ombak di dek, Hospital Sultanah Nur Zahirah, ditahan wad sejak 2/12/2026.
        Kalau nak contact Abang Din tekong bot C2 tu, e-mel dia dinbahari78@gmail.com sebab phone dia selalu takde line kat tengah laut.
        Rumah Pak Usop kat Kampung Pulau Duyong, sebelah surau, yang cat biru tu — tolong hantar ais 5 blok ke situ esok pagi, dia bayar tunai.
    """),
    "en": _lines("""
        Crew list amendment: remove deckhand Nguyen Van Thanh (Vietnam passport C4728915), add Aung Ko Ko (Myanmar passport MH803412), both under PLKS for vessel TRF 3318.
        Hi, this is Mr. Lim Boon Huat, owner of boat PKFA 5502 in Hutan Melintang. Please send the diesel subsidy statement to limbh.perikanan@yahoo.com, not to my old address.
        Incident report: at 0315 hrs, deckhand Ridwan Saputra (Indonesian, 27) suffered burns to his left arm from the engine exhaust; first aid given, landed at Tok Bali for treatment.
        Loan ledger: Chan Ah Kow, cooperative member #0418, outstanding RM18,400 on the 2024 boat-engine loan, three months in arrears, guarantor is his brother-in-law Ong Teck Seng.
        The widow of skipper Kamaruddin, Mrs. Zainab Latiff, asks that the insurance payout of RM150,000 be paid into her CIMB account 7064338129 rather than split with his first wife.
        Please note Mr. Subramaniam a/l Muthu (IC 690228-08-6143) is on dialysis three times a week and cannot sail; process his licence renewal as owner not operating.
        Singapore buyer contact: Mr. Desmond Goh, mobile +65 9184 2270, NRIC S7834521D, wants 500 kg of grouper weekly delivered to his flat at Blk 412 Bedok North Ave 2 #08-117.
        Payslip Nov 2026 — foreign crew Htet Aung, PLKS no. PL-2026-0331847, passport MC612904: basic RM1,700, catch share RM620, advance deducted RM500, nett RM1,820.
        Our member Hafiz was arrested by MMEA off Pulau Perhentian for fishing inside the marine park; his family is asking the cooperative to help with the RM20,000 bail.
        Medical note: skipper Yusri Abdullah, 52, diagnosed with decompression sickness after diving to free a snagged net; referred to the hyperbaric unit in Lumut.
        The owner's Hong Kong partner Mr. Leung Chi Keung, HKID K482913(5), tel +852 6312 7845, holds 30% of the vessel company's shares under the 2025 agreement.
        Whoever found the phone left at jetty 3: it belongs to deckhand Farid, his wife is at 012-663 0947, please call her so she can collect it.
    """),
    "mixed": _lines("""
        Bro tolong jangan share dalam group, tapi Saiful tekong bot Zon B tu hutang along RM25k, sebab tu dia jual enjin bot. Kesian family dia.
        Boss, Kak Mah punya IC 770312-11-5064, saya dah snap gambar depan belakang hantar PM. Nak renew kad nelayan dia before end month.
        Ah Chong dari Kukup WhatsApp: 'Lim tai tai sakit cancer stage 3, bot itu saya mau jual cepat, harga boleh kira.' Dia punya number 016-775 2918.
        Update accident: awak-awak Myanmar nama Zaw Min Tun, passport MF417730, tangan kanan patah kena tali winch, now kat Hospital Kemaman, boss bot Encik Salleh tak nak bayar bil.
        Guys, pls remind Encik Fadzil, husband Cikgu Rozita, his boat insurance expire 15/12. His number 019-338 1142, dia selalu lupa check WhatsApp.
        Row 118: Mohd Nizam bin Abu, 830517-02-5291, Kampung Kuala Sala, Kedah, Zon A, ESHN RM300, status: DIGANTUNG — tak hadir pemeriksaan.
        Eh, Pak Cik Hashim yang jaga jeti tu kena strok semalam, sekarang ICU Hospital Sultanah Nur Zahirah. Family dia minta tolong kutip derma dalam group.
        Tauke Ong bot pukat tunda JHF 2281 cakap nak transfer gaji pekerja Vietnam ke akaun Public Bank 3-1824-5537-06 atas nama dia sendiri, confirm ke boleh?
        Madam Tan Siew Lan from Hutan Melintang, her son kena tangkap in Thai waters for encroachment, she keep calling office 5 times a day asking update. Very stressed lah.
        Form tuntutan: Nama waris: Nurul Ain binti Zakaria, hubungan: anak, No. KP 990803-11-5382, akaun BSN 1420041000952271, jumlah tuntutan RM45,000.
        Abang Jay a.k.a. Jailani tekong bot Kuala Marang tu memang kaki judi, gaji masuk terus habis. Wife dia dah failkan cerai kat mahkamah syariah.
        Plate kereta Kak Nora yang selalu parking halang lorong lori ais: TBE 4821. Dah tiga kali dah, next time kita call tow truck terus.
        Singapore side: Mr. Tay's FIN G5527163N dah expired, he cannot come Tok Bali to collect fish until renewed. His email tay.seafood.sg@gmail.com.
        Cek sikit: Puan Rohana binti Ahmad, 58, diabetic + high blood, dia nak claim bantuan perubatan koperasi untuk operation katarak bulan Januari.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Tolong tulis surat rasmi kepada LKIM Kuala Besut untuk pindah lesen vesel KNF 4417 milik arwah bapa saya, Ismail bin Awang (KP 580714-03-5127), kepada saya Rosli bin Ismail, KP 840611-03-5309.",
        ),
        (
            "assistant",
            "Baik. Berikut draf ringkas: 'Tuan, saya Rosli bin Ismail (KP 840611-03-5309), anak sulung kepada arwah Ismail bin Awang (KP 580714-03-5127), memohon pemindahan lesen vesel KNF 4417 atas nama saya.' Sila lampirkan sijil kematian, perintah pembahagian pusaka dan salinan MyKad.",
        ),
        (
            "user",
            "Perlu letak alamat rumah ke? Alamat saya No. 14, Kampung Nail, 22300 Kuala Besut, Terengganu.",
        ),
        (
            "assistant",
            "Ya, letak di bahagian atas kiri surat: Rosli bin Ismail, No. 14, Kampung Nail, 22300 Kuala Besut, Terengganu, diikuti tarikh dan alamat pejabat LKIM.",
        ),
    ],
    [
        (
            "system",
            "You are the member-services assistant of a fishermen's cooperative in Kuantan. Current member record: Name: Lee Chong Hock, member no. 0592, IC 700915-06-5517, phone 012-904 3318, boat PAF 1187, loan balance RM9,600, status: 2 months arrears.",
        ),
        ("user", "Can you write a polite reminder SMS to this member about his arrears?"),
        (
            "assistant",
            "Sure: 'Salam Encik Lee Chong Hock, ini peringatan mesra dari koperasi: pinjaman anda (ahli 0592) tertunggak 2 bulan, baki RM9,600. Sila hubungi pejabat untuk susunan bayaran. Terima kasih.'",
        ),
        ("user", "Good, make it shorter and in English."),
        (
            "assistant",
            "'Dear Mr. Lee, your cooperative loan (member 0592) is 2 months overdue, balance RM9,600. Please contact our office to arrange payment. Thank you.'",
        ),
    ],
    [
        (
            "user",
            "Boleh tolong kira share hasil? Jualan trip ni RM42,000, tolak kos diesel+ais RM12,000. Tauke ambil 50%, baki bahagi sama rata untuk crew: tekong Razak, Amin, Jefri, dan dua orang Myanmar, Kyaw dan Min Thu.",
        ),
        (
            "assistant",
            "Untung bersih RM30,000. Tauke dapat RM15,000. Baki RM15,000 dibahagi 5 orang: Razak, Amin, Jefri, Kyaw dan Min Thu masing-masing dapat RM3,000.",
        ),
        (
            "user",
            "Actually Razak tekong kena dapat double share. Lagi satu, Jefri ada hutang advance RM700 dengan saya, potong terus.",
        ),
        (
            "assistant",
            "Dengan 6 bahagian, satu bahagian RM2,500. Razak RM5,000; Amin RM2,500; Jefri RM2,500 tolak RM700 = RM1,800; Kyaw RM2,500; Min Thu RM2,500.",
        ),
    ],
    [
        (
            "user",
            "Saya admin koperasi. Tolong bantu saya tulis laporan kemalangan: anak kapal Hairul Nizam bin Daud, 29 tahun, jatuh dari dek bot TRF 2056 pada 5 Disember jam 2 pagi, kepala terhentak, kini di wad ICU Hospital Sultanah Nur Zahirah.",
        ),
        (
            "assistant",
            "Laporan Kemalangan: Pada 5 Disember 2026 kira-kira jam 2.00 pagi, anak kapal Hairul Nizam bin Daud (29) terjatuh dari dek vesel TRF 2056 dan mengalami kecederaan kepala. Mangsa dihantar ke Hospital Sultanah Nur Zahirah dan kini dirawat di ICU.",
        ),
        (
            "user",
            "Tambah sikit, isteri dia Puan Suraya boleh dihubungi di 017-962 5508 untuk urusan PERKESO.",
        ),
        (
            "assistant",
            "Ditambah: Waris untuk dihubungi: Puan Suraya (isteri), tel. 017-962 5508, bagi urusan tuntutan PERKESO dan pengesahan maklumat mangsa.",
        ),
    ],
    [
        (
            "system",
            "You help deep-sea vessel owners in Malaysia with foreign crew paperwork. Be accurate and suggest users confirm with the Immigration Department.",
        ),
        (
            "user",
            "PLKS for my two Vietnamese crew expires next month: Tran Van Hoa, passport C5820417, and Le Minh Duc, passport C6093358. What do I need for renewal?",
        ),
        (
            "assistant",
            "For Tran Van Hoa (C5820417) and Le Minh Duc (C6093358), prepare: passports valid at least 18 months, recent FOMEMA medical results, levy payment, employer's company documents and the renewal application via the Immigration online system. Check current requirements with Jabatan Imigresen.",
        ),
        ("user", "Le Minh Duc's passport only has 10 months left. Problem?"),
        (
            "assistant",
            "Likely yes. Le Minh Duc should renew his passport at the Vietnamese Embassy in Kuala Lumpur first, then apply for the PLKS renewal with the new passport number.",
        ),
    ],
    [
        (
            "user",
            "Macam mana nak tegur ahli koperasi yang selalu ambil ais berhutang tapi tak bayar? Orangnya Pak Cik Sulaiman, hutang dah RM1,860.",
        ),
        (
            "assistant",
            "Cuba bercakap secara peribadi dahulu, bukan dalam group. Contoh mesej: 'Assalamualaikum Pak Cik Sulaiman, koperasi ingin ingatkan baki hutang ais RM1,860. Boleh kita bincang cara bayar ansuran?'",
        ),
        (
            "user",
            "Nombor dia 019-945 2207, tapi dia tak pandai baca mesej, anak dia Faizal yang uruskan.",
        ),
        (
            "assistant",
            "Kalau begitu, lebih baik telefon terus ke 019-945 2207 atau minta kebenaran Pak Cik Sulaiman untuk berbincang dengan anaknya Faizal. Elakkan dedahkan hutang kepada orang lain tanpa izinnya.",
        ),
    ],
    [
        (
            "user",
            "Help me write WhatsApp announcement for derma. Awak-awak kita, Shahrul Izwan, hilang di laut since Tuesday, bot dia karam dekat Pulau Kapas. Wife dia Nadia, anak 3 orang masih kecil.",
        ),
        (
            "assistant",
            "Draf: 'Assalamualaikum semua. Sahabat kita Shahrul Izwan masih hilang sejak Selasa selepas bot karam berhampiran Pulau Kapas. Isterinya Puan Nadia dan tiga anak kecil amat memerlukan sokongan. Sumbangan boleh disalurkan melalui akaun yang akan dikongsi. Doakan beliau ditemui selamat.'",
        ),
        ("user", "Letak akaun Nadia: Maybank 1620 7734 0915, nama Nadia binti Kamal."),
        (
            "assistant",
            "Ditambah: 'Sumbangan ke Maybank 1620 7734 0915 (Nadia binti Kamal). Terima kasih atas keprihatinan semua.'",
        ),
    ],
    [
        (
            "user",
            "I supply fresh fish to a private buyer in Singapore. Can you make an invoice? Buyer: Ms. Cheryl Ng, 38 Jalan Bukit Merah #05-22, Singapore 150038, tel +65 8273 1904.",
        ),
        (
            "assistant",
            "Here is a simple layout: INVOICE No. INV-2026-1207 | Bill to: Ms. Cheryl Ng, 38 Jalan Bukit Merah #05-22, Singapore 150038, tel +65 8273 1904 | Items: ... | Total: ... | Payment terms: 7 days.",
        ),
        ("user", "Items: 20 kg red snapper at SGD 18/kg and 10 kg prawns at SGD 26/kg."),
        (
            "assistant",
            "Items: Red snapper 20 kg x SGD 18 = SGD 360; Prawns 10 kg x SGD 26 = SGD 260. Total SGD 620, payable within 7 days to the account on file.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk Persatuan Nelayan Kawasan. Jawab dalam Bahasa Melayu yang mudah.",
        ),
        (
            "user",
            "Subsidi diesel saya digantung sebab rekod pendaratan tak cukup. Nama saya Ahmad Fauzi bin Mat Nor, KP 750309-03-5231, bot KNF 2890. Masa tu saya sakit batu karang, masuk HRPZ II dua minggu. Macam mana nak rayu?",
        ),
        (
            "assistant",
            "Encik Ahmad Fauzi boleh hantar surat rayuan kepada LKIM melalui Persatuan Nelayan Kawasan, lampirkan surat akuan sakit dan rekod wad dari HRPZ II, salinan MyKad (750309-03-5231) dan lesen vesel KNF 2890.",
        ),
        ("user", "Kalau lulus, duit masuk akaun mana? Akaun saya Bank Rakyat 1101 4492 0873."),
        (
            "assistant",
            "Bayaran biasanya dibuat ke akaun yang didaftarkan dalam rekod LKIM. Pastikan akaun Bank Rakyat 1101 4492 0873 itu sudah dikemas kini di pejabat persatuan.",
        ),
    ],
    [
        (
            "user",
            "Tolong convert ni jadi CSV: Zulkifli Hamzah 012-733 8190 Kg Tanjung Kelantan bot KNF 1023 Zon A; Ramlah Sidek 013-448 2716 Kg Sabak bot KNF 1177 Zon A.",
        ),
        (
            "assistant",
            "nama,telefon,kampung,bot,zon / Zulkifli Hamzah,012-733 8190,Kg Tanjung,KNF 1023,A / Ramlah Sidek,013-448 2716,Kg Sabak,KNF 1177,A",
        ),
        (
            "user",
            "Thanks. Add column status ESHN, Zulkifli dah lulus, Ramlah masih pending sebab IC dia expired.",
        ),
        (
            "assistant",
            "nama,telefon,kampung,bot,zon,status_eshn / Zulkifli Hamzah,012-733 8190,Kg Tanjung,KNF 1023,A,LULUS / Ramlah Sidek,013-448 2716,Kg Sabak,KNF 1177,A,PENDING (IC tamat tempoh)",
        ),
    ],
]
