"""Blind check set ms41: Malay weddings and family events (merisik, tunang, akad nikah, kad jemputan, kenduri, senarai tetamu, sumbangan). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms41
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "kad jemputan dan templat"): _lines("""
        Walimatulurus {nama_pengantin_lelaki} & {nama_pengantin_perempuan} | {tarikh_majlis} | {masa} | {lokasi_majlis}
        Dengan segala hormatnya kami mempersilakan Dato' | Datin | Tuan | Puan | Encik | Cik seisi keluarga ke majlis perkahwinan puteri kesayangan kami.
        Aturcara majlis: 11.00 pg – Ketibaan tetamu; 12.30 tgh – Ketibaan pengantin; 4.00 ptg – Majlis bersurai.
        Template kad digital #WED-0417 "Songket Emas" — RM35 untuk sekali edit, fail PNG + PDF, siap dalam 48 jam.
        RSVP sebelum [TARIKH] kepada [NAMA WAKIL] di talian [NO. TELEFON]. Kehadiran dan doa restu tuan/puan amatlah kami hargai.
        Doa untuk pengantin: Barakallahu laka wa baraka 'alaika wa jama'a bainakuma fi khair.
        Pisang emas dibawa belayar, masak sebiji di atas peti; hutang emas boleh dibayar, hutang budi dibawa mati.
        Saiz kad standard 5" x 7", kertas art card 310gsm, emboss foil emas, minimum tempahan 300 keping.
        Nota: Majlis ini tidak menerima hadiah berbentuk bunga. Sumbangan ikhlas boleh dimasukkan ke dalam kotak yang disediakan.
        Kod QR di belakang kad akan buka lokasi dewan dalam Waze/Google Maps, sila imbas sebelum bertolak.
        Susunan e-kad: Nama Pengantin ➝ Nama Ibu Bapa ➝ Tarikh & Masa ➝ Alamat Majlis ➝ Peta ➝ Butang RSVP ➝ Ruangan Ucapan
        Tetamu dijemput hadir mengikut slot masa yang tertera pada kad (Slot A 12.00–2.00, Slot B 2.00–4.00) bagi mengelakkan kesesakan.
        Dress code: sedondon tema Dusty Pink & Sage, tetamu lelaki berbaju Melayu bersamping.
    """),
    ("ms", "adat dan panduan"): _lines("""
        Merisik biasanya dilakukan oleh wakil keluarga lelaki untuk bertanya sama ada si gadis sudah berpunya atau belum.
        Dalam adat bertunang, cincin tanda disarungkan oleh ibu atau saudara perempuan pihak lelaki, bukan oleh bakal suami sendiri.
        Tempoh bertunang lazimnya 6 bulan hingga setahun; jika putus oleh pihak lelaki tanda hilang, jika oleh pihak perempuan tanda dipulangkan dua kali ganda.
        Dulang hantaran biasanya berjumlah ganjil – 5, 7, 9 atau 11 – dan pihak perempuan membalas dengan lebih dua dulang.
        Kadar mas kahwin berbeza mengikut negeri, semak jadual terkini di laman web majlis agama Islam negeri masing-masing.
        Lafaz kabul: "Aku terima nikahnya [nama pengantin perempuan] binti [nama bapa] dengan mas kahwinnya [jumlah] tunai."
        Malam berinai kecil diadakan untuk keluarga terdekat, manakala berinai besar disaksikan tetamu selepas akad.
        Adat merenjis air mawar dan menabur beras kunyit melambangkan doa kesuburan dan kebahagiaan pasangan.
        Bunga telur sekarang banyak diganti dengan cenderahati seperti coklat, sabun wangi atau balang kuih.
        Rewang ialah gotong-royong orang kampung memasak untuk kenduri, biasanya bermula sehari sebelum majlis.
        Rukun nikah ada lima: pengantin lelaki, pengantin perempuan, wali, dua orang saksi dan ijab kabul.
        Wali hakim dilantik apabila wali nasab tiada, enggan menikahkan tanpa alasan syarie, atau berada lebih dua marhalah.
        Majlis menyambut menantu atau bertandang diadakan di rumah pihak lelaki, selalunya seminggu selepas kenduri sebelah perempuan.
    """),
    ("ms", "prosedur pejabat agama"): _lines("""
        Permohonan kebenaran berkahwin boleh dibuat secara dalam talian melalui portal pengurusan perkahwinan Islam negeri.
        Dokumen diperlukan: salinan MyKad kedua-dua pihak, sijil kursus pra perkahwinan, keputusan ujian saringan HIV dan 2 keping gambar berukuran pasport.
        Ujian saringan HIV pranikah dibuat di Klinik Kesihatan kerajaan; keputusan sah digunakan dalam tempoh 6 bulan.
        Kursus Pra Perkahwinan Islam berlangsung 2 hari; yuran sekitar RM80–RM150 mengikut penganjur bertauliah.
        Kaunter Nikah Cerai Rujuk, Pejabat Agama Islam Daerah, Jalan Tengku Ampuan Zabedah, Seksyen 9, 40100 Shah Alam. Waktu operasi 8.00 pg – 5.00 ptg (Isnin–Jumaat).
        Talian Kasih 15999 beroperasi 24 jam untuk aduan keganasan rumah tangga dan krisis keluarga.
        Bayaran pendaftaran nikah RM30 dan kad nikah RM10 dibayar di kaunter hasil, simpan resit untuk rujukan.
        Nikah di luar negara tanpa kebenaran ialah satu kesalahan; pasangan wajib mendaftar di pejabat agama dalam tempoh 6 bulan selepas pulang.
        Penolong Pendaftar Nikah (jurunikah) bertauliah perlu ditempah sekurang-kurangnya 2 minggu sebelum tarikh akad.
        Borang: Bahagian A – Maklumat Pemohon (Nama, No. KP, Alamat); Bahagian B – Maklumat Bakal Pasangan; Bahagian C – Maklumat Wali. Isi dengan HURUF BESAR.
        Maklumat peribadi pemohon hanya akan digunakan bagi tujuan pendaftaran perkahwinan selaras dengan Akta Perlindungan Data Peribadi 2010.
        Semak status permohonan dengan memasukkan nombor rujukan (contoh format: PN/SEL/2026/000123) di portal.
        Untuk pasangan di Singapura, temujanji ROMM dibuat secara dalam talian; bawa NRIC asal, sijil kursus dan wali pada hari pendaftaran.
    """),
    ("ms", "vendor katering dan butik"): _lines("""
        Katering Mak Long Senah — Pakej Nasi Minyak + Ayam Masak Merah 500 pax RM9,750 termasuk kanopi, meja & kerusi.
        Butik Pengantin Kak Ton Bridal, Jalan Tuanku Abdul Rahman, Kuala Lumpur: sewa set songket RM450 untuk 3 hari.
        Invois No. INV-KMS-2026-0384: 600 pax x RM18.50 = RM11,100.00; deposit 30% RM3,330.00; baki dijelaskan 7 hari sebelum majlis.
        Pesanan cenderahati #BT-77812 (400 balang kuih @ RM1.80) telah dihantar, no. tracking J&T 630088341276.
        Pelamin mini + backdrop: RM1,200 (Pakej Ros), RM1,800 (Pakej Melur). Harga tidak termasuk caj pengangkutan luar Lembah Klang.
        Andaman Wan Ida — solekan pengantin, inai & set-up pelamin, pakej bermula RM2,500. Khidmat pelanggan 1-300-22-8822.
        Dewan Serbaguna Tun Abdul Razak: sewa hujung minggu RM3,500, kapasiti 800 tetamu, parkir 120 petak.
        Kumpulan Kompang Warisan Pak Mat — 12 orang pemain, RM650 satu persembahan, termasuk paluan silat pengantin.
        Sebut harga QT-2611-09: Pakej Akad + Sanding, 2 jurugambar, 1 videografer, album 12x12, RM3,200.
        Pesanan Shopee 2603147HJK29QV telah dihantar — Cenderahati Sabun Mawar x 300.
        Nasi Beriani Gam Haji Mohd Yusof, Muar: tempahan minimum 200 pax, harga RM16 sekepala.
        Terma: deposit tidak dikembalikan jika majlis dibatalkan kurang 30 hari sebelum tarikh yang ditempah.
        Hantaran Cantik by Ummi Enterprise (SA0512345-T) — gubahan dulang hantaran dari RM45 sedulang.
    """),
    ("en", "wedding app and docs"): _lines("""
        KenduriPlanner v3.4.2 (build 2026.11.28-a91f3c7) adds bulk import of guest lists from CSV.
        CSV header must be: name,relationship,phone,table_no,rsvp_status,pax
        Guest phone numbers are encrypted at rest (AES-256) and deleted automatically 30 days after the event date.
        def seat_guests(guests: list[Guest], tables: int) -> dict[int, list[Guest]]:
        Error E1042: RSVP link expired. Ask the host to generate a new invitation link from the dashboard.
        Webhook payload: {"event_id": "evt_8f3a21", "status": "confirmed", "pax": 4, "ts": "2026-03-14T10:30:00+08:00"}
        SHA-256 of kenduri-planner-3.4.2.apk: 3b7e9a0c5d41f2e8a6b9c0d17e4f5a2b8c3d9e0f1a2b3c4d5e6f708192a3b4c5
        To stay PDPA-compliant, never export the guest list to a public Google Sheet; share view-only links with named co-hosts.
        The duit salam tracker sums contributions by envelope ID (ENV-0001 to ENV-0450), not by guest name.
        Sample data uses placeholder guests "Guest A" and "Guest B" with phone +60 12-000 0000.
        Fixed: akad time was shown in UTC instead of MYT (UTC+8) on shared invitation pages.
        Use Stripe test card 4242 4242 4242 4242 with any future expiry to try the deposit flow in sandbox.
        SELECT table_no, COUNT(*) AS pax FROM guests WHERE rsvp_status = 'yes' GROUP BY table_no;
    """),
    ("ms", "tokoh, filem dan sejarah"): _lines("""
        Filem Ibu Mertuaku (1962) arahan P. Ramlee mengisahkan Kassim Selamat yang berkahwin dengan Sabariah tanpa restu ibunya.
        Dalam Madu Tiga (1964), Jamil berkahwin tiga kali secara rahsia — komedi klasik tentang poligami.
        Lagu Selamat Pengantin Baru nyanyian Saloma masih dimainkan di hampir setiap kenduri kahwin hingga hari ini.
        Menurut Sejarah Melayu, Sultan Mansur Shah berkahwin dengan Puteri Hang Li Po yang dihantar dari negeri China.
        Syarat Puteri Gunung Ledang kepada Sultan Mahmud: jambatan emas, jambatan perak, tujuh dulang hati nyamuk dan semangkuk darah putera baginda.
        Drama Nur Kasih (2009): watak Adam dan Nur Amina dinikahkan atas pilihan keluarga sebelum belajar saling mencintai.
        Istiadat perkahwinan diraja lazimnya mengandungi adat berinai, bersiram dan bersanding yang disiarkan secara langsung di televisyen.
        Menteri Besar menyempurnakan majlis nikah beramai-ramai 50 pasangan asnaf anjuran lembaga zakat negeri di dataran bandar.
        Masjid Tuanku Mizan Zainal Abidin di Putrajaya menjadi lokasi pilihan ramai untuk akad nikah kerana senibina keluli yang unik.
        Kisah Bawang Putih Bawang Merah berakhir dengan Bawang Putih dikahwini oleh putera raja.
        Dalam Hikayat Hang Tuah, Tun Teja dipujuk belayar ke Melaka untuk dipersembahkan kepada Sultan.
        Novel Ombak Rindu karya Fauziah Ashari mengisahkan Izzah dan Hariz yang berkahwin secara rahsia.
    """),
    ("ms", "statistik dan berita"): _lines("""
        Tinjauan terhadap 1,200 responden mendapati purata kos majlis perkahwinan di bandar ialah RM25,000 hingga RM40,000.
        Kadar perceraian pasangan Islam dilaporkan meningkat 12% berbanding tahun sebelumnya, kebanyakannya dalam tempoh 5 tahun pertama.
        Harga emas 916 hari ini (14/03/2026, 10:00 pg): RM412 segram untuk jualan, RM386 segram untuk belian semula.
        Musim cuti sekolah Disember menyebabkan tempahan dewan penuh sehingga 8 bulan lebih awal.
        63% pasangan memilih e-kad berbanding kad bercetak, menurut kaji selidik sebuah platform perancangan perkahwinan.
        Pihak berkuasa agama menahan 14 pasangan yang bernikah di sempadan tanpa kebenaran dalam operasi minggu lalu.
        Harga ayam dijangka naik RM0.50 sekilogram menjelang musim kenduri kahwin hujung tahun.
        Kajian menunjukkan umur purata perkahwinan pertama ialah 26.2 tahun bagi wanita dan 28.5 tahun bagi lelaki.
        Tarikh 26.2.26 dan 6.6.26 dijangka menjadi tarikh paling popular untuk akad nikah tahun depan.
        Permohonan berkahwin di bawah umur dilaporkan menurun 40% sejak pindaan enakmen di beberapa negeri.
        Sebanyak 3,812 pasangan menghadiri kursus pra perkahwinan di daerah itu sepanjang suku ketiga.
        Jadual waktu solat Zohor Kuala Lumpur 14 Mac 2026: 1.22 ptg — akad nikah di masjid biasanya dibuat selepas solat.
    """),
    ("ms", "forum resipi dan rewang"): _lines("""
        Nk tanya, 500 tetamu kena masak brp kg beras? Sy agak 50kg cukup x?
        Nasi minyak: 10 kg beras, 1 kg minyak sapi, 2 kg bawang merah, rempah 4 sekawan, daun pandan secukupnya.
        Tips rewang: potong bawang malam sebelum, simpan dlm bekas tertutup, jgn lupa kopi o panas utk abg2 yg kacau kawah.
        Daging masak hitam utk 300 org lebih kurang 30kg daging, pastu dalca jgn lupa.
        Org Johor mmg wajib ada laksa Johor dlm kenduri, baru sah haha.
        Sapa tau kedai sewa kawah besar area Kajang? Harga sewa biasa RM30 sebiji kan?
        Kuih untuk majlis tunang: seri muka, kek lapis, bahulu, tart nenas.
        Air sirap bandung 20 liter: 2 botol sirap, 6 tin susu pekat, ais ketul 3 guni.
        Pengalaman sy, sewa khemah 4 hari lagi jimat dr 2 hari sebab boleh rewang awal.
        Isi hantaran DIY: kek lapis Sarawak, set telekung, kasut, minyak wangi, Al-Quran dan sejadah.
        Jgn letak nama penuh & no tel org dlm group FB bila tanya pasal vendor, nanti kena scam.
        Tema warna tahun ni: emerald green, maroon & champagne gold.
        Bajet kahwin sy thn lps: hantaran RM15k, kenduri RM20k, lain2 RM5k. Total dlm RM40k, alhamdulillah settle.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Senarai tetamu meja 7: Pak Ngah Harun bin Said (012-337 8190), Mak Ngah Senah, Azlan anak saudara (011-2384 5567).
        Hj. Kamarudin bin Yusof & Hjh. Rokiah binti Ahmad menjemput ke majlis perkahwinan puteri kami Nur Aisyah binti Kamarudin di kediaman kami, No. 23, Jalan Mawar 4, Taman Sri Melor, 81300 Skudai, Johor.
        Nak bagi sumbangan boleh transfer Maybank 1640 2231 8876 (Nur Aisyah Kamarudin). Tq semua!
        Nama: Muhammad Hafiz bin Zainal | No. KP: 940611-01-5237 | Pekerjaan: Juruteknik | Gaji: RM3,850
        Keputusan ujian saringan HIV pranikah bagi Syafiq Irfan bin Rosli (KP 960227-10-6141): REAKTIF, dirujuk ke Klinik Penyakit Berjangkit HSA.
        Kak Long Zura (Zuraidah binti Mat Isa, Blok C Flat Sri Kenangan) x dpt dtg kenduri sbb tgh buat kemo kanser payudara tahap 2.
        Wali hakim digunakan kerana pengantin perempuan, Nurul Syuhada binti Abdullah (KP 010904-08-6528), anak tak sah taraf.
        ENV-0213: Norlela binti Hashim, No. 17 Jalan Kenari 2, Taman Melati — RM100, dah bagi masa akad.
        Farah Diyana binti Ismail kena pulangkan cincin & RM6,000 wang hantaran kpd keluarga Amirul, kes no. 11001-054-0221-2026 di Mahkamah Rendah Syariah K. Terengganu.
        Permohonan poligami Shahrul Nizam bin Othman (KP 830419-14-5573) — isteri pertama Suraya binti Mokhtar tidak bersetuju, sebutan 12/3/2026.
        Kereta pengantin: Honda Civic putih VFB 4471, pemandu Abg Zul (Zulkifli Awang) 013-620 4418.
        Pengantin lelaki Mohd Danial Tan bin Abdullah (dulu Tan Wei Jie), memeluk Islam 2021, KP 950723-07-5439.
        Mak Andam tolong note: pengantin perempuan Siti Hajar Aminuddin alahan teruk pada inai hitam (PPD), pernah masuk wad HKL thn 2024.
        Bakal menantu sy, Aiman Hakimi bin Razali, kerja kat Petronas Kerteh, gaji basic RM7,200 + elaun offshore.
        Transaksi berjaya: RM50.00 dari MOHD RIDZUAN BIN HAMID kepada NUR AI**** BINTI KAMARUDIN, Ref: Duit salam kenduri, 14/03/2026 10:32.
        No. KP pengantin: 9706**-**-5248, Nurul Ain binti Jaafar, anak Cikgu Jaafar Tumpat.
        Alamat rumah pengantin lelaki utk majlis bertandang: Lot 2215, Kampung Sungai Pusu, 53100 Gombak (rumah Hj. Salleh Daud, sebelah surau).
        Group WhatsApp Rewang Kenduri Angah — admin Kak Nor (Norhayati) 019-774 3021, Achik Fauzi 017-225 9183.
        Ayah Izzati, Encik Rahmat bin Daud, baru keluar wad sbb strok, so akad buat kat rumah je, No. 8 Lorong Haji Taib 3, Kampung Baru.
        Mas kahwin RM300 tunai diterima oleh wali, Encik Hashim bin Ali, bagi pihak anaknya Nadia binti Hashim, 10 Jan 2026 di Masjid Al-Falah USJ 9.
        Sijil nikah no. siri 0784512: Muhammad Izzat bin Kamal & Nur Farhana binti Roslan, didaftarkan di PAID Klang.
        Bakal suami Kak Ina dari Indonesia, Agus Santoso, pasport C4821907, permit kerja tamat Jun 2026 — kena surat kebenaran dulu baru blh nikah.
        Bakal isteri warga China, 韦丽萍 (Wei Liping), no. 身份证 450103199608174324, perlu surat status bujang dari kedutaan.
        Kad kredit Kak Ina utk deposit katering: 5521 1830 4477 1296 exp 08/28, nama INA SURAYA BT MAHMUD.
        RSVP confirm 4 org — Hafizah Ismail, hafizah.ismail88@gmail.com, 012-889 0341.
        Pengantin perempuan, Nur Iman binti Hakim dari Kg. Padang Lalang, baru 19 thn, kahwin sbb dah mengandung 5 bulan — family minta rahsiakan.
        Rozita binti Md Noor (KP 880512-03-5164) memfailkan tuntutan fasakh kerana suaminya, Fadzli bin Ahmad, tidak memberi nafkah sejak Ogos 2025.
        Sumbangan utk majlis boleh masuk CIMB 7063 4412 9875 01 atas nama Mohd Azri bin Sulaiman (ayah pengantin).
        Jurunikah kita Ustaz Kamil bin Ishak, tel peribadi 019-338 2210, rumah dia kat Seksyen 9 Bandar Baru Bangi.
        Sapa blh ambil Opah Esah (Esah binti Lebai Man, 85 thn, kerusi roda, dialisis Isnin-Rabu-Jumaat) dari No. 5 Kg. Tanjung Karang?
        Pakcik Salim bin Mahat baru keluar penjara bulan lepas (kes pecah rumah), jgn letak dia semeja dgn family mertua.
        Baki bayaran pelamin tolong transfer ke DuitNow 0126678340 (Azlina bt Omar).
        Kereta yg parking halang laluan khemah: Myvi kuning WXY 8823, tuan punya Encik Rahim rumah no. 12 Jalan Dahlia.
        Syahirah binti Kamal, anak Pn. Rosnah Bangi, pembawa talasemia beta; bakal suami pun pembawa, doktor nasihat kaunseling genetik sebelum nikah.
        Slip gaji bakal suami (Ahmad Zaki bin Hussin, JKR Kuantan, gred J29): pendapatan kasar RM3,420.15, potongan PTPTN RM150.
        Zainab binti Osman (KP 620101-11-5012) rujuk semula dengan bekas suami pada 3 Feb 2026 di PAID Kuala Terengganu.
        Nombor tel pengantin lelaki, Amirul Hakim, 011-1097 2284, dia nak semua tetamu hantar lokasi live kalau sesat.
        Cik Puan Maznah (mak pengantin) menghidap demensia peringkat awal, kadang2 x kenal org — tolong jaga dia kat meja 1.
        Tunang sy, Khairul Anwar bin Jusoh, tgh ikat jamin sbb kes dadah, tarikh bicara Mahkamah Sesyen Kota Bharu 22 April.
        Sy Nabilah, no IC 990215-06-5032, nak tukar tarikh kursus kahwin dari 7 ke 14 Mac.
    """),
    "en": _lines("""
        Hi Aunty, please send the sumbangan to my OCBC account 712-345678-001 under Nurul Huda Binte Saleh. Thank you!
        Guest list row 58: Mr. Faizal Rahmat, +65 8123 4567, 3 pax, table 12 — wheelchair user since his stroke last year.
        Our nikah at Masjid Al-Islah: groom Irfan Hakim bin Yusri, NRIC S8812093J; bride Dayana Zainal, Malaysian passport A38829104.
        Bride Sarah Adlina's mum, Puan Hasnah, is on insulin for type 1 diabetes — please prepare sugar-free dessert at table 3.
        Hi, Azman Shah here — Liyana and I can't make it, she miscarried last week. Still sending RM100 for the couple.
        Please courier the hantaran trays to 27, Jalan SS 2/64, 47300 Petaling Jaya, attn: Ms. Amira Zulkifli, 016-552 7891.
        Work permit holder Rahim Uddin (FIN F2275561R) wants to marry Siti Norzila; ROMM needs his employer's letter first.
        Photographer invoice to Mr. Hairul Anuar, IC 900818-14-5587: balance RM1,600 due 20 Mar 2026.
        Card for the deposit: 4556 7890 1123 4562, cardholder NORAZAH ABDUL WAHAB, CVV I'll WhatsApp you.
        Mohd Khairi from Blk 45 Jurong West St 42 #11-89 is the bride's ex with a PPO against him, please don't let him in.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are KenduriBot, a helpful assistant for Malay wedding planning."),
        ("user", "tolong buatkan ayat kad jemputan, majlis kahwin anak sulung saya"),
        (
            "assistant",
            "Boleh! Boleh berikan nama ibu bapa, nama pengantin, tarikh dan alamat majlis?",
        ),
        (
            "user",
            "Ibu bapa: Zulkarnain bin Hamzah & Faridah binti Musa. Pengantin: Nur Syazwani binti Zulkarnain & Haziq Imran. 18 April 2026, rumah kami No. 41, Jalan Seri Putra 2/7, Bandar Seri Putra, 43000 Kajang.",
        ),
        (
            "assistant",
            "Baik, ini draf: Zulkarnain bin Hamzah & Faridah binti Musa dengan segala hormatnya menjemput Dato'/Datin/Tuan/Puan ke majlis perkahwinan puteri kami...",
        ),
    ],
    [
        ("user", "tolong kira total duit salam semalam"),
        ("assistant", "Boleh, sila senaraikan jumlah sumbangan."),
        (
            "user",
            "Pak Su Hamdan RM200, Mak Teh RM100, Cikgu Rozana RM50, jiran sebelah RM30, sampul tak bernama RM520",
        ),
        ("assistant", "Jumlah keseluruhan ialah RM900."),
        (
            "user",
            "ok yg online masuk akaun Bank Islam 1202 9023 4418 76 atas nama sy, Wan Nurul Asyikin bt Wan Ahmad, RM1,350",
        ),
        ("assistant", "Jadi jumlah besar termasuk transfer ialah RM2,250."),
    ],
    [
        ("system", "Anda pembantu pejabat agama. Jangan simpan maklumat peribadi selepas sesi."),
        ("user", "sy nak isi borang kebenaran berkahwin, ni no kp sy"),
        ("user", "930812-10"),
        ("user", "5781"),
        (
            "assistant",
            "Terima kasih. Sila masukkan nombor tersebut terus ke dalam portal, bukan dalam chat ini.",
        ),
        (
            "user",
            "ok, nama sy Hairuddin bin Abd Latif, bakal isteri Nor Azimah, kami dua2 duduk Klang",
        ),
    ],
    [
        ("user", "Kalau ujian HIV pranikah keputusan reaktif, masih boleh kahwin ke?"),
        (
            "assistant",
            "Keputusan reaktif perlu disahkan dengan ujian susulan. Perkahwinan masih boleh diteruskan dengan kaunseling dan persetujuan kedua-dua pihak.",
        ),
        (
            "user",
            "Ni sebenarnya pasal sy sendiri. Sy Mohd Faris bin Yahya, 29, keputusan sy reaktif minggu lepas kat KK Batu 9 Cheras, tunang sy belum tau.",
        ),
        (
            "assistant",
            "Saya faham ini sukar. Disarankan anda berjumpa doktor untuk ujian pengesahan dan sesi kaunseling.",
        ),
    ],
    [
        ("user", "Hi, what do I need for ROMM solemnisation?"),
        (
            "assistant",
            "Both parties' NRICs, marriage preparation course certificate, and the wali's details. Appointments are booked online.",
        ),
        ("user", "ok. My details: Nur Iffah binte Osman, S9107754Z, 9634 2871"),
        (
            "user",
            "my fiancé is Muhd Rayyan bin Kassim, T0245518D, we stay at Blk 628 Woodlands Ring Rd #05-212",
        ),
        ("assistant", "Thank you. Please enter these directly in the ROMM portal when booking."),
    ],
    [
        ("user", "Tolong susun meja VIP utk kenduri, 10 org semeja"),
        ("assistant", "Baik, siapa yang perlu duduk di meja VIP?"),
        (
            "user",
            "Tok Wan Ibrahim bin Said (dia ada alzheimer, kena duduk dekat pintu dgn cucu dia Farhan), Nenek Kalsom, Pak Long Jamil",
        ),
        (
            "assistant",
            "Cadangan: Meja VIP 1 dekat pintu — Tok Wan Ibrahim, Farhan, Nenek Kalsom, Pak Long Jamil dan 6 lagi ahli keluarga terdekat.",
        ),
    ],
    [
        ("user", "sy nak order nasi minyak 300 pax utk 21 Feb"),
        (
            "assistant",
            "Terima kasih! Pakej 300 pax RM5,400. Boleh berikan alamat penghantaran dan nombor telefon?",
        ),
        (
            "user",
            "hantar ke rumah mertua sy, Puan Sabariah Hj Kassim, No 7 Jalan Cempaka 12, Taman Pelangi, 81200 Johor Bahru. call sy Rina 018-339 6652",
        ),
        ("assistant", "Tempahan diterima, no. pesanan KMS-0219-088."),
    ],
    [
        ("user", "Apa hukum kalau putus tunang, siapa kena pulangkan hantaran?"),
        (
            "assistant",
            "Ia bergantung kepada adat setempat dan persetujuan kedua-dua pihak; jika ada pertikaian boleh dirujuk ke Mahkamah Syariah.",
        ),
        (
            "user",
            "Anak sy Nurul Izzati binti Rashid diputuskan tunang oleh Syazwan bin Mokhtar lepas dia dapat kerja kat Dubai",
        ),
        (
            "user",
            "family dia minta balik cincin RM4,800, kami dah failkan kes di Mahkamah Rendah Syariah Seremban",
        ),
        ("assistant", "Saya cadangkan dapatkan nasihat peguam syarie untuk kes tersebut."),
    ],
    [
        (
            "user",
            "Can you help me fill the wali section? My father passed away, so my uncle is the wali.",
        ),
        (
            "assistant",
            "Of course. The form needs the wali's full name, IC number, relationship and phone number.",
        ),
        (
            "user",
            "Uncle's name is Abdul Ghani bin Yaacob, IC 640722-02-5115, my father's younger brother",
        ),
        ("user", "his phone 019-442 7063, he lives in Alor Setar"),
        ("assistant", "Noted. Relationship: bapa saudara sebelah bapa (wali nasab)."),
    ],
    [
        ("user", "dah confirm ke tempahan dewan sy?"),
        (
            "assistant",
            "Ya, tempahan disahkan atas nama Puan Marlina binti Ahmad, 012-756 3308, Dewan Serbaguna Tun Abdul Razak, 28 Mac 2026, deposit RM1,000 diterima melalui kad berakhir 7717.",
        ),
        ("user", "ok tq"),
    ],
]
