# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh222: Hong Kong public-estate kaifong and mutual-aid groups (kaifong associations, elderly centres, volunteer teams, estate WhatsApp groups, community recycling, rice and meal distribution). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh222
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "estate_notice"): _lines("""
        【通告】本邨將於2026年12月14日（星期日）上午9時至下午5時暫停食水供應，以進行喉管更換工程，敬請各住戶預早儲水。管理處 謹啟
        房委會通告 HD/EM/2026/1182：升降機大型維修工程由12月1日至翌年2月28日進行，期間B座低層升降機停用，不便之處，敬請原諒。
        各位居民：請勿在走廊擺放鞋櫃及雜物，消防處可能隨時巡查。如有查詢請致電物業管理處 2695 3318（辦公時間）。
        滅蟲通告：外判承辦商將於本月第三個星期三在各座地下垃圾房及平台花槽施放鼠餌，請看管好寵物及小朋友。
        屋邨管理諮詢委員會（EMAC）第87次會議將於12月19日晚上7時半於互助委員會會址舉行，歡迎住戶旁聽，名額20個，先到先得。
        「清潔香港」大掃除：每座派發清潔劑兩箱，請各層樓長於12月7日下午到管理處領取。
        李鄭屋邨公共空間美化計劃諮詢已完成，共收回問卷412份，其中68%支持增設長者健體設施。
        噪音投訴處理程序：1. 致電管理處登記；2. 保安員到場了解；3. 如屬屢次違規，按「屋邨管理扣分制」處理，首次扣5分。
        失物認領：本處於12月3日在C座大堂拾獲黑色雨傘一把、八達通卡一張，失主請攜同身份證明文件到管理處認領。
        管理處通告編號 MO/TKO/2026-0457：本邨防火門更換工程已完成97%，餘下3個單位將於下週完成。
        2026/27年度租金調整：公屋租金將上調8.87%，詳情請參閱房委會網頁或致電房委會熱線 2712 2712。
        通告：由即日起，B座及D座地下信箱房閉路電視已更新，錄影保存期為31日，住戶如需查閱須經警方正式要求。
        寒冷天氣警告生效期間，社區會堂開放為臨時避寒中心，晚上10時至翌日早上8時，設有毛氈及熱飲。
    """),
    ("zh-Hant", "estate_whatsapp_group"): _lines("""
        [12/06/2026 08:14] 管理員：各位早晨，今日下午兩點派飯改咗喺有蓋操場，唔係社區會堂，唔該互相通知
        有冇人知今晚幾點收垃圾？我哋B座成個垃圾房爆晒
        [19:32] 義工隊長：聽日派米要8個後生幫手搬，有空嘅請喺度留言「+1」
        重温群規：本群只限街坊交流，禁止賣廣告、傳謠言，違者會被移除。
        提提大家，天文台話今晚有強烈季候風，晾衫嘅記得收返入屋 🙏
        有冇人有多餘嘅奶粉罐？回收站話收集緊做手工
        [10:05] 管理員 已將群組名稱改為「翠柏樓互助群2026」
        麥當勞隔籬嗰間藥房今日口罩買一送一，唔係賣廣告，純粹分享
        收到，多謝晒！今日一共派咗 126 份熱飯，仲剩返11盒俾夜更保安
        邊位知道長者中心聖誕聯歡幾時截止報名？上次張海報寫12月10日
        頭先電梯又壞，已經打咗1823報咗，參考編號 C-2612-00873
        已有3位新成員透過邀請連結加入群組，歡迎歡迎 👋
        呢個係派米登記表連結：forms.gle/kF8tWq2Ln 截止日期係星期五晚12點，唔好錯過
        見到有人喺7樓後樓梯掉煙頭，好危險，已經通知咗保安主任跟進
    """),
    ("zh-Hant", "food_distribution_log"): _lines("""
        2026-12-05 派米紀錄：白米 5kg x 240包、罐頭 480罐、即食麵 60箱，共服務 231 戶，餘米9包存倉
        食物銀行第12期配額：本中心每月上限 300 人次，11月實際使用 287 人次（95.7%）
        派飯日誌 #FD-2611-028：午餐 150 份（素食 18 份），派剩 7 份即日轉贈附近劏房戶服務中心
        供應商送貨單 DN-884203：香米 5kg × 200 包，單價 HK$62.5，合計 HK$12,500.00，已點收
        2026年11月統計：獨居長者 64 人、雙老家庭 41 戶、綜援家庭 38 戶、新來港家庭 22 戶（不含重複）
        批次 LOT-2612-B 罐頭到期日為 2027-03-31，請優先派發；LOT-2609-A 已過期，需報廢
        派發流程：1) 出示輪候籤號 2) 核對登記表 3) 簽收 4) 領取，每戶每月限一次
        今日天氣寒冷，派飯時間提早至 11:30，地點：社區會堂 G/F，預計 180 份
        剩食回收合作計劃：每週二、四收取超市剩食約 320 公斤，分配至三間長者中心
        派飯數量：A 座 38、B 座 41、C 座 29、D 座 33、E 座 25；合計 166
        電子簽收系統匯出：records=231, duplicates_removed=4, signature_missing=0, export_time=2026-12-05T17:42:09+08:00
        個案甲（獨居長者）及個案乙（單親家庭）已轉介社署跟進，本表不記錄其他資料
        捐贈收據 DR-2026-01953：某連鎖超市捐贈即食麵 40 箱，市值約 HK$4,800，感謝支持
    """),
    ("mixed", "community_recycling"): _lines("""
        綠在區區 GREEN$ 換領：塑膠 1kg = 20 積分；玻璃樽 1kg = 10 積分；本月換領品：白米 1kg（400 積分）
        回收日誌 2026-12-04：廢紙 86.5kg、塑膠 #1/#2 32.1kg、鋁罐 9.7kg、舊衣 54 袋，總重 182.3kg
        Recycling station weekly report W49: 1,284 drop-offs, avg 2.3kg per drop-off, top category PET bottles (31%)
        舊電器回收預約編號 WP-261203-4471，冷氣機 1 部、雪櫃 1 部，上門時段 12/09 AM
        請勿將發泡膠、紙包飲品盒混入紙類回收桶，污染率超過 10% 承辦商會拒收整批
        GREEN$ 電子卡系統版本 v2.8.4-hk，更新後舊積分保留至 2027-06-30
        街站時間表：逢星期三 18:00-20:00 有蓋操場；逢星期六 10:00-12:00 A座地下
        Bin sensor alert #BS-0417: glass bin at Block C 92% full, scheduled collection 2026-12-07 06:30
        舊衣回收箱由救世軍負責收集，請將衣物洗淨摺好入袋，唔收濕衫同棉被
        回收物料參考價（2026年12月）：廢紙 HK$0.9/kg、鋁罐 HK$9.5/kg、銅 HK$52/kg
        Q: 玻璃樽要唔要撕標籤？A: 唔使撕，但要倒清飲品同沖一沖
        區議會撥款編號 DC/ENV/2026/033：社區回收推廣活動 HK$86,000，活動期 2026-10 至 2027-03
        本月之星：D座回收量最高（2.1噸），獲贈環保袋100個，由互委會轉交各戶
    """),
    ("zh-Hant", "elderly_centre"): _lines("""
        長者地區中心 12 月活動表：星期一 太極班（10:00）、星期三 粵曲欣賞、星期五 手機班（WhatsApp 視像通話）
        長者健康評估名額尚餘 14 個，費用 HK$50（綜援人士豁免），請於辦公時間到接待處報名
        防騙講座：介紹警方「防騙易」18222 熱線，講者為警區防止罪案組代表，地點活動室一
        聖誕聯歡會節目：粵曲《帝女花》選段、魔術表演、大抽獎（獎品由李錦記贊助）
        中心會員人數（截至2026年11月30日）：1,482 人，其中 80 歲以上佔 37%
        平安鐘申請表格 Form SEC-03（2026 版），請填寫：姓名＿＿＿、電話＿＿＿、緊急聯絡人＿＿＿
        手機班功課：用 WhatsApp 傳一張相俾自己屋企人，下堂分享 😊
        中心開放時間：星期一至六 08:30-17:30，星期日及公眾假期休息；查詢電話 2468 1357（中心總機）
        長者咭申請程序：年滿65歲香港居民可透過社署網頁或郵寄申請，毋須繳費
        懷舊金曲欣賞：今期主題「梅艷芳與張國榮」，播放《似水流年》《風繼續吹》
        本中心獲賽馬會資助認知訓練計劃，共 30 個名額，優先予輕度認知障礙長者
        護老者支援小組月會：主題「照顧者壓力管理」，由中心社工主持，名額 15 人
        長者飯堂今日餐單：蒸魚柳、瓜粒湯、白飯，$18 一份（會員價）
    """),
    ("en", "volunteer_admin"): _lines("""
        Volunteer orientation session #VO-2612 is confirmed for Sat 13 Dec, 2:00-4:00 pm, Activity Room 2. RSVP to volunteer@kaifong-mutualaid.org.hk
        Reminder: all volunteers must bring their volunteer card; lost cards can be replaced at the counter for HK$20.
        Shift roster template: [Date] [Slot] [Role: Packer / Runner / Registrar] [Name] [Contact] - please do not share completed rosters outside the team drive.
        Our annual report 2025/26 is out: 9,812 volunteer hours, 47 activities, 3,206 beneficiary visits. Download at kaifong-mutualaid.org.hk/annual
        Ticket #VOL-4472 closed: the shared sheet permission was reset to "team only" by the IT coordinator.
        Corporate volunteering request from a bank staff club: 20 participants, 2026-12-20, rice packing. Please reply via the partnerships@ mailbox.
        Volunteer hours certificate requests take 10 working days; use form VH-01 and submit it to the centre office.
        Insurance: group personal accident policy no. GPA-88-0021734 covers registered volunteers aged 16-80.
        Run Run Shaw Hall booking confirmed: Ref SRS-H-2026-1207, 6:30-9:30 pm, capacity 120.
        FAQ: Can volunteers under 16 join food distribution? Yes, with a guardian consent form signed in advance.
        Training module 3 (Safe lifting) - pass mark 80%; 42 of 45 volunteers passed this quarter.
        Please route media enquiries to media@kaifong-mutualaid.org.hk or our main line 2789 0011.
        Donations via the organisation FPS ID 1638402 are tax-deductible; receipts are issued within 14 days under charity ref 91/12345.
    """),
    ("zh-Hant", "kaifong_association_minutes"): _lines("""
        街坊福利會第三十二屆理事會第四次會議紀錄：出席理事 11 人，缺席 2 人，法定人數足夠，由主席主持
        議程三：通過 2026/27 年度財政預算，總收入 HK$1,284,600，總支出 HK$1,197,300，盈餘 HK$87,300
        會址位於軒尼詩道（以第八任港督軒尼詩命名）一幢舊唐樓二樓，租約至 2028 年 6 月
        義務核數由一間本地會計師事務所負責，商業登記號碼 71234567-000-11-26-9
        秘書報告：本年度新增會員 56 名，續會 312 名，總會員數 1,047 名
        議決：向東華三院捐款 HK$10,000，作冬令救濟之用，由司庫安排支票
        中秋綵燈會嘉賓包括區議會主席及民政事務專員，相片已上載至會方 Facebook 專頁
        街坊會歷史展覽：展出1953年石硤尾大火後徙置大廈相片，以及何東爵士捐建學校的資料
        根據會章第十二條，理事任期兩年，可連任一次；提名表格須於 1 月 15 日前交回秘書處
        附件二：社團登記編號 CR/SOC/2019/04417，會址變更已通知社團事務主任
        主席致辭引用孫中山先生「天下為公」四字，勉勵各理事服務街坊
        會議於晚上 9 時 42 分結束，下次會議訂於 2027 年 1 月 21 日（星期四）晚上 8 時
        動議：聘請兼職行政助理一名，月薪 HK$14,000，由人事小組負責招聘，全票通過
    """),
    ("mixed", "forms_exports_config"): _lines("""
        派米登記表（空白）：姓名 Name：＿＿＿＿ 身份證號碼 HKID：格式 A123456(?) 住址：＿＿座＿＿樓＿＿室
        填表示例（請勿照抄）：英文姓名 CHAN, Tai Man／中文姓名 陳大文／電話 9XXX XXXX
        config: distribution_site: 有蓋操場 | max_households_per_day: 250 | require_hkid_last4: false | retention_days: 90
        def quota(household_size): return min(5, 2 + household_size // 2)  # 每戶米包上限
        日期,座數,派發戶數,白米包,罐頭,簽收率 / 2026-12-05,B,41,41,82,100%
        SELECT block, COUNT(*) AS households FROM rice_distribution WHERE batch_id = 'LOT-2612-B' GROUP BY block;
        {"event": "派飯", "date": "2026-12-06", "portions": 150, "veg": 18, "site": "社區會堂"}
        Google Form 設定：收集電郵地址＝關閉；回應上限＝1；確認訊息：「多謝登記，請於派米日帶同籤號」
        WhatsApp Business 自動回覆：你好！呢度係街坊互助中心，辦公時間 9:00-18:00，請留低查詢內容，同事會盡快覆你。
        私隱聲明範本：本會收集之個人資料只用於派發物資及聯絡用途，保存不超過 12 個月，你有權查閱及更正。
        Excel 公式：=COUNTIFS(C:C,"B座",F:F,"已簽收") 用嚟計每座簽收戶數
        git commit 7f3a9c2: fix roster export - strip phone column before sharing to volunteers
        sha256(roster_template_v4.xlsx) = 3b5e0c1f9a7d2e48b6c0f1a29d8e7c4b5a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d
        2026-12-06 17:02:11 INFO export anonymised_rollup rows=166 pii_columns_dropped=[name,phone,hkid,unit]
    """),
}


PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        派米登記：陳月嬋，翠柏樓 1412 室，電話 6283 5019，家庭成員 3 人，身份證 K583216(0)
        四樓嘅黃伯（黃錦榮）上星期喺屋企跌親，髖關節骨折，而家仲喺醫院留醫
        有冇人識 B 座 2207 嗰個何太？佢個仔又喺走廊食煙，已經係第三次
        長者中心個案紀錄：會員 LAM Siu Ying（林小英，82 歲），獨居，輕度認知障礙，女兒每月探一次，緊急聯絡 9371 2846
        義工隊長請注意：梁志強因欠交兩個月會費被暫停義工資格，請勿再編更俾佢
        派飯簽收表：蘇美華 ✔、劉國雄 ✔、鄭惠芳 ✘（由鄰居代領）
        街坊會司庫張德輝先生借咗會方 HK$8,000 一直未還，理事會決定發律師信
        彩雲邨 C 座 1805 室陳生成日將大型傢俬放喺後樓梯，管理處已經出咗第二封警告信
        我阿媽黎秀芬上個月確診柏金遜，想問長者中心有冇陪診服務？我 WhatsApp 係 5172 6048
        緊急：A座 903 嘅鄧婆婆今朝冇應門，鄰居話佢兩日冇出過街，已經報咗警
        轉數快收款：義工陳浩然 FPS 9286 3310，代墊買米錢 HK$1,250，請司庫本週內過數
        退款申請：收款人 周嘉欣，滙豐銀行戶口 004-512-378219-838，金額 HK$300
        平安鐘登記：用戶 歐陽志明，身份證 Y402719(A)，住址 石圍角邨石榮樓 2215 室，緊急聯絡人 兒子 歐陽俊傑 6490 1127
        互委會收到投訴：E座 12樓嗰個「肥佬輝」成日夜晚喺天台飲酒講粗口，好多街坊都怕咗佢
        長者飯堂：李桂蘭婆婆有糖尿病兼腎衰竭，餐單要低鹽低糖，唔好俾佢食香蕉
        Amy（何詠琪）話佢老公失業咗三個月，屋企交唔到租，想申請緊急援助
        GREEN$ 帳戶：會員編號 GC-20417，持卡人 馮偉明，登記電話 6735 9042，積分 3,820
        會員名單更正：譚少芳地址改為 葵涌邨夏葵樓 1107 室
        有冇人見過呢架白色私家車？車牌 PX 4817，成日霸住傷殘人士車位，車主好似係 D座嘅林先生
        義工保險登記：黃家寶，身份證 R736105(9)，出生日期 1999-07-14，電話 9624 0385
        個案會議紀錄：丁伯（丁炳坤）長期俾個仔攞錢，懷疑經濟虐老，社工已經跟進
        Telegram 派米群：@ming_kwaichung_87 係 B 座 1603 嘅街坊，佢話要代阿媽領米
        我係 C 座 1511 嘅單親媽媽 Kitty，想問派飯可唔可以送上門？我隻腳傷咗行唔到
        信用卡捐款授權：持卡人 SZETO Wing Kei，卡號 4532 1870 0126 4435，到期 08/29，每月 HK$200
        互委會選舉投訴：有街坊指候選人甘志成以前坐過監，要求佢公開交代
        外傭義工 Wulan Sari（印尼護照 B7261834），僱主住 C 座 2601，逢星期日嚟幫手派飯
        陳太話佢個女阿欣讀中三成日俾人蝦，想搵社工傾吓，但唔想學校知
    """),
    "en": _lines("""
        Volunteer application: Rajesh Gurung, 34, Block D flat 1108, mobile 5739 2016, email rajgurung.hk@gmail.com
        Incident report: resident Mr. Ho Kwok Leung (Flat 2014, Block B) was verbally abusive to the food-bank volunteers again; second warning issued.
        Please remove Maria Cristina Dela Cruz from the helpers' group - her employer terminated her contract last week and she is staying at a shelter.
        Donor refund: Mastercard 5527 3610 1849 2073 charged twice on 03/12; cardholder Vincent Leung Chi Wai, refund HK$500.
        Singapore volunteer Tan Hui Min, NRIC S7342851C, joining the Christmas rice drive; contact +65 9186 4420.
        Case note: Mrs. Fernandes in Flat 701 has been hoarding newspapers, fire risk; her son Anthony refuses to let the social worker in.
        Note to coordinator: Kevin Yip's volunteer hours are frozen pending the investigation into the missing rice vouchers.
        Emergency contact sheet: Chow Mei Kuen, Flat 1502 Shek Lai House, next of kin daughter Jenny Chow 6381 4572.
        Uncle Lee Ah Fook hasn't collected his meal box for three days; last week he told me he stopped taking his heart pills because he can't afford them.
        IG @auntie_mei_ttc keeps posting photos of the food queue with faces; she's the lady from Block A 508, can someone talk to her?
    """),
    "mixed": _lines("""
        馬來西亞交換生義工 Nur Aisyah binti Kamarudin，MyKad 020815-10-6238，今個星期六會嚟回收站幫手
        新義工 Suresh a/l Muniandy 話佢住喺佐敦一間劏房，WhatsApp +60 12-738 5104
        台灣配偶 林怡君 Lin Yi-Chun，身分證 F227381940，手機 0912-384-576，想加入媽媽互助小組
        派米 roster：Sat slot 由 Jason Cheung 同 Priya d/o Ramasamy 負責，Priya 話佢 pregnant 咗唔可以搬重嘢
        轉介 form：Client 鄭志豪 (CHENG Chi Ho)，HKID P260814(A)，diagnosis 抑鬱症，現住 大窩口邨富華樓
        Muhammad Asif s/o Rashid Khan 嘅綜援俾人停咗，佢話要搬去朋友屋企，叫我哋改送飯地址
        群組 admin 請 kick 走 +852 9047 6621，佢私訊騷擾咗幾個女街坊
        WeChat laochen_1972 係 D座 陳伯個仔，佢話阿爸入咗老人院，以後唔使再送飯
    """),
    "zh-Hans": _lines("""
        你好，我是刚从深圳过来的新移民刘建华，身份证 445221198509061312，手机 13826547193，想报名领米
        请帮我妈妈许秀英登记长者中心，她有高血压和轻度中风，住在B座1906室
        义工队的周小燕说她老公赌钱欠了高利贷，最近有人上门淋红油，大家小心
        厦门来港的谢美玲，身份证号 350203197204114520，申请社区回收站兼职，微信 xml_0411
        社工转介：内地新来港的王丽萍，身份证 440304195803172620，与丈夫分居，正在申请综援
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你係街坊互助中心嘅文書助理，幫職員整理資料。"),
        (
            "user",
            "幫我將呢段整理成表格：何麗珍，翠柏樓1203室，電話 6628 4173，需要每日送飯，糖尿病餐。",
        ),
        (
            "assistant",
            "已整理成表格：姓名 | 地址 | 電話 | 服務 | 備註 —— 何麗珍／翠柏樓1203室／6628 4173／每日送飯／糖尿病餐。",
        ),
        ("user", "多謝，順便提我聽日打俾佢個女確認餐單。"),
        ("assistant", "好，已記低：聽日致電何麗珍嘅女兒確認糖尿病餐單。"),
    ],
    [
        ("system", "You help an estate mutual-aid office draft letters."),
        (
            "user",
            "Draft a polite warning letter to Mr. Chan Wing Hong, Flat 1710 Block C, for leaving old furniture on the back staircase again.",
        ),
        (
            "assistant",
            "Dear Mr. Chan, we have again found furniture on the back staircase outside Flat 1710. This is a fire hazard; please remove it within 7 days.",
        ),
        ("user", "Should I put his HKID XA194372(0) in the reference line?"),
        (
            "assistant",
            "No. The flat number is enough to identify the case; avoid putting his full HKID on the letter.",
        ),
    ],
    [
        ("user", "我阿爸袁國棟今年83歲，最近成日唔記得熄爐，點樣申請長者中心嘅認知評估？"),
        ("assistant", "可以先到就近長者地區中心登記，社工會安排初步評估，有需要再轉介老人科。"),
        ("user", "佢住喺秀茂坪邨秀明樓，去邊間中心近啲？"),
        ("assistant", "可以查社署網頁嘅長者中心名單，揀觀塘區內步行距離最近嗰間，再打去預約。"),
    ],
    [
        ("system", "You are a scheduling assistant for a volunteer team."),
        (
            "user",
            "Split these into two shifts: 陳嘉欣 9183 2201, 羅志偉 6405 7718, Fatima binti Yusof 5127 3390, 何俊朗 6859 0412.",
        ),
        (
            "assistant",
            "Morning: 陳嘉欣 (9183 2201), Fatima binti Yusof (5127 3390). Afternoon: 羅志偉 (6405 7718), 何俊朗 (6859 0412).",
        ),
        ("user", "Fatima 話佢逢星期五要返清真寺，可唔可以唔編佢星期五？"),
        ("assistant", "Noted, Fatima binti Yusof will not be rostered on Fridays."),
    ],
    [
        ("user", "我表姐张海燕在香港做陪月，雇主拖欠了两个月工资，怎么办？"),
        ("assistant", "可以先向劳工处劳资关系科求助，保留好合约和工资记录。"),
        ("user", "她护照号是 E81234567，雇主住在沙田第一城，这些要不要写进投诉表？"),
        ("assistant", "投诉表需要她的身份证明和雇主地址，但请只交给劳工处，不要在群组里公开。"),
    ],
    [
        ("system", "You advise WhatsApp group admins of a public housing estate."),
        (
            "user",
            "An admin got this: 'This is Lo Ka Man from 2409, my ex-husband keeps coming to the estate, please don't tell him my flat number if he asks in the group.' How should we handle it?",
        ),
        (
            "assistant",
            "Respect her request: never confirm any resident's flat in the group, and tell the estate security supervisor so they can watch for him.",
        ),
        ("user", "Should we post a notice naming her ex?"),
        (
            "assistant",
            "No, naming either of them publicly could put her at more risk. Keep it among the admins and security.",
        ),
    ],
    [
        (
            "user",
            "有個街坊用銀聯卡 6259 0834 1276 5589 捐款，扣咗兩次數，持卡人叫 Leung Mei Yee，點寫退款信？",
        ),
        (
            "assistant",
            "可以咁寫：梁女士你好，你於12月3日嘅捐款被重複扣賬，本會已安排退回 HK$300 至尾號 5589 嘅卡。",
        ),
        ("user", "好，信入面要唔要寫全個卡號？"),
        ("assistant", "唔使，只寫尾四位 5589 已經足夠。"),
    ],
    [
        (
            "user",
            "群入面有人貼咗張相，影到 A 座 1101 嘅蔡婆婆坐輪椅喺樓下，仲寫佢「老人癡呆周圍行」，我應唔應該刪？",
        ),
        ("assistant", "應該刪除，呢張相涉及蔡婆婆嘅健康狀況同住址，亦有冒犯成分。"),
        ("user", "刪咗之後要唔要同佢屋企人講？"),
        ("assistant", "可以私下通知佢家人或者長者中心社工，唔好喺群組公開討論。"),
    ],
    [
        ("system", "幫街坊會寫卡同通告。"),
        (
            "user",
            "Help me write a 多謝卡 for volunteer Siti Rahmah binti Abdullah, 佢做完化療都仲係逢星期六嚟煮飯。",
        ),
        (
            "assistant",
            "親愛的 Siti：多謝你每個星期六為街坊煮飯，就算身體辛苦都堅持，大家都好感激你！",
        ),
        ("user", "唔好提化療，佢唔想人知。"),
        (
            "assistant",
            "明白，已刪去健康相關內容：親愛的 Siti，多謝你每個星期六為街坊煮飯，大家都好感激你！",
        ),
    ],
    [
        (
            "user",
            "Our Singapore partner sent this volunteer list: Goh Boon Keat, FIN G5128473P, +65 8273 6104. Can I forward it to the whole team chat?",
        ),
        (
            "assistant",
            "Better not. Share only the name and shift with the team; keep the FIN and phone with the coordinator.",
        ),
        ("user", "OK, what shift should I give him?"),
        (
            "assistant",
            "Put Goh Boon Keat on the Saturday rice-packing shift as requested by the partner.",
        ),
    ],
]
