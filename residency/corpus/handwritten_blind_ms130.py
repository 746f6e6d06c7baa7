# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms130: money changers and remittance counters in Malaysia (rates, KYC, foreign workers' transfers, suspicious transactions, staff rosters). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms130
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "papan_kadar_harian"): _lines("""
        Kadar hari ini 07/12/2026 jam 10:15 pagi – USD beli 4.1820 jual 4.2350, SGD beli 3.2140 jual 3.2510, RMB beli 0.5790 jual 0.5930.
        Papan kadar cawangan Jalan Masjid India: IDR 100,000 = RM26.40 (jual), BDT 1,000 = RM35.10 (jual), NPR 1,000 = RM31.25 (jual). Kadar boleh berubah tanpa notis.
        Kadar khas untuk pembelian melebihi USD 5,000: hubungi kaunter utama atau WhatsApp perniagaan kami di +60 3-2691 4470 sebelum jam 4 petang.
        HKD beli 0.5355 jual 0.5440 | TWD beli 0.1290 jual 0.1355 | MOP beli 0.5180 jual 0.5320 – kadar dikemas kini setiap 30 minit mengikut pasaran.
        Wang kertas USD siri lama (sebelum 1996) dan nota rosak diterima pada kadar diskaun 3%. Syiling asing tidak diterima di semua cawangan.
        Harga emas hari ini: 999.9 Gold Bar 100g RM42,880 (jual) / RM41,650 (beli balik). Harga termasuk caj pengesahan, tertakluk kepada stok.
        Kadar pindahan ke Nepal melalui kaunter: RM1 = NPR 31.85, caj perkhidmatan RM10 untuk jumlah sehingga RM3,000. Tempoh kredit 10 minit hingga 1 hari bekerja.
        Kadar untuk Bangladesh (bKash / akaun bank): RM1 = BDT 28.72, tiada caj untuk pindahan pertama bulan ini. Promosi tamat 31 Disember 2026.
        Papan LED kaunter 2 rosak sejak pagi – kadar rasmi sila rujuk skrin di kaunter 1 atau laman web www.pengurupwang-contoh.com.my/kadar.
        EUR beli 4.8810 jual 4.9640, GBP beli 5.5920 jual 5.7010, JPY (100) beli 2.7830 jual 2.8650, THB (100) beli 12.05 jual 12.60.
        Kadar di atas untuk transaksi tunai sahaja. Transaksi RM3,000 dan ke atas memerlukan MyKad atau pasport asal mengikut garis panduan BNM.
        Kadar tutup semalam 06/12/2026: USD 4.2100 / SGD 3.2390 / RMB 0.5880. Kadar pembukaan hari ini dipaparkan selepas jam 9:30 pagi.
        Kadar pukal untuk syarikat (minimum RM50,000): sila e-mel treasury@contoh-mcx.com.my bersama nombor pendaftaran SSM dan jumlah yang diperlukan.
    """),
    ("ms", "notis_kaunter_kyc"): _lines("""
        NOTIS: Mulai 1 Januari 2027, semua pelanggan pindahan wang wajib membawa dokumen pengenalan asal. Salinan fotostat atau gambar dalam telefon tidak diterima.
        Pekerja asing sila bawa pasport asal dan permit kerja (PLKS) yang masih sah. Pasport yang telah tamat tempoh tidak boleh digunakan untuk transaksi.
        Kaunter dibuka Isnin–Sabtu 9:30 pagi – 7:00 malam, Ahad 10:00 pagi – 5:00 petang. Tutup pada Hari Raya Aidilfitri (2 hari) dan Tahun Baru Cina (2 hari).
        Pengurup Wang Berlesen di bawah Akta Perniagaan Perkhidmatan Wang 2011. No. Lesen: MCB-0413/2019. No. SSM: 201901023456 (1330456-K).
        Untuk aduan, hubungi talian pelanggan kami 1-300-22-8866 atau BNMTELELINK di 1-300-88-5465, atau tulis ke Bank Negara Malaysia, Jalan Dato' Onn, 50480 Kuala Lumpur.
        Jangan berurusan dengan ejen tidak berlesen di luar premis. Kakitangan kami tidak akan sekali-kali meminta anda memindahkan wang ke akaun peribadi.
        Kaunter Pindahan Wang, Lot G-12, Kotaraya Complex, Jalan Tun Tan Cheng Lock, 50000 Kuala Lumpur. Berhampiran stesen LRT Pasar Seni.
        Sila ambil nombor giliran. Giliran A untuk tukaran wang asing, giliran B untuk pindahan ke luar negara, giliran C untuk tuntutan dan pertanyaan.
        Resit transaksi mesti disimpan sekurang-kurangnya 6 bulan. Nombor rujukan (contoh: MTR-2612-0045871) diperlukan untuk sebarang semakan status.
        Pelanggan di bawah umur 18 tahun tidak dibenarkan membuat transaksi pindahan wang tanpa kehadiran ibu bapa atau penjaga yang sah.
        Pengesahan biometrik (cap jari) diperlukan untuk transaksi pertama bagi pemegang pasport asing mulai Februari 2027 di semua cawangan.
        Transaksi tunai RM25,000 dan ke atas dalam satu hari akan dilaporkan sebagai Laporan Transaksi Tunai (CTR) kepada Unit Perisikan Kewangan BNM.
        Kamera CCTV beroperasi 24 jam di premis ini. Rakaman disimpan selama 90 hari mengikut polisi keselamatan syarikat dan syarat lesen.
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Berapa lama wang sampai ke Indonesia? J: Pindahan ke akaun BRI, BNI dan Mandiri biasanya dikreditkan dalam 15 minit pada hari bekerja.
        S: Boleh saya hantar wang untuk orang lain? J: Boleh, tetapi pengirim mesti hadir sendiri dengan dokumen pengenalan dan menyatakan hubungan dengan penerima.
        S: Apakah had maksimum pindahan sehari? J: Had standard ialah RM30,000 sehari bagi setiap pengirim. Jumlah lebih tinggi memerlukan dokumen sumber dana.
        S: Kenapa saya perlu nyatakan tujuan pindahan? J: Ini keperluan Akta Pencegahan Pengubahan Wang Haram (AMLA 2001), bukan kerana kami syak anda.
        S: Bolehkah saya batalkan pindahan? J: Pembatalan boleh dibuat dalam 30 minit jika wang belum dikeluarkan. Caj perkhidmatan RM5 tidak dipulangkan.
        S: Adakah aplikasi anda selamat? J: Aplikasi versi 4.2.1 menggunakan pengesahan dua faktor dan eKYC swafoto. Muat turun hanya dari Google Play atau App Store.
        S: Nombor telefon penerima salah, apa perlu buat? J: Hubungi pusat panggilan 03-2143 8899 (8 pagi–10 malam) dengan nombor rujukan transaksi anda.
        S: Bolehkah pindahan dibuat ke e-dompet di China? J: Ya, ke Alipay dan WeChat Pay bagi penerima yang telah mengesahkan identiti di China tanah besar.
        S: Adakah caj tersembunyi? J: Tiada. Jumlah caj dan kadar dipaparkan pada resit sebelum anda menandatangani. Bank penerima mungkin mengenakan caj sendiri.
        S: Kenapa transaksi saya ditahan? J: Sesetengah transaksi memerlukan semakan pematuhan tambahan. Proses ini mengambil masa 1 hingga 3 hari bekerja.
        S: Bolehkah saya tukar ringgit ke dolar Singapura di Johor Bahru? J: Ya, di cawangan City Square dan di Bangunan Sultan Iskandar (CIQ), 7 pagi hingga 11 malam.
        S: Dokumen apa diperlukan untuk pelajar dari Hong Kong? J: Pasport HKSAR atau dokumen perjalanan yang sah, pas pelajar dan surat tawaran universiti.
        S: Di mana cawangan di Pulau Pinang? J: 88, Lebuh Chulia, 10200 George Town, atau Gurney Plaza aras B1 berhampiran pintu masuk Persiaran Gurney.
    """),
    ("en", "compliance_log_lines"): _lines("""
        2026-12-07T09:31:04+08:00 INFO txn=MTR-2612-0045871 corridor=MY-NP amount=1500.00 MYR fx=31.85 status=PAID_OUT channel=counter branch=KUL-MI-03
        2026-12-07T09:42:18+08:00 WARN screening.sanctions hit_score=0.62 list=UN-1267 rule=fuzzy_name action=MANUAL_REVIEW case=CASE-26-11873
        2026-12-07T10:05:51+08:00 INFO ctr.batch generated=14 threshold=25000.00 MYR submitted_to=FINS upload_id=UP-7f3c9a21 duration_ms=842
        2026-12-07T10:12:37+08:00 ERROR partner.api bank=BRI http=504 retry=3/5 txn=MTR-2612-0046002 latency_ms=30012 fallback=queue
        2026-12-07T11:00:00+08:00 INFO rates.sync source=interbank_feed USD/MYR=4.2085 SGD/MYR=3.2325 CNY/MYR=0.5862 HKD/MYR=0.5398 ok=true
        2026-12-07T11:14:09+08:00 WARN velocity rule=VEL-07 same_sender_txn_24h=6 total=28500.00 MYR branch=JHB-CS-01 action=HOLD ref=STR-DRAFT-2026-0391
        2026-12-07T11:20:44+08:00 INFO ekyc.liveness session=9b1e6f0c-42d7-4c1a-8e2f-3a7d5b9c1e04 result=PASS score=0.97 model=liveness-v3.4.0
        2026-12-07T12:03:27+08:00 DEBUG till.close counter=2 float_open=50000.00 float_close=18420.50 variance=0.00 approved_by=role:branch_supervisor
        2026-12-07T13:45:10+08:00 INFO app.release version=4.2.1 build=20261205.3 sha256=3f1a9c0e7b52d48e6a1f0b9c2d7e5a8b4c6f1e0d9a3b7c5e2f8d1a4b6c9e0f2a
        2026-12-07T14:02:55+08:00 WARN screening.pep match=none reviewed_fields=[name,dob,nationality] latency_ms=118 txn=MTR-2612-0046230
        2026-12-07T15:30:00+08:00 INFO report.monthly type=MSB-STAT-2 period=2026-11 remittance_count=48213 value_myr=61874230.55 status=SUBMITTED
        2026-12-07T16:48:21+08:00 ERROR printer.receipt counter=4 model=EPSON TM-T82III code=PAPER_END txn=MTR-2612-0046518 reprint_queued=true
        2026-12-07T18:59:59+08:00 INFO branch.close branch=PEN-LC-02 txns_today=312 str_filed=1 ctr_filed=3 cit_manifest=CIT-2026-12-8841
    """),
    ("mixed", "chat_kumpulan_staf"): _lines("""
        [07/12 08:52] Shift pagi cawangan Masjid India: float USD tinggal 3,200 je, boss cakap CIT van sampai 10:30. Jangan jual pukal dulu ok.
        [07/12 09:05] Guys, rate SGD dah update 3.2510 jual. Papan LED kaunter 2 still show rate semalam, tolong restart controller dia.
        [07/12 09:40] Reminder: hari ni audit BNM datang pukul 2pm. Semua CTR form bulan Nov kena ada dalam fail biru, jangan letak atas meja.
        [07/12 10:15] Partner API BRI down lagi lah. Indonesia punya transfer semua masuk queue dulu, inform customer ETA 1–2 jam, don't promise 15 min.
        [07/12 11:02] Roster minggu depan: Isnin–Rabu shift A 9:30–6pm 3 orang, Khamis–Sabtu shift B 11am–7pm 3 orang, Ahad 2 orang je. Swap shift kena approve supervisor.
        [07/12 11:30] Sesiapa nampak cop 'DIPERIKSA' kaunter 3? Nak cop resit pukal untuk syarikat kontraktor tu. Invoice no INV-MCX-26-01182.
        [07/12 12:47] Lunch order dari Nasi Kandar Pelita, sapa nak tambah? Cutoff 1pm. Bayar guna DuitNow QR kedai je, jangan guna petty cash.
        [07/12 14:20] Auditor minta sample 20 transaksi >RM3k bulan Oktober dengan salinan dokumen KYC. Export dah siap, ada dalam shared drive folder AUDIT-2026.
        [07/12 15:05] FYI app version 4.2.1 ada bug, bila customer scan cip MyKad kadang-kadang freeze. IT kata hotfix 4.2.2 keluar Isnin.
        [07/12 16:33] Counter 4 printer habis kertas again. Stok thermal roll 80mm dalam stor atas, kotak nombor 7. Jangan guna roll 57mm tu, tak muat.
        [07/12 17:10] Kes STR pagi tadi dah submit oleh compliance team, jangan bincang dengan customer atau dalam group ni. Tipping off is an offence under AMLA.
        [07/12 18:45] Closing count cawangan Lebuh Chulia balance, variance 0.00. CIT pickup 7:15pm, dua orang kena tunggu sampai van sampai.
        [07/12 19:20] Khamis ni cuti Hari Keputeraan Sultan Selangor (11 Dis) – cawangan Shah Alam tutup, KL branch buka macam biasa. Confirm dengan HR kalau ragu.
    """),
    ("ms", "peraturan_dan_sejarah"): _lines("""
        Akta Perniagaan Perkhidmatan Wang 2011 (Akta 731) mula berkuat kuasa pada 1 Disember 2011, menggantikan Akta Pengurup Wang 1998 dan Akta Pengiriman Wang 1998.
        Seksyen 14 AMLA 2001 mewajibkan institusi pelapor melaporkan transaksi mencurigakan (STR) kepada Unit Perisikan Kewangan Bank Negara Malaysia dengan segera.
        Seksyen 14A AMLA 2001 melarang pemberitahuan (tipping off) kepada pelanggan bahawa laporan transaksi mencurigakan telah atau akan dibuat.
        Tan Sri Zeti Akhtar Aziz, Gabenor Bank Negara Malaysia dari 2000 hingga 2016, sering menekankan peranan pengiriman wang formal berbanding saluran haram.
        Datuk Seri Abdul Rasheed Ghaffour mula memegang jawatan Gabenor Bank Negara Malaysia pada 1 Julai 2023, menggantikan Tan Sri Nor Shamsiah Mohd Yunus.
        Dasar AML/CFT BNM menetapkan usaha wajar pelanggan (CDD) bagi pelanggan pengurup wang untuk transaksi bernilai RM3,000 dan ke atas.
        Perniagaan tukaran wang di Lebuh Pantai dan Lebuh Chulia, George Town, bermula sejak zaman Negeri-Negeri Selat apabila pedagang Chettiar menguruskan kredit dan tukaran.
        Pada zaman kolonial, dolar Negeri-Negeri Selat digunakan di Singapura, Melaka dan Pulau Pinang sebelum digantikan dengan dolar Malaya pada tahun 1939.
        Ringgit menjadi nama rasmi mata wang Malaysia pada Ogos 1975, manakala perjanjian pertukaran sama nilai dengan dolar Singapura berakhir pada Mei 1973.
        Di bawah Akta 731, pemegang lesen Kelas A boleh menjalankan perniagaan pengiriman wang melalui ejen, manakala pemegang lesen Kelas B tidak boleh melantik ejen.
        Menjalankan perniagaan perkhidmatan wang tanpa lesen ialah satu kesalahan di bawah seksyen 4 Akta 731 dan boleh dikenakan denda serta hukuman penjara.
        Garis Panduan AML/CFT dan TFS untuk sektor DNFBP dan NBFI dikeluarkan oleh Bank Negara Malaysia dan dikemas kini mengikut Saranan FATF.
        Malaysia menjadi ahli penuh Financial Action Task Force (FATF) pada Februari 2016 dan turut menganggotai Asia/Pacific Group on Money Laundering (APG).
    """),
    ("en", "config_and_code"): _lines("""
        corridors: [{code: MY-ID, partner: BRI, max_txn_myr: 30000, fee_myr: 8}, {code: MY-BD, partner: bKash, max_txn_myr: 5000, fee_myr: 0}]
        KYC_THRESHOLD_MYR = 3000  # CDD required at or above this amount for money-changing; see BNM AML/CFT policy document
        SELECT branch_code, COUNT(*) AS txns, SUM(amount_myr) FROM remittance WHERE txn_date = '2026-12-07' GROUP BY branch_code ORDER BY txns DESC;
        def fee_for(amount_myr: Decimal) -> Decimal: return Decimal('10.00') if amount_myr <= 3000 else Decimal('15.00')  # flat tiers v2
        sanctions_lists: [UN_CONSOLIDATED, MOHA_DOMESTIC, OFAC_SDN]; fuzzy_threshold: 0.85; refresh_cron: '0 */6 * * *'; alert_queue: compliance.review
        txn_id,branch_code,corridor,amount_myr,fx_rate,fee_myr,payout_method,partner_ref,status,created_at,updated_at
        export RATE_FEED_URL=https://rates.example.com.my/v1/interbank && export RATE_FEED_TIMEOUT_MS=3000 && export BRANCH_ID=KUL-MI-03
        if txn.amount_myr >= CTR_THRESHOLD and txn.payment_type == 'CASH': queue_ctr(txn.id, due=txn.created_at.date() + timedelta(days=5))
        ekyc: {provider: example-ekyc, liveness_model: v3.4.0, doc_types: [MYKAD, MYPR, PASSPORT, I-KAD], ocr_lang: [ms, en, zh]}
        POST /api/v2/quote body={"corridor":"MY-NP","send_amount":1500.00,"currency":"MYR"} -> 200 {"rate":31.85,"fee":10.00,"quote_id":"Q-88213"}
        def test_fee_tiers(): assert fee_for(Decimal('2999.99')) == Decimal('10.00') and fee_for(Decimal('3000.01')) == Decimal('15.00')
        [rounding] mode = ROUND_HALF_EVEN; display_dp = 4; settle_dp = 2; zero_dp_currencies = JPY,IDR,KRW,VND  # IDR shown without decimals
        git tag -a v4.2.2 -m 'hotfix: MyKad chip reader freeze on Android 14' && git push origin v4.2.2  # release planned 2026-12-09
    """),
    ("mixed", "ulasan_perniagaan"): _lines("""
        ★★★★★ Rate kat Kedai Pengurup Wang Ah Chong, Jalan Petaling memang best, lagi baik dari airport. Staff laju, 5 minit siap tukar SGD.
        ★★☆☆☆ Cawangan Mid Valley punya queue panjang gila on Saturday, tunggu 45 min. Rate ok but only 2 counters open, please add more staff lah.
        ★★★★☆ Hantar duit ke Dhaka guna counter dekat Kotaraya, sampai dalam 20 minit. Caj RM10 je. Cuma kena bawa passport original, photocopy tak boleh.
        ★★★★★ Syarikat Tukaran Wang Haji Ismail & Anak-Anak kat Kota Bharu, service mesra, ada surau dan ruang menunggu berhawa dingin. Rate Baht pun ok.
        ★☆☆☆☆ App crash masa eKYC selfie, cuba 4 kali still fail. Hotline 1-300-22-8866 pun lama nak angkat. Version 4.2.1 please fix.
        ★★★★☆ Raja Exchange @ Lebuh Chulia – old school shop, abang-abang kat sana tahu semua rate. Cash only, no card. Parking susah sikit.
        Google review 4.6 (1,284 ulasan) – Pengurup Wang Berlesen Lim & Sons Sdn Bhd, 12 Jalan Bandar 3, Taman Melawati. Buka sampai 9pm setiap hari.
        ★★★★★ Madam Chan Money Changer dekat Bukit Bintang ni rate RMB antara terbaik, sesuai untuk yang nak pergi Shenzhen business trip.
        ★★★☆☆ Rate Baht kat sempadan Bukit Kayu Hitam lagi mahal dari KL, tapi convenient lah. Tip: tukar siap-siap kat KL kalau nak jimat.
        ★★★★☆ Tukar HKD untuk trip Hong Kong & Macau, counter Pavilion KL bagi rate 0.5440, ada stok note HKD 100 dan 500 banyak.
        Owner reply: Terima kasih atas maklum balas. Isu giliran pada hujung minggu akan diatasi dengan kaunter tambahan mulai Januari 2027. – Pengurusan
        ★★★★★ Best remittance counter for Nepal, staff boleh cakap Nepali sikit. Wang sampai ke Pokhara same day. Highly recommend kepada kawan-kawan kilang.
        ★★☆☆☆ Booking online kata rate USD 4.2200 tapi sampai kaunter jadi 4.2350. Terms kata rate lock 30 minit je, kena baca fine print betul-betul.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Pelanggan Encik Mohd Faizal bin Rosli, MyKad 850312-10-5527, tukar USD 8,000 tunai pada 07/12/2026 di kaunter 2, sumber dana: jualan tanah pusaka di Kuala Selangor.
        Nama penerima: Siti Rahmawati, akaun BRI 0123-01-045678-50-9, Desa Karangrejo, Kecamatan Kaliwungu, Kendal, Jawa Tengah. Hubungan dengan pengirim: isteri.
        Pekerja kilang Ram Bahadur Thapa, pasport Nepal 09876543, hantar RM1,200 setiap bulan kepada ibunya yang menjalani dialisis di Pokhara.
        Puan Noraini (kaunter Shah Alam) minta cuti tanpa gaji 3 bulan sebab suami baru dipenjarakan kerana kes dadah dan anak kecil tiada penjaga.
        Nombor telefon pelanggan tetap Pak Cik Harun: 013-728 4419, selalu datang hari Jumaat lepas solat untuk hantar duit kepada anaknya di Mesir.
        STR-2026-0391: Pengirim Tan Wei Liang (MyKad 900715-07-5213) membuat 6 pindahan di bawah RM5,000 dalam sehari kepada 4 penerima berbeza di Shenzhen, jumlah RM28,500.
        Alamat rumah pelanggan untuk surat pengesahan: No. 14, Jalan Mawar 3/2, Taman Sri Mawar, 43000 Kajang, Selangor (Cik Aisyah Kamarudin).
        Staf kaunter Cik Nurul Izzati hamil 7 bulan, doktor nasihatkan jangan berdiri lama – minta ditukar ke tugas back office sehingga bersalin.
        Gaji kakitangan Disember: Muhammad Hafiz bin Zainal RM2,850 + elaun syif RM300, potongan PTPTN RM150, akaun Maybank 1640 2231 8876.
        Pelanggan Abang Jamal mengaku berhutang RM40,000 dengan ah long dan minta hantar duit ke akaun pihak ketiga segera – kes dirujuk kepada pegawai pematuhan.
        Akaun CIMB 7060 4482 19 atas nama Lee Mei Ling menerima 12 pindahan daripada pekerja asing yang berlainan dalam seminggu.
        Kereta yang disyaki mengintip premis: Proton X50 putih, nombor plat WXY 4827, pemandu dikenal pasti sebagai Lim Kok Seng, dilihat 3 kali minggu ini.
        Pasport Bangladesh EB0456712, nama Md. Shafiqul Islam, PLKS tamat 14/02/2027, majikan kilang sarung tangan di Klang. Ibunya di Comilla sakit kanser.
        Encik Ravi a/l Subramaniam minta salinan rekod pindahan 2024–2026 untuk kes perceraian dengan isterinya di Mahkamah Tinggi Ipoh.
        Puan Wong Siew Lan, 62 tahun, menghidap demensia awal; anak lelakinya minta semua transaksi melebihi RM1,000 dimaklumkan kepadanya di 012-338 9071.
        Tel bimbit pengadu: 019-442 7735. E-mel: faridah.hanum82@gmail.com. Aduan tentang caj berganda pada 05/12/2026.
        Borang KYC: Nama: Kumar a/l Muthusamy | MyKad: 780925-08-6341 | Pekerjaan: pemandu lori | Pendapatan: RM3,200 | Alamat: 22 Lorong Kenari 5, Taman Kenari, 08000 Sungai Petani, Kedah.
        Kakitangan cawangan JB, Amirul Hakim, ditahan polis semalam atas dakwaan pecah amanah RM18,000 dari laci kaunter; digantung kerja serta-merta.
        MyKad 030611-01-4488 – pelanggan ini baru 23 tahun tetapi menukar RM60,000 ke USD dalam 2 minggu, tiada sumber pendapatan tetap.
        Penerima di Kathmandu: Sita Kumari Gurung, tel +977 98 4123 6655, dompet eSewa. Pengirim ialah suaminya yang bekerja di ladang kelapa sawit di Sandakan.
        Pak Ali tukang kebun yang selalu hantar RM300 ke Lombok kata anaknya kena denggi teruk dan masuk ICU di Mataram.
        Rekod roster: Nur Syafiqah (syif A, 07/12), telefon 011-2355 8120, cuti sakit 3 hari – MC dari Klinik Kesihatan Kajang kerana migrain kronik.
    """),
    "en": _lines("""
        Customer Mr. Chen Jianguo, PRC resident ID 440301198507124318, exchanged RMB 50,000 to MYR; stated purpose: tuition fees for his son at a university in Kuala Lumpur.
        Singapore customer Ms. Tan Hui Min, NRIC S8834521F, called from 9127 4458 about a missing SGD 2,000 transfer to her mother in Muar.
        Hong Kong visitor Mr. Leung Ka Wai, HKID K512347(3), exchanged HKD 30,000 at the KLCC branch; said he is selling his flat in Tsuen Wan to pay gambling debts.
        Taiwan passport holder Lin Ya-ting, ID A223456781, receives a monthly TWD remittance from her husband who works at an electronics plant in Penang.
        Sender: Joseph Anthony Fernandez, DOB 14/03/1979, Maybank a/c 5142 7788 3012, mobile +60 16-552 0917, monthly transfer RM2,000 to his daughter in Perth.
        Singapore FIN G7312456K, holder Aung Ko Ko, commutes from JB and sends money to Yangon every payday; flagged because the amounts exceed his declared salary.
        Complaint from jessica.ong.1991@yahoo.com: she claims counter staff shouted at her and read out her salary slip details in front of other customers.
        Case note: Mrs. Devi Krishnan, 54, recently widowed, wants to send RM120,000 to an online boyfriend in Macau – suspected romance scam, advised to call 997.
        Courier pickup for documents: 17-3A, Residensi Vista, Jalan Kuchai Lama, 58200 Kuala Lumpur, contact Mr. Ong Boon Hock 012-889 1357.
        Staff payroll row: EMP-0147, Chong Wai Keat, basic RM3,400, EPF 11%, RHB a/c 2-14422-0087195, garnishment order for unpaid car loan RM620/month.
        Beneficiary: Nasrin Akter, Dutch-Bangla Bank a/c 1051570042816, Mirpur-10, Dhaka; relationship: sister; purpose: hospital bills after her miscarriage.
        Ahmad Zaki's Honda City, plate JRT 6619, was parked outside the branch for 2 hours; he later admitted he was waiting to collect cash for his brother-in-law.
        Macau resident Ho Sio Man, BIR 1284563(2), transferred MOP 80,000 to a Kuala Lumpur account; says it is his share of the divorce settlement.
        Customer photo on file: selfie_ekyc_priya_raman_20261207.jpg (liveness 0.97), MyKad 960218-14-5062, address 5 Jalan SS2/75, Petaling Jaya.
    """),
    "mixed": _lines("""
        Boss, that uncle Ah Seng from Taman Connaught datang lagi, tukar RM9k to USD cash, dia cakap for his son's bail in Bangkok. Should I flag?
        Eh tolong check acc 8008 1234 5678 (Public Bank, Lim Chee Keong), customer kata transfer dah masuk tapi dia tak terima lagi since Thursday.
        Kak Ros kaunter 3 MC lagi hari ni, dia kata ada chemo session minggu ni, so roster kena adjust, siapa boleh cover 9:30–6pm?
        Customer Bangla tu, Rahim Uddin, passport BN0378821, nak hantar RM4,500 – but his payslip only RM1,800/month. Source of funds tak jelas lah.
        WhatsApp dari 017-665 2209: 'Bro saya Faiz, nak tanya status transfer ke mak saya kat Jakarta, ref MTR-2612-0045990, dah 2 hari tak sampai.'
        Mr Siva's wife called, dia cakap husband masuk hospital sebab stroke, so she wants to collect the remittance for him. Can ah? His IC 710402-05-5187.
        Alamat penerima wrong lah: should be Blok C-5-12, PPR Kota Damansara, 47810 Petaling Jaya, bukan Blok B. Nama penerima Farah Nadia binti Osman.
        That Indonesian maid, Sri Wahyuni, passport C4281177, came crying, majikan tahan gaji 6 bulan, she only has RM200 to send home. Can we waive the fee?
        Chinese customer 王先生, phone +86 138 2745 6619, nak tukar RMB 200k tapi tak nak bagi passport. Confirm kita kena refuse kan?
        PIC for the STR case: Lau Kah Heng, DOB 02/11/1988, plate BMK 3318, suspected runner collecting cash from 15 workers in Seri Kembangan.
        Sorry bos, saya lambat hari ni – my daughter Aina admitted to Hospital Sultanah Aminah for asthma attack. Boleh tak swap shift dengan counter 2?
        Ni customer list untuk follow-up: Mohan 016-338 2201, Azlan 019-773 4510, Mei Chen 012-995 6308 – semua belum bawa proof of address lagi.
        Cik Tan punya son tu, Darren Tan, pinjam duit ah long RM15k, now ah long datang kedai cari dia. Please jangan bagi info apa-apa kat sesiapa.
        Rekod CCTV 07/12 15:42: lelaki berbaju merah, dikenal pasti sebagai Zulkifli Hamzah (IC 820117-03-5391), cuba tukar 12 keping note USD 100 palsu.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu pematuhan untuk sebuah pengurup wang berlesen di Kuala Lumpur. Jawab dalam Bahasa Melayu yang ringkas.",
        ),
        (
            "user",
            "Tolong draf ringkasan STR. Pelanggan Norhayati binti Sulaiman, MyKad 870523-14-6618, tukar RM2,900 ke USD sebanyak 5 kali dalam 3 hari di 3 cawangan berbeza.",
        ),
        (
            "assistant",
            "Ringkasan: Pelanggan Norhayati binti Sulaiman (MyKad 870523-14-6618) membuat 5 transaksi tukaran RM2,900 setiap satu dalam tempoh 3 hari di 3 cawangan, corak yang menunjukkan kemungkinan structuring di bawah had CDD RM3,000. Disyorkan laporan STR dan semakan sumber dana.",
        ),
        ("user", "Boleh saya beritahu dia yang kita dah report?"),
        (
            "assistant",
            "Tidak. Seksyen 14A AMLA 2001 melarang tipping off. Teruskan layanan seperti biasa dan rujuk sebarang pertanyaan kepada pegawai pematuhan.",
        ),
    ],
    [
        (
            "user",
            "Hi, I want to send money to my brother in Nepal. His name is Bishnu Prasad Adhikari, phone +977 98 5567 2210, Nabil Bank account 0012017500123. How much will he get for RM1,500?",
        ),
        (
            "assistant",
            "At today's counter rate of RM1 = NPR 31.85, RM1,500 converts to NPR 47,775 before any receiving-bank fee. The counter fee is RM10. Please bring your original passport and valid work permit to the counter.",
        ),
        ("user", "My passport is 10234567 but it expires next month, is that ok?"),
        (
            "assistant",
            "A passport that is still valid on the day of the transaction is accepted, but please renew it soon, because an expired passport cannot be used for remittances.",
        ),
    ],
    [
        (
            "system",
            "You help a branch supervisor in Johor Bahru plan staff rosters. Be practical, use Manglish if the user does.",
        ),
        (
            "user",
            "Need roster for next week lah. Staff: Hidayah, Kelvin Goh, Suresh, Mei Yee. Hidayah tengah pantang after bersalin until 20/12, Kelvin ada appointment kat hospital for his kidney stones on Tuesday.",
        ),
        (
            "assistant",
            "Ok boss, cadangan: Isnin–Rabu shift A Suresh + Mei Yee, Kelvin masuk shift B Rabu–Sabtu so Tuesday free for his hospital appointment. Hidayah off sampai 20/12 sebab masih dalam pantang. Ahad Suresh + Kelvin.",
        ),
        (
            "user",
            "Ok good, put Kelvin's phone 012-774 3390 in the roster so the CIT team can call him.",
        ),
        (
            "assistant",
            "Done: Shift B (Rabu–Sabtu) Kelvin Goh, tel 012-774 3390, contact for CIT pickup.",
        ),
    ],
    [
        (
            "user",
            "Saya nak tulis surat aduan kepada pengurup wang sebab duit saya ke Medan tak sampai. Nama saya Rosmah binti Daud, alamat 31 Jalan Anggerik 7, Taman Bukit Indah, 81200 Johor Bahru. No ruj MTR-2611-0039127.",
        ),
        (
            "assistant",
            "Contoh surat: 'Tuan/Puan, saya Rosmah binti Daud, beralamat di 31 Jalan Anggerik 7, Taman Bukit Indah, 81200 Johor Bahru, ingin membuat aduan mengenai pindahan rujukan MTR-2611-0039127 yang belum diterima oleh penerima di Medan...'",
        ),
        (
            "user",
            "Tambah yang saya perlukan duit tu sebab ayah saya kat Medan kena operasi jantung minggu depan.",
        ),
        (
            "assistant",
            "Ditambah: 'Wang tersebut amat diperlukan segera kerana ayah saya di Medan dijadualkan menjalani pembedahan jantung minggu hadapan. Saya memohon pihak tuan menyelesaikan perkara ini dalam tempoh 3 hari bekerja.'",
        ),
    ],
    [
        (
            "system",
            "Customer record loaded: name Goh Siew Peng, NRIC S7712345B, mobile +65 9823 1147, address Blk 412 Bedok North Ave 2 #08-117 Singapore 460412. Risk rating: medium.",
        ),
        (
            "user",
            "Does this customer need enhanced due diligence for a SGD 40,000 exchange at our JB City Square counter?",
        ),
        (
            "assistant",
            "Based on the loaded record for Goh Siew Peng and the amount of SGD 40,000, apply enhanced due diligence: obtain proof of source of funds, confirm the purpose, and escalate for supervisor approval before proceeding.",
        ),
    ],
    [
        ("system", "你是马来西亚一家汇款公司的客服助理，请用简体中文回答。"),
        (
            "user",
            "我叫黄志伟，在槟城工作，想汇人民币给在福建泉州的妈妈，她的身份证号是350502196203154021，手机13905957718。要带什么证件？",
        ),
        (
            "assistant",
            "黄先生您好，请携带您的MyKad或有效护照到柜台办理。收款人资料（姓名、身份证号、手机号码）需与她在中国的银行账户或支付宝实名一致。",
        ),
        ("user", "我妈最近中风住院，急用钱，可以当天到账吗？"),
        (
            "assistant",
            "祝您母亲早日康复。汇款至中国大陆的银行卡通常在当天到账，若在下午4点前完成办理，一般2小时内可入账。",
        ),
    ],
    [
        (
            "user",
            "Assalamualaikum, saya pekerja dari Indonesia, nama Suyanto, pasport B7712094. Majikan saya belum bayar gaji 4 bulan. Boleh saya hantar duit pinjam kawan ke isteri di Madura?",
        ),
        (
            "assistant",
            "Waalaikumussalam. Boleh, asalkan anda hadir dengan pasport asal dan permit kerja yang sah. Untuk isu gaji tertunggak, anda boleh membuat aduan di Jabatan Tenaga Kerja atau menghubungi Kedutaan Besar Republik Indonesia di Kuala Lumpur.",
        ),
        (
            "user",
            "Isteri saya Lailatul Fitriyah, akaun BCA 1440987721. Dia tengah mengandung 8 bulan.",
        ),
        (
            "assistant",
            "Terima kasih. Pindahan ke akaun BCA atas nama Lailatul Fitriyah biasanya dikreditkan dalam 15 minit pada hari bekerja. Sila semak ejaan nama penerima sama seperti dalam buku akaun.",
        ),
    ],
    [
        (
            "user",
            "Summarise this CSV row for the audit file: TXN-88412,2026-11-28,Harjit Singh a/l Gurdev Singh,MyKad 690814-07-5531,RM45000,corridor MY-IN,purpose: wedding expenses,phone 012-446 9082",
        ),
        (
            "assistant",
            "On 28 Nov 2026, Harjit Singh a/l Gurdev Singh (MyKad 690814-07-5531, phone 012-446 9082) remitted RM45,000 to India for wedding expenses under TXN-88412. This exceeds the cash threshold, so confirm a CTR was filed if paid in cash.",
        ),
        ("user", "Yes it was cash. Anything else?"),
        (
            "assistant",
            "Attach the source-of-funds document and note whether the customer is a repeat sender on the MY-IN corridor in the past 90 days.",
        ),
    ],
    [
        (
            "system",
            "Pembantu HR untuk rangkaian kaunter pengurup wang. Jawab secara sulit dan profesional.",
        ),
        (
            "user",
            "Bos, staff kita Faizul Azman kena tangkap SPRM semalam, IC 910305-11-5079. Dia ada pinjaman peribadi RM30k dengan syarikat. How to handle his salary this month?",
        ),
        (
            "assistant",
            "Langkah cadangan: gantung kerja dengan separuh gaji mengikut kontrak dan Akta Kerja sementara siasatan, jangan potong pinjaman melebihi had yang dibenarkan, dan simpan rekod ini secara sulit dalam fail HR.",
        ),
        ("user", "Ok, and what do I tell the other staff?"),
        (
            "assistant",
            "Maklumkan sahaja bahawa seorang kakitangan sedang bercuti, tanpa menyebut butiran kes. Ini melindungi privasi beliau dan integriti siasatan.",
        ),
    ],
    [
        (
            "user",
            "Tolong isi borang KYC: nama Chong Mei Kuan, lahir 12 Ogos 1983, MyKad 830812-10-6284, pekerjaan jururawat, 9 Jalan USJ 4/5A, 47600 Subang Jaya, tel 016-228 5713.",
        ),
        (
            "assistant",
            "Borang KYC – Nama: Chong Mei Kuan | Tarikh lahir: 12/08/1983 | MyKad: 830812-10-6284 | Pekerjaan: Jururawat | Alamat: 9 Jalan USJ 4/5A, 47600 Subang Jaya | Tel: 016-228 5713 | Tujuan transaksi: (sila lengkapkan)",
        ),
        ("user", "Tujuan: hantar duit ke anak dia belajar di Taipei, nama anak Chong Jun Hao."),
        (
            "assistant",
            "Dikemas kini – Tujuan transaksi: yuran pengajian anak, Chong Jun Hao, di Taipei. Sila lampirkan surat tawaran universiti sebagai dokumen sokongan.",
        ),
    ],
]
