# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms152: kedai jahit, butik pengantin dan andaman di Malaysia (ukuran badan, tempahan baju nikah, bayaran ansuran, pakej andaman, aduan, kumpulan WhatsApp). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms152
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "senarai_harga"): _lines("""
        Upah jahit baju kurung moden (kain pelanggan): RM85 sepasang; kurung pahang RM95; tambah poket sisi RM5, lapik penuh RM20.
        Pakej Andaman Nikah Basic RM1,299: solekan + dandanan tudung + 1 persalinan sewa + inai jari. Tambah RM250 untuk luar kawasan Lembah Klang.
        Pakej Sanding Premium RM4,888 termasuk pelamin 12 kaki, 2 persalinan pengantin, solekan 2 sesi, bunga telur 300 unit dan mak andam standby 6 jam.
        Baju Melayu cekak musang sepasang + samping songket mesin: mulai RM380. Songket tenun tangan Terengganu dari RM1,200 ke atas.
        Caj ekspres siap dalam 3 hari bekerja: +50% daripada upah asas. Tempahan musim Raya ditutup selepas 15 Ramadan, tiada pengecualian.
        Sewa baju pengantin songsang (pakai sekali): RM450 sepasang, deposit RM200 dipulangkan dalam 7 hari selepas baju dipulangkan tanpa rosak.
        Alter seluar potong kaki RM12, tukar zip RM15, kecilkan pinggang baju kurung RM25, besarkan lengan (jika ada kain lebih) RM30.
        Manik tangan pada kain lace Perancis: RM8 setiap inci persegi, minimum RM350 untuk bahagian dada dan lengan. Manik Swarovski dikira berasingan.
        Pakej Tunang Ringkas RM699: solekan, sirih junjung mini, 5 dulang hantaran (gubahan sahaja, barang hantaran disediakan sendiri).
        Kain crepe Armani 45 inci RM18/meter, satin silk RM22/meter, chiffon ceruti RM15/meter; potongan minimum 2 meter. SKU: KN-CRP-045-BLS.
        Ansuran tanpa faedah 3 bulan melalui Atome dan Grab PayLater untuk tempahan melebihi RM500. Bayaran pertama 40% semasa ambil ukuran.
        Inai pengantin gaya India hingga siku RM180; inai jari ringkas RM60; inai kaki RM80. Touch-up pagi akad nikah RM40 sahaja.
        Set dulang hantaran 7+1 sewa RM150, 9+1 RM180, 11+1 RM220; gubahan bunga segar dikira berasingan ikut harga pasaran Cameron Highlands.
    """),
    ("ms", "notis_kedai"): _lines("""
        NOTIS: Kedai tutup pada 31 Ogos (Hari Kebangsaan) dan 16 September (Hari Malaysia). Pengambilan baju boleh dibuat 17 September mulai 10 pagi.
        Tempahan baju Raya 2026 DITUTUP. Pelanggan yang sudah bayar deposit sila semak status di kaunter dengan membawa nombor resit sahaja.
        Ruang parkir di hadapan Lot 23, Jalan Tuanku Abdul Rahman adalah untuk pemunggahan kain pukul 8 hingga 10 pagi sahaja. Harap maklum.
        Butik Seri Kasih Bridal kini berpindah ke No. 7-1, Jalan Plumbum N7/N, Seksyen 7, 40000 Shah Alam mulai 1 Mac 2026. Talian lama kekal.
        Pelanggan dinasihatkan membuat fitting kedua sekurang-kurangnya 14 hari sebelum tarikh nikah. Baju yang tidak diambil selepas 90 hari akan dilupuskan.
        Kaunter pembayaran menerima DuitNow QR, kad debit dan kredit. Cek tidak diterima. Resit rasmi dikeluarkan untuk setiap bayaran ansuran.
        Waktu operasi bulan Ramadan: 11 pagi hingga 5 petang, Isnin hingga Sabtu. Ahad tutup. Talian pejabat 03-5513 8820 beroperasi seperti biasa.
        Amaran penipuan: Rumah Jahit Pak Mat tidak pernah meminta bayaran ke akaun peribadi. Semua bayaran hanya ke akaun syarikat RUMAH JAHIT PAK MAT ENTERPRISE.
        Sila tanggalkan kasut sebelum masuk ke bilik fitting. Kanak-kanak di bawah 12 tahun mesti ditemani ibu bapa di kawasan pameran pelamin.
        Kelas Menjahit Asas Baju Kurung Siri 14 bermula 4 Januari 2026, setiap Sabtu 9.00 pagi hingga 1.00 petang di Kampung Baru, Kuala Lumpur. Yuran RM350.
        Jelita Studio menerima jemputan andaman ke Singapura dan Brunei dengan caj perjalanan tambahan. WhatsApp rasmi studio: +60 11-2345 8800.
        Penghantaran baju siap melalui Pos Laju ke Sabah dan Sarawak mengambil masa 3-5 hari bekerja. Caj pos RM25 sehelai, insurans pilihan RM8.
        Berkuat kuasa 1 Julai 2025, SST 8% dikenakan ke atas perkhidmatan sewaan pelamin dan andaman. No. Pendaftaran SST: W10-2507-32000418.
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Berapa lama tempoh siap baju nikah? J: Biasanya 6-8 minggu untuk jahitan biasa, 10-12 minggu jika ada sulaman manik penuh.
        S: Boleh bawa kain sendiri? J: Boleh. Sila pastikan kain sudah direndam dan dikeringkan dulu kerana kain kapas akan mengecut sekitar 3-5%.
        S: Apa ukuran yang diperlukan untuk baju kurung? J: Lilitan dada, pinggang, punggung, labuh baju, labuh kain, panjang lengan dan lilitan lengan.
        S: Adakah deposit boleh dipulangkan jika majlis dibatalkan? J: Deposit 30% tidak dikembalikan, tetapi boleh dipindahkan ke tarikh lain dalam 12 bulan.
        S: Bolehkah ukuran dihantar secara online? J: Boleh, gunakan borang ukuran di laman web kami dan ikut video panduan mengukur sendiri (3 minit).
        S: Mak andam datang ke rumah atau dewan? J: Kedua-duanya. Caj pengangkutan RM1.20 sekilometer selepas 30 km pertama dari studio di Bangi.
        S: Songket tenunan tangan atau mesin? J: Kami jual kedua-dua jenis; songket tangan ditanda label TT, songket mesin ditanda label TM pada hujung kain.
        S: Bolehkah tukar warna selepas kain dipotong? J: Tidak. Warna dan rekaan dimuktamadkan pada sesi kedua dan ditandatangani dalam borang persetujuan.
        S: Ada pakej untuk pengantin lelaki sahaja? J: Ya, Pakej Raja Sehari Lelaki RM550 merangkumi baju Melayu satin, samping, tanjak dan keris hiasan.
        S: Bagaimana cara bayar ansuran? J: Tiga kali: 40% semasa tempah, 40% semasa fitting pertama, 20% sebelum ambil baju. Resit diberi setiap kali.
        S: Tudung pengantin disediakan? J: Ya, 3 pilihan tudung shawl atau bawal termasuk dalam pakej; tudung yang dijahit khas dikenakan RM60.
        S: Berapa hari sebelum nikah patut buat inai? J: Kebanyakan pengantin buat malam berinai 1-2 hari sebelum akad supaya warna paling gelap pada hari H.
        S: Adakah produk solekan halal? J: Kami guna produk berlogo halal JAKIM dan jenama tempatan seperti Silkygirl serta Safi untuk kulit sensitif.
    """),
    ("ms", "sejarah_busana"): _lines("""
        Baju kurung Teluk Belanga dikatakan diperkenalkan semasa pemerintahan Sultan Abu Bakar di Johor pada abad ke-19, sempena nama kawasan Teluk Belanga di Singapura.
        Kolar cekak musang dipercayai berkembang di istana Johor dan kini menjadi pilihan utama baju Melayu pengantin lelaki di seluruh Semenanjung.
        Songket Terengganu dan Kelantan ditenun dengan benang emas; motif pucuk rebung dan bunga tabur sering dipilih untuk samping pengantin.
        Kebaya nyonya dipopularkan oleh komuniti Peranakan di Melaka dan Pulau Pinang, dengan sulaman kerawang tangan yang halus pada hujung baju.
        Dalam filem Ibu Mertuaku (1962), P. Ramlee dan Sarimah memperagakan busana Melayu era 60-an yang kini menjadi rujukan tema pengantin retro.
        Pereka Bernard Chandran pernah memperagakan koleksinya di London Fashion Week, membuktikan rekaan dari Malaysia mampu ke pentas antarabangsa.
        Perkahwinan Datuk Siti Nurhaliza dengan Datuk Khalid Mohamad Jiwa pada tahun 2006 mendapat liputan meluas dan mempopularkan trend pelamin mewah.
        Istilah mak andam berasal daripada tradisi istana; tugas asalnya termasuk mencukur anak rambut, mengandam kening dan menjaga pantang larang pengantin.
        Tanjak atau tengkolok dilipat mengikut gaya tertentu seperti Dendam Tak Sudah dan Helang Menyongsong Angin, setiap satu membawa maksud tersendiri.
        Muzium Tekstil Negara di Jalan Sultan Hishamuddin, Kuala Lumpur mempamerkan koleksi songket, limar dan telepuk untuk rujukan pereka busana.
        Tun Fatimah, srikandi Melaka abad ke-16, sering dijadikan inspirasi rekaan kebaya labuh dan baju pengantin bertema kesultanan Melayu.
        Kain telepuk ialah kain yang dicap dengan perada emas; teknik ini hampir pupus dan hanya dihidupkan semula oleh beberapa artisan di Terengganu.
        Adat berinai besar dan berinai curi diamalkan di Negeri Sembilan dan Melaka; majlis ini biasanya diiringi paluan kompang dan marhaban.
    """),
    ("en", "booking_system_logs"): _lines("""
        2026-03-14T10:22:07+08:00 INFO booking.create order_id=TJ-2026-00418 package=NIKAH_BASIC fitting_slot=2026-04-02T15:00 branch=SHA-ALAM-S7
        2026-03-14T10:22:09+08:00 WARN payment.installment plan=3x first_due=RM519.60 gateway=ipay88 status=PENDING retry_in=300s txn=T8f3a92c1
        [sms-gateway] template=FITTING_REMINDER vars={order_no},{slot},{branch_phone} sender_id=SERIKASIH quota_left=4821 provider=local
        measurements_schema v2.3: chest_in DECIMAL(4,1), waist_in DECIMAL(4,1), hip_in DECIMAL(4,1), sleeve_len_in DECIMAL(4,1), dress_len_in DECIMAL(4,1)
        shop: {name: Butik Seri Kasih Bridal, ssm: 202301045512, sst: W10-2507-32000418, tz: Asia/Kuala_Lumpur, currency: MYR, rounding: 0.05}
        GET /api/v1/orders/TJ-2026-00418/status 200 34ms ua=Mozilla/5.0 (Linux; Android 14) ref=wa.me/60355138820 cache=MISS
        cron: 0 9 * * * /usr/local/bin/send_reminders --days-before=14 --template=fitting2 --dry-run=false >> /var/log/bridal/reminder.log
        ERROR invoice.render failed: template inv_v4.jinja missing field sst_no for branch JB-TAMAN-PELANGI (fallback to HQ W10-2507-32000418)
        tracking sync: PosLaju ER204518736MY status=DELIVERED 2026-03-18 14:07; J&T 630218847715 status=IN_TRANSIT hub=Shah Alam DC
        INFO stock.adjust sku=KN-SAT-060-IVR qty=-12.5m reason=cutting order=TJ-2026-00431 user=role:cutter-02 balance=187.0m
        env: WHATSAPP_BUSINESS_NUMBER=+60355138820 WABA_ID=104928377561223 TEMPLATE_LANG=ms SEND_WINDOW=09:00-21:00 RATE_LIMIT=20/min
        sha256(INV-2026-0331.pdf)=9c1e4b7a02f8d3e6a5b0c7d91f24e38a6b5c0d1e2f3a4b5c6d7e8f9a0b1c2d3e uploaded to s3://seri-kasih-docs/2026/03/
        release 4.12.0 (2026-02-28): add Atome installment callback, fix rounding of 8% SST on rental lines, bump pdfkit to 0.13.0
    """),
    ("mixed", "whatsapp_staf"): _lines("""
        [09:12] Admin Kaunter: Semua, order TJ-2026-00418 fitting pukul 3 petang ni, tolong iron dulu baju nikah putih tu, jangan lupa steam lace dia.
        Kain satin ivory dah habis stok kat rak B. Supplier Kamdar kata restock Khamis, boleh order 50 meter dulu tak bos? Harga sama macam bulan lepas.
        Reminder: pelamin untuk majlis Sabtu kat dewan serbaguna Presint 9 Putrajaya kena loading by 7am. Lorry dah booked, ambil kunci kat office.
        Mesin jahit Juki no. 3 rosak lagi, benang asyik putus. Dah call Juki service centre 03-7785 2210, technician datang esok 11am.
        Guys, slot fitting Ahad dah full sampai hujung bulan. Kalau customer walk-in, offer slot weekday petang ok, jangan janji hujung minggu.
        Manik Swarovski AB 4mm tinggal 3 pek je. Untuk order TJ-2026-00422 guna yang 3mm dulu, design tak effect sangat. Noted semua?
        Update: DuitNow QR baru dah tampal kat kaunter. Yang lama tu expired, jangan bagi customer scan yang lama k. Screenshot resit wajib.
        Bos pesan semua baju siap mesti tag dengan order no + tarikh ambil. Minggu lepas ada 2 pasang tertukar sebab tag hilang, jangan ulang.
        Andaman team: esok 5.30am gerak ke Seremban, majlis nikah kat Masjid Negeri pukul 9. Bawa extra ring light, bateri, glue bulu mata.
        Sales minggu ni: 14 tempahan baru, 9 fitting, 6 pickup. Collection ansuran RM12,480 total. Good job semua, keep it up!
        Printer resit kat kaunter jammed. Guna template invoice Google Sheet dulu, nombor siri sambung dari INV-2026-0347 ok.
        Sesiapa nampak pita ukur warna kuning yang ada logo Seri Kasih tu? Last nampak kat meja cutting semalam petang, tolong pulangkan.
        Lace order dari supplier Bandung dah sampai Port Klang, tapi kastam minta dokumen tambahan. Forwarder kata 2-3 hari lagi baru boleh release.
    """),
    ("en", "business_reviews"): _lines("""
        5 stars for Butik Seri Kasih Bridal in Shah Alam. The baju nikah fit perfectly on the first fitting and the lace beading was neater than the sample.
        Rumah Jahit Pak Mat near Kampung Baru is old-school but reliable. Cheap alterations, RM12 for hemming, same day if you come before noon.
        Decent boutique but the fitting room at the Jalan TAR outlet is tiny and hot. Staff were polite though and explained the installment plan clearly.
        Avoid peak Raya season, the queue at the tailor counter was over an hour on a Saturday. Quality is good, service during the rush not so much.
        The makeup team from Jelita Studio lasted all day, 14 hours through akad and sanding, no touch-up needed except lipstick. Worth the RM1,299 package.
        Booked the Pakej Sanding Premium: pelamin was exactly as in the catalogue, but only 200 bunga telur arrived instead of 300. Refund of RM90 was quick.
        3/5. Songket samping was beautiful but delivery to Kuching via Pos Laju took 9 days instead of 5. Shop apologised and waived the RM25 postage.
        Went to Jakel Mall Shah Alam for fabric, then got it sewn at a small kedai jahit in Seksyen 9. Total cost was half of what the big boutiques quote.
        Honest review: the online measurement form is confusing, the video guide helps. The kurung came out 1 inch loose at the waist but alteration was free.
        Highly recommend for Chinese-Malay weddings: they made both a kebaya nyonya and a qipao for the same bride in a matching colour palette.
        Price list on their website is outdated; hemming is now RM15, not RM12. Still fair for KL. Parking on Jalan Masjid India is a nightmare though.
        Jelita Studio's official WhatsApp 011-2345 8800 replies fast even at night. Booking a trial makeup slot took under five minutes.
        One star off because they misplaced the order tag and we waited 40 minutes. The dress itself was stunning and the cekak musang set was perfect.
    """),
    ("ms", "invois_perniagaan"): _lines("""
        INVOIS No: INV-2026-0331 | Tarikh: 31/03/2026 | Daripada: Tekstil Nusantara Sdn. Bhd. (201901023456) | Kepada: Butik Seri Kasih Bridal (202301045512)
        Item 1: Kain lace Perancis 3D ivory, 20 meter x RM68.00 = RM1,360.00; Item 2: Satin silk putih, 35 meter x RM22.00 = RM770.00
        Jumlah sebelum cukai RM2,130.00; SST 8% RM170.40; Jumlah perlu dibayar RM2,300.40. Tempoh bayaran: 30 hari dari tarikh invois.
        Sila bayar ke: Tekstil Nusantara Sdn. Bhd., CIMB Bank, Akaun Semasa 8601234567, rujukan INV-2026-0331. Bayaran tunai tidak diterima.
        Nota Kredit CN-2026-0012 dikeluarkan bagi 2 gulung kain chiffon cacat (tompok pewarna) daripada penghantaran DO-2026-0877 bernilai RM240.00.
        e-Invois LHDN: UUID 8F2K9Q4R7T1W3Y5Z0A6B, tarikh pengesahan 31/03/2026 10:41:05, TIN pembekal C23456789010, status Sah.
        Pesanan Belian PO-SKB-2026-044: 500 biji manik mutiara 6mm (RM0.35/biji), 10 gulung benang emas DMC (RM18/gulung). Hantar sebelum 10 April.
        Delivery Order DO-2026-0877: 12 gulung kain, 3 kotak aksesori. Diterima dalam keadaan baik oleh wakil Butik Seri Kasih Bridal, cop syarikat dilampirkan.
        Sebut Harga QT-2026-118 untuk majlis di Hotel Seri Pacific Kuala Lumpur: pelamin 16 kaki + 4 persalinan + andaman 2 sesi = RM9,800 (sah laku 30 hari).
        Resit Rasmi OR-004512 bagi bayaran sewa ruang kedai bulan April RM4,500 kepada pengurusan Plaza Alam Sentral, Shah Alam.
        Penyata Akaun Pembekal: baki tertunggak Butik Seri Kasih Bridal kepada Tekstil Nusantara Sdn. Bhd. setakat 30/04/2026 ialah RM4,812.60.
        Invois Perkhidmatan INV-JS-2026-077 daripada Jelita Studio (SA0541231-T): 3 sesi solekan pengantin untuk Butik Seri Kasih Bridal @ RM450 = RM1,350.
        Syarat: Barang yang telah dipotong tidak boleh dipulangkan. Caj lewat bayar 1.5% sebulan dikenakan ke atas baki melebihi 60 hari.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Cik Nurul Izzati binti Ahmad Fauzi, ukuran: dada 34, pinggang 28, punggung 38, labuh baju 38 inci, tarikh nikah 12/09/2026 di Masjid Shah Alam.
        Pelanggan Puan Rosmawati Hj. Salleh minta pinggang dilonggarkan 3 inci sebab dah mengandung 5 bulan masa sanding nanti, jangan beritahu keluarga mertua dulu.
        No. MyKad pengantin perempuan: 960415-10-5372, untuk borang nikah dan deposit sewa baju, sila semak sebelum hantar ke pejabat agama.
        Alamat penghantaran: Siti Aishah Kamarudin, No. 27, Jalan Kenanga 4/2, Taman Sri Kenanga, 43000 Kajang, Selangor. Tel 013-774 2918.
        Encik Hafiz Zulkarnain masih belum jelaskan baki ansuran RM1,450 untuk baju Melayu dan samping, dah tiga bulan tertunggak, nombor dia 017-338 5021.
        Kak Ton tukang andam kita beritahu dia baru disahkan kanser payudara tahap 2, jadi semua job andaman bulan depan kena serah kepada team lain.
        Bayaran deposit RM500 diterima daripada akaun Maybank 1640 2281 7735 atas nama MOHD IKHWAN BIN RAZALI, rujukan TJ-2026-00455.
        Aduan: Puan Zarina Abdul Latif mengadu baju nikah anaknya Nur Hanis koyak di bahagian ketiak pada hari akad dan menuntut bayaran balik penuh RM2,200.
        Pengantin lelaki, Amirul Hakim bin Yusof, 29 tahun, tinggi 178 cm, berat 92 kg, lilitan perut 40 inci, minta rekaan yang sembunyikan perut.
        Borang tempahan: Nama: Farah Diyana binti Roslan | IC: 980722-01-6684 | Tel: 011-1098 3357 | Pakej: Nikah Basic | Deposit: RM400 | Baki: RM899
        Nombor plat kereta yang datang ambil baju pengantin Cik Syafiqah Mohd Noor: VFT 6621, Proton X70 putih, dipandu abangnya.
        Mak andam kena tahu: pengantin Nabilah Syazwani alah teruk pada produk berpewangi, pernah masuk Hospital Serdang sebab muka bengkak.
        Sila WhatsApp Cik Adibah di 019-662 4470 untuk sahkan warna dusty pink atau sage green sebelum kain dipotong esok pagi.
        Tempahan dibatalkan: Encik Faizal Hamzah dan Cik Liyana batal majlis sebab pengantin lelaki rupanya masih beristeri, deposit RM1,000 minta dipindah ke nama ibu pengantin.
        E-mel pelanggan untuk invois ansuran: zulaikha.hamdan92@gmail.com, invois ke-2 RM560 perlu dihantar sebelum 5 haribulan.
        Nombor tak disimpan 019-552 8013 hantar gambar ukuran badan dan minta sebut harga baju kurung moden 3 pasang.
        Penjamin ansuran pakej sanding: Rahimah binti Osman, ibu saudara pengantin, IC 701103-08-5590, alamat No. 5 Lorong Bunga Raya 7, 30010 Ipoh.
        Pekerja kita Kak Lina minta cuti tanpa gaji seminggu sebab suaminya baru ditangkap polis atas kes dadah, tolong rahsiakan daripada pelanggan.
        Gaji tukang jahit senior Abang Rosli naik ke RM3,200 sebulan mulai Mei, elaun manik RM300; jangan kongsi dalam group besar.
        Cik Aina Batrisyia minta fitting kedua dibuat di rumah kerana baru lepas pembedahan apendiks, alamat: Blok C-12-3, Pangsapuri Seri Ixora, Setapak.
        Ukuran Encik Danial Haikal (pengantin lelaki): leher 16, bahu 18, dada 42, lengan 25, labuh baju 31, pinggang seluar 36. Songket bawa sendiri.
        Pelanggan Puan Suhaila baru bercerai dan nak ubah suai baju nikah lama jadi baju kurung Raya, minta jangan sebut pasal bekas suami masa fitting.
    """),
    "en": _lines("""
        Customer Melissa Wong from Singapore, NRIC S9034517F, booked the Peranakan kebaya package for her 14 Nov wedding in Melaka; deposit SGD 300 paid by PayNow.
        Please courier the finished kebaya to Mrs Priya Ramasamy, 18 Jalan Mutiara 2, Taman Mutiara Rini, 81300 Skudai, Johor. Contact 012-708 4431.
        Bride's email for the mood board and fitting photos: sharifah.nadia.wed@yahoo.com, and she asked us not to cc her mother.
        Reminder: Mr Gabriel Lim still owes RM2,850 on the 6-month installment for the wedding suit and songket; his cheque bounced twice last month.
        Fitting note: bride Jessica Tan is 7 weeks pregnant, hasn't told the groom's family, wants the waistline kept adjustable with hidden hooks.
        Payment proof received from DBS account 027-905316-2 belonging to Rachel Ong for the bridal makeup package, amount SGD 1,150.
        Grab driver picked up the dresses for Nadhirah at 5:42pm; destination is her home at Lot 1145, Kampung Sungai Merab Luar, 43000 Kajang.
        FIN G5527104L, Wendy Chua, Malaysian working in Singapore, asked for weekend fittings only because of her shift work at Changi Airport.
        Our seamstress Auntie Mei (Chan Siew Mei) has been on medical leave since March after a mild stroke; her orders are reassigned to the Klang branch.
        Groom's measurements for Haziq Irfan: chest 38, waist 33, sleeve 24.5, height 172 cm; he has eczema so no wool lining please.
        Customer photo uploaded: IMG_20260311_bride_Aqilah_front.jpg shows the bride without hijab; delete after fitting as she asked, never post on Instagram.
        +65 9127 4086 called three times about the refund for her cancelled engagement package and says she will go to the Small Claims Tribunal.
    """),
    "mixed": _lines("""
        Eh Kak, customer Nur Syuhada punya baki ansuran RM700 dah 2 bulan lambat, dia cakap husband kena retrench, boleh extend tak?
        Bride Dr. Amalina Zainal IC 910208-14-6120, nikah kat Masjid Wilayah 20/6, please prepare the tudung lace ivory size L.
        Boss, Mrs Lim from Cheras tu (Lim Bee Choo) dia WhatsApp 016-225 9084, nak tukar qipao merah jadi kebaya, tapi kain dah potong loh.
        Senarai WhatsApp group Pengantin Sept 2026: Farhana 012-339 1470, Iqmal 013-620 7785, Dayang 014-908 2213, admin please add the new ones.
        Customer bank in RM350 deposit from CIMB 7064 3312 89 under name TEO KAH WEI, but the reference write baju mak, pls check which order.
        Mak pengantin, Puan Hasnah, request confidential: anak dia Sofea ada anxiety teruk, masa makeup tolong guna quiet room dan jangan ramai orang.
        Uncle Ah Seng, 陈亚成, 60 tahun, order baju batik for his daughter's ROM, address 23A Lorong Seri Damai, 11700 Gelugor, Penang.
        Hi admin, saya Khairunnisa, nak confirm slot andaman 8 Ogos, alamat rumah No. 3, Jalan Teratai 12, Taman Cempaka, 68000 Ampang. Thanks!
        Ni kes sensitif: pengantin Zahirah kena cancel majlis sebab bakal suami masuk lokap, family minta refund pelamin tapi keep baju.
        Staff payroll: Mariam (tukang manik) RM2,400, Kavitha (cutter) RM2,650, Fazli (driver pelamin) RM2,100, bank in by 28th, don't share.
        Customer HK tourist, Ms Chan Wing Yan, HKID K482317(6), tempah cheongsam + kebaya untuk ROM di KL, nak collect before flight 22 Dec.
        Lorry hantar pelamin ke rumah pengantin Encik Razak Long kat Kampung Padang Balang, Sentul. Bila sampai call dia 012-900 3385.
        Customer Taiwan, 林怡君 小姐, 身分證 A228391043, nak buat baju kurung untuk wedding dengan suami Melayu di Kota Bharu, ukuran dihantar by email.
        Bride from Shenzhen 黄小姐, 身份证 440304199208153626, booking full package RM6,888, nak bayar guna Alipay, semak dengan finance dulu.
        PS: jangan upload gambar fitting Cik Intan Suraya kat IG, dia tengah dalam proses cerai dan tak nak ex tahu dia nak kahwin lagi.
        Tolong semak, 0193348127 ni nombor customer yang tinggalkan deposit tapi tak pernah datang fitting, nak refund ke forfeit?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu tempahan untuk Butik Seri Kasih Bridal, Shah Alam. Jawab dalam Bahasa Melayu dengan sopan.",
        ),
        (
            "user",
            "Assalamualaikum, saya Nurul Ain binti Kamal, IC 950630-10-5518. Nak tempah baju nikah untuk 20 Disember, boleh ke bayar ansuran?",
        ),
        (
            "assistant",
            "Waalaikumussalam Cik Nurul Ain. Boleh, ansuran dibuat tiga kali: 40% semasa tempah, 40% semasa fitting pertama dan 20% sebelum ambil baju. Bila cik boleh datang untuk ambil ukuran?",
        ),
        (
            "user",
            "Sabtu ni boleh. Nombor saya 012-448 7093, tolong hantar peringatan sehari sebelum ya.",
        ),
        (
            "assistant",
            "Baik, slot Sabtu pukul 11 pagi telah direkodkan dan peringatan akan dihantar ke 012-448 7093 pada hari Jumaat.",
        ),
    ],
    [
        ("system", "You help a tailoring shop in Kuala Lumpur write polite customer messages."),
        (
            "user",
            "Draft a WhatsApp reminder to Mr Kelvin Yap (017-265 3380). He owes RM1,200, the last two installments for his wedding suit, overdue since August.",
        ),
        (
            "assistant",
            "Hi Mr Kelvin Yap, this is a friendly reminder from the shop that RM1,200 for the final two installments on your wedding suit has been outstanding since August. Kindly arrange payment or let us know if you need a new schedule. Thank you!",
        ),
        ("user", "Make it a bit firmer, mention we will hold the suit until it's paid."),
        (
            "assistant",
            "Hi Mr Kelvin Yap, RM1,200 for your wedding suit has been overdue since August. Please note the suit will be kept at the shop until the balance is settled. Kindly contact us at your earliest convenience.",
        ),
    ],
    [
        (
            "user",
            "Tolong format jadi table: Aisyah Rahman, dada 35, pinggang 29, 013-552 7710; Puan Mala Devi, dada 40, pinggang 36, 016-781 2054; Cik Wani, dada 33, pinggang 27.",
        ),
        (
            "assistant",
            "Nama | Dada | Pinggang | Telefon; Aisyah Rahman | 35 | 29 | 013-552 7710; Puan Mala Devi | 40 | 36 | 016-781 2054; Cik Wani | 33 | 27 | tiada",
        ),
        ("user", "Ok thanks, boleh sort ikut saiz dada from small to big?"),
        (
            "assistant",
            "Susunan ikut dada: Cik Wani (33), Aisyah Rahman (35), Puan Mala Devi (40). Telefon kekal seperti dalam jadual tadi.",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu maya Jelita Studio, perkhidmatan andaman pengantin di Bangi.",
        ),
        (
            "user",
            "Hai, saya Hidayah, nikah 3 bulan lagi. Saya ada eczema teruk kat muka dan sekarang mengandung 10 minggu, makeup apa yang selamat?",
        ),
        (
            "assistant",
            "Tahniah Cik Hidayah. Untuk kulit berekzema dan semasa hamil, kami cadangkan produk tanpa pewangi dan tanpa retinol, serta ujian tampalan 2 minggu sebelum majlis. Sila maklumkan doktor kulit anda juga.",
        ),
        (
            "user",
            "Ok, boleh buat trial makeup di rumah saya? No. 14, Jalan 3/9C, Seksyen 3, 43650 Bandar Baru Bangi.",
        ),
        (
            "assistant",
            "Boleh. Trial makeup di rumah dikenakan RM150 dan kami akan hubungi cik untuk tetapkan tarikh ke alamat di Seksyen 3, Bandar Baru Bangi.",
        ),
    ],
    [
        (
            "system",
            "Customer record for reference: Name: Sarah Lee Mei Ling | Phone: +60 12-905 6634 | Order: TJ-2026-00502 | Package: Sanding Premium | Balance: RM2,888 | Note: groom allergic to nickel, no metal buttons.",
        ),
        ("user", "Customer just called asking when her balance is due, what do I tell her?"),
        (
            "assistant",
            "Sarah Lee Mei Ling's remaining balance for order TJ-2026-00502 is RM2,888, due before collection of the outfits. Also remember the groom's nickel allergy, so no metal buttons on his baju Melayu.",
        ),
        ("user", "Thanks, can you write a short SMS to her number confirming that?"),
        (
            "assistant",
            "SMS to +60 12-905 6634: Hi Sarah, your balance of RM2,888 for order TJ-2026-00502 is due before collection. Thank you!",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm from Singapore, Tan Hui Min, NRIC T0218846A. Can I do my kebaya fittings at your JB branch instead of KL?",
        ),
        (
            "assistant",
            "Hi Hui Min, yes, fittings can be done at our Johor Bahru branch in Taman Pelangi. Would you like a weekend slot?",
        ),
        (
            "user",
            "Yes pls, Sat morning. My mobile is +65 8832 1947, boleh WhatsApp me the address?",
        ),
        (
            "assistant",
            "Noted, a Saturday 10am slot is held for you and the branch address will be sent to +65 8832 1947 on WhatsApp.",
        ),
    ],
    [
        ("system", "Bantu pengguna menulis surat aduan rasmi dalam Bahasa Melayu."),
        (
            "user",
            "Saya Norhayati binti Ismail, tinggal di No. 88, Jalan Sena 2, Taman Seri Indah, 08000 Sungai Petani, Kedah. Butik tak siapkan baju nikah anak saya walaupun dah bayar RM3,000. Tolong tulis surat ke Tribunal Tuntutan Pengguna.",
        ),
        (
            "assistant",
            "Daripada: Norhayati binti Ismail, No. 88, Jalan Sena 2, Taman Seri Indah, 08000 Sungai Petani, Kedah. Kepada: Tribunal Tuntutan Pengguna Malaysia. Perkara: Tuntutan bayaran balik RM3,000 kerana baju nikah tidak disiapkan seperti yang dipersetujui...",
        ),
        ("user", "Tambah nombor telefon saya 019-455 2086 dan tarikh bayaran 2 Februari 2026."),
        (
            "assistant",
            "Baik, surat dikemas kini dengan nombor telefon 019-455 2086 dan tarikh bayaran 2 Februari 2026 di perenggan pertama.",
        ),
    ],
    [
        (
            "user",
            "Admin group Pengantin Okt nak umum jadual fitting. List: Syazana 011-2087 4412 Isnin 3pm, Puan Kamala 012-660 1983 Selasa 11am, Ain 013-991 0458 Rabu 2pm. Tolong buat mesej.",
        ),
        (
            "assistant",
            "Saya cadangkan jangan kongsi nombor telefon dalam group. Mesej: Jadual fitting minggu ini: Syazana - Isnin 3pm, Puan Kamala - Selasa 11am, Ain - Rabu 2pm. Sila hadir 10 minit awal.",
        ),
        ("user", "Ok good idea, hantar nombor tu private je."),
    ],
    [
        (
            "system",
            "You are an assistant for a Chinese-Malay bridal boutique in Penang. Reply in English or Malay.",
        ),
        (
            "user",
            "Customer Mdm Ooi Siew Lan want to book cheongsam and kebaya for her daughter's wedding. She pay deposit from Public Bank 4-6618823-07, can check?",
        ),
        (
            "assistant",
            "I cannot access bank records, but you can match the deposit from Public Bank account 4-6618823-07 against today's statement and note it under Mdm Ooi Siew Lan's booking.",
        ),
        ("user", "Ok found it, RM800. Can you write receipt note?"),
        (
            "assistant",
            "Receipt note: Received RM800 deposit from Mdm Ooi Siew Lan (Public Bank 4-6618823-07) for cheongsam and kebaya booking. Balance to be paid in two installments.",
        ),
    ],
    [
        (
            "user",
            "Tolong semak rekod: Encik Shahrul Nizam bin Abdullah, IC 880917-03-5741, plat WPD 3382, nak ambil baju Melayu tapi tak bawa resit.",
        ),
        (
            "assistant",
            "Berdasarkan maklumat yang diberikan, Encik Shahrul Nizam bin Abdullah (IC 880917-03-5741) boleh mengambil baju selepas pengesahan identiti dengan MyKad asal. Catat plat WPD 3382 dalam log pengambilan.",
        ),
        ("user", "Dia kata isteri dia yang bayar, boleh ke?"),
        (
            "assistant",
            "Boleh, tetapi minta dia tunjukkan bukti bayaran atau hubungi isterinya untuk pengesahan sebelum serahkan baju.",
        ),
    ],
]
