# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat129: chats with an assistant about one's own immigration problems (visa overstay, work permit cancelled, dependant pass, PR application, fear of deportation, employer holding passport). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat129
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "faq"): _lines("""
        Q: My Work Permit was cancelled by my employer, how long can I stay? A: MOM normally issues a Special Pass; check it on WP Online or call the MOM hotline 6438 5122 on weekdays.
        Q: Can a Dependant's Pass holder work in Singapore? A: Since 1 May 2021 a DP holder needs their own EP, S Pass or Work Permit; a Letter of Consent is no longer accepted for most DP holders.
        Q: How long does an SPR application take? A: ICA says about 6 months or longer; apply online through the e-PR service and pay the S$100 processing fee per applicant.
        Q: I overstayed my Visit Pass by 3 days, will I be banned? A: Overstaying is an offence under the Immigration Act 1959; report to the ICA Building, 10 Kallang Road, Singapore 208718 before you leave.
        Q: Is it legal for an employer to keep a worker's passport? A: No. Section 12(1)(f) of Malaysia's Passports Act 1966 makes it an offence; you can also call the JTKSM line or the Tenaganita helpline.
        Q: Where do I extend a Hong Kong dependant visa? A: Use form ID 91 via GovHK e-Services or visit Immigration Headquarters, 61 Po Yap Road, Tseung Kwan O; the extension fee is HK$230.
        Q: My contract in Taiwan ended early, can I change employer? A: The employer must notify the Workforce Development Agency; migrant workers can ask the free 1955 hotline about the 60-day transfer window.
        Q: Can I get a Special Pass after my PLKS is cancelled in Malaysia? A: Usually yes, a Pas Khas is valid up to 30 days; bring the employer's cancellation letter to the state Immigration office.
        Q: My PR application was rejected, can I appeal? A: ICA does not give reasons; you may appeal online, but most consultants suggest re-applying after 6 months with updated payslips and CPF history.
        Q: Can my parents on an LTVP work part-time? A: No, the Long-Term Visit Pass does not allow work; only LTVP holders married to Singapore citizens may work with a Letter of Consent from myMOM Portal.
        Q: Can anyone check whether I am blacklisted? A: Only the authorities can; ignore Facebook agents who charge RM500 for a 'blacklist check' and visit the nearest Jabatan Imigresen counter instead.
        Q: My Exit-Entry Permit expired while I was in Hong Kong on a talent visa, what now? A: Renewal goes through the mainland Exit-Entry Administration; the NIA hotline 12367 runs 24 hours.
        Q: What do consultations cost? A: Harbourside Visa Advisory Pte Ltd (UEN 201815622K) charges S$80 per 30 minutes; WhatsApp Business +65 8876 2031 or email hello@harboursidevisa.com.sg.
    """),
    ("en", "log_lines"): _lines("""
        2026-11-18T09:14:22.381+08:00 INFO epr-gateway[4127] POST /api/v2/applications/submit 202 latency_ms=842 form_ver=PR-F1-2026.3 trace=7f3a9c1e2b4d
        2026-11-18T09:14:23.007+08:00 WARN doc-ocr[311] page 4/7 skew=6.2deg confidence=0.71 below threshold 0.80, routed to manual_review_queue=MRQ-EAST
        2026-11-18T09:15:01.552+08:00 ERROR pdf-render[88] template=special_pass_letter_v7.docx missing font NotoSansSC-Regular.otf, fallback=DejaVuSans exit=0
        2026-11-18T09:20:00.000+08:00 INFO cron[1] job=expire_stale_drafts cutoff=2026-10-19 deleted=1,284 duration=14.3s next_run=2026-11-19T09:20:00+08:00
        2026-11-18T09:21:45.219+08:00 WARN ratelimit ip_bucket=10.24.3.0/24 upstream=payments-svc 429 count=57 window=60s policy=burst-100
        2026-11-18T09:22:10.903+08:00 INFO payments-svc txn_batch=PB-20261118-0007 gateway=NETS items=312 total_sgd=31,200.00 status=SETTLED
        2026-11-18T09:30:12.447+08:00 DEBUG queue-worker consumer_group=permit-cancel-events lag=0 partition=3 offset=9812234 commit=ok
        2026-11-18T09:31:59.118+08:00 ERROR sftp-bridge host=sftp.partner-agency.example port=22 auth failed key_fingerprint=SHA256:q2Vx8rLm0PzT retry=3/5
        2026-11-18T09:45:03.670+08:00 INFO k8s pod epr-gateway-7d9f6c5b8-x2lqp restarted reason=OOMKilled memory_limit=1Gi node=ip-10-24-7-19
        2026-11-18T10:02:38.016+08:00 WARN tls cert CN=eservices.visa-portal.example expires 2026-12-02T23:59:59Z days_left=14 issuer=R11
        2026-11-18T10:10:10.010+08:00 INFO i18n loaded locales=[en,zh-Hans,zh-Hant,ms,ta] strings=4,812 missing_ms=17 build=3.14.2+g8e1a0c7
        2026-11-18T10:12:27.804+08:00 INFO appointment-svc slots_released branch=KL_UTC_PUDU date=2026-11-25 released=60 booked=41 waitlist=9
        2026-11-18T10:15:00.000+08:00 INFO healthcheck /readyz 200 db=ok redis=ok s3=ok ocr=degraded version=2026.11.2 sha=4c1d77e9b0fa
    """),
    ("zh-Hans", "通知"): _lines("""
        【通知】根据《中华人民共和国出境入境管理法》第七十八条，外国人非法居留的，给予警告；情节严重的，处每非法居留一日五百元、总额不超过一万元的罚款或者拘留。
        国家移民管理局12367服务热线提供7×24小时中、英文咨询，可办理出入境证件进度查询、外国人签证政策咨询、移民管理投诉建议等业务，请勿轻信非官方中介。
        各位来访办事群众请注意：本出入境接待大厅周六上午照常办公，周日及法定节假日休息，外国人签证证件业务请提前通过“移民局”App预约，逾时取号作废。
        外国人工作许可注销后，用人单位应在十个工作日内通过外国人来华工作管理服务系统提交注销申请，并协助其办理居留许可注销或变更手续，逾期将纳入诚信记录。
        温馨提示：港澳台居民居住证办理时限为15个工作日，工本费20元，申请人须在居住地连续居住半年以上，并符合合法稳定就业、合法稳定住所、连续就读条件之一。
        关于调整外国人口岸签证受理时间的公告：自2026年12月1日起，上海浦东国际机场口岸签证处受理时间调整为每日8:00至24:00，咨询电话以机场公告为准。
        办事指南（第3版）：外国人申请居留许可延期，应在居留许可有效期届满30日前提交申请，所需材料包括护照原件、照片一张、单位函件及住宿登记表。
        招聘启事：本市外国人服务中心招聘窗口辅助人员2名，要求熟悉英语或马来语，能适应轮班，待遇面议，报名截止日期2026年12月20日，简历请投递至人事科邮箱。
        【防骗提醒】近期有不法分子冒充“移民局工作人员”，以“签证异常需缴纳保证金”为由诈骗外籍人士，请牢记：出入境管理部门不会通过电话要求转账。
        系统维护公告：因外国人来华工作管理服务系统升级，2026年12月6日22:00至12月7日06:00暂停服务，期间无法提交工作许可新办、延期和注销申请，敬请谅解。
        来华留学生须知：学习类居留许可持有人如需校外勤工助学，须经学校同意并向出入境管理机构申请在居留许可上加注，未加注的视为非法就业。
        通报：2026年第三季度全国边检机关共查处非法入境、非法居留、非法就业“三非”外国人案件若干起，移民管理机构将持续开展专项整治行动。
        外籍人员入境后须在24小时内办理住宿登记，住在宾馆的由宾馆代为登记；住在亲友家中或自租房屋的，须到居住地派出所或通过线上平台登记。
    """),
    ("zh-Hant", "法規"): _lines("""
        《入境條例》（第115章）第41條：任何人違反逗留條件，即屬犯罪，一經定罪，可處第5級罰款及監禁2年；逾期逗留者亦可能被遣送離境並受入境限制。
        《入境條例》第17I條規定，僱用不可合法受僱的人即屬犯罪，最高可處罰款港幣$500,000及監禁10年，公司董事、經理如同意或縱容亦須負責。
        臺灣《入出國及移民法》第85條：外國人逾期停留或居留者，處新臺幣二千元以上一萬元以下罰鍰，並得依第36條強制驅逐出國及禁止入國。
        依《就業服務法》第57條規定，雇主不得違反外國人意思，留置其護照、居留證件或財物；違者由主管機關處罰鍰，並得廢止其招募許可及聘僱許可。
        澳門第16/2021號法律《澳門特別行政區出入境管控、逗留及居留許可的法律制度》規定，非法逗留者可被驅逐出境，並被禁止入境一至十年不等。
        香港《入境條例》第38AA條：非法入境者、遣送或遞解離境令對象等人士不得接受有酬或無酬僱傭工作，亦不得開辦或參與任何業務，違者可被檢控。
        臺灣外國人依親居留者，如婚姻關係消滅，依《入出國及移民法》第31條規定，原則上應廢止其居留許可，但遭受家庭暴力並取得保護令者不在此限。
        入境處「受養人簽證」政策：受養人於香港逗留期間，其簽證延期與保證人的簽證或身分掛鈎，保證人如失去僱傭身分，受養人的簽證可能一併被取消。
        《外國人從事就業服務法第四十六條第一項第八款至第十一款工作資格及審查標準》第2條列明家庭看護工之申請資格，相關巴氏量表須由指定醫院評估。
        《入境（移交被羈留者）令》附表所列地方之羈留人士，可依條例由保安局局長核准移交，實際執行須符合《香港人權法案條例》之相關保障。
        澳門治安警察局出入境事務廳規定：逾期逗留不超過三十日者，依法科處每日澳門幣五百元之罰款，並可能被拒絕入境，相關程序於外港碼頭辦理。
        臺灣《入出國及移民法施行細則》規定，外國人申請居留延期應於居留期限屆滿前三十日內提出，逾期申請者依法處罰鍰並仍須補辦手續。
        香港《人事登記條例》（第177章）規定，年滿十一歲的香港居民須於指定期限內登記領取身份證，並須於更換身份證計劃中依時前往換領。
    """),
    ("zh-Hant", "商戶評論"): _lines("""
        ★★★★☆ 旺角「德仔證件快相」影簽證相真係快，10分鐘有得攞，HK$60四張，地址彌敦道688號旺角中心2樓218舖，不過週六排隊要等半個鐘。
        ★☆☆☆☆ 灣仔某移民顧問公司收咗按金HK$8,000之後成個月冇覆，打佢哋熱線2891 3307都係錄音，最後要去消委會投訴先肯退錢，大家小心。
        ★★★★★ 台北「大同翻譯社」公證翻譯好專業，結婚證書中翻英一份新台幣800元，當日急件加收300元，地址中正區忠孝西路一段50號12樓。
        ★★☆☆☆ 澳門新馬路「李記影相舖」老店仲用菲林機，但藍底證件相色差大，治安警察局話唔合規格要重影，店舖電話2833 5120，建議先問清楚。
        ★★★★☆ 銅鑼灣「Mary Chan Visa Consultancy」其實係一間公司唔係人名，處理受養人簽證收費透明，HK$6,800全包，WhatsApp 5408 7713可以預約。
        ★★★☆☆ 高雄「阿水伯移工服務中心」幫印尼看護辦轉換雇主，流程清楚，但電話0800-777-888常常佔線，建議直接去前鎮區中山二路辦公室現場排隊。
        ★★★★★ 觀塘「明哥律師事務所」只係招牌改得似人名，其實係正式律師行，入境處上訴個案收費按小時HK$3,500，第一次諮詢15分鐘免費，態度好好。
        ★☆☆☆☆ 尖沙咀「環球簽證通」網上話三日出簽，結果拖咗六個星期，客服電郵service@globalvisa-hk.example冇人理，Google評分得2.1分唔係冇原因。
        ★★★★☆ 桃園機場第二航廈「移民署服務櫃檯」臨時入境許可辦得快，櫃檯人員英文流利，服務時間06:00至24:00，建議先在線上填好入國登記表。
        ★★★☆☆ 新竹「王老五證照代辦」招牌好好笑但係正規代辦，外僑居留證展延代辦費新台幣1,500元另計規費，公司統一編號24518836，可開發票。
        ★★★★★ 沙田新城市廣場「快影證件相」機器自助拍照，港幣45元可選香港、中國、台灣及申根規格，掃QR碼即出電子相，適合辦簽證急用。
        ★★☆☆☆ 荃灣「信達移民」收費HK$12,000辦專才，合約細字寫明拒簽不退款，簽約前睇清楚，公司商業登記號碼70182243，地址荃灣大河道99號20樓。
        ★★★★☆ 台中「小林照相館」已經開咗四十年，護照相新台幣250元含修圖，老闆娘會提醒唔好露齒，地址中區繼光街58號，週一公休。
    """),
    ("ms", "notis"): _lines("""
        NOTIS: Semua Pas Lawatan Kerja Sementara (PLKS) yang dibatalkan oleh majikan mesti disusuli dengan Pas Khas dalam tempoh 7 hari bekerja di pejabat Imigresen negeri berkenaan.
        Makluman: Talian Pusat Panggilan Kerajaan 03-8000 8000 beroperasi Isnin hingga Jumaat, 8.00 pagi hingga 8.00 malam, untuk pertanyaan status permohonan pas dan visa.
        Warga asing yang tinggal lebih masa dinasihatkan menyerah diri di Depot Imigresen terdekat; kompaun boleh dikenakan mengikut Seksyen 15(1)(c) Akta Imigresen 1959/63.
        Pindaan waktu operasi: Kaunter Ibu Pejabat Imigresen, Aras 1-7 (Podium) Blok 2G4, Presint 2, 62550 Putrajaya ditutup pada 25 Disember 2026 sempena cuti umum.
        Permohonan Pas Tanggungan bagi ekspatriat kategori I dan II hendaklah dikemukakan oleh syarikat penaja melalui portal ESD sekurang-kurangnya 3 bulan sebelum tarikh tamat.
        Peringatan: Majikan dilarang menyimpan pasport pekerja asing. Aduan boleh dibuat kepada Jabatan Tenaga Kerja Semenanjung Malaysia melalui sistem Working for Workers.
        Pelawat ke Malaysia wajib mengisi Malaysia Digital Arrival Card (MDAC) dalam tempoh 3 hari sebelum ketibaan, kecuali pemegang pas jangka panjang dan warganegara Singapura.
        Hebahan: Kaunter UTC Pudu Sentral kini menerima temujanji dalam talian sahaja untuk urusan pasport, walk-in tidak lagi dilayan mulai 1 Januari 2027.
        Sistem MyIMMs akan diselenggara pada 14 Disember 2026 dari 12.00 tengah malam hingga 6.00 pagi; semakan status permohonan visa tidak dapat dibuat dalam tempoh tersebut.
        Pemegang Pas Pelajar yang kehadiran di bawah 80% akan dirujuk oleh institusi kepada EMGS dan pas boleh dibatalkan mengikut garis panduan Kementerian Pendidikan Tinggi.
        Makluman kepada ejen: Caj perkhidmatan bagi permohonan Visa Dengan Rujukan hendaklah dinyatakan dalam resit rasmi bernombor siri, pelanggaran boleh menyebabkan lesen digantung.
        Operasi Kutip oleh Jabatan Imigresen Malaysia di Lembah Klang minggu lalu melibatkan pemeriksaan di tapak binaan dan kilang; majikan yang didapati bersalah akan didakwa.
        Menteri Dalam Negeri Datuk Seri Saifuddin Nasution Ismail menegaskan bahawa program pengusiran sukarela dilanjutkan dengan syarat warga asing membeli tiket pulang sendiri.
    """),
    ("ms", "senarai_harga"): _lines("""
        SKU VS-101 | Semakan dokumen permohonan Pas Tanggungan (sehingga 3 tanggungan) | RM150.00 | SST 8% tidak termasuk | Tempoh siap 2 hari bekerja
        SKU VS-102 | Penyediaan surat sokongan majikan untuk pembaharuan PLKS | RM220.00 | termasuk 1 kali pindaan | Bayaran melalui FPX atau DuitNow QR
        SKU VS-205 | Terjemahan sijil nikah Bahasa Cina ke Bahasa Melayu oleh penterjemah bertauliah ITBM | RM90.00 sehalaman | cop rasmi disediakan
        SKU VS-210 | Pengesahan Sijil Lahir di Wisma Putra (caj perkhidmatan ejen sahaja) | RM120.00 | caj kerajaan dibayar berasingan mengikut resit
        SKU VS-301 | Konsultasi 45 minit berkenaan kes tinggal lebih masa dan kompaun | RM180.00 | pejabat di No. 12-2, Jalan Tun Sambanthan, 50470 Kuala Lumpur
        SKU VS-302 | Bantuan permohonan Pas Khas selepas pembatalan permit kerja | RM250.00 | tidak termasuk caj Imigresen RM100 | Invois No. INV-2026-11-0418
        SKU VS-401 | Pakej MM2H Semakan Kelayakan (tier Silver) | RM1,500.00 | bayaran balik 50% jika tidak layak | Syarikat No. SSM 202301012345 (1502231-K)
        SKU VS-402 | Penyediaan fail permohonan Residence Pass-Talent (RP-T) | RM3,800.00 | dua sesi susulan percuma | sah hingga 31 Disember 2026
        SKU VS-501 | Perkhidmatan kurier dokumen ke Putrajaya, pergi balik | RM65.00 | No. penjejakan diberi melalui SMS | Pos Laju atau J&T mengikut ketersediaan
        SKU VS-502 | Gambar pasport latar putih 35x50mm, 8 keping | RM25.00 | siap dalam 15 minit | cawangan Sunway Pyramid LG2.114
        SKU VS-601 | Semakan status senarai hitam (dibuat di kaunter Imigresen oleh pemohon sendiri, kami hanya isi borang) | RM50.00 | bukan jaminan keputusan
        SKU VS-602 | Pakej Pekerja Asing Pulang Sukarela: tiket, kompaun dan pengiring ke lapangan terbang | dari RM1,950.00 | harga bergantung pada negara asal
        Nota: Semua harga di atas tertakluk kepada perubahan tanpa notis. Resit rasmi dikeluarkan oleh Sinar Visa Services Sdn. Bhd., hotline 03-2272 9180, emel akaun@sinarvisa.com.my.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Counter 2 printer jam again lah, someone bring A4 from the storeroom pls, 今天 walk-in 特别多 because MOM WP Online down from 2pm to 4pm.
        Reminder all: starting Monday kita guna template surat sokongan v7, jangan guna v6 lagi, ada typo pada alamat Putrajaya. File dah upload dalam shared drive /templates/2026.
        老板说本月 target 是 40 个 Dependant Pass cases, 现在才 27 个, marketing team pls push the Facebook ad again this weekend, budget S$300.
        FYI ICA 新的 e-PR form 版本号是 PR-F1-2026.3, 旧版会被 reject, pls delete semua draft lama dalam sistem before Friday.
        Anyone free to cover Saturday shift at the Bugis branch? 9am-1pm, OT rate 1.5x macam biasa, reply here before 6pm today.
        Tadi MOM officer call office line 6225 4410 tanya pasal dokumen yang kurang, 我已经 forward 给 compliance team, ticket no. CMP-2026-1142.
        Team lunch Friday 12.30 at Song Fa Bak Kut Teh New Bridge Road, 公司请客, pls confirm in this chat by Thursday so boss can book table for 12.
        JTKSM seminar on Akta Kerja amendments next Wed 2.30pm at Menara Mutiara Bangsar, 2 orang from our team need to attend, siapa nak pergi?
        Server maintenance tonight 11pm, case management system akan offline 2 jam, 请大家 save 好你们的 draft, jangan buat submission last minute.
        Hong Kong office says 入境處 Tseung Kwan O HQ counters very crowded now, book appointment at least 2 weeks early for ID 91 extension cases.
        Invoice INV-2026-11-0418 dah paid via DuitNow, 财务 pls update the ledger, amount RM250.00, ref no. DN8821703341.
        Minister Tan See Leng's speech about the new COMPASS points is on MOM website already, pls read before training on Tuesday, 10 分钟就能看完.
        Stock alert: passport photo paper tinggal 2 kotak saja, 已经下单 order no. SHP-77120934 from Shopee, ETA Thursday, tracking SPXMY0481277390.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, I'm Rohan Pillai, my Employment Pass was cancelled on 28 Nov and MOM gave me a Special Pass until 12 Dec, FIN G5123468K, what are my options to stay?
        My wife Anjali Menon is on a Dependant's Pass and just found out she is 14 weeks pregnant, will her DP be cancelled if my EP renewal gets rejected?
        pls call me back on 9137 4602 after 7pm, it's about my overstay, I'm too scared to go to ICA alone
        PR-2026-0917,Nguyen Thi Lan,F7290154K,Vietnamese,LTVP,pending ICA interview,husband unemployed since July
        My boss Mr Hendra Wijaya at the Jalan Ipoh Kecil workshop is still holding my Indonesian passport C4821937 and says I must pay RM3,800 first.
        I was arrested for overstaying 47 days in Johor Bahru last year and spent 3 weeks in Depot Imigresen Pekan Nenas, I'm Marites Dela Cruz, will this affect my new EP?
        Our daughter Chloe Ramos is on a DP and was diagnosed with leukaemia at KK Hospital last month, can we extend her pass while she is in chemo?
        Please send the PR rejection letter copy to mikhail.oreshkin88@gmail.com, I lost the original when I moved out of my ex-wife's flat.
        New address for the ICA form: Blk 412 Tampines Street 41, #09-233, Singapore 520412, I moved after the divorce so the one on my pass card is wrong.
        My salary was S$2,350 but the company stopped paying in September, my POSB savings account 188-44210-7 shows the last credit on 31 Aug, can MOM use it?
        I'm Joseph Balagtas, HKID Z758146(8), my helper contract was terminated early and I only have 14 days, my employer Mrs Wong still keeps my passport.
        Name: Farhan Siddiqui | Passport: AK8832710 (PK) | DOB: 1991-03-07 | Mobile: +65 8841 2093 | Reason: appeal against Work Permit revocation
    """),
    "zh-Hans": _lines("""
        我叫刘建伟，身份证号440106199203154410，在新加坡的工作准证被公司取消了，现在只有30天的短期准证，该怎么办？
        我老公王志刚在马来西亚逾期居留快两个月了，他怕去移民局自首会被关，他手机是+60 12-388 5106，能帮我问问吗？
        张阿姨的女儿在澳门读书，家里欠了二十多万网贷，她担心续签的时候被查出来影响居留。
        孩子爸爸不肯签同意书，我带着儿子小宇在新加坡申请家属准证一直被卡，我们正在打离婚官司。
        护照号E82916453，签证写的是LTVP，下周到期了，我还能在新加坡留多久？
        有律师能帮忙的话加我微信 chenxiaoyu_0921，或发邮件到 cxy0921@163.com，我就是逾期居留被罚款的那位陈小姐。
        我叫黄海燕，在新加坡工作时体检查出乙肝阳性，公司就把我的工作准证取消了，这样合法吗？
        姓名：赵磊；出生日期：1988-07-19；港澳通行证：C58219364；香港住址：九龙深水埗桂林街88号6楼B室；申请类别：优才续签
        2026-11-03 14:22 客户林先生来电13826417730，咨询PR被拒后再申请，提到妻子怀孕五个月，需要回电
        我住在吉隆坡蕉赖Jalan Cerdas 12号3楼，老板扣着我的护照不给，说我欠他八千块中介费，我该报警吗？
    """),
    "zh-Hant": _lines("""
        我叫陳嘉欣，香港身份證Y402317(8)，老公個受養人簽證被拒，入境處話我哋四個星期內要離境，好驚。
        我是越南配偶阮氏芳，居留證統一證號A800472154，正在跟先生辦離婚，很怕居留被廢止。
        林太話佢屋企外傭成日俾佢老公打，個工人而家想報警同轉僱主，但護照仲喺僱主手上攞唔返，點算好？
        麻煩回覆我6628 4715（澳門手機），我嘅逗留許可下星期到期，想問點樣延期。
        移工Budi的仲介電話打不通，他本人手機0912-486-305，雇主已經扣他護照三個月了。
        我住台中市北區三民路三段129巷7號4樓，移民署要我補居住證明，可是房東不肯給租約影本。
        我細佬阿明喺深圳返唔到香港，單程證審批卡咗成兩年，佢有抑鬱症要長期食藥，我哋一家人都好擔心佢。
        我係Kelvin Ho，喺中環做嘢月薪HK$28,000，公司話唔再幫我續工作簽證，下個月就到期。
        申請人：黃志強｜身分證字號：F120638417｜出生：民國78年5月2日｜戶籍地址：新北市板橋區文化路二段182號5樓
        上個月將HK$15,000轉咗俾中介，我匯豐戶口係012-345678-833，對方話幫我搞投資移民，而家成個人搵唔到。
    """),
    "ms": _lines("""
        Saya Nur Aisyah binti Kamal, No. MyKad 900412-14-5526, suami saya warga Bangladesh dan permit kerjanya dibatalkan, boleh saya mohon pas untuk dia?
        Majikan pegang pasport saya sejak Mac, saya Siti Rahayu dari Indonesia, no. telefon 011-2398 4471, tolong saya nak balik kampung.
        Anak saya Adam Harith ada autisme, pas tanggungan dia tamat 15 Januari dan bekas suami saya enggan tandatangan borang.
        Boleh hubungi saya di 017-662 0938 selepas jam 6 petang, pasal kes visa saya yang dah tamat tempoh.
        Alamat rumah sewa saya No. 27, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam, Selangor, pegawai imigresen datang serbu semalam.
        Encik Rahman dah berhutang RM12,000 dengan ejen sebab dijanjikan permit kerja, sekarang dia overstay 4 bulan dan takut ditangkap.
        Majikan yang ambil pasport saya bawa Myvi putih nombor pendaftaran WXK 4821, dia datang ke asrama setiap Jumaat.
        Sila hantar salinan surat pembatalan PLKS ke emel saya rina.santos1993@yahoo.com, saya Rina Santos dari Filipina.
        Nama: Mohd Faizal bin Osman | KP: 850921-01-6043 | Tel: 019-772 3104 | Status: suami pemohon Pas Tanggungan | Alamat: Blok C-12-5, Pangsapuri Seri Kenanga, Cheras
        [2026-11-20 10:05] Puan Lim Mei Ling datang kaunter, pas lawatan suaminya tamat 3 hari lalu, suami sakit jantung dan masih di Hospital Sultanah Aminah.
    """),
    "mixed": _lines("""
        Hi boss, saya Joko, my permit kena cancel last week, majikan still keep my passport, 我该怎么办? my number +60 16-447 2019
        我的FIN是G1378520T, pls check 为什么我的 PR application kena reject again, this is my third time already.
        Eh my wife 阿玲 her DP kena reject, she is doing thyroid cancer treatment at NCCS now, can appeal or not ah?
        My caregiver Siti's ARC expires 下個月, 雇主張先生 lost her passport, 她的手機是0978-221-604, what should we do first?
        Hi, I'm 李俊杰 from Penang, MyKad 920115-07-5891, want to apply Singapore PR for my family, 但我有一个2019年的 bankruptcy record.
        Tolong check status, nama saya Ahmad Zaki, passport no. A51238894, my EP appeal submitted 3 Nov still no reply 怎么办.
        ref,姓名,pass,到期,remark / SG-0412,黄美华,DP,2026-12-31,丈夫EP被cancel需要转LTVP
        Dear 顾问, my son 小杰's Student Pass kena cancel sebab attendance below 90%, he's depressed now, contact me at kelly.ng.mama@gmail.com
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a friendly assistant helping migrant workers in Singapore understand work pass rules. Do not give legal advice; point users to MOM or legal clinics.",
        ),
        (
            "user",
            "Hi, my name is Arjun Ramasamy. My company cancelled my Work Permit yesterday and I got a message about a Special Pass. My FIN is G3390671X. I still have 2 months salary unpaid, around S$3,600. Can I stay to claim it?",
        ),
        (
            "assistant",
            "I'm sorry to hear that, Arjun. When a salary claim is pending, MOM can issue or extend a Special Pass so you can stay for the claim. You can file the claim with TADM. Keep your payslips and bank statements ready.",
        ),
        (
            "user",
            "Ok. My boss also says I must pay him S$800 for the air ticket before he returns my passport. Is that allowed?",
        ),
        (
            "assistant",
            "No. Employers must bear the cost of repatriation and must not hold your passport. You can report this to MOM, and organisations such as HOME or MWC can support you for free.",
        ),
    ],
    [
        (
            "user",
            "我在新加坡的EP下个月到期，公司说不给续了。我太太周丽娜是DP，孩子在读小学。我们有没有办法留下来？我手机是+65 9022 7315。",
        ),
        (
            "assistant",
            "EP不续签的话，您太太的DP也会随之失效。可以考虑：一、尽快找新雇主申请EP；二、离职后可申请短期访问准证作为过渡；三、孩子的学生准证需另外评估。建议尽早准备。",
        ),
        ("user", "我们去年申请过PR，被拒了。会不会影响以后申请？"),
        (
            "assistant",
            "PR被拒一般不会影响您申请新的工作准证。如果将来再申请PR，建议等待至少六个月，并提交更新后的收入和公积金记录。",
        ),
    ],
    [
        ("system", "你是一個協助香港居民了解入境政策的助手，回答請用繁體中文。"),
        (
            "user",
            "我老婆係大陸人，用探親證喺香港，逗留期過咗三日先發現。佢叫何詠芝，我哋有個仔啱啱一歲，會唔會俾人拉？",
        ),
        (
            "assistant",
            "逾期逗留屬違反《入境條例》，建議盡快主動聯絡入境處說明情況。主動處理通常比被發現好，入境處會視乎個別情況決定是否檢控或遣返。",
        ),
        ("user", "佢有產後抑鬱，我好驚佢一個人返去。我電話係9436 1802，有冇社工可以陪佢？"),
        (
            "assistant",
            "可以聯絡社會福利署綜合家庭服務中心或相關社福機構，社工可以陪同處理及提供情緒支援。如情況緊急，請致電醫院管理局精神健康專線。",
        ),
    ],
    [
        (
            "user",
            "Assalamualaikum, saya Nurul Huda binti Ismail. Suami saya warga Indonesia, namanya Agus Setiawan, dah overstay 6 bulan. Kami ada anak kecil. Dia boleh dapat pas tak?",
        ),
        (
            "assistant",
            "Waalaikumussalam. Pasangan warga asing kepada warganegara Malaysia boleh memohon Pas Lawatan Jangka Panjang, tetapi status tinggal lebih masa perlu diselesaikan dahulu di pejabat Imigresen.",
        ),
        (
            "user",
            "Kalau dia pergi serah diri, dia akan ditahan ke? Kami tinggal di No. 8, Lorong Kenari 2, Taman Bukit Indah, 81200 Johor Bahru.",
        ),
        (
            "assistant",
            "Pihak Imigresen biasanya mengenakan kompaun dan mungkin memerlukan dia keluar negara sebelum memohon semula. Bawa sijil nikah dan sijil lahir anak untuk menyokong kes puan.",
        ),
    ],
    [
        (
            "system",
            "Assistant for a Singapore visa consultancy. Case notes: client Daniel Okafor, EP holder, S Pass application for spouse Grace Okafor pending, contact daniel.okafor.sg@outlook.com.",
        ),
        ("user", "Hi, any update on my wife's pass? The employer said COMPASS score is a problem."),
        (
            "assistant",
            "Thanks Daniel. The COMPASS framework applies to EP, not S Pass, so her application is assessed on salary and quota. I'll ask the team to check with the employer on the quota.",
        ),
        ("user", "OK. Please also note she is pregnant, due in March. Will that matter?"),
        (
            "assistant",
            "Pregnancy is not a ground for rejecting an S Pass. Medical screening rules do apply, so let the employer know early. I'll add this to the case file.",
        ),
    ],
    [
        (
            "user",
            "我是台灣人，在馬來西亞工作，公司突然把我的工作准證取消，護照還在人資那邊。我叫蔡宗翰，手機012-605 3389。",
        ),
        (
            "assistant",
            "依馬來西亞法律，雇主不可扣留員工護照。建議您先以書面要求公司歸還，並可聯繫駐馬來西亞台北經濟文化辦事處尋求協助。",
        ),
        ("user", "人資說要等我簽離職同意書才還，可是他們還欠我兩個月薪水。"),
        (
            "assistant",
            "欠薪問題可向馬來西亞勞工局（JTKSM）投訴。在問題解決前不要簽任何放棄權利的文件，也請保存所有對話紀錄作為證據。",
        ),
        ("user", "好，謝謝。我擔心工作准證取消後變成非法居留。"),
        (
            "assistant",
            "准證取消後通常需申請特別准證（Pas Khas）。請盡快確認公司是否已提交，避免產生逾期居留。",
        ),
    ],
    [
        (
            "user",
            "My FDH contract in Hong Kong ended, I'm Lorna Bautista, HKID K639208(3). My employer says I must leave in 14 days but I want to find a new employer.",
        ),
        (
            "assistant",
            "After early termination, a domestic helper normally has 14 days or the remaining stay, whichever is shorter. You can apply for a change of employer, but the Immigration Department checks for job-hopping.",
        ),
        (
            "user",
            "I also have a loan from a lending company, HK$40,000, and they keep calling my sister in Cebu. Can they stop my visa?",
        ),
        (
            "assistant",
            "A private loan does not by itself affect your visa, but harassment of your family is not acceptable. You may contact the Mission for Migrant Workers or report harassment to the police.",
        ),
    ],
    [
        ("system", "你是马来西亚华人社团的义工助手，帮助会员了解移民局手续。"),
        (
            "user",
            "我是槟城的陈美玲，MyKad 780306-07-5124。我外籍老公的长期访问准证被拒了，他现在只能用社交访问准证，我们的孩子才三岁。",
        ),
        (
            "assistant",
            "可以向移民局提出上诉，并附上结婚证书、孩子的出生证明及家庭经济证明。也可请州议员服务中心协助撰写支持信。",
        ),
        ("user", "他去年因为醉驾被罚款，会不会是这个原因？"),
        ("assistant", "有犯罪记录确实可能影响申请。上诉时建议如实说明，并附上已缴清罚款的证明。"),
    ],
    [
        (
            "user",
            "Hi, I'm Priya Nair, I'm on LTVP in Singapore. My husband Vikram passed away last month and ICA says my LTVP sponsor is gone. Can I still stay with my son, he is a Singapore citizen aged 8?",
        ),
        (
            "assistant",
            "I'm very sorry for your loss, Priya. ICA may consider a new sponsor such as your son once he turns 21, but before that, a family member or a Singapore citizen can appeal on your behalf. Please write to ICA with the death certificate.",
        ),
        ("user", "I have no income now. My DBS account 027-901462-3 has about S$1,200 left."),
        (
            "assistant",
            "You can approach the nearest Social Service Office for financial help. They can also support your appeal letter to ICA.",
        ),
    ],
    [
        (
            "user",
            "係咪可以幫我睇下我個受養人簽證申請？我叫譚凱琳，老公係專才，佢份工突然冇咗，入境處寄信話要重新審批。",
        ),
        (
            "assistant",
            "受養人簽證與保證人身份掛鈎。如果您丈夫找到新工作並獲批，您可以再提交受養人申請。可先向入境處申請延長逗留作過渡。",
        ),
        (
            "user",
            "信入面寫咗檔案編號ID(E)4-0921388/26，我哋住喺大角咀海庭道18號帝峯‧皇殿3座21樓C室，回覆要寄去邊？",
        ),
        (
            "assistant",
            "一般按信件上列明的辦事處地址回覆，並在信中註明檔案編號。建議以掛號方式寄出並保留收據。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk pekerja asing di Malaysia. Jawab dengan ringkas dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Saya Rahim Uddin dari Bangladesh, passport BX0917342. Majikan tak bayar gaji 5 bulan dan PLKS saya dah tamat. Saya takut keluar rumah sebab ada operasi.",
        ),
        (
            "assistant",
            "Saudara boleh membuat aduan di pejabat Jabatan Tenaga Kerja terdekat. Untuk status imigresen, minta bantuan Suruhanjaya Tinggi Bangladesh atau NGO pekerja migran supaya tidak ditahan semasa kes berjalan.",
        ),
        (
            "user",
            "Kawan saya kata call Tenaganita, tapi saya takut majikan tahu. Nombor saya 018-330 2147.",
        ),
        (
            "assistant",
            "Aduan kepada NGO adalah sulit. Simpan semua slip gaji dan gambar kad pekerja sebagai bukti.",
        ),
    ],
    [
        (
            "user",
            "Hi, 我想问 Singapore PR 的事, my husband is SC, 我是马来西亚人, name 吴佩珊, NRIC? no, I only have FIN F-series. My MyKad is 890723-10-6228.",
        ),
        (
            "assistant",
            "As the spouse of a Singapore citizen, you can apply for PR under the SC spouse scheme. Prepare your marriage certificate, your husband's income documents, and your educational certificates.",
        ),
        (
            "user",
            "Ok. But 我之前在 Malaysia 有一个 court case 关于 credit card debt, RM25,000, 会 affect 吗?",
        ),
        (
            "assistant",
            "ICA may ask about past legal proceedings. A settled civil debt case is usually less serious than a criminal record, but declare it truthfully in the application.",
        ),
    ],
    [
        ("system", "你是台灣新住民服務中心的線上助理，請用繁體中文回覆。"),
        (
            "user",
            "我是印尼籍的蘇莉娜，嫁來台灣五年，居留證號B229184061。先生常常打我，我想離婚，但怕離婚後就要被趕回印尼。",
        ),
        (
            "assistant",
            "依規定，遭受家庭暴力並取得保護令者，即使離婚也可申請繼續居留。建議先撥打113保護專線，並向法院聲請保護令。",
        ),
        ("user", "我女兒八歲，有台灣身分證。我可以帶她嗎？"),
        (
            "assistant",
            "監護權需由法院或雙方協議決定。如您取得監護權或有未成年台灣籍子女，也可作為居留理由。",
        ),
    ],
    [
        (
            "user",
            "Bro I need help, my Macau work blue card kena cancel, 公司说我表现不好. I'm Rizal Pangilinan, phone 6612 0948, 我 stay 已经过了 5天.",
        ),
        (
            "assistant",
            "In Macau, once a non-resident worker card is cancelled you usually have a short period to leave. Since you are already overstaying, contact the PSP Immigration Department quickly to regularise; fines are usually charged per day.",
        ),
        (
            "user",
            "我没钱买机票, only MOP 1,200 left, and my landlord at 提督馬路 won't return deposit.",
        ),
        (
            "assistant",
            "You can contact the Philippine Consulate General in Macau for repatriation help, and the Labour Affairs Bureau for any unpaid wages or deposit issues.",
        ),
    ],
]
