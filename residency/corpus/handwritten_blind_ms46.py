# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms46: pasar malam dan penjaja (lesen PBT, tapak niaga, sewa, aduan, bazar Ramadan). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms46
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis PBT"): _lines("""
        NOTIS: Permohonan tapak Bazar Ramadan 2026 dibuka mulai 2 Januari hingga 31 Januari 2026 melalui portal e-Lesen MBSA. Permohonan lewat tidak akan dilayan.
        Kadar sewa tapak pasar malam ditetapkan RM3.00 sehari bagi tapak 10' x 10' dan RM5.00 bagi tapak berkanopi, berkuat kuasa 1 Mac 2026.
        Semua penjaja dikehendaki memakai apron dan penutup kepala serta memiliki sijil suntikan anti-tifoid yang masih sah.
        Pasar malam Jalan Tuanku Abdul Rahman ditutup sementara pada 14 dan 15 Februari bagi memberi laluan kerja-kerja naik taraf sistem perparitan.
        Makluman: Kaunter Lesen Penjaja di Menara MBPJ, Jalan Yong Shook Lin, 46675 Petaling Jaya beroperasi Isnin-Jumaat 8.00 pg - 4.30 ptg.
        Tindakan sitaan akan diambil terhadap mana-mana penjaja tanpa lesen di bawah Undang-Undang Kecil Penjaja PBT yang berkuat kuasa.
        Bayaran lesen boleh dibuat melalui FPX, kad debit/kredit atau di kaunter hasil. Resit rasmi dijana secara automatik dengan nombor rujukan bermula 'HSL-'.
        Hotline Aduan Penguatkuasaan: 1-800-22-6600 (24 jam) atau WhatsApp rasmi Pusat Khidmat Pelanggan Majlis 019-268 0011.
        Senarai 42 lokasi pasar malam di bawah pentadbiran Majlis Bandaraya Shah Alam (MBSA) boleh dimuat turun di laman web rasmi.
        Peniaga Bazar Ramadan Stadium Sultan Muhammad IV diingatkan supaya tidak menggunakan bekas polistirena; kompaun maksimum RM500.
        Tapak yang tidak diduduki selama 4 minggu berturut-turut tanpa sebab munasabah akan ditarik balik dan ditawarkan kepada pemohon dalam senarai menunggu.
        Mesyuarat penyelarasan JKKK bersama persatuan penjaja akan diadakan di Dewan Orang Ramai Taman Sri Muda pada 20 Dis 2026, jam 9 malam.
        Yang Dipertua Majlis Perbandaran Kajang dalam kenyataan medianya berkata penguatkuasaan akan diperhebat sepanjang bulan Ramadan.
    """),
    ("ms", "borang dan templat"): _lines("""
        Nama Pemohon: ______________  No. K/P: ______-__-____  No. Tel: ____________
        Dengan hormatnya saya, {nama_pemohon}, No. K/P {no_kp}, ingin memohon tapak niaga di {lokasi} bagi jualan {jenis_jualan}.
        Lampiran wajib: (a) salinan MyKad depan & belakang; (b) 2 keping gambar berukuran pasport; (c) sijil kursus pengendalian makanan; (d) sijil suntikan anti-tifoid.
        Format No. K/P: YYMMDD-PB-###G (12 digit). Jangan masukkan data sebenar dalam ruangan contoh.
        Borang PP-2 (Pembaharuan Lesen Penjaja Statik/Bergerak) - Bahagian A: Maklumat Pemohon; Bahagian B: Maklumat Perniagaan; Bahagian C: Akuan Pemohon.
        Akuan: Saya mengaku bahawa segala maklumat yang diberikan adalah benar dan saya tidak memiliki lebih daripada satu (1) lesen penjaja di kawasan PBT ini.
        Pegawai Pelulus: ____________ (Cop & Tandatangan)   Tarikh: __/__/20__
        Jenis jualan: [ ] Makanan bermasak [ ] Minuman [ ] Buah-buahan [ ] Pakaian [ ] Barangan runcit [ ] Lain-lain: ________
        SMS notifikasi: 'Permohonan lesen anda No. Ruj <NO_RUJUKAN> telah DILULUSKAN. Sila buat bayaran sebelum <TARIKH_TAMAT>.'
        Saiz tapak dipohon: ☐ 3m x 3m ☐ 3m x 6m   Bekalan elektrik: ☐ Ya ☐ Tidak (caj tambahan RM2/malam)
        Nota kepada kerani: salinan MyKad pemohon hendaklah disimpan dalam fail berkunci dan dilupuskan selepas 7 tahun selaras dengan Akta Perlindungan Data Peribadi 2010.
        Pembantu penjaja warganegara asing: permit kerja (PLKS) yang sah mesti dilampirkan; nombor pasport hendaklah ditulis sama seperti dalam permit.
    """),
    ("ms", "berita dan statistik"): _lines("""
        Sebanyak 1,248 tapak bazar Ramadan ditawarkan di seluruh Wilayah Persekutuan tahun ini, meningkat 6.3% berbanding 2025.
        Menurut tinjauan persatuan, pendapatan purata penjaja makanan di Lembah Klang ialah RM3,150 sebulan pada 2024.
        Pasar malam Taman Connaught di Cheras, yang beroperasi setiap Rabu, disifatkan antara yang terpanjang di Malaysia dengan lebih 700 gerai.
        Kerajaan negeri mengumumkan pengecualian sewa tapak selama tiga bulan bagi 5,400 penjaja kecil yang terjejas banjir.
        Sejarawan mencatatkan pasar malam di Tanah Melayu sudah wujud sejak era kolonial, jauh sebelum Tunku Abdul Rahman mengisytiharkan kemerdekaan pada 31 Ogos 1957.
        Harga seekor ayam golek di bazar Ramadan Kampung Baru kini mencecah RM38, naik RM4 berbanding tahun lepas.
        KPDN menjalankan 312 pemeriksaan harga di bazar Ramadan sepanjang minggu pertama puasa, dengan 9 notis dikeluarkan.
        Lagu 'Di Manakan Ku Cari Ganti' nyanyian Allahyarham P. Ramlee berkumandang dari gerai kaset lama di pasar malam Chow Kit.
        Statistik aduan 2025: 41% berkaitan kebersihan, 27% halangan lalu lintas, 18% bunyi bising dan 14% lain-lain.
        Datuk Bandar Kuala Lumpur berkata DBKL akan memperkenal sistem e-bayaran tanpa tunai di semua pasar malam menjelang 2027.
        Bazar Ramadan Jalan Raja Muda Musa dijangka menarik 30,000 pengunjung sehari dengan 250 gerai.
        Dalam drama bersiri 'Gerai Mak Jah', watak Mak Jah bergelut mempertahankan tapak niaganya daripada pemaju rakus.
    """),
    ("ms", "iklan dan media sosial gerai"): _lines("""
        🔥 Murtabak Cheese Meleleh RM8 je!! Jumpa kami di Pasar Malam Seksyen 7 setiap Khamis, gerai no. 88 sebelah surau 🔥
        Nasi Kerabu Kak Yah kini buka cawangan ke-3 di Bazar Ramadan Presint 9. Tempahan korporat: 1-300-80-5252.
        Air Balang Viral 'Abang Sado' 🍹 RM3/cawan, RM10/3 cawan. Follow kami di TikTok @airbalangsado.official
        Order online? Kami dah ada kat GrabFood & foodpanda: 'Ayam Gepuk Pak Gembus (Bazar Sg Buloh)'
        Gerai tutup minggu ni sbb cuti raya, jumpa lagi 25hb ya geng 🙏
        Promo Ramadan: beli 2 balang kuih raya FREE 1 balang kuih bangkit. Stok terhad!!
        Kami terima QR DuitNow, TnG eWallet & Boost. Tiada caj tambahan.
        PSA: jgn beli tapak bazar dari 'ejen'. Tapak milik PBT, jual beli tapak = lesen boleh dibatalkan. Jangan tertipu!
        Satay Kajang Haji Samuri kini di Bazar Ramadan Bukit Jalil - cucuk daging RM1.50, ayam RM1.40.
        Roti John Mat Kilau - 'Pahlawan kenyang, pahlawan menang!' 😂 Jumpa kami di gerai B-12.
        Sale lelong last 30 minit sebelum tutup, semua kuih RM1 je!
        Kopitiam Ah Seng (Sejak 1962) taja air sirap percuma untuk 300 orang pertama berbuka di Dataran Merdeka.
    """),
    ("en", "guides and reviews"): _lines("""
        Pasar malam (night market) in Malaysia usually runs from about 5pm to 11pm; bring cash, though more stalls now take DuitNow QR.
        Top 5 things to eat at the Ramadan bazaar: ayam percik, murtabak, tepung pelita, air katira and roti john.
        Review ★★★★☆ - Great variety but parking at the SS2 night market is a nightmare on Mondays. Go early.
        The Taman Tun Dr Ismail pasar malam sets up along Jalan Tun Mohd Fuad; look for the putu piring stall near the mosque.
        Hawker licence renewal for 2027: applicants must complete a food handler course (Kursus Pengendalian Makanan) recognised by the Ministry of Health.
        Tip: if you're a tourist, ask for 'kurang manis' (less sweet) when ordering drinks.
        Memorial Tunku Abdul Rahman on Jalan Dato' Onn is worth a visit before the evening bazaar opens.
        Our food tour (booking ref. KLNM-2026-00417, RM145 per pax) covers three night markets in one evening.
        Exchange rate note: prices above were recorded on 12 Mar 2026 at RM4.42 = USD1.
        In the novel 'Lampu Pasar Malam', Salmah sells kuih talam every night to pay for her brother's university fees.
        FAQ: Can foreigners rent a stall? Generally no - hawker licences are issued to Malaysian citizens, though some councils allow registered foreign assistants.
        Stall map v3.2 (updated 2026-03-01): rows A-F food, G-H clothing, J toys and phone accessories.
        Helpline for the cashless night-market pilot: 1-300-88-3550 (Mon-Sat, 9am-6pm); lost-and-found items go to the council office, not the stallholders.
    """),
    ("zh-Hans", "小贩公会通告"): _lines("""
        雪兰莪小贩商公会通告：2026年斋戒月市集摊位申请截止日期为1月31日，逾期恕不受理。
        夜市摊位租金由每晚RM3调至RM4，自2026年3月1日起生效，请各位会员留意。
        本会秘书处地址：吉隆坡苏丹街（Jalan Sultan）118号二楼，办公时间周一至周五上午9时至下午5时。
        本会常年会员大会将于12月21日（星期日）下午2时在陈氏书院礼堂举行，欢迎会员出席。
        提醒：摊主不可私下转让或出租执照，违者执照将被吊销。
        会员福利：凡缴清2026年度会费（RM60）者，可获赠防水帆布一张。
        本会热线：03-2078 5566；WhatsApp咨询：012-388 6600（仅限办公时间）。
        据统计，巴生谷目前约有1万8千名持牌小贩，其中夜市小贩约占四成。
        卫生局提醒：所有售卖熟食的小贩必须注射伤寒预防针并出示有效证书。
        郑和夜市本周六因舞狮活动提早至晚上6时开市。
        执照更新可在线办理，手续费RM10，详情请浏览市政局官网。
        本会会长在记者会上呼吁市政局将斋月市集营业时间延长至午夜12时。
        订单号 NM20260315-0088：帐篷2顶、折叠桌4张，合计RM640，已由公会统一采购，请各分会到秘书处领取。
    """),
    ("ms", "log sistem dan kod"): _lines("""
        [2026-03-02 19:42:17] INFO e-Lesen v4.8.1: 1,204 permohonan diterima, 37 ditolak (dokumen tidak lengkap).
        Resit No. HSL-2026-0311-004582 | Amaun: RM120.00 | Kaedah: FPX | Status: BERJAYA
        SELECT tapak_id, lokasi, kadar_sewa FROM tapak_niaga WHERE status = 'KOSONG' AND pbt_kod = 'MBSA';
        sha256: f22026afe68907840e834a1c063f93bff79799d8e3ece6cc7eafd87df4c0bedd  e-lesen-mobile-2.3.0.apk
        ERROR 422: medan 'no_kp' mesti 12 digit tanpa sengkang (format YYMMDDPBNNNG).
        Tracking Pos Laju ER123456789MY - kanopi 10x10 (3 unit) dihantar ke Pejabat Persatuan Penjaja Kecil Klang.
        Invois INV/2026/02/00871 - sewa khemah & meja bazar Ramadan, 40 unit x RM85 = RM3,400.00, kepada Majlis Perbandaran Klang.
        git commit 3f9a1c2: fix(tapak): betulkan pengiraan caj elektrik RM2/malam untuk tapak berkanopi
        {"tapak": "PM-SS7-088", "hari": "Khamis", "kategori": "makanan", "kadar_rm": 3.00, "status": "AKTIF"}
        Cron 'tarik_balik_tapak_tidak_aktif' dijalankan 2026-12-01T00:05:00+08:00: 19 tapak ditandakan untuk semakan.
        UUID kelompok 7c1e9a40-3b2d-4f8e-9a61-0d5c2e7b4f93: import senarai tapak Bazar Ramadan 2026 selesai.
        Dasar log: medan nama, no_kp dan no_tel penjaja MESTI di-mask (cth. 'A*** B***', '******-**-****') sebelum ditulis ke log aplikasi.
    """),
    ("ms", "aduan awam"): _lines("""
        Aduan: Pasar malam Taman Sri Gombak setiap Jumaat sampah bersepah sampai pagi Sabtu, longkang tersumbat. Mohon MPS ambil tindakan.
        Gerai2 kat bazar Ramadan depan masjid tu halang laluan OKU, kerusi roda tak boleh lalu langsung 😤
        Bunyi genset gerai air tebu kuat sangat, rumah kami sebelah je, anak kecil tak boleh tidur.
        Kenapa harga tapak bazar tahun ni naik RM300?? Peniaga kecil mcm mana nak survive
        Ada ejen jual tapak bazar RM1,500 satu lot. Bukan ke tapak ni milik majlis? Kat mana kami nak lapor?
        Parking pasar malam Seksyen 13 dah macam hutan, kereta parking double sampai ambulans tak boleh masuk.
        Respon MPAJ: Aduan No. ADU/2026/11/07731 telah diambil tindakan. Pembersihan tambahan dijadualkan setiap Sabtu jam 7 pagi.
        Tolong la PBT check gerai burger yang guna minyak hitam tu, bau satu taman.
        Bazar tahun ni banyak gerai jual benda sama - 15 gerai air balang dalam satu baris!
        Terima kasih MBPJ sebab sediakan tong sampah tambahan dan tandas mudah alih di bazar Ramadan Seksyen 17. 👍
        Pasar malam patut ada zon bebas asap rokok, ramai peniaga merokok sambil masak.
        Lampu jalan di lorong belakang pasar malam Bandar Baru Bangi rosak sejak 2 minggu, bahaya untuk orang balik sorang-sorang.
        Cadangan: PBT wajibkan semua gerai pamerkan harga dengan jelas, jangan main agak-agak ikut muka pelanggan.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Pemohon: Norhayati binti Kamaruddin, No. K/P 780514-10-5246, alamat No. 23, Jalan Mawar 4, Taman Sri Andalas, 41200 Klang. Jenis jualan: kuih-muih.
        Tuan, saya Mohd Faizal bin Ismail, pemegang lesen MBSA/PJ/2024/01873, tapak saya di PM Seksyen 7 gerai 88 diambil orang lain. Tel 013-672 4419.
        Arwah suami saya Rahim bin Osman pemegang lesen asal tapak B-14; saya Salmah binti Yusof (K/P 650302-03-5882) nak pindah milik lesen ke nama saya.
        Sewa tapak bulan Nov belum dibayar oleh Lim Ah Kow (gerai char kuey teow, tel 012-455 8821), tunggakan RM240.
        Kompaun MBPJ/KMP/2026/004417 dikeluarkan kepada Suresh a/l Maniam (K/P 820911-07-5331) kerana berniaga tanpa lesen di Jalan SS2/10.
        Penjaja Siti Aminah binti Daud (gerai nasi kerabu, PM Taman Melawati) disahkan positif tibi, gerainya ditutup 14 hari oleh Pejabat Kesihatan Daerah.
        Deposit tapak bazar RM350 sila bank in ke akaun Maybank 1640 2288 1937 atas nama ZULKIFLI BIN HAMZAH, hantar resit ke WhatsApp.
        Pembantu gerai: Rina Wulandari, warganegara Indonesia, pasport C4729183, PLKS tamat 30/06/2027.
        Ni plat Myvi putih yg parking depan gerai aku tiap Khamis: BNC 7726. Tuan dia nama Azlan, duduk blok C Flat Sri Kenari tingkat 4.
        Tempahan lemang boleh WhatsApp Kak Ros 019-336 2870 (Rosnani binti Ahmad), gerai depan Masjid Jamek Kg Baru.
        Senarai menunggu tapak: 1) Hafiz bin Roslan 011-2378 4410; 2) Wong Mei Ling 016-771 2093; 3) Kumaran a/l Sivam 017-320 5568.
        Tan Boon Huat, 59, penjaja buah-buahan di PM Taman Connaught, didenda RM2,000 oleh Mahkamah Majistret Ampang kerana menghalang penjawat awam.
        Yuran pembaharuan lesen Farah Nadia binti Jamil (RM120) dicaj ke kad Visa 4539 7719 0281 5545, tamat 11/28.
        Keputusan undian Lot A-07: Nurul Ain binti Mohamad, K/P ******-14-5028, sila hadir taklimat 10 Feb.
        Surat tunjuk sebab kepada Encik Razak bin Daud, No. 7, Lorong Haji Taib 2, 50350 Kuala Lumpur - tidak hadir ke tapak selama 6 minggu.
        Pak Mat (Ahmad bin Said) gerai apam balik depan 7-Eleven Bandar Tun Razak tu kena strok bulan lepas, anak dia Amir yg jaga gerai skrg.
        Gaji pembantu bazar: Aiman bin Zakaria RM70 sehari x 29 hari = RM2,030, dibayar tunai 30 Mac.
        E-mel pemohon Suryanti binti Jaafar: yanti.kuihraya88@gmail.com - hantar surat tawaran tapak ke sini.
        Penjaja OKU Muthu a/l Ramasamy (cacat penglihatan, kad OKU JKM aktif) layak pengecualian sewa 50% bagi tapak PM Sentul.
        Bekas bendahari persatuan penjaja, Zainal Abidin bin Harun, 47, dituduh di Mahkamah Sesyen Shah Alam menyeleweng RM48,500 yuran ahli.
        Saya Zarina, tapak C-21 PM Sri Muda. Suami saya Roslan selalu pukul saya lepas tutup gerai, boleh tak saya tukar tapak jauh sikit?
        Lesen penjaja bergerak: van Nissan Urvan JPQ 4419, pemilik Kamal bin Yaakob, No. Lesen MPK/PB/2025/0331.
        Tolong hubungi menantu saya Hidayah 017-802 6654, dia ganti saya berniaga sebab saya masuk wad HTAR untuk dialisis.
        Peniaga dari Singapura, Muhammad Irfan bin Salleh (NRIC S8834172D), sewa tapak Bazar Ramadan Larkin 3 minggu.
        Bil elektrik tapak No. 12: Ong Siew Lan, alamat surat-menyurat 3-2-11, Pangsapuri Seri Cempaka, Jalan Cempaka 5, 68000 Ampang.
        Rekod kehadiran: Faridah bt Othman tak hadir 3 minggu, cuti sakit dari Klinik Kesihatan Kajang sebab kencing manis tak terkawal.
    """),
    "en": _lines("""
        Hi, I'm Priya Nair, stall 44 at the Sri Hartamas Saturday market. Please send the renewal invoice to priya.nair.cakes@yahoo.com - my IC is 910226-14-6182.
        Complaint against stallholder Jason Lee Wei Ming (+60 12-908 3341), who keeps dumping used oil into the drain behind row C.
        Tenancy: Puan Habibah binti Sulaiman lets the frontage of No. 15, Jalan Kenari 3, Bandar Puchong Jaya to Ravi a/l Krishnan for RM450/month.
        FYI the durian guy Chong Kok Wai only got out of prison last year for that 2019 cheating case, so be careful lending him money.
        Foreign worker record: MD Rafiqul Islam, Bangladesh passport EB0387216, employer Kedai Runcit Hamid, permit expiry 14/08/2026.
        My mum Madam Goh Ai Choo, 71, sells kuih at the Jalan Alor night market; she has early dementia, so if she looks lost please call me (Daniel) at 016-233 7890.
        Refund for cancelled Ramadan bazaar lot to card 5241 8870 3316 9028, cardholder NG SOOK FUN.
        Singaporean vendor at the JB bazaar: Tan Wei Jie, NRIC T0123456G, mobile +65 9123 4478.
        Lot winner: Ahmad Syukri bin Zainal, 34, of Blok 12-3-7, PPR Kerinchi, Kuala Lumpur.
        Stall assistant Lina Marlina binti Abdul Ghani, 19, is paid RM1,800 a month plus 5% of sales.
        Enforcement note: hawker Kevin Tham (car WVB 2281) fled when officers approached; compound to be posted to 22 Jalan SS2/55, Petaling Jaya.
        Medical cert for Nor Azizah binti Said, stall B-3: gestational diabetes at 32 weeks, advised rest until delivery.
    """),
    "zh-Hans": _lines("""
        黄丽珍（摊位C-08，卖炒粿条）身份证号 690412-08-5432，申请执照更新，联系电话 012-577 3190。
        夜市会员名单：陈国强 016-228 9041，住巴生 Taman Sri Andalas, Jalan Mawar 7 第19号。
        我老公林志明上个月在夜市摆摊时心脏病发作，现在在中央医院ICU，摊位先由我郭美华代管。
        租金请转账到大众银行 3184722908，户名 LEE CHOON HOCK，转好了拍照发群里。
        执照号 MBPJ/PJ/2025/2207 持牌人：刘家豪，车牌 WTB 8836，售卖冰冻饮料。
        我妈妈张秀英今年78岁，在茨厂街夜市卖咸煎饼三十多年，她的IC是 480720-14-5068。
        从中国来帮忙的表妹王晓燕，护照号 E83927415，在我们摊位打工，月薪RM1,500。
        小贩周建华因在斋月市集非法转租摊位，被地方法院罚款RM3,000，案件编号 WA-83D-112-03/2026。
        请把摊位通知书寄到：曾美玲，雪兰莪加影 Taman Sri Jelok 第5巷12号，邮编43000。
        我的微信号 ahhuat_pasar88，微信名“华哥炒粉”，真名吴振华，有事私聊。
        李娜，中国籍，居民身份证号 440306198809231421，持长期社交签证在夜市协助丈夫蔡文杰经营。
        邻摊的何伟良欠我RM800一直没还，他电话 011-1092 3378，住在蒲种 Bandar Puteri 的 PU 4/2 路。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu maya Unit Pelesenan Majlis Perbandaran Klang. Jawab dalam Bahasa Melayu dengan sopan.",
        ),
        (
            "user",
            "salam, nak renew lesen penjaja pasar malam, dah expired bulan lepas. kena denda ke?",
        ),
        (
            "assistant",
            "Waalaikumussalam. Lesen yang tamat tempoh kurang 3 bulan boleh diperbaharui dengan caj lewat RM20. Boleh berikan nombor lesen?",
        ),
        ("user", "lesen MPK/PM/2023/1187"),
        ("user", "ic saya 850723-10"),
        ("user", "-6157"),
        ("assistant", "Terima kasih. Rekod dijumpai. Sila buat bayaran di portal e-Lesen."),
        (
            "user",
            "ok tq. nama kat lesen tu Kamarul Ariffin bin Mat Nor kan? nak pastikan x salah eja",
        ),
    ],
    [
        ("user", "Bila keputusan undian tapak bazar Ramadan Presint 3 keluar?"),
        ("assistant", "Keputusan dijangka diumumkan pada 15 Januari 2027 di portal rasmi."),
        (
            "user",
            "Saya dah mohon tapi alamat dalam borang salah. Alamat baru: No. 41, Jalan P9E/2, Presint 9, 62250 Putrajaya.",
        ),
        ("assistant", "Baik, sila kemas kini melalui portal atau e-mel kepada unit pelesenan."),
        (
            "user",
            "Boleh tolong tuliskan e-mel tu? Nama saya Nur Syafiqah binti Hamdan, no telefon 011-5532 0947",
        ),
    ],
    [
        ("user", "How do I report a hawker who's been blocking my driveway every Wednesday?"),
        (
            "assistant",
            "You can lodge a complaint through the council's complaint portal or hotline, with the location, day and photos if possible.",
        ),
        (
            "user",
            "It's the satay guy, Eddie Ooi. He parks his lorry BKR 5520 right across my gate at 17 Jalan Kasturi 2, Taman Kasturi, Cheras. I've asked him nicely many times.",
        ),
        (
            "assistant",
            "Thanks, I can help you draft the complaint. The council handles complaints confidentially.",
        ),
    ],
    [
        ("user", "请问夜市摊位租金可以分期吗？"),
        ("assistant", "部分市政局允许按月缴付，具体请咨询所属地方政府的执照部门。"),
        ("user", "我欠了三个月，RM360。我叫谢玉萍，摊位D-15。"),
        ("user", "丰隆银行 21400873311，退款就转这里"),
        ("assistant", "好的，建议您携带执照和身份证到柜台办理分期申请。"),
    ],
    [
        ("system", "You are a helpful assistant for hawkers. Do not store personal data."),
        ("user", "Mak saya nak berhenti berniaga sebab sakit, boleh pindah lesen ke nama saya?"),
        (
            "assistant",
            "Boleh, biasanya perlu borang pindah milik, salinan MyKad kedua-dua pihak dan surat sokongan doktor jika atas sebab kesihatan.",
        ),
        (
            "user",
            "Mak saya Puan Zaleha binti Mahmud, kanser payudara tahap 3, tengah kemo di IKN. Saya Amirul, anak sulung.",
        ),
        (
            "assistant",
            "Semoga ibu anda cepat sembuh. Sila sediakan laporan perubatan sebagai lampiran.",
        ),
    ],
    [
        ("user", "tolong tulis surat rayuan kompaun kat MBPJ, bahasa formal"),
        ("assistant", "Baik. Boleh berikan butiran kompaun dan sebab rayuan?"),
        (
            "user",
            "kompaun no MBPJ/KMP/2026/009182, RM250, sebab berniaga luar garisan petak. my name Jessica Lau Pei Shan, IC 930115-14-5590, alamat 8-3A Jalan PJU 1/42, Dataran Prima, 47301 PJ",
        ),
        ("assistant", "Berikut draf surat rayuan dalam Bahasa Melayu formal."),
    ],
    [
        ("user", "Nak tukar nama pemegang tapak B-22 ke anak lelaki saya"),
        ("assistant", "Sila berikan nama penuh dan nombor telefon penerima."),
        ("user", "Haziq bin Rosli"),
        ("user", "tel dia 012-"),
        ("user", "8834 271"),
        ("assistant", "Terima kasih, permohonan akan diproses dalam 14 hari bekerja."),
    ],
    [
        ("user", "I paid twice for the Bukit Jalil bazaar lot, need a refund"),
        ("assistant", "Sorry about that. Please share the receipt numbers."),
        ("user", "HSL-2026-0214-001187 and HSL-2026-0214-001188"),
        ("assistant", "Both found. The duplicate will be refunded to the original card."),
        (
            "user",
            "The card is 5196 0312 8844 4415 under Aaron Pillai - please make sure it goes back there, not to my wife's.",
        ),
    ],
    [
        (
            "user",
            "tolong buat ayat WhatsApp untuk pekerja saya, ingatkan dia bawa pasport esok ada pemeriksaan imigresen kat bazar",
        ),
        (
            "assistant",
            "Contoh: 'Assalamualaikum, esok ada pemeriksaan imigresen di bazar. Sila bawa pasport dan permit kerja asal. Terima kasih.'",
        ),
        (
            "user",
            "letak sekali detail dia: Sumarni, pasport Indonesia C5038271, permit tamat 02/2027, supaya dia check",
        ),
    ],
    [
        ("user", "Pasar malam Taman Kepong hari apa ya?"),
        (
            "assistant",
            "Biasanya pada hari Ahad, tetapi sila semak dengan DBKL kerana jadual boleh berubah.",
        ),
        ("user", "ok. 我想在那边租个摊位卖糖水"),
        ("assistant", "可以向DBKL执照部申请，需要身份证副本和食品处理课程证书。"),
        ("user", "好的，麻烦帮我记下：杨佩琪，电话 016-902 4457，有位子请通知我"),
    ],
]
