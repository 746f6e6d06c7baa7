# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat140: chats with an assistant about one's own parole, probation or life after prison (job hunting with a record, reporting officers, family reconciliation, spent convictions). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat140
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "faq"): _lines("""
        Q: Will my record become spent automatically in Singapore? A: Under the Registration of Criminals Act 1949, an eligible record is spent after a 5-year crime-free period; no application is needed.
        Q: Do I have to declare a spent record on a job application? A: Generally no, you may answer 'no' to questions about past convictions, except when applying to bodies listed in the Act's schedule.
        Q: Who can help me find work after release? A: Call the Yellow Ribbon Singapore career centre at 6546 0012 (Mon to Fri, 8.30am to 5.30pm) or e-mail enquiries@yellowribbon.gov.sg for a job-matching slot.
        Q: Does Hong Kong's Rehabilitation of Offenders Ordinance (Cap. 297) cover me? A: Only a first conviction with no more than 3 months' jail or a fine up to HK$10,000, and no reconviction for 3 years.
        Q: What happens if I miss a reporting appointment? A: Contact your supervising officer within 24 hours; repeated absences are reported to the Parole Board and can lead to recall to prison.
        Q: Can I travel overseas while on the Community Based Programme? A: No. Any travel out of Singapore during supervision needs prior written approval from the Singapore Prison Service.
        Q: Where can I get free legal advice on my record? A: The Community Justice Centre runs walk-in clinics at the State Courts, 1 Havelock Square, every Tuesday from 6.30pm to 8.30pm.
        Q: Can a Malaysian criminal record be removed? A: Only in limited cases under the Registration of Criminals and Undesirable Persons Act 1969; call the Legal Aid Centre line 03-2691 3005 for screening.
        Q: How much is a Certificate of No Criminal Conviction? A: The Singapore Police Force charges S$40 per application through its e-service, and processing takes about 14 working days.
        Q: How long is a normal parole reporting session? A: Usually 30 to 45 minutes. Bring your reporting card, your latest payslip and a medical certificate for any day you were absent.
        Q: Can the Taiwan After-Care Association help with a rental deposit? A: Branch offices offer short-term housing subsidies; call the free national line 0800-000-107 to book an intake interview.
        Q: Who organises the Yellow Ribbon Prison Run? A: Yellow Ribbon Singapore together with the Singapore Prison Service; the 2026 edition flags off at Changi Prison Complex at 6.30am.
        Q: My conviction was in Macau. Will a Hong Kong employer see it? A: Not through Hong Kong records; a Macau certificado de registo criminal is issued only to the applicant or with written consent.
    """),
    ("en", "config_and_code"): _lines("""
        REPORTING_REMINDER_CRON=0 8 * * 1-5  # weekday 08:00 SGT push to the parolee app, batch_size=500, retry=3
        curfew_window: {start: '22:00', end: '06:00', tz: 'Asia/Kuala_Lumpur', grace_minutes: 10, alert_channel: 'ops-geofence'}
        POST /api/v2/appointments HTTP/1.1 201 Created in 184 ms, request_id=7f3c9a1e-22b4-4d1a-9c0e-5b8e1f6a3d90, region=ap-southeast-1
        2026-11-03T09:14:22+08:00 INFO sms-gateway sent template PAROLE_REMIND_V3 to 1,284 recipients; failed=7; provider=Twilio; cost=USD 9.63
        SELECT officer_unit, COUNT(*) AS missed FROM check_ins WHERE status = 'MISSED' AND iso_week = '2026-W44' GROUP BY officer_unit;
        const SUPPORT_EMAIL = 'helpdesk@reentry-portal.sg'; // shared inbox of the programme office, monitored 9am to 6pm SGT
        docker run -d -p 8080:8080 --name ankle-monitor-ingest registry.gitlab.com/acme/ingest:1.14.2 --region ap-southeast-1
        ERROR 2026-12-01 23:59:58 geofence-svc: device fleet ZONE_SG_EAST heartbeat gap 00:04:11 (threshold 00:03:00), ticket INC-448120 opened
        ALLOWED_ID_TYPES = ['NRIC', 'FIN', 'MYKAD', 'HKID', 'PRC_RIC', 'TW_NID']  # format validation only, values are never written to logs
        sha256(release_form_template_v7.pdf) = 57b08274abe4b94c7fe93675a7f14329425bf2dca6fa00c8a5227451718cdd1e
        pytest tests/test_spent_rules.py::test_five_year_clear_period -q  ->  3 passed, 0 failed, 1 warning in 0.42s
        ENV=prod; DB_HOST=pg-rehab-01.internal; DB_PORT=5432; POOL_MAX=40; RETENTION_DAYS=2555; LOG_LEVEL=warn; TZ=Asia/Singapore
        git commit -m 'fix(kiosk): reporting kiosk at the Toa Payoh centre rejects QR v2 codes after firmware 3.8.1, closes #2291'
    """),
    ("zh-Hans", "regulations"): _lines("""
        《中华人民共和国社区矫正法》第二条：对被判处管制、宣告缓刑、假释和暂予监外执行的罪犯，依法实行社区矫正。本法自2020年7月1日起施行。
        《社区矫正法》第四条：社区矫正对象依法享有的人身权利、财产权利和其他权利不受侵犯，在就业、就学和享受社会保障等方面不受歧视。
        《刑法》第八十一条：被判处有期徒刑的犯罪分子，执行原判刑期二分之一以上，如果认真遵守监规，接受教育改造，确有悔改表现，没有再犯罪的危险的，可以假释。
        《刑法》第一百条：依法受过刑事处罚的人，在入伍、就业的时候，应当如实向有关单位报告自己曾受过刑事处罚，不得隐瞒；犯罪时不满十八周岁被判处五年有期徒刑以下刑罚的人，免除报告义务。
        《刑事诉讼法》第二百八十六条：犯罪的时候不满十八周岁，被判处五年有期徒刑以下刑罚的，应当对相关犯罪记录予以封存，除司法机关办案需要或者有关单位依法查询外，不得提供。
        《刑法》第八十四条规定，被宣告假释的犯罪分子应当遵守法律、行政法规，服从监督；按照监督机关的规定报告自己的活动情况；遵守关于会客的规定；离开所居住的市、县或者迁居，应当报经批准。
        《刑法》第八十六条：被假释的犯罪分子，在假释考验期限内犯新罪，应当撤销假释，依照本法第七十一条的规定实行数罪并罚；尚未执行完毕的刑期与新罪所判刑罚合并执行。
        《监狱法》第三十七条：对刑满释放人员，当地人民政府帮助其安置生活；丧失劳动能力又无法定赡养人、扶养人和基本生活来源的，由当地人民政府予以救济。
        《监狱法》第三十八条：刑满释放人员依法享有与其他公民平等的权利。各地安置帮教工作办公室应当做好衔接，落实就业指导和技能培训。
        《社区矫正法》第二十九条：符合法定情形的社区矫正对象，经县级司法行政部门负责人批准，可以使用电子定位装置，使用期限一般不得超过三个月。
        《社区矫正法实施办法》规定，社区矫正对象因就医、就学、参与诉讼、处理家庭重大变故等原因确需外出的，应当提前提交书面申请并说明事由、目的地和期限。
        根据《公安机关办理犯罪记录查询工作规定》，个人可以向户籍地或者居住地公安派出所申请查询本人犯罪记录，查询结果以《无犯罪记录证明》或告知函形式出具。
        《社区矫正法》第三十四条：开展社区矫正工作，应当保障社区矫正对象的合法权益；社区矫正的措施和方法应当避免对其正常工作和生活造成不必要的影响。
    """),
    ("zh-Hans", "staff_group_chat"): _lines("""
        【通知】各位同事，本周四下午两点在三楼会议室开月度矫正工作例会，请各网格带上10月份走访台账和电子定位异常统计表，不要迟到。
        街道这边的智慧矫正平台今晚22:00到24:00升级到V3.2，期间App签到会失败，明早统一补录，不算违规，大家提前在工作群里通知一下。
        刚和区人社局对接完，12月18日的安置帮教专场招聘会有27家企业参加，共186个岗位，清单已上传到群文件《专场岗位汇总-1218.xlsx》。
        提醒：新版《社区矫正对象考核奖惩办法》纸质版到了，每个司法所领20本，放在综合科门口的蓝色箱子里，领取后请在登记表上签所名。
        所里的指纹签到机又坏了，报修单号GD-20261203-0117，厂家说周五上午上门维修，这两天先用大厅那台人脸识别终端，记得做好解释。
        下个月开始心理矫治服务外包给阳光心理服务中心，合同编号SFJ-CG-2026-045，每月两次团体辅导，场地用社区党群服务中心二楼。
        统计口径确认一下：在册人数按12月1日零点数据，已解矫的不计入，暂予监外执行的单独列一栏，周三下班前报到科里公共邮箱，逾期系统会自动锁表。
        今天检察院来做巡回检察，重点看请假外出审批和警告材料的归档情况，3号档案柜的卷宗盒编号要和电子台账一一对上，辛苦大家加个班。
        春节前走访慰问物资定了：米面油套装每份198元，共80份，供应商是本地联华超市，发票抬头写区司法局全称，税号找财务要，周五前把报销单交上来。
        法治讲座课件已经发群里了，主题是《刑法》第一百条报告义务和未成年人犯罪记录封存，时长40分钟，各所可以直接拿去用，讲完记得把签到表照片发回群里备案。
        再强调一次：对外发宣传照片时一律不得出现矫正对象正脸、证件号和住址门牌，宣传科审核通过后才能发公众号和视频号，违者按保密规定处理。
        明早八点半在区法院门口集合参加宣告仪式，参加的同事统一着制服，车辆用所里的公务车，回程顺路去一趟区看守所送材料，预计中午十二点前返回所里。
        公益活动报名：本周六上午社区清洁日，地点滨江公园南门，需要4名工作人员带队，群里接龙报名，截止周五中午12点，垃圾袋和手套由街道统一发放。
    """),
    ("zh-Hant", "notices"): _lines("""
        懲教署溫馨提示：院所探訪時間為每日上午九時至下午五時，訪客須出示有效身份證明文件正本，每次探訪以三十分鐘為限，請提早十五分鐘到達。
        香港善導會就業服務中心十二月份工作坊：「面試時如何交代個人背景」，名額20人，費用全免，查詢電話2729 0000，額滿即止。
        法務部矯正署公告：自115年1月1日起，假釋審查會議決議結果將於會後十個工作日內公告於各矯正機關網站，請相關人員及家屬留意，如有疑問可洽各機關服務窗口。
        財團法人臺灣更生保護會臺北分會辦理「更生人創業貸款」說明會，時間：115年12月20日（六）下午2時，地點：分會二樓教室，免費入場。
        澳門法務局社會重返廳通告：2027年度更生人士就業輔導計劃現正接受報名，辦公時間為星期一至五上午9時至下午1時、下午2時30分至5時45分。
        根據《罪犯自新條例》（第297章），符合條件的定罪紀錄在三年後可視為已喪失時效，僱主一般不得因此拒絕聘用，詳情請向法律援助署查詢。
        懲教署「更生先鋒計劃」義工招募：歡迎年滿十八歲人士參加，簡介會將於12月14日下午三時舉行，報名請填妥網上表格，名額有限。
        本中心將於農曆新年期間（2月16日至2月19日）暫停服務，如需緊急協助，請致電24小時熱線或電郵 info@rehab-centre.org.hk 與當值社工聯絡。
        臺灣臺北地方檢察署觀護人室公告：報到時間調整為每週二、四上午9時至12時，請攜帶報到卡及身分證正本，逾時恕不受理，敬請配合。
        更生保護會北區服務處已遷至新北市板橋區文化路一段100號5樓，服務電話(02)2960-0000，週一至週五上午8時30分至下午5時30分。
        香港明愛更新服務「工作試驗計劃」本期提供餐飲、物流及清潔崗位共36個，試工期一個月，津貼每日港幣350元，歡迎更生人士查詢。
        澳門監獄技能培訓成果展將於2026年12月28日在塔石廣場舉行，展出皮革、木工及烘焙作品，所得款項撥入在囚人士家屬援助基金。
        「重返社會」家庭支援小組本月主題為修補家庭關係，逢星期三晚上七時半在本中心活動室舉行，歡迎更生人士與家人一同出席，現場提供茶點及兒童託管服務。
    """),
    ("zh-Hant", "business_reviews"): _lines("""
        「阿明叔的麵包坊」台中公益路分店，菠蘿麵包很酥，店裡貼著一半員工是更生人的說明，服務很客氣，假日下午常常賣完，推薦給大家。
        陳記燒臘（深水埗店）四星：叉燒肥瘦剛好，聽說有參加懲教署的「僱用更生人士」計劃，午市人多要等十五分鐘左右，價錢合理，雙拼飯只要港幣五十八元。
        「再出發咖啡」拿鐵NT$120，空間安靜適合工作，牆上掛著更生保護會頒的感謝狀，唯一缺點是插座太少，週末要早點來佔位，肉桂捲也很推薦。
        兩星：網上訂的更生人手作皮夾等了三週才到，訂單編號 TW-20261105-3381，客服回覆很慢，不過皮件本身品質不錯，縫線很工整。
        搬家公司「新生搬運」報價透明，三房兩廳收費HK$4,800，師傅說公司專門聘請剛出獄的年輕人，搬運過程小心，家具沒有刮花。
        五星！「林媽媽私房菜」的滷肉飯很像家裡的味道，店家多年來教更生朋友學廚藝，每週一公休，想吃的記得避開，附近停車位不多，建議搭公車前往。
        這間教會支持的洗車場員工多為更生人士，洗一次中型車收費港幣180元，打蠟另加80元，等候區有免費咖啡和報紙，整體非常滿意，下次會帶家人的車來洗。
        不推薦：預約了「重生木工坊」週六的體驗課，到現場才說老師請假取消，完全沒有提前通知，退款流程拖了十天才處理好，希望店家改善預約管理。
        三星：矯正機關自營作業的醬油和麻油都不錯，但官網結帳頁面常常當機，試到第三次才成功下單，消費滿NT$1,000免運，出貨算快。
        「Uncle Chan Bakery」氹仔店的蛋撻MOP$10一個，店員說這裡是和社會重返廳合作的培訓點，服務熱情，下午三點出爐最好吃。
        四星：參加了「更生廚房」的餐酒會，每位NT$1,280，主廚分享每道菜背後重新出發的故事，很有意義，只是甜點稍微偏甜，整體仍然值得一試。
        清潔公司「潔新服務」做得很仔細，兩小時收HK$560，公司網站寫明與善導會合作聘請更生人士，服務準時，清潔用品也是自備的，之後會再光顧。
        朋友推薦的「阿嬤的花生糖」一盒NT$250，包裝上寫著由更生人手工製作，甜度剛好不黏牙，過年送禮很體面，宅配兩天就到，已經回購第三次。
    """),
    ("ms", "notices"): _lines("""
        Jabatan Penjara Malaysia: Program Parol membenarkan banduan yang layak menjalani baki hukuman di luar penjara di bawah pengawasan Pegawai Parol, tertakluk kepada syarat ketat.
        Hari Kerjaya Bekas Banduan peringkat negeri Selangor akan diadakan pada 14 Disember 2026, jam 9.00 pagi hingga 4.00 petang di Dewan Orang Ramai Shah Alam. Masuk percuma.
        Makluman: Kaunter Pejabat Parol Daerah Kuantan ditutup pada 25 Disember 2026 sempena cuti umum Hari Krismas. Laporan diri boleh dibuat pada hari bekerja berikutnya.
        Di bawah Akta Pendaftaran Penjenayah dan Orang Tidak Diingini 1969, penghapusan rekod hanya boleh dipohon dalam keadaan tertentu. Sila rujuk Jabatan Bantuan Guaman terdekat.
        Pusat Pemulihan Komuniti menawarkan kursus kemahiran kimpalan dan masakan selama 12 minggu untuk orang di bawah pengawasan. Yuran percuma, elaun harian RM30 disediakan.
        Syarikat yang ingin menyertai Program Pekerjaan Banduan boleh menghubungi Unit Kerjasama Strategik di talian 03-8732 8000 atau e-mel kerjasama@prison.gov.my.
        Peringatan kepada semua Orang Kena Parol: laporan diri mesti dibuat mengikut jadual dalam Kad Laporan. Kegagalan melapor tanpa alasan munasabah boleh menyebabkan parol dibatalkan.
        Notis Mesyuarat: Lembaga Parol Negeri Johor akan bersidang pada 9 Januari 2027, jam 10.00 pagi di Bilik Mesyuarat Aras 3, Ibu Pejabat Penjara Kluang.
        Sumbangan barang keperluan asas untuk keluarga bekas banduan boleh dihantar ke Pertubuhan Kebajikan Insaf, No. 12, Jalan Perusahaan 3, Kawasan Perindustrian Tasek, Ipoh sebelum 31 Disember.
        Jadual Kelas Agama untuk Orang Kena Parol daerah Seremban: setiap Jumaat, 2.30 petang, di surau Pejabat Parol Daerah. Sila bawa Kad Laporan dan tiba 15 minit awal.
        Sistem parol diperkenalkan melalui Akta Penjara (Pindaan) 2008 dan dilaksanakan secara berperingkat di semua penjara di Semenanjung, Sabah dan Sarawak sejak tahun itu.
        Iklan Jawatan Kosong: Kilang perabot di Muar memerlukan 15 operator pengeluaran, gaji RM1,800 sebulan, bekas banduan dialu-alukan. Hubungi bahagian HR di talian 06-951 2200.
        Kempen Beri Peluang Kedua anjuran Jabatan Penjara Malaysia dengan kerjasama PERKESO bermula Januari 2027; majikan yang mengambil bekas banduan layak menerima insentif pengambilan.
    """),
    ("mixed", "news_public_figures"): _lines("""
        Anwar Ibrahim received a full royal pardon from the Yang di-Pertuan Agong on 16 May 2018, membolehkan beliau kembali ke politik and later become Perdana Menteri in November 2022.
        Lembaga Pengampunan halved Najib Razak's 12-year jail term to six years in early 2024, dan denda beliau dikurangkan daripada RM210 juta kepada RM50 juta, sparking public debate.
        前總統陳水扁2015年1月獲准保外就醫, and since then he has had to follow restrictions on political activities set by the Taichung Prison, 引起社會持續討論。
        前特首曾蔭權 was released in January 2019 after serving his sentence for misconduct in public office; 終審法院 later quashed the conviction in June 2019.
        澳門前運輸工務司司長歐文龍 was jailed for more than two decades for corruption, 是澳門回歸後涉及最高級別官員的貪污案, often cited in 廉政公署 training.
        Home Affairs Minister K Shanmugam told Parliament the Yellow Ribbon Project, launched in 2004, has shifted employer mindsets, 让更多雇主愿意聘用 ex-offenders.
        Menteri Dalam Negeri Saifuddin Nasution Ismail said the parole programme helps reduce kesesakan penjara, 并表示政府会扩大 community rehabilitation centres.
        中国《社区矫正法》2020年7月1日施行后, Xinhua reported that community corrections now cover hundreds of thousands of people under 缓刑、假释 supervision nationwide.
        Charles Dickens' novel Great Expectations features the convict Abel Magwitch, dan kisahnya masih digunakan in literature classes to discuss 更生与社会接纳 themes.
        Nelson Mandela's Long Walk to Freedom, ditulis selepas 27 tahun dalam penjara, remains a top pick in 監獄圖書館 reading clubs across Singapore and Malaysia.
        Tim Robbins as Andy Dufresne and Morgan Freeman as Red in The Shawshank Redemption (1994) masih filem paling popular dalam 懲教院所 movie nights, according to staff.
        Hong Kong's Correctional Services Department said its Rehabilitation Pioneer Project reached record participation this year, 懲教署長 thanked volunteer employers publicly.
        Taiwan's Ministry of Justice 法務部 announced expanded 更生人就業獎勵, while ministers from Singapore and Malaysia shared parole data at an ASEAN corrections forum.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, I'm Marcus Tan Wei Liang, released from Changi in March on the Community Based Programme; my reporting officer wants my new employer's letter by Friday.
        My NRIC is S8734125I and the job portal keeps saying my record check failed, even though my 2017 conviction should be spent by now. What should I do?
        Can you rewrite this cover letter? Name: Darren Lim Kok Seng, mobile 9123 4587, email darren.lks88@gmail.com, served 3 years for cheating, now a certified forklift driver.
        My parole officer Mr Rajesh said my curfew is 10pm at my flat, Blk 412 Bedok North Ave 2 #08-1137, but my night shift at the warehouse ends at 11pm. What can I do?
        My brother Kelvin still owes the Ah Long about S$18,000 from before I went in, and they keep calling my mum at 8734 2290. Does my probation stop me from going to the police?
        I'm Siti Aishah binte Rahman, on a probation order until Aug 2027, and I just found out I'm 14 weeks pregnant. Do I need to tell my probation officer?
        Ex-offender here, HIV-positive since 2019, my name is Jason Wong and I'm hiding it from my landlord in Yishun. Can the halfway house tell him without my consent?
        case_id,full_name,dob,release_date,phone | SG-CBP-2026-0412,Nur Hidayah Ismail,1994-06-02,2026-09-15,+65 8821 0476
        2026-11-21 07:58:03 checkin OK user=kumar.s.1979 device_imei=356938035643809 loc=1.3521,103.8198 officer=Tan B.H.
        Dear Sir, I, Tan Ah Huat (HKID K538214(9)), request that my reporting be transferred from Kwun Tong to Tuen Mun as I now live at Flat 12B, Block 3, Siu Hong Court.
        I'm Raymond Chua, my salary at the logistics company is only S$1,950 and I still owe S$6,400 in court-ordered compensation, case DAC-912345-2021. Help me draft an instalment request.
        After my 6 years inside, my wife Priya filed for divorce and won't let me see our daughter Anika, 7. I'm Suresh Nair, 42, on parole since June. How do I ask for access?
    """),
    "zh-Hans": _lines("""
        我叫张国强，身份证号440306198711234632，去年假释出来，现在想去深圳一家物流公司应聘，要不要主动说自己有前科？
        我是社区矫正对象刘海燕，手机13826457193，每周一要到南山区桃源街道司法所报到，下周要去医院做化疗，请假申请怎么写？
        帮我给我妈写封信：妈，我是小军，出狱三个月了，在东莞厂里上班，工资4200，欠二姨的那两万块我每个月还一千。
        我老公王建华缓刑期间又喝酒打我，他的矫正官说要给警告，我想离婚，我们住在成都市武侯区棕北小区7栋2单元501。
        矫正对象信息表：姓名 周明；性别 男；罪名 危险驾驶罪；矫正期限 2026.03.10-2026.09.09；联系电话 159 8812 3307；监护人 周建国（父）
        阿伟刑满释放后一直找不到工作，有抑郁症在吃舍曲林，他想回老家苏州，身份证320502199004172818，帮我看看能不能申请低保。
        我叫陈丽，2019年因为诈骗判了四年，现在孩子在学校被同学说妈妈坐过牢，我该怎么跟班主任沟通这件事？
        银行卡6222 0212 0401 8837 526是我出狱后开的工资卡，户名黄德胜，前老板说因为我有前科要扣我两个月工资，合法吗？
        系统日志 2026-10-08 09:12:44 电子定位越界告警 对象=马晓东 设备号=DW-3307821 位置=武汉市洪山区珞喻路 外出未报批
        我表哥李志鹏在假释考验期，想去广州看刚出生的儿子，车牌粤B·7K3J9，他自己开车过去需要提前报批吗？
    """),
    "zh-Hant": _lines("""
        我係李家明，HKID Y702931(2)，去年喺壁屋監獄出嚟，而家做緊監管令，想問申請保安員牌照會唔會因為案底被拒？
        我叫林志偉，身分證F124736503，假釋中，觀護人要我每兩週到台中地檢報到，但我在彰化工廠上夜班，可以改時間嗎？
        陳太話佢個仔阿輝出獄後唔肯返屋企，成日喺觀塘通宵，仲欠財務公司三萬幾，佢電話係6283 4915，點樣勸佢好？
        更生人求職履歷：黃美玲，女，民國80年生，手機0912-386-475，email meiling.huang80@yahoo.com.tw，專長：烘焙丙級證照。
        我先生吳建成剛假釋出來就被診斷肝癌第三期，我們住在高雄市三民區九如一路502巷17號4樓，他很想跟女兒和好，我該怎麼開口？
        本人何志強，澳門居民身份證號碼5213476(3)，2024年出獄，想申請社會重返廳嘅創業資助，需要準備咩文件？
        觀護紀錄 115/11/02：受保護管束人蔡宗翰（E228519376）尿液檢驗呈陽性，已告誡並通知其母蔡林秀英，下次報到115/11/16。
        我阿爸出獄後同我阿媽離咗婚，佢而家住喺深水埗南昌街一間劏房，我叫Ivy，想問點樣幫佢申請公屋同綜援？
        前男友許家豪假釋期間一直傳訊息騷擾我，他的LINE ID是jiahao_0823，我可以直接向他的觀護人檢舉嗎？
        轉帳紀錄：匯款人 鄭雅婷，帳號 中國信託 822-5401-2298-7736，金額NT$15,000，備註：給爸爸在監所的保管金。
    """),
    "ms": _lines("""
        Saya Mohd Faizal bin Abdullah, No. KP 880314-10-5527, baru dibebaskan dengan parol dari Penjara Kajang. Boleh tolong saya tulis surat mohon kerja di kilang?
        Pegawai parol saya, Encik Zulkifli, minta saya lapor diri setiap Isnin di Pejabat Parol Daerah Klang, tapi saya kerja syif pagi. Nombor saya 012-738 4152.
        Abang saya Hafiz masih berhutang RM12,000 dengan along sebelum masuk penjara, sekarang mereka ugut mak kami di Kampung Baru Sungai Buloh. Apa saya patut buat?
        Nama: Siti Noraini binti Yusof, alamat: No. 27, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam, status: bekas banduan, kes dadah 2019, kini bekerja di kedai makan.
        Suami saya Rosli bin Ahmad baru keluar penjara dan didiagnosis batuk kering (TB), saya risau anak-anak berjangkit. Boleh dia tinggal di rumah semasa parol?
        Boleh semak akaun Maybank 1640 2281 7735 atas nama Kamarul Hisham bin Saad? Majikan kata gaji pertama saya lepas keluar penjara dah masuk tapi saya tak nampak.
        Anak saudara saya, Aiman (17), dapat perintah percubaan selama 2 tahun di Mahkamah Bagi Kanak-Kanak Kota Bharu. Boleh dia sambung SPM tahun depan?
        Borang Laporan Diri OKP: Nama: Ganesan a/l Muniandy | KP: 790922-08-6113 | Tel: 019-552 3841 | Tarikh Lapor: 03/12/2026 | Status: Hadir
        Saya Tan Mei Ling, bekas banduan, gaji saya RM2,100 sebulan sebagai tukang masak tapi majikan baru tahu rekod saya dan nak pecat. Adakah ini sah?
        Kereta plat WXY 4821 milik abang ipar saya, Azlan; saya nak pinjam untuk pergi lapor diri di Seremban, adakah saya dibenarkan memandu semasa parol?
    """),
    "mixed": _lines("""
        Hi AI, saya Ahmad Firdaus, baru keluar dari Penjara Changi last month, NRIC T0158392H. Can help me answer the 'have you ever been convicted' question dalam borang kerja?
        我叫Kelvin Chong，住在 Blk 231 Jurong East St 21 #05-214，parole officer 说我不能跟以前的 friends 来往, but my cousin also has a record, can I still visit him?
        My dad 梁志成 just got out of 赤柱 after 8 years, 佢有糖尿病同腎病, we need to find a clinic near Tsuen Wan, his number is 9137 5028.
        Boss kata boleh hire saya but nak tengok surat pembebasan dulu; nama saya Lee Chee Keong, IC 850711-14-5309, 之前因为吸毒进去两年.
        Please help 写一封道歉信 to my ex-wife Jessica Ho, we divorced while I was inside, 我想见女儿 Chloe once a month, her email is jessica.ho.hk@gmail.com.
        FIN G5529184K, work permit holder, kena probation 18 months for shoplifting at Mustafa, 我老板 said he will cancel my permit. Can he do that?
        My ah ma 林秀珠 keeps crying since I got parole, 她住在 Taman Desa Jaya, Kepong, 家里电话 03-6274 1189, how do I rebuild trust with her?
        Debt list: Ah Long 欠款 RM8,500, kad kredit CIMB RM4,200, my name Wong Jun Hao, keluar penjara Oct 2026, macam mana nak buat pelan bayar balik?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a friendly job-search assistant for people returning to work after a prison sentence in Singapore.",
        ),
        (
            "user",
            "Hi, I'm Benjamin Koh Jia Hui, 31. I was released in May after 2 years for housebreaking. I got an interview at a bakery in Tampines next Tuesday. Should I mention my record?",
        ),
        (
            "assistant",
            "Congratulations on the interview, Benjamin. If the application form asks about convictions and your record is not yet spent, answer honestly. Keep it short: what happened, what you learned, and what you have done since, such as any courses you completed inside.",
        ),
        (
            "user",
            "Ok. Can you put my contact on the resume header? Mobile 9786 2143, email benkoh.jh@outlook.com.",
        ),
        (
            "assistant",
            "Here is your header: Benjamin Koh Jia Hui | 9786 2143 | benkoh.jh@outlook.com | Tampines, Singapore. Next, let us list your baking certificate from the Yellow Ribbon training programme under Skills.",
        ),
    ],
    [
        ("system", "你是一个帮助社区矫正对象了解法律规定的助手，回答要准确、温和。"),
        (
            "user",
            "我叫赵晓峰，身份证510107198503025514，在成都青羊区做社区矫正，缓刑三年。我爸在老家重庆住院了，我想回去照顾一周，怎么请假？",
        ),
        (
            "assistant",
            "赵先生，您好。缓刑期间离开所居住的市、县需要提前向司法所提交书面外出申请，写明事由、目的地、期限，并附上您父亲的住院证明。一般七日以内由司法所审批。",
        ),
        ("user", "那住院证明上写的是我爸赵德明，肺癌晚期，这个要给司法所看吗？"),
        (
            "assistant",
            "需要的。住院证明是审批外出的依据，司法所会按规定保密。建议复印一份写上“仅供请假审批使用”，并保留原件。",
        ),
    ],
    [
        (
            "user",
            "我2021年喺旺角偷嘢，罰咗五千蚊，係第一次犯事。我叫梁嘉欣，HKID R114806(A)。而家見工要唔要講？",
        ),
        (
            "assistant",
            "根據《罪犯自新條例》（第297章），如果係第一次定罪、判罰唔超過三個月監禁或者罰款唔超過一萬港元，而且三年內冇再被定罪，呢個紀錄可以視為已喪失時效，一般見工時可以唔披露。",
        ),
        ("user", "咁如果我想做護士呢？我媽話我一定要講。"),
        (
            "assistant",
            "部分專業註冊同紀律部隊職位唔適用呢個條例，醫療專業註冊可能要求申報。建議你帶同判刑文件去法律援助署或者大律師公會免費法律諮詢計劃查詢清楚。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI yang membantu Orang Kena Parol di Malaysia memahami tanggungjawab mereka.",
        ),
        (
            "user",
            "Assalamualaikum. Saya Khairul Anuar bin Osman, KP 910205-06-5381, parol dari Penjara Penor. Pegawai parol saya minta saya lapor diri di Kuantan tiap dua minggu, tapi saya dapat kerja di Johor Bahru. Macam mana?",
        ),
        (
            "assistant",
            "Waalaikumsalam, Encik Khairul. Anda perlu memohon kebenaran bertukar tempat tinggal daripada Pegawai Parol sebelum berpindah. Sediakan surat tawaran kerja dan alamat baru anda di Johor Bahru.",
        ),
        (
            "user",
            "Alamat baru saya No. 8, Jalan Kenari 12, Taman Bukit Indah, 81200 Johor Bahru. Telefon 013-962 7740.",
        ),
        (
            "assistant",
            "Baik. Masukkan alamat dan nombor itu dalam surat permohonan, kemudian serahkan kepada Pegawai Parol anda di Kuantan. Jangan pindah sebelum kelulusan diterima supaya parol anda tidak terjejas.",
        ),
    ],
    [
        (
            "user",
            "Eh, I just finish my sentence last week lah. My mum 李美华 haven't talk to me for 5 years since I kena jail. 我想写信给她, can help?",
        ),
        (
            "assistant",
            "Of course. A short, honest letter is usually best. Would you like it in Chinese or English, and is there anything specific you want to apologise for or tell her about your plans?",
        ),
        (
            "user",
            "Chinese please. Say sorry for stealing her gold bangle to pay my gambling debt, and tell her I working at 福建面 stall in Geylang now. Sign as 阿杰, her only son.",
        ),
        (
            "assistant",
            "好的，草稿如下：妈，我是阿杰。五年前我拿了您的金手镯去还赌债，这是我一辈子最后悔的事。现在我在芽笼的福建面摊工作，每天准时上班。我不求您马上原谅，只希望有一天能回家吃一顿饭。您唯一的儿子，阿杰。",
        ),
    ],
    [
        ("system", "你是協助臺灣更生人申請資源的AI助理，請用繁體中文回答。"),
        (
            "user",
            "你好，我是許文彬，身分證B183062455，今年三月假釋出獄，想申請更生保護會的創業貸款開早餐店，要準備什麼？",
        ),
        (
            "assistant",
            "許先生您好。一般需要準備：身分證影本、假釋或出監證明、創業計畫書、店面租約草約，以及保證人資料。建議先打電話到您戶籍地的更生保護會分會預約諮詢。",
        ),
        (
            "user",
            "我的觀護人是台南地檢的，我手機0928-541-306，可以直接留給分會嗎？另外我還欠卡債二十幾萬，會影響嗎？",
        ),
        (
            "assistant",
            "可以留手機給分會承辦人聯絡。卡債可能會影響審核，建議先向銀行申請債務協商，並在創業計畫書中說明還款規劃，這樣比較有說服力。",
        ),
    ],
    [
        (
            "system",
            "Case-worker drafting tool. Client profile: Name: Nadia Rahim | DOB: 1996-08-19 | NRIC: S9012764J | Released: 2026-07-01 from Changi Women's Prison | Condition: bipolar disorder, on lithium | Goal: reconcile with sister Farah.",
        ),
        (
            "user",
            "Please draft a short first message from the client to her sister Farah, to be sent through me as case worker.",
        ),
        (
            "assistant",
            "Draft: Hi Farah, it's Nadia. I know I hurt you and the family before I went in. I'm out now, taking my medication regularly and seeing my doctor every month. I'm not asking for anything, I would just like to meet for coffee when you are ready.",
        ),
        ("user", "Good. Shorter, and don't mention the medication."),
        (
            "assistant",
            "Hi Farah, it's Nadia. I'm out now and doing better. I'm sorry for the hurt I caused. If you're ever ready, I'd love to meet for coffee. No pressure.",
        ),
    ],
    [
        (
            "user",
            "我想办无犯罪记录证明去应聘网约车司机，但我2016年因为寻衅滋事被判过一年半。这样还能开网约车吗？",
        ),
        (
            "assistant",
            "根据相关规定，有暴力犯罪记录的人员通常不能从事网约车驾驶。寻衅滋事是否被认定为暴力犯罪，要看平台和当地交通部门的具体审核标准，建议先向当地交通运输主管部门咨询。",
        ),
        (
            "user",
            "我叫孙浩，手机18675520931，住厦门思明区莲前西路88号。我还有乙肝，开车公司会不会知道？",
        ),
        (
            "assistant",
            "孙先生，乙肝病毒携带不属于入职体检可以强制排除的情况，用人单位一般不得以此拒绝录用。体检结果属于个人健康信息，应当保密。你可以把精力放在驾驶资格审核上。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI yang memberi nasihat am tentang kewangan kepada bekas banduan di Malaysia.",
        ),
        (
            "user",
            "Saya Roslan bin Hamid, keluar penjara Ogos lepas. Sebelum masuk saya pinjam RM6,000 dengan along, sekarang dah jadi RM15,000. Mereka simbah cat merah rumah mak saya di Jalan Sentul Pasar.",
        ),
        (
            "assistant",
            "Encik Roslan, ugutan dan khianat ke atas rumah adalah kesalahan jenayah. Buat laporan polis segera dan maklumkan juga kepada Pegawai Parol anda supaya mereka tahu anda mangsa, bukan pesalah.",
        ),
        (
            "user",
            "Along tu namanya Ah Seng, nombor dia 016-338 9021. Saya takut nanti polis ingat saya terlibat balik dengan geng lama.",
        ),
        (
            "assistant",
            "Berikan nama dan nombor itu dalam laporan polis. Melaporkan ugutan menunjukkan anda mematuhi undang-undang. Anda juga boleh minta nasihat percuma daripada Agensi Kaunseling dan Pengurusan Kredit (AKPK) tentang hutang lain.",
        ),
        ("user", "Terima kasih. Mak saya Puan Zainab dah 70 tahun, dia sangat takut sekarang."),
        (
            "assistant",
            "Sama-sama. Untuk keselamatan Puan Zainab, minta polis meningkatkan rondaan di kawasan rumahnya dan pertimbangkan supaya dia tinggal dengan saudara buat sementara waktu.",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for people under supervision in Hong Kong. Answer in English unless asked otherwise.",
        ),
        (
            "user",
            "I'm on a probation order until next June. My fiancee's family is in Shenzhen and we want to register our marriage there in February. Can I cross the border?",
        ),
        (
            "assistant",
            "Probation orders often include a condition about residence and travel. You should ask your probation officer in writing well before February, explaining the purpose and the dates.",
        ),
        (
            "user",
            "My PO is Miss Chan at Sha Tin office. My details: Wong Ka Chun, HKID K605133(2), fiancee Li Xiaoyu, 广东深圳 resident.",
        ),
        (
            "assistant",
            "Thanks, Ka Chun. In your letter to Miss Chan, include your full name Wong Ka Chun, your HKID, the planned travel dates, the address of the marriage registry in Shenzhen and Li Xiaoyu's contact number, and ask for written approval before you book.",
        ),
    ],
    [
        ("user", "我儿子16岁时因为盗窃被判了一年，现在18了，想考大学，犯罪记录会被查到吗？"),
        (
            "assistant",
            "根据《刑事诉讼法》，犯罪时不满十八周岁、被判处五年有期徒刑以下刑罚的，相关犯罪记录应当封存，一般情况下高考报名和录取不会因此受影响，除非是军警类等特殊院校政审。",
        ),
        (
            "user",
            "他叫郑宇轩，身份证350203199212087349……不对，这是我的。他的档案在厦门湖里区法院。学校老师张老师说要去开证明。",
        ),
        (
            "assistant",
            "郑宇轩的记录已封存，一般不需要主动开具犯罪记录相关证明。如果学校要求，可以请老师说明依据。您的身份证号请不要随意发给他人，注意保护个人信息。",
        ),
    ],
    [
        ("system", "Help users write resumes. Users mix Malay and English."),
        (
            "user",
            "Tolong buat resume for me. Nama Muhammad Hakim bin Sulaiman, umur 27, email hakim.sulaiman27@gmail.com, phone 011-2398 4476. Pernah masuk Sekolah Henry Gurney 2016-2019.",
        ),
        (
            "assistant",
            "Sure, Hakim. Do you want to mention Sekolah Henry Gurney directly, or describe it as the vocational training you received there, such as SKM Level 2 in automotive?",
        ),
        (
            "user",
            "Just say SKM Level 2 automotif, tak payah sebut Henry Gurney. Sekarang kerja part-time di bengkel Jalan Kuching.",
        ),
        (
            "assistant",
            "Done. Header: Muhammad Hakim bin Sulaiman | 011-2398 4476 | hakim.sulaiman27@gmail.com. Qualifications: SKM Level 2 Automotive (2019). Experience: Part-time mechanic, workshop on Jalan Kuching, Kuala Lumpur.",
        ),
    ],
    [
        ("system", "你是協助澳門更生人士的AI助理，可用粵語或書面語回答。"),
        (
            "user",
            "我叫區志豪，舊年喺路環監獄出嚟，而家想同前妻復合，但佢唔俾我見個仔。我前妻叫馮詠詩，住喺氹仔花城，點算好？",
        ),
        (
            "assistant",
            "明白你好想見返個仔。可以先透過社會重返廳或者家庭服務中心嘅社工安排調解，由第三方傳達你嘅意願，比直接上門更容易令對方接受。",
        ),
        ("user", "社工話要我留聯絡，我電話係6628 1935，仲有我個仔叫區樂軒，今年八歲。"),
        (
            "assistant",
            "好，將你電話6628 1935同埋想探視樂軒嘅安排交畀社工。亦可以考慮向法院申請探視權，社會重返廳可以轉介法律援助。",
        ),
    ],
    [
        (
            "system",
            "Reintegration support assistant for a halfway house in Kuala Lumpur. Resident record: Tan Kok Wai, MyKad 821115-07-5243, HIV-positive, hepatitis C treatment ongoing, room B-14, sister Tan Siew Lan 012-665 8802 as emergency contact.",
        ),
        (
            "user",
            "The resident wants to know if he can apply for a food delivery rider job with his conditions and his record.",
        ),
        (
            "assistant",
            "He can apply. Neither HIV nor hepatitis C needs to be disclosed to a delivery platform, and his health status is private. The platform may run a background check; he should answer the conviction question honestly if asked.",
        ),
        ("user", "He also asked whether his sister will be told if he misses curfew."),
        (
            "assistant",
            "Under house rules, the emergency contact is only called in a medical emergency or if he is missing for more than 24 hours. A single late return is handled by the house warden, not by calling Tan Siew Lan.",
        ),
    ],
]
