# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms83: Bahasa Melayu persatuan silat, pancaragam dan kebudayaan (keahlian, pertandingan, persembahan, kecederaan, yuran). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms83
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis persatuan"): _lines("""
        NOTIS: Latihan silat mingguan di Dewan Orang Ramai Taman Sri Andalas dipindahkan ke gelanggang belakang surau mulai Sabtu 8 Mac, 8.30 pagi hingga 11.00 pagi. Sila bawa air sendiri.
        Makluman kepada semua ahli Pancaragam Bandaraya: raptai penuh untuk Perbarisan Hari Kebangsaan bermula 18 Ogos, 5.00 petang di Dataran Merdeka. Pakaian seragam lengkap, kasut hitam berkilat.
        Yuran keahlian tahunan 2026 ialah RM60 (dewasa) dan RM35 (pelajar bawah 17 tahun). Bayaran boleh dibuat di kaunter pejabat persatuan setiap Selasa dan Khamis, 3.00-6.00 petang.
        Bayaran yuran secara dalam talian: Persatuan Seni Silat Cekak Cawangan Klang, Maybank 5621 4470 3318. Sila tulis "YURAN + NO AHLI" dalam ruangan rujukan dan simpan resit.
        Pertandingan Tarian Zapin Peringkat Daerah Muar akan diadakan pada 21 Jun 2026 di Auditorium Majlis Perbandaran. Borang penyertaan ditutup 30 Mei. Setiap kumpulan maksimum 12 penari.
        PERHATIAN: Gelanggang ditutup sepanjang minggu peperiksaan SPM. Latihan akan bersambung seperti biasa pada 2 Disember.
        Jawatankuasa mengucapkan tahniah kepada pasukan kompang persatuan yang menjuarai Festival Kompang Negeri Selangor 2025. Terima kasih kepada semua ibu bapa atas sokongan padu.
        Kelas caklempong untuk kanak-kanak 7-12 tahun dibuka semula. Tempat terhad kepada 20 orang. Pendaftaran di kaunter pejabat atau hubungi 03-5523 8810 (waktu pejabat sahaja).
        Mesyuarat Agung Tahunan ke-27 akan diadakan pada 15 Februari 2026, 9.00 pagi di Bilik Gerakan. Ahli yang belum menjelaskan yuran tidak layak mengundi.
        Peringatan keselamatan: semua pesilat wajib memakai pelindung gigi dan pelindung kemaluan semasa sesi sparring. Jurulatih berhak menghentikan latihan jika peralatan tidak lengkap.
        Persembahan dikir barat sempena Hari Terbuka Sekolah Kebangsaan Bukit Tinggi dibatalkan kerana amaran ribut petir oleh MetMalaysia. Tarikh baharu akan dimaklumkan kemudian.
        Jadual ujian kenaikan bengkung: Bengkung Kuning 12 April, Bengkung Hijau 19 April, Bengkung Merah 26 April. Yuran ujian RM25 seorang, dibayar sebelum hari ujian.
        Pancaragam memerlukan sukarelawan untuk mengangkat dram dan tuba ke lori pada pagi 31 Ogos. Sesiapa yang berminat sila beri nama kepada ketua seksyen masing-masing.
        Notis tempahan baju seragam baharu: saiz S hingga 3XL, RM45 sehelai, kod produk SGY-BJU-2026. Tempahan melalui borang Google yang dikongsi dalam kumpulan rasmi.
        Gelanggang Silat Gayong Pasak Bumi akan meraikan ulang tahun ke-40 penubuhannya dengan majlis makan malam pada 9 Mei di Dewan Seri Melati, Jalan Ampang. Tiket RM50 seorang.
    """),
    ("ms", "peraturan pertandingan"): _lines("""
        Perkara 7.2: Pesilat yang keluar gelanggang tiga kali dalam satu pusingan akan diberi amaran pertama oleh Ketua Pengadil.
        Kategori Tanding dibahagikan mengikut berat badan: Kelas A 45-50 kg, Kelas B 50-55 kg, Kelas C 55-60 kg, dan seterusnya dengan selang 5 kg.
        Penimbangan berat badan dijalankan sekali sahaja pada pagi hari pertama, 7.00-9.00 pagi. Pesilat yang tidak hadir semasa penimbangan dianggap tarik diri.
        Setiap persembahan Seni Tunggal mesti berada dalam julat masa 3 minit dengan toleransi 10 saat. Melebihi toleransi akan dikenakan potongan 5 mata.
        Markah tarian dinilai berdasarkan koreografi 30%, penguasaan langkah 30%, keserasian dengan muzik 20%, serta kostum dan solekan 20%.
        Bantahan terhadap keputusan pengadil hendaklah dikemukakan secara bertulis kepada Dewan Hakim dalam masa 15 minit selepas perlawanan bersama bayaran bantahan RM100 yang tidak dikembalikan.
        Pancaragam peserta mesti terdiri daripada minimum 25 dan maksimum 60 pemuzik. Majoret dan penari bendera tidak dikira dalam bilangan pemuzik.
        Serangan ke arah kepala, leher dan kemaluan adalah dilarang sama sekali dan boleh membawa kepada pembatalan kemenangan.
        Doktor kejohanan berkuasa penuh menghentikan perlawanan jika pesilat mengalami kecederaan kepala, walaupun pesilat tersebut ingin meneruskan.
        Pasukan kompang dihakimi berdasarkan irama, keseragaman pukulan, formasi dan disiplin. Pasukan yang lewat lebih 10 minit akan dibatalkan penyertaannya.
        Pesilat bawah umur 18 tahun wajib mengemukakan surat kebenaran ibu bapa yang ditandatangani sebelum dibenarkan bertanding.
        Hadiah wang tunai: Johan RM3,000, Naib Johan RM2,000, Tempat Ketiga RM1,000, dan sagu hati RM300 untuk setiap pasukan yang layak ke peringkat akhir.
        Dalam kategori Gamelan Terengganu, instrumen wajib ialah saron, bonang, gendang, gong dan kenong. Alat moden seperti keyboard tidak dibenarkan.
    """),
    ("ms", "templat borang"): _lines("""
        BORANG KEAHLIAN | Nama Penuh (seperti dalam MyKad): ____________ | No. MyKad: ______-__-____ | Tarikh Lahir: __/__/____ | No. Telefon: ____________
        Nama Peserta: [NAMA] | Kategori: [Tanding/Seni/Beregu] | Kelas Berat: [__ kg] | Wakil: [PERSATUAN/SEKOLAH]
        SURAT KEBENARAN IBU BAPA: Saya, ______________ (No. KP: ______________), dengan ini membenarkan anak saya ______________ menyertai kejohanan yang dinyatakan di atas.
        Laporan Kecederaan Latihan | Tarikh: ____ | Masa: ____ | Lokasi: ____ | Bahagian badan tercedera: ____ | Rawatan awal oleh: ____ | Dirujuk ke klinik/hospital: Ya / Tidak
        Resit Yuran No: ______ | Diterima daripada: ______ | Jumlah: RM______ | Bagi bayaran: Yuran Tahunan / Yuran Ujian / Baju Seragam
        Salam {{nama_penjaga}}, yuran bulanan bagi {{nama_anak}} sebanyak RM{{jumlah}} masih tertunggak. Sila jelaskan sebelum {{tarikh_akhir}}. Terima kasih.
        Borang Tempahan Persembahan: Nama Pihak Penganjur / Jenis Majlis (Perkahwinan, Korporat, Sekolah) / Tarikh & Masa / Alamat Lokasi / Bilangan Penari / Bajet (RM)
        Kenyataan Kesihatan: Adakah anda mempunyai sejarah asma, penyakit jantung, epilepsi atau kecederaan tulang dalam tempoh 12 bulan lepas? [ ] Ya [ ] Tidak. Jika Ya, nyatakan: __________
        Maklumat Waris Terdekat: Nama ______ Hubungan ______ No. Tel ______ (wajib diisi oleh semua peserta perkhemahan)
        Senarai Semak Peralatan Pancaragam: trompet ___ unit, trombon ___ unit, klarinet ___ unit, dram snare ___ unit, bass drum ___ unit, simbal ___ pasang
        Sijil Penyertaan: Dengan ini disahkan bahawa <NAMA PESERTA> telah menyertai Kursus Asas Jurulatih Silat Tahap 1 anjuran <NAMA PERSATUAN> pada <TARIKH>.
        Pengesahan pembayaran: No. Rujukan FPX ________ / Tarikh transaksi ________ / Sila lampirkan tangkapan skrin resit bank.
    """),
    ("mixed", "chat kumpulan"): _lines("""
        Assalamualaikum semua, latihan malam ni cancel sebab dewan guna untuk kenduri. Jumpa Sabtu ya 🙏
        Reminder: esok bawa sampin & tanjak sendiri, baju melayu persatuan akan diagih kat sana.
        Guys, bas bertolak dari gelanggang tepat 6.30am. Lambat kami tak tunggu ok, jangan ada yang tertinggal macam tahun lepas 😅
        Sapa nak join carpool ke Kuantan untuk kejohanan, reply kat thread ni. Minyak & tol kongsi sama-sama.
        Pancaragam section trumpet: tolong practice bar 34-48 lagu Jalur Gemilang, part tu masih tak sekata.
        Yang dah bayar yuran Januari, terima kasih. Yang belum, tolong settle sebelum 15hb ya, bendahari nak tutup akaun bulanan.
        Photo persembahan semalam dah upload kat Google Drive persatuan, folder "Persembahan 2026". Jangan share luar group ye.
        Ada sesiapa simpan kunci stor alat muzik? Gong besar kena hantar servis minggu ni.
        Coach pesan: hari Selasa fokus stamina, so bawa kasut lari, bukan kasut silat. Warm up 20 min dulu.
        Tahniah team zapin! Naib johan peringkat negeri, first time kita masuk final 🎉🎉
        Jangan lupa isi borang kesihatan sebelum ujian bengkung, no form no test. Link ada dalam pinned message.
        Kalau anak cedera masa latihan, terus inform jurulatih bertugas dan isi laporan kecederaan dalam 24 jam. SOP baru mula bulan ni.
        Parking kat depan dewan penuh bila ada majlis, please park kat padang sekolah ya.
        Baju kurung penari perempuan warna ungu, lelaki baju melayu cekak musang hitam. Jangan salah bawa macam rehearsal last week lol
        Who's handling the sound system for Sunday? Mixer lama dah rosak channel 3, kena pinjam dari surau.
        Group ni untuk makluman rasmi sahaja. Nak sembang-sembang boleh pergi group santai 😄
    """),
    ("ms", "sejarah dan budaya"): _lines("""
        Silat Seni Gayong diasaskan oleh Dato' Meor Abdul Rahman dan menjadi antara perguruan silat terbesar di Malaysia.
        Silat Cekak diperkenalkan secara terbuka oleh Ustaz Hanafi Haji Ahmad pada tahun 1965 di Kedah.
        Dalam Hikayat Hang Tuah, Hang Tuah dan Hang Jebat digambarkan sebagai pahlawan Melaka yang mahir bersilat, dan pertarungan mereka menjadi simbol konflik antara taat setia dan keadilan.
        Zapin dipercayai dibawa ke Tanah Melayu oleh pedagang Arab dari Hadramaut dan berkembang pesat di Johor.
        Dikir barat berasal dari Kelantan dan dipersembahkan oleh kumpulan yang diketuai oleh tok juara dan tukang karut.
        Pencak silat dipertandingkan buat pertama kali di Sukan SEA pada tahun 1987 di Jakarta.
        UNESCO menyenaraikan Silat dalam Senarai Representatif Warisan Budaya Tidak Ketara Kemanusiaan pada tahun 2019.
        Lagu-lagu Tan Sri P. Ramlee seperti "Getaran Jiwa" sering diadaptasi oleh pancaragam sekolah untuk persembahan Hari Guru.
        Caklempong ialah alat muzik tradisional Minangkabau yang popular di Negeri Sembilan, dimainkan dengan memukul gong-gong kecil yang tersusun.
        Tarian Ngajat Iban biasanya dipersembahkan semasa Hari Gawai sebagai tanda kesyukuran selepas musim menuai.
        Gamelan Terengganu berkembang di istana Terengganu pada awal abad ke-20 di bawah naungan kerabat diraja.
        Legenda Puteri Gunung Ledang sering dijadikan tema persembahan teater tari oleh kumpulan kebudayaan sekolah dan universiti.
    """),
    ("en", "invoices and inventory"): _lines("""
        Invoice INV/PSSK/2026/0193: hall rental 4 hrs x RM80 = RM320.00, status PAID, due 14/03/2026.
        PO-2026-0447: 12 x snare drum heads (Remo 14"), 4 x bass drum mallets, 2 x cymbal stands. Supplier ref YMH-88213-B.
        Shipment tracking ER284713905MY: uniforms batch 2 (40 pcs) delivered to the association office.
        Stock count Feb 2026: kompang 38, rebana ubi 6, gendang ibu 4, gendang anak 4, gong 2, tanjak 55, samping 60.
        Receipt no. RCP-000872, amount RM1,250.00, costume tailoring for 18 sets of zapin outfits, paid by association cheque no. 004518.
        Insurance policy ref. PA-GRP-2026-55190 covers all registered members for personal accident during training and official events, sum insured RM20,000 per member.
        Budget summary 2026: membership fees RM14,400; performance income RM22,800; competition entry RM3,600; equipment purchase RM9,750.
        Quotation Q-7781 from music supplier: Yamaha YTR-2330 trumpet x3 @ RM2,150; Yamaha YSL-354 trombone x2 @ RM3,480. Valid 30 days.
        Repair ticket #RPT-2025-118: tuba valve stuck, estimated 5 working days, cost RM180.
        Bus rental booking BK-55021: 2 buses, 44 seats each, depart 05:30 to Kuala Terengganu, return 22:00, total RM3,600.
        Event permit ref. MBSA/PRM/2026/0318 approved for a cultural performance at Dataran Kemerdekaan Shah Alam, 7pm-11pm.
        Refund policy: competition entry fees are non-refundable after 1 May 2026 except on medical grounds with a doctor's certificate.
        Association registered with the Registrar of Societies under PPM-015-10-28042012; annual return for FY2025 submitted on 30/06/2026.
    """),
    ("mixed", "soalan lazim"): _lines("""
        Q: Anak saya 6 tahun, boleh ke join kelas silat? A: Umur minimum 7 tahun. Untuk bawah 7, kami ada kelas gerak asas bersama ibu bapa setiap Ahad.
        Bagaimana nak tukar keahlian dari cawangan lain? Bawa kad ahli lama dan surat pelepasan daripada cawangan asal ke pejabat kami.
        Macam mana nak jaga kulit kompang supaya tak cepat koyak? Simpan di tempat kering, jangan jemur bawah matahari terik, dan longgarkan rotan bila lama tak guna.
        Is there a family discount for membership? Yes, 20% off for the second child onwards from the same household.
        Boleh tak bayar yuran guna e-wallet? Buat masa ni hanya FPX, pindahan bank dan tunai di kaunter. Touch 'n Go eWallet dalam proses.
        Apa beza silat olahraga dan silat seni? Olahraga fokus pada pertandingan tanding dengan sistem mata, seni lebih kepada jurus, bunga dan persembahan.
        What to do if someone sprains an ankle during training? Ingat RICE: Rest, Ice, Compression, Elevation. Jangan urut tempat bengkak dalam 48 jam pertama.
        Berapa lama nak naik dari bengkung putih ke hitam? Biasanya 4-6 tahun, bergantung kepada kehadiran, penilaian jurulatih dan ujian.
        Perlu ke ambil insurans sendiri? Semua ahli berdaftar dilindungi insurans kemalangan peribadi berkumpulan, tapi kos rawatan pakar mungkin tak dilindungi sepenuhnya.
        Macam mana nak daftar kumpulan tarian untuk festival peringkat negeri? Ketua kumpulan perlu isi borang dalam talian di portal Jabatan Kebudayaan dan Kesenian Negara (JKKN) negeri masing-masing.
        Kalau tak dapat hadir latihan 3 kali berturut-turut, keahlian terbatal ke? Tak, tapi kena maklumkan jurulatih dan mungkin tak dipilih untuk persembahan terdekat.
        Pancaragam sekolah boleh sewa alat dari persatuan tak? Boleh, dengan surat rasmi daripada pengetua dan deposit RM500.
    """),
    ("en", "system and config"): _lines("""
        members_table: id SERIAL PRIMARY KEY, full_name TEXT NOT NULL, mykad CHAR(14), phone VARCHAR(15), belt_level SMALLINT, joined_on DATE
        if member.age < 18 and not member.consent_form_uploaded: raise ValidationError("Parental consent required for minors")
        [2026-03-02 21:14:07] INFO fee_reminder job finished: 143 reminders queued, 0 failures, runtime 2.8s
        config: fee_due_day=15, late_fee_rm=5, grace_period_days=7, currency="MYR", send_whatsapp_reminder=true
        MYKAD_PATTERN = "^[0-9]{6}-[0-9]{2}-[0-9]{4}$"  # format check only, no checksum
        GET /api/v1/events?type=performance&from=2026-06-01&to=2026-06-30 returned 200 with 7 events
        WARN injury_report id=IR-2026-0041 missing field "treatment_given"; report saved as draft
        Release notes v2.4.1: added bulk export of attendance to CSV, fixed timezone bug in competition schedule (Asia/Kuala_Lumpur).
        sha256 members_2026-02.sql.gz = 10c87e32cc6f101f0d61397e46b1cb954711eb2361ba2c64a38048a4427c179a
        cron: 0 7 1 * * python send_monthly_invoice.py --org PSSGM --dry-run=false
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        BORANG KEAHLIAN | NAMA: NUR AQILAH BINTI ROSLAN | NO. MYKAD: 130415-10-0562 | TARIKH LAHIR: 15/04/2013 | SEKOLAH: SK TAMAN SRI MUDA | NO. TEL PENJAGA: 012-638 4172 | BENGKUNG: KUNING
        Laporan Kecederaan: Muhammad Haziq bin Kamarulzaman (Ahli No. 0417) terseliuh buku lali kiri semasa sparring 12/3/2026, 9.40 malam. Ais diberi, dirujuk ke Klinik Kesihatan Seksyen 7. Tidak dibenarkan berlatih 2 minggu.
        Senarai tunggakan yuran Mac: 1) Lim Jia Xuan - RM90 (3 bulan) 2) Kavitha a/p Subramaniam - RM60 3) Amirul Hakim bin Zainal - RM120
        Pendaftaran Kejohanan Pencak Silat Terbuka Perak: AHMAD DANIAL BIN MOHD FAUZI, KP 020219-03-0711, Kelas D (60-65kg), wakil Gelanggang Pasir Mas, tel 019-904 2285.
        Surat amaran: Ahli bernama Thinesh s/o Muniandy didapati bertengkar dan menolak pesilat lain semasa latihan pada 4 Februari. Keahlian digantung selama satu bulan berkuat kuasa serta-merta.
        Tempahan kompang: majlis perkahwinan anak Encik Faizal bin Osman, 14 Jun 2026, 11.00 pagi, di No. 23, Jalan Mawar 3/2, Taman Mawar, 43000 Kajang. Deposit RM200 telah diterima.
        Mohon maaf, Siti Hajar binti Abdul Rahim tidak dapat hadir raptai pancaragam minggu ini kerana baru keluar wad selepas pembedahan apendiks.
        Permohonan pengecualian yuran: Puan Rohani binti Ismail, ibu tunggal, pendapatan bulanan RM1,400, memohon pengecualian yuran bagi dua anaknya Adam dan Aisyah untuk tahun 2026. Diluluskan oleh Bendahari.
        No akaun untuk refund deposit: HASNIZA BT MOKHTAR, CIMB 7063441285. Sebab: persembahan dibatalkan oleh pihak penganjur.
        Jurulatih baharu pancaragam kita ialah Encik Ravindran a/l Krishnan, boleh dihubungi di 016-775 3092 atau ravi.krishnan88@gmail.com.
        Catatan jurulatih: Farhan Iskandar (bengkung hijau, Tingkatan 2 SMK Seri Kembangan) ada masalah lutut kanan sejak jatuh basikal, elakkan latihan lompat.
        SENARAI PESERTA KE KEJOHANAN ANTARABANGSA (PASPORT): 1. MOHD AKMAL BIN HASHIM - A52813907 2. NURUL IZZATI BINTI SAIFUL - A49172630 3. JONATHAN LEE KAH WAI - H38820154
        Kereta Proton Saga putih WXR 4512 milik Cikgu Azman menghalang laluan bas di depan dewan, mohon alihkan segera.
        Ahli baharu bulan Januari: Nur Farhana binti Azlan (10 tahun), Muhammad Irfan bin Rizal (12 tahun) dan Tan Yi Xuan (9 tahun), semuanya dari SK Bandar Baru Bangi.
        Rekod kehadiran rendah: Izzat Hakimi bin Rosli hanya hadir 3 daripada 12 sesi latihan sejak Januari. Jurulatih cadang berjumpa ibu bapanya.
        Penyata bayaran yuran: Wong Mei Ling, No. Ahli PCB-0218, bayar RM180 melalui kad Visa 4556 1852 6528 8158 pada 02/01/2026.
        Alamat penghantaran sijil: Encik Mohd Rizal bin Abdullah, No. 8, Lorong Cempaka 5, Taman Cempaka, 08000 Sungai Petani, Kedah.
        Maklumat kecemasan: Pesilat Danish Harith bin Azmi alah kepada kacang dan membawa inhaler untuk asma. Waris: Puan Salmah (ibu), 013-229 1558.
        Keputusan ujian bengkung 26 April: Lulus - Aina Sofea binti Hairul, Ammar Zikri bin Saiful. Gagal (ulang Julai) - Chong Wei Jie, Harvind Singh a/l Gurdev Singh.
        Rayuan: Saya Norhayati binti Salleh (KP 751130-08-5126) ingin membayar yuran tertunggak anak saya secara ansuran RM30 sebulan kerana suami baru diberhentikan kerja.
        Kemalangan semasa persembahan di Dataran Ipoh: penari Marissa de Souza tergelincir di pentas basah, patah pergelangan tangan kanan dan dibawa ke Hospital Raja Permaisuri Bainun dengan ambulans.
        Jenny anak Ujang, penari ngajat kumpulan kami, memohon cuti 3 bulan kerana bersalin. Persembahan Gawai akan diganti oleh penari simpanan.
        Bayaran elaun pemuzik jemputan: Gerard Pereira (saksofon) RM350, Maybank 1642 8830 9917.
        Borang tuntutan insurans | Nama: Mohd Firdaus bin Ahmad | KP: 890722-14-5583 | Kecederaan: koyak ligamen ACL lutut kiri | Tarikh: 03/11/2025 | Hospital: Hospital Kuala Lumpur | Tuntutan: RM8,450
        Makluman: anak jagaan Puan Lee Siew Hong, iaitu Ong Kai Xin, tidak dapat menyertai lawatan ke Singapura kerana pasportnya telah tamat tempoh.
        Bendahari lama, Encik Kamal bin Ariffin, masih belum memulangkan RM2,300 kutipan yuran tahun 2024; perkara ini akan dibawa ke mesyuarat AJK.
    """),
    "mixed": _lines("""
        hi kak ros, ni no ic anak saya utk daftar kejohanan: 110908016247, nama Muhammad Aqil bin Hisham. bapak dia tak sempat isi form sorry
        @bendahari dah transfer yuran Irdina & Iman RM70 dari akaun saya Public Bank 4882716305, ref "Yuran Feb". tq
        coach, Zara Aleesya binti Khairul (kumpulan Tunas) tak dapat datang latihan harini, demam panas 39 darjah, dapat MC 2 hari.
        guys siapa nampak iPhone hitam tertinggal kat gelanggang? tu phone Haris budak bengkung merah, kalau jumpa call his dad 017-382 6641
        Sorry bro, Kelvin Tan Wei Hao tak boleh main drum for the Merdeka parade, dia masuk wad sebab denggi. Platelet low gila.
        wei tolong confirm, Arif Budiman bin Nasir yg kena gantung sebab ponteng raptai 5 kali tu kan? boss tanya.
        Reminder utk Puan Saraswathy a/p Velu, balance kostum bharatanatyam anak RM240 lagi, pls settle by Friday ya 🙏
        eh my son Lucas Fernandez got selected for state team! training every Sat at Stadium Juara Bukit Kiara, so happy 😭
        noted, hantar kompang tu kat rumah saya je: 17, Jalan SS 2/64, 47300 Petaling Jaya. cari pagar hijau. - Chee Meng
        ada soalan pasal kem, PM admin kem kat Telegram @amira_syafiqa02 (Amira, AJK wanita)
        Adik Nabil Haikal bin Roslan semalam jatuh masa buat tendangan sabit, dahi luka 3 jahitan kat Klinik Medijaya. Parents dah dimaklumkan.
        ok final list van Johor Zapin fest: driver Pak Long Dollah, plate JRT 8821, pick up Syafiqah, Nadia, Hanis 6am kat Taman Universiti.
        ni email saya utk resit yuran: norazlina.hamid76@yahoo.com, nama anak Aisyah Humaira, kelas caklempong hari Rabu.
        Cikgu Wan Zulkifli pesan, Haikal bin Mokhtar kena bawa surat doktor dulu baru boleh sparring balik, jari dia patah bulan lepas.
        Mr. Chandran's daughter Priya a/p Chandran scored 9.2 for her solo, highest in Seni Tunggal Remaja. proud moment for our club!
        tlg update contact saya dlm sistem ahli: no baru +60 11-2847 5390, yg lama 012 dah tak guna. Suhaimi bin Daud, ahli no. 0033.
    """),
    "en": _lines("""
        Membership renewal: Rachel Goh Pei Shan, DOB 12/09/1991, NRIC S9170436F, transferring to our Johor Bahru branch, contact +65 9137 2846.
        Incident log 14 Mar 2026: trombone player Daniel Ho Jun Kit fainted during outdoor rehearsal, suspected heat exhaustion. Given ORS, parents informed, fetched at 6.15pm.
        Dear Mr. Suresh Nair, we regret that your son Arvind Nair has been withdrawn from the U15 squad due to repeated absence. Kindly collect his uniform deposit of RM50 from the office.
        Scholarship shortlist: Nurul Ain binti Mat Isa (Form 4, SMK Tun Perak), household income RM2,100, father is OKU; recommended for full fee waiver.
        Camp medical list: Ethan Tan Jia Le (Std 3) is allergic to penicillin; emergency contact mother Michelle Tan, 012-455 0938.
        Chargeback notice: cardholder Ahmad Zulhilmi bin Razak disputed RM300 costume fee charged to Mastercard 5201 5417 3118 5590 on 11/02/2026.
        Trip roster, Singapore Youth Silat Invitational: Tay Jun Wei (T0412958F), born 2004, Men's Class C; guardian contact 8123 4407.
        Bandmaster's note: Jason Lim Chee Keong keeps showing up drunk to Friday practice; second warning given, a third strike means expulsion from the band.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu AI untuk setiausaha Persatuan Seni Silat Gayong Cawangan Seremban.",
        ),
        (
            "user",
            "Tolong draf surat rayuan pengurangan yuran. Anak saya Muhammad Aiman bin Zulkifli, 11 tahun, ahli bengkung hijau. Suami saya baru diberhentikan kerja bulan lepas, jadi kami tak mampu bayar RM60 sebulan.",
        ),
        (
            "assistant",
            "Baik puan. Draf ringkas: 'Tuan Pengerusi, saya ingin memohon pertimbangan pengurangan yuran bulanan bagi anak saya, Muhammad Aiman bin Zulkifli, atas faktor kewangan keluarga...' Boleh saya tahu nama puan untuk ruangan tandatangan?",
        ),
        (
            "user",
            "Nama saya Rosmawati binti Hamzah, no tel 019-271 8846. Letak sekali kami minta bayar RM20 sebulan sahaja sampai hujung tahun.",
        ),
    ],
    [
        (
            "user",
            "Can you help me sort this list by amount owed? Yuran tertunggak: Tan Li Ying RM45, Harith Iskandar bin Fadzil RM150, Deepa a/p Ramasamy RM90, Aqif bin Musa RM30",
        ),
        (
            "assistant",
            "Sure, sorted from highest: 1) Harith Iskandar bin Fadzil – RM150 2) Deepa a/p Ramasamy – RM90 3) Tan Li Ying – RM45 4) Aqif bin Musa – RM30. Total outstanding RM315.",
        ),
        (
            "user",
            "Thanks. Draft a polite reminder for Harith's dad, sebab dia paling lama tak bayar, dah 5 bulan.",
        ),
    ],
    [
        (
            "user",
            "Saya jurulatih. Tolong tulis laporan kecederaan rasmi. Semalam 8.15 malam, pesilat Nurin Batrisyia binti Azhar (13 tahun) terkena tendangan di hidung semasa sparring, berdarah, kami bawa ke Hospital Sultanah Aminah. X-ray tunjuk retak tulang hidung.",
        ),
        (
            "assistant",
            "LAPORAN KECEDERAAN LATIHAN / Nama: Nurin Batrisyia binti Azhar (13) / Masa: 8.15 malam / Kejadian: terkena tendangan di hidung semasa sparring / Rawatan: dibawa ke Hospital Sultanah Aminah / Diagnosis: retak tulang hidung.",
        ),
        (
            "user",
            "Tambah juga nama pesilat lawan dia, Ain Maisarah binti Kamil, yang dah diberi teguran sebab tak kawal tendangan.",
        ),
    ],
    [
        (
            "user",
            "Nak tempah kumpulan kompang 20 orang untuk majlis kahwin saya 6 September, di rumah mak saya Lot 1123, Kampung Parit Baru, 83000 Batu Pahat, Johor. Berapa harga?",
        ),
        (
            "assistant",
            "Untuk 20 pemain kompang dengan arak-arakan pengantin, pakej biasanya sekitar RM800 hingga RM1,200 bergantung pada jarak dan tempoh. Boleh berikan nama dan nombor telefon supaya pihak persatuan boleh hubungi?",
        ),
        (
            "user",
            "Nama Nur Syazwani binti Jamaluddin, tel 0137764120. Pengantin lelaki nama Hafiz.",
        ),
    ],
    [
        ("system", "You are a helpful assistant for a cultural association's membership desk."),
        (
            "user",
            "Format ni jadi jadual: Lee Mun Yee, 940601-13-6398, penari, Kuching / Nurul Huda binti Ismail, 981014-11-5264, pemain gamelan, Kuala Terengganu / Muhammad Adib bin Roslan, 070805-04-0145, pemain kompang, Melaka",
        ),
        (
            "assistant",
            "| Nama | No. MyKad | Peranan | Bandar | / | Lee Mun Yee | 940601-13-6398 | Penari | Kuching | / | Nurul Huda binti Ismail | 981014-11-5264 | Pemain gamelan | Kuala Terengganu | / | Muhammad Adib bin Roslan | 070805-04-0145 | Pemain kompang | Melaka |",
        ),
        ("user", "Tambah column umur, kira ikut tarikh lahir dalam IC."),
    ],
    [
        (
            "user",
            "I need a reference letter for my student applying to Sekolah Sukan Bukit Jalil. Her name is Sharmila a/p Rajendran, 12, she's been training silat with us for 5 years and won gold at the Selangor MSSD Tanding Class B.",
        ),
        (
            "assistant",
            "Here's a draft: 'To the Admissions Committee, it is my pleasure to recommend Sharmila a/p Rajendran, who has trained with our association for five years and recently won gold in Tanding Class B at the Selangor MSSD championship...'",
        ),
        (
            "user",
            "Also mention she missed 4 months last year because of her mother's cancer treatment, but came back stronger.",
        ),
    ],
    [
        (
            "user",
            "Macam mana nak proses refund yuran pertandingan kalau peserta tarik diri sebab cedera?",
        ),
        (
            "assistant",
            "Biasanya: minta surat doktor, isi borang refund, dapatkan kelulusan bendahari, dan bayaran balik dibuat dalam 14 hari bekerja. Semak juga polisi refund kejohanan itu sendiri.",
        ),
        (
            "user",
            "Ok so case ni: Chong Kar Yan, bahu dislocate 2 minggu sebelum kejohanan. Refund RM80 ke akaun Hong Leong dia 21150048937. Tolong tulis memo untuk bendahari.",
        ),
    ],
    [
        (
            "user",
            "Draf surat pemecatan ahli. Encik Shahrul Nizam bin Abu Bakar, bekas bendahari, didapati menyeleweng RM4,800 wang yuran dari Julai hingga Disember 2025. Laporan polis dah dibuat.",
        ),
        (
            "assistant",
            "Berikut draf: 'Tuan, dengan dukacitanya dimaklumkan bahawa Jawatankuasa Persatuan telah memutuskan untuk menamatkan keahlian tuan berkuat kuasa serta-merta berikutan penemuan audit dalaman berhubung wang yuran...'",
        ),
        (
            "user",
            "Sebut juga dia perlu pulangkan semua kunci pejabat dan buku akaun sebelum 31 Januari.",
        ),
    ],
    [
        (
            "user",
            "Anak saya ada epilepsi tapi dah 2 tahun tak kena serangan. Boleh ke dia join silat?",
        ),
        (
            "assistant",
            "Ramai kanak-kanak dengan epilepsi terkawal boleh bersukan dengan selamat. Dapatkan surat pengesahan doktor, maklumkan jurulatih, dan elakkan sparring sentuhan penuh pada peringkat awal.",
        ),
        (
            "user",
            "Ok, nama penuh dia Muhammad Hakimi bin Sazali, 10 tahun, follow up di Hospital Sultanah Fatimah Muar. Tolong tulis nota untuk jurulatih pasal ubat dia, Epilim 200mg dua kali sehari.",
        ),
    ],
    [
        (
            "user",
            "Check tarikh luput pasport rombongan ke Jakarta Julai ni, minimum 6 bulan: 1. Amirul Haziq bin Azman A61729054 luput 02/10/2026 2. Siew Pui Yee A44081267 luput 15/03/2030 3. Faris Danial bin Khairi H29930518 luput 20/08/2026",
        ),
        (
            "assistant",
            "Untuk perjalanan Julai 2026, pasport mesti sah sekurang-kurangnya hingga Januari 2027. Amirul Haziq (luput 02/10/2026) dan Faris Danial (luput 20/08/2026) perlu memperbaharui pasport. Pasport Siew Pui Yee tiada masalah.",
        ),
        ("user", "Ok tolong tulis WhatsApp kat parents dua budak tu suruh renew segera."),
    ],
    [
        (
            "user",
            "my card kena charge twice for the band camp fee RM450, Maybank Visa 4543 1259 4525 9415. nama saya Grace Lourdes Fernandez. how do I complain?",
        ),
        (
            "assistant",
            "Sorry to hear that. First, email the association treasurer with both transaction dates and amounts and ask for a refund of the duplicate charge. If there is no response within 14 days, you can raise a dispute with Maybank.",
        ),
        (
            "user",
            "ok can you write the email for me? my member no is PCB-0377, anak saya Hannah main clarinet.",
        ),
    ],
]
