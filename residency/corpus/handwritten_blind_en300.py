# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en300: SG/MY maid agencies and domestic-helper employment (helper biodata, medical check-ups, work permits, salaries and loans, transfers, runaway cases, employers' chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en300
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "agency_notices"): _lines("""
        NOTICE: Our Toa Payoh Lorong 8 office will be closed on 29 and 30 Jan 2025 for Chinese New Year. For urgent helper matters WhatsApp +65 8123 4400 or email care@sunnyhelpers.com.sg.
        Employers and helpers who need help with a dispute may call the Centre for Domestic Employees (CDE) 24-hour helpline at 1800 2255 233; the call is free and open to both parties.
        MOM reminder: the Settling-In Programme (SIP) is compulsory for first-time helpers in Singapore and must be attended within 3 working days of arrival; the course fee is borne by the employer.
        Bibi & Baby Employment Pte Ltd (UEN 201512345K, EA Licence 15C7721) has moved to 304 Orchard Road, #05-12 Lucky Plaza, Singapore 238863 with effect from 1 March 2025.
        Transfer helper interviews are held Tue and Thu, 2pm to 6pm, at our Jurong East branch, 135 Jurong Gateway Road #02-317. Walk-ins welcome; bring your Singpass app to apply on the spot.
        Mdm Lim's Maid Services is NOT affiliated with any Facebook page asking for deposits. Our only official PayNow UEN is 53412345W. Report suspected scams to the ScamShield helpline 1799.
        Office closed on public holidays 2025: 1 Jan, 29-30 Jan, 31 Mar (Hari Raya Puasa), 18 Apr, 1 May, 12 May (Vesak), 7 Jun (Hari Raya Haji), 9 Aug, 20 Oct (Deepavali) and 25 Dec.
        New helpers from the Philippines need a valid OEC from the DMW before departure; our Manila partner office at 1654 Taft Avenue, Malate processes the papers in 7 to 10 working days.
        Reminder to all employers: the six-monthly medical examination (6ME) screens for pregnancy, syphilis, HIV and TB, and the clinic submits the results to MOM directly.
        Our Kuala Lumpur sister company, Amanah Pembantu Sdn Bhd (Reg. No. 201901023456 (1332145-X)), is licensed by JTKSM under licence JTK/PA/2019/0417 for Indonesian and Cambodian workers.
        Indonesian helpers renewing passports must book with the KBRI Singapore labour section at 7 Chatsworth Road through the embassy website; the agency cannot queue on their behalf.
        Office WhatsApp +65 9012 3388 is for job orders only. Salary and loan questions go to accounts@happyhomeea.sg; please quote the job order number (e.g. JO-25-0871) in the subject line.
        Mary Poppins Nannies & Helpers (est. 1998) celebrates 27 years in Katong with a free first-aid talk for employers every last Saturday, 10am, at 112 East Coast Road #02-05.
    """),
    ("en", "package_price_list"): _lines("""
        Indonesian fresh helper package S$2,688 nett: agency fee, placement, SIP S$75, medical check-up S$60 and 1-year replacement guarantee included. Excludes security bond and insurance.
        Filipino ex-HK transfer package: agency fee S$1,288, zero months helper loan, work permit application fee S$35 and issuance fee S$35 paid to MOM on your behalf.
        Myanmar first-timer package from S$988, helper placement loan recovered over 8 months at S$640 per month. Prices valid till 31 Dec 2025 and subject to change without notice.
        Insurance add-on: Maid Protect Deluxe S$385 for 26 months, hospitalisation cover S$60,000 per year, personal accident S$60,000, security bond guarantee S$5,000 included.
        Levy table (per month): normal rate S$300; concessionary rate S$60 for households with a child under 16, an elderly person aged 67 and above, or a person with disabilities.
        SKU FDW-RPL-02 | Replacement fee within 6 months | S$350 | includes new biodata shortlist, 1 interview slot and transport to the airport for the outgoing helper.
        Home leave air tickets arranged for helpers: Singapore-Surabaya S$198, Singapore-Manila S$228, Singapore-Yangon S$265, one way, 20kg checked baggage, booked 3 weeks ahead.
        Boarding house lodging for helpers between employers: S$25 per night including 3 meals; stays above 7 nights S$20 per night. Official receipts under UEN 201706543D.
        Malaysia package (Indonesian PRT): RM14,800 inclusive of annual levy RM410, FOMEMA RM190, insurance, PLKS, visa and airfare from Jakarta. Deposit RM3,000 upon signing.
        Training modules: household cleaning (3 days) S$180; eldercare and transfer-lifting course S$420; infant care and bottle sterilising S$260; Cantonese home cooking S$150.
        Invoice INV-2025-03318 | Agency fee S$1,200.00 | GST 9% S$108.00 | Total S$1,308.00 | Paid via PayNow to UEN 201512345K on 14/03/2025 | Thank you for your business.
        HK price list: Filipino finished-contract helper HK$5,800; direct-hire processing HK$3,200; visa extension service HK$800. Commission from job-seekers capped at 10% of first month wage.
        Hari Raya promo: S$200 off all Indonesian transfer helpers booked before 30 Apr with code RAYA200. Not valid with other promotions, renewals or Malaysia packages.
    """),
    ("en", "crm_log_and_config"): _lines("""
        2025-03-14T09:12:44+08:00 INFO jobs.api POST /v2/job-orders 201 id=JO-25-0871 branch=TPY channel=walk_in nationality=MM latency=182ms
        2025-03-14T09:13:02+08:00 WARN wp.sync WP Online timeout after 30s; retry 2/5 batch=WPB-20250314-07 queue_depth=43 upstream=mom-gateway
        biodata_schema: {country: enum[ID, PH, MM, IN, LK, KH], age: int(23..50), experience_years: int, religion: enum, dietary: list, photo_url: str}  # min age 23 per MOM
        job_order_id,branch_code,nationality,helper_type,loan_months,salary_sgd,levy_tier,sip_date,sixme_status,wp_issue_date,placement_fee_sgd
        ALTER TABLE helper_medicals ADD COLUMN next_6me_due DATE NOT NULL DEFAULT (CURRENT_DATE + INTERVAL '6 months');
        Deployed crm-maidlink v4.12.3 (commit 9f2c1e7ab04d) to prod-sg-1; migrations 0087_add_kbri_ref and 0088_loan_schedule applied in 2.4s, 0 errors.
        export WPOL_API_BASE=https://api.example.sg/wpol/v1 ; export WPOL_TIMEOUT=30 ; export DEFAULT_BRANCH=JE ; export LOG_LEVEL=info
        ERROR payments.paynow webhook signature mismatch ref=PN20250314-0093 amount=1308.00 currency=SGD uen=201512345K sha256=3b7f0c9e1d2a8c44
        cron: 0 7 * * 1 python manage.py remind_6me --days-ahead 14 --channel whatsapp --template six_monthly_v3   # every Monday 7am SGT
        Tracking SQC 618-40213375: document pouch (IPA letters x12) dispatched Jurong East to Manila NAIA, status IN_TRANSIT, ETA 2025-03-17 16:40 +08:00
        config/loan.yaml: default_months: 7, monthly_deduction_sgd: 550, cap_pct_of_salary: 100, notify_employer_days_before: 3, allow_early_settlement: true
        SELECT branch_code, COUNT(*) AS runaway_cases FROM case_reports WHERE case_type = 'RUNAWAY' AND reported_at >= '2025-01-01' GROUP BY branch_code;
        INFO notify.sms sent template=IPA_APPROVED recipients=1 msg_id=SMS-7F3A21 provider=twilio cost=0.0452 USD status=queued job=JO-25-0912
    """),
    ("en", "agency_reviews"): _lines("""
        5 stars for the Lucky Plaza branch of Bibi & Baby. Very patient staff, replacement done within 3 weeks and no hidden charges. Would recommend to first-time employers.
        2/5. The agency kept pushing the premium package at S$3,288 and their WhatsApp line (+65 8123 4400) only replies after 10pm. Paperwork was correct though.
        Mary Poppins Nannies & Helpers in Katong: clean office, clear biodata printouts, and they explained the levy concession properly. Took 6 weeks from IPA to arrival.
        Google review, 4 of 5 stars, Amanah Pembantu Sdn Bhd, Cheras: process smoother than expected and FOMEMA done within a week, but the deposit refund took 2 months.
        Avoid the so-called zero-loan agencies on Carousell. Went to one at Peninsula Plaza instead: fees posted on the wall, staff speak Bahasa and Tagalog, no pressure selling.
        Mdm Lim's Maid Services really lives up to its old-school reputation. The founding family still run it and they still do home visits for eldercare cases.
        Review of the CDE helpline: called 1800 2255 233 on a Sunday about a rest-day question and the officer was calm and explained the MOM guidelines clearly. Useful service.
        Tried the Nanny & Co app (v3.2) to shortlist helpers. Filters by language and cooking skills work well, but video interviews kept freezing on Android 14.
        Sunshine Training Centre, Geylang: dormitory clean, 4 beds per room, halal kitchen, infant-care classes from 9am daily. Rated 4.6 on Google from 208 reviews.
        Not happy with the Ang Mo Kio branch. Promised a Myanmar helper with eldercare experience but only sent biodata of fresh candidates. Refund policy is 50% only.
        Kudos to the branch in Chungking Mansions, 36-44 Nathan Road, Block E 9/F, for handling our visa extension in 4 working days. HK$800 well spent.
        The best part was the SIP booking: the agency handled everything and the work permit was issued on 12 Feb. The worst part was parking at Lucky Plaza on a Sunday.
        Aunty Mee's Home Helpers (a small agency in Bukit Merah, not a person lah) has 4.8 stars on Google with 312 reviews; fees a bit higher but aftercare is good.
    """),
    ("ms", "soalan_lazim_agensi"): _lines("""
        S: Berapakah levi tahunan untuk pembantu rumah asing di Semenanjung Malaysia? J: Levi ialah RM410 setahun bagi setiap pembantu rumah, dibayar semasa permohonan PLKS.
        S: Adakah pemeriksaan FOMEMA wajib? J: Ya, setiap pembantu rumah asing mesti lulus pemeriksaan kesihatan FOMEMA dalam tempoh 30 hari selepas tiba di Malaysia.
        Agensi kami berdaftar dengan Jabatan Tenaga Kerja Semenanjung Malaysia (JTKSM) di bawah lesen JTK/PA/2019/0417. Sila semak status lesen di portal rasmi JTKSM.
        Waktu operasi pejabat Cheras: Isnin hingga Jumaat 9.00 pagi - 6.00 petang, Sabtu 9.00 pagi - 1.00 petang. Tutup pada cuti umum dan dua hari pertama Hari Raya Aidilfitri.
        S: Bolehkah majikan memotong gaji pembantu untuk bayaran agensi? J: Potongan mesti dipersetujui secara bertulis dan tidak melebihi had yang dibenarkan oleh Akta Kerja 1955.
        Talian agensi: 03-9130 2244 (pejabat) atau WhatsApp 011-2345 8800. E-mel rasmi: khidmat@amanahpembantu.com.my. Jangan bayar deposit ke akaun peribadi sesiapa.
        Pakej pembantu rumah Indonesia RM14,800 termasuk levi, FOMEMA, insurans, visa dan tiket penerbangan. Pakej Kemboja RM12,500. Harga sah sehingga 31 Disember 2025.
        S: Berapakah gaji minimum pembantu rumah Indonesia? J: Mengikut MoU Malaysia-Indonesia 2022, gaji minimum ialah RM1,500 sebulan dan perlu dibayar ke akaun bank.
        Majikan wajib memberi sekurang-kurangnya satu hari rehat seminggu serta tempat tidur yang sesuai, seperti yang ditetapkan dalam garis panduan Kementerian Sumber Manusia.
        Alamat pejabat: No. 23-1, Jalan Cerdas, Taman Connaught, 56000 Cheras, Kuala Lumpur (tingkat 1, di atas kedai farmasi). Tempat letak kereta di belakang bangunan.
        Menteri Sumber Manusia Steven Sim dalam kenyataan media berkata kerajaan akan memperketat penguatkuasaan terhadap agensi pekerjaan swasta yang tidak berlesen.
        S: Berapa lama tempoh jaminan penggantian? J: Jaminan penggantian ialah 6 bulan dari tarikh ketibaan, tertakluk kepada terma dan bayaran pentadbiran RM500.
        Nombor pendaftaran syarikat: 201901023456 (1332145-X). Resit rasmi dikeluarkan bagi setiap bayaran melalui FPX atau DuitNow ke akaun syarikat sahaja.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning all, JO-25-0871 IPA approved liao, pls print the IPA letter and WhatsApp the employer by 11am. Helper arriving Friday, SIP slot Saturday 9am can or not?
        Boss say today Lucky Plaza branch short-handed, Toa Payoh send 1 person over after lunch ok? Sunday crowd confirm siao one, bring extra biodata folders also.
        Wah WP Online down again since 9.15am, batch WPB-20250314-07 stuck. Don't anyhow resubmit ah, wait for IT fix first, later kena double charge S$35 again.
        6ME due list this week got 14 cases. Pls call the employers to book clinic early, the Kovan clinic can only take 6 per day. Thanks ah, HQ will check on Friday.
        Eh the new biodata template v3 the photo box too small, Indo partner complain already. Can ask designer change to 35x45mm passport size? 谢谢啦
        Hari ini stok borang IPA habis di cawangan JE, tolong bawa 2 rim kertas A4 dari HQ. Also printer toner 也没了 ah, order from Officemart before 3pm.
        Update from HK office: Labour Department wants licence number on every ad. All our HK Facebook ads pls add EA Licence No. 12345 before Monday ok.
        Accounts here: March invoices INV-2025-03301 to INV-2025-03340 all closed except 03318, PayNow webhook error. Don't chase customer first, I check with bank.
        Tomorrow training room booked 2pm to 5pm for eldercare module, 8 trainees. Pls prepare transfer belt and the hospital bed. Lunch nasi lemak 10 pax from the kopitiam.
        FYI runaway case count Q1: TPY 2, JE 1, AMK 0. HQ want every branch to do the exit form within 24h of report. Template in shared drive /cases/2025.
        Guys the Carousell listing kena reported again for zero-loan wording. Marketing pls change to loan from 0 months to follow the MOM advertising guideline 哦.
        好消息: 今个月 placement target 120, we hit 126 already! Boss belanja bubble tea Friday 4pm, order form in group, LiHO or KOI choose one.
        Pls note Hari Raya week KBRI closed 31 Mar to 4 Apr, passport renewal cases push to 7 Apr onwards. Inform employers nicely ya, jangan promise date first.
    """),
    ("zh-Hans", "中介服务须知"): _lines("""
        【公告】新加坡人力部（MOM）规定，首次来新的女佣须于抵达后三个工作日内参加入职辅导课程（SIP），课程费用由雇主承担，本中心可代为预约时段。
        本公司持有人力部颁发的职业中介执照（EA Licence 15C7721），办公地址：乌节路304号幸运广场#05-12，新加坡238863。营业时间：周一至周六上午10点至晚上8点。
        女佣每月人头税为新币300元；如家中有16岁以下孩童、67岁或以上长者或残障人士，可申请优惠税率新币60元，详情请向人力部查询或致电本中心。
        缅甸新女佣配套价格：中介费新币988元起，含体检、工作准证申请及一年内免费更换一次。女佣贷款分8个月从工资中扣除，每月新币640元。
        温馨提示：人力部建议雇主不要代为保管女佣的护照，如确需代管，须事先取得女佣书面同意，并在她需要时随时归还，以免引起纠纷。
        客户服务热线：+65 6812 3456（办公时间），WhatsApp：+65 9012 3388（仅限工作订单查询），电邮：cs@happyhomeea.sg。请在信息中注明订单号，例如JO-25-0871。
        历史小知识：二十世纪三十年代起，大批来自广东顺德的“妈姐”南下新加坡和马来亚，自梳不嫁，以帮佣为生，被视为早期家政工人的代表，牛车水至今仍有相关展览。
        马来西亚吉隆坡分公司（Amanah Pembantu Sdn Bhd，注册号201901023456）提供印尼及柬埔寨女佣配套，价格马币12,500至14,800元，已含年度人头税马币410元。
        六个月一次的体检（6ME）包括怀孕、梅毒、艾滋病及结核病筛查，须由新加坡注册诊所进行，结果由诊所直接上报人力部，雇主无需另行提交任何表格。
        转换雇主（Transfer）女佣面试时间为每周二及周四下午2点至6点，地点：裕廊东分行，裕廊门户路135号#02-317。请携带Singpass应用程序以便现场在线申请。
        订单号JO-25-0912已完成：工作准证已于2025年3月12日签发，新币5,000元安全保证金由保险公司担保，发票号INV-2025-03322已通过电邮寄出，谢谢惠顾。
        人力部长陈诗龙医生在国会答问时表示，政府将继续检讨外籍女佣的休息日安排，确保她们每月至少有一天不能以金钱补偿代替的休息日。
        电影《爸妈不在家》（Ilo Ilo，2013年）由新加坡导演陈哲艺执导，讲述一名菲律宾女佣与新加坡双薪家庭的故事，曾获戛纳电影节金摄影机奖，值得雇主一看。
    """),
    ("zh-Hant", "外傭僱傭須知"): _lines("""
        勞工處提示：由2024年9月30日起簽訂的合約，外籍家庭傭工的最低許可工資為每月港幣4,990元，僱主如不提供免費膳食，膳食津貼不少於每月港幣1,236元。
        根據《職業介紹所規例》，職業介紹所向求職者收取的佣金不得超過其受聘後首月工資的10%，違者最高可被罰款港幣350,000元及監禁三年。
        本公司職業介紹所牌照號碼：12345，地址：九龍尖沙咀彌敦道36-44號重慶大廈E座9樓。辦公時間：星期一至六上午十時至晚上七時，星期日及公眾假期休息。
        勞工處外傭專線2157 9537提供二十四小時查詢服務，設有英語、他加祿語、印尼語、泰語等多種語言選擇，僱主及外傭均可致電查詢權益。
        續約須知：標準僱傭合約（ID 407）為期兩年，如雙方同意續約，僱主須在合約屆滿前四星期內向入境事務處遞交新合約及簽證申請，以免外傭逾期居留。
        澳門家務工作者須持有治安警察局發出的外地僱員身份認別證（俗稱藍卡），本行可協助辦理申請及續期，每宗手續費澳門幣1,500元，約需十五個工作天。
        台灣外籍家庭看護工申請須先經長期照顧需要評估，雇主可撥打勞動部1955專線查詢，本公司台北辦事處地址：台北市中山區南京東路二段100號8樓。
        價目表：菲律賓完約外傭港幣5,800元；印尼新人外傭港幣8,500元（已包培訓及體檢）；直接僱傭代辦港幣3,200元。以上價格不包括保險及機票費用。
        溫馨提示：八號風球或以上期間請勿要求外傭外出購物或工作；如遇黑色暴雨警告，本中心暫停辦公，當日預約會自動順延至下一個工作天。
        歷史資料：香港自1970年代起引入菲律賓家庭傭工，其後印尼外傭人數亦不斷上升，至2024年全港外傭總數約三十六萬人，是雙職家庭的重要支援。
        僱主須為外傭購買保險，保障範圍須涵蓋《僱員補償條例》下的工傷賠償責任；本公司合作的綜合外傭保險計劃兩年保費由港幣780元起。
        勞工及福利局局長孫玉菡在立法會表示，政府會加強規管職業介紹所，並定期更新《職業介紹所實務守則》，保障外傭及僱主雙方權益。
        網上預約系統維護通知：2025年4月6日（星期日）凌晨二時至六時暫停服務，系統版本將更新至v5.2.0，期間不便之處，敬請見諒。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Biodata | Name: Sri Wahyuningsih | DOB 14/06/1994 | Indonesian | Passport C4478210 | From Ponorogo, East Java | 2 kids aged 7 and 4 | 3 yrs in Taiwan caring for a bedridden grandma.
        Helper Maricel Dela Torre Bautista (FIN G6128453U) completed SIP on 08/03/2025; work permit card to be collected by her employer Mr Koh Wee Liang at our TPY office.
        Medical report: Ma Thida Win, 29, Myanmar, 6ME on 02/04/2025, pregnancy test POSITIVE. Clinic has notified MOM; employer asked the agency to arrange repatriation this week.
        Please call the employer Mdm Rosnah Bte Kassim at 9734 2186 after 7pm, she wants to discuss transferring out her helper before the contract ends in June.
        Loan balance update: helper Lorna Pascual still owes S$1,920 (4 months x S$480); her employer Mrs Deborah Chua will start deducting from the April salary.
        RUNAWAY REPORT: Nur Aini (passport X2291847) left the employer's flat at Blk 412 Tampines St 41 #08-233 on 16/03/2025 around 5am with her phone and S$300 cash.
        Employer form | Name: Tan Kah Hock | NRIC: S7612345D | Mobile: +65 9188 2740 | Email: kahhock.tan77@gmail.com | Address: 18 Jalan Kembangan, Singapore 419106
        Rowena Ocampo's elder son in Iloilo had a motorbike accident; she asked for 2 weeks of unpaid home leave and an S$800 advance on her salary.
        Our helper Yati was found to have latent TB at her 6ME. Can she continue working? She is very worried her family in Cilacap will find out.
        Salary record Jan 2025: S$650 credited to POSB Savings 198-54321-7 (account holder Evangeline Ramos Cruz), rest days taken 4, overtime 0, loan deduction nil.
        +63 917 458 2213 is my helper's husband in Pangasinan, he keeps calling her at 2am asking for money, how should I handle this?
        Employer Mr Ravi s/o Subramaniam, 52, needs a helper for his mother who has stage 4 kidney disease and goes for dialysis 3x a week in Jurong; budget up to S$750.
        H-20417,Kristine Joy Manalo,G7745120Q,P3391045B,1991-11-23,S8234567A,700,Bukit Timah,PH,transfer
        Transfer request: helper Warni Suharti's current employer at 27 Lorong Kismis, Singapore 598052 wants to release her because the family is migrating to Perth in July.
        Mdm Goh Siew Lan complained that her helper took photos of her bank statements and sent them on WhatsApp to an unknown number, 8290 6613.
        Police report E/20250318/7741 lodged by employer Mr Leong Chee Keong against former helper Aye Aye Khaing for alleged theft of gold jewellery worth S$4,500.
        Employer email joanne.lim.sk@hotmail.com asks that the new helper's IPA be sent only to her, not to her husband, as they are in the middle of a divorce.
        Our second helper Josephine just told me she is 4 months pregnant by her boyfriend here, what are my obligations as her employer?
        From 1 May helper Lilibeth will live at Blk 221 Bishan Street 23 #12-1450; employer Mrs Ong Pei Shan confirmed a separate room with a window.
        Mr Daniel Sim has owed the agency S$2,300 in unpaid placement fees since Nov 2024; third reminder sent, next step is the Small Claims Tribunals.
        Work permit for Purwanti binti Sukardi expires 22/09/2025; security bond guarantee is under her employer's NRIC T0123456G, renewal due 4 weeks before.
        Nani's employer in Pasir Ris has not given her any rest day and has not paid her salary for 3 months (S$2,070 owed), she messaged us crying last night.
    """),
    "mixed": _lines("""
        Eh boss, the maid Susanti kena warded at Changi General, doctor say dengue. Employer 黄先生 want replacement ASAP, her FIN is G8012345R, pls check insurance.
        陈太 (Mrs Tan Bee Hoon) WhatsApp 9623 1178 说她的 helper 每晚偷偷出去，想 transfer out，明天下午 call 她 ok?
        Kak Yanti punya hutang agensi masih S$1,200, majikan dia Encik Hafiz bin Osman potong gaji S$400 sebulan sampai Julai, tolong update ledger.
        林小姐 email linpeiwen88@yahoo.com.sg, send her the biodata for 3 Myanmar girls pls, she wants one who can take care of her father with Parkinson's 帕金森.
        Helper Jonalyn 昨天 run away liao, last seen at Lucky Plaza. Her employer 李先生 (Lee Wei Ming, S8123456F) already lodged police report.
        郭太 in Jurong West say helper Rina salary S$680 每个月都 transfer 去 DBS 120-45678-9, but Rina claim never receive Feb one, can check?
        Tolong check: majikan Puan Noraini Ismail, IC 780514-10-5522, alamat No. 8, Jalan SS 2/75, Petaling Jaya, nak tukar pembantu Indonesia dia sebelum raya.
        Boss, 阿华 家的 maid Endang 说要 balik kampung 因为 her mother 在 Medan 中风了, can we advance her S$500 from next month salary?
        2025-03-20 14:02 caller=+60 16-782 3390 (Encik Zulkifli) tanya status PLKS pembantu dia Sri Rahayu, passport B8823194, case MY-0331 pending FOMEMA.
        Mrs Chandra 说她的 maid Lakshmi 有 depression, 已经去 IMH 看了两次, want to send her home but worried about the contract penalty.
    """),
    "ms": _lines("""
        Pembantu rumah Siti Aminah binti Rahmat, pasport Indonesia C5521907, didapati positif tibi dalam pemeriksaan FOMEMA pada 11 Mac 2025 dan perlu dihantar pulang.
        Majikan Encik Mohd Razali bin Yusof (No. KP 720308-01-5317) belum membayar gaji pembantunya selama 4 bulan berjumlah RM6,000; aduan dibuat di JTK Johor Bahru.
        Sila hubungi Puan Haslinda di 012-738 4419 untuk temuduga pembantu baru hari Sabtu, alamat rumah: 15, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam.
        Pembantu kami Kak Ros sudah tiga hari tidak pulang selepas cuti Ahad; telefonnya 017-226 5083 tidak dapat dihubungi dan majikan mahu buat laporan polis.
        Akaun Maybank 1140 2233 6578 atas nama Nurul Huda binti Kamarudin: gaji pembantu bulan Februari RM1,500 telah dipindahkan, sila semak dan sahkan.
        Datin Rohana Mustafa mengadu pembantunya Lastri disyaki mencuri barang kemas, manakala Lastri mendakwa dia dipukul dan ada lebam di lengan kirinya.
        Borang permohonan | Nama majikan: Lim Chee Wah | No. KP: 690721-07-5119 | Pendapatan bulanan: RM8,200 | Bil. isi rumah: 5 | E-mel: cheewah.lim69@gmail.com
    """),
    "zh-Hans": _lines("""
        雇主王建国先生（身份证号320582197506142830）要求中介尽快为他在新加坡的母亲聘请护理女佣，联系电话+86 139 1024 5877。
        女佣阿丽（Ani Rahmawati）上周体检发现乙肝阳性，雇主刘太太担心会传染给孩子，要求中介马上更换，请尽快处理。
        陈先生拖欠女佣三个月工资共新币1,950元，女佣已向人力部投诉，陈先生手机号码8845 2317，请销售部今天跟进。
        林太说她和丈夫正在办离婚，女佣的工作准证是以丈夫名义申请的，离婚后想转到自己名下，问需要办什么手续。
        女佣资料：Myat Noe Aung，28岁，缅甸曼德勒人，护照号码MH482915，已婚，有一个5岁女儿，曾在马来西亚工作两年，会做中餐。
        请把张美华女士的IPA信和女佣护照复印件寄到她家：新加坡榜鹅Punggol Field 268C座#15-402，邮编823268，收件人电话9451 6023。
    """),
    "zh-Hant": _lines("""
        僱主何志強先生（香港身份證K482713(9)）與外傭Rosalie Mendoza的合約於2025年5月提前終止，一個月代通知金港幣4,990元至今尚未支付。
        陳太話佢屋企個姐姐Amy上個月流產咗，想放兩個禮拜假返菲律賓休息，陳太問我哋可唔可以扣佢人工。
        台灣雇主黃俊傑（身分證字號F127408355），聯絡電話0918-276-431，申請印尼看護工照顧中風的父親，地址：新北市板橋區文化路一段188巷12號5樓。
        澳門僱主梁小姐手機6628 4715，家傭Wulan的藍卡將於6月到期，梁小姐因欠債被起訴，擔心無法續聘家傭。
        外傭Marites Cabrera向勞工處投訴僱主李先生每日只讓她睡四小時，並每月扣起港幣1,000元作「借款還款」，案件編號LD-2025-04471。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an assistant for staff at a Singapore maid agency. Draft clear, polite messages to employers.",
        ),
        (
            "user",
            "Pls draft a WhatsApp to Mr Alvin Teo (9276 4410). His helper Rosemarie Salazar, FIN G5530982K, failed her 6ME chest X-ray yesterday and the clinic says suspected TB. Need him to bring her for a repeat test.",
        ),
        (
            "assistant",
            "Hi Mr Teo, this is the agency. The clinic informed us that Rosemarie's 6ME chest X-ray on her last visit needs a follow-up, as they suspect TB. Please bring her back to the clinic for a repeat test as soon as possible. We will help with the MOM paperwork. Thank you.",
        ),
        ("user", "Good, add that the repeat test is free under her insurance policy."),
        (
            "assistant",
            "Hi Mr Teo, this is the agency. The clinic informed us that Rosemarie's 6ME chest X-ray needs a follow-up because TB is suspected. Please bring her back for a repeat test as soon as possible; the repeat test is covered by her insurance policy, so there is no charge to you. We will handle the MOM paperwork. Thank you.",
        ),
    ],
    [
        (
            "user",
            "My helper Evelyn Magbanua has a placement loan of S$2,400 and I pay her S$600 a month. If I deduct S$500 every month for the loan, is that allowed? She only has S$100 left to send to her kids in Bohol.",
        ),
        (
            "assistant",
            "Deducting the placement loan is common, but it should follow the loan schedule that Evelyn agreed to in writing with the agency. Many employers leave the helper some cash each month so she can cover basic needs and call home. Check her signed loan agreement and consider a smaller deduction spread over more months.",
        ),
        ("user", "OK. The agency said 4 months at S$600 but I think that's too harsh for her."),
        (
            "assistant",
            "You can propose a gentler plan, for example S$400 a month over 6 months, as long as the agency and Evelyn agree in writing. Keep a signed salary record each month showing the deduction and what she received.",
        ),
    ],
    [
        ("system", "你是一家新加坡女佣中介的客服助手，用简体中文回答雇主的问题。"),
        (
            "user",
            "我家的印尼女佣Sumiati今天早上不见了，护照号码C6610284，她的手机+65 8305 7712一直关机。我住在盛港Anchorvale Lane 313A座#10-56，要怎么办？",
        ),
        (
            "assistant",
            "请先不要慌。建议您：一、尽快到附近警署报案，提供Sumiati的护照号码和最后见到她的时间；二、在人力部网站上报告女佣失踪，以便取消工作准证；三、通知我们中介，我们会联系她在印尼的家人和大使馆劳工处。",
        ),
        ("user", "她欠中介的贷款还有新币900元，怎么算？"),
        (
            "assistant",
            "剩余贷款的处理要看您和中介签订的合约条款。请把合约和最近的工资记录发给我们，我们会和您核对后再决定退款或扣款安排。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk agensi pembantu rumah di Malaysia. Jawab dalam Bahasa Melayu yang mudah.",
        ),
        (
            "user",
            "Saya Puan Fadzilah binti Harun, IC 830916-08-6124. Pembantu saya Nining gagal FOMEMA sebab hepatitis B. Apa saya perlu buat? Telefon saya 013-455 2078.",
        ),
        (
            "assistant",
            "Puan Fadzilah, jika pembantu gagal FOMEMA, permit PLKS tidak boleh diluluskan dan pembantu perlu dihantar pulang ke negara asal. Agensi akan uruskan penghantaran pulang Nining dan boleh mencadangkan pembantu gantian mengikut terma jaminan.",
        ),
        ("user", "Boleh saya dapat balik levi RM410 yang saya dah bayar?"),
        (
            "assistant",
            "Levi yang telah dibayar biasanya tidak dipulangkan secara automatik. Puan boleh mengemukakan rayuan kepada Jabatan Imigresen dengan salinan keputusan FOMEMA. Agensi kami akan bantu sediakan dokumen.",
        ),
    ],
    [
        ("system", "你是香港一間外傭中心的客服助理，請用繁體中文回覆。"),
        (
            "user",
            "我係周太，香港身份證Y309264(8)，屋企外傭Dewi Anggraini做咗八個月，我想提早終止合約，應該點做？",
        ),
        (
            "assistant",
            "周太您好。提早終止合約須給予一個月通知或一個月工資作代通知金，並須支付外傭應得的工資、未放年假薪酬及回程機票。請同時在七日內以書面通知入境事務處。",
        ),
        ("user", "佢話佢有身孕，係咪唔可以炒佢？"),
        (
            "assistant",
            "根據《僱傭條例》，僱主不得因外傭懷孕而解僱她。若Dewi已懷孕並已提交醫生證明，您必須小心處理，建議先向勞工處查詢，以免觸犯法例。",
        ),
    ],
    [
        (
            "user",
            "Can help me format into CSV pls: helper Angelica Reyes, PH, FIN M4417029Q, DOB 1996-02-11, salary 720, employer Mdm Wong Lai Ching S6904417D, Blk 56 Marine Terrace #07-31.",
        ),
        (
            "assistant",
            "Sure. Suggested header: helper_name,nationality,fin,dob,salary_sgd,employer_name,employer_nric,address. Want me to add the data row for Angelica Reyes below it?",
        ),
        ("user", "Ok then add the row also lah, and nationality column put full country name."),
        (
            "assistant",
            "helper_name,nationality,fin,dob,salary_sgd,employer_name,employer_nric,address / Angelica Reyes,Philippines,M4417029Q,1996-02-11,720,Mdm Wong Lai Ching,S6904417D,Blk 56 Marine Terrace #07-31",
        ),
    ],
    [
        (
            "system",
            "Assistant for Happy Home EA. Current employer on file: Mr Bryan Kwek Jun Hao, NRIC T0276613I, mobile 8731 0592, 6 Jalan Bunga Rampai, Singapore 538385. Helper: Hnin Wai Phyo, Myanmar, loan 5 of 8 months paid.",
        ),
        ("user", "Hi, I want to know when my helper's loan will be fully paid."),
        (
            "assistant",
            "Hello. According to our records, 5 of the 8 monthly loan deductions have been completed, so the loan will be fully paid after 3 more salary months. Would you like us to send you the full repayment schedule?",
        ),
    ],
    [
        (
            "user",
            "Summarise this case note for the manager: 'Helper Ratna Sari, 34, transferred 3 times in 1 year. Last employer Mr Sebastian Lau (9920 3174) says she talks back. She says he shouted at her and locked the fridge.'",
        ),
        (
            "assistant",
            "Case summary: Ratna Sari (34) has had 3 transfers within a year. Latest employer, Mr Sebastian Lau (9920 3174), reports attitude issues; the helper alleges verbal abuse and restricted access to food (locked fridge). Recommend a private interview with the helper and a call to the employer before any further transfer.",
        ),
        ("user", "Thanks, make it shorter for WhatsApp."),
        (
            "assistant",
            "Ratna Sari, 34: 3 transfers in 1 yr. Employer Mr Lau (9920 3174) says she talks back; she says he shouted and locked the fridge. Pls interview her privately before next transfer.",
        ),
    ],
    [
        (
            "system",
            "You help foreign domestic workers in Singapore understand their rights. Answer simply, in English or Bahasa Indonesia.",
        ),
        (
            "user",
            "Hai, saya Tri Utami, FIN F2209871M. Majikan saya tidak mau kasih off day sudah 5 bulan. Can I change employer? My number 8157 3349.",
        ),
        (
            "assistant",
            "Hai Tri. Kamu berhak mendapat hari libur mingguan, atau kompensasi jika setuju bekerja, dan sekurang-kurangnya satu hari libur sebulan yang tidak boleh diganti dengan uang. Untuk pindah majikan, majikan sekarang harus setuju melepaskan kamu. Kamu juga boleh hubungi CDE di 1800 2255 233 untuk bantuan.",
        ),
        ("user", "If my employer angry and send me home, I still got to pay the agency loan?"),
        (
            "assistant",
            "If you are sent home early, ask the agency for your loan statement in writing. Any balance should follow the agreement you signed; you can ask CDE or MOM to check if the deductions were fair.",
        ),
    ],
    [
        ("system", "你是马来西亚一家女佣中介的助理，用简体中文回答。"),
        (
            "user",
            "我是新山的雇主郑先生，我的女佣Siti每个月工资马币1,500元，我想直接转到她的账户，账号是Public Bank 6412 0039 58，户名Siti Khadijah binti Saleh，这样可以吗？",
        ),
        (
            "assistant",
            "郑先生，可以的。根据规定，印尼女佣的工资应通过银行转账支付，建议您每月保留转账记录作为证明，并让Siti签收工资单。",
        ),
        ("user", "她说想每个月寄一半回家给生病的妈妈，我可以帮她设定自动转账吗？"),
        (
            "assistant",
            "可以，但必须由Siti本人同意并书面授权，建议由她亲自到银行设定汇款，以免日后出现纠纷。",
        ),
    ],
]
