# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh204: Hong Kong medical aesthetics, slimming centres and beauty salons (treatment records, package contracts, cooling-off refunds, Consumer Council complaints, WhatsApp bookings). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh204
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "price_list_and_shop_notice"): _lines("""
        【新客體驗】HIFU 全面提升首次 $1,280（原價 $6,800），每人限做一次，須先完成免費皮膚檢測。
        冬日激光脫毛套票：腋下 12 次 $399／全手 12 次 $1,680，套票有效期 18 個月，逾期作廢恕不退款。
        本中心所有注射類療程（肉毒桿菌素、透明質酸）均由註冊西醫親自處理，療程前須簽署知情同意書。
        價目表（2026 年 12 月）｜Pico 淨斑 $2,980／次｜Thermage FLX 600 發 $16,800｜水光槍 $1,580／次｜以上價錢未包括麻膏 $200。
        聖誕限定：買滿 $8,000 送 Hydrafacial 一次，優惠至 31/12，不可與其他優惠同時使用。
        搬遷通告：銅鑼灣分店將於 2026 年 12 月 15 日起遷往希慎道 33 號利園一期 19 樓，預約電話及 WhatsApp 維持不變。
        溫馨提示：做完果酸換膚後 48 小時內請勿蒸桑拿、游水，出門記得塗 SPF50 防曬。
        纖體療程「冷凍溶脂 CoolSculpting」每區 $3,800，一般需要 2 至 3 次，效果因人而異。
        各位顧客：如天文台於預約時間前兩小時仍懸掛八號或以上熱帶氣旋警告信號，預約將自動順延，套票次數不會扣除。
        本店所有套票均列明每次單價、有效期及提早終止時的退款計算方法，歡迎到門市索取合約樣本回家細閱。
        開業優惠｜韓式半永久眉 $1,880 包一次補色（60 日內），60 日後補色每次 $500。
        套票轉讓手續費 $300，轉讓人及承讓人均須親臨門市並出示身份證明文件正本。
        收費標準：面部深層清潔 60 分鐘 $680；眼部護理 30 分鐘 $380；加購導入精華 $180。
        限時 72 小時：EMSculpt 增肌減脂 4 次 $9,999，名額 30 個，額滿即止。
        旺角店 WhatsApp Business：9180 2266（星期一至日 11:00–21:00，只接受文字訊息，恕不接聽來電）。
    """),
    ("zh-Hant", "consumer_guidance"): _lines("""
        消委會提醒：簽購預繳式美容套票前，應要求商戶列明療程次數、每次價值、有效期及提早終止時的退款計算方法。
        根據《商品說明條例》，商戶如在交易中向消費者施加不當影響，例如長時間游說、不讓消費者離開，可能已經違法。
        如懷疑遇到不良營商手法，可致電香港海關舉報熱線 182 8080。
        消費者委員會投訴及查詢熱線：2929 2222，亦可透過網上表格提交投訴。
        冷靜期並非香港所有消費合約的法定權利，消費者應在簽約前查清楚合約有否訂明冷靜期及退款條款。
        醫學美容程序如涉及注射、高能量激光或切除皮膚組織，應只由註冊醫生進行。
        選購美容套票小貼士：唔好一次過買太多次數；用信用卡分期要留意，就算店舖倒閉，分期款項一般仍須繼續繳付。
        店舖突然結業時，以信用卡簽賬的消費者應盡快聯絡發卡銀行，查詢可否提出退單（chargeback）及所需文件。
        衞生署提醒市民：接受 HIFU 或射頻療程前應了解療程風險，如出現灼傷或持續紅腫，應立即求醫。
        小額錢債審裁處處理款額不超過 $75,000 的金錢申索，雙方均不可由律師代表出庭。
        如商戶拒絕退款，消費者應保留合約、收據、WhatsApp 對話紀錄及宣傳單張，作為日後投訴或申索的證據。
        「免費試做」後被要求即場購買套票，消費者有權拒絕，並可隨時離開。
        消委會的調停屬自願性質，商戶不一定同意退款；如調停不成，消費者可考慮循小額錢債審裁處追討。
        預繳式消費風險：商戶結業或轉手時，尚未使用的套票餘額往往難以追回，建議分期、按次付款。
        消費者可向醫務委員會查閱註冊醫生名單，核實為自己進行醫學美容程序的人是否註冊醫生。
    """),
    ("zh-Hant", "whatsapp_templates"): _lines("""
        【預約確認】{客戶姓名} 你好！你已成功預約 {日期} {時間} 嘅 {療程名稱}，請提早 10 分鐘到達，如需更改請最少 24 小時前通知🙏
        【提提你】聽日 {time} 有預約，記得唔好化妝、唔好戴隱形眼鏡過嚟呀～ 回覆「1」確認，回覆「2」改期。
        您好，多謝查詢！我哋嘅 HIFU 療程由 $1,280 起，想了解多啲可以留低方便聯絡嘅時間，同事會再同你詳細講解。
        【療程後跟進】{name}，做完療程第三日感覺點呀？如有任何紅腫或不適，請即回覆此訊息或致電分店。
        溫馨提示：本店不會透過 WhatsApp 要求客人提供信用卡號碼或一次性密碼，如收到可疑訊息請致電分店核實。
        多謝你嘅訊息！而家係非辦公時間（21:00–10:00），我哋會喺下一個工作天盡快回覆你。
        【改期通知】因技師請病假，{日期} 嘅預約需要改期，請回覆以下可選時段：A) 14:00 B) 16:30 C) 19:00
        【冷靜期提提你】你於 {簽約日期} 簽訂嘅套票合約享有 7 日冷靜期，如決定取消，請於 {截止日期} 或之前以書面通知本店。
        【生日月禮遇】{會員姓名} 生日快樂🎂 本月到店可獲贈 30 分鐘眼部護理一次，請出示會員二維碼。
        歡迎加入會員優惠群組📣 群組只會發放優惠及假期營業時間，請勿喺群內分享任何個人資料。
        12 月份名額已滿，1 月預約現已開放，想做 Pico 嘅朋友早啲留位啦！
        客人姓名：__________　聯絡電話：__________　身份證號碼（只需填首 4 個字元）：__________　預約療程：□HIFU □Pico □水光
    """),
    ("zh-Hant", "forum_questions"): _lines("""
        想問下有冇人做過冷凍溶脂？肚腩嗰度做兩次真係有用定係心理作用？
        美容院話套票唔可以退，但我先兩日前簽，仲有咩方法？有冇師兄師姐有經驗？
        請問 HIFU 同 Thermage 有咩分別？預算大約一萬，邊個比較啱三十幾歲人？
        想問如果美容院執笠，用信用卡分期買嘅套票仲使唔使繼續俾錢？
        打完 botox 之後幾耐先可以做 gym？醫生冇講清楚。
        有冇人試過去消委會投訴美容院？大概要等幾耐先有回覆？
        激光脫毛做咗六次，腋下仲有少少，係咪正常？定係部機唔夠力？
        純分享：簽約前記得影低張合約每一頁，唔好畀佢哋收起晒。
        男仔去美容院做 facial 會唔會好尷尬？第一次唔知點揀。
        問下大家點分辨間醫美中心係咪真係有註冊醫生駐場？
        被 sales 困咗喺房兩個鐘，最後簽咗 $38,000，呢種情況算唔算不當影響？
        有冇推介油尖旺區抵做又唔 hard sell 嘅 facial？唔該晒！
        做完 Pico 塊面出咗啲啡色印，係咪反黑？通常要幾耐先退？
        美容院 WhatsApp 成日 send 優惠嚟，點樣先可以 unsubscribe？
    """),
    ("zh-Hans", "xiaohongshu_posts"): _lines("""
        香港医美攻略｜去之前一定要确认医生有香港医务委员会注册，可以在医委会网站查到注册名单。
        深圳过香港做热玛吉到底值不值？整理了三家机构的价格对比，仅供参考，不接广告。
        在香港买美容套票要注意：合同写明有效期，过期一般不退，大家理性消费。
        求问：内地信用卡在香港美容院刷卡分期，店铺倒闭了还能申请拒付吗？
        港澳通行证签注 7 天内能做完 3 次水光吗？每次间隔要多久？
        姐妹们避雷：免费皮肤检测后被拉去小房间推销，记得直接说「我要走了」，她们不能强留你。
        超声刀术后第一周注意事项：避免高温、多补水、别用刺激性护肤品。
        统计了一下评论区，去香港做医美大家最在意的三件事：医生资质、价格透明、售后跟进。
        香港的美容院和医学美容中心不是一回事，前者通常不能做注射类项目。
        遇到强迫消费不要慌，香港海关有专门的举报热线，消委会也可以网上投诉。
    """),
    ("en", "clinic_policy_and_forms"): _lines("""
        Cancellation policy: appointments cancelled with less than 24 hours' notice will be deducted as one session from the package.
        Consent form (template): I, ____________ (full name), HKID No. ____________, confirm that the risks of the above procedure have been explained to me by Dr. ____________.
        Package contracts are non-transferable except as set out in clause 9; a HK$300 administration fee applies to each transfer.
        Refund calculation: (package price − sessions used × listed single-session price) − 10% administration fee, payable within 30 days of a written request.
        Aftercare for laser hair removal: avoid sun exposure, hot showers and exfoliants for 48 hours; apply aloe gel twice daily.
        Our Causeway Bay clinic is open Mon–Sat 10:00–21:00 and Sun 11:00–19:00; last appointment 90 minutes before closing.
        Pre-treatment questionnaire: Are you pregnant or breastfeeding? Y / N | Any history of keloid scarring? Y / N | Current medications: ________
        All injectable treatments are performed by doctors registered with the Medical Council of Hong Kong.
        Cooling-off: customers may cancel a prepaid package within 7 calendar days of signing for a full refund, provided no session has been used.
        Complaints procedure: write to our Customer Care team at customercare@glowlab-clinic.hk or at any branch; we reply within 10 working days.
        A deposit of HK$500 is required to secure any weekend appointment and is non-refundable for no-shows.
        Privacy notice: personal data collected will be used for appointment management only and will not be transferred to third parties without consent, in accordance with the Personal Data (Privacy) Ordinance (Cap. 486).
        Staff training memo: never promise guaranteed or permanent results in WhatsApp replies; use the approved wording list in the shared drive.
        Beauty therapists must not operate Class 4 lasers or perform any injection; refer such requests to the doctor on duty.
    """),
    ("mixed", "system_records"): _lines("""
        INV-HK-2026-118402 | Pico 淨斑 x1 | HK$2,980 | paid by Visa（卡號已遮蔽）| branch=TST
        Booking ref BK7Q2M9X | 2026-12-09 15:30 | Room 3 | HIFU 全面 | status=confirmed | source=whatsapp_bot
        產品批號 Lot C3X041R8（Botulinum toxin type A 100U）有效期至 2027-08，今日入貨 20 盒。
        [2026-12-06 10:42:17] sms_gateway INFO sent template=reminder_24h count=87 failed=2
        消委會個案編號 CC-2026-0471823：已轉交商戶回覆，回覆限期 14 日。
        合約編號 PKG-TST-009312｜療程：冷凍溶脂 4 區｜總額 $15,200｜已用 1／4｜狀態：凍結（待退款計算）
        退款批次 RF-20261205-03：共 11 宗，總額 HK$86,430，由財務部於 12 月 10 日前處理。
        Device log: Ulthera DeepSEE 探頭 DS 4-4.5 已用 18,000 lines，建議下月更換。
        SKU HF-SERUM-30ML-V2 庫存 14｜SKU PICO-GEL-100 庫存 3（需補貨）
        Daily summary 2026-12-05: 新客 23、回頭客 61、No-show 4、套票銷售 HK$212,800。
        config: reminder.hours_before=24; reminder.channel="whatsapp"; optout.keyword="STOP"
        工單 #T-55817：3 號房 Hydrafacial 機漏水，已通知供應商，預計 12/8 上門維修。
        順豐運單 SF1420039587721：家用 RF 美容儀 2 部由倉庫寄往尖沙咀分店。
        FPS 交易參考 FT26120511873392｜收款 HK$1,580｜用途：水光槍單次｜對數已完成
    """),
    ("zh-Hant", "public_history_and_news"): _lines("""
        白居易《長恨歌》寫楊貴妃「溫泉水滑洗凝脂」，這個意象至今仍常被美容廣告引用。
        《金枝慾孽》中爾淳與如妃的宮廷鬥爭，令不少觀眾開始留意古代宮廷護膚方法。
        立法會議員曾多次在事務委員會會議上要求政府為預繳式消費設立法定冷靜期。
        2012 年一宗醫學美容事故後，政府成立工作小組，研究如何區分醫療程序與美容服務。
        Estée Lauder 由紐約一間小店起家，品牌至今仍以創辦人的名字命名。
        Coco Chanel once said: Nature gives you the face you have at twenty; it is up to you to merit the face you have at fifty.
        消委會《選擇》月刊某期測試了 30 款防曬產品，部分產品的實測 SPF 值低於包裝標示。
        大學醫學院皮膚科公開講座：激光治療色斑的原理與風險，免費入場，須網上登記。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        客戶資料卡｜姓名：鄺詠芯｜HKID：Y353736(4)｜手提：9487 4195｜療程：Pico 淨斑 10 次套票｜備註：對利多卡因過敏
        療程紀錄 2026-11-28｜譚凱晴小姐｜HIFU 全面 800 lines｜術後右邊下顎輕微紅腫，已冰敷，約三日後覆診。
        冷靜期退款申請：本人岑慧盈（身份證號碼 K485805(0)）於 2026 年 12 月 1 日簽訂之纖體套票合約，現依合約第 7 條要求全數退款 $26,800，請退回信用卡 4543 1352 6857 0496。
        Sandy 姐，黎芷晴今日又冇嚟，已經係第三次 no show，要唔要扣佢堂？
        消委會投訴表（草稿）｜投訴人：葉曉彤｜電話：6649 1203｜事由：喺銅鑼灣某醫學美容中心被困房內兩小時，簽下 $48,000 套票，要求全數退款。
        何太今個月又 top up 咗 $120,000，佢住跑馬地成和道，個女喺德望讀中三，下次嚟記得預備花。
        通告（內部）：技師陳慧敏（Vivian）上星期做 IPL 時灼傷客人，即日起停職，待公司調查完畢再作決定。
        退款支票抬頭：符嘉敏，金額 HK$9,360，請以掛號寄往九龍城衙前圍道 112 號 5 樓 B 室。
        轉數快退款：收款人馮靄琳，FPS 登記電話 6593 7899，金額 $4,200（冷凍溶脂剩餘 2 次）。
        體重紀錄｜關樂怡｜11/02 68.4kg → 12/01 63.9kg｜腰圍 82 → 76cm｜下期目標 60kg，已轉介營養師。
        套票合約副本｜客戶：陳詩雅 CHAN SZE NGA｜HKID：XA804012(2)｜出生日期：1990-07-14｜套票：韓式水光 10 次 $19,800
        轉介紀錄：黃醫生將客人區婉儀轉介皮膚專科，懷疑注射透明質酸後出現血管栓塞，須即日處理。
        本人蘇佩珊，住沙田第一城 35 座 12 樓 F 室，聯絡電話 9514 7809，現就貴公司拒絕退回未使用療程款項一事正式提出投訴。
        店長日誌 5/12：Mandy Leung（VIP V2381）今日上嚟鬧，話阿 Kit 上個月迫佢用信用卡一次過簽 $60,000，要求見老闆。
        泊車登記：VIP 客石穎欣架白色 Tesla Model Y，車牌 RV 8321，逢星期六下晝兩點嚟做 facial，記得預留車位。
        聽日下晝 booking：2:00 黃曉晴（5298 4161）｜3:30 唐欣妍（6626 5201）｜5:00 王小姐（新客，未留電話）
        醫生紀錄：林潘美玲，58 歲，二型糖尿病，現服 Metformin，不宜做深層化學換膚，建議改做溫和療程。
        會員轉讓申請：轉讓人吳卓琳（E229087(5)）→ 承讓人吳卓恩（其妹），轉讓餘下 6 次激光脫毛。
        收據已 WhatsApp 畀鍾嘉怡 +852 9388 1273，佢話張 Mastercard 5424 1852 6716 7597 下個月先過到數，叫我哋遲啲先 charge 尾數。
        12 月佣金：阿 Kit（余健傑）$18,640｜阿 Joey（鄧卓瑩）$12,300｜阿 Fiona（施敏儀）$9,870
        陸靖雯阿媽打嚟話佢懷孕咗，要暫停套票 6 個月，麻煩幫手 freeze 合約 PKG-MK-004417。
        客人鄭穎琪要求將療程收據 email 去 wingkei.cheng88@gmail.com，佢要 claim 公司醫療保險。
        申索人：梁卓詠（身份證號碼 D262475(4)）｜答辯人：美顏軒有限公司｜申索金額：$32,500（未使用之纖體療程）
        注意：潘嘉豪曾兩次喺店內騷擾女技師，已列入黑名單，如果見到佢嚟請即通知經理，唔好安排任何預約。
        內地客登記：劉浩然，男，居民身份證 440305199203171637，往來港澳通行證 C68341297，手機 138 4435 2298，療程：背部激光脫毛 6 次。
        VIP 生日名單：12/18 容寶儀（佐敦道分店，最鍾意玫瑰）｜12/22 溫芷澄（已婚，兩個仔，老公做金融）
        台灣客人許雅婷，身分證 F276495468，LINE ID yating_0317，做完皮秒想返台灣覆診，要求我哋 send 埋療程紀錄畀佢。
        冷靜期取消通知已收妥：客戶 莫凱欣，HKID G954896(2)，合約金額 $22,000，退款將於 14 個工作天內存入恒生戶口 024-388-652190-883。
    """),
    "en": _lines("""
        Client intake | Name: PRIYA D/O RAMASAMY | Tel: 5720 3184 | Skin type IV, history of melasma, currently on oral contraceptives.
        Refund approved for Mr. Jonathan Fairweather, HK$12,400 to HSBC account 512-338761-838 within 14 days.
        Chloe Rozario (DOB 03/05/1987) had an allergic reaction to the lidocaine numbing cream on 27 Nov; advised oral antihistamine and review in 3 days.
        Complaint ref CC-2026-0479911: complainant Ms Nurul Aisyah binti Kamarudin, MyKad 950822-10-6094, says she was pressured into a HK$35,000 slimming package while on holiday.
        Booking Tue 10 Dec 15:00 — Kelly Ho, 6720 1845, Pico laser, HK$500 deposit paid with Visa 4559 5049 6931 5785.
        Incident report: therapist Grace Lam burned client Amanda Tsui's upper lip during IPL; Amanda's husband phoned at 7pm threatening to go to the press.
        Hi Dr Wong, Anjali Sharma (42) would like to postpone her filler top-up, she's now 14 weeks pregnant, please advise.
        Weight-loss programme progress — Ng Wai Man, male, 47: 102kg to 94kg after 8 weeks, BP 150/95, referred to his GP.
        Singapore client Tan Hui Min, NRIC S8414120H, bought a 6-session Thermage package during her trip and now wants a refund after returning home.
        Please send the signed package contract to emily.kwok.hk@outlook.com, she's disputing the $28,000 charge with her bank.
        Taiwan visitor Lin Yu-Ting (ID A299335095) paid by UnionPay 6250 9469 5391 5202 and wants a cooling-off refund before she flies back on Friday.
        Lost property: the Samsung phone left in Room 5 belongs to Melissa Oei, who was in for her post-liposuction lymphatic massage; her husband will collect it, call him on 9826 1430.
        fyi jess wong from the sheung wan branch got a written warning today for selling a package to a customer who was clearly drunk
    """),
    "zh-Hans": _lines("""
        客户信息：张雨萱，身份证 440106198809212246，手机 159 9847 6505，在尖沙咀做了超声刀后脸部灼伤，要求全额退款。
        @陈佳琪 你在铜锣湾那家美容院办的 3 万块的卡，店已经关门了，赶紧打银行电话申请拒付！
        代购群登记：周梦瑶，微信 zmy_0823hk，收货地址：广州市天河区龙口西路 55 号 3 栋 1702 房，订了两部家用射频仪。
        上海客户沈一帆，身份证 310104199506049851，在港做完热玛吉后面部麻木，已委托律师追讨。
        退款记录：何晓琳，招商银行卡 6214 8390 3736 8933，退回 HK$6,800（冷静期内全额退款）。
    """),
    "mixed": _lines("""
        booking log 10/12 | 14:00 Carmen Yeung 6183 0527 水光 | 15:30 黃美玲（VIP，要女技師）| 17:00 walk-in
        cs ticket #44812：客人 Cheung Ka Yan 話冷靜期內 email 咗取消，我哋 system 冇收到，佢 screenshot 咗做證據，email 係 kayan.cheung@yahoo.com.hk
        @Rachel 幫手 check 下個澳門客 Leong Sio Kei（+853 6946 6355），佢話畀咗兩次 deposit，但 system 得一次。
        Payroll 12月：技師 Siti Rahmah binti Yusof，basic $16,500 + commission $3,200，工作簽證 2027-03 到期，passport A52817364。
        VIP list Q4：1) 何佩珊 Mrs Ho，全年消費 $320k，住嘉道理山 2) Tiffany Chow，做 Thermage 一年四次，對 sales 好反感
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你係一間醫學美容中心嘅 WhatsApp 客服助手，負責處理預約同套票查詢。"),
        ("user", "你好，我係袁穎詩，上個禮拜喺你哋旺角店簽咗 $18,800 嘅纖體套票，想用冷靜期取消。"),
        ("assistant", "袁小姐你好！請提供合約編號同埋登記電話，我哋會幫你核對簽約日期。"),
        ("user", "合約 PKG-MK-006613，電話 9630 4728，我 12 月 2 號簽嘅，一次都未做過。"),
    ],
    [
        (
            "user",
            "幫我寫封投訴信畀消委會，我叫 Wong Hoi Ying 黃凱盈，身份證 M086192(3)，住將軍澳唐俊街 9 號 2 座 21 樓 C 室。",
        ),
        ("assistant", "可以，請話我知商戶名稱、簽約日期、金額同埋你想要嘅解決方法。"),
        (
            "user",
            "觀塘嗰間美容院，11 月 20 號，佢哋話免費做 facial，之後兩個 sales 圍住我兩個鐘，最後刷咗 $42,000，我想全數退款。",
        ),
    ],
    [
        (
            "user",
            "Can you help me write to my bank to dispute a charge? The salon closed down last week.",
        ),
        (
            "assistant",
            "Sure. Please tell me the merchant name, the amount, the transaction date and what you bought.",
        ),
        (
            "user",
            "My name is Rebecca Fong, card 4893 1847 7839 4720, HK$24,600 charged on 3 Nov by a slimming centre in Causeway Bay for 20 sessions, only 2 used.",
        ),
        (
            "assistant",
            "Thanks, Rebecca. I'll draft a chargeback request stating that services were not provided because the merchant ceased business.",
        ),
    ],
    [
        ("system", "You are an assistant for the HR team of a beauty group in Hong Kong."),
        (
            "user",
            "幫我 summarise 呢單 incident：技師 Nikki 吳芷欣 11/30 幫客人做蜜蠟脫毛，溫度太高燙傷客人大髀，客人叫 Vanessa Tang，佢而家要求賠償醫藥費 $8,500。",
        ),
        (
            "assistant",
            "事件摘要：11 月 30 日技師吳芷欣為客人 Vanessa Tang 進行蜜蠟脫毛時燙傷其大腿，客人要求賠償醫藥費 $8,500。建議先收集當日紀錄及相片。",
        ),
    ],
    [
        ("user", "我是深圳过来的，想问下在香港做的水光能不能退款？"),
        ("assistant", "要看你签的合同条款，例如有没有冷静期、做了几次。方便说一下情况吗？"),
        (
            "user",
            "我叫邓思琪，身份证 440304199604112623，手机 186 4729 5305，在旺角做了 1 次，合同是 10 次 16800，店里说不能退。",
        ),
    ],
    [
        ("user", "Please translate this doctor's note into English for the patient's insurer."),
        ("assistant", "Of course, please paste the note."),
        (
            "user",
            "病人：司徒嘉琪，女，35 歲，HKID P414770(0)。2026-11-15 於本中心接受下巴透明質酸注射 1ml，11-17 出現局部感染，處方 Augmentin 7 日。",
        ),
        (
            "assistant",
            "Patient: SZETO Ka Kei, female, 35, HKID P414770(0). Received 1 ml hyaluronic acid filler to the chin at this centre on 15 Nov 2026; local infection developed on 17 Nov; Augmentin prescribed for 7 days.",
        ),
    ],
    [
        (
            "user",
            "幫我將以下客人整做一個 WhatsApp 提提你訊息，聽日嘅：周曉蕾 9274 6618 11:00 HIFU；何穎桐 6358 0941 14:30 Pico；Jasmine Leung 5172 9063 16:00 水光",
        ),
        ("assistant", "好，以下係三條訊息範本，每條都會包括姓名、時間同療程，請確認後再發送。"),
    ],
    [
        (
            "user",
            "我朋友 Cathy 麥嘉雯上個月喺荃灣一間美容院做 HIFU，而家塊面有兩度燒傷疤痕，佢應該點算？",
        ),
        (
            "assistant",
            "建議佢先睇皮膚科醫生並保留所有醫療紀錄同收據，然後可以向消委會投訴，或者考慮循法律途徑索償。",
        ),
        ("user", "佢喺 Tsuen Wan 嗰間做咗 3 次，總共俾咗 $9,600，收據都仲喺度。"),
    ],
    [
        (
            "user",
            "我套票 20 次用咗 7 次，每次標價 $1,200，總價 $18,000，公司扣 10% 手續費，幫我計下應該退幾多。",
        ),
        ("assistant", "未用 13 次 × $1,200 = $15,600，扣 10% 手續費後為 $14,040。"),
        (
            "user",
            "好，我叫 Chan Wing Sze 陳穎詩，HKID R616518(3)，想佢哋過數去我 HSBC 戶口 168-274531-838，幫我寫個短訊。",
        ),
    ],
    [
        (
            "system",
            "You are a booking assistant for a slimming centre. Look up appointments when given a name and phone number.",
        ),
        (
            "user",
            "hi can you check my booking? actually it's under my sister's name, nur farah binti ahmad, 9167 3025",
        ),
        (
            "assistant",
            "Thank you. I can see a booking for Nur Farah binti Ahmad on Saturday 14 Dec at 11:30 for a body contouring session.",
        ),
        ("user", "ok please move it to 3pm, she has a gynae appointment in the morning"),
    ],
]
