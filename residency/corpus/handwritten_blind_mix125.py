# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix125: cat cafés, catteries, cat boarding and cat rescue groups in HK/SG/MY/TW. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix125
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "cattery_boarding_terms"): _lines("""
        All boarders must show a vaccination card with FVRCP given at least 14 days before check-in; titre test results from a registered vet are also accepted.
        Check-in hours are 10am to 1pm and 4pm to 7pm daily; arrivals after 7pm are charged a S$25 after-hours fee.
        Rates for 2026: Standard Condo S$38/night, Deluxe Suite S$52/night, second cat sharing the same suite S$20/night.
        Owners may bring their cat's own food; we will not mix brands unless instructed in Section C of the boarding form.
        For overnight emergencies we transfer to Mount Pleasant Veterinary Centre (Gelenggang), and all vet charges remain the owner's responsibility.
        A 30% deposit secures the booking; cancellations within 72 hours of check-in forfeit it, and during the CNY and December peaks the window is 7 days.
        Cats showing signs of ringworm, fleas or URI at check-in will go to the isolation block, and a S$15/day isolation surcharge applies.
        We do not board unsterilised males above 8 months old, as spraying stresses the other guests.
        Daily photo updates go out from our WhatsApp Business line +65 6000 0000 between 6pm and 8pm; please do not call that number for bookings.
        Whiskers & Co. Cattery (UEN 201912345K) is licensed by the Animal & Veterinary Service for commercial boarding under the Animals and Birds Act.
        Oral tablets and liquids are given free of charge; insulin injections are S$8 per dose and need a signed vet instruction sheet.
        Personal items are limited to one blanket and one toy per cat, and we cannot be responsible for damage to bedding brought from home.
        If a cat is not collected within 7 days of checkout and neither the owner nor the emergency contact can be reached, the case is referred to AVS under our abandonment policy.
    """),
    ("zh-Hant", "貓Cafe店內告示_香港"): _lines("""
        入場每位$98，包一杯飲品，限時90分鐘；12歲以下小朋友需由成人陪同。
        請勿用閃光燈影相，貓貓唔鍾意強光，多謝合作🙏
        唔好抱起貓貓，佢哋想行就由得佢行；如果貓貓主動坐喺你大髀，恭喜你今日中獎😸
        本店貓貓全部已絕育及打齊針，由「寵愛動物醫院」每季跟進身體檢查。
        餐牌上有✳️標記嘅小食先可以餵貓，每份$35，其他人類食物一律唔准餵。
        八號風球或黑色暴雨警告生效期間暫停營業，開放時間以Facebook專頁公布為準。
        訂座請WhatsApp店舖號碼5100 0000（只接受文字訊息），週末及公眾假期必須預約。
        地址：旺角花園街128號富運商業大廈12樓B室（港鐵旺角站B3出口行5分鐘）。
        今日「橙橙」同「芝麻」身體唔舒服休息緊，喺後面房瞓覺，請唔好拍玻璃。
        按食環署要求，貓房同食物處理區已經完全分開，所有飲品一律喺水吧製作。
        貓糧及貓砂由「陳記寵物用品」贊助，店內有售，會員九折。
        收費：成人$98／學生$78（需出示有效學生證）／長者$68，八達通、AlipayHK、PayMe都收。
        如果發現走失貓，請致電愛護動物協會熱線2711 1000或者漁護署1823，唔好自己追捕。
    """),
    ("zh-Hans", "猫咖探店与领养帖"): _lines("""
        周末去了静安那家猫咖，三十只布偶和英短，68元一位含饮料，猫咪状态都很好，店里几乎没有异味👍
        避雷！有些所谓猫咖其实是变相卖猫，进店就推销幼猫，去之前先看看大众点评的差评。
        领养代替购买：本周六下午两点在徐汇区一家宠物医院门口有领养日，所有猫咪已驱虫、打疫苗、绝育。
        丰子恺家那只叫白象的猫被他写进了散文，这家猫咖墙上就挂着他的漫画复刻版。
        陆游写过“裹盐迎得小狸奴，尽护山房万卷书”，原来宋朝人就用盐换猫，古人撸猫也很可爱。
        新手养猫清单：猫砂盆两个、猫抓板、主粮（粗蛋白≥36%）、化毛膏、航空箱，预算大概1500元。
        店家公众号说下个月起实行实名预约，每个时段限12人，节假日要提前三天约。
        有位阿姨每天傍晚都来猫咖门口喂流浪猫，店员后来干脆在门口放了一个喂食站。
        猫咖订单号 MK20261107-0834 已核销，需要开票请联系店铺客服，发票抬头写公司全称。
        某连锁猫咖的年报提到，会员复购率达到41%，单店日均接待约180人次。
        隐私提示：领养申请表里的身份证号和住址只用于回访，请不要在评论区晒表格截图。
        上海宠物寄养价格参考：普通笼位60元/晚，独立房间120元/晚，春节期间普遍上浮50%。
        《猫武士》书迷在猫咖办了读书会，火星、灰条、黄牙的角色卡一下子就被抢光了😂
    """),
    ("ms", "notis_dan_soalan_lazim_hotel_kucing"): _lines("""
        Semua kucing yang ingin menginap wajib mempunyai rekod vaksin lengkap (F3 atau F4) dan rawatan kutu dalam tempoh sebulan.
        Waktu daftar masuk ialah 10 pagi hingga 6 petang setiap hari kecuali hari pertama dan kedua Aidilfitri.
        Kadar penginapan: bilik biasa RM25 semalam, bilik suite RM40 semalam, diskaun 10% untuk penginapan melebihi 14 malam.
        Sila bawa makanan kucing anda sendiri jika kucing ada alahan; kami sediakan Royal Canin dan Whiskas secara percuma.
        Bayaran boleh dibuat melalui DuitNow kepada Kak Ros Cat Hotel Enterprise (SSM 202303145678), akaun Maybank 5641 2233 9087.
        Untuk sebarang pertanyaan, hubungi talian pejabat 03-8920 1234 atau e-mel tempahan@kakroscathotel.com.my.
        Kucing yang tidak dituntut selepas 10 hari dari tarikh keluar akan diserahkan kepada persatuan penyelamat berdaftar mengikut terma yang ditandatangani.
        Kami tidak menerima kucing yang sedang bunting atau menyusukan anak kerana risiko tekanan dan jangkitan.
        Jabatan Perkhidmatan Veterinar (DVS) menasihatkan pemilik di kawasan wabak seperti Sarawak supaya memastikan kucing mendapat vaksin rabies.
        Kad ahli CatLover Club: setiap 10 malam penginapan, dapat 1 malam percuma; cop kad di kaunter semasa daftar keluar.
        Jika berlaku kecemasan, kucing akan dibawa ke Klinik Veterinar Dr. Ahmad & Rakan-Rakan di Bangi dan kos rawatan ditanggung pemilik.
        Borang penginapan meminta nombor telefon dan alamat kecemasan; maklumat ini disimpan 12 bulan sahaja mengikut Akta PDP 2010.
        Tempahan untuk cuti sekolah Disember sudah penuh sejak Oktober; senarai menunggu dibuka melalui borang Google di bio Instagram kami.
    """),
    ("mixed", "rescue_group_volunteer_chat"): _lines("""
        Guys tomorrow TNR at Bedok North, the blk 500s area, 3 traps confirmed, 集合 7am at the void deck beside the kopitiam.
        Eh the ginger boy from Sunday's trap already neutered liao, vet say can release by Thursday, 伤口 look ok.
        Adoption drive 这个星期六 at Pet Lovers Centre Ang Mo Kio, need 4 volunteers for 11am-3pm shift, siapa free?
        Kitten milk habis dah, can someone 帮忙 buy KMR at Pet Safari? Claim from group fund, keep the resit ya.
        Reminder: 唔好 post adopter 嘅 full name or address in the group, just use the case number like AD-2026-117.
        Fosterer 話 the calico 今朝 vomit twice, 已經約咗 vet 下午三點, will update here.
        Total this month: 23 cats sterilised, 9 adopted, 4 still in foster, vet bills RM3,870, terima kasih semua donors!
        FB post draft: Meet Kopi, 2yo, FIV negative, super manja, looking for an indoor-only home 🏡 ok or not?
        Anyone got spare 猫笼 for the transport on Sat? The big one from Ikea also can.
        Donation QR must be the society's OCBC account 712-345678-001, NOT anyone's personal PayNow ok, pls check before you share.
        The feeder aunty at 那个 hawker centre says the black cat 最近 limping, anyone nearby can go see tonight?
        Lepas ni semua kucing keluar shelter mesti microchip dulu, vet quote RM45 per chip, 我哋 got 15 cats waiting.
        Meeting minutes uploaded to Drive: 1) new shelter lease 2) Q1 budget 3) volunteer SOP v2.3, pls read before the Tuesday 8pm call.
    """),
    ("en", "booking_system_logs_and_config"): _lines("""
        2026-11-28T09:14:22+08:00 INFO booking.create id=BK-SG-000912 suite=DLX-04 nights=5 status=CONFIRMED
        2026-11-28T09:14:23+08:00 WARN notify.sms template=checkin_reminder to={{phone}} skipped: quiet_hours
        export const ROOM_TYPES = { STD: { rate: 38, maxCats: 2 }, DLX: { rate: 52, maxCats: 3 } };
        payment.webhook stripe evt_3PqK9xLmN2vR8sT1 amount=26000 currency=sgd outcome=succeeded
        owner_name VARCHAR(120) NOT NULL, phone VARBINARY(64) ENCRYPTED, nric_last4 CHAR(4) -- full NRIC must never be stored
        Release v2.14.0: added vaccine-expiry check, owner phone now masked as 9***-**12 in staff view, fixed timezone bug for MYT.
        sha256 of nightly backup cattery_db_20261130.sql.gz: 4f1c9a0e7b3d2a8c6e5f4b1d0a9c8e7f6b5a4d3c2e1f0a9b8c7d6e5f4a3b2c1d
        curl -X POST https://api.example.com/v1/bookings -H 'Authorization: Bearer <TOKEN>' -d '{"cat_id":"CAT-7731","room":"STD-11"}'
        test fixture: owner=<NAME>, phone=+65 0000 0000, email=test@example.com, nric=S0000000X, address=XXX
        cron: 0 18 * * * /opt/cattery/bin/send_photo_digest --tz Asia/Singapore --limit 200
        ERROR 2026-12-01 07:02:11 feeder-cam-03 rtsp timeout after 30000ms, retrying (attempt 3/5)
        Tracking no. SPXMY0123456789 for order #CF-88213 (2 x Tofu cat litter 6L, SKU TL-6L-ORG) picked up by courier.
        UUID 3f2b8c1e-9a4d-4e7b-b6c2-0d5e8f1a7c93 assigned to the kiosk tablet at Level 2 reception; firmware 1.8.3-rc2.
    """),
    ("zh-Hant", "台灣中途送養須知"): _lines("""
        送養貓咪皆已完成結紮、晶片植入及三合一疫苗，領養人需負擔醫療費用新台幣2,000元。
        認養流程：填寫線上問卷→電話訪談→家訪→簽切結書→試養兩週，全程約三到四週。
        請先確認住處已安裝紗窗與防墜措施，陽台也需要封網，這是家訪一定會確認的項目。
        依《動物保護法》規定，寵物登記是飼主義務，未辦理者可處新台幣3,000元以上15,000元以下罰鍰。
        想了解公立收容所的開放時間，台北市民可以撥打1999市民當家熱線詢問。
        我們不接受以「送給小孩當生日禮物」為理由的申請，養貓是十五年以上的承諾。
        中途之家不收棄養貓，若您無法繼續飼養，請先洽詢各縣市動物保護處。
        貓咪常見疾病如FIP、腎衰竭與口炎，醫療費可能數萬元起跳，請先評估經濟能力。
        捐款帳戶：社團法人台灣浪貓關懷協會，玉山銀行（808）帳號0123-940-012345，需要收據請在備註註明。
        夏目漱石《我是貓》裡那隻沒有名字的貓，也是被撿回家的流浪貓呢。
        桃園、新竹地區的領養人可以參加每月第二個週六的新手飼主講座，地點在協會辦公室。
        個資聲明：您填寫的資料僅用於本次送養評估，評估結束後六個月內銷毀，不會提供給第三方。
        案件編號TW-ADP-2026-0457已完成送養，感謝所有中途與志工的付出🐾
    """),
    ("mixed", "invoices_and_product_listings"): _lines("""
        INVOICE No. INV-2026-1142 | Meow Meow Kopitiam Cat Café Sdn Bhd (SSM 201801023456) | 12 x Catit scratcher @ RM29.90 = RM358.80
        【限時優惠】Tofu cat litter 豆腐貓砂 7L 原味 HK$68/包，買六送一，SKU: TF-7L-OR-HK
        Bank details for payment: Public Bank Berhad, A/C name Tan Brothers Pet Supply Sdn Bhd, A/C no. 3187-6543-21
        货号 MC-2209 猫爬架 五层实木 高162cm，承重30kg，顺丰包邮（新疆、西藏除外）
        Receipt #0047812 | Cat café entry x2 S$36.00 | Matcha latte x1 S$7.50 | GST 9% S$3.92 | Total S$47.42
        德記寵物美容 Tak Kee Pet Grooming：貓貓沖涼$280起，剪指甲$60，地址深水埗福華街188號地舖。
        PO-SG-5521 to Purrfect Supplies Pte Ltd (UEN 201633210D): 40 bags Royal Canin Indoor 27 2kg, delivery Tue 10am-12pm, loading bay 3.
        KL Cat Hotel promo: Raya package 5 malam RM199, termasuk grooming & 每日 video update, valid till 31/3.
        報價單 Q-TW-0388：貓窩 NT$399 × 2、自動餵食器 NT$1,599 × 1，含稅合計 NT$2,397。
        Fax your order form to 2345 6789 or email sales@happypawshk.com, delivery within 3 working days to Kowloon & HK Island.
        商品規格：貓用營養膏120g，成分麥芽糖漿、魚油、維生素E；有效期限2028/06/30，批號LOT 2611B。
        Tax Invoice | GST Reg No. M2-0123456-7 | Whiskers & Co. Cattery | Boarding 5 nights Deluxe @ S$52 = S$260.00
        Harga borong: Whiskas 1.2kg RM18.50/pek, min order 20 pek, 送货 Klang Valley free for orders above RM500.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Booking note: Mrs Priya Ramasamy, mobile 9734 2186, cat Biscuit (FeLV+), collect 14 Dec, lives at Blk 412 Tampines St 41 #08-233.
        Adopter verification - Name: Jonathan Koh Wei Ming, NRIC S8734261A, DOB 12/03/1987, address 27 Jalan Kembangan, Singapore 419120.
        Hi, I'm Farah, one of the weekend volunteers; my FIN is G5607213L and my work pass expires next March, so I can't be the one to sign the shelter lease.
        Please refund the deposit to my DBS account 029-4-518837 under the name Lim Shu Fen, since we cancelled Oscar's stay.
        Our regular at the café, Mr Chan Kwok Hung, told the staff he was just diagnosed with Parkinson's and asked us to keep a chair by the door for him.
        {"owner":"Melissa Tay","phone":"+65 8216 4409","email":"mel.tay88@gmail.com","cat":"Pumpkin","checkin":"2026-12-20"}
        Incident report: cattery assistant Rizwan bin Osman was bitten on the left hand on 3 Nov and is on 5 days' MC for cellulitis; emergency contact is his wife at 9102 7734.
        Our Yishun fosterer Grace Teo is six months pregnant and her gynae told her to stop scooping litter because of toxoplasmosis, so please move her four kittens this week.
        Card on file for boarding: VISA 4539 1488 0343 6467 exp 09/28, cardholder DARREN SIM.
        Mr Peter Goh from #03-12 upstairs says our cats' noise is ruining his sleep after night shifts at the hospital, and he's threatening to call the town council again.
        Tsang Mei Ling (HKID K482917(4)) signed the adoption contract for Tofu on 2 Oct; home visit is at Flat 12C, Block 3, Kornhill, Quarry Bay.
        Customer @catmum.shermaine posted a review photo that shows her car plate SGX 4821 L and her Sengkang block number, please ask her to take it down.
    """),
    "zh-Hans": _lines("""
        寄养登记：王晓婷，手机139 1728 4563，身份证310115198705143722，两只英短，12月20日入住。
        领养回访：李建华住深圳市福田区景田北路28号景鹏大厦7栋1502室，他太太有哮喘，所以猫只养在阳台。
        店员小陈（陈雨萱）上周查出甲状腺癌，店长让大家先别在群里说，等她自己决定要不要公开。
        我的微信号是 zhangmiao_0823，加我备注领养橘猫，我住杭州西湖区文三路，下班后可以视频看猫。
        订单备注：收货人刘洋 186 0215 7739，北京市朝阳区望京西园三区312号楼2单元801。
        志愿者报名表：姓名 周婷；身份证 440304199108234525；出生日期 1991-08-23；紧急联系人 母亲黄秀英 137 2290 4416。
        寄养客户赵志刚欠了我们三个月寄养费共4800元，电话一直不接，他公司就在陆家嘴那栋金融大厦里。
        住我们楼下402的孙丽萍阿姨离婚后一个人养了二十多只猫，居委会已经上门三次了。
        QQ 2847719306 那位领养人叫郑凯，在厦门思明区上班，身份证350203198901172034，回访电话一直关机。
    """),
    "zh-Hant": _lines("""
        客人陳家豪（電話9123 4876）今日帶咗兩隻貓嚟寄宿，佢住黃大仙竹園北邨桃園樓18樓1812室。
        領養表格：姓名 林怡君，身分證字號 A234567893，生日 1990/05/14，地址 台北市大安區復興南路一段207號5樓。
        我嘅身份證係Y730154(3)，想問下入會填表一定要寫晒全部號碼？
        中途媽媽黃淑芬最近因為憂鬱症住院，她家裡的八隻貓暫時由協會接手照顧。
        店長話阿欣（何曉欣）有咗三個月，叫大家唔好再安排佢清貓砂同抱貓去打針。
        請將按金退返去我中銀戶口012-875-1-104392，戶口名LEUNG WAI KIT，係Tofu嘅寄宿按金。
        我是新竹的認養人蔡佩珊，LINE ID：miumiu_0712，電話0932-418-765，請直接聯絡我。
        樓下住台中市西屯區福科路88巷5號3樓之2的吳明德先生，一直投訴我們的貓叫聲，還說要找里長來處理。
        寄宿表：主人 張志強｜電話 6218 3390｜電郵 chikeung.cheung@yahoo.com.hk｜貓名 Mochi｜備註 主人下月做心臟搭橋手術，寄宿兩星期。
        志工郭美玲（F228374618）申請成為正式中途，過去有兩次棄養紀錄，請理事會討論。
        澳門客人梁嘉敏留低嘅澳門身份證號碼係1305827(3)，佢想預約聖誕寄宿兩隻貓。
    """),
    "ms": _lines("""
        Tempahan: Puan Nurul Aisyah binti Hamzah, No. KP 920730-10-6248, tel 012-487 3319, 2 ekor kucing Parsi, daftar masuk 24 Dis.
        Sukarelawan kami Encik Faizal Rahman baru disahkan menghidap diabetes jenis 2 dan minta dikecualikan daripada syif malam.
        Alamat penghantaran anak kucing angkat: No. 23, Jalan SS 2/72, 47300 Petaling Jaya, Selangor, penerima Siti Zubaidah, 017-220 5814.
        Sila pindahkan wang tajaan ke akaun peribadi saya CIMB 7012 4456 3381 atas nama Mohd Hafiz bin Ismail.
        Pemilik kucing Oyen, Encik Ravi a/l Subramaniam (KP 850601-13-5677), masih berhutang RM1,350 untuk bil rawatan dan penginapan.
        Jiran sebelah rumah saya, Kak Lina di No. 14 Jalan H8, Taman Melawati, baru bercerai dan tinggal seorang diri dengan 15 ekor kucing.
        Pelajar Tingkatan 4 Bestari SMK Seri Kembangan, Nur Iman binti Azlan, datang setiap petang membantu di pusat penyelamat selepas sekolah.
        Nombor plat kereta lelaki yang tinggalkan kotak anak kucing depan kedai semalam ialah WVB 7732, kereta Myvi putih, CCTV dah simpan.
        Saya Azman, IC 880415-14-5523, nak daftar sebagai ahli Kelab Kucing Parsi; boleh hubungi saya di azman.catdad@gmail.com.
    """),
    "mixed": _lines("""
        Eh the auntie who adopted 橘子 last month, Mdm Lee Siew Hong, her hp is 8123 5567, she say the cat 一直 hide under bed, can someone call her?
        Boss, Ah Keong (Tan Kok Keong) ask for advance salary $800 again, 他说 his mother 住院 at CGH, 要不要 approve?
        Customer Ms Chong Mei Yee 投訴 our staff lost her cat's 藥, she say will go Consumer Council; her number 6123 4098, booking BK-HK-2231.
        Kitten adoption form: name Wong Jia Hui 黄佳慧, IC 010909-01-0384, add 12 Jalan Molek 2/5, Taman Molek, 81100 Johor Bahru, tel 011-2390 7781.
        Volunteer Daniel 的 FIN F3318720M，his Employment Pass 被 cancel 了，下个月 must leave SG, cannot foster anymore.
        我個 WeChat 係 kitty_lovecat_hk88，住沙田第一城38座21樓E室，可以上門睇貓 anytime。
        BK-MY-0931,Lau Chee Meng,016-778 2045,lauchm@hotmail.com,No 7 Lorong Burhanuddin Helmi 3 TTDI,2 cats,RM420
        Part-timer Nadia Chen 有 epilepsy, her mum 叫我哋 don't let her climb the ladder to clean top shelves, emergency contact 9456 2201.
        Rescue trip to Taipei: 机票 book under TEO HUI MIN, passport K3918274B, DOB 05/11/1993, pls 帮我 book same flight as the cats.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the booking assistant for a cattery in Singapore."),
        ("user", "Hi, how much for a deluxe suite for 2 cats from 20 to 27 Dec?"),
        (
            "assistant",
            "Deluxe Suite is S$52/night plus S$20/night for the second cat, so 7 nights comes to S$504. December is peak, so a 30% deposit is needed.",
        ),
        (
            "user",
            "Ok book it. Name Kelvin Ong, 9812 6604. My older cat Lucky is on methimazole twice a day for hyperthyroid, and I'll be in KK Hospital for surgery that week so my neighbour will collect.",
        ),
        (
            "assistant",
            "Noted, Mr Ong. I've put the medication schedule on the booking and will need your neighbour's name for the collection authorisation.",
        ),
    ],
    [
        ("system", "你係一間香港貓Cafe嘅客服助手。"),
        ("user", "想請你幫我寫個通告，提醒客人唔好喺門口餵貓。"),
        ("assistant", "好，可以咁寫：為咗街坊衛生同貓貓健康，請唔好喺店舖門口放食物，多謝合作。"),
        (
            "user",
            "其實主要係因為隔籬屋陳太，住康怡花園L座15樓，佢日日落嚟餵，仲成日同保安嗌交，佢個仔又話佢有少少認知障礙，我哋唔知點算。",
        ),
        (
            "assistant",
            "明白，通告建議保持中性唔點名；至於陳太嘅情況，可以考慮聯絡佢家人或者社署，而唔係喺店內公開講。",
        ),
    ],
    [
        ("system", "Anda pembantu pusat penyelamat kucing di Pulau Pinang."),
        ("user", "Apa syarat nak ambil anak kucing angkat?"),
        (
            "assistant",
            "Pemohon mesti berumur 21 tahun ke atas, setuju untuk sterilisasi, dan bersedia untuk lawatan rumah selepas dua minggu.",
        ),
        (
            "user",
            "Baik. Nama saya Lim Boon Hock, IC 950212-07-5131, rumah di 36 Lorong Kenari 2, Bayan Lepas, telefon 013-558 2174. Bila boleh datang?",
        ),
        (
            "assistant",
            "Terima kasih Encik Lim, borang anda akan diproses dan kami akan hubungi anda dalam tiga hari bekerja.",
        ),
    ],
    [
        ("system", "你是一个猫咪救助群的文案助手。"),
        (
            "user",
            "帮我写一段话，发给志愿者刘敏，她最近抑郁症复发住院了，退出了喂猫排班，我想安慰她一下，但别让别人知道她的病。",
        ),
        (
            "assistant",
            "可以这样写：敏敏，这段时间你先好好休息，排班我们会安排好，猫咪们都很好，等你状态好了随时欢迎回来。",
        ),
        ("user", "好的，另外她负责的那片小区是闵行区莘庄镇的春申景城，帮我写个换人通知。"),
        ("assistant", "通知：春申景城喂养点近期由其他志愿者接手，具体排班请看群公告。"),
    ],
    [
        ("system", "You help a Singapore cat rescue group answer adopters."),
        ("user", "Can someone with asthma adopt a cat from you guys?"),
        (
            "assistant",
            "It depends on how severe it is; we usually suggest spending time with the cat first and checking with a doctor.",
        ),
        (
            "user",
            "Ok lah the thing is my sister Rachel Lim stays with me at Punggol Waterway Terraces, she just got diagnosed with cat allergy asthma last week, 医生 say must use inhaler every day. Still can adopt Milo or not?",
        ),
        (
            "assistant",
            "Since Rachel lives with you, we would want her doctor's advice first; an allergy-friendly setup or a short trial stay might help you decide.",
        ),
    ],
    [
        ("system", "你是台灣一個貓咪中途協會的線上領養面談助理。"),
        ("user", "請問面談需要準備什麼？"),
        ("assistant", "請準備居住環境照片、紗窗防護的照片，以及家中同住成員是否同意的說明。"),
        ("user", "好的，我家有紗窗。我跟男友同住，他說沒問題。"),
        ("assistant", "了解，接下來需要您填寫基本資料以便安排家訪。"),
        (
            "user",
            "我叫許雅婷，身分證H259103749，LINE是yating.meow，住桃園市中壢區中央西路二段15號8樓，週末都在家。",
        ),
    ],
    [
        (
            "system",
            "You are the front-desk assistant for a Hong Kong cat hotel. Today's check-in list is in your context.",
        ),
        ("user", "Who's checking in this afternoon? I need to prep the rooms."),
        (
            "assistant",
            "Two check-ins: Mr Ho Chun Wai, 6734 2290, Flat 8B, Tower 2, Laguna City, cat Dumpling on a renal diet; and Ms Fung Siu Ying, 9476 1038, two cats, she mentioned she is going in for chemo so the stay may extend.",
        ),
        ("user", "Thanks, prep renal food for room 3 then."),
    ],
    [
        ("system", "Kamu assistant untuk admin kumpulan rescue kucing di KL."),
        ("user", "Macam mana nak remind volunteer pasal duit yang dia pinjam dari tabung group?"),
        (
            "assistant",
            "Boleh hantar mesej peribadi yang sopan, nyatakan jumlah dan cadangkan jadual bayaran balik.",
        ),
        (
            "user",
            "Masalahnya Ahmad Zaki dah pinjam RM2,000 sejak Jun, 他老婆 pregnant 8 bulan and he just kena buang kerja dari Grab office, 我不想 push too hard.",
        ),
        (
            "assistant",
            "Faham, mungkin boleh tawarkan ansuran kecil selepas isterinya bersalin, dan bincang secara peribadi sahaja.",
        ),
    ],
    [
        ("system", "你是上海一家猫咪寄养店的客服。"),
        ("user", "下周一到周五可以寄养两只猫吗？"),
        ("assistant", "可以的，独立房间120元一晚，两只同住加收40元，需要提供疫苗本。"),
        (
            "user",
            "好，我老公张伟下周一在瑞金医院做肝移植，我要陪床，麻烦登记我的手机158 2173 9946，名字填陈静。",
        ),
        ("assistant", "收到陈女士，已为您预留独立房间，祝张先生手术顺利。"),
    ],
    [
        ("system", "You draft emails for a cat café in Singapore that also rehomes cats."),
        ("user", "Draft a follow-up email to our adopter asking for a 3-month update photo."),
        (
            "assistant",
            "Hi there, it's been three months since you brought your cat home. We'd love a photo and a quick update on how they're settling in!",
        ),
        (
            "user",
            "Address it to Cheryl Ng, cheryl.ng.cat@outlook.com, she's the HK lady who moved here, HKID R908431(1), and mention she still owes the S$150 adoption fee.",
        ),
        (
            "assistant",
            "Hi Cheryl, hope you and Nala are settling in well! Could you send us a recent photo? Also a gentle reminder that the S$150 adoption fee is still outstanding.",
        ),
    ],
]
