# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms134: pusat jagaan kanak-kanak istimewa dan terapi pertuturan di Malaysia (penilaian, jadual terapi, bantuan JKM, laporan ibu bapa, senarai menunggu, kumpulan WhatsApp). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms134
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_pusat"): _lines("""
        NOTIS: Pusat Terapi Pertuturan Cahaya Kasih akan ditutup pada 31 Ogos 2026 sempena Hari Kebangsaan. Sesi Sabtu dianjak ke 5 September 2026, slot masa yang sama.
        Ibu bapa dimaklumkan bahawa Bilik Terapi 2 sedang dicat semula. Semua sesi terapi carakerja (OT) dipindahkan ke Bilik Sensori, Tingkat 1, mulai Isnin ini.
        Untuk pertanyaan senarai menunggu, sila WhatsApp talian rasmi pusat di 011-5620 8841 (Isnin-Jumaat, 9 pagi-5 petang). Mesej hujung minggu dibalas pada hari Isnin.
        Alamat baharu kami: No. 12-1, Jalan PJU 5/20, The Strand Kota Damansara, 47810 Petaling Jaya, Selangor. Parkir percuma di basement B1 untuk keluarga pelanggan.
        Peringatan: Yuran terapi bulan Oktober perlu dijelaskan sebelum 7hb melalui DuitNow QR di kaunter atau pindahan ke akaun syarikat Maybank 5140 8823 6617 (Cahaya Kasih Therapy Sdn Bhd).
        Bengkel Ibu Bapa: 'Memahami Echolalia pada Kanak-Kanak Autisme' - Sabtu 14 Mac 2026, 10.00 pagi, Dewan Komuniti Seksyen 7 Shah Alam. Tempat terhad 40 keluarga, yuran RM20.
        Pusat kami berdaftar dengan JKM di bawah Akta Taman Asuhan Kanak-Kanak 1984 (No. Pendaftaran: JKM/TSK/10/2023/0457) dan SSM 202101028815 (1427790-K).
        Sila bawa buku rekod kesihatan kanak-kanak dan laporan pakar (jika ada) semasa sesi penilaian awal. Penilaian mengambil masa 90 minit dan ibu bapa perlu hadir sepanjang sesi.
        Kelas kumpulan kemahiran sosial 'Kawan Baik Upin & Ipin' untuk umur 4-6 tahun dibuka semula. Maksimum 6 kanak-kanak setiap kumpulan, 8 sesi, RM480 sepakej.
        Mulai 1 Januari 2027, semua pembatalan sesi perlu dimaklumkan sekurang-kurangnya 24 jam lebih awal. Pembatalan lewat dikenakan caj RM50 kecuali dengan sijil cuti sakit.
        Talian pejabat pusat (waktu operasi sahaja): 03-6143 7720. Untuk kes penderaan kanak-kanak, hubungi Talian Kasih 15999 atau WhatsApp 019-261 5999 pada bila-bila masa.
        Program Cuti Sekolah: terapi intensif 2 jam sehari, 5 hari seminggu, 16-27 Jun 2026 di cawangan Kota Damansara. Pendaftaran ditutup apabila 12 tempat penuh.
        Notis privasi: Rakaman video sesi hanya digunakan untuk penyeliaan klinikal dalaman dan dipadam selepas 6 bulan selaras Akta Perlindungan Data Peribadi 2010 (Akta 709).
    """),
    ("ms", "soalan_lazim_bantuan_jkm"): _lines("""
        S: Adakah anak saya perlu memiliki Kad OKU sebelum memohon bantuan JKM? J: Ya, pendaftaran OKU di pejabat JKM daerah diperlukan, disokong laporan pegawai perubatan atau pakar.
        S: Berapa lama proses pendaftaran OKU? J: Lazimnya beberapa minggu selepas borang permohonan lengkap dan laporan perubatan diterima, bergantung kepada pejabat daerah.
        S: Boleh mohon secara dalam talian? J: Boleh, melalui portal eBantuan JKM atau hadir sendiri ke pejabat JKM daerah berhampiran dengan dokumen asal.
        S: Adakah terapi pertuturan di pusat swasta ditanggung JKM? J: Tidak secara langsung. Namun sesetengah PDK di bawah JKM menyediakan terapi asas secara percuma atau dengan yuran nominal.
        S: Apakah itu PDK? J: Program Pemulihan Dalam Komuniti, iaitu pusat berasaskan komuniti untuk OKU yang diselia JKM; terdapat ratusan PDK di seluruh Malaysia.
        S: Anak saya baru berumur 2 tahun, terlalu awalkah untuk penilaian? J: Tidak. Intervensi awal paling berkesan sebelum umur 5 tahun; saringan M-CHAT-R boleh dibuat seawal 16 bulan.
        S: Di mana boleh dapatkan diagnosis autisme secara rasmi? J: Klinik Kesihatan akan merujuk ke pakar pediatrik atau psikiatri kanak-kanak di hospital kerajaan seperti Hospital Kuala Lumpur.
        S: Berapa kos sesi terapi pertuturan di pusat kami? J: RM120 bagi sesi 45 minit; pakej 4 sesi sebulan RM440. Resit boleh digunakan untuk tuntutan pelepasan cukai LHDN, tertakluk syarat.
        S: Bagaimana saya tahu kedudukan anak dalam senarai menunggu? J: Semak status di portal ibu bapa menggunakan nombor rujukan permohonan anda; kemas kini dibuat setiap Jumaat.
        S: Senarai menunggu berapa lama? J: Purata semasa ialah 3 hingga 5 bulan untuk terapi pertuturan individu dan kira-kira 6 minggu untuk kelas kumpulan.
        S: Kepada siapa saya boleh buat aduan? J: E-mel aduan@cahayakasih-therapy.com.my atau telefon pejabat 03-6143 7721. Setiap aduan dijawab dalam 3 hari bekerja.
        S: Adakah pusat menerima kanak-kanak dengan sindrom Down dan cerebral palsy? J: Ya, kami menerima pelbagai diagnosis termasuk ASD, ADHD, GDD, sindrom Down dan CP, tertakluk penilaian awal.
        S: Adakah JKM menyediakan bantuan untuk penjaga OKU? J: Ada bantuan penjagaan OKU terlantar bagi kes tertentu; kelayakan ditentukan oleh pegawai kebajikan selepas lawatan siasatan.
    """),
    ("en", "price_list"): _lines("""
        Initial developmental assessment (speech, language & feeding), 90 min incl. written report: RM450. Report delivered within 14 working days.
        Individual speech therapy session, 45 min: RM130 | Package of 8 sessions (valid 10 weeks): RM960 | Home visit surcharge within 10 km: RM60.
        Occupational therapy 1:1, 60 min: RM150; sensory integration group (max 4 kids), 60 min: RM90 per child per session.
        AAC device trial (per week, refundable deposit RM500): RM80. SKU AAC-TAB-10-MY, pre-loaded with Proloquo2Go and a bilingual BM/English core board.
        Social skills camp, school holidays 16-27 June 2026, 10 days x 3 hrs: RM1,350; sibling discount 10%; early bird before 30 April: RM1,200.
        PECS Phase 1-3 starter kit (laminated cards, velcro strip, A5 binder), item PECS-KIT-03: RM89.90; replacement card pack (100 pcs): RM35.00.
        Written progress report for school or PPKI placement: RM150; urgent (3 working days): RM250. Bahasa Melayu version included at no extra cost.
        Teletherapy via Zoom, 40 min, parent-coaching model: RM100 per session. Invoice prefix TT-2026-; payable by FPX within 48 hours of the session.
        Feeding therapy assessment (oral motor + mealtime observation), 75 min: RM380. Please bring 3 preferred and 3 non-preferred foods in labelled containers.
        Hanen 'It Takes Two to Talk' parent programme, 8 group sessions + 3 video feedback visits: RM2,400 per family, run by a certified facilitator.
        Cancellation less than 24h before: RM50; no-show: full session fee. Prices effective 1 Jan 2026; SST not applicable to healthcare services.
        Sensory room rental for schools & NGOs: RM70/hour, minimum 2 hours, booking ref format SR-YYMMDD-NN, e.g. SR-260314-02.
        CSR sponsorship via our partner association: 1 child x 12 sessions = RM1,560; tax-exempt receipt issued by the association under s44(6) ITA 1967.
    """),
    ("mixed", "kumpulan_whatsapp_staf"): _lines("""
        [09:12] Morning team, Bilik 3 aircond bocor lagi, so slot 10am-12pm kita shift ke Bilik Sensori ya. Maintenance datang lepas lunch.
        [09:15] Noted. Btw stock laminating pouch A4 dah habis, nak order 2 kotak from Popular ke Shopee? Shopee lagi murah, RM38.90 sekotak.
        [10:02] Reminder semua: audit JKM datang Khamis 10am. Pastikan fail kehadiran, sijil first aid dan pelan kecemasan dah update dalam binder merah.
        [10:40] Printer kat front desk jam again 🙃 hotline vendor printer 03-7956 2210 ada atas sticker tepi mesin, siapa free tolong call before 12.
        [11:05] Kes baru slot Selasa 3pm confirmed, guna assessment form versi 4.2 ya, bukan yang lama. Template ada dalam Google Drive > Intake > 2026.
        [12:30] Lunch order from Nasi Kandar Pelita, sesiapa nak tambah roti canai tapau reply before 12:45. GrabFood order #GF-2603-88412.
        [14:20] Slide untuk parent talk Sabtu dah upload, tajuk 'Bila Anak Belum Bercakap'. Tolong check typo, esp. slide 7 pasal milestone 18 bulan.
        [15:10] FYI Zoom account pusat expire 20 Mac, admin dah renew annual plan RM690, invoice INV-ZM-2026-0311 ada dalam email accounts.
        [15:45] Siapa pinjam iPad AAC nombor 3? Bateri tinggal 5%, please charge before balik, esok pagi ada 2 sesi guna device tu.
        [16:30] Waiting list update: 27 kes untuk ST individu, 9 untuk OT, 4 untuk feeding. Boss kata kita buka slot Sabtu petang bulan depan.
        [17:05] Jangan lupa submit CPD points before end of month, MASH workshop hari tu dapat 6 points. Link form ada dalam group email.
        [17:20] Kunci bilik stor saya letak dalam laci kaunter no. 2 ya, esok saya cuti half day. Cover slot 9am dah arrange dengan team OT.
        [18:02] Last reminder: parking basement tutup Sabtu ni sebab servis lif, parents boleh park kat Jalan PJU 5/21 depan 7-Eleven. Tolong forward ke parents group.
    """),
    ("en", "config_and_code"): _lines("""
        scheduler.yaml: timezone: Asia/Kuala_Lumpur, session_length_min: 45, buffer_min: 15, rooms: [R1, R2, SENSORY], max_daily_slots: 28
        CREATE TABLE waiting_list (ref_no VARCHAR(16) PRIMARY KEY, service_code CHAR(3), referred_on DATE, priority SMALLINT DEFAULT 3, status VARCHAR(12));
        2026-03-14T09:15:22+08:00 INFO booking.service slot=R2-0930 service=ST status=CONFIRMED latency_ms=84 req_id=7f3a9c21
        2026-03-14T09:16:07+08:00 WARN sms.gateway provider=MY-SMS-01 sender_id=CAHAYAKSH retry=2 reason=THROTTLED queue_depth=113
        CSV header: ref_no,service_code,assessment_date,therapist_grade,session_count,funding_source,waitlist_weeks,discharge_reason
        def weeks_waiting(referred_on: date, today: date) -> int: return max(0, (today - referred_on).days // 7)  # waitlist dashboard v2.3.1
        SMTP_HOST=smtp.example.com SMTP_PORT=587 SMTP_FROM=noreply@example.com NOTIFY_TEMPLATE=reminder_24h_bm.txt MAX_RETRIES=3
        release v3.8.0 (2026-02-27): add bilingual BM/EN progress report template, fix double-booking bug in R2, commit 4e91b0c2d7a5
        sha256(report_template_v5.docx) = 9c1d4e7a2b38f06c5a91e0d7c3b2a8f4e6d1c09b7a3e5f2d8c4b6a0e9f1d3c7b
        GET /api/v2/slots?service=OT&from=2026-04-01&to=2026-04-30&room=SENSORY HTTP/1.1 200 1843ms cache=MISS
        cron: 0 7 * * 1-5 /opt/pusat/bin/send_reminders --lang=ms --channel=whatsapp --dry-run=false  # WhatsApp Business API
        feature_flags: {aac_board_editor: true, jkm_claim_export: false, parent_portal_v2: true, max_upload_mb: 25}
        Error 422: field 'mykad_no' must match pattern ^[0-9]{6}-[0-9]{2}-[0-9]{4}$ (placeholder 000000-00-0000 rejected)
    """),
    ("ms", "peraturan_dan_garis_panduan"): _lines("""
        Akta Orang Kurang Upaya 2008 (Akta 685) mentakrifkan OKU sebagai mereka yang mempunyai kekurangan jangka panjang fizikal, mental, intelektual atau deria.
        Di bawah Akta Taman Asuhan Kanak-Kanak 1984 (Akta 308), premis yang menjaga empat atau lebih kanak-kanak di bawah umur empat tahun wajib berdaftar dengan JKM.
        Akta Profesion Kesihatan Bersekutu 2016 (Akta 774) mewajibkan ahli terapi pertuturan-bahasa berdaftar dengan Majlis Profesion Kesihatan Bersekutu sebelum beramal.
        SOP Pusat 3.2: nisbah ahli terapi kepada kanak-kanak bagi kelas kumpulan ialah 1:4; bagi kanak-kanak dengan tingkah laku mencederakan diri, nisbah 1:1.
        SOP 5.1 Pengendalian Rekod: fail klinikal disimpan dalam kabinet berkunci di Bilik Rekod; akses digital memerlukan 2FA dan log audit disemak setiap bulan.
        SOP 5.4: Sebarang pendedahan maklumat klien kepada pihak sekolah, JKM atau hospital memerlukan persetujuan bertulis ibu bapa menggunakan Borang PK-07.
        Garis panduan keselamatan: kanak-kanak hanya diserahkan kepada individu yang tersenarai dalam borang pengambilan; pengambil lain mesti bawa surat kebenaran.
        Mana-mana kakitangan yang mengesyaki penderaan atau pengabaian wajib melaporkan kepada Pegawai Pelindung JKM selaras Akta Kanak-Kanak 2001 (Akta 611).
        Program Pendidikan Khas Integrasi (PPKI) di sekolah KPM menerima murid berkeperluan pendidikan khas; pendaftaran memerlukan pengesahan pengamal perubatan.
        Dasar yuran: yuran yang telah dibayar tidak dikembalikan kecuali pusat membatalkan sesi; kredit sesi sah selama 60 hari dari tarikh pembatalan.
        Semua kakitangan baharu perlu lulus saringan Daftar Kanak-Kanak JKM dan menghadiri kursus Pertolongan Cemas sebelum dibenarkan mengendalikan sesi.
        Kod Etika profesional: ahli terapi tidak boleh menjanjikan keputusan terapi dan mesti merujuk klien kepada profesional lain jika kes di luar skop amalan.
        Kebersihan: mainan terapi dibasmi kuman dengan larutan alkohol 70% selepas setiap sesi; bahan sensori seperti playdough dan pasir kinetik diganti setiap minggu.
    """),
    ("mixed", "ulasan_perniagaan"): _lines("""
        ★★★★★ Pusat ni memang best, therapist sangat sabar dan explain homework dengan jelas. Parking senang, waiting area ada mainan. Recommended for speech delay.
        ★★☆☆☆ Waiting list lama gila, dah 4 bulan still belum dapat slot. Admin reply WhatsApp pun lambat. Hope management improve soon.
        ★★★★☆ Harga agak mahal RM130 sesi tapi report assessment sangat detail, siap ada goals 3 bulan. Cuma bilik menunggu agak panas waktu petang.
        Review for Kedai Mainan Edukasi Pak Long, Bangsar: banyak flashcards BM & English, staff friendly, tapi barang sensory tak banyak pilihan. 4/5.
        Bought the TalkTools straw kit from Shopee seller AutismSupplies.my, order #250318KJ2F9X, sampai dalam 3 hari, packaging kemas. 5 bintang.
        Klinik Kanak-Kanak Dr. Sofea cawangan Setia Alam: dapat appointment dalam seminggu, surat rujukan ke speech therapist terus diberi. Konsultasi RM180.
        ★★★★★ Program Hanen untuk parents sangat membuka mata. Lepas 8 minggu baru faham kenapa kena OWL - Observe, Wait, Listen. Worth every sen.
        Kafe 'Teh Tarik Ali' di Shah Alam ada sensory-friendly hour setiap Ahad 9-11 pagi, lampu dimmed dan muzik ditutup. Bagus untuk family autisme.
        ★☆☆☆☆ Sudah bayar deposit RM500 untuk AAC trial tapi device rosak hari kedua. Refund ambil masa 3 minggu. Not happy with the service at all.
        Reply from owner: Terima kasih atas maklum balas. Kami telah tambah 2 ahli terapi baharu Mac 2026 untuk kurangkan senarai menunggu. - Pengurusan Cahaya Kasih
        Taman permainan inklusif baru dekat Seksyen 13 Shah Alam memang recommended, ada buaian kerusi roda dan sensory panel. Tandas OKU pun bersih.
        Ulasan Lazada: Weighted blanket kanak-kanak 3kg, SKU WB-KID-3KG-BLU, jahitan kemas tapi saiz lebih kecil dari gambar. 3 bintang, seller respond cepat.
        ★★★★☆ Speech therapy online dengan pusat ni okay untuk keluarga di Sabah, cuma internet kadang lag. Jadual fleksibel, boleh pilih slot waktu malam.
    """),
    ("ms", "sejarah_dan_tokoh_awam"): _lines("""
        Leo Kanner, pakar psikiatri di Johns Hopkins, menerbitkan makalah 'Autistic Disturbances of Affective Contact' pada 1943, antara huraian klinikal terawal tentang autisme.
        Pada 1944, Hans Asperger di Vienna menerangkan sekumpulan kanak-kanak dengan ciri autistik; istilah sindrom Asperger dipopularkan oleh Lorna Wing pada 1981.
        Helen Keller, yang pekak dan buta sejak kecil, belajar berkomunikasi melalui ejaan jari dengan bimbingan gurunya Anne Sullivan bermula tahun 1887.
        Temple Grandin, profesor sains haiwan di Colorado State University, terkenal dengan ungkapan 'different, not less' dalam ceramah tentang autisme.
        NASOM (Persatuan Autisme Kebangsaan Malaysia) ditubuhkan pada 1987 oleh ibu bapa dan profesional, dan kini mengendalikan pusat intervensi di beberapa negeri.
        Watak Julia dari Sesame Street, boneka pertama dengan autisme dalam siri itu, diperkenalkan pada 2017 untuk meningkatkan kefahaman kanak-kanak tentang autisme.
        Sekolah Pendidikan Khas Princess Elizabeth di Johor Bahru, dibuka pada 1948, antara institusi terawal untuk murid cacat penglihatan di Tanah Melayu.
        Hari Kesedaran Autisme Sedunia disambut setiap 2 April selepas resolusi Perhimpunan Agung PBB diluluskan pada Disember 2007.
        Anne Sullivan sendiri mengalami masalah penglihatan dan belajar di Perkins School for the Blind sebelum menjadi guru kepada Helen Keller.
        Lev Vygotsky memperkenalkan konsep zon perkembangan proksimal (ZPD), yang masih digunakan ahli terapi untuk merancang 'scaffolding' dalam terapi bahasa.
        Jawatan Menteri Pembangunan Wanita, Keluarga dan Masyarakat disandang oleh Dato' Sri Nancy Shukri sejak Disember 2022; JKM berada di bawah kementerian tersebut.
        Maria Montessori mula membangunkan kaedahnya ketika bekerja dengan kanak-kanak kurang upaya intelektual di Rom sebelum membuka Casa dei Bambini pada 1907.
        Kaedah PECS dibangunkan oleh Andy Bondy dan Lori Frost di Delaware Autistic Program pada 1985, dan kini digunakan secara meluas di pusat terapi Malaysia.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Nur Aisyah binti Kamarulzaman, 4 tahun, didiagnos Autism Spectrum Disorder (Level 2) oleh pakar pediatrik HKL pada 12/02/2026; dirujuk untuk terapi pertuturan 2x seminggu.
        No. MyKid anak: 210917-10-6634, nama Muhammad Danish Haikal bin Azlan, alamat No. 8, Jalan Kenari 3, Taman Sri Andalas, 41200 Klang.
        Ibu kepada Adam Rayyan (kes ST-0412) memaklumkan suaminya baru ditahan polis minggu lepas dan dia sukar hantar anak ke sesi; minta tangguh yuran bulan ini.
        Puan Rohana Mat Isa, penjaga tunggal, berhutang yuran terapi RM2,340 sejak Jun; akan bayar ansuran RM200 sebulan mulai gaji September.
        Senarai menunggu #27: Iman Sofea binti Hairul, 3 thn 2 bln, GDD, bapa: Hairul Nizam 013-447 2091, Kajang. Tarikh rujukan 05/01/2026.
        Tolong hubungi Encik Faizal, bapa kepada Harith, di 019-882 6150 selepas 6 petang sahaja, beliau bekerja syif malam di kilang.
        Laporan ibu bapa: Sejak saya dan suami bercerai Mac lalu, Luqman (5 tahun) semakin kerap mengamuk dan berhenti bercakap bila tinggal di rumah nenek di Seremban.
        Permohonan bantuan JKM: pemohon Siti Khadijah binti Omar, No. KP 880723-06-5128, pendapatan isi rumah RM1,650, anak OKU pendengaran, tinggal di PPR Lembah Subang blok C-12-07.
        Cikgu Ramlah dah sahkan anak Puan Azura, Aqil, akan ke PPKI SK Seksyen 9 tahun depan; Puan Azura sedang hamil 7 bulan anak ketiga.
        Pindahan refund gagal: RM480 kepada Zulkifli bin Hamzah, CIMB 7063 2419 85, sila semak semula nama pemegang akaun sebelum cuba lagi.
        Kereta yang ambil Alya setiap Rabu ialah Perodua Axia putih WYD 6192, dipandu datuknya Haji Mansor. Jangan lepaskan kepada orang lain.
        Nota sesi 14/03: Puan Suraya menangis, beritahu dia baru diberhentikan kerja dan gaji suami hanya RM2,100; risau tak mampu teruskan terapi Ilham.
        E-mel bapa Aryan untuk hantar laporan kemajuan: kamal.hafiz88@gmail.com, salinan kepada ibu di nora.aziz.kl@yahoo.com.
        Borang Pengambilan | Nama: Putri Nur Damia | T.lahir: 03/08/2021 | Diagnosis: Sindrom Down | Alergi: kacang | Penjaga: Noraini Ismail 012-663 0478
        Kad OKU No. OKU-M/2023/118745 atas nama Wan Muhammad Irfan bin Wan Zaki, kategori Masalah Pembelajaran, dikeluarkan JKM Daerah Petaling.
        Encik Rizal (bapa Hana) maklumkan dia didiagnos kanser usus tahap 3, jadi isteri yang akan hantar Hana ke semua sesi mulai bulan depan.
        Alamat lawatan rumah: Lot 1127, Kampung Sungai Merab Luar, 43000 Kajang - rumah Puan Hasnah, anaknya Amirul guna kerusi roda dan tiub makan.
        Status WhatsApp Puan Liyana ada gambar anaknya Dhia dengan caption 'hari pertama terapi' - dia minta admin jangan share semula dalam group umum.
        Tunggakan: Tengku Nadia Tengku Razak - RM3,120 (8 bulan). Surat peringatan kedua dihantar ke No. 21, Jalan Setia Indah U13/22A, Setia Alam.
        Muhammad Ammar (6 thn) ada rekod sawan epilepsi, ambil sodium valproate 200mg dua kali sehari; ibu: Farahin 017-305 9924.
        Pegawai JKM Daerah Hulu Langat sahkan Aina Batrisya binti Roslan layak bantuan RM300 sebulan mulai April; bayaran ke akaun BSN ibunya 1410 0293 4455 7812.
        Kes rujukan sekolah: Darwisy, murid Tahun 1 SK Taman Medan, disyaki disleksia dan sering dibuli; bapa tirinya dilaporkan ganas di rumah, perlu rujuk Pegawai Pelindung.
    """),
    "en": _lines("""
        Assessment summary for Ethan Lim Jun Hao (DOB 11/06/2020): receptive language at 30-month level, expressive at 18 months; mother reports family history of hearing loss.
        Parent contact: Mrs Priya Ramasamy, 016-228 7715, priya.ramasamy83@hotmail.com, prefers WhatsApp, Tamil-speaking household.
        Waitlist CSV row: WL-2026-088,Chloe Tan Xin Yi,2021-09-02,ASD,Puchong,012-774 3106,priority 2
        Teletherapy client from Singapore: Ryan Goh, father's NRIC S1678342H, billing address Blk 415 Bedok North Ave 2, #08-233, Singapore 460415.
        Mr Arjun Nair asked us not to share Kavin's session times with his ex-wife because of an ongoing custody case at the Shah Alam High Court.
        Session note: Sofia (4) arrived with bruises on both forearms; mum said she fell, but this is the third time this month. Flagged to supervisor.
        Invoice INV-2026-0317 billed to Mr Daniel Wong Kah Seng, 22 Jalan SS 2/64, 47300 Petaling Jaya; RM1,040 still outstanding after 60 days.
        Pick-up car for Jonathan: grey Honda City, plate BNK 3381, usually driven by his grandmother Madam Lee Siew Lan.
        Please note Aiden's mother, Jessica Chong, is undergoing chemotherapy; sessions moved to Saturdays when his aunt can bring him.
        Login audit: user hazwani.rahim91@gmail.com viewed progress report of child ID C-1043 (her son Naufal) from IP 175.139.22.81 at 22:14.
        Consent form signed by grandfather Mr Chan Tak Wing, HKID K482913(6), visiting from Hong Kong to accompany his grandson Lucas.
        Feeding note: Mikail, 3, eats only white rice and Marie biscuits, weight 11.2 kg (below 3rd percentile); parents Ahmad and Syafiqah to see dietitian.
    """),
    "mixed": _lines("""
        Eh admin, Mummy Nadia (anak dia Zara, ASD) dah 3 bulan tak bayar, total RM1,560 now. Dia cakap husband kena retrench, boleh bagi extension?
        Parents group: Hi all, saya mama Ayden, nombor baru saya 011-2876 4410 ya, yang lama hilang. Please save.
        Ah Boy's grandma called, dia kata Ah Boy (Tan Jun Kai) kena admit Hospital Serdang sebab pneumonia, cancel all sessions this week.
        Bro, Mr Kumar punya Grab driver salah pick-up lagi. Rumah dia: 15, Lorong Bukit Raja 2, Taman Bukit Raja, 41150 Klang, please pin location betul.
        Update JKM claim: IC ibu 900214-14-6672 (Norhayati), anak Ikhwan, semua dokumen dah lengkap, cuma bank statement Bank Rakyat belum ada.
        Guys, jangan sebut pasal Puan Mei Ling punya divorce depan anak dia Ethan ya, budak tu sensitive sangat. Just focus terapi.
        Therapist note: Adib's mum shared she's pregnant with twins, due Nov, so after Oct kita switch to teletherapy. Tel ibu: 014-936 2287.
        Parent feedback from Papa Hakimi: 'Cikgu, Hakimi sekarang boleh sebut 20 perkataan!' Dia minta report dihantar ke hakimi.papa@gmail.com.
        Waiting list FYI: Baby Qaseh (Qaseh Humaira bt Shahrul), 22 bulan, hearing aid both ears, ibu Dr. Shazwani kerja HKL, boleh slot Sabtu je.
        Auntie Lim (Lim Bee Hoon) from Taman Connaught tanya boleh bayar cash RM600 untuk cucu dia Jayden, sebab dia tak ada online banking.
        Photo consent: parents Dhanya & Suresh Pillai TAK setuju gambar anak Meera dipost kat IG/FB pusat. Please blur in all event photos.
        Boss, kereta kat staff parking tu sebenarnya bapa Irfan punya, VEP 2710, dia kerja malam, tidur dalam kereta tunggu anak habis sesi.
        Ms Fiona Teo PM me: dia nak guna Singapore FIN G7283014N untuk daftar anak dia Caleb, family baru pindah JB from SG.
        Reminder to self: call balik Puan Zaleha 012-907 3348 pasal Wafiy punya behaviour - dia kata ayah Wafiy ada masalah dadah, budak takut nak balik rumah.
        Maybank2u ref MBB260314-22817, RM440 from ROSLINDA BT ABD GHANI for 'yuran ST Irdina Mac'. Tolong match dengan invoice please.
        Kak Long, bapa Umar tu pernah diisytihar bankrap tau, so jangan bagi credit term. Mintak bayar upfront je.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Tolong saya tulis surat permohonan bantuan kepada JKM Daerah Klang. Nama saya Norazlina binti Yusof, No. KP 860512-10-5344, ibu tunggal. Anak saya Muhammad Aniq, 5 tahun, autisme dan belum bercakap. Gaji saya RM1,800 sebagai kerani.",
        ),
        (
            "assistant",
            "Baik Puan Norazlina. Berikut draf ringkas: 'Tuan/Puan, saya Norazlina binti Yusof (No. KP 860512-10-5344) memohon bantuan kewangan bagi anak saya Muhammad Aniq, 5 tahun, yang didiagnos autisme ...' Puan perlu lampirkan laporan doktor, salinan Kad OKU anak dan penyata gaji.",
        ),
        (
            "user",
            "Alamat saya No. 33, Jalan Sungai Bertek 5, Taman Sri Bertek, 41200 Klang. Masukkan sekali dan sebut saya ada hutang PTPTN RM14,000 yang belum habis.",
        ),
        (
            "assistant",
            "Sudah saya masukkan alamat tersebut di bahagian atas surat. Untuk hutang PTPTN, saya cadangkan sebut dalam perenggan komitmen kewangan: 'Saya juga menanggung baki pinjaman PTPTN sebanyak RM14,000.' Ini membantu pegawai menilai beban isi rumah.",
        ),
    ],
    [
        (
            "system",
            "You are the booking assistant for Cahaya Kasih Therapy. Current client: Jaden Ong Zi Xuan, 6, ASD, slot Tue 3pm with the ST team. Parent: Mrs Karen Ong, 012-588 3019.",
        ),
        (
            "user",
            "Hi, this is Karen. Jaden has a fever and the paediatrician suspects dengue, can we cancel tomorrow's session without the RM50 charge?",
        ),
        (
            "assistant",
            "I'm sorry to hear Jaden is unwell, Mrs Ong. With a medical certificate the late-cancellation charge is waived. Please send a photo of the MC via WhatsApp and I'll release Tuesday's 3pm slot.",
        ),
        (
            "user",
            "Thanks. Also please update my email to karen.ong.kl@gmail.com, the old one no longer works.",
        ),
        (
            "assistant",
            "Done, your contact e-mail is now karen.ong.kl@gmail.com. Would you like me to pencil Jaden in for next Tuesday at 3pm, subject to his recovery?",
        ),
    ],
    [
        (
            "user",
            "Can help me summarise this session note ah? 'Harraz (4y) hari ni very dysregulated, hit his head on the wall 3x. Mum Puan Syazana cakap dia tak tidur sebab ayah dia baru masuk penjara minggu lepas.'",
        ),
        (
            "assistant",
            "Summary: Harraz (4) showed significant dysregulation with three episodes of head-banging. Mother (Puan Syazana) reports sleep disruption following a recent major family change (father's incarceration). Recommend safety plan for self-injury and referral to the centre's counsellor.",
        ),
        ("user", "Ok good. Should I share this with his kindergarten teacher?"),
        (
            "assistant",
            "Only with Puan Syazana's written consent, and I'd leave out the detail about the father. The teacher only needs to know about the head-banging triggers and the calming strategies that work for Harraz.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu pentadbiran pusat terapi. Data senarai menunggu: 1) Nur Hidayah bt Zakaria, 3 thn, ibu 013-221 5846; 2) Arif Danial bin Osman, 4 thn, bapa 019-335 7702; 3) Sara Alya bt Kamal, 2 thn, ibu 011-1093 4458.",
        ),
        (
            "user",
            "Slot Khamis 10 pagi dah kosong. Siapa patut dapat dulu dan tolong draf mesej WhatsApp untuk keluarga tu.",
        ),
        (
            "assistant",
            "Ikut urutan senarai, Nur Hidayah bt Zakaria layak dahulu. Draf: 'Assalamualaikum Puan, slot terapi pertuturan untuk Nur Hidayah kini tersedia setiap Khamis 10 pagi. Mohon sahkan sebelum Isnin.' Hantar ke 013-221 5846.",
        ),
        ("user", "Kalau ibu Hidayah tak balas sampai Isnin?"),
        (
            "assistant",
            "Tawarkan kepada keluarga kedua, iaitu bapa Arif Danial di 019-335 7702, dan kekalkan Nur Hidayah di kedudukan teratas untuk slot seterusnya.",
        ),
    ],
    [
        (
            "user",
            "Hello, I'm in Singapore and want online speech therapy for my son Marcus Tay, 5. My NRIC is S8123456F if you need it for registration. Do you accept PayNow?",
        ),
        (
            "assistant",
            "Hi! We don't need your full NRIC for teletherapy registration; a name and contact number are enough, so please avoid sending ID numbers over chat. We accept PayNow through our Singapore partner account and card payments via our portal.",
        ),
        (
            "user",
            "Ok. My number is +65 9123 4870 and Marcus was diagnosed with childhood apraxia of speech at KK Hospital last month.",
        ),
        (
            "assistant",
            "Thank you. I've noted +65 9123 4870 as your contact. With a diagnosis of childhood apraxia of speech, we'd recommend two 40-minute sessions weekly using a motor-based approach. Could you e-mail the KK Hospital report before the first session?",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis mesej WhatsApp yang sopan tapi tegas untuk Encik Shahrizal bin Mokhtar, bapa Alisha. Tunggakan dia RM1,980 sejak Mei, nombor dia 017-662 4093.",
        ),
        (
            "assistant",
            "Draf: 'Assalamualaikum Encik Shahrizal. Kami ingin memaklumkan baki yuran terapi Alisha berjumlah RM1,980 masih belum dijelaskan sejak Mei. Mohon hubungi kami untuk pelan ansuran sebelum 30hb. Terima kasih.'",
        ),
        (
            "user",
            "Boleh tambah sikit yang kalau tak bayar, slot Alisha kita bagi kat waiting list?",
        ),
        (
            "assistant",
            "Boleh: 'Sekiranya tiada maklum balas sebelum 30hb, kami terpaksa menawarkan slot Alisha kepada keluarga dalam senarai menunggu.' Saya cadangkan hantar secara peribadi ke 017-662 4093, bukan dalam group ibu bapa.",
        ),
    ],
    [
        (
            "user",
            "Saya Farah, anak saya Iqbal 3 tahun ada speech delay. Sejak dia didiagnos saya rasa sangat murung, dah 2 bulan ambil ubat antidepresan dari Klinik Kesihatan Bangi. Suami pula kerja offshore.",
        ),
        (
            "assistant",
            "Terima kasih kerana berkongsi, Puan Farah. Apa yang puan rasa adalah perkara biasa bagi ibu bapa selepas diagnosis. Teruskan rawatan dengan doktor di Klinik Kesihatan Bangi, dan jika perlu sokongan segera, Talian HEAL 15555 tersedia.",
        ),
        (
            "user",
            "Macam mana saya nak buat latihan bercakap dengan Iqbal di rumah bila saya sendiri penat?",
        ),
        (
            "assistant",
            "Mulakan kecil: 10 minit sehari semasa rutin mandi atau makan. Namakan objek yang Iqbal pegang, tunggu 5 saat untuk dia cuba, dan puji setiap percubaan. Tak perlu sempurna, yang penting konsisten.",
        ),
    ],
    [
        (
            "user",
            "Dedupe these waitlist rows please: WL-071,Amelia Chan,2022-01-15,012-998 3021 | WL-084,Amelia Chan Hui Min,2022-01-15,012-998 3021 | WL-090,Rayyan Hakim,2021-07-30,016-401 7735",
        ),
        (
            "assistant",
            "WL-071 and WL-084 look like the same child: same date of birth (2022-01-15) and same phone number 012-998 3021, with WL-084 carrying the fuller name Amelia Chan Hui Min. Keep WL-071 for its earlier queue position and update the name. WL-090 (Rayyan Hakim) is unique.",
        ),
        ("user", "Great, merge them and output the final CSV."),
        (
            "assistant",
            "ref_no,name,dob,phone / WL-071,Amelia Chan Hui Min,2022-01-15,012-998 3021 / WL-090,Rayyan Hakim,2021-07-30,016-401 7735",
        ),
    ],
    [
        (
            "system",
            "Anda membantu ahli terapi menulis laporan kemajuan untuk sekolah. Rekod klien: Nurul Iman binti Fadzil, 7 tahun, murid Tahun 1 SK Bukit Jelutong, ASD Level 1, 24 sesi sejak Jan 2026.",
        ),
        ("user", "Tolong draf perenggan pembukaan laporan untuk guru kelas Nurul Iman."),
        (
            "assistant",
            "Draf: 'Laporan ini merumuskan kemajuan Nurul Iman binti Fadzil, 7 tahun, yang telah menghadiri 24 sesi terapi pertuturan sejak Januari 2026. Beliau didiagnos Autism Spectrum Disorder (Level 1) dan kini menunjukkan peningkatan dalam perbualan dua hala.'",
        ),
        ("user", "Perlu ke sebut diagnosis dalam laporan untuk sekolah?"),
        (
            "assistant",
            "Hanya jika ibu bapa Nurul Iman memberi persetujuan bertulis. Jika tidak, tulis 'keperluan komunikasi sosial' dan fokus pada strategi kelas yang membantu.",
        ),
    ],
    [
        (
            "user",
            "Situation: parents Hafiz and Dayana dah divorce, mahkamah bagi hak jagaan kepada Dayana. Tapi Hafiz datang centre nak tengok progress report anak, Adriana, 5 years old. Boleh ke kita bagi?",
        ),
        (
            "assistant",
            "Ikut perintah mahkamah dan borang persetujuan. Jika Dayana sebagai penjaga sah tidak memberi kebenaran bertulis, lebih selamat jangan serahkan laporan Adriana kepada Hafiz. Minta dia kemukakan salinan perintah mahkamah jika dia dakwa ada hak akses.",
        ),
        (
            "user",
            "Dia cakap dia ada perintah akses tiap Sabtu. Number dia 016-773 0218, dia marah gila tadi.",
        ),
        (
            "assistant",
            "Hak akses untuk berjumpa anak tidak semestinya termasuk akses kepada rekod klinikal. Maklumkan Hafiz secara bertulis bahawa pusat perlu persetujuan Dayana dan salinan perintah. Rekodkan insiden hari ini dan elakkan berbincang melalui telefon jika dia masih marah.",
        ),
        ("user", "Ok noted, thanks."),
    ],
]
