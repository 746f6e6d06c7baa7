# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en336: SG/MY craft breweries, bars and liquor licensing (age checks, drunk-customer incidents, tab disputes, licence applications, staff rosters, bar managers' chats). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en336
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "licensing_regulations"): _lines("""
        Under the Liquor Control (Supply and Consumption) Act 2015, no one may drink liquor in a public place between 10.30pm and 7am daily unless the spot is covered by a valid liquor licence.
        Liquor Control Zones in Geylang and Little India carry extra limits: no public drinking from 7am on Saturday to 7am on Monday, and on the eve of and on public holidays.
        Applications for a new liquor licence are made through GoBusiness Licensing; the Police Licensing & Regulatory Department (PLRD) may ask for a floor plan and the landlord's written consent.
        Licensees must not supply liquor to any person below 18 years of age; staff should ask for photo ID such as an identity card, passport or driving licence when the customer looks under 25.
        Malaysia: the minimum age to buy or be served alcoholic beverages was raised from 18 to 21 in 2017 through an amendment to the Food Regulations 1985.
        In Kuala Lumpur a bar needs both a DBKL business premises licence and a liquor licence from the Lembaga Pelesenan Minuman Keras under the Excise Act 1976; both are renewed yearly.
        The licensee shall display the liquor licence and the sign stating that liquor will not be sold to persons under 18 at a conspicuous spot near the main entrance of the licensed premises.
        Licensees who breach licence conditions may face composition fines, suspension or revocation; the record of past breaches is taken into account when the licence comes up for renewal.
        Hong Kong: since 30 November 2018 it has been an offence to sell or supply intoxicating liquor to a minor in the course of business under the Dutiable Commodities (Liquor) Regulations.
        Taiwan: Article 43 of the Protection of Children and Youths Welfare and Rights Act bars anyone under 18 from drinking alcohol, and shops may not sell or supply liquor to them.
        Brewing beer in Malaysia without a licence from the Royal Malaysian Customs Department (JKDM) is an offence; licensed breweries pay excise per litre of pure alcohol plus an ad valorem part.
        Standard condition: CCTV must cover every entrance and the bar counter, with recordings kept for at least 30 days and produced to a police officer on request.
        Guidance note LIC-GN-07 (rev. 2026): outlets changing from a Class 2B beer house licence to a Class 1B public house licence must file a fresh application, not an amendment.
    """),
    ("en", "tap_list_menu"): _lines("""
        TAP 1 - Ah Gong's Kopi Stout 6.8% ABV, 35 IBU, brewed with Robusta from a Jalan Besar roaster | Half pint S$11 / Pint S$17 (happy hour till 8pm: S$13)
        TAP 2 - Hang Tuah Hazy IPA 6.5% | Citra, Mosaic, Galaxy | 330ml can RM 32, 500ml draught RM 38, 1.89L growler refill RM 120
        TAP 3 - Auntie Siew's Pandan Blonde 4.8%, a collab with the nasi lemak stall downstairs; 2 pints for S$22 until 9pm, Mon to Thu only
        Guest taps: Tiger Crystal, Heineken Silver, Carlsberg Smooth Draught - jug S$42 / 3L tower S$88, valid Sunday to Thursday except eve of PH
        Johnnie Walker Black Label 12 YO S$14 per nip or S$228 per bottle; Jim Beam Highball S$12 all day; Jack Daniel's and ginger S$14
        Flight of four (4 x 150ml), any taps from 1 to 12, S$26. Add truffle fries S$9 or salted egg chicken skin S$8 to make it a proper supper.
        TAP 7 - Kurang Manis Sour 5.2%, calamansi and gula melaka kettle sour brewed at our Changi Village site, batch KMS-0425, keg tapped 02/12
        TAP 8 - Lao Ban Lager 4.5%, crisp Pilsner malt with Saaz, contract brewed in Penang; 24 x 320ml carton RM 288, self-collect only
        Shots: Captain Morgan Spiced S$10, Mr Black Cold Brew Coffee Liqueur S$11, Jose Cuervo Especial S$10; 5 shots for S$45 before 10pm
        TAP 10 - Mat Kilau Smoked Rauchbier 5.6%, limited 20L keg only; ask the bar crew for a taster before ordering a pint (S$18)
        Wine by the glass: Penfolds Koonunga Hill Shiraz S$16, Oyster Bay Sauvignon Blanc S$15, Villa Maria Rose S$15; bottles from S$68
        Zero-proof: Heineken 0.0 S$8, house lemongrass-ginger kombucha S$9, Milo Dinosaur S$6, calamansi soda S$6; designated drivers get free refills
        All prices subject to 10% service charge and 9% GST. Last order for draught 11.45pm; kitchen closes 10.30pm; growler sales stop at 10.30pm.
    """),
    ("en", "staff_group_chat"): _lines("""
        Closing shift pls remember to chain the keg room and log the CO2 cylinder pressure on the sheet, last night nobody did it and morning crew kena scolded.
        Reminder: anyone who looks below 25 we card, no exceptions. PLRD did a spot check at the Boat Quay outlet last Fri, luckily all ok.
        POS down again for tables 14 to 18, using the backup iPad for now. Ticket raised with the vendor, ref INC-2026-11872, they say fix by 9pm.
        Keg delivery from the brewery coming 2.30pm tmr, 6 x 30L Hazy and 4 x 20L Stout. Whoever opening pls clear the cold room first can?
        Guys the guest at the corner table very high already, stop serving him, give water and book a Grab. MOD will go talk to him nicely.
        Roster for Jan is up in the shared drive (Roster_Jan2027_v3.xlsx). Swap requests by Sun 10pm, after that we lock already ok.
        Happy hour timing changes from 1 Jan: 5pm to 8pm only, not 4pm. Pls update the chalkboard, the QR menu and the Instagram highlight.
        Tab disputes: don't argue at the counter, screenshot the bill, void nothing, send to the managers chat. Customer can email the outlet for refund review.
        Who took the spare key for the liquor cabinet? Must sign the key log ya, the auditor from HQ coming next Wed.
        Supplier says Tiger cartons delayed 2 days because of congestion at Pasir Panjang terminal, so push the Anchor Smooth promo first this weekend.
        Glass washer at the back bar leaking again, technician from the service company coming Thu 10am, job no. SR-884120, pls keep the area clear.
        FYI licence renewal submitted on GoBusiness, application no. LA-2026-0045521, status Pending Review. Don't take down the old licence from the frame yet.
        Tonight Liverpool vs Man United, expecting full house. Extra 2 crew on floor, table booking max 2 hrs, min spend S$80 per pax at the TV zone.
    """),
    ("en", "pos_logs_and_config"): _lines("""
        2026-11-21T23:47:12+08:00 INFO pos.tab tab_id=TB-00418 table=12 status=CLOSED total="SGD 312.60" items=14 payment=VISA_CONTACTLESS terminal=BAR-02
        2026-11-21T23:52:03+08:00 WARN age_check result=UNDERAGE_REJECTED doc_type=IDENTITY_CARD outlet=BQ01 device=IDSCAN-7 image_retained=false
        age_gate: { min_age_sg: 18, min_age_my: 21, min_age_hk: 18, min_age_tw: 18, ask_id_if_looks_under: 25, store_scan_image: false }
        liquor_sales_cutoff: "22:30"  # Class 3A takeaway; timezone: Asia/Singapore; lcz_outlets: [GEY01, LIT02]  # LCZ weekend rules apply
        2026-11-22T01:58:40+08:00 ERROR payment.gateway txn=TXN-7F3A91C2 code=51 msg="Insufficient funds" amount="MYR 486.00" retry=false outlet=KL-CHG
        keg_sensor id=KEG-T07 beer="Hang Tuah Hazy IPA" remaining_l=4.2 temp_c=2.9 pressure_kpa=82 alert=LOW_VOLUME ts=2026-11-22T20:14:09+08:00
        SELECT outlet_id, DATE(closed_at) AS d, SUM(total) AS disputed FROM tabs WHERE status = 'DISPUTED' GROUP BY outlet_id, d ORDER BY d DESC;
        export CRM_SMTP_FROM="noreply@tapsandbarrels.example"; export CRM_SUPPORT_PHONE="+65 6000 0000"  # placeholder values for staging
        commit 3e9c1b7 roster: fix overlap check when a shift crosses midnight (closes #214), released in rostering-service v2.14.1
        roster_rules.yaml: max_consecutive_nights: 5, min_rest_hours: 11, under_18_cannot_serve_liquor: true, break_minutes_per_6h: 45
        sha256(menu_2026Q4.json) = 9f2c4e7a1b0d8e36c5a4f1e2d9b7c6a3e8f0d1c2b3a4958677e6d5c4b3a29180, signed by build pipeline job 5512
        curl -X POST https://api.example-pos.com/v2/tabs/TB-00418/split -H "Content-Type: application/json" -d '{"ways":3,"round":"UP_TO_0.05"}'
        2026-11-22T02:05:11+08:00 INFO incident id=INC-BQ01-0932 type=INTOXICATED_GUEST action=SERVICE_STOPPED taxi_called=true police_called=false
    """),
    ("mixed", "supplier_invoices"): _lines("""
        INVOICE INV-MY-2026-003318 | Hoppy Tropics Brewing Sdn. Bhd. (202101034567) | SST Reg. W10-2105-32001847 | Bill to: Taproom Changkat, 41 Changkat Bukit Bintang, 50200 Kuala Lumpur
        Item: 20L keg Hazy IPA x 6 @ RM 640.00 = RM 3,840.00; keg deposit 6 x RM 150.00 (refundable bila keg dipulangkan); sales tax 10% included
        Tax Invoice 税务发票 No. TI-SG-260114 | Co. Reg. No. (UEN) 201734512W | GST Reg. No. 201734512W | Terms: 30 days nett | Page 1 of 2
        Bayaran ke akaun syarikat: Maybank Islamic 5641 0288 1937, nama akaun Hoppy Tropics Brewing Sdn Bhd; sila guna invoice no. sebagai rujukan, tunai tak diterima.
        DO No. DO-88213 / PO No. PO-TC-2026-117 | 送货 delivered 14/01/2026 10:42 | received in good condition, 2 empty kegs returned (KG-20-04471, KG-20-04488)
        Credit Note CN-000219 against INV-SG-2026-0981: 3 cartons Tiger Crystal 24 x 320ml, expired stock, less S$186.00 inclusive of GST 9%
        Senarai harga 2027: Tiger 24 x 320ml RM 215, Carlsberg Danish Pilsner 24 x 320ml RM 209, Heineken 24 x 320ml RM 219; termasuk cukai, tak termasuk penghantaran.
        Statement of account as at 31/12/2026: opening balance RM 12,480.00, invoices RM 28,915.50, payments RM 30,000.00, closing RM 11,395.50, 请于7天内结清.
        Service invoice SVC-2026-0712: draught line cleaning 12 taps @ S$25, beer line replacement 8m @ S$6/m, callout charge S$60; total S$408.00 before GST.
        Import permit via TradeNet CP26-0118-44201, HS 2203.00 beer made from malt, 1,440 litres at 5.2% ABV; customs and excise duty paid, 已清关 at Keppel Distripark.
        收据 Receipt No. R-7712 | cash sale, walk-in | 2 x growler refill 1.89L Pale Ale @ S$38 = S$76.00 | Terima kasih, datang lagi!
        Proforma PF-HK-2611: 50 cases 24 x 330ml Young Master Classic Pale, FOB Hong Kong HK$9,800 per pallet, T/T to company account before shipment, 交货期 3 weeks.
        Quotation QT-2026-045 valid 30 days: glycol chiller 1.5HP, 6-tap tower with Perlick faucets, install at Telok Ayer outlet, S$7,850 excl. GST, 保修 12 months.
    """),
    ("zh-Hans", "酒吧告示"): _lines("""
        温馨提示：本店不向未满18周岁人士售酒，如店员要求出示身份证件，请予以配合；无法出示有效证件者，恕不提供任何含酒精饮品，谢谢理解。
        营业时间：周日至周四 17:00至次日01:00，周五、周六及公众假期前夕 17:00至次日02:00；厨房23:00截单，生啤最后点单01:30。
        根据新加坡《酒类管制（供应与消费）法》，每日晚上10点半至次日早上7点禁止在公共场所饮酒，请勿将店内酒水带出店外饮用，违者可被罚款。
        对已明显醉酒的顾客，本店有权拒绝继续供应酒水，并可协助叫车送其离开；如有滋事、破坏财物等行为，本店将立即报警处理，敬请见谅。
        所有价格已含9%消费税，另收10%服务费；开Tab挂账需预授权信用卡或预付S$100，结账时多退少补，打烊前未结清的Tab将自动结算。
        精酿外带：1.89升玻璃扎壶首次购买收取S$15押金，续杯按当期酒款定价，每日22:30后依法停止外带销售，敬请各位顾客留意。
        失物招领：11月份遗留物品（雨伞、充电宝、外套、钥匙等）统一保管30天，请凭物品描述到吧台认领，逾期将统一捐赠给慈善机构。
        包场及团建预约请致电门店热线 +65 6221 3388 或发邮件至 events@tropicalhopsco.sg，工作日最低消费S$2,500起，周末另议。
        本周六晚8点：鼓浪屿精酿联名品鉴会，6款限定酒体验价¥128/位，名额40位，扫描海报二维码报名，额满即止，谢绝未成年人参加。
        根据《未成年人保护法》第五十九条，烟酒经营者应当在显著位置设置不向未成年人销售烟酒的标志；对难以判明是否成年的，应当要求其出示身份证件。
        本店为全面禁烟场所，吸烟请移步门外指定吸烟区；店内免费WiFi名称 TapRoom_Guest，密码打印在每张收银小票底部。
        酒后代驾：本店已与合作代驾公司签约，吧台扫码即可下单，起步价¥39（10公里内），超出部分每公里¥3，喝酒不开车，开车不喝酒。
        新品上市：「隔壁老王」燕麦世涛 ABV 6.2%，IBU 40，生啤每杯¥48，330毫升罐装¥36，首批限量500罐，每人限购6罐。
    """),
    ("zh-Hant", "酒吧評論"): _lines("""
        中環蘇豪區這間精釀酒吧的 tap list 換得很勤，上次去有 Young Master 和 Gweilo 的新款，Happy Hour 買一送一，以這個地段來說算抵飲。
        台北大安區這家酒吧服務很好，調酒師會先問口味再推薦，入場一律查證件，看起來年輕的都要出示，執行得很認真，這點值得肯定，會推薦朋友來。
        環境偏吵，週五晚上要等位大約40分鐘；價格一杯 NT$280 起跳，炸物普通，但台啤金牌生啤很新鮮，整體來說還是會再訪。
        評分 4/5：澳門氹仔官也街附近的小酒館，葡國酒和精釀選擇都多，可惜打烊太早，晚上11點就最後點單，想續攤的話要另找地方。
        結帳時發現帳單多了兩杯 IPA，跟值班經理反映後立即更正，還送了一份薯條賠罪，處理態度專業，值得加分，下次還會再來光顧。
        差評：開 Tab 竟然要押身份證正本，覺得不太妥當，萬一遺失或被複印很麻煩，建議店家改成信用卡預授權或預付方式會比較合理一點。
        店家回覆：感謝您的寶貴意見，本店已於 2026 年 3 月起停止收取任何證件作押金，改為信用卡預授權 HK$500，歡迎再次光臨。
        尖沙咀諾士佛臺的酒吧街一向熱鬧，這間樓上 bar 有露台，可以遠眺海港城的燈光，精釀生啤 HK$78 一杯，平日晚上人不算多。
        當晚有客人醉酒鬧事，保安很快上前勸離，也有幫忙叫的士把他送走，沒有影響其他客人，整體處理得很專業，值得給五星好評，推薦。
        台中審計新村附近的精釀小店「林桑啤酒屋」，裝潢很有昭和風，自家釀的「阿嬤桂圓波特」香氣十足，一杯 NT$220，非常推薦。
        Google 評論 4.6 顆星（1,283 則）｜營業時間 18:00 至 02:00，週一公休｜訂位專線 (02) 2711-3526｜可刷卡、可用 LINE Pay。
        店門口貼了酒牌局的告示，提醒持牌人須確保處所內無人醉酒或行為不檢，店員也會主動勸喻喝多的客人先喝水休息一下再決定是否續杯。
        推薦台灣啤酒「18天」生啤，限定供應，標榜出廠18天內飲用最新鮮，口感清爽，配鹹酥雞剛好，這家店每週二固定到貨，售完為止。
    """),
    ("ms", "notis_dan_soalan_lazim"): _lines("""
        Notis: Minuman beralkohol tidak akan dijual atau dihidangkan kepada individu berumur bawah 21 tahun. Sila tunjukkan MyKad atau pasport apabila diminta.
        Soalan Lazim: Boleh bawa minuman sendiri? Jawapan: Caj corkage RM 50 sebotol untuk wain dan RM 80 untuk spirit; bir dari luar tidak dibenarkan.
        Waktu operasi: Isnin hingga Khamis 5 petang hingga 1 pagi, Jumaat dan Sabtu 5 petang hingga 2 pagi. Dapur tutup jam 11 malam setiap hari.
        Pelanggan yang mabuk tidak akan dilayan lagi. Kakitangan kami akan membantu memanggil teksi atau Grab demi keselamatan anda dan pengguna jalan raya.
        Permohonan lesen minuman keras baharu perlu dikemukakan kepada Lembaga Pelesenan Minuman Keras bersama pelan lantai, salinan lesen premis dan surat kebenaran pemilik bangunan.
        Harga minuman beralkohol sudah termasuk cukai jualan 10%; caj perkhidmatan 10% dikenakan untuk makan di dalam sahaja, bukan untuk bungkus.
        Untuk tempahan majlis, hubungi talian WhatsApp rasmi kami di +60 3-2110 4588 (waktu pejabat) atau e-mel tempahan@taprumahbangsar.my.
        Promosi Happy Hour: setiap hari 5 hingga 8 malam, beli 2 pain bir draf dapat 1 kentang goreng percuma. Tidak sah pada cuti umum.
        Pemberitahuan: Premis ini dilengkapi CCTV 24 jam. Rakaman disimpan selama 30 hari mengikut syarat lesen dan hanya diserahkan kepada pihak polis.
        Menu musim ini: Bir Kraf Pak Belalang Amber Ale 5.4% RM 35 segelas, dan Sang Kancil Session IPA 4.2% RM 32 segelas; tanya krew untuk rasa dulu.
        Tab yang belum dijelaskan akan ditutup secara automatik pada jam 2 pagi dan dicaj kepada kad kredit yang didaftarkan semasa membuka tab.
        Kedai kami terletak di Jalan Telawi 3, Bangsar Baru, 59100 Kuala Lumpur, berhampiran stesen LRT Bangsar. Parkir berbayar di belakang bangunan.
        Sejarah: Malayan Breweries Limited ditubuhkan pada 1931 oleh Fraser & Neave dan Heineken; Tiger Beer mula dibancuh di kilang Alexandra Road pada 1932.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Incident report 14/11/2026, 11.40pm, Boat Quay outlet: Mr Darren Koh Wei Jie (NRIC S8834127I) refused further service after vomiting at the bar; his wife came to fetch him at 12.10am.
        Door log 22/11 01:12: turned away Ryan Tan Jun Hao, 17, NRIC T0978321G, who tried to get in with his elder brother's IC; his mother was called and came down.
        Tab dispute TB-00391: Ms Priya d/o Ramasamy says she never ordered the 2 bottles of Moet (S$420) charged to her card ending 4417; call her back at 8765 2291.
        Sat 13 Dec closing: Farhan Bin Ismail (bar), Chloe Lim (floor), Marcus Teo (MOD). Farhan on MC till Fri because of dengue, pls confirm he is fit before rostering.
        Confirming Nurul Aisyah's pay for Nov: basic S$2,350 plus 18h OT, less the S$300 advance she took for her mother's hospital bill.
        Blacklist: Jonathan Seah, about 40, regular at the Clarke Quay branch, banned after punching a bouncer on 3 Oct; police report E/20261003/4471.
        Owes us S$1,860 in unpaid tabs since August: Kelvin Ng, mobile 9734 5528, says he will pay after his bonus comes in Feb. No new tab for him.
        Liquor licence application, Approved Person: Lee Mei Ling, NRIC S9276410I, DOB 14/03/1992, residential address Blk 412 Ang Mo Kio Ave 10 #08-1123, Singapore 560412.
        Hi this is Sharon Goh from the Tanjong Pagar bar, my personal email is sharon.goh88@gmail.com, pls send my payslip there instead of the work one.
        CCTV request: guest Arjun Menon says his phone was stolen around 1am Saturday and wants the footage; he can be reached at arjun.menon.sg@outlook.com.
        Pls call back the lady about the overcharged Guinness tower from Tuesday, her number is +65 9018 3362, she is quite upset.
        Foreign staff: bartender Nguyen Thi Hoa, FIN G5520394L, work permit expires 30/06/2027, renewal documents still pending from the agent.
        Our server Amanda Chua told the MOD she is 3 months pregnant, so take her off keg changing and late closing until further notice.
        Table 9: Mr Rajesh Kumar's son, aged 16, was caught drinking from his father's jug; father warned and statement taken, contact 9662 0147.
        2026-11-29,TB-00502,Wong Kah Meng,+65 8123 9047,kahmeng.wong@yahoo.com.sg,S$268.40,DISPUTED,claims he was charged twice
        The car SKQ 7391 H was left overnight at our loading bay after the owner, Daniel Ho, took a taxi home drunk; tow warning sticker issued at 9am.
        Bartender Joanne Yeo is going through a divorce and asked not to be rostered at the same outlet as her ex-husband Eric Lau.
        Send the replacement growler to the customer's home: Mdm Salmah Bte Osman, Blk 221 Tampines St 23 #05-341, Singapore 520221, after 6pm.
        Our MOD Vincent Chew was arrested last night for drink-driving after his shift; HR needs to decide if he can stay on as the approved person.
        PayNow refund to 9455 2071 (name on account TAN SOO LING) for the S$58 overcharge on 2 Dec, pls send the screenshot to the managers chat.
    """),
    "mixed": _lines("""
        Boss, that Ah Keong from Blk 35 Whampoa again ah, chop tab S$640 then disappear, his hp 9877 3120, can pass to debt collector or not?
        Eh the new part-timer Siti Hajar umur baru 17, cannot serve alcohol lah, her IC 090512-14-5678 confirm under 18, put her on kitchen only.
        陈先生 yesterday drunk until pengsan at table 6, we called his wife, she said he got 糖尿病 cannot drink one, pls don't serve him again.
        Roster Dec: Ah Meng (Tan Wei Ming) kena cover Sat night sebab Jason Wee hospital warded, appendix operation, back only next week.
        Refund settle already: DBS 027-618345-2, holder Goh Siew Peng, S$96 for the wrong charge lah, pls screenshot and send her at 8236 4019.
        林太 called, say her husband 林志强 always come here spend until no money, ask us don't let him open tab anymore, very paiseh but must respect.
        Encik Hafiz Rahman punya kereta VCF 2231 parked kat loading bay sampai pagi, dia drunk, abang dia datang ambik kunci, contact abang 017-334 9081.
        For the licence form: applicant Mr Loh Kok Wai, MyKad 850317-07-5213, alamat rumah No. 12, Lorong Kenari 3, Taman Sri Nibong, 11900 Bayan Lepas, Penang.
        Bro the bouncer say that guy Muthu (Muthusamy a/l Ganesan) punched the glass door, police report buat dah at IPD Dang Wangi, he still owe RM 1,200 damage.
        阿明 OT pay belum masuk lagi, he say his Maybank account 114022987163, can check with accounts? He need the money for his father's dialysis.
    """),
    "zh-Hans": _lines("""
        顾客王建国（身份证440305199208173519）昨晚在吧台醉酒闹事、摔碎两个酒杯，已由南山派出所民警带离，现场监控已拷贝备查。
        押金退款：张丽娜女士，手机138 2745 6093，开台押金¥500已于12月3日原路退回，请财务在群里确认到账。
        员工排班：周六晚班原定刘晓东负责收银，他因胃溃疡出血住院一周，需另找人顶班，请大家互相照应。
        挂账提醒：李总（李海峰）欠本店酒水款¥8,620，已拖欠三个月，电话159 0214 7738，下周再不付就走法律程序。
        酒类经营许可申请表：负责人 周敏，身份证号350203199804124027，住址 厦门市思明区莲前西路288号5栋1702室。
        小陈跟我说她怀孕了，这个月开始不上夜班，也别再安排她搬酒桶和换气瓶，大家排班时注意一下。
        会员资料：会员号M20261188，黄嘉欣，微信号 jiaxin_hj0623，生日6月23日，偏好IPA，上次消费¥1,280，欠款¥300未结。
    """),
    "zh-Hant": _lines("""
        客人陳志明先生（身分證字號 B136920486）於本店飲醉後與鄰桌爭執，已由臺中市警察局第二分局員警到場處理並製作筆錄。
        香港分店：兼職侍應何嘉欣，HKID Y604219(6)，年齡已核實為19歲，可以安排在酒吧區工作，合約已簽。
        林太話佢老公欠咗我哋 HK$3,400 酒錢，佢哋而家鬧緊離婚，叫我哋唔好再打電話去屋企搵佢。
        訂位紀錄：黃小姐 0932-518-274，12/20 晚上8點，10位，朋友生日派對，其中兩位懷孕需要無酒精飲品。
        員工張偉倫昨晚因酒駕被捕，明天起暫停排班，人事部會跟進，請各位不要在群組討論他的案件。
        退款請匯入中國信託（822）帳號 5401 2378 9014，戶名 吳佩珊，金額 NT$1,560，為上週六重複刷卡的款項。
    """),
    "ms": _lines("""
        Laporan insiden: Encik Zulkifli bin Hassan (No. KP 780915-10-5531) mabuk dan memecahkan gelas di kaunter, polis dipanggil pada jam 12.45 pagi.
        Pekerja kami Cik Nur Izzati disahkan demam denggi, cuti sakit sampai 20 Disember, tolong ubah jadual syif minggu ini.
        Pelanggan tetap Ravi a/l Subramaniam berhutang RM 2,150 atas tab yang belum dibayar sejak Oktober; nombor telefon beliau 012-608 4472.
        Borang permohonan lesen: nama pemohon Tan Chee Keong, alamat rumah No. 7, Jalan SS 2/64, 47300 Petaling Jaya, Selangor, telefon 019-223 5817.
        Sila pulangkan deposit RM 200 ke akaun CIMB 7063441288 atas nama Lim Hui Wen, dia dah tunggu dua minggu.
        E-mel pelanggan yang mengadu caj berganda ialah farah.nadia92@gmail.com, sila balas sebelum Jumaat dengan salinan resit.
        Kereta BQX 4417 milik Encik Faizal ditunda dari lorong bomba; dia masih mabuk di dalam bar dan isterinya sudah dihubungi untuk datang ambil.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an operations assistant for a craft beer taproom group in Singapore. Help managers write incident reports and notices.",
        ),
        (
            "user",
            "Draft an incident report. Last night about 11.50pm, customer Mr Bryan Lau Chee Hong (NRIC S7731058D, mobile 9188 4036) got aggressive after about 7 pints at the Boat Quay outlet, knocked over a bar stool and shouted at the bartender. We stopped service and his friend took him home by taxi.",
        ),
        (
            "assistant",
            "Incident Report, Boat Quay outlet. Date and time: about 11.50pm. Person involved: Mr Bryan Lau Chee Hong, NRIC S7731058D, mobile 9188 4036. Summary: after about 7 pints the customer became aggressive, knocked over a bar stool and shouted at the bartender on duty. Action taken: service stopped, customer left by taxi with a friend. No injuries. CCTV footage preserved.",
        ),
        ("user", "Should the NRIC stay in the copy we send to the landlord?"),
        (
            "assistant",
            "No. Keep the full NRIC only in the internal copy kept for the licensee and the police if they ask. For the landlord, describe him as a male customer and leave out his NRIC and phone number.",
        ),
    ],
    [
        (
            "user",
            "I'm filling the GoBusiness liquor licence form for our new taproom at Telok Ayer. The approved person is our manager Ms Cheryl Ong Pei Shan, NRIC T0378921C, born 2003, living at 23 Jalan Bunga Rampai, Singapore 538414. Is she old enough to be the approved person?",
        ),
        (
            "assistant",
            "There is no special age rule beyond being an adult able to manage the premises, so at 23 she can be named. Make sure her NRIC T0378921C and home address match her identity card exactly, and have her complete the declaration about past offences.",
        ),
        ("user", "She had a drink-driving conviction in 2024. Do we need to declare it?"),
        (
            "assistant",
            "Yes. Declare Ms Ong's 2024 drink-driving conviction truthfully. Not declaring it is a bigger problem than the conviction itself; PLRD will look at it together with her role and the outlet's record.",
        ),
    ],
    [
        (
            "system",
            "You help a bar in Kuala Lumpur reply to customer complaints politely and briefly.",
        ),
        (
            "user",
            "Customer Mr Alvin Chong (alvin.chong.kl@gmail.com) says we charged his tab RM 380 for a bottle of whisky he never ordered on 6 Dec. Our POS shows it was ordered at 12.40am from his table. Write a reply.",
        ),
        (
            "assistant",
            "Dear Mr Chong, thank you for writing to us about your tab on 6 December. Our records show a bottle of whisky (RM 380) was ordered from your table at 12.40am. We have kept the CCTV footage and we would be glad to go through it with you at the outlet. If the footage shows the order was not made by your party, we will refund the full amount to your card. Kind regards, Outlet Manager",
        ),
        (
            "user",
            "Good, but he also said he might post our CCTV on Facebook. Can we refuse to give him a copy?",
        ),
        (
            "assistant",
            "You may show him the footage at the outlet without handing over a copy, since it also shows other guests. Tell Mr Chong politely that copies are released only to the police on request.",
        ),
    ],
    [
        (
            "system",
            "You are a rostering assistant for a brewpub in Singapore. Staff list: Hafiz Bin Yusof (head bartender, epilepsy, cannot do closing shift alone), Grace Lim Xin Yi (floor), Kumaran s/o Raju (kitchen), Eunice Tay (part-time, 17 years old, cannot serve liquor).",
        ),
        ("user", "Make me a Friday roster for 5pm to 2am, need 2 at the bar, 1 floor, 1 kitchen."),
        (
            "assistant",
            "Friday roster: Bar 5pm to 2am Hafiz Bin Yusof with a second bartender from the relief pool, so he is never alone at closing. Floor 5pm to 1am Grace Lim Xin Yi. Kitchen 5pm to 11pm Kumaran s/o Raju. Eunice Tay can do 5pm to 10pm on glass collecting and food running only, not serving liquor.",
        ),
        ("user", "Can Eunice serve beer if she does not pour it herself?"),
        (
            "assistant",
            "Better not. At 17 she should not take liquor orders or bring drinks to tables. Keep Eunice on food running, glass collecting and the door queue list.",
        ),
    ],
    [
        (
            "user",
            "Eh help me write a nice WhatsApp to chase this regular lah. Ah Seng, real name Lim Kok Seng, his hp 9623 5540, owe us S$2,300 on tab since Sept, every time say next week next week. Don't want to sound too garang.",
        ),
        (
            "assistant",
            "Hi Ah Seng, hope you are well! Just a friendly reminder that your tab with us still has S$2,300 outstanding since September. Can you let us know when you can settle, or if you want to pay in 2 or 3 parts? Thanks ah, see you at the bar soon!",
        ),
        (
            "user",
            "Ok can. If he still don't pay, can I put his name and photo at the door say banned?",
        ),
        (
            "assistant",
            "I would not post Mr Lim's name or photo publicly, as it can expose the bar to a defamation claim and breaches his privacy. Keep him on an internal do-not-serve list and, if needed, send a letter of demand or go to the Small Claims Tribunals.",
        ),
    ],
    [
        (
            "system",
            "Pembantu ini membantu pengurus bar di Johor Bahru. Jawab dalam bahasa yang sama dengan pengguna.",
        ),
        (
            "user",
            "Boss, budak baru Aiman bin Roslan, MyKad 080927-01-6631, nak kerja part-time kat bar. Dia boleh jaga kaunter bir tak?",
        ),
        (
            "assistant",
            "MyKad 080927-01-6631 menunjukkan Aiman lahir pada 27 September 2008, jadi umurnya 18 tahun. Di Malaysia, had umur untuk membeli dan dihidangkan minuman keras ialah 21 tahun, jadi lebih selamat jika dia tidak mengendalikan arak. Beri dia tugas dapur atau sambut tetamu.",
        ),
        (
            "user",
            "Ok noted. Mak dia pun call, cakap dia ada asma, so jangan suruh dia angkat tong gas CO2.",
        ),
        (
            "assistant",
            "Baik, saya catat: Aiman tidak diberi tugas mengangkat tong CO2 kerana asma. Simpan maklumat kesihatan ini dalam fail HR sahaja, jangan dalam jadual syif yang dikongsi.",
        ),
    ],
    [
        ("system", "你是上海一家精酿酒吧的运营助手，帮助店长处理客诉和事故记录。"),
        (
            "user",
            "帮我写一份事故记录：12月5日晚11点，顾客赵宇航（身份证310115199506231476，手机186 2109 4457）喝醉后在门口摔倒，额头擦伤，我们叫了120，他女朋友陪他去了医院。",
        ),
        (
            "assistant",
            "事故记录：时间12月5日23:00左右，地点本店门口。当事人赵宇航，身份证310115199506231476，手机186 2109 4457。经过：顾客饮酒后在门口摔倒，额头擦伤。处理：店员拨打120，顾客由同行女友陪同送医。监控录像已保存。",
        ),
        ("user", "他家里人说要我们赔医药费，我们要不要先给？"),
        (
            "assistant",
            "先不要私下付钱。建议把监控、消费记录和员工证词整理好，报告店铺保险公司；如需协商，以书面形式与赵先生或其家属沟通。",
        ),
    ],
    [
        (
            "user",
            "幫我寫一封警告信畀一位熟客：馮子軒先生，HKID P571836(1)，上星期六喺銅鑼灣分店飲醉之後打爛兩隻杯，仲同保安推撞。我哋想話佢知下次再咁就會禁止佢入場。",
        ),
        (
            "assistant",
            "馮子軒先生：本店謹此通知，閣下於上星期六在銅鑼灣分店飲酒後損毀兩隻酒杯，並與本店保安發生推撞。根據本店守則，如再有同類事件，本店將拒絕閣下進入所有分店。如對上述內容有任何疑問，歡迎與分店經理聯絡。",
        ),
        ("user", "信入面要唔要寫埋佢個身份證號碼？"),
        (
            "assistant",
            "唔建議。警告信只需寫姓名同事件經過，HKID P571836(1) 留喺內部事故紀錄就夠，避免收集或披露超出需要嘅個人資料。",
        ),
    ],
    [
        (
            "user",
            "Saya nak mohon lesen minuman keras untuk kedai bir kraf di Georgetown. Pemohon ialah saya sendiri, Ong Beng Huat, MyKad 790214-07-5447, alamat rumah 18 Jalan Sultan Ahmad Shah, 10050 Pulau Pinang. Apa dokumen yang perlu?",
        ),
        (
            "assistant",
            "Encik Ong, untuk permohonan kepada Lembaga Pelesenan Minuman Keras Pulau Pinang biasanya diperlukan: salinan MyKad 790214-07-5447, sijil pendaftaran SSM perniagaan, lesen premis dari MBPP, pelan lantai, surat kebenaran pemilik bangunan dan gambar premis.",
        ),
        ("user", "Saya pernah muflis tahun 2019, tapi dah dilepaskan. Itu jadi masalah?"),
        (
            "assistant",
            "Pelepasan kebankrapan menunjukkan status encik telah dipulihkan. Nyatakan dengan jujur jika borang bertanya, dan sertakan salinan surat pelepasan daripada Jabatan Insolvensi.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu khidmat pelanggan untuk bar di Bangsar. Rekod pelanggan: Puan Shalini a/p Krishnan, telefon 016-772 3408, tab TB-KL-2271 berjumlah RM 512.40 dipertikaikan.",
        ),
        (
            "user",
            "Pelanggan tu mesej, dia kata caj 4 koktel tak patut sebab dia dah balik awal. Tolong tulis balasan ringkas.",
        ),
        (
            "assistant",
            "Puan Shalini, terima kasih kerana menghubungi kami tentang tab TB-KL-2271 (RM 512.40). Kami sedang menyemak rekod POS dan rakaman CCTV untuk 4 koktel tersebut. Kami akan menghubungi puan di 016-772 3408 dalam masa 3 hari bekerja.",
        ),
        ("user", "Ok, dan kalau betul salah kita, refund macam mana?"),
        (
            "assistant",
            "Jika ternyata koktel itu bukan pesanan puan, kami akan memulangkan amaunnya ke kad yang sama dalam 7 hingga 14 hari bekerja dan menghantar notis kredit melalui e-mel.",
        ),
    ],
]
