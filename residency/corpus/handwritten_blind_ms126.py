# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms126: barber shops and men's grooming salons in Malaysia (bookings, memberships, staff permits, complaints, WhatsApp groups). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms126
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_kedai"): _lines("""
        NOTIS: Kedai tutup pada 31 Mac dan 1 April sempena Hari Raya Aidilfitri. Operasi biasa bermula 2 April, 10 pagi hingga 9 malam.
        Pelanggan dengan temujanji diberi keutamaan. Walk-in sila ambil nombor giliran di kaunter dan tunggu nombor dipanggil di skrin.
        Barber Pak Mat Kg Baru, No. 12, Jalan Raja Muda Musa, 50300 Kuala Lumpur. Talian kedai 03-2691 4470, buka setiap hari kecuali Isnin.
        Harap maklum: semua pisau cukur ditukar baharu untuk setiap pelanggan mengikut garis panduan kebersihan Kementerian Kesihatan Malaysia.
        Bayaran melalui DuitNow QR, Touch 'n Go eWallet, Boost dan kad debit diterima. Minimum RM10 untuk bayaran menggunakan kad.
        Pengumuman: cawangan Seksyen 7 Shah Alam berpindah ke Plaza Alam Sentral, Lot G-23, mulai 15 Jun 2026. Nombor telefon cawangan kekal sama.
        Kanak-kanak bawah 12 tahun mesti ditemani ibu bapa atau penjaga semasa potongan rambut. Terima kasih atas kerjasama anda.
        Dilarang menghisap rokok atau vape di dalam premis, selaras dengan Akta Kawalan Produk Merokok untuk Kesihatan Awam 2024.
        Potongan rambut percuma untuk warga emas 60 tahun ke atas setiap Selasa pertama bulan, 10 pagi hingga 1 petang, tertakluk kepada slot.
        Lesen perniagaan DBKL No. LP/2025/0048812 dipamerkan di kaunter. Premis ini didaftarkan di bawah SSM 202401018834 (1558231-T).
        Barber kami tidak menerima potongan baharu dalam tempoh 15 minit sebelum waktu tutup. Slot terakhir adalah jam 8.45 malam.
        Notis perubahan harga: berkuat kuasa 1 Januari 2027, potongan dewasa naik daripada RM18 kepada RM22 akibat kenaikan kos sewa dan SST.
        Sila tinggalkan kasut di rak luar jika masuk ke ruang spa kepala di tingkat 1. Tuala bersih disediakan di rak sebelah kanan tangga.
    """),
    ("ms", "senarai_harga"): _lines("""
        Potong Rambut Dewasa RM20 | Pelajar (tunjuk kad matrik) RM15 | Kanak-kanak bawah 12 tahun RM12 | Warga emas RM10
        Fade (skin/low/mid/high) RM28 • Taper RM25 • Crew cut RM20 • Buzz cut RM15 • Rekaan garisan (hair tattoo) tambahan RM8
        Cukur janggut dengan tuala panas dan pisau lurus RM18; trim janggut sahaja RM10; pakej rambut + janggut RM35 (jimat RM3).
        Cuci rambut + urut kepala 15 minit RM12 | Rawatan kelemumur (scalp detox) RM45 | Masker arang untuk muka RM25
        Warna rambut hitam semula jadi dari RM60, highlight/platinum dari RM180, perming Korean wave dari RM150. Harga bergantung panjang rambut.
        Pakej Pengantin Lelaki: potongan, cukur, facial, styling hari nikah di lokasi Lembah Klang RM350; luar Lembah Klang tambah RM0.80/km.
        Keahlian Gold RM199/tahun: 12 potongan, diskaun 10% produk, tempahan keutamaan. Keahlian Silver RM99/tahun: 5 potongan.
        Pomade Reuzel Blue 113g RM79 | Layrite Original 120g RM85 | Uppercut Deluxe Matt Clay 70g RM72 | Tancho Tique 60g RM9.90
        Harga di atas belum termasuk SST 8% untuk perkhidmatan. Caj tambahan RM5 untuk tempahan selepas 8 malam dan pada hari cuti umum.
        Menu Kids Corner: Potongan Upin & Ipin (botak licin) RM10, Potongan BoBoiBoy RM14, Spike Ultraman RM14. Dapat pelekat percuma!
        Potongan klasik ala P. Ramlee (side part + minyak rambut) RM25, ikonik sejak era filem hitam putih Studio Jalan Ampas.
        Rawatan keratin lelaki RM220 (rambut pendek) / RM280 (rambut sederhana). Kesan tahan 3-4 bulan, tidak boleh cuci selama 48 jam.
        Cabut bulu hidung & telinga (wax) RM15, tindik telinga steril RM40 sepasang, trim kening RM8. Semua alat pakai buang.
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Perlukah saya buat tempahan? J: Tidak wajib, tetapi tempahan melalui aplikasi atau WhatsApp kedai 011-5520 3318 menjamin slot anda.
        S: Berapa lama untuk potongan fade? J: Lebih kurang 35-45 minit bergantung kepada ketebalan rambut dan gaya yang dipilih.
        S: Bolehkah saya batal tempahan? J: Boleh, tanpa caj jika dibatalkan sekurang-kurangnya 2 jam sebelum slot. Lewat daripada itu, deposit RM5 hangus.
        S: Adakah barber wanita tersedia? J: Ya, cawangan Bangsar dan Setia Alam ada barber wanita; sila nyatakan keperluan anda semasa tempahan.
        S: Kad keahlian hilang, macam mana? J: Keahlian kini digital; log masuk aplikasi dan tunjukkan kod QR ahli di kaunter.
        S: Adakah produk halal? J: Semua pomade jenama rumah kami berasaskan air dan mendapat pensijilan halal JAKIM, no. rujukan tertera di label.
        S: Boleh barber datang ke rumah? J: Home service hanya untuk warga emas dan OKU dalam radius 10 km dari cawangan, caj bermula RM40.
        S: Bagaimana membuat aduan? J: E-mel aduan@gunting-kita.com.my atau hubungi talian 1-300-88-4868 (Isnin-Jumaat, 9 pagi-6 petang).
        S: Bolehkah saya pilih barber kegemaran? J: Boleh. Dalam aplikasi, pilih cawangan, kemudian tekan ikon kerusi untuk melihat jadual setiap barber.
        S: Adakah kanak-kanak autisme dilayan? J: Ya, kami ada slot sensori senyap setiap Ahad 9-10 pagi, lampu malap dan tiada muzik.
        S: Kenapa harga cawangan KLCC berbeza? J: Cawangan di pusat beli-belah premium menanggung sewa lebih tinggi; senarai harga penuh di laman web.
        S: Boleh guna baucar hadiah syarikat? J: Boleh, baucar korporat dengan kod bermula GK-CORP- boleh ditebus di semua 14 cawangan sebelum tarikh luput.
        S: Berapa panjang rambut diperlukan untuk perm? J: Sekurang-kurangnya 5 cm di bahagian atas. Konsultasi percuma 10 minit sebelum rawatan.
    """),
    ("mixed", "whatsapp_kumpulan_staf"): _lines("""
        [09:02] Bos: Morning all, hari ni Sabtu confirm ramai walk-in. Semua kerusi kena buka by 10am sharp ok, jangan lambat.
        [09:15] Supervisor SS15: Stok Reuzel Red tinggal 4 tin je, siapa order dengan supplier last week? PO-2026-0412 belum sampai lagi.
        [10:41] Kaunter: Sistem booking down since 10.30, customers kena tulis dalam buku manual dulu. IT cakap fix dalam 30 min.
        [11:03] Bos: Reminder, lesen premis MBPJ renew sebelum 30 Nov. Fotostat sijil SSM dan resit cukai taksiran letak dalam fail biru.
        [13:27] Kerusi 3: Clipper Wahl Magic Clip serial WMC-88231 blade dah tumpul, boleh hantar servis kat service centre Jalan Pudu?
        [14:10] Supervisor: Jangan lupa spray Barbicide lepas setiap customer, pegawai kesihatan DBKL buat spot check area Chow Kit minggu ni.
        [15:45] Kaunter: Customer complain aircond cawangan Kelana Jaya bocor atas kerusi 2, dah call technician, tiket servis #AC-55190.
        [16:20] Bos: Sales semalam RM4,870 (112 pelanggan), paling tinggi bulan ni. Good job team, Jumaat ni belanja nasi kandar.
        [17:02] Shift petang: Tuala dari dobi tak sampai lagi, tinggal 20 helai. Dobi kata lori rosak, next delivery pukul 7pm.
        [18:30] Supervisor: Caption IG promo Merdeka: 'Potong rambut RM17 on 31 Ogos sahaja, tunjuk bendera kecik kat kaunter!'
        [19:55] Kaunter: Cash drawer short RM10 masa tukar shift, dah check CCTV, tersalah bagi baki kat customer tadi. Settled.
        [20:48] Bos: Mesyuarat bulanan semua cawangan Isnin 10am via Google Meet, agenda: KPI, jadual raya, training teknik fade baru.
        [21:05] Shift malam: Dah tutup kedai, lampu signboard off, alarm on. Kunci spare letak dalam peti keselamatan macam biasa.
    """),
    ("en", "booking_system_logs_config"): _lines("""
        2026-11-03T10:14:22+08:00 INFO booking-svc created booking_id=BK-7F3A91C2 branch=KL-BANGSAR-02 chair=4 service=FADE_SKIN slot=11:00
        2026-11-03T10:14:23+08:00 WARN notify-svc whatsapp template 'booking_confirm_v3' rate limited, retry in 30s (attempt 2/5)
        branch_code,branch_name,address,phone,opening_hours,chairs  # CSV header for branches_export_2026Q4.csv
        KL-MVAL-01,Gunting Kita Mid Valley,Lot LG-071 Mid Valley Megamall 59200 Kuala Lumpur,03-2938 1120,10:00-22:00,8
        queue: {max_walk_in: 25, grace_minutes: 10, no_show_penalty_myr: 5.00, reminder_offsets_min: [1440, 60]}
        ERROR payment-gw txn_id=TNG-20261103-00088213 status=DECLINED reason=INSUFFICIENT_FUNDS amount=35.00 MYR branch=SEL-SHAH-07
        sha256(barberpos-4.12.0-arm64.apk) = 3b9c1e0f7a22d54e8c6b0f19a7d3e2b4c5f60718293a4b5c6d7e8f9012345678
        [cron] 02:00 nightly_membership_expiry ran: 37 GOLD memberships expired, 12 auto-renewed, 0 failures, duration 4.2s
        def price_with_sst(base: float, rate: float = 0.08) -> float: return round(base * (1 + rate), 2)  # price_with_sst(20) == 21.6
        SMTP_FROM=no-reply@barberbook.my  SMTP_HOST=smtp.barberbook.my  SMTP_PORT=587  SUPPORT_EMAIL=support@barberbook.my
        GET /api/v2/branches/PNG-GURNEY-01/slots?date=2026-11-04&service=BEARD_HOT_TOWEL 200 OK 83ms ua=BarberBook/4.12.0 (Android 14)
        2026-11-03T22:00:05+08:00 INFO report-svc daily_summary branch=JB-BUKIT-INDAH-03 bookings=96 walk_ins=41 no_shows=7 revenue_myr=3188.50
        Release notes v4.12.0: added DuitNow QR refunds, fixed double-booking race on chair reassignment (BB-1184), updated Bahasa Melayu strings.
    """),
    ("ms", "peraturan_permit_pekerja"): _lines("""
        Dasar menghentikan secara berperingkat pengambilan pekerja asing di kedai gunting rambut diumumkan oleh Menteri Sumber Manusia ketika itu, M. Kulasegaran, pada 2018.
        Pas Lawatan Kerja Sementara (PLKS) diperbaharui melalui portal Imigresen; majikan wajib memohon sekurang-kurangnya 3 bulan sebelum pas tamat.
        Majikan wajib mencarum PERKESO di bawah Skim Bencana Pekerjaan bagi semua pekerja termasuk pekerja asing, berkuat kuasa sejak 1 Januari 2019.
        Akta Kerja 1955 (pindaan 2022): waktu kerja maksimum 45 jam seminggu; kerja lebih masa dibayar sekurang-kurangnya 1.5 kali kadar gaji sejam.
        Perintah Gaji Minimum menetapkan RM1,500 sebulan pada 2022; mulai 1 Februari 2025 kadar dinaikkan kepada RM1,700 bagi kebanyakan majikan.
        Dokumen permohonan lesen premis perniagaan PBT: pelan lantai, salinan pendaftaran SSM, surat kebenaran pemilik premis dan gambar hadapan kedai.
        Undang-undang kecil pelesenan PBT lazimnya mewajibkan alat gunting dan sikat dibasmi kuman selepas setiap pelanggan; kompaun dikenakan jika gagal.
        Seksyen 60K Akta Kerja 1955 (pindaan 2022): majikan mesti mendapat kelulusan Ketua Pengarah Tenaga Kerja sebelum menggaji pekerja asing.
        Akta Perlindungan Data Peribadi 2010: gambar before/after pelanggan hanya boleh dimuat naik ke media sosial dengan persetujuan pelanggan tersebut.
        Program Rekalibrasi Tenaga Kerja (RTK 2.0) membolehkan majikan menggajikan secara sah pekerja asing tanpa dokumen; permohonan ditutup 31 Disember 2023.
        Levi pekerja asing sektor perkhidmatan: RM1,850 setahun bagi Semenanjung dan RM1,010 bagi Sabah dan Sarawak, dibayar melalui sistem FWCMS.
        Kursus Sijil Kemahiran Malaysia (SKM) Tahap 2 Dandanan Rambut Lelaki ditawarkan di pusat bertauliah Jabatan Pembangunan Kemahiran (JPK).
        Cuti tahunan minimum di bawah Seksyen 60E: 8 hari (kurang 2 tahun khidmat), 12 hari (2-5 tahun), 16 hari (lebih 5 tahun).
    """),
    ("en", "business_reviews"): _lines("""
        ★★★★★ Best skin fade in Bangsar, hands down. Booked via the app, chair 4 was ready on time, hot towel shave at the end was a nice bonus.
        ★★☆☆☆ Waited 50 minutes even with a booking at the Sunway Pyramid outlet. Cut was fine but the front desk kept saying 'sikit lagi'.
        Old-school Indian barber on Jalan Tun Sambanthan, been around since 1972. RM12 cut, free neck massage, radio playing Tamil oldies. Gem.
        Reply from owner: Thank you for the feedback. We have added two more barbers on weekends at our Damansara Uptown branch. Please DM us for a voucher.
        Tried the men's section at Toni&Guy Pavilion KL. Pricey at RM120, but the consultation was thorough and they explained the texture product.
        1/5. Charged RM45 for a 'premium fade' that was just a regular cut. Receipt no. INV-MV-0092831 shows service code FADE_PREM. Never again.
        Lovely kopitiam-style barbershop in Ipoh Old Town near Concubine Lane. The clippers look older than me but the taper was perfect.
        Really kid-friendly. My son sat in the little car chair and watched Upin & Ipin on the TV while they cut. RM12, done in 15 min.
        Decent, but the AC in the Gurney Plaza outlet was broken during my visit in August. Staff apologised and gave 20% off the bill.
        Franchise outlet at Mid Valley Southkey JB is cleaner than most, and they actually sterilise the combs in a UV box between customers.
        Good value for students. Show your UM matric card on Tuesdays and it's RM10. Queue moves fast, 6 barbers on the floor at lunch time.
        3 stars. The beard oil they pushed (Beardbrand Tree Ranger, RM98) was nice but the upselling at the counter felt aggressive.
        Update after 6 months of Gold membership: still worth it, 12 cuts for RM199 works out to about RM16.60 each, and priority booking actually works.
    """),
    ("mixed", "invois_dan_senarai_produk"): _lines("""
        INVOIS No. GK-2026-11-004512 | Tarikh: 03/11/2026 | Gunting Kita Sdn Bhd (201901023456) | Jumlah: RM42.12 termasuk SST 8%
        Item: Fade + Cukur Janggut x1 RM35.00 | Cuci & Urut Kepala x1 RM12.00 | Subtotal RM47.00 | SST 8% RM3.76 | Jumlah RM50.76
        Shopee listing: [READY STOCK] Wahl Magic Clip Cordless 5 Star Professional, SKU WAHL-8148-MY, 1 tahun waranti, ship from Puchong
        Lazada: Andis Slimline Pro Li Trimmer D-8 Gold, model 32445, original import USA, RM489, free postage Semenanjung, sold 1.2k
        Tracking Pos Laju EP123456789MY: parcel pomade dari supplier Penang, status Dalam Transit ke Hab Shah Alam, ETA 2 hari bekerja.
        Pembekal: Barber Supply Asia Sdn Bhd, No. 8 Jalan Industri USJ 1/3, 47600 Subang Jaya. Tel 03-8023 5566, sales@barbersupply.asia
        Quotation Q-0931: Kerusi barber hidraulik Takara Belmont x4 unit, RM6,800/unit, deposit 30%, lead time 8 minggu dari Jepun.
        Resit No. 000884213 | Jualan Produk | Layrite Cement Clay 120g RM88.00 | Bayaran: DuitNow QR | Terima kasih, datang lagi!
        Product listing: Brylcreem Original 150ml, made in UK, classic shine look ala era 60-an, RM24.90 sebotol, min order 12 botol untuk kedai.
        Penyata pembekal: baki tertunggak Gunting Kita Sdn Bhd RM3,412.50 untuk invois SUP-8821 hingga SUP-8840, tempoh kredit 30 hari.
        e-Invois LHDN: UUID 7c1e4b2a-93f0-4d61-a8e2-5b0c9d3f1e77, TIN syarikat C21234567080, status Valid, dihantar 03/11/2026 21:14.
        Barber cape custom print logo, polyester kalis air, saiz 140x160cm, MOQ 50 pcs, RM18/pc, sample siap 5 hari. WhatsApp sales 012-338 7714.
        Disposable neck strip 5 roll x 100 helai, SKU NS-500-WHT, RM32.90. Stok gudang Klang: 1,240 kotak, restock setiap Isnin.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Tempahan: En. Hafizuddin bin Rosli, 014-772 9031, potongan mid fade Sabtu 11 pagi, cawangan Seksyen 13 Shah Alam, deposit RM5 dah bayar.
        Encik Zulkarnain Mohd Yatim, pemegang kad Gold no. GK-G-008812, minta tamatkan keahlian sebab dah pindah kerja ke Kuching bulan depan.
        Abang Jali barber kerusi 2 MC seminggu, doktor sahkan dia kena batu karut, jangan bagi booking atas nama dia sampai Isnin depan.
        No IC pelanggan untuk daftar keahlian: 880317-10-5527, nama Muhammad Irfan Haziq, alamat No. 21, Jalan Kenari 4, Taman Puchong Jaya, 47100 Puchong.
        Kak Ros kaunter minta cuti tanpa gaji 3 bulan sebab nak jaga suami yang baru kena strok, HR tolong proses ya.
        Aduan: pelanggan Faizal Hakimi (011-2340 8876) kata telinga dia terluka masa trim, minta ganti rugi kos klinik RM85, resit klinik ada.
        Gaji barber senior Amirul Asyraf bulan Oktober: RM2,450 asas + komisen RM1,380, potongan KWSP RM421 dan PERKESO RM19.15, bersih RM3,389.85.
        Nombor akaun Maybank untuk bayar komisen: 1644 2209 8813, atas nama Mohd Shahril bin Kamaruddin.
        Pak Long Ismail yang selalu datang hari Jumaat tu dah meninggal dunia minggu lepas, anak dia minta keahlian dibatalkan dan baki RM120 dipulangkan.
        Kereta plat WXK 4471 parking depan pintu kedai lagi, tu kereta Encik Badrul yang sewa bilik atas, dah tiga kali kena saman.
        Pekerja Bangladesh, Md. Rafiqul Islam, pasport BH0871234, PLKS tamat 14/02/2027, majikan perlu mohon pembaharuan sebelum November.
        Cikgu Nora call, anak dia Danial (8 tahun) ada ADHD, minta barber yang sabar dan slot pagi Ahad yang senyap.
        Encik Azman dari Taman Melawati hutang RM260 untuk 13 kali potongan yang belum bayar sejak Jun, dia janji bayar hujung bulan.
        E-mel pelanggan untuk resit digital: aiman.danish92@gmail.com, dia minta jangan hantar promosi lagi.
        Nombor pelanggan yang tinggal kat kaunter semalam: 016-882 4490, dia nak tukar slot ke Ahad pagi.
        Borang Keahlian | Nama: Khairul Anuar bin Salleh | No. KP: 920805-01-6643 | Tel: 019-774 2318 | Tarikh lahir: 05/08/1992 | Pakej: Silver
        Abang Joe barber kedai Jalan Tuanku Abdul Rahman kena tangkap polis malam tadi, kes dadah kata orang, kedai dia tutup sementara.
        Wan Syafiq minta kerja part-time hujung minggu sebab tengah proses cerai dan kena bayar nafkah anak RM600 sebulan.
        Alamat home service warga emas: Tuan Haji Osman, No. 7, Lorong Cempaka 3, Kampung Sungai Penchala, 60000 Kuala Lumpur, lumpuh separuh badan.
        Isteri barber kita, Puan Siti Hajar, dah mengandung 7 bulan, jadi suami dia minta cuti paterniti 7 hari diluluskan awal Januari.
    """),
    "en": _lines("""
        Booking confirmed for Jason Teoh Wei Ming, +60 12-488 1920, skin fade at Chair 3 at 7:30pm, Friday 14 Nov. Reply CANCEL to cancel.
        Customer complaint: Mr. Raymond Chia says the straight razor gave him a rash that needed antibiotics; his GP billed him RM140.
        Member export row: GK-S-004417,Vikneswaran a/l Subramaniam,vikki.subra@yahoo.com,+60 17-309 5562,Silver,2026-03-01
        Please transfer his commission to CIMB 7062 1188 4305 (Lim Kok Hwa) before Friday, he's short for his car loan this month.
        Walk-in from Singapore left his details for the loyalty card: Daryl Ng, NRIC S8834127G, mobile +65 9123 4608.
        Found a wallet on chair 5 with an IC for Tan Chee Keong, 790622-07-5339, and a Touch 'n Go card. Kept in the safe until he calls back.
        Staff note: Arjun's work permit renewal was rejected, he has 30 days to leave Malaysia, do not roster him after 20 Dec.
        Our regular Uncle Peter from Taman Tun told the boys his cancer is back and he's starting chemo at UMMC, so no Saturday cuts for a while.
        CCTV still from 2 Nov 21:14 shows the guy who took the tip jar; police report PUDU/003812/26 lodged, staff identified him as Kevin Loh.
        Groom package home visit: Mr. Shaun Fernandez, 18 Jalan SS 2/64, 47300 Petaling Jaya, wedding on 20 Dec, 6 groomsmen to be styled.
        Invoice to be addressed to Mr. Goh Boon Kiat personally, he is claiming it from his insurer after his hair transplant surgery.
        Hi bro, I'm the one who booked under 'Danny', my number changed to 011-6620 4417, please update my Gold membership.
    """),
    "mixed": _lines("""
        Eh that Ah Keong from Taman Connaught owe us RM180 for the last 6 haircuts lah, every time say next week pay, sien already.
        Boss, Encik Ridzuan tu call, cakap his wife baru keguguran, so cancel all the family bookings this month ok.
        Customer Mei Ling's son Jayden, 6 years old, got eczema on scalp, jangan guna clipper oil, mother pesan pakai baby shampoo only.
        WhatsApp group 'Barber Bros KL': admin add 012-905 6674 (Syahmi, new trainee), pls welcome him and share the roster.
        Yo, the white Myvi plate VBN 8823 langgar our signboard then cabut, anyone know him? I think dia Farid from Wangsa Maju.
        Tolong check PLKS for Nepali barber Bishnu Gurung, passport PA1298834, expiry 09/03/2027, Immigration officer call tadi.
        Kak Ani's husband kena retrench from his factory, so she minta advance gaji RM800, boss approve tak?
        Form dah fill: Name Lee Jun Hao, IC 010914-14-2287, phone 018-227 4503, emergency contact mother Wong Siew Lan 012-663 0915.
        Bro Amir cakap his gaji only RM1,900 but kena support mak dia yang dialysis 3 kali seminggu, can we give him more Sunday shifts?
        Before/after photo upload to IG without permission, Encik Daniel Lau angry, his face clearly visible, he want us take down by tonight.
        Pay to Public Bank 3182 0477 16 a/c name Nurul Aina bt Zakaria, refund for her father's cancelled wedding package RM350.
        Hafiz the junior barber kena reman 4 hari for fighting outside the mamak, his mother came to the shop crying asking for bail money.
    """),
    "zh-Hans": _lines("""
        陈先生（012-558 3307）预约周六下午三点在梳邦店剪发加刮胡子，他说上次的师傅剪太短，这次要换人。
        阿明师傅上个月在医院确诊糖尿病，最近手一直会抖，老板说这阵子暂时不要让他用剃刀帮客人刮胡子。
        林太今早打来投诉，说她儿子林子豪上周在我们店剪发后头皮感染发炎，要求赔偿医药费RM230。
        新员工资料：黄志强，身份证 950211-08-6127，住址 怡保 Taman Rapat Setia 23号，紧急联络人：太太 李美玲。
        香港客人何俊业先生办会员卡，提供香港身份证 K612345(3)，说下个月回港前会再来剪一次。
        来自深圳的理发师王磊，居民身份证 440306199007184516，工作准证申请被移民局退回，要补交学历证明。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu AI untuk rangkaian kedai gunting rambut Gunting Kita di Lembah Klang. Jawab dalam Bahasa Melayu yang mesra.",
        ),
        (
            "user",
            "Tolong tulis mesej WhatsApp untuk ingatkan pelanggan Encik Shahrizal Harun (013-447 2290) tentang tempahan fade esok 2 petang di cawangan Bangsar.",
        ),
        (
            "assistant",
            "Salam Encik Shahrizal, ini peringatan mesra daripada Gunting Kita Bangsar: tempahan potongan fade anda esok jam 2.00 petang. Sila balas YA untuk sahkan atau BATAL jika ingin menukar slot. Terima kasih!",
        ),
        ("user", "Ok bagus, tambah sekali dia ada deposit RM5."),
        (
            "assistant",
            "Salam Encik Shahrizal, tempahan fade anda esok jam 2.00 petang di Gunting Kita Bangsar telah disahkan dengan deposit RM5. Balas YA untuk sahkan atau BATAL untuk menukar slot. Jumpa esok!",
        ),
    ],
    [
        (
            "system",
            "You are an HR writing assistant for a small barbershop chain in Petaling Jaya.",
        ),
        (
            "user",
            "Draft a first warning letter for our barber Kumar a/l Rajan, IC 910416-10-5873. He was late 6 times in October and once left the shop unattended at 8pm.",
        ),
        (
            "assistant",
            "Dear Mr. Kumar a/l Rajan (IC 910416-10-5873), this letter serves as a first written warning regarding your attendance. Records show six late arrivals in October 2026 and one occasion on which the premises were left unattended at 8.00pm. Please note that further breaches may lead to disciplinary action under your contract. You may respond in writing within 7 days.",
        ),
        (
            "user",
            "Make it softer, he's been with us 5 years and his father just had a heart attack.",
        ),
        (
            "assistant",
            "Understood. Here is a gentler version: Dear Kumar, we value your five years with us and we are sorry to hear about your father's health. We have noticed several late arrivals in October and would like to discuss a schedule that works for you. Please see the manager this week so we can agree on a plan.",
        ),
    ],
    [
        (
            "user",
            "Bro, customer Ah Hock from Kepong owe us RM150 already 3 months, his number 012-771 3095. How to chase politely ah? Don't want to lose him.",
        ),
        (
            "assistant",
            "You can send something friendly like: Hi Ah Hock, hope you are well! Just a gentle reminder on the RM150 balance for your last few haircuts. You can DuitNow to the shop anytime, or settle at your next visit. Thanks ya!",
        ),
        ("user", "Can add that if he pays this month we give him free hot towel shave?"),
        (
            "assistant",
            "Sure: Hi Ah Hock, hope you are well! Gentle reminder on the RM150 balance. If you settle by end of this month, your next hot towel shave is on us. Thanks and see you soon!",
        ),
    ],
    [
        (
            "system",
            "Rekod ahli untuk rujukan: Nama: Mohd Faris bin Ahmad | No KP: 900203-14-5581 | Tel: 012-640 1187 | Pakej: Gold | Baki potongan: 4 | Tamat: 31/01/2027",
        ),
        ("user", "Berapa baki potongan ahli ni dan bila tamat keahlian dia?"),
        (
            "assistant",
            "Encik Mohd Faris bin Ahmad ada baki 4 potongan dalam pakej Gold, dan keahliannya tamat pada 31 Januari 2027.",
        ),
        ("user", "Dia tanya boleh pindah baki kepada adik dia tak?"),
        (
            "assistant",
            "Mengikut terma biasa keahlian Gold, baki potongan tidak boleh dipindah milik. Namun anda boleh minta kelulusan pengurus cawangan sebagai kes khas.",
        ),
    ],
    [
        ("system", "你是马来西亚一家理发店的行政助理，用简体中文回答。"),
        (
            "user",
            "帮我写一段话给移民局代理，我们的员工梁伟杰，护照号码 E78231945，工作准证下个月15号到期，要申请续签。",
        ),
        (
            "assistant",
            "您好，我司员工梁伟杰（护照号码 E78231945）的工作准证将于下月15日到期，现委托贵司协助办理续签手续。所需文件包括护照副本、雇佣合约及公司SSM注册证明，请告知其他需补交的资料。谢谢！",
        ),
        ("user", "再加一句：他之前有一次迟交税单，会不会影响？"),
        (
            "assistant",
            "可以加上：另外，梁伟杰先生曾有一次逾期提交所得税申报，请问此事是否会影响续签审批？如需说明信，我司可尽快提供。",
        ),
    ],
    [
        (
            "user",
            "Can I post a before/after photo of my client Marcus Yeo on our barbershop Instagram? He said ok verbally while I was cutting.",
        ),
        (
            "assistant",
            "Under Malaysia's PDPA 2010, it's safest to get written consent, for example a short WhatsApp message from him saying he agrees, before posting an identifiable photo. Verbal consent is hard to prove later.",
        ),
        (
            "user",
            "He also mentioned it's his first cut after chemo, can I put that in the caption? It's a nice story.",
        ),
        (
            "assistant",
            "That is health information, which is sensitive personal data. Don't include it unless Marcus explicitly agrees in writing to that exact caption. A neutral caption about the cut itself is the safer choice.",
        ),
    ],
    [
        (
            "system",
            "Anda membantu staf kaunter kedai gunting rambut menjawab aduan pelanggan dengan sopan.",
        ),
        (
            "user",
            "Puan Rohana Abdul Latif call marah, anak dia Aqil Danish 10 tahun balik dengan rambut senget dan telinga calar. Nombor dia 017-338 2046. Macam mana nak balas?",
        ),
        (
            "assistant",
            "Cadangan balasan: Puan Rohana, kami mohon maaf atas pengalaman Aqil semalam. Kami ingin menawarkan potongan pembetulan percuma dan menanggung kos rawatan jika perlu. Boleh kami hubungi puan di 017-338 2046 untuk tetapkan masa yang sesuai?",
        ),
        ("user", "Dia nak nama barber yang potong."),
        (
            "assistant",
            "Anda boleh maklumkan bahawa perkara ini sedang disiasat oleh pengurus cawangan dan tindakan dalaman akan diambil. Elakkan berkongsi butiran peribadi staf melalui telefon.",
        ),
    ],
    [
        (
            "user",
            "Help me make roster for next week lah. 5 barbers: Izzat, Wei Jie, Sanjay, Haikal, Aiman. But Izzat got slipped disc, doctor say no standing more than 4 hours.",
        ),
        (
            "assistant",
            "Suggested plan: Izzat takes short 4-hour morning shifts (10am-2pm) Monday to Friday with a seated beard-trim station. Wei Jie, Sanjay, Haikal and Aiman rotate full shifts 10am-7pm and 1pm-10pm, each getting one weekday off. Saturday and Sunday all four full-timers on.",
        ),
        ("user", "Ok but Aiman want Friday off for his court case with his ex-wife."),
        (
            "assistant",
            "No problem: give Aiman Friday off and move his weekday off from Wednesday to Friday. Haikal can cover the 1pm-10pm slot on Friday, and Wei Jie takes Wednesday afternoon.",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm in Singapore and want to book a haircut at your JB Bukit Indah branch for my dad, Mr. Tan Ah Kow, 78, he uses a wheelchair. My number is +65 8712 5530.",
        ),
        (
            "assistant",
            "Thank you! Our Bukit Indah branch has a ground-floor entrance and a removable chair for wheelchair users. Which date and time would suit Mr. Tan?",
        ),
        (
            "user",
            "Saturday 10am. He also has mild dementia, so he might get confused, please be patient.",
        ),
        (
            "assistant",
            "Noted. I have requested a Saturday 10:00am slot for Mr. Tan Ah Kow with a quiet corner and an experienced barber. The branch will confirm by WhatsApp to +65 8712 5530.",
        ),
    ],
    [
        (
            "system",
            "Lejar hutang pelanggan cawangan Ampang: Rashid Othman RM90 (sejak Ogos), Leong Kar Wai RM45 (sejak Sept), Suresh Pillai RM120 (sejak Julai).",
        ),
        ("user", "Siapa pelanggan yang hutang paling lama dan berapa jumlah semua?"),
        (
            "assistant",
            "Hutang paling lama ialah Encik Suresh Pillai, RM120 sejak Julai. Jumlah keseluruhan hutang ialah RM255 (Rashid Othman RM90, Leong Kar Wai RM45, Suresh Pillai RM120).",
        ),
        ("user", "Ok, tolong buat mesej peringatan untuk Suresh."),
        (
            "assistant",
            "Salam Encik Suresh, ini peringatan mesra daripada cawangan Ampang tentang baki RM120 untuk potongan sejak Julai. Bayaran boleh dibuat di kaunter atau melalui DuitNow QR kedai. Terima kasih atas sokongan anda.",
        ),
    ],
]
