# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms106: kedai mi, restoran mamak dan kedai makan in Malaysia (pekerja asing, permit, katering, aduan, pembekal, WhatsApp). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms106
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis kedai"): _lines("""
        NOTIS: Mulai 1 Mac 2025 harga teh tarik naik 20 sen kepada RM2.20 disebabkan kenaikan harga susu pekat. Harap maklum. – Pengurusan Restoran Seri Murni
        Kedai ditutup sempena Hari Raya Aidilfitri dari 30 Mac hingga 3 April. Kami buka semula 4 April jam 7 pagi. Selamat Hari Raya, maaf zahir batin!
        DILARANG MEROKOK dalam kawasan premis makanan termasuk kaki lima berbumbung. Kompaun boleh dikenakan oleh pihak berkuasa. Terima kasih kerana bekerjasama.
        Waktu operasi: Isnin–Sabtu 6.30 pagi – 11.00 malam, Ahad 7.00 pagi – 3.00 petang. Dapur tutup 30 minit sebelum kedai tutup.
        Menu baharu! Mi kari ayam RM9.50, mi sup tulang RM11.00, pan mee kering RM8.90. Tambah telur mata RM1.50.
        Kami TIDAK terima bayaran cek. Boleh bayar tunai, DuitNow QR, Touch 'n Go eWallet dan kad debit.
        Premis ini memegang Sijil Pengesahan Halal Malaysia. Sila rujuk sijil asal yang dipamerkan di kaunter bayaran.
        Untuk tempahan katering sila hubungi talian pejabat 03-8734 2261 (9 pagi – 5 petang) atau emel katering@serimurni.com.my.
        JAWATAN KOSONG: Tukang masak nasi kandar & pembantu dapur. Warganegara Malaysia sahaja. Gaji RM1,800–RM2,500 + elaun + makan. Hubungi pejabat restoran 04-6582 9170.
        Mesin DuitNow rosak hari ini. Maaf atas kesulitan, tunai sahaja sehingga jam 3 petang.
        Sila ambil nombor giliran sebelum beratur di kaunter nasi kandar. Nombor akan dipanggil mengikut urutan di skrin.
        Kedai Mi Ah Keong cawangan Seri Kembangan kini berpindah ke Jalan Besar, bersebelahan Bank Rakyat. Menu dan harga kekal sama.
        Harga yang dipamerkan adalah harga akhir, tiada caj perkhidmatan. Aduan harga boleh dibuat kepada KPDN melalui talian 1-800-886-800 atau aplikasi Ez ADU.
        Tempat letak kereta belakang kedai adalah milik majlis perbandaran, sila bayar parkir melalui aplikasi. Pihak kedai tidak bertanggungjawab atas sebarang saman.
    """),
    ("ms", "soalan pengusaha"): _lines("""
        Macam mana nak mohon kuota pekerja asing untuk sektor perkhidmatan restoran? Perlu lesen premis PBT dulu ke atau SSM pun cukup?
        Berapa levi tahunan untuk seorang pekerja asing sektor perkhidmatan di Semenanjung sekarang? Masih RM1,850 ke?
        Pekerja dapur wajib ambil suntikan anti-tifoid ke? Berapa tahun sekali kena ulang dan klinik mana boleh buat?
        Kursus Pengendali Makanan tu sah berapa lama? Kalau staf baru masuk kerja, ada tempoh bertenang sebelum kena hadir kursus?
        Ada sesiapa pernah renew PLKS melalui MyEG? Berapa hari biasanya baru dapat i-Kad?
        Kalau pekerja asing lari, majikan kena buat laporan ke Imigresen dalam tempoh berapa hari? Levi yang dah bayar boleh tuntut balik tak?
        Restoran tak perlu daftar cukai perkhidmatan kalau jualan tahunan bawah RM1.5 juta kan? Atau ada syarat lain?
        Untuk Akta 446, asrama pekerja kena ada perakuan penginapan dari JTK. Rumah kedai tingkat atas boleh dijadikan asrama tak?
        Cara buat caruman bulanan PERKESO untuk pekerja asing melalui portal ASSIST, ada tutorial step by step tak?
        Gaji minimum RM1,700 tu terpakai untuk pekerja asing juga atau warganegara sahaja?
        Kalau kena kompaun DBKL sebab letak meja kerusi atas kaki lima, boleh rayu tak? Biasanya berapa amaun kompaun?
        Macam mana nak kira harga pakej katering per kepala untuk 300 orang, termasuk kos pinggan pakai buang dan pengangkutan?
        Apa beza lesen premis makanan dengan lesen perniagaan? Kedai mi kecil di bawah rumah kedai perlukan dua-dua ke?
        Sistem POS mana sesuai untuk mamak kecil dua kaunter? Kena sokong DuitNow QR dan e-Invois LHDN.
    """),
    ("mixed", "kumpulan whatsapp"): _lines("""
        Gas tong 14kg dah habis 2, tinggal 1 je. Sapa pergi ambik kat kedai gas pagi esok?
        Bos, ayam hari ni sampai lambat, lori supplier rosak kat Sungai Besi. Nasi ayam mungkin lambat sikit.
        Reminder semua: pukul 3 petang ni cuci dapur besar, semua kuali & hood kena gosok. Jangan balik awal ok.
        Stock teh Boh tinggal 3 kotak, Milo 2 tin besar, susu pekat 1 karton. Order sebelum Jumaat.
        Today very busy lah, tosai batter habis by 9am. Tomorrow double the batch ok?
        Customer tanya ada menu tanpa MSG ke, cakap kita boleh buat mi sup tanpa perasa tambahan tapi kuah tetap guna tulang.
        Shift minggu depan ikut jadual yang tampal kat pintu stor. Nak tukar shift bincang sesama sendiri dulu baru bagitau supervisor.
        Inspektor kesihatan mungkin datang minggu ni, pastikan semua pakai apron, topi dan kasut tertutup. Tong sampah mesti ada penutup.
        Foodpanda order #FP-6QK2-8831 cancel sebab rider tak sampai 40 minit. Makanan dah masak, letak kat rak belakang.
        Mesin kopi bocor lagi, dah call service centre, technician datang Selasa antara 10am-1pm.
        Guys, tolong jangan letak beg peribadi atas rak bahan mentah. Inspector nampak boleh kena saman.
        Semalam jualan RM4,832.50, tunai RM1,910.00, QR RM2,922.50. Petty cash baki RM180.
        Cuti Thaipusam kedai buka macam biasa, tapi kaunter tosai tutup sebab ramai staf pergi Batu Caves.
        Kelulusan kuota dah keluar, rujukan JTKSM/KTK/2025/011872 untuk 4 orang tukang masak. Next step bayar levi kat portal.
    """),
    ("ms", "pesanan katering"): _lines("""
        Pakej A (RM18/kepala): nasi minyak, ayam masak merah, dalca sayur, acar timun, air sirap. Minimum 100 pax.
        Pakej Mamak Korporat (RM22/pax): nasi briyani kambing, ayam tandoori, dal, papadom, teh tarik ais. Termasuk penghantaran dalam Lembah Klang.
        Borang Tempahan Katering | Nama Pelanggan: __________ | No. Telefon: __________ | Tarikh Majlis: ___/___/______ | Bilangan Tetamu: ____ | Deposit 30%: RM______
        Tempahan No. KT-2025-0317 | Majlis: Jamuan Hari Keluarga Syarikat | Lokasi: Dewan Serbaguna Seksyen 7 Shah Alam | 250 pax | Status: deposit diterima
        Sebut harga SH/0425/118 untuk Jabatan Kesihatan Daerah Petaling: 80 kotak nasi lemak ayam @ RM9.00, jumlah RM720.00, tidak termasuk caj penghantaran RM30.
        Syarat tempahan: deposit tidak dikembalikan jika pembatalan dibuat kurang 7 hari sebelum tarikh majlis. Perubahan bilangan tetamu dibenarkan sehingga 3 hari sebelum.
        Menu majlis tahlil (50 orang): mi hoon goreng, kuih-muih 3 jenis, bubur kacang, teh O panas. Harga pakej RM450.
        Pesanan Surau Al-Hidayah Taman Bukit Indah untuk berbuka puasa: 120 bungkus nasi kandar ayam, hantar jam 6.30 petang setiap Jumaat bulan Ramadan.
        Invois Katering INV-KT-00931: 3 dulang mi goreng mamak, 2 dulang rojak pasembur, 1 tong teh tarik 20 liter. Jumlah RM1,140.00. Tempoh bayaran 30 hari.
        Peralatan disediakan: chafing dish, meja bufet beralas kain, pinggan melamin. Khemah dan kerusi disewa berasingan.
        Untuk majlis kahwin lebih 500 tetamu, kami cadangkan sesi rasa makanan 2 bulan sebelum. Slot setiap Sabtu jam 3 petang.
        Tempahan roti jala & kari ayam 200 set untuk Sekolah Kebangsaan Taman Sri Muda, Hari Sukan 22 Julai. Guru penyelaras akan hubungi pejabat kami.
        Penghantaran 150 set bento nasi kerabu ke lobi menara pejabat di Jalan Tun Razak, sampai sebelum 12.15 tengah hari, kos tambahan RM1.20 sekilometer selepas 30 km.
    """),
    ("en", "sop dan polisi"): _lines("""
        All food handlers must complete the Food Handler Training Course and receive anti-typhoid vaccination before starting work; copies of certificates are kept in the staff file.
        Chilled items (chicken, fish, dairy) must be received at 5°C or below; reject any delivery above 8°C and record the temperature on the goods receiving log.
        Cooked curry on the display counter must be held above 60°C. Discard anything left at room temperature for more than 4 hours.
        Employers may not keep workers' passports. Return every passport to its holder and offer a lockable locker if the worker asks for safekeeping.
        Salary is paid by the 7th of the following month by bank transfer to the worker's own account; any cash payment needs a signed acknowledgement.
        Complaint handling: acknowledge within 24 hours, offer a replacement or refund for wrong orders, log the case number in the complaint sheet and review weekly.
        Any staff member with diarrhoea, vomiting, fever or an infected cut must report to the supervisor and may not handle open food until cleared.
        Cleaning schedule: exhaust hood filters weekly, grease trap fortnightly, cold room deep clean monthly, pest control visit every 6 weeks.
        Allergen notice: our satay sauce and rojak contain peanuts; mee goreng mamak may contain prawn and soy. Please inform the cashier of any allergies.
        Worker hostels must meet the Act 446 minimum standards: adequate sleeping space per worker, a separate bed and mattress, clean water, ventilation and a first-aid kit.
        Overtime beyond the normal daily hours is paid at 1.5 times the hourly rate; rest days and public holidays follow the Employment Act 1955 rates.
        Customer details from catering bookings may only be used for that booking and must be removed from the order book 6 months after the event.
        Cash handling: two staff count the drawer at closing, record totals on the daily sales sheet and lock the cash in the safe before 11.30 pm.
    """),
    ("ms", "pembekal dan invois"): _lines("""
        Invois No. INV/2025/04/0218 daripada Ayam Segar Rawang Sdn. Bhd. (SSM 201901023456 / 1334567-K): 120 kg ayam proses @ RM9.40 = RM1,128.00.
        Pesanan Belian PO-SM-0412: tepung gandum 25 kg x 10 guni, minyak sapi 5 kg x 4 tin, gula pasir 1 kg x 50 paket. Hantar Rabu sebelum 10 pagi.
        Nota Penghantaran DO-88213: 40 tong gas LPG 14kg diterima, 3 tong kosong dipulangkan. Tandatangan penerima di belakang.
        Harga sayur minggu ini dari Pasar Borong Selayang: kubis RM3.20/kg, sawi RM4.50/kg, tauge RM2.80/kg, cili merah RM14.00/kg.
        Penyata akaun pembekal bulan Mac: baki tertunggak RM3,482.60, sila jelaskan sebelum 15 April untuk elak caj lewat 1.5%.
        Tracking kiriman mesin pengisar daripada pembekal di Johor Bahru: EP481927365MY, anggaran sampai 2 hari bekerja.
        Kilang Mi Hup Seng Klang naikkan harga mi kuning segar 30 sen sekilo mulai bulan depan. Surat notis kilang dilampirkan.
        No. Pendaftaran SST pembekal: B16-1808-32000417. Invois cukai mesti ada nombor ini untuk tujuan tuntutan.
        Kod produk TEH-BOH-2KG, MILO-1.5KG-TIN, SUSU-PKT-500G sudah dimasukkan dalam sistem inventori. Harga kos dikemas kini pada 1/4/2025.
        Beras Siam Super 10 kg, lot kelompok #B250311-07, tarikh luput 11/03/2026, kuantiti 60 beg.
        Syarat pembayaran: 30 hari dari tarikh invois. Pindahan ke akaun syarikat sahaja, jangan bayar tunai kepada wakil jualan.
        Sebut harga pemasangan hood dapur keluli tahan karat daripada Kejuruteraan Dapur Bestari Sdn. Bhd.: RM6,800 termasuk motor ekzos 1.5 HP, siap dalam 10 hari.
        e-Invois LHDN UUID 4f9c2a7e-81b3-4c55-9d2e-0a7b3f61c8d4 telah disahkan untuk invois INV/2025/04/0231.
    """),
    ("mixed", "ulasan pelanggan"): _lines("""
        Roti canai garing, kuah dal pekat. Teh tarik kurang manis macam yang saya minta. 5 bintang!
        Mi kari ok but the kuah was lukewarm, maybe sebab datang dah lewat petang. Will try again in the morning.
        Service lambat gila waktu lunch, tunggu 25 minit untuk nasi goreng kampung. Harap boleh tambah staf.
        Harga naik tapi portion makin kecil. RM12 untuk nasi kandar ayam tanpa telur, agak mahal bagi saya.
        Tandas kedai kotor dan tak ada sabun. Tolong ambil perhatian, ini kedai makan.
        Best mamak in Seksyen 13 for late night supper. Maggi goreng double telur power!
        Order melalui GrabFood, dapat mi goreng padahal order mi hoon goreng. Dah report dalam app, dapat refund.
        Kedai mi ni dah buka sejak 1978, rasa wantan mee masih sama macam zaman sekolah dulu.
        Parking susah, kena double park. Tapi makanan berbaloi.
        Nampak lipas kat dinding dekat sinki. Terus hilang selera. 1 bintang.
        Staff ramah, boleh cakap Melayu, English dan Tamil. Suka tosai rawa dia.
        Ada rambut dalam mi sup. Manager datang minta maaf dan ganti baru tanpa caj. Good handling.
    """),
    ("ms", "berita dan sejarah"): _lines("""
        Istilah "mamak" merujuk kepada komuniti Muslim India, dan restoran mamak berkembang pesat di bandar-bandar Malaysia sejak 1980-an.
        Datuk Seri Anwar Ibrahim mengumumkan gaji minimum dinaikkan kepada RM1,700 sebulan berkuat kuasa 1 Februari 2025 dalam pembentangan Bajet 2025.
        Dalam filem Seniman Bujang Lapok (1961) arahan P. Ramlee, watak Ramli, Sudin dan Aziz menyewa di rumah tumpangan sambil mencuba nasib menjadi pelakon.
        Kartunis Lat dalam buku Kampung Boy menggambarkan kehidupan kanak-kanak di sebuah kampung di Perak.
        Nasi kandar mendapat nama daripada cara penjaja dahulu memikul nasi dan lauk dalam dua bakul yang digantung pada sebatang kayu kandar.
        Kerajaan memperkenalkan subsidi minyak masak paket 1 kg di bawah Program Penstabilan Harga Minyak Masak (COSS).
        Watak Mat Jenin dalam cerita rakyat Melayu sering dijadikan sindiran kepada orang yang berangan-angan tinggi.
        Menurut laporan media, Jabatan Imigresen menjalankan operasi bersepadu di beberapa restoran di Lembah Klang dan menahan pekerja tanpa dokumen sah.
        Pan mee dipercayai berasal daripada masyarakat Hakka dan kini popular di Kuala Lumpur, termasuk versi chilli pan mee.
        Teh tarik sering dianggap minuman kebangsaan tidak rasmi Malaysia, dan pertandingan menarik teh selalu diadakan di pesta makanan.
    """),
    ("en", "kod pos"): _lines("""
        SELECT outlet_id, SUM(total) FROM sales WHERE sale_date BETWEEN '2025-03-01' AND '2025-03-31' GROUP BY outlet_id;
        {"printer": "EPSON TM-T82X", "receipt_footer": "Terima kasih, datang lagi!", "tax_rate": 0.06, "currency": "MYR"}
        menu_items.csv columns: sku, name_ms, name_en, price_rm, category, is_halal, is_available
        def service_charge(subtotal: float) -> float: return round(subtotal * 0.10, 2) if subtotal > 0 else 0.0
        ORDER_PREFIX = "SM-" + datetime.now().strftime("%y%m%d") + "-" + str(seq).zfill(4)
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        BORANG PERMOHONAN PAS LAWATAN KERJA SEMENTARA | NAMA: MD RAKIBUL HASAN | WARGANEGARA: BANGLADESH | NO. PASPORT: EB0847216 | TARIKH LAHIR: 12/05/1994 | JAWATAN: PEMBANTU DAPUR | MAJIKAN: RESTORAN SERI MURNI (KAJANG) SDN BHD
        Senarai asrama pekerja Lot 22 Jalan Reko: Bilik 1 – Bikash Thapa, Ram Bahadur Gurung; Bilik 2 – Aung Ko Ko, Min Thu; Bilik 3 – Joko Santoso. Pemeriksaan JTK 18 Jun.
        Rekod suntikan tifoid: Nur Aisyah binti Kamarulzaman (kaunter) – 12/02/2025, Klinik Kesihatan Kajang; Tan Mei Ling (dapur mi) – belum, temujanji 3/3.
        Slip gaji Mac 2025 | SURESH A/L MUNIANDY | Tukang masak tosai | Gaji pokok RM1,700.00 | OT 22 jam RM269.71 | Potongan pendahuluan RM300.00 | Bersih RM1,669.71 | Maybank 1640 8827 3315
        Tempahan katering kenduri kahwin: Puan Rohani binti Abdul Rahman, 012-387 4419, No. 14 Jalan Mawar 3, Taman Sri Cheras, 56100 Kuala Lumpur. 450 pax, 21 Jun. Deposit RM2,400 dah masuk.
        Laporan kemalangan: pekerja Joko Santoso (pasport C4471839) melecur tangan kiri kena minyak panas jam 9.40 malam, dibawa ke Hospital Kajang, dapat MC 5 hari.
        Aduan pelanggan #ADN-0291: En. Hafiz Zulkifli (013-552 9081) kata anak dia sakit perut dan muntah lepas makan nasi ayam di cawangan Bangi pada 6/4. Minta bayaran balik dan laporan.
        Surat amaran pertama kepada Aung Ko Ko (No. Pasport MH482019) kerana datang lewat lebih 1 jam sebanyak 4 kali dalam bulan Mei 2025 tanpa alasan munasabah.
        Bayaran sayur minggu ni masuk akaun CIMB Pak Harun bin Said 7063418852, jumlah RM1,236. Dia minta bank in sebelum Jumaat sebab anak nak daftar universiti.
        Laporan pekerja melarikan diri kepada Jabatan Imigresen: Bikash Thapa, warganegara Nepal, Pasport PA2281946, PLKS tamat 30/09/2025, kali terakhir dilihat 14/07/2025 di asrama Jalan Reko.
        Kad pengenalan tertinggal di meja 12 malam tadi: NUR SYAFIQAH BINTI AZMAN, 010811-10-9520. Disimpan di laci kaunter, tuan punya boleh ambil dengan pengesahan.
        Permohonan lesen premis makanan | Pemohon: MUTHUSAMY A/L KRISHNAN | No. K/P: 681201-09-2473 | Alamat rumah: No. 7 Lorong Kenari 2, Taman Kenari, 08000 Sungai Petani, Kedah
        Kak Yati, Bang Li dah transfer duit katering ke Maybank akak 5141 2378 9904 ke belum? Saya nak confirm sebelum hantar 200 bungkus nasi lemak esok.
        Zaki budak bengkel motor sebelah (no dia 017-264 8812) hutang RM86.50 sejak bulan lepas, jangan bagi tulis buku lagi sampai dia bayar.
        Senarai pekerja perlu FOMEMA tahun ni: 1) Md Shahin Alam – EF3390125 – 4 Ogos; 2) Sagar Rai – PA1830574 – 11 Ogos; 3) Ni Made Ayu Lestari – C5520917 – 19 Ogos.
        Tan Mei Ling minta cuti tanpa gaji 2 minggu sebab ibu dia masuk wad di Hospital Seri Manjung kena strok.
        Memo: Encik Faizal Rahim, pemilik Myvi putih WVA 4127, sudah 3 kali halang lorong punggah barang. Akan dilaporkan kepada pengurusan bangunan jika berulang.
        Tuntutan PERKESO: Ramesh a/l Subramaniam, K/P 790721-07-5299, jatuh tangga stor pada 2/5/2025, patah pergelangan tangan kanan, cuti sakit 6 minggu.
        Saya Siti Khadijah binti Omar, pembantu kaunter cawangan Bangi, memohon cuti bersalin 98 hari mulai 1 Ogos 2025. Tarikh jangkaan bersalin 10 Ogos.
        Borang data pekerja | Nama: Loh Kok Weng | K/P: 850909-08-1883 | Tel: 016-720 3385 | Alamat: 22A Jalan Bendahara 4, Taman Bendahara, 31650 Ipoh | Waris: Loh Siew Fong (isteri)
        Pelanggan tetap Dr. Kavitha a/p Raman tempah 40 set tosai & vadai untuk rumah terbuka Deepavali di No. 31 Jalan SS 2/24, Petaling Jaya. Hantar 2 Nov jam 11 pagi, bayar tunai.
        Ni Made Ayu Lestari tanya boleh tak dia kirim duit kepada keluarga di Bali guna akaun bos sebab akaun bank dia dibekukan.
        Senarai hitam tempahan: 019-331 7042 (lelaki, beri nama Amin) dah 3 kali tempah 100 bungkus lepas tu tak datang ambil. Jangan terima tanpa deposit penuh.
        Rekod disiplin cawangan Kajang: 12/06 – Min Thu (dapur) didapati merokok dalam stor bahan kering, amaran lisan. 20/06 – berulang, amaran bertulis.
        Pembekal ikan runcit Abang Din (Kamarudin bin Yusof), 011-2389 4471, jual ikan kembung RM13/kg, hantar setiap Selasa dan Sabtu ke pintu belakang.
        Pemenang cabutan bertuah pelanggan setia bulan Mei: Chong Wai Keat (kad ahli #0419) menang baucar makan RM100. Hubungi 014-925 6630 untuk tuntutan.
        Ahli group Pekerja SM Kajang: +60 18-446 2097 (Sagar), +60 10-882 4153 (Shahin), +60 11-1547 9036 (Kak Ros kaunter pagi).
        Pendahuluan gaji diluluskan: Md Shahin Alam RM500 untuk kos rawatan gigi isteri di Dhaka, potong RM100 sebulan mulai Jun.
        Nota penyelia: Rosnah binti Ismail (kaunter malam) ada kencing manis, izinkan dia rehat 10 minit untuk makan bila gula darah turun.
    """),
    "mixed": _lines("""
        bos, rasel punya permit expired 14/3 tau, passport dia A04419382 pun tinggal 5 bulan je. kena renew passport kat High Com Bangladesh dulu baru boleh buat PLKS.
        Hi kak, my son Arjun's birthday party this Sat at Unit 12-3A Residensi Bayu, Jalan Klang Lama. 60 pax, nasi briyani + ayam 65. Call me 017-3398145, Priya.
        Customer claim kena double charge RM238.40, Visa 4557 0381 5943 9339, nama Lim Hui Shan, bank statement dia dah attach dalam email.
        Grab rider Azlan 012-918 3306 complain dia kena marah dengan staff kita sebab makanan lambat, dia nak report ke Grab. Sapa jaga kaunter masa tu?
        Boss, Joko punya wife call dari Surabaya, anak dia demam denggi masuk hospital. Dia nak balik kampung urgent, tiket flight RM680, boleh advance gaji?
        Vinoth a/l Ganesan ambik RM50 dari laci tanpa tulis dalam buku, CCTV pukul 9.12pm. Please settle sebelum payday ye.
        Catering confirm: Mr & Mrs Daniel Fernandez, 40th anniversary, 80 pax devil curry + nasi lemak, venue rumah dia No. 5 Jalan Pantai Baru, Melaka. Balance RM1,520 on the day.
        Staff baru: Kumar s/o Rajendran, IC 830228-13-6273, start Monday as roti man, gaji RM1,900. Tolong add dia dalam group dan daftar KWSP.
        aduan jiran asrama: bilik no.3 bising sampai 2am, ram bahadur gurung dengan kawan dia minum arak kat tangga. landlord dah bagi warning last.
        Mdm Wong Siew Lan 0197458213 nak order 30 bungkus mee hokkien untuk birthday ke-80 mak dia, Ahad 12pm, self pick up.
        Please transfer refund to customer Nurul Huda bt Hashim, Bank Islam 12029010234567, RM45.60 sebab DuitNow terbayar dua kali.
        SG customer nak tempah katering open house kat JB: Ms Tay Li Ping, NRIC S8812345Z, hp +65 9736 2184, deposit bayar PayNow.
    """),
    "en": _lines("""
        Incident report 23/05/2025: customer Mr. Gurpreet Singh s/o Harbhajan Singh (013-662 0481) found glass in his mee goreng at table 4; minor cut to the lip, first aid given, declined hospital.
        To whom it may concern: Mr. Sagar Rai, Nepali passport PA1830574, worked as a kitchen helper at Restoran Seri Murni from 2021 to 2025 and left on good terms.
        Staff emergency contacts: Lim Chee Keong (cook, night shift) – wife Lim Mei Yee, +60 12-455 7031.
        Please email the catering quote to the bride's mother, Puan Zalina, at zalina.kamal72@gmail.com; the wedding is on 14 Sept at her house in Bandar Baru Bangi.
        Payroll note: RM250 is deducted monthly from Ahmad Fauzi bin Mat Nor's salary under a court order for child maintenance.
        Lost property: black wallet containing the MyKad of SHARIFAH NORLIZA BINTI SYED HAMID (930516-12-6850) handed in at 10.15 pm; kept in the office safe.
        The new cashier, Melissa de Souza, asked to avoid Sunday shifts because she attends Mass in Ujong Pasir and looks after her father, who has dementia.
        Booking CT-0662: Mr. Hariharan a/l Velu, 40 pax vegetarian thali, deliver to No. 9 Lorong Sentosa 5, Taman Sentosa, 41200 Klang; paid by Mastercard 5204 7474 7298 5620.
        Labour complaint: Muhammad Usman Tariq (Pakistan passport AQ3318720) says he was not paid overtime for March and April 2025 and wants his passport returned by the employer.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu sumber manusia untuk sebuah rangkaian restoran mamak di Selangor.",
        ),
        (
            "user",
            "Tolong draf surat amaran untuk pekerja dapur Mohd Irwan bin Zainal, IC 871003-06-2353. Dia tinggalkan dapur tanpa izin 2 kali minggu lepas.",
        ),
        (
            "assistant",
            "Baik. Draf: 'Kepada Encik Mohd Irwan bin Zainal (No. K/P 871003-06-2353). Perkara: Surat Amaran Pertama. Pihak pengurusan mendapati tuan telah meninggalkan tempat kerja tanpa kebenaran pada dua kali dalam minggu lepas...' Mahu saya masukkan tarikh sebenar?",
        ),
        (
            "user",
            "Ya, 3 Jun dan 5 Jun. Tambah juga dia tertidur masa syif malam 6 Jun, supervisor Kak Ros yang nampak.",
        ),
    ],
    [
        (
            "user",
            "Berapa levi kena bayar tahun ni untuk 3 pekerja dapur aku? Semua sektor perkhidmatan, Semenanjung.",
        ),
        (
            "assistant",
            "Untuk sektor perkhidmatan di Semenanjung, levi ialah RM1,850 seorang setahun, jadi 3 pekerja berjumlah RM5,550. Boleh berikan butiran pekerja jika mahu saya sediakan senarai untuk pembaharuan?",
        ),
        (
            "user",
            "1) Md Shahin Alam, pasport EF3390125, PLKS tamat 4/8. 2) Sagar Rai, PA1830574, tamat 11/8. 3) Sanjay Kumar, pasport India T7720461, tamat 2/9. Susun ikut tarikh tamat.",
        ),
        (
            "assistant",
            "Senarai ikut tarikh tamat: Md Shahin Alam (EF3390125) – 4/8; Sagar Rai (PA1830574) – 11/8; Sanjay Kumar (T7720461) – 2/9. Jumlah levi RM5,550.",
        ),
    ],
    [
        (
            "system",
            "You help a small restaurant owner reply to customer complaints politely in Bahasa Melayu.",
        ),
        (
            "user",
            "Customer nama Farah Nadia binti Rashid, no 011-6082 5137, WhatsApp kata dia dan suami cirit-birit lepas makan nasi kandar sotong kat kedai kami hari Sabtu. Tolong tulis balasan.",
        ),
        (
            "assistant",
            "Cadangan balasan: 'Puan Farah Nadia, kami amat kesal mendengar puan dan suami tidak sihat selepas makan di premis kami. Boleh kongsikan resit dan laporan klinik supaya kami dapat menyiasat...'",
        ),
        ("user", "Ok tambah kami akan bayar balik kos klinik RM85 dia."),
    ],
    [
        (
            "user",
            "Saya nak sebut harga katering kahwin 350 pax, menu nasi minyak, ayam masak merah, daging kurma, dalca. Harga dalam RM20 sekepala.",
        ),
        (
            "assistant",
            "Anggaran: 350 pax x RM20 = RM7,000. Termasuk chafing dish dan pinggan melamin; khemah dan kerusi berasingan. Deposit 30% iaitu RM2,100 untuk kunci tarikh.",
        ),
        (
            "user",
            "Letak nama pelanggan Encik Shamsul Bahri bin Ahmad, tel 019-220 4668, majlis di rumah pengantin No. 18 Jalan Cempaka 7, Taman Cempaka, 43000 Kajang, 9 Ogos.",
        ),
        (
            "assistant",
            "Sebut harga dikemas kini: Pelanggan Encik Shamsul Bahri bin Ahmad (019-220 4668), lokasi No. 18 Jalan Cempaka 7, Taman Cempaka, 43000 Kajang, tarikh 9 Ogos, 350 pax, jumlah RM7,000.",
        ),
    ],
    [
        (
            "user",
            "help me write whatsapp msg to my worker Sanjay Kumar remind him FOMEMA appointment 9 Sep 9am, bring passport T7720461 and 2 photos",
        ),
        (
            "assistant",
            "Hi Sanjay, reminder: your FOMEMA medical check is on 9 September at 9am. Please bring your passport (T7720461) and 2 passport photos. Come to the office by 8.15am, we go together.",
        ),
        (
            "user",
            "also tell him clinic wants re-test because last year his blood test showed hepatitis B, so dont eat from midnight",
        ),
    ],
    [
        (
            "user",
            "Macam mana nak hantar gaji pekerja Bangladesh terus ke keluarga dia? Ada cara murah?",
        ),
        (
            "assistant",
            "Biasanya melalui syarikat kiriman wang berlesen Bank Negara atau aplikasi pengiriman wang; penerima boleh terima ke akaun bank atau dompet mudah alih di Bangladesh. Elakkan ejen tidak berlesen.",
        ),
        (
            "user",
            "Ok. Pekerja tu Md Rakibul Hasan, nak hantar RM900 ke bKash isteri dia Shirin Akter +880 1712 486539. Gaji dia masuk Public Bank 4-8820317-16. Tolong tulis arahan untuk kerani.",
        ),
    ],
    [
        ("system", "Anda membantu pemilik kedai mi menguruskan asrama pekerja."),
        (
            "user",
            "Tuan rumah asrama, Encik Lee Chong Hin (012-771 3092), nak naikkan sewa dari RM1,800 ke RM2,300 mulai Oktober. Tolong draf mesej untuk tawar-menawar.",
        ),
        (
            "assistant",
            "Draf: 'Encik Lee, terima kasih atas makluman. Kami penyewa sejak 2021 dan sentiasa bayar tepat masa. Boleh kita bincang kenaikan bertahap, RM2,000 untuk tahun pertama?'",
        ),
        ("user", "Bagus. Sebut juga dia belum baiki paip bocor bilik air tingkat atas sejak Jun."),
    ],
    [
        (
            "user",
            "Tolong susun jadual syif dapur minggu depan untuk 6 orang, syif pagi 6am-2pm dan petang 2pm-10pm.",
        ),
        (
            "assistant",
            "Boleh. Cadangan: 3 orang syif pagi dan 3 orang syif petang, giliran tukar pada hari Khamis, setiap orang dapat satu hari rehat. Ada kekangan yang perlu saya ambil kira?",
        ),
        (
            "user",
            "Kak Ros (Rosmah binti Daud) baru lepas bedah lutut, jangan bagi syif berdiri lama. Bikash minta off 26 Ogos sebab nak ke Pejabat Kedutaan Nepal renew pasport. Yang lain tak kisah.",
        ),
        (
            "assistant",
            "Baik: Rosmah binti Daud diletakkan di kaunter bungkus (boleh duduk) syif pagi; Bikash off pada 26 Ogos dan diganti oleh syif petang.",
        ),
    ],
    [
        (
            "user",
            "Ringkaskan aduan dalam group WhatsApp taman ni: 'Jason Teoh (016-448 9027) kata kereta Honda City dia BQT 8821 kena calar masa parking depan restoran kita, dia minta CCTV 14/9 pukul 8-9 malam.'",
        ),
        (
            "assistant",
            "Ringkasan: Jason Teoh mendakwa Honda City BQT 8821 miliknya tercalar semasa diletakkan di hadapan restoran pada 14/9 antara 8-9 malam dan meminta rakaman CCTV. Nombor hubungan 016-448 9027.",
        ),
        ("user", "Ok tulis jawapan kami akan semak CCTV dan hubungi dia esok."),
    ],
    [
        ("user", "Apa maklumat wajib untuk daftar pekerja baru dalam KWSP?"),
        (
            "assistant",
            "Biasanya nama penuh seperti dalam MyKad, nombor kad pengenalan, tarikh mula bekerja, gaji bulanan, dan nombor ahli KWSP jika sudah ada. Majikan daftar melalui i-Akaun Majikan.",
        ),
        (
            "user",
            "Isi untuk dia: Nur Fatihah binti Ahmad, IC 970308-05-6516, tel 010-934 2718, mula 1 Julai, gaji RM1,750, akaun RHB 2-14212-0038419-3.",
        ),
        (
            "assistant",
            "Butiran pendaftaran: Nama Nur Fatihah binti Ahmad; No. K/P 970308-05-6516; Tel 010-934 2718; Tarikh mula 1/7; Gaji RM1,750; Akaun gaji RHB 2-14212-0038419-3. Sila semak sebelum dihantar.",
        ),
    ],
]
