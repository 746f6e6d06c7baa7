# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms171: kedai vape, rokok dan shisha di Malaysia (had umur pelanggan, saman penguatkuasa, pembekal, aduan jiran, pekerja, kumpulan WhatsApp). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms171
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_kedai"): _lines("""
        NOTIS: Dilarang menjual produk rokok, vape dan shisha kepada individu di bawah umur 18 tahun. Sila tunjukkan MyKad jika diminta oleh juruwang.
        Kedai ini mematuhi Akta Kawalan Produk Merokok Untuk Kesihatan Awam 2024 (Akta 852). Pelanggan yang kelihatan di bawah 25 tahun akan diminta bukti umur.
        Waktu operasi Vape Corner Seksyen 7: Isnin hingga Sabtu 11.00 pagi - 11.00 malam, Ahad 2.00 petang - 10.00 malam. Tutup hari pertama dan kedua Aidilfitri.
        Dilarang merokok atau vape di dalam premis. Kawasan cubaan perisa (tester) hanya untuk pelanggan 18 tahun ke atas dan cecair tanpa nikotin sahaja.
        Pertanyaan borong dan stok: WhatsApp kedai 011-2738 4410 (waktu pejabat sahaja). Kami tidak melayan tempahan melalui DM Instagram.
        Notis penukaran: Pod yang dibeli boleh ditukar dalam tempoh 3 hari dengan resit asal sekiranya rosak kilang. Pod yang terbakar akibat salah guna tidak ditanggung.
        Pemberitahuan: Mulai 1 Oktober 2024 semua paparan produk nikotin di kaunter ditutup mengikut peraturan. Sila rujuk menu bercetak atau tanya staf bertugas.
        Shisha Lounge Al-Nakhil, Lot G-12, Plaza Damas, Sri Hartamas. Caj minimum RM45 seorang untuk satu kepala shisha. Had umur 18 tahun, MyKad wajib.
        Sila jangan parkir di hadapan pintu belakang kedai (Lorong Bunus 2) kerana lorong itu digunakan lori pembekal untuk punggah stok setiap Selasa dan Jumaat.
        Harga e-liquid telah termasuk duti eksais 40 sen bagi setiap ml cecair bernikotin. Resit cukai boleh diminta di kaunter bayaran.
        PERHATIAN: Kamera CCTV beroperasi 24 jam. Rakaman disimpan selama 30 hari dan hanya diserahkan kepada pihak berkuasa dengan permintaan bertulis yang rasmi.
        Kedai ditutup sementara pada 14 Disember 2026 untuk pemeriksaan lesen oleh Majlis Bandaraya Petaling Jaya. Operasi biasa disambung semula 15 Disember.
        Jualan kepada orang dewasa yang membeli bagi pihak kanak-kanak (proxy purchase) juga satu kesalahan. Staf berhak menolak jualan tanpa memberi sebab.
    """),
    ("ms", "ringkasan_peraturan"): _lines("""
        Akta Kawalan Produk Merokok Untuk Kesihatan Awam 2024 (Akta 852) berkuat kuasa pada 1 Oktober 2024 dan meliputi rokok, vape, shisha serta produk tembakau yang dipanaskan.
        Menteri Kesihatan Datuk Seri Dr Dzulkefly Ahmad menyatakan bahawa peruntukan Generational End Game digugurkan daripada versi akhir rang undang-undang tersebut.
        Cadangan GEG asal dibentangkan semasa Khairy Jamaluddin menjadi Menteri Kesihatan pada 2022, bertujuan melarang jualan produk tembakau kepada mereka yang lahir pada atau selepas 2007.
        Di bawah Akta 852, individu bawah 18 tahun yang didapati merokok atau menggunakan vape boleh dikenakan denda tidak melebihi RM500 atau diperintahkan menjalani khidmat masyarakat.
        Peniaga dikehendaki mendaftar dengan Kementerian Kesihatan sebelum menjual produk merokok; kegagalan mendaftar boleh menyebabkan barang dirampas dan premis dikompaun.
        Peruntukan berkaitan iklan melarang sebarang promosi, tajaan dan paparan harga yang menggalakkan pembelian produk merokok, termasuk di akaun media sosial kedai.
        Larangan merokok di kedai makan terbuka dalam radius 3 meter dari meja pelanggan telah dikuatkuasakan sejak 1 Januari 2019 dan kini turut meliputi vape.
        Pemeriksaan berkala dijalankan oleh Pegawai Penguat Kuasa Kesihatan di bawah Jabatan Kesihatan Negeri; kompaun lazimnya dikeluarkan di tempat kejadian dengan tempoh bayaran 14 hari.
        Duti eksais ke atas cecair vape bernikotin dikenakan mulai 1 April 2023 pada kadar 40 sen setiap mililiter, seperti diumumkan dalam Belanjawan 2023 oleh Perdana Menteri Datuk Seri Anwar Ibrahim.
        Pada 2015, Sultan Johor Sultan Ibrahim Iskandar menitahkan supaya semua kedai vape di negeri Johor ditutup menjelang 1 Januari 2016.
        Produk rokok dan vape mesti memaparkan amaran kesihatan bergambar yang diluluskan; bungkusan tanpa amaran tidak boleh dijual walaupun stok lama.
        Soalan Lazim KKM: Adakah kedai runcit kecil perlu berdaftar? Ya, semua premis yang menjual produk merokok termasuk kedai runcit, kiosk dan stesen minyak.
        Rujukan: Peraturan-Peraturan Kawalan Produk Merokok Untuk Kesihatan Awam 2024 yang diwartakan sebagai P.U.(A); salinan boleh dimuat turun dari laman rasmi Jabatan Peguam Negara.
    """),
    ("en", "product_listing"): _lines("""
        VAPORESSO XROS 4 Pod Kit - 1000mAh, 3ml refillable pod, 0.6ohm/0.8ohm mesh, Type-C charging. RM89.00. 18+ only, IC verification on delivery.
        Al Fakher Shisha Tobacco 250g - Double Apple. SKU AF-250-DA. Excise stamp affixed. Price RM38.90, limit 4 tins per order.
        RELX Infinity 2 Device (Obsidian Black), compatible with RELX Infinity Pods. Warranty 3 months via official distributor. Stock code RX-INF2-BLK.
        Salt nic e-liquid Mango Ice Tea 30ml, 35mg nicotine, PG/VG 50:50. Made in Malaysia by Cloud Nine Labs Sdn Bhd (202001018844). RM25 incl. excise duty.
        Replacement coil pack SMOK RPM 0.4ohm Mesh (5 pcs). Genuine with scratch code. RM32. Ships from Shah Alam warehouse within 24 hours.
        Disposable pod Uncle Mat 8000 Puffs, Grape Ice, 20mg, rechargeable. Batch no. UM8K-2611-07, manufacturing date 11/2026. Sold to 18+ only.
        Adalya The Two Apples 1kg catering tin - for registered shisha lounges only. Requires trade account. Bulk price RM310/tin, min 2 tins.
        Charcoal Coco Nara 1kg, 72 cubes 25mm, natural coconut shell. Not a tobacco product. RM18.50 each or RM170 per carton of 10.
        Geekvape Aegis Legend 3 Mod, 200W dual 21700, IP68 rated. Colour: Rainbow. Barcode 6974829360215. Batteries sold separately.
        Lighter Clipper Classic Large, assorted colours, 48 pcs display box. Wholesale RM96 per box, retail RM2.50 each.
        Rolling papers OCB Premium Slim King Size, 32 leaves per booklet, box of 50. SKU OCB-KSS-50. Available at all Klang Valley outlets.
        Hose silicone washable 1.8m with aluminium mouthpiece, black/blue. Fits most Khalil Mamoon and Egyptian-style shisha stems.
        Marlboro Red 20s carton (10 packs), duty-paid Malaysia stock with graphic health warnings. Retail ceiling RM17.40 per pack.
    """),
    ("mixed", "group_chat_staf"): _lines("""
        [08/12/26 09:14] Supervisor: Morning all, stok Al Fakher mint dah habis, PO baru hantar semalam. Kalau customer tanya cakap ready Khamis ya.
        [08/12/26 09:20] Kaunter Outlet Bangsar: Noted boss. Semalam ada budak sekolah datang nak beli pod, kami reject sebab takda IC. Dah catat dalam buku log.
        [08/12/26 10:02] Admin HQ: Reminder, semua outlet wajib check IC untuk customer nampak bawah 25. Kalau ragu-ragu, jangan jual. Kompaun kecik, tapi lesen yang kena.
        [08/12/26 11:35] Outlet SS2: Pegawai kesihatan datang buat pemeriksaan, semua ok. Diorang minta tengok sijil pendaftaran dan resit eksais. Dah tunjuk.
        [08/12/26 12:10] Supervisor: Lori DHL sampai pukul 3 petang, tracking 7728 4401 9023. Tolong sorang standby kat pintu belakang untuk sign.
        [08/12/26 14:47] Outlet Bangsar: Mesin card terminal hang lagi, error code E-104. Dah call helpdesk merchant bank 1-300-88-6688, tiket MBB-558120.
        [08/12/26 16:05] Admin HQ: Shift roster minggu depan dah upload dalam Google Drive folder Roster_Dis2026. Sapa nak tukar shift, PM supervisor before Jumaat.
        [08/12/26 18:22] Outlet SS2: Kedai makan sebelah complain bau shisha masuk aircond diorang. Boss kata pasang exhaust fan baru minggu ni, kontraktor quote RM1,850.
        [08/12/26 19:40] Supervisor: Closing nanti kira cash betul-betul, semalam short RM20 kat Outlet Bangsar. Guna template closing v3 dalam group ni.
        [08/12/26 21:03] Admin HQ: Promo 11.11 tak boleh buat lagi sebab akta baru larang promosi harga. Jangan post apa-apa diskaun kat IG kedai ok.
        [09/12/26 08:55] Outlet Bangsar: Pagi ni bukak lambat 15 min, grille jammed. Dah call Kedai Kunci Bunus, diorang kata sampai 9.30.
        [09/12/26 10:18] Supervisor: Stock take hujung bulan 31/12 lepas closing. Semua outlet export report inventory dari POS dalam CSV, hantar ke admin@vapecorner.com.my.
        [09/12/26 13:30] Admin HQ: FYI supplier Cloud Nine naik harga 5% mulai Jan 2027 sebab kos duti. Price tag baru akan dihantar minggu depan.
    """),
    ("en", "pos_log_lines"): _lines("""
        2026-12-08T10:14:22+08:00 INFO pos.checkout outlet=BGS-01 txn=TXN-20261208-000417 items=3 total=RM74.50 age_check=PASSED method=visual
        2026-12-08T10:16:03+08:00 WARN pos.agegate outlet=BGS-01 txn=TXN-20261208-000418 age_check=REFUSED reason=no_id_presented action=sale_voided
        2026-12-08T11:02:47+08:00 INFO inventory.sync sku=AF-250-DA qty_before=12 qty_after=8 source=POS node=ss2-terminal-2
        2026-12-08T11:30:00+08:00 ERROR payment.gateway provider=ipay88 code=E-104 msg=terminal_timeout_after_30000ms retry=2/3 outlet=SS2-01
        2026-12-08T12:00:01+08:00 INFO cron.excise_report file=excise_2026-11.csv rows=1842 sha256=9f3c1a7e42b0d8c65e1f0a9b7d34c2e8a1f6b05d93e7c4a2f8b61d0e5c97a3b4
        2026-12-08T13:45:19+08:00 DEBUG agegate.scanner device=MYKAD-RDR-07 firmware=2.4.1 status=ready last_selftest=OK store_id_number=false
        2026-12-08T14:02:55+08:00 INFO delivery.tracking courier=J&T awb=JT6620193847MY status=OUT_FOR_DELIVERY hub=Shah_Alam_DC
        2026-12-08T15:20:11+08:00 WARN compliance.display outlet=KLC-03 rule=AKTA852_DISPLAY camera=cam-04 detected=price_tag_visible severity=medium
        2026-12-08T16:44:38+08:00 INFO hr.roster published week=2026-W51 outlets=4 shifts=56 version=v3.2 author=role:admin_hq
        2026-12-08T18:05:09+08:00 INFO pos.refund txn=TXN-20261208-000611 original=TXN-20261205-000233 amount=RM35.00 reason=defective_pod approved_by=role:supervisor
        2026-12-08T21:59:59+08:00 INFO pos.closing outlet=BGS-01 cash=RM2318.40 card=RM4105.90 ewallet=RM1276.00 variance=RM0.00
        2026-12-08T22:10:42+08:00 ERROR backup.s3 bucket=vc-pos-backup-apse1 key=daily/2026-12-08.tar.gz err=AccessDenied attempt=1
        2026-12-09T00:00:03+08:00 INFO agegate.stats date=2026-12-08 checks=214 passed=197 refused=17 refusal_rate=7.9%
    """),
    ("ms", "invois_pembekal"): _lines("""
        INVOIS No. INV-CN-2026-11873 | Cloud Nine Labs Sdn Bhd (202001018844) | Lot 5, Jalan Perusahaan 3, Kawasan Perindustrian Bukit Beruntung, 48300 Rawang, Selangor
        Kepada: Vape Corner Enterprise (202203145566), No. 17, Jalan SS 2/75, 47300 Petaling Jaya. Tarikh: 02/12/2026. Terma bayaran: 30 hari.
        Item 1: Salt nic Mango Ice Tea 30ml 35mg x 120 botol @ RM16.50 (termasuk duti eksais RM12.00 sebotol) = RM1,980.00
        Item 2: Freebase Strawberry Cream 60ml 3mg x 48 botol @ RM31.00 (termasuk duti eksais RM24.00 sebotol) = RM1,488.00
        Jumlah kecil RM3,468.00; diskaun dagangan 3% (RM104.04); jumlah perlu dibayar RM3,363.96 sebelum 01/01/2027.
        Pembayaran ke akaun syarikat: Public Bank Berhad, nama akaun Cloud Nine Labs Sdn Bhd, no. akaun 3198227041. Sila nyatakan nombor invois sebagai rujukan.
        Nota Debit DN-AF-0092: Pembetulan harga Al Fakher 250g Double Apple daripada RM27.50 kepada RM28.90 seunit mengikut senarai harga pengedar Disember 2026.
        Pesanan Belian PO-VC-26-0457 diterima. Penghantaran dijadualkan 10/12/2026 melalui Pos Laju, no. penjejakan ER438129057MY.
        Resit Rasmi RR-004512 | Diterima daripada Shisha Lounge Al-Nakhil Sdn Bhd jumlah RM6,200.00 bagi bayaran invois INV-ADL-2026-330 melalui DuitNow.
        Syarat: Barang yang telah dijual tidak boleh dipulangkan kecuali rosak semasa penghantaran. Aduan mesti dibuat dalam 48 jam dengan gambar kotak dan label.
        Pengedar sah Adalya: Arabian Leaf Trading Sdn Bhd, 2-1 Jalan Medan Pusat Bandar 4, 43650 Bangi. Tel pejabat 03-8920 6614, e-mel sales@arabianleaf.com.my.
        Nota Kredit CN-2026-0031: Pemulangan 6 unit Vaporesso XROS 4 (kecacatan pengecas) bernilai RM402.00, ditolak daripada invois seterusnya.
        e-Invois LHDN UUID 4f7b2c10-9e3a-4d55-b812-6a0c9e1d7f23 disahkan pada 02/12/2026 14:21:06; kod QR pengesahan dicetak di bahagian bawah invois.
    """),
    ("zh-Hans", "店铺评论"): _lines("""
        ★★★★★ 八打灵再也 SS2 这间电子烟店很专业，买烟弹前店员会先检查身份证，看到未成年直接拒绝，这种店才让人放心，而且烟油价格和官网一样。
        ★★☆☆☆ 蕉赖那间水烟馆周末人太多，排队四十分钟才有位子，而且换炭很慢，价格还比去年贵了 RM10，性价比一般，建议平日晚上去。
        ★★★★☆ 阿成烟酒杂货店（怡保旧街场）开了三十多年，烟草种类齐全，古巴雪茄也有，就是店面有点小，附近停车难，建议坐 Grab 去。
        ★★★☆☆ Vape Corner 孟沙分店服务还可以，但是口味选择变少了，店员说新法令实施之后很多货还没完成注册，要等明年一月才有新口味。
        ★★★★★ 新山 Mount Austin 的 Cloud Lounge 环境干净，通风很好，没有呛人的烟味，双苹果口味很正宗，会再来。
        ★☆☆☆☆ 网购的一次性电子烟收到是假货，没有防伪码，官方客服电话 03-7865 2201 打了三次都没人接，邮件也不回，差评。
        ★★★★☆ 槟城牛干冬这家老字号烟草行从 1962 年开业至今，店里还卖手卷烟纸和烟斗，很有怀旧感，值得一逛，不过星期日休息。
        ★★☆☆☆ 吉隆坡茨厂街附近那间电子烟店店员态度差，问问题都不耐烦，而且不接受电子钱包，只收现金，隔壁的分行反而服务很好。
        ★★★★★ 推荐古晋的林记水烟分店，菜单价格写得清清楚楚，一个水烟 RM38，薄荷葡萄口味很受欢迎，周末建议先订位，停车场就在对面。
        ★★★☆☆ 马六甲鸡场街晚上的水烟摊太吵，附近居民投诉也是应该的，不过薄荷口味真的不错，价钱也合理，一壶 RM35 可以坐到打烊。
        ★★★★☆ 订单号 SP2612088812345 三天就到货，包装上有年龄验证提示，送货员要求出示身份证才交货，很规范。
        ★☆☆☆☆ 在梳邦再也那间店买的烟油漏液，拿回去换他们说要收据，明明发票编号 INV-SJ-08812 都给了还是不肯换。
        ★★★★☆ 莎阿南第七区这间雪茄店有恒温恒湿柜，Cohiba、Montecristo 和 Romeo y Julieta 都有货，适合送礼，但价格偏高。
    """),
    ("en", "config_and_code"): _lines("""
        AGE_GATE_CONFIG = {'min_age': 18, 'challenge_under': 25, 'id_types': ['MyKad', 'MyPR', 'passport'], 'store_id_number': False}
        def is_of_age(dob: date, today: date) -> bool: return today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day)) >= 18
        EXCISE_RATE_PER_ML = Decimal('0.40')  # RM per ml of nicotine e-liquid, effective 2023-04-01
        outlets: [{code: BGS-01, name: Vape Corner Bangsar, tz: Asia/Kuala_Lumpur, phone: '+60 3-2201 7788'}, {code: SS2-01, name: Vape Corner SS2}]
        SELECT outlet_code, COUNT(*) AS refusals FROM age_checks WHERE result = 'REFUSED' AND checked_at >= '2026-12-01' GROUP BY outlet_code;
        CREATE TABLE age_checks (id BIGSERIAL PRIMARY KEY, txn_id TEXT NOT NULL, outlet_code TEXT, result TEXT CHECK (result IN ('PASSED','REFUSED')), checked_at TIMESTAMPTZ);
        # Do NOT log IC numbers. Only store the check result and the ID type, per Akta 852 guidance and PDPA 2010 data minimisation.
        test_customer = {'name': 'Test Customer', 'dob': '2000-01-01', 'id_type': 'MyKad'}  # fixture only, not a real person
        WHATSAPP_BUSINESS_NUMBER=+601127384410  # HQ shop line used by the order bot, not a staff phone
        smtp: {host: smtp.vapecorner.com.my, port: 587, from: noreply@vapecorner.com.my, reply_to: cs@vapecorner.com.my}
        MYKAD_PATTERN = re.compile(r'^[0-9]{6}-?[0-9]{2}-?[0-9]{4}$')  # validate only; value discarded after age is computed
        pip install vc-pos-agegate==2.4.1 && vc-agegate --outlet BGS-01 --selftest --log-level INFO
        Dockerfile: FROM python:3.12-slim; ENV TZ=Asia/Kuala_Lumpur POS_API=https://api.vapecorner.com.my/v2; EXPOSE 8080
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Pelanggan bernama Muhammad Hafiz bin Roslan, MyKad 090412-10-5583, cuba beli pod pada 3/12/2026 tetapi ditolak kerana baru berumur 17 tahun.
        Saman KKM No. KPK/852/SEL/004417 dikeluarkan kepada pemilik kedai Encik Tan Boon Keat (MyKad 780925-07-5129) kerana menjual vape kepada pelajar bawah umur.
        Aduan jiran: Puan Rosnah binti Yaakob, No. 14, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam, mengadu asap shisha masuk ke bilik cucunya yang menghidap asma.
        Pekerja part-time Nurul Aina, no. telefon 013-882 4519, minta cuti seminggu sebab nak ikut suami ke Johor untuk rawatan kesuburan.
        Gaji Hairul Nizam (juruwang Outlet Bangsar) bulan November RM1,850 + OT RM240, masuk akaun Maybank 164022985513.
        Abang Jamal yang kerja shift malam tu kena tangkap polis minggu lepas sebab positif dadah, jadi dia dah tak datang kerja.
        Kereta plat WVF 8824 parking depan kedai tiap malam, pemiliknya Encik Azman yang selalu beli Dunhill; isteri dia datang marah sebab dia janji berhenti merokok.
        Kak Yati hutang kedai RM380 untuk rokok sejak bulan Ogos, katanya tunggu duit bantuan masuk. Jangan bagi hutang lagi sampai dia bayar.
        Borang staf: Nama: Siti Khadijah binti Ahmad Fauzi | MyKad: 010830-14-6682 | Alamat: B-7-3, PPR Kota Damansara, 47810 Petaling Jaya | Waris: ibu, 019-773 0415
        Encik Lokman dari kedai sebelah kata anaknya Danish, 15 tahun, beli vape di kedai kita guna IC abangnya. Dia nak buat laporan polis.
        Tolong semak e-mel aduan daripada faridah.sulaiman88@gmail.com tentang anaknya yang ketagih vape dan sedang dirawat di Klinik Kesihatan Seksyen 7.
        Rekod CCTV 05/12/2026 22:41: lelaki dikenal pasti sebagai Khairul Anuar bin Mat Isa, bekas pekerja, masuk ikut pintu belakang dan ambil 2 karton Marlboro.
        Supervisor Outlet SS2, Puan Norhayati, disahkan mengandung 5 bulan; doktor nasihat elak kawasan lounge shisha, jadi dia dipindahkan ke kaunter depan.
        Nombor pelanggan tetap untuk tempahan Al Fakher: 017-645 2093 (Pak Din, Kampung Baru). Dia minta hantar ke rumah setiap Sabtu.
        Akaun CIMB 7063441827 atas nama Zulkifli bin Hassan, tuan rumah kedai, untuk bayar balik deposit sewa RM8,400 yang dia tuntut.
        Pemandu lori pembekal, Ravi a/l Subramaniam, plat lori BMN 5531, lewat tiga kali bulan ini dan pernah datang dalam keadaan mabuk.
        Encik Faizal baru bercerai dengan isterinya bulan lepas dan sekarang tidur di stor belakang kedai; jangan bagitahu tuan rumah.
        Gambar IC dalam group: LIM WEI JIE, 080219-08-6657, 22 Lorong Kenari 5, Taman Bercham, 31400 Ipoh. Budak ni dah cukup 18 ke belum?
        Pekerja asing Mohd Rubel, pasport Bangladesh EH0928471, permit kerja tamat 30/01/2027; majikan perlu perbaharui sebelum tarikh itu.
        Cik Amira (WhatsApp 011-3920 7745) dikompaun RM250 kerana vape di kedai makan; dia minta kedai jadi saksi bahawa dia duduk lebih 3 meter dari meja.
    """),
    "mixed": _lines("""
        Boss, customer Ah Keong tu dah 3 kali bounce cheque, total owe RM1,260. His number 012-778 3056, nak block ke?
        Bro, budak nama Irfan yang selalu lepak depan kedai tu actually Form 4 kat SMK Taman Melawati, jangan jual apa-apa kat dia ok.
        Noted, Mei Ling punya MC sampai Jumaat, doctor confirm dia ada bronchitis. Shift dia I cover dulu.
        Neighbour unit 3A, Mr. Gopal Krishnan, phone 016-412 8830, complain lagi pasal asap shisha, dia threaten nak report ke MBPJ.
        COD order VC-88124 untuk Jason Teoh, 27 Jalan Setia Murni U13/52, Setia Alam, 40170 Shah Alam, 018-223 9014, IC check masa delivery.
        Staff baru Kavitha, IC 990716-10-7224, EPF no 21884736, start kerja 1/12, gaji basic RM1,700, probation 3 bulan.
        Eh you all tau tak, Uncle Chong the regular tu kena stroke last week, now dalam ICU Hospital Sungai Buloh. Kesian, tiap hari dia beli Salem.
        Pls check CCTV: yang curi vape semalam tu budak Haziq anak Cik Ros tingkat atas, confirm dari video pukul 4.12 petang.
        Singapore customer Desmond Ng, NRIC S8834172H, nak order Al Fakher bawak balik SG, I told him customs limit, he still insist.
        Kasi tau semua, Kak Nora punya anak baru masuk wad sebab asthma attack, so dia MC sampai Isnin. Jangan call dia dulu.
        Landlord Mr. Yap Chee Hong, WhatsApp +60 12-390 5512, rent RM4,200 due 5hb, kalau late sikit dia charge 10% interest.
        Grab rider yang hantar barang tadi, nama Shahrul, plate VDN 3392, minta cash tip dan marah-marah bila kita refuse, nak complain kat Grab.
    """),
    "en": _lines("""
        Incident report 06/12/2026: customer Marcus Lee Jun Hao (DOB 14/09/2009) presented a fake ID card at the Bangsar outlet; parents contacted at 012-205 7781.
        Please remove Priya Nair from the staff WhatsApp group, she resigned after her salary dispute (claimed RM2,300 unpaid OT) went to the Labour Department.
        Supplier contact (personal): Benjamin Ho, mobile +65 9127 4408, email ben.ho.sg@outlook.com, handles his own side orders of pods outside the company.
        Staff medical note: Aaron Chew has been diagnosed with early-stage COPD and his doctor advised him to stop working in the shisha lounge area.
        Refund to customer Nadia Ismail via bank transfer, RHB account 21423300987615, amount RM89.00 for the defective XROS 4 kit.
        HKID Z634881(7): tourist Chan Ka Wai bought 2 cartons of duty-paid cigarettes and asked for a receipt under his name for a company claim.
        The complainant, Mrs. Lakshmi Devi of 9, Jalan Cempaka 12, Taman Desa Jaya, Kepong, says our vape clouds trigger her husband's heart condition.
        Employee loan ledger: Hafizah R. borrowed RM1,500 on 02/11/2026 to pay her son's hospital bill; RM250 is deducted monthly from her salary.
        Taiwan visitor Lin Yu-ting, ID A223456789, emailed from yuting.lin0512@gmail.com asking if she can bring her IQOS device through KLIA customs.
        Caught on camera: the man in the red cap is Daniel, the manager's brother-in-law, who has been taking cigarette packs without paying since October.
    """),
    "zh-Hans": _lines("""
        陈先生（手机 012-668 3047）昨天在店里抽完水烟后晕倒，被送去中央医院，医生说是一氧化碳中毒，家属要求赔偿。
        阿明欠店里烟钱 RM560 已经两个月了，他说最近赌博输了钱，下个月发工资再还。
        林太来投诉说她儿子林子豪才 16 岁，在我们店用他哥哥的身份证买了电子烟，她说要找律师处理。
        员工黄美玲身份证号 950322-01-5418，住址：新山士古来 Taman Kenanga 第 8 路 32 号，紧急联系人丈夫 016-774 2091。
        供应商老板的太太打电话来说王志强先生在外面有女人，叫我们不要再把货款转到他的个人户口 562108734412。
        客户张伟，中国护照 E88214537，身份证 440106199203154218，要求把电子烟寄回广州，我说不能寄。
        隔壁住户李阿姨（槟城日落洞 Jalan Van Praagh 21 号）每天都投诉水烟味，她说自己有肺癌正在化疗。
        收银员小慧这个月被扣薪 RM300，因为现金短少，她哭着说家里还欠大耳窿钱，每天都有人上门讨债。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu pematuhan untuk rangkaian kedai vape di Lembah Klang. Jawab dalam Bahasa Melayu yang ringkas.",
        ),
        (
            "user",
            "Kedai saya kena saman semalam. Notis kompaun atas nama saya, Tan Boon Keat, MyKad 780925-07-5129, kesalahan jual pod kepada budak 16 tahun. Boleh tolong draf surat rayuan kepada Jabatan Kesihatan Negeri Selangor?",
        ),
        (
            "assistant",
            "Boleh. Surat rayuan perlu menyatakan nombor kompaun, tarikh kejadian, langkah pembetulan yang telah diambil (contohnya latihan semakan IC untuk semua staf dan sistem age gate di POS) serta permohonan pengurangan kompaun. Elakkan menyalahkan staf secara peribadi.",
        ),
        (
            "user",
            "Staf yang jual tu Nurul Aina, dia baru kerja dua minggu. Perlu ke saya letak nama dia?",
        ),
        (
            "assistant",
            "Tidak perlu. Cukup nyatakan bahawa jualan dibuat oleh pekerja baharu yang belum menjalani latihan penuh. Nama pekerja hanya diberikan jika pegawai penguat kuasa memintanya secara rasmi.",
        ),
    ],
    [
        (
            "system",
            "You are an HR writing assistant for a small tobacco and vape retailer in Petaling Jaya.",
        ),
        (
            "user",
            "Draft a warning letter for Hairul Nizam, cashier at our Bangsar outlet, IC 960214-10-5521. He was short RM120 in cash three times in November and came late 6 times.",
        ),
        (
            "assistant",
            "Here is a draft: 'Dear Mr. Hairul Nizam, this letter serves as a first written warning regarding cash shortages totalling RM120 recorded on three closing shifts in November 2026 and six instances of late attendance...' Would you like me to add the dates of each incident?",
        ),
        ("user", "Yes, and mention that further shortages will be deducted from his salary."),
        (
            "assistant",
            "Note that under the Employment Act 1955 deductions from wages are restricted, so I suggest wording it as 'may lead to further disciplinary action' rather than an automatic salary deduction. I have added the incident dates in a table.",
        ),
    ],
    [
        (
            "user",
            "Customer tunjuk IC 081223-14-6093, dia cakap dah 18. Boleh jual tak hari ni 8 Dis 2026?",
        ),
        (
            "assistant",
            "Enam digit pertama menunjukkan tarikh lahir 23 Disember 2008, jadi pada 8 Disember 2026 dia masih berumur 17 tahun. Jangan jual; had umur di bawah Akta 852 ialah 18 tahun.",
        ),
        (
            "user",
            "Ok noted. Dia marah-marah, nama dia Aiman kot, kawan dia cakap. Perlu report tak?",
        ),
        (
            "assistant",
            "Tak wajib buat laporan, tapi catat penolakan dalam buku log kedai tanpa menyalin nombor IC penuh. Kalau dia mengugut atau buat kacau, boleh hubungi polis.",
        ),
    ],
    [
        ("system", "你是一家马来西亚水烟馆的客服助理，用简体中文回答。"),
        (
            "user",
            "楼上住户李美华女士（地址：Jalan Van Praagh 21 号 2 楼，电话 012-447 8815）又投诉我们水烟味道太重，说她有哮喘。我应该怎么回复她？",
        ),
        (
            "assistant",
            "建议先书面道歉，说明店里将加装排风系统并调整营业时间，同时邀请她约时间当面沟通。回复时不要提及她的病情细节，只需表达关心。",
        ),
        ("user", "她说如果再不改善就去市政局投诉，我们该准备什么？"),
        (
            "assistant",
            "请准备营业执照、卫生部登记证明、通风设备的报价单和安装进度，以及过去的改善记录。这样市政局来检查时可以证明你们已经在处理问题。",
        ),
    ],
    [
        (
            "system",
            "Data pelanggan untuk rujukan: Nama: Kamarul Ariffin bin Hashim | Tel: 019-554 2870 | Hutang: RM640 (rokok Dunhill dan shisha, Ogos-November 2026) | Catatan: janji bayar selepas gaji.",
        ),
        (
            "user",
            "Tolong tulis mesej WhatsApp yang sopan untuk ingatkan dia bayar hutang sebelum hujung bulan.",
        ),
        (
            "assistant",
            "Assalamualaikum Encik Kamarul, maaf mengganggu. Ini peringatan mesra tentang baki akaun sebanyak RM640 di kedai kami. Kami hargai jika bayaran dapat dibuat sebelum 31 Disember. Terima kasih.",
        ),
        ("user", "Kalau dia tak bayar, boleh saya post nama dia dalam group WhatsApp kedai?"),
        (
            "assistant",
            "Tidak digalakkan. Mendedahkan nama dan hutang seseorang dalam kumpulan awam boleh menjadi isu fitnah dan melanggar prinsip perlindungan data peribadi. Lebih baik hantar surat tuntutan atau gunakan Tribunal Tuntutan Pengguna.",
        ),
    ],
    [
        (
            "user",
            "I'm Desmond Ng from Singapore, NRIC S8834172H. I bought a vape kit at a shop in Johor Bahru. Can I bring it back through Woodlands Checkpoint?",
        ),
        (
            "assistant",
            "No. Possession and use of e-vaporisers is prohibited in Singapore, and the Health Sciences Authority and ICA regularly detect them at the checkpoints. Offenders can be fined. You should not bring the kit across.",
        ),
        ("user", "What about shisha tobacco? My wife Jasmine wants some Al Fakher for a party."),
        (
            "assistant",
            "Shisha tobacco is also banned from import and sale in Singapore. I would recommend not buying any to bring back.",
        ),
    ],
    [
        (
            "system",
            "Kamu admin bot untuk kumpulan WhatsApp pekerja Vape Corner. Bantu dengan tugasan pentadbiran.",
        ),
        (
            "user",
            "Bot, tolong buang ex-staff dari group: Priya Nair 016-330 7712 dan Shahrul Izwan 011-2207 4581. Dua-dua dah resign, Shahrul kena buang kerja sebab curi stok.",
        ),
        (
            "assistant",
            "Baik, dua nombor tersebut telah dikeluarkan daripada kumpulan. Untuk pengumuman kepada staf, saya cadangkan hanya sebut 'dua bekas pekerja telah dikeluarkan' tanpa menyatakan sebab pemberhentian.",
        ),
        ("user", "Ok, buat announcement macam tu."),
        (
            "assistant",
            "Makluman: Dua bekas pekerja telah dikeluarkan daripada kumpulan ini. Sila pastikan semua dokumen kedai dan akses POS dikemas kini. Terima kasih semua.",
        ),
    ],
    [
        (
            "user",
            "Saya pengurus kedai shisha di Shah Alam. Pekerja saya Aaron Chew baru disahkan ada COPD peringkat awal. Boleh saya pindahkan dia ke bahagian stor tanpa kurangkan gaji?",
        ),
        (
            "assistant",
            "Boleh, dan itu langkah yang baik. Pastikan pemindahan dibuat secara bertulis, dipersetujui pekerja, dan gaji serta faedah kekal sama. Simpan laporan doktor dalam fail sulit sahaja.",
        ),
        (
            "user",
            "Dia minta saya tulis surat sokongan untuk permohonan SOCSO. Nombor pekerja dia E-00481726.",
        ),
        (
            "assistant",
            "Saya boleh draf surat majikan yang mengesahkan tempoh perkhidmatan, jawatan, dan persekitaran kerja di lounge shisha. Sertakan nombor pekerja yang diberikan dan tandatangan majikan.",
        ),
    ],
    [
        (
            "system",
            "You summarise CCTV incident notes for the owner of a cigarette and vape shop in Ipoh.",
        ),
        (
            "user",
            "Summarise: 05/12 22:41 back door opened with staff key. Person matches former employee. Took 2 cartons Marlboro. Police report no. IPOH/001552/26.",
        ),
        (
            "assistant",
            "Summary: On 5 December at 22:41, a person matching former employee Khairul Anuar bin Mat Isa (last known address: 14 Lorong Bendahara 3, Taman Pertama, 30100 Ipoh) entered through the back door using a staff key and removed two cartons of Marlboro. Police report IPOH/001552/26 has been lodged.",
        ),
        ("user", "Thanks. Should we change the locks?"),
        (
            "assistant",
            "Yes. Change the back-door lock, revoke all old staff keys and keep a key register going forward.",
        ),
    ],
    [
        (
            "user",
            "Supplier punya sales rep, Encik Wong Kah Fai, suruh saya bank-in bayaran invois INV-CN-2026-11873 ke akaun peribadi dia, Hong Leong 23850176294, bukan akaun syarikat. Normal ke?",
        ),
        (
            "assistant",
            "Itu tanda amaran. Bayaran invois sepatutnya dibuat ke akaun atas nama syarikat seperti yang tertera pada invois. Sahkan terus dengan pejabat pembekal melalui nombor pejabat rasmi sebelum membuat sebarang pemindahan.",
        ),
        (
            "user",
            "Dia kata akaun company tengah frozen, dan dia bagi no. IC dia 830517-08-6127 sebagai jaminan.",
        ),
        (
            "assistant",
            "Jangan buat bayaran dahulu. Nombor IC tidak menjadi jaminan. Minta surat rasmi bercop syarikat dan hubungi bahagian akaun pembekal. Jika disahkan penipuan, buat laporan polis dan maklumkan kepada syarikat tersebut.",
        ),
    ],
]
