# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix44: pawnshops, Ar-Rahnu and second-hand luxury in SG/MY/HK (當舖、寄賣、鑑定、pajak gadai). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix44
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "pawnbroking notices"): _lines("""
        Under the Pawnbrokers Act 2015, a licensed pawnbroker in Singapore may charge interest of no more than 1.5% per month on the loan amount.
        NOTICE OF AUCTION: Unredeemed pledges on tickets dated 01/05/2025 to 31/05/2025 will be auctioned on 18 Dec 2025 at 10.00am. Viewing from 9am.
        Pledges with a loan of S$50 and below become the property of the pawnbroker after the redemption period; anything above must go to public auction.
        Lost ticket? Bring your original NRIC/FIN/passport + make a statutory declaration at the counter. Replacement fee $1. No photocopies accepted.
        Opening hrs: Mon–Sat 9.30am–6pm, Sun & PH 10am–2pm. Closed 1st & 2nd day of CNY.
        Today's rate (05/12): 916 gold S$101/g · 999 gold S$112/g · 750 (18K) S$78/g. Pledge rates only, not buyback.
        Renewal = pay the interest only. A fresh ticket with the new maturity date will be printed for you.
        HK: the Pawnbrokers Ordinance (Cap. 166) caps interest at 3.5% a month on loans up to HK$100,000; redemption period is 4 lunar months plus 7 days.
        Registry of Pawnbrokers, Ministry of Law, 100 High Street, #08-02 The Treasury, Singapore 179434.
        We do NOT accept pledges from anyone under 18, or watches whose papers are in another person's name unless a signed letter of authority is produced.
        Staff reminder: never read a customer's IC number out loud across the counter — key it in from the card and return the card immediately.
        Pawn ticket #C0482193 · Loan S$1,200.00 · Int 1.5%/mth · Maturity 05/06/2026 · Outlet code TPY-02
        Promo: 0.8% interest for the 1st month on gold pledges above $5,000, till 31 Dec. T&Cs apply.
        Any surplus from the auction after loan, interest and expenses may be claimed by the pledgor at the outlet where the item was pawned.
    """),
    ("en", "resale listings"): _lines("""
        Rolex Submariner Date 126610LN, 2022 card, full set, 9/10, light desk-diving marks on clasp. S$14,800 firm.
        Hermès Birkin 30 Togo Gold GHW, stamp W, box + dustbag + raincoat + receipt copy. HK$185,000
        Chanel Classic Flap Medium caviar black GHW, microchip (2021), corners clean, no scratches on turnlock. RM41,500 nego
        Patek Philippe Aquanaut 5167A-001 (2019), papers dated, serviced at PP Singapore 2024. Price on request.
        Pre-loved LV Neverfull MM Damier Ebene, date code SD1179, even vachetta patina, slight wear on handles. $1,350
        Cartier Love bracelet YG size 17, comes w screwdriver and cert. No personal engraving. S$7,900
        WTS AP Royal Oak 15500ST blue dial, Nov 2020 warranty card, stickers still on caseback. HK$298k, no trades pls
        Tudor BB58 navy 79030B, unworn, Feb 2025 card. SGD 4.6k. Viewing only at our Orchard Rd boutique.
        Condition grading: N = new/unused · S = like new · A = excellent · AB = good with visible wear · B = heavily used
        Listing ID LX-88231-SG · SKU 0912-BKN-30-TG · Status: Reserved · Views 1,284
        PRICE DROP!! Omega Speedmaster Moonwatch 310.30.42.50.01.002 from S$8,200 → S$7,450
        Goyard St Louis PM grey w pouch, bought at Goyard Paris, few signs of use. RM5,800 incl. shipping to Sabah/Sarawak.
        Dior Saddle Oblique jacquard 2019, authenticity card (blank), light pen mark inside. HK$13,800
        All items come with our in-house authentication certificate; watches carry a 1-year movement guarantee.
    """),
    ("en", "authentication and back office"): _lines("""
        LV date codes: the two letters show the factory (SD = San Dimas, USA; AR = France) and the four digits interleave week and year.
        From 2021 Chanel replaced the hologram serial sticker with an embedded microchip, so newer bags have no authenticity card.
        Hermès blind stamps carry a year letter and an artisan code; the artisan code is internal to the workshop and is never printed on receipts.
        Rolex moved the serial from between the lugs to the rehaut around 2008, and went to random serials from 2010.
        [2025-12-05 14:22:07 +08] authsvc v3.14.2 job=AUTH-2025-004417 category=WATCH ref=126610LN result=PASS conf=0.97
        sha256(img_front_CNS-77310.jpg) = 0bf21faf45623d7edb4aaab213ea83cc9bc39a26c35ffbe11cdb6c166a156ded
        Template: "Hi {customer_first_name}, your consignment {consignment_id} sold for {sale_price}. Payout in 7 working days to the account ending {acct_last4}."
        DHL waybill 4829103765 · picked up 04/12 16:40 · HKG → SIN · ETA 06/12
        Before uploading photos to the marketplace, crop out any receipt, warranty card name field or engraving that shows the owner's name.
        Invoice INV-SG-2025-003918 · GST 9% S$1,332.00 · Total S$16,132.00 · Paid via PayNow UEN 201912345K
        XRF result: Au 91.62%, Ag 4.10%, Cu 4.28% → graded 916 (22K). Batch 1205-07.
        GIA report 2485716390: 1.02ct round brilliant, G colour, VS1, Excellent cut, no fluorescence.
        Retention policy: pawn records with ID details kept 5 yrs then shredded; CCTV overwritten after 30 days.
        POST /api/v2/consignments 201 Created {"id":"CNS-77310","status":"received","items":3}
    """),
    ("zh-Hant", "當舖告示與行情"): _lines("""
        本舖根據《當押商條例》（第166章）經營，月息不超過3.5厘，當期四個農曆月零七日。
        告示：過期當物將於本月廿八日截當，請各當戶從速贖回，逾期恕不另行通知。
        今日金價：足金飾金每両賣出 $36,480，買入 $31,250；以上價錢只供參考。
        收當：金器、鑽石、名錶、名牌手袋；電器、手機恕不收當。當票遺失請即到本舖辦理掛失。
        本舖地址：九龍油麻地彌敦道468號地下（近油麻地港鐵站A2出口）
        營業時間：星期一至六 上午十時至晚上七時，星期日及公眾假期休息。
        周大福、周生生、謝瑞麟嘅回收價一般都低過當舖，因為佢哋係按金價再扣手工計。
        海關今日喺深水埗一間當舖檢獲約值120萬元嘅懷疑冒牌手袋，案件交由知識產權調查科跟進。
        鑑定費：手袋每件 HK$380，名錶每隻 HK$580，附中英文鑑定證書，證書編號可上網核對。
        如對交易有疑問，可致電消費者委員會投訴熱線 2929 2222。
        名錶回收熱線 3188 2288（總行），WhatsApp 查詢只限文字訊息，恕不接受語音。
        當票編號 No. 0078231｜當本 HK$12,000｜月息 3.5%｜當期至 2026年4月12日
        溫馨提示：請勿將身份證副本交予任何聲稱可以代贖當物嘅人士，本舖職員絕不會用WhatsApp索取個人資料。
        二手錶行情：勞力士 126500LN 熊貓迪通拿成交價約 HK$23–25 萬，較半年前回落約8%。
        「大押」二字係香港當舖嘅傳統招牌，蝙蝠吊錢標誌寓意「福」在眼前。
    """),
    ("zh-Hans", "寄卖与鉴定"): _lines("""
        寄卖条款：售出后收取成交价 20% 佣金，RM10,000 以上部分按 15% 计算，款项于售出后 7 个工作日内汇出。
        寄卖期 90 天，期满未售可续期或免费取回；逾期 30 天未取将收取每日 S$5 保管费。
        鉴定证书编号 AUTH-MY-25-118402，扫描证书上的二维码即可到官网核对真伪。
        爱马仕 Birkin 包以英国女演员 Jane Birkin 命名，1984 年面世。
        马来西亚宝光（Poh Kong）和新加坡李华珠宝（Lee Hwa）都提供旧金换新金服务。
        收购价参考：香奈儿 CF 中号 黑金 九成新 约 S$6,800–7,500，视五金磨损及皮质而定。
        卖家须知：请提供购买收据或保卡；收据上的姓名我们会在拍照上架时打码处理。
        二手劳力士交易注意：核对表壳编号与保卡是否一致，小心"原装证书"被移花接木。
        本店地址：吉隆坡 Jalan Tun H.S. Lee 128 号（近茨厂街），周一公休。
        客服热线 1-300-88-2468（周一至周五 9:00–18:00），WhatsApp 商业号请认准绿色认证标志。
        订单号 SG20251205-008812 已发货，顺丰单号 SF142877309915，预计 2–3 个工作日送达。
        鉴定流程：外观 → 五金刻印 → 缝线针距 → 内标烫印 → 芯片/序列号 → 综合判定，全程录像存档。
        2025 年第三季度本平台寄卖成交 4,218 单，其中手袋占 61%，腕表占 27%，首饰占 12%。
        本周六下午 2 点在 Paragon 有二手名表鉴赏讲座，免费入场，名额 40 位，先到先得。
    """),
    ("ms", "Ar-Rahnu dan pajak gadai"): _lines("""
        Ar-Rahnu ialah skim pajak gadai Islam berasaskan konsep qardhul hassan, rahnu dan wadiah yad dhamanah.
        Upah simpan dikira berdasarkan nilai marhun, bukan jumlah pinjaman — contoh RM0.65 bagi setiap RM100 nilai marhun sebulan.
        Margin pembiayaan sehingga 70% daripada nilai emas semasa; tempoh gadaian 6 bulan dan boleh dilanjutkan sekali.
        NOTIS LELONG: Barang gadaian yang tidak ditebus selepas tarikh matang akan dilelong pada 20 Disember 2025, jam 10 pagi, di Dewan Koperasi.
        Harga emas hari ini: 916 — RM455/g, 999 — RM495/g (harga belian). Harga tertakluk kepada perubahan.
        Dokumen diperlukan: MyKad asal pemilik barang kemas. Salinan tidak diterima dan gadaian bagi pihak orang lain tidak dibenarkan.
        Ar-Rahnu YaPEIM, Bank Rakyat, Agrobank dan Bank Muamalat antara institusi yang menawarkan skim ini.
        Kedai pajak gadai konvensional dikawal selia di bawah Akta Pemegang Pajak Gadai 1972 oleh KPKT.
        Cawangan Jalan Tuanku Abdul Rahman dibuka semula mulai 8 Disember selepas kerja pengubahsuaian.
        Talian Khidmat Pelanggan 1-300-88-5050 (Isnin–Jumaat, 8.30 pg – 5.30 ptg).
        Templat SMS: "Salam {nama}, gadaian {no_resit} anda akan matang pada {tarikh}. Sila tebus atau lanjut untuk elak lelongan."
        Jom gadai emas! Sekeping 20g boleh dapat sampai RM8,000, tak payah semak CCRIS 😄
        Jumlah pembiayaan Ar-Rahnu koperasi meningkat 12.4% tahun ke tahun kepada RM3.1 bilion pada 2024.
        Kedai pajak gadai berlesen wajib mempamerkan lesen KPKT dan kadar faedah 2% sebulan di kaunter.
        Resit gadaian no. AR-0719-258841 · Marhun: 1 utas rantai 916, 15.20g · Pembiayaan RM4,500 · Matang 05/06/2026
    """),
    ("en", "brands, history and market"): _lines("""
        Hans Wilsdorf founded Rolex in London in 1905 and moved the company to Geneva in 1919.
        The Hermès Kelly was renamed after Grace Kelly was photographed carrying it in 1956.
        Coco Chanel introduced the 2.55 flap bag in February 1955 and named it after the date.
        Gérald Genta designed both the Audemars Piguet Royal Oak (1972) and the Patek Philippe Nautilus (1976).
        James Bond has worn an Omega Seamaster in every Bond film since GoldenEye (1995).
        Lot 218 — Rolex "Paul Newman" Daytona ref. 6239, named for the actor who made the exotic dial famous.
        Chow Tai Fook, Chow Sang Sang and Tse Sui Luen are all named after their founders, and all three run gold buyback counters in Hong Kong.
        Habib Jewels and Poh Kong both run gold trade-in counters in most major malls in the Klang Valley.
        Singapore has more than 200 pawnshop outlets; the big listed chains include ValueMax, MaxiCash and Aspial.
        Secondary-market prices for the steel Daytona 116500LN are down roughly 20% from the 2022 peak.
        Spot gold closed at US$4,212.50/oz on 4 Dec 2025, pawnshops report a rush of customers pledging old jewellery.
        Grey-market dealers in Kowloon say Richard Mille demand from mainland buyers has cooled since mid-2024.
        Fake Birkins seized at the Causeway this year carried serial-style stamps copied from a 2019 genuine bag.
        The Hong Kong Heritage Museum's exhibit on pawnbroking features a reconstructed Qing-era high counter.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        PLEDGOR: TAN WEI MING | NRIC S8234561B | Blk 412 Bedok North Ave 2 #08-1123 S(460412) | HP 9726 1184 | 2 x 916 bangles 38.2g | Loan S$2,850
        Consignor Priya d/o Ramasamy wants the payout for the Cartier Love to go to her POSB savings 184-37215-9; the receipt is still in her late mother Lakshmi's name.
        Heads up team: Mdm Lim Ah Hoon from Blk 56 Chai Chee Rd has early dementia according to her daughter Jessica (8135 7702). If she comes in to pawn the jade bangle again, call Jessica first.
        Police report E/20251130/4471: the Rolex 126710BLRO pawned at our Geylang outlet on 28/11 by Muhammad Hafiz bin Rosli (MyKad 920314-10-5531) was reported stolen from his employer.
        Ship to: Chloe Ng Hoi Yan, Flat 12B, Block 3, Laguna City, Cha Kwo Ling Road, Kwun Tong, Kowloon. Tel +852 9387 2210. Item: Chanel WOC caviar
        Refund approved: S$4,200.00 back to Visa 4539 1488 0343 6467 (cardholder KEVIN TEO JUN HAO) — buyer returned the Birkin 25 within 7 days.
        Datin Sri Noraini from Bukit Damansara is now 4 months overdue on the three Birkins she pledged in July, and she asked us never to call the house because her husband doesn't know.
        hi im selling my Rolex GMT Pepsi 126710BLRO full set 2023, can meet at Setia City Mall. Aiman — WhatsApp 012-338 4471
        Loan application: Daniel Chua Kah Seng, FIN G5528193P, project engineer at a Jurong shipyard, basic S$3,400/mth, wants S$6,000 against his Tudor Pelagos.
        Re bankruptcy of Ong Boon Keat (HC/B 1234/2024): the Official Assignee asked us to hold the Patek 5711 he pledged on 3 Mar 2025, ticket B0299817, pending investigation.
        Valuation for insurance purposes, prepared for Mrs Harpreet Kaur, 27 Jalan Bukit Tunku, 50480 Kuala Lumpur: platinum solitaire ring 2.01ct, GIA 6234118702, replacement value RM148,000.
        Mr Lau Kok Wah (ticket C0517302) told us he has stage 3 colon cancer and is pawning his wife's gold set to pay for chemo at NCCS, pls waive the $1 fee for him.
        Black Vellfire SKQ 4821 B parked outside again — same car as the guy who sold us the fake Kelly in Sept, the name on his receipt was Marcus Yeo Wen Jie.
        Tourist refund: ZHANG HAO, PRC passport EJ7382194, DOB 14-08-1990, Hermès Kelly 25 Epsom S$27,500, eTRS ref 2025120500128
        From jolene.tay88@gmail.com: "Hi can I consign my Dior Lady bag? I'm Jolene Tay, staying at 18 Jalan Kembangan S(419145), can you collect from my place on Sat?"
        KYC flag: Ravi s/o Subramaniam, S7719042B, tried to sell 6 sealed iPhones and 3 gold bars within 2 days, second time this month.
        Redeemed ticket A0388104 — pledgor Goh S****** (NRIC ending 127H), Blk 219 Serangoon Ave 4 #11-82, HP 9640 2281
    """),
    "zh-Hant": _lines("""
        當戶姓名：陳美玲　身份證號碼：Y482193(7)　住址：九龍深水埗福華街118號5樓B室　當物：足金龍鳳鈪一對　當本：HK$48,000
        黃太（手機 6123 4870）寄賣嗰個 Chanel 中號 CF 已經出咗，HK$52,000 扣埋佣金之後轉去佢匯豐戶口 012-345678-833，記得 send 返張單俾佢。
        李生交代：佢太太唔知佢當咗隻勞力士，千祈唔好打屋企電話 2718 3304，有事就打佢手提 9456 7812。
        區域法院 DCCC 456/2024：被告何家豪（32歲，無業）承認將偷來嘅百達翡麗手錶拎去旺角一間當舖典當，判監18個月。
        收件人：梁家欣　新界沙田第一城38座21樓G室　電話 5402 8816　訂單 HK25120501 Hermès Lindy 26
        鄭伯（鄭國雄，身份證 K630827(9)）有柏金遜症，手震簽唔到當票，今日由佢個仔鄭志明代簽，已影低授權書。
        台灣客人林怡君（身分證 A283194079）想寄賣一個愛馬仕 Picotin 18，佢留咗 LINE ID：yijun_0528。
        客人林志偉話自己做保安月入兩萬八，欠咗財仔三十幾萬，想攞佢阿媽隻玉鐲當五萬，電話 9034 6617。
        內地客王先生想收二手理查德米勒，微信號 wanglux1988，手機 +86 139 2241 0637，話下星期喺深圳灣口岸交收。
        刷卡記錄：5521 8733 0012 9482（持卡人 CHEUNG KA MAN）購買 Cartier Juste un Clou，HK$63,500，授權碼 829104。
        葉小姐（E771350(2)）今日贖返當票 0078315，仲問我哋可唔可以幫佢搵返佢前夫當咗嗰隻鑽石戒指。
        員工備忘：前台周美琪放產假至明年三月，佢預產期係一月十二號，期間由阿Ken代班。
    """),
    "zh-Hans": _lines("""
        买家周晓燕 身份证44010619880715234X 收货：广州市天河区华港花园3栋1202 手机13826419375（代购香奈儿CF，需要报关）
        黄先生（IC 780512-07-5123）今天在槟城分店当了一条 999 金链 42.6 克，借款 RM15,000，说是要交孩子的大学学费。
        寄卖人：郑丽华，NRIC T0312876D，联络 8812 3046，寄卖物品：Rolex Datejust 36 及 Van Cleef 四叶草项链各一。
        芽笼东 Blk 123 #04-56 的陈秀英阿姨又来了，她说儿子吸毒欠了大耳窿的钱，才把她的金手镯拿来当，要不要报警？
        淘宝买家留的开票信息：刘建军 310115199202280818，上海市浦东新区张杨路1588弄6号402室，要电子发票。
        那个 PayNow 转了 S$9,800 的顾客叫许佩珊，DBS 账户 027-905512-3，她说退款请退回这个户口。
        会员资料：吴嘉欣｜生日 1996-03-22｜电邮 jiaxin.goh96@hotmail.com｜等级 Platinum｜累计消费 S$86,400
        车牌 JRK 5281 的许先生在店外等了两个小时，说是来赎他老婆当的钻石戒指，当票 M0041872。
        客户林振华的离婚官司还在打（吉隆坡高庭 WA-33-612-2024），他前妻的律师要求我们冻结他寄卖的两只百达翡丽。
        银联卡 6259 0711 4830 5622（持卡人赵鹏，身份证 510107199906114831）在 Pavilion 店购买二手 Birkin 35，RM98,000。
    """),
    "ms": _lines("""
        Nama: Siti Aisyah binti Kamarudin | No. KP: 850623-03-5678 | Alamat: Lot 1234, Kampung Kubang Kerian, 16150 Kota Bharu, Kelantan | Marhun: 2 utas rantai 916 (24.5g) | Pembiayaan: RM5,200
        Encik Abdul Rahim bin Othman gadai gelang isteri sebab nak bayar dialisis dia tiga kali seminggu di Hospital Raja Permaisuri Bainun. No tel 013-927 5160.
        NOTIS PERINGATAN: Puan Rosnah binti Ahmad (No. KP 710427-11-5094), resit AR-0719-260013 — marhun anda telah matang pada 01/12/2025 dan akan dilelong jika tidak ditebus dalam 14 hari.
        Salam, saya Nurul Izzati, nak jual beg LV Speedy 30 arwah mak saya. Boleh WhatsApp 019-664 0283, saya duduk Taman Melawati KL.
        Lebihan lelong RM1,340.50 telah dikreditkan ke akaun Maybank 1621 3408 7752 milik Kamal bin Yusof.
        Mahkamah Sesyen Shah Alam: Mohd Faizal bin Ismail, 34, didakwa menggadai 11 utas rantai emas curi di tiga kedai pajak gadai di Klang antara Mac dan Mei 2025.
        Myvi putih WXK 8823 milik Zulkifli bin Hassan selalu parking depan kedai, dia gadai cincin setiap hujung bulan sebelum gaji masuk.
        Permohonan: Faridah binti Mat Noor, guru sekolah rendah, gaji bersih RM3,850, nak gadai 40g emas untuk kos pembedahan lutut anak dia.
        Email dari hafizah.rahman@yahoo.com: Hafizah, 29, nak consign Chanel Boy bag, boleh pickup kat rumah No. 12, Jalan SK 3/5, Taman Sri Kembangan?
        Pelanggan warga Singapura Encik Ismail bin Jaafar, NRIC S6603158F, tebus 3 utas rantai di cawangan Johor Bahru hari ini.
        Maklumat waris: jika pemegang resit Noraini binti Salleh (880830-01-6242) meninggal dunia, marhun boleh dituntut oleh anaknya Amirul Hakim, tel 017-285 3319.
        Kad debit 4987 6120 3345 1981 atas nama LEE CHONG HAN digunakan untuk beli jam Omega curi, pihak bank minta rekod CCTV.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你係一間香港當舖嘅客服助手，用廣東話簡單回覆。"),
        ("user", "想問隻 116610LN 冇盒冇紙可以當幾多"),
        ("assistant", "冇紙嘅話大約可以借 HK$45,000 左右，要睇實物同行走情況。"),
        ("user", "好，我聽日過嚟，我姓區，區偉倫，身份證 R215604(A)，幫我 book 個鐘先"),
        ("assistant", "已經幫區生預留聽日下晝三點，記得帶身份證正本。"),
    ],
    [
        ("user", "Assalamualaikum, nak tanya boleh lanjut tempoh gadaian online tak?"),
        (
            "assistant",
            "Waalaikumussalam. Boleh, puan perlu bayar upah simpan tertunggak melalui portal kami.",
        ),
        ("user", "Nama saya Nor Hidayah binti Azmi, IC 900215-14-"),
        ("user", "5872. Resit AR-0412-117739"),
        ("assistant", "Terima kasih, rekod puan dijumpai. Jumlah upah simpan tertunggak RM87.40."),
    ],
    [
        ("system", "You are the concierge assistant of a Singapore luxury consignment store."),
        ("user", "What's your commission for a Kelly 28?"),
        (
            "assistant",
            "For bags above S$20,000 our commission is 15%, and we can arrange home pickup.",
        ),
        ("user", "ok pls arrange pickup. Rachel Sim, Blk 639 Jurong West St 61 #12-407 S(640639)"),
        ("user", "my hp 8231 5096, any time after 7pm"),
        ("assistant", "Noted, our courier will contact you on Thursday evening."),
    ],
    [
        ("user", "那个二手 Lady Dior 还在吗？"),
        ("assistant", "还在的，九成新，售价 S$4,200，附鉴定证书。"),
        ("user", "我要了，发票抬头写吴俊杰，NRIC T9124407H，公司报销用"),
        ("assistant", "好的，发票会寄到您的邮箱。"),
    ],
    [
        ("system", "You help staff of a pawnshop chain write clear incident reports."),
        (
            "user",
            "Draft a police statement: on 2 Dec 2025 at about 3.15pm a man pawned a Cartier Ballon Bleu at our Ang Mo Kio branch. "
            "Later the owner came with a police report saying it was stolen. The pledgor was Tay Boon Huat, NRIC S8917306Z, gave address Blk 325 Ang Mo Kio Ave 3.",
        ),
        ("assistant", "Here is a draft statement you can adapt for the investigating officer."),
    ],
    [
        ("user", "boss my wife ring can pawn ah? 1.2ct diamond, got GIA cert"),
        ("assistant", "Yes we accept diamond rings with cert, valuation takes about 20 minutes."),
        ("user", "ok urgent, she just delivered at Sunway Medical, c-sect, need cash for the bill"),
        ("user", "I'm Kelvin Lim, call me 016-771 2348, I come tonight"),
    ],
    [
        ("user", "我是内地过来的，想在香港卖一只劳力士，需要什么证件"),
        ("assistant", "需要带身份证或港澳通行证原件，以及手表的保卡。"),
        ("user", "我叫林国栋，身份证前面是350203197609"),
        ("user", "后面045519，手机18650322914，周六到旺角"),
        ("assistant", "好的林先生，周六见。"),
    ],
    [
        ("user", "想預約鑑定兩個 Hermès 手袋"),
        ("assistant", "請提供姓名同聯絡電話。"),
        ("user", "張小姐，電話同上次一樣"),
        (
            "assistant",
            "已為你記錄：張嘉敏小姐，電話 6587 2043，12月8日下午2時於銅鑼灣分店鑑定 Birkin 25 及 Constance 18。",
        ),
    ],
    [
        ("user", "Can you tell if this receipt is genuine? Text below"),
        (
            "user",
            "HERMÈS PACIFIC PLACE | CLIENT: MS VIVIAN LAU SZE WING | CLIENT NO. 0048213 | KELLY 25 SELLIER EPSOM NOIR GHW | HKD 98,600 | VISA ****6313 | 14/03/2024",
        ),
        (
            "assistant",
            "The layout matches Hermès HK receipts of that period, but we can only confirm by checking with the boutique.",
        ),
    ],
    [
        ("user", "請問可以寄到台灣嗎？我要買那個 Chanel 19"),
        ("assistant", "可以，報關需要收件人做 EZ WAY 實名認證。"),
        ("user", "收件人 陳柏翰，台北市大安區復興南路一段219巷8號4樓，0912-386-507"),
        ("user", "身分證字號 B120475630"),
        ("assistant", "收到，商品會在兩個工作天內寄出。"),
    ],
]
