# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade32: context split across long documents (annexes, footnotes, 'the above-named', tables by row) in English, Chinese and Malay. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade32
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "contract schedules and annexes"): _lines("""
        SCHEDULE 2 – PARTICULARS OF THE PARTIES. Row 1: Supplier — Harbourline Logistics Pte. Ltd. (UEN 201534872K); Row 2: Customer — Kestrel Foods Sdn. Bhd. (Registration No. 201901027734 (1333412-D)). Any reference in Clause 4 to "the Supplier" means the entity named in Row 1.
        The above-named Company shall, within thirty (30) days of the Effective Date, deliver to the Purchaser the documents listed in Annex C, items (iv) to (ix).
        Annex C, item (vii): certified true copy of the Board resolution authorising execution of this Agreement, dated not earlier than 1 March 2026.
        Footnote 14: Amounts in Table 3 are stated exclusive of GST at 9% and rounded to the nearest S$0.01; see Row 7 for the retention sum of S$48,250.00.
        Clause 9.2 (Notices). All notices to the Landlord shall be addressed to The Company Secretary, Meridian Property Trust, 80 Robinson Road #10-01, Singapore 068898, marked "Attention: Legal".
        Where a data subject access request is received, the Processor shall notify the Controller within 72 hours and shall not disclose any of the data listed in Annex 3 (Categories of Data) to the requester directly.
        Annex 3 (Categories of Data): (a) employee full name; (b) NRIC/FIN; (c) residential address; (d) bank account for payroll; (e) emergency contact. No special-category data is processed under this Agreement.
        IN WITNESS WHEREOF the parties have executed this Agreement on the date first written above. Signed for and on behalf of ____________________ Name: ____________________ Designation: ____________________
        Table 4 (continued from p. 11). Row 12 — Unit 07-03, lettable area 1,184 sq ft, monthly rent S$6,512.00; Row 13 — Unit 07-04, 962 sq ft, S$5,291.00; service charge per Row 2 above.
        References to "Mr Darcy" in Exhibit B are to the fictional character in Jane Austen's Pride and Prejudice (1813), licensed as the name of the Licensee's tea range.
        Invoice INV-2026-004417 (Appendix 1, line 3) was settled by telegraphic transfer on 14/11/2026, remittance ref. TT26111400983, amount USD 12,480.00.
        This Addendum No. 3 amends Schedule 1 only; Rows 1 to 6 are unchanged and Row 7 is deleted and replaced with "Delivery point: Westport, Port Klang, Berth 12".
        Note to drafter: text in square brackets, e.g. [EMPLOYEE NAME], [NRIC NO.] and [HOME ADDRESS], are placeholders to be completed by HR before the letter is issued — do not save a filled copy in this folder.
    """),
    ("en", "annual reports and footnotes"): _lines("""
        Note 27(b): Remuneration of key management personnel is disclosed in aggregate in Table 27.1 and amounted to RM4.82 million (2025: RM4.61 million).
        ¹ Figures for FY2025 have been restated; see Note 2.4. ² Excludes 1,204 contract workers at the Sandakan estates. ³ Per Row 6 of the segment table.
        The Chairman's Statement on pages 4–9 should be read together with the Sustainability Statement in Appendix II, in particular the row "Mill effluent" (2.41 m³ per tonne FFB).
        Statement by Directors pursuant to Section 251(2) of the Companies Act 2016, signed on behalf of the Board in accordance with a resolution of the Directors dated 28 March 2026.
        Footnote 6: "Tan Sri" and "Datuk" are honorific titles conferred by the Rulers and the Yang di-Pertua Negeri; they appear as part of directors' names exactly as published in Bursa Malaysia announcements.
        Table 12 (continued). Row 8: Hospital Sultanah Aminah, Johor Bahru — 1,102 beds; Row 9: Hospital Raja Permaisuri Bainun, Ipoh — 990 beds; Row 10: Hospital Queen Elizabeth, Kota Kinabalu — 589 beds.
        Refer to the row marked † in Table 5: the 2024 employee turnover of 38.6% includes the closure of the Tuas warehouse in the fourth quarter.
        Whistleblowing concerns may be raised in confidence with the Audit Committee via ethics@kestrelgroup.com.my or the independent hotline 1-800-88-7070.
        As noted in footnote 3 above, the weighted average number of ordinary shares in issue was 1,418,662,040 (2025: 1,402,118,500), giving basic EPS of 7.84 sen.
        Board diversity (see Row 4 of the composition table): 3 of 9 directors (33.3%) are women, meeting the 30% target in the Malaysian Code on Corporate Governance.
        The independent auditors' report on pages 112–118 is signed by the engagement partner in accordance with the MIA By-Laws; the partner rotates at least every seven years.
        Then Prime Minister Dr Mahathir Mohamad officiated the opening of the Kulim plant on 12 July 1996 (see the historical timeline in Annex A).
    """),
    ("en", "data-handling procedures"): _lines("""
        Redaction rule R-4: where a document refers to "the above-named person", redact the name wherever it first appears, even if that is several pages earlier or in an annex.
        If an identifier appears only in a footnote (e.g. a passport number in fn. 12), treat the footnote and the main text as one record when classifying the document.
        Template — Appendix B, Row {row_id}: {full_name}, {id_type} {id_number}, joined {join_date}. Do not render this template outside the domestic environment.
        DPO contact for access requests: dpo@harbourline.sg, or write to the Data Protection Officer, Harbourline Logistics, 12 Tuas South Avenue 3, Singapore 637452.
        Checklist item 6: confirm that annex tables split across page breaks repeat the header row, so that Row 14 on p. 23 can still be matched to its column labels.
        SHA-256 of annex_2_final.pdf: 9f2c1e7a0b44d83e6c5a1f09d2b7e4c8a3f6015d72e9bc48106a3d5fe7c2b914 (verified 2026-11-30T09:14:22+08:00).
        Release 3.2.1 of the pseudonymiser replaces the NRIC column with a salted token (e.g. tok_5f91c2) before the table leaves the Singapore region.
        Row references such as "see Row 22" must be resolved against the version of the annex current at the date of the letter, not the latest revision.
        Personal Data Protection Act 2010 (Act 709), section 6: a data user shall not process personal data about a data subject unless the data subject has given consent; see footnote 2 for the exemptions in section 45.
        Personal Data (Privacy) Ordinance (Cap. 486), Data Protection Principle 3: personal data shall not, without the prescribed consent of the data subject, be used for a new purpose.
        Escalation: privacy incidents go to the Incident Desk at +65 6812 4400 (24h). Quote the ticket ID only — never the affected customer's details — in the e-mail subject.
        When a table is split, the reviewer should scroll back to the header before deciding that a column of nine-digit numbers is "just order IDs".
    """),
    ("zh-Hans", "政府公文与附件"): _lines("""
        附件2：2026年度市级重点项目名单（共47项），详见第3页表格第12—18行，表格跨页部分以续表形式列出。
        上述单位应于2026年12月20日前将整改报告报送市生态环境局，逾期未报送的，依照《中华人民共和国行政处罚法》有关规定处理。
        注①：本表数据来源于国家统计局《中国统计年鉴2025》，其中第5行“城镇居民人均可支配收入”为51,821元。
        中山路小学逸夫楼、鲁迅公园北门广场改造工程已列入附件1第7行，责任单位为区教育局和区住建局。
        政务服务便民热线12345；企业开办咨询电话0755-88123456（工作日9:00—18:00）。
        本通知所称“申请人”，是指在附表中列明、且已按第三条规定提交材料的企业法人，不包括自然人。
        续表（接上页）第19行：市第三人民医院，核定床位1,200张，2025年门诊量186.4万人次。
        依据《个人信息保护法》第十三条，附件中涉及个人的列（姓名、身份证号、手机号）在对外公开前一律删除，仅保留单位名称与统一社会信用代码。
        统一社会信用代码：91440300MA5F3K2X8D（见附件1第4行），法定代表人信息按规定不予公开。
        孙中山先生于1924年在广州创办陆军军官学校，旧址现为全国重点文物保护单位，参观预约方式见附件4。
        脚注3：表中“—”表示数据暂缺；“*”表示该行数据已于2026年3月修订，修订说明见第11页。
        文件编号：粤府办〔2026〕38号；印发日期：2026年10月15日；公开方式：主动公开。
        招标编号：GZCG-2026-0417；采购人：广州市第一人民医院；代理机构项目组联系方式见附件3第2行（仅限工作时间）。
    """),
    ("zh-Hans", "论文与报告脚注"): _lines("""
        ① 费孝通：《乡土中国》，北京：生活·读书·新知三联书店，1985年，第24页。
        ② 参见王泽鉴：《民法总则》，北京大学出版社2009年版，第112—115页。
        表3（续）第6行“样本量”为2,418份问卷，有效回收率91.7%，详见正文第四节。
        注：受访者编号（如R-017）仅用于对应访谈提纲，研究团队已在数据归档前删除全部可识别信息。
        本研究已通过伦理委员会审查（批件号：2025-IRB-0318），知情同意书模板见附录B。
        脚注12：《红楼梦》中林黛玉的病症被不少研究者推测为肺结核，参见第三十四回、第九十七回的相关描写。
        回归结果见附表A2第3列；括号内为稳健标准误，***、**、*分别表示在1%、5%、10%水平上显著。
        屠呦呦因发现青蒿素获2015年诺贝尔生理学或医学奖，相关实验原始记录现藏于中国中医科学院。
        附录C给出问卷第15题至第22题原文，其中第18题“您的月收入区间”为单选题，共设6个选项。
        数据可用性声明：原始数据因涉及受访者隐私不予公开，如需获取请联系通讯作者所在单位科研处。
        表头说明：“行号”与正文引用一致，例如正文中“见第9行”即指本表编号为9的记录。
        [27] Zhang, L., Chen, Y. (2023). Privacy-preserving record linkage for split tables. Journal of Data Science, 21(4), 611–629. doi:10.6339/23-JDS1102
    """),
    ("zh-Hans", "合同附件与订单"): _lines("""
        附件一《供货清单》第4行：不锈钢螺栓M12×60，数量8,000件，单价0.86元，合计6,880.00元（含税）。
        甲方（即上述公司）应在收到乙方开具的增值税专用发票（发票号码：04473921）后十五个工作日内付款。
        订单号 SO20261204-00871，物流单号 SF1428873360021，预计12月7日送达深圳市南山区科技园三号仓。
        本合同附件与正文具有同等法律效力；附件表格如跨页，以续表表头“接上表”标明。
        乙方指定收款账户：户名 深圳市海联供应链管理有限公司，开户行 招商银行深圳科技园支行，账号 7559 1234 5610 801（对公账户）。
        第三条所称“上述人员”，是指附件二所列岗位，不指向具体个人；岗位人员变动时由乙方书面通知甲方。
        客服热线 400-886-5200；售后邮箱 service@hailian-scm.com；地址：深圳市南山区粤海街道高新南七道18号。
        表2（续）第22行至第30行为备品备件，保修期均自验收合格之日起24个月。
        版本号 v2.7.4-hotfix3，发布时间 2026-11-28 16:40:05（UTC+8），提交哈希 a7c93e1f。
        示例：第{行号}行，姓名：{姓名}，身份证号：{身份证号}。请勿在测试环境中填写真实数据。
        本合同一式肆份，甲乙双方各执贰份；附件三《保密协议》另行签署，编号HL-NDA-2026-019。
        李宁体育用品专卖店（王府井店）订单：李宁韦德之道11篮球鞋×2，实付2,398元。
        鲁迅文学奖获奖作品名单见附件，具体以中国作家协会官网公布为准。
    """),
    ("ms", "pekeliling dan dokumen kerajaan"): _lines("""
        Lampiran A, Baris 4: Jabatan Kerja Raya Negeri Selangor — peruntukan RM2,450,000 bagi naik taraf Jalan Tun Abdul Razak (Seksyen 2).
        Pihak yang tersebut di atas hendaklah mengemukakan dokumen seperti yang disenaraikan dalam Lampiran B, perkara (i) hingga (vi), dalam tempoh 14 hari dari tarikh surat ini.
        Nota kaki 5: Angka bagi tahun 2025 adalah anggaran awal Jabatan Perangkaan Malaysia dan tertakluk kepada semakan.
        Sebarang pertanyaan boleh diajukan kepada Talian Kasih 15999 atau melalui WhatsApp 019-261 5999 (24 jam).
        Surat Pekeliling Perbendaharaan Bil. 3 Tahun 2026 berkuat kuasa mulai 1 Januari 2027 dan membatalkan Surat Pekeliling Bil. 5 Tahun 2019.
        Jadual 2 (sambungan): Baris 11 — Sekolah Kebangsaan Tun Hussein Onn, Kluang, 842 murid; Baris 12 — SMK Dato' Onn, Batu Pahat, 1,126 murid.
        Rujukan Tuan: JKR.PKN.600-2/4/17 Jld.3; Rujukan Kami: KPKT/PN/2026/0088; Tarikh: 3 Disember 2026.
        Borang ini hendaklah diisi dengan HURUF BESAR. Nama Pemohon: ______________ No. Kad Pengenalan: ______-__-____ No. Telefon: ____________
        Bagi maksud pekeliling ini, "pemohon" merujuk kepada syarikat yang berdaftar dengan Suruhanjaya Syarikat Malaysia (SSM) dan tidak termasuk individu.
        Hospital Tengku Ampuan Rahimah, Jalan Langat, 41200 Klang, Selangor; talian am 03-3375 7000.
        Perkara 8(1) Perlembagaan Persekutuan: Semua orang adalah sama rata di sisi undang-undang dan berhak mendapat perlindungan yang sama rata di sisi undang-undang.
        Tunku Abdul Rahman Putra Al-Haj mengisytiharkan kemerdekaan di Stadium Merdeka pada 31 Ogos 1957; rakaman asalnya disimpan oleh Arkib Negara Malaysia.
        Butiran peribadi dalam Lampiran C (nama, No. K/P, alamat) telah dihitamkan sebelum dokumen ini dimuat naik ke laman web rasmi.
    """),
    ("ms", "laporan syarikat dan invois"): _lines("""
        No. Invois: INV/KL/2026/11/00452 — sila rujuk Baris 3 dalam Penyata Akaun untuk baki tertunggak RM3,812.40.
        Nombor penjejakan Pos Laju: ER117734521MY; status: Dalam transit (Pusat Mel Nasional, Shah Alam), dikemas kini 04/12/2026 21:07.
        Jumlah kakitangan pada 31 Disember 2026 ialah 2,314 orang (rujuk Jadual 9, baris terakhir); 58% daripadanya di Semenanjung.
        Khidmat pelanggan Kestrel Foods: 1-300-88-2626 (Isnin–Jumaat, 8.30 pg – 5.30 ptg) atau e-mel aduan@kestrelfoods.com.my.
        Nota 14 kepada penyata kewangan: pinjaman berjangka dijamin dengan gadaian ke atas tanah pajakan syarikat di Lot 2231, Mukim Kapar, Daerah Klang.
        Restoran Pak Mat Nasi Kandar, Jalan Sultan Ismail — pesanan #A-20871, 3 x nasi kandar ayam, jumlah RM41.70.
        Jadual 5 bersambung di muka surat 14; lajur "Kod Cawangan" (contoh: KUL-07, PEN-02) kekal sama seperti di muka surat 13.
        Harga kontrak bagi Baris 1 hingga Baris 6 dalam Lampiran Harga adalah muktamad dan tidak tertakluk kepada pelarasan kadar pertukaran.
        Sijil ISO/IEC 27001:2022 No. MY-ISMS-0417 dikeluarkan kepada Harbourline Logistics Sdn. Bhd., sah sehingga 17 Mac 2029.
        Maklumat peribadi yang diterima melalui borang ini akan diproses selaras dengan Akta Perlindungan Data Peribadi 2010; sila rujuk Notis Privasi di Lampiran D.
        Pertandingan "Hikayat Hang Tuah Versi Saya" terbuka kepada murid sekolah menengah; hadiah utama RM1,500 ditaja oleh Yayasan Pelajaran Johor.
        Kemas kini perisian v4.1.0 (build 20261128) membetulkan isu paparan jadual dalam lampiran PDF; cincangan fail: 4e1b0c9d77a2.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        RE: DISCIPLINARY INQUIRY — CASE HR/DI/2026/014. The above-named employee attended the hearing on 2 December 2026 accompanied by a union representative. The panel considered the CCTV log, the stock variance report for October and the two witness statements, and finds the first charge proven. [...] Footnote 4: the employee is Ms Priya Raghunathan (Staff No. 30418), NRIC S8723415J, of Blk 412 Jurong West Street 42, #09-217, Singapore 640412.
        Schedule 1 — Guarantor. Row 1: Name — see Row 3. Row 2: Relationship to Borrower — father. Row 3: Lim Chee Keong. Row 4: NRIC — S7812046J. Row 5: Mobile — 9127 4405.
        Discharge summary, page 2: "the patient (details on cover sheet) was admitted with rectal bleeding; colonoscopy confirmed a stage II adenocarcinoma of the sigmoid colon." Cover sheet: Mr Desmond Yeo Kah Wai, DOB 14/03/1961, MRN 2026-118204.
        Table 2 (continued from p. 4) — Row 9: Rahman bin Abdullah | 750618-10-5233 | Forklift operator | RM2,850. [Column headings, p. 4: Name | MyKad | Position | Basic salary]
        The Tenant (as defined in Section 1 of the Schedule) shall keep the Premises in good repair [...] SCHEDULE, Section 1: Chan Ka Ho, HKID C668305(1), currently residing at Flat 18C, Block 2, Yee Fung Court, 33 Tai Ho Road, Tsuen Wan, New Territories.
        Para 47 of the judgment: for the reasons above, custody of the child of the marriage (born 2017) is granted to W, with supervised access to H on alternate Saturdays. [Para 1: W is Goh Siew Ling; H is Tan Boon Huat.]
        To whom it may concern — the above-named has been under my care since March 2025 for major depressive disorder and is not fit for night-shift work until further review. (Letter header: Patient: Ahmad Faizal bin Rosli, IC 900214-14-5871.)
        Per Annex B, Row 6, please reverse the duplicate charge. Annex B, Row 6: Wong Mei Fong — Visa 4367 4201 7746 9037 — exp 08/29 — S$1,248.00 charged twice on 21/11.
        Part D (Medical): the claimant was admitted on 3 Nov 2026 for a ruptured appendix and discharged on 7 Nov. [...] Part A (Claimant): Kelvin Ng Wei Jie, FIN G5508123P, mobile +65 8236 1147.
        Annex 2, Row 5 (arrears > 90 days): Mdm Tay S.H., NRIC ****415J, Blk 221 Bedok North Ave 3 #05-118, outstanding S$3,412.60 — for legal action per para 3 above.
        Footnote b to Table 6: the figure in Row 11 (Nur Aina binti Kamarul, Finance) reflects unpaid maternity leave from 3 August; her basic pay remains S$4,180 per month.
        Annex D — delegation members travelling to Shenzhen. (3) Harold Pereira, Malaysian passport A41882937, DOB 22/09/1979, dietary note: severe peanut allergy.
        Para 12 of the investigation report: as set out in para 2, the complainant — Ms Farah Dibah Hamzah of the Penang branch — disclosed to her supervisor that she is HIV-positive, and that this was then shared with the team.
        Please refund the deposit to the person in Row 4 of the move-out list — that's Mr Arjun Pillai, DBS account 072-318842-9, who vacated Blk 57 Jalan Bukit Merah #11-402 on 30 Nov.
        Attachment 3, line 2 — the applicant's spouse: Huang Yi-Ting (黃怡婷), ROC ID F224680133, residing at No. 15, Ln. 88, Sec. 2, Zhongshan Rd., Banqiao Dist., New Taipei City.
        Visa support letter, page 1: "We confirm that the above-named delegate will attend the conference from 8 to 12 March." Page 3, delegate details: Mr Zhou Haoran, PRC ID 420106199512093312, Wuhan.
        Incident report, Appendix 1: vehicle WXY 4417 (Proton Saga, silver). Para 2: the registered keeper, Mr Ganesh a/l Muniandy, lives at No. 8, Jalan Sri Muda 25/3, Taman Sri Muda, 40400 Shah Alam.
    """),
    "zh-Hans": _lines("""
        关于对上述人员的处分决定……经研究，给予记过处分。附件：当事人基本情况表第3行：郑晓燕，女，身份证号440304198503174521，现住深圳市福田区香蜜湖路香蜜湖花园7栋1502。
        原告（身份信息详见首页）诉称，被告拖欠货款……［首页］原告：顾文娟，女，1983年7月22日出生，汉族，身份证号310115198307225466，住上海市浦东新区张杨路1888弄12号601室。
        表1 员工社保补缴明细（续）第7行：谢永康｜510107199002052834｜2025年1月—6月｜8,416.20元。（表头见上页：姓名｜身份证号｜补缴期间｜补缴金额）
        第四部分：入户核查地址为广州市越秀区东风中路363号大院3号楼402。……注③：该户户主即前文所述黄丽君，手机 139 2876 4410，已同意上门核查。
        会诊意见见附页。附页：患者 邵婷婷，女，34岁，住院号 ZY2026113402，诊断：双相情感障碍Ⅱ型，建议继续碳酸锂维持治疗。
        逾期名单第5行：陈*明，身份证 3502**********0477，手机 138****6621，住厦门市思明区湖滨南路国贸新城12栋2203，欠款本金52,000元。
        退款请按附表第2行执行。附表第2行：收款人 何佩珊，中国工商银行 6217 0038 1029 4736，开户行 武汉光谷支行，金额3,260元。
        （2026）苏05刑初118号刑事判决书第二页：被告人钱建国，男，1978年生，住苏州市吴江区松陵镇流虹路88号，因犯诈骗罪判处有期徒刑三年，并处罚金五万元。
        申请人古丽娜尔·吐尔逊的丈夫（见申请表第二栏）：艾力·买买提，身份证号650102198704152279，现在乌鲁木齐市天山区务工。
        附件4聊天记录截图说明：第2张截图中的微信号 lpz_0823 即为上文所述投诉对象李鹏照本人，其手机号为 186 1052 7739。
        薪酬调整表（接上页）第14行：产品部 韩思远，月薪由28,500元调整为33,000元，自2027年1月1日起执行。
        出境团队名单附件第6行：宋佳怡，护照号 EJ4827193，出生日期 1996-02-14，紧急联系人：母亲 吕红 13807311852。
        学生资助申请表（续表）家庭成员第2行：子 冯子轩，2017年5月3日出生，身份证号330106201705030412，患先天性心脏病，术后需长期复查。
        上述业主梁家豪先生（香港身份证 Y604219(6)）名下物业位于九龙旺角通菜街118号9楼B室，现拟出售。
        本报告第二部分所称“该老人”，即第一部分表格中的第3位：褚德明，1958年2月生，身份证号120103195802261734，独居于天津市河西区解放南路桃园里5号楼3门201。
        交通事故认定书附件：肇事车辆 粤B·7K2Q9（白色比亚迪秦）。第1页载明：驾驶人 詹国栋，事发时饮酒，血液酒精含量62mg/100ml。
        前述“投诉人”的联系方式见文末：汤薇，邮箱 vivian.tang1991@163.com，住南京市鼓楼区湖南路街道青岛路32号2单元502。
    """),
    "ms": _lines("""
        Merujuk perkara di atas, penama yang tersebut di atas telah gagal hadir bertugas selama tiga hari berturut-turut tanpa kebenaran. [...] Nama: Encik Mohd Hafiz bin Ismail, No. K/P: 880412-14-5527, Jabatan Penyelenggaraan.
        Lampiran B, Baris 7: Nurul Ain binti Zakaria | 920315-10-6184 | Blok C-12-5, Pangsapuri Seri Mawar, Jalan PJU 10/1, 47830 Petaling Jaya.
        Jadual 3 (sambungan dari muka surat sebelum): 11 | Lim Siew Peng | 751120-07-5362 | Guru Tingkatan | RM5,140.00 — tajuk lajur: Bil | Nama | No. K/P | Jawatan | Gaji Pokok.
        Nota kaki 2: Pesakit yang dirujuk dalam perenggan 4 ialah Puan Rohani binti Yusof, 61 tahun, dari Kampung Parit Raja, Batu Pahat — disahkan menghidap kanser payudara tahap III.
        Mahkamah Majistret Klang, Kes No. BA-83-1123-10/2026 — butiran tertuduh di Lampiran. Lampiran: Suresh a/l Ramasamy, No. K/P 830927-10-5673, didakwa di bawah Seksyen 379 Kanun Keseksaan.
        Sila kreditkan bayaran balik ke akaun dalam Baris 2. Baris 2: Zulkifli bin Othman, Maybank 1621 4478 0935, No. Tel 013-728 4416.
        Untuk susulan, hubungi waris terdekat pesakit seperti di ruangan 9 borang kemasukan: adik pesakit, Cik Aisyah Humaira binti Roslan, WhatsApp 011-2473 9081.
        Lampiran A, baris 15: Muhammad Danish bin Azlan, Tahun 4 Bestari, Lot 2217, Jalan Kebun Teh, Kampung Jawa, 81100 Johor Bahru; bapa: Azlan bin Hashim (017-788 2014).
        Dengan hormatnya saya merujuk surat tawaran bertarikh 1 November 2026. [...] Gaji pokok penama di atas (Cik Tan Hui Min, No. Pekerja KF-2291) ialah RM6,800 sebulan berserta elaun perumahan RM450.
        Peminjam: NOR A*** BT. AB**L, K/P 9104**-**-5238, alamat 23 Jalan Mawar 4, Taman Sri Andalas, 41200 Klang — tunggakan 4 bulan (RM3,962.00).
        Laporan polis (rujuk Lampiran 1): kenderaan AKW 8821 (Perodua Myvi) milik pengadu yang dinamakan di perenggan 1, Encik Kamal bin Daud, dicuri di hadapan rumahnya di No. 14, Lorong Melor 3, Taman Melor, 34000 Taiping.
        Maklumat perhubungan (lihat nota kaki *). * Puan Jayanthi a/p Subramaniam, e-mel jayanthi.subra78@gmail.com, tel. rumah 04-657 2291.
        Senarai jemaah umrah, baris 23 — Hajah Kalsom binti Said, pasport A51729384, tarikh lahir 12/08/1957; catatan: darah tinggi dan kencing manis, perlu kerusi roda.
        Pekerja yang disebut di atas, Encik Firdaus bin Rahmat (NRIC S9017734F), tinggal di Blk 118 Woodlands Street 13 #04-561, Singapura 730118.
        Waris si mati yang dinamakan dalam Bahagian A: isteri, Puan Salmah binti Ibrahim (K/P 650703-03-5018), dan anak sulung, Mohd Azrul bin Hassan (K/P 890214-03-5431).
        Permohonan bantuan ini dikemukakan bagi pihak Puan Siti Mariam binti Jaafar. Jawatankuasa telah meneliti laporan lawatan rumah, penyata pendapatan isi rumah bagi tempoh enam bulan, surat sokongan daripada ketua kampung serta laporan perubatan berkaitan, dan bersetuju bahawa keluarga ini layak menerima bantuan bulanan mengikut kadar yang ditetapkan dalam Garis Panduan 2026. No. K/P beliau: 790506-08-5516.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You help a property agency tidy up tenancy paperwork."),
        (
            "user",
            "I'll paste the letter in two parts. Part 1: 'Dear Sir, we refer to the above-named tenant, who has not paid rent for October and November.'",
        ),
        ("assistant", "Got it — please paste part 2."),
        (
            "user",
            "Part 2 (the header that was cut off): Tenant: Rachel Koh Li Ting, Blk 56 Marine Terrace #08-133, Singapore 440056, NRIC S8634902G",
        ),
        ("user", "can you combine and make it sound firmer"),
    ],
    [
        ("user", "帮我把这张表整理成一段文字，表头是：姓名｜身份证号｜病种"),
        ("assistant", "好的，请把数据行发给我。"),
        ("user", "第1行 孟凡菲｜440106199406212385｜系统性红斑狼疮"),
        ("user", "第2行先空着，回头再补"),
    ],
    [
        ("user", "tolong summarise lampiran ni, ada 3 bahagian"),
        ("assistant", "Boleh, sila tampal bahagian pertama."),
        (
            "user",
            "Bahagian 1: Pemohon ialah penjawat awam gred N19 yang bertugas di Pejabat Tanah Kuala Selangor sejak 2014.",
        ),
        ("user", "Bahagian 2: No. K/P pemohon 860119-10-5739, suami kepada Puan Hasnah."),
        (
            "user",
            "Bahagian 3: Nama pemohon — Rosdi bin Mat Nor. Tinggal di No. 41, Jalan Tanjung 2, Taman Tanjung, 45000 Kuala Selangor.",
        ),
    ],
    [
        ("system", "Redact personal data from legal memos before they are filed."),
        (
            "user",
            "Memo para 3: 'Our client (see fn. 2) was detained at the airport on 17 Nov.' — fn. 2 reads: 'Mr Victor Lau Chun Hei, HKID Z381620(7), mobile 6123 8845.' Is fn. 2 enough to need redaction?",
        ),
        (
            "assistant",
            "Yes. The footnote names the client and gives an identity number and phone number, so it must be redacted together with the main text.",
        ),
    ],
    [
        ("user", "合同里说“乙方（即上述人员）”，上述人员在第一页"),
        ("assistant", "明白，请把第一页的乙方信息发一下，我帮你核对。"),
        ("user", "乙方：覃海波，身份证 350203198811300477"),
        ("user", "联系电话 150 0591 2738，住厦门市湖里区仙岳路4688号"),
    ],
    [
        (
            "user",
            "My mum's in Row 4 of the care home's list, can you help me write to them about her meds?",
        ),
        ("assistant", "Of course. What should the letter say?"),
        (
            "user",
            "Row 4 is Wong Ah Lan, 78, Room 12, Sunrise Nursing Home Ipoh. She has mid-stage Alzheimer's and they keep giving her the evening donepezil twice.",
        ),
    ],
    [
        ("user", "Ni table gaji, header kat atas: Nama | No. Pekerja | Gaji | Potongan"),
        ("assistant", "OK, hantar baris yang hendak dikira."),
        ("user", "Baris 3: Kavitha a/p Rajendran | KF-1187 | 4,250 | 620"),
        (
            "user",
            "potongan tu sebab dia ada pinjaman koperasi & kes mahkamah nafkah anak, jangan tulis dalam slip",
        ),
    ],
    [
        ("user", "请把这份出差审批单的脚注翻译成英文"),
        ("assistant", "好的，请发脚注内容。"),
        (
            "user",
            "注1：出差人即正文中的“该员工”；注2：该员工姓名 卢志鹏，护照号 E58204716，手机 +86 177 2014 8863；注3：其信用卡 6214 8375 5102 8644 用于预订酒店。",
        ),
    ],
    [
        ("system", "You are an assistant for an insurer's claims team in Hong Kong."),
        ("user", "claim form page 1 says 'insured: see page 4'"),
        (
            "user",
            "page 4: 李嘉欣 Lee Ka Yan, HKID R271934(6), Flat 7A, Tower 3, Sea Crest Garden, 8 Tsing Yi Road",
        ),
        ("assistant", "Thanks. What is the claim about?"),
        ("user", "她上個月確診乳癌第二期, hospitalisation at a private hospital 12 days"),
    ],
    [
        ("user", "Saya nak semak senarai penerima bantuan, baris mana yang belum lengkap?"),
        ("assistant", "Sila tampal senarai itu."),
        (
            "user",
            "1. Abdul Ghani bin Yaakob — 580922-02-5187 — Kg. Alor Mengkudu, Alor Setar — OKU penglihatan\n2. (kosong)\n3. Normah binti Che Lah — T0256781J (PR Singapura) — belum ada alamat",
        ),
    ],
]
