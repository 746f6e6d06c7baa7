# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh278: 繁體中文（香港）屋邨互助委員會與業主立案法團（大廈維修、管理費、住戶投訴、會議紀錄、WhatsApp 群組）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh278
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "法團通告"): _lines("""
        【大廈通告】本大廈A座及B座食水缸將於2025年3月16日（星期日）上午9時至下午5時進行清洗，期間暫停供應食水，請各住戶預先儲水。如有查詢，請致電管理處 2690 3318。
        致各業主及住戶：根據屋宇署發出的強制驗樓計劃法定通知，本大廈須於2025年12月31日前完成公用部分訂明檢驗，法團將於4月召開業主大會，議決委任註冊檢驗人員。
        升降機保養通知：2號升降機將於3月20日上午10時起進行年度負重測試，由承辦商奧的斯電梯（香港）有限公司負責，預計需時約4小時，不便之處，敬請原諒。
        消防安全提示：消防處提醒切勿在走廊及後樓梯擺放雜物，防煙門須時刻保持關閉。如發現違規情況，可通知管理處或致電消防處火警危險投訴熱線 2723 8787 舉報。
        第十二屆管理委員會選舉結果已於各座大堂告示板張貼，新一屆管委會任期由2025年4月1日至2027年3月31日。會議紀錄副本可於辦公時間內到管理處查閱。
        滅蟲通告：食物環境衞生署將於本月18日上午在屋苑平台花園進行防治鼠患及蚊患工作，請家長看管小童，切勿觸碰鼠餌箱，寵物亦請暫時帶離平台範圍。
        「樓宇更新大行動2.0」第二輪申請截止日期為6月30日，詳情可瀏覽市區重建局樓宇復修平台 www.brplatform.org.hk 或致電樓宇復修熱線 3188 1188 查詢。
        颱風季節將至，請各住戶檢查窗鉸及窗框是否穩固，並移除露台上容易被吹倒的花盆。天文台發出八號烈風或暴風信號後，平台花園及會所將即時關閉。
        停電通知：中華電力將於3月22日（星期六）凌晨1時至5時更換B座低壓總掣房設備，屆時B座所有單位及公用地方將暫停供電，升降機亦會暫停運作。
        本法團誠邀持牌清潔公司提交屋苑清潔服務標書，合約期兩年，截標日期為2025年5月9日中午12時正，標書請以密封信封投入地下管理處旁的標書箱。
        何文田街坊福利會將於4月12日（星期六）假何文田社區會堂舉行長者健康講座，費用全免，名額80個，有意參加者請於管理處登記，額滿即止。
        渠務署提醒：中秋節後請勿將月餅盒、燈籠或蠟燭棄置於去水位，以免堵塞。如發現公共渠道淤塞，可致電渠務署24小時熱線 2300 1110。
        大廈外牆棚架已於今日開始搭建，預計工期約8個月。施工期間請緊閉窗戶，切勿向棚架拋擲物件。工程查詢：承建商地盤辦事處 3590 2247（辦公時間）。
    """),
    ("zh-Hant", "會議紀錄"): _lines("""
        第十二屆管理委員會第三次會議紀錄｜日期：2025年2月14日（星期五）｜時間：晚上7時30分｜地點：平台會所多用途室｜出席：主席、副主席、司庫、秘書及委員共9人
        議程一：通過上次會議紀錄。經出席委員審閱後並無修訂，由副主席動議、秘書和議，全體出席委員一致通過，紀錄正本交管理處存檔。
        議程二：司庫報告截至2025年1月31日之財務狀況，法團往來戶口結餘為港幣1,284,560.40元，維修基金定期存款港幣3,500,000元，將於6月到期。
        議程三：管理公司報告1月份共接獲住戶投訴23宗，其中漏水11宗、噪音6宗、泊車4宗、其他2宗，已處理19宗，餘下4宗跟進中。
        議程四：外牆維修工程顧問報告，工程已完成約65%，因早前連日大雨延誤約10個工作天，承建商承諾加派人手，於4月底前拆除A座棚架。
        議決事項：通過委聘獨立核數師進行2024/25年度帳目審計，費用上限為港幣18,000元。表決結果：贊成8票，反對0票，棄權1票。
        主席提醒各委員，如與法團任何合約或報價有直接或間接利益關係，須於會上申報並記錄在案，並避席有關討論及表決，以符合廉政公署的防貪建議。
        議程六：其他事項。有委員建議於A座大堂增設智能包裹櫃，管理公司將索取最少三份報價，於下次會議提交比較表及保養條款供委員考慮。
        下次會議日期：2025年3月14日（星期五）晚上7時30分，地點同上。會議於晚上9時45分結束，紀錄由秘書擬備，經主席確認後張貼。
        特別業主大會：出席業主（包括委任代表）所持份數佔總份數12.4%，已達法定人數要求，大會有效。議案一以4,812份贊成、390份反對獲得通過。
        委員會同意向九龍城民政事務處查詢並申請「大廈管理專業顧問服務計劃」支援，以協助處理外牆維修工程的招標文件、標書分析及合約審核事宜。
        跟進事項表：(1) 會所冷氣維修—管理公司—3月7日前；(2) 停車場照明更換LED—工程部—3月31日前；(3) 修訂家居裝修守則—秘書—下次會議。
        會議通過2025/26年度財政預算，總支出為港幣6,420,000元，管理費維持每平方呎實用面積港幣3.2元不變，將提交周年業主大會確認。
    """),
    ("mixed", "WhatsApp_管理處職員群組"): _lines("""
        [14/03/25 08:12] 工程部 Tech: B座2號lift 今朝又彈 error code E-31，已經send咗個ticket俾奧的斯，佢哋話11點前會有師傅上嚟睇。
        [14/03/25 08:30] 管理處 Office: 收到，麻煩保安喺B座大堂放個「暫停使用」牌，另外記得入 LOG BOOK，下午要 submit 俾法團秘書處。
        [14/03/25 09:05] 保安崗 Lobby A: 平台花園嗰盞射燈又壞咗，相已經 upload 上 Google Drive 個 Defect Report folder，編號 DR-2025-0318。
        [14/03/25 10:47] 清潔組 Cleaning: 15樓至20樓後樓梯今日已經洗完，垃圾房滅蟲改咗去星期六做，因為供應商 Rentokil 話今日冇人手。
        [14/03/25 12:20] 管理處 Office: 提提大家，下星期二兩點有走火演習，消防處會派人嚟睇，請各崗位準時 check 咗啲滅火筒嘅有效日期先。
        [14/03/25 14:02] 工程部 Tech: 天台水缸個浮波壞咗，已經 order 咗新嘅，SKU: FV-25BR-HK，$480 一個，聽日到貨，到時要停水大約半個鐘。
        [14/03/25 15:38] 保安崗 Carpark: 停車場P2層有架綠色的士泊咗喺訪客車位超過三個鐘，已經貼咗警告紙，唔該 Office 跟進下。
        [14/03/25 16:55] 管理處 Office: 聽日朝早 9:30 法團主席同司庫會嚟 office 簽支票，麻煩準備好上個月嘅 petty cash record 同所有發票正本。
        [14/03/25 18:10] 清潔組 Cleaning: 新嚟嘅清潔劑（藍月亮 3kg 裝）用咗一半，下個月 order 可唔可以轉返用 Dettol？好多街坊話嗰隻味道好啲。
        [14/03/25 19:45] 保安崗 Lobby B: 順豐速遞放低咗六個包裹喺大堂，已經入晒登記簿，運單號 SF1402 7788 3365 起計，等住戶落嚟攞。
        [14/03/25 21:30] 工程部 Tech: 今晚夜更記得巡一次地庫泵房，上次黑雨水位去到警戒線，如果水泵跳掣即刻打工程部24小時緊急熱線 2180 2266。
        [15/03/25 07:58] 管理處 Office: 黃雨警告生效，今日平台花園同兒童遊樂場暫停開放，會所泳池都要關，麻煩 Lobby A 同 Lobby B 喺大堂貼通告。
        [15/03/25 09:15] 工程部 Tech: 奧的斯師傅嚟咗，話係門機摩打老化，要換 part，報價 $12,800，已經 forward 俾法團 approve，PO 號碼 PO-25-0087。
    """),
    ("en", "tender_and_contractor_notices"): _lines("""
        INVITATION TO TENDER – Ref. LYC/IOC/T2025-03: Provision of Cleaning Services for Lok Yan Court, 2-year term. Tender documents obtainable at the Management Office, G/F, Block A, Mon–Fri 9:00am–6:00pm.
        Tenderers must be registered under the Buildings Department's Minor Works Contractors Registration System (Class I, Type B) and hold a valid Business Registration Certificate; other bids will not be considered.
        Kwan Lee Engineering Company Limited (CR No. 2187654) submitted the lowest conforming bid of HK$3,862,000 for the external wall repair works; the consultant recommends acceptance subject to IOC approval.
        Please direct all tender enquiries in writing to tender@lycioc.org.hk before 12:00 noon on 25 April 2025. Telephone enquiries will not be entertained in order to ensure fairness to all bidders.
        Under the Code of Practice on Procurement issued under s.44 of the Building Management Ordinance (Cap. 344), any supply or service contract exceeding HK$200,000 must be procured by invitation to tender.
        Tender Opening Record – 09/05/2025 19:30 – Five bids received: Wing Fat Cleaning Services Ltd, Ming Kee Environmental Co, Sun Tai Yang Property Services, Crystal Hygiene Ltd and Kam Shing Facility Management.
        The Registered Inspector shall carry out the prescribed inspection of the common parts under the Mandatory Building Inspection Scheme and submit the report to the Buildings Department within the statutory period.
        Site Office: Podium Level, Block C, Lok Yan Court. Office hours 8:30am–5:30pm, closed on Sundays and public holidays. Emergency hotline (24h): 2795 6631. Email: site@chunghingconstruction.com.hk
        A performance bond equal to 10% of the contract sum shall be issued by a licensed bank in Hong Kong, such as Bank of China (Hong Kong) or HSBC, within 21 days of the Letter of Award.
        Letter of Award No. LOA/2025/011 dated 16 May 2025 issued to Kwan Lee Engineering Company Limited; contract period 2 June 2025 to 31 January 2026; liquidated damages HK$3,500 per day.
        Site visit for tenderers: Saturday 12 April 2025 at 10:00am, meeting point at the Block B lift lobby. Each company may send not more than two representatives; safety helmets will be provided.
        Lau & Partners Surveyors Ltd, the IOC's independent consultant, will verify the tender analysis report before it is presented to the owners' meeting on 24 May 2025.
        Under the URA Smart Tender scheme, the IOC obtained an independent cost estimate of HK$4.1 million before inviting bids, so that owners can judge whether the returned prices are reasonable.
    """),
    ("zh-Hant", "收費表與單據"): _lines("""
        管理費收費表（2025年4月1日起生效）：實用面積每平方呎港幣3.2元；實用面積500平方呎單位每月管理費為港幣1,600元，另加維修基金每月港幣200元。
        停車場月租車位收費：私家車位每月港幣3,800元，電單車位每月港幣900元，時租每小時港幣28元，過夜（晚上10時至翌晨8時）港幣120元。
        會所設施收費：網球場每小時港幣60元，羽毛球場每小時港幣40元，燒烤爐每個港幣150元（須提前7日預約），多用途室每節港幣200元。
        單據編號：INV-IOC-2025-00412｜發單日期：2025年3月1日｜項目：A座大堂玻璃門更換｜供應商：恒昌鋁窗工程公司｜金額：港幣23,650.00元｜付款方式：支票。
        法團收款戶口：恒生銀行，戶口名稱「樂欣苑業主立案法團」，戶口號碼 388-123456-001，轉帳後請將入數紙連同單位編號交回管理處，以便發出收據。
        逾期繳交管理費之附加費：逾期30日收取應繳金額5%行政費；逾期60日起，法團有權依公契條款向土地審裁處或小額錢債審裁處追討欠款。
        報價單 Q-2025-118：更換停車場LED光管共120支，每支港幣165元，人工及拆舊料港幣4,800元，總額港幣24,600元，報價有效期30日。
        收據 No. R0925731：收到樂欣苑業主立案法團支付之電梯保養費（2025年1月至3月），金額港幣48,900元，支票號碼 HS 000587，特此證明。
        搬屋及裝修按金：裝修按金港幣5,000元，工程完成並經管理處檢查公用地方無損毀後退還；搬運貨車每次收取行政費港幣300元。
        2024年度法團收支摘要：管理費收入港幣5,962,300元，保安及清潔開支港幣3,118,400元，公用地方水電費港幣842,150元，保險費港幣268,000元。
        大廈公眾責任保險：保單編號 HKPL-25-0093317，承保公司中銀集團保險有限公司，保額港幣一億元，保險期由2025年4月1日至2026年3月31日。
        八達通繳費：管理處已設有八達通收費機，可繳交管理費及停車場月租，每次交易上限港幣3,000元，收據即時列印，星期日及公眾假期暫停服務。
        外牆維修工程分攤表：按公契業權份數計算，每份須分攤港幣1,418元；持有28份之住宅單位應付港幣39,704元，可分12期免息繳付。
    """),
    ("zh-Hant", "條例公契與屋邨歷史"): _lines("""
        根據《建築物管理條例》（第344章），業主可召開業主會議委出管理委員會，經持有不少於30%業權份數的業主通過決議後，向土地註冊處申請成立業主立案法團。
        公契第十五條：任何業主不得在單位內飼養可能對其他住戶構成滋擾的動物，亦不得更改大廈外觀，包括加裝冷氣機支架、招牌或晾衣架，除非事先獲管理人書面同意。
        業主大會法定人數：根據條例附表3，法團業主大會的法定人數為業主人數的10%；如出席人數不足，會議須押後，並須重新發出會議通知。
        石硤尾邨的歷史可追溯至1953年聖誕夜的石硤尾木屋區大火，逾五萬名災民一夜之間失去家園，政府其後興建徙置大廈，成為香港公營房屋的起點。
        1972年，時任港督麥理浩宣布「十年建屋計劃」，目標於十年內為一百八十萬人提供居所，沙田、屯門及荃灣等新市鎮的大型屋邨其後陸續落成。
        李鄭屋邨因興建期間發現東漢古墓而聞名，古墓現為李鄭屋漢墓博物館，位於深水埗東京街41號，逢星期四休館，參觀免費，是學校參觀熱門地點。
        互助委員會計劃由民政事務總署於1973年推行，以私人樓宇或公共屋邨的一座大廈為單位成立，旨在促進鄰里互助，並改善大廈的保安及清潔。
        條例第27條規定，法團須備存妥善的帳簿及紀錄，每年擬備收支表及資產負債表，並於周年大會上提交業主省覽；年度收支超過五十萬元者須經會計師審核。
        家居裝修守則第4條：裝修工程只可於星期一至六上午9時至下午6時進行，星期日及公眾假期一律禁止進行任何產生噪音的工程，違者可被暫停工程。
        華富邨於六十年代後期起分期落成，由建築師廖本懷主理規劃，依山面海，曾被譽為「平民豪宅」，現已納入政府的重建計劃，預計分階段清拆。
        大廈公用部分的定義載於條例附表1，包括外牆、天台、樓梯、走廊、升降機、水缸、消防裝置及其他非專供某一單位使用的地方，由法團負責管理及維修。
        西西在小說《我城》中描寫七十年代香港年輕人的生活，書中的阿果、阿髮與麥快樂穿梭於新落成的屋邨之間，成為香港文學的經典形象。
        麥兜系列以大角咀一帶舊區為背景，春田花花幼稚園的校長與麥太成為不少港人的集體回憶，電影《麥兜故事》於2001年上映後更掀起熱潮。
    """),
    ("zh-Hans", "新闻_公共房屋政策"): _lines("""
        香港特区政府房屋局局长何永贤表示，首批简约公屋单位已于2025年在屯门入伙，政府目标在五年内兴建约三万个单位，以纾缓公屋轮候时间。
        行政长官李家超在《施政报告》中提出打击滥用公屋资源的措施，房委会将加强审查住户申报的入息及资产，虚报者最高可被检控及收回单位。
        房屋委员会公布最新数字，一般公屋申请者的平均轮候时间较上一季度略为缩短，当局将继续透过增加供应及简约公屋双管齐下改善情况。
        民政及青年事务局发言人表示，政府建议修订《建筑物管理条例》，加强对业主立案法团大型维修工程采购程序的规管，并提高违规罚则。
        澳门房屋局宣布，经济房屋新一轮申请将于下月开始，申请人须年满25岁并为澳门永久性居民，详情可浏览房屋局网站或前往该局接待处查询。
        新加坡建屋发展局（HDB）表示，组屋区居民委员会将于本月举办邻里节，活动地点包括榜鹅及盛港的社区俱乐部，费用全免，欢迎居民参加。
        廉政公署发布《楼宇管理防贪指南》更新版，提醒业主立案法团成员在招标过程中须申报利益，谨防围标，举报贪污热线为 2526 6366。
        市区重建局行政总监韦志成出席楼宇复修研讨会时表示，楼宇复修平台将为旧楼业主提供更多招标文件范本及工程费用参考资料，协助业主防范围标。
        深圳市住房和建设局发布物业管理相关实施细则，要求业主委员会每半年公布一次公共收益收支情况，并在小区公告栏张贴，接受全体业主监督。
        台北市都市发展局表示，老旧公寓危老重建申请案持续增加，市府将提供容积奖励及专案融资协助，并派员到各区里民活动中心举办说明会。
        立法会房屋事务委员会今日举行会议，讨论过渡性房屋的入住率及营运机构表现，多名议员关注偏远项目的交通配套及社区设施不足问题。
        屋宇署发言人表示，署方将加强跟进逾期未遵从强制验楼通知的楼宇，并提醒业主可申请“楼宇更新大行动2.0”资助以减轻维修开支负担。
        马来西亚地方政府发展部长倪可敏表示，政府将检讨分层地契相关法令，加强联合管理机构（JMB）及管理法团（MC）在账目及维修基金方面的问责。
    """),
    ("mixed", "系統日誌_設定_CSV"): _lines("""
        2025-03-14T08:12:44+08:00 [WARN] lift-ctrl B2 fault_code=E-31 door_motor_current=4.8A threshold=4.0A action=ticket_created vendor=OTIS ticket=OT-HK-558213
        access_log 2025-03-14 23:05:17 door=CARPARK_P1_GATE reader=RD-07 event=DENIED reason=card_expired card_type=visitor_temp site=LYC 已通知夜更保安
        config.yaml → booking: {facility: 燒烤爐, max_slots_per_unit: 2, advance_days: 7, deposit_hkd: 150, notify_email: noreply@lycioc.org.hk}
        CSV 表頭：座數,樓層,單位,業權份數,每月管理費,維修基金,上期結欠,本期應繳,繳費日期,付款方式,收據編號 / block,floor,flat,shares,fee_hkd,fund_hkd,arrears,due,paid_on,method,receipt_no
        [BMS] 2025-03-15 02:31:09 pump_room_B1 sump_level=72% alarm=HIGH pump_1=RUN pump_2=STANDBY 已通知夜更保安巡查 sms_gateway_status=200
        cron: 0 3 * * * /opt/ioc/bin/backup_minutes.sh --src /srv/ioc/會議紀錄 --dest s3://lyc-ioc-archive/2025/ --retain-days 365
        {"notice_id": "N-2025-031", "title": "食水缸清洗通告", "blocks": ["A", "B"], "publish_at": "2025-03-10T09:00:00+08:00", "lang": ["zh-Hant", "en"]}
        git commit 3f9a2c1 fix: 管理費計算四捨五入錯誤 (rounding to 0.1 HKD) — ioc-portal v2.4.1 deployed to prod on 2025-03-12 by CI pipeline #4471
        SELECT block, floor, COUNT(*) AS complaints FROM complaints WHERE category = '漏水' AND created_at >= '2025-01-01' GROUP BY block, floor ORDER BY complaints DESC;
        CCTV NVR-02 (Hikvision DS-7716NI) 錄影保存期設定為 31 日，硬碟使用率 87%，firmware V4.62.210，下次維護日期 2025-04-02。
        SMS template TPL_WATER_SUSPEND: 【樂欣苑管理處】{date} {time_from}-{time_to} 清洗食水缸，暫停供水。查詢 2690 3318。回覆 STOP 取消訂閱。
        sha256(minutes_2025-02-14.pdf) = fefbd2852590c839ef9d1e9ce045639da8ca6e2f904d47288b55102f12d29fa9 size=1.8MB uploaded_by_role=secretary
        WhatsApp Business API webhook: POST /v1/ioc/notify status=delivered template=maintenance_fee_reminder_zh locale=zh_HK sent=412 failed=3
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        投訴紀錄：A座12樓C室住戶陳志強先生投訴樓上單位每晚11點後拖櫈聲不斷，已多次反映無改善，聯絡電話 9134 8826，要求管理處書面回覆。
        各位委員，B座8樓李太話佢個仔上個月確診自閉症，想申請平台花園嘅特別使用時段俾佢做訓練，麻煩下次開會討論。
        欠交管理費名單：C座3樓F室 黃國樑，欠款港幣18,240元（共11個月），法團已發律師信，如再不繳交將入稟小額錢債審裁處。
        阿明（保安黃家明）今日冇返工，佢老婆打嚟話佢昨晚喺屋企暈低咗，送咗去伊利沙伯醫院，醫生話可能係輕微中風。
        業主登記表｜姓名：梁淑儀｜香港身份證：K482913(1)｜單位：樂欣苑B座15樓A室｜電話：6278 4410｜電郵：sylleung88@gmail.com
        林太今日喺WhatsApp群組講，佢先生欠咗財務公司幾十萬，成日有人上門淋紅油，佢好驚，求大家唔好報警住。
        停車場月租車位登記：車主 吳偉業，車牌 NX 3385，泊位 P2-47，月租由2025年4月起，聯絡電話 9520 6137。
        會議紀錄節錄：委員何家慧女士因正與丈夫辦理離婚手續，即日起辭去司庫職務，由副主席暫代至下次業主大會。
        張伯（D座2樓）獨居，上個禮拜跌親之後一直行唔到路，社工話佢有初期認知障礙，麻煩保安每日上去敲門望下佢。
        A座18樓B室業主蔡美玲已將單位出租，租客為周啟文，租約至2026年6月，租客緊急聯絡電話 5527 3091。
        管理處紀錄：3月2日晚上10時，E座9樓D室何先生與鄰居爭執期間動手，警方到場將何先生拘捕，鄰居頭部受傷送院。
        招聘保安員申請表：姓名 鄧志偉，年齡54，香港身份證 Y536281(2)，住址 九龍深水埗大埔道168號5樓，期望月薪港幣17,500元。
        互委會前主席馮錦添被揭發挪用會費約港幣三萬元，已被警方以盜竊罪落案調查，委員會決定暫停其會籍。
        轉數快付款：管理費請轉至 9682 1457（黃麗珍），過數後請WhatsApp收據截圖，注明單位C座11樓B室。
        住戶投訴表：投訴人 劉嘉欣（C座6樓E室），投訴C座7樓E室冷氣機滴水，投訴人要求保密其姓名及電話 6831 2275。
        尋狗啟事：今朝喺平台走失一隻啡色柴犬，叫豆豆，頸圈有個鈴鐺，如有發現請即致電 9246 3318，必有重謝。
        失物認領：保安於A座大堂拾獲香港身份證一張，號碼 R635218(8)，請失主攜同其他證明文件到管理處領取。
        管理處經理陳嘉雯月薪港幣42,000元，另年終花紅兩個月，委員會今次議決加薪5%，請勿外傳。
        陳生（A座）個女上年考DSE壓力太大自殺未遂，而家仲喺葵涌醫院留醫，佢哋一家好需要街坊支援。
        裝修申請表：業主 歐陽志峰，單位 B座22樓C室，工程期2025年4月7日至5月30日，聯絡電話 9420 6673，電郵 ayfung.reno@yahoo.com.hk
        3,A,12,C,何美儀,9376 2051,28,1600,0,已繳,2025-03-05,R0925688
        委任代表文書：本人譚偉雄（D座10樓F室，身份證號碼 E374819(0)）現委任譚曉嵐為本人之代表，出席2025年4月19日業主大會並代為投票。
        退還裝修按金港幣5,000元予業主鍾家豪，款項已存入其匯豐銀行戶口 111-482917-838，請查收。
        保安報告：今日下午3時，F座住戶區太話佢老公喺屋企打佢，面有瘀傷，已協助報警，社署家庭服務中心會跟進。
        單位業主林育誠（台灣居民，身分證字號 A128374657）委託代理人處理出租事宜，聯絡電話 +886 912 638 405。
        外傭僱主登記：僱主 莫志豪太太，電話 6915 2038，外傭入住E座5樓A室，管理處已發出住戶證。
    """),
    "mixed": _lines("""
        [14/03/25 20:31] Kelvin Lau 劉俊傑 (B-16A): 我個仔 Ethan 今日喺會所泳池撞親頭，縫咗三針，救生員完全冇睇住！我要求法團交代。
        請注意，20樓H室嘅 Mrs. Chan 係孕婦，預產期係下個月，搬屋嗰日麻煩安排貨 lift 優先俾佢用。
        Hi 管理處，我係 C座9樓G室嘅業主 Winnie Tsang 曾慧敏，手機 6190 5582，想 book 下星期六燒烤爐 slot 2，唔該。
        車位 P1-12 架白色 Tesla Model 3，plate KM 1186，車主係 A座嘅 Mr. Yeung 楊先生，已經連續三日 block 住消防通道。
        FYI 各位：E座11樓嘅 Jason 話佢俾公司 lay off 咗，今個月管理費可能遲交，請 Office 唔好貼佢個名出嚟。
        Owner record: 業主 Tam Siu Ping 譚小萍 | HKID: Z683715(9) | Tel: 9725 4480 | Email: tamsp.hk@outlook.com | Unit: Block 3, 8/F, Flat B
        保安更表3月：早更 吳志明 9103 2267；中更 Mohammed Iqbal 5633 0918；夜更 黎偉光 6021 8874。
        Re: 漏水 case #LK-2025-044 — 樓上 D-15C 業主 Ms. Fong 方穎詩 拒絕俾師傅入屋檢查，我哋要申請土地審裁處入屋令。
        外傭 Siti Rahayu（僱主：E座5樓A室何太）今日喺平台跌倒，手腕骨折，已經送咗明愛醫院。
        新業主 Dr. Alan Cheung 張浩然同太太 Vivian 下星期入伙，佢哋有隻 guide dog，因為 Alan 係視障人士，請保安留意。
        From: karen.ho.1987@gmail.com To: ioc@lycioc.org.hk Subject: 我父親何志成（D-3F）患末期肺癌，申請免費搬運服務
        Overseas owner: Lim Wei Ling 林慧玲, NRIC S8234567A, 樂欣苑 C座20樓A室, contact +65 9736 2184, 管理費由 DBS 戶口自動轉帳。
    """),
    "en": _lines("""
        Complaint No. C-2025-0213: Mr. Raymond Sze Chi-wai of Flat 11D, Block A reports that the tenant upstairs keeps a large dog that barks all night; contact him at 9368 1204 after 7pm.
        Arrears notice: Ms. Cheung Wing-yan, owner of Flat 7F, Block C, owes HK$21,760 in management fees and repair fund contributions as of 31 March 2025.
        Please update my contact details: new mobile 6452 7719, email derek.lui.hk@gmail.com. Derek Lui, Flat 4B, Block D.
        Note from the chairman: Mr. Gary Ng has stepped down as treasurer following his diagnosis with stage 3 colon cancer; we wish him a speedy recovery.
        Carpark incident: vehicle VM 6603 scratched the pillar at P2-31; the driver, Mr. Henry Fung, admitted fault and agreed to pay HK$3,800 for repairs.
        Proxy form: I, Patricia Yim Suk-fan, HKID C219483(8), owner of Flat 19A, Block B, appoint my daughter Joyce Yim to attend and vote on my behalf.
        Mrs. Lo from Block E told the guard that her son was arrested last week for drug possession and asked us not to let reporters into the lobby.
        Refund of decoration deposit HK$5,000 to Mr. Samuel Lai, Hang Seng account 282-931406-883, approved by the IOC on 14 March 2025.
        Helper registration: Maria Santos Dela Cruz, Philippine passport P4827193A, employer Mr. and Mrs. Wong, Flat 23C, Block A; access card issued.
        Tenant screening: applicant Michelle Koh, NRIC S9012845J, monthly salary SGD 8,200, relocating from Singapore to Flat 16E, Block D in May.
    """),
    "zh-Hans": _lines("""
        业主王建国（深圳居民，身份证号 110105197803152310）委托其妹王丽华代收管理处信件，联系电话 138 2651 7043。
        新租客 刘思颖，内地身份证 440305198206172411，微信号 liusy_0617，入住C座5楼D室，租期一年。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你係樂欣苑業主立案法團秘書處嘅文書助理，用繁體中文及正式書面語協助擬備信件。"),
        (
            "user",
            "幫我寫封追收管理費嘅信俾C座3樓F室嘅黃國樑先生，佢欠咗港幣18,240元，已經11個月冇交，電話 9417 3356 打極都唔聽。",
        ),
        (
            "assistant",
            "黃國樑先生台鑒：據本法團紀錄，閣下所持樂欣苑C座3樓F室單位截至2025年2月底尚欠管理費港幣18,240元（共11個月）。請於本函發出日起14日內清繳，否則本法團將依公契條款採取法律行動追討，所涉費用概由閣下承擔。如有疑問，請於辦公時間致電管理處 2690 3318。",
        ),
        ("user", "好，最後加一句話如果有經濟困難可以申請分期。"),
        (
            "assistant",
            "已加入：如閣下現時有經濟困難，歡迎於限期前聯絡管理處商討分期繳付安排，本法團將酌情考慮。",
        ),
    ],
    [
        (
            "user",
            "My upstairs neighbour, Mr. Vincent Chau in Flat 14C Block B, has been drilling at 11pm every night. I'm Grace Yu in 13C, phone 6384 2219. How do I complain formally to the IOC?",
        ),
        (
            "assistant",
            "You can lodge a written complaint with the management office stating the dates and times of the noise, referring to the house rules on renovation hours. Keep a log and, if it continues after 11pm, you may also call the police as it may be a noise nuisance.",
        ),
        ("user", "Can you draft the complaint letter for me?"),
        (
            "assistant",
            "Dear Management Office, I, Grace Yu of Flat 13C, Block B (tel. 6384 2219), wish to complain about repeated drilling noise from Flat 14C, Block B after 11pm on 3, 5 and 8 March 2025. Please remind the occupant of the renovation hours in the house rules and inform me of the action taken. Yours faithfully, Grace Yu",
        ),
    ],
    [
        (
            "system",
            "You are the AI helpdesk of 樂欣苑管理處. Resident on file for this session: 陳淑芬 Chan Shuk-fan, Block B 12/F Flat C, mobile 9058 3317, management fee paid by autopay from BOC account 012-882-1-045731-6.",
        ),
        ("user", "我想問下我上個月管理費有冇過到數？"),
        (
            "assistant",
            "陳小姐你好，紀錄顯示你2月份管理費港幣1,600元已於2月3日經自動轉帳由中銀戶口過數，收據編號 R0925402，可以喺管理處索取正本。",
        ),
        ("user", "唔該，另外我想轉用 FPS 交，點樣取消 autopay？"),
        (
            "assistant",
            "你需要填寫自動轉帳取消表格交返銀行同管理處各一份，生效前下個月仍會照常扣帳；之後可以用轉數快轉至法團戶口並注明 B-12C。",
        ),
    ],
    [
        (
            "user",
            "幫我將以下WhatsApp訊息整理成一段會議跟進摘要：「[10/03 21:02] 麥sir (A-5D): 大堂門鐘壞咗三日 [10/03 21:10] 蘇太 9823 6614: 我屋企廁所天花滲水，樓上B-6D 嘅沈先生話唔關佢事 [10/03 21:25] 阿玲: 平台啲狗屎冇人清」",
        ),
        (
            "assistant",
            "跟進摘要：(1) A座大堂門鐘故障三日，需安排維修；(2) 蘇太（電話 9823 6614）反映浴室天花滲水，懷疑源自B座6樓D室沈先生單位，雙方有爭議，建議安排滲水測試；(3) 平台有狗隻糞便未有清理，需提醒清潔組及養狗住戶。",
        ),
        ("user", "會議紀錄入面可唔可以唔寫個人姓名同電話？"),
        (
            "assistant",
            "可以，建議公開版本只寫「A座住戶」「B座住戶」，姓名及電話只保留喺管理處內部檔案。修訂版：(1) A座大堂門鐘故障；(2) 有住戶反映浴室天花滲水，懷疑源自上層單位，將安排測試；(3) 平台狗隻糞便問題需跟進。",
        ),
    ],
    [
        ("system", "你是物业事务助理，用简体中文回答香港物业相关问题。"),
        (
            "user",
            "我叫赵志刚，身份证 440106197511083627 不对，那是我太太的，我的是 230102197209254718。我在香港红磡有个单位，想委托香港的表弟周伟文去开业主大会，要准备什么？",
        ),
        (
            "assistant",
            "赵先生，您可以填写法团发出的委任代表文书，写明受委人周伟文的姓名，并由您本人签署后，于大会开始前48小时送达法团秘书。身份证号码一般无需写在表格上，建议只提供单位编号。",
        ),
        ("user", "需要公证吗？"),
        (
            "assistant",
            "通常不需要公证，只要委任书格式符合《建筑物管理条例》附表的要求并按时交回即可；如法团另有规定，请向管理处确认。",
        ),
    ],
    [
        (
            "user",
            "Please turn this into a clean CSV with columns name, unit, phone, arrears: Ho Mei-yee A-12C 9376 2051 owes 0; Wong Kwok-leung C-3F 9417 3356 owes 18240; Cheung Wing-yan C-7F 6288 4051 owes 21760.",
        ),
        (
            "assistant",
            "name,unit,phone,arrears_hkd | Ho Mei-yee,A-12C,9376 2051,0 | Wong Kwok-leung,C-3F,9417 3356,18240 | Cheung Wing-yan,C-7F,6288 4051,21760",
        ),
        ("user", "Thanks. Sort by arrears descending please."),
        (
            "assistant",
            "name,unit,phone,arrears_hkd | Cheung Wing-yan,C-7F,6288 4051,21760 | Wong Kwok-leung,C-3F,9417 3356,18240 | Ho Mei-yee,A-12C,9376 2051,0",
        ),
    ],
    [
        (
            "user",
            "我阿媽區秀蓮住D座4樓B室，今年82歲，有中度認知障礙，成日半夜落樓唔識返屋企。法團可唔可以幫手？我電話係 6027 4489。",
        ),
        (
            "assistant",
            "明白你嘅擔心。可以向管理處登記阿媽嘅資料同你嘅緊急聯絡電話，請保安留意佢夜間出入；亦可以向社署或長者地區中心申請防走失裝置同個案支援。",
        ),
        ("user", "會唔會有其他街坊知道佢病情？"),
        (
            "assistant",
            "管理處應只將資料交俾當值保安作照顧用途，唔應該喺通告或群組公開。你可以要求管理處書面確認資料保密安排。",
        ),
    ],
    [
        (
            "system",
            "You help the security supervisor of Lok Yan Court write incident reports in English.",
        ),
        (
            "user",
            "今朝 07:40 E座大堂有個婆婆跌低，佢叫 Mrs. Kwan 關麗華，住 E-7A，頭撞到流血，我哋叫咗救護車送去伊利沙伯醫院，佢個仔 Tony Kwan 9871 5530 已經通知咗。幫我寫 incident report。",
        ),
        (
            "assistant",
            "Incident Report – 14 March 2025, 07:40, Block E lobby. Mrs. Kwan Lai-wah (Flat E-7A) fell and sustained a bleeding head wound. Security called an ambulance and she was taken to Queen Elizabeth Hospital. Her son, Mr. Tony Kwan (tel. 9871 5530), was informed. The floor was dry at the time; CCTV footage has been preserved.",
        ),
        ("user", "加埋當值保安係我，Ali Hassan，工號 S-118。"),
        (
            "assistant",
            "Added: Reported by Ali Hassan, Security Guard, Staff No. S-118, on duty at the Block E lobby at the time of the incident.",
        ),
    ],
    [
        (
            "user",
            "I live in Singapore but own Flat 20A, Block C at Lok Yan Court in Hong Kong. My name is Lim Wei Ling, NRIC S8234567A. Can I vote at the AGM by proxy?",
        ),
        (
            "assistant",
            "Yes. An owner may appoint a proxy by completing the instrument of proxy in the form prescribed under the Building Management Ordinance, signed by you, and lodging it with the IOC secretary at least 48 hours before the meeting.",
        ),
        (
            "user",
            "My cousin Tan Kok Hui in Kowloon Tong will go. His mobile is 9264 1873. Does he need my NRIC copy?",
        ),
        (
            "assistant",
            "Usually not. The proxy form needs your name, your flat and his name; there is no need to send a copy of your NRIC. Keep his contact number with the management office only for arranging registration at the meeting.",
        ),
    ],
    [
        ("system", "你係法團秘書，負責擬備周年業主大會會議紀錄，用繁體中文。"),
        (
            "user",
            "今屆當選委員：主席 雷志雄（A-9B）、司庫 侯美華（C-2D）、委員 甘家俊（E-17F）。不過有人話甘家俊去年已經被頒令破產，咁佢仲可唔可以做委員？",
        ),
        (
            "assistant",
            "根據《建築物管理條例》，已被宣告破產或與債權人訂立自願安排的人士，不得出任管理委員會委員。如甘家俊先生確屬未解除破產人士，其委任會無效，建議先向其本人書面查詢，再由委員會處理。",
        ),
        ("user", "咁會議紀錄點寫好？"),
        (
            "assistant",
            "建議寫：「大會選出雷志雄先生為主席、侯美華女士為司庫。有關第三位委員之資格，待秘書核實後再行通知業主。」避免在紀錄中公開任何人的破產資料。",
        ),
    ],
]
