# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en315: SG/MY flooring, carpentry and kitchen-cabinet contractors (site measurements, HDB renovation permits, defects lists, deposits, disputes, workers' injuries, carpenters' chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en315
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "hdb_renovation_rules"): _lines("""
        HDB flat owners must engage a contractor listed in the Directory of Renovation Contractors (DRC) for hacking, tiling and flooring works that need a renovation permit.
        Noisy works such as hacking, drilling and tile removal are only allowed from 9am to 5pm on weekdays; no renovation works on Sundays and public holidays.
        Overlaying new vinyl or SPC flooring on top of existing floor tiles does not need a permit, but hacking the original floor finish in wet areas does.
        Renovation permit applications are submitted online through the HDB e-Renovation portal by the registered contractor, not by the flat owner.
        Reminder from the town council: lift protection panels must be installed before moving plywood sheets up, and all debris must be bagged and removed daily.
        For new flats, bathroom floor and wall tiles may not be hacked within the first 3 years, so as not to damage the original waterproofing membrane.
        After re-screeding a bathroom floor, the contractor must lay a new waterproofing membrane and carry out a 24-hour ponding test before tiling.
        Flats still within the Minimum Occupation Period may still be renovated; the MOP restricts sale and whole-flat rental, not carpentry or flooring works.
        Contractors found carrying out unauthorised hacking may be suspended from the DRC and fined; HDB officers conduct random checks at renovation sites.
        Fire safety notice: no cutting of plywood or MDF boards at the common corridor; do the cutting inside the unit and keep the escape route clear at all times.
        Lim Kim San, the first chairman of HDB from 1960, pushed the early building programme, and most of those first-generation flats came with terrazzo floors.
        Renovation notice template: Unit ____ will undergo renovation from __/__/____ to __/__/____. Contractor: ________. DRC No.: ________. Emergency contact: ________.
        Good practice: let timber floor boards acclimatise on site for at least 48 hours and check that the screed moisture content is below 5% before installation.
    """),
    ("en", "price_list"): _lines("""
        SPC vinyl flooring 5mm click-lock, 1.5mm IXPE underlay included: S$3.80/sqft supply and install, minimum 300 sqft, skirting S$4.50/m extra.
        Kitchen top cabinet, 3G laminate on 18mm plywood carcass, soft-close hinges: S$160 per foot run; bottom cabinet S$190 per foot run.
        Quartz countertop 15mm, standard colours: S$120/ft run; sintered stone 12mm: S$185/ft run; undermount sink cut-out S$80 per hole.
        Floor hacking and disposal (ceramic tiles, 3-room flat approx 65 sqm): S$1,800 lump sum, inclusive of HDB permit submission and lift protection.
        Wardrobe 2.2m height, swing door, internal 4 shelves + 1 hanging rod: from S$210 per foot run. Sliding door add S$25/ft. Glass door add S$40/ft.
        Timber strip parquet refurbishment (sanding + 2 coats PU matt varnish): S$2.20/sqft; replace loose or hollow strips S$6.00 per piece.
        Laminate flooring 12mm AC4, German made: RM6.90 per sqft installed, Klang Valley only, transport RM150 flat for jobs outside 30km.
        Platform bed with hydraulic lift storage, queen 152cm x 190cm: RM1,850; king 183cm x 190cm: RM2,150; headboard with LED strip add RM380.
        Engineered oak 15/4mm, brushed, natural oil: S$11.50/sqft supply only. Installation S$2.50/sqft. Add 8% wastage to the measured area.
        Site measurement and 3D drawing: S$150 per visit, fully offset against the contract sum if the job is confirmed within 14 days.
        Skirting options: PVC 60mm S$3.20/m, aluminium 80mm S$9.00/m, solid timber 90mm painted S$12.00/m. Price excludes removal of old skirting.
        Hettich soft-close drawer runner upgrade S$35 per drawer; Blum Legrabox upgrade S$95 per drawer; Blum Aventos HF lift-up S$420 per set.
        Prices valid until 31 Mar 2027. GST 9% not included. 50% deposit upon confirmation, 40% upon installation, 10% after defects rectification.
    """),
    ("en", "business_invoices"): _lines("""
        TAX INVOICE No. INV-2026-11-0487 | Evergreen Joinery Pte Ltd | UEN 201634512K | GST Reg No. M90367215X | Date: 14/11/2026 | Terms: 14 days
        Item 3: Kitchen bottom cabinet with Blum Tandembox drawers, 9.5 ft run @ S$205.00 = S$1,947.50 (laminate Lamitak LT 5021 Natural Walnut)
        Payment: PayNow to UEN 201634512K or transfer to DBS Current A/C 072-904518-3 (Evergreen Joinery Pte Ltd). Please quote the invoice number.
        Ah Seng Timber & Hardware Sdn Bhd (201901028844), No. 18, Jalan Perusahaan 2, Kawasan Perindustrian Beranang, 43700 Beranang, Selangor. Tel: 03-8724 6610
        Credit Note CN-00912 against INV-2026-10-0311: returned 6 boxes Kronotex Mammut Plus oak (SKU KX-D3182), unopened, amount S$-642.00
        Subtotal S$8,420.00 | GST 9% S$757.80 | Total S$9,177.80 | Less deposit received 02/10/2026 S$4,588.90 | Balance due S$4,588.90
        Terms: Goods sold are not returnable after cutting. Interest of 1.5% per month is charged on overdue accounts beyond 30 days. E&OE.
        Delivery Order DO-55820 | 42 sheets 18mm marine plywood, 20 sheets 3G laminate, 2 boxes Hafele hinges | Received in good condition: ______ (company stamp)
        Perabot Kak Yah Enterprise, Lot 2231 Jalan Kuala Kangsar, 31200 Chemor, Perak | Invois #PKY-0093 | 4 unit pintu kabinet gantung @ RM120 = RM480.00
        Progress claim No. 3 for Project P-2611 (4-room kitchen and flooring): 40% of contract sum S$23,600.00 = S$9,440.00, certified 21 Nov 2026.
        Quotation Q-7741 valid 30 days. Variation order VO-02: add 2 tall units (oven and microwave housing) 600W x 2300H at S$1,380.00 per unit.
        Receipt RCPT-000981: Received for job JB-2610-44 the sum of RM3,500.00 by DuitNow QR, being 30% deposit for wardrobe and TV console.
        Kimline Hardware Supply Pte Ltd, 21 Kaki Bukit Crescent #03-18, Singapore 416253 | Tel 6741 2290 | accounts@kimline-hw.com.sg | Statement of account Nov 2026
    """),
    ("en", "app_config_and_logs"): _lines("""
        2026-11-18T09:42:17+08:00 INFO quote-svc created quote Q-2026-04471 job_type=kitchen_cabinet run_ft=14.5 total=6235.00 currency=SGD
        WARN measure-sync: room_id=LR-02 width_mm=3650 length_mm=4210 deviation=1.8% exceeds tolerance 1.5%, flagging room for re-measure
        FLOOR_WASTAGE_PCT = 0.08  # add 8% for straight lay, use 0.12 for herringbone and 0.15 for chevron patterns
        {"sku": "SPC-5MM-OAK-NAT", "box_sqft": 23.8, "price_per_sqft": 3.80, "stock": 412, "warehouse": "Sungei Kadut"}
        def board_count(area_sqft: float, box_sqft: float = 23.8, wastage: float = 0.08) -> int: return math.ceil(area_sqft * (1 + wastage) / box_sqft)
        ERROR payment-gw: webhook signature mismatch for txn_id=pn_8f3c21a9e4 order=ORD-88213 expected_sha256=9b2f4c7d0e1a retry=2/5
        job_id,site_type,room,floor_type,area_sqm,skirting_m,permit_required,status,created_at
        SMTP_FROM="no-reply@quote.example-carpentry.sg"  SUPPORT_EMAIL="support@example-carpentry.sg"  WHATSAPP_BIZ="+65 6555 0142"
        cutlist v2.3.1: 18mm board 2440x1220, kerf 3.2mm, 27 parts nested on 5 sheets, yield 86.4%, exported to exports/Q-2026-04471/cutlist.dxf
        INFO defects-app: ticket DEF-3391 status OPEN -> RECTIFIED by role=site_supervisor at 2026-11-20 16:05:33 SGT, photos_attached=4
        git commit 3e7a9c1 "fix: round laminate run to nearest 0.5ft and show GST separately on PDF quote; closes #214"
        docker compose up -d quote-db  # postgres:16, POSTGRES_USER=quote_app POSTGRES_PASSWORD=changeme POSTGRES_DB=quotes
        curl -X POST https://api.example-reno.my/v1/measurements -H "Content-Type: application/json" -d '{"job":"KL-2611-07","room":"dapur","l_mm":3020}'
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Boss, Punggol site the plywood delivery reach already, 42 sheets, but 3 sheets at the corner kena wet, can reject or not?
        Tmr morning 9am sharp start hacking, remember HDB only allow until 5pm, don't anyhow drill after that later neighbour complain again.
        明天 Tampines job 的 laminate 换 Lamitak LT 5021，supplier 说 stock only Wednesday arrive, 我们先做 carcass first.
        Kitchen top cabinet level off by 4mm on the left side, wall not straight lah, need to scribe the filler panel, don't force it in.
        Guys pls upload defect photos into job folder JB-2611-08 before 6pm, handover is Friday and boss want the checklist complete.
        SPC floor expansion gap keep 8mm all round ok, last time the Sengkang job buckle because gap too small, kena redo 2 rooms.
        Lorry full already, skirting and aluminium profile go tomorrow second trip. Sapa free pagi esok tolong angkat naik level 12?
        Blum hinge 110 degree out of stock at the supplier, they got Hettich Sensys, same price, boss ok to switch ah? Need to confirm by 3pm.
        Jurong West site lift protection not up yet, town council officer came check just now, say cannot move material until it's done.
        今天 moisture meter reading screed 5.8%, 还是有点高, wait two more days then lay the engineered wood, 不要赶.
        Remember wear mask when cutting MDF, the dust very bad. Safety briefing Monday 8am at workshop, everybody must attend, no excuse.
        Quartz top template done, fabricator say 7 working days, install date tentatively 3 Dec, sink and hob cut-out sizes confirmed.
        Mesin potong kat workshop blade dah tumpul, I order new 254mm 60T blade from Lazada already, should reach by Thursday.
    """),
    ("zh-Hans", "产品列表"): _lines("""
        【新品上架】SPC石塑地板 5mm 锁扣安装 自带1.5mm静音垫 防水防潮 适用组屋厨房和卫生间 每箱2.21平方米 S$82/箱 满10箱送踢脚线
        百隆 Blum CLIP top BLUMOTION 110° 阻尼铰链 全盖款 含底座 奥地利原装进口 SKU: BL-71B3550 单价 RM28.50 批量另议
        海福乐 Häfele 厨房拉篮 调味篮 304不锈钢 适配300mm柜体 左右通用 西马半岛包邮 RM239 东马另加运费
        欧洲橡木多层实木复合地板 15mm 拉丝面 天然木蜡油 长1900mm 宽190mm 每平方米 S$108 不含安装 可预约样板
        石英石台面 莎安娜米黄 15mm 加厚前沿40mm 每延米 S$360 含水槽开孔一个 新加坡全岛送货 安装期约7个工作日
        衣柜铝合金玻璃门 茶色长虹玻璃 窄边框20mm 高度可定制至2400mm 每平方米 RM520 吉隆坡及雪兰莪地区免费上门测量
        实木踢脚线 柚木 高9cm 每米 S$12 油漆另计 颜色可选胡桃木色、原木色、白色 最低起订20米 旧踢脚线拆除另收费
        德国 Egger 欧洲板 E1级 18mm 2800x2070mm 花色 H1180 ST37 天然哈里森橡木 木工坊批发价请私信询价
        防潮IXPE地垫 2mm 每卷20平方米 S$45 订单满S$300免运费 下单后系统自动发送订单编号和物流单号 支持裕廊仓库自提
        橱柜LED感应灯条 12V 铝槽嵌入式 3000K暖光 每米 RM45 含驱动电源 一年保修 型号 LS-0312 支持手扫感应
        人字拼木地板 白橡木 600x100x15mm 法式鱼骨拼另有报价 样板可到裕廊东展示厅查看 营业时间 10:00-19:00
        榻榻米地台 升降桌 定制 2.4m x 1.8m 含收纳格6个 售价 RM4,680 起 交货期约4周 需先付30%订金排期
        IKEA METOD 柜体兼容替换门板 定制尺寸 600x800mm 哑光白 每扇 S$58 不含拉手 开孔位置按宜家标准
    """),
    ("zh-Hant", "商家評論"): _lines("""
        「阿明木工坊」做工真係細緻，衣櫃門縫對得好齊，抽屜路軌用Blum，開合好順。唯一係工期拖咗成個禮拜，話等板材到貨，所以俾四星。
        在 Google 上看到「林記地板」評價4.7分才找他們，到現場量尺寸很專業，報價單列得清清楚楚，SPC地板三天就鋪好，踢腳線收邊也漂亮，推薦。
        這家系統櫃公司售後很差，廚房吊櫃鉸鏈鬆了打客服電話 02-2761-5530 三次都說會派人，結果等了一個月都沒來，只能給一星。
        好評！「陳氏傢俬」老字號，六十年代已經喺大埔開舖，實木餐枱用咗二十年都冇變形，今次再搵佢哋整電視櫃同埋書櫃，一樣咁用心，價錢都好公道。
        師傅團隊準時又乾淨，每天收工都會把木屑吸乾淨，電梯保護板也有鋪好。價格不算便宜，但一分錢一分貨，廚房櫃做完連鄰居都跑來問是哪一家公司。
        木地板裝完三個月就起拱，公司說是室內濕度太高不保修，但合約明明寫保固一年，已經向消費者保護官反映，提醒大家簽約前看清條款。
        推介佢哋觀塘鴻圖道嘅展示廳，有成十幾款地板樣辦可以踩落去試手感，職員解釋好有耐性，完全冇硬銷，星期日同公眾假期都有開，記得預約。
        台中這間「木匠兄弟」系統櫃做得很用心，設計師照我們的動線畫了三次3D圖，最後加了一個電器高櫃，收納量大增，交屋時還附保養說明書，五顆星。
        報價單寫明板材是E1級，收貨卻發現是E2，味道很重，要求退換還被說是誤會。提醒大家驗收時一定要看清楚板材側邊的標籤和出廠證明。
        評分3/5：工藝沒問題，但溝通很亂，LINE群組裡今天說A明天說B，訂金付了五成才開始畫圖，建議大家簽約前先談好付款階段和完工時間。
        澳門氹仔呢間裝修公司幫我哋翻新三十年老屋嘅柚木地板，打磨再上三層漆，效果好似新嘅一樣，價錢合理，工期五日搞掂，收工仲幫手清潔埋。
        喺香港 IKEA 買咗廚櫃唔識裝，搵咗「裝嘢佬」安裝服務，兩個師傅半日搞掂，仲幫手調水平同埋封邊，收費 HK$2,800，抵。
        店家回覆：感謝您的評價！關於地板縫隙問題，我們已安排售後專員於下週上門檢查，如有疑問請致電客服專線 0800-221-668。
    """),
    ("ms", "notis_dan_soalan_lazim"): _lines("""
        NOTIS: Kerja-kerja pengubahsuaian di unit ini akan dijalankan dari 8 Disember hingga 20 Disember 2026, jam 9 pagi hingga 6 petang. Harap maaf atas kesulitan.
        Soalan: Perlukah saya memohon permit PBT untuk menukar lantai jubin? Jawapan: Tidak perlu jika tiada perubahan struktur, tetapi sila maklumkan pengurusan bangunan.
        Semua pekerja wajib memakai kasut keselamatan dan topi keledar di tapak. Pelanggaran akan dikenakan denda RM50 oleh penyelia tapak.
        Deposit 50% diperlukan untuk pengesahan tempahan kabinet dapur. Baki 50% dibayar selepas pemasangan siap dan diperiksa bersama pelanggan.
        Waranti lantai vinil SPC kami ialah 10 tahun untuk kecacatan pembuatan. Waranti tidak meliputi kerosakan akibat banjir atau perabot berat yang diseret.
        Soalan: Berapa lama untuk siapkan kabinet dapur? Jawapan: Lazimnya 3 hingga 4 minggu selepas lukisan disahkan, bergantung pada bahan yang dipilih.
        Aduan berkenaan kontraktor boleh difailkan di Tribunal Tuntutan Pengguna Malaysia (TTPM) bagi tuntutan yang tidak melebihi RM50,000.
        Pengurusan kondominium: kerja bising hanya dibenarkan Isnin hingga Jumaat 9.00 pagi - 5.00 petang. Deposit pengubahsuaian RM2,000 boleh dikembalikan.
        Kontraktor mestilah berdaftar dengan CIDB dan memegang Perakuan Pendaftaran Kontraktor yang sah. Semak status pendaftaran di portal rasmi CIDB.
        Bilik pameran kami di No. 27, Jalan SS 15/4B, Subang Jaya dibuka setiap hari 10 pagi - 7 malam. WhatsApp perniagaan: 011-2345 8890.
        Sila pastikan lantai simen kering sepenuhnya sebelum pemasangan lantai kayu. Bacaan kelembapan mesti di bawah 5% untuk skrid simen pasir.
        Harga termasuk pengangkutan dalam lingkungan 30km dari Shah Alam. Caj tambahan RM1.20 sekilometer dikenakan bagi lokasi di luar kawasan tersebut.
        Kami tidak terima tunai di tapak. Semua bayaran melalui FPX atau DuitNow ke akaun Maybank 5621 8800 4417 atas nama Kayu Jati Interior Sdn Bhd.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Site measurement booked: Mr Desmond Koh Wei Liang, Blk 472B Yishun Street 42 #09-118, Singapore 762472, mobile 9127 4486, kitchen plus 2 bedrooms SPC.
        Customer Nur Aisyah binti Rahmat paid S$2,400 deposit via PayNow from 8836 1920, ref JB-2611-15, for the master bedroom wardrobe.
        Defects list for Mdm Tan Siew Lan (NRIC S7719043J): 1) cabinet door misaligned 2) laminate chipped at sink corner 3) skirting gap near main door.
        Worker injury report: Rahim Uddin, FIN G5820147U, carpenter, deep cut to left palm from circular saw at Bukit Batok site, 7 stitches at NTFGH, MC 5 days.
        Our carpenter Ravi told me his wife is pregnant with twins and he needs 2 weeks unpaid leave in January, pls don't share with the rest of the team.
        Ah Kiat still owes the timber supplier S$7,800 and his cheque bounced again last week, boss say don't give him any more subcon jobs until he settles.
        Mrs Priya Nair complained the hacking started at 8.15am; she works night shifts as a nurse and needs to sleep in the day, she stays directly below at #07-233.
        Email from kelvin.lohjh88@gmail.com: Can you send the revised quote for the L-shaped kitchen? My budget max S$12k, I am still servicing a personal loan.
        9668 2145 - customer for the Clementi job, pls call back about the herringbone sample before Friday, he prefers calls after 7pm.
        Jason Teo Boon Hock,S8234517E,+6590127734,18 Jalan Kemaman Singapore 339890,3500.00,kitchen+flooring,deposit_paid
        Small Claims filed by Lim Chee Keong against us for S$9,600 over the warped parquet, hearing 14 Jan 2027; he says the stress triggered his heart condition again.
        Supervisor Muthu Krishnan's salary is S$4,200 basic plus S$600 site allowance, pls keep confidential when preparing the December payroll.
        Handover photo IMG_4471.jpg shows owner Grace Ong holding her keys next to her son in school uniform, unit number 10-342 visible on the door. Do not post.
        Delivery to Mr Farid, 35 Lorong Marzuki, Singapore 416120 (landed house), gate code 4471, dog in compound, call 8124 5530 before arriving.
        Car plate SLK 8823 D belongs to the homeowner at the Hougang job, he says our lorry keeps blocking his car, ask drivers to park at the loading bay instead.
        Mr and Mrs Chua Kian Seng are divorcing; the wife says don't install the study table because the flat will be sold under the court order, only talk to her lawyer.
    """),
    "mixed": _lines("""
        Eh the Sengkang auntie Madam Lee, her number 9345 7781, she wants the cabinet colour change again lah, this is the 4th time already. Tomorrow you call her ok?
        阿明 yesterday fall from ladder at Toa Payoh site, X-ray show hairline fracture at wrist, doctor say cannot work 3 weeks. Already file WICA claim under his FIN F2049718K.
        Customer 黄太 (Mrs Wong Mei Fong) transfer RM5,000 deposit from Public Bank acc 6-3920-1847-02, pls check and issue receipt, her email wongmf.home@yahoo.com.my.
        Boss, Encik Hafiz dari Bangsar tu cakap dia baru kena retrench, minta tangguh bayar baki RM6,400 sampai Februari. Macam mana, boleh bagi ke?
        Bro tolong WhatsApp this number 016-782 3391 ya, that's Mr Sivakumar from Klang, sample tiles dia nak tengok Sabtu ni pagi.
        Address for Saturday install: No. 12, Jalan Bukit Indah 3/14, Taman Bukit Indah, 81200 Johor Bahru. Owner 林先生, 012-716 4408, anjing garang, jangan buka pagar sendiri.
        那个 uncle Ong Ah Huat 说他有 diabetes, 脚的伤口还没好, 不能上楼梯 check the floor, 我们拍照 send 给他 ok?
        Worker Kyaw Zin Oo work permit no. 023456781 expiring 03/2027, passport MB284619, pls renew fast, he needs to go back for his father's funeral.
        IC dia 880514-10-5327, nama Siti Khadijah binti Osman, untuk borang TTPM, dia claim kabinet dapur bocor air, minta refund RM3,200.
        陈太 said her husband Mr Tan Kok Leong just got warded at SGH for stroke, she asks us to pause the kitchen job at their Bedok flat, Blk 528 #11-402, until January.
    """),
    "zh-Hans": _lines("""
        客户王建国，身份证号 440304198607153426，手机 138 2745 6610，深圳南山区蛇口海月花园12栋1803房，全屋木地板翻新，定金 ¥8,000 已收。
        李师傅上周在工地被电锯伤到右手两根手指，已经在新山的医院做了手术，他老婆打电话来问工伤赔偿什么时候能批下来。
        陈先生的电话是 +65 8172 3390，他说晚上8点后才方便接，不要发短信，也不要打到他公司。
        工人阿强欠了大耳窿三万多，最近有人找到工地来闹，老板说先让他休假两周避一避，这事别跟客户讲。
        业主刘女士（手机 159 0213 4477）投诉衣柜有甲醛味，说她刚怀孕三个月，要求全部拆除重做并赔偿检测费。
        收款记录：张伟明 招商银行 6214 8321 0045 7789 转账 12,600 元，备注“厨房柜尾款”，2026-11-03 14:22。
        客户邮箱 huangxiaoli.design@163.com，黄小姐要我们把橱柜三维图和报价单一起发过去，周五前确认。
        周太太和她先生正在闹离婚，蒲种那间房子两个人都说自己才是付款人，尾款先别收，等律师信。
    """),
    "zh-Hant": _lines("""
        業主黃志強先生，香港身份證 K582310(2)，住址：新界沙田禾輋邨豐和樓1507室，申請更換廚房地台磚，聯絡電話 9634 2187。
        台北客戶吳佩珊，身分證字號 A228395176，地址：台北市大安區和平東路二段118巷7號4樓，訂製系統衣櫃兩座，訂金 NT$60,000。
        何太話佢個仔有自閉症，好怕電鑽聲，要求我哋每日三點前收工，開工前一定要先WhatsApp通知佢，麻煩大家配合。
        澳門氹仔客戶梁嘉欣，手機 6688 3124，電郵 kayanleung.mo@gmail.com，投訴木地板起拱，要求退回訂金 MOP 15,000。
        師傅阿輝上個月喺工地由梯上跌落嚟，腰骨受傷，到而家仲未返到工，佢老婆問我哋保險公司幾時先賠錢。
        客戶鄭先生信用卡尾數 4821 付款失敗三次，他說最近手頭很緊，問能否把廚櫃尾款分六期付給我們。
    """),
    "ms": _lines("""
        Pelanggan: Encik Mohd Azlan bin Ismail, No. KP 790321-08-5163, alamat No. 45, Jalan Kenari 7, Bandar Puchong Jaya, 47100 Puchong, Selangor. Tel: 013-428 9915.
        Puan Rosnah sedang menjalani kemoterapi untuk kanser payudara, jadi dia minta kerja bising dibuat hanya pada hari Selasa dan Khamis.
        Pekerja kami Azmi jatuh dari tangga semasa pasang kabinet atas di Shah Alam, patah tulang selangka, cuti sakit 6 minggu. Laporan PERKESO sedang diproses.
        No. akaun Maybank pelanggan untuk pemulangan deposit: 1640 2277 8831 (Nurul Izzah binti Kamal). Jumlah RM1,500, sila proses sebelum Jumaat.
        Hubungi Kak Lina di 019-336 7702 untuk tarikh ukur dapur, dia hanya free selepas pukul 5 petang sebab kerja syif.
        Encik Raju tak bayar baki RM8,200 sejak Ogos, dah hantar surat tuntutan kali kedua ke rumahnya di Taman Melawati, mungkin kena bawa ke TTPM.
        E-mel daripada faizal.hakim82@gmail.com: Saya nak batalkan tempahan kabinet sebab isteri saya baru bersalin dan kami nak pindah ke rumah mertua.
        Lori sewa WXY 4417 yang dipandu Ah Chong langgar pagar rumah pelanggan di Kajang, laporan polis sudah dibuat, dia minta kita tanggung kos baiki.
        Borang aduan: Nama: Lim Swee Hoon | Tel: 012-559 0283 | Alamat: 22, Lorong Permai 5, Taman Permai, 14000 Bukit Mertajam, Pulau Pinang | Aduan: lantai laminat kembang.
        Pak Cik Osman yang tinggal di tingkat 5 Blok C sebelah tapak kita mengadu bunyi gerudi buat dia tak boleh rehat selepas pembedahan jantung minggu lepas.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a quoting assistant for a small Singapore carpentry and flooring company. Keep replies short and polite.",
        ),
        (
            "user",
            "Draft a WhatsApp message to confirm site measurement with Mr Desmond Koh at Blk 472B Yishun Street 42 #09-118 this Saturday 10am. His number is 9127 4486.",
        ),
        (
            "assistant",
            "Hi Mr Koh, this is to confirm our site measurement at Blk 472B Yishun Street 42 #09-118 this Saturday at 10am. Our measurer will call 9127 4486 about 15 minutes before arriving. Thank you!",
        ),
        ("user", "Add that measurement fee S$150 will be offset if he confirms within 14 days."),
        (
            "assistant",
            "Added: The S$150 measurement fee will be fully offset against the contract sum if you confirm the job within 14 days.",
        ),
    ],
    [
        ("system", "你是一家马来西亚木工公司的行政助理。"),
        (
            "user",
            "帮我写一份工伤报告：工人李志豪，护照号 E83920147，10月28日在蒲种工地切板时被电锯割伤左手食指，送 Columbia Asia 缝了6针，医生给病假7天。",
        ),
        (
            "assistant",
            "工伤事故报告：姓名 李志豪；护照号 E83920147；事故日期 2026年10月28日；地点 蒲种工地；经过：切割板材时左手食指被电锯割伤；处理：送往 Columbia Asia 医院缝合6针；病假7天。建议同时通知 PERKESO 并保存医疗单据。",
        ),
        ("user", "再加一句公司已经垫付了医药费 RM850。"),
        ("assistant", "已补充：医药费 RM850 已由公司先行垫付，待保险理赔后结算。"),
    ],
    [
        (
            "user",
            "Tolong tulis surat tuntutan kepada Encik Raju a/l Subramaniam, No. 9, Jalan Melawati 3, Taman Melawati, 53100 Kuala Lumpur. Baki RM8,200 untuk kabinet dapur belum dibayar sejak Ogos.",
        ),
        (
            "assistant",
            "Kepada Encik Raju a/l Subramaniam, No. 9, Jalan Melawati 3, Taman Melawati, 53100 Kuala Lumpur. Per: Tuntutan baki bayaran RM8,200. Kami merujuk kepada kerja pemasangan kabinet dapur yang telah siap. Sila jelaskan baki dalam tempoh 14 hari dari tarikh surat ini, jika tidak kami akan memfailkan tuntutan di TTPM.",
        ),
        ("user", "Ok, tukar tempoh jadi 7 hari dan sebut invois INV-0822."),
        (
            "assistant",
            "Baik: Sila jelaskan baki RM8,200 bagi invois INV-0822 dalam tempoh 7 hari dari tarikh surat ini.",
        ),
    ],
    [
        ("system", "You help a renovation site supervisor organise defects lists."),
        (
            "user",
            "Handover tmr for Mdm Tan Siew Lan, Blk 305 Tampines Ave 5 #06-271. Her son says she just had knee surgery so she cannot bend down to check. Defects: drawer rub, laminate chip, skirting gap, sink silicone messy. Sort by priority pls.",
        ),
        (
            "assistant",
            "Suggested order: 1) drawer rubbing (daily use), 2) sink silicone (water leak risk), 3) laminate chip, 4) skirting gap. Since Mdm Tan is recovering from knee surgery, take close-up photos of low items like skirting and bottom drawers so she can check them sitting down.",
        ),
        ("user", "Good, also remind me to bring the touch-up kit."),
        (
            "assistant",
            "Noted: bring the laminate touch-up kit and a spare silicone tube for the handover at Blk 305 Tampines Ave 5 #06-271.",
        ),
    ],
    [
        (
            "user",
            "我係何嘉儀，住將軍澳寶琳邨，電話 6123 8870。裝修公司收咗我三萬蚊訂金之後冇再開工，我應該點做？",
        ),
        (
            "assistant",
            "你可以先以書面（WhatsApp 或電郵）要求對方於指定日期前復工或退還訂金，保留所有收據同對話紀錄。如果對方唔回應，可以向消費者委員會投訴，或者向小額錢債審裁處提出申索，三萬元屬於審裁處處理範圍。",
        ),
        ("user", "我張收據寫住我身份證號碼 Y903415(1)，會唔會有問題？"),
        (
            "assistant",
            "提交申索時可以附上收據，但如要公開分享或放上網，建議先遮蓋身份證號碼同地址，保障自己私隱。",
        ),
    ],
    [
        (
            "system",
            "CRM record: customer Jason Teo Boon Hock, NRIC S8234517E, mobile +65 9012 7734, address 18 Jalan Kemaman Singapore 339890, job: kitchen + flooring, deposit S$3,500 paid 02/10/2026, balance S$8,900 outstanding.",
        ),
        ("user", "Summarise the status of this customer's account in one paragraph for the boss."),
        (
            "assistant",
            "Jason Teo Boon Hock (18 Jalan Kemaman) has a kitchen and flooring job. He paid the S$3,500 deposit on 2 Oct 2026 and S$8,900 is still outstanding. Suggest sending a progress claim once installation is done.",
        ),
        ("user", "Thanks."),
    ],
    [
        (
            "user",
            "One of my workers, Htet Aung Lwin, FIN G7301865Q, fell off a platform at our Bukit Batok site and fractured his ankle. How do I file a WICA claim?",
        ),
        (
            "assistant",
            "Report the accident to MOM through the iReport system within 10 days of the injury being certified, notify your work injury insurer, and keep his medical certificates. Htet Aung Lwin is entitled to medical leave wages and reimbursement of medical expenses while the claim is assessed.",
        ),
        (
            "user",
            "His MC is 4 weeks, and he asked if he will be sent home because of the injury. What should I tell him?",
        ),
        (
            "assistant",
            "You can reassure him that an injured worker cannot be repatriated just because of a work injury while his WICA claim is ongoing; he should continue his treatment and follow-up appointments.",
        ),
    ],
    [
        ("system", "Anda pembantu yang membantu pelanggan memilih lantai untuk rumah di Malaysia."),
        (
            "user",
            "Saya nak tukar lantai rumah mak saya, Puan Zaleha binti Ahmad, di Taman Tun Dr Ismail. Dia ada demensia dan pernah jatuh dua kali tahun ni. Lantai apa paling selamat?",
        ),
        (
            "assistant",
            "Untuk warga emas yang berisiko jatuh, pilih lantai vinil SPC dengan permukaan bertekstur anti-gelincir (R10 ke atas), elakkan permaidani kecil yang longgar, dan gunakan warna yang kontras di tepi tangga dan pintu bilik air supaya mudah dilihat.",
        ),
        (
            "user",
            "Luas ruang tamu 4.2m x 3.8m, berapa kotak saya perlu kalau satu kotak 2.21 m persegi?",
        ),
        (
            "assistant",
            "Luas 4.2 x 3.8 = 15.96 m persegi. Tambah 8% pembaziran = 17.24 m persegi. 17.24 dibahagi 2.21 = 7.8, jadi beli 8 kotak.",
        ),
    ],
    [
        (
            "user",
            "帮我把这段投诉翻译成英文：我是刘晓燕，手机 9784 5512，住在盛港的组屋。你们装的厨房吊柜掉下来，差点砸到我女儿，我要求全额退款。",
        ),
        (
            "assistant",
            "My name is Liu Xiaoyan, mobile 9784 5512, and I live in an HDB flat in Sengkang. The kitchen wall cabinet you installed fell down and nearly hit my daughter. I demand a full refund.",
        ),
        ("user", "语气再正式一点。"),
        (
            "assistant",
            "Dear Sir or Madam, I am writing to lodge a formal complaint. The kitchen wall cabinet installed by your company at my flat in Sengkang detached from the wall and nearly injured my daughter. I request a full refund and an urgent inspection. Please contact me at 9784 5512. Yours faithfully, Liu Xiaoyan",
        ),
    ],
    [
        (
            "system",
            "You fill in deposit refund forms for a Johor Bahru cabinet company from the details the staff give you.",
        ),
        (
            "user",
            "Refund for cancelled job JB-2609-12. Customer is Ong Mei Ling, IC 910223-01-6634, refund RM2,000 to her CIMB account 8006 4412 9057. Reason: she is relocating to Penang for her husband's treatment.",
        ),
        (
            "assistant",
            "DEPOSIT REFUND FORM | Job: JB-2609-12 | Customer: Ong Mei Ling | IC: 910223-01-6634 | Bank: CIMB 8006 4412 9057 | Amount: RM2,000.00 | Reason: cancellation, customer relocating to Penang for family medical reasons | Approved by: ________",
        ),
        ("user", "Perfect, print ready."),
    ],
]
