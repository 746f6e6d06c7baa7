# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh214: Hong Kong dried seafood, herbal medicine and herbal tea shops (orders, members, delivery, receipts, complaints, WhatsApp). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh214
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "whatsapp_broadcast"): _lines("""
        【祥記海味】本週六、日花膠筒全線九折，會員再減$20，數量有限，售完即止。
        各位街坊早晨☀️ 今日有新到北海道元貝（L碼），$698/斤，歡迎WhatsApp查詢或親臨上環總店選購。
        涼茶舖通知：因應天氣轉涼，廿四味、五花茶照常供應，火麻仁暫停兩日，敬請留意。
        冬至前最後送貨日為12月19日（五），12月20日後落單將於冬至後安排，唔該大家早啲訂。
        多謝支持！訂單 HW-241206-0387 已確認，預計聽日下晝2點至6點送到，司機到前會打電話。
        本店WhatsApp只處理訂單查詢，唔接受電話落單；如有急事請致電門市 2815 3067（辦公時間 10:00-19:00）。
        溫馨提示：蟲草屬名貴藥材，孕婦湯水請勿自行加入，如有疑問請先向註冊中醫師查詢。
        新年禮籃已上架：A款 $1,288（鮑魚、花膠、瑤柱）、B款 $888、C款 $568，公司訂購滿10籃另有折扣。
        📢 德輔道西分店 12月9日（一）全日盤點，暫停營業一天，永樂街總店照常營業。
        收到，我哋會同倉務同事check吓批號 LOT-2411-HB07，今日內回覆你。
        「涼茶知多少」第三期：雞骨草適合濕熱體質，夏天飲最啱；脾胃虛寒人士宜少飲。
        你好，請提供訂單編號（例如 DS-2412-XXXX）以便跟進，唔需要提供身份證號碼。
        今期會員日：12月15日，消費滿$500送陳皮普洱一包（價值$68），每張單限送一份。
    """),
    ("zh-Hant", "receipt_invoice"): _lines("""
        發票編號 INV-2024-118406｜南北杏 600g ×2 $96｜羅漢果（大）×10 $85｜小計 $181｜八達通付款
        收據 No. 0047721　日期：2024-11-28 15:42　收銀機：POS-03　金額 HK$2,360.00　找續 HK$40.00
        商業登記號碼 61829473-000-08-24-5　祥記海味有限公司　上環德輔道西地舖
        南非6頭湯鮑（罐裝）×3 @ $428 = $1,284；折扣 -$128.40；實收 $1,155.60
        送貨單 DN-77120　收貨人簽收：__________　日期：____/____/____
        VISA 信用卡（卡號已遮蔽）收款成功　授權碼 083316　交易參考 TXN9F2C11A7
        藥材配方單：黨參 15g、黃芪 15g、當歸 6g、紅棗 5粒、杞子 10g，每劑 $38，共7劑 $266。
        月結單 2024年11月｜批發客戶編號 WHS-0215（茶餐廳）｜總額 $18,420｜到期日 2024-12-31
        電子收據已發送至 receipts@cheungkeedry.hk 備份，如需補發請電郵 accounts@cheungkeedry.hk
        涼茶 廿四味 大杯 $18 ×1、五花茶 細杯 $12 ×2、龜苓膏 $32 ×1，合共 $74，多謝惠顧
        退款憑單 RF-2412-009：原單 HW-241130-1192 瑤柱（碎）不符規格，退回 $312，經理簽批。
        本收據為唯一購物憑證，藥材一經切片或打粉，恕不退換。
        Tax invoice TI-HK-20241203-55｜花膠（幾內亞灣 4-5頭）1 kg｜HK$3,880｜FPS ref FPS2412030093341
    """),
    ("mixed", "delivery_log"): _lines("""
        2024-12-05 09:12 ROUTE-KLN-3 departed 上環倉 | 23 parcels | fleet no. V07 | ETA 旺角 10:30
        順豐運單 SF1429837716532 已攬收，目的地：新界沙田區，預計 12/07 派送
        10:47 DELIVERED HW-241204-0219 簽收方式：管理處代收
        11:05 FAILED HW-241204-0233 原因：收件人不在，已留派件通知卡，明日重派
        Cold-chain check: 海參急凍箱 temp -18.4°C at 12:00, logger ID TL-00931, within spec.
        大埔區、北區本週三、六送貨；離島區（東涌除外）每單另加運費 $80。
        Batch dispatch summary 2024-12-05: 148 orders, 141 delivered, 5 re-attempt, 2 cancelled by customer.
        14:20 ROUTE-HKI-1 交通擠塞（干諾道西），延誤約25分鐘，已通知客服主任。
        Pickup point PP-TSW-04（天水圍嘉湖銀座智能櫃）capacity 40, 31 occupied
        跨境件 CN-SZ-2412-0081 已過皇崗口岸，轉交內地合作物流，單號 YT7390021845567
        司機交更紀錄：V03 還車 18:40，油量 3/4，冷藏箱已清潔。
        Driver app v4.12.3 (build 20241201.7) crash on 簽收相片 upload, ticket OPS-5521.
        送貨地址格式：[區域] [街道及號數] [大廈名稱] [樓層/室]，例：九龍城區 XX道 XX號 XX大廈 X樓 X室
    """),
    ("zh-Hant", "membership_rules"): _lines("""
        會員計劃條款（2025年版）：每消費$1累積1分，1,000分可兌換$50現金券，積分有效期24個月。
        登記會員只需提供手提電話號碼及稱呼，本店不會收集身份證號碼。
        會員等級：銀卡（年度消費滿$3,000）、金卡（滿$10,000）、鑽石卡（滿$30,000）。
        會員登記表　姓名：__________　電話：__________　生日月份：____　簽署：__________
        2024年會員統計：新登記 1,284 人，其中 62% 為45歲以上，31% 經WhatsApp登記。
        生日月份可享正價貨品85折一次，需出示電子會員卡QR code。
        如會員卡遺失，請致電客戶服務熱線 3618 2290 或電郵 members@wingfattong.com.hk 辦理補發。
        本店依照《個人資料（私隱）條例》（第486章）處理會員資料，資料只作推廣及送貨用途。
        積分不可轉讓、不可兌換現金；如發現濫用，本公司保留取消會員資格之權利。
        企業會員（如酒樓、中醫診所）可申請月結，需提交商業登記證副本。
        會員編號格式 MB + 7位數字（例：MB0000001），首兩位數字代表登記分店。
        第四季會員調查結果：滿意度 4.3/5，最多人建議增加網上付款方式（共 217 票）。
        {{member_name}} 你好！你嘅積分餘額為 {{points}} 分，將於 {{expiry_date}} 到期。
    """),
    ("zh-Hant", "complaint_ticket"): _lines("""
        投訴編號 CS-2412-0041｜類別：貨品質素｜內容：顧客A反映花膠有異味，已安排退換｜狀態：已結案
        本月共收到投訴 17 宗：送貨延誤 8 宗、貨不對辦 5 宗、店員態度 3 宗、其他 1 宗。
        當值經理回覆：關於上環店收銀員態度問題，已向相關員工作出提醒並加強培訓。
        顧客B稱涼茶過苦，經店長試飲後確認配方正常，已向顧客解釋夏枯草份量。
        個案 CS-2411-0198：網購瑤柱重量不足（標示500g，實秤472g），已補發差額並向供應商追查批號 DS-SCALLOP-0923。
        消委會轉介個案（編號 CC/24/11/3372）已於限期前回覆，涉及燕窩標籤問題。
        投訴處理流程：1) 48小時內首次回覆 2) 7個工作天內調查 3) 由分店經理簽署結案。
        Complaint summary Nov 2024：3 位顧客反映杞子發霉（批號 GJ-1108），已回收 42 包。
        收到一則Google評論一星，內容指「海參發唔大」，客服主任已用店舖帳號公開回覆。
        顧客要求以原價退貨，惟貨品已開封超過14日，按退貨政策不予處理，已由區域經理解釋。
        送貨司機（車隊V05）被指未有上樓派送，經查GPS紀錄屬實，已向外判公司發警告。
        請勿在投訴系統備註欄輸入顧客身份證號碼或信用卡號碼，只需填寫訂單編號。
        匿名投訴：某分店雪櫃溫度過高，衞生主任已於12月3日突擊巡查，溫度紀錄正常。
    """),
    ("en", "inventory_export"): _lines("""
        DRY-ABL-SA06,南非鮑魚,ZA,6-head,12.5,2840.00,2024-11-30
        HRB-CORD-T1,冬蟲夏草,Qinghai,T1 (2000 pcs/kg),0.35,98000.00,2024-12-01
        Stock alert: SKU HRB-CHP-10Y (十年陳皮) below reorder level, on hand 3.2 kg, reorder point 5 kg.
        export_id=INV-SNAP-20241206T0300Z rows=1842 sha256=9f4c2e1b7a60d83f5e2c91ab047d6e3358c1f0a9b2d74e61c8a5f3d20b9e7c14
        Batch HB-2411-027 (黃芪 slices) lab report: sulphur dioxide 38 mg/kg, limit 150 mg/kg, PASS.
        Warehouse bin map: A-01..A-24 dried seafood, B-01..B-18 herbs (slice), C-01..C-10 tea blends, D cold room (-18°C).
        PO-2024-0913 to supplier 廣州清平藥材行 (CR No. 3318205), 當歸 200 kg @ RMB 68/kg, ETA 2024-12-12.
        Shrinkage report FY2024 Q3: fish maw 1.8%, dried scallop 0.9%, bird's nest 0.4%, overall HK$41,260.
        erp-sync v2.7.1: 3 records rejected, SKU code length > 16 (TEA-WUHUA-LARGE-500ML).
        HS code 0305.71 (shark fins, dried): CITES check required for imports, permit field mandatory.
        Reorder forecast (7-day MA): 五花茶包 420 units/day, 雞骨草 35 kg/week, 羅漢果 1,200 pcs/week.
        cost_center=SW-SHEUNGWAN-01;gl_account=5120-DRYGOODS;period=2024-11;variance=-3.7%
        Barcode 4891234567890 mapped to SKU TEA-24WEI-SACHET (廿四味茶包 20包裝).
    """),
    ("zh-Hant", "history_public_figures"): _lines("""
        王老吉涼茶相傳由清朝道光年間王澤邦（乳名阿吉）創製，至今已有近二百年歷史。
        李時珍《本草綱目》收錄藥物1,892種，本店藥櫃上的分類標籤亦參考其排序。
        文咸西街俗稱「南北行街」，街名取自第三任港督文咸爵士（Sir George Bonham）。
        德輔道西以港督德輔爵士命名，一帶海味店林立，有「海味街」之稱。
        張仲景被尊為「醫聖」，其《傷寒雜病論》中的方劑至今仍為不少涼茶配方之本。
        余仁生由余廣於1879年在馬來亞霹靂州創立，後來擴展至香港及新加坡。
        黃振龍涼茶以創辦人命名，上世紀四十年代起在廣州經營涼茶舖。
        電視劇《大長今》熱播期間，不少顧客來店詢問劇中長今所用的藥膳材料。
        金庸筆下「蝶谷醫仙」胡青牛醫術高明，常被涼茶舖老闆拿來開玩笑。
        孫思邈《千金要方》提出「上醫醫未病之病」，是本店養生講座的開場白。
        2006年涼茶獲列入第一批國家級非物質文化遺產名錄，香港亦有參與聯合申報。
        永樂街、高陞街一帶藥材行多數於戰後開業，部分老字號已傳至第四代經營。
        孫中山先生早年曾於香港西醫書院習醫，中上環一帶設有「孫中山史蹟徑」。
    """),
    ("en", "howto_forum"): _lines("""
        How long should I soak dried fish maw before stewing? Mine is about 4 heads per catty.
        Is it normal for 陳皮 to have white spots after five years, or is that mould?
        Anyone know the difference between 北芪 and 黃芪 in soups? The shop labels look different.
        Tip: store dried scallops in an airtight jar in the fridge, not the freezer, to keep the flavour.
        Is it safe to drink 廿四味 with Western medicine in general? The shop said to check with a pharmacist.
        What does 'A-grade' vs 'AA-grade' mean on bird's nest packaging in Sheung Wan shops?
        Recipe: 花膠雞湯 for 4, 2 pieces soaked fish maw, half a chicken, 6 red dates, 3 slices ginger, simmer 2 hours.
        Why do the herbal tea shops in Mong Kok close earlier on Sundays? Seems common across chains.
        Is it legal to bring dried abalone from Hong Kong to Singapore in hand luggage? Any quantity limit?
        Guide: how to tell bleached fish maw: unnaturally white, strong chemical smell, breaks when bent.
        Does anyone have a spreadsheet template for tracking weekly herbal soups? Columns: date, soup, herbs, cost.
        FAQ: Do you ship to Macau? Yes, via SF Express, 2-3 working days, HK$60 flat rate above HK$800.
        Which is better for a dry cough, 川貝 or 羅漢果? Looking for general info, not medical advice.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        訂單 HW-241206-0412 收件人：陳美玲，電話 9637 2148，地址：土瓜灣美景街17號福昌大廈9樓B室
        會員 MB0312877 黃志強 更改送貨地址為 新界荃灣大河道62號荃新閣15樓C室，手機 6218 4473。
        顧客李太（梁秀英）投訴話上星期買嘅蟲草食完之後肚痾入咗醫院，要求賠償醫藥費。
        補發收據申請：姓名 周家豪，身份證 K382917(0)，原單於11月28日購買燕窩 $4,680。
        店長備忘：梁伯（住福華街嗰位）最近成日唔記得俾錢，個女話佢有初期認知障礙，收銀留意吓。
        吳嘉欣今日WhatsApp 5319 8827問返上次幫佢阿媽配嘅安胎藥，佢話已經懷孕八週。
        員工紀律紀錄：收銀員 鄭偉文 於12月2日短數 $500，已發第一次書面警告。
        月結客戶 何家樂 私人欠款 $12,360 已逾期90日，第三次追數電話 9284 5510 無人接聽。
        陳阿姨（3座15樓）每個月尾都賒數買涼茶，今個月已經欠咗$680，佢話等生果金出咗先還。
        送貨備註：林先生住沙田第一城41座，屋企有隻大狗，司機請先打 6451 0397 等佢落嚟攞。
        退款轉賬：收款人 馮詠詩，恒生銀行戶口 024-381-726593-883，金額 $1,120。
        深圳顧客 趙曉峰，居民身份證號碼 440306198607142818，訂購花膠禮盒經跨境物流寄往福田區。
        阿Ken（譚建明）話佢老婆啱啱小產，想訂啲補身嘅湯包，叫我哋唔好喺群組度講。
        中醫師處方轉配：病人 麥綺雯，女，52歲，診斷「更年期潮熱」，處方知柏地黃丸加減七劑。
        信用卡付款失敗：持卡人 楊俊傑，卡號 4532 1876 0942 7152，有效期 09/27，請聯絡客人改用FPS。
        台灣客人 林怡君 身分證字號 A234567893，住尖沙咀酒店，要求今晚七點前送到海參兩斤。
        員工薪金表（11月）：店務助理 蘇麗珍 底薪 $15,800，OT $1,240，強積金扣除 $790。
        群組有人話見到張太個仔喺店門口偷嘢，店長話唔好亂講住，已經睇緊CCTV。
        客人IG @mandy.fungfung_hk 留言話收到嘅鮑魚穿咗孔，要求退款，訂單號 IG-2412-033。
        貨已放入客人 區志明 私家車尾箱，車牌 NF 3827，佢話聽日再嚟攞餘下兩箱。
        顧客 歐陽慧儀 電郵 auyeung.waiyee88@gmail.com 要求取消會員並刪除所有個人資料。
        涼茶舖阿姐話樓上嘅Peter哥（李國雄）同老婆離咗婚，而家日日落嚟飲廿四味。
        顧客 關志成 微信號 kwan_zc1979 想用人民幣轉賬付款，請會計跟進。
        長者優惠登記：莫炳根，78歲，住長沙灣蘇屋邨茶花樓，持長者咭，糖尿病需無糖涼茶。
    """),
    "en": _lines("""
        Order #DS-2412-1187: ship to Mrs Grace Lam, Flat 6B, 23 Kennedy Road, Mid-Levels; call 9023 6618 before delivery.
        Refund approved for Mr Raymond Tse; card 5523 7619 0483 2619 will be credited HK$2,450 within 7 days.
        Staff note: Maricel Dela Cruz, the helper for the Wong family on 4/F, buys the weekly herbs; she says her employer has late-stage kidney disease.
        Customer Nur Aisyah binti Kamarudin asked if the bird's nest is halal; MyKad 830922-10-6214 for the export declaration.
        Singapore order: deliver to Mr Tan Boon Huat, NRIC S8734215H, Blk 412 Ang Mo Kio Ave 10 #08-1143, mobile 9127 5538.
        Kevin Rajoo a/l Subramaniam asked us to send the invoice to kevin.rajoo.s@outlook.com for his company claim.
        Note to accounts: Mr Chan Siu Ming still owes HK$8,900 for the wedding hamper; he told the counter he lost his job last month.
        Please do not serve Mrs Doreen Pereira herbal jelly again; she told us she is on warfarin after her stroke.
        Customs form for the bird's nest parcel: CHAN Wing Yan, HKSAR passport K12837465, travelling to Vancouver on 18 Dec.
        WhatsApp from Jason Leung (6752 0941): my mum is in Queen Mary Hospital, can you deliver the fish maw soup pack to ward K10?
        Complaint escalated: Ms Priya d/o Ramasamy says our cashier shouted at her and her disabled son on 3 Dec.
        Delivery failed: Mr Ahmad Faizal bin Rosli, 28 Jalan SS2/75, 47300 Petaling Jaya, phone 012-638 4107, not at home.
        HR: driver Lo Ka Fai suspended for three days after his drink-driving arrest on 29 Nov.
    """),
    "mixed": _lines("""
        客人 Ms Yvonne Cheung 話佢下個月做子宮手術，想預先訂 10 包花膠湯包，WhatsApp 9455 7302。
        Member update：何志偉 Ho Chi Wai，HKID Y604152(1)，新電話 6988 2014。
        Mainland order：劉嘉怡，身份證 440582199203051620，收貨地址 汕頭市潮陽區棉城鎮東山大道88號3棟502，mobile 138 2741 9065
        Mrs Kaur 話佢老公 Harjit Singh 中風後唔食得煎炸嘢，今個星期叫咗三次雞骨草外賣。
        Telegram @lokman_hk_1988 成日喺群組問價又唔買，其實佢係大埔嗰間茶樓老闆個仔梁樂文。
        Indonesian helper Sri Wahyuni 代僱主訂藥材，僱主陳太住太古城海星閣22樓F室。
        FPS 轉賬人：TSANG Mei Kuen 曾美娟，FPS 登記電話 9318 6624，備註「欠款第二期」。
        客人 Alan Lam Chun Hei 投訴 delivery 遲到，仲話要 post 上 Facebook 點名個司機阿輝。
        Re: 退貨：客人 Jessica Kwok 話佢對燕窩敏感，食完全身出疹，已睇急症，醫生紙 attached。
        Card on file for 黃偉倫 Wong Wai Lun：UnionPay 6259 0183 7462 0190，exp 11/26。
        檳城客人 Mdm Lim Siew Eng，MyKad 760415-07-5382，要求空運十年陳皮到 Jalan Burma 住址。
        Nguyen Thi Hoa（FIN G5839207W）幫老闆喺新加坡收貨，地址 Blk 57 Geylang Bahru #12-305。
        登記表：Name 麥嘉俊 Mak Ka Chun｜DOB 1991-03-14｜HKID P731845(A)｜Address 將軍澳寶林邨寶儀樓2008室
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你係祥記海味嘅WhatsApp客服助手，用廣東話回覆。"),
        (
            "user",
            "你好，我想改送貨地址，訂單 HW-241207-0055，收件人羅少芬，新地址係紅磡黃埔花園第8期6座11樓A室，電話 5562 0913。",
        ),
        (
            "assistant",
            "收到，已將訂單 HW-241207-0055 嘅送貨地址更新，司機到之前會先打電話俾收件人。",
        ),
        ("user", "唔該。另外我媽媽有高血壓，食緊降壓藥，花旗參茶啱唔啱佢飲？"),
        (
            "assistant",
            "花旗參一般性質較溫和，但食緊降壓藥最好先問吓醫生或註冊中醫師，我哋唔可以代替專業意見。",
        ),
    ],
    [
        ("user", "幫我寫個WhatsApp提醒鍾國華先生，佢仲欠我哋 $3,450 海味錢，已經拖咗兩個月。"),
        (
            "assistant",
            "鍾生你好，我哋係祥記海味，想提提你十月份嘅海味單仲有 $3,450 未找數，方便嘅話請用FPS或者嚟門市付款，唔該晒！",
        ),
        ("user", "語氣再客氣啲，佢老婆上星期入咗醫院洗腎。"),
        (
            "assistant",
            "鍾生你好，聽聞鍾太入院，希望佢早日康復。十月份嘅 $3,450 唔使急，等你方便先處理，有需要可以分期，隨時搵我哋。",
        ),
    ],
    [
        (
            "system",
            "You are the customer service assistant for a dried seafood shop in Sheung Wan.",
        ),
        (
            "user",
            "Mr Derek Fong emailed from derek.fong.hk@yahoo.com.hk saying the abalone gift box for his father's 80th birthday arrived crushed. Please draft a reply.",
        ),
        (
            "assistant",
            "Dear Mr Fong, we are very sorry the gift box arrived damaged. We will send a replacement before the birthday dinner at no cost; please keep the damaged box for our driver to collect.",
        ),
        ("user", "Add that the driver will call him at 6173 2905 tomorrow morning."),
        (
            "assistant",
            "Added: our driver will call you at 6173 2905 tomorrow morning to arrange the exchange.",
        ),
    ],
    [
        ("system", "你是涼茶舖的排班助手，負責編排下星期的更表。"),
        ("user", "下星期排班：阿珍（陳淑珍）請咗病假，佢話要做乳癌覆診，星期二同星期四都唔得。"),
        (
            "assistant",
            "明白，已將星期二同星期四嘅早更由其他同事頂替，陳淑珍嘅病假會標示為「已批」，唔會喺更表寫明原因。",
        ),
        ("user", "好，仲有阿輝星期六要陪佢阿爸去做化療，改晚更得唔得？"),
        ("assistant", "可以，星期六已將阿輝改為晚更 18:00-23:00，早更由店長補上。"),
    ],
    [
        ("user", "客人 Tsui Man Kit 畀咗 HKID R229084(6) 登記長者優惠，但佢望落好後生，點處理？"),
        (
            "assistant",
            "長者優惠應以長者咭或身份證上嘅出生日期核實。建議有禮貌咁請客人出示長者咭，唔好將身份證號碼抄喺單據上。",
        ),
        ("user", "佢話佢 58 歲，只係想幫佢阿媽買，咁可唔可以？"),
        (
            "assistant",
            "可以建議客人下次陪同媽媽一齊嚟，或者出示媽媽嘅長者咭；今次按正價收費會比較穩陣。",
        ),
    ],
    [
        ("system", "你是一家香港海味批发行的内地客户助理，用简体中文回复。"),
        (
            "user",
            "深圳客户彭立新要订20斤瑶柱，身份证 350203197809224036，手机 13925068471，要开增值税发票。",
        ),
        (
            "assistant",
            "已记录彭先生的订单：瑶柱20斤。开票需要公司抬头和税号，请确认是以个人还是公司名义开票。",
        ),
        ("user", "他说用个人名义，寄到厦门思明区湖滨南路他家里。"),
        (
            "assistant",
            "好的，个人名义无法开具增值税专用发票，只能开普通发票，我会先向彭先生说明再安排寄件。",
        ),
    ],
    [
        (
            "user",
            "Singapore customer Ms Goh Li Ting, NRIC T0482716Z, wants 2 kg of fish maw sent to her flat. Can we ship dried seafood there?",
        ),
        (
            "assistant",
            "Yes, dried fish maw can generally be shipped to Singapore with a commercial invoice. We do not need her NRIC on the parcel; a name, address and mobile are enough.",
        ),
        ("user", "OK, her address is Blk 218 Bishan Street 23 #06-77, mobile 8316 4027."),
        (
            "assistant",
            "Noted. I will prepare the invoice and SF Express label for Blk 218 Bishan Street 23 #06-77 and leave the NRIC off all documents.",
        ),
    ],
    [
        ("system", "You help a Hong Kong herbal shop answer Malaysian wholesale enquiries."),
        (
            "user",
            "Encik Muhammad Hafiz bin Osman (MyKad 900718-14-4473) nak order 50 kotak teh herba untuk kedai dia di Kepong. Can you confirm the price?",
        ),
        (
            "assistant",
            "Sure. 50 boxes of herbal tea sachets at the wholesale rate of HK$42 per box come to HK$2,100 before shipping to Kuala Lumpur.",
        ),
        ("user", "He wants to pay by card 4917 6203 5518 4275, please note it down."),
        (
            "assistant",
            "Please do not send full card numbers in chat. I will send Encik Hafiz a secure payment link instead.",
        ),
    ],
    [
        ("user", "幫我寫張慰問卡俾熟客蔡婆婆（蔡金好），佢先生上個月過咗身，佢好耐冇嚟買涼茶。"),
        (
            "assistant",
            "蔡婆婆：聽聞蔡伯離世，我哋全店同事都好掛住佢。你保重身體，得閒返嚟坐坐飲杯茶，我哋請。",
        ),
        ("user", "加多句：佢住得近，我哋可以送上門，佢住西營盤第三街 95 號 5 樓。"),
        ("assistant", "已加入：如果你唔方便出街，我哋可以送到第三街府上，打個電話返嚟就得。"),
    ],
    [
        ("system", "You are an HR assistant for a herbal tea and dried goods chain in Hong Kong."),
        (
            "user",
            "Draft a written warning for driver Mohd Rizal bin Yusof, HKID H470329(6). He was late three times last week and delivered an order to the wrong flat in Kwai Chung.",
        ),
        (
            "assistant",
            "Written warning: Mr Mohd Rizal bin Yusof, this letter records three late arrivals in the week of 25 November and one misdelivery in Kwai Chung. A further incident within six months may lead to dismissal.",
        ),
        (
            "user",
            "Remove his HKID from the letter and mention that he said his wife was in hospital that week.",
        ),
        (
            "assistant",
            "Updated: the HKID is removed, and the letter notes that he told his supervisor his wife was in hospital that week, which management has taken into account.",
        ),
    ],
]
