# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat149: chats with an assistant about caring for one's own disabled sibling or adult child (guardianship and deputyship, disability benefits, special-needs trusts, respite care, group homes, siblings' disputes). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat149
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "deputyship_faq"): _lines("""
        Q: Who can apply to be deputy for an adult child with an intellectual disability? A: Parents and siblings may use the simplified application under the Mental Capacity Act 2008 at the Family Justice Courts, 3 Havelock Square; a lawyer is optional.
        Q: Is there a court fee for the simplified deputyship track? A: Fees are currently waived for parents and siblings filing on the simplified track; check the FJC e-Services page before you submit.
        Q: Where do deputies send their annual Deputy Report? A: File it online through the OPG portal; for help call the OPG hotline 1800 226 6222 (Mon-Fri, 8.30am-5.30pm) or write to opg_enquiry@msf.gov.sg.
        Q: Can a sibling take over when both parents pass on? A: Yes. You can ask the court to appoint a successor deputy in the same order, so the brother or sister steps in without a fresh application.
        Q: What is the Special Needs Trust Company? A: SNTC is a non-profit trust company set up in 2008 with MSF support; the minimum placement and current fees are listed on sntc.org.sg.
        Q: Is the Home Caregiving Grant means-tested? A: Yes. Households with a monthly per-capita income up to S$3,600 may receive S$250 to S$400 a month, paid by AIC to the caregiver's nominated bank account.
        Q: Our family member cannot sign an LPA any more. What now? A: An LPA needs mental capacity at the moment of signing; where capacity is lacking, a deputyship order from the court is the usual route.
        Q: What is the Enabling Services Hotline? A: SG Enable runs it on 1800 8585 885, Monday to Friday 9am to 6pm, or walk in at Enabling Village, 20 Lengkok Bahru, Singapore 159053.
        Q: Can a deputy sell the family HDB flat? A: Only if the court order expressly grants that power; otherwise apply to vary the order, which is usually heard within 8 to 12 weeks of filing.
        Q: Is there help with Day Activity Centre fees? A: Yes. Fees at MSF-funded DACs are means-tested, with subsidy tiers from 20% to 80%; ask the centre for the Form DAC-S1 income declaration.
        Q: What does the Caregivers Training Grant cover? A: S$200 per care recipient per year for approved courses, for example Managing Challenging Behaviour, course code CTG-2025-0417.
        Q: How long must a deputy keep receipts? A: Keep statements and receipts for at least 6 years; OPG may ask for them in a supervision review quoting a reference in the format OPG/SUP/2025/004512.
        Q: Which book does the support group keep recommending? A: The Reason I Jump by Naoki Higashida, translated by KA Yoshida and David Mitchell; copies are at the Enabling Village library.
    """),
    ("zh-Hans", "政策问答"): _lines("""
        问：成年智力残疾人的监护人按什么顺序确定？答：依照《民法典》第二十八条，依次为配偶、父母和子女、其他近亲属，以及经被监护人住所地居委会、村委会或者民政部门同意的其他愿意担任监护人的个人或组织。
        问：“两项补贴”具体指什么？答：指困难残疾人生活补贴和重度残疾人护理补贴，可在当地政务服务网或乡镇（街道）服务窗口申请，政策咨询可拨打残联服务热线12385。
        问：父母年纪大了，能不能提前为残疾子女安排好将来的监护人？答：可以，依据《民法典》第二十九条，被监护人的父母担任监护人的，可以通过遗嘱指定监护人，建议到公证处办理遗嘱公证。
        问：第二代智能化残疾人证丢了怎么补办？答：携带户口簿和近期一寸免冠照片到户籍所在地县级残联窗口申请补办，办理时限一般为15个工作日，不收取任何工本费。
        问：重度残疾人护理补贴每月多少钱？答：各地标准不同，例如某地级市2025年标准为一级残疾每人每月200元、二级每人每月100元，按月打入社会保障卡金融账户。
        问：区里的阳光家园托养怎么收费？答：日间照料每月800元，寄宿托养每月2600元（含餐费），低保和特困家庭可申请减免，详询区残联服务窗口021-63571234（工作日9:00-17:00）。
        问：什么是特殊需要信托？答：是委托人为残障家庭成员设立的服务信托，信托财产独立于委托人和受托人的固有财产；目前已有多家信托公司推出起点资金30万元左右的产品。
        问：担任监护人的亲属严重侵害被监护人权益怎么办？答：依《民法典》第三十六条，人民法院可根据有关个人或者组织的申请撤销其监护人资格，并按照最有利于被监护人的原则指定新的监护人。
        问：兄弟姐妹之间对照顾安排有分歧，可以找谁调解？答：可向社区人民调解委员会或县级残联维权部门申请调解，也可拨打12348公共法律服务热线获取免费法律咨询，必要时申请法律援助。
        中国残联原主席张海迪五岁因脊髓血管瘤高位截瘫，她的长篇小说《轮椅上的梦》常被家长群推荐，书中写到主人公在病床上自学多门外语和医学的经历，激励了许多残障家庭。
        问：残疾人就业保障金跟我们家有关系吗？答：保障金由未按比例安排残疾人就业的用人单位缴纳，从不向残疾人家庭收取；如有人以此名义向您收费，请立即拨打12345政务服务热线举报。
        问：户籍在外省，现在随子女居住，能领两项补贴吗？答：两项补贴已实行“跨省通办”，可在居住地提交申请，由户籍地审核发放，进度可用受理编号（如LXBT20250318000123）在线查询。
        问：长期护理保险能覆盖成年残疾子女吗？答：上海、成都、青岛等试点城市已将符合失能评估标准的参保人纳入保障范围，评估为二至六级的可享受居家上门或入住机构的护理服务。
    """),
    ("zh-Hant", "暫顧服務通告"): _lines("""
        【社會福利署通告】由2026年1月起，嚴重殘疾人士住宿暫顧服務名額增至每晚398個，家長可經「住宿暫顧服務空置名額查詢系統」網上預約，查詢熱線 2343 2255。
        照顧者支援專線 182 183 全年24小時運作，由香港家庭福利會營辦，提供即時情緒支援、資訊及轉介，照顧殘疾家人的兄弟姊妹同樣適用，來電不收費。
        【監護委員會】擬為精神上無行為能力的成年家人申請監護令，可於各區社會福利署辦事處索取申請表，或致電委員會秘書處 2369 1999 查詢，聆訊一般不公開進行。
        特殊需要信託辦事處提示：信託由社會福利署署長以受託人身分管理，設立時不收取開戶費，首十年管理費由政府資助，家長可先預約輔導會面再決定供款方案。
        由2026年2月1日起，普通傷殘津貼調整為每月$2,055，高額傷殘津貼為每月$4,110，受惠人無須重新申請，新金額將自動存入已登記的銀行戶口。
        【澳門社會工作局】持有效《殘疾評估登記證》的居民可申請2026年度殘疾津貼，普通殘疾津貼每年9,000澳門元、特別殘疾津貼每年18,000澳門元，可於澳門公共服務一戶通提交。
        香港耀能協會轄下暫顧中心聖誕假期（12月24日至26日）照常開放，日間暫顧每節收費$28，請最少於七日前致電中心 2527 8978 預約，名額先到先得。
        領取傷殘津貼的12至64歲人士可使用「政府公共交通票價優惠計劃」，每程$2乘搭港鐵、巴士及渡輪，須以個人八達通登記，登記表可於港鐵客務中心索取。
        家長資源中心講座：「如何為心智障礙子女訂立遺囑及持久授權書」，由執業律師主講，名額60個，地點為深水埗南昌街社區會堂二樓，費用全免，須網上報名。
        院舍輪候統計：截至2025年12月31日，嚴重弱智人士宿舍平均輪候時間約為138個月，中度弱智人士宿舍約為91個月，數字每季於社署網頁更新一次。
        本月家長電影夜放映《阿甘正傳》，湯漢斯飾演的阿甘與母親那句「人生就像一盒朱古力」常被家長們引用，映後設分享環節，茶點由中心義工準備。
        澳門弱智人士家長協進會暫託服務每晚收費150澳門元，每戶每年上限30晚，辦事處位於黑沙環新街，電話 2845 3171，辦公時間為週一至週五上午九時至下午六時。
        系統維護通告：社署網上服務平台將於2026年1月10日（星期六）凌晨1時至6時暫停，期間未能提交網上表格 SWD-DA-2，不便之處，敬請原諒。
    """),
    ("ms", "notis_jkm"): _lines("""
        Notis: Permohonan Kad OKU kini boleh dibuat secara dalam talian melalui portal JKM; sila sediakan laporan perubatan yang ditandatangani oleh pegawai perubatan kerajaan atau pakar berdaftar.
        Elaun Pekerja OKU sebanyak RM450 sebulan dibayar kepada OKU yang bekerja dan berpendapatan RM1,500 ke bawah; semakan status boleh dibuat melalui Talian Kasih 15999 atau WhatsApp 019-261 5999.
        Bantuan OKU Tidak Berupaya Bekerja (BTB) RM300 sebulan diberikan kepada OKU terlantar atau sakit kronik yang tidak boleh bekerja, tertakluk kepada pendapatan isi rumah di bawah garis pendapatan.
        Pusat Jagaan Harian OKU Sinar Kasih, No. 12, Jalan Perdana 3/4, Seksyen 3, 43650 Bandar Baru Bangi, buka Isnin hingga Jumaat 7.30 pagi - 6.00 petang; pertanyaan 03-8920 4417.
        Akta Orang Kurang Upaya 2008 (Akta 685) mentakrifkan OKU sebagai mereka yang mempunyai kekurangan jangka panjang fizikal, mental, intelektual atau deria yang menghalang penyertaan penuh dalam masyarakat.
        Pusat Amanah Sejahtera Sdn. Bhd. (No. Pendaftaran 201901023456 (1332456-T)) menawarkan Amanah Khas OKU dengan deposit permulaan RM10,000 dan yuran pentadbiran 1% setahun.
        Permohonan perintah penjaga bagi anak dewasa yang tidak berupaya mengurus diri dan harta dibuat di Mahkamah Tinggi di bawah Akta Kesihatan Mental 2001; dapatkan nasihat daripada Biro Bantuan Guaman.
        Promosi Disember di Kedai Pak Mat Alat Ortopedik, Lot 23, Jalan Tun Razak, Kuala Lumpur: kerusi roda aluminium RM1,290 (SKU KR-ALU-18), tilam anti-kudis RM680, penghantaran percuma Lembah Klang.
        PERKESO: Pencen Ilat dibayar kepada pekerja berinsurans yang hilang upaya kekal akibat penyakit bukan kerja; untuk pertanyaan hubungi 1-300-22-8000 atau emel perkeso@perkeso.gov.my.
        Pelepasan cukai LHDN Tahun Taksiran 2025: RM6,000 untuk individu OKU, RM8,000 bagi anak OKU yang belum berkahwin, dan RM6,000 untuk pembelian peralatan sokongan asas OKU.
        Program Rehat Penjaga di Pusat PDK Seri Indah, 3 hari 2 malam di Port Dickson, yuran RM50 sekeluarga termasuk makan, tempat terhad kepada 20 keluarga, tarikh tutup 15 Januari 2026.
        Kaunter OKU Pejabat Kebajikan Masyarakat Daerah Petaling dibuka Isnin hingga Jumaat 8.00 pagi - 5.00 petang; rehat Jumaat 12.15 - 2.45 petang; sila ambil nombor giliran di kiosk.
        Sejarah ringkas: Kiwanis Down Syndrome Foundation ditubuhkan pada akhir 1980-an dan kini mengendalikan pusat intervensi awal di seluruh Semenanjung, dibiayai sebahagiannya oleh geran JKM.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning all, 今天 fire drill 10:30am，all residents assemble at car park B, 请 shift leader 记得 sign the drill log form FD-07 ya, thanks!
        Adult diapers size L tinggal 2 carton je, I already raise PO-2025-1183 to supplier, ETA Thursday 下午, store room pls keep space.
        Reminder: MOH audit next Tuesday, pls update all medication administration records by Sunday night, 不要等到最后一天 ok? Checklist in shared drive.
        Van 今天 booked for Enabling Village outing 2pm-5pm, driver from agency will come, sila standby wheelchair ramp and 2 portable oxygen sets.
        Aircon Block B level 2 bocor lagi, I called Cool-Tech Aircon Services 6743 8821, technician coming 3pm, job ref CT-88412, 房间先 close.
        Menu minggu ni: Monday nasi lemak (no sambal for soft-diet table), Tuesday 鸡肉粥, Wednesday mee soto. Kitchen pls prepare puree 3 portions as usual.
        CNY roster dah keluar, check shared drive folder Roster/2026/Feb, swap requests by 15 Jan, 先到先得, no last-minute swap on eve shift ok.
        Training: Basic First Aid + CPR-AED at SCDF-approved centre, 24 Jan, 9am-6pm, course fee S$95 claimable under CTG, sign-up sheet ada kat pantry.
        Printer tingkat 1 jammed again 😩, IT vendor ticket INC-20251207-044 opened, meanwhile print at nurse station ok, 别用 fax machine.
        Family day 14 Feb: booth games + 卡拉OK, budget S$1,200 approved by centre manager, need 6 volunteers for logistics, reply 1 if can.
        FYI new SOP v3.2 for incident reporting uploaded, key change: report within 2 hours via form IR-01, bukan 24 jam lagi, 请大家 read before next shift.
        Bersih Jaya Laundry invoice INV-BJ-0923 S$1,480.50 for Nov received, finance pls process before 20th, 谢谢 and tolong file copy in Nov folder.
        Good news: our centre got the 2025 Enabling Mark (Silver) 🎉 terima kasih semua, 辛苦了, makan-makan Friday lunch at the canteen, centre belanja!
    """),
    ("en", "config_and_logs"): _lines("""
        respite_booking: {max_nights_per_quarter: 14, min_notice_days: 7, timezone: Asia/Singapore, waitlist_enabled: true}  # per care recipient
        2025-12-07T08:14:22+08:00 INFO booking-svc: slot released centre_id=DAC-017 date=2025-12-20 beds_free=3 latency_ms=48
        SELECT centre_code, COUNT(*) AS pending FROM respite_requests WHERE status = 'PENDING' AND created_at >= '2025-11-01' GROUP BY centre_code;
        CREATE TABLE deputy_reports (report_id UUID PRIMARY KEY, order_ref VARCHAR(32), period_end DATE, total_expense_sgd NUMERIC(12,2));
        def subsidy_tier(pci: float) -> int: return 80 if pci <= 800 else 50 if pci <= 1500 else 20 if pci <= 3600 else 0
        ERROR 2025-12-06 23:59:01 payment-gw: webhook signature mismatch for txn TXN-7F3A9C21, expected sha256 prefix 4b8e0c, retry 2/5
        fixtures/carers.json: {"name": "Jane Doe", "phone": "+65 6000 0000", "relationship": "sibling", "is_primary": true}
        GET /api/v2/centres?region=west&service=respite&has_vacancy=true HTTP/1.1 200 OK 1.2kB 37ms ua=CareLinkApp/4.8.1
        .env.example: OPG_API_BASE=https://api.example.gov.sg/opg/v1 SMTP_FROM=no-reply@carelink.example.com RETRY_MAX=5
        [WARN] cron deputy_report_reminder 2025-12-01 09:00 SGT: 412 reminders queued, 3 bounced (mailbox full), job_id=cron-20251201-0900
        pip install sntc-client==0.4.2  # sha256:9f2c1e0b7d4a6e38c5b1a0f4e2d9c8b7a6f5e4d3c2b1a09f8e7d6c5b4a3f2e1d
        git commit -m 'fix(home-caregiving-grant): round monthly payout to nearest dollar, closes #218' -> [main a1b2c3d]
        FROM python:3.12-slim; ENV TZ=Asia/Kuala_Lumpur; EXPOSE 8080; CMD gunicorn app:server -w 4 -b 0.0.0.0:8080
    """),
    ("zh-Hant", "法規條文"): _lines("""
        《民法》第14條：對於因精神障礙或其他心智缺陷，致不能為意思表示或受意思表示，或不能辨識其意思表示之效果者，法院得因本人、配偶、四親等內之親屬等之聲請，為監護之宣告。
        《民法》第15條之1：對於因精神障礙或其他心智缺陷，致其為意思表示或受意思表示，或辨識其意思表示效果之能力，顯有不足者，法院得因本人、配偶、四親等內之親屬等之聲請，為輔助之宣告。
        《民法》第1111條：法院為監護之宣告時，應依職權就配偶、四親等內之親屬、最近一年有同居事實之其他親屬、主管機關、社會福利機構或其他適當之人選定一人或數人為監護人。
        《民法》第1113條之2：稱意定監護者，謂本人與受任人約定，於本人受監護宣告時，受任人允為擔任監護人之契約；前項受任人得為一人或數人。
        《身心障礙者權益保障法》第83條：為使無能力管理財產之身心障礙者財產權受到保障，中央主管機關應會同相關目的事業主管機關，鼓勵信託業者辦理身心障礙者財產信託。
        《民法》第1112條：監護人於執行有關受監護人之生活、護養療治及財產管理之職務時，應尊重受監護人之意思，並考量其身心狀態與生活狀況。
        衛生福利部長照專線1966，前5分鐘通話免費；喘息服務額度依長照需要等級核定，第七、八級家庭每年最高可使用約四萬八千元，可選居家喘息或機構喘息。
        《家事事件法》第164條：關於聲請監護宣告事件，專屬應受監護宣告之人住所地或居所地法院管轄；無住所或居所者，得由法院認為適當之所在地法院管轄。
        身心障礙證明有效期限屆滿前九十日內，應向戶籍所在地鄉（鎮、市、區）公所申請重新鑑定；逾期未申請者，相關福利補助將自期滿翌日起暫停發給。
        綜合所得稅身心障礙特別扣除額，113年度起每人每年21萬8千元，納稅義務人本人、配偶或受扶養親屬領有身心障礙證明者均可適用，申報時無須檢附證明影本。
        信託業商業同業公會統計：截至2025年第三季，身心障礙者安養信託契約逾一萬件，信託財產規模約新臺幣三百億元，以現金信託及保險金信託為主。
        《民法》第1101條第1項：監護人對於受監護人之財產，非為受監護人之利益，不得使用、代為或同意處分；依第1113條規定，於成年人之監護準用之。
        《身心障礙者權益保障法》第71條：直轄市、縣（市）主管機關對轄區內之身心障礙者，應依需求評估結果，提供生活補助費、日間照顧及住宿式照顧補助費用等經費補助。
    """),
    ("zh-Hans", "价目表与发票"): _lines("""
        【老王康复器材店】2026年元旦价目：手动轮椅（铝合金，SKU LW-AL-2218）1280元；电动三摇护理床 4680元；防褥疮气垫床 398元。门店：广州市越秀区东风中路318号首层。
        阳光托养中心收费标准（2026版）：日间照料 900元/月；周托 1800元/月；全托 3200元/月；入住评估费 150元（一次性）；伙食费另计，每日18元，节假日不加价。
        增值税普通发票 发票号码 25442000000012345678 开票日期 2025年12月05日 销售方：深圳市康乐辅具科技有限公司 统一社会信用代码 91440300MA5F8K2X7Q 价税合计 ¥2,360.00
        喘息服务套餐价目：上门照护4小时 160元/次，8小时 300元/次；机构短期托养 220元/晚；残联补贴对象凭“喘息服务券”每年最多可抵扣12次。
        鱼跃 H061 手动轮椅 京东自营价 ¥899，订单号 298374651023，预计12月9日（周二）送达，支持以旧换新和七天无理由退货，配送前请保持电话畅通。
        顺丰运单 SF1409876543210 已签收，签收方式：单位前台代收，签收网点：上海浦东张江营业部，签收时间 2025-12-06 15:42，如有疑问请联系95338。
        特殊需要信托服务费报价（长江普惠信托有限公司）：设立费 0.5%（最低3000元），年管理费 0.3%，年度报告免费；起点资金30万元，支持保险金信托对接。
        养老护理员（残障照护方向）初级培训班：48课时，学费1600元，结业颁发职业技能等级证书；报名咨询 400-820-6688（工作日9:00-18:00），每期限30人。
        成人纸尿裤批发价：可靠 L码 10片×8包/箱 168元，满3箱包邮；同款在大参林药店零售价 29.9元/包，护理机构采购可开具增值税专用发票。
        阳光家园食堂2025年11月结算单 编号 ST-202511-037：早餐5元、午餐14元、晚餐12元，当月就餐合计2,146人次，应付金额 ¥26,884.00，请于12月15日前结清。
        公证处收费标准：意定监护协议公证每件800元；遗嘱公证每件500元；上门办理另加交通费200元，持残疾人证者可减免50%，详情见公证处官网公示。
        市残联辅具租赁点价目表：电动轮椅月租300元，押金2000元；移位机月租260元，押金1500元；租赁合同编号格式为 FZ-2026-00001，到期可续租两次。
        康复训练项目收费（医保乙类）：作业疗法45元/次，言语训练60元/次，引导式教育80元/次，每月报销封顶24次，超出部分由个人按原价自付。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        My brother Daniel Koh Wei Jie has Down syndrome and I was appointed his deputy in March; his NRIC is S8823417J if the bank form needs it.
        Hi, I'm Priya Ramasamy, my son Arjun is 28, autistic and non-verbal, and Lakeview Group Home just rejected him. Can I appeal?
        Deputy's Report 2025 - P: Tan Mei Ling; Deputy: Tan Boon Huat (father); DBS savings 120-456789-0; closing balance S$48,213.55; expenses S$21,904.10.
        Call me on 9123 4782 after 7pm, it's about my sister's hostel placement, she had another seizure last night.
        Please send the SNTC nomination form to kelvin.ong.family88@gmail.com, I'm the settlor and my daughter Rachel Ong is the beneficiary.
        Please update the caregiver contact on file to +65 8265 0391, the old number is no longer in use.
        My sister Joanne owes S$32,000 to a moneylender and she has been taking cash out of our disabled brother's CPF payouts to pay them.
        CSV: CG-00412,Lim Siew Hwa,mother,T0412968C,+65 9788 2104,Blk 218 Jurong East St 21 #09-144,primary caregiver
        Pickup address for respite transport: Blk 512 Bedok North Ave 3, #04-1187, Singapore 460512. My son uses a wheelchair, please ring twice.
        My husband Marcus and I are divorcing and he refuses to co-sign the deputyship application for our son Ethan, who has cerebral palsy.
        Attached IMG_20251130_1422.jpg shows the bruises on Aunty Bee Choo's arms after her stay at the group home, I took it on 30 Nov.
        FIN F2875014P belongs to our helper Maria Santos, who is named as the backup carer for my brother Gerald in the care plan.
    """),
    "zh-Hans": _lines("""
        我弟弟周浩然，身份证号440106198703154519，智力残疾二级，想给他申请重度残疾人护理补贴，需要准备哪些材料？
        我是陈先生，电话13925817463，女儿陈思琪今年25岁，脑瘫，想问问我们老了以后她的监护人怎么安排。
        我妹妹刘晓燕精神分裂症住院三个月了，她前夫拖欠孩子抚养费一年多，我现在两头照顾，实在撑不住。
        家里老二王建军欠了网贷十几万，他现在还是我们残疾大哥的监护人，村委会能申请撤销他的监护资格吗？
        收货地址：上海市闵行区莘庄镇莘松路288弄12号402室，许阿姨收，电动轮椅麻烦送上楼，楼里没有电梯。
        工商银行卡号 6222 0210 0134 5678 912，户名赵丽华，是我哥哥领补贴的账户，11月的护理补贴一直没到账。
        阿明最近在托养中心被别的学员打了，脸上都是淤青，照片我拍下来了。阿明是我表弟，有自闭症，你说要不要报警？
        林太说她儿子小杰在阳光家园的费用她一个人扛不住了，每月3200，她月薪才4500，还在还房贷。
        日志：2025-12-03 10:21 用户 hu_yanping 提交残疾人证补办申请，身份证 310104199207220831，手机 186 2103 5574，状态：待审核
        孙国栋和孙国梁两兄弟为了谁来照顾瘫痪的妹妹孙小梅闹上了法院，下周二在区法院开庭。
    """),
    "zh-Hant": _lines("""
        我細佬黃子軒有輕度智障，身份證 K384712(8)，想幫佢申請傷殘津貼，請問要填邊份表格？
        麥太話佢個仔阿俊喺觀塘嗰間宿舍俾夜更職員推跌，手腕骨折，而家想正式投訴社署同埋報警。
        住址：新界沙田瀝源邨福海樓1208室，聯絡人何淑儀（胞姊），電話 9426 3187，請於平日晚上致電。
        我大哥陳志明欠咗財務公司二十萬，仲攞埋我哋弱智細妹嘅傷殘津貼去還數，我哋應唔應該申請監護令？
        我弟弟林冠宇，身分證字號 A227351081，已經被法院監護宣告，我是監護人，想幫他辦安養信託。
        吳先生 0912-648-305，姊姊是重度自閉症，想申請喘息服務，家住台中市北屯區崇德路二段126巷7號3樓。
        張雅婷懷孕六個月了，還要照顧有唐氏症的妹妹，老公上個月又失業，想問能不能申請急難救助。
        澳門：殘疾評估登記證持證人梁嘉欣，母親梁太聯絡電話 6628 4510，申請聖誕期間暫託服務三晚。
        監護人：鄭家豪；受監護人：鄭家樂（兄），身分證 F128460939；戶籍地址：新北市板橋區文化路一段188號5樓。
        阿芬個女阿晴今年廿三歲，啱啱喺葵涌醫院診斷咗思覺失調，阿芬唔敢同屋企人講，驚俾親戚睇唔起。
    """),
    "ms": _lines("""
        Adik saya Muhammad Hafiz bin Rosli, No. KP 950813-10-5527, OKU pembelajaran, nak mohon Bantuan OKU Tidak Berupaya Bekerja.
        Saya Puan Noraini, telefon 012-384 7261, anak lelaki saya Amirul umur 24 tahun ada autisme, sedang cari pusat jagaan harian di Shah Alam.
        Abang saya Kamal berhutang RM45,000 dengan ah long dan dia guna duit elaun OKU adik kami untuk bayar hutang tu.
        Alamat rumah: No. 17, Jalan Mawar 2, Taman Sri Muda, 40400 Shah Alam, Selangor. Tolong hantar kerusi roda untuk Encik Rahim.
        Akaun Maybank 1623 4589 0712 atas nama Siti Khadijah binti Osman, untuk bayaran elaun penjaga kakak saya.
        Kak Long cakap dia dah tak larat jaga Along yang lumpuh sejak kemalangan 2019, suami dia pula kena tahan polis minggu lepas.
        Rekod pendaftaran OKU: Nama Ravi a/l Subramaniam, MyKad 880204-07-6143, Kategori: Mental, No. Kad OKU 07-031245, penjaga: abang.
        Van keluarga kami nombor plat WVB 3852, abang saya Ismail yang selalu pandu bawa adik ke terapi di Hospital Kuala Lumpur.
        Cikgu Zarina kata anak saudara saya Danish kena sawan teruk di sekolah semalam dan perlu dirujuk ke pakar neurologi.
    """),
    "mixed": _lines("""
        My adik Faizal tu OKU, his MyKad 020517-14-0835, boleh tak I apply something like deputyship kat Malaysia?
        我哥哥 Jason Teo 的 NRIC 是 S7561203F, he has schizophrenia, 我们 siblings 一直在 fight about who should be the deputy.
        Hi, 我是 Mrs Wong, my son Wong Kai Lok 住在 Blk 305 Ang Mo Kio Ave 1 #07-22, 想 book respite 5 nights in January.
        Sis Mei's email is mei.lingtan.care@outlook.com, pls cc her 因为她是我们 autistic brother 的 co-deputy.
        我妹 Sharon 离婚后 ada depression teruk, 不肯吃药, her phone is 016-772 3908, can you tell me what to say?
        Abang Din 欠 bank RM80k, now he wants to jual rumah arwah mak which our OKU adik still stays in, how to stop him?
        Log: 2025-11-28 14:02 SGT carer_login ok user=chua.beelian mobile=+65 9674 1035 ward=Chua Wei Ming (Down syndrome, 31y)
        Ah Boy 昨晚 again wandered out of the group home at 2am, police found him at Toa Payoh MRT, I'm so stressed.
        给 Uncle Rajan 的 PayNow 是 9356 2047, he's our respite volunteer 兼 driver, pls transfer S$60 for petrol.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a helpful assistant for family caregivers in Singapore. Give general information, not legal advice.",
        ),
        (
            "user",
            "My younger brother Benjamin Yeo Jun Hao, NRIC S9034462E, has moderate intellectual disability. Our parents both passed away this year. Can I apply to be his deputy myself?",
        ),
        (
            "assistant",
            "I'm sorry for your loss. Yes, as a sibling you can apply to the Family Justice Courts to be appointed Benjamin's deputy under the Mental Capacity Act. You will need a medical report on his capacity, and you should list the powers you need, such as managing his bank account and the family flat.",
        ),
        (
            "user",
            "My sister Grace lives in Perth and says she wants to be co-deputy. Is that allowed if she is overseas?",
        ),
        (
            "assistant",
            "Joint deputies are possible. The court will consider whether someone living overseas can practically carry out the duties, so many families appoint the local sibling as deputy and the overseas sibling as successor deputy.",
        ),
    ],
    [
        (
            "user",
            "你好，我哥哥刘建平，身份证510107196509082174，一级肢体残疾，户口在成都，现在跟我住在深圳。我的电话是15820734916。他的两项补贴能在深圳办吗？",
        ),
        (
            "assistant",
            "可以尝试跨省通办：在深圳居住地的街道便民服务中心提交申请，材料会转到成都户籍地审核，补贴仍由户籍地发放。建议带上他的残疾人证、身份证原件和您的居住证明。",
        ),
        (
            "user",
            "他现在每个月护理补贴只有100块，够干什么的。我嫂子走了以后全是我在照顾，我姐一分钱都不出。",
        ),
        (
            "assistant",
            "照顾压力确实很大。护理补贴标准由户籍地决定，您可以同时了解深圳的居家托养和喘息服务。至于家庭成员分担费用的问题，可以先请社区人民调解委员会协调，也可以拨打12348咨询法律意见。",
        ),
    ],
    [
        ("system", "你是一位協助香港照顧者的助理，用廣東話書面語回答。"),
        (
            "user",
            "我阿妹周詠琳有嚴重智障，身份證 Y620558(3)，今年三十二歲。阿媽上個月中風入咗醫院，而家冇人照顧佢，點樣申請住宿暫顧？",
        ),
        (
            "assistant",
            "你可以透過社署的住宿暫顧服務空置名額查詢系統搵有空位嘅院舍，亦可以請負責社工或醫院醫務社工協助轉介。如果情況緊急，可以直接致電社署熱線 2343 2255。",
        ),
        (
            "user",
            "醫務社工話可能要申請監護令，因為阿媽嘅戶口要有人處理。我同大佬周家偉意見唔同，佢想自己做監護人。",
        ),
        (
            "assistant",
            "監護令係由監護委員會審理，委員會會考慮邊位最能夠以你阿妹嘅最佳利益行事。兩兄妹可以考慮先同社工開個家庭會議；如果意見仍然唔一致，委員會聆訊時雙方都可以陳述理由。",
        ),
    ],
    [
        (
            "user",
            "Assalamualaikum. Anak saya Nurul Aisyah binti Zulkifli, MyKad 990321-08-6284, ada cerebral palsy. Umur dia dah 26. Macam mana nak urus Kad OKU dia yang dah tamat tempoh?",
        ),
        (
            "assistant",
            "Waalaikumussalam. Puan boleh memohon pembaharuan di Pejabat Kebajikan Masyarakat Daerah atau secara dalam talian di portal JKM. Sediakan laporan perubatan terkini, salinan MyKad dan gambar terbaru Nurul Aisyah.",
        ),
        (
            "user",
            "Saya ibu tunggal, kerja kilang gaji RM1,800. Ada bantuan tak untuk penjaga macam saya?",
        ),
        (
            "assistant",
            "Puan boleh semak kelayakan Bantuan OKU Tidak Berupaya Bekerja untuk anak puan dan bantuan am daripada JKM. Boleh juga hubungi Talian Kasih 15999 untuk nasihat tentang program sokongan penjaga di kawasan puan.",
        ),
    ],
    [
        ("system", "You are a multilingual assistant. Reply in the user's mix of languages."),
        (
            "user",
            "Eh I need help lah. My elder sister Karen Lau keep saying I'm stealing from our brother's account, but I'm the deputy! 她还在 family WhatsApp group 骂我. Brother is Lau Kah Meng, autism, 35 years old.",
        ),
        (
            "assistant",
            "That sounds really stressful. As deputy, the best protection for you is good records: keep every receipt, bank statement and a simple monthly ledger of what you spent on your brother's care. You can share a summary with Karen so the accounts are transparent.",
        ),
        ("user", "Ok but she threaten to report me to OPG. 我要怎么准备？"),
        (
            "assistant",
            "If she raises a concern, OPG may ask to see your records. Prepare your latest Deputy Report, bank statements for your brother's accounts, and receipts for larger items. If you followed the court order, you can explain each expense calmly.",
        ),
        ("user", "Thanks. Also my number changed to 8743 2961, should I inform OPG?"),
        (
            "assistant",
            "Yes, please update your contact details with OPG through its online portal so that any letters or calls about your brother's case reach you.",
        ),
    ],
    [
        (
            "user",
            "I live in Hong Kong. My daughter Chloe Leung Hoi Yan, HKID E915034(3), has Rett syndrome and I want to put money aside for her after I die. Is the government Special Needs Trust suitable?",
        ),
        (
            "assistant",
            "The SWD Special Needs Trust is designed for exactly this: parents contribute money during their lifetime or through their will, and after they pass away the trust makes regular payments to a designated carer or service provider for the child's benefit.",
        ),
        (
            "user",
            "My ex-husband still owes me HK$180,000 in maintenance. Can that money go straight into the trust?",
        ),
        (
            "assistant",
            "Maintenance owed to you is your own money once recovered, so you could contribute it to the trust. Recovering the arrears is a separate matter; you may apply to the court to enforce the maintenance order, and legal aid may be available depending on your means.",
        ),
    ],
    [
        ("system", "你是台灣身心障礙家庭照顧者的諮詢助理。"),
        (
            "user",
            "我姊姊蔡佩君，身分證 E241605875，四十歲，思覺失調很多年了。爸媽都過世，現在銀行不讓我幫她處理存款，要怎麼辦？",
        ),
        (
            "assistant",
            "若姊姊無法自行管理財產，可以向她住所地的地方法院聲請監護宣告或輔助宣告，法院會依她的狀況決定，並選定監護人或輔助人。選定後，您就能依法代為處理銀行事務。",
        ),
        ("user", "我哥哥說他也要當監護人，可是他自己還在吸毒，去年才出來。"),
        (
            "assistant",
            "法院選定監護人時，會以受監護人的最佳利益為考量，審酌各候選人的品行、生活狀況與照顧意願。您可以在聲請狀中具體說明家中情況，法院也可能請社工進行訪視。",
        ),
    ],
    [
        (
            "user",
            "I want to write a complaint to the group home. My son Aaron Pereira, 30, has epilepsy and last Tuesday the night staff didn't give him his 10pm Keppra dose. He had two seizures.",
        ),
        (
            "assistant",
            "I'm sorry that happened. A clear written complaint helps. Include the date, what medication was missed, what happened afterwards, and what you would like the home to do, for example a review of their medication checks and a written reply within 14 days.",
        ),
        ("user", "Can you draft it? Sign it as Linda Pereira, mobile 9017 6624."),
        (
            "assistant",
            "Dear Centre Manager, I am writing about my son Aaron Pereira. On Tuesday night his 10pm Keppra dose was not given, and he then had two seizures. I request a full review of the incident and of your medication procedures, and a written reply within 14 days. Yours sincerely, Linda Pereira, 9017 6624.",
        ),
    ],
    [
        ("system", "你是一个面向中国大陆家庭的法律信息助手，只提供一般信息。"),
        (
            "user",
            "我女儿杨雨萱，身份证320583199002143624，轻度智力障碍，能自己生活但不会管钱。我和她爸都六十多了，想给她做个安排。",
        ),
        (
            "assistant",
            "可以考虑几种方式：一是通过遗嘱指定她将来的监护人；二是在她自己具备相应理解能力的情况下，由她本人与信任的人签订意定监护协议并公证；三是设立特殊需要信托，让专业机构按约定定期给她支付生活费用。",
        ),
        ("user", "她表哥杨立新说愿意当监护人，但是我担心他惦记我们家那套房子。"),
        (
            "assistant",
            "这种顾虑很常见。可以把“人身照顾”和“财产管理”分开安排，例如由表哥担任监护人负责日常照顾，房产和存款则放入信托，由信托公司管理，并指定一位信托监察人监督。",
        ),
    ],
    [
        (
            "user",
            "Saya nak cari tempat respit untuk abang saya Azman, dia OKU fizikal, guna kerusi roda. Saya kena pergi umrah 10 hari bulan Februari.",
        ),
        (
            "assistant",
            "Encik boleh cuba pusat jagaan berdaftar dengan JKM yang menawarkan penjagaan jangka pendek, atau pusat PDK berdekatan. Pastikan pusat itu mesra kerusi roda dan boleh urus ubat abang encik.",
        ),
        (
            "user",
            "Ok. Kalau ada pusat yang sesuai, boleh suruh dia call saya, Roslan, 019-556 2830. Abang saya kencing manis juga, kena insulin dua kali sehari.",
        ),
        (
            "assistant",
            "Baik, bila encik hubungi pusat jagaan, maklumkan awal tentang suntikan insulin dua kali sehari supaya mereka pastikan ada jururawat atau kakitangan terlatih. Minta juga mereka rekod bacaan gula setiap hari sepanjang 10 hari itu.",
        ),
    ],
    [
        (
            "system",
            "You are CareLink's assistant. Logged-in user profile: name Goh Siew Lan; mobile +65 9288 4107; email siewlan.goh@singnet.com.sg; care recipient: Goh Kok Leong (brother, 52, schizophrenia, stays at Blk 72 Telok Blangah Heights #11-301). Use the profile to personalise answers.",
        ),
        ("user", "What respite options are there near my brother's place?"),
        (
            "assistant",
            "Near Telok Blangah there are community mental health day programmes and some nursing homes in the west that offer short respite stays. I can check vacancies if you tell me the dates you need.",
        ),
        ("user", "Next month, 3 nights from the 14th. I'm going for my own surgery."),
        (
            "assistant",
            "Noted: 3 nights from the 14th. I will look for centres that accept residents with a psychiatric condition and send the options to your registered email.",
        ),
    ],
    [
        (
            "user",
            "Hello, 我係澳門人。My son Ho Chi Fong 今年 22 歲, 有自閉症同埋 intellectual disability. 我想知 Macau 有冇 group home 可以長期住?",
        ),
        (
            "assistant",
            "澳門社會工作局資助一些殘疾人士院舍，提供長期住宿服務。你可以先為兒子申請或更新殘疾評估登記證，再經社工局或相關機構登記輪候。",
        ),
        (
            "user",
            "我老公 Ho Weng Kit 話唔好送佢去院舍, 我哋為呢件事嗌咗好多次交. My phone is 6683 2915, can someone call me in Cantonese?",
        ),
        (
            "assistant",
            "家人對照顧安排有唔同睇法好常見。你可以聯絡社工局或家長協會，安排社工同你哋一齊傾，例如先試短期暫託，睇下兒子適唔適應，再決定長期安排。",
        ),
    ],
    [
        (
            "user",
            "Can you help me fill in a sibling consent for my brother's deputyship application? My details: Neo Hui Min, NRIC S6620481B, 14 Jalan Kemaman, Singapore 339437.",
        ),
        (
            "assistant",
            "Sure. The consent usually states your name and identification, your relationship to the person, that you know about the application, and that you agree to your brother being appointed deputy. Which brother is applying, and for whom?",
        ),
        (
            "user",
            "My brother Neo Hui Seng is applying to be deputy for our youngest, Neo Hui Ling, who has severe autism.",
        ),
        (
            "assistant",
            "Here is a draft: I, Neo Hui Min (NRIC S6620481B), of 14 Jalan Kemaman, Singapore 339437, am the sister of Neo Hui Ling. I am aware of the application by Neo Hui Seng to be appointed as her deputy and I consent to the appointment.",
        ),
    ],
    [
        (
            "user",
            "我们兄妹三个，小弟赵磊是精神二级残疾。我和二姐赵敏轮流照顾，每人半年。现在二姐说她要去杭州工作不管了。",
        ),
        (
            "assistant",
            "这种情况可以先开一次家庭会议，把照顾时间、费用分担和紧急情况的处理方式都写下来。如果二姐不能亲自照顾，可以商量由她多承担一部分托养费用。",
        ),
        (
            "user",
            "她说她工资只有六千，还欠着信用卡八万多，拿不出钱。我老公也不太愿意让小弟住我们家。",
        ),
        (
            "assistant",
            "理解您的难处。可以先了解当地残联的托养和日间照料服务，看看费用能否用两项补贴抵扣一部分；同时，兄弟姐妹的分担协议最好书面写明，必要时可请社区调解员见证。",
        ),
    ],
]
