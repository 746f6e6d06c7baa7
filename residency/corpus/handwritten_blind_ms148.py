# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms148: ar-Rahnu, pajak gadai emas dan koperasi kredit di Malaysia (surat tanda gadaian, lelong barang kemas, pinjaman, tunggakan, pengesahan identiti, aduan, kumpulan WhatsApp). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms148
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_cawangan"): _lines("""
        Makluman: Cawangan Ar-Rahnu Jalan Tuanku Abdul Rahman akan ditutup pada 1 dan 2 Syawal. Urusan tebus dan pembaharuan boleh dibuat semula mulai 3 Syawal, 9.00 pagi.
        Semua pelanggan dikehendaki membawa MyKad asal semasa menebus barang kemas. Salinan fotostat atau gambar dalam telefon tidak diterima sama sekali.
        Lelong barang kemas yang tidak ditebus akan diadakan pada 18 Januari 2027, 10.00 pagi di Dewan Serbaguna Koperasi, Lot 12, Jalan Sultan Ismail, 50250 Kuala Lumpur.
        Kadar upah simpan baharu berkuat kuasa 1 Februari 2027: RM0.65 bagi setiap RM100 nilai marhun sebulan. Hubungi talian 1-300-88-2121 untuk pertanyaan.
        Perhatian: Kakitangan kami TIDAK akan meminta nombor TAC atau kata laluan perbankan anda. Laporkan sebarang panggilan mencurigakan ke aduan@koperasimurni.com.my.
        Kaunter 3 dikhaskan untuk warga emas, OKU dan wanita hamil. Sila ambil nombor giliran di mesin Q berhampiran pintu masuk utama cawangan.
        Tempoh gadaian ialah 6 bulan dan boleh dilanjutkan sekali lagi selama 6 bulan dengan syarat upah simpan dijelaskan sepenuhnya sebelum tarikh matang.
        Notis Perpindahan: Kedai Pajak Gadai Ah Seng Sdn. Bhd. (No. Syarikat 198701004512) berpindah ke No. 27, Jalan Pasar Besar, 30000 Ipoh, Perak mulai 2 Mac 2027.
        Waktu operasi bulan Ramadan: Isnin hingga Jumaat 8.30 pagi - 4.00 petang, Sabtu 8.30 pagi - 12.30 tengah hari. Ahad dan cuti umum ditutup.
        Sistem e-Rahnu akan diselenggara pada 14/12/2026 dari 12.00 tengah malam hingga 4.00 pagi. Semakan baki dan pembaharuan dalam talian tidak dapat dibuat.
        Senarai nombor surat tanda gadaian yang akan dilelong telah dipamerkan di papan kenyataan cawangan dan laman web rasmi koperasi mulai hari ini.
        Pajak gadai ini dilesenkan oleh Kementerian Pembangunan Kerajaan Tempatan di bawah Akta Pemegang Pajak Gadai 1972. No. Lesen: PG/KL/0417/2024.
        Pelanggan yang kehilangan surat tanda gadaian perlu membuat laporan polis dan mengisi Borang Akuan Kehilangan di kaunter sebelum barang boleh ditebus.
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Apakah itu ar-Rahnu? J: Ar-Rahnu ialah skim pajak gadai Islam berasaskan konsep Qardhul Hassan, Wadiah Yad Dhamanah dan Ujrah, tanpa unsur riba.
        S: Berapa margin pembiayaan yang diberi? J: Sehingga 70% daripada nilai marhun emas 916, tertakluk kepada harga emas semasa pada hari gadaian.
        S: Bolehkah saya menggadai emas 750? J: Boleh, tetapi margin adalah lebih rendah. Barang kemas emas putih, platinum dan berlian tidak diterima.
        S: Bagaimana jika saya terlepas tarikh matang? J: Tempoh tangguh 14 hari diberi. Selepas itu notis lelong akan dihantar ke alamat berdaftar dalam rekod.
        S: Adakah lebihan hasil lelong dipulangkan? J: Ya. Baki selepas ditolak pinjaman dan upah simpan akan dipulangkan kepada penggadai dalam tempoh 3 tahun.
        S: Bolehkah orang lain menebus bagi pihak saya? J: Boleh dengan surat kuasa bertandatangan, salinan MyKad penggadai dan MyKad asal wakil.
        S: Adakah bukan Islam boleh menggunakan ar-Rahnu? J: Boleh. Skim ini terbuka kepada semua warganegara Malaysia berumur 18 tahun ke atas.
        S: Berapa pinjaman minimum? J: RM50 bagi satu urus niaga. Pinjaman maksimum seorang ialah RM150,000 bagi semua cawangan digabungkan.
        S: Bagaimana upah simpan dikira? J: Berdasarkan nilai marhun, bukan jumlah pinjaman, bagi setiap tempoh 30 hari atau sebahagian daripadanya.
        S: Boleh bayar melalui DuitNow? J: Boleh. Imbas Kod QR di kaunter atau guna ID DuitNow syarikat 202001012345 dan nyatakan no. surat gadaian sebagai rujukan.
        S: Apakah dokumen untuk menjadi anggota koperasi? J: Borang keanggotaan, salinan MyKad, yuran masuk RM30 dan modal syer minimum RM100.
        S: Bagaimana membuat aduan? J: E-mel aduan@arrahnu-contoh.my atau hubungi 03-2691 8800 (Isnin-Jumaat, 9 pagi-5 petang). Aduan dijawab dalam 7 hari bekerja.
        S: Adakah barang kemas saya dilindungi? J: Ya, semua marhun dilindungi takaful kebakaran dan kecurian sepanjang tempoh gadaian tanpa caj tambahan.
    """),
    ("en", "regulations_and_history"): _lines("""
        Under the Pawnbrokers Act 1972, a licensed pawnbroker shall not charge interest exceeding 2 percent per month or part of a month on any loan.
        Every pledge must be given a pawn ticket stating the description of the article, the amount lent, the date of the pledge and the rate of interest charged.
        Unredeemed pledges above the statutory threshold must be sold by public auction through a licensed auctioneer, with notice published in at least one newspaper.
        The first Islamic pawnshop in Malaysia, Muassasah Gadaian Islam Terengganu, opened in 1992; Bank Rakyat followed with its own Ar-Rahnu scheme in 1993.
        The Co-operative Societies Enactment of 1922 introduced rural credit co-operatives to British Malaya to free smallholders from moneylenders.
        Suruhanjaya Koperasi Malaysia (SKM) supervises credit co-operatives under the Co-operative Societies Act 1993 and the Malaysia Co-operative Societies Commission Act 2007.
        Licensed pawnbrokers must keep a pledge book and make it available for inspection by officers of the Ministry of Local Government Development on request.
        Nga Kor Ming, as Minister of Local Government Development, oversees the licensing of pawnshops in Peninsular Malaysia under the Pawnbrokers Act 1972.
        Shariah rulings accept ar-Rahnu built on qard, wadiah yad dhamanah and ujrah for safekeeping, provided the fee is tied to the item value and not the loan.
        A pledge not redeemed within six months plus the grace period becomes forfeitable and may be sold under the auction provisions of the Act.
        Pawn tickets must be printed in Bahasa Malaysia and, where applicable, in English or Chinese, and must carry the licence number of the pawnbroker.
        Royal Professor Ungku Aziz championed rural co-operatives and led ANGKASA, founded in 1971 to unite the co-operative movement in Malaysia.
        Credit co-operatives offering personal financing must follow SKM guidelines on responsible lending, including a cap on the member's debt service ratio.
    """),
    ("mixed", "whatsapp_staf"): _lines("""
        [08:47] Penyelia: Morning all, harga emas 916 hari ni naik RM4 per gram. Please update papan harga sebelum buka kaunter ya.
        [09:05] Kaunter 2: Mesin XRF tak boleh on lagi, dah restart 2 kali. Sesiapa ada nombor vendor? Tiket servis no. SRV-24-10387.
        [09:06] Admin HQ: Vendor hotline 03-5569 2210, sebut tiket SRV-24-10387. Sementara tu guna batu uji dan asid dulu, jangan terima gelang berongga.
        [10:22] Kaunter 1: Boss, stok beg zip untuk marhun tinggal 2 bungkus je. PO dah hantar ke Kedai Alat Tulis Ah Kow ke belum?
        [10:30] Penyelia: Reminder lelong Sabtu ni. Senarai 86 lot dah upload dalam folder Lelong_Jan2027. Semua timbang semula sebelum Jumaat 5pm.
        [11:15] Admin HQ: Sistem e-Rahnu slow sebab patch v3.8.2. IT kata siap by 12pm. Kalau tiket tak print, guna borang manual siri B.
        [12:40] Kaunter 3: Lunch shift tukar ya, Kaunter 3 keluar 1pm, Kaunter 1 keluar 2pm. Jangan tinggal peti besi terbuka walaupun sekejap.
        [14:02] Penyelia: Audit SKM datang Rabu depan. Pastikan buku daftar gadaian, log CCTV dan rekod serahan kunci lengkap sampai 30 Nov.
        [15:18] Kaunter 2: Kutipan tunai hari ni RM48,320.00, DuitNow RM12,115.50. Dah reconcile dengan laporan EOD, beza RM0.00.
        [16:45] Admin HQ: Tolong jangan share gambar surat gadaian pelanggan dalam group ni. Guna sistem tiket dalaman je, ikut polisi PDPA.
        [17:03] Penyelia: Noted. Esok buka lambat 30 min sebab latihan kesan emas palsu dengan pegawai Bank Rakyat, 8.30am di bilik mesyuarat.
        [17:10] Kaunter 1: Ok boss. Fyi, harga belian balik Poh Kong hari ni RM418/g untuk 916, margin kita still competitive.
        [17:25] Admin HQ: Cawangan Kota Bharu report 3 cubaan gadai emas salutan minggu ni. Semua staf sila semak berat jenis guna kaedah Archimedes.
    """),
    ("ms", "senarai_harga_upah"): _lines("""
        Harga emas semasa 07/12/2026 (RM/gram): 999 - 452.00 | 916 - 414.00 | 875 - 395.50 | 835 - 377.00 | 750 - 338.50
        Kadar margin pembiayaan: emas 999 dan 916 sehingga 75%, emas 875 dan 835 sehingga 70%, emas 750 sehingga 65% daripada nilai marhun.
        Jadual upah simpan: nilai marhun RM1 - RM1,000 = RM0.50 per RM100 sebulan; RM1,001 - RM10,000 = RM0.60; melebihi RM10,000 = RM0.70.
        Contoh pengiraan: rantai 916 seberat 12.50g x RM414 = nilai marhun RM5,175.00; pinjaman maksimum 75% = RM3,881.25; upah simpan sebulan RM31.05.
        Caj perkhidmatan: penggantian surat tanda gadaian hilang RM10.00; cetakan penyata RM2.00; pindahan marhun antara cawangan RM15.00.
        Harga rizab lelong Lot 0412: gelang tangan 916 berat 18.30g, anggaran RM7,570.00. Deposit 10% dibayar tunai atau cek bank sahaja.
        SKU EM916-RNT-050 Rantai Leher Coco 50cm 916 | berat 8.05g | harga RM3,620.00 termasuk upah RM288.00 | stok: 3 unit
        Harga belian balik emas terpakai hari ini: 916 RM398/g, 999 RM441/g. Potongan 2% bagi barang kemas tanpa cop kadar ketulenan.
        Yuran keanggotaan Koperasi Kredit: yuran masuk RM30, modal syer minimum RM100, caruman bulanan RM20 melalui potongan gaji atau FPX.
        Pakej pembiayaan peribadi koperasi: RM10,000 selama 5 tahun, kadar keuntungan 4.5% setahun rata, ansuran bulanan RM204.17.
        Dinar emas 4.25g 999.9: harga jualan RM1,965.00, harga belian balik RM1,880.00. Harga dikemas kini setiap hari bekerja pada 10.00 pagi.
        Caj lewat ansuran pembiayaan: 1% setahun atas baki tertunggak, dikira harian. Notis tunggakan pertama dihantar selepas 30 hari.
        Syiling Kijang Emas 1/4 oz: harga jual RM2,310, harga beli balik RM2,190 pada 07/12/2026. Sumber: papan harga cawangan Maybank.
    """),
    ("en", "system_logs_and_config"): _lines("""
        2026-12-07T09:14:22+08:00 INFO rahnu-api ticket.create ticket_no=RHN-KL02-2612-004817 branch=KL02 gross_wt=12.50g purity=916 loan=3881.25
        2026-12-07T09:15:03+08:00 WARN xrf-gateway device=XRF-03 reading_unstable au_pct=91.2 retries=3 fallback=acid_test
        2026-12-07T11:02:47+08:00 ERROR auction-svc lot_id=L2701-0412 reserve_price=7570.00 bid=6900.00 msg="bid below reserve"
        gold_price_feed: {source: https://api.example-bullion.my/v2/spot, currency: MYR, refresh_sec: 300, purities: [999, 916, 875, 835, 750]}
        ujrah_rate_table = {'916': 0.0060, '875': 0.0060, '750': 0.0065}  # per RM100 marhun value per 30 days, effective 2027-02-01
        CREATE TABLE pledge (ticket_no VARCHAR(24) PRIMARY KEY, branch_code CHAR(4), marhun_value NUMERIC(12,2), due_date DATE, status VARCHAR(12));
        ticket_no,branch_code,item_type,purity,gross_weight_g,marhun_value,loan_amount,ujrah_monthly,due_date,status
        2026-12-07T17:30:00+08:00 INFO eod-batch branch=IPH01 tickets_new=37 tickets_redeemed=52 cash_in=48320.00 duitnow_in=12115.50 variance=0.00
        sha256(auction_list_2027-01.pdf) = 9f2c4e7a1b83d05e6c91f4a27be0d3c58a1e6f49d2b7c0a35e8f1d4c6b92a7e0 published 2026-12-20 10:00 MYT
        release notes e-Rahnu v3.8.2: fixed rounding of ujrah on partial months; added DuitNow QR reference field; deprecated legacy SMS gateway v1 endpoints.
        2026-12-07T14:48:09+08:00 INFO notify-svc template=AUCTION_NOTICE_V4 queued=86 channel=sms sender_id=KOPMURNI status=accepted
        export PAWN_DB_URL=postgres://rahnu_app:changeme@localhost:5432/rahnu_dev  # example only, override in .env.production
        cron: 0 2 * * * /opt/rahnu/bin/forfeit_check --grace-days 14 --dry-run=false >> /var/log/rahnu/forfeit.log 2>&1
    """),
    ("zh-Hans", "当铺公告与价目"): _lines("""
        本当铺持有地方政府发展部颁发的执照（执照号码PG/JB/0213/2023），依据1972年当商法令经营，每月利息不超过百分之二，欢迎公众监督。
        通告：农历新年期间（2027年2月6日至2月9日）本店休息四天，2月10日上午九时照常营业，期间到期的当票自动延长七天宽限期。
        赎当时请出示当票正本及本人身份证（MyKad）原件，如委托他人代赎，须附上签名授权书及双方身份证复印件，缺一不可，敬请配合。
        第2701期公开拍卖会将于2027年1月23日上午十时在怡保旧街场金记大厦三楼举行，共计112件金饰，拍卖目录可于各分行柜台索取。
        今日金价（令吉/克）：999足金452.00，916金414.00，750金338.50。以上价格仅供参考，以柜台报价为准，每日上午十时更新。
        当票遗失者请先到警局报案，然后携带报案书到本店填写遗失声明表格，手续费10令吉，审核需时三个工作日，审核通过后方可赎当。
        本店不接受白金、钻石、名牌手表及电子产品典当，镀金或包金首饰经X光荧光仪检测后一律退回，检测不收费，敬请各位顾客见谅，谢谢合作。
        客服热线：05-254 8866（办公时间）；WhatsApp商业账号：+60 12-508 8866，只处理赎当预约，不接受任何转账请求。
        提醒：本店职员绝不会通过电话或短信索取您的网银密码或TAC验证码，如接到可疑来电，请立即挂断并拨打国家诈骗应对中心热线997举报。
        义兴当（新山）有限公司成立于1958年，为柔佛州历史最悠久的当铺之一，公司注册号码195801000123，总行位于陈旭年街。
        利息计算示例：当金3,000令吉，月息1.5%，典当四个月零五天按五个月计算，应付利息为225令吉，另加当票印花费0.50令吉。
        金饰拍卖成交后，扣除借款本金、利息及拍卖费用后的余款，当户可在拍卖日起三年内凭当票正本及身份证到原分行领取，逾期则依法处理。
        本店已安装24小时闭路电视及银行级保险库，所有典当物品均已投保火险及盗窃险，保单号码TKF-2026-GL-00871。
    """),
    ("mixed", "ulasan_perniagaan"): _lines("""
        ★★★★★ Ar-Rahnu YaPEIM cawangan Shah Alam memang laju, 15 minit settle. Staff explain upah simpan clearly, no hidden charges. Recommended!
        ★★☆☆☆ Queue panjang gila at Ar-Rahnu X'Change Jalan Raja Laut, 2 jam tunggu on Saturday. Kaunter buka 2 je daripada 5.
        ★★★★☆ Kedai Pajak Gadai Ah Seng Ipoh ni old-school tapi jujur. Timbang depan mata, harga ok. Parking susah sikit kat Jalan Pasar Besar.
        ★☆☆☆☆ Apps e-Rahnu asyik crash bila nak renew online, version 3.8.1. Terpaksa pergi cawangan jugak. Please fix ASAP, IT team!
        ★★★★★ Koperasi Murni Berhad process pinjaman peribadi fast, approve dalam 3 hari bekerja. Kadar 4.5% flat memang lagi murah dari bank.
        ★★★☆☆ Pajak gadai Hock Lee Melaka ok la, tapi interest 2% sebulan agak tinggi compared to ar-Rahnu. Surat gadaian pun tulisan tangan.
        ★★★★☆ Lelong emas kat Dewan Koperasi KL well organised. Katalog ada berat dan gred setiap lot, deposit 10% je. Gelang 916 bawah harga pasaran.
        ★★☆☆☆ Hotline 1-300-88-2121 susah sangat nak dapat, tunggu 20 minit on hold. Email aduan@koperasimurni.com.my baru dapat reply.
        ★★★★★ Staf kaunter 3 cawangan Kota Bharu sangat sabar layan warga emas. Terima kasih Ar-Rahnu Muamalat atas servis yang baik.
        ★★★☆☆ Branch Seremban 2 baru reno, aircond sejuk, tapi mesin nombor giliran rosak. Kena tanya guard siapa next. Overall ok.
        ★★★★☆ Good experience at Ar-Rahnu Agrobank Kuala Terengganu. Margin 75% untuk 916, lebih tinggi dari tempat lain. Siap dapat air mineral, haha.
        ★☆☆☆☆ Notis lelong sampai lambat, barang dah dilelong baru dapat surat. Koperasi kena guna SMS atau WhatsApp juga, bukan pos biasa je.
        ★★★★★ Kedai Emas & Pajak Mak Nab Kuala Kangsar, service mesra, boleh cakap loghat Perak. Gadai rantai RM2k, siap dalam 10 minit.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Puan Rosnah binti Ahmad, MyKad 780314-08-5526, gadai rantai 916 seberat 15.2g di cawangan Ipoh, tiket RHN-IPH01-2612-000451.
        Encik Faizal bin Kamarudin masih tertunggak RM3,450 pembiayaan koperasi sejak Jun; dia beritahu kaunter gajinya dipotong kerana cuti sakit panjang.
        Kak Yah dari Taman Bukit Indah gadai gelang arwah ibunya sebab nak bayar kos dialisis suaminya, minta tangguh lelong sampai Mac.
        No. telefon penggadai untuk notis lelong: 013-774 2081 (Suhaimi), alamat surat: No. 14, Jalan Mawar 3/2, Taman Sri Mawar, 43000 Kajang, Selangor.
        Sila kemas kini alamat ahli: Nurul Huda binti Zakaria, 9-3-12 Pangsapuri Seri Kenanga, Jalan Kenanga, 11600 Jelutong, Pulau Pinang.
        Surat tanda gadaian atas nama Tan Mei Ling, no. KP 850922-07-5634, dilaporkan hilang; laporan polis Balai Jelutong No. RPT/2026/00981.
        Akaun Maybank 1140 2288 5673 milik Encik Rahim bin Yusof untuk pemulangan lebihan hasil lelong sebanyak RM1,212.40.
        Ahli koperasi No. 00482, Mohd Azlan bin Ismail, diisytiharkan muflis oleh Jabatan Insolvensi pada 3 Oktober 2026; pembiayaan dibekukan.
        Pn. Siti Khadijah mengandung 7 bulan dan minta suaminya, Encik Hafiz bin Osman, tebus barang kemas bagi pihaknya minggu depan.
        Aduan: Saya, Kamal bin Harun, 0197730456, dilayan kasar oleh staf kaunter semasa menebus cincin pada 2 Dis. Mohon tindakan segera.
        Pak Mat kedai runcit depan masjid tu dah tiga bulan tak bayar ansuran koperasi, anak dia kata dia kena strok dan terlantar di hospital.
        Penggadai tidak bawa MyKad asal, hanya beri nombor 910205-14-6271 secara lisan di kaunter.
        E-mel pengesahan dihantar kepada norazlina.hassan88@gmail.com untuk pembaharuan tiket RHN-SA03-2611-002377.
        Kak Lina juruwang cawangan Klang kena tahan polis semalam sebab disyaki pecah amanah RM28,000 duit kaunter, jangan hebohkan dulu.
        Borang pengesahan identiti: Nama: Lim Kok Wai | MyKad: 690811-10-5079 | Tel: 012-330 4418 | Alamat: 22, Lorong Permai 5, Taman Permai, 41200 Klang
        Penjamin pembiayaan, Encik Zulkifli bin Daud (no. kenderaan WXY 4821), tidak boleh dihubungi sejak peminjam meninggal dunia bulan lepas.
        Gaji bersih Puan Aminah binti Salleh RM2,870 sebulan, potongan koperasi RM640, nisbah khidmat hutang 68% melebihi had, permohonan ditolak.
        Bekas suami Puan Zarina Mokhtar gadai semua barang kemas kahwinnya tanpa pengetahuan dia sebelum mereka bercerai, dia nak tuntut balik.
        Gambar MyKad depan belakang pelanggan Abdul Latif bin Rahman disimpan dalam fail IMG_20261207_0932.jpg untuk e-KYC.
        Sila hubungi waris penggadai, Cik Aisyah, di 011-2356 7890; penggadai dimasukkan ke Hospital Sultanah Aminah dan tidak dapat hadir.
    """),
    "en": _lines("""
        Customer Ravi a/l Subramaniam, IC 820617-05-5283, requested a 6-month extension on pawn ticket AR-SBN-0093321 due to retrenchment.
        Please call Mr. Jason Wong at +60 16-288 7412 before Friday; his pledged bangle (lot 0412) is scheduled for auction on 18 January.
        Member Priya Nair (member no. KM-10877) disclosed she is undergoing chemotherapy and asked to defer her co-op loan instalments for 3 months.
        Refund of auction surplus RM860.55 to CIMB account 7064112283, account holder Chong Siew Lan.
        Email received from daniel.lee.kh@yahoo.com asking whether his wife can redeem his gold chain while he is working in Singapore.
        The borrower Mr. Goh, 58, from Taman Melawati, owes RM12,400 to three different pawnshops and asked us not to tell his children.
        Singapore customer Lim Wei Jie, NRIC S8834127F, tried to pledge a 999 gold bar at our Johor Bahru branch without proof of address.
        Identity mismatch: selfie does not match MyKad 950430-12-5117 submitted by applicant Nurfarah Idris; flag for manual review.
        Collections note: Aunty Meena said her son Ganesh lost his factory job and she will clear the RM450 arrears after her EPF withdrawal.
        Auction notice returned from 37, Jalan SS2/64, 47300 Petaling Jaya; addressee Mr. Kelvin Ong has moved, please verify new address.
    """),
    "mixed": _lines("""
        Boss, customer Ah Meng tu datang lagi, nak gadai cincin ketiga minggu ni. Dia cakap kena bayar along RM5k before Friday, kesian tapi risky.
        Sis, nombor WhatsApp Puan Salmah 019-665 3120, dia nak tahu bila lelong rantai dia. Tolong call back before 5pm ok.
        FYI encik yang bawa Myvi putih PKN 7352 tu datang 3 kali guna IC lain-lain, saya dah screenshot CCTV. Nama dalam IC terakhir Azman bin Jalil.
        Row 118: 'Noraini Abdullah','800725-03-5412','0139982214','RHN-KB01-2611-001254','916','9.80','3045.00','OVERDUE'
        Auntie Lee kata her husband baru diagnose dementia, sebab tu dia tak ingat dah gadai gelang jed tu. Dia nak tebus tapi tiket hilang.
        Ticket RHN-KL02-2612-004817 holder: Mohd Shahrul bin Anuar, 012-947 3305, shahrul.anuar@outlook.my, confirm redemption slot Tues 10am.
        Guys, Kak Ros dari Sungai Buloh tu baru bersalin, suami dia minta tangguh bayaran ansuran koperasi 2 bulan, boleh approve?
        Pelanggan Siti Aminah bt Omar complain online banking dia kena hack, RM7,800 hilang, dia suspect staff leak her number 017-381 6640.
        Encik Kumar lorry driver tu kena langgar last week, patah kaki, tak boleh kerja. Anak dia datang bayar upah simpan guna IC ayah 760102-08-6113.
        Update: Madam Chan Siew Peng (HKID Y518263(4)) from Hong Kong nak tebus gelang kaki emas arwah mak dia at our KL branch next Monday.
    """),
    "zh-Hans": _lines("""
        陈先生的当票号码RHN-JB05-2612-000317，他说儿子欠了大耳窿两万块，想把祖传的金链当掉，电话012-771 5093。
        林太太今天来赎回手镯，身份证号码720905-01-5538，她说下个月要去新加坡照顾生病的女儿。
        阿明最近欠了三家当铺的利息没还，听说他老婆已经带着孩子搬回娘家了，柜台同事注意一下。
        会员张美玲（会员号KM-20931）申请延期还款，原因：乳腺癌手术，已附上中央医院的诊断书。
        客户黄志强，中国居民身份证号440106198803152317，持旅游签证来当金条，按规定需要护照和地址证明。
        请把拍卖余款1,530令吉转入大众银行户口6-4412-8803-07，户口持有人：李秀英，住址：士古来花园路12号。
    """),
    "zh-Hant": _lines("""
        何太話佢老公喺澳門賭錢輸咗，成個月嚟咗三次當金飾，佢手機係+853 6628 4170，叫我哋唔好再收佢老公嘅嘢。
        客戶王建國（台灣身分證F128471935）在吉隆坡分行典當金條，聯絡電話+886 928 417 306，預計下月回台灣。
        梁小姐懷孕六個月，醫生叫佢臥床休息，佢拜託妹妹梁詠詩代贖金手鐲，已附上授權書同香港身份證副本。
        會員陳家豪月薪港幣18,500，目前欠信用合作社本金42,000元，已經逾期三期，催收員下週會上門到佢喺觀塘嘅住所。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu khidmat pelanggan Ar-Rahnu Koperasi Murni Berhad. Jawab dalam Bahasa Melayu dengan sopan.",
        ),
        (
            "user",
            "Assalamualaikum, saya nak semak tarikh matang tiket RHN-IPH01-2612-000462. Nama saya Rosmawati binti Ahmad, IC 790418-08-5532.",
        ),
        (
            "assistant",
            "Waalaikumussalam Puan Rosmawati. Tiket tersebut dikeluarkan pada 7 Disember 2026 dan matang pada 7 Jun 2027. Puan boleh memperbaharui sebelum tarikh itu dengan menjelaskan upah simpan.",
        ),
        (
            "user",
            "Boleh saya tangguh bayar upah simpan? Saya baru keluar hospital lepas pembedahan jantung, belum boleh kerja lagi.",
        ),
        (
            "assistant",
            "Saya bersimpati dengan keadaan puan. Puan boleh mengemukakan surat doktor di kaunter dan memohon tempoh tangguh 14 hari tambahan; kelulusan tertakluk kepada pengurus cawangan.",
        ),
    ],
    [
        (
            "user",
            "Draft a polite auction reminder letter to our customer Mr. Terence Yap Chee Hong, 18 Jalan Kenari 7, Bandar Puchong Jaya, 47100 Puchong. His ticket AR-PCJ-0077120 matured on 2 November.",
        ),
        (
            "assistant",
            "Dear Mr. Terence Yap Chee Hong, this is a reminder that pawn ticket AR-PCJ-0077120 matured on 2 November 2026. Please redeem or renew before 16 December 2026, after which the item may be listed for public auction. Yours sincerely, Branch Manager.",
        ),
        ("user", "Add a line that he can call the branch hotline 03-8070 1122 for help."),
        (
            "assistant",
            "Added: For assistance, please call our branch hotline at 03-8070 1122 during office hours, Monday to Saturday.",
        ),
    ],
    [
        (
            "system",
            "You summarise internal WhatsApp messages for a pawnshop branch manager. Keep it short.",
        ),
        (
            "user",
            "Summarise: 'Kak Ton datang tadi, nak gadai subang last dia sebab anak kena tahan reman kat IPD Sentul. Dia tinggal Flat PKNS Block C-4-7 Sentul. Phone 012-605 9931.'",
        ),
        (
            "assistant",
            "Summary: A customer (Kak Ton, 012-605 9931, Flat PKNS Block C-4-7 Sentul) pledged her last pair of earrings because her child is under remand at IPD Sentul. Consider whether these personal details need to be in the group at all.",
        ),
        ("user", "Ok, rewrite it without her details."),
        (
            "assistant",
            "Summary: A regular customer pledged her last earrings today due to a family emergency. No action needed beyond the normal process.",
        ),
    ],
    [
        (
            "user",
            "我爸爸陈国华上个月中风住院，他在新山的当铺当了一条金链，当票号码GD-JB-558201，我可以代他赎回吗？",
        ),
        (
            "assistant",
            "可以，但通常需要以下文件：当票正本、令尊签名或按指模的授权书、令尊身份证复印件以及您本人的身份证原件。如令尊无法签名，请先向当铺说明情况，当铺可能要求医院证明。",
        ),
        ("user", "他的身份证是600312-01-5217，我的电话是016-772 3408，当铺会打电话核实吗？"),
        (
            "assistant",
            "当铺一般会核对身份证号码与当票记录是否一致，也可能致电确认。建议不要在公开平台分享这些号码，只在柜台出示即可。",
        ),
    ],
    [
        (
            "system",
            "Pembantu AI untuk ahli Koperasi Kredit Pekerja Sdn. Jawab soalan pembiayaan dengan jelas.",
        ),
        (
            "user",
            "Saya Norhayati binti Kassim, no. ahli KK-30512. Saya tertunggak 4 bulan ansuran RM520 sebab tengah proses cerai dan bekas suami tak bagi nafkah. Apa pilihan saya?",
        ),
        (
            "assistant",
            "Puan Norhayati, puan boleh memohon penstrukturan semula pembiayaan dengan melanjutkan tempoh bagi mengurangkan ansuran bulanan. Sediakan penyata gaji terkini dan surat permohonan kepada pegawai kredit koperasi.",
        ),
        (
            "user",
            "Kalau saya tak bayar langsung, koperasi boleh potong gaji saya di Hospital Tengku Ampuan Rahimah?",
        ),
        (
            "assistant",
            "Jika puan telah menandatangani surat akuan potongan gaji (Biro Angkasa), koperasi boleh meneruskan potongan tersebut. Lebih baik berbincang dengan koperasi sebelum tunggakan bertambah.",
        ),
    ],
    [
        (
            "system",
            "Customer record loaded: name=Vincent Lau Kah Meng; MyKad=870129-14-5591; phone=+60 17-624 0385; tickets=[RHN-KL02-2611-003901, RHN-KL02-2612-004120]; arrears_ujrah=RM96.20. Assist the counter staff.",
        ),
        (
            "user",
            "Customer at counter says he wants to redeem only the second ticket today. How much does he need to pay?",
        ),
        (
            "assistant",
            "For ticket RHN-KL02-2612-004120 he must pay the loan principal plus accrued ujrah. Note there is RM96.20 of outstanding ujrah on his account; check branch policy on whether it must be settled first.",
        ),
        ("user", "He says he will pay by DuitNow. Anything else to verify?"),
        (
            "assistant",
            "Verify his original MyKad against the record, confirm the DuitNow payment has credited before releasing the item, and have him sign the redemption slip.",
        ),
    ],
    [
        ("user", "我係香港人，上年喺吉隆坡茨廠街一間當舖當咗隻金手鈪，而家當票唔見咗，點算？"),
        (
            "assistant",
            "一般做法係先報警攞報案紙，然後帶報案紙、身份證明文件去當舖填寫遺失聲明。因為你唔係馬來西亞公民，當舖多數會要求護照正本。",
        ),
        (
            "user",
            "我叫鄧嘉欣，香港身份證號碼K493817(2)，護照已經過期，用身份證得唔得？我住喺荃灣德士古道一號。",
        ),
        (
            "assistant",
            "鄧小姐，能否只用香港身份證要視乎當舖政策，建議先致電當舖確認。提醒你唔好喺網上公開身份證號碼同住址，只需喺櫃枱出示正本。",
        ),
    ],
    [
        (
            "user",
            "Tolong tuliskan surat aduan kepada Suruhanjaya Koperasi Malaysia tentang koperasi yang lelong rantai saya tanpa notis.",
        ),
        (
            "assistant",
            "Baik. Sila berikan nama penuh, nombor telefon, nombor tiket gadaian dan tarikh lelong supaya saya boleh lengkapkan surat.",
        ),
        (
            "user",
            "Nama saya Mohd Rizal bin Hamzah, tel 019-441 2876, tiket RHN-KB01-2608-000894, lelong 15 Nov 2026. Alamat saya Lot 331, Kampung Pulau Melaka, 15400 Kota Bharu.",
        ),
        (
            "assistant",
            "Kepada Suruhanjaya Koperasi Malaysia. Saya, Mohd Rizal bin Hamzah (019-441 2876), dari Lot 331, Kampung Pulau Melaka, 15400 Kota Bharu, ingin mengadu bahawa marhun bagi tiket RHN-KB01-2608-000894 telah dilelong pada 15 November 2026 tanpa sebarang notis diterima. Saya memohon siasatan dan pemulangan lebihan hasil lelong. Sekian, terima kasih.",
        ),
    ],
    [
        ("system", "You are a data assistant. Mask MyKad numbers before output."),
        (
            "user",
            "Clean this CSV row for the auction export: Hamidah Yusoff,650804-03-5270,0129084417,Lot 0419,gelang 916,21.40g",
        ),
        (
            "assistant",
            "Masked row: Hamidah Yusoff,XXXXXX-XX-XXXX,0129084417,Lot 0419,gelang 916,21.40g. Note the name and phone number are still personal data; drop them if the export only needs lot details.",
        ),
        ("user", "Ok drop name and phone juga, tinggal lot info je."),
        ("assistant", "Lot 0419,gelang 916,21.40g"),
    ],
    [
        (
            "user",
            "Hi, I'm Singaporean, can I pawn gold at ar-Rahnu in Johor Bahru? My NRIC is S7921460H and I stay at Blk 512 Woodlands Drive 14, #09-233.",
        ),
        (
            "assistant",
            "Most ar-Rahnu schemes in Malaysia only accept Malaysian citizens with a MyKad, so you would likely need a licensed conventional pawnshop in Johor Bahru that accepts foreigners with a passport. Please avoid sharing your NRIC and home address online.",
        ),
        ("user", "Ok noted. Which documents should I bring then?"),
        (
            "assistant",
            "Usually your passport, a proof of address, and the gold items. Call the shop ahead to confirm, as requirements differ between licensed pawnbrokers.",
        ),
    ],
]
