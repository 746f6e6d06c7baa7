# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms155: kedai haiwan eksotik, reptilia dan akuarium di Malaysia (jualan, permit PERHILITAN, rawatan, penghantaran, aduan, pekerja, kumpulan WhatsApp). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms155
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_kedai"): _lines("""
        NOTIS: Mulai 1 Januari 2027, semua pembelian kura-kura dan biawak memerlukan salinan permit PERHILITAN pembeli sebelum haiwan diserahkan. Harap maklum.
        Waktu operasi Hari Raya Aidilfitri: kedai tutup 2 hari (Syawal 1 & 2), dibuka semula jam 11 pagi. Pesanan WhatsApp 011-2345 8800 akan dibalas selepas cuti.
        Jangan ketuk kaca akuarium. Ikan arowana mudah terkejut dan boleh melompat keluar. Terima kasih atas kerjasama — Pengurusan Ah Chong Aquarium Sdn Bhd (201901023456).
        Perhatian pelanggan: ular sawa bola (ball python) TIDAK dibenarkan dibawa keluar dari bekas tanpa kebenaran staf bertugas. Sila tanya di kaunter 2.
        Kami kini menerima pembayaran DuitNow QR, Touch 'n Go eWallet dan kad debit. Tiada caj tambahan untuk transaksi bawah RM500.
        Klinik reptilia bergerak oleh Klinik Veterinar Eksotik Setia Alam akan berada di premis kami setiap Sabtu ke-2, 10 pagi hingga 4 petang. Temujanji: 03-3358 1200.
        Pemberitahuan kenaikan harga cengkerik dan ulat Hong Kong (superworm) sebanyak 8% berkuat kuasa 15/03/2027 disebabkan kos import dari Thailand.
        Alamat baharu cawangan kami: No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor (sebelah Restoran Mohd Chan). Parking percuma selepas 7 malam.
        Haiwan yang dibeli tidak boleh dipulangkan selepas 48 jam. Sila simpan resit asal dan gambar haiwan semasa penerimaan untuk sebarang tuntutan waranti.
        Pameran Reptilia Kebangsaan 2027 di Mid Valley Exhibition Centre, 12-14 Jun. Kedai kami di Booth B-17. Tiket RM15 dewasa, RM8 kanak-kanak.
        Dilarang merokok atau vape di dalam premis. Asap boleh membahayakan sistem pernafasan burung kakaktua dan reptilia yang dipamerkan.
        Pesanan dalam talian di www.reptilzonemy.com.my diproses setiap Isnin hingga Jumaat. Pesanan selepas 3 petang dihantar hari bekerja berikutnya.
        Kedai ini berdaftar dengan PERHILITAN di bawah Lesen Peniaga Hidupan Liar No. LPH/SEL/2026/0148, sah sehingga 31 Disember 2027.
    """),
    ("ms", "senarai_harga"): _lines("""
        Leopard gecko normal (juvenil, 3-4 bulan) — RM180; Tangerine — RM280; Mack Snow — RM320; Blizzard — RM450. Harga termasuk kotak penghantaran.
        Bearded dragon hypo translucent, 6 bulan, kira-kira 25 cm — RM650. Set permulaan (terrarium Exo Terra 90x45x45, lampu UVB 10.0, termometer) — RM890.
        Ikan arowana merah super (Super Red) 15 cm dengan sijil microchip dan sijil CITES ladang — RM2,800 hingga RM3,500 bergantung warna.
        Makanan hidup: cengkerik kecil 100 ekor RM6.50; ulat Hong Kong 250g RM9; tikus bayi (pinky) beku 10 ekor RM18; anak tikus (fuzzy) 10 ekor RM25.
        Servis tangki: cuci akuarium 2 kaki RM60, 3 kaki RM90, 4 kaki ke atas RM130. Caj perjalanan luar Lembah Klang RM1 setiap km.
        Corn snake (Pantherophis guttatus) morf Amel/Anery — RM220 seekor, pasangan RM400. Semua ular dijual telah makan sendiri sekurang-kurangnya 5 kali.
        Substrat ADA Amazonia Ver.2 9L — RM115; Tropica Soil 3L — RM68; pasir sungai Sungai Perak dibasuh 10kg — RM25.
        Pemeriksaan kesihatan asas reptilia (berat, najis, kulit) di kaunter: RM35. Ujian najis parasit dihantar ke makmal: RM80, keputusan dalam 5 hari bekerja.
        SKU RZ-UVB-T5-54 Arcadia T5 ProT 12% 54W — RM189.00; SKU RZ-UVB-T5-24 versi 24W — RM145.00. Stok terhad, had 2 unit setiap pelanggan.
        Kura-kura Sulcata (Centrochelys sulcata) CB 2026, 8-10 cm, dengan dokumen import dan permit PERHILITAN — RM1,450. Deposit 30% tidak dikembalikan.
        Pakej penghantaran haiwan hidup Semenanjung: kotak stirofoam + pek haba — RM35 (Poslaju/J&T tidak menerima; guna kurier haiwan khas).
        Udang hiasan Cherry Shrimp gred A — 10 ekor RM20; Crystal Red Shrimp gred SS — RM12 seekor; Blue Dream — 10 ekor RM28.
        Senarai harga ini sah dari 01/02/2027 hingga 30/04/2027. Harga tertakluk kepada perubahan tanpa notis. Semua harga dalam Ringgit Malaysia, tidak termasuk SST.
    """),
    ("en", "permit_faq"): _lines("""
        Q: Do I need a permit to keep a ball python in Peninsular Malaysia? A: Ball pythons are CITES Appendix II; check the current PERHILITAN schedule and ask the shop for import papers.
        Q: Where can I apply for a Special Permit? A: Apply online through the PERHILITAN e-Permit portal or at the state PERHILITAN office; processing usually takes 14 to 30 working days.
        Q: Can I bring my bearded dragon from Singapore to Johor Bahru? A: You need an NParks export permit from Singapore, a PERHILITAN import permit and a DVS veterinary health certificate.
        Q: What happens if I keep a protected species without a licence? A: Under the Wildlife Conservation Act 2010 (Act 716), penalties can include fines and imprisonment depending on the schedule.
        Q: Is the red-eared slider legal to sell? A: Trachemys scripta elegans is widely sold, but releasing it into lakes or rivers is prohibited because it is an invasive species.
        Q: How long is a dealer licence valid? A: Typically one year from the date of issue; renewals should be submitted at least 30 days before expiry to avoid a gap.
        Q: Does the shop keep my permit copy? A: We keep a copy for audit purposes as required; see the privacy notice at the counter or email privacy@reptilzonemy.com.my for details.
        Q: Who do I call to report illegal wildlife trade? A: Contact the PERHILITAN hotline 1-800-88-5151 or the MYCAT Wildlife Crime Hotline; you can remain anonymous.
        Q: Are axolotls allowed in Malaysia? A: Axolotls (Ambystoma mexicanum) are commonly sold locally; ask for proof of captive breeding and keep the water below 22°C.
        Q: Can I sell the babies my leopard geckos produce? A: Selling animals commercially normally requires a dealer licence, so check with PERHILITAN before listing hatchlings online.
        Q: What documents come with an Asian arowana? A: Each fish should have a microchip and a certificate from a CITES-registered farm, e.g. MY-AR-2026-004517 printed on the card.
        Q: Do you ship to Sabah and Sarawak? A: Live animals to East Malaysia need a separate state permit; Sarawak Forestry Corporation handles wildlife permits in Sarawak.
        Q: Why is my order held at 'Pending Permit'? A: Orders for scheduled species stay in PENDING_PERMIT until our compliance desk verifies the uploaded document, usually within 2 working days.
    """),
    ("mixed", "whatsapp_staf"): _lines("""
        [08:42] Boss: Morning all, tangki 14 dan 15 ammonia naik 0.5ppm, tolong tukar air 30% before kedai buka. Test kit API dalam laci kaunter.
        [09:15] Shift pagi: Stok pinky mice tinggal 2 pek je dalam freezer, supplier Kajang cakap next delivery Rabu. Nak order lebih ke?
        [10:03] Kaunter: Customer tanya sulcata 10cm ada lagi tak, saya cakap tinggal 1. Dia nak datang petang ni dengan permit, hold dulu ye.
        [11:20] Reminder: audit PERHILITAN Khamis ni 10am. Semua rekod jualan Jan–Mac kena print dan masuk fail biru. Jangan lupa buku stok haiwan.
        [12:47] Heater tangki arowana besar rosak lagi lah, suhu drop ke 26°C. Dah pasang spare Eheim 300W, nanti tolong claim warranty ye.
        [14:05] Bro lampu UVB rak reptilia C dah 11 bulan, ikut SOP kena tukar setiap 12 bulan. Saya dah order 6 batang Arcadia, ETA Isnin.
        [15:30] FYI kurier haiwan hari ni datang lambat, pickup 5.30pm. Semua kotak untuk order #RZ-27-0412 sampai #RZ-27-0418 letak kat rak belakang.
        [16:12] Siapa on duty Sabtu? Ada booth kat pameran Mid Valley, perlu 3 orang dari 9am–6pm. Please reply dalam group sebelum Jumaat.
        [17:48] Ball python albino dalam rak B3 tak makan dah 3 minggu, mungkin nak shed. Jangan bagi customer pegang sampai dia dah salin kulit.
        [18:20] Closing: cash drawer RM3,482.50, DuitNow RM5,910.00, card RM2,120.00. Total tally dengan POS, Z-report dah print.
        [19:02] Jangan lupa tutup aircond bilik ikan lepas 9pm, tapi biarkan air pump dan filter ON. Bil TNB bulan lepas RM4,200 okay.
        [20:15] Admin: Group rules — jangan share gambar haiwan yang belum ada permit di status WhatsApp sendiri. Nanti orang report kedai.
        [21:40] Noted boss 👍 Esok kedai buka 10.30 sebab kena ambil stok cengkerik dari ladang di Semenyih dulu.
    """),
    ("en", "log_dan_config"): _lines("""
        2027-02-14T09:12:33+08:00 INFO pos.sale id=RZ-27-0412 sku=RZ-LG-TNG-J qty=1 amount=280.00 currency=MYR payment=duitnow status=PAID
        2027-02-14T09:13:01+08:00 WARN permit.check order=RZ-27-0413 species=Centrochelys_sulcata doc_status=MISSING action=HOLD_PICKUP
        [tank-monitor] 2027-02-14 03:00:00 tank=T14 temp=28.4C pH=6.8 NH3=0.50ppm NO2=0.10ppm alert=AMMONIA_HIGH notify=ops-channel
        config.yaml: store_id: RZ-PJ-01 | timezone: Asia/Kuala_Lumpur | sst_rate: 0.08 | permit_required_species: [sulcata, ball_python, arowana]
        ERROR courier.webhook 502 Bad Gateway from api.livepetexpress.my/v2/shipments tracking=LPX2027021400891 retry=3/5 backoff=30s
        def needs_permit(species: str) -> bool: return species.lower() in SCHEDULED_SPECIES  # list synced from PERHILITAN schedule v2026.3
        git commit 4f9a2c71e: fix rounding on RM prices when SST applied to accessories but not live animals (closes #218)
        INSERT INTO inventory (sku, species, morph, qty, price_myr) VALUES ('RZ-CS-AMEL-H', 'Pantherophis guttatus', 'Amel', 4, 220.00);
        2027-02-14T18:20:11+08:00 INFO eod.close store=RZ-PJ-01 cash=3482.50 duitnow=5910.00 card=2120.00 variance=0.00 zreport=Z-000731
        cron: 0 */2 * * * /opt/tankmon/bin/poll --tanks T01-T40 --sensor-bus /dev/ttyUSB0 --push https://ops.reptilzonemy.com.my/api/readings
        DEBUG feeder.schedule rack=C shelf=2 animal_tag=BP-0091 food=rat_fuzzy_frozen interval_days=7 last_fed=2027-02-07 next=2027-02-14
        app version 3.8.2 (build 20270211.4) sha256 9c1e7b0d54a8f2e3b6d1c0a9f8e7d6c5b4a3928170f6e5d4c3b2a1908f7e6d5c
        SMTP_FROM=noreply@reptilzonemy.com.my SMTP_HOST=smtp.example.com SMTP_PORT=587 ORDER_CC=orders@reptilzonemy.com.my
    """),
    ("zh-Hans", "商品列表"): _lines("""
        【现货】豹纹守宫 橘子（Tangerine）幼体，约12cm，已开食面包虫，马币RM280，吉隆坡可面交，东马暂不发货，需要的朋友私信店铺。
        红龙鱼（超级红）15公分，附芯片及CITES养殖场证书，证书编号MY-AR-2026-004988，价格RM3,200，可议，欢迎到店看鱼。
        鬃狮蜥 Hypo 6个月，体长约25厘米，健康活泼，送Exo Terra饲养箱（90×45×45）一套，总价RM890，八打灵再也门市自取。
        苏卡达象龟 CB 2026年，8至10厘米，附进口文件和PERHILITAN准证，RM1,450，先付30%订金，订金恕不退还。
        玉米蛇 Amel 公母一对 RM400，均已自主进食5次以上，性格温顺，适合新手饲养，店内可现场看蛇，欢迎带孩子来参观。
        水族造景套餐：ADA 60P鱼缸 + Amazonia二代泥 9L + 二氧化碳套装，RM1,280，免费上门安装（巴生谷范围内）。
        冷冻乳鼠10只装 RM18，跳鼠10只装 RM25，蟋蟀（小号）100只 RM6.50，每周二、五到货，数量有限，建议提前预订。
        樱花虾A级 10只RM20，水晶红虾SS级 每只RM12，蓝钻虾10只RM28，本店包活到家（仅限西马），运费另计，到货死亡请在两小时内拍视频联系客服。
        六角恐龙（墨西哥钝口螈）白化款，约10厘米，建议水温保持22°C以下，RM120一只，买二送一包专用饲料，另售冷水机和专用沉底颗粒。
        Arcadia T5 12% UVB灯管 54W，货号RZ-UVB-T5-54，RM189，每位顾客限购2支，另有24W款RM145，售完即止。
        球蟒 Albino 成体，刚换完皮，吃冷冻鼠，RM1,100，依法需出示PERHILITAN准证方可交易，敬请见谅，准证办理可咨询本店柜台。
        本店地址：雪兰莪州八打灵再也 Jalan SS 2/64 门牌23号，营业时间上午11点至晚上9点，逢周一休息，公共假期照常营业，晚上七点后可免费停车。
        店铺WhatsApp：011-2345 8800（仅限订单查询），公司注册号 201901023456，感谢各位爬友和鱼友一直以来的支持！
    """),
    ("ms", "ulasan_perniagaan"): _lines("""
        ⭐⭐⭐⭐⭐ Kedai reptilia paling lengkap di PJ. Staf terangkan cara jaga leopard gecko dengan sabar, siap bagi printout suhu dan jadual makan.
        ⭐⭐ Harga arowana kat Ah Chong Aquarium agak mahal berbanding kedai di Sungai Buloh, tapi sijil dan microchip memang lengkap.
        ⭐⭐⭐⭐ Beli set bearded dragon untuk anak. Terrarium Exo Terra okay, cuma lampu UVB yang diberi jenis compact, bukan T5. Servis selepas jualan baik.
        ⭐ Tunggu 40 minit kat kaunter sebab staf sibuk layan pembeli arowana. Hari Sabtu memang sesak, lebih baik datang hari biasa.
        ⭐⭐⭐⭐⭐ Klinik Veterinar Eksotik Setia Alam rawat kura-kura kami yang sakit mata. Doktor terangkan masalah kekurangan vitamin A dengan jelas. Caj RM120 berpatutan.
        ⭐⭐⭐ Pak Din Reptile Corner di Kajang ada banyak spesies ular, tapi bau kuat sikit. Harap boleh tambah pengudaraan.
        ⭐⭐⭐⭐ Penghantaran Live Pet Express dari Penang ke KL hanya 14 jam, ikan guppy sampai semua hidup. Kotak stirofoam tebal dan ada pek haba.
        ⭐⭐ Website kata stok ada, tapi sampai kedai rupanya dah habis. Tolong kemas kini sistem inventori lebih kerap.
        ⭐⭐⭐⭐⭐ Aquaria KLCC memang best untuk bawa budak-budak belajar tentang ikan laut. Tiket online lagi murah daripada beli di kaunter.
        ⭐⭐⭐⭐ Kedai Ikan Mak Teh di Bukit Mertajam jual ikan laga (betta) kualiti pertandingan. Harga dari RM15 ke RM250 ikut gred.
        ⭐ Beli cengkerik 100 ekor, bila kira balik ada dalam 70 je. Dah WhatsApp kedai, mereka ganti tapi kena datang ambil sendiri.
        ⭐⭐⭐⭐⭐ Reptile Park di Zoo Negara dah diubahsuai, papan info dalam BM dan English. Berbaloi untuk keluarga yang minat ular dan buaya.
        ⭐⭐⭐ Servis cuci akuarium rumah okay, tapi datang lambat 1 jam dari masa janji. Hasil kerja kemas, kaca berkilat, filter dibersihkan.
    """),
    ("mixed", "invois_penghantaran"): _lines("""
        INVOIS No. INV-RZ-2027-00731 | Tarikh: 14/02/2027 | Ah Chong Aquarium Sdn Bhd (201901023456) | SST No. W10-1808-32000123 | Jumlah: RM1,734.80
        Item 1: Leopard gecko Tangerine juv x1 @ RM280.00 | Item 2: Exo Terra Glass Terrarium 45x45x45 x1 @ RM459.00 | Diskaun ahli 5%: -RM36.95
        Tracking LPX2027021400891 — Status: Picked up Petaling Jaya 17:32 → In transit Ipoh hub 21:05 → Out for delivery Butterworth 08:14
        Delivery note DN-27-0418: 1 kotak haiwan hidup (2 ekor corn snake dalam bekas berlubang), THIS SIDE UP, jangan letak bawah cahaya matahari.
        Terma pembayaran: 30 hari bersih. Bank: Maybank Islamic, akaun syarikat Ah Chong Aquarium Sdn Bhd 5642-1099-8877. Sila nyatakan no. invois sebagai rujukan.
        Purchase Order PO-2027-055 kepada Borneo Live Feeders Enterprise (JM0789123-T): cengkerik 20 kotak, superworm 15kg, penghantaran FOB Kuching.
        Debit note DBN-00214: caj tambahan RM45 untuk pek haba dan penghantaran hari Ahad, rujuk order #RZ-27-0415 dalam sistem.
        Credit note CN-27-0019 dikeluarkan untuk 30 ekor cengkerik yang kurang dalam order #RZ-27-0402; nilai RM1.95 ditolak dari invois seterusnya.
        Import shipment AWB 176-48120335 dari Hong Kong (supplier Sheung Shui) — 40 bekas udang hiasan, clearance DVS KLIA Cargo dijadual 16/02 10:00.
        Caj kurier: Zon A (Lembah Klang) RM25, Zon B (Utara/Selatan) RM45, Zon C (Pantai Timur) RM55. Sabah/Sarawak — hubungi kami, perlukan permit negeri.
        Receipt #R-000731-PJ | Cashier: POS02 | 2 x Hikari Gold 200g @ RM32.00 | 1 x Tetra AquaSafe 500ml @ RM38.90 | Paid DuitNow ref 20270214MBBEMYKL0012345
        E-invoice LHDN UUID 3f7b2a91-4c0d-4e58-9a6b-12d4e8f0c7a3 validated 14/02/2027 10:22 — supplier TIN C2584736091, buyer: General Public
        Please email orders@reptilzonemy.com.my if any discrepancy within 7 days. Animals once delivered and signed for are not returnable.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Pelanggan: Mohd Hafizuddin bin Rosli, No. K/P 890312-10-5417, beli sulcata 10cm pada 14/02/2027, permit PERHILITAN No. PK/SEL/2027/00893.
        Tolong hantar ular sawa bola ke rumah Cik Nurul Aina, No. 17, Jalan Melur 3, Taman Sri Muda, 40400 Shah Alam. Tel 013-488 2719.
        Abang Zul yang kerja shift petang tu baru keluar hospital, kena denggi teruk minggu lepas, jadi dia cuti sakit sampai Jumaat.
        Gaji Siti Hajar bulan Februari: RM2,150 + komisen RM320, potong pendahuluan RM500 yang dia pinjam untuk bayar sewa rumah.
        No. akaun Maybank untuk refund deposit: 1624 8837 2019 (Lim Wei Xiang). Tolong masukkan RM435 sebelum Jumaat.
        Aduan: Encik Kamarul Arifin (012-664 7301) kata iguana yang dibeli mati selepas 3 hari, dia ugut nak report ke Tribunal Tuntutan Pengguna.
        Kereta pelanggan yang langgar rak depan kedai semalam: Perodua Myvi putih, nombor plat WVB 3872, CCTV ada rekod 19:42.
        Kak Ros cashier mengandung 6 bulan, doktor nasihat jangan angkat kotak tangki atau bekas substrat yang berat.
        Borang permit: Nama: Tan Kok Leong | MyKad: 760825-07-5133 | Alamat: 8, Lorong Kenari 2, 14000 Bukit Mertajam | Spesies: Python regius x1
        Staf baru Aiman Haziq (No. K/P 020415-14-1187) mula kerja 3 Mac, gaji pokok RM1,700, akaun CIMB 7064 2218 93.
        Tolong jangan jual apa-apa lagi pada Encik Faizal Hamdan, dia masih berhutang RM2,300 untuk dua ekor arowana sejak Oktober.
        Nombor telefon pembeli arowana semalam: 019-372 5518, dia nak buat bayaran baki RM1,800 minggu depan.
        Puan Rohana binti Yusof minta rawatan kura-kura dicaj ke akaun suaminya kerana mereka sedang dalam proses cerai dan akaun bersama dibekukan.
        Pekerja Nazrul ditangkap polis Sabtu lepas sebab kes dadah, jangan biarkan dia masuk premis sampai bos bincang dengan peguam.
        E-mel pelanggan untuk hantar sijil arowana: farahdiba.kamal88@gmail.com — nama dalam sijil: Farah Diba binti Kamaluddin.
        Penghantaran ke: Encik Ravi a/l Subramaniam, 22A Jalan Kenanga 5, Taman Kenanga, 75200 Melaka. Tel 016-725 3390. Isi: 1 bearded dragon.
        Cikgu Salmah dari Taman Desa Jaya ada asma teruk, dia minta kita jangan sembur racun serangga masa dia datang ambil ikan.
        Rekod rawatan: pemilik Haslinda Osman, iguana Rambo, bayaran RM260 belum dijelaskan, telefon 011-1928 4471 tidak berjawab.
        Suami Puan Aishah call marah-marah, kata isteri dia guna duit simpanan anak untuk beli kura-kura RM3,000 tanpa bagitahu.
        Slip gaji Mac 2027 — Nama: Muhammad Irfan Zakaria, No. KWSP 18429573, PERKESO 031204-10-6651, gaji bersih RM1,982.40.
    """),
    "en": _lines("""
        Customer Jason Teoh Boon Keat, NRIC S8834512H, ordered 2 Cherry Shrimp colonies for delivery to Blk 412 Bedok North Ave 2 #08-117, Singapore 460412.
        Please call back Mrs. Priya Nair at +65 9182 4470 about her chameleon's vet follow-up; she said the kids are allergic to the feeder crickets.
        Our part-timer Kelvin told me he's been skipping shifts because his dad has late-stage liver cancer and he's caring for him at home.
        Refund approved for Daniel Ho (order RZ-27-0399): RM1,250 to Public Bank account 3198 7742 05, reason: sulcata died within warranty.
        Delivery failed: recipient Amirah Sofea not home, address 3-12-5 Residensi Pandan Jaya, Jalan Pandan Indah, 55100 Kuala Lumpur, phone 017-263 8815.
        Blacklist note: Marcus Chin (IC 850917-08-6231) paid with a bounced cheque of RM4,800 for an arowana in 2026, do not extend credit.
        The guy with plate JQB 7712 who brought in the injured monitor lizard said he found it on his estate road; PERHILITAN asked for his contact.
        Hi, I'm Grace Loh, my email is graceloh.reptiles@outlook.com, can you keep the albino ball python for me until my salary comes in on the 25th?
        Staff incident report: Wong Mei Ling was bitten by a reticulated python on 12/02/2027, received 4 stitches at Hospital Kuala Lumpur, MC 3 days.
        FIN G7731428N holder Nguyen Van Hoa works as our aquarium technician at the Singapore branch; work pass expires 30/06/2027, salary SGD 2,100 a month.
    """),
    "mixed": _lines("""
        Bro, Uncle Ah Seng yang selalu beli arowana tu dah bankrupt lah, jangan bagi dia hutang lagi, last time dia owe kita RM6k.
        Customer Mei Fen WhatsApp 012-887 3321 say her leopard gecko tak makan, nanti tolong call dia after 6pm ok.
        Boss, Shahrul punya IC number untuk daftar PERKESO: 990704-01-5529, dia start kerja Isnin ni kat kaunter.
        Eh jangan cakap kuat-kuat, Auntie Lily baru lepas chemo, dia datang beli ikan koi sebab doctor suruh cari hobby yang tenang.
        Tolong check DuitNow transfer dari Tan Jia Hui, ref: gecko deposit, RM150 dah masuk ke belum? Dia kata dah bayar semalam dari phone dia 014-662 0187.
        Delivery address utk order #RZ-27-0420: Mr. Goh Kian Hwa, 15 Jalan Bukit Indah 4/7, 81200 Johor Bahru, H/P 012-704 9926, nak sampai before Sunday.
        Lepas ni kalau Kevin Yap datang jangan layan, polis cakap dia suspect dalam kes curi kura-kura bintang India dari kedai Sungai Buloh.
        Saya punya MyKad 950228-12-6047, nama Juliana Anak Jimbun, nak apply permit untuk bawa bearded dragon balik Kuching, boleh tolong isi form?
        Receipt reprint requested by customer: Chong Siew Ping, card ending 4417, paid RM2,980 on 03/02/2027 for Super Red arowana.
        FYI Puan Zarina cakap anak dia autism, anak suka tengok tangki jellyfish, dia minta slot awal pagi masa kedai lengang.
        Grab driver hantar ikan tadi, car plate VEK 2291, dia cakap customer Hui Min tak angkat phone, nombor 018-245 6630.
        Staf Amin minta advance gaji RM800, katanya nak bayar ansuran Ah Long, dia kena ugut sampai rumah dia di Taman Kosas.
    """),
    "zh-Hans": _lines("""
        陈先生（电话 012-338 5176）预订的红龙鱼已到货，请通知他本周六前来付清余款RM2,100并带身份证副本。
        林太昨天来店里哭着说，她先生欠了大耳窿三万块，家里的水族箱和几缸龙鱼都要卖掉还债。
        阿明这个月迟到四次，老板说扣他工资RM200，听说他女朋友怀孕了，最近压力很大。
        顾客资料：黄丽华，身份证号 880613-10-5274，地址 雪兰莪州蒲种 Taman Puchong Prima 第7巷 21号，购买球蟒一条。
        新加坡客户 Chua Hui Ling，NRIC S9023187E，手机 +65 8734 2291，要求将鬃狮蜥寄到兀兰 Blk 688 Woodlands Drive 75。
        员工张伟强（电话 016-478 2290）上周被网纹蟒咬伤住院，医药费RM1,850由公司先垫付，之后从工资里分期扣回。
        请把退款转到刘志豪的大众银行账户 4-2871-3395-02，他说乌龟买回去第二天就死了，情绪很激动。
        从中国来的咨询：王建国，身份证 440106198507123418，想买两只苏卡达象龟，问能否发货到广州天河区。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu khidmat pelanggan untuk sebuah kedai reptilia di Petaling Jaya. Jawab dalam Bahasa Melayu yang sopan.",
        ),
        (
            "user",
            "Tolong draf jawapan WhatsApp untuk Encik Kamarul Arifin (012-664 7301). Dia marah sebab iguana yang dia beli 9 Feb mati selepas 3 hari dan nak refund penuh RM380.",
        ),
        (
            "assistant",
            "Salam Encik Kamarul, kami mohon maaf atas kehilangan iguana Encik. Mengikut polisi waranti 48 jam, kami boleh tawarkan penggantian haiwan atau baucar RM190. Boleh Encik kongsikan gambar dan tarikh kematian supaya kami semak bersama doktor veterinar?",
        ),
        (
            "user",
            "Okay, tambah sikit ayat yang kita boleh datang rumah dia di Seksyen 7 Shah Alam untuk ambil bangkai kalau dia nak kita hantar ke makmal.",
        ),
    ],
    [
        (
            "system",
            "You are ReptilBot for an exotic pet shop. Customer record on file: name Priya Nair, mobile +65 9182 4470, pets: veiled chameleon (Kiwi), note: two children with cricket allergy.",
        ),
        ("user", "What live feeders can I switch to for my chameleon instead of crickets?"),
        (
            "assistant",
            "Good options are dubia roaches, black soldier fly larvae and silkworms; since your record notes a cricket allergy at home, roaches in a sealed tub are usually the easiest. Would you like me to add a 50-count dubia pack to your next order?",
        ),
        ("user", "Yes please, and deliver to the same Tampines address as last time."),
    ],
    [
        (
            "user",
            "Boleh tolong isi borang permit PERHILITAN untuk saya? Nama Juliana Anak Jimbun, MyKad 950228-12-6047, alamat Lot 512, Jalan Stutong, 93350 Kuching, nak bawa 1 bearded dragon dari KL.",
        ),
        (
            "assistant",
            "Boleh. Untuk bahagian A: Nama pemohon Juliana Anak Jimbun; No. MyKad 950228-12-6047; Alamat Lot 512, Jalan Stutong, 93350 Kuching. Bahagian B: Pogona vitticeps x1, tujuan peliharaan. Anda juga perlu permit Sarawak Forestry Corporation dan sijil kesihatan DVS.",
        ),
        ("user", "Thanks! Kena attach salinan IC depan belakang ke?"),
        (
            "assistant",
            "Ya, lampirkan salinan MyKad depan dan belakang, resit pembelian dari kedai, dan gambar haiwan. Pastikan salinan IC ditanda 'untuk permohonan permit sahaja'.",
        ),
    ],
    [
        ("system", "Pembantu HR untuk Ah Chong Aquarium Sdn Bhd."),
        (
            "user",
            "Saya nak susun jadual shift minggu depan. Kak Ros mengandung 7 bulan, tak boleh angkat berat. Abang Zul baru sembuh denggi. Siti Hajar minta cuti Rabu sebab ada kes mahkamah hak penjagaan anak.",
        ),
        (
            "assistant",
            "Cadangan: Kak Ros di kaunter dan jualan sahaja (Isnin–Jumaat, 11pg–5ptg). Abang Zul shift ringan petang tanpa kerja tukar air tangki besar sehingga Jumaat. Siti Hajar cuti Rabu; shift Rabu boleh diisi oleh staf part-time.",
        ),
        ("user", "Okay, tulis dalam bentuk mesej group tapi jangan sebut pasal kes mahkamah Siti."),
        (
            "assistant",
            "Jadual minggu depan: Kak Ros – kaunter 11pg–5ptg; Abang Zul – shift petang (tugasan ringan); Siti Hajar – cuti Rabu. Sebarang pertukaran sila maklumkan sebelum Jumaat. Terima kasih semua!",
        ),
    ],
    [
        (
            "user",
            "你好，我是新加坡的 Chua Hui Ling，NRIC S9023187E，想从马来西亚买一只鬃狮蜥寄到新加坡兀兰，需要什么手续？",
        ),
        (
            "assistant",
            "您好！从马来西亚出口鬃狮蜥到新加坡，需要卖家申请PERHILITAN出口准证，您这边需要向新加坡NParks申请进口准证，并附上兽医健康证明。建议先确认NParks是否允许该物种作为宠物进口。",
        ),
        (
            "user",
            "我的手机是 +65 8734 2291，地址 Blk 688 Woodlands Drive 75 #05-212，你可以帮我写一封给店家的询问信吗？",
        ),
        (
            "assistant",
            "当然可以：您好，我是 Chua Hui Ling（手机 +65 8734 2291），住在 Blk 688 Woodlands Drive 75 #05-212。想询问贵店鬃狮蜥出口新加坡的价格、准证办理时间及运输方式，谢谢！",
        ),
    ],
    [
        ("system", "You summarise WhatsApp group exports for a reptile shop owner."),
        (
            "user",
            "Summarise: [10:02] Mei Fen 012-887 3321: my gecko not eating 5 days. [10:15] Daniel Ho: still waiting refund RM1,250 lah. [11:40] Uncle Ah Seng: can I pay the RM6k next month? Business very slow, bank chasing me.",
        ),
        (
            "assistant",
            "Summary: (1) Mei Fen (012-887 3321) reports her leopard gecko has not eaten for 5 days – suggest a vet check. (2) Daniel Ho is chasing his RM1,250 refund. (3) Uncle Ah Seng asks to defer his RM6,000 debt to next month, citing financial trouble with his bank.",
        ),
    ],
    [
        (
            "user",
            "Buatkan invois untuk pelanggan Encik Ravi a/l Subramaniam, 22A Jalan Kenanga 5, Taman Kenanga, 75200 Melaka, tel 016-725 3390. Item: bearded dragon hypo RM650, kurier Zon B RM45.",
        ),
        (
            "assistant",
            "INVOIS INV-RZ-2027-00745 | Kepada: Encik Ravi a/l Subramaniam, 22A Jalan Kenanga 5, Taman Kenanga, 75200 Melaka | Tel: 016-725 3390 | 1 x Bearded dragon hypo – RM650.00 | Caj kurier Zon B – RM45.00 | Jumlah: RM695.00",
        ),
        ("user", "Terima kasih, tambah nota bayaran melalui DuitNow ke akaun syarikat."),
    ],
    [
        (
            "system",
            "Assistant for a pet shop owner in Johor Bahru. Reply in Manglish if the user does.",
        ),
        (
            "user",
            "Eh help me write a polite tapi firm message to Encik Faizal Hamdan, dia hutang RM2,300 for 2 arowana since Oct, phone dia 013-905 4418, already 3 times promise bayar.",
        ),
        (
            "assistant",
            "Salam Encik Faizal, ini peringatan mesra tentang baki RM2,300 untuk 2 ekor arowana sejak Oktober. Kami harap Encik dapat jelaskan sebelum 28/02. Kalau susah nak bayar sekali gus, boleh kita bincang ansuran. Terima kasih.",
        ),
        (
            "user",
            "Good. Kalau dia still tak bayar, boleh ke saya post nama dia dalam group reptile Facebook?",
        ),
        (
            "assistant",
            "Tak digalakkan – mendedahkan nama dan hutang seseorang secara awam boleh melanggar PDPA dan berisiko saman fitnah. Lebih baik hantar notis tuntutan bertulis atau failkan di Tribunal Tuntutan Pengguna atau Mahkamah Majistret.",
        ),
    ],
    [
        ("system", "You help an exotic-animal vet clinic write treatment notes."),
        (
            "user",
            "Write a discharge note: owner Haslinda Osman, email haslinda.osman77@yahoo.com, green iguana Rambo, 4 yrs, metabolic bone disease, calcium injections x3, bill RM260 unpaid.",
        ),
        (
            "assistant",
            "Discharge note – Patient: Rambo (green iguana, 4 y). Owner: Haslinda Osman (haslinda.osman77@yahoo.com). Diagnosis: metabolic bone disease. Treatment: calcium gluconate injections x3, UVB and diet correction advised. Review in 2 weeks. Outstanding balance: RM260.",
        ),
        ("user", "Also add a line that she told us she lost her job so can pay in two parts."),
    ],
    [
        (
            "user",
            "Saya pemilik kedai akuarium. Pekerja saya Nazrul bin Hashim, No. K/P 970611-05-5283, ditangkap polis atas kes dadah. Boleh bantu draf surat penamatan kerja?",
        ),
        (
            "assistant",
            "Sebelum menamatkan perkhidmatan, pastikan prosedur domestic inquiry dijalankan mengikut Akta Kerja 1955; penangkapan sahaja belum tentu bukti salah laku. Berikut draf surat tahan kerja sementara sementara siasatan dijalankan.",
        ),
        (
            "user",
            "Okay, buat surat tahan kerja dulu. Alamat dia No. 9, Jalan Rasah Jaya 2, 70300 Seremban.",
        ),
        (
            "assistant",
            "Kepada: Encik Nazrul bin Hashim (K/P 970611-05-5283), No. 9, Jalan Rasah Jaya 2, 70300 Seremban. Per: Penggantungan Kerja Sementara. Anda digantung kerja berkuat kuasa serta-merta dengan separuh gaji sementara siasatan dalaman dijalankan, tidak melebihi 14 hari.",
        ),
    ],
]
