# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat150: chats with an assistant about one's own cancer treatment (diagnosis, chemo and radiotherapy scheduling, insurance claims, telling an employer, side effects, crowdfunding). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat150
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "radiotherapy_faq"): _lines("""
        How many radiotherapy sessions will I need? Most breast courses run 15 to 25 fractions, Monday to Friday, and each session on the linear accelerator takes about 10 to 15 minutes.
        Appointment changes for the Radiation Oncology Centre can be made through the hotline 6436 8088 (Mon to Fri, 8.30am to 5.30pm) or by e-mail to rt.appointments@nccs.com.sg.
        Parking at National Cancer Centre Singapore, 30 Hospital Boulevard, Singapore 168583, is in the basement carpark at $1.28 per half-hour; patients on daily treatment can apply for a season label.
        Can I shower during treatment? Yes. Use lukewarm water and a mild unperfumed soap such as Cetaphil, pat the marked skin dry and do not scrub off the small ink tattoo dots.
        MediSave can be used for outpatient radiotherapy up to the prevailing withdrawal limit; bring your appointment letter to the Patient Service Centre at Level 1 before your first fraction.
        Patients travelling from Johor Bahru may use the shuttle from JB Sentral, which leaves at 6.15am daily except public holidays; the fare is RM12 one way and tickets are sold at Counter 3.
        What is a CT simulation? It is a planning scan done one to two weeks before treatment; for pelvic cases you may be asked to drink 500 ml of water 45 minutes beforehand.
        Do I become radioactive after external beam radiotherapy? No. It is safe to hug your children and share meals; this is different from radioactive iodine (I-131) treatment for thyroid cancer.
        Financial counselling desk: Block 2, Level 3, Room 03-14, open 9am to 4pm; WhatsApp enquiries to our business line +65 8123 0440 receive a reply within two working days.
        The Singapore Cancer Society runs free wig loans and a prosthesis fitting service at its Bishan centre; call the Cancer Helpline 1800 727 3333 to book a slot.
        Institut Kanser Negara, No. 4, Jalan P7, Presint 7, 62250 Putrajaya, accepts referrals from government hospitals only; private patients should request a referral letter from their oncologist first.
        Radiotherapy fatigue usually peaks in week 3 or 4 and can last up to 6 weeks after the final session; a 20-minute walk on most days helps more than resting in bed all day.
        Your booking code is printed on the top right of the schedule in the format RT-YYYY-NNNNNN (sample: RT-2026-000123); quote the booking code when calling instead of your NRIC.
    """),
    ("en", "scheduler_logs_and_config"): _lines("""
        2026-11-03T08:14:22.517+08:00 INFO scheduler.chair_pool rebalance done chairs_free=7 chairs_total=24 ward=ONC-DAY-2 duration_ms=184
        infusion_slot_minutes: 30  # default granularity; FOLFOX-6 blocks 4 slots, weekly paclitaxel blocks 6 slots, see regimens.yaml v3.12
        2026-11-03T08:15:01.002+08:00 WARN pharmacy.compound queue_depth=19 threshold=15 site=ONC-PHARM-1 build=2.8.4+sha.9f3c1ab retrying in 30s
        curl -X POST https://api.example-oncology.sg/v2/slots/hold -H 'Content-Type: application/json' -d '{"chair":"C07","start":"2026-12-01T09:00","regimen":"AC-T"}'
        ALERT linac.LA3 status=INTERLOCK code=MLC-0421 model=TrueBeam fw=2.7.MR1 vendor_ticket=SR-884213 opened=06:52 SGT physics_oncall=paged
        CREATE TABLE chemo_cycle (cycle_id BIGSERIAL PRIMARY KEY, regimen_code VARCHAR(16) NOT NULL, day_offset SMALLINT, anc_min NUMERIC(4,2) DEFAULT 1.50);
        DEFAULT_ANC_THRESHOLD = 1.5  # x10^9/L; platelets must be >= 100 before day-1 release, an override requires the ONC_CONSULTANT role
        GET /api/v1/claims/status?claim_no=CLM-SG-2026-0098817 200 OK 43ms ua=CareCompanion/4.2.0 (iOS 18.1; iPhone15,3) region=ap-southeast-1
        feature_flags: {crowdfund_share_card: true, hide_diagnosis_on_share: true, max_goal_myr: 150000, max_goal_sgd: 50000, max_goal_hkd: 400000}
        [cron] 02:00 nightly purge of draft symptom diaries older than 30 days: deleted=1,284 kept=9,771 elapsed=2.4s host=app-sg-03 exit=0
        docker run -e TZ=Asia/Kuala_Lumpur -e DB_URL=postgres://app:changeme@db:5432/oncology -p 8080:8080 carecompanion/scheduler:2.8.4
        sha256(chemo-scheduler-2.8.4.tar.gz) = 3b7e1f0c9a2d4e6f8a1b3c5d7e9f0a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e1f found in release notes for build 2026.11.2
        i18n key reminder.chemo.day1 = 'Your treatment is tomorrow at {time}. Please arrive 30 minutes early and bring {document}.' (en, zh-Hans, ms done; zh-Hant pending)
    """),
    ("zh-Hans", "医保报销政策"): _lines("""
        根据国家医保药品目录（2025年版），曲妥珠单抗、帕博利珠单抗等抗肿瘤药已纳入乙类报销范围，门诊使用前须先办理特药备案，备案有效期为一年。
        本市职工医保参保人员的门诊放疗可按门诊大病（恶性肿瘤）结算，年度起付线300元，统筹基金支付比例在职人员85%、退休人员92%，具体以当年文件为准。
        异地就医备案可通过国家医保服务平台App或拨打12393医保服务热线办理，备案成功后，在广州、深圳等地的联网定点医院可直接刷医保电子凭证结算。
        2026版城市定制型商业医疗保险每人每年保费129元，特定高额药品保障最高100万元；既往症人群（含肿瘤患者）可以投保，但赔付比例相应降低。
        申请材料清单：一、医保电子凭证；二、病理诊断报告原件；三、出院小结；四、住院费用明细清单；五、发票原件。材料不齐的，窗口将一次性告知需补正内容。
        第十二条　参保人员在定点医疗机构发生的质子重离子治疗费用，暂不纳入基本医疗保险基金支付范围，鼓励通过商业健康保险予以补充保障。
        办事地点：广东省医疗保障局政务服务大厅，广州市越秀区东风中路305号一楼，受理时间为工作日上午9:00至12:00、下午14:00至17:30。
        CAR-T疗法阿基仑赛注射液单价约120万元，目前尚未纳入国家医保目录，部分城市的惠民保将其列为特药责任，须在指定药房购药并提前申请理赔。
        2026年度大病保险起付标准调整为上年度城乡居民人均可支配收入的50%，起付线以上部分报销比例不低于60%，年度内不设封顶线。
        统一社会信用代码：91310115MA1K4B2X7Q，上海康途健康科技有限公司作为惠民保第三方服务商，客服电话400-820-1188，服务时间为工作日9:00-18:00。
        门特备案表编号格式示例：MT-310115-2026-000123，打印后须由经治科室盖章，每张表单仅限本次备案使用，涂改无效，遗失需重新申请。
        靶向药实行“双通道”管理：参保人可凭处方在定点医院或定点零售药店购药，按同一报销比例结算，目前全国已有数万家双通道药店可供选择。
        温馨提示：化疗期间产生的PICC维护费、止吐药费用属于门诊慢特病支付范围，请妥善保留每次的收费票据，于季度末统一到窗口办理报销。
    """),
    ("zh-Hans", "众筹平台公告"): _lines("""
        服务费说明：个人大病求助项目平台不收取服务费，第三方支付通道费0.6%由支付机构收取，提现申请审核通过后一般1至3个工作日到账。
        【平台公告】为防范虚假求助，所有筹款项目须上传诊断证明、住院发票及家庭经济状况说明，审核通过后方可分享至微信群和朋友圈。
        客服热线400-600-8100（周一至周日8:30-22:00），举报虚假筹款请拨打同一号码后按2，或发送邮件至jubao@qingsong-help.cn，我们将在48小时内回复。
        项目编号DB20261107-558214已完成筹款目标30万元，善款将直接打款至复旦大学附属肿瘤医院对公账户，不经过任何个人账户，请爱心人士放心。
        根据相关法律法规，个人求助不属于慈善募捐，平台仅提供信息发布和资金托管服务，求助信息的真实性由发起人及其直系亲属承担法律责任。
        提现规则：单次提现金额不低于100元，首次提现须上传医院收款账户信息，医院账户名称必须与诊断证明上加盖公章的单位名称完全一致。
        常见问题：筹款标题可以写病名吗？可以，但请勿在标题或正文中写入身份证号、手机号、家庭住址等信息，系统检测到后会自动打码处理。
        数据周报2026W45：新增求助项目12,406个，其中恶性肿瘤占41.7%，白血病占9.2%，平均目标金额18.6万元，平均实际筹得金额6.3万元。
        电影《我不是药神》中程勇代购印度仿制药“格列宁”的情节，引发了公众对抗癌药价格的广泛讨论，也让更多人关注到了药品降价谈判。
        分享卡片模板：{项目标题}｜已有{支持人数}人帮助｜目标{目标金额}元｜点击查看{医院名称}出具的诊断证明｜由{平台名称}提供技术支持
        平台运营主体：北京纵横康益科技有限公司，ICP备案号京ICP备16012345号-3，办公地址：北京市朝阳区望京东路8号锐创国际中心A座12层。
        志愿者线下核实流程：志愿者须佩戴工牌，到医院护士站核对住院信息，不得上门索要患者银行卡或密码，如遇可疑人员请立即报警处理。
        熊顿的漫画《滚蛋吧！肿瘤君》记录了她与淋巴瘤抗争的经历，2015年被改编为同名电影，由白百何主演，至今仍被许多病友和家属推荐阅读。
    """),
    ("zh-Hant", "藥房價目與院方公告"): _lines("""
        【價目表】昂丹司瓊 Ondansetron 8mg 每粒 HK$38，一盒10粒 HK$350；地塞米松 Dexamethasone 4mg 每粒 HK$6.5，以上均須憑醫生處方購買。
        保濟堂藥行（旺角彌敦道612號地舖）營業時間 10:00–21:00，接受八達通及 AlipayHK，化療病人口腔護理套裝本月特價 HK$128，數量有限。
        台灣健保：重大傷病證明持有者因該疾病就醫可免除部分負擔，化療及放療期間的門診與住院費用均適用，但掛號費及自費藥品仍須自付。
        澳門仁伯爵綜合醫院腫瘤科門診位於若憲馬路，查詢電話 (853) 2831 3731，辦公時間為週一至週五 09:00–13:00 及 14:30–17:45。
        香港癌症基金會癌症支援中心（北角）免費提供假髮借用、營養諮詢及情緒支援小組，熱線 3656 0800，歡迎病人及照顧者預約使用。
        【新品上架】陳李濟 西洋參片 50g 售價 HK$168，化療後體虛人士服用前請先諮詢腫瘤科醫生或註冊中醫師，孕婦及兒童不宜。
        林記參茸海味（灣仔莊士敦道188號）靈芝孢子粉60粒裝 HK$580，滿 HK$1,000 免費送貨至港島區，九龍及新界另收運費 HK$40。
        發票號碼 INV-HK-2026-004417｜日期 2026-11-21｜Ensure 安素 原味 850g x 6 罐｜單價 HK$289｜合計 HK$1,734｜付款方式：信用卡
        台北榮總放射腫瘤部公告：因直線加速器 LA-2 進行年度保養，12/15 至 12/17 暫停治療，受影響病人已由個案管理師另行通知改期。
        李開復在《向死而生》一書中分享了他罹患第四期淋巴癌後對工作與家庭的反思，該書由遠見天下文化出版，書店售價新台幣 350 元。
        商業登記號碼 71234567-000-11-25-8｜安康醫療用品有限公司｜葵涌葵豐街18號9樓B室｜電話 2408 7766｜輸液泵及 PICC 護理用品批發
        假髮租借價目：真髮假髮每月 HK$300，按金 HK$1,500；化纖假髮每月 HK$120，按金 HK$500；棉質頭巾一律 HK$45，恕不退換。
        梅艷芳於2003年因子宮頸癌病逝，其後香港多個團體以她的名義推動子宮頸癌篩查及HPV疫苗接種宣傳，每年十二月均舉辦紀念活動。
    """),
    ("ms", "notis_hospital_dan_faedah"): _lines("""
        Pesakit kemoterapi di Hospital Kuala Lumpur dikehendaki mendaftar di Kaunter 5, Blok Onkologi, sebelum jam 8.00 pagi; sila bawa kad temujanji dan keputusan ujian darah terkini.
        PERKESO: Faedah Pencen Ilat boleh dituntut jika pencarum disahkan hilang upaya kekal oleh Lembaga Perubatan; hubungi talian 1-300-22-8000 untuk maklumat lanjut.
        Notis: Mesin radioterapi LINAC 2 di Institut Kanser Negara akan diselenggara pada 15 hingga 17 Disember 2026; semua temujanji yang terjejas akan dijadualkan semula.
        Majlis Kanser Nasional (MAKNA) dan Persatuan Kanser Kebangsaan Malaysia menawarkan saringan mamogram bersubsidi untuk wanita berumur 40 tahun ke atas; tempat terhad.
        Skim mySalam memberikan bayaran sekaligus kepada penerima STR yang didiagnosis dengan penyakit kritikal termasuk kanser; semakan kelayakan boleh dibuat secara dalam talian.
        Kedai Ubat Cina Heng Seng, No. 23, Jalan Pasar, 41400 Klang, menjual sup herba untuk pesakit selepas kemo; tempahan melalui WhatsApp perniagaan 012-388 4510.
        Nombor pendaftaran syarikat: 202001023456 (1379512-K), Sinar Harapan Medik Sdn. Bhd., pembekal pam infusi ambulatori kepada hospital swasta di Lembah Klang.
        Menteri Kesihatan Dzulkefly Ahmad dalam sidang media di Putrajaya menyatakan kerajaan akan menambah bilangan mesin radioterapi di hospital awam negeri utara.
        Soalan lazim: Bolehkah saya berpuasa semasa kemoterapi? Rujuk doktor anda; kebanyakan pesakit dinasihatkan tidak berpuasa pada hari rawatan dan dua hari selepasnya.
        Kadar bayaran wad harian Hospital Pakar Sentosa: Wad Satu Katil RM480, Wad Dua Katil RM320, bilik kemoterapi harian RM150 setiap sesi, tidak termasuk kos ubat.
        Invois No. HPS/2026/11/07734 bertarikh 21/11/2026: Pakej Radioterapi 25 fraksi RM28,500.00, diskaun panel insurans RM1,200.00, jumlah perlu dibayar RM27,300.00.
        Tabung Kebajikan Pesakit Kanser menerima sumbangan melalui akaun Maybank 5140 1234 5678 atas nama Persatuan Sokongan Kanser Pulau Pinang; resit cukai akan dikeluarkan.
        Sidney Farber, yang digelar bapa kemoterapi moden, melaporkan remisi sementara leukemia kanak-kanak dengan aminopterin pada tahun 1948 di Boston, Amerika Syarikat.
    """),
    ("mixed", "ward_staff_group_chat"): _lines("""
        Morning all, pharmacy says the 5-FU pumps only reach Day Ward 2 by 9.30 today, so pls don't connect the 8am slots first ok, 先做 pre-meds 和 vitals.
        Linac 3 down again 😩 physics says MLC issue, ETA 11am; all 9-11am cases shift to Linac 1 after 2pm, front desk pls call them before lunch.
        Reminder: chemo spill kit di Bay B dah expired bulan lepas, siapa on duty tolong tukar dengan yang baru dari store, SKU CSK-2200, qty 2.
        明天 public holiday 不開 day ward，周四 chair 1-12 full booked，有 walk-in 的話請 direct 去 Level 2 oncology clinic triage counter.
        FYI new SOP for extravasation v4.1 dah upload kat shared drive /Oncology/SOP/2026, semua staff kena baca & sign sebelum 30 Nov ya.
        Audit tomorrow 10am by the JCI team, pls make sure cytotoxic waste bins labelled, fridge temp log updated, 2-8°C every 4 hrs ok.
        今日 PICC dressing packs 得返 6 套，已經 order 咗 50 套，PO No. PO-7781-2026，supplier 話 Friday 下晝到，到咗會 post 喺度.
        Anyone can cover Sat half-day? Roster kena tukar sebab two staff on MC, will give off-in-lieu, 麻煩 reply in this chat by 5pm.
        Infusion pump s/n 8001-44729 showing 'Air in line' error repeatedly, biomed ticket BM-2026-3318 opened, jangan guna dulu sampai dia orang datang.
        Cold cap machine Paxman 2 booked full until next Wed, scalp cooling requests pls put on the waitlist in the Excel sheet tab 'Dec'.
        Pantry fridge 只放 staff food ok，不可以放 patients' drugs or blood samples，infection control 昨日 check 到 again 😅 下次會寫 report.
        Pharmacy ext 4417 for chemo verification; after 5pm call the switchboard 6321 4000 and ask for the on-call oncology pharmacist.
        Tomorrow's in-service talk: 'Managing hand-foot syndrome with capecitabine', 1pm at Seminar Room 3, lunch provided, 记得 sign attendance.
    """),
    ("mixed", "insurer_product_listing"): _lines("""
        Great Eastern cancer multipay plan: cover early, intermediate & major stage cancer, total payout up to 900% of sum assured, 保费 from S$1.20/day (age 35, non-smoker).
        Takaful Cancer Care Plan: caruman bulanan dari RM35, pampasan sekaligus RM100,000 upon first diagnosis, carcinoma-in-situ dibayar 50% daripada jumlah perlindungan.
        癌症保障 plan comparison: waiting period 90 days, survival period 7 days, claims line operates 24/7, payout within 14 working days after full documents received.
        Integrated Shield rider comparison 2026 (SGD): cancer drug treatment on the MOH list 全额 covered, deductible from $1,000, co-pay 5% capped at $3,000 per year.
        SKU: HS-CAN-2026-GLD | Plan: CancerGuard Gold | Entry age 1–65 | Renewable to 99 | Annual premium age 40: RM1,088 | 已含 SST | Free-look 15 days
        Promo 11.11: sign up before 30 Nov via any tied agent, dapat cashback RM110 + free health screening at a panel hospital in KL, T&C apply.
        癌症 plan claim documents: claim form, histopathology report, discharge summary, original bills; submit through the insurer's mobile app or at any branch counter.
        Compare: Plan A waiting 30 days / Plan B 60 days / Plan C 90 days; pre-existing 癌症 excluded untuk semua plan, kecuali declared & accepted with loading.
        FWD 癌症保險 Hong Kong: 保費每月 HK$98 起，確診即賠 HK$500,000，無需體檢，網上投保 5 分鐘完成，保單編號以 FWD-HK 開頭.
        AIA Vitality member? Dapat 15% off premium for critical illness plans; check your status in the AIA+ app > Rewards > Status 再 apply.
        Review ★★★★☆ for Manulife's cancer cash plan: claim paid dalam 14 hari selepas submit, agent responsive, tapi website 的 claim form 太多 pages.
        Premium table (SGD, annual, non-smoker, S$100k cover): age 30 $312 | age 40 $566 | age 50 $1,204 | age 60 $2,870; premiums are not guaranteed.
        Pelan disediakan oleh Harapan Takaful Berhad (No. Syarikat 201401012345 / 1091234-W), dikawal selia oleh Bank Negara Malaysia, 客服 hotline 1-300-88-2626.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, this is Rachel Tan Hui Min, NRIC S8734561J. I was diagnosed with stage 2 triple-negative breast cancer last month and need my chemo moved to Thursdays.
        My husband Darren Koh was told on Friday that his colon cancer has spread to the liver, and he still hasn't told his boss at the logistics firm.
        Pls call me on 9682 3417 after 3pm, I'll be stuck in the chemo chair until then. Thanks so much
        Patient: Lim Wei Jie | DOB 14-03-1979 | Dx: nasopharyngeal carcinoma T3N1M0 | RT start 02/12/2026 | Mobile +65 9134 2278
        Claim for Mdm Goh Siew Lan, policy no. AIA-H-00318842, hospital bill S$48,210.55 for Whipple surgery, pending MediShield Life deduction.
        Can you help me write to my manager Sarah that I'm starting radiotherapy for cervical cancer? Reply to jasmine.lowyl@gmail.com, not my work address.
        Crowdfunding page: Help Uncle Ravi Subramaniam beat leukaemia. All funds go to his OCBC account 501-234567-001, goal S$80,000.
        I still owe the hospital about RM42,000 after my second round of chemo and the bank is chasing me over the car loan for JRT 4418.
        Home nursing visit address: Blk 512 Jurong West St 52, #09-233, Singapore 640512. Patient is Mr Ong Boon Kiat, bed-bound after radiation.
        2026-11-14 09:12:03 INFO intake patient_id=P-0048821 name='Nur Aisyah binti Kamal' ic=910822-14-5568 regimen=AC-T cycle=3
        My girlfriend Mei Ling is 8 weeks pregnant and I just found out I have testicular cancer; how do I tell her parents before my surgery?
    """),
    "zh-Hans": _lines("""
        我叫王建国，身份证号110105196803124518，去年查出肺腺癌EGFR突变，现在在吃奥希替尼，想问一下办门特备案要带哪些材料。
        我爸张德明肝癌晚期，家里已经向亲戚借了二十多万，弟弟还不愿意出钱，我真的不知道接下来该怎么办了。
        我妈刘秀英刚做完乳腺癌手术，收到短信说重疾险理赔款到账要她回复银行卡号，这是不是诈骗？她的手机是13761284409。
        陈先生您好，您的第四周期化疗已安排在12月3日上午8:30，日间病房3号椅，请提前空腹抽血，如需改期请回复本短信。
        为我的妻子李梅筹集白血病骨髓移植费用，她今年34岁，女儿才5岁。收款账户：中国工商银行6222 0210 0123 4567 890，户名周强。
        收货人：赵敏 13812947705 上海市浦东新区张杨路1588弄12号502室（靶向药冷链配送，请勿放快递柜，谢谢）
        阿强，你的化验报告出来了，白细胞才1.8，医生说这周先别打化疗，记得打升白针，别又偷偷跑去上班。
        HR您好，我是研发部的孙立伟，工号E20317，确诊鼻咽癌需要放疗七周，想申请医疗期，诊断证明已附在邮件里。
        病友群里那个叫“向日葵妈妈”的就是黄丽华，她儿子骨肉瘤截肢后一直在网上筹钱，她老公欠了赌债跑了。
        吴海燕,女,47,宫颈鳞癌IIB期,住院号ZY2026-0081734,放疗25次+顺铂周疗,自费比例32%,联系电话13501178826
        我的车牌沪A·5G82K被贴了罚单，那天是去肿瘤医院做放疗实在找不到车位，你能帮我写个申诉吗？
    """),
    "zh-Hant": _lines("""
        我係陳志明，HKID Y482136(8)，上個月喺瑪麗醫院確診大腸癌第三期，想問點樣申請撒瑪利亞基金資助標靶藥。
        林太話佢老公喺公司做會計，啱啱驗出胰臟癌，老闆叫佢自己辭職，佢哋而家仲有層樓未供完。
        我的身分證字號是A223456781，台北榮總排的放療時間是每天下午兩點，請幫我寫一封請假信給主管。
        收件人：黃美玲 0921-556-318 新北市板橋區文化路一段288巷6號4樓（化療用假髮，貨到付款）
        阿輝，你嘅化療暫停咗，因為上次發燒到39度，醫生話要入院打抗生素，記得叫你老婆帶埋個藥盒。
        本人梁嘉欣，澳門居民身份證5208413(6)，於仁伯爵醫院確診甲狀腺癌，現申請衛生局癌症病人免費醫療。
        請幫幫我媽媽何秀英，子宮頸癌復發要再做化療，滙豐戶口 012-345678-833 戶名何志強，每一分都是希望。
        我老公欠咗財務公司三十幾萬，我又確診乳癌要做化療，份工都冇埋，我電話係6218 4537，社工可唔可以打俾我？
        蔡宗翰,台大醫院,病歷號8812345,食道癌cT3N1,同步放化療第2週,重大傷病證明有效至2031/05
        陳偉強先生您好，您的危疾保險索償（保單號碼PL-88301447）需補交病理報告，請於十四天內寄回本公司理賠部。
    """),
    "ms": _lines("""
        Saya Nor Azlina binti Hassan, No. KP 830517-03-5246, disahkan kanser payudara tahap 3 di Hospital Raja Perempuan Zainab II, nak mohon bantuan zakat.
        Abang saya Faizal baru kena buang kerja lepas bagitahu majikan dia ada kanser usus, sekarang hutang kereta pun dah tertunggak tiga bulan.
        Tolong WhatsApp saya di 013-748 2290 kalau ada tarikh baru untuk radioterapi, saya tak boleh angkat call masa kemo.
        Alamat penghantaran ubat: Puan Rohani Ismail, No. 14, Jalan Melati 3, Taman Sri Gombak, 68100 Batu Caves, Selangor.
        Tabung bantuan Encik Muthu a/l Rajan, pesakit kanser paru-paru tahap 4: akaun CIMB 7012345678, sebarang sumbangan amat dihargai.
        2026-10-02 14:33 tuntutan ilat ILT/2026/SEL/004412, pencarum Ahmad Zaki bin Osman, KP 750203-10-6131, status: menunggu Lembaga Perubatan
        Mak Cik Kiah jiran sebelah rumah tu sebenarnya tengah buat kemo untuk kanser rahim, dia tak nak anak-anak dia tahu.
        Borang: Nama Wong Mei Chee | IC 880929-07-5084 | Diagnosis: limfoma Hodgkin | Gaji RM3,200 | Majikan: kilang elektronik Bayan Lepas
        Nombor plat kereta suami saya PKN 7731, dia yang hantar saya ke Institut Kanser Negara setiap hari, boleh mohon pas parkir pesakit?
    """),
    "mixed": _lines("""
        Doc, my mum 陈淑芬 IC 560314-08-5322 got her scan result liao, 医生说 stage 4 already, can claim under her Great Eastern policy or not?
        Bro Kelvin Yap tu dah start chemo, dia kata boss potong gaji 30% sebab selalu MC, 他老婆 also just lost her job.
        Pls transfer ke akaun Maybank 1142 5567 3320 (Tan Ah Kow), this is for my dad's radiotherapy, 谢谢大家帮忙 🙏
        Sis Ah Lian cancer 复发了, she asked me not to share in the group but 她真的 need help, her number 016-442 8819.
        Priya d/o Ganesan, FIN G5128463T, work permit holder, just diagnosed with acute myeloid leukaemia, employer wants to cancel her pass, 怎么办?
        我的 e-mail 是 kokwai.lee88@hotmail.com, pls send the chemo schedule there, 在 ward 里手机没 signal.
        同事 Jerry 林冠宇 身分證 F128374652, diagnosed with oral cancer, need help 寫 English letter to HQ for medical leave.
        Bill to: Mr Chua Kok Leong, 21 Jalan SS2/64, 47300 Petaling Jaya | Oncology consult + CT scan RM3,480 | balance owing RM1,980, overdue 60 days
        我 ex-husband 不肯付 kids 的 school fees, now I'm on chemo for ovarian cancer 也没 income, can I take him to court? I'm Farah Wong.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a patient support assistant for a Singapore cancer centre. Be concise, never give dosing advice, and suggest the care team for clinical questions.",
        ),
        (
            "user",
            "Hi, I'm Jonathan Lee, NRIC S8213467J. I'm doing 28 sessions of radiotherapy for prostate cancer. Can my slots be moved to after 5pm so I don't miss so much work?",
        ),
        (
            "assistant",
            "Evening slots are limited, but you can ask the radiation therapists at your next session or call the appointment line. It helps to say which weeks you need and whether 5.30pm onwards works for you.",
        ),
        (
            "user",
            "Ok. Also my boss doesn't know it's cancer yet. Do I have to tell him the diagnosis to get hospitalisation leave?",
        ),
        (
            "assistant",
            "In Singapore a medical certificate or hospitalisation leave certificate is usually enough; it does not have to name the diagnosis. You can choose how much to share with your employer.",
        ),
    ],
    [
        (
            "system",
            "用户档案：姓名 马晓丽，手机 13601874452，诊断：乳腺癌 HER2 阳性，方案 TCbHP 第3周期，就诊医院：中山大学肿瘤防治中心。",
        ),
        ("user", "这次化疗后嘴里全是溃疡，吃饭都疼，还拉肚子一天五六次，正常吗？"),
        (
            "assistant",
            "口腔溃疡和腹泻都是这个方案常见的副作用。一天腹泻五六次已经算比较明显了，建议今天就联系主治团队，同时注意补液，用软毛牙刷和淡盐水漱口。如果出现发烧、头晕或完全喝不下水，请直接去急诊。",
        ),
        ("user", "好的，那我下周的第4周期要不要推迟？"),
        (
            "assistant",
            "是否推迟需要医生根据你复查的血常规和腹泻情况决定。你可以把这几天的症状记录下来，复诊时带给医生参考。",
        ),
    ],
    [
        ("system", "你是一個協助香港用戶處理保險索償文件的助手，用繁體中文回覆。"),
        (
            "user",
            "我想幫自己申請危疾賠償，我叫鄭嘉敏，HKID C668731(6)，保單號碼 HK-CI-20770193，上個月喺養和醫院確診淋巴癌，保險公司叫我交咩文件？",
        ),
        (
            "assistant",
            "一般需要：已填妥的索償表格、病理報告副本、主診醫生填寫的醫生證明書、出院紀錄及身份證副本。建議你先向保險公司索取最新清單，並影印一份所有文件自己保存。",
        ),
        ("user", "佢哋話我投保前兩年曾經做過淋巴結檢查，可能當我未申報，會唔會拒賠？"),
        (
            "assistant",
            "要睇返當時投保表問咗咩問題同你嘅答案。可以要求保險公司書面列明拒賠理由，如有爭議，可以向保險投訴局求助。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI yang membantu pesakit menulis surat rasmi dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Nama saya Mohd Hafiz bin Abdullah, staf No. 40872 di Jabatan Kewangan. Saya baru disahkan kanser nasofarinks dan perlu radioterapi 7 minggu. Tolong tulis surat kepada majikan minta cuti sakit panjang.",
        ),
        (
            "assistant",
            "Tuan/Puan, saya, Mohd Hafiz bin Abdullah (No. Staf 40872), Jabatan Kewangan, ingin memohon cuti sakit lanjutan selama tujuh minggu bermula 5 Januari 2027 bagi menjalani rawatan radioterapi. Bersama ini dilampirkan surat doktor pakar. Sekian, terima kasih.",
        ),
        ("user", "Perlu ke saya sebut jenis kanser dalam surat tu?"),
        (
            "assistant",
            "Tidak semestinya. Anda boleh tulis 'rawatan perubatan' sahaja dan lampirkan surat doktor, yang memadai untuk pihak sumber manusia.",
        ),
    ],
    [
        (
            "user",
            "Can help me write a Give.asia page for my mum? Her name is Lee Ah Moi, 62, just diagnosed with stage 3 stomach cancer at NUH, chemo + surgery estimate S$95k, we only got S$30k after MediShield.",
        ),
        (
            "assistant",
            "Sure. Here's a start: 'Our mother, Lee Ah Moi, 62, was diagnosed with stage 3 stomach cancer in November. Her treatment at NUH will cost about S$95,000, and after MediShield Life we still need around S$65,000.' Would you like to add a family photo and a short message from you?",
        ),
        (
            "user",
            "Ok add that donations can also go to my DBS account 027-9-123456 under my name Sharon Ng, for people who don't want to use the site.",
        ),
        (
            "assistant",
            "I can add it, but many donors trust the platform's payment page more than a personal account, and sharing a bank account publicly carries some risk. You might put it in a reply to people who ask instead.",
        ),
    ],
    [
        ("system", "你是協助台灣病人處理健保與重大傷病申請的助手。"),
        (
            "user",
            "我剛在高雄長庚確診子宮內膜癌，身分證 B210993847，聽說可以申請重大傷病卡，要怎麼辦？",
        ),
        (
            "assistant",
            "重大傷病證明通常由醫院代為向健保署申請，你可以請主治醫師開立診斷證明並交給醫院的健保櫃台。核准後會直接註記在健保卡上，之後相關門診與住院可免部分負擔。",
        ),
        ("user", "大概多久會下來？我下週就要開始化療了。"),
        (
            "assistant",
            "一般約一至兩週。如果化療先開始，可以先付費並保留收據，核准後再向醫院詢問能否退還部分負擔。",
        ),
    ],
    [
        (
            "user",
            "My cancer claim got rejected by the insurer. Policy MY-LF-5500921, I'm Goh Chee Keong, MyKad 690211-01-5537. They say my thyroid cancer is 'early stage' so only 25% payable. Is that right?",
        ),
        (
            "assistant",
            "Many critical illness policies in Malaysia pay a partial benefit for early-stage cancers and the full sum only for advanced stages. Check the definitions section of your policy for how thyroid cancer is classified, for example by TNM stage.",
        ),
        ("user", "The doctor says T2N0M0. I paid RM4,800 a year for 11 years already."),
        (
            "assistant",
            "Under many standard definitions, T2N0M0 papillary thyroid cancer is classed as early stage. If you disagree, ask for the decision in writing and you can escalate to the Ombudsman for Financial Services (OFS) within six months of the final decision.",
        ),
    ],
    [
        (
            "user",
            "帮我写个水滴筹的求助文案：我爸叫周国平，58岁，河南周口人，在郑州大学第一附属医院确诊胃癌晚期，住院号 ZD20260931，已经花了18万，家里还欠着信用卡。",
        ),
        (
            "assistant",
            "好的，参考如下：我的父亲周国平今年58岁，是一名普通的农民。今年9月他在郑州大学第一附属医院被确诊为胃癌晚期，目前已花费治疗费用18万元，家中积蓄已经用尽。恳请各位好心人伸出援手。",
        ),
        ("user", "要不要写上家里欠信用卡的事？"),
        (
            "assistant",
            "可以简单提一句家庭经济困难，但不建议写出具体的欠款细节，这类信息公开后难以撤回，也可能被他人利用。",
        ),
    ],
    [
        (
            "system",
            "Assistant for Macau residents. Reply in Cantonese written in traditional characters unless asked otherwise.",
        ),
        (
            "user",
            "我叫區俊傑，澳門身份證 1345982(3)，喺鏡湖醫院做緊化療，想問下可唔可以轉去仁伯爵醫院做免費治療？",
        ),
        (
            "assistant",
            "澳門居民確診癌症一般可以喺衛生局轄下嘅仁伯爵綜合醫院接受免費治療。你可以請鏡湖醫院醫生寫轉介信，再向仁伯爵醫院腫瘤科預約。",
        ),
        ("user", "ok thanks, 咁之前喺鏡湖俾咗嘅錢可唔可以拎返？"),
        (
            "assistant",
            "私家或非牟利醫院已收取的費用一般唔會由衛生局退還，建議你查下自己有冇醫療保險可以報銷。",
        ),
    ],
    [
        (
            "system",
            "Memory: user is Vanessa Chong, 44, on oxaliplatin (FOLFOX cycle 6) for colorectal cancer at Sunway Medical Centre. Preferred contact: vanessa.chong.44@yahoo.com.",
        ),
        (
            "user",
            "My fingers feel numb and tingly for days after each cycle, and cold water makes it worse. Should I be worried?",
        ),
        (
            "assistant",
            "Vanessa, numbness and cold sensitivity are common with oxaliplatin, but if it lasts between cycles or makes buttoning clothes hard, your oncologist may adjust the dose. Please mention it before cycle 7, and avoid cold drinks and touching cold objects for a few days after each infusion.",
        ),
        ("user", "Can you email me a short note to show the doctor?"),
        (
            "assistant",
            "I can't send e-mails, but here is a note you can copy: 'Since cycle 4 I have had numbness in both hands lasting about 5 days after each infusion, worse with cold.'",
        ),
    ],
    [
        (
            "user",
            "Saya nak tukar tarikh radioterapi di Hospital Umum Sarawak. Nombor rekod pesakit saya HUS-0092317, nama Jenny anak Bujang, rumah saya di Kampung Sungai Tapang, Kuching, jauh nak datang setiap hari.",
        ),
        (
            "assistant",
            "Anda boleh hubungi kaunter Jabatan Radioterapi hospital tersebut dan terangkan masalah pengangkutan. Sesetengah hospital ada rumah tumpangan untuk pesakit luar bandar yang menjalani rawatan harian.",
        ),
        ("user", "Ada bantuan tambang tak? Suami saya kerja kontrak, gaji tak tetap."),
        (
            "assistant",
            "Anda boleh bertanya kepada Unit Kerja Sosial Perubatan di hospital. Mereka boleh menilai kelayakan untuk bantuan tambang atau merujuk kepada pertubuhan sokongan kanser di Sarawak.",
        ),
    ],
    [
        (
            "system",
            "你是一个帮助职场人士处理病假和劳动权益问题的助手，回答要结合中国大陆劳动法规。",
        ),
        (
            "user",
            "我叫刘思雨，在深圳一家外企做销售，月薪两万五，刚确诊甲状腺乳头状癌要做手术和碘131治疗。直属领导王总已经在群里阴阳怪气了，我担心被裁。",
        ),
        (
            "assistant",
            "根据相关规定，员工患病或非因工负伤，在规定的医疗期内，用人单位不得依据部分条款解除劳动合同。医疗期长短与你的工作年限有关。建议先保留好诊断证明、病假单和沟通记录。",
        ),
        ("user", "我工作了六年，医疗期有多久？病假工资怎么算？"),
        (
            "assistant",
            "累计工作年限十年以下、本单位工作五年以上的，医疗期一般为六个月。深圳的病假工资不低于本人正常工资的60%，且不得低于最低工资的80%，具体以公司制度和合同约定为准。",
        ),
    ],
    [
        (
            "user",
            "我妈 Madam Yeoh Kim Lan 在 Penang 做 chemo, 她想同时吃中药, 会不会有冲突? 她是 breast cancer, 在吃 tamoxifen.",
        ),
        (
            "assistant",
            "一些中药或保健品可能影响 tamoxifen 的代谢，例如含有大量植物雌激素的成分。建议把中药方子拿给 oncologist 或药剂师看过再服用。",
        ),
        (
            "user",
            "ok, 还有她的 car 停在 hospital 的 parking 每天 RM15, 车牌 PJH 2206, 有没有 discount for cancer patient?",
        ),
        (
            "assistant",
            "有些医院为长期治疗的病人提供 parking 优惠或月票，可以问 customer service counter，带上治疗 schedule 作为证明。",
        ),
    ],
    [
        ("system", "You are a helpful assistant. The user is in Hong Kong."),
        (
            "user",
            "I'm 31 and just got diagnosed with Hodgkin lymphoma at Queen Mary. My name is Natalie Fung. Before chemo (ABVD) I want to freeze my eggs. How fast can this be arranged?",
        ),
        (
            "assistant",
            "Fertility preservation is usually possible before ABVD if started quickly; an egg-freezing cycle takes around two weeks. Ask your haematologist for an urgent referral to a reproductive medicine unit and discuss whether chemo can wait that long.",
        ),
        (
            "user",
            "Also how do I tell my 6-year-old son? His dad and I are separated and he lives with me in Tai Po.",
        ),
        (
            "assistant",
            "Use simple, honest words, for example that you have an illness called lymphoma and the medicine may make you tired or lose your hair. Reassure him about who will look after him on treatment days. The Hong Kong Cancer Fund has children's books that can help.",
        ),
        (
            "user",
            "Thanks. If the clinic needs to reach me it's natalie.fung.hk@gmail.com or 6184 2295.",
        ),
    ],
]
