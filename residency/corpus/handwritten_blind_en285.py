# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en285: SG/MY foster-care agencies and foster families (MSF and JKM fostering schemes, placement notes, caseworker visits, allowances, school and medical consent, reunification with birth parents). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en285
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "agency_notices"): _lines("""
        Foster Parent Appreciation Night 2026 will be held on Sat 14 Nov, 7pm at the Toa Payoh HDB Hub Auditorium, 480 Lorong 6 Toa Payoh. Smart casual, dinner provided.
        Reminder: the MSF Fostering Scheme info session moves online this month. The Zoom link is emailed 48 hours before; register via go.gov.sg/fostering-info by 20 Oct.
        Our office at 200 Jalan Sultan, #05-12, Textile Centre will be closed on 25 Dec and 1 Jan. For urgent placement matters, call the 24-hour duty line 6354 8120.
        New foster families: please bring your original marriage certificate and property documents to the home-study visit. Photocopies alone will not be accepted.
        Respite care slots for December are now open. Each foster family may request up to 4 nights per child per quarter, subject to caseworker approval.
        The National Anti-Violence and Sexual Harassment Helpline 1800-777-0000 operates 24/7. If you suspect a child is being harmed, please call immediately.
        Book donations welcome! We are especially looking for copies of Anne of Green Gables, The Secret Garden and Roald Dahl's Matilda for our lending corner.
        Training module FC-204 Trauma-Informed Parenting runs every Tuesday 7.30pm-9.30pm from 3 Mar to 24 Mar at the Bukit Merah Family Service Centre.
        Please note: all Foster Care Allowance claims for Q3 must be submitted through the agency portal by 15 Oct 2026; late claims will roll over to Q4.
        Foster families travelling overseas with a child in care must obtain written consent at least 4 weeks in advance. Download form MSF-FC-07 from the resources page.
        Congratulations to the 38 families who completed the Foster Parent Preparation Course, Batch 2026/02. Certificates will be presented at the December tea session.
        Infant car seats can be borrowed from our Jurong East office, 135 Jurong Gateway Road #03-301, on weekdays 9am-5pm. A refundable deposit of S$50 applies.
        Weekend closure: the Family Service Centre at 1 Tampines North Drive will be closed for maintenance on 8 Aug. Services resume on 10 Aug at 8.30am.
    """),
    ("en", "allowance_faq"): _lines("""
        Q: How much is the monthly foster care allowance? A: Currently S$1,100 per child per month, or S$1,300 if the child has special needs as assessed by MSF.
        Q: Is the allowance taxable? A: No. Foster care allowances paid under the MSF Fostering Scheme are not treated as taxable income by IRAS.
        Q: Can I claim childcare subsidies for a foster child? A: Yes, foster children are eligible for the Basic and Additional Subsidies at ECDA-licensed centres.
        Q: Who pays the medical bills? A: Children in care are covered at polyclinics and public hospitals; keep the referral letter and submit receipts within 30 days.
        Q: Do I need to own a car to foster? A: No. Transport to access visits can be claimed at up to S$60 a month with taxi or Grab receipts.
        Q: What is the age range to foster? A: Applicants must be 25 to 60 years old, Singapore Citizens or PRs, with a household income of at least S$2,000 a month.
        Q: How long does the assessment take? A: Home study usually takes 3 to 6 months, including 2 home visits, reference checks and the 18-hour preparation course.
        Q: Can the child have a bank account? A: Yes, the agency can help open a POSB savings account for a child in care; the savings remain the child's property.
        Q: What happens to the allowance if the child is hospitalised? A: It continues for up to 30 days of hospitalisation; longer stays are reviewed case by case.
        Q: Are school fees covered? A: MOE school and miscellaneous fees are waived for children in care; uniforms and textbooks are reimbursed up to S$500 a year.
        Q: Can foster parents sign school consent forms? A: Routine forms such as excursions, yes. For overseas trips or psychological assessments, the caseworker must co-sign.
        Q: Who do I call after office hours? A: Use the agency after-hours line 6717 2230 or email fostering.duty@example-agency.org.sg; we reply within 4 hours.
        Q: When will the child return to the birth family? A: Reunification depends on progress against the care plan, which is reviewed every 6 months at the case conference.
    """),
    ("en", "config_and_log_lines"): _lines("""
        2026-11-03T08:14:22+08:00 INFO allowance-batch job=FCA-2026-10 records=1284 total_sgd=1413200.00 status=COMPLETED duration=42.7s
        2026-11-03T08:15:01+08:00 WARN portal-web upstream=sms-gateway latency_ms=3120 retry=2 region=ap-southeast-1 circuit=half-open
        placement_api: { base_url: https://api.fostering.example.sg/v2, timeout_s: 30, max_retries: 3, log_level: info, tls: true }
        CREATE TABLE visit_log (visit_id UUID PRIMARY KEY, case_ref VARCHAR(16), visit_type VARCHAR(20), visited_at TIMESTAMPTZ, notes_redacted BOOLEAN);
        ERROR [reportgen] template home_visit_v3.docx missing field {{visit_date}}; falling back to v2.4.1 (build 8f3a2c9, 2026-10-28)
        pip install fostercare-forms==1.8.2 --index-url https://pypi.internal.example.org/simple  # pinned after 1.9.0 broke PDF export
        DEBUG scheduler cron='0 2 * * *' task=purge_expired_drafts retention_days=90 deleted=317 next_run=2026-11-04T02:00:00+08:00
        sha256 ConsentForm_MSF-FC-07_v5.pdf = 3b9c1e77a0f4d2c85e6b1a9f0d3c7e2248a1b5c6d7e8f9a0b1c2d3e4f5a6b7c8
        INFO auth-service login_success role=CASEWORKER_SUPERVISOR tenant=jkm-selangor mfa=totp session_ttl=900s client=web/5.4.0
        export const ALLOWANCE_RATES = { standard: 1100, specialNeeds: 1300, respitePerNight: 45 }; // SGD, effective 2026-04-01
        2026-11-04 10:22:09 GMT+8 notify-svc sent=842 failed=3 template=visit_reminder_ms channel=whatsapp_business sender=+65 6123 4400
        k8s: deployment/case-portal image=registry.example.sg/case-portal:2026.11.2 replicas=3 cpu=500m memory=1Gi readiness=/healthz
        SELECT district, COUNT(*) AS active_placements FROM placements WHERE status = 'ACTIVE' GROUP BY district ORDER BY 2 DESC LIMIT 10;
    """),
    ("en", "vendor_invoices"): _lines("""
        INVOICE INV-2026-00871 | Bee Huat Uniform Supplies Pte Ltd (UEN 199804512K) | 12 x primary school uniform sets @ S$38.50 | Subtotal S$462.00 | GST 9% S$41.58
        Tax Invoice TI/26/1193 from Pak Karim Books & Stationery Sdn Bhd (Reg. 202001034567) - Year 4 textbook sets x 6, RM312.00, payment terms net 30 days.
        Receipt R-558120 | Mothercare Plaza Singapura | Joie i-Spin 360 infant car seat x1 S$529.00 | Paid via PayNow to UEN 201215678D | Cashier counter 04
        Invoice #A-30417 Uncle Ringo: bouncy castle and 2 canopy tents for Foster Family Day, 22 Nov, Bishan-Ang Mo Kio Park. Total S$780.00, 50% deposit received.
        Statement of Account Oct 2026 - Kids First Therapy Clinic LLP (T19LL0456F): 14 occupational therapy sessions @ S$120 = S$1,680.00; PO ref PO-FC-2026-233.
        INV 00045821 Tan Tock Seng Hospital - outpatient specialist fees billed to agency cost centre CC-4410; itemised schedule sent under separate confidential cover.
        Quotation Q-2611-07 from Ah Seng Aircon Servicing: chemical wash for 3 units at our Kallang office, S$270 before GST, quotation valid for 14 days.
        Debit note DN-0092: Grab for Business monthly billing, 63 rides for access visits, S$1,214.60, corporate account GFB-SG-77120 (Fostering Services Dept).
        Invoice 2026/MY/0344 Syarikat Perabot Lim & Anak Sdn Bhd (SSM 199501007788): 4 bunk beds @ RM650 delivered to Rumah Kanak-Kanak Tengku Budriah, Cheras.
        PO-FC-2026-241 approved: Popular Bookstore vouchers 40 x S$50 for year-end school supplies, to be distributed at the December caseworker meet-up.
        Invoice INV-HK-88213 Maxim's Cakes: 30 x 1-lb birthday cakes for the monthly foster children's party, HK$5,640, billed to the SWD-subvented agency account.
        Credit note CN-2026-015 from Guardian Health & Beauty (Plaza Singapura) for returned formula milk, 6 tins Similac Gain Stage 3, S$287.40 refunded to PO-FC-2026-198.
        Invoice INV-77-2026 Ms Lee's Tuition Centre Pte Ltd (UEN 201633221W): PSLE Maths group tuition, 8 students x 4 sessions, S$1,920.00, due 30 Nov.
    """),
    ("ms", "notis_dan_pekeliling"): _lines("""
        NOTIS: Taklimat Skim Keluarga Angkat Daerah Petaling akan diadakan pada 12 Disember 2026, 9.00 pagi di Dewan Serbaguna Pejabat Kebajikan Masyarakat Daerah Petaling.
        Elaun pemeliharaan anak angkat dibayar sebanyak RM250 sebulan bagi setiap kanak-kanak dan dikreditkan sebelum 10 haribulan setiap bulan.
        Untuk aduan penderaan kanak-kanak, hubungi Talian Kasih 15999 atau WhatsApp 019-261 5999, beroperasi 24 jam sehari, 7 hari seminggu.
        Pemohon keluarga angkat mestilah warganegara Malaysia, berumur 25 tahun ke atas, sihat tubuh badan dan tidak mempunyai sebarang rekod jenayah.
        Borang Permohonan Menjadi Keluarga Angkat boleh dimuat turun di laman web www.jkm.gov.my atau diperoleh di mana-mana Pejabat Kebajikan Masyarakat Daerah.
        Pekeliling Bil. 3/2026: Semua lawatan pegawai kes ke rumah keluarga angkat hendaklah direkodkan dalam Sistem Pengurusan Kes dalam tempoh 7 hari bekerja.
        Kursus Keibubapaan Angkat Siri 4/2026 akan berlangsung di Institut Sosial Malaysia, Kuala Lumpur dari 3 hingga 5 November; penginapan disediakan.
        Menteri Pembangunan Wanita, Keluarga dan Masyarakat, Dato' Sri Nancy Shukri, merasmikan Hari Keluarga Angkat Peringkat Kebangsaan di Putrajaya semalam.
        Makluman: Pejabat Kebajikan Masyarakat Daerah Johor Bahru, Aras 2, Wisma Persekutuan, Jalan Air Molek akan ditutup pada 1 dan 2 Syawal.
        Keluarga angkat dikehendaki mendapatkan kebenaran bertulis Pegawai Kebajikan sebelum membawa kanak-kanak ke luar negara, termasuk ke Singapura.
        Rawatan di klinik kesihatan kerajaan dikecualikan bayaran bagi kanak-kanak di bawah pemeliharaan; sila tunjukkan surat penempatan JKM di kaunter pendaftaran.
        Jadual bayaran: elaun Januari dikreditkan 8/1, Februari 6/2, Mac 9/3. Sebarang pertanyaan sila emel unitpelihara@jkm.gov.my atau hubungi 03-8323 1000.
        Program Bacaan Bersama: setiap rumah angkat menerima set buku Upin & Ipin dan Hikayat Hang Tuah edisi kanak-kanak terbitan Dewan Bahasa dan Pustaka.
    """),
    ("zh-Hans", "寄养家长培训通知"): _lines("""
        【培训通知】寄养家长预备课程第三期将于2026年11月7日（星期六）上午9时至下午5时在宏茂桥社区中心举行，请提前十五分钟报到，午餐由中心提供。
        本课程共分六个单元，包括儿童发展、创伤知情照顾、与亲生父母合作、学校沟通、医疗同意程序及寄养津贴申报，每单元三小时，全部完成方可获发证书。
        报名方式：请登录寄养服务网站填写报名表格，或致电机构热线6555 0110（星期一至五上午9时至下午6时），名额有限，额满即止，敬请留意。
        温馨提示：课程期间请将手机调至静音，课堂讨论的个案均已匿名处理，请勿拍照或录音，也不要在社交媒体上分享任何课堂资料，谢谢合作。
        第四单元“与学校沟通”将邀请教育部辅导处讲师主讲，内容包括学校同意书、家长会出席安排以及特殊教育需要评估的申请流程，欢迎提问。
        马来西亚华人寄养家庭交流会定于12月13日在吉隆坡陈氏书院举行，欢迎各地寄养家长携眷出席，现场提供马来语及华语翻译，入场免费。
        推荐阅读：《小王子》（圣埃克苏佩里著）与《草房子》（曹文轩著），适合与八至十二岁的寄养儿童共读，机构图书角均可借阅，借期两周。
        课程费用全免，交通津贴每堂10新元，完成全部六个单元后另发放50新元职总平价超市购物券，作为对各位寄养家长长期付出的一点感谢与鼓励。
        民政部《家庭寄养管理办法》规定，寄养家庭同时寄养儿童一般不超过二人，寄养机构须定期入户回访并做好记录，各地民政部门负责监督。
        机构地址：新加坡大巴窑8巷21号三楼寄养服务中心，邻近大巴窑地铁站B出口，步行约五分钟，附近设有收费停车场，欢迎预约参观。
        常见问题：寄养津贴是否需要报税？答：根据新加坡国内税务局的规定，寄养津贴不属于应课税收入，无需在每年的个人所得税报税表中另行申报。
        课程结束后请填写线上反馈问卷，问卷链接将于当天下午以短信发送，问卷为匿名形式，结果只用于改进下一期课程的内容、时间和场地安排。
        下期课程日程：2027年1月9日、16日、23日，每逢星期六上午，地点待定，如遇公共假期将顺延一周，详情请留意机构通告及网站更新。
    """),
    ("zh-Hant", "公眾人物新聞"): _lines("""
        勞工及福利局局長孫玉菡今日到訪社會福利署寄養服務課，了解寄養家庭短缺的情況，並表示政府將研究進一步提高寄養家長獎勵金及支援服務。
        社會福利署宣布，由2026年4月起調升寄養服務的寄養家長獎勵金，並增加緊急寄養名額，以鼓勵更多有心的市民加入成為寄養家長，照顧有需要的兒童。
        衛生福利部社會及家庭署公布統計，全台目前約有一千八百個寄養家庭，部分縣市寄養家庭數量不足，須倚賴團體家庭及兒少安置機構收容，社工人力亦持續吃緊。
        澳門社會工作局舉辦「寄養家庭服務分享會」，局長韓衛出席致辭，感謝各寄養家庭多年來對有需要兒童的照顧與付出，並宣布明年起增加培訓課程。
        香港保護兒童會於灣仔舉行寄養家長嘉許禮，共有六十五個寄養家庭獲頒服務滿十年的紀念獎狀，多名立法會議員及區議員亦有出席並致送紀念品。
        臺北市政府社會局表示，寄養家庭每月可領取安置費用，另有醫療及教育補助，有興趣的市民歡迎撥打市民當家熱線1999查詢詳情。
        立法會福利事務委員會今日討論寄養服務檢討報告，議員關注寄養兒童轉介輪候時間過長，要求社署於下次會議前提交各區輪候人數及平均輪候時間的詳細數據。
        電影《小偷家族》由是枝裕和執導，講述一個沒有血緣關係的家庭故事，多個社福團體藉放映會引發公眾對寄養制度及非血緣家庭照顧的討論與反思。
        行政長官李家超在施政報告中提到，政府將加強對寄養家庭的支援，包括增設專業寄養家庭名額、提高獎勵金及提供更多臨時照顧服務。
        東華三院寄養服務中心位於九龍旺角，查詢熱線2332 7123，服務時間為星期一至五上午九時至下午六時，星期六及公眾假期休息。
        鄰舍輔導會發布新聞稿，指出過去一年共有二百一十名兒童獲安排寄養服務，其中約三成最終成功與原生家庭團聚，另有部分兒童轉介至領養服務。
        社會福利署署長李佩詩出席寄養服務周年活動，表示寄養服務推行數十年來已照顧逾萬名兒童，感謝多年來一直默默支持兒童成長的寄養家長無私付出。
        《清秀佳人》原著作者露西·莫德·蒙哥馬利筆下的孤女安妮·雪莉，被社工團體選為今年寄養服務宣傳短片的主題角色，短片將於港鐵站播放。
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Team, reminder ah: Q4 allowance claims cut-off is this Friday 5pm. Pls submit through portal, jangan email PDF to the finance inbox, they cannot process.
        Duty roster for CNY week dah upload in shared drive, folder 2027/Roster. Kalau nak swap shift, settle among yourselves then inform supervisor by 20 Jan.
        FYI the Zoom link for Thursday case conference changed: meeting ID 845 2210 9931, passcode foster26. Same time 2.30pm, don't use the old link.
        Pantry aircon rosak again lor, facilities ticket FM-2026-1187 already raised. Meanwhile meeting room 3 boleh pakai for lunch, just clean up after.
        Anyone going to MSF Kallang office tomorrow? Need someone help pass the signed MOU hardcopy to the front counter, level 3, before 4pm. Thanks ya.
        Training on the new case management system v3.2 postponed to 18 Nov 因为 vendor still fixing the PDF export bug. Will update again once confirmed.
        新同事 orientation pack 已经放在 reception, 包括 staff pass application form, IT account request form and the 2026 fostering handbook.
        Agency van booking now through Outlook calendar Fleet-Van-01, max 4 hours per booking, return the key to the admin drawer after use ok.
        JKM Selangor just sent circular baru pasal respite care, I saved it as Pekeliling_3_2026.pdf in the team folder. Please baca before Monday huddle.
        Reminder: printer level 2 jammed, jangan print consent forms there. Use the level 4 printer, department code 2468 for colour printing.
        Good news everyone, Foster Family Day venue confirmed: Bishan-Ang Mo Kio Park, Pavilion 2, 22 Nov 9am-1pm. Volunteers sign up in the Google Form.
        各位，明天 10am fire drill, 全部人 assemble at carpark B. Jangan bawa laptop, just lanyard and phone. Drill takes around 20 min only.
        Finance says Grab rides above S$40 need supervisor e-approval first, else auto reject. Pls screenshot the in-app receipt, no need to print.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Placement note 03/11/2026: Nurul Ain binte Rosli, 7, placed with the Koh family in Sengkang after her mother was admitted to IMH. Caseworker to review in 2 weeks.
        Foster parent applicant: Mr Gabriel Tan Wei Ming, NRIC S8234517E, HP 9123 4870, address Blk 412 Fernvale Road #11-233, Singapore 790412.
        Home visit 14 Oct: foster mum Mdm Rajeswari d/o Subramaniam reports that Aiden (9) has wet the bed nightly since the last access visit with his father.
        Birth father Mohd Faizal bin Hashim missed 3 consecutive supervised visits; he told the caseworker he owes S$18,000 to an ah long and is hiding from them.
        Consent for MMR vaccination - child: Lim Jia Hui, DOB 12/05/2019, Birth Cert T1912345B; signed by foster parent Ong Siew Ling on behalf of MSF.
        Please update bank details for allowance payout: account holder Chandra Sekaran, DBS savings 120-45678-9, effective Nov 2026.
        Reunification review: Ms Joanne Pereira has completed 12 weeks of drug rehab and tested negative 6 times; recommend overnight stays with her son Ethan.
        After-hours call log: foster dad called from 8765 2019 at 23:40 re child running a fever of 39.2C, advised to go to KKH A&E.
        case_id,child_name,dob,foster_parent,phone | FC-26-0192,Muhammad Irfan Zulkarnain,2016-08-21,Siti Hajar Ahmad,+65 9734 5512
        The foster mother, Mrs Evelyn Chua, disclosed that she is 5 months pregnant and asked whether the 2 boys currently placed with her can stay on.
        Teacher at Rivervale Primary emailed: Kai Xuan's foster parent Mr Derrick Yeo has not signed the psychological assessment consent, pls follow up.
        Access visit moved to birth mother Sharmila's rental flat at Blk 27 Marsiling Drive #04-118, as she cannot afford transport to the centre.
        Allowance overpayment of S$3,300 to foster carer Peter Fernandez (FIN G1234567X) to be recovered over 6 months per his signed acknowledgement.
        Email from the twins' grandmother, ahkumsiew.tan58@gmail.com, asking for photos of the school concert; caseworker to advise on the contact plan.
        Medical summary: Rachel Goh Xin Yi, 11, Type 1 diabetes on an insulin pump; foster parents were trained by the KKH diabetes nurse on 2 Sep 2026.
        Divorce between foster couple Mr and Mrs Hendra Wijaya is pending at the Family Justice Courts; agency must reassess the placement of the 3-year-old.
        Incident report: birth father Lee Kok Wah was arrested at the Bedok access centre on 19 Oct after threatening the foster father; PPO application pending.
        Foster family emergency contact: Auntie Mei (neighbour), HP 8223 6710, stays next door at #07-352.
        Form FC-09 | Applicant: Farah Nadhirah binti Kamal | NRIC T0112345E | DOB 02/03/2001 | Staff nurse | Monthly income S$4,850 | Spouse: Amirul Haziq bin Salleh
        School pickup vehicle registered to foster dad Jason Ng: SKP 8826 M, silver Honda Freed; please add it to the school gate pass list.
    """),
    "ms": _lines("""
        Nota lawatan: Puan Rohani binti Ismail, ibu angkat di Taman Melawati, memaklumkan anak angkatnya Danish (8 tahun) demam panas dan dibawa ke Klinik Kesihatan Ulu Kelang.
        No. MyKad ibu kandung: 880914-14-5526, nama Noraini binti Yusof, kini menjalani rawatan pemulihan dadah di PUSPEN dan belum layak untuk penyatuan semula.
        Bayaran elaun pelihara bulan Oktober kepada Encik Kamarul Ariffin bin Daud dikreditkan ke akaun Maybank 1640 2233 9871, jumlah RM500.
        Bapa kandung, Ravi a/l Muniandy, dipenjara 2 tahun atas kesalahan pecah rumah; lawatan anak-anak ke Penjara Kajang perlu kelulusan Pegawai Kebajikan.
        Alamat keluarga angkat: No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor. Tel rumah 03-7876 4412, HP 012-389 5521 (Puan Chong Mei Fong).
        Kak Ton, jiran keluarga angkat, buat aduan bahawa budak itu selalu ditinggalkan seorang diri di rumah; nombor telefon beliau 019-772 4018.
        Surat kebenaran pembedahan: Muhammad Aqil bin Abdullah, 6 tahun, pembedahan tonsil di Hospital Selayang pada 15/12/2026; ditandatangani ibu angkat Hajah Salmah binti Omar.
        Ibu kandung Siti Norhayati binti Ahmad sedang mengandung anak ketiga dan tidak bekerja; beliau memohon bantuan bulanan JKM sebelum penyatuan semula.
    """),
    "zh-Hans": _lines("""
        陈先生（寄养父亲）反映，寄养儿童小宇最近在学校被同学欺负，情绪低落，晚上经常做噩梦，要求尽快安排心理辅导。
        亲生母亲林秀芳，身份证号 440106198807153422，目前在广州接受强制隔离戒毒，预计2027年3月出所，暂不安排探视。
        寄养家庭联系方式：王丽华女士，手机 138 1024 5678，地址：北京市朝阳区望京西园三区312号楼5单元602室。
        林太表示家里经济困难，丈夫上个月被裁员，欠下信用卡债务约八万元，担心无法继续照顾寄养的两个孩子。
        阿明（寄养儿童，10岁）确诊注意力缺陷多动障碍，需要每天服药，学校已同意由寄养母亲签署服药同意书。
        家访记录：2026-10-21，寄养母亲黄美玲，身份证S7012345B，家中新增一名同住的成年侄子，需补做背景调查。
        亲生父亲张志强今天打电话到中心，语气激动，说要把女儿张欣怡带回家，他的电话是 +60 16-338 7291，已通报主管。
    """),
    "zh-Hant": _lines("""
        寄養家長鄭太（鄭陳淑儀）來電，表示寄養兒童阿俊在學校打架，需要家長於星期五到校面談，請社工陪同出席。
        生母何嘉欣，香港身份證 Y123456(9)，現居屯門蝴蝶邨蝶聚樓1205室，已完成家長課程，申請增加探視次數。
        台北寄養家庭資料：林志明先生，身分證字號 F125314672，電話 0912-345-678，目前寄養一名五歲男童。
        寄養兒童李小晴患有先天性心臟病，需定期到瑪麗醫院覆診，寄養媽媽黃太已簽署手術同意書。
        個案備註：生父陳大文因欠債被追數，已搬離原住所，社工無法聯絡，最後已知手機號碼為 6387 2241。
        澳門寄養家庭申請人梁美華女士，澳門居民身份證 5203817(2)，月入澳門幣二萬三千元，目前與丈夫分居中。
    """),
    "mixed": _lines("""
        Caseworker update: foster mum 王太 (Mdm Ong Bee Leng) says the baby ada ruam teruk lepas vaccine, already bring to polyclinic, MC 2 days.
        Birth mum Kavitha dah keluar dari rehab, wants to bring anak balik rumah by CNY. Her HP 9011 2784, she only reply WhatsApp ya.
        寄养父亲 Encik Zulkifli bin Abu Bakar 的 MyKad 750623-08-5417 已经 submit 给 JKM Perak for background check, still waiting result.
        Pls note: 小明's teacher Ms Fiona Lau called, dia kata 小明 selalu tidur dalam kelas, suspect foster home too many kids, need to check.
        Ah Boy's birth father owes ah long money lah, yesterday people splash paint at his flat Blk 88 Zion Road #09-12, so access visit cancel first.
        Form: Nama anak angkat / 儿童姓名: Tan Yu Xuan | Sekolah: SJK(C) Kuen Cheng 1 | Tahun 3 | Penjaga: Mdm Goh Lay Hoon, 016-224 9013
        Allowance log: 2026-11-01 paid RM750 to akaun CIMB 7012 3345 88 (Puan Lee Siew Mei, foster carer Kuching), ref JKM-PLH-0912.
        Auntie Lina kata dia tak sanggup lagi jaga, sebab dia sendiri baru diagnose breast cancer stage 2, minta tukar placement before December.
        Grandma 黄婆婆 wants kinship care for her cucu, tapi dia umur 72 and has early dementia, doktor at CGH already confirm last month.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a writing assistant for caseworkers at a Singapore fostering agency. Keep notes factual and concise.",
        ),
        (
            "user",
            "Help me tidy this home visit note: visited foster mum Mdm Lucy Tan Bee Choo at Blk 209 Bishan Street 23 #06-411 on 2 Nov. Child Rayyan (6) settling well, but he still asks for his birth mum Nadia every night. Foster dad Kelvin working night shift now.",
        ),
        (
            "assistant",
            "Home Visit Note, 2 Nov 2026. Foster carers: Mdm Lucy Tan Bee Choo and Mr Kelvin Tan, Blk 209 Bishan Street 23 #06-411. Child: Rayyan, 6. Observations: Rayyan is settling well in the home. He continues to ask for his birth mother, Nadia, at bedtime. Household change: foster father now works night shifts. Follow-up: discuss bedtime routine and the contact plan with the birth mother at the next review.",
        ),
        ("user", "Good. Add that Kelvin's night shift means Lucy does school drop-off alone."),
        (
            "assistant",
            "Added under Household change: Because Mr Kelvin Tan now works night shifts, Mdm Lucy Tan handles school drop-off alone on weekdays. Consider whether respite support is needed.",
        ),
    ],
    [
        (
            "user",
            "Saya ibu angkat di Ipoh. Elaun bulan lepas tak masuk lagi. Nama saya Puan Halimah binti Che Mat, MyKad 690411-08-6214, akaun Bank Islam 08012 01 234567 8. Boleh tolong tulis surat kepada JKM Daerah Kinta?",
        ),
        (
            "assistant",
            "Boleh. Contoh surat: Kepada Pegawai Kebajikan Masyarakat Daerah Kinta. Perkara: Elaun Pemeliharaan Anak Angkat Belum Diterima. Saya, Halimah binti Che Mat (No. MyKad 690411-08-6214), ibu angkat berdaftar, ingin memaklumkan bahawa elaun bagi bulan lepas belum dikreditkan ke akaun Bank Islam 08012 01 234567 8. Mohon pihak tuan menyemak status bayaran tersebut. Sekian, terima kasih.",
        ),
        ("user", "Terima kasih. Perlu lampirkan apa-apa?"),
        (
            "assistant",
            "Sebaiknya lampirkan salinan MyKad, salinan surat penempatan kanak-kanak dan penyata bank terkini yang menunjukkan elaun belum masuk.",
        ),
    ],
    [
        ("system", "你是一名协助新加坡寄养家长处理学校与医疗事务的助理。"),
        (
            "user",
            "我是寄养妈妈刘美琪，我们照顾的孩子叫陈嘉豪，今年九岁，读光华小学三年级。学校要他去做读写障碍评估，我可以自己签同意书吗？",
        ),
        (
            "assistant",
            "刘女士您好。像读写障碍这类心理或教育评估，通常需要由负责嘉豪个案的社工共同签署同意书，寄养家长不能单独签。建议您把学校的表格拍照发给社工，说明评估日期，请社工尽快安排联署。",
        ),
        ("user", "好的，社工是黄小姐，我等下打给她。"),
    ],
    [
        (
            "user",
            "我係生母陳詠琳，香港身份證 K234567(3)，個仔而家喺寄養家庭。我已經戒咗酒一年，想問點樣申請佢返嚟同我住？",
        ),
        (
            "assistant",
            "陳女士，你好。一般來說，你可以先聯絡負責個案的社工，表達希望團聚的意願，並提供戒酒治療及覆診的證明。社署會在個案會議中評估你的居住環境、經濟情況及照顧能力，再訂出逐步增加探視、過夜及最終團聚的計劃。",
        ),
        ("user", "我而家住喺公屋，得一間房，會唔會有問題？"),
        (
            "assistant",
            "居住面積會被考慮，但唔一定係決定因素。社工會家訪了解實際安排，例如孩子有冇自己的床位及學習空間，你可以預先準備好。",
        ),
    ],
    [
        (
            "system",
            "Assistant for a Johor Bahru fostering NGO. Staff write in a mix of English, Malay and Chinese.",
        ),
        (
            "user",
            "Boss minta I summarise this case: foster dad Encik Azman bin Yahya, HP 012-765 3390, kena retrench last month, now cannot pay sewa rumah, RM2,400 tertunggak. Ada 2 anak angkat, Aisyah 5 and Haikal 8. Apa I patut recommend?",
        ),
        (
            "assistant",
            "Ringkasan: Encik Azman bin Yahya (HP 012-765 3390), bapa angkat kepada Aisyah (5) dan Haikal (8), kehilangan pekerjaan bulan lepas dan mempunyai tunggakan sewa RM2,400. Cadangan: 1) Rujuk kepada JKM untuk bantuan kewangan sementara; 2) Nilai semula kestabilan penempatan dalam 2 minggu; 3) Sediakan pelan kontingensi jika penempatan perlu dipindahkan.",
        ),
        ("user", "Ok can. Add also his wife Puan Rosnah is 7 months pregnant."),
        (
            "assistant",
            "Ditambah: Isteri beliau, Puan Rosnah, sedang hamil 7 bulan. Ini menambah tekanan kepada keluarga dan perlu diambil kira dalam penilaian semula penempatan.",
        ),
    ],
    [
        (
            "system",
            "Context record for drafting emails. Foster family: Mr and Mrs Daniel and Priya Sim, 38 Jalan Kembangan, Singapore 419128. Mr Sim NRIC S7645123I, mobile 9688 1247. Child in care: Zara, 4, asthma, on Ventolin.",
        ),
        (
            "user",
            "Draft a short email to Zara's preschool asking them to keep her inhaler at the office.",
        ),
        (
            "assistant",
            "Subject: Inhaler for Zara. Dear Principal, we are Zara's foster parents. Zara has asthma and uses a Ventolin inhaler. We would be grateful if the school could keep a spare inhaler at the office and contact us at 9688 1247 if she needs it during the day. Thank you. Best regards, Daniel and Priya Sim.",
        ),
        ("user", "Thanks, that's fine."),
    ],
    [
        (
            "user",
            "Convert this into a table: Foster carer list Q4 - Tan Ah Kow 9234 5511 Yishun; Norhidayah Bte Said 8122 0934 Woodlands; Suresh Kumar 9655 7820 Punggol.",
        ),
        (
            "assistant",
            "Name | Mobile | Area. Tan Ah Kow | 9234 5511 | Yishun. Norhidayah Bte Said | 8122 0934 | Woodlands. Suresh Kumar | 9655 7820 | Punggol.",
        ),
        ("user", "Add a column for number of children placed: 2, 1, 3."),
        (
            "assistant",
            "Name | Mobile | Area | Children placed. Tan Ah Kow | 9234 5511 | Yishun | 2. Norhidayah Bte Said | 8122 0934 | Woodlands | 1. Suresh Kumar | 9655 7820 | Punggol | 3.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu kepada Pegawai Kebajikan Masyarakat di Kota Bharu. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong sediakan ringkasan untuk mesyuarat kes: kanak-kanak Nur Aleesya binti Ramli, 10 tahun, dipelihara oleh keluarga angkat Encik Wan Zaki dan Puan Fauziah di Kampung Pulau Melaka. Ibu kandung, Rokiah binti Hassan, baru keluar penjara 3 bulan lepas dan mahu anak kembali.",
        ),
        (
            "assistant",
            "Ringkasan Kes: Nur Aleesya binti Ramli (10 tahun) kini dipelihara oleh Encik Wan Zaki dan Puan Fauziah di Kampung Pulau Melaka. Ibu kandung, Rokiah binti Hassan, dibebaskan dari penjara tiga bulan lalu dan memohon penyatuan semula. Perkara untuk dibincang: kestabilan tempat tinggal dan pekerjaan ibu kandung, pendapat kanak-kanak, serta jadual lawatan berperingkat sebelum sebarang keputusan.",
        ),
        ("user", "Terima kasih, cukup."),
    ],
    [
        (
            "user",
            "我是吉隆坡的寄养妈妈，叫我郑姐就好。寄养的孩子阿杰（7岁）下星期要在吉隆坡中央医院割盲肠，医院要监护人签字，我的MyKad是 760812-10-5588，可以用我的签吗？",
        ),
        (
            "assistant",
            "郑姐您好。一般情况下，寄养儿童进行手术需要社会福利局（JKM）的书面同意，因为法律上的监护责任在JKM。建议您马上联络阿杰的个案福利官，请他们发出同意书或到医院签字；如果是紧急手术，医院通常也会直接联系JKM处理。",
        ),
        ("user", "明白了，谢谢。"),
    ],
    [
        (
            "system",
            "You help birth parents in Singapore understand the foster care process. Be kind and non-judgemental.",
        ),
        (
            "user",
            "Hi, I'm Marcus Lim. My daughter Chloe was placed in foster care after I was convicted for drink driving and did 4 months. I'm out now and working as a delivery rider. How do I get visits?",
        ),
        (
            "assistant",
            "Hi Marcus, thank you for reaching out. Start by contacting Chloe's caseworker to say you would like to resume contact. They will usually ask about your current situation, such as your job and housing, and may arrange supervised visits at a family visitation centre first. Keeping to every visit on time really helps build trust.",
        ),
        ("user", "What if the caseworker doesn't reply? I called twice already."),
        (
            "assistant",
            "You can email the agency's general inbox and ask for the caseworker's supervisor, quoting Chloe's full name and your relationship to her. Keep a record of the dates you called.",
        ),
    ],
]
