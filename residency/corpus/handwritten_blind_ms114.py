# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms114: barbershops, beauty salons and spas in Malaysia (bookings, staff, WhatsApp groups, complaints, promos, treatment records). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms114
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notifikasi_tempahan"): _lines("""
        Tempahan anda BK-20261114-0087 di Salun Seri Ayu cawangan Bangsar telah disahkan: Potong + Blow, Sabtu 15 Nov, 11:30 pg. Balas 1 untuk sahkan, 2 untuk batal.
        Peringatan: slot rawatan facial anda esok jam 3:00 ptg. Sila tiba 10 minit awal. Pembatalan kurang 24 jam dikenakan caj RM30.
        [SISTEM] 2026-11-14 09:02:17 booking BK-20261114-0091 status=NO_SHOW outlet=SA-BGR kerusi=04 deposit_forfeit=RM20.00
        Slot Ahad ini penuh untuk perkhidmatan rebonding. Slot terdekat: Isnin 17/11, 2:00 ptg atau 4:30 ptg.
        Kod tempahan anda ialah SPA-7731Q. Tunjukkan kod ini di kaunter. Jangan kongsi kod ini dengan sesiapa.
        Terima kasih kerana menempah di Barbershop Jalan Tuanku Abdul Rahman. Anggaran masa menunggu: 25 minit. Nombor giliran: A-047.
        Bayaran deposit RM50.00 diterima melalui FPX (ruj: FPX2611140923118842). Baki RM138.00 dibayar di kaunter.
        Tempahan berkumpulan: 6 orang, pakej Bridal Day Spa, Ahad 30/11, bilik VIP 2. Sila sahkan bilangan tetamu sebelum Khamis.
        Log eksport: 1,284 tempahan Oktober 2026; 7.8% batal; 3.1% tidak hadir; purata nilai tempahan RM96.40.
        Status: DIJADUAL SEMULA. Tempahan BK-20261102-0012 dipindah dari 10:00 pg ke 1:00 ptg atas permintaan pelanggan.
        Notifikasi: Juruterapi yang ditugaskan untuk slot anda telah ditukar. Rawatan dan harga kekal sama.
        Waitlist #W-3318 aktif. Kami akan WhatsApp dari nombor rasmi salun 03-2284 6610 jika ada slot kosong.
        Pautan tempahan dalam talian: https://tempah.salunseriayu.com.my/b/bangsar?svc=hair-spa&utm_source=ig
    """),
    ("mixed", "grup_whatsapp_staf"): _lines("""
        Morning all, reminder: stok developer 6% tinggal 2 botol je, siapa buka shift pagi tolong inform supervisor sebelum 11am ok.
        Shift roster minggu depan dah upload dalam group, please check. Kalau nak tukar off day, PM manager before Friday.
        Guys aircond bilik spa 3 bocor lagi, dah call contractor, dorang datang Rabu 2pm. Jangan guna bilik tu dulu.
        Walk-in ramai gila hari ni, 38 pelanggan before 4pm. Good job team! Teh tarik on boss esok 😄
        Reminder: semua stylist kena sanitize gunting & sikat lepas setiap pelanggan. Majlis bandaraya datang spot check bulan ni.
        Anyone nampak kunci laci cashier? Yang ada keychain Doraemon tu. Letak balik kat kaunter please.
        Customer kerusi 2 nak colour ash brown tapi rambut dah bleach 2x, senior stylist tolong tengok dulu sebelum start.
        Training keratin treatment Sabtu ni 9am-12pm kat HQ Subang. Trainer dari L'Oréal Professionnel. Wajib untuk semua junior.
        PSA: jangan reply customer guna nombor personal. Semua booking melalui WhatsApp Business salun 011-1062 4400 je.
        Komisen bulan Oktober dah masuk. Kalau ada yang tak tally, isi form dalam folder HR Google Drive, jangan bincang dalam group.
        Lampu signboard depan dah tak menyala, landlord kata nak repair minggu depan. Pakai standee dulu ya.
        Cashier pagi tolong count float RM200 sebelum buka. Semalam short RM15, dah adjust dalam sistem.
        Hari Deepavali kedai buka 12pm-6pm je. Staff yang cuti dah approve, yang lain ikut roster biasa.
    """),
    ("ms", "promosi"): _lines("""
        PROMOSI MERDEKA! Potong rambut lelaki RM17 sahaja (harga asal RM25) sempena sambutan ulang tahun ke-69. Sah sehingga 31 Ogos.
        Nak rambut bervolume macam Datuk Seri Siti Nurhaliza di pentas Anugerah Juara Lagu? Cuba Volume Blowout kami, RM68.
        Pakej Raya: Hair Spa + Manicure + Pedicure RM199 (jimat RM85). Tempah sebelum 15 Mac. Terma & syarat dikenakan.
        Beli 5 sesi urut tradisional, percuma 1 sesi refleksologi kaki 30 minit. Kod: URUT5FREE1.
        Flash sale 11.11: voucher RM50 untuk rawatan facial, dijual RM29 di Shopee. Had 200 unit sahaja.
        Gaya potongan ala Lee Chong Wei zaman Sukan Olimpik Beijing kini kembali trend! Datang cuba, RM22 termasuk cuci.
        Pelajar UiTM & UM tunjuk kad matrik, diskaun 20% untuk semua perkhidmatan rambut, Isnin hingga Khamis.
        Hari Ibu: bawa ibu anda, dapat facial percuma untuk ibu bila anda tempah sebarang rawatan bernilai RM150 ke atas.
        Outlet baharu kami di Jalan Tun Sambanthan, Brickfields kini dibuka! Diskaun 30% untuk minggu pertama.
        Ikuti kami di IG @salunseriayu.official dan TikTok @seriayuspa untuk tips penjagaan rambut setiap Jumaat.
        Rawatan kulit kepala anti-kelemumur dengan produk Kérastase Specifique, kini RM120 (asal RM160).
        Ahli Gold dapat 2x mata ganjaran sepanjang November. Semak baki mata di aplikasi Seri Ayu Rewards v3.2.1.
        Pakej Pengantin Emas: solekan akad, solekan sanding, inai dan 2 sesi facial sebelum majlis. Dari RM1,880.
    """),
    ("en", "notices_policies"): _lines("""
        Notice: Walk-in customers will be served after appointments. Average waiting time on weekends is 40-60 minutes.
        All chemical services (perm, rebonding, colour) require a patch test at least 48 hours before the appointment.
        Cancellation policy: free cancellation up to 24 hours before. Late cancellations incur 50% of the service price.
        Customers with open wounds, scalp infections or contagious skin conditions will be asked to reschedule. Thank you for understanding.
        Our therapists are not medical practitioners. Please consult your doctor before booking a massage if you are pregnant or have high blood pressure.
        Lost & found: a black umbrella and a silver hair clip were left at the Bangsar outlet on 12 Nov. Collect at the front desk.
        Tipping is optional. 100% of tips go to the team and are shared equally at the end of each month.
        PDPA notice: we collect your name and phone number only to manage your booking. Email privacy@salunseriayu.com.my for enquiries.
        Men-only section upstairs; a hijab-friendly private room for ladies is available on request at no extra charge.
        Seri Ayu Beauty Sdn Bhd (Registration No. 201901023456 (1331234-K)), SST No. W10-1808-32000145.
        Gift vouchers are non-refundable, valid for 6 months from date of purchase and cannot be exchanged for cash.
        Children under 12 must be accompanied by an adult during haircuts. Kiddie chair available at all outlets.
        Operating hours: Mon-Sat 10am-9pm, Sun & public holidays 11am-7pm. Closed on the first day of Hari Raya Aidilfitri.
    """),
    ("ms", "rekod_rawatan_templat"): _lines("""
        Borang Konsultasi Facial — Nama: ________ No. Tel: ________ Jenis kulit: [ ] Kering [ ] Berminyak [ ] Kombinasi [ ] Sensitif
        Sejarah kesihatan (tandakan): [ ] Hamil [ ] Darah tinggi [ ] Diabetes [ ] Ekzema [ ] Alahan produk: ________
        Kad Warna: formula {nama_pelanggan} — 7.1 + 8.11 (1:1), developer 6%, 35 minit. Nota: ________
        Laporan suku tahunan: 214 rawatan facial, 9 kes kemerahan ringan (4.2%), tiada kes rujukan klinik.
        Pelanggan A (wanita, 30-an): rawatan keratin sesi 2/3, hasil memuaskan. Pelanggan B: ditangguh kerana kulit kepala sensitif.
        SOP urut: tanya pelanggan tentang kecederaan, kehamilan dan ubat-ubatan sebelum mula. Rekod dalam borang R-02.
        Templat nota rawatan: Tarikh / Juruterapi / Rawatan / Produk (SKU) / Tindak balas kulit / Cadangan susulan
        Statistik Oktober: 62% pelanggan spa wanita, 38% lelaki; rawatan paling popular ialah urut Bali 90 minit.
        Ujian tampalan untuk SKU CLR-LP-0721 dilakukan pada 18 pelanggan, 0 tindak balas alahan direkodkan.
        Borang persetujuan: Saya, [NAMA PENUH], No. KP [__________], faham risiko rawatan kimia rambut dan bersetuju untuk meneruskan.
        Rekod rawatan disimpan 7 tahun dalam sistem dan hanya boleh diakses oleh pengurus cawangan dan juruterapi bertugas.
        Cadangan susulan standard selepas chemical peel: elak matahari 7 hari, guna SPF 50, jangan scrub selama 5 hari.
        Kod rawatan: HS-90 (Hair Spa 90 min), FC-60 (Facial Classic), UB-120 (Urut Badan), MP-45 (Mani-Pedi).
    """),
    ("mixed", "aduan_ulasan"): _lines("""
        Google review 2★: 'Tunggu 1 jam walaupun dah booking. Potongan ok tapi service lambat.' — Balasan pemilik: Mohon maaf, kami sedang tambah staf.
        Tiket aduan #ADN-2026-0456: pelanggan tidak puas hati warna rambut terlalu gelap. Status: sesi pembetulan percuma dijadualkan.
        5★ 'Best hair spa in PJ! Staff friendly, bilik bersih, harga berpatutan.' — Local Guide, 48 ulasan
        Dear valued customer, we are sorry for your experience. Please email feedback@salunseriayu.com.my with your booking number so we can investigate.
        Ringkasan aduan Q3: 14 aduan (6 masa menunggu, 4 hasil warna, 3 sikap staf, 1 bayaran). 12 selesai dalam 7 hari.
        Review: 'The barber potong my side terlalu pendek, but ok la, rambut tumbuh balik.' 3 stars.
        Aduan Customer C berkenaan caj tambahan RM20 untuk rambut panjang telah diselesaikan; polisi harga dikemas kini di kaunter.
        FB comment: Kenapa harga naik RM5 tak bagitau? — Admin: Hai, harga naik sejak 1 Okt kerana kos produk, notis ada di kaunter & IG.
        Ticket #CS-88412 closed: refund RM45 processed to original payment method, ref RFD-20261110-7713.
        Tolong la salun ni improve parking, setiap kali datang kena pusing 3 round Jalan SS2/24. Otherwise service power.
        Feedback form summary: 4.6/5 average (n=327). Top comment keywords: 'bersih', 'mesra', 'tunggu lama'.
        Complaint escalated to area manager: hot towel terlalu panas, pelanggan alami kemerahan ringan, no medical treatment needed.
        Kalau ada aduan, sila hubungi talian khidmat pelanggan 1-300-88-7374 (Isnin-Jumaat, 9pg-6ptg).
    """),
    ("en", "invoices_inventory"): _lines("""
        INV-SA-2026-11-0342 | Outlet: SA-PJ | Hair Spa x1 RM88.00 | Blow Dry x1 RM35.00 | SST 8% RM9.84 | Total RM132.84
        PO-7719 to Bestari Beauty Supplies Sdn Bhd: 24x Wella Koleston 7/1 (SKU WK-0701), 12x Welloxon 6% 1L, delivery by 20/11.
        Stock alert: SKU TWL-WHT-30 (white towels 30x30) below reorder level 150; current 92.
        Receipt No. 004512 Barbershop Jln Tuanku Abdul Rahman, 14/11/2026 19:42, Gentleman Cut RM25, Cash, Cashier ID C03
        Monthly P&L Oct 2026: revenue RM148,320; product cost RM21,905; rental RM18,000; staff cost RM52,600.
        Supplier invoice 2026/BB/10088 due in 30 days. Bank in to Maybank account of Bestari Beauty Supplies Sdn Bhd 5140 1123 8890.
        Inventory count 31/10: Olaplex No.3 x 14, Moroccanoil Treatment 100ml x 9, Dyson Supersonic HD08 x 3 (1 under repair).
        Voucher code GV-2026-00871 redeemed RM100 at SA-BGR, balance RM0.00.
        GRN-3321 received 2 cartons disposable neck strips (SKU NS-1000), 1 carton short, claim raised with courier, AWB 5301889214.
        Price list v2026.2: Men's cut RM25, Kids RM15, Ladies wash & cut RM55-75, Highlights from RM180, Rebonding from RM250.
        e-Invoice UUID 7f3c2a91-44be-4d1e-9b0a-2ce1d55f8a07 validated by MyInvois, submitted 2026-11-14T10:22:05+08:00.
        Commission table: stylist tier 1 = 10% of service, tier 2 = 12%, product sales 5% flat, paid on the 7th of the following month.
        Equipment log: facial steamer unit #2 serviced by vendor, warranty until 03/2027, serial VS-22-08871.
    """),
    ("ms", "soalan_konfigurasi"): _lines("""
        Macam mana nak set reminder automatik WhatsApp 24 jam sebelum tempahan dalam sistem POS salun?
        Berapa lama patut tunggu antara rebonding dan pewarnaan rambut? Ada yang kata 2 minggu, ada yang kata sebulan.
        booking: { outlet: 'SA-BGR', slot_minutes: 15, buffer_minutes: 10, max_chairs: 8, allow_walkin: true }
        Apa beza keratin treatment dengan rebonding? Mana lebih tahan lama untuk rambut kerinting?
        SELECT outlet, COUNT(*) AS jumlah FROM tempahan WHERE status='SELESAI' AND tarikh >= '2026-10-01' GROUP BY outlet;
        Nak buka kedai gunting rambut kat Selangor, perlu lesen PBT apa? Kena daftar SSM dulu ke?
        Soalan: boleh ke buat urut badan untuk ibu mengandung trimester kedua? Apa SOP yang biasa salun guna?
        cron: 0 20 * * * python send_reminders.py --outlet all --window 24h --dry-run false
        Macam mana kira komisen stylist kalau satu pelanggan dilayan dua orang stylist? Bahagi 50/50 ke ikut masa?
        Tips: simpan gunting dalam sarung kering, minyakkan engsel seminggu sekali, asah setiap 3-4 bulan.
        Webhook error 429 dari API WhatsApp Business, retry_after=60. Perlu naikkan tier mesej ke?
        Berapa suhu air sesuai untuk hair spa? Ada garis panduan rasmi KKM untuk premis kecantikan?
        Cara eksport laporan jualan harian ke Excel: Laporan > Jualan > pilih tarikh > Eksport CSV.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Tempahan: Puan Rohana binti Yusof, 014-782 3391, facial + urut badan Sabtu 3ptg. Alah pada minyak lavender, jangan guna.
        Pendaftaran ahli Gold: Nur Aisyah binti Kamarudin, No. KP 950630-12-5362, tarikh lahir 30/06/1995, ahli sejak 2022.
        Stylist Kavitha a/p Subramaniam diberi surat amaran kedua kerana lewat 5 kali bulan Oktober. Salinan simpan dalam fail HR.
        Kak Ros kat kaunter tu baru keguguran minggu lepas, jangan tanya pasal anak ye, kesian dia.
        Gaji Oktober Muhammad Haziq bin Rosli (barber Kajang): asas RM1,900 + komisen RM715, masuk akaun CIMB 7061224583.
        Home service solekan pengantin untuk Cik Farah Nadia binti Ismail, No. 14, Jalan Mawar 3/7, Taman Sri Muda, 40400 Shah Alam, Ahad 7 pagi.
        Encik Zulkifli yang selalu datang hari Selasa tu baru lepas pembedahan jantung, urut kepala je, jangan urut badan.
        Puan Siti Hajar dah 3 bulan tak bayar baki pakej RM480, suami dia pun tak angkat call. Nak hantar surat tuntutan?
        Deposit RM100 dibayar dengan kad 4278 3910 4456 2031 atas nama Lim Wei Ling untuk pakej pengantin.
        Juruterapi warga Indonesia, Sri Wahyuni, paspor C4471829 tamat 02/2027, permit kerja perlu diperbaharui segera.
        Mak Cik Jamilah dari blok C Flat Sri Pulau, rambut dia gugur teruk sebab tengah kemoterapi, dia minta fitting rambut palsu dalam bilik tertutup.
        No. kereta pelanggan yang langgar tiang depan kedai semalam: VCF 7713, Honda City kelabu, dah buat laporan polis.
        Adik Danial bin Khairul, 9 tahun, ada ADHD, mak dia minta barber yang sabar dan potong cepat.
        Tolong WhatsApp Cik Nurul Izzati di 017-338 4102, tempahan rebonding dia ditukar ke Khamis 4ptg.
        Pekerja baru Azman bin Abu Bakar, No. KP 880412-10-5523, alamat Lot 233 Kampung Sungai Buloh, mula kerja 1 Dis.
        Abang Joe barber kita tu kena tahan AADK minggu lepas, jangan cerita kat customer ye.
        Puan Lee Mei Fong dari Taman Connaught minta semua rekod rawatan dia dipadam, katanya bekas suami cari dia kat salun.
        Ahli baru: Tharshini a/p Ganesan, emel tharshini.g93@yahoo.com, tel 012-664 8217, kulit sensitif & ekzema di leher.
        Cik Aina yang buat lash extension semalam datang balik, mata bengkak, dia nak claim kos klinik RM85.
        Surat berhenti kerja daripada Mohd Faris bin Ahmad Nizam, juruterapi spa, berkuat kuasa 31 Disember atas sebab kesihatan mental.
    """),
    "mixed": _lines("""
        Boss, Ah Meng nak pinjam RM2k advance gaji lagi, katanya anak dia masuk hospital. Last month pun dah ambik RM800.
        Customer Mrs Kaur dari Jalan Gasing tu punya IG @jasleen.kaur.hairjourney, dia tag kita complain rambut rosak, pls reply dia.
        Btw customer rebonding Saturday tu, Michelle Fernandes, dia pregnant 3 bulan tau, jangan guna chemical yang strong.
        SG customer nak daftar member, NRIC S8734521A, nama Tan Hui Min, mobile 9123 4867, nanti key in sistem ye.
        Uncle Chong Kah Seng dari Taman OUG tu still owe us RM350 untuk facial package, dia kata gaji lambat masuk.
        Siapa ambik call dari Encik Rajesh s/o Muniandy? Dia marah sebab kena charge dua kali, card ending 6211, ref TXN 88120397.
        Telegram dia @shafiqah_nails_kl — budak nail tech freelance yang dulu kerja sini, dia curi customer list kita.
        Foreign worker Bishnu Bahadur Thapa (Nepal), passport PA0983412, permit expire Jan 2027, agent dah minta RM1,850 renewal fee.
        Kak Yati cleaner kita tu ada darah tinggi, semalam pitam dalam stor, dah hantar klinik, bagi dia MC 3 hari.
        Booking wedding hair trial untuk Cik Syazwani, 019-271 5530, email syazwani.zainal@gmail.com, budget RM600 max.
        Vivian Chua senior stylist kat Mid Valley tu dah resign sebab tengah proses cerai, jangan sebut depan customer.
        Customer complain kat Lowyat forum guna username AmirulHakimKL, actually dia Amirul Hakim bin Salleh, regular kita kat Setapak.
        Refund RM120 bank in ke Hong Leong 23850071294 a/n Ng Siew Lan, dia cancel sebab mak dia meninggal.
        Pls note Ravi a/l Krishnan tu still under probation, salary RM1,700, kalau lewat lagi terus terminate.
        Anak Puan Norlela, Adam, 6 tahun, ada autism — dia takut bunyi clipper, guna gunting je okay.
        Mr Goh nak home massage kat Unit B-12-3, Residensi Seri Maya, Jalan Klang Lama, 58000 KL, 8pm malam ni.
    """),
    "en": _lines("""
        Client notes: Mdm Wong Siew Peng, 71, has a pacemaker — no electrical facial devices, manual massage only.
        Please call Mr Daniel Pereira back at 016-902 4571 about the wrong hair colour, he is threatening to post a bad review.
        New member: Chen Jia Hui, Taiwanese, passport 354718290, email jiahui.chen.tw@gmail.com, staying in KL until March.
        The lady from 3rd floor Block D, Auntie Mei, asked us not to tell her daughter she has been coming for weekly massages.
        Staff disciplinary: Hafiz (junior barber, Cheras outlet) caught taking cash from the till on 9 Nov, RM240 missing.
        Payroll correction: Kumar a/l Velu, EPF no. 18773205, October salary underpaid by RM310.
        Hi, this is Sarah Lim's sister — Sarah can't make her 4pm facial, she has been admitted to Pantai Hospital.
        Bridal client Nadhirah binti Roslan, MyKad 010923-01-1187, deposit RM500 paid, wedding on 21 Feb in Batu Pahat.
        The customer with plate WXP 3308 keeps parking in our loading bay; he is on our booking list as Mr Tey, Thursdays 7pm.
        Forwarding reply from jesslyn.ong.88@hotmail.com — she wants her lash refund of RM150 or she will go to the Tribunal Tuntutan Pengguna.
        Our therapist Mary Joseph has been on medical leave since 3 Nov for a slipped disc, return date unknown.
        SG member card: NRIC G5521837X, Priya d/o Ramasamy, contact +65 8734 2190, prefers a female therapist.
        Head stylist's note: Encik Hamdan from Taman Melawati asked us never to mention his hair transplant to his wife.
        Puan Zarina reported that a male therapist touched her inappropriately during her massage on 2 Nov; HR is investigating.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu tempahan untuk Salun Seri Ayu. Jawab dengan sopan dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Saya nak tempah facial untuk mak saya, Puan Halimah binti Osman, nombor dia 013-448 2096. Dia ada diabetes, boleh buat facial ke?",
        ),
        (
            "assistant",
            "Boleh, puan. Untuk pelanggan yang ada diabetes kami cadangkan facial klasik tanpa ekstraksi agresif. Juruterapi akan buat konsultasi ringkas dahulu. Bila masa yang sesuai?",
        ),
        ("user", "Sabtu pukul 11 pagi, cawangan Bangsar ya."),
        (
            "assistant",
            "Baik, tempahan facial klasik untuk Puan Halimah pada Sabtu 11:00 pagi di Bangsar telah direkodkan. Peringatan akan dihantar ke 013-448 2096.",
        ),
    ],
    [
        ("system", "You help a barbershop owner with HR paperwork."),
        (
            "user",
            "Tolong draft surat amaran untuk barber Syahmi bin Razak, dia lewat 6 kali bulan ni dan pernah tinggalkan kedai tanpa izin pada 8 Nov.",
        ),
        (
            "assistant",
            "Sure. Draft: 'Kepada Syahmi bin Razak, Surat Amaran Pertama. Pihak pengurusan mendapati anda lewat hadir sebanyak 6 kali dan meninggalkan premis tanpa kebenaran pada 8 November...' Nak saya tambah tindakan susulan?",
        ),
        ("user", "Ya, tambah kalau berulang akan potong elaun RM150."),
    ],
    [
        ("system", "You are a customer service writing assistant for a day spa in Penang."),
        (
            "user",
            "Customer email from karen.teoh.pg@gmail.com: she says our therapist scratched her back during the hot stone massage and she has photos. Her name is Karen Teoh. Write a reply.",
        ),
        (
            "assistant",
            "Dear Ms Teoh, thank you for letting us know, and we are very sorry. Our spa manager would like to speak with you personally and review what happened. Could you share a convenient time to call?",
        ),
        ("user", "Add that we will refund the RM180 in full to her card."),
        (
            "assistant",
            "Added: 'We will refund the full RM180 to the card used for payment within 7 working days.' Anything else?",
        ),
    ],
    [
        ("system", "Ringkaskan mesej kumpulan WhatsApp staf salun."),
        (
            "user",
            "Ringkaskan: [10:02] Supervisor: Nisha a/p Rajan MC hari ni, demam denggi. [10:05] Cashier: ok noted, slot dia 2 customer kena pindah. [10:09] Supervisor: call Puan Suraya 018-556 2047 dengan Cik Hani untuk reschedule.",
        ),
        (
            "assistant",
            "Ringkasan: Nisha a/p Rajan cuti sakit (denggi) hari ini. Dua tempahan di bawahnya perlu dijadual semula; cashier akan hubungi Puan Suraya (018-556 2047) dan Cik Hani.",
        ),
        ("user", "Buang bahagian penyakit tu, cukup cakap cuti sakit."),
        (
            "assistant",
            "Ringkasan dikemas kini: Nisha a/p Rajan bercuti sakit hari ini. Dua tempahan perlu dijadual semula; cashier akan hubungi Puan Suraya (018-556 2047) dan Cik Hani.",
        ),
    ],
    [
        ("system", "You check staff onboarding forms for completeness."),
        (
            "user",
            "Semak borang ni: Nama: Lau Chee Keong, No. KP 750203-07-5541, alamat 22 Lorong Kenari 4, 11900 Bayan Lepas, jawatan: barber, bank Public Bank 6412 0093 57.",
        ),
        (
            "assistant",
            "Borang hampir lengkap. Yang tiada: nombor telefon, kenalan kecemasan dan nombor KWSP. No. KP 750203-07-5541 formatnya betul (kod negeri 07, Pulau Pinang).",
        ),
        ("user", "Kenalan kecemasan isteri dia, Wong Ai Ling, 012-403 7781."),
    ],
    [
        ("system", "You advise spa therapists on safe treatment choices. Not medical advice."),
        (
            "user",
            "My regular client Auntie Lucy Tan just finished chemo for breast cancer last month. She wants her usual full body massage on Friday. Can we?",
        ),
        (
            "assistant",
            "Please ask her to get clearance from her oncologist first. If cleared, use light pressure, avoid the area around any surgery or port site and the affected arm, and keep the session shorter.",
        ),
        ("user", "OK, I'll tell her to bring the doctor's letter."),
    ],
    [
        ("system", "Anda pembantu tempahan untuk cawangan Johor Bahru."),
        (
            "user",
            "Hi, I'm from Singapore, want to book hair colour + treatment Sunday. Name Jonathan Koh, NRIC T0215678J, mobile 8821 5094.",
        ),
        (
            "assistant",
            "Hi Jonathan, we do not need your NRIC for a booking, only your name and phone number. Sunday 2pm or 4pm is available at our JB City Square outlet. Which do you prefer?",
        ),
        ("user", "2pm ok. Also my wife Rachel wants a manicure same time."),
        (
            "assistant",
            "Done: hair colour + treatment for Jonathan Koh and a manicure for Rachel, Sunday 2pm. Confirmation will go to 8821 5094.",
        ),
    ],
    [
        ("system", "You help a salon cashier handle refunds."),
        (
            "user",
            "Customer Puan Maznah binti Yaakob bayar double RM260 guna kad 5521 1500 8734 6211 semalam. Macam mana nak refund?",
        ),
        (
            "assistant",
            "Void the second transaction in the card terminal if it has not been settled; if it has, do a refund against the original approval code. Note the refund in the daily log and give her the slip.",
        ),
        ("user", "Dah settle. Approval code 771204."),
        (
            "assistant",
            "Then process a refund of RM260 using approval code 771204 and keep a copy of the refund slip with her booking record.",
        ),
    ],
    [
        ("system", "Bantu pemilik salun urus permit pekerja asing."),
        (
            "user",
            "Pekerja saya dari Bangladesh, Md Rafiqul Islam, paspor EB0562718, permit PLKS tamat 14 Jan 2027. Bila patut mula renew?",
        ),
        (
            "assistant",
            "Biasanya permohonan pembaharuan boleh dibuat sehingga 3 bulan sebelum tamat tempoh. Pastikan pasport masih sah lebih 18 bulan dan pemeriksaan FOMEMA dibuat dahulu.",
        ),
        ("user", "Pasport dia tamat Jun 2027 je. Kena renew pasport dulu?"),
        (
            "assistant",
            "Ya, sebaiknya dia perbaharui pasport di Suruhanjaya Tinggi Bangladesh dahulu, kemudian baru mohon lanjutan PLKS dengan pasport baharu.",
        ),
    ],
    [
        ("system", "You draft social media replies for a nail and lash studio."),
        (
            "user",
            "IG user @aqilah.beauty_ posted that our lash glue gave her an eye infection, she tagged us. Real name Nur Aqilah binti Hassan, she booked under 011-2734 9085. How to reply?",
        ),
        (
            "assistant",
            "Public reply: 'Hi, we are sorry to hear this and have sent you a DM so we can help.' Then in DM, ask her to share the clinic report and offer to cover the consultation cost while you check the glue batch.",
        ),
        ("user", "Boss says offer free refill too."),
    ],
]
