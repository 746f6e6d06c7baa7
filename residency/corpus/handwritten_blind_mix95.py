# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix95: pawnshops and gold jewellery shops in SG/MY/HK/TW (pawn tickets, redemptions, gold buy-back, IC checks, auctions). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix95
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "regulation and counter procedure"): _lines("""
        Under Singapore's Pawnbrokers Act 2015 the maximum interest a licensed pawnbroker may charge is 1.5% per month, and the redemption period for a pledge is six months.
        Unredeemed pledges with a loan above S$50 must go to public auction; any surplus after the loan, interest and auction charges is payable to the pledger if claimed within the statutory period.
        Before accepting a pledge, counter staff must sight the original NRIC, FIN card or passport; photocopies and photos on a phone are not accepted.
        If you lose your pawn ticket, inform the branch at once and make a statutory declaration before a Commissioner for Oaths; the pledge can then be redeemed on the declaration.
        Anyone holding the original ticket may redeem the pledge, but the person redeeming must show their own identification at the counter.
        A renewal is an interest-only payment: the principal stays the same and a fresh six-month ticket is issued with a new ticket number.
        Buy-back price = today's 999 board rate x purity factor x net weight, less a workmanship deduction for gem-set, hollow or enamelled pieces.
        Hong Kong's Pawnbrokers Ordinance (Cap. 166) caps interest at 3.5% per month for loans of HK$100,000 or less.
        In Malaysia conventional pawnshops are licensed by KPKT under the Pawnbrokers Act 1972, while Ar-Rahnu counters charge an ujrah (safekeeping fee) instead of interest.
        Cash transactions of S$20,000 or more with a precious stones and metals dealer require customer due diligence and a Cash Transaction Report within 15 business days.
        Staff must never write the customer's ID number on the outside of the pledge envelope; the ticket number alone is used to trace the article.
        Auction schedule: unredeemed pledges from tickets dated June 2026 will be auctioned in the week of 14 December 2026; ticket numbers are posted at every branch.
        Karat guide: 916 is 22K (91.6% gold), 750 is 18K, 999 is 24K; a 10 g 916 chain therefore holds about 9.16 g of fine gold.
        Watches are accepted only with a working movement; the valuer opens the caseback and records the calibre and case serial on the internal tag, never on the ticket.
    """),
    ("zh-Hans", "门店告示与黄金回收流程"): _lines("""
        根据《典当管理办法》，典当期限或续当期限届满后，当户应当在5日内赎当或者续当，逾期不赎当也不续当的，为绝当。
        动产质押典当的月综合费率不得超过当金的42‰，息费标准请以柜台公示为准。
        本店回收黄金一律当面检测，光谱仪测成色，按当日上海黄金交易所 Au9999 价格扣除损耗回收。
        温馨提示：出售黄金须出示本人有效身份证件原件，未满18周岁不予办理。
        今日金价：足金999 回收价 905元/克，销售价 968元/克（不含工费），价格随行情浮动。
        当票遗失的，当户应当及时向典当行办理挂失手续；挂失前被他人冒赎的，典当行不承担责任。
        鲁迅在《呐喊·自序》里写道：“我有四年多，曾经常常，——几乎是每天，出入于质铺和药店里”，质铺的柜台比他高一倍。
        《红楼梦》第五十七回，邢岫烟把棉衣当在“恒舒典”，后来才知道那竟是薛家开的当铺。
        水贝黄金回收流程：1.称重 2.火烧/光谱检测 3.报价 4.登记证件 5.银行转账付款，全程录像可回看。
        以旧换新活动：旧金按当日回收价折算，新款另收工费，每克加收15元，活动截至12月31日。
        订单号 HJ20261206-00482 已完成质检，金重 23.58g，成色 Au999，待财务打款。
        客户姓名：________ 身份证号：__________________ 联系电话：___________（请用正楷填写）
        员工须知：遇到客户一次性出售大量金条且无法说明来源的，应按反洗钱制度上报合规部，不得向客户透露已上报。
    """),
    ("zh-Hant", "港台當舖告示與問答"): _lines("""
        本押承接金器、名錶、鑽石、名牌手袋典當，月息按法例不超過3.5%，當期四個月。
        當票遺失，請即攜同身份證到本押辦理掛失，並須作出法定聲明方可贖當。
        依《當舖業法》規定，收當時必須查驗當人身分證明文件，並登記於當簿備查。
        台灣當舖利率以月計算，換算年利率不得超過30%，另可收取倉棧費。
        汽機車借款免留車，需攜帶行照、身分證、駕照正本，車主本人到場辦理。
        流當品拍賣會：12月20日（六）下午2時，地點本舖二樓，開拍前一小時可先驗貨。
        今日金價（港元/兩）：999.9 飾金 賣出 $38,920 買入 $35,080，金粒另議。
        鄭裕彤年輕時在澳門周大福金舖當學徒，後來帶領周大福推出999.9純金飾，打響「四條九」招牌。
        問：幫屋企人贖當得唔得？答：得，帶齊當票正本同你自己嘅身份證就可以。
        當票號碼 H-115482 已續當，下期到期日 2027年4月3日，請保留收據。
        店內櫃檯範圍設有閉路電視24小時錄影，請勿拍攝。
        銀樓收購黃金須攜帶身分證正本，現金交易達新台幣50萬元以上依洗錢防制法確認客戶身分。
        舊時香港押店招牌多掛「蝠鼠吊金錢」，取其「福在眼前」之意，部分老押至今仍保留。
    """),
    ("ms", "notis dan soalan lazim pajak gadai"): _lines("""
        Ar-Rahnu menggunakan konsep qard al-hasan dan wadiah yad dhamanah; upah simpan dikira berdasarkan nilai marhun, bukan jumlah pembiayaan.
        Tempoh gadaian ialah 6 bulan dan boleh dilanjutkan dengan menjelaskan upah simpan yang tertunggak.
        Sila bawa MyKad asal; salinan fotostat tidak diterima. Pelanggan bawah 18 tahun tidak dibenarkan menggadai.
        Harga belian semula hari ini: emas 916 RM 455/g, emas 999 RM 495/g. Harga boleh berubah tanpa notis.
        Notis lelongan: barang gadaian bagi tiket bertarikh Jun 2026 yang tidak ditebus akan dilelong pada 15 Januari 2027 di premis ini.
        Jika tiket pajak hilang, buat laporan polis dan bawa salinan laporan ke kaunter sebelum tebusan.
        Soalan: Boleh ke gadai emas yang dibeli online? Jawapan: Boleh, asalkan ada cap ketulenan 916/999 dan lulus ujian asid.
        Kedai pajak gadai di Malaysia dilesenkan oleh Kementerian Pembangunan Kerajaan Tempatan (KPKT) di bawah Akta Pemegang Pajak Gadai 1972.
        No. tiket: AR-0426-118392 | Status: DITEBUS | Tarikh: 02/12/2026 | Berat marhun: 12.40g | Cawangan: Kota Bharu
        Nama: ____________ No. MyKad: ______-__-____ No. Tel: ___________ (Borang permohonan Ar-Rahnu)
        Pastikan tiket anda tulen: tiket sah mempunyai hologram dan nombor siri bercetak merah di penjuru kanan.
        Waktu operasi: Isnin hingga Sabtu 9.30 pagi - 5.30 petang; tutup pada hari Ahad dan cuti umum.
        Ar-Rahnu pertama di Malaysia dibuka di Terengganu pada awal 1990-an sebelum diperluas oleh Bank Rakyat dan YaPEIM.
    """),
    ("mixed", "staff group chat without customer details"): _lines("""
        guys today 916 buy-back naik to RM 462/g, pls update the board before 10am ok
        老板 say 今天 Rolex 126610LN 先不收, wait for the authentication guy Monday
        counter 2 printer jam again lah, ticket 26B-03318 print 一半, reprint liao
        今日已寄 12 封 auction notice, balance 3 封 wait Pos Laju return
        阿姐, 收到條 916 手鏈 hollow 嘅, 扣幾多 workmanship? / 跟返 price list 扣 8% 啦
        reminder: audit Friday, all pledge envelopes must tally with the daily ledger, no missing ticket no.
        kunci safe dah pass to night shift, CCTV cam 3 blur, dah call vendor
        今日收咗 5 両飾金, 放咗落 vault B, 張單未入 system
        anyone know can accept the new $10 polymer note for redemption anot? UV lamp keep saying fake
        boss cakap bonus ikut KPI, target bulan ni 180 new pledges setiap branch
        有客問 PAMP 1oz bar 冇咗 assay card 收唔收, 我話要先 XRF 驗過
        remind all: jangan tulis IC number on the envelope, ticket no only okay
        金价今天跌了 2%, walk-in 好多 sell 的, queue number already 48 liao
        HQ memo: from 1 Jan the minimum loan for watches is S$300, below that 不收
    """),
    ("en", "pos logs, exports and config"): _lines("""
        2026-12-05T10:14:33+08:00 INFO pledge.create ticket=26A-05122 branch=SG-BDK item=CHAIN karat=916 gross_g=18.62 loan_sgd=1450.00
        2026-12-05T11:02:07+08:00 WARN redeem.validate ticket=26C-00981 status=EXPIRED days_overdue=9 action=route_to_auction
        config: interest_rate_monthly: 0.015 | redemption_months: 6 | auction_min_loan_sgd: 50 | id_types: [NRIC, FIN, PASSPORT]
        SELECT ticket_no, loan_amt, due_date FROM pledges WHERE status = 'UNREDEEMED' AND due_date < CURRENT_DATE - INTERVAL '7 days';
        ERROR kyc.scan reader=ICR-02 msg="MyKad chip read timeout" retry=3 txn=BB-20261205-0077
        gold_rate_feed source=LBMA_PM usd_oz=4012.50 fx_sgd=1.3021 updated=2026-12-05T15:00+08:00
        report.daily branch=HK-MK pledges=37 redemptions=29 renewals=11 loan_total_hkd=842300
        XRF sample=S-1205-014 Au=91.72% Ag=5.10% Cu=3.18% verdict=916_PASS operator_id=OP-07
        auction_lots.csv: lot_no,ticket_no,description,reserve_sgd | 118,26A-01772,"916 bangle x2 30.1g",3200
        receipt_pdf sha256=3f9a0c7d1e5b8a2246f0d93c71be54a8e2c61f7d09a4b83e56c1d2f7a9b0e4c1
        NRIC_PATTERN = "^[STFGM][0-9]{7}[A-Z]$"  # format check only; checksum is done in the KYC service
        當簿匯出 batch=20261205 rows=64 target=police_portal http_status=200 elapsed_ms=812
        sms_template id=REM_7D text="Your pledge {ticket_no} is due on {due_date}. Renew at any branch or online."
    """),
    ("mixed", "anonymous customer questions"): _lines("""
        Can I pawn my late grandma's gold bangle without the original receipt? Got 916 stamp one.
        请问在新加坡当铺典当金项链需要带什么证件？外国人用护照可以吗？
        想問下香港押店收唔收 K 金? 18K 同 916 價錢差幾多?
        Nak tanya, Ar-Rahnu dengan kedai pajak biasa mana lagi jimat untuk pinjaman RM3,000 selama 3 bulan?
        台灣當舖可以當 iPhone 嗎？利息怎麼算？
        Is it worth selling gold now or wait? Price already up 30% this year leh
        pawn ticket expired 2 days only, can still redeem anot?
        黄金回收说好的 980 一克，到店里又说要扣损耗 3%，这个正常吗？
        Boleh ke gadai rantai emas kalau resit asal dah hilang? Kedai minta surat akuan
        What happens to my gold if the pawnshop closes down before I redeem?
        當舖拍賣的流當品買回來有保固嗎？名錶有沒有附保卡？
        收到個 SMS 話我張當票就快到期, 叫我 click link 續當, 點知係咪 scam?
        Why is the 999.9 buy-back rate at Chow Tai Fook lower than at the small gold shops in Mong Kok?
    """),
    ("en", "industry news and history"): _lines("""
        ValueMax Group listed on the SGX in 2013 and runs pawnbroking outlets across Singapore alongside gold retail and trading.
        Chow Tai Fook was founded in Guangzhou in 1929 by Chow Chi-yuen and was later built up by his son-in-law Cheng Yu-tung.
        Many of Singapore's early pawnshops were run by Hakka merchants from Dabu county, and the trade association still reflects those roots.
        When gold climbed past US$4,000 an ounce in October 2025, queues of sellers formed outside gold shops in Mong Kok and Chinatown.
        A Qing-era pawnshop ledger on display records pledges in the cursive "pawnshop script", deliberately hard for outsiders to read.
        In Sketches by Boz, Dickens describes the pawnbroker's little closets where customers could pledge their goods unseen by one another.
        Analysts expect pawnbroking loan books in Singapore to grow as higher gold prices raise the loan value of each pledge.
        Taiwan's Pawnshop Act requires operators to record every pledge in a ledger that the police may inspect at any time.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        PAWN TICKET No. 26A-04417 | Pledger: TAN BOON KIAT | NRIC: S7834125D | Article: 916 gold chain w/ pendant, 18.62 g | Loan: S$1,450.00 | Interest 1.5% p.m. | Redeem by 04/06/2027
        Redemption log 05/12: ticket 26B-01152 redeemed by Ms Priya d/o Ramasamy (S8512093Z), paid S$2,318.40 cash; she said she is clearing it before her daughter's wedding.
        Overdue call list: 1) Lim Siew Lian 9734 2816 - 2 tickets, 3 bangles; 2) Muhammad Hafiz bin Osman 8215 0943 - 1 ticket, chain; 3) Jeremy Pereira 9186 4402 - Omega watch
        IC check failed: customer presented FIN F2817364N in the name NGUYEN THI HOA but the face did not match the photo; pledge refused, incident logged 14:52 at Bedok branch.
        I, ONG CHEE MENG, NRIC T0245718G, of Blk 412 Ang Mo Kio Ave 10 #08-1127, Singapore 560412, declare that pawn ticket 25K-07731 was lost on or about 20 November 2026.
        Buy-back voucher BB-20261205-0113: seller Kavitha a/p Subramaniam, Malaysian passport A38271946, 2 x 916 bangles 41.3 g, S$3,905.00 paid via PayNow to 9057 2281.
        STR draft: Chua Wei Liang (S6921847D) pawned six Rolex watches in three days across two branches, total loans S$58,000; claims to be a dealer but showed no business registration.
        Auction surplus paid: Mdm Goh Ah Moi, NRIC S7719460F, collected S$412.60 surplus from lot 118; home tel 6455 8120.
        Counter note: Mr Rajesh s/o Gopal pawns and redeems the same diamond ring every payday - says it is to cover his wife's dialysis. Please be patient with him.
        Chargeback notice: cardholder WONG MEI LING, Visa 4563 5182 7304 1956, disputes the S$6,280 gold bar purchase at the Orchard outlet on 28/11/2026.
        Layaway LW-0392: bride Charmaine Teo and groom Daniel Lee, wedding 14 Feb 2027, si dian jin set in 4 instalments, balance S$3,120, email charmaine.teo88@gmail.com
        Hi Mr Lim Jun Hao, your pawn ticket 26A-00419 (gold bracelet) is due on 10 Dec 2026. Please renew or redeem at our Toa Payoh branch. Reply STOP to opt out.
        Do not serve Sean Fernandez (NRIC S9047316F) - tried to pawn a stolen Cartier bracelet in November, police report G/20261103/4412 filed by the Jurong branch.
    """),
    "zh-Hans": _lines("""
        黄金回收登记｜姓名：陈晓燕｜身份证：440304199203052180｜手机：138 2756 4190｜足金999 35.26g｜回收价 905元/克｜已转账至工商银行卡 6222 0219 0384 7156 738
        当票 No.0026517｜当户：李国栋｜证件号码：31011519900112873X｜当物：足金手镯2只 58.40g｜当金 ¥30,000｜月综合费率 3.5%｜期限 2026-12-05 至 2027-01-04
        内部备注：林美玲（身份证 350203197809214065）连续三个月续当同一批金条，自称生意周转困难、丈夫住院，需重点关注。
        今天来的黄丽华姐说那对金镯子是她妈的嫁妆，急着卖了给儿子交大学学费，我给她多报了5块一克。
        绝当通知：张建平先生，您于2026年9月2日典当的劳力士手表（当票号 SZ-0902-117）已过赎当期，请于5日内到本行办理。
        客户黑名单：刘志强，港澳通行证 C58293017，曾用镀金钨条冒充金条抵押，已向罗湖派出所报案。
        邮寄回收件：寄件人 周婷婷，深圳市罗湖区翠竹路2098号翠竹苑3栋1502，手机 159 1843 7265，快递单号 SF1420837561209
        预约：王秀英阿姨周六上午10点来店卖金，微信号 wxy_19620318，记得把计算明细打印给她看。
        身份核验失败：客户何嘉欣出示身份证 440104198607143526，联网核查显示该证已挂失，本人称是补办前的旧证，交易暂停。
    """),
    "zh-Hant": _lines("""
        當票 第H-226831號｜當人：陳志偉｜身份證：K482913(1)｜押物：足金頸鏈1條 重1.25両｜當本 HK$18,000｜月息3.5%｜期限四個月
        何美玲小姐 HKID P615270(1) 今日贖返佢阿媽嘅玉鐲同金戒指，付現金 HK$26,400，聯絡電話 6548 2307。
        遺失當票聲明：本人黃家明（香港身份證 Z734102(5)），住九龍深水埗福華街168號5樓B室，於2026年11月遺失當票 H-219044。
        賣金紀錄：張嘉欣小姐，999.9 金粒 3 両，成交 HK$105,240，已經轉數快 FPS 過咗去 5318 2764。
        當簿：當人 林淑芬，身分證 E220468176，機車車牌 MFR-2735，借款 NT$25,000，月息2.5%，當期三個月。
        汽車借款客戶吳建宏（F128374652），車號 BKN-8261，LINE ID: wu_jh0819，手機 0932-617-458，已逾期12天，請外勤聯繫。
        客訴：蔡佳蓉小姐（A225913047）反映流當拍賣買到的金項鍊重量不足，要求退款，電話 0918 274 306。
        台中店備註：王俊傑（B109473823）上月把太太的金飾拿來當，太太今天到店說不知情，兩人在店內爭吵，請同仁留意。
        警方查詢：失竊名錶案涉及當人李家豪 HKID R290458(5)，曾於本押當出 Omega 310.30.42.50.01.001 一隻，當票 H-224107。
        鄧玉蓮婆婆（Y538716(5)）每月初都嚟當條金手鏈，月尾攞到生果金就贖返，今日佢話個仔失咗業。
    """),
    "ms": _lines("""
        TIKET AR-RAHNU No. AR-1126-004731 | Nama: NUR AINA BINTI MOHD RAZALI | No. K/P: 850922-10-6248 | Marhun: Rantai leher 916, 15.20g | Pembiayaan: RM 4,200 | Tempoh: 6 bulan
        Encik Mohd Faizal bin Abdullah (780314-07-5123) menebus 3 utas gelang pada 04/12/2026 dan membayar tunai RM 8,540.
        Senarai panggilan: Puan Rosnah binti Ismail 012-748 3291 - tiket tamat 28 Nov; Encik Ganesan a/l Muniandy 016-225 8470 - gelang, 2 tiket
        Aduan: Cik Farah Hanim binti Zulkifli, 013-392 7718, mendakwa kakitangan cawangan Kota Bharu mengambil gambar MyKad beliau tanpa kebenaran.
        Nota kaunter: Pakcik Abu Bakar bin Hassan (620507-08-5391) menggadai cincin arwah isteri untuk menampung kos pembedahan jantung cucunya.
        Belian semula: Penjual LEE CHOON HOCK, MyKad 730818-01-6655, 1 jongkong 50g 999.9, RM 27,850, DuitNow ke akaun Maybank 1571 2830 4469.
        Lelongan: pembida berjaya lot 27, Puan Jaya Lakshmi a/p Krishnan, tel 017-683 2094, sila jelaskan bayaran penuh dalam 3 hari bekerja.
        Pengesahan alamat: NORAZLINA BINTI JUNAIDI, K/P 680411-13-5020, No. 12, Lorong Song 3B, 93350 Kuching, Sarawak.
        Amirul bin Rahman (951203-12-5437) ditahan polis di kaunter semalam kerana cuba menggadai rantai curi; tiket beliau dibatalkan.
    """),
    "mixed": _lines("""
        boss, auntie Lim Bee Choo 9281 6047 call again ask can extend her ticket 26C-02218 or not, she say her son in hospital, cash very tight
        阿明 Tan Kok Ming 又 pawn 佢老婆啲 916 bangles, 今個月第三次, IC T0398562D, 老婆知唔知㗎?
        Telegram @jaslyn_goldbuy is Jaslyn Ong, the private seller who keep offering 999 bars below market, dun entertain her ok
        Customer Ahmad Zaki bin Yusof tak puas hati dengan buy-back price, dia nak report ke Tribunal Tuntutan Pengguna, nombor dia 011-2368 4950
        今日 Siti Aminah binti Kassim 嚟 redeem, 佢 MyKad 910126-14-5872 爛咗一角, 照收定唔收?
        FIN G5423719M, Rahman Hossain, pawned gold ring 4.1g for S$280, say need to send money home for his father's operation
        HKID E907163(A) 嘅 Leung Chi Keung 又嚟 sell gold, 今個月第4次, total 已經 HK$380,000, 要唔要 file STR?
        新 customer 加咗 WeChat goldsis_sz, 本名 Xu Li Ping, 深圳過嚟 sell 金, 港澳通行證 C73015824
        Mr Kenji Watanabe (M2765184K) collected his Rolex today, paid by MasterCard 5412 7593 0618 4724, pls file the receipt under his name
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the WhatsApp assistant of Golden Lotus Pawnshop (Singapore). Help customers with renewals and redemptions.",
        ),
        ("user", "hi can I renew my ticket online? 26A-03382"),
        (
            "assistant",
            "Yes, online renewal is available. To verify you, please send the full name printed on the ticket and your NRIC number.",
        ),
        ("user", "KOH LI TING, S8843016F"),
        (
            "assistant",
            "Thank you Ms Koh. The interest due for 26A-03382 is S$66.00. Please pay via PayNow to our UEN 201512345K with the ticket number as reference.",
        ),
        ("user", "paid already, pls send the receipt to liting.koh@outlook.com"),
    ],
    [
        ("user", "你好，想問遺失咗當票點算？"),
        (
            "assistant",
            "你好！遺失當票請盡快帶同身份證到原本當嘅分店辦理掛失，我哋會安排法定聲明，之後就可以照常贖當。",
        ),
        (
            "user",
            "我叫鄭淑儀，身份證 D314582(5)，張當票應該係十月尾當嘅，一隻金手鐲，電話 9672 0385",
        ),
        ("assistant", "鄭小姐，已經幫你記錄咗掛失申請，同事核對後會打 9672 0385 通知你嚟辦手續。"),
    ],
    [
        ("user", "請問汽車借款要準備什麼？"),
        ("assistant", "您好，需要行照、身分證、駕照正本，車主本人到場，車子不用留在店裡。"),
        (
            "user",
            "我的車是 2019 Toyota Altis，車號 RBC-3072，車主是我本人許志明，身分證 H123750949，大概可以借多少？",
        ),
        (
            "assistant",
            "許先生您好，依車況初估可借 NT$12 萬至 15 萬，實際以現場估價為準。方便留個聯絡方式嗎？",
        ),
        ("user", "LINE: zm_hsu1127，手機 0963-182-507，下午比較方便"),
    ],
    [
        ("user", "Assalamualaikum, nak tanya upah simpan untuk gelang 916 dalam 20g berapa ya?"),
        (
            "assistant",
            "Waalaikumussalam. Upah simpan dikira ikut nilai marhun; untuk 20g emas 916 anggaran sekitar RM 45 sebulan. Boleh datang ke kaunter untuk nilaian tepat.",
        ),
        (
            "user",
            "Ok saya nak buat temujanji Sabtu ni pukul 10. Nama Nurul Izzati binti Hamzah, IC 900715-01-5348, tel 019-376 2185",
        ),
        (
            "assistant",
            "Terima kasih Cik Nurul Izzati, temujanji Sabtu 10 pagi telah direkodkan. Sila bawa MyKad asal.",
        ),
    ],
    [
        ("user", "老板，金条回收今天多少钱一克？"),
        ("assistant", "您好，今日 Au9999 金条回收价 905 元/克，饰品按成色另算。"),
        (
            "user",
            "我有 200 克工行金条，想今天下午卖。我叫赵文博，手机 186 2093 4517，钱打到建行卡 6217 0012 7384 6592 034",
        ),
        ("assistant", "赵先生您好，已为您预留下午3点，请带身份证原件和金条原包装到店。"),
    ],
    [
        (
            "user",
            "help me draft SMS in English and Chinese to customer Mdm Ng Siew Hong, her ticket 26B-00734 due 12 Dec, hp 9640 2173",
        ),
        (
            "assistant",
            "EN: Dear Mdm Ng Siew Hong, your pawn ticket 26B-00734 is due on 12 Dec 2026. Please renew or redeem at any branch. / 中文：黄秀凤女士您好，您的当票 26B-00734 将于12月12日到期，请到任何分行续当或赎当。 Send to 9640 2173.",
        ),
        (
            "user",
            "ok but her Chinese name is 黃秀鳳 not 黄秀凤, she cannot read simplified one, change to traditional",
        ),
    ],
    [
        (
            "system",
            "You are a compliance assistant for a Singapore precious stones and metals dealer. Keep drafts factual and concise.",
        ),
        (
            "user",
            "Draft an STR narrative. Customer Vikram Nair s/o Suresh, FIN G7130482K, bought 1kg gold bars in two cash payments of S$19,900 each on 3 Dec 2026 at our Chinatown outlet, returned on 4 Dec for another S$19,800. He refused to say where the cash came from.",
        ),
        (
            "assistant",
            "Narrative: Between 3 and 4 Dec 2026, Vikram Nair s/o Suresh (FIN G7130482K) made three cash purchases of gold bars at the Chinatown outlet, each just below the S$20,000 threshold, totalling S$59,600. He declined to explain the source of funds. The pattern suggests structuring to avoid due diligence.",
        ),
        (
            "user",
            "add that he said he works as a lorry driver, and that he came with the same friend each time",
        ),
    ],
    [
        ("user", "我係深圳過嚟旅遊嘅，想喺你哋度賣金，要帶咩證件？"),
        (
            "assistant",
            "你好！內地旅客需要出示港澳通行證同內地身份證正本，我哋會用 999.9 收購價即場計。",
        ),
        (
            "user",
            "好，我叫何俊傑，身份證 440106198305172412，帶咗 10 両金粒，今日下晝三點到旺角店，可唔可以直接過數去我嘅內地戶口？",
        ),
        (
            "assistant",
            "何先生，我哋只可以用港幣現金或者香港銀行本票付款，唔可以直接轉去內地戶口，下晝三點見。",
        ),
    ],
    [
        ("user", "hi 我想 buy 916 necklace ansuran boleh ke?"),
        (
            "assistant",
            "Boleh, kami ada pelan ansuran 3 hingga 6 bulan dengan deposit 20%. Emas diserahkan selepas bayaran penuh.",
        ),
        (
            "user",
            "ok my name Chong Mei Yee, IC 880303-08-5662, email meiyee.chong@yahoo.com, nak ambil set 20g untuk wedding bulan Mac",
        ),
        (
            "assistant",
            "Terima kasih Cik Chong, saya sudah simpan tempahan set 20g atas nama anda. Resit deposit akan dihantar ke emel tersebut.",
        ),
    ],
    [
        (
            "user",
            "My dad's pawned watch was auctioned last month. Is there any surplus we can claim?",
        ),
        (
            "assistant",
            "If the auction price exceeded the loan, interest and charges, the surplus can be claimed by the pledger or an authorised person with the ticket and ID.",
        ),
        (
            "user",
            "He is Mr Soh Kian Seng, NRIC S4826173F, ticket 25J-04410. He had a stroke in August and is in a nursing home now, so I am handling it for him.",
        ),
        (
            "assistant",
            "Sorry to hear that. Please bring a letter of authorisation signed by Mr Soh, or an LPA if he cannot sign, together with your own NRIC.",
        ),
        ("user", "ok, can you just transfer the surplus to his POSB savings 188-52314-7?"),
    ],
]
