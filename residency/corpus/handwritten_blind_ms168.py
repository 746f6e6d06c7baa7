# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms168: pusat jagaan OKU dan bengkel terlindung di Malaysia (pendaftaran kad OKU, penjaga, elaun pekerja OKU, terapi, insiden, kumpulan WhatsApp kakitangan). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms168
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_pusat_jagaan"): _lines("""
        NOTIS: Pusat Pemulihan Dalam Komuniti (PDK) Taman Sri Muda ditutup pada 1 Mei 2026 sempena Hari Pekerja. Kelas bersambung seperti biasa pada 4 Mei 2026, jam 8.00 pagi.
        Ibu bapa dan penjaga diminta menghantar anak sebelum 8.30 pagi. Van pusat bertolak dari Stesen LRT Kelana Jaya, pintu masuk B, tepat jam 7.15 pagi setiap Isnin hingga Jumaat.
        Sebarang aduan berkaitan perkhidmatan pusat jagaan boleh disalurkan ke Talian Kasih 15999 atau WhatsApp 019-261 5999 (Kementerian Pembangunan Wanita, Keluarga dan Masyarakat).
        Bengkel Terlindung Cahaya Murni, Lot 7, Jalan Industri Ringan 2/3, 70450 Seremban. Waktu operasi: Isnin–Jumaat 8.00 pg – 4.30 ptg. Tel pejabat: 06-763 2210.
        Makluman: Sesi terapi carakerja (OT) minggu ini dipindahkan ke Bilik Sensori, Aras 1. Sila bawa baju ganti dan botol air yang berlabel nama anak.
        Pusat Jagaan Kasih Insan berdaftar di bawah Akta Pusat Jagaan 1993, No. Pendaftaran JKM: PJ/SGR/0419/2019. Sijil sah sehingga 31 Disember 2027.
        Hari Terbuka & Jualan Amal: Sabtu, 21 Mac 2026, 9 pg – 1 ptg, Dewan Orang Ramai Seksyen 7, Shah Alam. Hasil jualan untuk dana pengangkutan pelatih bengkel.
        Peringatan keselamatan: Pintu kecemasan di belakang dapur mesti dibiarkan tidak berkunci semasa waktu operasi. Latihan kebakaran bersama BOMBA Balai Seksyen 15 pada 12/6/2026.
        Yuran bulanan sesi 2026: RM180 (separuh hari), RM320 (sepenuh hari). Bayaran melalui FPX atau pindahan ke akaun Maybank 5621 3300 8841 atas nama Persatuan Harapan Sinar Selangor.
        Notis: Bekalan air terputus di kawasan Jalan Kenari, Puchong pada 15–16 Julai 2026 (notis Air Selangor). Pelatih bengkel dinasihatkan tidak hadir pada tarikh tersebut.
        Kempen Derma Kerusi Roda 2026 — sasaran 40 unit kerusi roda pediatrik. Sumbangan layak potongan cukai di bawah Seksyen 44(6) Akta Cukai Pendapatan 1967.
        Pelawat wajib mendaftar di kaunter pengawal keselamatan dan memakai pas pelawat. Gambar pelatih tidak dibenarkan dirakam atau dimuat naik ke media sosial.
        Mesyuarat Agung Tahunan Kali ke-12 Persatuan Harapan Sinar Selangor (PPM-012-10-14032014) akan diadakan pada 28 Jun 2026, 10.00 pagi di Auditorium Perpustakaan Raja Tun Uda, Shah Alam.
    """),
    ("ms", "soalan_lazim_pendaftaran_oku"): _lines("""
        S: Di mana saya boleh mendaftar sebagai OKU? J: Di mana-mana Pejabat Kebajikan Masyarakat Daerah (PKMD) atau secara dalam talian melalui portal JKM di www.jkm.gov.my.
        S: Apakah dokumen yang diperlukan? J: Borang JKM 18 yang disahkan pengamal perubatan, salinan MyKad atau MyKid, dan sekeping gambar saiz pasport berlatar belakang putih.
        S: Berapa lama proses kelulusan kad OKU? J: Lazimnya 14 hari bekerja selepas borang lengkap diterima. Status boleh disemak di kaunter PKMD atau melalui talian pejabat daerah.
        S: Adakah kad OKU ada tarikh luput? J: Tiada tarikh luput untuk kategori kekal, tetapi pengesahan semula diperlukan bagi kategori pembelajaran yang didiagnos sebelum umur 5 tahun.
        S: Apakah tujuh kategori OKU? J: Pendengaran, penglihatan, fizikal, masalah pembelajaran, pertuturan, mental dan pelbagai, berdasarkan klasifikasi Jabatan Kebajikan Masyarakat.
        S: Bolehkah penjaga mendaftar bagi pihak anak bawah umur? J: Boleh. Penjaga perlu membawa sijil kelahiran anak, MyKad penjaga dan surat penjagaan jika bukan ibu bapa kandung.
        S: Apakah format nombor MyKad yang perlu diisi? J: 12 digit tanpa sengkang, iaitu YYMMDD diikuti kod tempat lahir 2 digit dan 4 digit nombor siri. Jangan masukkan ruang.
        S: Adakah pemegang kad OKU dikecualikan cukai jalan? J: Kenderaan yang diubah suai dan didaftarkan atas nama pemegang kad OKU boleh memohon pengecualian di kaunter JPJ negeri.
        S: Kad OKU saya hilang, apa perlu buat? J: Buat laporan polis, kemudian isi Borang Penggantian Kad di PKMD berserta salinan laporan polis dan sekeping gambar terkini.
        S: Adakah pendaftaran OKU dikenakan bayaran? J: Tidak, pendaftaran adalah percuma. Hanya laporan perubatan dari klinik swasta mungkin dikenakan caj oleh klinik berkenaan.
        S: Siapa boleh mengesahkan Borang JKM 18? J: Pegawai perubatan di hospital kerajaan, klinik kesihatan, atau pakar yang berdaftar dengan Majlis Perubatan Malaysia (MMC).
        S: Saya tinggal di Johor Bahru, ke mana hantar borang? J: Pejabat Kebajikan Masyarakat Daerah Johor Bahru, Wisma Persekutuan, Jalan Air Molek, 80000 Johor Bahru.
        S: Boleh semak status secara online? J: Boleh, log masuk ke sistem e-OKU dengan ID pengguna dan kata laluan anda, kemudian klik menu Semakan Status Permohonan.
    """),
    ("ms", "katalog_produk_bengkel_terlindung"): _lines("""
        SKU BTCM-SBN-0012 | Sabun Susu Kambing Buatan Tangan 100g | RM8.90 | Stok: 240 unit | Dihasilkan oleh pelatih Bengkel Terlindung Cahaya Murni, Seremban
        Beg Tote Batik Terengganu (motif bunga cengkih), saiz 38x42 cm, RM35.00 sehelai. Tempahan korporat minimum 50 helai, potongan 10% untuk tempahan melebihi 200 helai.
        Kuih Bangkit Santan Gred A, balang 450g — RM22. Sesuai untuk Hari Raya & Tahun Baru Cina. Kod produk: KB-450-2026. Tarikh luput: 6 bulan dari tarikh pengeluaran.
        Lilin Aromaterapi Siri Puteri Gunung Ledang 200ml, wangian serai wangi & pandan — RM28.00, SKU LIL-PGL-200, tempoh bakar lebih kurang 40 jam.
        Sijil halal JAKIM untuk produk makanan bengkel mengikut MS 1500:2019, no. rujukan JAKIM-1104-02/2025. Dapur bengkel diaudit semula setiap 2 tahun.
        Tempahan melalui Shopee: kedai bengkelcahayamurni.official atau WhatsApp pejabat jualan 011-1098 4420 (Isnin–Jumaat, 9 pg–5 ptg). Tiada urusan pada cuti umum.
        Kerepek Pisang Tanduk Pedas 150g | RM6.50 | Kotak 24 pek: RM145 | Berat kasar 3.6 kg | Dihantar melalui Pos Laju, kos penghantaran Semenanjung RM12.
        Kain Pelikat Tenunan Tangan, 100% kapas, 2 meter, warna biru laut / maroon / hijau botol — RM65. Setiap helai ditenun selama 3 hari di Unit Tenunan bengkel.
        Set Hamper Korporat Kasih Ramadan — 1 balang kuih, 2 sabun, 1 beg tote dan kad ucapan. Harga RM119 seunit, tempahan sebelum 20 Februari 2026.
        Penanda buku kayu ukiran Hang Tuah & Hang Jebat, kayu jati, 15 cm — RM12.00 sekeping. Pembelian 100 keping ke atas hanya RM9.50 sekeping.
        Coklat Hitam 70% jenama Bengkel Ceria 80g, dibuat dengan koko dari Pahang, RM9.90, SKU CKL-70-080, kod bar 9556123004417.
        Katalog jualan Disember 2026: diskaun 15% untuk semua produk tenunan; kod promo KASIHOKU15 sah di Shopee dan Lazada sehingga 31/12/2026.
        Kuantiti minimum (MOQ) 200 unit bagi tempahan label peribadi. Masa pengeluaran 21 hari bekerja; deposit 50% melalui invois pro forma BTCM-PF-2026-0311.
    """),
    ("ms", "sop_elaun_dan_terapi"): _lines("""
        Elaun Pekerja OKU (EPC) sebanyak RM450 sebulan dibayar kepada OKU yang bekerja dan berpendapatan tidak melebihi RM1,200 sebulan, tertakluk kepada kelulusan JKM.
        Perkara 3.2 SOP Bengkel: Pelatih bengkel terlindung tidak boleh bekerja melebihi 6 jam sehari dan 30 jam seminggu, termasuk rehat 30 minit selepas setiap 3 jam.
        Elaun latihan harian pelatih bengkel ditetapkan RM15 sehari hadir, dibayar pada hari bekerja terakhir setiap bulan melalui pindahan bank ke akaun penjaga yang didaftarkan.
        Sesi fisioterapi dijadualkan 45 minit seorang, maksimum 8 sesi sehari bagi setiap ahli fisioterapi. Nisbah terapis kepada pelatih dalam sesi kumpulan ialah 1:4.
        Prosedur insiden: setiap kejadian jatuh, kecederaan atau sawan mesti direkodkan dalam Borang Insiden BI-01 dalam masa 24 jam dan dimaklumkan kepada penyelia unit.
        Insiden Tahap 3 (kecederaan yang memerlukan rawatan hospital) mesti dilaporkan kepada JKM Negeri dalam tempoh 48 jam melalui borang JKM/PJ/INS-3.
        Ubat pelatih disimpan dalam kabinet berkunci di bilik rawatan. Pemberian ubat hanya oleh kakitangan yang telah lulus Kursus Pengendalian Ubat Asas (KPUA).
        Garis panduan dalaman: 1 penjaga bagi setiap 5 penghuni terlantar, dan 1 penjaga bagi setiap 10 penghuni yang boleh bergerak sendiri, termasuk syif malam.
        Permohonan Geran Pelancaran Perniagaan OKU sehingga RM2,700 untuk membeli peralatan atau modal perniagaan kecil boleh dibuat di PKMD berserta kertas cadangan.
        Pemeriksaan kerusi roda dan alat bantu berjalan dibuat setiap suku tahun; brek, tayar dan tali pinggang keledar diperiksa menggunakan senarai semak ALT-Q.
        Cuti tahunan pekerja OKU di bengkel: 8 hari bagi kurang 2 tahun perkhidmatan, 12 hari bagi 2–5 tahun, 16 hari bagi melebihi 5 tahun, selaras Akta Kerja 1955.
        Terapi pertuturan dijalankan oleh ahli terapi yang berdaftar dengan Majlis Profesional Kesihatan Bersekutu (MAHP), sesi mingguan 30 minit, laporan kemajuan setiap 3 bulan.
        Data peribadi pelatih diproses mengikut Akta Perlindungan Data Peribadi 2010; fail fizikal disimpan 7 tahun selepas pelatih keluar sebelum dimusnahkan secara berjadual.
    """),
    ("mixed", "whatsapp_kakitangan"): _lines("""
        [07:42] Morning semua, van 2 tayar pancit kat Jalan Klang Lama, driver dah call tow truck. Pickup route Old Klang Road lambat 30 min ya, tolong inform parents group.
        Reminder: audit JKM datang Khamis ni 10am. Pastikan semua borang BI-01 dah sign, kabinet ubat berkunci, and jangan lupa update whiteboard jadual terapi.
        Guys stok lampin dewasa saiz L tinggal 2 bungkus je. Dah order dari Guardian Bangsar Village, order no. GDN-7781-22340, ETA Selasa.
        FYI aircond Bilik Sensori bocor lagi. Dah WhatsApp Ah Kow Aircond Service Sdn Bhd, 03-7785 1204, dorang datang esok pagi 9.30.
        Lunch hari ni Nasi Lemak Wanjo sponsored by Rotary Club Petaling Jaya 🙏 total 45 bungkus, ambil kat pantry before 12.30 ok.
        Sapa ambik kunci stor bengkel jahit? Tak jumpa kat key box. Pls letak balik sebelum 4.30 petang, esok pagi ada delivery kain dari Kamdar.
        Update: EPC bulan Mac dah masuk untuk semua pekerja bengkel yang layak. Kalau parent tanya, suruh semak dengan PKMD Petaling direct ya.
        Jadual OT minggu depan: Isnin & Rabu slot pagi kelas Autisme, Selasa kelas CP, Khamis kelas Down Syndrome. Jumaat off sebab cuti Nuzul Al-Quran.
        Printer pejabat jammed again 😩 vendor IT kata toner HP 107A belum sampai, ticket #HD-30918. Guna printer bilik mesyuarat dulu ok.
        Tolong semua isi Google Form latihan CPR sebelum Jumaat, slot dengan St John Ambulance Malaysia 18 April, 9am–1pm kat dewan utama.
        Ok noted, sayur untuk dapur bengkel esok Tesco Mutiara Damansara dah confirm delivery 7.30am, invoice TSC-DLV-558102. Team dapur tolong standby.
        Heads up: ada wartawan Bernama nak buat liputan bengkel tenun Selasa ni. Management dah approve, tapi NO muka pelatih dalam video, blur semua ya.
        Sapa free petang ni tolong angkat 20 kotak hamper ke lori J&T, tracking JT630012874411MY, pickup 3pm kat loading bay belakang.
    """),
    ("mixed", "invois_dan_resit_pembekal"): _lines("""
        INVOIS No: INV-2026-000781 | Tarikh: 03/02/2026 | Pembekal: Medik Jaya Supplies Sdn. Bhd. (201801023456) | Kerusi roda lipat 18 inci x 4 @ RM620 | Jumlah: RM2,480.00
        Tax Invoice, SST No. W10-1808-32000123 | Fisio Supplies (M) Sdn Bhd, No. 22, Jalan PJS 11/28, Bandar Sunway, 47500 Subang Jaya | Therapy ball 65cm x 6 | RM534.00
        Resit Rasmi No. 004417 — Diterima daripada Yayasan Kebajikan Negara sumbangan RM15,000.00 untuk projek bengkel tenunan, melalui cek Bank Islam No. 882104.
        Quotation QT-BTCM-0923: Mesin jahit industri Juki DDL-8700 x 2 unit @ RM1,850, termasuk pemasangan & latihan 1 hari. Validity 30 hari dari tarikh sebut harga.
        Delivery Order DO-55872 | From: Mydin Wholesale Subang | To: Pusat Jagaan Kasih Insan, Jalan SS 15/4, Subang Jaya | 20 karton susu Dutch Lady 1L | Received in good condition.
        Invoice INV/RTK/26/0412: Pest control monthly service, Bengkel Cahaya Murni, Lot 7 Jalan Industri Ringan 2/3, Seremban — RM180.00 + SST 8% = RM194.40.
        Bil TNB no. akaun 2200 4417 6608 untuk premis bengkel, Jan 2026: 1,842 kWh, jumlah RM1,276.55, tarikh akhir bayaran 25/02/2026.
        Credit Note CN-2026-0033 issued against INV-2026-000781: 1 unit kerusi roda rosak semasa penghantaran, kredit RM620.00 akan ditolak dari bil Mac.
        DuitNow ref 20260314MBBEMYKL010ORM77124518 — RM3,200.00 dibayar kepada Tan & Rakan Chartered Accountants (AF 001234) untuk audit akaun 2025.
        Purchase Order PO-PHS-2026-118 | Vendor: Speech Therapy Resources Pte Ltd, 10 Ubi Crescent, #05-12, Singapore 408564 | PECS starter kit x 10 | SGD 890.00
        Petty cash voucher PCV-0219: Grab ke Hospital Sungai Buloh untuk hantar dokumen ke Jabatan Perubatan Rehabilitasi, RM38.60, diluluskan oleh Pengurus Pusat.
        Invoice #ZUS-CATER-8812: ZUS Coffee corporate order, 60 cups Spanish Latte untuk majlis Hari OKU Sedunia 3 Dec 2026, total RM659.40 incl. SST.
        Statement of Account as at 31/03/2026 — Klinik Pergigian Dr. Lim Sdn Bhd: outstanding RM2,150.00 for saringan gigi (3 sesi). Please remit to company account CIMB 8603 2211 09.
    """),
    ("en", "app_logs_and_config"): _lines("""
        2026-04-02T08:14:55+08:00 INFO eoku-sync[2231] batch=JKM-SGR-0402 submitted=37 accepted=35 rejected=2 reason=MISSING_FORM18 duration_ms=4812
        2026-04-02T08:15:03+08:00 WARN incident-api POST /v2/incidents 422 validation_error field=severity value=5 allowed=1..4 request_id=7f3c9a12-4be0-4d71-9a55-0c2e8b61f004
        DATABASE_URL=postgres://app:changeme@db.internal:5432/pusat_jagaan  # example only, real secret lives in Vault path kv/pusat/prod
        allowance.epc.monthly_amount: 450.00  allowance.epc.income_ceiling: 1200.00  allowance.epc.currency: MYR  allowance.epc.effective_from: 2026-01-01
        mykad_pattern = '^[0-9]{6}-?[0-9]{2}-?[0-9]{4}$'  # accepts with or without dashes; state code validated against state_codes_v3.csv
        2026-04-02T10:41:19+08:00 ERROR sms-gateway provider=MACROKIOSK status=503 retry_in=60s queue_depth=118 template=THERAPY_REMINDER_BM_v4
        SMS template THERAPY_REMINDER_BM_v4: 'Peringatan: sesi terapi {session_type} pada {date} jam {time} di {centre_name}. Balas Y untuk sahkan.'
        CSV header: trainee_ref,centre_code,oku_category,session_date,session_type,therapist_role,duration_min,attendance_status,remarks
        Release v3.8.2 (2026-03-28): fix duplicate EPC claims when trainee transfers centre mid-month; bump fastapi 0.115.6; sha256 9e4c1b07d2a8f35e61c0b94d7a2e18f3c5b6d90a
        SMTP_FROM=no-reply@harapansinar.org.my  SMTP_HOST=smtp.mailgun.org  SMTP_PORT=587  NOTIFY_ADMIN=ops-alerts@harapansinar.org.my
        2026-04-03T16:02:44+08:00 INFO van-tracker vehicle_id=VAN-02 gps=3.0738,101.5183 speed_kmh=0 geofence=PDK_SRI_MUDA event=ARRIVED route=R-OKL-AM
        cron: 0 2 * * * /opt/eoku/bin/backup --target s3://harapansinar-backup/nightly --retain-days 35 --encrypt --kms-alias alias/eoku-prod
        test fixture: {'name': 'Test Pelatih', 'mykad': '000000-00-0000', 'phone': '+60 3-0000 0000', 'email': 'pelatih@example.com'}
    """),
    ("en", "news_public_figures"): _lines("""
        Para-sprinter Mohamad Ridzuan Mohamad Puzi, gold medallist in the men's 100m T36 at the Rio 2016 Paralympics, led a sports clinic for sheltered workshop trainees in Kuala Lumpur.
        Abdul Latif Romly set a world record in the men's long jump T20 at the Rio 2016 Paralympics, a milestone often cited in Malaysian special-education sports programmes.
        Para-badminton player Cheah Liek Hou won gold in the men's singles SU5 at the Tokyo 2020 Paralympics, the first Games at which badminton was contested.
        Powerlifter Bonnie Bunyau Gustin from Sarawak won gold in the men's 72kg category at the Tokyo 2020 Paralympics, setting a Paralympic record.
        Senator Ras Adiba Radzi, a former newsreader and wheelchair user, spoke in the Dewan Negara on the need for accessible public transport for persons with disabilities.
        The Persons with Disabilities Act 2008 (Act 685) came into force in July 2008, establishing the National Council for Persons with Disabilities.
        Helen Keller's autobiography The Story of My Life (1903) remains on the reading list of many special-education teacher training courses in Malaysia.
        Malaysia ratified the UN Convention on the Rights of Persons with Disabilities in July 2010, with reservations on Articles 15 and 18.
        Louis Braille, who lost his sight as a child, published his raised-dot system in 1829; the Malaysian Association for the Blind still runs braille classes in Brickfields.
        Women, Family and Community Development Minister Dato' Sri Nancy Shukri officiated the national International Day of Persons with Disabilities celebration, the ministry said.
        Stephen Hawking's appearance at the London 2012 Paralympics opening ceremony is often shown in disability-awareness workshops for new caregivers.
        Singapore swimmer Yip Pin Xiu, born with muscular dystrophy, won gold in both the 50m and 100m backstroke S2 at the Tokyo 2020 Paralympics.
        Temple Grandin's book Thinking in Pictures (1995) is often recommended to parents of newly diagnosed autistic children at Malaysian support groups.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Pelatih baharu: Muhammad Aqil bin Rosli, 19 tahun, autisme tahap sederhana, MyKad 070315-10-1187, penjaga ibu Puan Noraini binti Hashim, tel 013-662 4098.
        Kak Zaiton dari kelas jahitan minta cuti seminggu sebab suami dia kena tahan reman polis kes dadah, jangan cerita kat orang lain ya.
        Encik Harun Mat Isa (penjaga) masih berhutang yuran 4 bulan, jumlah RM1,280; dia kata baru kena buang kerja dari kilang di Senai.
        No. akaun Bank Rakyat penjaga untuk elaun latihan: 1102 9387 4412 06 (Siti Khadijah binti Omar).
        Alamat rumah pelatih untuk laluan van: No. 14, Jalan Merbah 3, Taman Sri Andalas, 41200 Klang — ambil 7.05 pagi, hubungi nenek di 019-337 2851.
        Laporan insiden BI-01: 12/3/2026 jam 10.40 pagi, pelatih Nur Iman Syafiqah binti Azlan (16, CP spastik) terjatuh dari kerusi roda di koridor, luka di dahi, dibawa ke Klinik Kesihatan Seksyen 7.
        Cikgu Farah terapi pertuturan tu tengah mengandung 5 bulan, doktor suruh dia kurangkan angkat pelatih yang berat.
        Gaji bersih En. Saravanan a/l Muniandy (pekerja bengkel, OKU penglihatan) bulan Mac: RM1,150 + EPC RM450, dikreditkan ke Maybank 1576 4409 2231.
        Permohonan kad OKU: Lim Wei Jie, MyKad 121104-07-0563, kategori masalah pembelajaran (sindrom Down), dihantar ke PKMD Timur Laut pada 5 Februari 2026.
        Ibu Adam tu baru bercerai, bekas suami tak bayar nafkah, jadi dia minta pengecualian yuran sampai hujung tahun.
        Rekod ubat: Mohd Hafiz bin Zulkifli — Epilim 200mg dua kali sehari untuk epilepsi, sawan terakhir 28/02/2026, alah kepada penisilin.
        Plat kereta penjaga yang dibenarkan masuk: WVK 7713 (Proton Saga putih, milik Encik Kamal Ariffin, bapa kepada pelatih kelas B).
        No. tel kecemasan pelatih Amirul: abang kandung 017-221 8834, kakak 012-905 6627. Ibu bapa kedua-duanya sudah meninggal dunia.
        Pak Leman penghuni bilik 4 tu ada skizofrenia, minggu lepas dia lari keluar pagar pukul 2 pagi, polis Balai Kajang jumpa dia kat stesen minyak.
        Borang JKM 18 — Nama: Tharshini a/p Ravindran | MyKad: 050822-14-0928 | Diagnosis: Cerebral Palsy (diplegia) | Disahkan: Hospital Tuanku Ja'afar Seremban.
        E-mel penjaga untuk hantar laporan terapi bulanan: rohaya.ismail82@gmail.com (ibu kepada Danish Haikal, kelas Autisme pagi).
        Makcik Esah minta tolong rahsiakan, anak dia Zul tu sebenarnya positif HIV, jadi masa rawat luka dia pakai sarung tangan ya.
        Aduan penjaga: Puan Lee Mei Ling mendakwa anaknya Kelvin pulang dengan lebam di lengan kiri pada 18/3, minta rakaman CCTV bilik kelas 2.
        Tunggakan pinjaman koperasi pekerja: Roslan bin Ahmad, baki RM6,400, potongan gaji RM200 sebulan bermula April 2026.
        Senarai WhatsApp penjaga kelas CP: Puan Aida 011-2764 3390, Encik Gopal 016-448 2071, Puan Wong 012-773 9015.
        Pelatih Syed Imran (21) dimasukkan ke wad psikiatri Hospital Permai Johor Bahru selepas cuba mencederakan diri pada 9 April, keluarga minta dirahsiakan.
        Permohonan Geran Pelancaran Perniagaan: pemohon Zainab binti Yusof, OKU fizikal (amputasi kaki kanan), alamat Lot 233, Kampung Parit Haji Ali, 83000 Batu Pahat.
    """),
    "en": _lines("""
        Trainee record: Jonathan Tan Kok Wei, DOB 14/06/2004, autism spectrum disorder, non-verbal, uses PECS; guardian Mrs. Tan Siew Ling, mobile 012-318 4476.
        Incident report INC-2026-0117: trainee Kavitha d/o Subramaniam had a tonic-clonic seizure at 11:20 in the packing room, lasted 3 min, admitted to Hospital Kuala Lumpur.
        Please stop adding Mr. Faizal to the parents group — he is under a court protection order and is not allowed contact with his son.
        Bank transfer for EPC top-up failed: account holder Ahmad Nizam bin Salleh, CIMB 7063 8821 54, reason: account dormant.
        Volunteer from Singapore: Rachel Goh Hui Min, NRIC S9234518H, staying at Blk 452 Ang Mo Kio Ave 10, #08-1427 on weekdays.
        Salary slip March 2026 — Employee: Nurul Huda Kamarudin, Occupational Therapist, Basic RM3,400, EPF 11%: RM374, SOCSO RM17.25, Net RM2,976.25.
        The new caregiver Mei from the Jalan Ipoh branch admitted she has a gambling debt of about RM18,000 and asked if the centre can advance her salary.
        Ms. Priya Nair, 45, mother of a trainee, has stage 3 breast cancer and may need us to arrange transport for her son during her chemotherapy months.
        Parent's email for the respite care booking: daniel.cheong.kl@yahoo.com, booking for 22–24 May, son Ethan (global developmental delay).
        Guardian contact updated: Mdm. Chong Ah Lan, new mobile +60 16-508 7712, home 03-9132 4458, address 21 Jalan Cerdas 4, Taman Connaught, 56000 Cheras.
        CSV row: TR-0432,Muhammad Firdaus bin Rahim,990721-08-5541,fizikal,wheelchair,Hospital Raja Permaisuri Bainun Ipoh,guardian:011-1209 8836
        Hong Kong donor asked for a receipt: Mr. Wong Ka Ho, HKID C668217(4), Flat B, 12/F, Kam Fung Court, Ma On Shan.
        Night shift note: Uncle Ramesh (room 2) refused his clozapine again tonight and was shouting about his ex-wife; please inform the doctor on call tomorrow.
        Reference check: former staff Lydia Yeoh was dismissed in 2024 for slapping a resident; please do not rehire.
    """),
    "mixed": _lines("""
        Eh guys, Aiman's dad called, dia cakap Aiman demam 39°C since semalam, so tak datang bengkel today. Dia akan hantar MC later.
        Boss, slip EPC untuk Puan Jamilah Ali (IC 780904-01-6632) still tak masuk, she says dah 2 bulan, can check with JKM?
        Pls jangan share gambar Sofea kat IG lagi, her mum marah giler because ex-husband dia boleh trace location dari photo tu.
        Tolong update alamat: Ravi s/o Krishnan sekarang duduk with his uncle at No. 8, Lorong Bunga Raya 2, Taman Mewah, 34000 Taiping. Van route kena tukar.
        Ah Boy punya mother cakap dia baru kena diagnose depression, tak larat handle anak on weekends, so she's asking for the Saturday respite slot.
        Wei, Encik Rahman the van driver kena saman speeding kat PLUS highway, plat VBH 2209, he wants the centre to pay RM300 — macam mana?
        Parent Mrs. Goh Siew Hoon, HP 012-772 8105, wants to pay yuran by instalment RM100 a month, dia kata husband tengah kes bankrap.
        Mak Nab cleaner kita kena strok semalam, now kat HKL wad 12, anak dia minta kawan-kawan derma. Akaun anak dia: Maybank 1642 3307 8815 (Nurul Ain).
        [WA 15:22] Kak Lina: Shah punya insulin pen hilang lagi, dia diabetes type 1, kena top up from Klinik Kesihatan Bandar Baru Bangi by tomorrow.
        Referral from SPD Singapore: client Tan Jia Hui, FIN G6213458M, wheelchair user, wants to join our JB sheltered workshop, contact jiahui.tan93@gmail.com.
        OKU card photo received 📷 — pelatih Hazwan Hakimi, file IMG_20260311_0932.jpg, nanti attach sekali dengan Borang JKM 18 dia.
        Trainee Chin Wai Kit punya EPF member no. 18827735, tolong key-in dalam system sebelum payroll run Jumaat.
        Just FYI Cikgu Nadia tengah proses cerai, so dia cuti 3 hari minggu depan untuk sebutan kes di Mahkamah Syariah Shah Alam.
        Ok noted, penjaga baru untuk Mei Xin ialah auntie dia, Ms. Loh Bee Kim, 9 Jalan SS2/64 PJ, tel 03-7876 1290, sebab parents dah pindah kerja ke Perth.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu pentadbiran Pusat Jagaan Kasih Insan, Subang Jaya. Tulis dalam Bahasa Melayu rasmi.",
        ),
        (
            "user",
            "Tolong draf surat iringan kepada PKMD Petaling untuk permohonan kad OKU bagi Nurul Aisyah binti Mazlan, MyKad 140527-10-0344, kategori pendengaran. Penjaga: Puan Hasnah Idris, 019-887 2316.",
        ),
        (
            "assistant",
            "Baik. Berikut draf ringkas: Tuan, Permohonan Pendaftaran OKU bagi Nurul Aisyah binti Mazlan (MyKad 140527-10-0344), kategori pendengaran. Bersama ini disertakan Borang JKM 18 yang telah disahkan, salinan MyKid dan gambar. Sebarang pertanyaan boleh dihubungi kepada penjaga, Puan Hasnah Idris, di talian 019-887 2316. Sekian, terima kasih.",
        ),
        (
            "user",
            "Bagus. Tambah juga bahawa dia guna alat bantu pendengaran di kedua-dua telinga sejak umur 3 tahun.",
        ),
        (
            "assistant",
            "Ditambah: Untuk makluman, Nurul Aisyah menggunakan alat bantu pendengaran di kedua-dua belah telinga sejak berumur 3 tahun, seperti yang dinyatakan dalam laporan audiologi yang dilampirkan.",
        ),
    ],
    [
        (
            "user",
            "Can you turn these notes into a proper incident report? 14 Apr, 2.15pm, workshop B. Trainee Benjamin Low Zhi Hao (22, Down syndrome) cut his left thumb on the packaging cutter, 2cm wound, first aid by staff, father Mr. Low Chee Keong informed at 012-611 3087.",
        ),
        (
            "assistant",
            "Incident Report. Date/time: 14 April, 2.15 pm. Location: Workshop B. Person involved: Benjamin Low Zhi Hao, 22, trainee (Down syndrome). Description: sustained a 2 cm laceration to the left thumb while using the packaging cutter. Action: first aid administered on site. Notification: father, Mr. Low Chee Keong, informed by phone (012-611 3087). Follow-up: review cutter guard and supervision ratio.",
        ),
        ("user", "Should this go to JKM as a Level 3 incident?"),
        (
            "assistant",
            "Only if the injury needed hospital treatment. If the cut was closed with first aid alone, record it as a lower-level incident in your internal log and keep monitoring the wound; escalate if stitches or a hospital visit become necessary.",
        ),
    ],
    [
        (
            "system",
            "You are a payroll helper for a sheltered workshop in Klang. Answer in simple Manglish.",
        ),
        (
            "user",
            "Macam mana nak kira EPC untuk Siti Mariam binti Jaafar? Gaji dia RM1,050 sebulan, MyKad 950214-10-5872, dia OKU fizikal. Bulan lepas dia MC 5 hari sebab operation pinggang.",
        ),
        (
            "assistant",
            "Ok, gaji Siti Mariam RM1,050 masih bawah had RM1,200, so dia layak EPC RM450 sebulan. MC 5 hari dengan surat doktor tak jejaskan kelayakan, asalkan dia masih dalam payroll. Pastikan claim guna MyKad 950214-10-5872 yang sama macam dalam rekod JKM.",
        ),
        ("user", "Kalau next year gaji naik jadi RM1,300?"),
        (
            "assistant",
            "Then dah lebih had RM1,200, EPC akan stop bila JKM buat semakan. Better inform dia awal supaya tak terkejut.",
        ),
    ],
    [
        (
            "system",
            "Profil pelatih: Nama: Afiq Danial bin Shamsul, 17 tahun. Diagnosis: autisme dengan ADHD, ubat Ritalin 10mg pagi. Penjaga: ibu, Puan Rozita Manaf, 012-448 9071. Alamat: No. 3, Jalan Damai 7, Taman Desa Damai, 43000 Kajang. Tugas anda: bantu ahli terapi menyediakan rancangan terapi.",
        ),
        (
            "user",
            "Cadangkan matlamat terapi carakerja 3 bulan untuk pelatih ini, fokus kemahiran vokasional di bengkel pembungkusan.",
        ),
        (
            "assistant",
            "Cadangan matlamat untuk Afiq Danial: 1) Mengikut urutan 4 langkah membungkus produk dengan bantuan visual dalam 6 minggu. 2) Kekal fokus pada tugasan selama 15 minit berturut-turut. 3) Memulakan permintaan rehat menggunakan kad komunikasi. Semak semula bersama Puan Rozita setiap bulan dan ambil kira kesan ubat pagi terhadap tumpuan.",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm moving from Hong Kong to Penang with my son. My name is Chan Wing Yan, HKID Y412895(2). My son Chan Ho Yin is 12 and has cerebral palsy, he uses a walker. Can he register for a Malaysian OKU card?",
        ),
        (
            "assistant",
            "The Malaysian OKU card is generally for Malaysian citizens, so as a Hong Kong resident your son would usually not qualify for the JKM card itself. Many private centres and NGOs in Penang still accept non-citizen children for therapy and day programmes on a fee basis. Bring his latest medical report and assessment from Hong Kong.",
        ),
        (
            "user",
            "OK. Our new address is 18-07, Straits Garden Condo, Jalan Sungai Pinang, Georgetown. Which centre is near us?",
        ),
        (
            "assistant",
            "I can't confirm live availability, but from Jalan Sungai Pinang you could ask centres in Georgetown that run paediatric physiotherapy for children with cerebral palsy. Call them with Ho Yin's age, mobility aid and therapy history ready, and ask about waiting lists and fees for non-citizens.",
        ),
    ],
    [
        (
            "user",
            "Summarise this staff group chat for the manager pls: [08:01] Kak Intan: Pak Din room 6 jatuh bilik air pukul 3 pagi, kepala bengkak. [08:03] Jason: dah bawa ke Klinik Kesihatan Kajang, doctor kata observe 24 jam. [08:10] Kak Intan: anak dia Encik Zaki 013-290 7745 belum angkat call.",
        ),
        (
            "assistant",
            "Summary for manager: Resident Pak Din (room 6) fell in the bathroom around 3am and has swelling on his head. Jason took him to Klinik Kesihatan Kajang; the doctor advised 24-hour observation. Kak Intan has been trying to reach his son, Encik Zaki (013-290 7745), but no answer yet. Action: fill Borang BI-01 and keep calling the family.",
        ),
        ("user", "Tambah sikit, Pak Din ni ada dementia and dah jatuh 2 kali bulan ni."),
        (
            "assistant",
            "Added: Pak Din has dementia and this is his second fall this month, so a fall-risk review and bed alarm should be considered.",
        ),
    ],
    [
        (
            "user",
            "Saya Puan Salmah binti Abdullah, ibu kepada pelatih Haziq. Saya ada tunggakan yuran RM960 sebab suami saya lumpuh lepas kemalangan dan saya seorang saja bekerja. Tolong tulis surat rayuan kepada pengurus pusat.",
        ),
        (
            "assistant",
            "Boleh. Draf: Tuan/Puan Pengurus, Saya, Salmah binti Abdullah, ibu kepada pelatih Haziq, ingin memohon pertimbangan berhubung tunggakan yuran sebanyak RM960. Suami saya mengalami lumpuh akibat kemalangan dan kini saya satu-satunya yang menyara keluarga. Saya memohon agar bayaran dapat dibuat secara ansuran atau dikurangkan. Sekian, terima kasih.",
        ),
        (
            "user",
            "Masukkan alamat saya: No. 27, Lorong Kenanga 5, Taman Kenanga, 75200 Melaka, dan tel 016-775 3408.",
        ),
        (
            "assistant",
            "Baik, maklumat ini diletakkan di bahagian atas surat: Salmah binti Abdullah, No. 27, Lorong Kenanga 5, Taman Kenanga, 75200 Melaka. Tel: 016-775 3408.",
        ),
    ],
    [
        (
            "system",
            "You help the volunteer coordinator of a Johor Bahru sheltered workshop. Output tables in plain text.",
        ),
        (
            "user",
            "Make a roster table: Sat 9am-1pm Kelvin Ong Jun Jie (NRIC S9012347C, 9123 4471), Sat 2pm-6pm Aisha Rahman (FIN F2213578N, 8345 0926), Sun 9am-1pm Darren Lau (NRIC T0134520B, 9011 6623).",
        ),
        (
            "assistant",
            "Day | Time | Volunteer | ID | Mobile. Sat | 9am-1pm | Kelvin Ong Jun Jie | S9012347C | 9123 4471. Sat | 2pm-6pm | Aisha Rahman | F2213578N | 8345 0926. Sun | 9am-1pm | Darren Lau | T0134520B | 9011 6623.",
        ),
        ("user", "For the printed copy at the gate, which columns should I drop?"),
        (
            "assistant",
            "For the gate copy, drop the ID and mobile columns and keep only day, time and name. Keep the full table with NRIC/FIN numbers in the coordinator's file only.",
        ),
    ],
    [
        (
            "user",
            "Saya nak buat aduan rasmi. Penjaga syif malam bernama Hairul Azman didapati menampar pelatih Faris (15, autisme) pada 2 Mei, ada rakaman CCTV. Ibu Faris, Puan Normah, sudah buat laporan polis di IPD Sepang.",
        ),
        (
            "assistant",
            "Ini perkara serius. Cadangan: 1) Simpan salinan rakaman CCTV 2 Mei dengan segera. 2) Gantung tugas Hairul Azman sementara siasatan dijalankan. 3) Maklumkan JKM Negeri dalam tempoh 48 jam. 4) Pastikan Faris diperiksa doktor dan laporan perubatan disimpan. 5) Beri kerjasama penuh kepada IPD Sepang berhubung laporan Puan Normah.",
        ),
        ("user", "Tolong draf surat makluman kepada JKM."),
        (
            "assistant",
            "Draf: Tuan, Makluman Insiden Penderaan Fizikal di Pusat Jagaan. Pada 2 Mei, seorang pelatih, Faris (15 tahun, autisme), dipercayai ditampar oleh penjaga syif malam, Hairul Azman. Rakaman CCTV telah disimpan, penjaga terbabit digantung tugas, dan ibu pelatih telah membuat laporan polis di IPD Sepang. Pihak pusat akan memberi kerjasama penuh.",
        ),
    ],
    [
        (
            "system",
            "Anda chatbot dalaman Bengkel Terlindung Cahaya Murni. Anda boleh melihat pangkalan data pelatih untuk kakitangan yang log masuk.",
        ),
        (
            "user",
            "Siapa penjaga untuk pelatih TR-0219? Van driver nak call sebab dia tak turun tunggu kat bus stop.",
        ),
        (
            "assistant",
            "TR-0219 ialah Nabil Irfan bin Hakim. Penjaga berdaftar: bapa saudara, Encik Hakimi Sulaiman, tel 019-662 0473. Alamat pickup: No. 5, Jalan Seri Mawar 2, Taman Seri Pagi, 70300 Seremban.",
        ),
        ("user", "Ok thanks. Dia ada apa-apa medical alert ke?"),
        (
            "assistant",
            "Ya, Nabil ada asma dan alah kepada kacang tanah. Inhaler Ventolin ada dalam beg sekolahnya. Jika sesak nafas, hubungi 999 dan maklumkan Encik Hakimi.",
        ),
    ],
]
