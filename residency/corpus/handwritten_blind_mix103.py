# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix103: confinement nannies, postnatal care centres and nurseries in SG/MY/HK/TW. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix103
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "agency_terms"): _lines("""
        Confinement nanny packages run for 28 days by default; extensions are charged per day at the daily rate in your package and must be requested at least 3 days before the end date.
        The nanny will arrive within 24 hours of discharge from hospital. If baby comes earlier than the EDD, please call the agency office so we can move the start date.
        A 30% deposit secures the booking. Deposits are refundable only if the agency cannot provide a replacement nanny for your dates.
        Under the Confinement Nanny Scheme the nanny may work for you for up to 16 weeks from the baby's date of birth; the employer submits the work permit application and buys the medical insurance.
        Nanny duties: confinement meals (up to 3 meals and 2 tonics a day), bathing baby, sterilising bottles, washing baby's clothes and night feeds where agreed. Cooking for other household members is not included.
        Red packets at the start and end of the confinement are customary but not compulsory; the amount is entirely at the family's discretion.
        If you are not satisfied within the first 7 days, we will arrange one replacement nanny free of charge, subject to availability.
        Public holiday surcharge: $50 per day for Chinese New Year eve and the first two days of Chinese New Year, Hari Raya Puasa and Deepavali.
        Our nannies are not allowed to give any medication, herbal or otherwise, to the baby. Medicine for the mother must be prescribed or approved by her own doctor.
        Please prepare a separate mattress or sleeping area for the nanny near the baby's cot, and let us know beforehand if there are pets in the home.
        Every nanny completes 40 hours of in-house training on newborn bathing, umbilical cord care, jaundice signs and breastfeeding support before her first assignment.
        Cancellation after the nanny has started: unused days are refunded less an administrative fee of $300.
        Dates in January to March fill up fastest, so we recommend booking by the end of your first trimester and updating us after every gynae visit.
    """),
    ("zh-Hans", "care_guide"): _lines("""
        新生儿黄疸一般在出生后2到3天出现，4到5天达到高峰，足月儿通常两周内消退；如果黄到手心脚心，或者宝宝吃奶差、嗜睡，要及时就医。
        月子期间可以洗头洗澡，但要用温水，洗完马上吹干；顺产一般一周左右就可以淋浴，剖宫产要等伤口愈合后再说。
        母乳喂养按需喂，新生儿一天吃8到12次都很正常，判断吃没吃够主要看尿布：第5天以后每天至少6片湿尿布。
        冲奶粉要先放水后放粉，水温40到50度，严格按罐上的勺数冲，不要凭感觉多加一勺。
        脐带一般在出生后7到14天脱落，每天保持根部清洁干燥就可以，不需要包纱布，更不要涂牙膏或者香油。
        月子餐第一周以清淡、排恶露为主，小米粥、鱼汤都可以；第二周开始再慢慢加麻油猪肝、鸡汤这些。
        宝宝吐奶很常见，喂完竖抱拍嗝10到15分钟；如果是喷射性呕吐或者吐出黄绿色液体，就不是普通吐奶了，要去医院。
        月嫂上户第一天一般先了解家里的作息、宝宝的奶量和大人的饮食禁忌，再排一个大概的时间表。
        请月嫂之前建议看三样东西：健康证、育婴员或母婴护理证书、之前雇主的评价，面试时可以请她现场演示给宝宝洗澡。
        产后42天要回医院复查，妈妈查子宫恢复和伤口，宝宝查体重、身长、头围和髋关节。
        宝宝湿疹不要用热水烫洗，洗澡控制在5到10分钟，洗完3分钟内全身涂保湿霜。
        维生素D从出生后几天开始每天补400国际单位，纯母乳和混合喂养的宝宝都需要。
        一线城市金牌月嫂26天的价格普遍在1.5万到2.5万元之间，春节前后还会再上浮两到三成。
    """),
    ("zh-Hant", "centre_notice"): _lines("""
        本館為衛生局立案之產後護理機構，24小時護理師駐館，嬰兒室採全透明玻璃設計，家屬可於探視時間透過窗口看寶寶。
        探視時間：每日10:00-12:00、15:00-20:00，每房限兩位成人訪客，12歲以下兒童及有發燒、咳嗽症狀者恕不開放進入。
        入住時請攜帶：媽媽手冊、寶寶健康手冊、出院病歷摘要及健保卡，其餘嬰兒用品本館皆有提供。
        親餵媽媽請按房內叫人鈴，護理師會將寶寶推到房間，親餵結束後再推回嬰兒室。
        月子餐由營養師設計，一日五餐，全程無酒料理，如有素食或過敏需求請於入住前三天告知。
        各縣市生育補助規定不同，部分可用於產後護理之家費用，詳情請洽戶籍所在地之區公所或衛生所。
        陪月員證書課程：為期60小時，內容包括初生嬰兒護理、母乳餵哺、產後飲食及急救，出席率達八成並通過考核可獲發證書。
        衞生署母嬰健康院提供產後檢查及嬰兒健康評估，新生嬰兒出院後請盡快預約首次到診。
        本中心所有陪月姐姐均持有效身體檢查報告及無刑事定罪紀錄證明，並須完成嬰兒急救課程。
        房型價格（28天）：標準房 NT$198,000、豪華房 NT$238,000、套房 NT$288,000，雙胞胎每日加收 NT$1,500。
        訂房須繳訂金 NT$30,000，預產期前30天可免費更改入住日期一次，第二次更改酌收手續費。
        因應腸病毒及流感流行期，即日起所有訪客須量測體溫並全程配戴口罩，敬請見諒。
        陪月價錢一般按日計，住家陪月約每日1,300至1,800港元，日間陪月（9小時）約每日900至1,200港元，雙胞胎另計。
        本館與馬偕紀念醫院小兒科合作，每週二、五由小兒科醫師巡診，如需額外看診請告知護理站。
    """),
    ("ms", "taska_pantang_notice"): _lines("""
        Makluman kepada semua ibu bapa: Taska akan ditutup pada 31 Ogos sempena Hari Kebangsaan dan dibuka semula seperti biasa pada 1 September.
        Yuran bulanan bayi (2 hingga 12 bulan) ialah RM650 termasuk lampin pakai buang; susu formula perlu dibawa sendiri oleh ibu bapa.
        Susu ibu perahan (EBM) mesti dilabel dengan nama anak, tarikh dan masa perah, dan dibawa dalam beg sejuk bersama ice pack.
        Kanak-kanak yang demam melebihi 37.5°C, cirit-birit atau ada ruam HFMD tidak dibenarkan hadir sehingga sembuh dan membawa surat doktor.
        Waktu operasi: Isnin hingga Jumaat, 7.00 pagi hingga 6.30 petang. Caj lewat ambil RM10 bagi setiap 15 minit.
        Semua pengasuh kami telah menghadiri Kursus Asuhan dan Didikan Awal Kanak-Kanak (KAP) dan kursus pertolongan cemas.
        Amalan berpantang 44 hari termasuk bertungku, berbengkung, mandi herba dan urut; ibu yang bersalin secara pembedahan perlu mendapatkan nasihat doktor dahulu.
        Pakej jagaan berpantang di rumah: 7 hari RM1,200, 14 hari RM2,300, termasuk urut badan, bertungku, bengkung dan mandian bayi.
        Dokumen pendaftaran: salinan sijil kelahiran anak, salinan kad pengenalan ibu dan bapa, rekod imunisasi dan 2 keping gambar berukuran pasport.
        Jadual harian bayi: 8.00 pagi susu, 9.30 pagi mandi, 10.00 pagi tidur, 12.00 tengah hari susu, 2.00 petang aktiviti sensori, 4.00 petang susu.
        Pelepasan cukai sehingga RM3,000 bagi yuran taska atau tadika yang berdaftar boleh dituntut untuk anak berumur 6 tahun dan ke bawah.
        Hospital Tunku Azizah di Kuala Lumpur juga dikenali sebagai Hospital Wanita dan Kanak-Kanak Kuala Lumpur.
        Peringatan: jangan letak bantal, selimut tebal atau anak patung lembut dalam katil bayi kerana boleh menyebabkan lemas semasa tidur.
    """),
    ("mixed", "parent_group_chat"): _lines("""
        Anyone got recommend 陪月 for end Sept? budget around 18k for 28 days, 最好识煲 Cantonese soup 🙏
        my mil insist no bathing for 1 month 😩 but the doctor said can one… how ah
        我哋間月子中心啲湯好好飲，but the night nurse 成日好遲先嚟抱 bb 去餵奶，有冇人都係咁?
        Sis your baby jaundice how many? ours 15 leh, PD say must do phototherapy one day only.
        The confinement centre near Tanjong Pagar full already for Dec, they say waitlist 3 months 😱
        Malam tadi baby meragam sampai 3am, esok nak try swaddle cara yang orang share dalam group ni.
        有没有妈妈用过 Spectra S1 跟 Medela 的？哪个吸得比较干净？
        Btw 坐月子 can eat durian or not ah? my mum say heaty, MIL say can…
        想問下 HK 請工人姐姐兼顧 bb 同請陪月邊個抵啲? 我計過陪月 28 日都要 4 萬幾。
        The nurse at polyclinic say baby drop 8% weight still ok, just feed more often. relieved sia.
        Confinement lady kata tak boleh minum air sejuk, tapi cuaca panas gila, can't tahan…
        台北的月子中心我比較過三家，價錢差不多，主要差在嬰兒室有沒有 24 小時監視器可以用手機看。
        Anybody know if Baby Bonus CDA can use for confinement nanny fee? or only childcare and clinic?
        Mummies, the infant care at our void deck got vacancy for Jan intake, after subsidy about $600+ only 😮
        鬼佬老公 keep asking why I cannot wash hair 哈哈 explain until tired
        Any mummies got Pigeon nipple size L? baby suddenly suck very fast, choke choke 😭
    """),
    ("en", "forms_and_logs"): _lines("""
        Feeding chart | Date: ____ | Time | Breast L/R (min) | EBM/Formula (ml) | Wet diaper | Dirty diaper | Remarks
        Nanny booking form: Mother's name: __________ NRIC/FIN: __________ EDD: ___/___/____ Hospital: __________ Contact no: __________
        Daily handover: Baby {baby_name} | Feeds: {feed_count} | Total intake: {total_ml} ml | Stools: {stool_count} | Temp: {temp_c} °C | Notes: {notes}
        In 2024 our centre cared for 412 newborns; average stay was 24.6 days and 71% of mothers were exclusively breastfeeding at discharge.
        Typical intake guide: day 1 about 5-7 ml per feed, day 3 about 22-27 ml, week 1 about 45-60 ml, month 1 about 80-120 ml per feed.
        Stool colour card: yellow, mustard, green and brown are normal; white, grey or pale clay-coloured stools must be shown to a doctor the same day.
        Room checklist before check-in: cot sheets x4, swaddles x3, digital thermometer, baby bath tub, bottle steriliser, nursing pillow.
        Nanny performance survey (1-5): punctuality __, hygiene __, cooking __, baby care __, would you rehire? Y / N
        Sample log (anonymised): 03:10 BF L 12 min R 8 min, 04:00 wet, 06:20 EBM 60 ml, burped, slept, 07:45 yellow seedy stool.
        Night shift summary, Nursery B: 9 babies, 31 feeds, 2 babies for bilirubin review, 0 incidents, handover at 07:00.
        CSV header: booking_id,package_code,check_in,check_out,room_type,deposit_paid,balance_due
        Weigh baby at the same time of day, naked or in a dry diaper, on the same scale; swings of 20-30 g from day to day are normal.
        Jaundice recheck appointments usually fall on day 4-5 after discharge; bring the discharge summary and the feeding chart.
        Photo consent: I, __________ (NRIC/Passport No. __________), parent of __________, agree to my child being photographed for the centre newsletter.
    """),
    ("mixed", "reference_numbers"): _lines("""
        Booking ref CN-2025-0917-0442 confirmed: Deluxe Suite, 28 nights, check-in upon discharge. Balance SGD 9,800 payable by 15 Aug.
        Invoice INV-MY-250611-0087 | Pakej Pantang Premium 21 hari | RM 6,480.00 | Status: Paid
        No. Resit 250314-10-0045 | Yuran pendaftaran taska RM150 | Bayaran tunai diterima
        訂單編號 TW20250412883017 已出貨：新生兒紗布衣三件組，黑貓宅急便追蹤碼 9041-2873-6651。
        Order #HK-88230417 陪月精選套餐 $32,800，已收訂金 $5,000，餘款請於開工首日繳付。
        Mummy's Nest Confinement Services | office 6352 8810 (Mon-Sat 9am-6pm) | after-hours agency hotline 8028 4410 | EA Licence 19C9873
        Sri Pantang Enterprise (SSM 202201034517) — pakej urut dan jagaan pantang di sekitar Klang Valley.
        客服热线 400-820-6611（工作日 9:00-18:00），月子会所参观预约请按 2。
        康寧產後護理之家 客服專線 (02)2755-8866 分機 301，統一編號 52716430。
        Pigeon SofTouch III PPSU 240ml SKU 79283-2 back in stock at $23.90; nipple size M sold separately.
        ISBN 978-981-32-7604-8 《新手爸妈第一年》第三版，第 4 章讲新生儿黄疸和脐带护理。
        Ticket #CS-771204: customer asked whether the 28-day package can be split into two stays. Answer: yes, within 60 days of delivery. Closed.
        Free delivery of confinement meals to postcodes starting with 52, 53 and 54; other areas $8 per trip.
        BabyLog app v2.3.1 (build 20250821) adds night mode and exports feeding charts as PDF; sha256 3f9a1c07e4b2.
    """),
    ("zh-Hans", "reviews_and_public"): _lines("""
        英国护士南丁格尔被视为现代护理的奠基人，她的《护理札记》至今仍是护理专业学生的必读书。
        斯波克医生的育儿经典在上世纪影响了好几代美国父母，书开头那句“相信你自己”很多人都记得。
        2023年新加坡财政预算案提高了婴儿花红现金奖励，由时任财政部长黄循财在国会宣布。
        《中华人民共和国母婴保健法》自1995年6月1日起施行，对孕产期保健和婴儿保健作了基本规定。
        睡前读《猜猜我有多爱你》，小兔子和大兔子比谁的爱更多，还没读到最后一页就睡着了。
        这家月子会所月子餐偏淡、房间隔音一般，不过护士都很专业，出院前教会了我们洗澡、抚触和拍嗝。
        投诉：会所宣传的“24小时一对一护理”实际上是夜班一名护士看四个宝宝，要求按合同退还差价。
        小红书上很多“月子中心避雷帖”其实是同行互踩，看评价最好看带入住照片和发票的。
        老大看《小猪佩奇》学会了那句“小心点，乔治”，现在天天对着刚出生的妹妹说。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        BOOKING FORM | Mother: TAN MEI LING | NRIC: S8834127I | EDD: 14/10/2025 | Hospital: KKH | Address: Blk 456 Tampines St 42 #08-213 S(520456) | Mobile: 9673 2815 | Package: 28D Premium
        Hi, this is Shannon de Souza, due 3 Nov at Thomson Medical. Can I confirm Auntie Lee is still coming to 21 Jalan Kembangan? My husband Marcus will pay the deposit from his OCBC 601-384927-001.
        Incident report 12/06: night nurse found baby Ethan Koh (Rm 5) with temp 38.1°C at 02:40, PD informed, mother Mdm Koh Pei Shan informed by phone at 02:55.
        Complaint: our confinement nanny Madam Chong Lai Fong (from Ipoh, FIN G5528391K) left on day 9 without notice and kept the $400 ang pao. We want the remaining 19 days refunded.
        Work permit application (confinement nanny): LIM SIEW KHIM, Malaysian passport A38271650, DOB 02/05/1968; employer RAJESH S/O MUTHU, NRIC S7702583I.
        Feeding log, Baby Chloe Ng Xin Yi, Day 6: 02:00 60ml EBM, 05:15 BF 20min, 08:30 70ml, wt 3.02kg (birth 3.21kg), bili 14.2, recheck Fri at Raffles.
        Payment to nanny Goh Ah Lian, DBS 027-905418-3, $2,880 for 24 days incl. $120 CNY surcharge. Pls send the screenshot to 8245 1907.
        Infant care enrolment: Aaron Yeo Jun Hao, NRIC T2511094Z, DOB 04/03/2025, allergic to cow's milk protein, on Alfamino. Emergency contact: Jasmine Yeo (mother) 91487730.
        Emily Hartmann (Flat 12B, Tower 2, The Belcher's, Pok Fu Lam Road) wants a day-time 陪月 from 2 Dec; she is breastfeeding twins and has mastitis on the left side.
        Dear Sir/Madam, when I collected my son Ryan Lau from your nursery at 6pm on 14 May his nappy had not been changed since lunch and he had a bad rash. Regards, Vivian Lau (9552 0371)
        Hey Kavitha, thanks for the referral! Your nanny Auntie Jenny Loh (012-738 4521) is free from 20 Jan so I booked her for our second baby.
        Card on file for deposit: VISA 4532 0317 6690 2187 exp 09/28, cardholder WONG JIA HUI, EDD 6 Jan, 28-day Deluxe.
    """),
    "zh-Hans": _lines("""
        月嫂信息：罗凤英，四川营山人，身份证511322197803053622，从业8年，持高级育婴员证，微信 fengying_yuesao。
        客户登记：陈思颖，预产期2025年11月8日，住深圳市宝安区西乡街道，电话138 2749 6351，选26天金牌月嫂套餐，已付定金3000元。
        投诉单：黄女士（手机15917284036）反映月嫂王桂兰夜里玩手机不起来喂奶，宝宝哭了40分钟，要求更换月嫂。
        宝宝喂养记录｜刘一诺（女，出生第12天）｜08:00 配方奶90ml｜11:00 母乳15分钟｜体重3.65kg｜黄疸8.6｜妈妈周晓燕乳头皲裂，已涂羊脂膏。
        退款请转到我的招商银行卡 6225 8801 7734 2053，户名杨丽，会所单号 YZ20250607-118。
        林姐你好，我是上个月住2号楼1803的徐妈妈，徐子墨这几天便便有奶瓣，还要继续喝那个水解奶粉吗？
        月嫂服务合同 甲方：赵晓彤 身份证号 440106199206115740 服务期：2025.03.02-2025.03.27 服务费：18800元 乙方：金贝家政
        群通知：@何婧 妈妈，您家小宝的疫苗本落在前台了，下午接宝宝时记得拿；下周二42天复查已帮您约了市妇幼上午9点。
        育婴师推荐：邓春梅，广西桂林人，39岁，身份证450302198607141328，电话186-0592-7713，带过三对双胞胎。
        产后修复预约：产妇孙雅琪，剖宫产术后第35天，腹直肌分离两指，6月18日14:00盆底评估，家属孙浩（身份证320102198902143617）陪同。
    """),
    "zh-Hant": _lines("""
        入住登記｜產婦：林淑惠｜身分證字號：A235819467｜預產期：114/08/21｜生產醫院：台大醫院｜緊急聯絡人：先生 陳建宏 0928-417-635
        陪月姐姐資料：鄺惠芬，HKID K603927(8)，住將軍澳，手機 9438 2716，做咗陪月12年，識煮客家菜。
        投訴：我哋5月經「親親陪月」請咗陳玉英姑娘，佢成日喺屋企講電話，仲將BB嘅奶樽未消毒就用，我要求退番一半錢。
        寶寶護理紀錄 05/14｜張語彤（507房）｜體重 3,120g｜黃疸 13.5 照光中｜親餵 6 次、瓶餵 4 次｜護理師：吳怡君
        何太（何詠欣，HKID R117640(3)）已交BB何子朗嘅出世紙副本，入學日期9月1日，留位費已收。
        報名表：幼兒姓名 黃芷晴，出生日期 2024-02-19，家長 黃志明，手機 6172 5583，電郵 wongchiming.hk@gmail.com，住址 沙田第一城 32座 15樓 F室。
        產後護理之家退費申請：申請人 蔡佩珊 D291033453，退款帳號 中國信託(822) 123540288716，原因：寶寶住院提前退房。
        欸 @Vivian林 你上次說的那個月嫂黃阿姨（0955 230 184）還有檔期嗎？我12月生
        護理師交班：3號房 許雅婷媽媽 剖腹產第4天，傷口有滲液，體溫37.9，已通知婦產科李醫師。
        陪月合約：僱主 Chan Ka Yan（HKID Y482315(8)），陪月員 李秀珍（HKID Z845203(3)），2025年10月3日至30日，每日HK$1,500，住家。
    """),
    "ms": _lines("""
        Borang pendaftaran taska: Nama kanak-kanak: NUR AISYAH BINTI MOHD FAIZAL, MyKid: 230415-10-0782, Nama ibu: SITI HAJAR BINTI ISMAIL, Tel: 016-225 9083, Alamat: No. 12, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam.
        Makcik urut pantang: Puan Rokiah binti Hassan, IC 680917-01-6270, boleh datang ke rumah kawasan Johor Bahru, call/WhatsApp 017-885 2140.
        Aduan: Pengasuh Kak Ros (Rosnah binti Abdullah) di Taska Ceria Bangi didapati menggoncang bayi saya, Adam Hakimi, pada 12 Mac jam 3 petang. Saya minta rakaman CCTV.
        Puan, deposit pakej pantang RM500 dah masuk akaun Maybank 1140 2235 8761 atas nama Nor Azlina binti Yusof, tolong semak ya.
        Laporan harian: Muhammad Rayyan bin Khairul Anuar, 5 bulan, susu 4 kali (150ml), tidur 2 jam, cirit-birit 3 kali, ibu dimaklumkan jam 1.30 petang.
        Senarai menunggu Januari: 1) Kavitha a/p Subramaniam, anak lelaki 8 bulan, 013-492 6617 2) Lee Mei Fong, anak perempuan 3 bulan, 011-2748 3165
        Permohonan cuti bersalin: Norhafizah binti Ramli (IC 920314-10-5628) bersalin pada 2 Jun di Hospital Shah Alam, cuti 98 hari bermula 2 Jun.
        Encik Hairul bin Jamal, suami Puan Aini, akan ambil bibik pantang di Terminal Larkin esok 10 pagi dengan Proton X50 putih WVK 3821.
        Penjaga yang dibenarkan: Mohd Hafiz bin Zainal (870405-13-5541), bapa kepada Aqil (MyKid 250312-14-0913), boleh mengambil anak dari taska.
    """),
    "mixed": _lines("""
        Nanny Mdm Chew Siew Ping 的 IC 750203-08-5384, she from Ipoh, 明天 9am 到 Woodlands checkpoint 我去接她, her hp +6019-331 2874.
        @Jolene Teo 你上次介绍的 Auntie Ah Mui (9038 6612) 三月还有 slot 吗？我 EDD 15/3 at Mount Alvernia.
        陪月姐姐 send 嘅 log：10/3 Ivan BB（陳卓軒）食咗 6 餐每餐 90ml，屙咗 3 次黃色，夜晚 3 點醒，肚臍仲有少少濕。
        Mummy Chan 你好, Ms Ho from Little Sprouts Nursery here, Lok Man (李樂敏) today 發燒 38.5, please come pick up asap.
        Bibik pantang kami Kak Mah (Maimunah) dari Kota Bharu, caj RM3,800 sebulan, contact dia 019-337 5402 kalau nak booking 😊
        我老婆李佳蓉 (H266130587) 下禮拜入住 but 我要 travel, can the centre let my mom 代辦 check-in?
        pls help transfer deposit to 6217 0028 1904 6378 建设银行 户名 曾秀兰 (月嫂), she start 5 Dec at our 家 in Sengkang.
        今日 PD 話 Kayden (Ng Kai Ting) 嘅 hip click 要照 ultrasound, booked QMH 2 Jan, 我老公 Jason 9821 4407 會陪去。
        WeChat: yuesao_zhou1983, 周月嫂 from 江西赣州, 身份证 360721198209212847, rate RMB 16800/26 days, can she come SG on work permit?
        加我 LINE：yiting_mama0115 ～ 我是王怡婷，台中人，預產期 1/15，想約下週六參觀 thanks
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you help me write a WhatsApp message to my confinement agency? My name is Serene Tan, booking no. CN-2031. My EDD moved from 20 Oct to 12 Oct because I'm now scheduled for a C-section at Mount Alvernia.",
        ),
        (
            "assistant",
            "Sure. Here's a draft: 'Hi, this is Serene Tan (booking CN-2031). Just to update that my delivery date has changed from 20 Oct to 12 Oct as I'm scheduled for a C-section at Mount Alvernia. Could you please check that the nanny can start after my discharge, around 15 Oct? Thank you!'",
        ),
        (
            "user",
            "Also add my new number 8816 4029 and tell them the nanny should come to 88 Lorong Chuan #05-12 instead of my mum's place.",
        ),
    ],
    [
        (
            "user",
            "帮我看下这份月嫂合同有没有坑：月嫂叫唐桂芳，身份证445222199704026329，26天收费16800元，合同写“宝宝生病不退费”。",
        ),
        (
            "assistant",
            "“宝宝生病不退费”这一条建议改成：如因宝宝住院导致服务中断，按实际服务天数结算，剩余天数顺延或退还。另外建议写明每天工作时长、休息安排和更换月嫂的条件。",
        ),
        ("user", "好的。她说要先把定金5000打到她个人工行卡 6222 0219 0834 4711，这样安全吗？"),
    ],
    [
        (
            "user",
            "幫我寫封投訴信畀陪月中心，佢哋介紹嘅陪月何鳳儀（電話 5307 1846）喺我屋企第三日就偷偷餵BB飲葡萄糖水，仲話係老人家教嘅。",
        ),
        (
            "assistant",
            "可以。建議信入面寫清楚日期、發生咩事、你點樣發現，同埋你想中心點處理，例如更換陪月或者按比例退款。要唔要我用正式書面語寫？",
        ),
        ("user", "要，我個名係梁嘉欣，住紅磡黃埔花園，合約編號 QQ-0921，想佢哋三日內回覆。"),
    ],
    [
        (
            "user",
            "Anak saya Nur Iman binti Azrul, umur 2 bulan, berat 4.8kg, lahir pramatang 34 minggu di Hospital Sultanah Aminah. Sekarang minum 90ml setiap 3 jam, cukup tak?",
        ),
        (
            "assistant",
            "Untuk bayi seberat 4.8kg, jumlah sekitar 700 hingga 750ml sehari biasanya mencukupi, tetapi bayi pramatang perlu dipantau oleh doktor. Perhatikan lampin basah sekurang-kurangnya 6 kali sehari dan kenaikan berat badan pada temujanji seterusnya.",
        ),
        (
            "user",
            "Ok terima kasih. Temujanji klinik kesihatan Larkin minggu depan, nanti saya tanya doktor juga.",
        ),
    ],
    [
        (
            "system",
            "You are a helpful assistant for a postnatal care centre in Taipei. Answer in Traditional Chinese.",
        ),
        (
            "user",
            "幫我填生育補助申請表：我叫黃詩涵，身分證 F210394759，寶寶 2025/7/3 在亞東醫院出生，戶籍新北市板橋區，手機 0910-662-359。",
        ),
        (
            "assistant",
            "好的，申請表需要填：申請人姓名、身分證字號、新生兒出生日期、戶籍地址和聯絡電話，另外要附新生兒戶口名簿影本和申請人存摺封面影本。您提供的資料我先幫您整理成表格。",
        ),
    ],
    [
        (
            "system",
            "You are the parent-support assistant of an infant care centre in Singapore.",
        ),
        (
            "user",
            "hi this is Priya d/o Ramesh, my girl Anika in Infant Care Room 2 got eczema flare again, pls tell teachers use her own cream Ezerra only and no wet wipes",
        ),
        (
            "assistant",
            "Thanks Priya, noted. I'll pass the message to the Room 2 teachers: Anika's own Ezerra cream only, and plain water with cotton instead of wet wipes. Please label the cream with her name.",
        ),
        ("user", "thanks! also she will be absent thurs for her 6 month jab at polyclinic"),
    ],
    [
        (
            "user",
            "I need a formal letter to Happy Feet Nursery asking for a refund of the term fee. My son Oliver Whitfield left on 31 March because we are relocating to London.",
        ),
        (
            "assistant",
            "Here's a draft: 'Dear Principal, I am writing to request a refund of the remaining term fee for my son Oliver Whitfield, who withdrew on 31 March due to our relocation to London...' Shall I add your contact details at the end?",
        ),
        (
            "user",
            "Yes please: Claire Whitfield, HKID XA035718(6), Flat 3A, 18 Conduit Road, Mid-Levels, claire.whitfield.hk@gmail.com.",
        ),
    ],
    [
        (
            "user",
            "我儿子王梓睿出生第9天，昨天一天吃奶 8 次共 520ml，大便 5 次偏稀，体重 3.4kg，黄疸经皮测 12，正常吗？",
        ),
        (
            "assistant",
            "出生第9天、体重3.4kg的宝宝，一天500ml左右的奶量属于正常范围，大便偏稀在母乳或混合喂养时也常见。经皮黄疸12需要结合日龄看，建议在医生复查时确认是否需要抽血。",
        ),
        ("user", "好，我已经约了周五下午在广州市妇儿中心复查，到时候带上月嫂记的喂养表。"),
    ],
    [
        (
            "user",
            "boleh tolong check, confinement centre ni caj saya dua kali. Nama saya Lim Pei Wen, IC 900611-07-5226, pakej 21 hari, bayar guna kad 5203 9811 6047 3521.",
        ),
        (
            "assistant",
            "Boleh. Mula-mula semak penyata kad untuk tarikh dan jumlah kedua-dua caj, kemudian hantar emel kepada pusat jagaan dengan nombor invois dan minta salah satu caj dibatalkan. Jika tiada jawapan dalam 7 hari, buat pertikaian melalui bank.",
        ),
        ("user", "Ok, I will email them today, baby pun baru keluar wad semalam so busy sikit."),
    ],
    [
        (
            "user",
            "Please write a short reference letter for our confinement nanny Mdm Ooi Siew Lan, who worked for us from 4 to 31 August 2025 in Bukit Timah.",
        ),
        (
            "assistant",
            "To whom it may concern: Mdm Ooi Siew Lan worked as our confinement nanny from 4 to 31 August 2025. She was punctual, hygienic and very patient with our newborn, and her confinement meals were excellent. We recommend her without reservation.",
        ),
        (
            "user",
            "Great, sign it off as Daniel and Grace Pereira, and add that families can call her directly at 9441 2608.",
        ),
    ],
]
