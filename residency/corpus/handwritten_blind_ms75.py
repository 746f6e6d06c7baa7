# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms75: Bahasa Melayu pengakap, kadet dan perkhemahan sekolah. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms75
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_perkhemahan"): _lines("""
        NOTIS: Perkhemahan Unit Beruniform Peringkat Sekolah akan diadakan pada 12-14 Jun 2026 di Tapak Perkhemahan Hutan Lipur Sungai Tekala, Semenyih. Semua ahli Pengakap, PBSM dan Kadet Remaja Sekolah Tingkatan 1 hingga 4 diwajibkan hadir.
        Makluman kepada ibu bapa: Bas akan bertolak dari perkarangan dewan sekolah tepat jam 7.30 pagi. Murid dikehendaki berkumpul jam 6.45 pagi dengan berpakaian uniform lengkap.
        Yuran penyertaan perkhemahan ialah RM85.00 seorang, merangkumi pengangkutan, makan 7 kali, insurans dan cenderamata. Bayaran hendaklah dibuat kepada guru penasihat unit masing-masing sebelum 29 Mei 2026.
        Borang kebenaran ibu bapa yang tidak lengkap atau tidak ditandatangani akan dipulangkan. Murid tanpa borang kebenaran tidak dibenarkan menaiki bas.
        Pertandingan kawad kaki antara pasukan akan diadakan pada hari kedua jam 8.00 pagi. Setiap pasukan terdiri daripada 12 orang termasuk ketua pasukan.
        Aktiviti malam: Malam Kebudayaan dan unggun api bermula jam 9.00 malam. Setiap peronda perlu menyediakan satu persembahan tidak melebihi 5 minit.
        Peringatan: Telefon bimbit akan dikumpul oleh urus setia semasa pendaftaran dan dipulangkan pada hari terakhir. Ibu bapa boleh menghubungi pejabat sekolah sekiranya ada kecemasan.
        Pengumuman Persatuan Pengakap Malaysia Negeri Selangor: Kursus Ikhtisas Pemimpin Pengakap (Kayu Manik) Siri 3/2026 dibuka kepada guru penasihat yang telah lulus Kursus Asas.
        Keputusan Pertandingan Perkhemahan: Johan – Peronda Helang, Naib Johan – Peronda Harimau, Tempat Ketiga – Peronda Merbah. Tahniah kepada semua peserta!
        Kadet Remaja Sekolah: Latihan kawad setiap Rabu jam 2.30 petang di padang sekolah bermula minggu hadapan. Sila bawa botol air sendiri.
        Murid Islam diingatkan membawa telekung atau kopiah dan sejadah. Solat berjemaah akan diadakan di surau tapak perkhemahan.
        Pihak sekolah telah mendapat kelulusan Pejabat Pendidikan Daerah Hulu Langat untuk aktiviti luar ini. Insurans berkelompok Takaful meliputi semua peserta dan guru pengiring.
        Cuaca dijangka hujan lebat pada sebelah petang. Semua aktiviti air di sungai dibatalkan dan digantikan dengan aktiviti ikatan dan simpulan di dewan makan.
        Majlis Penutup dan penyampaian sijil akan disempurnakan oleh Pengetua pada hari Ahad jam 11.00 pagi. Ibu bapa dijemput hadir untuk mengambil anak-anak selepas majlis.
        Hari Pengasas Pengakap: Semua ahli dikehendaki memakai uniform lengkap ke sekolah pada 22 Februari dan menghadiri perhimpunan khas di dataran sekolah.
    """),
    ("ms", "templat_borang"): _lines("""
        BORANG KEBENARAN IBU BAPA / PENJAGA | Saya, ______________________ (No. K/P: ______-__-____) ibu/bapa/penjaga kepada ______________________ Tingkatan ______ dengan ini membenarkan anak jagaan saya menyertai Perkhemahan Unit Beruniform.
        Nama Penuh Murid (HURUF BESAR): ____________ | No. MyKad: ____________ | Kelas: ______ | Unit Beruniform: Pengakap / PBSM / KRS / Puteri Islam | Saiz Baju: S / M / L / XL
        Maklumat Kesihatan: Adakah anak anda mempunyai penyakit berikut? [ ] Asma [ ] Epilepsi [ ] Alahan makanan [ ] Jantung [ ] Lain-lain: ________ / Ubat yang perlu diambil: ________
        Nombor telefon untuk dihubungi semasa kecemasan: (1) ____________ (hubungan: ______) (2) ____________ (hubungan: ______)
        Tandatangan Ibu/Bapa/Penjaga: ______________ Nama: ______________ Tarikh: ___/___/2026
        LAPORAN KECEDERAAN / INSIDEN | Nama mangsa: ______ | Tarikh & masa: ______ | Lokasi: ______ | Jenis kecederaan: ______ | Rawatan awal diberi oleh: ______ | Dirujuk ke klinik/hospital: Ya / Tidak
        Senarai Peserta Perkhemahan – Bil | Nama | No. K/P | Kelas | Jantina | Unit | Alahan | No. Tel Waris (sila isi dalam format Excel yang dilampirkan)
        Akuan Murid: Saya berjanji akan mematuhi semua peraturan perkhemahan dan arahan jurulatih. Sekiranya saya melanggar peraturan, saya boleh dihantar pulang atas tanggungan ibu bapa. Tandatangan murid: ________
        Slip Pengesahan Kehadiran (sila kembalikan kepada guru kelas): Nama anak: ______ Kelas: ______ [ ] Akan hadir [ ] Tidak dapat hadir kerana: ______
        Parent Consent Form – Overseas Jamboree | Passport No.: __________ Expiry: __/__/____ | Nationality: ______ | I consent to my child travelling with the contingent and to emergency medical treatment if required.
        Borang Tuntutan Perjalanan Guru Pengiring: Nama guru: ______ Gred: ______ Jarak (km): ______ Kadar: RM0.60/km Jumlah: RM______
        Kebenaran Rawatan Kecemasan: Sekiranya saya tidak dapat dihubungi, saya membenarkan guru pengiring mendapatkan rawatan perubatan kecemasan untuk anak saya di klinik atau hospital kerajaan yang terdekat.
        Borang Penarikan Diri: Saya ibu/bapa kepada [NAMA MURID] ingin menarik diri anak saya daripada aktiviti [NAMA AKTIVITI] atas sebab [SEBAB]. Yuran yang telah dibayar [akan / tidak akan] dituntut semula.
        Dear {parent_name}, thank you for registering {child_name} ({class_name}) for Kem Kepimpinan Kadet 2026. Your reference number is {ref_no}. Please bring the signed medical form on {date}.
    """),
    ("ms", "panduan_keselamatan"): _lines("""
        Langkah pertama merawat terseliuh: gunakan kaedah RICE – Rehat, Ais, Mampatan dan Angkat bahagian yang cedera melebihi paras jantung.
        Jika peserta disengat tebuan, tanggalkan sengat dengan mengikis menggunakan kad, cuci dengan sabun dan air, dan pantau tanda-tanda anafilaksis seperti sesak nafas atau bengkak muka.
        Setiap khemah mesti didirikan sekurang-kurangnya 3 meter dari dapur unggun dan tidak di bawah pokok mati atau dahan reput.
        Nisbah guru pengiring kepada murid bagi aktiviti luar ialah sekurang-kurangnya 1:20, dan bagi aktiviti air 1:10, mengikut garis panduan lawatan dan aktiviti luar sekolah.
        Sebarang kecederaan, walaupun kecil, mesti direkodkan dalam Buku Log Insiden dan dimaklumkan kepada ketua guru pengiring dalam tempoh 1 jam.
        Peti pertolongan cemas perlu mengandungi sekurang-kurangnya: pembalut anduh, kain kasa steril, plaster, antiseptik, gunting, sarung tangan getah, termometer dan losen kalamin.
        Semasa aktiviti jungle trekking, peserta mesti bergerak dalam kumpulan sekurang-kurangnya 5 orang dan membawa wisel. Tiga tiupan panjang bermaksud kecemasan.
        Murid yang mengalami serangan asma hendaklah didudukkan dalam posisi tegak, dibantu menggunakan inhaler sendiri, dan dihantar ke klinik jika tidak pulih dalam 10 minit.
        Dilarang sama sekali mandi di sungai selepas jam 6.00 petang atau ketika air keruh dan deras selepas hujan di hulu.
        Kes kecemasan: hubungi 999 (MERS) dan nyatakan lokasi tapak perkhemahan, bilangan mangsa dan keadaan mangsa dengan jelas.
        Dapur gas mudah alih hanya boleh dikendalikan oleh peserta Tingkatan 3 ke atas di bawah pengawasan guru. Tong gas mesti disimpan tegak dan jauh dari khemah tidur.
        Gejala strok haba termasuk suhu badan melebihi 40°C, kulit panas dan kering, keliru dan pitam. Pindahkan mangsa ke tempat teduh dan sejukkan badan segera.
        Untuk aktiviti flying fox, setiap peserta wajib memakai topi keledar dan abah-abah yang telah diperiksa oleh jurulatih bertauliah sebelum setiap sesi.
        Setiap malam, ketua peronda mesti membuat kiraan kepala dan melaporkan jumlah ahli kepada guru bertugas sebelum jam 11.00 malam.
    """),
    ("mixed", "chat_kumpulan"): _lines("""
        Assalamualaikum parents, reminder ya bas gerak pukul 7.30 pagi esok, jangan lambat. Budak-budak kena sarapan dulu kat rumah.
        Cikgu, boleh bawa powerbank tak? Or semua handphone kena surrender?
        Boleh bawa powerbank tapi handphone memang kena serah masa daftar. Nanti Ahad petang baru dapat balik ya.
        Anyone tau kasut apa sesuai untuk jungle trekking? Kasut sekolah putih tu confirm kotor teruk lah.
        Kasut getah kampung paling best, murah dan tak licin. Beli kat kedai runcit pun ada, bawah RM10.
        Parents yang belum bayar yuran, boleh bayar terus kat guru penasihat unit ya. Resit akan diberi.
        Gambar-gambar hari pertama dah upload dalam Google Drive sekolah, link ada dalam pinned message.
        Update: hujan lebat kat tapak, aktiviti petang tukar ke dalam dewan. Semua peserta selamat, jangan risau.
        Ada sesiapa ada extra sleeping bag nak pinjamkan? Kita ada beberapa peserta baru yang belum ada kelengkapan.
        Tips: masukkan baju dalam plastik zip lock, kalau khemah bocor at least baju tak basah.
        Cikgu, budak Tingkatan 1 wajib pergi ke? Sebab ada kelas tuisyen hari Sabtu.
        Semua ahli unit beruniform Tingkatan 1 digalakkan hadir sebab ini syarat untuk lencana keahlian. Tapi boleh bincang dengan guru penasihat.
        Thank you cikgu-cikgu semua, anak-anak balik happy sangat walaupun penat. Dah tidur dari petang tadi 😂
        Reminder: baju uniform kena iron siap-siap, lencana jangan tercabut. Pemeriksaan uniform hari Isnin.
    """),
    ("ms", "sejarah_tokoh"): _lines("""
        Gerakan Pengakap diasaskan oleh Robert Baden-Powell selepas perkhemahan percubaan di Pulau Brownsea, England pada tahun 1907.
        Buku Scouting for Boys tulisan Baden-Powell diterbitkan pada tahun 1908 dan menjadi asas latihan pengakap di seluruh dunia.
        Kursus Kayu Manik (Wood Badge) yang pertama diadakan di Gilwell Park, England pada tahun 1919.
        Kisah Hang Tuah dan empat sahabatnya sering dijadikan tema lakonan malam kebudayaan perkhemahan, melambangkan semangat setia kawan.
        Dalam siri animasi Upin & Ipin, episod perkhemahan menunjukkan Upin, Ipin dan kawan-kawan belajar mendirikan khemah bersama Cikgu Jasmin.
        Ceramah motivasi kem kepimpinan mengambil contoh Datuk Lee Chong Wei, bekas pemain badminton nombor satu dunia yang memenangi tiga pingat perak Olimpik.
        Lagu Getaran Jiwa ciptaan Tan Sri P. Ramlee sering dinyanyikan beramai-ramai di sekeliling unggun api.
        Persatuan Bulan Sabit Merah Malaysia berasal daripada cawangan Persatuan Palang Merah British di Tanah Melayu yang ditubuhkan pada tahun 1948.
        Motto Pengakap "Sentiasa Bersedia" (Be Prepared) berkongsi huruf awal dengan nama pengasasnya, B-P.
        Jambori Pengakap Sedunia ke-25 di Saemangeum, Korea Selatan pada 2023 terpaksa dipindahkan lebih awal akibat gelombang haba dan ancaman taufan.
        Mat Kilau, pahlawan Pahang yang menentang British, sering dijadikan teladan dalam ceramah patriotisme untuk pasukan kadet.
        Kadet Remaja Sekolah menekankan disiplin kawad, ketenteraan asas dan semangat patriotisme dalam kalangan murid sekolah menengah.
        Dalam novel Kampung Boy karya Lat, watak Mat membesar di kampung di Perak dan kemudiannya dihantar ke sekolah berasrama di Ipoh.
    """),
    ("en", "kit_faq"): _lines("""
        What to pack: sleeping bag or mat, 3 sets of T-shirts, 2 track pants, raincoat, torchlight with spare batteries, mess tin, water bottle (at least 1.5 L), personal medication.
        Q: Can my child bring snacks? A: Yes, dry snacks are allowed but please avoid nuts as some participants have severe allergies.
        Q: Will there be female teachers for the girls' tents? A: Yes, female teachers are on duty overnight and the girls' tents are in a separate zone.
        Q: What happens if my child falls sick during camp? A: The teacher on duty will call the parent listed on the consent form and, if necessary, bring the child to the nearest government clinic.
        Scouts working towards the Keris Gangsa award need to complete at least one overnight hike and record it in their progress record book.
        Tip: break in new boots at least two weeks before camp. Blisters are the number one reason scouts drop out of a hike.
        Cadets must report in full No. 3 uniform, beret and polished black boots. The name tag must be worn above the right pocket.
        Q: Is the food halal? A: All meals are prepared by a certified caterer, and vegetarian options are available on request through the class teacher.
        Refund policy: 100% refund if withdrawn before 15 May; 50% if withdrawn between 16 and 31 May; no refund after 1 June except on medical grounds with an MC.
        The nearest government hospital is about 25 minutes from the campsite by road; the camp first-aid post operates 24 hours during the event.
        Please label all belongings with your child's name and class using a waterproof marker. Lost and found items will be kept at the school office for two weeks.
        Rover Scouts aged 18 to 25 are welcome to volunteer as facilitators; contact the district office through the official e-mail listed on its website.
    """),
    ("ms", "logistik_rujukan"): _lines("""
        Sebut harga sewa bas: No. Sebut Harga QT-2026-0417, 2 buah bas 44 tempat duduk, Kajang – Semenyih pergi balik, RM1,650.00 termasuk tol.
        Invois No. INV/PPM-SEL/2026/00938 – 120 helai baju-T perkhemahan @ RM18.50 = RM2,220.00. Tarikh akhir bayaran: 30/05/2026.
        Nombor tempahan tapak perkhemahan: TKL-260612-044, tarikh 12-14 Jun 2026, kapasiti 150 orang, deposit RM300 telah dibayar.
        Penghantaran khemah dari pembekal melalui J&T Express, no. penjejakan 630071845529, dijangka sampai 5 Jun.
        Polisi Takaful Insurans Kelompok No. GPA/2026/KPM/118273, perlindungan kemalangan diri untuk 146 peserta dan 9 guru pengiring.
        Talian kecemasan: Polis/Ambulans 999, Bomba 994, Talian Kasih 15999. Pejabat Hutan Lipur (waktu pejabat): 03-8723 7431.
        Poskod tapak perkhemahan: 43500 Semenyih, Selangor. Koordinat GPS: 2.9936, 101.8832.
        Buku Panduan Pengakap Muda (Edisi Semakan), ISBN 978-983-46-1277-1, boleh dibeli di kedai koperasi sekolah pada harga RM12.90.
        Kod unit: Kumpulan Pengakap 1201 Daerah Hulu Langat | Kod Sekolah: BEA8643 | Bilangan ahli berdaftar 2026: 64 orang
        Stok kelengkapan: 12 unit khemah Coleman Sundome 4, 3 set dapur gas dua tungku, 40 utas tali manila 10 m, 2 peti pertolongan cemas model FA-200.
        Jadual Hari 2: 0600 Bangun & solat Subuh | 0700 Senaman pagi | 0800 Sarapan | 0900 Kawad | 1230 Makan tengah hari | 1430 Kembara | 1900 Maghrib | 2100 Unggun api
        Resit pembayaran dalam talian: ID Transaksi TXN20260528-7Q4K9M, jumlah RM85.00, status: Berjaya.
        Penyata kewangan Unit Beruniform 2026: Peruntukan PCG RM4,500; yuran ahli RM3,280; sumbangan PIBG RM2,000; perbelanjaan RM9,167.60; baki akhir RM612.40.
        Tiket Meja Bantuan #KPM-2026-331905: Modul kokurikulum APDM tidak dapat memuat naik fail Excel senarai peserta melebihi 2 MB. Status: Dalam tindakan.
    """),
    ("mixed", "kod_konfigurasi"): _lines("""
        SELECT nama, kelas, unit FROM peserta WHERE kem_id = 'KEM2026-06' AND borang_kebenaran IS NULL ORDER BY kelas;
        camp_registration: { max_participants: 150, fee_rm: 85.00, consent_required: true, deadline: "2026-05-29", units: ["PENGAKAP", "PBSM", "KRS", "PUTERI_ISLAM"] }
        def umur_pada(tarikh_lahir, tarikh_kem): return tarikh_kem.year - tarikh_lahir.year - ((tarikh_kem.month, tarikh_kem.day) < (tarikh_lahir.month, tarikh_lahir.day))
        MYKAD_REGEX = r"^\\d{6}-\\d{2}-\\d{4}$"  # semak format sahaja, jangan simpan nombor IC dalam log
        =COUNTIFS(Peserta!E:E,"Perempuan",Peserta!F:F,"PBSM") untuk kira bilangan peserta perempuan unit PBSM
        git commit -m "fix: PDF borang kebenaran tak keluar ruangan tandatangan waris (issue #214)"
        export_csv(peserta, columns=["bil", "nama", "kelas", "unit", "alahan"], mask_ic=True, filename="senarai_kem_2026.csv")
        sha256 senarai_peserta_final.xlsx = 4f9c2a7e1b03d58e6a9f0c4b7d21e3a85f6b9c0d2e4a7f1b3c5d8e9a0b2c4d6e
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        BORANG KEBENARAN | Saya, ROSNAH BINTI ABDULLAH (No. K/P: 820415-10-5532), ibu kepada NUR AISYAH BINTI KAMARULZAMAN, Tingkatan 2 Dedikasi, membenarkan anak saya menyertai Perkhemahan Unit Beruniform pada 12-14 Jun 2026. Tel: 012-778 3041.
        Laporan Insiden #7 | Nama: Muhammad Danish bin Azlan (1 Amanah) | 13/06/2026, 4.10 ptg | Terseliuh buku lali kiri semasa aktiviti flying fox | Rawatan awal: RICE | Dihantar ke Klinik Kesihatan Semenyih, X-ray: tiada patah.
        3 | TAN WEI JIE | 110622-07-5213 | 3 Cekal | L | Pengakap | Alahan: udang, ketam | Waris: 016-552 7139 (ibu)
        Senarai alahan makanan untuk katerer: Darshini a/p Murugan – vegetarian, tiada telur; Ong Jia Xuan – alahan kacang tanah (bawa EpiPen); Ahmad Farhan bin Mohd Yusof – tidak tahan laktosa.
        Cikgu, saya ibu Hafiz 2 Bestari. Dia ada asma, inhaler dalam poket kecil beg warna biru. Kalau apa-apa call saya terus 019-326 5570 ye.
        SURAT AMARAN: Murid bernama ARIF HAKIMI BIN ROSLAN (4 Sains 1) didapati merokok di belakang khemah peronda pada malam 13 Jun 2026. Ibu bapa diminta hadir ke sekolah untuk sesi kaunseling pada 18 Jun.
        Permohonan bayaran balik yuran RM85 kerana anak saya Chong Kah Mun (Ting. 1 Bestari) demam denggi dan ditahan di wad Hospital Kajang. Sila masukkan ke akaun Public Bank 6391204518 atas nama Lim Siew Hoon.
        Kenderaan waris yang dibenarkan masuk ke tapak perkhemahan: Proton X50 putih VHB 6621 – En. Rajesh a/l Subramaniam (bapa Kavitha a/p Rajesh, 3 Dinamik).
        Alamat surat-menyurat waris: Puan Norhayati binti Ismail, No. 27, Jalan Mawar 3/5, Taman Sri Mawar, 43000 Kajang, Selangor (ibu kepada Amirul Hakim, 2 Elit).
        Kadet Remaja Sekolah: Jeffrey Ansel anak Bujang (K/P 110930-13-5617), 3 Cekal, dilantik sebagai Ketua Platun 2 bagi sesi 2026.
        Calon anugerah Pengakap Raja dari daerah kami tahun ini ialah Nurul Izzati binti Ramli, SMK Bandar Baru Bangi, yang telah melengkapkan 18 lencana kecekapan dan menunggu temu duga peringkat negeri.
        Rekod demam (Bilik Rawatan Tapak, malam 2): 2145 – Siti Hajar bt Mazlan (2 Harmoni), 38.6°C, diberi paracetamol 500mg; 2310 – suhu 38.1°C, tidur di bilik rawatan; ibu dimaklumkan melalui telefon.
        Senarai ahli Peronda Helang: 1. Irfan Zikri bin Mokhtar (Ketua) 2. Loh Zhi Hao 3. Gurpreet Singh a/l Jaswant Singh 4. Aqil Naufal bin Zainal 5. Haziq Danial bin Rosli — semua Tingkatan 2, SMK Seri Bintang Utara.
        Pindaan maklumat waris: Nombor telefon bapa kepada Melvin Gindol (5 Kreatif) ditukar daripada 013-880 4126 kepada 014-931 2268.
        SIJIL CUTI SAKIT | Pesakit: AHMAD FARHAN BIN MOHD YUSOF | No. K/P: 100725-06-5031 | Cuti sakit 2 hari (15/06/2026 – 16/06/2026) | Diagnosis: luka koyak tapak tangan kanan, 4 jahitan.
        Tuan Guru Besar, saya ingin memaklumkan bahawa anak saya NUR QISTINA BINTI HAIRUL (Tahun 5 Cempaka) tidak dapat menyertai perkhemahan kerana saya dan suami dalam proses perceraian dan hak jagaan belum diputuskan mahkamah. Sekian, Zarina binti Ahmad.
        Bayaran Jambori: kad Visa 4557 1283 0419 2279, tamat 09/28, atas nama MOHD RIDZUAN BIN ZAKARIA, untuk yuran kontinjen anaknya Aiman Ridzuan RM2,350.00.
        Kontinjen Malaysia ke Jambori Pengakap Sedunia 2027: Vikneswaran a/l Raman, pasport A58214476, tamat tempoh 03/11/2029, tarikh lahir 19/08/2010.
        Maklumat kecemasan — Sheryl de Souza (Pandu Puteri, 2 Harmoni): bapa Marcus de Souza 018-277 6405, emak Angela 0123346198.
        Fasilitator sukarelawan: Hafizuddin bin Kassim (Pengakap Kelana, pelajar tahun 3 UKM), IG @hafiz.kelana_ukm, bertugas di stesen ikatan dan simpulan.
        Kes disiplin: Wong Jun Kit dan Syed Amir Hamzah bin Syed Idrus (kedua-dua 3 Dinamik) keluar dari kawasan khemah pada 1.30 pagi tanpa kebenaran. Telefon bimbit disita dan ibu bapa dipanggil.
        Makluman kesihatan SULIT: Lee Yi Ting (1 Bestari) menghidap diabetes jenis 1, perlu suntikan insulin sebelum makan; glukometer disimpan oleh guru PBSM.
        Kehadiran Hari 1 — Tidak hadir: Amirah Sofea binti Kamal (kematian datuk), Kishen a/l Ganesan (tiada borang kebenaran), Yap Kai Wen (demam).
        Bayaran yuran melalui FPX: Pembayar ZULKIFLI BIN OTHMAN, akaun Maybank 164023789915, RM170.00 untuk 2 orang anak (Zafran, 1 Amanah dan Zahra, 3 Cekal).
        Tuntutan insurans kemalangan: nama mangsa NUR FATIN AQILAH BINTI JUMADI, MyKad 120827-12-5764, patah tulang pergelangan tangan kanan akibat terjatuh dari tangga menara tinjau pada 14/06/2026.
        Cikgu, Adam Haris 4 Ceria ni autistik, dia takut bunyi kuat. Masa bunga api malam penutup tolong tengok-tengokkan dia ya. Kalau dia tantrum call saya 011-2634 9087. - Mama Adam
        Kadet Polis — lulus ujian kecergasan: 1) Muhammad Luqman bin Che Hassan 2) Wan Nur Amani binti Wan Azmi 3) Tengku Aliff Haikal bin Tengku Ismail — SMK Sultan Sulaiman, Kuala Terengganu.
        Daripada: farahdiba.kamal82@gmail.com — Cikgu, saya ibu kepada Iman Nasuha (2 Dedikasi). Anak saya baru buang ketumbuhan di kaki minggu lepas, tolong jangan bagi dia main air sungai.
        Rekod ubat harian Hari 2: 0800 Kavitha a/p Rajesh – Ventolin 2 sedutan; 0800 Ryan Lim Jun Hong – Methylphenidate 10mg (ADHD); 2000 Kavitha a/p Rajesh – Ventolin 2 sedutan.
        Nak join group Telegram fasilitator? PM admin @syafiqnordin_rover, itu Syafiq Nordin, ketua Rover Crew UiTM Shah Alam, dia yang susun jadual bertugas.
        Kos perkhemahan Nur Alya binti Rosdi (1 Gemilang) ditaja sepenuhnya oleh PIBG kerana bapanya baru kehilangan pekerjaan dan keluarga sedang menerima bantuan JKM.
        Penghantaran balik: Melvin Gindol akan dijemput oleh bapa saudaranya, Encik Roland Gindol, Perodua Bezza kelabu SAB 4418 K, sekitar jam 3 petang.
        Rekod kecederaan: Loh Zhi Hao (2 Elit) melecur tangan kiri terkena periuk panas semasa memasak nasi peronda. Dibalut dan disapu krim luka bakar. Ibu, Puan Yeoh Mei Ling, dimaklumkan jam 6.20 ptg.
        Nama murid: NUR SYAKIRAH BINTI MAT DAUD | Kelas: 3 Cemerlang | Alamat: Lot 1123, Kampung Pasir Hor, 15100 Kota Bharu, Kelantan | Tel bapa: 019-904 3318
    """),
    "en": _lines("""
        Incident report: Scout Marcus Pereira (15) cut his left thumb with a parang while clearing brush at 10:20 am on 13 June; wound cleaned and closed with butterfly strips; mother Mrs. Anne Pereira informed on 012-615 0923.
        Dear Mdm. Chua Bee Lian, Jonathan Koh (Form 1 Bestari) was sent home from camp on 13 June after complaining of chest pain; he was seen at Hospital Serdang and discharged. Please update us on his condition.
        Exchange scout from Singapore: Ethan Goh Jun Wei, NRIC T1047823A, accompanied by parent volunteer Goh Li Ping (S7952614B), mobile +65 9132 4870.
        Payment received from RAVI A/L KRISHNAN, Mastercard 5203 1200 4781 6335, RM340.00 for two places (Priya and Arun) – Kem Kepimpinan Kadet 2026.
        Medical note: Aiden Chew, 11, Cub Scout, severe peanut allergy – EpiPen Jr in the front pocket of his red backpack. Mum's e-mail: chewmeiyee@yahoo.com
        Lost property: Nur Hidayah binti Azman's (Form 2 Harmoni) spectacles were found near the girls' toilet block; her father will collect them at the school office on Monday.
        Rover volunteer application: Daniel Fernandez, 21, UPM student, 14 Jalan SS 2/55, 47300 Petaling Jaya; emergency contact: sister Clara, 017-392 5514.
    """),
    "mixed": _lines("""
        guys sapa nampak beg hijau Tilak a/l Mohan? dia 2 Elit, dalam tu ada ubat epilepsi dia, urgent pls
        Hi cikgu, this is Mei Ling, Zhi Hao's mum. He texted me from friend's phone saying his tent bocor and all clothes wet, can I drop off extra clothes? I'll be there by 5pm, grey Myvi WKN 3307.
        Sorry all, Puan Lina here, Aqil Naufal's mum (2 Elit). Aqil muntah dalam bas tadi, motion sickness teruk. Anyone ada ubat loya? Will pay back.
        bro Hafiz Form 4 yang ketua peronda Harimau tu kena hantar balik semalam, gaduh dengan budak Form 3 sampai berdarah hidung. Parents dia dah datang ambik.
        Cikgu Rosli, can you pls check if Divya a/p Ramesh (3 Cekal) dah submit consent form? I signed it Monday night. Thanks - Sangeetha, 016-4427085
        Reminder from mama Irdina: Irdina Sofea (Puteri Islam, 1 Gemilang) tak boleh makan seafood, please inform catering ya. Kalau termakan nanti gatal satu badan.
        FYI parents: my son Brandon Teh (Form 1 Amanah) came home with 6 leech bites, one infected, doctor kasi antibiotic 5 days. Check your kids also ya.
        Pls PM me kalau jumpa jam G-Shock hitam, nama AFIQ ukir belakang, anak saya Afiq Danial 3 Dinamik, hilang masa kawad. My number 018-227 4591
        Driver van KRS: Encik Salleh bin Mamat, IC 710328-11-5087, plate TBM 5582, dia standby kat pagar belakang ya.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "Anda pembantu AI untuk guru penasihat unit beruniform sekolah menengah."),
        (
            "user",
            "Tolong tulis laporan kecederaan ringkas. Murid: Haikal bin Shamsul, Ting. 3 Dinamik. Jatuh masa kembara halangan, luka di lutut kanan lebih kurang 3 cm, dibersihkan dan dibalut oleh guru PBSM. Bapa dah dimaklumkan.",
        ),
        (
            "assistant",
            "LAPORAN KECEDERAAN | Nama: Haikal bin Shamsul (3 Dinamik) | Aktiviti: Kembara halangan | Kecederaan: Luka lebih kurang 3 cm di lutut kanan | Rawatan awal: Dibersihkan dan dibalut oleh guru PBSM | Waris: Bapa telah dimaklumkan.",
        ),
        (
            "user",
            "Tambah no. telefon bapa dia 017-204 8813 dan tulis dia datang ambil jam 5 petang.",
        ),
    ],
    [
        (
            "user",
            "Can you convert this into a table? Ali bin Hassan 130224-10-5567 1 Amanah; Chloe Yap Xin Yi 130805-14-0328 1 Bestari; Pravin a/l Sivakumar 130119-08-5791 1 Cekal",
        ),
        (
            "assistant",
            "Nama | No. K/P | Kelas / Ali bin Hassan | 130224-10-5567 | 1 Amanah / Chloe Yap Xin Yi | 130805-14-0328 | 1 Bestari / Pravin a/l Sivakumar | 130119-08-5791 | 1 Cekal",
        ),
        ("user", "Thanks, add a column Unit: Ali KRS, Chloe PBSM, Pravin Pengakap."),
    ],
    [
        (
            "user",
            "Saya nak tulis surat kepada guru pengakap. Anak saya Nur Iman Safiyya binti Fadzil, Tahun 6 Dahlia, baru disahkan ada skoliosis, doktor kata tak boleh angkat beg berat masa kembara. Tolong draf.",
        ),
        (
            "assistant",
            "Kepada Guru Penasihat Pengakap, Tuan/Puan, saya ingin memaklumkan bahawa anak saya, Nur Iman Safiyya binti Fadzil (Tahun 6 Dahlia), telah disahkan menghidap skoliosis. Atas nasihat doktor, dia tidak boleh membawa beban berat semasa aktiviti kembara. Saya memohon jasa baik pihak cikgu untuk memberi pengecualian. Sekian, terima kasih.",
        ),
        ("user", "Letak nombor saya 012-558 0317 dan nama saya Haslinda binti Omar di bawah."),
    ],
    [
        (
            "user",
            "my son Kenji Lau went to the Year 6 scout camp at Janda Baik last weekend (SJK(C) Chung Hwa Kuantan) and came back with a rash all over his back. The teacher says it's nothing. Should I complain?",
        ),
        (
            "assistant",
            "It's reasonable to raise it. First have a doctor look at the rash and keep the clinic note. Then write politely to the headmaster describing what happened, when you noticed it and what the doctor said, and ask whether other children had similar symptoms.",
        ),
        (
            "user",
            "ok can you draft the email to the headmaster. My name is Lau Hui Min, email lauhuimin.kl@gmail.com",
        ),
    ],
    [
        (
            "user",
            "Buat mesej WhatsApp untuk ibu bapa murid yang belum bayar yuran kem: Irfan Zikri bin Mokhtar (2 Elit), Balqis Humaira binti Saiful (2 Elit), Chan Jun Hao (2 Harmoni), Kiran a/l Prakash (2 Harmoni). Jangan malukan mereka.",
        ),
        (
            "assistant",
            "Assalamualaikum dan salam sejahtera Tuan/Puan. Ini peringatan mesra bahawa yuran Perkhemahan Unit Beruniform masih belum kami terima. Sekiranya ada sebarang kesulitan, sila hubungi saya secara peribadi dan kita boleh bincang. Terima kasih.",
        ),
        (
            "user",
            "Bagus. Untuk Kiran, tambah ayat yang PIBG boleh tolong sebab ayah dia baru kena buang kerja.",
        ),
    ],
    [
        (
            "user",
            "Saya jurulatih Kadet Polis. Tolong semak format IC ni betul tak untuk borang pendaftaran: Muhammad Aidil bin Rahim, 101103-05-6631.",
        ),
        (
            "assistant",
            "Format betul: YYMMDD-PB-####. 101103 bermaksud lahir 3 November 2010, kod 05 ialah Negeri Sembilan, dan digit terakhir ganjil sepadan dengan lelaki.",
        ),
        ("user", "ok thanks, dia memang budak Seremban, tingkatan 4."),
    ],
    [
        (
            "system",
            "You summarise camp incident logs for the head teacher in two or three sentences.",
        ),
        (
            "user",
            "13/6 2240 Chan Wei Xiang (2 Harmoni) sleepwalking, found near the river bank by the teacher on duty. 14/6 0130 same student again, found outside tent. Parent says he has a history of sleepwalking and takes melatonin at home.",
        ),
        (
            "assistant",
            "Chan Wei Xiang (2 Harmoni) was found sleepwalking twice: near the river bank at 22:40 on 13 June and outside his tent at 01:30 on 14 June. His parent confirms a history of sleepwalking treated with melatonin. Recommend he sleeps in the teachers' tent for the rest of camp.",
        ),
    ],
    [
        (
            "user",
            "tolong translate ke English: Anak saya Ahmad Zikri bin Kamal (Ting. 4 Sains 2) tidak dapat hadir ke Kem Kepimpinan kerana dia masih menerima rawatan psikiatri untuk kemurungan di Hospital Sultan Ismail.",
        ),
        (
            "assistant",
            "My son, Ahmad Zikri bin Kamal (Form 4 Sains 2), is unable to attend the Leadership Camp as he is still receiving psychiatric treatment for depression at Hospital Sultan Ismail.",
        ),
    ],
    [
        (
            "user",
            "Saya bendahari PIBG. Tolong buat teks resit bayaran balik RM85 kepada Puan Devi a/p Arumugam, akaun RHB 21403900571862, sebab anak dia Tharshini a/p Selvam (3 Cekal) tarik diri lepas kemalangan jalan raya.",
        ),
        (
            "assistant",
            "RESIT BAYARAN BALIK | Penerima: Puan Devi a/p Arumugam | Akaun RHB: 21403900571862 | Jumlah: RM85.00 | Perkara: Bayaran balik yuran perkhemahan bagi Tharshini a/p Selvam (3 Cekal) – tarik diri atas sebab kemalangan jalan raya.",
        ),
    ],
    [
        (
            "user",
            "Tolong check dokumen untuk anak saya ke Jambori Pengakap Asia-Pasifik Julai 2027. Nama Aryan Nair a/l Suresh, 15 tahun, pasport A61730925 tamat 14/02/2027. Cukup ke tempoh sah?",
        ),
        (
            "assistant",
            "Tidak cukup. Kebanyakan negara mensyaratkan pasport sah sekurang-kurangnya 6 bulan dari tarikh masuk. Pasport Aryan tamat Februari 2027, sebelum jambori lagi, jadi ia perlu diperbaharui.",
        ),
        ("user", "Ok, macam mana nak renew pasport untuk budak bawah 18?"),
    ],
    [
        (
            "user",
            "eh can help me write caption for IG post? my daughter Qaisara Aryana just got her Pandu Puteri Raja award, Form 5 at SMK Convent Bukit Nanas. Tag her @qaisara.aryana sekali.",
        ),
        (
            "assistant",
            "So proud of you, @qaisara.aryana! 🌟 Anugerah Pandu Puteri Raja — all those years of camps, badges and early mornings finally paid off. Mama & Papa love you! #PanduPuteri #SentiasaBersedia",
        ),
    ],
]
