# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en275: SG/MY insolvency practitioners, bankruptcy and company liquidation (creditors' meetings, proofs of debt, bankrupts' monthly contributions, liquidation notices, Official Assignee and MdI correspondence). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en275
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "gazette_liquidation_notices"): _lines("""
        NOTICE IS HEREBY GIVEN that a meeting of the creditors of Harbourline Logistics Pte. Ltd. (UEN 201427731N) will be held by video conference on 14 March 2025 at 10.00 a.m. under the Insolvency, Restructuring and Dissolution Act 2018.
        Harbourline Logistics Pte. Ltd. (In Creditors' Voluntary Liquidation): creditors who have not lodged proofs of debt must do so by 28 March 2025, failing which they will be excluded from the first interim dividend.
        Notice of Final Meeting: Kelong Ah Seng Seafood Pte. Ltd. (In Members' Voluntary Liquidation), UEN 200805512G, 3.00 p.m. on 22 April 2025 at 1 Raffles Place #20-61, One Raffles Place Tower 2, Singapore 048616.
        NOTICE OF INTENDED DIVIDEND - Pelangi Bina Sdn. Bhd. (Dalam Likuidasi) (Registration No. 201301027745 (1054321-W)): the last day for receiving proofs is 30 May 2025.
        A winding up order was made on 9 January 2025 against Golden Lotus Trading Pte. Ltd. in HC/CWU 17/2025 and the Official Receiver has been appointed as liquidator of the company.
        Creditors may nominate a liquidator by submitting a proxy form and a completed proof of debt to the registered office at 80 Robinson Road #02-00, Singapore 068898, before 5.00 p.m. on 11 March 2025.
        Notice of appointment: liquidators from Straits Recovery Advisory LLP were appointed joint and several liquidators of Jalan Besar Hardware Pte. Ltd. on 2 February 2025 by ordinary resolution of members.
        Dated this 3rd day of March 2025. For enquiries please contact the liquidators' office at +65 6221 4480 or liquidation@straitsrecovery.com.sg, quoting reference SRA/CVL/2025/031.
        Members' Voluntary Winding Up - Auntie Wong's Confectionery Pte. Ltd.: the company is solvent and a declaration of solvency was lodged with ACRA on 6 January 2025.
        Release of Liquidator: Borneo Timber Exports Sdn. Bhd. - the liquidator has applied to the Director General of Insolvency for release; objections are to be lodged within 21 days of this notice.
        Take notice that a first and final dividend of 4.37 cents in the dollar has been declared to unsecured creditors of Tiong Bahru Printing Pte. Ltd. (In Compulsory Liquidation), payable on 15 April 2025.
        Notice of Moratorium: Meridian Offshore Holdings Pte. Ltd. has applied for an automatic moratorium of 30 days; creditors should not commence or continue proceedings against the company during this period.
        Proxy forms must reach the liquidators no later than 48 hours before the meeting; forms sent to the firm's WhatsApp line +65 8028 1147 will not be accepted.
    """),
    ("en", "official_assignee_faq"): _lines("""
        Q: What is a target contribution? A: It is the total sum the Official Assignee expects a bankrupt to pay into the estate, usually worked out over a period of 36 months.
        Q: Can a bankrupt travel overseas? A: Yes, but only with the prior written permission of the Official Assignee; apply online at least 14 working days before the intended departure.
        Q: How are monthly contributions computed? A: They are based on the income and household expenses declared in the Statement of Affairs and are reviewed when circumstances change.
        Q: What is the minimum debt to file a bankruptcy application in Singapore? A: The debt must be at least S$15,000 and the debtor must be unable to pay it.
        Q: How long does bankruptcy last in Malaysia? A: Under the Insolvency Act 1967 a bankrupt may be discharged after three years if the contribution target set by the Director General of Insolvency has been met.
        Q: Must a bonus be declared? A: Yes. Any increment, bonus or commission received during bankruptcy must be reported within 14 days through the Insolvency Office e-service.
        Q: What is a Debt Repayment Scheme (DRS)? A: DRS is an alternative to bankruptcy for debtors with unsecured debts not exceeding S$150,000, administered by the Official Assignee.
        Q: Can an undischarged bankrupt act as a company director? A: No. An undischarged bankrupt cannot act as a director without the leave of the court or the Official Assignee.
        Q: Where is a proof of debt submitted in a compulsory liquidation? A: To the liquidator named in the winding-up order, together with invoices, statements of account and any judgment obtained.
        Q: What happens to CPF savings on bankruptcy? A: CPF savings are generally protected from creditors and do not vest in the Official Assignee.
        Q: How is the monthly contribution paid? A: By GIRO, by PayNow to the UEN printed on the contribution letter, or at AXS stations; always quote the case reference.
        Q: Are bankruptcy records public? A: Yes, they can be searched through the Insolvency Office's online bankruptcy search and they also appear in credit bureau reports.
        Q: What documents are needed to apply for discharge? A: A completed application form, proof that the target contribution has been paid, and an updated statement of income and expenditure for the last 6 months.
    """),
    ("en", "case_system_logs_config"): _lines("""
        2025-03-04T09:12:47+08:00 INFO pod-service: received POD-2025-004417 for estate CWU-0017-2025, creditor_type=trade, amount_claimed=SGD 48,210.55, status=PENDING_ADJUDICATION
        2025-03-04T09:13:02+08:00 WARN pod-service: attachment INV-88213.pdf sha256=4885a124617390dccc4e24b0de4f9eca64997446ef1a8d21453cbdf7841b1ec6 exceeds 10 MB, compressed to 4.2 MB
        [scheduler] job=dividend_run_2025Q1 estate=HLPL-CVL-031 creditors_paid=212 total_paid=SGD 1,084,930.12 failed=3 retry_at=2025-04-16 02:00 SGT
        config: liquidation.meeting.default_quorum=2; liquidation.proxy.cutoff_hours=48; dividend.rounding=HALF_UP; currency.default=SGD; locale.fallback=en_SG
        CSV header: estate_ref,uen,company_name,date_of_wu_order,liquidator_firm,pod_deadline,total_admitted_sgd,dividend_cents_per_dollar
        HLPL-CVL-031,201427731N,Harbourline Logistics Pte. Ltd.,2025-01-09,Straits Recovery Advisory LLP,2025-03-28,3120450.00,4.37
        def cents_in_dollar(distributable: Decimal, admitted: Decimal) -> Decimal: return (distributable / admitted * 100).quantize(Decimal("0.01"))
        ERROR mdi-gateway: HTTP 503 from e-Insolvensi endpoint /api/v2/syarikat/202001018842/status after 3 retries (timeout=30s), correlation_id=2faf3940-f542-4101-9517-ee782007c9d1
        env.example: SMTP_HOST=smtp.example.com SMTP_PORT=587 NOTIFY_FROM=noreply@liquidation-portal.example DIVIDEND_BATCH_SIZE=500 TZ=Asia/Singapore
        v3.8.2 release notes: fixed rounding of preferential claims under s.203 IRDA; added Malay translation for the proof-of-debt reminder e-mail; bumped pdfbox to 3.0.3.
        audit: role=case_officer action=EXPORT_CREDITOR_LIST estate=KAS-MVL-007 rows=58 format=xlsx src=10.20.4.17 ts=2025-03-05 16:40:11 result=OK
        cron: 0 7 * * 1-5 /opt/estates/bin/send_pod_reminders --days-before-deadline=7 --locale=en_SG,ms_MY --dry-run=false
        SELECT estate_ref, COUNT(*) AS pods, SUM(amount_admitted) FROM proofs_of_debt WHERE status = 'ADMITTED' AND estate_ref LIKE 'HLPL%' GROUP BY estate_ref;
    """),
    ("en", "staff_group_chat"): _lines("""
        Morning all, the CVL meeting for Harbourline moved to Zoom, Tue 10am. Meeting ID is in the calendar invite, pls don't forward outside the team.
        Reminder: POD cut-off for Tiong Bahru Printing is this Friday 5pm. Anything that comes in after that goes to the late-claims folder, not the main register.
        Partner says the dividend cheques for the Borneo Timber estate can only be signed after MdI approves the release, so hold the courier booking first.
        e-Insolvensi portal down again since 2pm lah. KL team pls upload the Borang scans tomorrow morning instead, don't keep refreshing.
        Who has the master key for the Jalan Besar Hardware warehouse? Auctioneer coming Thurs 9am to tag the forklifts and racking, need someone there by 8.45.
        Heads up: ACRA lodgement for the notice of appointment bounced because of a UEN typo, resubmitted with 201427731N, transaction no. T25-0318844.
        Creditors' list for Golden Lotus has 412 rows, 37 are duplicate trade creditors with different spellings. Pls dedupe by UEN before we send the circular.
        FYI the office WhatsApp +65 8028 1147 will be handled by reception from next week, please stop using it for internal chit-chat 😅
        Client (the bank) wants the interim report by 31 Mar. I drafted sections 1-4, someone pls do the realisations table and the fee note.
        Ok noted, Kelong Ah Seng final meeting at One Raffles Place 3pm. I'll bring the minute book and company seal back to office after.
        Paiseh, the IRDA checklist on the shared drive is outdated, use v2025.02 in /Templates/Liquidation/ instead.
        Time sheet reminder: code all hours on the Meridian moratorium work to job 2025-0331-RST, not the general admin code, otherwise cannot bill.
        Landlord of the Harbourline Tuas warehouse agreed to accept surrender of lease on 30 April, pls diarise the joint inspection and collect the keys from security.
    """),
    ("ms", "notis_dan_panduan_mdi"): _lines("""
        Notis Perintah Penggulungan: Pelangi Bina Sdn. Bhd. telah digulung oleh Mahkamah Tinggi Kuala Lumpur pada 12 Februari 2025 dan Ketua Pengarah Insolvensi dilantik sebagai pelikuidasi.
        Pemiutang dikehendaki mengemukakan Bukti Hutang beserta dokumen sokongan sebelum 30 Mei 2025 kepada Jabatan Insolvensi Malaysia atau secara dalam talian melalui portal e-Insolvensi.
        Mesyuarat pertama pemiutang Borneo Timber Exports Sdn. Bhd. akan diadakan pada 18 Mac 2025, jam 10.00 pagi, di Bilik Mesyuarat Aras 3, Menara Hartamas, Kuching, Sarawak.
        Di bawah Akta Insolvensi 1967, petisyen kebankrapan hanya boleh difailkan jika jumlah hutang tidak kurang daripada RM100,000.
        Bayaran boleh dibuat melalui FPX, kaunter Jabatan Insolvensi atau cek atas nama Ketua Pengarah Insolvensi; sila catatkan nombor pendaftaran syarikat di belakang cek.
        Waktu operasi kaunter: Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang; pada hari Jumaat kaunter ditutup dari 12.15 tengah hari hingga 2.45 petang.
        Talian pertanyaan firma likuidasi: 03-2161 8840 atau WhatsApp perniagaan 011-1084 2290, e-mel pertanyaan@pelangirecovery.com.my (Isnin hingga Jumaat).
        Notis Dividen Pertama dan Akhir: dividen sebanyak 6.12 sen bagi setiap ringgit akan dibayar kepada pemiutang tidak bercagar Kedai Runcit Ah Chong Sdn. Bhd. (Dalam Likuidasi).
        Syarikat No. Pendaftaran 201801033176 (1295840-K) telah dibubarkan menurut Akta Syarikat 2016 selepas mesyuarat akhir pada 3 Mac 2025.
        Peringatan: Jabatan Insolvensi tidak pernah meminta bayaran ke akaun peribadi. Laporkan panggilan palsu kepada Pusat Respons Scam Kebangsaan di talian 997.
        Pelikuidasi akan menjual aset syarikat secara lelongan awam; senarai jentera dan lori boleh dilihat di Lot 12, Jalan Kilang 4, Kawasan Perindustrian Pending, Kuching.
        Soalan Lazim: Adakah pengarah bertanggungjawab atas hutang syarikat yang digulung? Secara amnya tidak, kecuali terdapat jaminan peribadi atau perdagangan secara fraud.
        Borang Bukti Hutang mesti diikrarkan di hadapan Pesuruhjaya Sumpah; salinan invois, penyata akaun dan perintah penghakiman hendaklah dilampirkan bersama.
    """),
    ("zh-Hans", "新闻_公众人物"): _lines("""
        香港高等法院法官陈静芬于2024年1月29日颁令中国恒大集团清盘，指公司长期未能提出可行的重组方案，破产管理署署长随即出任临时清盘人。
        恒大创始人许家印于2023年9月被依法采取强制措施，消息传出后，集团原定在香港、开曼群岛及英属维尔京群岛推进的境外债务重组计划宣告搁浅。
        新加坡凯发集团（Hyflux）创办人林爱莲曾被誉为“水务女王”，公司于2018年向法院申请债务重组保护，此后多轮重组失败，数万名散户投资者损失惨重。
        新加坡前“油王”林恩强因兴隆贸易（Hin Leong）案被判欺诈罪成，该公司2020年爆出数十亿美元隐瞒亏损后申请司法管理，震动整个亚洲石油贸易圈。
        巴林银行交易员尼克·李森1995年在新加坡国际金融交易所进行未授权交易，造成逾8亿英镑亏损，直接导致这家有两百多年历史的英国银行倒闭。
        碧桂园于2024年2月遭债权人安泰（Ever Credit）在香港高等法院提出清盘呈请，案件此后多次押后聆讯，市场密切关注其境外债务重组进展。
        《中华人民共和国企业破产法》自2007年6月1日起施行，规定人民法院裁定受理破产申请的，应当同时指定管理人，管理人依法接管债务人财产。
        《深圳经济特区个人破产条例》自2021年3月1日起施行，是中国内地首部个人破产法规，深圳破产法庭随后受理了首批个人破产重整案件。
        新加坡律政部长尚穆根在国会表示，《破产、重组及解散法令》将个人破产申请门槛由1万新元提高至1.5万新元，以减少小额债务引发的破产案。
        马来西亚首相署部长（法律与体制改革）阿扎莉娜在国会提呈《破产法令》修正案，将个人破产门槛从5万令吉提高至10万令吉，获国会通过。
        文学里的破产：狄更斯在《小杜丽》中描写伦敦马歇尔西债务人监狱，而他的父亲约翰·狄更斯当年正是因为欠债被关押在这座监狱里。
        巴尔扎克的《赛查·皮罗多盛衰记》讲述一名巴黎香水商人因投机地产而破产，此后节衣缩食、努力还清全部债务并最终恢复名誉的故事。
        安永、毕马威、德勤等会计师事务所在新加坡、香港和吉隆坡均设有重组部门，常受法院委任担任大型上市公司的司法管理人或清盘人。
    """),
    ("zh-Hant", "清盤通告"): _lines("""
        香港特別行政區高等法院公司清盤案件2025年第88號（HCCW 88/2025）：關於鴻運達物流有限公司（公司編號2874531）之清盤呈請，定於2025年5月14日上午9時30分聆訊。
        債權人如擬出席聆訊，須於2025年5月13日下午6時前以書面通知呈請人的代表律師：陳黃律師事務所，地址為香港中環德輔道中188號金龍中心12樓。
        破產管理署提醒：債權人可於辦公時間內前往金鐘道66號金鐘道政府合署的辦事處，查閱由破產管理署署長擔任清盤人的公司清盤案件文件。
        致全體債權人：嘉怡茶餐廳有限公司（清盤中）第一次債權人會議將於2025年4月8日下午3時在臨時清盤人辦事處舉行，議程包括成立審查委員會。
        按《公司（清盤及雜項條文）條例》（第32章）規定，清盤人須定期向公司註冊處處長提交收支賬目，債權人可於繳費後查閱有關賬目。
        澳門初級法院宣告一間博彩中介公司破產後，債權人須於公告所定期間內向法院申報債權並附上證明文件，逾期申報者或影響其受償次序。
        台灣：依《消費者債務清理條例》，債務人可向法院聲請更生或清算；法院裁定開始清算程序後，得選任管理人或由司法事務官進行清算。
        攤還債款通告：德昌五金有限公司（清盤中）向無抵押債權人宣佈派發首次及最終攤還債款，每港元7.85仙，支票將於2025年6月2日寄出。
        清盤人辦事處查詢熱線：+852 2522 8130；電郵：creditors@harbourpointadvisory.com.hk；辦公時間為星期一至五上午9時至下午6時。
        公告：福記燒臘（香港）有限公司已申請撤銷註冊，任何人士如有異議，應於憲報公告刊登日期起計三個月內以書面向公司註冊處提出。
        臨時清盤人已接管該公司位於觀塘鴻圖道52號百福工業大廈8樓的倉庫，存貨點算預計於兩星期內完成，其後將委託拍賣行公開拍賣。
        常見問題：債權證明表須附上發票、送貨單及月結單副本；如債項以外幣計值，須按清盤開始當日的匯率折算為港幣後申報，並註明所用匯率來源。
        會議紀錄：出席債權人共23名，所代表的已承認債權總額為港幣18,426,930元，會上通過委任清盤人及設立審查委員會兩項決議。
    """),
    ("mixed", "fee_schedule_price_list"): _lines("""
        Yuran pelikuidasi (members' voluntary liquidation) untuk syarikat dorman: dari RM8,500 termasuk notis Warta, iklan akhbar dan lodgement SSM, excl. SST 8%.
        Package SG Dormant Co. MVL 一站式清盘 from S$6,800 (before GST), covers declaration of solvency, gazette, ACRA filings and final meeting.
        Striking off / penutupan syarikat Sdn Bhd (s.550 CA 2016): RM2,200 all-in, proses 4-6 bulan, tak termasuk tunggakan cukai LHDN atau denda SSM.
        Proof of debt filing service 代填债权证明: RM350 per claim, includes commissioning by Pesuruhjaya Sumpah; extra RM80 jika claim lebih 20 invois.
        Creditors' meeting room hire @ Menara Hartamas Aras 3: RM450 half-day, projector + Zoom kit included, kopi-teh RM12/pax.
        Letter of demand (LOD) dalam Bahasa Melayu / English / 中文: RM250 setiap surat, siap dalam 3 hari bekerja; surat dwibahasa tambah RM60.
        Auction commission lelongan aset syarikat: 5% of hammer price, minimum RM1,500; forklift dan lori dijual as-is where-is, no warranty.
        Winding-up petition by creditor 债权人清盘呈请 (High Court KL): professional fee from RM12,000 + disbursements (deposit MdI, iklan akhbar, Warta).
        Price list updated 01/03/2025, harga boleh berubah tanpa notis; for listed companies or lebih 200 pemiutang, quotation by case basis sahaja.
        Payment terms: 50% deposit upon engagement, baki upon filing; bayar via DuitNow QR Pelangi Recovery Sdn Bhd (202101045512) atau TT ke akaun korporat Maybank 5140 1123 8876.
        Hotline 客服: +60 3-2161 8840 / WhatsApp Business +60 11-1084 2290, Mon-Fri 9am-6pm, Sabtu by appointment sahaja.
        Service codes: MVL-DORM-SG (S$6,800), MVL-ACT-SG (S$9,800), CVL-STD-MY (RM15,000), STRIKE-MY (RM2,200), POD-SVC (RM350).
        企业重组咨询 Corporate rescue consult: first 30 min free, thereafter RM600 sejam; judicial management and CVA advisory under CA 2016 Part III.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Bankrupt Tan Boon Keat, NRIC S7834215C, is to pay a monthly contribution of S$650 to the Official Assignee from April 2025 until the target contribution of S$23,400 is met.
        Please note that Mdm Rosnah binte Kamarudin has defaulted on her monthly contributions for four consecutive months (arrears S$1,840) and her application to travel to Batam is rejected.
        Proof of debt by employee creditor Goh Wei Ling, Blk 412 Bedok North Avenue 2 #08-117, Singapore 460412, claiming S$9,300 unpaid salary and CPF for Nov 2024 to Jan 2025.
        Hi, can update my mobile in the OA records? New number is 9736 1842, old one 8215 6620 already terminated. Case ref HC/B 2231/2023.
        Statement of Affairs extract: debtor Muthu Krishnan s/o Ramasamy, lorry driver, take-home S$2,680, wife unemployed, 3 children in primary school, rental HDB flat in Woodlands.
        Lim Kah Hoe (FIN G5738214M), director of the wound-up company, gave a personal guarantee for the DBS trade line of S$480,000 and the bank is now suing him personally.
        Email from Jasmine Ong <jasmine.ong.87@gmail.com>: I only found out about my ex-husband's bankruptcy when the bailiff came. The divorce was finalised in 2022, why is my car being seized?
        Salary deduction order: employer to deduct S$820 monthly from the salary of Nurul Huda bte Abdullah (T0261947J) and remit to the Official Assignee by the 7th of each month.
        Refund payable to employee creditor Chua Soo Peng, POSB savings 183-45721-6, amount S$3,412.50, being 1st interim dividend on preferential wage claim.
        Mr Rajesh Pillai told the case officer he has been on medical leave since January for stage 3 colon cancer and cannot meet the S$500 contribution; doctor's memo attached.
        27,Ho Mei Fong,S8517362F,loan to company,35000.00,unsecured,+65 9482 3071,meifong.ho@yahoo.com.sg
        Can someone call back Mr Koh? His wife just delivered and he wants to know if the baby bonus payout will be taken by the OA. Number 8167 4402.
        Vehicle SLC 4812 P registered to the bankrupt Ahmad Faizal bin Zulkifli must be surrendered to the OA's auctioneer by 20 March; the spare key is with his brother.
        Note to file: debtor Alvin Teo admitted he owes about S$62,000 to unlicensed moneylenders and his parents' flat was splashed with red paint last week.
        Dear Ms Sharon Yeo, your application for discharge from bankruptcy is approved with effect from 14 February 2025 and your name will be removed from the register.
        PayNow from 9024 1168 (Kelvin Ng Jun Hao), S$300 on 02/03/2025, contribution for bankruptcy case B-2019-04418.
        Meeting note: Mr Ong Teck Seng (former director) was arrested by CAD on 11 Feb for falsifying invoices, released on bail of S$40,000, passport impounded.
        Witness statement of ex-accounts clerk Priya d/o Subramaniam, NRIC S6903471C, residing at Blk 305 Jurong East Street 32 #11-204, Singapore 600305.
        The debtor's wife Mdm Lee Siew Kim is 8 months pregnant and asked whether she can stay in the matrimonial flat in Sengkang after the OA sells her husband's share.
        DRS application: Yeo Jia Hui, 29, retail executive, unsecured debts of S$41,750 across 6 credit cards, income S$3,100, proposes S$700 a month over 5 years.
        Bank transfer confirmation: from OCBC 501-238746-001 (Tay Kok Leong) to Official Assignee, S$450, ref CONTRIB MAR25.
        The debtor can be reached at +65 8834 2719 after 7pm only, don't call his office line because his boss doesn't know about the bankruptcy.
        Harbourline employee claim: Siti Aisyah binti Mohd Noor, forklift operator, 6 years' service, last drawn salary S$2,150, retrenchment benefit S$6,450 unpaid.
        Uncle Ah Huat from the third floor still owes the company S$12k, he says he goes for kidney dialysis three times a week so cannot work.
    """),
    "ms": _lines("""
        Pemiutang penghakiman: Encik Zulkarnain bin Hashim, No. KP 780412-14-5523, alamat No. 17, Jalan SS 2/64, 47300 Petaling Jaya, Selangor, tuntutan RM138,500.
        Puan Norhayati binti Ismail telah diisytiharkan bankrap pada 2019 dan kini memohon pelepasan kerana menghidap kanser payudara tahap 2.
        Caruman bulanan RM300 oleh bankrap Chong Kah Meng (KP 850923-08-6127) dibayar melalui FPX pada 05/03/2025, no. rujukan kes BKP/2019/01874.
        Sila hubungi Kak Ros di 019-328 4471, dia isteri penghutang dan nak tahu sama ada rumah teres mereka di Bandar Baru Bangi akan dilelong.
        Pekerja Pelangi Bina: Muhammad Hafiz bin Rahman, gaji belum dibayar RM7,800, akaun Maybank 1640 2233 8817, no. tel 012-775 3094.
        Aduan: En. Kumaresan a/l Muniandy mengatakan bekas majikannya masih memotong gajinya untuk caruman MdI walaupun dia sudah dilepaskan daripada kebankrapan pada Januari.
        Kereta bernombor plat WQK 5127 milik bankrap Azman bin Yusof telah disita dan akan dilelong pada 22 April di Kuala Lumpur.
        Penjamin Siti Mariam binti Othman, 62 tahun, yang menjaga cucu, terkejut menerima notis kebankrapan kerana menjamin pinjaman kereta anaknya.
        E-mel daripada penghutang faridah.rahim82@gmail.com: saya diberhentikan kerja, suami pula dipenjara, tak mampu bayar RM400 sebulan, mohon kurangkan.
    """),
    "mixed": _lines("""
        Boss, Mr Chew Kah Loon 的 case 我已经 update 了, dia punya monthly contribution turun ke S$350 sebab baru kena retrench from the shipyard.
        nama,no_kp,telefon,jumlah_tuntutan: Wong Mei Ling,900214-10-5688,016-228 7431,RM22,400 (gaji + EPF tertunggak)
        Pls call Ah Seng 阿成 at 012-609 8812, dia kata 3 bulan gaji tak bayar, wife 要生了 so need the money urgently.
        林太 called again lah, her husband Lim Chee Wah 欠了 loan shark 80k, she ask can OA protect the family or not, her number 9247 6631.
        Debtor profile: 黄志强 Wong Chee Keong, MyKad 760318-07-5241, alamat rumah 23 Lorong Mayang Pasir 5, 11950 Bayan Baru, Penang, pemandu teksi, hutang kad kredit RM156,000.
        Tolong check, Puan Lakshmi punya POD ada IC 820705-05-6342 but the bank acc 7064 8812 3390 (CIMB) not match her name lah.
        Staff note: 陈先生 (Tan Kok Wah) 上个礼拜 discharged already, tapi his credit report still show bankrupt, he want to complain.
    """),
    "zh-Hans": _lines("""
        债权人登记表：王志军，身份证号440305198307152831，手机138 2654 7719，申报借款本金人民币26万元及逾期利息。
        客户陈先生说他在新加坡开的公司清盘后，自己还欠深圳的朋友五十多万，最近因为抑郁症住院两周，想问能不能申请个人破产。
        刘先生（身份证350206197903224015）是新加坡被清盘公司的个人担保人，法院已冻结其名下位于厦门思明区的一套住房。
        马来西亚籍员工张美玲（护照号A52836194）被拖欠工资三个月共RM9,600，联系邮箱 meiling.zhang1991@163.com。
        债务人赵晓东与前妻的离婚协议约定房产归女方，清盘人正在调查该转让是否属于不当优惠，赵本人联系电话 +86 139 1782 4406。
    """),
    "zh-Hant": _lines("""
        債權人何志明（香港身份證 K385172(9)）申報被拖欠工資及代通知金共港幣58,200元，聯絡電話 6218 4473。
        破產人梁太話佢個仔喺澳門賭場欠咗二十幾萬，而家每個月要幫佢還錢，問可唔可以減少供款。
        台灣債權人黃淑芬，身分證字號F226048151，地址新北市板橋區文化路二段123巷8號5樓，申報貨款新台幣84萬元。
        前董事李家豪因涉嫌欺詐被警方拘捕，其妻子陳美儀已帶同子女搬回娘家，清盤人至今未能聯絡二人。
        報告：僱員張偉倫（Y604318(4)）患有嚴重糖尿病需定期洗腎，要求清盤人優先處理其遣散費申索港幣42,000元。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a drafting assistant for a Singapore insolvency practice. Keep letters formal and concise.",
        ),
        (
            "user",
            "Draft a reminder to the bankrupt Mr Desmond Lau Wee Kiat (NRIC S9172684Z) that his contributions of S$400 for January and February are outstanding. Address: Blk 118 Rivervale Drive #05-233, Singapore 540118.",
        ),
        (
            "assistant",
            "Mr Desmond Lau Wee Kiat, Blk 118 Rivervale Drive #05-233, Singapore 540118. Dear Sir, Our records show that your monthly contributions of S$400 for January and February 2025 (total S$800) remain unpaid. Please settle the arrears within 14 days. Failure to do so may affect your eligibility for discharge. Yours faithfully, Case Management Unit",
        ),
        ("user", "Add his NRIC in the reference line and make it a bit softer."),
        (
            "assistant",
            "Ref: Bankruptcy of Desmond Lau Wee Kiat (NRIC S9172684Z). Dear Mr Lau, We would like to remind you that the contributions of S$400 for January and February 2025 have not yet been received. If you are facing difficulties, please contact us so that we can review your contribution. Thank you.",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm Farah, ex-employee of Harbourline Logistics. My IC is T1158430B and they owe me two months' salary, S$4,300. The company is in liquidation. How do I claim?",
        ),
        (
            "assistant",
            "You should file a proof of debt with the liquidators of Harbourline Logistics Pte. Ltd. before the deadline stated in their notice. Attach your payslips, employment contract and CPF statement. Unpaid salary of employees ranks as a preferential debt up to a statutory cap, so it is paid before ordinary unsecured creditors.",
        ),
        ("user", "Do I need to go down personally or can email?"),
        (
            "assistant",
            "Most liquidators accept proofs of debt by e-mail or through their creditor portal. Check the notice sent to creditors for the correct address and quote the estate reference.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk sebuah firma nasihat insolvensi di Kuala Lumpur. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Saya nak tahu macam mana nak mohon pelepasan bankrap. Nama saya Roslan bin Ahmad, KP 690811-01-5377, dah bankrap sejak 2016 dan sekarang kerja sebagai pengawal keselamatan.",
        ),
        (
            "assistant",
            "Encik Roslan, anda boleh memohon pelepasan kepada Ketua Pengarah Insolvensi atau memohon kepada Mahkamah. Sediakan penyata pendapatan, bukti caruman yang telah dibayar dan surat majikan. Oleh kerana anda telah bankrap sejak 2016, anda mungkin layak dipertimbangkan untuk pelepasan jika syarat caruman dipenuhi.",
        ),
        ("user", "Kalau saya tak cukup bayar caruman macam mana?"),
        (
            "assistant",
            "Anda boleh memohon semakan semula jumlah caruman dengan mengemukakan bukti kesukaran kewangan. Jabatan Insolvensi akan menilai permohonan berdasarkan pendapatan dan perbelanjaan isi rumah anda.",
        ),
    ],
    [
        (
            "user",
            "我父亲黄国强在马来西亚被宣告破产，他的身份证号码是581107-07-5013，住在槟城浮罗山背。我们做子女的要不要替他还债？",
        ),
        (
            "assistant",
            "一般来说，父母的个人债务不会自动转移给子女，除非您曾为他的贷款做担保，或者与他共同签署借款合同。破产期间，他的财产由马来西亚破产局（MdI）管理。",
        ),
        ("user", "他最近中风住院，还需要每个月向破产局交钱吗？"),
        (
            "assistant",
            "如果他因病失去收入，可以由家属协助向破产局提交医疗报告和收入证明，申请减少或暂停每月供款，并可询问是否符合提前解除破产的条件。",
        ),
    ],
    [
        (
            "system",
            "Case context for review: debtor Melissa Chan Hui Min, FIN F2946318L, 41, former bakery owner, bankrupt since 2021, target contribution S$18,000, paid S$9,600, diagnosed with major depression in 2023, lives with her mother at Blk 27 Telok Blangah Way #14-52.",
        ),
        ("user", "Summarise this case for tomorrow's review meeting in three bullet points."),
        (
            "assistant",
            "- Melissa Chan Hui Min (FIN F2946318L), bankrupt since 2021, has paid S$9,600 of the S$18,000 target contribution. - She was diagnosed with major depression in 2023, which affects her ability to work. - Recommend reviewing the contribution amount and considering a medical social worker's report before deciding on discharge.",
        ),
    ],
    [
        (
            "user",
            "我叫陳嘉欣，電話9386 2207。我老公上個月喺香港被頒布破產令，我哋有個聯名戶口喺恒生，會唔會被凍結？",
        ),
        (
            "assistant",
            "破產令頒布後，破產人的財產會歸屬破產管理署署長或受託人。聯名戶口內屬於您丈夫的份額可能會被處理，但屬於您本人的供款部分，可以提供證明要求分開處理。",
        ),
        ("user", "咁我應該準備啲咩文件？"),
        (
            "assistant",
            "建議準備您的糧單、存款紀錄及戶口月結單，證明哪些款項由您存入，然後聯絡負責案件的受託人說明情況。",
        ),
    ],
    [
        (
            "system",
            "You help a Malaysian liquidation firm clean up creditor lists. Output tidy tables.",
        ),
        (
            "user",
            "Pls format this into a table ya: 1) Tan Siew Lan, 870419-14-6032, RM12,300 gaji tertunggak 2) Rajendran a/l Kannan, 750226-10-5447, RM8,950 EPF 3) 李美华 Lee Mei Hua, 930830-08-6214, RM4,120 bonus",
        ),
        (
            "assistant",
            "No | Nama | No. KP | Tuntutan | Jenis: 1 | Tan Siew Lan | 870419-14-6032 | RM12,300 | Gaji tertunggak; 2 | Rajendran a/l Kannan | 750226-10-5447 | RM8,950 | Caruman EPF; 3 | Lee Mei Hua (李美华) | 930830-08-6214 | RM4,120 | Bonus",
        ),
        ("user", "Ok can sort by amount, biggest first?"),
        (
            "assistant",
            "1 | Tan Siew Lan | 870419-14-6032 | RM12,300; 2 | Rajendran a/l Kannan | 750226-10-5447 | RM8,950; 3 | Lee Mei Hua (李美华) | 930830-08-6214 | RM4,120",
        ),
    ],
    [
        (
            "user",
            "I act for a supplier. Mr Gary Soh Beng Huat personally owes my client S$27,500 on a guarantee. His email is gary.soh.bh@outlook.com. What are the steps to make him bankrupt in Singapore?",
        ),
        (
            "assistant",
            "First serve a statutory demand for the S$27,500. If he does not pay, secure or compound the debt within 21 days, you may file a creditor's bankruptcy application, since the debt exceeds the S$15,000 threshold. Service by e-mail alone is usually not sufficient; personal service or substituted service with leave is preferred.",
        ),
        ("user", "Can I mention in the demand that he has a gambling problem?"),
        (
            "assistant",
            "It is better not to. A statutory demand should state only the debt, how it arose and the amount due. Personal allegations are irrelevant and could expose your client to complaints.",
        ),
    ],
    [
        (
            "system",
            "Anda membantu pegawai sumber manusia syarikat dalam likuidasi mengira tuntutan pekerja.",
        ),
        (
            "user",
            "Senarai pekerja: Nur Izzati binti Karim, 950612-10-5574, gaji RM2,800, 2 bulan tertunggak; Mohd Syafiq bin Aziz, 910305-01-6691, gaji RM3,200, 3 bulan tertunggak. Kira jumlah semua.",
        ),
        (
            "assistant",
            "Nur Izzati binti Karim: RM2,800 x 2 = RM5,600. Mohd Syafiq bin Aziz: RM3,200 x 3 = RM9,600. Jumlah keseluruhan tuntutan gaji tertunggak ialah RM15,200.",
        ),
        ("user", "Terima kasih, nanti saya hantar kepada pelikuidasi."),
    ],
    [
        (
            "user",
            "Rewrite this creditor complaint more politely: This is Kenneth Yap, mobile 9651 0283. Your firm has ignored my proof of debt for 3 months. I am owed S$16,800 and I have just had heart surgery, I need this money now!",
        ),
        (
            "assistant",
            "Dear Sir or Madam, My name is Kenneth Yap (mobile 9651 0283). I submitted a proof of debt for S$16,800 about three months ago but have not received any update. As I have recently undergone heart surgery, I would be grateful if you could let me know the status of my claim and the expected timing of any dividend. Thank you for your help.",
        ),
        ("user", "Perfect, thanks."),
    ],
]
