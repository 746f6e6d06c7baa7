# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat79: chats asking an assistant to run a small shop's social media and customer replies. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat79
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "chat_request"): _lines("""
        Can you write 5 Instagram captions for our new matcha croissant launch this Saturday? Keep them short and add 3 hashtags each.
        Draft a polite reply to a 1-star Google review that says the coffee was cold and the staff ignored them. Don't admit fault but apologise for the experience, sign off as "The Mellow Beans Team".
        What's the best time to post on Facebook for a bakery that mostly sells to office workers around KL Sentral?
        Give me a refund policy I can pin on our Shopee store page: 7-day return, unopened items only, buyer pays return shipping unless the item is defective.
        Write a DM auto-reply for when we're closed. Start with "Hi {first_name}! Thanks for reaching out" and keep the {first_name} placeholder exactly as is so our inbox tool can fill it.
        How should a small business respond when it suspects a fake review was posted by a competitor? Can I report it to Google and how long does it usually take?
        Turn this into a friendlier tone please: "No refunds after 24 hours. Read the T&C before ordering. We are not responsible for courier delays."
        Make me a content calendar for December. We sell handmade goat milk soap, 3 posts a week, include Christmas gift guide and a year-end clearance.
        Our reel got muted because we used a Taylor Swift song. What are the rules for music on business accounts on Instagram vs TikTok?
        Write a LinkedIn post announcing we've hit 1,000 orders since we opened in March 2024. Thank our customers in general, no names, humble tone.
        Is it okay to reply to a negative review publicly and mention the customer's order details to prove they're wrong? What does Singapore's PDPA say about that?
        Please write a WhatsApp broadcast for our CNY hamper pre-orders: RM88 / RM128 / RM188 tiers, order by 15 Jan, self pick-up at our Puchong outlet or Lalamove at cost.
        Write 3 reply templates for people who comment "still available?" on our Carousell listings without reading the description.
        Our cafe made Mothership's list of best brunch spots in Tiong Bahru this week! Help me write a thank-you post that doesn't sound like bragging.
        Suggest a giveaway mechanic that follows Instagram's promotion guidelines (follow, like, tag 2 friends) and draft the T&C with [Start Date], [End Date] and [Prize] placeholders.
    """),
    ("en", "chat_exchange"): _lines("""
        User: how do i reply to a customer who says their parcel never arrived but tracking shows delivered? Assistant: Stay calm and factual: share the courier's proof-of-delivery photo, suggest checking with neighbours or the guardhouse, and offer to open a claim with the courier if it still can't be found within 48 hours.
        User: write a tweet style post for our 12.12 flash sale, 30% off storewide, code XMAS30 Assistant: 12.12 is HERE 🎉 30% off everything in store with code XMAS30 at checkout. Ends midnight, while stocks last!
        User: customer asked for refund for order #SG-240918-0073, the mug arrived cracked. what do i say? Assistant: "Hi there, we're so sorry order #SG-240918-0073 arrived damaged. Could you send us a photo of the mug and the box? Once we receive it we'll refund you in full within 3–5 working days."
        User: we got Bib Gourmand in 2022 but not this year, can we still say "Michelin Bib Gourmand" in our ads? Assistant: You can say "Michelin Bib Gourmand 2022" with the year clearly shown; implying you currently hold the distinction could be seen as misleading advertising.
        User: whats the difference between a facebook page and meta business suite Assistant: The Page is your public profile that customers see; Meta Business Suite is the dashboard where you schedule posts, reply to Messenger and Instagram DMs, and view insights for one or more Pages.
        User: translate our closing notice into Malay: "We will be closed from 24–26 Dec for the holidays." Assistant: "Kami akan ditutup dari 24 hingga 26 Disember sempena cuti perayaan. Terima kasih atas sokongan anda!"
        User: someone left a review saying our durian puffs gave them food poisoning, should I respond or just report it? Assistant: Respond briefly and without arguing: say you take food safety seriously, you're checking that day's batch, and invite them to contact you privately through your business email so you can look into it.
        User: generate hashtags for a nasi lemak stall in Kampung Baru Assistant: #nasilemak #kampungbaru #kulinerkl #sarapanpagi #makanankl #nasilemaksedap #klfoodie #sambalpedas
        User: our Shopee chat response rate is 78%, how do I get it to 90% to keep Preferred Seller? Assistant: Turn on Auto-Reply and Quick Replies, reply within 12 hours including weekends, and avoid leaving chats unread — Shopee counts every new chat, even ones that are only stickers.
        User: write a reply to a review from a customer who loved our laksa and praised the auntie at the counter Assistant: Thank you so much for the kind words! We'll pass your compliments to our counter team — they'll be thrilled. See you again soon for another bowl!
        User: what does chargeback mean on Stripe and how long do i have to respond? Assistant: A chargeback is when the cardholder's bank reverses a payment; Stripe shows a deadline on the dispute, usually 7 to 21 days, and you submit evidence such as delivery proof and your refund policy.
        User: help me write a Harry Potter themed Halloween post for our bubble tea shop Assistant: "Accio boba! 🧙 This Halloween, grab our Butterbeer Milk Tea and Polyjuice Matcha — wizard robes get 10% off on 31 Oct."
    """),
    ("zh-Hans", "chat_request"): _lines("""
        帮我写一条小红书笔记，介绍我们店新出的桂花香薰蜡烛，语气温柔一点，加上emoji和5个话题标签。
        顾客在淘宝给了差评说物流太慢，帮我写个回复，不要推卸责任，但要说明是快递那边延误了。
        抖音直播带货的话术怎么写？想参考董宇辉那种讲故事的风格，我们卖的是云南保山小粒咖啡。
        订单编号 4017283946501827364 的买家申请仅退款说没收到货，但物流显示已签收，这种情况淘宝小二一般怎么判？
        帮我写一条双十一预售的朋友圈文案，定金20抵50，11月1日晚8点开抢，限量200份。
        客服自动回复模板：“亲，您好～请问有什么可以帮您？付款后48小时内发货哦。”帮我再写5个类似的，分别对应催发货、改地址、退换货、开发票、缺货。
        小店刚开，怎么在微信视频号上做冷启动？预算每月2000元以内，卖的是手工银饰。
        有人在大众点评上冒充顾客刷差评，我们商家能申诉吗？需要准备哪些材料？
        帮我把这段退换货说明改得更清楚：七天无理由退换，定制商品除外，退回运费由买家承担，质量问题由本店承担。
        写一段给老顾客的感谢私信，不要写名字，用“亲爱的老朋友”开头，附上会员专属九折券 VIP2025。
        我们做手工皂的，想蹭一下《甄嬛传》的热度写个文案，比如“华妃同款玫瑰皂”，会不会有版权问题？
        我们品牌的商标注册号是第 48213957 号，图片在小红书上被别的店盗用了，怎么投诉？
        公司客服热线 400-615-3827 要放到店铺首页，帮我设计一个简短的“联系我们”区块。
        顾客问“能不能开发票”，我们是小规模纳税人，只能开普票，帮我写一句客气的回复。
    """),
    ("zh-Hans", "chat_exchange"): _lines("""
        用户：差评怎么回复才不显得敷衍？ 助手：先真诚致歉，再说明具体的改进措施，最后邀请顾客私信客服处理，尽量不要每条都用同一段复制粘贴的模板。
        用户：快递单号 SF1428739065521 显示退回了，需要主动通知买家吗？ 助手：建议主动联系，说明包裹因地址不详被退回，请买家确认地址后重新发出，运费由店铺承担会更容易获得好评。
        用户：帮我写一句双十二海报的标语 助手：「年终好物，一价到底——12.12 全场满199减30，仅此一天」
        用户：小红书笔记突然被限流了怎么办？ 助手：先检查笔记里是否有导流词、站外链接或夸大功效的用语，修改后重新发布，并保持稳定的更新频率。
        用户：鲁迅那句“时间就像海绵里的水”能用在我们书店的宣传里吗？ 助手：可以，短句引用并注明出处属于合理使用，不过要注意这句话在网上流传的版本和原文略有出入。
        用户：营业执照上的统一社会信用代码 91330106MA2H7Q4X53 要不要放在抖音小店首页？ 助手：需要。《电子商务法》要求经营者在首页显著位置持续公示营业执照信息，平台一般会自动展示。
        用户：客户在群里问“可以开专票吗”，我们开不了 助手：可以回复：“您好，本店目前为小规模纳税人，暂只能开具增值税普通发票，敬请谅解。”
        用户：优惠券代码 NEW2025 用不了，顾客一直问 助手：请先在后台检查券的有效期、适用商品和满减门槛，再给顾客发一张同面额的店铺券作补偿。
    """),
    ("zh-Hant", "chat_request"): _lines("""
        幫我寫一篇IG貼文，宣傳我們台中的古著店這週末全館九折，語氣要活潑一點，加一些hashtag。
        蝦皮有買家給一星說衣服色差很大，要怎麼回覆比較得體又不會顯得在推卸？
        我哋間糖水舖想喺IG出個聖誕限定post，幫我諗幾句cap，要有啲廣東話口語，唔好太老土。
        Google 地圖評論可以刪嗎？有人留言說我們店員態度差，但那天我們根本沒營業。
        幫我寫一則公告：本店將於12/30至1/2公休，期間訂單將於1/3起依序出貨，造成不便敬請見諒。
        想學鼎泰豐那種服務SOP，幫我整理一份給外場新人的客訴應對守則，大概十條。
        幫我回覆：訂單 241206K7P3QX9M 的買家問什麼時候出貨，我們預計週五寄出，用7-11交貨便。
        FB粉專被檢舉停權了，說違反社群守則，要怎麼申訴？大概要等多久？
        幫我寫LINE官方帳號的加入好友歡迎訊息，加入就送50元折價券，代碼 HELLO50。
        我哋係做美甲嘅，想搞個「帶朋友嚟做送手部護理」嘅優惠，幫我寫埋條款，日期用【開始日期】同【結束日期】代替。
        有客人喺OpenRice話我哋啲蛋撻唔新鮮，點回覆先唔會火上加油？
        網購退貨規定怎麼寫才符合消保法？七天鑑賞期是不是所有商品都一定要給？
        幫我寫一段出貨通知：訂單已用黑貓宅急便寄出，託運單號 9071 3385 2264，預計明天下午送達，收到請記得給五星評價喔。
    """),
    ("ms", "chat_request"): _lines("""
        Tolong tuliskan caption Instagram untuk kek batik baru kami, gaya santai, letak emoji sikit dan 5 hashtag.
        Macam mana nak balas review 1 bintang kat Google yang kata kek kami terlalu manis? Saya tak nak nampak defensif.
        Buatkan template mesej WhatsApp untuk pelanggan yang tanya status tempahan: "Hai [Nama], tempahan anda #[No. Tempahan] sedang diproses dan akan dihantar pada [Tarikh]."
        Boleh bagi idea kandungan TikTok untuk kedai kain ela menjelang Hari Raya? Bajet kecil je, staf pun 3 orang.
        Saya nak buat polisi pemulangan wang untuk kedai Shopee saya. Barang rosak boleh dipulangkan dalam 7 hari. Tolong tulis dalam BM formal.
        Apa beza TikTok Shop dengan akaun TikTok Business? Mana satu sesuai untuk peniaga kecil yang baru mula?
        Tulis notis: Kedai tutup sempena Hari Deepavali pada 31 Oktober. Tempahan online tetap diterima dan akan dihantar mulai 1 November.
        Pelanggan komplen nasi lemak sejuk bila sampai. Tolong tulis balasan yang sopan dan tawarkan baucar RM5 untuk tempahan seterusnya.
        Boleh ke saya guna lagu Dato' Sri Siti Nurhaliza dalam video promosi raya kedai saya? Kena bayar royalti kat siapa?
        Buat jadual posting Facebook untuk bulan Ramadan, 4 kali seminggu, fokus pada menu juadah berbuka dan tempahan moreh.
        Nombor syarikat kami 202301012345 (1498765-K), perlu ke letak dalam bio Instagram dan footer kedai Shopee?
        Macam mana nak jawab DM yang tanya "ada COD tak?" dengan cara yang tak kasar? Kami tak buat COD.
        Tolong terjemahkan ke BM: "All custom orders require a 50% deposit and the deposit is non-refundable."
        Kenapa reach page FB saya jatuh teruk lepas bulan lepas? Ada tips untuk naikkan balik tanpa iklan berbayar?
        Pelanggan minta update tracking Pos Laju EP487213651MY tapi status tak bergerak 3 hari, apa saya patut cakap kat dia supaya dia tak marah?
    """),
    ("mixed", "chat_request"): _lines("""
        can help me write a IG story for our kopi stall, "buy 1 kopi peng free 1 kaya toast" until end of month, make it fun lah
        帮我 reply this Google review in English: "Food ok but wait too long 45 mins" — say sorry and explain we short-staffed that day
        boss want me post on FB about CNY closing, 除夕到初三休息, 初四照常营业, can write both English and Chinese?
        customer DM ask got halal cert or not, we muslim-owned but no JAKIM cert yet, how to reply nicely ah
        我的 Shopee shop rating drop to 4.6 after the 11.11 rush, got any tips to recover or not?
        tolong buat caption raya for our kuih raya bundle, campur English sikit, target young mums yang busy
        pls write a "sorry we sold out" post, our pineapple tarts habis in 2 hours 😭 next batch 20 Jan
        想问 Grab merchant 的 review 可以 reply 吗？ customer cakap portion kecik, 我想解释一下
        our TikTok video viral 200k views but no sales leh, how to convert ah
        帮我 translate to Malay: 本店所有产品不含猪肉及猪油 → for the sticker on our packaging
        help me reply a Google review in a friendly but professional way, the guy say our chicken rice "not as good as Tian Tian" lol
        customer want cancel order after we already hantar to J&T, tracking 630081547263, what to do?
        can write a 小红书 post about our Penang white coffee, mention Lee Chong Wei as Penang pride but 不要 imply he endorse us hor
    """),
    ("en", "hard_negative"): _lines("""
        User: the Stripe payout po_1OqZ8kL2xY7ab3Cd is still "in transit" after 5 days, who do I contact? Assistant: Check the payout's expected arrival date in the Stripe Dashboard first; if it has passed, contact Stripe support with the payout ID and ask your bank for a trace.
        Refund log for November (totals only): 14 refunds, RM 1,284.50 in total, top reason "wrong size", second "arrived late". Turn this into 3 bullet points for our team meeting.
        Our SKU codes are MB-CRS-0412 and MB-CRS-0413 — write a 40-word product description for each: matcha croissant and hojicha croissant.
        Invoice INV-2024-00871 was issued twice by mistake to a corporate client, Lumen Architects Pte Ltd. Draft an email to their accounts department apologising and voiding the duplicate.
        User: what is this string on my Shopee payout report: 2412060QX8RTS? Assistant: That's a Shopee order SN — the first six digits are the order date (YYMMDD) and the rest is a unique code for that order.
        Ninja Van tracking NVSGMLBKS000123456 shows "returned to sender". Write a general story post telling buyers some parcels this week are delayed on the courier's side.
        Our business hotline is +65 6221 0937 and the shop email is hello@mellowbeans.sg — please put them in a neat footer with our opening hours Tue–Sun 8am–5pm.
        Write alt text for our product photo: limited edition canvas tote, model MB-TOTE-X2, 40 × 35 cm, RM 59, sage green.
        Promo codes for December are XMAS10, XMAS20 and NY2025 — walk me through setting expiry dates and one-use-per-customer limits in Shopify.
        Meta pixel ID 718293045561827 fires twice on our checkout page and doubles our purchase count. How do I debug this?
        def auto_reply(msg): if "refund" in msg.lower(): return TEMPLATES["refund"] — can you add a branch for "cancel" and one for "late delivery" in the same style?
        Batch 2024-11-B of our chilli oil (best before 30/05/2025) had a leaking cap issue. Write a public notice offering replacements, without naming anyone.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you help me reply to this Google review? "Worst experience ever. Ordered a birthday cake for my son's 6th and it came with the wrong name on it." It's from Priya Ramasamy, she ordered under Priya R., phone 9127 4480, pickup at our Bedok outlet on 14 Sept.
        Draft a refund confirmation to Mr Jonathan Teo Wei Ming: refund of $64.90 for the cancelled brunch voucher, going to his DBS account 072-381945-6, should reach him in 2 working days.
        A customer wants the invoice in her name for her company claim: Chloe Lim Hui Ying, NRIC S8834127I, Blk 412 Bedok North Ave 2 #08-117 Singapore 460412. Can you format a proper tax invoice for 2 x festive hampers at $128?
        pls fix my reply: "Hi Marcus, sorry our rider was rude to you yesterday at your house in No. 18, Jalan SS2/64, Petaling Jaya. We've given him a warning." Customer is Marcus Ong, he ordered through WhatsApp 012-387 5521.
        Our part-timer Farhan bin Ismail (IC 990512-10-5537) didn't show up for 3 Saturday shifts in a row. Help me write a firm but fair warning to send him on WhatsApp, 013-662 8104.
        Giveaway winners post draft: 🎉 Congrats to @kayleen.eats (Kayleen Tan), @the_hungry_harith (Harith Azman) and @mei.bakes.sg (Wong Mei Ling)! DM us your address within 48 hours to claim your hamper.
        Customer: Gregory D'Souza | Order: MB-10872 | Issue: found hair in carbonara | Table 12, 6 Dec 7:40pm | Phone: 8765 3321 | Resolution: meal comped, 20% voucher — write this up as a proper incident report for my manager.
        Help me reply to a DM from Aishah Kamarul, she's 7 months pregnant and asked whether our durian cheesecake is safe for her, she also said she has a peanut allergy.
        Write a "we'll make it right" email to Tan Boon Keat at boonkeat.tan88@gmail.com. He was charged twice on his Visa ending 0438 for the $128 hamper and he's pretty upset.
        Chargeback evidence for Stripe: cardholder Rachel Fernandez, card 4556 3320 7184 5918, order #4471 delivered to 27 Tampines St 81 #04-219, signed for by "R. Fernandez" at 2:13pm. Write the dispute response.
        One of our regulars, Uncle Ravi (Ravichandran a/l Muniandy, the retired maths teacher who lives on Jalan Ipoh and comes in every morning at 7), turns 80 next Friday. His daughter asked us to do a birthday shout-out post, can you write it?
        Applicant for our barista role: Nurul Izzati binti Hamdan, 22, diploma from UiTM Puncak Alam, currently at a bubble tea shop in Setia Alam, expects RM2,200. Write a kind rejection email.
        Complaint log 05/12: Mdm Goh Siew Lan (regular, in her 60s, uses a wheelchair) said our ramp was blocked by delivery boxes. Called her back at 6288 1043. Please turn this into a handwritten-style apology card.
        Lalamove driver dropped the cake at the wrong unit. Customer is Daniel Koh, Unit B-12-3, Residensi Vista, Jalan Klang Lama, 58000 KL, 016-225 9014. Write an apology and offer a free replacement tomorrow.
    """),
    "zh-Hans": _lines("""
        帮我回复这个差评：买家显示“王**”，后台看得到是王丽娟，手机 138 2416 7750，收货地址广州市天河区天河北路618号3栋1202房，她说收到的蜡烛杯子碎了。我想私下联系她补发。
        顾客陈志强的海淘订单清关要身份证，他发来的是 330106199506040634，但海关说姓名和证件不符，帮我写条消息请他核对一下。
        这个买家太过分了，叫李一帆，微信号 lyf_1989xx，天天私信骂人，还说要去12315投诉我们。帮我写个回复，语气硬一点但别违规。
        帮我写条朋友圈感谢老顾客张秀英阿姨，她每周二都来买我们的全麦面包，说自己有糖尿病只能吃这个，我们想送她一张年卡。
        我们店员刘晓雯上周被一个顾客在大众点评上点名投诉，说她态度不好还翻白眼。帮我写个商家回复，另外我想私下发微信安慰她一下。
        发货单：收件人 赵敏 | 电话 159-1032-7784 | 地址 成都市武侯区科华北路65号2单元503 | 商品 手工香薰×2 | 备注 生日礼物，别放发票。请根据这个写一张手写感谢卡的文案。
        帮我写个抽奖结果公告：一等奖小红书用户 @糖糖爱吃甜（实名 唐甜甜，手机尾号8832，杭州西湖区），奖品是全年香薰订阅。
        客户周建华订了30份年会伴手礼，电话 186 0571 2398，发票抬头开个人，1月10日送到他家楼下。帮我写一条确认短信。
        群里有个宝妈孙悦说她女儿吃了我们的燕麦饼干后起了疹子，孩子才两岁，现在在医院挂水。帮我回复她，顺便问清楚过敏情况。
        退款到银行卡：户名 黄美玲，开户行 工商银行厦门思明支行，卡号 6222 0240 2871 6530 941，金额 ¥356。帮我拟一段退款说明发给她。
    """),
    "zh-Hant": _lines("""
        蝦皮買家林佳蓉（0928-371-552）說收到的外套袖口有破洞，要求退貨退款，她住台中市西屯區市政北七路88號12樓之3，幫我寫回覆並約黑貓到府收件。
        客人陳冠宇硬要用他的身分證字號 F129374601 登記會員，幫我寫一段訊息跟他說我們其實只需要手機號碼就好。
        幫我覆呢個IG DM：「我係 Winnie Chan，上個禮拜六喺你哋旺角分店做gel甸，而家甲邊發炎咗要睇醫生」，佢電話 6123 4587。
        客人李家豪堅持要我哋核對佢身份先退款，佢send咗HKID Y630274(0) 過嚟，要求用轉數快退 $480 去佢電話 9176 3320，幫我寫確認訊息。
        LINE 上有位客人（暱稱 Amy張，本名張雅雯，LINE ID：amy_0817tw）一直傳訊息說要退三個月前買的保養品，幫我寫一個有禮貌但堅定的拒絕。
        澳門客人何嘉欣（澳門身份證 5215830(4)）訂咗十盒月餅寄去氹仔嘅屋企，佢問過關申報要準備咩，幫我覆佢。
        下週排班幫我整理成LINE群組公告：週六早班 吳承翰 0912-558-203／晚班 蔡宜庭 0935-447-816，宜庭週日請病假去看牙。
    """),
    "ms": _lines("""
        Tolong betulkan ayat ni untuk balas pelanggan: "Puan Siti Khadijah binti Omar, kami mohon maaf sebab kek hantaran anak puan lambat sampai ke dewan di Seksyen 7 Shah Alam." Nombor dia 019-374 2286.
        Pelanggan nak refund RM150 sebab saiz baju kurung tak muat, dia bagi akaun Maybank 1640 3728 5519 atas nama Mohd Hafiz bin Rosli. Tolong buat mesej pengesahan.
        Saya nak post testimoni ni: "Terima kasih Dapur Kak Yah! Kek untuk majlis tunang saya cantik sangat — Nur Syafiqah Aziz, Kuantan". Gambar ada muka dia dengan tunang. Tolong tulis caption.
        Borang tempahan: Nama: LIM KAH WAI / No. IC: 880214-07-5561 / Alamat: 23, Lorong Kenari 5, 11900 Bayan Lepas, Pulau Pinang / Tarikh ambil: 20 Dis. Tolong semak borang ni ada silap ejaan tak.
        Staf saya Kavitha a/p Subramaniam mula cuti bersalin 6 Januari, anak kedua. Tolong tulis notis dalaman untuk group WhatsApp staf supaya orang tahu siapa ganti syif dia.
        Ada orang komen kat FB page kami guna akaun "Zul Kecik Bangi" — nama sebenar Zulkarnain bin Hashim, dia tinggal Bandar Baru Bangi, kata kami tipu berat ayam. Macam mana nak balas?
        Pelanggan dari Sabah, Aloysius Majinbon, 014-855 3107, nak pos 5 kotak kerepek ke Lot 12, Kampung Gayang, 89208 Tuaran, Sabah. Buat resit ringkas untuk dia.
        Encik Ahmad Faizal komplen kat Grab, rider hantar ke rumah dia di No 7 Jalan Mawar 3, Taman Sri Andalas, Klang tapi kuah mee kari tumpah semua. Tolong tulis permohonan maaf.
    """),
    "mixed": _lines("""
        pls help reply this customer lah, her name Jasmine Yeo, IG @jasyeo_ , she say our gel polish chipped in 2 days and want free redo, her number 9648 2270
        帮我写个 WhatsApp msg to 客人 Siva (Sivakumar s/o Rajendran), his order 50 curry puffs for his mother's 70th birthday, deliver 15 Dec to Blk 208 Jurong East St 21 #05-332
        boss ask me check this refund: Ng Wei Jie want S$45 back via PayNow to his NRIC T0215736A, can help me write the reply confirm already transferred?
        顾客 Mdm Tan 说 her grandson 在我们店 fall down, 膝盖流血 need stitches, she want compensation. Her name Tan Ah Moi, contact 8213 6674. 帮我 draft a reply 先 apologise.
        sort this group-buy list by pickup point pls: 1) @kelvin_lhy Kelvin Lee Hong Yi 2x kaya jar, Tampines Blk 823 / 2) @rosnah88 Rosnah Ibrahim 1x pandan chiffon, Pasir Ris Blk 571 / 3) @jo.chua Joanne Chua 3x kueh lapis, Tampines Blk 823
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the social media assistant for Mellow Beans Café, 71 Seng Poh Road, Singapore. Be warm, brief and never argue with customers in public.",
        ),
        (
            "user",
            "need a reply to this google review pls: 'Waited 40 min for eggs ben, then the waiter spilled coffee on my daughter's dress. Never again.' 1 star",
        ),
        (
            "assistant",
            "Happy to help. Do you want a public reply only, or also a private follow-up? If private, I can draft it if you share who the reviewer is and how you'd like to make it up to them.",
        ),
        (
            "user",
            "both. reviewer is Sharon Pereira, she booked under her mobile 9733 0815 for sat 10am table of 4, her girl is 5. offer to pay dry cleaning + free brunch",
        ),
        (
            "assistant",
            "Public: 'We're truly sorry, Sharon — that's not the morning we want for any family. We've reached out privately to make it right.' Private SMS to 9733 0815: 'Hi Sharon, this is Mellow Beans. We'd like to cover the dry cleaning for your daughter's dress and host your family for brunch on us. — Mellow Beans Team'",
        ),
    ],
    [
        ("user", "Tolong buat mesej pengesahan refund untuk pelanggan"),
        (
            "assistant",
            "Boleh. Boleh kongsi nama pelanggan, jumlah refund, kaedah bayaran dan sebab refund supaya mesej tu lebih tepat?",
        ),
        (
            "user",
            "Nurul Ain binti Kamal, RM89, masuk akaun Maybank 1140 2288 7361, sebab tudung yang dia order warna salah",
        ),
        (
            "assistant",
            "Salam Cik Nurul Ain, kami telah memulangkan RM89 ke akaun Maybank 1140 2288 7361 bagi tempahan tudung yang tersalah warna. Wang akan masuk dalam 1–3 hari bekerja. Maaf atas kesulitan!",
        ),
    ],
    [
        (
            "system",
            "Assistant for Bunga Suraya Florist. Owner: Suraya binti Mokhtar, MyKad 850923-14-6022, personal line 017-203 4418. Use the owner's details only for official forms.",
        ),
        (
            "user",
            "Help me fill the Shopee seller verification: full name, IC and contact, in the format they want",
        ),
        (
            "assistant",
            "Full name (as per IC): SURAYA BINTI MOKHTAR / IC number: 850923146022 / Contact number: 0172034418. Upload the front and back of your MyKad in the next step.",
        ),
    ],
    [
        ("user", "我在淘宝开了家香薰店，有个买家一直纠缠，帮我想想怎么处理"),
        ("assistant", "可以先说说具体情况吗？比如买家提了什么要求，有没有聊天记录可以参考？"),
        (
            "user",
            "买家叫郑浩，手机 139 2556 1408，上个月买了三个蜡烛，用完了说是劣质的要全额退款，不退就每天打电话，还说知道我们工作室在哪",
        ),
        ("user", "他还把我们的地址发到了他的微博小号 @浩哥不好惹 下面，要不要报警？"),
    ],
    [
        ("user", "可唔可以幫我覆個IG訂單？"),
        ("assistant", "當然可以，請話我知客人嘅訂單內容同埋交收方法。"),
        (
            "user",
            "客人 IG 叫 @cheukyi.bakes，真名 鍾卓儀，訂咗兩個朱古力蛋糕，要順豐寄去佢屋企：九龍土瓜灣馬頭圍道 88 號 12 樓 C 室，電話 5432 8810",
        ),
        (
            "assistant",
            "鍾小姐你好！已收到你兩個朱古力蛋糕嘅訂單，會用順豐寄到九龍土瓜灣馬頭圍道88號12樓C室，出貨後會WhatsApp 5432 8810 通知你單號，多謝支持！",
        ),
    ],
    [
        ("user", "蝦皮有個退貨很麻煩，可以幫我寫回覆嗎"),
        ("assistant", "好的，請告訴我買家的問題和你們希望的處理方式。"),
        (
            "user",
            "買家黃詩涵說洋裝穿一次就脫線，要退款，她給了身分證字號 B210683953 說要開發票，地址台北市大安區和平東路二段 106 巷 5 號 3 樓，電話 0921-664-073",
        ),
        ("user", "我們可以退款但發票不需要身分證，幫我講得客氣一點"),
    ],
    [
        ("user", "Saya ada masalah dengan staf, boleh tolong tulis surat amaran?"),
        (
            "assistant",
            "Boleh. Apa nama staf, jawatan dan kesalahan yang berlaku? Ada amaran lisan sebelum ni?",
        ),
        (
            "user",
            "Muhammad Danial bin Roslan, IC 010306-13-0451, juruwang. Dah 3 kali duit laci kurang, last sekali RM230 pada 28 Nov. Amaran lisan dah bagi bulan lepas.",
        ),
        (
            "assistant",
            "SURAT AMARAN PERTAMA / Kepada: Muhammad Danial bin Roslan (No. K/P 010306-13-0451), Juruwang / Perkara: Kekurangan wang tunai di kaunter / Pihak pengurusan mendapati kekurangan wang tunai sebanyak RM230 pada 28 November, iaitu kali ketiga dalam tempoh ...",
        ),
    ],
    [
        (
            "user",
            "I run a small online shop and got a chargeback. Can you help me write the evidence letter?",
        ),
        (
            "assistant",
            "Sure. Please share the order details, delivery proof, and any communication with the buyer.",
        ),
        (
            "user",
            "Buyer: Kenneth Loke, kenloke.work@outlook.com, ordered a standing desk $589 on 2 Nov, paid with Mastercard 5221 8764 0392 1575. Delivered 5 Nov to 3 Jalan Kayu Manis, Singapore 804312, photo shows him at the door.",
        ),
        ("user", "He also messaged us on 6 Nov saying 'desk is great, thanks!' — include that too"),
    ],
    [
        ("user", "eh can help me write a post say our shop close 2 weeks ah"),
        ("assistant", "Sure! Any reason you'd like to mention, and the exact dates?"),
        (
            "user",
            "16-30 dec. I'm the owner, Karen Loh, going for knee replacement at Tan Tock Seng on 17th, so the florist close until i can walk properly. can mention my name, customers all know me",
        ),
        (
            "assistant",
            "🌷 Loh's Florist will be closed 16–30 Dec. Karen is going in for knee surgery and will be back on her feet (literally!) soon. Orders resume 31 Dec — thank you for your love and patience! 🌷",
        ),
    ],
    [
        ("user", "我们公司新招了一个运营，帮我写一个入职信息登记的通知"),
        ("assistant", "好的，需要包含哪些信息？比如姓名、岗位、入职日期、需要提交的材料。"),
        (
            "user",
            "姓名 马思远，新媒体运营，1月2日入职，月薪8500，社保按深圳标准交，身份证号 44030519900826271X，工资卡 招商银行。帮我整理成通知发给财务",
        ),
    ],
    [
        (
            "user",
            "We want to collab with a micro-influencer for our kombucha. Can you draft the agreement summary?",
        ),
        (
            "assistant",
            "Of course. Who's the creator, what are the deliverables, and what's the fee and payment method?",
        ),
        (
            "user",
            "She's Tiffany Ho, @tiffeatsKL, about 8k followers. 1 reel + 3 stories, RM800, pay to her CIMB 7012 4418 3390. Her IC for the contract is 920717-08-5348.",
        ),
        (
            "assistant",
            "Collaboration summary — Creator: Tiffany Ho (@tiffeatsKL), IC 920717-08-5348 / Deliverables: 1 Instagram reel + 3 stories / Fee: RM800 to CIMB 7012 4418 3390 within 7 days of posting / Usage rights: 6 months on brand channels.",
        ),
    ],
    [
        ("user", "Pelanggan saya nak refund guna Touch 'n Go, betul ke boleh transfer terus?"),
        (
            "assistant",
            "Boleh, anda boleh pindahkan ke e-wallet Touch 'n Go menggunakan nombor telefon penerima. Pastikan nama penerima dipaparkan sebelum sahkan.",
        ),
        (
            "user",
            "ok, nombor dia 011-2736 4159, nama Rajeswari a/p Govindasamy, RM42.50 sebab kuih lapis dia dah basi bila sampai. tolong tulis mesej minta maaf sekali",
        ),
    ],
    [
        (
            "user",
            "Can you soften my reply to this review? The reviewer is Benjamin Chua and he wrote that our satay gave him gout flare-up lol",
        ),
        ("assistant", "Sure — what's your current draft?"),
        (
            "user",
            "'Ben, you literally ordered 40 sticks and told my staff you have gout. Not our fault.'",
        ),
        (
            "assistant",
            "Softer version: 'Hi Benjamin, we're sorry to hear you weren't feeling well after your visit. We always want our food to be enjoyed safely — if you have dietary concerns, our team is happy to suggest lighter options next time.' I'd also avoid mentioning his gout publicly, as that's his health information.",
        ),
    ],
    [
        ("user", "有个家长要求我们删掉小红书上的一张照片"),
        ("assistant", "明白，可以先讲讲照片的内容和家长的具体诉求吗？"),
        (
            "user",
            "上周六亲子烘焙课的合照，里面有个小朋友叫林小满，穿着实验小学的校服，她妈妈林婧（微信 linjing_0312）说没经过同意，要求24小时内删除并道歉",
        ),
        (
            "assistant",
            "建议立即删除照片，并私信回复：“林女士您好，非常抱歉未经您同意发布了小满的照片，我们已于今天删除，之后发布活动照片前一定会先征得家长同意。”",
        ),
    ],
    [
        ("user", "幫我寫一則給員工的慰問訊息"),
        ("assistant", "好的，是什麼情況呢？"),
        (
            "user",
            "我們店員許文彬昨天騎車送貨在台中文心路被撞，左手骨折，住在中國醫藥大學附設醫院，要休息兩個月。想在員工LINE群組發，也想說公司會補貼醫藥費",
        ),
    ],
    [
        (
            "user",
            "help me write a thank you msg to a customer who ordered a lot for corporate event",
        ),
        ("assistant", "Sure! Who should it be addressed to and what did they order?"),
        (
            "user",
            "it's for Hakim, he order 200 boxes of nasi lemak for his office but pay using his own card, he give me his details for receipt: Abdul Hakim bin Yusof, 780130-12-5283, hakimyusof78@yahoo.com",
        ),
        ("user", "and mention he's our biggest customer this year, spent almost RM9k with us"),
    ],
    [
        ("system", "你是一家厦门茶叶小店的客服助手。回复要简洁、有礼貌，必要时使用闽南语问候。"),
        (
            "user",
            "顾客吴佩珊投诉收到的铁观音受潮了，她是我们的老会员，身份证登记是 350203199307282462，手机 137 5921 6630",
        ),
        (
            "assistant",
            "吴女士您好！非常抱歉让您收到受潮的茶叶，我们会为您重新寄出一份新茶，并附赠一小罐凤凰单丛作为补偿。请问收货地址还是厦门思明区的那个吗？",
        ),
        ("user", "对，还是思明区莲前西路 2 号莲富大厦 15 楼 B 座，麻烦帮我把补发单也写出来"),
    ],
]
