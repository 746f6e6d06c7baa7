# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat168: chats with an assistant about one's own crypto and online-investment losses (scam platforms, exchanges freezing accounts, borrowed money, police reports, telling a spouse, recovery scams). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat168
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "anti_scam_notices"): _lines("""
        SCAM ALERT: MAS will never ask you to move funds to a 'safe account'. Check any trading platform against the MAS Investor Alert List at www.mas.gov.sg before you invest.
        Suspect a scam? Call the ScamShield Helpline at 1799 (24/7) or visit www.scamshield.gov.sg. For urgent police assistance dial 999; for non-urgent tips call 1800-255-0000.
        Malaysia: lost money to an online transfer scam? Call the National Scam Response Centre at 997 immediately so the receiving bank can trace and hold the funds.
        Hong Kong Police Anti-Deception Coordination Centre hotline 18222 is staffed 24 hours. Use Scameter on the CyberDefender website to check suspicious numbers, URLs and wallet addresses.
        Recovery scam warning: no legitimate law firm, hacker or 'blockchain forensic agency' can guarantee the return of lost crypto in exchange for an upfront fee paid in USDT.
        In Taiwan, call 165 for the National Police Agency anti-fraud consultation line; the 165 website publishes weekly lists of reported fake investment sites and LINE accounts.
        Macau Judiciary Police Anti-Fraud Coordination Centre: hotline 8800 7777, open 24 hours. Victims of online investment fraud should bring transfer records when reporting in person.
        Binance, Bybit and OKX support staff will never DM you first on Telegram. Verify any channel with the exchange's own Official Verification tool before replying.
        Red flags checklist: guaranteed daily returns above 1%, a withdrawal 'tax' or 'unlock fee', mentors in WhatsApp groups, pressure to borrow, apps installed from outside the App Store.
        Community talk 'Crypto Scams and You', Saturday 16 Jan 2027, 2:00-4:00pm, Tampines Regional Library, Level 3 Programme Zone. Free admission, no registration needed.
        Ponzi schemes are named after Charles Ponzi, who in 1920 promised Boston investors a 50% return in 45 days using international postal reply coupons.
        SC Malaysia's Investor Alert List is updated regularly. Report unlicensed platforms to aduan@seccom.com.my or call the SC Consumer & Investor Office at 03-6204 8999.
        Zeke Faux's 'Number Go Up' traces the money trail of pig-butchering compounds in Cambodia; our book club discusses it on the last Thursday of the month at 7:30pm.
    """),
    ("en", "config_and_logs"): _lines("""
        2026-12-03T08:14:22Z INFO withdraw-svc batch=WB-88213 chain=TRON queued=412 ok=409 retry=3 p95_latency=812ms node=sg-prod-04
        risk.rules.R117 = { name = "p2p_inflow_velocity", window = "24h", max_counterparties = 15, action = "freeze_withdrawal", queue = "aml-l2" }
        USDT_CONTRACTS = {"ERC20": "0xdAC17F958D2ee523a2206206994597C13D831ec7", "TRC20": "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"}
        Bitcoin genesis block hash 000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f, mined 2009-01-03 18:15:05 UTC by Satoshi Nakamoto.
        2026-12-03 09:02:51,337 WARN [kyc-gateway] vendor=onfido timeout after 30000ms, circuit=OPEN, fallback=manual_review, region=ap-southeast-1
        SMTP_FROM=no-reply@example-exchange.com SUPPORT_EMAIL=support@example.com ALERT_WEBHOOK=https://hooks.example.com/services/T000/B000/XXXX
        def mask_phone(p: str) -> str: return p[:3] + '****' + p[-4:] if len(p) >= 8 else '****'  # used in ticket exports, see SEC-214
        ERROR 2026-12-04 02:17:09 chain-watcher tx=3b9e0f4c7a21d58e6f0b2c94a7d1e385f60c2b9a4e7d13f8c5a0b6e29d47f1c8 status=REVERTED gas_used=21000 block=21874512
        v4.18.2 (build 20261201.3) - fixed: whitelist 24h cooldown not applied after 2FA reset; changed: default slippage 0.5%; removed: legacy /v1/otc endpoints
        case_id,report_date,channel,platform_name,platform_domain,asset,chain,amount_usd,freeze_status,assigned_team,last_updated
        curl -X GET 'https://api.example-exchange.com/v3/withdrawals?status=PENDING&limit=50' -H 'X-API-KEY: YOUR_API_KEY_HERE'
        ALTER TABLE fraud_reports ADD COLUMN recovery_contact_flag BOOLEAN NOT NULL DEFAULT FALSE; -- migration 0042, ticket OPS-3318
        GET /api/v1/alert-list/check?domain=bitvantage-pro.io HTTP/1.1 200 512 rt=0.041 upstream=10.20.3.17:8080 cache=HIT list_version=2026.12.02
    """),
    ("zh-Hans", "exchange_help_center_faq"): _lines("""
        问：为什么我的账户被限制提现？答：当系统检测到资金来源存在风险（如涉诈资金、异常P2P交易）时，会临时冻结提现功能，请在“帮助中心-工单”提交资金来源证明。
        问：冻结后多久能解除？答：一般在提交完整材料后3至7个工作日内完成审核；若涉及司法机关协查，需等待相关机关出具解冻通知，平台无权自行解除。
        官方客服只通过App内“在线客服”和邮箱 support@example-exchange.com 联系用户，不会通过微信、QQ或电话要求您转账、提供验证码或下载屏幕共享软件。
        提示：任何自称“平台风控专员”要求缴纳“解冻保证金”“个人所得税”“通道费”的，均为诈骗。如遇此类情况，请拨打96110或登录国家反诈中心App举报。
        问：P2P买币后收到银行冻结通知怎么办？答：请保留订单号、付款截图及聊天记录，联系开户行了解冻结原因，并可向作出冻结决定的机关书面申请说明情况。
        充值未到账排查步骤：①确认链类型（TRC20/ERC20）；②在区块浏览器查询交易哈希及确认数；③核对充值地址与Memo；④超过2小时仍未到账请提交工单。
        工单状态说明：待处理（0-24小时）、审核中（1-5个工作日）、需补充材料（请在7日内回复）、已关闭（超时未回复将自动关闭，可重新提交）。
        风险提示：数字资产价格波动剧烈，合约交易最高杠杆125倍，可能在极短时间内导致本金全部损失，请根据自身风险承受能力谨慎参与，切勿借贷投资。
        问：如何识别假冒App？答：请只从官网或官方应用商店下载，安装包SHA-256校验值以官网公布为准，当前安卓版本 v6.12.0（build 61200），iOS版本 v6.12.1。
        根据中国人民银行等十部门《关于进一步防范和处置虚拟货币交易炒作风险的通知》（银发〔2021〕237号），虚拟货币相关业务活动属于非法金融活动，不受法律保护。
        问：被诈骗后能否通过平台追回资金？答：平台仅能配合公安机关冻结尚在本平台的涉案资产，无法承诺追回，请警惕自称可以“黑客追回”“律师包追回”的第三方。
        安全中心升级公告：自2026年12月15日起，新增提现白名单地址需等待24小时生效，修改资金密码或更换绑定手机后48小时内暂停提现，以保障资产安全。
        问：账户被冻结期间可以注销吗？答：冻结期间无法注销账户，待风控审核结束或司法冻结解除后，可在“设置-账户安全-注销账户”中提交申请。
    """),
    ("zh-Hans", "business_reviews"): _lines("""
        ★★★★☆ 北京一家律所的线上咨询200元/30分钟，律师很专业，直接告诉我虚拟币纠纷立案难、追回概率低，没有忽悠我签大额风险代理，这点值得肯定。
        ★☆☆☆☆ 所谓“链上追踪工作室”先收了8800元“取证费”，出了一份模板化报告就失联了，大家千万别信，这种就是针对受害人的二次诈骗。
        ★★★★★ 招商银行深圳分行营业部柜台处理涉诈冻结咨询解释得很清楚，排队大约40分钟，带身份证和银行流水就行，工作人员态度很好，还给了书面告知。
        ★★★☆☆ 这家区块链司法鉴定机构出报告需要15个工作日，收费3000元起，报告格式规范但价格偏高，比较适合已经立案、需要补充证据的情况。
        ★★☆☆☆ “数字资产维权中心”公众号天天推送所谓成功案例，咨询后就让先交会员费1980元，营业执照上的经营范围只有“信息咨询”，感觉很不靠谱。
        ★★★★★ 上海市浦东新区人民法院诉讼服务中心网上立案指引很清晰，12368热线工作时间都有人接听，小额借贷纠纷按指引准备材料基本一次过。
        ★☆☆☆☆ 在某电商平台买的“冷钱包”到手包装已被拆过，助记词卡片是预先印好的，客服还不承认，建议硬件钱包只在Ledger、Trezor官方渠道购买。
        ★★★★☆ 心理咨询中心开的“投资失利情绪支持”团体课，每周六下午两点，每次120元，带领老师专业，氛围安全，不需要讲具体亏损金额。
        ★★★★★ 广州市南方公证处办理电子数据保全公证，微信聊天记录和转账截图可以一起做，按页数收费，当天大约两小时完成，流程比想象中快。
        ★★☆☆☆ 某“债务优化”公司宣称能帮信用卡停息挂账，签约前要先交服务费5000元，合同条款含糊，后来一查已被市场监管局列入经营异常名录。
        ★★★☆☆ 书店投资区把宋鸿兵的《货币战争》和赛费迪安·阿莫斯的《比特币标准》摆在一起当畅销书推，个人觉得两本观点都偏激，新手别当成投资指南看。
        ★★★★☆ 深圳市民中心的反诈宣传展开到12月31日，免费参观，有模拟诈骗电话体验区和“杀猪盘”话术展板，适合周末带父母一起去看看。
        ★★★★★ 这家社区银行网点的理财经理没有推荐任何虚拟币相关产品，还主动提醒近期冒充客服和“刷单返利”诈骗很多，服务点赞，大堂排队也不长。
    """),
    ("zh-Hant", "news_public_figures"): _lines("""
        美國聯邦法院於2024年3月判處FTX創辦人 Sam Bankman-Fried 監禁25年，他早前被陪審團裁定挪用客戶資金等七項欺詐及串謀罪名成立。
        幣安創辦人趙長鵬（CZ）於2024年4月因未有維持有效的反洗錢制度被美國西雅圖聯邦法院判監4個月，他在2023年11月認罪時已辭去行政總裁一職。
        Terraform Labs 共同創辦人權道亨（Do Kwon）於2024年12月底由黑山共和國被引渡至美國，在紐約面對證券欺詐及電匯欺詐等多項控罪。
        香港證監會自2023年6月1日起實施虛擬資產交易平台發牌制度，行政總裁梁鳳儀多次在公開場合提醒投資者只應使用持牌平台進行交易。
        JPEX事件曝光後，警方由2023年9月起陸續拘捕多人，報案者逾2,000人，涉款約16億港元，證監會已將該平台列入可疑虛擬資產交易平台名單。
        財經事務及庫務局局長許正宇表示，《穩定幣條例》於2025年8月1日生效後，在香港發行錨定港元的穩定幣必須向金管局申領牌照。
        1720年英國南海泡沫中，牛頓據說損失約兩萬英鎊，並留下「我能計算天體的運行，卻無法計算人性的瘋狂」一語，至今常被財經專欄引用。
        1637年荷蘭鬱金香狂熱期間，據載一個「永遠的奧古斯都」球莖售價高達數千荷蘭盾，足以在阿姆斯特丹購買一間運河旁的房屋，其後價格在數週內崩潰。
        2014年2月，當時全球最大的比特幣交易所 Mt. Gox 申請破產保護，行政總裁 Mark Karpelès 表示約85萬枚比特幣下落不明。
        澳門司法警察局反詐騙協調中心公布，今年首三季網上投資詐騙案按年上升，呼籲市民遇到可疑投資群組時先致電8800 7777查詢。
        內政部警政署165全民防騙網每週公布高風險賣場及假投資網站名單，民眾可於網站輸入可疑 LINE ID 或網址查詢是否曾被通報。
        美國證交會前主席 Gary Gensler 任內多次表示大部分加密貨幣屬於證券，他於2025年1月20日卸任，由 Paul Atkins 接任主席。
        香港金融管理局總裁余偉文任內推動「數碼港元」先導計劃，金管局亦多次發出新聞稿，提醒市民提防冒充銀行職員或以「高息穩定幣存款」作招徠的投資騙局。
    """),
    ("zh-Hant", "regulations"): _lines("""
        《證券及期貨條例》（第571章）第114條規定，任何人未獲發牌不得經營受規管活動業務，經公訴程序定罪最高可處罰款500萬港元及監禁7年。
        根據《打擊洗錢及恐怖分子資金籌集條例》（第615章）第5B部，在香港經營虛擬資產交易所或向香港投資者積極推廣，須先向證監會申領牌照。
        2024年修正之《洗錢防制法》規定，無正當理由將帳戶或虛擬資產帳號交付、提供予他人使用，經警察機關裁處告誡後五年內再犯者，可處刑罰。
        《詐欺犯罪危害防制條例》於2024年7月31日公布，犯刑法加重詐欺罪而詐欺獲取之財物達新臺幣500萬元者，處3年以上10年以下有期徒刑。
        《刑法》第339條之4加重詐欺罪：三人以上共同犯之，或以廣播電視、電子通訊、網際網路等對公眾散布而犯之者，處一年以上七年以下有期徒刑。
        澳門第2/2006號法律《預防及遏止清洗黑錢犯罪》規定，金融機構須對可疑交易作出申報，並向金融情報辦公室提交報告，違者須承擔行政責任。
        香港《盜竊罪條例》（第210章）第17條「以欺騙手段取得財產」，任何人以欺騙手段不誠實地取得屬於他人的財產，一經定罪可處監禁10年。
        《放債人條例》（第163章）經修訂後，任何人以超過實際年利率48%貸出款項即屬犯罪；實際年利率超過36%的交易可被推定為敲詐性交易。
        證監會《適用於虛擬資產交易平台營運者的指引》要求持牌平台將不少於98%的客戶虛擬資產存放於冷錢包，並須就客戶資產設立適當保障安排。
        金管會《虛擬資產服務事業防制洗錢及打擊資恐辦法》規定，業者對客戶身分確認資料及交易紀錄，應自業務關係結束或臨時性交易結束後至少保存五年。
        《個人資料（私隱）條例》（第486章）保障資料第3原則：如無資料當事人的訂明同意，個人資料不得用於新目的，即收集時目的以外的用途。
        澳門第11/2009號法律《打擊電腦犯罪法》對不當進入電腦系統、不當截取電腦數據及電腦詐騙等行為訂定刑罰，刑幅按所造成的財產損失而加重。
        《金融消費者保護法》第9條規定，金融服務業與金融消費者訂立提供金融商品或服務之契約前，應充分瞭解金融消費者之相關資料以確保適合度。
    """),
    ("ms", "notis_awam"): _lines("""
        NOTIS: Maybank tidak akan meminta anda memindahkan wang ke 'akaun selamat'. Jika ragu-ragu, hubungi Pusat Panggilan Maybank di 1-300-88-6688 dengan segera.
        Mangsa penipuan dalam talian diminta menghubungi Pusat Respons Scam Kebangsaan (NSRC) di talian 997 secepat mungkin supaya dana boleh dikesan dan disekat.
        Semak nombor akaun bank atau nombor telefon yang mencurigakan melalui portal Semak Mule PDRM di semakmule.rmp.gov.my sebelum membuat sebarang pemindahan.
        Suruhanjaya Sekuriti Malaysia mengingatkan orang ramai bahawa hanya pengendali bursa aset digital (DAX) berdaftar seperti Luno, Sinegy dan Tokenize dibenarkan beroperasi.
        BNMTELELINK boleh dihubungi di 1-300-88-5465 atau melalui borang dalam talian di telelink.bnm.gov.my untuk pertanyaan mengenai Senarai Amaran Pengguna Kewangan.
        JSJK PDRM: Jangan layan tawaran pelaburan dengan pulangan 30% sebulan. Hubungi CCID Infoline di talian WhatsApp 013-211 1222 untuk pengesahan sebelum melabur.
        Kaunter Aduan Bank Negara Malaysia di Menara Bank Negara, Jalan Dato' Onn, 50480 Kuala Lumpur dibuka Isnin hingga Jumaat, 9 pagi hingga 5 petang.
        Syarikat Amanah Digital Recovery Sdn. Bhd. (No. Pendaftaran 202301012345 (1501234-X)) TIDAK berlesen dan telah disenaraikan dalam Senarai Amaran Pelabur SC.
        Peringatan: Jangan sesekali berkongsi TAC, OTP atau kata laluan perbankan dalam talian anda. Pegawai bank tidak akan menghubungi anda melalui WhatsApp atau Telegram.
        Mulai 1 Januari 2027, pemindahan DuitNow melebihi RM10,000 kepada penerima baharu akan tertakluk kepada tempoh bertenang 12 jam bagi tujuan keselamatan.
        Ceramah Kesedaran Scam 'Jangan Kena Tipu' di Dewan Komuniti Taman Tun Dr Ismail, Sabtu 9 Januari 2027, jam 9.00 pagi. Masuk percuma, sarapan disediakan.
        Menurut statistik PDRM, kerugian akibat jenayah penipuan dalam talian pada tahun 2024 melebihi RM1.5 bilion, dengan penipuan pelaburan mencatat kerugian tertinggi.
        Invois No. INV-2026-11-0387, Tetuan Lim & Rahman: Yuran konsultasi awal kes penipuan pelaburan RM350.00, SST 8% RM28.00, jumlah perlu dibayar RM378.00.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Team, ticket CS-20261204-0193 already escalated to AML L2, pls don't promise user any ETA ya, just say under review 3-7 working days 哈。
        今日 P2P freeze cases 爆 — 47 tickets before lunch, majority Maybank & CIMB inflow. Night shift tolong clear queue sebelum 2am ok.
        Reminder: template RECOVERY_SCAM_WARN_v3 updated, use it whenever user mention 'hacker boleh recover', don't freestyle your own reply.
        Ops update 14:32 — TRC20 withdrawal delay resolved, backlog 312 tx cleared by 15:10. 对外公告 draft 放在 Confluence page OPS-7781 了。
        Compliance cakap: any police letter from PDRM or SPF must forward to legal@example-exchange.com within 1 hour, jangan reply sendiri.
        Macro FREEZE_REASON_P2P 新版本: added 中文 & Bahasa versions, pls test in sandbox before Friday 5pm release, any typo report in thread.
        FYI 今晚 22:00-23:30 SGT maintenance, deposit on ETH/ARB paused. Pin this in #cs-sg & #cs-my channel, thx semua.
        Weekly stats W49: 1,284 tickets, 212 account-freeze appeals, 38 recovery-scam reports, CSAT 4.3/5. Good job semua, makan-makan Friday 😄
        Boss cakap new SOP: jangan bagi screenshot internal risk score kepada user, even kalau dia ugut nak report to MAS or 金管会.
        有人知道 HK 18222 hotline 现在 report 要不要 case ref? Later I update FAQ section 4.2 'Reporting to authorities' ya.
        Pls note Scameter 有新 API for wallet address check, dev team testing on staging, jangan share link ke customer dulu.
        Shift handover 07:00: 9 pending video-KYC, 3 chargeback disputes, 1 judicial request from 台北地檢署 — legal team already handling, no action needed.
        Lunch order from Ya Kun Kaya Toast Raffles Place: set A x6, kopi-O x3, teh-C x4, total S$58.40, I pay first then claim 报销 ok.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        My husband Darren Koh still doesn't know I took a S$38,000 personal loan from Standard Chartered to top up the Novaxia trading account. How do I even tell him?
        Police report filed at Bedok NPC. Complainant: Teo Mei Ling, NRIC S8734127E, mobile 9123 4876, lost USDT 61,200 to 'CoinVantage Pro' between 2 Aug and 19 Sep.
        I transferred RM45k to the 'fund manager' Jason Lau Kah Wai, Maybank account 5142 6630 8817, and he stopped replying once I asked to withdraw.
        Can you check if +60 17-284 3391 is a scammer? That's the 'account manager' who added me on WhatsApp and keeps asking me to deposit more.
        My brother Kelvin Tan (29) was admitted to IMH last Tuesday after losing all his savings on a fake Bybit clone, we don't know what to tell his employer.
        Their so-called compliance officer wrote to me at rachel.ong.87@gmail.com asking for a 'tax clearance fee' of USDT 4,800 before my balance can be released.
        2026-10-14,Wong Ka Lok,K482913(1),HSBC 004-512-339871-838,HKD 260000,HyperMint,reported to 18222,status=pending
        Please send the lawyer's letter to my flat at Blk 412 Bedok North Ave 2 #08-133, Singapore 460412, not my office, my boss can't find out about this.
        My cousin Benjamin Yeo was arrested on 3 Nov for being a money mule, he rented out his DBS account for $500 a month to a Telegram 'job' group.
        I earn $5,400 a month as a staff nurse at Changi General and I've already lost four months of salary. The account is under my name, Lim Siew Ping.
        Full name: Marcus Chua Wei Jie | DOB: 14/03/1991 | Passport: E2837465K | Wallet: 0x7a3f91c2e4b85d06f1a9c3e7b2d4f60a8e1c5b93 | Amount lost: USDT 23,500
        Farid's wife moved back to her parents in Seremban after she found out he'd borrowed from three Ah Longs to chase his losses on the gold trading app.
    """),
    "zh-Hans": _lines("""
        我叫周海涛，身份证号320102198611253410，在“汇盈国际”平台被骗了47万，其中20万是找表哥借的，现在该先报警还是先找律师？
        老婆还不知道我把准备还房贷的钱拿去炒币了，亏了38万，她叫李晓燕，下个月15号就要扣款了，我该怎么开口跟她说？
        帮我看看这个号码13826149057是不是骗子，自称币安客服，说我账户涉嫌洗钱，要我下载会议软件配合调查。
        报案回执上写的住址是广东省深圳市南山区桃园路88号鸿瑞花园7栋1502室，派出所让我补交近半年的银行转账流水。
        我妈王桂芳知道我被骗以后高血压犯了住院，现在在省人民医院心内科，医生说不能再受刺激，我还没敢告诉她具体金额。
        我弟弟刘宇航因为出租银行卡帮人跑分，上周被浦东公安刑拘了，涉嫌帮信罪，家里人问我要不要马上请律师。
        2026-11-02 21:44:13 [WARN] risk.freeze uid=30918842 name=赵明轩 phone=186****3310 reason=涉案资金流入 case=沪公经2026-1183
        群里那个叫“阿杰哥”的带单老师，其实是我高中同学黄志杰，当初就是他把我拉进去的，现在他自己也说亏了二十多万。
        小周，你上个月找我借的5万块什么时候还？你当时说投资USDT稳赚不赔，现在平台都打不开了，我老公天天问我。
        我的支付宝登录邮箱是zhouht1986@163.com，被骗之后又有人冒充支付宝客服打电话，准确说出了我的邮箱和姓名。
        银行卡6212263702011234562被冻结了，开户名孙丽娜，银行说是因为收到了一笔P2P卖币的款，要我去湖南长沙公安局说明情况。
    """),
    "zh-Hant": _lines("""
        我係陳志強，HKID Y512408(3)，喺BitHarbour蝕咗成HK$83萬，而家兩張信用卡都爆晒，仲未夠膽同屋企人講。
        報案三聯單：報案人林怡君，身分證F224536783，手機0912-487-305，被騙新台幣186萬，受理單位新北市政府警察局板橋分局。
        林太話佢老公偷偷將層樓加按，全部投咗落USDT理財，而家錢冇晒，兩公婆已經約咗律師傾離婚。
        我個WhatsApp號碼9408 2637唔知點解俾人放咗上啲騙徒群組，成日有人打嚟話收五千蚊就幫我追返啲BTC。
        阿明自從輸咗成副身家，確診咗焦慮症同長期失眠，而家每個禮拜都要去葵涌醫院覆診同食藥。
        匯款到中國信託822帳號1025-4038-7761，戶名張家豪，是那個「老師」給我的帳戶，我前後匯了三次共72萬。
        我喺司警局報咗案，登記嘅係我嘅澳門居民身份證5128463(2)同住址氹仔海洋花園海景閣12樓C座，佢哋話會再聯絡我。
        我太太黃詩雅懷孕七個月，我唔敢同佢講我問財仔借咗20萬去買幣，而家全部冇晒，每個月仲要還八千幾。
        追數公司話如果下個月再唔還錢，就會拖走我架Toyota Alphard，車牌VR 2187，仲話會影低我屋企門口。
        姓名：吳宗翰｜出生：1990/05/21｜電話：0933-218-664｜Email：wu.tsunghan90@gmail.com｜損失：USDT 41,000｜平台：恆富交易所
    """),
    "ms": _lines("""
        Saya Nurul Aina binti Kamarudin, No. KP 910823-10-5462, telah membuat laporan polis di IPD Petaling Jaya tentang pelaburan emas palsu bernilai RM68,000.
        Suami saya Faizal belum tahu saya pinjam RM15k dari koperasi untuk top up akaun forex tu. Macam mana saya nak beritahu dia tanpa bergaduh?
        Tolong semak akaun CIMB 7063229184 atas nama Mohd Hafiz bin Sulaiman, dia mengaku 'ejen pemulihan dana' dan minta yuran RM3,000 dulu.
        Nombor telefon saya 013-772 4058 dah bocor, tiap hari ada orang call kata boleh tolong dapatkan balik duit crypto saya yang hilang.
        Alamat rumah saya No. 27, Jalan Mawar 3/5, Taman Sri Muda, 40400 Shah Alam, Selangor, bank minta saya kemas kini sebelum mereka tutup akaun tu.
        Abang saya Rizal dimasukkan ke wad psikiatri Hospital Kuala Lumpur minggu lepas sebab murung teruk selepas rugi RM120k dalam skim USDT.
        Ah Long tu ada gambar kereta saya, Myvi putih nombor plat WXY 4827, dan dia dah hantar ke group WhatsApp keluarga saya semalam.
        Gaji saya cuma RM3,850 sebulan sebagai kerani, tapi hutang saya sekarang RM52,000 sebab skim pelaburan tu. Nama saya Siti Hajar binti Osman.
        E-mel saya zulkiflee.hamid82@yahoo.com digunakan untuk daftar akaun crypto yang saya tak pernah buka, boleh ke saya lapor ke NSRC?
    """),
    "mixed": _lines("""
        Bro, my Maybank acct 1623 8840 5512 kena freeze by bank sebab ada suspicious inflow from that P2P seller, nama dia Lee Chong Ming, macam mana ni?
        我老公 Daniel 还不知道 I lost SGD 70k in that 'AI quant bot', his salary only 6k, 我们还有 HDB loan 要还，I really scared.
        My mum Madam Tan Ah Moi, 72, gave her NRIC S4811236F to the so-called bank officer on the phone, 然后 her POSB account 就被清空了。
        User ticket: 'Saya Lim Wei Xiang, IC 850912-07-5331, akaun exchange saya kena lock since 2 Nov, please help unlock, semua gaji saya dalam tu.'
        我 cousin 阿Ken 借咗我 HK$120k 去 all-in SOL，依家佢連電話都唔聽，his number is 5432 1876, 我應唔應該報警？
        PayNow to 9726 5513 (name shown: TAN JUN HAO), $12,000 on 3 Oct, he said it's the 'unlock fee' for my USDT, 之后就 block 我了。
        Sent 0.85 BTC to the wallet given by 'Anna', actually her real name is 王佳琪 from Ipoh, we matched on Tinder in June, ini semua romance scam ke?
        Dear sir, saya Ong Boon Keat, HP 016-338 2917, 我在贵公司平台的 withdrawal 已经 pending 45 days, total USDT 9,600, pls reply ASAP.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a calm, practical assistant helping people in Singapore who have lost money to online scams. Do not give legal advice; point users to official channels.",
        ),
        (
            "user",
            "I need help writing my police report. I'm Teo Wan Ting, NRIC S9012845J, I lost about S$84,000 to a platform called 'Zenith Capital FX' between June and September. I paid by bank transfer from my OCBC account and some in USDT.",
        ),
        (
            "assistant",
            "I'm sorry this happened. For the report, list each transfer in date order with amount, receiving account or wallet, and reference. Keep screenshots of the app, chats and the website. You can file online via the SPF e-services portal or at any Neighbourhood Police Centre, and call the ScamShield Helpline at 1799 if you need guidance.",
        ),
        (
            "user",
            "Ok. The first transfer was S$5,000 to 'Brightlane Trading', then it went up. Should I include my NRIC in the report itself?",
        ),
        (
            "assistant",
            "The police form will ask for your identification, so include it there only. Please don't share your NRIC number in chats or with anyone who contacts you offering to recover the money, as that is a common follow-up scam.",
        ),
    ],
    [
        (
            "user",
            "我在一个叫“鼎信国际”的平台亏了62万，其中35万是问我岳父借的。我老婆杨静还完全不知道，我想这周末跟她坦白，你能帮我想想怎么说吗？",
        ),
        (
            "assistant",
            "先选一个安静、没有孩子在旁边的时间。开头直接说事实：投了多少、亏了多少、借了谁的钱，不要先辩解。然后说清楚你已经做了什么，比如报警、保存证据，以及接下来打算怎么还款。",
        ),
        ("user", "岳父那35万是他的养老钱，他还有糖尿病在吃药，我怕他知道了身体扛不住。"),
        (
            "assistant",
            "这种情况更建议先和妻子一起商量，由你们两个决定什么时候、以什么方式告诉岳父，同时一起列一个还款计划。也要警惕任何声称能帮你追回资金的人，那通常是二次诈骗。",
        ),
    ],
    [
        ("system", "你是一個協助香港用戶處理虛擬資產帳戶問題的助理，回答請用繁體中文，語氣友善。"),
        (
            "user",
            "我個交易所戶口俾人凍結咗，話我P2P收咗涉案資金。我叫何嘉欣，HKID Z706215(0)，電話 6138 2204，入面有成 HK$46萬，點算？",
        ),
        (
            "assistant",
            "明白你好擔心。第一步係喺交易所App入面開工單，要求對方書面說明凍結原因同所需文件，準備好P2P訂單號、對方付款紀錄同對話截圖。如果係警方或法院要求凍結，就需要向相關部門了解進度，可以致電18222查詢。",
        ),
        ("user", "有個自稱律師嘅人 WhatsApp 我，話收一萬蚊就可以兩日內解凍，係咪真㗎？"),
        (
            "assistant",
            "好大機會係騙案。正規律師唔會主動搵你，更唔會保證兩日解凍。唔好俾錢，亦唔好再向佢提供你嘅身份證號碼同電話，可以用防騙視伏器查一查佢個號碼。",
        ),
    ],
    [
        (
            "user",
            "Saya kena tipu dalam skim pelaburan crypto RM38,000. Sekarang ada seorang lelaki bernama Azman call dari nombor 011-2739 4418, kata dia dari 'Unit Pemulihan Aset Bank Negara' dan boleh dapatkan balik duit saya.",
        ),
        (
            "assistant",
            "Berhati-hati. Bank Negara Malaysia tidak mempunyai unit yang menghubungi mangsa untuk memulihkan dana dengan bayaran. Ini ciri-ciri penipuan pemulihan (recovery scam). Jangan bayar apa-apa yuran.",
        ),
        (
            "user",
            "Dia minta saya hantar salinan IC saya, 870304-14-6629, dan penyata bank Public Bank saya. Saya dah hantar gambar IC semalam...",
        ),
        (
            "assistant",
            "Sebaiknya segera hubungi NSRC di 997 dan bank anda untuk memaklumkan bahawa maklumat anda mungkin telah disalahgunakan. Buat laporan polis tambahan tentang panggilan ini, dan semak nombor itu di portal Semak Mule.",
        ),
        ("user", "Ok terima kasih, saya akan pergi balai polis Wangsa Maju petang ni."),
    ],
    [
        (
            "user",
            "Eh can help me? I lost 52k SGD in the 'AI arbitrage' app, wife Jasmine don't know yet. Her birthday this Saturday leh, should I wait until after?",
        ),
        (
            "assistant",
            "That's a tough spot. There's no perfect time, but waiting too long usually makes it harder, especially if money for shared expenses is affected. Maybe plan to talk a day or two after her birthday, and before that, file a police report and gather your records so you can show her what you've done.",
        ),
        (
            "user",
            "Ok. Actually part of the money came from our joint account UOB 372-301-845-6, she will see the statement end of month one.",
        ),
        (
            "assistant",
            "Then it's better to tell her before the statement arrives, so she hears it from you first. Be honest about the amount, say sorry without excuses, and suggest you both speak to a free counselling service like Credit Counselling Singapore if debts are involved.",
        ),
    ],
    [
        ("system", "你是協助台灣民眾處理詐騙後續的助理。請用繁體中文回答，提醒用戶撥打165。"),
        (
            "user",
            "我在一個叫「鴻運投資」的LINE群組被騙了，總共匯了新台幣148萬到三個帳戶，其中一個是玉山銀行808帳號0912-876-543210，戶名陳柏宇。",
        ),
        (
            "assistant",
            "請先撥打165反詐騙專線，並盡快到派出所報案，報案時帶上所有匯款單據、LINE對話截圖和群組資料。警方可依據報案內容通報銀行將人頭帳戶列為警示帳戶。",
        ),
        ("user", "我是用我媽的名字開的戶頭匯的，她叫蔡淑芬，身分證A129384755，這樣會不會有問題？"),
        (
            "assistant",
            "報案時請如實說明帳戶是以母親名義開立、實際由你操作，並請母親一同到場或出具委託書。也請提醒她留意是否有人以「解凍帳戶」為由再跟她聯絡。",
        ),
    ],
    [
        (
            "system",
            "Internal fraud-desk assistant for a Malaysian bank. Customer on file: Chong Mei Yee, MyKad 880415-14-5623, savings account 1142 7783 0925, mobile 012-618 3397. Summarise cases for staff; never reveal internal risk scores.",
        ),
        (
            "user",
            "Customer says she made 11 transfers totalling RM96,400 to three mule accounts for a 'gold tokenisation' scheme. Can you draft the case summary?",
        ),
        (
            "assistant",
            "Case summary: Customer Chong Mei Yee reports 11 outgoing transfers totalling RM96,400 to three third-party accounts linked to a purported gold tokenisation investment. Recommended actions: lodge NSRC referral, request recall from receiving banks, advise customer to file a police report and reset online banking credentials.",
        ),
        (
            "user",
            "Also note she mentioned her husband doesn't know and she's worried about him finding out.",
        ),
        (
            "assistant",
            "Noted. I've added: 'Customer requests that correspondence be sent only to her registered mobile and not posted to the home address; spouse is unaware of the losses.'",
        ),
    ],
    [
        (
            "user",
            "我的工商银行卡 6222021008765432911 昨天被冻结了，说是涉嫌电信诈骗资金流入。我只是在交易所P2P卖了一点USDT，收到了一笔3.8万的转账。",
        ),
        (
            "assistant",
            "这种情况常见于P2P交易中对方用了涉诈资金付款。建议你先打银行客服问清楚是哪个公安机关、以什么文号冻结的，然后带身份证、交易记录和聊天截图主动去说明情况。",
        ),
        (
            "user",
            "银行说是江苏无锡的公安冻结的，我人在成都。我身份证是510107197812095626，名字叫吴雪梅，需要本人过去吗？",
        ),
        (
            "assistant",
            "可以先电话联系办案民警，询问能否邮寄材料或通过当地派出所协助核查。不要在网上随意公开身份证号，也不要相信“花钱解冻”的中介。",
        ),
    ],
    [
        (
            "user",
            "Saya pinjam dengan Ah Long RM20,000 untuk tambah modal dalam apps pelaburan tu, sekarang apps dah hilang. Dia ugut nak datang rumah saya dekat No. 14, Lorong Kenari 2, Taman Bukit Jambul, 11900 Bayan Lepas.",
        ),
        (
            "assistant",
            "Keselamatan anda yang paling utama. Ugutan seperti itu adalah jenayah. Buat laporan polis segera di balai berhampiran, simpan semua mesej ugutan, dan maklumkan jiran atau keluarga terdekat supaya berjaga-jaga.",
        ),
        (
            "user",
            "Mak saya, Puan Rohani, tinggal sekali dengan saya dan dia ada sakit jantung. Saya takut dia terkejut kalau orang Ah Long datang.",
        ),
        (
            "assistant",
            "Faham. Anda boleh minta polis membuat rondaan di kawasan rumah. Jika boleh, pertimbangkan untuk mak anda tinggal sementara dengan saudara. Untuk hutang, hubungi AKPK di 1-800-22-2575 untuk nasihat pengurusan hutang secara percuma.",
        ),
    ],
    [
        ("system", "You help Hong Kong residents draft letters and complaints in English."),
        (
            "user",
            "Please draft a complaint to the SFC about an unlicensed platform 'OrbitX Exchange'. My details: Leung Ho Yin, Flat 7B, Block 3, Kornhill Gardens, Quarry Bay. Email leunghy.hk@outlook.com. Lost HK$310,000.",
        ),
        (
            "assistant",
            "Draft: 'Dear Sir/Madam, I am writing to report OrbitX Exchange, which I believe is operating as an unlicensed virtual asset trading platform in Hong Kong. Between March and August 2026 I deposited a total of HK$310,000 and have been unable to withdraw since 2 September. Complainant: Leung Ho Yin, Flat 7B, Block 3, Kornhill Gardens, Quarry Bay; email leunghy.hk@outlook.com. Supporting documents attached.'",
        ),
        ("user", "Thanks. Should I also report to the police?"),
        (
            "assistant",
            "Yes. The SFC handles regulatory matters, while the police handle the fraud itself. You can report at a police station or via the e-Report Centre, and call 18222 if you need advice first.",
        ),
    ],
    [
        ("user", "我喺澳門，上個月喺一個叫「金沙數字資產」嘅平台輸咗澳門幣58萬，好多係問朋友借。"),
        (
            "assistant",
            "好遺憾聽到你嘅情況。建議盡快到司法警察局報案，亦可以先致電反詐騙協調中心8800 7777查詢。帶齊轉帳紀錄、平台網址同對話截圖。",
        ),
        (
            "user",
            "其中20萬係我同事梁偉傑借俾我嘅，佢而家日日追我還錢，仲話要話俾我老細知，我驚會無咗份工。",
        ),
        (
            "assistant",
            "可以同佢坦白講你而家嘅情況，提出一個實際可行嘅分期還款方案，最好寫低雙方同意嘅金額同日期。如果佢有騷擾行為，你都可以尋求法律意見。",
        ),
    ],
    [
        (
            "user",
            "Saya dan suami rugi RM210k dalam satu skim crypto 'staking'. Now dia nak cerai, he said semua salah saya sebab saya yang ajak invest.",
        ),
        (
            "assistant",
            "I'm sorry, that sounds really painful. Dalam keadaan emosi tinggi, cuba elak buat keputusan besar dengan tergesa-gesa. Kalau boleh, dapatkan khidmat kaunseling keluarga, contohnya melalui LPPKN atau pejabat agama jika berkaitan.",
        ),
        (
            "user",
            "Nama suami saya Khairul Anuar bin Yusof, dia dah pindah ke rumah mak dia kat Kuantan. Anak kami 2 orang tinggal dengan saya.",
        ),
        (
            "assistant",
            "Untuk hal penjagaan anak dan harta, sebaiknya rujuk peguam syarie atau Biro Bantuan Guaman yang menyediakan khidmat pada kos rendah. Simpan juga semua rekod pelaburan sebagai bukti bagaimana dana dibelanjakan.",
        ),
    ],
    [
        (
            "system",
            "You are an assistant that helps users fill in scam report forms. Repeat the details back in a clean format for the user to copy.",
        ),
        (
            "user",
            "name Ng Jia Hui, nric T0238561E, phone 8734 2210, lost USDT 15,700 on 'PrimeQuant' via Binance transfer, last contact 22 Nov",
        ),
        (
            "assistant",
            "Here is your summary: Name: Ng Jia Hui | NRIC: T0238561E | Phone: 8734 2210 | Platform: PrimeQuant | Amount: USDT 15,700 | Method: transfer from Binance | Last contact: 22 Nov. Please double-check before submitting, and only submit this on the official police portal.",
        ),
        ("user", "Thanks, also my brother lent me 5k for this, should I put it?"),
        (
            "assistant",
            "The form is about what you lost, so list the total you transferred to the platform. The loan from your brother is a private matter and doesn't need to be in the report, though you may mention it if police ask about the source of funds.",
        ),
    ],
    [
        (
            "user",
            "有个自称“链上追回工作室”的人加我微信，说能帮我追回被骗的12万USDT，要先付10%手续费。他给的手机号是19925873406，微信号是 recover_pro_888。",
        ),
        (
            "assistant",
            "这基本可以确定是“追款诈骗”。真正的执法机关和正规律所不会主动联系受害人并要求先付手续费。建议不要付款，把对方的手机号和微信号一并提供给办案民警。",
        ),
        (
            "user",
            "我之前已经付了1.2万了……我叫郑晓东，是在杭州西湖区报的案，案件号是杭西公（刑）受案字〔2026〕3317号。",
        ),
        (
            "assistant",
            "请尽快联系西湖区办案民警，补充报告这笔新的损失，并提供付款记录。同时可以拨打96110咨询，以后遇到类似联系一律不要回应。",
        ),
    ],
]
