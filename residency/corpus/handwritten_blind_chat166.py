# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat166: chats with an assistant about one's own fertility treatment (IVF costs, egg freezing, a partner's sperm test, miscarriages, clinics abroad, family pressure to have children). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat166
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "price_list"): _lines("""
        IVF Package A (fresh cycle, up to 10 oocytes retrieved): S$12,800 before GST; medication billed separately, est. S$2,500–S$5,000 depending on protocol.
        Elective egg freezing (age 21–35): S$9,600 per cycle incl. retrieval, vitrification and first-year storage; storage thereafter S$600/yr.
        Semen analysis (WHO 6th ed. criteria) RM180; sperm DNA fragmentation (SCSA) RM850; results in 5 working days. Enquiries: +60 3-2780 5566 (clinic line).
        ICSI add-on: S$1,800 | Assisted hatching: S$450 | EmbryoGlue: S$380 | PGT-A per embryo: S$950 (min. 4 embryos per biopsy batch).
        Frozen embryo transfer (FET), natural cycle: RM6,500; HRT cycle: RM7,200. Prices valid 1 Jan–31 Dec 2026, 8% SST applies to non-medical items only.
        Medisave for ART: up to S$6,000 for the 1st cycle, S$5,000 for the 2nd, S$4,000 for the 3rd and after; lifetime cap S$15,000 per patient (MOH guidance).
        Cryostorage renewal — embryos RM1,200/yr; oocytes RM1,000/yr; sperm straws RM450/yr. Late renewal surcharge RM150 after 30 days.
        IUI cycle with letrozole stimulation: RM2,300 incl. 2 follicle scans, sperm wash and insemination; hCG trigger (Ovidrel 250 mcg) RM185 extra.
        Hong Kong guide: IVF fresh cycle HK$75,000–HK$95,000 in private centres; public-sector waiting time at Prince of Wales Hospital currently 18–24 months.
        Consultation fees: first visit with fertility specialist S$180; review S$120; tele-consult S$95. Cancellations less than 24h before are charged S$50.
        Donor sperm (imported, ID-release donor) from RM4,800 per straw; shipping from Aarhus in a dry cryo-shipper approx. RM2,200 per consignment.
        Gonal-f 900 IU pen RM1,950 | Menopur 75 IU x10 vials RM1,320 | Cetrotide 0.25 mg RM210 per vial | Cyclogest 400 mg x15 RM98.
        Corporate fertility benefit, Gold tier: claims up to S$10,000/yr; quote invoice no. and clinic UEN 201534567W when e-mailing hr-benefits@example.com.sg.
    """),
    ("zh-Hans", "医院公告"): _lines("""
        【停诊通知】生殖医学中心取卵室因设备年检，6月14日（周六）暂停取卵及移植手术，已预约患者请改约至6月16日后，咨询电话010-8226 5000（工作日8:00-17:00）。
        本中心自2026年3月1日起实行夫妻双方身份证、结婚证现场核验制度，请就诊时携带原件，复印件不予受理，详见《人类辅助生殖技术管理办法》。
        医保局通知：取卵术、胚胎移植术等16项辅助生殖项目已纳入医保甲类报销，门诊按比例支付，具体政策请咨询12345政务服务便民热线。
        精液检查须知：检查前禁欲2-7天，取精后1小时内送检，不可使用普通避孕套收集。男科取精室位于门诊楼3层东侧，编号M301至M306。
        冻卵咨询门诊每周二、周四下午开放，请通过“健康北京”APP或本中心微信公众号预约挂号，现场号每日限20个，额满即止，初诊请携带近半年内的检查报告。
        胚胎冷冻保存费每年1200元，请于到期前30日内续费；逾期6个月未续费且无法取得联系的，将按《知情同意书》第7条约定处理。
        温馨提示：促排期间请勿轻信网上“包成功”“包生男孩”等广告，非医学需要的胎儿性别鉴定属违法行为，举报电话12320卫生热线。
        华康生殖医学门诊部（上海市徐汇区漕溪北路398号3楼）本周六上午开展不孕不育公益义诊，名额100个，现场凭号就诊，咨询热线021-5420 8800。
        试管周期患者每日注射时间请固定在19:00-21:00之间，夜针（HCG扳机）具体时间以医生短信通知为准，请勿自行调整。
        因春节假期，胚胎实验室2月15日至2月22日不接收新周期进周，已进周患者按原方案执行，假期值班电话021-6438 7720。
        第三代试管（PGT）须经医院生殖医学伦理委员会审批，材料包括遗传咨询记录、家系图及基因检测报告，审批周期约15个工作日。
        门诊收费处支持医保电子凭证、微信、支付宝及银联卡，电子票据请在“财政电子票据查验平台”凭票据代码和校验码查询真伪，如需纸质发票请到1楼窗口办理。
        本院不提供任何形式的代孕服务，网上以本院名义进行的代孕宣传均属虚假，本院已于2026年4月3日向公安机关报案，请广大患者提高警惕、谨防上当。
    """),
    ("zh-Hant", "常見問題"): _lines("""
        問：凍卵可以保存多久？答：根據香港《人類生殖科技條例》（第561章），配子一般可儲存10年，符合條件者可申請延長儲存期。
        問：台灣單身女性可以做試管嗎？答：依現行《人工生殖法》，僅限有婚姻關係的不孕夫妻接受人工生殖，單身女性目前只能凍卵，不能植入。
        問：政府有補助嗎？答：國健署「擴大不孕症試管嬰兒補助方案」，未滿40歲每胎最多補助6次，首次最高補助新臺幣10萬元，須於國健署合約機構接受療程。
        問：取卵會痛嗎？答：一般在靜脈麻醉下進行，約15至20分鐘，術後休息約2小時即可離院，當日請勿自行駕駛，並建議由家人或朋友陪同返家休息。
        問：先生的精液報告寫「活動力不足」怎麼辦？答：建議先戒菸酒、規律作息，三個月後複檢，因精子生成週期約74天，過早複檢未必能反映生活調整的效果。
        問：植入後幾天可以驗孕？答：一般在植入後第9至11天抽血驗β-hCG，過早使用驗孕棒可能出現偽陰性，或受破卵針影響出現偽陽性。
        問：預約專線是多少？答：請致電診所 +852 2388 6600，或 WhatsApp +852 5180 2211（只限文字查詢，不設語音通話）。
        問：澳門有試管嬰兒服務嗎？答：澳門有公立及私營不孕症門診可作初步檢查，部分療程或需轉介往香港或珠海的生殖中心進行，詳情請向家庭醫生查詢。
        問：胚胎可以帶去外國嗎？答：須先向人類生殖科技管理局申請許可，並由認可冷凍運輸公司以液氮乾式運送罐寄送，整個申請程序一般需時四至六星期。
        問：流產後多久可以再做植入？答：一般建議等待一至兩次月經週期，並確認血液hCG已降回5 mIU/mL以下，身心都準備好再開始新一個療程。
        問：診所地址在哪？答：尖沙咀彌敦道132號美麗華廣場A座12樓1203室，港鐵尖沙咀站B1出口步行約3分鐘，大廈設有付費停車場，請預留時間。
        問：電子報告如何查詢？答：請登入本診所App，輸入報告編號（格式如 RPT-2026-004518）查詢；本診所不會以電郵傳送任何報告。
        問：可以用信用卡分期嗎？答：滙豐、中銀及恒生信用卡可享12個月免息分期，單筆滿HK$20,000適用，詳見收費表第3頁。
    """),
    ("ms", "senarai_produk"): _lines("""
        Ujian Ovulasi Clearblue Digital 20 batang – RM139.00, stok asal dari pengedar sah, tarikh luput 09/2027. Penghantaran 2-3 hari ke Semenanjung.
        Asid Folik 5mg (100 biji) – RM18.90. SKU: HVD-FA5-100. Sesuai untuk persediaan hamil, sila rujuk doktor atau ahli farmasi sebelum guna.
        Kit ujian kehamilan, beli 3 percuma 1! Kedai: Farmasi Mak Teh Sdn Bhd (No. Syarikat 201801023456), Jalan Tuanku Abdul Rahman, Kuala Lumpur.
        Jamu Kesuburan Wanita 30 kapsul – RM45.00, berdaftar KKM MAL19976543TC. Untuk wanita dewasa sahaja, tidak sesuai untuk ibu mengandung.
        CoQ10 200mg Blackmores 30 kapsul RM89.90 | Vitamin D3 1000IU 60 kapsul RM39.90 | Bundle Persediaan IVF RM119 (jimat RM10.80).
        Termometer BBT digital 2 titik perpuluhan, paparan 36.55°C, memori 30 bacaan, bateri CR2032 disertakan. Harga RM32.50, waranti 6 bulan.
        Pesanan #2604181234MYX telah dihantar melalui J&T Express, nombor penjejakan JT7788123456MY. Anggaran sampai 21 Apr 2026.
        Teh Herba Subur Kasih 20 uncang – RM25, keluaran Herba Pak Din Enterprise (JM0876543-P), Kampung Baru, Melaka. Halal JAKIM.
        Ulasan kedai: Penghantaran cepat, bungkusan kemas, kotak ujian ovulasi sampai tanpa kemek. Penjual balas chat dalam 5 minit. 5 bintang.
        Kusyen selepas prosedur pindahan embrio, memory foam, sarung boleh tanggal dan basuh, saiz 45x45cm. Warna: krim, kelabu, merah jambu. RM59.
        Produk ini berdaftar KKM. Jangan guna bersama ubat kesuburan preskripsi (contohnya Clomid, Letrozole) tanpa nasihat doktor pakar O&G.
        Pek Pantang Tradisional Mak Andam Seri (set 7 hari) – RM168; WhatsApp kedai +60 11-2345 6789, waktu operasi 9 pagi hingga 6 petang.
        Elevit Pronatal 100 biji RM169.00 (harga asal RM199.00), promosi 4.4 sehingga 4 April 2026 jam 23:59. Had 2 unit bagi setiap pelanggan.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Lab update: Incubator 3 (EmbryoScope+) CO2 reading back to 6.0% after sensor recalibration, OK to load Day 3 culture dishes by 14:00 ya.
        各位注意，明天 OT1 retrieval 排了6台，第一台07:45开始，麻醉科已 confirm，请护士6:30前到齐 setup。
        Stok Menopur tinggal 12 vial je, dah order dengan supplier, PO-2026-0412, ETA hari Khamis. Jangan promise dekat patient dulu ya.
        Reminder: LN2 top-up for dewars A1–A4 every Mon & Thu, log in the sheet. Last week dewar A3 was at 18cm, below the 20cm threshold, pls check.
        今日 andrology 收了9份 semen sample，2份需要 repeat（volume 不足），已经 SMS 通知，不用再打电话 follow up。
        Kalau ada walk-in tanya pasal egg freezing package, bagi brochure versi Apr 2026 (yang warna ungu), harga dalam brochure lama dah tak valid.
        MOH audit on 22 May: please make sure consent form v5.2 is used for all new cycles; old v5.1 stack pls shred by Friday.
        前台注意：五一假期5月1日至5日停诊，自动回复已经设置好，hotline 转到 on-call 线 +60 3-7955 1234 ext 9。
        Timelapse video export for weekly embryo grading meeting: 用 batch script 导出，不要手动 screenshot，file name 统一用 cycle date。
        Aircond dalam embryology lab bocor sikit dekat panel 2, dah report kat facility, ticket FM-88213. Tolong letak tuala dulu.
        PGT-A results batch 0426 已经从 lab partner 回来，共38个 biopsy，euploid rate 41%，detail 在 shared drive/PGT/2026-04。
        Team lunch Jumaat ni at Nando's Mid Valley, 12:30pm, department belanja sempena JCI re-accreditation 🎉 RSVP by Wed.
        Ultrasound room 2 Voluson E10 probe cracked, vendor coming 3pm, service request SR-00458812, guna room 1 & 3 dulu hari ni.
    """),
    ("en", "config_and_logs"): _lines("""
        2026-04-18T09:14:22+08:00 INFO incubator.monitor unit=EMB-03 temp=37.0C co2=6.0% o2=5.1% status=OK fw=2.4.11
        2026-04-18T09:15:03+08:00 WARN cryo.dewar id=A3 ln2_level_cm=18.2 threshold_cm=20 action=notify_channel channel=lab-ops
        retention_policy: { embryo_images_days: 3650, consent_scans_days: 3650, audit_log_days: 2555, export_region: ap-southeast-1 }
        POST /api/v2/cycles/{cycle_id}/transfer 201 Created latency_ms=184 build=ivf-portal@3.8.2 sha=9f3c2a1e7b
        SELECT clinic_code, COUNT(*) AS fet_count FROM transfers WHERE transfer_date >= '2026-01-01' GROUP BY clinic_code ORDER BY fet_count DESC;
        FERTILITY_PORTAL_SMTP_FROM=no-reply@fertility-portal.example.com FERTILITY_PORTAL_SMS_SENDER=IVFCLINIC TZ=Asia/Singapore
        CSV header: cycle_date,clinic_code,protocol,oocytes_retrieved,mii_count,fert_2pn,blastocysts_d5,blastocysts_d6,pgt_sent,euploid
        docker push fertility-lims:2026.04.1 digest sha256:4b1d7e0c92aa5f3e88d1c0b7a6e2f9d1c3b5a7e9f0d2c4b6a8e0f1d3c5b7a9e1
        def amh_band(ng_ml: float) -> str: return 'low' if ng_ml < 1.1 else 'normal' if ng_ml <= 3.5 else 'high'  # Bologna cut-off
        2026-04-19 02:00:01 cron backup-lims finished: 14,882 rows, 312 MB, target s3://clinic-backup-example/lims/2026-04-19.tar.gz
        feature_flags: pgt_report_pdf=true, whatsapp_reminders=false, egg_freezing_calculator=v2, locales=[en, zh-Hans, zh-Hant, ms]
        ERROR 2026-04-19 10:22:47 hl7.listener ORU^R01 rejected: missing OBX-5 value for test code SA-MOT (sperm motility), msg_ctrl_id=MC20260419-00731
        Changelog v3.8.2: fix stimulation-day counter off by one after DST change; add Malay translations for FET instructions; bump pydicom to 2.4.4.
    """),
    ("zh-Hans", "历史与新闻"): _lines("""
        1978年7月25日，世界首例试管婴儿路易丝·布朗在英国奥尔德姆出生，主导研究的罗伯特·爱德华兹于2010年获诺贝尔生理学或医学奖。
        1988年3月10日，北京医科大学第三医院张丽珠教授团队迎来中国大陆首例试管婴儿，张丽珠因此被誉为“神州试管婴儿之母”。
        卢光琇教授是我国人类精子库建设和生殖工程研究的开拓者之一，1980年代即在长沙开展人工授精和精子冷冻保存研究，曾长期在中南大学湘雅医学院从事教学科研工作。
        2023年起，全国多个省份陆续将部分辅助生殖技术项目纳入医保支付范围，北京、广西、甘肃等地率先落地实施，患者在定点医疗机构就诊可按规定直接结算。
        国家卫健委新闻发布会表示，将进一步规范辅助生殖机构设置和审批，严厉打击代孕、非法采卵和非法性别鉴定行为，并鼓励群众通过12320热线举报相关违法线索。
        早在2002年，《吉林省人口与计划生育条例》就规定达到法定婚龄决定终身不再结婚的妇女可采用合法医学辅助生育技术手段生育一个子女。
        演员徐静蕾曾在公开采访中谈及自己在美国冷冻卵子的经历，相关话题多次登上微博热搜，带动公众和媒体对女性冻卵这一话题的持续关注和讨论。
        2024年，北京市第一中级人民法院对一起单身女性冻卵纠纷案作出二审判决，驳回上诉、维持原判，引发社会对生殖伦理和单身女性生育权的广泛讨论。
        《人类辅助生殖技术规范》（2003年修订）规定，每周期移植胚胎总数不得超过3个，其中35岁以下妇女第一次助孕周期移植不得超过2个。
        据国家统计局公布的数据，2024年全国出生人口954万人，人口出生率为6.77‰，较上年略有回升，但总体仍处于历史低位区间。
        南宋医家陈自明所著《妇人大全良方》设有“求嗣门”专论不孕，被后世视为中医妇产科的重要经典著作之一，至今仍有多个校注本出版。
        民间信仰中的“送子娘娘”与“碧霞元君”常被求子者供奉，泰山碧霞祠至今每逢农历四月庙会仍香火不断，游客如织，成为当地重要的民俗景观。
        2025年，某地一家民营生殖医院因违规开展胎儿性别鉴定被处以罚款30万元，当地卫健委同时注销其相关技术准入资格，并在官网公开通报。
    """),
    ("zh-Hant", "收據與發票"): _lines("""
        電子發票 AB-12345678｜賣方：晨光生殖醫學診所（統一編號 53218764）｜品項：取卵手術 1 式 NT$68,000｜營業稅內含
        收據編號 HKRC-2026-0007821｜療程：冷凍胚胎移植｜金額 HK$38,500｜付款方式：八達通及信用卡｜商業登記號碼 71234567-000-04-26-5
        品名：破卵針 Ovidrel 250mcg ×1 NT$1,650；黃體素 Crinone 8% ×15 NT$4,200；小計 NT$5,850；健保不給付，恕不退換。
        統一發票 ZX-40918273｜隨機碼 4821｜開立時間 2026/05/03 14:22:09｜營業人：晨光生殖醫學診所｜總計 NT$12,300｜載具：未使用
        澳門收據 MO-RC-000912：精液分析 MOP 680、精子DNA碎片檢測 MOP 2,400，合計 MOP 3,080，已全數繳清，多謝惠顧。
        付款提醒：第二期療程費用 NT$90,000 請於 2026年6月15日前匯款，本診所帳戶戶名為「晨光生殖醫學診所」，不接受匯入個人帳戶。
        冷凍保存年費帳單 INV-CRY-26-1183：胚胎 4 枚 1 管，保存期 2026/07/01–2027/06/30，費用 HK$6,000，逾期 60 日將另行通知。
        退款單 RF-2026-0042：因週期取消，退回藥費差額 NT$7,350，將於 14 個工作天內以原信用卡退刷，如有疑問請洽櫃檯。
        報價單 Q-26-0315：PGT-A 胚胎切片 6 枚 × HK$7,800 ＝ HK$46,800，合作實驗室：Igenomix，報價有效期 30 天。
        國泰世華信用卡分期：療程總額 NT$180,000，分 12 期 0 利率，每期 NT$15,000，手續費 NT$0，授權碼於刷卡時產生。
        收費明細（香港）：首診 HK$1,800｜AMH 抽血 HK$950｜陰道超聲波 HK$1,200｜合計 HK$3,950｜尖沙咀 Grand Fertility Centre
        發票作廢通知：發票號碼 KL-55667788 因品項誤植（誤開為「一般門診」）已作廢，並已重新開立 KL-55667790，請以新發票為準。
        保險理賠用診斷證明書申請費每份 NT$200，英文版每份 NT$500，請至一樓櫃檯填寫申請單，約 3 個工作天後領取。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, I'm Rachel Lim Hui Min, 36, NRIC S8734512B. I did 3 IVF cycles in Bukit Timah and the last one ended in a miscarriage at 8 weeks. Can Medisave still cover cycle 4?
        My husband Daniel Koh's semen analysis came back: count 4 million/mL, motility 18%, morphology 1%. He hasn't told his parents and I don't know how to bring it up.
        Please send the egg freezing quote to my personal email joanne.tay.88@gmail.com, not my work one, my boss doesn't know I'm doing this.
        Name: Priya d/o Ramasamy | DOB 14/03/1990 | Mobile +65 9127 4408 | Reason for referral: recurrent pregnancy loss x3 | Partner: Karthik s/o Murugan
        cycle_id,patient_name,nric,age,amh,oocytes,outcome -> 2026-0117,Wong Mei Ling,T0218476H,33,1.4,7,biochemical pregnancy
        I've got about S$42,000 in credit card debt from two IVF rounds and my husband Marcus Teo still wants to try again in Bangkok. Is that crazy?
        Call me on 8236 5519 after 7pm, I don't want my mother-in-law picking up the home line when the clinic rings about the beta result.
        My sister-in-law Grace keeps asking at every CNY dinner when we're having a baby; she doesn't know I had an ectopic pregnancy last March.
        Our embryos are stored under Tan Wei Jie and Cheryl Ong, home address 45 Jalan Kembangan #03-12, Singapore 419132. Can we move them to a KL clinic?
        Transfer S$9,600 from POSB savings 123-45678-9 (account holder Jasmine Goh) to the clinic for the egg freezing cycle, please remind me on Friday.
        Patient Melissa Chua, FIN G5917234X, Indonesian on a dependant pass, asking whether she can freeze eggs without her husband's consent.
        Our surrogacy agent in Georgia wants a copy of my passport K3928471C and my wife's, plus a bank statement showing at least US$60,000.
    """),
    "zh-Hans": _lines("""
        我叫周晓雯，身份证440305198907123583，在深圳做了两次试管都没成功，老公的精子碎片率38%，医生建议他先吃药三个月。
        婆婆天天催我生孩子，说再怀不上就让她儿子跟我离婚，我老公刘建军也不帮我说话，我已经流产两次了。
        王女士，35岁，AMH 0.6，有卵巢早衰倾向，计划去泰国做三代试管，联系电话139 2874 6615。
        帮我算一下：我和老公去年做了一个周期花了6万8，借了我表哥陈浩3万还没还，现在又要做冻胚移植，钱不够怎么办？
        快递地址：北京市朝阳区望京西园三区312号楼2单元1501室，收件人：孙丽，电话186 1037 2258，里面是促排药，需要冷链。
        我老公何志强查出无精症，他不让我告诉任何人，连他妈都不知道，我们在考虑用供精，我该怎么跟他谈？
        姓名：李婷婷  身份证号：310115199102034628  就诊卡号：JA20260311088  诊断：双侧输卵管堵塞  方案：拮抗剂方案
        小美（我闺蜜）去年在成都冻了12颗卵，花了5万多，她说千万别告诉她单位，因为她正在申请升职。
        我微信号是 lixia_ivf2026，加我发一下你们的取卵报告模板，我老公张伟的精液报告也一起发给你看。
        我的工资每月才9千，试管已经花掉了所有积蓄，还在招商银行借了10万元消费贷，卡号尾号6127，每个月还4700。
        昨天B超显示胎停，孕9周，这是我第三次了。我叫黄佳怡，在广州市妇幼，下周要做清宫，能帮我列一下要问医生的问题吗？
    """),
    "zh-Hant": _lines("""
        我係陳太（陳美儀），HKID K482913(1)，上年喺養和做咗兩次 IVF 都唔成功，想問去台灣做第三次要準備咩文件。
        老公阿強嘅精子報告話形態正常率得2%，佢好介意，叫我唔好話俾佢媽媽知，我應該點同佢講？
        我的身分證字號 A228451606，想申請國健署試管補助，但先生的戶籍在高雄，要在哪裡辦比較快？
        林小姐（林怡君）0912-345-678，39歲，凍卵12顆存在台北的診所，想轉到新加坡，需要她本人簽名的同意書。
        收件人：黃家豪 地址：九龍旺角彌敦道688號旺角中心一期18樓B室 電話：9634 2718 內容：冷凍運輸箱（請勿倒置）
        婆婆每次飲茶都講隔籬屋李太個新抱又有咗，我已經流產三次，連老公Kelvin都開始怪我。
        我叫張雅婷，上個月在台中做第二次植入，驗孕 β-hCG 只有 12，醫生說是化學性懷孕，我完全崩潰。
        病歷號 TPH-0098213｜姓名：吳志明｜出生：1984/02/11｜診斷：精索靜脈曲張 grade III｜建議：顯微手術後三個月複檢精液
        我係何凱珊（Sandy），為咗做試管同我爸借咗澳門幣25萬，佢話如果生唔到孫就要我賣咗氹仔個單位還錢，我好大壓力。
        我太太 Michelle 的 HKID 是 Y305617(A)，診所話要佢本人嚟簽 consent，但佢依家喺深圳公幹，可唔可以用電子簽名？
    """),
    "ms": _lines("""
        Nama saya Nurul Aisyah binti Rahman, No. KP 890715-14-5628, dah 6 tahun kahwin belum ada anak, nak tanya pasal subsidi IVF LPPKN.
        Suami saya, Faizal bin Othman, keputusan ujian air mani dia azoospermia. Mak mertua asyik salahkan saya depan saudara-mara.
        Tolong hubungi saya di 012-738 4415 selepas 8 malam, saya tak nak suami tahu saya pergi klinik kesuburan dulu.
        Saya keguguran kali kedua minggu lepas, kandungan 10 minggu. Nama: Siti Hajar Mohd Yusof, no. fail HKL-OG-558213.
        Alamat: No. 27, Jalan SS 2/64, 47300 Petaling Jaya, Selangor. Hantar ubat suntikan Gonal-f ke sini, penerima Puan Farah Nadia.
        Saya dah pinjam RM35,000 dari koperasi untuk IVF, gaji saya RM4,200 sebulan, ansuran RM980. Nama saya Azlina Hashim, cikgu di Kuantan.
        Akaun Maybank 1640 2233 8891 atas nama Mohd Hafiz bin Ismail, boleh saya bayar deposit pakej IVF ke akaun klinik dari akaun ni?
        Kak Ros jiran sebelah rumah selalu tanya bila nak beranak, dia tak tahu saya dah tiga kali buat IUI gagal. Nama saya Wani, Shah Alam.
        Pesakit: Lee Siew Ling, KP 920311-10-6034, tel 016-552 8190, AMH 0.9 ng/mL, dicadangkan IVF dengan telur penderma, pesakit masih berfikir.
    """),
    "mixed": _lines("""
        Doc, 我老公 Jason Tan 的 sperm test result: count 12 mil/mL, motility 25%, 医生说要 ICSI. Boleh ke kami claim insurance?
        My MIL keep asking 几时生, I already keguguran 2x this year. Nama saya Cheryl Yap, IC 850224-07-5512, Penang.
        Eh boleh tolong check, I transfer RM8,500 to clinic from my CIMB acc 7012 4458 93, name Ong Bee Lian, but they say tak terima lagi.
        我在新加坡工作，FIN F2836104K，想回大马做IVF因为便宜，但是我 husband 在 Johor Bahru，his number +60 17-665 2093。
        Appointment slip: Mdm Chong Lai Fong 张丽芳 | NRIC S9042318E | Day 2 scan 06/05 08:30 | bring husband for semen collection
        Ah Boon 说他不要去 check sperm, paiseh, 他说肯定是我的问题, I'm 38 already, egg freezing still worth it anot?
        Hi 我是 Vivian 黄, Taiwan ID F129730547, want to ship my frozen eggs from 台北 to Singapore, clinic say need notarised consent.
        User profile: name=Lau Kar Wai, phone=+852 6183 2047, email=karwai.lau@outlook.com, note=2nd trimester loss 2025, seeking counselling.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are FertiBuddy, an assistant that explains fertility treatment costs in Singapore. Do not give medical diagnoses.",
        ),
        (
            "user",
            "Hi, I'm Amanda Seah, 37. We did one IVF cycle at a private clinic in Novena that cost about S$18k all-in. My AMH is 0.8. How much can Medisave cover for a second try?",
        ),
        (
            "assistant",
            "Sorry the first cycle didn't work out, Amanda. Under MOH rules Medisave can be used for assisted reproduction: up to S$6,000 for the first cycle, S$5,000 for the second and S$4,000 for the third and later, with a lifetime cap of S$15,000 per patient. Ask the clinic's billing team what has already been claimed under your name.",
        ),
        (
            "user",
            "My husband's Medisave is low because he was retrenched last year. Can my mum pay from hers?",
        ),
        (
            "assistant",
            "Usually yes: immediate family members, including parents, can use their Medisave for your treatment within the same limits. The clinic will ask your mother to sign an authorisation form. It may also help to ask whether a lower-cost stimulation protocol suits an AMH of 0.8.",
        ),
    ],
    [
        ("system", "你是一个辅助生殖科普助手，请用简体中文回答，不做诊断。"),
        (
            "user",
            "我老公王磊上周查了精液，前向运动精子只有15%，畸形率98%，他觉得很丢人。我们结婚四年了，婆婆一直以为是我的问题。",
        ),
        (
            "assistant",
            "很理解你们的压力。前向运动精子比例偏低、正常形态比例偏低在男性不育中很常见，并不代表没有机会。建议先找男科或生殖科医生复查一次，排除精索静脉曲张、感染等可纠正的因素，再根据结果决定是否做人工授精或ICSI。",
        ),
        ("user", "他还抽烟喝酒，每天熬夜到两点。我想让他戒掉，有没有科学依据可以说服他？"),
        (
            "assistant",
            "有的。多项研究显示吸烟、过量饮酒和长期睡眠不足都与精子活力和DNA碎片率变差有关。精子生成周期大约74天，所以改变生活方式后三个月左右复查最能看出效果。可以和他约定一个三个月的共同计划，而不是单方面要求他。",
        ),
    ],
    [
        ("user", "我今年38歲，想凍卵，喺香港私家大概要幾錢？"),
        (
            "assistant",
            "香港私營診所一個凍卵週期（包括促排卵藥、取卵及首年儲存）一般約HK$80,000至HK$120,000，藥費視乎劑量差別好大。38歲一次週期取到嘅卵子數目可能有限，醫生或會建議做多過一個週期。",
        ),
        (
            "user",
            "我叫 Winnie 梁，電話 6283 5107，可唔可以幫我搵幾間診所叫佢哋打返俾我？我唔想公司知。",
        ),
        (
            "assistant",
            "我冇辦法代你聯絡診所或者轉交你嘅電話。你可以直接喺人類生殖科技管理局網站搵持牌中心名單，再用私人電郵或者WhatsApp查詢，咁就唔會經公司。",
        ),
    ],
    [
        (
            "user",
            "Assalamualaikum. Saya dan suami dah 5 tahun kahwin. Saya Roslina binti Abdullah, 34 tahun, No. KP 910630-01-6688. Berapa kos IVF di hospital kerajaan?",
        ),
        (
            "assistant",
            "Waalaikumussalam Puan Roslina. Beberapa hospital kerajaan menawarkan IVF bersubsidi dengan kos jauh lebih rendah daripada swasta, tetapi senarai menunggunya panjang. LPPKN juga ada klinik kesuburan dengan caj berpatutan. Puan perlukan surat rujukan daripada klinik kesihatan atau pakar O&G.",
        ),
        ("user", "Senarai menunggu lama sangat. Kalau buat di swasta, boleh guna duit KWSP?"),
        (
            "assistant",
            "Boleh. KWSP membenarkan pengeluaran kesihatan untuk rawatan kesuburan seperti IVF bagi ahli atau pasangan. Puan perlu sertakan anggaran kos daripada klinik swasta yang berdaftar. Semak jumlah baki yang layak di aplikasi KWSP i-Akaun sebelum memohon.",
        ),
    ],
    [
        (
            "system",
            "You are an assistant on a Malaysian fertility information site. Reply in the user's language mix, be kind, no diagnosis.",
        ),
        (
            "user",
            "Hi, 我 last month 在 KL 做 embryo transfer, 今天 test 到 negative 😭 I'm Jess Lim, 40, 这是第三次了。我老公说 stop already, 不要再花钱.",
        ),
        (
            "assistant",
            "Jess, 我很抱歉听到这个消息, three failed transfers 真的很辛苦。可以先给自己一点时间, 然后约医生做一次 review, 问清楚 embryo quality、子宫内膜和有没有需要做 PGT-A 的原因。",
        ),
        (
            "user",
            "我们已经花了 RM60k, 还剩一个 frozen embryo。我婆婆说领养算了, 但是我 husband 不肯。",
        ),
        (
            "assistant",
            "剩下的 frozen embryo 可以 review 之后再决定要不要 transfer, 不用急。领养、继续治疗或者暂停都是 valid 的选择, 最好是你和 husband 两个人先谈好, 再跟家人讲。如果需要, 很多医院有 fertility counsellor 可以陪你们谈。",
        ),
    ],
    [
        (
            "system",
            "Session context (from clinic CRM): patient Deborah Wee, DOB 1988-09-02, mobile 9011 2384, programme: elective egg freezing, cycle 1 on 2026-03-12 retrieved 9 oocytes, 7 mature vitrified. Answer her questions in plain English.",
        ),
        ("user", "How many eggs do I realistically need if I want two kids later?"),
        (
            "assistant",
            "Based on your first cycle, 7 mature eggs are in storage. For someone freezing in their late thirties, published models suggest roughly 15 to 20 mature eggs give a reasonable chance of one live birth, and more for two. Your doctor may suggest a second cycle; ask for an estimate based on your AMH and age.",
        ),
        (
            "user",
            "Can I do the second cycle in Johor Bahru and store everything together in Singapore?",
        ),
        (
            "assistant",
            "Possibly, but cross-border transfer of eggs needs approval from both sides and a licensed cryo-courier, which adds cost. Many patients find it simpler to do the second cycle at the same centre. Check with both clinics before you start stimulation.",
        ),
    ],
    [
        (
            "user",
            "我跟老公在台北做試管，已經第三次植入失敗了。我想問國健署補助還能申請嗎？我39歲。",
        ),
        (
            "assistant",
            "可以的。未滿40歲的夫妻，每胎最多可申請6次補助，39歲仍在適用範圍內。不過補助需在診所端申請，請向你就診的合約醫療機構確認還剩幾次額度。",
        ),
        (
            "user",
            "我的資料：張淑芬，身分證 B263908176，先生是陳冠宇，我們戶籍在新北市板橋區文化路二段。幫我看看申請表要怎麼填。",
        ),
        (
            "assistant",
            "申請表通常由合約診所協助填寫，你需要準備雙方身分證正本、戶口名簿或戶籍謄本。表上請填寫你的姓名張淑芬、身分證字號及戶籍地址，先生欄位填陳冠宇的資料，最後雙方親自簽名。建議不要把身分證影像傳給非診所人員。",
        ),
    ],
    [
        ("user", "我和老公打算去吉隆坡做三代试管，听说比国内便宜，大概多少钱？"),
        (
            "assistant",
            "在马来西亚私立生殖中心做一个含PGT-A的试管周期，常见总费用约为3万至4.5万令吉，视取卵数量、检测胚胎数量和用药而定，另需计入往返机票、住宿约两到三周的费用。建议先要书面报价，看清哪些项目另收费。",
        ),
        (
            "user",
            "我身份证号是 510107199004162842，叫冯丹，中介让我把身份证和结婚证照片发给他微信 fd_bkk_ivf，说帮我办医疗签证，安全吗？",
        ),
        (
            "assistant",
            "不建议把身份证号和证件照片发给个人微信。正规诊所一般通过官方邮箱或患者系统收取资料，马来西亚医疗签证也可以由医院国际部协助办理。请先核实中介是否为诊所授权机构，避免身份信息被冒用。",
        ),
    ],
    [
        (
            "user",
            "Saya baru keguguran minggu lepas, 7 minggu. Doktor kata blighted ovum. Bila boleh cuba lagi?",
        ),
        (
            "assistant",
            "Saya bersimpati dengan kehilangan puan. Kebanyakan doktor mencadangkan menunggu sekurang-kurangnya satu kitaran haid normal dan memastikan paras hCG sudah kembali negatif. Sila berbincang dengan doktor O&G puan tentang masa yang sesuai.",
        ),
        (
            "user",
            "Suami saya Hairul Nizam marah sebab saya angkat beg beras 10kg masa mengandung, dia kata salah saya. Saya rasa bersalah sangat.",
        ),
        (
            "assistant",
            "Blighted ovum biasanya berlaku akibat masalah kromosom pada awal perkembangan, bukan kerana mengangkat barang atau aktiviti harian. Ia bukan salah puan. Mungkin boleh ajak Encik Hairul sama-sama berjumpa doktor supaya dia dengar penjelasan terus daripada pakar.",
        ),
    ],
    [
        (
            "user",
            "My partner Kelvin Ho refuses to do a sperm test. We're in Macau. He says men in his family never had problems. I'm 35 and we've been trying for 2 years.",
        ),
        (
            "assistant",
            "After a year of trying, guidelines recommend that both partners are assessed, and a semen analysis is the simplest, non-invasive first test. Male factors contribute to about half of couples' infertility, so it isn't about blame.",
        ),
        (
            "user",
            "He won't go to the public hospital because his cousin works in the lab there. Where else can he do it?",
        ),
        (
            "assistant",
            "He could use a private laboratory or clinic in Macau, or have the test done in Hong Kong or Zhuhai. Results are confidential in either case. You might frame it as a routine check you both do together, since you'll also be having hormone tests and a scan.",
        ),
        (
            "user",
            "Ok. Also can you remind me what day 2 bloods I should ask for? My cycle started 3 June.",
        ),
        (
            "assistant",
            "On day 2 or 3 of your cycle (around 4 or 5 June), common tests are FSH, LH, oestradiol and sometimes prolactin and TSH; AMH can be done on any day. Confirm the list with your doctor.",
        ),
    ],
    [
        ("system", "You are a helpful assistant."),
        (
            "user",
            "Hi, SG allowed elective egg freezing from 2023 right? I'm 34, single, want to freeze at KKH. How much ah?",
        ),
        (
            "assistant",
            "Yes. Since 2023, women aged 21 to 35 in Singapore can freeze eggs for non-medical reasons regardless of marital status, though the eggs can only be used later within a legal marriage. Public hospital cycles typically run about S$10,000 to S$15,000 including medication.",
        ),
        (
            "user",
            "OK can you draft an email to the clinic for me? My name Tiffany Ng Shu Hui, contact 9736 4412, email tiffany.nsh@yahoo.com.sg, prefer Saturday appointment.",
        ),
        (
            "assistant",
            "Subject: Enquiry on Elective Egg Freezing. Dear KKH IVF Centre, My name is Tiffany Ng Shu Hui and I am 34 years old. I would like to enquire about elective egg freezing and book a first consultation, preferably on a Saturday. I can be reached at 9736 4412 or tiffany.nsh@yahoo.com.sg. Thank you and regards, Tiffany Ng Shu Hui",
        ),
    ],
    [
        ("system", "你是一位温和的心理支持助手，不提供医疗诊断。"),
        (
            "user",
            "过年回老家，我爸当着全家人的面说我不生孩子就是不孝。我和老公其实在做试管，已经花了十几万，还欠着花呗两万多。",
        ),
        (
            "assistant",
            "在大家面前被这样说一定很委屈，尤其你们其实一直在努力。治疗本身的压力已经很大，再加上经济负担，你愿意说出来已经很不容易。你想让家人知道你们在做试管吗，还是更希望先保护隐私？",
        ),
        ("user", "我想给我爸写封信，我叫赵敏，老公叫孙浩，我爸叫赵国栋。帮我写一下，语气别太冲。"),
        (
            "assistant",
            "爸：过年时您说的话，我和孙浩都记在心里。其实我们这两年一直在医院做治疗，只是怕您和妈担心，没有说。我们比任何人都盼望有个孩子，也希望您能给我们一点时间和信任。女儿 赵敏",
        ),
    ],
    [
        (
            "user",
            "[附上圖片：精液分析報告.jpg] 幫我睇下呢份報告，姓名：李偉倫，年齡：41，報告編號 QMH-AND-26-00871，精子濃度 3 x10^6/mL，活動力 20%。",
        ),
        (
            "assistant",
            "根據你提供嘅數字，精子濃度同活動力都低過世衛參考值（濃度15百萬/mL、總活動力42%），屬於中度少弱精。醫生通常會建議複檢一次，並考慮 ICSI（卵胞漿內單精子注射）。",
        ),
        ("user", "即係佢一定要做 ICSI？我哋住喺將軍澳，邊間中心近啲？"),
        (
            "assistant",
            "唔一定，要睇複檢結果同女方情況。將軍澳附近可以考慮新界東或者九龍東嘅持牌生殖中心，亦可以喺人類生殖科技管理局網站查持牌名單再比較收費。",
        ),
    ],
    [
        (
            "user",
            "Nak pergi Bangkok buat IVF bulan depan, drive dari Alor Setar. Kereta saya Myvi plat KBA 3392, boleh park lama dekat Bukit Kayu Hitam tak?",
        ),
        (
            "assistant",
            "Ada tempat letak kereta berbayar berhampiran kompleks ICQS Bukit Kayu Hitam, tetapi untuk dua hingga tiga minggu lebih selamat naik bas atau kereta api terus ke Hat Yai dan terbang ke Bangkok. Pastikan ubat suntikan dibawa dengan surat doktor dan beg sejuk.",
        ),
        (
            "user",
            "Okay. Also my husband Amirul nak buat sperm freezing dulu sebab dia kerja offshore, balik sebulan sekali je.",
        ),
        (
            "assistant",
            "Good idea. Sperm freezing before the cycle means the clinic can use the frozen sample on egg retrieval day even if Amirul is offshore. Most clinics need his consent form signed in person and infectious disease screening done within the last 3 to 6 months.",
        ),
    ],
]
