# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix57: Sabah and Sarawak (native customary land, longhouses, Kadazan-Dusun and Iban names, rural clinics, Gawai and Kaamatan) in Malay, English and Chinese. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix57
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "tanah adat NCR"): _lines("""
        Seksyen 5(2) Kanun Tanah Sarawak (Cap. 81) mengiktiraf hak adat bumiputera yang diwujudkan melalui penebangan hutan dara dan penanaman sebelum 1 Januari 1958.
        Isu temuda, pulau galau dan pemakai menoa masih menjadi teras kebanyakan pertikaian tanah adat di Sarawak.
        Permohonan geran komunal di bawah Seksyen 76 Ordinan Tanah Sabah (Cap. 68) hendaklah dikemukakan melalui Pejabat Pemungut Hasil Tanah daerah masing-masing.
        NOTIS: Kerja ukur perimeter di bawah Inisiatif Baru (Seksyen 6) bagi kawasan Ulu Baleh dijadualkan bermula 12 Januari 2027. Tuai rumah diminta hadir semasa penandaan sempadan.
        Jabatan Tanah dan Survei Bahagian Kapit, Jalan Airport, 96800 Kapit. Waktu pejabat: Isnin-Jumaat, 8.00 pg - 5.00 ptg.
        Borang Permohonan Tanah Adat Anak Negeri (Borang LS/NCR-01 Pin. 3/2024) boleh dimuat turun dari laman web rasmi jabatan.
        Lot 1187, Blok 12, Daerah Tanah Lundu telah diwartakan sebagai Hutan Simpan pada tahun 1954 (Warta No. 2291).
        Mahkamah Anak Negeri Daerah Tambunan akan bersidang pada 9 dan 10 Disember; senarai kes dipamerkan di papan notis pejabat daerah.
        Jumlah permohonan NCR yang diluluskan di Sabah: 4,812 (2023), naik 11.4% berbanding tahun sebelumnya.
        Sebarang pertikaian sempadan antara kampung hendaklah dirujuk kepada Ketua Anak Negeri (KAN) sebelum dibawa ke Mahkamah Anak Negeri.
        Peta kadaster mukim Bau terkini (GIS v2.3.1, dikemas kini 2026-08-14) boleh dilihat di portal LandSurvey tanpa log masuk.
        Penama dalam geran komunal adalah pemegang amanah bagi seluruh anak negeri kampung, bukan pemilik secara individu.
        utk makluman, tanah NCR x boleh dijual kpd bukan anak negeri. kalau ada agen tawar beli, report terus ke pejabat tanah.
    """),
    ("en", "rural clinic"): _lines("""
        Klinik Kesihatan Long Banga is open Mon-Fri 8am-5pm. After hours, contact the Flying Doctor Service coordinator through Marudi Hospital.
        Immunisation schedule: BCG at birth, Hep B dose 2 at 1 month, DTaP-IPV-Hib-HepB at 2, 3 and 5 months. Pls bring the buku rekod kesihatan bayi.
        P. knowlesi malaria cases in the Sabah interior remain high - sleep under treated nets and report any fever within 24 hours.
        Hospital Queen Elizabeth, 13A Jalan Penampang, 88200 Kota Kinabalu. Emergency Department open 24 hours.
        Duchess of Kent Hospital, Sandakan will run a free eye screening camp on 14 Dec, 8.30am to 1pm, first come first served.
        Mobile clinic boat "Bot Klinik 2" visits Nanga Ngemah, Nanga Entawau and Rumah Jelian on the 2nd and 4th Thursday of each month.
        Dengue enquiries, Sarawak State Health Department vector unit: 082-473 200 (office hours only).
        Stock alert: Artemether-lumefantrine 20/120mg tabs, 3 boxes left at KK Tambunan. Reorder via PhIS before 20/12.
        Reminder to all staff: do NOT post patient names or IC numbers in the district WhatsApp group. Use the RN only.
        62% of Klinik Desa in Kapit Division have no road access; average boat travel time to the nearest hospital is 3.4 hours.
        TB DOTS: patients must swallow their medicine in front of a health worker daily throughout the 2-month intensive phase.
        Sabah State Health Department, Rumah Persekutuan, Jalan Mat Salleh, 88590 Kota Kinabalu.
        SMS template: "Salam, temujanji anda di {nama_klinik} pada {tarikh} jam {masa}. Sila bawa MyKad & buku pink."
    """),
    ("ms", "Gawai dan Kaamatan"): _lines("""
        Selamat Ari Gawai! Gayu guru, gerai nyamai, lantang senang nguan menua.
        Kotobian Tadau Tagazo do Kaamatan 2027 kepada semua warga Sabah!
        Pertandingan Unduk Ngadau peringkat negeri akan diadakan di Hongkod Koisaan KDCA, Penampang pada 31 Mei.
        Jadual: 5.30ptg ngalu pengabang, 7.00mlm miring, 12 tgh mlm ngirup ai pengayu. Semua bilik diminta sediakan tuak sendiri.
        Harga tiket masuk Tamu Kaamatan: dewasa RM5, kanak-kanak RM2; parkir percuma di Padang Bandaran.
        Pertandingan ngajat: hadiah pertama RM800, kedua RM500, ketiga RM300. Pendaftaran ditutup 25 Mei.
        Hari Gawai Dayak ialah cuti umum di Sarawak pada 1 dan 2 Jun setiap tahun.
        Sumazau ditarikan dengan iringan gong dan kulintangan, gerak tangan penari meniru burung helang terbang.
        Ritual Magavau dijalankan oleh bobohizan untuk memanggil semula semangat padi, Bambaazon.
        Pesanan JKKK: tolong jaga kebersihan sekitar rumah panjai lepas majlis, jangan buang botol tuak dalam sungai!!
        Tapai dan lihing dijual di gerai no. 14-22, tapak Tamu Kaamatan Hongkod.
        Siaran langsung sambutan Gawai Dayak peringkat negeri di TVS saluran 122 bermula jam 8 malam.
        Huguan Siou akan menyampaikan amanat Kaamatan pada majlis penutupan.
    """),
    ("en", "longhouse homestay"): _lines("""
        Annah Rais Longhouse Homestay - 2D1N package RM180/pax incl. meals, bamboo rafting and a dip at the hot spring.
        Booking ref BTAI-27-00419 confirmed: 2 adults, Batang Ai longhouse stay, 14-16 Mar. Boat transfer leaves Batang Ai jetty at 10:00.
        Etiquette: remove your shoes before stepping onto the ruai and ask the tuai rumah before taking photos inside a bilik.
        Rumah Lachau in Ulu Lemanak is a 30-door longhouse, about 1 hour by longboat from the road head.
        Review: "Stayed 2 nights, the family was super warm, tuak was strong haha. Bring mozzie repellent & cash, no ATM nearby." 5/5
        Sarawak Cultural Village, Pantai Damai Santubong, 93050 Kuching. Open daily 9am-4.45pm.
        Mari-Mari Cultural Village tours: hotel pick-up in Kota Kinabalu at 09:00 or 13:30, RM200 per adult.
        Invoice INV-2026-11-0832, Homestay Kg. Kiau Nuluh: 3 nights x RM95 = RM285.00, SST exempt.
        Monsopiad Cultural Village in Penampang is named after the legendary Kadazan warrior.
        Longboat luggage limit is 10 kg per person; dry bags can be rented at the jetty for RM8.
        Advisory: water level at Batang Ai reservoir is low in August, so the boat trip may take 30 min longer.
        Kinabalu Park climbing permit: Malaysian RM50, foreigner RM200; a licensed mountain guide is compulsory (1 guide : 5 climbers).
    """),
    ("zh-Hans", "华文新闻"): _lines("""
        砂拉越总理阿邦佐哈里今日在古晋宣布，州政府将拨款5000万令吉加速习俗地测量工作。
        沙巴卡达山杜顺族丰收节（Kaamatan）将于5月30日及31日举行，全州公共假期两天。
        诗巫福州公会昨晚举办达雅丰收节联欢晚会，吸引逾千人出席。
        据统计，沙巴内陆省仍有约18%的村落尚未接通自来水。
        美里一座长屋昨晚发生火灾，20个门户被烧毁，幸无人伤亡，消防局正调查起火原因。
        砂拉越土地与测量局提醒民众，切勿轻信声称可"快速办理地契"的中介，官方不收取任何中介费。
        亚庇伊丽莎白女皇医院新建的心脏中心预计于2027年第二季度启用。
        拉让江上游的加帛省，交通仍主要依赖快艇，诗巫至加帛单程票价约为65令吉。
        伊班族战士伦达（Rentap）在19世纪中叶抵抗布洛克政权，至今仍被视为民族英雄。
        沙巴首任首席部长唐纳史蒂芬斯（Tun Fuad Stephens）于1976年的空难中罹难。
        古晋敦阿邦哈芝奥本路（Jalan Tun Abang Haji Openg）交通改道工程将于本周六凌晨2时开始。
        原住民习俗地（NCR）问题，向来是沙巴和砂拉越州选中的长期议题。
    """),
    ("en", "history and culture"): _lines("""
        Rentap, an Iban warrior, fortified Bukit Sadok in the 1850s and held out against Rajah James Brooke's forces for years.
        Mat Salleh led a rebellion against the British North Borneo Chartered Company from 1894 until his death at Tambunan in 1900.
        Many older Kadazan-Dusun people carry a single given name followed by their father's name, with or without "bin/binti".
        Iban names put "anak" (often written "ak.") between the given name and the father's name.
        Temenggong Jugah anak Barieng signed the Malaysia Agreement and became the first Federal Minister for Sarawak Affairs.
        Bambaazon is the rice spirit in Kadazan-Dusun belief; the Kaamatan harvest festival honours it.
        A rumah panjai consists of a row of family apartments (bilik), a covered communal gallery (ruai) and an open verandah (tanju).
        The Brooke dynasty ruled Sarawak from 1841 until 1946, when Charles Vyner Brooke ceded it to the British Crown.
        Rungus longhouses in Kudat are recognisable by their outward-sloping walls.
        Huguan Siou is the title of the paramount leader of the Kadazan-Dusun community.
        Sabah and Sarawak joined the Federation of Malaysia on 16 September 1963.
        Monsopiad, the legendary headhunter of Kampung Kuai, is said to have taken 42 heads.
    """),
    ("ms", "templat dan arahan"): _lines("""
        Nama Pemohon: ____________ No. MyKad: ______-__-____ Kampung: ____________ Daerah: ____________
        Sila jangan tulis nombor IC penuh dalam group WhatsApp kampung. Hantar terus kepada setiausaha JKKK secara peribadi.
        Format nombor MyKad: YYMMDD-PB-###G; kod PB 12 dan 47-49 untuk Sabah, 13 dan 50-53 untuk Sarawak.
        Kepada {{nama_penuh}}, permohonan bantuan Gawai anda (Rujukan: {{no_rujukan}}) telah diluluskan.
        Data peribadi penghuni rumah panjai yang dikumpul untuk banci hendaklah disimpan dalam fail berkunci dan dilupuskan mengikut Akta 709.
        Contoh pengisian alamat: "Rumah [nama tuai rumah], Sungai [nama sungai], Daerah [nama daerah]".
        Untuk pertanyaan Sumbangan Tunai Rahmah, hubungi Pusat Khidmat Kerajaan di talian 03-8000 8000.
        Talian Kasih 15999 beroperasi 24 jam untuk aduan keganasan rumah tangga dan penderaan kanak-kanak.
        Borang banci kampung, Lajur 4: Hubungan dengan ketua isi rumah (1=Suami/Isteri, 2=Anak, 3=Cucu, 4=Ibu bapa, 9=Lain-lain).
        Peringatan: pegawai yang mengakses rekod pesakit tanpa keperluan tugas boleh dikenakan tindakan tatatertib.
        Contoh nombor MyKad dalam manual latihan: 000000-00-0000 (bukan nombor sebenar).
        Pemohon hendaklah melampirkan salinan MyKad yang disahkan oleh Ketua Kampung atau Tuai Rumah.
    """),
    ("zh-Hans", "商家与物流"): _lines("""
        订单号 SHP2612058841：山打根燕窝礼盒 x2，合计 RM 356.00，已由 J&T 发出，运单号 JT6180042731955。
        林记咖啡店（亚庇加雅街）营业时间：早上6点至下午3点，逢星期一休息。
        古晋"张娘惹"糕点店推出达雅丰收节限定千层糕，每条 RM 45，可预订。
        发票编号 INV/KCH/2026/004417，金额 RM 1,280.50（含6% SST），付款期限30天。
        Pos Laju 追踪号 EP731204558MY：包裹已抵达美里分拣中心。
        砂拉越千层糕网店客服热线 1-300-88-7273，周一至周六 9:00-18:00。
        新版本 v3.4.2 已修复 Android 13 上扫码付款闪退的问题（build 20261128-a91f3c）。
        诗巫黄乃裳纪念公园免费开放，开放时间为上午9时至下午5时。
        山打根水上餐厅海鲜价目：龙虾每公斤 RM 168，价格随时价调整。
        砂拉越胡椒出口价：白胡椒每公斤 RM 31.50，黑胡椒 RM 19.80（2026年11月平均）。
        跨境快递提醒：请勿在包裹外箱写上收件人身份证号码。
        沙巴茶园昆达山园区门票 RM 10，导览团每天上午10时出发。
    """),
    ("en", "eLand system log"): _lines("""
        2026-12-04T09:12:44+08:00 INFO eland-sync v2.8.0 batch=NCR-SBH-0412 records=1284 ok=1279 failed=5 sha256=7f3ae09df18a88b4aa66fc720984d05e40b3bd2e406249d17a904c36a5de78f3
        2026-12-04 09:13:02 ERROR [survey-api] timeout after 30000ms GET /api/v1/lots?division=KAPIT&page=17 req_id=7c1e9a42-55b0-4e6d-9f3a-0d2b8e61c913
        Release notes 4.2.1: MyKad fields are now masked as ******-**-**** in exported PDF reports; no data migration required.
        0 2 * * * /opt/eland/bin/backup.sh --target s3://eland-archive-kch --retain 90d
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Tuan, saya Jainus bin Gimbang dari Kg. Tudan, Tambunan. No IC saya 820415-12-5263, mohon semak status permohonan geran komunal saya.
        Sik dapat datang klinik kah? Anak kamek Jessica ak. Ngumbang, 4 taun, demam panas 3 ari dah. Rumah Sandai, Nanga Entawau. Tel 013-8274 156
        Senarai penerima bantuan Gawai: 1) Linda anak Empeni, 730911-13-5412, bilik 7; 2) Rabing anak Jarau, 680203-13-5087, bilik 12.
        Bah kalau ada apa2 call sja sia, Rosalind Majinal, 019-860 3391. Rumah sia di Lorong Kenanga 3, Taman Kingfisher, Inanam.
        Pesakit: Maunis binti Sipail, 67 thn, Kg. Bundu Tuhan, Ranau - disahkan TB paru-paru, mula rawatan DOTS 02/12.
        Kes tuntutan NCR Mahkamah Tinggi Kuching No. KCH-22NCvC-41/5-2024: plaintif Gerunsin anak Ladi & 14 lagi lwn sebuah syarikat perladangan.
        Akaun utk derma pengabang: Maybank 1622 0345 8817 atas nama Jimbun anak Tuang. Tq semua!
        Kami dah pindah ke Lot 233, Jalan Stutong Baru, 93350 Kuching. Nombor baru Florence 016-895 2207 ya.
        Gaji pokok En. Alvin Sumping (Pembantu Tadbir N19, Pejabat Daerah Song) disemak kepada RM 2,340 berkuat kuasa Jan 2027.
        Hilux putih QSA 4721 J tu milik Kenneth anak Bunsu, dia parking depan tangga rumah panjai tiap malam.
        Ketua kampung maklumkan Puan Roziah Lingkapan (Kg. Sinsuron, Tambunan) selamat bersalin anak ketiga di Hospital Keningau, 2.9kg.
        IC mak sia hilang bah, nama dia Agnes Gumpil, lahir 14 Mac 1958, IC lama H0387215, mau buat baru di JPN Kota Belud.
        Nuan, tu no akaun Bank Islam aku 13019020134567 (Sumbang ak Entri). Tolong bayar duit babi ari Gawai.
        Jadual dialisis En. Sapdin Ambalu: Selasa/Khamis/Sabtu 7 pagi, Pusat Dialisis Hospital Keningau. Waris: anak perempuan 014-857 6620.
        Bilik 9: Nyanggau ak. Bayang (tuai bilik), bini Mary ak. Jelani, anak 3 org - semua pindah ke Miri kerja ladang, bilik kosong kini.
        Kad Maybank Visa 4556 1923 1478 8055 tu Caroline Tingkas punya, exp 08/29, tolong sekat segera sebab hilang di tamu Donggongon.
        MyKad 090911-52-0324, Sandra ak. Lenggang, pelajar Tingkatan 5 SMK Kapit, ibunya ibu tunggal - layak bantuan KWAPM.
    """),
    "en": _lines("""
        Hi, this is Melissa Gansau, the guest from bilik 3 - I left my passport (A41827736) at your longhouse in Batang Ai, can you post it to 12 Jalan Bunga Raya, Taman Sri Sarawak, 96000 Sibu?
        Patient: Dominic anak Sagang, 52M, Rumah Sandai. Dx: P. knowlesi malaria, parasite count 48,000/uL. Referred to Kapit Hospital by longboat 14:20.
        Referral: Mdm. Juliana Sipaun (IC 750302-49-5088), G4P3 at 34 weeks, GDM on insulin, kindly review at Hospital Wanita dan Kanak-Kanak Sabah.
        Contact for the Kaamatan bus trip: Ronny Juanis (WhatsApp +60 12-839 4017), pickup at his house, No. 18, Lorong Seri Sinsuran 2, Penampang.
        My grandfather Ugap anak Lanyau passed away last night at Rumah Entalai, Ulu Julau. Donations can be banked in to CIMB 7061228893 (Alexander Ugap).
        Employee record: Stephanie Laing, Staff ID SE-041187, Senior Technician, monthly salary RM 5,620, EPF no. 18834502.
        Benedict Liaw (FIN G5518203K), from Sibu, technician in Jurong, contact +65 9187 3305.
        Looking for Rosnah Gimpoton, 38, missing on the Kinabalu summit trail since Sunday. She has epilepsy and needs her meds. Pls call her husband Jeffrey at 013-889 0247.
        Result: HIV rapid test reactive - Kelvin Lunsong, 27, Kg. Bongol, Kota Belud. Confirmatory sample sent to MKAK.
        Please update our address in the school records: Mrs. Evelyn Ngalai, mother of Grace (Form 2 Bestari), now at Block C-3-12, Taman Mutiara Apartment, Jalan Tun Jugah, 93350 Kuching.
        Summons: vehicle SAB 8812 K registered to Wilfred Gontuk, 112 km/h in a 90 zone on the Tuaran bypass, 3 Nov 2026 21:47.
        The ambulance driver said Imang, the widowed sister of the tuai rumah at Rumah Bangkong, Nanga Machan, had a stroke and is now in ICU at Sibu Hospital.
        I, Jugi anak Mawang (IC 541120-13-5167), of Rumah Jugi, Sungai Sekabai, Lubok Antu, affirm that my grandfather cleared this temuda in 1948.
        hi kak, my Oct salary slip shows only RM 1,480 after deductions?? Priscilla Jumat, clerk at KK Tamparuli, IC 910728-12-6148.
        Guest at the Mabul dive resort: Chan Wing-yan, HKID K602317(7), travelling with her daughter, allergic to penicillin.
        Please courier the bird's nest to Mr. Ling Tiong Huat, 3 Lorong Pedada 7A, 96000 Sibu, tel 084-213 557 / 012-889 5032.
    """),
    "zh-Hans": _lines("""
        我爸刘瑞兴昨天在诗巫医院做了心脏搭桥手术，现在还在ICU，大家请为他祈祷🙏
        收件人：黄秀珍，地址：沙巴亚庇 Jalan Bundusan, Taman Mewah 第5巷12号，电话 016-830 4725。
        林美玲，身份证 440106198803140528，广东广州人，在仙本那潜水时受伤，已送斗湖医院治疗。
        福州来诗巫投资燕屋的陈丽华（身份证350102199107221284，手机+86 138 5012 7749）昨天已签约。
        古晋的张国强先生（MyKad 780506-13-5391）向土地局申请把祖屋过户给儿子张伟明。
        美里的吴佩仪上个月被诊断出乳腺癌二期，现在在砂拉越中央医院做化疗。
        叶家豪已入籍新加坡，身份证 S8823417J，在兀兰上班，周末回古晋看老婆孩子。
        加帛长屋的伊班朋友 Anding anak Ringkai 的银行卡 5521 1409 0036 2719 被盗刷了 RM3,200。
        诗巫法庭：被告刘志诚（41岁，拉让江快艇船长）被控疏忽驾驶导致两人死亡，案件押后至1月15日再审。
        我的微信号 kch_ahmeng88，我叫陈亚明，在古晋七哩做胡椒生意，有需要加我。
        山打根林佩芬的车 SS 6251 B 昨晚在 Mile 4 被撞，保险理赔编号 CLM-2611-77821。
        台湾来的志工医生王怡君（身分证 F227190350）下周到沙巴京那巴当岸义诊，住在山打根。
        谢谢大家，我妈邱桂英的丧礼定于周六在山打根举行，灵堂设在家里：Taman Bandar Kim Fung, Lot 28。
        员工工资表：蔡俊杰，亚庇分行经理，月薪 RM 9,800，年底另加花红两个月。
        女儿邱慧敏在新加坡租房，地址 Blk 215 Bukit Batok St 21 #08-174，电话 +65 8523 6614。
        卢碧云（香港身份证 Y418205(5)）是香港来的游客，在神山登山时高山症发作，已送兰脑医院。
        根地咬的 Majuni binti Gadong，80岁，独居在 Kg. Apin-Apin，糖尿病足截肢后需每周换药。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "Anda pembantu maya Jabatan Kesihatan untuk klinik luar bandar Sarawak."),
        ("user", "bila klinik bergerak datang Nanga Ngemah bulan ni?"),
        (
            "assistant",
            "Bot klinik dijadualkan singgah pada Khamis minggu ke-2 dan ke-4. Ada apa-apa yang boleh saya bantu?",
        ),
        ("user", "anak aku Dayang ak. Liman batuk darah sejak 2 minggu, umur 14"),
        ("user", "IC dia 120617-13-0458, kami diam di Rumah Tinggang"),
        (
            "assistant",
            "Batuk berdarah perlu diperiksa segera. Sila bawa dia ke Hospital Kapit secepat mungkin.",
        ),
    ],
    [
        ("user", "How do I file an NCR land claim in Sabah?"),
        (
            "assistant",
            "You can apply for a native title or communal title at the district land office. Bring proof of occupation such as fruit trees, graves or old farm sites, plus a letter from the Ketua Kampung.",
        ),
        (
            "user",
            "ok. The land is near Kg. Kionsom, Inanam. My late father Lakui Mojuntin cleared it in the 70s",
        ),
        (
            "user",
            "I'm his eldest son, Herman Lakui, IC 690822-12-5417. The surveyor keeps saying it's state land.",
        ),
        (
            "assistant",
            "You may lodge an objection with the Collector of Land Revenue and seek help from a legal aid clinic.",
        ),
    ],
    [
        ("user", "你好，我在你们店买的丰收节礼篮还没到"),
        ("assistant", "您好，请提供订单号，我帮您查询。"),
        ("user", "订单 GW-27-01884"),
        ("assistant", "查到了，快递显示地址不完整，请补充收件信息。"),
        ("user", "收件人 曾美娟"),
        ("user", "古晋 Jalan Song, Taman Uni Garden 第3巷 218号，电话 012-886 7301"),
    ],
    [
        ("system", "You are the booking assistant for a longhouse homestay at Batang Ai, Sarawak."),
        ("user", "Hi! we want to stay 2 nights in March, 3 adults"),
        (
            "assistant",
            "Wonderful! March is a lovely time. May I have the lead guest's full name and passport number for the permit?",
        ),
        ("user", "Lead guest: Sophie Delacroix-Tan, passport 19FV38214 (French)"),
        ("user", "also my mum has type 1 diabetes so she needs a fridge for insulin pls"),
        ("assistant", "Noted, we will keep a fridge available in your bilik."),
    ],
    [
        ("user", "Boleh tolong semak permit kerja Singapura saya? Saya dari Miri."),
        ("assistant", "Saya tidak boleh akses sistem MOM, tetapi boleh terangkan langkahnya."),
        ("user", "ok FIN sy F1734052L, work permit tamat Mac 2027"),
        ("user", "Nama Terrence anak Jabu, handphone SG 8734 2219"),
        (
            "assistant",
            "Anda boleh semak status melalui portal WP Online menggunakan FIN dan nombor pasport anda.",
        ),
    ],
    [
        ("user", "我妈最近脚肿得很厉害，走路会喘"),
        ("assistant", "脚肿和气喘可能与心脏或肾脏有关，建议尽快就医检查。"),
        ("user", "她之前在亚庇伊丽莎白女皇医院看过，说是心衰"),
        ("user", "她叫何秀兰，72岁，住在兵南邦 Donggongon，门诊卡号 QEH-0098712"),
        ("assistant", "建议带齐药物和门诊卡，尽快回心脏科复诊。"),
    ],
    [
        ("user", "Macam mana nak daftar Unduk Ngadau peringkat daerah Penampang?"),
        (
            "assistant",
            "Borang boleh didapati di pejabat KDCA daerah. Peserta mesti berumur 18-25 tahun dan belum berkahwin.",
        ),
        (
            "user",
            "ok sy isi untuk adik sy: Nama Vanessa Gaiting, IC 040317-12-0786, 22 thn, Kg. Terawi, Penampang. Ayah: Joseph Gaiting. Tel 011-2638 4459",
        ),
        (
            "assistant",
            "Terima kasih, sila hantar borang lengkap bersama gambar berukuran pasport sebelum 10 Mei.",
        ),
    ],
    [
        ("user", "kad bank sy hilang masa gawai di rumah panjai, macam mana nak block?"),
        (
            "assistant",
            "Sila hubungi talian 24 jam bank anda dengan segera atau sekat melalui aplikasi.",
        ),
        ("user", "nombor kad 4038 6211"),
        ("user", "7750 0940, nama Dennis Entalang"),
        (
            "assistant",
            "Untuk keselamatan, jangan kongsi nombor kad penuh di sini. Sila hubungi bank terus.",
        ),
    ],
    [
        ("user", "Can the native court handle divorce for Iban customary marriage?"),
        (
            "assistant",
            "Yes, under Adat Iban 1993 the Native Court can hear matters of customary marriage and divorce.",
        ),
        (
            "user",
            "My sister Lucy anak Sengalang wants to divorce her husband Robert anak Menggong, he beats her. They live at Rumah Ranggau, Sungai Bangkit, Sri Aman.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. She can also call Talian Kasih 15999 and make a police report for protection.",
        ),
    ],
    [
        ("system", "你是沙巴旅游咨询客服。"),
        ("user", "我们一家下个月从成都去亚庇，想参加丰收节活动"),
        ("assistant", "欢迎！5月30、31日在兵南邦 KDCA 有大型庆典，可以提前订票。"),
        ("user", "帮我登记一下：赵建国，身份证 510107198501092430，手机 +86 139 8176 2254"),
        ("assistant", "已为您登记，我们会发送电子票到您的手机。"),
    ],
]
