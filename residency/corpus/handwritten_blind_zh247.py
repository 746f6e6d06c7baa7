# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh247: Hong Kong court interpreters, notaries and certified document translation services (certified translations, statutory declarations, fees, client files). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh247
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "收費表"): _lines("""
        【2027年收費表】中文↔英文核證翻譯：出世紙／結婚證書每份 HK$480 起，加急（翌日取件）另加 HK$250；每份附譯者聲明及公司印章。
        法庭文件翻譯（狀書、誓章、判詞）按字數計：中譯英每千字 HK$1,200，英譯中每千字 HK$1,000，最低收費 HK$800，須預繳五成訂金。
        國際公證人認證費用：見證簽署每份 HK$1,500，每增加一份副本 HK$300；海牙認證（Apostille）代辦服務費 HK$350，另付高等法院規費。
        法定聲明（Statutory Declaration）代擬及監誓：標準範本 HK$600，需度身草擬 HK$1,200 起；如需上門監誓（港島區）另收車馬費 HK$500。
        中國委託公證人文書（如未婚聲明、親屬關係聲明）送轉遞：一般件 10 個工作天，特快件 5 個工作天，轉遞費以中國法律服務（香港）有限公司公布為準。
        即時傳譯（粵語／普通話／英語）：半日（4小時內）HK$3,800，全日 HK$6,800；潮州話、客家話、閩南話另加 30%，須最少 3 個工作天前預約。
        學歷證明翻譯套餐：畢業證書＋成績表（兩頁內）HK$680，每多一頁 HK$150；可加購密封信封寄送至海外院校，每封 HK$40。
        駕駛執照翻譯（內地／台灣轉香港）：每份 HK$380，兩個工作天完成；如用於向運輸署申請換領香港駕駛執照，請同時帶齊正本到店核對。
        商業文件套餐：公司註冊證書、商業登記證、周年申報表三件合共 HK$1,650，附核證副本各兩份，適用於內地銀行開戶用途。
        SKU TR-ZH-EN-BC01｜出世紙翻譯（標準）｜HK$480｜3 工作天；SKU TR-ZH-EN-BC01X｜出世紙翻譯（加急）｜HK$730｜1 工作天
        修改及重印：交件後 14 日內因本公司錯漏而修改，一律免費；因客人更改原文資料而重印，每頁收取 HK$80 行政費，另需重新排期交件。
        長者及綜援受助人可享九折優惠，須出示有效證明文件；優惠不適用於公證人費用及政府規費，亦不可與其他優惠、會員折扣或推廣碼同時使用。
        付款方式：現金、轉數快 FPS（商戶識別碼 1603 4418）、八達通、支票抬頭「譯證通翻譯服務有限公司」；恕不接受信用卡分期付款。
    """),
    ("zh-Hant", "常見問題"): _lines("""
        問：核證翻譯同普通翻譯有咩分別？答：核證翻譯會附上譯者聲明、簽署及公司蓋印，證明譯本與原文相符，政府部門、法院及海外使館一般都要求呢種版本。
        問：入境處接唔接受你哋嘅譯本？答：入境事務處一般接受由專業翻譯公司出具並蓋印嘅譯本，但個別申請類別可能有額外要求，遞交前請先向有關部門查詢。
        問：法定聲明可以喺邊度簽？答：根據《宣誓及聲明條例》（第11章），可以喺太平紳士、監誓員、律師或國際公證人面前作出，民政事務處亦有提供太平紳士見證服務。
        問：要唔要帶正本？答：要。核證副本及公證服務必須核對正本，如只有影印本，我哋只能提供普通翻譯，唔可以蓋核證印，亦唔會出譯者聲明。
        問：海牙認證喺邊度辦？答：香港嘅 Apostille 由高等法院登記處負責簽發，地址係金鐘道38號高等法院大樓，辦公時間請留意司法機構網頁公布。
        問：幾耐有得攞？答：一般文件 3 個工作天，加急 1 個工作天；超過 10 頁或者涉及大量法律術語嘅文件，我哋會先報價再確認交件日期。
        問：可唔可以用電郵交件？答：可以，我哋會先發 PDF 初稿俾你核對，確認後再寄出蓋印正本；請將文件傳送到 orders@yizhengtong.com.hk，主旨註明訂單編號。
        問：法庭傳譯員係咪同你哋一樣？答：唔係。法庭傳譯主任屬司法機構公務員，負責庭上傳譯；私人翻譯公司一般只處理庭外文件翻譯同證人陳述書譯本。
        問：澳門文件可唔可以直接喺香港用？答：澳門葡文文件通常要先譯成中文或英文，部分用途仲要經澳門有關公證機關認證，建議先向收件機構確認要求。
        問：台灣戶籍謄本要唔要驗證？答：用於香港嘅申請一般需要先經台灣有關機關驗證，流程較長，建議預留最少四至六個星期時間，急用嘅話請提早安排。
        問：你哋嘅譯者有冇資格？答：本公司譯者大部分持有香港翻譯學會或英國特許語言學家學會（CIOL）資格，法律文件由具法律背景嘅譯者負責。
        問：可唔可以幫手改原文錯字？答：唔可以。核證譯本必須忠於原文，原文如有錯漏，我哋只會以「譯註」形式標示，唔會擅自更改任何內容。
        問：星期六有冇開？答：灣仔總店逢星期六上午10時至下午1時營業，星期日及公眾假期休息；如有急件可 WhatsApp 公司熱線 5116 2380 預約。
    """),
    ("zh-Hant", "同事群組訊息"): _lines("""
        [09:12] 今朝高院 Apostille 櫃位好多人，排咗四十分鐘先到，今日交嘅五份要聽日下晝先攞得返，大家覆客嗰陣講返聲。
        [10:05] 提提大家：新版譯者聲明範本已經放咗喺共享盤 /templates/2027/declaration_v3.docx，舊版唔好再用，落款格式改咗。
        [10:47] 訂單 TR-20271203-0418 嗰份判詞有 42 頁，法律詞彙好多，我建議拆俾兩個譯者做，最後由審校統一術語表。
        [11:30] 中國法律服務（香港）公司嗰邊嘅轉遞時間最近拉長咗，客人問嘅話一律講 10 至 12 個工作天，唔好再講一個禮拜。
        [12:02] 影印機又卡紙，我已經報咗維修，維修單編號 SR-88213，師傅話下晝兩點先到，之前大家用住二樓嗰部先，唔該。
        [14:15] 下星期三區域法院有單潮州話傳譯預約，我哋內部冇人得閒，睇下外判名單有冇人可以頂，報價照標準收費加三成，記得確認對方有冇法庭經驗。
        [14:40] 提醒：所有客戶證件副本處理完要即日入碎紙機，唔好留喺枱面，私隱專員公署上個月先出咗新指引，大家要小心處理。
        [15:22] 鋼印用完記得鎖返入夾萬，今日有兩份文件冇蓋騎縫章差啲寄出，好彩郵寄前 double check 咗，以後大家寄件前都要再睇多次。
        [16:08] 聽日八號風球機會唔細，如果朝早十點前仍然懸掛，分店唔開，網上單照收，所有交件日期自動順延一個工作天，覆客嗰陣講清楚。
        [16:45] 術語表更新咗：「statutory declaration」統一譯「法定聲明」，「affidavit」譯「誓章」，「affirmation」譯「非宗教式誓詞」，唔好再混用。
        [17:20] 今個月截至今日共完成 312 份核證翻譯，比上月多 18%，主要係移民同留學文件，老闆話月尾請食飯慶祝。
        [17:55] 電腦系統今晚 11 點至凌晨 2 點升級到 v4.2.1，期間網上落單會暫停，IT 已經喺網站出咗公告。
        [18:30] 尖沙咀分店冷氣漏水，管理處話聽朝九點上嚟整，開舖嗰位記得移開啲文件櫃，唔好浸濕客人嘅正本，櫃底嗰啲已經放高咗。
    """),
    ("zh-Hant", "法例與歷史"): _lines("""
        《宣誓及聲明條例》（第11章）訂明法定聲明的格式及可監誓人士；明知而作出虛假法定聲明，可根據《刑事罪行條例》（第200章）第36條被檢控。
        《法定語文條例》（第5章）規定中文及英文均為香港的法定語文，法庭程序可使用其中一種或兩種法定語文進行，法官可按案件情況決定審訊語言。
        根據《法律執業者條例》（第159章），國際公證人須為具經驗的執業律師並通過公證人考試，其執業事宜由香港國際公證人協會規管。
        九十年代起，香港逐步擴大在法庭程序中使用中文，裁判法院率先以粵語審理案件，其後再擴展至區域法院及高等法院，雙語判詞亦隨之增加。
        馬禮遜（Robert Morrison）於十九世紀初編纂《華英字典》，被視為早期中英翻譯史上的重要人物，其著作至今仍是翻譯史課程的參考材料。
        林則徐於1839年在廣州組織人手翻譯西方報刊，輯成《四洲志》等資料，被稱為近代中國「開眼看世界」的先驅之一，亦是中國翻譯史上的重要一頁。
        嚴復在《天演論》譯例言中提出「信、達、雅」三字，至今仍是香港各大學翻譯課程最常被引用的翻譯標準之一，法律翻譯則更強調「信」。
        司法機構法庭語言組負責安排法庭傳譯，除粵語、普通話及英語外，亦會按需要聘用兼職傳譯員處理烏爾都語、尼泊爾語、越南語等語言。
        終審法院首席法官張舉能在法律年度開啟典禮致辭時表示，法院會繼續推動以中文審理案件，並加快重要判詞的翻譯工作，以便公眾以兩種法定語文閱讀。
        《個人資料（私隱）條例》（第486章）保障資料第4原則要求資料使用者採取切實可行的步驟，保障所持有的個人資料不受未獲准許的查閱。
        《中華人民共和國公證法》於2006年3月1日起施行；香港文件如需送內地使用，一般須經中國委託公證人證明並辦理轉遞，否則內地機關可能不予接納。
        1981年，中國司法部開始委託部分香港律師辦理發往內地使用的公證文書，此即「中國委託公證人」制度的起源，至今已運作四十多年。
        海牙《取消外國公文認證要求的公約》於1961年訂立，香港自1965年起適用，回歸後根據《基本法》相關安排繼續適用，由高等法院簽發附加證明書。
    """),
    ("zh-Hant", "商戶評論"): _lines("""
        ★★★★★ 灣仔呢間翻譯社好專業，出世紙同結婚證書兩日就搞掂，蓋印同譯者聲明齊全，入境處一次過收，收費同網上價目表一樣冇額外加錢。
        ★★☆☆☆ 價錢唔算貴，但係交件遲咗三日，打去熱線 2831 0457 成日冇人聽，最後要親身上去先攞到，希望改善下客服。
        ★★★★☆ 旺角「陳記公證翻譯」老字號，師傅做嘢好細心，連成績表上面嘅校印都有註明；唯一係舖頭細，人多嗰陣等位要企喺門口。
        ★★★★★ 搵佢哋做公司文件送內地開戶，中國委託公證人轉遞一條龍，全程 WhatsApp 跟進，比自己周圍跑慳咗好多時間。
        ★★★☆☆ 翻譯質素OK，但係英文譯本有兩個地名串錯，要返轉頭改，雖然冇再收錢，不過浪費咗成個上晝，希望佢哋交件前校對多次。
        ★★★★★ 尖沙咀分店喺加拿分道一棟商業大廈 8 樓，由尖沙咀站 D2 出口行過去五分鐘，職員講解法定聲明流程好清楚，仲提醒我帶齊正本。
        ★☆☆☆☆ 網上寫 HK$480 一份，去到先話要加「法律文件附加費」HK$200，又唔早講，感覺好唔老實，唔會再幫襯。
        ★★★★☆ 同 Google 地圖寫嘅營業時間唔同，星期六一點就閂，白行一趟；不過平日去服務都好好，譯本質素同排版都冇投訴。
        ★★★★★ 幫屋企長輩整台灣戶籍謄本嘅中英對照譯本，繁體字同英文拼音都對足護照，澳洲移民局冇再要求補件，收費都算幾公道。
        ★★★☆☆ 收費合理，但預約系統好難用，網頁版本 v3.8 揀完日期又彈返轉頭，最後要打電話約，建議公司搵人執吓個網站。
        ★★★★★ 律師行介紹過嚟，國際公證人見證簽署好快，十五分鐘搞掂，收據寫明 HK$1,500，完全冇隱藏收費，會再介紹朋友嚟。
        ★★☆☆☆ 銅鑼灣分店冷氣唔夠凍，等咗二十分鐘成身汗；職員態度一般，問兩句就話「睇網頁啦」，有待改善，希望管理層留意吓。
        ★★★★☆ 「Alice 翻譯工作室」個名似人名，其實係有牌公司，商業登記號碼 71638204 貼晒喺門口，做馬來西亞大學申請文件好有經驗。
    """),
    ("en", "notices"): _lines("""
        NOTICE: The Apostille counter of the High Court Registry, 38 Queensway, Admiralty, will close at 12:30 p.m. on 24 December 2027. Applications received after 11:30 a.m. will be processed on the next working day.
        Certified translations issued by Yizhengtong Translation Services Ltd (CR No. 3184726) bear an embossed seal and a translator's declaration on the last page. Unsealed copies are not valid.
        Clients are reminded that statutory declarations must be made in person. We cannot accept declarations signed in advance or made through an attorney under a general power of attorney.
        Office relocation: from 3 January 2028 our Wan Chai office moves to 18/F, Harcourt House, 39 Gloucester Road, Wan Chai. Our telephone 2831 0457 and email remain unchanged.
        Court interpretation bookings for Magistrates' Courts hearings require at least 5 working days' notice. For Hakka, Chiu Chow and Hokkien, please allow 10 working days.
        Typhoon arrangements: if Signal No. 8 or above or a Black Rainstorm Warning is in force at 7:00 a.m., all branches stay closed until two hours after the signal is lowered.
        Fee adjustment: with effect from 1 February 2028, the notarial fee for witnessing a single signature will be HK$1,600 (previously HK$1,500). The Apostille handling fee remains HK$350.
        Documents for use in mainland China must be attested by a China-Appointed Attesting Officer and transmitted via China Legal Services (H.K.) Ltd. Please allow 10 to 12 working days.
        Lost property: a black folder containing company documents was found at our Tsim Sha Tsui reception on 5 December. Please call the branch at 2366 8102 with the order reference to claim it.
        Privacy notice: copies of identity documents are used solely to verify the signatory and are destroyed within 30 days after completion, in line with the Personal Data (Privacy) Ordinance (Cap. 486).
        Our translators follow the Hong Kong Translation Society code of conduct. Complaints about translation quality may be lodged at complaints@yizhengtong.com.hk within 30 days of delivery.
        Holiday hours: closed on 25 and 26 December and 1 January. Orders placed online during this period will be processed from 27 December in order of receipt.
        Macau clients: Portuguese-to-Chinese certified translations are handled by our partner office at Avenida de Almeida Ribeiro 32, Macau. Call +853 2835 7719 for appointments.
    """),
    ("en", "config_and_code"): _lines("""
        TRANSLATION_FEE_PER_1000_WORDS = {"zh-en": 1200, "en-zh": 1000, "pt-zh": 1500}  # HKD, legal documents only
        order_id = f"TR-{datetime.now():%Y%m%d}-{seq:04d}"  # produces e.g. TR-20271203-0418 for the 418th order of the day
        CREATE TABLE orders (order_id VARCHAR(20) PRIMARY KEY, doc_type VARCHAR(32), pages INT, fee_hkd NUMERIC(10,2), status VARCHAR(16), created_at TIMESTAMP);
        seal_service: { endpoint: "https://api.example-notary.hk/v2/seal", timeout_s: 30, retries: 3, key_id: "seal-key-2027-q4" }
        client_id,doc_type,source_lang,target_lang,pages,urgent,fee_hkd,received_at,due_at,translator_code
        2027-12-03T10:47:12+08:00 INFO order=TR-20271203-0418 status=ASSIGNED pages=42 lang=en>zh reviewer_required=true
        def apply_urgent_fee(base: Decimal) -> Decimal: return base + Decimal("250.00") if base < Decimal("1000") else base * Decimal("1.3")
        ID_COPY_MASKING_ENABLED = True; MASK_CHAR = "*"; ID_COPY_RETENTION_DAYS = 30  # purge scans 30 days after completion
        git commit -m "fix: apostille fee rounding (HK$350 -> 350.00), bump version to v4.2.1"  # a3f9c1e on branch release/4.2
        docker run -d --name seal-worker -e QUEUE_URL=redis://queue.internal:6379/2 -e TZ=Asia/Hong_Kong registry.example.hk/seal-worker:4.2.1
        sha256(TR-20271203-0418_final.pdf) = c5ccaa34c4471972c5a4e19ca0e158157d4b28ba03595974bf319f7d233bb7cb
        LANG_CODES = ["yue-Hant-HK", "cmn-Hans-CN", "cmn-Hant-TW", "en-GB", "pt-MO", "ms-MY"]  # interpreter booking UI
        SELECT doc_type, COUNT(*) AS n, SUM(fee_hkd) FROM orders WHERE created_at >= '2027-11-01' GROUP BY doc_type ORDER BY n DESC;
    """),
    ("mixed", "invoices"): _lines("""
        INVOICE 發票 No. INV-2027-11582｜譯證通翻譯服務有限公司 BR No. 63018457｜核證翻譯 Birth Certificate ×2 @HK$480 = HK$960｜Total HK$960｜Paid by FPS
        發票編號 INV-2027-11583｜Notarial attestation 見證簽署 ×1 HK$1,500；Apostille handling 代辦 HK$350；High Court fee 規費 at cost｜Subtotal HK$1,850
        Invoice INV-2027-11590 To: 海港物流有限公司 Harbour Logistics Ltd, 12/F, 168 Queen's Road Central｜傳譯 Interpretation (Cantonese-English) full day ×2 = HK$13,600｜Due in 30 days
        收據 Receipt R-0088213｜Deposit 訂金 50% for 判詞翻譯 judgment translation, 42 pages｜HK$12,600 received by company cheque No. 004417
        Credit Note CN-2027-014 沖減發票 INV-2027-11561：因譯本錯漏需重印，退回加急費 HK$250，已於 2027-12-05 入賬。
        Statement of Account 月結單 Nov 2027｜Customer code C-TRD-0093 (律師行 corporate account)｜Opening HK$8,400｜Invoices HK$21,350｜Payments HK$18,000｜Closing HK$11,750
        Quotation 報價單 Q-2027-0712｜葡譯中 Portuguese→Chinese, Macau company articles 公司章程 18 pages｜HK$1,500 per 1,000 words｜Est. HK$9,000｜Valid 14 days
        INV-2027-11602｜Certified copy 核證副本 ×6 @HK$120｜Courier 速遞 HK$25, SF Express waybill SF1428 0573 9916｜Total HK$745
        發票 Invoice MO-2027-0331 澳門辦事處 Macau office｜Tradução certificada 核證翻譯 ×3｜MOP 1,650｜納稅人編號 NIF 80471263
        Payment reminder 付款提示：Invoice INV-2027-11477 (HK$4,200) is 45 days overdue. 請於 7 日內透過 FPS 或支票繳付，逾期將收取 1.5% 月息。
        Singapore branch invoice SG-INV-0457｜UEN 201934587K｜Certified translation 中譯英, 4 pages｜S$220.00 + GST 9% S$19.80｜Total S$239.80
        Malaysia partner 發票 KL-INV-2027-118｜SSM 202001018834 (1376540-K)｜Terjemahan diperakui 核證翻譯 Sijil Lahir ×1｜RM 180.00｜Bayar sebelum 31/12/2027
        退款收據 Refund RF-2027-009｜訂單 TR-20271118-0207 開工前取消｜退回訂金 HK$600，扣除行政費 HK$100，實退 HK$500，經轉數快退回原付款戶口
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        客戶陳國樑先生，香港身份證 K583917(3)，要求將其內地出世紙譯成英文，用於申請英國 BN(O) 簽證，取件電話 9372 6148。
        林太話佢先生欠落財務公司四十幾萬，想我哋幫手翻譯債務重組協議，佢唔想屋企人知，叫我哋淨係打佢手機 6814 3307 聯絡。
        訂單備註：何嘉欣小姐懷孕 28 週，需要翻譯產檢報告及醫生信（妊娠糖尿病），用嚟向僱主申請提早放產假。
        阿明（黃志明）嘅離婚判令要做核證翻譯，佢話贍養費每月 HK$18,000 嗰段唔使譯——同佢講唔得，核證譯本一定要全文翻譯。
        法定聲明草稿：本人梁秀芬，香港身份證號碼 Y402716(5)，住址為九龍觀塘協和街 88 號 12 樓 C 室，謹以至誠鄭重聲明本人從未結婚。
        傳譯預約：被告鄭偉雄涉嫌盜竊，下星期一九龍城裁判法院第 3 庭提堂，需要潮州話傳譯，家屬聯絡人係佢家姐，電話 5402 9186。
        請將譯本寄去新界沙田禾輋邨豐和樓 1507 室，收件人蘇美華，佢行動唔方便，速遞到咗要耐心等佢開門。
        麥生個仔喺澳洲讀書，成績表有兩科唔合格，佢叫我哋翻譯時「執靚啲」，我已經拒絕咗，而且佢上次張支票仲未兌現。
        黎志強，台灣身分證 A228456138，申請香港優才計劃需要翻譯戶籍謄本及無犯罪紀錄證明，聯絡電郵 ckl.taipei88@gmail.com。
        收款記錄：客戶周婉婷透過轉數快付 HK$1,850，付款戶口為中國銀行（香港）012-875-0-031942-6，備註「結婚證書公證」。
        譚伯今年八十二歲，有腦退化，佢個女想幫佢簽持久授權書，但醫生話佢而家未必有足夠精神能力，我哋要暫停見證。
        胡家俊九月被廉署拘捕，佢太太拎住保釋文件嚟翻譯，話要寄俾美國嘅親戚睇，叫我哋千祈唔好講出去。
        客戶資料｜姓名：區詠詩｜出生日期：1991年4月17日｜電話：9618 2274｜地址：香港仔漁暉道 10 號 2 座 8 樓 F 室｜文件：學位證書英譯
        溫先生架車車牌 RX 4217 喺停車場畀人刮花，佢要我哋翻譯保險公司嘅英文回覆，索償金額 HK$23,500。
        馮小姐月薪 HK$42,000 嘅僱傭合約要譯做簡體字俾內地銀行審批樓按，佢話唔好俾公司其他同事知佢搵緊樓。
        法庭傳譯紀錄：證人劉秀蘭（粵語）2027年11月29日於區域法院作供，陳述被丈夫長期家暴，庭上情緒激動，休庭十五分鐘。
        盧太打嚟話佢老公上個月過咗身，要翻譯死亡證同遺囑認證文件，佢而家一個人湊兩個細路，問可唔可以分期付款。
        阿 Ken（訂單 TR-20271120-0333）其實已經喺加拿大結咗婚，但佢想喺香港做未婚聲明，我哋已經拒絕並記錄在案。
        請核對：申請人彭家豪，回鄉證號碼 H60318274，內地居民身份證號碼 440304198507123617，兩份文件上嘅出生日期要一致。
        曾慧敏小姐嘅澳門居民身份證號碼應為 5128473(2)，之前譯本寫錯一個數字，已經重新出過核證譯本寄去佢氹仔嘅住址。
        郭生要求翻譯佢嘅精神科醫生報告，診斷為重度抑鬱症，用嚟向保險公司申請入息保障賠償，佢話份報告好私人。
        葉嘉儀欠我哋翻譯費 HK$6,300 已經四個月，佢話失業冇錢還，追數公司話佢仲有其他欠款，下一步入小額錢債審裁處。
        張太（張麗貞）嘅電郵係 lchang.mk1978@yahoo.com.hk，佢收唔到 PDF 初稿，麻煩用 WeTransfer 再傳一次。
        WhatsApp 截圖：「我係鍾淑儀，我個仔喺深圳出世，出世證明上面父親一欄係空白，翻譯嗰陣可唔可以唔譯嗰欄？」
        銀行轉賬資料：收款人楊志偉，恒生銀行戶口 024-391-720518-883，用途：退回多付嘅 Apostille 代辦費 HK$350。
        陸先生（身份證 R730215(A)）堅持份學位證書係真嘅，但大學回覆查無此人，我哋已停止處理並保留紀錄。
    """),
    "en": _lines("""
        Client: Mr. Daniel Cheung Ka-lok, HKID M664083(A), mobile 9427 5831, requests a certified English translation of his father's death certificate from Guangzhou.
        Please courier the sealed translation to Ms. Priscilla Ng, Flat 23B, Tower 2, Island Resort, 28 Siu Sai Wan Road, Chai Wan. She works nights, so deliver after 2 p.m.
        Interpreter note: the witness, Mr. Rajesh Gurung (Nepali), told me during the break that he has not been paid for three months and fears his employer will cancel his visa.
        Statutory declaration for change of name: I, WONG Siu-ming, formerly known as WONG Ah-kau, holder of HKID Z918240(4), do solemnly and sincerely declare that I have abandoned the use of my former name.
        Email from client: "This is Vanessa Lau again, I need the translation of my HIV test result urgently for the employment visa medical, please keep it confidential."
        Booking CSV row: 2027-12-09,10:00,Kwun Tong Magistrates,Hakka,defendant=Lee Chun-wah,charge=drink driving,contact=6573 0128
        Singapore client Tan Wei Ling, NRIC S8834157J, needs her Chinese marriage certificate translated for ICA; her address is Blk 412 Ang Mo Kio Ave 10, #08-1187.
        Overdue: Mr. Kelvin Yip owes HK$9,800 for interpretation at his bankruptcy hearing; he asked us never to call his office, only his personal email kelvinyip.hk@outlook.com.
        Case file note: Mrs. Florence Chan is going through a divorce and wants the joint bank statements translated; her husband must not be told about this order.
        The FIN on Mr. Zhang Hao's work pass is G5127046R; the translation of his PRC criminal record certificate must show this number on the cover page.
        Malaysian client Nurul Aisyah binti Hamzah, MyKad 900314-10-5528, asked for an English translation of her Chinese-medium school leaving certificate from Klang.
        Tel log 14:22 - caller gave her name as Mandy, her brother is held at Lai Chi Kok Reception Centre and she needs the charge sheet translated for the family overseas.
        Photo ID on file: passport photo of Mr. Kwok Tsz-chun, passport no. KJ0483172, taken 2027-11-02 at the Wan Chai office for the notarial certificate.
        Mr. Chow Kin-fai (taxi plate TX 8823) needs his hospital discharge summary translated; it says he had a mild stroke in October and must not drive for six months.
    """),
    "mixed": _lines("""
        客戶 Ms. Joyce Leung 梁靖雯，WhatsApp 5239 6047，要 certified translation of her Taiwan 戶籍謄本，urgent，聽日就要。
        Order TR-20271202-0091｜client 羅嘉敏 Lo Ka-man｜DOB 1978-03-05｜PRC ID 440106197803052822｜doc: 親屬關係公證 kinship certificate
        傳譯員 notes：被告 Mr. Azlan bin Omar 講馬來語，話佢太太喺 Johor Bahru 住院，電話 +60 12-738 4416，希望法官准保釋。
        Apostille 申請表｜Applicant: 吳佩珊 Ng Pui-shan｜HKID P285406(A)｜Document: 無犯罪紀錄證明書 Certificate of No Criminal Conviction｜Purpose: 西班牙工作簽證
        阿 Joe 話佢份 salary slip 寫明月薪 HK$68,000，要譯做中文俾內地 in-laws 睇，不過 please don't include his bonus line.
        Reminder 提提：蕭生 Mr. Siu 嘅 HSBC account 400-228415-838 收錯咗退款 HK$1,200，要 call 佢 9185 3360 解釋。
        Client 李慧玲 send 咗佢嘅 B超 report 同 pregnancy confirmation letter，要英文 certified translation 俾佢喺 Singapore 嘅 employer。
        上載記錄 upload log: 2027-12-04 16:02 user=front_desk file=IMG_4471.jpg desc="邵志輝 HKID 正面 + 住址證明（大埔太和邨）"
        Interpreter booking 傳譯預約：范美玲 Fan Mei-ling, Taiwan ID F127039583, 家事法庭 custody hearing re her 6-year-old daughter, Mandarin-English.
        客戶 Mr. Tan Chee Keong 陳志強，MyKad 780912-14-5873，要將佢喺 Penang 嘅 divorce decree 譯成中文俾香港入境處。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你係譯證通翻譯服務有限公司嘅客服助手，用廣東話書面語回答關於核證翻譯、法定聲明同公證嘅問題，唔好提供法律意見。",
        ),
        (
            "user",
            "我想幫阿媽做一份法定聲明，證明佢同我嘅母女關係。佢叫何玉蓮，身份證 G513927(8)，住荃灣大窩口邨富賢樓，佢行動唔方便，可唔可以上門？",
        ),
        (
            "assistant",
            "可以安排上門監誓，港島以外地區車馬費會按距離報價。作出法定聲明時，何玉蓮女士本人必須在場並帶同身份證正本，佢要明白聲明內容先可以簽署。建議你先 WhatsApp 公司熱線約時間。",
        ),
        ("user", "佢有輕微中風，講嘢慢啲，但係頭腦清醒，咁得唔得？"),
        (
            "assistant",
            "只要監誓人確認佢明白聲明內容並自願作出，一般可以處理；如有疑問，監誓人可能會要求醫生信。到時會由監誓人作最後判斷。",
        ),
    ],
    [
        (
            "user",
            "Can you draft a translator's declaration for a certified translation? The client is Mr. Leung Wai-kit, HKID XA071392(6), and the document is his Shenzhen marriage certificate.",
        ),
        (
            "assistant",
            "Sure. Draft: I, [translator's full name], of Yizhengtong Translation Services Ltd, hereby certify that the attached English translation of the Marriage Certificate of Mr. Leung Wai-kit (HKID XA071392(6)) is true and accurate to the best of my knowledge. Signed: ____ Date: ____ Company seal: ____",
        ),
        (
            "user",
            "Good. Should the HKID appear in the declaration or only on the translation itself?",
        ),
        (
            "assistant",
            "Many firms keep the identity number only where it appears in the source document. If the receiving authority does not require it in the declaration, you can drop it there to limit how often the number is repeated.",
        ),
    ],
    [
        (
            "system",
            "You are a glossary assistant for Hong Kong court interpreters. Answer in English with Chinese terms in Traditional characters.",
        ),
        (
            "user",
            "下晝有單案要做，被告 Chan Siu-keung 陳小強 被控 assault occasioning actual bodily harm，佢話佢老婆 report 咗佢。我要 charge 嘅標準中文譯法。",
        ),
        (
            "assistant",
            "The standard rendering is 「襲擊致造成身體傷害」 under section 39 of the Offences against the Person Ordinance (Cap. 212). Related terms: 「普通襲擊」 common assault, 「答辯」 plea, 「保釋」 bail.",
        ),
        ("user", "Thanks. 佢之前都有案底，convicted 過一次 criminal intimidation，呢個點譯？"),
        (
            "assistant",
            "「刑事恐嚇」 is the usual term for criminal intimidation; a previous conviction is 「刑事定罪紀錄」 or simply 「案底」 in spoken Cantonese.",
        ),
    ],
    [
        (
            "system",
            "客戶檔案摘要：姓名 歐陽凱琳；電話 6028 5519；地址 九龍何文田忠孝街 66 號 9 樓 A 室；訂單 TR-20271201-0145；文件：英國大學成績表、學位證書；備註：客戶有讀寫障礙，請用簡單字句回覆。",
        ),
        ("user", "幫我寫一段 WhatsApp 訊息通知客人份譯本今日可以攞。"),
        (
            "assistant",
            "歐陽小姐你好！你嘅成績表同學位證書譯本已經完成，今日下晝兩點後可以嚟灣仔總店攞。記得帶身份證。有問題可以直接覆呢個訊息。",
        ),
        ("user", "加埋一句話可以寄去佢何文田屋企，郵費 HK$40。"),
        (
            "assistant",
            "歐陽小姐你好！你嘅譯本已經完成。你可以今日下晝兩點後嚟灣仔總店攞，或者我哋可以寄去你何文田忠孝街嘅地址，郵費 HK$40。請覆「攞」或者「寄」。",
        ),
    ],
    [
        (
            "user",
            "I'm a Singapore PR working in Hong Kong. My name is Goh Mei Xuan, NRIC T0391825J. Do I need a certified translation of my Singapore divorce certificate to remarry here?",
        ),
        (
            "assistant",
            "If the certificate is in English, the Marriage Registry in Hong Kong normally accepts it without translation, but it may ask for a certified true copy. Please confirm with the Immigration Department's Marriage Registration section before your appointment.",
        ),
        (
            "user",
            "The divorce was quite messy and my ex-husband still owes me S$14,000 in maintenance. Will that show up anywhere?",
        ),
        (
            "assistant",
            "The registry only needs proof that the previous marriage has ended; the maintenance arrears are a separate matter and are not part of the marriage notice. You may want to speak to a Singapore family lawyer about enforcing the arrears.",
        ),
    ],
    [
        ("system", "你係一間香港翻譯社嘅內部助手，幫同事處理追收欠款嘅文件。"),
        (
            "user",
            "幫我寫封催款信俾客人容志堅，佢住屯門兆康苑兆榮閣 21 樓 H 室，欠我哋判詞翻譯費 HK$7,800，拖咗九十日。",
        ),
        (
            "assistant",
            "容志堅先生：閣下就判詞翻譯服務（發票 INV-2027-10933）尚欠本公司 HK$7,800，已逾期九十日。請於收信後十四日內清繳，否則本公司將考慮向小額錢債審裁處提出申索。譯證通翻譯服務有限公司 謹啟",
        ),
        ("user", "佢之前講過佢患癌症做緊化療，語氣可唔可以柔和啲？"),
        (
            "assistant",
            "明白。可改為：「容先生：得悉閣下近況，謹致慰問。就發票 INV-2027-10933 尚欠之 HK$7,800，如一次過繳付有困難，本公司可以商討分期安排，請致電 2831 0457 聯絡我哋。」",
        ),
    ],
    [
        (
            "user",
            "Olá, tenho um documento de Macau. 我係澳門人 Lei Ka Wai 李嘉慧，BIR 1384627(5)，想將葡文嘅 certidão de nascimento 譯成英文用嚟申請加拿大 study permit。",
        ),
        (
            "assistant",
            "可以處理。葡文出生證明譯成英文一般需要 3 至 5 個工作天，核證譯本會附譯者聲明及公司印章。請預備原件或經公證嘅副本。",
        ),
        ("user", "我屋企地址係氹仔海洋花園第 3 座 15 樓 B，可唔可以寄過嚟？電話 +853 6627 1093。"),
        (
            "assistant",
            "可以寄往澳門，速遞一般 1 至 2 個工作天。請確認收件人李嘉慧小姐、電話 +853 6627 1093 同氹仔海洋花園嘅地址無誤後，我哋再安排寄件。",
        ),
    ],
    [
        (
            "system",
            "You convert pasted client notes into CSV rows with columns: name,id_no,phone,doc_type,fee_hkd.",
        ),
        (
            "user",
            "Notes: Mrs. Ho Lai-kuen, HKID D408152(9), phone 9274 0361, needs birth cert translation HK$480. Mr. Yuen Tak-shing, 6190 4428, HKID C672318(5), medical report HK$1,200.",
        ),
        (
            "assistant",
            "Header: name,id_no,phone,doc_type,fee_hkd | Row 1: Ho Lai-kuen,D408152(9),9274 0361,birth_certificate,480 | Row 2: Yuen Tak-shing,C672318(5),6190 4428,medical_report,1200",
        ),
        (
            "user",
            "Thanks. Mr. Yuen's medical report is about his liver cirrhosis, flag it as sensitive.",
        ),
        (
            "assistant",
            "Noted. I would add a column sensitive=Y for Yuen Tak-shing's row and keep the file in the restricted folder, since it contains health information.",
        ),
    ],
    [
        (
            "user",
            "請幫我檢查呢個內地身份證號碼格式啱唔啱：35058219910228452X，係客人蔡雅琪嘅，佢福建泉州人，要做出生公證翻譯。",
        ),
        (
            "assistant",
            "呢個號碼係 18 位，最後一位校驗碼係 X，格式同校驗計算都符合；出生日期段顯示 1991年2月28日。請核對係咪同蔡雅琪小姐證件上嘅出生日期一致。",
        ),
        ("user", "一致。佢話佢阿爸係喺佢細個嗰陣坐監，出生公證上面要唔要寫？"),
        (
            "assistant",
            "出生公證一般只列出生資料同父母姓名，唔會載有刑事紀錄。翻譯時只需忠實翻譯原件內容，唔使加入其他資料。",
        ),
    ],
    [
        (
            "system",
            "Assistant for a Kuala Lumpur-Hong Kong translation partnership. Reply in the user's language.",
        ),
        (
            "user",
            "Saya Siti Khadijah binti Razak, MyKad 850726-08-6214. Saya perlukan terjemahan bahasa Inggeris untuk sijil perkahwinan Cina suami saya untuk visa Hong Kong.",
        ),
        (
            "assistant",
            "Boleh. Terjemahan diperakui sijil perkahwinan biasanya siap dalam 3 hari bekerja, RM 180 satu salinan. Sila hantar imbasan jelas sijil tersebut dan salinan MyKad anda.",
        ),
        (
            "user",
            "Suami saya Lim Boon Huat, telefon 012-663 0871. Dia ada penyakit jantung, boleh kami hantar dokumen melalui e-mel sahaja? siti.khadijah85@gmail.com",
        ),
        (
            "assistant",
            "Boleh, Puan Siti. Kami akan menghantar draf PDF ke siti.khadijah85@gmail.com dan menghubungi Encik Lim di 012-663 0871 hanya jika perlu.",
        ),
    ],
]
