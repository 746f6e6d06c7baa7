# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms119: school and club netball and hockey teams in Malaysia. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms119
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_kejohanan"): _lines("""
        NOTIS: Kejohanan Bola Jaring MSSD Petaling Perdana 2027 (B12 & B15) akan berlangsung pada 14-16 Mac 2027 di Kompleks Sukan Kelana Jaya. Pendaftaran pasukan ditutup 28 Feb, 5.00 ptg.
        Yuran penyertaan RM150 setiap pasukan, bayar ke akaun MSSD Petaling Perdana, Bank Islam 12029010045871. Sila nyatakan kod sekolah (cth. BEA1234) sebagai rujukan.
        Cabutan undi Hoki B14 Lelaki: Kumpulan A – SMK Seafield, SMK USJ 12, SMK Subang Utama, SMK Tun Hussein Onn. Kumpulan B – SMK Sultan Abdul Samad, SMK Damansara Jaya, SMK Sri Permata, SMK Bandar Baru Sg Buloh.
        Perlawanan akhir Hoki MSSN Perak dipindahkan ke Stadium Azlan Shah, Ipoh, kerana padang di Manjung sedang dibaik pulih.
        Semua pasukan wajib hadir mesyuarat pengurus pasukan pada 10 Mac 2027, 2.30 ptg di Bilik Gerakan PPD, Aras 2.
        Tarikh tutup penyerahan borang e-Sukan: 21/02/2027 23:59. Borang lewat tidak akan diproses oleh sistem.
        Pakaian: pemain bola jaring wajib memakai bib posisi (GS, GA, WA, C, WD, GD, GK) berwarna kontras; kuku dipotong pendek dan tiada barang kemas.
        Pengadil bertauliah MNA Tahap 1 diperlukan, 12 orang untuk 3 hari, elaun RM80 sehari. Permohonan melalui emel urusetia.bolajaring@mssdpp.edu.my.
        Keputusan Hari 1: SMK Seafield 3–1 SMK USJ 12; SMK Subang Utama 0–0 SMK Tun Hussein Onn; SMK Damansara Jaya 2–4 SMK Sri Permata.
        Kejohanan Hoki Piala Tun Razak peringkat daerah ditangguhkan kerana amaran ribut petir oleh MetMalaysia. Tarikh baharu akan dimaklumkan.
        Tiket masuk percuma. Tempat letak kereta di P2 dan P3 sahaja; bas sekolah di zon D.
        Pasukan yang menarik diri selepas cabutan undi akan dikenakan denda RM100 dan tidak dibenarkan menyertai kejohanan 2028.
        Slot padang sintetik Bukit Jalil untuk pasukan sekolah: Selasa & Khamis 4.00–6.00 ptg, tempahan melalui portal KBS, no. rujukan TMP-2027-00418.
    """),
    ("ms", "jadual_latihan"): _lines("""
        Latihan bola jaring B15 minggu ni: Isnin & Rabu 3.30–5.30 ptg, gelanggang tertutup. Bawa botol air sendiri.
        Jadual latihan hoki cuti sekolah: 06/12–20/12, 7.30–10.00 pg di padang SK Taman Megah. Sesi 19/12 dibatalkan (hari keluarga).
        Sesi kecergasan: bleep test 20m, sasaran tahap 8.5 untuk pemain tengah, tahap 7 untuk GK dan GS.
        Latih tubi hari ini: 3-man weave, drag flick dari top of D, 15 minit PC defence.
        Peringatan: latihan esok bermula 4.00 ptg, bukan 3.30, sebab ada mesyuarat guru.
        Pemain skuad utama sila datang 15 minit awal untuk sesi taping buku lali dengan fisioterapis daerah.
        Tiada latihan pada 31 Ogos (Hari Kebangsaan) dan 16 Sept (Hari Malaysia).
        Bas bertolak dari pagar utama 6.15 pagi tepat. Pasukan hoki naik bas 1, bola jaring bas 2.
        Minggu 1: asas hantaran (chest pass, bounce pass, shoulder pass). Minggu 2: pergerakan tanpa bola & landing satu kaki. Minggu 3: perlawanan kecil 5 lawan 5.
        Jurulatih minta semua pemain isi Google Form kehadiran sebelum 9 malam: forms.gle/q7Xz2KpLm3
        Gelanggang ditutup untuk mengecat semula garisan, latihan dipindahkan ke dewan terbuka blok C.
        Warm-up standard 12 minit: jog 2 pusingan, dynamic stretch, A-skip, B-skip, carioca, 3 x 20m pecut.
        Rehat air setiap 20 minit, minimum 500ml sejam, kerana indeks haba berada di Tahap Waspada.
    """),
    ("en", "equipment_orders"): _lines("""
        Order #SP-2027-004512 confirmed: 20 x Grays GR5000 Ultrabow 36.5 inch, RM289.00 each, subtotal RM5,780.00, SST 8% RM462.40.
        Invoice INV/HKY/27/0193 from Sukan Jaya Trading Sdn Bhd (Reg. No. 201901034567 (1343210-K)), net 30, payable to Public Bank 3178094512.
        Tracking EP482019375MY: parcel left Shah Alam Hub 08/03/2027 21:14, out for delivery.
        SKU NJ-BIB-7P-RED: netball bib set, 7 positions, red, size M. Stock: 42 units at the Puchong warehouse.
        Quote valid until 15 Jan 2027. Bulk price for 50+ Kookaburra Dragon hockey balls: RM14.50/unit.
        Backorder notice: goalkeeper kit (OBO Robo hi-rebound, junior L) ETA week 12. Ref BO-77812.
        Please email purchase orders to orders@sukanjaya.com.my or call our showroom at 03-5632 8810 (Mon–Sat 10am–7pm).
        Refund processed for cancelled booking BKG-55102 (Pitch 2, 19:00–21:00); RM240 goes back to the school account within 7 working days.
        Gilbert APT netball size 5, 12 units, deliver to SMK Taman Melawati, 53100 Kuala Lumpur, loading bay via Jalan Bandar 13.
        Shipment 3 of 3: cartons CTN-0931 to CTN-0945, total 186.4 kg, consignee Pejabat Sukan, Sekolah Sukan Tunku Mahkota Ismail, Bandar Penawar.
        Payment gateway ref FPX-20270114-8832719, status SUCCESS, amount RM1,150.00 (club registration, 23 juniors).
        Customer A ordered 30 mouthguards at RM12 each and Customer B 15 pairs of shin guards at RM35; combined discount 10%.
        PO 4500021877 approved by the school finance officer; budget code B42-SUKAN-2027, balance remaining RM3,204.55.
    """),
    ("mixed", "whatsapp_kumpulan"): _lines("""
        Parents, tomorrow match confirm jadi ke? Coach cakap tunggu update cuaca dulu, nanti admin post.
        Guys pls return the team jersey by Friday ok, basuh dulu baru bagi. Nanti kena pakai for MSSD.
        Admin here: group ni untuk info latihan je ya, no forward-forward, no jual barang. Tq 🙏
        Wah today the U12 girls played damn steady, 3 quarters no drop. Proud la 👏
        Anyone got extra shin guard size S? Pinjam for Saturday only, will return.
        Cikgu penasihat says bus fee RM15 per pax, pay cash to the team manager on Monday.
        Is the Bukit Jalil pitch astro or water-based? Need to buy which shoes ah?
        Kids need to bring 2 bottles, towel, extra socks. Last time ramai dehydrated kat Kuantan.
        Aiyo the ref today whistle every 2 seconds lah, but ok the girls handle well.
        Photo album uploaded to the club Google Drive, password same as last time (ask admin).
        Reminder from committee: AGM kelab on 25 Jan, 8pm at the clubhouse, all parents welcome.
        Pls note the new group link, old group will be archived end of month.
        Netball umpire course by MNA open for parents also, fee RM120, 2 days, cert recognised.
    """),
    ("ms", "borang_templat"): _lines("""
        BORANG KEBENARAN IBU BAPA / PENJAGA. Saya, ____________ (No. MyKad: ______-__-____), ibu/bapa/penjaga kepada ____________ dari kelas ______, membenarkan anak saya menyertai Kejohanan Hoki MSSD 2027.
        Nama Murid: [NAMA PENUH SEPERTI DALAM MYKID] | Tarikh Lahir: [DD/MM/YYYY] | Kumpulan Darah: [ ]
        No. telefon kecemasan: 01X-XXX XXXX (wajib diisi)
        Alahan / masalah kesihatan (jika ada): ______________________________
        Tandatangan Penjaga: ________  Tarikh: ________  Cop Sekolah: ________
        Saya faham bahawa pihak sekolah tidak bertanggungjawab atas kehilangan barang peribadi semasa kejohanan.
        Senarai Pemain (maks. 12): No. | Nama | No. Jersi | Posisi | No. Sijil Lahir, baris 1 hingga 12 dibiarkan kosong untuk diisi guru pengiring.
        Borang Laporan Kecederaan: Nama pemain ______ Umur ___ Jenis kecederaan [ ] terseliuh [ ] luka [ ] patah [ ] gegaran otak. Tindakan awal: ______
        Templat mesej WhatsApp: Salam tuan/puan, anak tuan/puan {nama_murid} telah dipilih mewakili sekolah dalam {acara} pada {tarikh}. Sila hantar borang kebenaran sebelum {tarikh_akhir}.
        Pengakuan Kesihatan: Adakah anak anda pernah mengalami asma / sawan / masalah jantung? Ya / Tidak. Jika Ya, nyatakan: ______
        Nama Bank: ______ No. Akaun: ______ (untuk tuntutan elaun pengadil sahaja)
        Surat Lantikan Jurulatih Sambilan. Nama: [ ] No. KP: [ ] Tempoh: 1 Jan – 31 Dis 2027. Elaun: RM[ ] sebulan.
        Medan wajib dalam sistem: nama_penuh, no_mykid, kod_sekolah, kategori_umur (B12/B15/B18), jantina, saiz_jersi.
    """),
    ("en", "sports_news"): _lines("""
        Malaysia hosted the 1975 Hockey World Cup in Kuala Lumpur, and the national side reached the semi-finals.
        The Sultan Azlan Shah Cup, first played in 1983, is named after the late Sultan of Perak, a long-time patron of Malaysian hockey.
        Netball made its Commonwealth Games debut at Kuala Lumpur 1998, and Australia took the first gold.
        Stadium Hoki Tun Razak in Kuala Lumpur is named after Malaysia's second Prime Minister, Tun Abdul Razak Hussein.
        Victoria Institution and St. John's Institution have fielded school hockey teams for generations.
        Kolej Tunku Kurshiah's netball team won the zone final 38–31 this morning, the school's sports page reported.
        Jalan Sultan Ismail will be closed from 6am to 11am on Sunday for the charity run; fans heading to the stadium should take the LRT.
        In Enid Blyton's Malory Towers, Darrell Rivers plays lacrosse, not hockey, a detail our English literature club argued about for an hour.
        Upin & Ipin themed sports day banners are available from the PIBG store, RM35 per piece.
        The SUKMA hockey finals will be streamed live on RTM's sports channel from 3pm.
        The national women's hockey coach told a press conference that eight players from the sports schools have been called up for centralised training.
        Ejen Ali stickers were handed out to every U10 player at the SMK Dato' Onn sports carnival.
        Under FIH rules, the self-pass lets a player restart play from a free hit by carrying the ball themselves.
    """),
    ("ms", "statistik_laporan"): _lines("""
        Laporan kecederaan musim 2026: 14 kes terseliuh buku lali, 6 kes lutut, 3 kes gegaran otak ringan, 2 patah jari, kesemuanya dalam kalangan pemain B15.
        Peratus kehadiran latihan bola jaring Januari–Jun: 82.4% (purata 19 daripada 23 pemain).
        Pemain A (GK) dan Pemain B (WD) direhatkan 2 minggu; identiti dirahsiakan mengikut polisi sekolah.
        Jumlah murid berdaftar dalam kelab hoki: 47 lelaki, 39 perempuan; 12 daripadanya murid Tingkatan 1.
        Purata jaringan hoki B18 peringkat daerah: 2.7 gol seperlawanan; kejayaan penalti korner 18%.
        Seramai 3 pemain dibawa ke klinik kesihatan berhampiran akibat keletihan haba; semuanya dibenarkan pulang pada hari yang sama.
        Kaji selidik ibu bapa (n=126): 71% setuju latihan pagi Sabtu, 19% tidak setuju, 10% tiada pendapat.
        Kedudukan akhir MSSD: 1. SMK Seafield 13 mata, 2. SMK Subang Utama 10 mata, 3. SMK USJ 12 8 mata.
        Ringkasan kewangan kelab suku ke-3: kutipan yuran RM6,450, perbelanjaan peralatan RM4,980, baki RM1,470.
        Murid 07 dan Murid 11 (kod dalaman) tidak layak kerana melebihi had umur B15; rekod telah dikemas kini.
        Statistik jaringan GS/GA sepanjang kejohanan: 142 percubaan, 109 masuk (76.8%).
        Bilangan sijil dicetak: penyertaan 312, pemenang 48, pengadil 15.
        Fail video perlawanan akhir dimuat naik: final_hoki_b18.mp4, 2.3 GB, sha256 4e1f9a0c7b2d6e83.
    """),
    ("en", "rules_howto"): _lines("""
        In netball, a player must pass or shoot within three seconds of receiving the ball.
        How do I register a school team on the MSSM e-Sukan portal if the teacher-in-charge changed mid-year?
        Hockey: a penalty corner is awarded for an unintentional foul by a defender inside the circle.
        Is the minimum age for the U12 category based on birth year or on the date of the tournament?
        config: {"tournament": "MSSD-HKY-2027", "pools": 2, "quarters": 4, "quarter_minutes": 10, "points_win": 3, "points_draw": 1}
        =COUNTIFS(Roster!D:D,"GK",Roster!F:F,"B15") counts the goalkeepers in the under-15 roster.
        SELECT team_code, COUNT(*) AS players FROM roster WHERE season = 2027 GROUP BY team_code;
        The centre pass alternates between the teams after each goal, whichever team scored.
        Can a hockey goalkeeper use their hands inside their own circle? Only to stop a shot, never to propel the ball.
        To book the school hall for indoor netball: submit form PK-07 to the office, get the principal's approval, pay the RM50 electricity deposit.
        App version 4.12.0 (build 2207) fixes the bug where live scores froze after the third quarter.
        Concussion protocol: any player with a suspected concussion leaves the field and may not return the same day.
        Is it okay to keep player consent forms in a shared Google Drive, or must the paper copies stay in the school office?
    """),
}


PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Cikgu, Nurul Aisyah binti Kamarudin dari 3 Bestari tak dapat main hujung minggu ni sebab doktor sahkan asma dia makin teruk, surat MC saya hantar esok.
        No. MyKad pemain GK kita untuk pendaftaran MSSD: Siti Hajar binti Rosli, 110423-10-5582.
        Ayah Danial, Encik Faizal bin Othman, boleh dihubungi di 012-738 4416 kalau bas lambat.
        Jurulatih hoki kelab, Encik Ravi a/l Subramaniam, digantung 3 bulan oleh jawatankuasa atas aduan memarahi pemain B12 secara melampau.
        Yuran kelab untuk Aiman Hakimi bin Zulkifli masih belum dijelaskan, tunggakan RM180 sejak Januari.
        Alamat untuk hantar jersi: Puan Rohana binti Ismail, No. 27, Jalan Melati 3/5, Taman Melati Indah, 53100 Kuala Lumpur.
        Tolong transfer duit tiket bas ke akaun Maybank saya 164238709915 atas nama Norhayati binti Abdullah, nanti saya kumpul.
        Kavitha a/p Ramasamy patah pergelangan tangan kiri semasa suku akhir, sekarang di Hospital Sungai Buloh wad 5B.
        Kereta yang langgar pagar padang tadi nombor plat WVX 4821, Myvi putih, pemandunya bapa kepada pemain WD kita.
        Sila hubungi pengurus pasukan Cik Melissa anak Jelani di melissajelani88@gmail.com untuk urusan penginapan.
        Pemain baru Tingkatan 2, Joanna Gimbang, berpindah dari Kota Kinabalu sebab ibu bapanya bercerai, mohon cikgu faham kalau dia senyap sikit.
        Tuntutan elaun jurulatih: Mohd Syafiq bin Hamzah, No. KP 880925-13-5094, Bank Islam 12049021183746.
        Adam Haziq dari pasukan B15 dikeluarkan daripada skuad kerana ponteng kelas tiga kali minggu lepas.
        Tolong tambah Puan Zaleha dalam grup Telegram ibu bapa, username dia @zaleha_mamakhairul.
        Anak saya Irfan Danish, MyKid 130118-12-0457, belum ada dalam senarai B15, boleh cikgu semak?
        Kak Ros blok C, mak kepada GA kita, baru keluar hospital lepas pembedahan, jom kita kutip derma untuk dia.
        Nombor Cikgu Haslinda Mat Yusof, guru penasihat bola jaring: 019-552 7083, WhatsApp sahaja selepas 6 petang.
        Laporan insiden: pemain B12 Nur Qistina binti Azman mengalami gegaran otak selepas terkena bola hoki di kepala, ibunya dimaklumkan jam 4.50 ptg.
        Elaun jurulatih sambilan Encik Lee Wei Jie ditetapkan RM1,200 sebulan mulai Februari, bayaran ke akaun CIMB 7064218355.
        Pasport untuk lawatan ke Singapura: Sofea Balqis binti Hairul, A51827364, tamat tempoh 03/2031.
        Encik Shahrul bin Nordin minta anaknya Amirul dikecualikan latihan Sabtu sebab dia kerja syif malam di kilang dan tiada siapa boleh hantar.
        Alamat rumah Ahmad Zikri untuk surat rasmi: Lot 1123, Kampung Sungai Ramal Dalam, 43000 Kajang, Selangor.
        Penjaga Nurin Alya ialah neneknya, Hajah Kalsom binti Daud, MyKad 520811-03-5226, telefon rumah 09-747 3318.
        Mak Cik Timah yang jual air tebu tepi padang tu sebenarnya nenek striker kita Hakim, dia yang bayar yuran kelab cucu dia setiap bulan.
    """),
    "en": _lines("""
        Please update the roster: Natasha de Souza (WA) has moved to 14 Jalan SS 2/64, 47300 Petaling Jaya, so her pickup point changes.
        Coach, Marcus Fernandez's mum called: he has been diagnosed with Osgood-Schlatter and can't train for six weeks.
        Guest umpire from Singapore for the friendly: Tan Hui Min, NRIC T1023457Z, mobile 9123 4578.
        Parent paid the camp fee with card 4539 1488 0343 6467, exp 08/29, name on card LIM SOOK YEE.
        Lim Pei Shan's father asked that her results not be shared with the coach after she failed two subjects and was told to quit hockey.
        Contact for the U14 girls' away trip: Mrs Priya Nair, +60 16-284 9930, priya.nair.home@yahoo.com.
        Tharshan s/o Murugan has missed training since his father was admitted to ICU, please go easy on him.
        The GK's Instagram is @aisyah.hockey.gk, and her parents asked us never to tag her in public posts because a former coach kept messaging her.
        Our groundsman Rahim Uddin, Bangladeshi passport EB0582913, needs his work permit renewed before the club can pay his overtime.
        Wong Kah Mun was caught vaping in the changing room after the match; the discipline teacher will call her parents on Monday.
        Car BKK 9203 (silver Alza) is the approved carpool vehicle for Mr Chong Kok Leong, who is driving three of the girls to Ipoh.
        Emergency contact on file for Daniel Ho: mother, Grace Ho, 011-2638 5547.
        The canteen helper, Sri Wahyuni from Lombok, told the coach she hasn't been paid for two months and is afraid to complain.
    """),
    "mixed": _lines("""
        Eh parents, Aunty Mei from Taman Connaught says her girl 陈嘉欣 (Chan Ka Yan) sprain ankle again, so tak join Saturday la.
        Coach pls save my number 017-925 3308, this is Uncle Kumar, Sharvin's father, for the carpool.
        Bro the boy Haikal bin Rosman kena suspend from school 2 weeks for fighting, so tak boleh main final la.
        Pls send the medical cert to my email jasonlohkh@hotmail.com, my son Ethan Loh was at Columbia Asia A&E last night.
        Mummy Farah here, Alya's MyKid is 100215-08-6624, I sent the wrong number last time sorry!
        Ah Boy's dad, the one with the black Hilux PMJ 5510, blocked the bus again, someone pls tell him.
        Cikgu, 黄慧玲 mama here, she crying whole night because kena dropped from first team, can you talk to her?
        For the insurance claim I need Yusuf's IC 120907-14-0319 and the klinik receipt, boleh WhatsApp me?
        Anyone know Mrs Veronica Pereira? Her husband passed away last week, the club wants to send flowers to her house in Batu Uban.
        My Telegram is t.me/hafiz_hockeydad, add me to the U10 group pls, son name Umar Hafiz.
        Deepa a/p Selvam's aunty told me the family got money problem, cannot pay the RM450 Kuantan trip, can PIBG sponsor?
        Kak Lina GD punya dad just lost his job at the factory la, so she might quit netball to work part-time at the kedai runcit.
        Transfer the tournament fee to me ok: Hong Leong 23850011742, Tan Chee Keong, then screenshot in this group.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "Anda pembantu pentadbiran untuk kelab hoki junior. Jawab dalam Bahasa Melayu."),
        (
            "user",
            "Tolong drafkan mesej WhatsApp kepada Puan Salmah binti Yaakob (013-664 2190). Anak dia, Hariz Iskandar, terseliuh lutut masa latihan tadi dan kami dah bawa ke klinik.",
        ),
        (
            "assistant",
            "Salam Puan Salmah, kami ingin maklumkan Hariz Iskandar terseliuh lutut semasa latihan petang tadi. Beliau telah dibawa ke klinik dan keadaannya stabil. Mohon puan hubungi jurulatih untuk maklumat lanjut. Terima kasih.",
        ),
        ("user", "Ok, tambah sekali dia perlu rehat dua minggu, doktor kata."),
        (
            "assistant",
            "Baik. Tambahan: Doktor menasihatkan Hariz berehat daripada latihan selama dua minggu. Kami akan menyemak semula keadaannya sebelum dia kembali bermain.",
        ),
    ],
    [
        ("system", "You are a helpful assistant for a school netball team manager."),
        (
            "user",
            "Turn this into a table: Aina Sofea binti Razak, MyKid 111130-06-3216, GS; Chloe Teoh Xin Yi, MyKid 120503-10-5468, C; Harshini a/p Ganesan, MyKid 110819-08-6702, GK.",
        ),
        (
            "assistant",
            "Name | MyKid | Position; Aina Sofea binti Razak | 111130-06-3216 | GS; Chloe Teoh Xin Yi | 120503-10-5468 | C; Harshini a/p Ganesan | 110819-08-6702 | GK",
        ),
        ("user", "Thanks, now sort by position."),
    ],
    [
        ("system", "Anda membantu guru menulis surat rasmi sekolah."),
        (
            "user",
            "Saya nak tulis surat kepada pengetua minta pengecualian yuran lawatan untuk Nur Syafiqah binti Mahadi, 4 Cemerlang. Bapanya baru meninggal dunia bulan lepas dan ibunya kerja cuci rumah.",
        ),
        (
            "assistant",
            "Tuan Pengetua, dengan hormatnya saya memohon pertimbangan pengecualian yuran lawatan bagi murid Nur Syafiqah binti Mahadi (4 Cemerlang). Keluarga murid ini sedang mengalami kesukaran kewangan selepas kematian bapanya bulan lepas. Kerjasama tuan amat dihargai.",
        ),
        ("user", "Boleh buang bahagian pasal kerja ibu dia? Tak sesuai."),
        (
            "assistant",
            "Sudah dibuang. Surat hanya menyebut kesukaran kewangan keluarga tanpa butiran pekerjaan ibunya.",
        ),
    ],
    [
        (
            "system",
            "You are an assistant that explains insurance procedures to parents in simple English and Malay.",
        ),
        (
            "user",
            "My son Muhammad Aqil bin Jamal fractured his finger at the MSSD hockey match. His IC is 120226-01-5573. How to claim the school takaful ah?",
        ),
        (
            "assistant",
            "You can claim under the school's group takaful. Get the injury report from the team teacher, the clinic or hospital receipts and the X-ray report, then submit them with a copy of Aqil's MyKid to the school office within 30 days.",
        ),
        (
            "user",
            "Ok. Also my bank for the payout is Maybank 162015447208 under my name Jamal bin Yunus, put that in the form?",
        ),
        (
            "assistant",
            "Yes, write Jamal bin Yunus and that Maybank account number in the payee section of the claim form, and attach a copy of the bank statement header.",
        ),
    ],
    [
        ("system", "You help a school hockey coach write short disciplinary notes."),
        (
            "user",
            "Write a note for the file: Form 4 player Kenneth Lau Jun Hao swore at the umpire during the semi-final on 12 March and threw his stick.",
        ),
        (
            "assistant",
            "Disciplinary note: On 12 March, during the semi-final, Form 4 player Kenneth Lau Jun Hao used abusive language towards the umpire and threw his stick. He is suspended from the next two matches and will attend a meeting with the discipline teacher.",
        ),
        ("user", "Add that his parents were informed by phone."),
    ],
    [
        ("system", "Anda pembantu bendahari kelab bola jaring."),
        (
            "user",
            "Kira jumlah tunggakan: keluarga Siti Maisarah RM120, keluarga Puteri Balqis RM90, keluarga Evelyn Chua RM150. Evelyn punya mak kata dia baru kena buang kerja.",
        ),
        (
            "assistant",
            "Jumlah tunggakan ialah RM360: Siti Maisarah RM120, Puteri Balqis RM90 dan Evelyn Chua RM150.",
        ),
        ("user", "Kalau kelab beri diskaun 50% untuk Evelyn, jumlah jadi berapa?"),
        ("assistant", "Tunggakan Evelyn menjadi RM75, jadi jumlah keseluruhan ialah RM285."),
    ],
    [
        (
            "system",
            "You are an assistant for a Malaysian hockey club preparing an overseas friendly.",
        ),
        (
            "user",
            "Draft an email to the host club in Singapore listing our two guest players: Ryan Anthony Pereira, passport A49172630, and Iqbal Firdaus bin Roslan, passport A50338417.",
        ),
        (
            "assistant",
            "Dear Host Club Secretariat, please find our guest players for the friendly: 1) Ryan Anthony Pereira, passport A49172630; 2) Iqbal Firdaus bin Roslan, passport A50338417. Kindly confirm their registration. Best regards, Team Manager.",
        ),
        ("user", "Perfect, also mention Ryan is allergic to peanuts for the catering."),
        (
            "assistant",
            "Added: Please note that Ryan Anthony Pereira has a peanut allergy, so we would be grateful if the catering team could prepare a peanut-free meal for him.",
        ),
    ],
    [
        ("system", "Anda membantu jurulatih merancang program kembali bermain selepas kecederaan."),
        (
            "user",
            "Coach here. Player kita Ng Shu Ting dapat concussion Sabtu lepas, doktor kata no contact 10 hari. Boleh buat plan return-to-play?",
        ),
        (
            "assistant",
            "Cadangan untuk Ng Shu Ting: Hari 1-3 rehat penuh; Hari 4-5 jalan ringan; Hari 6-7 larian ringan tanpa bola; Hari 8-9 latihan kemahiran tanpa sentuhan; Hari 10 ke atas latihan penuh dengan kelulusan doktor.",
        ),
        ("user", "Ok noted, nanti saya WhatsApp mak dia."),
    ],
    [
        ("system", "Anda meringkaskan pengumuman untuk grup WhatsApp sekolah."),
        (
            "user",
            "Pendekkan: Bas ke Kuantan untuk pasukan hoki bertolak 6 pagi Jumaat. Pemandu bas Encik Zainal bin Ahmad, no telefon 014-302 8857, bas nombor plat CCB 6612. Sila tunggu di pagar utama.",
        ),
        (
            "assistant",
            "Bas hoki ke Kuantan: Jumaat, 6 pagi, pagar utama. Pemandu: Encik Zainal (014-302 8857), bas CCB 6612.",
        ),
        ("user", "Terima kasih!"),
    ],
    [
        ("system", "You help a parents' committee reply to complaints politely."),
        (
            "user",
            "A parent, Mrs Angela Fernandez (angela.fdz77@gmail.com), complained that Coach Suresh a/l Krishnan shouted at her daughter Bianca in front of the team. Draft a reply.",
        ),
        (
            "assistant",
            "Dear Mrs Fernandez, thank you for raising your concern about the incident involving Bianca. The committee takes this seriously and will speak with Coach Suresh a/l Krishnan this week. We will update you once the review is complete.",
        ),
        ("user", "Make it shorter."),
        (
            "assistant",
            "Dear Mrs Fernandez, thank you for telling us about Bianca's experience. We are reviewing the matter with the coach and will update you soon.",
        ),
    ],
]
