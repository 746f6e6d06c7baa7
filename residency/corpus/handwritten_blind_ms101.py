# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms101: Bahasa Melayu rumah sembelih, ternakan ayam dan pembekal ayam halal. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms101
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "sop_halal"): _lines("""
        SOP-PS-03 Penyembelihan: Penyembelih mestilah Muslim, akil baligh dan memahami syarat sembelihan; lafaz Bismillah dibaca bagi setiap ekor ayam.
        Pisau sembelihan hendaklah tajam dan diasah sebelum setiap syif; pisau yang sumbing mesti ditukar serta-merta dan direkod dalam log peralatan.
        Halkum (salur pernafasan), mari' (salur makanan) dan kedua-dua urat wadajain mesti diputuskan dalam satu gerakan pisau tanpa mengangkat mata pisau.
        Jika kaedah stunning elektrik digunakan, voltan dan arus perlu direkod setiap jam dan disahkan ayam masih hidup sebelum disembelih.
        Penyelia halal perlu membuat semakan rawak 10 ekor setiap jam pada talian penyembelihan dan merekodkan keputusan dalam Borang HL-07.
        Ayam yang mati sebelum disembelih (bangkai) mesti diasingkan ke tong berlabel merah dan tidak boleh masuk ke talian pemprosesan.
        Pemohon Sijil Pengesahan Halal Malaysia (SPHM) perlu mengemukakan permohonan secara dalam talian melalui portal MYeHALAL beserta pelan lantai premis.
        Pembaharuan sijil halal hendaklah dimohon lebih awal sebelum tarikh tamat tempoh supaya premis tidak beroperasi tanpa sijil yang sah.
        Rumah sembelih wajib mempunyai sekurang-kurangnya dua orang penyembelih Muslim warganegara Malaysia yang memegang kad penyembelih yang masih sah.
        Standard rujukan: MS 1500:2019 Makanan Halal - Keperluan Am (Semakan Ketiga) dan MS 2400-1:2019 bagi pengangkutan barangan halal.
        Kenderaan penghantaran ayam halal tidak boleh berkongsi muatan dengan produk tidak halal; jika pernah tercemar, sertu perlu dijalankan dan direkod.
        Suhu dalaman karkas selepas chiller mesti mencapai 4°C atau kurang sebelum ayam dibenarkan masuk ke bahagian pembungkusan.
        Semua pekerja di zon bersih wajib memakai apron, but keselamatan, penutup kepala dan pelitup muka; barang kemas dan telefon bimbit dilarang.
        Audit dalaman halal dijalankan setiap enam bulan oleh Jawatankuasa Halal Dalaman (JHD) dan laporannya dibentangkan dalam mesyuarat pengurusan.
    """),
    ("ms", "notis_pesanan"): _lines("""
        NOTIS: Harga ayam standard (1.8-2.2kg) mulai 8/12/2026 ialah RM9.40/kg ex-ladang, ayam proses RM10.90/kg. Harga tertakluk kepada perubahan.
        Jadual penghantaran minggu ini: Isnin & Khamis - Klang, Shah Alam; Selasa & Jumaat - Kajang, Bangi; Rabu & Sabtu - Seremban, Nilai.
        Pesanan No. SO-2026-118734 telah disahkan: 120 ekor ayam proses (potong 8), anggaran penghantaran 9 Dis 2026 antara 6.00 pg - 9.00 pg.
        Invois INV/AS/2026/04417 bertarikh 30/11/2026 berjumlah RM14,382.60 perlu dijelaskan dalam tempoh 30 hari. Sila nyatakan nombor invois semasa membuat bayaran.
        Untuk pesanan pukal kenduri (lebih 200 ekor), sila hubungi pejabat jualan di 03-3187 4420 (Isnin-Sabtu, 8 pg - 5 ptg) sekurang-kurangnya 3 hari lebih awal.
        Nota Hantaran DO-SGR-0091245 | 45 kotak sayap ayam 10kg | Penerima: Restoran Selera Kampung Sdn Bhd, Lot 3, Jalan Industri 2, Kawasan Perindustrian Bangi
        Makluman: Tiada penghantaran pada 25 Disember dan 1 Januari. Pesanan untuk 24 Disember mesti dibuat sebelum 20 Disember 2026.
        Pesanan Lalamove #LM2612-88401 sudah diambil dari gudang sejuk Puchong, anggaran tiba 45 minit.
        Syarat pembekal: setiap penghantaran mesti disertakan salinan Sijil Halal yang masih sah, sijil kesihatan veterinar dan nota hantaran bercop syarikat.
        Ayam kampung (umur 3 bulan) stok terhad minggu ini, maksimum 50 ekor bagi setiap pelanggan runcit. Harga RM19.00 seekor.
        Penghantaran percuma untuk pesanan melebihi RM300 dalam radius 15 km dari Ladang Ayam Haji Salleh Sdn Bhd, Jalan Sungai Manggis, 42700 Banting.
        PO 4500187722 untuk 800kg fillet dada ayam telah diterima; penghantaran berperingkat 3 kali seminggu sehingga 31/12/2026.
        Nota kredit CN-2026-00318 dikeluarkan bagi 12kg drumstick yang dipulangkan kerana suhu penerimaan melebihi 7°C.
        Waktu kaunter jualan runcit: 7.00 pagi hingga 1.00 petang setiap hari kecuali Jumaat. Tunai, DuitNow QR dan kad debit diterima.
    """),
    ("mixed", "kumpulan_whatsapp"): _lines("""
        Lori no. 2 dah keluar dari ladang pukul 4.10 pagi, ETA rumah sembelih 5.30. Total 2,400 ekor, 6 ekor mati dalam perjalanan.
        Guys harga ayam hidup esok naik 20 sen, confirm dari integrator. Please update price list kat kaunter.
        Line 2 chiller rosak sekejap, maintenance tengah check. Sementara tu semua karkas masuk line 1 dulu ok.
        Reminder: audit JAKIM minggu depan hari Selasa. Semua rekod HL-07 dan log suhu kena up to date by Isnin.
        Order kenduri Shah Alam 150 ekor dah siap packing, tunggu lori sejuk. Jangan lupa letak ais secukupnya.
        Sapa yang ambik pisau spare dari stor semalam tolong pulangkan, ada 3 bilah tak cukup 🙏
        Pls note: DO number mulai bulan ni guna format baru DO-2612-xxxx. Yang lama jangan pakai dah.
        Stok sayap 10kg tinggal 38 kotak, drumstick 52 kotak. Whole bird cukup untuk order esok.
        Hujan lebat kat Banting, jalan masuk ladang banjir sikit. Lori kecik je boleh masuk hari ni.
        Harga dedak naik lagi bulan ni, RM2,650 setan. Margin makin tipis bos 😅
        Team packing shift malam OT sampai 2am esok sebab order hypermarket double.
        Jangan share gambar line penyembelihan kat social media ya, policy syarikat. Thanks semua.
        Vaksin ND/IB untuk flock reban C dah buat pagi tadi, next dose hari ke-21.
        Sape tahu supplier kotak polistirena murah area Klang? Yang sekarang naik harga 15%.
        Ok noted, PO 4500187722 delivery pertama Khamis ni. Invoice hantar sekali dengan DO.
    """),
    ("en", "qa_logs"): _lines("""
        Batch 2026-12-05-L1 | Live receiving 05:42 | Birds: 2,394 | DOA: 6 (0.25%) | Avg live weight 2.07 kg
        Chiller exit temp log 06/12/2026: 07:00 3.2°C, 08:00 3.6°C, 09:00 3.9°C, 10:00 4.4°C (corrective action: line speed reduced)
        Lab result ref LAB-MIC-26-1187: Salmonella spp. not detected in 25 g; E. coli 1.2 x 10^2 CFU/g (limit 10^3).
        HACCP CCP-2 (chilling) deviation logged; product lot 261206-02-0147 placed on hold pending retest.
        Scalding tank set point 58°C, actual 57.4°C; plucker speed 320 rpm; evisceration line throughput 3,800 birds/hour.
        SKU AYM-WB-1.6 (whole bird 1.6 kg, halal, chilled) EAN 9557123400152, shelf life 5 days at 0-4°C.
        Cold room CR-03 alarm at 02:14, temperature rose to -12°C (set point -18°C); door sensor fault, resolved 02:40.
        House C flock placed 30 Oct 2026: FCR 1.58 at day 35, cumulative mortality 3.1%, average body weight 2.21 kg.
        Internal audit finding NC-26-014: metal detector verification not recorded for 2 shifts. Corrective action due 15/12/2026.
        Residual chlorine at chiller inlet 3.8 ppm (target 2-5 ppm); pH 6.9; water meter reading 48,213 m3.
        Pest control visit report PC-1125: 14 bait stations checked, no rodent activity, 1 fly trap replaced.
        label_printer: template=halal_v3.2, lang=ms|en, fields=[product, net_weight, pack_date, expiry, lot], logo=jakim_halal.png
        Firmware for weighing indexer WI-200 updated to v2.3.1 on lines 1 and 2; calibration certificate CAL-26-0932 valid to 11/2027.
        Carcass condemnation summary week 48: septicaemia 41, cellulitis 18, bruising 63, total condemned 0.51%.
    """),
    ("ms", "soalan_nasihat"): _lines("""
        Macam mana nak mohon sijil halal untuk rumah sembelih ayam skala kecil? Perlu ada penyelia halal sepenuh masa ke?
        Apa beza ayam pedaging, ayam kampung dan ayam penelur dari segi tempoh ternakan dan harga pasaran?
        Berapa lama ayam proses boleh disimpan dalam peti sejuk beku -18°C tanpa menjejaskan kualiti?
        Tips kurangkan kematian ayam semasa pengangkutan: elak waktu tengah hari, jangan sumbat raga lebih 10-12 ekor, dan rehatkan ayam sebelum disembelih.
        Soalan: kalau mesin stunning rosak, boleh teruskan sembelih manual tak? Rekod apa yang perlu dibuat?
        Cara kira kos seekor ayam pedaging: DOC + dedak + ubat/vaksin + elektrik + upah, bahagi dengan jumlah ayam hidup yang dijual.
        Adakah pekerja bukan Islam dibenarkan bekerja di rumah sembelih halal? Boleh, tetapi bukan sebagai penyembelih dan mesti faham keperluan halal di zon masing-masing.
        Bagaimana nak buat aduan tentang premis yang guna logo halal palsu? Laporkan kepada JAKIM atau jabatan agama Islam negeri berserta gambar dan lokasi premis.
        Nak mulakan bisnes pemborong ayam proses, lesen apa yang perlu? Lesen perniagaan PBT, permit veterinar, dan sijil halal jika guna logo halal.
        Kenapa ayam ada kesan lebam merah pada sayap? Biasanya sebab pengendalian kasar semasa tangkap atau semasa digantung pada shackle.
        Amalan biosekuriti ladang: kolam celup kaki di pintu reban, kawal keluar masuk kenderaan, rekod pelawat dan asingkan ayam sakit segera.
        Soalan kepada grup: patut guna closed house atau reban terbuka untuk 20,000 ekor? Kos elektrik lebih kurang berapa sebulan?
        Adakah ayam yang disembelih dengan pisau mekanikal diiktiraf halal di Malaysia? Apa syarat penyembelih yang mengawal mesin?
        Untuk kenduri kahwin, anggarkan seekor ayam (potong 12) untuk 8-10 orang tetamu, bergantung pada menu lauk lain.
    """),
    ("en", "berita_awam"): _lines("""
        Malaysia's ceiling price and subsidy for standard chicken ended on 1 November 2023, after which retail prices were left to market forces.
        In mid-2022 Malaysia halted exports of live chicken to stabilise domestic supply, a decision announced by then Prime Minister Ismail Sabri Yaakob.
        The export halt hit Singapore hawkers hard, as a large share of the chilled chicken used for chicken rice came from Malaysian farms.
        The Department of Veterinary Services can impose movement controls on poultry farms within a zone where avian influenza has been detected.
        The Malaysia International Halal Showcase (MIHAS) is held annually in Kuala Lumpur and draws exhibitors from dozens of countries.
        The Halal Development Corporation was set up in 2006 under the administration of Prime Minister Abdullah Ahmad Badawi to coordinate the national halal industry.
        Malaysians eat roughly 50 kg of chicken per person per year, one of the highest consumption rates in the region.
        Supermarkets in the Klang Valley reported chicken shortages in early 2022 as rising feed costs pushed smaller farmers to cut production.
        The MS 1500 standard, first published in 2004, sets out general requirements for the production, handling and storage of halal food.
        Malaysia's broiler sector is dominated by vertically integrated groups that own breeder farms, feed mills, processing plants and distribution fleets.
        JAKIM's halal logo is a registered mark, and using it without a valid certificate is an offence under the Trade Descriptions Act 2011.
        Imported corn and soybean meal make up most of the cost of broiler feed, so a weaker ringgit quickly shows up in farm-gate chicken prices.
    """),
    ("ms", "templat_borang"): _lines("""
        BORANG PENDAFTARAN PEKERJA | Nama penuh: ____________ | No. MyKad/Pasport: ____________ | Jawatan: ____________ | Tarikh mula: __/__/____
        Templat WhatsApp: "Salam {nama_pelanggan}, pesanan anda {no_pesanan} akan dihantar pada {tarikh} antara {masa}. Terima kasih kerana memilih Ayam Segar Banting."
        Borang Aduan Pelanggan: Nama: [ ] Telefon: [ ] No. Invois: [ ] Butiran aduan: [ ] Tindakan diambil: [ ] Disemak oleh: [ ]
        SURAT AKUAN PENYEMBELIH - Saya, ______________ No. K/P ______________, mengaku bahawa saya seorang Muslim dan telah menghadiri kursus penyembelihan yang diiktiraf.
        Senarai semak penerimaan ayam hidup: [ ] nama ladang [ ] bilangan raga [ ] jumlah ekor [ ] mati dalam perjalanan [ ] suhu lori [ ] tandatangan pemandu
        Format nama fail log: LOG_SUHU_<bilik>_<YYYYMMDD>.csv, contohnya LOG_SUHU_CR03_20261206.csv
        Borang cuti sakit: lampirkan sijil cuti sakit (MC) asal dalam masa 48 jam; isi nama, jabatan, tarikh cuti dan dapatkan tandatangan penyelia.
        Templat slip gaji: Gaji pokok RM____ | Elaun syif RM____ | OT RM____ | Potongan KWSP RM____ | PERKESO RM____ | SIP RM____ | Gaji bersih RM____
        Permohonan akaun kredit: nama syarikat, No. Pendaftaran SSM, alamat berdaftar, pegawai untuk dihubungi, had kredit yang dimohon (RM).
        {"order_id": "", "customer_name": "", "phone": "", "address": "", "items": [], "delivery_slot": "", "halal_cert_ref": ""}
        Kad Kerja Harian Penyembelih | Tarikh: ___ | Syif: Pagi/Petang | Bilangan ekor disembelih: ___ | Pisau diasah (Ya/Tidak) | Tandatangan Penyelia Halal: ___
        Notis kepada pemohon kerja: sila bawa salinan MyKad, sijil SPM, gambar berukuran pasport dan laporan pemeriksaan kesihatan (termasuk suntikan tifoid) semasa temu duga.
    """),
    ("mixed", "aduan_umum"): _lines("""
        Terima kasih atas maklum balas. Kami akan menyiasat aduan ayam berbau bagi pesanan SO-2026-118802 dan memaklumkan keputusan dalam 3 hari bekerja.
        Statistik aduan November 2026: 14 aduan (berat kurang 6, lewat hantar 5, kualiti 3); 12 selesai, 2 masih dalam siasatan.
        FAQ: Kalau ayam sampai dah tak sejuk, ambil gambar dengan termometer dan hantar ke WhatsApp rasmi syarikat 011-5102 8830 dalam masa 2 jam selepas terima.
        Customer feedback summary Q4: most complaints were late deliveries in the Klang area due to traffic; average resolution time 1.8 days.
        Sorry for the inconvenience, our delivery lorry broke down near Sungai Buloh this morning. All Zone B orders will arrive after 11am.
        Aduan ayam tak cukup berat biasanya berpunca daripada susut air selepas chiller; toleransi dalam kontrak pembekalan ialah 2%.
        Jika anda menerima ayam tanpa label halal pada kotak, jangan gunakan produk tersebut dan hubungi talian khidmat pelanggan 1-300-88-2926.
        Re: ticket CS-26-0419 - refund RM86.40 processed to the original payment method; please allow 7-14 working days.
        Kami tidak menjual ayam secara runcit di premis rumah sembelih; sila beli di pasar raya atau melalui ejen berdaftar kami.
        Polisi pemulangan: barang sejuk beku hanya boleh dipulangkan dalam 24 jam dengan resit dan dalam pembungkusan asal.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        PENDAFTARAN PEKERJA BARU | Nama: MOHD HAFIZUL BIN ABDUL RASHID | No. KP: 840312-01-2663 | Jawatan: Penyembelih | Mula: 01/12/2026 | Alamat: No. 7, Jalan Kenanga 4, Taman Sri Muda, 40400 Shah Alam
        Salam encik, saya Nurul Ain binti Zakaria nak order 60 ekor ayam potong 12 untuk kenduri anak saya hari Sabtu. Hantar ke Lot 2291, Kampung Sungai Lang, 42700 Banting. No tel 013-305 8196.
        Senarai penyembelih bertauliah syif pagi: 1) Ahmad Zaki bin Hassan (Kad Penyembelih PS-0412) 2) Shahrul Nizam bin Osman (PS-0419) 3) Rosli bin Mat Deris (PS-0388)
        Makluman: Puan Siti Hajar binti Kamarudin (Pegawai Halal Dalaman) akan bercuti bersalin mulai 10/12/2026 hingga 7/3/2027. Tugas beliau diambil alih oleh penyelia syif.
        Memo tindakan tatatertib: Rajesh a/l Muniandy (No. Pekerja AS-0231) didapati merokok di kawasan chiller pada 3/12/2026. Amaran bertulis pertama dikeluarkan.
        Bayaran gaji Nov 2026 - Nama: Kamal bin Yusof | Bank: Maybank | No. Akaun: 1642 2033 8719 | Jumlah: RM2,184.50
        Pelanggan Puan Lim Siew Ling (012-345 0331) adu ayam yang dibeli semalam berbau dan berlendir, minta ganti 5 ekor atau refund penuh.
        Pemandu lori Zulkifli bin Ismail (lori BMK 4471) lewat 2 jam ke Klang kerana terlibat kemalangan kecil di Jalan Kebun; tiada kecederaan, bumper depan kemek.
        Permohonan pendahuluan gaji: Saya Norhayati binti Ahmad (KP 910725-10-3874) memohon RM500 untuk bayar yuran sekolah anak, potongan 2 bulan.
        Rekod kesihatan pekerja: Mohd Faiz bin Rahim - suntikan tifoid 14/02/2026, pemeriksaan perubatan lulus; cuti sakit 3 hari (gastroenteritis) 20-22/11/2026.
        Kepada Encik Tan Chee Keong, Ladang Ternakan Tan Bersaudara: bayaran bagi 4,800 ekor ayam hidup telah dipindahkan ke akaun Public Bank peribadi encik 3182734509.
        Ejen runcit baru: Haslinda binti Omar, gerai di Pasar Tani Bangi, tel 017-268 3492, ambil 40 ekor setiap Jumaat, bayar tunai.
        Amaran kepada pembekal: Encik Ravi a/l Subramaniam telah menghantar ayam dengan kadar DOA 4% dua kali berturut-turut; kontrak beliau akan dikaji semula.
        Surat pengesahan majikan: Saudara Aiman Hakimi bin Roslan bekerja sebagai pembantu pembungkusan dari Mac 2024 hingga Nov 2026, rekod kehadiran baik, berhenti untuk menyambung pelajaran.
        Pesanan tetap Restoran Mak Tam - pemilik Puan Fatimah binti Awang, 019-913 2065, 30kg ayam potong 8 setiap pagi Isnin hingga Sabtu.
        BORANG TUNTUTAN PERUBATAN | Pekerja: SUHAIMI BIN ABU BAKAR | KP: 771102-03-1755 | Klinik: Klinik Kesihatan Banting | Diagnosis: luka dalam jari akibat pisau | Kos: RM45.00
        Kad penyembelih atas nama Muhammad Syafiq bin Jamaluddin (KP 930228-07-3643) tamat tempoh 31/12/2026; beliau perlu hadir kursus ulangan sebelum tarikh itu.
        Penghantaran COD ke rumah Cik Nadia, No. 15, Jalan Mawar 2/3, Taman Mawar, 43000 Kajang. Kutip RM156 tunai. Telefon dulu 014-224 0988 sebelum sampai.
        Senarai denda lewat Nov: Azlan Shah bin Mokhtar - 4 kali (RM40); Sharifah Nur Izzati binti Syed Hamid - 2 kali (RM20).
        Surat tawaran: Cik Amirah binti Zainal Abidin ditawarkan jawatan Pegawai QA dengan gaji permulaan RM3,200 sebulan berkuat kuasa 2 Januari 2027.
        Penternak kontrak: Haji Ramli bin Ibrahim (690505-02-1173), 3 unit reban tertutup di Jitra, kapasiti 45,000 ekor, akaun Bank Islam 02011010189345.
        Laporan kemalangan tempat kerja: Jasmin anak Ujang (pekerja kontrak) tergelincir di lantai bahagian evisceration, patah pergelangan tangan kiri, dirujuk ke Hospital Banting.
        Permohonan pekerja asing: MD RAFIQUL ISLAM, warganegara Bangladesh, Pasport A05512398, PLKS tamat 18/04/2027, bertugas di bahagian pembersihan.
        Nota kepada HR: Encik Wong Kah Wai dari bahagian stor minta tukar ke syif pagi sebab isteri baru bersalin, mulai minggu depan kalau boleh.
        Akaun tertunggak >90 hari: Sdr. Khairul Anuar (peniaga ayam goreng, Pasar Malam Seksyen 7) berhutang RM3,480 sejak Ogos; tel 016-032 4429; tindakan: surat tuntutan.
        Resit jualan runcit | Pelanggan: ENCIK DANIEL JOSEPH DE SOUZA | Kad: 4563 8664 1720 9298 | Item: 10 ekor ayam kampung, 2kg hati | Jumlah: RM212.40
    """),
    "en": _lines("""
        New supplier form - Contact person: Mr. Goh Beng Huat, mobile +60 19-735 8263, email gohbh.farm@gmail.com, IC 880130-08-4895.
        Incident report: night shift supervisor Priya d/o Ganesan reported that Tharmalingam s/o Velu was found asleep in the cold room corridor at 02:30; he was sent home with a verbal warning.
        Hostel allocation Dec 2026: Room B-12 - Agus Santoso (Indonesia, passport C7730152); Room B-14 - Bishnu Tamang (Nepal, packing line).
        Hi, this is Sarah Mitchell, the halal auditor from the UK importer. I land at KLIA on 14 Dec in the evening and will stay at the company guesthouse; my number is +44 7700 900482.
        Payroll exception: Hairul Nizam bin Kassim - salary withheld pending investigation into 12 missing cartons of chicken wings from cold room CR-02.
        Delivery for Mrs. Kavitha Rajan: 23A, Lorong Bunga Raya 5, Taman Bunga Raya, 41200 Klang - 80 pcs drumstick for her daughter's wedding reception; contact 014-180 9315.
        Doctor's letter received: Lee Mei Fong (packing line 3) has been diagnosed with carpal tunnel syndrome; light duties recommended for 6 weeks.
        Reference check: Muthu a/l Krishnan, former cleaner at our Rawang slaughterhouse 2019-2023, was dismissed for repeated absence without leave.
        Card on file for standing order: Visa 4218 9781 2543 8660, exp 09/28, cardholder NG WEI JIE.
        Singapore buyer: Mr. Chua Boon Kiat, NRIC S8834127I, mobile 9146 2280, collects 200 kg halal whole birds every Thursday at the Johor Bahru depot.
        Staff loan ledger: Siti Aminah binti Razali - RM1,200 for motorcycle repair, repaying RM100/month, balance RM700.
        Contractor gate pass: driver Lau Kim Seng, reefer lorry JSW 2290, IC 740808-05-1031, access 6-8 Dec for cold room relocation.
        Escalated dispute: Mr. Harvinder Singh says he was overcharged RM240 on invoice INV/AS/2026/04452 and has threatened to post on Facebook. Call him on 011-2284 0349.
    """),
    "mixed": _lines("""
        eh azri, IC you 820609-11-3005 kan? HR nak isi borang PERKESO, reply cepat k
        kak ros ni no baru I 012-025 0581, nanti order ayam kampung 20 ekor for my mak punya tahlil hari Khamis tau
        Guys, abang Faizal (driver lori 3) accident kat LDP pagi tadi, kaki patah, now kat Hospital Sungai Buloh. Pls doakan 🙏
        Boss, Ah Keong from Tan Bersaudara farm cakap payment belum masuk, dia bagi account baru Maybank 5142 6601 8832, pls transfer today.
        Reminder utk Nur Izzah bt Kamal - sijil kursus kesedaran halal you dah expired, pls renew by 20 Dec or tak boleh masuk line penyembelihan.
        [06/12 07:41] Rizal Line2: aku MC hari ni, demam denggi confirm, doktor bagi 5 hari. Sorry geng.
        Pls hantar payslip Oct & Nov ke personal email I aishah.kamarul92@yahoo.com, nak apply housing loan.
        Customer cancel: Mrs Tay Hui Min, order SO-2026-118790 for 50 ekor, refund ke Mastercard 5264 8978 7044 7470 please.
        Saya Hj. Mokhtar bin Daud, owner reban kat Kuala Krai, ayam saya kena Newcastle disease, 3,000 ekor mati, rugi besar. Mohon DVS datang check, call 019-082 9519.
        Pekerja baru Amirul tinggal kat Blok C-3-12, PPR Seri Pantai, so van pickup ambil dia 5 pagi depan blok tu ya.
        Tlg update rekod: Deepa a/p Raman dah resign effective 30/11, final pay + EPF kena settle before 15 Dec.
        FYI supervisor baru Line 1 is Jeremy Fernandez, ex-QSR Brands, his mobile 016-451 7723 for urgent matters after hours.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu khidmat pelanggan Ayam Segar Banting Sdn Bhd. Bantu pelanggan membuat pesanan ayam.",
        ),
        (
            "user",
            "Salam, saya nak order 80 ekor ayam potong 8 untuk kenduri kahwin adik saya 19 Dis.",
        ),
        (
            "assistant",
            "Waalaikumussalam. Boleh, mohon nama penuh, alamat penghantaran dan nombor telefon untuk pengesahan pesanan.",
        ),
        (
            "user",
            "Nama Muhammad Hazwan bin Idris, alamat No. 31, Jalan Delima 6, Taman Delima, 45000 Kuala Selangor, tel 017-903 4418.",
        ),
    ],
    [
        ("user", "Tolong draftkan surat amaran kedua untuk pekerja bahagian packing kami."),
        (
            "assistant",
            "Boleh. Sila berikan nama pekerja, nombor KP, kesalahan yang dilakukan dan tarikh amaran pertama.",
        ),
        (
            "user",
            "Ganesh a/l Periasamy, KP 970623-09-2655, ponteng kerja 3 hari tanpa sebab (1-3 Dis), amaran pertama 12 Okt 2026.",
        ),
        (
            "assistant",
            "Draf: 'Encik Ganesh a/l Periasamy (KP 970623-09-2655), pihak pengurusan mendapati anda tidak hadir bertugas pada 1 hingga 3 Disember 2026 tanpa kebenaran. Ini merupakan amaran kedua selepas amaran pertama bertarikh 12 Oktober 2026.'",
        ),
    ],
    [
        (
            "user",
            "Can you help me write a WhatsApp message to our contract farmer about a late payment?",
        ),
        ("assistant", "Sure. Who is the farmer, how much is owed, and when do you expect to pay?"),
        (
            "user",
            "Encik Baharom bin Said, farm in Sabak Bernam. We owe him RM18,450 for batch 2026-11-B, his CIMB account 7064229018. Tell him we'll pay by Friday.",
        ),
    ],
    [
        ("system", "You are the customer care bot for FreshHalal Poultry. Be polite and brief."),
        ("user", "hi my order never arrive, i paid already!!"),
        (
            "assistant",
            "So sorry about that. Could you share your order number and delivery address?",
        ),
        (
            "user",
            "SO-2026-118911, name Chong Mei Yee, deliver to 8, Jalan SS 2/64, 47300 Petaling Jaya",
        ),
        (
            "assistant",
            "Thank you Ms Chong. Your order was held at the depot due to a lorry breakdown; it will reach Jalan SS 2/64 by 3pm today.",
        ),
    ],
    [
        ("user", "Macam mana nak kira potongan KWSP untuk pekerja gaji RM1,900 sebulan?"),
        (
            "assistant",
            "Untuk gaji RM5,000 ke bawah, caruman pekerja biasanya 11% dan majikan 13%, mengikut Jadual Ketiga KWSP.",
        ),
        (
            "user",
            "Ok, ni untuk Nor Azura binti Hamzah, KP 950914-06-2448, dia baru join 1 Dis. Boleh buat jadual potongan dia untuk bulan Disember?",
        ),
    ],
    [
        (
            "user",
            "Saya nak renew permit pekerja Indonesia kami, Sugeng Prasetyo, pasport C4418207, PLKS tamat 2 Jan 2027. Dokumen apa perlu?",
        ),
        (
            "assistant",
            "Biasanya perlu pasport sah sekurang-kurangnya 18 bulan, keputusan pemeriksaan FOMEMA terkini, levi dan borang permohonan majikan.",
        ),
        (
            "user",
            "Dia ada masalah paru-paru masa FOMEMA tahun lepas, doktor kata TB lama. Masih boleh renew tak?",
        ),
    ],
    [
        ("user", "Tolong susun jadual syif minggu depan untuk line packing, 6 orang, 2 syif."),
        ("assistant", "Boleh. Ada pekerja yang ada kekangan waktu?"),
        (
            "user",
            "Melissa anak Jimbun (KP 020419-13-5054) tak boleh kerja malam sebab masih belajar part-time di UiTM Samarahan, yang lain ok.",
        ),
    ],
    [
        (
            "user",
            "Draft an email to our Singapore customer confirming we've sent the halal certificate copy.",
        ),
        ("assistant", "Sure. Who is the recipient and how should I address her?"),
        (
            "user",
            "Mdm Rosnah bte Abdul Latiff, she runs a chicken stall at Geylang Serai, email rosnah.latiff@hotmail.com, mobile 8732 6614.",
        ),
        (
            "assistant",
            "Dear Mdm Rosnah, please find attached a copy of our valid halal certificate for your records. Do contact us if you need the veterinary health certificate as well.",
        ),
    ],
    [
        ("user", "Saya nak bayar invois guna kad kredit, boleh?"),
        ("assistant", "Boleh, melalui pautan pembayaran yang akan dihantar oleh pejabat akaun."),
        (
            "user",
            "Kad saya 5421 0541 1381 1860, nama AHMAD FAUZI BIN MAHMUD, tamat 07/29. Tolong proses RM1,245 sekarang.",
        ),
        (
            "assistant",
            "Demi keselamatan, sila jangan kongsi nombor kad di sini. Pejabat akaun akan menghantar pautan pembayaran selamat kepada encik.",
        ),
    ],
    [
        (
            "user",
            "Summarise this for the DOSH report: pagi tadi Encik Lim Ah Huat (mekanik, 901201-12-4779) jari tersepit kat plucker machine, dihantar ke Klinik Kesihatan Telok Panglima Garang, 4 jahitan.",
        ),
        (
            "assistant",
            "Summary: This morning mechanic Lim Ah Huat (IC 901201-12-4779) trapped his finger in the plucker machine. He was taken to Klinik Kesihatan Telok Panglima Garang and received 4 stitches.",
        ),
        ("user", "Add that he's on 7 days MC and the machine guard was missing."),
    ],
]
