# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh270: 繁體中文（香港）中醫診所與針灸推拿（掛號、處方、醫療券、病人跟進、執業登記、診所 WhatsApp 群組）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh270
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "診所通告"): _lines("""
        【颱風及暴雨安排】如天文台於上午七時或之前懸掛八號風球或黑色暴雨警告，本診所上午時段暫停應診；已預約人士會由診所 WhatsApp 5123 8800 另行通知改期。
        農曆新年應診時間：年廿九（2月16日）上午9:00至下午1:00；年初一至初三休息；年初四起如常應診。期間如需預購已配藥材，請致電 2388 6120 登記。
        即日起本中心接受長者醫療券支付中醫診症、針灸及推拿費用，每次使用前須出示身份證正本並於醫健通系統簽署同意書，詳情請向登記處職員查詢。
        三伏天灸 2026 報名開始：初伏 7月15日、中伏 7月25日、末伏 8月14日，每節 HK$380，三節套票 HK$1,020，名額有限，請於登記處或網上預約系統 booking.example-tcm.hk 報名。
        溫馨提示：針灸治療前請勿空腹或飽食，並穿著寬鬆衣物；孕婦、裝有心臟起搏器或正服用抗凝血藥人士，請於診症前主動告知註冊中醫師。
        本診所已於香港中醫藥管理委員會登記，所有駐診醫師均為註冊中醫；中醫診所牌照及商業登記證（編號 71839204-000-11-26-8）已張貼於接待處。
        煎藥服務調整：由 12 月 1 日起，代煎中藥每劑收費 HK$25，當日下午三時前確認處方可於翌日中午後自取，或以順豐冷鏈送遞（運費到付）。
        九龍城分店遷址通告：本店將於 2027 年 1 月 3 日遷往九龍城衙前圍道 72 號地下 B 舖，舊址最後營業日為 12 月 31 日，電話 2718 3360 維持不變。
        流感高峰期間，所有到診人士須全程佩戴口罩；如有發燒或呼吸道症狀，請先於門外使用搓手液並向前台職員報告，以便安排獨立候診區。
        推拿部新增「頸肩舒緩」療程（45 分鐘 HK$450），須由註冊中醫師評估後安排及預約；本療程不適用於急性扭傷及骨折未癒合人士。
        網上預約系統將於 11 月 23 日（星期日）凌晨 02:00 至 06:00 進行系統維護，期間未能辦理掛號、改期或查詢醫療券餘額，不便之處敬請原諒。
        「地區康健中心」合作計劃：本中心為油尖旺區指定網絡服務提供者之一，持有效轉介信之會員，針灸服務每節自付 HK$150，名額按轉介先後分配。
        失物認領：上星期於候診區拾獲黑色摺遮一把及銀色保溫杯一個，失主請於三十天內到登記處認領並講出物品特徵，逾期將捐贈予慈善機構。
    """),
    ("zh-Hant", "醫療券常見問題"): _lines("""
        問：醫療券可唔可以用嚟買中成藥？答：醫療券只可用於支付已登記醫療服務提供者提供的醫療服務，單純購買中成藥或保健品而無診症，不能使用醫療券。
        問：我今年啱啱65歲，幾時會收到醫療券？答：年滿65歲並持有有效香港身份證的長者，每年1月1日會自動獲發2,000元醫療券，毋須申請，累積上限為8,000元。
        問：可唔可以幫屋企人用醫療券？答：醫療券只供合資格長者本人使用，不可轉讓；如長者行動不便，可由家人陪同到診，但須由長者本人簽署或以指模確認。
        問：點樣查醫療券餘額？答：可登入醫健通（資助）系統、致電衞生署醫療券熱線，或於診所登記時由職員以讀卡器代為查詢，收據上亦會列明交易後餘額。
        問：針灸加推拿一次收 HK$680，醫療券可以全數支付嗎？答：如餘額足夠，可以全數支付；本診所不會因使用醫療券而另收附加費，收費與自費人士相同。
        問：喺深圳睇中醫可唔可以用醫療券？答：醫療券一般只適用於香港境內已登記的服務提供者，內地試點只限指定醫院門診，是否涵蓋中醫科須以衞生署最新公布為準。
        問：使用醫療券需要帶咩？答：請帶備香港身份證正本或豁免登記證明書，職員會核實身份並打印交易同意書；身份證影印本或手機相片恕不接受。
        問：醫療券交易失敗點算？答：如系統顯示錯誤代碼 HCV-E1023 或網絡逾時，職員會先以現金或八達通收費，待系統恢復後於七日內補辦並退回相關款項。
        問：醫療券有冇預防保健獎賞？答：醫療券獎賞先導計劃下，長者累積使用指定預防性服務滿1,000元可獲額外500元獎賞，詳情請參閱衞生署醫療券網頁 www.hcv.gov.hk。
        問：醫療券可唔可以喺澳門用？答：唔可以，醫療券只適用於香港已登記的服務提供者；澳門居民另有澳門特區政府的醫療補貼計劃，兩者不能互通使用。
        問：中醫開嘅藥材分開收費，醫療券包唔包？答：診症時醫師處方並由本診所配發的中藥屬醫療服務一部分，可用醫療券支付；另行購買的花旗參、燕窩等則不包括。
        問：可唔可以預先用晒 8,000 元？答：醫療券不可預支，只能使用戶口現有餘額；每次交易後請核對收據上的交易編號（例如 HCVT-2026-0045821）以便日後查詢。
        問：私家診所會唔會因為用醫療券而加價？答：服務提供者須於當眼處展示收費表，如懷疑被多收費用，可先向本診所客戶服務熱線 2388 6120 反映，或向衞生署醫療券組查詢。
    """),
    ("zh-Hant", "價目表"): _lines("""
        初診連診金（包兩日藥）HK$280｜覆診連診金（包兩日藥）HK$230｜額外每日藥費 HK$60｜濃縮顆粒另加 HK$20／日｜長者及全日制學生九折優惠
        針灸治療（30 分鐘，包診金）HK$420；電針另加 HK$50；拔罐／走罐 HK$120；艾灸 HK$100；火針每次 HK$180，須由醫師評估後方可施行。
        推拿正骨：全身推拿 60 分鐘 HK$580；局部推拿 30 分鐘 HK$320；小兒推拿 20 分鐘 HK$260（三歲以下須家長陪同）；十次套票九折，有效期六個月。
        天灸套餐：三伏天灸三節 HK$1,020，三九天灸三節 HK$1,020，全年六節 HK$1,880；單節 HK$380，舊客於網上預約可再減 HK$50。
        代煎服務：每劑 HK$25，真空包裝每包 200ml；濃縮顆粒代配每日 HK$15；速遞費用港九新界劃一 HK$40，離島及愉景灣 HK$60。
        滋補藥材零售：正北芪 1 両 HK$38｜寧夏杞子 1 斤 HK$88｜花旗參片（加拿大四年參）1 両 HK$168｜雲南三七粉 100g HK$220｜陳皮（十年）半斤 HK$360
        證明文件：病假紙每張 HK$50（覆診當日免費）；中英文醫療報告 HK$500 起，需時十個工作天；保險索償表填寫每份 HK$150。
        企業員工健康計劃：公司客戶月費 HK$3,800，包每月四次駐場推拿（每次三小時），另加 HK$200 可安排註冊中醫師駐場問診，合約最少六個月。
        【灣仔店新價目 2027 年 1 月 1 日生效】針灸 HK$450（原 HK$420）、局部推拿 HK$350（原 HK$320），其餘項目維持不變，套票按舊價使用至到期日。
        新症首次針灸體驗價 HK$298（原價 HK$420），每人限用一次，須網上預約並輸入優惠碼 ACU298NEW，不可與其他優惠或醫療券獎賞同時使用。
        拔罐＋刮痧組合 HK$200；耳穴壓豆 HK$80（包一次更換）；中藥足浴包一盒十包 HK$128；陳艾條（5:1）一盒十支 HK$95。
        付款方式：現金、八達通、轉數快（FPS 商戶識別碼 1688 2345，和頤中醫藥有限公司）、Visa／Master；醫療券適用於診症、針灸及推拿，不適用於零售產品。
        跌打科：扭傷敷藥每次 HK$180（包藥膏一貼）；手法復位 HK$350 起；石膏托固定另議；本店自製跌打酒 200ml 每支 HK$85。
    """),
    ("zh-Hant", "診所員工WhatsApp群組"): _lines("""
        [12/11/26 08:47] 藥房：今朝入咗嘅黨參同茯苓已經點好數，茯苓少咗兩斤，送貨單號 DN-261112-07 我影咗相放入 Drive，麻煩會計部跟供應商追返。
        [12/11/26 09:05] 前台：二號房電針機又跳掣，已經 report 咗俾維修公司（工單 SR-88412），佢哋話下晝兩點前到，上晝嘅針灸症可唔可以全部轉去三號房？
        [12/11/26 09:11] 店長：可以，三號房今朝得兩個推拿症，前台幫手改返系統入面嘅房號，WhatsApp 通知時記得用新範本，唔好打錯分店地址。
        [12/11/26 11:30] 會計：上個月醫療券申報總數 HK$186,420，系統同衞生署對數有 HK$460 差額，應該係兩單重覆交易，我今日收工前會交報告。
        [12/11/26 12:02] 藥房：提提大家，新一批顆粒沖劑批號 GR-2611-A 已經上架，舊批 GR-2609-C 用晒先好開新，千祈唔好兩批撈埋一齊配藥。
        [12/11/26 13:45] 前台：今日下晝 3 點至 5 點預約爆滿，walk-in 一律登記 waiting list，同人講大約要等 45 分鐘，唔好承諾實際時間。
        [12/11/26 15:20] 店長：下星期三晚 7 點喺荃灣店開月會，主題係新預約系統 v3.2 同埋醫療券核數流程，請各位帶埋手機試用新 app。
        [12/11/26 16:08] 推拿部：熱敷袋得返六個用得，其餘漏水，已經喺淘寶落單買十個（訂單號 3921 5567 0082 1145），大約七至十日到貨。
        [12/11/26 17:55] 前台：收銀機 Z 報表今日現金 HK$8,260、八達通 HK$3,140、FPS HK$5,900、醫療券 HK$12,480，已經同單據核對無誤。
        [13/11/26 08:30] 店長：天文台話九點前會考慮改發紅雨，如果轉黑雨就照通告安排，上晝更改為下晝兩點返工，大家留意群組訊息。
        [13/11/26 10:14] 藥房：衞生署巡查話藥材貯存櫃溫度紀錄要每日簽兩次，由今日起早更同晚更各簽一次，紀錄表放咗喺藥櫃側邊。
        [13/11/26 14:40] 前台：診所 IG 有人問拎唔拎到保險收據，我已經用標準回覆覆咗，連埋價目表同 WhatsApp 預約連結 wa.me/85251238800。
        [13/11/26 18:10] 會計：十一月份租金 HK$68,000 已經轉帳俾業主（恒昌置業有限公司），收據編號 RC-2611-0193 放咗喺共享資料夾。
    """),
    ("en", "booking_system_config_and_logs"): _lines("""
        2026-11-12T09:03:17+08:00 INFO booking-api v3.2.1 appointment.created id=APT-20261112-0458 branch=MK01 room=R2 service=ACU30 slot=15:30 source=whatsapp_bot
        2026-11-12T09:03:18+08:00 WARN hcv-gateway retry=2 txn=HCVT-2026-0045822 latency_ms=8123 msg=voucher balance query timeout, falling back to manual queue
        clinic: { code: TW03, name: Harmony Chinese Medicine Centre (Tsuen Wan), phone: +852 2411 7788, whatsapp: +852 5123 8800, timezone: Asia/Hong_Kong }
        services.yaml: - sku: TUINA60 / name_en: Full-body Tui Na 60 min / price_hkd: 580 / hcv_eligible: true / requires_assessment: false
        SELECT branch_code, COUNT(*) AS visits, SUM(hcv_amount) FROM visits WHERE visit_date BETWEEN '2026-11-01' AND '2026-11-30' GROUP BY branch_code;
        2026-11-12T14:22:40+08:00 ERROR sms-notifier provider=twilio code=21610 template=APPT_REMINDER_ZH queued=214 failed=3 next_retry=14:30
        env: BOOKING_BASE_URL=https://booking.example-tcm.hk HCV_PROVIDER_ID=HCVP-004417 SMTP_FROM=appointments@harmony-tcm.example.hk MAX_SLOTS_PER_ROOM=8
        Release notes v3.2.0: added Cantonese WhatsApp template for follow-up reminders, fixed double-booking when two branches share one practitioner roster, upgraded Postgres to 16.4.
        def slot_label(start: str, minutes: int = 30) -> str: return f'{start} ({minutes} min)'  # slot_label('10:15', 45) gives '10:15 (45 min)'
        CSV header: visit_id,branch_code,visit_date,service_sku,practitioner_reg_no,hcv_used,amount_hkd,payment_method,invoice_no,created_at
        2026-11-13T08:00:00+08:00 INFO cron daily-inventory-sync done items=1284 low_stock=[HERB-DANGSHEN-500G, HERB-FULING-500G, MOXA-STICK-10] duration=41.7s
        webhook POST /api/v1/whatsapp/inbound 200 OK 87ms message_type=button_reply payload=CONFIRM_APPT template=appt_reminder_v4 lang=zh_HK
        sha256(prescription_template_v7.json) = 9f2c4e1a7b3d58e06c9a12f4b7d3e8a05c6b1f29d4e7a8c3b0f5d6e2a9c1b47e; deployed to MK01, TW03, WC02 on 2026-11-10.
    """),
    ("mixed", "中成藥及用品產品listing"): _lines("""
        【余仁生 Eu Yan Sang】白鳳丸 Bak Foong Pills 10 粒裝 HK$168，SKU EYS-BFP-010，適合女士調經養血，孕婦慎用，服用前請諮詢註冊中醫師。
        黃道益活絡油 Wong To Yick Wood Lock Medicated Balm 50ml，HK$62，註冊編號 HKP-01234，外用，舒緩肌肉疲勞及跌打扭傷，切勿內服。
        李眾勝堂保濟丸 Po Chai Pills 10 樽裝，HK$45，適用於腸胃不適、暈車浪，本店現貨，落單後 1-2 個工作天以順豐寄出。
        北京同仁堂 Tong Ren Tang 安宮牛黃丸 1 粒裝，售價 HK$1,080，每人限購兩盒，附防偽碼及原廠證書，Free shipping 滿 HK$800。
        位元堂 Wai Yuen Tong 猴棗除痰散 0.3g × 5 支，HK$139，產品編號 WYT-HZ-05，兒童服用前請先諮詢醫師，Stock: 24 units。
        陳李濟 Chan Li Chai 追風透骨丸 100 粒，HK$98，SKU CLC-ZF-100，適用於風濕骨痛，庫存 36 件，可於九龍城店 self pick-up。
        馬百良 Ma Pak Leung 安宮牛黃丸 single pill HK$980 | Origin: Hong Kong | Stock: 12 | Pick-up at Wan Chai store, Shop 5, G/F, 88 Hennessy Road.
        Yunnan Baiyao 雲南白藥氣霧劑 Aerosol 85g + 30g，HK$118，適合扭傷瘀腫，孕婦忌用，SKU YNBY-AER-115，購滿 HK$500 免運費。
        京都念慈菴 Nin Jiom Pei Pa Koa 蜜煉川貝枇杷膏 300ml，HK$88，買二送一優惠至 12 月 31 日，條碼 4891028701234。
        何濟公 Ho Chai Kung 退熱散 6 包裝，HK$32，小童及長者劑量見包裝說明；本產品為已註冊中成藥，註冊編號 HKC-05432。
        艾灸盒 Moxibustion Box（竹製雙孔）HK$75 + 陳艾條 Aged Moxa Sticks 10pcs HK$95，Bundle 價 HK$150，Model MX-2H-BAMBOO。
        華佗牌 Hwato 一次性無菌針灸針 0.25 × 40mm 100 支／盒 HK$58，只售予註冊中醫師及診所，落單需提供診所商業登記號碼。
        保心安油 Po Sum On Medicated Oil 30ml，HK$55，Made in Hong Kong，SKU PSO-30，適合蚊叮蟲咬及舒緩頭痛，12 歲以下小童慎用。
    """),
    ("zh-Hant", "中醫歷史與法規"): _lines("""
        東漢張仲景著《傷寒雜病論》，確立辨證論治原則，後世將其分為《傷寒論》與《金匱要略》，至今仍是香港中醫執業資格試的重點範圍。
        明代李時珍歷時二十七年編成《本草綱目》，收錄藥物一千八百九十二種，2011 年與《黃帝內經》一同列入聯合國教科文組織《世界記憶名錄》。
        屠呦呦受東晉葛洪《肘後備急方》「青蒿一握，以水二升漬，絞取汁」啟發，成功提取青蒿素，並於 2015 年獲頒諾貝爾生理學或醫學獎。
        黃飛鴻於廣州仁安街開設「寶芝林」醫館，以跌打骨科聞名，其生平多次被改編成電影，先後由關德興、李連杰、趙文卓等演員飾演，佛山祖廟內現設有黃飛鴻紀念館供市民參觀。
        《中醫藥條例》（第 549 章）於 1999 年通過，規定任何人須向香港中醫藥管理委員會註冊，方可以註冊中醫身份在香港執業。
        根據現行制度，香港中醫分為「註冊中醫」、「有限制註冊中醫」及「表列中醫」三類，表列中醫須通過執業資格試方可轉為註冊中醫。
        唐代孫思邈著《備急千金要方》，提出「大醫精誠」，強調醫者須同時具備精湛醫術與高尚醫德，被後世尊為「藥王」，陝西銅川藥王山至今仍保存有紀念他的廟宇及碑刻。
        香港首間中醫醫院位於將軍澳，由政府以公私營協作模式委託香港浸會大學營運，分階段提供門診、日間及住院服務，並設有中西醫協作及中醫藥研究設施。
        清代葉天士著《溫熱論》，提出衛氣營血辨證，與吳鞠通、薛生白、王孟英並稱溫病四大家，對嶺南醫學發展影響深遠，香港不少中醫師處理濕熱病證時仍沿用其方藥思路。
        針灸起源可追溯至新石器時代的砭石，北宋王惟一於 1027 年主持鑄造「天聖針灸銅人」，作為針灸教學及考核之用，銅人體表刻有穴位，考試時以蠟封住再注水，針中穴位即有水流出。
        世界衞生組織於 2019 年通過《國際疾病分類》第十一次修訂本（ICD-11），首次納入傳統醫學章節，涵蓋源自中醫的部分病證分類。
        香港中醫藥管理委員會轄下中醫組負責中醫註冊、執業資格試及紀律事宜，註冊中醫須每三年完成指定持續進修分數方可續領執業證明書。
        金庸《笑傲江湖》中的「殺人名醫」平一指，以及《倚天屠龍記》中的「蝶谷醫仙」胡青牛，都是武俠小說裏著名的虛構醫者角色，常被中醫學院講師用作課堂上的趣味例子。
    """),
    ("zh-Hans", "药材供应商发票"): _lines("""
        发票号码：44031926 00817362｜开票日期：2026年11月05日｜销售方：亳州华康中药饮片有限公司｜统一社会信用代码：91341600MA2T8K3L5X
        货物名称：党参（片）规格 1kg/袋 数量 50 单价 ¥86.00 金额 ¥4,300.00 税率 9% 批号 DS20261018 产地 甘肃定西 检验合格
        购买方：香港和頤中醫藥有限公司｜地址：香港九龙旺角弥敦道 688 号旺角中心一期 12 楼 1205 室｜电话：+852 2388 6120
        开户行：中国银行亳州分行营业部｜账号：1786 2033 4519 0028（对公账户）｜收款单位：亳州华康中药饮片有限公司｜SWIFT：BKCHCNBJ78A
        备注：本批茯苓、白术均附检验报告（报告编号 BZJC-2611-0342），重金属及农残检测合格，符合《中华人民共和国药典》现行版标准。
        运单号 SF1403287719065，顺丰冷链，发货地 安徽亳州，目的地 香港葵涌货柜码头 7 号码头仓库，预计 11 月 9 日完成清关。
        价税合计（大写）：叁万贰仟柒佰陆拾元整 ¥32,760.00；其中税额 ¥2,704.95；开票人：财务部；复核：仓储部；销售方盖章有效。
        货物名称：黄芪（切片）规格 500g/袋 数量 80 单价 ¥42.00 金额 ¥3,360.00 产地 内蒙古 批号 HQ20261021 税率 9%
        付款条件：月结 30 天；逾期按日万分之五计收违约金；如对发票有异议，请于收票后 7 日内联系销售方客服热线 0558-5123668。
        形式发票 Proforma Invoice PI-2026-1105-HK：三七粉（20 头）100g×100 罐，FOB 深圳 USD 2,150.00，交货期 15 个工作日。
        进口中药材批发商牌照编号 WHL-CM-2026-0871，有效期至 2027 年 6 月 30 日，随货附牌照复印件及原产地证明书。
        电子发票（普通发票）校验码：61829 47302 88154 29037，可登录国家税务总局全国增值税发票查验平台 inv-veri.chinatax.gov.cn 查验。
        退货单 RTN-261110-03：枸杞 10 袋因运输受潮结块退回，红字发票号码 04417392，金额 ¥-880.00，已于 11 月 10 日审核通过。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        陳太今日針完左膝話仲痛，佢兩年前換過人工膝關節，下次覆診要調低電針強度，麻煩醫師喺病歷度留意。
        病人：黃志強｜HKID：K483920(A)｜出生日期：1958-03-14｜診斷：腰椎間盤突出（L4-L5）｜療程：針灸＋推拿 10 次｜醫療券已用 HK$1,200
        阿明媽媽打嚟話佢個仔焦慮失眠，食咗安眠藥兩個月，想轉睇中醫調理，佢哋住黃大仙竹園北邨，電話 9348 2176。
        林太（林麗珊）懷孕十週，今日嚟問可唔可以針灸止嘔，醫師建議只做耳穴壓豆，已記錄喺病歷 PT-2026-03317。
        梁先生欠診所推拿套票尾數 HK$3,400 已經三個月，佢話最近被公司裁員冇錢還，會計話先停佢預約，還咗錢先再排。
        [14/11/26 10:22] 前台：何伯（何國雄）今朝喺診所門口跌親，右手腕腫咗，已經叫救護車送伊利沙伯醫院，佢女兒 6172 5839 已通知。
        覆診提醒：張美玲小姐，你預約咗 11 月 20 日（星期四）下午 4:15 於旺角分店針灸治療，如需改期請直接回覆本訊息。
        醫療券交易紀錄：長者姓名 鄭桂芳，身份證號碼 D382716(0)，交易金額 HK$500，交易後餘額 HK$3,820，服務類別：推拿。
        送藥地址：新界沙田禾輋邨豐和樓 18 樓 1812 室 吳生收，電話 5529 0364，代煎藥 6 包，貨到付款 HK$210。
        蔡小姐話佢同老公離緊婚，壓力大到成日偏頭痛同甩頭髮，想試下針灸，特登叫我哋唔好寄單據去佢屋企地址。
        病歷摘要：患者 周家豪，男，42 歲，患第二型糖尿病及高血壓，現服二甲雙胍；辨證為氣陰兩虛，處方生脈散加減七劑。
        新同事入職資料：區嘉穎，住址 將軍澳唐德街 9 號將軍澳中心 3 座 26 樓 F 室，緊急聯絡人（母親）電話 9061 3857。
        鍾生退款申請：信用卡尾號 4417，持卡人 CHUNG WAI LUN，退回未用推拿套票 3 次共 HK$960，請會計核實後處理。
        病人回電號碼：6843 2917（佢話係本人手提，叫我哋下晝三點之後先好打，唔好留言）
        身份證號碼 P567123(3) 嗰位伯伯今日用醫療券讀唔到卡，要手動輸入，佢話張卡上個月先補領。
        麥太個仔麥子朗（7 歲）有濕疹同哮喘，逢星期三放學嚟做小兒推拿，麥太要求唔好喺診所 IG 影到佢個仔。
        澳門病人 高雅婷，澳門居民身份證 5218374(3)，專程過嚟做針灸助孕，之前已經做過兩次 IVF 都唔成功。
        台灣病人 劉怡君，身分證字號 F223456786，喺香港工作，嚟診所治療頸椎病，電郵 yijun.liu0913@gmail.com。
        葉師奶 WhatsApp：「醫師，其實我啲瘀傷唔係跌親，係我老公飲醉酒打嘅，可唔可以唔好寫落病歷度？」
        收據抬頭：潘偉業先生，地址：九龍土瓜灣美善同道 33 號 5 樓 B 室，診症費 HK$280，藥費 HK$120，用於保險索償。
        病人登記表｜姓名：馮翠儀｜性別：女｜出生日期：1971/08/02｜手提：9274 6618｜電郵：chuiyi.fung71@yahoo.com.hk｜過敏：青霉素｜緊急聯絡人：馮志明（丈夫）
        阿珍話佢阿爸肺癌第四期，而家喺瑪麗醫院做化療，想加埋中醫紓緩副作用，問我哋可唔可以上門針灸。
        藍生架車（車牌 RV 8321）成日泊喺診所後巷上落貨位，隔籬舖頭投訴咗兩次，麻煩前台下次佢嚟覆診時提提佢。
        轉數快退款：收款人 冼淑貞，FPS 登記手機 9538 2047，金額 HK$580，原因：推拿師傅病假取消療程。
        新入職醫師蘇浩然嘅月薪定咗 HK$48,000 另加 15% 分紅，佢要求唔好同其他醫師講，合約下星期一簽。
        [15/11/26 19:02] 店長：Kelvin 聽日請病假，佢話身體檢查驗到乙型肝炎帶菌，下星期先返，佢啲推拿症由其他師傅頂。
    """),
    "en": _lines("""
        Follow-up note: Mrs. Margaret Tsang, 68, post-stroke left-side weakness, acupuncture twice weekly at Tsuen Wan branch; daughter Vivian handles bookings on +852 9176 4402.
        Patient intake: Name: Daniel Ho Ka-chun | HKID: Y629013(0) | DOB: 12/05/1989 | Occupation: bus captain | Complaint: chronic lower back pain since a traffic accident.
        Refund request from Jessica Lam: she says her husband lost his job and she can no longer afford the remaining 8 tuina sessions (HK$2,560).
        kwokwing.tang88@outlook.com wrote asking to move his Saturday cupping session to next week, please reply in Cantonese.
        Insurance claim: Insured: Raymond Cheung Wai-kit, Policy No. AXA-HK-77301842, Diagnosis: frozen shoulder (M75.0), 6 acupuncture sessions, total HK$2,520.
        Singapore patient Tan Wei Ling, NRIC S8834127I, in Hong Kong for three weeks of fertility acupuncture, contact only via her hotel room, not her office.
        Staff file: therapist Alan Yip, Malaysian, MyKad 880412-14-5563, employment visa expires 2027-03-31; his wife and kids are still in Ipoh.
        Reception note: Mr. Wong from Tuesday 6pm asked us never to mention his HIV status on the phone because his family does not know.
        Home visit: Flat 12C, Block 3, Laguna City, Lam Tin; patient Mrs. Chow, bedridden after a hip fracture, key left with the security guard.
        Bank transfer received: HSBC 123-456789-838 from CHAN SIU MING for outstanding balance HK$1,900, ref TCM-INV-2611-0087.
    """),
    "mixed": _lines("""
        今日 walk-in 嘅 Ms. Chloe Yuen 話佢有 PCOS 同埋試緊 IVF，問 acupuncture 幫唔幫到手，佢電話 6390 1257。
        Booking confirmed ✅ 鄧先生 Mr. Tang Chi-keung｜11月22日 10:30am｜推拿 60 mins｜Wan Chai branch｜contact: 9812 0473
        前台 note：Auntie Lily（李太）成日 last minute cancel，今個月已經 no-show 三次，下次 booking 要收 deposit HK$100。
        Kenny 話佢阿媽 dementia 越嚟越差，行路唔穩，想約 home visit 推拿，address 係太古城洋松閣 18 樓 G 室。
        Payment pending：patient 石嘉怡 ID card A638102(5)，HCV balance 唔夠，差 HK$340，佢話下星期 cash 補返。
        Patient feedback form — Name: Jason Mok 莫子傑｜Email: jasonmok.zj@gmail.com｜Rating: 2/5｜Comment: 師傅推拿太大力，搞到我膊頭瘀晒，要求退款。
        WhatsApp from Winnie 個女：「我媽咪今朝確診 breast cancer，下個禮拜開刀，今期針灸療程可唔可以 postpone？」
        Staff roster note：推拿師 Ah Fai 要請兩星期假，因為佢老婆早產，BB 入咗 NICU，大家幫手頂下更。
        CSV row: 2026-11-15,MK01,APT-20261115-0213,余詠詩,9462 0381,ACU30,HCV,420,paid
    """),
    "zh-Hans": _lines("""
        深圳来的病人王建国，身份证号 440304196508123716，来港做推拿治疗腰椎滑脱，联系电话 138 2654 7719。
        患者刘晓燕因抑郁症正在服用舍曲林，希望配合针灸改善失眠，请医师注意药物相互作用并保密。
        跨境快递收件人：赵丽娟，广州市海珠区江南大道中 168 号 2 栋 1503 房，手机 13925716408，代煎中药 14 包。
        微信转账备注：推拿费 ¥450，付款人陈志明，微信号 czm_1979gd，备注写的是「腰痛第三次」。
        患者张伟的母亲来电说他欠了网贷二十多万，最近胃痛失眠，想偷偷帮他约针灸，又怕他知道后发脾气。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你係和頤中醫診所嘅網上預約助手，用廣東話繁體中文回覆，只處理掛號、改期同一般查詢。",
        ),
        (
            "user",
            "我想幫我阿爸約針灸，佢叫劉振邦，75 歲，上個月中風之後右手冇乜力，聯絡電話 9027 6613。",
        ),
        (
            "assistant",
            "收到，劉振邦先生嘅中風後針灸初診需要先由註冊中醫師評估，請問想約邊間分店同邊日？初診包診金 HK$420。",
        ),
        ("user", "荃灣店，下星期二下晝，佢有醫療券，身份證係 G715204(2)。"),
        (
            "assistant",
            "已為劉振邦先生暫留下星期二下午 3:00 荃灣店，到診時請帶身份證正本以使用醫療券；確認訊息會發去 9027 6613。",
        ),
    ],
    [
        (
            "user",
            "Can you draft a friendly WhatsApp follow-up for our patient Fiona Leung? She had her 4th acupuncture session for sciatica yesterday and said the pain in her right leg is better but she still can't sit for long at her office job.",
        ),
        (
            "assistant",
            "Hi Fiona, this is Harmony Chinese Medicine Centre. We hope your right leg is feeling better after yesterday's session. Please remember to stand and stretch every 30 minutes at work. Your next appointment is on Friday; reply here if you need to reschedule.",
        ),
        (
            "user",
            "Great. Also add that her insurance receipt is ready, and her policy number is PRU-5520931.",
        ),
        (
            "assistant",
            "Added: Your insurance receipt for policy PRU-5520931 is ready for collection at reception, or we can email it to you.",
        ),
    ],
    [
        (
            "system",
            "Clinic assistant. Patient record loaded: 姓名 梁凱晴 Leung Hoi-ching｜HKID E904318(0)｜DOB 1985-11-09｜Phone 6655 2081｜Dx: 產後腰痛、產後抑鬱（由精神科跟進）｜Allergy: 無",
        ),
        ("user", "幫我 summarize 佢今次嘅情況，等我 WhatsApp 俾推拿師傅。"),
        (
            "assistant",
            "梁凱晴，產後約三個月，主訴腰痛，建議腰背局部推拿 30 分鐘，手法宜輕；佢有產後抑鬱正由精神科跟進，傳俾師傅時建議只講腰痛部分，唔好轉發精神科資料。",
        ),
        ("user", "OK, 咁 phone number 要唔要俾師傅？"),
        (
            "assistant",
            "唔需要，師傅只需知道預約時間同治療重點；如要聯絡病人，應由前台用診所 WhatsApp 打去 6655 2081，而唔係師傅私人電話。",
        ),
    ],
    [
        (
            "user",
            "有個長者譚婆婆（譚秀英）想用醫療券，但佢話唔記得帶身份證，只係記得號碼 C267481(3)，可唔可以照入？",
        ),
        (
            "assistant",
            "醫療券交易一般要核實身份證正本，單憑口述號碼唔可以完成交易。建議今次先以現金收費，請譚婆婆下次帶身份證正本嚟，再按診所政策處理。",
        ),
        ("user", "佢個新抱話可以 WhatsApp 張身份證相過嚟，電話 6218 4490，咁得唔得？"),
        (
            "assistant",
            "手機相片唔可以代替正本，而且用 WhatsApp 傳身份證相有私隱風險，建議唔好收。可以同佢新抱講，下次陪譚婆婆帶正本到診就得。",
        ),
    ],
    [
        ("system", "你是香港一家中医诊所的客服助手，可用简体中文回答内地客人的问题。"),
        (
            "user",
            "你好，我叫孙丽萍，在东莞，想下个月去香港做针灸治疗面瘫，我的手机是 13760485219，身份证 441900198704226525，需要提前预约吗？",
        ),
        (
            "assistant",
            "孙女士您好，面瘫针灸建议尽早治疗，需要提前预约。请不要在对话中发送身份证号码，到诊时出示通行证即可。请问您方便哪几天来港？",
        ),
        ("user", "11 号到 14 号都可以，住在旺角朗豪酒店。"),
        (
            "assistant",
            "已为您登记 11 月 11 日上午 10:30 旺角分店初诊，诊所会用短信发确认到 13760485219，诊所地址为旺角弥敦道 688 号旺角中心一期 12 楼。",
        ),
    ],
    [
        (
            "user",
            "Make a CSV of tomorrow's bookings: 9:30 Mr. Albert Kwok 9156 2270 tuina 60; 10:15 Ms. Candy So 6027 8813 acupuncture, first visit, pregnant 20 weeks; 11:00 Mrs. Yvonne Lai 9480 1156 cupping.",
        ),
        (
            "assistant",
            "time,patient,phone,service,notes | 09:30,Albert Kwok,9156 2270,TUINA60, | 10:15,Candy So,6027 8813,ACU30,first visit; pregnant 20 weeks - doctor assessment required | 11:00,Yvonne Lai,9480 1156,CUPPING,",
        ),
        ("user", "Thanks. Remove the pregnancy note, reception doesn't need it."),
        (
            "assistant",
            "Done. Row for Candy So now reads: 10:15,Candy So,6027 8813,ACU30,first visit - doctor assessment required.",
        ),
    ],
    [
        ("system", "你係註冊中醫師嘅文書助手，協助草擬病假紙、醫療報告同轉介信。"),
        (
            "user",
            "幫我寫張病假紙：病人 霍俊傑，男，35 歲，急性腰扭傷，今日針灸加敷藥，建議休息三日，由 2026 年 11 月 18 日至 20 日。",
        ),
        (
            "assistant",
            "病假證明書：茲證明霍俊傑先生於 2026 年 11 月 18 日到本診所求診，診斷為急性腰扭傷，已接受針灸及敷藥治療，建議病假三天（2026 年 11 月 18 日至 20 日）。註冊中醫師簽署：＿＿＿＿　診所蓋印：＿＿＿＿",
        ),
        ("user", "佢公司要求寫埋身份證號碼，佢係 A739206(3)。"),
        (
            "assistant",
            "已加入：身份證號碼 A739206(3)。提提你，病假紙只需交俾病人本人，唔好直接傳俾佢公司。",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm a Singapore PR, name Lim Jia Hui, FIN G5512904K. I did 12 sessions of acupuncture for migraine at your Causeway Bay clinic and now I'm moving back to Singapore. Can you send my records to a TCM clinic in Tampines?",
        ),
        (
            "assistant",
            "Hi Ms. Lim, we can prepare a copy of your records. For privacy, we need a signed data access request form and a copy of your ID. Please tell us the receiving clinic's name and email.",
        ),
        (
            "user",
            "好，send 去 Tampines Harmony TCM，email clinic@tampinestcm.example.sg。Also please include that I'm on propranolol for the migraine.",
        ),
        (
            "assistant",
            "Noted: records for Lim Jia Hui, including current medication propranolol, will be sent to clinic@tampinestcm.example.sg once we receive your signed form.",
        ),
    ],
    [
        ("system", "你係診所店長嘅行政助手，協助處理投訴同內部紀錄。回覆用繁體中文。"),
        (
            "user",
            "有個病人 羅志偉（電話 9735 6021）成日喺推拿時對女師傅講鹹濕嘢，今日仲摸佢大髀，師傅好唔開心，我應該點記錄？",
        ),
        (
            "assistant",
            "建議即日寫事件報告：日期時間、房號、羅志偉嘅言行、師傅嘅陳述同在場同事；同時暫停佢嘅預約，並問師傅是否需要報警或支援。",
        ),
        ("user", "師傅話想報警，但唔想佢個名俾其他同事知。"),
        (
            "assistant",
            "明白，報告只交店長同負責人存檔，群組入面只寫「某女師傅」；報警時由店長陪同，並提供羅志偉嘅預約紀錄同 CCTV 片段。",
        ),
    ],
    [
        (
            "user",
            "Patient from KL coming for tuina next week: Encik Ahmad Faizal bin Rosli, MyKad 790315-10-6217, phone +60 12-384 7721. He has gout and takes allopurinol. Draft a confirmation in English.",
        ),
        (
            "assistant",
            "Dear Encik Ahmad Faizal, your 60-minute tuina session is confirmed for Tuesday 25 November at 2:00 pm at our Mong Kok branch. Please let the practitioner know about your gout and current medication on arrival. Reply to this message to reschedule.",
        ),
        ("user", "Also tell him his wife Puan Norhayati can wait in the lounge."),
        (
            "assistant",
            "Added: Puan Norhayati is welcome to wait in our patient lounge during your session. The message will be sent to +60 12-384 7721.",
        ),
    ],
]
