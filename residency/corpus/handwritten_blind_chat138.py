# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat138: chats with an assistant about one's own workplace injury and compensation claim (PERKESO/SOCSO, WICA, employees' compensation in HK, medical leave, employer disputes). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat138
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "faq"): _lines("""
        Q: Do I need a lawyer to claim under WICA? A: No. Claims are processed by MOM and the insurer at no cost; call MOM on 6438 5122 if the employer has not reported within 10 days.
        Q: What counts as medical leave under WICA? A: Outpatient MC or hospitalisation leave certified by a registered doctor, up to 1 year from the accident, paid on the usual payday.
        How is permanent incapacity compensation worked out? Average monthly earnings x multiplying factor (by age at accident) x % of PI assessed, within the limits in the Fourth Schedule.
        PERKESO FAQ: Temporary Disablement Benefit (FHS) is paid for each day of certified MC, provided the MC is at least 4 days including the day of the accident. Hotline 1-300-22-8000.
        Does the Employment Injury Scheme cover commuting accidents? Yes, if it happens on the direct route between place of residence and workplace, or during an authorised break, per Section 24 of Act 4.
        HK Employees' Compensation Ordinance (Cap. 282): the employer must report a work injury causing incapacity of more than 3 days to the Commissioner for Labour within 14 days on Form 2.
        Can my employer make me use annual leave instead of sick leave after an accident at work? No. Certified MC for a work injury is separate from annual leave; raise it with HR or TADM.
        Where is the Form 34 accident notice submitted? Employers file it at the nearest PERKESO office or through the ASSIST Portal; the worker may submit it directly if the employer refuses.
        Periodical payments in HK are 4/5 of the difference between monthly earnings at the time of the accident and earnings during sick leave, paid not later than the normal wage day.
        Checklist before your appointment: original MCs, hospital invoices, payslips for the last 12 months, the incident report number and the acknowledgement of the Form 34 or WICA notice.
        Are foreign workers covered differently? Since 1 Jan 2019, foreign workers in Malaysia fall under SOCSO's Employment Injury Scheme instead of the Workmen's Compensation Act 1952.
        Q: How long do I have to file a WICA claim? A: Within 1 year from the date of the accident, or 1 year from death for fatal cases. Late claims may still be accepted with a good reason.
        FAQ 4.2: Clinic receipts under S$50 may be reimbursed on a scanned copy; anything above that needs the original tax invoice stamped by the clinic, e.g. INV-2025-004417.
    """),
    ("en", "log_lines_and_config"): _lines("""
        2025-08-14T09:12:44+08:00 INFO claims-api v2.7.3 POST /v1/claims 201 claim_id=WIC-2025-0081342 latency_ms=184 region=sg-central
        ERROR 2025-08-14 09:15:02 form34-uploader: PDF exceeds max_size_mb=10 (got 12.6), request_id=7f3a9c2e-41b8-4d0e-9a6b-2c55e1f0a913
        retention_days: 2555  # 7 years of claim records; purge_job: cron('0 3 * * SUN'); encrypt_at_rest: true; kms_key_alias: alias/wc-prod
        SELECT claim_id, accident_date, mc_days, status FROM wc_claims WHERE status = 'PENDING_ASSESSMENT' AND accident_date >= '2025-01-01' ORDER BY accident_date;
        export const MC_MIN_DAYS_FHS = 4; // PERKESO Temporary Disablement: MC must be at least 4 days incl. the accident day
        WARN 2025-09-02 17:40:11 insurer-sync: retry 3/5 for batch BATCH-20250902-07 endpoint=https://api.example-insurer.sg/wica/v3/notices http=503
        claim_id,accident_date,injury_type,body_part,mc_days,hospital_days,pi_percent,status,insurer_ref,last_updated
        docker run -e CLAIMS_DB_URL=postgres://claims_app:changeme@db.internal:5432/wc -p 8080:8080 registry.example.com/wc-portal:1.14.0
        Release notes v3.2.0 (2025-10-01): added HK Form 2 and Form 2B templates, fixed rounding of 4/5 periodical payments, bumped pdfbox to 3.0.3.
        DEBUG mc_calculator: start=2025-07-21 end=2025-08-03 days=14 hospital=0 rate_basis=avg_monthly_earnings_12m result_days_payable=14
        sha256 3b9f1c0a7e52d4418c6a0f2e9d7b5c31a8e4f6029d1b7c3e5a9f0d2c4b6e8a17  wc-portal-3.2.0-linux-amd64.tar.gz
        ALERT 2025-11-18 02:00:00 cron purge_expired_attachments removed 1,284 files older than 2555 days from s3://wc-archive-prod/forms/
        payload example: {"form": "34", "employer_code": "E1234567890A", "accident_type": "commuting", "mc_days": 7, "lang": "ms-MY"}
    """),
    ("zh-Hans", "通知公告"): _lines("""
        关于做好2025年度工伤认定申请受理工作的通知：用人单位应当自事故伤害发生之日起30日内提出工伤认定申请，逾期未申请的，在此期间发生的工伤待遇等费用由该用人单位负担。
        温馨提示：用人单位未按规定提出申请的，职工或者其近亲属、工会组织可在事故伤害发生之日起1年内直接向统筹地区社会保险行政部门提出工伤认定申请。咨询电话12333。
        本中心工伤认定受理窗口办公时间：周一至周五上午9:00-12:00，下午14:00-17:30；地址：滨江区政务服务中心二楼B区12-15号窗口，法定节假日不对外办公。
        停工留薪期一般不超过12个月；伤情严重或者情况特殊，经设区的市级劳动能力鉴定委员会确认，可以适当延长，但延长不得超过12个月。停工留薪期内原工资福利待遇不变。
        劳动能力鉴定现场鉴定安排：2025年9月16日（周二）上午8:30起，请被鉴定人携带身份证原件、病历、影像资料及《劳动能力鉴定申请表》到三楼鉴定室候检。
        系统维护公告：工伤保险网上经办平台将于2025年10月11日22:00至次日06:00停机升级（版本V5.3.1），期间暂停工伤备案及医疗费用报销申报，给您带来不便敬请谅解。
        企业工伤预防培训报名通知：本期课程面向建筑、制造、物流行业安全管理人员，时间2025年11月5日，地点区职工服务中心多功能厅，名额120人，额满即止。
        关于公布一次性工亡补助金标准的通知：2025年度一次性工亡补助金标准为1,083,760元，即上一年度全国城镇居民人均可支配收入的20倍，自2025年1月1日起执行。
        工伤职工就医提示：请到签订服务协议的工伤保险协议医疗机构就医；情况紧急时可先到就近医疗机构急救，病情稳定后及时转往协议机构，否则费用不予支付。
        工伤医疗费用报销所需材料：工伤认定决定书、医疗费用发票原件、费用明细清单、出院小结复印件、《工伤医疗费用报销申请表》，需加盖单位公章。
        公告编号：人社工伤〔2025〕第047号。本批次共受理工伤认定申请386件，其中认定为工伤352件，不予认定21件，中止13件，结果已通过短信通知各用人单位。
        复议诉讼权利告知：申请人或用人单位对工伤认定决定不服的，可自收到决定书之日起60日内申请行政复议，或者在6个月内依法向人民法院提起行政诉讼。
        市职业病防治院门诊调整：自2025年12月1日起，每周三下午加开职业性噪声聋及尘肺病专病门诊，预约请通过医院微信公众号或拨打预约专线020-83368000。
    """),
    ("zh-Hant", "faq"): _lines("""
        問：受傷後僱主要我放年假，唔計工傷病假，合法嗎？答：根據《僱員補償條例》，僱員因工傷暫時喪失工作能力期間可獲定期付款，僱主不應以年假代替。
        第282章《僱員補償條例》規定，僱主須在意外發生後14天內以表格2向勞工處處長呈報；如意外導致死亡，須在7天內呈報，違者可被檢控。
        勞工處一般查詢熱線：2717 1771（由1823接聽）；亦可親臨各區僱員補償科辦事處，辦公時間為星期一至五上午8時45分至下午5時45分。
        台灣職災保險問答：《勞工職業災害保險及保護法》自2022年5月1日施行，受僱於登記有案事業單位的勞工，不論僱用人數均應強制加保。勞動部諮詢專線1955。
        職災醫療給付：勞工因職業傷病至全民健保特約醫療院所就醫，應出具「職業傷病門診單」或「住院申請書」，可免繳部分負擔及住院膳食費用的一半。
        傷病給付怎麼算？不能工作之第4日起發給，前2個月按平均月投保薪資發給，第3個月起按平均月投保薪資70%發給，每半個月給付一次，最長以2年為限。
        如對僱員補償評估委員會的評估結果有異議，可向勞工處查詢覆核安排，或透過法律援助署向區域法院提出申索；申請前請保留所有病假證明書及收據。
        問：返工途中喺港鐵站跌倒算唔算工傷？答：一般唔算，除非係乘坐僱主安排嘅交通工具，或者當時正為僱主執行職務；詳情可致電勞工處查詢。
        澳門僱主必須為僱員購買工作意外及職業病保險；發生意外後應盡快通知承保保險公司並保留醫療單據，查詢可聯絡勞工事務局或保險公司客戶服務部。
        醫生證明書須註明病假日期及診斷，私家診所發出的證明同樣有效；醫療費可按條例規定的每日上限向僱主申索，請保留收據正本以便核對。
        表格2B適用於導致喪失工作能力不超過3天的工傷個案；超過3天或導致死亡的個案，僱主須改用表格2呈報，並附上相關醫療證明。
        勞動部職安署提醒：營造業墜落災害占重大職災比例偏高，請事業單位落實開口護欄及安全帶使用，違反《職業安全衛生法》者最高可處新臺幣30萬元罰鍰。
        僱員補償網上查詢服務提供個案進度查閱，使用前須輸入勞工處檔案編號（格式如EC/YYYY/NNNNNN）及查詢密碼，系統於每日凌晨2時至4時維護。
    """),
    ("zh-Hant", "新聞"): _lines("""
        勞工及福利局局長孫玉菡今日出席立法會人力事務委員會會議，表示當局會適時檢討《僱員補償條例》下的各項補償金額，並會先諮詢勞工顧問委員會。
        新加坡人力部長陳詩龍在國會答問時表示，政府會繼續檢討工傷賠償索償的處理時間，並鼓勵僱主在意外發生後盡早透過網上系統向人力部申報。
        馬來西亞人力資源部長沈志強宣布，社會保險機構（PERKESO）將擴大職業病篩查計劃，涵蓋更多製造業及建築業工人，並加強重返工作計劃。
        勞動部長洪申翰表示，《勞工職業災害保險及保護法》上路以來投保人數持續增加，部會將加強職災預防與職能復健服務，協助受災勞工重返職場。
        勞工處今日公布上半年職業安全統計，建造業仍然錄得最多致命工業意外，當局呼籲承建商加強高處工作、吊運作業及密閉空間工作的安全管理。
        職業安全健康局宣布推出新一輪中小企安全設備資助計劃，合資格僱主可獲最高港幣4萬元資助購置防墮設備，申請期至2025年12月31日截止。
        澳門勞工事務局表示，已就路環一宗工地墮樓意外展開調查，並再次提醒僱主必須為所有僱員購買工作意外及職業病保險，違者將被科處罰款。
        香港《工人補償條例》於1953年制定，1980年更名為《僱員補償條例》，至今仍是本港處理工傷補償的主要法例，歷年經多次修訂提高補償水平。
        2018年，時任行政長官林鄭月娥在施政報告中提出取消強積金「對沖」安排，相關改革最終於2025年5月1日正式實施，政府並推出為期25年的資助計劃。
        國際勞工組織總幹事Gilbert Houngbo在世界職業安全健康日發表聲明，呼籲各國把安全及健康的工作環境視為基本勞動權利。
        新加坡修訂後的《工傷賠償法令》於2020年9月1日生效，提高了永久喪失工作能力及死亡個案的賠償上限，並加快索償處理程序。
        PERKESO總執行長拿督斯里莫哈末阿茲曼在記者會上表示，去年通勤意外個案佔整體工傷通報近三成，其中以上下班途中的機車騎士為主。
        某科技大廠發言人今日表示，公司將全力配合主管機關調查南部科學園區承攬商工安事件，並協助家屬處理後續職災補償及保險理賠事宜。
    """),
    ("ms", "notis"): _lines("""
        Makluman: Kaunter PERKESO Pejabat Cawangan Shah Alam ditutup pada 16 September 2025 sempena Hari Malaysia. Urusan tuntutan boleh dibuat melalui portal ASSIST.
        Faedah Hilang Upaya Sementara (FHS) dibayar pada kadar 80% daripada purata gaji harian, tertakluk kepada kadar minimum dan had gaji bercarum yang sedang berkuat kuasa.
        Notis Tarikh Akhir: Majikan wajib melaporkan kemalangan pekerjaan kepada PERKESO menggunakan Borang 34 dalam tempoh 48 jam dari masa kemalangan diketahui.
        Talian Khidmat Pelanggan PERKESO 1-300-22-8000 beroperasi Isnin hingga Jumaat 8.00 pagi hingga 5.00 petang; e-mel perkeso@perkeso.gov.my untuk pertanyaan umum.
        Program Return to Work (RTW) PERKESO membantu pekerja yang cedera kembali bekerja melalui pemulihan fizikal dan vokasional di Pusat Rehabilitasi PERKESO Tun Abdul Razak, Melaka.
        Pemberitahuan kepada majikan: Caruman Skim Bencana Pekerjaan ialah 1.25% daripada gaji bulanan pekerja dan ditanggung sepenuhnya oleh majikan.
        Jadual Lembaga Perubatan: Sesi penilaian hilang upaya kekal bagi kes bulan Oktober diadakan di Hospital Sultanah Aminah, Johor Bahru, setiap Khamis jam 9.00 pagi.
        Peringatan: Tuntutan Faedah Perubatan tanpa resit asal atau sijil cuti sakit (MC) yang sah akan ditolak. Sila semak senarai klinik panel di laman www.perkeso.gov.my.
        Mesyuarat Jawatankuasa Keselamatan dan Kesihatan Pekerjaan (JKKP) Kilang Batu Pahat akan diadakan pada 3 Disember 2025, 2.30 petang di Bilik Mesyuarat Aras 2.
        Pekerja bebas seperti penunggang p-hailing dan pemandu e-hailing wajib mencarum di bawah Akta Keselamatan Sosial Pekerjaan Sendiri 2017 (Akta 789).
        Invois No. PKL-INV-2025-11873: Klinik Panel Medijaya Sdn Bhd (201801023456 / 1283344-K), rawatan susulan kes bencana pekerjaan, jumlah RM185.00, tempoh bayaran 30 hari.
        Kemaskini Sistem: Modul e-Notis Borang 34 versi 4.1.2 kini menyokong muat naik gambar lokasi kemalangan (JPG/PNG, maksimum 5MB setiap fail).
        Kedai Ubat Ah Seng (Taman Perling) menerima preskripsi panel PERKESO untuk ubat tahan sakit dan pembalut; alamat kedai: No. 18, Jalan Perling 2, 81200 Johor Bahru.
    """),
    ("ms", "senarai_harga"): _lines("""
        Senarai Harga Fisioterapi Klinik Sihat Bersama: sesi penilaian awal RM120, sesi rawatan susulan RM90, pakej 10 sesi RM800 (surat jaminan panel PERKESO diterima).
        Harga pendakap lutut (knee brace) jenis berengsel SKU KB-HNG-L: RM249.00; saiz S/M/L/XL; boleh dituntut di bawah Faedah Perubatan dengan preskripsi doktor.
        Kerusi roda ringan aluminium model WR-22 boleh lipat: RM680.00 sebiji, sewa bulanan RM95, deposit RM200 dikembalikan. Hubungi kedai 03-5521 8890 untuk tempahan.
        Caj pemeriksaan X-ray: dada RM60, pergelangan tangan RM80, tulang belakang lumbar RM120; laporan pakar radiologi tambahan RM50 setiap kajian.
        MRI lutut tanpa kontras RM850, dengan kontras RM1,150; harga termasuk laporan radiologi. Pembayaran melalui surat jaminan PERKESO atau insurans diterima.
        Pakej Pemulihan Tangan (hand therapy) 6 minggu: 12 sesi terapi carakerja + splint termoplastik tersuai, jumlah RM1,480. Harga sah sehingga 31.12.2025.
        Senarai harga kasut keselamatan: Safety Jogger X1100N RM289, King's KWD805 RM239, Bata Industrials Bickz 202 RM159. Diskaun 10% untuk pembelian korporat.
        Yuran konsultasi pakar ortopedik: RM150 (pertama), RM100 (susulan); laporan perubatan untuk tuntutan insurans RM250 sesalinan, siap dalam 14 hari bekerja.
        Tongkat ketiak aluminium boleh laras sepasang RM75, tongkat berkaki empat (quad cane) RM98, walking frame RM165. Stok terhad, harga termasuk SST.
        Sewa katil hospital elektrik 3 fungsi: RM380 sebulan, penghantaran dan pemasangan RM120 dalam Lembah Klang. WhatsApp kedai: 012-338 4410 (9 pagi - 6 petang).
        Caj salinan rekod perubatan: RM30 untuk 1-20 muka surat, RM1 setiap muka surat tambahan; salinan filem X-ray dalam bentuk CD RM40 sekeping.
        Counterpain 120g RM28.90, Salonpas Patch 20 keping RM16.50, Voltaren Emulgel 50g RM32.00 di Farmasi Ah Kow Sdn Bhd, Jalan Pasar Baru, Klang.
        Pakej pemeriksaan kesihatan kembali bekerja (fitness to work): RM320 termasuk ujian darah, ECG, audiometri dan ujian fungsi paru-paru, keputusan dalam 3 hari.
    """),
    ("mixed", "group_chat_staff"): _lines("""
        [09:02] HR Team: Reminder semua, any accident on site kena report dalam group ni dulu, then fill Borang 34 by 5pm today ok. Jangan tunggu esok.
        [09:15] Safety Dept: Level 3 staircase tu licin lepas mop, dah letak signage Caution Wet Floor. Pls guna lift barang sampai 11am.
        [10:40] 安全主任: 今日下午2点有toolbox meeting，讲ladder safety，所有forklift operator都要出席 ah，签到表放在guardhouse。
        [11:05] Admin: Panel clinic baru kita sekarang Klinik Mediviron Taman Sri Muda, buka 24 jam. Bawa staff pass and company letter masa pergi.
        [13:20] HR Team: WICA insurer dah tukar, new policy no. WC-2025-SG-448812 effective 1 Oct. Accidents before that still go to the old insurer ya.
        [14:02] 人事部: 各位同事，工伤申报流程已更新到V2.1，请到内网 HR Portal > Forms > 工伤申报 下载最新版本，旧表格不再接受 thanks。
        [15:30] Supervisor Line B: Machine 7 guard rosak, dah lock-out tag-out. Maintenance ETA 4pm. Please don't bypass the interlock, kita baru ada near miss minggu lepas.
        [16:45] Safety Dept: Total LTI-free days sekarang 126 hari. Target kita 200 sebelum audit ISO 45001 bulan Februari, jangan rosakkan record ni 🎯
        [17:10] HR同事: 提醒大家MC记得upload到HR系统 within 3 days, 不然payroll会当作unpaid leave计算哦，clinic收据也一起上传。
        [08:30] Ops Manager: Tomorrow's site walk with the MOM inspector at 10am, Tuas South Ave 2 warehouse. Full PPE please, helmet + vest + boots.
        [12:12] 安全部: 新到的safety harness型号3M DBI-SALA ExoFit，共40套，已放在Store B，领取请登记asset tag编号，用完要挂回去。
        [18:00] Admin: Insurance claim submission for November closes on 28/11. Any medical bills after that date go into the December batch, ok?
        [07:55] Night Shift Supervisor: Forklift FL-03 battery overheating again, dah report kat vendor Toyota Material Handling, ticket TMH-MY-250917-0042.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        My name is Darren Koh Wei Liang, NRIC S8834521F. I fractured my left wrist on 12 Aug at the Tuas warehouse and my boss says I shouldn't claim WICA.
        Can you check if this MC is valid? It's from Raffles Medical, 14 days, for Priya d/o Suresh Kumar, diagnosis lumbar disc prolapse L4-L5.
        My employer still owes me $3,420 in MC wages since June. I'm Lim Jia Hui, the lawyer can reach me at 9127 4408 any time after 6pm.
        FIN G5523187N is my work permit number. I'm Rahim, crane operator from Bangladesh, my finger got crushed and the company sent me home without pay.
        Please send the claim form to my home: Blk 412 Bedok North Ave 2, #08-117, Singapore 460412, attention Ms Chua Mei Ling.
        Tan Boon Hock,S7612093J,2025-06-03,right ankle fracture,45,PENDING,+65 8265 1193
        Ah Keat from our line fell off the mezzanine last Friday; HR told him he'd be sacked if he went to MOM, and his wife is 7 months pregnant.
        I'm Wong Siu Fong, HKID Y482317(5). My employer says the 4/5 periodical payment only starts after I go back to work. Is that right?
        Accident report AR-0912: injured worker Muthu Rajendran, 41, admitted to Ng Teng Fong General Hospital with head injury; next of kin wife Kavitha, 9033 7821.
        My bank details for the WICA payout: DBS Savings 027-1-183456-9, account holder Ong Kah Seng. The insurer keeps asking for it again.
        Sharon Yeo from HR (sharon.yeo.hr@gmail.com) keeps emailing me to sign a $2,000 settlement letter even though my PI assessment hasn't come out.
        Just diagnosed with carpal tunnel syndrome in both hands after 9 years on the assembly line. Jason Teo, 38, on light duty and scared I'll lose my job.
    """),
    "zh-Hans": _lines("""
        我叫王建国，身份证号320582198507163415，去年在昆山工厂搬货时腰椎骨折，公司一直不给我申请工伤认定，该怎么办？
        陈师傅的手机是13962187734，他是我们车间的班长，可以给我作证那天机器没有装防护罩。
        我老公刘志强在工地上摔伤，现在还在医院ICU，公司只给了两万块钱就不管了，还欠着他三个月工资。
        地址：广东省东莞市长安镇乌沙社区兴业路88号3栋502室，收件人：赵红梅，电话15817624093，请把劳动仲裁的材料寄到这里。
        小李（李晓燕）上个月流产了，医生说跟长期站岗和搬重物有关，她想问能不能算职业病，但不想让领导知道。
        工伤认定申请表——姓名：黄海涛，性别：男，出生日期：1990年3月12日，受伤部位：右手食指、中指，诊断：开放性骨折，单位：东莞某五金制品有限公司。
        我的工资卡是中国建设银行 6217 0033 2001 5847 362，公司说停工留薪期的工资打到这个卡里，但三个月都没到账。
        周阿姨在食堂烫伤了手臂，二度烫伤，她今年58岁还没有社保，老板说她是临时工不给赔。
        鉴定结果出来了：张伟，九级伤残，一次性伤残补助金按9个月本人工资计算，我月薪6,800元，公司说只按最低工资算。
        我弟弟孙浩在深圳一家快递公司做分拣，手指被传送带卷进去截掉一节，他的微信是sunhao_1996，麻烦律师加他一下。
    """),
    "zh-Hant": _lines("""
        本人陳家豪，香港身份證號碼R739418(2)，2025年7月在觀塘地盤從棚架跌落，左腳骨折，判頭話唔會幫我報工傷。
        我老婆何美寶喺酒樓廚房滑倒，腰骨受傷，醫生俾咗三個月病假，老闆而家話要炒佢。佢電話6398 2714。
        林太的兒子在工廠被機器夾傷右手，現在在瑪麗醫院骨科病房，家裡還欠財務公司八萬元，她很擔心。
        我是台中的吳佳蓉，身分證字號B223461587，在物流倉庫被堆高機撞到，骨盆骨折，公司說我是承攬不是員工。
        請把職災補償款匯入：臺灣銀行員林分行，帳號045-004-31852-6，戶名張志明，謝謝。
        地址：新界沙田禾輋邨豐和樓18樓1806室，收件人：梁國輝先生，請把表格2的副本寄給我。
        阿芬係我哋公司嘅清潔姐姐，佢喺後樓梯跌親之後一直有抑鬱，而家喺葵涌醫院覆診，佢唔想公司知。
        我係澳門嘅鄭志偉，身份證5218437(3)，喺酒店做廚師時俾滾油燙傷手，保險公司一直拖住唔賠。
        車牌KT 4921嘅貨車司機黃sir喺卸貨時被尾板壓傷腳，佢係我哋公司同事，想問佢可以點索償。
        申請人：蔡淑芬；出生日期：1979年11月2日；電話：0932-518-207；傷病名稱：右肩旋轉肌撕裂；事故日期：2025年5月20日。
    """),
    "ms": _lines("""
        Saya Mohd Faizal bin Rahman, No. KP 850621-10-5573, jari saya putus dua ruas masa kerja di kilang plastik Klang, majikan belum hantar Borang 34.
        Boleh tak pegawai PERKESO call saya? Nama Nurul Aina binti Kamarudin, telefon 013-627 4185, kes kemalangan perjalanan ke tempat kerja.
        Alamat rumah saya: No. 27, Jalan Melor 3/4, Taman Sri Melor, 43000 Kajang, Selangor. Sila hantar surat keputusan Lembaga Perubatan ke sini. - Encik Rosli
        Abang saya Azman kena kacau dengan along sebab hutang RM12,000 lepas dia tak boleh kerja sebab kaki patah, majikan pula tak bayar gaji masa MC.
        Akaun Maybank 1142 8820 3571, nama pemegang Suresh a/l Muniandy, untuk bayaran Faedah Hilang Upaya Sementara.
        Kak Yati dari bahagian pembungkusan disahkan ada asma pekerjaan (occupational asthma), doktor suruh dia berhenti kerja terus.
        Pekerja: Lai Kok Meng, No. KP 780304-08-6121, tarikh kemalangan 14/07/2025, kecederaan: lengan kanan patah, cuti sakit 60 hari.
        Saya nak tanya pasal isteri saya, Farah Hanim, dia mengandung 5 bulan dan jatuh di tangga pejabat, doktor bagi MC seminggu. Boleh claim PERKESO tak?
        Nombor plat motosikal saya WXY 8823, saya kena langgar masa on the way ke kilang pukul 6.40 pagi, repot polis No. KAJANG/012345/25.
        Emel saya hafiz.zulkifli88@yahoo.com, tolong forward salinan laporan perubatan Hospital Kuala Lumpur. Saya Hafiz, kes kecederaan belakang di tapak binaan.
    """),
    "mixed": _lines("""
        Hi, 我叫Tan Mei Hua, IC 900215-14-5528, kena accident kat kilang Senai, tangan kanan骨折, boss tak nak isi Borang 34 leh.
        My 老公 Kelvin Chong 在Jurong的shipyard受伤，现在NTFGH ward 6B, his hp 8712 3390, can help us check WICA claim status?
        Boss話我MC太多要cut我salary, 我係Leung Ka Wai, 做delivery跌斷手, HKID Z651204(9), 咁樣合法咩?
        Attached photo of my X-ray and MC 🙏 Nama saya Kumar a/l Segaran, 019-774 2156, pls 帮我看下 employer boleh potong gaji or not.
        我表哥阿强 (Lim Ah Keong) kena retrench lepas injury, dia still owe bank RM45k car loan, depressed sangat now.
        Form details: Name 陳郁婷 Chen Yu-Ting, ID F228816402, mobile 0968-225-731, diagnosis 腰椎椎間盤突出, employer 某電子廠.
        Can 你帮我写封email to HR? I'm Goh Swee Lan, NRIC T0312874C, 19岁 intern, got burnt on my arm at the kitchen last week.
        Delivery rider here, plate JRT 5521, 名字Ahmad Danial, accident dekat Jalan Tebrau, platform says I'm not an employee so cannot claim 工伤.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a helpful assistant that explains Singapore work injury compensation in plain English.",
        ),
        (
            "user",
            "Hi, I'm Marcus Lee Jun Hao, NRIC S9012847B. I slipped on oil at the loading bay on 3 Sept and tore a ligament in my knee. My supervisor says if I claim WICA I won't get my bonus. What should I do?",
        ),
        (
            "assistant",
            "I'm sorry about your knee. Under WICA your employer must report an injury with more than 3 days of MC to MOM within 10 days, and it is an offence to penalise you for making a claim. Keep your MCs and receipts, and you can call MOM on 6438 5122 to check whether a report was filed.",
        ),
        (
            "user",
            "OK. Can I still claim if the report wasn't filed? The MC is 21 days from Mount Alvernia.",
        ),
        (
            "assistant",
            "Yes. You can file the claim yourself online within 1 year of the accident. Have the 21-day MC, the incident date and your employer's UEN ready.",
        ),
    ],
    [
        (
            "user",
            "我在宁波一家注塑厂上班，上个月右手被模具压伤，断了两根手指。公司说我没签劳动合同，不算工伤。",
        ),
        (
            "assistant",
            "没有书面劳动合同不影响工伤认定，只要能证明存在事实劳动关系，比如工资转账记录、工牌、考勤记录或同事证言。单位不申请的，您本人可以在事故发生之日起1年内向当地人社部门申请。",
        ),
        (
            "user",
            "好的，我叫何志斌，电话18857426610，工资都是老板个人微信转给我的，这个能算证据吗？",
        ),
        (
            "assistant",
            "可以作为证据。建议把微信转账记录截图并导出账单，保留聊天记录中涉及上班安排的内容，一并提交给劳动争议仲裁委员会确认劳动关系。",
        ),
    ],
    [
        (
            "system",
            "用戶資料：陳秀英，香港身份證E294871(6)，職業：保安員，僱主：某物業管理公司。請以廣東話回答。",
        ),
        (
            "user",
            "我喺大廈巡樓嗰陣喺後樓梯跌親，扭傷腰，醫生俾咗兩個禮拜病假，但公司話保安唔計工傷。",
        ),
        (
            "assistant",
            "根據《僱員補償條例》，只要意外係受僱期間因工作引致，就算係保安員都受保障。僱主要喺14日內用表格2向勞工處呈報，病假期間你可以收返五分之四嘅差額作為定期付款。",
        ),
        ("user", "咁如果公司唔肯報，我可以自己搵勞工處？"),
        (
            "assistant",
            "可以，你可以直接聯絡勞工處僱員補償科，帶齊病假紙、醫療收據同埋受僱證明，職員會跟進。",
        ),
    ],
    [
        (
            "user",
            "Assalamualaikum, saya Noraini binti Hassan, No. KP 870915-03-5482. Saya cedera tulang belakang masa angkat kotak di gudang Shah Alam, MC 30 hari.",
        ),
        (
            "assistant",
            "Waalaikumsalam. Kemalangan semasa bekerja dilindungi di bawah Skim Bencana Pekerjaan PERKESO. Majikan perlu hantar Borang 34 dan anda boleh tuntut Faedah Hilang Upaya Sementara untuk tempoh MC yang disahkan doktor.",
        ),
        ("user", "Majikan kata saya kena guna cuti tahunan dulu. Betul ke?"),
        (
            "assistant",
            "Tidak. MC akibat kecederaan kerja tidak sepatutnya ditolak daripada cuti tahunan. Anda boleh rujuk ke pejabat PERKESO berdekatan atau Jabatan Tenaga Kerja jika majikan berkeras.",
        ),
    ],
    [
        (
            "user",
            "Hi, 我在Singapore做cleaner, last week 在 Toa Payoh 的 office 滑倒，手腕骨裂. HR says MC only can claim 5 days?",
        ),
        (
            "assistant",
            "Under WICA, you are entitled to MC wages for the full period certified by the doctor, up to 1 year, not just 5 days. 如果HR坚持，你可以直接联系MOM。",
        ),
        (
            "user",
            "好的 thanks. Can you help me write an email? My name is Yeo Ah Lian, email yeoahlian1968@hotmail.com, employee no. doesn't matter la.",
        ),
        (
            "assistant",
            "Sure. Subject: Request for MC wages under WICA. Dear HR, I am Yeo Ah Lian and I fractured my wrist at work last week. My doctor certified MC for the full recovery period. Please pay my MC wages as required under WICA and confirm the report to MOM. Replies can be sent to yeoahlian1968@hotmail.com. Thank you.",
        ),
    ],
    [
        (
            "user",
            "我在桃園的電子廠上夜班，上個月被機台夾傷左手，休養中。公司說職災期間只發基本工資。",
        ),
        (
            "assistant",
            "依《勞動基準法》第59條，職災醫療期間雇主應按原領工資數額予以補償，並非只發基本工資；另外職災保險的傷病給付可以抵充部分雇主責任。",
        ),
        (
            "user",
            "了解。我的資料：林佩君，身分證H224735918，郵局帳號 0001234-0567891，要怎麼申請傷病給付？",
        ),
        (
            "assistant",
            "請填寫勞保局的職災傷病給付申請書，附上醫院診斷書及您本人的郵局存簿封面影本，由投保單位蓋章後送件。若公司不配合，可以自行寄送並附說明。",
        ),
    ],
    [
        (
            "system",
            "You assist migrant workers in Malaysia with SOCSO questions. Be short and kind.",
        ),
        (
            "user",
            "Sir, I am Bikash Tamang from Nepal, passport PA7712394, I work construction in Cheras. A steel bar fell on my foot, broken. Company send me to clinic only one time.",
        ),
        (
            "assistant",
            "I am sorry. As a foreign worker in Malaysia you are covered by SOCSO's Employment Injury Scheme. Your employer must report the accident with Form 34. You can get medical treatment and daily payment while on MC.",
        ),
        (
            "user",
            "Agent keep my passport, I cannot go to office. My phone 011-2684 3319. Can SOCSO call me?",
        ),
        (
            "assistant",
            "Employers or agents are not allowed to keep your passport. You can call the SOCSO hotline 1-300-22-8000 and ask them to contact you, or ask an NGO to go with you to the nearest SOCSO office.",
        ),
    ],
    [
        ("user", "我爸爸上周在工地从脚手架上摔下来，没抢救过来。我们是河南人，在杭州打工。"),
        (
            "assistant",
            "非常抱歉听到这个消息。因工死亡的，近亲属可以领取丧葬补助金、供养亲属抚恤金和一次性工亡补助金。单位需要在30日内申请工伤认定，否则家属可以在1年内自行申请。",
        ),
        ("user", "我爸叫孙国平，身份证412724196804152917，包工头说他是临时工，只愿意私了给十万。"),
        (
            "assistant",
            "临时工同样可以认定为工伤，十万元远低于法定标准。建议先不要签任何私了协议，保留工地照片、工友证言和工资记录，尽快向杭州当地人社部门提出工伤认定申请。",
        ),
    ],
    [
        ("system", "You are an assistant for Hong Kong employees. Draft documents when asked."),
        (
            "user",
            "Please draft a short letter to my employer asking for a copy of Form 2. I'm Chan Wing Yan, staying at Flat 12C, Block 3, Tai Po Centre, Tai Po, N.T. Injury date 8 Oct 2025.",
        ),
        (
            "assistant",
            "Dear Sir/Madam, I, Chan Wing Yan, was injured at work on 8 October 2025. Under the Employees' Compensation Ordinance, please provide me with a copy of the Form 2 report submitted to the Labour Department. Please send it to Flat 12C, Block 3, Tai Po Centre, Tai Po, N.T. Yours faithfully, Chan Wing Yan",
        ),
        ("user", "Thanks, can you make it a bit more formal?"),
        (
            "assistant",
            "Certainly. I will add a request for a reply within 14 days and mention that you may contact the Labour Department if no copy is provided.",
        ),
    ],
    [
        (
            "user",
            "Saya penghantar makanan, kena langgar kereta masa hantar order kat Bangsar. Platform kata saya bukan pekerja.",
        ),
        (
            "assistant",
            "Penunggang p-hailing dilindungi di bawah Skim Keselamatan Sosial Pekerjaan Sendiri (Akta 789) jika caruman dibuat. Semak sama ada caruman SKSPS dipotong melalui aplikasi platform.",
        ),
        (
            "user",
            "Nama saya Irfan Hakimi bin Yusof, motosikal VEK 3391, kaki kiri patah, MC 45 hari. Macam mana nak tuntut?",
        ),
        (
            "assistant",
            "Sediakan laporan polis, MC, resit rawatan dan bukti caruman SKSPS. Hantar tuntutan di pejabat PERKESO terdekat atau melalui portal. Simpan juga rekod order pada masa kemalangan sebagai bukti anda sedang bekerja.",
        ),
    ],
    [
        (
            "system",
            "Case notes from caseworker: client Vijay a/l Ramasamy, 52, diabetic, below-knee wound from factory cut not healing, tel 016-449 2087. Answer in Malay-English mix.",
        ),
        ("user", "Boleh explain kenapa PERKESO minta Lembaga Perubatan untuk kes saya?"),
        (
            "assistant",
            "Encik Vijay, sebab luka di kaki tu tak sembuh dan mungkin ada kesan kekal, PERKESO perlu assess hilang upaya kekal through Lembaga Perubatan. Keputusan tu akan tentukan Faedah Hilang Upaya Kekal. Bawa semua report doktor, including diabetes record, masa appointment.",
        ),
        ("user", "Ok noted, thanks."),
    ],
    [
        ("user", "我喺澳門一間酒店做房務，執房嗰陣彎腰拉傷背脊，醫生話要休息三個禮拜。"),
        (
            "assistant",
            "在澳門，僱主須為僱員購買工作意外及職業病保險。工作期間因工作導致的受傷屬工作意外，休息期間可獲暫時無能力的損害賠償，請保留醫生證明及單據。",
        ),
        (
            "user",
            "我叫李婉婷，澳門身份證7309214(1)，電話6652 8031，主管叫我唔好報保險話會影響部門獎金，點算？",
        ),
        (
            "assistant",
            "主管無權阻止你申報。你可以要求人事部提供保單資料，或者直接向勞工事務局求助，說明主管嘅要求，並保留相關訊息作證據。",
        ),
    ],
    [
        (
            "system",
            "CRM record loaded: claimant=Nicholas Seah Kok Wee; NRIC=S8576239H; mobile=+65 9734 0158; injury=lumbar strain; employer=logistics firm; status=awaiting insurer decision.",
        ),
        ("user", "Any update on my claim? It's been 6 weeks."),
        (
            "assistant",
            "Your claim is still awaiting the insurer's decision. Insurers usually need medical reports before assessing. If there is no Notice of Assessment after a reasonable time, you can ask MOM to follow up on the case.",
        ),
        ("user", "Can I go back to work part time while waiting?"),
        (
            "assistant",
            "Yes, if your doctor certifies you fit for light duties. Tell the insurer so your MC wages are adjusted correctly.",
        ),
    ],
    [
        (
            "user",
            "Hi 我在新加坡做工程，三个月前机器砸到头，现在常常头痛，晚上睡不着，医生说是post-concussion syndrome加depression。",
        ),
        (
            "assistant",
            "很抱歉你经历这些。头部受伤后的持续症状和因此引起的抑郁，如果医生认为与工伤有关，可以纳入WICA的医疗费用和MC工资申索范围。",
        ),
        (
            "user",
            "我是Zhou Hai Bin，FIN M4412907L，公司说 depression 跟工作无关 不肯付心理医生的钱。",
        ),
        (
            "assistant",
            "建议请主治医生写一份报告，说明抑郁与头部外伤的关系，然后交给保险公司和MOM。如果保险公司拒绝，你可以提出异议，由MOM进行评估。",
        ),
        ("user", "ok 谢谢 我明天去问医生。"),
    ],
]
