# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix102: e-wallets and cross-border remittances in SG/MY/HK/TW. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix102
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "help_centre"): _lines("""
        How do I top up my GrabPay Wallet? Open the Grab app, tap Wallet, choose Top Up and pick a linked debit card, PayNow or a 7-Eleven counter. Top-ups usually reflect within 5 minutes.
        Why was my wallet temporarily restricted? We may restrict an account when we detect unusual login activity, a chargeback on a linked card, or incomplete identity verification. You can still see your balance but cannot transfer or withdraw.
        Holding limits for personal wallets are set under the Payment Services Act. Check Wallet > Limits in the app for the cap that applies to your account tier.
        To complete eKYC, prepare your original MyKad or passport, stand in a well-lit area and make sure the photo page has no glare. Photocopies and screenshots will be rejected.
        Refunds for a cancelled ride or order go back to the original payment method. Card refunds can take 5 to 14 working days depending on your issuing bank.
        Received money you don't recognise? Do not transfer it back yourself. Go to Help Centre > Report a Problem so we can trace the sender's transaction.
        Your transaction ID starts with "A-" followed by 12 letters and digits, e.g. A-7KQ2M8XR4PLN. Include it when you report a failed payment.
        What happens to my balance if I delete the app? The balance stays with your account; log in again with the same mobile number to see it.
        Remittances to the Philippines via GCash usually arrive within minutes; deposits to BDO or BPI can take up to 1 business day. The receiver's name must match the bank record exactly.
        We will never ask for your OTP, PIN or full card number by phone, SMS or WhatsApp. If someone does, hang up and call the ScamShield Helpline at 1799.
        Dispute window: you can raise a dispute within 60 days of the transaction date. After that, please contact your card issuer directly.
        Can I top up with someone else's card? No. Cards must be registered in the same name as the verified wallet holder; third-party cards are declined.
        Top-up from card ending •••• 0000 failed: "Do not honour (05)". Try another card or contact your issuer.
    """),
    ("zh-Hant", "app_notice"): _lines("""
        【AlipayHK 系統維護通知】本公司將於2024年11月17日（星期日）凌晨2:00至5:00進行系統升級，期間增值、轉數快轉賬及跨境匯款服務將暫停，不便之處，敬請見諒。
        由2025年1月1日起，未完成實名認證之帳戶每月消費上限將作出調整，詳情請參閱《用戶服務協議》第7.2條。
        八達通App用戶注意：經「轉數快」增值嘅款項一般即時到賬；如15分鐘後仍未顯示，請勿重複增值，並致電客戶服務熱線2266 2222查詢。
        【LINE Pay Money 提醒您】詐騙集團常假冒客服要求您操作ATM或提供驗證碼，如有疑問請撥打165反詐騙諮詢專線。
        帳戶升級後即可使用轉帳及提領功能，各類帳戶之交易限額請以App內「帳戶等級」頁面公告為準。
        溫馨提示：轉賬備註欄請勿填寫身份證號碼、密碼或一次性驗證碼等敏感資料。
        跨境匯款至內地：收款人須為已完成實名認證之支付寶（中國內地）用戶，匯率每日更新，交易一經確認不可撤回。
        爭議交易申請表（空白範本）：申請人姓名：＿＿＿＿　聯絡電話：＿＿＿＿　交易參考編號：＿＿＿＿　爭議原因：□未經授權 □重複扣款 □未收到貨品
        【街口支付】本次活動回饋之街口幣將於2024/12/15前入帳，回饋上限每月NT$200，詳見活動辦法。
        消費券常見問題：已登記之儲值支付工具不可更改；如帳戶遭凍結，請直接聯絡營運商客戶服務。
        本行轉數快系統將於12月31日晚上11時至翌日凌晨1時暫停服務，期間FPS識別碼登記及修改服務將不適用。
        親愛的用戶：您的帳戶已於今日完成實名升級，如非本人操作，請立即透過App內「幫助中心」凍結帳戶。
        交易紀錄匯出欄位說明：交易時間｜交易類型｜金額（HKD）｜參考編號（例：2024111721001004330512345678）｜狀態
    """),
    ("zh-Hans", "news_policy"): _lines("""
        新加坡金融管理局表示，数码支付令牌服务提供商须遵守《支付服务法令》下的反洗钱及反恐融资规定。
        马来西亚国家银行提醒公众，只应在获准的电子货币发行商开设电子钱包，完整名单可在国行官网查询。
        支付宝于2004年推出，AlipayHK则由蚂蚁集团与长江和记实业合资经营，2017年在香港上线。
        Grab由陈炳耀（Anthony Tan）与陈慧玲于2012年在吉隆坡创办，前身为叫车应用MyTeksi。
        跨境汇款小贴士：比较汇率时要看“到手金额”，不能只看手续费；部分柜台的汇率加价可达2%。
        大马政府2023年推出e-Madani计划，符合资格的国民可通过电子钱包领取100令吉。
        警方提醒：近期有骗子冒充电子钱包客服，以“账户异常需要解冻”为由，诱导受害者把钱转到所谓的“安全账户”。
        新加坡ScamShield反诈骗热线1799全天候运作，公众可来电咨询可疑短信或来电。
        国际汇款常用的SWIFT代码如马来亚银行MBBEMYKL、星展银行DBSSSGSG、汇丰香港HSBCHKHH，这些是银行代码，不是个人账号。
        中国人民银行规定，个人银行账户分为I类、II类、III类，不同类别账户的余额及支付限额各不相同。
        外籍劳工汇款高峰通常出现在开斋节和农历新年前，多家汇款公司届时会延长营业时间。
        本报记者周日走访小印度一带的汇款柜台，发现下午排队人潮最多，部分柜台须等候一个小时以上。
        微信支付由腾讯推出，2014年春节的“抢红包”活动被普遍认为推动了移动支付的普及。
    """),
    ("ms", "notis_bantuan"): _lines("""
        Untuk tambah nilai Touch 'n Go eWallet, pilih "Reload" dan gunakan perbankan dalam talian (FPX), kad debit atau tunai di kaunter rakan seperti 7-Eleven.
        Akaun anda akan disekat sementara jika pengesahan eKYC gagal tiga kali berturut-turut. Sila cuba semula selepas 24 jam.
        Bank Negara Malaysia mengingatkan orang ramai supaya tidak berkongsi kod TAC atau OTP dengan sesiapa, termasuk individu yang mengaku sebagai pegawai bank.
        Hubungi Pusat Respons Scam Kebangsaan (NSRC) di talian 997 dengan segera jika anda terpedaya dan telah membuat pemindahan wang.
        Had baki dompet bagi akaun yang belum disahkan adalah lebih rendah; lengkapkan pengesahan identiti untuk menikmati had yang lebih tinggi.
        Borang Pertikaian Transaksi: Nama Penuh (seperti dalam MyKad): ________ No. Telefon: ________ ID Transaksi: ________ Amaun (RM): ________
        Pemindahan DuitNow boleh dibuat menggunakan nombor telefon bimbit, nombor MyKad atau nombor pendaftaran perniagaan sebagai ID proksi.
        Kiriman wang ke Indonesia melalui kaunter Merchantrade lazimnya sedia untuk pengambilan tunai dalam masa 15 minit.
        Penyelenggaraan sistem dijadualkan pada 23 Mac 2025, 1:00 pagi hingga 4:00 pagi. Transaksi GO+ dan tambah nilai tidak dapat dibuat dalam tempoh ini.
        Program e-Tunai Rakyat pada tahun 2020 memberikan RM30 kepada rakyat Malaysia yang layak melalui Boost, GrabPay atau Touch 'n Go eWallet.
        Contoh nombor rujukan transaksi: 20250112TNGOW3MY0000481726. Nombor ini bukan nombor akaun dan tidak boleh digunakan untuk pemindahan.
        Jangan klik pautan dalam SMS yang mendakwa akaun eWallet anda "dibekukan". Log masuk hanya melalui aplikasi rasmi.
        Kaunter khidmat pelanggan di KL Sentral dibuka setiap hari dari 10 pagi hingga 7 malam, kecuali pada cuti umum.
    """),
    ("mixed", "group_chat"): _lines("""
        eh anyone know GrabPay top up using Amex still got fee or not? last time kena 3% leh
        TNG eKYC fail again lah, the selfie part keep saying "face not detected" 😤 macam mana ni
        你哋用AlipayHK定PayMe交租多？我覺得轉數快最方便，唔使手續費
        guys don't click that SMS saying your Touch n Go akaun dibekukan, confirm scam one, office IT already warn us
        想問下 Wise 匯錢返大馬同 Western Union 邊個 rate 好啲? 每個月寄 HKD3000 左右
        今天 LINE Pay 好像掛了，一直刷不過，7-11店員說全台都一樣
        boss say this month salary delay 2 days because bank system upgrade, so dont panic ah
        wah the remittance counters at Lucky Plaza queue until outside, sunday confirm jam one
        請問有人用過街口轉帳到郵局嗎？要多久才入帳？
        ShopeePay cashback this week only 5%, not worth la, better use Boost for petrol
        差佬講轉數快轉咗就唔可以撤回，所以轉之前一定要 check 清楚收款人個名
        anyone kena the new rule? GrabPay say need to re-verify with passport la, NRIC photo not enough
        大家小心，有個 group 話可以幫你「解凍」Alipay account 收手續費，百分百係呃人
    """),
    ("en", "ops_log"): _lines("""
        2025-01-12T03:14:07Z WARN wallet-svc topup_id=TU20250112031407K8Q4 status=PENDING_BANK retry=2 channel=FPX bank_code=MBB0228
        ERROR kyc-worker job=ekyc-batch-0931 reason=DOC_GLARE confidence=0.41 region=MY model=docscan-v3.2.1
        SELECT txn_ref, amount_minor, currency, status FROM remittance_txn WHERE status = 'HELD_AML' AND created_at >= NOW() - INTERVAL '7 days';
        limits: { unverified: { balance_cap_sgd: 1000, monthly_outflow_sgd: 0 }, verified: { balance_cap_sgd: 5000 } }
        dispute_case DSP-2024-118273 opened reason_code=NOT_RECEIVED amount=HKD 1,280.00 mcc=5732 sla_due=2024-12-09
        NRIC format check: ^[STFGM][0-9]{7}[A-Z]$ (format only; checksum is validated server-side)
        MTCN format: 10 digits. Test fixtures use 0000000000 and must never reach production.
        webhook POST /v2/callbacks/alipayhk payload={"out_trade_no": "HK20241117000193827", "trade_status": "TRADE_SUCCESS", "total_amount": "88.00", "currency": "HKD"}
        FX snapshot 2025-02-03 09:00 SGT: SGD/MYR 3.2915, SGD/PHP 42.87, HKD/IDR 2098.4, TWD/MYR 0.1352
        Release 4.18.2 (build 20250114.3): fix double debit on Touch 'n Go reload retry; bump sdk-kyc to 2.7.0; sha256 9f2c4e1ab7d03e55c8a61f2b0d94e7c3a1b5f6e2d8c07a9b43e1f5d6c2a8b7e0
        alert: chargeback_ratio for merchant MID 000184230019 exceeded 0.9% threshold over 30d window
        Card BIN table: 4 = Visa, 51-55 and 2221-2720 = Mastercard, 62 = UnionPay; full PANs must be tokenised before logging.
        0 2 * * * /opt/recon/run.sh --provider=linepay --region=TW --date=yesterday >> /var/log/recon.log 2>&1
    """),
    ("mixed", "forum_qna"): _lines("""
        [Lowyat] TNG GO+ vs ASNB for emergency fund? Returns both around 3% je, but GO+ can withdraw anytime.
        [HWZ] PSA: check the T&C before topping up big amounts with a credit card, many banks no longer give rewards points for e-wallet top-ups.
        [LIHKG] 八達通 App 用轉數快增值有冇上限？一次過增值 $3,000 就彈 error
        [PTT] 請問 LINE Pay Money 綁定銀行帳戶後，提領到帳要幾天？我用的是國泰世華
        Anyone compared Instarem vs Wise for SGD to INR? Wise fee is transparent but Instarem sometimes better rate above S$2,000.
        [Lowyat] Kalau Boost account kena freeze lepas chargeback, biasanya berapa lama investigation? CS cakap 14 hari bekerja, normal ke?
        香港人用 AlipayHK 喺深圳搭地鐵得唔得？得，直接用乘車碼，會按即時匯率扣港幣。
        [r/singapore] Is it safe to keep more than S$1k in an e-wallet? Remember e-wallet balances are not covered by SDIC deposit insurance.
        馬來西亞 DuitNow QR 同新加坡 PayNow 已經可以互通，跨境掃碼付款方便咗好多。
        [PTT] 五倍券綁街口還是全支付比較划算？看回饋好像都差不多
        Q: Remit from MY to Bangladesh, which counter gives best BDT rate? A: compare the rate boards at a few licensed remittance counters, they change every morning.
        [LIHKG] 點解 PayMe 要開埋 FPS 先至收到其他銀行轉過嚟嘅錢？定係我理解錯
        [HWZ] Do YouTrip balances count towards the e-wallet holding cap? CS reply was very generic la.
    """),
    ("en", "news_public"): _lines("""
        Grab co-founder Anthony Tan started the company as MyTeksi in 2012, building on a business plan he drafted at Harvard Business School.
        Jack Ma founded Alibaba in Hangzhou in 1999; Alipay launched five years later as an escrow service for Taobao buyers.
        In November 2020, Chinese regulators halted Ant Group's planned dual listing in Shanghai and Hong Kong days before its debut.
        Touch 'n Go began as a toll-payment card on Malaysian highways in 1997 and formed an e-wallet joint venture with Ant Group in 2017.
        Singapore's Payment Services Act came into force on 28 January 2020, bringing e-wallets and remittance firms under one licensing regime.
        Hong Kong's Faster Payment System, launched by the HKMA in September 2018, lets users pay using a mobile number, e-mail address or FPS ID.
        Sea Limited, founded by Forrest Li, runs ShopeePay across Southeast Asia alongside its Shopee marketplace.
        Former Bank Negara governor Zeti Akhtar Aziz championed financial inclusion and Islamic finance during her 16 years at the central bank.
        Wise, co-founded by Kristo Käärmann and Taavet Hinrikus, holds a major payment institution licence in Singapore.
        Lu Xun's Ah Q is often invoked in fintech columns to describe investors who declare "spiritual victory" while their money-market fund loses value.
        Tan Tock Seng Hospital now accepts PayNow and NETS at its outpatient pharmacy counters.
        Cafes at Universiti Tunku Abdul Rahman's Kampar campus have switched to DuitNow QR for cashless payments.
        Octopus Cards Limited, which launched the Octopus card in 1997, now lets users top up through the Octopus App using FPS.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        KYC escalation | Customer: TAN WEI LING | NRIC S8834172D | Mobile +65 9172 4308 | Liveness passed but name on NRIC does not match linked DBS card (T W LING). Request manual review.
        Hi, my name is Desmond Pereira, my GrabPay wallet was frozen after I topped up S$400 from my Citi card. Registered number 8336 1975. Please unfreeze, I need it for my daughter's school canteen.
        Remittance slip | Sender: Maria Lourdes Santos | Passport P4827316B | HK mobile 6128 4457 | Receiver: Ricardo Santos, Brgy. San Isidro, Tarlac | Amount HKD 4,500 | Purpose: family support
        Chargeback notice: Visa 4563 0281 7739 0210 charged twice for an AlipayHK top-up of HK$2,000 on 14 Nov; cardholder Kelvin Lau Chi Keung.
        Priya d/o Ramasamy, 34, from Woodlands, called three times about a PayNow transfer of S$1,250 sent to the wrong number; she is on medical leave after surgery and wants a callback after 6pm.
        Please update my PayNow: NRIC T0261953E is now linked to POSB 188-27463-5 instead of OCBC. Thanks, Lim Jia Hui
        Case note: Mr Goh Chee Keong (72) was coached by a caller into moving S$38,000 from his bank to a crypto wallet; his son-in-law made the police report at Bedok NPC on 3 Feb.
        Migrant remittance log: G5571036N | MD RAFIQUL ISLAM | Tuas South dormitory | SGD 600 to Sonali Bank a/c 0103-4427-1186 (Cumilla)
        Kate Whitfield (kate.whitfield.hk@gmail.com) disputes three PayMe payments to a "landlord" totalling HK$27,600; she never received the keys to the Sai Ying Pun flat.
        wallet verification failed: FIN F2209845N, name on pass NGUYEN THI HONG, DOB 14/03/1996, pass type S Pass, employer nail salon in Bugis
        Re: frozen Boost account - hi, this is Jessica Chong, 016-443 9027, my RM2,800 salary was credited to Boost and now cannot withdraw, rent due Friday.
        Card re-delivery address: Blk 418 Hougang Ave 8, #07-112, Singapore 530418 (attn: Muhammad Hafiz bin Rahmat)
    """),
    "zh-Hans": _lines("""
        客户王磊，身份证号440305198809175232，手机138 2647 5190，反映其支付宝（中国内地）账户收到香港转来的HK$12,000后被风控冻结，要求补交资金来源证明。
        李晓燕同学你好，你在马大读研，之前用Touch 'n Go给房东转了RM1,350房租，房东说没收到，请把交易截图和你的护照号E52819364发我核对。
        周建华（159-1883-0274）在新加坡做装修，每月通过汇款柜台寄5000元人民币回莆田，最近因收款人姓名拼音不一致被退回两次。
        退款申请：申请人陈美娟，身份证350203199203044822，银行卡6225 8816 4031 7524（招商银行），申请退回重复扣款的¥2,860。
        黄志明在群里说他的GrabPay被盗刷了S$700，想找人一起去警局报案，他的微信号是 hzm_sg1988。
        护工何秀英（马来西亚籍，在新加坡工作）上周在医院做了胆囊手术，工资一直转进ShopeePay，现在账户被冻结拿不到钱，联系电话 +65 9045 7713。
        收款人：林晓峰 / 开户行：中国银行深圳分行 / 卡号 6217 8560 0001 9482 735 / 用途：归还借款
        投诉记录：用户张丽（手机18620934715）称在吉隆坡用支付宝扫码付款时被商家多收了RM300，要求平台介入。
        新同事郑凯文入职资料：身份证310115198506223017，支付宝账号 zhengkw85@163.com，用于公司差旅报销。
    """),
    "zh-Hant": _lines("""
        【匯款單】匯款人：陳嘉欣　香港身份證：K482913(1)　電話：9371 2846　收款人：陳國華（父，馬來西亞怡保）　金額：HKD 8,000
        劉志強先生：閣下之AlipayHK帳戶（登記手機 +852 6653 0281）因涉嫌收取詐騙款項已被暫停，請於七日內攜同身份證明文件前往本公司客戶服務中心。
        黃美玲話佢阿媽上個月喺九龍城嗰間找換店俾人呃咗三萬蚊，而家佢阿媽連PayMe都唔敢用。
        申請人：林建宏　身分證字號：H140729537　手機：0928-471-306　事由：LINE Pay綁定之信用卡遭盜刷NT$18,600，申請爭議款處理。
        張雅雯的街口帳戶被列為警示帳戶，她說是把帳戶借給男朋友用，男友涉及詐騙案，目前兩人都在地檢署接受調查。
        陳郁婷 chenyuting0312@gmail.com 退款進度：全支付訂單重複扣款兩筆，已於12/3寄出信用卡對帳單影本。
        何詠詩小姐（Y305718(4)）之轉數快識別碼已成功連結至中銀香港戶口 012-875-1-093347-2，如非本人操作請即致電本行。
        收件人：吳俊傑　地址：台北市大安區復興南路一段219巷12號5樓　電話：0975 612 483　品項：一卡通聯名卡補發
        印尼姐姐 Siti Rahayu 喺旺角間匯款舖寄錢返中爪哇，護照號碼 C4419273，佢話僱主扣起咗佢兩個月人工。
        客服備註：用戶關家豪（回鄉證 H12845903）嘗試綁定內地銀行卡失敗，原因：證件已過期，已建議先辦理換證。
        鄭淑芬 身分證 F215930479，LINE Pay帳戶遭人冒名開通，已向新北市政府警察局板橋分局報案。
    """),
    "ms": _lines("""
        Nama: NUR AISYAH BINTI KAMARUDIN / No. MyKad: 950728-14-6082 / Tel: 019-772 3150 / Sebab rayuan: akaun eWallet disekat selepas terima pindahan RM2,000 daripada orang tidak dikenali.
        Encik Saravanan a/l Muthusamy (760921-08-5137) membuat aduan bahawa RM1,500 ditolak dua kali dari akaun Maybank 5140 2266 3187 semasa tambah nilai Touch 'n Go.
        Mohd Firdaus bin Ismail, pemandu e-hailing di Shah Alam, kata duit GrabPay dia RM640 tak masuk bank sejak minggu lepas, dia nak bayar ansuran kereta.
        Salam tuan, saya Kavitha a/p Subramaniam, no tel 012-384 7291, nak tanya kenapa pindahan DuitNow ke ibu saya di Ipoh tak sampai lagi, dia perlukan duit untuk ubat darah tinggi.
        Laporan dalaman: pelanggan Lee Mei Fong (880412-10-5524) mengaku dipaksa bekas suami membuka akaun Boost atas namanya; akaun kini disyaki akaun keldai.
        Tuntutan pemulangan RM89 caj berlebihan tambang LRT - Ahmad Zaki bin Hashim, No. 27, Jalan Raja Muda Musa, Kampung Baru, 50300 Kuala Lumpur.
        Pemenang cabutan bertuah eWallet bulan ini: Nurul Huda binti Abdullah dari Kuala Terengganu, menerima kredit RM500.
        Pekerja Bangladesh Md Shahidul Islam, pasport EB0718264, hantar RM1,200 ke Dhaka melalui kaunter di Jalan Silang tetapi penerima belum dapat tunai.
        Tolong semak akaun GrabPay atas nombor +60 17-625 4408, saya tak boleh login lepas tukar telefon baru.
    """),
    "mixed": _lines("""
        ah girl, pls PayNow me the $45 for the durian party, my number is 9663 2058 hor
        Ah Keat 你個 TNG account unfreeze 未？CS 叫你 upload MyKad 010305-07-0347 前後兩面 again，記得 crop 好啲
        大家好 我係 Winnie 何, 住大埔, 上星期 PayMe 俾人 hack 咗 $6,800, 有冇人知點報警? my number 5406 9913
        Sarah binti Osman owe me RM350 since CNY, dah 3 bulan tak bayar, TNG dia 011-2398 5176, anyone know her pls remind her
        uncle lim from blk 23 Ghim Moh Link #11-205 keep asking me to top up his EZ-Link with GrabPay, he got cataract cannot see the screen
        阿明 (Lau Ka Ming) FPS ID 1683045 收咗我 $2,400 話幫我喺大陸買 iPhone，之後就 block 咗我
        交易對方：Chew Boon Hock / Maybank 1642 3300 5578 / 說好 RM3,000 賣 Coldplay ticket 結果 tak dapat apa-apa
        Mei, your cousin Jason Kwok Wing Hei pinjam my AlipayHK account to receive money from mainland, now kena frozen, tell him call me at 6921 3048
        Kak Ros (Rosnah binti Yusof) dari Klang baru dapat notice akaun dia kena freeze sebab "suspicious inflow", rupanya anak dia guna untuk judi online
        @tehtarik_jess 你個 GrabPay gift card 已經 redeem 咗, pls don't share screenshot anymore, your full card 5399 4617 2208 5315 was visible
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the in-app support assistant for a Singapore e-wallet. Never ask for full card numbers, PINs or OTPs.",
        ),
        (
            "user",
            "hi my grabpay wallet kena restricted after I top up $300 from my new UOB card, cannot pay for food now",
        ),
        (
            "assistant",
            "Sorry about that. Restrictions after a top-up from a new card are usually a fraud check. Could you confirm the full name on the account and the mobile number you registered with?",
        ),
        ("user", "Ong Shi Min, 8821 6640. my NRIC is S9048261J if you need it for the review"),
        (
            "assistant",
            "Thanks, Ms Ong. I've attached your details to a manual review; you should get an SMS at the number ending 6640 within 24 hours.",
        ),
    ],
    [
        ("user", "Assalamualaikum, eKYC saya gagal 4 kali, asyik keluar 'document unclear'"),
        (
            "assistant",
            "Waalaikumsalam. Pastikan anda guna MyKad asal, tiada silau dan keempat-empat bucu kad kelihatan. Jika masih gagal, kami boleh buat semakan manual.",
        ),
        (
            "user",
            "Ok buat manual la. Nama Muhammad Haziq bin Rosli, IC 030817-13-0569, tel 013-880 6415. Saya student UNIMAS, elaun part-time saya masuk TNG ni",
        ),
        (
            "assistant",
            "Terima kasih Encik Haziq. Permohonan semakan manual telah dihantar dan keputusan akan dimaklumkan dalam 3 hari bekerja.",
        ),
    ],
    [
        ("system", "你係一個香港儲值支付工具嘅客服助理，用廣東話回答。"),
        ("user", "我張信用卡俾人喺AlipayHK碌咗兩次 $1,980，我冇買過嘢"),
        (
            "assistant",
            "唔好意思帶嚟不便。請提供交易參考編號同埋你登記嘅全名，我哋會幫你開爭議個案。",
        ),
        (
            "user",
            "鄭慧敏，身份證 P627104(2)，參考編號 2024111721001004330598765432，張卡係 5264 1903 5580 2777",
        ),
        (
            "assistant",
            "多謝鄭小姐。為保障你嘅資料，之後請唔好喺對話度輸入完整卡號。個案已經開立，7個工作天內會有回覆。",
        ),
    ],
    [
        ("user", "我剛剛接到自稱LINE Pay客服的電話，說我的帳戶被設定成分期付款，要我去ATM解除"),
        (
            "assistant",
            "這是常見的詐騙手法，LINE Pay不會要求您操作ATM。請勿依指示操作，並撥打165反詐騙專線。請問您有轉出任何款項嗎？",
        ),
        (
            "user",
            "有，我轉了兩筆共NT$49,985到對方給的帳號。我叫林冠宇，身分證B188402762，電話0933-208-117，請幫我凍結",
        ),
        (
            "assistant",
            "林先生，請立即致電您的銀行並到警局報案，我們已記錄您的資料並通報風控單位。",
        ),
    ],
    [
        ("system", "Assistant for a licensed remittance counter in Little India, Singapore."),
        ("user", "i want send money to my wife in Chittagong, bKash. how much fee for SGD 500?"),
        (
            "assistant",
            "For SGD 500 to bKash the fee is SGD 5 and today's rate is on the board. I will need your work permit FIN and the receiver's bKash number.",
        ),
        (
            "user",
            "FIN G8316420X, name Abdul Karim Mollah. wife name Rupa Akter, bKash 01712-483906",
        ),
        ("assistant", "Thank you. Please check the details on the slip before you sign."),
    ],
    [
        ("user", "我在新加坡读书，想用支付宝给国内爸妈转钱，需要什么条件？"),
        (
            "assistant",
            "一般需要支付宝账户完成实名认证并绑定内地银行卡；跨境汇款则需要通过持牌汇款机构办理。",
        ),
        (
            "user",
            "我叫赵子轩，身份证445281199101156335，我爸在普宁开店，最近他的账户因为收了我换汇转过去的钱被限制了，怎么办",
        ),
        (
            "assistant",
            "赵先生，建议您父亲携带身份证到开户行说明资金来源，同时保留您的汇款凭证备查。",
        ),
    ],
    [
        ("user", "how to set daily transfer limit on PayLah for elderly parent ah?"),
        (
            "assistant",
            "Most wallets let you lower the daily transfer limit under Settings > Limits, and you can also turn off transfers to new recipients.",
        ),
        (
            "user",
            "ok because my mum Koh Siew Eng, 81, got early dementia, last week someone called her and she transferred $4,200 out from her PayLah",
        ),
        (
            "assistant",
            "I'm sorry to hear that. Please report it to the police and call the bank's fraud hotline immediately so they can try to recall the funds.",
        ),
        (
            "user",
            "already made police report at Ang Mo Kio NPC. her handphone is 8734 1926, can the bank block all transfers from that number?",
        ),
    ],
    [
        (
            "user",
            "Can you help me write a dispute letter to my bank about a Touch 'n Go reload that was charged twice?",
        ),
        ("assistant", "Sure. Please give me the date, the amounts, and how you'd like to sign it."),
        (
            "user",
            "Rachel Menon, 2 reloads of RM250 on 5 Jan, card 4147 0902 3918 4689, address 15 Jalan SS 2/64, 47300 Petaling Jaya",
        ),
        (
            "assistant",
            "Dear Sir/Madam, I, Rachel Menon, wish to dispute a duplicate charge of RM250 made on 5 January to my card ending 4689 for a Touch 'n Go reload. Yours faithfully, Rachel Menon, 15 Jalan SS 2/64, 47300 Petaling Jaya.",
        ),
    ],
    [
        ("user", "hi, my boost account hilang after I change phone, cannot login"),
        ("assistant", "Boleh bagi nombor telefon dan e-mel yang didaftarkan?"),
        ("user", "018-226 7340, email amirul.hakim93@yahoo.com"),
        ("assistant", "Terima kasih. Pautan set semula telah dihantar ke e-mel anda."),
    ],
    [
        ("user", "點樣幫外傭開 e-wallet 收人工？"),
        (
            "assistant",
            "好多儲值支付工具都接受外傭用香港身份證開戶，實名認證時英文姓名要同身份證完全一樣。",
        ),
        (
            "user",
            "我工人叫 Dewi Anggraini，身份證 R913452(1)，佢想用 AlipayHK 寄錢返印尼，但實名認證一直 fail，佢電話 5917 3628",
        ),
        (
            "assistant",
            "可以叫 Dewi 檢查 App 入面嘅姓名有冇多咗空格，再喺光線充足嘅地方重新影身份證。",
        ),
    ],
]
