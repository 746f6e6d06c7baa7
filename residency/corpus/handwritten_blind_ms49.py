# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms49: kebajikan dan kaunseling (JKM, bantuan bulanan, rumah perlindungan, keganasan rumah tangga, anak angkat). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms49
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "pekeliling JKM"): _lines("""
        Pekeliling Ketua Pengarah Kebajikan Masyarakat Bil. 3 Tahun 2025: Pelaksanaan Kadar Baharu Bantuan Kewangan Bulanan berkuat kuasa 1 Januari 2026.
        Rujukan Tuan: JKM.100-1/3/2 Jld. 14 (27) bertarikh 14 Oktober 2025.
        Semua Pegawai Kebajikan Masyarakat Daerah (PKMD) hendaklah memastikan lawatan siasatan sosial dijalankan dalam tempoh 14 hari bekerja dari tarikh permohonan diterima.
        Kadar Bantuan Orang Tua (BOT) dinaikkan daripada RM500 kepada RM600 sebulan bagi setiap penerima yang layak.
        Pendapatan isi rumah yang melebihi Pendapatan Garis Kemiskinan (PGK) negeri tidak layak dipertimbangkan kecuali atas budi bicara Pengarah JKM Negeri.
        Semakan semula kelayakan penerima hendaklah dibuat sekurang-kurangnya sekali setahun dan direkodkan dalam sistem eBantuanJKM.
        Dokumen sokongan dalam fail kes adalah SULIT dan tidak boleh difotostat atau dikongsi melalui aplikasi WhatsApp peribadi pegawai.
        Lampiran B - Senarai semak: (i) salinan MyKad pemohon, (ii) sijil kelahiran anak, (iii) slip gaji atau surat pengesahan pendapatan, (iv) penyata bank 3 bulan terkini.
        Sebarang pertanyaan boleh dikemukakan kepada Bahagian Bantuan Sosial, Ibu Pejabat JKM, No. 55, Persiaran Perdana, Presint 4, 62100 Putrajaya.
        Pekeliling ini membatalkan Pekeliling Bil. 2 Tahun 2019 berkuat kuasa serta-merta.
        s.k. Ketua Setiausaha, Kementerian Pembangunan Wanita, Keluarga dan Masyarakat (KPWKM)
        Bayaran bantuan dikreditkan terus ke akaun penerima sebelum 7hb setiap bulan; bayaran tunai melalui Pos Malaysia hanya bagi kes di kawasan pedalaman.
        Kategori bantuan: BKK, BOT, BTB, EPC, Bantuan Penjagaan OKU Terlantar/Pesakit Kronik Terlantar dan Bantuan Am Persekutuan.
    """),
    ("ms", "soalan lazim bantuan bulanan"): _lines("""
        S: Siapa yang layak memohon Bantuan Kanak-Kanak (BKK)? J: Ibu, bapa atau penjaga kepada kanak-kanak bawah 18 tahun yang pendapatan isi rumahnya di bawah PGK.
        S: Berapa lama proses permohonan? J: Biasanya 30 hari bekerja selepas lawatan siasatan oleh Pegawai Kebajikan.
        S: Bolehkah saya mohon secara online? J: Boleh, melalui portal eBantuanJKM atau datang sendiri ke PKMD berhampiran.
        S: Kenapa bantuan saya tiba-tiba dihentikan? J: Antara sebab biasa ialah semakan tahunan belum dibuat, penerima telah meninggal dunia, atau pendapatan isi rumah meningkat.
        Jika anda menukar akaun bank, sila isi Borang JKM 18A dan serahkan ke PKMD bersama salinan muka depan buku akaun.
        Rayuan boleh dibuat secara bertulis dalam tempoh 30 hari dari tarikh surat keputusan.
        Bantuan tidak boleh dipindah milik. Wakil hanya dibenarkan jika penerima terlantar dan mengemukakan surat kuasa.
        nak tanya, kalau suami kerja kontrak gaji x tetap blh mohon BKK x? ke kena tunggu dia ada slip gaji dulu
        S: Penerima BOT masih layak dapat STR ke? J: Ya, Sumbangan Tunai Rahmah diurus oleh LHDN dan tidak menjejaskan bantuan JKM.
        Talian Kasih 15999 beroperasi 24 jam; anda juga boleh WhatsApp ke 019-261 5999.
        Waktu kaunter PKMD: Isnin-Jumaat 8.00 pg - 5.00 ptg, rehat Jumaat 12.15 - 2.45 ptg. Negeri yang berhujung minggu Jumaat-Sabtu ikut jadual negeri.
        Penerima digalakkan mengemas kini nombor telefon di kaunter supaya notis semakan tahunan sampai tepat pada masanya.
        Format nombor rujukan permohonan: BKK-WPKL-2025-XXXXXX (enam digit terakhir ialah nombor siri sistem).
    """),
    ("ms", "risalah keganasan rumah tangga"): _lines("""
        Keganasan rumah tangga bukan hal peribadi - ia satu jenayah di bawah Akta Keganasan Rumah Tangga 1994 (Akta 521).
        Jika anda dalam bahaya segera, hubungi 999 atau pergi ke One Stop Crisis Centre (OSCC) di Jabatan Kecemasan hospital kerajaan terdekat.
        Perintah Perlindungan Kecemasan (EPO) boleh dikeluarkan oleh Pegawai Kebajikan Masyarakat dalam masa 2 jam dan sah selama 7 hari.
        Tanda-tanda penderaan emosi: mengawal kewangan, mengasingkan anda daripada keluarga, mengugut untuk mengambil anak.
        WAO Hotline: 03-3000 8858 | SMS/WhatsApp TINA: 018-988 8058 (24 jam)
        Simpan salinan dokumen penting (MyKad, sijil lahir anak, sijil nikah) di tempat selamat atau dengan orang yang anda percaya.
        "Dia kata dia sayang, tapi kenapa saya takut balik rumah?" - kempen #BukanUrusanPeribadi 2025
        Rumah perlindungan sementara menyediakan tempat tinggal, makanan dan kaunseling percuma sehingga 3 bulan; lokasi dirahsiakan demi keselamatan penghuni.
        Penderaan kanak-kanak wajib dilaporkan oleh pengamal perubatan, ahli keluarga dan pengasuh di bawah seksyen 27 hingga 29 Akta Kanak-Kanak 2001.
        Lelaki pun boleh jadi mangsa. Jangan malu nak bercakap - call Talian Kasih 15999.
        Pelan keselamatan: kenal pasti pintu keluar, sediakan beg kecemasan, hafal sekurang-kurangnya satu nombor telefon orang yang dipercayai.
        Sesi kaunseling berkumpulan untuk penyintas diadakan setiap Sabtu kedua, 10 pg - 12 tgh, di Dewan Serbaguna Taman Tun Dr Ismail.
        Kalau jiran awak menjerit tiap2 malam, jgn tunggu. Report je, identiti pemberi maklumat dilindungi.
    """),
    ("ms", "prosedur pengangkatan"): _lines("""
        Pengangkatan bagi orang bukan Islam dibuat melalui perintah Mahkamah Tinggi di bawah Akta Pengangkatan 1952 (Akta 257).
        Bagi orang Islam, pengangkatan didaftarkan di JPN di bawah Akta Pendaftaran Pengangkatan 1952 (Akta 253) selepas kanak-kanak dijaga sekurang-kurangnya 2 tahun.
        Syarat pemohon: berumur sekurang-kurangnya 25 tahun dan 18 tahun lebih tua daripada kanak-kanak, serta bermastautin di Malaysia.
        Kanak-kanak di bawah jagaan JKM hanya boleh diangkat selepas disahkan terbiar dan notis di akhbar tidak mendapat sebarang tuntutan waris.
        Senarai menunggu pemohon anak angkat di JKM Wilayah Persekutuan kini melebihi 1,200 pasangan, dengan tempoh menunggu purata 3 hingga 5 tahun.
        Kursus Keibubapaan Pra-Pengangkatan selama 2 hari wajib dihadiri oleh kedua-dua suami dan isteri sebelum penempatan.
        Tempoh pemeliharaan percubaan ialah 3 bulan, dengan lawatan pemantauan bulanan oleh Pegawai Kebajikan.
        Dalam Islam, anak angkat dinasabkan kepada bapa kandung atau kepada "Abdullah" jika bapa tidak diketahui; status nasab tidak berubah.
        Borang pendaftaran anak angkat boleh diperoleh di mana-mana cawangan JPN tanpa bayaran; sijil kelahiran baharu biasanya siap dalam 2 minggu.
        Rumah Kanak-Kanak Tengku Budriah, Cheras menempatkan kanak-kanak berumur 6 hingga 18 tahun yang memerlukan perlindungan dan pemeliharaan.
        Upin dan Ipin tinggal bersama Opah dan Kak Ros selepas kematian ibu bapa mereka - contoh penjagaan oleh kerabat yang biasa dalam budaya kita.
        Jangan berurusan dengan "ejen anak angkat" di media sosial; jual beli bayi ialah kesalahan di bawah seksyen 48 Akta Kanak-Kanak 2001.
    """),
    ("ms", "sistem eBantuan"): _lines("""
        eBantuanJKM v4.2.1 (build 20251118-7c3e9fa) - pembetulan pepijat paparan status "Dalam Proses" bagi permohonan BTB.
        2025-11-03T09:14:22+08:00 INFO batch_bayaran BKK-202511 dijana: 12,884 rekod, jumlah RM 4,126,300.00, status=HANTAR_BANK
        ERROR [SemakanPGK] pendapatan_isi_rumah tidak boleh bernilai negatif (kod ralat E-PGK-017)
        no_kp_topeng = no_kp[:6] + "-XX-XXXX"  # topeng No. KP sebelum eksport ke pasukan analitik
        SELECT daerah, COUNT(*) AS bil_penerima FROM penerima_bantuan WHERE jenis = 'BOT' AND status = 'AKTIF' GROUP BY daerah;
        Templat SMS: "Tuan/Puan {NAMA}, permohonan {JENIS_BANTUAN} no. {NO_RUJ} telah DILULUSKAN. Bayaran pertama pada {TARIKH}. -JKM"
        Medan wajib borang: nama_penuh, no_kp, alamat_surat, poskod, no_tel, bil_tanggungan, pendapatan_bulanan.
        SHA-256 fail eksport penerima_2025Q3.csv.gpg: 9f2c41e07ab35d8816c0e4b2f7d19a6035cc7e81b40d2fa95e6c3b7188a0d4e2
        Tiket sokongan #INC-0048213: pengguna tidak dapat log masuk selepas kemas kini MyDigital ID; status: SELESAI (ditutup 02/12/2025 16:41).
        GET /api/v2/permohonan/{id}/status -> 200 {"status": "LULUS", "jenis": "BKK", "kadar_bulanan": 300.00}
        Data penerima hanya boleh dieksport dalam format terenkripsi melalui SFTP dalaman; dilarang guna Google Drive atau e-mel peribadi.
        Ralat: "No. KP tidak sah - mesti 12 digit tanpa sengkang" (format: YYMMDDPB###G, digit akhir ganjil = lelaki, genap = perempuan)
        Laporan harian 04/12/2025: 317 permohonan baharu, 289 lawatan selesai, 41 rayuan, 6 kes dirujuk ke Unit Perlindungan.
    """),
    ("ms", "berita dan statistik"): _lines("""
        KUALA LUMPUR, 25 Nov - Sebanyak 7,482 kes keganasan rumah tangga dilaporkan kepada polis dari Januari hingga Oktober tahun ini, menurut statistik PDRM.
        Menteri Pembangunan Wanita, Keluarga dan Masyarakat dalam jawapan bertulis di Dewan Rakyat berkata 512,000 isi rumah menerima bantuan bulanan JKM setakat September 2025.
        Tun Fatimah Hashim, wanita pertama dilantik menteri kabinet Malaysia, pernah menerajui kementerian yang bertanggungjawab terhadap kebajikan am sehingga 1973.
        Sempena Hari Kanak-Kanak Sedunia, JKM menganjurkan karnival keluarga di Dataran Merdeka pada 20 November; masuk percuma.
        Peruntukan Belanjawan 2026 bagi bantuan kebajikan ialah RM2.9 bilion, naik RM200 juta berbanding tahun sebelumnya.
        Tinjauan sebuah NGO mendapati 1 daripada 4 wanita yang pernah berkahwin mengalami sekurang-kurangnya satu bentuk keganasan oleh pasangan.
        Rumah Seri Kenangan Cheras kini menempatkan 412 warga emas dengan nisbah penjaga 1:15, kata pengarah institusi itu kepada pemberita.
        Ahli Parlimen Kota Raja mencadangkan supaya Perintah Perlindungan boleh dipohon secara dalam talian melalui sistem e-Filing mahkamah.
        Statistik PDRM: 68% suspek kes keganasan rumah tangga yang ditahan pada 2024 berumur antara 30 hingga 49 tahun.
        Novel Salina karya Sasterawan Negara A. Samad Said menggambarkan kemiskinan dan nasib wanita di kampung setinggan Singapura selepas perang.
        Pada 2024, sebanyak 1,047 kanak-kanak didaftarkan sebagai anak angkat di JPN, 61% daripadanya di bawah Akta 253.
        Hospital Tuanku Ja'afar Seremban melaporkan 214 kes di OSCC bagi suku ketiga 2025, meningkat 9% berbanding suku sebelumnya.
    """),
    ("en", "shelter operations"): _lines("""
        Shelter intake is 24/7; walk-ins are accepted but please call the hotline first so a caseworker can meet you at a safe location.
        Volunteer onboarding: complete the 6-hour Trauma-Informed Care module and sign the Confidentiality Undertaking before your first shift.
        Residents' names, photos or locations must never be posted on social media, including "anonymous" stories that mention the shelter's neighbourhood.
        Donation drop-off: Women's Centre for Change, 241 Jalan Burma, 10350 George Town, Penang (Mon-Fri 9am-5pm).
        Invoice INV-2025-1187: 40 x single foam mattress 4" @ RM189.00 = RM7,560.00, supplier Tilam Sentosa Sdn Bhd, due 30 days.
        Case conference agenda: 1) risk reassessment, 2) IPO status, 3) school transfer options, 4) exit plan & transitional housing.
        Order #SHP-77310422 shipped via J&T Express, tracking JT6001234567891 - formula milk & diapers for the children's wing.
        Our KL shelter hit 96% occupancy in October; overflow cases are being referred to JKM-run shelters in Selangor.
        Reminder: intake form v3.2 no longer asks for religion unless the resident requests faith-based counselling.
        The AGM will be held at Dewan Tunku Abdul Rahman, Jalan Ampang, on 14 Feb 2026 at 2pm; proxy forms due 7 Feb.
        Template: "Dear [Donor Name], thank you for your gift of RM[amount] on [date]. Receipt no. [####] is attached for tax exemption under s44(6)."
        Hotline stats Q3: 2,318 calls, 41% first-time callers, median call length 14 min, 212 referrals to shelter.
        Trainer tip: if a caller reads out her IC number unprompted, don't repeat it back on the phone - log it only in the secure case system.
    """),
    ("zh-Hans", "福利咨询"): _lines("""
        福利部（JKM）每月援助金可以通过 eBantuanJKM 系统在网上申请，也可以到县福利局柜台办理。
        儿童援助金（BKK）每名孩子每月100令吉，每户最高450令吉，以最新公告为准。
        家暴求助热线：Talian Kasih 15999（24小时），紧急情况请拨999。
        根据1994年家庭暴力法令，受害者可申请临时保护令（IPO），禁止施暴者接近住家或工作地点。
        非穆斯林领养须依据1952年领养法令向高庭申请领养令，一般需时6至12个月。
        隆雪华堂妇女组将于12月14日（星期日）下午2时举办"认识家暴与保护令"讲座，免费入场，欢迎公众出席。
        温馨提示：请勿在脸书或微信群公开贴出受助者的身份证和住址照片，以免违反个人资料保护法令。
        老人援助金（BOT）申请条件：60岁以上、无子女照顾或家庭收入低于贫困线。
        问：已经在领残障人士援助金，还能申请其他援助吗？答：视情况而定，请咨询所在县福利局。
        福利局柜台办公时间：星期一至五上午8时至下午5时，部分州属周末不同，请留意当地公告。
        《红楼梦》中的林黛玉自幼丧母，后来寄居贾府，常被读者视为"寄人篱下"的代表人物。
        某妇女援助组织2024年报显示，收容所全年共接收了367名妇女和儿童，平均入住时间为41天。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Pemohon: Norazlina binti Kamarudin, No. KP 880415-10-5632, alamat No. 14, Jalan Mawar 3/2, Taman Sri Muda, 40400 Shah Alam. Ibu tunggal, 3 anak, pendapatan RM1,150 sebulan (operator kilang).
        sy nk tanya status BKK sy, no ic 910223-03-5118, nama Che Rohani bt Che Mat, dah 2 bulan x masuk duit
        Puan Jamilah binti Hassan (KP 760902-08-6224) kini ditempatkan di rumah perlindungan sementara JKM Perak selepas didera suaminya, Zulkifli bin Ahmad.
        IPO dikeluarkan oleh Mahkamah Majistret Klang pada 12/11/2025 terhadap responden Rosli bin Mat Daud, KP 780512-10-5561, melarang beliau menghampiri kediaman mangsa di Blok C-12-3, PPR Seri Pantai, Klang.
        Anak angkat: Nur Aisyah binti Abdullah, lahir 03/06/2024 di Hospital Kuala Lumpur, ibu kandung Siti Hajar binti Razak (19 thn); dipelihara oleh En. Faizal bin Omar & Pn. Nadia binti Ismail.
        tlg call sy 013-772 4190, sy Kak Yah dari Kg Baru Hulu Langat, laki sy pukul lagi semalam, sy x tau nk pegi mana
        Akaun BSN untuk kreditan BOT: 1410029000188412 atas nama Hj. Othman bin Sulaiman (KP 470819-06-5043), Kg. Batu Sawar, Kuala Lipis.
        Laporan lawatan: En. Ramasamy a/l Kuppusamy, 67 thn, strok sejak 2023, terlantar, tinggal bersama anak perempuan Devi a/p Ramasamy (012-548 3307) di No. 8, Lorong Sentosa 5, Bukit Mertajam.
        Kanak-kanak Muhammad Danish bin Azman (8 thn) disyaki didera - lebam di belakang badan, dirujuk ke OSCC Hospital Sultanah Bahiyah oleh guru kelasnya pada 21/10/2025.
        Pemohon: S*** Z******* binti Yusof, KP ******-12-6218, No. 33, Lorong Kemboja 2, Taman Kemboja, 88300 Kota Kinabalu - BKK ditolak kerana pendapatan suami RM3,400.
        Kereta bekas suami Puan Hasnah: Perodua Myvi putih, no. plat WYT 7719, selalu parking depan kilang tempat dia kerja di Nilai.
        Kaunseling sesi 3 - klien Farah Wahida binti Mokhtar, 27, didiagnos PTSD dan kemurungan major, ambil sertraline 50mg; sesi seterusnya 9/12 jam 10 pagi.
        En. Kamal bin Yaakub, penerima Elaun Pekerja OKU, kad OKU no. OKU/F/2019/004563, bekerja sebagai kerani di Majlis Bandaraya Seberang Perai dengan gaji RM1,480.
        Kes Mahkamah Syariah Shah Alam no. 10003-028-0412-2025: tuntutan hadhanah anak antara Nurul Huda binti Zainal dan Mohd Hafiz bin Rahim.
        Nombor WhatsApp mangsa: +60 11-2356 8874 (Liyana) - JANGAN hubungi selepas 6 petang, suami dia periksa telefon.
        Salam tuan, sy Azizah binti Abd Rahman, dah hantar salinan IC & sijil cerai ke emel tuan dari azizah.rahman82@gmail.com, tq
        Pemohon BOT: Wan Mek binti Wan Ali, 79 thn, KP 460130-03-5278, buta sebelah mata, tinggal seorang diri di Kg. Pulau Melaka, Kota Bharu.
        Penghuni baharu rumah perlindungan: Nurul Ain binti Rosdi (KP 020611-14-0926), 23 thn, hamil 7 bulan, dihalau keluarga.
        Suami saya, Shahrul Nizam bin Azmi, dah 6 bulan tak bagi nafkah, padahal dia kerja di Petronas Kerteh gaji RM6,200. Saya nak mohon bantuan untuk 2 anak kami.
        Permohonan pengangkatan PA-14/2025/0381: pemohon Lim Wei Jian & Tan Mei Ling; kanak-kanak perempuan lahir 17/02/2025 di HKL, ibu kandung warga Indonesia Sri Wahyuni, pasport C2847193.
        Update kes: Pn. Kavitha a/p Subramaniam dah keluar dari rumah perlindungan 28/11, tinggal sementara dgn kakak dia di Taman Desa Jaya, Kepong. No tel baru 016-331 9082.
        Siti Mariam binti Ibrahim dari Kampung Gajah - HIV positif, ibu tunggal, BKK untuk 2 anak diluluskan RM200 sebulan.
        Pengesahan majikan: Puan Rozita binti Jaafar bekerja sebagai pembantu tadbir di Klinik Kesihatan Bandar Baru Bangi sejak 2018, gaji pokok RM2,050.
        Anak saudara saya Aqil Hakimi bin Roslan, 5 thn, autisme, kami jaga sejak mak dia masuk penjara kes dadah. Nak mohon bantuan penjagaan.
        Pasangan Wong Kah Heng (KP 850309-07-5517) dan Chong Siew Mei dilaporkan jiran kerana tinggalkan anak 4 tahun seorang diri di No. 21, Jalan Kenari 7, Bandar Puchong Jaya.
        Nombor kad debit untuk bayaran bantuan: 4152 6300 1847 2235 (Maybank), pemegang kad Zuraidah binti Musa.
        Pn. Halimah bt. Said, KP 690704-11-5096, dirujuk ke Rumah Seri Kenangan Kuala Terengganu kerana demensia dan tiada waris.
        Hi pkm, client sy En. Hairul Anuar bin Jusoh baru hilang kerja last month, 3 anak, isteri sakit buah pinggang dialysis 3x seminggu. IC dia 830527-05-5181.
        Tukar alamat penerima BKK Nor Hidayah binti Salleh (tel 019-774 2603): dari Flat Sri Melaka Blok B-4-12 ke Lot 2261, Kampung Parit Penghulu, 83000 Batu Pahat.
        Bekas suami pemohon, Mohd Faizul bin Jamaluddin, bekerja di Singapura dengan Work Permit FIN G5512863X dan tak bayar nafkah anak sejak Mac.
        Bayaran BTB kepada penjaga: En. Loh Kim Seng, bapa kepada Loh Jia Hui (OKU pembelajaran, sindrom Down), akaun Public Bank 6412338507.
        Nama: M***** bin Ali | KP: 900318-10-xxxx | Tel: 017-38x xx91 | Alamat: No. 6, Jalan SS 2/24, 47300 Petaling Jaya | Kes: penderaan isteri, laporan polis Sek 7/02112/25
    """),
    "en": _lines("""
        Intake note: Priya Nair, 31, arrived 02:40 with two kids (6 and 3), facial bruising; husband Arjun Menon still at their unit B-17-05, Residensi Kiara Hijau, Mont Kiara.
        Hi, this is Jessica Tan, adoptive mum of baby Ethan (born 04/03/2025). Our hearing at KL High Court is 19 Jan - my number is 012-386 7714 if the welfare officer needs anything.
        Referral: Mr. Gopal s/o Letchumanan, IC 560821-08-5329, bedridden after a fall, lives alone at Flat PKNS Block 3, Unit 2-08, Kampung Baru; neighbour says he hasn't eaten in 2 days.
        Client is a Malaysian mother in Johor; the father, Tan Boon Keat (NRIC S8834172D), lives at Blk 456 Jurong West St 41 #08-221, Singapore 640456 and stopped paying maintenance.
        Our resident Lakshmi d/o Rajan (NRIC T0219455J) needs a letter for ICA to replace her passport, which her ex-husband burned.
        Income declaration: Nurul Syazwani binti Kassim, e-hailing driver, earns about RM2,600/month, EPF member no. 18842031.
        Counselling log 14/11: Daniel Lee, 15, disclosed that his stepfather beats him with a belt; school counsellor at SMK Damansara Jaya informed; mother Grace Lim (017-221 5863) not told yet.
        Donor requested refund to card 5521 1730 4861 9047, cardholder Melissa Chan, receipt RC-2025-4417.
        Please update the file: Siti Khadijah's new safe address is 27, Jalan Delima 4, Taman Delima, 34000 Taiping - do NOT share with her family.
        PO hearing for Ong Mei Ling v. Chong Wai Keong postponed to 8 Jan 2026; he's been seen in a grey Honda City, plate PKH 3352, near her office at Queensbay Mall.
    """),
    "zh-Hans": _lines("""
        你好，我叫黄丽珍，身份证 870612-01-5846，住在 No. 45, Jalan Kebudayaan 12, Taman Universiti, 81300 Skudai，丈夫长期家暴，我想申请保护令。
        我妈妈林秀英今年81岁，有老人痴呆，申请老人援助金被拒，福利局说我哥收入太高。我的电话 016-778 2315。
        领养申请：申请人陈志豪与太太刘佩玲，想领养儿童之家一名三岁男孩；陈先生在槟城 Intel 当工程师，月薪RM8,500。
        中国籍配偶王丽娟（中国身份证 350582198903142623）嫁给吉隆坡的李国强，护照被丈夫扣留并多次被殴打，目前住在妇女收容所。
        个案记录：受助人张美玲（女，42岁），乳腺癌第三期，在中央医院化疗，育有两名子女，申请儿童援助金。
        受害者何嘉欣 WhatsApp +60 12-664 0978，请社工只发短信，千万不要打电话。
        我老公郭文杰的车牌 JRT 5527，他常常在我上班的 AEON Tebrau 门口等我，我很怕。我叫苏慧敏。
        老人援助金存入大众银行户口 3198772046，户主谢玉梅，每月5号前入账。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu maya Talian Kasih. Jangan minta maklumat peribadi melainkan perlu.",
        ),
        ("user", "salam, sy nk mohon bantuan bulanan utk anak2"),
        (
            "assistant",
            "Waalaikumussalam. Boleh saya tahu berapa orang anak dan anggaran pendapatan isi rumah?",
        ),
        ("user", "3 org anak, sy kerja cuci pinggan kedai makan gaji lebih kurang RM900"),
        (
            "assistant",
            "Puan mungkin layak untuk BKK. Puan boleh mohon melalui eBantuanJKM atau di PKMD.",
        ),
        ("user", "ok nama sy Rusnani binti Abdul Latif, ic 850117-02-"),
        ("user", "5386. duduk Kg Titi Gajah, Alor Setar"),
        ("assistant", "Terima kasih. Sila bawa dokumen asal ke PKMD Kota Setar untuk semakan."),
    ],
    [
        ("user", "What counts as domestic violence under Malaysian law?"),
        (
            "assistant",
            "Under the Domestic Violence Act 1994 it includes physical, sexual, psychological and financial abuse by a spouse, former spouse or family member.",
        ),
        ("user", "ok. asking for my sister actually"),
        (
            "user",
            "her name is Angela Fernandez, she lives in Taman Bukit Maluri, Kepong with her husband Raymond. he locks her in and took her phone",
        ),
        (
            "assistant",
            "That sounds serious. If she is in immediate danger call 999; you can also call Talian Kasih 15999 on her behalf.",
        ),
    ],
    [
        ("system", "You help JKM officers draft formal reports in Bahasa Melayu."),
        (
            "user",
            "Tolong formalkan nota ni: klien Pn Salmah bt Yunus, 45, KP 800304-06-5512, didera suami secara fizikal 10 thn, skrg di rumah perlindungan Kuantan dgn 2 anak",
        ),
        (
            "assistant",
            "Klien, Puan Salmah binti Yunus (No. KP 800304-06-5512), berumur 45 tahun, telah mengalami penderaan fizikal oleh suaminya selama kira-kira sepuluh tahun dan kini ditempatkan di rumah perlindungan di Kuantan bersama dua orang anaknya.",
        ),
        ("user", "bagus, tambah dia ada luka lama di tangan kiri, dah buat X-ray di HTAA"),
    ],
    [
        ("user", "Apa syarat nak ambil anak angkat melalui JKM?"),
        (
            "assistant",
            "Pemohon mesti berumur sekurang-kurangnya 25 tahun, 18 tahun lebih tua daripada kanak-kanak, dan menghadiri kursus pra-pengangkatan.",
        ),
        (
            "user",
            "sebenarnya kami dah ambil baby dari kawan, mak dia Nabila, student UiTM, bersalin bulan lepas kat Hospital Selayang. tak daftar lagi",
        ),
        (
            "user",
            "nama sy Khairul Azhar, isteri Norliza, kami duduk Rawang. boleh ke daftar terus?",
        ),
        (
            "assistant",
            "Sila berjumpa PKMD Gombak segera; penempatan tanpa prosedur rasmi perlu dinilai oleh Pegawai Kebajikan.",
        ),
    ],
    [
        ("user", "请问老人援助金怎么申请？"),
        (
            "assistant",
            "可以上网到 eBantuanJKM 申请，或到县福利局柜台办理，需要带身份证和收入证明。",
        ),
        ("user", "是帮我爸爸申请的，他叫邱德胜，82岁，中风后不能走路"),
        ("user", "住在 Jalan Pasar Baru 18号, Kampar，我是他女儿邱美凤，电话 012-553 4719"),
        ("assistant", "好的，建议先预约县福利官家访，以便评估是否符合卧床护理援助资格。"),
    ],
    [
        ("user", "Berapa kadar BOT sekarang?"),
        ("assistant", "Kadar semasa bergantung kepada pekeliling terkini; sila semak portal JKM."),
        ("user", "Kalau penerima meninggal, duit bulan tu kena pulang balik ke?"),
        (
            "assistant",
            "Ya, bayaran selepas tarikh kematian perlu dikembalikan. Waris perlu maklumkan PKMD.",
        ),
        (
            "user",
            "ok, arwah ayah sy Ismail bin Bakar meninggal 2 Nov, duit masuk akaun Maybank 1640 2213 8765 dia. sy anak sulung, Rashid, 019-883 0415",
        ),
    ],
    [
        (
            "system",
            "You are a supportive counselling chatbot for teenagers. Escalate risk to a human.",
        ),
        ("user", "i dont feel safe at home"),
        (
            "assistant",
            "I'm really glad you told me. Can you tell me a bit more about what's happening?",
        ),
        (
            "user",
            "my dad drinks and hits my mum and me. im Aiman, form 3 at SMK Taman Melawati. please dont tell him",
        ),
        (
            "assistant",
            "Thank you for trusting me, Aiman. I'm going to connect you with a counsellor now. If you're in danger right now, call 999.",
        ),
    ],
    [
        ("user", "rayuan bantuan BTB sy ditolak, nak buat rayuan"),
        (
            "assistant",
            "Rayuan boleh dibuat secara bertulis dalam 30 hari dari tarikh surat keputusan.",
        ),
        ("user", "sy OKU fizikal, kaki kanan dipotong sebab kencing manis"),
        (
            "user",
            "nama Subramaniam a/l Muniandy, no ruj BTB-PRK-2025-003318, tinggal Taman Cempaka, Ipoh",
        ),
        ("assistant", "Baik, sila sertakan laporan perubatan terkini bersama surat rayuan."),
    ],
    [
        (
            "user",
            "Can a Singaporean ex-husband be made to pay child maintenance through Malaysian court?",
        ),
        (
            "assistant",
            "Yes, a Malaysian order can be registered in Singapore under the reciprocal enforcement arrangements; a lawyer can advise on the steps.",
        ),
        (
            "user",
            "his name is Lim Chee Hong, NRIC S7720591H, works at Changi Airport Group. me and the kids are in Johor Bahru",
        ),
        (
            "assistant",
            "Please keep a copy of the divorce order and his last known address for the filing.",
        ),
    ],
    [
        (
            "system",
            "Bantu kakitangan rumah perlindungan menulis mesej WhatsApp yang ringkas dan sopan.",
        ),
        (
            "user",
            "tolong tulis mesej utk penghuni kami Farhana, ingatkan dia temujanji Mahkamah Majistret Kajang utk PO dia pada 16/12 jam 9 pagi. no dia 011-2874 3306",
        ),
        (
            "assistant",
            "Salam Farhana, ini peringatan mesra: temujanji anda di Mahkamah Majistret Kajang untuk Perintah Perlindungan adalah pada 16/12, jam 9.00 pagi. Kami akan hantar anda ke sana. Terima kasih.",
        ),
    ],
]
