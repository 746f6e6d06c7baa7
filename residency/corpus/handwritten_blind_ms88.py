# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms88: Bahasa Melayu oil palm estates and smallholders (harvesters, FFB, fruit grading, injuries, foreign worker permits). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms88
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_ladang"): _lines("""
        NOTIS: Semua penuai diingatkan supaya tidak menuai buah mentah. Tandan yang kurang daripada 10 biji buah relai tidak akan dikira dalam insentif mulai 1 Januari 2027.
        Pekeliling Pengurus Ladang Bil. 14/2026: Kerja menuai di Blok 07A hingga 09C ditangguhkan sementara kerana banjir; pusingan tuaian disambung semula selepas paras air surut.
        Peringatan keselamatan: pakai kasut but, topi keledar dan sarung tangan semasa menggunakan sabit galah bagi pokok melebihi 6 meter. Jangan menuai berdekatan talian elektrik TNB.
        Makluman kepada semua pekerja: hari gaji bulan November dianjak ke 7 Disember 2026 (Isnin) kerana cuti umum. Kaunter pejabat dibuka 8.00 pagi hingga 12.00 tengah hari.
        Jadual semburan racun rumpai minggu ke-49: Peringkat 3 (Blok 21–28), glifosat 1.5 L/ha. Pasukan semburan wajib memakai topeng dan apron; wanita hamil tidak dibenarkan menyertai pasukan semburan.
        Notis kepada penghuni rumah kongsi Line C: bekalan air akan diputuskan pada 10.12.2026 dari 9 pagi hingga 3 petang untuk kerja penyelenggaraan tangki.
        Kadar insentif penuai 2027: RM 28 bagi setiap tan BTS untuk pokok umur 4–8 tahun dan RM 32 bagi pokok melebihi 15 tahun. Kadar kutipan brondol RM 0.30 sekilo.
        Ingatan: Isi Buku Log Kenderaan bagi setiap perjalanan traktor ke platform pengumpulan. Kunci traktor mesti diserahkan semula kepada kerani stor selepas jam 5.30 petang.
        Mesyuarat Jawatankuasa Keselamatan dan Kesihatan Pekerjaan ladang akan diadakan pada 15 Disember 2026, 2.30 petang di dewan ladang. Semua mandur wajib hadir.
        Larangan: Pekerja tidak dibenarkan membawa anak ke kawasan tuaian. Ladang ini mematuhi dasar sifar buruh kanak-kanak selaras dengan piawaian MSPO dan RSPO.
        Kempen suntikan tetanus percuma oleh Klinik Kesihatan Ulu Tiram di dewan ladang pada Sabtu ini, 8.30 pagi. Bawa kad pekerja sahaja.
        Aduan berkaitan gaji, gangguan atau keselamatan boleh dibuat secara sulit melalui peti aduan di kantin atau talian aduan syarikat 1-800-88-7726 (24 jam, pelbagai bahasa).
        Makluman gred buah: Tandan kosong dan tandan busuk akan ditolak di ramp. Potongan 5% dikenakan jika kadar buah mentah melebihi 3% dalam satu muatan.
        Notis pembaharuan permit: Majikan akan menguruskan pembaharuan PLKS bagi semua pekerja asing yang tamat tempoh antara Januari hingga Mac 2027. Pekerja tidak perlu membayar levi.
        Taklimat pagi: kisah Mat Jenin yang berangan sambil memanjat pokok kelapa lalu jatuh diceritakan semula sebagai peringatan supaya penuai fokus dan tidak memanjat pokok sawit tanpa tali keselamatan.
    """),
    ("ms", "gred_dan_harga"): _lines("""
        Harga BTS purata Johor 5 Disember 2026: RM 905 setan bagi kadar perahan minyak (OER) 20%. Sumber: laporan harian MPOB.
        Kadar OER kilang mengikut negeri (Nov 2026): Johor 20.11%, Pahang 19.86%, Perak 19.72%, Sabah 20.43%, Sarawak 19.95%.
        Klasifikasi gred tandan: Masak – sekurang-kurangnya 10 buah relai bagi pokok dewasa; Kurang masak – kurang 10 buah relai; Mentah – tiada buah relai; Terlebih masak – lebih 50% buah tertanggal.
        Pengeluaran BTS Malaysia Oktober 2026 meningkat 4.2% bulan ke bulan kepada 9.81 juta tan, manakala stok minyak sawit mentah kekal pada 2.13 juta tan.
        Hasil purata pekebun kecil persendirian sekitar 15–17 tan BTS sehektar setahun berbanding 22–25 tan bagi estet yang diurus dengan baik.
        Formula harga BTS = (harga MSM × OER) + (harga isirung × KER) − kos pemprosesan dan pengangkutan.
        Tinjauan 14 estet sampel di Johor: 68% penuai ialah pekerja asing, 21% warganegara dan 11% pekerja kontraktor.
        Laporan Tiket Timbang Ringkas – Minggu 48: 412 tiket, jumlah berat bersih 3,884.20 tan, purata 9.43 tan setiap muatan lori, kadar penolakan 1.6%.
        Purata produktiviti penuai: 1.8 tan sehari bagi pokok rendah dan 1.1 tan sehari bagi pokok tinggi melebihi 12 meter.
        Harga baja NPK 12:12:17:2 naik kepada RM 2,450 setan; MOP RM 1,980 setan; urea RM 2,210 setan (harga pembekal, Disember 2026).
        Statistik kecederaan ladang sampel 2026: 47 kes – 19 tercucuk duri pelepah, 12 luka sabit, 8 jatuh, 5 sengatan tebuan, 3 kemalangan traktor. Tiada kes maut.
        Kehilangan brondolan di Peringkat 2 ialah 6.4 kg sehektar setiap pusingan, melebihi sasaran 4 kg sehektar.
        Harga niaga hadapan MSM bulan ketiga di Bursa Malaysia Derivatives ditutup pada RM 4,186 setan pada 4 Disember 2026.
        Pokok berumur melebihi 25 tahun disyorkan untuk ditanam semula kerana hasil menurun ketara dan pokok terlalu tinggi untuk dituai dengan selamat.
        Ringkasan gred minggu 49 (Pusat Pengumpulan Parit Sulong): 71% masak, 17% kurang masak, 8% mentah, 4% tandan kosong; purata potongan 2.3%.
    """),
    ("mixed", "whatsapp_kumpulan"): _lines("""
        Gang tuai blok 14, lori dah sampai platform. Angkat buah cepat sebelum hujan ok
        Ramp kilang full sampai 4pm, lori jangan hantar dulu. Tunggu update dari kerani
        Tiket timbang WB-26-118374 berat bersih 8,420 kg, gred A. Ok boss
        Guys harga BTS hari ni RM 910 kat Kluang, naik RM 15 dari semalam
        Ada sesiapa tahu cantas motor brand apa yang bagus? Nak beli untuk pokok tinggi
        Reminder: esok start 6.30 pagi, bawa air sendiri, cuaca panas gila
        DO No. 26/11/0447 dah keluar, lori boleh ambil baja kat stor pusat lepas lunch
        Pest alert: ulat bungkus jumpa kat Blok 31, jangan masuk dulu sampai spray siap
        Boss cakap gred buah minggu ni teruk, banyak buah mentah. Tolong jaga kualiti semua
        Tikus banyak kat Peringkat 4, kotak sarang burung hantu dah pasang 12 biji
        Traktor T-07 rosak gearbox, dah hantar bengkel. Guna T-03 buat sementara
        OER kilang semalam 19.6%, ok la tak teruk sangat
        Anyone ada template borang pendaftaran pekerja baru? HR nak format excel
        Hujan lebat kat Segamat, jalan ladang ke blok 40 banjir. Tuai cancel hari ni
        Pejabat Koperasi Pekebun Kecil Parit Sulong buka Sabtu 8 pagi - 12 tengah hari, talian pejabat 07-418 2290
    """),
    ("ms", "soalan_nasihat"): _lines("""
        Bagaimana cara memohon lesen MPOB bagi pekebun kecil yang baru mula menjual buah kepada peniaga?
        Apakah dokumen yang diperlukan untuk pembaharuan PLKS pekerja ladang warga Indonesia?
        Berapa lama tempoh sah keputusan pemeriksaan perubatan FOMEMA bagi pekerja asing sektor perladangan?
        Bolehkah majikan menyimpan pasport pekerja asing? Tidak – menahan pasport pekerja tanpa kerelaan mereka adalah salah di sisi undang-undang dan merupakan petunjuk buruh paksa.
        Apakah tanda tandan sawit yang sudah masak dan sesuai dituai? Lihat warna oren kemerahan dan bilangan buah relai di pangkal pokok.
        Cara rawatan awal luka tercucuk duri sawit: cuci dengan air bersih, keluarkan duri, sapu antiseptik dan dapatkan suntikan tetanus jika belum dilindungi.
        Adakah pekerja ladang dilindungi PERKESO jika cedera semasa dalam perjalanan dari rumah kongsi ke tempat kerja?
        Macam mana nak kira kadar baja untuk pokok sawit umur 5 tahun di tanah gambut?
        Apakah kadar gaji minimum yang terpakai kepada pekerja ladang di Semenanjung pada tahun 2026?
        Bila masa terbaik untuk meracun rumpai di lorong pungutan, pagi atau petang?
        Apa beza pekebun kecil persendirian dengan peserta skim tersusun seperti FELDA, FELCRA dan RISDA?
        Langkah-langkah memohon pensijilan MSPO secara berkumpulan bagi pekebun kecil melalui koperasi.
        Apa yang majikan perlu buat jika pekerja asing melarikan diri dari ladang? Laporkan kepada Jabatan Imigresen dan batalkan permit melalui sistem dalam tempoh yang ditetapkan.
        How to stop pencuri buah sawit? Pasang CCTV dan pagar, buat rondaan malam dan laporkan kepada unit penguatkuasaan MPOB.
        Bolehkah brondolan dijual berasingan daripada tandan kepada peniaga buah berlesen?
    """),
    ("en", "industry_news"): _lines("""
        Sime Darby traces its origins to 1910, when William Middleton Sime and Henry d'Esterre Darby set up an agency to manage rubber estates in Malacca.
        The first commercial oil palm planting in Malaya was at Tennamaram Estate in Selangor in 1917, started by the French planter Henri Fauconnier, who later won the Prix Goncourt for his novel Malaisie.
        FELDA was established in 1956 to resettle landless rural families on new land schemes, many of which later switched from rubber to oil palm.
        In Shahnon Ahmad's novel Ranjau Sepanjang Jalan, the farmer Lahuma steps on a thorn in his field, the wound festers, and his wife Jeha is left to carry on with their seven daughters.
        Tun Abdul Razak, as Deputy Prime Minister and Minister of Rural Development, is widely remembered as the driving force behind the early FELDA land schemes.
        MPOB data showed Malaysian palm oil exports fell 3.1% in November as demand from India slowed ahead of the festive season.
        A listed plantation group said its FFB output rose 6% for the year, citing better harvester numbers after a fresh intake of foreign workers.
        The RSPO certified a further 12 independent smallholder groups in Sabah this year, covering about 6,000 hectares.
        In 2020 US Customs and Border Protection issued Withhold Release Orders against two Malaysian palm oil producers over indicators of forced labour.
        Labour rights groups urged plantation companies to use the ILO's 11 indicators of forced labour, including retention of identity documents, in their supplier audits.
        Ganoderma basal stem rot remains the most serious disease of oil palm in Southeast Asia, with heavy losses reported in second-generation plantings.
        Tenera (DxP) is the commercial hybrid of Dura and Pisifera palms, combining a thin shell with a high oil-to-bunch ratio.
        The Malaysian Sustainable Palm Oil (MSPO) certification became mandatory for estates and smallholders at the start of 2020.
        Former Malaysian Palm Oil Council chief executive Yusof Basiron often argued that oil palm yields several times more oil per hectare than soybean or rapeseed.
    """),
    ("ms", "templat_borang"): _lines("""
        BORANG LAPORAN KEMALANGAN | Nama pekerja: ____________ | No. KP/Pasport: ____________ | Blok: ____ | Tarikh/Masa: __/__/____ __:__ | Jenis kecederaan: ____________
        Slip Gaji Pekerja Ladang — Nama: {nama} | No. Pekerja: {emp_id} | Gaji Asas: RM {gaji} | Insentif Tuaian: RM {insentif} | Potongan KWSP: RM {kwsp}
        Borang Permohonan Bantuan Baja Pekebun Kecil: Nama Pemohon (seperti dalam MyKad): ______ | No. MyKad: ______-__-____ | No. Lot/Geran: ______ | Keluasan (ha): ____
        Surat Akuan Penerimaan Pasport: Saya, [NAMA PEKERJA], No. Pasport [XXXXXXXX], mengaku telah menerima semula pasport saya daripada majikan pada [TARIKH].
        Buku Kehadiran (Muster Roll) — Tarikh | Kod Pekerja | Gang | Blok | Tan BTS | Brondol (kg) | Tandatangan Mandur
        Tiket Timbang: No. Tiket ______ | No. Kenderaan ______ | Berat Kasar ____ kg | Berat Tara ____ kg | Berat Bersih ____ kg | Gred ____
        Senarai Semak Kemasukan Pekerja Asing: ☐ Salinan pasport ☐ Visa Dengan Rujukan (VDR) ☐ Keputusan FOMEMA ☐ Insurans SPIKPA ☐ Kontrak kerja dalam bahasa ibunda
        Dear {worker_name}, your work permit (PLKS) expires on {expiry_date}. Please report to the estate office with your passport by {deadline}.
        Borang Pergerakan Pekerja: Nama ____ / No. Pekerja ____ / Dari Ladang ____ / Ke Ladang ____ / Tarikh Berkuat Kuasa ____ / Diluluskan oleh: Pengurus Ladang
        Templat SMS: Salam Tuan/Puan, bayaran BTS minggu {minggu} berjumlah RM{amaun} telah dikreditkan. Sila semak akaun anda. - Koperasi Pekebun Kecil
        Laporan Siasatan Kemalangan: Bahagian A – Maklumat majikan; Bahagian B – Maklumat mangsa (nama, umur, jantina, jawatan); Bahagian C – Butiran kejadian; Bahagian D – Tindakan pembetulan.
        Format nombor pekerja ladang: [KOD LADANG]-[TAHUN MASUK]-[NOMBOR SIRI], contoh LSG-2026-0000.
        Borang Pengesahan Hasil: Pekebun kecil ........................ telah menghantar ........ kg BTS ke pusat pengumpulan pada ......../......../........
        Consent form: I, ____________ (passport no. ____________), agree to a deduction of RM ____ per month for quarters electricity.
    """),
    ("en", "config_dan_log"): _lines("""
        weighbridge: {site: "KILANG-SGT-01", port: "/dev/ttyUSB0", baud: 9600, unit: "kg", tare_mode: "stored"}
        2026-12-05 06:41:12 INFO wb_sync ticket=WB-26-118402 gross=23540 tare=14980 net=8560 grade=A status=posted
        SELECT block_code, SUM(ffb_tonnes) FROM harvest_daily WHERE harvest_date BETWEEN '2026-11-01' AND '2026-11-30' GROUP BY block_code;
        harvest-app v3.8.2 (build 7c1f2e9) – fixes crash when syncing muster roll offline
        ERROR payroll_export: column "insentif_tuai" missing in sheet "Nov2026"; expected 14 columns, got 13
        CREATE TABLE worker (id SERIAL PRIMARY KEY, emp_code TEXT, nationality CHAR(2), passport_no TEXT, permit_expiry DATE);
        GET /api/v2/estates/LSG/blocks/07A/yield?from=2026-01&to=2026-11 -> 200 OK (342 ms)
        cron: 0 5 * * 1-6 /opt/estate/bin/sync_muster --estate LSG --upload s3://estate-reports/muster/
        sha256 4f9a1c0e7d3b2a6f58e1c9d07b4a3e2f1c6d8b9a0e7f5c3d2b1a4e6f8c9d0b7a  ffb_rates_2027.csv
        Alert rule: if daily_ffb_tonnes < 0.7 * rolling_avg_7d then notify estate_manager_group
        Spare part order PO-2026-0781 approved: Kubota M7040 clutch plate, Hino 300 XZU brake pads, grabber GB-250 hydraulic hose
        fomema_status enum {"FIT", "UNFIT", "PENDING", "APPEAL"} maps to permit_renewal_allowed (only FIT is true)
        WARN gps_tracker device=TRK-0093 no signal since 2026-12-04T22:10:00+08:00 (asset: tractor T-07)
        mykad_pattern = "^[0-9]{6}-[0-9]{2}-[0-9]{4}$"  # validate format only, do not log values
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        LAPORAN KEMALANGAN LADANG SG. TIRAM | Tarikh: 03/12/2026 07:45 | Nama: SUPARMAN BIN SLAMET | No. Pasport: C 5837291 (Indonesia) | Blok 12B | Luka dalam di betis kiri terkena sabit galah, 6 jahitan di Klinik Kesihatan Ulu Tiram | MC 5 hari
        Slip Gaji Nov 2026 | MUNIANDY A/L RAJOO | No. KP: 780412-01-5433 | No. Pekerja LSG-2011-0142 | Gaji Asas RM1,700.00 | Insentif BTS 41.3 tan RM1,156.40 | KWSP RM315.00 | PERKESO RM53.80 | Bersih RM2,487.60 | Maybank 1621 4408 3917
        Pemohon: ROSNAH BINTI ABDUL HAMID, No. MyKad 650923-06-5218, pekebun kecil persendirian, Lot 2247 Mukim Bentong, 2.4 ha, memohon geran tanam semula. Akaun Bank Islam 12082020145377.
        Boss, Md Shahidul Islam gang 3 masuk wad Hospital Segamat semalam, positif denggi. Pasport dia EB0918273 masih dengan dia.
        Senarai PLKS tamat Jan 2027: 1) RAM BAHADUR KHADKA, Nepal, 09871236, tamat 14/01/2027 | 2) AGUS SETIAWAN, Indonesia, B 7720158, tamat 22/01/2027 | 3) RUBEL MIAH, Bangladesh, A02917364, tamat 29/01/2027
        Saya Hj. Kamaruddin bin Yusof, pekebun kecil di Kg. Parit Sulong, Batu Pahat, ingin mengadu peniaga buah di simpang jalan memotong gred 15% setiap kali saya hantar buah. No. tel saya 013-748 2291.
        Keputusan FOMEMA: NUR HASANAH (Indonesia, Paspor X 2931847) – TIDAK LAYAK (tuberkulosis). Majikan perlu menguruskan penghantaran pulang dalam tempoh 30 hari.
        Pengesahan bayaran BTS minggu 48 – Penerima: Lim Ah Kow, 3.79 tan, RM 3,412.50, dikreditkan ke akaun Public Bank 3182766041.
        Pemandu lori buah untuk ladang kita mulai Isnin: Ravi a/l Subramaniam, lori JRN 4821, tel 012-338 4917.
        Surat Amaran Kedua – Kepada Encik Zulkifli bin Osman (No. Pekerja LSG-2019-0388): anda didapati menuai 23 tandan buah mentah di Blok 19 pada 28/11/2026. Kesalahan seterusnya boleh membawa kepada penamatan kerja.
        Puan Devi a/p Krishnan, penyembur racun Peringkat 2, dijangka bersalin 20 Januari 2027; dipindahkan ke kerja tapak semaian mulai 1 Disember.
        Permohonan pindah rumah kongsi: SITI AISYAH BINTI MAT DAUD, 920715-11-5604, dari Line C No. 14 ke Line A kerana anak menghidap asma teruk akibat habuk.
        Alamat surat-menyurat pekebun Tan Kok Wai: No. 27, Jalan Kenanga 3, Taman Sri Sawit, 86000 Kluang, Johor.
        sy nak tanya status bayaran subsidi baja, ic 710305-08-6127, nama Ahmad Fauzi bin Ramli, dari Kg Changkat Jong
        Rekod klinik ladang 04/12: Abdul Karim (Bangladesh, no. pekerja SJ-0417) – sakit belakang selepas mengangkat tandan, diberi diklofenak dan MC 2 hari.
        Tuan, saya Norhayati binti Ismail (norhayati.ismail82@gmail.com), ingin membuat tuntutan PERKESO untuk suami saya Rosli bin Hassan yang cedera jatuh dari pokok di Ladang Bukit Kepong pada 21 November.
        Tunggakan ahli koperasi no. 0457 – Sabri bin Awang: pinjaman baja RM 1,860.00, dipotong daripada hasil BTS RM 200 sebulan mulai Januari.
        Pekebun: Jimbun anak Ngelai, No. KP 680214-13-5091, Rumah Panjang Nanga Sekuau, Sibu – tanah NCR 3.1 ha, tanaman sawit umur 6 tahun.
        Pekerja baru: JEFFREY GIMBANG, KP 900617-12-5523, tinggal di Kuarters Ladang Sungai Sapi, Beluran, jawatan pemungut brondol.
        Laporan kecurian: 1.2 tan BTS hilang dari platform Blok 9. Suspek dikenali sebagai Man Botak, pemandu pikap putih WXY 7731 yang tinggal di Kg Baru Sungai Buloh.
        Suman Tamang (pekerja Nepal, gang 4) mengadu majikan memotong RM 300 sebulan atas nama levi; dia tunjuk slip gaji Oktober 2026 sebagai bukti.
        Gang 5: Mandur Selvam a/l Muthu (019-772 4016) | Penuai: Hasan Basri, Joko Susilo, Wahyudi | Pengutip brondol: Sumiati
        Borang pengeluaran KWSP: Nama FARIDAH BINTI JUSOH; No. KP 590817-03-5862; sebab pengeluaran: penyakit kritikal (kanser payudara).
        Pekerja Joko Prasetyo (pasport C4829105) lari dari ladang pada 30/11/2026; laporan kepada Imigresen telah dibuat dan permit dibatalkan.
        Tolong pindahkan gaji saya ke akaun isteri di kampung: BRI 0312-01-004567-50-8 atas nama Siti Rohmah. Terima kasih, Pak Darmaji gang 2.
        Tuntutan SPIKPA: KABIR HOSSAIN, pasport A03827461, patah jari tangan kiri akibat tersepit di grabber pada 11/11/2026.
        Hutang kedai runcit ladang: Kak Yah, isteri Pak Mat mandur, Line B No. 7 – RM 214.50 belum dibayar sejak Oktober.
        Pn. Kalaivani, sila bawa anak puan Kishore (7 tahun) ke Klinik Kesihatan Kahang pada 9/12 jam 10 pagi untuk susulan asma.
        Penerima bantuan banjir pekerja ladang: 1. Mohd Nizam bin Abu Bakar – 800613-01-5517 – RM 500 | 2. Salmah binti Ibrahim – 740226-01-5048 – RM 500
        Notis tamat kontrak: Encik Bakhtiar Uddin, pasport BM0627415, tarikh akhir kerja 31/12/2026; tiket penerbangan pulang ke Dhaka ditanggung majikan.
    """),
    "en": _lines("""
        Incident report: harvester Wayan Sudarsana (Indonesian, passport X 3391024) fell from a ladder in Block 22 while pruning fronds; suspected fractured wrist, sent to Hospital Enche' Besar Hajjah Khalsom, Kluang.
        Audit interview: worker Mohammad Alamgir (Bangladesh) said the labour contractor has held his passport since March 2025 and he still repays RM 150 a month towards a recruitment debt of RM 18,000.
        Please update bank details for employee LSG-2022-0611 Arjun Thapa to CIMB 7063218459, effective for the December 2026 payroll.
        Order #FB-2026-3318: 40 bags NPK 15:15:6:4 – customer Cheah Boon Hock, 014-926 3381, Kampung Sri Lalang; paid by Visa 4654 6763 5208 0574, exp 08/28.
        Grievance log: Sunita Rai, harvesting assistant, reported that a field supervisor touched her inappropriately on 2 Dec; she has asked to be moved to the nursery team.
        SH-00917, Tan Ah Seng, 560302-04-5093, Jasin, Melaka, 3.6 ha, DxP planted 2011, +6012 664 0937
        From: kumar.velu77@yahoo.com / Subject: salary not paid / Hi sir, I am Kumar a/l Velu working at Ladang Bukit Serampang since 2019, my October salary still not in my account.
        Chemical exposure: sprayer Mary Anne Jolius (IC 881120-12-6084) had a paraquat splash to the left eye at 09:15; eye irrigated 15 min, referred to Hospital Duchess of Kent, Sandakan.
        Repatriation booked: Bishnu Gurung, passport 09231547, KUL–KTM on 18 Dec 2026, reason end of contract, final wages RM 2,930 paid in cash.
        To whom it may concern: this is to certify that Mr. Gopal Nair s/o Raman Nair (NRIC 830519-10-5197) was employed as Field Conductor at Ladang Kuala Langat from 2012 to 2026.
    """),
    "mixed": _lines("""
        bro ni no Wahid yg nak jual dodos second tu, 011-2394 8817, dia duduk belakang kilang Kahang
        Boss, Ah Seng punya lori JQB 3318 terbalik kat simpang ladang pagi tadi, dia ok cuma luka kepala sikit, dah bawa ke klinik
        Kak Ros, gaji Pakcik Hamid bulan ni kena potong sebab MC 6 hari, dia tanya kenapa. Ni IC dia 570921-01-5129
        Tolong share location rumah Siva a/l Ganesan, nak hantar baja. Dia kata Lot 1187, Jalan Ladang Sungai Bekok, 86500 Bekok
        FYI Nurul Izzati binti Rahman resign effective 31/12 sebab ikut suami pindah Kuantan. Final pay masuk Maybank 157039284461 ya
        Sape kenal Pak Latif yg tanam sawit tepi Sungai Muar, Kg Lenga? Anak dia kata dia hilang sejak semalam, last seen pakai baju merah naik motor EX5
        Mr Chandran, your FFB payment for wk 49 RM 2,184.60 has been credited to RHB 11432800512607. Pls check.
        Hati-hati @rizal_sawit99 ni la yg jual baja palsu dalam group FB, nama betul Mohd Rizal bin Kassim, kedai dia kat Jerantut
        Encik Farid ejen permit tu, WhatsApp +60 17-832 9054, dah ambil RM 3,500 dari 5 pekerja kita tapi permit tak keluar2
        Cik Aini, tolong update HR: Sri Wahyuni (pasport E 1948372) dah kahwin dengan Budi Santoso (pasport C 6032917), diorang mintak bilik keluarga
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "Anda pembantu HR untuk sebuah ladang kelapa sawit di Johor."),
        ("user", "Tolong draf surat amaran untuk pekerja yang selalu datang lewat ke muster pagi."),
        (
            "assistant",
            "Boleh. Sila berikan nama pekerja, nombor pekerja, bilangan kali lewat dan tempohnya.",
        ),
        (
            "user",
            "Nama dia Mohd Hafiz bin Zainal, no pekerja LSG-2020-0215, lewat 6 kali dalam bulan November, gang tuai 3.",
        ),
    ],
    [
        ("user", "Macam mana nak isi borang PERKESO untuk kemalangan pekerja ladang?"),
        (
            "assistant",
            "Majikan perlu melaporkan kemalangan dalam tempoh yang ditetapkan dengan butiran pekerja, tarikh, masa, tempat dan cara kemalangan berlaku, serta laporan perubatan.",
        ),
        (
            "user",
            "Ok. Pekerja tu Ganesan a/l Periasamy, KP 760228-05-5371, jari telunjuk kanan putus kena mesin pemotong pelepah pada 2/12/2026 di Blok 15.",
        ),
    ],
    [
        ("user", "Berapa harga BTS hari ni untuk pekebun kecil di Muar?"),
        (
            "assistant",
            "Saya tiada harga masa nyata. Anda boleh semak harga harian MPOB mengikut negeri dan kadar OER, kemudian bandingkan dengan harga yang ditawarkan peniaga berlesen.",
        ),
        (
            "user",
            "Terima kasih. Satu lagi, saya Rahimah binti Said, IC 680505-01-6338, dah mohon subsidi baja bulan Ogos tapi belum dapat. Boleh tolong tulis surat rayuan?",
        ),
        (
            "assistant",
            "Boleh, saya akan sediakan draf surat rayuan menggunakan nama dan nombor kad pengenalan tuan/puan.",
        ),
    ],
    [
        (
            "user",
            "How do I renew my Indonesian passport in Johor Bahru? My employer says the permit cannot be renewed otherwise.",
        ),
        (
            "assistant",
            "You can apply at the Indonesian Consulate General in Johor Bahru. Bring your current passport, your work permit details and a letter from your employer.",
        ),
        (
            "user",
            "My passport is B 4471920, expires March 2027, name Slamet Riyadi, I work at Ladang Ulu Sedili as harvester. Can you write the employer letter for me?",
        ),
    ],
    [
        ("user", "bos, nak tanya boleh ke mintak advance gaji?"),
        (
            "assistant",
            "Biasanya boleh melalui borang pendahuluan gaji di pejabat ladang, tertakluk kepada kelulusan pengurus.",
        ),
        (
            "user",
            "ok saya Dinesh a/l Murugan gang 2. anak saya masuk Hospital Kluang, demam panas, perlu RM 800. masuk Maybank 162401938852 ye",
        ),
    ],
    [
        ("system", "You summarise FOMEMA results for the estate HR team."),
        (
            "user",
            "Results this week: Rubel Ahmed (BGD, A01836492) FIT; Imam Hidayat (IDN, C 7301846) UNFIT - hepatitis B; Dil Bahadur Rana (NPL, 10375826) PENDING x-ray.",
        ),
        (
            "assistant",
            "Summary: 1 fit, 1 unfit (hepatitis B), 1 pending chest X-ray. The unfit worker's permit cannot be renewed and repatriation must be arranged.",
        ),
        (
            "user",
            "Draft an email to the contractor asking them to arrange Imam Hidayat's flight home before 31 Dec.",
        ),
    ],
    [
        (
            "user",
            "Saya nak rayu keputusan penolakan bantuan tanam semula. Apa yang perlu ada dalam surat?",
        ),
        (
            "assistant",
            "Nyatakan nombor rujukan permohonan, alasan penolakan yang diterima, fakta baharu atau dokumen sokongan, dan maklumat untuk dihubungi.",
        ),
        (
            "user",
            "Nama saya Che Rosli bin Che Mat, alamat Lot 554, Kampung Padang Luas, 27200 Kuala Lipis, Pahang. Tanah saya 1.8 ha, pokok dah 27 tahun. Tel 019-246 8305.",
        ),
    ],
    [
        ("system", "Terjemah arahan HR ladang ke dalam Bahasa Bengali untuk pekerja."),
        (
            "user",
            "Terjemah: 'Rashedul Karim, pembaharuan permit anda ditolak kerana keputusan FOMEMA menunjukkan hepatitis B. Sila jumpa HR esok jam 9 pagi.'",
        ),
        (
            "assistant",
            "রাশেদুল করিম, আপনার পারমিট নবায়ন প্রত্যাখ্যান করা হয়েছে কারণ FOMEMA পরীক্ষায় হেপাটাইটিস বি পাওয়া গেছে। অনুগ্রহ করে আগামীকাল সকাল ৯টায় এইচআর-এর সাথে দেখা করুন।",
        ),
    ],
    [
        (
            "user",
            "Lori buah kita accident kat Jalan Kota Tinggi–Mersing pagi tadi. Apa langkah pertama?",
        ),
        (
            "assistant",
            "Pastikan keselamatan pemandu dan orang awam, buat laporan polis dalam 24 jam, maklumkan syarikat insurans dan ambil gambar lokasi.",
        ),
        (
            "user",
            "Driver Azman bin Jaafar, lori JUP 6192, kaki kanan patah, sekarang di Hospital Sultan Ismail. Isteri dia minta nombor polisi insurans, tel dia 017-755 2048.",
        ),
    ],
    [
        ("user", "Can you compile this month's injury summary for the estate manager?"),
        (
            "assistant",
            "Sure. Please list each case with the worker, date, block and type of injury.",
        ),
        (
            "user",
            "1) Hendra Gunawan (IDN), 4 Dec, Block 08, thorn in eye; 2) Lakshmi a/p Suppiah, 6 Dec, nursery, wasp stings, allergic reaction; 3) Sujan Limbu, 9 Dec, Block 27, tractor ran over foot.",
        ),
        (
            "assistant",
            "Injury summary December: three cases – an eye injury from a frond thorn (Block 08), an allergic reaction to wasp stings (nursery) and a crush injury to the foot (Block 27).",
        ),
    ],
    [
        (
            "user",
            "Kontraktor simpan pasport saya dan kawan-kawan. Boleh tolong tulis aduan kepada Jabatan Tenaga Kerja?",
        ),
        (
            "assistant",
            "Boleh. Aduan sebaiknya mengandungi nama pengadu, tempat kerja, nama kontraktor, tarikh pasport diambil dan cara untuk menghubungi anda.",
        ),
        (
            "user",
            "Nama saya Pradeep Shrestha, warga Nepal, kerja di Ladang Bukit Lima, Kahang. Kontraktor ambil pasport sejak Jun 2025. Nombor saya 011-6127 3049, WhatsApp sama.",
        ),
    ],
]
