# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en289: SG/MY organ and body donation programmes and hospital transplant coordinators (pledge cards, donor registries, family consent, kidney waiting lists, living-donor work-ups, bereavement follow-up). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en289
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "pledge_drive_notices"): _lines("""
        Live On roadshow: organ and tissue pledge booth at Toa Payoh HDB Hub atrium, 480 Lorong 6 Toa Payoh, Sat 14 Mar 2026, 10am to 6pm. Free goodie bag with every completed pledge form.
        Under HOTA, Singapore Citizens and PRs aged 21 and above who are not mentally disordered are included as deceased organ donors unless they opt out. Opt-out forms are at every polyclinic counter.
        Pledging your whole body for medical education? The Body Donation Programme office is at MD10, 4 Medical Drive, NUS. Enquiries by e-mail to bodydonation@nus.edu.sg, Mon to Fri.
        NOTICE: The National Organ Transplant Unit counter at SGH Block 6 Level 2 will be closed on Hari Raya Puasa. Urgent matters go through the hospital operator at 6222 3322.
        Public talk: After the Gift - Supporting Donor Families, Wed 8 Apr 2026, 7.30pm, Auditorium, Academia, 20 College Road. Admission free, please register on the SingHealth events page by 1 Apr.
        Reminder for pledgers in Malaysia: after you register online, print your Kad Ikrar Penderma and tell your family. A pledge card in your wallet only helps if your family knows about it.
        Pusat Sumber Transplan Nasional, Tingkat 4, Blok D, Hospital Kuala Lumpur, Jalan Pahang, 50586 Kuala Lumpur. Office hours Mon to Fri 8am to 5pm; closed on public holidays.
        Blood donors and organ pledgers both welcome: joint drive with the Red Cross at Bloodbank@Westgate, 3 Gateway Drive #03-01, next to the lift lobby. Walk-ins accepted until 5.30pm.
        Hong Kong residents can register on the Centralised Organ Donation Register at www.organdonation.gov.hk or at any public hospital patient resource centre; it takes about five minutes.
        Poster copy v3: One donor can save up to 8 lives. Use the Pantone 186C red version for MRT panels and the grey version for hospital lifts. Print files are in /LiveOn/2026/Q2 on the shared drive.
        Temple outreach: volunteers will set up a pledge table after the Sunday Dharma talk at Kong Meng San Phor Kark See Monastery, 88 Bright Hill Road, from 11am. Vegetarian lunch provided.
        Muslim visitors may refer to the 2007 MUIS fatwa on inclusion under HOTA; printed copies in English and Malay are available at the information counter beside the pledge booth.
        Kidney Awareness Week carnival at NKF Centre, 81 Kim Keat Road: free blood pressure and urine screening from 9am, and a cooking demo of low-salt nasi lemak at 2pm in the multipurpose hall.
    """),
    ("en", "registry_config_and_code"): _lines("""
        registry: { region: ap-southeast-1, pledge_table: pledges_v4, retention_days: 3650, encrypt_at_rest: true, kms_key_alias: alias/odr-prod, tz: Asia/Singapore }
        CSV header: pledge_id,pledge_channel,pledge_date,organs_kidney,organs_liver,organs_heart,organs_lungs,organs_corneas,tissue_bone,withdrawn_flag
        2026-02-11T03:42:17+08:00 INFO allocator match_run=KW-2026-0211-01 pool=deceased_kidney candidates_scored=412 crossmatch_pending=3 took_ms=1187
        def cold_ischaemia_hours(clamp_ts: datetime, reperfusion_ts: datetime) -> float: return round((reperfusion_ts - clamp_ts).total_seconds() / 3600, 1)
        ALLOCATION_WEIGHTS = {'waiting_time_years': 1.0, 'hla_mismatch_penalty': -0.5, 'paediatric_bonus': 4.0, 'prior_living_donor_bonus': 4.0}
        WARN pledge-sync 2026-03-02 01:00:05 batch 20260302-A: 17 records rejected, reason=INVALID_CHECKSUM, payloads kept under s3://odr-ingest-errors/2026/03/02/
        sha256(pledge_export_20260301.csv.gpg) = 9f2c4e1a7b3d58e06c1f4a92d7e3b8c05a6f1e2d9c8b7a6f5e4d3c2b1a0f9e8d
        Test fixture only: nric='S0000001I', name='TEST DONOR ONE', dob='1900-01-01'. Never load fixtures into the production pledge table.
        GET /api/v2/registry/stats?from=2025-01-01&to=2025-12-31&group_by=channel -> 200 OK, 3 rows, cache=HIT, etag=W/a91f3c, latency 42 ms
        cron: 0 2 * * * /opt/odr/bin/reconcile --source=death-registry --target=pledges --dry-run=false --notify=notu-ops@example.org
        Release notes v4.7.2 (2026-01-19): fixed a timezone bug where pledges submitted after 23:00 SGT were stamped with the next day; no data migration needed.
        SELECT organ, COUNT(*) AS n FROM transplant_events WHERE event_date >= '2025-01-01' AND donor_type = 'deceased' GROUP BY organ ORDER BY n DESC;
        Feature flag hota_optout_banner=on for locales en-SG and ms-SG; keep it off for zh-SG and ta-SG until Communications approves the translated copy.
    """),
    ("ms", "soalan_lazim_ikrar_organ"): _lines("""
        S: Adakah Islam membenarkan pendermaan organ? J: Muzakarah Jawatankuasa Fatwa Majlis Kebangsaan Bagi Hal Ehwal Ugama Islam Malaysia memutuskan ia harus sejak tahun 1970.
        S: Berapakah umur minimum untuk berikrar? J: Sesiapa yang berumur 18 tahun ke atas boleh mendaftar; bawah 18 tahun memerlukan persetujuan ibu bapa atau penjaga.
        S: Bagaimana mahu mendaftar? J: Daftar dalam talian di laman web rasmi Pusat Sumber Transplan Nasional atau isi borang di mana-mana hospital kerajaan dan klinik kesihatan.
        S: Adakah keluarga perlu dimaklumkan? J: Ya. Di Malaysia waris tetap ditanya untuk memberi persetujuan, jadi bincanglah hasrat anda dengan keluarga dari sekarang.
        S: Adakah jenazah akan lewat dikebumikan? J: Proses pengambilan organ biasanya beberapa jam sahaja dan jenazah diserahkan kepada waris dalam keadaan sempurna.
        S: Bolehkah saya menarik balik ikrar? J: Boleh, pada bila-bila masa, dengan menghubungi Pusat Sumber Transplan Nasional melalui talian pejabat 03-2615 5000 atau e-mel rasmi.
        S: Organ apa yang boleh didermakan? J: Buah pinggang, hati, jantung, paru-paru, kornea, tulang, kulit dan injap jantung, bergantung kepada keadaan penderma semasa meninggal dunia.
        S: Adakah ada bayaran kepada keluarga penderma? J: Tiada. Jual beli organ dilarang di bawah Akta Tisu Manusia 1974 dan boleh dikenakan tindakan undang-undang.
        S: Siapa yang menanggung kos pembedahan? J: Kos berkaitan pengambilan organ ditanggung oleh hospital; keluarga penderma tidak perlu membayar sebarang caj tambahan.
        S: Saya penghidap diabetes, boleh berikrar? J: Boleh. Kelayakan sebenar hanya dinilai oleh pasukan perubatan pada masa kematian, jadi jangan tolak diri anda awal-awal.
        S: Apakah itu mati otak? J: Kehilangan kekal semua fungsi otak termasuk batang otak, disahkan oleh dua pakar melalui dua set ujian berasingan mengikut garis panduan KKM.
        S: Di mana boleh dapatkan kad ikrar fizikal? J: Di kaunter Unit Komunikasi Korporat hospital negeri, atau cetak sendiri daripada e-mel pengesahan pendaftaran anda.
        S: Bolehkah bukan warganegara berikrar? J: Pemegang pas kerja jangka panjang boleh berikrar, tetapi keutamaan penerima tertakluk kepada dasar semasa Kementerian Kesihatan Malaysia.
    """),
    ("zh-Hans", "遗体捐献须知"): _lines("""
        遗体捐献是指自然人生前自愿表示在死亡后，由其执行人将遗体全部或部分捐献给医学科学事业的行为，捐献者须年满十八周岁并具有完全民事行为能力。
        登记地点：各区红十字会遗体器官捐献登记站，办公时间为周一至周五上午九点至下午五点，法定节假日休息，登记时请携带本人有效身份证件原件及复印件。
        捐献者逝世后，请家属在十二小时内拨打接收站二十四小时热线 020-8733 2200，工作人员将在三小时内到达，请勿自行移动遗体或进行防腐处理。
        医学院每年清明节前后在校园纪念园举行遗体捐献者追思会，捐献者亲属及医学生共同献花默哀，欢迎社会各界人士参加，无需预约，现场提供白菊花。
        遗体用于教学和科研的期限一般为三至五年，期满后由接收单位统一火化，骨灰可由家属领回或安放于红十字纪念园，相关费用全部由接收单位承担。
        根据《人体器官捐献和移植条例》（2024年5月1日起施行），任何组织或者个人不得以任何形式买卖人体器官，不得从事与买卖人体器官有关的活动。
        中国人体器官分配与共享计算机系统（COTRS）自2013年起强制使用，公民逝世后捐献的器官必须通过该系统进行分配，任何机构不得在系统外自行分配。
        新加坡国立大学杨潞龄医学院遗体捐献计划依据《医疗（治疗、教育与研究）法》运作，有意者可向学院解剖系索取表格，签署时需两名成年见证人在场。
        花莲慈济大学“无语良师”模拟手术课程每年开课，学员术前向大体老师鞠躬致敬，课程结束后举行缝合、入殓及送灵仪式，马来西亚医学生亦有参加。
        常见问题：捐献遗体后还能举行葬礼吗？答：可以。家属可先举行告别仪式，再由接收站派车接运，整个过程尊重各民族和各宗教的习俗与禁忌。
        黄洁夫教授在担任中国人体器官捐献与移植委员会主任委员期间，多次公开表示公民自愿捐献已成为中国器官移植的唯一合法来源，并呼吁社会支持。
        表单字段说明：捐献类型（全部遗体/角膜/器官）、登记渠道（线上/线下）、登记日期、见证人数量均为必填，提交后系统自动生成“YT-年份-六位流水号”格式的编号。
        纪念碑碑文：“他们用生命的最后一份礼物，成为医学生的第一位老师。”该碑于2019年立于解剖楼前，每逢开学第一课，新生都会在此集体默哀一分钟。
    """),
    ("zh-Hant", "器官捐贈新聞"): _lines("""
        衞生署今日表示，中央器官捐贈登記名冊的登記人數已突破四十萬，但與香港人口相比仍屬偏低，呼籲市民盡早登記，並把捐贈意願告知家人。
        醫務衞生局局長盧寵茂教授出席器官捐贈日活動時指出，家屬拒絕仍是器官短缺的主要原因之一，政府會研究包括預設同意在內的不同方案，以提高捐贈率。
        衛福部公布修正《人體器官移植條例》相關規定，醫院須設置專責移植協調人員，並定期向主管機關通報勸募及摘取情形，違者將依法處分。
        器官捐贈移植登錄及病人自主推廣中心統計，去年全台大愛捐贈者逾三百人，但腎臟等候人數仍超過八千人，平均等候時間長達九年左右。
        民眾可於健保卡加註器官捐贈意願，加註後卡面不會顯示任何字樣，但醫院可透過讀卡機查詢；若欲撤銷，可至各地健保署業務組辦理。
        澳門衛生局表示，仁伯爵綜合醫院將繼續推廣器官捐贈，市民可於各衛生中心索取登記表格，填妥後交回任何一間衛生中心的登記處即可。
        慈濟大學模擬醫學中心今年共有二十四位無語良師啟用，啟用典禮上師生向家屬致謝，課程結束後將舉行入木及送靈儀式，歡迎各界觀禮。
        瑪麗醫院肝臟移植中心成立三十週年，院方回顧首宗活體肝臟移植至今的發展歷程，並宣布新的移植手術室及深切治療病床將於今年年底正式啟用。
        台大醫院器官移植小組表示，心臟停止後器官捐贈（DCD）流程已納入院內標準作業程序，去年已完成多例成功移植，成效與腦死捐贈相若。
        香港腎科學會呼籲，長期洗腎病人人數持續上升，政府應增加腹膜透析資源，並推動交換腎臟移植計劃，為更多活體捐贈者配對合適受者。
        立法會衞生事務委員會今日討論「預設同意」（opt-out）器官捐贈機制，多名議員關注宗教團體意見，以及家屬否決權應如何處理等問題。
        醫院管理局提醒市民，器官捐贈查詢熱線只處理登記事宜，如需索取宣傳單張及海報，可致電 2300 6555 或親臨醫管局大樓地下詢問處。
        電影《姊姊的守護者》改編自茱迪．皮考特同名小說，講述安娜為姊姊凱特捐腎的掙扎，在醫學倫理課上常被用作討論活體捐贈的教材。
    """),
    ("mixed", "coordinator_group_chat"): _lines("""
        Morning all, on-call phone handover done at 0800. Battery at 40% so pls charge at the NOTU office before 2pm ya, spare charger in the second drawer.
        OT 5 confirmed for the retrieval, anaes team ready by 0230. Ambulance vendor ETA loading bay B about 0200. Jom, everyone bring jacket, OT cold sial.
        Pledge booth stock check: left 200 brochures English, 80 Malay, 50 Chinese, Tamil version habis already. Can someone email the printer for 300 more by Friday?
        Reminder: M&M meeting shifted to Thursday 1pm, Seminar Room 2, Level 4. Lunch is Subway, if you want vegetarian tell me by tmr 12 noon. 唔該晒。
        Eh the LifePort machine showed error E-21 again during the test run. Biomed says lid sensor, replacement part arriving Monday. Use the backup unit first hor.
        Audit tomorrow from MOH, pls make sure all consent binders are in the locked cabinet and the key stays with the office, not in anyone's bag. Terima kasih semua!
        Anyone got the updated brain death certification checklist? The intranet one still the 2019 version, the footer should say v6.2 not v5.8 leh.
        Grab code for after-midnight call-outs is in the pinned message, claim under cost centre 4417-TXP. Don't use own card, finance 不报销 ah.
        FYI ICU Level 3 renovation starts 1 April, the family counselling room moves to Level 2, Room 2-14 beside the chapel. Update the signage kit please.
        Stats for Jan: 6 referrals, 2 proceeded to donation, 4 declined or medically unsuitable. Slides for the Director due next Wed, template I share later tonight.
        Tamil translation of the bereavement leaflet came back from the agency, invoice INV-2026-0093 for $480. Can boss approve in the system? 我已经upload了。
        Kopi run at the canteen downstairs, who want? Teh-C kosong, Milo dinosaur, kopi-O siew dai all can, order before 3.15pm ya, after that I go up already.
        Training slot for new coordinators: Family Approach Workshop, 21-22 May, Academia L2. Fee waived for SingHealth staff, register by 30 April through the LMS.
    """),
    ("en", "vendor_invoices_price_lists"): _lines("""
        INVOICE No. PCP-2026-00317 | Prestige Card Printers Pte Ltd (UEN 201812345K) | 5,000 PVC pledge cards, 2-sided full colour | S$1,350.00 + GST 9% = S$1,471.50
        Price list 2026: insulated organ transport box (Type B, 28 L) S$420/unit; ice packs x12 S$36; tamper-evident seals 100 pcs S$55. Island-wide delivery S$25.
        Mdm Chong Memorial Services Pte Ltd: body donation transfer package (hospital to anatomy department, within 24h) from S$780, incl. coffin box, hearse and 1 attendant.
        Quotation Q-0458/26 from Syarikat Bunga Melur Enterprise (SSM 202203104455): 40 floral wreaths for Donor Remembrance Day, RM85 each, total RM3,400, valid 30 days.
        SKU ORS-LKT-101 kidney transporter disposable cassette, box of 6, US$2,940. Lead time 3-4 weeks ex Singapore warehouse, minimum order 2 boxes, FOB Tuas.
        Invoice INV/HKL-TRC/2026/044 - Cetakan Jaya Sdn Bhd, 10,000 risalah ikrar penderma organ (A5, 4 warna), RM2,150.00, SST 8% RM172.00, jumlah RM2,322.00.
        Receipt #000842 Kim Hock Trading: 12 cartons mineral water 500ml and 6 tins Khong Guan assorted biscuits for the family waiting room, S$148.20 paid via PayNow UEN.
        Courier waybill NV-SG-778213409, 2 parcels of pledge brochures to Singapore General Hospital Block 7, delivered 04/03/2026 14:22, received by NOTU reception counter.
        Hotel for visiting transplant faculty: Duxton Hotel, 3 nights, deluxe room S$285++/night, booking ref HX7731Q, billed to Transplant Education Fund cost centre 4417.
        Quotation from Auntie Rosie's Kitchen (UEN 53412345M): buffet for Donor Family Appreciation Tea, 120 pax at S$18.90 per pax, halal-certified, setup from 2pm.
        Purchase order PO-TXP-26-0112: 2 units refurbished Philips IntelliVue MX450 patient monitors, S$6,800 each, 12-month warranty, supplier Medisys Asia Pte Ltd.
        Annual renewal: transplant registry module licence v9.x, 25 named seats, US$18,500 per year, invoice due 31 Jan 2026, payment by TT to the vendor account in the contract.
        Booth rental, Suntec Singapore Convention Centre Level 3, Hall 401, 3m x 3m shell scheme, 2 days, S$2,600; 13A socket S$95; carpet and fascia board included.
    """),
    ("en", "history_and_public_figures"): _lines("""
        In 1954 Joseph Murray's team in Boston performed the first successful kidney transplant, between identical twins Ronald and Richard Herrick; Murray later shared the 1990 Nobel Prize.
        Christiaan Barnard performed the first human-to-human heart transplant at Groote Schuur Hospital, Cape Town, on 3 December 1967; the recipient was Louis Washkansky.
        Singapore passed the Human Organ Transplant Act in 1987, at first covering only kidneys; the 2004 amendment extended it to liver, heart and corneas.
        In 2009 Parliament amended HOTA to allow reasonable reimbursement of living donors' costs while keeping organ trading a criminal offence punishable by fine and jail.
        Malaysia's first kidney transplant was performed at Hospital Kuala Lumpur in 1975; the National Transplant Resource Centre was later set up at the same hospital.
        Health Minister Ong Ye Kung told Parliament that hundreds of patients remain on the kidney waiting list and urged Singaporeans to tell their families their wishes.
        Kazuo Ishiguro's Never Let Me Go follows Kathy H., Tommy and Ruth, clones raised at Hailsham to become organ donors; junior college bioethics clubs often discuss it.
        Health Minister Dzulkefly Ahmad launched a national organ donation awareness campaign in Putrajaya, noting that Malaysia's deceased donation rate remains very low.
        The MUIS fatwa of 2007 stated that Muslims could be included under HOTA, and Muslims in Singapore were brought under the Act from 1 August 2008.
        Atul Gawande's Being Mortal is on the reading list of the coordinators' ethics module, alongside the WHO Guiding Principles on Human Cell, Tissue and Organ Transplantation.
        The Declaration of Istanbul on Organ Trafficking and Transplant Tourism was issued in 2008 and updated in 2018; coordinators cite it when declining paid overseas transplant referrals.
        Thomas Starzl attempted the first human liver transplant in Denver in 1963 and achieved the first successful one in 1967; his later work with tacrolimus changed outcomes worldwide.
        The 1968 Harvard ad hoc committee report defined irreversible coma as a criterion of death, shaping the brain death laws later adopted across Asia, including Singapore and Malaysia.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Pledge form received: Tan Boon Huat, NRIC S7834521G, DOB 23/08/1978, pledged kidneys, liver and corneas, contact 9176 4402, Blk 512 Bedok North Ave 2 #08-331.
        Coordinator note: Mdm Rajeswari d/o Subramaniam, wife of the potential donor, asked for time until her son flies back from Perth before she decides on consent.
        Living donor work-up for Muhammad Hafiz bin Roslan (recipient's brother-in-law): eGFR 94, BMI 31.2, fatty liver on ultrasound, must lose weight before the ethics committee.
        Kidney waiting list export row: WL-0419, Lim Swee Lan, F, 57, blood group B+, on haemodialysis since 2017 at NKF Tampines, PRA 86%, last HLA typing 12/01/2026.
        Please call back Mr Dennis Chua on 8233 0917 after 6pm, he wants to withdraw his late father's body from the anatomy donation programme and is quite upset.
        Bereavement follow-up, 3 months: Mrs Kavitha Nair says she is not sleeping, lost her job at the bank after the funeral and is behind on her HDB loan; refer to MSW.
        From: marcus.desouza81@gmail.com Subject: Can I donate a kidney to my cousin? I am 44, on amlodipine 5mg for hypertension, and working in KL on an employment pass.
        Recipient Jessica Lau Mei Fong, FIN G5129734U, had an acute rejection episode day 9 post-transplant, biopsy Banff IIA, pulsed methylpred; husband asking about the bill.
        Donor family contact sheet: next of kin Ahmad Faizal bin Hamzah (son), 012-448 9027, 27 Jalan SS 2/64, 47300 Petaling Jaya; prefers WhatsApp, Malay or English.
        Ms Priya Ramasamy disclosed at the living-donor interview that she is 10 weeks pregnant, so her liver donation to her father is deferred; she asked us not to tell her husband yet.
        Note for file: the potential donor's brother, Ong Kah Wai, is currently remanded at Changi Prison; consent discussion to be arranged through the prison welfare officer.
        Ah Seng from the Jurong dialysis centre still owes $3,460 in session fees and says he cannot pay until his transplant insurance claim comes through.
        Caller quoted NRIC S6912087C and asked whether her corneas pledge is still on record after she moved to Johor Bahru last year.
        PayNow refund of travel costs to living donor Farah Nadia binti Ismail, DBS account 027-654321-8, amount S$1,280.00, ref LD-REIMB-2026-07.
        Photo attached: scan of an organ donor card signed by Chong Wei Ling, witnessed by her sister Chong Wei Ying on 5 May 2019, found in the patient's wallet at A&E.
        20260214,Goh Chee Keong,S7508816G,M,1975-03-02,O+,kidney,ESRD due to IgA nephropathy,9822 6104,cheekeong.goh@outlook.com
        Mr Jimbun anak Ngau, 62, from Kapit, was told his HbA1c of 10.4 and coronary disease make him unsuitable for transplant listing; he cried in clinic and left early.
        Just the number please: 9654 1187, that's the donor's daughter, call only after 7pm because she works night shift at the airport.
        Grab ride for the donor's widow to 12 Jalan Kembangan, Singapore 419103, booked under the coordinator account; she lives alone and has no car.
        Vehicle SJK 4821 E belongs to the recipient's husband; security agreed to waive his carpark fees while he stays overnight during her transplant.
    """),
    "ms": _lines("""
        Waris penderma, Encik Mohd Azlan bin Yusof (No. KP 780514-10-5523), telah menandatangani borang persetujuan pendermaan buah pinggang dan kornea pada 12/02/2026 jam 3.40 petang.
        Puan Siti Hajar binti Mohd Rosli, 45, pesakit dialisis sejak 2015, memaklumkan suaminya menceraikannya bulan lepas dan kini tiada penjaga untuk sesi rawatan.
        Sila hubungi Cik Nor Aini di talian 019-772 4310 untuk temu janji ujian padanan tisu bagi penderma hidup; beliau adik kepada penerima.
        Alamat rumah penerima: No. 14, Lorong Mawar 3, Taman Sri Muda, 40400 Shah Alam, Selangor. Ubat imunosupresan dihantar ke alamat ini setiap bulan.
        Penderma hidup Kamarul Ariffin bin Zakaria didapati positif hepatitis B semasa saringan; keputusan dimaklumkan bersemuka pada 3 Mac dan beliau minta dirahsiakan daripada majikan.
        Ikrar penderma organ: nama Lee Chee Meng, MyKad 850903-07-5281, e-mel leecheemeng85@yahoo.com, organ: jantung, hati, buah pinggang, kornea. Tarikh: 01/01/2026.
        Makcik Rosnah dari Kampung Baru minta tangguh bayaran hutang ubat RM1,200 kepada farmasi hospital sebab anaknya baru dibuang kerja.
        Akaun Maybank 1620 4418 9032 atas nama Zulkifli bin Abdullah untuk bayaran balik tambang penderma hidup dari Kota Bharu ke Kuala Lumpur.
    """),
    "zh-Hans": _lines("""
        陈先生（陈国栋，身份证号 44010619750823341X）同意捐献其父亲的遗体，联系电话 138 2741 6650，家住广州市天河区龙口西路 88 号 3 栋 1502 室。
        林太说她丈夫肾移植后一直排斥，最近又欠了医院两万多块的住院费，她不想让在读书的孩子们知道这件事。
        阿明今天复诊，肌酐又升到 280，医生说可能要重新排队等肾，他情绪很低落，说不想再洗肾了。
        活体供肝评估：周建国，男，52岁，为儿子捐肝，乙肝表面抗原阴性，轻度脂肪肝，妻子不同意手术，需伦理委员会再次面谈。
        捐献者家属黄美玲（手机 135 0821 9947，邮箱 huangmeiling0821@163.com）希望收到受者的感谢信，但要求不透露她的住址。
        新加坡籍受者吴志豪，NRIC T0245718G，2026年1月在中央医院接受肾移植，出院后在宏茂桥 Blk 621 #05-112 家中静养。
        遗体捐献登记表：姓名 张秀英，性别 女，出生日期 1982-04-17，身份证号 350203198204175029，执行人 丈夫 刘伟，电话 139 5067 2318。
        马来西亚病人李秋菊，怀孕三个月时发现肾衰竭，现在每周三次洗肾，丈夫在新山打工，家里还有三个小孩要照顾。
    """),
    "zh-Hant": _lines("""
        陳太（陳婉儀，香港身份證 K538219(A)）表示丈夫生前已在中央名冊登記，但家姑反對捐贈，需安排第二次家屬會議。
        腎臟輪候名單：黃志強，男，48歲，血型 A，洗腎七年，聯絡電話 9134 2276，住址 沙田禾輋邨豐和樓 1207 室。
        活體捐腎者張淑芬，身分證字號 A227318451，術前檢查發現輕度蛋白尿，暫緩手術，已安排下月回診。
        阿傑說他欠了財務公司十幾萬，問如果他捐腎給爸爸，醫院會不會給他補償，我們已解釋法例禁止。
        捐贈者女兒林雅婷來電（0912-345-678），希望在告別式前取回父親的手錶和婚戒，請病房協助。
        器官捐贈同意書：捐贈者 李建明，身分證 F129047636，同意人 配偶 王美惠，簽署日期 2026/02/08，見證人 醫院社工。
        澳門居民何先生（何家豪，電郵 hokahou1988@macau.ctm.net）詢問母親遺體捐贈給香港大學解剖系的手續，其母患晚期肝癌。
    """),
    "mixed": _lines("""
        Family meeting notes: 女儿 Michelle Teo 说 her mum 生前 never talked about organs, wants time to ask the 师父 first. Contact 9387 6620.
        Eh the recipient uncle Ah Kow 又来 ask when his turn on the kidney list, he said his diabetic foot ulcer getting worse, can someone call him at 016-320 7754?
        Bereavement card to send: Puan Normah binti Said, 8 Jalan Tampoi Indah 2, 81200 Johor Bahru. Her husband donated liver and kidneys last month, dia masih sedih sangat.
        Living donor Vincent 黄 (FIN F2365098M) 的 blood test HIV negative but 他说 he has gambling debt, worried someone pressuring him to donate. Flag for ethics.
        Cik Yap 的 daughter called, 说 ayah dia kena tangkap last week for drink driving, so cannot come for the cross-match on Tuesday.
        Pledge update: Suresh a/l Muniandy, MyKad 900211-14-6037, tukar alamat ke Blok C-12-3, Pangsapuri Seri Ria, Cheras, nombor baru 011-2653 8840.
        Pls update 登记 for 梁先生 (Leung Wai Man) HKID Y402716(5), he moved to Singapore, new email leungwm.sg@gmail.com, 电话 8765 1209.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a writing assistant for the transplant coordinators at a Singapore public hospital. Keep messages short, warm and plain.",
        ),
        (
            "user",
            "Draft an SMS to the donor's son, Mr Kelvin Ng (9021 7745), reminding him of our 3-month bereavement call on Friday at 3pm.",
        ),
        (
            "assistant",
            "Dear Mr Ng, this is the transplant coordinator team. We would like to check in with you on Friday at 3pm, as planned. If another time suits you better, just reply to this message. We are thinking of you and your family.",
        ),
        (
            "user",
            "Add that his mother's corneas helped two people see again, but don't sound like a sales pitch.",
        ),
        (
            "assistant",
            "Dear Mr Ng, this is the transplant coordinator team. We will call you on Friday at 3pm as planned; reply if another time is better. We also wanted you to know that your mother's gift of her corneas has helped two people to see again. We are thinking of you and your family.",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm Nurhidayah, 38, on peritoneal dialysis since 2021 because of lupus nephritis. My NRIC is S8856302F. How long is the kidney waiting list in Singapore and how do I get on it?",
        ),
        (
            "assistant",
            "I'm sorry you're going through this. There's no need to share your NRIC here. In Singapore, your kidney doctor refers you to a transplant centre for assessment; once you're found suitable you're placed on the national deceased-donor list, and waiting time is counted from when you started dialysis. Waits are usually several years. Ask your nephrologist about a referral, and whether any family member could be assessed as a living donor.",
        ),
        ("user", "My husband offered but he has hepatitis B. Does that rule him out?"),
        (
            "assistant",
            "Not always. Hepatitis B in a potential donor needs careful evaluation, and some centres accept donors with certain hepatitis B profiles under strict conditions and recipient protection. Only the transplant team can decide after blood tests and a liver assessment, so please raise it at your referral appointment.",
        ),
    ],
    [
        ("system", "你是一名协助器官与遗体捐献咨询的助手，回答需准确、温和。"),
        (
            "user",
            "我父亲陈振华（身份证 110108196903122877）上周在北京去世，他生前登记过遗体捐献，但我弟弟坚决反对，现在医院说要全体直系亲属同意，我该怎么办？",
        ),
        (
            "assistant",
            "节哀顺变。您不必在这里提供父亲的身份证号。一般来说，逝者生前已书面登记的意愿应当受到尊重，但接收单位在实际操作中通常会征求近亲属的意见，以避免纠纷。建议您先与登记时的红十字会登记站联系，确认登记记录，再请他们的工作人员协助与您弟弟沟通。",
        ),
        ("user", "如果弟弟一直不同意，遗体捐献是不是就做不成了？"),
        (
            "assistant",
            "多数接收站在近亲属有明确异议时会暂缓接收，以家庭和睦为先。您可以请登记站或医学院的协调员安排一次家庭面谈，向您弟弟说明捐献的用途和流程，也可以考虑改为角膜等部分捐献，这有时更容易被家人接受。",
        ),
    ],
    [
        (
            "system",
            "你是香港某公立醫院腎科移植協調員的助理。個案資料：受贈者 鄧美琪，HKID R771034(7)，2026年1月接受屍腎移植，住址 觀塘秀茂坪邨秀明樓 2215 室，電話 6123 8890。",
        ),
        ("user", "幫我寫一封覆診提醒信給她，下星期三早上九點，要空腹抽血。"),
        (
            "assistant",
            "鄧美琪女士：您好！提醒您下星期三上午九時到腎科診所覆診，當日需要空腹抽血，請前一晚十二時後停止進食，可飲少量清水。抗排斥藥請帶同到診所，抽血後才服用。如有查詢，請致電腎科診所。祝早日康復！",
        ),
        ("user", "加一句叫她帶埋身份證同覆診紙。"),
        (
            "assistant",
            "好的，已在信末加上：「覆診當日請帶同香港身份證及覆診紙，以便登記。」其餘內容不變。",
        ),
    ],
    [
        (
            "user",
            "Assalamualaikum. Saya Azman bin Othman, 41, nak derma buah pinggang kepada isteri saya Rohani yang sedang dialisis. Kami tinggal di Kuantan. Apa ujian yang perlu saya buat?",
        ),
        (
            "assistant",
            "Waalaikumussalam. Niat Encik Azman sangat mulia. Biasanya penderma hidup perlu ujian darah (kumpulan darah, padanan tisu dan silang padan), fungsi buah pinggang, ujian air kencing, imbasan CT buah pinggang, pemeriksaan jantung dan penilaian psikososial. Semua ini diatur oleh pasukan transplan di hospital rujukan.",
        ),
        ("user", "Nombor telefon saya 013-908 2214. Boleh tolong simpan dan beritahu hospital?"),
        (
            "assistant",
            "Maaf, saya tidak boleh menyimpan nombor atau menghubungi hospital bagi pihak Encik. Sila minta doktor nefrologi isteri Encik membuat rujukan ke pasukan transplan; mereka akan menghubungi Encik terus untuk temu janji saringan.",
        ),
    ],
    [
        (
            "user",
            "My 阿嬷 Low Ah Moi, 89, passed at TTSH this morning. She signed for body donation to NUS last time, but my uncle don't agree leh, say must 全尸. How ah?",
        ),
        (
            "assistant",
            "I'm very sorry about your grandmother. Under the Medical (Therapy, Education and Research) Act, a signed body donation is her own legal gift, but in practice the school will usually talk to the family first. You could ask the NUS body donation office to speak with your uncle and explain how the body is treated with respect and later cremated.",
        ),
        (
            "user",
            "Can the family still do the wake first? My uncle very particular about the 七天 prayers.",
        ),
        (
            "assistant",
            "Usually the body must be transferred within a short time, so a full wake before transfer is often not possible. Many families hold a memorial service or prayers without the body, and some schools hold an annual thanksgiving ceremony. Please check the exact timing with the programme office today.",
        ),
    ],
    [
        ("system", "You help a Malaysian transplant unit clean spreadsheets. Do not invent data."),
        (
            "user",
            "Dedupe these pledge rows and tell me which to keep: 1) Ng Soo Ling,T1187420C,ngsooling@gmail.com,2024-05-01 2) NG SOO LING,T1187420C,ngsooling@gmail.com,2025-02-11 3) Ravi a/l Gopal,770312-08-6619,ravig77@hotmail.com,2025-07-19",
        ),
        (
            "assistant",
            "Rows 1 and 2 are the same person (same ID and e-mail, only the name case differs). Keep row 2 as it is the latest pledge date, and normalise the name to Ng Soo Ling. Row 3 is unique and should be kept.",
        ),
        ("user", "Thanks. Can you also output the cleaned rows as CSV?"),
        (
            "assistant",
            "name,id_no,email,pledge_date / Ng Soo Ling,T1187420C,ngsooling@gmail.com,2025-02-11 / Ravi a/l Gopal,770312-08-6619,ravig77@hotmail.com,2025-07-19",
        ),
    ],
    [
        ("system", "You summarise case notes for a living-donor kidney programme in Kuala Lumpur."),
        (
            "user",
            "Summarise: Donor candidate Nadia Lim Hui Shan, 33, for her mother. Crossmatch negative. Told psychologist she feels pressured because her brother refused and her mother keeps crying. Works as a tutor, single, lives at 3A Jalan Bukit Pantai, KL.",
        ),
        (
            "assistant",
            "Summary: Nadia Lim Hui Shan, 33, single, is being assessed as a living kidney donor for her mother. Crossmatch is negative. She told the psychologist she feels pressured to donate because her brother refused and her mother is distressed. Recommend an independent donor advocate session and a confidential opt-out before she proceeds.",
        ),
        ("user", "Make it shorter for the ethics committee agenda."),
        (
            "assistant",
            "Donor candidate Nadia Lim Hui Shan (33, daughter of recipient): crossmatch negative; reports family pressure. For discussion: independent advocate review and confidential opt-out option.",
        ),
    ],
    [
        (
            "user",
            "My wife Chen Yi-ting wants to put organ donation on her Taiwan NHI card. Her ID is E288150240. Can I do it for her online while she is working in Singapore?",
        ),
        (
            "assistant",
            "Please don't share her ID number here. In Taiwan, the person who wants to donate needs to sign the consent herself, either on the official organ donation registry website with her own credentials or on a paper form. After processing, the wish is added to her NHI card the next time it is updated or read. A spouse cannot sign on her behalf while she is alive and competent.",
        ),
        ("user", "Ok. If she signs online from Singapore, is that valid?"),
        (
            "assistant",
            "Generally yes, as long as she completes the online form herself and passes the identity check. Some steps may need her NHI card and a card reader, so she should check the registry site for the current requirements before she starts.",
        ),
    ],
    [
        (
            "system",
            "Anda membantu penyelaras transplan di Johor Bahru menterjemah nota. Translate Malay to English faithfully.",
        ),
        (
            "user",
            "Tolong translate: Encik Raju a/l Perumal, 67, bapa kepada penderma, setuju derma buah pinggang dan hati tetapi minta jenazah diserahkan sebelum 6 petang untuk upacara di kuil. Telefon anak: 017-551 3026.",
        ),
        (
            "assistant",
            "Mr Raju a/l Perumal, 67, the donor's father, agrees to donate the kidneys and liver but asks that the body be released before 6pm for the ceremony at the temple. Son's phone number: 017-551 3026.",
        ),
        ("user", "Now make it a handover line for the night shift, Manglish style ok."),
        (
            "assistant",
            "Handover: donor's father Mr Raju a/l Perumal (67) consented kidneys + liver, but body must go back to family before 6pm for temple prayers ok. Son contact 017-551 3026, call him once retrieval timing confirmed.",
        ),
    ],
]
