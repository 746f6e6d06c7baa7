# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms98: Bahasa Melayu used-car dealers and car financing (ads, bookings, ownership transfer, loans, claims, WhatsApp). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms98
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "iklan kereta terpakai"): _lines("""
        Perodua Myvi 1.5 AV 2019, satu pemilik, mileage 68k km, rekod servis penuh Perodua, harga RM 45,800 boleh runding. Loan kedai boleh bantu.
        DIJUAL: Honda City 1.5 V i-VTEC 2017 (reg 2018), warna Modern Steel, 92,000 km, tayar baru 4 biji, RM 55,900. Deposit RM 500 sahaja.
        Toyota Vios 1.5G 2016 | Auto | Full Body Kit | Kereta kedai, bukan sambung bayar | RM 42,500 | Waranti enjin & gearbox 1 tahun
        PROMOSI HUJUNG TAHUN Autokita Motor Sdn Bhd: semua stok recond Toyota Alphard 2.5 SC 2018 dapat rebat RM 3,000 + insurans percuma tahun pertama. Lawati bilik pameran kami di Jalan Kapar, Klang.
        Proton X70 1.8 TGDI Premium 2WD 2020, cat original tak pernah repaint, Puspakom lulus, harga nett RM 78,888. Stok No. AK-2311-046.
        Mercedes-Benz C200 W205 Avantgarde 2015, CKD, 110k km, rekod servis penuh di pusat servis sah, RM 89,000. Gambar penuh di laman web kami.
        Recond Honda Vezel 1.5 Hybrid Z 2018 Unreg, gred 4.5, mileage 27k disahkan laporan lelong Jepun. Harga atas jalan tanpa insurans RM 92,800.
        Kereta sambung bayar? KAMI TIDAK JUAL. Semua kereta di bilik pameran kami ada geran asal dan boleh pindah milik serta-merta.
        Nissan Almera 1.0 Turbo VLT 2021, mileage rendah 31,000 km, baki waranti kilang sehingga 2026. RM 63,500. Trade-in diterima.
        Perodua Axia 1.0 G 2015 manual – sesuai kereta pertama budak baru dapat lesen. RM 17,900 sahaja. Hubungi bilik pameran 03-3343 9021 (waktu pejabat).
        Mazda CX-5 2.5 GLS 2WD 2017, sunroof, kerusi kulit, RM 74,000 runding. Boleh tengok di Kedai Kereta Sinar Jaya, Lot 12, Jalan Perusahaan 2, Prai.
        BMW 320i Sport F30 2016 LCI, RM 69,800. Pembiayaan sehingga 9 tahun tertakluk kepada kelulusan bank.
        Honda HR-V 1.8 RS 2019 – pakej servis percuma 2 kali, tinted 3M baru, full loan boleh dipertimbangkan untuk penjawat awam.
        STOK BARU MINGGU INI: 3 unit Myvi 1.3 G, 2 unit Bezza 1.3 X, 1 unit Alza 1.5 AV. Datang awal, siapa cepat dia dapat.
    """),
    ("ms", "pembiayaan sewa beli"): _lines("""
        Di bawah Akta Sewa Beli 1967, faedah pinjaman kereta biasanya dikira secara kadar rata atas jumlah pinjaman asal sepanjang tempoh.
        Contoh: pinjaman RM 50,000, kadar 3.0% setahun, tempoh 9 tahun → faedah RM 13,500, ansuran bulanan lebih kurang RM 588.
        Jadual: Harga RM 40,000 | Deposit 10% RM 4,000 | Pinjaman RM 36,000 | 5 thn @ 3.5% = RM 705/bln | 7 thn = RM 534/bln | 9 thn = RM 438/bln
        Bank biasanya membiayai sehingga 90% harga kereta; untuk kereta terpakai yang sudah berusia, tempoh pinjaman mungkin dihadkan kepada 5 tahun.
        Dokumen permohonan pinjaman kereta: salinan MyKad depan belakang, slip gaji 3 bulan terkini, penyata bank 3 bulan, penyata KWSP dan surat pengesahan majikan.
        Bekerja sendiri? Sediakan Borang B LHDN dua tahun terkini, sijil SSM perniagaan dan penyata akaun perniagaan 6 bulan.
        CCRIS menunjukkan rekod bayaran balik pinjaman 12 bulan lepas; CTOS pula mengumpul maklumat awam seperti kes mahkamah dan kebankrapan.
        Pembiayaan Islamik AITAB menggunakan konsep Al-Ijarah Thumma Al-Bai, iaitu sewa diikuti jual, dengan kadar keuntungan tetap sepanjang tempoh.
        Kalau nisbah khidmat hutang (DSR) anda melebihi 60–70% daripada pendapatan bersih, peluang kelulusan agak tipis.
        Rebat faedah untuk penyelesaian awal pinjaman sewa beli konvensional lazimnya dikira menggunakan formula Rule of 78.
        Surat tawaran pinjaman biasanya sah selama 30 hari; jika lewat ditandatangani, permohonan perlu dinilai semula oleh bank.
        Rujukan permohonan: HPF-2025-0118820 | Status: Diluluskan bersyarat | Jumlah: RM 61,200 | Tempoh: 84 bulan | Kadar: 3.28% rata
        Kenapa bank tolak loan walaupun gaji cukup? Sebab biasa: tunggakan PTPTN, terlalu banyak permohonan dalam masa singkat, atau majikan tiada dalam senarai bank.
        Insurans kredit hayat tidak diwajibkan untuk pinjaman kereta, tetapi disyorkan bagi tempoh pinjaman yang panjang.
        Formula ringkas ansuran kadar rata: (Pinjaman + Pinjaman × Kadar × Tahun) ÷ (Tahun × 12).
    """),
    ("ms", "pindah milik JPJ"): _lines("""
        Langkah pindah milik: 1) pemeriksaan Puspakom B5, 2) penjual dan pembeli hadir untuk pengesahan biometrik, 3) bayar fi pindah milik di kaunter JPJ atau dalam talian.
        Jika kereta masih ada pinjaman, pindah milik hanya boleh dibuat selepas bank menarik balik tuntutan hak milik dan mengeluarkan surat pelepasan.
        Templat surat kuasa: Saya, ____________ (No. MyKad: ____________), pemilik berdaftar kenderaan bernombor pendaftaran ____________, memberi kuasa kepada ____________ untuk menguruskan pindah milik bagi pihak saya.
        Kaunter pindah milik dibuka 8.00 pagi hingga 4.00 petang, Isnin hingga Jumaat. Nombor giliran terakhir dikeluarkan jam 3.30 petang.
        Penjual dan pembeli mesti membawa MyKad asal; wakil syarikat perlu membawa surat kebenaran bercop syarikat.
        Saman tertunggak PDRM, JPJ dan AES perlu diselesaikan terlebih dahulu sebelum pindah milik dapat diproses.
        Nombor pendaftaran kenderaan tidak berubah selepas pindah milik melainkan pemilik baharu memohon nombor pilihan.
        Senarai semak: [ ] Puspakom B5 lulus [ ] Tuntutan hak milik dibatalkan [ ] Saman dijelaskan [ ] Insurans aktif [ ] Biometrik penjual [ ] Biometrik pembeli
        Status pindah milik: MENUNGGU PENGESAHAN BIOMETRIK PEMBELI | Rujukan: PM-20251118-00492
        Mulai 1 Februari 2023, pemilik kenderaan persendirian warganegara Malaysia tidak lagi perlu mempamerkan pelekat cukai jalan; ia boleh disemak melalui aplikasi MyJPJ.
        Pemeriksaan Puspakom akan gagal jika nombor casis atau nombor enjin tidak sepadan dengan rekod pendaftaran.
        Borang JPJ K3 digunakan untuk permohonan pertukaran hak milik kenderaan; isi dengan huruf besar dan jangan gunakan pemadam cecair.
        Pembeli disyorkan menyemak status kenderaan (curi, tarik atau dibeli secara sambung bayar) sebelum membayar wang pendahuluan.
    """),
    ("mixed", "WhatsApp kedai"): _lines("""
        bro myvi gen3 putih dalam iklan tu still ada ke? boleh nego lagi x
        Ada lagi boss. Harga last RM 47k, kalau ambil loan kedai boleh bagi free tinted
        sis kalau kena blacklist ctos boleh buat loan tak? ke kena cash je
        Boleh try bos, tapi deposit kena tinggi sikit, bank mungkin minta 20-30%
        ok noted tq. nanti I datang with my wife around 4pm lah
        Harga OTR ke harga kosong ni? Insurance dengan roadtax include ke tak?
        Semua harga dalam page kami harga kosong ya. OTR tambah lebih kurang RM 1.5k–2k ikut insurans.
        Puspakom dah lulus pagi tadi, next step biometrik kat JPJ. Jumpa depan pintu masuk pukul 9 ya
        eh this one flood car or not ah? why got rust under the seat rail
        Bukan bos, kami ada full inspection report, boleh check sendiri. Untuk recond ada auction sheet Jepun sekali.
        Sorry lambat reply, tadi busy kat auction. Unit Vios tu dah sold semalam, ada unit lain 2018 warna hitam
        Kalau nak test drive Sabtu ni kena booking dulu ya, slot 10am dengan 2pm masih kosong
        paperwork loan dah approved ke belum? bila boleh collect kereta
        Approved dah bos! Bank dah keluar LOU pagi tadi, Khamis boleh ambik kereta
        Admin: Group ni untuk pengumuman stok sahaja. Sila PM bilik pameran untuk tanya harga, jangan spam link.
        weh dealer kat Sungai Besi tu jual kereta sambung bayar ke? harga murah gila, takut kena tipu
    """),
    ("ms", "tuntutan insurans takaful"): _lines("""
        Untuk tuntutan kemalangan, laporan polis mesti dibuat dalam tempoh 24 jam dari masa kejadian.
        Bawa kenderaan ke bengkel panel sahaja; pelaras akan membuat penilaian kerosakan dalam 3–7 hari bekerja.
        Tuntutan OD-KfK membolehkan anda menuntut daripada insurans sendiri tanpa menjejaskan NCD jika anda tidak bersalah.
        No. Tuntutan: CLM/MTR/2025/0078213 | Status: Dalam penilaian pelaras | Bengkel panel: Wira Auto Workshop Sdn Bhd
        NCD untuk kereta persendirian bermula 25% dan boleh naik sehingga 55% selepas 5 tahun berturut-turut tanpa tuntutan.
        Polisi no. VPC-25-118904-01 telah diperbaharui; premium kasar RM 1,842.60, NCD 55%, premium selepas NCD RM 829.17.
        Tuntutan cermin depan tidak menjejaskan NCD jika polisi anda ada perlindungan cermin tambahan.
        Jika kereta dicuri, serahkan kedua-dua kunci asal, laporan polis, salinan geran dan surat pelepasan bank kepada syarikat insurans.
        Templat: Tuan/Puan, merujuk kepada tuntutan no. [NO. TUNTUTAN] bertarikh [TARIKH], kami ingin memaklumkan bahawa dokumen berikut masih belum diterima: [SENARAI].
        Banjir? Perlindungan Special Perils perlu ditambah dalam polisi; tanpanya tuntutan kerosakan banjir akan ditolak.
        Lebihan wajib (excess) RM 400 dikenakan jika pemandu berumur bawah 21 tahun, memegang lesen P atau tidak dinamakan dalam polisi.
        Talian bantuan kecemasan 24 jam Takaful Sejahtera: 1300-88-7214 (tunda percuma sehingga 200 km).
    """),
    ("en", "dealer terms and FAQ"): _lines("""
        All prices shown are cash prices excluding insurance, road tax, transfer fees and Puspakom inspection.
        The RM 1,000 booking fee is refundable only if the bank rejects your loan application within 14 days.
        Recond units come with a 1-year engine and gearbox warranty, subject to servicing at our appointed workshops.
        What is the difference between recond and used? A recond car is an imported used car registered for the first time in Malaysia; a used car already had a Malaysian owner.
        Q: Can I trade in a car that still has a loan? A: Yes. We settle the outstanding balance with your bank and deduct it from the trade-in value.
        Customer privacy: copies of identity documents are kept only until the ownership transfer is completed, then shredded.
        Test drives require a valid driving licence; probationary licence holders must be accompanied by our staff.
        Our showroom hotline 1300-22-8688 is open 9am–7pm daily except public holidays.
        Invoice No. UC-INV-2025-004518 dated 14/11/2025: Perodua Bezza 1.3 AV, RM 38,900, paid in full.
        Warranty claim ticket #WR-88213 opened: gearbox jerking in 2nd gear, awaiting diagnostic report from workshop.
        Tip: always ask for the Japanese auction sheet when buying a recond car and compare the mileage with the dashboard reading.
        Sales executives are not allowed to accept cash deposits into personal accounts; pay only to the company account shown on the official invoice.
    """),
    ("ms", "berita sejarah automotif"): _lines("""
        Proton Saga, kereta nasional pertama Malaysia, dilancarkan pada tahun 1985 ketika Dr Mahathir Mohamad menjadi Perdana Menteri.
        Perodua Kancil mula dijual pada tahun 1994 dan menjadi kereta pertama bagi ramai keluarga Malaysia.
        Pada tahun 2017, Zhejiang Geely membeli 49.9% saham Proton daripada DRB-Hicom.
        DRB-Hicom, kumpulan yang dikawal oleh Tan Sri Syed Mokhtar Al-Bukhary, mengambil alih Proton daripada Khazanah Nasional pada tahun 2012.
        Menteri Pengangkutan Anthony Loke mengumumkan bahawa pelekat cukai jalan tidak perlu dipamerkan lagi bagi kenderaan persendirian mulai 2023.
        Lewis Hamilton memenangi Grand Prix Malaysia di Litar Antarabangsa Sepang pada tahun 2014.
        Watak Mr Bean terkenal dengan Mini berwarna hijau limau dan kunci mangga yang dipasang pada pintunya.
        Dalam filem animasi Cars (2006), watak Lightning McQueen ialah kereta lumba bernombor 95.
        Perodua Myvi generasi pertama dilancarkan pada tahun 2005 dan kekal antara model terlaris di Malaysia.
        Persatuan Automotif Malaysia (MAA) melaporkan jumlah jualan kenderaan baharu pada 2023 mencecah rekod sekitar 799,000 unit.
    """),
    ("ms", "log sistem tempahan"): _lines("""
        [2025-11-18 10:42:07] BOOKING_CREATED id=TD-20251118-0173 model="Honda City RS e:HEV" branch=SHAH_ALAM slot=2025-11-22T10:00 status=PENDING
        stok_id,model,tahun,mileage_km,harga_rm,status / AK-2311-046,Proton X70 1.8 TGDI,2020,48200,78888,TERSEDIA / AK-2311-051,Perodua Bezza 1.3 AV,2022,21030,43800,DITEMPAH
        ERROR 422 loan_submit: medan "ic_no" gagal validasi (dijangka 12 digit, diterima 11). request_id=7f3c9e1a-2b44-4d0e-9a61-5c0d2e88b913
        config: deposit_min_pct: 10 | max_tenure_months: 108 | rate_type: flat | sst_rate: 0.08
        Tempahan No. BK/2025/00912 telah disahkan. Sila bawa dokumen asal pada hari serahan kenderaan.
        SELECT stock_id, model, price_rm FROM inventory WHERE status = 'AVAILABLE' AND year >= 2018 ORDER BY price_rm;
        sha256 laporan pemeriksaan AK-2311-046: f44333d45921be14b7a6d5d4bc4092e54d45735b12cb1edbd187d7d324121a9b
        Versi aplikasi Autokita 4.2.1 (build 20251104): baiki isu muat naik slip gaji dalam format PDF.
        Kod produk aksesori: ACC-TNT-3M-70 (tinted 3M 70%), ACC-DCM-4K (dashcam 4K), ACC-CTG-CER (coating seramik).
        Serahan dijadualkan 28/11/2025 jam 11:00 pagi, petak serahan 3, cawangan Klang.
        [2025-11-20 16:05:51] JOB puspakom_sync selesai: 14 rekod dikemas kini, 0 ralat, tempoh 3.2s
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Borang tempahan: Nama: MOHD HAFIZUL BIN ZAKARIA | No. K/P: 900412-10-5537 | Tel: 013-772 4180 | Model: Perodua Myvi 1.5 AV 2019 | Deposit: RM 500 (tunai)
        Pn. Noraini binti Ismail (K/P 780925-03-5126) memohon pinjaman RM 38,000 untuk Honda City 2016; gaji bersih RM 3,150, masih ada tunggakan PTPTN.
        Saya, LIM CHEE KEONG, No. MyKad 850117-07-5231, pemilik kenderaan PKR 8817, memberi kuasa kepada adik saya LIM CHEE WAI untuk menguruskan pindah milik.
        Rekod pemeriksaan: Kenderaan WVT 6402 milik Encik Ravindran a/l Subramaniam gagal Puspakom B5 kerana nombor casis kabur, perlu cop semula.
        Pelanggan Siti Khadijah binti Abdul Rahman, 29 tahun, guru di sekolah rendah Taman Sri Muda, tempah test drive Perodua Ativa pada 23/11 jam 10 pagi.
        Deposit sila masuk ke Maybank 1140 2236 8901 atas nama Zulkifli bin Hashim, lepas tu hantar resit sebelum ambil kereta.
        Tuntutan insurans: Pemandu Ahmad Fauzi bin Che Mat (K/P 820304-11-5179) terlibat kemalangan di Jalan Kuala Berang pada 12/10/2025, kenderaan TAK 3391 rosak teruk bahagian depan.
        Kepada SHARIFAH NURUL AIN BINTI SYED HAMID, No. 14, Jalan Melur 3, Taman Melur, 68000 Ampang, Selangor. Ansuran 3 bulan tertunggak berjumlah RM 2,145.00 hendaklah dijelaskan dalam 14 hari.
        Senarai hitam dalaman: 1) Kamarul Ariffin bin Jusoh – cek tak laku RM 5,000 (Mac 2025); 2) Tan Boon Hock – tak bayar baki RM 3,200 selepas ambil kereta.
        Pembeli: Encik Gurpreet Singh a/l Harbhajan Singh, tel 012-318 5540, mahu Toyota Hilux 2.4 2019, trade-in Isuzu D-Max nombor plat ALS 7026.
        Dengan ini disahkan bahawa Nurul Hidayah binti Osman (K/P 950722-14-6088) berkhidmat sebagai Pegawai Tadbir gred N29 sejak 2019 dengan gaji pokok RM 3,480 sebulan.
        Status loan: Muthu a/l Karuppiah – DITOLAK (CCRIS tunggakan kad kredit 3 bulan). Cadangkan cari penjamin.
        Penjamin: Norhayati binti Sulaiman, ibu kepada pemohon, beralamat di Lot 221, Kampung Padang Jawa, 40200 Shah Alam; pesara guru, pencen RM 2,700 sebulan.
        Resit No. 004512 – Diterima daripada CHONG WEI MING (K/P 910508-08-6673) wang sebanyak RM 2,000 sebagai deposit tempahan Honda Civic 1.5 TC 2017.
        Makluman tarik kenderaan: Proton Persona JMD 4418 atas nama Rosli bin Yaakob akan ditarik pada 20/11 kerana 4 bulan tidak bayar; alamat terakhir di Felda Taib Andak, Kulai.
        Kak Zaleha (Zaleha binti Mat Isa) dari Kuantan dah bayar baki RM 12,300 guna akaun CIMB dia 8603 4412 77, tolong siapkan dokumen pelepasan hari ni.
        Pindah milik selesai: kereta VBF 1120 kini atas nama Arjun a/l Muniandy, No. K/P 001119-10-0731, biometrik disahkan 17/11/2025.
        En. Faizal Rahim bin Omar – penyata Bank Islam akaun 14041020334567 menunjukkan gaji masuk RM 4,820 setiap 25 haribulan.
        Catatan jurujual: Puan Lee Mei Ling dari Cheras nak tukar Myvi lama ke Ativa, suami baru hilang kerja, minta tempoh 9 tahun supaya ansuran bawah RM 500.
        Bayaran tempahan guna kad kredit 4552 6352 3112 6142, tamat 08/28, nama pada kad AMIRUL HAKIM B MOHD NOOR.
        Saman tertunggak pada kenderaan BMP 5512 (pemilik: Wong Kah Seng) – 2 saman AES berjumlah RM 300 perlu dijelaskan sebelum pindah milik.
        Perjanjian sewa beli no. HP/KL/2025/00871 – Penyewa: DIVYA A/P RAMASAMY, 940216-05-5340, No. 33, Jalan Rasah Jaya 2/5, 70300 Seremban, Negeri Sembilan.
        Aisyah binti Jamaludin, operator pengeluaran di kilang Kulim Hi-Tech, mohon loan Axia; gaji RM 2,100, anak dua orang, suami kerja di Singapura.
        Aduan pelanggan: Encik Hafiz Azman (019-256 7713) mendakwa odometer Honda Jazz yang dibelinya pada bulan Ogos telah diputar balik dan menuntut pulangan wang penuh.
        Serahan Sabtu: 10.00 pagi – Farah Nadia binti Kamal (Bezza, VKD 2290) | 11.30 pagi – Lau Kok Hing (Vios, WC 8831 T) | 3.00 petang – Zainuddin bin Ali (Alza, BQP 6574)
        Pemohon Wan Mohd Ridzuan bin Wan Ismail (K/P 870630-03-5417) memohon penangguhan ansuran kerana dimasukkan ke wad Hospital Raja Perempuan Zainab II selama 2 minggu.
        Pembeli warganegara Singapura, Mr Tan Jun Hao, NRIC S7738733A, mahu beli Toyota Corolla Cross untuk dipakai di Johor; alamat Blk 415 Woodlands Street 41 #08-112, Singapore 730415.
        Penjual persendirian Norazlina binti Che Hassan jual Myvi 2014 kepada kedai pada harga RM 16,500; bayaran dibuat ke akaun Public Bank 6387114520 miliknya.
    """),
    "en": _lines("""
        Walk-in buyer Jonathan Pereira, 41, from Ujong Pasir, Melaka; mobile 016-628 3347; wants a 7-seater under RM 60k, works as a chef at a hotel in Bandar Hilir.
        Loan checklist for Ms Priya Nair d/o Gopal: IC copy received, 3 payslips received, EPF statement missing, bank statement shows two returned cheques in September.
        Ownership transfer completed for JUW 5530 from seller Chua Ah Kow to his daughter Melissa Chua Li Ting; no money changed hands.
        From farid.hakim.92@gmail.com: Pls send me the loan agreement again, I lost my copy. My IC is 920311-01-6231.
        Warranty claim WR-88207 – Mr Daniel Ong Kah Wai (012-977 0148) reports gearbox slipping on the 2018 Honda HR-V he bought 3 months ago and wants a replacement car.
        Collection note: Sanjay Kumar s/o Raju has missed 5 instalments (RM 3,470 in total); last known address No. 8, Lorong Kenari 2, Taman Bukit Mewah, 08000 Sungai Petani, Kedah.
        Card on file for customer ZHANG LIWEI (FIN G5272885T): MasterCard 5203 1194 1423 3934, charged RM 1,000 booking fee.
        Test drive log 21/11/2025 14:10 – Honda Civic FC, driver Nicholas Fernandez (24, licence sighted), returned 14:45 with a scratch on the rear bumper; he agreed to pay RM 250.
        Reference check: employer confirms Azlan bin Mokhtar resigned last month, so his car loan approval has been withdrawn.
        Claim CLM/MTR/2025/0079102 – insured Kavitha a/p Muthusamy; her son, 7, a passenger, fractured his arm and was admitted to Hospital Tengku Ampuan Rahimah, Klang.
    """),
    "mixed": _lines("""
        bro ni IC customer 880229-10-5563, nama Amirul Asyraf bin Roslan, tolong key in dalam system loan ya
        sis, my number 017-339 2085, call me after 6pm, I nak tanya pasal loan Myvi tu
        bos, Saga BLM En. Karim bin Othman dah kena tarik semalam kat Batu Pahat, dia yang jual ikan kat pasar Parit Raja tu, 5 bulan tak bayar
        Ah Seng, your customer Ms Chan Pui Yee punya loan RHB approved RM 58k 7 years. She want collect car Friday, pls prepare plat VJN 3018
        Geran atas nama Mak Cik Rokiah binti Daud, dia dah 70 lebih and kena strok, so anak dia nak buat pindah milik guna surat kuasa. Can or not?
        Hi boss, sy Haziq, 011-2408 7735, nak jual Honda Jazz 2012 plat PJS 1893, loan baki 8 bulan lagi, you guys settle ke?
        deposit dah masuk: Maybank 5621 0934 5518 (Nur Izzati binti Halim) RM 1,500, pls confirm booking Bezza dia
        Update: Encik Selvam a/l Periasamy dah settle full RM 23,800 cash untuk Axia, tapi minta resit dalam nama anak dia Vikneswaran
        customer email mei.ling.tan.89@hotmail.com minta quotation X50 Flagship, dia duduk area Puchong
        Alamat hantar kereta: No. 7, Jalan Bayan 4/3, Taman Seri Bayan, 14000 Bukit Mertajam, Pulau Pinang – customer Tan Seok Hoon, call 016-440 5829 bila sampai
        Buyer from SG, Mr Ramesh s/o Pillai, NRIC S7315159G, HP +65 9127 4480, nak bayar deposit guna PayNow boleh ke
        tolong check CTOS untuk Mohd Shahrul Nizam bin Abu Bakar, IC 930817-02-5049, dia nak ambil Hilux tapi kerja kontrak je
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "salam bos, saya nak booking Myvi 1.5 AV putih yang dalam iklan tu"),
        (
            "assistant",
            "Waalaikumsalam. Boleh, bos. Boleh bagi nama penuh, no IC dan no telefon untuk borang tempahan?",
        ),
        ("user", "Muhammad Irfan bin Sazali, 970304-06-5271, 018-225 6094"),
        (
            "assistant",
            "Terima kasih Encik Irfan. Tempahan direkod, deposit RM 500 boleh bayar di bilik pameran Sabtu ni.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu pembiayaan untuk bilik pameran kereta terpakai. Kira anggaran ansuran dan DSR.",
        ),
        (
            "user",
            "Pemohon: Nur Amalina binti Zainal, K/P 960118-01-5824, jururawat di Hospital Sultanah Aminah, gaji bersih RM 3,900, ada PTPTN RM 180 dan loan peribadi RM 650 sebulan.",
        ),
        (
            "assistant",
            "Untuk pinjaman RM 45,000 selama 9 tahun pada 3.2%, ansuran kira-kira RM 537. Jumlah komitmen RM 1,367, DSR lebih kurang 35%.",
        ),
        ("user", "ok, dia nak ambil Honda City 2019. Tolong tulis nota ringkas untuk bank."),
    ],
    [
        (
            "user",
            "Assalamualaikum, saya Halimah binti Abdul Ghani, nak jual Saga 2016 saya, plat CEN 7734.",
        ),
        ("assistant", "Waalaikumsalam Puan Halimah. Kereta masih ada pinjaman?"),
        (
            "user",
            "Dah habis bayar. Boleh datang ambil kat rumah? No. 19, Lorong Seri Teruntum 5, 25100 Kuantan.",
        ),
        ("assistant", "Boleh puan, pegawai kami datang Selasa pukul 10 pagi untuk nilai kereta."),
    ],
    [
        ("user", "Nak buat tuntutan, kereta saya kena langgar belakang semalam kat Jalan Ipoh."),
        (
            "assistant",
            "Maaf atas kejadian itu. Sila berikan nama, nombor polisi dan nombor pendaftaran kenderaan.",
        ),
        (
            "user",
            "Tham Kok Leong, polisi VPC-25-120377-01, kereta WRD 5816. Saya ada sakit leher sikit, dah pergi klinik.",
        ),
        (
            "assistant",
            "Terima kasih Encik Tham. Sila muat naik laporan polis dan surat klinik, kami akan buka fail tuntutan.",
        ),
    ],
    [
        (
            "system",
            "You help a car finance company draft polite collection letters in Bahasa Melayu.",
        ),
        (
            "user",
            "Draft a reminder for Shamsul Bahri bin Kassim, account HP/PG/2024/03317, 3 months overdue RM 1,920, address 56 Jalan Sungai Dua, 11700 Gelugor, Penang.",
        ),
        (
            "assistant",
            "Tuan Shamsul Bahri bin Kassim, rekod kami menunjukkan tunggakan 3 bulan berjumlah RM 1,920 bagi akaun HP/PG/2024/03317. Sila jelaskan dalam tempoh 14 hari.",
        ),
    ],
    [
        ("user", "Hi, I'm from Singapore, looking at the Corolla Cross in your showroom in JB."),
        (
            "assistant",
            "Hello! Happy to help. For the booking form we need your name, NRIC and contact number.",
        ),
        ("user", "Ong Xin Yi, T0245921Z, +65 8316 2207. I'll come over on Saturday with my dad."),
    ],
    [
        ("user", "boss ada beli kereta terus tak? I want sell my Civic FD 2008"),
        ("assistant", "Ada bos. Boleh share plat no, mileage and your contact?"),
        (
            "user",
            "plat NCT 5527, 210k km, call me 014-662 9013, nama Kelvin Yap. I stay Seremban 2",
        ),
    ],
    [
        ("user", "Nama saya Faridah binti Yusof."),
        ("assistant", "Hai Puan Faridah, ada apa yang boleh kami bantu?"),
        (
            "user",
            "Saya ibu tunggal, gaji RM 2,600, kerja kerani kat pejabat tanah Kluang. Boleh dapat loan Axia tak?",
        ),
        (
            "assistant",
            "Boleh cuba, puan. Dengan gaji itu, tempoh 9 tahun dan deposit 10% mungkin sesuai.",
        ),
    ],
    [
        ("user", "I want to pay the RM 1,000 booking by card"),
        (
            "assistant",
            "Sure. Please key in the card details in the secure payment link, don't send them here.",
        ),
        (
            "user",
            "too lazy la, just take it: 4761 3487 2497 4336, exp 11/27, name on card Hairul Nizam Bin Ahmad",
        ),
    ],
    [
        ("user", "Saya Kumar a/l Velu, beli Vellfire recond dari kedai ni bulan lepas."),
        ("assistant", "Terima kasih Encik Kumar. Ada masalah dengan kenderaan?"),
        (
            "user",
            "Bengkel cakap kereta ni pernah tenggelam banjir. Saya nak refund. Telefon saya 012-480 3361.",
        ),
        (
            "assistant",
            "Kami mohon maaf. Pengurus akan hubungi encik di nombor itu hari ini untuk semak laporan pemeriksaan.",
        ),
    ],
    [
        ("user", "tolong buat surat kuasa untuk pindah milik"),
        ("assistant", "Boleh. Saya perlukan nama pemilik, no MyKad, no plat dan nama wakil."),
        (
            "user",
            "pemilik: Abdul Rashid bin Mahmud, 650912-09-5013, plat RAG 4407. wakil: anak dia Nurul Syafiqah binti Abdul Rashid",
        ),
    ],
]
