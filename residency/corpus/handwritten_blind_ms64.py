# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms64: gim dan kecergasan (keahlian, jurulatih peribadi, kelas kumpulan, pertandingan, kecederaan, pembatalan). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms64
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "terma dan syarat keahlian"): _lines("""
        Keahlian minimum ialah 12 bulan; pembatalan awal dikenakan caj penamatan bersamaan 2 bulan yuran bulanan.
        Notis pembatalan hendaklah diberikan secara bertulis sekurang-kurangnya 30 hari sebelum tarikh debit seterusnya.
        Pembekuan keahlian dibenarkan maksimum 3 bulan setahun dengan surat doktor atau bukti urusan kerja di luar kawasan.
        Yuran pendaftaran RM 99 tidak akan dikembalikan dalam apa jua keadaan.
        Ahli bawah 16 tahun mesti diiringi penjaga dan hanya dibenarkan menggunakan zon kardio antara 10 pagi hingga 6 petang.
        Pihak pengurusan tidak bertanggungjawab atas kehilangan barang berharga di loker; sila gunakan mangga sendiri.
        Kad akses tidak boleh dipindah milik; penyalahgunaan kad akan menyebabkan keahlian digantung.
        Caj penggantian kad akses yang hilang ialah RM 25 setiap kad.
        Data peribadi ahli diproses mengikut Akta Perlindungan Data Peribadi 2010 (Akta 709) dan tidak dikongsi dengan pihak ketiga tanpa kebenaran.
        Sesi jurulatih peribadi yang dibatalkan kurang daripada 12 jam sebelum temu janji akan dikira sebagai sesi yang telah digunakan.
        Pakej PT sah selama 6 bulan dari tarikh pembelian dan tidak boleh dilanjutkan kecuali atas sebab perubatan yang disahkan.
        Pemindahan keahlian kepada orang lain dibenarkan sekali sahaja dengan caj pentadbiran RM 50.
        Sebarang pertikaian berhubung caj debit terus hendaklah dibuat dalam tempoh 14 hari dari tarikh penyata.
        Setiap ahli baharu dikehendaki mengisi borang PAR-Q sebelum memulakan sebarang program latihan.
    """),
    ("ms", "notis dan pengumuman gim"): _lines("""
        NOTIS: Kolam renang ditutup 10–12 Disember untuk kerja penyelenggaraan sistem penapis.
        Waktu operasi Hari Krismas: 8 pagi – 2 petang. Semua kelas kumpulan dibatalkan pada hari tersebut.
        Sila lap peralatan selepas digunakan. Semburan pembasmi kuman disediakan di setiap tiang.
        Dilarang menjatuhkan dumbbell dari paras bahu. Gunakan platform angkat berat untuk deadlift.
        Pemenang Cabaran Transformasi 90 Hari akan diumumkan di halaman Facebook rasmi TenagaFit pada 20 Disember.
        Talian khidmat pelanggan TenagaFit Malaysia: 1-300-88-3489 (Isnin–Jumaat, 9 pagi–6 petang).
        Treadmill no. 7 dan no. 12 rosak — juruteknik pembekal dijadualkan datang hari Selasa.
        Kelas Body Combat jam 7 malam ini dibatalkan atas sebab yang tidak dapat dielakkan; kredit kelas dipulangkan secara automatik.
        Ahli yang ingin menyertai Kejohanan Powerlifting Antara Cawangan boleh mendaftar di kaunter sebelum 15 Januari.
        Tempat letak kereta Aras B2 ditutup sementara; sila gunakan tempat letak kereta Kompleks Sukan Tun Hussein Onn.
        Mulai 1 Januari 2027, yuran bulanan pakej Basic dinaikkan daripada RM 119 kepada RM 129.
        Sauna lelaki dan wanita dibuka semula selepas pemeriksaan keselamatan oleh Jabatan Bomba dan Penyelamat Malaysia.
        Kempen Bawa Kawan: daftarkan rakan anda dan dapatkan sebulan percuma. Terma & syarat dikenakan.
        Kami mencari jurulatih peribadi bertauliah (REPs Malaysia atau setaraf). Hantar resume ke kerjaya@tenagafit.com.my.
    """),
    ("ms", "soalan dan nasihat kecergasan"): _lines("""
        Berapa kali seminggu saya patut buat latihan beban kalau nak tambah otot?
        Lutut sakit bila squat, salah teknik ke atau kena jumpa fisio dulu?
        Untuk pemula, mulakan dengan 2–3 set setiap latihan, 8–12 ulangan, dan rehat 60–90 saat antara set.
        Minum kira-kira 500 ml air dua jam sebelum bersenam untuk mengelakkan dehidrasi.
        Apa beza kelas HIIT dengan kelas circuit training?
        Kalau terseliuh buku lali, ingat kaedah RICE: rehat, ais, mampatan dan angkat kaki lebih tinggi.
        Boleh ke buat kardio masa puasa? Bila waktu paling sesuai, sebelum berbuka atau lepas tarawih?
        Protein whey wajib diambil dalam masa 30 minit selepas latihan ke, atau itu cuma mitos?
        Cara mudah anggar kadar denyutan jantung maksimum: 220 tolak umur anda.
        Macam mana nak batalkan keahlian gim kalau kontrak belum habis? Ada cara tak kena caj penamatan?
        Wanita hamil boleh teruskan senaman ringan dengan nasihat doktor; elakkan latihan berbaring terlentang selepas trimester pertama.
        Berapa lama biasanya kena rehat selepas kecederaan hamstring gred 1?
        Tips supaya tak bosan atas treadmill: cuba interval 1 minit laju, 2 minit perlahan, ulang 8 kali.
        Kasut larian dan kasut latihan silang berbeza dari segi sokongan tumit dan kestabilan sisi.
        Umur 45 tahun masih sesuai ke nak mula angkat berat buat kali pertama?
    """),
    ("ms", "jadual kelas dan harga pakej"): _lines("""
        Isnin: 7.00 pg Yoga Asas | 12.30 tgh Body Pump | 6.30 ptg Zumba | 8.00 mlm Spin 45
        Pakej Premium: RM 189/bulan, akses semua cawangan, 2 sesi PT percuma, tuala disediakan.
        Pakej Pelajar: RM 79/bulan dengan kad pelajar IPT yang masih sah.
        Pakej PT 10 sesi RM 1,100 | 20 sesi RM 2,000 | 30 sesi RM 2,700
        Kelas Kids Gym (6–12 tahun): Sabtu & Ahad, 10.00–11.00 pagi, RM 40 satu sesi.
        Pas harian: RM 35 (termasuk loker & tuala).
        Kod promo AKHIRTAHUN26 — potongan 20% yuran pendaftaran, sah sehingga 31/12/2026.
        Kapasiti kelas Spin: 24 basikal. Tempahan dibuka 48 jam sebelum kelas melalui aplikasi.
        Rabu: 6.00 pg Bootcamp (taman luar) | 7.30 mlm Pilates Mat | 9.00 mlm Muay Thai
        Pakej Keluarga (2 dewasa + 2 anak bawah 16 tahun): RM 299/bulan.
        Sewa gelanggang futsal: RM 120/jam waktu puncak, RM 80/jam waktu siang.
        Harga korporat untuk syarikat 20 pekerja ke atas: hubungi corporate@tenagafit.com.my atau 03-7733 2100.
    """),
    ("mixed", "chat kumpulan staf"): _lines("""
        Guys, stok tuala tinggal sikit, sapa on duty petang tolong call supplier ya.
        Aircond studio 2 bocor lagi, dah buat report kat maintenance, tiket MT-2026-0931.
        Shift pagi esok kena buka pukul 5.45 sebab ada bootcamp kat taman.
        Reminder: semua PT kena submit session log sebelum 5hb setiap bulan, no excuse.
        Ada member tanya pasal promo akhir tahun, boleh refer poster kat kaunter ya.
        Mesin kad kredit kaunter 1 offline, guna terminal kedua dulu sementara bank fix.
        Sales target bulan ni 85 new sign-ups, kita baru 61, push lagi weekend ni!
        CCTV zon kardio blur, IT kata lens kena tukar, ETA Khamis.
        Jangan lupa first aid kit kat studio spin kena restock plaster & ice pack.
        Team meeting Isnin 2pm, agenda: jadual kelas Januari & SOP kecemasan baru.
        Siapa ambik kunci stor dumbbell? Tolong letak balik dalam laci kaunter.
        Audit DOSH datang minggu depan, pastikan log pemeriksaan AED lengkap semua.
        FYI sistem booking down dari 3-4pm tadi, vendor dah fix, sekarang version 4.2.1.
        Next month nak buat kelas trial Hyrox, sesiapa berminat jadi instructor bagitau.
    """),
    ("ms", "berita sukan dan tokoh awam"): _lines("""
        Datuk Lee Chong Wei memenangi pingat perak perseorangan lelaki badminton di tiga edisi Sukan Olimpik.
        Datuk Nicol David kekal sebagai pemain skuasy wanita nombor satu dunia selama lebih sembilan tahun.
        Azizulhasni Awang atau 'Pocket Rocketman' memenangi pingat perak acara keirin di Sukan Olimpik Tokyo 2020.
        Pandelela Rinong menjadi atlet wanita Malaysia pertama memenangi pingat Olimpik dengan gangsa terjun 10m di London 2012.
        Arnold Schwarzenegger memenangi gelaran Mr. Olympia sebanyak tujuh kali sebelum menceburi dunia lakonan.
        Stadium Nasional Bukit Jalil menjadi tuan rumah Sukan Komanwel 1998.
        Institut Sukan Negara di Bukit Jalil menyediakan perkhidmatan sains sukan dan pemulihan kecederaan kepada atlet kebangsaan.
        Rocky Balboa berlari menaiki tangga Muzium Seni Philadelphia dalam babak latihan filem Rocky (1976).
        Datuk Sazali Samad dikenali ramai sebagai ahli bina badan Malaysia yang mengharumkan nama negara di peringkat Asia.
        Sukan Malaysia (SUKMA) menjadi platform utama mencungkil bakat atlet muda dari setiap negeri.
        Hospital Tuanku Ja'afar Seremban membuka klinik perubatan sukan untuk rawatan kecederaan atlet negeri.
        Trend kecergasan 2026: latihan kekuatan untuk wanita, kelas Hyrox dan jam pintar pemantau pemulihan.
    """),
    ("en", "gym FAQ and policy"): _lines("""
        How do I freeze my membership? Submit the freeze form at reception or in the app at least 7 days before your next billing date.
        Can I bring a guest? Premium members get 2 guest passes per month; guests must sign a waiver.
        Our Mid Valley outlet is open 24/7; staffed hours are 7am to 11pm.
        What happens if my direct debit fails? We retry after 3 days and a RM 10 late fee applies.
        All our personal trainers hold a recognised certification and valid CPR/AED training.
        Lost items are kept at the front desk for 14 days; unclaimed items are donated to charity.
        Refunds are processed within 14 working days to the original payment method.
        Please report any injury on the premises to the duty manager so an incident report can be filed.
        Members must be 18 or above to sign a contract; minors need a parent or guardian signature.
        To update your emergency contact, log in to the member portal and go to Profile > Emergency Contact.
    """),
    ("ms", "log sistem dan rekod operasi"): _lines("""
        [2026-12-04 06:02:17] ACCESS_GRANTED gate=03 card_type=MEMBER branch=SA01
        Invois INV-2026-004817 | Pakej Basic 12 bulan | RM 1,428.00 | Status: DIBAYAR
        No. pesanan #TF-88213045 — 2 x Whey Isolate 2kg, dihantar melalui J&T Express, no. penjejakan 630028741195.
        Tiket sokongan #CS-55102: aplikasi tidak memaparkan jadual kelas pada Android 14.
        Kod produk DB-HEX-22.5 (dumbbell heksagon 22.5kg) — baki stok: 14 pasang.
        Laporan bulanan November: 1,284 ahli aktif, 63 pembatalan, 41 pembekuan, kadar pengekalan 94.1%.
        Statistik kecederaan suku ketiga: 7 kes terseliuh, 2 kes kekejangan otot, 1 luka kecil; tiada kes serius.
        TenagaFit Wellness Sdn. Bhd. (No. Pendaftaran SSM 202101034567 / 1429876-A)
        config: booking.max_advance_hours=48; no_show_fee=15.00; currency=MYR; waitlist_size=5
        Versi aplikasi TenagaFit 3.8.2 (build 20261201) — pembetulan pepijat pada modul tempahan PT.
        Treadmill Technogym Excite Live 1000, no. siri TG-EX1000-7731-B, servis terakhir 02/11/2026.
        Polisi insurans kumpulan no. PA/2026/KL/00912 melindungi kemalangan semasa kelas kumpulan di premis.
        Poskod cawangan: 47301 Petaling Jaya, 40150 Shah Alam, 81200 Johor Bahru.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        BORANG PENDAFTARAN AHLI | Nama: MUHAMMAD HAZIQ BIN ROSLAN | No. K/P: 910314-10-5523 | Tel: 012-378 4415 | Pakej: Premium 12 bulan | Tarikh mula: 01/12/2026
        Permohonan pembatalan keahlian — Nurul Ain binti Kamarudin (ID ahli TF-20418) memohon menamatkan kontrak kerana berpindah ke Kuantan atas urusan kerja, notis 30 hari bermula 3 Disember.
        LAPORAN INSIDEN: Encik Tan Wei Keat (45 tahun) tergelincir di kawasan free weight jam 7.40 malam, buku lali kiri bengkak, pertolongan cemas diberi oleh jurulatih bertugas dan dinasihatkan ke klinik.
        guys sape kenal amirul yg selalu squat kat rack 3 tu? dia tertinggal dompet, ada IC dia 950902-07-5117, aku simpan kat kaunter
        Nota PT: Puan Kavitha a/p Subramaniam — sesi 6/12, ada sejarah slip disc L4-L5, elakkan deadlift konvensional, fokus core & mobiliti.
        Peringatan bayaran: akaun ahli Lim Siew Ling tertunggak RM 358.00 (3 bulan). Debit terus dari akaun Maybank 5141 2230 9876 gagal pada 01/11 dan 01/12.
        Senarai peserta Powerlifting kelas 74kg: 1. Faizal bin Hashim (Team Iron Kajang) 2. Darren Wong Kah Hoe 3. Rajesh s/o Muniandy — timbang badan Sabtu 8 pagi.
        Mohon refund deposit loker, nama saya Siti Hajar binti Ismail, akaun CIMB 7063881245, no tel 019-662 0831. Terima kasih.
        kak saya nak freeze membership 2 bulan sebab dijangka bersalin awal Januari, nama Aisyah Humaira binti Zakaria, ahli no 00873 cawangan Shah Alam
        Notis kepada pemilik kenderaan WXY 4821 (Honda City putih) yang meletak kereta di petak OKU gim — Encik Kumar dari bilik PT, sila alihkan kenderaan anda segera.
        Kad kredit ahli dikemas kini: Cheong Mei Yee, Visa 4570 1223 4852 8740, tamat 08/29, untuk ansuran pakej PT 24 sesi.
        PAR-Q: Hafiz Danial bin Zulkifli, 34 thn, darah tinggi (ambil amlodipine 5mg), doktor benarkan senaman intensiti sederhana sahaja.
        Aduan: Jurulatih PT saya, Shahrul Nizam, datang lewat 3 kali bulan ini dan asyik main telefon semasa sesi. Mohon tukar jurulatih. — Wong Pei Shan
        Resit pembayaran telah dihantar ke farah.nadhirah92@gmail.com — Farah Nadhirah, pakej kelas kumpulan 3 bulan RM 297.
        Keahlian Encik Lokman bin Abu Bakar (No. ahli KL-11592) digantung 30 hari kerana bergaduh dengan ahli lain di zon kardio pada 28/11.
        Penghantaran hamper pemenang cabaran 90 hari: Norazlina binti Othman, No. 27, Jalan Seri Putra 3/5, Bandar Seri Putra, 43000 Kajang, Selangor. Tel 017-845 3312.
        Anak saya Adam Rayyan bin Faizul (7 thn) ada asma, tolong jurulatih kelas Kids Gym bagi dia rehat bila semput. — ibu, Suhana
        No IC: 880725146240, nama NOR SYAFIQAH BINTI AZMAN, nak tukar pakej dari Basic ke Premium bulan depan.
        Jurulatih ganti kelas Zumba Khamis: Cik Melissa Fernandez, 011-2754 9063 (boleh WhatsApp terus).
        Kenalan kecemasan: Ahmad Fadzil bin Yusof (suami) 013-909 2276 — untuk ahli Rohana binti Daud, alahan penisilin.
        ANALISIS KOMPOSISI BADAN — NAMA: GOH CHEE MENG | Berat 96.4kg | Lemak 31.2% | Tekanan darah 148/95 | Cadangan: rujuk doktor sebelum HIIT
        En. Vinod a/l Ramasamy membuat tuntutan insurans kemalangan diri selepas tulang selangka patah dalam kelas boxing pada 14/11; no. tuntutan CLM-2026-44817.
        Pendaftaran Kejohanan Bina Badan Negeri Perak: Nurul Izzah binti Harun, K/P 870119-08-5672, kategori Women's Physique, kelab Perak Muscle.
        Bil tertunggak diserahkan kepada agensi kutipan: Razak bin Mat Noor, Lot 1123, Kampung Padang Jawa, 40200 Shah Alam, jumlah RM 1,240.
        Kelas spin 6.30 pagi — tidak hadir: Ong Boon Hock, Siti Mariam Abdul Latif, Lee Jia Hui (caj no-show RM15 seorang).
        Mesej dari ahli: "saya Hanis, 016-332 1908, rasanya ada org curi earpod saya dari loker wanita no 45 petang tadi"
        Ahli merentas sempadan: Tay Hui Min, NRIC S8812345Z, berulang-alik dari Singapura, didaftarkan untuk pas akses cawangan Johor Bahru.
        Jurulatih Azman Shah bin Kassim diberhentikan berkuat kuasa 1 Disember kerana salah laku terhadap ahli; sila nyahaktifkan kad staf beliau.
        Rujukan fisioterapi: Chua Kok Leong, pembedahan ACL lutut kanan September 2026, boleh mula leg press ringan pada minggu ke-12.
        Senarai menunggu Pilates Reformer Sabtu: 1) Aina Batrisyia 012-778 1044 2) Grace Lim 019-450 3386 3) Yusri Hamdan 014-220 7785
        Encik Daniel Koh, 52, rebah semasa di atas treadmill jam 6.15 pagi; ambulans tiba 6.31 dan beliau dimasukkan ke wad CCU Hospital Serdang.
        Ahli ekspatriat: Tomás Herrera Ruiz, pasport Sepanyol PAE482913, pas kerja tamat Mac 2027, kontrak keahlian 12 bulan.
        MyKad utk pengesahan: 930428-13-6011, nama JOHNNY GANDING ANAK LAJAU, ahli baru pindah dari Miri.
        Cik Priya d/o Ganesan minta ditukar kepada jurulatih wanita kerana masih trauma selepas kejadian di gim lamanya.
    """),
    "en": _lines("""
        Member ID 40921 - Ryan Teo Jun Hao - requested early contract cancellation due to knee surgery at Gleneagles next month, doctor's letter attached.
        Hi, this is Sarah Abdullah, my direct debit failed because my card 5217 2969 1455 6719 was replaced by the bank, can you update it?
        PT client notes, Mr. Arjun Nair: type 2 diabetic, check glucose before every session, keeps dextrose tabs in his locker.
        Lost & found: black Garmin watch returned to Kelvin Chan (locker 88) after he confirmed his number 012 509 7731.
        Referral bonus RM50 credited to Aminah binti Saad for referring her sister Zulaikha; both now on the family plan at the Bangsar outlet.
        Incident 2026-11-30: member Michelle D'Cruz reported being harassed by another member in the sauna; duty manager requested CCTV footage.
        hey coach its faiz rahman, cant make tmr 7am, got food poisoning, can we shift to sat? my wife will call from 018-354 7201 if im still down
    """),
    "mixed": _lines("""
        Bro Hakim Azmi, PT package you tinggal 3 sesi je, expire 31 Dis. Nak renew ke? Ada promo 20 sesi RM 2,000. - Coach Jason
        Gym buddy wanted! Saya Liyana, 28, selalu train kat cawangan Setia Alam lepas 8pm, DM je IG @liyana.lifts
        Emergency contact update utk member Dinesh Kumar a/l Rajan: mak dia, Puan Saraswathy, 012-661 9042.
        Confirm booking court badminton Ahad 9pm atas nama Ng Kah Seng, deposit RM30 dah transfer, resit saya attach.
        Coach tolong tengok form deadlift Lim Wei Jie hari ni, dia baru recover dari hernia surgery bulan lepas, jangan bagi lebih 60kg.
        Penalti no-show untuk Sharifah Nur Alya binti Syed Hamzah dah waive sebab dia masuk hospital masa tu (MC attached).
        PT invoice INV-26-1188 untuk Mr. Benjamin Yeo, 10 sessions RM 1,200, bayar guna Mastercard 5521 1528 6477 6560.
        Tahniah kepada member kita Jessica Lau (IG: @jesslau.lifts) yang berjaya turun 18kg dalam 6 bulan! Before & after gambar kat story.
        Ahli baru dari Sabah: MARY JANE GIMBANG, IC 990830-12-5394, pakej Student, bayar cash.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu khidmat pelanggan TenagaFit. Jawab dalam Bahasa Melayu dengan sopan.",
        ),
        (
            "user",
            "Assalamualaikum, saya nak batalkan keahlian. Nama saya Mohd Ikhwan bin Sulaiman, IC 760505-03-5087.",
        ),
        (
            "assistant",
            "Waalaikumussalam Encik Ikhwan. Boleh saya tahu sebab pembatalan dan cawangan keahlian encik?",
        ),
        (
            "user",
            "Cawangan Kota Bharu. Saya baru disahkan ada masalah jantung, doktor larang bersenam berat buat masa ni.",
        ),
    ],
    [
        ("user", "coach, ni Aqilah. lutut kanan sakit lagi lepas sesi lunges semalam"),
        (
            "assistant",
            "Baik Aqilah, kita stop lunges dulu. Sakit dekat bahagian depan atau tepi lutut?",
        ),
        (
            "user",
            "depan, bawah tempurung. dulu pernah koyak meniscus masa main netball sekolah, Aqilah Sofea binti Ramli kalau coach nak cari rekod PAR-Q saya",
        ),
    ],
    [
        ("system", "You are the billing assistant for a gym chain in Malaysia."),
        ("user", "Hi, I was charged twice this month. Name: Jonathan Pereira, member no 51177."),
        (
            "assistant",
            "Sorry about that, Jonathan. Could you share the last 4 digits of the card charged?",
        ),
        (
            "user",
            "It's my Visa ending 8768, full number 4147 0997 3810 8768. Please refund to the same card, my number is 012-889 4027 if you need to call.",
        ),
    ],
    [
        (
            "user",
            "Saya nak daftar anak saya untuk kelas renang junior. Nama dia Nur Qaisara binti Shahrizal, MyKad 140611-01-0348.",
        ),
        (
            "assistant",
            "Terima kasih puan. Umur 12 tahun layak untuk kelas Junior Lanjutan. Ada sebarang keadaan kesihatan yang jurulatih perlu tahu?",
        ),
        (
            "user",
            "Dia ada epilepsi, dah terkawal dengan ubat. Nombor saya 019-273 5506, saya ibu dia, Rozita.",
        ),
    ],
    [
        (
            "user",
            "Hi, I work in JB but I'm a Singapore FIN holder. Can I sign up at your Mount Austin outlet?",
        ),
        (
            "assistant",
            "Yes, foreign members can register with a passport or FIN card. Please share your details.",
        ),
        ("user", "Name is Rahul Menon, FIN G5283716U, contact +65 9184 2370. I'll pay by GIRO."),
    ],
    [
        ("user", "Nak daftar pertandingan Deadlift Challenge bulan depan."),
        ("assistant", "Boleh. Sila berikan nama penuh, kategori berat dan nombor telefon."),
        (
            "user",
            "Nama Chong Yi Xuan, kategori wanita 63kg, tel 011-3318 7720. Saya baru habis pantang 4 bulan lepas, ok ke masuk?",
        ),
        (
            "assistant",
            "Kami cadangkan dapatkan pengesahan doktor dahulu, Cik Chong. Borang pelepasan perubatan akan dihantar melalui WhatsApp.",
        ),
    ],
    [
        (
            "user",
            "Saya jatuh dari basikal spin masa kelas Selasa, pergelangan tangan retak. Boleh claim insurans gim?",
        ),
        (
            "assistant",
            "Maaf atas kejadian itu. Boleh berikan nama penuh dan nombor ahli supaya kami semak laporan insiden?",
        ),
        (
            "user",
            "Zulhilmi bin Osman, ahli 30455. Ni alamat saya untuk borang tuntutan: 14, Jalan Kenari 7, Taman Bukit Indah, 81200 Johor Bahru.",
        ),
    ],
    [
        ("user", "Hi, I'd like to pause my membership for maternity leave."),
        (
            "assistant",
            "Congratulations! We can freeze it for up to 3 months. May I have your name and member number?",
        ),
        (
            "user",
            "Emily Tan Shu Wen, member 27730. Due date is 14 Feb. Send the freeze form to emily.tsw88@yahoo.com please.",
        ),
    ],
    [
        ("user", "bro aku nak refund baki pakej PT, coach aku dah berhenti"),
        (
            "assistant",
            "Boleh, baki sesi akan dikira semula. Sila berikan nama dan akaun bank untuk pemulangan.",
        ),
        (
            "user",
            "Haris Iskandar, Public Bank 3198772005. baki ada 7 sesi dgn coach Azman yg kena buang tu",
        ),
    ],
    [
        ("system", "Pembantu tempahan kelas TenagaFit cawangan Kuching."),
        ("user", "Saya Dayang Nurfarahin, nak tempah yoga prenatal setiap Sabtu."),
        ("assistant", "Baik Cik Dayang. Boleh sahkan nombor telefon untuk peringatan kelas?"),
        (
            "user",
            "013-826 4419. Kandungan saya masuk 24 minggu, doktor kata ada plasenta rendah, jadi nak yang paling ringan.",
        ),
    ],
]
