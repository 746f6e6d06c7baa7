# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms81: Bahasa Melayu perkhidmatan katering dan kenduri (tempahan, menu, deposit, pekerja sambilan, aduan keracunan makanan). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms81
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "menu dan pakej"): _lines("""
        Pakej Kenduri A (RM18/pax): nasi minyak, ayam masak merah, dalca sayur, acar buah, air sirap bandung; minimum 300 pax.
        Pakej Perkahwinan Gold RM28.50 seorang – nasi beriani gam, daging kurma, ayam golek, pajeri nenas, puding roti, teh tarik panas; termasuk khemah 20x20 dan 4 orang pelayan.
        Menu Hi-Tea Korporat: karipap pusing, kuih seri muka, mini pavlova, sandwic tuna, kopi & teh O — RM12/pax, min. 50 pax, kawasan Lembah Klang sahaja.
        Tambahan pilihan: kambing golek 12–15 kg RM1,350 sebiji, termasuk chef potong di lokasi dan sos lada hitam.
        Set Doa Selamat 100 pax: nasi putih, gulai kawah daging, sayur campur, ikan masin goreng, air kosong — harga bermula RM1,200.
        Pakej Aqiqah: seekor kambing jantan cukup umur, dimasak kuah kurma, diagih dalam 80 bekas; RM1,580 termasuk sijil pelaksanaan aqiqah.
        Menu Vegetarian (atas permintaan): nasi tomato, kari sayur campur, tauhu sumbat, papadom; sila maklumkan sekurang-kurangnya 7 hari sebelum majlis.
        Senarai kuih untuk majlis tahlil: kuih lapis, karipap, bingka ubi, seri muka, donat gula — RM0.60 seketul, minimum 200 ketul.
        Buffet Open House Raya: lemang, rendang tok, ketupat palas, kuah kacang, soto ayam, kuih raya; RM35 nett/pax termasuk SST.
        Pakej Majlis Bertunang: 5 dulang hantaran buah & kek, makanan untuk 50 tetamu, pelamin mini — RM3,800 pakej lengkap.
        Senarai harga 2026: bihun goreng Singapore 1 talam (30 pax) RM75 | mihun sup 1 periuk RM90 | mee rebus RM4.50 semangkuk.
        Minuman: air sirap selasih, air mata kucing, teh tarik, kopi O, air balang oren — RM1.20 secawan; sewa balang RM15 sehari.
        Menu majlis hari jadi kanak-kanak: nugget, sosej, spaghetti bolognese, jeli, kek cawan — RM9.90 seorang kanak-kanak.
        Semua daging tempatan disembelih di rumah sembelih yang diluluskan DVS dan dibekalkan dalam keadaan sejuk beku.
        Kek perkahwinan 3 tingkat (butter cream) RM650, fondant tambah RM250; tempahan sekurang-kurangnya 14 hari awal.
    """),
    ("ms", "terma tempahan dan deposit"): _lines("""
        Deposit 30% diperlukan untuk mengesahkan tarikh; baki perlu dijelaskan 7 hari sebelum majlis.
        Deposit tidak akan dikembalikan sekiranya pembatalan dibuat kurang daripada 30 hari sebelum tarikh majlis.
        Penambahan bilangan tetamu dibenarkan sehingga 5 hari sebelum majlis; pengurangan melebihi 10% tidak layak untuk bayaran balik.
        Caj pengangkutan: percuma dalam radius 30 km dari dapur pusat di Bangi; RM2 sekilometer selepas itu.
        Bayaran melalui FPX, DuitNow QR atau pindahan ke akaun Maybank 5621 0345 7788 atas nama Seri Mawar Katering Sdn Bhd; sila emelkan resit ke akaun@serimawarkatering.com.my.
        Makanan lebihan akan dibungkus untuk tuan rumah; pihak katering tidak bertanggungjawab atas makanan yang disimpan melebihi 4 jam selepas dihidang.
        Tempahan hanya sah selepas invois dibayar dan resit rasmi bernombor (contoh: RCP-000123) dikeluarkan oleh sistem.
        Harga tidak termasuk SST 6% dan caj perkhidmatan 10% bagi majlis yang diadakan di hotel.
        Jika majlis terpaksa ditangguhkan kerana kematian ahli keluarga atau bencana alam, deposit boleh dipindahkan ke tarikh baharu dalam tempoh 6 bulan.
        Pelanggan perlu menyediakan bekalan air dan elektrik (sekurang-kurangnya 2 soket 13A) di lokasi majlis.
        Sesi rasa (food tasting) percuma untuk tempahan melebihi 500 pax; diadakan setiap Sabtu, 10 pagi hingga 12 tengah hari.
        Pinggan mangkuk seramik disediakan; pinggan yang pecah atau hilang akan dicaj RM8 sebiji.
        Bayaran balik diproses dalam tempoh 14 hari bekerja ke akaun asal pembayar sahaja.
        Tarikh puncak (cuti sekolah Disember dan bulan Syawal) memerlukan deposit 50% dan tidak boleh ditukar.
        Borang Tempahan | Nama pelanggan: ________ | No. telefon: ________ | Tarikh majlis: ____/____/______ | Lokasi: ________ | Bilangan pax: ____ | Pakej: A / B / Gold
        Templat WhatsApp: "Salam Tuan/Puan [NAMA], tempahan anda untuk [TARIKH] telah disahkan. Baki RM[JUMLAH] perlu dijelaskan sebelum [TARIKH AKHIR]. Terima kasih!"
    """),
    ("ms", "notis keselamatan makanan"): _lines("""
        Semua pengendali makanan wajib menghadiri Kursus Latihan Pengendali Makanan yang diiktiraf KKM dan menerima suntikan anti-tifoid.
        Makanan panas hendaklah disimpan pada suhu melebihi 60°C, manakala makanan sejuk di bawah 5°C.
        Nasi yang telah dimasak tidak boleh dibiarkan pada suhu bilik lebih daripada 2 jam kerana risiko Bacillus cereus.
        Mengikut Peraturan-Peraturan Kebersihan Makanan 2009, pengendali makanan mesti memakai apron, penutup kepala dan kasut bertutup.
        Sampel setiap hidangan (lebih kurang 150 g) disimpan dalam peti sejuk selama 72 jam untuk rujukan siasatan sekiranya berlaku aduan keracunan.
        Jika anda mengalami cirit-birit, muntah atau demam selepas menghadiri majlis, dapatkan rawatan di klinik berhampiran dan maklumkan Pejabat Kesihatan Daerah.
        Aduan keselamatan makanan boleh dibuat melalui sistem SISPAA atau terus ke Pejabat Kesihatan Daerah di kawasan majlis diadakan.
        Telur mentah untuk mayonis buatan sendiri dilarang sama sekali; gunakan mayonis komersial yang telah dipasteur.
        Ais untuk minuman mesti dibeli daripada kilang ais berlesen dan mempunyai label pengeluar pada bungkusan.
        Papan pemotong berkod warna: merah – daging mentah, biru – ikan, hijau – sayur, kuning – ayam, putih – makanan siap.
        Pemeriksaan premis dapur oleh PBT dijalankan tanpa notis; gred kebersihan A, B atau C wajib dipaparkan di pintu masuk.
        Rekod suhu peti sejuk perlu diisi dua kali sehari (pagi dan petang) dan disimpan sekurang-kurangnya 3 bulan.
        Kes keracunan makanan mesti dinotifikasi kepada Pejabat Kesihatan Daerah dalam tempoh 24 jam di bawah Akta Pencegahan dan Pengawalan Penyakit Berjangkit 1988.
        Pekerja yang mengalami cirit-birit, muntah atau luka terbuka di tangan tidak dibenarkan mengendalikan makanan sehingga sembuh.
    """),
    ("mixed", "chat kumpulan operasi"): _lines("""
        Team, esok Sabtu ada 3 event: Bangi 800 pax, Kajang 350 pax, Putrajaya hi-tea 120 pax. Lori keluar 6.30 pagi sharp ya.
        Order SMK-2611-0073 tukar menu ayam masak merah jadi ayam masak lemak cili api, tolong update dalam sheet.
        Stok beras basmathi tinggal 4 guni je, PO dah hantar ke supplier, ETA hari Khamis.
        Khemah event Semenyih dah siap pasang tapi genset buat hal, call Syarikat Sewa Genset Sinar Jaya 03-8736 2210 minta hantar ganti.
        Reminder: semua crew pakai baju uniform hijau + apron, rambut wajib tutup. No selipar jepun please.
        Parcel bekas aluminium foil dah sampai, tracking EP123456785MY, ada dekat stor belakang.
        Gulai kawah semalam overcooked sikit, chef pesan next time kecilkan api lepas 2 jam.
        Sesiapa free Ahad ni boleh tolong event Rawang 600 pax? Bayaran RM80 sehari + makan, PM admin.
        Pls check gas: tinggal 4 tong 14kg je, kena order 6 lagi sebelum Jumaat.
        Invois INV-2026-1187 client dah bayar full, boleh release stok untuk event tu.
        Event Shah Alam cancel sebab banjir, deposit dipindah ke tarikh baru ikut polisi syarikat.
        Siapa ambil chafing dish dari stor? Count semalam kurang 2 biji, tolong pulangkan.
        Event hari ni nasi habis awal — tempah 1000 pax tapi tetamu datang dalam 1200. Next time buffer 15% ok.
        Grab delivery sampel tasting pukul 3 petang, order no. GF-20261206-4471, dah bayar online.
        Lesen premis dah renew, no. lesen MPKj/LP/2026/0345, salinan dah tampal kat dinding dapur.
    """),
    ("ms", "iklan jawatan sambilan"): _lines("""
        JAWATAN KOSONG: Pelayan sambilan majlis kenduri sekitar Bangi/Kajang. RM10 sejam, makan disediakan. Hubungi pejabat 03-8925 1144 (waktu pejabat sahaja).
        Syarat: warganegara Malaysia, 18 tahun ke atas, ada suntikan tifoid (boleh dibantu), sanggup bekerja hujung minggu dan cuti umum.
        Kekosongan Pembantu Dapur tetap: gaji RM1,900 + elaun kehadiran; mohon melalui portal MYFutureJobs.
        Part-timers needed for wedding events in the Klang Valley, RM85 per day, transport from our Bangi office provided.
        Dokumen semasa temuduga: salinan kad pengenalan, sijil kursus pengendali makanan dan nombor akaun bank untuk urusan gaji.
        Gaji sambilan dibayar setiap Isnin melalui pindahan bank; slip gaji dihantar melalui emel.
        Pelajar IPT dialu-alukan memohon; jadual kerja fleksibel mengikut waktu kuliah.
        Kami mencari Cef Kepala berpengalaman sekurang-kurangnya 5 tahun dalam masakan kawah; gaji RM3,500–4,500 bergantung kepada pengalaman.
        Kod etika pekerja: dilarang merokok di kawasan majlis dan dilarang mengambil makanan tetamu sebelum majlis tamat.
        Kadar kerja lebih masa: 1.5 kali bagi hari biasa dan 2 kali bagi cuti umum, dikira mengikut Akta Kerja 1955.
        Temuduga terbuka Sabtu 13 Disember 2026, 9 pagi–1 petang, di Dewan Serbaguna Seri Mawar, Jalan P10/14, Seksyen 10, 43650 Bandar Baru Bangi.
        Pekerja asing hanya diambil jika memegang permit kerja yang sah di bawah syarikat kami.
    """),
    ("en", "faq dan panduan"): _lines("""
        How early should I book a caterer for a 1,000-guest wedding in Selangor? Most caterers suggest 6 to 9 months ahead, earlier for school holidays.
        What is gulai kawah? A large-batch curry cooked in a giant wok over firewood, traditionally served at a kenduri.
        Is catering charged per head or per tray? Kenduri packages are usually per pax, while corporate buffets are sometimes priced per tray.
        How do I estimate guest numbers? A common rule is invitations x 2.5 for family invites, then subtract about 20% for no-shows.
        Can I get a refund if guests fall sick? Report to the District Health Office first; refunds depend on the investigation outcome and your contract terms.
        How do I write a polite complaint email to a caterer about late delivery? Include your order number, the event date, what went wrong and the remedy you expect.
        What does halal-certified mean for a caterer? The premises hold a valid JAKIM or state religious authority certificate; ask to see the certificate and its expiry date.
        Template: "Dear [Caterer], regarding order [Order No.] for [Date], I would like to raise the following issue: [Details]. Kindly respond by [Deadline]."
        Tip: pay deposits only to the caterer's registered company account, and always ask for an official receipt with the invoice number.
        Food poisoning symptoms usually appear 1 to 72 hours after eating; common culprits at buffets are rice, santan-based gravies and cream desserts.
        Who is Chef Wan? A Malaysian celebrity chef known for his television cooking shows and cookbooks on Malay cuisine.
        def total_cost(pax: int, rate: float, sst: float = 0.06) -> float: return round(pax * rate * (1 + sst), 2)
        Nasi minyak is cooked with ghee and spices and served with red chicken, while nasi beriani gam layers meat and rice in one pot.
        Is service tax charged on catering? It may be, depending on the caterer's turnover; check the latest Royal Malaysian Customs guidance.
    """),
    ("ms", "berita dan statistik"): _lines("""
        Seramai 45 tetamu sebuah majlis perkahwinan di Kuala Kangsar mendapatkan rawatan selepas mengalami cirit-birit; sampel makanan dihantar ke makmal untuk analisis.
        Jabatan Kesihatan Negeri mencatatkan 62 episod keracunan makanan dari Januari hingga Jun, kebanyakannya melibatkan majlis kenduri dan kantin sekolah.
        Sebuah premis katering di Seremban diarah tutup 14 hari di bawah Akta Makanan 1983 selepas pemeriksaan mendapati kehadiran lipas dan tikus.
        Menteri Kesihatan memaklumkan Dewan Rakyat bahawa kursus pengendali makanan kini boleh diikuti secara dalam talian.
        Kajian mendapati 38% kes keracunan makanan di majlis kenduri berpunca daripada nasi dan lauk yang dimasak terlalu awal.
        Lagu Getaran Jiwa nyanyian P. Ramlee masih menjadi pilihan utama di majlis kenduri kahwin di seluruh negara.
        Jamuan rasmi sempena kemerdekaan 1957 yang dihoskan oleh Tunku Abdul Rahman menghidangkan nasi minyak dan gulai kambing.
        Dalam filem Labu dan Labi, watak Labu dan Labi bekerja sebagai orang gaji kepada Haji Bakhil yang terkenal kedekut.
        Harga ayam yang meningkat 12% sejak Oktober menyebabkan banyak pengusaha katering menaikkan harga pakej sebanyak RM1 hingga RM2 seorang.
        Persatuan Pengusaha Katering Bumiputera menggesa kerajaan menyediakan geran untuk pembelian peti sejuk mudah alih.
        Katering Haji Samad Sdn Bhd memenangi anugerah premis makanan bersih peringkat daerah buat tahun ketiga berturut-turut.
        Sebanyak 1,240 premis katering diperiksa sepanjang tahun lalu; 87 daripadanya dikenakan kompaun kerana tidak mempunyai rekod suntikan tifoid pekerja.
        Talian hotline KPDN 1-800-886-800 boleh dihubungi bagi aduan harga pakej yang tidak munasabah.
    """),
    ("ms", "log sistem dan invois"): _lines("""
        [2026-11-29 07:42:11] ORDER_CREATED id=SMK-2611-0073 pax=800 pkg=GOLD status=DEPOSIT_PENDING
        INVOIS No: INV-SMK-2026-1187 | Pakej B x 350 pax @ RM22.00 = RM7,700.00 | SST 6% RM462.00 | Jumlah RM8,162.00
        Resit RCP-004518 | Kaedah: FPX | Ref transaksi: 2026112914320088417 | Status: BERJAYA
        SELECT order_id, event_date, pax FROM orders WHERE status = 'CONFIRMED' AND event_date >= '2026-12-01';
        config.yaml: deposit_rate: 0.30 / peak_deposit_rate: 0.50 / refund_days: 14 / free_radius_km: 30
        No. Pendaftaran Syarikat: 201901034567 (1340562-X) | Sijil Halal: JAKIM.700-2/3/1 SMK-0871 | Tamat: 31/05/2028
        Nota Hantaran DO-2026-0912: 40 chafing dish, 12 balang air, 800 set pinggan | Penerima: __________ | Tandatangan: __________
        SHA-256 menu_2026.pdf: 9f2c41ab77d0e3c58a16b9e2f04d7a1c3b8e55f6a9d0c21e7f4b83a6d1c9e072
        Kod produk: PKG-KHW-28 (Pakej Kahwin Gold), PKG-HT-12 (Hi-Tea Korporat), ADD-KMB-1350 (Kambing Golek)
        Zon penghantaran percuma (poskod): 43000, 43650, 43200, 43300, 62000, 62300
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        BORANG TEMPAHAN | Nama: NOR AZIRA BINTI MOHD YUSOF | No. K/P: 920731-14-6218 | Tel: 019-387 2264 | Tarikh majlis: 14/03/2027 | Lokasi: Dewan Orang Ramai Taman Cheras Jaya | Pax: 600 | Pakej: Gold
        Resit deposit: Diterima daripada En. Khairul Anuar bin Hassan sebanyak RM2,400.00 (deposit 30%) bagi majlis perkahwinan anak perempuannya pada 21 Feb 2027. No. resit RCP-004519.
        Aduan: Saya Siti Hajar binti Abdullah. Selepas kenduri di rumah jiran pada 22/11, saya dan dua orang anak muntah-muntah dan terpaksa bermalam di wad Hospital Kajang.
        Senarai sambilan 29/11: 1) Muhammad Faris bin Roslan – 030515-10-1137 – Maybank 1642 3150 8871; 2) Nurul Iman binti Zainal – 041102-08-0524 – CIMB 7060221984
        Notis berhenti kerja: Saya, ARUMUGAM A/L SUPPIAH (No. K/P 790308-07-5341), memberi notis 24 jam untuk berhenti sebagai pemandu lori berkuat kuasa 1 Disember 2026.
        Alamat hantar: Pn. Rohani, No. 14, Jalan Mawar 3/2, Taman Seri Mawar, 43000 Kajang. Tel 012-663 1049. Baki bayar tunai semasa hantar.
        Rekod suntikan tifoid: Mohd Hafiz bin Ismail (K/P 950223-03-5079) – suntikan 12/06/2026, sah sehingga 11/06/2029.
        Cuti sakit: Kamariah binti Osman, pembantu dapur, MC 3 hari (gastroenteritis) dari Klinik Kesihatan Bangi, 02–04/12/2026.
        Catatan penyelia: Jun (budak sambilan UKM, rambut perang, selalu datang naik EX5 nombor plat BKM 4471) dikesan membawa pulang 2 bekas rendang tanpa kebenaran.
        Senarai hitam pelanggan: Puan Lim Siew Ling, 016-228 7731 – dua kali batal tempahan saat akhir dan enggan bayar caj pembatalan RM1,500.
        Bayaran balik deposit RM900 telah dibuat ke akaun Public Bank 3182557041 atas nama SHARIFAH NADIA BINTI SYED AHMAD.
        Laporan siasatan PKD Hulu Langat: kes indeks Zulkifli bin Mat Saad, 56 tahun, dari Kampung Sungai Tangkas, dimasukkan ke ICU akibat dehidrasi teruk selepas kenduri 23/11.
        Kenduri arwah di rumah Haji Rahim bin Daud, Lot 2231, Kampung Sungai Ramal Dalam, 43000 Kajang – 200 pax, bayaran tunai pada hari majlis.
        Pekerja dari Indonesia: Sri Wahyuni, pasport C4418203, permit kerja tamat 30/04/2027, ditempatkan di bahagian cuci pinggan.
        Kak Yah, tukang buat kuih kita yang rumahnya sebelah masjid Kg. Batu 10 Cheras, minta gaji minggu ni dimasukkan ke akaun anaknya sebab akaun dia sendiri dibekukan.
        Pesanan khas: anak pelanggan, Aisyah (7 tahun), alah kacang tanah yang teruk – pastikan tiada kuah kacang di meja keluarga En. Faizal Rahman (meja 3).
        Rekod disiplin: Pelayan sambilan Darren Ng Kok Wai diberi amaran bertulis kerana lewat 3 kali dan bertengkar dengan tetamu di majlis Putrajaya 15/11.
        Tuntutan pelanggan: Pn. Jamilah binti Harun menuntut RM350 kos rawatan di klinik swasta selepas keracunan makanan di majlis hi-tea syarikatnya.
        Sumbangan makanan lebihan diserahkan kepada keluarga Encik Ramesh a/l Krishnan, PPR Kerinchi Blok C-12-07; 6 orang anak, suami isteri tidak bekerja.
        SLIP GAJI | Nama: NUR SYAFIQAH BINTI AZMAN | No. Pekerja: SMK-PT-0217 | Jam: 36 | Kadar: RM10 | Jumlah: RM360 | Akaun: Maybank 1140 2256 7819
        Tempahan oleh Mdm Goh Bee Hoon (NRIC S8834512F, +65 9123 4781) untuk majlis makan malam keluarga di Johor Bahru pada 20/12, 120 pax.
        Pemandu: Saravanan a/l Muniandy, No. K/P 850619-01-6083, lesen GDL, guna kereta sendiri JQW 2871 untuk hantar sampel.
        Aduan di Facebook oleh @ainamirza_93: saya order pakej aqiqah untuk anak saya Adam, daging bau basi dan sebahagian bekas tak cukup!
        Pengantin: Amirul Hakim bin Zakaria & Nur Farhana binti Jamil, majlis resepsi 7 Feb 2027 di Dewan Seri Kembangan, 900 pax, pakej Gold.
        Ringkasan temuduga: calon Hasnah binti Othman, 47 tahun, ibu tunggal 4 anak, pernah bekerja di kantin sekolah, minta syif pagi sahaja kerana menjaga ibu yang diserang strok.
        Emel daripada haziq.rosli88@gmail.com meminta sebut harga 400 pax untuk kenduri kesyukuran pada 3 Januari di rumahnya.
        Fail aduan pekerja: Priya d/o Selvam melaporkan gangguan oleh penyelia dapur dan memohon untuk dipindahkan ke cawangan Shah Alam.
        Penerima bantuan makanan Ramadan: MOHD AZLAN BIN RAZAK, 810405-11-5239, OKU penglihatan, Kampung Batu Rakit, Kuala Terengganu.
        Nota: Tetamu bernama Chong Ah Kow (pak cik yang duduk meja 12, berkerusi roda) pengsan selepas makan dan dibawa ambulans ke Hospital Ampang.
        Tuan rumah Encik Kamarul Zaman bin Ibrahim masih berhutang baki RM4,750 bagi majlis 18 Oktober; surat tuntutan kedua dihantar ke No. 3, Lorong Seroja 7, Taman Seroja, 28400 Mentakab.
    """),
    "mixed": _lines("""
        bro, customer nama Yusri tu, 011-2345 6781, dia nak tambah 50 pax untuk kenduri kat Bukit Beruntung 13 Dis, pls update sheet
        guys, mak cik Faridah dari Taman Sri Langat yang tempah aqiqah minggu lepas call marah2, cucu dia kena admit HUKM sebab keracunan, jangan reply sembarangan
        Transfer dah buat: RM240 to amin hakimi, acc RHB 15602300441782, untuk 3 event minggu lepas. Pls confirm dah masuk.
        Reminder: bayar Vinod s/o Rajan RM320, dia dah tunggu 2 minggu, no. tel dia 017-662 9084
        FYI Mei Ling from Cheras tempah hi-tea 80 pax, dia vegetarian + alahan seafood, contact 012 918 3320
        driver kita Hakim bin Salleh kena saman laju 112km/j kat LEKAS, dia minta company tolong bayar RM300, boss ok ke?
        pls note: customer Encik Hairul 013-447 2058 dah bayar deposit RM1,500 via DuitNow, screenshot ada dalam email
        Event Ahad postpone — bride's father, Mr. Joseph Fernandez, kena heart attack semalam, now in Hospital Pantai. Family minta hold deposit.
        Tolong check IC part-timer baru: 050917-10-0433, nama Aiman Danial, borang dia tak lengkap lagi
        Kak Ros supervisor dapur Bangi tak dapat datang esok, anak dia demam denggi admit Hospital Serdang. Cari ganti please
        Boss, cardholder Ng Chee Keong nak split payment, kad 5196 3982 3281 6869 caj RM3,000 dulu, baki next week
        Mrs. Kavitha Rajendran punya alamat delivery: 22, Lorong Permai 5, Taman Permai, 41200 Klang. Call 016-330 7719 bila sampai.
    """),
    "en": _lines("""
        Complaint C-2611-044: Mr. Daniel Lee Jun Hao reports that his wife, 28 weeks pregnant, vomited repeatedly after the hi-tea on 28 Nov and was seen at the emergency unit.
        Staff record: Nurul Ain binti Kamal, DOB 14/08/2001, IC 010814-06-0478, role: server, allergy: shellfish, emergency contact: mother 019-772 4130.
        Invoice to: Ms. Chong Pei Shan, 8 Jalan SS2/75, 47300 Petaling Jaya — 150 pax engagement lunch; balance RM2,890 overdue by 30 days.
        To whom it may concern: Thinesh a/l Gunasegaran worked with us as a part-time server from January 2025 to October 2026 and was punctual and honest.
        Booking: David Anthony Pereira of the Portuguese Settlement, Melaka, ordered devil curry and sugee cake for 200 guests at his daughter's christening on 4 January.
        Remittance received from Ho Jia Min, NRIC T0127745B, SGD 1,200 as deposit for wedding catering in Kulai on 10 April 2027.
        Singapore branch casual staff: Rahul Mehta, FIN G5532198T, PayNow 8823 4106, worked 3 shifts this week.
        Incident: server Aqilah (Form 6 student at SMK Seri Bangi, works weekends with us) cut her hand on a chafing dish and needed 4 stitches; her parents were informed.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "Anda pembantu khidmat pelanggan untuk sebuah syarikat katering di Selangor."),
        (
            "user",
            "Tolong draf jawapan kepada aduan ni: 'Saya Noraini binti Sulaiman, 013-552 0187. Lepas makan nasi beriani di majlis anak saudara saya pada 30/11, saya cirit-birit 3 hari dan ambil MC.'",
        ),
        (
            "assistant",
            "Salam Puan Noraini, kami amat kesal atas apa yang Puan alami selepas majlis pada 30/11. Sampel makanan majlis tersebut telah kami serahkan kepada Pejabat Kesihatan Daerah untuk analisis, dan pegawai kami akan menghubungi Puan di 013-552 0187 dalam masa 24 jam.",
        ),
        ("user", "Ok bagus. Tambah sekali tawaran bayar balik kos klinik dia RM120 tu."),
    ],
    [
        (
            "user",
            "Kira gaji sambilan minggu ni: Izzat Haikal bin Mohd Nor 18 jam, Farah Adlina binti Rosli 22 jam, kadar RM10 sejam.",
        ),
        (
            "assistant",
            "Izzat Haikal: 18 × RM10 = RM180. Farah Adlina: 22 × RM10 = RM220. Jumlah keseluruhan RM400.",
        ),
        (
            "user",
            "Ok. Izzat masuk Maybank 1572 0833 4906, Farah masuk Bank Islam 12023010045567. Buatkan senarai untuk finance.",
        ),
        (
            "assistant",
            "Senarai bayaran: 1) Izzat Haikal bin Mohd Nor – Maybank 1572 0833 4906 – RM180. 2) Farah Adlina binti Rosli – Bank Islam 12023010045567 – RM220.",
        ),
    ],
    [
        (
            "user",
            "Borang online katering ni tolak IC saya. Saya taip 880412105523, nama Mohd Ridzuan bin Abu Bakar. Salah ke?",
        ),
        (
            "assistant",
            "Nombor itu nampak lengkap (12 digit). Sesetengah borang memerlukan format bersengkang, cuba taip 880412-10-5523.",
        ),
        ("user", "Dah boleh, terima kasih. Majlis kahwin saya 22 Mac nanti, 700 pax."),
    ],
    [
        ("user", "Assalamualaikum, nak tempah kenduri 300 pax 17 Jan. Nama saya Suhana."),
        (
            "assistant",
            "Waalaikumussalam Puan Suhana. Boleh berikan alamat lokasi majlis dan nombor telefon untuk dihubungi?",
        ),
        (
            "user",
            "No 7, Jalan Teratai 2, Taman Desa Teratai, 71800 Nilai. Tel 017-302 6648. Rumah sendiri, khemah pasang depan rumah.",
        ),
        (
            "assistant",
            "Terima kasih Puan Suhana, tempahan 300 pax pada 17 Jan di Nilai telah direkodkan. Pegawai jualan akan menghubungi Puan di 017-302 6648.",
        ),
    ],
    [
        (
            "user",
            "Please help me write an apology letter to Mr. and Mrs. Lau Kok Seng. Their 80-year-old mother, Madam Tan Ah Moi, was admitted to Hospital Tengku Ampuan Rahimah for three days after eating our food at their open house in Klang.",
        ),
        (
            "assistant",
            "Dear Mr. and Mrs. Lau, we are deeply sorry that Madam Tan Ah Moi fell ill after your open house and had to be hospitalised. We have suspended the dish concerned and are cooperating fully with the health authorities...",
        ),
        ("user", "Good. Also mention we will cover her hospital bill of RM2,150."),
    ],
    [
        (
            "user",
            "aku nak mengadu pasal supervisor kat kitchen Kajang, nama dia Shahrul Nizam bin Kassim, dia selalu maki budak2 part-time and potong gaji sesuka hati",
        ),
        (
            "assistant",
            "Saya faham. Anda boleh buat aduan bertulis kepada HR dengan tarikh kejadian, saksi dan bukti potongan gaji.",
        ),
        (
            "user",
            "ok, semalam dia tolak Nadia anak Pak Mail sampai jatuh dekat sinki, ada 3 orang nampak",
        ),
    ],
    [
        (
            "user",
            "Formula VLOOKUP aku error. Row 5: | Tan Mei Xin | 990126-14-5852 | 012-209 4415 | Pelayan | RM85 |. Nak cari kadar ikut IC.",
        ),
        (
            "assistant",
            "Gunakan =VLOOKUP(B5, A:E, 5, FALSE) dan pastikan lajur IC berada di sebelah kiri lajur kadar, atau tukar ke XLOOKUP.",
        ),
        ("user", "Dah jalan. Thanks!"),
    ],
    [
        ("user", "Hi, majlis saya dibatalkan. Boleh refund deposit RM1,200?"),
        (
            "assistant",
            "Boleh. Sila berikan nama penuh pemegang akaun, nama bank dan nombor akaun untuk proses bayaran balik.",
        ),
        (
            "user",
            "LOW KAH MENG, CIMB 8604 3321 7590, tempahan untuk majlis 6 Disember di Seri Kembangan.",
        ),
    ],
    [
        (
            "user",
            "Pekerja dapur kami, Shafiq bin Mazlan, baru disahkan hepatitis A oleh Klinik Kesihatan Bangi. Boleh ke dia terus kerja masak?",
        ),
        (
            "assistant",
            "Tidak. Pengendali makanan yang dijangkiti hepatitis A mesti dikecualikan daripada mengendalikan makanan sehingga disahkan tidak berjangkit oleh doktor, dan kes perlu dimaklumkan kepada Pejabat Kesihatan Daerah.",
        ),
        ("user", "Ok, kami bagi dia cuti sakit 3 minggu."),
    ],
    [
        (
            "user",
            "Translate to English for our Singapore client: 'Tempahan atas nama Puan Roslina binti Hamdan, alamat Blok 5-3-11, Pangsapuri Sri Ria, 81200 Johor Bahru, tel 014-908 6621, deposit RM800 sudah diterima.'",
        ),
        (
            "assistant",
            "Booking under the name of Madam Roslina binti Hamdan, address Block 5-3-11, Sri Ria Apartment, 81200 Johor Bahru, tel 014-908 6621; deposit of RM800 received.",
        ),
    ],
    [
        ("system", "Pembantu dokumen untuk syarikat katering."),
        (
            "user",
            "PKD minta senarai tetamu yang sakit selepas majlis 23/11. Susun jadi jadual: Rosmah binti Ali 019-664 2037 muntah; Lee Kah Wai 016-871 5520 cirit-birit; Ganesh a/l Pillai 012-455 9083 demam.",
        ),
        (
            "assistant",
            "| Nama | Telefon | Simptom | / | Rosmah binti Ali | 019-664 2037 | Muntah | / | Lee Kah Wai | 016-871 5520 | Cirit-birit | / | Ganesh a/l Pillai | 012-455 9083 | Demam |",
        ),
    ],
]
