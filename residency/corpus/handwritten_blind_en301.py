# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en301: SG/MY columbaria, niche brokers and after-death services (niche purchases, ash collection, Qing Ming bookings, probate paperwork, family disputes, staff chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en301
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "columbarium_notices"): _lines("""
        NOTICE: Mandai Columbarium halls will extend opening hours to 7am-10pm from 29 Mar to 13 Apr for the Qing Ming period. Shuttle bus from Khatib MRT every 15 min.
        Visitors are reminded that burning of joss paper is only allowed at the designated burners beside Block 3. Please do not place lit candles inside the niche corridors.
        Niche holders: plaque replacement requests must be submitted at the Management Office, Level 1, 88 Bright Hill Road, Singapore 574117, at least 14 working days in advance.
        Lift B at Hall 7 is under scheduled maintenance from 02/12 to 06/12. Elderly visitors may request a wheelchair at the counter or call the hall office at 6554 2033.
        Fresh flowers left at niche fronts will be cleared every Monday 8am. Artificial flowers and small offerings may be placed on the shared ledge only, max 20cm height.
        Ash collection at Mandai Crematorium: next-of-kin should bring the Cremation Permit and the collection slip. Urns are released from Counter C between 2pm and 4pm daily.
        Nirvana Memorial Park Semenyih will be closed to the public on 14 Jan (Tue) for the annual Prayer for Peace ceremony. Pre-booked niche placements will be rescheduled.
        Scam alert: our company will NEVER ask you to transfer niche maintenance fees to a personal bank account. Official payments only via PayNow UEN 201534921K or at our counter.
        Parking at the columbarium is free on weekdays. On Qing Ming weekends the carpark at Lot 2 is reserved for taxis, PHVs and accessible vehicles only. Please use the shuttle.
        Xiao En Centre, Cheras will hold a Ullambana (Yu Lan) chanting service on the 15th day of the 7th lunar month, 10:00am. Ancestral tablet registration closes 1 week before.
        Dress code for the Hall of Remembrance: please avoid bright red clothing during memorial services. Umbrellas are to be left in the racks at the main entrance.
        Enquiries: Columbarium Admin Office, 6339 8822 (Mon-Sat 9am-5pm) or admin@evergreenrest.com.sg. Walk-in counter closes at 4.30pm on Saturdays and eves of public holidays.
        Niche certificates issued before 2008 must be converted to the new certificate format. Please bring the original certificate and the completed Transfer Form CF-07 to the counter.
    """),
    ("en", "niche_price_list"): _lines("""
        Single niche, Tier 3-5 (eye level), Hall A: S$12,800. Tier 1-2 or 8-10: S$7,600. Prices include perpetual maintenance; ceramic photo plaque not included.
        Double niche (couple), Hall C Lotus Wing: S$22,500 list / S$19,800 pre-need promo until 31 Dec 2026. Engraving of up to 2 names included, gold leaf +S$180.
        Ancestral tablet placement, Main Shrine Level 2: RM 3,880 per tablet, annual lighting fee RM 120. Family tablet (up to 6 generations): RM 9,600.
        SKU NCH-FAM4-B12 Family niche (4 urns), Block 12, marble front, 60x45x40cm, RM 48,000; 10% deposit, balance in 24 months at 0% interest.
        Plaque services: porcelain photo plaque 8x10cm S$95; laser-engraved granite S$160; bilingual English/Chinese text S$40 extra; replacement of faded photo S$65.
        Ash collection & transport package: crematorium pick-up, temporary urn, 1 trip to any columbarium within Singapore, S$280. Weekend/PH surcharge S$60.
        Urn catalogue 2026: Jade Green Celadon URN-JG-03 S$380; Blue & White Dragon URN-BW-11 S$520; Teak Box URN-TK-02 S$260; Biodegradable Sea Urn URN-SEA-01 S$150.
        Sea scattering at the designated site 1.5 nautical miles south of Pulau Semakau: boat charter S$680 for up to 10 persons, departing West Coast Pier, approx 2.5 hrs.
        Qing Ming prayer package (small): 3 joss stick sets, gold paper x2 bundles, paper house kit, fruit tray, RM 128. Large package with quarter roast pig: RM 488.
        Resale niche listings from broker: Hall B T4 S$9,200 (asking) / Hall F T6 facing east S$14,000 neg. Transfer fee payable to columbarium S$350, borne by buyer.
        Probate document service: certified death certificate copies S$30 each, Letters of Administration filing assistance from S$1,800 (excl. court fees and disbursements).
        Taiwan-style ancestral tablet (神主牌) in teak, 30cm: S$320; lacquered with gold script: S$560; reconsecration ceremony by monk: S$188. Delivery within 7 working days.
        Annual maintenance fee schedule (niches sold before 1998): single S$48/yr, double S$80/yr, family S$150/yr. GST 9% applies. Invoice ref format MF-YYYY-NNNNN.
    """),
    ("en", "staff_group_chat"): _lines("""
        Morning all, Hall 7 lift still spoil. Facilities say contractor coming 2pm. Pls direct the elderly visitors to Hall 6 lift and walk over via the link bridge.
        Reminder: today got 14 ash placements scheduled, first one 9.30am Block 3 T5. Ceremony team pls check the incense stand and the small gong before 9.
        Qing Ming roster is up on the shared drive under Ops/2027/QM_roster_v3.xlsx. Counter team need 2 more people for Sat 3 Apr morning shift, anyone can volunteer?
        FYI the plaque supplier in Geylang (Eng Soon Engraving) delay again, new ETA Thursday. If customers call, say photo plaques for orders QM-0312 to QM-0330 will be late.
        Anybody know where the spare key for niche cabinet row K? Night shift locked up the drawer and the key box log says returned at 21:40.
        Boss say from next month all resale transfers must have the original certificate sighted, no more photocopy. Update the checklist at the counter, thanks ah.
        Printer at counter 3 jam again lol. Use counter 1 to print the collection slips first. IT ticket already raised, ticket no INC-77402, vendor coming after lunch.
        Pls dont quote RM prices to SG customers on WhatsApp, use the SG price list PDF v2026.2. Last week got confusion over the Hall C double niche promo.
        Incense supply running low, only 6 cartons left. Procurement pls order 20 cartons of the long joss sticks from Hup Hin Trading, PO-2026-1148.
        Tmr hearse from Singapore Casket will arrive 11am for the cremation at Mandai Hall 2. Coordinator pls make sure loading bay 4 is cleared by 10.45.
        CCTV Block 5 level 3 camera offline since 2am. Security already informed, they will patrol every hour until fixed. Dont leave urns unattended at the ledge.
        Note for new staff: when families ask about auspicious dates for placement, refer them to the almanac printout at the counter, we dont give our own advice ok.
        Good job everyone for the Yu Lan weekend, 312 tablets processed with zero complaints. Kopi and kueh in the pantry, help yourselves 😄
    """),
    ("mixed", "qing_ming_faq"): _lines("""
        Q: When is Qing Ming 清明节 in 2027? A: Qing Ming falls on 5 April 2027. Most families visit in the 10 days before and after, so weekends are very crowded.
        Q: Boleh bakar kertas sembahyang di dalam dewan? A: Tidak. Joss paper 金纸 can only be burned at the designated furnaces outside, please follow staff instructions.
        Q: Do I need to book a slot? A: Yes, during the Qing Ming peak (22 Mar - 13 Apr) online booking is required at book.evergreenrest.com.sg, max 6 pax per slot.
        Q: 可以带烧猪进去吗? A: Roast pork offerings are allowed at the outdoor offering tables only, not at niche fronts. Please take home all food after prayers.
        Q: Is there a shuttle from the MRT? A: Free shuttle from Lakeside MRT Exit B, every 20 min, 7am-6pm on Qing Ming weekends. Pick-up point next to the 7-Eleven.
        Q: Adakah kolumbarium dibuka pada hari Jumaat? A: Ya, dibuka setiap hari 8 pagi - 6 petang. Semasa musim Qing Ming, waktu dilanjutkan hingga 9 malam.
        Q: My family is overseas, can you help 代拜? A: Yes, our proxy prayer service is S$68 per niche, includes flowers, cleaning and a photo sent to the registered contact.
        Q: What to bring? A: Niche certificate or booking QR code, umbrella, drinking water. 请勿携带鞭炮, firecrackers are strictly prohibited under Singapore law.
        Q: Can I change the photo on the plaque? A: Boleh. Submit the new photo (min 1200x1600px) via the online form; processing 10-14 working days, fee S$65.
        Q: 扫墓时间最好几点? A: Traditionally the morning is preferred. Crowds are lightest before 8am; after 11am the queue for lifts can be 30 min or more.
        Q: Can non-Buddhists hold a service here? A: Yes, our Hall of Remembrance welcomes Taoist, Christian, Hindu and free-thinker rites. Book via hotline +65 6291 7070.
        Q: Lost my niche certificate, 怎么办? A: Lodge a police report online via SPF e-Services, then bring the report and your identity card to the counter for a replacement letter.
        Q: Ada kemudahan OKU? A: Ya, ramps and wheelchair lifts at all blocks; accessible toilets at Block 1 and Block 4. Kerusi roda boleh dipinjam percuma di kaunter.
    """),
    ("en", "booking_system_logs"): _lines("""
        2026-12-05T09:14:22+08:00 INFO booking-svc slot_reserved booking_id=QM27-004812 hall=H07 slot=2027-03-27T08:00 pax=4 channel=web latency_ms=142
        2026-12-05T09:14:23+08:00 WARN payment-gw retry=2 txn=PNW-8f3a91c2 amount=68.00 currency=SGD reason=UPSTREAM_TIMEOUT provider=paynow_uen
        niche_inventory.csv header: niche_id,hall,block,tier,column,status,list_price_sgd,orientation,last_audit_date,cert_series
        NCH-H03-B2-T5-C17,H03,B2,5,17,AVAILABLE,12800.00,EAST,2026-10-01,CS-2019  (row from niche_inventory.csv export, unsold stock)
        ERROR plaque-render job_id=PLQ-20261205-0073 font=NotoSerifCJK-Regular.otf glyph_missing=U+4E28 fallback=SimSun duration=3.2s
        config: qingming.peak_window = ["2027-03-22", "2027-04-13"]; max_pax_per_slot = 6; slot_minutes = 30; overbook_ratio = 0.0
        def niche_label(hall: str, block: int, tier: int, col: int) -> str: return f"{hall}-B{block}-T{tier}-C{col:02d}"  # H03-B2-T5-C07
        sha256(cert_pdf)=9c1e4b77a0d2f3e85b6c0a1d94e7f2b3c8a65d01e4f7b29c3d8a0e1f5b6c7d92 status=VERIFIED series=CS-2021 issued_by=ops-batch-17
        2026-12-05 10:02:51 [cron] maintenance_fee_invoicer v2.4.1 generated 1,284 invoices (MF-2027-00001..MF-2027-01284), 0 failures, run_id=7d1f0a
        GET /api/v2/niches?hall=H07&status=AVAILABLE&tier_min=3&tier_max=6 200 OK 38ms ua=EvergreenKiosk/3.1.0 (Android 13)
        tracking: urn shipment KUL->SIN via Ninja Van, AWB NV-SG-7730018842, status=IN_TRANSIT, hub=Tuas, eta=2026-12-09, declared=Ceramic urn (empty)
        feature_flags: proxy_prayer=on, live_stream_chanting=on, e_plaque_qr=beta, legacy_sms_gateway=off (deprecated after 2026-12-31)
        WARN audit niche_status_mismatch niche_id=NCH-H05-B1-T2-C03 db=SOLD physical_scan=EMPTY scanner=HHS-04 action=flag_for_inspection
    """),
    ("ms", "notis_kolumbarium"): _lines("""
        Makluman: Kolumbarium akan ditutup untuk kerja-kerja penyelenggaraan pada 10 hingga 12 Disember 2026. Penempatan abu yang telah ditempah akan dijadualkan semula.
        Pembelian niche boleh dibuat secara ansuran sehingga 36 bulan tanpa faedah. Sila hubungi talian khidmat pelanggan 03-8723 1188 (Isnin-Sabtu, 9 pagi-6 petang).
        Pelawat diminta tidak meletakkan lilin menyala di hadapan niche. Pembakaran colok dan kertas hanya dibenarkan di relau yang disediakan di Blok C.
        Dokumen yang diperlukan untuk penempatan abu: Permit Pembakaran Mayat, salinan sijil kematian dan Surat Perakuan Pembelian Niche yang asal.
        Cuti umum: Kaunter pentadbiran ditutup pada Hari Raya Aidilfitri (hari pertama dan kedua). Kolumbarium tetap dibuka kepada pelawat seperti biasa.
        Pemindahan hak milik niche dikenakan fi pentadbiran RM 300. Borang Pindahan KB-3 boleh dimuat turun dari laman web rasmi atau diambil di kaunter.
        Amaran penipuan: kami tidak pernah meminta bayaran ke akaun peribadi. Bayaran sah hanya ke akaun Maybank 5140 1234 5678 atas nama Taman Peringatan Damai Sdn Bhd.
        Untuk urusan harta pusaka, waris boleh merujuk kepada Amanah Raya Berhad atau Unit Pembahagian Pusaka, Jabatan Ketua Pengarah Tanah dan Galian (JKPTG).
        Perkhidmatan bas ulang-alik percuma dari Stesen MRT Kajang ke taman peringatan setiap 30 minit sepanjang musim Cheng Beng, 7 pagi hingga 5 petang.
        Nombor pendaftaran syarikat: 201901023456 (1331234-K). Alamat pejabat: Lot 12, Jalan Kenanga 3, Taman Perindustrian Semenyih, 43500 Semenyih, Selangor.
        Sila imbas kod QR di pintu masuk untuk mendaftar lawatan. Maklumat tempahan akan dipaparkan di kiosk; tiada borang kertas diperlukan musim ini.
        Kuil Sam Poh Kong di Bukit Cina, Melaka, dibina pada 1795 sempena memperingati Laksamana Cheng Ho; tanah perkuburan Bukit Cina antara yang tertua di luar China.
        Harga tablet nenek moyang bermula RM 2,880. Promosi Cheng Beng: diskaun 8% bagi tempahan sebelum 28 Februari 2027, tertakluk kepada terma dan syarat.
    """),
    ("zh-Hant", "骨灰安置所公告與規例"): _lines("""
        根據《私營骨灰安置所條例》(第630章),未獲發牌的私營骨灰安置所不得出售或出租龕位,市民購買前請先查閱私營骨灰安置所發牌委員會網站公布的名單。
        食物環境衞生署轄下鑽石山骨灰龕新一期預計於2027年第一季接受申請,標準龕位收費為港幣二千八百元,每個龕位可安放兩份骨灰,申請表可於各區辦事處索取。
        和合石墳場位於新界粉嶺,於1950年啟用,是香港最大的公眾墳場之一;清明節期間港鐵粉嶺站設有特別接駁巴士,班次約每五分鐘一班。
        清明節及重陽節期間,食環署會聯同運輸署及警方實施特別交通安排,請市民盡量使用公共交通工具前往各墳場及骨灰安置所,避免自行駕車。
        食環署設立的「網上追思」平台讓市民可為先人建立紀念網頁並於網上獻花留言,無須親身前往墳場,平台全年開放,使用免費,亦設有手機版。
        澳門市政署轄下氹仔孝思墓園設有骨灰龕位,申請需於市政署大樓服務櫃檯遞交,辦公時間為週一至週五上午九時至下午五時四十五分。
        台北市富德公墓內設有富德靈骨樓,清明期間實施車輛管制,請民眾事先於台北市殯葬管理處網站預約參拜時段,並搭乘接駁專車前往。
        龕位轉讓須由原購買人或其合法遺產代理人辦理,並出示遺囑認證書或遺產管理書正本,詳情請於辦公時間致電本公司服務部 2712 3380 查詢。
        每年盂蘭節(農曆七月十四)本寺均舉行超度法會,牌位登記費為港幣三百八十元,登記截止日期為農曆七月初一,額滿即止,恕不接受電話登記。
        歌手鄧麗君之墓位於新北市金山區金寶山筠園,每年五月八日忌日仍有不少來自香港、澳門及東南亞的歌迷專程前往獻花悼念,園區當日會加開接駁車。
        電子龕位證書系統 V3.2 上線後,舊式紙本證書仍然有效;系統維護時段為每晚 02:00 至 04:00,期間網上查詢及預約服務將會暫停。
        2027年價目:單人龕位港幣十二萬八千元起,雙人龕位港幣二十三萬元起,管理費每年港幣一千二百元,亦可選擇一次性預繳二十年管理費。
        本骨灰安置所持有牌照編號 PCL/L/0023,營運者為永念紀念服務有限公司(公司註冊編號 2861473),地址為九龍旺角彌敦道商業大廈十二樓。
    """),
    ("zh-Hans", "商家评价"): _lines("""
        五星好评!蔡厝港骨灰安置所的柜台服务很有耐心,帮我们查龛位编号只用了五分钟,停车也方便,清明前去的话建议避开周末下午时段。
        光明山普觉禅寺清明期间人非常多,建议早上七点前到。工作人员指引很清楚,就是电梯排队有点久,带老人家去的要预留多些时间排队。
        这家纸扎店在芽笼25巷,做的纸屋和纸车很精致,价格比网上便宜不少,老板娘还会耐心教怎么摆放和烧化,下次清明还会再来光顾。
        富贵山庄客服回复很快,WhatsApp 问龛位价格当天就发来报价单,不过周末安放仪式要提前两个星期预约,旺季名额很紧张。
        打了三次热线 6291 7070 都没人接,最后在官网留言才有回应。整体服务态度还可以,但是电话接听效率真的需要改进,给三星。
        吉隆坡孝恩园的环境像公园一样,早上去散步都很舒服。骨灰位价格不算便宜,但管理费可以一次付清,比较省心,推荐给家里的长辈们。
        这家律师楼代办遗嘱认证收费透明,从递交文件到拿到认证书大约四个月,比预期快。流程每一步都有邮件通知,推荐给有需要的朋友们。
        海葬服务从西海岸码头出发,船上准备了花瓣和仪式用品,船长和工作人员都很专业,全程庄重安静,家里的长辈们都觉得很安心和满意。
        订单号 NV-20261118-0452 的骨灰坛迟了一个星期才送到,客服主动退了运费 S$25 并道歉,虽然有延误但处理得还算及时。
        新加坡殡仪馆(Singapore Casket)的灵堂设施比较新,空调够冷,洗手间也干净,就是附近停车位不多,晚上守夜时很难找车位。
        “陈记斋”素食馆就在骨灰塔对面,清明扫墓后过去吃很方便,斋米粉和罗汉斋都推荐,价格公道,只是中午十二点以后常常要排队等位。
        网站上写的价格和柜台报价差了八百块,问了才知道没有包括刻字费和消费税,建议商家在网页上写清楚,免得其他顾客像我一样产生误会。
        中元节法会安排得很好,牌位登记流程简单,扫二维码就能付款,当天还有免费素食便当提供,现场的义工们都非常热心而且很有礼貌,值得表扬。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Niche purchase form: Purchaser Lim Boon Keat, NRIC S5823174F, mobile 9127 4408, Blk 512 Jurong West St 52 #08-219 Singapore 640512, niche H03-B2-T5-C17.
        Hi, calling about my father Mr Rajendran s/o Muthusamy's ashes, he passed at TTSH last Tuesday. I am the eldest son, my number is 8834 2190.
        Broker note: seller Mdm Ho Siew Lan wants to offload her late husband's spare niche fast because she owes about S$40k to a moneylender, says can accept S$6,500.
        The daughter of the deceased in Hall F T6, Jacqueline Teo, came in crying again. Family quarrel over the niche certificate, her brother Marcus is threatening to sue her.
        Probate file PR-2026-0391: Estate of Goh Kim Huat (d. 03/08/2026), administratrix Goh Pei Shan, FIN G6620471K, DBS savings 027-845163-2 to be closed.
        Ash collection slip: collect 12 Dec 2pm at Counter C. Next-of-kin: Priya d/o Subramaniam (daughter-in-law), NRIC T0356218I, vehicle SLA 4471 M.
        Complaint: Mr Alvin Chua says the photo plaque of his mother shows the wrong date of death and wants a full refund, very upset. Email alvinchua.sg88@gmail.com.
        Pls WhatsApp the quotation to +65 9684 3027, that one is my personal handphone, not the office line.
        Mrs Kamala Devi's son is in Changi Prison until next year so he cannot sign the transfer form; she asked if her nephew can sign instead.
        2026-11-30,QM27-004977,Tan Wei Ming,9771 2054,weiming.tan@outlook.sg,Hall 7,4 pax,paid S$68 proxy prayer
        The widow, Sharon Lee, is 6 months pregnant and cannot climb the stairs at Block 5 for the placement; pls arrange the 9am lift slot for her.
        Mr Daniel Ong (S7412093H) disputes his share of his late mother's HDB flat sale proceeds; his sister's lawyer letter is attached to the file.
        Hearse pickup at 27 Jalan Kembangan, Singapore 419130 (home of the deceased, Chong Ah Kow, 78, who died of stage 4 liver cancer), family waiting from 7am.
        That auntie Madam Yeo Bee Hoon from Bedok always pay late, now owe 3 years maintenance fee S$240; her son say he lost his job so cannot pay.
        Our niche broker Kelvin Soh is actually an undischarged bankrupt since 2024, dont let him sign as witness, check the Insolvency Office search first.
        PayNow refund to 8123 5590 (Ng Hui Min) for cancelled sea scattering booking SS-0412, amount S$680, approved by ops.
        Car SKP 8861 Z left in the loading bay overnight belongs to the family at Block 3; owner Mr Ravi Chandran can be reached at 9012 6675.
        Update next-of-kin for niche H07-B1-T3-C09: from Mdm Lau Ai Ling to her grandson Bryan Lau Jun Jie, 6 Sunset Way #02-14, Singapore 597059.
        Form LA-2: applicant Cheryl Wong Mei Yee, only child, declared estate S$412,300; debts: Citibank credit card S$18,420, NUH hospital bill S$9,700.
        The son says his mum has advanced dementia and doesnt remember buying two niches in 2009. Son is Mr Terence Heng, contact 9345 1182.
    """),
    "mixed": _lines("""
        Boss, Uncle Lim 的女儿 Lim Xiu Ping call again, dia cakap her brother ambil semua abu without asking, want us to block the niche. Her HP 012-338 7741.
        Tolong prepare transfer form for Encik Kumar a/l Ganesan, MyKad 580312-10-5523, niche Block C T4, dia beli dari previous owner cash RM 18k.
        阿明 the broker from Ipoh say he already sold the same niche to two families, now both family come find us. His number 016-552 9083.
        林太 called, her husband 林国华 just passed away at Gleneagles, she want the Hall C double niche beside his parents, budget around S$25k.
        Staff note: Madam Chew 陈秀珍 is diabetic, need wheelchair and sugar-free tea when she comes for 头七 prayers on Sat.
        Send e-receipt to jasminetan.koh@yahoo.com.my please, nama dia Jasmine Tan, niche deposit RM 4,800 paid via DuitNow 11 Dec.
        Hi 我是 Wong Kah Wai, 我爸爸的骨灰还在 Mandai, can collect tomorrow? IC 我带 S6904518I, car plate SJH 2245 R.
        Ah Boy's mother called, dia baru divorced and now ex-husband refuse to pay half of the niche instalment RM 650/month, she want to restructure.
        Dispute log 14/11: 二哥 Tan Chee Keong vs 小妹 Tan Li Hua over ancestral tablet location, police called, both banned from the shrine for 1 month.
        Pls pay OT to Siti Aminah for Qing Ming, her Maybank acc 1142 3398 7761, dia kerja 3 weekends berturut-turut.
    """),
    "ms": _lines("""
        Waris: Encik Muthu a/l Raman, No. KP 620715-08-5147, alamat 23 Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam, telefon 013-775 2086.
        Puan Lee Mei Fong memohon penangguhan bayaran ansuran niche kerana suaminya baru didiagnos kanser paru-paru tahap 3 dan tidak bekerja.
        Aduan: Encik Tan Boon Seng mendakwa abu bapanya diletakkan di niche yang salah, beliau boleh dihubungi di boonseng.tan@gmail.com.
        Nombor akaun CIMB 7065 2281 40 milik Cik Kavitha Rao untuk bayaran balik deposit RM 2,500 selepas pembatalan tempahan niche.
        Kereta WXY 5512 milik Encik Lau Chin Hock diletakkan di laluan kecemasan semasa Cheng Beng, pemilik telah diberi amaran bertulis.
        Gaji staf kaunter Nur Aisyah binti Rahman bulan November RM 2,350 termasuk elaun Cheng Beng RM 200, potongan pinjaman koperasi RM 300.
        Pertikaian keluarga: anak sulung Chong Wai Kit enggan menandatangani borang pindahan kerana ibunya Puan Wong Siew Kuan masih berhutang RM 12,000 kepadanya.
    """),
    "zh-Hans": _lines("""
        陈先生(身份证号440304196208152312)的母亲上个月在广州去世,他要把骨灰从番禺运到新加坡安放,请帮他准备出境文件。
        林女士欠了我们三年的龛位管理费共1,440令吉,她说离婚官司还没打完,要等分到财产再还。
        客户黄志强,手机 +86 139 2718 6045,想在清明前买两个相邻的骨灰位,预算八万新币。
        家属群聊记录:大伯说三叔吸毒欠债,不配分遗产,三叔的女儿陈雅婷在群里一直哭,说要报警处理。
        阿芳的丈夫上周在工地出事故去世,公司还没赔偿,她问能不能先分期付骨灰位的钱,每个月付五百块。
        遗产清单:死者李建国,福建厦门思明区人,身份证350203197904126020,中国银行账户6217 8560 0012 3458 910,遗孀王丽华为唯一继承人。
        张太太今天来拿骨灰,她儿子张俊杰因为抑郁症住院,所以由她一个人签收,联系电话 9183 2270。
    """),
    "zh-Hant": _lines("""
        何太來電,丈夫何志明(香港身份證 K381926(4))想將父親骨灰由和合石遷至私營骨灰龕,住址:九龍觀塘秀茂坪邨秀明樓1203室。
        客戶蔡淑芬(身分證 A228173643)想把母親的骨灰從台中移到檳城,她說和哥哥為了遺產已經鬧翻。
        陳伯的兒子陳家豪欠下賭債,把父親生前買的雙人龕位偷偷轉賣給經紀,陳伯太太現在要求撤銷交易。
        請把報價單寄到 kwongsiuwai@netvigator.com,收件人鄺小慧,她想買兩個相連龕位給父母。
        梁先生(澳門居民身份證 5213846(3))查詢氹仔孝思墓園龕位續期,手提 6618 2734,請回電。
        阿珍姐在群組說她兒子剛確診白血病,想暫停每月供款,請財務部跟進她的龕位分期合約 CT-2025-0871。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Can you help me write a short WhatsApp to my relatives? My grandma Tan Ah Moi's ashes will be placed at Mandai Hall 7 on Sat 13 Dec at 10am. Anyone who needs a lift can call my husband Eric at 9276 3318.",
        ),
        (
            "assistant",
            "Sure, here is a draft: Dear family, Ah Ma Tan Ah Moi's ashes will be placed at Mandai Columbarium Hall 7 this Saturday, 13 Dec, at 10am. If you need transport, please call Eric at 9276 3318. Thank you and see you there.",
        ),
        (
            "user",
            "Make it a bit warmer and add that we'll have lunch after at the vegetarian place nearby.",
        ),
        (
            "assistant",
            "Dear family, we will be sending Ah Ma Tan Ah Moi to her resting place at Mandai Columbarium Hall 7 this Saturday, 13 Dec, 10am. Your presence would mean a lot to us. We'll have a simple vegetarian lunch together after. For a lift, please call Eric at 9276 3318. With love.",
        ),
    ],
    [
        ("system", "你是富贵山庄的在线客服助手,只回答龛位、清明预约和付款相关的问题。"),
        (
            "user",
            "你好,我叫郑丽娟,身份证号码是 S8127340E,想查一下我父亲郑金福的龛位编号和管理费有没有交清。",
        ),
        (
            "assistant",
            "郑女士您好。为了保护您的资料,我无法在这里直接查询账户。请带上身份证和龛位证书到柜台,或致电客服热线,由同事核实身份后为您查询。",
        ),
        ("user", "好的,那清明节那天可以帮我预约早上八点吗?我的手机是 9355 0816。"),
        (
            "assistant",
            "可以为您登记预约申请:清明节当天上午八点,联系人郑丽娟,手机 9355 0816。同事会在两个工作日内以短信确认时段。",
        ),
    ],
    [
        (
            "user",
            "Saya nak tahu cara mohon pusaka kecil. Arwah ayah saya, Lim Ah Chai, meninggal pada Ogos, harta dia rumah di Taman Bukit Indah Johor dan simpanan ASB RM 85,000. Saya anak tunggal, No. KP saya 870911-01-6234.",
        ),
        (
            "assistant",
            "Untuk harta pusaka kecil (nilai tidak melebihi RM 5 juta), permohonan boleh dibuat di Unit Pembahagian Pusaka JKPTG menggunakan Borang A. Sediakan sijil kematian, salinan kad pengenalan waris, geran rumah dan penyata ASB. Elakkan berkongsi nombor kad pengenalan penuh di saluran awam.",
        ),
        (
            "user",
            "Ok terima kasih. Tapi abang tiri saya, Lim Kok Wah, dakwa dia pun waris dan dia ada hutang along. Macam mana?",
        ),
        (
            "assistant",
            "Jika ada pertikaian tentang waris, pegawai pusaka akan memanggil semua pihak untuk perbicaraan. Hutang peribadi abang tiri anda tidak ditanggung oleh harta pusaka arwah, tetapi bahagian dia mungkin boleh dituntut oleh pemiutangnya. Anda boleh dapatkan nasihat peguam atau Amanah Raya Berhad.",
        ),
    ],
    [
        (
            "system",
            "You help columbarium counter staff summarise customer complaints into a short ticket. Keep it factual.",
        ),
        (
            "user",
            "Pls summarise: Mdm Koh Lay Hoon, 67, came in at 3pm very angry, say the plaque for her husband Koh Teck Seng got spelling mistake, 许 written as 徐. She say she already paid S$160 on 2 Nov, receipt PLQ-1102-044. Her contact 6458 2291, she dont use WhatsApp. She also mention she just had knee surgery so cannot come back often.",
        ),
        (
            "assistant",
            "Ticket: Customer Mdm Koh Lay Hoon (67), tel 6458 2291 (no WhatsApp). Issue: plaque for late husband Koh Teck Seng has wrong character (许 printed as 徐). Paid S$160 on 2 Nov, receipt PLQ-1102-044. Note: recovering from knee surgery, please arrange replacement without requiring repeat visits; call to confirm.",
        ),
        ("user", "thanks, add priority high"),
        (
            "assistant",
            "Added: Priority HIGH. Ticket ready to file for Mdm Koh Lay Hoon, plaque correction, receipt PLQ-1102-044.",
        ),
    ],
    [
        (
            "user",
            "我想將爸爸的骨灰由哥連臣角遷去台灣新竹,我叫吳嘉欣,香港身份證 Y604213(7),要準備啲咩文件?",
        ),
        (
            "assistant",
            "一般需要:食環署的骨灰移出許可、死亡登記證明書副本、您的身份證明文件副本,以及台灣接收靈骨塔發出的同意書。部分航空公司亦要求骨灰以密封容器隨身攜帶並出示火化證明。建議先向食環署查詢最新程序。",
        ),
        ("user", "我細佬吳嘉俊唔肯簽同意書,佢話要分埋爸爸啲錢先肯簽,點算?"),
        (
            "assistant",
            "若遺產安排未有共識,可先向律師查詢是否需要全體近親同意才能遷移骨灰。遺產分配屬另一程序,可循遺產管理書處理。如果雙方溝通困難,也可以考慮家事調解服務。",
        ),
    ],
    [
        (
            "system",
            "Customer record for drafting reminders: Name: Mr Suresh Pillai; Niche: H05-B1-T4-C11; Maintenance fee overdue: S$144 (2024-2026); Email: suresh.pillai71@hotmail.com; Mobile: 8290 4417.",
        ),
        ("user", "Draft a polite overdue fee reminder email for this customer."),
        (
            "assistant",
            "Subject: Friendly reminder - maintenance fee for niche H05-B1-T4-C11. Dear Mr Suresh Pillai, our records show an outstanding maintenance fee of S$144 for 2024-2026. You may pay via PayNow UEN or at our counter. If you have already paid, please disregard this note. Kind regards, Columbarium Admin Office.",
        ),
        (
            "user",
            "Make it shorter and mention he can reply to this email if he needs an instalment plan.",
        ),
        (
            "assistant",
            "Dear Mr Pillai, a gentle reminder that S$144 in maintenance fees (2024-2026) for niche H05-B1-T4-C11 is outstanding. If an instalment plan would help, just reply to this email. Thank you, Columbarium Admin Office.",
        ),
    ],
    [
        (
            "user",
            "My brother Jonathan Seah took our late dad's niche certificate and won't return it. He's been gambling and owes money to a few people. Can he sell the niche without me?",
        ),
        (
            "assistant",
            "Usually a niche can only be transferred by the registered purchaser or the estate's legal representative with the columbarium's approval. If your father was the purchaser, the transfer would need the Grant of Probate or Letters of Administration. You can write to the columbarium to place a caution on the niche and ask them to notify you of any transfer request.",
        ),
        (
            "user",
            "Ok. The columbarium needs my details for the caution: Rachel Seah Hui Ling, NRIC S7708235C, mobile 9062 1147. Is that enough?",
        ),
        (
            "assistant",
            "Columbaria typically ask for your NRIC, proof of relationship (such as your birth certificate showing your father's name), the death certificate and a short written request. Bring the originals to the counter so they can verify them, rather than sending the NRIC number by chat.",
        ),
    ],
    [
        (
            "user",
            "help me write a carousell listing for a niche resale. Hall C T5 facing south at Nirvana Singapore, asking 15.8k neg. owner is my client Mdm Foo Kwai Lin, she moving to Perth so need to sell fast. buyers contact me Desmond 9871 2264",
        ),
        (
            "assistant",
            "Title: Eye-level niche for resale - Hall C Tier 5, south-facing. Price: S$15,800 (negotiable). Peaceful hall, easy lift access, transfer handled with the columbarium office. Serious buyers please contact Desmond at 9871 2264.",
        ),
        ("user", "should i mention the owner name and why she selling?"),
        (
            "assistant",
            "It's better not to. Naming Mdm Foo Kwai Lin or saying she is moving to Perth shares her personal situation publicly and isn't needed to sell. Keep the listing to the niche details and your own contact number.",
        ),
    ],
    [
        ("system", "You are a data-cleaning assistant for a funeral services company."),
        (
            "user",
            "Fix the format of these rows into date,booking,name,phone: 3/12/26 SS-0419 ng boon huat 91230045 ; 4/12/26 SS-0420 SALMAH BTE YUSOF 8776-1203",
        ),
        (
            "assistant",
            "Here you go: 2026-12-03,SS-0419,Ng Boon Huat,9123 0045 ; 2026-12-04,SS-0420,Salmah bte Yusof,8776 1203",
        ),
        ("user", "great thanks"),
    ],
    [
        (
            "user",
            "你好,我想预约清明节去孝恩园拜祭,我是马来西亚人,名字叫刘美玲,电话 012-776 4190,一共五个人,其中我妈妈坐轮椅。",
        ),
        (
            "assistant",
            "您好,刘小姐。孝恩园清明期间一般需要上网预约时段。建议选择早上较早的时段,人流较少。预约时可注明需要轮椅通道,园方通常会安排就近停车。如需我帮您整理预约资料,请告诉我想要的日期。",
        ),
        ("user", "4月3号早上8点可以吗?另外我妈妈刚做完心脏搭桥手术,需要注意什么?"),
        (
            "assistant",
            "4月3日上午8点是不错的选择。手术后出行请先征询主治医生意见,避免长时间日晒和久站,随身带好药物和水,并安排家人陪同。预约资料:刘美玲,012-776 4190,5人,含轮椅一位,4月3日上午8点。",
        ),
    ],
]
