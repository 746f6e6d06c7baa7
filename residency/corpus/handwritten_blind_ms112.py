# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms112: persatuan penduduk, Rukun Tetangga dan rondaan taman (mesyuarat, yuran, rondaan, WhatsApp taman, aduan, kecurian). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms112
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_mesyuarat"): _lines("""
        NOTIS MESYUARAT AGUNG TAHUNAN KALI KE-14 Persatuan Penduduk Taman Seri Cempaka: Sabtu 18 Januari 2027, 8.30 malam, Dewan Serbaguna Jalan Cempaka 3/2. Agenda: laporan aktiviti, laporan kewangan diaudit, pemilihan AJK sesi 2027/2029.
        Korum mesyuarat ialah satu perlima daripada ahli berdaftar; jika korum tidak dicapai dalam 30 minit, mesyuarat ditangguhkan ke tarikh yang ditetapkan oleh Setiausaha.
        Minit Mesyuarat AJK Bil. 7/2026 — Hadir: 11 orang AJK, 2 pemerhati. Tidak hadir dengan maaf: 3 orang.
        Perkara 5.2: Pengerusi memaklumkan baki akaun semasa RM 18,432.60 setakat 30 November 2026 selepas bayaran kepada syarikat kawalan keselamatan.
        Usul daripada Blok C: memasang 4 unit kamera CCTV tambahan di pintu masuk Jalan Tun Sambanthan 5; diluluskan sebulat suara, kos dianggarkan RM 6,800.
        Mesyuarat KRT Taman Bukit Indah Zon 2 bersama pegawai JPNIN Daerah akan diadakan di Balai Raya pada 14/12/2026 jam 9 pagi; semua ketua blok dijemput hadir.
        Cadangan tarikh gotong-royong perdana: 22 Februari 2027; Bendahari diminta menyediakan bajet RM 1,200 untuk makanan, plastik sampah dan sarung tangan.
        Peringatan: hanya ahli yang telah menjelaskan yuran hingga Disember 2026 layak mengundi dalam pemilihan AJK mengikut Fasal 9(3) perlembagaan persatuan.
        Perkara berbangkit: surat kepada MBSA berkenaan lampu jalan Persiaran Tuanku Ja'afar masih belum dijawab, rujukan MBSA/JKA/2026/0412.
        Ceramah keselamatan oleh Ketua Polis Balai Seksyen 9 akan diadakan selepas solat Isyak, terbuka kepada semua penduduk, tiada bayaran.
        Tayangan filem Ibu Mertuaku arahan P. Ramlee di padang permainan sempena malam kemerdekaan, sila bawa tikar sendiri.
        Keputusan mesyuarat: 3 daripada 5 sebut harga pagar automatik ditolak kerana melebihi had bajet tahunan RM 25,000.
        Mesyuarat ditangguhkan pada jam 11.42 malam. Minit disediakan oleh Setiausaha Kehormat dan akan disahkan oleh Pengerusi dalam mesyuarat berikutnya.
    """),
    ("ms", "kutipan_yuran"): _lines("""
        Yuran keahlian tahunan RM 60 dan yuran keselamatan RM 80 sebulan bagi setiap unit; bayaran melalui DuitNow QR persatuan sahaja.
        Resit No. PPTSC/2026/00871 — Yuran Keselamatan Okt–Dis 2026 — RM 240.00 — Status: DITERIMA
        Laporan kutipan November 2026: 412 daripada 538 rumah telah bayar (76.6%), tunggakan keseluruhan RM 31,920.
        Nama akaun: PERSATUAN PENDUDUK TAMAN SERI CEMPAKA, Bank Islam 1201 2010 0345 67, No. Pendaftaran ROS: PPM-008-10-21062011.
        Invois INV-2026-1104 daripada Perisai Gemilang Security Sdn Bhd (SSM 201501023456 (1147821-U)) berjumlah RM 14,500 untuk perkhidmatan pengawal bulan November.
        Diskaun 10% untuk bayaran pendahuluan 12 bulan (RM 864 bukannya RM 960) sehingga 31 Januari 2027.
        Unit yang tertunggak lebih 3 bulan tidak akan diberikan pelekat kenderaan 2027 — keputusan AJK Bil. 6/2026.
        Jumlah kutipan tabung kebajikan sempena Deepavali: RM 2,315.50 daripada 96 penderma tanpa nama.
        Transaksi FPX 2611283349017 gagal? Sila cuba semula atau hubungi bendahari melalui e-mel bendahari@ppsericempaka.org.my.
        Rekod ringkas kadar bayaran suku keempat: Zon A 94%, Zon B 81%, Zon C 67%, Zon D 58%.
        Harga pelekat kenderaan 2027: RM 5 sekeping, maksimum 3 keping seunit; kad akses tambahan RM 35 (model RFID 125kHz).
        Kutipan tunai di meja pendaftaran setiap Ahad 8 pagi hingga 12 tengah hari di Dewan Serbaguna; sila bawa resit lama untuk semakan.
        Penyata akaun diaudit oleh Tetuan Rahman & Lim Chartered Accountants (AF 001234) akan dibentangkan dalam AGM.
    """),
    ("mixed", "whatsapp_taman"): _lines("""
        [21/11/26, 10:14 PM] Admin PR Taman: Reminder semua, gate belakang tutup pukul 12 malam start Isnin ni ya 🙏
        [22/11/26, 7:02 AM] Pejabat Pengurusan (03-5510 4421): Air akan dipotong 9am–5pm hari ni, kerja-kerja paip di Jalan Anggerik.
        Guys pls jangan share video CCTV dalam group ni, ikut SOP kena bagi kat AJK keselamatan dulu baru report polis.
        Anyone tau kedai kunci yang buka Ahad dekat Jalan Sultan Abdul Samad? Gate lock rosak lah.
        Lampu jalan tiang no. TNB-SL-08812 depan taman permainan dah 2 minggu padam, dah lodge aduan TNB Careline 15454.
        Admin: Group ini untuk penduduk Taman Desa Harmoni sahaja. No jualan, no politik, no forward berita palsu. Langgar 2 kali = remove.
        Bro the boom gate app update to v3.2.1 already, kalau tak boleh login uninstall and install balik.
        Ada 3 ekor anjing liar berkeliaran Jalan Harmoni 7 pagi tadi, dah call MPKj unit kawalan haiwan.
        Poster amaran polis: modus operandi terbaru, penyamar pekerja TNB ketuk pintu minta periksa meter. Jangan buka pintu ya semua!
        Sapa nak join futsal Jumaat malam? Court Dataran Tun Hussein Onn, RM 10 seorang.
        Poll: Gotong-royong 14 Dis atau 21 Dis? ✅ 14 Dis (37 undi) ✅ 21 Dis (22 undi)
        Thanks to all the volunteers semalam, 42 orang turun rondaan malam merdeka, zero incident 👍
        Update: Sampah pukal akan dikutip Rabu ni by Alam Flora, letak tepi jalan bukan atas longkang ok.
        Lori aiskrim Upin & Ipin datang petang ni kat padang 😂 budak-budak dah standby
    """),
    ("ms", "jadual_rondaan"): _lines("""
        JADUAL RONDAAN SRS MINGGU 49/2026 — Kumpulan A: Isnin & Khamis, 11 malam–2 pagi; Kumpulan B: Selasa & Jumaat; Kumpulan C: Rabu, Sabtu & Ahad.
        Titik semak rondaan: CP1 Pondok Pengawal Utama, CP2 Surau Al-Ikhlas, CP3 Taman Permainan, CP4 Pintu Belakang Jalan 9, CP5 Kolam Takungan.
        Setiap kumpulan mesti imbas kod QR di semua 5 titik semak; laporan dijana automatik dalam aplikasi e-Ronda versi 2.8.4.
        Log 03/12/2026 23:47 — CP3 — Tiada kejadian. Lampu taman permainan padam (2 unit). Tindakan: maklum AJK infrastruktur.
        Syarat peserta SRS: berumur 18 hingga 60 tahun, penduduk tetap kawasan KRT, dan telah menghadiri taklimat keselamatan JPNIN.
        Elaun makan peronda RM 10 semalam dibiayai geran JPNIN, tuntutan mesti dihantar sebelum 5 haribulan setiap bulan.
        Log 05/12/2026 01:15 — CP4 — Motosikal tanpa lampu keluar masuk 3 kali; nombor pendaftaran tidak dapat dicatat. Dimaklumkan kepada MPV IPD.
        Ketua Kumpulan B bertanggungjawab membawa walkie-talkie (saluran 7, kod 88.5) dan lampu suluh; kunci stor ada di pondok pengawal.
        Rondaan khas musim cuti sekolah: 16/12/2026 hingga 04/01/2027, tambahan satu pusingan jam 4 pagi.
        Jumlah jam rondaan 2026 setakat November: 1,284 jam oleh 63 sukarelawan berdaftar, purata 3.1 kejadian kecil sebulan.
        Jangan bersemuka dengan suspek. Ambil gambar dari jauh, catat masa dan arah, hubungi 999 atau Balai Polis Bandar Baru Bangi 03-8925 4222.
        Pertukaran giliran mesti dimaklumkan kepada Penyelaras Rondaan sekurang-kurangnya 24 jam lebih awal melalui borang dalam aplikasi.
        Rekod kehadiran Kumpulan C bulan November: 9 daripada 12 malam lengkap, 2 malam batal kerana hujan lebat, 1 malam kurang korum.
    """),
    ("en", "security_vendor_tickets"): _lines("""
        Ticket #GRD-2026-11873 | Site: Taman Desa Harmoni Main Gate | Issue: boom barrier arm stuck open | Priority: P2 | Assigned: Field Tech Team 3
        Firmware ANPR-CAM v4.12.0 (build 7f3a9c1) rolled out to 6 gates; plate recognition accuracy up from 91.2% to 96.8% in night tests.
        Incident summary Oct 2026: 2 attempted break-ins, 1 stolen bicycle, 4 trespassing reports, 0 injuries. Details withheld under our PDPA policy.
        Guard rotation: 12-hour shifts, 3 guards per shift at the main gate plus 1 roving guard; relief guard on standby at HQ Shah Alam.
        Please contact our 24h control room at 1-300-88-7788 or ops@perisaigemilang.com.my for any urgent incident.
        Visitor log export visitors_2026-11.csv: 4,312 entries, columns = date, time_in, time_out, unit_block, purpose; IC column masked by default.
        Change request CR-0457: disable photo capture of visitor MyKad at the guardhouse tablet to follow PDPA guidance from the Commissioner.
        SLA breach: response time for Ticket #GRD-2026-11902 was 47 min against a 30 min target; credit note CN-0098 of RM 450 issued.
        Quotation Q-88213: 8 x 4MP dome camera, 1 x 16-channel NVR, 4TB HDD, installation included, RM 9,860 excl. SST.
        The duty supervisor reported that the intercom at Block D lobby is returning error E-214 after the power trip at 02:10.
        SHA-256 of the CCTV export handed to police: 9b1e4c0f2a77d3e85c6f0b13a4d9e2f7c81a5b6d0e3f94c2a7b8d16e05f3c9a2
        Guard training module SG-07 (Handling Aggressive Visitors) completed by 14 of 16 contract guards; 2 pending re-take.
        Access card batch AC-2027-03 (500 cards, serial 000501 to 001000) received from vendor, pending encoding.
    """),
    ("ms", "amaran_jenayah"): _lines("""
        Statistik jenayah harta benda IPD Kajang Januari–Oktober 2026: pecah rumah turun 18%, curi motosikal naik 6%.
        AMARAN: 4 kes kecurian kabel tembaga dilaporkan di kawasan perumahan Seksyen 7 dalam tempoh seminggu; penduduk diminta peka.
        Laporan Polis No. KAJANG/012345/26 telah dibuat oleh pihak pengurusan berhubung kerosakan pagar pintu belakang.
        Tips keselamatan cuti panjang: pasang pemasa lampu, minta jiran kutip surat, jangan kongsi lokasi percutian di media sosial.
        Kes curi pasu bunga dan kasut di tiga rumah Jalan Harmoni 4 — pihak AJK sedang menyemak rakaman CCTV bersama polis.
        Suspek dalam rakaman CCTV memakai topi keledar merah dan jaket hitam; sesiapa yang mempunyai maklumat sila hubungi balai polis berdekatan.
        Program Ops Cegah Jenayah PDRM bersama KRT akan diadakan 20 Disember, termasuk pemeriksaan kunci dan pemasangan lampu sensor percuma.
        Polis menasihatkan orang ramai menyemak nombor akaun di portal Semak Mule sebelum membuat sebarang pindahan wang.
        Kerugian keseluruhan tiga kes pecah rumah di taman ini tahun lalu dianggarkan RM 47,000, kebanyakannya barang kemas dan komputer riba.
        Sejak pemasangan 12 kamera baharu, bilangan kes kecurian motosikal dalam taman turun daripada 9 kepada 2 kes setahun.
        Seorang remaja berusia 16 tahun ditahan berhubung kes mencuri basikal di kawasan sekolah, menurut kenyataan Ketua Polis Daerah.
        Mohon penduduk tidak membiarkan kenderaan dengan enjin hidup tanpa pengawasan ketika memanaskan kereta pada waktu pagi.
        Video tular kes samun di Jalan Ampang semalam bukan berlaku di taman kita; sila jangan sebarkan tanpa semakan.
    """),
    ("mixed", "aduan_majlis"): _lines("""
        Aduan MBPJ No. 2026-PJ-448120: longkang tersumbat di Jalan SS2/75, status: Dalam Tindakan (Jabatan Kejuruteraan).
        SISPAA ref SPA-20261203-0077 — pokok tumbang hadang lorong belakang Jalan Tun Perak 3; dijangka dibersihkan dalam 48 jam.
        Kerja-kerja menurap semula jalan di Lorong Bunga Raya 2 hingga 6 akan bermula 9 Disember 2026, laluan alternatif melalui Jalan Hang Tuah.
        Template aduan jiran: Saya, [NAMA], penduduk unit [NO. RUMAH], ingin membuat aduan berkenaan [ISU] yang berlaku sejak [TARIKH].
        Aduan bunyi bising karaoke selepas 11 malam boleh dibuat kepada Majlis atau polis; AJK tak ada kuasa keluarkan saman ya.
        Majlis sudah beri notis 14 hari kepada pemilik tanah kosong Lot PT 4421 untuk bersihkan semak, kalau tak Majlis bersihkan dan caj kos.
        Cadangan bonggol jalan di hadapan SK Taman Desa Harmoni telah diluluskan dalam Mesyuarat Jawatankuasa Lalu Lintas MPKj Bil. 11/2026.
        Kenderaan yang diletak di atas laluan pejalan kaki akan diberi notis kompaun RM 100 oleh penguat kuasa Majlis mulai 1 Januari 2027.
        FAQ: Can the persatuan tahan pelekat kenderaan kalau yuran tertunggak? Jawapan: ikut perlembagaan persatuan dan perjanjian dengan pemaju.
        Aduan tanpa nama diterima: ayam berkokok awal pagi. Nota AJK: tiada undang-undang kecil melarang ternakan ayam di lot tepi.
        Hotline Majlis 1-800-88-2026 beroperasi 24 jam untuk aduan banjir kilat dan pokok tumbang.
        Status aduan bulan ini: 27 diterima, 19 selesai, 6 dalam tindakan, 2 ditolak kerana di luar bidang kuasa.
        Tukar tong sampah rosak: isi borang SWCorp di portal, nyatakan nombor siri tong (contoh: SWC-240L-0099812) dan gambar kerosakan.
    """),
    ("en", "forms_rules_config"): _lines("""
        Resident Registration Form — Name: ________ NRIC/Passport: ________ Unit No.: ________ Mobile: ________ Vehicle Plate: ________
        By-law 7: Renovation works are allowed only from 9am to 6pm on weekdays and 9am to 1pm on Saturdays; none on Sundays and public holidays.
        patrol_app.yaml: checkpoints: [CP1, CP2, CP3, CP4, CP5]; scan_radius_m: 25; offline_sync: true; retention_days: 30
        How do I reset the admin PIN on the guardhouse access controller without wiping the card database?
        Data protection notice: personal data collected by the Association is used only for membership, security and billing, and retained for 7 years.
        SELECT zone, COUNT(*) AS unpaid FROM dues WHERE period = '2026-11' AND paid = 0 GROUP BY zone;
        Sample letter: Dear Resident of Unit {unit_no}, our records show outstanding fees of RM {amount} as of {date}. Kindly settle by {due_date}.
        Rule 12: Pets must be leashed in common areas. Owners are responsible for cleaning up after their pets.
        Suggested WhatsApp group rules: one topic per message, no voice notes longer than 1 minute, no forwarding of unverified news.
        Placeholder for the notice board: Contact the Security Chairperson at [phone] or [email] for roster swaps.
        Can a residents' association legally share CCTV footage with an insurance company? Looking for the relevant PDPA section.
        export_visitors.py --month 2026-11 --mask-ic --out visitors_masked.csv
        Community hall booking BK-2027-0015: Dewan Serbaguna, 11 Jan 2027, 2pm to 6pm, purpose: kenduri, deposit RM 200 refundable.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Encik Zulkifli bin Hamzah (No. 23, Jalan Cempaka 3/5) tertunggak yuran keselamatan 7 bulan berjumlah RM 560; surat peringatan kedua dihantar 2/12.
        Salinan MyKad peserta SRS baharu: Mohd Faizal bin Ahmad Rosli, 850923-14-6017, Kumpulan B.
        Tolong hubungi Puan Rohani binti Ismail di 012-784 5310, dia nak tukar giliran rondaan Khamis ni.
        Myvi putih WVK 4821 milik penghuni No. 17 Jalan Harmoni 3 selalu parking depan pagar rumah orang, dah tiga kali ditegur.
        Laporan kecurian: basikal anak Encik Ravi a/l Subramaniam di No. 8, Lorong Bunga Raya 4 dicuri malam tadi, laporan polis telah dibuat.
        Kak Yati rumah hujung Jalan 9 tu baru keluar hospital lepas pembedahan jantung, AJK kebajikan cadang ziarah Sabtu ni.
        Pak Cik Osman tak mampu bayar yuran sebab dah diberhentikan kerja bulan lepas, dia minta pengecualian secara senyap.
        Bayaran yuran Puan Lim Siew Ling tersilap masuk ke akaun Maybank 514288376021 atas namanya sendiri, bukan akaun persatuan — sila semak.
        Aduan jiran: Encik Sivakumar a/l Muniandy (No. 41) mendakwa anjing jirannya Encik Tan Boon Hock (No. 43) menggigit anaknya pada 28/11.
        Pengawal warga Nepal, Dil Bahadur Gurung, pasport PA4728153, permit kerja tamat 15/01/2027 — syarikat perlu perbaharui segera.
        Sila pindahkan bayaran balik deposit dewan kepada Nurul Huda binti Kamarudin, CIMB 8009441277, RM 200.
        Anak sulung Cikgu Halimah kena tangkap polis minggu lepas sebab dadah, jangan sebar dalam group ya.
        E-mel peribadi AJK baharu untuk senarai edaran: azlan.yusof88@gmail.com (Azlan bin Yusof, Bendahari Kehormat).
        Puan Kamala a/p Raman dari Blok C minta AJK rahsiakan bahawa dia sedang dalam proses cerai dan suaminya tidak lagi tinggal di situ.
        Pelawat untuk No. 12 Jalan Anggerik 2: Encik Hafiz bin Jamal, IC 910305-07-5582, kenderaan JQT 772, masuk 9.15 malam.
        Senarai tunggakan: Lot 55 – Chong Kah Wai – 9 bulan; Lot 61 – Norazila binti Saad – 5 bulan; Lot 70 – Prakash a/l Velu – 12 bulan.
        Mak Cik Senah rumah depan surau tu dah nyanyuk, semalam dia keluar rumah tengah malam seorang diri, peronda jumpa dia dekat CP4.
        Gaji pengawal Bangladesh Md Rafiqul Islam belum dibayar 2 bulan, dia mengadu kepada AJK; nombor telefonnya 011-2390 4476.
        Encik Shahrul dari Jalan 5 sebenarnya digantung kerja sebab kes salah laku, sebab itu dia selalu ada di rumah siang hari.
        Borang tuntutan elaun peronda — Nama: Khairul Anuar bin Mat Isa, No. KP: 780412-10-5523, Bank Rakyat 220911458870, Jumlah: RM 80.
        Laporan: rumah Encik Lee Chee Keong di No. 5, Jalan Cempaka 3/1, Taman Seri Cempaka, 43000 Kajang dipecah masuk; barang kemas isterinya bernilai RM 12,000 hilang.
        Pemenang cabutan bertuah AGM: Puan Teoh Bee Lian, No. 88 Jalan Harmoni 6, tel 014-227 6301, hadiah periuk nasi elektrik.
    """),
    "en": _lines("""
        Hi committee, this is Priya d/o Gunasekaran from unit 14-3A, my mobile is 016-421 7789, please add me to the patrol group.
        The guard let in a visitor for Mr. Wong Kah Seng at No. 32 without calling him first; he is furious and wants the CCTV footage from 8pm onwards.
        Auntie Mei Ling at the corner house is undergoing chemo, so please don't schedule her for night patrol this month.
        Resident complaint: Mr. Jeffrey Pereira of No. 19 Jalan Anggerik 2 alleges his neighbour's renovation cracked his kitchen wall and is claiming RM 8,500.
        Card charged twice for the annual dues: Mastercard 5521 4300 7812 3450, cardholder Tan Mei Fong, exp 08/29 — please refund the duplicate RM 960.
        Uncle Ah Keong from Block B has been borrowing money from half the patrol team and hasn't paid anyone back.
        Telegram handle for the new block rep: @farah_blokC_kajang (Farah Nadia binti Rahim), please add her to the announcement channel.
        The landlord of No. 27, Ms Chua Li Ting (SG NRIC S8234517E), now lives in Singapore and wants the arrears notice emailed to her instead.
        The treasurer's husband, Encik Roslan, was the one caught on CCTV scratching the cars on Jalan 7 — please keep this within the committee.
        Contract guard Ramesh s/o Krishnan, FIN G5512873T from his Singapore job, wants his final pay slip sent to ramesh.k1979@yahoo.com.
        Our tenant at No. 44, a Myanmar national named Aung Ko Ko, lost his passport MH482917 during the break-in on Tuesday.
        Mrs. D'Cruz from the blue house told the patrol she is afraid of her son when he drinks; please do an extra round past her gate.
        Please update the access list: Dr. Anand Pillay, No. 6 Lorong Bunga Raya 1, car plate BKR 6630, access cards AC-000612 and AC-000613.
        The committee agreed not to mention at the AGM that Mr. Goh, the ex-chairman, still owes the association RM 3,200 from the 2024 Raya dinner.
    """),
    "mixed": _lines("""
        Bro, nombor Abang Jamal security Blok A ni 013-660 2194, dia on duty malam ni, call terus kalau ada apa-apa.
        Eh the lady from No. 30, Mrs Kavitha, dia pengsan kat taman pagi tadi, ambulance dah bawa pi Hospital Kajang.
        Admin pls remove 017-338 5126 from the group, that's Encik Badrul, dia dah pindah and keep sending MLM.
        Haiya, the same Honda City WKT 8823 parked at the hydrant again lah, owner is Dennis Teoh No. 15 right?
        Kesian Ah Hock, since his wife passed away he's been drinking every night at the pondok, jiran complain bising.
        Tolong share dengan AJK: account untuk refund deposit ialah Public Bank 3-1457820-26, nama Lim Wei Jie, unit C-3-7.
        CCTV screenshot shows Faisal, anak Encik Hamid No. 9, panjat pagar rumah No. 11 pukul 2 pagi. Nak report polis ke settle baik-baik?
        IG @nana.kajang.bakes tu owner dia Nurhana kan, rumah No. 3 Jalan 2? Nak order kek untuk majlis AJK.
        Don't tell the others ah, Mr. Selvam's salary kena potong half because his company restructure, that's why he minta tangguh yuran.
        Lost & found: dompet jumpa kat CP2, dalam ada IC Noraini binti Abdullah 690727-01-6633 dan kad ATM, tuan punya sila claim kat pondok pengawal.
        WeChat ID ahmeng_kj1988 tu Ah Meng punya, dia yang jual CCTV murah tu, but careful he's still bankrupt you know.
        Anak dara Makcik Timah, Lina, pregnant before kahwin, jangan announce dulu ya, family dia pun belum tahu semua.
        Maid Indonesia rumah No. 50, namanya Sri Wahyuni, lari dari majikan semalam, majikan minta ronda tengok-tengokkan area bus stop.
        Guard Bangladeshi tu, Hossain, kena potong gaji RM 300 sebab tertidur masa shift — supervisor dah confirm.
        Ask 陈阿姨 at No. 21 Jalan 3, she saw the thief that night — her number is 012-331 9057, call after 7pm.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You help the committee of a residents' association in Kajang draft letters in Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong draf surat peringatan tunggakan yuran untuk Encik Zamri bin Othman, No. 14 Jalan Cempaka 3/3, tunggakan RM 480 (6 bulan).",
        ),
        (
            "assistant",
            "Tuan, Encik Zamri bin Othman, No. 14 Jalan Cempaka 3/3. Per: Peringatan Tunggakan Yuran. Rekod kami menunjukkan tunggakan yuran keselamatan sebanyak RM 480 bagi tempoh 6 bulan. Mohon jelaskan sebelum 31 Disember 2026.",
        ),
        ("user", "Ok, tambah ayat yang dia boleh bayar ansuran."),
        (
            "assistant",
            "Ditambah: Sekiranya tuan menghadapi kesulitan, bayaran secara ansuran boleh dibincangkan dengan Bendahari Kehormat.",
        ),
    ],
    [
        (
            "user",
            "Summarise this patrol log for the WhatsApp group: 02:40 CP4, peronda Ahmad Fauzi dan Lee Kok Wai nampak lelaki cuba buka pintu kereta di depan No. 36. Suspek lari ke arah sungai.",
        ),
        (
            "assistant",
            "Ringkasan: Pada 02:40 di CP4, dua peronda ternampak seorang lelaki cuba membuka pintu kereta di hadapan sebuah rumah. Suspek melarikan diri ke arah sungai. Penduduk diminta mengunci kenderaan.",
        ),
        ("user", "Good, no need to mention names or house number in the group. Thanks."),
    ],
    [
        ("system", "Assistant for the Taman Desa Harmoni security committee."),
        (
            "user",
            "Boleh ke kita post gambar MyKad suspek dalam group? Nama dia Kumar a/l Raju, IC 830617-08-5141, polis dah tahan dia semalam.",
        ),
        (
            "assistant",
            "Tidak digalakkan. Menyebarkan nombor kad pengenalan dan gambar suspek boleh melanggar PDPA dan menjejaskan siasatan. Cukup maklumkan bahawa seorang suspek telah ditahan dan kes dalam siasatan polis.",
        ),
        ("user", "Faham, so kita tulis general je lah."),
    ],
    [
        (
            "user",
            "Translate to Malay please: Dear Mrs. Ong Sook Kuan of No. 52, your dog has been barking past midnight for two weeks and several neighbours have complained.",
        ),
        (
            "assistant",
            "Puan Ong Sook Kuan, No. 52, anjing puan telah menyalak melepasi tengah malam selama dua minggu dan beberapa jiran telah membuat aduan.",
        ),
        ("user", "Make it a bit softer, she just lost her husband last month."),
        (
            "assistant",
            "Puan Ong Sook Kuan yang dihormati, kami memahami puan sedang melalui masa yang sukar. Dengan rendah hati kami memaklumkan bahawa beberapa jiran terganggu dengan salakan anjing pada waktu malam dan berharap kita dapat mencari jalan penyelesaian bersama.",
        ),
    ],
    [
        ("system", "You format rosters for the Skim Rondaan Sukarela."),
        (
            "user",
            "Format this: Kumpulan A - Ismail bin Daud 019-330 4512, Wong Chee Meng 012-908 2271, Suresh a/l Nadarajah 017-442 6650.",
        ),
        (
            "assistant",
            "KUMPULAN A: 1) Ismail bin Daud — 019-330 4512; 2) Wong Chee Meng — 012-908 2271; 3) Suresh a/l Nadarajah — 017-442 6650.",
        ),
        ("user", "Tambah ketua kumpulan: Ismail."),
        (
            "assistant",
            "KUMPULAN A (Ketua: Ismail bin Daud, 019-330 4512): Wong Chee Meng — 012-908 2271; Suresh a/l Nadarajah — 017-442 6650.",
        ),
    ],
    [
        (
            "user",
            "Draf notis takziah untuk group taman: Allahyarham Haji Mokhtar bin Said, penduduk No. 7 Jalan Anggerik 1, meninggal dunia pagi tadi akibat strok.",
        ),
        (
            "assistant",
            "Innalillahi wainna ilaihi rajiun. Dimaklumkan Allahyarham Haji Mokhtar bin Said, penduduk No. 7 Jalan Anggerik 1, telah kembali ke rahmatullah pagi tadi. Al-Fatihah.",
        ),
        ("user", "Tambah jenazah akan disolatkan di Surau Al-Ikhlas selepas Zohor."),
        (
            "assistant",
            "Ditambah: Jenazah akan disolatkan di Surau Al-Ikhlas selepas solat Zohor dan dikebumikan di tanah perkuburan Islam berhampiran.",
        ),
    ],
    [
        ("system", "You are a bookkeeping helper for a residents' association."),
        (
            "user",
            "Resident paid RM 960 twice using card 4165 8912 0047 7318, name on card Chan Yi Ling, unit B-2-5. How do I record the refund?",
        ),
        (
            "assistant",
            "Record a refund entry of RM 960 against unit B-2-5 with a reference to the duplicate transaction. Keep only the last four digits of the card (7318) in your ledger; do not store the full card number.",
        ),
        ("user", "Noted, will mask it."),
    ],
    [
        (
            "user",
            "Bro how to handle this one ah, the guy at No. 18, Jason Lau, got schizophrenia and last night he was shouting at the guardhouse.",
        ),
        (
            "assistant",
            "Sounds stressful. The guards should stay calm and not confront him, and the committee could quietly contact his family. If anyone is in danger, call 999. Please avoid discussing his diagnosis in the group chat.",
        ),
        ("user", "Ok, I'll call his sister tomorrow, she stays in Cheras."),
    ],
    [
        ("system", "Bantu penduduk menulis kenyataan laporan polis."),
        (
            "user",
            "Saya Lee Mei Yan, IC 880214-10-5236, tinggal di No. 29 Jalan Harmoni 5, Taman Desa Harmoni, 43000 Kajang. Motosikal saya BMW 3390 hilang depan rumah malam tadi.",
        ),
        (
            "assistant",
            "Kenyataan: Saya, Lee Mei Yan (No. KP 880214-10-5236), beralamat di No. 29 Jalan Harmoni 5, Taman Desa Harmoni, 43000 Kajang, ingin melaporkan kehilangan motosikal bernombor pendaftaran BMW 3390 yang diletakkan di hadapan rumah pada malam tadi.",
        ),
        ("user", "Tambah masa: kali terakhir nampak pukul 11.30 malam."),
        (
            "assistant",
            "Ditambah: Motosikal tersebut kali terakhir dilihat pada jam lebih kurang 11.30 malam.",
        ),
    ],
    [
        (
            "user",
            "Need to create an access card record for a new tenant: Park Ji-hoon, Korean passport M48210376, unit A-5-2, move-in 1 Jan 2027.",
        ),
        (
            "assistant",
            "Record: Name Park Ji-hoon; Document: passport M48210376; Unit A-5-2; Move-in 01/01/2027; Cards: to be assigned from batch AC-2027-03.",
        ),
        ("user", "Add his phone 011-5821 3306 as emergency contact."),
        (
            "assistant",
            "Updated: Emergency contact 011-5821 3306 added to the record for unit A-5-2.",
        ),
    ],
]
