# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh170: Hong Kong chess, Go and bridge clubs (membership, tournaments, ratings, junior classes, parent groups). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh170
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "club_notice"): _lines("""
        【通告】本會十二月份會員大會將於12月20日（星期六）晚上7時半喺灣仔會所舉行，議程包括通過2027年度財政預算及修訂會章第8條。
        聖誕假期期間（12月24日至12月28日）會所暫停開放，棋具借用服務亦會暫停，1月2日如常恢復。
        第十二屆全港中小學圍棋團體賽現正接受報名，每隊4人另加1名後備，截止日期為2027年1月15日，報名費每隊HK$600。
        由下月起，週三晚快棋夜改為瑞士制七輪，每方10分鐘加5秒，歡迎非會員參加，即場報名HK$80。
        橋牌部通告：本週五複式賽改用Howell制，共十三張枱，請各位準時7時正入座，遲到超過10分鐘將作缺席處理。
        因應紅色暴雨警告，今日下午所有少年班課堂取消，補堂日期稍後公布，已繳學費不受影響。
        會所冷氣系統將於本月18日進行維修，當日上午10時至下午2時棋室暫停開放，不便之處敬請見諒。
        本會獲康樂及文化事務署資助，於屯門、元朗及北區社區會堂舉辦免費兒童象棋體驗班，名額先到先得，查詢請致電本會辦事處 2573 1180（辦公時間）。
        2027年度會費維持不變：普通會員HK$800、學生會員HK$300、家庭會員HK$1,200，一月底前續會可獲贈會刊一本。
        國際象棋部提提你：新一期等級分表已上載至會員專區，如對積分計算有疑問，請於14日內以書面向賽事委員會提出。
        恭喜本會少年代表隊於亞洲青少年圍棋錦標賽U12組別奪得團體銅牌！詳細戰報請留意下期會訊。
        請各家長留意：少年班學員須由家長或授權人士接送，導師不會讓學員自行離開會所。
        本月起棋室全面禁止飲食（清水除外），比賽期間手提電話必須關機並放入指定收集箱，違者按賽例即判負。
        誠徵義務裁判：本會將於三月舉辦全港公開賽，有意者須持有本會二級或以上裁判證書，並可出席兩日賽事，請電郵 arbiters@wcchessclub.org.hk 報名。
        「家長開放日」將於1月10日舉行，家長可旁聽一節少年班課堂，並了解升班評核及段位考試安排。
    """),
    ("zh-Hant", "rules_policy"): _lines("""
        段位考試規則：考生須於本會認可比賽中取得指定勝率方可申請升段，初段須累計最少20局正式對局紀錄。
        比賽中如棋鐘故障，棋手應立即停鐘並舉手示意裁判，不得自行調整時間。
        橋牌比賽中如出現叫牌不足（insufficient bid），下一家不得逕自叫牌，須即時召喚裁判處理。
        等級分計算採用Elo公式，K值方面新會員首30局為40，其後為20，等級分達2400後固定為10。
        本會私隱政策：會員個人資料只會用於會籍管理、比賽報名及通訊用途，未經同意不會轉交第三者；查閱或更正資料請書面向本會私隱主任提出。
        少年組別以比賽年度1月1日時之年齡計算，U8、U10、U12、U14及U16各設獨立獎項。
        圍棋比賽採用中國規則，黑貼3¾子，每方基本時限60分鐘，讀秒3次每次30秒。
        退款政策：開課前七日或之前申請退出可獲退還八成學費，開課後恕不退款，如有醫生證明之病假可申請補堂一次。
        會員如在比賽中作弊（包括使用電子裝置輔助）一經證實，將被即時取消資格，並交紀律委員會處理。
        國際象棋比賽觸摸棋子即須走該子（touch-move），如只係想擺正棋子，須先講「我調整」（j'adoube）。
        橋牌部採用本會系統卡範本，參賽配對須於賽前交齊系統卡兩份，一份交裁判，一份置於枱面供對手查閱。
        兒童保護政策：所有導師及義工須已通過性罪行定罪紀錄查核，並不得與學員單獨處於密閉房間。
        比賽當日拍攝照片只作本會宣傳用途，家長如不同意子女被拍攝，請於報名表相關欄目剔選。
        象棋比賽採用亞洲象棋聯合會規則，單方長將作負，雙方一將一閒循環不變作和。
    """),
    ("en", "public_figures_and_fiction"): _lines("""
        In 2023 Ding Liren became the first Chinese player to win the World Chess Championship, beating Ian Nepomniachtchi in rapid tiebreaks in Astana.
        AlphaGo defeated Lee Sedol 4-1 in Seoul in March 2016; in game four his wedge at move 78 produced his only win over the program.
        Bobby Fischer's 1972 match against Boris Spassky in Reykjavik is still the most famous chess event of the Cold War.
        Ke Jie lost all three games to AlphaGo Master at the Future of Go Summit in Wuzhen in 2017.
        Hou Yifan became the youngest women's world chess champion in 2010 at the age of 16.
        Beth Harmon, the heroine of Walter Tevis's novel The Queen's Gambit, learns chess from the janitor Mr Shaibel in the orphanage basement.
        In Hikaru no Go, the ghost Fujiwara-no-Sai lives inside an old Go board and teaches Shindo Hikaru to play.
        Omar Sharif was a keen bridge player and lent his name to a syndicated bridge column for many years.
        Nie Weiping's winning streak in the China-Japan Super Go series in the 1980s made Go hugely popular in mainland China.
        Garry Kasparov lost to IBM's Deep Blue in a six-game rematch in New York in 1997.
        Judit Polgar is widely regarded as the strongest female chess player in history and retired from competitive play in 2014.
        Warren Buffett and Bill Gates have both spoken publicly about their love of bridge and have played together in charity matches.
    """),
    ("zh-Hant", "parent_group_chat"): _lines("""
        請問聽日個堂係咪照常？天文台話可能掛三號風球喎
        有冇家長知道公開賽幾時截止報名？我睇唔到網頁個link
        教練話下堂要帶返上次派嗰本習題簿，記得提小朋友
        想問下大家買棋鐘買邊隻好？DGT定係淘寶嗰啲平價貨都得？
        停車場今日好full，建議大家搭港鐵去灣仔站A1出口行過嚟
        今日堂上教咗征子同枷，返屋企可以叫小朋友喺網上做多幾題
        有冇人有多餘嘅19路棋盤想讓？二手都冇所謂
        收到，多謝老師通知🙏
        下個月開始堂費會唔會加價？上次會訊好似有提過
        我哋班下星期六改咗去302室，唔係平時嗰間
        比賽當日可唔可以帶食物入場？定係要喺外面食完先入去
        有冇家長有興趣一齊組隊報團體賽？要搵夠四個小朋友
        想問升段考試係咪要家長陪同？定係送到門口就得
        今晚橋牌班仲有冇人未有搭檔？會所話可以即場幫手配對
        提提大家：今個月尾之前要交埋同意書，唔交唔可以參加外出比賽
    """),
    ("mixed", "records_hard_negative"): _lines("""
        發票編號 INV-2026-004813 | 項目：少年圍棋班（冬季）學費 | 金額 HK$2,880 | 狀態：已付款
        場地預約確認：康文署參考編號 LCSD-BK-26120487 | 九龍公園體育館活動室2 | 2027-01-09 14:00-18:00
        1. e4 c5 2. Nf3 d6 3. d4 cxd4 4. Nxd4 Nf6 5. Nc3 a6 6. Be3 e5 7. Nb3 Be6 8. f3 — 英式攻擊，今晚講座示範局面
        (;GM[1]FF[4]SZ[19]KM[7.5]RU[Chinese]AB[dd][pp]AW[dp][pd];B[qf];W[nc]) — 講義附錄SGF片段
        Board 14 | Dealer: N | Vul: E-W | ♠AKJ74 ♥Q6 ♦K103 ♣985 | 合約 4♠ 由南家主打，西家首攻♥J
        訂單號碼 TB-7730 2918 4452 0016 | 磁石圍棋套裝 x 3 | 運單號 SF1402378815530 | 預計12月10日送達
        賽事編號 HKCF-2026-OPEN-R05 | 第五輪配對已公布 | 開賽時間 10:00 | 第1至第20台於主廳
        書目：《圍棋入門一百題》ISBN 978-962-07-3418-2，定價HK$98，會員九折
        收據號碼 R0051937 | 收款日期 2026-11-28 | 付款方式：轉數快 | 金額 HK$480 | 備註：週末快棋賽報名費
        Tournament ref TRN-26-0411 | rated: FIDE standard | time control 90'+30" | rounds: 7 | pairing: Dutch Swiss
        器材清單：DGT 3000 棋鐘 x 24、標準比賽棋子（Staunton No.6）x 30 套、雙面棋盤 x 30 — 資產編號 EQ-0931 至 EQ-0954
        座位表：主廳 A1-A40 少年組，B1-B24 公開組，C區為家長等候區，不設座位編號
        配對軟件 v2.4.1（commit 3e7a91c）已修正 Buchholz Cut-1 加賽分計算錯誤，請各裁判更新
        保單編號 PL-HK-2026-558201 | 公眾責任保險 | 承保範圍：本會所有比賽及課堂場地 | 保額 HK$10,000,000
        等級分統計：本年度共有1,284名棋手錄得正式對局，平均等級分1,472，較去年上升23分
    """),
    ("en", "how_to_questions"): _lines("""
        How do I explain the ko rule to a six-year-old without losing their attention?
        What's a good opening repertoire for a 1200-rated junior who keeps losing to the London System?
        In duplicate bridge, when should responder use Stayman rather than a transfer after a 1NT opening?
        Is it worth buying a DGT e-board for a home club, or is a laptop with Lichess broadcast enough?
        Any tips for running a Swiss tournament with an odd number of players? Who gets the bye?
        What age do most Hong Kong Go schools start children on 9x9 boards before moving to 19x19?
        How should a small club handle parents who coach their children from the spectator area during rated games?
        Can someone explain the difference between Chinese area scoring and Japanese territory scoring with a simple example?
        Recommend books for teaching bridge to secondary school students, something more modern than Goren?
        How do you calculate Sonneborn-Berger tiebreaks in a round robin?
        What's the usual etiquette for resigning in Go: placing two prisoners on the board or just saying I resign?
        Our club wants to accept FPS payments for class fees; do we need a business account or can the treasurer use a personal one?
    """),
    ("zh-Hant", "form_templates"): _lines("""
        會員申請表｜中文姓名：________ 英文姓名：________ 出生日期：__/__/____ 聯絡電話：________ 電郵：________
        填寫示例：姓名 陳大文 CHAN Tai Man｜身份證號碼 A123456(?)｜（此為樣本，請勿照抄）
        家長同意書：本人________（家長/監護人姓名）同意敝子女________參加________舉辦之比賽，並明白主辦單位毋須為任何意外負責。
        【緊急聯絡人】姓名：{emergency_name} 關係：{relationship} 電話：{emergency_phone}
        退款申請表：會員編號：______ 課程編號：______ 退款原因：□ 病假（須附醫生證明） □ 其他：______
        比賽成績報告表：第___輪｜台號___｜白方：________｜黑方：________｜結果：1-0 / 0-1 / ½-½｜裁判簽署：________
        橋牌比賽記分卡：Board ___ | N-S Pair ___ | E-W Pair ___ | Contract ___ | By ___ | Tricks ___ | Score ___
        親愛的{家長稱呼}：{學員姓名}已完成{課程名稱}，本會誠邀您出席{日期}之結業禮。
        導師申請表：請附上教學經驗證明、性罪行定罪紀錄查核結果及兩位推薦人資料（姓名、職銜、聯絡電話）
        Dear [Parent Name], your child [Student Name] has been placed in the [Level] group for the spring term. Classes start on [Date].
        Scholarship application: Applicant name ______ | School ______ | Household income bracket □ below HK$20,000 □ HK$20,000-40,000 □ above
        段位證書：茲證明________於二〇二七年____月____日通過本會圍棋________段位考試，特發此證。
    """),
    ("mixed", "code_config"): _lines("""
        CREATE TABLE members (member_id SERIAL PRIMARY KEY, name_zh TEXT, name_en TEXT, hkid_hash CHAR(64), rating INT DEFAULT 1000);
        pairing: {system: swiss_dutch, rounds: 7, tiebreaks: [buchholz_cut1, sonneborn_berger, direct_encounter], bye_points: 0.5}
        def expected_score(ra, rb): return 1 / (1 + 10 ** ((rb - ra) / 400))
        SELECT section, COUNT(*) AS players, AVG(rating) FROM registrations WHERE event_id = 'HKJ-2027-01' GROUP BY section;
        .env 範例：SMTP_HOST=smtp.example.org SMTP_PORT=587 CLUB_NAME="Wan Chai Chess Club" FROM_EMAIL=noreply@example.org
        WhatsApp 群組機械人設定：每週五 18:00 自動提醒「明日課堂請帶棋鐘及習題簿」，只發送至 junior-class 群組
        匯出檔欄位：event_id, round, board, white_id, black_id, result, pgn_url（不包括姓名及聯絡資料）
        橋牌枱號格式檢查 regex：^B[0-9]{2}-[NSEW]$，例如 B07-N、B13-E
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        會員申請表｜中文姓名：張詠欣｜英文姓名：CHEUNG WING YAN｜出生日期：08/04/2013｜香港身份證：Y482917(2)｜家長電話：9634 2157
        少年班點名表備註：林心悠（U10班）有哮喘，上堂要放定噴霧喺書包側袋，發作時請即致電媽媽 6218 3490。
        紀律委員會決議：會員何志明（會員編號 C-10482）於11月14日公開賽第三輪向對手粗言穢語，即日起停賽三個月，並須書面道歉。
        財政報告附錄——欠交會費名單：梁國棟 HK$1,200（已追收三次）、蘇嘉欣 HK$800、鄧偉業 HK$300（學生）
        補堂申請：學員陳子軒（Ethan）因12月初入院做扁桃腺切除手術，缺席冬季班四堂，家長申請補堂，附出院紙副本。
        獎學金評審紀錄：黃卓謙，中二，家庭正領取綜援，父親長期病患，建議全額資助2027年度學費及比賽報名費。
        交收獎盃：請將U12冠軍獎盃送到九龍塘律倫街11號地下，收件人呂家樂爸爸，電話 5132 8806，平日晚上7點後有人。
        轉會申請：原屬沙田少年圍棋學苑之學員鄭朗晴（2014年出生），因舉家移居英國曼徹斯特，申請保留段位紀錄及退回餘下學費 HK$3,640。
        外地棋手登記：姓名 劉思遠｜居民身份證 440304201005173723｜往來港澳通行證 C58204173｜所屬：深圳市少年圍棋隊｜隨行家長 劉建國 手機 +86 138 2654 9071
        台灣選手資料：吳佩珊，身分證字號 F228473616，手機 0928-716-453，報名女子公開組，住宿安排於灣仔酒店兩晚。
        橋牌部配對備忘：麥淑儀同曾慧雯長期拍檔，但麥太話下季想轉打週二場，因為佢要照顧啱啱中風出院嘅老爺。
        家長群組：「我係Chloe Ng嘅媽媽，Chloe今個禮拜發燒39度，睇咗醫生話係甲流，星期六堂請假🙏」
        導師出勤紀錄：葉振邦導師 11月份遲到4次、缺勤1次（未有事先通知），扣減車馬費HK$600，下月再犯將終止合約。
        信用卡付款授權：持卡人 區美玲 AU MEI LING｜卡號 4579 9759 5513 5492｜有效期 09/28｜金額 HK$2,880（冬季少年班 x 1）
        轉數快退款：請退HK$1,500予家長譚振華，FPS登記電話 98174426，原因：女兒譚芷晴轉去其他棋院。
        裁判報告：第7台 周子健（白）對 馮凱文（黑），周子健在第42步後被發現口袋藏有手機，按賽例判負，已通知家長周太 6470 2985。
        意外事故報告：12月6日下午3時15分，學員蔡樂兒（8歲）在走廊跌倒撞傷額頭，已用冰袋敷理，由母親接回並建議求醫。
        會員通訊錄更新：區志偉 新地址 將軍澳唐德街9號將軍澳中心第3座18樓B室，電郵 ckwai.baduk@gmail.com
        車位登記：橋牌部週五晚場——盧文傑 車牌 RX 5738、郭慧心 車牌 NK 612，請管理處放行。
        家長投訴：本人李浩然（學員李信希之父）投訴導師於11月22日課堂上當眾責罵小兒「咁蠢都學人捉棋」，要求會方正式道歉。
        成績通知：羅凱晴同學圍棋三級考試不合格（勝3負5），可於2027年3月重考，另建議參加週末加強班。
        義工名單：周六棋藝日——彭麗珊（負責報到，手機 9245 3317）、孔德明（負責計分，手機 6093 8152）
        保險索償資料：受傷會員 嚴家豪，香港身份證 Z603518(4)，事發日期 2026-11-30，就診於伊利沙伯醫院急症室，診斷為左手腕扭傷。
        學員資料更正：鄺曉彤 出生日期應為2015年7月21日（原誤植為2016年），身份證號碼 R918264(A) 不變。
        升班推薦：馬浚軒（9歲，喇沙小學）近三個月等級分由1180升至1520，建議由初級班升上精英班，家長已同意每週加一堂。
        「Kelvin爸爸上次借咗我哋部DGT棋鐘仲未還，佢WhatsApp係 5568 0934，有冇人幫手追下」
        會籍暫停申請：會員嚴慧敏因懷孕需臥床休息，申請暫停會籍六個月（2027年1月至6月），毋須繳交該期間會費。
        國際棋聯登記資料：姓名 SZETO, Hoi Lam 司徒凱琳｜HKSAR Passport K61938470｜出生日期 2011-02-14｜性別 F｜聯會 HKG
        銀行入數紀錄：會員雷振宇經滙豐戶口 512-384729-838 轉賬 HK$800 續會費，請財政確認。
        家長會會議紀錄：邵太（邵子朗媽媽）反映兒子喺少年班被同班同學欺凌，已約雙方家長於12月13日面談。
    """),
    "en": _lines("""
        Membership renewal: Mr Harjit Singh, member no. 2231, mobile 9372 0481, paid HK$800 by cheque no. 004517 on 3 Dec.
        Junior squad medical note: Aarav Mehta (U12) is allergic to peanuts and carries an EpiPen; coaches must check snacks at tournaments.
        Incident log 29/11: Oliver Whitcombe, 14, left the venue without signing out; his father was called on 6190 3748 and collected him from the MTR station at 6:40pm.
        Please refund the entry fee to Mrs Teresa Remedios, HSBC account 004-602-518374-001; she withdrew because of her hip surgery.
        Bridge partnership request: Ms Priya Ramasamy (priya.ramasamy82@yahoo.com.hk) is looking for a regular Thursday partner; she plays 2/1 and has about 45 masterpoints.
        Visiting player from KL: NURUL AISYAH BINTI KAMAL, MyKad 110823-14-5376, rating 1645, staying with a host family in Tai Koo for the open.
        Singapore team list: Ethan Lim Jun Hao, NRIC T1237584G, U14 board 2; parent contact +65 9147 2286.
        Coach's note: Daniel Chow keeps blundering under time pressure; his mum says he has been seeing a psychologist for anxiety since the summer, so go easy on blitz drills.
        Late payment reminder sent to Mr Kwok Chun Hei (Flat 12C, Block 5, Laguna City, Kwun Tong) for the autumn term: HK$2,640 outstanding.
        Volunteer driver rota: Mr Anthony Fernandes drives the blue Toyota Alphard, plate VF 2817, and picks up the Tin Shui Wai kids at 8:15.
        DM from a parent: hi coach, this is Sharon, Jayden Ho's mum, Jayden got into DBS so he'll have to drop Saturday class from January
        Emergency contact sheet: Sophie Leung | Mother: Grace Leung 9023 6611 | Father: Kenneth Leung 6512 7730 | GP: Dr Wong, Tai Po
    """),
    "mixed": _lines("""
        報名表 Registration｜Name: WONG Tsz Yin 黃子妍｜HKID: K275340(5)｜School: 瑪利諾修院學校（小學部）｜Rating 1390｜Parent: 9581 0264
        @karen_lam_mum 你個女Hayley今日喺堂上喊咗好耐，好似同隔籬位嗰個男仔爭棋子，你得閒打嚟 6633 9120 傾下
        Telegram @tszho_go_hk 係張子浩嘅個人帳號，佢話唔想再收會所廣告，請喺mailing list剔走 cheungtszho2009@hotmail.com
        WeChat號 liu_jianguo_sz 係劉思遠爸爸，佢要求將比賽證書寄返深圳福田區屋企。
        Bridge club ledger: 27/11 Mrs Chan Siu Fong 陳小芳 table fee unpaid x3 weeks, total $210, 佢話退休金仲未過數。
        Scholarship interview notes: Candidate Muhammad Irfan bin Rosli, Form 3, lives with grandmother in Sham Shui Po, 家庭領取綜援。
        付款失敗：cardholder MAK HO YIN 麥浩賢，Mastercard 5520 3513 0684 9719，bank declined，請家長重新付款或改用轉數快。
        義工保險 Volunteer insurance: NAME: D'SOUZA, Marcus Anthony｜HKID: M530172(1)｜DOB: 1979-06-02｜Relationship: father of Leo D'Souza
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你係一間圍棋學苑嘅行政助理，幫手整理學員資料。"),
        (
            "user",
            "幫我將以下學員按等級分由高至低排好：陳芷澄 1480、歐陽俊熙 1525、李卓穎 1390、蕭家朗 1610",
        ),
        ("assistant", "排好咗：1. 蕭家朗 1610　2. 歐陽俊熙 1525　3. 陳芷澄 1480　4. 李卓穎 1390"),
        ("user", "多謝。蕭家朗個家長電話係 9478 2035，幫我擬個短訊通知佢升上精英班。"),
    ],
    [
        (
            "user",
            "幫我寫封警告信，收信人係會員莫國輝，佢喺12月1日嘅週賽輸棋之後掟棋鐘，仲推跌咗對手。",
        ),
        (
            "assistant",
            "莫國輝先生台鑒：本會接獲報告，閣下於12月1日週賽中有擲棋鐘及推撞對手之行為，已違反會員守則第5條。紀律委員會將於兩星期內召開會議，屆時閣下可作書面陳述。",
        ),
        ("user", "加一句：如再犯即時取消會籍，並抄送佢太太岑美華，因為佢係家庭會員主持人。"),
    ],
    [
        (
            "user",
            "我個女Mia Tang今年9歲，等級分1350，想報U10組，但佢下個月要做斜視矯正手術，會唔會影響比賽？",
        ),
        (
            "assistant",
            "手術後通常需要休息一至兩星期，建議你先問主診醫生幾時可以長時間睇棋盤，再決定報唔報。如賽期太近，可以考慮報下一屆。",
        ),
        ("user", "好，咁報名表要填身份證，佢係 C664081(6)，出世紙名係鄧美雅，幫我填埋個表。"),
    ],
    [
        ("system", "You help the treasurer of a bridge club reconcile payments."),
        (
            "user",
            "FPS payments this week: Mrs Lo 6251 4408 $420, Mr Raymond Tse 9902 7316 $210, Dr Anita Chong 5370 1842 $630. Which ones match the table fees?",
        ),
        (
            "assistant",
            "At $35 per session: Mrs Lo paid 12 sessions, Mr Tse 6 and Dr Chong 18. Only Mr Tse's amount matches his recorded attendance.",
        ),
        (
            "user",
            "Right, Mrs Lo only came 8 times, please draft a note telling her we'll keep the extra $140 as credit.",
        ),
    ],
    [
        (
            "user",
            "Can you draft a refund email to a parent? Her son Ryan Cheuk Hin Yip withdrew from the junior open because of a broken arm.",
        ),
        (
            "assistant",
            "Dear Mrs Yip, we're sorry to hear about Ryan's injury. We will refund the full entry fee of HK$350. Please confirm the account you would like the refund paid into.",
        ),
        (
            "user",
            "She replied: Bank of China (Hong Kong) 012-875-1-046392-4, account name YIP LAI KUEN. Add that to the email for the accounts team.",
        ),
    ],
    [
        (
            "user",
            "請幫我將呢段通知翻譯做英文：「高俊賢同學對雞蛋及花生嚴重過敏，比賽當日午餐請勿分食物畀佢，緊急時請用佢書包內嘅EpiPen並致電爸爸 6085 2741。」",
        ),
        (
            "assistant",
            "Ko Chun Yin is severely allergic to eggs and peanuts. Please do not share any food with him at lunch on tournament day. In an emergency, use the EpiPen in his school bag and call his father on 6085 2741.",
        ),
    ],
    [
        (
            "user",
            "我想投訴少年班個教練，佢叫陳偉強，好多家長話佢上堂成日睇手機，上星期仲同我個仔講「你咁樣落棋一世都唔會贏」。",
        ),
        (
            "assistant",
            "明白你嘅不滿。建議你書面寫低事發日期、時間同具體說話，交俾會所負責人，要求正式跟進。",
        ),
        (
            "user",
            "我個仔叫梁栢謙，喺星期六朝早10點班，你幫我寫封投訴信，用我名梁太（梁嘉敏）寄出。",
        ),
    ],
    [
        ("system", "You are helping a chess federation book hotels for visiting players."),
        (
            "user",
            "Please draft a booking request to the hotel for Ms Nguyen Thi Lan, Vietnamese passport C4827163, arriving 14 Feb on VN594, checking out 18 Feb.",
        ),
        (
            "assistant",
            "Dear Reservations Team, please reserve a single room for Ms Nguyen Thi Lan from 14 to 18 February (4 nights), arriving on flight VN594. Passport details will follow by secure email.",
        ),
        (
            "user",
            "Add that she's vegetarian and needs a ground-floor room because she uses a wheelchair.",
        ),
    ],
    [
        ("user", "幫我整理今晚橋牌部委員會會議紀錄重點。"),
        ("assistant", "好，請提供會議內容。"),
        (
            "user",
            "1. 會員溫志堅去年投資失利破產，申請豁免年費；2. 秘書龐玉蓮因乳癌化療請假半年，由副秘書暫代；3. 下季比賽照常。",
        ),
        (
            "assistant",
            "會議紀錄重點：一、委員會收到會員溫志堅因破產申請豁免年費，待財政研究；二、秘書龐玉蓮因病（化療）請假半年，職務由副秘書暫代；三、下季比賽如期進行。",
        ),
    ],
    [
        (
            "user",
            "hi, my son kai is in the u8 chess class at your wan chai centre, full name Kai Ramesh Pillai",
        ),
        ("assistant", "Hello! How can I help with Kai's class?"),
        (
            "user",
            "we're moving to 21/F, Flat A, Tower 2, The Belcher's, 89 Pok Fu Lam Road next month, please update his address and send the invoice to rameshpillai.hk@gmail.com",
        ),
    ],
]
