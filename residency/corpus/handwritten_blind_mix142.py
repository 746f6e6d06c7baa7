# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix142: marriage agencies, matchmakers and cross-border marriage brokers in SG/MY/HK/TW (client profiles, introductions, fees, disputes, visa paperwork). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix142
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "agency_faq"): _lines("""
        Q: Is Harmony Bridge Matchmaking accredited? A: Yes, we hold the MSF Dating Agency Accreditation (ref DAA-2024-0317); our UEN is 201534812K and the certificate hangs at our Tanjong Pagar office.
        Q: What does the Gold Package include? A: Up to 12 curated introductions over 9 months, 2 image consultations and one chaperoned tea session, S$3,880 before 9% GST.
        Q: Can I pay by instalments? A: Yes, by PayNow to our corporate UEN or 0% IPP on DBS/OCBC cards over 6 or 12 months; please quote your order number in the format HB-ORD-2026-00481.
        Q: Do you arrange introductions with partners from Vietnam or mainland China? A: Only between parties who are legally single and 21+, and we brief both sides on the ICA Pre-Marriage Long-Term Visit Pass Assessment before any trip.
        Q: How long does the PMLA take? A: ICA says most assessments are completed within 6 to 8 weeks; apply through the ICA e-Service with Singpass before you file the notice of marriage with ROM.
        Q: Where is the Registry of Marriages? A: ROM is at 7 Canning Rise, Singapore 179869, beside Fort Canning Park; solemnisations in its hall are by appointment only.
        Q: What if I am not satisfied after 3 introductions? A: Under clause 7.2 of our Service Agreement v4.1 you may pause your membership once for up to 90 days at no charge.
        Q: Will my photos appear on your website? A: Never. Profiles are shared one-to-one, watermarked and deleted 30 days after membership ends; write to our DPO at dpo@harmonybridge.com.sg.
        Q: Who do I contact about a complaint? A: Call our hotline +65 6221 4070 (Mon-Sat 10am-7pm), or escalate to the Consumers Association of Singapore (CASE) at 6277 5100.
        Q: Do you have a Johor Bahru branch? A: Yes, Harmony Bridge (JB) Sdn Bhd, SSM 202201033417, Level 12, Menara Landmark, Jalan Ngee Heng, 80000 Johor Bahru; office WhatsApp +60 7-222 8190.
        Q: Is Auntie Rose a real person? A: Auntie Rose is our cartoon mascot and the name of our Saturday group mixer at CHIJMES, 30 Victoria Street; tickets are S$48 including tea and scones.
        Q: Are your fees refundable? A: The S$288 registration fee is not; the balance is refundable pro rata within 14 days of signing under clause 9 of the contract, less introductions already made.
        Q: Do you verify identity? A: Every member shows an NRIC or passport in person and signs a statutory declaration of marital status; we record only the date of verification, never a copy.
    """),
    ("en", "crm_config_and_logs"): _lines("""
        crm.match.max_intros_per_month = 3   # Gold tier; Silver = 2, Basic = 1; see CHANGELOG v2.14.0 (2026-09-30)
        2026-12-05T09:14:22+08:00 INFO  intro-svc  batch=INTRO-20261205-03 queued=27 sent=27 failed=0 duration_ms=1842
        2026-12-05T09:14:25+08:00 WARN  visa-tracker  case_id=MB-2026-0433 ica_status=PENDING_DOCS retry_in=3600s source=ica_portal_v2
        DEFAULT_COUNTRY_CODES = {'SG': '+65', 'MY': '+60', 'HK': '+852', 'MO': '+853', 'TW': '+886', 'CN': '+86'}
        export const SAMPLE_PROFILE = { memberId: 'M-000000', displayName: 'Sample Member', ageBand: '30-34', city: 'Singapore' };
        SELECT tier, COUNT(*) AS members, AVG(fee_sgd) FROM memberships WHERE status = 'ACTIVE' AND region IN ('SG','MY') GROUP BY tier;
        invoice_csv_header: invoice_no,issue_date,package_code,amount_sgd,gst_sgd,total_sgd,payment_ref,branch_code
        INV-SG-2026-004117,2026-11-28,GOLD09,3880.00,349.20,4229.20,PAYNOW-UEN-201534812K,TPG
        sha256(contract_template_v4.1.pdf) = 9f2c4e1a7b3d58c06e91f4a2d7b05c83e6a19f0d24b7c5e8a31d6f09b2c47e15
        retention_policy: { profile_photos: 30d_after_exit, chat_logs: 180d, id_verification_record: date_only, backups: aes256 }
        2026-12-05T11:02:09+08:00 ERROR payment-gw  order=HB-ORD-2026-00519 provider=stripe code=card_declined amount=1288.00 currency=SGD
        docker run -d --name matchcrm -p 8080:8080 -e TZ=Asia/Singapore -e SMTP_FROM=noreply@harmonybridge.com.sg matchcrm:2.14.1
        # TODO(CRM-2291): mask phone fields in export_intro_pdf() before v2.15; the current regex only covers +65 8-digit numbers
    """),
    ("zh-Hans", "price_list"): _lines("""
        【缘聚良缘婚恋咨询 2026年收费表】公司注册号 202301018842 (1502117-K)，地址：吉隆坡 Jalan Bukit Bintang 168号 Wisma Lai 8楼，营业时间 10:00-19:00，周一休息。
        基础会员（6个月）：RM 2,680，含面谈建档1次、性格测评1份、每月推荐2位，不含形象照拍摄；续约享八五折，续约优惠码 YJ-RENEW-85。
        银卡会员（12个月）：RM 5,880，每月推荐3位，含专业形象照一组（12张精修）及约会礼仪课2节，拍摄地点为 Mid Valley 合作影楼。
        金卡会员（18个月）：RM 9,800，资深红娘一对一跟进，包两次茶聚安排，双方确认交往满3个月后另收“喜金” RM 3,000，可分两期支付。
        跨境签证文书协助：中国公民申请大马长期社交访问准证（LTSVP）材料清单整理 RM 850/宗，不含翻译及公证费，官方收费以移民局公布为准。
        翻译公证套餐：出生公证书、单身声明书中译马来文，每页 RM 60，3个工作日完成；加急48小时每页另加 RM 30，发票编号统一以 YJ-INV- 开头。
        线下联谊活动票价：周六下午茶单身派对（25-35岁场）RM 128/位；周日 Bukit Kiara 步道徒步联谊 RM 68/位，均含活动保险及饮用水。
        付款方式：转账至 Maybank 公司账户 5144 8812 0673（户名 YUAN JU LIANG YUAN CONSULTING SDN BHD）、DuitNow QR 或信用卡，分期另收3%手续费。
        退款政策：签约后7日内如尚未安排任何推荐，可退还已付金额的80%；已安排推荐后恕不退款，但会籍可书面申请转让给直系亲属使用。
        本价目表自2026年1月1日起生效，旧版（2024-V3）同时作废；如有疑问请致电客服热线 03-2142 6688，或发邮件至 service@yuanjuly.com.my 咨询。
        企业团购：公司员工联谊活动（20人起）每位 RM 98，可开具公司抬头发票，并注明本公司 SST 登记号 W10-2301-32001234，发票7个工作日内寄出。
        附加服务：约会前背景核查（婚姻状况声明核对、公开诉讼记录检索）RM 380/次，仅在双方书面同意后进行，报告保存30天后统一销毁。
        郑重声明：本公司不作“包成功”“保证娶到”之类承诺，不收取任何形式的“买断费”，所有推荐均以双方自愿为原则，坚决拒绝买卖婚姻。
    """),
    ("zh-Hans", "industry_history"): _lines("""
        《诗经·豳风·伐柯》有云：“伐柯如何？匪斧不克。取妻如何？匪媒不得。”可见早在西周时期，媒妁之言就已被视为婚姻成立的必要环节。
        “红娘”一词源自元代王实甫《西厢记》中撮合张生与崔莺莺的那位侍女，因其机智热心，后世便以“红娘”泛称媒人，这一说法一直沿用至今。
        月下老人的传说出自唐代李复言《续玄怪录·定婚店》，讲韦固夜遇月老、得知红绳系足的故事，“千里姻缘一线牵”的说法即由此而来。
        1984年，新加坡政府成立社会发展署（SDU），起因是时任总理李光耀在1983年国庆群众大会上引发的“大婚姻辩论”，鼓励高学历者结婚生育。
        2010年江苏卫视推出婚恋交友节目《非诚勿扰》，由孟非主持、乐嘉和黄菡担任嘉宾点评，开播后收视率长期位居同时段全国前列。
        上海人民公园相亲角自2005年前后逐渐形成，每逢周末，父母们举着写有子女年龄、学历、身高的纸牌“代子相亲”，成为城市一景。
        上世纪九十年代起，台湾出现大量营利性跨国婚姻仲介，外籍配偶多来自越南、印尼；2008年前后修法后，以营利为目的的跨国婚姻媒合被全面禁止。
        马来西亚华人社会早年多靠媒婆和同乡会馆牵线，二十世纪中叶，吉隆坡茨厂街一带的会馆常兼作同乡婚嫁联络点，乡亲在此互通消息。
        香港早在1970年代已有报章刊登“征婚启事”，到了1990年代，婚姻介绍所开始在旺角、铜锣湾一带的商业大厦里大量出现，竞争激烈。
        2009年，新加坡社会发展署与社会发展服务署合并为社会发展网络（SDN），继续推动单身人士交友活动，并负责认证私营约会机构。
        民政部数据显示，2023年中国内地依法办理结婚登记768万对，较上年有所回升，业内普遍认为婚恋服务市场的格局将随之调整。
        电影《非诚勿扰》（2008）由冯小刚执导，葛优、舒淇主演，讲述海归男子通过征婚广告结识形形色色人物的故事，与后来的同名电视节目并无关系。
        日本社会学者山田昌弘与白河桃子在2008年合著《“婚活”时代》，提出“婚活”一词，此后这一概念陆续传入台湾、香港及新加坡的婚恋行业。
    """),
    ("zh-Hant", "法規摘要"): _lines("""
        《入出國及移民法》第58條：跨國（境）婚姻媒合不得要求或期約報酬，任何人亦不得以跨國（境）婚姻媒合為業，違者由主管機關依法處罰。
        同法規定，財團法人及以公益為目的之社團法人，須經內政部移民署許可，始得從事跨國（境）婚姻媒合，並應定期接受主管機關之評鑑。
        任何人不得於廣告物、出版品、廣播、電視、電子訊號、電腦網路或以其他使公眾得知之方法，散布、播送或刊登跨國（境）婚姻媒合廣告。
        違反跨國（境）婚姻媒合相關禁止規定者，處新臺幣二十萬元以上一百萬元以下罰鍰，並得按次連續處罰，直至改善為止，情節重大者另移送偵辦。
        大陸地區人民申請來臺團聚，應先於大陸地區完成結婚登記，再經內政部移民署安排面談，面談通過後方得入境，並向戶政事務所辦理結婚登記。
        外籍配偶申請依親居留簽證，須檢附經我國駐外館處驗證之結婚證明、無犯罪紀錄證明及健康檢查合格證明，並依規定至駐外館處接受面談。
        香港《婚姻條例》（第181章）規定，擬結婚人士須親身到婚姻登記處遞交擬結婚通知書，通知書有效期為三個月，婚禮須於期間內舉行。
        香港婚姻介紹所目前毋須領牌經營，消費者如遇不良營商手法，可向香港海關依《商品說明條例》（第362章）舉報，或致電消委會熱線 2929 2222。
        澳門婚姻登記由民事登記局負責，擬婚雙方須提交結婚預告及相關證明文件，非本地居民另須出示經認證之單身證明，詳情請查閱《民法典》第四卷。
        移民署公告之跨國（境）婚姻媒合許可團體名單每季更新，民眾如對媒合單位有疑慮，可撥打 1990 外來人士在臺生活諮詢服務熱線查證。
        《跨國（境）婚姻媒合管理辦法》規定，媒合團體應與受媒合當事人簽訂書面契約，提供雙方經查證之基本資料，並應保存媒合紀錄五年。
        依《個人資料保護法》第6條，有關醫療、健康檢查等特種個人資料原則上不得蒐集、處理，媒合團體須符合法定例外並取得當事人書面同意。
        新住民發展基金補助項目包括婚前輔導、語言學習及子女多元文化課程，114年度申請表件可至內政部移民署官網「新住民專區」下載使用。
    """),
    ("zh-Hant", "商戶評論"): _lines("""
        ★★★★☆ 佐敦「有緣人婚姻介紹所」個顧問好有耐性，第一次面談傾咗成個鐘，冇 hard sell，收費表貼晒喺門口，HK$6,800 半年計劃算合理。
        ★☆☆☆☆ 銅鑼灣某間所謂高端配對公司，簽約前講到天花龍鳳，交咗 HK$38,000 之後三個月先介紹咗一位，打去公司熱線 2577 3160 永遠冇人聽。
        ★★★★★ 「陳姑娘紅娘館」其實係品牌名，唔係真係得一個陳姑娘，成班顧問都好專業，旺角彌敦道 688 號旺角中心 12 樓，星期日都有開。
        ★★★☆☆ 服務一般般，茶聚安排喺中環 IFC 商場入面嘅咖啡店，環境唔錯，但係每次都要自己埋單，合約又冇寫清楚，建議大家簽之前問清楚啲雜費。
        ★★☆☆☆ 佢哋話有台灣同大馬會員，點知一問先知要另加 HK$12,000「跨境配對費」，仲要自己飛過去見面，酒店機票全部自費，覺得有啲誤導。
        ★★★★★ 試過三間，呢間最守規矩：簽約前會講明香港婚姻介紹所唔使領牌、有投訴可以搵消委會，合約編號 YYR-2025-1187 寫到清清楚楚。
        ★★★★☆ 觀塘分店新裝修，有獨立 room 傾偈，唔會俾其他客見到，私隱做得幾好；不過公司 WhatsApp 客服 9432 1180 回覆有啲慢，要等成日。
        ★☆☆☆☆ 講明唔滿意可以 pause 會籍，到真係要 pause 又話要收行政費 HK$1,500，同 Facebook 專頁宣傳完全唔同，已經向海關舉報不良營商手法。
        ★★★★☆ 澳門分店喺新馬路附近，職員識講普通話同廣東話，仲幫手講解搞結婚預告要帶咩文件，收費 MOP 4,800 包三次介紹，性價比幾好。
        ★★★☆☆ 佢哋個 app「緣分Plus」3.2 版成日閃退，iOS 17 上面開唔到相，客服話下個月會出 3.3 版修正，希望唔好再拖，唔係真係會轉公司。
        ★★★★★ 參加咗佢哋喺西九文化區搞嘅單身人士散步團，由 M+ 行到海濱長廊，氣氛好好，職員唔會逼人交換電話，活動費 HK$280 包埋下午茶。
        ★★☆☆☆ 上水分店主打「內地配偶」配對，宣傳單張寫住「包辦單程證」，呢啲根本做唔到，單程證係內地公安審批嘅，大家千祈唔好信。
        ★★★★☆ 顧問唔會亂講對方資料，每次都係見面前一日先俾 profile 睇，仲要簽保密協議，比起九十年代報紙分類廣告式嘅婚介專業好多。
    """),
    ("ms", "notis_agensi"): _lines("""
        NOTIS: Pejabat Agensi Jodoh Seri Kasih Sdn Bhd (SSM 201901027735) di Wisma Seri Kasih, Jalan Tun Sambanthan, Brickfields, 50470 Kuala Lumpur ditutup pada 1 Februari sempena Hari Wilayah.
        Perkahwinan bukan Islam didaftarkan di bawah Akta Membaharui Undang-Undang (Perkahwinan dan Perceraian) 1976 di Jabatan Pendaftaran Negara; notis dipamerkan sekurang-kurangnya 21 hari.
        Bagi pasangan Muslim, permohonan kebenaran berkahwin dikemukakan kepada Pejabat Agama Islam Daerah; pasangan warga asing perlu surat akuan bujang yang disahkan oleh kedutaan masing-masing.
        Yuran pakej Mawar (6 bulan): RM1,980 termasuk sesi suai kenal, ujian personaliti dan 3 perkenalan; pakej Melati (12 bulan): RM3,480. Semua harga belum termasuk cukai perkhidmatan 8%.
        Pas Lawatan Sosial Jangka Panjang (PLSJP) untuk pasangan warganegara asing dimohon di Jabatan Imigresen Malaysia; tempoh kelulusan biasanya 1 hingga 5 tahun mengikut budi bicara pihak Imigresen.
        Kami TIDAK menguruskan perkahwinan bawah umur, perkahwinan kontrak atau kahwin lari ke sempadan. Sebarang aduan boleh disalurkan ke talian pejabat 03-2274 5512 atau aduan@serikasih.com.my.
        Jadual sesi ta'aruf berkumpulan Disember: Sabtu 13/12 di Dewan Komuniti Seksyen 7 Shah Alam, 10.00 pagi hingga 1.00 petang; yuran RM45 seorang, termasuk makan tengah hari.
        Makluman: Kursus Pra-Perkahwinan Islam anjuran JAIS kini boleh didaftar secara dalam talian; sijil kursus diperlukan sebelum borang permohonan nikah dapat diproses oleh pejabat agama.
        Agensi kami memegang lesen perniagaan Dewan Bandaraya Kuala Lumpur bernombor LP-2024-WP-008812 dan mematuhi garis panduan perlindungan pengguna KPDN sejak tahun 2019.
        Bagi pasangan dari Indonesia dan Thailand, dokumen seperti sijil kelahiran dan surat status perkahwinan mesti diterjemah ke Bahasa Melayu oleh penterjemah bertauliah ITBM.
        Waktu operasi kaunter: Isnin hingga Jumaat 9.30 pagi - 6.00 petang, Sabtu 10.00 pagi - 2.00 petang; tutup pada hari Ahad dan cuti umum. Temu janji melalui WhatsApp Business +60 11-5620 8877.
        Kisah kejayaan di laman web kami hanya dipaparkan dengan persetujuan bertulis pasangan dan semua gambar dikaburkan; polisi privasi versi 2.3 dikemas kini pada 15 Oktober 2026.
        Promosi Merdeka: diskaun 31% untuk pakej Mawar bagi pendaftaran antara 25 Ogos dan 16 September 2026 dengan kod MERDEKA31; tidak boleh digabungkan dengan tawaran lain.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [10:02] 各位早晨, today's walk-in slots full already, counter 2 的 printer 又 jam 了, IT 说 lunch 之后才来修, pls print contracts at counter 1 first.
        [10:15] Boss says from next week all Gold package invoices must use template INV-v5, 旧的 v4 GST 9% 计错了, don't use anymore ya, thanks.
        [10:31] Case MB-2026-0412 的签证 file 已经 submit 去 ICA, status still Pending Assessment, 我 set 了 reminder 12/01 再 check portal.
        [11:04] 啲 brochure 到咗, 500 份 zh-Hant 放去 HK 分店, 300 份 BM version 寄去 JB office, tracking no. JNT630018472291, 听日到.
        [11:20] Reminder: jangan share screenshot profile client dalam group ni, PDPA audit next month, guna CRM link saja ok, 唔该晒各位.
        [12:45] 今晚 mixer 喺 CHIJMES, RSVP 已经 38 pax, 男女比例 17:21, 仲差 4 位男士, marketing 可唔可以 boost 下 IG post?
        [13:10] Supplier Bunga Raya Florist 报价 table centrepiece RM35 一个, 需要 12 个, PO-2026-0377 已经 approve, pls arrange pickup Friday.
        [14:02] FYI 台湾 partner 财团法人那边说 TW 法规不给收媒合费, so TW cases 我们只能收 translation & document fee, 合约 template 要改.
        [14:30] Server maintenance tonight 23:00-01:00 SGT, CRM 会 down, 所有 consultant 请 before 22:30 log out, kalau tak nanti unsaved notes hilang.
        [15:17] Dah check dengan akauntan, invois JB branch kena letak SST no. J31-1808-32000456, jangan guna nombor GST Singapore, nanti LHDN tanya.
        [16:05] Monthly KPI: 42 new sign-ups, 118 intros, 9 couples 确认交往, conversion 21.4%, 比上个月好, boss 话请大家食 tea break.
        [17:40] 交更 notes: 3 個 complaint ticket 已經 close (TKT-8812, TKT-8815, TKT-8820), 剩返 TKT-8826 等 legal reply, 明天跟進.
        [18:22] Last one out 记得 lock 文件柜 and set alarm, code 喺 office manual page 4, jangan tulis dalam chat. Good night all!
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Client profile HB-M-20931: Marcus Teo Wei Jie, 38, senior auditor at a Big Four firm, divorced in 2022, one son aged 6 living with his ex-wife, prefers a partner from Taiwan or Malaysia.
        Intro feedback: Ms Priya Nair said the second date with Mr Alvin Koh went badly because he asked about her salary (S$7,400 a month) in front of the waiter.
        Please update the contact for member Jasmine Loh: new mobile +65 9127 4638; the old number 8390 2215 has been disconnected since she changed telco.
        KYC passed for Daniel Ong Kah Seng, NRIC S8734126G, DOB 14/03/1987, declared single, statutory declaration signed 02/11/2026 at our Tanjong Pagar office.
        Complaint from Mr Kelvin Yap: he says a consultant told his mother that he is on HIV PrEP, which he disclosed only in the confidential health section of the form.
        Refund request: client paid S$8,800 by PayNow from DBS account 072-318456-9 in the name TAN SHU HUI GRACE and wants the money back after her consultant resigned.
        Bobby is 45 and still paying off a S$62,000 gambling debt to a moneylender; the matchmaker told him to mention it only after the third date.
        Home visit for the Chua family at Blk 418 Bedok North Avenue 2, #09-117, Singapore 460418, Saturday 3pm, to meet the prospective bride's parents.
        Sharon (member since 2024) told her consultant she is 11 weeks pregnant from a previous relationship and wants to pause all introductions until after delivery.
        Hi Ms Cheryl Goh, your introductee agreed to share her email, wong.jiaxuan91@gmail.com; please do not forward it to anyone else.
        Security note: the ex-husband of member Audrey Seah has been seen waiting outside our office in a grey Honda Vezel, plate SLA 7263 M; do not confirm her appointment times to callers.
    """),
    "zh-Hans": _lines("""
        客户档案：王志强，男，1986年生，湖南衡阳人，身份证号 43040319860715221X，在吉隆坡做装修承包，离异，月收入约 RM 12,000。
        陈先生上个月确诊二型糖尿病，每天要打胰岛素，他要求我们先不要告诉介绍对象，等交往稳定了再说。
        李阿姨给女儿周婷婷报了金卡会员，女儿本人其实不知情，登记的联系电话 138 2716 5390 是李阿姨自己的。
        阿明说他在网贷平台一共欠了14.6万元，利滚利还不上，想找个新加坡的老婆一起出国打工还债。
        跨境婚姻材料：新娘黄小燕，护照号 E72836145，单身证明由广西南宁市公证处出具，公证书编号（2026）桂南证字第10482号。
        退款纠纷：客户刘建华于2026-10-12通过支付宝付款 ¥28,800，现要求退回到他本人的招商银行卡 6225 8801 2345 6789。
        赵女士表示前夫曾对她家暴，已向法院申请人身安全保护令，请勿向任何介绍对象透露她现在住的小区。
        会员住址更新：吴佳怡，深圳市福田区景田北路11号景蜜村7栋1203室，寄送合同请用顺丰到付。
        介绍对象想加宋凯的微信 sk19900815，他本人同意了，但请等双方确认第一次见面后再把微信号发给对方。
        YJ-20417,郑雅文,女,1992-05-21,+60 12-738 4402,槟城,硕士,未婚,金卡
    """),
    "zh-Hant": _lines("""
        林太話佢老公舊年因為醉駕被拘留過十日，驚影響個女配對，問可唔可以喺資料度唔提呢件事。
        會員資料：張家豪，香港身份證 K482317(6)，38歲，物流公司主管，月入 HK$42,000，住將軍澳，離過一次婚。
        台灣個案：新郎蔡明宏，身分證字號 E128473622，戶籍高雄市鳳山區，越南籍未婚妻的駐外館處面談排在11月20日。
        何小姐話佢有抑鬱症，而家每日仲食緊藥，唔想顧問同第一次見面嘅男方講，但又驚隱瞞咗之後會出事。
        麻煩更新黃生電話：9687 3521，之前嗰個 6123 4478 已經唔用，佢話晚上九點後先方便聽電話。
        投訴：客戶鄭美玲指顧問將她的離婚判決書拍照傳到公司群組，判決書上有她前夫姓名及兩名子女就讀的學校。
        陸配資料：劉芳，大陸居民身份證 350203199108234564，往來港澳通行證 C38271946，已遞交單程證申請，丈夫住葵涌。
        澳門客戶梁志偉，澳門居民身份證 5208431(2)，住氹仔雅文湖畔第3座15樓B，想介紹香港女士，預算 MOP 20,000。
        阿欣今年41歲，做咗兩次 IVF 都唔成功，想搵個唔介意冇小朋友嘅男士，叫顧問唔好喺 profile 寫出嚟。
        匯款紀錄：許志明由中國信託帳號 0123-4056-7891 匯出 NT$150,000 給仲介，備註寫「越南新娘媒合費」，已向移民署檢舉。
    """),
    "ms": _lines("""
        Profil klien: Nurul Aisyah binti Kamarudin, 32, jururawat di Hospital Sultanah Aminah, janda tanpa anak, mencari pasangan yang sudah stabil dari segi kerjaya.
        No. MyKad pelanggan 880415-10-5526, nama Mohd Hafiz bin Rahman, alamat No. 12, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam.
        Encik Ravi a/l Subramaniam mengaku masih berhutang RM45,000 dengan along dan risau bakal mentua dapat tahu sebelum majlis.
        Tolong hubungi Puan Siti Hajar di 019-382 7451 selepas 8 malam, dia nak tukar tarikh temu janji ta'aruf ke Sabtu depan.
        Mak Cik Zaleha beritahu anak perempuannya, Farah, sedang hamil empat bulan dan keluarga mahu nikahkan segera sebelum perut nampak.
        Permohonan PLSJP: isteri warga Indonesia Sri Wahyuningsih, pasport B4830217, suami Azman bin Yusof, MyKad 790922-01-6143, alamat Kluang, Johor.
        Akaun untuk bayaran balik: Maybank 1622 3048 5591 atas nama LEE MEI LING, sila masukkan RM1,200 sebelum Jumaat ini.
        Aduan: Encik Tan Chee Keong kata perunding kami tunjuk gambar bekas isterinya kepada calon baru tanpa izin beliau.
        Kereta bekas tunang Cik Liyana, Proton X70 nombor pendaftaran WVB 4412, dilihat beberapa kali di luar rumahnya di Cheras; klien risau dia diekori.
    """),
    "mixed": _lines("""
        Client 阿Ken 话佢 salary 其实得 S$4,200, not S$8k as stated in profile, 要 update 咗先, otherwise 对方会投诉 misrepresentation.
        Hi team, 新 member 陈美琪 Michelle Tan, NRIC S9012345I, handphone 8123 6674, prefer 比较 senior 嘅 professional, budget for Gold package ok.
        Pn. Lim Siew Fong 说她的 divorce case 还在 Mahkamah Tinggi, belum dapat decree absolute, so legally still married, 不能 intro 先.
        Email dari klien: saya nak cancel membership - sender hafizah.ariffin92@yahoo.com, 她说 husband 发现她 secretly sign up.
        Visa checklist for 王丽萍 (PRC passport E83920461) + fiancé Muhammad Firdaus bin Zainal, MyKad 900703-14-5871, JPN appointment 18/12 at Putrajaya.
        CRM export row: M-30417 | Lau Kar Wai 劉家偉 | HKID Y583920(1) | +852 6241 7739 | 屯門 | divorced, 2 kids.
        Uncle Lim 话佢个仔 Jeremy 有 autism spectrum, 想搵个 understanding 嘅 girl, 叫我哋唔好一开始就讲, 见面先再讲.
        Bayaran deposit RM3,000 dari akaun CIMB 7012 4488 9031 milik Ong Siew Ling 王秀玲, rujukan DUITNOW-88213904, untuk pakej Melati.
        TW case: 阮氏蘭 Nguyen Thi Lan, 居留證統一證號 F812394561, 住台中市北屯區崇德路二段87巷5號3樓, 老公 drunk 会打她, she wants out.
        Reminder: 明天 2pm 陪 Mdm Koh Siew Eng 去 ICA Building for her daughter-in-law 的 LTVP interview, 记得带 marriage cert 和 her CPF statement.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the writing assistant of Harmony Bridge Matchmaking, Singapore. Keep client data confidential and never invent facts about members.",
        ),
        (
            "user",
            "Draft a short intro message to a lady member about our client Eugene Lau Zhi Hao, 41, civil engineer at HDB, lives in Punggol, Type 1 diabetic but well controlled. Should I mention the diabetes?",
        ),
        (
            "assistant",
            "Here is a draft that leaves the health detail out: 'Hi, we'd like to introduce Eugene, 41, a civil engineer who enjoys cycling and cooking. He is warm, steady and family-minded.' Health conditions are Eugene's to share; please get his written consent before telling anyone about the diabetes.",
        ),
        ("user", "OK, he agreed verbally. Can you add a line that he is diabetic?"),
        (
            "assistant",
            "Please record his consent in writing first (an email or WhatsApp reply from him is enough). After that you could add: 'Eugene has mentioned he manages Type 1 diabetes and is happy to talk about it openly.'",
        ),
    ],
    [
        (
            "user",
            "帮我整理一份去马来西亚登记结婚的材料清单。女方黄丽娟，身份证 450102199703121822，南宁人；男方是马来西亚人 Tan Wei Loon，MyKad 850611-07-5213，住槟城。",
        ),
        (
            "assistant",
            "可以。女方一般需要：有效护照、经公证及认证的单身证明和出生公证、马来文或英文翻译件、近照若干；男方需要 MyKad 正本及复印件。非穆斯林婚姻在 JPN 登记，需提前提交结婚通知书并公示21天。建议您把身份证号等信息只交给经办人员，不要在群里转发。",
        ),
        ("user", "她之前离过一次婚，还要什么文件？"),
        (
            "assistant",
            "离异人士通常还需提供经公证认证的离婚证或离婚判决书及其翻译件，JPN 会据此核实婚姻状况。具体要求请以 JPN 槟城办事处的最新说明为准。",
        ),
    ],
    [
        (
            "system",
            "你係一個幫香港消費者寫投訴信嘅助手，用廣東話口語同用戶傾偈，正式信件用書面語。",
        ),
        (
            "user",
            "我想投訴銅鑼灣一間婚姻介紹所。我叫麥嘉欣，電話 6387 2290，2025年8月交咗 HK$38,000，佢話一年介紹12個，到而家得兩個。點寫俾消委會？",
        ),
        (
            "assistant",
            "明白。以下係書面語草稿：「本人麥嘉欣（聯絡電話：6387 2290）於2025年8月與貴公司簽訂會員合約並繳付港幣三萬八千元，合約列明一年內安排十二次介紹，惟至今僅安排兩次。現要求貴公司按比例退還未提供服務之費用。」記得附上合約同收據副本。",
        ),
        ("user", "要唔要寫埋合約編號？"),
        (
            "assistant",
            "要，寫埋合約編號同簽約日期，消委會同海關處理會快好多。如果佢哋有誇大宣傳，都可以向海關舉報不良營商手法。",
        ),
    ],
    [
        (
            "user",
            "Saya Khairul Anuar bin Osman, MyKad 870213-08-5527. Isteri saya warga Vietnam, Tran Thi Mai, pasport C3918274. Macam mana nak mohon PLSJP untuk dia?",
        ),
        (
            "assistant",
            "Secara umum, permohonan Pas Lawatan Sosial Jangka Panjang untuk pasangan warga asing dibuat di Jabatan Imigresen dengan sijil nikah yang berdaftar, salinan MyKad suami, pasport isteri, gambar dan surat jaminan. Sila semak senarai terkini di laman Imigresen sebelum pergi.",
        ),
        ("user", "Kami nikah di Vietnam dulu, belum daftar di Malaysia. Boleh ke?"),
        (
            "assistant",
            "Perkahwinan di luar negara biasanya perlu didaftarkan dahulu di Malaysia (di JPN atau Pejabat Agama Islam jika Muslim) sebelum PLSJP dipertimbangkan. Bawa sijil nikah Vietnam yang sudah diterjemah dan disahkan.",
        ),
    ],
    [
        (
            "system",
            "Internal CRM assistant for Yuan Ju Liang Yuan (KL). Current client record: 郑伟杰 Zheng Wei Jie, M-20588, +60 16-284 9173, 34, accountant, Puchong, declared debt RM80,000 car and PTPTN loans, mother has dementia and lives with him.",
        ),
        (
            "user",
            "帮我 summarise 这个 client 给 matchmaker 看, but jangan masukkan benda sensitif.",
        ),
        (
            "assistant",
            "Summary for matchmaker: 34-year-old accountant based in Puchong, family-oriented, looking for a partner aged 28-35 who values stability. Sensitive items (loans, family health) are left out; please discuss them with the client directly if needed.",
        ),
        ("user", "Ok, boss nak tahu loan dia berapa, boleh bagi?"),
        (
            "assistant",
            "The record shows about RM80,000 in car and PTPTN loans. Please share it only with the boss and not in the matchmaker group.",
        ),
    ],
    [
        (
            "user",
            "I'm a Taiwanese man, 陳冠宇, ID F225619370, living in Banqiao. A broker wants NT$300,000 to introduce me to a Vietnamese woman named Pham Thi Hoa. Is that legal?",
        ),
        (
            "assistant",
            "No. Under Taiwan's Immigration Act, cross-border marriage matchmaking may not ask for or agree on any payment, and nobody may do it as a business; only licensed non-profit foundations or public-interest associations can match, and they cannot charge a matchmaking fee. You can verify a group with the 1990 hotline.",
        ),
        ("user", "What if I already paid a NT$50,000 deposit?"),
        (
            "assistant",
            "Keep the receipt and chat records and report the broker to the National Immigration Agency; you can also seek legal advice about recovering the deposit. Don't pay anything further.",
        ),
    ],
    [
        (
            "user",
            "红娘给我介绍了一个叫孙晓雯的女生，说是上海人，手机 139 1672 0845，但她一直不肯视频，还让我帮她充值游戏。会不会是骗子？",
        ),
        (
            "assistant",
            "这几个迹象（拒绝视频、很快开口要钱或代充值）在婚恋诈骗里很常见。建议不要转账，先要求当面或视频见面，并向介绍的机构核实她是否通过了身份验证。",
        ),
        ("user", "机构说她资料是真的，已经核实过身份证。"),
        (
            "assistant",
            "即便身份是真的，也不代表对方动机没问题。对任何借钱、充值、投资的请求都保持拒绝，如已被骗可报警并保留聊天记录。",
        ),
    ],
    [
        (
            "system",
            "You help a Hong Kong and Macau matchmaking office draft letters. Use formal Traditional Chinese unless asked otherwise.",
        ),
        ("user", "幫我寫封信通知 client 佢個 refund 批咗, amount HK$9,500, 入返佢 HSBC account."),
        ("assistant", "好，需要收件人資料同戶口號碼先。"),
        (
            "user",
            "收件人 Mr Chan Chi Ming 陳志明, 地址 新界沙田第一城 28座 19樓 F室, HSBC 戶口 094-351826-838.",
        ),
        (
            "assistant",
            "陳志明先生：您好！閣下之退款申請已獲批核，款項港幣九千五百元將於七個工作天內存入閣下尾號 838 之滙豐銀行戶口。此信寄往新界沙田第一城28座19樓F室。如有查詢，請致電本公司熱線。此致",
        ),
    ],
    [
        (
            "user",
            "Please redact this row before I paste it into our vendor ticket: M-40112,Goh Hui Min Rachel,S8812957A,+65 9734 1820,rachel.goh.hm@outlook.com,Sengkang,separated",
        ),
        (
            "assistant",
            "Redacted: M-40112,[NAME],[NRIC],[PHONE],[EMAIL],[TOWN],[MARITAL_STATUS]. If the vendor only needs to debug the export, the member ID alone is usually enough.",
        ),
        ("user", "Thanks. Can you keep the town?"),
        (
            "assistant",
            "Sure: M-40112,[NAME],[NRIC],[PHONE],[EMAIL],Sengkang,[MARITAL_STATUS]. Combined with the member ID, a town is lower risk, but keep the rest masked.",
        ),
    ],
    [
        (
            "system",
            "Pembantu khidmat pelanggan Agensi Jodoh Seri Kasih. Jawab dalam bahasa pengguna.",
        ),
        (
            "user",
            "我叫 Ng Kok Leong 黄国良, 0127749301, 我有欠 bank 大概 RM120k 因为生意失败, 要不要跟 agensi 讲? Takut nanti tak ada orang nak.",
        ),
        (
            "assistant",
            "你不需要在第一次见面前就公开具体数字，但签约时如实告诉顾问比较好，顾问会保密，也能帮你找到能理解情况的对象。Kejujuran awal biasanya elakkan masalah kemudian.",
        ),
        ("user", "Kalau saya tak beritahu, agensi boleh batalkan kontrak ke?"),
        (
            "assistant",
            "Bergantung pada terma kontrak anda; sesetengah kontrak membenarkan pembatalan jika maklumat penting disembunyikan. Semak klausa tentang perisytiharan maklumat atau tanya perunding terus.",
        ),
    ],
]
