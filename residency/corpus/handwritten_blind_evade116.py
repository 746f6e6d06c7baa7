# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade116: personal data in cryptocurrency and fintech artefacts (exchange KYC exports, wallet labels, transaction memos, e-wallet statements, blockchain explorer notes, QR top-ups). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade116
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "exchange_kyc_faq"): _lines("""
        Q: Why was my Tier 2 verification rejected? A: The usual reasons are glare on the NRIC photo, a cropped MyKad edge or a selfie that does not match the document; resubmit under Settings > Identity.
        After submission your NRIC is only ever shown masked, e.g. S****567D, and our agents cannot see the full number either.
        Withdrawals to PayNow are only allowed to a mobile number or NRIC registered in the account holder's own name; third-party payouts are rejected automatically.
        If someone claiming to be from Coinhako or Gemini asks for your seed phrase, hang up and call the ScamShield Helpline at 1799.
        You can confirm our Major Payment Institution licence under the Payment Services Act on the Financial Institutions Directory at mas.gov.sg.
        Deposit SGD via FAST to our client trust account: DBS Bank Ltd, Northbay Digital Pte. Ltd. - Client Monies, account 072-918345-6, UEN 201934567K.
        Support hours are 9am to 6pm SGT; write to support@northbaydigital.sg or call our office line +65 6123 4870 (no trading instructions by phone).
        Q: What does "Travel Rule data incomplete" mean? A: The sending VASP did not pass the originator's name and account number, so the deposit is held until they resend it.
        Minimum BTC withdrawal is 0.0005 BTC with a network fee of 0.0002 BTC; ERC-20 USDT withdrawals carry a flat 4 USDT fee.
        Q: Can I top up with my helper's or my parent's card? A: No, the card name must match the verified account holder; shared cards trigger a manual review.
        In the transfer reference, put only your order number (e.g. INV-2025-004417), never your name, IC or phone number.
        Your account reference looks like NB-7Q4K-22XM and is safe to share with our agents; your password and 2FA codes are not.
        Deposits sent to an old address after the 12 March 2024 wallet rotation can still be recovered for a fee of 50 USDT per transaction.
    """),
    ("mixed", "onchain_memos_explorer_notes"): _lines("""
        OP_RETURN 48656c6c6f2c20426974636f696e21 (decodes to "Hello, Bitcoin!") - hobby inscription, 0 sat output, block 842,117.
        Memo (base64): SU5WLTIwMjUtMDA0NDE3 | asset USDT-TRC20 | amount 1,250.00 | status credited
        Public name tag: 0x28C6c06298d514Db089934071355E5743bf21d60 = Binance 14 (exchange hot wallet), 2.1M txns.
        Genesis coinbase scriptSig contains 5468652054696d65732030332f4a616e2f32303039204368616e63656c6c6f72206f6e206272696e6b206f66207365636f6e64206261696c6f757420666f722062616e6b73
        链上备注 input data 0xe6b58be8af95e8bdace8b4a6（“测试转账”），金额 0.01 USDT，来自交易所测试地址。
        Destination tag 104857 is mandatory for XRP deposits to our omnibus address; deposits without a tag go to the recovery queue.
        Memo base64 U08tODgyMTMgS2VkYWkgUnVuY2l0IFRhbiBCcm90aGVycw== dari dompet korporat, 420 USDT untuk stok bulan November.
        ENS payments.northbaydigital.eth resolves to the company treasury multisig (3-of-5 Safe), verified on 2025-06-02.
        区块浏览器备注：该地址为某交易所冷钱包，2024年第三季度累计流入 18,230 ETH，无个人标签。
        Solana memo program: "gm from Token2049 Singapore 2025" attached to a 0.000005 SOL self-transfer.
        Withdrawal memo (url-encoded): Refund%20for%20order%20%23A77120%20-%20item%20out%20of%20stock
        Lightning invoice lnbc25u1p... description "Kopi O kosong x2 - Ya Kun Kaya Toast, Tanjong Pagar" paid in 1.4 s.
        Tether Treasury 鑄造 1,000,000,000 USDT on Tron at block 62,118,904, tx 9f1c7e02b4...d3a8 (public mint event).
    """),
    ("zh-Hans", "电子钱包账单与商户收款"): _lines("""
        微信支付账单：2025-11-03 12:41 陈记烧腊（深圳华强北店） -¥38.00 商户单号 4200002153202511034417728891
        支付宝收款码已绑定个体工商户“老王家牛肉面”，统一社会信用代码 92440300MA5G7K2Q1X。
        充值成功：中国移动话费充值 ¥100.00，充值号码 138****5678，订单号 TX20251103004417。
        数字人民币四类钱包单日余额上限为 1 万元，可在银行 App 内升级为二类钱包。
        支付宝官方客服 95188、微信支付官方客服 95017，其他号码自称客服的一律不要相信。
        对公收款账户：深圳市前海链桥科技有限公司，开户行招商银行深圳分行营业部，账号 7559 1832 6610 902。
        退款通知：您在“蜜雪冰城（五一广场店）”的订单 MX-2025110388 已原路退回 ¥12.00。
        账单导出表头：交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注
        测试二维码内容：https://qr.example.com/pay?merchant=TEST0001&amount=0.01（仅用于沙箱环境）
        提醒：有一位阿姨在群里扫了“领取数字人民币红包”的二维码后被要求输入银行卡密码，这是典型诈骗，请勿模仿。
        本月商户流水汇总：收款 3,412 笔，平均客单价 ¥27.6，退款率 0.8%。
        回调参数 out_trade_no=MjAyNTExMDMwMDQ0MTc= 是订单号的 Base64 编码，不包含任何用户信息。
        充值卡密格式为 XXXX-XXXX-XXXX-XXXX，每张卡仅能使用一次，过期作废。
    """),
    ("zh-Hant", "港台虛擬資產平台公告"): _lines("""
        本平台已獲香港證監會發出虛擬資產交易平台牌照（中央編號 BTF872），客戶資產 98% 存放於冷錢包。
        轉數快識別碼 168823459 為「港鏈數碼有限公司」收款專用，請勿轉帳至任何自稱客服的個人帳戶。
        依金管會規定，虛擬資產服務提供者須完成洗錢防制法令遵循聲明，本所已於 2024 年 9 月完成登記。
        如接獲自稱客服要求匯款，台灣請撥 165 反詐騙諮詢專線，香港請致電「防騙易熱線」18222。
        出金銀行帳戶戶名須與實名認證一致，身分證字號於系統中僅顯示為 A12****789。
        系統維護：2025/12/14（日）02:00–06:00（UTC+8）暫停新台幣入金，鏈上提幣不受影響。
        街口支付合作商家「阿宗麵線 西門店」支援掃碼付款，單筆上限新台幣 5 萬元。
        公司地址：香港中環皇后大道中 99 號中環中心 36 樓 3605 室；傳真 (852) 2810 4471；客服電郵 cs@hklinkdigital.hk。
        澳門金融管理局提醒，本澳目前並無持牌虛擬資產交易平台，市民投資前請審慎評估風險。
        交易明細範例：2025-11-20 14:03:22 買入 0.0150 BTC @ 712,400 HKD，手續費 0.1%，訂單 HK-ORD-88213057。
        統一編號 83691574 之「寶島鏈創股份有限公司」為本平台營運主體，客服專線 (02) 2720-8806。
        去年本所共處理 1,284 件疑似詐騙凍結申請，其中 61% 來自假投資群組。
        商戶收款碼內容：00020101021126290012hk.com.hkicl02091688234595204599953033445802HK5919HK LINK DIGITAL LTD6002HK63046B7D
    """),
    ("ms", "notis_e_dompet_duitnow"): _lines("""
        Pengguna yang belum lengkap eKYC hanya boleh tambah nilai sehingga had asas; lengkapkan pengesahan MyKad dalam aplikasi untuk menaikkan had.
        Kod QR DuitNow milik Kedai Runcit Tan Brothers (SSM 202301045567) boleh diimbas oleh semua aplikasi bank dan e-dompet.
        Jika anda terima panggilan mengaku pegawai Bank Negara minta pindah wang ke "akaun selamat", terus hubungi NSRC di talian 997.
        Bayaran invois INV/2025/11/0231 ke akaun syarikat: Maybank 5141 2299 8037, atas nama Sri Mutiara Digital Sdn. Bhd.
        Contoh format nombor telefon dalam borang ialah 01X-XXX XXXX; jangan tulis nombor sebenar dalam ruang nota pemindahan.
        Penyelenggaraan berjadual: perkhidmatan DuitNow Transfer tidak tersedia pada 23 Nov 2025, 12.30 hingga 3.00 pagi.
        Nombor MyKad anda dipaparkan sebagai XXXXXX-XX-XXXX dalam penyata untuk tujuan keselamatan.
        Untuk deposit MYR, rujukan mesti kod unik seperti SMD-MY-7H2K9Q yang dijana dalam aplikasi, bukan nama anda.
        Seorang pelanggan dari Kuching hilang akses selepas menukar nombor telefon; akaunnya dipulihkan selepas semakan video mengikut SOP.
        Statistik suku ketiga: 42% transaksi e-dompet bernilai bawah RM30, kebanyakannya di kedai makan dan stesen minyak.
        Waktu operasi khidmat pelanggan 9 pagi hingga 6 petang, talian 03-2788 1450 atau emel bantuan@srimutiaradigital.my.
        Cara tambah nilai melalui kod QR: buka aplikasi, tekan Imbas, halakan kamera ke kod QR kaunter dan sahkan jumlah sebelum masukkan PIN.
        Rekod ujian: nama=UJIAN PENGGUNA, telefon=+60 00-000 0000, emel=ujian@example.com, status=DITOLAK.
    """),
    ("en", "dev_config_and_tests"): _lines("""
        NRIC_PATTERN = "^[STFGM][0-9]{7}[A-Z]$"  # used only to decide which log fields to mask
        PAYNOW_PROXY_TYPES = {"0": "mobile", "2": "uen"}  # merchant QR must always use type 2
        test_paynow_uen_qr = "00020101021126370009SG.PAYNOW010120210201934567K030105204000053037025802SG5924NORTHBAY DIGITAL PTE LTD6009Singapore6304A4CA"
        assert mask_phone("+65 9123 4567") == "+65 9*** **67"
        fixtures/users.json: [{"id": 1, "name": "<NAME>", "phone": "{{phone}}", "email": "user1@example.com"}]
        CREATE TABLE kyc_submission (id BIGSERIAL PRIMARY KEY, uid BIGINT NOT NULL, doc_type VARCHAR(16), doc_sha256 CHAR(64), created_at TIMESTAMPTZ DEFAULT now());
        WEBHOOK_SECRET=whsec_test_0000000000000000  # rotate before prod, never commit the live one
        decoder test: b64 "dGVzdC11c2VyQGV4YW1wbGUuY29t" must decode to "test-user@example.com"
        Release v2.14.3 (3e7a91c): fixed Travel Rule payload truncation when the originator name field exceeds 140 characters.
        hex_decode("4f524445522d323032352d31312d303030333831") returns "ORDER-2025-11-000381"
        curl -X POST https://api.sandbox.northbaydigital.sg/v1/withdrawals -H "Authorization: Bearer $TOKEN" -d '{"asset":"USDT","network":"TRC20","amount":"10"}'
        idempotency_key: 3f2b9c1e-7d44-4a0b-9e61-2c8f5d0a7b13  # payout batch 2025-11-30, 412 rows
        Card 4111 1111 1111 1111 only works in the sandbox acquirer; the logger drops any PAN that passes the Luhn check.
    """),
    ("mixed", "ops_staff_chat"): _lines("""
        [CS-SG 10:42] TKT-88213 customer keep sending Binance screenshot, already reply with template B lah, close if no response by Fri
        [Ops-KL 10:45] ok noted, DuitNow batch 3 dah settle, 214 transaksi, total RM1.28 juta
        [风控-SZ 10:51] 今天拦截了 17 笔 C2C 异常订单，都是同一批新注册号，已加到规则 R-0412 里
        [CS-HK 11:02] 有客人問轉數快入金點解未到，睇咗係銀行 batch delay，已經用標準回覆覆咗
        [Eng 11:15] deploy 2.14.3 to prod at 22:00, NRIC/MyKad masking in logs now default on, pls don't paste raw exports into Slack
        [Compliance 11:20] reminder: STR filings go through STROLLS only, jangan forward KYC docs via WhatsApp
        [CS-TW 11:34] 今天 165 轉來三件警示帳戶公文，已照 SOP 回覆並建檔
        [Ops-SG 11:40] Tether Treasury minted again, expect USDT inflow spike tonight, top up hot wallet to 2m
        [CS-KL 12:05] pelanggan tanya kenapa QR tak boleh scan, rupanya guna QR kedai versi 2023, dah bagi link QR baru
        [Finance 14:10] Tan Brothers Motor invoice INV-2025-0992 paid, S$4,860 for servicing the 3 company vans
        [风控-SZ 14:22] 老规矩，截图里的身份证号一律打码成 3101**********0012 这种格式再发群里
        [CS-SG 15:03] someone in the Telegram group impersonating our admin again, pinned the warning and reported the account
        [Eng 16:48] CRC16 on the PayNow QR was wrong in android 5.2.0, hotfix 5.2.1 rolling out to 20% first
    """),
    ("zh-Hans", "合规政策与加密史话"): _lines("""
        2008年10月31日，中本聪发布比特币白皮书《比特币：一种点对点的电子现金系统》。
        2010年5月22日，程序员 Laszlo Hanyecz 用一万枚比特币买了两个披萨，这一天后来被称为“比特币披萨日”。
        2022年5月，Do Kwon 创立的 Terra 生态崩盘，UST 脱锚，LUNA 价格几乎归零。
        2021年9月，中国人民银行等十部门发布通知，明确虚拟货币相关业务活动属于非法金融活动。
        根据《个人信息保护法》第三十八条，向境外提供个人信息须通过安全评估、认证或订立标准合同。
        客户身份资料和交易记录在业务关系结束后应至少保存五年，期满后按规定销毁。
        数据脱敏规则：手机号保留前三后四（如 138****5678），身份证号保留前六后四，银行卡仅保留后四位。
        2014年，Mt. Gox 宣布约 85 万枚比特币丢失，随后在东京申请破产保护。
        2023年11月，赵长鹏在美国认罪并辞去币安首席执行官职务。
        旅行规则要求：单笔超过 1,000 美元的虚拟资产转账，发起方机构须传递汇款人姓名和账户信息。
        操作指南：导出 KYC 数据前须提交工单并经合规负责人审批，文件使用 AES-256 加密，密码通过独立渠道发送。
        香港自2023年6月1日起实施虚拟资产交易平台发牌制度，零售投资者可在持牌平台买卖大型代币。
        常见问题：为什么提现地址要设置白名单？因为地址一旦被篡改资产无法追回，白名单新增地址有 24 小时冷静期。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        kyc_export_2025Q3.csv row 1182: 7731942,LIM WEI QIANG,S8723416I,1987-04-19,+65 9176 2284,lim.weiqiang88@gmail.com,TIER2,APPROVED
        PayNow reference field on incoming S$3,000: Uzc2MzQwOTJHIFNJVEkgTk9SSEFaSUFI - ops please verify before releasing the USDT.
        Etherscan private name tag on 0x3f9a41c07be2d58e19a0f6c3b7d2e4a85c10c21e: Rachel Goh Hui Min, my sister, Blk 115 Jalan Bukit Merah #14-203, stop sending.
        Telegram OTC desk: cash deal at my flat, Tampines St 81, ask for Darren Ong, call eight eight three two, five one oh seven first.
        Bitcoin OP_RETURN found in our deposit: 4d61726375732054616e204b656520486f636b206f776573206d65205347442032306b2c2064756520333120446563
        GrabPay top-up 14/09 23:41 | Visa 4563 8201 7745 3315 exp 08/28 | cardholder JOANNE LEE PEI SHAN | SGD 500.00 | status FAILED_3DS
        Support note: Mrs Kavitha Rajan (uid 5520197) called in tears, her husband Suresh moved their joint savings into LUNA just before his stroke and she cannot find the seed phrase.
        {"event":"ivms101_out","originator":{"name":"Nurul Ain binti Hassan","passport":"A58291736","dob":"1995-08-12","address":"12 Jalan Mawar 3, Taman Sri Andalas, 41200 Klang"},"amount":"2500 USDC"}
        Compliance escalation: FIN G5518302W, construction supervisor on S$3,200 a month, deposited S$48,000 in October with no clear source of funds.
        Seller bio on the P2P board: DM only, j3ssica.ch00 [at] yahoo [dot] com [dot] sg, no calls pls, Jessica
        Dispute D-40317: buyer Kelvin Teo says the Ledger was handed to the guard at Blk 221 Serangoon Ave 4 #11-56 where he lives with his mum.
        Scanned top-up QR: 00020101021226380009SG.PAYNOW010100211+6583107742030115204000053037025406150.005802SG5912TAN MEI LING6009Singapore6304319A
        Withdrawal W-88120 memo field reads: 2087 6219 56+ ,naY iaK gnauH ecyrB ot dnes
        Whale-alert follower @ahbeng_trades is Jonathan Koh Wen Jie, born 3 March 1991, who posted his Ledger receive address and his Yishun HDB block on Facebook.
    """),
    "zh-Hans": _lines("""
        KYC导出：88301245,王丽娟,440304198805172636,13917264805,深圳市福田区福华路88号星河苑2栋1502,已认证
        USDT场外转账附言：“货款已付，有事打一五八二一零三七六九四找刘姐”
        链上备注：赵晓明 wx: zhao_xm1992 身份证 110105197602140479 收到后请加我微信确认
        钱包地址标签：我表哥刘建国，在武汉欠了网贷十八万还没还，千万别再借他U
        客服记录：用户张海燕（UID 60218843）因乳腺癌化疗住院，无法完成人脸识别，申请延期提现。
        充值订单备注字段：MzEwMTE1MTk5MjA5MDMxMjgzIOWRqA==，客服请核对是否为本人后再放币。
        {"order_id":"C2C-20251108-7731","buyer_real_name":"陈志强","bank_card":"6222 0216 0301 8847 517","bank":"工商银行深圳福田支行"}
        收款码备注：李春梅 手机１３６ ８８０２ ５５１７ 地址杭州市西湖区文三路１２８号３幢１０２室
        冷钱包快递收件人黄德明，上海市浦东新区张杨路1588弄7号1203室，备注“别打电话，我老婆不知道我炒币”
        群公告：前管理员“老K”本名孙凯，1985年生，厦门人，上月因帮信罪被思明区公安刑事拘留，大家注意资金安全。
        矿池子账户 worker 名称：qq2847301956_yangfan_19960411_gpu3
    """),
    "zh-Hant": _lines("""
        轉數快收款備註：K385207(5) 陳嘉欣 十月租金，請勿退回
        幣託買幣轉帳備註：林雅婷 A228135741 LINE ID yating_0917 有問題加我
        OTC交收：何先生 九三七一 二六五八，旺角朗豪坊門口，帶現金四十萬港幣
        澳門錢包實名資料：梁志偉，澳門居民身份證 1357924(6)，住址黑沙環新街祐漢新邨第三座12樓F
        街口支付轉帳備註：MDkyOC02MTMtNTA0 媽媽收到請回撥
        客服紀錄：吳淑芬女士表示正與前夫蔡宏明進行離婚訴訟，要求凍結其名下帳戶內的 3.2 顆 BTC。
        區塊鏈瀏覽器標記 Input Data：0xe9bb83e7be8ee78eb22039343732203138333620e8a780e5a198
        MAX 交易所出金帳號：中國信託 822-5401-2873-6615，戶名許志豪，薪轉戶
        錢包標籤：女兒何思穎零用錢 USDT，聖保羅男女中學中三C班，每月一號自動轉
        KYC 匯出：email=kwok.siuming1978@gmail.com｜出生日期 1978/06/21｜職業 的士司機｜月入 HK$28,000
    """),
    "ms": _lines("""
        Rujukan DuitNow: 880315-14-5273 Ahmad Faiz bin Rahman bayar hutang USDT bulan lepas
        Nota dompet: hubungi Kak Yati di kosong satu tujuh, dua tiga lapan, empat satu sembilan enam sebelum hantar
        Alamat penghantaran dompet perkakasan: Noraini Abdullah, No. 23, Jalan Cempaka 7, Taman Desa Jaya, 81100 Johor Bahru, tinggal dengan jiran jika tiada orang
        Tiket sokongan: Encik Rosli bin Osman (ID pengguna 4419203) minta tangguh KYC kerana baru keluar wad selepas pembedahan pintasan jantung di IJN.
        eKYC_eksport.csv: 10233,NUR SYAFIQAH BINTI MOHD ZAKI,950812-10-6138,syafiqah.mz95@gmail.com,0193827461,LULUS
        Memo TNG eWallet "MDEwMjI0LTA3LTA0NTE=" pelanggan minta semak kenapa akaun dibekukan
        Label dompet: duit zakat untuk Pak Cik Hamid jiran sebelah, No. 14 Lorong Seri Impian 2, anak dia OKU dan isteri baru meninggal
        Nota P2P: pembeli Tan Kok Leong bawa Myvi putih plat WXY 4821, lari tanpa bayar RM3,200 di Puchong
        Akaun penerima Maybank 1642 8830 9157 atas nama Mohd Hafiz bin Ismail, slip gaji RM4,850 sebulan dilampirkan untuk naik had
    """),
    "mixed": _lines("""
        Wallet label: Ah Ma 的养老钱 - 陈秀英, Blk 56 Marine Terrace #05-12, don't touch unless hospital bill
        selfie_reject.log 2025-10-14T09:12:33+08:00 uid=3318205 name="LOW KAR MUN 刘嘉雯" mykad=790506-01-5527 reason=GLARE retry=2
        {"memo_hex":"2b363031322d3733382034363231","note":"buyer contact, WhatsApp only, nama Zul"}
        OCR dari screenshot chat: bro my IC T0258817F, tolong verify cepat sikit, nak withdraw before CNY
        FPS QR 解碼：00020101021226330012hk.com.hkicl0313+852-6281409752040000530334454073800.005802HK5915CHEUNG WING SZE6002HK63049DF3
        OTC buyer 刘芳 passed ID 420106200107303529, 武汉大学大三学生, says her dad doesn't know she is selling USDT
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant for a Singapore crypto exchange's customers."),
        ("user", "How do I add a private label to a withdrawal address so I don't mix them up?"),
        (
            "assistant",
            "Go to Wallet > Address Book, tap the address and choose Edit Label. Labels are only visible to you.",
        ),
        (
            "user",
            "Ok. Can you write the label for me? It's my mum's wallet, Tan Geok Lian, NRIC S9012785C, she stays with us at Blk 302 Hougang Ave 5 #07-88.",
        ),
        (
            "assistant",
            "I'd suggest a short label like 'Mum - cold wallet' instead of her NRIC and address, since labels can end up in exports and screenshots.",
        ),
    ],
    [
        ("system", "你是一个数字资产交易平台的客服助手。"),
        ("user", "C2C交易后银行卡被冻结了，一般要多久才能解冻？"),
        (
            "assistant",
            "一般需要联系冻结机关说明资金来源，时间从几周到几个月不等，建议保留完整交易记录。",
        ),
        (
            "user",
            "我叫冯建华，手机18623105947，被冻结的是建设银行尾号3381的卡，帮我写一份情况说明吧。",
        ),
        (
            "assistant",
            "好的，冯先生，我先帮您列出情况说明的框架：交易时间、对手方、金额、资金来源证明。",
        ),
    ],
    [
        ("system", "你是一個協助用戶處理加密貨幣糾紛的助手。"),
        (
            "user",
            "我姐夫鄭國樑去年向我借了 5 顆 ETH，說要還卡數，現在他肝硬化住在瑪麗醫院，我還可以追討嗎？",
        ),
        (
            "assistant",
            "借貸關係與對方健康狀況無關，你仍可追討，但建議先保留轉帳紀錄和對話截圖，再考慮小額錢債審裁處。",
        ),
        ("user", "他太太說家裡已經沒錢了，我怕追得太緊影響家庭關係。"),
    ],
    [
        ("system", "Anda pembantu untuk pengguna e-dompet di Malaysia."),
        ("user", "Macam mana nak hantar duit guna DuitNow QR kepada mak saya?"),
        (
            "assistant",
            "Buka aplikasi bank atau e-dompet, pilih Imbas, imbas kod QR DuitNow mak anda, masukkan jumlah dan sahkan.",
        ),
        (
            "user",
            "Mak saya tak ada telefon pintar. Boleh saya pos kad prabayar ke rumah dia di No. 8, Jalan Kenanga 4, Taman Melawati, 53100 Kuala Lumpur?",
        ),
        (
            "assistant",
            "Boleh, tetapi lebih selamat jika anda hantar secara berdaftar dan pastikan PIN dihantar berasingan.",
        ),
    ],
    [
        ("system", "You help exchange support staff decode transaction memos."),
        (
            "user",
            "A deposit came in with memo bGltLndlaXFpYW5nODhAZ21haWwuY29t and a second one with OTE3NiAyMjg0. What are they?",
        ),
        (
            "assistant",
            "Decoded, the first is the e-mail lim.weiqiang88@gmail.com and the second is the number 9176 2284, so the sender put his own contact details in the memo.",
        ),
        ("user", "Thanks, I'll match them against the KYC record."),
    ],
    [
        ("system", "You are an assistant for a fintech company's internal HR and finance team."),
        ("user", "Eh can help me draft a memo about corporate card misuse? Keep it general ah."),
        (
            "assistant",
            "Sure. I'll draft a general reminder that corporate cards cannot be used for personal crypto purchases.",
        ),
        (
            "user",
            "Actually is about Priya Nair from our finance team, she been buying memecoins on the company Amex, I think she got gambling problem, her husband also called HR last week.",
        ),
        (
            "assistant",
            "I can help you write a neutral, factual note for HR, but details about her personal situation should only go to the people handling the case.",
        ),
    ],
    [
        ("system", "你是一个帮助用户撰写投诉信的助手。"),
        ("user", "帮我写一封投诉信，投诉某交易所无理冻结我的账户。"),
        ("assistant", "好的，请提供账户UID、冻结时间和平台给出的理由。"),
        (
            "user",
            "UID 55820174，11月2日冻结，说是风控。我叫郑文彬，身份证350203198506224199，住厦门市思明区莲前西路188号海韵花园5号楼801。",
        ),
        ("assistant", "已收到，我会在信中用“本人郑文彬”开头，并附上冻结时间和UID。"),
    ],
    [
        ("system", "你是台灣一家虛擬資產平台的客服助理。"),
        (
            "user",
            "我的身分證字號 F133068296，手機 0937-285-146，實名認證一直卡在審核中，可以幫我查嗎？",
        ),
        (
            "assistant",
            "為了您的安全，請不要在對話中提供完整身分證字號，我們會透過 App 內的工單系統協助您查詢。",
        ),
        ("user", "好，那我晚點開工單。"),
    ],
    [
        (
            "system",
            "You are an assistant helping a Hong Kong compliance analyst review KYC exports.",
        ),
        (
            "user",
            "Row 41 of the export looks off: name WONG KA LOK, HKID Y629418(7), address Flat D, 17/F, Block 3, Kornhill, Quarry Bay. Is the HKID format valid?",
        ),
        (
            "assistant",
            "Yes, Y629418(7) has a valid check digit, so the mismatch is more likely in the address or name field.",
        ),
        (
            "user",
            "He also wrote that he is unemployed since August but deposited HK$600k, so I'll flag it.",
        ),
    ],
    [
        ("system", "Anda pembantu untuk mangsa penipuan pelaburan."),
        (
            "user",
            "Jiran saya Puan Salmah, rumah No. 31 Jalan Dahlia 2, Taman Bukit Indah, dia kena tipu skim crypto, hilang RM80 ribu. Suami dia tak tahu lagi.",
        ),
        (
            "assistant",
            "Dia patut segera hubungi NSRC di 997 dan buat laporan polis; bank boleh cuba sekat dana jika dilaporkan cepat.",
        ),
        ("user", "Dia malu nak pergi balai, boleh saya buat laporan bagi pihak dia?"),
        (
            "assistant",
            "Laporan polis biasanya perlu dibuat oleh mangsa sendiri, tetapi anda boleh menemaninya ke balai.",
        ),
    ],
]
