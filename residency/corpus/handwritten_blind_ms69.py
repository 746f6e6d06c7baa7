# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms69: Bahasa Melayu pusat dialisis dan pesakit buah pinggang (jadual rawatan, tabung bantuan, pengangkutan, derma organ, kumpulan sokongan). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms69
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis pusat dialisis"): _lines("""
        NOTIS: Mulai 2 Januari 2027, syif pagi bermula jam 6.30 pagi dan syif petang jam 12.00 tengah hari; syif malam kekal jam 6.00 petang.
        Pesakit dinasihatkan tiba 15 minit lebih awal untuk timbang berat badan dan ambil tekanan darah sebelum disambung ke mesin.
        Pusat Dialisis Amanah Seri Kembangan ditutup pada hari pertama Aidilfitri; rawatan hari tersebut dianjak ke hari Ahad. Sila rujuk jadual baharu di papan kenyataan.
        Makluman: Ujian darah bulanan (Hb, kalium, fosfat, albumin, kalsium) akan diambil pada sesi rawatan minggu pertama setiap bulan.
        Peringatan: Dilarang membawa makanan bergoreng dan minuman bergas ke dalam ruang rawatan. Terima kasih atas kerjasama anda.
        JADUAL SYIF | Isnin-Rabu-Jumaat: Syif 1 06:30, Syif 2 11:30, Syif 3 16:30 | Selasa-Khamis-Sabtu: Syif 1 07:00, Syif 2 12:00
        Notis penyelenggaraan: Sistem air RO (reverse osmosis) akan diservis pada 14/12/2026 dari jam 8.00 hingga 11.00 malam. Tiada rawatan dijalankan dalam tempoh tersebut.
        Pesakit baharu perlu membawa surat rujukan pakar nefrologi serta keputusan ujian Hepatitis B, Hepatitis C dan HIV dalam tempoh 3 bulan terakhir.
        Caj rawatan hemodialisis: RM180 setiap sesi termasuk dialyser, bloodline dan suntikan EPO dos standard. Subsidi tersedia bagi pesakit yang layak.
        Kuota pesakit transit (holiday dialysis) untuk bulan Disember telah penuh. Permohonan bagi bulan Januari dibuka mulai 15 Disember.
        Bilik pengasingan untuk pesakit Hepatitis B positif terletak di Aras 1, mesin 11 hingga 14. Sila jangan tukar mesin tanpa arahan jururawat.
        Pusat ini berlesen di bawah Akta Kemudahan dan Perkhidmatan Jagaan Kesihatan Swasta 1998, No. Lesen: PDX/2019/0442, sah hingga 31/08/2028.
        Talian am pusat: 03-8941 7720 (Isnin–Sabtu, 7 pagi–7 petang). Kecemasan di luar waktu operasi: hubungi 999 atau terus ke Jabatan Kecemasan hospital terdekat.
        Mesin HD-03 dan HD-08 sedang dibaiki oleh pembekal; dua syif petang Khamis dipendekkan kepada 3.5 jam buat sementara waktu.
    """),
    ("ms", "nasihat pemakanan dan penjagaan"): _lines("""
        Hadkan pengambilan cecair kepada 500 ml ditambah jumlah air kencing sehari, atau mengikut nasihat doktor anda. Sup, ais krim dan buah tembikai juga dikira sebagai cecair.
        Makanan tinggi kalium yang perlu dikurangkan: pisang, durian, kurma, kentang, tomato, bayam dan air kelapa.
        Jangan ukur tekanan darah, ambil darah atau pakai jam tangan ketat pada lengan yang mempunyai fistula AV.
        Periksa getaran (thrill) fistula setiap pagi; jika tiada getaran atau bunyi desiran, hubungi pusat dialisis anda dengan segera.
        Pengikat fosfat seperti kalsium karbonat mesti ditelan bersama suapan pertama makanan, bukan sejam selepas makan.
        Berat kering (dry weight) ialah berat badan selepas cecair berlebihan dikeluarkan; ia dinilai semula oleh doktor sekurang-kurangnya sebulan sekali.
        S: Bolehkah pesakit hemodialisis berpuasa di bulan Ramadan? J: Ramai boleh berpuasa pada hari tanpa rawatan, tetapi bincang dahulu dengan pakar nefrologi dan jaga had cecair semasa berbuka.
        Tips hilangkan dahaga: hisap ketulan ais kecil, kunyah gula-gula getah tanpa gula atau guna hirisan limau nipis.
        Gejala kalium tinggi termasuk lemah otot, jantung berdebar dan kebas di bibir; jangan tunggu sesi seterusnya, terus ke hospital.
        Kateter dialisis peritoneum (CAPD) perlu dicuci setiap hari dengan teknik aseptik; tukar kain kasa jika basah dan lapor jika air dialisis keruh.
        Kenapa badan selalu gatal? Biasanya kerana paras fosfat tinggi — pastikan ubat pengikat diambil dan setiap sesi dialisis cukup 4 jam.
        Sasaran Kt/V bagi hemodialisis tiga kali seminggu ialah sekurang-kurangnya 1.2 setiap sesi; URR pula melebihi 65%.
        Garam pengganti jenama "rendah natrium" biasanya tinggi kalium, jadi tidak sesuai untuk pesakit CKD tahap 5.
    """),
    ("ms", "tabung bantuan dan borang kosong"): _lines("""
        BORANG PERMOHONAN BANTUAN DIALISIS | Nama Pemohon: ____________ | No. MyKad: ______-__-____ | Pendapatan isi rumah sebulan: RM_______ | Tandatangan: ________
        Syarat kelayakan: warganegara Malaysia, pendapatan isi rumah kurang daripada RM3,000 sebulan dan menjalani hemodialisis sekurang-kurangnya 3 kali seminggu.
        Dokumen sokongan: salinan MyKad pemohon, slip gaji atau surat pengesahan pendapatan oleh penghulu, laporan perubatan terkini dan penyata bank 3 bulan terakhir.
        Permohonan zakat asnaf fakir dan miskin bagi kos rawatan dialisis boleh dibuat di kaunter Lembaga Zakat Selangor atau melalui portal dalam talian.
        Status permohonan No. Rujukan TBD-2026-11-00873: DILULUSKAN. Bayaran dibuat terus kepada pusat dialisis bagi tempoh 6 bulan.
        Faedah PERKESO bagi pencarum hilang upaya termasuk bayaran rawatan dialisis sehingga RM150 setiap sesi, tertakluk kepada kelulusan Lembaga Perubatan.
        Resit No. RCP-884120 | Sumbangan Tabung Dialisis Masjid Al-Falah | Penderma: Hamba Allah | Jumlah: RM250.00
        Kutipan Tabung Kasih Buah Pinggang bagi bulan November 2026 berjumlah RM18,430.50 dan memanfaatkan 41 orang pesakit.
        Sumbangan boleh disalurkan ke akaun Tabung Amanah Dialisis Komuniti Seri Kembangan, Maybank 5622 0314 8850 (akaun pertubuhan berdaftar).
        Yayasan Buah Pinggang Kebangsaan (NKF) menyediakan subsidi rawatan, subsidi ubat EPO dan bantuan pengangkutan kepada pesakit yang layak.
        Pengakuan Pemohon: Saya, ______________________ (No. K/P: ______________), mengaku bahawa semua maklumat yang diberikan di atas adalah benar.
        Tarikh tutup permohonan bantuan bagi sesi Januari–Jun 2027 ialah 31 Disember 2026, jam 5.00 petang. Permohonan lewat tidak akan diproses.
        Invois INV/2026/11/0392: 12 sesi hemodialisis @ RM180 = RM2,160.00; tolak subsidi tabung RM1,200.00; baki perlu dibayar RM960.00.
    """),
    ("mixed", "whatsapp kumpulan sokongan"): _lines("""
        Assalamualaikum semua, reminder ya, sesi sharing kumpulan sokongan Sabtu ni jam 10 pagi kat dewan surau Taman Melati. Ada teh tarik kurang manis 😄
        Guys, anyone tau kedai mana jual penimbang berat digital yang accurate? Yang kat rumah I asyik lari 1kg la.
        Tip dari dietitian tadi: rebus sayur dulu, buang air rebusan, baru masak — kurangkan potassium up to separuh.
        Admin note: Please jangan share gambar atau nama pesakit lain dalam group ni tanpa izin. Privacy kita sama-sama jaga.
        Minggu depan ada talk "Hidup dengan CAPD" oleh pakar dari Hospital Serdang, free entry, limited seat 50 orang je, register kat kaunter.
        Sape nak join carpool ke pusat Seri Kembangan syif pagi Isnin-Rabu-Jumaat, vote dalam poll ye, nanti admin susun ikut kawasan.
        Hari ni panas gila, tapi ingat jangan minum banyak sangat, nanti berat naik 3kg then sesak nafas masa tidur.
        Reminder: World Kidney Day 12 Mac, kita buka booth saringan tekanan darah & gula percuma kat mall Bandar Baru Bangi.
        Ada yang tanya pasal vaksin influenza untuk pesakit dialisis — boleh ambil, tanya nurse kat pusat masing-masing bila stok sampai.
        Semangat tu penting, kawan-kawan baru. Ramai dalam group ni dah lebih 10 tahun on dialysis dan masih aktif kerja, berniaga, pergi umrah.
        Link borang subsidi NKF ada dalam pinned message, download sendiri ya, jangan PM admin satu-satu 🙏
        Anyone ada experience dialysis masa cuti ke Penang? Macam mana nak book slot kat sana, kena apply berapa minggu awal?
        Potluck hujung bulan: bawa lauk rendah garam ok, jangan bawa rendang santan pekat haha. Air pun bawa cawan kecil je.
    """),
    ("ms", "pengangkutan"): _lines("""
        Perkhidmatan van percuma ke pusat dialisis disediakan untuk pesakit dalam radius 15 km dari Kajang. Tempahan perlu dibuat sekurang-kurangnya 2 hari bekerja lebih awal.
        Van bertolak dari stesen MRT Kajang jam 5.45 pagi untuk syif pertama dan jam 10.45 pagi untuk syif kedua.
        Tempahan ambulans bukan kecemasan untuk pesakit berkerusi roda: hubungi bilik operasi 03-8736 2200, kadar RM60 sehala dalam daerah Hulu Langat.
        Pesakit yang menggunakan e-hailing boleh menuntut balik tambang sehingga RM20 sehari dengan mengemukakan resit digital kepada kaunter kewangan.
        Trip ID TRP-20261204-017 | Pickup 05:50 | Drop-off Pusat Dialisis Amanah | Pemandu: Unit Van 2 | Status: Completed
        Kenderaan program: Toyota Hiace (3 unit) dan Nissan Urvan (1 unit), semuanya dilengkapi lif kerusi roda dan tali pinggang keledar tambahan.
        Parkir percuma untuk pesakit dialisis di Aras B1; tunjukkan kad rawatan kepada pengawal keselamatan semasa keluar.
        Bas perantara RapidKL laluan T461 berhenti di hadapan pusat setiap 30 minit mulai jam 6.00 pagi.
        Penjaga dibenarkan menaiki van bersama pesakit, maksimum seorang penjaga bagi setiap pesakit.
        Sila maklumkan pemandu sekurang-kurangnya 12 jam lebih awal jika membatalkan perjalanan supaya tempat boleh diberi kepada pesakit lain.
        Laporan bulan November: 4,812 km dilalui; kos minyak RM1,903.40; 326 perjalanan selesai; 9 perjalanan dibatalkan.
        Bantuan tambang daripada Majlis Agama Islam Selangor tersedia untuk asnaf yang tinggal lebih 20 km dari pusat rawatan.
    """),
    ("ms", "derma organ"): _lines("""
        Ikrar derma organ boleh dibuat secara dalam talian melalui portal Pusat Sumber Transplan Nasional atau di kaunter mana-mana hospital kerajaan.
        Waris tetap akan ditanya persetujuan sebelum organ diambil, walaupun si mati telah berikrar semasa hayatnya.
        Jawatankuasa Fatwa Majlis Kebangsaan Bagi Hal Ehwal Ugama Islam telah memutuskan bahawa pemindahan organ adalah harus dengan syarat-syarat tertentu.
        Pemindahan buah pinggang pertama di Malaysia dijalankan di Hospital Kuala Lumpur pada tahun 1975.
        Penderma hidup buah pinggang biasanya ahli keluarga terdekat dan perlu lulus ujian keserasian darah, tisu serta penilaian psikologi.
        Kad ikrar derma organ tidak menggantikan perbincangan dengan keluarga — beritahu mereka hasrat anda dari sekarang.
        Buah pinggang daripada penderma yang telah meninggal dunia biasanya boleh disimpan sejuk sehingga 24 hingga 36 jam sebelum dipindahkan.
        S: Adakah had umur untuk berikrar? J: Tiada had umur maksimum; individu bawah 18 tahun memerlukan persetujuan ibu bapa atau penjaga.
        Kempen Ikrar Derma Organ Peringkat Daerah Hulu Langat, 8 Februari 2027, Dewan Orang Ramai Bandar Baru Bangi, 9 pagi – 1 petang.
        Ubat imunosupresan seperti tacrolimus dan mycophenolate perlu diambil setiap hari seumur hidup selepas pemindahan buah pinggang.
        Dr. Joseph Murray melakukan pemindahan buah pinggang pertama yang berjaya pada tahun 1954 di Boston dan menerima Hadiah Nobel Perubatan pada tahun 1990.
        Penderma buah pinggang hidup boleh menjalani kehidupan normal dengan sebelah buah pinggang, tetapi perlu pemeriksaan tekanan darah setiap tahun.
        Jumlah pesakit dialisis di Malaysia meningkat setiap tahun, manakala bilangan pemindahan buah pinggang masih kurang daripada seratus setahun.
    """),
    ("en", "centre systems and reports"): _lines("""
        SELECT session_id, machine_no, start_time FROM hd_sessions WHERE shift = 'AM' AND centre_code = 'SKB01' ORDER BY machine_no;
        dialysis_scheduler v2.4.1: shift capacity AM=18, PM=18, EVE=12; max_uf_rate_ml_kg_h=13; reminder_hours_before=18
        [2026-12-04 06:42:11] INFO machine=HD-07 model=4008S alarm=VENOUS_PRESSURE_HIGH cleared_by=nurse_station_2
        Ticket #SUP-44821: Printer at nurse station keeps jamming when printing treatment flowsheets. Priority: Low. Assigned: IT vendor.
        Dialyser lot FX80-2611-A recall notice: check the lot number on every box and quarantine affected stock until further notice.
        Water quality report Nov 2026: endotoxin < 0.03 EU/mL, bacterial count < 10 CFU/mL — meets the standard for ultrapure dialysate.
        config: { "reminder_sms": { "enabled": true, "template": "Peringatan: sesi dialisis anda esok {time} di {centre}. Balas 1 untuk sahkan." } }
        Monthly KPI: 96.2% of patients achieved Kt/V ≥ 1.2; 71% had Hb within 10–12 g/dL; 3 vascular access infections reported.
        Error 0x4F21: conductivity out of range (13.2 mS/cm). Check concentrate connection and restart the machine self-test.
        Backup job hd-emr-nightly finished: 2.3 GB, checksum 9f2c4e1ab7d0c3e58a6b2f41d9e07c33a5b8e1f0, duration 00:14:52.
        Purchase order PO-2026-0918: 600 units dialyser FX60, 600 bloodline sets, 40 cartons bicarbonate cartridge; total RM31,200.00.
        Patient satisfaction survey 2026: 82% rated the transport service "good" or "excellent" (n=214), up from 74% in 2025.
    """),
    ("ms", "kumpulan sokongan dan aktiviti"): _lines("""
        Agenda mesyuarat agung tahunan Persatuan Pesakit Buah Pinggang Hulu Langat: laporan kewangan, pemilihan AJK baharu dan cadangan lawatan ke Melaka.
        Program senamrobik ringan untuk pesakit dialisis setiap Ahad jam 7.30 pagi di Taman Tasik Cempaka; sila bawa tuala kecil dan botol air berukur.
        Kelas memasak rendah garam bersama pegawai dietetik, yuran RM10 termasuk bahan masakan, tempat terhad kepada 25 peserta.
        Kaunseling percuma untuk penjaga pesakit dialisis yang mengalami tekanan emosi; temujanji melalui kaunter pusat pada waktu pejabat.
        Laporan aktiviti 2026: 11 sesi perkongsian, 2 lawatan hospital, 1 majlis berbuka puasa dengan 130 peserta.
        Sukarelawan diperlukan untuk memandu van pada hari Sabtu; syarat lesen memandu GDL atau D yang sah dan rekod trafik bersih.
        Hari Lawatan Keluarga: ahli keluarga dijemput melihat proses rawatan hemodialisis pada 19 Disember, jam 2.00 hingga 4.00 petang, tanpa tempahan.
        Borang keahlian persatuan: Nama: __________ | Status: Pesakit / Penjaga / Sukarelawan | Yuran tahunan RM12 | Tandatangan: __________
        Bengkel "Mengurus Kewangan Bila Seorang Ahli Keluarga Sakit Kronik" dikendalikan oleh AKPK, Sabtu 10 Januari 2027 di Dewan Seri Melati.
        Sumbangan kerusi roda dan penimbang berat terpakai amat dialu-alukan; sila hantar ke stor belakang pusat pada waktu pejabat.
        Cabutan bertuah majlis akhir tahun: tiket bernombor 0001 hingga 0300 diedarkan di kaunter, hadiah utama periuk nasi elektrik.
        Hospital Tengku Ampuan Rahimah dan Hospital Sultanah Aminah menganjurkan forum bersama tentang dialisis di rumah pada bulan Mac 2027.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        BORANG PERMOHONAN BANTUAN DIALISIS | NAMA: ROSLAN BIN ABDUL HAMID | NO. K/P: 580314-10-5527 | ALAMAT: NO. 14, JALAN MELUR 3/2, TAMAN MELUR, 43000 KAJANG, SELANGOR | TEL: 012-378 4521 | PENDAPATAN: RM1,450
        Puan Zaiton binti Hashim (syif petang Isnin-Rabu-Jumaat, mesin 9) tidak hadir dua sesi berturut-turut; anaknya memaklumkan beliau dimasukkan ke wad kerana jangkitan kateter.
        Senarai pesakit syif pagi Selasa: 1) Lim Ah Kow – mesin 3 – berat pra 62.4 kg | 2) Muthusamy a/l Perumal – mesin 4 – Hep B negatif | 3) Noraini binti Yusof – mesin 5 – fistula lengan kiri
        Kak Siti, van esok ambil Pakcik Daud bin Osman kat No. 7, Lorong Kenanga 2, Kampung Sungai Ramal Dalam, jam 5.50 pagi ya. Dia guna kerusi roda.
        Resit sumbangan: Diterima daripada TAN BEE LENG (No. K/P 620907-08-6184) sejumlah RM500.00 untuk Tabung Dialisis Komuniti; layak potongan cukai.
        Keputusan darah Encik Kamarulzaman bin Ismail 02/12: kalium 6.4 mmol/L (tinggi), fosfat 2.3, Hb 8.9. Doktor arahkan kurangkan buah-buahan dan tambah sesi ke-4 minggu ini.
        Laporan siasatan zakat: Pemohon Hasnah binti Md Noor, 66 tahun, balu, pesakit CKD tahap 5, menerima pencen terbitan RM820 sebulan dan tinggal bersama dua cucu di PPR Lembah Subang.
        Pemindahan bantuan tambang ke akaun Maybank 1640 2281 9935 atas nama SUBRAMANIAM A/L KRISHNAN, RM240 bagi bulan November.
        Ikrar Penderma Organ | Nama: Nurul Aina binti Zakaria | MyKad: 000415-10-1236 | E-mel: nurulaina.zak@gmail.com | Waris dimaklumkan: Ya (ibu)
        Nota jururawat: En. Wong Kok Keong, 71, tekanan darah turun ke 82/50 pada jam ketiga, UF dihentikan, diberi normal saline 200 ml. Keluarga dimaklumkan melalui 016-441 8072.
        Van WUC 4817 milik sukarelawan Encik Azlan bin Rahim — insurans tamat 30/12, tolong ingatkan dia renew sebelum bawa pesakit minggu depan.
        Pesakit transit dari Johor: Encik Ravi Chandran a/l Muniandy, K/P 531104-01-5415, akan dialisis di pusat kami 20–27 Dis semasa cuti; Hep B/C dan HIV negatif (keputusan 15/11).
        Tabung Kasih telah membayar ubat EPO untuk Cik Farah Hanim binti Azmi (No. Pesakit PDA-0231) sebanyak RM380; baki tuntutan akan dibayar bulan hadapan.
        Kepada Pengurus, saya Mohd Faizal bin Abu Bakar ingin membuat aduan kerana bapa saya, Abu Bakar bin Sulaiman, ditinggalkan oleh van pada 3 Disember dan terlepas syif pagi.
        Sdr. Lee Chee Hong (menerima transplan buah pinggang pada Jun 2025) akan berkongsi pengalaman di sesi sokongan Sabtu ini; beliau masih mengambil tacrolimus 2 mg dua kali sehari.
        Tukar jadual: Puan Kalaivani a/p Subramaniam dari syif 2 ke syif 1 (Selasa/Khamis/Sabtu) kerana beliau mula bekerja separuh masa di kilang di Bangi.
        Bayaran kad: VISA 4556 2830 1947 3620, pemegang kad CHONG MEI LING, caj RM540 untuk 3 sesi pesakit transit.
        Waris untuk dihubungi: suami, Ahmad Rizal bin Hassan, 019-665 2103 / Lot 2231, Jalan Besar, Kampung Jenderam Hulu, 43800 Dengkil, Selangor.
        Aduan: Pemandu van (plat JRT 5531), Encik Zulkifli bin Awang, dilaporkan memandu laju dan bercakap telefon semasa membawa pesakit pada 28/11.
        Ujian keserasian: penderma Norhayati binti Salleh (kakak), penerima Norazman bin Salleh; kumpulan darah O+ kedua-duanya, crossmatch negatif, dijadual pembedahan Februari.
        No. KP 710225-14-5333 | HBsAg: Reaktif | Pindah ke bilik pengasingan, mesin 12, mulai sesi Khamis.
        Salam, Makcik Rosnah yang guna CAPD tu (isteri Pak Leman, rumah depan surau Taman Sri Nanding) dah dua minggu demam dan air dialisis dia keruh, anak dia minta nasihat.
        Penyata Tabung: bayaran RM1,200 kepada Gopal a/l Ramasamy (CIMB 7012445829) untuk kos pembedahan fistula di Hospital Kajang.
        SURAT PENGESAHAN: Dengan ini disahkan bahawa Puan Aishah binti Mohd Yusof (No. K/P 780522-05-6340) menjalani rawatan hemodialisis di pusat ini 3 kali seminggu sejak Mac 2021.
        Penjaga: Vijaya a/p Rajan (anak), tel 0148803251 — ibunya Puan Letchumy dah 3 kali lewat sebab bas tak datang. Tolong masukkan dalam laluan van.
        Doktor minta rujuk Encik Hamzah bin Daud ke Hospital Serdang untuk bina semula fistula; AVF lengan kanan tersumbat sejak 1/12.
        KAD PESAKIT | JANET DE SOUZA | T.L. 12/03/1959 | Hemodialisis 3x seminggu | Berat kering 54.0 kg | Alahan: heparin
        Ahli baharu kumpulan sokongan: Encik Sim Teck Huat, 49, pemandu lori dari Semenyih, baru mula dialisis bulan lepas; isterinya turut hadir setiap sesi.
        Bayaran balik tambang e-hailing RM18.50 x 12 perjalanan kepada Nor Azizah binti Ramli, akaun Bank Islam 1201 4023 5567 81.
        Saya memohon bantuan bagi pihak ibu saya, Che Mah binti Awang (K/P 490812-03-5096), yang menjalani dialisis di Kota Bharu dan tidak lagi mampu membayar yuran bulanan.
        Lawatan rumah CAPD: Unit 12-3, Pangsapuri Seri Mewah, Jalan 7/9, 43650 Bandar Baru Bangi — pesakit Encik Hafiz bin Mokhtar; bilik perlu dibersihkan dan rak bekalan disediakan.
        Pesakit dari Singapura, Mr Goh Wei Jie (NRIC S8734521A), menempah holiday dialysis di Johor Bahru 2–9 Jan; deposit dibayar dengan Mastercard 5203 9166 4018 2755.
        Senarai tunggakan yuran Nov: Ong Siew Peng RM540 | Mohd Nasir bin Kadir RM360 | Devi a/p Arumugam RM720 — sila hubungi waris sebelum 15/12.
        Surat tawaran kerja Encik Faizul bin Harun dari syarikat logistik ditarik balik selepas beliau memaklumkan perlu dialisis tiga petang seminggu; beliau mahu bantuan menulis rayuan.
        Pengesahan pendapatan: Puan Rokiah binti Jusoh, penoreh getah, Kampung Bukit Besi, pendapatan anggaran RM700 sebulan, suami pesakit dialisis sejak 2022.
    """),
    "en": _lines("""
        Dialysis referral: Mr. Daniel Fernandez, 62, ESRD secondary to diabetic nephropathy, currently on HD in Klang, requests transfer to our Petaling Jaya centre from 5 Jan. Contact: +60 12-905 3318.
        Holiday dialysis booking confirmed for Ms Priya d/o Ganesan, Penang, 18–22 Dec, shift 2, machine 6. Please bring latest hepatitis serology.
        Incident report: patient Chan Kar Wai slipped in the toilet after treatment on 1 Dec; small laceration on the forehead, CT brain normal, family informed.
        Transport log 04/12: pickup 05:40, Mdm. Fatimah binti Idris, 21 Jalan SS 3/47, Kelana Jaya — patient refused to board, sister informed by phone.
        DONOR PLEDGE CARD | ANTHONY LOH KIM SENG | DOB 1988-07-14 | a.loh88@hotmail.com | Organs: kidneys, corneas, heart
        Fund disbursement approved: RM2,000 to Shanti a/p Murugan for monthly dialysis fees; her husband lost his warehouse job in Port Klang in October.
        Caregiver pass request: Wan Norazlina binti Wan Ismail (HD, evening shift) will be accompanied in the van by her domestic helper, FIN G5531902U.
        Hi, this is Melissa Tan, my dad Tan Hock Seng missed his Thursday session because of fever — can he come in Friday morning? My number is 012-667 4093.
    """),
    "mixed": _lines("""
        sis, tolong update: uncle Lim Boon Teck tak datang today, his son kata BP drop teruk semalam & kena admit Hospital Serdang ward 5A.
        pls share contact ni: Hj. Rahmat bin Yaakob 013-228 4917, dia nak jual mesin CAPD cycler yang tak pakai dah, harga boleh runding.
        ok guys, Kak Lina (Rozalina binti Kassim) punya fistula bengkak lepas sesi tadi, she's at ER HTAR now, doakan ye
        sumbangan dah masuk! thanks to Mr & Mrs Teoh Keng Hwa, RM1k. Btw cek yang bounce haritu dari Azman bin Ariffin tu dah settle.
        Anyone nak tumpang? I pick up kat Taman Cheras Jaya, my car Myvi putih BMK 2290, call me Suresh Nair 011-2763 8840
        driver roster minggu ni: Isnin – Kamal Hisham (017-509 3226), Rabu – Ah Seng Tan (018-227 0664), Jumaat – Mak Jah (van sendiri)
        tq semua for doa, my mum Pn. Salmah binti Omar dah selamat buat transplant kat HKL semalam, donor adik I Faridah binti Omar 🙏
        Reminder to kak Norlia binti Ahmad: sumbangan bulanan RM50 auto-debit dari akaun Public Bank 6392441708 failed bulan ni, pls check.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Tolong tulis surat rayuan kepada Lembaga Zakat Selangor untuk bapa saya. Nama dia Ismail bin Kassim, K/P 550617-10-5143, dialisis di Kajang 3 kali seminggu, pencen RM900 je.",
        ),
        (
            "assistant",
            "Baik. Berikut draf surat rayuan: 'Tuan, saya memohon jasa baik pihak tuan untuk mempertimbangkan bantuan kos rawatan dialisis bagi bapa saya, Encik Ismail bin Kassim...' Adakah anda mahu saya tambah butiran tanggungan isi rumah?",
        ),
        (
            "user",
            "Ya, tambah yang mak saya Zainab binti Ali pun tak kerja, dan saya sendiri kerja kilang gaji RM1,800 tanggung 3 anak.",
        ),
    ],
    [
        (
            "user",
            "My mother Mdm Koh Siew Lan, 68, on haemodialysis. Latest blood test potassium 5.9, phosphate 2.1. Boleh suggest menu seminggu?",
        ),
        (
            "assistant",
            "Saya boleh cadangkan menu umum rendah kalium dan fosfat, tetapi sila sahkan dengan pegawai dietetik pusat dialisis ibu anda. Adakah ibu anda juga menghidap diabetes?",
        ),
        (
            "user",
            "Yes, diabetes 20 years, and she just cut off two toes last year. She stays alone in Jalan Ipoh flat, I only visit weekends.",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu tempahan van Pusat Dialisis Amanah. Kumpul nama, alamat ambil, syif dan nombor telefon.",
        ),
        ("user", "Nak book van untuk atuk saya, Yusof bin Lebai Mat, syif pagi Isnin/Rabu/Jumaat."),
        (
            "assistant",
            "Terima kasih. Sila berikan alamat ambil dan nombor telefon untuk dihubungi.",
        ),
        (
            "user",
            "No 33, Jalan Cempaka 5, Taman Cempaka, 43300 Seri Kembangan. Call saya Hafizah 012-409 5576. Atuk guna walker.",
        ),
    ],
    [
        (
            "user",
            "Translate to English please: 'Abang saya Khairul Anuar bin Hamzah (K/P 850630-01-6621) bersetuju menderma sebelah buah pinggang kepada saya.'",
        ),
        (
            "assistant",
            "'My elder brother Khairul Anuar bin Hamzah (IC 850630-01-6621) has agreed to donate one of his kidneys to me.'",
        ),
        (
            "user",
            "Thanks. Also add that I am Khairunnisa binti Hamzah and I've been on CAPD since 2023.",
        ),
    ],
    [
        (
            "user",
            "Saya admin group sokongan. Tolong buat welcome message untuk ahli baru, Encik Bala a/l Krishnan, baru mula dialisis minggu lepas lepas kena stroke ringan.",
        ),
        (
            "assistant",
            "Contoh: 'Selamat datang ke keluarga kami, Encik Bala! Kami faham permulaan dialisis memang mencabar...' Anda mahu sertakan butiran sesi mingguan?",
        ),
        (
            "user",
            "Ya, dan letak nombor dia 016-882 3071 supaya ahli lain boleh call dia untuk carpool dari Taman Bukit Mewah.",
        ),
    ],
    [
        (
            "user",
            "I want to complain about the transport service. I am Nurul Huda binti Zakaria, my phone 019-338 2710. Van didn't come for my husband Rashid bin Omar on 2 Dec.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. I can help you draft a complaint. Which centre and shift was your husband booked for?",
        ),
        (
            "user",
            "Pusat Dialisis Amanah, shift 2. He had to take Grab RM35 and he's already very weak after losing his job.",
        ),
    ],
    [
        ("user", "Macam mana nak isi borang subsidi NKF bahagian bank?"),
        (
            "assistant",
            "Bahagian itu biasanya meminta nama bank, nama pemegang akaun dan nombor akaun pemohon. Pastikan nama sama seperti dalam MyKad.",
        ),
        (
            "user",
            "Ok so saya tulis: Bank Rakyat, PARAMESWARI A/P SELVARAJ, 2101 3390 8816 42. Betul ke format tu? IC saya 660119-13-5208.",
        ),
    ],
    [
        (
            "user",
            "bro, my kawan kerja kilang dekat Shah Alam, nama dia Hairul bin Mat Isa, IC 921017-12-5881, baru diagnose kidney failure. PERKESO cover ke?",
        ),
        (
            "assistant",
            "Jika dia pencarum PERKESO dan disahkan hilang upaya oleh Lembaga Perubatan, dia mungkin layak untuk faedah dialisis. Dia perlu isi borang di pejabat PERKESO terdekat.",
        ),
        (
            "user",
            "ok, dia orang Sabah, tinggal sorang kat rumah kongsi Seksyen 26, bini dia kat Tawau. boss dia dah warning nak buang kalau selalu MC.",
        ),
    ],
    [
        (
            "user",
            "Daughter saya study kat Singapore, nama Tan Xin Yi, NRIC T0412867I. Dia nak derma buah pinggang kepada saya, boleh ke buat kat Malaysia?",
        ),
        (
            "assistant",
            "Penderma hidup boleh menjalani penilaian di pusat transplan Malaysia, tetapi perlu lulus ujian keserasian dan penilaian etika. Berapa umur anak anda sekarang?",
        ),
        ("user", "22. Saya Tan Ah Huat, dah 4 tahun on dialysis kat Seremban."),
    ],
    [
        (
            "user",
            "Can you write an email to the centre to pay for my holiday dialysis? Name: Gerald Pereira, email gerald.pereira61@yahoo.com.",
        ),
        (
            "assistant",
            "Sure. Subject: Payment for holiday dialysis sessions. 'Dear Sir/Madam, I would like to confirm my booking and arrange payment...' Which dates and which card?",
        ),
        (
            "user",
            "15-19 Jan, Langkawi, charge to my Visa 4066 1355 8201 7494. Also mention I need the left arm, my right-arm graft clotted last month.",
        ),
    ],
]
