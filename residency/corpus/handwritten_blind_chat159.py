# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat159: chats with an assistant about one's own problems with a domestic helper or as one (salary, rest days, passports kept by employers, abuse, transfers, levies, loans from agencies). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat159
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "employer_faq"): _lines("""
        Q: How much is the monthly levy for a migrant domestic worker? A: The standard rate is S$300; the concessionary rate of S$60 applies if a child under 16 or a person aged 67+ lives in the household.
        Q: Must my helper get a rest day every week? A: Yes. Since 1 Jan 2023 at least one rest day a month cannot be compensated away; the other rest days may be bought back at one day's salary each.
        Q: Can the employer keep the helper's passport for safekeeping? A: No. Holding a worker's passport without her consent is an offence under the Passports Act; keep a photocopy, never the original.
        Q: What is the security bond? A: S$5,000 for each non-Malaysian helper, usually bought as an insurance guarantee costing about S$70 to S$120 for a 26-month policy.
        Q: Where can helpers get free advice in their own language? A: The HOME helpline 1800 797 7977 and the CDE 24-hour helpline 1800 2255 233 both take calls in English, Bahasa Indonesia and Tagalog.
        Q: Is medical insurance compulsory? A: Yes. From 1 July 2023 the policy must cover at least S$60,000 a year for inpatient care and day surgery, plus S$60,000 personal accident cover.
        Q: How long is the Settling-in Programme? A: One day, attended within 3 working days of arrival; the fee of about S$75 is paid by the employer and must not be deducted from salary.
        Q: Can the agency make the worker take a placement loan? A: Fees charged to the worker are capped at one month's salary per year of the contract, and at two months' salary in total.
        Q: My helper wants to transfer after 6 months, when does the levy stop? A: On the day the work permit is cancelled; any overpaid amount goes back to the GIRO account within about 30 days.
        Q: Can my helper clean my sister's flat on Sundays? A: No. She may only work at the address on the work permit; deploying her elsewhere can lead to a fine of up to S$10,000.
        Q: What are the age rules? A: The helper must be 23 to 50 on first application with at least 8 years of formal education; the employer must be 21 or older and not an undischarged bankrupt.
        Q: Where do I go in person? A: MOM Services Centre, 1500 Bendemeer Road, Singapore 339946, by appointment only; general enquiries by phone on 6438 5122, Mon-Fri 8.30am-5.30pm.
        Q: Do I pay the levy if my helper is on home leave for 3 weeks? A: Yes. The levy is charged for every day the work permit is valid, including home leave and hospital stays.
    """),
    ("zh-Hant", "勞工處通告"): _lines("""
        勞工處公布：由2024年9月28日起，外籍家庭傭工的規定最低工資調整至每月港幣4,990元，膳食津貼不少於每月港幣1,236元，適用於當日或之後簽訂的合約。
        根據《僱傭條例》，外傭每七天享有不少於一天休息日，休息日為連續不少於24小時；僱主不得強迫外傭於休息日工作，違例者最高可被罰款港幣50,000元。
        提提你：僱主或職業介紹所代為保管外傭的護照或身份證明文件均可能觸犯法例。如有查詢，請致電勞工處外傭專線 2157 9537（24小時，設多種語言服務）。
        職業介紹所向求職者收取的佣金，不得超過該求職者獲聘後首月工資的百分之十；超收佣金屬刑事罪行，最高可被罰款港幣350,000元及監禁三年。
        職業介紹所事務科辦事處位於九龍長沙灣道303號長沙灣政府合署；查詢電話 2115 3667，辦公時間為星期一至五上午九時至下午五時四十五分。
        外傭標準僱傭合約（表格 ID 407）必須由僱主及外傭雙方簽署，並於外傭抵港前連同簽證申請遞交入境事務處；合約期為兩年，期滿後可申請續約。
        若合約提早終止，外傭須於合約終止後兩星期內或原本准許逗留期限屆滿前（以較早者為準）離港，除非獲入境事務處處長另行批准延期逗留。
        僱主必須為外傭購買僱員補償保險，涵蓋因工受傷及職業病；未有按《僱員補償條例》投保的僱主，最高可被罰款港幣100,000元及監禁兩年。
        根據標準僱傭合約，清潔窗戶外側時外傭身體任何部分均不得伸出窗外，除非窗戶位於地面或毗連露台；颱風及黑色暴雨警告期間亦不應安排外出工作。
        勞工處將於2025年10月19日（星期日）在中環遮打道行人專用區舉辦外傭權益推廣日，現場設印尼語、他加祿語及泰語諮詢攤位，歡迎僱主及外傭參加。
        長期服務金：外傭連續受僱滿五年後被解僱，一般可獲長期服務金；由於外傭不受強積金計劃涵蓋，2025年5月1日取消對沖安排對其計算方法並無影響。
        標準合約規定，外傭抵港及合約完結返回原居地的機票由僱主支付，並須提供每日不少於港幣100元的交通津貼，直至外傭抵達原居地為止。
        入境事務處查詢熱線 2824 6111；外傭簽證續期可透過「入境處流動應用程式」或網站 www.immd.gov.hk 預約，申請費用為港幣230元。
    """),
    ("zh-Hans", "门店员工群聊"): _lines("""
        【通知】明天上午9:30在培训中心二楼开岗前培训，本期共18位学员，请各门店督导提前把体检报告复印件交到前台，原件一律不要收。
        财务提醒：11月服务费发票已全部开出，发票号码 No.44031125 至 No.44031162，请各店长在系统里核对金额后点“已确认”，周五前完成。
        深圳南山店今天签了6单育婴师、3单住家保姆，合同编号 JZ-SZ-20251118-031 到 JZ-SZ-20251118-039，押金全部走公司对公账户，不收现金。
        下午3点总部开会讨论春节返乡潮，预计腊月二十起住家阿姨请假率会到40%左右，各店提前准备替班人员，替班费按每天300元标准结算。
        系统升级通知：家政宝 App 2.8.4 版本今晚 23:00-01:00 停服维护，维护期间雇主端无法下单和续约，请客服提前在公众号发公告告知客户。
        小红书上那篇说我们扣阿姨工资的帖子，法务已经出了回复，统一口径：服务费由雇主支付，公司不从家政员工资中扣取任何管理费或培训费。
        上海徐汇门店搬到漕溪北路398号汇智大厦12楼1205室了，门店座机改为 021-6438 2190，旧号码下个月1号停用，请大家更新名片和宣传单。
        提醒各位：客户咨询新加坡、香港外佣的，统一转给跨境业务组，我们门店只做国内家政，不能代办工作准证，也不能收取任何出境中介费。
        培训部：月嫂高级证书考试定在12月6日，地点是区人社局职业技能鉴定中心三楼，报名费380元/人，本周五下午5点截止，逾期不再补报。
        客服周报：本周投诉共23单，其中工资结算类11单、休息日争议7单、合同解除5单，平均处理时长2.6天，比上周缩短0.4天，继续保持。
        @全体成员 保险到期名单已导出为 insurance_due_202512.xlsx，放在共享盘 /运营/保险 目录下，请各店长今天下班前完成续保并在表里打勾。
        北京朝阳店的投诉热线 400-820-6677 转接有问题，客户打进来直接挂断，IT 正在排查，今天先临时用门店座机 010-8577 3321 接听。
        周报模板更新：新增“住家保姆月休天数”“是否签署书面合同”“工资是否按时发放”三列，请各店长下周一前按新模板提交，旧模板不再接收。
    """),
    ("ms", "senarai_harga_agensi"): _lines("""
        Pakej Pembantu Rumah Indonesia 2025: RM16,800 termasuk tiket penerbangan, pemeriksaan FOMEMA, visa, insurans dan levi tahun pertama RM410.
        Pakej Pembantu Rumah Filipina: RM19,500, kontrak 2 tahun, gaji minimum USD400 sebulan mengikut syarat Kedutaan Filipina; deposit 50% semasa tempahan.
        Pakej Kemboja: RM14,900, harga belum termasuk levi; bayaran boleh dibuat secara ansuran 3 bulan tanpa faedah dengan kad kredit Maybank atau CIMB.
        Caj penggantian dalam tempoh 3 bulan pertama: PERCUMA bagi penggantian pertama; penggantian kedua dikenakan RM1,500 kos pentadbiran dan tiket.
        Pembaharuan PLKS pembantu rumah: RM650 caj perkhidmatan + levi RM410 + FOMEMA RM190 + insurans hospital RM120. Proses 7 hingga 14 hari bekerja.
        Caj kehadiran ke Jabatan Imigresen Putrajaya bagi pihak majikan: RM200 setiap lawatan; dokumen diambil dan dihantar semula melalui Pos Laju.
        Agensi Pekerjaan Seri Mutiara Sdn Bhd (No. Syarikat 201901028456 / 1338712-D), Lesen JTKSM/AP/0731, Tingkat 2, 14 Jalan SS2/24, 47300 Petaling Jaya.
        Talian Hotline: 03-7865 2210 | WhatsApp Pejabat: 012-377 0825 | E-mel: pertanyaan@serimutiara.com.my | Isnin-Sabtu 9.30 pagi hingga 6.00 petang.
        Taklimat majikan baharu di pejabat kami: PERCUMA, setiap Sabtu jam 10 pagi, merangkumi hak hari rehat, gaji melalui bank dan larangan menyimpan pasport.
        Promosi akhir tahun: diskaun RM500 untuk tempahan pembantu rumah Indonesia yang dibuat sebelum 31 Disember 2025, tertakluk kepada kuota dan terma.
        Perkhidmatan pembersihan separuh masa: RM25 sejam, minimum 4 jam; pakej bulanan 8 kali lawatan RM720 untuk kawasan Lembah Klang sahaja.
        Nota: Agensi tidak menyimpan pasport pekerja. Pasport diserahkan terus kepada pekerja selepas pengecopan visa, selaras dengan Akta Pasport 1966.
        Kod produk: PKG-IDN-24M (Indonesia), PKG-PHL-24M (Filipina), PKG-KHM-24M (Kemboja), PKG-RNW-12M (pembaharuan). Harga tertakluk kepada SST 8%.
    """),
    ("mixed", "log_lines"): _lines("""
        2025-11-18T09:14:22.381+08:00 INFO  payroll-svc 计算薪资 batch=PR-202511-SG-07 rows=1284 ok=1279 skipped=5 elapsed=3.42s
        2025-11-18T09:14:25.017+08:00 WARN  levy-sync GIRO file rejected by bank gateway code=E1032 reason="invalid deduction date" retry_at=09:44
        [2025-11-18 10:02:51] ERROR contract-gen 模板 ID407_zh-Hant_v3.docx 缺少字段 {{rest_day}} req_id=7c1e9a40-22b7-4d3e-9f51-0a8d6b2e1c33
        2025-11-18 10:05:07 INFO notif-svc hantar peringatan hari rehat: 342 mesej berjaya, 6 gagal (template rest_day_reminder_ms v2)
        Nov 18 10:11:45 agency-web-02 nginx: "GET /api/v2/packages?country=IDN&lang=ms HTTP/1.1" 200 4812 rt=0.084 upstream=10.20.0.8:8080
        2025-11-18T11:30:00Z CRON transfer-window 检查转雇申请 pending=58 expired=3 approved=12 next_run=2025-11-18T12:00:00Z
        2025-11-18 11:42:19,884 DEBUG loan-calc pinjaman_agensi principal=RM3200.00 tenure=8 instalment=RM400.00 cap_check=PASS rule=MY-2024-07
        2025-11-18 12:00:03 INFO backup 完成 snapshot=snap-0a91f3c7e2 size=18.4GB sha256=4f9c2b7e1a0d88e36c5b19f7a2e4d6c8b0a1f3e5d7c9b2a4e6f8091b3c5d7e9f
        2025-11-18 13:15:47 WARN passport-custody 政策检查: 3 份合约含“雇主保管护照”条款, 已自动标记 flag=POLICY_PASSPORT_HOLD queue=legal-review
        2025-11-18 14:20:11 INFO invoice-svc generated INV-HK-2025-118204 total=HKD 9,980.00 tax=0.00 status=ISSUED channel=FPS
        2025-11-18 15:03:29 ERROR sms-gw 发送失败 provider=Twilio code=30007 msg_id=SM5e1f0c2a9b7d4e3f8a6c1b0d9e2f7a3c retry=2/3
        2025-11-18 16:45:00 INFO tracking DHL AWB 4821937560 status=DELIVERED lokasi="KLIA Cargo, Sepang" dokumen=kontrak_batch_22
        2025-11-18 17:59:59 INFO metrics rest_day_compliance SG=97.2% HK=94.8% MY=88.1% TW=91.5% sample=12,406 contracts build=v5.11.0+g7f2c9e1
    """),
    ("en", "config_and_code"): _lines("""
        LEVY_RATES = {"standard": 300.00, "concessionary": 60.00}  # SGD per month, MOM rates in force for 2025
        rest_day_policy: {min_per_month_no_compensation: 1, compensation_rate: 1.0, default_day: SUN}  # config/sg/fdw.yaml
        def monthly_levy(workers: int, concessionary: bool = False) -> Decimal: return Decimal(60 if concessionary else 300) * workers
        NRIC_PATTERN = r"^[STFGM][0-9]{7}[A-Z]$"  # validate the format only; never write the raw value to logs
        HKID_PATTERN = "^[A-Z]{1,2}[0-9]{6}[(][0-9A][)]$"  # format check, check digit verified separately in hkid.py
        ALTER TABLE contracts ADD COLUMN passport_held_by VARCHAR(16) NOT NULL DEFAULT 'WORKER' CHECK (passport_held_by IN ('WORKER','NONE'));
        CREATE INDEX idx_transfer_requests_status_created ON transfer_requests (status, created_at DESC) WHERE status <> 'CLOSED';
        MIN_WAGE_HKD = 4990; FOOD_ALLOWANCE_HKD = 1236  # Labour Department, contracts signed on or after 2024-09-28
        AGENCY_FEE_CAP_MONTHS = min(contract_years, 2)  # SG: fee charged to worker <= 1 month salary per contract year
        pip install fdw-payroll==1.4.2 && fdw-payroll export --country MY --month 2025-11 --format csv --out payroll_2025_11.csv
        docker run -e TZ=Asia/Singapore -e DB_URL=postgres://app:changeme@db:5432/agency -p 8080:8080 ghcr.io/example/fdw-portal:2.3.0
        curl -X POST https://api.example.com/v1/loans/quote -H 'Content-Type: application/json' -d '{"principal":3200,"months":8,"currency":"MYR"}'
        LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s req=%(request_id)s %(message)s"  # no PII fields allowed in log records
    """),
    ("zh-Hant", "新聞與歷史"): _lines("""
        勞工及福利局局長孫玉菡今日出席立法會人力事務委員會會議，表示政府會檢討職業介紹所實務守則，加強打擊向外傭超收佣金及不當借貸。
        台灣勞動部長洪申翰在記者會上重申，雇主不得扣留移工護照或居留證，違者可處新台幣6萬至30萬元罰鍰，並呼籲移工遇事撥打1955專線。
        1974年，菲律賓總統馬可仕頒布《勞工法典》，推動海外勞務輸出政策，其後大批菲律賓女性赴港擔任家庭傭工，成為香港家務勞動的重要支柱。
        1995年，菲律賓家傭 Flor Contemplacion 在新加坡被處決，事件引發兩國外交風波，菲律賓國會同年通過《移工及海外菲人法》（RA 8042）。
        澳門勞工事務局公布，截至今年九月底，本澳持外地僱員身份認別證的家務工作者約3.1萬人，主要來自菲律賓、印尼及越南，按年微升2%。
        終審法院於2013年就外傭居港權案（FACV 19/2012）作出裁決，一致裁定外傭在港逗留期間不屬《基本法》所指的「通常居住」，上訴被駁回。
        印尼駐香港總領事館位於銅鑼灣禮頓道127-129號，設有勞工事務組，為外傭提供合約認證、護照換領及法律諮詢服務，星期日照常開放。
        國務院辦公廳於2019年印發《關於促進家政服務業提質擴容的意見》，提出建立家政服務人員持證上崗及信用記錄制度，業界俗稱「家政36條」。
        新加坡人力部長陳詩龍在國會答問時表示，當局去年共接獲涉及外籍女傭的虐待舉報約300宗，並強調會繼續向施虐僱主追究刑事責任。
        國際勞工組織《家庭工人公約》（第189號）於2011年通過，要求成員國保障家庭工人每週連續至少24小時的休息時間，香港至今未有確認適用。
        菲律賓駐港總領事館今年全面推行 DMW 網上系統，外傭可在網上預約申領海外就業證明（OEC），每日名額800個，毋須再到中環排隊。
        行政長官李家超在施政報告中提到，將研究為照顧長者的外傭提供培訓資助，並與社會福利署合作推出護老課程，首期名額為2,000個。
        台北市勞動局指出，今年首十個月共受理家庭看護工申訴1,284件，其中以「未給予休假」及「薪資短少」居多，兩者合計佔近六成。
    """),
    ("zh-Hans", "商家点评"): _lines("""
        ★★★★☆ 王嫂家政（徐汇店）前台接待很专业，合同条款写得很清楚，每月4天休息也写进了合同，就是服务费比隔壁那家贵了800块。
        ★☆☆☆☆ 这家中介说保姆包换三次，结果第二次换人就要加收1500元“匹配费”，客服电话 400-600-3215 一直打不通，真心不推荐。
        ★★★★★ 天鹅到家平台下单方便，阿姨资料里有健康证和培训记录可以查，订单号 TE20251103884216 售后响应也很快，点个赞。
        ★★☆☆☆ 朝阳区东三环中路39号建外SOHO里那家家政门店，装修挺好看，但合同里写着押金概不退还，大家签之前一定要看清楚。
        ★★★★☆ 在管家帮请过两次育儿嫂，价格比较透明：住家育儿嫂8500到12000元一个月，中介费按月薪的一半收，一次性付清。
        ★★★☆☆ 李姐月嫂中心的产后护理套餐26天18800元，包含两次催乳，服务还行，但门店停车很不方便，建议坐地铁2号线到静安寺站。
        ★★★★★ 广州天河体育西路这家家政培训学校，课程安排合理，育婴员证考试通过率挺高，学费2680元含教材和实操课，老师很耐心。
        ★☆☆☆☆ 广告上写着“菲佣合法引进”，其实国内私人家庭根本不能合法雇佣外籍家政，这家店已经被市场监管局约谈过，大家别上当。
        ★★★★☆ 深圳福田“好帮手家政”门店服务态度好，日常保洁3小时150元，工具自带，可以开发票，抬头写公司名称和税号就行。
        ★★☆☆☆ 这家的APP更新到3.2.0版本后，雇主端就看不到阿姨的休息日排班了，反馈给客服说下个版本修复，等了两周还没好。
        ★★★★★ 杭州西湖区文三路的“张妈妈家政”开了十几年，算是老字号了，口碑一直不错，钟点工45元一小时，节假日也不加价。
        ★★★☆☆ 门店宣称和人社部门合作搞“家政服务员星级评定”，实际上只是公司内部评级，价格按星级从6000到15000元不等，有点虚。
        ★★★★☆ 58到家的保洁预约很快，订单号 58DJ2025110900173，师傅准时上门，扣一星是因为临时加项收费没有提前说明清楚。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        My helper Maricel Dumalagan (FIN G5531872M) has not had a single rest day since March and my mother-in-law still keeps her passport in the bedroom safe.
        Hi, I'm Wulan Sari Dewi, working in Tampines for 2 years, my employer deducts S$150 every month as "loan repayment" to the agency, is that legal?
        Rosalinda, the helper at Blk 412 Bedok North Ave 2 #09-117, told me her employer slapped her twice last week and she has bruises on her arm.
        Employer contact for the transfer: Mr Kenneth Goh, 9187 4420, kenneth.goh.sg@gmail.com, prefers WhatsApp after 8pm on weekdays.
        Call me on +65 8346 2917, this is my new number, ma'am took my old phone and I can't reach my family.
        Jenalyn is 4 months pregnant and her employer in Jurong West wants to send her home before her clinic appointment on Friday.
        Name: Ana Marie Quiambao | Passport: P4829173B | WP No: 0 24193775 | Salary: S$650 | Off days: 2/month | Employer: Mdm Tan Bee Hoon
        I still owe PT Bina Karya Mandiri Rp 18,500,000 from the placement loan and their staff keep calling my husband Agus in Blitar to threaten him.
        My employer Mrs Cheung Wai Ling, Flat 12B, Block 31, Laguna City, Kwun Tong, has not paid my wages for October and November (HK$9,980).
        Lorna Bautista, HKID R385126(4), was terminated on 2 Nov and is still waiting for her long service payment and her air ticket home.
        My salary should go to POSB savings 188-52734-9 but ma'am says she will only transfer it after I sign the resignation letter.
        Our helper Dewi Lestari was diagnosed with tuberculosis at Tan Tock Seng last week, will MOM cancel her work permit and who pays the bill?
    """),
    "zh-Hans": _lines("""
        我是住家保姆，老板陈先生三个月没给我放过一天假，工资也从6500降到5000，说是扣了中介费，我该怎么办？
        雇主信息：刘海燕，身份证 450322198607142828，住址 广西桂林市临桂区金水路8号碧水华庭3栋1单元502，电话 13877351264。
        我家阿姨黄桂英今年58岁，上个月查出乳腺癌，合同还有五个月才到期，我们现在解约要赔多少钱？
        小芳是我们店介绍去的育儿嫂，她跟雇主吵架后说雇主打了她一巴掌，现在在南宁市第二人民医院检查，电话 18607719342。
        我叫邓春梅，当初借了中介公司2万块培训贷，每个月从工资里扣1800，现在还欠11400，我能不能不还了？
        转账记录：2025-10-15 向 王秀兰 招商银行 6214 8312 4507 9926 转账 ¥6,000.00 备注“10月工资”
        新加坡这边老板娘一直叫我阿娟，我真名叫苏娟，FIN是 F2764309N，她不让我周日出门，说出门一次就扣50块。
        住家阿姨微信号 zhangli_0422，手机 15920468831，之前在深圳福田一户人家做了三年，被辞退说是偷东西，警察没立案。
        林阿姨的儿子欠了高利贷，跑到我们家楼下闹事，雇主说再来一次就解约，她电话 139 5012 7748，中介要不要帮她处理？
        我和老公离婚后一个人带两个孩子，只能请住家保姆，前任保姆李翠萍把孩子的照片发到抖音上，我能告她吗？
    """),
    "zh-Hant": _lines("""
        我係僱主，工人姐姐Marites上個禮拜喺屋企跌倒傷咗腰，宜家喺伊利沙伯醫院留醫，我需要幫佢報工傷嗎？
        台北市大安區復興南路二段151巷8號4樓，雇主 吳建志 先生，看護工 Siti Aminah，每月薪資 NT$20,000，至今積欠兩個月。
        陳太話我偷咗佢條金鏈，仲話要報警，我喺佢度做咗三年，佢住喺將軍澳富康花園，我好驚佢會即刻炒我。
        身分證號碼 F226715844，姓名 林淑芬，聯絡電話 0912-487-365，申請聘僱外籍家庭看護工，被看護者為其父 林正雄（中度失智症）。
        我姨媽何綺雯住喺氹仔海洋花園，佢扣起咗印傭本護照，每個月得MOP 3,000人工，我想勸佢，但唔知法例點講。
        阿玲係我介紹去黃生屋企做嘢嘅，佢今朝WhatsApp我話俾老細鎖咗喺屋企唔俾出街，佢電話 6387 2215。
        外傭轉約申請：僱員 DELA CRUZ, JOVELYN MANALO，護照 P7731046A，新僱主 梁家豪，HKID K472019(9)，新地址 元朗錦繡花園F段5街21號。
        我老公失業咗半年，欠咗財務公司十幾萬，宜家連菲傭人工都俾唔到，我個名係鄧詠詩，可唔可以同工人講遲啲先俾？
        桃園市中壢區那位雇主張志明把看護Dwi的手機沒收，還要她每天工作16小時，Dwi說她有錄音，準備向1955申訴。
        看護工 Nur Hidayah 的居留證統一證號 H920471581，雇主李太太說證件由她保管，這樣合法嗎？
    """),
    "ms": _lines("""
        Saya Sri Wahyuni, pembantu rumah di Taman Tun Dr Ismail, majikan simpan pasport saya sejak 2023 dan tak bagi cuti langsung.
        Majikan saya Puan Noraini binti Hashim, no. IC 820915-14-5628, alamat No. 23, Jalan Kenari 5, Bandar Puchong Jaya, 47100 Puchong.
        Tolong telefon saya 013-458 2271, saya dah tak tahan, majikan pukul saya semalam sebab anak dia jatuh tangga.
        Gaji saya RM1,500 tapi setiap bulan dipotong RM500 untuk hutang agensi, dah 10 bulan. Nama saya Lestari, dari Lombok, kerja di Johor Bahru.
        Kak Yati dah tiga bulan tak dapat gaji, dia kata majikan dia kat Shah Alam cakap nak bayar sekaligus bila kontrak habis.
        Butiran pemindahan: Pekerja RAHMAWATI BINTI SUPARMAN, Pasport C4817263, Majikan baharu Encik Faizal bin Rosli, Tel 019-624 8813.
        Pembantu kami, Mbak Tarsini, baru disahkan hamil 3 bulan di Klinik Kesihatan Seksyen 7, apa kami kena buat dengan permit dia?
        Akaun Maybank 1640 2235 8714 atas nama Suryani, tolong pastikan gaji Oktober RM1,700 masuk sebelum 7 haribulan.
        Saya majikan, nama Lim Wei Keat, IC 780302-07-5113, nak tahu kalau saya boleh potong gaji pembantu sebab dia pecahkan TV.
        Suami saya kata lebih baik hantar Eka balik ke Jember sebab dia selalu sakit kepala dan dah pengsan dua kali di rumah kami di Kajang.
    """),
    "mixed": _lines("""
        Ma'am Chua 说 kalau saya ambil off day nanti potong $20, my FIN is G6128450N, boleh ke macam tu?
        我的 helper Jocelyn 上个礼拜 resign 了, but she still owes me S$1,200 advance salary, her number is 8902 3164, can I deduct from her last pay?
        老細 Mr Leung 叫我 sign 一張紙話 I received my salary 但其實冇收到, my HKID is Y610375(6), 點算?
        Ibu saya Sukarti kerja di Taipei jadi caregiver, 雇主說她失智的阿公打她, she has bruises, 電話 0978-216-540.
        Helper transfer form: Employer 黄志伟 / Tel +60 12-905 3378 / Worker Ernawati / Passport C9052716 / Reason: 雇主搬家去 Singapore
        Hi, my name is Mylene, 我喺美孚做嘢, 佢哋 every night 要我 massage 老爺, I feel very uncomfortable, is this sexual harassment?
        2025-11-03,Puan Rozita Abdullah,012-668 4190,Jalan Ampang,gaji RM1,800,hutang agensi RM2,400,status=belum bayar
        Dear assistant, 我嘅 employer 陳太 keep 住我本 passport, 佢個 email 係 chanmeiyee88@yahoo.com.hk, 我想寫信 ask 返本護照.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a helpful assistant for migrant domestic workers in Singapore. Answer kindly and accurately, and point to free help lines when useful.",
        ),
        (
            "user",
            "Hi, my name is Rowena Catapang, I work for a family in Pasir Ris. My employer gives me only one off day a month and keeps my passport in her drawer. Is this allowed?",
        ),
        (
            "assistant",
            "Hi Rowena, thank you for reaching out. Your employer must give you a weekly rest day, and at least one rest day a month cannot be replaced with extra pay. Keeping your passport without your consent is also not allowed. You can ask politely for it back, and if that does not work, call the MOM helpline or a support group such as HOME or CDE.",
        ),
        (
            "user",
            "She also says I must pay back S$2,400 for the agency loan before she releases my passport. My FIN is G7245016M if that helps.",
        ),
        (
            "assistant",
            "Please do not share your FIN here unless needed. The passport cannot be held as security for a loan. Agency fees charged to you are capped at one month's salary per year of contract, so S$2,400 may be too much. Keep your payslips and messages, and bring them when you speak to MOM.",
        ),
    ],
    [
        (
            "user",
            "My mum, Mdm Ong Siew Lan, NRIC S0412783H, is 82 and uses a wheelchair. We hired a helper for her last month. Can we get the levy concession?",
        ),
        (
            "assistant",
            "Yes, households with a person aged 67 or above usually qualify for the concessionary levy of S$60 a month instead of S$300. The helper must live at the same address registered for your mother. You can apply online through the MOM work permit portal.",
        ),
        (
            "user",
            "The helper is registered at my flat at 27 Jalan Bahagia #03-02, not my mum's. Does that matter?",
        ),
        (
            "assistant",
            "It does. The concession depends on the person who needs care living in the same household as the helper. If your mother lives with you at that address, update her address first; otherwise the concession may be refused.",
        ),
    ],
    [
        (
            "system",
            "You are a legal information assistant for domestic helpers in Hong Kong. You are not a lawyer; suggest the Labour Department and NGOs where relevant.",
        ),
        (
            "user",
            "Good evening po. I am Analyn Pascual, my employer terminated me yesterday without notice. She did not pay my November salary HK$4,990 and says I must leave Hong Kong in 2 weeks.",
        ),
        (
            "assistant",
            "I am sorry, Analyn. If your employer ended the contract without notice, you are entitled to one month's wages in lieu of notice, any unpaid wages, unused annual leave pay and a free air ticket home. You can file a claim at the Labour Department, and you may apply to extend your stay while the claim is heard.",
        ),
        (
            "user",
            "My ma'am's number is 9426 1873 and she blocked me. I am staying at a shelter in Jordan now. What should I bring?",
        ),
        (
            "assistant",
            "Bring your contract (ID 407), your passport, HKID, any payslips or bank records and screenshots of messages. The Labour Department will contact your employer for a conciliation meeting.",
        ),
    ],
    [
        (
            "system",
            "You are the WhatsApp assistant of Brightway Maid Agency, Singapore. Active case: worker Ni Luh Putu Ayu, passport C2217845, current employer Mr Desmond Lee (tel 9734 1182), transfer requested on 12 Nov.",
        ),
        (
            "user",
            "Please draft a short message to Mr Lee asking if he agrees to release Ayu for transfer at the end of the month.",
        ),
        (
            "assistant",
            "Dear Mr Lee, this is Brightway Maid Agency. We received Ayu's request to transfer and would like to check whether you agree to release her at the end of this month. We will arrange a new employer so that there is no gap in her work permit. Thank you.",
        ),
        (
            "user",
            "Add that the balance of her loan, S$800, will be settled by the new employer, not by her salary.",
        ),
        (
            "assistant",
            "Dear Mr Lee, this is Brightway Maid Agency. We received Ayu's request to transfer and would like to check whether you agree to release her at the end of this month. The remaining S$800 of her placement fee will be settled by the new employer and will not be deducted from her salary. Thank you.",
        ),
    ],
    [
        ("system", "你是一名劳动权益咨询助手，用简体中文回答家政服务人员的问题。"),
        (
            "user",
            "你好，我叫覃春燕，在广州天河一户人家做住家保姆两年了，老板说下个月起工资从7000降到5500，还说每个月只放两天假，不同意就走人。我该怎么办？",
        ),
        (
            "assistant",
            "你好。单方面降低工资需要双方协商一致，如果你签了书面协议，对方不能随意变更。建议你先保留工资转账记录和聊天记录，可以向家政公司或当地人社部门、法律援助中心咨询。",
        ),
        (
            "user",
            "我没签合同，是老乡介绍的。工资一直是老板娘 杨丽华 用微信转给我的，她手机是 13602479158。",
        ),
        (
            "assistant",
            "没有书面合同也可以用微信转账记录证明你们之间的雇佣关系和工资标准。建议把转账截图按月份整理好，再和雇主协商；协商不成可以申请调解或到法院起诉。",
        ),
    ],
    [
        (
            "user",
            "我家女佣 Nurul Aini 来新加坡一年了，最近老是哭，说家里妈妈病重，要提前回印尼。提前解约我要付什么钱？",
        ),
        (
            "assistant",
            "如果是她提出解约，一般需要按合同提前通知或支付代通知金。作为雇主，你需要为她买回国机票，并在她离境后一周内注销工作准证，保证金会在注销后退还。",
        ),
        ("user", "她说要等我把她的护照还给她才能订机票，护照一直放在我这里保管的。"),
        (
            "assistant",
            "请尽快把护照交还给她。即使是出于好意代为保管，没有她同意也可能违反护照法，新加坡人力部对此有明确提醒。",
        ),
    ],
    [
        ("system", "你是帮助外出务工人员的法律助手。"),
        (
            "user",
            "我叫莫桂芳，身份证 452627199002281547。去年在南宁一家家政中介报名去香港做家佣，中介让我在网贷平台借了18000元培训费，后来去不成，钱还要我还吗？",
        ),
        (
            "assistant",
            "这类由中介安排的“培训贷”近年纠纷很多。如果中介承诺的出境工作没有实现，你可以要求中介退还培训费并协商处理贷款。建议保留招生宣传、合同和付款记录，向当地市场监管部门和人社部门投诉。",
        ),
        ("user", "现在每天都有催收电话打给我妈，她有高血压，我很怕她出事。"),
        (
            "assistant",
            "催收方不能骚扰你的家人。可以把通话录音保存下来，向贷款平台所在地的金融监管部门或12378热线投诉，同时提醒家人不要透露个人信息。",
        ),
    ],
    [
        ("user", "我想問下，我個印傭 Sri Rahayu 做咗一年幾，佢話要轉工，我可唔可以唔俾佢走？"),
        (
            "assistant",
            "僱主不能強迫外傭繼續工作。雙方都可以按合約給予一個月通知或代通知金終止合約，終止後外傭須在兩星期內離港或辦理新簽證。",
        ),
        (
            "user",
            "佢之前借咗我八千蚊寄返鄉下俾佢細佬讀書，仲未還晒，我可唔可以喺佢最後嗰個月人工度扣返？",
        ),
        (
            "assistant",
            "根據《僱傭條例》，僱主只可以在法例容許的情況下扣減工資，私人借貸一般不在此列。你可以同佢傾一個還款安排，並寫低協議，但不可以單方面扣人工。",
        ),
    ],
    [
        ("system", "你是台灣移工與雇主的勞動權益諮詢助理，請用繁體中文回答。"),
        (
            "user",
            "我阿嬤的看護 Wahyuni 說她每天只睡四小時，因為阿嬤晚上會一直叫她。我爸 林國棟 說看護本來就要二十四小時。請問家庭看護工有休假規定嗎？",
        ),
        (
            "assistant",
            "家庭看護工目前不適用《勞動基準法》，但勞動契約一般都會約定每七日應有一日休息；若看護放棄休假，雇主應另給加班費。長期睡眠不足也可能影響照顧品質，可以考慮申請喘息服務。",
        ),
        ("user", "她的居留證號是 A823160942，仲介說可以幫我們申請喘息，要準備什麼？"),
        (
            "assistant",
            "可以向所在縣市的長期照顧管理中心申請，需準備被看護者的長照評估結果和聘僱許可函。不必把看護的居留證號傳給不相關的人，仲介辦理時再提供即可。",
        ),
    ],
    [
        (
            "user",
            "你好，我喺澳門做家務工作者，我叫 Maria Luz Tabangay，僱主扣咗我兩年嘅護照，話驚我走佬，我想拎返可唔可以去勞工局？",
        ),
        (
            "assistant",
            "你好，Maria。澳門的僱主不可以扣留外地僱員的證件，你可以向勞工事務局查詢或投訴，亦可聯絡菲律賓駐澳門總領事館尋求協助。",
        ),
        ("user", "我驚佢知道之後炒我。佢地址係 氹仔 濠景花園 第5座 18樓B，我淨係放假先可以出去。"),
        (
            "assistant",
            "明白你擔心。你可以在休息日親身到勞工事務局，或者先打電話查詢，職員會保密處理。如果被解僱，你亦有權追討未付工資和賠償。",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu maya yang menjawab soalan pekerja domestik asing di Malaysia dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Assalamualaikum, saya Siti Munawaroh, kerja di Klang. Majikan simpan pasport saya dan kata kalau saya nak balik Indonesia kena bayar RM6,000 dulu.",
        ),
        (
            "assistant",
            "Waalaikumsalam, Siti. Majikan tidak boleh menyimpan pasport anda tanpa kebenaran anda. Anda boleh menghubungi Jabatan Tenaga Kerja atau Kedutaan Besar Republik Indonesia di Kuala Lumpur untuk bantuan.",
        ),
        (
            "user",
            "Saya takut nak telefon depan majikan. Kalau boleh KBRI hubungi saya di nombor 011-2398 5541 waktu petang Jumaat.",
        ),
        (
            "assistant",
            "Anda boleh menghantar mesej WhatsApp kepada talian bantuan KBRI dan nyatakan waktu yang selamat untuk mereka hubungi anda. Simpan gambar kontrak dan slip gaji anda di tempat yang selamat.",
        ),
    ],
    [
        (
            "user",
            "Saya majikan. Pembantu rumah saya, Melati, permit dia tamat 20 Januari. Agensi minta RM1,370 untuk pembaharuan. Berapa sebenarnya levi?",
        ),
        (
            "assistant",
            "Levi tahunan untuk pembantu rumah asing yang pertama ialah RM410. Baki jumlah itu biasanya untuk pemeriksaan FOMEMA, insurans dan caj perkhidmatan agensi. Minta agensi memberikan pecahan kos secara bertulis.",
        ),
        (
            "user",
            "Nama saya Azlan bin Mokhtar, IC 790624-10-5427. Boleh saya buat sendiri di Imigresen tanpa agensi?",
        ),
        (
            "assistant",
            "Boleh. Majikan boleh memperbaharui permit sendiri di pejabat Imigresen dengan membawa pasport pekerja, keputusan FOMEMA, polisi insurans dan salinan kad pengenalan majikan.",
        ),
        ("user", "Terima kasih, saya cuba minggu depan."),
    ],
    [
        (
            "system",
            "Anda membantu pekerja migran yang berhutang dengan agensi. Jawab dengan ringkas.",
        ),
        (
            "user",
            "Nama saya Yuliana, pekerja rumah di Penang. Agensi potong gaji saya RM600 sebulan untuk pinjaman RM4,800, tapi tak pernah bagi resit. Majikan saya Madam Khoo Saw Lian pun tak tahu berapa baki.",
        ),
        (
            "assistant",
            "Anda berhak mendapat penyata gaji yang menunjukkan setiap potongan. Minta agensi dan majikan memberikan rekod bayaran. Jika potongan tidak dipersetujui secara bertulis, anda boleh membuat aduan kepada Jabatan Tenaga Kerja.",
        ),
        ("user", "Dah 9 bulan dipotong. Maknanya saya dah bayar RM5,400, lebih dari pinjaman kan?"),
        (
            "assistant",
            "Betul, RM600 didarab 9 bulan ialah RM5,400, iaitu RM600 lebih daripada jumlah pinjaman RM4,800. Anda boleh tuntut potongan dihentikan dan lebihan dipulangkan.",
        ),
    ],
    [
        (
            "user",
            "Hello, 我係 Cecilia, 喺新加坡 Bukit Timah 做 helper, my employer 太太 every day 鬧我 stupid, 仲推過我一次, I want to transfer. Boleh tolong?",
        ),
        (
            "assistant",
            "Hi Cecilia, I am sorry this is happening. Verbal abuse and pushing are not acceptable. You can ask for a transfer, and if you feel unsafe, contact the CDE 24-hour helpline or the police. Keep a record of dates and what happened.",
        ),
        (
            "user",
            "My agency 係 Joyful Maids, 佢哋話 transfer 要我俾 S$1,000. My phone is 8271 5530 if they need to call me.",
        ),
        (
            "assistant",
            "Agency fees charged to you are capped by MOM. Ask the agency for a written breakdown of the S$1,000, and if they refuse, you can report the agency to MOM.",
        ),
    ],
]
