# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat157: chats with an assistant about one's own wills, LPA and estate-planning troubles (family disputes, assets overseas, a parent's mental capacity, executors, CPF and EPF nominations, faraid in Malay families). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat157
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "faq"): _lines("""
        Q: Do I need a lawyer to make a will in Singapore? A: No. Under the Wills Act 1838, a will is valid if you are 21 or older, it is in writing, and it is signed before two witnesses.
        Q: Does my will cover my CPF savings? A: No. CPF monies are not covered by a will; they go according to your CPF nomination, or via the Public Trustee's Office if there is none.
        Q: How do I make or revoke a CPF nomination? A: Log in to my cpf with Singpass, go to My Requests > Nominations, and sign before two witnesses. A nomination is revoked automatically on marriage.
        Q: Who can certify an LPA Form 1? A: An accredited medical practitioner, a practising lawyer or a registered psychiatrist. Certificate fees are set by the issuer and usually range from S$50 to S$300.
        Q: What happens if my parent loses mental capacity without an LPA? A: The family must apply to the Family Justice Courts for a deputyship order under the Mental Capacity Act 2008, which takes longer and costs more.
        Q: Can a Muslim in Singapore make a will? A: Yes, but a wasiat may only dispose of up to one-third of the estate, and not to a faraid heir; the rest follows the inheritance certificate issued by the Syariah Court.
        Q: I have EPF in Malaysia and CPF in Singapore. Does one nomination cover both? A: No. Each fund needs its own form; KWSP Careline is 03-8922 6000 and the CPF call centre is 1800-227-1188.
        Q: Where is the Public Trustee's Office? A: 45 Maxwell Road, #05-11 The URA Centre, Singapore 069118, open Monday to Friday 8.30am to 5.30pm, closed on weekends and public holidays.
        Q: Is my Hong Kong will valid for a flat in Shenzhen? A: Immovable property is generally governed by the law of the place where it is located, so a separate mainland will or notarised will is usually advised.
        Q: How much is your basic will package? A: Simple Will S$188 (incl. GST), Mirror Wills for couples S$328, LPA certification add-on S$150. Enquiries: hello@evergreenwills.sg or WhatsApp +65 8123 4567.
        Q: Can an executor also be a beneficiary? A: Yes. In Singapore, Malaysia and Hong Kong an executor may inherit under the will, but a witness or the witness's spouse should not, or the gift to them fails.
        Q: How often should I review my will? A: After marriage, divorce, the birth of a child, a move overseas, or a big purchase such as an HDB flat or a condo in Johor Bahru; and at least once every five years.
        Q: Can I store my original will with you? A: Yes, our vault service is S$60 per year. Originals are released only to the testator or, after death, to the named executor on production of the death certificate.
    """),
    ("en", "news_public_figures"): _lines("""
        The dispute over 38 Oxley Road returned to the headlines as commentators again examined the demolition clause in Lee Kuan Yew's final will, signed on 17 December 2013.
        Lee Hsien Yang has repeatedly said in public statements that his father's wish was for the house at 38 Oxley Road to be demolished after the death of Dr Lee Wei Ling.
        Stanley Ho, the Macau casino tycoon who died in 2020 aged 98, left an estate reportedly worth billions, and the division of his holdings among his families played out in Hong Kong courts for years.
        In 2010 Hong Kong's Court of Final Appeal upheld the 2002 will of Nina Wang, chairwoman of Chinachem, and rejected the rival 2006 will put forward by feng shui master Tony Chan.
        Chinachem Group is now controlled through the Chinachem Charitable Foundation after the long litigation over Nina Wang's fortune, once estimated at around HK$83 billion.
        Taiwan's Wang Yung-ching, founder of Formosa Plastics, died in 2008 without a will, triggering cross-border estate claims in Taiwan, the United States and Hong Kong.
        Li Ka-shing set out in 2012 how his business empire would be split between his sons Victor Li and Richard Li, a rare public succession plan among Hong Kong tycoons.
        The Sun Hung Kai feud saw Walter Kwok removed as chairman in 2008, a dispute that also involved his brothers Raymond and Thomas Kwok and their mother Kwong Siu-hing over the family trust.
        Aretha Franklin's handwritten wills, one found under the cushions of a couch in her Detroit home, were at the centre of a 2023 Michigan jury trial over the singer's estate.
        Prince died in 2016 without a will, and it took about six years and several court-appointed administrators before his estate, valued at over US$156 million, was finally settled.
        Hong Kong singer Anita Mui died in 2003 leaving most of her estate in a trust, and the trust arrangement was tested in the High Court for more than a decade.
        Author Mitch Albom's Tuesdays with Morrie is still quoted at estate-planning talks, alongside King Lear as the classic warning about dividing a kingdom while still alive.
        Bloomberg reported that Asia's family offices managed record assets in 2025, with Singapore and Hong Kong competing to host the next generation of tycoon family trusts.
    """),
    ("zh-Hans", "公证处通知"): _lines("""
        【通知】本公证处自2026年1月1日起办理遗嘱公证实行全程录音录像，申请人请携带本人身份证、户口簿及不动产权证书原件，于工作日上午9:00前到一楼大厅取号。
        中华遗嘱库北京第一登记中心温馨提示：60周岁以上老人办理遗嘱登记可享公益服务，需提前通过官方公众号预约，现场将进行精神状态评估，全程约90分钟。
        上海市东方公证处地址：上海市凤阳路660号，咨询电话021-62154848，意定监护协议公证请提前三个工作日预约，周六上午仅受理已预约业务。
        关于《民法典》第一千一百四十二条的提示：立有数份遗嘱且内容相抵触的，以最后的遗嘱为准；公证遗嘱不再具有优先效力，请市民根据自身情况理性选择遗嘱形式。
        继承公证须知：被继承人死亡证明、亲属关系证明、遗产权属凭证缺一不可；涉及境外继承人的，其委托书须经所在国公证及中国驻当地使领馆认证后方可使用。
        本周四下午14:30在街道社区活动中心举办“养老与传承”公益讲座，主讲人为本处资深公证员，欢迎辖区居民报名参加，名额60人，额满即止，现场提供免费茶水。
        收费公示：遗嘱公证每件500元，意定监护公证每件800元，继承公证按遗产价值分段累进收取，最低200元；低保户、特困人员凭有效证明可申请减免公证费用。
        系统升级通知：12月20日22:00至次日06:00，“智慧公证”小程序暂停服务，期间无法在线预约遗嘱及继承类公证业务，给您带来的不便敬请谅解。
        温馨提示：近期有不法分子冒充公证员，以“遗产继承需先缴纳保证金”为由实施诈骗，本处不会通过电话要求任何转账，如有疑问请拨打110或96110反诈专线核实。
        涉外继承业务窗口已迁至二楼208室，办理香港、澳门、台湾地区及境外遗产继承的当事人请直接前往，周一至周五8:30-17:00，咨询电话020-83568888。
        遗嘱见证须知：代书遗嘱、打印遗嘱应当有两个以上见证人在场见证；无民事行为能力人、继承人、受遗赠人以及与其有利害关系的人不能作为遗嘱见证人。
        市公证协会发布2025年度统计：全市办理遗嘱公证约1.8万件，同比增长12.4%，其中60岁以下申请人占比首次超过三成，意定监护公证数量同比翻番。
        办理意定监护公证的，委托人须具有完全民事行为能力，公证处可要求提供二级以上医院出具的精神状况评估报告，报告自出具之日起三个月内有效。
    """),
    ("zh-Hant", "price_list"): _lines("""
        【本行收費表】簡單遺囑 HK$3,800 起；夫婦對等遺囑 HK$6,500；持久授權書（包括安排註冊醫生見證）HK$5,800；以上收費不包括查冊、翻譯及公證認證費用。
        遺產承辦書申請（無爭議、遺產值少於HK$1,000萬）：固定收費 HK$28,000，另加高等法院遺產承辦處政府收費及登報費用，實報實銷。
        澳門公證服務價目：遺囑公證 MOP 1,500，中葡翻譯每頁 MOP 350，見證人安排費每位 MOP 300；辦事處位於澳門南灣大馬路594號商業大廈12樓。
        台北事務所收費：自書遺囑諮詢 NT$3,000／小時；代筆遺囑擬定連兩名見證人 NT$18,000；遺產分割協議書 NT$25,000 起，地址台北市大安區敦化南路二段76號8樓。
        法院公證處公證遺囑規費依標的金額計算：新台幣20萬元以下1,000元，逾20萬元至50萬元2,000元，另加見證人費用，請先至櫃檯索取號碼牌。
        持久授權書套餐 A：律師及註冊醫生同場見證 HK$4,800；套餐 B：上門見證（港九市區）HK$6,800，新界地區另加 HK$800 交通費，離島另議。
        平安紙保管服務：每份每年 HK$300，五年預繳 HK$1,200；客戶可隨時親臨本行提取正本，提取時須出示身份證明文件正本及保管收據。
        跨境遺產（香港＋內地物業）諮詢套餐 HK$12,800，包括內地律所聯絡、公證認證文件清單及一次視像會議，查詢熱線 2528 6613（辦公時間內）。
        WhatsApp 預約：5408 2276（只限文字訊息，恕不接聽來電）｜電郵：enquiry@kwanlaw.com.hk｜地址：中環德輔道中19號環球大廈17樓1702室
        家族信託設立（資產HK$2,000萬以上）：首年設立費 HK$80,000，其後每年受託人費用為資產值0.3%至0.5%，最低每年 HK$60,000。
        澳門遺產清冊程序（無爭議）代理費 MOP 25,000 起；如涉及香港或內地資產，須另行委託當地律師處理，費用另議，報價有效期30日。
        長者優惠：65歲或以上人士辦理遺囑享九折，出示「樂悠咭」或長者咭即可，優惠期至2026年12月31日，不可與其他優惠同時使用。
        預立醫療決定（ACP）諮商：各合作醫院自費約 NT$2,000 至 NT$3,500／次，須有至少一名二親等內親屬陪同，每增加一位陪同者加收 NT$500。
    """),
    ("zh-Hant", "regulations"): _lines("""
        《遺囑條例》（第30章）第5條：遺囑須以書面形式作出，並由立遺囑人在兩名同時在場的見證人面前簽署，而每名見證人須在立遺囑人面前簽署。
        《持久授權書條例》（第501章）規定，授權人須在註冊醫生面前簽署，而律師須在註冊醫生簽署之日後的28日內見證授權人簽署，否則文書無效。
        《無遺囑者遺產條例》（第73章）：無遺囑者遺下配偶及子女的，配偶取得個人物品及法定款額，餘數一半歸配偶，另一半由子女按同等份數取得。
        台灣《民法》第1138條：遺產繼承人，除配偶外，依下列順序定之：一、直系血親卑親屬；二、父母；三、兄弟姊妹；四、祖父母。
        台灣《民法》第1223條特留分規定：直系血親卑親屬、父母及配偶之特留分為其應繼分二分之一；兄弟姊妹及祖父母之特留分為其應繼分三分之一。
        台灣《民法》第1194條：代筆遺囑，由遺囑人指定三人以上之見證人，由遺囑人口述遺囑意旨，使見證人中之一人筆記、宣讀、講解，經遺囑人認可後記明年月日。
        澳門《民法典》規定，遺囑可採用公證遺囑或密封遺囑方式訂立；密封遺囑須由立遺囑人簽名，並交由公證員核准後方產生效力，其後可交公證員存檔保管。
        《財產繼承（供養遺屬及受養人）條例》（第481章）容許死者的配偶、子女或受養人，在遺產承辦書首次發出後六個月內向法院申請合理經濟給養。
        《精神健康條例》（第136章）第II部：如法庭信納某人因精神紊亂而無能力處理其財產及事務，可委任受託監管人代為管理該人的財產。
        台灣《民法》第1148條第2項：繼承人對於被繼承人之債務，以因繼承所得遺產為限，負清償責任，此即2009年修法後之全面限定繼承制度。
        台灣成年監護制度：法院得因本人、配偶、四親等內之親屬、最近一年有同居事實之其他親屬或檢察官之聲請，為監護之宣告，並同時選定監護人及指定會同開具財產清冊之人。
        澳門《民法典》訂明的特留分繼承人為配偶、直系血親卑親屬及直系血親尊親屬；立遺囑人不得以遺囑處分依法保留予特留分繼承人的部分。
        香港小額遺產：遺產總值不超過法定上限且只有現金者，可向民政事務總署遺產受益人支援組查詢簡易程序，毋須經律師申請遺產承辦書。
    """),
    ("ms", "faq_faraid"): _lines("""
        S: Adakah wasiat orang Islam boleh meliputi semua harta? J: Tidak. Wasiat hanya sah setakat 1/3 harta bersih dan tidak boleh kepada waris faraid kecuali dengan persetujuan waris lain.
        S: Berapa bahagian isteri dalam faraid? J: Isteri mendapat 1/8 jika si mati meninggalkan anak, dan 1/4 jika tiada anak; jika lebih daripada seorang isteri, bahagian itu dibahagi sama rata.
        S: Siapa yang mengeluarkan Sijil Faraid? J: Mahkamah Tinggi Syariah negeri masing-masing; permohonan boleh dibuat di kaunter atau secara dalam talian melalui portal e-Syariah.
        S: Adakah simpanan KWSP termasuk dalam harta pusaka? J: Bagi ahli beragama Islam, penama menerima simpanan sebagai wasi dan perlu membahagikannya mengikut faraid. Careline KWSP: 03-8922 6000.
        S: Pusaka kecil bernilai tidak melebihi RM5 juta tanpa wasiat, ke mana hendak memohon? J: Unit Pembahagian Pusaka, Jabatan Ketua Pengarah Tanah dan Galian (JKPTG), menggunakan Borang A.
        S: Bagaimana menghubungi Amanah Raya? J: Hubungi talian 03-2055 7388 atau kunjungi ibu pejabat di Wisma AmanahRaya, No. 2, Jalan Ampang, 50508 Kuala Lumpur pada waktu pejabat.
        S: Bolehkah anak angkat mewarisi melalui faraid? J: Tidak. Anak angkat bukan waris faraid, tetapi boleh menerima wasiat sehingga 1/3 harta atau menerima hibah semasa pemberi masih hidup.
        S: Apakah hibah amanah? J: Pemberian harta semasa hidup yang dipegang oleh pemegang amanah berlesen, dan hanya diserahkan kepada penerima selepas kematian pemberi hibah.
        S: Jika ibu atau bapa sudah nyanyuk, bolehkah anak menguruskan akaun bank mereka? J: Perlu memohon perintah di bawah Akta Kesihatan Mental 2001 di Mahkamah Tinggi untuk dilantik sebagai pengurus harta.
        S: Berapakah kos mendapatkan Sijil Faraid? J: Fi mahkamah bergantung kepada negeri dan biasanya rendah, manakala fi peguam syarie lazimnya antara RM300 hingga RM1,500 bergantung kepada kerumitan kes.
        S: Si mati ada tanah di Johor dan rumah di Singapura, mahkamah mana? J: Harta di Malaysia diuruskan di Malaysia; rumah di Singapura memerlukan geran probet atau surat kuasa mentadbir dari mahkamah Singapura.
        S: Apakah dokumen untuk tuntutan pusaka? J: Sijil mati, salinan MyKad semua waris, sijil nikah, sijil lahir anak-anak, geran tanah atau penyata akaun, dan Borang A yang lengkap diisi.
        S: Adakah anak perempuan tunggal mendapat semua harta? J: Tidak. Anak perempuan tunggal mendapat 1/2; baki diberikan kepada waris asabah seperti bapa, datuk atau saudara lelaki si mati.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [09:12] Front desk: Morning all, printer Level 3 jam again lah, will-signing at 10am pakai printer Level 5 ok? Witness attestation forms already in tray B.
        [09:15] Ops: 收到. Today got 6 appointments, 2 LPA certification with the panel doctor at 2pm, pls book Meeting Room Orchid by 1.45pm ya.
        [09:31] IT: Willcraft v4.2.1 update tonight 11pm, jangan save draft after 10.45pm nanti hilang. Changelog: faraid calculator fix rounding for 1/24 share.
        [10:05] Finance: Invoice INV-2026-11-0388 to INV-2026-11-0412 semua dah issue, GST 9% included. Pls don't edit template, UEN 201834567K must stay in footer.
        [10:20] Paralegal team: Probate checklist updated in SharePoint /Probate/Checklists/v7, ada tambah step for foreign assets (HK, MY, AU). 大家请用新版.
        [11:02] Front desk: Ninja Van pickup slot 3pm, tracking NVSGEVER000412345 untuk originals pergi KL office. Jangan lupa seal the tamper-proof bag.
        [11:40] Manager: Reminder Law Society CPD seminar on the Mental Capacity Act this Fri 2-5pm, 3 public CPD points, register by Wed 5pm kat portal.
        [12:10] Ops: Pantry aircon servicing 1-3pm, Room Orchid might be warm, 客户来的话 switch to Room Lotus and offer bottled water.
        [14:25] Compliance: New PDPA retention rule, scanned ID copies must be purged 30 days after matter closed. Script runs every Sunday 02:00, pls tag files properly.
        [15:00] Marketing: Boss approved the CNY promo, Simple Will S$168 until 28 Feb, poster final_v3.png in shared drive. Jangan post dulu before Monday.
        [15:47] KL office: Kaunter Amanah Raya Jalan Ampang slow today, queue no. 1087, we submit the Borang A batch esok pagi instead.
        [16:30] IT: VPN cert expire 31/12, semua kena renew through the portal, SOP at wiki page IT-112. 如果有问题 ping helpdesk ext 2201.
        [17:55] Manager: Good job team, 本月 completed 142 wills, 37 LPAs, 9 probate files. Office close early on 24 Dec at 1pm, selamat bercuti semua.
    """),
    ("mixed", "config_and_logs"): _lines("""
        WILL_ENGINE_VERSION=4.2.1 FARAID_RULESET=jakim-2019 DEFAULT_CURRENCY=MYR WITNESS_MIN=2 PDF_LOCALE=ms_MY  # prod config, jangan ubah tanpa CR
        2026-12-07T09:14:22.481+08:00 INFO lpa-service form1.validate ok template=LPA_FORM1_v2024.3 fields=47 duration_ms=132 region=SG
        2026-12-07T09:15:03.019+08:00 WARN faraid-calc share rounding residual=0.0000417 applied radd to daughters rule_id=RADD-03 case_type=sample
        estate_id,deceased_category,asset_type,jurisdiction,currency,value,nominee_flag,probate_required,faraid_applicable,created_at
        def faraid_share(heir: str, has_children: bool) -> Fraction:  # wife gets 1/8 if children else 1/4, husband 1/4 else 1/2
        INSERT INTO fee_schedule (sku, name_zh, price_sgd) VALUES ('WILL-SIMPLE-01', '简单遗嘱', 188.00), ('LPA-F1-CERT', '持久授权书见证', 150.00);
        fixtures/sample_estate.yaml: jurisdiction: MY | heirs: [isteri, anak_lelaki x2, anak_perempuan x1, ibu] | expected: {isteri: 1/8, ibu: 1/6}
        [cron] 2026-12-07 02:00:00 purge_id_scans: scanned=1843 purged=211 retained=1632 policy=PDPA-RET-30D exit=0
        ERROR 2026-12-06 23:47:10 probate-sync 上传失败 upstream=elitigation.sg status=503 retry_in=300s job_id=a9f3c1e2-7b4d-4e0a-9c55-1d2e3f4a5b6c
        git commit 7e3b9a1: fix(cpf-nomination): 修复 revocation-on-marriage 提示文案, 更新 unit tests, bump version to v4.2.2
        i18n/ms_MY.json: "witness_warning": "Saksi tidak boleh menjadi benefisiari atau pasangan benefisiari", "executor_label": "Wasi / Pentadbir"
        SKU,品名,Harga(RM),备注 | WSP-HIBAH-01,Hibah Amanah 套餐,2500.00,含登记费 | WSP-WASIAT-02,Wasiat Islam,350.00,1/3 limit check
        sha256(LPA_FORM1_v2024.3.pdf)=3f1c9e7a2b8d4c6e0f5a7b9c1d3e5f7a9b1c3d5e7f9a1b3c5d7e9f1a3b5c7d9e size=482113
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        My dad Tan Boon Huat (S1634521J) was diagnosed with early dementia at TTSH in March; can my brother Tan Wei Jie still bring him to sign an LPA next week?
        Executor details for the will: Mr Goh Chee Keong, NRIC S7012345B, Blk 824 Jurong West Street 81, #09-122, Singapore 640824, mobile 9123 8845.
        CPF nomination: 50% to my wife Lim Pei Shan, 50% to my son Lim Jun Hao (T0812345J). The witness was my colleague Raymond Ong from the Tampines office.
        My sister-in-law Karen Loh keeps pushing Mum to transfer the Bedok flat to her while Mum is in hospital for stage 4 colon cancer. I don't trust her at all.
        I owe my brother-in-law about S$86,000 from the bubble tea shop that failed, and I want my will to say it is deducted from his share. Signed, Alvin Chua
        beneficiary,relationship,nric,share_pct,contact | Ong Mei Ling,daughter,S9123456D,40,meiling.ong88@gmail.com
        Hi, it's Jasmine Koh. I'm 5 months pregnant and my husband and I are separating. Can I change my will so he gets nothing and my mum becomes the baby's guardian?
        DBS account 120-345678-9 under my late father Chew Kok Leong still has about S$42k in it; the bank says we need the Grant of Probate first.
        Our family chat is a mess since Ah Boy (my youngest brother Desmond) got arrested for drink driving last month; Dad now wants to cut him out of the will.
        Just the number: +65 9847 2213, that's my uncle's handphone, he's the one keeping the original will in his safe at home in Serangoon.
        Deputyship application for my mother Madam Siti Aminah bte Rahmat, 79, diagnosed with vascular dementia in June 2025 at Changi General Hospital; I am her only daughter.
        Dad's Malaysian car, plate JQM 8821, is still registered in his name in Johor Bahru; as his executor in Singapore can I sell it or do I need a Malaysian grant?
    """),
    "zh-Hans": _lines("""
        我爸王建国，身份证号110105195603127437，去年确诊阿尔茨海默病，我弟想带他去公证处改遗嘱，这样改出来的遗嘱还有效吗？
        我姐陈丽华欠了网贷三十多万，我妈担心把房子留给她会被债主申请强制执行，想直接写给外孙女，可以吗？
        遗嘱执行人：李志强，手机13912345678，住址：杭州市西湖区文三路478号华星小区3幢2单元601室。
        刘阿姨说她离婚后前夫还在用她名下的招商银行卡6225880123456783，她想在遗嘱里写清楚这张卡里的钱归儿子。
        我老公张伟在澳大利亚有套房，他上个月中风住院，现在说话都不清楚，婆婆却要求我们马上签放弃继承声明。
        姓名：周晓梅｜身份证：44010619881123062X｜关系：长女｜继承份额：50%｜联系方式：zhouxm1988@163.com
        阿明他爸在深圳有两套房，阿明是非婚生子女，他想知道自己能不能跟婚生的哥哥姐姐一样继承。
        我舅舅黄海涛这几年赌博欠了一身债，今年又因为打人被拘留了，外婆的遗嘱里要不要把他排除掉？
        我的微信号是 lixiaolu_0312，请公证员直接加我，我母亲的户口本和死亡证明我可以拍照发过去。
        公公郑国平今年82岁，两次住院都诊断为血管性痴呆，小叔子却拿着他签字的遗嘱说房子全归他，落款日期是2025年9月。
    """),
    "zh-Hant": _lines("""
        我阿媽陳美玲（HKID: C668668(9)）上年確診認知障礙，大佬話佢仲有能力簽平安紙，我可以點樣反對？
        林太話佢老公喺大陸有第二頭家，仲生咗個仔，佢想改遺囑確保沙田嗰層樓只留俾佢兩個女。
        持久授權書受權人：何家俊，住址：九龍紅磡黃埔花園第8期12座15樓C室，電話 9276 4481。
        我爸爸黃志明的身分證字號 A123456789，他在台中有一塊農地，我們三兄妹想辦遺產分割，但二哥一直不肯簽名。
        澳門居民身份證 1234567(8) 嘅持有人係我外婆梁亞娣，佢喺氹仔有個單位，但係從來冇立過遺囑。
        我細佬阿傑欠咗財務公司成二十萬，上個月仲俾人淋紅油，阿爸驚佢走咗之後層樓俾人追債，想做信託。
        遺囑見證人：蘇志偉，職業：文員，住址：新北市板橋區文化路一段188巷12號4樓，手機0912-345-678。
        我太太吳佩珊上個月驗到有咗第二胎，我想喺平安紙加埋未出世嘅BB做受益人，應該點寫先啱？
        我叔叔張文華在台北榮總住院，醫生說他已經無法表達意思，表哥想幫他聲請監護宣告，順便處理他在香港的匯豐戶口 012-345678-001。
        Email 畀你：kelvin.lau.hk@gmail.com，我係劉家輝，想約律師傾吓阿爺留落嚟嘅旺角舖位點樣分。
    """),
    "ms": _lines("""
        Arwah ayah saya, Ahmad Fauzi bin Ismail, No. KP 580712-08-5573, tinggalkan tanah di Parit Buntar; abang sulung enggan tandatangan Borang A.
        Mak saya Rohani binti Yusof dah disahkan demensia di Hospital Kuala Lumpur; adik-beradik bergaduh siapa patut jadi pengurus harta dia.
        Penama KWSP saya: isteri, Nur Aisyah binti Kamaruddin (KP 900214-14-6628), 100%. Saya risau sebab kami sedang proses cerai di Mahkamah Syariah.
        Abang Long saya, Mohd Hafiz, ada hutang along RM45,000 dan kereta Myvi WXY 4521 dia dah kena tarik. Boleh ke bahagian faraid dia ditolak hutang?
        Alamat waris: Siti Khadijah binti Omar, No. 17, Jalan Cempaka 3, Taman Sri Muda, 40400 Shah Alam, Selangor. Tel: 012-748 3361.
        Saya Zulkifli, anak angkat arwah Pak Cik Daud. Dia janji nak hibahkan rumah di Kota Bharu kepada saya, tapi tiada dokumen langsung. Ada peluang ke?
        Akaun Maybank arwah suami 1641 2233 8890 masih ada RM23k; bank minta surat kuasa tadbir, saya cuma ada sijil faraid.
        Kak Yati jiran sebelah kata arwah suaminya ada isteri kedua di Hatyai, dan sekarang isteri itu tuntut bahagian rumah di Alor Setar.
        Borang penamaan: Nama: Lee Chong Meng | KP: 750608-07-5219 | Hubungan: anak | Bahagian: 60% | Alamat: 22, Lorong Kenari 5, 11900 Bayan Lepas
        Pak Ngah saya, Ramli bin Sulaiman, baru keluar wad sebab strok kali kedua; dia nak tulis wasiat tapi tangan kanan dia dah lumpuh.
    """),
    "mixed": _lines("""
        Bro my late dad Kumar a/l Subramaniam tinggal rumah kat Klang, but his second wife claims everything lah. His IC 600423-10-5987.
        我妈 Madam Wong Siew Lan 的 CPF nomination 是十年前做的，只写了我大哥，现在她 dementia 了 cannot redo, 怎么办？
        Executor is my cousin 阿Ken (Ken Yeo), his number 8765 2210, pls send him the draft will by WhatsApp tomorrow morning.
        Saya nak tukar penama EPF dari ex-husband Faizal Rahman ke anak saya Aina, sebab dia dah kahwin lain and tak bayar nafkah since 2024.
        我阿爸 Mr Lau Kam Wing 喺 Ipoh 有间 shoplot, 佢 stroke 之后我哋想做 LPA, 但 Malaysia 系叫 power of attorney 定系要用 Akta Kesihatan Mental?
        Name: Priya d/o Raman | FIN: G5123456T | Address: Blk 405 Ang Mo Kio Ave 10 #11-1207 | Issue: husband gambling debt S$120k, worried about estate
        Tolong check: mak mertua saya Puan Halimah ada Alzheimer's stage 2, tapi suami nak dia sign wasiat baru hari Sabtu ni kat rumah Puchong.
        家里的 group chat 吵翻了, 因为 Uncle Robert (Robert Tan Kian Seng) 说 grandma 的 Penang 老屋 should go to him only, 他还欠 grandma RM80k.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an estate-planning assistant for Singapore residents. Give general information only and suggest a lawyer or doctor where needed.",
        ),
        (
            "user",
            "My father Tan Ah Kow, NRIC S4817263F, is 84 and was told by the polyclinic he has mild cognitive impairment. Can he still make an LPA?",
        ),
        (
            "assistant",
            "Possibly. Mild cognitive impairment does not automatically mean he lacks capacity. An LPA certificate issuer must be satisfied that he understands what the LPA is and is not under pressure. Book an accredited doctor or psychiatrist who can assess him on the day.",
        ),
        (
            "user",
            "My younger sister wants to be the only donee, but she lives in Perth. Is that a problem?",
        ),
        (
            "assistant",
            "A donee can live overseas, but it can be impractical for banking and CPF matters. Many families appoint two donees, one local and one overseas, and a replacement donee as backup.",
        ),
    ],
    [
        (
            "user",
            "我叫孙丽娟，身份证310112197008153411，上海徐汇有套房是我和前夫婚内买的，离婚时没分割，现在我想立遗嘱留给女儿，可以吗？",
        ),
        (
            "assistant",
            "如果房子在离婚时没有分割，通常仍属于你和前夫的共同共有财产，你只能通过遗嘱处分属于你自己的那一部分份额。建议先确认产权证登记情况，必要时通过协议或诉讼明确份额，再办理遗嘱公证或登记。",
        ),
        ("user", "前夫现在在日本，联系不上，他电话一直是关机的。"),
        (
            "assistant",
            "联系不上对方时，可以咨询律师是否通过诉讼确认份额，法院可以依法公告送达。同时你可以先把自己的份额写进遗嘱，并写明女儿是继承人。",
        ),
    ],
    [
        ("system", "你是一個香港的遺產規劃助理，以廣東話回覆，只提供一般資料。"),
        (
            "user",
            "我老豆何錦榮上個月喺伊利沙伯醫院過身，佢有份平安紙寫晒所有嘢畀我大哥，但我哋三兄弟姊妹都有供過佢太子嗰層樓，可唔可以爭？",
        ),
        (
            "assistant",
            "喺香港，遺囑一般會被尊重，但如果你係受養人或者有出錢供樓嘅證據，可以考慮根據第481章申請合理經濟給養，或者以推定信託主張份額。記得保留銀行轉賬紀錄，並喺遺產承辦書發出後六個月內諮詢律師。",
        ),
        (
            "user",
            "我有晒轉賬紀錄，每個月轉$6,000去佢恒生戶口，我電話係6123 7788，可唔可以幫我搵律師？",
        ),
        (
            "assistant",
            "我唔可以直接幫你聯絡律師，但你可以透過香港律師會嘅律師查詢服務搵專做遺產爭議嘅律師，或者申請法律援助。唔好喺公開平台張貼你嘅電話號碼。",
        ),
    ],
    [
        (
            "user",
            "Assalamualaikum. Arwah suami saya Rosli bin Hamzah meninggal bulan lepas. Waris: saya (isteri), 2 anak lelaki, 1 anak perempuan dan ibu mertua. Macam mana nak kira faraid rumah bernilai RM420,000?",
        ),
        (
            "assistant",
            "Waalaikumussalam, takziah. Secara umum: isteri 1/8 (RM52,500), ibu 1/6 (RM70,000). Baki RM297,500 adalah asabah untuk anak-anak, lelaki dua bahagian dan perempuan satu bahagian: setiap anak lelaki RM119,000 dan anak perempuan RM59,500. Sila sahkan dengan Sijil Faraid dari Mahkamah Syariah.",
        ),
        (
            "user",
            "Tapi anak sulung, Amirul, kata dia nak ambil rumah tu sebab dia yang duduk sana jaga arwah. Boleh ke?",
        ),
        (
            "assistant",
            "Boleh jika semua waris bersetuju melalui muafakat dan ditandatangani secara rasmi, contohnya Amirul membayar bahagian waris lain. Tanpa persetujuan, rumah perlu dibahagi atau dijual mengikut faraid.",
        ),
    ],
    [
        (
            "system",
            "You are a cross-border retirement savings assistant. Users may mix English, Chinese and Malay.",
        ),
        (
            "user",
            "Hi, I'm Malaysian working in SG, name Chong Wai Kit, my EPF nominee still my late wife, CPF no nominee at all. 我要两边都改成我儿子 Chong Zhi Hao, how?",
        ),
        (
            "assistant",
            "You need two separate nominations. For EPF, update online through KWSP i-Akaun or at an EPF branch, and name your son. For CPF, make a nomination through the my cpf portal with two witnesses. If your son is under 18, consider naming a trustee for the EPF portion.",
        ),
        (
            "user",
            "我儿子今年 16 岁, 他住 Seremban with my mother-in-law. Boleh ke nenek dia jadi trustee?",
        ),
        (
            "assistant",
            "Ya, boleh. Many EPF members name a trusted adult such as a grandparent as trustee for a minor nominee. Check the current EPF form for the trustee section and bring your MyKad when you go to the counter.",
        ),
    ],
    [
        (
            "system",
            "User profile: Rachel Yeo Hui Min, rachel.yeohm@outlook.com, executor of her late aunt's estate. Be concise and practical.",
        ),
        (
            "user",
            "I'm drowning. My aunt left a will naming me executor, but her bank accounts are in SG and she also had a condo in Iskandar Puteri. Where do I even start?",
        ),
        (
            "assistant",
            "Start in Singapore: apply for a Grant of Probate through the Family Justice Courts, then collect the SG assets. For the Iskandar Puteri condo you will need the grant resealed in Malaysia or a separate Malaysian grant, so engage a Johor lawyer early.",
        ),
        ("user", "Can I claim my time as executor? I took 12 days of unpaid leave already."),
        (
            "assistant",
            "Executors are generally not paid unless the will allows it, but reasonable out-of-pocket expenses can be reimbursed from the estate. Keep receipts and a log of everything you spend.",
        ),
    ],
    [
        (
            "user",
            "我媽媽林秀鳳過世了，身分證字號B220134565，她的遺囑寫說高雄的房子全部給我哥，我跟妹妹一毛都沒有，這樣合法嗎？",
        ),
        (
            "assistant",
            "在台灣，子女有特留分，為應繼分的二分之一。如果只有你們三兄妹繼承，每人應繼分三分之一，特留分就是六分之一。遺囑侵害特留分的部分，你們可以行使扣減權。",
        ),
        ("user", "可是我哥說媽媽生前已經把存款兩百萬轉給我，所以我不能再要。"),
        (
            "assistant",
            "生前贈與是否要歸扣，要看是否因結婚、分居或營業而贈與。一般轉帳不一定算入應繼財產，建議保留相關紀錄並諮詢律師。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu perancangan harta pusaka untuk pengguna di Malaysia. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Saya Faridah binti Abdullah, tinggal di No. 8, Jalan Melati 2/4, Bandar Baru Bangi. Saya nak hibahkan rumah ni kepada anak perempuan tunggal saya supaya tak jatuh ke adik-beradik arwah suami. Boleh?",
        ),
        (
            "assistant",
            "Boleh. Hibah semasa hidup atau hibah amanah boleh digunakan supaya rumah diserahkan kepada anak perempuan anda. Pastikan dokumen hibah disediakan dengan betul dan didaftarkan dengan pemegang amanah, dan semak sama ada rumah masih di bawah pinjaman bank.",
        ),
        ("user", "Rumah masih ada loan dengan Bank Rakyat, baki lebih kurang RM180k."),
        (
            "assistant",
            "Jika rumah masih bercagar, bank perlu memberi kebenaran atau pinjaman perlu diselesaikan dahulu. Hibah amanah boleh dibuat dengan syarat bank dimaklumkan.",
        ),
    ],
    [
        (
            "user",
            "I'm a Singaporean. I own a flat in Tai Koo Shing, Hong Kong and a piece of land in Kuantan. Do I need three wills?",
        ),
        (
            "assistant",
            "Not necessarily three, but many people use separate wills for each country where they own immovable property, carefully worded so one does not revoke the others.",
        ),
        (
            "user",
            "OK. For the HK will I want my nephew Marcus Leong Jia Wei, HKID K503217(2), as executor, and he lives at Flat 12B, Block 3, Taikoo Shing. Draft the clause?",
        ),
        (
            "assistant",
            "Sample clause: I appoint my nephew Marcus Leong Jia Wei (HKID K503217(2)) of Flat 12B, Block 3, Taikoo Shing, Hong Kong as the sole executor of this will in respect of my property in Hong Kong. Please have a Hong Kong solicitor review it before signing.",
        ),
    ],
    [
        ("system", "你是一个跨境继承咨询助手，面向内地及港澳用户，回答使用简体中文。"),
        (
            "user",
            "我外公梁志坚是澳门居民，身份证7345612(3)，去世时在珠海和澳门都有房产，没有遗嘱。舅舅和我妈现在吵得很厉害。",
        ),
        (
            "assistant",
            "一般来说，不动产的继承适用不动产所在地的法律：珠海的房产按内地《民法典》法定继承办理，澳门的房产按澳门法律处理。两地需要分别办理继承手续，澳门文件在内地使用还需办理相应的公证与转递。",
        ),
        ("user", "我妈说外公生前跟她说过澳门的房子留给她，但只是口头说的。"),
        (
            "assistant",
            "口头遗嘱在两地的效力都非常有限，通常只在危急情况下并有见证人时才可能有效。如果没有书面遗嘱，一般会按法定继承处理。",
        ),
    ],
    [
        (
            "user",
            "My mum Mdm Lakshmi a/p Muthu, IC 470915-07-5346, stays in Butterworth. Doctor at Penang GH says she has moderate dementia. My brother keeps taking her to the bank to withdraw money.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. In Malaysia, if your mother can no longer manage her affairs, a family member can apply to the High Court under the Mental Health Act 2001 to be appointed to manage her property. You can also alert the bank about her condition.",
        ),
        ("user", "Can I just do a power of attorney for her lah?"),
        (
            "assistant",
            "A power of attorney generally stops being usable once the donor loses mental capacity, so it may be too late. A court order is the safer route. A lawyer can help with the supporting medical report.",
        ),
    ],
    [
        ("system", "你是澳門的遺產規劃助理，用繁體中文回答。"),
        (
            "user",
            "我係澳門人陳子聰，手機 6688 1234，想立公證遺囑，將筷子基嘅單位留俾我個女，但我太太有病要長期食藥，我驚佢冇人照顧。",
        ),
        (
            "assistant",
            "澳門法律下，配偶屬特留分繼承人，你不能以遺囑完全排除太太應得的特留分部分。你可以把可處分部分留俾女兒，同時考慮設立居住權或指定女兒負責照顧。建議到公證署或私人公證員查詢。",
        ),
        ("user", "咁我需要帶啲乜文件去公證署？"),
        (
            "assistant",
            "一般需要身份證正本、物業登記證明以及受益人的身份資料。建議先致電公證署預約，並確認是否需要見證人。",
        ),
    ],
    [
        (
            "user",
            "I'm Nicole Tay, 34, and I just found out I'm pregnant. My husband and I are living apart and the divorce papers are being drafted. What happens to my will?",
        ),
        (
            "assistant",
            "In Singapore, divorce does not automatically revoke a will, but marriage does. If your current will names your husband as beneficiary or executor, you may want to make a new will now rather than wait for the divorce to finalise.",
        ),
        ("user", "Can I name my sister as guardian for the baby?"),
        (
            "assistant",
            "Yes. You can appoint a testamentary guardian in your will. If your husband survives you, he would usually act jointly with the guardian you appoint. A lawyer can help you word this carefully.",
        ),
    ],
    [
        (
            "system",
            "Assistant for a Singapore will-writing firm. Summarise the client's intake details at the end.",
        ),
        (
            "user",
            "我是 Mdm Ng Bee Hoon, NRIC S2956140J, 住 Blk 211 Tampines St 23 #05-301. 我 second marriage 了, 以前的 CPF nomination 写给前夫 and 两个孩子, 现在要改吗？",
        ),
        (
            "assistant",
            "Your earlier CPF nomination was automatically revoked when you remarried, so you need to make a fresh nomination. If you do nothing, your CPF savings will be distributed under intestacy law, which would include your new husband.",
        ),
        ("user", "OK, 我要 50% 给大儿子 Jason, 50% 给小女儿 Hui Xin, 新老公不用。"),
        (
            "assistant",
            "Intake summary: Client Mdm Ng Bee Hoon (S2956140J), Blk 211 Tampines St 23 #05-301. Remarried; previous CPF nomination revoked. New nomination: 50% son Jason, 50% daughter Hui Xin. Next step: make a new nomination on my cpf with two witnesses.",
        ),
    ],
]
