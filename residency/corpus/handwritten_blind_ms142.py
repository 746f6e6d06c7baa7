# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms142: persatuan penduduk, Rukun Tetangga dan skim rondaan sukarela di Malaysia (jadual rondaan, aduan jiran, kutipan yuran, laporan jenayah, kumpulan WhatsApp). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms142
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_mesyuarat_agung"): _lines("""
        NOTIS MESYUARAT AGUNG TAHUNAN KE-18 Persatuan Penduduk Taman Sri Muda Seksyen 25 akan diadakan pada Ahad, 12 April 2026, jam 9.00 pagi di Dewan Serbaguna Kompleks Komuniti Seksyen 25.
        Agenda: (1) Ucapan alu-aluan Pengerusi; (2) Pengesahan minit MAT 2025; (3) Laporan kewangan berakhir 31 Disember 2025; (4) Pemilihan AJK sesi 2026/2028; (5) Hal-hal lain.
        Usul bertulis hendaklah dihantar kepada Setiausaha selewat-lewatnya 31 Mac 2026 melalui e-mel rasmi urusetia@pptsm25.org.my atau peti surat di pondok pengawal utama.
        Hanya ahli berdaftar yang telah menjelaskan yuran tahunan RM60 bagi tahun 2025 layak mengundi. Sila bawa resit atau tunjukkan bukti bayaran di kaunter pendaftaran.
        Pencalonan jawatan Pengerusi, Timbalan Pengerusi, Setiausaha dan Bendahari mesti disokong oleh dua orang ahli dan dikemukakan menggunakan Borang PC-02 sebelum 28 Mac 2026.
        Notis ini dikeluarkan selaras dengan Fasal 12(3) Perlembagaan Persatuan (No. Pendaftaran PPM-014-10-21092009) yang memerlukan notis sekurang-kurangnya 14 hari kepada ahli.
        Kuorum mesyuarat ialah 50 orang ahli atau satu per lima daripada keahlian, mengikut mana yang lebih rendah. Sekiranya tidak cukup kuorum, mesyuarat ditangguhkan 30 minit.
        Jamuan ringan disediakan oleh Katering Mak Teh Sri Muda selepas mesyuarat. Sila maklumkan keperluan diet vegetarian kepada urus setia sebelum 7 April 2026.
        Laporan audit oleh Tetuan Azmi & Rakan-Rakan Chartered Accountants (AF 001234) boleh disemak di pejabat persatuan setiap Selasa dan Khamis, 8.00 hingga 10.00 malam.
        Tempat letak kereta di dewan adalah terhad. Penduduk dari Jalan Anggerik 25/3 hingga 25/9 digalakkan berjalan kaki atau berkongsi kenderaan ke Kompleks Komuniti.
        Mesyuarat Agung Luar Biasa bagi meminda kadar caj pengawal keselamatan daripada RM80 kepada RM95 sebulan akan diadakan sejurus selepas MAT ditangguhkan.
        Sebarang pertanyaan, sila hubungi talian urus setia persatuan 03-5191 2250 (Isnin hingga Jumaat, 9 pagi hingga 5 petang) atau WhatsApp rasmi persatuan 011-1098 2250.
        Minit MAT ke-17 bertarikh 16 Mac 2025 telah dimuat naik ke laman web persatuan di www.pptsm25.org.my/minit pada 2 Januari 2026 untuk semakan semua ahli.
    """),
    ("ms", "jadual_rondaan_srs"): _lines("""
        JADUAL RONDAAN SRS KRT Taman Sri Muda Zon C, Minggu 11 (9 hingga 15 Mac 2026): Syif N1 jam 10.00 mlm hingga 1.00 pg, Syif N2 jam 1.00 pg hingga 4.00 pg.
        Kumpulan A bertugas Isnin & Khamis, Kumpulan B Selasa & Jumaat, Kumpulan C Rabu & Sabtu. Ahad rondaan bersama anggota Balai Polis Seksyen 25 mengikut giliran.
        Laluan R1: Pondok Pengawal Utama, Jalan Anggerik 25/2, Taman Permainan Tasik, Surau Al-Hidayah, Kedai Runcit Pak Din, kembali ke pondok (anggaran 2.4 km).
        Setiap anggota rondaan wajib memakai jaket reflektif SRS bernombor siri, membawa lampu suluh dan wisel, serta log masuk di buku kehadiran sebelum 9.50 malam.
        Titik semakan QR: CP-01 Pintu Masuk Utama, CP-02 Padang Bola, CP-03 Belakang SK Seksyen 25, CP-04 Terowong Pejalan Kaki, CP-05 Tapak Pasar Malam.
        Rondaan Khas Aidilfitri: 17 hingga 29 Mac 2026, rondaan ditambah kepada tiga syif sehari bagi memantau kawasan perumahan semasa musim cuti balik kampung.
        Syif gantian: jika tidak dapat hadir, sila tukar dengan anggota lain dalam kumpulan yang sama dan maklumkan Ketua Zon sekurang-kurangnya 24 jam sebelum syif bermula.
        Kehadiran minimum setiap syif ialah 4 orang. Syif yang kurang daripada 3 orang hendaklah dibatalkan dan dilaporkan dalam Borang SRS-07 kepada Pegawai Perpaduan Daerah.
        Kenderaan peronda: motosikal persatuan (2 unit) dan kenderaan yang berdaftar dengan SRS sahaja. Elaun minyak RM15 setiap syif dibayar pada hujung bulan.
        Ringkasan Februari 2026: 56 syif dijadualkan, 53 syif dilaksanakan (94.6%), 211 jam rondaan, 3 syif dibatalkan kerana hujan lebat dan banjir kilat.
        Cuti Nuzul Al-Quran Sabtu 7 Mac 2026: syif kekal seperti biasa. Kumpulan A ambil alih syif malam Sabtu kerana Kumpulan C bertugas di majlis tadarus surau.
        Taklimat keselamatan bulanan oleh Pegawai Penyelaras SRS dari JPNIN Daerah Petaling pada 13 Mac 2026, 10.30 malam, di Bilik Gerakan Rukun Tetangga Seksyen 25.
        Talian semasa rondaan: Bilik Gerakan RT 03-5121 7788, Balai Polis Seksyen 25 03-5122 2222, Talian Kecemasan 999. Jangan bertindak sendiri terhadap suspek.
    """),
    ("ms", "soalan_lazim_yuran"): _lines("""
        S: Berapakah yuran keahlian persatuan? J: Yuran masuk RM20 (sekali sahaja) dan yuran tahunan RM60 bagi setiap unit rumah, tanpa mengira bilangan penghuni.
        S: Berapakah caj pengawal keselamatan bulanan? J: RM95 bagi rumah teres dan RM120 bagi rumah berkembar atau banglo, berkuat kuasa 1 Mei 2026.
        S: Bagaimana cara membayar? J: Pindahan ke akaun Maybank Persatuan Penduduk Taman Sri Muda Seksyen 25, No. Akaun 5621 4400 8812, atau imbas DuitNow QR di pondok pengawal.
        S: Apa rujukan yang perlu ditulis semasa pindahan? J: Tulis nombor lot dan bulan mengikut format LOT/BULAN, contoh C-0000/MEI26. Resit elektronik dihantar dalam 3 hari bekerja.
        S: Adakah yuran wajib? J: Keahlian adalah sukarela di bawah Akta Pertubuhan 1966, tetapi hanya pembayar caj pengawal akan menerima pelekat kenderaan dan kad akses.
        S: Saya penyewa, boleh jadi ahli? J: Boleh. Penyewa layak menjadi ahli bersekutu dengan surat kebenaran pemilik, tetapi tidak boleh mengundi atau bertanding jawatan AJK.
        S: Bila tarikh akhir bayaran? J: Sebelum 7 haribulan setiap bulan. Tunggakan melebihi 60 hari akan menyebabkan kad akses dinyahaktifkan secara automatik oleh sistem.
        S: Bolehkah bayar secara tahunan? J: Boleh, bayaran pendahuluan 12 bulan diberi diskaun 5% (RM1,083.00 bagi rumah teres) jika dijelaskan sebelum 31 Januari.
        S: Ke mana wang yuran dibelanjakan? J: Bagi 2025, 78% untuk kontrak pengawal (Perisai Emas Security Services Sdn Bhd), 9% CCTV, 7% lampu jalan tambahan dan 6% pentadbiran.
        S: Kenapa pelekat kereta belum sampai? J: Pelekat siri 2026 (warna hijau) dicetak secara berkelompok setiap Jumaat. Semak status di portal ahli pada tab Pelekat.
        S: Adakah persatuan menerima tunai? J: Tunai hanya diterima di kaunter pejabat persatuan, Lot 2, Kompleks Komuniti Seksyen 25, setiap Sabtu 9.00 pagi hingga 12.00 tengah hari.
        S: Bagaimana jika mahu berhenti langganan pengawal? J: Isi Borang PP-09 dan serahkan notis sebulan. Semua tunggakan mesti dijelaskan sebelum kad akses dipulangkan.
        S: Siapa yang mengaudit akaun? J: Akaun persatuan diaudit setiap tahun oleh juruaudit bertauliah dan dibentangkan di MAT sebelum dihantar ke Jabatan Pendaftaran Pertubuhan Malaysia (JPPM).
    """),
    ("ms", "sejarah_dan_peraturan_rukun_tetangga"): _lines("""
        Skim Rukun Tetangga diperkenalkan pada tahun 1975 di bawah Peraturan-Peraturan Perlu (Rukun Tetangga) 1975, semasa pentadbiran Perdana Menteri Tun Abdul Razak Hussein.
        Pada peringkat awal, penyertaan dalam rondaan diwajibkan ke atas lelaki dewasa dalam lingkungan umur tertentu di kawasan yang diisytiharkan sebagai kawasan Rukun Tetangga.
        Menjelang tahun 1980-an, fokus Rukun Tetangga beralih daripada aspek keselamatan semata-mata kepada perpaduan kaum dan kesejahteraan komuniti setempat.
        Akta Rukun Tetangga 2012 (Akta 751) menggantikan peraturan lama dan memberi asas undang-undang kepada Jawatankuasa Rukun Tetangga serta Skim Rondaan Sukarela (SRS).
        Di bawah Akta 751, Ketua Pengarah Perpaduan boleh mengisytiharkan sesuatu kawasan sebagai Kawasan Rukun Tetangga selepas berunding dengan penduduk dan pihak berkuasa tempatan.
        Jawatankuasa Rukun Tetangga (JKRT) dilantik bagi tempoh dua tahun dan terdiri daripada Pengerusi, Timbalan Pengerusi, Setiausaha, Bendahari dan ahli jawatankuasa lain.
        Anggota SRS yang sedang bertugas dilindungi skim insurans kemalangan berkelompok yang diuruskan oleh Jabatan Perpaduan Negara dan Integrasi Nasional (JPNIN).
        Peraturan SRS: anggota tidak dibenarkan menggeledah rumah atau membawa senjata; sebarang suspek yang ditahan hendaklah diserahkan segera kepada polis yang berhampiran.
        Mediasi Komuniti diperkenalkan melalui Rukun Tetangga untuk menyelesaikan pertikaian jiran seperti bunyi bising, parkir dan binatang peliharaan tanpa perlu ke mahkamah.
        Kini terdapat lebih 8,000 Kawasan Rukun Tetangga berdaftar di seluruh negara, merangkumi taman perumahan, kampung tradisional, kampung baru dan rumah pangsa.
        Kempen Jiran Sepakat Membawa Berkat sering digunakan dalam program kejiranan, termasuk gotong-royong perdana, rumah terbuka perayaan dan karnival keselamatan komuniti.
        Pindaan Perlembagaan Persatuan 2019: Fasal 8 dipinda supaya penyewa yang menetap lebih 12 bulan boleh dilantik sebagai AJK bersekutu tanpa hak mengundi.
        Garis panduan JPNIN menetapkan setiap KRT mengadakan sekurang-kurangnya empat mesyuarat JKRT setahun dan menghantar laporan aktiviti suku tahunan melalui sistem dalam talian.
    """),
    ("en", "vendor_invoices"): _lines("""
        TAX INVOICE No. INV-2026-00417 | Perisai Emas Security Services Sdn Bhd (Reg. No. 201501023456) | Bill to: Persatuan Penduduk Taman Sri Muda Seksyen 25, Shah Alam.
        Description: Guard services, 2 guards x 12-hour shifts, March 2026, 31 days | Rate RM4,350.00 per guard | Subtotal RM8,700.00 | SST 8% RM696.00 | Total RM9,396.00.
        Payment terms: 30 days. Please remit to CIMB Bank Berhad, A/C 8001 2345 67, Perisai Emas Security Services Sdn Bhd, quoting the invoice number as payment reference.
        Invoice CCTV-INV/26/0088 from Ah Hock CCTV & Alarm Enterprise (SSM 202403118765): supply of 4 units Hikvision DS-2CD1043G2-I 4MP bullet cameras @ RM289.00 each.
        Line 2: NVR Dahua DHI-NVR2108HS-I2 8-channel, 1 unit @ RM520.00; WD Purple 4TB HDD, 1 unit @ RM435.00; installation and cabling lump sum RM650.00.
        Receipt RCPT-004512 | Kedai Elektrik Muthu Brothers, No. 14, Jalan Perusahaan 2, Taman Perindustrian Batu Caves | 12 LED street lamps 50W @ RM68.50 | Total RM822.00.
        Quotation QT-0325 valid 30 days: boom gate installation (4m arm), RFID reader 125kHz x2, 500 RFID windscreen stickers @ RM3.20, software licence 1 year RM1,200.00.
        Credit note CN-2026-0012 issued against INV-2026-00389: 3 guard shifts not covered on 14 to 16 Feb 2026, deduction RM454.65 including SST.
        Statement of account as at 31 Mar 2026: opening balance RM18,792.00, payment received RM9,396.00 (DuitNow ref 20260312MBBEMYKL010ORB53422187), closing balance RM9,396.00.
        Invoice PRT-2026-031 from Percetakan Seri Ibu Sdn Bhd: 1,500 copies A5 patrol newsletter, 4-colour, 80gsm art paper, RM0.42 per copy, total RM630.00, delivered to Kompleks Komuniti.
        Pest control invoice PC-77812, Rentokil Initial Malaysia: Aedes fogging for Zones A to D, 2 rounds (8 and 22 Mar 2026), RM1,150.00 per round including chemicals and signage.
        Payment voucher PV/25/2026 approved by Treasurer and Chairman: Maxis Business Fibre 300Mbps for guardhouse, account ref MBF-88102934, March 2026, RM159.00.
        Overdue reminder: Invoice WIN-0331 from Uncle Tan Walkie-Talkie Supply (M) Sdn Bhd for 6 Motorola XiR C1200 handsets remains unpaid after 45 days; amount due RM5,340.00.
    """),
    ("en", "news_public_figures"): _lines("""
        Prime Minister Anwar Ibrahim urged residents' associations to work closely with local police, describing community patrols as a first line of defence against housebreaking.
        Selangor Menteri Besar Amirudin Shari launched a state-level neighbourhood watch carnival in Shah Alam, where Rukun Tetangga areas showcased patrol vehicles and CCTV set-ups.
        The Ministry of National Unity said the Rukun Tetangga programme, introduced under Tun Abdul Razak in 1975, now covers more than 8,000 areas nationwide.
        Inspector-General of Police Tan Sri Razarudin Husain said cooperation between SRS volunteers and beat officers had helped reduce snatch-theft cases in several districts.
        Speeches by former prime ministers, including Tun Dr Mahathir Mohamad and Tun Abdullah Ahmad Badawi, have long cited neighbourliness as a pillar of national unity.
        Singapore's Minister for Home Affairs K Shanmugam visited a Neighbourhood Watch Zone in Tampines to see how residents use the Police@SG app to report suspicious activity.
        Cartoonist Datuk Lat's sketches of kampung life were featured in a community exhibition on neighbourliness, drawing crowds of families during the school holidays.
        Kuala Lumpur Mayor Datuk Seri Dr Maimunah Mohd Sharif announced additional street lighting for residential lanes in Cheras and Kepong following requests from residents' groups.
        Animated twins Upin and Ipin and their friend Mail star in a new road safety and neighbourhood watch video aimed at primary schoolchildren, screened in cinemas nationwide.
        Penang Chief Minister Chow Kon Yeow handed over walkie-talkies and reflective vests to Rukun Tetangga areas in Bayan Lepas and Air Itam at a ceremony in George Town.
        Communications Minister Fahmi Fadzil reminded administrators of community WhatsApp groups not to spread unverified crime videos that could cause public alarm.
        The Rukun Negara, proclaimed on 31 August 1970, and the Rukun Tetangga scheme of 1975 both grew out of the national unity agenda that followed May 1969, historians note.
        Badminton great Datuk Lee Chong Wei flagged off a 5km community fun run in Bukit Mertajam organised to raise funds for neighbourhood CCTV cameras.
    """),
    ("mixed", "whatsapp_ajk_kerja"): _lines("""
        [12/03/26, 22:14] Ketua Zon B: Syif malam ni cukup 5 orang, boleh start at 10pm sharp. Jangan lupa scan QR kat CP-03 belakang sekolah, last week ramai skip.
        [12/03/26, 22:31] Bendahari: Reminder all AJK, invoice Perisai Emas for March RM9,396 due 15/4. I will process payment once Pengerusi approve in the system.
        [13/03/26, 07:05] Setiausaha: Minit mesyuarat AJK 10 Mac dah upload dalam Google Drive folder AJK 2026/Minit. Please comment before Friday ya.
        [13/03/26, 09:40] Admin Group: Group rule reminder, no forwarding viral crime videos without checking with PDRM first. Kalau nak share, share link dari official PDRM page only.
        [13/03/26, 11:02] Ketua Keselamatan: Guardhouse boom gate rosak lagi, error code E07. Ah Hock CCTV & Alarm tech will come 3pm, ticket no. SVC-26-1187.
        [13/03/26, 11:05] Timbalan Pengerusi: Noted. Can ask them quote for backup battery also? Blackout last month the gate stuck open for 2 hours.
        [14/03/26, 20:15] Ketua Zon A: Lampu jalan Jalan Anggerik 25/4 tiang no. 17 & 18 tak menyala since Tuesday. Dah report ke MBSA, aduan no. MBSA-ADN-2026-045512.
        [14/03/26, 21:48] Setiausaha: Poster MAT 12 April dah siap, final version v3. Print 300 copies at Percetakan Seri Ibu, collect Thursday. Pls share in all zone groups.
        [15/03/26, 00:12] Ketua Syif: Rondaan malam ok, no incident. 2 motor lepak kat padang, but they left after we shine torch. Logged in SRS book page 42.
        [15/03/26, 08:30] Bendahari: Collection status Mac: 412/530 rumah dah bayar (77.7%). Zon D paling rendah, each Ketua Zon pls remind in your own group, but jangan tag orang publicly ok.
        [15/03/26, 09:10] Pengerusi: Good job semua. Next week JPNIN officer datang audit buku log SRS, so please make sure semua entry ada sign & time. Thanks!
        [16/03/26, 19:45] Ketua Keselamatan: Balai Seksyen 25 minta kita hantar jadual rondaan Raya by Wednesday. Template ada dalam Drive, file name SRS_Raya_2026.xlsx.
        [16/03/26, 22:03] Admin Group: Bot auto-reminder updated, yuran reminder will be sent on 1st and 5th every month at 9am. Kalau ada bug, PM admin, jangan spam group.
    """),
    ("mixed", "log_dan_config_sistem_pengawal"): _lines("""
        2026-03-14T22:05:11+08:00 INFO gate-ctrl[1123]: boom_gate=MAIN-IN state=OPEN trigger=GUARD_BUTTON reader=RDR-01 latency_ms=184 fw=2.4.7
        2026-03-14T22:05:19+08:00 WARN nvr-sync: camera CAM-07 (Hikvision DS-2CD1043G2-I) offline 00:03:42, reconnecting to 192.168.10.57:554 attempt 3/5
        2026-03-14T23:59:59+08:00 INFO patrol-app: daily_summary zone=C checkpoints_scanned=18/20 missed=[CP-03,CP-05] shift_id=SRS-C-20260314-N1
        2026-03-15T01:12:44+08:00 ERROR sms-gateway: send failed provider=twilio code=30007 batch=yuran-reminder-0315 queued=118 retry_in=900s
        config.yaml: visitor_pass: { expiry_hours: 12, require_ic_scan: false, mask_ic_digits: 8, retention_days: 30 }  # ikut garis panduan PDPA 2010
        .env.example: WHATSAPP_API_URL=https://graph.facebook.com/v19.0/PHONE_NUMBER_ID/messages WHATSAPP_TOKEN=changeme SENDER_LABEL=PPTSM25 LANG=ms_MY
        SELECT zon, COUNT(*) AS belum_bayar FROM yuran WHERE bulan = '2026-03' AND status = 'BELUM' GROUP BY zon ORDER BY belum_bayar DESC; -- laporan bendahari
        2026-03-15T03:00:02+08:00 INFO backup: nightly dump pptsm25_db.sql.gz size=48.2MB sha256=86c71d7b07ce29dd24cfa3ebec6d8fd0a0ff3e47e73fd61b21e8859c3ea73bee
        CSV header: tarikh,masa,zon,checkpoint_id,syif_id,status_imbasan,suhu_c,hujan_mm,catatan (eksport dari aplikasi RondaKu v3.2.1)
        2026-03-15T09:14:27+08:00 DEBUG access-api: POST /api/v2/kad-akses/deactivate batch=overdue-60d count=14 dry_run=true took=212ms
        crontab: 0 9 1,5 * * /opt/pptsm25/bin/yuran_reminder.py --template reminder_ms_v4 --channel whatsapp >> /var/log/yuran.log 2>&1
        2026-03-15T22:47:03+08:00 ALERT motion-detect: CAM-12 zone=Tasik-Belakang confidence=0.91 object=person duration_s=14 snapshot=evt_20260315_224703_cam12.jpg
        Release notes RondaKu v3.3.0 (2026-03-20): tambah sokongan imbasan QR luar talian, betulkan pepijat zon waktu GMT+8, keperluan minimum Android 9 / iOS 15.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Aduan jiran: Encik Rosli bin Hamzah di No. 18, Jalan Anggerik 25/6 selalu letak kereta Proton X70 (WVD 4471) menghalang pagar rumah sebelah sejak Januari.
        Puan Norhayati binti Kassim (No. 7, Jalan Anggerik 25/2) tertunggak caj pengawal 5 bulan, jumlah RM475. Surat peringatan kedua dihantar pada 3 Mac 2026.
        Laporan jenayah: rumah Encik Saravanan a/l Murugan, No. 33 Jalan Kenanga 25/9, dipecah masuk pada 11/03/2026 jam 3 pagi; barang kemas dan komputer riba hilang. No. laporan SEKSYEN25/001234/26.
        Abang Fadil dari Zon C minta dikecualikan daripada rondaan bulan ini sebab isterinya Kak Zura baru keguguran minggu lepas, tolong jangan hebahkan dalam group.
        No. KP pemohon pelekat: 790415-10-5523, No. telefon 013-288 4410. Sila sahkan sebelum kad akses dikeluarkan.
        Pak Mat yang jaga pondok malam tu sebenarnya tengah buat dialisis tiga kali seminggu di Hospital Shah Alam, jadi syif dia kena tukar ke siang.
        Borang Pendaftaran SRS: Nama: Mohd Khairul Anuar bin Ismail | No. KP: 880923-14-6671 | Alamat: No. 41, Jalan Melur 25/11, Taman Sri Muda, 40400 Shah Alam | Tel: 017-655 2309 | Darah: O+
        Bayaran caj Mac diterima daripada akaun Maybank 1640 2277 9051 atas nama SITI AMINAH BT ABD RAHMAN, rujukan C-0241/MAC26, RM95.00.
        Encik Lim Kok Wai, penghuni unit B-12-3, ditahan polis semalam atas kes dadah menurut jiran; AJK diminta tidak mengulas dalam kumpulan WhatsApp.
        Rakaman CCTV CAM-04 jam 02:17 menunjukkan anak lelaki Puan Kalaivani (No. 5, Jalan Kenanga 25/3) memanjat pagar rumah jiran; gambar telah dihantar kepada ibunya.
        Nombor plat motosikal yang disyaki mengintai rumah kosong: BNU 2207, Honda EX5 merah. Pemilik berdaftar ialah Azlan bin Yusof dari Seksyen 24.
        Untuk urusan sewa dewan, tolong hubungi Cik Farah Diyana di 011-2345 7789; dia tinggal di No. 9, Jalan Orkid 25/1 berhampiran surau.
        Encik Zulkifli bin Omar, bekas Bendahari, dikatakan berhutang RM3,200 kepada persatuan selepas wang kutipan Raya 2024 tidak dapat diakaunkan.
        Jiran di No. 22 Jalan Anggerik 25/5, Puan Chong Mei Ling, baru bercerai dan kini tinggal seorang diri bersama dua anak kecil; mohon Kumpulan B lebih kerap lalu depan rumah.
        Senarai tunggakan Zon C: C-0112 Haji Ramlan bin Saad RM285; C-0118 Tan Ah Kow RM190; C-0125 Devi a/p Raman RM380.
        Pemilik No. 3 Jalan Cempaka 25/7, Encik Hafiz Rahman (hafizrahman.sm25@gmail.com), minta salinan rakaman CCTV untuk tuntutan insurans kereta.
        Makcik Som dari Zon D sudah tiga hari tak keluar rumah; anaknya kata dia ada demensia dan kadang-kadang keluar waktu malam tanpa sedar, tolong peronda perhatikan.
        Gaji pengawal baru, Encik Rajesh a/l Subramaniam, hanya RM1,850 sebulan tanpa caruman KWSP kerana masih dalam tempoh percubaan, jangan bocorkan.
        MyKad 651130-08-5119 yang ditemui di tempat kemalangan depan surau telah diserahkan kepada Balai Polis Seksyen 25 untuk dipulangkan kepada pemiliknya.
        Resit e-yuran RY-2026-03-0448: Pembayar: Nurul Izzati binti Hashim, Lot C-0448, No. Tel 019-330 8812, Jumlah RM95.00, Kaedah: DuitNow.
        Encik Baharom (No. 15) dan Encik Teoh (No. 17) bergaduh pasal pokok mangga melintasi pagar, hampir bertumbuk semalam; kes dirujuk ke mediasi komuniti RT.
        Anak Encik Faizal yang berumur 16 tahun didapati merempit di jalan utama taman malam tadi dengan motosikal WPQ 8830; ayahnya minta kes ini tidak dibincang dalam group.
    """),
    "en": _lines("""
        Hi all, Mr. Gurjit Singh from No. 27, Jalan Anggerik 25/8 reported his gate lock was tampered with last night; his number is 012-774 3091 if anyone saw anything.
        Visitor log 14/03/2026 21:42, Name: Wong Siew Ling, IC 920611-07-5284, visiting Unit C-0331, car plate PKN 6620, purpose: family dinner.
        Resident Mrs. Jayanthi Pillai, 62, is recovering from a stroke and lives alone at No. 12 Jalan Kenanga 25/4; patrol team please check that her porch light is on nightly.
        Complaint against Mr. Ong Teck Huat (Lot C-0209): dog barking all night, three written warnings issued, neighbour threatening to file a report with MBSA.
        Please refund the RM95 double payment to Ahmad Firdaus bin Zainal, CIMB account 7012 4488 1923, email firdaus.zainal91@yahoo.com.
        Patrol volunteer Daniel Yeoh has been suspended after he was charged at the Shah Alam Magistrates' Court with drink driving last month.
        Emergency contact for elderly resident Mdm. Leong Ah Mui: son Leong Wai Keat, 016-889 2134, works in Singapore; call only if she does not answer the door.
        NRIC S8234417D belongs to the Singaporean tenant at No. 30 Jalan Melur 25/2 whose access card expired; please verify the passport copy before renewing.
        CSV export: lot_no,name,phone,amount_due,months_overdue | C-0301,Kamal Ariffin bin Osman,012-907 3345,570.00,6
        Ms. Priya Nair told the committee she is five months pregnant and asked to be excused from the night patrol roster until August.
        Our former guard Mr. Chandran owes an Ah Long about RM8,000 and has been seen near the guardhouse asking residents for loans, please do not lend him money.
        Lost and found: wallet with the driving licence of Tan Boon Kiat, No. 6 Jalan Dahlia 25/5, and a Public Bank ATM card ending 4421, kept at the guardhouse.
    """),
    "mixed": _lines("""
        Eh guys, Uncle Lau at No. 8 kena scam RM42k by fake police call last week, his daughter asked us to share awareness but jangan sebut nama dia in the big group ok.
        Bro Azri, your yuran dah 4 bulan tak bayar, total RM380. Pls settle by Friday or kad akses auto block. Any issue PM me at 012-668 5120.
        Encik Kumar at No. 19 Jalan Cempaka 25/2 sewa his store room to 6 foreign workers, RM300 each, neighbours complain noisy every night until 2am.
        Update: Auntie Mary Tan (C-0157) fell in the bathroom, now warded at Sunway Medical Centre ICU. Her son Kevin asked if RT can help feed her cats.
        Admin pls remove 016-224 7781 from the group, this fella keep posting MLM and his own used car sales, dah warn 3 times.
        Semalam patrol nampak Ah Seng from No. 44 drunk sampai tertidur depan pagar, his wife Jenny came out crying, I think family problem la, don't ask them.
        Form tukar syif: Nama: Vincent Lee Chee Hong | Kumpulan: B | Syif asal: 10/3 N1 | Syif baru: 12/3 N1 | Sebab: anak masuk wad denggi di Hospital Tengku Ampuan Rahimah
        Can someone check CCTV? My car WXP 9012 kena calar satu side last night, parked depan No. 26 Jalan Anggerik 25/7. - Suresh
        Madam Chin's maid lari with her jewellery on Sunday, police report dah buat, the passport number the maid gave her was B7734521.
        FYI Pak Long Hassan tu actually bekas banduan, dia baru keluar Penjara Kajang last year, tapi so far ok je dalam taman, no need to panic.
        Yuran collection Zon D: Razak C-0402 paid, Siti C-0405 belum, Mr Goh C-0409 paid cash RM95 to me, Mrs Rama C-0411 promise next week.
        Tolong share: budak hilang, nama Aiman Hakimi bin Rusli, 9 tahun, baju biru, last seen dekat padang 6.30pm, ayah dia 019-554 8832.
        Guard Encik Bashir punya salary slip show only RM1,500, below minimum wage lor, and his work permit expire next month, Perisai Emas kena explain.
        Kak Lina the new treasurer, husband dia kena retrench from the factory, so she asked if she can delay her own yuran 3 months, AJK setuju?
        WhatsApp export: [10/03/26, 23:11] +60 17-442 9083: Eh ada orang panjat pagar rumah No. 31, I nampak from window, somebody call polis pls!
        Google Form response 0087: Email: rachel.koh.sm25@outlook.com | Lot: C-0288 | Komen: my neighbour keep burning rubbish, my son's asthma getting worse.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu pentadbiran untuk Persatuan Penduduk Taman Sri Muda Seksyen 25. Tulis dalam Bahasa Melayu yang sopan.",
        ),
        (
            "user",
            "Tolong draf surat peringatan tunggakan untuk Puan Rohani binti Mat Isa, Lot C-0177, No. 12 Jalan Melur 25/4. Tunggakan 6 bulan, RM570. Nada tegas tapi hormat.",
        ),
        (
            "assistant",
            "Baik. Berikut draf: Kepada Puan Rohani binti Mat Isa, No. 12 Jalan Melur 25/4. Per: Peringatan Tunggakan Caj Pengawal (Lot C-0177). Rekod kami menunjukkan tunggakan sebanyak RM570 bagi tempoh 6 bulan. Mohon jelaskan sebelum 30 April 2026 bagi mengelakkan kad akses dinyahaktifkan.",
        ),
        ("user", "Terima kasih, tambah ayat dia boleh bayar ansuran kalau ada masalah kewangan."),
        (
            "assistant",
            "Ditambah: Sekiranya Puan menghadapi kesukaran kewangan, persatuan bersedia membincangkan pelan bayaran ansuran. Sila hubungi Bendahari melalui talian rasmi persatuan.",
        ),
    ],
    [
        (
            "system",
            "You are an assistant helping a Rukun Tetangga committee write incident summaries for the district unity officer.",
        ),
        (
            "user",
            "Summarise: At 2.40am on 15 March, patrol found Mr. Harjit Singh (58, No. 40 Jalan Kenanga 25/1) collapsed outside his gate. He is diabetic and his sugar was low. Wife Mrs. Manjit called 999, ambulance came 3.05am.",
        ),
        (
            "assistant",
            "Incident summary: On 15 March 2026 at 2.40am, SRS patrol found a 58-year-old resident, Mr. Harjit Singh of No. 40 Jalan Kenanga 25/1, collapsed outside his home due to suspected low blood sugar (known diabetic). His wife called 999 and an ambulance arrived at 3.05am.",
        ),
        ("user", "Should I include his medical condition in the report to JPNIN?"),
        (
            "assistant",
            "Only if it is necessary. For the district report you could write medical emergency instead of naming his diabetes, and keep the full details in the committee's restricted file.",
        ),
    ],
    [
        (
            "user",
            "My neighbour keep parking in front my gate, plate VEB 3318, owner is this guy Jason Lim from No. 21. Can help me write a polite WhatsApp msg to him? Campur BM English ok.",
        ),
        (
            "assistant",
            "Sure: Hi Jason, Salam sejahtera. Just a gentle reminder, kereta VEB 3318 selalu parked depan pagar No. 23, so susah saya nak keluar pagi. Boleh tolong park sikit ke tepi? Thanks a lot, appreciate it!",
        ),
        ("user", "Ok but if he still buat tak tahu, can I post his plate in the residents group?"),
        (
            "assistant",
            "Better not post his plate and name publicly, as it can escalate things. Raise it with your Ketua Zon or the RT community mediation team first.",
        ),
    ],
    [
        ("system", "Anda membantu Ketua Zon menyusun jadual rondaan SRS dalam bentuk jadual."),
        (
            "user",
            "Susun jadual ni: Isnin - Razali 012-331 4456, Kumar 016-702 8891; Rabu - Hafizah 019-224 6670, Ah Meng 017-889 0023; Jumaat - Shahril 011-5567 2210.",
        ),
        (
            "assistant",
            "Jadual Rondaan Zon B: Isnin: Razali (012-331 4456), Kumar (016-702 8891). Rabu: Hafizah (019-224 6670), Ah Meng (017-889 0023). Jumaat: Shahril (011-5567 2210), perlu seorang lagi anggota.",
        ),
        ("user", "Ok, tambah Faridah 013-990 1245 untuk Jumaat."),
        (
            "assistant",
            "Jumaat dikemas kini: Shahril (011-5567 2210) dan Faridah (013-990 1245). Jadual lengkap dengan dua anggota setiap syif.",
        ),
    ],
    [
        (
            "user",
            "A resident, Mrs. Kavitha Raj from C-0264, asked for CCTV footage of her house on 9 March because she thinks her ex-husband Suresh came and damaged her car. Are we allowed to give it under PDPA?",
        ),
        (
            "assistant",
            "Generally you can share footage with the person whose property and image are involved, but it is safer to let the police request it. Advise Mrs. Kavitha to lodge a police report and the committee can hand the clip to the investigating officer.",
        ),
        (
            "user",
            "She already made report, number SHAHALAM/004421/26. The IO is Inspector from Balai Seksyen 25.",
        ),
        (
            "assistant",
            "Then record the report number in your CCTV release log, export only the relevant time window, and hand it directly to the investigating officer with a signed acknowledgement.",
        ),
    ],
    [
        ("system", "Anda membantu penduduk menyediakan draf laporan polis dalam Bahasa Melayu."),
        (
            "user",
            "Saya Nor Azlina binti Ahmad, KP 840727-10-6234, tinggal No. 15 Jalan Orkid 25/3, Shah Alam. Malam tadi jam 1.30 pagi motosikal Yamaha Y15ZR saya BPL 5521 dicuri dari porch.",
        ),
        (
            "assistant",
            "Draf laporan: Saya, Nor Azlina binti Ahmad (No. KP 840727-10-6234), beralamat di No. 15 Jalan Orkid 25/3, Shah Alam, ingin melaporkan bahawa motosikal Yamaha Y15ZR bernombor pendaftaran BPL 5521 milik saya telah dicuri dari porch rumah pada jam lebih kurang 1.30 pagi.",
        ),
        ("user", "Tambah CCTV jiran nampak dua lelaki pakai helmet hitam."),
        (
            "assistant",
            "Ditambah: Rakaman CCTV rumah jiran menunjukkan dua lelaki memakai topi keledar hitam di lokasi kejadian. Laporan ini dibuat untuk tindakan polis selanjutnya.",
        ),
    ],
    [
        (
            "user",
            "Pls help write takziah msg for our group. Encik Abdul Ghani from Zon A passed away last night, heart attack at home, age 67. Funeral at Surau Al-Hidayah after Zohor.",
        ),
        (
            "assistant",
            "Innalillahi wa inna ilaihi rajiun. Dukacita dimaklumkan Encik Abdul Ghani dari Zon A telah kembali ke rahmatullah malam tadi. Solat jenazah di Surau Al-Hidayah selepas Zohor. Semoga roh beliau dicucuri rahmat. Al-Fatihah.",
        ),
        (
            "user",
            "Add also his wife Puan Salmah need help with transport to hospital for her own chemo next week.",
        ),
        (
            "assistant",
            "You may want to share Puan Salmah's treatment privately with a few volunteers rather than the whole group. A neutral line: Keluarga arwah memerlukan bantuan pengangkutan minggu depan, sesiapa boleh membantu sila PM Ketua Zon A.",
        ),
    ],
    [
        (
            "system",
            "You are the access-card helper for Taman Sri Muda. Member record: lot=C-0390; owner=Goh Siew Peng; ic=760202-10-5188; phone=012-558 7142; arrears_months=3; card_status=ACTIVE.",
        ),
        ("user", "The owner of C-0390 wants a second access card for her tenant. Can we issue it?"),
        (
            "assistant",
            "According to the record, Madam Goh Siew Peng has 3 months of arrears. Under the current rules a new card can only be issued after arrears are cleared or a payment plan is signed.",
        ),
        ("user", "OK, send her a short SMS about it."),
        (
            "assistant",
            "SMS to 012-558 7142: Salam Puan Goh, permohonan kad akses kedua untuk Lot C-0390 boleh diproses selepas tunggakan 3 bulan dijelaskan. Terima kasih, Pejabat PPTSM25.",
        ),
    ],
    [
        ("system", "Anda pembantu mediasi komuniti Rukun Tetangga. Ringkaskan secara neutral."),
        (
            "user",
            "Ringkaskan sesi mediasi: Encik Kamarul (No. 9) kata anjing Encik Wong Kah Heng (No. 11) gigit anak dia Danish, 7 tahun, luka di betis. Encik Wong kata pagar rumah Kamarul yang terbuka. Mereka setuju kos klinik RM180 dibayar separuh.",
        ),
        (
            "assistant",
            "Ringkasan: Pihak pertama, Encik Kamarul (No. 9), mengadu anaknya Danish (7 tahun) cedera di betis akibat digigit anjing milik Encik Wong Kah Heng (No. 11). Encik Wong menyatakan pagar rumah pihak pertama terbuka. Kedua-dua pihak bersetuju berkongsi kos rawatan klinik RM180 sama rata.",
        ),
        ("user", "Boleh buang nama budak tu?"),
        (
            "assistant",
            "Boleh: Pihak pertama mengadu anaknya yang berumur 7 tahun cedera di betis. Bahagian lain kekal seperti ringkasan asal.",
        ),
    ],
    [
        (
            "user",
            "I'm treasurer for our residents association. Can you make a reminder list format for the group? Just example only.",
        ),
        (
            "assistant",
            "Sure, here is an example using the data format you mentioned last time: Lot C-0512 | Encik Mohd Rizal bin Sulaiman | 017-230 5589 | RM285 (3 bulan). Please pay by 7 April via DuitNow.",
        ),
        (
            "user",
            "Wait, that is a real resident from our list! Don't put names, just lot and amount.",
        ),
        (
            "assistant",
            "Understood, sorry about that. Revised format: Lot C-0512 | RM285 | 3 bulan tertunggak. Sila jelaskan sebelum 7 April melalui DuitNow atau tunai di pejabat persatuan.",
        ),
    ],
]
