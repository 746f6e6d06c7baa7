# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat135: chats with an assistant about one's own parent after a stroke or with dementia (rehab, caregiving, respite care, costs, siblings' disagreements, legal capacity). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat135
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "respite_care_notice"): _lines("""
        Respite care at Sunbeam Eldercare Centre, Blk 211 Toa Payoh Lorong 8 #01-1120, is open Mon-Sat 7.30am-6.30pm; please book at least 3 working days ahead via 6352 0418.
        From 1 Jan 2027 the daily respite fee for non-subsidised clients is S$98.10 (incl. 9% GST); subsidised rates follow the AIC means-test tiers printed overleaf.
        Caregivers may call the AIC hotline 1800 650 6060 (Mon-Fri 8.30am-8.30pm, Sat 8.30am-4pm) for referrals to dementia day care and home personal care.
        Please bring a labelled change of clothes, current medication in original blister packs, and the latest hospital discharge summary on the first day of respite.
        Transport pick-up window is 7.15am to 8.45am within Toa Payoh, Bishan and Ang Mo Kio; the centre bus schedule is posted on the noticeboard near lift lobby B.
        Enquiries: respite@sunbeam-eldercare.org.sg | WhatsApp 8123 4470 (office hours only) | UEN 201634018K | registered charity under the Charities Act 1994.
        Our Cognitive Stimulation Therapy group runs Tue and Thu 10.00-11.00am in Activity Room 2; maximum 8 participants, no extra charge for enrolled day care clients.
        Closed on 17-18 Feb 2027 for Chinese New Year and on 21 Mar 2027 for Hari Raya Puasa; families who need cover should contact the centre manager by 31 Jan.
        Caregivers Training Grant: up to $200 per year per care recipient for approved courses such as Understanding Dementia at the AIC Learning Hub, Maxwell Road.
        Visitors must register at the front counter and sign out before 6pm; the side gate facing Lorong 8 stays locked at all times for clients at risk of wandering.
        Home Caregiving Grant payouts of $250 or $400 per month are credited by the 15th; check eligibility at aic.sg or call our finance desk at 6352 0419.
        Music and reminiscence session this Friday features songs by Teresa Teng and P. Ramlee; large-print lyric sheets in English, Chinese and Malay are at reception.
        Fire drill on 12 Feb 2027, 10.30am. Staff will escort day care clients to the assembly area at the void deck of Blk 213; the drill lasts about 20 minutes.
    """),
    ("en", "mobility_aid_listing"): _lines("""
        Karma Ergo Lite 2 KM-2512 transport wheelchair, 16-inch seat, 10.3 kg, foldable backrest, S$689.00, SKU WC-KAR-EL2-16, ships from our Ubi warehouse in 2 days.
        Invoice INV-2026-118203 | Bethany Mobility Pte Ltd, 3 Ubi Crescent #05-12, Singapore 408565 | 1 x Hospital bed 3-crank S$1,450.00 | GST 9% S$130.50
        Ensure Gold Vanilla 850g, 2-tin bundle, RM239.90, SKU ENS-GLD-850-V2, free delivery within Klang Valley for orders above RM150, same-day cut-off 3pm.
        Dr. Morepen BP-09 blood pressure monitor with irregular heartbeat detection, 2-year warranty, model BP09-2025; HK$398 at our Sai Yeung Choi Street shop.
        Tracking SF1429087736512 | Status: Out for delivery | 07/12/2026 09:42 | Kwun Tong distribution centre | item: anti-slip bath chair, 2 parcels
        Order #SHP-26120788104: 3 x Tena Slip Maxi size M, 1 x Thick & Easy Clear 126g, subtotal S$187.40, voucher CARE10 applied, paid via PayNow to UEN 201634018K.
        Guardian Mini 4G GPS watch for dementia, SOS button, geofence alerts, 7-day battery, RM459, sold by Uncle Lim's Medical Supply Sdn Bhd (202101034567).
        Bed rail pad set, medical-grade foam, 2 pcs 150 x 30 cm, washable cover in Ocean Grey; rated 4.7/5 by 312 buyers on Shopee, ships from Johor Bahru.
        Quad cane with 4-point base, aluminium, height adjustable 71-94 cm, max load 136 kg, SKU QC-ALU-094, unit price S$42.00, bulk 10+ at S$38.50 each.
        Receipt No. R-00078231 issued by Grandma's Kitchen Puree Meals, 41 Jalan SS2/55, Petaling Jaya: 14 x minced-moist meal packs, RM196.00, terminal T03.
        Fall detection pendant, IP67 waterproof, dual-SIM, auto-call to up to 5 contacts, 30-day return policy, HK$1,280, warehouse code HKG-KT-07, batch 2611B.
        Alternating pressure air mattress with pump, 130 cells, 200 x 90 x 8 cm, ISO 13485 maker, NT$6,880 incl. shipping, seller business tax ID 53821647.
        Clearance: Day-and-night dementia clock, 8-inch display, shows the day and part of day in words, 5 languages incl. Bahasa Melayu and Chinese, S$59.00 (was S$79.00).
    """),
    ("zh-Hans", "康复医院价目表"): _lines("""
        脑卒中康复科收费标准（2027年版）：偏瘫肢体综合训练每次45元，作业疗法每次38元，言语训练每次40元，以上项目已纳入上海市基本医保支付范围。
        床位费：三人间每日55元，双人间每日90元，单人间每日260元（自费）；护理费按一级护理每日28元计收，陪护床另收每晚15元，押金按入院科室标准收取。
        咨询电话：021-6283 5170（工作日8:00-17:00），康复科护士站021-6283 5176，医院地址：上海市静安区常德路1168号门诊楼3楼，地铁7号线可达。
        长期护理保险评估等级为二至六级的参保老人可申请居家照护，每周上门服务3至7小时，个人自付比例为10%，具体以区医保中心最新通知为准。
        经颅磁刺激（rTMS）治疗每次180元，10次为一个疗程；吞咽障碍低频电刺激治疗每次65元；以上价格依据本市医疗服务价格文件执行，如有调整另行公示。
        发票说明：电子票据号码3101260000428815，开票单位统一社会信用代码12310000425012345X，可登录上海市财政电子票据查验平台核验真伪。
        认知障碍专病门诊每周二、周四下午开诊，初诊请携带既往头颅CT或MRI报告，MMSE与MoCA量表评估费各30元，专家挂号费25元，需提前在线预约。
        日间照料中心喘息服务收费：半日托每次80元，全日托每次150元，含午餐及午休；短期托养喘息床位每晚220元，最长可连续入住30天，需提前一周登记。
        康复辅具租赁：电动护理床每月260元，押金1500元；普通轮椅每月60元，押金500元；租赁满12个月可申请按残值折价购买，详询一楼辅具服务中心。
        医保说明：康复项目中的乙类部分需先自付10%后再按比例报销；门诊康复年度最高支付限额将按照上海市2027年度医保政策统一调整，请留意公告。
        订单号KF20261207-008813已支付，金额1260.00元，项目：居家康复上门评估套餐（含PT评估、家庭环境改造建议），服务商：申康护理服务有限公司。
        温馨提示：本院从未委托任何个人代办长护险评估，如有人以加急评估为由收取费用，请拨打12345市民服务热线或本院监督电话021-6283 5100举报。
        家属培训课程《脑卒中后居家照护十讲》由康复医学科主任医师团队主讲，每月第一个周六上午9:30在门诊楼5楼多功能厅举行，免费报名，名额80人。
    """),
    ("zh-Hant", "長照常見問答"): _lines("""
        問：家裡長輩中風出院後，要怎麼申請長照服務？答：可撥打長照專線1966（前5分鐘免費），或由醫院出院準備服務小組協助轉介至各縣市長期照顧管理中心。
        問：長照2.0的照顧及專業服務額度是多少？答：依長照需要等級第2至8級，每月給付額度介於新臺幣10,020元至36,180元，低收入戶免部分負擔。
        問：喘息服務一年可以用幾天？答：依失能等級，每年喘息服務給付額度為32,340元或48,510元，可選擇機構住宿式、日間照顧中心或居家喘息等方式。
        問：申請外籍看護工需要什麼條件？答：被看護者須經指定醫療機構團隊評估，或年滿80歲且有輕度以上依賴，詳情請洽勞動部1955勞工諮詢申訴專線。
        問：懷疑家人有失智症要去哪裡確診？答：可至衛福部公告的失智共同照護中心，例如臺北榮民總醫院、臺大醫院，由神經科或精神科醫師進行完整評估。
        問：申請輔具補助（如輪椅、移位機）要準備什麼？答：需備輔具評估報告書、購買發票正本（須載明賣方統一編號）及申請書，於購買後3個月內送件。
        問：台北市日間照顧中心一天多少錢？答：以本中心為例，全日托每日新臺幣1,250元，長照給付後依身分別自付16%或5%，交通接送費用另依里程計算。
        問：失智長輩走失怎麼辦？答：請立即撥打110報案，平時可向中華民國老人福利推動聯盟申請愛的手鍊，手鍊背面刻有專屬編號及24小時協尋專線。
        問：兄弟姊妹意見不合，誰能決定送長輩去住宿機構？答：若長輩已無法為意思表示，可依民法向法院聲請監護宣告或輔助宣告，由法院選定監護人。
        問：本中心服務時間與聯絡方式？答：週一至週六08:00-17:30，電話(02)2758-3361，LINE官方帳號@yixin-daycare，地址：臺北市信義區松德路208號3樓。
        問：長照費用可以報稅嗎？答：符合資格者每人每年可列報長期照顧特別扣除額新臺幣12萬元，但適用稅率20%以上者不適用，請參閱財政部賦稅署公告。
        問：居家復健治療師多久來一次？答：專業服務以12週為一個服務期程，原則上每週1至2次，由A單位個案管理師與家屬討論復能目標後排定時段。
        問：中心的發票抬頭和統一編號？答：社團法人臺北市頤心長照協會，統一編號38274915，可開立電子發票並上傳至財政部電子發票整合服務平台。
    """),
    ("zh-Hant", "港澳安老新聞"): _lines("""
        勞工及福利局局長孫玉菡今日出席長者社區照顧服務券計劃活動，表示政府會繼續增加服務券名額，重點支援認知障礙症及中風後康復的長者。
        社會福利署提醒市民，照顧者支援專線182 183全天候運作，為照顧長者或殘疾人士的家人提供情緒支援、服務資訊及轉介，來電全部免費。
        醫院管理局表示，轄下各急症醫院已推行急性缺血性中風靜脈溶栓及血管內取栓服務，並於2026年將24小時取栓服務擴展至另外兩個聯網。
        電影《桃姐》由許鞍華執導，葉德嫻飾演中風後入住安老院的家傭桃姐，憑此角色奪得威尼斯影展最佳女演員獎，至今仍是香港安老題材代表作。
        德國醫生阿洛伊斯·阿茲海默於1906年在圖賓根的學術會議上首次描述一種進行性失智病例，該病其後以他的姓氏命名，即今日的阿茲海默症。
        澳門社會工作局資助的家居照顧及支援服務涵蓋送飯、個人護理及陪診，長者或家屬可親臨各區長者服務中心查詢，服務按經濟狀況收費。
        香港認知障礙症協會成立於1995年，總辦事處位於黃大仙，提供日間訓練、照顧者支援小組及早期評估服務，熱線2338 1120於辦公時間接聽。
        行政長官李家超在施政報告中提出加強對照顧者的支援，包括恆常化低收入家庭照顧者生活津貼，並在全港十八區增設地區照顧者支援服務點。
        香港賽馬會慈善信託基金撥款推行的流金匯計劃，為長者及照顧者提供社區支援，各區長者地區中心均有張貼最新活動時間表及報名方法。
        鏡湖醫院康復科大樓啟用，位於澳門連勝馬路，設有中風康復病床40張、水療池及言語治療室，門診預約請於辦公時間致電醫院總機。
        英國作家泰瑞·普萊契於2007年公開患上早發性阿茲海默症，其後捐出一百萬英鎊支持研究，成為推動認知障礙症公眾意識的代表人物之一。
        衞生署長者健康服務網頁提供《認知障礙症照顧者手冊》下載，檔案編號EHS-DEM-2026-03，版本v4.2，共68頁，備有繁體中文及英文版本。
        立法會福利事務委員會將於12月15日上午10時45分討論安老院舍人手及服務質素議題，會議在立法會綜合大樓會議室1舉行並於網上直播。
    """),
    ("ms", "notis_pusat_jagaan_harian"): _lines("""
        Pusat Jagaan Harian Warga Emas Seri Kasih, No. 12, Jalan Melati 3/2, Taman Melati, 53100 Kuala Lumpur, beroperasi Isnin hingga Jumaat, 8.00 pagi hingga 6.00 petang.
        Yuran bulanan jagaan harian bagi warga emas dengan demensia ialah RM850, termasuk makan tengah hari, minum petang dan aktiviti terapi; yuran pendaftaran RM100 sekali sahaja.
        Untuk pertanyaan, sila hubungi talian pejabat 03-4108 2275 atau WhatsApp 011-2847 3390 (waktu pejabat sahaja); e-mel: pertanyaan@serikasih.org.my.
        Talian Kasih 15999 beroperasi 24 jam untuk aduan penderaan warga emas dan sokongan penjaga; panggilan adalah percuma dari talian tetap dan telefon bimbit.
        Fisioterapi selepas strok diadakan setiap Selasa dan Khamis, sesi 45 minit, RM60 satu sesi; bayaran melalui DuitNow kepada Pertubuhan Kebajikan Seri Kasih (PPM-014-10-22032019).
        Peringatan: pusat ditutup pada 1 dan 2 Syawal; keluarga yang memerlukan jagaan sementara (respit) sepanjang cuti perayaan sila daftar di kaunter sebelum 20 Februari.
        Bantuan Orang Tua (BOT) daripada JKM diberikan kepada warga emas yang layak; permohonan boleh dibuat di Pejabat Kebajikan Masyarakat Daerah atau secara dalam talian.
        Bengkel penjaga bertajuk Memahami Demensia dan Tingkah Laku Mencabar oleh Alzheimer's Disease Foundation Malaysia (ADFM), Sabtu 9 pagi, Dewan Serbaguna Petaling Jaya.
        Semua pelawat wajib mendaftar di kaunter, memakai pas pelawat dan tidak dibenarkan membawa makanan luar kepada peserta yang mempunyai masalah menelan (disfagia).
        Resit Rasmi No. SK/2026/004517 untuk Yuran Disember 2026, RM850.00, dibayar melalui FPX, status BERJAYA, dikeluarkan oleh Pertubuhan Kebajikan Seri Kasih.
        Program kitar semula: sila hantar lampin dewasa yang tidak digunakan ke Kedai Amal Mak Cik Kiah Seri Kasih, Lot G-07, Jalan Melati 3/1, setiap Sabtu 9 pagi hingga 1 petang.
        Menteri Kesihatan Datuk Seri Dr. Dzulkefly Ahmad menyeru saringan awal demensia di klinik kesihatan kerajaan sempena Bulan Alzheimer Sedunia pada bulan September.
        Pusat ini berdaftar dengan Jabatan Kebajikan Masyarakat di bawah Akta Pusat Jagaan 1993, No. Pendaftaran JKM/PJ/WKL/0342, dan diperiksa sekurang-kurangnya setahun sekali.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning team, 今日 3 new respite admissions, beds 2A, 2B and 5C dah ready. Pls check the oxygen concentrator in room 5 before 10am ya, filter alarm bunyi semalam.
        Pharmacy confirm Donepezil 5mg x 200 tabs and Clopidogrel 75mg x 300 tabs arriving 2pm, PO-2026-1207-03. Nurse in charge sila sign the DO and scan to shared folder.
        Reminder: 明天 fire drill 10:30, all day care clients assemble at void deck. Physio team pause gait training from 10:15 to 11:00 ok? Thanks all.
        Roster week 50 uploaded to shared drive /Roster/2026/W50.xlsx, night shift still short 1 SN on Sat. Anyone can swap, PM the centre manager by Wed.
        Kitchen update: IDDSI Level 5 minced and moist lunch today is steamed fish porridge, Level 4 puree is pumpkin with chicken. 记得 label the trays by level ya.
        Hoist sling size L koyak at the seam, dah tag out of service and put in store room B. Bethany Mobility service line 6746 2290, ticket CS-88123 opened.
        Audit dari AIC next Tues 9am. Pls make sure care plans signed, fall risk assessments updated within 30 days, and MAR charts 没有 blank entries.
        Family talk on caring for parents after stroke this Sat 2pm, speaker from Dementia Singapore. Need 2 volunteers to set up 40 chairs, sign up in the sheet.
        Wifi password for the activity iPads changed, new one on the office whiteboard. Tablet asset tag IT-0421 tak boleh charge, already sent to IT helpdesk.
        CCTV at side gate Lorong 8 offline since 03:12 this morning, work order WO-55710 raised, contractor coming 11am. Until then 加派 one staff at the gate pls.
        Supply count: Tena Slip M 4 cartons left, L 2 cartons, wet wipes 18 packs. Order cut-off Thu 3pm, nanti saya submit PO ke procurement.
        Training: 新 staff must complete the Dementia Care Basic e-module on AIC Learning Hub before 31 Dec, upload certificate to HR portal folder /Training/2026.
        Med fridge reading 9.1°C at 07:00, above 2-8°C range. Dah inform pharmacist, insulin pens moved to backup fridge, incident log IR-2026-0913 created.
    """),
    ("en", "app_config_and_logs"): _lines("""
        CARE_APP_ENV=staging; API_BASE=https://api.example-care.sg/v2; SMS_SENDER_ID=SUNBEAMCARE; RETRY_MAX=3; TIMEOUT_MS=8000; LOG_LEVEL=info
        2026-12-07T08:14:22.901+08:00 INFO scheduler: respite_slot_release job finished, released=4 slots, centre_id=TPY-01, duration_ms=312
        2026-12-07T08:15:03.118+08:00 WARN gps-bridge: gateway=LOBBY-B-GW2 fw=3.4.1 heartbeat missed x2, geofence=zone_default, action=retry in 60s
        patient_id,admission_date,ward,stroke_type,nihss_admit,mrs_discharge,barthel_index,discharge_destination,respite_days_used
        sample_row = {'patient_id': 'P000000', 'name': 'Test Patient', 'ward': 'REHAB-3'}  # placeholder fixture for unit tests only
        version: 2.8.1 | build 20261205.3 | commit 9f3c2ab71e04d5b8 | min_android=26 | min_ios=15.0 | flags: caregiver_chat, medication_reminder
        SELECT ward, COUNT(*) AS n, AVG(barthel_index) FROM admissions WHERE admit_date >= '2026-11-01' AND icd10 = 'I63.9' GROUP BY ward;
        reminder_templates.en.med = 'Time for {med_name} {dose}. Reply 1 when taken, 2 to snooze 15 min.'  # keep under 160 chars for SMS
        2026-12-07 09:02:47,551 ERROR billing.invoice: PDF render failed for invoice INV-2026-118207 (template=respite_v3), retrying in 30s
        export MOCA_CUTOFF=26; export MMSE_CUTOFF=24; python score_batch.py --input data/cohort_2026Q4.parquet --out reports/ --anonymised
        GET /healthz 200 3ms upstream=care-api-7d9f8b6c5-x2kq4 region=ap-southeast-1 release=2.8.1 cache=HIT trace=00f3a91c2be4
        observation_schema: code=MMSE_TOTAL, value_type=integer, range=[0, 30], unit=points, status=final  # see docs/fhir-mapping.md v1.3
        cron: 0 2 * * * /opt/care/bin/backup.sh --db rehab_prod --retain 35d --dest s3://care-backups-sg/rehab/ >> /var/log/care/backup.log 2>&1
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        My dad Gerald Tan Wee Kiat, 78, had a left MCA stroke on 3 Nov and is still at Ren Ci; his NRIC is S1583062Z if the MSW needs it for the grant claim.
        Mum (Mdm Lim Siew Eng) keeps calling my brother's old number 9172 6648 at 3am thinking he's still in primary school, the geriatrician says it's sundowning.
        Respite booking: Client Ong Ah Lian, F, 84, vascular dementia, on insulin; NOK Ong Mei Ling (daughter) 8825 3016; home Blk 209 Toa Payoh Lorong 8 #07-334.
        My sister Rachel says she can't chip in for Pa's nursing home anymore because she's $40k in credit card debt and going through a divorce, so I'm paying $3,200 a month alone.
        Please send the LPA certificate copy to kenneth.ho.wk1974@gmail.com; the donor is my father Ho Kok Wah, and I'm a donee together with my cousin.
        Just the number for the night nurse to call if Dad falls again: +65 9638 4102 (that's me, his son).
        Uncle Bernard Chia's MRI showed a second lacunar infarct and he forgot my aunt's name yesterday; the family still hasn't told him he can't drive anymore.
        PayNow the $1,450 deposit to my brother at 8461 9027 please, he's holding the money for Mum's care since she lost capacity.
        case_id,name,nric,dob,diagnosis,nok_phone | C-2207,Teo Choon Hock,S6834517J,1949-06-02,post-stroke aphasia,+65 9014 7752
        Dad's OCBC account 595-30174-2 still gets his pension but only Aunty Molly knows the PIN, and my siblings think she's been withdrawing for herself.
        Our helper Rosalinda (FIN G5823170W) has cared for Mama since the stroke; can I claim the FDW levy concession with her FIN and Mama's NRIC S2479015J?
    """),
    "zh-Hans": _lines("""
        帮我妈周秀英填长护险申请：身份证号320502194803172627，住址苏州市姑苏区十全街桂花新村12幢301室，联系人儿子周磊139 1254 8807。
        我哥李志强把爸的退休金卡拿走了，三年没给过一分钱护理费，自己还欠了网贷二十多万，现在又说要把老房子卖掉分钱。
        我妈张桂芳确诊阿尔茨海默病中期，MMSE只有14分，现在连我都不认识了，我是独生女，老公还在这时候跟我提离婚，真的撑不下去了。
        护工阿姨的工行卡号6222 0216 0201 4587 319，户名刘彩霞，每月5号转她6500元工资，帮我设个每月提醒。
        我爸刘德明原来在成都七中教数学，中风后右边偏瘫，说话也不清楚，现在一个人住在武侯区玉林北路的老房子里，我在深圳没法天天回去。
        紧急联系人：陈建平（长子），手机186 2043 7719，微信chenjp_1971；患者陈德厚，男，79岁，脑出血术后第21天。
        老爸的医保卡号就是身份证号440106195209111835，医院说办异地就医备案要用，我先存在这里。
        我弟媳在家族群里说老太太是装糊涂想多分钱，可是上周神经科明明诊断是血管性痴呆，还开了多奈哌齐。我妈叫胡玉兰，今年81。
        周末去养老院看我爸，护理员说他又把尿管拔了，手腕上全是淤青，我怀疑他们绑他。院里登记的家属是我杨帆，电话135 6107 2294。
        小姨说外婆存的28万要先还她当年借给舅舅的钱，可外婆现在都不会签字了，这钱能动吗？外婆叫孙淑珍，住南京鼓楼区。
    """),
    "zh-Hant": _lines("""
        我阿媽陳麗珍，HKID K382915(4)，中風後住咗喺沙田醫院，醫務社工話要申請社區照顧服務券，份表格我應該點填？
        我爸黃志明（身分證F120584398）中風後左側無力，住在新北市板橋區文化路一段188巷5號4樓，想申請居家復能。
        大哥堅持要送爸爸去安老院，二家姐話佢唔肯出錢，仲話阿爸啲強積金佢有份；爸爸叫梁國雄，而家連食飯都要人餵。
        外傭嘅合約下個月到期，媽咪嘅認知障礙越嚟越嚴重，夜晚成日自己開門走出去，我係家中長子何俊傑，有事打9468 2317搵我。
        媽媽林美玉，身分證A238017456，CDR 2分，巴氏量表評估報告請寄到高雄市苓雅區三多二路55號7樓之2，謝謝。
        舅父鄧錦泉欠落安老院三個月院費共$38,400，院方話再唔找數就要佢搬走，佢個仔喺大陸失咗聯絡，點算好？
        爸爸陳文雄的郵局局號0081234、帳號0456712，每月老農津貼都匯進這裡，結果弟弟拿走存摺一直不還。
        我阿爺歐陽錦華，澳門居民身份證5215487(3)，住氹仔，中風後要申請社工局家居照顧服務，需要準備咩文件？
        姑姑說媽媽的印章和存摺都在她那裡，她要幫媽媽聲請輔助宣告，可是媽媽吳秀琴只是輕度失智，還認得人，住台中北屯。
        家族LINE群組裡大姊說爸的安養院每月32,000她只出5,000，我（么女佳慧）已經連續八個月自己墊，信用卡都刷爆了。
    """),
    "ms": _lines("""
        Ayah saya, Encik Rahman bin Yusof, No. KP 470812-10-5563, kena strok bulan lepas dan sekarang masih di Hospital Tengku Ampuan Rahimah, Klang.
        Mak saya Puan Salmah binti Ahmad makin teruk demensia, dah tak kenal adik saya. Alamat rumah: No. 27, Jalan Kenanga 4, Taman Sri Gombak, 68100 Batu Caves.
        Abang saya Faizal tak nak bayar bahagian dia untuk rumah jagaan ayah, katanya dia masih ada hutang kereta RM60k dan baru bercerai.
        Tolong call adik saya Nurul di 012-738 4419 kalau mak jatuh lagi, saya kerja syif malam di kilang.
        Akaun Maybank mak 1140 2235 8817 atas nama Hjh Rokiah binti Osman; kami adik-beradik bergilir masukkan RM300 sebulan untuk bayar pengasuh.
        Pakcik Ismail Hamid yang jaga ayah di kampung dah tiga bulan tak dapat gaji sebab along belum transfer, kesian dia.
        Borang JKM: Nama Lee Ah Moi, No. KP 510323-07-5288, Umur 75, Diagnosis Alzheimer peringkat sederhana, Waris Lee Kok Seng (anak) 016-452 9073.
        Mak mertua saya, Mak Jah, sejak strok asyik marah dan tuduh saya curi barang kemas dia, suami saya pula percaya cakap dia.
        Gambar luka tekanan di punggung ayah saya Haji Mokhtar dah saya hantar, sila balas ke e-mel saya mokhtar.family88@yahoo.com.
        No. plat kereta ayah WKT 4821, dia masih nak memandu walaupun doktor kata tak selamat lepas strok kedua; macam mana nak batalkan lesen dia?
    """),
    "mixed": _lines("""
        Bro my Ah Pa 陈亚福 still insist nak drive to kopitiam, plate JQR 7736, neuro doc already said no more driving after the stroke.
        Pls update record: 病人 Tan Geok Lian, MyKad 430915-01-6124, CKD stage 4 + dementia, daughter Cheryl 019-776 2205.
        我妈 Madam Wong Siu Fong HKID D604127(3) 下個月 move to Singapore with me, how to transfer her dementia meds records?
        Aiyo my 大伯 Loh Chee Keong owes the nursing home RM12,400 and they called me because I'm listed as NOK, 电话 017-320 6681.
        Patient Mr. 郭志成 bed 8, HKID Y275038(2), 早上 BP 182/104, 已通知 Dr on call, family wants DNR discussion tmr.
        My nephew Aiman (NRIC T0217384G) is 24 and wants to be second donee for Nenek's LPA, boleh ke?
        Dad's home nursing invoice under name Khoo Beng Huat, 18 Lorong Kucing, 10450 George Town, unpaid RM2,760 since Sept, collector keep calling.
        Note: 阿嫲 Chua Ah Bee (S0927714E) on Memantine 10mg bd, Aspirin 100mg om, next neuro review 14 Jan at SGH.
        Ah Ming my cousin says Grandpa's CPF nomination was changed to him last year when Grandpa already cannot recognise people, 我觉得很有问题.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a caregiving assistant for families in Singapore. Give practical, non-judgemental guidance and suggest official schemes where relevant.",
        ),
        (
            "user",
            "My father Desmond Goh Ah Huat (NRIC S1342086F) had a stroke in September and was discharged from Tan Tock Seng last week. He needs help showering and can't climb the 3 steps into our flat at Blk 56 Marine Terrace #08-21. What rehab options do we have?",
        ),
        (
            "assistant",
            "I'm sorry to hear about your father. Common options are a day rehabilitation centre near Marine Parade, home therapy visits arranged through an AIC referral, and a home modification check under the EASE programme for grab bars and ramps. Ask the hospital MSW to send the referral so his discharge summary goes along with it.",
        ),
        (
            "user",
            "Thanks. He also gets very frustrated and cries at night. Is that normal after a stroke?",
        ),
        (
            "assistant",
            "Yes, mood changes and post-stroke depression are common, affecting roughly one in three stroke survivors. Please mention the crying and poor sleep at his next follow-up so the doctor can screen for depression; it is treatable.",
        ),
    ],
    [
        ("system", "你是一个帮助家庭照护者的中文助手，回答要具体、温和。"),
        (
            "user",
            "我和我姐在吵架。我爸赵永福脑梗两年了，现在住在杭州拱墅区的家里，我姐赵丽萍想把他送养老院，每月要8800，我想请住家保姆。她说我就是想省钱，我说她是嫌麻烦。怎么办？",
        ),
        (
            "assistant",
            "这种分歧在照护家庭里非常常见。建议先把两种方案的实际费用、爸爸的护理需求（比如能否自己翻身、吞咽是否安全）和每个人能出的钱和时间都写下来，再一起去和康复医生或社工谈，让专业评估作为依据，而不是谁说了算。",
        ),
        ("user", "我爸自己说想在家里，但他有时候糊涂，这话算数吗？"),
        (
            "assistant",
            "即使有些糊涂，他在清醒时表达的意愿也很重要，应当尽量尊重。如果担心他的判断能力，可以请医生评估他的认知状况，并考虑意定监护等法律安排。",
        ),
    ],
    [
        (
            "user",
            "我阿媽李玉嬋今年80歲，住喺觀塘秀茂坪邨，醫生話佢有早期認知障礙症。我同細佬想趁佢仲清醒，幫佢簽持久授權書，佢HKID係E918263(6)，要點做？",
        ),
        (
            "assistant",
            "持久授權書需要在香港註冊醫生及律師面前簽署，醫生要確認你媽媽當時具備精神行為能力。建議盡快預約，並帶齊她的身份證明文件。受權人可以係你同你細佬，可選擇共同或各別行事。",
        ),
        ("user", "如果佢之後完全唔記得嘢，持久授權書仲有冇效？"),
        (
            "assistant",
            "有效。持久授權書的設計就是在授權人之後失去精神行為能力時仍然有效，但當你們察覺她開始失去能力時，需要向高等法院司法常務官登記該文書，受權人才可以繼續代她處理財務。",
        ),
    ],
    [
        ("system", "你是台灣長照資訊助理，請使用繁體中文回答。"),
        (
            "user",
            "我爸蔡明輝82歲，去年中風，現在右手右腳都不能動，住在台南市東區。我跟我先生都要上班，想申請外籍看護，可是我哥蔡明山說請外勞很丟臉，堅持要我辭職照顧。",
        ),
        (
            "assistant",
            "依您描述，爸爸符合的可能性很高。可以先到指定醫院做巴氏量表專業評估，評估通過後再向勞動部申請聘僱。至於和哥哥的分歧，可以請長照中心的個案管理師召開家庭會議，說明照顧負荷與各種資源。",
        ),
        ("user", "個管師的電話是多少？我可以留我的手機0912-486-337給他們嗎？"),
        (
            "assistant",
            "可以撥打1966，長照專線會轉介台南市照管中心，您可以在電話中留下您的手機，個管師會再跟您聯絡安排到府評估。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk penjaga warga emas di Malaysia. Jawab dalam Bahasa Melayu yang mudah.",
        ),
        (
            "user",
            "Saya nak hantar mak saya, Puan Zainab binti Kassim, ke jagaan respit selama seminggu sebab saya kena ikut suami ke Sabah. Mak ada demensia dan kencing manis. No. KP dia 490205-03-5472. Ada tempat di Kota Bharu?",
        ),
        (
            "assistant",
            "Puan boleh bertanya kepada Pejabat Kebajikan Masyarakat Daerah Kota Bharu tentang pusat jagaan berdaftar yang menawarkan jagaan respit. Pastikan pusat itu boleh mengurus ubat insulin dan mempunyai jururawat, dan bawa senarai ubat serta laporan doktor terkini.",
        ),
        ("user", "Berapa biasanya kos seminggu?"),
        (
            "assistant",
            "Kos berbeza mengikut pusat, tetapi untuk jagaan respit dengan penjagaan kencing manis, anggaran biasanya antara RM700 hingga RM1,500 seminggu. Minta sebut harga bertulis sebelum mendaftar.",
        ),
    ],
    [
        (
            "user",
            "Eh my mum every evening become very agitated one, keep saying she want to go back Ipoh house. She stay with me now in Punggol. Her name Lau Kim Choo, 83, Alzheimer's moderate stage. Any tips?",
        ),
        (
            "assistant",
            "That sounds like sundowning, which is common in moderate Alzheimer's. Keep the late afternoon calm and bright, avoid naps after 3pm, and instead of correcting her, gently ask about the Ipoh house and let her talk about it. A familiar photo album or music from her younger days often helps.",
        ),
        (
            "user",
            "Ok thanks. If she wander out can the neighbour call me? My number 9735 2810, I paste it on the door?",
        ),
        (
            "assistant",
            "A note inside the door is fine, but you may prefer to register her with a community safety network or get an ID card or bracelet for her that carries your contact, rather than posting your number where strangers can see it.",
        ),
    ],
    [
        (
            "system",
            "Caregiver CRM context: caller=Irene Sim, relation=daughter, care_recipient=Sim Hock Seng (80, post-stroke, dysphagia), phone=+65 8247 3391, address=Blk 702 Woodlands Drive 70 #11-45. Be supportive and concise.",
        ),
        (
            "user",
            "Hi, the speech therapist said Dad needs thickened drinks. Where can I get the powder and how much to use?",
        ),
        (
            "assistant",
            "Thickener powders are sold at retail pharmacies and hospital pharmacies. Use the exact consistency level the speech therapist prescribed, usually stated as an IDDSI level, and follow the scoop guide on the tin for that level. If unsure, call the hospital's speech therapy department to confirm the level.",
        ),
        ("user", "Ok. Also can the home care nurse come on Saturdays?"),
        (
            "assistant",
            "Many home nursing providers offer Saturday visits at a higher rate. I can note your preference so the coordinator calls you back to arrange it.",
        ),
    ],
    [
        (
            "user",
            "帮我写一封给街道长护险评估中心的申请说明：申请人是我爸孟庆海，1944年生，身份证号510107194612053022是我妈的，我爸的我还没找到，先用我妈高凤琴的信息，她是阿尔茨海默病，住成都市青羊区宽巷子附近。",
        ),
        (
            "assistant",
            "好的，以下是草稿：尊敬的评估中心工作人员：本人家属高凤琴，1946年出生，经医院诊断为阿尔茨海默病，目前日常生活需要他人照料，特申请长期护理保险失能评估。联系人：（请填写您的姓名及电话）。请注意，申请时需要使用被评估人本人的身份证，请不要混用父母的证件。",
        ),
        ("user", "好的，我妈的电话是028-8613 4427，帮我加上。"),
        (
            "assistant",
            "已加上：被评估人联系电话028-8613 4427。建议同时附上近半年的门诊病历和头颅影像报告，评估会更顺利。",
        ),
    ],
    [
        (
            "system",
            "You help Malaysian families plan finances for elderly care. Do not give legal advice; suggest professionals where needed.",
        ),
        (
            "user",
            "My father Mr. Subramaniam a/l Krishnan had two strokes, he can't speak now. His EPF money is in his account but we can't withdraw for the nursing home because he can't sign. My brother Ravi wants to use his own savings and claim back later. What can we do?",
        ),
        (
            "assistant",
            "When a person can no longer manage his affairs, families in Malaysia usually need a court order under the Mental Health Act 2001 to appoint someone to manage his property. A lawyer can advise on the process. Meanwhile, keep receipts of everything your brother pays so it can be reimbursed properly later.",
        ),
        ("user", "The nursing home in Klang charges RM3,800 monthly. Any subsidy?"),
        (
            "assistant",
            "Private homes are rarely subsidised, but you could ask JKM about financial assistance for low-income elderly, check if he has insurance riders for long-term care, and ask the home about a reduced rate for shared rooms.",
        ),
    ],
    [
        (
            "user",
            "Tolong draft WhatsApp to my siblings. Ayah (Ahmad Fauzi bin Sulaiman) punya physio cost RM2,400 this month, I already bayar semua. Kak Long belum transfer since August. Nak remind nicely.",
        ),
        (
            "assistant",
            "Here's a draft: Assalamualaikum semua. Update on Ayah's physio: total for this month is RM2,400, which I have paid first. Hopefully we can share it equally as agreed, RM800 each. Kak Long, since August's share is still pending, boleh tolong settle bila senang? Terima kasih, semoga Ayah terus bertambah baik.",
        ),
        ("user", "Add my account number for transfer: CIMB 7063 2418 95."),
        (
            "assistant",
            "Added at the end: Transfer boleh ke akaun CIMB 7063 2418 95. Terima kasih semua.",
        ),
    ],
    [
        ("system", "你是澳門長者照顧資訊助手，用繁體中文和粵語口語回答。"),
        (
            "user",
            "我阿爸何志華72歲，中風後喺仁伯爵綜合醫院做緊物理治療，出院之後想住返我哋喺下環街嘅屋企，但係要上四層樓梯，有冇資助可以裝樓梯機？",
        ),
        (
            "assistant",
            "可以向社會工作局查詢長者家居安全改善及輔具資助，社工會上門評估樓梯環境。另外醫院職業治療師亦可以評估阿爸用樓梯機是否安全，建議出院前先安排。",
        ),
        ("user", "我家姐話唔好搞咁多，直接送佢去院舍，但阿爸話死都唔去。"),
        (
            "assistant",
            "阿爸嘅意願好重要。可以先試吓家居照顧加日間中心，同時申請院舍輪候作後備，等家人有時間觀察邊個方案真係行得通，再一齊決定。",
        ),
    ],
    [
        ("system", "You are a dementia care assistant. Answer in clear English."),
        (
            "user",
            "My mother Patricia Fernandez, 76, got lost last Tuesday and was found by police at Bukit Bintang. She lives alone at 14 Jalan Ampang Hilir, Kuala Lumpur. Should I get a GPS tracker?",
        ),
        (
            "assistant",
            "I'm glad she was found safely. A GPS watch or pendant can help, but it is also a sign that living alone may no longer be safe. Consider a live-in carer or moving her closer to family, and talk to her doctor about a formal capacity and safety assessment.",
        ),
        ("user", "She refuses to move and says I just want her house."),
        (
            "assistant",
            "That is a painful accusation but common in dementia, when fear and memory loss make people suspicious. Involving a neutral person such as her doctor or a social worker to explain the safety concerns often helps more than arguing directly.",
        ),
    ],
    [
        (
            "user",
            "我爸钱国栋确诊中度阿尔茨海默症，我和我弟钱国平都想当他的监护人。我爸名下有上海徐汇区的一套房子，我弟想卖房，我不同意。法律上谁说了算？",
        ),
        (
            "assistant",
            "如果您父亲已经不能辨认自己的行为，需要先向法院申请认定其为无民事行为能力或限制民事行为能力人，并由法院指定监护人。监护人处分被监护人财产必须是为了被监护人的利益，卖房这类重大决定可能受到审查，建议咨询律师。",
        ),
        ("user", "如果我爸之前写过意定监护协议指定我呢？"),
        (
            "assistant",
            "如果他在有完全民事行为能力时通过书面形式（通常经公证）协商确定了您为监护人，在他丧失行为能力后，一般由您履行监护职责，这会优先于法定监护的顺序。",
        ),
    ],
    [
        ("system", "You are a bilingual (English/中文) assistant for Singapore caregivers."),
        (
            "user",
            "My 外婆 Yeo Swee Lan has vascular dementia, we never did LPA. Now the bank won't let us 动 her account at DBS to pay the nursing home. My uncle Yeo Boon Kiat says he is the eldest so he decide. 怎么办?",
        ),
        (
            "assistant",
            "Without an LPA, the family would need to apply to the Family Justice Courts under the Mental Capacity Act to appoint a deputy to manage her finances. Being the eldest does not automatically give your uncle authority; the court appoints whoever is suitable, and more than one deputy can be appointed.",
        ),
        ("user", "我们可以请 Dr. Lee at Khoo Teck Puat 开 medical report 吗？外婆 NRIC S7712950B."),
        (
            "assistant",
            "Yes, the application needs a medical report on her mental capacity, usually from her treating doctor or a psychiatrist. Please share the NRIC only with the clinic and the court, not in group chats.",
        ),
    ],
]
