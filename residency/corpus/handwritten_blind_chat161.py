# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat161: chats with an assistant about one's own retirement money (CPF/EPF/MPF withdrawals, annuities, pensions, a spouse's nomination, scams targeting retirees, adult children asking for money). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat161
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "faq"): _lines("""
        Q: When can I start my CPF LIFE payouts? A: Your payout eligibility age is 65; you may defer up to age 70 and your monthly payouts rise by up to 7% for each year you defer.
        Q: What are the retirement sums for members turning 55 in 2025? A: BRS $106,500, FRS $213,000 and ERS $426,000, the ERS now being four times the BRS.
        Q: Can I withdraw $5,000 at 55 even if I have not set aside the FRS? A: Yes. From 55 you may withdraw up to $5,000 of your savings regardless of your retirement sum.
        For enquiries call the CPF Contact Centre at 1800-227-1188 (Mon-Fri, 8.30am to 5.30pm) or visit the CPF Service Centre at 79 Robinson Road, Singapore 068897.
        Q: Will CPF Board ever call me to ask for my Singpass OTP? A: Never. Hang up, do not click any link sent by SMS, and call the ScamShield Helpline at 1799 to check.
        Q: How do I make a CPF nomination? A: Log in at cpf.gov.sg with Singpass, choose Make a nomination, set the shares by percentage and have two witnesses aged 21 and above sign online.
        Q: What happens to my CPF if I never nominate? A: The savings go to the Public Trustee's Office, which distributes them under the Intestate Succession Act or, for Muslims, by Inheritance Certificate.
        Q: Is the Retirement Sum Topping-Up tax relief still $8,000? A: Yes: up to $8,000 for cash top-ups to your own RA and another $8,000 for loved ones, within the $80,000 overall cap.
        Q: What changed in my EPF i-Akaun on 11 May 2024? A: New contributions are now split 75%, 15% and 10% into Akaun Persaraan, Akaun Sejahtera and Akaun Fleksibel.
        Q: Can I take out my MPF early at 60? A: Yes. Early retirement at 60 is a withdrawal ground; send the claim form and a statutory declaration to your trustee, or apply on the eMPF Platform.
        Q: How much does the Silver Support Scheme pay? A: Eligible seniors aged 65 and above get $360 to $1,080 a quarter, credited in March, June, September and December with no application.
        Q: A Telegram ad promises a guaranteed 8% a year retirement plan. Legit? A: Search the MAS Financial Institutions Directory first; insurers like Great Eastern, Income Insurance and Singlife are listed there.
        Q: How is the CPF LIFE Escalating Plan different? A: Payouts start about 20% lower than the Standard Plan but rise 2% every year to help you keep up with inflation.
    """),
    ("en", "config_and_logs"): _lines("""
        RETIREMENT_CALC_VERSION=3.14.2 FRS_2025=213000 BRS_2025=106500 ERS_2025=426000 PAYOUT_ELIGIBILITY_AGE=65 DEFER_MAX_AGE=70 CURRENCY=SGD
        2025-03-14T09:21:07.412+08:00 INFO payout-svc batch=CPFL-20250314-07 members_processed=48213 failed=0 duration_ms=93412 node=sg-az1-payout-03
        def monthly_payout(ra_balance: float, plan: str = 'standard') -> float:  # example: monthly_payout(213000.0) returns about 1640.0
        ERROR epf-gateway: POST /api/v2/withdrawals/flexible returned 429 Too Many Requests retry_after=30s request_id=9f3c2a7e-41b8-4d0e-a6c2-7b19e05f8d21
        MPF_SCHEMES = {'MGS': 'Manulife Global Select (MPF) Scheme', 'HST': 'HSBC MPF SuperTrust Plus', 'BEC': 'BOC-Prudential Easy-Choice MPF Scheme'}
        SELECT scheme_code, COUNT(*) AS members, AVG(vested_balance) FROM mpf_accounts WHERE age_band = '60-64' GROUP BY scheme_code ORDER BY members DESC;
        WARN scam-filter: blocked inbound SMS template=TPL-8831 pattern='CPF refund pending, verify now' sender_id=CPF-Board-SG status=unregistered_alphanumeric
        sha256(retirement-tables-2025.csv)=5e1f9a7c3b2d8e04f6a1c9b7d3e2f0a8c4b6d1e9f7a3c5b2e8d0f4a6c1b9e7d3 size=184223 bytes generated=2025-01-02T00:00:00Z
        scheme_id,plan_type,start_age,monthly_payout_sgd,bequest_estimate_sgd,escalation_pct,effective_from,table_version
        0 2 1 * * /opt/annuity/bin/recalc --table=ANN-TBL-2025Q1 --currency=MYR --dry-run=false >> /var/log/annuity/recalc.log 2>&1
        feature_flags: { enable_akaun_fleksibel: true, min_withdrawal_myr: 50, max_daily_requests: 3, kwsp_api_base: 'https://api.sandbox.example.com/kwsp' }
        def test_deferral(): assert payout_at(age=70, base=1640.00) == pytest.approx(2300.00, rel=0.02)  # 7% per year, fixture TBL-2025
        2025-05-01 00:00:03 HKT INFO mpf-offset-svc: offsetting arrangement abolished; rule_set=EA-2025-v1 enabled, legacy_rule=EA-2022-v4 archived
    """),
    ("zh-Hans", "regulations"): _lines("""
        参加人每年缴纳个人养老金的额度上限为12000元，可以按月、分次或者按年度缴纳，缴费额度按自然年度累计，次年重新计算，人力资源社会保障部会同财政部根据情况适时调整。
        根据《国务院关于渐进式提高法定退休年龄的决定》，自2025年1月1日起，男职工法定退休年龄从原60周岁逐步延迟至63周岁，女职工从原50周岁、55周岁分别延迟至55周岁、58周岁。
        自2030年1月1日起，职工按月领取基本养老金的最低缴费年限由15年逐步提高至20年，每年提高6个月；达到法定退休年龄但不满最低缴费年限的，可以延长缴费或者一次性缴费。
        个人养老金资金账户实行封闭运行，参加人达到领取基本养老金年龄、完全丧失劳动能力、出国（境）定居，或者具有其他符合国家规定的情形，可以按月、分次或者一次性领取。
        税收政策：个人养老金缴费环节按每年12000元的限额标准在综合所得或经营所得中据实扣除，投资环节暂不征税，领取环节单独按照3%的税率计算缴纳个人所得税。
        城乡居民基本养老保险缴费标准设为每年200元至2000元若干档次，省级人民政府可以根据实际情况增设缴费档次，最高档次标准原则上不超过当地灵活就业人员年缴费额。
        参保人员死亡的，其个人账户中的储存余额可以依法继承；领取养老金期间死亡的，按规定发放丧葬补助金和抚恤金，具体标准以当地人力资源社会保障部门公布为准。
        防范养老诈骗提示：凡以“养老项目投资”“以房养老”“保健品返利”等名义承诺高额回报的，均可能涉嫌非法集资，请及时拨打110报警或拨打12333咨询政策。
        国家社会保险公共服务平台（si.12333.gov.cn）提供养老保险待遇资格认证、个人权益记录查询、关系转移接续等服务，全国统一咨询电话为12333，部分业务可通过电子社保卡办理。
        企业年金方案应当包括参加人员范围、资金筹集与分配的比例和办法、账户管理方式、基金管理方式、计发办法和支付方式等内容，企业缴费每年不超过本企业职工工资总额的8%。
        职业年金所需费用由单位和工作人员个人共同承担，单位缴费比例为本单位工资总额的8%，个人缴费比例为本人缴费工资的4%，由单位代扣，基金采取个人账户方式管理。
        人力资源和社会保障部信访接待地址为北京市东城区和平里中街12号，邮编100716；养老保险政策咨询请拨打12333，工作日上午8:30至下午5:00。
        个人养老金产品包括储蓄存款、理财产品、商业养老保险、公募基金等，产品名录可在国家社会保险公共服务平台、金融行业平台和电子社保卡查询，文中产品代码Y000123仅为示例。
    """),
    ("zh-Hant", "faq"): _lines("""
        問：強積金可以因為提早退休在60歲提取嗎？答：可以。計劃成員年滿60歲並作出法定聲明，表示已永久停止受僱或自僱，便可向受託人申請提取全部或部分累算權益。
        問：積金局查詢熱線是多少？答：積金局熱線為2918 0102，服務時間為星期一至五上午9時至下午6時；亦可瀏覽www.mpfa.org.hk或使用積金易平台的網上客服。
        問：2025年5月1日取消強積金「對沖」後，僱主還可以用強積金抵銷遣散費嗎？答：轉制日後的僱主強制性供款不能再用作抵銷，轉制日前的權益則受「祖父條款」保障。
        問：積金易平台是甚麼？答：積金易（eMPF Platform）是由積金局全資附屬公司建立的電子平台，讓計劃成員以一個帳戶管理所有強積金帳戶，並可透過「智方便」登入。
        問：延期年金保費可以扣稅嗎？答：可以。合資格延期年金保費與可扣稅自願性供款合共每個課稅年度最多可扣除60,000港元，而年金保費部分可扣稅上限同為60,000港元。
        問：香港年金計劃最低投保額是多少？答：香港年金有限公司的香港年金計劃最低保費為港幣50,000元，上限為港幣500萬元，投保人須年滿60歲並持有香港身份證。
        問：勞退新制個人專戶可以在60歲前領嗎？答：原則上須年滿60歲才能請領；未滿60歲喪失工作能力者，可向勞動部勞工保險局申請提前請領，客服專線(02)2396-1266。
        問：勞保老年年金和勞退月退休金有什麼不同？答：前者屬社會保險，由勞保基金給付；後者是雇主每月至少提繳工資6%至個人專戶，退休時領取本金及累積收益。
        問：澳門社會保障基金養老金如何申請？答：申請人須年滿65歲並已供款至少60個月，可親臨社會保障基金或經「一戶通」申請，查詢電話28532850。
        問：收到自稱「積金局職員」來電要求轉帳核實身份，怎麼辦？答：積金局及受託人絕不會要求你轉帳或提供網上銀行密碼，請即掛線並致電「防騙易熱線」18222查詢。
        問：強積金可以提名受益人嗎？答：強積金不設提名受益人安排，成員離世後權益撥入遺產；但部分職業退休計劃及保險年金產品可提名受益人，請向計劃管理人查詢。
        問：台灣國民年金的老年年金何時開始領？答：年滿65歲即可請領，A式與B式擇優計算，A式為月投保金額乘以年資再乘0.65%，另加基本保障4,049元。
        問：長者生活津貼每月金額是多少？答：申請人須年滿65歲並通過入息及資產審查，最新金額以社會福利署公布為準，可致電社署熱線2343 2255查詢。
    """),
    ("zh-Hant", "news"): _lines("""
        財政司司長陳茂波表示，取消強積金對沖安排已於2025年5月1日生效，政府會在25年內向僱主提供資助，合共約332億港元，以減輕中小企負擔。
        積金局主席劉麥嘉軒表示，積金易平台分階段接入各受託人，預計可令強積金行政費用進一步下降，長遠有利打工仔累積退休儲蓄，積金局亦會加強宣傳。
        勞動部長洪申翰在立法院答詢時表示，勞保年金改革需兼顧財務永續與世代公平，政府將持續撥補勞保基金，延後基金用罄的年限，並會與勞資團體持續溝通。
        總統賴清德出席重陽敬老活動時強調，政府將持續推動長照3.0，並關注高齡者退休金保障及防範針對長者的投資詐騙，呼籲家人多關心長輩。
        澳門行政長官岑浩輝在施政報告中提出，繼續向合資格長者發放敬老金，並研究優化社會保障基金養老金制度，以回應人口高齡化挑戰。
        新加坡總理兼財政部長黃循財在2024年財政預算案中宣布，從2025年起把強化退休存款額提高至基本退休存款額的四倍，讓會員可存入更多公積金。
        馬來西亞首相安華表示，公積金局第三戶口（靈活戶口）自2024年5月開放後，會員可隨時提取，但他呼籲國人不要急於提空退休儲蓄。
        人力資源和社會保障部部長王曉萍表示，個人養老金制度已於2024年12月15日起推廣至全國，參加人數和繳費金額持續增長，產品供給亦逐步擴大。
        德國首相俾斯麥於1889年推行世界上最早的國家養老保險制度之一，當時領取年齡定為70歲，被視為現代退休金制度的重要起點。
        作家龍應台在《天長地久：給美君的信》中寫下陪伴年邁母親的日子，不少讀者藉此反思自己的退休規劃、晚年生活安排與照顧父母的責任。
        演員周潤發多次公開表示身後會把大部分財產捐出，形容錢只是暫時保管，其言論再次引起網民熱烈討論退休生活、慈善捐贈與財富傳承。
        香港年金有限公司公布，香港年金計劃的投保年齡下限已由65歲降至60歲，查詢熱線2536 0136，計劃文件可於其網站下載。
        台北市長蔣萬安出席重陽節敬老活動，與長輩交流退休生活並宣導防詐知識，提醒長者接到「保證獲利」投資邀約時，務必先撥165反詐騙專線查證。
    """),
    ("ms", "notis"): _lines("""
        NOTIS: Pengeluaran Akaun Fleksibel (Akaun 3) kini boleh dibuat melalui aplikasi KWSP i-Akaun pada bila-bila masa dengan jumlah minimum RM50 bagi setiap permohonan.
        Pusat Khidmat Pelanggan KWSP boleh dihubungi di talian 03-8922 6000 atau melalui www.kwsp.gov.my; ibu pejabat di Bangunan KWSP, Jalan Raja Laut, 50350 Kuala Lumpur.
        AWAS PENIPUAN: KWSP tidak akan meminta anda memindahkan wang ke akaun pihak ketiga untuk melepaskan caruman. Laporkan panggilan mencurigakan kepada NSRC di talian 997.
        Skim Persaraan Swasta (PRS): pelepasan cukai sehingga RM3,000 setahun bagi caruman PRS; senarai penyedia yang diluluskan boleh disemak di laman Private Pension Administrator, www.ppa.my.
        Pesara perkhidmatan awam: Bayaran pencen bulan Mac 2025 akan dikreditkan pada 25 Mac 2025. Sebarang pertanyaan sila hubungi Bahagian Pasca Perkhidmatan, JPA.
        Dividen KWSP bagi tahun 2024 ialah 6.30% untuk Simpanan Konvensional dan 6.30% untuk Simpanan Syariah, melibatkan agihan keseluruhan sebanyak RM73.24 bilion.
        Kaunter KWSP Cawangan Petaling Jaya ditutup pada Sabtu, 14 Jun 2025 untuk kerja penyelenggaraan sistem; ahli dinasihatkan menggunakan i-Akaun atau kiosk layan diri.
        Bagi ahli beragama Islam, penama bertindak sebagai wasi atau pentadbir yang mengagihkan simpanan mengikut hukum faraid; penamaan boleh dibuat dalam talian melalui i-Akaun.
        Program i-Saraan: Kerajaan memberi insentif 20% daripada jumlah caruman sukarela, maksimum RM500 setahun, kepada pekerja sendiri berumur bawah 60 tahun.
        PERKESO: Faedah Pencen Ilat dan Pencen Penakat dibayar setiap bulan kepada yang layak; pertanyaan boleh dibuat melalui talian 1-300-22-8000 atau mana-mana pejabat PERKESO.
        Bank Negara Malaysia mengingatkan orang ramai supaya menyemak Senarai Makluman Kewangan sebelum melabur; skim pelaburan emas untuk pesara dengan pulangan 5% sebulan adalah tanda amaran.
        Taklimat Persaraan Percuma anjuran KWSP dan AKPK: Dewan Serbaguna KWSP Shah Alam, 22 Julai 2025, 9.00 pagi hingga 12.30 tengah hari. Daftar melalui kod QR pada poster.
        Sumbangan Tunai Rahmah (STR) Fasa 2 bagi kategori warga emas bujang akan dikreditkan mulai 8 Mei 2025; semakan status boleh dibuat di portal bantuantunai.hasil.gov.my.
    """),
    ("ms", "ulasan_perniagaan"): _lines("""
        ★★★★★ Kaunter KWSP Jalan Raja Laut sangat teratur, ambil nombor giliran jam 9.15 pagi, siap urusan pengeluaran umur 55 sebelum 10.30. Staf sabar terangkan Akaun Fleksibel.
        ★★☆☆☆ Ejen dari syarikat insurans ni asyik pujuk beli anuiti yang caj dia tinggi gila. Bila tanya kadar pulangan sebenar, terus mengelak. Tak sesuai untuk pesara.
        ★★★★☆ Kedai Emas Poh Kong cawangan Jalan Tuanku Abdul Rahman, harga emas 999 dipapar jelas, resit lengkap dengan nombor siri. Sesuai untuk pesara nak simpan sikit.
        ★☆☆☆☆ Syarikat Wang Pesara Express ni kena hati-hati, iklan di Facebook janji pinjaman guna penyata KWSP tapi minta bayar yuran proses RM800 dulu. Memang scam.
        ★★★★★ Pejabat AKPK Kuala Lumpur bagi sesi kaunseling kewangan percuma, penasihat tak jual apa-apa produk langsung. Terbaik untuk warga emas yang pening dengan hutang.
        ★★★☆☆ Public Mutual cawangan Ipoh okay, cuma kena tunggu lama untuk urusan pelaburan PRS. Caj jualan 3% untuk dana ekuiti biasa, ada promosi 0% untuk dana PRS.
        ★★★★☆ Restoran Mak Siti di Kota Bharu jadi tempat lepak pesara tiap pagi, teh tarik RM2.20, roti canai RM1.50. Ramai pakcik bincang pasal dividen KWSP kat sini.
        ★★☆☆☆ Aplikasi i-Akaun selalu keluar ralat Sesi Tamat bila nak buat pengeluaran Akaun 3 waktu malam. Dah cuba versi 4.2.1 pun sama. Harap KWSP baiki cepat.
        ★★★★★ Pusat Jagaan Warga Emas Seri Kenangan, Cheras: bilik bersih, jururawat bertugas 24 jam, yuran bulanan RM2,300 termasuk makan. Pejabat boleh dihubungi di 03-9130 2211.
        ★☆☆☆☆ Bank ni caj RM15 setiap kali pindah wang pencen ke akaun bank lain. Dah 3 kali komplen kat kaunter, jawapan sama je. Terpaksa tukar bank.
        ★★★★☆ Seminar Bersara Tanpa Hutang oleh Great Eastern Takaful di Dewan Sri Pinang, tiket RM30 dapat buku panduan dan makan tengah hari. Ada sesi jualan di hujung.
        ★★★★★ Kedai Ubat Tradisional Hj. Ahmad & Anak, Muar: harga berpatutan untuk ubat sendi, pekerja mesra warga emas, ada tempat duduk. Tutup setiap hari Jumaat.
        ★★★☆☆ Tokio Marine Life di Kuala Lumpur: proses tuntutan anuiti ambil masa 6 minggu, tapi sekurang-kurangnya status boleh disemak dalam talian dengan nombor rujukan.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning team, reminder 今天 2pm CPF LIFE briefing at Level 3 Training Room B, bring the updated 2025 FRS slides (v2.3). 记得 delete the old deck hor.
        Branch update: 今日 counter 3 部 queue machine 又壞咗, IT ticket INC-20250317-0042 已開, please direct walk-in retirees to counter 5 first.
        SOP reminder: if customer says a CPF officer called asking for Singpass OTP, stop the transaction, flag SCAM-P1 in CRM and call ScamShield 1799 together with them.
        Boss cakap esok audit borang KWSP, semua fail pengeluaran 55 tahun bulan Mac kena susun ikut nombor rujukan WD-2025-03 sebelum pukul 5 petang ok.
        MPF team: 積金易 cutover for our scheme is next Monday, 所有 paper forms 收到之後要 scan 入 DMS 同埋 tag eMPF-pending, thx all.
        FYI annuity quote tool v5.8.0 got bug, Escalating plan showing 3% instead of 2%. Dev 话 hotfix 5.8.1 tonight, 今晚之前 don't send any printed quotes.
        Reminder 各位: 明天重陽節 public holiday in HK, hotline 由 outsourced vendor cover, escalation 打 duty phone ext. 8821 only.
        Pls update the brochure, KWSP dividend 2024 is 6.30% not 5.50%. 印刷厂 deadline 25 Mar, quantity 5,000 copies, PO-MY-25-0193.
        Anyone free to cover 4 to 6pm seminar at Toa Payoh Hub? 主题是 Scams Targeting Seniors, SPF Anti-Scam Centre speaker confirmed, we only handle registration.
        Ops note: Taiwan 勞退 proxy service form 改版了, 新版本 LPR-07 (2025.02), 舊版一律不收, 麻烦大家 check 抽屜 清掉舊 form.
        Team lunch after month-end closing? Booked Tim Ho Wan Plaza Singapura 12:30, 8 pax, pls reply by 11am so can confirm 订位.
        Compliance says cannot WhatsApp policy documents to clients from personal phones anymore, use the corporate line +65 6123 4500 only. 违者 will be written up.
        Macau office: 社保基金養老金 2025 新金額已更新到 FAQ page, 英文版 still pending translation, ETA Thursday. Ping web team if 唔見 update.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        My husband Roland Tay Keng Huat (NRIC S5834721C) passed away in March; CPF says I need his death certificate to claim the $182,400 he nominated to me.
        hi, it's Mdm Goh Siew Lan, 68, from Blk 412 Ang Mo Kio Ave 10 #08-1123, I keep getting calls saying my CPF LIFE is suspended, is this real?
        Please send my monthly payout to POSB savings 123-45678-9 instead of the DBS one, the account is under my name Tan Boon Leong.
        My son Jared keeps asking me to withdraw my CPF at 55 to clear his $46,000 credit card debt and I don't know how to say no to him.
        Just got diagnosed with early Parkinson's, I'm Vincent Lim, 57, can I use my CPF for the treatment or claim under MediShield Life?
        Please call me back on 9127 4830, this is Mr Ong, about nominating my wife Shirley for my CPF savings.
        email: ahlian.retire58@gmail.com, send me the annuity illustration, my DOB is 14/08/1967 and I want payouts from 65.
        Form RS-TOPUP: Giver Lee Chong Meng, S6012937A, mobile 8234 5519; Recipient Lee Ah Moi (mother), S4918273B; Amount $8,000; Date 2025-02-11.
        My ex-wife Cheryl Ng got 35% of my CPF OA under divorce order FC/D 1234/2023, can I still use the rest for my HDB loan?
        I'm Ravi s/o Muthusamy, FIN F1847263P, worked here 20 years on a work pass, can I take out all my CPF if I go back to Chennai for good?
        Auntie Margaret from my church lost $74,000 to a fake MAS officer, she's 71, lives alone in Bedok North and now can't pay her bill at CGH.
        CSV row: 20931,Koh Mei Ling,S5527190I,213000.00,Escalating,nominee=Koh Jun Wei (son),payout_start=2030-07-01
    """),
    "zh-Hans": _lines("""
        我叫周建华，身份证号310104195708234168，今年刚办完退休，社保局说养老金每月4,326元，这个数字对不对？
        我女儿刘晓燕天天问我要钱，说她老公欠了网贷三十多万，我退休金一个月才三千出头，你说我该怎么办
        帮我看看这个个人养老金账户：开户行中国建设银行，卡号6217 0012 3456 7890 123，户名陈德明，今年缴了12000元能抵多少税？
        老伴李桂芳去年查出乳腺癌，化疗花了八万多，我们住在广州市天河区龙口西路88号3栋1502，我想提前领个人养老金能办吗？
        有人冒充社保局给我打电话，说我养老金资格认证过期了，还报出了我的名字孙秀英和手机号158 2063 7741，他们怎么知道的？
        联系人：张国庆 手机：139 1827 4563，咨询父亲张福生（1946年生）的遗属抚恤金发放，父亲退休前在本市第三钢铁厂工作。
        我跟前夫离婚的时候，法院把他的企业年金分了一半给我，他叫何志强，现在他说不给了，我该找谁
        邮箱 laoxu1962@163.com，我是徐师傅，帮我算一下延迟退休以后我几岁退休，我1966年5月生，男的
        王建军 110105196205173619 男 退休单位：北京市第二建筑公司 月养老金 5,870.00 元 开户：工商银行 尾号 3391
        我是老吴，车牌沪A·7K29Q，儿子要我把车卖了给他付首付，我退休后就靠这车跑点网约车补贴，真为难
    """),
    "zh-Hant": _lines("""
        我係陳美玲，HKID K382716(A)，想問下我六十歲提早拎強積金，要唔要去宏利分行親身辦？
        老公黃志偉上個月中風入咗瑪麗醫院，佢嘅強積金受託人係匯豐，我可唔可以代佢申請提取？佢電話 9632 1847 而家冇人聽
        阿明成日叫我畀錢佢買樓，話我啲長俸放喺銀行都係浪費，但佢上年先至破產過，我真係好擔心
        本人林淑芬，身分證字號A125837460，民國54年生，想申請勞保老年年金，請問要準備哪些文件？
        我住台中市西屯區惠來路二段186巷7號5樓，勞保局寄來的年金核定書一直沒收到，名字是蔡明德
        林太話佢個仔偷用佢嘅網上理財密碼，由佢嘅退休戶口轉走咗38萬去玩虛擬貨幣，而家報咗警，案件編號 ERN 250311-007
        我係澳門居民梁少華，澳門身份證5213478(3)，想問社保基金養老金可唔可以轉去我女兒嘅中國銀行戶口？手機6628 3917
        LINE: mingde.tsai0713，幫我看看這家投顧說每月配息8%是不是詐騙，他們要我把勞退自提的錢都轉進去
        客戶資料：何家豪，男，1959/11/02，電話0912-345-678，勞退專戶餘額NT$2,318,450，配偶張玉珍為遺屬年金請領人
        我太太鄭佩儀懷孕咗，雖然我已經58歲，想將佢加做我年金計劃嘅受益人，保單號碼係HKA-0091834527
    """),
    "ms": _lines("""
        Saya Rosnah binti Ismail, No. KP 690314-10-5128, nak tanya macam mana nak keluarkan duit Akaun Persaraan sebab dah umur 55 tahun ni.
        Anak saya Faizal minta RM20,000 dari KWSP saya untuk bayar hutang Ah Long, dia kata kalau tak bayar dia kena pukul. Saya risau sangat.
        Tolong semak, suami saya Encik Kamarul Ariffin bin Yusof meninggal bulan lepas, saya penama dia dalam KWSP, boleh tuntut kat kaunter Shah Alam?
        Nombor telefon saya 012-734 8219, nama Pak Mat, tinggal di No. 27, Jalan Kenanga 3, Taman Sri Muda, 40400 Shah Alam. Nak dapatkan borang penamaan.
        Akaun Maybank 1640 2278 3915 atas nama Lim Ah Kow, tolong pindahkan bayaran pencen saya ke akaun ni mulai bulan depan.
        Kak Yah jiran saya baru kena stroke, anak-anak dia nak guna duit KWSP dia tapi dia tak boleh tandatangan. Macam mana nak buat?
        Saya Muthu a/l Raman, pesara guru, no. pencen JPA/P/2011/048213, bayaran pencen bulan ni kurang RM380, kenapa ya?
        E-mel saya noraini.hassan61@yahoo.com, boleh hantar penyata KWSP 2024 saya? IC 610922-01-6344.
        Saya ada diabetes teruk dan baru kena potong jari kaki, nama saya Zulkifli bin Omar, boleh tak keluarkan KWSP atas sebab hilang upaya?
        Kereta Myvi saya plat WXY 4821 kena tarik bank sebab tunggak 4 bulan, saya pesara guru, nama Hjh. Salmah, boleh guna Akaun Fleksibel bayar tak?
    """),
    "mixed": _lines("""
        Hi can help me check? My mum 黄秀英 NRIC S5173628A wants to nominate me 同 my brother 50-50 for her CPF, but she cannot use Singpass 怎么办
        Bro my dad Ah Seng kena scam, transfer RM58k dari KWSP withdrawal to fake Bank Negara officer, his IC 600705-08-5411, polis report dah buat, what next?
        我老爸 Lee Kok Wah 今年 retire，CPF RA 只有 $98k, BRS 都唔够, he also got kidney failure on dialysis 3x a week, got any scheme?
        客户 Madam Tan Siew Ping, HP +65 9871 2036, wants to switch from CPF LIFE Standard to Escalating, 她说 her son 不同意.
        Tolong tengok ni, abang saya 李志明 minta I transfer RM15k dari Akaun 3 sebab dia nak bayar saman JPJ dan loan kereta, his number 016-228 4719
        My HKID is D529143(8), 我想 withdraw MPF under small balance ground, balance only HK$4,600 after I left 九巴 in 2023.
        收款人: Wong Mei Kuen, HSBC 004-512-345678-833, amount HK$12,000 monthly, purpose: 俾阿媽 retirement allowance
        Note from call 2025-04-02: caller Mr Chua, 72, 女儿 Cindy keeps taking his CPF payout card, suspected financial abuse, refer to AIC / 家庭服务中心
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a friendly assistant that explains Singapore CPF rules in plain English. Do not give personalised investment advice.",
        ),
        (
            "user",
            "Hi, I'm Desmond Yeo, NRIC S6208451J. I got married last month to Evelyn Koh. Does my old CPF nomination to my parents still count?",
        ),
        (
            "assistant",
            "Congratulations! Under Singapore law, marriage automatically revokes an existing CPF nomination, so the one made to your parents is no longer valid. If you do nothing, your savings would go through the Public Trustee. You can make a fresh nomination on the CPF website with Singpass and decide the shares between Evelyn and your parents.",
        ),
        (
            "user",
            "Can I give Evelyn 70% and my mum 30%? My mum has dementia now, will that be a problem?",
        ),
        (
            "assistant",
            "Yes, you can split it 70/30. Your mother's dementia does not stop her from being a nominee, but if she lacks mental capacity when the money is paid out, a deputy appointed under the Mental Capacity Act may need to receive it on her behalf. It may help to speak to the Office of the Public Guardian about a Lasting Power of Attorney for her.",
        ),
    ],
    [
        (
            "user",
            "我1960年3月出生，身份证440106196003112829，2015年在广州退休的。我老伴陈国栋上个月去世了，他的养老金个人账户余额还有六万多，我能领吗？",
        ),
        (
            "assistant",
            "请节哀。按照现行规定，参保人员去世后，其基本养老保险个人账户中的余额可以依法继承，同时家属一般可以申领丧葬补助金和抚恤金。您可以带上身份证、死亡证明、户口簿和亲属关系证明，到当地社保经办机构或者通过粤省事办理。",
        ),
        ("user", "我儿子说那笔钱应该给他，说他买房还差二十万，我该怎么办？"),
        (
            "assistant",
            "个人账户余额属于遗产，按法定继承由配偶、子女、父母等第一顺序继承人共同继承，不是只归某一个人。建议您先把钱领出来，家里人一起商量怎么分；如果有分歧，可以找社区人民调解委员会或者律师咨询，也要照顾好自己今后的生活开支。",
        ),
    ],
    [
        ("system", "你是一個協助香港長者處理強積金及防騙問題的助理，請用廣東話回答。"),
        (
            "user",
            "頭先有個自稱積金局嘅人打嚟我手機 6187 2043，叫我講埋身份證號碼同埋網上銀行密碼，話要幫我轉強積金去積金易，我叫何淑儀，佢連我個名都知，係咪真㗎？",
        ),
        (
            "assistant",
            "何小姐，呢個好大機會係騙案。積金局同受託人絕對唔會打電話叫你講網上銀行密碼，轉去積金易亦唔使你俾密碼。請即刻掛線，唔好再回覆，可以打防騙易熱線18222查詢，如果已經講咗密碼，要即刻通知銀行凍結戶口同埋報警。",
        ),
        ("user", "我已經講咗身份證號碼，冇講密碼，咁點算？"),
        (
            "assistant",
            "冇講密碼已經好好。你可以通知你嘅強積金受託人同銀行，話有人可能用你嘅身份證資料冒認，要求加強核實；亦可以去警署報案留底。之後收到任何要求轉帳或者俾驗證碼嘅訊息，都一律唔好理。",
        ),
    ],
    [
        (
            "system",
            "Profil pengguna: Puan Halimah binti Abdullah, 56 tahun, IC 690412-06-5332, tinggal di Kuantan, Pahang. Jawab dalam Bahasa Melayu yang mudah.",
        ),
        (
            "user",
            "Anak lelaki saya Hafiz desak saya keluarkan semua duit Akaun Persaraan untuk dia buka kedai makan. Saya tak sampai hati nak tolak. Patut ke saya ikut?",
        ),
        (
            "assistant",
            "Puan Halimah, saya faham perasaan puan. Tetapi simpanan KWSP ialah wang untuk menampung hidup puan sendiri selepas bersara, dan ramai pesara kehabisan wang dalam beberapa tahun selepas mengeluarkan semuanya. Puan boleh pertimbangkan memberi jumlah kecil sahaja, atau minta anak puan memohon pembiayaan perniagaan kecil seperti TEKUN atau skim di bank.",
        ),
        (
            "user",
            "Kalau saya keluarkan RM30,000 sahaja, berapa baki yang tinggal? Baki sekarang RM142,560.",
        ),
        (
            "assistant",
            "Jika puan keluarkan RM30,000 daripada RM142,560, baki ialah RM112,560. Sebelum buat keputusan, cuba senaraikan perbelanjaan bulanan puan dan kira berapa tahun baki itu boleh bertahan. Kalau perlu, AKPK menyediakan sesi kaunseling kewangan percuma.",
        ),
    ],
    [
        (
            "user",
            "Eh can ask ah, my son Marcus want me to take out my CPF OA to invest in his crypto startup, he say confirm 30% return one. I'm 61 this year, name is Tan Ah Huat, my OA got $87k lah.",
        ),
        (
            "assistant",
            "Mr Tan, please be careful. Any investment that promises a confirmed 30% return is a big red flag, and crypto startups are very high risk. Also, at 61 your OA money cannot simply be taken out in cash beyond what you are allowed to withdraw after setting aside your retirement sum. It may be safer to keep it in CPF where it earns a guaranteed rate.",
        ),
        (
            "user",
            "But he say if I don't help him he won't let me see my grandson already. Sian lor.",
        ),
        (
            "assistant",
            "That sounds really stressful, and it is not fair for you to be pressured like that. You can say no to the money and still show that you care. If the pressure continues, a Family Service Centre near you can help you talk it through with him, and you can also call the Silver Line at 1800-650-6060 for a listening ear.",
        ),
    ],
    [
        ("system", "你是協助台灣民眾理解勞保與勞退的助理，使用繁體中文回答。"),
        (
            "user",
            "我是吳淑惠，身分證B104756238，今年61歲。我先生楊文雄過世了，我可以領他的勞退嗎？他的專戶大概有180萬。",
        ),
        (
            "assistant",
            "吳女士您好，請節哀。勞工在請領退休金前死亡的，遺屬或指定請領人可以請領其個人專戶的退休金。您需要準備死亡證明、戶籍謄本及您的身分證明，向勞動部勞工保險局申請。",
        ),
        ("user", "那他的勞保呢？我自己也有勞保年金，可以同時領嗎？"),
        (
            "assistant",
            "勞保遺屬年金和您自己的老年年金原則上只能擇一請領，建議您比較兩者金額後再選擇。勞保局客服專線是(02)2396-1266，可以請他們幫您試算。",
        ),
        ("user", "好，謝謝你，我再打電話問問。"),
    ],
    [
        (
            "user",
            "I'm in KL, 58, name is Gurpreet Kaur, email gurpreet.k.retire@outlook.com. Should I top up my PRS this year for the tax relief, and can I name my husband Harjit as beneficiary?",
        ),
        (
            "assistant",
            "You can claim up to RM3,000 of tax relief a year for PRS contributions. PRS providers let you make a nomination, so you can name your husband as nominee through your provider. Since you are 58, remember that withdrawals made after you reach 55 are not subject to the 8% tax penalty.",
        ),
        (
            "user",
            "Harjit has a lot of debt from his failed business, around RM400k. Will his creditors take the PRS money if I pass away?",
        ),
        (
            "assistant",
            "This depends on the facts and on bankruptcy law, so it is worth talking to a lawyer. In general, once money is paid out to a nominee it becomes theirs, so if he is made bankrupt it could be reachable by the Director General of Insolvency. You might consider naming another nominee or setting up a trust.",
        ),
    ],
    [
        ("system", "你是一个帮助中国内地老年人识别养老诈骗、解答养老金问题的助手。"),
        (
            "user",
            "有个叫“幸福养老社区”的公司说交30万就能终身入住，还每月返利3%，我住在南京市鼓楼区中央路305号2单元601，他们说下周上门签合同，靠谱吗？",
        ),
        (
            "assistant",
            "这种“交钱入住加高额返利”的模式，很符合以养老服务为名的非法集资特征。正规养老机构一般不会承诺每月返利。建议您不要签合同、不要转账，可以向当地民政部门核实这家机构是否备案，也可以拨打110或12345反映。",
        ),
        ("user", "我女婿赵磊已经帮我先付了五万定金，这可怎么办"),
        (
            "assistant",
            "请尽快保存好合同、收据、转账记录和聊天记录，然后到辖区派出所报案，说明对方涉嫌非法吸收公众存款。报案越早，追回的可能性越大。也可以请社区工作人员陪同您一起处理。",
        ),
    ],
    [
        (
            "user",
            "Assalamualaikum. Suami saya Cikgu Rahman bin Daud, pesara JPA, meninggal dunia minggu lepas. Saya isteri dia, Norhayati binti Salleh, IC 630815-03-5276. Macam mana nak mohon pencen terbitan?",
        ),
        (
            "assistant",
            "Waalaikumussalam, takziah puan. Balu kepada pesara perkhidmatan awam boleh memohon pencen terbitan melalui Bahagian Pasca Perkhidmatan JPA. Puan perlu sediakan sijil kematian, sijil nikah, salinan kad pengenalan puan dan butiran akaun bank untuk pembayaran.",
        ),
        (
            "user",
            "Anak tiri saya dari isteri pertama arwah pun nak tuntut. Dia orang kata saya tak ada hak.",
        ),
        (
            "assistant",
            "Pencen terbitan diagihkan mengikut peraturan pencen, dan balu serta anak yang layak biasanya berkongsi mengikut kadar tertentu. Jadi puan tetap mempunyai hak. Untuk kepastian, puan boleh hubungi JPA dan, untuk harta pusaka lain, Amanah Raya atau Mahkamah Syariah.",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for Hong Kong residents planning retirement income. Answer in English.",
        ),
        (
            "user",
            "I'm 63, HKID E614827(5), name Patrick Leung. I have HK$1.2 million in MPF and I'm thinking of putting HK$800,000 into the HKMC Annuity Plan. Good idea?",
        ),
        (
            "assistant",
            "The HKMC Annuity Plan gives a guaranteed lifelong monthly income, which helps protect against outliving your savings. Putting most of your MPF in it could make sense if you have other cash for emergencies. Premiums range from HK$50,000 up to HK$5 million per person.",
        ),
        (
            "user",
            "My wife Agnes has breast cancer and we might need cash for treatment. Does that change things?",
        ),
        (
            "assistant",
            "I'm sorry to hear that. It does change things: annuity premiums are not easy to get back once paid, so you should keep enough liquid savings for medical costs first. You might put in a smaller amount now and add more later once her treatment plan and costs are clearer.",
        ),
    ],
    [
        (
            "user",
            "你好，我係澳門人，叫區志雄，今年66歲，社保編號係 SS-0732915，想問養老金同敬老金可唔可以一齊攞？",
        ),
        (
            "assistant",
            "區先生你好。澳門社會保障基金嘅養老金同政府發放嘅敬老金係兩樣唔同嘅福利，符合條件嘅話一般可以同時領取。具體資格同金額可以向社會保障基金查詢，電話28532850。",
        ),
        ("user", "我個仔喺大陸欠咗人幾十萬，佢叫我將每個月嘅養老金轉俾佢還債，咁樣得唔得？"),
        (
            "assistant",
            "養老金發放到你自己嘅戶口之後，點用係你決定，但你要先保障自己嘅生活同醫療開支。如果仔仔長期要你幫手還債，可以考慮同社工或者家庭服務機構傾下，搵個對你哋兩個都好嘅方法。",
        ),
    ],
    [
        (
            "user",
            "Hi, saya Siti Aminah, 54, baru bercerai dengan bekas suami Azlan bin Hamzah. Mahkamah Syariah bagi saya harta sepencarian, termasuk sebahagian KWSP dia. Boleh ke?",
        ),
        (
            "assistant",
            "Harta sepencarian boleh diputuskan oleh Mahkamah Syariah, tetapi simpanan KWSP dilindungi dan biasanya tidak boleh dipindahkan terus kepada bekas pasangan sebelum ahli layak mengeluarkannya. Mahkamah mungkin menilai nilai KWSP itu dan mengimbangkan dengan aset lain.",
        ),
        ("user", "My lawyer said 他的 EPF ada RM310,000, so how to get my share? Dia dah umur 57."),
        (
            "assistant",
            "Since he is already above 55, he can now withdraw his savings, so the court order can direct him to pay your share once he withdraws. Ask your lawyer whether the order should set a deadline and what to do if he does not comply, for example applying for enforcement at the Syariah court.",
        ),
    ],
    [
        (
            "system",
            "Case summary from helpline CRM: caller Mdm Lim Geok Hong, 74, lives alone at Blk 28 Toa Payoh Lorong 6 #05-221, mobile 9455 0812. Reports grandson withdrawing her CPF payouts via her ATM card. Assist the volunteer with next steps.",
        ),
        (
            "user",
            "The auntie is quite scared, she doesn't want to make a police report against her grandson. What can I suggest?",
        ),
        (
            "assistant",
            "You can respect her wish while still protecting her. Suggest she changes her ATM PIN, asks her bank to lower the daily withdrawal limit, and switches her CPF LIFE payout account to one only she can access. A Family Service Centre or the Agency for Integrated Care can also arrange a social worker to visit and assess if she is safe.",
        ),
        (
            "user",
            "She also mentioned her blood pressure medicine ran out because she had no money left this month.",
        ),
        (
            "assistant",
            "That needs attention now. She can approach the polyclinic or a CHAS clinic about subsidies, and a medical social worker can help with the cost. For immediate needs, the Community Development Council or her MP's Meet-the-People Session can give short-term financial help.",
        ),
    ],
    [
        (
            "user",
            "我是苏州人，叫顾美娟，身份证320502195811022447，2013年从纺织厂退休。现在企业年金每月只有三百多，我得了尿毒症要做透析，能不能把企业年金一次性领出来？",
        ),
        (
            "assistant",
            "顾阿姨您好。企业年金的领取方式由企业年金方案规定，已经开始按月领取的，一般要看方案是否允许变更为一次性领取。建议您联系原单位的人事部门或者企业年金受托人咨询。透析费用方面，尿毒症属于门诊慢特病，可以向医保部门申请门诊慢特病待遇，报销比例会高一些。",
        ),
        ("user", "我儿子还说让我把房子抵押了给他做生意，我心里很乱。"),
        (
            "assistant",
            "您现在身体要紧，生活和看病的钱是第一位的。房子是您晚年最重要的保障，抵押给儿子做生意风险很大，一旦生意失败可能连住的地方都没有。建议您先不要答应，可以请信得过的亲戚或者社区工作人员一起和儿子沟通。",
        ),
    ],
]
