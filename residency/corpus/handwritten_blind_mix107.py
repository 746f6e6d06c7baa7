# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix107: livestream sellers and KOL agencies in SG/MY/HK/TW (live sale orders, giveaways, brand deals, payouts, fan DMs, disputes). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix107
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "live_sale_notice"): _lines("""
        LIVE TONIGHT 8.30pm SGT | Korean skincare clearance | Comment "+1 SKU" to reserve, e.g. "+1 GL-TNR-150" | Payment link sent via inbox within 24h, unpaid orders auto-cancel after 48h.
        Order cut-off for the Friday live batch is Sunday 11.59pm; all items ship from our Ubi warehouse on Tuesday via Ninja Van.
        Reminder: claimed items are non-exchangeable unless defective. An unboxing video is required for any damage claim, no video no claim.
        Live #214 recap: 1,862 peak viewers, 437 orders, GMV S$28,914.60, top SKU was the 3-in-1 air fryer (AF-3IN1-BLK).
        Tracking for batch 1103 is out: SPXSG04817726395 to SPXSG04817726711, check the Shopee app under My Purchases.
        Giveaway T&Cs: open to SG residents aged 18+, one entry per account, winners drawn by random picker on 30 Nov, prizes unclaimed after 7 days are forfeited.
        We will never ask for your OTP or bank login. Official payment is only via PayNow to UEN 201934562K (Sparkle Haul Pte. Ltd.).
        Host schedule week 49: Mon skincare, Wed snacks from Penang, Fri pre-loved branded bags, Sun restock of the durian mochi.
        Price shown on screen ($39.90) is before the live-only voucher LIVE5; your final price at checkout is $34.90.
        Invoice INV-2024-11-00872 issued to GlowLab Trading Sdn Bhd for booth rental at the Mid Valley Christmas pop-up, due 15 Dec.
        Shipping: West Malaysia RM8, East Malaysia RM15, Singapore S$6 flat, free above RM150 / S$60.
        Scam alert: fake accounts are cloning our live and DMing "you won a prize". Report to the ScamShield Helpline 1799 and do not click any link.
        Pre-loved bags: the date code stamped inside (e.g. SD4128 or CA1019) shows where and when the bag was made, not who owned it.
        Self-collection point at postcode 408600 is closed on public holidays; please bring your order number only, no ID needed.
    """),
    ("zh-Hans", "live_room_notice"): _lines("""
        今晚8点直播间上新：马来西亚猫山王榴莲冻，扣“1”锁单，付款链接会私信发送，24小时内未付款自动取消。
        【发货通知】11月第二批订单已交顺丰，单号SF1402938475661起，详情请在小程序“我的订单”里查询。
        福袋规则：关注主播并发送指定弹幕即可参与，开奖结果以平台系统为准，中奖名单不在评论区公布。
        本场直播成交额¥186,420，客单价¥96.3，退款率4.2%，比上一场提升1.1个百分点。
        请大家认准官方店铺“晨曦美妆旗舰店”，任何要求私下转账、加微信付款的都是骗子。
        跨境订单需按海关要求提供订购人实名信息，请在下单页面自行填写，客服不会在群里索要身份证照片。
        售后政策：签收后7天内支持无理由退货（食品、定制类除外），运费险自动生效。
        直播间禁用词提醒：“最便宜”“全网第一”“国家级”等极限词一律不说，违者扣当月佣金。
        样品寄送地址统一填写公司仓库，收件人写“样品组”，不要填写任何个人姓名和手机号。
        新加坡、马来西亚粉丝下单请选择国际物流，预计7至12个工作日送达，关税由收件方承担。
        达人合作报价单：粉丝10万以下坑位费¥3,000起，佣金20%，纯佣合作另议。
        双12大促期间客服在线时间调整为9:00-24:00，高峰期回复较慢请耐心等待。
        主播培训课第3讲：开播前30分钟如何用短视频预热，提高停留时长和转化率。
    """),
    ("zh-Hant", "group_buy_live"): _lines("""
        今晚9點開live！日本直送零食福袋，留言「+1」即鎖單，48小時內唔過數會自動取消㗎。
        取貨安排：觀塘自取點逢星期二、四、六 2pm-7pm，帶埋訂單號碼就得，唔使預約。
        順豐單號 SF1460388211470 至 SF1460388211562 已更新，大家可以喺順豐app追蹤。
        抽獎規則：追蹤本專頁＋留言tag兩位朋友，12月20日直播時即場抽出，得獎者請於7日內私訊官方帳號。
        如遇網購糾紛可致電消委會熱線 2929 2222，本店一定配合調查。
        【台灣場】今晚8點開播，7-11賣貨便、全家好賣＋都可以寄，運費60元，滿1,200免運。
        本場直播銷售額 NT$412,380，訂單 1,204 筆，退貨率 2.8%，感謝大家支持！
        提醒各位：直播主不會用私人LINE叫你匯款，官方帳號只有一個，有認證標章的才是。
        本店一律開立電子發票，如需打統編請於備註欄填寫公司統一編號（8碼）。
        165反詐騙專線提醒：假冒直播主發「中獎通知」要求先付運費或稅金，都是詐騙。
        香港海關提醒網上賣家須遵守《商品說明條例》，直播講嘅產品功效要有根據。
        二手名牌袋專場：每個袋都附鑑定證書，證書編號如 AUTH-HK-230917-06 可以喺鑑定公司網站查核。
        網紅業配收入屬執行業務所得或其他所得，年度綜合所得稅結算申報時記得一併申報。
        團購預購：韓國泡麵一箱 HK$168，12月15日截單，預計1月初到港。
    """),
    ("ms", "jualan_langsung"): _lines("""
        LIVE malam ni jam 9! Tudung bawal edisi raya, komen "nak + kod warna" untuk claim, bayaran dalam 24 jam ya.
        Pesanan yang tidak dibayar dalam masa 48 jam akan dibatalkan secara automatik oleh sistem.
        Nombor tracking J&T untuk batch Isnin dah keluar, boleh semak dalam app Shopee bahagian Pesanan Saya.
        Syarat giveaway: follow akaun rasmi, like dan share live, tag 3 kawan. Pemenang diumumkan secara live pada 15 Disember.
        Kami tidak pernah minta nombor TAC atau kata laluan perbankan. Laporkan penipuan kepada NSRC di talian 997.
        Aduan pengguna juga boleh dibuat kepada KPDN melalui talian 1-800-886-800 atau portal e-Aduan.
        Caj pos: Semenanjung RM8, Sabah dan Sarawak RM15, percuma untuk pembelian melebihi RM120.
        Jadual live minggu ni: Selasa kurma premium, Khamis kain pasang, Sabtu sambal dan kuih raya.
        Harga dalam live RM29.90 sahaja, lepas live kembali kepada harga asal RM39.90.
        Ejen dropship dialu-alukan, komisen 15% untuk setiap jualan, daftar melalui borang di bio.
        Produk kami bernotifikasi KKM dan mempunyai sijil halal JAKIM, nombor notifikasi tertera pada kotak.
        Statistik live semalam: 3,214 penonton serentak, 612 tempahan, jualan kasar RM18,450.
        Pembayaran hanya melalui FPX, DuitNow QR syarikat atau kad kredit di laman checkout, bukan ke akaun peribadi.
    """),
    ("mixed", "seller_team_chat"): _lines("""
        guys tonight live confirm start 8pm ah, ring light tolong charge dulu, last week habis battery halfway
        wah semalam GMV pecah record, RM42k in 3 hours, boss belanja makan tomorrow
        今晚的script改一下，不要讲"100% cure"，TikTok会flag，later kena ban live 7 days
        stock count: serum 30ml tinggal 48 pcs, toner 120 pcs, 明天 restock from supplier la
        啲order今晚要pack晒，SF 明朝10點嚟收件，大家加油
        anyone know how to set up auto-reply for "+1" comments? 手动回太慢了
        brand deal with the hair dryer company confirmed already, deliverables 2 lives + 3 reels, payment net 30
        bro the payment gateway down 15 min tadi, orders during that window kena re-send link
        今日直播間有人問 COD 得唔得, 我哋 HK 唔做貨到付款, pin個comment講清楚
        mic pakai yang wireless tu, yang lama ada noise, 收音好差
        台灣那邊的 7-11 寄件要先建單，不然店員不收喔, remember ah
        sample box dah sampai office, 20 boxes, jangan buka dulu until we shoot unboxing content
        next month campaign 11.11 + 12.12, target GMV double, need 2 more moderators for night shift
        reminder to all hosts: never show the customer order screen on camera, crop before posting clips
    """),
    ("en", "agency_policy"): _lines("""
        KOL payouts are processed on the 15th of each month for campaigns closed in the previous month, net of the agency's 20% management fee.
        Talent must disclose paid partnerships with #ad or #sponsored in the first line of the caption, per platform and regulator guidance.
        Brand deal rate card (nano, 1k-10k followers): 1 IG story S$150, 1 reel S$450, 1 TikTok live hour S$600 plus 5% commission.
        Payments to non-resident talents are subject to Singapore withholding tax; the agency deducts it at the prevailing rate before payout.
        Exclusivity clause: talent shall not promote competing brands in the same category for 30 days after the campaign end date.
        Data handling: buyer names, addresses and phone numbers exported from seller centre must be deleted from personal devices within 14 days of delivery.
        Dispute SOP: acknowledge within 4 working hours, request the unboxing video, escalate to the platform if unresolved after 3 days, never argue in live comments.
        Campaign brief CB-2411-07: skincare launch, 12 micro-KOLs, 3 markets (SG/MY/HK), go-live 2 Dec, reporting 16 Dec.
        Template: Dear [Talent Name], please find attached the agreement for [Campaign]. Kindly return the signed copy with your [ID number] and [bank details] by [date].
        Contract ref KA-2025-0193 renewed for 12 months; terms unchanged except revenue share moving from 70/30 to 75/25 in favour of talent.
        Under the PDPA, consent must be obtained before using a buyer's photo or review screenshot in promotional content.
        Onboarding checklist: signed talent agreement, tax form, payout bank form, brand safety training, platform account linked to the agency MCN.
        Minimum payout threshold is RM100; balances below the threshold roll over to the next cycle.
    """),
    ("mixed", "howto_faq"): _lines("""
        How do I 设置 TikTok Shop 的 live 专属优惠券 so it only shows during my stream?
        點樣喺 Facebook live 用第三方工具自動收 "+1" 留言同出 invoice？
        Macam mana nak daftar perniagaan dengan SSM untuk jual online, perlu ke kalau hanya jual dari rumah?
        请问在新加坡做直播带货需要注册公司吗？个人 sole proprietorship 可以接品牌合作吗？
        What's the best way to handle buyers who +1 then ghost? We're thinking of a deposit system, any templates?
        台灣網拍賣家每月銷售額超過多少要辦稅籍登記？聽說賣貨物是8萬、勞務是4萬？
        Tip: export your order list as CSV, then delete or mask the phone and address columns before sharing it with your packers.
        Is it allowed to run a lucky draw on live in Malaysia without a permit? Heard you need KPDN approval for contests that require a purchase.
        直播间人气低怎么办？有没有什么开播前的引流技巧，比如短视频预热或者投流？
        How to calculate the commission split when two hosts co-host one live session? Ours is 60/40 by airtime.
        Bagaimana nak elak akaun kena ban sebab jual produk kosmetik tanpa notifikasi KKM?
        有冇人試過用 OBS 同時推流去 FB 同 IG？會唔會好 lag？
        Shopee Live question: does a product card pinned after going live still get the Live Exclusive price tag?
    """),
    ("en", "industry_news"): _lines("""
        Chinese livestreamer Viya was fined about 1.34 billion yuan for tax evasion in December 2021, prompting a crackdown on influencer tax compliance.
        Li Jiaqi's remark about a 79-yuan eyebrow pencil in September 2023 sparked a backlash and a tearful public apology.
        Dong Yuhui rose to fame hosting bilingual live sales for East Buy, the New Oriental spin-off led by Yu Minhong.
        TikTok Shop expanded from Indonesia to Malaysia, Singapore, Thailand, the Philippines and Vietnam in 2022.
        Indonesia banned transactions on social media platforms in October 2023, forcing TikTok Shop to pause there until it teamed up with Tokopedia.
        Malaysia's licensing regime for social media and messaging platforms under the MCMC took effect on 1 January 2025.
        Shopee's parent company Sea Limited is headquartered in Singapore and listed on the New York Stock Exchange.
        Survey: 58% of Malaysian online shoppers say they bought something during a livestream in the past 12 months, up from 41% two years earlier.
        Khairul Aming, the Malaysian content creator behind Sambal Nyet, is often cited as an example of a creator-led food brand.
        Taiwan's Ministry of Finance reminded influencers that sponsorship fees and livestream tipping income must be declared in annual tax filings.
        Hong Kong's Consumer Council has repeatedly warned about livestream sales of health products making unsubstantiated claims.
        Singapore's Consumer Protection (Fair Trading) Act treats misleading "limited-time only" claims, such as fake countdown timers, as unfair practices.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Live order #LV214-0387 | Buyer: Tan Hui Min | +65 9176 4402 | Blk 218 Bedok North St 1 #07-312 S460218 | 2x GL-TNR-150 | PayNow received 21:47
        Giveaway winners (Nov): 1) Jasmine Ong @jas.eats.sg 2) Muhammad Irfan bin Zulkifli 3) Priya d/o Raman - please DM us your delivery address by Friday.
        KOL ONBOARDING | NAME: GERALD DE SOUZA | NRIC: S8812277A | DOB: 14/03/1988 | DBS SAVINGS 072-1-584310 | RATE: S$450 PER REEL
        Chargeback: Hannah Whitfield disputes S$289.00 charged to card 4556 5127 0396 5065 for live order LV209-0114, says the parcel never reached her flat in Tiong Bahru.
        Fan DM incident log: Kelvin Lim Wei Jie (IG kelvin_lim_88) sent 40+ messages to our host overnight incl. threats; screenshots saved, police report made at Ang Mo Kio NPC.
        Note to finance: please hold the payout for Rachel Chua, she is on medical leave after slipped-disc surgery, her campaign deliverables move to January.
        Return request RMA-5521: Mdm Koh Siew Lan, 73, bought 3 massage guns during the 2 Nov live; her son called to say she didn't understand the terms, refund approved.
        Dispatch label | TO: Arjun s/o Krishnan | 28 Jalan Tun Sambanthan 4, 50470 Kuala Lumpur | 012-738 5406 | COD RM89
        Pickup log 6 Dec: Chan Ka Yan collected 2 bags at the Kwun Tong point, her car UV 8231 was double-parked, asked her to call 9468 2375 ahead next time.
        Lucky draw claim form: PHAM THI LAN, FIN G0058999W, works as a nurse at a private clinic in Novena, prize: Dyson V12, collect by 20 Dec.
        Brand trip to Bangkok: flights booked for talent Nicole Pereira, Malaysian passport A51820937, exp 2029-04, vegetarian meal requested.
    """),
    "zh-Hans": _lines("""
        跨境订单清关信息：订购人 王思琪，身份证 51010719950609734X，手机 138 2716 4490，收货地址 成都市武侯区科华北路62号2栋1单元1703。
        福袋中奖用户 刘子涵 已私信领取，收件电话 159 8833 2017，地址 厦门市思明区莲前西路288号5楼。
        主播 周雨彤 11月提成 ¥23,480，扣个税后打到她的招商银行卡 6214 8310 4332 1816，请财务周五前处理。
        投诉工单 TK-88213：买家 赵明 反映主播“小鱼”（本名 于晓雯）在直播间念出了他的手机号和小区名，要求公开道歉。
        达人合同附件：乙方 林志豪，身份证号 440304199103303173，抖音账号粉丝12.6万，合作期一年，坑位费每场¥5,000。
        粉丝私信记录：微信号 tiantian_0927 的用户每天深夜给主播杨柳发骚扰信息，还问她住哪个小区，已拉黑并上报平台。
        退款说明：顾客 郑丽华 女士怀孕后医生建议停用该精华，申请退回未拆封的2瓶，已同意全额退款。
        快递面单 收件人：何俊杰 186 2043 7719 上海市浦东新区张杨路1500弄7号602室
        请假单：助播 孙浩然 因急性阑尾炎住院，12月8日至15日无法上播，排班由小组长调整。
        新加坡团长 黄佩玲 的PayNow号码是 8823 1957，本期团购款请直接转给她，共计 S$1,236。
    """),
    "zh-Hant": _lines("""
        得獎名單：黃詠詩（IG @wingsze.eats）、梁家豪、Mandy Cheung，請於7日內私訊你嘅收件地址同電話。
        KOL 合約｜甲方：晴光娛樂有限公司｜乙方：陳嘉欣｜香港身份證 Y743817(4)｜滙豐戶口 168-452301-838｜每月底結算
        客人李太（李美玲）投訴上星期直播買嘅電熱毯燒咗，佢個孫仔手臂輕微燙傷，要求賠醫藥費，電話 6127 8894。
        扣繳憑單：所得人 林怡君，身分證字號 A217741653，112年度業配收入 NT$186,000，已扣繳10%。
        出貨單：收件人 張家瑋 0935-218-604 台中市西屯區福科路367巷12號5樓（原7-11取貨改宅配）
        黑名單：LINE ID mingzhe0615（吳明哲）連續三次喊單不付款，之後不要再接他的單。
        主播 Kelly（蔡佩珊）下星期要做手術，live 暫停兩個星期，唔好同粉絲講原因。
        退貨申請：鄭偉強先生，訂單 HK241108-0213，地址 沙田第一城 22座 15樓 C室，電話 5403 1186，要求上門收件。
        粉絲 陳柏翰 用 Telegram @bohan_chen_tw 一直私訊我們主播說要見面，還知道她住在哪一區，已截圖報警。
        代收款帳戶：郵局 0001234-0567891 戶名 許雅婷，團購買家轉帳後請留言帳號末五碼。
    """),
    "ms": _lines("""
        Pemenang cabutan bertuah minggu ni: Nurul Syafiqah binti Ahmad Fauzi dari Kota Bharu, sila PM alamat penuh dan no telefon untuk pos hadiah.
        BORANG EJEN | NAMA: MUHAMMAD HAFIZ BIN ROSLI | NO. KP: 880721-14-6135 | TEL: 019-443 2178 | CIMB 7004218563 | KOMISEN OKT: RM1,245.60
        Aduan: Puan Rohani binti Yusof dari Seremban kata tudung yang dibeli masa live koyak, minta refund RM59 ke akaun Bank Islam 05014020118763.
        Alamat penghantaran: Kavitha a/p Subramaniam, No. 12, Jalan Mawar 3, Taman Sri Rampai, 53300 Kuala Lumpur, 011-2658 7740.
        Host kami Aina (Nur Aina Sofea binti Razak) cuti bersalin mulai 1 Januari, slot live Selasa akan diganti host lain.
        Senarai hitam pembeli: abg.jep (Jefri bin Hassan), 3 kali claim tak bayar, no tel 013-582 0917.
        Bayaran influencer Encik Lim Chee Keong RM3,200 untuk 2 live + 1 video, masuk ke Public Bank 3198462057 sebelum 10hb.
        Laporan: host kami diugut oleh pengikut bernama Faizal bin Mohd Noor yang datang ke lokasi shooting di Seksyen 13 Shah Alam; repot polis dibuat di IPD Shah Alam.
        Pos ke Sarawak: Agnes anak Jimbun, Lot 214, Kampung Tabuan Dayak, 93350 Kuching, 014-889 2316, 2 helai kain pasang.
        Pengesahan pemenang iPhone: WONG SIEW LING, No. KP 011205-01-0788, Johor Bahru, sila bawa IC asal semasa ambil hadiah.
    """),
    "mixed": _lines("""
        eh the buyer yesterday Aaron Teo (+65 8314 6021) claim never receive, but SPX show delivered to his condo guardhouse, pls check with him
        这位买家 Lee Jia Hui 一直说 parcel 破了, her number 012-557 3092, 明天 call 她 confirm 地址 ok?
        payout sheet Nov: Farah binti Idris - RM2,180 - Maybank 114288760219 | Tey Kok Leong - RM960 - RHB 21420800657391
        阿May (Chow Man Wai) 話佢 HKID 係 K254194(7)，要我哋幫佢填報稅 form 用，I keep in folder first
        FYI the girl who won the Dyson, Sharmila a/p Ganesan, staying in Klang, she asked whether her sister can collect on her behalf
        台灣那個 buyer 黃志明 用信用卡 5401 7070 6257 5331 刷了兩次, 要 refund 一筆 NT$3,280
        host vivian (vivian ho) sick today, fever 39 degrees, cancel 8pm live, dont post reason ah
        customs need consignee info: Zhang Xinyi 张欣怡, ID 310115198811032065, tel 177 2136 8854, pls fill in before Monday
        DM from fan: hi jie jie i'm Dinesh, 17, from Ipoh, my ic 070419-08-5123, can i be your live moderator?
        self collect Sat: Desmond Yeo, black Honda plate SKP4417R, arriving 2pm at loading bay, 他会打电话来
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You help a Singapore livestream seller write customer messages."),
        (
            "user",
            "Draft a polite chaser for live order LV215-0042. Buyer is Grace Lim Shu Fen, she +1'd the pre-loved Chanel WOC but hasn't paid the S$1,880 yet. Her number is 9021 5563.",
        ),
        (
            "assistant",
            "Hi Grace, thanks for claiming the Chanel WOC during our live! Just a gentle reminder that payment of S$1,880 for order LV215-0042 is still pending. Let us know if you need the PayNow QR again.",
        ),
        (
            "user",
            "Add that if she doesn't pay by Sunday 6pm we will release the bag to the next person in the queue.",
        ),
    ],
    [
        ("user", "帮我算一下主播 徐可欣 11月的提成：GMV ¥156,000，佣金比例8%，平台服务费先扣5%。"),
        ("assistant", "先扣平台服务费：156,000 × 95% = 148,200；再乘以8%，提成为 ¥11,856。"),
        (
            "user",
            "好，打到她工商银行卡 6222 0296 0013 3890 838，备注写11月提成，帮我写一句给财务的话。",
        ),
    ],
    [
        (
            "user",
            "有個客 Ho Wing Lam 話我哋直播賣嘅面霜係假貨，話要去消委會投訴，我應該點回覆佢好？",
        ),
        (
            "assistant",
            "建議先冷靜回覆，多謝佢反映，請佢提供批號同相片，同時準備好入貨單據同代理證明，講明如屬實會全數退款。",
        ),
        ("user", "佢電話係 9302 7718，住將軍澳，我想直接打去傾，幫我寫個開場白。"),
    ],
    [
        ("system", "Anda membantu agensi KOL di Malaysia menulis dokumen HR."),
        (
            "user",
            "Tolong buat surat tawaran untuk host live baru: Nur Izzati binti Hamdan, No KP 970630-07-5264, alamat 21 Lorong Kenari 5, Bayan Lepas, Pulau Pinang.",
        ),
        (
            "assistant",
            "Baik. Berikut draf surat tawaran jawatan Host Live Sepenuh Masa untuk Cik Nur Izzati binti Hamdan...",
        ),
        ("user", "Tambah gaji asas RM1,800, komisen 5% atas GMV, dan tarikh mula 2 Januari."),
    ],
    [
        (
            "user",
            "can help me summarise these DMs for the police report? all from ig user ryan_tkl (his name Ryan Tan Kah Loon, he works at a car workshop in Kaki Bukit). he keep saying he will wait for our host outside the studio",
        ),
        (
            "assistant",
            "Summary: Over 5 days, IG user ryan_tkl sent repeated unsolicited messages to the host, including statements that he would wait for her outside the studio. Messages escalated in frequency late at night.",
        ),
        (
            "user",
            "add also he turned up at the studio on 3 Dec at 10pm, security got his IC and plate number",
        ),
    ],
    [
        (
            "user",
            "我要寄扣繳憑單給合作的網紅吳欣怡，身分證 B214587452，今年業配總共 NT$240,000，要扣多少？",
        ),
        (
            "assistant",
            "執行業務所得扣繳率一般為10%，NT$240,000 須扣繳 NT$24,000，實付 NT$216,000。",
        ),
        ("user", "她的地址是台北市大安區和平東路二段118巷7號3樓，幫我寫一封寄送通知信。"),
    ],
    [
        ("user", "Pick a nice format to announce our December giveaway winners on IG stories."),
        (
            "assistant",
            "Sure! Something like: 🎉 CONGRATS to our winners! Please DM us within 7 days to claim. Want me to fill in the names?",
        ),
        (
            "user",
            "Yes: Ahmad Danial bin Sulaiman (air fryer), Cheryl Fernandez (RM200 voucher), Lau Chin Hong (skincare set). Also tag their accounts @danial.sulaiman97 @cherylfdz @chinhong.lau",
        ),
    ],
    [
        ("system", "你是新加坡团购群的助理。"),
        (
            "user",
            "帮我整理今晚的order：Tan Bee Leng 9347 1182 榴莲2盒，Siti Rahmah binti Osman 8126 0473 月饼1盒，Mr Goh Boon Huat 9758 2260 燕窝3瓶。",
        ),
        (
            "assistant",
            "整理如下：1) Tan Bee Leng 榴莲×2；2) Siti Rahmah binti Osman 月饼×1；3) Mr Goh Boon Huat 燕窝×3。需要算总价吗？",
        ),
        ("user", "要，榴莲$38一盒，月饼$28，燕窝$65，顺便写一个提醒她们PayNow的短讯。"),
    ],
    [
        (
            "user",
            "幫我擬份主播合約嘅個人資料頁：乙方 鄧子晴，香港身份證 C875318(9)，出生日期 2001年4月12日。",
        ),
        (
            "assistant",
            "好的，以下係個人資料頁：乙方姓名：鄧子晴；身份證號碼：C875318(9)；出生日期：2001年4月12日；聯絡電話：＿＿＿＿。",
        ),
        ("user", "電話填 6388 4127，緊急聯絡人係佢媽媽 黃淑儀 9125 6630。"),
    ],
    [
        ("system", "You assist a Malaysian live seller with payment disputes."),
        (
            "user",
            "Buyer Rajesh a/l Muthu filed a chargeback on his card 4147 2019 0026 6578 for RM450, says he never ordered the perfume set. But he commented +1 on our live on 28 Oct.",
        ),
        (
            "assistant",
            "Gather evidence: the live replay timestamp of his +1 comment, the payment confirmation, and the courier proof of delivery with signature. Submit these to the payment gateway within the dispute window.",
        ),
        (
            "user",
            "POD shows signed by his wife at 45 Jalan SS 2/24, Petaling Jaya. Can you write the rebuttal letter?",
        ),
    ],
]
