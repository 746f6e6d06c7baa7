# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms85: Bahasa Melayu kedai runcit dan pasar mini (buku hutang, pembekal, pekerja, aduan, kecurian, CCTV). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms85
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis kedai"): _lines("""
        NOTIS: Kedai Runcit Mawar Jaya tutup pada 1 dan 2 Syawal. Dibuka semula 3 Syawal jam 8 pagi. Selamat Hari Raya Aidilfitri, maaf zahir dan batin.
        Harap maklum, kedai ini TIDAK menerima hutang mulai 1 Januari 2027. Sila bayar tunai, QR DuitNow atau kad debit. Terima kasih atas kerjasama.
        Premis ini dilengkapi CCTV 24 jam. Sebarang kecurian akan dilaporkan kepada pihak polis tanpa kompromi.
        Tawaran minggu ini: Beras Jasmine 10kg RM32.90, minyak masak 5kg RM29.50, gula 1kg RM2.85 (had 2 paket seorang).
        Minyak masak paket bersubsidi 1kg dihadkan 1 unit bagi setiap pelanggan. Arahan KPDN.
        Sila jangan bawa masuk makanan dan minuman dari luar. Beg besar sila tinggal di kaunter, kami tidak bertanggungjawab atas kehilangan.
        Jawatan kosong: pembantu kedai sepenuh masa, syif pagi 7am-3pm, gaji RM1,700 + elaun kehadiran. Warganegara Malaysia sahaja. Borang boleh diambil di kaunter.
        Waktu operasi bulan Ramadan: 8.00 pagi - 7.00 petang, 8.30 malam - 11.30 malam.
        Pelanggan yang menemui barang tamat tempoh di rak boleh tukar percuma di kaunter. Kami mohon maaf atas kesulitan.
        Penghantaran percuma dalam radius 3km untuk pesanan melebihi RM50. Talian / WhatsApp kedai: 03-6151 2208 (8 pagi - 10 malam).
        Dilarang merokok dan vape dalam premis. Kompaun boleh dikenakan di bawah Akta Kawalan Produk Merokok demi Kesihatan Awam 2024.
        Kedai akan tutup awal jam 5 petang hari Jumaat ini kerana kerja penyelenggaraan pendawaian elektrik.
        Tong gas LPG 14kg kini RM26.60 (harga kawalan). Penghantaran ke rumah caj tambahan RM3.
        Kutipan derma untuk mangsa banjir Kelantan di kaunter hingga 15 Disember. Resit akan diberi untuk setiap sumbangan melebihi RM10.
    """),
    ("ms", "SOP pekerja"): _lines("""
        SOP buka kedai: matikan penggera, buka shutter, hidupkan lampu dan chiller, semak suhu peti sejuk beku (-18°C atau lebih rendah), kira float RM200 dalam laci juruwang.
        Setiap penutupan syif, juruwang mesti cetak laporan Z dari mesin POS dan kira tunai bersama penyelia. Beza lebih RM5 mesti dicatat dalam buku log.
        Barang rosak atau tamat tempoh diasingkan dalam kotak merah dan dicatat dalam borang pulangan pembekal sebelum lori datang.
        Jangan jual rokok dan vape kepada sesiapa yang kelihatan bawah umur 18 tahun. Minta tunjuk kad pengenalan jika ragu-ragu, tetapi jangan salin atau fotostat.
        Jika mengesyaki kecurian, jangan kejar atau sentuh suspek. Catat masa kejadian, maklumkan penyelia, dan pastikan rakaman CCTV tidak dipadam.
        Rakaman CCTV hanya boleh dilihat oleh pemilik dan penyelia. Permintaan salinan daripada polis mesti disertakan nombor repot dan surat rasmi IPD.
        Stok FIFO: barang lama di depan, barang baru di belakang. Semak tarikh luput susu, roti dan telur setiap pagi sebelum kedai dibuka.
        Cuti tahunan mesti dimohon sekurang-kurangnya 7 hari lebih awal melalui borang cuti. Cuti sakit perlu sijil MC dari klinik berdaftar.
        Gaji dibayar sebelum 7hb setiap bulan melalui pindahan bank. Potongan KWSP, PERKESO dan SIP dibuat mengikut kadar semasa.
        Pekerja asing mesti mempunyai Pas Lawatan Kerja Sementara (PLKS) yang sah. Salinan pasport dan permit disimpan dalam fail berkunci di pejabat belakang.
        Pembayaran hutang pelanggan hanya dicatat dalam buku hutang oleh penyelia, bukan oleh juruwang syif malam.
        Semua bayaran kepada pembekal melebihi RM1,000 mesti dibuat melalui pindahan bank, bukan tunai, dan resit disimpan dalam fail bulanan.
        Kalau ada pelanggan mengadu, dengar dulu, minta maaf, tawarkan tukar barang atau refund ikut resit. Jangan bertengkar depan pelanggan lain.
    """),
    ("ms", "soalan peniaga"): _lines("""
        Macam mana nak daftar e-Invois LHDN untuk kedai runcit kecil? Jualan tahunan kami bawah RM500k, perlu ke?
        Kedai runcit perlu ambil lesen apa dari PBT? Lesen premis perniagaan dan lesen papan iklan sekali ke?
        Boleh tak majikan potong gaji pekerja sebab duit laci tak cukup? Apa kata Akta Kerja 1955 pasal potongan gaji?
        Apa aplikasi POS murah yang sesuai untuk pasar mini, boleh scan barcode dan sambung printer resit thermal 80mm?
        Berapa lama rakaman CCTV kedai patut disimpan ikut PDPA? Ada garis panduan rasmi dari Jabatan Perlindungan Data Peribadi tak?
        Cara terbaik nak kutip hutang pelanggan tetap tanpa rosakkan hubungan? Ada tips dari peniaga lama?
        Patut ke kedai runcit ambil stok terus dari kilang atau guna pemborong? Margin beza banyak ke?
        Nak pasang DuitNow QR untuk kedai, bank mana caj MDR paling rendah untuk peniaga kecil?
        Adakah barang kawalan harga seperti tepung gandum dan minyak paket wajib guna tanda harga warna merah jambu?
        Kalau tangkap budak curi coklat, boleh ke tahan dia sampai mak bapak datang atau mesti call polis terus?
        Macam mana nak kira margin untung kasar kalau harga kos dah termasuk SST? Formula Excel pun ok.
        Pekerja Bangladesh nak balik kampung 2 bulan, majikan perlu buat apa dengan permit kerja dan check-out memo Imigresen?
        Ada kajian tak pasal susun atur rak pasar mini supaya barang impulse macam gula-gula dan bateri letak dekat kaunter?
    """),
    ("mixed", "chat kumpulan kedai"): _lines("""
        stok gula 1kg tinggal 6 paket je, esok pagi sapa buka kedai tolong call supplier ok
        chiller no 2 bunyi pelik lagi, suhu naik 8 degree. dah call aircond guy, dia datang lepas zohor
        reminder: stock take hujung bulan Sabtu ni, semua kena datang 9pm lepas tutup kedai
        lori Dutch Lady lambat hari ni, driver kata jam 11 baru sampai
        harga telur gred A naik lagi, tray RM13.80 dari pemborong. nak adjust harga jual tak boss?
        printer resit kaunter 1 jammed, guna kaunter 2 dulu sementara
        promo Milo 2kg tak laku, maybe letak dekat pintu masuk pulak
        internet unifi down since pagi, QR DuitNow tak jalan. customer bayar cash dulu
        ok noted, nanti malam I update harga dalam sistem POS semua item Nestle
        ada customer tanya kita jual top-up Hotlink tak, bila nak start jual?
        CCTV cam 3 blur sebab habuk, siapa free tolong lap sikit lens dia
        roti Gardenia expired semalam dah asingkan, tunggu salesman ambil Khamis
        tolong jangan letak kotak kosong depan fire exit, bomba datang check bulan depan
        today sales RM4,382.60, cash RM2,910, QR RM1,472.60. Z report dah snap dalam group
    """),
    ("ms", "invois dan pesanan pembekal"): _lines("""
        Invois No: INV-2026-004815 | Pembekal: Syarikat Borong Hup Seng Sdn Bhd | 50 kotak Maggi Kari 5x79g @ RM38.20 | Jumlah RM1,910.00 | Tempoh bayaran 30 hari
        Pesanan Belian PO/MJ/26/0192: Gula Kasar Prai 1kg x 200, Minyak Saji 5kg x 40, Tepung Bunga Ros 1kg x 120. Penghantaran: Isnin.
        Nota Kredit CN-88213: pulangan 24 botol kicap cair rosak semasa penghantaran, kredit RM86.40.
        Perniagaan Ban Lee Hin (No. Pendaftaran SSM 202203145871) — pembekal barangan kering, cawangan Klang. Talian pejabat 03-3371 5520, Isnin-Sabtu.
        Delivery Order DO-771402 diterima lengkap: 36 karton air mineral 1.5L, tiada kerosakan, ditandatangani penyelia stor.
        Item baru daftar POS: Kopi O Kaw 3in1 20 sachet, barcode 9556001124784, harga kos RM7.10, harga jual RM8.90.
        Penyata akaun pembekal Disember: baki terdahulu RM3,204.50, invois baru RM5,880.00, bayaran diterima RM4,000.00, baki semasa RM5,084.50.
        Nombor tracking Pos Laju EP284719305MY untuk sampel produk sos cili baru dari kilang di Ipoh.
        Senarai harga borong baru berkuat kuasa 1/1/2027: semua produk Nestle naik purata 4.5%, Milo 1kg dari RM17.40 ke RM18.20.
        Bayaran invois sila ke akaun syarikat: Hup Seng Trading Sdn Bhd, Maybank 5123 4410 8896. Nyatakan nombor invois sebagai rujukan.
        Terma: barang yang rosak mesti dilaporkan dalam masa 48 jam selepas penerimaan. Tiada pulangan untuk barang sejuk beku.
        Resit bayaran RCP-2026-11-0357: dibayar secara DuitNow Transfer, rujukan transaksi 8812047736, amaun RM2,450.00.
        Borang pendaftaran pembekal: nama syarikat, No. SSM, alamat berdaftar, akaun bank syarikat, sijil halal JAKIM (jika berkaitan), terma kredit.
    """),
    ("en", "retail news and stats"): _lines("""
        Malaysia's retail sales grew 5.1% year-on-year in the third quarter, led by supermarkets and mini markets, according to an industry group.
        KPDN reminded traders that price tags are mandatory under the Price Control and Anti-Profiteering Act 2011, with fines for every unlabelled item.
        Mydin began in 1957 when founder Mydin Mohamed opened a small shop in Kota Bharu selling household goods, long before it became a hypermarket chain.
        99 Speedmart, founded by Lee Thiam Wah in Klang in 1987, listed on Bursa Malaysia in 2024 and runs more than 2,500 mini markets.
        In Lat's Kampung Boy, the village sundry shop is where the men gather for coffee and gossip, a scene many Malaysian readers remember fondly.
        Mail, the young chicken seller in the animated series Upin & Ipin, is famous for shouting 'Dua singgit, dua singgit!' at customers.
        A survey of 1,200 sundry shop owners found 38% still keep a paper credit book, while 22% have switched to a mobile app.
        Shoplifting is estimated to cost small grocery stores in the Klang Valley about 1.2% of revenue a year, a retail association study said.
        Under the SARA programme, eligible recipients can buy basic goods at participating sundry shops using the credit linked to their MyKad.
        KPDN's complaint line 1-800-886-800 and the Ez ADU app receive thousands of reports about overpricing each festive season.
        Convenience chains such as KK Mart and myNEWS compete directly with traditional kedai runcit in urban neighbourhoods.
        The national minimum wage was raised to RM1,700 a month from February 2025, affecting many small shops that employ cashiers.
    """),
    ("ms", "log POS dan CCTV"): _lines("""
        [2026-11-28 02:14:37] NVR-01 CAM03 (Rak Belakang) motion detected, duration 00:00:42, snapshot saved /nvr/2026/11/28/cam03_021437.jpg
        POS01 21:58:12 VOID item 9556001124784 qty 1 RM8.90, sebab: scan dua kali, diluluskan oleh: SUPERVISOR
        Z-REPORT POS02 | 2026-11-30 | Transaksi: 312 | Jualan kasar: RM6,118.45 | Diskaun: RM42.10 | Refund: RM15.90 | Tunai: RM3,780.00
        ERROR E-204: Printer resit tidak bertindak balas. Sila semak kabel USB dan kertas thermal 80mm.
        NVR alert: HDD 2 usage 94%, oldest footage 2026-10-02 will be overwritten in 3 days.
        Stock adjustment ADJ-00318: Sardin 425g -6 unit (kemek), susu pekat manis -2 unit (bocor).
        Door sensor BACK_DOOR opened 23:47:05, closed 23:47:51, alarm state: DISARMED
        Sync ke pelayan awan gagal: timeout selepas 30s (percubaan 3/5). Transaksi disimpan secara luar talian.
        Laporan kecurian bulanan (tanpa nama): 4 kejadian, anggaran kerugian RM213.40, item paling kerap: coklat, pisau cukur, susu tepung bayi.
        CAM01 Pintu Masuk offline 04:02-04:19 (power trip), recording resumed automatically.
        Firmware kamera dikemas kini ke v5.7.3 build 231120, SHA256 3f9a1c07be52d4e8a1f06c93b7d25e41.
        Kod kelompok pada tin susu yang ditarik balik: 261128-03-0045 (tarikh kilang 28/11/26, line 03). Semua tin dengan kod ini diasingkan.
        Rujukan repot polis PJ/SS2/012736/26 dilampirkan dalam fail insiden kedai, rakaman CAM02 disimpan dalam pemacu USB berlabel.
        Shift handover 15:00 | float laci RM200 | tunai berlebihan RM2.30 | tiada insiden
    """),
    ("mixed", "templat dan borang kosong"): _lines("""
        BUKU HUTANG — Nama: __________ | No. Tel: __________ | Tarikh: ____ | Barang: __________ | Jumlah (RM): ____ | Tandatangan: ______
        Borang Permohonan Kerja: Nama penuh (seperti dalam MyKad): ____ / No. MyKad: ______-__-____ / Alamat: ____ / No. telefon: ____
        Salam {nama_pelanggan}, baki hutang anda di kedai kami sebanyak RM{jumlah} setakat {tarikh}. Mohon jelaskan sebelum {tarikh_akhir}. Terima kasih.
        Template laporan insiden: Tarikh/masa: [ ] | Lokasi dalam kedai: [ ] | Penerangan kejadian: [ ] | Kamera CCTV berkaitan: [ ] | Tindakan diambil: [ ] | Dilaporkan oleh: [ ]
        Surat tawaran kerja: Dengan sukacitanya kami menawarkan jawatan <JAWATAN> kepada <NAMA> berkuat kuasa <TARIKH> dengan gaji pokok RM<GAJI> sebulan.
        Borang aduan pelanggan — Nama (pilihan): ____ Telefon (pilihan): ____ Aduan: ________ Cadangan: ________
        Format nombor MyKad ialah YYMMDD-PB-###G, di mana PB ialah kod negeri atau negara tempat lahir.
        Slip gaji bulan ____: Gaji pokok RM____ | Elaun RM____ | KWSP (11%) RM____ | PERKESO RM____ | SIP RM____ | Gaji bersih RM____
        SQL: SELECT customer_id, SUM(amount) FROM hutang WHERE paid = 0 GROUP BY customer_id HAVING SUM(amount) > 100;
        Akuan penerimaan rakaman CCTV: Saya, ____________ (No. Badan Polis: ______) mengaku menerima salinan rakaman bertarikh ____ untuk siasatan kes No. Repot ______.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Buku hutang 12/11: Pak Din (Kamaruddin bin Yusof) ambil beras 10kg + rokok Dunhill 2 kotak, RM71.40. Janji bayar bila dapat gaji 25hb.
        Hutang Kak Yah (Rohaya binti Ismail), rumah hujung Lorong 4 Taman Desa Jaya — RM132.80 dah 3 bulan tak bayar, suami dia kerja kilang sarung tangan Meru.
        PENDAFTARAN PEKERJA | NAMA: NUR AISYAH BINTI MOHD ZAKI | NO. K/P: 010915-14-0362 | JAWATAN: JURUWANG | TARIKH MULA: 02/12/2026 | NO. TEL: 011-2738 4410
        Gaji Nov: Siti Hajar binti Abdullah — RM1,850, masuk Maybank 1141 2290 5563. Potong RM120 sebab kurang duit laci 3 kali.
        Laporan insiden 28/11/2026 jam 9.42 malam: lelaki dikenali sebagai Mohd Firdaus bin Hashim (pelanggan tetap, tinggal Blok B Flat Sri Kenanga) dirakam CAM02 masukkan 2 tin susu tepung dalam jaket dan keluar tanpa bayar.
        Saya Lim Chee Keong, No. K/P 690430-08-5213, pemilik Kedai Runcit Chee Keong, ingin melaporkan kecurian wang tunai RM1,240 dari laci kaunter pada 27/11/2026 antara jam 1 hingga 3 pagi.
        Salesman Hup Seng baru: Encik Ravi a/l Subramaniam, HP peribadi 016-418 3307, datang setiap Selasa ambil order.
        Aduan pelanggan: Puan Wong Mei Fong (012-384 7715) beli susu 1L pada 3/12, tarikh luput 28/11. Minta refund RM7.20 dan minta pekerja yang susun rak ditegur.
        Hantar ke: Cik Farah Nadia, No. 14, Jalan Cempaka 3, Taman Sri Muda, 40400 Shah Alam — 2 tong gas 14kg, bayar tunai. Tel 019-662 0481.
        Pekerja asing: MD RAFIQUL ISLAM, warganegara Bangladesh, pasport A09283714, PLKS tamat 14/03/2027, tinggal asrama atas kedai.
        Kak Ton (Hartini binti Sulaiman) MC 3 hari 4-6 Dis, demam denggi, masuk wad Hospital Tengku Ampuan Rahimah. Syif pagi dia Aisyah tolong cover.
        SENARAI HITAM HUTANG: 1) Azman bin Rahim, Blok C-3-12 — RM410 sejak Jun / 2) Suresh a/l Munusamy, rumah belakang surau — RM265 / 3) Tan Boon Seng (Ah Seng) kedai motor sebelah — RM188
        Kereta Myvi putih WXY 4821 milik Encik Zulkifli bin Md Noh selalu parking depan loading bay kedai, dah tegur 3 kali, dia tetap buat.
        Salinan rakaman CAM01 & CAM03 tarikh 28/11 diserahkan kepada IPD Petaling Jaya untuk kes kecurian motosikal Yamaha Y15 plat BPK 6630 milik pelanggan Encik Hafiz bin Osman.
        Surat amaran pertama: Muhammad Haziq bin Roslan (Pembantu Kedai) didapati mengambil minuman tin tanpa bayar pada 19/11 dan 22/11 seperti dirakam CCTV. Tindakan tatatertib jika berulang.
        Kutipan hutang Makcik Som (Somawati binti Jaafar) RM50 tunai diterima 5/12, baki RM37.60.
        Bayar kuih Mak Jah (Khadijah binti Omar) RM240 untuk minggu ni — CIMB 7061883245, dia hantar kuih setiap pagi jam 6.
        Calon temuduga: Nurul Izzati binti Kamal, 23 tahun, lepasan SPM, pernah kerja di 99 Speedmart Batu Caves, nombor 013-775 2049, boleh mula Januari.
        Pelanggan OKU Encik Ramesh a/l Krishnan (kerusi roda) minta hantar barang setiap Sabtu ke No. 8, Lorong Mawar 2, Taman Mawar, 41200 Klang.
        Transaksi SARA: pelanggan MAZLAN BIN AWANG, MyKad 780122-03-5091, beli barang keperluan RM100.00, baki kredit RM0.00.
        Kad ahli kedai: LEONG KAH MUN, K/P 950611-07-5348, mata ganjaran 1,420 — beri baucar RM10 masa hari jadi bulan Jun.
        Budak SMK Seri Mawar, Danish Irfan bin Azhar tingkatan 2, tertangkap curi coklat 2 batang. Dah call ayah dia Encik Azhar 017-229 5836, dia datang bayar dan minta maaf.
        hutang Siva a/l Rajoo RM56.30 - rokok & roti
        Ah Kow (Tan Ah Kow) hutang RM92 beras+minyak, call 014-926 5571
        Notis berhenti: Chong Siew Ling (penyelia syif malam) letak jawatan berkuat kuasa 31/12/2026, sebab pindah ikut suami ke Kuching.
        Pekerja Indonesia Sri Wahyuni, paspor C5718204, minta cuti balik Surabaya 20/12 - 10/1 sebab ibu sakit tenat.
        Terima e-mel dari nurul.aini92@gmail.com minta resit semula untuk pembelian RM58.40 pada 1/12.
        Aduan: juruwang Kavitha a/p Selvam bercakap kasar dengan pelanggan warga emas pada 30/11 jam 8 malam, pengadu minta tindakan diambil.
        Kemalangan kerja: Mohd Shafiq bin Idris, No. K/P 031127-11-0679, jatuh dari tangga stor 2/12, patah pergelangan tangan kanan, borang PERKESO dihantar.
        Senarai pekerja sambilan Disember: SABRINA BINTI YAHYA | 880219-12-5440 | 013-408 6652 | RHB 21401300045872 | RM9/jam
    """),
    "mixed": _lines("""
        boss, Uncle Lim blok A unit 3-08 tu hutang dah RM210 lah, dia cakap pencen masuk next week baru bayar. His number 018-220 7364 kalau nak remind
        fyi the guy yang curi Milo semalam tu nama dia Jason Teoh Wei Ming, anak tokey kedai hardware depan. CCTV cam 2 clear nampak muka
        pls transfer gaji Kumar bulan ni ke acc Public Bank 3184556290, a/n Kumaravel a/l Ganesan, RM1,900 ok
        customer David Whitmore (unit 12-3 Residensi Ara, Bangsar) phone order hamper, nak charge kad 4556 7586 2385 1576 exp 09/28, total RM320
        kak ros gerai nasi lemak sebelah, Rosnah binti Ahmad, nak buka akaun hutang bulanan limit RM300. IC dia 850314-01-5528, dah fotostat
        siapa nampak Rizal semalam? dia tak datang kerja 3 hari, tak angkat phone 011-5520 9147. mak dia kata dia kena tahan polis
        Melissa de Souza order CNY hamper 10 set untuk office dia, deposit RM500 dah masuk. personal email dia melissa.desouza88@gmail.com
        tolong block Faizal bin Mat Noor dari hutang, Myvi hitam JTV 215, dah 2 kali mungkir janji bayar
        Telegram @haziq_rsln (Haziq pembantu kedai) dah left group pekerja, dia resign ke? kalau ya remove dari roster Disember
        Abang Joe delivery (Johari bin Said) accident motor semalam kat Jalan Kebun, kaki patah, sekarang kat Hospital Klang wad 7
        Pelanggan Singapore Mdm Goh Lay Hoon (S8734126G) tinggal 3 karton durian paste, dia datang ambil Sabtu. HP +65 9127 4408
        salary advance: Aiman Hakimi bin Zulkarnain pinjam RM300 dari gaji Disember sebab bayar yuran UiTM adik dia, potong RM100 sebulan x 3
    """),
    "en": _lines("""
        Incident log 03/12/2026 18:20 — customer Priya d/o Ramasamy slipped on wet floor near chiller aisle 4, bruised left knee, refused ambulance, contact 012-558 9031.
        Credit account opened for Mr. Tan Kok Wei, 52, retired teacher, Flat Sri Kenanga Block A unit 5-07. Limit RM200, settles on the 1st of each month.
        Reference check: Hafizah binti Yusri worked here as cashier from March 2024 to August 2026, resigned on good terms, reliable but often late on Mondays.
        Please refund RM45.90 to customer Lee Mei Xin, Maybank account 5644 2731 8802; wrong item charged on 29 Nov.
        Supplier contact: Mr. Gurdev Singh s/o Harbans Singh runs a one-man egg farm in Jenjarom, mobile 60197734218, prefers cash on delivery.
        Night shift theft suspect: Cheah Wei Jie, former stockroom staff, still had a spare back-door key; police report lodged at IPD Klang Utara on 1 Dec.
        Encik Roslan Hamid asked us not to sell cigarettes to his son Amirul Roslan (Form 3, SMK Taman Klang Jaya). Please inform all cashiers.
        Dear Mr. Chandran a/l Periasamy, your outstanding balance of RM286.50 at Kedai Runcit Sri Murni has been overdue since 15 October. Please settle by 10 December.
        Roster note: Noraini binti Hassan (IC 920708-10-6184) is 5 months pregnant, cashier duty only, no lifting of cartons until further notice.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "Anda pembantu AI untuk pemilik kedai runcit di Malaysia."),
        (
            "user",
            "Tolong tulis mesej WhatsApp yang sopan untuk ingatkan pelanggan pasal hutang kedai.",
        ),
        (
            "assistant",
            "Boleh. Contoh: 'Assalamualaikum Encik/Puan, ini peringatan mesra dari kedai kami. Baki hutang anda ialah RM___. Mohon jelaskan bila senang. Terima kasih.'",
        ),
        (
            "user",
            "Nama dia Zainab binti Hamzah, hutang RM184.60 sejak Ogos, nombor dia 019-305 6612. Buat lebih tegas sikit, dia dah 3 kali janji.",
        ),
    ],
    [
        (
            "user",
            "Saya nak buat repot polis, kedai saya kena pecah masuk semalam. Apa maklumat yang perlu ada?",
        ),
        (
            "assistant",
            "Sediakan nama penuh, nombor kad pengenalan, alamat premis, masa kejadian, senarai barang hilang dan anggaran kerugian, serta sama ada ada rakaman CCTV.",
        ),
        (
            "user",
            "Nama saya Rahim bin Abu Bakar, IC 720815-10-5171, Kedai Runcit Rahim, Lot 227 Kampung Baru Sungai Buloh. Jam 2 pagi, rokok hilang anggaran RM3,000. Tolong draf.",
        ),
    ],
    [
        ("user", "how to calculate EPF and SOCSO for my shop worker ah?"),
        (
            "assistant",
            "For employees under 60, the employee share of EPF is 11% and the employer share is 13% for wages up to RM5,000. SOCSO and EIS follow the contribution table by wage band.",
        ),
        (
            "user",
            "ok my worker Nurul Huda binti Mansor, gaji RM1,800, IC 010322-06-0284, started last month. kira for her please",
        ),
    ],
    [
        (
            "user",
            "Juruwang saya, Tan Li Ping, disyaki ambil duit laci. CCTV tunjuk dia masukkan duit dalam poket 3 kali minggu ni. Boleh pecat terus?",
        ),
        (
            "assistant",
            "Sebaiknya jangan pecat serta-merta. Beri surat tunjuk sebab, adakan siasatan dalaman dan simpan rakaman sebagai bukti sebelum membuat keputusan.",
        ),
        (
            "user",
            "Dia dah kerja 4 tahun, ada anak kecil, suami baru hilang kerja bulan lepas. Saya serba salah.",
        ),
    ],
    [
        ("system", "You translate Malay documents into English for insurance claims."),
        (
            "user",
            "Terjemah: 'Pekerja saya Ahmad Fauzi bin Kassim, 41 tahun, tergelincir di stor pada 29/11/2026 dan cedera tulang belakang. Beliau kini cuti sakit 14 hari.'",
        ),
        (
            "assistant",
            "'My employee Ahmad Fauzi bin Kassim, 41, slipped in the storeroom on 29/11/2026 and injured his spine. He is now on 14 days of medical leave.'",
        ),
    ],
    [
        (
            "user",
            "Tolong susun senarai hutang ni dalam jadual: Pak Ali (Ali bin Hassan) RM45, Kak Mah (Salmah binti Daud) RM120.50, Muthu a/l Velu RM78",
        ),
        (
            "assistant",
            "| Nama | Jumlah (RM) | / | Ali bin Hassan | 45.00 | / | Salmah binti Daud | 120.50 | / | Muthu a/l Velu | 78.00 | / | Jumlah | 243.50 |",
        ),
        ("user", "tambah nombor Kak Mah 012-771 0936 dan nota 'janji bayar 30hb'"),
    ],
    [
        (
            "user",
            "Ada pakcik hantar sayur kampung setiap pagi, nak bayar guna pindahan bank. Nama Lee Ah Huat, akaun Bank Islam 12047010038825. Format resit macam mana?",
        ),
        (
            "assistant",
            "Resit ringkas boleh ada tarikh, nama pembekal, senarai sayur dan kuantiti, jumlah, kaedah bayaran dan rujukan transaksi.",
        ),
        ("user", "ok buat satu untuk minggu ni, kangkung 20 ikat, sawi 15kg, jumlah RM186"),
    ],
    [
        (
            "user",
            "Ada 2 calon juruwang. 1) Muhammad Amin bin Zahari, 19 tahun, belum ada pengalaman. 2) Lakshmi a/p Raman, 34 tahun, ibu tunggal, 5 tahun kerja kedai serbaneka. Mana lebih sesuai?",
        ),
        (
            "assistant",
            "Nilai ikut keperluan kedai: jika perlukan orang berpengalaman untuk syif malam, calon kedua lebih bersedia. Status keluarga tidak patut jadi faktor pemilihan.",
        ),
        (
            "user",
            "Lakshmi cakap dia boleh kerja pagi je sebab anak dia ada autisme. Tolong tulis surat tawaran untuk dia.",
        ),
    ],
    [
        (
            "user",
            "Budak ni dah curi 3 kali, nama Syafiq Iskandar, mak dia Puan Noridah kerja kantin SK Taman Sri Muda. Boleh saya tampal gambar dia dari CCTV kat pintu kedai?",
        ),
        (
            "assistant",
            "Tidak digalakkan. Menampal gambar kanak-kanak boleh melanggar PDPA dan membuka risiko saman fitnah. Lebih baik berbincang dengan ibunya atau buat laporan polis.",
        ),
        ("user", "ok, tolong draf mesej kepada Puan Noridah, nombor dia 013-290 5518"),
    ],
    [
        (
            "user",
            "I rent out the room above my mini market. Can you help me write a rent reminder letter?",
        ),
        (
            "assistant",
            "Sure. Tell me the tenant's name, amount owed, months in arrears and the deadline you want to give.",
        ),
        (
            "user",
            "Tenant is Kenneth Yap Chee Hong, owes 2 months = RM1,400, phone 012-617 9083 always off. Give him until 15 Dec or I change the lock.",
        ),
    ],
]
