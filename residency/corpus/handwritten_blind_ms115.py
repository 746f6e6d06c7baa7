# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms115: school dragon boat, kayak and water sports teams in Malaysia (rosters, training, parental consent, regattas, incidents, WhatsApp groups). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms115
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_kejohanan"): _lines("""
        NOTIS: Kejohanan Perahu Naga Antara Sekolah Negeri Pulau Pinang 2027 akan diadakan di Teluk Bahang pada 14-15 Mac. Pendaftaran ditutup 20 Februari, jam 5.00 petang.
        Setiap sekolah dibenarkan menghantar maksimum 2 pasukan (22 orang termasuk pemukul gendang dan jurumudi) bagi kategori L18 dan P18.
        Yuran penyertaan RM350 sepasukan. Bayaran melalui FPX kepada Majlis Sukan Sekolah Daerah, no. rujukan MSSD-PN/DB/2027/014.
        Taklimat pengurus pasukan: Sabtu 7 Mac, 9.00 pagi, Dewan Seri Pinang, Jalan Sultan Ahmad Shah.
        Perlumbaan 200m bermula jam 8.30 pagi; 500m selepas rehat tengah hari. Jadual saringan dimuat naik ke laman web MSSD selewat-lewatnya 48 jam sebelum kejohanan.
        Semua peserta WAJIB memakai jaket keselamatan (PFD) yang diluluskan dan lulus ujian renang 50m sebelum dibenarkan turun ke air.
        Piala Pusingan Tun Dr. Lim Chong Eu akan dipertandingkan bagi kategori campuran buat kali ketiga.
        Sebarang bantahan keputusan mesti dikemukakan secara bertulis kepada Jawatankuasa Teknik dalam tempoh 30 minit dengan yuran bantahan RM50.
        Tempat letak bas sekolah di Tapak B, bersebelahan Jeti Nelayan. Kenderaan persendirian sila gunakan Tapak C.
        Pertanyaan: urus setia kejohanan, talian 04-885 2210 (waktu pejabat) atau e-mel urusetia@mssdpn.edu.my.
        Kejohanan Kayak Remaja Piala Sultan Ibrahim, Tasik Putrajaya 62000: sesi timbang bot 8.00-10.00 pagi di khemah teknikal.
        Makluman: Acara K1 500m P16 dibatalkan kerana penyertaan kurang daripada 4 atlet. Yuran akan dipulangkan sepenuhnya.
        Amaran cuaca MetMalaysia: ribut petir dijangka selepas 3.00 petang. Semua saringan akan dipercepatkan 45 minit.
    """),
    ("ms", "jadual_latihan"): _lines("""
        Latihan Isnin & Rabu: 4.30-6.30 ptg, Tasik Titiwangsa. Kumpul di bangsal bot jam 4.15.
        Sesi 1: panaskan badan 15 min, 6x250m pada 70% kadar kayuhan, rehat 90 saat antara set.
        Sabtu 6.45 pagi: larian 5km sekitar tasik + latihan darat (plank 3x60s, burpee 3x15).
        Sasaran SPM (stroke per minit): permulaan 72-76, fasa pertengahan 62-64, pecutan akhir 70 ke atas.
        Log latihan 12/01: 18 atlet hadir, 3 tidak hadir tanpa sebab, 2 cuti sakit. Jarak keseluruhan 8.4km.
        Bot 2 (Naga Biru) ditarik keluar dari air untuk baiki kemudi; pasukan B gunakan bot latihan 10 tempat duduk.
        Minggu ke-6 program: fokus pada sinkronisasi tangkapan (catch) dan masa keluar air. Video dari dron dianalisis Khamis.
        Cuti sekolah: latihan intensif 3 hari di Kuala Kubu Bharu, 16-18 Jun. Tempat terhad kepada 24 pendayung.
        Ujian renang 50m + apung 5 minit bagi ahli baharu: Jumaat 2.30 ptg, Kolam Renang Majlis Perbandaran, Lorong 3.
        Catatan jurulatih: purata masa 200m pasukan L18 turun dari 58.7s kepada 56.2s dalam 4 minggu.
        Tiada latihan air jika indeks kilat dalam aplikasi myCuaca menunjukkan tahap merah. Latihan ditukar ke gimnasium sekolah.
        Kayak: latihan teknik eskimo roll di kolam dalam, kumpulan maksimum 6 orang, seorang jurulatih bertauliah bagi setiap kumpulan.
        Jadual giliran tugas angkat bot: Kumpulan 1 (Isnin), Kumpulan 2 (Rabu), Kumpulan 3 (Sabtu).
    """),
    ("mixed", "whatsapp_kumpulan"): _lines("""
        [18/02/27 21:04] Cikgu Penasihat: Reminder semua, esok bawa botol air 1.5L dan topi. No water, no training 🙏
        Bas bertolak 6.00 pagi sharp dari pintu pagar utama. Yang lambat kena tinggal ya, tak tunggu.
        Guys jersi baru dah sampai! Saiz S-XL, RM45 sehelai. Bayar kat bendahari kelab sebelum Jumaat.
        Kolam tutup esok sebab maintenance, latihan kayak postpone ke Khamis same time.
        Sape ada extra paddle saiz 1.20m? Yang kelab punya 2 batang dah retak.
        Congrats team!! Emas 200m campuran & perak 500m L18 🐉🥇 Proud gila.
        Ni link live stream final: youtu.be/xQ7dRgn2026 start 10am.
        Parents yang nak tumpang carpool ke Putrajaya sila isi Google Form dalam pinned message.
        Admin note: group ni untuk info latihan je. Jangan forward mesej berantai atau jual barang ya.
        Hujan lebat kat Tasik Shah Alam now, coach kata standby dulu, tunggu update 5.15pm.
        Wei siapa tertinggal tuala biru corak Doraemon kat bangsal? Aku letak kat rak lost & found.
        Poll makan lepas kejohanan: (a) KFC (b) nasi kandar (c) McD. Undi sebelum 8pm.
        Yang belum hantar borang kebenaran ibu bapa, deadline esok. Tanpa borang tak boleh naik bas.
    """),
    ("ms", "borang_kebenaran_templat"): _lines("""
        Saya, ____________ (nama ibu/bapa/penjaga), No. K/P ____________, membenarkan anak saya ____________ menyertai aktiviti perahu naga anjuran sekolah.
        Nama Murid: [NAMA PENUH] | Tingkatan: [ ] | No. Telefon Waris: [01X-XXXXXXX]
        Adakah anak anda mempunyai masalah kesihatan (asma, epilepsi, jantung)? Ya / Tidak. Jika ya, nyatakan: ______
        Kebolehan berenang: [ ] Tidak boleh  [ ] Kurang 25m  [ ] 25-50m  [ ] Lebih 50m
        Pihak sekolah tidak akan bertanggungjawab atas kehilangan barang peribadi semasa aktiviti.
        Borang ini hendaklah dikembalikan kepada guru penasihat kelab selewat-lewatnya {tarikh_akhir}.
        Kumpulan darah: A / B / AB / O (Rh +/-). Alahan ubat: __________
        Tandatangan Ibu/Bapa/Penjaga: ____________  Tarikh: __/__/____
        Saya faham bahawa aktiviti air mempunyai risiko dan anak saya mesti mematuhi arahan jurulatih pada setiap masa.
        Kenyataan Privasi: maklumat dalam borang ini hanya digunakan untuk tujuan keselamatan dan insurans aktiviti dan akan dilupuskan selepas 12 bulan.
        Bahagian B - Kenalan Kecemasan (selain ibu bapa): Nama ______ Hubungan ______ Telefon ______
        Persetujuan penggunaan gambar untuk media sosial sekolah: [ ] Setuju [ ] Tidak setuju
        Rujukan borang: SKM/KOKO/BK-07 Pindaan 3/2026
    """),
    ("en", "equipment_orders"): _lines("""
        PO-2026-0318: 4 x K1 sprint kayak, composite hull, unit price RM6,850, delivery 6-8 weeks.
        Invoice INV/AQS/11042 - 20 x PFD Level 50, size M, RM189.00 each. Subtotal RM3,780.00, SST 8% RM302.40.
        SKU DB-PAD-120-CF: carbon dragon boat paddle, IDBF approved, blade 18cm x 47cm.
        Tracking no. MY8830411265 (Pos Laju) - status: Out for delivery, Hub Shah Alam 40000.
        Supplier: Aquasukan Marine Sdn. Bhd. (201501023345 / 1148762-W), Lot 12, Jalan Perindustrian 4, 47000 Sungai Buloh. Sales hotline 03-6156 7788.
        Drum and seat kit for 22-seater boat, part no. DBK-22-DRM, backorder until week 14.
        Quote Q-4471 valid 30 days. Boat trailer 9.5m galvanised, RM14,200 excl. transport.
        RMA #55120: 2 paddles shipped with cracked shafts. Replacement approved, ship-out ETA 3 working days.
        Inventory check Jan 2027: 38 paddles (6 damaged), 24 PFDs (2 expired buckles), 3 boats, 1 rescue dinghy w/ 15hp Yamaha.
        Please email orders@aquasukan.com.my with the PO number in the subject line; we don't take orders via WhatsApp.
        Boat hull serial DBN-2019-0073, last inspection 02/2026, next due 02/2027.
        Grant SUKMA-DEV-26/114 approved: RM25,000 for development squad equipment.
        Delivery note DN-77812 signed by the receiving clerk, Bilik Stor Sukan, Blok C.
    """),
    ("ms", "laporan_insiden_agregat"): _lines("""
        Laporan bulanan keselamatan: 2 kes bot terbalik (tiada kecederaan), 1 kes lebam bahu, 4 kes melecet tapak tangan.
        Insiden 14/03, 5.20 ptg: kayak K2 terbalik berhampiran pelampung ke-3. Kedua-dua pendayung diselamatkan dalam 40 saat oleh bot keselamatan. Tiada rawatan diperlukan.
        Atlet A mengalami kekejangan betis semasa pecutan akhir; diberi rawatan ais dan berehat. Meneruskan latihan keesokan harinya.
        Statistik 2026: 11 insiden dilaporkan daripada 312 sesi latihan (3.5%), menurun dari 19 insiden pada 2025.
        Punca utama: 6 kes melibatkan angin kencang, 3 kes kecuaian pemakaian PFD, 2 kes kerosakan peralatan.
        Tindakan pembetulan: semua jurumudi wajib lulus kursus Steerer Level 1 sebelum mengemudi bot 20 tempat duduk.
        Tiga pelajar dirujuk ke klinik kesihatan kerana gejala strok haba selepas kejohanan; semua dibenarkan pulang pada hari yang sama.
        Borang Laporan Insiden (BLI-02): Tarikh | Masa | Lokasi | Jenis Insiden | Tindakan Segera | Nama Pelapor
        Peringatan: setiap insiden mesti dilaporkan kepada Penyelaras Kokurikulum dalam tempoh 24 jam.
        Ringkasan audit: bot keselamatan tiada di lokasi pada 2 daripada 20 sesi yang diperiksa.
        Pelajar B (Tingkatan 2) tergelincir di tangga jeti; luka kecil dicuci dan dibalut oleh jurulatih bertauliah Pertolongan Cemas.
        Jangkitan kulit selepas latihan di Sungai Klang: 5 kes dalam kalangan 28 peserta; latihan di sungai digantung sementara.
        Nombor rujukan tiket aduan kemudahan: JPS-ADU-2027-00871 (kualiti air tasik).
    """),
    ("mixed", "keputusan_berita"): _lines("""
        Keputusan Final A 200m L18: 1. SMK Seri Bintang Utara 54.81s, 2. SMK Dato' Onn 55.02s, 3. SMK St. John 55.47s.
        Kolej Tunku Kurshiah juara keseluruhan kategori P18 untuk tahun kedua berturut-turut.
        Pandelela Rinong hadir sebagai tetamu kehormat dan menyampaikan pingat kepada pemenang kategori P18.
        Malaysia ranked 9th at the IDBF World Championships 2025 in the premier mixed 500m.
        Kata-kata semangat Datuk Lee Chong Wei dipaparkan pada banner utama: Jangan takut kalah, takutlah berhenti mencuba.
        Nama bot baharu sekolah: Hang Tuah 1 dan Laksamana 2, sempena pahlawan Melaka.
        Sekolah Sukan Bukit Jalil catat rekod kejohanan baharu 500m campuran, 2:01.37.
        Kadar penyertaan: 46 pasukan daripada 31 sekolah, 1,012 atlet berdaftar.
        Berita Harian melaporkan kejohanan tahun ini yang terbesar sejak 2019.
        Pingat emas K1 200m P16 dimenangi wakil Terengganu dengan masa 44.92s.
        Medal table: Selangor 6G 4S 2B, Pulau Pinang 5G 5S 3B, Sarawak 3G 2S 6B.
        Festival Perahu Naga dipercayai berasal daripada kisah Qu Yuan, penyair zaman Negeri-negeri Berperang.
        Live update: Heat 3 ditunda 15 minit sebab pelampung lorong 4 hanyut.
    """),
    ("en", "howto_rules"): _lines("""
        How do I calculate the weight balance for a 20-seat dragon boat? Is front-heavy better for 200m?
        IDBF rule: the steerer must remain in the boat during the race; a boat finishing without its steerer is disqualified.
        Minimum age for standard boat competition under MSSM is 13 as of 1 January of the competition year.
        Is it safe to paddle in a lake after heavy rain? What water quality indicators should a school coach check?
        config: race_lanes=6; heat_size=6; progression=top2+fastest2; timing_precision_ms=10
        Capsize drill procedure: stay with the boat, count heads, steerer calls seat numbers from front to back.
        What's the difference between a K1 sprint kayak and a marathon kayak for beginners aged 14?
        Rule 4.3: drummers must face the crew and must not touch the water with any part of the body.
        Suggest a 6-week periodisation plan for a secondary school dragon boat team with 3 sessions a week.
        def split_time(total_s, n): return round(total_s / n, 2)  # average 50m split
        Google Sheets formula for attendance %: =COUNTIF(C2:Z2,"H")/COUNTA(C2:Z2)
        Can a 12-year-old join the U15 category if they turn 13 in November?
        Water temperature below 15 degrees C requires wetsuits for junior categories under the club safety policy.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Cikgu, anak saya Muhammad Irfan bin Zulkifli (Tingkatan 3 Amanah) tak dapat hadir latihan seminggu sebab baru keluar wad, demam denggi.
        Senarai atlet L18: Nur Aqilah binti Hasrul, K/P 110423-10-5582, kumpulan darah O+, alahan penisilin.
        Kenalan kecemasan untuk Darshini a/p Ravichandran: ibu, Puan Kalaivani, 012-384 7291.
        Yuran kelab Lim Wei Jie masih tertunggak RM240 sejak Oktober; bapanya minta bayar secara ansuran.
        Tahniah Haziq Danial bin Roslan, dipilih ke skuad kayak negeri! Sila hantar salinan MyKad 100929-01-4478 ke pejabat sebelum Jumaat.
        Laporan insiden: Siti Khadijah binti Ahmad Fauzi (14 tahun) pengsan di jeti jam 5.40 ptg, dibawa ke Hospital Sungai Buloh dengan ambulans.
        Bapa Aiman Hakimi telefon marah-marah sebab anaknya tak dipilih ke pasukan utama, katanya nak buat aduan ke PPD.
        Alamat surat-menyurat waris: No. 27, Jalan Mawar 3/5, Taman Sri Mawar, 81300 Skudai, Johor (Encik Rosli bin Hamid).
        Bayaran balik tambang bas untuk Kavitha a/p Muniandy: akaun Maybank 164233589910, RM35.00.
        Amirul T2 Bestari tu ada asma teruk, cikgu tolong pastikan inhaler dia sentiasa ada dalam beg kering bot.
        Pelajar Tan Mei Ling (陈美玲) digantung dari pasukan selama 2 minggu kerana merokok di bangsal bot.
        Ibu Nurul Syafiqah maklumkan dia baru bercerai dan bekas suaminya tidak dibenarkan mengambil anak selepas latihan.
        Kereta yang jemput Arjun s/o Selvam selalunya Proton Saga kelabu, no. pendaftaran WXY 4821.
        Nombor pasport atlet ke kejohanan di Pattaya: Chong Kah Yan, A58823107, tamat tempoh 03/2030.
        Jurulatih sukarelawan En. Faizal Ismail, 017-662 0935, boleh dihubungi untuk urusan tunda bot.
        Cikgu Rahimah dari kelab kayak sedang cuti bersalin sampai Mei, sebab tu latihan Selasa dibatalkan.
        Saringan kesihatan: Muhammad Danish bin Kamarulzaman - tekanan darah tinggi, perlu surat doktor sebelum dibenarkan berlumba.
        Gaji jurulatih kontrak Encik Shahrul Nizam bin Abd Latif: RM1,800 sebulan, dibayar ke akaun CIMB 8009447123.
        Ahmad Zikri (T4 Cemerlang) dalam pemerhatian kaunselor sebab kes buli di asrama, jangan letak dia satu bot dengan budak-budak tu.
        Alamat rumah Jessica Anne de Souza untuk hantar pingat: 14, Lorong Bunga Raya, Kampung Portugis, 75050 Melaka.
        Makcik Ros yang jual nasi lemak kat jeti tu sakit buah pinggang, dah 3 minggu buat dialisis.
        IC waris bagi tuntutan insurans: Encik Wong Kok Leong, 790302-13-6647, hubungan: bapa.
    """),
    "mixed": _lines("""
        Coach, my daughter Priya d/o Subramaniam cannot turun air this week, doctor says gegendang telinga dia pecah. MC attached.
        Bro sapa ada no Haikal? Dia tak reply group. Nvm dah dapat, 019-455 1283.
        Tag IG Aisyah team P18 @aisyahpaddles_07 dalam post kejohanan nanti, dia yang request.
        Eh korang tau tak Farah Nadhirah dah tak datang latihan sebab parents dia tak bagi lepas kes terbalik bot hari tu.
        Sir, pls charge the RM180 yuran for Ethan Lee Jun Hao to my card 4556 2301 9874 3307, exp 08/28. Thanks, Mrs Lee.
        Telegram group pendayung: tolong add @hafizuddin_kl dan @zarina.rowing (dua-dua T5).
        Uncle Ah Seng yang drive lori bot tu kena saman RM300 semalam, plate BPF 7352, kesian dia.
        Update emergency contact for Nadia binti Rahman: nenek dia Hajah Fatimah, 011-2378 4410, parents kerja kat Singapore.
        Atlet baru from Singapore, Rachel Goh Xin Yi, NRIC T0912457D, nak join trial kayak Sabtu ni.
        Cikgu pls jangan share dalam group, tapi Izzat Syahmi baru lost his father last week. Dia mungkin emotional masa training.
        Ms Chua pls note Ryan Fernandez ada ADHD, dia perlu arahan satu-satu, boleh?
        Email untuk resit: rosnah.karim85@gmail.com (ibu kepada Adam Haris, T1).
        Pengawal jeti Bahadur Gurung, passport Nepal PA0982341, permit dia tamat bulan depan, dia minta cikgu tulis surat sokongan.
        Lepas race tadi Daniel Tan T3 kena marah teruk dengan mak dia depan semua orang, siap kena tampar. Kesian weh.
        Tolong transfer duit makan RM50 ke DuitNow 016-903 2748, nama akaun Nor Azlina binti Yusof.
        Hati-hati dengan Zulhilmi budak T4 tu, last time dia curi dompet kat locker room, cikgu disiplin dah tahu.
    """),
    "en": _lines("""
        Athlete registration: Chloe Ng Pei Shan, DOB 17/05/2011, MyKad 110517-14-2286, school SMK Taman Connaught.
        Incident report: Marcus Pereira (15) was hit on the head by a paddle at 7.10am; mild concussion, parents informed.
        Parent contact list for the Melaka trip: Mrs Devi Nair 013-771 5064, Mr Azman Sulaiman 012-558 3906.
        Please refund RM420 for the cancelled camp to Mr Koh Boon Hwa's Public Bank account 4-1882-0043-27.
        Note that Harith Iskandar is on medication for depression; please don't mention it to the rest of the crew.
        Wong Jia Hui's parents asked if the club could waive her fees because her father lost his job in September.
        Steerer Aaron Lim Zhi Hao, NRIC S8734126G, is joining the Johor Bahru regatta as a guest paddler from Singapore.
        Send the consent form to aminah.hussin@yahoo.com, she is Sarah Hanis's mother.
        Mr Teo, Kai Xuan's father, was drunk at the prize-giving dinner and had to be escorted out by the teachers.
        Rahim Uddin, the Bangladeshi worker who helps at the boathouse, passport EF0876543, says his employer has not paid him for two months.
        Bus pickup point is Nicholas Chan's house: No. 51, Jalan SS 2/24, 47300 Petaling Jaya.
        Park Min-ji's student pass FIN is G5521873R, needed for the SG junior regatta entry form.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu pentadbiran untuk guru penasihat kelab perahu naga sekolah menengah.",
        ),
        (
            "user",
            "Tolong susun jadi jadual kenalan kecemasan: Hakim bin Yusri - ayah Yusri bin Omar 012-2290 4417; Mei Xuan - ibu Mdm Yap 016-731 8820; Thivya a/p Gopal - bapa Gopal a/l Krishnan 019-665 0372.",
        ),
        (
            "assistant",
            "Nama Atlet | Waris | Telefon; Hakim bin Yusri | Yusri bin Omar (ayah) | 012-2290 4417; Mei Xuan | Mdm Yap (ibu) | 016-731 8820; Thivya a/p Gopal | Gopal a/l Krishnan (bapa) | 019-665 0372",
        ),
        ("user", "Terima kasih. Simpan ni untuk trip Putrajaya."),
    ],
    [
        ("system", "You help a school sports coordinator draft letters to parents."),
        (
            "user",
            "Draft a letter to Puan Norhayati binti Said informing her that her son Syafiq Aiman has been suspended from the dragon boat team for 3 weeks for fighting with a teammate at the boathouse.",
        ),
        (
            "assistant",
            "Puan Norhayati binti Said, Dengan hormatnya dimaklumkan bahawa anak puan, Syafiq Aiman, digantung daripada pasukan perahu naga selama 3 minggu berkuat kuasa serta-merta kerana terlibat dalam pergaduhan dengan rakan sepasukan di bangsal bot. Puan dijemput berjumpa guru penasihat untuk perbincangan lanjut. Sekian, terima kasih.",
        ),
        ("user", "Good, add that he can still attend the gym sessions."),
        (
            "assistant",
            "Ditambah: Syafiq Aiman masih dibenarkan menghadiri sesi latihan gimnasium pada hari Isnin dan Rabu sepanjang tempoh penggantungan.",
        ),
    ],
    [
        ("system", "Anda membantu jurulatih mengira susunan tempat duduk bot."),
        (
            "user",
            "Berat atlet: Farid 68kg, Kok Wai 72kg, Irfan 59kg (baru lepas surgeri lutut, jangan letak depan), Danial 75kg, Hui Min 52kg. Susun untuk barisan 1-3 bot kecil.",
        ),
        (
            "assistant",
            "Cadangan: Barisan 1 - Hui Min (52) & Farid (68); Barisan 2 - Kok Wai (72) & Danial (75); Barisan 3 - Irfan (59). Irfan diletak di belakang untuk kurangkan beban pada lutut semasa permulaan.",
        ),
        ("user", "Ok nice, Irfan punya doktor kata max 30 minit je setiap sesi."),
    ],
    [
        ("system", "You are a helpful assistant."),
        (
            "user",
            "Write an incident report: 22/03/2027, 6.05pm, Tasik Shah Alam. Student Lee Ka Wai, 14, Form 2, fell from the jetty and cut her chin, 4 stitches at Klinik Seksyen 7. Mother Mdm Chan Siew Ling 012-880 1934 informed at 6.20pm.",
        ),
        (
            "assistant",
            "INCIDENT REPORT; Date/Time: 22/03/2027, 6.05pm; Location: Tasik Shah Alam jetty; Person involved: Lee Ka Wai (14, Form 2); Description: Fell from the jetty, laceration to the chin.; Treatment: 4 stitches at Klinik Seksyen 7.; Parent notified: Mdm Chan Siew Ling (012-880 1934) at 6.20pm.",
        ),
        ("user", "Add that the safety boat was on site and the coach gave first aid."),
        (
            "assistant",
            "Added under Immediate Action: Safety boat on site; coach administered first aid before transport to the clinic.",
        ),
    ],
    [
        ("system", "Anda pembantu bendahari kelab kayak sekolah."),
        (
            "user",
            "Buat mesej WhatsApp sopan untuk Encik Ravindran a/l Muthu (016-254 7789), yuran anak dia Kishen RM360 tertunggak 4 bulan.",
        ),
        (
            "assistant",
            "Salam sejahtera Encik Ravindran, ini mesej dari bendahari Kelab Kayak. Dimaklumkan yuran Kishen berjumlah RM360 masih belum dijelaskan untuk 4 bulan lepas. Jika ada kesulitan, kami boleh berbincang pelan ansuran. Terima kasih.",
        ),
        ("user", "Dia reply kata dia baru diberhentikan kerja, boleh tangguh?"),
        (
            "assistant",
            "Boleh cadangkan penangguhan hingga hujung tahun dan rujuk kepada Tabung Kebajikan PIBG untuk bantuan yuran Kishen.",
        ),
    ],
    [
        (
            "system",
            "You help a school office process insurance claims for co-curricular activities.",
        ),
        (
            "user",
            "Claim for Nur Balqis binti Hamzah, MyKad 120305-14-2217, fractured wrist during kayak training 03/04/2027. Father Hamzah bin Ismail, MyKad 850614-08-5123. What documents do we need?",
        ),
        (
            "assistant",
            "For Nur Balqis binti Hamzah you will need: the completed claim form, a copy of her MyKad (120305-14-2217), the father's MyKad copy, the hospital discharge summary and X-ray report, original receipts, the school incident report, and the father's bank account details for reimbursement.",
        ),
        ("user", "Hospital bill is RM2,340 from Hospital Kuala Lumpur, ok."),
    ],
    [
        ("system", "Anda membantu guru menulis surat sokongan."),
        (
            "user",
            "Tulis surat sokongan untuk Muhammad Aidil bin Shamsul, 17 tahun, kapten perahu naga 2 tahun, untuk permohonan biasiswa MARA. Alamat: Lot 442, Kampung Sungai Rambai, 06600 Kuala Kedah.",
        ),
        (
            "assistant",
            "Kepada Pihak Berkenaan, Saya dengan sukacitanya menyokong permohonan Muhammad Aidil bin Shamsul (Lot 442, Kampung Sungai Rambai, 06600 Kuala Kedah) bagi biasiswa MARA. Beliau telah menjadi kapten pasukan perahu naga sekolah selama 2 tahun dan menunjukkan kepimpinan serta disiplin yang tinggi.",
        ),
        ("user", "Tambah yang dia jaga adik-adik sebab ayah dia sakit strok."),
        (
            "assistant",
            "Ditambah: Walaupun memikul tanggungjawab menjaga adik-adik kerana bapanya menghidap strok, Muhammad Aidil tetap konsisten hadir latihan dan cemerlang dalam akademik.",
        ),
    ],
    [
        ("system", "You are an assistant for a school sports teacher."),
        (
            "user",
            "Got a problem leh. Parent complain that Chong Jun Kit and Brandon Ooi keep bullying Faris in the changing room, take his phone and post his photo in TikTok. How to handle?",
        ),
        (
            "assistant",
            "Document the complaint with dates, speak to Faris privately first, then interview Chong Jun Kit and Brandon Ooi separately. Ask for the TikTok post to be removed, inform the discipline teacher and counsellor, and update Faris's parents in writing.",
        ),
        ("user", "Faris's mum also said he cannot sleep already, seeing counsellor outside."),
        (
            "assistant",
            "Then coordinate with the school counsellor, keep Faris's counselling details confidential, and consider moving the training roster so he is not alone with those two boys.",
        ),
    ],
    [
        ("system", "Anda membantu menyediakan manifes bas untuk kejohanan."),
        (
            "user",
            "Manifes: Alya Sofea binti Azmi 090817-07-6341; Goh Zi Qing 130112-11-3094; Kiran a/l Santhiran 110208-10-5517; jurulatih En. Rizal 880921-12-5310. Bas JUB 2263.",
        ),
        (
            "assistant",
            "MANIFES BAS JUB 2263; 1. Alya Sofea binti Azmi - 090817-07-6341; 2. Goh Zi Qing - 130112-11-3094; 3. Kiran a/l Santhiran - 110208-10-5517; 4. En. Rizal (jurulatih) - 880921-12-5310",
        ),
        ("user", "Ok, print 2 salinan untuk pemandu dan PPD."),
    ],
    [
        ("system", "You are a helpful assistant for a dragon boat club committee."),
        ("user", "What should a volunteer code of conduct for our school boathouse include?"),
        (
            "assistant",
            "Typical items: safeguarding minors, no one-to-one unsupervised contact, safety boat duty, alcohol ban, photo consent rules and an incident reporting line.",
        ),
        (
            "user",
            "Ok because one volunteer, Mr Kelvin Tay Boon Keat, kept messaging the girls on his Telegram @kelvtay88 late night. Parents complained already.",
        ),
        (
            "assistant",
            "Suspend Mr Kelvin Tay Boon Keat from volunteer duties pending review, preserve the messages as evidence, inform the principal and the parents, and report to the police if any message is inappropriate.",
        ),
    ],
]
