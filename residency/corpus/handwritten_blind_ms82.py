# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms82: Bahasa Melayu kedai baiki telefon bimbit dan gajet (skrin, data, waranti, IMEI, aduan). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms82
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_kedai"): _lines("""
        Notis: Semua telefon yang tidak dituntut dalam tempoh 60 hari selepas siap akan dilupuskan tanpa notis lanjut.
        Kedai tutup setiap hari Isnin. Waktu operasi Selasa–Ahad 10.30 pagi hingga 9.00 malam.
        Sila backup data anda sebelum hantar baiki. Kedai tidak bertanggungjawab atas kehilangan gambar, WhatsApp atau kenalan.
        Slip resit wajib dibawa semasa mengambil peranti. Tanpa slip, kad pengenalan pemilik asal perlu ditunjukkan di kaunter.
        Waranti servis 3 bulan untuk skrin dan 1 bulan untuk bateri. Waranti terbatal jika ada kesan air atau retak baru.
        Harga tukar skrin iPhone 13: OEM RM280, Original pull RM520. Harga boleh berubah ikut stok.
        Kami TIDAK menerima telefon yang disekat (blacklist) atau telefon tanpa bukti pemilikan.
        Caj semakan (diagnosis) RM20 akan ditolak daripada bil jika pelanggan setuju untuk baiki.
        Cuti Deepavali: kedai tutup 31 Okt hingga 2 Nov. Semua job yang siap boleh diambil mulai 3 Nov.
        Pembayaran diterima: tunai, DuitNow QR, Touch 'n Go eWallet, kad debit/kredit (caj 1.5% untuk kad kredit).
        Perhatian: Kami tidak akan meminta kata laluan iCloud atau PIN perbankan anda. Hanya passcode skrin jika perlu untuk ujian.
        Lot G-23, Tingkat Bawah, Plaza Low Yat, Bukit Bintang | Tel kedai: 03-2148 7735 | SSM 202301045512 (1519873-K)
        Tempoh baiki biasa 1–3 hari bekerja. Untuk papan induk (motherboard) dan pemulihan data, 7–14 hari bekerja.
        Telefon masuk air: jangan cas, jangan hidupkan, terus bawa ke kedai dalam masa 24 jam.
    """),
    ("ms", "soalan_lazim"): _lines("""
        Macam mana nak semak IMEI? Dail *#06# atau lihat di Tetapan > Perihal Telefon. IMEI ada 15 digit.
        Boleh tak data WhatsApp diselamatkan kalau skrin pecah teruk tapi telefon masih hidup? Boleh, selalunya kami sambung skrin sementara untuk backup dulu.
        Apa beza skrin OEM, incell dan original? Incell lebih murah tapi lebih tebal dan warnanya kurang tepat berbanding OLED asli.
        Kenapa bateri cepat kembung? Biasanya sebab bateri dah lama, charger murah atau telefon selalu panas semasa dicas.
        Adakah tukar skrin di kedai luar akan batalkan waranti pengeluar? Ya, kebanyakan jenama batalkan waranti jika peranti dibuka oleh pihak tidak sah.
        Kalau iPhone keluar mesej "Unknown Part" selepas tukar skrin, adakah ia rosak? Tidak, ia cuma notis daripada iOS dan fungsi lain masih berjalan.
        Bagaimana nak buang akaun Google daripada telefon sebelum jual? Pergi ke Tetapan > Akaun > Google > Buang akaun, kemudian buat factory reset.
        Telefon saya hilang, apa perlu buat? Buat laporan polis, kemudian hubungi telco untuk sekat SIM dan minta IMEI disekat.
        Berapa lama proses pemulihan data dari kad memori yang rosak? Bergantung pada saiz dan tahap kerosakan, biasanya 3 hingga 7 hari.
        Port cas longgar boleh dibaiki tak? Selalunya cukup dengan cuci habuk dalam port; kalau pin patah, perlu tukar sub board.
        Selamat ke guna charger 65W pada telefon yang sokong 25W sahaja? Selamat, telefon hanya tarik kuasa yang disokong, asalkan charger ada label SIRIM.
        Kenapa kena bagi passcode masa hantar baiki? Supaya juruteknik boleh uji Face ID, kamera dan sentuhan selepas baiki; tukar passcode selepas ambil telefon.
        Apa maksud telefon "bootloop"? Telefon asyik restart pada logo jenama dan tidak masuk ke skrin utama.
        Bolehkah pengguna tuntut ganti rugi jika kedai hilangkan telefon? Boleh, aduan boleh difailkan di Tribunal Tuntutan Pengguna Malaysia.
    """),
    ("ms", "log_kerja"): _lines("""
        JS-2611-0142 | Redmi Note 13 | LCD pecah, touch ok | tukar LCD OEM | RM245 | siap 14:30
        JS-2611-0143 | iPhone 12 Pro | Face ID tak jalan lepas jatuh | rujuk tech senior | status: menunggu alat ganti
        Stok masuk 06/12: 10 pcs bateri iPhone 11 (kod BAT-IP11-3110), 5 pcs LCD Samsung A54 (GH82-30466A), 20 pcs port Type-C universal.
        Invois pembekal INV-SZ-88213 bertarikh 02/12/2026, jumlah RM4,318.50, bayaran melalui FPX.
        Job #0150: Oppo A78, mati total, ukur arus 0.00A, syak IC kuasa. Anggaran RM180–RM260.
        Laporan harian 05/12: 27 job masuk, 22 siap, 3 tunggu part, 2 dipulangkan tanpa baiki. Jualan aksesori RM1,146.
        Pemulangan part rosak ke pembekal: RMA-7731, 3 unit LCD Vivo Y36 ada garis hijau.
        Job #0161: Galaxy S22 Ultra, kamera belakang berkabut, tukar kaca lensa kamera, RM60, tiada isu lain.
        Kalibrasi stesen pateri Quick 861DW dibuat 01/12/2026, suhu disahkan 350°C ±5.
        Pos Laju keluar: EP774399215MY, 2 kotak alat ganti untuk cawangan Seremban.
        Job #0166: iPad 9th Gen, digitizer retak, tukar digitizer + pelekat, RM190, ujian sentuhan lulus.
        Peranti tidak dituntut lebih 60 hari: 4 unit (job #0032, #0047, #0051, #0068) dihantar untuk kitar semula e-sisa.
        Semakan kualiti 03/12: 2 daripada 40 skrin OEM batch SC-1125 ada dead pixel, dipulangkan.
        Ringkasan November: purata masa baiki 1.8 hari, kadar tuntutan waranti 4.2%, job paling banyak tukar skrin (46%).
    """),
    ("en", "warranty_terms"): _lines("""
        The 90-day service warranty covers only the replaced part and the workmanship; it does not cover physical damage, liquid damage or software issues.
        Warranty claims must be made with the original receipt. The job sheet number is printed at the top right of the receipt.
        We are not responsible for any data loss during repair. Customers are strongly advised to back up their devices before handing them over.
        Devices left uncollected for more than 60 days after the customer is notified will be disposed of in accordance with shop policy.
        Refunds are issued only for repairs that fail within 7 days and cannot be fixed on a second attempt.
        Under the Consumer Protection Act 1999, services must be carried out with reasonable care and skill.
        Data recovery is offered on a no-data-no-fee basis; a non-refundable evaluation fee of RM50 applies to physically damaged storage.
        Screen protectors and back covers removed during repair will not be reinstalled unless the customer supplies a new one.
        Warranty is void if the warranty sticker is torn or if the device has been opened by another technician.
        Battery replacements carry a 30-day warranty against defects; capacity below 80% within that period qualifies for a free replacement.
        Personal data collected on the job sheet is used only to contact you about your repair and is handled under the Personal Data Protection Act 2010.
        Quotations are valid for 7 days. Additional faults found during repair will be quoted separately before any work proceeds.
        Water-damaged devices are repaired on a best-effort basis with no warranty on the mainboard.
    """),
    ("mixed", "chat_staf"): _lines("""
        bos, battery iphone 11 tinggal 2 pcs je, nak order lagi dari supplier kat Low Yat ke Shenzhen?
        Sapa guna hot air station last night tak off? Pagi tadi masih panas weh, bahaya.
        Eh the new batch of incell for A54 quite teruk la, touch lag sikit, better we stop sell first.
        Harini walk-in ramai gila, semua nak tukar screen protector sebab promo 11.11 lah kot.
        Reminder: semua job sheet kena scan masuk sistem before tutup kedai, jangan tinggal atas meja.
        Anyone know which flex cable fits Redmi Note 12 4G vs 5G? Supplier hantar salah model again.
        Lepas ni kalau customer tanya data recovery for SSD MacBook M1, terus cakap kita tak buat, refer ke lab.
        Aircond kedai bocor lagi, dah call pengurusan bangunan, diorang kata datang petang esok.
        Stok tempered glass privacy for iPhone 15 habis, tolong tambah dalam order list ya.
        Ok noted, harga baru tukar screen Vivo V29 RM330 start Isnin depan, update kat papan harga juga.
        Jangan lupa charge semua unit demo sebelum open shop, semalam dua unit mati masa customer nak test.
        Ada sesiapa nampak screwdriver pentalobe yang biru tu? Last seen kat meja tech 2.
        This month target 600 jobs, so far we at 412, kena push accessories sikit.
        FYI sistem POS down 10 minit tadi, transaksi cash saya tulis manual dalam buku merah.
    """),
    ("ms", "berita_industri"): _lines("""
        Steve Jobs memperkenalkan iPhone pertama pada Januari 2007 di Macworld, San Francisco.
        Lei Jun, pengasas Xiaomi, sering menekankan strategi harga berpatutan untuk pasaran Asia Tenggara.
        Kesatuan Eropah mewajibkan port USB-C untuk kebanyakan telefon baharu yang dijual di pasarannya mulai akhir 2024.
        MCMC menggesa pengguna membeli telefon daripada peniaga berdaftar bagi mengelak peranti yang disekat.
        Isu hak untuk membaiki (right to repair) semakin dibincangkan oleh persatuan pengguna di Malaysia.
        Apple melancarkan program Self Service Repair di Amerika Syarikat pada tahun 2022.
        Kementerian Perdagangan Dalam Negeri dan Kos Sara Hidup menerima aduan pengguna melalui portal e-Aduan dan talian 1-800-886-800.
        Tim Cook menjadi Ketua Pegawai Eksekutif Apple pada tahun 2011, menggantikan Steve Jobs.
        Bateri litium dan papan litar terpakai dikategorikan sebagai buangan terjadual di bawah Akta Kualiti Alam Sekeliling 1974.
        Samsung memperkenalkan Galaxy Fold pertama pada 2019, membawa cabaran baharu kepada kedai baiki kerana skrin boleh lipat.
        Jabatan Alam Sekitar menyediakan senarai pusat kutipan e-sisa isi rumah di setiap negeri.
        Persatuan peniaga telefon bimbit di Plaza Low Yat mengadakan bengkel keselamatan data untuk ahli-ahlinya.
    """),
    ("en", "templates"): _lines("""
        Hi [Customer Name], your [Device Model] (Job No. [JS-XXXX]) is ready for collection. Total due: RM[Amount].
        Dear {customer_name}, we regret that the repair for job {job_id} could not be completed. Please collect your device within 14 days.
        Name: ____________ | IC/Passport No.: ____________ | Phone: ____________ | Device: ____________ | Fault: ____________
        Auto-reply: Thanks for contacting us! Our technicians reply 10am–9pm daily. Please share your phone model and the problem.
        Hello {{first_name}}, your warranty for {{part}} expires on {{expiry_date}}. Reply STOP to opt out.
        Consent: I, ____________________ (IC No. ______________), authorise the shop to access my device for the purpose of repair and data recovery.
        Quotation #Q-[number] | Device: [model] | Parts: [list] | Labour: RM[ ] | Validity: 7 days
        Collection by a third party requires an authorisation letter signed by the owner and a copy of both identity cards.
        Review reply: Thank you for your feedback, [Name]. We are sorry about your experience and have passed it to our service manager.
        SMS: Your device is ready. Job {job_id}. Collect at {branch_name} before {date}. Bring this SMS and your receipt.
        Police report checklist for a lost phone: date and place of loss, phone model, colour, IMEI number, telco and SIM number.
        Data recovery intake form fields: device type, storage capacity, symptoms, files to prioritise, preferred contact method.
    """),
    ("mixed", "promo_pengumuman"): _lines("""
        PROMO 12.12! Tukar bateri iPhone 11–14 hanya RM119, siap dalam 30 minit. Walk-in je, no appointment needed.
        Cawangan baru kami di Aeon Mall Bukit Tinggi, Klang kini dibuka! Hubungi 03-3318 4420 untuk tempahan.
        Untuk semakan waranti rasmi Samsung, sila hubungi Samsung Malaysia careline 1800-88-9999, bukan melalui kedai kami.
        Free diagnosis for all water damage phones this weekend only! Datang awal, slot terhad.
        Trade-in telefon lama anda, dapat rebat sehingga RM300 untuk pembelian telefon terpakai gred A.
        Kedai kami pusat kutipan e-sisa berdaftar: buang telefon lama di kotak hijau depan kaunter, percuma.
        Hiring! Juruteknik baiki telefon, pengalaman 1 tahun, gaji RM2,200–RM3,500 + komisen. Emel resume ke hr@fixmobile.com.my
        Student promo: tunjuk kad pelajar IPTA/IPTS, dapat diskaun 10% untuk semua servis skrin.
        Follow kami di Instagram @kedaifixitkl untuk tips jaga telefon dan promo mingguan.
        Poskod 43000 dan 43300 layak servis pick-up & drop percuma untuk order atas RM150.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        BORANG TERIMA BAIKI | No. Job: JS-2611-0177 | Nama: MUHAMMAD HAZIQ BIN ROSLAN | No. IC: 990205-03-5137 | Tel: 013-928 4416 | Peranti: iPhone 13, Midnight | Masalah: skrin pecah, Face ID ok | Deposit RM100
        Pelanggan Nurul Aina binti Kamarudin (011-2734 8890) minta data recovery gambar anak dari Samsung A32 yang masuk air, sanggup bayar sehingga RM400.
        Laporan polis Balai Polis Dang Wangi: pengadu SITI KHADIJAH BINTI OMAR, IC 950723-14-6218, melaporkan iPhone 14 Pro (IMEI 353918114666643) dicuri dalam LRT di stesen Masjid Jamek.
        Aduan: Encik Ravi a/l Muniandy mendakwa telefon Oppo Reno8 beliau calar teruk selepas tukar bateri di kedai ini pada 28 Nov dan menuntut ganti rugi RM500.
        Refund RM230 untuk job #0188 telah dibuat ke akaun Maybank 1642 3309 8715 atas nama Lee Chee Keong.
        Jangan terima lagi job dari Kumaresan a/l Subramaniam — dua kali bawa telefon yang IMEI disekat, syak barang curi.
        Surat kebenaran: Saya, NORAZLINA BINTI ABD GHANI (IC 760301-07-5086), membenarkan anak saya mengambil Huawei P30 saya (Job JS-2611-0102) di kedai.
        Tan Mei Ling minta tukar skrin telefon anaknya yang darjah 5 di SJK(C) Chung Hwa, katanya budak tu jatuhkan masa kelas PJ.
        Staf Hafiz bin Rosli MC 3 hari (4–6 Dis) kerana demam denggi, job dia pass kepada tech 2.
        Alamat penghantaran balik: Pn. Rohani Ismail, No. 27, Jalan Mawar 3/5, Taman Mawar, 43000 Kajang, Selangor. Tel 019-377 5102.
        Tuntutan waranti: En. Faizal Yusof, skrin Redmi Note 12 yang ditukar 3 minggu lepas ada garis hijau, job asal JS-2610-0931.
        Pembayaran kad: VISA 4532 1201 7000 8671, exp 08/28, pemegang kad CHONG WEI JIE, jumlah RM612.00 untuk tukar skrin Galaxy S23 Ultra.
        Telefon tertinggal di kaunter, Vivo Y17 biru, wallpaper gambar kahwin; pemilik mungkin kakak kedai kain sebelah, dah call 017-661 2094 tapi tiada jawapan.
        Senarai tak tuntut >60 hari: (1) Azman bin Hassan, Nokia G21, 012-405 3381; (2) Chandra d/o Ramasamy, Realme C55, 016-883 0427.
        Pelanggan warga Bangladesh, MD RAHIM UDDIN, pasport EF0481276, hantar Samsung A14 untuk tukar port cas, tel 011-1627 3304.
        Pelanggan dari Singapura, Goh Jun Hao (NRIC S8734512B), tinggal sementara di Iskandar Puteri, minta kami hubungi di +65 9123 4876.
        Nota juruteknik: telefon Cik Amirah Zulkifli ada banyak gambar laporan perubatan dan preskripsi ubat psikiatri dalam galeri — jangan buka folder tu, privasi.
        Pn. Lim Siew Hoon bayar deposit RM150 untuk data recovery MacBook, baki RM350 bila siap, dia kata gaji masuk 25hb.
        Ahmad Fauzi bin Mat Isa, juruteknik, diberi surat amaran pertama kerana mengambil wang tunai RM80 dari laci tanpa rekod.
        Pick-up oleh Grab: rider akan ambil iPad di rumah Encik Kenny Wong, Unit 12-3A, Residensi Sentral, Jalan Tun Sambanthan, 50470 Kuala Lumpur.
        Kereta pelanggan WXR 7732 (Honda City putih, milik Dr. Priya Nair) parkir depan loading bay, minta dia alihkan bila datang ambil telefon.
        Semakan IMEI 354678116414108 untuk Haslinda binti Kassim: status disekat oleh telco atas laporan kecurian bertarikh 12/11/2026.
        Emel pelanggan syafiqah.rahim92@gmail.com minta sebut harga tukar bateri iPhone XR, tolong balas sebelum Jumaat.
        Aisyah Humaira (pelajar tahun 2 Diploma Sains UiTM Shah Alam, datang naik motor EX5 merah) janji ambil Poco F5 esok, belum bayar baki RM90.
        Pindahan WhatsApp dari iPhone ke Samsung untuk Encik Jeffrey Dass siap, 14,233 mesej, 2.1 GB media; dia minta padam salinan dari PC kedai.
        BORANG PEMULIHAN DATA | NAMA: WONG KAR MUN | IC: 880412-10-5524 | Peranti: WD My Passport 2TB tak dikesan | Fail penting: gambar perkahwinan, dokumen cukai LHDN
    """),
    "en": _lines("""
        Customer Daniel Fernandes called from 012-776 3091 asking why his Pixel 7 repair is taking two weeks; he needs it for a work trip to Kuching on Friday.
        Google review by Jasmine Teoh: worst service ever, the technician scratched my screen and refused to refund me. Reply pending from manager.
        WARRANTY CLAIM FORM | Name: PRAKASH S/O VELU | IC: 840619-08-6335 | Mobile: 014-902 7718 | Device: OnePlus 11 | Claim: battery swelling after 3 weeks
        Refund approved: RM180 to CIMB account 8009 4412 7653 06 (Nur Farhana binti Abdullah), reason: wrong part fitted.
        Card on file for monthly repair plan: Mastercard 5523 4121 2423 7045, cardholder Mr. Benjamin Chua, billed on the 5th.
        Incident note: customer Mohd Zaki Hamzah became aggressive at the counter on 3 Dec after being told his phone was beyond repair; mall security was called.
        Please courier the repaired Galaxy Tab to Ms. Catherine de Souza, 14 Jalan Bunga Raya, Taman Melaka Baru, 75350 Batu Berendam, Melaka.
        Data recovery report for Mr. Gurdev Singh Gill: recovered 3,412 photos and a folder named Divorce documents, delivered on USB, original drive returned.
        Telegram user @farid_ipfix99 offering to sell 20 iPhone 12 mainboards with no invoice — possibly stolen parts, do not deal.
        Technician log: Melissa Tan Hui Min's iPhone 15 Pro Max passcode 270519 noted for testing, to be deleted after collection.
    """),
    "mixed": _lines("""
        bro, customer nama Ah Keong yang jual durian kat pasar malam Taman Connaught every Wednesday tu, his phone dah siap belum? dia call banyak kali.
        Kak Ros, nombor pelanggan tu 018-224 6570, dia nak tahu status job dia, can you call back after lunch?
        guys jangan kasi tahu sesiapa, encik Zulkarnain bin Othman tu bawa phone isteri dia suruh unlock, I think dia nak check chat isteri, so I refuse.
        Shanti a/p Krishnan kata dah DuitNow RM150 dari no. telefon dia 011-3398 2041, tolong check masuk ke belum.
        OK done backup for Mr. Ong Boon Huat, 128GB, banyak gambar ayah dia kat hospital lepas stroke, dia nak simpan semua, pass to him by pendrive.
        Boss, pekerja Indonesia Sutrisno, pasport C4471928, tinggal phone kat kedai 2 bulan dah, nak buang ke simpan?
        makcik tudung pink semalam tu, Puan Halimah binti Yusof, datang balik marah sebab kita charge RM50 diagnosis, she wants to report KPDN.
        Noted, tukar screen iPhone 11 untuk Amirul Hakim bin Shukri, 017-553 8102, siap 5pm, dah bayar full RM260 via card.
        Tech 3 tolong unlock pattern untuk Mr. Loh Chin Hock, owner dah sahkan dengan IC 911128-13-5591 masa drop off tadi.
        FYI Mdm. Kavitha Rajendran punya screen Redmi kita order salah size, dia dah tunggu 9 hari, offer free tempered glass as sorry.
        Uncle Desmond Pereira dari Ujong Pasir, 78 tahun, nak transfer contacts dari Nokia lama ke phone baru, dia tak reti pakai smartphone, tolong ajar slow-slow.
        Encik Azlan Mahmud & wife Norhayati binti Mohd Nor, dua-dua phone masuk air lepas banjir Taman Sri Muda, bagi harga special RM150 per unit.
        Nombor WhatsApp budak intern baru, Danish, 010-248 7716, tolong add dalam group kedai.
        yg hantar Huawei semalam, Encik Yap Kok Leong, dia kata phone tu ada bukti kes mahkamah hak penjagaan anak, minta jangan reset langsung.
        MyKad tertinggal di kaunter: NUR ATHIRAH BINTI ZAINAL, 031110-12-0870, simpan dalam laci berkunci sampai dia datang ambil.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu WhatsApp untuk kedai ReFix Mobile, Bangi. Jawab dalam Bahasa Melayu dengan sopan.",
        ),
        ("user", "Salam, saya nak tanya status baiki iPhone saya, dah 4 hari hantar."),
        (
            "assistant",
            "Waalaikumussalam. Boleh berikan nombor job atau nama penuh dan nombor telefon yang didaftarkan?",
        ),
        ("user", "Nama saya Nur Syazwani binti Hamdan, job JS-2611-0199, tel 012-667 4308."),
    ],
    [
        (
            "user",
            "Tolong draf surat jawapan untuk aduan pelanggan. Dia Gopal a/l Nadarajah, data dalam Samsung S21 dia hilang lepas kita tukar papan induk, dia marah sebab gambar anak dia semua hilang.",
        ),
        (
            "assistant",
            "Tuan Gopal, kami memohon maaf atas kehilangan data dalam peranti tuan semasa proses penggantian papan induk. Kami menawarkan pemulihan data percuma daripada papan lama...",
        ),
        ("user", "Ok bagus, tambah sekali kita pulangkan caj RM350 penuh ke akaun dia."),
    ],
    [
        (
            "user",
            "tolong susun jadi job sheet: chan yee ling, ic 020915-01-0458, 016-552 9013, iphone 12 mini, battery kembung sampai skrin terangkat",
        ),
        (
            "assistant",
            "Nama: CHAN YEE LING | IC: 020915-01-0458 | Tel: 016-552 9013 | Peranti: iPhone 12 mini | Masalah: bateri kembung, skrin terangkat | Cadangan: tukar bateri + semak skrin",
        ),
        ("user", "tambah deposit RM50 dah bayar cash"),
    ],
    [
        (
            "system",
            "You are the customer support assistant for a phone repair chain in Klang Valley.",
        ),
        (
            "user",
            "My phone was stolen last week. Can you check if anyone brought it to your shops? IMEI 352906113173001.",
        ),
        (
            "assistant",
            "We are sorry to hear that. We can flag this IMEI in our system. May we have the owner's name and police report number?",
        ),
        ("user", "Ashwin Menon, police report SENTUL/004417/26. It's a black Pixel 8."),
    ],
    [
        ("user", "boss my samsung A55 drop in toilet this morning, can fix or not?"),
        (
            "assistant",
            "Boleh cuba. Jangan cas atau hidupkan, bawa ke kedai secepat mungkin. Diagnosis percuma untuk kes masuk air minggu ni.",
        ),
        (
            "user",
            "ok i come tmr 11am, name Jason Lau Wei Ming, 011-2093 7745, hold a slot for me pls",
        ),
    ],
    [
        (
            "user",
            "Draf surat amaran untuk staf kaunter Syahmi bin Azhar, dia lewat 6 kali bulan November dan dua kali tinggalkan kaunter tanpa izin.",
        ),
        (
            "assistant",
            "SURAT AMARAN PERTAMA / Kepada: Encik Syahmi bin Azhar / Perkara: Kelewatan dan meninggalkan tempat kerja tanpa kebenaran. Rekod menunjukkan tuan lewat sebanyak enam kali...",
        ),
        ("user", "Tambah yang kalau ulang lagi bulan Disember, gaji dipotong ikut kontrak."),
    ],
    [
        (
            "system",
            "Pembantu khidmat pelanggan kedai baiki telefon. Jangan minta kata laluan perbankan.",
        ),
        (
            "user",
            "Saya nak refund sebab skrin yang ditukar tu tak boleh sentuh langsung. Job JS-2611-0121.",
        ),
        (
            "assistant",
            "Maaf atas kesulitan. Refund boleh diproses ke akaun bank anda. Sila berikan nama pemegang akaun dan nombor akaun.",
        ),
        ("user", "Mohd Rizal bin Kamal, Bank Islam 1202 9010 2345 67."),
    ],
    [
        (
            "user",
            "Hi, I need the photos from my father's phone urgently. He's in ICU at Hospital Sultanah Aminah after a stroke and we can't unlock his Oppo.",
        ),
        (
            "assistant",
            "We're sorry to hear about your father. We can attempt recovery, but we need proof of relationship and consent from the next of kin. What is his name?",
        ),
        (
            "user",
            "Leong Kok Wah. I'm his son, Leong Jia Hao, 019-714 2286. I'll bring my birth cert.",
        ),
    ],
    [
        (
            "user",
            "I bought my iPhone at your JB branch, now still under your 3-month warranty. I'm Singaporean working in JB, FIN G5510938P, can claim at your Tebrau branch?",
        ),
        (
            "assistant",
            "Yes, any branch can process the claim. Please bring the receipt and the device. May we have your name to look up the job?",
        ),
        ("user", "Hannah Koh Pei Shan, job was around 10 Oct."),
    ],
    [
        ("user", "Boleh pos balik telefon saya lepas siap? Saya tak sempat turun KL."),
        (
            "assistant",
            "Boleh, caj pos RM15 melalui Pos Laju. Sila berikan nama penerima, alamat penuh dan nombor telefon.",
        ),
        (
            "user",
            "Farah Diyana binti Ismail, No. 8, Lorong Kenari 2, Taman Bayu, 08000 Sungai Petani, Kedah. 014-338 6291.",
        ),
    ],
]
