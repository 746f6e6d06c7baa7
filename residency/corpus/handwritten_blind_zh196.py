# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh196: Hong Kong interior design, renovation contractors and repair trades. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh196
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "quotation terms"): _lines("""
        報價單編號 Q2026-0418｜全屋油漆（立邦 Nippon 淨味五合一）連批灰兩底兩面，按實際面積計，每呎 HK$18，天花另加每呎 HK$12。
        浴室翻新參考價：拆舊磚、做防水（兩層 K11 防水漿＋閉水測試 48 小時）、鋪 600x600 啞面磚，約 HK$68,000 起，視乎面積及喉管狀況。
        付款安排：訂金 30% 開工前付；中期 40% 於水電完成驗收後付；餘款 30% 於執手尾完成後 7 日內清付。
        以上報價有效期為 30 日；如因客戶要求更改設計，須另加工程費（Variation Order），一律以書面確認為準。
        報價不包括：傢俬、電器、窗簾、燈飾；大廈裝修按金及垃圾清運費另計（每車約 HK$1,800）。
        廚櫃：櫃身用 E0 級夾板，櫃門焗漆，枱面石英石 20mm，每呎 HK$2,300 起（上下櫃合計，五金另計）。
        保養條款：水電工程保養 12 個月，防水工程保養 24 個月；人為損壞、天災及業主自行改動不在保養範圍。
        全屋換線須按《電力（線路）規例》由註冊電業工程人員施工，完成後發出 WR1 表格。
        冷氣機位更改及新開窗口如涉及外牆，須先向屋宇署申報小型工程，入紙費用另計。
        鋁窗更換（KV-888 系列 / 6mm 強化玻璃）每樘 HK$4,200 起，需預留約 3 星期訂料。
        地台工程：舊地磚上直接鋪 SPC 地板，每呎 HK$45（連踢腳線），房門需鉋底約 5mm。
        付款方式：支票抬頭「＿＿＿＿設計工程有限公司」或轉數快至發票所列公司 FPS ID，恕不接受現金。
        報價單 Q2026-0522 第 3 項「拆除間隔牆」已刪除，總額由 HK$412,600 調整為 HK$398,300。
        保養期內如需執漏，請於辦公時間致電公司熱線 3618 2290 或公司客服 WhatsApp 報修，並提供工程編號。
    """),
    ("zh-Hant", "site whatsapp group"): _lines("""
        各位早晨，今日泥水師傅 9 點開工，電梯已經預約咗 9:00–12:00 運料，記得鋪保護板。
        廁所閉水測試由今日下晝 3 點開始，聽日同一時間睇水位，冇人准開水掣。
        櫃廠話廚櫃門板要延遲一個禮拜，因為啞光白焗漆要返工，新日期係下個月 8 號。
        管理處話星期日同公眾假期唔准開工，有噪音嘅工程只可以 9am-6pm，大家留意。
        電箱已經換咗 12 路，MCB 全部 Schneider，聽日電力公司過嚟驗錶。
        啲砂漿唔好倒落廁所，上次成條去水渠塞晒，要另外叫人通渠。
        收到，聽朝 8:30 喺樓下等送貨，5.5 噸貨車，記得問管理處借上落貨位。
        [相片] 主人房天花已經封好板，燈位按圖開咗 6 個 3 吋筒燈位。
        油漆佬話今個禮拜天氣太濕，第二底要等多兩日先上得。
        大家注意：今日冷氣師傅嚟裝分體機，外牆要開 65mm 窿，已經同管理處報咗。
        個 site 今晚記得閂晒窗，天文台話八號風球有機會改發。
        廁所地台斜度唔夠，一沖涼就積水，麻煩師傅聽日返嚟再批一次。
        送貨單 DN-88213 收咗 40 包英泥、15 包沙，仲差 6 包批灰膏。
        樓上單位又漏水落嚟，要等上面肯俾入屋做色水測試先搵到源頭。
        OK 我哋下個禮拜一先 hand over 鎖匙，今個禮拜做埋清潔同執手尾。
    """),
    ("mixed", "site progress log"): _lines("""
        Day 12 / 拆卸 completed，垃圾已清 3 車，next: 水電開坑。
        Progress 65% — 木工 carcass done，等 laminate 到貨，ETA 下星期三。
        Site log 2026-05-14：plumbing pressure test 10 bar 保持 30 分鐘冇跌，pass。
        Snag list #07：主人房門 hinge 鬆，窗台 silicone 唔均，廚房 backsplash 有一塊磚 hollow。
        Weather delay 2 日（黑雨），overall programme 由 45 個工作天延至 47。
        Material check：Grohe 龍頭 32 663 00E、TOTO 坐廁 CW981、Ariston 熱水爐 AN 30 LUX，全部到齊。
        今日 QC：瓷磚 lippage < 1mm，grout line 2mm，合格。
        Defects after handover：week 1 收到 3 單 call back，全部已 close。
        Job no. HK-R-26-0133 ｜ Phase 2 electrical ｜ status: on hold，等業主 confirm 燈位。
        今日人手：泥水 x2、水喉 x1、雜工 x1；工時 8:30–17:30，無意外。
        Waterproofing 第二層已塗，等 24 小時乾先做 ponding test。
        VO-04 approved：客廳加做 feature wall 連 LED strip，加 HK$9,800。
        假天花 gypsum board 9mm + 輕鋼龍骨，access panel 留喺走廊近冷氣機位。
        Handover checklist v3.2：鎖匙 4 條、保養卡、電器說明書、WR1、油漆色號表。
        Daikin FTXM35RVMN / RXM35RVMN 兩套已 test run，排水 OK，雪種壓力正常。
    """),
    ("en", "contract and policy"): _lines("""
        The Contractor shall obtain the management office's written consent and pay the renovation deposit before any works commence.
        Any defect notified in writing within the 12-month defects liability period shall be made good at the Contractor's cost within 14 days.
        Class I minor works must be carried out by a registered minor works contractor and supervised by a prescribed building professional.
        Retention money of 5% of the contract sum will be released upon expiry of the defects liability period.
        Noisy works are permitted between 9:00 a.m. and 6:00 p.m. on weekdays only, subject to the Deed of Mutual Covenant and the house rules.
        Payment applications must quote the project reference and be accompanied by a dated progress photo record.
        Consumers may call the Consumer Council hotline on 2929 2222 for advice on renovation disputes.
        Invoice INV-2026-00871 is overdue by 30 days; a late payment charge of 1.5% per month applies under clause 9.2.
        Asbestos-containing materials must be removed by a registered asbestos contractor in accordance with the Air Pollution Control Ordinance.
        We do not need identity documents for a quotation; please send only the floor plan and a few site photos.
        Sample SKU: Caesarstone 5141 Frosty Carrina, 20mm, polished edge; lead time 10 working days.
        Template: Dear [Client Name], please find attached quotation [Quote No.] for works at [Site Address]. Kindly sign and return by [Date].
        I. M. Pei's Bank of China Tower is often cited by local designers as the source of the triangular motifs in lobby refits.
    """),
    ("zh-Hant", "leak and repair advice"): _lines("""
        浴室天花滴水，點知係樓上漏定係自己喉管漏？可以先關總水掣睇水錶有冇行，再做色水測試。
        窗邊滲水多數係窗框同外牆之間嘅膠邊老化，重新打外牆防水膠通常已經解決到。
        牆身起泡甩油，係因為濕氣困喺批盪入面，要鏟到見底、塗防潮底油再翻油。
        食水喉建議用銅喉或者不鏽鋼喉，唔好用 PVC 做熱水喉，高溫會變形。
        樓宇滲水問題可以打 1823 轉介食環署及屋宇署聯合辦事處跟進。
        熱水爐跳掣，先檢查漏電保護掣（RCD）有冇跳，再睇發熱線有冇燒。
        新樓收樓驗樓應該睇咩？瓷磚空鼓、門窗開關、去水速度、插座有冇電、牆身垂直度。
        舊樓全屋翻新大概要幾耐？一般 500 呎單位約 8 至 10 星期，視乎有冇改間隔。
        玻璃膠發霉可以用漂白水擦，但黑點入咗膠底就要割走重打防霉膠。
        石屎剝落露出鋼筋要盡快處理，輕微嘅可以用防鏽漆加修補砂漿，大面積就要搵結構工程師睇。
        問：判頭收咗訂金之後冇開工，可以點追？答：先發律師信，金額 HK$75,000 以下可以去小額錢債審裁處。
        鋁窗鉸位生鏽要更換，一般要由註冊小型工程承建商做，完成後按規定入紙。
        廚房去水慢，先用通渠泵拍下試，唔好亂倒強酸通渠水，會蝕壞 PVC 喉。
        油漆揀咩色顯大？淺灰白或者米白，例如 Dulux 10YY 83/014，配 4000K 暖白燈效果最好。
    """),
    ("zh-Hant", "management office notices"): _lines("""
        【通告】本大廈將於 6 月 3 日至 6 月 7 日進行食水缸清洗，屆時每日 10:00–16:00 暫停供水。
        各單位業主如需裝修，請預先填妥「裝修申請表」並繳交按金 HK$5,000，完工後經檢查無損壞方獲退還。
        裝修工人須於管理處登記並配戴臨時工人證，工人證須於每日 18:00 前交回。
        請勿將建築廢料棄置於後樓梯或垃圾房，違者將被追收清理費用。
        升降機將於本週三進行年度檢驗，期間 2 號升降機暫停使用，不便之處敬請原諒。
        管理處辦公時間：星期一至六 9:00–18:00；緊急維修熱線 2796 3318（24 小時）。
        外牆棚架工程期間，請住戶關緊窗戶並移走窗台雜物，以策安全。
        本屋苑已接獲屋宇署「強制驗樓計劃」法定通知，業主立案法團將於下月召開特別業主大會討論。
        如發現單位有滲水情況，請填寫「滲水報告表」交回管理處，以便安排工程部跟進。
        【重要】地下大堂翻新工程由 7 月 1 日開始，為期約 6 星期，住客請使用側門出入。
        本月管理費將於 15 日自動轉賬扣除，如有查詢請致電管理公司客戶服務中心。
        根據大廈公契，冷氣機滴水屬住戶責任，請定期清理去水喉，避免滴落行人路。
    """),
    ("mixed", "billing and debt chasing"): _lines("""
        Reminder：發票 INV-0628 尚欠尾數 HK$24,500，請於 7 日內安排付款，thank you。
        Dear 客戶，這是第二次付款提示（2nd reminder），請參考 Statement of Account SOA-2026-06。
        【範本】{客戶姓名} 您好，根據報價單 {報價單編號}，第二期款項 {金額} 已到期，請於 {日期} 前轉帳。
        Credit note CN-0042 已抵扣 HK$1,200（少做一個插座位），balance 更新為 HK$18,800。
        收據 No. R-55102 ｜ 已收支票 HK$50,000 ｜ 支票號碼 001288 ｜ 已過數。
        公司商業登記號碼 71234567 已印喺所有發票上，付款前請核對抬頭。
        追數流程：逾期 30 日發 email 提示，60 日發律師信，90 日轉交收數公司或入稟小額錢債審裁處。
        FPS 收款請用公司登記嘅 FPS ID，付款後請 WhatsApp 截圖到公司客服號碼。
        Payment terms: 50% upon signing, 40% upon completion, 10% after 1-month defects check；逾期收取 2% 行政費。
        尾數已結清，發票 INV-0719 status: PAID，保養期由 handover 當日開始計算。
        SF 順豐運單 SF1402 3387 5521 已寄出正本發票及保養證書，預計聽日送到。
    """),
    ("zh-Hans", "mainland client enquiries"): _lines("""
        请问在香港装修需要办什么手续？一般先向管理处申请，涉及结构或外墙的要按小型工程监管制度申报。
        香港的装修报价一般按呎计，和内地按平方米不同，1 平方米约等于 10.76 平方呎。
        在深圳采购的瓷砖可以运到香港用吗？可以，但要算上清关和运输费用，整柜一般另加几千港币。
        香港的电压是 220V，插座是英式三脚，内地买的电器要注意插头规格。
        装修合同建议写清楚付款进度、保修期、延误罚则和变更单（VO）流程。
        报价单号 SZ-HK-0917，全屋定制衣柜，E0 级颗粒板，投影面积每平方米 RMB 980。
        香港的建筑工人需要持有建造业工人注册证和“平安咭”，才可以进入工地工作。
        梁志天设计的样板房风格影响了很多香港新楼盘的室内设计。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        工人保險名單：1. 冼志強 A803651(1) 泥水 / 2. 岑國棟 Y428491(5) 水喉 / 3. 鄺家輝 Z284945(4) 雜工 — 保單 EC-2026-3381。
        業主 麥綺雯小姐，聯絡電話 6123 8847，單位：將軍澳日出康城 領都 3 座 28 樓 B 室，預約 6 月 12 日上午 10 點度尺。
        師傅 鄧偉業 今日飲咗酒先返工，喺客廳瞓咗成個下晝，業主已經投訴，下個 job 唔好再派佢。
        轉數快俾 黃志明師傅：FPS 9328 1746，金額 HK$12,600（水電第二期）。
        匯豐戶口 808-372519-838，收款人 LAU KA WAI（劉家偉），請註明工程編號。
        業主 區美寶 話佢阿媽下個月出院要坐輪椅，所以廁所要加扶手同拆門檻，急單。
        投訴記錄：屯門 美樂花園 業主 何俊傑 先生（電話 9471 2038）投訴師傅將廢料倒落後樓梯，要求賠償清潔費。
        新工人入職：姓名 梁志豪，身份證 K961978(A)，出生日期 1994-02-17，住址 觀塘 順利邨 利富樓 1512 室。
        追數：葉嘉欣 小姐 仲欠我哋尾數 HK$36,000，拖咗三個月，佢話老公失咗業冇錢，下個禮拜再打去。
        管理處工人登記：陳國華，身份證 C882379(9)，工程車車牌 TX 8812，每日 8:30 到場。
        執漏師傅 朱錦榮（阿榮）手機 5307 6621，收費公道，佢住沙田 可以即日上門。
        業主 羅詠恩 喺 Instagram @wing.yan.home_diary 寫咗我哋公司壞評，話工期 delay 咗兩個月。
        訂金收據：今收到業主 譚家豪先生 訂金 HK$85,000（中銀支票 No. 004521），工程地址 荃灣 綠楊新邨 E 座 19 樓 6 室。
        水喉師傅 蔡永康 上星期喺 site 跌親扭傷腳，已經放咗五日病假，工傷報告要交俾保險公司。
        判頭 曾志遠 架工程車 LM 3027 停咗喺訪客車位兩日，管理處話再唔揸走就鎖車。
        業主 姚佩珊 WhatsApp：「我同老公下個月離婚，間屋要賣，個廚櫃唔好做住，訂金可唔可以退返？」
        員工通訊錄｜設計師 Joanne Kwok 郭雅琳｜手機 9186 4402｜電郵 joanne.kwok.design@gmail.com
        客戶資料：馬嘉麗 / 身份證 P942096(0) / 西營盤 第三街 88 號 8 樓 / 全屋翻新
        收數記錄：6/7 已收 周子健 轉帳 HK$42,300（恒生戶口 283-461927-882），尚欠 HK$8,000。
        維修單 #R-2289｜住戶：溫浩然｜地址：大埔 太和邨 翠和樓 1106 室｜問題：浴缸底漏水落樓下｜時間：週六 2pm
        師傅 彭德明 有案底，上年喺另一個 site 偷過業主隻手錶，以後唔好再用佢。
        業主 龍慧敏 懷孕七個月，要求裝修期間唔好用有味油漆，全部改用零甲醛。
        催款信（第三次）致：杜永森先生 / 元朗 Yoho Town 2 期 6 座 33 樓 H 室 / 尚欠 HK$58,200 / 14 日內未付款將入稟小額錢債審裁處。
        新人報到：王浩賢，今年 19 歲，喺 IVE 讀緊屋宇設備工程，逢星期六嚟做學徒。
        新加坡業主 Tan Wei Ming（NRIC S8834127I）嘅租客投訴熱水爐壞咗，業主授權我哋直接換，費用佢會 email 確認。
        師傅 麥志輝 收咗業主 HK$30,000 材料費之後走佬，電話 9863 1027 一直打唔通。
        轉介費：水電判頭 蘇家明 每單抽 5%，今個月 3 單共 HK$6,840，已入佢中銀戶口。
    """),
    "mixed": _lines("""
        Client: CHEUNG Wai Ling（張慧玲）/ Tel: +852 9402 6615 / Site: Flat C, 17/F, Block 2, Pokfulam Gardens / Budget HK$450k
        師傅 list：阿 Ken 盧嘉健（電工）6217 3390 / 阿 Sam 莫耀森（木工）9538 2071 — 之後自己 call 佢哋。
        @Kelvin 麥子軒 你上個月 claim 嘅 OT 已經過數，入咗你匯豐 a/c 563-281947-833。
        Owner Mrs Priya Menon 話 kitchen 要用 gas hob 唔要電磁爐，因為佢家婆食素成日要猛火炒。
        Maricel Dela Cruz（業主屋企姐姐）會開門俾師傅，佢 WhatsApp 5602 8174，星期日 off。
        Deposit 用 card 俾：VISA 4557 0138 2910 4738 exp 09/28，holder TSANG CHI HO，charge HK$15,000。
        業主 Nurul Aina binti Ahmad，MyKad 910827-10-6244，外派嚟香港兩年，租約完要做 reinstatement。
        落單：Mr Harjit Singh，電話 9725 1803，佢話個仔有哮喘，全屋要用 low-VOC 油漆。
        Site access list 0612：Bikash Gurung（HKID D989165(0)）、Ramesh Rai（HKID XA650176(9)）、駱文傑（HKID M302602(2)）。
        設計師 Chloe Yip 葉綺晴 今日又 sick leave，三個月請咗 11 日，HR 要同佢傾下。
        業主 WeChat：lam_sukyi_0823（林淑儀），佢深圳返嚟先可以 site meeting。
        Defect call back：Antonio & Sofia Fernandes 話 master bedroom 窗邊又漏水，佢哋話再唔整好就去消委會投訴。
    """),
    "en": _lines("""
        Quotation issued to Mr. Daniel Chow Ka-lok, 2/F, 15 Sai Street, Sheung Wan; mobile 6492 0375. Total HK$186,400.
        Complaint from owner Grace Leung Mei-kwan: the worker Ng Tak-shing was rude and smoked inside her flat on 3 June.
        Worker Ho Chun-yin (HKID R616244(3)) injured his right hand on the table saw; Form 2 has been filed with the Labour Department.
        Refund of HK$20,000 to Ms. Olivia Tam, to her BOCHK account 012-697-1-182530-4, for the cancelled wardrobe order.
        Owner Mr. Marcus da Silva, HKSAR passport K38120457, will sign the contract remotely from Macau next Friday.
        Please update the client record: Ms. Sharon Kwan, new email sharonkwan1988@yahoo.com.hk, now at Flat 9B, Tower 3, Island Harbourview.
        Tenant Jason Pereira settled the repair bill with Amex 3779 354820 17367; the receipt went to his personal email.
        Scheduling note: Mr. Wong Siu-fung in Mei Foo is on dialysis three times a week, so only book site visits on Tuesdays or Thursdays.
    """),
    "zh-Hans": _lines("""
        业主 陈思远，深圳人，身份证 44030519870316253X，在香港买了启德的单位，全屋翻新预算 80 万港币。
        内地供应商对接人 刘晓敏，手机 138 2745 6610，微信同号，瓷砖到港后要她签收。
        客户 黄丽娜 身份证 440106199207081140，下周从广州过来看样板，我们要帮她订酒店。
        台湾业主 林怡君（身份证字号 A235814702）委托我们处理中环公寓的浴室漏水，维修费汇到她的台湾账户。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你係一間香港裝修公司嘅客服助手，用廣東話回覆。"),
        (
            "user",
            "幫我寫個 WhatsApp 追數訊息俾 何永康 先生，佢屋企係 紅磡 黃埔花園 9 期 5 座 12 樓 C 室，尾數 HK$27,400 拖咗兩個月。",
        ),
        (
            "assistant",
            "何生你好，我哋係負責你黃埔花園單位裝修嘅公司。想提提你尾數 HK$27,400 已經逾期兩個月，麻煩你喺呢個星期內安排轉帳，有任何問題歡迎直接聯絡我哋。多謝！",
        ),
        ("user", "語氣再硬啲，講明下星期五前唔俾就發律師信。"),
    ],
    [
        ("system", "You are the booking assistant of a Hong Kong repair company."),
        ("user", "hi 我想報修，浴室天花漏水。我叫 ivy cheng 鄭慧儀，電話 6358 2904"),
        ("assistant", "鄭小姐你好，已經記低。請問單位地址同方便嘅上門時間？"),
        ("user", "沙田 第一城 41 座 22 樓 F 室，星期六朝早得，我老公夜班要瞓覺所以唔好早過 11 點"),
        ("assistant", "好的，已安排星期六 11:30 由執漏師傅上門檢查，到時會先致電 6358 2904。"),
    ],
    [
        (
            "user",
            "幫我 summarise 呢段 group chat：[09:12] 阿強：今日我同阿輝去 site / [09:15] 判頭 黎志成：業主 施太 話要改廚房插座位 / [10:02] 施太 (9182 6637)：我個女下個月考 DSE，下晝 2 點後唔好打鑽",
        ),
        (
            "assistant",
            "重點：1. 阿強同阿輝今日開工；2. 判頭黎志成轉達業主施太要求改廚房插座位；3. 施太（9182 6637）因女兒下月考 DSE，要求下晝 2 點後停止鑽牆工程。",
        ),
        ("user", "OK，幫我再整一個 to-do list 俾師傅"),
    ],
    [
        (
            "user",
            "Can you help me write a warning letter to our worker Li Kwok-wah, HKID E309736(A)? He was absent for 5 days without notice last month.",
        ),
        (
            "assistant",
            "Certainly. Dear Mr. Li Kwok-wah, we note that you were absent from work for five consecutive days without notice or a medical certificate. This letter serves as a formal written warning; any further unauthorised absence may lead to termination under your contract.",
        ),
        ("user", "Add that he also left the site unlocked on his last day."),
    ],
    [
        (
            "user",
            "帮我整理一份安装工人资料表：厦门石材厂派来的安装师傅 郑海涛，身份证 350203199002113174，下周一到香港装大理石台面，住在佐敦的酒店。",
        ),
        (
            "assistant",
            "资料表：姓名 郑海涛｜证件 内地居民身份证 350203199002113174｜来港目的 大理石台面安装｜到港日期 下周一｜住宿 佐敦酒店。需要补充回乡证或通行证号码吗？",
        ),
        ("user", "先不用，帮我翻译成繁体给管理处。"),
    ],
    [
        (
            "user",
            "我有個台灣客 吳佩蓉，身分證 F210937469，佢喺香港買咗個 studio 想做全屋訂造傢俬，份合約要寫佢嘅證件號碼，可唔可以幫我寫個合約開頭？",
        ),
        (
            "assistant",
            "可以：「本合約由 ＿＿＿＿設計工程有限公司（下稱承辦商）與 吳佩蓉女士（中華民國國民身分證 F210937469，下稱業主）於 2026 年 ＿ 月 ＿ 日訂立……」",
        ),
        ("user", "佢話想加埋佢嘅台灣地址，遲啲俾你。"),
    ],
    [
        (
            "user",
            "Our client Rachel Lim Hui Min (NRIC T0219563H) inherited her grandmother's flat in North Point and wants a full gut renovation. What documents should I ask her for?",
        ),
        (
            "assistant",
            "For Ms Lim you would usually need proof of ownership (the assignment or land search), written consent from the management office, and, if she is overseas, a letter authorising someone to give site access.",
        ),
        ("user", "She said she will fly in from Singapore on 20 July to sign."),
    ],
    [
        (
            "user",
            "業主 邱德輝 話佢張 Mastercard 5424 1873 0615 9288 俾我哋 charge 多咗 HK$3,000，要 chargeback，我點回覆好？",
        ),
        (
            "assistant",
            "可以先確認交易記錄，再回覆：「邱生你好，我哋已核對 6 月 18 日嘅交易，確實重複收費 HK$3,000，會喺 7 個工作天內退回你張卡。」",
        ),
        ("user", "好，但係唔好寫晒卡號喺 WhatsApp 度"),
    ],
    [
        (
            "user",
            "有業主投訴我哋師傅 鍾家俊，話佢喺單位入面講粗口同埋用咗業主個廁所冇沖，業主叫 方詠琪，佢好嬲，我應該點覆？",
        ),
        (
            "assistant",
            "建議先道歉並交代跟進：「方小姐，對於鍾師傅喺你單位嘅行為我哋非常抱歉，已即時將佢調離你嘅工程，並會安排清潔公司免費上門。」",
        ),
        ("user", "佢仲話要喺 Facebook 公開我哋同師傅個名，咁點算？"),
        (
            "assistant",
            "可以禮貌地邀請方小姐先同負責人直接傾，並書面記錄補救措施；如內容失實，再考慮法律意見。",
        ),
    ],
    [
        (
            "user",
            "帮我填报价单抬头：客户 佛山 家具厂 销售经理 何晓琳，身份证 440604198509235627，她在香港 观塘 买了一层写字楼要做办公室装修。",
        ),
        (
            "assistant",
            "报价单抬头：客户名称 何晓琳｜证件 440604198509235627｜项目 观塘写字楼办公室装修｜报价单号 待定。建议报价单上只写公司名称，不必印身份证号码。",
        ),
        ("user", "她说用她公司名开发票，但合同要她本人签。"),
    ],
]
