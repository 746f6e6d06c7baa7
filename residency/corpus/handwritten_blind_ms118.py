# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms118: futsal and badminton courts, leagues and academies in Malaysia. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms118
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "tempahan_gelanggang"): _lines("""
        Tempahan #BK-2611-04871 disahkan: Gelanggang Futsal 3 (rumput sintetik), Sabtu 14/11/2026, 9:00–11:00 malam. Jumlah RM180.00, deposit RM50 diterima.
        BK-2611-04902 | Badminton Court 7 | 06:00-08:00 | STATUS: CANCELLED (hujan lebat, bumbung bocor) | refund RM40 ke kad asal dalam 7-14 hari bekerja
        Slot peak hour (6pm–11pm) Isnin–Jumaat RM30 sejam untuk gelanggang badminton, non-peak RM18 sejam.
        Kod QR masuk: ARS-QR-7F3A9C21. Sila imbas di pintu pagar 15 minit sebelum slot bermula.
        Gelanggang 2 dan 4 ditutup untuk penyelenggaraan lantai PU dari 1 hingga 3 Disember 2026.
        Tempahan berulang setiap Rabu 8-10pm untuk 12 minggu: 12 slot x RM120 = RM1,440. Invois INV-ARS-2026-00318.
        Booking gagal: slot 20:00 Gelanggang 5 sudah diambil. Cuba 21:00 atau Gelanggang 6.
        Ringkasan minggu 47: 312 tempahan, 41 dibatalkan, kadar penggunaan gelanggang 78%, puncak pada Jumaat 9pm.
        Pelanggan A tempah 4 slot tapi tak datang — polisi: deposit hangus selepas 2 kali no-show.
        Sewa raket RM5 sesi, shuttlecock Yonex AS-30 RM118 setong (12 biji), kasut futsal tidak disewakan.
        Tempahan korporat Hari Sukan Syarikat: Dewan A (6 gelanggang) 8am–1pm, pakej RM1,250 termasuk air mineral 48 botol.
        Sistem: slot 22:00-23:00 Court 1 dilepaskan semula selepas bayaran tidak diterima dalam 15 minit (TXN FPX-88210457).
        Lampu LED gelanggang futsal sudah ditukar, bacaan baru 750 lux — sesuai untuk siaran langsung pertandingan peringkat negeri.
    """),
    ("ms", "notis_liga"): _lines("""
        NOTIS: Liga Futsal Komuniti Petaling Jaya Musim 2027 buka pendaftaran 1 Januari. Yuran pasukan RM650, maksimum 12 pemain setiap pasukan.
        Peraturan 7.3: Pemain yang menerima dua kad kuning dalam perlawanan berbeza akan digantung satu perlawanan.
        Jadual Minggu 5 Divisyen 2: Team Rimau vs Anak Kampung FC (8.00mlm, Gel. 1), Sri Muda United vs Kelab Belia Seksyen 7 (9.00mlm, Gel. 2).
        Setiap pasukan wajib hantar senarai 12 pemain beserta salinan kad pengenalan kepada urus setia sebelum 15 Januari; senarai tidak lengkap tidak akan diproses.
        Keputusan akhir Piala Datuk Bandar 2026: Kelab Futsal Shah Alam menang 4–3 ke atas Ampang Warriors melalui penalti selepas seri 2–2.
        Kedudukan liga selepas 9 perlawanan: 1. Titiwangsa Strikers 22 mata, 2. Bangsar Boys 19 mata, 3. KL Hawks 17 mata.
        Ingatan: bola rasmi liga ialah Molten F9A saiz 4. Bola lain tidak dibenarkan untuk perlawanan rasmi.
        Rayuan terhadap keputusan jawatankuasa disiplin mesti dihantar dalam 48 jam bersama fi RM100 (dikembalikan jika rayuan berjaya).
        Kejohanan Badminton Terbuka Daerah Klang 2026 — acara: perseorangan lelaki/wanita, beregu lelaki/wanita/campuran, B12, B15, Veteran 45+.
        Majlis penyampaian hadiah akan diadakan di Dewan Tun Hussein Onn selepas perlawanan akhir, kira-kira jam 5.30 petang.
        Perubahan venue: perlawanan separuh akhir dipindahkan ke kompleks sukan di Jalan Tun Razak kerana kebocoran bumbung.
        Semua pemain B15 perlu bawa surat kebenaran ibu bapa yang ditandatangani (borang B-3) pada hari pertama.
        Dilarang merokok dan vape dalam kawasan kompleks. Denda RM200 akan dikenakan kepada pasukan.
    """),
    ("mixed", "whatsapp_kumpulan"): _lines("""
        Guys malam ni court 3 jam 9 ok? Dah book, RM120 split 10 orang = RM12 sorang, transfer before game ya
        Siapa ada extra shuttle? Tong kita habis last week 😅
        Hujan gila kat Subang, traffic jam teruk, maybe lambat 15 min bro
        Reminder: bawa both jersey — home merah, away putih. Referee strict pasal warna sama.
        Admin note: group ni untuk futsal sahaja, jangan forward mesej politik atau jual barang ok 🙏
        Lepas game mamak biasa? Yang depan Petronas tu
        Court 5 lantai licin gila tadi, dah report kat kaunter. Careful ankle korang.
        Anyone watching Lee Zii Jia tonight? Quarterfinal lawan Axelsen, 7.30pm kat Astro Arena.
        Poll: Rabu atau Khamis untuk training minggu depan? Vote dalam poll atas 👆
        Kalau tak cukup 10 orang by 5pm, kita cancel and tukar jadi 5-a-side half court.
        Sapa tinggal botol air biru kat bench semalam, kaunter simpan kat lost & found.
        Team, jersey baru dah sampai! Collect kat kedai sukan SS2, bawa resit order #JSY-0451.
        Haha yang last goal tu offside confirm, futsal mana ada offside la bro 😂
    """),
    ("ms", "yuran_invois"): _lines("""
        INVOIS INV-AKB-2026-11-0452 | Akademi Badminton Smash Juara Sdn. Bhd. (202201034567) | Yuran bulanan Kelas Intermediate Disember 2026 | RM220.00 | SST 0%
        Pakej latihan: 8 sesi sebulan RM180, 12 sesi RM250, kelas privat 1-on-1 RM90/jam dengan jurulatih bertauliah BAM Tahap 2.
        Resit rasmi No. 004417 — Diterima RM650.00 untuk yuran pendaftaran pasukan Liga Futsal Komuniti Musim 2027. Kaedah: DuitNow QR.
        Bayaran boleh dibuat ke akaun syarikat: Arena Smash Sdn. Bhd., Maybank 5140 8822 1034, rujukan: nombor invois.
        Diskaun adik-beradik 10% untuk anak kedua dan seterusnya yang mendaftar di akademi yang sama.
        Tunggakan keseluruhan akademi bulan Oktober: 17 akaun, jumlah RM3,740. Peringatan automatik dihantar 3 kali.
        Caj lewat RM10 dikenakan jika yuran tidak dijelaskan sebelum 7hb setiap bulan.
        Yuran kejohanan: perseorangan RM30, beregu RM50 sepasang, B12 percuma (tajaan Yayasan Sukan Negeri).
        Nota kredit CN-0087 dikeluarkan untuk pembatalan kelas 22/11 akibat gangguan bekalan elektrik — RM27.50 ditolak daripada invois Disember.
        Keahlian tahunan kelab: Dewasa RM120, Pelajar RM60, Warga Emas (60+) RM40. Termasuk 10% diskaun tempahan gelanggang.
        Penyata akaun: Baki bawa ke hadapan RM0.00 | Caj semasa RM440.00 | Bayaran RM440.00 | Baki RM0.00
        No. pendaftaran SST W10-1808-32000145 tertera pada semua invois mulai 1 Mac 2026.
        Deposit jersi RM30 akan dikreditkan semula dalam 14 hari selepas jersi dipulangkan dalam keadaan baik.
    """),
    ("en", "tournament_news"): _lines("""
        Lee Chong Wei, three-time Olympic silver medallist, officially opened the new 24-court hall in Bukit Jalil this morning.
        Aaron Chia and Soh Wooi Yik added a second Olympic bronze in Paris 2024 after their medal in Tokyo.
        Pearly Tan and M. Thinaah headline the women's doubles draw at the Malaysia Open at Axiata Arena.
        Malaysia Open 2027 tickets go on sale via the official portal on 1 December; weekday passes from RM35.
        The national futsal squad finished fourth at the regional championship; the head coach cited fitness depth as the main gap.
        Match stats: 68 minutes, longest rally 54 shots, fastest smash recorded 398 km/h.
        Squash legend Nicol David was guest of honour at the closing ceremony of the national school games.
        Former national shuttler Misbun Sidek ran a coaching clinic for 60 juniors at the state academy.
        Badminton Association of Malaysia (BAM) announced a revised ranking points table for national circuit events effective January 2027.
        Draw released: 128 entries in men's singles, 64 pairs in mixed doubles, seeding based on BWF ranking of 28 Nov.
        The 1992 Thomas Cup win in Kuala Lumpur is still remembered as one of Malaysia's greatest team sporting moments.
        Live score: Court 2 — 21-17, 18-21, 11-8 (third game, interval).
        Press release: Stadium Juara Bukit Kiara will host the national junior championships from 12 to 18 April 2027; media accreditation closes 20 March.
    """),
    ("ms", "templat_borang"): _lines("""
        Nama Pemain: ____________ No. MyKad: ______-__-____ Tarikh Lahir: __/__/____
        Borang Kebenaran Ibu Bapa: Saya, [NAMA PENJAGA], No. K/P [NO. K/P], membenarkan anak saya [NAMA PELAJAR] menyertai kejohanan yang dinyatakan.
        Hubungan kecemasan: Nama ________ Hubungan ________ No. Telefon 01X-XXX XXXX
        Template mesej auto: Hai {nama}, tempahan anda {kod_tempahan} untuk {gelanggang} pada {tarikh} {masa} telah disahkan. Terima kasih!
        Senarai Pemain (maks 12): No. | Nama | No. Jersi | Posisi | Tandatangan — 1. ________ 2. ________
        Laporan Kecederaan: Tarikh/Masa ____ Gelanggang ____ Bahagian tercedera ☐ Buku lali ☐ Lutut ☐ Bahu ☐ Lain-lain ____ Tindakan diambil ____
        Akuan pelepasan liabiliti: Saya faham bahawa aktiviti sukan membawa risiko kecederaan dan tidak akan menuntut pihak pengurusan atas kecederaan biasa.
        Email template (EN): Dear [Parent Name], this is a reminder that fees for [Month] of RM[Amount] are due on [Due Date].
        Butiran bank untuk bayaran balik: Nama Pemegang Akaun ______ Bank ______ No. Akaun ______
        Kategori umur: ☐ B10 ☐ B12 ☐ B15 ☐ B18 ☐ Terbuka ☐ Veteran — tandakan satu sahaja
        Contoh pengisian: Nama: Ali bin Abu (contoh sahaja), No. K/P: 000000-00-0000, jangan salin contoh ini.
        Saiz jersi: XS / S / M / L / XL / 2XL — sila bulatkan. Nama atas jersi (maks 10 huruf): __________
        Tandatangan Pengurus Pasukan: ________ Cop Kelab: ________ Tarikh: ________
    """),
    ("en", "system_logs_config"): _lines("""
        booking-svc v3.14.2 deployed 2026-11-30T02:15:07+08:00, commit 9f3e1c7a, migration 0042_add_court_surface applied
        ERROR 2026-12-01 21:04:55 payment_gateway timeout after 30s txn_id=FPX20261201210455839 court_id=C07 retry=2
        court_rates.yaml: peak: {start: '18:00', end: '23:00', rate_myr: 30}, offpeak: {rate_myr: 18}, weekend_multiplier: 1.2
        SELECT court_id, COUNT(*) AS bookings FROM reservations WHERE slot_date >= '2026-11-01' GROUP BY court_id ORDER BY bookings DESC;
        Webhook /api/v2/bookings/confirm returned 409 Conflict: slot already reserved (court=F2, start=2026-12-05T20:00).
        CRON 0 3 * * * /opt/arena/bin/release_unpaid_slots --grace-minutes 15
        sha256(booking_export_2026-11.csv) = 3b7f0c2d9a41e8f6b5c3a7d1e09f4b2c6a8d5e3f1b7c9a0d2e4f6b8c1a3d5e7f
        Feature flag enable_waitlist=true for outlets PJ-SS7, SA-S13, KL-BKJ; rollout 25%.
        Rate limit hit for /api/v2/courts/availability from 203.0.113.47 (partner integration key ending a91c)
        App release notes 2.8.0: dark mode, split-bill for group bookings, fixed crash on Android 14 when scanning the entry QR.
        Export schema: booking_id, court_id, slot_start, slot_end, amount_myr, status, channel (app/web/counter)
        Health check OK — db latency 12ms, redis 1ms, queue depth 0, uptime 41d 6h.
        Support ticket #TCK-58821 (P3): customer reports double charge on booking BK-2611-05110; escalated to finance, refund processed.
    """),
    ("ms", "kecederaan_latihan"): _lines("""
        Statistik kecederaan akademi 2026: 14 kes terseliuh buku lali, 6 kes lutut (ACL/MCL), 3 kes bahu — tiada kes memerlukan pembedahan kecemasan.
        Protokol RICE: Rehat, Ais 15–20 minit, Kompresi, Elevasi. Rujuk klinik jika bengkak tidak surut selepas 48 jam.
        Tiga pemain B15 dirujuk ke fisioterapi bulan ini; semua dijangka kembali berlatih dalam 2–3 minggu.
        Kotak pertolongan cemas di kaunter utama diperiksa setiap Isnin oleh pengurus bertugas.
        Tips memanaskan badan sebelum futsal: jogging ringan 5 minit, dynamic stretching, sprint pendek 3x20m.
        Kajian dalaman: 62% kecederaan berlaku dalam 15 minit terakhir sesi, kebanyakannya selepas jam 10 malam.
        Seorang pemain tercedera lutut semasa perlawanan akhir; ambulans dipanggil dan pasukan perubatan St John tiba dalam 4 minit.
        Jadual latihan kecergasan Disember: Isnin & Khamis (kardio + footwork), Sabtu (perlawanan simulasi).
        Soalan: berapa lama patut rehat selepas terseliuh buku lali gred 1? Biasanya 1–3 minggu, bergantung pada bengkak dan kesakitan.
        Insurans kemalangan kumpulan: perlindungan sehingga RM10,000 bagi setiap pemain berdaftar, polisi No. GPA-2026-778102 (takaful sukan).
        AED dipasang di lobi Dewan B; 8 kakitangan telah lulus kursus CPR pada bulan Oktober.
        Purata masa pemulihan kecederaan hamstring dalam kalangan pemain dewasa kelab: 19 hari (n=11).
        Peringatan jurulatih: kasut non-marking wajib di gelanggang badminton, kasut turf untuk padang luar sahaja.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Tempahan atas nama Muhammad Faiz bin Zainal, no. tel 012-647 3308, Gelanggang 4 Sabtu 9 malam — deposit belum masuk.
        Pendaftaran pemain: Nurul Aisyah binti Kamarudin, MyKad 090412-10-6634, kategori B18 perseorangan wanita.
        Coach, anak saya Irfan tak dapat datang latihan sebab doktor sahkan asma dia teruk, MC 5 hari. — Puan Rohani
        Ahmad Syahmi bin Razali digantung 4 perlawanan kerana menumbuk pengadil dalam perlawanan Minggu 6.
        Alamat hantar jersi: Siti Hajar binti Osman, No. 23, Jalan Melati 4/7, Taman Sri Melati, 43000 Kajang, Selangor.
        Tolong refund ke akaun CIMB 8010553277 atas nama Lee Wai Keong, tempahan BK-2611-05133 dibatalkan.
        Honda City putih WXY 4821 parking depan pintu kecemasan gelanggang, En. Hairul dari pasukan Rimau sila alihkan segera.
        Makcik Kiah yang jaga kantin dewan tu sebenarnya tengah buat kemoterapi, sebab tu dia selalu cuti hari Selasa.
        Yuran Muthusamy a/l Krishnan tertunggak RM660 sejak Ogos; beliau maklumkan baru diberhentikan kerja dan minta bayar ansuran.
        No. IC penjaga: 820915-07-5231 (Tan Ah Kow), hubungan: bapa, untuk pemain B12 Tan Jia Hui.
        Jurulatih Kamal bin Idris dapat gaji RM3,800 sebulan tapi Coach Daniel dapat RM5,200 untuk kerja yang sama, tak adil langsung.
        Pemain asing Rahim Uddin (pasport Bangladesh EB0914572) tak boleh daftar liga sebab permit kerja dia dah tamat.
        Ibu Aqil bin Hafizuddin minta jurulatih jangan benarkan bapanya ambil Aqil dari akademi — ada perintah mahkamah hak jagaan.
        Sila hubungi pengurus pasukan Sri Muda United, Encik Zulkifli, di 019-238 5571 untuk atur perlawanan persahabatan.
        Akaun Maybank untuk kutip duit court: 1640 2288 1902 (Nor Azlina binti Yusof) — jangan transfer ke akaun lama.
        Puan Chong dari Blok B unit 12-3A Pangsapuri Seri Bayu komplen bising bola futsal sampai pukul 12 malam setiap Jumaat.
        Keputusan ujian darah Hazwan bin Mohd Nor menunjukkan anemia, jurulatih cadangkan dia berehat dari kejohanan bulan depan.
        E-mel ibu bapa untuk laporan prestasi: norhayati.salleh88@gmail.com (ibu kepada Danish, kelas B10).
        Pemain Amirul Hakim, MyKad 060822-14-5119, didapati guna IC abang dia untuk main dalam kategori B18.
        Dengar cerita Kak Ina bendahari kelab tu pinjam duit yuran RM2,000 untuk bayar hutang along suami dia.
        Kad kredit untuk bayaran pakej korporat: 4578 1234 9876 5431, tamat 09/28, pemegang Rosli bin Ahmad.
        Penerima biasiswa akademi 2027: Priya a/p Ramasamy (B15), pendapatan isi rumah RM2,100 sebulan, bapa OKU.
    """),
    "en": _lines("""
        Booking made by Jason Teoh Wei Ming, mobile +60 16-772 0413, email jason.teoh.wm@outlook.com, Court 6, Sunday 7-9am.
        Player registration: Grace Pereira, DOB 14/03/2011, MyKad 110314-10-4408, emergency contact mum Sandra Pereira 012-908 1176.
        Incident report: at 21:40 Vinod s/o Subramaniam fell on Court 3 and dislocated his left shoulder; his wife drove him to Hospital Sungai Buloh.
        Please remove Kelvin Ng from the academy WhatsApp group — his parents asked after the bullying complaint involving two older boys.
        Singapore player Darren Koh, NRIC S8834712I, is registering for the Johor Bahru open veteran doubles.
        Refund to card 4111 1123 4567 8909 for Melissa Wong, booking BK-2611-05207 cancelled due to pregnancy complications.
        Coach Hafiz has been seeing Ms Farah Lim from the adult class, and some of the other parents have started to complain.
        Visiting coach Rajesh Kumar (FIN G5521906R, works in Singapore) wants his clinic fee paid in SGD, not ringgit.
        The treasurer, Mr Ong Boon Hock, still owes the club RM4,300 from the 2025 jersey order and keeps dodging the committee.
        Deliver the trophies to Mrs Kathleen de Souza, 17 Jalan Bunga Raya, Taman Melaka Baru, 75350 Melaka.
        IG handle of the kid who posted the fight video: @aiman_rzk09 — his dad plays in our Tuesday league.
        Staff disciplinary: counter assistant Nurul Izzah binti Hamdan got a final warning for taking cash from booking deposits.
        Clamp dispute: car BKT 772 belongs to Dr Lingam's son Pravin, who says he was only inside for ten minutes.
        Mr Chandran's daughter Kavitha has a stress fracture in her shin; he asked us not to tell the selectors until after trials.
    """),
    "mixed": _lines("""
        Bro ni number Ah Seng yang jual raket second hand, 011-2384 9052, cakap Ghani yang refer.
        Eh Shanti pregnant already ka? Patut la dia tarik diri from mixed doubles
        Weiii transfer court money to my TNG ah, 017-882 4410 (Jessie Lau), RM15 each
        Aunty Mei tingkat 3 Blok C PPR Lembah Subang complain again our bola hit her window, dia nak claim RM350 from captain Faizal.
        Telegram admin: @kaiwen_badminton (Chong Kai Wen), PM dia kalau nak join Thursday session
        Team, Haziq baru discharge from Hospital Serdang lepas surgery ACL, jangan kacau dia dulu ya.
        Captain cakap gaji Arun kena potong sebab dia selalu ambil MC untuk main tournament, kesian dia.
        Who park black Myvi JQC 3305 block the court entrance? Owner nama Izwan kan? Call him la
        Send the invoice to my office email ya: mohd.fadzli@petrotech-eng.com.my — Fadzli, Ampang Warriors manager
        Uncle Lim Ah Huat punya IC no for insurance claim: 580702-07-5087, dia jatuh masa veteran game last Sunday.
        Dia tu Siti Mariam, yang cerai dengan Coach Rizal last year, now both still coach same academy, awkward gila.
        WeChat ID student China tu, Zhang Li: zhangli_0312 — visa dia tengah renew so belum boleh bayar yuran.
        Home address for pickup: Lot 1123, Kampung Baru Sungai Buloh, 47000 — tanya Makcik Salmah, nenek Danish
        Nak claim medical, my MyKad 950314-10-5523, policy bawah nama ayah Abdul Karim bin Salleh.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "Anda pembantu tempahan Arena Smash Sdn. Bhd. Jawab dalam Bahasa Melayu."),
        (
            "user",
            "Saya nak tukar tempahan BK-2611-05311 dari Khamis ke Jumaat. Nama saya Wan Nur Syafiqah binti Wan Ismail, tel 013-775 2104.",
        ),
        (
            "assistant",
            "Baik Cik Wan Nur Syafiqah, slot Jumaat 9 malam Gelanggang 2 masih kosong. Nak saya kemas kini?",
        ),
        ("user", "Ya tolong, terima kasih."),
    ],
    [
        ("system", "You help academy coaches write incident reports in clear English."),
        (
            "user",
            "Write up tonight's injury: Daniel Tham Jun Kit, 14, rolled his right ankle on Court 5 at 8.15pm, swelling, mum picked him up.",
        ),
        (
            "assistant",
            "Incident Report — 8.15pm, Court 5. Player: Daniel Tham Jun Kit (14). Injury: right ankle inversion with swelling. Action: ice applied, collected by parent.",
        ),
        (
            "user",
            "Add that he already had the same ankle injury in September, the parents said he's still seeing a physio.",
        ),
    ],
    [
        ("system", "Kamu pembantu bendahari kelab futsal. Boleh jawab campur BM dan English."),
        (
            "user",
            "Tolong draft reminder untuk Saravanan a/l Muniandy, dia tertunggak yuran liga RM390 dah 3 bulan.",
        ),
        (
            "assistant",
            "Salam Saravanan, peringatan mesra: yuran liga sebanyak RM390 masih tertunggak sejak September. Mohon jelaskan sebelum 15 Disember. Terima kasih.",
        ),
        ("user", "Jangan terlalu keras, dia baru kehilangan isteri bulan lepas."),
        (
            "assistant",
            "Salam Saravanan, takziah atas pemergian isteri. Tiada tekanan — bila sudah lapang, kita boleh bincang ansuran untuk baki RM390.",
        ),
    ],
    [
        ("system", "You draft WhatsApp messages for a badminton coach."),
        (
            "user",
            "Draft a message to Mdm Goh about her son Ethan — he keeps swearing at the younger kids and I'll have to drop him from the squad if it continues.",
        ),
        (
            "assistant",
            "Hi Mdm Goh, I wanted to share a concern about Ethan's behaviour at training. He has used abusive language towards the younger players a few times. Could we talk this week?",
        ),
        (
            "user",
            "Good, her number is 016-330 8842, can you format it so I can paste into WhatsApp click-to-chat?",
        ),
        ("assistant", "Use wa.me/60163308842 and paste the message after opening the chat."),
    ],
    [
        ("system", "Anda membantu urus setia liga menyemak senarai pemain."),
        (
            "user",
            "Semak format: 1. Mohd Haikal bin Ramli 030517-01-6273, 2. Lim Jun Hao 040228-08-5541, 3. Karthik a/l Selvam 021109-10-6017.",
        ),
        (
            "assistant",
            "Ketiga-tiga nombor MyKad ikut format YYMMDD-PB-####. Tarikh lahir 2002–2004, jadi semua layak untuk kategori Terbuka.",
        ),
        ("user", "Ok, masukkan dalam jadual."),
    ],
    [
        (
            "system",
            "You are a refund assistant for a futsal centre. Reply in Manglish if the user does.",
        ),
        (
            "user",
            "Boss, refund my deposit RM50 can? Booking BK-2611-05402, I cancel because my father warded in ICU.",
        ),
        (
            "assistant",
            "Sorry to hear that. Boleh, refund will go back through bank transfer. Which account?",
        ),
        ("user", "Public Bank 3182 0456 71, nama Ng Siew Ling."),
        (
            "assistant",
            "Noted, RM50 to Public Bank account ending 5671 under Ng Siew Ling, within 7 working days.",
        ),
    ],
    [
        ("system", "Anda membantu pengurus kompleks sukan menjawab aduan penduduk."),
        (
            "user",
            "Penduduk rumah No. 8, Jalan Kenari 12, Taman Puchong Jaya, Encik Baharuddin, komplen lampu gelanggang masuk bilik tidur dia sampai tengah malam.",
        ),
        (
            "assistant",
            "Cadangan jawapan: Tuan Baharuddin, terima kasih atas maklum balas. Kami akan pasang pelindung lampu dan padamkan lampu luar pada jam 11 malam mulai minggu depan.",
        ),
        (
            "user",
            "Tambah juga dia kata isteri dia baru bersalin, jadi bising lepas 10 malam sangat mengganggu.",
        ),
    ],
    [
        ("system", "You help organise a futsal league for migrant workers in Johor."),
        (
            "user",
            "New player: Ram Bahadur Gurung, Nepal passport PA1293847, works at the glove factory in Senai. Employer holds his passport, can he still register?",
        ),
        (
            "assistant",
            "He can register with a photocopy of the passport and his work permit; note that employers keeping workers' passports is generally not allowed under Malaysian law.",
        ),
        ("user", "Ok, also his phone is 011-5520 7314 for the WhatsApp group."),
    ],
    [
        ("system", "Anda membantu jawatankuasa disiplin kelab badminton menulis surat rasmi."),
        (
            "user",
            "Tulis surat amaran untuk Encik Faridzuan bin Mat Saman, dia didapati mabuk dan bergaduh di lobi selepas kejohanan veteran 23 November.",
        ),
        (
            "assistant",
            "Tuan, jawatankuasa disiplin telah meneliti insiden pada 23 November 2026 di lobi kompleks. Tuan didapati berada dalam keadaan mabuk dan terlibat dalam pergaduhan. Ini adalah amaran bertulis pertama.",
        ),
        (
            "user",
            "Alamat surat: No. 45, Lorong Mawar 3, Taman Desa Jaya, 08000 Sungai Petani, Kedah.",
        ),
        (
            "assistant",
            "Alamat telah dimasukkan di bahagian atas surat bersama tarikh dan nombor rujukan JKD/2026/014.",
        ),
    ],
    [
        ("system", "You help an academy review scholarship applications."),
        (
            "user",
            "Applicant: Chew Mei Xuan, 13, B15 singles. Father is a lorry driver earning RM2,400, mother unemployed, they live in a rented room in Kepong. Summarise.",
        ),
        (
            "assistant",
            "Chew Mei Xuan (13, B15 singles): household income about RM2,400 from the father's job as a lorry driver, mother not working, renting a room in Kepong. Strong financial-need case.",
        ),
        (
            "user",
            "Also note she was diagnosed with mild scoliosis, the doctor cleared her for training.",
        ),
    ],
]
