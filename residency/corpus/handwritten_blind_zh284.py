# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh284: 繁體中文（香港）跌打醫館與中醫針灸診所（病人登記、跌打傷患紀錄、針灸療程、醫療收據、保險索償、街坊WhatsApp）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh284
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "醫館告示"): _lines("""
        本館農曆新年休息：年廿九（2月16日）至年初三（2月19日），年初四照常應診。急症請致電醫館熱線 2388 1726 留言，師傅會盡快回覆。
        各位街坊：由12月起，逢星期日及公眾假期只做上午診（9:30-13:00），下午休息。預約請WhatsApp本館專線 5308 9412，唔接受Facebook私訊預約。
        本館地址：九龍旺角上海街482號地下（近旺角港鐵站C2出口），輪椅可經後巷斜台進入；如搵唔到路，可以問隔籬涼茶舖，或者致電 2388 1726 等職員出嚟接你。
        針灸療程須知：治療前兩小時請勿空肚或飽食，請穿著寬鬆衣物；孕婦、裝有心臟起搏器及正服用薄血藥人士，請於登記時主動告知中醫師。
        本館中醫師均已在香港中醫藥管理委員會註冊，註冊證書展示於接待處。如對服務有任何意見，請電郵 feedback@wingshingbonesetter.com.hk。
        溫馨提示：跌打藥酒只供外用，切勿內服；藥膏敷貼超過8小時請自行除下，如出現皮膚紅腫痕癢，請即停用並帶同藥膏包裝回來覆診，切勿自行加用其他藥油。
        颱風及暴雨安排：八號風球或黑色暴雨警告生效期間暫停應診，警告除下後三小時內恢復。已預約病人會收到系統短訊通知，改期無需另外收費，請留意天文台最新公佈。
        本館接受八達通、支付寶HK、WeChat Pay HK及轉數快（FPS識別碼：1728394，商戶名稱：永昇跌打醫館有限公司），恕不接受信用卡。
        長者醫療券適用：年滿65歲持香港身份證之長者可使用醫療券支付診金及針灸費用，每次使用須本人親臨並於系統確認，詳情可瀏覽衞生署長者醫療券網站 www.hcv.gov.hk。
        今日（星期三）師傅出外診，下午3點至6點暫停跌打推拿服務，針灸照常。帶來不便，敬請原諒，多謝各位街坊體諒。如需改期請WhatsApp 5308 9412 聯絡前台。
        遺失物品認領：上星期於候診區拾獲黑色摺遮一把及保暖水壺一個，請失主於辦公時間內到接待處認領，一個月後無人認領將捐贈予區內慈善團體。
        新界分館已遷往元朗教育路38號金輝大廈1樓A室，電話不變：2476 5510。舊址（大馬路）即日起停止服務，敬請留意。分館營業時間為星期一至六上午十時至晚上七時。
        本館絕不會以電話或短訊要求病人提供網上銀行密碼或一次性驗證碼，如收到可疑訊息，請致電香港警務處「防騙易」熱線 18222 查詢，或直接向本館接待處核實。
    """),
    ("zh-Hant", "價目表"): _lines("""
        跌打推拿（首診連診症）HK$380；覆診 HK$280；加敷藥膏（大）HK$60／塊、（小）HK$35／塊；長者及學生出示證件減 HK$30。
        針灸療程：單次 HK$350（連電針加 HK$50）；預繳十次套票 HK$3,000，有效期六個月，不可轉讓，不設退款。
        拔罐 HK$150／次｜刮痧 HK$180／次｜艾灸（溫和灸）HK$200／次｜天灸（三伏／三九）每貼 HK$220，需預約。
        正骨手法（頸椎／腰椎）HK$480起，視乎傷勢而定；脫臼復位另議。X光片請自備，本館不提供任何影像檢查服務，如有需要師傅會轉介附近的化驗所或醫院。
        自家製跌打酒 250ml HK$128｜500ml HK$228；驅風活絡膏（10片裝）HK$98；溫經藥包（足浴用）每盒 HK$75。
        中藥處方：濃縮中藥顆粒每劑 HK$60-120，傳統煎藥每劑 HK$45起（代煎加 HK$20），實際價錢按處方藥材計算。
        運動創傷套餐（適合跑步、籃球、足球扭傷）：推拿＋針灸＋敷藥 HK$550，首兩次覆診九折，不可與會員優惠同時使用，有效期由首診日起計三個月。
        小兒推拿（3-12歲）每節30分鐘 HK$260，需家長陪同；三歲以下嬰幼兒請先致電 2388 1726 查詢是否適合。
        上門治療服務（只限九龍區）：每次 HK$800 起，另加交通費 HK$150；新界及港島區另議，最少提前48小時預約，八號風球或紅雨警告下暫停上門服務。
        收費表生效日期：2026年1月1日。所有價錢以港元計算，如有更改，以診所接待處最新公佈為準，恕不另行通知。如有疑問，歡迎向前台職員查詢。
        醫療收據補發每張 HK$30；保險索償表格填寫費每份 HK$100（由中醫師親自填寫及蓋章，約需三個工作天），急件即日處理另加 HK$50。
        病假證明書 HK$80／張（只限即日診症），中醫師證明信（英文版）HK$200，轉介信 HK$150，影印病歷每頁 HK$5。
        會員儲值：儲 HK$2,000 送 HK$200，儲 HK$5,000 送 HK$600；儲值金額不設退款，不可與其他優惠同時使用。
    """),
    ("zh-Hant", "員工群組訊息"): _lines("""
        [09:02] 前台：早晨！今日預約已經爆滿，walk-in 最多再收六個，師傅話下晝要留半個鐘執藥，大家預早同街坊講定。
        [09:15] 助理：2號房部電針機又閃紅燈，我已經轉咗去3號房用住，維修公司熱線 3158 2046 打咗兩次都冇人聽。
        [10:40] 前台：提提大家，跌打酒大樽剩返四支，藥膏細塊淨係得兩盒，我聽日一早同上環永樂街藥材行落單，順便問埋田七粉幾時有貨。
        [11:05] 師傅：今日下晝三點後唔好再book正骨，我要過灣仔分館睇症，針灸照做，有急症就叫佢哋聽朝再嚟，或者轉介去灣仔分館，地址喺莊士敦道。
        [12:30] 助理：午飯訂咗樓下茶餐廳，叉燒飯 x3、餐蛋麵 x2，每人$48，收銀機隔籬有個信封，大家自己放錢入去。
        [14:18] 前台：保險公司又退咗張索償表返嚟，話欠咗診斷碼，我已經補返ICD-10 S93.4同蓋印，今晚再寄出，下次開單記得一定要填診斷碼。
        [15:47] 助理：消毒爐今朝做咗生物指示劑測試，結果合格，紀錄簿已經簽好，放喺藥櫃頂第二格，衞生署巡查時攞出嚟俾佢哋睇就得。
        [16:20] 前台：衞生署下個禮拜二會嚟巡查，記得將針灸針批號紀錄、醫療廢物處理單據同牌照副本準備好，急救箱都要check埋有冇過期。
        [17:05] 師傅：聽日颱風可能掛八號，如果朝早七點前掛咗就全日休息，前台幫手send個通告俾全部已預約嘅人，改期一律排返下個禮拜。
        [17:32] 前台：今日收數：現金 $6,420、八達通 $3,180、FPS $4,900，合共 $14,500，已經鎖入夾萬，單據喺抽屜。
        [18:10] 助理：一次性針灸針 0.25x40mm 剩三盒，我比較過華佗牌同環球牌，華佗牌平$12一盒，下次轉嗰隻好唔好？
        [18:45] 前台：收工前記得熄晒艾灸機同抽氣扇，上次漏咗成晚冇熄，今個月電費單多咗百幾蚊，大家小心啲，最後走嗰個記得鎖埋後門。
        [19:02] 師傅：辛苦晒各位！下個月起逢星期四加開夜診到九點，新嘅輪更表我聽日貼喺休息室門口，夜診有額外津貼，有問題再傾。
    """),
    ("en", "insurance_claim_faq"): _lines("""
        Q: Can I claim acupuncture under my outpatient plan? A: Most Hong Kong group medical plans cover registered Chinese medicine practitioners, usually capped at HK$250-400 per visit.
        Q: What documents do insurers need? A: An official receipt showing the clinic's business registration number, the practitioner's signature and chop, date of visit, diagnosis and itemised fees.
        Q: Does bone-setting (tit da) count as Chinese medicine? A: Yes, if performed by a listed or registered Chinese medicine practitioner; treatment by unregistered therapists is normally excluded.
        Q: How long does a duplicate receipt take? A: Duplicate receipts are issued within 3 working days for HK$30 each. Please quote the original receipt number, e.g. RC-2026-004518.
        Q: Can you bill my insurer directly? A: We offer direct billing for AIA, Bupa and Cigna card holders only; for other insurers please pay first and claim the reimbursement yourself.
        Q: My claim was rejected for "no diagnosis code". A: Ask reception for an amended receipt; we can add ICD-10 codes such as M54.5 (low back pain) or S93.4 (ankle sprain) free of charge.
        Q: Is the Elderly Health Care Voucher compatible with insurance? A: You can use vouchers for part of the fee, but only the amount you paid out of pocket can be claimed from your insurer.
        Q: Are herbal medicines covered? A: Some plans cover prescribed herbs up to a set number of days per visit; herbal wines, balms and retail products are not claimable.
        Q: Do you accept Employees' Compensation cases? A: Yes. Please bring the Form 2 reference from your employer and the Labour Department acknowledgement letter to your first visit.
        Q: Can I claim for treatment at your Shenzhen or Macau partner clinics? A: They issue receipts in Chinese with an English translation; check whether your plan covers Greater Bay Area treatment.
        Q: What business registration number should I write on my claim form? A: BR No. 71482036, registered name Wing Shing Bone-setting Clinic Limited, 482 Shanghai Street, Mong Kok.
        Claims desk hours: Mon-Fri 10:00-18:00. Email claims@wingshingbonesetter.com.hk or call 2388 1727; we reply to all claim enquiries within two working days.
        Q: Is the receipt valid if the practitioner's chop is missing? A: No. Insurers such as AXA and Prudential require the chop; bring the receipt back and we will re-issue it the same day.
    """),
    ("mixed", "system_config_logs"): _lines("""
        clinic_config.yaml: clinic_name: "永昇跌打醫館", br_no: "71482036", timezone: Asia/Hong_Kong, booking.slot_minutes: 20, whatsapp_business: "+852 5308 9412"
        2026-11-03T09:14:22+08:00 INFO booking-svc slot_released id=BK-20261103-0042 room=R2 reason=no_show_auto_release after=15m
        2026-11-03T11:47:05+08:00 WARN claim-export batch=CLM-B-0931 skipped=3 cause="missing icd10 code" retry_at=2026-11-03T18:00:00+08:00
        receipt_template: 收據編號 {receipt_no}｜日期 {visit_date}｜項目 {item_name} x {qty}｜金額 HK${amount}｜病人姓名 {patient_name}｜中醫師簽署：________
        SELECT receipt_no, visit_date, total_hkd FROM receipts WHERE visit_date >= '2026-10-01' AND status = 'VOID' ORDER BY visit_date; -- 月結對數用
        [sms-gateway] 2026-11-04 08:00:01 sent=128 failed=2 template=APPT_REMINDER_ZH sender_id=WINGSHING cost=HK$0.18/msg
        inventory.csv header: sku,品名,規格,批號,有效期,存貨,再訂購點 — 例：NDL-025040,一次性針灸針,0.25x40mm,LOT2409B,2029-08-31,36,20
        2026-11-05 16:32:10 ERROR pos-terminal-02 octopus_txn_failed code=E1207 amount=HK$380.00 txn_ref=OCT7F3A92C1 retry=ok
        backup job nightly-db finished 2026-11-06 03:00:44 size=2.4GB sha256=9c1e4f07b2d8a35e6f01c7d9e2ab4830f5d62c19a7e08b3d4c5f6a7b8c9d0e1f
        .env.example：DB_HOST=localhost DB_USER=clinic_app DB_PASS=changeme FPS_MERCHANT_ID=1728394 SMTP_FROM=noreply@wingshingbonesetter.com.hk
        更新日誌 v3.8.2（2026-11-10）：修正保險索償PDF英文診斷欄位被截斷；新增醫療券交易編號欄位；預約頁面加入暴雨警告橫額。
        courier tracking: SF Express SF1428876350291 藥材補貨 from 上環永樂街 → 旺角上海街482號地下, status=已簽收 2026-11-07 14:05
        cron: 0 7 * * * /opt/clinic/bin/typhoon_check.sh --signal-threshold=8 --notify=whatsapp_staff_group --dry-run=false
    """),
    ("zh-Hant", "醫館歷史"): _lines("""
        黃飛鴻於清末在廣州仁安街開設寶芝林，以跌打醫術及洪拳聞名；其弟子林世榮後來把洪拳及跌打醫術帶到香港，開館授徒，其拳館兼設跌打醫務所。
        關德興自1949年起在數十部粵語片中飾演黃飛鴻，令「寶芝林」及跌打醫館的形象深入民心，不少醫館至今仍懸掛其劇照，成為一代香港人的集體回憶。
        李小龍早年隨葉問學習詠春，而港產功夫片中常見武館兼營跌打的情節，正反映當年武館師傅多兼任跌打醫師的社會現實，練武受傷即場駁骨亦屬平常事。
        北宋王惟一於天聖年間主持鑄造針灸銅人兩具，並撰《銅人腧穴針灸圖經》，成為後世針灸教學及考核穴位的重要依據，考生須在蠟封銅人上準確下針。
        晉代皇甫謐所著《針灸甲乙經》是現存最早的針灸專著，全書十二卷，系統整理了人體腧穴的位置、刺法及主治病症，對日本及朝鮮針灸學影響深遠。
        明代李時珍編著《本草綱目》，收錄藥物一千八百九十二種，其中不少跌打常用藥如三七、紅花、自然銅均有詳細記述，至今仍是中醫藥學生必讀典籍。
        虎標萬金油由胡文虎、胡文豹兄弟於仰光發揚光大，後將業務遷往新加坡及香港，大坑虎豹別墅曾是港人假日遊覽熱點，現已活化為虎豹樂圃。
        黃道益活絡油源自香港一間跌打醫館的自家藥油，後來發展成本地家喻戶曉的外用藥油品牌，至今仍是內地及東南亞旅客手信熱門之選。
        1999年《中醫藥條例》通過後，香港中醫藥管理委員會成立，其後推行中醫註冊制度，骨傷科成為註冊中醫常見的執業範疇之一，傳統跌打師傅亦須通過考核方可註冊。
        上世紀六七十年代，油麻地、深水埗一帶的唐樓地舖聚集大量跌打醫館，招牌多寫「祖傳跌打、駁骨接骹」，霓虹燈照亮整條街，是舊日九龍街景的一部分。
        香港中醫醫院位於將軍澳，由政府委託香港浸會大學營運，分階段投入服務，為本地中醫住院及專科治療揭開新一頁，亦提供中西醫協作的骨傷科服務。
        孫思邈在《備急千金要方》中提出「阿是穴」的概念，即以按壓痛點為穴，至今仍是跌打推拿師傅常用的取穴方法，俗稱「邊度痛就針邊度」。
        東華三院自十九世紀起提供中醫贈診服務，是香港歷史最悠久的慈善中醫服務機構之一，廣華醫院亦見證了其發展歷程，現時仍設有中醫門診及針灸服務。
    """),
    ("zh-Hans", "药材产品目录"): _lines("""
        【正品】玉林正骨水 88ml，广西玉林制药出品，外用于跌打扭伤、骨折脱位辅助治疗，孕妇忌用。售价 RMB 32.00，库存充足。
        云南白药气雾剂 85g+30g 双瓶装，SKU: YNBY-QWJ-85-30，适用于跌打损伤、瘀血肿痛，港澳地区发货时效3-5个工作日。
        黄道益活络油 50ml 香港原装，条码 4891234560187，每单限购6瓶，跨境物流单号将在发货后24小时内更新，请耐心等待。
        冯了性风湿跌打药酒 300ml，佛山老字号，订单号 JD-20261108-77341，预计 11月12日 送达，仅限内地收货地址下单。
        余仁生（Eu Yan Sang）田七粉 100g，新加坡直邮，产地云南文山，SKU EYS-TQ-100，会员价 S$38.80，非会员价 S$42.00。
        虎标万金油（红）30g，新加坡虎标保健品出品，商品编号 TB-RED-30，支持马来西亚、新加坡、香港三地配送，运费另计。
        李众胜堂保济丸 20瓶装，香港老字号，批号 PCB240917，有效期至 2028-09，适用于肠胃不适，非跌打用品请勿混淆下单。
        位元堂 跌打风湿膏 10贴/盒，规格 7cm×10cm，单价 HK$58，满 HK$300 包邮至港九新界（离岛及偏远地区除外）。
        华佗牌一次性无菌针灸针 0.30×40mm，100支/盒，苏州医疗用品厂有限公司出品，医疗器械注册证号 苏械注准20162201234。
        和兴白花油 20ml 马来西亚版，外包装英马双语，产品编号 HH-WFO-20-MY，吉隆坡仓库发货，运费 RM 8.00，满 RM 100 免运。
        清艾条 十年陈艾 10支装，南阳产地，每盒重量约 180g，规格 18mm×200mm，批发价 10盒起每盒 ¥22.50，零售 ¥29.90。
        【店铺公告】本店为“保安堂药材行”官方旗舰店，客服热线 400-820-6633，服务时间 9:00-21:00，不接受任何私人转账付款。
        电针治疗仪 G6805-2A 型，6路输出，附赠导线6条，整机保修一年，参数仅供参考，以实物说明书为准，到手价 ¥468。
    """),
    ("mixed", "街坊評價"): _lines("""
        ★★★★★ 永昇跌打醫館真係好手勢，打波扭親腳踭去咗三次已經行得返，收費清楚有單，拎去claim保險都冇問題。Highly recommended!
        ★★★☆☆ 師傅醫術冇得彈，但係waiting time太長，約咗七點半都要等到八點幾，希望佢哋可以改善下個booking system。
        ★★★★☆ 針灸環境乾淨企理，每次都用一次性針，前台姑娘好有禮貌，不過冷氣有啲凍，去之前記得帶件褸。Overall good experience, will come back.
        ★★☆☆☆ 跌打酒味好濃，搽完成日都係陣味，返工成個office都聞到。效果就OK嘅，但個price list同網上寫嘅唔一樣。
        ★★★★★ Went to 葉氏跌打 in Sham Shui Po after a hiking sprain on the MacLehose Trail. The bone-setter spoke decent English and the receipt was accepted by Bupa.
        ★★★★☆ 位置方便，油麻地站A2出口行三分鐘，地舖唔使行樓梯，啱晒長者。Payment 支援八達通同FPS，不過冇得碌卡。
        ★☆☆☆☆ 打電話去預約冇人聽，WhatsApp 又已讀不回，最後walk-in等咗個幾鐘先見到師傅。Management really needs to sort this out.
        ★★★★★ 做完三次電針，肩頸位鬆咗好多。The practitioner explains every step before inserting needles，唔會求其，值得推介。
        ★★★★☆ 黃大仙呢間老字號跌打館開咗四十幾年，裝修舊舊哋但好有人情味，師傅仲會教你返屋企點樣熱敷同拉筋。Old school but very caring service.
        ★★★☆☆ 價錢偏貴，首診連藥膏要四百幾蚊，不過效果真係快過去普通診所。Suggest 佢哋出個學生價，會多好多後生仔幫襯。
        ★★★★★ Best acupuncture clinic in Causeway Bay! 診所喺利園山道，book online好方便，仲有英文收據俾外籍朋友claim保險。
        ★★☆☆☆ 小兒推拿收$260半個鐘，覺得唔係好值。Reception attitude一般，問多兩句就黑面，希望管理層跟進下。
        ★★★★☆ 澳門新馬路嗰間分店都唔錯，講廣東話同普通話都得，收MOP同HKD，不過星期日下晝唔開，去之前要check清楚。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        病人登記表｜姓名：鄭嘉敏｜性別：女｜出生日期：1987-03-14｜香港身份證：K318462(5)｜手提電話：6183 2754｜地址：九龍深水埗福榮街118號5樓B室
        跌打傷患紀錄：何志強先生，42歲，地盤扎鐵工人，11月2日喺葵涌地盤由棚架跌落，右腳踝腫脹瘀黑，懷疑骨裂，已轉介瑪嘉烈醫院照X光。
        林太今朝又嚟針灸，佢話同老公傾緊離婚，成晚瞓唔著，頸梗膊痛，師傅叫佢下星期一再嚟覆診，順便開啲安神嘅藥。
        阿明（旺角街市豬肉檔嗰個）今朝搬貨閃親腰，話冇錢睇醫生，賒咗$380跌打費，講明月尾出糧先還。
        醫療收據 No. RC-2026-007731｜病人：梁詠欣｜HKID：Y527391(7)｜診斷：頸椎病（M47.8）｜針灸＋電針 HK$400｜付款方式：轉數快
        保險索償：受保人 蔡國華，保單號碼 AIA-GM-88213457，會員編號 0051-337820-01，申請報銷11月份共6次針灸，合共 HK$2,100。
        街坊WhatsApp群：「各位街坊，3座12樓嘅陳伯上星期跌親髖骨，入咗伊利沙伯醫院，屋企冇人睇，有冇人得閒幫手送飯？」
        預約提示：麥淑儀小姐，您已預約11月15日（星期六）上午10:20針灸療程，如需更改請回覆此訊息。登記電話：9462 1803。
        覆診紀錄：黃美蓮，懷孕約14週，腰骶痛，已避開合谷、三陰交等孕婦禁針穴位，只做輕手推拿，建議產科醫生跟進。
        工傷個案：周偉倫（外賣車手），電單車 VK 8321 於觀塘道被私家車撞倒，左鎖骨骨折，僱主已填表格二，勞工處檔案 EC/2026/15532。
        前台筆記：張生（張國棟）仲欠醫館 $2,640 未找，佢話做生意蝕咗，問可唔可以分三期還，師傅話OK但要佢簽借據。
        病人緊急聯絡人：劉秀英（女兒），手機 5627 0918，住址：新界沙田禾輋邨豐和樓1905室，平日晚上七點後先聯絡到。
        朱師奶喺群組度講：「我個仔阿軒打籃球撞親膝頭，醫生話前十字韌帶撕裂，可能要做手術，邊間跌打好啲？」
        轉介信：茲轉介病人李家豪先生（HKID: C462871(1)）至伊利沙伯醫院骨科，病人11月4日右肩脫臼已於本館復位，懷疑伴有肱骨大結節骨折。
        收據補發申請：申請人 譚卓賢，電郵 tamcheukyin88@gmail.com，原收據日期 2026-09-21，用途：向保誠申請門診索償。
        吳婆婆（82歲，住秀茂坪）有糖尿病同高血壓，長期食薄血藥華法林，針灸前要先度血壓，記得唔好同佢放血。
        街坊群：「有冇人識樓下跌打館師傅？我老公區志明上個禮拜俾人打傷咗，已經報咗警，依家要份驗傷報告。」
        台灣病人資料：姓名 游雅婷，身分證字號 F224681354，來港工作期間扭傷右手腕，持台胞證，聯絡電話 +886 912 483 607。
        澳門病人：何嘉欣，澳門居民身份證 5215378(3)，住址：澳門氹仔海洋花園第二街12號7樓C座，腰痛針灸療程第三次。
        師傅WhatsApp：「阿May，你上次做完針灸量到血壓170/105，記得同家庭醫生講，千祈唔好自己停藥啊。」
        師傅，我係上個禮拜嚟過嘅葉小姐，電話6931 2048，想問張收據可唔可以改返英文名 YIP Wing Sze 俾公司報銷？
        病歷摘要：區淑貞，女，56歲，乳癌術後第三年，右手淋巴水腫，正接受荷爾蒙治療，針灸時避開患側上肢。
    """),
    "mixed": _lines("""
        Patient intake: Name 陳家明 CHAN Ka Ming｜DOB 1979-11-02｜HKID R614287(6)｜Mobile 9128 6403｜Occupation: 的士司機｜Chief complaint: 右膝退化性關節炎
        Hi 師傅, this is Kelvin Lau 劉浩賢, 我琴晚踢波拗柴，右腳腫到著唔到鞋，今日可唔可以 walk-in？My number is 6420 7735.
        Claim form Part B: Insured member TSANG Mei Ling 曾美玲, Policy No. BUPA-HK-50327781, Member ID 8821-004731, 診斷：肩周炎 frozen shoulder, 12 sessions.
        新加坡病人 Ms Goh Pei Shan 吳佩珊, NRIC S8734215H, 來港旅遊期間落樓梯扭傷腳，要英文收據俾 Great Eastern claim，Tel +65 9123 4876.
        Malaysia patient 黃詠詩 Wong Weng Sze, MyKad 880512-14-5562, 喺吉隆坡做過兩次跌打，今次來港覆診，address: No. 23, Jalan SS2/64, 47300 Petaling Jaya.
        CSV: patient_id,name,phone,hkid,visit_date,diagnosis → P-00871,源志偉,5493 8206,D705318(6),2026-11-03,腰椎間盤突出 L4-5
        log 2026-11-08 10:02:17 INFO booking created patient="Fong Siu Wai 方少威" phone=+852 6852 1940 slot=2026-11-10T15:20 service=ACU_EL
        轉數快紀錄：付款人 KWOK Yuk Lan，FPS 手機號碼 9735 1264，備註「媽咪針灸費 x5」，金額 HK$1,750，收款人 永昇跌打醫館有限公司。
        WhatsApp from 馮太: 「師傅, my son Jason 佢藏毒俾差人拉咗，而家保釋緊，佢隻手傷咗，可唔可以收工後偷偷嚟睇？」
        Staff note: 歐陽Sir（歐陽振邦）話佢份糧得 $18,500，醫療券用晒，想問可唔可以每次減 $50，佢仲要養兩個仔同老母。
        Email: Dear clinic, I'm Priscilla Mak 麥寶儀 (priscilla.mak.pm@outlook.com), 懷孕 20 weeks, 腰痛到瞓唔到，想問孕婦可唔可以做推拿？
        保險拒賠通知 re: claimant SIU Tsz Kin 蕭梓健, DOB 1992-06-30, reason: pre-existing condition 慢性腰痛 (first diagnosed 2019), claim ref CLM-HK-2026-448213.
    """),
    "en": _lines("""
        New patient: Mr Daniel Cheung Wai Kit, 35, software engineer living at Flat 17C, Block 3, Laguna City, Kwun Tong; chronic neck pain, mobile 6274 3981.
        Receipt reissue request from Vanessa Tang (vtang.hk@yahoo.com.hk): please reissue receipt RC-2026-006214 in her married name for her Cigna claim.
        HKID Z683104(5) flagged by insurer: the claim under this ID was already paid on 2026-10-12, please check before resubmitting.
        Bonesetter's note: Raymond Ho has been missing sessions since his bankruptcy hearing in October; he says he cannot afford the HK$2,800 package balance.
        Ms Maria Santos Dela Cruz, domestic helper employed by a family in Tai Po, fell from a step ladder while cleaning windows; left wrist swollen, employer paying.
        Call back 9307 4618 - the lady who sprained her ankle at Yau Ma Tei MTR yesterday, wants to know if she can claim under her husband's plan.
        Acupuncture log: Ivy Lam, 29, IVF cycle 2 starting next week, fertility acupuncture twice weekly, avoid abdominal points after embryo transfer.
        Package payment received 5 Nov: HSBC account 004-512-839201-838, account name CHOW KIN FAI, reference "acupuncture 10x", HK$3,000.
        Kenneth Yu's wife called: he was detained at Lo Wu for carrying undeclared goods and will miss Thursday's bone-setting appointment.
        Registration: Mr Tan Wei Liang, Singapore FIN G5219876W, in Hong Kong on a 2-year employment visa; home address 12/F, 8 Tin Hau Temple Road, North Point.
    """),
    "zh-Hans": _lines("""
        内地患者登记：姓名 刘建军，身份证号 440106198505122735，手机 138 2746 5190，来港出差期间腰扭伤，需开具简体收据回公司报销。
        深圳分店患者：王丽娟，女，48岁，住址 深圳市南山区蛇口工业八路海月花园6栋1203，腰椎间盘突出，已做针灸8次。
        客服记录：患者张晓峰投诉上次针灸后手臂淤青，要求退还 ¥350 并赔偿两天误工费，联系电话 139 0271 6648。
        微信支付记录：付款人 陈*芳（微信号 chenfang_0823），金额 ¥1,200，备注“妈妈跌打药费”，商户单号 4200001234202611085566。
        同事说赵师傅的表哥赵立新借了高利贷还不上，被人打断了两根肋骨，不敢去医院，私下来我们这里处理伤口。
        护照号 E63819204 的李佳怡女士，来澳门旅游时在大三巴牌坊台阶摔伤，需要出具中英文诊断证明交给平安保险理赔。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你係「永昇跌打醫館」嘅WhatsApp預約助手，用廣東話回覆，幫病人預約跌打、針灸同推拿，唔好作出任何診斷。",
        ),
        (
            "user",
            "你好，我想約聽日下晝針灸，我叫容家樂，電話 6738 2159，上次喺你哋度做過腰，今次係右膊頭痛到舉唔起手。",
        ),
        (
            "assistant",
            "容先生你好！聽日（星期四）下晝有 3:20 同 4:40 兩個時段，想揀邊個？另外提提你，如果痛到完全舉唔起手，師傅會先幫你評估，有需要可能要先照X光。",
        ),
        ("user", "3:20 啦，唔該。"),
        (
            "assistant",
            "已經幫你預約好：容家樂先生，11月13日（星期四）下午3:20針灸，聯絡電話 6738 2159。如需更改請提前一日通知，多謝！",
        ),
    ],
    [
        (
            "user",
            "Can you help me write a short cover letter to Bupa for my claim? My name is Angela Szeto Wing Yan, member no. 7730-118452-02. I had 8 acupuncture sessions at a clinic in Jordan for sciatica between 2 Sep and 28 Oct 2026, total HK$2,960.",
        ),
        (
            "assistant",
            "Dear Claims Team, I, Angela Szeto Wing Yan (Member No. 7730-118452-02), enclose receipts for 8 acupuncture sessions received between 2 September and 28 October 2026 for sciatica, totalling HK$2,960. Please reimburse according to my outpatient Chinese medicine benefit. Yours faithfully, Angela Szeto Wing Yan",
        ),
        (
            "user",
            "Please also mention that my earlier claim, ref CLM-88421, was rejected only because the receipt had no chop, and I've now got a re-issued one.",
        ),
        (
            "assistant",
            "Added paragraph: My previous claim (ref CLM-88421) was declined because the original receipt lacked the practitioner's chop. A re-issued, chopped receipt is now enclosed, and I kindly ask that the claim be reconsidered together with this submission.",
        ),
    ],
    [
        (
            "system",
            "You are an admin assistant for a 中醫針灸診所 in Tsuen Wan. Help reception staff with forms and patient records. Reply in Cantonese or English.",
        ),
        (
            "user",
            "有個新病人WhatsApp咗佢資料嚟：黎少芬, HKID C462871(1), DOB 1968-04-22, 住荃灣愉景新城2座31樓F室, 電話 6091 3382。幫我check吓個HKID format啱唔啱？",
        ),
        (
            "assistant",
            "個格式係啱嘅：一個英文字母、六個數字，再加括號入面一位檢查碼，C462871(1) 計返出嚟都對。不過身份證號碼同住址屬於敏感個人資料，建議輸入系統之後就刪除WhatsApp記錄，唔好截圖轉發。",
        ),
        ("user", "好，咁佢個地址應該點樣寫入英文收據？"),
        (
            "assistant",
            "可以寫成：Flat F, 31/F, Block 2, Discovery Park, Tsuen Wan, New Territories。收據上面一般唔需要印身份證號碼，寫姓名 LAI Siu Fun 同日期就夠。",
        ),
    ],
    [
        (
            "user",
            "帮我把下面的跌打病人记录整理成表格：1）邓卫东，男，51岁，货车司机，车牌粤B 7K3Q9，搬货时腰椎扭伤；2）孙慧敏，女，37岁，电话 186 2093 4471，跑步时膝盖半月板损伤；3）马永强，男，63岁，痛风发作兼右踝扭伤。",
        ),
        (
            "assistant",
            "| 姓名 | 性别 | 年龄 | 备注 | 伤情 | | 邓卫东 | 男 | 51 | 货车司机，车牌粤B 7K3Q9 | 腰椎扭伤 | | 孙慧敏 | 女 | 37 | 电话 186 2093 4471 | 膝盖半月板损伤 | | 马永强 | 男 | 63 | 痛风 | 右踝扭伤 |",
        ),
        ("user", "再加一栏“下次复诊”，都写下周三。"),
        (
            "assistant",
            "已加上“下次复诊”一栏：邓卫东、孙慧敏、马永强三位的下次复诊日期均为下周三。如需按时段排序，可告诉我各人的预约时间。",
        ),
    ],
    [
        (
            "user",
            "幫我寫個街坊群組訊息：5座8樓嘅譚婆婆（譚金好）前日喺屋企跌親盤骨，住咗屯門醫院，佢個仔喺英國返唔到嚟，想搵人輪流探佢同幫手餵佢隻貓。",
        ),
        (
            "assistant",
            "各位街坊早晨🙏 5座8樓嘅譚金好婆婆前日喺屋企跌親盤骨，依家喺屯門醫院留醫。佢個仔喺英國一時返唔到嚟，想搵幾位街坊輪流去探下婆婆，同埋幫手餵佢屋企隻貓。得閒嘅請喺度留言報名，多謝大家！",
        ),
        ("user", "短啲得唔得？"),
        (
            "assistant",
            "5座8樓譚婆婆跌親盤骨，喺屯門醫院留醫，佢個仔喺英國。搵街坊輪流探佢同幫手餵貓，得閒請留言🙏",
        ),
    ],
    [
        (
            "system",
            "You are the aftercare assistant of Po Chi Acupuncture Centre. Current patient: Mr Lim Choon Hock, MyKad 650918-07-5213, 61, post-stroke left-sided weakness, takes aspirin daily, mobile +60 12-408 7361.",
        ),
        ("user", "I just finished today's session. What should I do at home tonight?"),
        (
            "assistant",
            "Mr Lim, since you take aspirin, small bruises at the needle sites are common; apply gentle pressure if any spot bleeds. Avoid a hot shower for two hours, keep your left arm warm, and continue the home exercises for your hand. If you notice new weakness or slurred speech, go to A&E immediately.",
        ),
        ("user", "Can I skip my aspirin tomorrow so I don't bruise?"),
        (
            "assistant",
            "Please don't stop aspirin on your own. It protects you from another stroke. Mention the bruising to your doctor at your next follow-up instead.",
        ),
    ],
    [
        (
            "user",
            "我係註冊中醫，幫我寫張英文病假紙 for 病人 Miss Cheng Hoi Ying 鄭凱盈，診斷急性腰扭傷 acute lumbar sprain，放兩日 sick leave，11月10至11日。",
        ),
        (
            "assistant",
            "SICK LEAVE CERTIFICATE. This is to certify that Miss Cheng Hoi Ying attended this clinic on 10 November 2026 and was diagnosed with acute lumbar sprain. She is advised to take sick leave from 10 to 11 November 2026 (2 days). Registered Chinese Medicine Practitioner: ____________ (signature and chop)",
        ),
        ("user", "佢公司要求寫埋身份證號碼，佢俾咗 E729184(5)，要點樣加？"),
        (
            "assistant",
            "可以喺姓名後面加一句：Miss Cheng Hoi Ying (HKID: E729184(5))。不過病假紙一般唔需要身份證號碼，如果公司無硬性要求，建議唔好加。",
        ),
    ],
    [
        (
            "user",
            "我懷孕18週，腰痛到瞓唔到，想問可唔可以做針灸？我老公上個月失咗業，冇公司醫保，想搵平啲嘅地方。",
        ),
        (
            "assistant",
            "孕中期針灸一般可以做，但要由有經驗嘅註冊中醫處理，避開合谷、三陰交同腹部穴位，手法要輕。開始之前最好同你嘅產科醫生講一聲。費用方面，部分大學中醫診所同非牟利機構有較平收費，可以先查詢。",
        ),
        ("user", "好，我叫施曉彤，電話 9816 2057，想約你哋下個禮拜二朝早。"),
        (
            "assistant",
            "收到，施小姐。已替你登記下星期二上午嘅預約請求，電話 9816 2057，職員會喺今日內WhatsApp你確認時間，並請你帶埋產檢紀錄。",
        ),
    ],
    [
        (
            "user",
            "I'm in Johor Bahru. My dad Tan Ah Kow (MyKad 520317-01-5387), 74, slipped in the bathroom at home and hurt his hip. The tit da sifu in Skudai says no need for an X-ray, just ointment. Should I worry?",
        ),
        (
            "assistant",
            "Yes, please get an X-ray. At 74, a fall onto the hip can cause a fracture even if he can still move a little. Signs to watch: he cannot bear weight, the leg looks shorter or turned outwards, or the pain is worse when moving. Hospital Sultanah Aminah in JB has an emergency department.",
        ),
        ("user", "He's also on blood thinners for his heart. Does that change anything?"),
        (
            "assistant",
            "It makes it more urgent. People on blood thinners can bleed more around a fracture, so take your father to the emergency department today, and bring his medication list and IC.",
        ),
    ],
    [
        (
            "user",
            "幫我將呢張收據啲資料抽出嚟做JSON：永昇跌打醫館 收據編號 RC-2026-008102 日期 2026-11-09 病人 戴振宇先生 電話 5214 9037 項目 跌打推拿 HK$380 敷藥 HK$60 合共 HK$440",
        ),
        (
            "assistant",
            "{'clinic': '永昇跌打醫館', 'receipt_no': 'RC-2026-008102', 'date': '2026-11-09', 'patient': '戴振宇', 'phone': '5214 9037', 'items': [{'name': '跌打推拿', 'amount': 380}, {'name': '敷藥', 'amount': 60}], 'total': 440, 'currency': 'HKD'}",
        ),
        ("user", "改用雙引號，同埋將電話改做 +852 格式。"),
        (
            "assistant",
            "已更新：病人 戴振宇，電話改為 +852 5214 9037，其餘欄位不變；鍵名同字串已全部改用雙引號，可以直接貼入你嘅索償系統。",
        ),
    ],
]
