# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat171: chats with an assistant about one's own work injury or occupational illness (workplace accidents, WICA/SOCSO claims, medical leave, employers refusing to report, light duties, compensation). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat171
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "wica_faq"): _lines("""
        Q: Who must report a workplace accident? A: The employer, through MOM's iReport system, within 10 days if the employee gets more than 3 consecutive days of MC or is hospitalised for at least 24 hours.
        Q: Can I report the accident myself if my employer refuses? A: Yes. Employees may notify MOM directly via the WIC hotline 6438 5122 or at the MOM Services Centre, 1500 Bendemeer Road, Singapore 339946.
        Q: How are medical leave wages calculated? A: Outpatient MC is paid at full average monthly earnings for up to 14 days; hospitalisation leave is paid in full for up to 60 days, then at two-thirds up to one year.
        Q: What is the deadline to file a claim? A: Within one year from the date of the accident, or within one year of diagnosis for occupational diseases such as noise-induced deafness or occupational asthma.
        Q: Does WICA cover injuries while travelling to work? A: Generally no, unless the travel was in transport arranged by the employer, such as a company lorry, or part of an overseas work assignment.
        Q: What happens after the Notice of Assessment is issued? A: The employee, employer and insurer have 14 days to object. If nobody objects, the insurer must pay within 21 days of the notice being served.
        Q: Are the compensation limits fixed? A: No, the minimum and maximum amounts for death and permanent incapacity are revised periodically; always check the current table on mom.gov.sg before advising staff.
        Q: Do foreign workers on a Work Permit get the same coverage? A: Yes. Coverage does not depend on nationality or pass type, and employers cannot recover medical costs or insurance premiums from salary.
        Q: My company says light duties are available, must I accept? A: If your doctor certifies you fit for light duties and the tasks match the stated restrictions, you are expected to report; otherwise stay on MC.
        Need help? WIC Hotline 6438 5122 (Mon-Fri 8.30am-5.30pm). Migrant workers may also call the Migrant Workers' Centre 24-hour helpline at 6536 2692 for free advice in several languages.
        Q: Who can assess permanent incapacity? A: A doctor from the hospital or clinic that treated the injury, using the Guide to the Assessment of Traumatic Injuries and Occupational Diseases for WIC.
        Q: What documents should I keep? A: MC certificates, receipts for medical bills, the iReport incident number (format IR-2026-0871342) and payslips showing your average monthly earnings for the last 12 months.
        Q: Can my employer dismiss me while I am on MC? A: Terminating an employee to avoid a work injury claim is an offence under WICA, and employers may face fines as well as suspension of work pass privileges.
    """),
    ("zh-Hans", "工伤政策问答"): _lines("""
        问：单位不给申请工伤认定怎么办？答：用人单位应在事故伤害发生之日起30日内提出申请；单位未申请的，工伤职工或其近亲属、工会组织可在1年内直接向统筹地区社会保险行政部门提出。
        问：上下班途中受伤算工伤吗？答：根据《工伤保险条例》第十四条第（六）项，在上下班途中受到非本人主要责任的交通事故伤害的，应当认定为工伤，需提供交警部门出具的责任认定书。
        问：停工留薪期最长多久？答：一般不超过12个月；伤情严重或者情况特殊，经设区的市级劳动能力鉴定委员会确认，可以适当延长，但延长不得超过12个月。
        问：劳动能力鉴定分几级？答：劳动功能障碍分为十个伤残等级，最重的为一级，最轻的为十级；生活自理障碍分为生活完全不能自理、生活大部分不能自理和生活部分不能自理三个等级。
        问：一次性伤残补助金怎么算？答：从工伤保险基金按伤残等级支付，一级伤残为27个月的本人工资，二级为25个月，依次递减，十级伤残为7个月的本人工资。
        问：单位没给我交工伤保险，受伤了谁来赔？答：用人单位未依法缴纳工伤保险费，职工发生工伤的，由该用人单位按照《工伤保险条例》规定的工伤保险待遇项目和标准支付费用。
        问：职业病诊断去哪里做？答：劳动者可以在用人单位所在地、本人户籍所在地或者经常居住地依法承担职业病诊断的医疗卫生机构进行诊断，诊断机构不得拒绝。
        咨询渠道：人力资源社会保障服务热线12333，工作日8:30-17:30；也可登录国家社会保险公共服务平台（si.12333.gov.cn）或掌上12333 App查询工伤认定办理进度。
        历史沿革：《工伤保险条例》于2003年4月27日以国务院令第375号公布，2004年1月1日起施行；2010年12月20日国务院令第586号修订，2011年1月1日起施行。
        问：工伤认定需要多长时间？答：社会保险行政部门应当自受理工伤认定申请之日起60日内作出认定决定；对事实清楚、权利义务明确的工伤认定申请，应当在15日内作出决定。
        问：对工伤认定结论不服怎么办？答：申请人可以依法申请行政复议，也可以依法向人民法院提起行政诉讼；行政复议一般应自知道该行政行为之日起60日内提出。
        问：在工作时间和工作岗位突发疾病死亡算工伤吗？答：在48小时之内经抢救无效死亡的，视同工伤，即《工伤保险条例》第十五条第（一）项规定的情形，单位应及时申报。
        问：工伤医疗费用需要自己先垫付吗？答：在签订服务协议的工伤医疗机构就医并已完成认定的，符合目录的费用由基金直接结算；急救情况可先到就近医疗机构救治，再按规定报销。
    """),
    ("zh-Hant", "勞工處及勞保局通告"): _lines("""
        【勞工處通告】根據《僱員補償條例》（第282章），僱主須於工傷意外發生後14日內，以表格2向勞工處處長呈報引致僱員喪失工作能力超過3日的意外，逾期呈報屬違法。
        查詢僱員補償事宜，請致電勞工處熱線 2717 1771（由1823接聽），或親臨僱員補償科各區辦事處，辦公時間為星期一至五上午9時至下午5時45分，公眾假期休息。
        僱員在病假期間可獲按月計算的定期付款，金額為受傷時每月收入與病假期間每月收入差額的五分之四，僱主應於正常發薪日支付，不得拖延至保險公司賠付後才發放。
        僱主必須為所有僱員投購僱員補償保險，不論全職或兼職；沒有投保的僱主屬刑事罪行，一經定罪，最高可被判罰款十萬元及監禁兩年，勞工處會定期巡查工作場所。
        澳門勞工事務局提示：工作意外及職業病之損害彌補制度載於第40/95/M號法令，僱主須為僱員投保並盡快通知承保保險公司，如有疑問請致電勞工事務局查詢。
        職安健提示：地盤高處工作必須使用合適的全身式安全帶及獨立救生繩，承建商應每日巡查棚架；如發現不安全情況，請致電職安健投訴熱線 2542 2172 舉報。
        僱員補償評估委員會由兩名註冊醫生及一名勞工處人員組成，負責評估因工傷引致永久喪失工作能力的百分率，並向僱主及僱員簽發評估證明書，雙方可於限期內提出覆核。
        僱員補償科港島辦事處：香港中環統一碼頭道38號海港政府大樓，可乘港鐵至香港站步行約十分鐘前往；辦事處設有等候區及翻譯服務，請預留足夠時間辦理手續。
        勞動部公告：《勞工職業災害保險及保護法》自2022年5月1日施行，受僱於未滿5人事業單位之勞工亦應納保；移工職災諮詢可撥打1955專線，提供24小時多語服務。
        勞保局提醒：申請職災傷病給付須檢附診斷書及薪資證明，本局地址：臺北市中正區羅斯福路一段4號，總機 (02)2396-1266，亦可透過勞保局e化服務系統線上申辦。
        休假通知：12月25日及26日聖誕節公眾假期期間，勞工處各僱員補償科辦事處暫停服務，如有急事請於12月24日中午前辦理，或透過網上表格提交有關文件。
        根據第282章第9條，僱員因工傷引致永久完全喪失工作能力，補償按受傷時年齡計算：40歲以下為96個月收入，40至55歲為72個月，56歲或以上為48個月。
        提提你：工傷病假期間，除非已達成補償協議或已獲發評估證明書，僱主不得終止僱傭合約；違例僱主一經定罪，最高可被罰款十萬元，並須向僱員支付相關補償。
    """),
    ("ms", "soalan_lazim_perkeso"): _lines("""
        S: Siapa yang perlu melaporkan kemalangan kerja? J: Majikan wajib mengemukakan Borang 34 (Laporan Kemalangan) kepada PERKESO dalam tempoh 48 jam selepas dimaklumkan tentang kemalangan tersebut.
        S: Adakah kemalangan semasa perjalanan pergi atau balik kerja dilindungi? J: Ya, kemalangan dalam perjalanan ulang-alik antara kediaman dan tempat kerja melalui laluan biasa dilindungi di bawah Skim Bencana Pekerjaan.
        S: Berapakah kadar Faedah Hilang Upaya Sementara (FHUS)? J: FHUS dibayar pada kadar 80% daripada purata gaji harian, bagi cuti sakit sekurang-kurangnya 4 hari termasuk hari kemalangan.
        Talian Khidmat Pelanggan PERKESO: 1-300-22-8000, Isnin hingga Jumaat 8.30 pagi hingga 5.30 petang. Emel: perkeso@perkeso.gov.my. Ibu Pejabat: Menara PERKESO, 281 Jalan Ampang, 50538 Kuala Lumpur.
        S: Bagaimana jika majikan enggan menghantar Borang 34? J: Pekerja atau waris boleh sendiri memaklumkan kemalangan di pejabat PERKESO terdekat dengan membawa salinan laporan polis, rekod perubatan dan slip gaji.
        S: Apakah faedah jika saya hilang upaya kekal? J: Jemaah Doktor akan menilai peratus hilang upaya; Faedah Hilang Upaya Kekal dibayar sebagai pencen bulanan atau secara pukal bergantung kepada peratusan yang ditaksir.
        S: Adakah pekerja asing dilindungi? J: Sejak 1 Januari 2019, pekerja asing dilindungi di bawah Akta Keselamatan Sosial Pekerja 1969 (Akta 4) bagi Skim Bencana Pekerjaan, sama seperti pekerja tempatan.
        S: Apakah Program Return to Work? J: Program RTW PERKESO membantu pekerja yang tercedera mendapatkan pemulihan fizikal dan vokasional di Pusat Rehabilitasi PERKESO Tun Abdul Razak, Melaka.
        S: Dalam tempoh berapa lama tuntutan boleh dibuat? J: Tuntutan faedah hendaklah dikemukakan dalam tempoh 12 bulan dari tarikh kemalangan; tuntutan lewat perlu disertakan dengan alasan yang munasabah.
        S: Adakah JKKP juga perlu dimaklumkan? J: Ya, di bawah Peraturan NADOPOD 2004, kemalangan yang menyebabkan pekerja tidak dapat bekerja lebih 4 hari perlu dilaporkan kepada JKKP menggunakan borang JKKP 6.
        S: Bolehkah saya bekerja di tempat lain semasa cuti sakit? J: Tidak. Bayaran FHUS boleh dihentikan jika didapati pekerja bekerja semasa cuti sakit atau tidak mematuhi arahan rawatan doktor yang merawat.
        S: Apakah Faedah Orang Tanggungan? J: Jika pekerja meninggal dunia akibat bencana pekerjaan, balu atau duda, anak dan ibu bapa yang layak boleh menerima pencen bulanan di samping Faedah Pengurusan Mayat.
        Kaunter PERKESO Cawangan Shah Alam: Tingkat Bawah, Wisma PERKESO, Persiaran Perbandaran, Seksyen 14, 40000 Shah Alam. Dibuka Isnin hingga Jumaat, tutup pada Sabtu, Ahad dan cuti umum.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [07:42] Safety Office: Morning all, reminder toolbox talk 8am at Bay 3. Topic today manual handling, max 25kg per person ok, lebih dari tu guna trolley atau two-man lift.
        [08:15] Line 2 Supervisor: 今天 forklift FL-07 还在 service, 不要开. Key sudah simpan di store room, vendor datang around 2pm to change the hydraulic hose.
        [09:03] HR Admin: Pls remind your team MC chits must be uploaded to the HR portal within 48 hours, 不然 payroll cut-off 25th 来不及处理 ya. Thanks supervisors!
        [10:20] Store: PPE restock arrived, cut-resistant gloves size M & L, safety goggles 3M SF201AF. Collect from store counter and sign the logbook, satu orang satu pair only.
        [11:47] QA Lead: Near-miss at mezzanine stair tadi, handrail bolt loose. Sudah tag out, maintenance ticket MT-2611-0342 raised. 大家先走 B side 楼梯 until further notice.
        [13:05] Safety Office: Annual audiometric test scheduled 9-11 Dec at the mobile clinic bus, noise zone workers above 85 dBA wajib attend. Schedule 已经 pin 在 group.
        [14:30] Production Manager: Target hari ni 4,800 pcs, but no rushing at the press machine ok, light curtain jangan bypass. 安全第一, output second. Thanks team.
        [15:12] Facilities: Water leak near Dock 5 dah clear, but floor still wet. Wet floor sign placed, 请 forklift 绕道 Dock 6 until 5pm today. Mop team on the way.
        [16:40] HR Admin: Light duty roster for next week updated in shared drive /HR/LightDuty/2026-W50.xlsx, supervisors please confirm headcount by Friday noon.
        [17:55] Safety Office: Monthly LTI count Nov = 0, 连续 112 days tanpa lost-time injury. Terima kasih semua, keep it up! Makan-makan Friday at the canteen.
        [18:20] Night Shift Lead: Dust collector DC-2 pressure drop tinggi 1,850 Pa, filter cartridge need change. 已经 call vendor, ETA besok pagi 9am.
        [21:10] Security: Ambulance bay kena kosong at all times, tadi ada lorry contractor park situ 20 minit. 已经叫他们 move, pls remind your drivers also.
        [22:45] Safety Office: Reminder, every incident even small cut must log in the EHS app within the same shift. Form ID auto-generate, format INC-YYMMDD-###.
    """),
    ("en", "claims_config_and_logs"): _lines("""
        WIC_REPORT_DEADLINE_DAYS=10  # iReport window once MC exceeds 3 consecutive days; keep in sync with MOM guideline v2.3
        claims_api: {base_url: https://api.example-insurer.sg/v2/wic, timeout_s: 30, retries: 3, insurer_code: ZEN-WIC-SG}
        def mc_wage(avg_monthly: float, days: int) -> float: return round(avg_monthly / 30 * min(days, 14), 2)  # outpatient MC cap
        2026-11-21T03:14:07Z INFO worker=claims-sync batch=7781 fetched=214 upserted=209 skipped=5 duration_ms=8123 region=ap-southeast-1
        2026-11-21T03:14:09Z WARN socso.form34.validate missing_field=tarikh_kemalangan record=F34-2026-118742 action=queue_for_review
        CREATE TABLE wic_claim (claim_id VARCHAR(20) PRIMARY KEY, incident_date DATE, mc_days INT, pi_percent NUMERIC(5,2), status VARCHAR(16));
        claim_id,incident_date,site_code,body_part,injury_type,mc_days,hospitalised,pi_percent,status,insurer_ref
        SEVERITY_MAP = {'first_aid': 0, 'medical_treatment': 1, 'restricted_work': 2, 'lost_time': 3, 'fatality': 4}  # Heinrich 1931 pyramid
        docker run -d --name ehs-portal -p 8443:8443 -e TZ=Asia/Singapore -e LOG_LEVEL=info registry.example.com/ehs/portal:4.12.1
        sha256 ehs-portal-4.12.1.tar.gz 9f2c1e7ab4d05f8a3c6b2e19d7f40a8b5c3e6d1f2a7b9c0e4d8f1a2b3c4d5e6f verified 2026-11-30 by release pipeline
        - alert: LTIFRAboveTarget expr: ltifr_rolling_12m{site="TUAS-WH2"} > 1.5 for: 1h labels: {severity: page, team: ehs}
        # fixture only: {'claim_id': 'WC-EXAMPLE-0001', 'mc_days': 7, 'body_part': 'left_ankle', 'status': 'NOA_ISSUED'}
        GET /v2/claims?status=OBJECTION_PENDING&since=2026-11-01&page=3&page_size=50 HTTP/1.1 200 41ms client_id=ehs-batch quota=600/min
    """),
    ("zh-Hant", "復健診所評論"): _lines("""
        ★★★★☆ 周醫師復健科診所（板橋文化路）：職災醫療書單可以直接使用，櫃檯會幫忙確認勞保資格，掛號費150元，平日晚上人比較多，建議先線上預約。
        ★★☆☆☆ 仁安骨科新莊店停車很不方便，電療排隊排了四十分鐘，櫃檯態度普通，不過熱敷和牽引的設備還算新，週六上午有開診，週日休息。
        ★★★★★ 灣仔軒尼詩道「康健物理治療中心」治療師好專業，會按僱員補償保險公司要求出詳細報告，每節收費 $650，收據可以直接向保險公司報銷。
        ★★★☆☆ 台中北屯「李氏推拿整復所」環境乾淨，但不是醫療院所，收據不能拿來申請勞保職災給付，想申請的人要記得去有健保特約的復健科診所。
        ★★★★★ 高雄長庚復健科的職能治療很完整，有重返職場評估，也會出具輕便工作建議書方便跟公司溝通，假日沒有門診，掛號請用醫院官方App。
        ★☆☆☆☆ 旺角彌敦道近登打士街嗰間物理治療中心，次次都話保險未批要先俾錢，收據又遲兩個禮拜先出，搞到申請僱員補償好麻煩，唔推介。
        ★★★★☆ 澳門仁伯爵綜合醫院康復科輪候時間較長，但工作意外個案有專人跟進，記得帶齊保險公司文件同醫生紙，否則要再排一次隊。
        ★★★☆☆ 新北「安和勞工健康服務中心」可以做職業病初步評估，預約電話 (02)2960-3317，服務人員很有耐心，但停車場很小，建議搭捷運前往。
        ★★★★★ 荃灣「永泰骨科醫務所」收費透明，初診$480，X光另計，可以即日出醫生證明書，星期日同公眾假期休息，位置喺荃灣大河道近港鐵站。
        ★★☆☆☆ 桃園觀音工業區旁的這間復健診所電話很難打通，線上掛號系統常常當機，職災個案也沒有優先處理，唯一的優點是離工業區近。
        ★★★★☆ 台北榮總職業醫學科門診在週二、週四下午，職業病診斷要先準備工作史和作業環境資料，醫師會開立職業病診斷書，建議提早線上掛號。
        ★★★★★ 「阿榮師傳統整復」招牌很大，但店家直接講明不開收據，要報帳或申請職災給付的請去醫院，這份誠實值得五星，營業時間早上九點到晚上九點。
        ★★★☆☆ 觀塘開源道工廈12樓「健骨物理治療」，𨋢要等好耐，但週末有開，工傷個案可以直接向保險公司申請直付，WhatsApp 預約 5123 8890。
    """),
    ("ms", "invois_dan_senarai_produk"): _lines("""
        INVOIS No: INV-2611-0457 | Tarikh: 14/11/2026 | Pembekal: Sinar Safety Supplies Sdn. Bhd. (201801023456 / 1285467-K) | Terma: 30 hari bersih
        Kasut keselamatan King's KWD805 saiz 7-11, kulit penuh, tapak anti-gelincir, diluluskan SIRIM, RM 189.00 sepasang, beli 10 pasang percuma 1 pasang.
        Topi keselamatan Proguard Advantage 2 warna putih dengan penyangga 4 mata, mematuhi MS 183:2001, RM 32.50 seunit, stok 240 unit di gudang Klang.
        Caj penghantaran Lembah Klang RM 25.00; luar Lembah Klang ikut berat. Pesanan sebelum 3 petang dihantar hari yang sama, nombor penjejakan J&T dihantar melalui SMS.
        Baris 3: SKU SSS-GLV-CR5-L Sarung tangan tahan potong ANSI A5, 12 pasang x RM 18.90 = RM 226.80, SST 10% = RM 22.68, jumlah baris RM 249.48
        Jumlah kecil RM 3,418.60 | Diskaun korporat 5% -RM 170.93 | Jumlah perlu dibayar RM 3,247.67 | Bayaran ke Maybank Islamic 5140 8821 3067 (Sinar Safety Supplies Sdn. Bhd.)
        Kit pertolongan cemas Jenis A untuk tapak kerja 1 hingga 25 pekerja, 32 item termasuk pembalut elastik dan plaster kalis air, RM 145.00 sekotak.
        Penutup telinga 3M Peltor Optime II H520A, SNR 31 dB, sesuai untuk kawasan bising melebihi 85 dB(A), RM 98.00; harga borong 50 unit ke atas RM 86.00.
        Abah-abah keselamatan badan penuh Karam PN56 dengan lanyard penyerap kejutan 1.8 m, diuji EN 361, RM 265.00. Sijil ujian disertakan dengan setiap penghantaran.
        Nota Kredit CN-2611-0031 dikeluarkan kepada Kilang Perabot Jaya Muar Sdn. Bhd. untuk 4 unit cermin mata keselamatan rosak, nilai RM 51.20, ditolak daripada invois seterusnya.
        Sebut harga QT-2612-0118 sah selama 14 hari dan tertakluk kepada kadar pertukaran. Hubungi jualan@sinarsafety.com.my atau WhatsApp 011-2687 4410 untuk pengesahan.
        Latihan: Kursus Pertolongan Cemas & CPR (NIOSH), 2 hari, 8 jam sehari, RM 450 seorang, boleh tuntut HRD Corp. Sesi seterusnya 12-13 Jan 2027 di Bangi.
        Alamat pejabat: Lot 18, Jalan Sungai Puloh KU6, Kawasan Perindustrian Sungai Puloh, 42100 Klang, Selangor. Waktu operasi Isnin hingga Sabtu, 8.30 pagi hingga 6 petang.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, I'm Darren Koh Wei Jie, forklift driver at a logistics company in Tuas. I slipped at the loading bay on 3 Nov, fractured my right ankle, 21 days MC, and my supervisor told me not to report it to MOM.
        Claimant NRIC: S8834127I, please use this on the WIC claim form, my employer keyed in the wrong number on the iReport.
        If the insurer's adjuster needs to call me, use 9127 4408 after 6pm, I'm on light duties at the office until then.
        Please email the Notice of Assessment to rajesh.pillai87@gmail.com instead of my work email, HR reads everything that comes in there.
        WC-2026-01187,Nur Aisyah binti Kamal,T0261845H,Fracture left wrist,MC 2026-10-02 to 2026-10-30,Blk 318 Tampines St 33 #07-142,+65 8342 1976
        Mei Ling from the packing line finally told HR she's 14 weeks pregnant, and the gynae said lifting those 20kg cartons caused the spotting last week.
        Andy Lim here, 38, out of work since the scaffold fall in August, the insurer still hasn't paid and I now owe a licensed moneylender $4,200 plus interest.
        2026-11-14T09:22:51+08:00 INFO claim.submit claimant_fin=G5129384W name='Mohammad Rafiq Hossain' dorm_room=B3-07-12 injury=crush_right_hand mc_days=30
        My husband Chan Ka Ho (HKID Y482913(A)) fell from a bamboo scaffold at a Kwun Tong site, the subcontractor never filed Form 2 and stopped paying him after two weeks.
        Compensation should be paid into my POSB savings account 188-52731-9, account name Lee Siew Ping, not to my employer's agent.
        I'm recuperating at my sister's flat, Blk 452 Choa Chu Kang Ave 4 #11-287, Singapore 680452, can the insurer's surveyor come there for the home visit?
        Supervisor Kelvin Ng was diagnosed with noise-induced hearing loss at his annual audiogram, 45 dB at 4 kHz in both ears, and he's scared the company won't renew his contract.
    """),
    "zh-Hans": _lines("""
        我叫何建军，身份证号411522197903152633，在深圳宝安一家模具厂上班，9月被模具砸伤右脚，单位到现在都没给我申请工伤认定。
        我手机号 139 2817 6604，劳动能力鉴定结果出来了麻烦发短信给我，单位人事一直不接电话。
        我是罗永福，在东莞的石材厂打磨台面十一年，今年三月在市职业病防治院确诊矽肺二期，厂里现在不肯出具职业史证明。
        鉴定结论通知书请邮寄到：广东省佛山市南海区桂城街道南海大道北68号翠湖苑3座1204房，刘桂芳收，电话 137 2466 0918。
        张师傅受伤前月工资是7850元，停工留薪期单位只按2300元发，他老婆还在医院做透析，家里已经借了五万多块钱。
        阿明上个月在车间被冲床压断了左手两根手指，老板私下给了他两万块让他别申请工伤，他现在后悔了想反悔。
        一次性伤残补助金请打到我的工商银行卡 6222 0212 0300 4471 586，户名赵海燕，开户行郑州金水路支行。
        工伤认定申请表｜姓名：孙立强｜性别：男｜出生日期：1984-07-19｜受伤时间：2026-09-11 14:30｜受伤部位：右手食指离断｜联系电话：186 0371 5529
        我下班骑电动车在107国道被一辆车牌豫A·7K3M9的货车撞了，交警认定对方全责，这个算不算工伤？我叫马文涛。
        王桂兰（工号A0317）九月起因为腰椎间盘突出申请调岗，车间主任不同意，她丈夫上周又因为赌债被拘留了，她现在情绪很差。
    """),
    "zh-Hant": _lines("""
        本人陳嘉欣，香港身份證號碼 K628417(5)，喺葵涌貨倉搬貨嗰陣扭親條腰，僱主到今日都未交表格2俾勞工處。
        我係林太，我老公阿強喺地盤跌落嚟斷咗兩條肋骨，仲喺伊利沙伯醫院留醫，公司叫我哋唔好報工傷，話會私下俾錢。
        職災申請人：黃志明，身分證字號 F225913846，投保單位：新北市五股區某鋼構公司，傷病：左小腿開放性骨折，住院11天。
        我嘅澳門身份證係 1329857(6)，喺路氹酒店廚房俾熱油燙傷右手，勞工局叫我帶埋醫生紙同身份證副本去跟進。
        有事可以打我手機 6238 7105，我日頭要去覆診做物理治療，夜晚七點後先方便聽電話。
        請寄到我家：台中市大里區東榮路218巷15號3樓，收件人吳佩珊，電話0936-582-417，職災傷病給付核定書麻煩用掛號寄送。
        自從工傷停工之後，我已經欠咗三張信用卡合共十八萬，財務公司日日打嚟公司搵我，我係地盤紮鐵工人何永康。
        蔡淑芬在工廠被機器夾傷後得了重度憂鬱症，精神科醫師開了三個月病假，她先生說要跟她離婚。
        勞保職災給付請匯入郵局局號 0031245 帳號 0583716，戶名鄭凱文，謝謝承辦人員幫忙。
        阿輝師傅做了二十年噴漆，上個月驗出苯中毒引起的再生不良性貧血，公司卻說是他自己抽菸造成的，不承認是職業病。
    """),
    "ms": _lines("""
        Nama saya Mohd Faizal bin Rahman, No. KP 870412-10-5563, saya jatuh dari tangga di gudang Shah Alam dan majikan tak nak hantar Borang 34 ke PERKESO.
        Boleh hantar surat keputusan Jemaah Doktor ke alamat rumah saya: No. 27, Jalan Mawar 3/2, Taman Sri Mawar, 43000 Kajang, Selangor.
        Kalau pegawai PERKESO nak hubungi, nombor saya 012-648 3091, saya tak boleh angkat waktu fisioterapi pagi.
        Faedah FHUS tolong masukkan ke akaun Maybank saya 1621 4408 7352, nama pemegang akaun Siti Hajar binti Osman.
        Kak Ros dari bahagian pembungkusan mengandung 5 bulan tapi supervisor tetap suruh dia angkat kotak 20kg, semalam dia pendarahan dan masuk wad.
        Lepas kemalangan kilang tu saya dah 3 bulan tak dapat gaji, sekarang hutang along RM 6,000 dan dorang dah datang rumah, nama saya Kumar a/l Subramaniam.
        B34-2026-77120,Tan Chee Keong,901203-07-5281,Syarikat Perabot Jaya Sdn Bhd,2026-08-14,Jari telunjuk kanan putus,Cuti sakit 45 hari
        Abang Din kawan sekerja saya kena sawan masa syif malam, doktor kata epilepsi, sekarang majikan nak berhentikan dia.
        Masa balik kerja motosikal saya nombor plat WXY 4821 dilanggar kereta di Jalan Klang Lama, laporan polis dibuat di Brickfields. Ini bawah Skim Bencana Pekerjaan ke?
        Emel saya nurul.izzati88@yahoo.com, tolong forward salinan Borang 34 yang majikan hantar sebab HR kata dah submit tapi saya tak pernah nampak.
    """),
    "mixed": _lines("""
        Boss said 不用 report MOM lah, he will pay my MC himself. My name Tan Ah Huat, S7719052Z, worked at Defu Lane factory 8 years, now right shoulder cannot lift.
        我老公 Ramesh 上个礼拜 kena accident kat tapak binaan Johor Bahru, patah kaki kiri, majikan tak nak bayar gaji langsung, 家里还有两个孩子要养。
        Hi can help me draft email to HR? My details: Wong Siew Lan, FIN F7304916N, hp 8765 2031, MC from 2 Dec till 16 Dec for slipped disc L4-L5.
        WA msg to insurer: claim WC/SG/26/004513, claimant Muthu Krishnan, 请尽快 pay MC wages, already 47 days, my account DBS 027-904518-3.
        Aunty Lucy 清洁工 at the Bedok hawker centre, fell in the toilet and broke her hip, 78 years old already, daughter say employer cannot contact, 要怎样 claim?
        Sorry bos, saya Hafiz, esok tak boleh masuk kerja, 医生 still give MC 7 hari sebab slipped disc, surat MC dah WhatsApp ke HR.
        HKID R735106(1) 係我嘅, name Leung Chi Wai, please help fill in Form 2, accident date 2026-10-28, 喺觀塘 office 樓梯跌親 right knee ligament tear.
        My colleague 小芳 kena hearing loss after 6 years di bilik generator, audiogram show 55dB, 她 scared 讲出来会被 terminate.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a helpful assistant for workers in Singapore. Give general information on employment matters and suggest official channels; you do not give legal advice.",
        ),
        (
            "user",
            "My boss doesn't want to report my accident. I cut my left hand on a band saw on 18 Nov at our carpentry workshop in Sungei Kadut, got 12 stitches and 10 days MC. He says if I report, he will cancel my work permit.",
        ),
        (
            "assistant",
            "I'm sorry about your hand. Under WICA, an accident that leads to more than 3 consecutive days of MC must be reported by the employer within 10 days. Threatening to cancel your permit to stop a claim is not allowed. You can report it to MOM yourself. Do you have your MC and the clinic receipts?",
        ),
        (
            "user",
            "Yes I have. My details for the report: Jason Teo Boon Kiat, NRIC S7902613A, mobile 9683 2147. Can you write a short message I can send to MOM?",
        ),
        (
            "assistant",
            "Here is a draft: 'Dear MOM, I, Jason Teo Boon Kiat (NRIC S7902613A, HP 9683 2147), was injured at work on 18 Nov 2026 when my left hand was cut by a band saw at my workplace in Sungei Kadut. I received 12 stitches and 10 days of MC. My employer has not reported the accident. Please advise on my WIC claim.' Attach the MC and receipts, and keep copies.",
        ),
    ],
    [
        (
            "system",
            "你是一名劳动法律咨询助手，回答要准确、通俗，必要时提醒用户拨打12333或咨询律师。",
        ),
        (
            "user",
            "你好，我在东莞长安一家五金厂做冲压，10月8号右手中指被压伤截了一节，厂里说我自己操作不当，不给申请工伤认定。",
        ),
        (
            "assistant",
            "很抱歉听到您受伤。工伤认定不看是否本人过失，只要是在工作时间、工作场所内因工作原因受伤就应当认定。单位30日内不申请的，您本人可以在受伤之日起1年内向东莞市人社局申请。需要准备劳动关系证明、医院诊断证明和申请表。",
        ),
        (
            "user",
            "那申请表怎么填？我叫唐国栋，身份证440306199204173817，老家是湖南邵阳的，现在住在长安镇霄边社区的出租屋，电话 158 1963 4420。",
        ),
        (
            "assistant",
            "申请表里「职工姓名」填唐国栋，「身份证号码」填440306199204173817，「联系电话」填158 1963 4420，「家庭地址」写您现在的长安镇霄边社区住址，事故经过写清10月8号几点、在哪台冲床、怎么受伤。工资条、考勤卡、工友证言都可以作为劳动关系证明。",
        ),
    ],
    [
        ("system", "你係一個熟悉香港勞工法例嘅助理，用廣東話回答，提醒用戶可以向勞工處查詢。"),
        (
            "user",
            "我喺將軍澳地盤做紮鐵，上個月十二號俾鋼筋砸中左腳，醫生紙開咗六個禮拜病假。判頭話佢冇買保險，叫我自己睇醫生，一蚊都唔俾。",
        ),
        (
            "assistant",
            "咁樣唔啱。按《僱員補償條例》，主判承建商對分判商僱員嘅工傷都有責任，所以就算判頭冇買保險，你都可以向總承建商追討。僱主仲要喺14日內交表格2俾勞工處。你可以直接打2717 1771報告，記得留低醫生紙同醫療收據。",
        ),
        (
            "user",
            "明白。我叫麥俊傑，身份證 M402715(4)，住喺寶林邨寶康樓 1507 室，電話 9482 6630。你幫我寫封信俾勞工處好唔好？",
        ),
        (
            "assistant",
            "可以，參考如下：「敬啟者：本人麥俊傑（香港身份證 M402715(4)，電話 9482 6630，地址：將軍澳寶林邨寶康樓1507室）於上月十二日在將軍澳地盤工作期間被鋼筋砸傷左腳，獲發六星期病假。分判商未有呈報意外亦未支付病假錢，懇請貴處跟進。」記得附上醫生紙副本。",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu maya yang membantu pekerja di Malaysia memahami faedah PERKESO. Jawab dalam Bahasa Melayu yang mudah.",
        ),
        (
            "user",
            "Salam. Saya accident motosikal masa pergi kerja pukul 6.40 pagi di Jalan Kapar, tulang selangka patah. Majikan kata kemalangan jalan raya bukan tanggungjawab syarikat.",
        ),
        (
            "assistant",
            "Waalaikumussalam. Kemalangan semasa perjalanan terus dari rumah ke tempat kerja melalui laluan biasa dilindungi di bawah Skim Bencana Pekerjaan PERKESO. Majikan masih perlu hantar Borang 34. Anda perlu laporan polis, sijil cuti sakit dan slip gaji tiga bulan terakhir.",
        ),
        (
            "user",
            "Ok. Nama saya Nor Azman bin Yusof, IC 850317-12-6049, kerja operator pengeluaran di Kapar, gaji asas RM 2,350. Cuti sakit doktor bagi 60 hari. Berapa saya boleh dapat?",
        ),
        (
            "assistant",
            "Anggaran kasar: purata gaji harian lebih kurang RM 78.33 (RM 2,350 / 30). FHUS dibayar 80%, iaitu kira-kira RM 62.67 sehari. Untuk 60 hari cuti sakit, jumlahnya sekitar RM 3,760. Jumlah sebenar bergantung kepada caruman yang direkodkan oleh majikan.",
        ),
        (
            "user",
            "Terima kasih. Kalau majikan tak hantar borang juga, saya nak pergi sendiri ke PERKESO Klang, perlu bawa apa?",
        ),
        (
            "assistant",
            "Bawa MyKad, laporan polis, sijil cuti sakit asal, laporan perubatan, slip gaji dan penyata bank. Maklumkan kepada pegawai bahawa majikan enggan menghantar Borang 34, dan mereka akan menyiasat serta menghubungi majikan.",
        ),
    ],
    [
        (
            "system",
            "You are a friendly assistant. Users in Singapore may write in Singlish; reply clearly in English.",
        ),
        (
            "user",
            "Eh my company want me go back work tmr but my back still pain leh. Doc say light duty only, no lifting more than 5kg. Supervisor say light duty means packing 15kg carton. Can like that meh?",
        ),
        (
            "assistant",
            "If your doctor certified light duties with a 5kg limit, your employer should give work within that restriction. Packing 15kg cartons doesn't fit. Ask HR to confirm the light duty tasks in writing, and show them the doctor's memo. If they insist, you can check with MOM or ask your doctor to extend the MC.",
        ),
        (
            "user",
            "Ok can help me write to HR? I'm Siti Nurhaliza binti Salleh, staff no 20417, warehouse assistant, slipped disc since 2 Oct accident, light duty memo from Dr at Ng Teng Fong hospital dated 1 Dec.",
        ),
        (
            "assistant",
            "Sure: 'Dear HR, I am Siti Nurhaliza binti Salleh (Staff No. 20417), warehouse assistant. Following my work accident on 2 Oct, I have a slipped disc, and the doctor at Ng Teng Fong General Hospital has certified me for light duties with no lifting above 5kg (memo dated 1 Dec). Could you please confirm in writing which tasks I will be assigned? Thank you.'",
        ),
    ],
    [
        (
            "system",
            "You help migrant workers in Malaysia understand their rights after a workplace injury. Be clear and practical.",
        ),
        (
            "user",
            "I am from Nepal, working in a glove factory in Klang. My right hand got caught in the former line machine on 5 Nov. The agent took my passport and says company will send me home, no SOCSO.",
        ),
        (
            "assistant",
            "Foreign workers in Malaysia are covered by PERKESO's Employment Injury Scheme since 2019. Your employer must submit Form 34 and cannot stop your claim. Keeping your passport is also an offence under the Passports Act. You may contact PERKESO at 1-300-22-8000 or visit the Klang office.",
        ),
        (
            "user",
            "My name is Bikash Gurung, passport number PA2738461, phone 011-3627 5914. I have hospital letter from Hospital Tengku Ampuan Rahimah, two fingers cannot bend now.",
        ),
        (
            "assistant",
            "Thank you, Bikash. Bring the hospital letter, your payslips and a copy of your passport if you have one. Tell the PERKESO officer that your employer has not filed Form 34 and that the agent is holding your passport (PA2738461). Because two fingers cannot bend, you may also qualify for permanent disablement benefit after the Medical Board assessment.",
        ),
    ],
    [
        (
            "system",
            "你是熟悉台灣勞動法規的助理，請使用繁體中文回答，必要時建議撥打1955或洽勞保局。",
        ),
        (
            "user",
            "我在桃園一家電子廠上夜班，11月3日在產線被熱風槍燙傷右前臂，二度灼傷，醫生開了三週病假。公司說我是派遣的，要我找派遣公司。",
        ),
        (
            "assistant",
            "依《勞工職業災害保險及保護法》，派遣勞工發生職災，派遣事業單位與要派單位需負連帶補償責任。醫療期間不能工作，雇主應按原領工資數額補償。您也可以向勞保局申請職災傷病給付，請保留診斷書與薪資單。",
        ),
        (
            "user",
            "我叫許雅婷，身分證 A582047139，投保在派遣公司，時薪 200 元，一天上 12 小時。請問勞保職災給付大概多少？",
        ),
        (
            "assistant",
            "許小姐您好。職災傷病給付從不能工作的第4日起發給，前2個月按平均月投保薪資100%、之後按70%發給。您的月投保薪資要看派遣公司申報的級距，建議登入勞保局e化服務系統查詢。如果公司以多報少，可以檢附薪資單向勞保局申訴。",
        ),
        (
            "user",
            "好的，那我寄資料給勞保局時地址要寫哪裡？我家是桃園市中壢區中央西路二段88巷6號5樓。",
        ),
        (
            "assistant",
            "請寄到勞保局：臺北市中正區羅斯福路一段4號。信封上寫明您的寄件地址「桃園市中壢區中央西路二段88巷6號5樓 許雅婷」，並以掛號寄出、保留收據。",
        ),
    ],
    [
        (
            "system",
            "你是职业病维权助手。当前用户档案：姓名 邓国华，男，1975年8月生，身份证350582197508226419，福建晋江人，曾在石材厂从事切割打磨22年，2025年确诊尘肺病壹期，联系电话 135 0595 8812。回答时可以参考档案，但不要随意对外透露。",
        ),
        ("user", "我想问一下，厂子前年已经倒闭了，我的尘肺病还能申请工伤待遇吗？"),
        (
            "assistant",
            "邓师傅，可以的。用人单位已经不存在的，您可以凭职业病诊断证明书向当地人社部门申请工伤认定；单位倒闭前参加了工伤保险的，由工伤保险基金支付；未参保的，可以依法向清算组或原出资人主张，也可以了解晋江当地的尘肺病救助政策。建议先准备好诊断证明和过去的工资记录、工友证明。",
        ),
    ],
    [
        (
            "system",
            "Anda membantu pengguna menulis surat rasmi berkaitan tuntutan PERKESO dan rayuan keputusan Jemaah Doktor.",
        ),
        (
            "user",
            "Jemaah Doktor bagi saya 10% hilang upaya sahaja untuk tangan kiri, tapi jari saya memang tak boleh genggam langsung. Saya nak rayu. Boleh tolong tulis surat?",
        ),
        (
            "assistant",
            "Boleh. Rayuan boleh dikemukakan kepada Lembaga Rayuan dalam tempoh yang ditetapkan dari tarikh keputusan. Sila berikan nama penuh, nombor KP, nombor rujukan PERKESO dan tarikh keputusan.",
        ),
        (
            "user",
            "Nama Rosli bin Hamid, KP 760925-01-5427, no rujukan PERKESO B34-2026-41836, keputusan bertarikh 20 Nov 2026. Alamat saya No. 12, Lorong Seri Harmoni 4, Taman Seri Harmoni, 83000 Batu Pahat, Johor.",
        ),
        (
            "assistant",
            "Berikut draf: 'Kepada Setiausaha Lembaga Rayuan PERKESO. Saya, Rosli bin Hamid (No. KP 760925-01-5427), beralamat di No. 12, Lorong Seri Harmoni 4, Taman Seri Harmoni, 83000 Batu Pahat, Johor, ingin merayu terhadap keputusan Jemaah Doktor bertarikh 20 Nov 2026 (Rujukan B34-2026-41836) yang menilai hilang upaya tangan kiri saya pada 10%. Jari saya tidak dapat menggenggam langsung, dan saya lampirkan laporan pakar ortopedik terkini.' Sila tandatangan dan simpan salinan.",
        ),
    ],
    [
        (
            "system",
            "You are an assistant that explains occupational disease claims in Singapore in plain English.",
        ),
        (
            "user",
            "I've worked 15 years in a shipyard in Tuas as a grinder. At my annual audiometric test they found noise-induced deafness, 50 dB loss in both ears. Can I still claim under WICA? The yard says it's age. I'm 52. You can reach me at huatseng.lau@outlook.sg if you need to send anything, name is Lau Huat Seng.",
        ),
        (
            "assistant",
            "Mr Lau, noise-induced deafness is a listed occupational disease under WICA, so a claim is possible even after many years, as long as you file within one year of diagnosis. Being 52 doesn't rule it out; the assessment will consider your noise exposure history. Ask the clinic for your audiogram results and keep your employment records. Your employer or you can notify MOM, and the insurer will assess it.",
        ),
    ],
    [
        (
            "system",
            "You are a helpful assistant. The user is a Malaysian Chinese who mixes Mandarin, English and Malay.",
        ),
        (
            "user",
            "我爸爸在 Seremban 的 sawmill 做了三十年, last week kena mesin potong, 右手三只手指断了. Boss 说他 65 岁 sudah tak boleh claim SOCSO 了, betul ke?",
        ),
        (
            "assistant",
            "不一定对。PERKESO 的 Skim Bencana Pekerjaan 对 60 岁以上还在工作的员工也适用，只要雇主有为他缴交工伤计划的供款。雇主必须提交 Borang 34。你可以先查他的供款记录。",
        ),
        (
            "user",
            "OK. 他叫 Lim Ah Kow, IC 610508-05-5187, 住 Taman Bukit Kaya, Seremban. 我是他女儿 Lim Mei Fong, hp 016-254 8830. 我可以帮他去 PERKESO 吗?",
        ),
        (
            "assistant",
            "可以的，家属可以代为到 PERKESO Seremban 办理。带上 Lim Ah Kow 先生的 MyKad 正本或副本、医院报告、工资单，以及你自己的 IC 和授权信。Borang 34 如果 boss 不肯交, 告诉 officer, 他们会跟进雇主。",
        ),
        ("user", "授权信要怎么写? 简单就好."),
        (
            "assistant",
            "可以这样写：'Saya, Lim Ah Kow (No. KP 610508-05-5187), memberi kuasa kepada anak saya Lim Mei Fong (Tel: 016-254 8830) untuk menguruskan tuntutan PERKESO bagi kemalangan di tempat kerja saya.' 然后让你爸爸签名、写日期即可。",
        ),
    ],
    [
        ("system", "你係一個熟悉澳門勞動法例嘅助理，請用繁體中文回答。"),
        (
            "user",
            "我係外地僱員，喺氹仔一間酒店廚房做廚師，上星期被刀切到左手筋腱，做咗手術。我嘅外地僱員身份認別證號碼係 05/2241873/1，叫做阮氏香。酒店話保險只包醫藥費，唔包病假人工，啱唔啱？",
        ),
        (
            "assistant",
            "阮小姐，根據第40/95/M號法令，因工作意外引致暫時絕對無能力工作期間，你有權收取損害賠償，一般係基本回報嘅三分之二，並非只得醫藥費。保險公司應按醫生證明嘅病假日數計算。建議你攜同醫生證明同糧單去勞工事務局查詢或投訴。",
        ),
        ("user", "多謝。我驚投訴之後酒店唔同我續約，我仲有三個月合約。"),
    ],
    [
        (
            "system",
            "You assist foreign domestic helpers in Hong Kong with employment questions. Reply in simple English.",
        ),
        (
            "user",
            "Hello, I am a domestic helper in Tai Po. I slipped in the bathroom while cleaning and broke my wrist. My employer brought me to Alice Ho Miu Ling Nethersole Hospital but now says she will not pay my sick leave and wants to terminate me.",
        ),
        (
            "assistant",
            "I'm sorry. As a domestic helper you are covered by the Employees' Compensation Ordinance. Your employer must have employees' compensation insurance and report the accident to the Labour Department. During sick leave from a work injury you should get periodical payments of four-fifths of your wages, and the employer cannot terminate you before compensation is settled.",
        ),
        (
            "user",
            "My name is Maricel Dela Cruz, HKID E917263(0), my employer is Mrs Yeung in Tai Po, my salary is HK$4,990. My phone is 5631 0274. What should I say when I call the Labour Department?",
        ),
        (
            "assistant",
            "You can call 2717 1771 and say: 'My name is Maricel Dela Cruz, HKID E917263(0). I am a foreign domestic helper working in Tai Po with a monthly salary of HK$4,990. I broke my wrist at work while cleaning the bathroom. My employer refuses to pay sick leave and wants to terminate me. Please help me check if Form 2 was submitted.' Give them your phone 5631 0274 so they can call back.",
        ),
        ("user", "Thank you. Should I also tell my agency?"),
        (
            "assistant",
            "Yes, you can inform your agency, but keep copies of your medical certificates and hospital receipts yourself. You can also contact the Mission for Migrant Workers or your consulate for support if your employer pressures you.",
        ),
    ],
    [
        (
            "system",
            "You are an assistant helping workers in Singapore. Users may write in Chinese and English; reply in the same mix.",
        ),
        (
            "user",
            "你好，我是中国来的 work permit，在新加坡 Jurong 的 shipyard 做焊工。10月30号从 2 米高的平台掉下来，左脚跟骨骨折，住院 3 天，MC 一共 45 天。",
        ),
        (
            "assistant",
            "您好，很抱歉您受伤。这个情况属于 WICA 范围，住院超过 24 小时，雇主必须在 10 天内通过 iReport 向 MOM 报告。MC 期间的医药费由雇主负责，MC wages 也要照付。您有收到 MOM 的 acknowledgement letter 吗？",
        ),
        (
            "user",
            "没有收到。公司说 insurance 还在 process。我的资料：姓名 黄德明，FIN G7145028M，电话 8293 4617，住在 Jurong 的 Kian Teck dormitory。",
        ),
        (
            "assistant",
            "黄先生，您可以直接打 WIC hotline 6438 5122 查询，用您的 FIN G7145028M 查看 case 有没有被 report。如果没有，MOM 会跟进公司。记得保存住院单、MC 和所有收据。",
        ),
        (
            "user",
            "还有一个问题，公司说 MC 完了要我做 light duty 打扫卫生，但医生说脚不能长时间站。",
        ),
        (
            "assistant",
            "Light duty 必须符合医生的 restrictions。如果医生写明不能 prolonged standing，打扫卫生就不合适。请医生在 memo 上写清楚 restrictions，交给公司 HR。如果公司还是坚持，可以告诉 MOM 或联系 Migrant Workers' Centre 6536 2692 寻求帮助。",
        ),
    ],
]
