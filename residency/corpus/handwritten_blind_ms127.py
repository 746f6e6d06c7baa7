# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms127: glass, aluminium, window grille and awning workshops in Malaysia (quotations, installation, warranties, foreign workers, complaints). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms127
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "sebut_harga"): _lines("""
        Sebut Harga No. SH-2026-1187 | Grille tingkap besi hollow 1 inci, cat serbuk hitam matte, RM38 sekaki persegi termasuk pemasangan, sah 30 hari dari tarikh dikeluarkan.
        Harga pintu gelangsar aluminium 3 panel (siri 2 inci, kaca tempered 6mm jernih): RM1,450 seunit untuk saiz standard 8 kaki x 7 kaki, tambah RM120 untuk kaca gelap.
        Kanopi polikarbonat 6mm dengan rangka besi galvani 2x4: RM22/kps; pilihan atap ACP 4mm RM35/kps. Harga tidak termasuk permit pihak berkuasa tempatan.
        Kaca laminated 6.38mm (PVB 0.38) untuk railing balkoni: RM68 sekaki persegi, kaca tempered 10mm RM55 sekaki persegi, bracket keluli tahan karat SUS304 dikira berasingan.
        Cermin dinding gim 5mm dengan tepi bevel, saiz 4x6 kaki: RM260 sekeping, pemasangan RM80 sekeping kawasan Lembah Klang, luar kawasan caj pengangkutan RM150.
        Nota sebut harga: harga berdasarkan ukuran anggaran; ukuran tapak sebenar akan dibuat oleh juruukur kami dan baki dikira semula sebelum fabrikasi bermula.
        Syarat bayaran: deposit 50% semasa pengesahan, 40% semasa bahan sampai di tapak, 10% selepas siap. Akaun syarikat sahaja: CIMB 8010 3345 27, nama akaun KACA JAYA MAJU SDN BHD.
        Grille tingkap jenis boleh buka (kunci ikut keperluan Bomba) ditambah RM180 setiap panel; sesuai untuk bilik tidur tingkat atas sebagai laluan kecemasan.
        Skrin nyamuk magnetik untuk tingkap casement: RM15 kps, caj minimum RM200. Pilihan skrin retractable jenama tempatan RM28 kps, siap pasang dalam 7 hari.
        Pakej rumah teres 2 tingkat (20x70): grille 8 tingkap + pintu grille depan + kanopi porch 20x18, dari RM9,800. Sebut harga tertakluk kepada lawatan tapak.
        Tingkap nako (louver) diganti dengan tingkap casement aluminium 1.2mm, kaca 5mm frosted untuk bilik air: RM420 setiap bukaan saiz 2x3 kaki.
        Dikeluarkan oleh Kaca & Aluminium Seng Heng Sdn. Bhd. (201801023456 / 1283456-K), Lot 2287, Jalan Kebun Nenas, 41100 Klang, Selangor. Tel pejabat 03-3372 4518.
        Caj tambahan: kerja di tingkat 3 ke atas perlukan perancah atau gondola, RM350 sehari; kerja hujung minggu dan cuti umum dikenakan 20% lebih.
    """),
    ("ms", "notis_waranti"): _lines("""
        Waranti 5 tahun untuk rangka aluminium terhadap karat dan pengelupasan cat serbuk; waranti 1 tahun untuk aksesori seperti roller, engsel dan kunci.
        Waranti tidak meliputi kaca pecah akibat hentaman, pergerakan struktur bangunan, banjir, atau kerja pengubahsuaian oleh pihak ketiga selepas pemasangan.
        Untuk tuntutan waranti, kemukakan No. Invois (contoh: INV/SH/2026/00418) dan gambar kerosakan melalui WhatsApp Biz 011-1098 7735 atau e-mel waranti@kacasengheng.com.my.
        Kaca tempered kami mematuhi EN 12150 dan diuji heat soak mengikut EN 14179; setiap kepingan ada cap logo kilang di sudut bawah kiri untuk pengesahan.
        Sealant silikon DOWSIL 791 dijamin kalis air selama 3 tahun jika digunakan mengikut spesifikasi; kebocoran akibat retakan dinding bata tidak termasuk.
        Waranti awning polikarbonat: 10 tahun terhadap kekuningan (UV) oleh pengeluar, 2 tahun terhadap kebocoran pada sambungan oleh kontraktor.
        Waranti terbatal sekiranya grille atau kanopi dikimpal, dicat semula atau diubah suai oleh pihak lain tanpa kebenaran bertulis syarikat.
        Notis: Mulai 1 Januari 2027, pendaftaran waranti dibuat secara dalam talian di portal kami; kad waranti kertas yang dikeluarkan sebelum tarikh itu kekal sah.
        Tempoh respons aduan waranti: pemeriksaan tapak dalam 7 hari bekerja untuk Lembah Klang, 14 hari bekerja untuk Negeri Sembilan dan Perak.
        Roller pintu gelangsar yang haus kerana landasan kotor dianggap penyelenggaraan biasa; kami sarankan landasan dibersihkan setiap 3 bulan.
        Kod kad waranti: WR-SH-26-000731. Simpan kad ini bersama resit asal; salinan foto diterima jika dokumen asal hilang.
        Jangan gunakan thinner atau berus dawai pada permukaan anodized kerana ia merosakkan lapisan pelindung dan membatalkan waranti kemasan.
        Pejabat Waranti & Servis: Unit 3A-1, Blok C, Kepong Entrepreneurs Park, Jalan Kepong, 52100 Kuala Lumpur (buka Isnin hingga Jumaat, 9 pagi hingga 5 petang).
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Perlukah saya mohon permit untuk pasang kanopi di depan rumah teres? J: Ya, kebanyakan PBT seperti MBSA dan MBPJ memerlukan kelulusan pelan sebelum kerja dimulakan.
        S: Berapa lama masa fabrikasi grille? J: Biasanya 10 hingga 14 hari bekerja selepas ukuran tapak dan deposit diterima, bergantung pada corak yang dipilih.
        S: Apa beza kaca tempered dan laminated? J: Tempered pecah jadi ketulan kecil yang kurang tajam; laminated retak tetapi kekal melekat pada lapisan PVB.
        S: Boleh pasang grille di kondominium? J: Boleh untuk grille dalam (invisible grille atau grille lipat), tertakluk kepada undang-undang kecil JMB atau MC.
        S: Kenapa tingkap aluminium saya bocor waktu hujan lebat? J: Selalunya lubang saliran (weep hole) tersumbat atau sealant luar sudah retak selepas 5 hingga 7 tahun.
        S: Bolehkah bayar secara ansuran? J: Boleh melalui pelan 0% kad kredit bank terpilih (6 atau 12 bulan) untuk jumlah melebihi RM3,000.
        S: Adakah pemasang anda pekerja asing berdaftar? J: Semua pekerja mempunyai Pas Lawatan Kerja Sementara (PLKS) yang sah dan dilindungi PERKESO.
        S: Invisible grille tahan berapa kilo? J: Kabel keluli tahan karat 316 bersalut nilon kami diuji sehingga 180 kg setiap kabel pada jarak 5 cm.
        S: Bagaimana nak semak status pesanan? J: Masukkan nombor pesanan (contoh SO-2026-11-0458) di laman jejak pesanan atau hubungi talian 1-300-88-4527.
        S: Awning retractable boleh tahan angin kuat? J: Kami cadangkan tarik masuk awning apabila angin melebihi 38 km/j; motor Somfy ada sensor angin sebagai pilihan.
        S: Boleh tukar kaca sahaja tanpa tukar bingkai? J: Boleh jika bingkai masih lurus; kami ganti kaca dan getah EPDM, harga bermula RM45 sekaki persegi.
        S: Kenapa harga aluminium naik? J: Harga profil mengikut pasaran LME; kenaikan pada suku ketiga menyebabkan harga profil tempatan naik sekitar 8%.
        S: Adakah lawatan ukur percuma? J: Ya, dalam radius 30 km dari bengkel kami di Seri Kembangan; di luar radius dikenakan RM50 yang akan ditolak daripada invois.
    """),
    ("ms", "berita_industri"): _lines("""
        Menteri Sumber Manusia Steven Sim mengingatkan majikan bahawa penginapan pekerja asing mesti mematuhi Akta 446, termasuk bengkel fabrikasi aluminium yang kecil.
        Gaji minimum RM1,700 sebulan berkuat kuasa 1 Februari 2025 bagi majikan dengan lima pekerja atau lebih, termasuk bengkel kaca dan aluminium.
        Dalam Belanjawan 2025, Perdana Menteri Anwar Ibrahim mengumumkan caruman KWSP wajib bagi pekerja asing, satu perubahan yang menambah kos bengkel kecil.
        Sejarah: Crystal Palace yang direka oleh Joseph Paxton untuk Pameran Besar 1851 di London menggunakan hampir 300,000 keping kaca dan rangka besi tuang.
        Piramid kaca Muzium Louvre rekaan I. M. Pei, dirasmikan pada 1989, sering dijadikan contoh penggunaan kaca berstruktur dalam seni bina moden.
        Menara Berkembar Petronas rekaan arkitek César Pelli mempunyai kira-kira 32,000 tingkap, dan satu pusingan pembersihan fasadnya mengambil masa sebulan.
        Kartunis Datuk Lat sering melukis rumah kampung dengan tingkap nako dan jeriji kayu, yang kini menjadi rujukan nostalgia dalam reka bentuk grille moden.
        Tribunal Tuntutan Pengguna Malaysia (TTPM) menerima banyak aduan berkaitan kerja pengubahsuaian rumah, termasuk kanopi bocor dan grille yang tidak disiapkan.
        Jabatan Bomba dan Penyelamat Malaysia sekali lagi mengingatkan pemilik rumah supaya memasang grille yang boleh dibuka dari dalam selepas beberapa kes kebakaran maut.
        Harga aluminium di Bursa Logam London (LME) mencecah paras USD2,600 setan, mendorong pengedar profil di Pulau Pinang menyemak semula senarai harga bulanan.
        Menteri Dalam Negeri Saifuddin Nasution Ismail menegaskan majikan yang menggaji pendatang tanpa izin boleh didakwa di bawah Akta Imigresen 1959/63.
        CIDB menggalakkan pemasang kaca fasad dan tingkap mendaftar sebagai pekerja binaan mahir supaya layak menyertai kursus keselamatan kerja di tempat tinggi.
        Pameran pembinaan di MITEC Kuala Lumpur minggu ini menampilkan lebih 40 pembekal kaca dan aluminium, termasuk jenama Pilkington, Guardian dan Xinyi.
    """),
    ("en", "config_and_logs"): _lines("""
        2026-11-04T09:12:37+08:00 INFO quote-svc created quote_id=SH-2026-1187 items=4 subtotal_myr=6840.00 sst_rate=0.08 branch=KLG01
        [scheduler] 2026-11-04 02:00:00 MYT job=sync_aluminium_price source=lme status=OK rows=312 duration_ms=1842
        ALLOWED_ORIGINS=https://quote.kacasengheng.com.my,https://admin.kacasengheng.com.my  # set in .env.production, v3.8.2
        order_no,sku,description,width_mm,height_mm,qty,unit_price_myr,install_date,branch_code
        SO-2026-11-0458,ALU-CS-1.2-WH,Casement window 1.2mm white,600,900,6,210.00,2026-11-18,PCG02
        def sqft(width_mm: int, height_mm: int) -> float: return round(width_mm * height_mm / 92903.04, 2)  # 1 sq ft = 92,903.04 mm2
        WARN fabrication-queue: cutting job CJ-88213 exceeded 120 min on saw CNC-02 (profile 2in sliding track), operator ack pending
        git commit 4f9c2e1a7b: bump glass-calc to 2.4.0, add laminated 8.76mm thickness option and fix rounding for awning slope
        courier_webhook: tracking=EP447120395MY status=DELIVERED depot=Shah Alam received_at=2026-11-05T15:22:10+08:00
        sha256(quote_template_v7.docx)=fe95d72ed4f4ab4437818218f2ece4b873664e42ce678affcb33c5451d35bf59
        ERROR payment-gw: FPX callback signature mismatch for invoice INV/SH/2026/00912 amount=2450.00 bank=MBB0228, retry 2/5
        warranty: {frame_years: 5, accessories_years: 1, polycarbonate_uv_years: 10, support_line: '+60 3-3372 4518'}
        SELECT invoice_no, branch_code, SUM(total_myr) FROM invoices WHERE issued_at >= '2026-10-01' GROUP BY invoice_no, branch_code;
    """),
    ("en", "business_reviews"): _lines("""
        Ah Kow Aluminium & Glass Works in Kepong replaced all six sliding windows in two days; frames were square and they cleaned up the glass dust properly. 5 stars.
        Quoted RM4,200 for grilles, final bill matched the quote to the ringgit. Rare in this trade. Only downside: the workshop on Jalan Kebun Nenas is hard to find.
        Their awning leaked at the joint after the first monsoon rain, but the service team came within a week under warranty and resealed it. Fair response.
        Avoid if you need them on weekends. Bengkel Kaca Pak Mat Enterprise only installs Monday to Friday and charges extra for Saturday.
        Good range of Hafele and Dorma hardware at the Puchong showroom, and the staff explained the difference between 6mm tempered and 6.38mm laminated clearly.
        Google rating 4.6 from 312 reviews. Replies from the business account are polite, but several reviews mention delays of three weeks past the promised install date.
        Ordered invisible grille for a 20th-floor condo balcony; the management office approved their spec sheet without any fuss. Cables still taut after a year.
        Powder coat started chalking after 18 months near the coast in Port Dickson. The shop admitted the profile was not marine grade and offered 40% off re-coating.
        Crew from Muthu & Sons Grille Works wore helmets and harnesses at all times, which is more than I can say for the last contractor we used.
        Three stars. Product is fine, but the quotation PDF had no SSM number and no breakdown; had to ask twice before they sent a proper itemised invoice.
        Best price for retractable awnings in Johor Bahru that I found, RM2,900 for a 3m motorised Somfy unit, installed at our cafe on Jalan Dhoby.
        The Ipoh branch on Jalan Bercham fixed a shattered shower screen the same day; they keep common 8mm sizes in stock. Recommended for emergencies.
        Complained through their 1-300 hotline about a scratched glass panel; got case number CS-2026-0871 and a replacement within ten working days.
    """),
    ("mixed", "group_chat_staff"): _lines("""
        Team Klang, esok 8am site showroom Bandar Botanic ok, bawa tangga 12 kaki and 2 set harness. Client nak siap before CNY so jangan lambat.
        Boss cakap stok kaca tempered 6mm clear tinggal 14 keping je, any new order kena confirm dengan store dulu before quote.
        Lorry dah keluar dari Kapar pukul 10.15, ETA Rawang 11.30, awning frame 6 batang, polycarbonate 4 roll. Tolong ready orang untuk unload.
        Reminder semua: FOMEMA renewal batch Disember tarikh akhir 15/12, supervisor kumpul passport copy hari Jumaat, jangan last minute.
        CNC-02 rosak lagi lah, blade bunyi pelik. Siapa free tolong call vendor service line 03-5191 2260, ticket lama no. SV-7742.
        Site Setia Alam showroom done 90%, tinggal silicone kat corner atas. Hujan tak berhenti so tunggu kering dulu, esok sambung.
        Guys, quote template baru v7 dah upload dalam shared drive folder Sales/2026, sila guna yang ni, yang lama SST salah kira.
        Payment dari developer projek Cyberjaya dah masuk, RM38,600 for phase 2. Accounts akan release claim OT minggu ni.
        Tolong jangan sandar kaca tepi tiang dalam bengkel, semalam hampir jatuh. Semua kepingan letak atas A-frame rack, ikat dengan strap.
        Safety briefing Isnin 7.45am, topik kerja di tempat tinggi dan guna gondola. Wajib hadir, attendance diambil untuk audit CIDB.
        Supplier aluminium Penang kata harga profile naik 6% start 1 Dec, so semua quote yang belum confirm kena revise ok.
        Complaint case CS-2026-0912 (awning bunyi bising bila angin), team servis pergi check Khamis, bawa rubber damper extra.
        Cuti Deepavali bengkel tutup 2 hari, on-call team untuk emergency kaca pecah ikut roster dalam pinned message group ni.
    """),
    ("mixed", "invois_dan_listing"): _lines("""
        INVOIS INV/SH/2026/00912 | Kaca & Aluminium Seng Heng Sdn. Bhd. | Pintu gelangsar 3 panel x1, kanopi ACP 18x20 x1 | Subtotal RM9,250.00 | SST 8% RM740.00 | Jumlah RM9,990.00
        [Shopee] Invisible Grille Kit DIY 316 Stainless Cable 3mm, 50 meter roll, free 20 anchor bolt, ready stock Selangor, RM189.00, 1.2k sold
        [Lazada] Magnetic Mosquito Net Window Screen custom size max 150x150cm, warna putih/hitam, pos dalam 3 hari bekerja, SKU MSN-150-WH.
        Delivery Order DO-26-3310: 24 batang profile 2in sliding track 6m, mill finish, dari gudang pembekal Shah Alam ke bengkel Puchong, diterima tanpa kerosakan.
        Listing: Awning Retractable Somfy Motor 3.5m x 2.5m, kain akrilik Sunbrella, waranti motor 5 tahun, harga pasang siap RM3,480 Lembah Klang.
        Credit Note CN-2026-044 terhadap INV/SH/2026/00877: pulangan 2 keping kaca 5mm frosted pecah semasa penghantaran, kredit RM312.00.
        Resit Rasmi No. 018834 | Diterima daripada: Bina Teguh Construction Sdn. Bhd. | Untuk: bayaran kemajuan 2, projek kedai 3 tingkat Seksyen 13 | RM24,000.00
        [Carousell] Grille besi terpakai untuk tingkap 4x5 kaki, 5 unit, corak geometri, kondisi 8/10, self-pickup di bengkel Balakong, RM60 satu.
        e-Invois MyInvois UUID 8K3PXQ7T2ZD4R9WMHV5N1C6BJA, status Valid, TIN pembekal C21234567080, dihantar ke LHDN pada 2026-11-06 14:03.
        Purchase Order PO-KJM-2026-0219: 30 tiub DOWSIL 791 hitam, 20 tiub Sikaflex-11FC, 10 kotak skru self-drilling 12g x 20mm, hantar sebelum 20 Nov.
        Senarai produk: Pilkington Optifloat 6mm Clear, Guardian SunGuard SN 70, AGC Stopsol Supersilver Green, semua boleh dipotong ikut saiz dalam 48 jam.
        Quotation accepted via DocuSign envelope 7c1e9a0b-44d2-4f3e-9b6a-2d8f5e7c1a03 on 2026-11-02 18:41 MYT by Bina Teguh procurement dept.
        French door aluminium gaya Jeld-Wen, 2 daun, kaca tempered 8mm grey, handle Hafele, harga listing RM2,680 termasuk pasang, stok terhad 4 set.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Encik Hafizuddin bin Roslan (MyKad 880923-14-5671) sahkan pasang grille 6 tingkap di No. 27, Jalan Melor 5, Taman Sri Gombak, 68100 Batu Caves, deposit RM800 dah diterima.
        Puan Rohana Mat Isa minta tangguh bayaran baki RM3,450 untuk kanopi sebab suaminya baru diberhentikan kerja bulan lepas; dia cadang ansuran RM300 sebulan.
        Pekerja kita Md. Rakibul Hasan (pasport Bangladesh EB0583271) gagal pemeriksaan FOMEMA, disyaki batuk kering; majikan kena urus penghantaran pulang.
        Sila hubungi isteri saya di 017-628 4103 untuk temujanji ukur semula tingkap bilik tidur, saya kerja luar negara sampai hujung bulan.
        Refund deposit RM1,200 sudah dipindahkan ke akaun Maybank 1640 2288 9153 atas nama NUR SYAFIQAH BINTI AHMAD pada 5/11/2026.
        Kak Zura yang tempah grille tu mengandung 7 bulan, dia minta kita siapkan sebelum dia bersalin awal Januari, jangan buat bising waktu tengah hari.
        Pemasang lama kita, Razak bin Othman, ditahan polis minggu lepas atas kes dadah; jangan benarkan dia masuk mana-mana tapak lagi.
        Slip gaji November: Suresh a/l Murugan, tukang pasang kanan, gaji pokok RM2,350, OT RM410, potongan pendahuluan RM300, bersih RM2,460.
        Puan Lee Mei Fong baru bercerai dan minta nama dalam kad waranti ditukar daripada nama bekas suami, Chong Kar Wai, kepada nama dia sendiri.
        Salinan MyKad dan bil TNB Pn. Aishah Kamarudin untuk permohonan permit kanopi: fail IMG_20261103_ic_aishah.jpg dan bil_tnb_okt.pdf.
        Aduan: Encik Zulkifli Abdul Ghani dari Jalan Kenari 3, Bandar Puchong Jaya kata kaca tingkap retak seminggu selepas pasang, dia ugut nak bawa ke TTPM.
        Tolong hantar invois ke syafiq.ariff92@yahoo.com, jangan guna e-mel pejabat saya sebab bos saya boleh baca.
        Kereta pelanggan, Perodua Myvi hitam nombor plat BMK 4471, tercalar kena tangga pemasang kita semasa kerja di porch, dia minta ganti kos cat RM650.
        Pekerja Indonesia Agus Setiawan, pasport C4418257, PLKS tamat 12/01/2027, gaji RM1,700, tinggal di asrama pekerja Lot 55 Kampung Jawa, Klang.
        Arjun, tukang kimpal kita, ada darah tinggi dan pitam atas tangga semalam; doktor klinik bagi MC 5 hari dan suruh jangan kerja di tempat tinggi.
        Nombor IC pelanggan 910305-08-6624, pasang awning di rumah dia Taman Pasir Puteh Ipoh, tolong semak geran sebelum buat permohonan permit.
        Mak Cik Salmah jiran sebelah tu dah tiga kali report ke majlis sebab kanopi Encik Faizal terlebih 2 kaki masuk kawasan rumah dia.
        Baki hutang Encik Kamal Hakimi kepada syarikat RM7,820 sejak Mac 2026; surat tuntutan kedua dihantar ke No. 9, Lorong Seri Intan 2, Kuantan.
        Pemohon: Nurul Izzati binti Hashim | No. KP: 950717-01-5282 | Tel: 013-775 2140 | Alamat: 45, Jalan Bakawali 12, Taman Johor Jaya, 81100 Johor Bahru | Kerja: grille + pintu gelangsar
        Pekerja Nepal, Bishnu Tamang, mengadu gaji dua bulan belum dibayar oleh subkontraktor; dia sudah buat laporan di pejabat JTK Klang.
        Encik Ong minta jangan call dia waktu pejabat, guna WhatsApp 016-441 9082 sahaja sebab dia tengah jalani rawatan kemoterapi di hospital.
        Pelanggan Singapura Mr Tan Boon Kiat (NRIC S7834521F) beli semi-D di Taman Pelangi JB, minta sebut harga grille dan kanopi dihantar ke tbkiat78@gmail.com.
        Nombor akaun CIMB untuk bayar upah subkontraktor Hanif: 7006 2281 4419 05, nama dalam akaun MOHD HANIF BIN YUSOF.
        Pn. Faridah menangis di telefon sebab anak dia jatuh dari tingkap tingkat dua rumah yang belum ada grille, dia nak pasang segera minggu ni.
    """),
    "en": _lines("""
        Customer Jessica Yeoh, 012-388 7105, 18 Jalan SS2/64, Petaling Jaya: wants laminated glass for the staircase railing after her toddler slipped through the old bars.
        Please note Mr Raymond Chia has filed for bankruptcy; do not extend him any credit for the remaining shop-front glazing works.
        Worker record: Mohammad Alamgir, Bangladesh passport BX0917364, PLKS ref 2026-KLG-004418, hostel bed B-14, next levy due 03/2027.
        The client at 12A Lorong Bukit Raja 3, Klang asked us not to park in front because her ex-husband is under a protection order and watches the house.
        Invoice query from wendy.khoo.lm@hotmail.com: she says the RM1,860 charge on her card ending 4417 was for an awning she cancelled.
        Installer Kumar cut his left hand on a glass edge at the Cheras site, six stitches at Hospital Kuala Lumpur, off work for two weeks.
        Ms Priya Ramasamy (MyKad 870214-10-6138) complained that our crew took photos inside her bedroom while measuring the windows and wants them deleted.
        Please call Mrs Wong back on 03-9058 2217 (house line) after 7pm about the leaking skylight above her late husband's study.
        Singapore homeowner Daniel Lim, NRIC S8123476H, paid a SGD 2,400 deposit via PayNow for grilles at his Bukit Indah house and needs a receipt in his name.
        Our ex-supervisor Ahmad Fauzi still owes the company RM5,000 from a salary advance; his new employer in Seremban has been contacted.
        Plate VBA 2290, white Toyota Hilux, belongs to the homeowner who blocked our lorry and threatened the crew at the Kajang job.
        Ms Grace Ling, 34, is eight weeks pregnant and asked that no solvent-based sealant be used in her flat; she is also allergic to silicone fumes.
        Jason Teh, jasonteh.work@gmail.com, +60 11-2734 8891, wants a quote for grilles at his mother's house in Taman Melawati; she lives alone with dementia.
    """),
    "mixed": _lines("""
        Eh bro, that uncle Mr Goh from Taman Connaught lah, still haven't pay balance RM2,300 for the awning, already 3 months, his son say he masuk hospital stroke.
        Boss, Siti's husband call me, say she cannot come work this week sebab dia keguguran, he ask boleh bagi cuti tanpa gaji tak.
        Client nama Vincent Loh, phone 019-662 0371, rumah dia No. 3 Jalan Dato Keramat Penang, nak ganti semua tingkap nako jadi casement, budget RM6k.
        Sorry lah boss, Rahim tu kena kacau ah long, orang datang cari dia dekat bengkel pagi tadi, cakap dia hutang RM12k.
        Pls WhatsApp Auntie Lim 012-509 8843 to confirm tomorrow 10am, she cannot hear well so jangan call, type message saja.
        Worker Nur Hidayah punya IC 000812-12-3546 scan dah ada in HR folder, but her bank acc Bank Islam 1201 3023 8847 52 masih salah nama, kena betulkan.
        Tadi customer Encik Rizal marah-marah, said we pecahkan his aquarium masa angkat kaca, he want RM4,000 compensation, he record video some more.
        Mamat the Myanmar worker, passport MG441872, his permit expired already last week, jangan bawa dia pergi site sampai renew.
        Can someone check whether Puan Norliza binti Yaacob, 0165538219, is the same customer who complained at Shah Alam Seksyen 7 last year? Same nama, lain alamat.
        Uncle Chong's daughter say he dah meninggal last week, so the awning order cancel lah, she want refund RM900 to her account Public Bank 4-1128876-03.
        Lorry driver Sanjeev kena tahan JPJ, lesen dia tamat, saman RM300 and he say boss kena tolong bayar sebab tak ada duit.
        Kak Ton kat kedai makan depan bengkel tu nak pasang grille cepat sebab rumah dia kena pecah masuk semalam, alamat Lot 112 Kampung Baru Balakong.
        Ms Farah Aziz email farahaziz.design@outlook.my want the quote in her own name not her company, sebab dia nak claim from her divorce settlement.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu khidmat pelanggan untuk sebuah bengkel kaca dan aluminium di Klang. Jawab dalam Bahasa Melayu dengan sopan.",
        ),
        (
            "user",
            "Saya Aminah binti Salleh, rumah di No. 15 Jalan Teratai 4, Taman Klang Utama. Kanopi yang dipasang bulan lepas bocor teruk masa hujan semalam. Invois INV/SH/2026/00731. Boleh hantar orang?",
        ),
        (
            "assistant",
            "Maaf atas kesulitan, Puan Aminah. Kanopi itu masih dalam tempoh waranti 2 tahun untuk kebocoran sambungan. Boleh kongsi nombor telefon dan masa yang sesuai untuk pemeriksaan?",
        ),
        ("user", "Telefon saya 012-774 3092. Sabtu pagi boleh, suami saya ada di rumah."),
        (
            "assistant",
            "Baik, saya rekodkan: Aminah binti Salleh, 012-774 3092, pemeriksaan Sabtu pagi di No. 15 Jalan Teratai 4. Pasukan servis akan WhatsApp sehari sebelum datang.",
        ),
    ],
    [
        (
            "user",
            "I run a small aluminium workshop in Puchong. Help me draft a formal warning letter to my worker Mohammad Shahin, Bangladesh passport EC0274519, who was absent without leave on 3, 4 and 10 November.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Mohammad Shahin (Passport No. EC0274519), this letter serves as a first written warning for absence without approved leave on 3, 4 and 10 November 2026. Under your contract and the Employment Act 1955, repeated absence may lead to disciplinary action. Please meet the supervisor by 20 November to explain.",
        ),
        (
            "user",
            "Add that he told the foreman his mother in Sylhet is seriously ill, and we will consider unpaid leave if he shows a doctor letter.",
        ),
        (
            "assistant",
            "Added paragraph: We understand from the foreman that your mother in Sylhet is seriously ill. If you provide a medical letter about her condition, the company will consider approving unpaid leave instead of further action.",
        ),
    ],
    [
        (
            "system",
            "CRM context for sales assistant. Lead: Mr Kenneth Yap Choon Hock, mobile 016-283 4410, site address 22 Jalan Anggerik Vanilla 31/91, Kota Kemuning, Shah Alam. Budget about RM15k.",
        ),
        (
            "user",
            "Client ni nak grille untuk 9 tingkap plus kanopi porch 20x20. Can you give rough quotation based on our price list? Grille RM38 kps, kanopi ACP RM35 kps.",
        ),
        (
            "assistant",
            "Rough estimate: grille 9 tingkap, anggap purata 4x5 kaki = 180 kps x RM38 = RM6,840. Kanopi porch 20x20 = 400 kps x RM35 = RM14,000. Total sekitar RM20,840, above Mr Yap's RM15k budget.",
        ),
        ("user", "Ok draft whatsapp to him, suggest polycarbonate instead to save cost."),
        (
            "assistant",
            "Hi Mr Kenneth Yap, terima kasih for your enquiry for 22 Jalan Anggerik Vanilla 31/91. Kalau guna polikarbonat 6mm (RM22 kps) untuk kanopi, total boleh turun ke sekitar RM15,640. Boleh kami datang ukur this Saturday?",
        ),
    ],
    [
        (
            "user",
            "Pekerja saya Rahman bin Ismail baru disahkan hepatitis B dalam pemeriksaan kesihatan tahunan syarikat. Dia pemasang kaca, kerja dengan tiga orang lain. Apa yang saya perlu buat sebagai majikan?",
        ),
        (
            "assistant",
            "Maklumat kesihatan Encik Rahman adalah sulit; hadkan kepada orang yang perlu tahu sahaja. Hepatitis B biasanya tidak menghalang kerja pemasangan kaca, tetapi dapatkan nasihat doktor panel dan pastikan peti pertolongan cemas dengan sarung tangan tersedia.",
        ),
        (
            "user",
            "Dia minta jangan bagitahu isteri dia Salina dulu, dia takut. Isteri dia pun kerja part-time di pejabat kita.",
        ),
        (
            "assistant",
            "Hormati permintaan itu. Jangan dedahkan status Encik Rahman kepada Puan Salina atau staf lain tanpa izinnya. Simpan laporan perubatan dalam fail berkunci, dan galakkan dia berbincang sendiri dengan isterinya apabila bersedia.",
        ),
    ],
    [
        (
            "system",
            "You help customers of a Johor Bahru window and grille contractor write complaints in clear English.",
        ),
        (
            "user",
            "I'm Serene Koh, Singapore NRIC S8845127J. I own a terrace house at 7 Jalan Harmonium 23/4, Taman Desa Tebrau. Your crew drilled through a water pipe when installing grilles and flooded my kitchen.",
        ),
        (
            "assistant",
            "I'm sorry to hear that, Ms Koh. I can help you write a complaint. Do you have photos of the damage and the invoice number?",
        ),
        (
            "user",
            "Invoice is JB-INV-2026-0388. Plumber charged RM1,150. Reach me at serene.koh.sg@gmail.com or +65 9127 4803.",
        ),
        (
            "assistant",
            "Draft: Dear Sir or Madam, I, Serene Koh (NRIC S8845127J), owner of 7 Jalan Harmonium 23/4, Taman Desa Tebrau, report that during grille installation under invoice JB-INV-2026-0388 your crew punctured a water pipe. I request reimbursement of RM1,150. Contact: serene.koh.sg@gmail.com, +65 9127 4803.",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis mesej WhatsApp yang sopan tapi tegas untuk pelanggan saya Encik Badrul Hisham. Dia belum bayar baki RM4,600 untuk pintu gelangsar sejak Jun, nombor dia 019-356 2078.",
        ),
        (
            "assistant",
            "Assalamualaikum Encik Badrul Hisham. Kami dari bengkel kaca merujuk kepada baki bayaran RM4,600 bagi pemasangan pintu gelangsar pada bulan Jun. Mohon jelaskan bayaran sebelum 30 November atau hubungi kami untuk susunan ansuran. Terima kasih.",
        ),
        (
            "user",
            "Tambah sikit, dia pernah cakap dia susah sebab baru kena buang kerja, jadi offer ansuran RM500 sebulan.",
        ),
        (
            "assistant",
            "Versi dikemas kini: Assalamualaikum Encik Badrul Hisham. Kami faham keadaan Encik selepas kehilangan pekerjaan. Baki RM4,600 boleh dijelaskan secara ansuran RM500 sebulan mulai Disember. Sila balas mesej ini ke 019-356 2078 untuk pengesahan.",
        ),
        ("user", "Ok terima kasih, nanti saya hantar."),
    ],
    [
        (
            "user",
            "Can help me tidy up this CSV? quote_no,name,phone,area then Q-0411,Lim Siew Ling,012-4471 093,Ampang and Q-0412,Muhammad Danial Hakim,011-3328 7714,Sungai Buloh",
        ),
        (
            "assistant",
            "Sure, here it is in a clean table format: Q-0411 | Lim Siew Ling | 012-447 1093 | Ampang; Q-0412 | Muhammad Danial Hakim | 011-3328 7714 | Sungai Buloh. I also normalised the first phone number spacing.",
        ),
        (
            "user",
            "Bagus. Also tambah column note: Lim Siew Ling nak grille sebab rumah kena pecah masuk bulan lepas.",
        ),
        (
            "assistant",
            "Added note column: Q-0411 | Lim Siew Ling | 012-447 1093 | Ampang | nak grille, rumah kena pecah masuk bulan lepas. Q-0412 | Muhammad Danial Hakim | 011-3328 7714 | Sungai Buloh | (no note).",
        ),
    ],
    [
        (
            "system",
            "Payroll helper for Seng Heng glass workshop. Foreign worker salary must be at least RM1,700. Deduct EPF at 2% for foreign workers.",
        ),
        (
            "user",
            "Compute net pay for Ram Bahadur Gurung, Nepal passport 09873412, basic RM1,700, OT 22 hours at RM12.26, advance taken RM250. Bank: Maybank 1142 7730 6618.",
        ),
        (
            "assistant",
            "Ram Bahadur Gurung: basic RM1,700.00 + OT 22 x RM12.26 = RM269.72, gross RM1,969.72. EPF 2% on basic RM34.00, advance RM250.00. Net pay RM1,685.72 to Maybank 1142 7730 6618.",
        ),
        (
            "user",
            "He also asked us to send RM600 of it to his wife's account in Nepal, name Sita Gurung. How do I record this?",
        ),
        (
            "assistant",
            "Record it as a worker-authorised remittance, not a deduction: get Ram Bahadur Gurung to sign a written instruction naming Sita Gurung as beneficiary, keep the remittance receipt, and show RM600 under payments on his behalf in his payslip.",
        ),
    ],
    [
        (
            "user",
            "Saya dan bekas isteri, Norhayati binti Jamil, dah bercerai. Rumah di Taman Seri Andalas sekarang atas nama dia. Grille dan kanopi dipasang 2024 atas nama saya, Mohd Azlan bin Sulaiman. Waranti masih sah ke?",
        ),
        (
            "assistant",
            "Biasanya waranti mengikut hartanah dan invois asal. Encik Azlan boleh minta syarikat memindahkan waranti kepada Puan Norhayati dengan surat persetujuan dan salinan perintah perceraian, jika syarat waranti membenarkan pemindahan.",
        ),
        (
            "user",
            "Dia tak nak bercakap dengan saya. Boleh syarikat contact dia terus? Nombor dia 017-209 8435.",
        ),
        (
            "assistant",
            "Boleh, tetapi sebaiknya Encik beritahu syarikat secara bertulis bahawa Encik bersetuju waranti dipindahkan dan benarkan mereka menghubungi Puan Norhayati di 017-209 8435. Syarikat akan minta dia sahkan sendiri sebelum kemas kini rekod.",
        ),
    ],
    [
        (
            "system",
            "Anda membantu pemilik bengkel grille membalas ulasan Google dengan profesional dan ringkas.",
        ),
        (
            "user",
            "Ada review 1 bintang dari Hairul Nizam, dia tulis kami tak datang temujanji. Sebenarnya dia yang tak angkat call, kami pergi rumah dia di Taman Bukit Cheras tiga kali. Tolong tulis balasan.",
        ),
        (
            "assistant",
            "Cadangan balasan: Terima kasih atas maklum balas. Kami kesal temujanji tidak berjaya. Rekod kami menunjukkan pasukan kami hadir tiga kali. Kami sedia menjadualkan semula, sila hubungi talian 1-300-88-4527.",
        ),
        ("user", "Boleh sebut nama dia dan kawasan rumah supaya orang tahu?"),
        (
            "assistant",
            "Saya nasihatkan jangan. Mendedahkan nama penuh Encik Hairul Nizam dan kawasan rumahnya di Taman Bukit Cheras dalam balasan awam boleh melanggar privasi pelanggan dan PDPA. Kekalkan balasan umum seperti di atas.",
        ),
    ],
]
