"""Blind check set ms20: Bahasa Melayu santai (WhatsApp, Telegram, TikTok, group FB) dengan slang dan Manglish. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms20
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "group keluarga & kampung"): _lines("""
        Assalamualaikum semua ahli group, esok gotong royong bersihkan surau Kg Parit Baru, start 8pg. Bwk parang & penyapu sendiri ye 🙏
        Sapa2 nk tumpang lori ke pasar tani Ahad ni roger awal, lori gerak dpn balai raya 6.30pg
        Ingat ye, jgn forward msg pasal duit raya percuma tu. Scam tu, MCMC dah warning
        Met Malaysia kata gelombang haba tahap 1 kat Perlis & Kedah smpi Jumaat, jaga2 anak kecik & warga emas
        Bekalan air terputus kawasan Kuala Selangor 10pg-10mlm esok, Air Selangor dah umum. Tadah air siap2 yer
        Lampu jalan simpang masjid rosak lg, dah buat aduan kat MBPJ, no tiket MBPJ/ADU/2025/118273
        Mesyuarat JKKK mlm Khamis lepas isyak kat balai raya. Agenda: jalan tar baru, lampu solar, yuran khairat
        Group ni utk hal2 kampung je ye. Jual2 barang masuk group satu lagi. Tq - admin
        Ada sapa tau kedai tayar murah area Jasin? kereta pancit kat highway td 😩
        SK Tunku Abdul Rahman Putra cuti Isnin ni sempena Hari Sukan Negara, confirm dari PIBG
        Klinik Kesihatan Bandar Baru Bangi buka vaksin influenza utk warga emas, walk-in Selasa & Khamis 8pg-12tgh
        Hospital Sultanah Nur Zahirah, Jalan Sultan Mahmud, 20400 Kuala Terengganu - waktu melawat 12.30-2ptg & 4.30-7mlm je
        Durian belakang surau dah gugur banyak, sapa nak ambik la, free je utk jemaah 😂
    """),
    ("ms", "jual beli FB & Shopee"): _lines("""
        WTS iPhone 13 128gb blue, BH 89%, fullset box, RM1,650 nego sikit. COD area Shah Alam je, pm
        Nk lepas stroller Joie pakai 6 bulan je, RM180. Serious buyer only, no tipu2 ok
        Tempahan kuih raya dah buka! Tart nenas RM35/balang, semperit RM30. Last order 15 Mac
        Bro harga ok x? RM2.8k utk Y15 2019, geran clear, mileage 21k, cukai jalan smpi Okt
        Parcel dh pos ye, tracking SPXMY044829173658, ETA 2-3 hari bekerja
        J&T 630018829471 status "In transit - Shah Alam DC" dah 4 hari tak gerak 😤
        Invois INV-2025-00872 utk 12 kotak kuih bahulu, jumlah RM456.00, bayar dlm 7 hari
        Kedai Kek Mak Siti Bakery kat Jalan Tuanku Abdul Rahman tu dh tutup ke? nk order kek birthday
        Shopee order 250314K7XQ9PBD dah smpi tp warna salah, nk return mcm mana eh
        Harga emas 916 hari ni RM402/g kat kedai, Public Gold jual RM418/g
        Sapa ada tilam bujang second hand area Kajang? budget bwh RM150
        Peringatan: transaksi dlm group ni risiko sendiri. Buat COD kat tempat ramai org, jgn transfer dulu
        PROMO 11.11 baju kurung moden cotton RM59 je, free pos Semenanjung, Sabah/Sarawak +RM8
    """),
    ("ms", "kenduri & majlis"): _lines("""
        Jemputan Walimatulurus - Sabtu 21 Jun 2025, 11pg-4ptg, Dewan Serbaguna Taman Melawati. Kehadiran tuan/puan amatlah dihargai
        Tukang masak quote nasi minyak 500 pax RM4,200 siap ayam masak merah & dalca. Dh termasuk khemah ke tu?
        Rewang mlm Jumaat, tlg kupas bawang & potong daging. Mak2 bwk pisau sendiri ye
        Sewa kanopi 20x20 RM350 sehari, meja bulat RM15, kerusi RM1.50 sebijik. Hantar & pasang free area Klang
        Doorgift bekas kuih + coklat RM1.20 sebiji kalau ambik 300 ke atas
        Majlis tahlil & doa selamat lepas maghrib mlm Jumaat kat surau, semua jemaah dijemput hadir
        Template kad: "Dengan segala hormatnya kami [NAMA BAPA] & [NAMA IBU] menjemput Dato'/Datin/Tuan/Puan ke majlis perkahwinan puteri kami [NAMA PENGANTIN]"
        Lagu P. Ramlee "Getaran Jiwa" wajib main masa makan beradab, DJ dah set playlist
        Kenduri sambut menantu kat Dewan Orang Ramai Kg Sungai Serai, parking tepi padang bola ye
        Berapa kilo beras utk 800 org? Biasa 1kg utk 8-10 org so dlm 90kg la
        Akad nikah di Masjid Sultan Salahuddin Abdul Aziz Shah, Seksyen 14 Shah Alam, pukul 9 pagi
        Bajet kenduri purata skrg RM25k-RM40k utk 1,000 tetamu, tu blm campur pelamin & baju
    """),
    ("ms", "e-hailing & penghantaran"): _lines("""
        Driver dh sampai, tgk plat nombor dlm app dulu sebelum naik ye. Safety first
        Grab dari klia2 ke Bangi td RM68, surge sbb mlm Ahad
        Promo code RIDEAWAL10 potong RM10 utk trip pertama, valid smpi 31/12
        inDrive ni boleh nego harga kan? aku offer RM15 Sunway Pyramid ke SS15 dia accept
        Lalamove van 1 tan Seremban ke Puchong quote RM145, dh termasuk tol
        Foodpanda lambat gila, order #m7xq-2hk9 dah 1 jam 10 minit tak smpi
        Drop-off kat Lobi Utama Hospital Kuala Lumpur, Jalan Pahang, bukan kat Unit Kecemasan ye
        Maxim update v3.14.2 asyik crash bila buka peta, sapa lg kena?
        Aku jadi driver part-time, sebulan kasar dlm RM2.5k, tolak minyak tinggal RM1.6k je
        Tunggu kat Stesen MRT Tun Razak Exchange (TRX) pintu B ye, senang driver nampak
        Teksi kupon KLIA ke KL Sentral RM95, naik ERL RM55 lagi jimat & laju
        Kalau jadi apa2 dlm trip tekan butang kecemasan dlm app atau terus call 999
    """),
    ("ms", "kerja kosong & HR"): _lines("""
        KERJA KOSONG! Operator pengeluaran kilang Senai, gaji RM1,700 + OT + elaun shift. Walk-in interview Isnin 9pg, bwk salinan IC & sijil SPM
        Jawatan kosong Pembantu Tadbir N19, tarikh tutup 30 Jun. Mohon online kat portal SPA9
        Company ni legit x? Offer part time like video TikTok RM300 sehari tp suruh bayar deposit dulu 🤔
        Tips resume: Nama, No Tel, Emel, Pendidikan, Pengalaman, Kemahiran. Jgn letak no IC penuh kat resume
        Gaji minimum RM1,700 sebulan mula Feb 2025 utk majikan 5 pekerja ke atas
        Interview kat Menara Maybank, Jalan Tun Perak - dress code smart casual ok ke?
        Caruman KWSP pekerja 11%, majikan 13% kalau gaji bawah RM5k
        Jobstreet ada iklan Admin Clerk kat Puchong RM2,200-2,600, min Diploma
        Logistik Abdul Rahman Sdn Bhd (SSM 201901034567) cari driver lori GDL, WhatsApp pejabat 03-3122 4590
        Template slip gaji Excel free, ada column KWSP PERKESO SIP PCB auto kira
        Gig worker skrg wajib caruman PERKESO bawah Akta 789, potong auto dlm app
        Kena buang kerja tanpa notis? Buat aduan kat Jabatan Tenaga Kerja Semenanjung Malaysia, Aras 5, Blok D3, Kompleks D, Presint 1, 62530 Putrajaya
    """),
    ("ms", "komen TikTok & selebriti"): _lines("""
        Dato' Sri Siti Nurhaliza nyanyi "Cindai" live kat AJL semalam, meremang bulu roma 😭
        Lee Chong Wei dulu no.1 dunia 349 minggu, legend badminton negara kita 🏸
        Upin Ipin episod baru ni Kak Ros garang sgt 😂😂
        PM Anwar Ibrahim bentang Belanjawan 2026 kat Dewan Rakyat ptg td, live kat RTM
        Filem Mat Kilau kutip hampir RM100 juta, rekod box office tempatan
        Tunku Abdul Rahman laung "Merdeka!" 7 kali kat Stadium Merdeka 31 Ogos 1957
        Khairul Aming keluar sambal baru lagi, terus sold out 🔥
        Komen2 kat live ni toksik betul, report je jgn layan
        Video abang rider tolong nenek lintas jalan tu dah 2.3 juta view, respect 🫡
        Hang Tuah wujud ke mitos je? debate kat comment section ni panas gila
        Trend "POV: mak aku bila nampak aku main fon" lawak gila 🤣
        Sapa tgk drama Suamiku Encik Sotong mlm td? watak Ariana tu annoying sgt
        Cikgu dlm video ni terangkan Add Maths SPM senang gila, follow2 ✌️
    """),
    ("ms", "duit, bank & amaran scam"): _lines("""
        AMARAN: ada scammer guna nama Pos Malaysia kata parcel tertahan kastam, suruh klik link. JANGAN KLIK!
        Semak akaun bank/no fon scammer kat portal Semak Mule PDRM sebelum transfer duit
        Dah tertransfer kat scammer? Call terus NSRC 997, lagi cepat lagi tinggi peluang sekat
        Maybank2u maintenance 12am-6am Ahad ni, DuitNow mungkin lambat masuk
        Tabung Masjid Al-Falah Kg Sg Merab: Bank Islam 12023010045678, sumbangan utk baiki bumbung
        Pinjam dgn Ah Long bahaya, bunga smpi 20% sebulan. Baik pergi TEKUN atau Agrobank
        Dividen ASB tahun ni 5.75 sen seunit, PNB umum semalam
        Tukar duit raya baru kena tempah slot online, had RM2,000 seorang
        HASiL Care Line 03-8911 1000 kalau nak tanya pasal e-Filing
        Nk buat personal loan, DSR jgn lebih 60%, bank tgk slip gaji 3 bulan terkini
        DuitNow ref M10293847562, RM250.00, 12/03/2025 21:14:07 - Berjaya
        Talian Kasih 15999 utk kes keganasan rumah tangga atau masalah keluarga, 24 jam
        Rasa tertekan? Befrienders KL 03-7627 2929, ada org sedia dengar
    """),
    ("ms", "templat & notis sistem"): _lines("""
        Borang pinjaman koperasi: Nama: __________ No. KP: ______-__-____ No. Tel: ___________ Jumlah: RM______
        NOTIS ADMIN: jgn hantar gambar IC, slip gaji atau no akaun bank dlm group awam. PM admin je kalau perlu
        [AUTO-REPLY] Terima kasih kerana menghubungi Kedai Runcit Haji Salleh. Kami akan balas dlm waktu operasi 8pg-10mlm
        RM0 TAC DuitNow anda ialah 482913. Jgn kongsi dgn sesiapa. Sah 3 minit
        Tahniah! Permohonan STR anda diluluskan. Bayaran Fasa 2 akan dikreditkan ke akaun bank berdaftar
        git commit -m "fix: mask no telefon & no IC dlm export CSV ahli khairat"
        Regex MyKad utk validate borang: ^[0-9]{6}-[0-9]{2}-[0-9]{4}$ - jgn simpan input dlm log
        Contoh no IC utk latihan: 000000-00-0000 (dummy, jgn guna data betul)
        SHA256 backup group: 3f9a7c1e0b52d84f6e1a9c37b0de45f28c6a1b93e7d0452fa81c6e39b274d5e0
        Waktu solat WLY01: Subuh 5:58, Zohor 1:20, Asar 4:28, Maghrib 7:24, Isyak 8:35
        Ganti MyKad hilang kali pertama RM10, bwk laporan polis ke JPN, No. 20 Persiaran Perdana, Presint 2, 62551 Putrajaya
        {nama}, tempahan anda #{order_id} akan dihantar pada {tarikh}. Balas STOP utk berhenti langganan
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Kak Yah a.k.a Zaliha binti Osman, kalau nk order kuih pm dia terus 0137729184 👍
        Adik aku Nurul Huda bt Kamarudin tgh admit HTAA Kuantan wad 5B, denggi berdarah. Doakan dia ye semua 🤲
        Sapa nk bank in duit khairat utk Pak Din, akaun Maybank 1142 8870 3365 a/n Mohd Syafiq bin Roslan (anak dia)
        IC aku 920314 01 5527, tlg isi kan borang tu. Nama Muhammad Hafiz bin Jaafar
        Alamat hantar: Norliza Hamid, No 12 Lrg Mawar 3, Tmn Sri Gading, 83000 Batu Pahat, Johor. Tel 0197734521
        Bro, Faizal anak Pak Hassan Kg Baru Kuala Nerus tu kena cekup dadah, kes sebut Mahkamah Majistret K. Terengganu 14hb ni
        Gaji laki aku Azman Shah bin Ibrahim baru RM2,850 kerja operator kilang Senai, mcm mana nk cukup 🥲
        Tlg doakan Cikgu Rosnah Ismail SK Kg Parit Haji Ali, baru disahkan kanser payudara tahap 3
        Driver Grab td nama Ahmad Zaki, Myvi putih VDE 4471, dia lupa pulangkan baki aku, sapa kenal tag dia
        Pinjam RM300 dulu bro nanti gaji masuk aku bayar. CIMB 7009551284 a/n Khairul Anuar bin Md Yusof
        Pakcik sy Haji Rahim bin Said, 72 thn, nyanyuk, duduk sorang kat Lot 1123 Kg Sg Merab Luar, Sepang. Kalau nampak dia merayau call 0126648092
        tlg transfer ke TnG ewallet 011 2398 4471 (Syamimi Azhar), duit pinjam minggu lepas tu
        kak, no fon baru sy 0165523097, yg lama hilang. Ni Fatin Amira anak Mak Som Kg Tebuk ye
        Sapa kenal Siti Khadijah bt Mohd Noor, IC 980721-10-5364? Last nampak kat LRT Kelana Jaya Sabtu lepas, family tgh cari
        Abg ipar aku Rizal Hamzah kerja Woodlands, IC PR SG dia S8834127I, nk renew kena bwk apa?
        Passport Mak, Rokiah bt Mahmud, A51827364, expire 03/2026, nk pegi umrah Mei ni sempat ke
        Telegram aku @fiqa_zulaikha98, nama penuh Nur Syafiqah Zulaikha bt Rashid, dm kalau nk beli tudung
        Anak Mak Limah Kg Padang Jawa, si Hairul Nizam bin Osman, kena reman 4 hari sebab kes pecah rumah kat Tmn Pelangi
        Saga merah JQT 8821 tu Pak Atan rumah no 7 Lorong 2 Tmn Desa Jaya punya, tiap2 hari parking halang pagar aku
        Ustazah Maznah Ibrahim yg ngajar kat SRA Kg Bukit Tunggal tu dah bercerai dgn laki dia bulan lepas, skrg duduk dgn mak dia
        Depo bilik RM300 bank ke Public Bank 4182793051 a/n Lim Wei Jie ye, sy tuan rumah
        Dompet hilang, ada kad debit 5521 1588 0934 7128 exp 09/27, nama atas kad AMIRUL HAKIM B ZAINAL
        Sy Mak Cik Zubaidah, rumah hijau sebelah surau Kg Sg Lang Tengah, Banting. Nk tempah 200 pax nasi minyak, call 0193305718
        Pemenang cabutan bertuah: Rosli b. Hj Daud, IC 6703xx-03-xxx1, Kg Kubang Kerian, Kota Bharu
        Muhammad Irfan bin Azhar (IC 950602-14-6213) & Nur Alya Batrisya bt Kamal (IC 970915-08-5470), borang nikah dah hantar pejabat agama
        Cucu Tok Wan, Aiman Danial bin Faris, 7 thn, autisme, kelas PPKI SK Seksyen 7 Shah Alam. Sapa ada info terapi murah?
        Mak aku Halimah bt Che Mat sakit buah pinggang tahap 5, dialisis 3x seminggu kat Pasir Mas. Sapa boleh tumpang hantar?
        Sewa Pak Kassim tertunggak 3 bulan RM1,800, dia duduk Blok C-3-12 PPR Kerinchi, Pantai Dalam
        WhatsApp terus sy +60 11-2345 8891, Aisyah (Echa), rumah Seksyen 9 Bandar Baru Bangi, COD dpn rumah
        Slip gaji Kak Nora Abdul Aziz bulan 5: RM1,950, potong pinjaman koperasi RM420, dia cikgu Tabika KEMAS Kg Jawa
    """),
    "ms-en": _lines("""
        Bro my cousin Darren Tan Kok Leong kena retrench from Intel Penang last week, boleh refer any job? his email darren.tkl88@yahoo.com
        Guys lost wallet near Mid Valley, IC name Priya a/p Suresh, 010407-14-0298, pls DM if found 🙏
        My housemate Wong Mei Ling ada depression, dia on sertraline 50mg, so pls jgn bising mlm2 ok
        Lalamove driver td Mr Kumar, plate WVX 2290, no dia 017-663 2081, he damaged my fridge, how to claim ah?
        Fyi Ah Meng from Taman Connaught pinjam RM5k from along, now along kacau his mum kat 23 Jln Cerdas 5, Cheras
        Boss pls send to HR: Hafizuddin Roslan, staff ID MY-40218, basic RM3,200 + allowance RM450, KWSP no 18829104
        Hi I'm Jason Lim, HP 012 889 4417, looking for room near UM, budget RM600, male non-smoker
        Wei Han's wife Grace Ooi just delivered baby girl at Pantai Hospital KL semalam, 2.9kg, congrats!!
        Tenant ref: Mohd Faris b Abdullah, IC 880912-06-5191, prev address 5-2-7 Pangsapuri Seri Mutiara Kuantan, bayar sewa lambat 4x
        My China supplier Mr Chen Weiming, WeChat chenwm_1988, ID 445122198803152419, HP +86 138 2771 4406, ask him for invoice
        SG side: Ms Tay Hui Min, NRIC T0215583J, HP 9183 4426, collect durian at Blk 512 Bedok North Ave 3 #08-221
        Pls pray for my dad Ganesan s/o Muniandy, 64, stroke last nite, now ICU Hospital Seberang Jaya bed 12
        Grab food accident: rider Haziq Irfan, Y15 plate PMC 7715, patah kaki kiri, admitted Hosp Pulau Pinang
        Taiwan fren Lin Ya-Ting, LINE lin_yating0612, ARC/ID F227183506, nak sewa bilik kat Penang 6 bulan
        Sponsor kenduri: Dr. Azlina Md Said (0128830192) RM500, Encik Razak Kg Lubuk Batu RM200
        Fren, my FIN F2281940L, can help check my SG work pass status? Name Muhd Amirul Haikal bin Rosdi
        Rider Foodpanda ni, sy Aqil Hakimi. Hantar ke Puan Farah, No 8 Jln Anggerik 2/4, Tmn Anggerik, 43000 Kajang kan? sy dh kat luar pagar
        Honda City hitam WB 3318 H, owner Lee Chee Keong, langgar motor aku kat traffic light Jln Klang Lama then lari
        Sepupu aku Chan Ka Yan kerja HK, HKID R418207(2), phone 6182 3370, can help her apply MM2H?
        Payment fail: card 4029 1833 7605 2141, cardholder NG SIEW PENG, billing addr 17 Jalan SS2/55, Petaling Jaya
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "tlg tulis msg WhatsApp sopan nk pinjam duit RM800 dgn kawan lama"),
        (
            "assistant",
            "Boleh. Contoh: 'Assalamualaikum, maaf ganggu. Aku tgh sesak sikit bulan ni, boleh x aku pinjam RM800? Aku janji bayar balik hujung bulan depan.'",
        ),
        ("user", "ok tambah skali details akaun aku kat hujung"),
        ("user", "Bank Rakyat 110 238 841 907, a/n Nurhidayah bt Zakaria"),
        ("assistant", "Baik, saya tambah baris akaun di hujung mesej tu."),
    ],
    [
        ("system", "Anda pembantu khidmat pelanggan aplikasi e-hailing. Jawab dlm Bahasa Melayu."),
        ("user", "driver tak jumpa sy, pickup point salah"),
        ("assistant", "Maaf atas kesulitan. Boleh kongsikan lokasi pickup yang betul?"),
        (
            "user",
            "rumah sy No 21 Jalan Bukit Indah 14/3, Taman Bukit Indah, 81200 JB. Nama Suhaila",
        ),
        ("user", "no fon 0187720465 suruh dia call"),
        ("assistant", "Terima kasih, saya dah kemas kini lokasi dan maklumkan pemandu."),
    ],
    [
        ("user", "Boleh tolong susun senarai RSVP kenduri ni ikut meja?"),
        ("assistant", "Boleh, sila tampal senarai tetamu."),
        (
            "user",
            "Meja 1: Pak Ngah Borhan (Kg Sg Haji Dorani, 0134458821), Mak Teh Sharifah\nMeja 2: Cikgu Salmi + suami, Encik Lokman",
        ),
        ("assistant", "Baik, saya susun ikut meja dan urutan keluarga."),
    ],
    [
        ("user", "Saya nk mohon kerja admin, boleh buatkan cover letter?"),
        ("assistant", "Boleh. Apa nama penuh dan kelayakan anda?"),
        (
            "user",
            "Nama Siti Nur Amirah binti Jamaluddin, Diploma Pengurusan Pejabat Politeknik Ungku Omar 2021",
        ),
        ("assistant", "Terima kasih. Ada maklumat perhubungan untuk diletak di atas surat?"),
        ("user", "IC 000814-08-1432, tel 019-552 7346, emel amirahjamal00@gmail.com"),
    ],
    [
        ("user", "aku kena tipu beli PS5 kat FB marketplace, dh transfer RM1,900"),
        (
            "assistant",
            "Maaf dengar. Segera buat laporan polis dan hubungi NSRC di 997. Simpan semua bukti perbualan dan resit transfer.",
        ),
        (
            "user",
            "akaun dia RHB 2 14567 0012 8843, nama Mohd Firdaus bin Kamil, fb dia 'Daus Gadget Murah'",
        ),
        ("user", "macam mana nk tulis laporan polis?"),
        (
            "assistant",
            "Nyatakan tarikh, jumlah, cara pembayaran, butiran akaun penerima dan lampirkan tangkap layar.",
        ),
    ],
    [
        ("user", "ringkaskan chat group family ni utk aku"),
        (
            "user",
            "[08:12] Abg Long: Mak Ngah Salmah masuk HUSM td, doktor kata ada ketumbuhan kat rahim\n[08:15] Kak Chik: Ya Allah, wad berapa?\n[08:16] Abg Long: Wad Delima 2, katil 7. Anak dia Rahmat tgh dlm perjalanan dari KL",
        ),
        (
            "assistant",
            "Ringkasan: Mak Ngah Salmah dimasukkan ke HUSM (Wad Delima 2, katil 7) kerana ketumbuhan pada rahim; anaknya Rahmat dalam perjalanan dari KL.",
        ),
    ],
    [
        ("user", "help me calculate car loan, Axia RM38k, 9 years, 3.2% flat"),
        ("assistant", "Interest ≈ RM10,944; total RM48,944; monthly ≈ RM453."),
        (
            "user",
            "ok the loan under my gf name, Siti Aishah bt Rahman, her salary RM4,100 at Petronas Dagangan",
        ),
        ("user", "her IC 960228-11-5026, can she get approve ah?"),
        (
            "assistant",
            "With RM4,100 gross, an RM453 instalment is usually within bank DSR limits, subject to her existing commitments.",
        ),
    ],
    [
        ("system", "You help landlords draft notices in Bahasa Melayu."),
        ("user", "draft notis tuntutan sewa tertunggak"),
        ("assistant", "Baik. Siapa penyewa, unit, dan jumlah tertunggak?"),
        ("user", "Penyewa: Encik Tan Boon Hock, unit A-11-03 Residensi Seri Jati, Setapak"),
        ("user", "tertunggak RM2,400 (Ogos-Okt), dia kata baru kena buang kerja"),
    ],
    [
        ("user", "translate to English pls: 'Abang, passport sy dah siap?'"),
        ("assistant", '"Brother, is my passport ready?"'),
        (
            "user",
            "next: 'Nama dlm passport MOHD NAZRI BIN ABU BAKAR, no A40918273, tarikh lahir 11/04/1989, tolong pos ke Lot 56 Kg Bukit Changgang, 42700 Banting'",
        ),
        (
            "assistant",
            '"The name on the passport is MOHD NAZRI BIN ABU BAKAR, number A40918273, date of birth 11/04/1989; please post it to Lot 56 Kg Bukit Changgang, 42700 Banting."',
        ),
    ],
    [
        ("user", "Kakak aku mengandung 7 bulan tp kena kerja shift malam, boleh ke majikan paksa?"),
        (
            "assistant",
            "Di bawah Akta Kerja, pekerja wanita hamil dilindungi; ada had kerja malam yang perlu dipatuhi majikan.",
        ),
        ("user", "nama dia Norhafizah Ab Wahab, kerja kat kilang Sony EMCS Bangi, line 4"),
        ("user", "supervisor dia ugut potong gaji kalau tak datang"),
        (
            "assistant",
            "Dia boleh membuat aduan di Jabatan Tenaga Kerja berdekatan dengan bukti ugutan tersebut.",
        ),
    ],
]
