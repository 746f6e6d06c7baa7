# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms54: Bahasa Melayu kedai gunting rambut, salon dan spa (tempahan, pelanggan tetap, promosi, aduan, pekerja, lesen PBT). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms54
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "promosi dan iklan"): _lines("""
        PROMO MERDEKA 🇲🇾 Potong rambut lelaki RM15 je (biasa RM20)! 28/8 - 1/9 sahaja, walk-in welcome.
        Pakej Pengantin Lelaki: gunting + cukur + facial ringkas RM120. Tempah 2 minggu awal ya.
        Student price RM12 setiap Isnin-Rabu, tunjuk kad matrik/kad pelajar. Tak sah dgn promosi lain.
        Raya dah dekat! Slot 25-29 Mac penuh cepat, pls book awal via link di bio 🙏
        Spa kaki refleksologi 60 min + scrub RM79 (harga asal RM110). Sah hingga 31 Dis 2025.
        Beli 5 kali gunting, yg ke-6 PERCUMA. Cop kad setiap kali datang, jangan hilang kad tau.
        Hair colour fashion mula RM180 (rambut pendek), bleach extra RM60. Konsultasi percuma!
        Ladies only salon — 100% staf wanita, bilik tertutup, sesuai utk muslimah. Buka 10pg-8mlm, tutup Selasa.
        Flash sale 11.11: voucher facial RM11 terhad 111 unit, beli di kedai rasmi kami dlm Shopee.
        Rebonding + treatment keratin RM250 semua panjang rambut, promosi cawangan Seremban 2 shj.
        Kids haircut RM10 (bawah 12 thn), ada kerusi kereta & kartun 🚗 weekend je.
        Jom join team kami! Kosong: 2 barber berpengalaman, 1 receptionist. Gaji RM1,700-RM2,800 + komisen. PM utk detail.
        Happy Hour 2pm-4pm hari bekerja: diskaun 20% utk semua servis spa. T&C apply.
        Pakej Berpantang 3 hari (bertungku, bengkung, urut) RM450 — terapis datang ke rumah sekitar Lembah Klang.
    """),
    ("ms", "tempahan dan notifikasi sistem"): _lines("""
        Hai {nama}, tempahan anda #{booking_id} di {cawangan} pada {tarikh} jam {masa} telah DISAHKAN. Balas BATAL utk membatalkan.
        Peringatan: temujanji anda esok jam 3:30 petang. Sila hadir 10 minit awal. Lewat >15 min, slot akan dilepaskan.
        Tempahan BK-20251204-0087 dibatalkan oleh sistem kerana deposit tidak diterima dalam masa 2 jam.
        [SalonKu] Kod OTP anda ialah 482913. Sah selama 5 minit. Jangan kongsi kod ini dengan sesiapa.
        Slot tersedia Sabtu 6/12: 10:00, 10:45, 14:15, 16:30. Barber: mana-mana.
        Status bayaran: BERJAYA | Ref FPX 2512041539220071 | RM50.00 | Deposit tempahan
        Anda berada di giliran ke-7. Anggaran masa menunggu: 35 minit. Kami akan SMS bila hampir giliran anda.
        Terima kasih kerana berkunjung! Nilai servis kami 1-5 ⭐: https://slnku.my/r/8XkQ2
        Maaf, cawangan Bangsar tutup pada 12/12 (kerja penyelenggaraan). Tempahan anda dipindah ke cawangan Mid Valley secara automatik.
        booking_log 2025-12-04T09:14:22+08:00 slot_id=SL-4471 status=CONFIRMED channel=whatsapp
        Deposit RM20 tidak dikembalikan jika batal kurang 24 jam sebelum temujanji (polisi no-show).
        Sistem sedang diselenggara 2:00-4:00 pagi. Tempahan online tidak dapat dibuat dalam tempoh ini.
        Waitlist: 3 orang | Kerusi aktif: 4/5 | Purata masa servis: 26 min
    """),
    ("ms", "lesen PBT dan peraturan"): _lines("""
        Permohonan Lesen Premis Perniagaan (Kedai Gunting Rambut) boleh dibuat secara dalam talian melalui portal e-Lesen PBT masing-masing.
        Dokumen diperlukan: salinan SSM, pelan lantai premis, gambar premis (depan & dalam), perjanjian sewa dan sijil suntikan tifoid pekerja (jika berkaitan).
        Fi lesen tahunan kedai gunting rambut bawah 50 meter persegi: RM150 (kadar 2025, tertakluk pindaan).
        Papan iklan tanpa lesen boleh dikompaun sehingga RM500 di bawah Undang-Undang Kecil Iklan.
        Jabatan Pelesenan dan Penjaja, Tingkat 3, Menara DBKL 1, Jalan Raja Laut, 50350 Kuala Lumpur. Kaunter dibuka 8.00 pg - 4.30 ptg.
        Majlis Bandaraya Petaling Jaya, Jalan Yong Shook Lin, 46675 Petaling Jaya, Selangor — urusan lesen di Bahagian Pelesenan.
        Spa & pusat urutan perlu lesen berasingan; terapis warga asing mesti memiliki Pas Lawatan Kerja Sementara (PLKS) yang sah.
        Premis mesti ada sinki dengan air mengalir, alat pensteril UV atau autoklaf, dan tong sampah bertutup — semakan oleh Unit Kesihatan Persekitaran.
        Notis: Lesen premis tamat 31/12. Pembaharuan lewat dikenakan penalti 10% sebulan. Rujuk No. Lesen MBSA/LP/2025/07712.
        Tempoh tindakan permohonan lesen baharu: 14 hari bekerja selepas dokumen lengkap diterima.
        Operasi bersepadu PBT & JIM di 23 premis spa di Jalan Alor semalam: 11 notis dikeluarkan, 3 premis disita kerana tiada lesen.
        Mengikut garis panduan, premis urutan tidak boleh beroperasi selepas 12 tengah malam dan bilik rawatan tidak boleh berkunci dari dalam.
        Kompaun boleh dibayar di kaunter Hasil, Wisma MBPJ atau melalui JomPAY kod biller 5454.
    """),
    ("ms", "SOP pekerja dan PDPA"): _lines("""
        SOP: sapu sikat & gunting dengan alkohol 70% selepas setiap pelanggan. Pisau cukur pakai buang SEKALI sahaja.
        Jangan simpan gambar MyKad pelanggan dalam telefon peribadi. Imbas terus ke sistem, kemudian padam dari galeri.
        Data pelanggan (nama, no telefon, sejarah rawatan) hanya boleh diakses oleh penyelia cawangan. Ikut PDPA 2010.
        Kalau pelanggan minta padam data, isi borang DSR-01 dan hantar kepada Pegawai Perlindungan Data dalam masa 21 hari.
        Staf wajib punch in sebelum 9:45 pagi. Lewat 3 kali sebulan = surat amaran.
        Cuti tahunan mesti dimohon 7 hari awal melalui app HR. Cuti sakit perlu MC dari klinik berdaftar.
        Sebelum buat kimia (warna, rebonding, perm), WAJIB buat ujian tampalan (patch test) 48 jam & catat keputusan dlm borang persetujuan.
        Borang persetujuan rawatan: Nama: __________ No. Tel: __________ Alahan: ☐ Ya ☐ Tidak. Tandatangan: __________
        Jangan tampal screenshot chat pelanggan dalam group staf. Ringkaskan isu tanpa nama atau nombor telefon.
        Komisen dikira 10% drp jualan servis + 5% jualan produk, dibayar bersama gaji setiap 7hb.
        Tuala: satu pelanggan satu tuala. Basuh 60°C, keringkan penuh sebelum lipat.
        Jika pelanggan pengsan atau cedera, hubungi 999 dan isi Laporan Insiden (borang INC-03) sebelum tamat syif.
        Rekod CCTV disimpan 30 hari sahaja; permintaan salinan oleh polis mesti melalui surat rasmi.
    """),
    ("ms", "aduan dan ulasan umum"): _lines("""
        Dah book pukul 2 tapi dipanggil pukul 2.50. Kalau tak cukup staf jangan terima booking banyak sangat.
        Servis ok tapi harga naik tak bagitau, dulu RM18 skrg RM25 😤
        Aircond rosak, panas gila dalam kedai. Tolong repair cepat.
        Bilik spa bersih, wangi, terapis profesional. Pasti datang lagi 👍👍
        Potong fade senget sebelah, kena betulkan kat kedai lain. Kecewa.
        Parking susah area ni, better datang naik Grab.
        Maaf atas kesulitan. Kami telah tambah 2 barber baru mulai Disember untuk kurangkan masa menunggu. — Pengurusan
        Terima kasih atas maklum balas. Sila DM no tempahan supaya kami boleh semak dan beri pampasan.
        Tuala macam tak basuh, bau hapak. 1 bintang.
        Rambut lepas rebonding jadi rapuh & putus-putus, treatment RM250 tak berbaloi langsung.
        Harga berpatutan, barber peramah, tak paksa beli produk. Recommended!
        Kenapa kedai tutup awal hari Jumaat? Kat Google tulis buka sampai 9 mlm.
        Dah 2 minggu email aduan tak berbalas. Khidmat pelanggan hampeh.
    """),
    ("ms", "jenama, tokoh dan tempat"): _lines("""
        Kedai Gunting Rambut Pak Mat, No 14 Jalan Tuanku Abdul Rahman — antara yang tertua di KL, dibuka sejak 1962.
        Salon Kak Yah Bridal & Beauty kini buka cawangan ketiga di Kota Bharu.
        P. Ramlee terkenal dengan gaya rambut bersikat licin ke belakang; gaya ini kembali trend dalam kalangan barber retro.
        Sweeney Todd, 'tukang gunting syaitan dari Fleet Street', ialah watak fiksyen dari cerita bersiri zaman Victoria.
        Opera Il barbiere di Siviglia karya Rossini mengisahkan Figaro, tukang gunting rambut yang licik.
        Syampu Paul Mitchell Tea Tree Special 300ml RM89 — stok baru sampai minggu ni.
        Kursus Vidal Sassoon Academy London: teknik potongan geometri, yuran £1,950 untuk 5 hari.
        Jalan Tun Sambanthan, Brickfields — deretan kedai gunting rambut India sejak zaman British.
        Menteri Pembangunan Kerajaan Tempatan dalam jawapan di Dewan Rakyat berkata 4,812 premis spa berlesen di seluruh negara setakat Jun 2025.
        Toni&Guy diasaskan oleh adik-beradik Mascolo di London pada 1963.
        Cawangan kami terletak berhadapan Hospital Tunku Azizah, Jalan Raja Muda Abdul Aziz, Kuala Lumpur.
        Upin & Ipin botak bukan sebab potong kat kedai kami 😂 tapi kalau anak nak gaya sama, RM8 je!
        SK Tun Hussein Onn anjurkan program gunting rambut percuma bersama Persatuan Pengusaha Kedai Gunting Rambut Selangor.
    """),
    ("ms", "invois, stok dan statistik"): _lines("""
        INV-2025-11-004871 | Potong + Cuci | RM28.00 | SST 8% RM2.24 | Jumlah RM30.24
        Pesanan stok PO-0932: Wella Koleston 60ml x 24, Developer 6% 1L x 6, jumlah RM1,146.00
        Jualan Nov 2025: RM48,320 (servis 82%, produk 18%), naik 7.4% berbanding Okt.
        Tracking J&T: 630012458823 — penghantaran bahan kimia ke cawangan Ipoh dijangka 2-3 hari bekerja.
        Resit No. 000318-B · 04/12/2025 15:42 · Tunai RM25.00 · Baki RM5.00
        Harga: Potong lelaki RM20 | Cukur janggut RM10 | Hair spa RM45 | Colour dari RM120
        Purata 63 pelanggan/hari pada hujung minggu; waktu puncak 11 pg - 2 ptg.
        Backup DB salonku_prod_20251204.sql.gz sha256=3e1f0a9c7b42d88e5f61a0c2b9d7e4f10a5c6b8e2d3f4a7091c8b5e6d2f3a4b1
        Sewa kedai RM3,800/bln, bil TNB purata RM620, kos bahan RM2,100 — margin kasar anggaran 41%.
        Kadar pulangan pelanggan (return rate) 90 hari: 54%; pelanggan baharu bulan ini: 212.
        Terminal kad: MID 000008812345671 TID 30041187 — settlement harian jam 11:59 mlm.
        Ringkasan audit PDPA: 0 insiden kebocoran data Q3 2025; 2 permintaan akses data diproses dalam 14 hari.
    """),
    ("en", "dokumentasi aplikasi tempahan"): _lines("""
        `POST /api/v2/bookings` — body: {"branch_id": "BR-07", "service_code": "HC-M01", "slot": "2025-12-06T10:45:00+08:00"}
        Field `customer.phone` is stored encrypted (AES-256-GCM); never log it in plaintext.
        Set `RETENTION_DAYS=730` to auto-purge inactive customer profiles after two years, per the PDPA retention principle.
        Release notes v4.12.3: fixed double-booking when two staff edit the same slot; added Bahasa Melayu SMS templates.
        Example payload uses placeholder values: {"name": "<CUSTOMER_NAME>", "ic_no": "<REDACTED>", "phone": "+60XXXXXXXXX"}
        def mask_ic(ic: str) -> str: return ic[:2] + "****-**-" + ic[-4:]  # masking helper; never persist unmasked values
        Error 409 SLOT_TAKEN: the requested slot was booked by another session. Retry with a different slot_id.
        Webhook `booking.cancelled` fires within 5 s; payload contains booking_id and reason_code only, no customer fields.
        Staff roles: OWNER, MANAGER, STYLIST, RECEPTION. Only OWNER and MANAGER can export the customer list (CSV).
        Test data: use the seeded fixture `demo_customers.json`, which holds only synthetic records — never copy production rows into staging.
        Cron `0 2 * * *` runs `purge_expired_otp.py` and rotates logs older than 14 days.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Nak book Sabtu 3ptg utk anak saya Aiman Hakimi (7 thn) potong rambut. Nama saya Rohana, no tel 012-738 4451.
        Pelanggan tetap: En. Hafiz Zulkarnain, 016-229 8073 — suka skin fade no.2, ALAH pada pewarna PPD (pernah bengkak muka 2023).
        Pekerja baru: Ravi a/l Subramaniam, No KP 920318-08-5537, gaji pokok RM1,800 + komisen 10%, mula 1/12.
        Permit PLKS barber Mohd Rubel Hossain (Bangladesh), pasport BX0428817, tamat 14/03/2027 — renew sebelum Feb.
        Aduan dalaman: Cik Nurul Izzati bt Kamarudin melecur kulit kepala lepas rebonding di cawangan Bangi pada 2/11; klinik sahkan luka bakar tahap 1.
        Deposit RM50 dah transfer ke akaun Maybank 1640 2231 8874 a/n NORHAYATI BINTI ISMAIL, pls check.
        Kad utk caj no-show: 4556 3210 0847 3928, exp 08/28, nama atas kad MUHAMMAD FARID B ROSLAN.
        Home service: Puan Zaleha bt Yusof, pesakit strok terlantar, Unit 12-3A Blok C Pangsapuri Seri Mawar, Jln Kuchai Lama, 58200 KL. Bawa clipper wireless.
        Myvi putih VBK 4127 tu kereta En. Saiful Bahri pelanggan kita, dia selalu parking depan pintu kedai — tolong tegur elok2.
        Slip gaji Okt: Siti Aisyah bt Ramli (jurugaya), gaji kasar RM2,350, potongan KWSP RM259, No. KWSP 18273645.
        Bekas pekerja kita, Azlan bin Hamid, didakwa di Mahkamah Majistret Ampang atas tuduhan curi RM3,200 dari laci kaunter. Sebutan semula 9 Jan.
        Pelanggan: Mohd Syafiq R***n, IC 9503**-**-5127, tinggal Blok 4-2-7 PPR Kerinchi, masih hutang RM180 utk pakej pengantin.
        Resit pakej pantang 7 hari dah hantar ke nadiah.rahman88@gmail.com (Puan Nadiah Abd Rahman, bersalin secara caesarean 20/11).
        Borang ahli: LEE CHONG MING, KP 850912-07-5283, lahir 12/09/1985, 21 Lorong Sungai Pinang 5, 11600 George Town, Pulau Pinang.
        Nota fail: Puan Farah Adila hamil 5 bulan — JANGAN buat urutan perut atau guna minyak pala. Tel 013-492 0651.
        En. Gurpreet Singh s/o Harbhajan ada psoriasis teruk di kulit kepala, dia bawa syampu ubat sendiri. Booking tiap 3 minggu hari Rabu.
        Keputusan FOMEMA terapis Bikash Tamang (Nepal): positif Hepatitis B, tidak layak — kena hantar pulang, majikan tanggung tiket.
        Permohonan lesen premis MBSA: pemohon Zulkifli bin Othman, No KP 780625-10-5671, alamat kediaman No 23, Jalan Kenanga 7/3, Seksyen 7, 40000 Shah Alam.
        Anak Puan Hasnah, Danish (9 thn, autisme), perlu slot pagi yg sunyi & barber Amir saja. Jangan guna clipper bising. Tel ibu 019-604 2287.
        Puan Rosnah Abdullah minta jadual temujanji dia dirahsiakan drpd bekas suami, Khairul Anuar — dia ada Perintah Perlindungan Interim dari mahkamah.
        Hantar serum ke: Wong Mei Kuan, 15 Jalan Mahsuri 3, Taman Bukit Indah, 81200 Johor Bahru. HP 017-762 1548.
        Pekerja Indonesia Sri Wahyuni, paspor C4471029, gaji RM1,700 — majikan belum bayar levi 2025.
        Surat amaran kedua: Cik Nor Syafiqah bt Jamal (ID staf SLN-027) ponteng 4 hari tanpa MC, 10-13 Nov.
        Mohd Danial (barber cawangan Kajang) hantar MC Klinik Kesihatan Kajang — demam denggi, cuti sakit 5 hari mulai 1/12.
        Barber Hakim Firdaus yg bertatu naga kat cawangan SS15 tu datang kerja mabuk semalam, pelanggan bau arak. Tolong ambil tindakan.
        Kad ahli BRB-00318: En. Tan Boon Keat, 012-658 4410, tarikh lahir 03/05/1979, mata ganjaran 1,240.
        Pelanggan dari Singapura, Nur Hidayah bte Salleh, NRIC T0251963H, tempah solek pengantin 14 Feb, HP +65 8734 2209.
        Saya nak batal booking BK-20251118-0421, nama Faizal Rahim. Baru keluar wad HKL lepas bedah apendiks, tak larat.
        Birthday voucher utk Nabilah Husna bt Azman (lahir 21/12/1996) — hantar ke WhatsApp 011-1928 5573.
        Kumaran a/l Muthu, KP 880417-14-6093, pekerja Raja Barber Sentul, failkan tuntutan gaji tertunggak RM4,500 di Jabatan Tenaga Kerja.
        Tok Wan Ismail bin Daud (85 thn, berkerusi roda) — driver ambil di No 7, Kg Sungai Ramal Dalam, 43000 Kajang, jam 9 pagi Ahad.
        Terapis Aminah jumpa ketulan besar di belakang leher Puan Khadijah Omar masa urut, dah nasihat dia jumpa doktor. Rekod dlm fail K-0442.
        Ahmad Zaki, 017-339 5182 — senarai hitam: 3 kali no-show dan pernah maki staf di kaunter Ogos lalu.
        Tuan, ini IC saya utk borang keahlian: 950730-01-6248, Nur Amira binti Kassim, Batu Pahat.
        Puan Lim Siew Ling, 016-387 2046 — suami dia baru meninggal bulan lepas, tolong jangan tanya pasal suami masa servis.
    """),
    "en": _lines("""
        Hi, this is Melissa Fernandez — I had a Brazilian wax at your Bangsar outlet on 4 Nov and developed folliculitis; my GP put me on antibiotics. Call me at 019-337 2615.
        Staff file: Priya d/o Rajendran, NRIC 990214-14-5848, EPF no. 20918374, emergency contact: mother Kamala, 012-915 0263.
        Customer from HK: Chan Ka Yan, HKID K482193(9), WhatsApp +852 6123 4087, booked couple spa for 20 Dec.
        Our SG outlet stylist Rina Kusuma, FIN G5521837X, work permit expires 30/06/2026 — please arrange renewal with MOM.
        Card on file for Jason Teoh's monthly grooming subscription: 5204 1877 3301 2569, exp 11/27. He lives at 8 Jalan SS 2/24, Petaling Jaya.
        Former stylist Daniel Ong Kah Wai was convicted in the Sessions Court last month for secretly filming customers in our changing room.
        Mrs Kavitha Nair (room 3, Tues 11am) has a pacemaker — no electrotherapy and no hot stones on her chest area.
        Please refund RM180 to Aaron Lim Wei Han, Public Bank a/c 3187 6620 41 — he was overcharged for the keratin treatment.
    """),
    "zh-Hans": _lines("""
        顾客陈美玲，电话012-356 7781，每月第一个星期六来做头皮护理，对薰衣草精油过敏。
        中国游客周雅婷，身份证号350203199502231580，预约了12月8日下午两点的双人SPA套餐。
        阿伟理发店员工林嘉慧上个月工资RM2,100，公积金扣了RM231，她说下个月要辞职回怡保。
        张太太（张丽娟）每周三来洗头，她先生中风后行动不便，住在Segambut的Pangsapuri Vista Angkasa B-12-5。
        顾客黄俊杰，车牌 JQR 7816，老是把车停在店门口挡路，上次还跟隔壁店老板吵架。
        台湾客人林佩君，身分证字号F224183657，Line ID：peichun_0815，下次来槟城想做接发。
        技师黄丽欣（深圳人，身份证440306198807143022）工作准证下个月到期，老板说先不要续。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Assalamualaikum, nak book rebonding Sabtu ni boleh?"),
        (
            "assistant",
            "Waalaikumsalam! Sabtu 6/12 ada slot 10:00 pg dan 2:30 ptg. Boleh berikan nama & no telefon?",
        ),
        ("user", "2.30 ptg. Nama Siti Mariam bt Hassan"),
        ("user", "no 014-826 3390"),
        ("assistant", "Terima kasih Puan Siti Mariam, tempahan anda disahkan."),
        ("user", "oh ya saya tgh mengandung 3 bulan, selamat ke buat rebonding?"),
    ],
    [
        (
            "system",
            "You are the WhatsApp assistant for Kemas Gaya Barber. Never repeat IC numbers back to the customer.",
        ),
        ("user", "hi i want to update my membership, moved house"),
        ("assistant", "Sure! Please share your membership name and the new address."),
        ("user", "Mohd Khairul Anwar, IC 870605-10-5433"),
        ("user", "new address 31, Jalan Bukit Jelutong 2/7, 40150 Shah Alam"),
        ("assistant", "Thanks, your address has been updated."),
    ],
    [
        ("user", "帮我写一封辞职信，我在 Salon Gaya 做发型师"),
        ("assistant", "好的，请告诉我您的姓名、职位和最后工作日。"),
        ("user", "我叫 Tan Xin Yi，身份证 910223-06-5172，最后一天是12月31日"),
        ("user", "原因就写身体原因吧，其实是我确诊了乳腺癌要开始化疗"),
    ],
    [
        (
            "user",
            "Saya nak buat aduan. Kulit kepala saya melecur lepas buat colour kat cawangan Setia Alam semalam",
        ),
        ("assistant", "Kami mohon maaf. Boleh kongsikan no tempahan dan gambar kecederaan?"),
        ("user", "BK-20251203-0215. Gambar saya email nanti"),
        (
            "user",
            "Nama saya Hamidah binti Salleh, alamat utk hantar cek pampasan: No 9, Jalan Setia Impian U13/7R, Setia Alam, 40170 Shah Alam",
        ),
        ("assistant", "Terima kasih Puan Hamidah, kes anda dirujuk kepada pengurus kawasan."),
    ],
    [
        ("user", "tolong draft surat amaran utk staf saya"),
        ("assistant", "Boleh. Apa nama staf, jawatan dan kesalahannya?"),
        (
            "user",
            "Joanne Lau Pei Shan, receptionist cawangan Cheras, selalu ambil duit tunai dari laci, dah 3 kali CCTV rakam",
        ),
        ("user", "IC dia 960814-10-5392, masukkan sekali dalam surat"),
    ],
    [
        ("user", "Macam mana nak mohon lesen premis kedai gunting rambut dengan MPKj?"),
        (
            "assistant",
            "Secara amnya anda perlu isi borang permohonan lesen, lampirkan SSM, perjanjian sewa, pelan lantai dan gambar premis.",
        ),
        ("user", "ok tolong isi kan. Nama pemohon Rosli bin Mat Yaakob"),
        (
            "user",
            "KP 840911-13-5027, rumah Lot 1123 Kampung Sungai Tangkas, 43000 Kajang, tel 012-690 1847",
        ),
        ("assistant", "Baik, saya sediakan draf borang dengan maklumat tersebut."),
    ],
    [
        ("user", "Hi, booking a couples massage for my anniversary from Singapore"),
        (
            "assistant",
            "Lovely! For cross-border packages we need the lead guest's name and ID for the insurance waiver.",
        ),
        ("user", "Goh Siew Hwa, S8834127I"),
        ("user", "my husband has a slipped disc so please no deep tissue for him"),
    ],
    [
        (
            "system",
            "Pembantu HR untuk rangkaian kedai gunting rambut Barberhood. Jawab dalam Bahasa Melayu.",
        ),
        ("user", "Permit barber India kita nak tamat, perlu buat apa?"),
        (
            "assistant",
            "Pembaharuan PLKS boleh dibuat melalui portal FWCMS sekurang-kurangnya 3 bulan sebelum tamat, dengan pasport yang sah.",
        ),
        ("user", "Nama dia Mohammed Irfan Sheikh, pasport T7318264, tamat PLKS 15/02/2026"),
        ("user", "dia pun ada darah tinggi, FOMEMA lepas ni lulus ke?"),
    ],
    [
        ("user", "nak bayar baki pakej spa RM350 guna kad"),
        ("assistant", "Boleh, sila masukkan nombor kad."),
        ("user", "4012 3866"),
        ("user", "0917 2458"),
        ("user", "exp 03/29, nama Chong Mei Fong"),
    ],
    [
        (
            "system",
            "Profil pelanggan: Ong Kah Seng, 012-477 3065, pelanggan sejak 2019, kebotakan awal (alopecia areata) — guna gunting sahaja di kawasan tompok.",
        ),
        ("user", "Nak gaya yang boleh tutup tompok botak sikit"),
        ("assistant", "Boleh cuba textured crop dengan bahagian atas dibiarkan lebih panjang."),
    ],
]
