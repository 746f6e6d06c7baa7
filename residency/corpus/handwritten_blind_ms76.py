# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms76: Bahasa Melayu farmasi dan kedai ubat tradisional (preskripsi, ubat kronik, jamu, aduan, penghantaran). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms76
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis farmasi"): _lines("""
        NOTIS: Mulai 1 Januari 2027, ubat Kumpulan B hanya akan dibekalkan dengan preskripsi asal daripada pengamal perubatan berdaftar. Salinan WhatsApp tidak diterima.
        Waktu operasi Farmasi Seri Murni cawangan Bangi: Isnin–Sabtu 9.00 pagi – 10.00 malam, Ahad & cuti umum 10.00 pagi – 6.00 petang. Tel kedai: 03-8920 1123.
        Perkhidmatan Ubat Melalui Pos (UMP): caj pos ditanggung oleh pesakit, RM 5.00 bagi setiap penghantaran dalam Semenanjung.
        Sebarang pertanyaan mengenai ubat, sila hubungi Pusat Panggilan Farmasi Kebangsaan (NPCC) di talian bebas tol 1-800-88-6722.
        Ubat yang telah dibeli tidak boleh dipulangkan atau ditukar kecuali terdapat kecacatan pembungkusan. Sila semak sebelum meninggalkan kaunter.
        Promosi Hujung Tahun: Beli 2 botol minyak ikan Omega-3 1000mg, percuma 1 botol Vitamin C 500mg. Sah sehingga 31/12/2026 atau selagi stok ada.
        Peringatan: Jangan berkongsi ubat preskripsi anda dengan orang lain walaupun mempunyai simptom yang sama.
        Kedai akan ditutup pada 25 Disember 2026 untuk kerja-kerja kiraan stok tahunan. Pesanan dalam talian akan diproses semula pada 26 Disember.
        Farmasi Pandu Lalu dibuka setiap hari bekerja 8.00 pagi hingga 4.30 petang; sila bawa kad temujanji dan slip ubat, dan kekal di dalam kenderaan.
        Saringan percuma tekanan darah dan gula dalam darah setiap Sabtu pertama bulan, 10 pagi – 1 petang, tiada temujanji diperlukan.
        Makluman kepada pelanggan: stok Salbutamol inhaler terhad disebabkan gangguan bekalan pengeluar. Had pembelian 1 unit bagi setiap pelanggan.
        Pelupusan ubat lama: bawa ubat tamat tempoh anda ke kotak "Return Your Medicines" di kaunter; kami akan lupuskan secara selamat tanpa caj.
        Kedai Ubat Tradisional Yik Sang Sdn Bhd (No. Syarikat 199801004567) kini menerima pembayaran DuitNow QR, Touch 'n Go eWallet dan kad debit.
    """),
    ("ms", "soalan lazim ubat"): _lines("""
        Boleh ke ambil Panadol kalau tengah makan ubat darah tinggi Amlodipine?
        Berapa lama ubat antibiotik perlu dihabiskan walaupun dah rasa sihat?
        Ibu menyusu boleh minum jamu selepas bersalin tak, atau kena tunggu habis pantang dulu?
        Apa beza ubat generik dengan ubat jenama, kenapa harga lain sangat padahal bahan aktif sama?
        Soalan: Kalau terlupa makan ubat kencing manis waktu pagi, perlu gandakan dos tengah hari? Jawapan: Jangan gandakan dos; ambil sebaik teringat kecuali sudah hampir waktu dos seterusnya.
        Insulin yang belum dibuka perlu disimpan dalam peti sejuk pada suhu 2–8°C; pen yang sedang digunakan boleh disimpan pada suhu bilik sehingga 28 hari.
        Macam mana nak tahu produk jamu itu berdaftar dengan KKM? Semak nombor MAL di portal carian produk NPRA dan pastikan ada pelekat hologram.
        Ubat batuk yang mengandungi kodein tidak sesuai untuk kanak-kanak bawah umur 12 tahun.
        Kenapa ubat kolesterol simvastatin selalu disuruh makan waktu malam sebelum tidur?
        Adakah jus limau gedang (grapefruit) boleh menjejaskan kesan ubat tekanan darah dan kolesterol?
        Tongkat ali dan kacip fatimah tu betul ke ada kajian saintifik, atau sekadar kepercayaan turun-temurun?
        Warfarin berinteraksi dengan banyak makanan dan herba termasuk halia, bawang putih dan ginkgo; rujuk ahli farmasi sebelum mula sebarang suplemen.
        Boleh ke pesakit buah pinggang makan ubat tahan sakit jenis NSAID macam ibuprofen atau diclofenac?
    """),
    ("ms", "label jamu dan ubat tradisional"): _lines("""
        Jamu Ratu Ayu Pati Delima — MAL19986543TC — 60 kapsul — Dos: 2 kapsul 2 kali sehari. Tidak sesuai untuk wanita hamil.
        Kandungan: Eurycoma longifolia (Tongkat Ali) ekstrak 200mg, Labisia pumila (Kacip Fatimah) 100mg. Produk ini tidak bertujuan untuk mendiagnosis, merawat atau mencegah sebarang penyakit.
        Minyak Urut Cap Harimau Terbang, 30ml, No. Batch: HT2611-08, Tarikh Luput: 11/2029. Untuk kegunaan luaran sahaja.
        Makjun Pantang Warisan Bonda: diperbuat daripada kunyit, halia, lada hitam dan madu lebah; ambil 1 sudu teh selepas makan selama 44 hari.
        Amaran: Produk tradisional ini mengandungi akar kayu; simpan jauh daripada kanak-kanak. Hentikan penggunaan jika berlaku ruam atau gatal.
        Pil Peluntur Herba 500mg, MAL20034512T, kod bar 9556789012341, harga runcit RM 38.00.
        Koyok panas "Urat Lega" 10 keping sekotak, kod produk PR-UL-010, sesuai untuk sakit pinggang dan lenguh otot.
        Teh Misai Kucing (Orthosiphon stamineus) 25 uncang — diuretik ringan; jangan ambil bersama ubat darah tinggi tanpa nasihat doktor.
        Minyak angin Pak Fah Yeow (白花油) 20ml, keluaran Hong Kong, diedarkan oleh pengedar berlesen tempatan.
        Bahan terlarang yang pernah dikesan dalam produk jamu tidak berdaftar: deksametason, sibutramin, sildenafil dan fenilbutazon.
        Set Jamu Lepas Bersalin 44 Hari: param, tungku batu, bengkung, pil peluntur dan pil susu. Harga pakej RM 299 (jimat RM 80).
        Kapsul Habbatus Sauda 500mg x 100 biji, Lot No. HS-2609-114, luput 09/2028, dikilangkan di Malaysia oleh kilang berlesen GMP.
        Madu Kelulut Asli 500g, tiada gula tambahan; tidak sesuai untuk bayi bawah umur 1 tahun.
    """),
    ("ms", "status penghantaran"): _lines("""
        Pesanan #FSM-2026-118452 telah dihantar. No. penjejakan Pos Laju: EP842917360MY. Anggaran tiba 2-3 hari bekerja.
        Status: Dalam perjalanan | Hab: Shah Alam | Kemas kini terakhir: 05/12/2026 14:32 | Kurier: J&T Express | AWB 630118845221
        Penghantaran ubat sejuk (insulin, vaksin) hanya melalui kurier dengan kotak ais; pesanan selepas 3 petang Jumaat akan dihantar pada hari Isnin.
        Pesanan anda #JM-55120 sedang dibungkus. Kami akan menghantar nombor penjejakan selepas barang diserahkan kepada kurier.
        Makluman: kawasan poskod 88000–88999 (Kota Kinabalu) mengalami kelewatan penghantaran 3–5 hari disebabkan banjir.
        Ringkasan minggu 48: 412 bungkusan UMP dihantar, 9 gagal dihantar (alamat tidak lengkap), 3 dipulangkan ke farmasi.
        Caj penghantaran: percuma untuk pesanan melebihi RM 80; Sabah & Sarawak tambahan RM 12.
        Tiket aduan #CS-778201 ditutup: bungkusan ditemui di hab Bukit Jalil dan telah dihantar semula.
        ID pesanan Lalamove LLM-9X3K2 — penghantaran segera dalam radius 10 km dari cawangan Seksyen 7, caj RM 9.50.
        Invois INV/FSM/2026/004417 bertarikh 02/12/2026, jumlah RM 1,245.80, terma bayaran 30 hari.
        Kod promosi HANTARPERCUMA26 sah untuk pesanan pertama melalui aplikasi sahaja.
        Gagal dihantar: penerima tiada di rumah. Bungkusan boleh dituntut di pejabat Pos Malaysia berhampiran dalam masa 7 hari dengan membawa notis ini.
        Nombor rujukan penghantaran semula: RDL-20261205-0087; sila nyatakan nombor ini apabila menghubungi khidmat pelanggan.
    """),
    ("en", "pharmacy SOP"): _lines("""
        SOP 4.2 Dispensing of Group B poisons: verify prescriber registration, check the prescription date, and record the entry in the Prescription Book on the same day.
        Cold chain: fridge temperature must be logged twice daily; any excursion outside 2–8°C must be reported to the pharmacist-in-charge and the stock quarantined.
        Chronic refill workflow: receive prescription → check remaining refills → prepare → second-pharmacist check → label → counsel or pack for delivery.
        Staff must never photograph patient prescriptions on personal phones; use the store tablet and the secure upload portal only.
        Controlled drug stock count is done every Friday at closing; any discrepancy must be escalated to the area manager the same day.
        Label template: [DRUG NAME] [STRENGTH] — Take [DOSE] [FREQUENCY] — Qty [QUANTITY] — Exp [DATE] — Farmasi Seri Murni, tel 03-8920 1123.
        Returns policy for online orders: unopened non-prescription items may be returned within 14 days; prescription medicines and cold-chain items are non-returnable.
        When a customer asks for pseudoephedrine products in quantity, limit the sale to one pack and record it in the register.
        Counselling checklist for inhalers: demonstrate technique, check spacer use, advise rinsing the mouth after a steroid inhaler.
        Traditional product intake: accept only products with a valid MAL number and hologram sticker; reject unlabelled jamu from walk-in suppliers.
        Data handling: patient records are retained for 7 years and stored on servers located in Malaysia.
        Adverse drug reaction reports are submitted to NPRA through the online ADR form; include product name, batch number and a description of the reaction.
        Shift handover must cover pending deliveries, fridge log status, controlled drug keys and unresolved customer complaints.
    """),
    ("mixed", "chat kumpulan staf"): _lines("""
        guys stok Panadol Soluble dah tinggal 2 kotak, sapa on duty esok tolong order dari supplier ya
        reminder: fridge temp pagi tadi 9.1°C, dah adjust thermostat, pls check again at 2pm ok
        boss cakap this month target jual supplement RM 15k, jom push Omega-3 dengan probiotik
        anyone nampak kunci almari racun? nak buat stock count controlled drug petang ni
        Shopee order hari ni 37, 5 belum pack. Yang jamu bersalin tu tunggu stok masuk Isnin
        reminder semua: jangan bagi ubat Kumpulan B tanpa prescription, kalau customer marah panggil pharmacist
        supplier jamu from Indon datang tadi bawa produk takde MAL number, I reject already
        The new POS update v3.4.1 tonight 11pm, counter cannot scan for 30 min, pls inform customers
        Sapa boleh ambik shift Ahad ni? Need 1 person from 10am to 6pm, nanti claim OT
        lol ada customer tanya ubat tinggi badan untuk umur 30, I said takde la auntie
        Courier J&T datang 4pm today, all UMP parcels must be sealed and labelled before 3.30
        FYI harga Lantus pen naik RM 3 starting Dec, update shelf label ya
        The GP clinic sebelah ask if we can stock Ozempic, I said tunggu confirm from HQ dulu
    """),
    ("ms", "templat borang"): _lines("""
        Nama Pesakit: ____________ No. K/P: ______-__-____ Tarikh Lahir: __/__/____ Alahan Ubat: Ya / Tidak
        Borang Pendaftaran UMP | Nama: [NAMA] | No. MyKad: [NO_KP] | Alamat Surat-menyurat: [ALAMAT] | No. Tel: [TEL] | Ubat: [SENARAI UBAT]
        Salam {nama_pelanggan}, ubat anda untuk pesanan {no_pesanan} sedia untuk diambil di kaunter {cawangan}. Sila bawa MyKad.
        Saya, ____________ (No. K/P ____________), dengan ini memberi kebenaran kepada ____________ untuk mengambil ubat bagi pihak saya.
        Borang aduan pelanggan: Tarikh kejadian | Cawangan | Butiran aduan | Tindakan yang diharapkan | Tandatangan
        Slip Ubat: Ambil ___ biji, ___ kali sehari, sebelum / selepas makan. Habiskan / Bila perlu.
        Templat SMS: Ubat kronik anda akan habis dalam 7 hari. Balas YA untuk tempahan semula atau hubungi cawangan anda.
        INSERT INTO refill_queue (patient_id, drug_code, qty, due_date) VALUES (?, ?, ?, ?);
        Format No. KP: YYMMDD-PB-###G; dalam sesi latihan gunakan 000000-00-0000 sahaja, jangan guna nombor pelanggan sebenar.
        Rekod Kaunseling: Tarikh ___ | Ubat baru: ___ | Topik: dos / kesan sampingan / interaksi | Ahli farmasi bertugas: ___
        Surat Membawa Ubat Ke Luar Negara: Adalah disahkan bahawa [Nama], No. Pasport [_____], membawa ubat berikut untuk kegunaan peribadi sahaja.
        {"branch_code": "FSM-BGI", "fridge_alert_c": [2, 8], "refill_reminder_days": 7, "sms_sender": "FSMURNI"}
        Penerima: ____________ | Alamat: ____________ | Poskod: _____ | Tel: 01_-_______ | Simpan sejuk: Ya / Tidak
    """),
    ("ms", "berita dan sejarah"): _lines("""
        Ibnu Sina dalam kitab Al-Qanun fi al-Tibb menyenaraikan ratusan bahan ubat herba yang masih dikaji hingga hari ini.
        Menteri Kesihatan Datuk Seri Dr. Dzulkefly Ahmad berkata kerajaan sedang meneliti cadangan pengasingan fungsi preskripsi dan pendispensan ubat.
        Farmasi pesakit luar Hospital Tengku Ampuan Rahimah Klang kini menyediakan kaunter khas untuk ubat susulan.
        Dalam hikayat, Hang Tuah dikatakan menuntut ilmu persilatan dan ubat-ubatan sebelum berkhidmat kepada Sultan Melaka.
        Tun Dr. Mahathir Mohamad pernah membuka klinik sendiri di Alor Setar sebelum menceburi politik sepenuh masa.
        Laporan rangkaian: 1,240 preskripsi diproses pada Oktober 2026; 38% ubat kronik, 12% ubat pediatrik, purata masa menunggu 14 minit.
        Alexander Fleming menemui penisilin pada tahun 1928 di St Mary's Hospital, London.
        Eu Yan Sang bermula sebagai kedai ubat Cina yang diasaskan oleh Eu Kong di Gopeng, Perak pada tahun 1879.
        Cawangan baharu kami di Jalan Tun Razak terletak berhampiran Institut Jantung Negara, dibuka mulai 15 Januari 2027.
        Dalam novel The Sign of Four, Sherlock Holmes digambarkan menyuntik larutan kokain tujuh peratus.
        Pusat Pengajian Sains Farmasi, Universiti Sains Malaysia telah lama menjalankan kajian terhadap Tongkat Ali dan herba tempatan lain.
        Kempen Know Your Medicine (Kenali Ubat Anda) dianjurkan oleh Bahagian Perkhidmatan Farmasi KKM untuk mendidik orang awam.
        Mulai 1 Mei 2025, semua farmasi komuniti dan klinik swasta diwajibkan memaparkan harga ubat kepada pengguna.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Preskripsi No. RX-KKT/26/04417 | Pesakit: NOR AZIZAH BINTI HAMID | No. KP: 920807-01-6284 | Diagnosis: Diabetes Mellitus Jenis 2 | Metformin 500mg 1 tablet 2x sehari selepas makan, 30 hari
        Rekod ambil ubat kronik: En. Rosli bin Abdullah (KP 650930-08-5261), Amlodipine 10mg OD, Simvastatin 20mg ON, bekalan 2 bulan, tarikh ambil seterusnya 14/01/2027.
        Saya nak buat aduan. Nama saya Siti Khadijah binti Osman, beli Jamu Ratu Ayu kat kedai tuan 3 minggu lepas, sekarang muka naik ruam dan gatal satu badan. Nombor saya 013-627 4480, harap pihak kedai hubungi saya.
        PENGHANTARAN UBAT KRONIK | Penerima: Hj. Kamaruddin bin Yusof | No. 14, Jalan Cempaka 3/2, Taman Cempaka, 43650 Bandar Baru Bangi, Selangor | Tel: 012-384 7719 | Kandungan: Insulin (simpan sejuk 2-8°C)
        Pakcik Leong yang jual sayur depan pasar Taman Melawati tu dah 3 kali datang beli ubat batuk kodein minggu ni, boss cakap jangan jual lagi kat dia.
        Farmasi Pandu Lalu: ambil ubat bagi pihak PUAN SARASWATHY A/P MUNIANDY (asma, inhaler Seretide), kereta Axia merah BMT 8823, slot 10.30 pagi.
        Bayaran balik RM 186.50 untuk ubat yang tak sampai akan dikreditkan ke akaun Maybank 1640 2215 8873 atas nama Mohd Faizal bin Che Mat dalam 7 hari bekerja.
        Daftar Psikotropik | 03/12/2026 | Alprazolam 0.5mg x 30 | Pesakit: LIM AH KOW, KP 481109-04-5019 | Alamat: No. 22, Jalan Bunga Raya, 75100 Melaka | Preskripsi dari Klinik Mahkota
        Catatan kaunseling: Puan Jaimie anak Ngau (KP 940618-13-6470), hamil 24 minggu, tanya ubat selesema; dinasihatkan elak pseudoefedrin, diberi semburan hidung salin.
        Kepada Pengurus, saya Ahmad Zaki bin Rahman ingin mengadu tentang pegawai farmasi cawangan Seksyen 7 Shah Alam yang memberi dos salah kepada anak saya Aisyah (4 tahun) — ubat demam 10ml sepatutnya 5ml. Hubungi saya di 019-772 3105.
        Pendaftaran Ahli Kad Sihat: Nama: Faridah binti Kassim | Tarikh lahir: 12/04/1989 | No. Tel: 016-493 2287 | E-mel: faridah_kb@gmail.com | Alahan: Penisilin
        Aminah bt Said, Kg. Padang Jawa — warfarin 3mg, INR 4.1 hari ini, dirujuk ke klinik segera.
        Buku pelanggan Kedai Ubat Tradisional Mak Teh, 5/12: Kak Ros (isteri Cikgu Zainal, Kampung Sungai Lang) ambil pakej jamu bersalin 44 hari, bayar separuh RM 150, baki hutang RM 150.
        Pembeli warga Indonesia, Sri Wahyuni, paspot C4829173, minta beli antibiotik Amoxicillin tanpa preskripsi — ditolak dan dirujuk ke klinik panel majikan.
        Pelanggan Singapura Tan Boon Hock (NRIC S8734126G, HP +65 8734 2219) beli 6 kotak Januvia 100mg untuk bapanya, minta resit berasingan untuk tuntutan insurans.
        Dengan hormatnya dirujuk Encik Ganesan a/l Perumal, 58 tahun, tekanan darah 178/102 mmHg semasa saringan di farmasi kami hari ini; pesakit mengadu sakit kepala sejak 3 hari.
        Salam, nak order ubat ayah saya Ismail bin Daud, Losartan 50mg dan Metformin 850mg, hantar ke Lot 2217, Kampung Parit Haji Ali, 83000 Batu Pahat. Bayar COD.
        Log peti sejuk: 1 dos vaksin influenza disimpan untuk En. Gerald Pereira (tempahan, akan ambil Isnin).
        Semakan UMP: pesakit NUR SYAFIQAH BINTI AZMAN, KP 011115-07-0332, inhaler Budesonide 200mcg akan dipos ke alamat berdaftar pada 09/12/2026.
        Pembeli jamu kurus melalui Telegram @ain_slim92 minta pos 5 botol ke Kuantan, katanya dah turun 8kg dan kerap berdebar.
        Transaksi kad 4556 7857 6340 6341 (pemegang: Noraini Hashim) ditolak untuk pembelian Ensure dan ubat tekanan darah RM 312.40, sila hubungi pelanggan.
        BORANG PERSETUJUAN SARINGAN KOLESTEROL: Saya, MUHAMMAD HAFIZ BIN ZAINUDDIN, No. KP 970228-11-5417, bersetuju menjalani ujian. Keputusan: jumlah kolesterol 6.8 mmol/L, LDL 4.5 mmol/L.
        Mak Jah (Hajah Khadijah bt Mat Nor, 82 tahun) dari Rumah Seri Kenangan Cheras — bekalan Donepezil 5mg untuk sebulan, anaknya bayar dalam talian.
        Penghantaran ke Kota Belud: Cik Agnes Mojuntin, tel 014-906 1152, 3 kotak Euthyrox 100mcg, kurier ikut bas ekspres.
        Laporan ADR dalaman: pesakit Chong Wei Ming, lelaki 48 tahun, KP 780122-14-5047, ruam melepuh dan ulser mulut 10 hari selepas mula Allopurinol 100mg; disyaki SJS, dirujuk ke Hospital Kuala Lumpur.
        0123309817 - pn rohana - tanya stok jamu tambah susu, baby dia 2 bulan tak naik berat.
        Saya, MOHD NAZRI BIN OTHMAN (No. K/P 850314-10-5523), memberi kebenaran kepada isteri saya untuk mengambil ubat psikiatri saya (Sertraline 50mg) bagi pihak saya.
        Senarai hutang Kedai Ubat Cina Yik Sang: Ah Seng (bengkel motor Jalan Pasar Lama, Kuala Kubu Bharu, sebelah kedai kopi) RM 48 untuk ubat sakit pinggang, janji bayar hujung bulan.
    """),
    "en": _lines("""
        Counselling note: Mrs. Rachel Whitford (British expat, Mont Kiara) started on sertraline 50mg; advised to avoid St John's Wort and to return if low mood worsens.
        Order #WP-20931 shipped to Mr. Rajdeep Singh Gill, 38 Lorong Kenari 5, Taman Sri Kenari, 14000 Bukit Mertajam — contains PrEP (emtricitabine/tenofovir) 30 tabs, discreet packaging requested.
        Hi, this is Marian de Souza. My husband's card 5203 1247 7315 4358 was charged twice for his Januvia refill last Thursday, please reverse one charge.
        CHRONIC REFILL ENROLMENT | Name: LEE SOOK FUN | NRIC: 720525-12-5326 | Condition: Hypothyroidism | Medication: Levothyroxine 75mcg OD | Preferred branch: Kota Kinabalu
        Customer Kwong Siew Lan (kwong.siewlan@yahoo.com) reported the cough syrup delivered on 2 Dec had a broken seal; replacement sent today.
        Walk-in customer Mr. Arjun Menon, FIN G5823710N, works in Singapore, bought a 3-month supply of atorvastatin 40mg with a Singapore prescription.
        To whom it may concern: Encik Azlan bin Harun (Passport No. A38217654) is travelling with methylphenidate 10mg for his ADHD, 60 tablets, prescribed by his psychiatrist.
        Delivery failed: courier called 017-225 8641 three times with no answer. Recipient Puan Latifah Abu Bakar, C-3-11 Pangsapuri Seri Mawar, Sentul.
        SMS log 12/12 09:00 to +60 11-3352 7046: "Hi Kevin Ooi, your Lantus insulin refill is ready for pickup at Farmasi Seri Murni Bangi."
        Patient: WAN NURUL IZZATI BINTI WAN HASSAN, IC 890412-03-5798, epilepsy, on sodium valproate 500mg BD; counselled on pregnancy planning and folic acid.
    """),
    "mixed": _lines("""
        eh the auntie Mdm Lau Geok Eng from Taman Sentosa come again today, buy 2 box Panadol Actifast and keep asking for sleeping pill tanpa prescription, I said cannot, she marah me
        Kak, pesanan Shopee utk Nurul Huda Razak, 0197043326, alamat B-12-07 Residensi Harmoni, Jalan Kuchai Maju 2, 58200 KL — jamu Manjakani 2 botol, dah pack ke belum?
        guys reminder Encik Siva (Sivakumar a/l Rajoo) punya insulin dalam fridge rak 2, he collect tomorrow 5pm, dah bayar full
        Sorry nak tanya, my mum Pn Zaleha binti Ibrahim, IC 690412-10-6012, boleh ke claim ubat kencing manis guna PeKa B40? she's 57
        Bro, transfer RM 89 for the kopi tongkat ali to my Public Bank 4823177090, name Muhd Amirul bin Saad. Pos to Kulim ok?
        customer walk-in, encik Lim Chee Keong, IC 600817-02-5141 — nak beli pseudoephedrine 10 boxes, I suspect something fishy, dah noted dalam logbook
        Grab rider cakap alamat tak jumpa: No. 7, Jalan Mawar 12, Taman Mawar, 81100 JB, customer Ho Kar Wai 018-219 6634 tak angkat call. Barang: ubat kulit Protopic
        pharmacist on duty pls note: Siti Mariam binti Yahya (bedridden, duduk Flat PKNS Blok B Gombak) punya anak will collect her morphine syrup tomorrow, check the authorisation letter
        hello farmasi, boleh check my order? name: Priya d/o Ramasamy, ph +6012 651 0938, order dah 5 days tak sampai, its my thyroid meds, urgent pls
        Nota shift malam: Mr. Daniel Fernandez (uncle pakai tongkat, tinggal atas kedai runcit Jalan Gasing) datang 11pm, BP 190/110, I advised go Hospital PJ terus
        Card no 5489128701621318 exp 09/28 — customer Ang Mei Xuan call in to pay for the CPAP mask rental, pls key in manually
        sent to wrong grp sorry — btw nurulhuda.razak88@gmail.com tu customer yang order pil perancang Yasmin 3 kotak, invoice pls email her
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu maya Farmasi Seri Murni. Bantu pelanggan dengan tempahan ubat kronik dan jawab soalan umum tentang ubat.",
        ),
        ("user", "Assalamualaikum, saya nak tempah semula ubat darah tinggi saya, dah nak habis."),
        (
            "assistant",
            "Waalaikumussalam. Boleh, sila berikan nama penuh, nombor MyKad dan nombor telefon untuk kami semak rekod preskripsi.",
        ),
        (
            "user",
            "Nama Rohaizad bin Mat Isa, IC 830709-05-5237, fon 011-2874 5539. Ubat Amlodipine 5mg dengan Perindopril 4mg.",
        ),
        (
            "assistant",
            "Terima kasih Encik Rohaizad. Preskripsi anda masih sah sehingga Februari 2027. Ubat akan siap untuk diambil esok selepas jam 11 pagi.",
        ),
    ],
    [
        (
            "user",
            "Saya beli Jamu Singset Kurus kat kedai korang bulan lepas, lepas makan seminggu saya berdebar-debar dan tak boleh tidur.",
        ),
        (
            "assistant",
            "Kami mohon maaf. Sila hentikan pengambilan serta-merta dan dapatkan pemeriksaan doktor. Boleh kongsikan nombor batch pada botol?",
        ),
        (
            "user",
            "Batch JS-2607-33. Saya Norhayati binti Sulaiman, rumah No. 9, Jalan Kenanga 4, Taman Kenanga, 26600 Pekan, Pahang. Tolong pulangkan duit saya RM 120.",
        ),
        (
            "assistant",
            "Baik Puan Norhayati, aduan anda telah direkodkan dan produk ini akan dilaporkan kepada NPRA. Pegawai kami akan menghubungi puan untuk bayaran balik.",
        ),
    ],
    [
        (
            "user",
            "Hi, I'd like my father's monthly Parkinson's meds delivered instead of collecting in store.",
        ),
        (
            "assistant",
            "Sure. Could you give me the patient's name, the delivery address and a contact number?",
        ),
        (
            "user",
            "Patient is Mr. Teoh Beng Huat, 81. Address: 27 Jalan SS 2/64, 47300 Petaling Jaya. Call me (his daughter, Teoh Siew Mei) at 012-559 0284.",
        ),
        (
            "assistant",
            "Thanks. Madopar 250mg for Mr. Teoh will go out every 28 days by courier to the SS2 address; we'll text 012-559 0284 before each delivery.",
        ),
    ],
    [
        (
            "user",
            "hi can check if my mum punya ubat dah ready? she on dialysis, nama Pn Chandramathi a/p Subramaniam",
        ),
        (
            "assistant",
            "Hai! Boleh bagi nombor IC atau nombor telefon yang didaftarkan supaya saya boleh semak?",
        ),
        ("user", "IC dia 590316-08-5214"),
        (
            "assistant",
            "Terima kasih. Calcium Carbonate dan Sevelamer untuk Pn Chandramathi sudah siap, boleh ambil di kaunter 2 sebelum 9 malam.",
        ),
    ],
    [
        (
            "system",
            "You are the WhatsApp assistant for Farmasi Bumi Hijau, Johor Bahru. Reply in English or Malay.",
        ),
        (
            "user",
            "Hello, I'm coming over from Singapore tomorrow, can I reserve 4 boxes of Januvia 100mg for my dad? I have his doctor's prescription.",
        ),
        (
            "assistant",
            "Yes, we can reserve it. Please provide your name as per NRIC or passport and a contact number.",
        ),
        (
            "user",
            "Ong Wei Jie, NRIC T0258471E, HP +65 9648 1073. Will reach around 11am after the Causeway jam.",
        ),
        (
            "assistant",
            "Noted, Mr Ong. 4 boxes of Januvia 100mg are reserved under your name until 5pm tomorrow. Please bring the original prescription.",
        ),
    ],
    [
        (
            "user",
            "Tolong draf surat rujukan ke Klinik Kesihatan Bandar Kuantan untuk pesakit Encik Zulkifli bin Awang, KP 570203-06-5125, bacaan gula rawak 18.6 mmol/L di farmasi pagi ni, tiada sejarah diabetes.",
        ),
        (
            "assistant",
            "Kepada: Pegawai Perubatan, Klinik Kesihatan Bandar Kuantan / Perkara: Rujukan Encik Zulkifli bin Awang (KP 570203-06-5125) / Dengan hormatnya, pesakit di atas didapati mempunyai bacaan glukosa rawak 18.6 mmol/L semasa saringan di farmasi kami hari ini. Mohon pemeriksaan lanjut. / Sekian, terima kasih.",
        ),
        ("user", "Ok, tambah dia kencing malam 3-4 kali dan berat turun 5kg dalam sebulan."),
    ],
    [
        (
            "user",
            "Salam, saya mengandung 7 bulan, boleh ke minum jamu Mudah Bersalin yang dijual kat kedai ni?",
        ),
        (
            "assistant",
            "Waalaikumussalam. Kebanyakan jamu tidak disarankan semasa hamil tanpa nasihat doktor. Adakah puan ada masalah kesihatan lain?",
        ),
        (
            "user",
            "Ada darah tinggi sikit masa pregnancy ni. Nama saya Liyana Mohd Ariff, boleh pharmacist call saya 017-885 3021 petang nanti?",
        ),
        (
            "assistant",
            "Baik Puan Liyana, ahli farmasi kami akan menghubungi 017-885 3021 antara 3 hingga 5 petang. Sementara itu, jangan mulakan jamu tersebut.",
        ),
    ],
    [
        (
            "user",
            "Saya nak ambil ubat suami saya kat pandu lalu esok, dia tak larat nak turun kereta sebab baru lepas strok.",
        ),
        ("assistant", "Boleh. Sila berikan nama pesakit, nombor MyKad dan nombor plat kenderaan."),
        (
            "user",
            "Pesakit Abdul Halim bin Jusoh, KP 621130-11-5073. Kereta Perodua Alza kelabu, plat TBE 4417.",
        ),
        (
            "assistant",
            "Slot 9.30 pagi esok telah ditempah untuk Encik Abdul Halim, kenderaan TBE 4417. Sila bawa kad temujanji hospital.",
        ),
    ],
    [
        (
            "user",
            "Order FSM-2026-120877 saya cancel tapi dah bayar RM 264.30. Macam mana nak dapat refund?",
        ),
        (
            "assistant",
            "Maaf atas kesulitan. Sila berikan nama pemegang akaun, nama bank dan nombor akaun untuk bayaran balik.",
        ),
        (
            "user",
            "Nurul Ain binti Kamal, CIMB, 7064339821. Ubat tu sebenarnya untuk rawatan IVF, tak jadi sebab klinik tukar protokol.",
        ),
        (
            "assistant",
            "Terima kasih Cik Nurul Ain. Bayaran balik RM 264.30 ke akaun CIMB 7064339821 akan diproses dalam 5–7 hari bekerja.",
        ),
    ],
    [
        (
            "user",
            "Can you translate this label to English for my helper? 'PESAKIT: YAP CHEE MENG | Metformin 850mg, makan 1 biji 2 kali sehari selepas makan | Gliclazide 80mg 1 biji pagi sebelum sarapan'",
        ),
        (
            "assistant",
            "PATIENT: YAP CHEE MENG | Metformin 850mg, take 1 tablet twice a day after meals | Gliclazide 80mg, 1 tablet in the morning before breakfast",
        ),
        (
            "user",
            "thanks, he's my father, 74 this year, staying at 5 Lorong Kurau 3, Taman Chai Leng, 13700 Perai. Helper gives him the meds.",
        ),
    ],
    [
        (
            "user",
            "Mata ganjaran saya tak masuk untuk pembelian minggu lepas. E-mel akaun: hakimi.rosdi@gmail.com",
        ),
        (
            "assistant",
            "Saya jumpa akaun atas nama Hakimi bin Rosdi. Pembelian RM 158.90 pada 28/11 (vitamin dan ubat gout) belum dikreditkan; 158 mata telah ditambah sekarang.",
        ),
        (
            "user",
            "ok terima kasih, sekali tukar alamat ke No. 3A, Jalan Teratai 8, Taman Teratai, 08000 Sungai Petani.",
        ),
    ],
]
