# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat144: chats with an assistant about one's own migrant-worker problems (unpaid salary, passport held by an agent, dormitory conditions, work-permit renewal, remittances home, injuries, repatriation). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat144
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "mom_faq"): _lines("""
        Q: My employer has not paid my salary within 7 days after the salary period ended. What can I do? A: Call the MOM hotline 6438 5122 or lodge a salary claim with TADM.
        Q: Can my employment agent keep my passport for safekeeping? A: No. Employers and agents must not hold a worker's passport without consent and must return it on request.
        Work Permit renewal can be done up to 8 weeks before expiry via WP Online; the S$35 fee per permit is charged on approval and the new card is delivered within 4 working days.
        Dormitory standards: new dorms licensed under the Foreign Employee Dormitories Act must provide at least 4.2 sqm of living space per resident, excluding shared facilities.
        If you are injured at work, your employer must report it within 10 days, and you can claim under WICA without going to court. Medical leave wages are paid for up to 14 days of outpatient MC.
        Migrant Workers' Centre 24-hour helpline: +65 6536 2692. Walk-in help at the MWC Recreation Club, 2 Kranji Way, open daily 9am to 9pm; Sundays are busiest after 2pm.
        Domestic workers can reach the HOME helpline at 1800 797 7977 or WhatsApp +65 8233 2455; the lines are staffed in Bahasa Indonesia, Tagalog, Burmese and English.
        Salary must be paid by GIRO or cash with an itemised payslip, and Key Employment Terms must be issued within 14 days of starting work for employees covered by the Employment Act.
        Repatriation: the employer bears the full cost of sending the worker home, including the air ticket to the nearest international airport, e.g. Dhaka (DAC) or Chennai (MAA).
        Tuas South Dormitory medical centre: check-up slots 08:30-11:30 Mon-Sat, bring your Work Permit card and the SGWorkPass QR code; no appointment needed for fever cases.
        A security bond of S$5,000 applies to each non-Malaysian Work Permit holder; it is discharged once the worker has been repatriated and the permit cancelled within 7 days.
        FAQ ref MOM-WP-2026-07: from 1 Jan 2026 the levy for Basic-Tier construction workers is S$650 per month, while Higher-Skilled workers pay S$300 per month.
        To check if your permit is still valid, use the SGWorkPass app or call 6438 5122 (Mon-Fri 8.30am-5.30pm); have your FIN and passport number ready before you call.
    """),
    ("zh-Hans", "劳务公司通知"): _lines("""
        【通知】赴新加坡建筑行业劳务人员第三批岗前培训班定于2026年3月9日在南宁市青秀区民族大道136号12楼开班，请带好身份证原件及两寸白底照片六张。
        本公司对外劳务合作经营资格证书编号：桂商劳字〔2019〕第0073号，统一社会信用代码91450100MA5KX3R27Q，业务咨询热线0771-55682300（工作日8:30-17:30）。
        温馨提示：正规劳务公司不得收取超过合同约定的服务费，出国前所有费用须开具正式发票；如遇乱收费或扣押证件，可拨打12345政务服务便民热线或向当地商务局投诉。
        出境前须完成：体检（含胸透、乙肝五项）、无犯罪记录证明、护照有效期不少于18个月。体检统一安排在南宁市国际旅行卫生保健中心，每周二、四上午空腹前往。
        关于工资发放的说明：新加坡雇主须在每月7日前通过银行转账支付上月工资，工资单应列明基本工资、加班费及扣款项目，宿舍费每月扣除不得超过合同约定的S$250。
        护照保管规定：根据劳务合同第十二条，护照由劳务人员本人保管，公司及雇主均无权扣押；如办理签证需临时借用，须签署借用单并在5个工作日内归还。
        2026年第二季度澳门外派厨师岗位招聘：月薪MOP 13,500起，包住宿，合同两年，报名截止4月30日，面试地点珠海市香洲区情侣中路39号三楼会议室。
        工伤处理流程：1. 立即就医并保留病历和收据；2. 24小时内告知现场主管；3. 由雇主向人力部申报；4. 公司驻新加坡办事处协助跟进赔偿，办事处电话+65 6291 7788。
        汇款须知：中国银行新加坡分行每周日10:00-16:00开设劳务人员汇款专窗，单笔手续费S$10，人民币一般1至2个工作日到账，请勿通过地下钱庄汇款。
        回国安排：合同期满人员统一乘坐3月28日MU5032航班（樟宜T3至南宁吴圩），行李限额23公斤，超重部分自理，请于起飞前三小时到达集合点。
        宿舍管理规定：每间宿舍不超过12人，晚上11点熄灯，禁止私拉电线和使用电饭煲；违反者第一次书面警告，第二次扣除当月全勤奖S$50，第三次报雇主处理。
        岗前培训课程表：第1周 安全帽与高空作业（BCSS证书），第2周 英语日常用语，第3周 新加坡法律常识与《雇佣外籍人力法令》，第4周 结业考试及合同讲解。
        常见问题：工作准证到期前多久可以续签？答：雇主一般在到期前两个月通过人力部系统提交申请，续签审批期间可以正常上班，不需要回国重新办理。
    """),
    ("zh-Hant", "勞工處外傭指引"): _lines("""
        勞工處外籍家庭傭工專線：2157 9537，服務時間星期一至五上午9時至下午6時，可查詢工資、休息日及法定假日權益，並提供印尼語、菲律賓語及泰語傳譯服務。
        根據《僱傭條例》，僱主須在工資期屆滿後7天內支付工資，否則即屬違法，一經定罪最高可被罰款35萬元及監禁3年；外傭可向勞資關係科尋求協助。
        由2025年10月1日起，外籍家庭傭工規定最低工資為每月5,100港元，僱主如不提供膳食，須另付膳食津貼每月不少於1,236港元，適用於當日或之後簽訂的合約。
        職業介紹所不得向求職者收取超過其首月工資百分之十的佣金；如懷疑被濫收費用或證件被扣押，可致電勞工處職業介紹所事務科2115 3667舉報，資料絕對保密。
        澳門勞工事務局外地僱員查詢熱線：(853) 2856 4109，辦事處地址：澳門馬揸度博士大馬路221號，辦公時間星期一至五上午9時至下午5時45分。
        標準僱傭合約（ID 407）第9條：僱主須為外傭提供合適住宿及合理私隱，不得安排外傭睡在洗手間、走廊或與異性成年人同房，違者可被拒絕日後申請。
        如在工作中受傷，僱主須於7日內以表格2向勞工處呈報；傭工可獲按每月收入五分之四計算的工傷病假錢，僱主並須支付醫療費用，每日上限300港元。
        續約須知：新合約須在舊合約屆滿前4星期遞交入境事務處，外傭可留港辦理續約手續，毋須離境；所需表格為 ID 988A 及 ID 988B，須附上護照副本。
        終止合約後，外傭須在合約終止日起計兩星期內或逗留期限屆滿前（以較早者為準）離港；僱主須提供返回原居地的免費回程機票及每日膳食交通津貼。
        外傭簽證申請已由灣仔入境事務大樓遷往將軍澳入境事務處總部，地址為將軍澳寶邦路61號，星期一至五辦公，請先在網上預約時段再親身前往遞交文件。
        週日中環遮打道一帶的匯款店營業時間一般為上午10時至晚上8時，匯款往印尼的手續費約50至70港元，匯率每日更新，請索取正式收據並保存至少三個月。
        外傭權益小冊子第3版（2026年1月）提供中文、英文、印尼文、他加祿文、泰文、僧伽羅文、緬甸文、孟加拉文及尼泊爾文共九種版本，可於勞工處網站免費下載。
        澳門《勞動關係法》規定，外地僱員每週應享有連續24小時有薪休息；僱主如安排其於休息日工作，須另付一日基本報酬，並於30日內安排補休一天。
    """),
    ("ms", "notis_asrama"): _lines("""
        NOTIS: Pemeriksaan penginapan pekerja oleh Jabatan Tenaga Kerja Semenanjung Malaysia (JTKSM) akan dijalankan pada 14 Mac 2026, jam 10 pagi. Semua bilik mesti dikemas.
        Mengikut Akta 446 (Akta Standard Minimum Perumahan, Penginapan dan Kemudahan Pekerja 1990), setiap pekerja berhak mendapat katil, tilam, bantal dan almari berkunci sendiri.
        Luas minimum ruang tidur ialah 3.6 meter persegi bagi setiap pekerja di bilik katil bertingkat; satu tandas dan satu bilik mandi disediakan bagi setiap 15 orang penghuni.
        Waktu senyap asrama: 11.00 malam hingga 6.00 pagi. Dilarang memasak dalam bilik tidur. Dapur bersama Blok C dibuka dari 5.00 pagi hingga 10.00 malam setiap hari termasuk cuti umum.
        Aduan berkaitan asrama boleh dibuat melalui Sistem Pengurusan Aduan Awam (SiSPAA) atau hubungi talian am JTKSM 03-8886 5000 pada waktu pejabat, Isnin hingga Jumaat.
        Asrama Pekerja Senai Jaya, Lot 2317, Jalan Perindustrian Senai 3, 81400 Senai, Johor: kapasiti 840 katil, Perakuan Penginapan No. JTK/P/JHR/2025/0412 sah hingga Jun 2027.
        Bas kilang bertolak dari pintu pagar utama asrama pada 6.15 pagi (syif A) dan 6.15 petang (syif B). Sila tunjukkan kad pekerja kepada pemandu sebelum menaiki bas.
        Yuran penginapan RM100 sebulan dipotong daripada gaji mengikut peraturan penginapan pekerja yang berkuat kuasa; sebarang potongan melebihi jumlah ini adalah tidak sah.
        Peringatan kebakaran: latihan pemindahan kecemasan pada Sabtu, 21 Februari 2026, jam 3 petang. Titik berkumpul di padang bola belakang Blok A. Alat pemadam api diperiksa setiap bulan.
        Wi-Fi asrama: SSID DormSenai-Free, kata laluan ditukar setiap Isnin dan dipaparkan di papan kenyataan lobi. Had penggunaan 5GB sehari bagi setiap peranti berdaftar.
        Klinik panel asrama: Klinik Mediviron Senai, Jalan Senai Utama 2, dibuka 8 pagi hingga 10 malam; rawatan percuma untuk kecederaan di tempat kerja dengan surat rujukan majikan.
        Pasport pekerja tidak boleh disimpan oleh majikan tanpa kebenaran bertulis; di bawah Akta Pasport 1966, menahan pasport orang lain tanpa alasan sah adalah satu kesalahan.
        Jadual pembersihan tandas bersama: Blok A hari Isnin dan Khamis, Blok B hari Selasa dan Jumaat, Blok C hari Rabu dan Sabtu. Kontraktor: Bersih Jaya Services Sdn Bhd (201901023456).
    """),
    ("mixed", "remittance_price_list"): _lines("""
        Kadar hari ini 07/12/2026 10:30: SGD ke BDT 92.15, SGD ke INR 65.40, SGD ke IDR 12,480, SGD ke PHP 44.10. Fee flat S$5 untuk semua transaksi bawah S$1,000.
        Ah Huat Remittance (UEN 201512345K) @ Little India Arcade #01-42: 汇款到中国 SGD兑CNY 5.42，手续费S$6，当天到账，支持支付宝/微信/银联卡。
        Mustafa Centre money changer, 145 Syed Alwi Road: MYR 3.47 per SGD, buka 24 jam, no commission for amounts above S$500, bring original passport for above S$5,000.
        Promo Hari Gaji! Transfer RM50 hingga RM3,000 ke Nepal, Bangladesh dan Myanmar dengan caj RM5 sahaja via app Merchantrade Money, sah sehingga 31.12.2026.
        Western Union price list: send MYR 1,000 to Indonesia, fee RM15, receive IDR 3,412,000; to Philippines, fee RM18, receive PHP 12,340 (rates indicative, 以柜台为准).
        Kedai Tukaran Wang Pak Long Enterprise (SSM 002345678-W), No. 12 Jalan Silang, 50050 Kuala Lumpur: 营业时间 9am-7pm, hari Ahad tutup pukul 5 petang.
        Corridor | fee | FX margin | speed || SG-BD bKash | S$3.50 | 0.8% | instant || SG-IN UPI | S$2.00 | 0.6% | 10 min || SG-MM KBZPay | S$4.00 | 1.2% | 1 day
        澳门汇款去菲律宾价目：MOP 2,000以下手续费MOP 40，MOP 2,000至5,000手续费MOP 60，GCash即时到账，Sunday open at Rua do Campo branch 10am-8pm.
        台灣匯款 to Vietnam: 新台幣10,000元 換 VND 7,920,000, 手續費NT$200, 需帶ARC和護照正本, 全家便利商店 FamiPort 也可以繳款, 週日照常營業.
        RM1 = Rp 3,412 | RM1 = BDT 25.80 | RM1 = INR 18.95 | RM1 = NPR 30.10. Kadar dikemas kini jam 9 pagi setiap hari, caj pindahan tunai RM10 per transaksi.
        SKU REM-SG-BD-0500: Transfer S$500 ke Dhaka, fee S$4, terima BDT 46,075; SKU REM-SG-IN-0500: S$500 ke Chennai, fee S$3, terima INR 32,700.
        Invoice INV-2026-118734 | Mr Lee Remit Pte Ltd | remittance service fee S$5.00 + GST 9% S$0.45 | total S$5.45 | paid NETS 07-12-2026 18:42
        Caj hantar duit via BigPay: ke Indonesia RM7, ke Filipina RM9, ke Vietnam RM9; 微信汇款限额每日RM5,000, identity verification needed once only.
    """),
    ("en", "app_log_lines"): _lines("""
        2026-12-07T08:14:22.531+08:00 INFO payroll-svc run_id=PR-2026-11-0047 employer_uen=201734561D workers=312 status=DISBURSED total_sgd=487930.40
        2026-12-07 09:02:11 WARN remit-gw txn=RMT7Q3K9F2 corridor=SG-BD amount=500.00 ccy=SGD fx=92.1500 retry=2 reason=partner_timeout upstream=bkash-api.v3
        [dorm-access] 2026-12-06 23:41:07 gate=TUAS-VIEW-G2 event=DENY reason=curfew_window rule_id=CURFEW_2300 badge_type=resident count_last_hour=17
        ERROR wp-renewal-worker v2.14.3 job=renew_batch_0412 http=503 endpoint=https://api.example.gov.sg/wp/renew elapsed_ms=30001 will_retry_at=2026-12-07T10:00:00Z
        sha256=9f2c4e1a7b3d58e60c91f4a2d7e83b5c6a0f1e29d4c7b8a3e5f6012d9c4b7a81 file=payslip_template_v7.pdf uploaded_by=svc-payroll size=48213
        2026-12-07 11:30:00 INFO cron=levy_reminder tenant=acme-construction sent=48 failed=0 template=LEVY_DUE_EN_BN channel=sms sender_id=ACMEHR
        DEBUG injury-report form_id=WICA-IR-20261207-0093 site=Jurong Island Plot 12 severity=moderate days_mc=14 reported_within_sla=true insurer=policy_grp_B
        2026-12-07T12:01:45Z INFO flight-booking pnr=K7XQ2M route=SIN-DAC carrier=BG flight=BG085 seats=24 purpose=repatriation batch=RPT-2026-12-A
        audit 2026-12-05 17:22:09 action=PASSPORT_RETURNED locker=PL-0218 count=36 officer_role=dorm_operator witness_role=mom_inspector policy=PP-RET-04
        metrics salary_delay_cases{region=SG,sector=construction} 41 1765094400000; salary_delay_cases{region=MY,sector=plantation} 63 1765094400000
        WARN kyc-svc rule=FIN_CHECKSUM_FAIL count=3 window=5m action=flag_for_manual_review request_ids=[rq_8f21,rq_8f2c,rq_8f30] version=1.9.0
        2026-12-07 14:05:33 INFO notify-svc broadcast=DORM_CIRCULAR_2026_49 recipients=1204 lang=[en,bn,ta,zh,my] delivered=1187 bounced=17
        GET /api/v2/workers?status=permit_expiring&days=60&page=3 200 142ms ua=HRPortal/5.2.1 tenant_id=t_00931 cache=MISS trace=4bf92f3577b34da6
    """),
    ("zh-Hant", "台灣移工史與新聞"): _lines("""
        1989年行政院為推動十四項重要建設，首度以專案方式引進外籍勞工；1992年《就業服務法》通過後，產業類及家庭類移工才有了正式的法源依據。
        勞動部1955勞工諮詢申訴專線全年無休24小時服務，提供中文、英文、印尼語、越南語及泰語，免付費，每年受理的申訴及諮詢案件超過二十萬通。
        顧玉玲所著《我們：移動與勞動的生命記事》於2008年出版，記錄菲律賓移工在台灣的勞動處境，至今仍是許多移工議題讀書會的入門書目之一。
        新聞：勞動部長今日出席桃園移工文化節開幕，宣布移工轉換雇主線上媒合平台明年全面上線，並承諾將轉換等待期由現行規定再縮短三十天。
        每逢開齋節，台北車站大廳都會聚集大批印尼移工席地歡慶，臺鐵自2018年起於節慶期間加派站務人員、設置臨時祈禱區並加強環境清潔。
        移工工作年限原本最長12年，家事類經評點可累計至14年；自2022年起，資深移工符合薪資及技術條件者可申請轉任中階技術人力，不受年限限制。
        高雄市政府勞工局外籍勞工諮詢服務中心地址：高雄市苓雅區四維三路2號，週一至週五上午8時至下午5時30分，提供印尼、越南、泰、菲律賓語通譯。
        紀錄片《九槍》由蔡崇隆執導，2022年上映，聚焦一起移工遭警方開槍致死的案件，並深入探討失聯移工的處境與仲介制度問題，引發社會廣泛討論。
        台灣國際勞工協會（TIWA）成立於1999年，長年推動家事勞工保障法及廢除私人仲介制度，每逢週日於台北辦公室開放移工免費法律諮詢。
        桃園火車站後站一帶的東南亞商圈有超過八十家印尼、越南及泰國商店，週日人潮最多，店家多兼營匯款、手機預付卡門號及家鄉食品販售。
        2026年度外籍移工薪資統計：產業類平均經常性薪資新台幣31,200元，家庭看護工為新台幣20,000元，加班費另計，資料來源為勞動部統計處。
        新北市勞工局表示，今年前十個月共查處雇主或仲介扣留移工護照、居留證案件37件，合計裁罰新台幣1,860,000元，件數較去年同期增加一成。
        《就業服務法》明定，雇主或仲介不得非法扣留或侵占所聘僱移工的護照、居留證件或財物，違者除罰鍰外，主管機關得廢止其招募許可。
    """),
    ("mixed", "ngo_staff_group_chat"): _lines("""
        Morning team, hotline rota this week: Mon-Wed day shift covers 9-5, Thu-Sun night shift covers 5-11. 请大家 confirm 一下 by tonight ya, thanks.
        Boss nak semua case file salary claim dikemas kini dalam Airtable sebelum Jumaat, column TADM status jangan biar kosong ok, nanti audit susah.
        今天下午3点的劳工权益讲座 at Kowloon Park 场地改到 Room 2B 了, banner 和 leaflets 已经放在车上, 谁开车记得拿钥匙.
        FYI the MOM inspection at Kranji Lodge dorm has moved to 15 Dec 10am, bring checklist v3.2 and the new Bengali translation of the rights card.
        Printer office rosak lagi, toner HP 85A dah habis. Dah order dari Shopee, order no. 2612070841SDF9, ETA hari Selasa, sementara guna printer tingkat 2.
        Reminder: never share case details in this group, use the CRM link only. 个案编号格式是 CASE-2026 加四位数字, 群里不要打任何名字.
        Volunteer briefing Sabtu 10 pagi kat bilik fungsi Masjid Sultan, topik: cara isi borang aduan dan hak cuti sakit. Snacks Old Chang Kee sponsor 50 pax.
        新版 intake form v4.0 上线了, 加了 injury date 和 employer UEN 两个字段, please test before Monday, 有 bug 直接开 ticket 到 #it-helpdesk.
        Budget claim for Nov: Grab rides S$184.60, translation fees S$420, hotline SIM top-up S$30. Resit semua dah scan masuk folder Finance/2026-11.
        Sunday outreach at Lucky Plaza 10am-2pm, we need 3 Tagalog speakers and 1 Bahasa Indonesia speaker, 有空的请在 shared sheet 上打勾.
        Media request from CNA about dorm conditions: policy is only the executive director speaks on record, semua staff lain decline dengan sopan ya.
        Zoom for case review 2pm: meeting ID 845 2201 7736, passcode on the shared calendar. Agenda: 3 passport retention cases, 2 repatriation cases.
        今晚 hotline 转到 backup line 6100 2233 因为主线在维修, 早上8点会切回来, call logs 记得照常填, 有急事 call office landline.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        My name is Mohammad Rafiqul Islam, FIN G7134582W, I work at a shipyard in Tuas and my boss has not paid me since August, about S$4,200 owed now.
        I'm Selvam Murugan, 34, from Tiruchirappalli. I fell from scaffolding on 3 Nov and broke my left ankle, and the company says no MC pay for me.
        Please contact me on WhatsApp +65 8724 3319 or my cousin in Dhaka +880 1712-458903, the agent is still holding my passport A04518822.
        Agent Mr Kumaravel from Bright Star Manpower lent me S$6,000 for the placement fee, he cuts S$300 from my salary every month and says I still owe S$3,600.
        Resident Arjun Pillai, Westlite Toh Guan room 05-112 bed B2, complains bedbugs for 2 months and the operator refuses to change his mattress.
        Bank details for the back wages: POSB Savings 188-52741-3, account name RAHMAN ABDUL HAKIM, please ask employer to transfer before 15 Dec.
        This is Josephine Dela Cruz, helper in Bukit Timah, my employer Mrs Tan has not given me a rest day since March and shouts at me every night.
        I'm 5 months pregnant and my employer in Ang Mo Kio wants to send me back to Cebu next week; my name is Marites Bautista, FIN M4817265W.
        C-2026-0418,Hossain Md Jahid,G6239104P,Kim Seng Engineering Pte Ltd,3850.00,+65 9183 2046,unpaid Aug-Oct
        Sir, my brother Rajesh Kannan died in the crane accident at the Pasir Panjang site on 19 Oct, our mother in Madurai needs the WICA compensation.
        Email me at nurul.hidayah94@gmail.com, I am the maid at Holland Road whose passport was kept by the agency, Indonesian passport C4721893.
    """),
    "zh-Hans": _lines("""
        我叫王建军，身份证号450521199203154311，在新加坡做钢筋工，老板欠了我三个月工资，一共一万二新币，一直拖着不给。
        李师傅你好，我是老乡阿强，电话13877264510，中介把我护照扣了，还要我再交八千块押金才肯还给我。
        我老婆刘小芳在桂林住院了，乳腺癌中期，要做化疗，我想提前解约回国，合同还剩十一个月，违约金要赔多少？
        汇款信息：收款人 张桂兰，中国农业银行 6228 4801 2345 6789 012，开户行 钦州市钦南支行，每月10号汇2000元。
        我在澳门酒店做厨师，陈经理每个月扣我五百工资说是管理费，我手上有录音。我叫黄志伟，员工号H2308。
        家庭住址：河南省周口市郸城县汲冢镇黄庄村三组，紧急联系人 黄秀英（母亲），电话 15936281475。
        我叫周海涛，工伤断了右手食指和中指，现在住在黄廷方医院B6病房，FIN是G5902318M，老板说保险不赔。
        邓先生，上次那笔三万的赌债我现在真的还不上，下个月发工资先还你五千行不行，别去宿舍找我了。
        姓名 吴志强｜性别 男｜出生日期 1988-07-21｜护照号 EJ4562187｜宿舍 Sungei Tengah Lodge 7栋3楼12房｜欠薪 S$5,600
        我是阿芬，在吉隆坡餐馆打工，老板娘林太说我签证过期了要把我交给移民局，我很害怕，我的大马电话 016-2239 8815。
    """),
    "zh-Hant": _lines("""
        我係外傭Siti Aminah，香港身份證 C668271(3)，僱主何太已經兩個月冇出糧，仲話要我自己買機票返印尼。
        陳生你好，我係阿玲嘅老公，佢喺地盤跌落嚟撞傷個頭，而家喺伊利沙伯醫院深切治療部，有咩事打我電話 9467 2218。
        我是在台中做看護的移工 Nguyen Thi Hoa，居留證統一證號 F912845039，仲介張先生扣住我的護照不還，說要先繳三萬元。
        仲介要我搬去彰化縣和美鎮德美路218巷5號的宿舍，一間房住十個人，我叫 Tran Van Minh，電話 0978-413-562。
        我叫林淑貞，身分證字號 L223681578，在新加坡做會計被公司欠薪四個月，想問可以透過駐新加坡台北代表處幫忙嗎？
        匯款帳號：台灣土地銀行 005-001-23456-7，戶名 范氏蘭，每月五號匯入新台幣15,000元給我女兒繳學費。
        澳門老闆鄭國豪欠我三個月人工，佢嘅澳門身份證係 5213467(3)，我想去勞工局告佢，唔知要準備咩文件？
        阿明哥，你上次借我嘅五萬蚊，我老婆知道咗之後要同我離婚，可唔可以遲多兩個月先還你？我實會還。
        護照扣留登記表｜姓名：Maria Santos Reyes｜國籍：菲律賓｜護照號：P4829173A｜僱主電話：6234 8817｜中介：佳寶職業介紹所
        我叫Dewi Lestari，懷孕四個月，僱主林太知道後即刻叫我走，我而家仲住喺佢屋企太子道西168號8樓A室，可以點做？
    """),
    "ms": _lines("""
        Nama saya Ahmad Fauzi bin Ismail, MyKad 870415-01-5523, saya ulang-alik dari Johor Bahru kerja di Singapura dan majikan belum bayar gaji Oktober.
        Saya Sri Wahyuni, pembantu rumah dari Jember, majikan di Cheras simpan pasport saya sejak 2024, nombor pasport B7731024.
        Tolong, abang saya Rahim kena tahan imigresen di Depot Tahanan Semenyih sebab permit tamat, dia ada sakit buah pinggang dan perlu dialisis.
        Sila pindahkan gaji tertunggak ke akaun Maybank 1640 2231 8875 atas nama Nur Aisyah binti Kamal, terima kasih banyak.
        Alamat rumah saya: No. 27, Lorong Seri Kenangan 4, Taman Seri Kenangan, 86000 Kluang, Johor. Hubungi isteri saya Salmah di 013-748 2290.
        Saya Kak Yati, tukang masak kantin, jari terpotong masa kerja 2 minggu lepas, bos tak nak bayar bil hospital RM3,850.
        Borang aduan JTKSM: Nama: Tun Tun Aung | Pasport Myanmar: MD482917 | Majikan: Syarikat Kayu Jati Sdn Bhd | Gaji tidak dibayar: 4 bulan
        Encik Zulkifli, saya nak tanya pasal hutang RM8,000 dengan ejen Sabri, dia kata kos levi dan tiket, dia ugut nak report saya lari kalau tak bayar.
        Plat motor saya JQT 4821, polis saman masa saya hantar kawan ke klinik, saya Mohd Hafiz pekerja kilang Pasir Gudang, boleh rayu tak?
        Anak saya Aiman, 6 tahun, ada leukemia di Hospital Kuala Lumpur, saya kerja di Singapura, boleh minta cuti tanpa gaji? IC saya 890912-01-6637.
    """),
    "mixed": _lines("""
        Bro saya Kumar dari Penang, kerja di Woodlands, boss tak bayar OT 3 bulan, my WhatsApp +60 11-2874 5561 ya, 请帮帮我.
        Hi assistant, 我叫 Tan Mei Ling, NRIC S8834217H, working as cleaner at Jurong Point, supervisor 黄先生 always shouting and cut my pay.
        Nama: Rina Marlina | 护照 C3921847 | employer 沙田 Mr & Mrs Chow | phone 6129 8834 | issue: 冇出糧 2 months, passport held by agency.
        My mother 阿梅 kena stroke minggu lepas di kampung, I need to send RM2,000 urgently, akaun CIMB 7012448933 atas nama LEE AH MOY.
        老板 Ah Seng 说 if I complain to MOM he will cancel my permit, my FIN G8412095U, tolong bagitau apa hak saya.
        worker_id,full_name,passport_no,dorm_bed,injury | W-0917,Sharif Uddin Ahmed,A05213784,PPT Lodge 1B R12-B3,fractured wrist 2026-11-02
        Saya Lina, 28, overstay 4 bulan di Kuching, nak balik Pontianak tapi takut kena tangkap, 我的 passport 还在 agent Pak Hendra 那里.
        2026-12-06 22:10 caller +65 9021 7765 (Ravi Shankar) reports dorm room 14-03 no water 3 days, 两个 roommates 发烧.
        我係 Jennifer Ocampo, HKID Z583104(1), 想問 how to renew visa when employer 何生 passed away, contract仲有 8 months.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a helpful assistant for migrant workers in Singapore. Answer briefly and point users to official channels.",
        ),
        (
            "user",
            "Hello, my name is Abdul Kader Mia, FIN G3158640U. My company Sun Rise Builders did not pay me for September and October, total S$3,400. What to do?",
        ),
        (
            "assistant",
            "Sorry to hear this, Abdul Kader. You can lodge a salary claim with TADM online or at the MOM Services Centre. Bring your payslips, bank statements and your Work Permit card. Your claim must be filed within one year of the unpaid salary.",
        ),
        ("user", "Ok. Can MOM call me at 8356 1274? My handphone only, I have no email."),
        (
            "assistant",
            "Yes, you can list 8356 1274 as your contact number on the claim form. MOM and TADM usually call or send SMS to schedule mediation.",
        ),
    ],
    [
        (
            "system",
            "User profile (from intake form): name=Md Abul Kashem; FIN=M2091457W; employer=Kim Lian Marine Pte Ltd; dorm=Cassia Dormitory blk 3 rm 07-15; language=en/bn.",
        ),
        (
            "user",
            "I cut my hand on the steel plate last Tuesday, 6 stitches, doctor gave 5 days MC. Supervisor says MC days no pay. Is that right?",
        ),
        (
            "assistant",
            "Mr Kashem, under WICA your employer must pay medical leave wages for your 5 days of MC and cover the clinic bill. Ask Kim Lian Marine to report the injury; if they refuse, you can report it to MOM yourself.",
        ),
        ("user", "Thank you, I will show this to my supervisor tomorrow."),
    ],
    [
        ("system", "You help domestic workers understand their rights. Be kind and practical."),
        (
            "user",
            "Ma'am I am Rosalinda Abad, helper in Serangoon. I just found out I am pregnant, 8 weeks. My employer Mr Ong says I must fly back to Iloilo this Friday. I am scared.",
        ),
        (
            "assistant",
            "Rosalinda, I understand this is frightening. Under Singapore rules a domestic worker who becomes pregnant cannot continue on her Work Permit, so repatriation is likely, but your employer must still pay your salary up to your last day and pay for your air ticket home.",
        ),
        (
            "user",
            "Can they take back my salary for the agency loan? I still owe Golden Pearl Agency S$1,100.",
        ),
        (
            "assistant",
            "Deductions for agency loans need your written consent and cannot exceed the agreed amount. Ask for a written statement of what is deducted before you sign anything, and you can call the HOME helpline for help.",
        ),
    ],
    [
        ("system", "你是帮助海外务工人员的中文助手，回答要简洁实用。"),
        (
            "user",
            "我叫覃志勇，在马来西亚柔佛一个木材厂干活，中介老刘把我的护照扣了半年，说要我再交六千令吉才还。我电话是+60 17-552 0938。",
        ),
        (
            "assistant",
            "覃先生，在马来西亚，雇主或中介未经你同意扣留护照属于违法行为。你可以向JTKSM劳工局投诉，也可以联系中国驻马来西亚大使馆领事部请求协助。不要再额外交钱。",
        ),
        ("user", "那我投诉的时候要写什么？"),
        (
            "assistant",
            "写清楚你的姓名覃志勇、护照被扣的时间、中介老刘的公司名称和电话，以及对方要求的六千令吉，有聊天记录或录音的话一起附上。",
        ),
    ],
    [
        (
            "user",
            "帮我算一下，我每个月在新加坡工资S$1,850，要给我妈寄钱，收款人是罗秀梅，工商银行卡号6222 0212 0300 4567 891，寄多少合适？",
        ),
        (
            "assistant",
            "可以先算固定开销：宿舍伙食和交通大约S$500，留S$200应急，剩下约S$1,150。按今天汇率约合人民币六千元左右，可以每月给罗秀梅女士汇五千元，其余存起来。",
        ),
        ("user", "好的，另外我欠表哥罗建平两万块，他催得很急，要不要先还他？"),
        (
            "assistant",
            "建议和表哥商量分期，比如每月还一千五，这样既不影响家里生活费，也能一年多还清。",
        ),
    ],
    [
        ("system", "你是澳门外地劳工咨询助手。"),
        (
            "user",
            "我是在澳门酒店做厨师的，叫梁伟，外地僱员身份认别证快到期了，老板说不给我续，我还有两个月工资没拿到，一共MOP 27,000。",
        ),
        (
            "assistant",
            "梁先生，即使雇主不续聘，也必须结清拖欠的工资。你可以带着合同、工资记录到劳工事务局提出投诉，投诉期间一般可以申请延长逗留。",
        ),
        ("user", "我住在澳门台山巴波沙大马路一栋员工宿舍，老板要我月底前搬走，可以吗？"),
        (
            "assistant",
            "住宿安排要看合同约定。如果合同写明包住宿到合同结束，老板不能提前赶你走，建议一并向劳工事务局说明。",
        ),
    ],
    [
        ("system", "你係一個幫香港外傭了解權益嘅助手。"),
        (
            "user",
            "我叫 Lestari Wulandari，香港身份證 W392817(1)，僱主黃太每晚叫我做到凌晨一點，仲唔俾我放假，我想轉工。",
        ),
        (
            "assistant",
            "Lestari，你每星期有權享有至少一日連續24小時嘅休息日，僱主唔可以強迫你喺休息日工作。你可以致電勞工處外傭專線查詢，或者向勞資關係科提出申索。",
        ),
        ("user", "如果我而家辭職，要唔要即刻離開香港？"),
        (
            "assistant",
            "合約終止後，你一般要喺兩星期內離港或者搵到新僱主申請新簽證。記得叫黃太簽好終止合約通知，並且計清未放嘅假期同代通知金。",
        ),
    ],
    [
        (
            "user",
            "我是印尼看護 Siti Nurhaliza Putri，在台南照顧阿公，居留證號碼 B815620930，仲介每個月扣我一千八服務費，這樣合法嗎？",
        ),
        (
            "assistant",
            "依規定，仲介第一年每月服務費上限為新台幣1,800元，第二年1,700元，第三年1,500元。如果超收，可以撥打1955專線申訴。",
        ),
        ("user", "可是仲介陳小姐說如果我申訴就要把我遣返回去。"),
        (
            "assistant",
            "仲介不能因為你合法申訴就威脅遣返。你可以把陳小姐說的話截圖或錄音保存，申訴時一併提供給勞工局。",
        ),
        ("user", "好，謝謝你，我今天晚上就打1955。"),
    ],
    [
        ("system", "你是協助在台移工處理職災問題的助手。"),
        (
            "user",
            "我是越南籍移工 Le Van Thanh，在新北市五股的鐵工廠被機器壓傷左手，現在住在宿舍新北市五股區五工六路88號3樓，老闆叫我自己付醫藥費。",
        ),
        (
            "assistant",
            "Thanh 先生，職業災害的醫療費用應由勞保職災給付或雇主負擔，你不需要自己付。請先保留所有醫療收據，並向新北市勞工局或撥打1955申訴。",
        ),
        ("user", "我的電話是 0987-224-315，勞工局會打給我嗎？"),
    ],
    [
        (
            "system",
            "Anda ialah pembantu yang membantu pekerja asing di Malaysia. Jawab dalam Bahasa Melayu yang mudah.",
        ),
        (
            "user",
            "Saya Md Shahin Alam, kerja kilang sarung tangan di Klang. Asrama kami 20 orang satu bilik, tandas rosak 2 minggu, air tak ada. Nombor saya 011-3382 6470.",
        ),
        (
            "assistant",
            "Encik Shahin, mengikut Akta 446, majikan mesti menyediakan penginapan yang memenuhi standard minimum termasuk tandas dan bekalan air. Anda boleh buat aduan kepada JTKSM melalui SiSPAA atau terus ke pejabat JTK Klang.",
        ),
        ("user", "Kalau majikan tahu saya yang buat aduan, dia boleh potong gaji saya?"),
        (
            "assistant",
            "Tidak. Majikan tidak boleh menghukum pekerja kerana membuat aduan yang sah. Simpan gambar bilik dan tandas sebagai bukti.",
        ),
    ],
    [
        (
            "user",
            "Assalamualaikum, saya Faridah binti Osman, IC 920318-01-5646, kerja kilang elektronik di Woodlands. Syarikat tak bayar gaji 2 bulan, boleh saya tuntut walaupun saya balik JB tiap hari?",
        ),
        (
            "assistant",
            "Waalaikumsalam Puan Faridah. Ya, sebagai pemegang Work Permit di Singapura anda dilindungi Akta Kerja Singapura walaupun tinggal di Johor Bahru. Anda boleh buat tuntutan gaji kepada TADM.",
        ),
        ("user", "Permit saya tamat bulan depan, kalau tuntutan belum selesai macam mana?"),
        (
            "assistant",
            "MOM biasanya boleh mengeluarkan Special Pass supaya anda boleh kekal sementara tuntutan diproses. Bawa pasport dan kad permit semasa ke MOM Services Centre.",
        ),
    ],
    [
        (
            "system",
            "Pembantu untuk pekerja migran Indonesia di Malaysia. Pengguna: Sugeng Riyadi, pasport Indonesia A 9813276, lokasi Sandakan, Sabah.",
        ),
        (
            "user",
            "Permit saya sudah mati sejak tahun lepas, saya mau pulang ke Nunukan. Ada program pulang sukarela?",
        ),
        (
            "assistant",
            "Pak Sugeng, Jabatan Imigresen biasanya membuka Program Rekalibrasi Pulang. Bapak perlu mendaftar dengan pasport A 9813276, tiket pulang dan membayar kompaun. Sebaiknya hubungi juga KJRI Kota Kinabalu untuk bantuan dokumen.",
        ),
        ("user", "Kompaun berapa? Saya cuma ada RM600 sekarang."),
        (
            "assistant",
            "Jumlah kompaun berubah mengikut program semasa. Tanyakan dulu di pejabat imigresen Sandakan sebelum membeli tiket supaya wang RM600 itu cukup.",
        ),
    ],
    [
        (
            "user",
            "Hi, saya Lim Kah Wai from Muar, kerja Singapore construction. 我想寄钱回家 but my account kena freeze, Public Bank 4-1827-3390-15, why ah?",
        ),
        (
            "assistant",
            "Hi Kah Wai, akaun boleh dibekukan kerana dokumen KYC tamat tempoh atau transaksi luar biasa. 建议你带 MyKad 和 passport 去 Public Bank 分行 ask them to check, jangan bagi nombor akaun kepada orang lain.",
        ),
        (
            "user",
            "Also my friend Ah Keong borrow me RM5,000 for my dad operation last month, 我怎样先还他?",
        ),
        (
            "assistant",
            "Kalau akaun masih beku, you can remit through a licensed remittance company first. Simpan resit so that Ah Keong and you both have a record of the repayment.",
        ),
    ],
    [
        (
            "system",
            "You draft polite letters for migrant workers. Keep the worker's details exactly as given.",
        ),
        (
            "user",
            "Tolong buat surat untuk boss, 我要 ask back my passport. Details: Nama Pradeep Thapa, passport Nepal 09876543, employer Golden Harvest Food Industries, Jalan Kuchai Lama KL, agent Mr Bhim Gurung.",
        ),
        (
            "assistant",
            "Here is a draft: 'Dear Sir/Madam, I, Pradeep Thapa (Nepal passport 09876543), an employee of Golden Harvest Food Industries, kindly request the return of my passport which is currently held by agent Mr Bhim Gurung. Under the Passports Act 1966, I am entitled to keep my own passport. Thank you.'",
        ),
        ("user", "Bagus, boleh tambah my phone 018-664 2071 and sign date 8 Dec?"),
        (
            "assistant",
            "Done. Add at the end: 'Contact: 018-664 2071. Signed, Pradeep Thapa, 8 December 2026.'",
        ),
    ],
]
