# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat139: chats with an assistant about one's own surrogacy abroad, egg freezing or sperm donation questions (clinic costs, legal status in SG/MY/HK/TW, donor anonymity, family reactions). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat139
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "clinic_price_list"): _lines("""
        Elective Egg Freezing Package (SG, 2026): consultation S$180, AMH + ultrasound S$320, stimulation drugs est. S$3,500-6,000, retrieval S$4,800, GST 9% applies.
        Annual oocyte storage fee S$600 per year, payable each January; first 12 months included in package EFP-26A. Late payment surcharge S$50 after 31 Jan.
        Semen analysis (WHO 6th edition criteria) S$150; repeat test within 3 months S$120. Results are released on the patient portal within 3 working days.
        Frozen embryo transfer (FET) from S$3,900 incl. endometrial prep scans; PGT-A S$850 per embryo, minimum 3 embryos per biopsy batch.
        Bayfront Fertility Centre Pte. Ltd., UEN 201834567K, 3 Mount Elizabeth #12-08, Singapore 228510. Enquiries +65 6733 4120, Mon-Sat 8.30am-5pm.
        MediSave for assisted conception: up to S$6,000 for the 1st cycle, S$5,000 for the 2nd, S$4,000 for the 3rd onwards, lifetime cap S$15,000 per patient.
        Note: elective (social) egg freezing is NOT MediSave or insurance claimable. Co-funding for IVF at public ART centres applies to Singapore Citizens only.
        KL package (RM): egg freezing all-in RM14,500-RM18,000, vitrification RM2,200, storage RM1,200/yr. Prices valid until 31 Dec 2026, drugs billed at cost.
        Hong Kong price list ref HK-PL-2026-03: stimulation monitoring HK$8,800, egg retrieval under IV sedation HK$28,000, freezing up to 10 oocytes HK$9,500.
        Taipei branch fee sheet: egg freezing NT$80,000-120,000 per cycle, storage NT$10,000 per year, thawing NT$15,000; tax ID (統一編號) 52841973 on every receipt.
        Invoice INV-BFC-2026-004417 | SKU OOC-VIT-10 Oocyte vitrification (up to 10) | qty 1 | S$2,450.00 | GST S$220.50 | total S$2,670.50
        Add-ons: ICSI S$1,200, assisted hatching S$450, EmbryoScope time-lapse culture S$900, endometrial scratch S$300. Not all add-ons have strong evidence; ask your doctor.
        Promo code FREEZE26 gives S$300 off the AMH + scan bundle for bookings made before 30 Jun 2026; one use per patient, cannot be combined with corporate rates.
    """),
    ("en", "config_and_code"): _lines("""
        storage_tank: {id: LN2-TANK-03, capacity_straws: 9000, alarm_level_cm: 12, sensor_fw: 4.2.1, poll_interval_s: 60, site: SG-NOVENA}
        ALERT 2026-03-14T02:17:45+08:00 LN2-TANK-03 level=11.6cm below threshold 12cm; auto-fill valve V2 opened; pager group embryology-oncall notified
        INFO 2026-03-14T02:31:09+08:00 LN2-TANK-03 level=18.2cm restored; fill duration 13m24s; dewar supply DEW-07 remaining 41%
        def storage_fee(years: int, rate_sgd: float = 600.0) -> float: return round(years * rate_sgd * 1.09, 2)  # incl. 9% GST
        CREATE TABLE cryo_sample (sample_id TEXT PRIMARY KEY, tank_id TEXT, canister INT, cane INT, straw_color TEXT, frozen_at TIMESTAMPTZ);
        consent_form_version: 3.4.0  # HRTO Cap. 561 wording updated for HK branch, see CHANGELOG entry 2026-02-11
        GET /api/v2/packages?country=MY&currency=MYR&type=egg_freezing 200 OK 38ms cache=HIT etag=9f2c41ab7e
        sha256(price_list_SG_2026-04.pdf) = d51825c5ad960dbe544fea54123b6ea33cfce0b54f305e2b40ad8cae88dd0b9b
        env: CLINIC_TZ=Asia/Kuala_Lumpur, SMS_SENDER_ID=KLFertility, SUPPORT_EMAIL=enquiry@klfertility.com.my, MAX_UPLOAD_MB=20
        example_patient = {'name': 'Test Patient', 'dob': '1900-01-01', 'mrn': 'TEST-0001'}  # synthetic fixture for CI only
        cron: 0 6 * * 1 python -m reports.storage_renewals --region=SG --days-ahead=30 --out=s3://clinic-reports/renewals/
        WARN 2026-05-02 09:12:03 sms-gateway retry 2/3 for batch RMD-20260502-07 (42 storage renewal reminders), provider status 429
        i18n.ms['consent.title'] = 'Borang Persetujuan Pembekuan Oosit'; i18n.zh_TW['consent.title'] = '卵子冷凍保存同意書'
    """),
    ("zh-Hans", "常见问题"): _lines("""
        问：在国内单身女性可以冻卵吗？答：根据现行《人类辅助生殖技术规范》，医疗机构不得为单身女性实施辅助生殖技术，冻卵一般仅限有医学指征者。
        问：精子库的供精者是匿名的吗？答：是的，按照《人类精子库管理办法》，供精者与受者双方互盲，一名供精者的精液最多只能使5名妇女受孕。
        问：取卵痛吗？答：大多数中心在静脉麻醉下取卵，全程约15-20分钟，术后观察1-2小时即可离院，当天请勿驾车，需有家属陪同。
        问：北京医保能报销试管婴儿吗？答：自2023年7月1日起，北京将16项辅助生殖技术项目纳入医保甲类报销，具体以定点医疗机构公示为准。
        问：境外代孕生下的孩子能上户口吗？答：国内禁止任何形式的代孕，涉外情况复杂，建议咨询当地公安户籍窗口或执业律师，本FAQ不构成法律意见。
        问：冻存的胚胎可以保存多久？答：多数中心首次签约保存期为1年，到期需续费，续费标准约每年1200-3000元，逾期未续且联系不上的按协议处理。
        问：预约方式有哪些？答：可拨打生殖中心咨询热线 400-820-6688 或关注公众号“生殖健康咨询”，工作日8:00-17:00提供人工服务。
        问：做一次试管大概多少钱？答：一线城市一个周期通常在3万至5万元之间，含促排药费、取卵、培养和移植，PGT另计，约每个胚胎3000-5000元。
        问：男方精液不好可以用供精吗？答：需经夫妻双方知情同意并签署《供精人工授精知情同意书》，且须在具备卫健委批准资质的机构实施。
        问：可以指定供精者的身高和血型吗？答：精子库仅提供身高、血型、学历、民族等非识别性信息供匹配参考，不提供照片、姓名和联系方式。
        问：冻卵最佳年龄是多少？答：一般建议35岁以前，35岁后卵子数量和质量下降明显，单周期获卵数与累计活产率都会随之降低，具体请以面诊评估为准。
        问：可以去泰国或美国做代孕吗？答：本中心不提供、不推荐任何境外代孕中介服务，请警惕以“包成功”“包性别”为噱头的广告，谨防上当受骗。
        问：检查报告怎么查？答：登录医院App，进入“我的报告”，输入就诊卡号和短信验证码即可查看，纸质报告可在门诊三楼自助机打印。
    """),
    ("zh-Hans", "政策新闻"): _lines("""
        1978年7月25日，世界首例试管婴儿路易丝·布朗在英国奥尔德姆出生，主导该技术的生理学家罗伯特·爱德华兹于2010年获诺贝尔生理学或医学奖。
        1988年3月10日，中国大陆首例试管婴儿在北京医科大学第三医院诞生，主持该项研究的张丽珠教授被誉为“神州试管婴儿之母”。
        演员、导演徐静蕾曾公开表示自己多年前在美国冷冻了卵子，此事一度引发国内舆论关于单身女性冻卵权利的广泛讨论，至今仍常被媒体提及。
        国家医保局2024年印发辅助生殖类医疗服务价格项目立项指南，随后多个省份陆续将取卵术、胚胎移植术等项目纳入医保报销范围。
        新加坡卫生部长王乙康2022年宣布，自2023年起允许21至35岁女性出于非医疗原因冷冻卵子，但日后只能在合法婚姻内使用。
        台湾《人工生殖法》修正草案拟开放单身女性及女同性伴侣使用人工生殖，代理孕母部分仍待另行讨论，引发社会各界及医界团体热议。
        香港《人类生殖科技条例》（第561章）禁止商业代孕安排，违者可被检控，生殖科技中心的牌照由人类生殖科技管理局审批发出，并须定期续期。
        马来西亚目前没有专门规管代孕的成文法，医疗机构须遵守大马医药理事会的辅助生殖指引，穆斯林患者另受国家伊斯兰教令约束，不得使用捐赠配子。
        加拿大作家玛格丽特·阿特伍德的小说《使女的故事》中，奥芙弗雷德被迫为主教家庭生育的情节，常被媒体用来讨论代孕与身体自主。
        2021年，某地一家生殖中心因违规开展胎儿性别鉴定被卫生健康委员会罚款并吊销相关技术批准证书，处罚决定书编号为卫罚字〔2021〕第0417号。
        多家媒体报道，随着东南亚多国收紧代孕中介监管，相关广告在社交平台明显减少，平台方称2025年已下架超过1.2万条违规内容。
        某省人类精子库发布公告招募捐精志愿者，要求年龄22至45周岁、身高165厘米以上、大专在读或以上学历，全程约需8至10次。
        上海市第一妇婴保健院西院位于徐汇区长乐路536号，其生殖医学科周一至周六开诊，特需门诊需提前在官方平台预约挂号，现场号源有限。
    """),
    ("zh-Hant", "法規摘要"): _lines("""
        《人工生殖法》第2條：人工生殖係指利用生殖醫學之協助，以非性交之人工方法達到受孕生育目的之技術，中央主管機關為衛生福利部。
        依現行規定，捐贈生殖細胞應為無償，受術夫妻得提供捐贈人營養費、交通費及誤工補償，捐卵者之補償上限目前為新臺幣99,000元。
        同一捐贈人之生殖細胞，於活產一次後即應停止使用並予以銷毀；捐贈人與受術人資料由國民健康署人工生殖資料庫統一保存，以供近親查詢。
        香港《人類生殖科技條例》（第561章）規定，任何人不得以商業形式作出或安排代母協議，亦不得刊登或分發代母中介廣告，違者屬刑事罪行。
        在香港，生殖科技程序一般只可為不育夫婦提供；單身女士可因個人或醫學原因冷凍自身卵子，但日後須在婚姻關係中才可使用，並須符合實務守則要求。
        香港《生殖科技及胚胎研究實務守則》規定，配子一般最長儲存十年，期滿前持牌中心須提醒提供者續期或按同意書作出處置，並保存相關紀錄。
        據業界整理，澳門目前沒有專門規管輔助生殖的單行法律，相關醫療活動主要依衛生局私人醫療機構執照條件及一般民法處理，代孕協議效力存疑。
        台灣代理孕母仍屬違法，國人赴海外代孕返台後，子女身分認定須依民法及法院收養裁定處理，實務上常需進行親子鑑定並委請律師協助辦理。
        新加坡的輔助生殖中心須依《醫療保健服務法》（HCSA）取得ART服務牌照，持牌中心不得進行代孕，亦不得協助安排境外代孕。
        衛福部國民健康署人工生殖諮詢專線：(02) 2522-0888，週一至週五 09:00-17:00；法規全文請查閱全國法規資料庫網站。
        依《人工生殖法》罰則，醫療機構違法實施人工生殖者，得處新臺幣二十萬元以上一百萬元以下罰鍰，情節重大者並得命其停業一個月以上一年以下。
        2007年3月21日總統令公布《人工生殖法》，取代1994年發布之《人工協助生殖技術管理辦法》，成為台灣人工生殖之主要法源。
        捐精者須年滿二十歲、未滿五十歲，捐卵者須年滿二十歲、未滿四十歲，且須經健康檢查、染色體及傳染病篩檢合格始得捐贈，並簽署書面同意書。
    """),
    ("zh-Hant", "診所評價"): _lines("""
        ★★★★☆ 銅鑼灣這間生殖中心候診區乾淨，護士解釋凍卵流程好清楚，唯一缺點係收費表要問先有，希望可以直接放上網，等大家唔使逐間打電話問。
        ★★★★★ 台北信義區這家生殖診所預約系統很順，LINE官方帳號 @ivf-taipei 回覆快，掛號費NT$200，初診抽AMH當天就有結果。
        ★★☆☆☆ 尖沙咀那家診所的報價單寫HK$65,000包全程，結果藥費另計，埋單差不多九萬，前台話係「個別情況」，真係唔夠透明。
        ★★★★☆ 停車方便，大樓B2有收費停車場，每小時NT$60；診所在7樓，電梯口有指示牌，週六上午人很多建議早點到，報到後大約等半小時。
        ★★★★★ 澳門新口岸這間婦產科中心態度很好，普通話、粵語、英文都可以溝通，客服電話 +853 2872 1234，有預約短訊提醒。
        ★★★☆☆ 醫生專業但等太耐，約咗十點，十一點半先見到，建議診所改善排程；另外收據抬頭可以寫公司名，報銷方便，呢點值得加分。
        ★★★★☆ 胚胎實驗室有做時差攝影EmbryoScope，每天會在App更新胚胎照片，覺得很安心，不過App 3.2.7版偶爾會閃退。
        ★★★★★ 推薦「安心生殖中心」，位於中環德輔道中68號萬宜大廈12樓，交通方便，港鐵中環站出口步行約5分鐘就到，週末都有開診。
        ★☆☆☆☆ 打了三次客服0800-123-456都轉語音信箱，網站寫24小時內回覆，結果等了五天，凍卵諮詢就這樣流失一個客人。
        ★★★★☆ 價格跟官網一致：凍卵療程NT$98,000含藥，儲存第一年免費，第二年起每年NT$12,000，刷卡可分12期0利率。
        ★★★★★ 「陳氏婦產科」是老字號，地方上幾十年都在這裡看，現在也有做人工生殖，掛號櫃台很親切，候診區還有哺乳室和兒童遊戲角。
        ★★★☆☆ 環境不錯但Wi-Fi密碼要問櫃台，候診時想查資料很不方便；飲水機只有冷水，建議增加溫熱水，冬天比較貼心，其他服務都算滿意。
        ★★★★☆ 香港的「Dr. Lee's Women Clinic」報價公開透明，凍卵HK$72,000起，解說會每月第一個星期六舉行，可網上報名。
    """),
    ("ms", "notis_klinik"): _lines("""
        NOTIS: Klinik Kesuburan akan ditutup pada 31 Ogos 2026 sempena Hari Kebangsaan. Temujanji rawatan IVF akan dijadualkan semula melalui SMS.
        Perkhidmatan pembekuan telur (oocyte cryopreservation) kini ditawarkan di cawangan Johor Bahru. Pakej bermula RM13,800 termasuk ubat rangsangan.
        Untuk pertanyaan, hubungi talian khidmat pelanggan 03-2162 8899 atau WhatsApp +60 11-2345 6789 (Isnin-Jumaat, 9 pagi-5 petang).
        Pesakit Muslim dimaklumkan bahawa penggunaan sperma atau telur penderma adalah tidak dibenarkan mengikut keputusan Muzakarah Jawatankuasa Fatwa Kebangsaan.
        Klinik ini berdaftar di bawah Akta Kemudahan dan Perkhidmatan Jagaan Kesihatan Swasta 1998 (Akta 586), No. Lesen KKM/PKS/2019/0471.
        Sila bawa kad pengenalan asal dan sijil nikah semasa lawatan pertama; salinan sahaja tidak diterima untuk prosedur rawatan kesuburan.
        Bayaran boleh dibuat melalui FPX, kad kredit atau pindahan ke akaun syarikat Maybank 5140 1234 5678 atas nama Seri Kasih Fertility Sdn. Bhd. (201901023456).
        Ceramah percuma 'Kenali IVF & Pembekuan Telur' pada Sabtu, 14 Mac 2026, 10 pagi di Dewan Seminar Aras 3, Menara Kesuburan, Jalan Ampang, Kuala Lumpur.
        Peringatan: yuran penyimpanan tahunan RM1,200 bagi telur atau embrio beku perlu dijelaskan sebelum 31 Januari. Lewat bayar dikenakan caj RM100.
        Klinik tidak menawarkan atau mengatur perkhidmatan ibu tumpang (surrogacy) di dalam atau luar negara. Berhati-hati dengan iklan ejen di media sosial.
        Waktu operasi Ramadan: Isnin-Jumaat 8.30 pagi hingga 3.30 petang; makmal embriologi tetap beroperasi 24 jam untuk pemantauan tangki nitrogen.
        Harga pakej IVF lengkap: RM18,500 (rangsangan, pengambilan telur, ICSI, pemindahan embrio segar). Ujian PGT-A RM2,800 setiap embrio.
        Pencarum KWSP boleh memohon pengeluaran Akaun Sejahtera bagi rawatan kesuburan (IVF/IUI) di hospital berdaftar; dapatkan surat anggaran kos di kaunter bil.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [09:02] Nurse station: Morning all, today 6 retrievals, OT 2 booked 8.30-13.00. Pls pastikan trolley IV sedation ready before 8.15 ya.
        [09:15] Embryology lab: LN2 delivery dari supplier Linde sampai 10am, tolong clear corridor B2. Tank 03 alarm semalam sudah resolved.
        [10:40] Front desk: 今日walk-in好多人問凍卵價錢，我哋統一用2026年價目表 v3，唔好再派舊版 v2 啊，舊版收返碎紙。
        [11:05] Billing: Invoice INV-2026-004417 to INV-2026-004452 dah hantar ke finance, yang corporate panel tunggu approval code dulu.
        [12:30] Admin: 下周一HIS系统升级，维护时间 22:00-02:00，期间请用纸本登记表，第二天早上统一补录，有问题找IT ext. 3301。
        [13:10] Lab QC: incubator K-Systems G185 #2 CO2 reading 6.1%, target 6.0%. Calibrate lepas lunch, jangan buka pintu unnecessarily.
        [14:22] Marketing: IG post untuk Egg Freezing Awareness Month dah approved, caption EN + 中文 + BM. Hashtag #FreezeSmartKL, jangan tag mana-mana patient.
        [15:00] Pharmacy: Gonal-f 900 IU stock tinggal 14 pens, Menopur 75 IU 40 vials. PO-88412 sudah submit kepada distributor, ETA Thursday.
        [15:45] Counselling team: 明天的donor anonymity講座改到Room 3，slides用2025年版guideline，記得帶HDMI轉接頭同clicker。
        [16:30] IT: Patient portal v4.8.0 deploy tonight 11pm, expected downtime 20 min. Kalau ada complaint, refer to status.sgfertility.com.
        [17:05] Manager: Reminder semua staff, PDPA refresher training wajib sebelum 30 Apr. Link LMS dalam email HR, ambil masa lebih kurang 45 min.
        [17:40] Night shift: 今晚embryology on-call係lab team B，hotline ext. 2207；tank alarm請先打ext. 2207，再escalate去manager。
        [18:10] Front desk: HK分院price list已更新HK$版本，file name PL_HK_2026-04.pdf，放咗喺SharePoint > Pricing > Current入面。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, I'm Rachel Lim Hui Min, 38, NRIC S8834127I. I froze 14 eggs at a clinic in Novena last year and want to know if I can ship them to Bangkok for surrogacy.
        My husband Marcus Teo was just told he has azoospermia and he hasn't told his parents yet; how do we even start talking about donor sperm?
        Please send the quote to jolene.ng.fertility88@gmail.com, not my work email, my boss doesn't know I'm doing egg freezing.
        Donor profile request form: Name: Aaron Kwek Jun Hao | DOB: 14/02/1995 | Mobile: +65 9123 4871 | Blood group O+ | Height 178cm | Occupation: software engineer
        Can you call me at 8765 2314 after 7pm instead? That's my personal line, the clinic keeps calling my office.
        We paid US$62,000 to a surrogacy agency in Tbilisi; my wife Priya Nair and I are now RM48,000 in debt on our credit cards and our families don't know.
        Bayfront patient,Clarissa Ong,S9142683H,+65 8211 0934,Blk 412 Bedok North Ave 2 #07-115,AMH 0.8,retrieval 2026-04-12
        Ms Sharon Yeo was diagnosed with stage 3 endometriosis and was advised to freeze her eggs before her surgery at KK Hospital in May.
        My sister-in-law keeps telling relatives at CNY that I'm barren; I'm Gwen, 38, on my 4th IVF cycle at Thomson and honestly it's crushing me.
        Bank transfer for storage fees from DBS account 027-456781-3, account holder Benjamin Chua Wei Ming, reference EGGSTORE2026.
        Message log 2026-05-03 21:44 from +852 9123 4567 (Mrs Kwan): embryo transfer failed again, can I get a refund on the PGT package?
        I'm a FIN holder, G5519204P, working here on an S Pass; my partner Daniel Ho and I are not married, can we still freeze embryos in Singapore?
    """),
    "zh-Hans": _lines("""
        我叫周雅婷，身份证44030619890712462X，今年37岁，想在广州做完检查后去美国代孕，这样回国孩子能上户口吗？
        我老公王建军查出无精症，婆婆还不知道，一直催我们生，我们想偷偷用精子库的精子，医院会告诉家里人吗？
        冻卵的钱是从我爸卡里转的，招商银行6214 8301 2345 6789，户名刘德胜，转账备注写的是“学费”，怕他发现。
        联系人：陈先生，手机13812345678，咨询捐精补贴及体检流程，备注：已婚，不想让妻子知道。
        李女士（上海市徐汇区宛平南路88弄12号602室）来电投诉，称向境外代孕中介缴纳定金25万元后对方失联，要求协助追讨。
        阿明说他捐过三次精，补贴拿了4000块，现在担心以后孩子会找上门，他微信号是aming_0917。
        患者：张晓燕，女，41岁，就诊卡号GZ2026031455，诊断：卵巢早衰，AMH 0.3 ng/ml，建议考虑赠卵（国内需排队）。
        我表姐黄丽娟去年在吉尔吉斯斯坦找人代孕，孩子出生后办护照花了半年，现在她离婚了，孩子抚养权还在打官司。
        请把合同寄到：北京市朝阳区望京西园三区312号楼1单元1803，收件人孙磊，电话15901234567。
        我是上海户籍，身份证310104199203053829，单身，34岁，国内不让冻卵，想去新加坡冻，请问外国人可以吗？
    """),
    "zh-Hant": _lines("""
        我是林太，老公陳志偉 HKID K482913(6)，想問去加州代孕返香港，BB點樣申請出世紙同香港身份證？
        本人黃詠琪，手機 6138 2947，已喺養和凍卵，想將卵子轉去台灣診所，請問要準備咩文件同同意書？
        我男朋友阿杰（張家杰）精子活動力只有8%，他媽媽說是我的問題，一直逼他跟我分手。
        台北市大安區和平東路二段106巷5號4樓 蔡宛庭 收，內附捐卵營養費收據正本及身分證影本 F229580316。
        陳小姐凍卵療程分期付款逾期三個月，欠款NT$64,000，已寄發催繳通知，聯絡電話0912-345-678。
        我在台中做試管，老婆吳佩珊流產兩次，現在有憂鬱症在看精神科，岳母一直怪我沒用，真的很累。
        捐精者編號D-1047（本名郭建宏，B120465732）要求查詢是否有因他的捐贈而出生的孩子。
        澳門居民梁嘉欣，澳門身份證 5215738(2)，電話 +853 6612 3487，想問喺香港凍卵之後喺澳門用唔用得。
        何生話佢太太喺泰國代孕生咗對孖仔，但兩個小朋友到而家仲未攞到香港居留權，佢哋兩公婆好擔心。
        Email 寄去 yvonne.tsang1989@yahoo.com.hk 就得，唔好打屋企電話 2345 6789，我老爺奶奶唔知我做緊凍卵。
    """),
    "ms": _lines("""
        Saya Nurul Aisyah binti Kamarudin, No. KP 880315-14-5286, dah kahwin 6 tahun, nak tanya kos IVF di hospital kerajaan, suami saya ada masalah sperma rendah.
        Suami saya, Faizal bin Rahman, tak tahu saya pernah bekukan telur di Singapura sebelum kahwin. Patutkah saya beritahu dia?
        Sila hubungi saya di 012-734 5819 selepas waktu pejabat, jangan telefon nombor rumah sebab mak mentua tinggal dengan kami.
        Alamat untuk hantar dokumen: No. 23, Jalan Melati 4/2, Taman Bukit Indah, 81200 Johor Bahru. Penerima: Siti Hajar Mohd Yusof.
        Kak Ros jiran saya dah tiga kali gagal IVF, hutang dia dengan Ah Long dah RM35,000, sekarang dia nak cuba surrogacy di Ukraine.
        Pelanggan: Tan Mei Ling | IC 900612-10-6034 | Tel +60 16-221 9087 | Pakej: Pembekuan Telur RM14,500 | Baki tertunggak RM6,200
        Bayaran deposit dibuat dari akaun Maybank 1620 3345 8871 milik Ahmad Zaki bin Osman untuk rawatan ICSI isterinya.
        Adik saya Hafiz, 27, nak jadi penderma sperma di Bangkok sebab perlukan duit, mak ayah kami marah besar dan dia dah keluar rumah.
        Puan Kavitha a/p Subramaniam disahkan hamil 8 minggu selepas pemindahan embrio beku; temujanji susulan pada 12 Jun 2026.
    """),
    "mixed": _lines("""
        Hi, saya Jasmine Wong, IC 910823-07-5548, nak tanya egg freezing package kat KL ada promo tak? 我打算35岁前冻完。
        My mum 林美华 keeps asking 为什么还不生, she doesn't know I froze 12 eggs at Thomson Fertility. Dia akan marah kalau tahu.
        WhatsApp me at +60 17-358 2046, nama saya Arif, I'm a sperm donor candidate tapi tak nak parents tahu.
        Booking: 郑嘉豪 / Mr Zheng Jiahao, HKID Y305718(9), sperm analysis 10 Jun 2026 10:30, contact 5318 7742, remark: 保密，唔好打去公司。
        老公 Kelvin Tan 的 sperm DNA fragmentation 是 38%, doctor said too high, 他开始戒烟了 but his mum still blames me.
        Surrogacy agency invoice addressed to Mr & Mrs Daniel Lee Kok Wai, 28 Jalan SS2/64, Petaling Jaya; balance USD 18,500 due 2026-07-01.
        我 ex-husband 黄志明 refuses to sign for our frozen embryos, lawyer kata kena dapat consent dua-dua pihak sebelum boleh guna.
        FYI my NRIC is T0271594A, I'm 24, student, 想问冻卵 at 24 会不会太早? Also my email is kaixin.lee02@outlook.com.
        Patient ID CF-88213, Ms Serene Koh, AMH 1.1, 3rd IVF cycle failed, 她想 switch to donor eggs in Malaysia, kena refer ke counsellor.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a fertility information assistant for a Singapore clinic. Give general information only; do not diagnose and do not give legal advice.",
        ),
        (
            "user",
            "Hi, I'm Michelle Tay, NRIC S8607315C, 40 now. I froze my eggs in 2023 when I was 37. I'm still single. Can I use them with donor sperm in Singapore?",
        ),
        (
            "assistant",
            "Thanks for sharing, Michelle. Under the current Singapore rules, eggs frozen for non-medical reasons can only be used for fertilisation within a legal marriage, so using them with donor sperm as a single woman is not permitted at licensed centres here. Some people ask about exporting their eggs to another country; that requires prior approval from MOH and you would also need to follow the destination country's law. Your clinic's counsellor can explain the export application.",
        ),
        ("user", "How much would export cost roughly? And will my family be told?"),
        (
            "assistant",
            "Costs vary by clinic and courier, but shipping in a dry shipper plus paperwork usually runs into several thousand dollars. Your records are confidential: the clinic will not tell your family anything unless you authorise it in writing.",
        ),
    ],
    [
        (
            "user",
            "我和老公赵立新结婚8年了，我子宫切除了，想去美国加州代孕，中介报价15万美元，靠谱吗？",
        ),
        (
            "assistant",
            "很理解你们的处境。加州法律允许商业代孕，费用通常在12万到20万美元之间，取决于代孕母亲补偿、律师费、医疗保险和试管费用。选择中介时建议核实其执照、要求看合同样本和资金托管（escrow）安排，不要一次性付清。",
        ),
        ("user", "那孩子回国能上户口吗？我婆婆说要是让亲戚知道是代孕的就太丢人了。"),
        (
            "assistant",
            "在中国大陆代孕是被禁止的，境外出生孩子回国落户涉及出生证明、亲子鉴定和出入境手续，各地要求不同，建议提前咨询执业律师。至于家人的看法，这是你们夫妻自己的隐私，是否告诉亲戚可以由你们决定。",
        ),
    ],
    [
        ("system", "你是一個生殖健康資訊助理，以繁體中文回答香港用戶。"),
        (
            "user",
            "我叫麥芷晴，35歲，未婚，想喺香港凍卵，可唔可以？之後如果一直未結婚，可唔可以用捐贈精子？我電話係 9632 1048，想診所直接打俾我。",
        ),
        (
            "assistant",
            "你好。香港持牌生殖科技中心可以為單身女士冷凍自己的卵子，但根據現行實務守則，日後使用這些卵子進行生殖科技程序一般只限於婚姻關係中的夫婦，單身人士不能使用捐贈精子。另外請留意，我無法代你將電話轉交診所，建議你直接致電心儀的中心預約。",
        ),
        ("user", "咁費用大概幾多？"),
        (
            "assistant",
            "香港私家中心一個凍卵周期連藥費通常約港幣七萬至十萬元，另加每年儲存費幾千元。報價前可以先問清楚藥費是否包在套餐內。",
        ),
    ],
    [
        (
            "user",
            "Assalamualaikum. Saya Nor Hidayah binti Azman, suami saya Mohd Khairul bin Ismail disahkan tiada sperma. Boleh tak kami guna sperma penderma di Malaysia?",
        ),
        (
            "assistant",
            "Waalaikumussalam. Bagi pasangan Muslim di Malaysia, penggunaan sperma atau telur penderma tidak dibenarkan menurut fatwa kebangsaan, dan klinik kesuburan berlesen di sini tidak akan menawarkannya kepada pesakit Muslim. Pilihan yang dibenarkan ialah rawatan menggunakan sperma suami sendiri, contohnya prosedur pengambilan sperma secara pembedahan (TESE/micro-TESE) jika masih ada penghasilan sperma di testis.",
        ),
        ("user", "Keluarga mertua saya asyik tanya bila nak ada anak. Saya rasa tertekan sangat."),
        (
            "assistant",
            "Perasaan itu sangat biasa dalam perjalanan rawatan kesuburan. Anda boleh minta rujukan kaunselor di klinik, dan berbincang dengan suami tentang apa yang selesa untuk dikongsi dengan keluarga. Anda tidak wajib menceritakan butiran perubatan kepada sesiapa.",
        ),
    ],
    [
        (
            "user",
            "Bro, I'm 23, student kat UM. Kawan cakap jadi sperm donor boleh dapat duit. Nama saya Chong Wei Jie, boleh ke register kat Malaysia?",
        ),
        (
            "assistant",
            "Hi Wei Jie. In Malaysia there is no national sperm bank for anonymous donation, and the Malaysian Medical Council guideline discourages paid gamete donation, so most private clinics don't recruit donors from the public. Any payment should be limited to reasonable expenses.",
        ),
        (
            "user",
            "Kalau pergi Bangkok? Ada agency offer RM3,000 each time. Also I don't want my parents to know, dia orang very traditional.",
        ),
        (
            "assistant",
            "Thailand's law restricts commercial donation too, and agencies offering cash per donation may not be operating legally. Think about health screening, how your identity will be protected, and whether future children could contact you. Those are decisions worth making carefully, not only for the money.",
        ),
    ],
    [
        (
            "user",
            "我在台北，想捐卵，身分證字號是A227318451，今年26歲，聽說可以拿到營養費，大概多少？",
        ),
        (
            "assistant",
            "提醒你不需要在這裡提供身分證字號。依台灣《人工生殖法》，捐卵屬無償捐贈，但受術夫妻可依規定給付營養費、交通費與誤工補償，目前上限為新臺幣99,000元。捐贈者須年滿20歲、未滿40歲，且要通過健康與傳染病篩檢。",
        ),
        ("user", "那我的資料會不會被受贈的人知道？我爸媽很保守，如果知道會很生氣。"),
        (
            "assistant",
            "台灣採匿名制度，受術夫妻不會得知你的姓名與聯絡方式，資料由國民健康署人工生殖資料庫保存，主要用於避免近親婚姻等查詢。是否告訴父母完全由你決定。",
        ),
    ],
    [
        (
            "system",
            "Clinic CRM context for this conversation: patient Evelyn Soh Pei Ling, mobile +65 9745 0316, email evelyn.soh.pl@gmail.com, 11 oocytes in storage since 2024-03-18, storage fee overdue S$654.",
        ),
        (
            "user",
            "Hi, I got a letter saying my egg storage fee is overdue. What happens if I don't pay?",
        ),
        (
            "assistant",
            "Hi Evelyn. Your record shows an outstanding storage fee of S$654. Under your consent form the clinic will send reminders first, and your eggs will not be discarded without further written notice. You can pay via the patient portal or PayNow to the clinic's UEN.",
        ),
        (
            "user",
            "Can you send the invoice to my email instead of my home address? My mum opens my letters.",
        ),
        (
            "assistant",
            "Of course. I've noted your request to receive billing by email only; the front desk will confirm within one working day.",
        ),
    ],
    [
        (
            "user",
            "我38岁，叫吴倩，在深圳做了三次试管都没成功，婆婆天天说是我身体不行，老公也不帮我说话。",
        ),
        (
            "assistant",
            "听起来你承受了很大的压力，反复失败本身就非常辛苦，再加上家人的指责会更难受。试管不成功的原因很多，与双方的身体状况、胚胎质量都有关系，并不是某一个人的错。",
        ),
        ("user", "我想去泰国用别人的卵子做，我老公不同意，说丢人，我们可能要离婚了。"),
        (
            "assistant",
            "使用赠卵是需要夫妻双方共同同意的重大决定。建议你们先一起找生殖中心的心理咨询师或婚姻咨询师谈谈，把双方的顾虑说出来，再决定下一步。如果你需要，我也可以介绍赠卵在不同国家的法律和费用情况。",
        ),
    ],
    [
        (
            "user",
            "I'm Connie Mak from Hong Kong, HKID R620457(4). My husband and I are planning gestational surrogacy in Georgia. Will our baby be able to get an HK birth certificate?",
        ),
        (
            "assistant",
            "A baby born in Georgia will get a Georgian birth certificate, not a Hong Kong one. For the child to obtain right of abode in HK, you would normally need to prove parentage, often with DNA testing, and apply through the Immigration Department. Also note that commercial surrogacy arrangements are prohibited under Hong Kong's Human Reproductive Technology Ordinance (Cap. 561), so please get legal advice in HK before signing anything.",
        ),
        (
            "user",
            "Our agency in Tbilisi says it's all fine. We already paid a deposit of US$20,000.",
        ),
        (
            "assistant",
            "Agencies may be accurate about Georgian law but not about Hong Kong consequences. A HK family lawyer can review your contract and advise on a parental order application after the birth.",
        ),
    ],
    [
        (
            "user",
            "我系新加坡人 donor, 2019年在 NUH 捐过精, my name is Lucas Goh Zhi Hao. 现在我结婚了, worried 以后会有孩子 come find me. Singapore donors anonymous 吗?",
        ),
        (
            "assistant",
            "Hi Lucas. In Singapore, sperm donation through licensed ART centres has generally been anonymous, and the recipient family would not be given your name. However, rules in other countries differ, and DNA testing services mean anonymity is never fully guaranteed. You can ask the centre what identifying information they hold and how it is protected.",
        ),
        ("user", "我老婆还不知道我捐过, should I tell her?"),
        (
            "assistant",
            "That's a personal decision. Many people find it helps to share before it comes up unexpectedly, for example through a DNA test. A counsellor can help you plan that conversation.",
        ),
    ],
    [
        (
            "user",
            "Saya Lee Siew Fong, 33 tahun, belum kahwin. Berapa kos bekukan telur di KL? Boleh hantar brosur ke alamat rumah saya: 17-3A, Jalan Ara, Bangsar, 59100 Kuala Lumpur.",
        ),
        (
            "assistant",
            "Hai Siew Fong. Di klinik swasta Kuala Lumpur, pakej pembekuan telur biasanya antara RM13,000 hingga RM20,000 termasuk ubat, dengan yuran penyimpanan sekitar RM1,000 hingga RM1,500 setahun. Saya tidak dapat menghantar brosur, tetapi anda boleh meminta brosur terus daripada klinik pilihan anda.",
        ),
        ("user", "Untuk bukan Muslim, boleh tak guna sperma penderma nanti kalau tak kahwin?"),
        (
            "assistant",
            "Bagi bukan Muslim, tiada undang-undang khusus yang melarang, tetapi garis panduan Majlis Perubatan Malaysia dan dasar klinik biasanya menghadkan rawatan kepada pasangan berkahwin. Sila tanya klinik tentang dasar mereka secara bertulis.",
        ),
    ],
    [
        ("system", "你是某生殖中心的预约助手，确认信息时请复述给用户。"),
        ("user", "帮我约下周三的取卵前检查，名字刘晓梅，手机18627391045。"),
        (
            "assistant",
            "好的，已为您登记：刘晓梅女士，手机18627391045，下周三上午9:00取卵前检查（抽血+B超），请空腹前来并携带身份证和结婚证原件。",
        ),
        ("user", "能不能不要发短信？我公公婆婆会看我手机。"),
        (
            "assistant",
            "可以，已备注“不发送短信提醒”，后续通知将通过医院App站内消息推送，请注意查收。",
        ),
    ],
    [
        (
            "user",
            "I'm Tsai Yi-Hsuan, 36, single, living in Kaohsiung. Taiwan law doesn't let single women use donor sperm yet. Should I go to Japan or the US? Email me options at yihsuan.tsai.kh@gmail.com.",
        ),
        (
            "assistant",
            "Currently Taiwan's Assisted Reproduction Act limits treatment to married heterosexual couples, although an amendment to include single women has been proposed. Many single women from Taiwan look at the US, where donor sperm banks offer open-ID or anonymous donors, or at countries such as Denmark. I can't send emails, but I can outline typical costs here.",
        ),
        ("user", "Yes please. And my parents think I'm just going on holiday."),
        (
            "assistant",
            "In the US, an IUI cycle with bank sperm may cost roughly US$3,000 to 5,000 including vials, and IVF US$15,000 to 25,000. Whether and when to tell your parents is up to you; some people find it easier after the first successful step.",
        ),
    ],
    [
        (
            "user",
            "我係澳門人，叫歐陽子軒，同太太去咗泰國做代孕，欠咗財務公司澳門幣三十萬，而家個中介走佬，點算？",
        ),
        (
            "assistant",
            "你好，聽落好困難。首先建議保留所有合約、付款記錄和對話截圖，向澳門司法警察局或泰國當地警方報案，並諮詢律師研究追討的可能。至於欠財務公司的款項，可以考慮向債務諮詢機構求助，商討分期方案。",
        ),
        ("user", "我太太好內疚，成日喊，我驚佢抑鬱。"),
        (
            "assistant",
            "她的情緒反應可以理解。建議你們盡快找心理輔導或家庭醫生評估，澳門社工局及一些社福機構亦有提供情緒支援服務。你們不必獨自承受。",
        ),
    ],
]
