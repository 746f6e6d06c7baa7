# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en241: SG/MY land surveyors, property valuers and conveyancing clerks (site visits, valuation reports, title searches, strata plans, fee notes, disputes). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en241
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "valuation_report_extract"): _lines("""
        Subject property: 12-storey freehold commercial building at 79 Robinson Road, Singapore 068897; GFA approx. 14,860 sqm; valuation date 30 Sep 2026; market value S$412,000,000.
        Comparable 3: office unit transacted via URA caveat lodged 14 Aug 2026, 1,119 sqft, S$2,680 psf, 99-yr leasehold from 1997, adjusted +4% for floor level and -2% for age.
        Basis of valuation: Market Value as defined in the SISV Valuation Standards and Practice Guidelines, subject to existing tenancies; vacant possession not assumed.
        Land area per Certified Plan No. 48213 is 2,340.6 sqm; we have not undertaken a cadastral re-survey and rely on the SLA INLIS extract dated 02/10/2026.
        Gross plot ratio 4.2 under Master Plan 2019, zoned Commercial; development charge estimated at S$18.4m based on the Sep 2026 DC table, sector 21.
        Malaysian comparable: 3-storey shop office, Lot PT 41207, Mukim Damansara, Daerah Petaling, freehold, transacted RM3.15 mil per JPPH NAPIC record Q2 2026.
        The valuer inspected the premises on 18 November 2026 at 10.30 am in the company of the landlord's facilities manager; no structural survey was carried out.
        Capitalisation rate adopted: 3.75% for Grade A office in Raffles Place, cross-checked against a DCF at 6.25% discount rate and 3.5% terminal yield over 10 years.
        Strata Title Plan No. 4721 shows 186 strata lots with aggregate share value of 12,540; the subject retail unit carries share value 72 (0.574%).
        This report is prepared for Maybank Singapore Limited for mortgage purposes only and may not be relied upon by any third party without our written consent.
        Tenure: leasehold 60 years from 01/05/1981 (State Lease No. 9876), unexpired term approx. 14.4 years as at valuation date; lease decay adjusted per Bala's Table.
        Building condition: reasonable; spalling concrete noted at level 3 car park soffit, ACMV chillers replaced 2019, lift modernisation by Fujitec completed March 2024.
        Valuation Ref: KF/VAL/2026/11/0387 | Instruction date 04-Nov-2026 | Fee for open market valuation S$9,800 excluding 9% GST | Report version 2.1 final.
    """),
    ("en", "fee_note_invoice"): _lines("""
        TAX INVOICE No. INV-2026-004512 | Lim Chong & Associates Surveyors Pte Ltd | UEN 200812345N | GST Reg No. M2-0098765-4 | Date 21/11/2026
        Professional fee for topographical survey of Lot 05231V MK 18 (industrial site), 1.2 ha, including levelling and tree survey: S$6,450.00
        Disbursements: SLA title search fee S$15.70 x 3, Certified Plan copy S$21.40, courier to client office S$18.00; subtotal S$86.50.
        Payment terms: 30 days. Bank transfer to DBS Bank Ltd, company account 072-012345-6, or PayNow to UEN 200812345N. Please quote the invoice number.
        Fee note FN/CONV/26/1187 from Messrs Rahman Chew & Partners: legal fees on purchase of commercial unit per Solicitors' Remuneration Order scale: RM14,200.00
        Stamp duty on Memorandum of Transfer (Form 14A), consideration RM2,450,000: RM82,000.00, to be paid via the LHDN STAMPS portal before presentation.
        Service Tax 8% on professional services: RM1,136.00; SST registration No. W10-1808-32001234; e-Invoice UUID 7QK3M2X9PLR4 validated by MyInvois.
        Invoice INV/VAL/2026/0921 | Client: Sunway REIT Management Sdn Bhd | Annual revaluation of Sunway Pyramid Mall | Fee RM185,000.00 excluding SST
        Credit note CN-0044 issued against INV-2026-004377: strata plan amendment fee reversed, S$1,200.00 credited to account code 4410-SURV.
        Remittance received 03/12/2026, ref OCBC FAST 20261203SGD7782941, amount S$6,450.00 applied to INV-2026-004512. Thank you for your prompt payment.
        Quotation Q-26-318: boundary re-establishment survey for factory at 15 Tuas Avenue 8, Singapore 639226; 4 boundary marks; validity 60 days; S$3,200 + GST.
        Late payment interest at 1.5% per month applies to overdue accounts as per clause 7 of our standard engagement letter (version dated 12 January 2026).
        Office: Level 9, Menara Hap Seng, Jalan P. Ramlee, 50250 Kuala Lumpur | Tel +603-2141 8800 | accounts@kjsurvey.com.my | Co. Reg. 201901012345 (1324567-X)
    """),
    ("en", "firm_reviews"): _lines("""
        5 stars. Kim Seng Conveyancing Services replied within the hour, explained the CPF refund and the completion timeline clearly. Fees matched the quote exactly.
        2 stars. The valuation firm on Jalan Sultan Ismail took three weeks to issue a bank valuation report; their hotline 03-2162 7700 kept going to voicemail.
        Their surveyor arrived on time for the joint inspection, brought a total station and a drone, and sent the defects list with photos the same evening. Recommended.
        Knight Frank Malaysia handled our REIT valuation professionally; the report was thorough on the income approach but light on the comparables section.
        Avoid. The managing agent for this condo charged S$150 for a copy of the strata roll and the sinking fund statement and took 14 days to send it.
        Good value at RM650 for a title search plus encumbrance check at Pejabat Tanah Gombak; the counter staff at Sinar Geo Sdn Bhd were patient with first-time buyers.
        4/5, the cadastral team from Juru Ukur Bakti finished the subdivision pegging in two days despite the rain, but the invoice had a typo in the lot number.
        The Google Maps pin for the Singapore Land Authority at 55 Newton Road is accurate; parking at Revenue House is limited, better take the MRT to Novena.
        Edmund Tie's residential desk gave a fair desktop valuation within 24 hours for our upgrading plan, no charge and no hard sell. Would use again.
        Three-star review for a conveyancing desk in Johor Bahru: quick SPA drafting, but the loan documentation was delayed because of a missing Borang 16A.
        Owner's reply: Thank you for your feedback. We have since added a WhatsApp booking line +65 8123 4500 for site inspection appointments. The Management
        Mr Measure Surveying Services was the cheapest of five quotes; the as-built survey DWG files opened fine in AutoCAD 2025 and matched the architect's grid.
        Excellent experience with CBRE Valuation Hong Kong for our shop unit in Mong Kok; report in English and Chinese, delivered within the 7 working days promised.
    """),
    ("ms", "notis_pejabat_tanah"): _lines("""
        NOTIS: Kaunter carian rasmi Pejabat Tanah dan Galian Wilayah Persekutuan Kuala Lumpur akan ditutup pada 24 Disember 2026 bagi kerja naik taraf sistem e-Tanah.
        Permohonan carian persendirian kini boleh dibuat secara dalam talian melalui portal e-Tanah; bayaran RM30.00 bagi setiap hakmilik, resit dijana serta-merta.
        Jabatan Ukur dan Pemetaan Malaysia (JUPEM) memaklumkan bahawa pelan akui bagi Mukim Setapak kini tersedia dalam format digital melalui Portal eKadaster.
        Notis Pengambilan Tanah di bawah Seksyen 8 Akta Pengambilan Tanah 1960: projek pelebaran Jalan Kuching, Lot 1022 hingga Lot 1038, Mukim Batu.
        Waktu operasi kaunter: Isnin hingga Khamis 8.00 pagi hingga 1.00 petang dan 2.00 hingga 4.30 petang; Jumaat 8.00 pagi hingga 12.15 tengah hari.
        Sebarang pertanyaan berkenaan cukai tanah tahunan boleh diajukan ke talian 03-2610 3300 atau e-mel aduan@ptgwp.gov.my dalam waktu pejabat.
        Perbadanan Pengurusan diingatkan bahawa akaun beraudit wajib dikemukakan kepada Pesuruhjaya Bangunan dalam tempoh enam bulan selepas tahun kewangan berakhir.
        Mesyuarat Agung Tahunan Perbadanan Pengurusan Menara Seri Impian akan diadakan pada 14 Februari 2027, jam 10.00 pagi di Dewan Serbaguna Blok B.
        Bayaran pendaftaran Borang 14A dikenakan bagi setiap hakmilik; cek hendaklah dibuat atas nama Pengarah Tanah dan Galian Selangor, tiada bayaran tunai diterima.
        Institut Tanah dan Ukur Negara (INSTUN) di Behrang, Perak menganjurkan kursus asas ukur kadaster selama lima hari bermula 9 Mac 2027, yuran RM1,250.
        Lembaga Jurukur Tanah Semenanjung Malaysia: senarai Juruukur Tanah Berlesen bagi tahun 2027 telah diwartakan dan boleh dimuat turun daripada laman web rasmi.
        Peringatan: Pelan strata yang dikemukakan mesti ditandatangani oleh Juruukur Tanah Berlesen dan disertakan Sijil Rancangan Bangunan (CPSP) yang sah.
        Pejabat Tanah Daerah Petaling, Tingkat 2, Bangunan Sultan Abdul Aziz Shah, Shah Alam; tempat letak kereta pelawat di Aras B1, bayaran RM1.00 sejam.
    """),
    ("zh-Hans", "产权查册常见问题"): _lines("""
        问：在新加坡如何查询一处物业的产权信息？答：可通过新加坡土地管理局（SLA）的 INLIS 系统在线查册，每份产权摘要收费 S$15.70，付款后即时下载。
        问：马来西亚的地契分为哪几种？答：常见的有 Geran（GRN）、Pajakan Negeri（PN）以及 Hakmilik Strata，分别对应永久地契、州租约地及分层地契。
        问：估价报告的有效期一般是多久？答：银行通常接受三个月内出具的估价报告，超过期限需请估价师复核或重新出具，复核费一般为原费用的三成左右。
        问：分层地契（strata title）一般要等多久才能发出？答：依照《1985年分层地契法令》，发展商须在规定期限内申请，实际发出时间视州土地局进度而定。
        问：产权查册显示有 caveat（警告登记）怎么办？答：应先核对登记方是银行、公司还是买家，再请律师向土地局申请撤销，或与相关方协商解决。
        问：土地测量师怎么收费？答：新加坡的地籍测量一般按地块面积和界桩数量报价，例如 4 个界桩的标准地段约 S$2,800 起，另加消费税。
        问：买卖成交前律师会做哪些查册？答：一般包括产权查册、针对卖方的破产与诉讼查册、道路线图、规划查询以及管理费欠款证明等。
        问：估价低于成交价怎么办？答：可申请第二家估价公司复估，或与卖方重新议价；差额部分需以现金补足，不能动用公积金支付，详情可参阅中央公积金局网站。
        问：新加坡土地管理局的客服热线是多少？答：可拨打 6323 9829，办公时间为周一至周五上午 8:30 至下午 5:30，公共假期休息。
        问：香港的土地查册在哪里办理？答：可到土地注册处查册中心或登入「综合注册资讯系统」网上查册，每份土地登记册 HK$10 起。
        问：台湾的地籍图可以在线查吗？答：可以，内政部地政司提供地籍图资网路便民服务系统，输入地段地号即可查询，每笔收费新台币 20 元。
        问：为什么测量报告上的面积与销售合同面积不同？答：销售面积可能包含阳台、空中花园等，而分层地契面积以认证测量图为准，误差一般在 3% 以内。
        问：中国大陆的不动产登记信息由谁查询？答：权利人或利害关系人可凭身份证明到当地不动产登记中心查询，律师可持调查令代为查询。
    """),
    ("zh-Hant", "測量行業歷史與法規"): _lines("""
        1819年萊佛士爵士（Sir Stamford Raffles）登陸新加坡後，首任駐紮官法夸爾上校主持早期測繪，開啟了殖民地土地登記制度的雛形。
        菲臘·積遜中尉（Philip Jackson）於1822年繪製的《積遜市區圖》（Jackson Plan）劃分了各族群聚居區，是新加坡最早的城市規劃圖之一。
        香港《土地註冊條例》（第128章）規定，影響土地的文書須於簽立後一個月內送交土地註冊處註冊，否則可能喪失按日期排列的優先權。
        托倫斯制度（Torrens system）由羅伯特·托倫斯爵士於1858年在南澳洲創立，其後被馬來亞採用，成為《1965年國家土地法典》的基礎。
        澳門物業登記局負責不動產登記，可於網上申請物業登記書面報告，費用澳門元 100 元起，一般三個工作天內發出，查詢電話 2835 6688。
        台灣《地籍測量實施規則》規定，土地複丈應由登記名義人或利害關係人申請，地政事務所派員辦理，界址爭議得申請不動產糾紛調處。
        香港測量師學會（HKIS）成立於1984年，下設產業測量、土地測量、建築測量、規劃及發展、物業設施管理及工料測量等組別。
        《建築物管理條例》（第344章）容許業主組成業主立案法團，持有不少於百分之三十業權份數的業主可召開會議委任管理委員會，成立後須向土地註冊處申請註冊。
        估價報告摘要：九龍灣宏照道38號企業廣場五期商業樓面，實用面積約 1,850 平方呎，市值估價港幣 2,960 萬元，估價日期 2026年10月31日。
        新加坡土地管理局（SLA）於2001年由土地署、土地註冊局、測量署及土地系統支援組合併而成，總部位於紐頓路55號稅務大廈。
        馬來西亞測量及地圖局（JUPEM）的歷史可追溯至英殖民時期各州的測量處，今日採用的 GDM2000 大地基準取代了舊有的三角網。
        臺北市地政局公告：115年度公告土地現值及公告地價自1月1日起生效，查詢電話 (02) 2728-7300，服務時間週一至週五 8:30 至 17:30。
        差餉物業估價署每年按應課差餉租值重估物業，業主如對估值有異議，可於指定期限內以表格 R20A 提交建議更改估價冊的通知書。
    """),
    ("mixed", "system_logs_and_config"): _lines("""
        2026-12-03T09:14:22+08:00 INFO survey-sync: uploaded 412 points from TS16 job SV-2611-0387 to gs://jurukur-prod/raw/, checksum sha256=9f2c41e0a7b3
        [WARN] inlis_client v3.8.2: title search quota 480/500 used for firm account SURVEYCO-SG-01, quota resets 00:00 SGT, 请控制查册次数
        config.yaml valuation: { default_cap_rate: 0.0375, currency: SGD, gst_rate: 0.09, report_template: templates/bank_val_v7.docx }
        CSV header: lot_no,mukim,daerah,luas_hektar,jenis_hakmilik,no_hakmilik,tarikh_daftar,cukai_tahunan_rm,status_gadaian,catatan
        ERROR 2026-11-28 16:02:51 etanah_gateway: HTTP 503 from https://etanah.example.gov.my/api/v2/carian (retry 3/5, backoff 8s) 查冊失敗，稍後重試
        git commit 4e7a9c1: fix strata share value rounding in SP export (round half even), bump version to 2.14.0, 更新分层地契报表模板
        docker run -e DB_HOST=db.internal -e DB_USER=app_readonly -e DB_PASS=example -p 8080:8080 valuer-portal:2.14.0
        CRS transform OK: EPSG:3414 (SVY21) to EPSG:4326, 1,024 boundary marks, max residual 0.004 m, RMS 0.0021 m, job SV-2611-0391, status selesai
        cron: 0 2 * * 1 /opt/napic/scripts/pull_transactions.sh --state=Johor --quarter=2026Q3 >> /var/log/napic_pull.log 2>&1
        INFO 估价引擎 run_id=val_20261205_0012 comparables=7 adjusted_psf_median=1842.50 confidence=0.82 elapsed_ms=3417
        tracking: Pos Laju EM123456789MY, dokumen hakmilik asal dihantar ke pejabat guaman, status: Delivered 2026-12-04 11:20
        SQL: SELECT lot_no, share_value, strata_area_sqm FROM strata_units WHERE plan_no = 'SP4721' AND floor >= 12 ORDER BY share_value DESC;
        SKU RTK-GNSS-R12i rental rate RM450/day, deposit RM5,000, asset tag JKB-EQ-0093, next calibration due 2027-03-15, 保养记录 OK
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Team, SLA counter closes early tomorrow for the system upgrade, so submit all title search requests by 11am ok? Thanks ah.
        Total station TS16 already back from calibration, I put inside store room cabinet 3. Please sign the equipment log when you take out.
        Boss says the Tuas factory boundary job confirmed, site visit Monday 8.30am, bring the GNSS rover and extra batteries, forecast got thunderstorm.
        Bank panel just emailed, they want the valuation report for the Geylang shophouse by Friday, can someone do the comparables tonight? 我明天早上review.
        Pejabat Tanah Gombak counter queue very long today, number 245 and they only calling 180 now. Will reach office after lunch la.
        Reminder: SISV CPD seminar on 17 Dec at Suntec Convention Centre Level 3, 9am to 1pm, 3 CPD points, register via the institute portal.
        Strata plan for the Jalan Ampang condo kena reject by JUPEM because accessory parcel numbering wrong, need to amend and resubmit this week.
        Who took the office Proton Saga key? Need it for the Seremban site inspection at 2pm. Please return to the reception drawer after use.
        Client company's finance dept says payment for INV-2026-004512 already made, can accounts check the OCBC statement for 3 Dec?
        Drone permit from CAAS approved for the Jurong Island survey, permit no. UA-2026-7718, valid 8 to 12 Dec only, no flying after 7pm.
        明天开会讨论新的收费表，大家先看 shared drive 里 Fee_Schedule_2027_draft.xlsx，有意见留 comment。Meeting room 2, 10am.
        Title search for the Petaling Jaya warehouse shows a caveat lodged 2024 by a finance company, need the solicitor to check before we finalise.
        Heavy rain at Cameron Highlands site, jalan licin, we stopping the topo survey at 3pm and continue tomorrow 8am. Photos already upload to job folder.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Title search result: Lot 8812K MK 27, registered proprietor Goh Siew Lan (NRIC S7634021H), 11 Jalan Kechubong, Singapore 469501, mortgage to UOB lodged 2015.
        Site visit note: owner Mr Rajendran Pillai was present and mentioned he is selling because of mounting bills from his kidney dialysis; asked us to keep it quiet.
        Please call the vendor's daughter, Melissa Teo, on 9372 5108 to arrange access for the valuation inspection, she only answers after 6pm.
        Conveyancing file CNV/26/0441: purchaser Nur Aisyah binte Kamal, FIN F2283946L, email aisyah.kamal88@gmail.com, CPF withdrawal approved S$182,400.
        Dispute note: neighbour Mr Ong Kah Wee claims the boundary wall at his terrace house at 23 Sunrise Drive, Singapore 806523 encroaches 0.4 m onto his land; threatening to sue.
        The seller, Madam Koh Bee Hoon, is going through a divorce and her ex-husband has lodged a caveat on the flat; valuation on hold until the court order.
        Call back 8126 4471 re valuation of the Bedok flat, WhatsApp preferred after 7pm.
        Fee note reminder sent to Mr Lawrence Chua Boon Heng for unpaid S$1,850 survey fee; he says he lost his job in October and asks to pay in three instalments.
        2026-11-14,VAL-1187,Tan Mei Ling,S8712345F,9821 3307,Blk 412 Bedok North Ave 2 #08-115,HDB 4-room,S$588000
        Refund of option fee S$5,880 after abortive sale to POSB savings 188-54321-7, account holder Daniel Sim Wei Jie.
        Inspection photo IMG_4471.jpg shows the homeowner, Mrs Priya Nair, and her two children in the living room; crop or blur before attaching to the bank report.
        Car SJK 4821 D was parked across our survey line at Lorong Ah Soo; the owner who lives at No. 37 refused to move it and shouted at our surveyor.
        Strata AGM minutes: owner of unit #12-04, Mr Jeremy Loh, is S$14,230 in arrears on maintenance fees and sinking fund; MCST to send a letter of demand.
        Vendor Encik Azman bin Hashim, MyKad 780415-10-5237, of 33 Jalan Kenari 7, Taman Puchong Jaya, 47100 Puchong, Selangor; SPA signed 02/12/2026.
        Hong Kong buyer Chan Ka Wai, HKID K482915(8), mobile +852 6123 8844, asked us to value his flat at Flat 17B, Block 3, Kornhill, Quarry Bay.
        Note for file: the tenant of the shophouse, Mr Victor Lee, was arrested last month for running illegal moneylending from the premises.
        Ah Boy from the landlord's side keeps calling asking whether the valuation will come in below S$1.2m, because his father owes the bank money.
        Email from joanne.wee.sy@yahoo.com.sg: I am 7 months pregnant and cannot climb to the roof for the joint inspection, can my husband attend instead?
    """),
    "zh-Hans": _lines("""
        深圳业主王建华（身份证号 440304198607142516）委托我司对其位于南山区蛇口的住宅做抵押估价，联系电话 138 2647 9051。
        陈先生说他欠了银行三十多万，想在新加坡卖掉那套公寓还债，估价报告请尽快出，别让他太太知道。
        现场记录：业主李秀英阿姨患有阿尔茨海默症，由儿子张伟代为签署界址确认书，联系电话 +65 9147 2286。
        上海委托人周丽娟，身份证 310105197902034827，家庭住址：长宁区虹桥路 1438 弄 12 号 602 室，要求出具资产证明估价报告。
        阿明昨天打电话来投诉，说我们量错了他家在新山 Taman Pelangi 的围墙，扬言要去网上发帖骂公司。
        退款信息：收款人黄志强，招商银行卡号 6225 8801 2345 6789，退还多收的测量费人民币 2,300 元。
        林太的丈夫上个月中风住院，她想把淡滨尼那套组屋卖掉，估价师上门时请不要提起医院的事。
    """),
    "zh-Hant": _lines("""
        業主陳美玲（香港身份證 Y306174(2)）委託本行為其沙田第一城 38 座 21 樓 F 室住宅單位進行按揭估價，手提電話 9382 5517。
        台北委託人林志豪，身分證字號 A228451704，住址：臺北市大安區復興南路二段 182 巷 6 號 4 樓，申請土地複丈界址鑑定。
        黃先生話佢老婆申請咗離婚，要求法院凍結咗佢喺將軍澳嘅物業，所以而家唔可以簽臨時買賣合約。
        澳門業主何嘉欣，電話 +853 6628 4109，物業登記書面報告顯示其氹仔住宅單位仍有銀行抵押 MOP 2,100,000 未清還。
        測量費收據：付款人張振宇，身分證 F129073565，匯款帳號 台灣銀行 012-004-123456-7，金額新台幣 18,600 元。
        阿強嘅媽媽早排確診咗癌症，佢想盡快賣咗屯門嗰層樓俾佢做治療，估價報告聽日要交俾銀行。
        爭議紀錄：鄰居吳太投訴我哋測量員喺佢屋企門口影相，話相入面有佢個仔，要求刪除所有相片。
    """),
    "ms": _lines("""
        Pemilik berdaftar: Siti Hajar binti Osman, No. KP 850312-14-5523, alamat No. 18, Jalan Melur 3/2, Taman Melur, 68000 Ampang, Selangor; tiada gadaian.
        Encik Kamarul memaklumkan beliau sedang menjalani rawatan kemoterapi dan meminta lawatan tapak ditangguhkan ke bulan Januari.
        Sila hubungi Puan Norliza di talian 012-738 4519 untuk mendapatkan kunci rumah sebelum penilaian dibuat pada hari Sabtu.
        Nombor akaun Maybank 1640 2278 9012 atas nama Mohd Faizal bin Ismail untuk bayaran balik deposit RM24,000 selepas perjanjian jual beli dibatalkan.
        Aduan: jiran sebelah, Pak Long Dollah, mendakwa pagar rumah No. 7 Lorong Kenanga 4, Kampung Baru Sungai Buloh dibina di atas tanahnya dan mahu ukur semula.
        Kereta Proton X50 WXY 8821 milik penyewa rumah itu menghalang laluan juruukur; pemiliknya, Encik Hafiz, enggan mengalihkannya.
        Penjual, Puan Rosnah binti Yusof, telah diisytiharkan bankrap pada 2025 dan jualan rumahnya memerlukan kelulusan Jabatan Insolvensi.
        Borang permohonan: Nama: Lim Wei Seng | No. MyKad: 910728-07-5561 | Tel: 016-442 9087 | E-mel: weiseng.lim91@hotmail.com | Alamat: 22 Lorong Bukit Jambul 5, 11900 Bayan Lepas, Pulau Pinang
        Gaji bulanan pembeli, Encik Suresh a/l Muniandy, hanya RM4,200, jadi bank mungkin tolak pinjaman RM520,000 untuk rumah teres dua tingkat itu.
    """),
    "mixed": _lines("""
        Boss, Uncle Lim (林伯) the Jalan Besar shophouse owner call again, he say his son borrow Ah Long money and pledge the title, can we still do valuation or not?
        Kak Ros dari unit 5-3-12 Pangsapuri Seri Mas kata dia masih hutang maintenance fee RM3,600, minta jangan letak nama dia dalam notice board.
        Surveyor note: 屋主 Mr Tan Ah Kow, tel 9658 2134, 家里有中风老人 bedridden, please don't ring doorbell, call his phone when reach.
        WhatsApp forward: Hi this is Farah, my IC 920505-08-6624, boleh tolong check status strata title for my condo unit at Vista Komanwel? Thanks!
        Valuation file: borrower Kelvin Ng Jun Hao, S6812077B, 月薪 S$5,800, existing car loan S$38k, TDSR 61%, bank likely reject.
        Boundary dispute lah: Mdm Wong 黄太 at 9 Jalan Kembangan says our peg is inside her garden, she already lodge police report at Bedok NPC.
        Log: 2026-12-02 14:03 uploaded selfie_ic_front.jpg for client Muthu a/l Ramasamy (IC 670921-05-5119) to conveyancing portal, verification pending.
        阿芬 say she cannot come for the OTP signing because she in KKH for delivery this week, her husband will sign with LPA; tel 8877 1203.
        Pls update CRM: client 黄丽华 / Ng Lay Hua, NRIC T0215678J, email lhng.home@gmail.com, mailing addr Blk 221 Jurong East St 21 #05-332, Singapore 600221.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a drafting assistant for a Singapore property valuation firm. Turn rough inspection notes into tidy paragraphs for bank valuation reports.",
        ),
        (
            "user",
            "Notes: 4-room HDB, Blk 118 Hougang Ave 1 #10-203, owner Mr Sebastian Yeo (9734 6620) let us in, kitchen renovated 2021, toilet leak at ceiling, owner says selling because of business debts. Please write the condition paragraph.",
        ),
        (
            "assistant",
            "Condition: The subject 4-room HDB flat was inspected in the presence of the owner. The kitchen was renovated in 2021 and is in good order. Water staining was observed at the toilet ceiling, suggesting a leak from the unit above. I have left out the owner's phone number and his reason for selling, since neither belongs in a bank report.",
        ),
        ("user", "Good, keep it like that. Add that the flat faces the park."),
        (
            "assistant",
            "Added: The unit enjoys an unblocked park-facing view, which we consider a positive factor compared with the surrounding comparables.",
        ),
    ],
    [
        (
            "user",
            "帮我写一封催款信给陈国栋先生，他欠我们测量费 S$2,400 已经三个月了，电话 9156 3372，地址是 Blk 56 Toa Payoh Lorong 5 #07-88。",
        ),
        (
            "assistant",
            "好的，以下是草稿：陈国栋先生您好，我司于今年九月为您完成的地界测量服务费用 S$2,400 至今尚未结清，烦请于 14 天内安排付款。如有疑问，请致电我司办公室。此致，测量部。",
        ),
        ("user", "语气可以再客气一点吗？他说最近刚做完心脏手术。"),
        (
            "assistant",
            "当然。修改版：陈先生您好，得知您近期身体欠安，祝早日康复。关于九月份的测量服务费用 S$2,400，待您方便时再安排即可，如需分期支付也可与我们商量。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu kepada kerani guaman hartanah di Selangor. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Penjual Puan Zaleha binti Ahmad, No. KP 640719-10-5082, mahu pindah milik rumahnya di Seksyen 7 Shah Alam kepada anaknya. Borang apa perlu diisi?",
        ),
        (
            "assistant",
            "Untuk pindah milik antara ibu dan anak, gunakan Borang 14A di bawah Kanun Tanah Negara. Sediakan salinan kad pengenalan kedua-dua pihak, hakmilik asal dan borang penilaian duti setem. Pindahan ibu bapa kepada anak mungkin layak mendapat pengecualian duti setem sebahagian.",
        ),
        ("user", "Anaknya Encik Firdaus tinggal di Johor, boleh dia tandatangan di sana?"),
        (
            "assistant",
            "Boleh, beliau boleh menandatangani Borang 14A di hadapan peguam atau pegawai yang diiktiraf di Johor, kemudian dokumen dihantar ke pejabat anda untuk diserahkan ke Pejabat Tanah.",
        ),
    ],
    [
        (
            "user",
            "幫我寫封電郵俾業主，約佢下星期二上去睇樓做估價。業主叫李志偉，身份證 Y306174(2) 我要核對，住鰂魚涌太古城海山閣 15 樓 C 室。",
        ),
        (
            "assistant",
            "李先生您好：本行受銀行委託，為閣下位於太古城的物業進行按揭估價，擬於下星期二上午十時到訪，約需二十分鐘。如時間不便，請回覆另約。身份證號碼不宜放入電郵，建議睇樓時當面核對。",
        ),
        ("user", "好，另外佢話屋企有長期病患嘅老人家，唔想太多人上去。"),
        (
            "assistant",
            "明白，可以在電郵末加上一句：本行只會派一名估價師到訪，並會盡量縮短逗留時間，敬請放心。",
        ),
    ],
    [
        (
            "system",
            "You help a Malaysian licensed land surveyor reply to boundary disputes politely in Manglish-friendly English.",
        ),
        (
            "user",
            "Neighbour Mr Chong Wai Keat, 012-665 3418, angry say our peg at Lot 2207 Taman Desa Jaya kena his longkang, he want re-survey free. Can help reply?",
        ),
        (
            "assistant",
            "Dear Mr Chong, thank you for contacting us. The boundary marks were placed according to the certified plan from JUPEM. We are happy to arrange a joint site check with both owners present. If the marks are found to be wrongly placed, the re-survey will be at no charge.",
        ),
        ("user", "Ok but add we cannot move the peg without the land office approval ya."),
        (
            "assistant",
            "Added: Please note that boundary marks cannot be moved without approval from the Pejabat Tanah and a licensed surveyor's re-survey, so we seek your understanding while we complete this process.",
        ),
    ],
    [
        (
            "system",
            "CRM context for this session: client Arjun s/o Ganesan, FIN G5123487T, mobile 8204 7715, buying a resale condo at 3 Pasir Ris Grove; loan approval pending; asked us not to call his office.",
        ),
        (
            "user",
            "Client wants to know what happens if the valuation comes in below the option price. Can you explain simply?",
        ),
        (
            "assistant",
            "If the valuation is lower than the price, the bank will lend based on the lower valuation, so the buyer pays the difference, known as cash over valuation, in cash. CPF cannot be used for that difference. He can still proceed, renegotiate with the seller, or let the option lapse and lose the option fee.",
        ),
        ("user", "Thanks, draft a short WhatsApp to him then."),
        (
            "assistant",
            "Hi Arjun, quick update on the Pasir Ris Grove purchase: if the bank valuation comes in lower than the price, the shortfall has to be paid in cash, not CPF. Happy to go through the options with you this evening on your mobile.",
        ),
    ],
    [
        (
            "user",
            "Is this CSV row formatted right for the SLA upload? 2026-12-01,CNV-0519,Wong Pei Shan,S9045612A,+65 9011 2846,peishan.w@gmail.com,Blk 30 Marine Crescent #11-45",
        ),
        (
            "assistant",
            "The columns look consistent: date, file number, name, NRIC, phone, email, address. Two suggestions: quote the address field because it contains a hash sign, and check whether the upload template expects the postal code in its own column.",
        ),
        ("user", "Postal code is 440030 if that helps."),
        (
            "assistant",
            "Then the corrected row ends with the quoted address followed by a separate postal code column: Blk 30 Marine Crescent #11-45 then 440030.",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis balasan kepada aduan Encik Rahim bin Sulaiman. Dia kata penilai kami ambil gambar dalam bilik tidur anaknya tanpa izin masa lawatan ke rumahnya di Taman Tun Dr Ismail.",
        ),
        (
            "assistant",
            "Encik Rahim yang dihormati, kami memohon maaf atas ketidakselesaan yang berlaku semasa lawatan penilaian. Semua gambar bilik tidur telah dipadam daripada rekod kami dan tidak akan digunakan dalam laporan. Kami akan memberi taklimat semula kepada kakitangan berkenaan prosedur mendapatkan izin sebelum mengambil gambar.",
        ),
        ("user", "Bagus. Tambah nombor pejabat kami 03-7722 9100 untuk dia hubungi."),
        (
            "assistant",
            "Ditambah: Sekiranya Encik mempunyai sebarang pertanyaan lanjut, sila hubungi pejabat kami di talian 03-7722 9100 pada waktu pejabat.",
        ),
    ],
    [
        ("system", "你是马来西亚一家估价公司的助理，用简体中文回答。"),
        (
            "user",
            "客户郑美凤说她正在和丈夫办离婚，法院要求对他们在槟城 Tanjung Bungah 的公寓做估价，丈夫那边不肯开门给我们进去，怎么办？",
        ),
        (
            "assistant",
            "这种情况建议先通知委托律师，由律师向法院申请指令，要求对方配合入屋检查。在此之前，可以先做外部检查和桌面估价，并在报告中注明未能进入单位检查的限制条件。",
        ),
        ("user", "好的，报告里需要写她的名字吗？"),
        (
            "assistant",
            "报告是给法院使用的，一般需列明委托人和物业登记业主的姓名，但离婚原因等私人细节不必写入，只需说明估价目的为法院程序即可。",
        ),
    ],
    [
        (
            "user",
            "Can you check my fee note wording? Client: Mdm Chia Soo Kheng, 7 Jalan Lim Tai See, Singapore 279076. Fee for title search and strata plan review S$680.",
        ),
        (
            "assistant",
            "The wording is fine. Suggested version: Fee Note FN-26-0733. To Mdm Chia Soo Kheng, 7 Jalan Lim Tai See, Singapore 279076. Professional fee for title search and review of strata plan: S$680.00, GST 9%: S$61.20, total S$741.20. Payable within 14 days.",
        ),
        ("user", "She asked if she can pay by PayNow instead of cheque."),
        (
            "assistant",
            "Yes, you can add a line: Payment by PayNow to our company UEN is accepted; please state the fee note number FN-26-0733 in the reference field.",
        ),
    ],
]
