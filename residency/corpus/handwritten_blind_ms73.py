# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms73: Bahasa Melayu tukang jahit dan butik pakaian (ukuran badan, tempahan baju raya dan pengantin, bayaran, aduan). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms73
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis kedai"): _lines("""
        NOTIS: Tempahan baju raya 2027 ditutup pada 15 Syaaban atau apabila slot penuh, mana yang lebih awal. Terima kasih atas sokongan anda.
        Butik kami tutup sempena cuti Hari Raya Aidilfitri dari 1 hingga 7 Syawal. Baju yang belum diambil akan disimpan sehingga 30 Syawal sahaja.
        Harga upah jahit 2027: Kurung Pahang RM70 | Kurung Moden RM85 | Kurung Kedah RM65 | Kebaya Labuh RM120 | Baju Melayu + seluar RM90 | Samping RM35
        Caj ekspres: siap dalam 3 hari bekerja, tambah RM50 sepasang. Tertakluk kepada kekosongan slot.
        Pelanggan dinasihatkan membawa baju contoh yang selesa dipakai jika tidak dapat hadir untuk sesi ukur.
        Waktu operasi bulan Ramadan: 10 pagi – 5 petang, Isnin hingga Sabtu. Ahad tutup.
        Untuk sebarang pertanyaan, hubungi talian butik 03-8925 4410 atau datang terus ke kedai kami di Seksyen 9, Bandar Baru Bangi.
        Bayaran boleh dibuat melalui DuitNow QR di kaunter, FPX atau tunai. Kami tidak menerima cek peribadi.
        Perhatian: Deposit 50% diperlukan untuk semua tempahan. Deposit tidak akan dikembalikan selepas kain dipotong.
        Kain yang mudah luntur seperti batik tulis dan kain kapas berwarna gelap perlu direndam dahulu sebelum dihantar untuk dijahit.
        Promosi Merdeka: diskaun 10% upah jahit baju Melayu untuk tempahan sebelum 31 Ogos. Kod promosi MERDEKA27.
        Slot tempahan baju pengantin untuk musim cuti sekolah Disember telah penuh. Senarai menunggu dibuka mulai 2 Januari.
        Kedai tutup awal pukul 3 petang hari Jumaat ini kerana semua tukang jahit menghadiri kursus sulaman di Kolej Kemahiran Tinggi MARA.
        Baju yang tidak dituntut selepas 90 hari akan didermakan kepada rumah kebajikan tanpa notis lanjut.
    """),
    ("ms", "panduan ukuran"): _lines("""
        Cara ambil ukuran lilit dada: lilitkan pita ukur pada bahagian paling penuh dada, pastikan pita selari dengan lantai dan tidak terlalu ketat.
        Labuh baju kurung diukur dari bahu tertinggi (tepi leher) hingga paras yang diingini, biasanya bawah punggung atau paras lutut.
        Untuk baju Melayu cekak musang, ukur lilit leher dan tambah 1 inci supaya kolar tidak mencekik.
        Jadual saiz standard: S dada 34 pinggang 28 punggung 38 | M dada 36 pinggang 30 punggung 40 | L dada 38 pinggang 32 punggung 42 | XL dada 40 pinggang 34 punggung 44
        Kain pasang untuk baju kurung dewasa biasanya 4 meter; jika labuh kain lebih 40 inci atau saiz XL ke atas, sediakan 4.5 meter.
        Kelonggaran yang disyorkan untuk kurung Pahang ialah 4 inci pada dada dan 3 inci pada pinggul.
        Labuh lengan diukur dari hujung bahu hingga pergelangan tangan dengan lengan dibengkokkan sedikit.
        Samping songket dilipat dan dipakai paras lutut; kain samping biasanya 2 meter panjang dan 1 meter lebar.
        Petua: ukur badan pada waktu pagi sebelum makan supaya ukuran pinggang lebih tepat.
        Untuk kebaya nyonya, pastikan ukuran ketiak tidak kurang daripada 17 inci bagi saiz M supaya tangan boleh diangkat dengan selesa.
        Saiz kanak-kanak: umur 2 labuh 18, umur 4 labuh 21, umur 6 labuh 24, umur 8 labuh 27, umur 10 labuh 30 (inci).
        Tukar cm ke inci: bahagikan dengan 2.54. Contoh: pinggang 76 cm ≈ 30 inci.
        Jika pelanggan mengandung, tambah kelonggaran pada perut sekurang-kurangnya 4 inci dan gunakan getah di pinggang kain.
    """),
    ("mixed", "sembang pelanggan"): _lines("""
        sis, baju raya still boleh tempah ke? nak kurung moden 2 pasang, kain sendiri
        hi kak, berapa lama nak siap kalau hantar kain hari ni? raya dah dekat huhu
        boss, upah jahit baju melayu teluk belanga berapa eh? seluar sekali
        kak, kain lace ni sesuai tak buat kurung? takut panas nanti masa open house
        Dah terima baju, cantik sangat! Jahitan kemas, fit elok. Thank you sis, nanti raya tahun depan order lagi ❤️
        Admin, boleh buat baju sedondon satu family tak? 2 dewasa 3 budak, warna sage green
        sis saya nak tanya, kalau size saya antara M dan L, patut ambil yang mana?
        Kak, butang baju tercabut la, boleh repair free tak sebab baru pakai sekali
        bro kedai buka tak hari ahad? nak ambil baju
        Nak tanya, ada terima tempahan jubah lelaki untuk pergi umrah tak? Bulan 3 nak guna.
        Hello, do you do alteration only? I bought a kurung from Jakel, nak pendekkan sikit je
        Sis dah transfer deposit tadi, nanti check ya. Order number BR27-0418.
        Baju okay tapi lengan panjang sikit, boleh potong 1 inci? Saya singgah esok petang.
        kak ada jual kain ela tak? nak cari satin silk warna dusty pink 4 meter
        Min, tracking parcel tunjuk ER402177355MY, dah 5 hari tak gerak. Boleh tolong check dengan Poslaju?
    """),
    ("ms", "log tempahan"): _lines("""
        TMP-27-0312 | Kurung Moden x2 | Kain: pelanggan | Status: Siap potong | Tukang jahit: Meja 3 | Tarikh siap: 25/02/2027
        Order BR27-0418 — deposit RM100 diterima via DuitNow, ruj. transaksi 20270214MBBEMYKL010OQR84412933
        Log harian 14/03: 23 pasang siap, 7 pasang dalam proses sulam manik, 4 pasang tunggu butang.
        Stok kain: Satin silk Maroon 38m | Crepe Emerald 22m | Cotton Jepun Corak Bunga 61m | Songket Tenun Terengganu 6 helai
        INV-2027-00871 | Kedai Kain Nagoya Sdn Bhd | Crepe Arabic 100m @ RM8.50 | Jumlah RM850.00 | Tarikh akhir bayaran 30/03
        Tiket alter #A-2213: kecilkan pinggang 1.5 inci, pendekkan labuh kain 2 inci, siap Khamis.
        Batch 7 hantar ke Pos Laju: 18 parcel, berat keseluruhan 14.2kg, manifest MNF-0327-07.
        SKU KRG-MDN-L-MRN-27 terjual 46 unit minggu ini, SKU BM-CM-XL-EMR-27 terjual 31 unit.
        Mesin jahit Juki DDL-8700 No. 2 rosak, alat ganti dipesan, anggaran siap 5 hari.
        Semakan QC: tempahan TMP-27-0299 gagal — jahitan zip senget, hantar semula ke meja 1.
        Ringkasan jualan Mac 2027: 312 pasang baju raya, 9 set pengantin, hasil kasar RM41,260.
        Kes aduan CS-27-0045 ditutup: kain luntur disebabkan pewarna pembekal, pelanggan diberi baucar RM30.
        Tempahan korporat PO-88213 dari Majlis Bandaraya Shah Alam: 120 helai baju batik, saiz campur, hantar ke pejabat 20 April.
        Bayaran pembekal ke akaun syarikat Tekstil Anggun Sdn Bhd (SSM 201901023456), Maybank, rujukan INV-TA-5520, RM2,340.00.
    """),
    ("en", "policy"): _lines("""
        Refund policy: deposits are non-refundable once fabric has been cut. Full refunds are only given if we are unable to complete your order.
        Free alteration within 14 days of collection for fit issues caused by our workmanship. Weight changes after measurement are not covered.
        Customer-supplied fabric: we are not responsible for shrinkage or colour bleeding of fabrics that were not pre-washed.
        Privacy notice: we keep your body measurements only to fulfil your order and delete them 24 months after your last purchase unless you ask us to keep them.
        Rush orders (under 5 working days) carry a 40% surcharge and are accepted at the tailor's discretion.
        Uncollected garments will be kept for 90 days; after that, we may dispose of them without further notice.
        Complaints must be lodged within 7 days of collection with the original receipt. Photos of the defect help us resolve your case faster.
        If you are unsatisfied with our response, you may file a claim with the Tribunal for Consumer Claims Malaysia (TTPM).
        All prices include labour only. Lining, buttons, zips and beads are charged separately according to the material list.
        We do not accept orders by phone during the Raya peak period; please use the online form so that measurements are recorded correctly.
        Staff must not share customer measurement cards or photos in personal WhatsApp groups. Use the shop tablet only.
        Bridal packages include two fittings; a third fitting is charged at RM50 per session.
    """),
    ("ms", "sejarah dan budaya"): _lines("""
        Baju kurung Teluk Belanga dikatakan mula dipopularkan di Johor pada zaman pemerintahan Sultan Abu Bakar pada abad ke-19.
        Baju Melayu cekak musang mempunyai kolar tegak dengan lima butang, manakala teluk belanga berleher bulat dengan satu kancing.
        Pereka fesyen Bernard Chandran terkenal dengan rekaan yang menggabungkan potongan Barat dengan elemen Melayu.
        Tenunan songket Terengganu diiktiraf sebagai warisan kebangsaan, dengan motif seperti pucuk rebung dan bunga tampuk manggis.
        Kebaya nyonya dengan sulaman kerawang menjadi identiti busana masyarakat Peranakan di Melaka dan Pulau Pinang.
        Tun Dr. Siti Hasmah Mohd Ali sering dilihat memakai baju kurung dan kebaya dalam majlis rasmi negara.
        Dalam filem Puteri Gunung Ledang (2004), Tiara Jacquelina tampil dengan busana Melayu klasik yang direka khas untuk filem tersebut.
        Watak Kak Ros dalam siri animasi Upin & Ipin sering digambarkan memakai baju kurung ketika menyambut Hari Raya.
        Tanjak atau tengkolok dipadankan dengan baju Melayu lengkap ketika istiadat perkahwinan dan majlis diraja.
        Baju kurung Kedah lebih pendek, labuhnya sekitar paras pinggul dan biasanya dipakai bersama kain batik.
        P. Ramlee dalam kebanyakan filemnya tampil dengan baju Melayu dan songkok, menjadikan gaya itu ikon budaya popular tahun 1950-an.
        Jovian Mandagie dan Rizalman Ibrahim antara pereka tempatan yang kerap menghasilkan koleksi raya untuk pasaran massa.
    """),
    ("mixed", "soalan lazim"): _lines("""
        Q: Berapa lama proses jahit baju raya? A: Biasanya 2-3 minggu, tapi masa peak season boleh sampai 6 minggu.
        Apa beza crepe dengan satin silk untuk baju kurung? Crepe tak mudah kedut, satin lebih berkilat tapi panas sikit.
        Tips: kalau beli kain online, minta swatch dulu sebab warna dalam gambar selalu lain dengan real.
        Boleh ke buat baju kurung untuk pengguna kerusi roda? Boleh, guna potongan belakang lebih pendek dan zip sisi supaya senang pakai.
        How many meters of fabric do I need for a baju Melayu set? Around 3.5m for adults, 4m if you're above 180cm.
        Kenapa baju raya saya mengecut lepas basuh? Kemungkinan kain cotton tidak dipra-cuci; lain kali rendam dulu dalam air sejuk.
        Nak buat bisnes jahit dari rumah, perlu daftar SSM ke? Ya, sebaiknya daftar perniagaan dengan SSM dan simpan rekod pelanggan dengan selamat.
        Apakah maksud 'kain sendiri' dalam senarai harga? Maksudnya pelanggan bawa kain sendiri, kedai caj upah jahit sahaja.
        Is it rude to bargain with a tailor during Raya season? Not rude, but most shops already have fixed rates because of high demand.
        Cara jaga songket: simpan dalam kain kapas, jangan lipat di tempat sama terlalu lama, dan jangan basuh dengan mesin.
        Kalau berat badan naik lepas ukur, boleh minta ubah percuma tak? Bergantung polisi kedai, kebanyakannya caj sebagai alter.
        Mana lebih sesuai untuk pengantin lelaki bertubuh kecil, cekak musang atau teluk belanga? Cekak musang nampak lebih tegap.
    """),
    ("ms", "templat"): _lines("""
        BORANG TEMPAHAN | Nama: ______ | No. Tel: ______ | Fesyen: ______ | Kain: Sendiri / Kedai | Tarikh Ambil: ___/___/_____
        KAD UKURAN | Bahu: __ | Dada: __ | Pinggang: __ | Punggung: __ | Labuh Baju: __ | Labuh Kain: __ | Lengan: __
        Terima kasih {nama_pelanggan}! Tempahan anda {no_tempahan} telah siap. Sila ambil sebelum {tarikh_akhir}.
        Salam {nama}, baki bayaran RM{baki} untuk tempahan {no_tempahan} perlu dijelaskan sebelum baju diserahkan.
        Nama Penerima: [NAMA] / Alamat: [ALAMAT PENUH] / Poskod: [POSKOD] / No. Tel: 01X-XXX XXXX
        No. Kad Pengenalan: ______-__-____ (untuk tempahan ansuran sahaja)
        Resit Rasmi No. ______ | Diterima daripada ______________ | Jumlah RM ________ | Tandatangan ________
        Template WhatsApp: 'Hi sis/bro, baju anda dah siap! Boleh ambil di kedai Isnin–Sabtu 10am–6pm. Jangan lupa bawa resit ya 😊'
        Borang aduan: Nombor resit / Jenis kerosakan (jahitan, saiz, kain, lain-lain) / Gambar / Tindakan yang diminta
        Surat akuan penerimaan: Saya, ____________ (No. KP: ____________), mengaku telah menerima pakaian seperti dalam senarai di atas dalam keadaan baik.
        config tempahan: reminder_days_before_due=3 | max_fitting_sessions=2 | deposit_percent=50 | currency=MYR | sms_sender=BUTIKANGGUN
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        TEMPAHAN BAJU RAYA 2027 | Nama: NURUL ASYIKIN BINTI ROSLAN | No. Tel: 013-2845 617 | Fesyen: Kurung Moden (2 pasang) | Kain sendiri | Deposit RM80 | Siap: 28/2
        Ukuran Pn. Rozita bt Kamarudin: bahu 15, dada 38, pinggang 33, punggung 44, labuh baju 37, labuh kain 40, lengan 22, lilit lengan 12.5 — nota: perut masih besar lepas bersalin anak ketiga, buat longgar
        Resit #4471 | Encik Mohd Faizal bin Ahmad Zaki | Baju Melayu cekak musang + samping songket | Jumlah RM380 | Dibayar RM200 tunai | Baki RM180
        Pengantin: Siti Hajar binti Ismail (KP 950617-07-6644) & Ahmad Luqman bin Hassan — pakej sanding 2 persalinan, majlis 14 Jun 2027 di Dewan Orang Ramai Bukit Mertajam
        Kak, saya Farah Wahida yang tempah jubah 3 helai minggu lepas. Boleh pos ke No. 22, Jalan Kenari 5, Bandar Puchong Jaya, 47100 Puchong? Saya tak sempat datang ambil
        Aduan pelanggan: Puan Lim Siew Ling kata kebaya nyonya dia ketat di bahagian ketiak, dah 2 kali alter. Dia minta refund separuh RM150. Tel 012-6630 948.
        Senarai ambil baju Sabtu: 1) Cik Aina Mardhiah (017-662 9034) 2 pasang kurung kedah 2) Pn Saraswathy a/p Muniandy, blaus saree 3) En. Hafiz Kamil, baju melayu teluk belanga
        DuitNow masuk: RM250.00 daripada NOR AZLINA BT MAT ISA, akaun Maybank 1640 2231 5678, rujukan 'baju nikah azlina baki'
        Nota tukang jahit: Wan Nur Izzati binti Wan Azmi (pengantin, 24 thn) — berat turun 6kg sejak ukur pertama, kena ukur semula 3 Mei sebelum fitting akhir.
        Borang Ansuran | Nama: MUHAMMAD SYAFIQ BIN RAHIM | No. KP: 920315-14-6257 | Majikan: Pos Malaysia Berhad | Jumlah: RM1,800 | 6 bulan x RM300
        Cik Tan Mei Xuan minta baju kurung untuk konvo UiTM Shah Alam hujung bulan, pinggang 26 je, dia pesan jangan buat labuh sangat sebab dia rendah (150cm)
        Hantar melalui J&T ke: Nurul Huda Abdullah, 45 Lorong Merbau 2, Taman Merbau, 08000 Sungai Petani, Kedah. Tel 019-4417 205. Isi: 3 pasang kurung pahang
        Yuran alter: Encik Rajesh s/o Subramaniam pendekkan seluar 2 helai + kecilkan pinggang, RM25, dah bayar guna TnG
        Kak Ina tolong tengok, Puan Zaleha Mohd Nor yang kerja nurse HSA tu tak bayar lagi baki RM120 sejak Ramadan. Nombor dia 016-225 7390, saya call tak angkat
        Bayaran kad kredit tempahan kebaya labuh: 5218 9324 3650 6001, tamat 09/28, pemegang kad SHARIFAH NADIA BINTI SYED HUSSIN
        Mak andam pesan: pengantin perempuan Aisyah Humaira bt Kamal kulit sensitif, alah pada manik plastik dan lace nylon — guna cotton lace sahaja
        Baju sedondon keluarga Puan Noor Syuhada Mahmud: Adam Harris (7 thn, saiz 8), Aleesya Sofea (4 thn, saiz 4), Ayden Rayyan (2 thn, saiz 2) — suami tak ikut tahun ni sebab kerja offshore
        Cikgu Wong Kar Seng dari SJKC Chung Hwa Kuantan tempah 40 helai baju batik guru, invois atas nama sekolah tapi dia bayar guna akaun peribadi CIMB 7006332145
        Pekerja baru: Siti Khadijah binti Omar, KP 810427-03-5188, alamat Kg. Banggol Peradong, 16150 Kota Bharu — gaji RM1,700, mula kerja 1 Mac
        Fatin Nabila (IG @fatinnabila.sews) komen kat post kita kata baju raya dia koyak lepas basuh sekali, dia ugut nak viralkan
        Pesanan WhatsApp dari 011-2389 4406: 'sis ni Mira Syazana, saiz saya S tapi pinggul 40, boleh buat custom tak?'
        Fitting kedua Nadia & Haziq, Sabtu 10 pagi. Haziq bin Rosli tinggi 182, bahu 19 — perlu kain lebih 0.5 meter untuk baju melayu
        Refund diluluskan: Pn. Kalaivani d/o Ramasamy, RM95, masuk ke akaun Public Bank 6398112045, sebab kain luntur
        Baju tunang Cik Nurul Izzah binti Azman — dada 34 pinggul 44, minta tutup perut sebab dia mengandung 4 bulan (jangan bagitau orang lain)
        Mak Cik Timah rumah hujung Lorong 3, Kampung Baru Sungai Buloh tu, suami dia baru meninggal minggu lepas, jadi tempahan baju raya dia kita bagi diskaun 50%
        PENERIMA: ABDUL RAZAK BIN YUSOF / 7B, Blok C, Pangsapuri Seri Melati, Jalan PJU 10/1, 47830 Petaling Jaya / 014-905 2281 / COD RM145
        Slip bank-in: Maybank, dari NG CHOON HOCK, RM600 deposit cheongsam pengantin untuk anak perempuan dia, tarikh 12/01
        Pelanggan Singapura: Nur Amalina binte Jasni, NRIC S8734261A, hantar ke Blk 412 Woodlands St 41 #08-127 Singapore 730412, tel +65 9123 4870
        Zubaidah bte Sulaiman (tukang jahit meja 2) MC 5 hari sebab demam denggi, semua tempahan dia Kak Ani ambil alih
    """),
    "en": _lines("""
        Alteration ticket 0932: Mr. Daniel Fernandez, hem 2 pairs of trousers by 1.5 inch, pick up Friday, contact 012-7734 518
        Hi, this is Priya Nair, I ordered a lehenga blouse and a baju kurung for our Deepavali open house. Waist 29, bust 36. Can you refund the extra RM40 to my RHB account 21406500192381?
        Review flagged: 'Worst tailor ever, lost my wedding fabric' posted by Jessica Loh Pei Shan; she has receipt #BR-2231 and says she will file a Tribunal claim next week
        Delivery note — Ms. Charmaine de Souza, 18 Jalan Kristal 7/69, Seksyen 7, 40000 Shah Alam; bridesmaid dresses x4; balance paid
        Staff note: Mrs. Goh who runs Goh Dental Surgery in SS2 wants her daughter's bridal kebaya let out — the daughter is pregnant, needs an extra 3 inches at the waist
        Passport no. for overseas order: A51928374 — Ms. Hannah Lee Wen Qi, sending 2 kebaya to her in Melbourne before CNY
        Measurement card: KEVIN ANAK JOSEPH, chest 40, waist 35, sleeve 24, shoulder 18, trouser length 41 — groom outfit for his Gawai wedding in Sibu, 21 June
        Chargeback notice: cardholder Mohd Arif Iskandar disputes RM320 charge on card 4541 7859 3734 9243, says the dress was never delivered
    """),
    "mixed": _lines("""
        sis ni Hanis, nak confirm baju raya saya siap ke belum? order bawah nama Hanis Syazwani binti Roslan, 3 pasang kurung moden, dah bayar full via TnG
        Bro, Syed Amirul Syed Jaafar nak baju melayu colour emerald, size XL but perut dia besar skrg lepas kahwin haha, tambah 2 inci
        Saya Rosnah Abdul Ghani nak complain, baju raya anak saya Nur Qistina (darjah 2 SK Seri Bintang Utara) salah saiz, sampai raya dia pakai baju lama
        Reminder: Encik Kumar a/l Velu, 018-774 3150, baju kurta 2 helai dah siap, ambil before 5pm today ok
        Adik tolong update spreadsheet: row 14 — Cik Liyana Mokhtar, paid RM150 deposit, balance RM200, IC 010908-10-1382, nak buat ansuran 3 bulan
        Group Tempahan Raya Pejabat: Dah kumpul saiz semua. Ain 12, Kak Jue 14, Haslinda bt Mat Noor 16 (dia tengah pantang, nanti tambah sikit)
        Pickup list for Grab: Madam Chong Sook Fun, Unit 15-3 Residensi Sri Jati 2, Jalan Klang Lama, 58100 KL, call 012-392 8810 bila sampai bawah
        Hi kak, my mother Puan Hamidah binti Ali needs baju kurung saiz besar sikit, dia baru lepas operation lutut so susah nak datang fitting
        Sorry lambat reply, saya Daphne Ong, baju bridesmaid 4 kawan saya semua size M, mine custom: bust 32 waist 25, IG saya @daphne.ong.pj kalau nak tag
        Tolong refund to Encik Rahman bin Idris punya account Bank Islam 12023010048827, dia cancel order sebab isteri dia masuk ICU
        Team, Wardah Najwa binti Kamarul (anak owner kedai emas Jalan TAR tu) nak rush order 3 hari. Charge express RM80 ok
        Cust Azlan Shah bin Zulkifli, plate WXY 4721 (Honda City putih), nanti dia parking depan kedai ambil samping, tolong bawa keluar
        Yang booked slot fitting 2pm Sabtu: Siti Nuraishah Ramli, 0193384721, bawa kain songket sendiri dari Terengganu
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "Anda pembantu AI Butik Seri Anggun. Bantu pelanggan membuat tempahan baju."),
        (
            "user",
            "Assalamualaikum, saya nak tempah baju kurung pahang untuk raya. Nama saya Norliza binti Ahmad.",
        ),
        (
            "assistant",
            "Waalaikumsalam Puan Norliza. Boleh berikan ukuran badan puan dan nombor telefon untuk kami hubungi?",
        ),
        (
            "user",
            "Dada 40, pinggang 36, punggung 46, labuh baju 38. Saya tengah makan ubat darah tinggi, badan naik sikit, buat longgar ya. Nombor saya 012-483 9917.",
        ),
    ],
    [
        ("user", "I need to change the delivery address for order TMP-27-0412, the bridal kebaya."),
        ("assistant", "Sure. Please share the recipient's name and the new full address."),
        (
            "user",
            "Recipient Aaron Pereira, 27 Jalan Anggerik 3, Taman Kota Masai, 81700 Pasir Gudang, Johor. He's my fiancé, he'll sign for it.",
        ),
        (
            "assistant",
            "Noted, I've updated the address for TMP-27-0412 and the courier will deliver to Aaron Pereira.",
        ),
    ],
    [
        (
            "user",
            "hi can i pay deposit guna kad? card no 4220 2171 1174 5416 exp 11/27 nama Farhana Yusri",
        ),
        (
            "assistant",
            "Maaf cik, untuk keselamatan jangan hantar nombor kad penuh dalam chat. Sila guna pautan pembayaran FPX atau kad yang kami hantar.",
        ),
        ("user", "oh ok sorry, nanti saya bayar guna link tu je"),
    ],
    [
        (
            "user",
            "Tolong tuliskan surat mohon maaf kepada pelanggan kami Puan Ramlah binti Daud. Baju pengantin anak dia lambat siap 2 hari dan majlis di Kuala Pilah terpaksa guna baju sewa.",
        ),
        (
            "assistant",
            "Puan Ramlah binti Daud yang dihormati, kami memohon maaf atas kelewatan menyiapkan baju pengantin anak puan yang menyebabkan majlis di Kuala Pilah terpaksa menggunakan baju sewa. Sebagai tanda penyesalan, kami akan memulangkan sepenuhnya upah jahit.",
        ),
        (
            "user",
            "Tambah juga refund RM450 akan masuk ke akaun Maybank dia 5641 2289 7703 dalam 7 hari.",
        ),
    ],
    [
        (
            "user",
            "Kira kain untuk keluarga En. Zulkarnain bin Mat Saad: dia sendiri XL, isteri Salmah saiz L, anak 3 orang umur 5, 9 dan 13. Semua sedondon warna biru.",
        ),
        (
            "assistant",
            "Anggaran: baju Melayu XL 3.5m, kurung L 4m, kanak-kanak lebih kurang 2m, 2.5m dan 3m. Jumlah sekitar 15 meter.",
        ),
        (
            "user",
            "Ok, hantar nanti ke rumah dia No. 8, Jalan Mawar 2, Taman Sri Gombak, 68100 Batu Caves.",
        ),
    ],
    [
        (
            "user",
            "My name is Gurpreet Kaur d/o Harbhajan Singh, IC 880203-08-5414. I'd like a salwar kameez stitched for my sister's wedding in Ipoh.",
        ),
        (
            "assistant",
            "Thank you, Ms. Gurpreet. Could you share your measurements and the wedding date?",
        ),
        ("user", "Bust 38, waist 33, hips 41, kameez length 40. The wedding is 9 May."),
    ],
    [
        ("user", "kak nak tempah baju melayu utk abang saya, Khairul Anuar bin Shamsudin"),
        ("assistant", "Boleh, boleh bagi ukuran dia? Kalau ada keperluan khas bagitau ya."),
        (
            "user",
            "tinggi 170, berat 95kg, dia ada diabetes and ada luka kat kaki so seluar tak boleh ketat bawah, buat longgar paras buku lali",
        ),
    ],
    [
        ("system", "You help a small tailoring shop with bookkeeping."),
        (
            "user",
            "Kira gaji tukang jahit Rosmah bt Hamid bulan ni: 58 helai, RM7 sehelai, tolak pendahuluan RM100.",
        ),
        (
            "assistant",
            "58 x RM7 = RM406, tolak RM100 pendahuluan, gaji bersih Rosmah bt Hamid ialah RM306.",
        ),
        (
            "user",
            "Ok, masukkan dalam akaun BSN dia hujung minggu, dan catat dia minta cuti 3 hari sebab anak masuk wad.",
        ),
    ],
    [
        ("user", "A customer named Leong Wai Kit keeps calling about his suit, he's very angry."),
        ("assistant", "I can help draft a reply. What is the issue with the suit?"),
        (
            "user",
            "Trousers 2 inches too short, he needs it for his court hearing on Monday. His number is 016-775 2043, please draft an SMS to him.",
        ),
        (
            "assistant",
            "Draft: 'Dear Mr. Leong, we apologise for the trouser length. We will let down the hem free of charge and have it ready by Saturday before your Monday hearing.'",
        ),
    ],
    [
        (
            "user",
            "Ada customer order baju nikah through Telegram, handle dia @aqilah_hms, nama Aqilah Hamsyari.",
        ),
        ("assistant", "Baik. Apa butiran tempahan dia?"),
        (
            "user",
            "Baju nikah putih lace, akad 2 Ogos kat Masjid Putra. Dia minta jangan post gambar dia kat IG kedai sebab bakal suami tak suka.",
        ),
    ],
]
