# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix65: wedding photography and bridal studios in SG/MY/HK/TW. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix65
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "studio package listing"): _lines("""
        Signature Pre-Wedding Package S$3,888: 1 outdoor location + 1 studio set, 3 gowns, 2 suits, 30 retouched photos, 1 crystal frame 20x30, valid for weddings until Dec 2027.
        Overseas Pre-Wedding Add-on (Jeju / Hokkaido / Cappadocia): photographer + MUA travel from S$2,400; crew airfare and accommodation at the couple's cost.
        Package code PW-GOLD-26 includes 2 photographers, 8 hours coverage, same-day edit video and 200 edited images delivered via online gallery within 6 weeks.
        Actual Day Photography (AD) half day 4 hrs RM1,680 / full day 10 hrs RM2,980; extra hour RM250; Sunday and public holiday surcharge 10%.
        Gown rental only: evening gown HK$1,200 per day, wedding gown from HK$2,800, deposit HK$3,000 refundable upon return without stains or tears.
        Album upgrade: Italian leather 12x12 flush-mount, 30 pages, +S$680; additional spreads S$45 each; parent albums 8x8 at S$320 per pair.
        Bridal makeup trial S$180, offset in full if you confirm the Actual Day package within 14 days of the trial.
        Early-bird: sign by 31 Mar 2026 and enjoy a free second MUA for the mothers of the bride and groom (worth S$500); not stackable with Wedding Show vouchers.
        Gear list for outdoor shoots: Canon EOS R5, RF 28-70mm F2L, RF 85mm F1.2L, Profoto B10X Plus, 42-inch reflector, spare batteries x6.
        Locations included at no extra fee: Gardens by the Bay (outdoor areas), Fort Canning Park, Marina Barrage, Tiong Bahru estate; permit-required venues (NUS, Chijmes interior) charged at cost.
        Wedding car decoration RM450 for Toyota Alphard 2.5 SC or Mercedes-Benz E 300, ribbons and fresh flowers, excludes driver and fuel.
        Studio opening hours: Tue-Sun 11am-8pm, closed Mondays; gown fittings by appointment at least 3 days in advance via our website.
        Price list effective 1 Jan 2026 supersedes all previous quotations; GST 9% applies to all services rendered in Singapore.
        Raw files are not included in any package; full-resolution RAW export may be purchased at S$800 after album selection is finalised.
    """),
    ("zh-Hant", "合約條款"): _lines("""
        第五條 訂金：簽約時應支付總價款百分之三十作為訂金，其餘款項於拍攝當日付清。
        第八條 甲方因故取消拍攝者，於拍攝日前六十日通知，乙方得扣除訂金之百分之二十；三十日內通知者，訂金不予退還。
        相片檔案保存期限為交件後一年，逾期本公司得逕行刪除，恕不另行通知。
        禮服租借期間如有污損、燒焦或破損，依修補費用實支實付；無法修復者以原價百分之七十賠償。
        外拍日遇颱風警報或豪雨特報，可免費改期一次，改期須於原拍攝日前一日下午六時前確認。
        本合約一式兩份，雙方各執一份為憑；未盡事宜依消費者保護法及相關法令辦理。
        精修照片張數以合約所載為準，加修每張港幣 $120，換背景合成每張另加 $80。
        甲方（新人）簽名：＿＿＿＿＿＿ 身分證字號：＿＿＿＿＿＿＿＿＿＿ 聯絡電話：＿＿＿＿＿＿＿＿ 簽約日期：＿＿年＿＿月＿＿日
        香港門市：九龍旺角西洋菜南街 88 號 8 樓（旺角站 E2 出口），查詢熱線 2366 8120，營業時間上午十一時至晚上九時。
        本契約業經甲方攜回審閱＿＿日（至少五日），甲方確認已充分了解全部條款內容。
        婚禮當日造型師跟妝以八小時計，超時每小時加收新台幣 1,500 元，清晨五點前出發另加早妝費 1,000 元。
        合約編號 TPE-WD-20260314-087 之套餐內容詳如附件一，附件與本合約具同等效力。
        乙方：幸福印象婚紗攝影有限公司 統一編號 24531871，尾款請以轉帳方式支付並於備註欄填寫合約編號。
        樣片及客照經新人書面同意後始得作為宣傳用途，未經同意本公司不得公開上傳至 Instagram 或 Facebook 專頁。
    """),
    ("zh-Hans", "备婚攻略问答"): _lines("""
        婚纱照一般提前多久拍？如果婚期是十月，建议四到五月就开始看工作室，避开国庆前的旺季。
        请问在新加坡拍婚纱照，滨海湾花园需要申请拍摄许可吗？商业拍摄要不要额外付费？
        选套餐时一定要问清楚：精修多少张、底片是否全送、服装几套，还有升级相册、加选照片的单价这些隐形消费。
        吉隆坡拍外景推荐哪些地方？听说苏丹阿都沙末大厦前面周末人很多，早上七点前去比较好。
        定金交了以后工作室倒闭了怎么办？保留好合同和付款凭证，向当地消费者协会投诉，或者去小额索偿法庭。
        新娘试纱的时候记得穿肉色无痕内衣，带一双和婚鞋高度差不多的高跟鞋。
        旅拍套餐报价为什么差这么多？主要看是否包含摄影师机票住宿、当地向导、化妆师以及场地费用。
        选片时别被“加选照片每张 200 元”冲昏头，先在合同里写清楚入册张数上限。
        香港拍婚纱照热门地点：中环半山扶手电梯、大坑的唐楼、西贡万宜水库东坝、坚尼地城海旁。
        备婚时间轴：婚礼前 12 个月定酒店，10 个月定摄影，6 个月拍婚纱照，3 个月选片，1 个月确认相册。
        台湾拍婚纱照和大陆有什么区别？台湾多为“礼服无限挑”模式，大陆工作室更常见按套数收费。
        遇到下雨，外景一般可以免费改期一次，但要在合同里写明改期条件和截止时间。
        男士西装要不要自己带？大部分工作室提供两到三套，但尺码偏标准，个子高的建议自备。
        婚纱照底片到底要不要买？以后想自己做照片书或者洗大相，最好争取全部原片。
    """),
    ("ms", "pakej dan soalan lazim"): _lines("""
        Pakej Pre-Wedding Istimewa RM2,499: 2 persalinan, jurusolek & dandan rambut, 25 foto suntingan, 1 album 10x10.
        Tempahan perlu disahkan dengan deposit 30% yang tidak akan dikembalikan; baki dijelaskan 7 hari sebelum tarikh majlis.
        Soalan lazim: Boleh tukar tarikh penggambaran? Ya, satu kali percuma jika dimaklumkan sekurang-kurangnya 14 hari lebih awal.
        Pakej Akad Nikah & Sanding RM3,800 termasuk 2 jurugambar, video highlight 3 minit dan pendrive berukir logo syarikat.
        Lokasi outdoor popular: Putrajaya (Masjid Besi dan Jambatan Seri Wawasan), Tasik Cermin Ipoh, Pantai Cenang Langkawi.
        Caj perjalanan luar Lembah Klang RM1.20 sekilometer; penginapan krew ditanggung pelanggan bagi majlis di luar negeri.
        Sewa baju pengantin songket sepasang RM650 untuk 3 hari, termasuk aksesori tanjak, samping dan keris hiasan.
        Waktu operasi butik: Isnin hingga Sabtu 10 pagi - 7 malam; Ahad dengan temujanji sahaja.
        Tips: pilih jurugambar yang biasa dengan majlis di dewan orang ramai kerana pencahayaan selalunya malap.
        Semua harga belum termasuk cukai perkhidmatan (SST) yang dikenakan mengikut kadar semasa.
        Aduan pengguna boleh difailkan di Tribunal Tuntutan Pengguna Malaysia (TTPM) bagi tuntutan tidak melebihi RM50,000.
        Pakej photobooth: cetakan 4R tanpa had selama 3 jam, latar belakang dinding bunga, prop lucu, RM1,100.
    """),
    ("mixed", "studio staff group chat"): _lines("""
        Tmr Gardens by the Bay shoot call time 6:15am, team pls bring the rain covers, forecast says 70% thunderstorm lah.
        明天 ROM 场是 Chijmes 10am，AD team 9:15 到，记得带 backup SD card 🙏
        Booking #SG26-0413 change to 2pm, studio B 已经 blocked 了, makeup 用 room 2.
        各位 gown no. WG-118 的 hem 拆了，送去 alteration 先，this week 不要 book 出去。
        Client selection batch 3 已经 upload 到 Drive /2026/Apr/retouch folder, editors pls check before Fri.
        Boss said Q2 promo 改成 S$2,988, brochure 要 reprint, 设计 by Wed 可以吗?
        Jeju trip crew flights confirmed: SQ 612 on 18 May dep 0105, return KE 645 on 23 May, pls pack the gimbal in cabin.
        Sapa lock kedai semalam? alarm bunyi pukul 11pm, security dah check takde apa-apa.
        今天 walk-in 三对, 两对问 overseas package, 一对只是问 gown rental price, 都给了 brochure.
        Print lab say album order ALB-7731 and ALB-7734 delay 1 week because of leather stock, inform sales team.
        Reminder: 所有 client 的 IC copy 不要 WhatsApp 发, 一律 upload 去 CRM, PDPA 要注意 ah.
        台北那边 studio 說 5/20 當天檔期全滿, 我們 overseas 客人請改 5/21 或 5/22。
        Lighting test done for the new 法式 set, ISO 200, f/4, 1/160, key light at 45 degrees, looks nice.
        Marina Barrage car park full every Sat evening, suggest all outdoor sessions there start before 5pm.
    """),
    ("en", "consumer advisories and news"): _lines("""
        CASE received 142 complaints against bridal studios in 2025, most involving undisclosed add-on charges and studios closing after collecting deposits.
        The Consumer Council advises couples not to pay more than 30% upfront and to check that the studio has a physical shop and a valid business registration.
        In Singapore, claims of up to S$20,000 can be filed at the Small Claims Tribunals, or up to S$30,000 if both parties consent in writing.
        Vera Wang, who started out as a fashion editor at Vogue, opened her first bridal salon at the Carlyle Hotel in New York in 1990.
        Lee Kuan Yew and Kwa Geok Choo married quietly in Stratford-upon-Avon in December 1947 while both were studying at Cambridge.
        Taiwan's consumer service hotline 1950 takes complaints about wedding photography contracts from anywhere in the country.
        Hong Kong Customs enforces the Trade Descriptions Ordinance against unfair practices such as bait advertising by bridal shops.
        Under the PDPA advisory guidelines, studios in Singapore should not collect full NRIC numbers for bookings unless required by law.
        Jalan Tuanku Abdul Rahman in Kuala Lumpur remains the go-to street for bridal fabrics and ready-made kebaya ahead of the Hari Raya wedding season.
        The wedding street on Zhongshan North Road in Taipei has shrunk from more than 60 shops in the 1990s to about a dozen today.
        Pride and Prejudice-themed pre-wedding shoots, with the bride as Elizabeth Bennet and the groom as Mr Darcy, are trending among couples booking English countryside packages.
        A bridal chain with four outlets in Petaling Jaya and Cheras closed abruptly last month; affected couples are advised to file claims with TTPM and keep all receipts.
    """),
    ("zh-Hant", "消費糾紛與報導"): _lines("""
        消保處提醒，婚紗業者如有倒閉疑慮，消費者應盡速保全證據，並向所在地縣市政府消保官申訴。
        消委會去年接獲婚紗攝影投訴 86 宗，較前年上升兩成，主要涉及「隱藏收費」及「相片交付延誤」。
        以梁山伯與祝英台「化蝶」為概念的中式婚紗照，近年在台中頗受新人歡迎。
        中正紀念堂園區內拍攝婚紗照，依管理處公告不得使用大型燈架或阻擋通道，商業拍攝須另行申請。
        國父紀念館前廣場禁止操作空拍機，婚紗業者外拍前請先確認場地規定。
        如何辨識不良業者：報價明顯低於市價、要求一次付清、合約上沒有公司統一編號及門市地址。
        香港大會堂婚姻登記處提供證婚服務，新人須於結婚日期前最少 15 日、最多 3 個月遞交擬結婚通知書。
        調解不成立者，可向法院聲請小額訴訟程序，適用於請求金額新台幣十萬元以下之婚紗契約爭議。
        《紅樓夢》主題婚紗企劃以大觀園為景，新娘造型參考林黛玉與薛寶釵。
        工作室回覆：訂單編號 HK-PW-26-0931 之相冊已於 4 月 18 日完成印製，可於門市領取。
        颱風期間，台北多家婚紗業者同意無條件延期，消基會呼籲業者勿收取改期手續費。
        婚紗攝影淡季為每年農曆七月，不少業者推出七折優惠，但簽約前仍應確認贈品與加價項目。
    """),
    ("en", "booking system config and logs"): _lines("""
        studio_booking.yaml: deposit_ratio: 0.3 | cancellation_window_days: 60 | currency: SGD | gst_rate: 0.09
        2026-04-12T09:14:22+08:00 INFO payment.webhook order=PW-260412-0087 status=succeeded amount=1166.40 currency=SGD
        ERROR album_export job_id=7f3c2a91 template=flushmount_12x12 pages=30 reason="spread 14 exceeds bleed"
        SELECT package_code, COUNT(*) FROM bookings WHERE shoot_date BETWEEN '2026-05-01' AND '2026-05-31' GROUP BY package_code;
        Invoice INV-MY-2026-00412 | Pakej Sanding Gold | RM3,800.00 | Paid 30% | Balance RM2,660.00
        Tracking number SF1492087735642 for album shipment to the Hong Kong branch, ETA 3 working days.
        gown_inventory.csv columns: sku, style, size, colour, last_cleaned, status (e.g. WG-118, mermaid, UK10, ivory, 2026-03-30, alteration)
        Case ref CT-2026-004815 opened with the payment gateway regarding a chargeback on order PW-260301-0142.
        Lightroom preset "Seoul Film 2026 v3.2" export: long edge 2048px, sRGB, quality 85, watermark off.
        curl -X POST https://api.example-studio.sg/v1/slots -d '{"studio":"B","date":"2026-06-06","start":"14:00","duration_min":180}'
        Email template deposit_received: Dear {bride_name}, we have received your deposit of S${deposit_amount} for booking {booking_id}. See you on {shoot_date}!
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Booking form | Bride: CHARMAINE TEO XIN YI | NRIC S8836251I | Groom: Marcus Lim Jun Hao | Mobile 9176 2048 | Package PW-GOLD-26 | Shoot date 14/06/2026
        Hi Ms Priya d/o Ramasamy, this is to confirm receipt of your deposit of S$1,200 for the Actual Day package; the balance of S$2,688 is due on 1 Aug.
        Refund request from Nur Aisyah binti Kamarulzaman: the studio cancelled her 12 Sept outdoor shoot, she asks for RM1,500 back to Maybank 1140 2387 6521.
        Note to MUA team: bride Joanne Koh Pei Ying is 5 months pregnant, please avoid tight corset gowns and schedule a break every hour.
        Dispute log #D-0917: Mr Kenneth Yeo Boon Hwa alleges our photographer deleted his ceremony photos and threatens an SCT claim; contact kennethyeo.bh@gmail.com.
        Wedding car: Mercedes E250 SKQ 4821 B belongs to the groom's brother Darren Wee, pick-up at Blk 412 Bedok North Ave 2 #08-117 at 7am.
        Card on file for balance payment: VISA 4539 7269 7908 3690 exp 09/28, cardholder ANGELINE CHUA SU LIN.
        Jeju shoot manifest: 1) MUHAMMAD HAFIZ BIN ROSLAN, passport A51728394; 2) NURUL IZZATI BINTI AZMAN, passport A49201735; depart KUL 18 May.
        The groom, Rajesh s/o Subramaniam, asked us not to post any of their photos online because of an ongoing custody case with his ex-wife.
        Dear Ms Tiffany Ho, we're sorry your album arrived with a torn cover; our manager will call you at 8452 3391 this afternoon to arrange a replacement.
        CRM 2026-03-02 | Ho Jia Wen & Daniel Tan | groom FIN G5082316X | WhatsApp +65 9730 5186 | status: deposit pending
        Staff note: photographer Alvin Goh Kai Ming received a written warning on 3 Apr for arriving two hours late to a wedding at Raffles Hotel.
        Please courier both parents' albums to Mdm Wong Siew Lan, 23 Jalan Kemuning Prima B33/B, 40460 Shah Alam, tel 012-378 4519.
        The bride from @joeyyy.lowww tagged us in her pre-wedding reel and asked us to take down the behind-the-scenes clip that shows her mother crying.
    """),
    "zh-Hans": _lines("""
        客户登记：新娘 陈思颖，身份证号 440106199304173266，婚期 2026年10月3日，套餐 广州+三亚双城旅拍。
        转账信息：户名 林嘉怡，工商银行卡号 6222 0290 1544 3425，定金 ¥5,000 已到账。
        王浩然先生投诉三亚旅拍当天摄影师迟到两小时，要求退还一半尾款，联系电话 138 2741 9056。
        @所有人 明天上午那对，新娘刘雨桐有哮喘，外景不要用烟饼，提醒她带好喷雾。
        退款申请单｜申请人：张子轩｜护照号 E71930482｜原订单 GZ-TP-2026-0152｜退款金额 8,800 元｜原因：婚期取消
        微信号 zhouxiaoqi_1996 的周小琪，尾款还差 3200，一直不回消息，下周再催一次。
        摄影师黄志强上个月两次私下接单被发现，已扣除当月提成并记大过一次。
        相册寄件：收件人 赵佳敏，上海市浦东新区张杨路 1500 弄 12 号 603 室，电话 15920486317。
        新郎孙宇和新娘何晓婷都是二婚，两边家长交代相册文案不要出现“初恋”“第一次”之类的字眼。
        深圳分店客户郑嘉欣，身份证 440304199602192121，已预约 6 月 6 日试纱，需要大码礼服。
    """),
    "zh-Hant": _lines("""
        新娘：黃凱琳 Wong Hoi Lam｜HKID Y482716(1)｜手機 9438 5071｜拍攝日：2026年9月12日｜套餐：西貢+中環雙外景
        陳志豪先生話上星期喺旺角分店俾咗 $8,000 訂金，但收據寫錯名，要求重發，佢電話 6175 3029。
        台北店新人資料：林佳蓉，身分證字號 A227418358，預計 11 月 7 日外拍淡水，選了三套禮服。
        客訴紀錄：許雅婷小姐表示試穿禮服時被店員嘲笑身材，情緒激動，已由店長親自致電道歉。
        退款請匯入新人蔡宗翰之中華郵政帳戶 700-0001234-0567890，金額新台幣 18,000 元。
        新娘吳雨婷（LINE ID: yuting0917）想把拍攝日改到明年三月，因為她上週才發現自己懷孕。
        攝影師何家俊被客人投訴在新娘房內拍攝未經同意之照片，公司已暫停其所有檔期。
        香港客人李穎詩預約深圳旅拍，回鄉證號碼 H60428391，出發日 5 月 2 日，同行伴娘一位。
        新郎楊博宇的父親上月中風住院，婚宴改到醫院附近的酒店舉行，海邊外拍取消。
        寄送地址：台中市西屯區河南路二段 262 號 8 樓之 3，收件人蘇怡君，0928-417-356。
        信用卡授權書｜持卡人 鄭美玲｜卡號 5204-7382-0162-2733｜有效期限 11/27｜授權金額 NT$36,800
        訂單 HK-PW-26-1044 新人 Chan Tsz Kin / Ho Wing Sze，新郎 HKID K650913(4)，申請分三期付款，已批。
    """),
    "ms": _lines("""
        Pengesahan tempahan: Pengantin perempuan NUR SYAFIQAH BINTI MOHD RIZAL, No. KP 950312-10-5588, akad nikah 20 Jun 2026, deposit RM1,000 diterima.
        Encik Faizal bin Othman minta nombor akaun untuk bayar baki, boleh hubungi beliau di 019-775 2084 selepas 6 petang.
        Aduan: Puan Kavitha a/p Muniandy kata jurugambar tak datang ke majlis resepsi di Klang, dia nak tuntut RM2,200 di TTPM.
        Nota krew: pengantin lelaki Amirul Hakim bin Zulkifli alah teruk pada bunga lili, jangan guna langsung di pelamin.
        Alamat penghantaran album: Lot 1587, Jalan Kebun Nenas, Kampung Sungai Buloh, 45800 Jeram, Selangor - u/p Cik Farah Wahida, tel 017-430 6621.
        Sila pulangkan baki deposit RM750 ke akaun CIMB 7064331892 atas nama Lee Mei Ling, tempahan dibatalkan kerana bapanya meninggal dunia.
        Staf baharu: Muhammad Danial bin Hassan, No. KP 970104-14-2047, jurugambar kedua, mula kerja 2 Mei, gaji RM2,300 sebulan.
        Pelanggan Haziq bin Abdul Rahim tanya pakej melalui Telegram @haziq_rahim92, majlis di Kota Bharu 15 Ogos, bajet sekitar RM3k.
    """),
    "mixed": _lines("""
        今天来 fitting 的 bride Melissa Tan Pei Shan 说她 dad 住院了, wedding 可能要 postpone, 她 number 8816 2047 有事直接 call.
        Eh the couple Jason Ng & Crystal Lau 还没 settle balance S$1,980, already overdue 2 weeks, boss say send lawyer letter.
        Ms Ong Hui Min 的 NRIC S7915034G CRM 里面 missing, 我已经 update 了, deposit slip 也 scan 进去了.
        Bride Lavanya a/p Krishnan punya IC copy blur, nombor dia 940502-12-5130, tolong minta dia hantar semula gambar IC.
        個 bride Chan Yuk Kei (Yuki) 話 pre-wedding 嗰日 period 痛得好犀利, 想 reschedule 去下個 Sat, 佢 WhatsApp 5136 8842.
        新娘張薇安 Vivian 用 IG @vivian.chang.0603 私訊說 album 的燙金名字印錯了，要求重做，電話 0975 203 881。
        Groom Tan Chee Keong 的 car WXY 7261 停在 loading bay 被 saman, 他要 studio 帮忙 pay RM50 lol.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Everbloom Bridal Studio, Singapore. Be polite and concise.",
        ),
        ("user", "Hi, I need to move my pre-wedding shoot from 14 June to 21 June if possible."),
        (
            "assistant",
            "Sure, I can help with that. May I have the name and mobile number the booking is under?",
        ),
        (
            "user",
            "It's under Rachel Seah Hui Ling, 9830 1275. We booked the Signature package at the Tampines outlet.",
        ),
    ],
    [
        ("user", "我想投訴一間婚紗公司，佢收咗我訂金之後就執笠，點樣向消委會投訴？"),
        (
            "assistant",
            "你可以經消委會網站或熱線 2929 2222 提交投訴，準備好合約、收據同付款紀錄，表格需要填寫投訴人資料。",
        ),
        (
            "user",
            "幫我擬好表格草稿：投訴人 梁詠欣，HKID R237481(0)，電話 9087 4412，2025年11月3日向「雅緻婚紗」支付訂金 HK$6,800。",
        ),
        (
            "assistant",
            "草稿如下：投訴人：梁詠欣｜香港身份證號碼：R237481(0)｜聯絡電話：9087 4412｜被投訴商戶：雅緻婚紗｜事項：已付訂金 HK$6,800 後商戶停業，無法聯絡。",
        ),
    ],
    [
        ("user", "幫我寫一封給新北市消保官的申訴信，婚紗公司不肯退訂金。"),
        ("assistant", "沒問題，請提供您的姓名、聯絡方式、簽約日期與金額，以及業者名稱。"),
        (
            "user",
            "我叫潘思妤，身分證 E216395848，手機 0936-582-104，去年 12 月跟板橋的「緣點婚紗」簽約付了 2 萬訂金，現在他們說不能退。",
        ),
    ],
    [
        ("user", "Saya nak isi borang tempahan pakej sanding untuk anak saya, boleh tolong susun?"),
        (
            "assistant",
            "Boleh. Sila berikan nama pengantin, nombor kad pengenalan, tarikh majlis dan pakej pilihan.",
        ),
        (
            "user",
            "Pengantin lelaki Mohd Irfan bin Mohd Yusof, IC 900918-01-5371, majlis 8 Ogos 2026 di Dewan Serbaguna Taman Universiti, Skudai. Pakej Sanding Gold.",
        ),
        (
            "assistant",
            "Borang tempahan: Nama: MOHD IRFAN BIN MOHD YUSOF | No. KP: 900918-01-5371 | Tarikh: 08/08/2026 | Lokasi: Dewan Serbaguna Taman Universiti, Skudai | Pakej: Sanding Gold.",
        ),
    ],
    [
        ("user", "我们要去济州岛拍婚纱照，中国护照需要签证吗？"),
        (
            "assistant",
            "中国护照经直飞航班入境济州岛一般可免签停留 30 天，但不能离开济州岛前往韩国其他地区，具体以出行时政策为准。",
        ),
        (
            "user",
            "好的，帮我整理一下行程单：新娘 沈梦琪 护照 EJ4738210，新郎 冯俊杰 身份证 110108199406304710，5月18日从上海浦东出发。",
        ),
    ],
    [
        (
            "user",
            "Can you help me write an incident report? During today's shoot at Fort Canning the bride fainted.",
        ),
        (
            "assistant",
            "Of course. Please share the time, what happened, who was involved and what actions were taken.",
        ),
        (
            "user",
            "Around 4:40pm. Bride is Samantha Lee Wen Qi, booking PW-260509-0033. She told us afterwards she has SVT and had skipped lunch. Her fiance drove her to Tan Tock Seng A&E.",
        ),
        (
            "assistant",
            "Incident report, 9 May 2026, Fort Canning Park: at about 4:40pm the bride, Ms Samantha Lee Wen Qi (booking PW-260509-0033), fainted during the shoot. She has a known heart condition (SVT) and had not eaten. She was taken to Tan Tock Seng Hospital A&E by her fiance.",
        ),
    ],
    [
        ("system", "Internal assistant for Lumiere Bridal staff."),
        (
            "user",
            "Help me calculate balance for the Ang-Chong couple: package 4,288, deposit 1,300 paid, plus 12 extra photos at 45 each.",
        ),
        ("assistant", "4,288 + 12 x 45 = 4,828; minus the 1,300 deposit leaves S$3,528."),
        (
            "user",
            "ok draft a whatsapp to the bride ang li ting, her number 81075532, tell her balance due before album printing",
        ),
        (
            "assistant",
            "Hi Li Ting! Your album is ready to go to print. The remaining balance is S$3,528; please settle it before we send the album for printing. Thank you!",
        ),
    ],
    [
        ("user", "What's your refund policy if the shoot is cancelled by the studio?"),
        (
            "assistant",
            "If the studio cancels, you are entitled to a full refund of all amounts paid, usually processed within 14 working days to the original payment method.",
        ),
        (
            "user",
            "OK please process mine. Booking PW-260220-0119, name Gregory Fernandez, paid with card 4794 5159 2616 0150, email greg.fernandez88@outlook.com.",
        ),
    ],
    [
        (
            "user",
            "老板，我是上个月在 Puchong 店签约的新娘，想问 pre-wedding 可以改去 Cameron Highlands 拍吗？",
        ),
        (
            "assistant",
            "可以的，金马仑外景需要另加交通和住宿费用，大约 RM800。请问您的名字和登记的电话？",
        ),
        (
            "user",
            "我叫黄慧敏，电话 016-285 7730，IC 970825-10-6014，合约是 Romantic Garden 那个配套。",
        ),
    ],
    [
        ("user", "hi can u help me check which photographer we booked for the ROM on 3 Oct"),
        ("assistant", "Sure! Could you share the booking name or booking number?"),
        (
            "user",
            "booking name is Cheung Ka Yan, groom is Louis Ma, we paid the deposit by FPS from my HSBC account 512-738291-838",
        ),
    ],
]
