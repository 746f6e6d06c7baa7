# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms92: Bahasa Melayu dashcam, CCTV and car accident claims. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms92
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "prosedur tuntutan"): _lines("""
        Laporan polis mesti dibuat dalam tempoh 24 jam selepas kemalangan di mana-mana balai polis atau pondok polis terdekat; kegagalan berbuat demikian boleh dikenakan kompaun.
        Tuntutan Own Damage Knock-for-Knock (ODKFK) dibuat terus kepada syarikat insurans anda sendiri walaupun anda bukan pihak yang bersalah, dan NCD anda tidak terjejas.
        Untuk tuntutan pihak ketiga, serahkan laporan polis, keputusan siasatan polis, salinan geran kenderaan, lesen memandu dan gambar kerosakan kepada penanggung insurans pihak yang bersalah.
        Kenderaan hendaklah dibaiki di bengkel panel yang diluluskan; jika dibaiki di bengkel bukan panel tanpa kebenaran bertulis, tuntutan boleh ditolak atau dikurangkan.
        Pelaras bebas (adjuster) akan memeriksa kenderaan dalam tempoh 7 hari bekerja selepas notis tuntutan diterima oleh penanggung insurans.
        Simpan rakaman dashcam dalam format fail asal (.MP4 atau .TS) dan jangan potong atau sunting; fail yang telah disunting mungkin tidak diterima sebagai bukti.
        Jika kenderaan tidak boleh dipandu, hubungi talian bantuan tunda 24 jam yang tertera pada sijil insurans dan elakkan "ulat tunda" yang datang tanpa dipanggil.
        Tuntutan kecederaan badan lazimnya difailkan melalui peguam dan tertakluk kepada had masa tiga tahun dari tarikh kemalangan.
        Notis bertulis kepada penanggung insurans biasanya perlu diberi dalam tempoh 7 hari; semak syarat polisi anda kerana sesetengah polisi membenarkan sehingga 30 hari.
        Sekiranya keputusan siasatan polis ialah NFA (tiada tindakan lanjut), liabiliti akan ditentukan berdasarkan bukti lain seperti rakaman dashcam dan rajah kasar tempat kejadian.
        Kerosakan cermin depan boleh dituntut di bawah perlindungan cermin tanpa menjejaskan NCD, tertakluk kepada had yang dinyatakan dalam jadual polisi.
        Jangan berunding wang tunai di tempat kejadian; ambil gambar dari pelbagai sudut, catat butiran kenderaan pihak lain dan buat laporan polis secepat mungkin.
        Pengurangan nilai (betterment) boleh dikenakan ke atas alat ganti baharu bagi kenderaan berusia lebih lima tahun, kecuali bagi tuntutan pihak ketiga.
        Bagi kemalangan melibatkan motosikal, laporan polis tetap diperlukan untuk sebarang tuntutan walaupun tiada sesiapa yang cedera.
        Selepas laporan dibuat, pegawai penyiasat trafik akan memberi tarikh untuk hadir ke balai bersama kenderaan bagi pemeriksaan dan pengambilan gambar.
    """),
    ("ms", "soalan forum"): _lines("""
        Dashcam saya rakam kereta depan brek mengejut lepas potong, tapi dia claim saya langgar belakang. Video macam ni boleh guna tak untuk lawan liabiliti?
        Berapa lama biasanya insurans proses claim third party? Dah tiga bulan kereta duduk bengkel panel, masih tunggu kelulusan adjuster.
        Nak tanya, kalau accident kat parking mall dan tak ada saksi, rakaman CCTV mall boleh minta ke? Kena buat surat rasmi kepada pengurusan bangunan?
        Adik saya kena langgar lari masa tunggu lampu merah, dashcam tak sempat tangkap plat. Ada cara lain ke nak kesan kenderaan tu?
        Beza ODKFK dengan claim third party ni apa sebenarnya? Yang mana lagi cepat dapat kereta balik?
        Leher saya sakit lepas kena rear-end minggu lepas, klinik bagi MC dua hari. Boleh claim kecederaan tak atau kena pergi hospital kerajaan dulu?
        Recommend dashcam depan belakang bawah RM400 yang rakaman malam jelas? Tengah survey 70mai, DDPAI dan Xiaomi.
        Bengkel panel cakap bumper kena repair, bukan tukar baru, sebab insurans tak lulus. Boleh bantah ke keputusan macam tu?
        Kalau saya lambat buat laporan polis lebih 24 jam sebab masuk wad, kena saman tak?
        Kereta sewa beli yang accident sampai total loss, baki loan siapa yang tanggung? Insurans bayar bank dulu ke?
        Ada sesiapa pernah guna garis panduan PIAM untuk rayuan tuntutan? Nak tahu format surat rayuan yang berkesan.
        Lepas accident, ada runner datang hospital tawar nak uruskan claim kecederaan. Ini normal ke atau patut elak?
        Dashcam saya rakam audio sekali, salah di sisi undang-undang tak kalau kongsi video tu kat Facebook?
        Kalau motor saya tak ada insurans masa kena langgar, masih boleh tuntut daripada insurans kereta yang langgar?
    """),
    ("mixed", "sembang komuniti"): _lines("""
        Accident 3 kenderaan di KM 287.4 PLUS arah selatan dekat Tapah, lorong kanan ditutup, jem dah 5km. Elakkan kalau boleh guys.
        Weh sapa lalu Federal Highway arah KL pagi tadi ada Myvi terbalik dekat Batu Tiga, hope semua ok.
        Admin note: video yang nampak muka atau plat dengan jelas akan di-blur sebelum dipost. Hantar rakaman melalui DM page, bukan dalam komen.
        Rakaman dashcam ni tunjuk kenapa jangan tailgate masa hujan lebat kat LDP. Brek pun tak sempat bro.
        Ada jual dashcam second hand tak? Budget RM150 je, nak letak kat Axia.
        Lori pasir tumpah muatan di Jalan Kuala Selangor dekat Kuang, licin gila, rider please slow down.
        Mat rempit race kat MRR2 malam semalam sampai langgar divider, polis dah sampai tempat kejadian.
        PSA: kalau ada orang ketuk cermin cakap kereta awak langgar dia padahal tak, jangan buka pintu, terus pandu ke balai polis terdekat.
        Bengkel mana area Shah Alam yang panel Etiqa dan laju siap? Last time saya tunggu sampai 2 bulan.
        Traffic update 6.45pm: SMART tunnel dibuka untuk kenderaan, Jalan Tun Razak arah Cheras perlahan selepas kemalangan melibatkan 2 kereta.
        Mr Bean pun tak park macam ni, sorang ambil dua petak OKU terus. Lol.
        Guys dashcam saya format sendiri tiap kali start enjin, rasa kad SD dah rosak. Ada yang pernah kena?
        Terima kasih semua yang hantar rakaman kejadian kat Jalan Ipoh tu. Polis dah dapat maklumat yang diperlukan, post ni kami tutup.
        Pro tip: set loop recording 3 minit, bukan 1 minit, senang nak cari klip masa buat claim.
    """),
    ("ms", "templat dan borang kosong"): _lines("""
        Nama Pemandu: ____________ No. K/P: ______-__-____ No. Pendaftaran Kenderaan: __________ Tarikh/Masa Kejadian: ____ / ____
        Saya, [NAMA PENUH], No. KP [NO_KP], pemandu kenderaan [NO_PLAT], dengan ini mengaku bahawa keterangan di atas adalah benar.
        Kepada: Pengurus Tuntutan, {nama_syarikat_insurans} / Per: Tuntutan Kerosakan Pihak Ketiga - No. Rujukan {no_rujukan_tuntutan}
        Borang Permohonan Rakaman CCTV | Nama Pemohon: ______ | Tujuan: Tuntutan insurans / Siasatan polis | Tempoh rakaman: dari __:__ hingga __:__
        Contoh format nombor pendaftaran dalam borang: ABC 1234 (huruf, jarak, nombor). Jangan gunakan tanda sempang.
        Rajah Kasar Tempat Kejadian: tandakan kenderaan A (anda) dan kenderaan B (pihak lain), arah pergerakan dengan anak panah, dan kedudukan lampu isyarat.
        Senarai semak dokumen: [ ] Laporan polis [ ] Keputusan siasatan [ ] Salinan geran [ ] Salinan lesen memandu [ ] Gambar kerosakan [ ] Rakaman dashcam (jika ada)
        Pernyataan Saksi | Nama: ________ | No. Telefon: ________ | Saya melihat kejadian dari: (a) dalam kenderaan (b) tepi jalan (c) lain-lain: ______
        Hi {{first_name}}, tuntutan anda {{claim_no}} telah diluluskan. Sila bawa kenderaan ke bengkel panel dalam tempoh 14 hari.
        SURAT KEBENARAN: Saya ______ (No. KP: ______) memberi kuasa kepada ______ untuk mengambil kenderaan saya bernombor ______ dari bengkel.
        Tandatangan Pemilik Kenderaan: ____________ | Cop Bengkel Panel: ____________ | Tarikh: __/__/20__
        NOTIS AWAL KEPADA PENANGGUNG INSURANS: Kenderaan di bawah polisi [No. Polisi] terlibat dalam kemalangan pada [tarikh] di [lokasi]. Laporan polis dilampirkan.
        Borang Aduan Pelanggan | Jenama/Model ______ | Tahun ______ | Warna ______ | Jenis Kerosakan: Bumper / Lampu / Panel pintu / Lain-lain
    """),
    ("en", "dashcam dan konfigurasi"): _lines("""
        Firmware v1.2.7 changelog: improved night HDR, fixed parking-mode timelapse drop-outs, recalibrated ADAS lane warning.
        Recommended SD card: High Endurance microSDXC 128GB, U3/V30; format in camera every two weeks to avoid file system corruption.
        config.ini: [record] resolution=2560x1440 fps=30 loop_minutes=3 gsensor=medium parking_mode=timelapse audio=off
        Dashcam timestamps can drift by up to 2 minutes when the GPS module is disconnected; sync time via the companion app before submitting footage.
        Hardwire kit: connect ACC to the cigarette lighter fuse (15A), constant to the hazard fuse, and set the low-voltage cut-off at 12.2V.
        Clip naming convention: NO20250314-081522-000123F.MP4 (front) and NO20250314-081522-000123R.MP4 (rear); locked events are stored in /EVENT.
        ffmpeg -ss 00:01:12 -to 00:01:45 -i FILE0042.MP4 -c copy clip_for_insurer.mp4  # trims without re-encoding so metadata stays intact
        Model comparison: DDPAI Z50 vs Viofo A229 Pro vs 70mai A800S on sensor, bitrate, parking-mode current draw and price in MYR.
        SHA-256 of original file: bedb8dbe48235a5c55e2e0e5fe5d52dcb26123291d0452e4a17ad389a361b0c4 (attach to the evidence bundle so the insurer can verify integrity)
        CCTV NVR retention policy: 30 days rolling for lobby and car park cameras, 90 days for entrance barrier LPR, after which footage is overwritten automatically.
        Error E03 "SD card write speed too low": replace with a V30-rated card and reformat in the camera menu.
        At 4K the bitrate is about 50 Mbps; a 256GB card holds roughly 10 hours of front and rear loop footage before overwriting.
        A CPL filter reduces windscreen glare in midday sun but costs about one stop of light at night.
    """),
    ("ms", "berita dan statistik"): _lines("""
        Statistik polis menunjukkan lebih setengah juta kemalangan jalan raya direkodkan setahun, dan kebanyakan kematian melibatkan penunggang motosikal.
        Menteri Pengangkutan Anthony Loke berkata sistem kamera AWAS akan diperluas ke lebih banyak lokasi kemalangan berisiko tinggi di lebuh raya utama.
        MIROS mengesyorkan semua kenderaan barangan berat dipasang perakam video dan pengehad laju bagi mengurangkan kemalangan melibatkan lori.
        Ops Selamat sempena Hari Raya Aidilfitri mencatatkan penurunan kadar kematian berbanding tahun sebelumnya, kata Jabatan Siasatan dan Penguatkuasaan Trafik Bukit Aman.
        Garis panduan baharu industri menyasarkan tuntutan kerosakan pihak ketiga diselesaikan dalam tempoh 30 hari bekerja selepas dokumen lengkap diterima.
        Kemalangan di Jalan Persekutuan 1 melibatkan sebuah bas ekspres dan treler mengorbankan dua nyawa; polis sedang mengesan pemandu treler yang melarikan diri.
        Video tular rakaman dashcam menunjukkan sebuah SUV memandu melawan arus di Lebuhraya Pantai Timur; polis memaklumkan kes disiasat di bawah Akta Pengangkutan Jalan 1987.
        Penipuan tuntutan insurans motor dianggarkan menelan kos ratusan juta ringgit setahun, termasuk kemalangan rekaan dan kecederaan palsu.
        Proton Saga pertama dilancarkan pada tahun 1985 oleh Perdana Menteri ketika itu, Dr. Mahathir Mohamad.
        Jabatan Pengangkutan Jalan menjalankan operasi khas terhadap kenderaan yang memasang lampu HID dan cermin gelap melebihi had yang dibenarkan.
        Tinjauan mendapati 4 daripada 10 pemandu di Lembah Klang kini memasang dashcam, meningkat hampir dua kali ganda sejak pandemik.
        Rakaman dashcam boleh dikemukakan sebagai dokumen yang dikeluarkan oleh komputer di bawah Akta Keterangan 1950 jika disertakan sijil Seksyen 90A.
        Bilangan kemalangan di simpang berpetak kuning di pusat bandar menurun selepas kamera AES dipasang, kata pihak berkuasa tempatan dalam satu kenyataan.
    """),
    ("mixed", "log sistem dan rujukan"): _lines("""
        CLM-MTR-2025-0048172 | Status: Menunggu laporan adjuster | Bengkel: Panel Zon Tengah | Kemas kini: 2025-03-18 10:42
        Laporan Polis No. SEPANG/004718/25 diterima; keputusan siasatan: belum diterima; tindakan seterusnya: susulan selepas 14 hari.
        Invois INV-BK-2025-00917: Bumper depan (OEM) RM1,280.00, cat dan pasang RM450.00, lampu kabus kiri RM320.00, jumlah RM2,050.00 sebelum SST.
        Job card JC-24117 opened 09:15, vehicle model: Proton X50 1.5T Flagship, damage: rear bumper, tailgate, parking sensor x2.
        Polisi No. P/MTR/24/1187234-00 | Jenis: Komprehensif | NCD: 38.33% | Tempoh: 01/05/2025 - 30/04/2026 | Jumlah Diinsuranskan: RM68,000
        Tracking J&T 630028841157: dokumen asal tuntutan dihantar ke pejabat cawangan Petaling Jaya, dijangka tiba 2 hari bekerja.
        [2025-04-02 14:03:11] upload ok: clip_20250401_173455_F.mp4 (148.2 MB) -> case MC-25-11820, virus scan clean
        Adjuster report AR/25/0612: liability split 70:30, estimated repair cost RM8,450, salvage value nil, recommend approve.
        Tow ref TW-88231: jarak 42 km dari Lebuhraya KL-Seremban KM 18 ke bengkel panel, caj RM250 ditanggung polisi.
        SLA alert: 17 tuntutan melebihi 60 hari tanpa keputusan liabiliti di zon Utara. Sila eskalasi kepada pengurus cawangan.
        Kod kerosakan: BMP-F-REP (baiki bumper depan), HDL-L-RPL (ganti lampu hadapan kiri), WSC-RPL (ganti cermin depan).
        Ticket #45120 closed: permintaan salinan rakaman CCTV basement B2 dirujuk kepada pengurusan bangunan.
        Promo code DASH25 valid till 31/12/2025 for 15% off dashcam bundles at selected outlets.
        VIN validator: 17 characters, no I/O/Q; the unit test uses the textbook sample 1HGBH41JXMN109186.
    """),
    ("mixed", "notis bengkel dan syarikat"): _lines("""
        Bengkel Panel Auto Jaya Sdn Bhd: panel untuk Allianz, Etiqa, Takaful Ikhlas dan Zurich. Buka Isnin-Sabtu 8.30 pagi-6.00 petang. Tel: 03-5192 4471.
        Talian Bantuan Jalan Raya 24 Jam: 1-800-88-2456 (percuma). Nyatakan nombor polisi dan lokasi anda kepada ejen.
        NOTIS: Kenderaan yang siap dibaiki dan tidak dituntut dalam tempoh 30 hari akan dikenakan caj simpanan RM20 sehari.
        Kami terima walk-in untuk pemeriksaan adjuster setiap Selasa dan Khamis. Sila bawa salinan laporan polis dan geran.
        Pejabat Tuntutan Wilayah Selatan: Aras 3, Menara Kewangan, Jalan Wong Ah Fook, 80000 Johor Bahru. E-mel: claims.south@insurco-demo.com.my
        Harap maaf, bengkel ditutup pada 1 Mei (Hari Pekerja). Kunci kereta boleh diambil di kaunter pengawal keselamatan hingga 5 petang.
        Pengurusan Kondominium Seri Bayu: permohonan rakaman CCTV hanya diproses dengan salinan laporan polis dan dalam masa 7 hari dari tarikh kejadian. Pejabat pengurusan: 03-7732 1180.
        Klinik Dr. Hamid & Rakan-Rakan ialah klinik panel PA dan dibuka 24 jam di Jalan Tuanku Abdul Rahman, Kuala Lumpur.
        Kedai Auto Gadget Hub: pemasangan hardwire percuma untuk setiap pembelian dashcam bulan ini. Lokasi: Lot 12, Jalan Perusahaan 4, Kawasan Perindustrian Bukit Beruntung.
        Kepada semua pelanggan: sila keluarkan barang berharga dari kenderaan sebelum diserahkan kepada bengkel. Pihak kami tidak bertanggungjawab atas kehilangan.
        Syarikat Tunda Sri Maju: perkhidmatan tunda berlesen di Lebuhraya Utara-Selatan, talian operasi 05-254 8830.
        Hospital Sultanah Aminah menasihatkan mangsa kemalangan membawa salinan laporan polis semasa memohon laporan perubatan untuk tujuan tuntutan.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        LAPORAN POLIS | Balai: Balai Polis Trafik Jalan Tun H.S. Lee | No. Repot: DANG WANGI/008142/25 | Pengadu: MOHD FAIZAL BIN ABDUL RAHMAN | No. KP: 850714-10-5271 | Pekerjaan: Juruteknik | Alamat: No. 23, Jalan Mawar 4/2, Taman Sri Muda, 40400 Shah Alam | Tel: 012-384 7219
        Keterangan: Pada 14/03/2025 lebih kurang jam 0745 pagi saya memandu Perodua Bezza BPH 8830 ke tempat kerja. Semasa berhenti di lampu isyarat Jalan Klang Lama, sebuah Honda City telah melanggar bahagian belakang kereta saya. Saya Nurul Ain binti Zakaria (KP 920203035488) tidak cedera tetapi anak saya yang berumur 4 tahun mengadu sakit kepala.
        Borang Tuntutan Pihak Ketiga | Nama Penuntut: KAVITHA A/P RAMASAMY | No. KP: 890511-08-6214 | Kenderaan: AKV 1188 (Perodua Myvi) | Akaun bayaran: Maybank 1642 7731 8805 | E-mel: kavitha.rmsmy@yahoo.com
        Saksi: Encik Rajesh a/l Subramaniam, 41 tahun, peniaga kedai runcit di Jalan Rasah, Seremban, boleh dihubungi di 016-498 3120; beliau nampak lori itu melanggar lampu merah.
        Salam tuan, saya Siti Hajar binti Othman, pemilik Axia VBD 305 yang kena langgar di parkir Mid Valley 2 Mac lalu. Boleh saya dapatkan salinan rakaman CCTV aras P3 antara 3.00 hingga 3.30 petang? No tel saya 019-552 8140.
        Kad Kerja Bengkel | Pelanggan: Tan Chee Keong | HP: 013-740 2265 | Kereta: PMK 6621 Toyota Vios | Jenis tuntutan: ODKFK | Kerosakan: pintu depan kanan, cermin sisi | Janji siap: 28/3
        Laporan perubatan ringkas: pesakit Ahmad Syafiq bin Kamarudin (KP 990305-11-5043), penunggang motosikal, dimasukkan ke wad ortopedik dengan patah tulang paha kiri selepas kemalangan di Jalan Sultan Mahmud, Kuala Terengganu.
        Surat Keputusan Siasatan: Pemandu kenderaan JUW 1927, Lim Wei Jian, dikenakan saman kerana gagal memberi laluan di persimpangan Jalan Tebrau. Pemandu kenderaan satu lagi tiada tindakan.
        Sesiapa ada dashcam lalu Jalan Sungai Besi dekat Salak Selatan pukul 11 malam 5 April, tolong PM saya Wong Mei Ling 017-332 5581, kereta suami saya kena langgar lari.
        Pengesahan pembayaran tuntutan: RM6,420.00 telah dikreditkan ke akaun CIMB 8602114578 atas nama NORHAYATI BINTI ISMAIL pada 22/04/2025.
        Nota adjuster: pemilik, Gregory de Souza (680911-04-5009), mengaku kereta dipandu oleh anak lelakinya Marcus, 22 tahun, pemegang lesen P. Tuntutan berisiko ditolak kerana pemandu tidak dinamakan dalam polisi.
        Jeffrey Gumpil, KP 870619-12-5617, dari Kampung Tambatuon, Kota Belud, hadir ke balai polis untuk memberi keterangan sebagai saksi kemalangan pikap di Jalan Kota Belud-Ranau.
        Mahkamah Majistret Kuantan: Pendakwa Raya lwn Mohd Hafiz bin Sulaiman, tuduhan memandu secara melulu dan berbahaya hingga menyebabkan kematian; sebutan semula 12 Jun 2025.
        Kak Yam yang jual nasi lemak depan Petronas Taman Melawati tu, Kancil hijau dia kena langgar semalam, sekarang dia masuk wad HKL sebab retak tulang rusuk.
        Pemohon: Encik Khairul Anuar bin Mat Isa, alamat Lot 1452, Kampung Padang Jawa, 40200 Shah Alam. Tujuan: mendapatkan rakaman kamera trafik persimpangan berkenaan kemalangan pada 03/02/2025.
        Plat DCT 9031 tu kereta abang ipar saya, Zulkifli, dia yang accident kat Pasir Mas hari tu, tapi balai tak nak terima repot lewat.
        Senarai mangsa: 1) Nor Azlina bt Hashim, 34, luka ringan; 2) Aiman bin Nor Azlan, 8, patah tangan kanan; 3) pemandu lori, Ramli bin Yusof, 51, tidak cedera.
        Penghantar makanan Mohd Amirul bin Zainal (No. KP 010817-10-6653) menuntut pampasan kehilangan pendapatan RM1,800 sebulan sepanjang cuti sakit tiga bulan selepas dilanggar van.
        Kepada Pengurus Tuntutan, saya Rosnah binti Ahmad (KP: 700125-02-5346) ingin merayu keputusan penolakan tuntutan no. CLM-MTR-2025-0051192 kerana rakaman dashcam jelas menunjukkan kereta pihak ketiga menukar lorong tanpa isyarat.
        Salinan IC dan lesen diterima: ANANTHAN S/O MUNUSAMY, IC 760309085437, lesen kelas D, tamat tempoh 09/03/2027.
        Assalamualaikum Puan Farah, kereta puan BMK 2231 dah siap cat, boleh ambil esok lepas 10 pagi. Baki excess RM400 boleh bayar di kaunter.
        Pemandu Grab tu, Encik Yusri, plat VFK 3821, janji nak tanggung kos bumper RM600 asalkan saya tak buat repot. Sampai sekarang senyap.
        Anak saudara saya Muhammad Aqil bin Rosli, pelajar tahun 2 UiTM Puncak Alam, kena langgar masa tunggang motor ke kelas, sekarang masih koma di Hospital Sungai Buloh.
        Dalam rakaman CCTV kedai tu jelas budak baju merah tu Haziq, anak Cikgu Salmah yang mengajar di SK Seri Kembangan, dia yang calar kereta saya dengan basikal.
        Pemilik kenderaan MCK 7710, Puan Halimah binti Jaafar, 62, pesara guru, No. 5 Lorong Bunga Raya 2, Bukit Baru, Melaka, menuntut kerosakan pagar rumah akibat dilanggar lori sampah.
        Hello, saya Syed Azman bin Syed Mokhtar, ni nombor baru saya 010-667 3418, tolong kemas kini dalam fail tuntutan kereta saya yang rosak kena banjir kilat dekat Taman Sri Muda.
        Pemandu van sekolah Jimbun anak Ngumbang, 52, dari rumah panjang di Nanga Entabai, direman empat hari selepas van yang dipandunya terbabas di Jalan Sibu-Kapit.
    """),
    "mixed": _lines("""
        guys my car JQT 8812 kena langgar lari kat Taman Pelangi JB last nite, anyone got dashcam footage pls pm me 011-1092 5537 (Jason)
        bro the lorry that hit my brother Hafizuddin at Jalan Kebun Sabtu lepas, plate BLM 6642, his wife already WhatsApp the driver 014-905 7732 but no reply
        Noted boss. Customer Mr Ooi Beng Huat, Camry PKE 7754, insurer reject claim sebab polisi lapsed 3 hari before accident. He very angry, said will complain to OFS.
        @Priya can you send the dashcam clip to Ms Deepa a/p Krishnan? her email deepa.krishnan88@gmail.com, she need it for the police investigation la
        Hi Encik, saya Aaron Teoh yg accident dgn you kat traffic light Bandar Sunway td, my insurer Allianz, policy P/MTR/25/0077215, you call me 018-221 6604 ok
        Witness list: 1. Chong Kar Mun (+6012 667 3184), cyclist, saw van reverse into car; 2. Aminah bt Said, guard at Block C, night shift.
        SG driver involved: TEO JUN HAO, NRIC S8834127I, car SJK 4471 X, hit motorcycle at Jalan Tebrau, said his insurer will cover Malaysian third party.
        ok dah send CCTV footage. Owner is Madam Goh Siew Lan, unit B-12-3 Pangsapuri Cempaka, Bandar Puteri Puchong, her car kena scratch in basement, she want to claim from management.
        fyi the Bangladeshi worker hit at the site entrance, Md Rakibul Hasan, passport EH0412873, still in ICU at Hospital Tengku Ampuan Rahimah, employer belum buat laporan PERKESO
        Ramesh, your cousin Suresh punya Myvi NDG 3349 kena saman AES la, the photo shows him using phone while driving lol
        PA claim approved for Lina Chua Hui Min, RM3,500 to Public Bank acc 3167209819, pls inform her before Friday
        sy Nur Syafiqah binti Azmi, kena hit Hilux kat simpang Kepala Batas, kaki kiri 12 jahitan, no kp sy 030914-07-0128 kalau lawyer perlukan
        Excess payment by card: Visa 4556 3120 8847 1635 exp 08/27, cardholder MUHAMMAD DANIAL HAKIM, amount RM500, approved.
        Reminder: Mr Kumar (Kumaran a/l Velu) surrender car keys to Bengkel Auto Jaya tomorrow 9am, he still owe RM1,150 betterment not paid.
    """),
    "en": _lines("""
        Claimant: Mr Daniel Whitfield, British national, passport 548812734, rear-ended on the SPRINT highway on 11 Feb 2025; whiplash, six physiotherapy sessions so far.
        Statement of witness: I, Chloe Fernandez, of 8 Jalan SS 2/75, Petaling Jaya, saw the blue Saga cross the junction against the red light at about 6.10pm. Contact: 012-908 1147.
        Policyholder Hew Jia Yi (IC 951203-14-5786) reported that her Honda Jazz WXR 9012 was dented while parked at her condo; CCTV request sent to management on 4 Apr.
        Please refund the towing deposit to my card 5221 8740 6613 9528. Kelvin Ng, claim ref MC-25-13377.
        HR note: Arun Kumar s/o Devaraj (Emp ID 20417) on medical leave 14 days after a car accident on the NKVE, concussion; return-to-work assessment on 2 May.
        Mrs Helen Chin at No. 7, Lorong Bukit Pantai 3, Bangsar asked for the house CCTV clip showing her neighbour's car reversing into her gate.
        Dear Mr Mohan Raj, your claim for vehicle CDP 4016 has been repudiated because the driver, your son Vikram, held only a learner licence and was unaccompanied.
        Case note: Nicholas Lee Zhi Xuan, 22, NRIC T0219564F, held overnight at Johor Bahru after the Causeway collision; released on police bail, passport returned.
        Rental car incident: hirer Ms Anna Kowalski, passport EK4587210, scraped the side mirror at Genting; deposit RM500 withheld, contact anna.kowalski.travel@gmail.com
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Tolong saya tulis keterangan laporan polis yang ringkas. Saya Mohd Nazri bin Hamid, KP 880415-06-5219, kereta saya CBN 2718 kena langgar belakang di Jalan Gambang semalam jam 6 petang.",
        ),
        (
            "assistant",
            "Baik. Contoh keterangan: Pada tarikh dan masa tersebut saya sedang memandu kenderaan CBN 2718 di Jalan Gambang. Kenderaan saya telah dilanggar dari belakang oleh kenderaan lain. Saya membuat laporan ini untuk tindakan dan tuntutan insurans. Ada saksi atau rakaman dashcam?",
        ),
        (
            "user",
            "Ada, saksi nama Faizah, kerja kat stesen minyak Shell situ, nombor dia 019-736 0042. Tambah sekali ya.",
        ),
    ],
    [
        ("system", "Anda ialah pembantu khidmat pelanggan sebuah syarikat insurans motor."),
        ("user", "hi nak check status claim, nama saya Lau Pei Shan, IC 900622-10-5388"),
        (
            "assistant",
            "Terima kasih. Boleh berikan nombor rujukan tuntutan atau nombor pendaftaran kenderaan anda?",
        ),
        (
            "user",
            "plat BRQ 5520, Honda HR-V putih, accident kat Puchong 3 minggu lepas, bengkel kata tunggu adjuster lagi",
        ),
    ],
    [
        (
            "user",
            "My dad was knocked down by a motorcycle outside Masjid Jamek. He is Mr Subramaniam a/l Krishnan, 71, now warded in HKL ward 5 with a fractured hip. How do we start a claim against the rider?",
        ),
        (
            "assistant",
            "I'm sorry to hear that. First make sure a police report has been lodged and get the rider's vehicle number and insurer from the police investigation result. A lawyer can then file a bodily injury claim against the rider's third-party insurance.",
        ),
        (
            "user",
            "The rider's plate was WUP 7731 and the report number is DANG WANGI/009907/25. My number is 012-557 2098 if the lawyer needs it.",
        ),
    ],
    [
        (
            "user",
            "Boleh tolong susun mesej untuk group WhatsApp taman? Nak cari saksi kemalangan depan Tadika Seri Mutiara, Seksyen 7 Shah Alam, Isnin lepas pukul 7.20 pagi.",
        ),
        (
            "assistant",
            "Boleh. Cadangan: Assalamualaikum semua, sesiapa yang melalui depan Tadika Seri Mutiara pada Isnin lepas sekitar 7.20 pagi dan ada rakaman dashcam atau nampak kejadian, mohon hubungi saya. Nak letak nama dan nombor siapa?",
        ),
        (
            "user",
            "Letak nama saya Norashikin, 017-209 8816, kereta saya Saga merah BNV 4418 yang kena langgar masa hantar anak.",
        ),
    ],
    [
        (
            "user",
            "Is it legal to post dashcam footage showing the plate of the guy who cut me off? It's WKL 4471, and I know him, it's Danny Chew from my office in Menara Axis.",
        ),
        (
            "assistant",
            "Sharing footage publicly with a clearly identifiable plate or person can expose you to defamation or harassment claims, especially if you add accusations. Report it to the police or use the PDRM traffic reporting channel instead.",
        ),
        (
            "user",
            "ok, but can I just send it to his boss? he already hit another colleague's car last month and never paid.",
        ),
    ],
    [
        (
            "user",
            "Translate this witness statement into Malay: I, Priya Menon, of 21 Jalan Pinang 2, Taman Sri Andalas, Klang, saw the grey lorry turn without signalling and hit the motorcycle.",
        ),
        (
            "assistant",
            "Saya, Priya Menon, beralamat di 21 Jalan Pinang 2, Taman Sri Andalas, Klang, telah melihat lori berwarna kelabu membelok tanpa memberi isyarat lalu melanggar motosikal tersebut.",
        ),
        ("user", "Thanks. Add at the end: Contact number 016-338 1904, IC 910307-10-5612."),
    ],
    [
        (
            "user",
            "I'm Singaporean, had a small accident in JB yesterday near City Square. NRIC S7623190G. Do I need to report to Malaysian police or just my SG insurer?",
        ),
        (
            "assistant",
            "You should lodge a report at a Malaysian police station within 24 hours, since the accident happened in Malaysia, and also notify your Singapore insurer, checking that your policy extends to West Malaysia.",
        ),
        (
            "user",
            "ok. the other driver wants me to pay RM800 cash for his bumper. I'll pay with my card 4038 6211 7059 3488 at the workshop, is that safer? My car is SLA 8820 A.",
        ),
    ],
    [
        (
            "user",
            "Bantu kira pampasan kehilangan pendapatan. Saya Faridah binti Musa, jurujual di Aeon Bukit Tinggi, gaji RM2,300 sebulan, MC 45 hari lepas accident motor.",
        ),
        (
            "assistant",
            "Secara kasar, kehilangan pendapatan untuk 45 hari ialah lebih kurang RM2,300 x 1.5 = RM3,450. Anda perlukan slip gaji, surat majikan dan salinan MC sebagai sokongan.",
        ),
        (
            "user",
            "ok terima kasih, doktor kata tulang bahu saya mungkin perlu operate lagi bulan depan.",
        ),
    ],
    [
        ("system", "You are an HR assistant at a logistics company."),
        (
            "user",
            "Draft a short email to our driver Teo Kok Leong about his accident leave. He crashed lorry JPR 6120 on the NSE near Yong Peng and injured his back.",
        ),
        (
            "assistant",
            "Dear Mr Teo, we hope you are recovering well. Your accident leave has been recorded from the date of the incident. Please submit your medical certificates to HR, and let us know if you need help with your PERKESO claim.",
        ),
        (
            "user",
            "Also mention his salary for this month will be paid into his Maybank account 1142 0558 3317 as usual.",
        ),
    ],
    [
        (
            "user",
            "kawan saya Syahmi, kerja mekanik kat bengkel Ah Keong Motor Taman Connaught, kena tangkap sebab jual rakaman CCTV pelanggan kat group Telegram, boleh ke dia kena buang kerja terus?",
        ),
        (
            "assistant",
            "Jika tuduhan itu benar, mendedahkan rakaman pelanggan tanpa kebenaran ialah salah laku serius dan majikan boleh mengambil tindakan tatatertib termasuk penamatan selepas siasatan dalaman yang adil.",
        ),
        ("user", "dia cakap id telegram dia @syahmi_garage99 kena report, tapi dia nafikan semua"),
    ],
]
