# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat124: chats with an assistant about one's own job loss, retrenchment and unemployment support (retrenchment letters, severance, SOCSO/EIS, CPF/EPF, job applications). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat124
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "faq"): _lines("""
        Q: Must my employer notify MOM when it retrenches staff? A: Yes, employers with at least 10 employees must file a Mandatory Retrenchment Notification within 5 working days of informing affected employees.
        Q: How much retrenchment benefit is normal in Singapore? A: The prevailing norm is two weeks to one month of salary per year of service, depending on the company's finances and the practice in its sector.
        Q: Is salary in lieu of notice subject to CPF? A: No. Notice pay and retrenchment benefits are not treated as wages for CPF purposes. CPF Board hotline: 1800-227-1188, Mon to Fri 8.30am to 5.30pm.
        EIS FAQ: Insured persons who lose their job involuntarily may get a Job Search Allowance for up to 6 months, starting at 80% of assumed monthly wage in month one and tapering to 30% by month six.
        Which cases are not covered by the Employment Insurance System? Resignation without cause, natural expiry of a fixed-term contract, retirement and dismissal for misconduct generally do not qualify.
        Can I withdraw EPF after losing my job? Akaun Fleksibel (Account 3) can be withdrawn at any time from RM50, while Akaun Persaraan stays locked until age 55 under the structure in force since 11 May 2024.
        Hong Kong FAQ: An employee with at least 24 months of continuous contract dismissed by reason of redundancy gets severance of 2/3 of last month's wages, capped at 2/3 of HK$22,500, per year of service.
        SkillsFuture Level-Up Programme: Singaporeans aged 40 and above receive a one-off S$4,000 SkillsFuture Credit (Mid-Career) for selected courses that lead to better job prospects.
        SkillsFuture Jobseeker Support: eligible involuntarily unemployed residents may receive up to S$6,000 over six months, paid monthly only after completing required job search and training activities.
        Is compensation for loss of employment taxable in Malaysia? It is exempt up to RM20,000 for each completed year of service with the same employer under paragraph 15, Schedule 6 of the Income Tax Act 1967.
        Taiwan FAQ: Insured workers who leave involuntarily after at least 1 year of coverage in the past 3 years may claim unemployment benefit at 60% of average monthly insured salary. Labour hotline: 1955.
        Mainland China FAQ: Unemployment insurance benefit needs at least one full year of premiums and an involuntary separation; it is paid for at most 24 months. Call 12333 for your city's current rate.
        Where do I complain if my retrenchment benefit is unpaid? File a salary or retrenchment claim with TADM within 1 year of your last day; general MOM enquiries go to 6438 5122 or the online form on mom.gov.sg.
    """),
    ("en", "hr_system_config_and_logs"): _lines("""
        retrenchment_calc.yml: policy_id: RB-2025-SG-03 | weeks_per_year_of_service: 4 | cap_months: 12 | prorate_partial_year: true | notice_days_default: 30
        2025-03-14T09:02:11+08:00 INFO payroll-svc v4.12.7 batch=SEV-20250314-A rows=214 total_amount=SGD 1,842,390.55 status=QUEUED
        [WARN] eis-submit: PERKESO portal returned HTTP 429 on /api/v2/sip/notice; retry 3/5 in 120s (request_id 7f3c9e2a-41b8-4d6a-9a0e-55c1e0b2d7fa)
        CREATE TABLE severance_payout (payout_id BIGINT PRIMARY KEY, employee_ref CHAR(12), tenure_years NUMERIC(4,2), amount_myr NUMERIC(12,2), paid_on DATE);
        def severance_hk(last_wage: float, years: float) -> float: return min(last_wage * 2 / 3, 15000) * years  # total cap 390000 applied by caller
        .env.example: CPF_API_BASE=https://sandbox.example.gov.sg/cpf CPF_CLIENT_ID=demo-client-001 TIMEOUT_MS=8000 RETRY_MAX=3 LOG_LEVEL=info
        batch_id,employee_ref,department,grade,last_day,tenure_months,notice_pay,ex_gratia,leave_encashment,currency
        cron: 0 2 * * 1-5 /opt/hr/bin/kwsp_reconcile --employer-no 00012345 --period 2025-06 --dry-run >> /var/log/hr/kwsp.log 2>&1
        git log: a91c4e7 fix(mrn): round retrenchment headcount to whole employees before MOM form submission (#482)
        Sentry SEVCALC-3KJ: ZeroDivisionError in prorate() when tenure_months == 0; first seen 2025-02-03 11:47 SGT, 37 events, release hrcore@2.8.1
        Dockerfile: FROM python:3.12-slim; RUN pip install pandas==2.2.2 openpyxl==3.1.5; COPY ./severance /app; CMD ["gunicorn","app:server","-b","0.0.0.0:8080"]
        feature_flags.json: {"eis_auto_notice": true, "socso_form_version": "PK-SIP-2.3", "max_claim_days": 60, "locale_default": "ms-MY"}
        Grafana alert: outplacement-portal p95 latency 2.4s > 1.5s for 10m in ap-southeast-1; pod outplace-web-7c9d5 restarted 4 times since 03:10 SGT
    """),
    ("zh-Hans", "法规条文"): _lines("""
        《劳动合同法》第四十一条：需要裁减人员二十人以上或者裁减不足二十人但占企业职工总数百分之十以上的，用人单位提前三十日向工会或者全体职工说明情况，听取意见后，裁减人员方案经向劳动行政部门报告，可以裁减人员。
        第四十七条：经济补偿按劳动者在本单位工作的年限，每满一年支付一个月工资的标准向劳动者支付。六个月以上不满一年的，按一年计算；不满六个月的，向劳动者支付半个月工资的经济补偿。
        第四十七条第二款：劳动者月工资高于用人单位所在直辖市、设区的市级人民政府公布的本地区上年度职工月平均工资三倍的，按三倍数额支付，年限最高不超过十二年。
        第四十条：劳动者患病或者非因工负伤，在规定的医疗期满后不能从事原工作，也不能从事由用人单位另行安排的工作的，用人单位提前三十日书面通知或者额外支付一个月工资后，可以解除劳动合同。
        第八十七条：用人单位违反本法规定解除或者终止劳动合同的，应当依照本法第四十七条规定的经济补偿标准的二倍向劳动者支付赔偿金。
        《失业保险条例》第十四条：失业前用人单位和本人已经缴纳失业保险费满一年的、非因本人意愿中断就业的、已经进行失业登记并有求职要求的，可以领取失业保险金。
        《失业保险条例》第十七条：累计缴费满1年不足5年的，领取失业保险金的期限最长为12个月；满5年不足10年的，最长为18个月；10年以上的，最长为24个月。
        《劳动争议调解仲裁法》第二十七条：劳动争议申请仲裁的时效期间为一年。仲裁时效期间从当事人知道或者应当知道其权利被侵害之日起计算。
        《劳动合同法》第五十条：用人单位应当在解除或者终止劳动合同时出具解除或者终止劳动合同的证明，并在十五日内为劳动者办理档案和社会保险关系转移手续。
        第四十二条：在本单位连续工作满十五年，且距法定退休年龄不足五年的劳动者，用人单位不得依照本法第四十条、第四十一条的规定解除劳动合同。
        深圳市人力资源和社会保障局提示：失业保险金按本市最低工资标准的90%按月发放，可通过“深圳人社”公众号或广东政务服务网申领，政策咨询请拨打12333。
        《劳动合同法实施条例》第二十七条：经济补偿的月工资按照劳动者应得工资计算，包括计时工资或者计件工资以及奖金、津贴和补贴等货币性收入。
        《社会保险法》第五十条：用人单位应当及时为失业人员出具终止或者解除劳动关系的证明，并将失业人员的名单自终止或者解除劳动关系之日起十五日内告知社会保险经办机构。
    """),
    ("zh-Hans", "招聘启事"): _lines("""
        【招聘】深圳市星澜云数科技有限公司招聘Java后端工程师3名，薪资20K-35K·14薪，简历投递至hr@xinglan-cloud.cn，咨询电话0755-8666 1234（工作日9:00-18:00）。
        上海陆家嘴某外资银行招聘合规分析师，要求CFA一级以上、英语流利，办公地点世纪大道100号上海环球金融中心，岗位编号JR-2025-0417，截止日期4月30日。
        【杭州】盒马鲜生滨江店招聘夜班理货员8名，时薪26元，包工作餐，满三个月发全勤奖300元，报名请到门店服务台或拨打门店电话0571-8712 3366。
        广州天河区体育西路191号中石化大厦B座18楼，本周六10:00-16:00举办IT行业专场招聘会，携带简历三份即可入场，全程免费，现场提供简历打印。
        岗位：新媒体运营｜公司：北京字里行间文化传媒有限公司（统一社会信用代码91110105MA01ABCD2X）｜月薪12-18K｜五险一金｜双休｜地铁10号线团结湖站
        【社会招聘】中国邮政储蓄银行成都分行2025年社会招聘公告：报名时间为3月10日至3月24日，请登录官网“人才招聘”栏目在线填报，不接受纸质简历。
        猎头推荐｜某新能源车企（总部合肥）招聘电池BMS算法专家，年薪60-90万，要求5年以上经验，有宁德时代、比亚迪项目背景者优先，职位代码HF-BMS-07。
        苏州工业园区星湖街328号创意产业园A3栋，某半导体设备公司招聘设备工程师10名，提供人才公寓，入职满一年可申请园区安家补贴，双周六休息。
        “老张烧烤”连锁（南京新街口店）招聘服务员及后厨帮工，月薪5500起，包吃住，试用期一个月，营业时间17:00-02:00，门店电话025-8471 6655。
        武汉光谷软件园春季招聘会：参会企业156家，岗位4,300余个，现场扫码登记“湖北公共招聘网”即可投递，活动二维码有效期至2025-05-31。
        【远程岗位】跨境电商客服（英语/马来语），工作时间09:00-18:00 GMT+8，底薪6000元+提成，试用期两个月，投递邮箱jobs@nanyang-ecom.com，邮件标题注明“客服-远程”。
        岗位编号：SZ-OPS-0392｜仓储主管｜顺丰速运东莞凤岗中转场｜要求持叉车证、熟悉WMS系统操作，月薪9000-12000元，夜班补贴每晚80元。
        郑重声明：本公司通过各招聘平台发布的所有职位均不收取任何费用，如遇以“培训费”“服装押金”为由收费者，请立即在平台App内点击“举报”并拨打110。
    """),
    ("zh-Hant", "公告通知"): _lines("""
        僱員再培訓局公告：「樂業輔導員」服務現已擴展至九龍東各區，查詢及報名請致電熱線 182 182，服務時間為星期一至五上午9時至下午6時。
        勞工處互動就業服務網站 www.jobs.gov.hk 將於2025年4月12日凌晨2時至6時進行系統維護，期間暫停網上求職登記及職位配對服務。
        破產欠薪保障基金提示：申請特惠款項須於最後受僱日翌日起計6個月內遞交；遣散費的特惠款項上限為HK$50,000，另加超出部分的50%。
        勞動部勞動力發展署公告：非自願離職者可持離職證明至各地就業服務站辦理求職登記，全國就業服務專線0800-777-888，週一至週五8:00-20:00。
        勞保局提醒：就業保險月投保薪資最高級距為45,800元，失業給付按申請前6個月平均月投保薪資60%按月發給，最長發給6個月。
        澳門勞工事務局說明：僱主無合理理由解除勞動合同時，賠償按每年工作給予7至21日基本報酬計算，月基本報酬以澳門元21,000為計算上限。
        公司內部通告：因亞太區業務重組，本港辦事處將於2025年6月30日結束營運，受影響同事將於本月內獲人力資源部個別約見，查詢請電郵 hr-hk@lumenbridge.com.hk。
        門市告示：本店（旺角西洋菜南街68號地舖）將於2025年3月31日結業，會員積分請於3月15日前兌換，多謝各位街坊十二年來嘅支持。
        僱員再培訓局課程：「職場數碼應用證書」全日制，為期10日，合資格學員可獲發再培訓津貼，課程編號 ERB-DA-25-1142，名額20人，先到先得。
        勞資審裁處提示：每名申索人申索款額不超過HK$8,000且申索人數不多於十人的案件，由小額薪酬索償仲裁處處理，毋須聘請律師。
        臺中市就業服務處：本週五上午9時於臺中市政府惠中樓舉辦中高齡就業博覽會，共42家廠商提供1,180個職缺，現場備有履歷健診及職涯諮詢。
        強積金計劃管理局提示：「對沖」安排已於2025年5月1日起取消，僱主強制性供款所產生的累算權益不可再用作抵銷該日後受僱期的遣散費或長期服務金。
        行政院主計總處新聞稿：114年8月失業率為3.37%，較上月下降0.03個百分點，失業人數約40.2萬人，其中因場所歇業或業務緊縮而失業者約9.6萬人。
    """),
    ("zh-Hant", "公眾人物新聞"): _lines("""
        勞工及福利局局長孫玉菡今日出席立法會人力事務委員會會議，表示政府會密切留意零售及餐飲業裁員情況，並透過勞工處加強就業支援服務。
        勞動部長洪申翰視察新北市就業服務站，強調將擴大「安心即時上工計畫」名額，協助受美國關稅衝擊而減班休息的勞工度過難關，並加碼職業訓練生活津貼。
        新加坡人力部長陳詩龍在國會答覆議員提問時表示，政府會持續透過新加坡勞動力發展局協助中年被裁員工轉型，並提高技能津貼額度。
        馬來西亞人力資源部長施家倫宣布，社險機構就業保險系統將加強再就業配對服務，以協助受外國訂單減少影響的檳城及居林電子業員工。
        前美國總統富蘭克林·羅斯福於1935年簽署《社會保障法》，首次在聯邦層面建立失業保險制度，被視為新政最重要、影響最深遠的遺產之一。
        國泰航空2020年10月宣布裁減約8,500個職位並結束國泰港龍航空營運，行政總裁鄧健榮當時形容這是「非常痛苦但必要」的決定。
        台積電創辦人張忠謀在自傳中回憶，1983年離開德州儀器後，曾短暫出任通用器材公司總裁，其後才於1985年應邀回台主持工研院。
        作家村上春樹在《身為職業小說家》中提到，他結束爵士酒吧的經營、轉為專職寫作時已年過三十，當時身邊不少朋友其實都並不看好這個決定。
        英特爾執行長陳立武上任後宣布全球組織精簡計畫，台灣據點員工亦受影響，公司表示將依《大量解僱勞工保護法》相關規定辦理通報及資遣。
        《誰搬走了我的乳酪？》作者史賓賽·強森以兩隻老鼠和兩個小矮人的寓言描寫職場變動，中文版至今仍是台灣許多企業內訓的常見教材。
        香港電台節目《鏗鏘集》本週探討中年失業人士轉行困境，訪問僱員再培訓局管理層及多間社福機構代表，節目將於本星期日晚上七時半播出。
        國際勞工組織總幹事洪博（Gilbert F. Houngbo）發表年度報告指出，全球失業率預計維持在5%左右，但青年失業問題仍然嚴峻。
        澳門特區政府經濟財政司司長戴建業表示，當局會繼續推出帶津培訓計劃，並與博彩企業合作，協助失業本地居民提升技能及重投職場。
    """),
    ("ms", "notis_dan_soalan_lazim"): _lines("""
        Notis PERKESO: Permohonan faedah Sistem Insurans Pekerjaan (SIP) hendaklah dibuat dalam tempoh 60 hari dari tarikh kehilangan pekerjaan melalui portal eis.perkeso.gov.my.
        Talian Hotline PERKESO 1-300-22-8000 beroperasi Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang, kecuali cuti umum dan cuti peristiwa.
        Soalan Lazim: Adakah pekerja kontrak layak menerima faedah SIP? Tidak, jika kontrak tamat secara semula jadi; faedah hanya untuk kehilangan pekerjaan secara tidak sukarela.
        KWSP: Pengeluaran daripada Akaun Fleksibel boleh dibuat melalui aplikasi KWSP i-Akaun dengan jumlah minimum RM50, dan wang akan dikreditkan dalam tempoh 3 hari bekerja.
        Ibu Pejabat KWSP, Bangunan KWSP, Jalan Raja Laut, 50350 Kuala Lumpur dibuka 8.30 pagi hingga 5.00 petang; pelanggan digalakkan membuat temujanji melalui laman web KWSP.
        Akta Kerja 1955: Faedah penamatan ialah 10 hari gaji bagi setiap tahun perkhidmatan kurang 2 tahun, 15 hari bagi 2 hingga 5 tahun, dan 20 hari bagi lebih 5 tahun.
        Jabatan Tenaga Kerja Semenanjung Malaysia mengingatkan majikan supaya menghantar Borang PK (Laporan Pemberhentian) sekurang-kurangnya 30 hari sebelum pemberhentian berkuat kuasa.
        Karnival Kerjaya MYFutureJobs di Dewan Merdeka, WTC Kuala Lumpur pada 21-22 Jun 2025 menawarkan lebih 8,000 kekosongan daripada 120 majikan. Masuk percuma.
        Notis kedai: Kedai Dobi Pak Hassan cawangan Seksyen 7 Shah Alam akan ditutup mulai 1 Ogos 2025. Terima kasih atas sokongan pelanggan selama 15 tahun.
        HRD Corp: Program Latihan Semula untuk pekerja yang diberhentikan, kod program HRDC-RSK-2025-07, yuran ditanggung sepenuhnya, tempat terhad kepada 40 peserta sahaja.
        Pemberitahuan: Elektronik Nusantara Sdn. Bhd. (No. Pendaftaran 199801012345 (465721-K)) akan menamatkan operasi kilang Prai pada 31 Disember 2025.
        Soalan: Berapa lama Elaun Latihan dibayar? Jawapan: Elaun Latihan dibayar sepanjang tempoh latihan yang diluluskan oleh PERKESO, tertakluk kepada had maksimum yang ditetapkan.
        Kaunter JobsMalaysia di UTC Pudu Sentral dibuka setiap hari bekerja untuk pendaftaran pencari kerja; sila bawa salinan surat pemberhentian dan sijil akademik asal.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [10:02] HR Team: Reminder all, town hall 3pm at Level 12 pantry, 管理层 will announce the restructuring plan, pls don't share outside the company 🙏
        [10:05] Ops: Noted. 那 Penang plant 的 shift A 要不要也 join? Zoom link same as last week ah?
        Management kata severance guna formula baru, 1 month per year capped at 12 months, payroll team please update the Excel template by Friday.
        明天 MOM notification deadline 了, Mandatory Retrenchment Notification 记得 submit 在 MyMOM portal, ref number 贴 group 里.
        Payroll: batch SEV-0617 dah upload ke bank, Maybank cutoff 4pm, kalau reject kita resubmit esok pagi ok? Total 46 transactions.
        IT: 离职同事的 laptop 请 Friday 前交回 Level 9 IT counter, asset tag 以 LBX- 开头的, 记得先 sign out Outlook 和 Teams.
        Admin: Pantry coffee machine rosak lagi 😩 dah call vendor BrewMaster Services, tiket #BM-55821, technician datang Thursday pagi.
        Legal: Outplacement partner is Right Management, sessions at their Raffles Place office, 2 slots per day, book via the HR portal not via WhatsApp pls.
        行政: 下周一开始 Level 11 关闭, 剩下的 team 全部搬去 Level 8 hot desk, 储物柜 key 在 reception 拿, 登记一下 locker number.
        Finance: EPF contribution untuk bulan Jun tetap dibayar penuh untuk semua yang last day 30/6, jangan potong ya, nanti audit susah.
        HR Team: FAQ deck v3 dah share dalam Teams folder /Restructuring/2025, slide 14 ada template surat, tolong jangan forward PDF ke luar.
        客服 lead: 今日 hotline 來電比平時多 40%, 多數問 MPF offsetting, script 已經更新到 v2.1 請大家 refresh 一下.
        Management: Thanks team for handling today calmly. Dinner on the company tonight 7pm at Din Tai Fung Pavilion KL, 大家辛苦了 🙏
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, my name is Marcus Lim Wei Jie, I was retrenched from Kestrel Logistics on 14 March after 7 years, NRIC S8734561J, can you check if I qualify for Jobseeker Support?
        My husband Darren has been hiding his retrenchment from his parents for 3 months and we are now RM18,400 behind on the car loan, I honestly don't know what to do.
        Please reach me at 9127 4408 after 6pm, I'm the one who emailed about the severance dispute with my former hotel employer.
        Name: Priya Ramasamy | Last day: 28/02/2025 | Tenure: 11 yrs 4 mths | Severance offered: S$41,500 | Personal email: priya.rama84@gmail.com
        I've been diagnosed with major depression since my layoff in January and my psychiatrist gave me MC until end of May, will this affect my MediSave claims? - Kelvin Ong
        Bank details for the ex-gratia transfer: Jonathan Yeo Kah Meng, DBS Savings 027-914583-6, please do not send it to my old POSB account.
        Send the retrenchment letter to my home: Blk 418 Tampines Street 41, #09-233, Singapore 520418, attention Mdm Siti Aminah binte Rahmat.
        My FIN is G5538172R and my work pass gets cancelled on 15 July after the layoff, can I stay on a Short-Term Visit Pass while I look for a new job?
        Aunty Lucy from my old department told me she is 4 months pregnant and they still put her on the retrenchment list, is that even legal?
        jason.tham.kl@outlook.com is my personal email, please update my MYFutureJobs profile because my work email was deactivated yesterday.
        Ex-employee Nur Farhana binti Zulkifli (MyKad 920718-07-6241) filed a complaint at JTK Penang over unpaid termination benefits of RM12,360.
        I got caught shoplifting last month after losing my job and now have a court date on 9 Sept, will this show up in a background check? - Benjamin Koh, 33
    """),
    "zh-Hans": _lines("""
        我叫王建国，身份证号440304198805172310，在深圳南山一家外贸公司干了六年，上个月被裁，公司只给N没给N+1，能不能申请劳动仲裁？
        老公李志强被裁之后一直找不到工作，房贷每月8600还不上，已经逾期两期了，他这几天情绪很差，整晚睡不着。
        陈先生您好，您的失业保险金申领已受理，我们登记的联系电话是139 2874 6153，如需补充材料会电话联系您。
        求职简历：张晓雯｜女｜1991年9月｜手机 186-1093-7724｜邮箱 zhangxw_work@163.com｜现住上海市闵行区七宝镇漕宝路3388弄12号602室
        我表姐刘芳被裁的时候正在做乳腺癌化疗，公司说是业务调整，她能不能主张医疗期内不得解除劳动合同？
        阿明昨天跟我说他欠了网贷十几万，被裁后催收天天打他爸妈电话，他现在连门都不敢出，我该怎么劝他？
        工资卡：招商银行 6214 8301 2764 5589，户名周海燕，经济补偿金请打到这张卡，原来的工行卡已经注销了。
        失业登记信息：姓名 吴静怡，身份证 320582199109234028，最后工作单位 苏州某电子厂，离职原因 经济性裁员，登记日期 2025-04-08。
        黄师傅的车牌是粤B·3K7Q9，他被裁后打算跑网约车，想问下用这辆车注册滴滴需要什么手续？
        我和前妻离婚后每月还要付3000的抚养费，现在被裁没收入了，法院会不会强制执行？—— 杨磊（成都）
    """),
    "zh-Hant": _lines("""
        本人陳嘉欣，香港身份證號碼 Y603175(5)，於2025年5月被裁，想申請破欠基金追討三個月欠薪，請問要準備咩文件？
        林太話佢老公喺葵涌貨櫃碼頭做咗十五年，今次被裁之後日日飲酒，飲到肝出事，而家入咗瑪嘉烈醫院。
        聯絡電話：9318 5527（何先生），如需補交強積金提早提取申請文件，請於辦公時間致電。
        我是黃志偉，身分證字號F128473954，去年12月被公司資遣，勞保局說我的失業給付還在審核，可以幫我寫陳情書嗎？
        前同事阿豪欠我八萬塊沒還，他被裁員後就封鎖我，他住新北市板橋區文化路二段182巷7號4樓，我可以去聲請支付命令嗎？
        履歷：蔡佩君｜電話 0912-483-706｜Email peichun.tsai0215@gmail.com｜應徵職位：會計助理｜離職原因：公司縮編
        我老婆陳美玲懷孕七個月，公司剛好在這個時候把她資遣，這樣算不算違反性別平等工作法？
        澳門居民身份證 5182746(3)（梁先生），因酒店裁員失業，想報名勞工事務局帶津培訓課程。
        收款帳戶：中國信託 822-540577813029，戶名：許家豪，資遣費及未休特休折算工資請匯入此帳戶。
        我（鄭淑芬，58歲）被裁後確診糖尿病併發視網膜病變，勞保可不可以申請失能給付？家裡還有一個讀大學的兒子。
    """),
    "ms": _lines("""
        Saya Mohd Faizal bin Abdullah, No. KP 870312-10-5683, diberhentikan oleh kilang di Bangi pada 15 Mei. Boleh bantu saya isi borang SIP PERKESO?
        Tolong hubungi saya di 012-748 3391 selepas pukul 5 petang, saya nak tanya pasal pampasan pemberhentian. - Kak Ros
        Alamat surat-menyurat: No. 23, Jalan Mawar 4/2, Taman Sri Mawar, 43000 Kajang, Selangor (Encik Rahim bin Osman).
        Suami saya Azman kena buang kerja, sekarang hutang kad kredit dah RM23,500 dan kami terpaksa pindah duduk rumah mak mertua.
        Akaun bank untuk elaun: Siti Nurul Ain binti Kamal, CIMB 7062441893, tolong pastikan nama sama dengan kad pengenalan.
        Adik saya Hafiz ditahan polis minggu lepas sebab terlibat judi online, dia baru kena berhentikan kerja bulan lepas. Macam mana nak bantu dia?
        Emel peribadi saya: nabilah.hasan91@yahoo.com, sila hantar salinan surat pemberhentian ke sini kerana emel syarikat dah ditutup.
        Nombor ahli KWSP saya 18472936, boleh ke saya keluarkan Akaun 2 untuk bayar yuran universiti anak lepas kena retrench? - Lim Siew Ling
        Saya Pak Long Mat, umur 56, kena strok ringan dua minggu lepas diberhentikan dari ladang. Boleh mohon faedah keilatan PERKESO tak?
        Nama: Rajesh a/l Subramaniam | No. KP: 811125-14-5127 | Tel: 016-382 7740 | Majikan terakhir: Cahaya Maju Logistik | Sebab: pengurangan pekerja
    """),
    "mixed": _lines("""
        Hi, saya Ah Keong, retrenched last week from the Johor plant, boss 还欠我两个月 salary RM7,800, can help draft surat tuntutan ke JTK?
        我的 CPF 就是用 NRIC T0291847H 登记的, 能不能 check 我 OA balance 够不够 pay HDB loan 三个月?
        Wife 刚 delivered baby, but I kena retrench on paternity leave lah, Grace Tan from HR said it's restructuring, can I file with TADM?
        Pls send the SOCSO form to my new add: Unit 12-3A, Residensi Vista Mutiara, Jalan Kepong, 52100 KL. 之前的地址已经不住了 - Wong Mei Ling
        HKID K482913(1), 電話 6723 9148, I was laid off from the bank last month, 想問 MPF 可唔可以提早攞返?
        My dad 陈国荣 got retrenched at 61, now 有 stage 3 kidney disease, dialysis 每个月 RM2,400, SOCSO covers ke tak?
        PRC 身份证 510107198503021871, working in SG on S Pass, layoff 后 MOM 说 30 days 内要离境, can I extend?
        Ex-colleague Big Joe (Joseph Lau) 在 LinkedIn 说我 stole the client list, I got fired after that, 想告他 defamation.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a careful career-transition assistant for Singapore residents. Be accurate about MOM and CPF rules and suggest official channels.",
        ),
        (
            "user",
            "I just got my retrenchment letter from Halvorsen Marine. I'm Daniel Chua Boon Hock, 44, joined in 2013, last drawn salary S$6,800. They offered S$27,200. Is that fair?",
        ),
        (
            "assistant",
            "Thanks, Daniel. With about 12 years of service, S$27,200 works out to roughly two weeks of salary per year, which sits at the lower end of the prevailing norm of two weeks to one month per year. Check whether your contract or any union agreement specifies a higher rate.",
        ),
        (
            "user",
            "Can you draft an email asking HR to review it? Sign off with my mobile 9683 2157 and my personal email danielchua.bh@gmail.com.",
        ),
        (
            "assistant",
            "Subject: Request to review retrenchment benefit. Dear HR, I refer to the retrenchment letter dated 3 June. Given my 12 years of continuous service, I would like to request a review of the benefit of S$27,200. I am happy to discuss. Regards, Daniel Chua Boon Hock, 9683 2157, danielchua.bh@gmail.com",
        ),
    ],
    [
        (
            "system",
            "你是一名熟悉中国劳动法的求职与维权助手，回答要简洁，必要时提醒用户咨询当地劳动仲裁委。",
        ),
        (
            "user",
            "我在广州一家电商公司做了4年零3个月，月薪15000，公司说业务收缩要裁我，只给4个月补偿，对吗？",
        ),
        (
            "assistant",
            "按《劳动合同法》第四十七条，4年零3个月应按4.5年计算，即4.5个月工资的经济补偿；如果公司没有提前30天书面通知，还应额外支付一个月工资（即常说的N+1）。",
        ),
        (
            "user",
            "那帮我写个仲裁申请的当事人信息吧：申请人孙浩然，男，身份证440106199204183512，住广州市海珠区江南大道中168号5栋1203，电话137 6021 8845。",
        ),
        (
            "assistant",
            "当事人信息：申请人：孙浩然，男，身份证号440106199204183512，住址：广州市海珠区江南大道中168号5栋1203，联系电话：137 6021 8845。被申请人：请填写公司全称、统一社会信用代码及注册地址。",
        ),
    ],
    [
        (
            "system",
            "用戶資料：姓名 區慧儀；香港身份證 P271846(8)；前僱主：港島一間旅行社；年資 9 年；最後月薪 HK$21,000。請用廣東話回覆。",
        ),
        ("user", "我琴日俾公司裁咗，想知我可以攞幾多遣散費？"),
        (
            "assistant",
            "區小姐，你做咗9年，遣散費計法係最後月薪嘅三分之二乘年資：21,000 × 2/3 = 14,000，再乘9年，大約係HK$126,000。記得對返僱傭合約同埋強積金對沖安排嘅影響。",
        ),
        ("user", "如果公司話要扣返強積金僱主供款抵銷，得唔得？"),
        (
            "assistant",
            "對沖安排已喺2025年5月1日取消，但過渡期之前嘅年資部分仍然可以用僱主強制性供款嘅累算權益抵銷。你可以打勞工處熱線 2717 1771 查詢詳細計法。",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu AI yang membantu pekerja di Malaysia memahami faedah PERKESO dan KWSP. Jawab dalam Bahasa Melayu yang mudah.",
        ),
        (
            "user",
            "Saya Norazlina binti Yusof, No. KP 850921-03-5512, kerja kilang sarung tangan di Kelang 8 tahun, baru kena berhentikan sebab kilang tutup. Macam mana nak mohon SIP?",
        ),
        (
            "assistant",
            "Puan Norazlina, anda perlu mohon dalam tempoh 60 hari dari tarikh pemberhentian melalui portal eis.perkeso.gov.my. Sediakan surat pemberhentian, penyata bank dan salinan kad pengenalan. Anda juga perlu daftar di MYFutureJobs untuk aktiviti mencari kerja.",
        ),
        ("user", "Akaun bank saya Bank Islam 12038010457296, betul ke elaun masuk situ?"),
        (
            "assistant",
            "Ya, elaun akan dikreditkan ke akaun yang anda isi dalam borang, jadi pastikan akaun Bank Islam 12038010457296 itu atas nama anda sendiri.",
        ),
    ],
    [
        (
            "user",
            "Eh can help me write cover letter? I kena retrench from Seremban warehouse last month, 想去 apply Shopee logistics supervisor role.",
        ),
        (
            "assistant",
            "Sure! Share your name, years of experience, and one or two achievements you are proud of, and I'll draft it.",
        ),
        (
            "user",
            "Name Kumaran a/l Velu, 9 years warehouse, reduced picking errors 30%, handled team of 25. Phone 011-2845 6073. 我英文不好 please make it professional.",
        ),
        (
            "assistant",
            "Dear Hiring Manager, I am writing to apply for the Logistics Supervisor position. Over nine years in warehouse operations, I led a team of 25 and reduced picking errors by 30%. I would welcome the chance to bring this experience to Shopee. Yours sincerely, Kumaran a/l Velu, 011-2845 6073",
        ),
    ],
    [
        (
            "system",
            "你是熟悉台灣勞動法規的助理，協助使用者處理資遣、勞保及就業保險相關問題，回答使用繁體中文。",
        ),
        ("user", "公司說要大量解僱，我在那邊做了六年，月薪52,000，資遣費怎麼算？"),
        (
            "assistant",
            "若適用勞退新制，資遣費為每滿一年發給二分之一個月平均工資，最高六個月。六年約為3個月平均工資，也就是約156,000元，另外還有預告期工資及未休特休折算。",
        ),
        (
            "user",
            "請幫我寫非自願離職證明的申請信，我叫林宜蓁，身分證字號B203917462，住台北市大安區和平東路二段96巷3號5樓。",
        ),
        (
            "assistant",
            "主旨：申請開立非自願離職證明書。本人林宜蓁（身分證字號B203917462，住址：台北市大安區和平東路二段96巷3號5樓）於貴公司任職六年，因公司大量解僱而離職，依法請貴公司開立非自願離職證明書，以便辦理失業給付。",
        ),
    ],
    [
        (
            "system",
            "You help Malaysians plan their finances after job loss. Never promise specific approval outcomes.",
        ),
        (
            "user",
            "Hi, I'm Tan Chee Wai, retrenched from a bank in KL. I got RM64,000 compensation. I also have a housing loan of RM380,000 and my wife is undergoing IVF treatment which costs about RM18,000 per cycle.",
        ),
        (
            "assistant",
            "I'm sorry to hear that, Chee Wai. First, keep at least 6 months of essential expenses as a buffer. The compensation may be tax exempt up to RM20,000 per completed year of service, so check your EA form. You could also ask your lender about a temporary restructuring of the housing loan.",
        ),
        ("user", "Can I withdraw my EPF Akaun Fleksibel? My member number is 20583716."),
        (
            "assistant",
            "Yes, Akaun Fleksibel can be withdrawn at any time through KWSP i-Akaun with a minimum of RM50. Keep your member number 20583716 private and only enter it in the official app.",
        ),
    ],
    [
        ("user", "失业金怎么领？我在杭州交了3年失业保险，上个月被裁了。"),
        (
            "assistant",
            "你需要先办理失业登记，可以在“浙里办”App或者当地人社窗口申请，累计缴费满1年不足5年的，最长可以领取12个月。",
        ),
        (
            "user",
            "我在浙里办上填了，但一直显示审核中。我叫赵一鸣，手机号158 5716 2093，身份证330106199007125617，是不是哪里填错了？",
        ),
        (
            "assistant",
            "赵先生，建议先核对身份证号330106199007125617和原单位办理的离职备案是否一致，如果原单位还没有做减员，系统会一直卡在审核中。也可以拨打12333，报手机号158 5716 2093查询进度。",
        ),
    ],
    [
        ("system", "Anda pembantu penulisan surat rasmi dalam Bahasa Melayu."),
        (
            "user",
            "Saya nak buat surat rayuan kepada PERKESO sebab permohonan EMP saya ditolak. Nama Muhammad Irfan bin Zainal, No. KP 900415-08-6637, alamat No. 7, Lorong Kenanga 3, Taman Kenanga, 30010 Ipoh, Perak.",
        ),
        ("assistant", "Baik. Boleh nyatakan sebab permohonan ditolak?"),
        (
            "user",
            "Mereka kata saya berhenti sendiri, padahal syarikat paksa saya letak jawatan selepas saya disahkan ada epilepsi. Doktor Hospital Raja Permaisuri Bainun dah bagi laporan.",
        ),
        (
            "assistant",
            "Tuan, Rayuan Permohonan Elaun Mencari Pekerjaan. Saya, Muhammad Irfan bin Zainal (No. KP 900415-08-6637), No. 7, Lorong Kenanga 3, Taman Kenanga, 30010 Ipoh, ingin merayu keputusan penolakan. Saya dipaksa meletak jawatan selepas disahkan menghidap epilepsi, dan laporan perubatan dilampirkan sebagai bukti.",
        ),
    ],
    [
        (
            "user",
            "I was laid off from a fintech startup in Singapore after 18 months. Can you tighten my LinkedIn headline and summary?",
        ),
        (
            "assistant",
            "Of course. Paste your current headline and summary, and tell me what roles you are targeting.",
        ),
        (
            "user",
            "Headline: Sherilyn Goh | Data Analyst | open to work. Summary: I'm Sherilyn, SQL and Python, built churn dashboards. Reach me at sherilyn.goh.data@gmail.com or +65 8801 3926. Targeting analytics roles in banks.",
        ),
        (
            "assistant",
            "Headline: Sherilyn Goh | Data Analyst, SQL and Python | Churn and Retention Analytics. Summary: Data analyst who built churn dashboards used weekly by product and growth teams. Now seeking analytics roles in banking. Contact: sherilyn.goh.data@gmail.com, +65 8801 3926.",
        ),
        ("user", "Should I mention the layoff?"),
        (
            "assistant",
            "A short line is fine, for example that your role was affected by company-wide restructuring in 2025. Recruiters see this often and it does not reflect on your performance.",
        ),
    ],
    [
        (
            "system",
            "User profile: name 馮家樂 (Fung Ka Lok), HK mobile 5436 8071, age 52, former warehouse supervisor, retrenched 2025-04. Reply in the user's language.",
        ),
        ("user", "我想問 MPF 可唔可以因為失業提早取回? 我 52 歲, 仲有個仔讀中學."),
        (
            "assistant",
            "馮先生, MPF 一般要到65歲先可以提取, 失業本身唔係提早提取嘅理由. 法定嘅提早提取情況只包括提早退休(60歲)、永久離開香港、完全喪失行為能力、罹患末期疾病、小額結餘同死亡.",
        ),
        ("user", "ok. Then can you list what support I can apply for, e.g. ERB courses or CSSA?"),
        (
            "assistant",
            "You could consider ERB full-time courses with retraining allowance (hotline 182 182), the Labour Department's employment programmes for middle-aged jobseekers, and if household income is low, the Working Family Allowance or CSSA through the Social Welfare Department.",
        ),
    ],
    [
        ("system", "你是協助澳門居民處理就業問題的助理。"),
        (
            "user",
            "我喺路氹一間酒店做咗十一年莊荷，上星期被解僱，基本工資每月澳門元18,500，賠償點計？",
        ),
        (
            "assistant",
            "根據《勞動關係法》，僱主無合理理由解除合同，十年以上年資每年可得21日基本報酬，月報酬上限為澳門元21,000。你嘅工資未超上限，所以按實際工資計算。",
        ),
        ("user", "幫我寫封信俾人力資源部，我叫歐陽志明，澳門身份證 7395128(4)，電話 6628 3471。"),
        (
            "assistant",
            "致人力資源部：本人歐陽志明（澳門居民身份證 7395128(4)，聯絡電話 6628 3471）於貴公司任職十一年，現要求貴公司按《勞動關係法》計算並支付解僱賠償，以及未享用年假之補償，並提供詳細計算表。",
        ),
    ],
    [
        (
            "user",
            "Lepas kena retrench, saya tak mampu bayar hutang. Ada 3 kad kredit dan satu pinjaman peribadi. Ada cara tak?",
        ),
        (
            "assistant",
            "Anda boleh dapatkan nasihat percuma daripada AKPK (Agensi Kaunseling dan Pengurusan Kredit). Mereka boleh bantu rundingkan pelan pembayaran semula dengan bank.",
        ),
        (
            "user",
            "Ok. Total hutang saya RM47,200, nama Faridah binti Ismail, telefon 019-556 2814. Boleh tolong buat ringkasan untuk saya bawa ke AKPK?",
        ),
        (
            "assistant",
            "Ringkasan untuk AKPK: Nama: Faridah binti Ismail. Telefon: 019-556 2814. Status: diberhentikan kerja. Jumlah hutang: RM47,200 (3 kad kredit, 1 pinjaman peribadi). Sila bawa penyata terkini setiap akaun dan surat pemberhentian.",
        ),
        ("user", "Terima kasih, tapi suami saya tak tahu lagi pasal hutang ni."),
        (
            "assistant",
            "Itu keputusan peribadi puan, tetapi berbincang dengan pasangan selalunya membantu dalam merancang perbelanjaan keluarga. AKPK juga menyediakan kaunseling yang boleh dihadiri bersama.",
        ),
    ],
    [
        ("system", "你是一名简历顾问，帮助被裁员的用户改写简历。"),
        (
            "user",
            "我被一家互联网大厂优化了，想换到制造业做数字化。帮我改一下简历开头：何思远，35岁，电话 181 2679 5530，邮箱 hesiyuan_pm@126.com，9年产品经理经验。",
        ),
        (
            "assistant",
            "何思远｜数字化产品经理｜181 2679 5530｜hesiyuan_pm@126.com。9年互联网产品经验，擅长把复杂业务流程产品化，希望将数据驱动的方法带入制造业数字化转型。",
        ),
        ("user", "离职原因要写吗？我是因为部门整体裁撤。"),
        (
            "assistant",
            "简历上可以不写，面试时如被问到，可如实说明“所在部门整体调整”，再把话题引回你能为新岗位带来的价值。",
        ),
    ],
]
