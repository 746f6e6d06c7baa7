"""Blind check set ms36: Malay and Manglish sports and recreation (futsal and badminton leagues, larian amal, pendaftaran kejohanan, kelab memancing, gym, sukan sekolah). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms36
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "peraturan liga futsal"): _lines("""
        Liga Futsal Komuniti Shah Alam 2026: setiap pasukan boleh daftar maksimum 12 pemain, minimum 8 pemain.
        Perlawanan 2 x 20 minit masa berhenti, rehat 10 minit. Kad kuning kumulatif 3 = gantung 1 perlawanan.
        Yuran penyertaan RM350 satu pasukan, termasuk jersi bernombor dan insurans kemalangan berkelompok.
        Pasukan yg lewat lebih 15 minit dari masa sepak mula akan dikira kalah walkover 3-0. Takde tolak ansur.
        Semua pemain WAJIB pakai kasut futsal tapak getah, kasut stud x dibenarkan langsung dlm gelanggang.
        Bantahan keputusan mesti dihantar secara bertulis kpd Setiausaha Kejohanan dlm tempoh 30 minit selepas perlawanan bersama deposit RM100.
        Jadual Kumpulan A minggu ke-3: Mat Rempit FC vs Geng Otai Seksyen 7, 8.30 mlm, Gelanggang 2, Arena Futsal Sri Muda.
        Kedudukan terkini Kumpulan B: Kilat Utd 12 mata (GD +9), Pahlawan Bangi 10 mata, Spartan Kajang 7 mata, Lanun FC 3 mata.
        Gelanggang ditutup utk penyelenggaraan lantai pd 14-16 Januari; tempahan dipindahkan automatik ke Gelanggang 4.
        Tempahan gelanggang: RM80/jam (8am-6pm), RM120/jam (6pm-12am). No. tempahan anda: AFS-2026-04417.
        Pengadil bertauliah FAM Tahap 2 diperlukan bermula peringkat suku akhir dan ke atas.
        Johan liga akan mewakili daerah ke Piala Sultan Selangor Futsal Terbuka peringkat negeri bulan Ogos nanti.
        Semua perlawanan mengikut Undang-Undang Permainan Futsal FIFA edisi 2025/26 kecuali dinyatakan lain oleh urus setia.
        Geng, malam ni kita main 5 sebelah je, goalkeeper rotate setiap 5 minit. Sape lambat belanja teh o ais.
    """),
    ("ms", "larian amal"): _lines("""
        Larian Amal Hijau 2026 - 5KM Fun Run & 10KM Competitive, flag off 6.45 pagi di Dataran Merdeka.
        Yuran: RM55 (5KM), RM75 (10KM); sebahagian kutipan disalurkan kpd Persatuan Kanser Kanak-Kanak Malaysia.
        Pengambilan race kit: 7-8 Mac, 11am-8pm, Atrium Mid Valley. Bawa e-mel pengesahan dan MyKad asal, salinan x diterima.
        Cut-off time utk 10KM ialah 1 jam 45 minit; peserta yg melebihi masa akan dinaikkan ke dalam sweeper bus.
        Stesen air setiap 2.5KM, stesen perubatan di KM5 dan garisan penamat, dikendalikan oleh St John Ambulans Malaysia.
        Jalan Tun Perak dan Jalan Raja Laut akan ditutup sementara dari 5.30 pagi hingga 10.00 pagi pada hari acara.
        Kecemasan semasa acara, hubungi Bilik Gerakan urus setia 03-2691 7788 atau terus dail 999.
        Statistik rasmi: 4,812 peserta mendaftar, 4,377 tamat, purata masa 10KM ialah 1:08:42.
        Medal finisher dan e-sijil akan diemel dlm 14 hari bekerja. Invois #INV-LAH-2026-003318 boleh dimuat turun di dashboard.
        Kutipan bersih RM186,450 telah diserahkan kepada Tabung Wad Kanak-Kanak Hospital Tunku Azizah pada 2 April.
        Race kit anda telah dipos melalui Pos Laju, no. tracking ER882104537MY. Anggaran sampai 3-5 hari bekerja.
        Keputusan rasmi dan gambar larian boleh disemak di laman web dgn memasukkan nombor bib anda.
        Tips: jgn cuba kasut baru masa race day, nanti melecet. Minum air cukup 2 hari sebelum larian.
        Pacer 10KM disediakan untuk sasaran 55 minit, 60 minit, 70 minit dan 80 minit - cari belon berwarna.
    """),
    ("en", "badminton group chat"): _lines("""
        Court booked already at Dewan Badminton SS2, 8-10pm Thursday, court 5 & 6. RM18 per head ah, pay later also can.
        Shuttle want buy Yonex AS-30 or RSL Classic? AS-30 now RM135 per tube at the sports shop wor, expensive gila.
        Who free this Sat for doubles? Need 2 more players, intermediate level can lah, don't need pro.
        Eh the string tension 28 lbs too high for you la bro, later elbow pain then you know.
        Wah last night Aaron Chia and Soh Wooi Yik match damn syok, one rally 54 shots sia.
        Lee Chong Wei retired since 2019 but still the GOAT la, no need debate.
        BWF ranking update this week: MAS men's doubles top 3 still, women's doubles climb to no. 11.
        Uncle at the counter say dewan close for Hari Raya from 30 Mar to 2 Apr, so no game that week ok.
        Grip replacement RM8, restring with BG66 Ultimax RM38 at Kedai Sukan Ah Seng, Jalan Ipoh. Quite fast one, 1 hour can take.
        Pls transfer to the club account for Feb session, ref "FEB26 BADMINTON", invoice no BC-0226-117.
        Guys reminder pls bring your own towel and water bottle, the water cooler rosak already.
        Next month we try Axiata Arena ah, the court floor there very power, the lighting also not silau.
        Score 21-19, 18-21, 21-16, ok la not bad for kaki bangku team like us 😂
    """),
    ("ms", "sukan sekolah"): _lines("""
        Kejohanan Olahraga MSSD Petaling Utama 2026 akan berlangsung di Stadium MBPJ pada 18-20 Mac.
        Setiap sekolah boleh menghantar maksimum 2 atlet bagi setiap acara individu kategori L12, P12, L15, P15, L18 dan P18.
        Rumah Sukan: Hang Tuah (Merah), Hang Jebat (Biru), Hang Kasturi (Kuning), Hang Lekiu (Hijau).
        Markah keseluruhan Hari Sukan: Hang Jebat 312, Hang Tuah 298, Hang Lekiu 276, Hang Kasturi 240. Tahniah Rumah Biru!
        Murid diingatkan memakai baju T rumah sukan dan membawa botol air sendiri. Raptai umum hari Jumaat jam 7.30 pagi.
        Ibu bapa dimohon mengisi ruangan "Masalah Kesihatan" dalam borang kebenaran sekiranya berkenaan dan serahkan kepada guru kelas.
        SK Sultan Hisamuddin Alam Shah menjuarai acara 4x100m L12 dengan catatan 52.41s, rekod baharu kejohanan.
        Sekolah Sukan Bukit Jalil membuka pengambilan murid Tingkatan 1 ambilan 2027; permohonan melalui portal KPM sehingga 30 Jun.
        Pertandingan bola jaring antara kelas Tingkatan 2 akan diadakan semasa waktu PJ minggu depan.
        Atur cara: 8.00 pagi perbarisan kontinjen, 8.30 ucapan Pengetua, 9.00 akhir 100m, 10.30 acara sukaneka prasekolah.
        Mesyuarat Jawatankuasa Sukan Sekolah Bil. 2/2026 akan diadakan di Bilik Gerakan pada 14 Feb, 2.30 petang.
        Sijil penyertaan MSSM akan diedarkan melalui guru penasihat kelab dan persatuan masing-masing.
        Markah PAJSK bagi penyertaan peringkat daerah ialah 8 markah, peringkat negeri 12 markah.
    """),
    ("ms", "kelab memancing"): _lines("""
        Pertandingan Memancing Kolam Terbuka Kelab Pemancing Sungai Buloh, hadiah utama RM5,000 tunai + joran Shimano.
        Tiket RM60 satu joran, maksimum 2 joran seorang. Umpan hidup x dibenarkan, dedak & umpan roti ok.
        Ikan patin terberat menang; timbang di kaunter urus setia sebelum 6 petang. Keputusan pengadil adalah muktamad.
        Trip casting Tasik Kenyir 3H2M, RM850 seorang termasuk bot, rumah bot & makan. Slot tinggal 4 je.
        Ingat, memancing dlm kawasan Taman Negara perlu permit PERHILITAN. Jgn main hentam, nanti kena saman.
        Info air pasang Pelabuhan Klang esok: pasang besar 4.12 ptg (5.3m), surut 10.27 pg (0.8m).
        Promo Kedai Pancing Haji Ramli Enterprise, Jalan Kuala Selangor: tali PE8 braid 300m RM45 je, stok terhad.
        Saiz minimum siakap yang boleh dibawa balik ialah 35 cm; yang kecik tu lepaskan balik, bagi dia besar dulu.
        Mesyuarat Agung Tahunan Kelab Memancing Rekreasi Kuantan kali ke-12 pada 25 Mei di Dewan Orang Ramai Tanjung Lumpur.
        Rekod kelab: tenggiri 14.6 kg (2024), GT 23.1 kg (2025). Target tahun ni pecahkan 25kg!
        Set up udang galah: mata kail no. 4, perambut 30cm, ladung 2 oz. Umpan cacing tiruan pun boleh jalan.
        Lesen memancing Tasik Banding boleh dimohon di Pejabat Perikanan Daerah Gerik, RM10 setahun.
    """),
    ("en", "gym notices"): _lines("""
        Your membership at Fitness First Sunway Pyramid will auto-renew on 01/03/2026. Amount: RM229.00. Ref: FF-RNW-88217340.
        Celebrity Fitness year-end promo: 12 months at RM99/month, no joining fee. T&C apply.
        Gym closed on 31 Aug for Hari Merdeka. Open as usual 1 Sept, 6am-11pm.
        Please wipe down equipment after use. Dumbbells put back on rack ok, don't simply letak on the floor.
        MyGym app v4.12.3 release notes: fixed crash when scanning QR at entrance, added Bahasa Malaysia UI.
        Locker rental RM15/month. Lost key replacement RM30. Lost & found items kept 30 days at front desk only.
        Personal training package: 10 sessions RM900, 20 sessions RM1,600. InBody body composition scan included.
        Reminder: members cannot share access card. Incidents recorded on CCTV will be referred to management.
        Order #SP-260214-00938817 - 2x whey protein 2lb chocolate, RM318.00, shipped via J&T, tracking 630188492017.
        Guys the squat rack near the window spoil already, bolt loose, jangan guna dulu k.
        Careline 1-300-88-8321 (Mon-Fri 9am-6pm) for billing and membership freeze enquiries.
        "Light weight baby!" - Ronnie Coleman quote painted on the wall beside the deadlift platform, very motivating one.
        Class timetable: Body Pump Mon/Wed 7.30pm, Zumba Tue 8pm, Spin Sat 9am, Yoga Sun 10am. Book via app 24h in advance.
    """),
    ("ms", "templat pendaftaran"): _lines("""
        Nama Penuh (seperti dalam MyKad): ____________ No. MyKad: ______-__-____ Tarikh Lahir: __/__/____
        Saiz Jersi: XS / S / M / L / XL / 2XL / 3XL (sila bulatkan satu sahaja)
        Waris kecemasan: [Nama Waris], [No. Telefon Waris], [Hubungan dengan Peserta]
        Notis PDPA: Maklumat peribadi anda akan digunakan semata-mata untuk tujuan pendaftaran kejohanan dan insurans, dan tidak akan didedahkan kepada pihak ketiga.
        Urus setia: simpan borang bertulis dalam kabinet berkunci dan musnahkan salinan fizikal 6 bulan selepas kejohanan tamat.
        Jangan hantar gambar IC dalam group WhatsApp pasukan; upload terus ke Google Form rasmi sahaja.
        Hai {nama_peserta}, pendaftaran anda untuk {nama_acara} telah diterima. No. rujukan: {ref_id}.
        Saya, ________________ (No. K/P: ________________), dengan ini mengaku bahawa saya sihat tubuh badan dan layak menyertai acara ini.
        Peserta bawah 18 tahun wajib mendapatkan tandatangan ibu bapa/penjaga dalam Bahagian C.
        Eksport CSV mengandungi lajur: bib_no, kategori, nama, no_ic, tel, emel, saiz_baju, waris_nama, waris_tel.
        Pendaftaran ditutup 28 Feb 2026, 11:59:59 PM (GMT+8) atau apabila kuota 3,000 peserta penuh.
    """),
    ("ms", "berita sukan"): _lines("""
        Datuk Nicol David menjuarai Kejohanan Skuasy Terbuka Dunia sebanyak lapan kali sepanjang kerjayanya.
        Pandelela Rinong memenangi pingat gangsa terjun platform 10m di Sukan Olimpik London 2012.
        Datuk Lee Chong Wei meraih tiga pingat perak perseorangan lelaki di Olimpik 2008, 2012 dan 2016.
        Allahyarham Mokhtar Dahari atau "Supermokh" kekal dikenang sebagai legenda bola sepak negara.
        Tunku Abdul Rahman memperkenalkan Pestabola Merdeka pada tahun 1957 sempena kemerdekaan Tanah Melayu.
        Stadium Nasional Bukit Jalil mampu menampung kira-kira 87,000 penonton selepas kerja naik taraf.
        Beregu lelaki Aaron Chia/Soh Wooi Yik meraih gangsa di Olimpik Tokyo 2020 dan Paris 2024.
        Azizulhasni Awang, "The Pocket Rocketman", meraih perak acara keirin di Olimpik Tokyo 2020.
        Stadium Sultan Ibrahim di Iskandar Puteri menjadi gelanggang tuan rumah Johor Darul Ta'zim.
        Atlet para Ziyad Zolkefli memenangi emas lontar peluru F20 di Sukan Paralimpik Rio 2016.
        Liga Super 2025/26 menyaksikan purata kehadiran 6,240 penonton setiap perlawanan, meningkat 11% berbanding musim lalu.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Pendaftaran 10KM Lelaki Terbuka: Muhammad Haziq bin Roslan, No. MyKad 970312-10-5527, tel 013-782 4419, saiz jersi L.
        Waris kecemasan: Puan Rohaya binti Ismail (ibu), 019-335 1782, No. 27, Jalan Cempaka 3/2, Taman Cempaka, 68000 Ampang, Selangor.
        Bang, nama sy Amirul Hakim bin Sulaiman, IC 010715-14-0893, nak claim refund larian yg dibatalkan, akaun Maybank 5621 4408 9173.
        Cikgu, anak sy Nur Aisyah Sofea binti Khairul kelas 4 Bestari SK Taman Melawati ada asma teruk, tolong jgn bagi dia masuk acara 800m.
        Ahli baru Kelab Memancing Rekreasi Kuantan: Zulkifli bin Abu Bakar, 58 thn, pesara polis, tinggal Lorong Beserah 7, Kuantan, tel 017-905 2261.
        Pemain Spartan Kajang, Faris Iskandar bin Jamil, disahkan koyak ligamen ACL lutut kiri semalam, doktor kata kena operate dan rehat 9 bulan.
        Senarai pemain Pahlawan Bangi: 1) Syafiq Danial bin Mohd Nor 990821-06-5311, 2) Irfan Hakimi bin Zainal 000204-10-6643.
        Pas parking ahli gym utk Myvi putih WVK 3381 atas nama Ahmad Rizal bin Saad, no. ahli 00482, sah sampai Dis 2026.
        Ko tau Hafiz Zulkarnain budak Kg Baru tu? Kena reman 4 hari sebab tumbuk pengadil lepas final futsal semalam, kes dia naik Mahkamah Majistret Jalan Duta minggu depan.
        Sy Nurul Syafiqah binti Azman nak tukar kategori dr 10KM ke 5KM sbb doktor kata sy mengandung 3 bulan. Emel sy syafiqah.azman92@gmail.com.
        Resit yuran kelab: Diterima daripada Encik Kamarul Ariffin bin Daud, No. Ahli KPSB-0217, No. K/P 780925-02-5163, sebanyak RM120.
        Tolong pos jersi ke alamat sy: Siti Khadijah binti Omar, Blok C-12-3, Pangsapuri Seri Mutiara, Jalan PJU 10/1, 47830 Petaling Jaya. 012-664 3198
        Dilampirkan slip gaji Encik Hairul Nizam bin Mokhtar (gaji pokok RM3,850 sebulan) utk permohonan pelan ansuran keahlian gym 24 bulan.
        Pemenang cabutan bertuah basikal: NORAZLINA BT HASHIM (K/P 8503xx-08-xxx4), Taman Pertama, Ipoh. Sila tuntut hadiah sebelum 30 April.
        Atlet L15 Danish Haikal bin Shahrul, SMK Seksyen 9 Shah Alam, tarikh lahir 14/06/2011, ada sejarah sawan (epilepsi), sila maklum pasukan perubatan.
        Abg Jo yg jaga kaunter gym tu, nama penuh Johari bin Mat Isa, baru keluar lokap minggu lepas, kes dadah kata org.
        Yuran futsal RM25 seorang, DuitNow terus ke 011-2874 5530 (Aina Batrisyia binti Rahim), ss resit dlm group ye.
        Tekanan darah 165/100 dan ada kencing manis jenis 2 - peserta Ramli bin Che Mat, 62 thn, BIB 5021, perlu pemantauan di KM5.
        Nak join group WA Liga Futsal Bangi? PM Azrul Hisyam 014-227 6051, dia admin, cakap je Pakcik Man suruh.
        Nama: Kavitha a/p Subramaniam | K/P: 880417-07-5128 | Kategori: Veteran Wanita 5KM | Saiz: M
        Tolong ambikkan race kit kawan sy Lee Mei Ling, dia tinggal No. 8, Lorong Mayang Pasir 3, 11950 Bayan Lepas, Pulau Pinang.
        Adik sy Muhd Aqil Fahmi, 13 thn, Tingkatan 1 SMK Bandar Baru Bangi, dah dpt tawaran Sekolah Sukan Bukit Jalil tp gagal saringan jantung sbb ada lubang injap.
        Caj penalti lewat RM50 telah ditolak daripada kad 5200 3711 4468 3903 milik Puan Zarina binti Ahmad.
        Utk urusan visa Thai Open Veteran: Mohd Firdaus bin Kassim, pasport A41827365, tamat tempoh 11/2029.
        Suami sy Shahrizal bin Hamdan pengsan masa larian Ahad lepas, skrg masih di ICU Hospital Serdang. Boleh bg info tuntutan insurans peserta?
        Tuntutan jurulatih sambilan Mac: Faizal bin Azmi, 22 jam x RM80 = RM1,760, bayar ke CIMB 7062 1938 4405 21.
        Peserta: Puteri Nur Balqis binti Zamri, emel balqis.zamri03@gmail.com, tel 011-5630 2278, alamat Lot 1129 Kampung Padang Jawa, 40200 Shah Alam.
        Maklumat bot: tekong Encik Rusli bin Awang, No. K/P 690314-11-5097, lesen vesel TRF 4471, tel 013-911 2086.
        Coach, Mohd Khairul Anuar bin Ibrahim dpt MC 5 hari sebab demam denggi, platlet rendah, x dapat main perlawanan Sabtu.
    """),
    "en": _lines("""
        Eh bro my WhatsApp 016-772 3094, name Darren Ong Kah Wai, pls add me into the Thursday badminton group.
        Hi admin, register 2 pax: me (Jason Tan Wei Jie, IC 920506-14-6217) and my wife Michelle Goh Pei Shan, IC 930811-10-5342.
        Refund pls to my card 4123 4567 0012 8836, cardholder Kevin Raj a/l Murugan, order #LAH-10482.
        Singapore participant: Tan Jia Hui, NRIC S8834172D, mobile +65 9127 4408, category Women Open 10KM.
        Our company futsal team got one Indonesian guy, Budi Santoso, FIN G5523018N, works at Tuas, contact 8362 1947.
        New visiting member from Shenzhen: Liu Xiaochen, resident ID 440305198907142311, WeChat lxc_shuttle89, plays Sunday sessions.
        HK veterans team captain Chan Ka Ho, HKID Y482017(5), mobile 9612 3487, arriving KLIA2 on 14 Mar, pls arrange van.
        Trainers pls note: member Aaron Lim Zhi Hao (ID FF-0038821) just had angioplasty, doctor letter says no HIIT for 6 months.
        Bro, Vinod Krishnan's address for the trophy delivery: 23A, Jalan SS 2/64, 47300 Petaling Jaya. He say leave with guard can.
        Found a wallet at court 3, IC inside belongs to Wong Kah Mun, 870223-08-5586, pls collect at counter before 11pm.
        My InBody today 96.4kg, body fat 34%, BP 150/95, doc say pre-diabetes already - Rajesh Kumar a/l Balan, member #2231
        You know Steven Yap Chee Meng from Sunday group? Kena sued by the gym for RM14k unpaid PT fees, Sessions Court KL next month.
        The black Vellfire VBH 2208 blocking the jetty ramp is Mr. Ravi Chandran's one, call him 012-330 8841.
        Taiwanese triathlete joining our ride: Lin Yu-Ting, ID B227319468, DOB 1994-07-22, staying at my place in Cheras.
        Pls update my email to haziqfaris.runs@yahoo.com, DOB 03/09/1995, member name Haziq Faris bin Hamdi.
        Lucky draw winner Mdm Chong Siew Lan (IC ending -5386) from Taman Desa Jaya Kepong, pls call her at 03-6272 4419.
        Coach Farid Hussin's daughter Alya, Darjah 5 at SK Bukit Damansara, was taken to hospital after fainting at sports day, suspected heat stroke.
        Jeremy Loh Kian Seng the futsal academy head coach gets RM6,500 basic + RM1,200 allowance, don't tell the others ah.
        Emergency contact: Mrs. Priya Nair (mother) 017-224 9031, blood type O+, allergic to penicillin - runner Arjun Nair, BIB 20117.
        Ah Boy's full name is Tan Kok Leong, stays at Blk 412 Bedok North Ave 2 #08-117 Singapore 460412, he coming down for the KL tourney.
        Pls deduct monthly fee from Nicholas Teoh's card 4542 0133 0981 2261, exp 08/28, he already approve by phone.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu pendaftaran Larian Amal Hijau 2026. Jangan simpan nombor IC dalam sejarah perbualan.",
        ),
        ("user", "hi nak daftar 5KM boleh lagi ke"),
        (
            "assistant",
            "Boleh, slot 5KM masih dibuka. Boleh berikan nama penuh seperti dalam MyKad?",
        ),
        ("user", "Nor Hidayah binti Salleh"),
        ("user", "IC 950228-03-5610, tel 019-447 8152"),
        ("assistant", "Terima kasih, pautan pembayaran RM55 telah dihantar melalui SMS."),
    ],
    [
        ("user", "hi, badminton club fee last month double charged leh"),
        ("assistant", "Sorry about that! Can you share the receipt number so we can check?"),
        ("user", "BC-0126-088 and BC-0126-089"),
        ("assistant", "Found it, we will reverse one charge. Which card should we refund to?"),
        ("user", "same card, 5200 3711 4468 3903, name on card Lim Siew Ping"),
    ],
    [
        ("user", "Urus setia, pemain kami cedera teruk kat gelanggang 2 tadi"),
        ("assistant", "Maaf mendengarnya. Adakah ambulans sudah dipanggil?"),
        (
            "user",
            "Dah, dia dibawa ke Hospital Kajang. Nama dia Khairul Amri bin Yusof, no 9 Spartan Kajang, tulang kering patah",
        ),
        ("assistant", "Baik, kami akan buka laporan insiden dan hubungi pihak insurans."),
        ("user", "IC dia 020519-10-6123 kalau perlu utk borang"),
    ],
    [
        ("user", "hi i want to freeze my gym membership"),
        ("assistant", "Sure, freezes are allowed up to 3 months. May I know the reason?"),
        (
            "user",
            "Starting chemo next week for breast cancer, member no FF-0051277, Grace Chua Li Ying",
        ),
        (
            "assistant",
            "We're sorry to hear that. The freeze is approved from 1 Feb, no fee will be charged.",
        ),
    ],
    [
        ("user", "Salam, nak booking bot utk trip pancing Kuala Kedah 20hb"),
        ("assistant", "Waalaikumsalam. Berapa orang dan nak pakej penuh hari atau separuh hari?"),
        ("user", "4 org, penuh hari"),
        ("assistant", "Baik, deposit RM200. Sila beri nama dan alamat utk resit."),
        (
            "user",
            "Mohd Nazri bin Ghazali, No 15 Jalan Mergong 2, Taman Mergong Barrage, 05150 Alor Setar. Tel 012-507 3319",
        ),
    ],
    [
        ("system", "You answer parents' questions for SK Taman Sri Gombak sports day."),
        ("user", "my son in 3 Cemerlang, can he skip the long run?"),
        (
            "assistant",
            "Parents can request an exemption with a medical reason. What is the concern?",
        ),
        (
            "user",
            "his name Ethan Lau Jun Kai, severe peanut allergy and mild asthma, he carries EpiPen in his bag",
        ),
        ("assistant", "Noted. We will inform the PE teacher and first aid team."),
    ],
    [
        ("user", "register for KL Open veterans badminton, Singapore team"),
        ("assistant", "Welcome! Please list each player's full name and identification number."),
        ("user", "Ong Beng Huat T0267431E"),
        ("user", "and me, Ho Siew Kee S9051266H"),
        ("assistant", "Thank you, both players are registered under Team SG Veterans."),
    ],
    [
        ("user", "boss nak tanya pasal trip kenyir"),
        ("assistant", "Boleh, ada apa yang nak ditanya?"),
        ("user", "kawan sy Rizwan nak ikut tp dia x ada whatsapp, call terus nombor dia"),
        ("user", "017-63"),
        ("user", "80 9924"),
        ("assistant", "Baik, nanti kami call Encik Rizwan utk sahkan slot."),
        ("user", "nama penuh dia Rizwan bin Abdul Latif, org Kuala Berang"),
    ],
    [
        ("user", "hello, got car blocking my car at the futsal centre carpark"),
        (
            "assistant",
            "Sorry for the trouble. Can you share the plate number? We will announce it.",
        ),
        ("user", "silver Axia JQR 5156"),
        (
            "assistant",
            "Our records show it belongs to a registered player, Mr. Suresh a/l Gopal, we are calling him now.",
        ),
    ],
    [
        (
            "user",
            "Saya nak buat aduan rasmi, semalam lepas game futsal ada org pukul adik saya kat parking",
        ),
        ("assistant", "Maaf atas kejadian itu. Adakah laporan polis sudah dibuat?"),
        ("user", "dah, report IPD Kajang KJG/RPT/004417/26"),
        (
            "user",
            "yg pukul tu Azman bin Harun, pemain Lanun FC, IC 890112-10-5893. adik sy Amir Daniel patah hidung",
        ),
        ("assistant", "Kami akan bawa perkara ini ke Jawatankuasa Disiplin liga."),
    ],
]
