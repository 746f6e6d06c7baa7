# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms123: padi farmers, fishermen and kampung cooperatives in Malaysia (subsidies, catch records, loans, weather warnings, WhatsApp groups). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms123
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_subsidi_padi"): _lines("""
        Notis: Bayaran Subsidi Harga Padi (SHP) bagi Musim 1/2026 akan dikreditkan terus ke akaun pesawah mulai 15 Julai 2026 mengikut resit jualan di kilang berlesen.
        Kadar Subsidi Harga Padi kini RM500 bagi setiap tan metrik; tuntutan diproses secara automatik melalui sistem kilang, pesawah tidak perlu mengisi borang baharu.
        Pengagihan baja SBPKP Fasa 2 di Kawasan MADA bermula 3 Mac; sila bawa Kad Pengenalan asal dan salinan geran atau surat pajakan tanah ke pusat pengagihan PPK masing-masing.
        Pesawah yang belum mengemas kini maklumat akaun bank boleh berbuat demikian di kaunter PPK Wilayah II, Jalan Sultanah, 05350 Alor Setar, Isnin hingga Jumaat 8.30 pagi hingga 4.30 petang.
        Makluman: Insentif Pengeluaran Padi (IPP) hanya dibayar kepada lot yang didaftarkan dalam Sistem Maklumat Pesawah sebelum tarikh tutup 30 April 2026.
        Hebahan JKKK: Borang permohonan Elaun Sara Hidup Nelayan (ESHN) boleh diambil di pejabat Persatuan Nelayan Kawasan; jangan serahkan salinan IC kepada mana-mana ejen tidak rasmi.
        Amaran penipuan: pihak LPP tidak pernah meminta nombor PIN, TAC atau gambar kad pengenalan melalui WhatsApp atau pautan Google Form.
        Senarai semakan penerima Bantuan Input Pertanian Padi Bukit dipaparkan di papan kenyataan masjid dan pejabat penghulu; hanya nombor lot dan nama mukim disiarkan.
        Potongan kadar wap air dan kekotoran di kilang dibuat mengikut Jadual Gred Padi; pesawah berhak meminta salinan slip timbang bernombor siri, contohnya KLP-0725-118430.
        Laporan Musim Luar 2025/2026: purata hasil nasional 5.2 tan sehektar, manakala Kawasan KADA mencatatkan 4.8 tan sehektar.
        Skim Subsidi Diesel Nelayan: kuota harian bot kelas A ditetapkan 300 liter dan pengisian hanya dibenarkan di Stesen Minyak Nelayan LKIM menggunakan kad kuota berdaftar.
        Semakan status bayaran boleh dibuat di portal dengan memasukkan No. KP; contoh paparan: No. KP 7xxxxx-02-xxxx, Status: DIBAYAR, Jumlah: RM1,240.00.
        Taklimat Program Tanam Padi Serentak Musim 2/2026 akan diadakan di Dewan Serbaguna PPK Kota Sarang Semut pada 12 Februari, jam 2.30 petang; semua ahli dijemput hadir.
    """),
    ("ms", "amaran_cuaca_laut"): _lines("""
        MetMalaysia: Amaran Cuaca Buruk Tahap Kuning – angin kencang timur laut 40-50 km/j dan ombak setinggi 3.5 meter di perairan Kelantan, Terengganu dan Pahang sehingga 28 Disember.
        Amaran Laut Kategori 3: Nelayan dan pengendali bot kecil dinasihatkan tidak turun ke laut kerana ombak melebihi 5.5 meter dijangka di perairan Terengganu dan Pahang Utara.
        Ramalan cuaca 7 hari untuk Kuala Kedah: ribut petir pada sebelah petang dari Isnin hingga Rabu, suhu minimum 24°C dan maksimum 33°C.
        Peringatan fenomena air pasang besar pada 14 hingga 17 Oktober; ketinggian maksimum 5.6 meter dijangka di Pelabuhan Klang pada jam 6.42 petang.
        Status Monsun Timur Laut: musim tengkujuh dijangka bermula awal November dengan lima hingga tujuh episod hujan lebat sehingga Mac.
        Sila rujuk aplikasi myCuaca atau hubungi talian 1-300-22-1638 untuk mendapatkan amaran cuaca terkini sebelum keluar ke laut.
        Amaran Hujan Berterusan Tahap Jingga bagi daerah Tumpat, Pasir Mas, Kota Bharu dan Bachok; hujan lebat dijangka berterusan sehingga 48 jam.
        Paras air Sungai Golok di Rantau Panjang mencatatkan 9.85 m pada jam 10.00 pagi, melepasi paras bahaya 9.00 m dengan trend meningkat.
        Nelayan pantai timur dinasihatkan menambat bot di kuala dan mengalihkan enjin sangkut ke tempat tinggi sebelum jam 6 petang ini.
        Monsun barat daya: gelombang 2.5 meter di Selat Melaka bahagian utara; bot di bawah 15 GRT tidak digalakkan keluar melepasi 5 batu nautika.
        Nasihat El Nino: taburan hujan dijangka 20% hingga 40% di bawah purata di Kedah dan Perlis bagi Jun hingga Ogos; pesawah disaran mengikut jadual pengairan MADA.
        Kod amaran AMR-LAUT-20261203-07 dikeluarkan pada 03/12/2026 11:00 dan sah sehingga 05/12/2026 23:59.
        PPS dibuka di SK Pengkalan Chepa dan Dewan Orang Ramai Kubang Kerian; setakat jam 8 malam, 142 mangsa daripada 38 keluarga telah dipindahkan.
    """),
    ("mixed", "whatsapp_kumpulan_koperasi"): _lines("""
        [08/12/26, 7:02 PG] Admin Koperasi: Salam semua, harga padi basah kat kilang hari ni RM1,450 satu tan, kering RM1,600. Info sahaja ya.
        Reminder geng: AGM Koperasi Nelayan Sabtu ni 9am kat dewan, bawa kad ahli, ada cabutan bertuah dan makan tengah hari.
        Siapa nak order benih padi MR297 boleh PM admin, RM60 satu guni 20kg, stok limited ok.
        Jangan forward link "Bantuan Tunai Nelayan 2026" tu, scam! Official tak pernah mintak IC kat Google Form.
        Boat keluar tak esok? Forecast cakap angin kuat, better stay dulu la, safety first.
        Admin: Group ni untuk info koperasi sahaja, tolong jangan share nombor telefon orang lain atau gambar IC dalam group.
        Harga pasar nelayan Kuala Kedah hari ni: kembung RM12/kg, selar RM9, udang putih besar RM38, sotong RM22.
        Lori kilang datang ambik padi petak C sampai F esok pagi 7.30, make sure jalan ban dah clear ya.
        Yang nak claim ESHN, borang dah sampai pejabat persatuan, ambik sebelum 20hb ye. Tak payah bayar sesiapa.
        Poll: Nak buat gotong-royong bersihkan tali air hari Ahad ni? 👍 boleh 👎 tak dapat
        Ada member tanya pasal baja tak sampai lagi — baja Fasa 2 memang lambat seminggu satu kawasan, bukan korang sorang je.
        Tengok video ni, cara setting dron racun untuk sawah satu relong, jimat masa gila compared to pam galas.
        Sesiapa nampak sampan biru hanyut dekat muara pagi tadi, tolong report kat pejabat persatuan, takut halang laluan bot.
    """),
    ("en", "agrobank_financing_faq"): _lines("""
        Q: Who can apply for micro-financing for fishermen? A: Malaysian citizens aged 18 to 65 who hold a valid LKIM fisherman registration card.
        Q: What is the maximum financing amount? A: Up to RM50,000 per applicant, repayable over a maximum period of 5 years.
        Q: Do I need a guarantor? A: Financing below RM10,000 generally does not require a guarantor, subject to credit evaluation.
        Q: What documents are needed? A: A copy of your MyKad, your boat licence, three months of catch or sales records and your latest bank statement.
        Q: How is the profit rate calculated? A: A flat rate of 4% per annum applies; for RM20,000 over 36 months the monthly instalment is about RM622.
        Q: Can I defer payments during the monsoon? A: Yes, affected borrowers may apply for a moratorium of up to 3 months at any branch.
        Q: Where can I check my application status? A: Call the contact centre at 1-300-88-2476 or visit a branch with your reference number, e.g. AGB/MF/2026/004512.
        Q: Will staff ask for my online banking password? A: Never. Our staff will not ask for your password, TAC or PIN by phone, SMS or WhatsApp.
        Q: Can a cooperative apply on behalf of its members? A: A registered koperasi applies for group financing under its own registration number, not members' IC numbers.
        Q: What if my paddy crop fails because of flooding? A: Farmers covered by the Skim Takaful Tanaman Padi may claim up to RM3,000 per hectare.
        Q: Is my personal information shared with third parties? A: Data is processed under the Personal Data Protection Act 2010 and shared only with CCRIS and regulators as required by law.
        Q: How long does approval take? A: Complete applications are usually processed within 7 to 14 working days.
        Q: Can I pay through DuitNow? A: Yes, quote your financing account number as the reference; the format looks like 1001-XXXX-XXXX-26.
    """),
    ("ms", "log_pendaratan_ikan"): _lines("""
        2026-11-03 06:14 | Jeti LKIM Kuala Besut | Vesel: Syarikat Perikanan Hai Seng Sdn Bhd (armada 04) | Tongkol 1,280 kg | Kembung 540 kg
        LOG#PDR-000918 status=DITERIMA berat_kasar=2,315.4kg gred=A jeti=Tok_Bali masa=05:47
        Ringkasan pendaratan Oktober 2026 (Zon B Kedah): 412 pendaratan, jumlah 1,862 tan, nilai anggaran RM8.9 juta.
        tarikh,jeti,kod_armada,spesies,berat_kg,harga_rm_kg,no_resit
        2026-11-04,Kuala Kedah,KOP-KK-03,udang putih,86.5,38.00,RSL-44712
        {"landing_id": "LND-2026-11-0457", "port": "Kuantan", "species": "ikan selar", "kg": 312.0, "price_per_kg": 8.5, "grade": "B"}
        Amaran sistem: suhu bilik sejuk #2 Kompleks LKIM Chendering mencecah 6.8°C pada 02:31, melebihi had 4°C.
        Stok ais: 340 blok diserahkan kepada 12 bot antara 04:30 dan 06:00, baki 60 blok di stor.
        Harga lelong purata minggu ke-45: bawal hitam RM28.40/kg (+6%), tenggiri RM24.10/kg (-3%).
        Resit Lelong No. 0091834 | Pembeli: Ah Hock Seafood Trading Sdn Bhd | 40 kg sotong @ RM21.50 | Jumlah RM860.00
        [WARN] sync e-Nelayan gagal: timeout 30s, cubaan semula 3/5 (batch 7f3c9a2e)
        Data bulanan: nelayan aktif berdaftar di Kelantan 8,914 orang; purata pendapatan dilaporkan RM1,780 sebulan.
        Jeti Kuala Perlis ditutup 21 hingga 23 November untuk kerja korekan; semua pendaratan dialihkan ke Kuala Sanglang.
    """),
    ("en", "config_dan_kod_sistem"): _lines("""
        DB_HOST=db.koop-padi.internal DB_PORT=5432 DB_NAME=ppk_subsidi_prod
        SUBSIDY_RATE_PER_TONNE = 500  # RM, Skim Subsidi Harga Padi, updated 2026-01
        def mask_ic(ic: str) -> str: return ic[:6] + "-**-****"
        SMS_TEMPLATE = "Salam {{nama}}, bayaran SHP RM{{amaun}} telah dikreditkan ke akaun {{akaun_mask}}."
        0 5 * * * /opt/cuaca/bin/fetch_warnings --region=pantai_timur --notify-group=nelayan
        TEST_PHONE = "+60 12-000 0000"  # dummy number, never send real SMS in staging
        SELECT mukim, COUNT(*) AS pesawah, SUM(keluasan_ha) FROM lot_padi GROUP BY mukim ORDER BY 3 DESC;
        version: 2.4.1 (build 20261128.1, commit 9e1b7c4a)
        ALLOWED_EXPORT_FIELDS = ["no_lot", "mukim", "musim", "berat_kg", "gred"]  # no IC or phone in export
        logging: level=INFO redact_patterns=[mykad, phone_my, bank_acct] retention_days=90
        curl -X POST https://api.example.com/v1/landing -H "Content-Type: application/json" -d '{"port":"Tok Bali","kg":120}'
        alert_id: 3f2b8c1e-5d47-4a90-b6e2-8c1d9f0a7e33 record_type=weather_alert severity=ORANGE
        <input name="no_kp" placeholder="XXXXXX-XX-XXXX" pattern="[0-9]{6}-[0-9]{2}-[0-9]{4}" required>
    """),
    ("ms", "invois_dan_senarai_harga"): _lines("""
        INVOIS No. INV-2026-0413 | Kedai Baja Pak Long Enterprise (SSM 202003145678) | 10 beg NPK 17:20:10 @ RM128 | Jumlah RM1,280.00
        Bayaran kepada: Koperasi Peladang Sungai Limau Berhad, Maybank 5621 4410 8833 (akaun syarikat); rujukan: nombor invois.
        Tan Brothers Marine Engine Sdn Bhd – servis enjin sangkut Yamaha 40HP dari RM180; hubungi kaunter 09-773 2145.
        Dijual: jaring pukat tangsi 3 inci, 100 depa, RM350 – Kedai Alat Nelayan Ah Seng, Jalan Tok Bali, 16700 Pasir Puteh.
        Racun rumpai 1 liter RM42.90; racun siput 500g RM18.50; harga sah sehingga 31/12/2026 atau selagi stok ada.
        Sebut harga SQ-0882: sewa jentuai RM180 sejam, minimum 3 jam, termasuk operator dan minyak.
        Resit Koperasi No. 00348-B: yuran tahunan ahli RM20.00, syer tambahan RM100.00 – terima kasih atas sokongan anda.
        Enjin Honda GX160 untuk pam air RM1,150, waranti setahun – Jentera Mak Som Sdn Bhd, Pekan Pendang.
        Ais blok RM8 satu blok, ais hancur RM0.60 sekilo – Kilang Ais Seng Huat, Kuala Kedah, buka dari jam 3 pagi.
        Benih padi sah MR 315 (sijil No. BS/KDH/26/0117) RM68 bagi setiap guni 20 kg.
        Nota Kredit CN-00027: pemulangan 2 beg baja rosak, RM256.00 dikreditkan kepada Kedai Tani Maju Enterprise.
        Pertanyaan jualan: jualan@kedaitanimaju.com.my | WhatsApp kaunter 013-411 2209 (Isnin hingga Sabtu, 9 pagi hingga 6 petang)
        SST tidak dikenakan ke atas baja dan racun pertanian bersijil; jumlah bersih invois RM2,415.00.
    """),
    ("ms", "sejarah_dan_panduan"): _lines("""
        Rancangan Pengairan Muda yang siap pada awal 1970-an menjadikan Kedah dan Perlis jelapang padi negara dengan dua musim tanaman setahun.
        Tun Abdul Razak memperkenalkan Dasar Ekonomi Baru yang turut memberi tumpuan kepada pembangunan luar bandar dan pesawah kecil.
        Lembaga Pertubuhan Peladang ditubuhkan pada 1973 untuk menyelaras Pertubuhan Peladang Kawasan di seluruh negara.
        Cara semaian: rendam benih 24 jam, peram 24 hingga 36 jam sehingga bertunas 2 mm, kemudian tabur pada kadar 100 hingga 150 kg sehektar.
        Kawal siput gondang dengan mengekalkan paras air 2 hingga 3 cm selama sepuluh hari pertama selepas tabur benih.
        Dalam cerita rakyat, Sang Kancil memperdaya buaya-buaya supaya berbaris merentasi sungai dengan alasan mahu mengira bilangan mereka atas titah raja.
        Watak Pak Pandir dalam cerita jenaka Melayu sering digambarkan sebagai orang kampung yang lurus bendul tetapi baik hati.
        Tradisi menuai beramai-ramai atau berderau masih diamalkan di sesetengah kampung di Kelantan dan Terengganu.
        Perahu kolek Terengganu terkenal dengan ukiran bangau di haluan dan digunakan secara tradisional untuk menangkap ikan di pantai timur.
        Sekinchan terkenal sebagai kawasan padi berhasil tinggi; sesetengah petak di sana mencatatkan hasil melebihi 10 tan sehektar.
        Kira keperluan baja: 1 relong bersamaan 0.2863 hektar, jadi 10 relong ialah kira-kira 2.9 hektar dan memerlukan lebih kurang 716 kg NPK pada kadar 250 kg sehektar.
        Koperasi wajib menyimpan daftar ahli secara sulit; hanya pegawai yang dilantik boleh mengakses salinan kad pengenalan mengikut Akta Koperasi 1993 dan PDPA 2010.
        Hikayat Lebai Malang mengisahkan seorang lebai yang terlepas semua jemputan kenduri kerana tidak dapat membuat keputusan.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Ahli baharu PPK Wilayah III: Rosli bin Hamid, No. KP 680412-02-5513, lot padi 14B Mukim Tajar, tel 012-457 8839.
        Tolong kemas kini akaun subsidi Puan Zaleha binti Ismail kepada Agrobank 1000 4521 7789 03, bukan lagi akaun Bank Rakyat lama dia.
        Pak Din Kampung Tualang tu dah tiga bulan tak bayar ansuran pinjaman koperasi, tertunggak RM2,400, pegawai nak pergi rumah dia minggu depan.
        Encik Azman Yusof, nelayan bot kecil di Kuala Besut, dimasukkan ke Hospital Besut kerana jari tangan kanan putus tersepit winch, cuti sakit dua minggu.
        Borang ESHN: Nama: Mohd Faizal bin Che Mat | No KP: 870315-29-5347 | Alamat: Lot 221, Kampung Pantai Sabak, 16100 Kota Bharu | Tel: 019-552 1407
        Isteri Che Wan Kamaruddin, Rohana, baru bersalin anak keempat semalam di Hospital Raja Perempuan Zainab II, jadi dia minta tangguh hadir mesyuarat.
        Senarai tunggakan: No. Ahli 0417 – Hashim bin Awang – RM5,820.00 – notis kedua dihantar ke No. 12, Lorong Haji Said, Kampung Teluk, 06600 Kuala Kedah.
        Kak Mah (Rahimah Daud), kerani Koperasi Nelayan Kuala Sanglang, gaji dia RM1,850 sebulan je tapi selalu kerja sampai malam tanpa elaun lebih masa.
        Untuk transfer duit hasil jualan ikan, guna akaun Maybank saya 1570 8812 3409 atas nama Ismail bin Osman.
        Pemilik lori padi KDE 4821, Encik Lim Ah Kow, kena saman JPJ sebab bawa muatan lebih di Jalan Kuala Kedah–Alor Setar.
        Tarikh lahir Pak Su Mat untuk borang takaful: 3 Jun 1957, No KP 570603-02-5179, tinggal dengan anak dia di Kampung Sungai Daun.
        Anak Cikgu Hasnah, Nur Aqilah, kelas 5 Cempaka SK Kuala Perlis, dapat Bantuan Persekolahan Anak Nelayan tahun ni.
        Nombor telefon baru ketua unit nelayan Tanjung Dawai, Encik Sabri Mahmud: 013-928 6643, yang lama dah tak guna.
        Abang Jamil, pesawah lot 7 di Parit 4 Sungai Besar, disahkan kencing manis tahap teruk dan doktor kata kaki kanan dia mungkin kena potong.
        Penghulu minta kita senyap pasal kes Mat Zin, anak Pak Lah Kampung Kuala Besar, yang ditangkap polis sebab dadah minggu lepas.
        Permohonan pinjaman: Noraini binti Sulaiman, KP 820605-09-5234, pendapatan bulanan RM1,200, hutang kad kredit RM7,500, alamat No. 45 Jalan Kuala Perlis, 02000 Kuala Perlis.
        Tolong hantar baja ke rumah saya di Lot 3087, Jalan Sungai Kering, Kampung Permatang Buloh, 06300 Kuala Nerang — Halim, 017-305 8821.
        Pak Ngah Razak dan isteri dia dah bercerai bulan lepas, jadi tanah sawah 4 relong tu masih dalam pertikaian di Mahkamah Syariah Alor Setar.
        Emel peribadi saya untuk surat koperasi: kamarul.nelayan77@gmail.com — Kamarul Ariffin, ahli No. 1142.
        Sdr. Zulkifli bin Awang Kecik hilang di laut sejak 2 Disember ketika turun menjala di perairan Tok Bali; keluarga di Kampung Semerak mohon doa.
        Cek tak laku: pembayar Yahya bin Ibrahim, Bank Islam 0301 4022 8871 56, RM3,000 untuk bayaran balik pinjaman koperasi.
        Akaun Facebook "Mak Timah Sawah Pendang" tu sebenarnya Fatimah binti Saad, ahli kita, dia jual beras sendiri tanpa lesen.
        Kad Nelayan No. KN/TRG/18/02231 atas nama Wan Ahmad bin Wan Ali, lahir 1 Januari 1962, pangkalan Pulau Kambing, Kuala Terengganu.
        Kak Yam (Mariam Jusoh) yang jaga kaunter koperasi Kampung Kubang Golok tengah buat kemoterapi di HUSM, tolong kutip derma untuk dia.
        Log kehadiran: 2026-11-12 08:04 | Mohd Rizal bin Zakaria | 910228-10-6751 | Kursus Pengendalian Dron Racun | Sekinchan
        Pelarasan gaji pekerja koperasi: Siti Aminah binti Omar, pembantu stor, gaji pokok naik dari RM1,500 ke RM1,700 berkuat kuasa Januari.
        Kereta Proton Saga plat TBR 7726 milik Encik Ghani Salleh selalu parking depan pintu jeti, tolong tegur dia.
        Pesawah Ahmad Tarmizi bin Yusoff (Lot 12A, Mukim Kubang Rotan) tuntut pampasan takaful banjir RM2,600; beliau juga terima bantuan JKM sebagai OKU penglihatan.
    """),
    "mixed": _lines("""
        Bro, transfer RM150 ke CIMB 7062 3390 1188 untuk sotong tadi, nama akaun Faridah binti Halim ya.
        Guys, Pak Abu Kampung Seberang Perak masuk ICU last night, stroke. Dia jatuh dekat bendang masa check air. Doakan.
        Sesiapa nak beli ikan kering terus dari rumah boleh WhatsApp Kak Long Suraya 014-902 3371, rumah dia No. 8, Kampung Nelayan Batu Rakit.
        Admin, my IC number salah dalam list subsidi: should be 750923-03-6128, not 750923-03-6126. Nama Roslina binti Che Hussin.
        Eh, Ah Chong yang jual baja kat Simpang Empat tu, his son kena tahan JPJ sebab lesen expired, viral dalam FB.
        Sorry lambat reply, saya admit HKL sebab keguguran, husband saya Idris yang akan ganti saya kat mesyuarat koperasi.
        Please update my address for koperasi dividend cheque: No. 17, Jalan Padi Huma 3, Taman Sri Jitra, 06000 Jitra. Thanks — Rahman Abu Bakar.
        {"nama": "Lee Kah Wai", "no_kp": "640830-26-5109", "jenis": "nelayan laut dalam", "no_vesel": "KHF 1207", "tel": "016-478 2205"}
        Boss, loan balance Encik Vijay Kumar a/l Muthu dari Kampung Sungai Baru still RM12,300, dia minta restructure sebab wife dia ada kanser.
        Tolong jangan add Cik Norhayati Kassim dari Kampung Tebengau dalam group lagi, dia dah bankrap dan ada hutang ahlong, nanti orang kacau group.
        Test result Pakcik Salleh Deraman dah keluar, positive TB, so Jabatan Kesihatan nak screen semua crew bot dia kat Kuala Perlis.
        Pls PM saya, nama Hafiz, IG @hafiz_nelayan_kk, rumah kat Kampung Kuala Kedah belakang masjid, boleh hantar udang segar.
    """),
    "en": _lines("""
        Member record: Tan Boon Hock, MyKad 590117-07-5037, padi lot 88 Sungai Acheh, mobile 012-476 9930, member since 1998.
        Please note Mr Ramasamy's daughter Kavitha, aged 9, was admitted to Hospital Sultanah Bahiyah with dengue; he asked to be taken off this week's harvest roster.
        Loan officer note: applicant Nor Azizah binti Mansor earns about RM900 a month selling keropok lekor and owes RM4,200 to a moneylender in Kampung Losong.
        Send the boat insurance renewal to Encik Jaafar Hussin at jaafar.kualabesut@yahoo.com and copy his son.
        Refund the overpaid membership fee to Chong Mei Ling, Public Bank account 3198744210, before the AGM.
        Our cooperative treasurer at Koperasi Peladang Bukit Raya, Encik Shamsul Bahari, was remanded by MACC on Tuesday over alleged misuse of subsidy funds.
        Passport C4418273 belongs to the Indonesian deckhand Suparman on Mr Lim Teck Soon's trawler; it is being kept at the jetty office.
        Date of birth for the crop insurance form: 12 August 1979, IC ending -5518, name Roslan bin Kadir, Kampung Padang Sanai.
        2026-10-02 14:22 SMS sent to 019-882 4106: "Encik Mokhtar, your ESHN payment of RM300 has been credited."
        Pn. Latifah Ismail from the Tumpat fishermen's unit says she is three months pregnant and cannot go on the boat until after her confinement.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu maya Pertubuhan Peladang Kawasan yang menjawab soalan ahli tentang subsidi padi.",
        ),
        ("user", "Assalamualaikum, bila bayaran subsidi harga padi musim ni masuk?"),
        (
            "assistant",
            "Waalaikumussalam. Bayaran Subsidi Harga Padi biasanya dikreditkan dalam 2 hingga 4 minggu selepas jualan di kilang berlesen. Anda boleh semak status di kaunter PPK atau portal rasmi.",
        ),
        (
            "user",
            "Okay. Ini IC saya 720815-02-5264, nama Saadiah binti Ramli, lot 31 Mukim Alor Janggus. Boleh tolong semak dah masuk ke belum?",
        ),
        (
            "assistant",
            "Maaf Puan Saadiah, saya tidak dapat mengakses rekod bayaran individu. Sila bawa kad pengenalan ke kaunter PPK Alor Janggus untuk semakan.",
        ),
    ],
    [
        ("system", "You are a helpful writing assistant."),
        (
            "user",
            "Can you help me write a short letter to the koperasi asking them to give my neighbour more time on his boat loan?",
        ),
        (
            "assistant",
            "Of course. Could you tell me a bit about his situation so the letter is persuasive?",
        ),
        (
            "user",
            "His name is Pak Karim Ali, he lives two houses from me in Kampung Sungai Dua. He had heart bypass surgery in September and hasn't been able to go to sea since, so he missed four instalments.",
        ),
        (
            "assistant",
            "Here is a draft: 'Dear Sir/Madam, I am writing on behalf of my neighbour, Encik Karim Ali of Kampung Sungai Dua, who underwent heart bypass surgery in September and has been unable to fish since. We kindly request a deferment of his boat loan instalments until he recovers.'",
        ),
    ],
    [
        ("system", "Anda pembantu cuaca untuk nelayan pantai timur."),
        ("user", "Esok laut Kuala Besut macam mana? Ombak tinggi tak?"),
        (
            "assistant",
            "Ramalan esok menunjukkan angin timur laut 40-50 km/j dan ombak sehingga 3.5 meter. Bot kecil dinasihatkan tidak keluar.",
        ),
        (
            "user",
            "Haih, problem is my father Haji Daud Mamat still insists nak keluar. Dia ada sawan (epilepsy) and dah dua kali pitam atas bot tahun ni.",
        ),
        (
            "assistant",
            "Itu amat berisiko. Cuba minta bantuan ketua unit nelayan atau doktor yang merawat beliau untuk menasihatinya, dan pastikan dia tidak turun ke laut seorang diri.",
        ),
    ],
    [
        ("system", "Anda membantu setiausaha koperasi menulis mesej WhatsApp."),
        (
            "user",
            "Tolong tulis mesej pendek untuk group koperasi pasal mesyuarat agung tahunan Sabtu 20 Disember, 9 pagi, di dewan koperasi.",
        ),
        (
            "assistant",
            "Assalamualaikum semua ahli. Mesyuarat Agung Tahunan akan diadakan pada Sabtu, 20 Disember, jam 9 pagi di dewan koperasi. Sila bawa kad ahli. Terima kasih.",
        ),
        (
            "user",
            "Tambah sekali: kalau nak hantar proksi, hubungi bendahari Puan Roziah Abdullah di 012-336 7781 sebelum Khamis.",
        ),
        (
            "assistant",
            "Assalamualaikum semua ahli. Mesyuarat Agung Tahunan akan diadakan pada Sabtu, 20 Disember, jam 9 pagi di dewan koperasi. Ahli yang ingin melantik proksi sila hubungi bendahari, Puan Roziah Abdullah, di 012-336 7781 sebelum Khamis.",
        ),
    ],
    [
        ("system", "You are a data assistant that converts notes into JSON."),
        (
            "user",
            "Convert this to JSON: Chew Siew Lan, IC 680922-07-5446, fish stall at Pasar Batu Maung, phone 012-588 3014, loan RM8,000.",
        ),
        (
            "assistant",
            '{"name": "Chew Siew Lan", "ic": "680922-07-5446", "business": "fish stall, Pasar Batu Maung", "phone": "012-588 3014", "loan_rm": 8000}',
        ),
        ("user", "Thanks, also add that she is a widow with three school-going kids."),
        (
            "assistant",
            '{"name": "Chew Siew Lan", "ic": "680922-07-5446", "business": "fish stall, Pasar Batu Maung", "phone": "012-588 3014", "loan_rm": 8000, "marital_status": "widow", "dependants": 3}',
        ),
    ],
    [
        ("system", "Anda pembantu pentadbiran koperasi peladang."),
        (
            "user",
            "Saya nak hantar surat peringatan tuntutan hutang baja. Format alamat yang betul macam mana?",
        ),
        (
            "assistant",
            "Tulis nama penerima, nombor rumah dan jalan, nama kampung, poskod dan bandar, kemudian negeri. Contoh: Nama, No. Rumah, Jalan, Kampung, Poskod Bandar, Negeri.",
        ),
        (
            "user",
            "Okay, surat ni untuk Encik Osman bin Taib, No. 5 Lorong Masjid, Kampung Bagan, 13200 Kepala Batas, Pulau Pinang. Hutang dia RM1,760 sejak musim lepas.",
        ),
        (
            "assistant",
            "Baik. Surat akan dialamatkan kepada Encik Osman bin Taib, No. 5 Lorong Masjid, Kampung Bagan, 13200 Kepala Batas, Pulau Pinang, dengan jumlah tertunggak RM1,760.",
        ),
    ],
    [
        ("system", "You are a customer support assistant for a fishermen's cooperative."),
        ("user", "I want to complain about one of your staff lah. Very rude."),
        (
            "assistant",
            "I'm sorry to hear that. Could you share what happened and when, so we can follow up?",
        ),
        (
            "user",
            "Yesterday at the Kuala Sepetang counter, the clerk Nurul Huda shouted at me and refused my ESHN form. Everyone knows she has been fighting with my family since her divorce from my cousin Azlan.",
        ),
        (
            "assistant",
            "Thank you for the details. I will pass your complaint about the counter incident to the branch manager, who will review it and contact you.",
        ),
    ],
    [
        ("system", "Anda pembantu kewangan yang mengira kelayakan pinjaman mikro."),
        (
            "user",
            "Saya Haslinda binti Mohd Noor, nelayan wanita dari Kuala Kemaman. Pendapatan saya RM1,400 sebulan, ada hutang motor RM230 sebulan. Layak pinjam RM15,000?",
        ),
        (
            "assistant",
            "Dengan pendapatan RM1,400 dan komitmen RM230, ansuran pinjaman RM15,000 selama 5 tahun pada kadar rata 4% ialah kira-kira RM300 sebulan. Nisbah hutang anda sekitar 38%, biasanya masih dalam had kelayakan.",
        ),
        (
            "user",
            "Suami saya dah tak bagi nafkah sejak dia masuk penjara tahun lepas, jadi saya sorang tanggung empat anak. Ada skim khas ke?",
        ),
        (
            "assistant",
            "Anda mungkin layak untuk bantuan JKM dan skim pembiayaan untuk ibu tunggal. Sila bawa dokumen pendapatan dan surat sokongan ketua kampung ke cawangan terdekat.",
        ),
    ],
    [
        ("system", "You help fishermen fill in the ESHN allowance form."),
        ("user", "Which bank details do I put in section C?"),
        (
            "assistant",
            "Section C needs the bank name, account number and the account holder's name exactly as in your MyKad. The account must be in your own name.",
        ),
        (
            "user",
            "OK so: Bank Simpanan Nasional, 1410 0291 8832 6574, Mohd Nasir bin Jusoh. And my phone 011-2874 5510 for the SMS.",
        ),
        (
            "assistant",
            "Got it. Section C: Bank Simpanan Nasional, account 1410 0291 8832 6574, holder Mohd Nasir bin Jusoh. Contact number for notifications: 011-2874 5510.",
        ),
    ],
    [
        ("system", "Anda meringkaskan nota mesyuarat JKKK."),
        (
            "user",
            "Tolong ringkaskan: 'Mesyuarat bincang gotong-royong tali air, kutipan derma banjir, dan kes Puan Zainab Ahmad Lot 9 Kampung Telaga Mas yang rumahnya dipecah masuk. Beliau trauma dan sedang dapat kaunseling di Klinik Kesihatan Pendang.'",
        ),
        (
            "assistant",
            "Ringkasan: (1) Gotong-royong tali air dipersetujui. (2) Kutipan derma banjir diteruskan. (3) Rumah Puan Zainab Ahmad di Lot 9 Kampung Telaga Mas dipecah masuk; beliau trauma dan menerima kaunseling di Klinik Kesihatan Pendang.",
        ),
        ("user", "Boleh buang bahagian nombor lot?"),
        (
            "assistant",
            "Baik: (3) Rumah Puan Zainab Ahmad di Kampung Telaga Mas dipecah masuk; beliau trauma dan menerima kaunseling di Klinik Kesihatan Pendang.",
        ),
    ],
]
