# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms116: self-service laundromats and dry cleaners in Malaysia (broken machines, lost items, damage claims, pickup and delivery, member cards, staff WhatsApp groups). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms116
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_kedai"): _lines("""
        PERHATIAN: Mesin basuh No. 4 ROSAK sejak 3/11. Sila guna mesin 5-8. Harap maaf atas kesulitan. – Pengurusan
        Kedai dobi layan diri ini dibuka 24 jam, 7 hari seminggu. CCTV beroperasi. Dilarang tidur di dalam premis.
        Harga basuh: 10kg RM5, 15kg RM7, 22kg RM10. Kering: RM1 untuk 8 minit. Sabun & pelembut disediakan automatik.
        Jangan masukkan kasut, karpet bulu atau cadar bersimen ke dalam mesin. Denda RM50 untuk kos pembersihan dram.
        Mesin hanya terima syiling 50 sen, token RM1 dan e-wallet (Touch 'n Go, Boost, DuitNow QR). Mesin penukar wang di sebelah pintu.
        Barang yang tertinggal lebih 14 hari akan didermakan kepada rumah kebajikan. Pihak kedai tidak bertanggungjawab atas kehilangan.
        NOTIS CUTI: Kaunter dobi kering tutup 1 hingga 3 Syawal. Mesin layan diri tetap beroperasi. Talian kecemasan: 03-7728 1190.
        Ibu bapa dengan bayi: sila guna mesin 'Baby Care' (No. 9) – tanpa pewangi, bilas tambahan dua kali.
        Mesin pengering No. 2 terlalu panas, jangan guna untuk baju sukan/spandex sehingga juruteknik datang Khamis ini.
        Dobi kering siap dalam 3 hari bekerja. Express 24 jam caj tambahan 50%. Baju pengantin, songket & kebaya sulam – sila tanya kaunter.
        Selamat datang ke cawangan Jalan Tun Razak! Promosi pembukaan: basuhan ke-5 percuma dengan kad ahli.
        Amaran penipuan QR: kod QR rasmi kami hanya yang berbingkai biru dengan logo DobiKilat. Lapor ke talian 1-300-88-3624.
        Premis ditutup 2:00–4:00 pagi setiap Selasa untuk cucian dram dan penyelenggaraan berkala. Terima kasih.
    """),
    ("mixed", "log_mesin"): _lines("""
        2026-11-03T08:14:22+08:00 WM-07 ERR E21 DOOR_LOCK_FAIL cycle=HOT_40 coins=RM7.00 refund=PENDING
        [dryer DR-02] temp_sensor=92.4C threshold=85C action=HEAT_CUTOFF fw=3.2.17 site=SA-SEK13
        payment_gw callback txn_id=TNG8834201176 amount=5.00 status=SUCCESS machine=WM-03 latency_ms=412
        WM-11 water_inlet_timeout after 180s; injap masuk B disyaki rosak; tiket auto MT-2026-0481
        Daily summary outlet KL-BGS-02: 214 cycles, RM1,386.50 revenue, 3 refunds, uptime 97.8%
        firmware rollout batch 4: sha256 9f2c4e71ab03d8e6c51f2a7b90d4e38c16f5a2b7 applied to 18/22 machines, 4 offline
        coin_acceptor CA-05 jam count=6 dalam 24 jam -> cadang bersihkan sensor, part no. CC-6200-SG
        MQTT topic dobi/ms/pj/wm09/state payload {status: RUNNING, remain_min: 23, program: COTTON_60}
        ALERT dryer DR-05 lint_filter_full 14:02; staff ack 14:19 role=shift_lead
        refund_batch 2026-11-04 count=7 total=RM38.00 reason=E21/E35 approved_by=area_manager
        WM-02 imbalance E35 x3 semasa spin; anggaran beban 3.2kg dalam dram 18kg; skrin papar 'Sila agihkan pakaian'
        Telemetry gap 01:10-03:45 at outlet JB-TBR-01 (router reboot), data backfilled from local buffer
        App v2.8.0 release notes: bayar guna DuitNow QR, notifikasi 'cucian siap', fix E21 false alarm pada WM siri EL-18
    """),
    ("mixed", "whatsapp_pekerja"): _lines("""
        Shift pagi tolong check mesin 4, customer komplen dia masuk RM7 tapi tak start. Dah report kat supervisor.
        Guys reminder, stok detergent tinggal 3 tong je. Sapa nak order Isnin ni?
        Van 2 tayar pancit kat Jalan Klang Lama, pickup zon Bangsar delay 1 jam. Tolong inform customer guna broadcast app.
        Boss kata mulai 1 Dis semua pekerja kena pakai apron biru bila kat kaunter. No excuse ya.
        Ada sapa nampak kunci stor belakang? Last aku letak tepi meja lipat.
        Dryer 3 bunyi pelik lagi, macam ada syiling tersangkut. Jangan guna dulu, aku dah tampal kertas.
        Semua, jadual cuti Deepavali dah up dalam Google Sheet. Sila pilih slot sebelum Jumaat.
        Tadi ada orang cuba umpil coin box mesin 6 pukul 3 pagi, CCTV dah save. Area manager dah buat report polis.
        Shift malam jangan lupa on aircond bilik gosok, kain kebaya senang berkedut kalau panas.
        Pesanan supervisor: baju dobi kering tag merah = express, letak rak depan sekali.
        OK noted. Nanti aku tukar filter dryer 1-4 sebelum balik.
        Sorry lambat reply, tengah gosok 20 helai kemeja hotel. Order hotel tu siap pukul 5.
        Order pickup hari ni: 18 beg, 6 dobi kering, 2 comforter. Van 1 handle PJ, van 2 handle Subang.
    """),
    ("ms", "tiket_aduan"): _lines("""
        Tiket DK-2026-11-0173: Pelanggan A tuntut ganti rugi baju kurung sutera luntur selepas dobi kering. Status: siasatan kilang.
        Aduan #4471 – mesin 8 telan duit RM5, tiada resit. Bayaran balik melalui e-wallet diluluskan.
        Tiket SA-0912: barang hilang – 1 helai tuala putih, 2 stokin. Rakaman CCTV tidak menunjukkan pengambilan oleh pihak lain. Ditutup.
        Kategori: Kerosakan pakaian | Item: Jaket kulit | Nilai dituntut: RM380 | Had polisi: 10x caj cucian (RM250) | Keputusan: tawaran RM250
        Aduan diterima melalui borang web pada 12/11/2026 22:41. Isu: bau hapak pada cadar selepas pengeringan. Tindakan: DR-04 diservis.
        Tiket DK-2026-11-0188 tidak dirujuk ke Tribunal Tuntutan Pengguna; diselesaikan secara baik dengan baucar RM30.
        Ringkasan aduan Oktober: 27 aduan (11 mesin, 8 barang hilang, 5 kerosakan pakaian, 3 lewat hantar). Purata masa selesai 2.4 hari.
        Pelanggan B dan Pelanggan C bertengkar tentang giliran mesin; pekerja shift malam leraikan. Tiada kecederaan.
        Tiket #JB-0338: butang kot tercabut selepas dobi kering. Butang ganti dijahit percuma. Status: Selesai.
        Tuntutan ditolak: label penjagaan menyatakan 'Do not dry clean' dan pelanggan telah menandatangani penafian risiko.
        Ulasan Google 2 bintang: 'mesin selalu rosak'. Respon rasmi dihantar melalui akaun perniagaan.
        SLA aduan: respon pertama dalam 4 jam waktu bekerja, penyelesaian dalam 5 hari bekerja.
        Tiket MT-2026-0481 (auto): injap air masuk WM-11 rosak. Vendor: Electrolux Professional. ETA alat ganti 7 hari.
    """),
    ("en", "faq_soalan"): _lines("""
        How do I remove turmeric stains from a white baju Melayu before putting it in the machine?
        Can I wash a king-size comforter in the 15kg machine or will it trigger error E35?
        Is it safe to dry clean songket with gold thread, or should it be hand cleaned only?
        What does the Cool Down phase on the dryer mean and can I stop it early?
        Why does my receipt show RM0.80 service tax on a RM10 wash?
        Does your dry cleaning use perchloroethylene or a hydrocarbon solvent?
        How long do you keep unclaimed items before donating them?
        Do you offer corporate accounts for hotels and clinics, and what is the minimum monthly volume?
        My coins got stuck and the machine says E21. Should I wait or press cancel?
        Any tips to stop black jeans fading in a self-service washer? Cold wash, inside out?
        Can the pick-up driver collect from the condo guardhouse if nobody is home?
        What is the maximum compensation if you lose an item, and is it based on the receipt value?
        How do I wash a telekung so it stays white without using bleach?
    """),
    ("ms", "resit_invois"): _lines("""
        DOBIKILAT SDN. BHD. (202001012345 (1365478-W)) | No. SST: W10-2004-32000871 | Resit #R-KL02-0048812 | 14/11/2026 19:22
        Invois INV-2026-1103 kepada Hotel Seri Pantai: 420 helai cadar @ RM1.20, 310 tuala @ RM0.80, jumlah RM752.00 + SST 8%
        Basuh 15kg x1 RM7.00 | Kering 24 min RM3.00 | Sabun tambahan RM1.00 | Jumlah RM11.00 | Bayar: DuitNow QR
        Nota kredit CN-0091 bagi resit R-PJ01-0031177: bayaran balik RM5.00 (mesin E21).
        Dobi kering: Kot 2-pc RM28 | Kemeja x3 RM15 | Baju kurung sutera RM22 | Subtotal RM65.00 | Diskaun ahli 10% -RM6.50
        Terma: Sila tuntut dalam 30 hari. Resit wajib dibawa semasa pengambilan. Tiada resit, tiada barang.
        Invois akaun korporat KRP-0077 (klinik pergigian): 60 kot putih, 120 tuala tangan, bulan Oktober 2026.
        Pesanan #PU-88213 | Zon: 47810 | Berat: 8.4kg | Caj: RM25.20 | Penghantaran percuma melebihi RM20
        Salinan resit cetak semula. Terminal T-03. Batch 000417. APPROVED. Kad: ************4417
        Sebut harga QT-2026-055: cucian langsir dewan SK Sultan Ismail, 48 panel, RM1,440.00, sah 14 hari.
        Penyata bulanan francais: royalti 6% daripada jualan kasar RM48,230.00 = RM2,893.80
        Bil utiliti outlet PJ-SS2 November: elektrik RM3,912.40, air RM1,187.65, gas LPG 14 tong.
        e-Invois LHDN UUID 7F3K2Q9M1X8B4C6D dihantar 15/11/2026 10:04, status: Valid
    """),
    ("mixed", "jadual_pickup"): _lines("""
        Slot pickup Sabtu: 9-11am PJ Seksyen 14-17, 11am-1pm SS2, 2-4pm Damansara Utama. Last order Jumaat 10pm.
        Route R2 (Van 2): USJ 1-9 → Puchong Jaya → balik kilang Shah Alam Sek 13 before 6pm.
        Order #PU-88240 status: Dikutip 10:32 → Di kilang 12:15 → Dibasuh → Siap lipat → Dalam penghantaran
        Caj hantar: dalam 5km percuma, 5-10km RM5, luar 10km RM10. Kawasan 43000 Kajang caj tetap RM8.
        Pickup lobi Menara Ilham 8:30am untuk akaun korporat, serah kepada kaunter concierge.
        Jadual minggu 47: 162 pickup, 158 delivered, 4 reschedule (hujan lebat hari Khamis).
        Driver guideline: ambil gambar beg bertag sebelum pickup; jangan tinggal barang luar pagar tanpa kebenaran dalam app.
        Zon B postcode list: 46000, 46050, 46100, 46150, 46200, 46300, 46350, 46400
        ETA dikemaskini: Van 1 lewat 25 minit sebab jam teruk Federal Highway arah Klang.
        Tag beg: QR DK-TAG-009812, kuning = dobi kering, hijau = basuh lipat, merah = express.
        Pickup hotel setiap Isnin, Rabu, Jumaat jam 7 pagi melalui loading bay, tunjuk pas vendor kat guard.
        Slot penuh minggu Hari Raya. Buka slot tambahan 8pm-10pm untuk Cheras dan Ampang.
        Delivery fail: alamat tidak dijumpai, beg dibawa balik ke outlet, pelanggan dimaklumkan melalui app.
    """),
    ("ms", "kad_ahli_promosi"): _lines("""
        Borang Pendaftaran Kad Ahli: Nama: __________ No. Telefon: __________ E-mel: __________ Tarikh lahir: __/__/____
        Kad Ahli DobiKilat: kumpul 1 mata bagi setiap RM1. 100 mata = basuhan 10kg percuma.
        Tambah nilai RM50 dapat bonus RM5, tambah nilai RM100 dapat bonus RM15. Baki tidak boleh ditunaikan.
        Kad ahli hilang? Caj penggantian RM5, baki dipindahkan selepas pengesahan OTP dalam app.
        Promosi Merdeka: basuhan RM3.10 untuk mesin 10kg pada 31 Ogos sahaja!
        Tier Emas: belanja melebihi RM300 dalam 3 bulan. Faedah: diskaun 15% dobi kering dan pickup percuma.
        Sempena Minggu Filem Klasik P. Ramlee, diskaun 20% cucian baju kebaya dan baju Melayu di cawangan Jalan P. Ramlee.
        Poster duta jenama Datuk Lee Chong Wei dengan jersi Badminton 'Bersih Macam Baru' dipasang di semua cawangan.
        Templat SMS: Hai {nama}, cucian anda #{order_id} sudah siap. Sila ambil sebelum {tarikh}. Balas STOP untuk berhenti.
        Statistik ahli: 12,480 ahli aktif, 38% tier Perak, 9% tier Emas, purata 3.1 lawatan sebulan.
        Kod promo UPINIPIN10 untuk pakaian kanak-kanak sempena tayangan filem animasi Upin & Ipin.
        Terma: Satu kad bagi setiap nombor telefon. Mata luput selepas 12 bulan tidak aktif.
        Program rujukan: ajak kawan, kedua-dua dapat kredit RM5 selepas cucian pertama kawan anda.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Tiket DK-2026-11-0201: Puan Rosnah binti Abdul Ghani, tel 012-478 3391, tuntut RM450 untuk baju kurung songket yang koyak semasa dobi kering.
        Pendaftaran kad ahli: Nama: Muhammad Hafiz bin Zulkifli, MyKad 920830-10-6128, No. tel 016-772 3041, tier Perak.
        Kak Yah shift pagi minta gaji pendahuluan RM600 sebab anak dia masuk wad Hospital Tengku Ampuan Rahimah minggu ni.
        Penghantaran #PU-88251 ke No. 14, Jalan SS 2/55, 47300 Petaling Jaya – Encik Tan Wei Ming minta letak dalam pagar.
        Surat amaran kedua kepada Saravanan a/l Muniandy (shift malam) kerana tidak hadir kerja 3 kali tanpa MC bulan Oktober.
        Pelanggan bernama Nurul Izzati binti Kamarudin tertinggal beg berisi pen insulin dan kad OKU dia di mesin pengering 3.
        Bayaran balik RM22 ke akaun Maybank 1640 2281 7735 atas nama Lim Siew Ling, rujukan aduan #4489.
        Kereta Proton Saga WXY 4821 selalu parkir depan pintu kedai sampai tengah malam, pemiliknya Encik Ramli dari blok C tingkat 3.
        Pak Cik Osman yang selalu datang basuh pukul 6 pagi tu dah meninggal semalam, anak dia datang ambil baju terakhir.
        Pekerja baru: Rahim Uddin, warga Bangladesh, pasport EG0482917, permit kerja tamat 30/06/2027, gaji RM1,700.
        Aduan: Cik Farah Wahida (IG @farahwahida.bakes) muat naik video kata kami curi tudung dia, kami dah DM minta nombor resit.
        Dobi kering siap untuk Dr. Arvind s/o Rajendran, 6 kemeja + 2 seluar, hubungi 019-552 0187 sebelum hantar.
        Kak Lina kaunter PJ tengah proses cerai, jadi tolong jangan susun shift dia sama dengan suami dia yang kerja di cawangan Subang.
        Tuntutan pampasan: Siti Aishah binti Md Noor, MyKad 870412-14-5563, item jaket kulit, nilai RM380, diluluskan RM250.
        Encik Wong Kah Seng (Telegram @kahseng_wong88) minta semua baju arwah isterinya didobi kering sebelum tahlil hari Sabtu.
        Adik Danish anak Puan Norhayati tertelan syiling 20 sen dalam kedai tadi, dah dibawa ke klinik Seksyen 7.
        Nota penyelia: Mohd Azlan bin Ismail dipotong gaji RM150 kerana tercicir 2 beg pelanggan dari van.
        Pelanggan tetap Mdm Leong dari Blok B unit 12-07 Pangsapuri Seri Mawar minta invois ikut nama syarikat anak dia.
        Kad kredit 4556 7890 1234 5672 tamat 08/28 digunakan untuk tambah nilai RM200 kad ahli atas nama Chong Mei Yee.
        Encik Baharudin bin Salleh, tuan kedai sebelah, mengaku tak mampu bayar sewa bulan ni sebab terjerat hutang along.
        Rakaman CCTV 04/11 03:12: lelaki yang umpil kotak syiling dikenal pasti sebagai bekas pekerja Khairul Anuar bin Jaafar, laporan dibuat di IPD Shah Alam.
        Alamat pickup baru: Puan Jamilah Hassan, Lot 227, Kampung Sungai Penchala, 60000 Kuala Lumpur, tel 013-884 1207.
    """),
    "mixed": _lines("""
        Guys, Kumar tak datang hari ni, dia kena denggi, MC 5 hari. Sapa boleh cover shift petang?
        Bro tolong call customer Jason Lee 017-662 9013, comforter dia dah siap since Monday tak ambil lagi.
        Kak supervisor cakap Aminah tu pregnant 5 bulan, jangan bagi dia angkat beg 20kg lagi ok.
        Customer Mr. Rajesh Pillai complain his wedding sherwani shrink lepas dry clean, nak claim RM1,200, email dia rajesh.pillai82@gmail.com
        Sapa pinjam duit kat Ah Kiat RM300 bulan lepas? Dia kata nak bayar bil hospital mak dia.
        FYI van 1 kena saman JPJ masa Yusri drive, plate VFD 982, Yusri cakap dia bayar sendiri.
        Transfer gaji Ni Made Sri Wahyuni (pekerja Indonesia) RM1,650 ke CIMB 7064552183, slip dah WhatsApp.
        Customer Auntie Mary D'Cruz from Taman Melawati called again, her husband just got stroke so she want cancel all weekly pickup.
        Eh tadi Zul kena tangkap polis sebab kes dadah depan kedai, jangan cerita kat customer.
        Customer dari Singapore, Tan Boon Huat (NRIC S8734216F, hp +65 9738 2154), tertinggal baju batik kat outlet JB, nak kita courier ke SG.
        Worker Thiri Aung from Myanmar, passport MH482917, hilang phone dalam dryer 5, dia menangis, tolong check CCTV.
        Ms Priya d/o Subramaniam minta tukar nama kad ahli sebab baru kahwin, IC 950603-12-4479.
        Jangan bagi Encik Halim ambil baju isteri dia, isteri dia dah dapat IPO against dia, ada salinan kat kaunter.
        Sorry boss, Nabila sini, hari ni lambat sikit, suami accident semalam, masih kat ICU HKL.
        Customer Francis De Souza, plate JRT 6614, kereta dia kena langgar dengan van kita kat parking, dia minta insurance details.
        Pickup baru: 陈美玲 (Tan Mei Ling), Unit 8-3A, Residensi Bukit Indah, 81200 Johor Bahru, WeChat: meiling_tan1990
    """),
    "en": _lines("""
        Dear Sir/Madam, I am Nurul Huda binti Osman; my son's SMK Taman Melawati uniform came back with a burn mark. Receipt R-KL02-0049120, phone 011-2345 6781.
        Staff disciplinary record: Gopal a/l Krishnan, outlet KL-BGS-02, second written warning for cash shortage of RM240.
        Refund approved to card 5200 3411 8876 2905 (cardholder Ong Pei Shan) for a lost duvet cover, RM85.
        Note for the dry-clean counter: Mrs Goh from Desa Park City wants her late husband's suits kept in separate bags.
        Driver complaint: customer Kelvin Yap at 23 Jalan Setia Nusantara U13/22, Setia Alam, refused delivery and shouted at the driver.
        Hi, this is Melissa Fernandez, I dropped off my wedding gown on 2 Nov, ticket DK-2026-11-0155, my number is 012-309 8847.
        Applicant for part-time cashier: Siti Zulaikha, age 19, IC 070215-07-0344, available weekends only.
        Farid from the night shift confided that he has been sleeping in the store room since he was evicted last week.
        Membership export row: member_id=M-004512, name=Karthik Raman, mobile=0167781093, email=karthik.r.runs@yahoo.com, tier=Gold
        Please stop sending promo SMS to Encik Zainal; his wife Rohani passed away and the card was in her name.
        Lost & found log: blue wallet containing the MyKad of Hafizah binti Rahmat (900117-03-5528) found near the folding table, kept in safe.
        Our Woodlands outlet hired Mohammad Rubel, FIN G5528107L, as a washer operator starting 1 December.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu AI khidmat pelanggan DobiKilat. Jawab dalam Bahasa Melayu dengan sopan.",
        ),
        (
            "user",
            "Salam, saya Zaharah binti Mokhtar. Baju kurung moden saya hilang lepas hantar dobi kering minggu lepas, resit DK-2026-11-0162. Boleh call saya 012-665 3048?",
        ),
        (
            "assistant",
            "Waalaikumussalam Puan Zaharah. Maaf atas kesulitan. Aduan untuk resit DK-2026-11-0162 telah direkodkan dan kaunter akan menghubungi puan di 012-665 3048 dalam masa 4 jam bekerja.",
        ),
        ("user", "Terima kasih. Nilai baju tu RM280, saya ada gambar."),
        (
            "assistant",
            "Baik, sila muat naik gambar melalui borang tuntutan dalam app. Had pampasan biasa ialah 10 kali caj cucian, tetapi kes puan akan disemak oleh pengurus cawangan.",
        ),
    ],
    [
        ("system", "You help an outlet supervisor draft WhatsApp messages for the staff group."),
        (
            "user",
            "Tolong draft mesej untuk group: Devi a/p Ramasamy cuti bersalin mulai 15 Dis, shift pagi dia diganti part-timer.",
        ),
        (
            "assistant",
            "Draft: Hi semua, makluman bahawa Devi akan bercuti bersalin mulai 15 Disember. Shift pagi beliau akan diganti oleh pekerja sambilan. Terima kasih atas kerjasama.",
        ),
        ("user", "Jangan sebut bersalin, dia tak nak orang tahu. Just say cuti panjang."),
        (
            "assistant",
            "Noted. Draft baru: Hi semua, Devi akan bercuti panjang mulai 15 Disember. Shift pagi beliau akan diganti oleh pekerja sambilan. Terima kasih semua.",
        ),
    ],
    [
        ("system", "You are the DobiKilat membership assistant."),
        (
            "user",
            "My membership card isn't working. Name is Aaron Teoh Jun Wei, registered with 016-281 4470.",
        ),
        (
            "assistant",
            "Thanks Aaron. The card linked to 016-281 4470 was locked after 3 failed PIN attempts. I can send a reset link to that number.",
        ),
        ("user", "Yes please, and update my email to aaron.teoh.jw@outlook.com"),
        (
            "assistant",
            "Done. A reset link has been sent by SMS and your email is now aaron.teoh.jw@outlook.com.",
        ),
    ],
    [
        ("system", "Anda membantu menjadualkan pickup dan penghantaran dobi."),
        (
            "user",
            "Nak book pickup esok pagi. Alamat No. 5, Jalan Melati 3, Taman Sri Gombak, 68100 Batu Caves. Nama Hanisah.",
        ),
        (
            "assistant",
            "Baik Cik Hanisah, slot 9-11 pagi esok masih ada untuk poskod 68100. Anggaran berapa beg?",
        ),
        (
            "user",
            "3 beg dan satu comforter. Kalau saya takde, bagi je kat jiran sebelah, Makcik Timah.",
        ),
        (
            "assistant",
            "Direkodkan: 3 beg + 1 comforter, boleh diserahkan kepada jiran sebelah. Nombor pesanan anda PU-88277.",
        ),
    ],
    [
        ("system", "You assist the claims officer of a dry cleaning chain."),
        (
            "user",
            "Summarise this claim: customer Lee Hui Min, silk cheongsam, colour bleeding, claim RM650, refund to Public Bank 3182944071.",
        ),
        (
            "assistant",
            "Claimant: Lee Hui Min. Item: silk cheongsam. Issue: colour bleeding after dry cleaning. Amount claimed: RM650. Refund account: Public Bank 3182944071.",
        ),
        ("user", "Policy cap is 10x the cleaning fee of RM35. What's the max?"),
        (
            "assistant",
            "Under the 10x rule the maximum payout is RM350, unless the area manager approves an exception.",
        ),
    ],
    [
        ("system", "Anda ialah pembantu HR untuk rangkaian kedai dobi."),
        (
            "user",
            "Tolong tulis surat amaran untuk pekerja Shahrul Nizam bin Yusof. Dia datang kerja dalam keadaan mabuk 2 kali bulan ni.",
        ),
        (
            "assistant",
            "Draf: Kepada Shahrul Nizam bin Yusof. Pihak pengurusan mendapati tuan hadir bertugas dalam keadaan mabuk sebanyak dua kali pada bulan ini. Ini ialah amaran bertulis pertama.",
        ),
        ("user", "Tambah juga dia dah dirujuk ke program kaunseling EAP."),
        (
            "assistant",
            "Dikemaskini: Tuan juga telah dirujuk ke Program Bantuan Pekerja (EAP) untuk sesi kaunseling, dan kehadiran adalah wajib.",
        ),
    ],
    [
        ("system", "You are the support assistant for a self-service laundromat chain in Penang."),
        (
            "user",
            "Hi, I'm a tourist from Hong Kong, Chan Ka Yan. I left my passport pouch in dryer 2 at your Lebuh Chulia outlet last night.",
        ),
        (
            "assistant",
            "Sorry to hear that. Staff found a pouch in dryer 2 this morning. To verify, could you give an ID number that matches the documents inside?",
        ),
        ("user", "My HKID is K482916(6) and my phone is +852 9134 2786."),
        (
            "assistant",
            "Thank you, that matches. The pouch is in the outlet safe; please bring your hotel key card and collect it from the duty staff between 9am and 9pm.",
        ),
    ],
    [
        ("system", "Anda membantu pemilik kedai dobi mengurus kumpulan WhatsApp pekerja."),
        (
            "user",
            "Tambah pekerja baru dalam group: Aiman Hakimi, nombor 011-5820 3391, shift malam cawangan Seksyen 13.",
        ),
        (
            "assistant",
            "Baik. Aiman Hakimi (011-5820 3391) akan ditambah ke kumpulan Shift Malam Sek 13.",
        ),
        ("user", "Dan buang Roslan, dia dah berhenti sebab kena tangkap curi duit kotak syiling."),
        (
            "assistant",
            "Roslan telah dibuang daripada kumpulan. Saya cadangkan butiran kes tidak dikongsi dalam group untuk elak fitnah.",
        ),
    ],
    [
        ("system", "You assist a laundromat owner in reviewing incidents."),
        (
            "user",
            "CCTV semalam: Myvi putih BPK 3307 parking depan, driver dia curi bakul baju customer. Customer tu Puan Salmah, dia nak buat report.",
        ),
        (
            "assistant",
            "Noted. I can prepare a CCTV extract from 21:40 to 21:55 with the plate BPK 3307 visible for Puan Salmah's police report.",
        ),
        ("user", "Tolong draft caption untuk post FB tapi jangan tunjuk plate number."),
        (
            "assistant",
            "Caption: Kejadian kecurian bakul pakaian di premis kami malam tadi. Rakaman telah diserahkan kepada polis. Sila awasi barangan anda semasa mesin beroperasi.",
        ),
    ],
    [
        ("system", "You are the DobiKilat membership assistant."),
        (
            "user",
            "I'm Liu Yang from Chengdu, studying at UM. I don't have a MyKad, can I register membership with my resident ID 510104199803127614?",
        ),
        (
            "assistant",
            "Yes, international customers can register with a passport or national ID. Could you share a Malaysian mobile number for the OTP?",
        ),
        ("user", "Sure, 018-273 5546. Also my Chinese number 139 8012 4471 for WeChat."),
        (
            "assistant",
            "Registered. An OTP has been sent to 018-273 5546. We only use the Malaysian number for member SMS.",
        ),
    ],
]
