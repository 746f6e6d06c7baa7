# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms48: persatuan penduduk dan rukun tetangga (rondaan, mesyuarat, yuran, aduan jiran, kenduri, kumpulan WhatsApp). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms48
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis persatuan"): _lines("""
        NOTIS MESYUARAT AGUNG TAHUNAN KALI KE-12 Persatuan Penduduk Taman Seri Mutiara akan diadakan pada Ahad, 14 Disember 2026, jam 9.00 pagi di Dewan Serbaguna Taman Seri Mutiara.
        Agenda: 1) Ucapan Pengerusi 2) Pengesahan minit MAT 2025 3) Laporan Kewangan 2025/26 4) Usul-usul 5) Pemilihan AJK sesi 2026-2028 6) Hal-hal lain.
        Usul hendaklah dihantar secara bertulis kepada Setiausaha sekurang-kurangnya 7 hari sebelum tarikh mesyuarat.
        Kuorum MAT ialah 1/3 daripada jumlah ahli berdaftar atau 50 orang, mengikut mana yang lebih rendah (Fasal 9(3) Perlembagaan Persatuan).
        No. Pendaftaran Persatuan: PPM-014-10-28052012 (Jabatan Pendaftaran Pertubuhan Malaysia).
        Skim Rondaan Sukarela (SRS) KRT Taman Desa Harmoni – jadual bulan Januari 2027 akan diedarkan selepas mesyuarat AJK 20/12.
        Makluman: Pintu pagar utama (Jalan Harmoni 1) akan ditutup dari 12.00 tengah malam hingga 6.00 pagi mulai 1 Jan 2027. Penduduk sila guna pintu masuk Jalan Harmoni 8.
        Sempena Hari Kebangsaan, setiap rumah digalakkan mengibarkan Jalur Gemilang mulai 1 Ogos hingga 16 September.
        Bengkel Kesedaran Pencegahan Jenayah bersama PDRM IPD Petaling Jaya akan diadakan di Surau Al-Hidayah, SS 19, pada 10 Jan 2027 selepas Zohor.
        Kelas mengaji kanak-kanak di Surau Ar-Rahman bermula semula selepas cuti sekolah; yuran RM40 sebulan, daftar di kaunter surau.
        NOTIS GOTONG-ROYONG PERDANA: Sabtu 20/12/2026, 7.30 pagi, berkumpul di padang permainan Jalan Tun Dr Ismail 3. Sarapan disediakan.
        Notis ini dikeluarkan oleh Setiausaha Kehormat bagi pihak Jawatankuasa. Sebarang pertanyaan sila hubungi pejabat persatuan di 03-6156 2290 (Isnin–Jumaat, 9 pg–5 ptg).
        Lawatan YB ADUN Kota Anggerik ke Taman Seri Mutiara untuk meninjau masalah longkang tersumbat dijadualkan pada Jumaat ini jam 3 petang.
    """),
    ("ms", "kumpulan WhatsApp"): _lines("""
        Assalamualaikum & selamat pagi semua 🌤️ jgn lupa buang sampah pukal esok, lori MBSA dtg pagi.
        Lampu jalan depan taman permainan padam lagi, dah report kat apps MBPJ, no aduan ADN-2026-1204-33871.
        Sapa nampak kucing oren pakai loceng biru? Hilang sejak semalam area Jln 5 🙏
        Admin: Group ni untuk hal ehwal taman je ye. Jualan & iklan sila post di group Bazaar Taman Seri Mutiara.
        [05/12/2026, 21:14] Bendahari PPTSM: Terima kasih kpd semua yg dah jelaskan yuran Disember 👍
        Mesej dan panggilan disulitkan hujung-ke-hujung. Tiada sesiapa di luar sembang ini, malah WhatsApp, boleh membaca atau mendengarnya.
        Hati2 scam! Ada org mengaku dari TNB minta bayar bil tertunggak guna link. TNB Careline yg sah ialah 15454, jgn klik apa2 link.
        Air Selangor ada gangguan bekalan dari 10 mlm sampai 6 pg, rujuk notis rasmi kat web diorg. Hotline 15300.
        Malam ni ronda ikut jadual Team C ye. Kalau ada apa2 call pondok guard dulu, jgn call 999 utk benda remeh 😅
        Ok noted. Nanti sy bagitau AJK lain.
        Siapa ada tangga panjang nak pinjam kejap, nak tukar mentol porch 😂
        Admin telah menukar tetapan kumpulan supaya hanya admin boleh menghantar mesej.
        Pengumuman: Pak Abu Mini Market tutup awal hari ni, jam 6 ptg. Esok buka macam biasa.
        Tengok Upin & Ipin episod Kak Ros jadi AJK rondaan, sebijik macam taman kita hahaha
    """),
    ("ms", "yuran dan kewangan"): _lines("""
        Yuran penyelenggaraan 2027: RM35 sebulan (rumah teres), RM50 (semi-D & banglo), RM20 (rumah kedai, caj rondaan sahaja).
        Bayaran boleh dibuat ke akaun CIMB atas nama PERSATUAN PENDUDUK TAMAN SERI MUTIARA, No. Akaun 8603881127.
        Invois No. INV-PPTSM-2026-12-0871 | Tempoh: 01/12/2026–31/12/2026 | Amaun: RM35.00 | Status: Belum dibayar
        Rujukan FPX: 2026120521140533871 | Bank: Maybank2u | Status: Berjaya | Amaun RM105.00
        Kadar kutipan yuran Nov 2026: 71.4% (213 daripada 298 unit). Sasaran 2027: 85%.
        Penyata ringkas: Baki awal RM18,240.55; Kutipan RM89,410.00; Perbelanjaan (kawalan keselamatan) RM72,000.00; Baki akhir RM35,650.55.
        Kontrak pengawal keselamatan dgn Perisai Bestari Security Sdn Bhd (No. SSM 202101034417) diperbaharui 24 bulan pada kadar RM6,000/bulan.
        Resit No. R/2026/00418 – Sumbangan Tabung Khairat Kematian – RM10.00 – Terima kasih.
        Nota: Bayaran tunai hanya diterima di pejabat persatuan setiap Sabtu 9 pg – 12 tgh. Sila minta resit rasmi bercop.
        QR DuitNow persatuan dah dikemaskini, ID DuitNow: PPTSM-2019 (akaun organisasi). Jangan bayar ke QR lain walaupun nampak sama.
        Caj lewat bayar RM5 dikenakan bagi setiap bulan tertunggak melebihi 90 hari, berkuat kuasa 1 Mac 2027 (keputusan MAT 2026).
        Anggaran kos kenduri Maulidur Rasul: nasi beriani 400 pax @ RM9.50 = RM3,800; khemah & kerusi RM1,200; sound system RM350.
    """),
    ("ms", "aduan dan agensi"): _lines("""
        Aduan longkang tersumbat telah dikemukakan melalui SISPAA, no. rujukan SISPAA/2026/KPKT/55102. Status: Dalam tindakan.
        Kecemasan kebakaran hubungi 994, ambulans & polis 999. Talian Kasih 15999 untuk isu keganasan rumah tangga dan kebajikan.
        Balai Polis Damansara Utama terletak di Jalan SS 21/39, 47400 Petaling Jaya; laporan polis juga boleh dibuat secara dalam talian.
        Aduan jiran berkaitan anjing menyalak perlu dibuat terus kepada Jabatan Kesihatan & Persekitaran PBT; persatuan tiada kuasa penguatkuasaan.
        Pokok tumbang di Persiaran Sultan Ibrahim dah dialihkan oleh pasukan Alam Flora pagi tadi. Terima kasih semua yg report.
        Klinik Kesihatan Seksyen 7 buka sampai 9.30 malam setiap Isnin–Khamis mulai Jan 2027.
        Aduan: bunyi bising kerja ubahsuai melebihi waktu dibenarkan (8 pg – 6 ptg, Isnin–Sabtu). Kontraktor dah ditegur oleh guard, rujukan log G-1207.
        Sekolah Kebangsaan Tunku Abdul Rahman Putra minta penduduk tidak letak kereta di laluan bas sekolah antara 6.45–7.30 pagi.
        Indah Water akan jalankan kerja nyahenap cemar tangki septik secara berjadual; caj ikut bil rasmi IWK sahaja, jgn bayar tunai kpd sesiapa.
        Laporan kecurian dibuat di IPD Kajang, no. laporan KAJANG/012345/26 — polis minta rakaman CCTV dari jam 2 hingga 4 pagi.
        Menurut statistik PDRM, kes pecah rumah di daerah ini turun 18% berbanding 2025 selepas SRS diaktifkan.
        Pejabat JPNIN Daerah Petaling: Tingkat 3, Wisma Persekutuan, Jalan Barat, 46200 Petaling Jaya. Waktu pejabat 8 pg – 5 ptg.
        Hospital Sultanah Aminah adakan kempen derma darah di Dewan Orang Ramai Taman Pelangi pada 21 Dis.
    """),
    ("ms", "kenduri dan gotong-royong"): _lines("""
        Kenduri doa selamat & jamuan akhir tahun persatuan: 27 Dis 2026, lepas Isyak, di dewan. Semua penduduk dijemput, tak kira bangsa & agama 🤝
        Menu: nasi minyak, ayam masak merah, dalca sayur, acar buah, air sirap bandung. Hidangan vegetarian pun ada.
        Sesiapa nak rewang, datang Jumaat malam kupas bawang & potong ayam. Bawa pisau sendiri 😄
        Pasukan kompang Surau Al-Amin akan mengiringi perarakan; lagu penutup 'Getaran Jiwa' ciptaan Tan Sri P. Ramlee.
        Senarai tugasan gotong-royong: Kumpulan A – cuci longkang Jln 1-4; Kumpulan B – potong rumput padang; Kumpulan C – cat semula pondok guard.
        Pot luck Deepavali & Krismas: setiap lorong bawa 2 hidangan, daftar hidangan kat Google Form yg admin share.
        Khemah 20x20 kaki x 3 unit, kerusi plastik 150 buah, meja bulat 15 buah – tempahan disahkan, rujukan TMP-3391.
        Pertandingan mewarna kanak-kanak bawah 12 tahun: hadiah utama baucar buku RM100 tajaan Popular Bookstore.
        Cabutan bertuah guna nombor kupon, bukan nama. Kupon bernombor 0001–0400 diedar di meja pendaftaran.
        Terima kasih kepada Restoran Nasi Kandar Mak Jah atas sumbangan 200 bungkus nasi 🙏
        Jangan lupa bawa bekas sendiri, kita nak kurangkan polisterin.
        Lepas kenduri sampah diasingkan: tong hijau (kertas), biru (plastik), coklat (sisa makanan).
        Majlis tahun ni akan dirasmikan oleh Datuk Bandar Shah Alam dalam kapasiti rasmi beliau.
    """),
    ("en", "RA minutes and bylaws"): _lines("""
        Minutes of the 3rd AJK Meeting 2026, held on 22 Nov 2026 at 8.30 pm, RA Clubhouse. Present: 9 committee members; apologies: 2.
        Item 2.1: The Chairperson reported that the guardhouse CCTV upgrade (8 cameras, NVR 4TB) was completed on 15 Nov at a cost of RM12,480.
        Resolved: the Treasurer shall present monthly collection figures in aggregate only; individual arrears will not be tabled in open meetings.
        Bylaw 7(b): Members in arrears for more than six months shall not be eligible to vote at the AGM but may attend as observers.
        Action item: Secretary to write to MBSJ regarding the clogged monsoon drain along Jalan USJ 2/4. Due: 15 Dec.
        Meeting adjourned at 10.42 pm. Next meeting: 17 Jan 2027 (TBC).
        The RA's registered address is the Clubhouse, Lot PT 4421, Jalan Bukit Ria, 56000 Kuala Lumpur; all correspondence to the Hon. Secretary.
        RC note: residents may call the Town Council's 24-hour essential maintenance hotline for lift breakdowns and water leaks.
        Our WhatsApp Community has 3 sub-groups: Announcements (admins only), Security & Patrol, and Marketplace. Current membership: 412.
        The Chair closed with 'Good fences make good neighbours' — Robert Frost, 'Mending Wall' (1914).
        Proposal to name the new pocket park after Tunku Abdul Rahman was deferred pending council approval.
        Ticket #RA-HELP-00917 closed: visitor QR app v2.4.1 fixes the pass-expiry bug (build 9f3c2ab, released 2026-11-28).
    """),
    ("zh-Hans", "华人居民群"): _lines("""
        各位住户早安，本周六早上8点大扫除（gotong-royong），请大家准时到 Jalan Mutiara 1 游乐场集合。
        管理费从2027年1月起调整为每月RM40，详情请看附件通告（编号 RA/2026/12/03）。
        提醒：有骗子冒充 Pos Malaysia 发短信说包裹地址不完整，千万不要点链接！
        今晚巡逻由 C 组负责，遇到可疑人物请立即打 999 或通知保安亭。
        居协年度聚餐：12月20日晚上7点，在 Restoran Ah Chai 海鲜楼，每位RM45，儿童半价。
        TNB 明天上午9点到下午3点在 Jalan Mutiara 3-7 停电维修，请提前准备。
        群规：不准发政治、宗教敏感内容；不准转发未经证实的消息；广告请发到二手群。
        孙中山先生当年在槟城筹划革命的历史，就是本月文化讲座的主题，欢迎参加。
        居协注册编号 PPM-007-14-11032015，银行户口只有一个：Public Bank 3190224508，户名 Persatuan Penduduk Taman Mutiara。
        本月共收到投诉 23 宗：噪音 9 宗、乱停车 8 宗、垃圾 6 宗。
        新春团拜将邀请本区国会议员以官方身份致辞。
        收到，谢谢分享 👍
        Ah Fook 咖啡店（Jalan Mutiara 2）星期一休息，不是倒闭哦 😂
    """),
    ("ms", "templat dan panduan data"): _lines("""
        Templat jadual rondaan: Tarikh: {tarikh} | Syif: {syif} | Ketua Team: {nama_ketua} | No. Tel: {no_tel} | Catatan: {catatan}
        Borang Keahlian (KOSONG): Nama Penuh: __________ No. KP: ______-__-____ Alamat: __________ Tel: __________
        Panduan AJK: jangan sekali-kali kongsi gambar kad pengenalan, slip gaji atau penyata bank penduduk dalam kumpulan WhatsApp.
        Senarai penduduk tertunggak yuran hanya boleh dilihat oleh Bendahari dan Pengerusi, disimpan dalam folder Google Drive berkunci.
        Di bawah Akta Perlindungan Data Peribadi 2010 (Akta 709), data peribadi hanya boleh diproses untuk tujuan yang dimaklumkan kepada subjek data.
        Contoh nombor telefon dalam panduan ini (01X-XXX XXXX) hanyalah format, bukan nombor sebenar.
        Rakaman CCTV disimpan 30 hari sahaja dan hanya diserahkan kepada PDRM atas permintaan bertulis.
        Formula semakan yuran dlm Google Sheets: =IF(COUNTIF(Bayaran!B:B,A2)>0,"Jelas","Tertunggak")
        Semakan format MyKad dalam borang online: ^[0-9]{6}-[0-9]{2}-[0-9]{4}$ (semak format sahaja, data tidak disimpan).
        Apabila penduduk berpindah, padamkan nombor mereka daripada senarai pondok guard dalam tempoh 14 hari.
        Notis Privasi: maklumat yang anda berikan (nama, no. rumah, no. kenderaan) digunakan untuk kad akses sahaja dan tidak dikongsi dengan pihak ketiga.
        Log pelawat (contoh paparan): 05/12/2026 14:22 | Kenderaan: [DISEMBUNYIKAN] | Unit: [DISEMBUNYIKAN] | Tujuan: Penghantaran
        Aplikasi Pondok Guard v3.2.0 (build 20261201) kini menyembunyikan 4 digit akhir nombor IC pelawat secara automatik.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Jadual rondaan malam Sabtu: Team B – En. Khairul Anuar bin Mat Saad (012-774 3190), Mr. Rajesh a/l Muniandy (016-238 5512). Kumpul kat pondok guard 11.30mlm.
        Borang keahlian PPTBI: Nama: Noraini binti Abdul Ghani, No. KP: 790322-10-5324, Alamat: No. 27, Jalan Bukit Indah 3/12, Taman Bukit Indah, 81200 Johor Bahru.
        Salam semua, mohon doakan Pn. Salmah Yusof rumah no. 14 Jln Mawar 3, baru keluar HSA semalam lepas kemo kali ke-4 (kanser payudara). Jgn ramai2 ziarah dulu ye.
        Myvi putih VBK 4471 tu En. Faizal Hakim punya kan? Dah 3 hari parking depan pagar rumah no. 8, tolong alihkan.
        Yuran bulan Dis boleh bank in ke akaun Maybank 164288103327 atas nama Norhayati binti Hassan (bendahari), lepas tu share resit kat group.
        Untuk makluman, anak Pak Ismail Lorong 5, Muhammad Hafiz bin Ismail (22), dah didakwa di Mahkamah Majistret Petaling Jaya bawah Seksyen 379A curi motor. Kes sebut semula 12 Jan.
        Senarai tertunggak >6 bulan: 1) No. 3 – Tan Chee Wai (RM180) 2) No. 19 – Suresh Kumar a/l Rajoo (RM240) 3) No. 41 – Rohani bt Said (RM210).
        Siapa nak tumpang beli barang kenduri, WhatsApp Kak Ida (Idayu Kamal) 013-290 4478 atau emel idayu.kamal88@gmail.com sebelum Khamis.
        Penyewa baru rumah No. 9 Jalan Kenanga 2 ialah warga Indonesia, Agus Santoso, No. pasport C4471823, permit kerja sampai Mac 2027.
        IC Pn. Zaitun binti Othman 540817-03-5196 untuk tuntutan khairat kematian suami dia dah saya terima, tak payah hantar lagi.
        Resit FPX: Pembayar MOHD AZRUL BIN KAMARUDIN, No. Akaun xxxx-xxxx-7781, Alamat bil: No. 52 Jln Seroja 5, Tmn Seroja, 43000 Kajang.
        Dr. Anita Mahmud rumah no. 33 tu sebenarnya kena buang kerja dari klinik sebab kes salah preskripsi, adik dia sendiri yg cerita.
        Abg Din (Shahrudin Mokhtar) tak dapat ronda bulan ni sebab baru lepas angioplasti kat IJN, no tel dia 019-443 2108 kalau nak ziarah.
        Bendahari lama, Encik Roslan bin Hamid tu, gaji RM6,500 sebulan tapi yuran RM30 pun tak nak bayar, malu lah.
        RC Zon 4 Bedok: Cik Faridah Rahmat, Blk 412 Bedok North Ave 2 #08-117, NRIC S8412736A, daftar sbg sukarelawan rondaan.
        Awas! Lelaki ni – Lokman bin Saari, IC 910505-14-6671, tinggal Flat PKNS Blok C-3-12 – disyaki pecah masuk rumah di Seksyen 7. Dah buat report polis.
        Jemputan Walimatul Urus anakanda Nur Aisyah binti Kamal & Muhammad Irfan bin Zakaria, 20 Dis 2026, di No. 5 Jalan Cempaka 2/4, Taman Cempaka, Ampang. RSVP Pn. Rosnani 012-668 1042.
        Eh sori tersalah hantar 😅 4539 1488 0343 6467 exp 08/28 – kad Rosnah nak bayar catering.
        Plat motor yg curi helmet semalam WPM 3382, CCTV rumah no 17 nampak jelas muka dia, budak tu Amir anak Kak Jah blok belakang.
        Sesiapa nak join group Telegram rondaan, PM @zul_ronda_ss19 (Zulkarnain Hamzah, rumah 2A Jln SS19/6).
        Makcik Kiah (Rokiah binti Deraman) rumah no. 61 tu dah nyanyuk teruk, anak dia kat Dubai, selalu keluar malam tak pakai selipar. Kalau jumpa tolong hantar balik.
        Pendaftaran kenderaan penduduk: Honda City VFE 8821, pemilik Lee Siew Ling, unit A-12-3 Residensi Bayu Puchong, sticker no. 0412.
        Aduan bising: jiran unit B-7-02 (Encik Kumar Selvam, tinggal dgn 3 pekerja asing tanpa permit) karaoke sampai 2 pagi hari-hari.
        Alamat utk hantar bubur lambuk: Cik Wan Nurul Huda, 18-2, Jalan PJU 1/41, Dataran Prima, 47301 Petaling Jaya. Tel 011-2607 5533.
        IC saya 880214-08-6213, nama Ahmad Fadzli bin Rosli, nak daftar kad akses pintu pagar utk rumah No. 44 Lrg Damai 7.
        Anak saudara saya Syafiq Haikal, 15 thn, OKU pendengaran. Kalau dia tak jawab bila guard tegur tu bukan kurang ajar ye. Kami rumah no. 21 Jln Damai 2.
        No En. Azman Kadir jiran blok D utk sewa khemah: 012 - 55 80 917, kalau tak angkat WA je.
        Pn. Chong Mei Ling rumah no. 38 dah 4 bulan tak bayar sewa, kena buang kerja katanya, dan dah diisytihar bankrap — nama dia keluar dlm notis MdI.
        Mesyuarat AJK: Setiausaha baru En. Harith Iskandar bin Zamri, emel harith.zamri@yahoo.com, tel 014-338 2291, IC untuk borang ROS 930716-01-5487.
        Bapak saya Hj. Mokhtar Yaacob (74) dah masuk wad psikiatri Hospital Bahagia Ulu Kinta minggu lepas, jadi kami tak dapat ikut rombongan RT.
    """),
    "en": _lines("""
        Hi all, my mum Madam Goh Ah Lian (82) from Blk 215 Serangoon Ave 4 #05-233 went missing this morning, she has dementia, pls call me 9123 4476 if seen.
        RC volunteer registration: Name: Muthu Krishnan s/o Ramasamy, NRIC T0571628J, HP 8765 2390, Blk 127 Jurong East St 13 #11-402.
        Complaint re unit 14-07 (Mr. Daniel Wong Kar Hoe): his dog bit my son last week, vet & clinic bills attached. His car WXT 2210 also blocks the fire lane.
        Welcome new residents! Ms. Priya Nair & her husband Arvind moved into No. 6, Jalan SS 21/37, Damansara Utama. Priya's number 012-903 4418 for the baking class.
        Worker staying at Blk 88 #03-15 Tampines St 81: Rahim Uddin, FIN F2260819M, employer says permit expires Feb.
        Minutes item 4: Mr. Ong Boon Kiat (IC 760908-07-5331) removed as bank signatory; new signatory Mdm. Saroja d/o Pillai, IC 680115-05-5002.
        Anyone here a lawyer? My neighbour Jason Teh Wei Ming at No. 12 Jalan Kiara 3 is suing me in the Sessions Court (WA-B52NCvC-118-09/2026) over a fallen tree.
        For the CNY open house pls transfer RM20 to Public Bank 4992133870 (Lim Siew Peng) and WhatsApp proof to 016-228 9013.
        Found a wallet near the playground — IC belongs to Nur Syafiqah binti Ramli, 020930-10-0812, address No. 3, Jln 4/3B, Taman Desa Baiduri, Cheras. Pls tag her family.
        Guard log 02:14: resident Mr. Harjit Singh (House 77) came back drunk, argued with the guard and damaged the boom gate; incident report IR-2026-112 filed.
    """),
    "zh-Hans": _lines("""
        各位邻居，我爸爸陈国华（78岁）中风住在 Pantai 医院，这个月没法巡逻，有事请联系我 012-338 9018。
        新住户登记：姓名 王丽娟，中国护照 E58214736，身份证 350203198806142320，租住 Jalan SS2/24 No. 18，电话 017-332 8901。
        收管理费：请转账到 Hong Leong 21501889446（户名 Tan Mei Fong，财政），备注门牌号码。
        那辆每晚停在别人家门口的 Honda CR-V，车牌 BNK 8826，车主是 12 号的黄志强，已经讲了三次了。
        林太（林美玲）的儿子林俊豪上个月因为吸毒被抓，现在关在 Sungai Buloh，大家不要在群里讨论了。
        我表哥杜家辉从香港过来，HKID K582917(8)，下星期住我家 No. 7 Jalan Mutiara 9，请保安放行。
        喜宴邀请：刘建明 & 郑慧敏 12月27日晚7点 Restoran Ah Chai 海鲜楼，RSVP 慧敏妈妈 016-552 0391。
        张伯伯（张德福）住 Taman Connaught Jalan 5 No. 22，他的银行卡 5196 1720 4455 8104 在 pasar malam 掉了，有人捡到请还给他。
        我们邻居何国胜开 Grab，工资只有 RM2,300 还要养三个孩子，大家捐一点吧，他的 TNG eWallet 号码 011-2689 4405。
        业主 Ooi Beng Huat 的 MyKad 681203-07-5513 我已经拿去 Pejabat Tanah 办 strata title 了。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu AI untuk Persatuan Penduduk Taman Sri Muda. Bantu AJK menulis notis dan jadual.",
        ),
        ("user", "Tolong buat jadual rondaan minggu ni, 2 syif, 2 org setiap syif"),
        (
            "assistant",
            "Baik. Syif 1: 11 mlm – 2 pg, Syif 2: 2 pg – 5 pg. Boleh beri nama dan nombor telefon ahli yang bertugas?",
        ),
        (
            "user",
            "Syif 1 Zamri Hashim 013-227 6610 & Kamal Ariff 017-552 9034, syif 2 Gopal a/l Subramaniam 012-880 4172 & Wong Kah Meng 016-390 7725",
        ),
        ("assistant", "Siap, jadual telah disusun mengikut syif di atas."),
    ],
    [
        ("user", "Nak tulis surat rayuan kepada AJK pasal caj lewat yuran untuk jiran saya"),
        ("assistant", "Boleh. Siapa nama penuh beliau dan apa sebab lewat bayar?"),
        ("user", "Nama dia Siti Rohana binti Yaakob"),
        ("user", "IC 850412-10-5642, rumah No. 16 Jalan Seri Mutiara 4"),
        (
            "user",
            "Dia baru bercerai dan dirawat untuk kemurungan sejak Ogos, tu yg tak terurus bil",
        ),
        (
            "assistant",
            "Baik, saya akan draf surat rayuan yang sopan memohon pengecualian caj lewat atas dasar ihsan.",
        ),
    ],
    [
        (
            "system",
            "You are a helpful assistant for residents' associations in Malaysia.",
        ),
        (
            "user",
            "Help me write a complaint to MBPJ about my neighbour's illegal extension",
        ),
        (
            "assistant",
            "Sure. Please share the address of the property and any details of the works.",
        ),
        (
            "user",
            "Owner is Mr. Teoh Chin Lai, No. 48 Jalan SS 2/64, 47300 PJ. He built a 2nd floor at the back with no permit, contractor lorry BPK 6613 parks on the road daily.",
        ),
        (
            "assistant",
            "Here is a draft letter to MBPJ's Building Control Department describing the unapproved extension at that address.",
        ),
    ],
    [
        ("user", "帮我写一则居协群公告，说下星期的巡逻换人"),
        ("assistant", "好的，请告诉我原本值班的人和代替的人。"),
        (
            "user",
            "原本是郑永发，他心脏病发刚做了搭桥手术，在 Sunway 医院；换成他儿子郑嘉豪，电话 018-227 6093",
        ),
        ("assistant", "明白，公告会简单说明换班，不提及具体病情，可以吗？"),
        ("user", "可以"),
    ],
    [
        ("user", "Ni minit mesyuarat AJK semalam, tolong ringkaskan"),
        (
            "user",
            "Hadir: Pengerusi, Setiausaha, Bendahari. Perkara 3: Bendahari lapor En. Rizal bin Aziz (No. 102) tertunggak RM420 dan telah diberi notis akhir; beliau juga maklumkan diberhentikan kerja dari Proton bulan Sept.",
        ),
        (
            "assistant",
            "Ringkasan: Perkara 3 – tunggakan RM420 oleh En. Rizal bin Aziz (rumah 102) setelah beliau diberhentikan kerja; notis akhir dikeluarkan.",
        ),
    ],
    [
        ("user", "Macam mana nak urus data penduduk ikut PDPA?"),
        (
            "assistant",
            "Kumpul data minimum, maklumkan tujuan, hadkan akses kepada AJK yang perlu, dan padam bila tak diperlukan lagi.",
        ),
        ("user", "Ok. Tolong format ni jadi jadual"),
        (
            "user",
            "Aminah Bakar, 15 Jln Mawar 1, 019-220 4518\nLoh Chee Keong, 17 Jln Mawar 1, 012-661 3049\nDevi Ramasamy, 19 Jln Mawar 1, 011-1880 2746",
        ),
    ],
    [
        (
            "system",
            "Bot pendaftaran pelawat Pondok Guard Taman Delima. Tanya nama, kenderaan dan rumah yang dilawati.",
        ),
        ("assistant", "Selamat datang. Nama pelawat?"),
        ("user", "Farid Azman bin Hussin"),
        ("assistant", "No. kenderaan?"),
        ("user", "PKR 5521"),
        ("assistant", "Rumah yang dilawati?"),
        ("user", "No. 12 Jalan Delima 4, rumah mak saya Pn. Kamsiah"),
        ("assistant", "Terima kasih, pas pelawat dijana. Sah sehingga 11.59 malam."),
    ],
    [
        ("user", "Our RC wants to start a befriending list for seniors living alone"),
        (
            "assistant",
            "That's a great initiative. You can record consent, contact details and preferred visiting times.",
        ),
        (
            "user",
            "First one: Mr. Tan Ah Huat, 86, Blk 305 Ubi Ave 1 #04-281, NRIC S7719044I, diabetic with a leg amputation, lives alone since his wife passed.",
        ),
        ("assistant", "Noted. Would you like a consent form template to go with it?"),
    ],
    [
        ("user", "Saya nak order nasi ambeng 30 talam untuk kenduri tahlil"),
        ("assistant", "Baik. Tarikh, masa dan alamat penghantaran?"),
        ("user", "Sabtu 13/12, 7 mlm"),
        ("user", "Alamat: No. 9, Jalan Anggerik 6/2, Taman Anggerik, 41200 Klang"),
        ("user", "Nama penerima Norazlina Abd Rahman, tel 017-445 8206"),
        (
            "assistant",
            "Tempahan direkod. Deposit 50% boleh dibayar melalui pautan yang akan dihantar.",
        ),
    ],
    [
        (
            "user",
            "Saya admin group WhatsApp taman. Boleh ke saya post senarai ni untuk malukan yg tak bayar yuran?",
        ),
        (
            "user",
            "1) Baharom Daud No.7 RM360 2) Lee Chong Meng No.23 RM300 3) Parvathi d/o Nadarajan No.31 RM270",
        ),
        (
            "assistant",
            "Saya tidak syorkan. Mendedahkan tunggakan individu dalam group boleh melanggar prinsip PDPA dan memalukan penduduk; lebih baik hantar peringatan secara peribadi.",
        ),
    ],
]
