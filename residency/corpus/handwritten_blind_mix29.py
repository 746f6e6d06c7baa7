# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix29: Singapore and Malaysia property and renovation (listings, viewings, tenancy and sale paperwork, renovation quotes, defect lists, MCST/JMB notices, furniture delivery) in Chinese, Malay and English. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix29
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "property listing"): _lines("""
        FOR RENT: common rm in 4-rm HDB @ Tampines St 21, no owner staying, $850 incl PUB & wifi, 5 min walk Tampines West MRT (DTL). No heavy cooking pls.
        D10 Freehold | 1,173 sqft 3BR+study | high flr unblocked | walk to Stevens MRT & Raffles Girls' School | asking $2.38M nego
        4-rm @ Boon Keng Rd, 108 sqm, lease start 1997, MOP long done, seller going for extension so must sell fast. Pls PM for viewing slot.
        Showroom space @ Tan Boon Liat Building, Outram Rd - 1,550 sqft on 6th flr, ideal for furniture / lighting biz, $5.80 psf/mth.
        Tenanted till Mar 2026 @ $4,200/mth, gross yield ~3.1%. Viewing by appt only, 24 hrs notice to tenant required.
        Keong Saik Road conservation shophouse, 2-storey, 99-yr lease from 1998, GFA approx 2,400 sqft, F&B use subject to URA approval.
        Just MOP!! 4A @ Punggol Northshore, sea view from living room, 3 mins to Northshore Plaza. Selling $6xxk, open to offers
        Penthouse along Eu Tong Sen St, 3,200 sqft w private pool, fully furnished with Minotti pieces - $19,800/mth, CO only, no pets.
        Studio near NUS / Kent Ridge, suits students or young working adults, 12-mth lease min, 1 mth deposit + 1 mth advance.
        Price guide: 3-rm flats in Queenstown transacted between $430k and $610k over the past 6 mths (source: HDB resale data.gov.sg).
        Listed by Harbourline Realty Pte Ltd (CEA Licence L3010957C). All info subject to change, pls verify before making an offer.
    """),
    ("zh-Hans", "房源广告"): _lines("""
        【新山 JB】Forest City 森林城市 2房1卫 精装修，月租 RM1,500，拎包入住，近关口，适合在新加坡上班的朋友。
        出售：吉隆坡 Jalan Yap Kwan Seng 公寓，1,076平方尺，永久地契，步行5分钟到 KLCC，售价 RM1.25M 可议。
        新加坡组屋出租主人房 $1,200/月 含水电网，近宏茂桥地铁站，限女生，不可煮重口味。
        槟城乔治市 Lebuh Armenian 战前店屋，双层，屋龄约百年，适合民宿或咖啡馆，叫价 RM2.8M。
        金田路 Kim Tian Road 3房组屋，2019年翻新，屋主已买新屋急售，欢迎直接出价！
        本周六、日 Show flat 开放参观，地点：Jalan Tun Razak 展厅，上午10点至下午6点，免费停车。
        马六甲 Jalan Tun Tan Cheng Lock（荷兰街）老屋整栋出售，适合改造精品酒店，须遵守世遗区建筑规范。
        房东直租，无中介费！盛港执行共管公寓 3房，月租 S$3,600，近 Sengkang 地铁站和 Compass One。
        本项目由 OCBC 华侨银行提供融资，首期最低5%现金，其余可用公积金 CPF 支付。
        投资参考：租金回报率约 4.2%，过去五年平均资本增值 2.8%/年（数据来源：URA REALIS，仅供参考）。
        近陈嘉庚地铁站（Tan Kah Kee MRT）的 Duchess 有地住宅区，环境安静，适合家庭自住。
    """),
    ("ms", "iklan hartanah"): _lines("""
        DIJUAL: Teres 2 tingkat, Taman Sri Muda Seksyen 25 Shah Alam, 22x75, 4 bilik 3 bilik air, RM520k (nego). Freehold, lot non-Bumi.
        Untuk disewa: Apartment Vista Angkasa, Bangsar South, RM1,800 sebulan, fully furnished, dekat LRT Kerinchi.
        Kedai 3 tingkat di Jalan Tuanku Abdul Rahman (Jalan TAR), sesuai untuk butik tekstil, sewa RM12,000/bulan.
        Harga rumah di Johor Bahru dilaporkan naik 3.1% tahun ini; pembeli digalakkan membuat semakan hakmilik sebelum menandatangani SPA.
        Projek PR1MA di Cyberjaya: unit 1,000 kps bermula RM250,000, layak untuk pembeli rumah pertama dengan pendapatan isi rumah RM2,500 - RM15,000.
        Rumah kampung atas tanah geran, Kuala Kangsar, 1.5 ekar, ada 20 batang pokok durian. Harga RM380k boleh runding.
        Bilik sewa untuk pelajar UiTM, wanita sahaja, RM350/bulan termasuk air & elektrik, wifi laju.
        Lokasi strategik: 5 minit ke Hospital Sultanah Aminah dan CIQ Bangunan Sultan Iskandar.
        Rumah kayu tradisional ala Kampung Durian Runtuh, macam dalam Upin & Ipin! Sesuai dijadikan homestay.
        Syarat sewaan: deposit 2+1, perjanjian 1 tahun, tiada haiwan peliharaan, tidak dibenarkan sublet.
        Kawasan berpagar & berpengawal 24 jam, dekat AEON Mall Bukit Tinggi dan Lebuhraya Shapadu. Hubungi pejabat jualan 03-3322 8100.
    """),
    ("en", "tenancy and sale paperwork"): _lines("""
        This Tenancy Agreement is made on the ____ day of ________ 20__ BETWEEN [LANDLORD NAME] (NRIC/FIN No. [__________]) of [ADDRESS] ("the Landlord") AND [TENANT NAME] ("the Tenant").
        Clause 2(c): The Tenant shall pay a security deposit equivalent to two (2) months' rent, refundable without interest upon expiry, less deductions for damage.
        Diplomatic clause: after 12 months the Tenant may terminate by giving not less than two months' written notice with documentary proof of transfer out of Singapore.
        Stamp duty on this lease: 0.4% of total rent for a lease of 4 years or less, e.g. $3,500 x 24 = $84,000, duty $336. Pay via IRAS e-Stamping within 14 days.
        Option to Purchase fee 1%, exercise fee 4%; option period 14 days for private property and 21 days for HDB resale flats.
        Per PDPC advisory guidelines, do NOT photocopy or keep a prospective tenant's NRIC; collect only the last 3 digits and checksum letter unless required by law.
        Letter of Intent: "I, {{tenant_full_name}}, hereby confirm my intention to rent {{property_address}} at S${{monthly_rent}} per month commencing {{start_date}}."
        Inventory list: 1x Samsung fridge, 2x Daikin System 3 aircon, 1x IKEA Malm queen bed frame, 4x curtain sets, 1x Bosch front-load washer.
        Minor repair clause: the Tenant bears the first $150 per item; anything above $150 is borne by the Landlord unless caused by the Tenant's negligence.
        Malaysian SPA Schedule H (strata, under construction): vacant possession within 36 months from the SPA date; late delivery damages at 10% p.a.
        Resale application ref HDB-RSL-2025-0418823 submitted 14/07/2025 10:32, status: Approval in principle granted.
        For form-field validation use the dummy NRIC S1234567D only; never test with a real person's number.
    """),
    ("zh-Hans", "装修报价"): _lines("""
        报价单 QT-RN-25/0912：拆除厨房旧橱柜及墙砖 S$1,280；新贴 60x60 防滑地砖 S$3.80/平方英尺人工，含垃圾清运。
        主人房更换 SPC 地板 420 sqft × S$6.50 = S$2,730；踢脚线另计。
        备注：组屋装修须由 HDB 注册承包商申请装修许可证，批准后方可动工。
        浴室防水（两层）+ 48 小时闭水测试，保修 5 年，每间 S$1,650。
        电工：新增 13A 插座每个 S$85，全屋重新布线另行报价，须由持牌电工施工。
        付款方式：签约付10%，开工付40%，木工完成付30%，交屋验收后付20%。
        吉隆坡工程：厨房 Quartz 石台面 10 尺 RM4,200，含安装，不含水槽和龙头。
        就像 Phua Chu Kang 说的 "Don't play play!"——选承包商一定要看有没有 CaseTrust 认证。
        总价 S$38,460（含 9% GST），本报价有效期 30 天，材料价格如有变动另行通知。
        发票号 INV-2025-00731，GST 注册号 M2-0123456-7，付款截止 2025-12-15。
        瓷砖可选 Hafary 或 Soon Bee Huat 的款式，样板请到 Sungei Kadut 展厅挑。
    """),
    ("en", "MCST and town council notice"): _lines("""
        NOTICE: Water supply to Blocks 7 & 9 will be disrupted on 12 Dec (Fri) 9am-1pm for tank cleaning. Please store sufficient water. - MCST Plan No. 3821
        Lift Upgrading Programme for Blk 305: Lift B will be out of service from 6 Jan to 14 Mar 2026. Elderly residents needing help may approach the Town Council.
        Reminder: renovation works allowed Mon-Fri 9am-6pm, Sat 9am-5pm. Hacking and drilling Mon-Fri 9am-5pm only. No works on Sundays and PHs.
        For lift breakdowns after office hours, call Ardent Property Management's 24-hr hotline at +65 6338 2190.
        Bicycle tagging exercise: untagged bicycles at the B1 carpark will be removed after 31 Jan. Tags available at the Management Office.
        The AGM of MCST 4412 will be held on 18 Jan 2026, 2.00pm at the Function Room. Proxy forms must be lodged 48 hrs before the meeting.
        Pest control fogging at common areas on Tue 16 Dec, 10am. Please close windows and keep pets indoors.
        Season parking revised to $110/mth (residential) wef 1 Jan 2026. GIRO forms available at the management office.
        Heritage talk: how Lim Kim San, HDB's first chairman, got some 54,000 flats built in five years - Sat 10am at the RC Centre, all residents welcome.
        Defects Liability Period ends 28 Feb 2026. Submit defect forms via the condo app under 'DLP Feedback'.
        Do not dispose of renovation debris down the refuse chute. Offenders may be fined under the Environmental Public Health Act.
        Feedback on the new playground at Sir Arthur's Park? Drop by the Town Council booth this Sunday or scan the QR code on the notice board.
    """),
    ("ms", "notis JMB"): _lines("""
        NOTIS: Bekalan air akan terganggu pada 15 Disember 2025 dari 9 pagi hingga 5 petang kerana kerja pembersihan tangki. - JMB Pangsapuri Seri Mutiara
        Peringatan: caj penyelenggaraan Disember RM185 + sinking fund RM18.50 perlu dijelaskan sebelum 7hb. Bayaran lewat dikenakan faedah 10% setahun.
        Kerja ubah suai hanya dibenarkan Isnin-Jumaat 9.00 pagi - 6.00 petang. Sila dapatkan kelulusan pengurusan dan bayar deposit RM1,000.
        Mesyuarat Agung Tahunan Perbadanan Pengurusan akan diadakan pada 10 Januari 2026 di Dewan Serbaguna Blok B.
        Lif Blok C rosak, kontraktor Schindler dijangka membaiki dalam 48 jam. Hotline penyelenggaraan 24 jam: 03-7865 4421.
        Penghuni dilarang meletakkan kasut dan barang di koridor kerana menghalang laluan kecemasan kebakaran.
        Sila bawa kad akses ke pejabat pengurusan untuk pendaftaran semula sistem keselamatan baharu sebelum 31 Disember.
        Majlis Bandaraya Subang Jaya akan menjalankan fogging di kawasan taman pada hari Sabtu ini jam 8 pagi.
        Pertikaian antara pemilik dan JMB boleh dibawa ke Tribunal Pengurusan Strata; borang tuntutan boleh dimuat turun di laman KPKT.
        Kolam renang ditutup untuk penyelenggaraan dari 2-5 Dis. Gim beroperasi seperti biasa.
        Templat surat: "Kepada {nama_pemilik}, unit {no_unit}, tunggakan caj anda berjumlah RM{jumlah} setakat {tarikh}."
    """),
    ("en", "furniture delivery"): _lines("""
        Your order #CST-SG-2025-118402 has been dispatched. Tracking: SPXSG0284471935. Delivery window: 12 Dec, 2pm-6pm.
        Delivery rescheduled: Dawson 3-Seater Sofa (Charcoal) now arriving Tue. Please arrange lift padding with your MCST.
        Assembly service S$49 per item; wardrobes taller than 2m need 2 installers (+S$30).
        IKEA Tampines Click & Collect order 1183920447 is ready for pickup at Counter 3. Bring your order confirmation e-mail.
        Courts 0% instalment for 24 mths on selected Panasonic fridges, T&Cs apply.
        SKU OAK-DT-180-NAT (Oslo dining table 180cm, natural oak) - backorder ETA week of 5 Jan 2026.
        Delivery failed: no one at home. Redelivery fee $35. Reply 1 to reschedule, 2 to self-collect at our Kallang warehouse.
        100-night mattress trial: return pickup free within mainland Singapore; Sentosa and offshore islands excluded.
        Please measure door width (min 80cm) and lift car dimensions before ordering the Madison king bed frame.
        Invoice DL-INV-77812 | 1x Herman Miller Aeron (Size B) | S$2,099.00 | paid via PayNow to UEN 201912345K
        Proof of delivery uploaded 2025-12-03T15:42:10+08:00, sha256 a4fdee3edf916bfe19253923f67d9c7c235dc05c691bcddb0ad03b357b181110
        Driver note: Blk 688 lifts only stop at even floors, use the service lift at the back for odd-floor units.
    """),
    ("en", "defect list"): _lines("""
        Defect list - living rm: hollow tiles x4 near balcony door, hairline crack on ceiling above aircon trunking, skirting gap 3mm.
        Master bath: ponding at shower area, falls wrong; grout missing around WC pedestal; mirror cabinet hinge loose.
        Kitchen: sink cabinet door misaligned, laminate chipped at corner, cooker hood ducting not sealed.
        Windows: W3 casement cannot lock, rubber gasket torn; sliding door track scratched.
        Hollow tile check: tap with rod, mark with masking tape and numbered sticker, photo each with a reference ruler.
        Third-party inspection report DI-25-3391: 142 defects logged, 17 major. Developer to rectify within 1 month.
        Aircon not cold - check: compressor tripping, drain pipe choked, water dripping from FCU in bedroom 2.
        Main door digital lock battery cover cracked, replace under warranty (model SHP-DP609).
        def mask_nric(v: str) -> str: return v[0] + "****" + v[-4:]  # keep last 3 digits + checksum only
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Viewing confirmed Sat 3pm @ Blk 512 Bedok North Ave 3 #08-221. Tenant Mdm Rosnah Bte Ismail will open the door, pls call her at 9673 2145 before coming up.
        Tenant details for TA: Kavitha d/o Ramasamy, FIN G5183364W, Indian passport Z4471093, employer Tekmore Pte Ltd, basic S$6,800/mth, EP valid till 11/2027.
        Landlord: Mr Goh Chee Keong, NRIC S7519046H, of 27 Jalan Kembangan, Singapore 419134.
        Hi Jason, the buyer's lawyer needs your wife's NRIC too - Tan Hui Min, S8834172D - for the OTP exercise on Fri.
        Pls note my mother Mdm Lau Ah Moi (82) is bedridden after her stroke, so no hacking 1-3pm when she sleeps. Unit #04-112, Blk 23 Toa Payoh Lor 7.
        Deposit paid by card 4557 0128 4693 0174, exp 08/28, name on card NG SOO LING, CVV will send separately.
        Visitor parking: Mr Aaron Wee, car SLA 7281 L, visiting #12-05 till 10pm.
        FYI the previous tenant Suresh a/l Muniandy was sued at the Small Claims Tribunals (SCT/2024/08812) for S$5,400 unpaid rent, dun rent to him again.
        Guarantor: Lim Wei Jie, IC 900322-10-6631, nett RM7,200/month, works at Maybank Jalan Tun Perak branch.
        Buyer Leung Ka Fai, HKID K382915(4), mobile +852 9184 6620, wants to view the Forest City units next Tue.
        Contractor pls take note: owner Rajesh Pillai s/o Krishnan goes for dialysis Mon/Wed/Fri mornings, so hacking at #09-14 The Lindenwood only Tue/Thu.
        Pls email the signed TA to chong.meiyee88@gmail.com and cc her husband Dennis Ong at dennisong.sg@yahoo.com
        Movers booked for Ms Priya Nair: from Blk 140 Corporation Dr #06-355 to 18 Sunset Way #02-07, Sat 9am, her hp 8124 5590.
        Notice of arrears issued to owner of #14-07 The Amberwood, Mr Kwok Chee Wai (NRIC xxxxx593I), outstanding S$2,846.20 since Aug.
        Ms Angela Fernandez at #03-12 is going through a divorce and her ex-husband still has her access card, pls deactivate card no. 004417 asap.
        Deliver to: Hafiz Rahman, Blk 456 Jurong West St 42 #11-78, S640456, hp 9438 7712, leave at door if no answer.
        The owner's son Marcus Teo (DOB 14/02/1996) will sign on her behalf under the LPA as she has dementia now.
        Pls refund the deposit to POSB Savings 188-40273-1, acct name TAN KAH HENG.
        HK owner Mr Chan Siu Ming, Flat 12B, Tower 3, Laguna City, Kwun Tong, wants to sell his Sentosa Cove unit - call him on 6183 4427.
        New tenant Tomas Herrera, Spanish passport XDB482917, EP FIN F4427810M, moving in 1 Jan with his wife and 2 kids aged 4 and 7.
    """),
    "zh-Hans": _lines("""
        业主陈美华女士，手机 9231 7745，让我们周六下午两点带客户去看 Clementi 的房子，钥匙在楼下信箱。
        买家黄志强，深圳宝安人，身份证 440306198709142616，护照 E58217394，新山 Princess Cove 的首付 RM180,000 已汇。
        租客林怡君，身分證 A226813591，在 Mont Kiara 租两房，月租 RM3,200，押金两个月。
        装修师傅说屋主吴建国（S6811092J）要先付一半才开工。
        我妈刘秀英今年78岁，刚做完膝盖置换手术，浴室要装扶手和防滑砖，地址是宏茂桥10道 Blk 406 #07-1593。
        送货地址：柔佛新山 Taman Molek, Jalan Molek 2/14, No. 37, 81100，收货人郑丽芳 016-552 9031。
        我是张嘉慧，微信号 zhang_jiahui1990，想问 Bukit Timah 那间 condo 还在租吗？
        购房者苏文杰，身份证 35020319911128452X，贷款银行 UOB，月薪 S$9,500。
        前租客蔡俊明欠了三个月房租，我们已经在小额索偿庭（SCT/2025/01733）起诉他了。
        业主何嘉欣，香港身份证 Y604127(0)，住九龙城联合道88号5楼B室，想卖掉槟城 Tanjung Bungah 的公寓。
        收据请寄给邱志明，邮箱 qiu.zm@163.com，电话 +86 138 2651 7740。
        租客梁淑芬的车 SKQ 4436 E 停在 B2 访客车位三天了，麻烦联系她 8712 0394。
        施工提醒：业主女儿王思琪有严重哮喘，拆墙时务必封好粉尘，单位 Blk 215 Serangoon Ave 4 #05-88。
        刷卡付订金：卡号 5521 8840 3612 7799，持卡人 LEE MEI XIN，有效期 11/27。
        陈先生的儿子陈俊豪在 Raffles Institution 读 Sec 3，所以他们想租 Bishan 学校附近的房子，预算 S$5,000。
        业主蔡宜玲的邮箱 eileen.tsai.home@gmail.com，defect list 请直接发给她。
    """),
    "ms": _lines("""
        Pembeli: Mohd Faizal bin Hashim, No. KP 880714-14-5527, alamat No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor.
        Tuan rumah Puan Siti Aishah bt Abdullah minta sewa dibayar ke akaun Maybank 1640 2281 9937 sebelum 5hb setiap bulan.
        Penyewa unit B-12-3 Residensi Harmoni, Encik Kumaran a/l Subramaniam, tel 012-718 4492, dah 4 bulan tak bayar sewa.
        Tolong hantar sofa ke rumah Nur Amira binti Ramli, Lot 1127, Kampung Sungai Merab, 43000 Kajang, tel 019-334 8120.
        Kontraktor Ah Seng dah ambil deposit RM8,000 dari Encik Zulkifli bin Osman (IC 750219-01-5283) tapi tak datang kerja sejak bulan lepas.
        Pelekat parkir petak 221 untuk kereta JQT 5512 milik Puan Farah Diyana bt Kamal, unit A-07-11.
        Puan Salmah Hussin (penghuni Blok C-5-2) baru keluar hospital lepas kemoterapi, minta kontraktor jangan bising waktu pagi.
        WhatsApp saya +60 11-2718 4053, Aisyah, nak tengok bilik sewa di Seksyen 7 Shah Alam hujung minggu ni.
        Gaji bersih suami saya Azman bin Yusof RM5,850 sebulan, kerja di Petronas Kerteh, slip gaji saya lampirkan untuk pinjaman rumah.
        Pemilik rumah Lim Ah Kow (No. KP 620505-07-5119) sudah meninggal dunia, urusan jual beli oleh anaknya Lim Bee Hoon, 016-447 2390.
        Emel perjanjian sewa kepada azlina.hamid82@yahoo.com dan salinan kepada penjamin, abangnya Encik Rosli Hamid.
        Rumah di Cheras tak boleh dijual lagi sebab kes perceraian saya dengan Daniel Chong Wai Keat masih di Mahkamah Tinggi KL (WA-33-812-2025).
        Alamat hantar tilam: No. 5, Jalan Bunga Raya 3, Taman Melawati, 53100 Kuala Lumpur, penerima Encik Chandran Pillay, 017-885 3021.
        Saya ada kad OKU, nama Haziq bin Mokhtar, guna kerusi roda - boleh minta unit tingkat bawah di PPR Kota Damansara?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant for homeowners in Singapore."),
        ("user", "can help me write a msg to my contractor abt the leaking toilet ceiling"),
        (
            "assistant",
            "Sure! Could you tell me the contractor's name and when the works were done?",
        ),
        ("user", "Ah Huat from Soon Lee Reno, done in Aug. just say 3rd time leaking already"),
        (
            "user",
            "sign off as Serene Koh, Blk 327 Clementi Ave 5 #10-406, 9027 6613 so he knows which unit",
        ),
    ],
    [
        (
            "system",
            "You are the viewing assistant of Harbourline Realty. Collect name, mobile and preferred slot.",
        ),
        ("user", "Hi I want to view the Pasir Ris 5-rm this weekend"),
        ("assistant", "Great! May I have your name and mobile number?"),
        ("user", "Bryan Chia"),
        ("user", "8893 1174, Sun morning can? my wife Michelle coming too"),
        ("assistant", "Noted, Sun 10.30am is available. See you then!"),
    ],
    [
        ("user", "你好，我的沙发订单 CST-SG-2025-120977 什么时候送？"),
        ("assistant", "您好，预计本周五下午送达。请确认收货地址。"),
        ("user", "地址是 Blk 618 Yishun Ring Rd #09-2241"),
        ("user", "收货人何静雯，电话 9156 3308，下午我妈在家，她不太会讲英文"),
        ("assistant", "好的，已备注请司机用华语沟通。"),
    ],
    [
        ("user", "Macam mana nak mohon kad akses baru untuk penyewa?"),
        ("assistant", "Biasanya perlu isi borang di pejabat JMB dan bawa salinan perjanjian sewa."),
        ("user", "Ok. Nama penyewa Nor Hafizah binti Salleh, IC 780913-08-6542"),
        ("user", "unit D-15-06 Pangsapuri Seri Mutiara, dia baru pindah minggu lepas"),
        ("assistant", "Baik, sila bawa borang yang lengkap ke pejabat pengurusan."),
    ],
    [
        ("system", "Draft tenancy agreements from the details the user provides."),
        ("user", "Landlord: Ong Kah Soon, NRIC S7304518E"),
        ("user", "Tenant: Ravi Shankar, FIN G7712049T, Indian national"),
        ("user", "Property 61 Lorong 25 Geylang #03-02, $2,700/mth, 2 yrs from 1 Feb"),
        (
            "assistant",
            "Thanks, here is a first draft of the tenancy agreement with those parties and terms.",
        ),
    ],
    [
        ("user", "What happens to an HDB flat when the owner passes away?"),
        (
            "assistant",
            "It depends on how the flat was held. Under joint tenancy it passes to the surviving owner; otherwise it follows the will or intestacy rules.",
        ),
        (
            "user",
            "my dad Yeo Boon Hock died last month, flat is under his name only, Blk 77 Telok Blangah Dr",
        ),
        ("user", "I'm his only son, Yeo Jun Wei, and I already own a condo. can I keep it?"),
        (
            "assistant",
            "You may need to dispose of one property within the required period; please check with HDB.",
        ),
    ],
    [
        ("user", "我想在新山买房，外国人需要准备什么？"),
        ("assistant", "一般需要护照、收入证明，以及符合柔佛州外国人购房最低价格要求。"),
        ("user", "我叫许婷，成都人"),
        ("user", "身份证 510107199506223844，护照号 EJ3381047"),
        ("user", "在 R&F 看中一个单位，RM780,000，你帮我看看够不够门槛"),
        (
            "assistant",
            "柔佛对外国人购房多数类别门槛为 RM1,000,000，RM780,000 可能不够，建议向律师确认最新规定。",
        ),
    ],
    [
        ("system", "You help a Singapore painting contractor answer customers."),
        ("user", "Can your paint be low VOC? I'm 7 months pregnant"),
        ("assistant", "Yes, we use low-VOC paints such as Nippon Odour-less range."),
        (
            "user",
            "ok pls book for Tan Li Ting, unit #06-31 The Sundale, 60 Jalan Sendudok? no sorry, 60 Jalan Lempeng",
        ),
        ("assistant", "Noted, we will call to confirm the date."),
    ],
    [
        ("user", "Need movers from Hong Kong to Singapore in March"),
        ("assistant", "Sure, what is the pickup address and volume?"),
        (
            "user",
            "pickup Flat 8C, Block 2, Taikoo Shing, Quarry Bay. about 2 bedrooms of furniture",
        ),
        ("user", "customs form needs my HKID: C719348(1), name Wong Pui Yee"),
        ("assistant", "Thank you, our coordinator will send the quotation by e-mail."),
    ],
    [
        ("user", "Boleh semak status renovation permit unit saya?"),
        ("assistant", "Sila berikan nombor unit dan nama pemilik berdaftar."),
        ("user", "A-21-09 Residensi Kiara, pemilik Encik Lee Chong Meng"),
        ("user", "no tel 012-663 9081, kontraktor dah tunggu seminggu dah"),
        (
            "assistant",
            "Permohonan anda sedang diproses dan dijangka diluluskan dalam 3 hari bekerja.",
        ),
    ],
]
