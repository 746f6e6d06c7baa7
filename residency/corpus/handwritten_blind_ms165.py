# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms165: pusat tahfiz dan sekolah agama rakyat di Malaysia (pendaftaran pelajar, yuran, asrama, disiplin, kesihatan, kumpulan WhatsApp ibu bapa). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms165
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_pendaftaran"): _lines("""
        NOTIS PENDAFTARAN: Maahad Tahfiz Al-Furqan Bangi membuka pengambilan pelajar baharu sesi 2027 bagi lelaki berumur 10-16 tahun. Borang dalam talian ditutup 31 Januari 2027.
        Ujian kelayakan hafazan (surah Al-Mulk dan juzuk 30) diadakan pada Sabtu, 16 Januari 2027, jam 8.30 pagi di Dewan Al-Ghazali, Lot 2231, Jalan Sungai Tangkas, 43000 Kajang.
        Dokumen wajib: salinan sijil kelahiran, salinan MyKad ibu dan bapa, 2 keping gambar berukuran pasport, laporan pemeriksaan kesihatan dan surat akuan bebas dadah.
        Sebarang pertanyaan pendaftaran sila hubungi pejabat pentadbiran di talian 03-8739 2201 atau WhatsApp rasmi pusat 011-2345 8870 (Isnin hingga Jumaat, 9 pagi - 5 petang).
        Pendaftaran kelas tahfiz peringkat rendah (7-12 tahun) SRA Rakyat Darul Ehsan kini dibuka. Kuota terhad: 40 tempat untuk sesi pagi dan 35 tempat untuk sesi petang.
        Yuran pendaftaran RM350 (tidak dikembalikan) perlu dijelaskan sebelum 15 Februari 2027 ke akaun Bank Islam 12029010045671 atas nama Pertubuhan Maahad Tahfiz Al-Furqan.
        Keputusan temuduga akan diumumkan di laman web www.alfurqanbangi.edu.my dan Facebook rasmi pusat pada 25 Januari 2027. Tiada panggilan telefon individu akan dibuat.
        Hari Orientasi Pelajar Baharu: 7 Mac 2027 (Ahad). Ibu bapa diminta hadir bersama anak ke Masjid Jamek Pekan Bangi Lama sebelum 7.45 pagi untuk taklimat oleh Mudir.
        Pusat ini berdaftar dengan Jabatan Agama Islam Selangor di bawah No. Pendaftaran JAIS/SAR/2019/0457 dan dengan SSM sebagai pertubuhan PPM-011-10-03082019.
        Calon yang telah menghafaz 5 juzuk atau lebih boleh memohon kemasukan terus ke kelas Hifz Lanjutan tanpa perlu mengikuti program Tahsin asas selama 6 bulan.
        Ambil perhatian: pusat tidak menerima pendaftaran melalui ejen. Sila isi borang rasmi di https://daftar.alfurqanbangi.edu.my/sesi2027 dengan kod rujukan AFB-27-R.
        Taklimat dalam talian untuk ibu bapa disiarkan melalui Google Meet pada 10 Januari 2027, 9.00 malam. Pautan: meet.google.com/pqt-hwkd-rmn (tiada kata laluan).
        Bagi pelajar dari Sabah dan Sarawak, pusat menyediakan kaunter khas di KLIA2 pada 6 Mac 2027 antara 10 pagi hingga 4 petang untuk urusan penjemputan ke asrama.
    """),
    ("ms", "senarai_yuran"): _lines("""
        Yuran bulanan kelas tahfiz sepenuh masa (termasuk asrama dan makan 3 kali sehari): RM480 sebulan. Yuran pengajian sahaja tanpa asrama: RM250 sebulan.
        Yuran tahunan: Pendaftaran RM350 | Kitab & Mushaf RM180 | Pakaian seragam (3 pasang jubah + serban) RM260 | Takaful pelajar RM45 | Aktiviti kokurikulum RM120.
        Diskaun adik-beradik: anak kedua 10%, anak ketiga dan seterusnya 15% daripada yuran bulanan. Diskaun tidak terpakai kepada yuran pendaftaran dan pakaian.
        Pakej Kem Tahfiz Cuti Sekolah (14 hari, 6-19 Disember 2026): RM690 seorang termasuk penginapan, makan, baju T dan sijil. Harga early bird RM620 sebelum 15 November.
        Caj lewat bayaran RM20 dikenakan sekiranya yuran bulanan tidak dijelaskan sebelum 10 haribulan. Resit rasmi dikeluarkan melalui aplikasi SekolahKu v3.2.
        Senarai harga koperasi: Mushaf Tajwid Warna A5 RM38.00, Rehal kayu jati RM25.00, Kopiah putih jaring RM12.00, Tasbih digital RM9.90, Buku Iqra' 1-6 (set) RM15.00.
        Yuran SRA Rakyat (sesi petang, Darjah 1-6): RM60 sebulan. Yuran peperiksaan UPKK dibayar berasingan mengikut kadar yang ditetapkan, anggaran RM30 seorang.
        Bayaran melalui DuitNow QR di kaunter, FPX, atau pindahan ke Maybank Islamic 5621 8800 3412 (Maahad Tahfiz Darul Huffaz Sdn Bhd). Nyatakan nombor pelajar sebagai rujukan.
        Yuran dobi pilihan: RM40 sebulan (2 kali seminggu). Yuran tuisyen akademik SPM setiap petang Sabtu: RM80 sebulan bagi 4 subjek teras.
        Bantuan yuran: Lembaga Zakat Selangor menawarkan bantuan persekolahan untuk asnaf. Borang boleh dimuat turun di www.zakatselangor.com.my dan disahkan oleh pihak sekolah.
        Kadar yuran 2027 dinaikkan RM30 sebulan berikutan kenaikan kos bahan mentah dapur dan tarif elektrik. Keputusan diluluskan dalam Mesyuarat Agung PIBG pada 14 November 2026.
        Program Tahfiz Dewasa hujung minggu (Sabtu & Ahad, 8 pagi - 12 tengah hari): RM150 sebulan. Kelas Tahsin Muslimah setiap Rabu malam: RM60 sebulan, maksimum 15 peserta.
        Sumbangan Wakaf Bangunan Asrama: RM100 sekali setahun secara sukarela. Sijil penghargaan dan resit pengecualian cukai di bawah Subseksyen 44(6) akan diberikan.
    """),
    ("ms", "peraturan_asrama"): _lines("""
        Peraturan 1: Semua pelajar wajib bangun jam 4.45 pagi untuk solat tahajjud dan murajaah hafazan sebelum solat Subuh berjemaah di surau asrama.
        Peraturan 4: Telefon bimbit, tablet dan jam pintar tidak dibenarkan di asrama. Barang yang dirampas hanya dipulangkan kepada ibu bapa pada hari cuti bulanan.
        Waktu lawatan ibu bapa: Ahad minggu pertama dan ketiga setiap bulan, 10 pagi hingga 5 petang. Pelawat wajib mendaftar di pondok pengawal dan memakai pas pelawat.
        Kesalahan berat (merokok, vape, bergaduh, keluar asrama tanpa kebenaran) boleh dikenakan gantung asrama 7 hari atau dibuang mengikut keputusan Lembaga Disiplin.
        Pelajar yang sakit hendaklah melapor kepada warden bertugas. Ubat-ubatan peribadi mesti diserahkan ke bilik rawatan dan dilabel dengan nama pelajar serta dos.
        Lampu dipadamkan jam 10.30 malam (Ahad hingga Khamis) dan 11.00 malam (Jumaat dan Sabtu). Pemeriksaan dorm dibuat secara rawak oleh Jawatankuasa Disiplin Pelajar.
        Wang saku maksimum RM50 seminggu dan mesti disimpan dalam akaun simpanan koperasi. Pelajar dilarang meminjam atau meminjamkan wang kepada rakan.
        Pakaian: jubah putih pada hari Isnin dan Khamis, jubah biru muda pada hari lain. Rambut mesti dipotong pendek dan kemas, tanpa pewarna atau gaya fesyen.
        Pelajar hanya boleh keluar kawasan maahad dengan Borang Kebenaran Keluar (BKK-03) yang ditandatangani Ketua Warden dan disahkan melalui panggilan kepada ibu bapa.
        Sistem merit/demerit: setiap pelajar bermula dengan 100 mata. Bawah 60 mata: surat amaran pertama; bawah 40 mata: ibu bapa dipanggil untuk sesi kaunseling.
        Makanan dari luar hendaklah diserahkan kepada warden dan disimpan dalam peti sejuk bersama di dapur. Mi segera dan minuman bertenaga tidak dibenarkan sama sekali.
        Hukuman fizikal dilarang sama sekali selaras dengan Akta Kanak-Kanak 2001 dan dasar perlindungan kanak-kanak maahad. Aduan boleh dibuat ke talian integriti 03-8739 2299.
        Dalam kecemasan kebakaran, pelajar hendaklah berkumpul di padang hadapan (Titik Kumpul A). Latihan pemindahan bersama Balai Bomba Kajang diadakan setiap bulan Julai.
    """),
    ("en", "admissions_faq"): _lines("""
        Q: What is the minimum age for the full-time hafazan programme? A: Boys and girls aged 10 to 16 on 1 January of the intake year; younger children may join our weekend Iqra' classes.
        Q: Which syllabus do you follow? A: Our tahfiz curriculum is modelled on the Darul Quran approach, with daily sabaq, sabqi and manzil sessions and a formal sahih test every 5 juz.
        Q: Can my child continue SPM subjects? A: Yes. In our Tahfiz-Akademik stream students take 6 SPM subjects, with classes from 2.30pm to 5.30pm on weekdays.
        Q: How do I pay fees from Singapore? A: Transfer in MYR to our CIMB Islamic account 8604 1123 55 (SWIFT CIBBMYKL) and email the slip to akaun@maahadnurulhuda.org.my.
        Q: Is there a hotline after office hours? A: Yes, the duty warden line +60 13-880 4512 runs 24 hours for emergencies only. For fees, call 06-952 3318 during office hours.
        Q: Are the hostels air-conditioned? A: Senior dorms (Blocks C and D) have air-conditioning; junior dorms use ceiling fans. Each dorm houses 12 students with one warden per floor.
        Q: What happens if a student falls sick? A: Minor cases are handled in our sick bay; others go to Klinik Kesihatan Bandar Baru Bangi or Hospital Kajang, and parents are informed at once.
        Q: Do you accept students with special needs? A: Each application is assessed individually. Our inclusive class currently supports mild dyslexia and ADHD, subject to a doctor's report.
        Q: Is the centre registered? A: Yes, with Majlis Agama Islam Negeri Sembilan (ref. MAINS/MT/0213) and with SSM as Nurul Huda Education Resources Sdn Bhd (202003154321).
        Q: Can parents visit during Ramadan? A: Visits are limited to the first weekend of Ramadan. Students go home for Hari Raya Aidilfitri on 27 Ramadan, confirmed by circular.
        Q: What books are needed? A: A Mushaf Rasm Uthmani, Iqra' by KH As'ad Humam for beginners, Matan al-Jazariyyah for tajwid theory, and our Buku Rekod Hafazan (RM8 at the koperasi).
        Q: Do you provide transport? A: A school van serves Seremban, Nilai and Senawang for RM150 per month. Routes and pick-up times are in the Van Schedule PDF on our website.
        Q: Is there a refund if my child withdraws? A: Monthly fees are refunded pro-rata with one month's notice; the RM350 registration fee and uniform fees are non-refundable.
    """),
    ("mixed", "group_chat_staf"): _lines("""
        [07/12/26 06:12] Warden Blok B: Assalamualaikum semua, roll call subuh pagi ni 118/120 hadir, 2 lagi MC kat bilik rawatan. Noted for the record ya.
        [07/12/26 07:40] Admin Pejabat: Reminder, invoice katering November (INV-KTR-2611-088, RM14,760.00) kena approve by Friday ye, supplier dah follow up twice.
        [07/12/26 08:05] Ketua Warden: Lori gas sampai pukul 10 pagi, tolong sorang standby kat dapur belakang. Tong lama 14kg ada 6 biji, semua kena pulangkan.
        [07/12/26 09:18] Unit Kurikulum: Jadual ujian sahih juzuk 1-10 dah upload dalam Google Drive folder Penilaian 2026/Disember. Pls check slot masing-masing before Isnin.
        [07/12/26 10:02] Bendahari: Kutipan yuran Disember setakat pagi ni 71% (RM58,320). Yang belum bayar nanti saya blast reminder melalui SekolahKu, jangan PM parents sendiri ok.
        [07/12/26 11:30] IT: Wifi dorm C down since semalam, router TP-Link Archer C6 kena reset. Dah buat ticket dengan TM Unifi, no. rujukan 1-88420317, technician datang Selasa.
        [07/12/26 12:45] Warden Blok A: Bilik 3 kipas rosak lagi. Boleh order 2 unit KDK 60 inci dari Kedai Elektrik Ah Seng Kajang macam hari tu? Dia bagi harga RM189 seunit.
        [07/12/26 14:10] Unit Kesihatan: Stok bilik rawatan tinggal sikit - Panadol 500mg 2 kotak, ORS 10 paket, calamine 1 botol. Dah PO ke Farmasi Alpro Bangi, ETA Rabu.
        [07/12/26 15:22] Mudir: Jazakallahu khairan semua atas majlis khatam Quran semalam. Video kat FB page maahad dah 12k views. Selasa 9 pagi kita meeting post-mortem.
        [07/12/26 16:40] Admin Pejabat: Ustaz2 dan ustazah2 yang claim mileage bulan 11 please submit form by 15/12. Kadar masih RM0.60/km ikut pekeliling kewangan maahad.
        [07/12/26 17:55] Warden Blok D: Hujan lebat, longkang belakang dewan makan dah naik. Dah lodge aduan kat portal MPKj, no. aduan MPKJ-2612-00451, tunggu team datang.
        [07/12/26 20:30] Unit Disiplin: Spot check malam ni jumpa 3 powerbank dan 1 handphone kat dorm C2. Barang dah simpan dalam locker disiplin, return masa cuti bulanan.
        [07/12/26 21:15] Ketua Warden: Ok noted. Esok pagi semua warden brief pelajar pasal peraturan gadget. Jangan sebut nama budak dalam group ni ye, ingat PDPA.
    """),
    ("mixed", "log_dan_konfigurasi"): _lines("""
        2026-12-07T06:15:22+08:00 INFO attendance.sync batch=SUBUH-B total=120 present=118 absent=2 source=rfid-gate-02 duration_ms=842
        2026-12-07T08:01:09+08:00 WARN sms.gateway provider=isms.com.my sender_id=MTAFURQAN queue=yuran_reminder pending=214 retry_in=300s
        2026-12-07T09:44:51+08:00 ERROR payment.fpx txn=FPX2612070944510037 bank=BIMB status=PENDING_AUTH amount=480.00 currency=MYR order=YRN-2027-01-00412
        SEKOLAHKU_API_BASE=https://api.sekolahku.my/v3 SEKOLAHKU_TENANT=maahad-alfurqan SEKOLAHKU_TIMEZONE=Asia/Kuala_Lumpur SEKOLAHKU_LOCALE=ms_MY
        whatsapp_business: number=+60387392201 display_name='Maahad Tahfiz Al-Furqan' template=notis_yuran_v4 lang=ms fallback=sms
        CREATE TABLE pelajar (id SERIAL PRIMARY KEY, no_pelajar VARCHAR(12), nama VARCHAR(120), mykad_hash CHAR(64), blok CHAR(1), juzuk_hafazan SMALLINT);
        no_pelajar,nama_penuh,no_mykad,tarikh_lahir,nama_penjaga,telefon_penjaga,blok_asrama,juzuk_terkini,status_yuran
        2026-12-07T02:00:03+08:00 INFO backup.db job=nightly-pg target=s3://maahad-backup-kl/2026/12/07 size=1.8GB sha256=9f2c4e1a7b0d3e58c6a1f4b2d9e07c3a5b8f16d2e4c90a7b3f1e6d5c2a8b4f09e
        # config/asrama.yaml  blok: [A, B, C, D]  kapasiti_per_dorm: 12  waktu_lampu_padam: '22:30'  warden_per_tingkat: 1  cuti_bulanan: minggu_ke_4
        def kira_yuran(bulanan: float, anak_ke: int) -> float: return bulanan * (0.90 if anak_ke == 2 else 0.85 if anak_ke >= 3 else 1.0)
        2026-12-07T13:02:47+08:00 INFO auth.login user=admin_pejabat role=BENDAHARI ip=10.12.0.45 ua=Chrome/131.0 mfa=totp result=success
        Release notes SekolahKu v3.2.1 (2026-11-28): tambah modul Rekod Hafazan Harian, betulkan pepijat resit PDF, sokongan DuitNow QR dinamik, kemas kini WhatsApp Cloud API v21.
        2026-12-07T22:30:00+08:00 INFO iot.lights blok=C action=OFF zones=12 schedule=lampu_padam_weekday controller=esp32-c-01 fw=1.4.7
    """),
    ("ms", "sejarah_dan_berita"): _lines("""
        Sekolah agama rakyat berakar daripada sistem pondok tradisional di Kelantan, Kedah dan Terengganu, dan berkembang pesat selepas Perang Dunia Kedua sebagai institusi yang dibiayai masyarakat.
        Madrasah Al-Masriyah di Bukit Mertajam dan Maahad Muhammadi di Kota Bharu sering disebut antara institusi pengajian agama awal yang mempengaruhi sekolah agama di Tanah Melayu.
        Syeikh Tahir Jalaluddin dan Syed Syeikh al-Hadi ialah tokoh Kaum Muda yang memperjuangkan pembaharuan pendidikan Islam melalui majalah Al-Imam, terbitan Singapura sejak 1906.
        Darul Quran JAKIM di Kuala Kubu Bharu, Selangor, menjadi rujukan utama pengajian tahfiz di Malaysia dan menawarkan Diploma Tahfiz al-Quran dan al-Qiraat.
        Almarhum Tuan Guru Nik Abdul Aziz Nik Mat, bekas Menteri Besar Kelantan, sering menekankan peranan pondok dan maahad tahfiz dalam kuliah mingguan beliau di Medan Ilmu, Kota Bharu.
        Kebakaran Pusat Tahfiz Darul Quran Ittifaqiyah di Jalan Keramat Ujong pada September 2017 yang meragut 23 nyawa membawa kepada pengetatan syarat keselamatan asrama tahfiz.
        Selepas tragedi 2017, pihak bomba mempergiat pemeriksaan dan menggesa pemasangan pintu kecemasan, pengesan asap serta tingkap tanpa jeriji kekal di asrama pusat tahfiz.
        Buku Iqra' karya KH As'ad Humam dari Yogyakarta mula digunakan di Malaysia sekitar awal 1990-an dan kini meluas di tadika dan kelas al-Quran sebagai kaedah membaca cepat.
        Kaedah talaqqi dan musyafahah, iaitu murid membaca berdepan dengan guru, kekal menjadi teras pengajian tahfiz sejak zaman pondok hingga maahad moden hari ini.
        Tok Kenali, nama sebenarnya Muhammad Yusuf bin Ahmad, mengajar ramai murid di Kampung Kenali, Kubang Kerian pada awal abad ke-20 dan dikenang sebagai ulama pondok Kelantan.
        Banyak sekolah agama rakyat masih bergantung pada yuran ibu bapa, derma orang ramai dan agihan zakat untuk menampung gaji guru dan kos penyelenggaraan bangunan.
        Majlis Tilawah dan Hafazan Al-Quran Peringkat Kebangsaan dianjurkan setiap tahun dan pemenangnya mewakili Malaysia ke Majlis Tilawah dan Hafazan Al-Quran Antarabangsa (MTHQA).
        Watak Upin dan Ipin dalam siri animasi terbitan Les' Copaque sering digambarkan mengaji bersama Opah, menjadikan suasana kelas al-Quran dikenali ramai kanak-kanak.
    """),
    ("mixed", "invois_pembekal"): _lines("""
        INVOIS No. KBPM/2026/1187 | Kedai Buku Pak Mat Sdn Bhd (200801034567) | Kepada: Maahad Tahfiz Al-Furqan | 120 naskhah Mushaf Tajwid Rasm Uthmani @ RM32.50 = RM3,900.00
        Katering Dapur Mak Teh Enterprise (SA0456789-K), No. 14, Jalan Reko 3, Taman Reko, 43000 Kajang - Invois INV-KTR-2611-088: 30 hari x 3 hidangan x 120 pelajar, Jumlah RM14,760.00
        Tax Invoice TI-00982341 | Syarikat Perniagaan Haji Yusof Uniform | 240 helai jubah putih saiz S-XL @ RM45.00 | Subtotal RM10,800.00 | Payment terms: 30 days from invoice date
        Resit No. 000451 - Gas memasak 14kg x 6 tong @ RM26.60 = RM159.60 | Pembekal: Syarikat Gas Ah Kow Trading, Lot 8, Jalan Semenyih, Kajang | Tel kedai 03-8736 5521
        Quotation QT-2612-014 dari Kedai Elektrik Ah Seng Kajang: kipas siling KDK 60 inci x 2 unit @ RM189.00, upah pasang RM60.00, jumlah RM438.00, sah laku 14 hari.
        e-Invois LHDN UUID 7f3c9a12-4e8b-4d21-9b6e-0c5a7d2e8f13 | Farmasi Alpro Bangi | Panadol 500mg 10x10 x2, ORS 10 paket, Calamine 120ml x3 | Jumlah RM96.40
        Statement of Account as at 30/11/2026 - Kak Long Laundry Services (SSM 003312456-P): baki terdahulu RM1,240.00, invois Nov RM1,860.00, bayaran diterima RM1,240.00, baki RM1,860.00
        Pos Laju EP482193756MY - 3 kotak Buku Rekod Hafazan dari Percetakan Nur Ilmu Sdn Bhd, Shah Alam ke Maahad Tahfiz Al-Furqan, status: Delivered 05/12/2026 14:22.
        Invoice INV-TM-26120755 | TM Unifi Business 300Mbps | Akaun perniagaan 1-2847 5512 (Pertubuhan Maahad Tahfiz Al-Furqan) | Caj bulanan RM229.00 + SST 6% RM13.74 = RM242.74
        PO-MTAF-2026-221 kepada Sri Murni Bekalan Dapur: beras 10kg x 40 beg @ RM38.90, minyak masak 5kg x 12 @ RM29.50, jumlah RM1,910.00, hantar sebelum 10/12.
        Resit derma No. WQF-2026-03318 | Tabung Wakaf Asrama | Diterima daripada: Bina Jaya Mewah Sdn Bhd | RM5,000.00 | Dikecualikan cukai di bawah Subseksyen 44(6) ACP 1967.
        Invois Van Sekolah No. VS-1126 | Pak Abu Transport Enterprise (JM0789123-W) | Laluan Seremban-Nilai Nov 2026 | 18 pelajar x RM150 = RM2,700.00 | Bayar sebelum 7 Disember.
        Credit Note CN-0042 ref INV-KTR-2611-088: potongan RM240.00 kerana 2 hari katering dibatalkan semasa cuti peristiwa 17-18 Nov 2026. Baki invois dikemas kini kepada RM14,520.00.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Pelajar baharu: Muhammad Aqil Haziq bin Rosli, No. MyKad 130415-10-5527, Tingkatan 1, Blok B Dorm 4. Penjaga: Rosli bin Hamzah, tel 012-664 8193.
        Ustazah, anak saya Nur Aisyah Humaira tak dapat hadir kelas esok sebab demam panas 39 darjah, klinik bagi MC 2 hari. - Puan Salmiah, ibu Aisyah (Kelas Hifz 3)
        Laporan disiplin: Ahmad Fikri bin Zulkifli (Blok C, Dorm 2) didapati membawa vape dan 2 kotak rokok pada 3/12/2026. Tindakan: gantung asrama 7 hari, ibu bapa dimaklumkan.
        Assalamualaikum cikgu, saya nak minta tangguh bayar yuran 3 bulan untuk anak saya Haris. Suami saya baru diberhentikan kerja dan kami masih ada hutang kereta RM18,000. - Norlela
        Alamat surat-menyurat penjaga: Puan Rohana binti Abdul Latif, No. 27, Jalan Mawar 4/2, Taman Desa Mawar, 43650 Bandar Baru Bangi, Selangor.
        Akaun untuk pemulangan baki yuran: Maybank 1620 4457 8812 atas nama Zainal Abidin bin Osman (bapa kepada Umar Zainal, No. Pelajar AFB-23-0117).
        Rekod kesihatan: Siti Nur Batrisyia binti Kamarul, 11 tahun, menghidap asma teruk dan alah kepada kacang tanah. Inhaler Ventolin disimpan di bilik rawatan Blok Muslimat.
        No. telefon kecemasan bapa (bukan nombor pejabat): 019-337 2046, boleh call bila-bila masa.
        Untuk makluman ustaz, ibu bapa Danial baru bercerai bulan lepas dan hak jagaan diberi kepada ibunya. Bapanya, Encik Shahrul Nizam, tidak dibenarkan mengambil Danial dari asrama.
        Borang BKK-03: Pelajar Irfan Hakimi bin Mohd Yazid | MyKad 110923-03-6671 | Dijemput oleh Mohd Yazid bin Ismail | Kereta Proton X50 putih, no. plat VKB 8824
        Kak, tolong doakan anak saya Hafiy. Dia baru disahkan autisme tahap sederhana oleh pakar di Hospital Serdang minggu lepas, saya risau dia tak dapat ikut hafazan.
        Senarai tunggakan yuran: Nurul Izzah binti Hasbullah - RM1,440 (3 bulan). Penjaga tidak menjawab panggilan ke 013-229 7841 sejak Oktober.
        Emel penjaga untuk laporan hafazan bulanan: faridah.hassan82@gmail.com (ibu kepada Aiman Hakim, Kelas Hifz 2).
        Ustaz Kamal, warden Blok D, dimasukkan ke wad Hospital Kajang semalam akibat denggi. Sila cari pengganti tugas malam sehingga beliau sihat.
        Gaji Ustazah Rahmah bulan November RM1,850 belum dibayar lagi, dia dah tanya 3 kali. Tolong bendahari selesaikan sebelum Jumaat.
        Aduan ibu bapa: anak saya Luqman Hakim (Dorm A3) dibuli pelajar senior sampai lebam di lengan, saya ada gambar. - Puan Haslinda, 017-845 3320
        Penerima bantuan zakat 2027: keluarga Encik Samsudin bin Mat Isa, pendapatan isi rumah RM1,200 sebulan, 6 tanggungan, menyewa di Flat Sri Kenari Blok 3, No. 05-11, Kajang.
        Surat akuan: Saya, Norhayati binti Abdullah (MyKad 850617-14-5508), ibu kepada Adam Mikail, memberi kebenaran anak saya menyertai Kem Tahfiz 6-19 Disember 2026.
        Pelajar Muhammad Rayyan (Kelas Iqra' 4) sedang mengambil ubat epilepsi Epilim 200mg dua kali sehari. Warden sila pastikan dos malam diberi jam 9.
        Abang Long yang jaga kantin asrama tu kena tangkap polis semalam sebab kes dadah, sebab tu kantin tutup seminggu. Jangan hebohkan ye.
        Kereta penjaga yang dibenarkan masuk: WXY 5521 (Perodua Bezza kelabu) dan BMF 3307 (Honda City hitam), kedua-duanya milik keluarga Ahmad Nabil.
        Ustazah Nabilah (guru Tahsin Muslimat) sedang hamil 7 bulan dan akan bercuti bersalin mulai 1 Februari 2027. Kelas beliau diambil alih sementara.
        Rekod AFB-24-0233: Muhammad Harith Danish, lahir 12/05/2012, Blok B, hafazan 9 juzuk, penjaga Hj. Mokhtar 012-905 6634, status yuran: tertunggak RM960.
        Tolong semak semula MyKad anak saya, sepatutnya 140228-01-4419, dalam resit tertulis salah satu digit.
        Wan Nur Qistina (Darjah 5, sesi petang) kerap pengsan; ibu bapanya maklumkan dia ada masalah jantung berlubang dan dijadual pembedahan di IJN pada Januari.
        Dah transfer ke Cik Fatimah bt Yusoff, CIMB 7012 338 455, RM350 yuran pendaftaran bagi pihak anak saudara saya, Ammar. Slip saya hantar dalam WhatsApp.
    """),
    "en": _lines("""
        Parent contact update: Mr Kelvin Ong Wei Jie (Muslim name Khalid Ong), mobile +65 9123 4478, email kelvin.ong.wj@outlook.com, living in Tampines, Singapore.
        Singapore applicant Ibrahim Danial bin Roslan, NRIC T1438271I, born 3 August 2014, currently in Primary 6 in Woodlands; his mother works as a nurse at KTPH.
        Incident report 04/12/2026: Zikri Aiman (Block A, Room 2) fractured his left wrist during futsal; X-ray at Hospital Kajang, cast for 6 weeks. Father informed by phone at 5.40pm.
        Hi admin, I'm Farah Nadia, Haziq's mum. Please update my number to 016-772 3105, the old one was stolen along with my handbag.
        Fee waiver approved for the Yusri family: the father, Mohd Yusri, is undergoing chemotherapy for stage 3 colon cancer and has been unable to work since July.
        Bank details for refund: Public Bank account 6389 0421 17, account holder Tan Mei Ling (mother of Aqilah Tan, Hifz 1).
        Guardian address on file: Haji Roslan bin Ismail, 14 Lorong Cempaka 2, Taman Seri Cempaka, 70450 Seremban, Negeri Sembilan. Home tel 06-762 1948.
        Teacher appraisal (confidential): Ustaz Hakim Firdaus has 2 written warnings this year for lateness; his contract renewal at RM2,300/month is on hold pending review.
        Please don't call my husband about the outstanding fees, we're separated and he refuses to pay. Contact me only, Suraya, at suraya.m.yunus@yahoo.com.
        Counselling note: Amirul, 14, admitted he has been self-harming since his grandfather passed away. Referred to the school counsellor; parents notified on 2 Dec.
    """),
    "mixed": _lines("""
        Ustazah, my son Adam tu ada eczema teruk, doctor kata kena pakai cream Elomet every night. Boleh tolong remind dia tak? Thanks ya - Mama Adam, 012-338 7710
        Bro, budak nama Syahmi Firdaus tu dah 2 kali lari dari asrama this month. Last time jumpa kat 7-Eleven Bangi pukul 2 pagi. Parents dia pun dah give up kot.
        Hi cikgu, ni IC anak saya for registration: 120707-08-3345. Nama penuh Muhammad Ariff Zikry bin Azman. Sorry lambat hantar.
        Update group PIBG: Puan Zaleha (bendahari PIBG) rupanya ada hutang along RM20k, ada orang datang cari dia kat sekolah semalam. Be careful ye semua.
        FYI admin, Encik Hafizuddin dah transfer RM960 yuran Nov-Dis guna akaun Bank Rakyat 2203 1456 7788 dia, tapi reference tulis salah. Please match manually.
        Ayah Irfan here. Alamat baru kami: No. 8, Jalan Kenanga 12, Taman Kenanga Indah, 81300 Skudai, Johor. Surat sekolah hantar sini mulai Januari ok.
        Screenshot dari group parents: anak Kak Ros, si Balqis, kena tahan wad HUKM sebab leukemia relapse. Kita buat bacaan Yasin untuk dia malam Jumaat ni.
        Warden, tolong check Haikal Blok C, his mum called tadi kata dia makan ubat depression (Sertraline 50mg) since September, jangan bagi dia skip dose.
        AFB-25-0041,Nurin Alya binti Faizal,150302-10-6628,2015-03-02,Faizal bin Ramli,011-2456 2290,D,3,LUNAS
        Lepas Zohor tadi Pak Cik Lah (ayah Fahmi, yang bawa lori tu) datang marah-marah kat pejabat sebab anak dia kena rotan. Dia threaten nak report polis.
        Sis, my daughter Hanis Sofea tu ada period pain teruk setiap bulan, doctor bagi Ponstan. Kalau dia minta rehat dalam dorm please allow ya. - Umi Hanis
        Pelajar antarabangsa dari Hong Kong: Ma Chi-ho Yusuf (馬志豪), HKID Y417296(3), visa pelajar sampai 2028, bapa boleh dihubungi di +852 9134 6627.
        Kak Ina (ibu Zara) confirm dia keguguran minggu lepas, so dia tak dapat join iftar PIBG. Please jangan tanya-tanya dia dalam group ye.
        login user=ibubapa_0193 name='Roszaimah binti Kadir' phone=+60197745213 ip=175.140.22.9 result=FAILED reason=wrong_password count=5 locked=true
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu AI pentadbiran Maahad Tahfiz Al-Furqan Bangi. Bantu staf menulis surat rasmi dalam Bahasa Melayu yang sopan.",
        ),
        (
            "user",
            "Tolong draf surat amaran kepada penjaga Ahmad Fikri bin Zulkifli (Blok C, Dorm 2). Dia ditangkap bawa vape dan rokok pada 3/12/2026. Bapanya Encik Zulkifli bin Harun, alamat No. 5, Jalan Seroja 3, Taman Seroja, 43000 Kajang.",
        ),
        (
            "assistant",
            "Baik. Draf ringkas: Kepada Encik Zulkifli bin Harun, No. 5, Jalan Seroja 3, Taman Seroja, 43000 Kajang. Tuan, dimaklumkan bahawa anak tuan, Ahmad Fikri bin Zulkifli, telah didapati membawa vape dan rokok ke asrama pada 3 Disember 2026. Sehubungan itu, beliau dikenakan gantung asrama selama 7 hari. Tuan dijemput hadir ke sesi perbincangan pada 10 Disember 2026, jam 10 pagi.",
        ),
        ("user", "Ok bagus, tambah sikit pasal mata demerit dia dah tinggal 38."),
        (
            "assistant",
            "Tambahan perenggan: Untuk makluman tuan, baki mata merit Ahmad Fikri kini 38 mata, iaitu di bawah paras 40 mata. Mengikut peraturan asrama, kehadiran ibu bapa ke sesi kaunseling adalah wajib.",
        ),
    ],
    [
        (
            "user",
            "Hi, I need help writing an email to my son's tahfiz centre asking to defer fees. My name is Norlela Jamil, my son is Haris Danish (Hifz 2). My husband was retrenched in October and we still owe RM18,000 on the car.",
        ),
        (
            "assistant",
            "Here's a draft: Dear Bendahari, I am writing on behalf of my son, Haris Danish (Hifz 2). Due to my husband's retrenchment in October, our family is facing temporary financial difficulty. I would like to request a deferment of fees for three months, from December 2026 to February 2027. I am happy to provide supporting documents. Yours sincerely, Norlela Jamil.",
        ),
        ("user", "Should I mention the car loan?"),
        (
            "assistant",
            "You don't have to. It is usually enough to state the loss of income and offer supporting documents such as the termination letter. Share only what is needed for the request.",
        ),
    ],
    [
        (
            "system",
            "You are a first-aid guidance assistant for hostel wardens at a Malaysian tahfiz school. Always advise calling 999 in an emergency.",
        ),
        (
            "user",
            "Urgent, budak Blok Muslimat nama Siti Nur Batrisyia, 11 tahun, IC 150114-10-6642, tengah sesak nafas teruk. Dia ada asma. Inhaler Ventolin dah bagi 2 puff tapi still tak okay.",
        ),
        (
            "assistant",
            "Call 999 now. Sementara menunggu: dudukkan dia tegak, longgarkan pakaian, beri 1 puff Ventolin setiap 30-60 saat sehingga 10 puff menggunakan spacer jika ada. Jika bibir kebiruan atau dia tidak boleh bercakap, ini kecemasan teruk. Maklumkan ibu bapa Siti Nur Batrisyia segera.",
        ),
        ("user", "Ok ambulance on the way. Mak dia number 012-771 9043 tak angkat."),
        (
            "assistant",
            "Teruskan cuba nombor 012-771 9043 dan hantar WhatsApp ringkas: anak puan sedang dibawa ke hospital kerana serangan asma, sila hubungi warden segera. Catat masa setiap dos inhaler untuk diserahkan kepada paramedik.",
        ),
    ],
    [
        (
            "user",
            "Tolong susun data ni jadi jadual: Nurin Alya binti Faizal 150302-10-6628 Blok D 3 juzuk; Haikal Irfan bin Saiful 140811-14-5093 Blok C 7 juzuk; Zara Aleesya binti Hisham 160125-10-4480 Blok D 1 juzuk.",
        ),
        (
            "assistant",
            "Nama | MyKad | Blok | Juzuk: Nurin Alya binti Faizal | 150302-10-6628 | D | 3; Haikal Irfan bin Saiful | 140811-14-5093 | C | 7; Zara Aleesya binti Hisham | 160125-10-4480 | D | 1.",
        ),
        ("user", "Susun ikut juzuk paling banyak."),
        (
            "assistant",
            "1. Haikal Irfan bin Saiful (140811-14-5093), Blok C, 7 juzuk. 2. Nurin Alya binti Faizal (150302-10-6628), Blok D, 3 juzuk. 3. Zara Aleesya binti Hisham (160125-10-4480), Blok D, 1 juzuk.",
        ),
    ],
    [
        (
            "system",
            "Guardian record loaded: Haji Roslan bin Ismail, 14 Lorong Cempaka 2, Taman Seri Cempaka, 70450 Seremban; tel 019-662 4107; children: Ibrahim Danial (Hifz 1), Iman Dania (Iqra' 5); outstanding balance RM720.",
        ),
        ("user", "Can you give me a one-line summary of this guardian for the bursar?"),
        (
            "assistant",
            "Haji Roslan bin Ismail (019-662 4107), Seremban, guardian of Ibrahim Danial (Hifz 1) and Iman Dania (Iqra' 5), has an outstanding balance of RM720.",
        ),
        ("user", "Thanks, and draft a polite SMS reminder."),
        (
            "assistant",
            "Assalamualaikum Haji Roslan, peringatan mesra daripada Maahad: baki yuran Ibrahim Danial dan Iman Dania berjumlah RM720. Sila jelaskan sebelum 10 Disember. Terima kasih.",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm from Singapore. My son Ibrahim Danial, NRIC T1438271I, is finishing P6 next year. Can he join your full-time tahfiz in Bangi? What documents do you need from me? I'm Roslina, +65 8234 7719.",
        ),
        (
            "assistant",
            "Yes, international students can apply. Typically you will need his birth certificate, passport (valid at least 18 months), passport photos, recent health report, and the parents' identity documents. A student pass is arranged through the centre after acceptance. Please don't send his NRIC over public channels; upload it only through the official registration portal.",
        ),
        ("user", "Ok. Dia ada mild asthma, is that a problem?"),
        (
            "assistant",
            "Usually not. Declare it on the health form and send his inhaler with a doctor's letter so the sick bay can store it and the wardens know his action plan.",
        ),
    ],
    [
        (
            "user",
            "Saya ustazah kelas Iqra' 5. Nak tulis mesej dalam group WhatsApp ibu bapa bagitahu Wan Nur Qistina kena masuk IJN untuk pembedahan jantung bulan Januari, minta semua doakan. Boleh tolong karang?",
        ),
        (
            "assistant",
            "Sebelum hantar, pastikan ibu bapa Wan Nur Qistina bersetuju maklumat kesihatan anak mereka dikongsi dalam group. Jika mereka setuju: Assalamualaikum ibu bapa sekalian, mohon doa daripada semua untuk sahabat kita Wan Nur Qistina yang akan menjalani rawatan di IJN pada bulan Januari. Semoga Allah permudahkan urusannya.",
        ),
        ("user", "Mak dia dah setuju. Tapi jangan sebut jantung berlubang ye."),
        (
            "assistant",
            "Baik, versi tadi sudah tidak menyebut diagnosis. Anda boleh hantar seperti itu, atau gantikan 'rawatan di IJN' dengan 'rawatan di hospital' jika mahu lebih umum.",
        ),
    ],
    [
        (
            "system",
            "You are a helpful assistant for a Hong Kong family enrolling their child at a Malaysian tahfiz school.",
        ),
        (
            "user",
            "我兒子 Ma Chi-ho Yusuf（馬志豪）, HKID Y417296(3), will study at Maahad Tahfiz Darul Huffaz from March. How do I pay fees in MYR from my HSBC account? My number is +852 9134 6627.",
        ),
        (
            "assistant",
            "You can make an international telegraphic transfer in MYR from HSBC Hong Kong to the school's account using its SWIFT code, quoting Ma Chi-ho Yusuf's student number as reference. Keep the remittance advice and email it to the school office. Avoid writing his HKID in the payment reference.",
        ),
        ("user", "Thanks. Also he is allergic to shellfish, should I tell them?"),
        (
            "assistant",
            "Yes. Put the shellfish allergy on the health form and inform the hostel kitchen in writing so meals for Ma Chi-ho can be adjusted.",
        ),
    ],
    [
        (
            "user",
            "Kira jumlah tunggakan: Nurul Izzah binti Hasbullah 3 bulan, Muhammad Harith Danish 2 bulan, Umar Zainal 1 bulan. Yuran RM480 sebulan.",
        ),
        (
            "assistant",
            "Nurul Izzah binti Hasbullah: 3 x RM480 = RM1,440. Muhammad Harith Danish: 2 x RM480 = RM960. Umar Zainal: 1 x RM480 = RM480. Jumlah keseluruhan: RM2,880.",
        ),
        (
            "user",
            "Penjaga Nurul Izzah tak angkat call ke 013-229 7841 sejak Oktober. Apa patut buat?",
        ),
        (
            "assistant",
            "Cuba hantar surat berdaftar ke alamat dalam rekod, dan emel jika ada. Tawarkan pelan ansuran atau rujuk kepada Lembaga Zakat sekiranya keluarga berkelayakan. Elakkan menyebut tunggakan dalam group WhatsApp ibu bapa.",
        ),
    ],
    [
        ("system", "Pembantu AI untuk warden asrama. Jawab dalam Bahasa Melayu santai."),
        (
            "user",
            "Nak buat laporan polis sebab handphone pelajar Luqman Hakim bin Azlan (MyKad 120519-10-5381) hilang dari locker disiplin. iPhone 13, IMEI 356789104523871. Bapa dia Azlan bin Mansor, No. 22, Jalan Delima 7, Taman Delima, 43000 Kajang.",
        ),
        (
            "assistant",
            "Boleh. Isi laporan ringkas: Pada 6/12/2026, sebuah iPhone 13 (IMEI 356789104523871) milik pelajar Luqman Hakim bin Azlan yang disimpan dalam locker disiplin asrama didapati hilang. Pemilik sah ialah bapanya, Azlan bin Mansor, beralamat di No. 22, Jalan Delima 7, Taman Delima, 43000 Kajang. Bawa salinan resit pembelian jika ada.",
        ),
        ("user", "Siapa patut buat report, saya ke bapa dia?"),
        (
            "assistant",
            "Lebih baik bapa Luqman Hakim sendiri membuat laporan sebagai pemilik, dengan warden hadir sebagai saksi dan membawa buku log locker disiplin.",
        ),
    ],
]
