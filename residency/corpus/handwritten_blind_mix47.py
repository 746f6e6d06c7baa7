# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix47: cross-border e-commerce sellers (Shopee/Lazada seller chats, 1688 and WeChat suppliers, returns, customs and logistics). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix47
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "1688采购与供应商群"): _lines("""
        1688下单记得勾“跨境专供”，支持一件代发，起批2件，混批满50元包邮。
        老板，这款硅胶折叠水杯600ml现货多少？能不能做无印logo、OPP袋单独包装？
        亲，现货3000个，定制logo加0.35元/个，起订500个，打样费150元下单可退哦
        报价单：型号YJ-2088 蓝牙耳机，100-499pcs ¥23.8，500-1999pcs ¥21.5，2000pcs以上 ¥19.9，含13%增值税专票。
        样品直接寄义乌国际商贸城二区东门物流点就行，我们每天下午四点统一发中通
        李宁官方旗舰店的同款我们不能做，品牌侵权平台会直接下架，别上链接了。
        工厂说春节前最后一批货腊月二十出，初八开工，年前的单子1月10号前要付30%定金。
        1688订单号 3821946573018204371 已发货，圆通 YT7512398846210，到仓预计2-3天。
        包装尺寸32×24×12cm，毛重0.86kg，体积重=32*24*12/6000=1.536kg，按体积重计费。
        群公告：禁止在群里发买家截图（带姓名电话地址的面单），要发先打码，违者踢群！！
        张小泉剪刀的官方店只做内贸，不支持跨境一件代发，找白牌工厂吧。
        我们是源头工厂，深圳龙华观澜，支持验厂，统一社会信用代码 91440300MA5G7K2X8L 可查
        退货别写工厂地址，写东莞集运仓，收件人写“仓库收”，电话写仓库座机 0769-8512 3366 就行
        阿里巴巴创始人马云2016年提出eWTP构想，首个海外数字中枢2017年落地马来西亚吉隆坡。
        这批哪吒2周边盲盒是正版授权吗？没有授权书的话Shopee会判仿品，扣分很重
    """),
    ("zh-Hans", "报关与物流"): _lines("""
        9610模式适用于跨境电商B2C直邮出口，清单核放、汇总申报；9710为B2B直接出口，9810为出口海外仓。
        HS编码 8518300000 耳机及耳塞机，申报要素：品牌类型、出口享惠情况、用途、是否无线。
        带电产品（内置锂电池）空运要提供MSDS和UN38.3报告，纯电池不能走普货渠道。
        马来西亚自2024年1月1日起对RM500以下进口低价值商品征收10%销售税，由平台代收代缴。
        SPXMY041928376501 状态：已到达吉隆坡分拣中心（KUL Hub），预计2个工作日内派送。
        海关12360服务热线可以咨询通关政策，也能查报关单状态，别打到仓库来问。
        头程报价：深圳—新加坡 海运拼箱双清包税 ¥12/kg，时效10-15天，液体粉末带磁另询。
        报关单号 531620241000387215 已放行，放行时间 2024-11-28 14:36:07，请安排装柜。
        集装箱号 MSKU7281945，铅封 ML-0093817，40HQ，船名航次 MAERSK SELETAR / 448S。
        海外仓入库单 WMS-IN-20241205-0037，SKU数18，总箱数42，预约卸货 10:00-12:00。
        退运货物需提供原出口报关单、退运原因说明、合同发票，按监管方式4561“退运货物”申报。
        顺丰国际客服热线 95338，夜间也能转人工，查件报运单号就行。
        印尼对单票FOB超过3美元的进口商品征关税，另加11% PPN和所得税PPh，小卖家基本扛不住。
        中山路那个菜鸟驿站只收国内件，国际件要送到前程大道的跨境集货仓。
        《跨境电子商务零售进口商品清单（2019年版）》共1413个税目，单次交易限值5000元，年度限值26000元。
    """),
    ("en", "Shopee/Lazada seller centre notices"): _lines("""
        [Seller Education Hub] From 1 Jan 2025 the transaction fee for non-Mall sellers in Malaysia is adjusted to 3.78% (incl. SST).
        Reminder: orders must be shipped within 2 working days (DTS). Late shipments count toward your Non-Fulfilment Rate.
        Your listing "TWS Earbuds Bluetooth 5.3 ENC" (Item ID 23857719042) was deactivated for the prohibited keyword "AirPods".
        LazMall 12.12 Flash Sale: nomination closes 28 Nov 23:59 (GMT+8). Min. discount 30% off the lowest price in the past 30 days.
        Return/Refund request RR-2411-7730184 was auto-accepted because the seller did not respond within 3 days.
        Payout of MYR 4,218.60 for 18–24 Nov has been released to your registered bank account.
        Penalty points are reset on the first Monday of each quarter; 12 points or more triggers listing restrictions.
        Chat Performance: Response Rate 96%, Response Time < 12 hrs. Keep it above 80% to retain Preferred Seller.
        Forrest Li, chairman and group CEO of Sea Limited, told analysts on the Q3 call that Shopee was adjusted EBITDA positive in Asia.
        Shopee MY Seller Hotline: 03-2777 9222 (Mon–Fri, 9am–6pm, excl. public holidays).
        Buyer addresses are masked after order completion in line with the Personal Data Protection Act 2010 — print your AWB before then.
        Dispute DSP-MY-20241130-00518: evidence due within 48 hours (unboxing video, AWB photo, weight proof).
        Tip: use Mass Update to edit prices in bulk; template file shopee_mass_update_basic_info_v3.2.xlsx.
        Voucher 12DDSALE15: 15% off, min. spend RM60, capped at RM15, valid 12 Dec 00:00–23:59.
    """),
    ("en", "returns and CS templates"): _lines("""
        Hi {buyer_name}, thanks for shopping with us! Your order {order_sn} has shipped via {carrier}. Track it here: {tracking_url}
        Dear customer, so sorry the item arrived damaged 🙏 Please send an unboxing video and a photo of the AWB and we'll refund within 3 working days.
        Return window: 15 days from delivery. Items must be unused with original tags; change-of-mind return shipping is borne by the buyer.
        Template – address check: "Hi [Name], please confirm your delivery address: [Street], [Unit], [Postcode]. Reply YES to proceed."
        SOP: never ask buyers for their IC number, bank details or OTP in chat. If a buyer sends them anyway, delete the message and remind them.
        Refund = item price − voucher share + shipping fee (if seller fault), e.g. RM89.00 − RM5.00 + RM4.90 = RM88.90.
        hi sorry late reply!! we're closed for Hari Raya 10-14 Apr, all orders ship 15 Apr. Selamat Hari Raya 🌙
        Wrong item sent? No worries, we'll send the correct size (M → L) FOC, no need to return the wrong one.
        Auto-reply: CS hours 9am-6pm GMT+8. During 11.11 pls leave your order no. and we'll get back asap.
        Warranty claims: fill in https://support.example-shop.my/warranty with your order ID and a photo of the serial number (S/N XXXX-XXXX).
        Return reasons Nov: wrong size 38%, not as described 21%, damaged 14%, change of mind 11%, others 16%.
        Bundle deal: Doraemon x Hello Kitty phone case, buy 2 free 1, while stocks last!
    """),
    ("ms", "templat chat dan forum penjual"): _lines("""
        Hai boss, barang ready stock ye, order sebelum 3pm hari ni kami pos hari yang sama 🚚
        Maaf ye cik, parcel lambat sebab cuti Deepavali, J&T tak collect dari 31 Okt sampai 2 Nov.
        Untuk pemulangan, pastikan barang dalam keadaan asal dan sertakan slip pesanan. Kos pos balik ditanggung pembeli.
        Kedai kami di Jalan Tuanku Abdul Rahman, dekat Masjid India — self pickup buka 10pg–7ptg.
        Saiz: S (lebar dada 48cm), M (50cm), L (52cm), XL (54cm). Sila rujuk carta saiz sebelum beli ya.
        Tips seller baru: start Shopee Ads RM10 sehari dulu, tengok ROAS, baru scale up.
        Kalau pembeli minta nombor IC atau akaun bank dalam chat, jangan layan — scam tu. Report terus kat Shopee.
        Cukai jualan 10% atas barang bernilai rendah berkuat kuasa 1 Januari 2024 di bawah Akta Cukai Jualan 2018.
        Jabatan Kastam Diraja Malaysia, Kompleks Kementerian Kewangan No. 3, Persiaran Perdana, Presint 2, 62596 Putrajaya.
        No. pesanan 2412058KJ3MNQ5 dah dihantar, tracking SPXMY048815273904, boleh semak dalam app ye.
        Pesanan pukal Hospital Tengku Ampuan Rahimah Klang: 200 kotak pelitup muka 3 ply, invois INV-2024-00871.
        Promosi Merdeka! Diskaun 31% semua baju kurung, guna kod MERDEKA67 😍
    """),
    ("id", "catatan toko Shopee dan Tokopedia"): _lines("""
        Halo kak, stok ready ya, dikirim dari gudang Jakarta Barat, estimasi 2-3 hari sampai.
        Mohon maaf kak, retur wajib video unboxing tanpa jeda, tanpa video komplain tidak bisa diproses 🙏
        Barang impor dari China kena bea masuk + PPN 11% + PPh, totalnya bisa 30-40% dari nilai barang.
        Toko libur Idul Fitri 1445 H, pesanan dikirim mulai 16 April ya kak.
        Resi JX3019478826 (J&T Express) sudah diinput, silakan cek di menu Pesanan Saya.
        Alamat retur: Gudang Mitra, Jl. Daan Mogot KM 14 No. 88, Cengkareng, Jakarta Barat (bukan alamat kantor).
        Ukuran sepatu: 39 = 24,5 cm, 40 = 25 cm, 41 = 26 cm. Kalau ragu ambil satu ukuran lebih besar.
        Template balasan: "Halo Kak {nama}, pesanan {no_pesanan} sudah kami kirim ya, terima kasih 🙏"
        Harga grosir min. 12 pcs Rp 18.500/pcs, ecer Rp 24.900, ongkir ditanggung pembeli.
        Gudang kami dekat Jl. Gajah Mada, Jakarta Pusat — bisa ambil sendiri jam 09.00–16.00 hari kerja.
    """),
    ("zh-Hant", "蝦皮台灣跨境賣家"): _lines("""
        跨境包裹進台灣需要收件人完成「EZ WAY 易利委」實名認證，未認證會被海關退運，請在商品頁註明。
        蝦皮店到店運費60元，滿299免運活動由平台吸收部分運費。
        商品描述：100%純棉短袖T恤，台灣尺寸偏小建議買大一號，現貨＋預購（約7–10天到貨）。
        提醒：同一收件人半年內以同一身分證號報關超過6次，第7次起不論金額一律課稅。
        取件門市：7-ELEVEN 鑫中山門市，門市店號 896532。
        訂單編號 241203K9P2XWQA，出貨時間 2024/12/04 16:22，物流：蝦皮店到店。
        客服時間週一至週五 09:00–18:00，國定假日休息，訊息隔日回覆喔～
        退貨須知：商品需全新未使用、吊牌完整，七天鑑賞期內申請退貨退款。
        依法開立電子發票，公司戶請於下單備註填寫統一編號與抬頭。
        本賣場商品皆由中國大陸出貨，走跨境物流，預計5–9個工作天送達，急用請勿下單。
    """),
    ("en", "seller tools, ERP and code"): _lines("""
        GET /api/v2/order/get_order_detail?order_sn_list=241205KQ7H3V2X&response_optional_fields=recipient_address
        Since v2 the recipient_address fields are masked for cross-border shops; print labels via the logistics API instead of storing addresses.
        ERP sync failed: HTTP 429 Too Many Requests (shop_id=802931557, partner_id=2004873). Retrying in 60s...
        sha256(export_2024-12-05.csv) = d8dc18502f561a00a7144b339bfb90fe8d3d3f51a6dcafda9b454b61fc57644b
        masked = re.sub(r"01\\d-?\\d{7,8}", "01X-XXXXXXX", chat_text)  # strip MY mobile numbers before logging
        BigSeller 4.12.3 release notes: batch-print AWB for Lazada MY/SG/TH; fixed SKU mapping bug for combo products.
        0 */2 * * * python sync_stock.py --platform shopee --region MY,SG,PH >> /var/log/sync.log 2>&1
        ts 1733371200 = 2024-12-05 04:00:00 UTC — the Open Platform expects seconds, not milliseconds.
        order_sn,buyer_username,item_sku,qty,price,voucher,ship_by_date,tracking_no,status
        Tax invoice from Lion Peak Trading Pte. Ltd. (UEN 201812345K), total SGD 1,284.00 incl. 9% GST.
        Settlement FX: 1 USD = 4.4720 MYR, 1 CNY = 0.6158 MYR (as of 2024-12-04 09:00 GMT+8).
        Shopee Seller Centre app v3.46.1 (build 2024112801) crashes on Android 14 when opening Returns.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        帮我改下收件信息：林晓雯 13926584417 广东省深圳市宝安区西乡街道固戍二路恒丰家园B栋1703，之前填成1307了
        供应商说尾款打他私人卡：户名黄志鹏，中国农业银行 6228480012345671，义乌稠城支行
        清关要收件人身份证，用我老婆的吧：郑雅琴 33010619850917342X
        打包的刘桂芳阿姨这个月工资4800+计件提成1260，下周一转她微信
        义乌那个供应商老板俞建国去年被列为失信被执行人了，案号（2023）浙0782执4417号，别再跟他家合作
        仓库的陈嘉豪确诊肺结核，已经住进杭州市红十字会医院了，仓库其他人下周都要去筛查
        样品寄我家：上海市闵行区七宝镇漕宝路3366弄12号602室 吴思远 收，手机 +86 186 2173 0492
        加我微信 zhouyi_sz0712（周毅，华强北做TWS耳机的），报价单发你
        收件人：张*华，138****5621，浙江省杭州市余杭区五常街道西溪蝶园7幢2单元501
        司机王德胜 粤B·7K2M9 的货车明早八点到东莞仓装货，他电话 15817364208
        Shopee那个店是用我表弟何俊杰的身份证 45010319900606251X 注册的，现在要视频验证他本人
        去吉隆坡参展办签证：陈晓琳，护照号 E63918274，有效期至2031年3月
        退款打这张卡，招商银行 6214830218773529602，户名方婷
        公司法人是我姐苏慧敏，身份证320583199502284765，电话13776214059，营业执照要她本人去昆山办
        1688收货人改成孟凡强 155 3021 8876，河北省保定市高碑店市白沟镇富民小区3号楼1单元402
        客户张磊的支付宝账号是 zl.hz1985@163.com，退款368元原路返回
        新来的客服罗晓萌怀孕五个月了，下周二周三要去产检，排班帮她调一下
        深圳那个货代的业务员叫邓佳慧，她私人手机是13612849075，说别打公司座机
        香港买家麦子晴要寄到新界沙田禾輋邨豐和樓1412室，电话9286 3147，顺丰站取件要核对她的身份证K482931(A)
    """),
    "en": _lines("""
        Ship to: Tan Wei Ming, Blk 412 Bedok North Ave 2 #08-117, Singapore 460412, HP 9176 4823
        Our SG packer Ramesh s/o Krishnan, FIN G5539127R, work permit expires 14 Feb, pls renew before CNY
        Hi, this is Jessica Ong, order 241130RT8M2KLP still not received. Address 28 Jalan SS 2/64, 47300 Petaling Jaya, phone 012-739 4218
        Please send the replacement c/o Daniel Koh, daniel.koh.wh@gmail.com, mobile +65 8247 1930
        For the Lazada KYC they need my IC 880514-14-5237 (LEE CHEE KEONG) plus a selfie holding it
        Supplier contact: Mr Huang Zhipeng, WeChat hzp_yiwu88, mobile +86 139 5792 6630, speaks a bit of English
        Refund to card 4557 0311 8846 2075 (Visa, cardholder Priya Nair) pls, not to ShopeePay
        Mdm Goh Siew Lan, 78, just had hip surgery; she lives at Blk 205 Toa Payoh North #11-32, please deliver the walker to her door not the void deck
        Lost parcel claim for Chan Ka Yan, HKID Y170264(3), Flat B, 23/F, Tower 2, Grand Pavilion, Kwai Chung, mobile 6382 7154
        FYI buyer Muhammad Faris bin Azman (IC 930222-07-6148) lodged a police report against us at IPD Timur Laut over the cancelled order
        Our Penang lorry driver Lim Boon Hock was convicted of drink-driving last month, fined RM8,000 and lost his licence
        Payroll Nov: Wong Mei Ling (packing lead) SGD 2,650 + OT 310, paid to DBS 027-915438-2
        Pls update recipient to Mr Ong Jun Jie, NRIC S7601942H, 9 Tampines St 81 #03-45, mobile 8573 2610, he's collecting for his dad who is on dialysis
    """),
    "ms": _lines("""
        Tolong hantar ke: Nurul Aisyah binti Rahman, No. 17, Jalan Mawar 3/2, Taman Mawar, 43000 Kajang, Selangor. Tel 013-628 4719
        Refund masuk akaun Maybank 114123789906 atas nama Mohd Hafiz bin Yusof ye bos
        Bos, IC saya 010930-10-0472, nama Amirah binti Zulkifli, nak daftar akaun Shopee seller
        Pembeli Puan Rosnah bt Ismail kata dia baru keluar hospital lepas serangan jantung, minta hantar ubat herba tu cepat
        Driver Lalamove kita Encik Kumar a/l Subramaniam, plat WXK 7729, no fon 016-482 9031
        Gaji Nur Izzati binti Kamal bulan ni RM1,800 + OT RM240, masuk akaun CIMB dia 7064882193
        TNG eWallet untuk pulangkan duit COD: 011-2673 8845 (Faizal Hakim bin Rosli)
        Alamat baru kakak saya Siti Khadijah binti Omar: Lot 1234, Kampung Padang Tengku, 27200 Kuala Lipis, Pahang. WhatsApp 019-335 7126
    """),
    "id": _lines("""
        Kirim ke: Rina Marlina, Jl. Kebon Jeruk Raya No. 27 RT 004/RW 008, Kebon Jeruk, Jakarta Barat 11530, HP 0812-8841-2736
        NIK KTP 3174055208910003 a.n. Fitri Handayani buat verifikasi akun seller Shopee
        Pembeli Bapak Hendra Gunawan minta refund ke BCA 5271038492, katanya istrinya lagi dirawat di RS karena DBD
    """),
    "zh-Hant": _lines("""
        EZ WAY實名認證資料：陳怡君，身分證字號 F228710347，手機 0928-735-164
        收件人林志豪，身分證B104573926，台中市西屯區福科路388巷12號5樓，報關要用
        買家黃淑芬說她在化療，頭巾請幫忙加急寄出，她手機0955-618-273
        退款帳號：國泰世華(013) 0125-6030-8841 戶名許家瑋
    """),
    "vi": _lines("""
        Giao hàng cho chị Nguyễn Thị Thu Hà, SĐT 0912 483 726, số 18 ngõ 42 Trần Duy Hưng, Cầu Giấy, Hà Nội
    """),
    "th": _lines("""
        ส่งของให้คุณสมศรี วงศ์ทองดี 99/12 หมู่บ้านพฤกษา ซ.ลาดพร้าว 101 แขวงคลองจั่น เขตบางกะปิ กรุงเทพฯ 10240 โทร 089-417-2653
        เลขบัตรประชาชนผู้รับ 1-1035-00421-87-1 นายธนากร ศรีสุข ใช้สำหรับเคลียร์ภาษีศุลกากร
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a customer-service assistant for a Shopee MY home-goods shop. Reply in the buyer's language, short and polite.",
        ),
        (
            "user",
            "Buyer msg: 'Kak, parcel saya tak sampai lagi, order 241128P3XKQ9TN'. draft reply pls",
        ),
        (
            "assistant",
            "Hai kak, maaf atas kelewatan! Parcel kakak masih dalam transit di hub Shah Alam, insya-Allah sampai dalam 1-2 hari bekerja.",
        ),
        (
            "user",
            "ok she also said her new address is No. 8, Lorong Kenari 2, Taman Sri Muda, 40400 Shah Alam, name Farah Nadia, 017-903 2218. can we still change?",
        ),
        (
            "assistant",
            "Address changes after shipping are not possible in Seller Centre; ask the buyer to contact SPX or refuse delivery for a re-ship.",
        ),
    ],
    [
        ("user", "老板 这批收纳盒尾款多少"),
        ("assistant", "一共 1,200 个，单价 ¥6.8，扣掉定金 ¥2,448，尾款 ¥5,712。"),
        ("user", "还是打上次那个账户吗"),
        ("assistant", "换了，打我老婆的卡"),
        ("assistant", "建设银行 6217003810944231"),
        ("assistant", "户名 吕秀英，金华义乌分行"),
    ],
    [
        ("system", "你是跨境进口清关助手，帮助卖家整理申报资料。"),
        ("user", "这单是保健品直邮，海关要订购人实名信息"),
        ("assistant", "需要订购人姓名、身份证号和手机号，三者须与支付人一致。"),
        ("user", "姓名：江文涛"),
        ("user", "身份证 5101071979"),
        ("user", "11230838"),
        ("user", "手机 18980372615，他有痛风，这个是他医生推荐的"),
    ],
    [
        (
            "user",
            "Lazada SG buyer insists on registering warranty for the air fryer, what details do we need?",
        ),
        (
            "assistant",
            "Only the order number and purchase date are needed. Do not collect IC numbers.",
        ),
        (
            "user",
            "too late lol, she already sent: Ms Serena Lau, NRIC S8823617C, 36 Jurong West St 41 #05-210, 9034 6178. how do I handle it",
        ),
        (
            "assistant",
            "Delete the NRIC from the chat and your records, keep only what's needed for warranty, and tell her it wasn't required.",
        ),
    ],
    [
        ("user", "can u format this into a table for our HK resellers list"),
        (
            "user",
            "Kwok Wing Sze / 9412 7736 / Sham Shui Po, Fuk Wing St 188, 7/F\nLeung Tsz Hin / 5318 0247 / Tuen Mun, Yan Ching St 33, Flat 1204\nHo Pui Man / 6627 9153 / Tai Po, Kwong Fuk Rd 61, 3/F A",
        ),
        (
            "assistant",
            "| Name | Phone | Area |\n|---|---|---|\n| Kwok Wing Sze | 9412 7736 | Sham Shui Po |\n| Leung Tsz Hin | 5318 0247 | Tuen Mun |\n| Ho Pui Man | 6627 9153 | Tai Po |",
        ),
    ],
    [
        ("user", "我们仓库有个员工最近老请假"),
        ("assistant", "可以先和员工沟通了解原因，按劳动法和公司制度处理。"),
        ("user", "她叫唐倩，在吉隆坡仓做拣货"),
        ("user", "HR说她在看精神科，抑郁症，医生开了两个月病假"),
        ("assistant", "病假期间应按当地《1955年雇佣法》处理，其健康信息应严格保密，仅限HR知悉。"),
    ],
    [
        ("system", "你是蝦皮台灣跨境店的客服小幫手，使用繁體中文回覆。"),
        ("user", "買家問包裹卡在海關，說要實名認證"),
        ("assistant", "請買家下載 EZ WAY 易利委 App，以收件人手機號完成實名認證並按「申報相符」。"),
        ("user", "她直接把資料丟給我：蔡佩珊 A234871954 0921-447-803，叫我幫她弄"),
        (
            "assistant",
            "實名認證必須由收件人本人操作，請勿代為處理，並請她不要在聊天室公開身分證字號。",
        ),
    ],
    [
        ("user", "Pembeli minta retur, barangnya rusak"),
        (
            "assistant",
            "Minta video unboxing dan foto barang, lalu ajukan retur lewat Seller Centre.",
        ),
        (
            "user",
            "dia kirim foto KTP juga: Yuliani Puspitasari, NIK 3273154507880002, alamat Jl. Cihampelas No. 142, Bandung",
        ),
        ("assistant", "Tidak perlu KTP untuk retur. Hapus fotonya dan jangan disimpan."),
    ],
    [
        ("user", "下周想去佛山验厂，这家1688供应商靠谱吗"),
        ("assistant", "可以看诚信通年限、深度验厂报告、回头率和交易勋章，再约实地考察。"),
        (
            "user",
            "老板叫梁国华，他让我直接去他家里谈：佛山市顺德区乐从镇东平新城嘉信花园5座1802，电话13590273461",
        ),
        ("assistant", "建议在工厂或公开场所见面，并保留聊天记录和合同。"),
    ],
    [
        (
            "system",
            "Shop: Lumi Home MY (Shopee). Owner for escalations: Ng Hui Shan, personal mobile 012-588 3061, home office 21 Jalan PJU 7/16, Mutiara Damansara.",
        ),
        ("user", "buyer says the lamp shade is cracked, what to reply"),
        (
            "assistant",
            "Sorry to hear that! Please send us a photo of the crack and the AWB, and we'll ship a replacement shade within 2 working days.",
        ),
    ],
]
