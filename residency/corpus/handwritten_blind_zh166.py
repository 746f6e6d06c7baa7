# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh166: Hong Kong scouts, uniformed groups and youth brigades (enrolment, camps, badges, parent consent, leader rosters). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh166
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "troop_notice"): _lines("""
        第118九龍旅幼童軍團通告：本團定於2025年3月15日（星期六）上午9時正於港鐵彩虹站C2出口集合，前往西貢進行日營，下午4時半原地解散。
        各位家長：因天文台已發出八號烈風或暴風信號，原定本週六之集會取消，補集會日期將另行通知。
        深資童軍團通告：「遠足技能章」考核將於4月6日在麥理浩徑第二段進行，參加者須於3月28日前向團長報名，名額20人。
        小童軍（Grasshopper Scouts）招募：對象為幼稚園高班至小學一年級兒童，逢星期六下午2:30至4:00集會，每期費用$380，額滿即止。
        本旅宿營費用為每人$650，包括三日兩夜膳食、營地費及保險，請於2月20日前以劃線支票繳交，抬頭請寫「香港童軍總會第二十七旅」。
        周年大會操暨頒獎典禮將於11月30日（星期日）下午假學校禮堂舉行，請各成員穿著整齊制服，並於1:45pm前報到。
        童軍物品供應社新貨通知：幼童軍新款制服恤衫（尺碼28至36）已經到貨，每件$165，門市營業時間為星期一至六上午10時至下午7時。
        惡劣天氣安排：如上午7時天文台懸掛紅色或黑色暴雨警告信號，當日活動即告取消；黃色暴雨警告則照常進行，家長可致電天文台「打電話問天氣」1878 200 查詢。
        女童軍新界東地域通告：本年度「傑出女童軍選舉」現接受提名，提名表格可於地域辦事處索取，截止日期為5月31日。
        香港基督少年軍第8分隊新學年招募隊員，對象為小三至中三學生，逢星期五晚上7時於教會副堂集會，9月6日晚上設家長簡介會。
        香港航空青年團暑期飛行模擬體驗營：日期7月22日至24日，費用全免，名額40個，以抽籤形式分配，結果將於7月5日以電郵通知。
        海事青年團划艇訓練將於赤柱進行，參加者必須持有200米游泳能力證明，請於下次集會時交予導師核實。
        醫療輔助隊少年團急救課程共6節，每節2小時，完成後須通過筆試及實習考核，合格者獲發證書。
        失物招領：上週六營地拾獲藍色水樽一個、綠色頸巾兩條及黑色風褸一件，請失主於集會時向值日領袖認領。
        本旅將於6月8日舉行家長開放日，屆時設有繩結示範、野外烹飪及營藝展覽，歡迎家長及兄弟姊妹參加。
        少年警訊會員招募：凡6至25歲香港居民均可免費入會，申請表可於各區警民關係組索取或於網上遞交。
        查詢請致電旅部辦事處 2712 3456（星期一至五上午9時至下午5時，公眾假期休息）。
        集合地點：伊利沙伯體育館正門（灣仔愛群道18號），請勿在路邊上落車，以免阻礙交通。
    """),
    ("zh-Hant", "form_template"): _lines("""
        家長／監護人同意書：本人＿＿＿＿（家長姓名）為＿＿＿＿（成員姓名）之家長，同意其參加＿＿年＿＿月＿＿日之宿營活動，並已細閱活動須知。
        緊急聯絡人：姓名＿＿＿＿＿　關係＿＿＿＿　手提電話＿＿＿＿＿＿＿＿（請以正楷填寫）
        入團申請表填寫須知：香港身份證號碼只須填寫英文字母及首三位數字，例如 A123xxx(x)，以保障個人私隱。
        收集個人資料聲明：閣下所提供之個人資料只會用於處理入團申請、保險及緊急聯絡用途，並會於成員退團後兩年內銷毀。
        健康申報表：成員是否患有以下疾病（請在適當方格內加 ✓）：□哮喘 □心臟病 □癲癇 □糖尿病 □食物敏感 □其他：＿＿＿＿
        所有領袖必須於委任前完成「性罪行定罪紀錄查核」，申請費用由本會支付，查核結果只由指定人員處理。
        營期規則：成員不得攜帶手提電話入營，如有緊急事情，家長可致電營地辦事處，由當值領袖轉告。
        保險說明：本會為所有已登記成員購買團體意外保險，最高醫療賠償為每宗事故$20,000，詳情請參閱保單條款。
        相片使用同意：□同意　□不同意　本會於活動期間拍攝之相片用於旅團刊物及社交媒體專頁（請剔選其一）
        通知範本：「親愛的{家長稱謂}：您好！{成員姓名}已成功考獲{徽章名稱}，頒授典禮將於{日期}舉行，敬請蒞臨。」
        退團申請：成員如欲退團，須由家長填寫退團表格並交回旅長，已繳交之年費恕不退還。
        水上活動安全守則：所有參加者必須穿著救生衣，不可單獨離隊，並須聽從持牌救生員指示。
    """),
    ("en", "badge_syllabus"): _lines("""
        Pathfinder Badge: the Scout must be able to guide a visitor from the meeting place to the nearest MTR station, hospital and police station, explaining the route in both Chinese and English.
        Campcraft Badge requirements: pitch a two-person tent unaided, tie a figure-of-eight knot and a clove hitch, and cook a simple meal on a gas stove for the patrol.
        Cub Scout outdoor section: complete a 3 km hike and identify five native trees in a country park, with a leader signing each item in the record book.
        Venture Scouts must log at least 40 hours of community service within 12 months before applying for the service award.
        The Chief Scout's Award assessment is held twice a year; candidates should submit their record book to the District Commissioner at least four weeks in advance.
        First Aid Badge (Stage 2): treat a sprained ankle using a triangular bandage, demonstrate the recovery position and explain when to call 999.
        Brownie Sixes are traditionally named after folklore creatures such as Elves, Gnomes, Pixies and Sprites.
        The Boys' Brigade Founder's Badge requires a completed project, a year of leadership service and an interview with the Battalion panel.
        Swimmer Badge: swim 200 m continuously using any stroke, tread water for two minutes and demonstrate a reaching rescue from the poolside.
        Map reading practice: locate grid reference 123 456 on the 1:20,000 Countryside Series sheet and work out the bearing to the summit.
        Progress chart for a patrol of eight: Membership, Standard, Advanced and Chief Scout's Award columns; tick each section as the leader signs it off.
        Kim's Game for Cubs: lay 20 small objects on a tray, let the Six look for one minute, cover the tray and ask each child to list as many as they can.
        Adventure Corps Bronze standard: complete a 15 km route march with full pack, pass a basic rope-work test and attend two weekend field exercises.
        Air Cadets must clock 10 simulator hours and pass the Principles of Flight written paper before moving up a rank.
    """),
    ("zh-Hant", "parent_group_chat"): _lines("""
        請問聽日集會要唔要帶手冊同頸巾圈？
        有冇家長知道今次宿營係咪要自備睡袋？定係營地有得借？
        黃雨仲有冇集會㗎？等緊旅部通知。
        各位家長，今個星期六集合時間改咗做8點正，地點唔變，唔該互相通知一聲。
        小朋友話要買新嘅童軍短褲，童軍中心門市仲有冇貨？
        想問下幼童軍幾多歲可以升童軍？我個仔讀緊小五。
        營費可以用轉數快俾旅部嗎？定係一定要交支票？
        提提大家：下星期集會前要交返簽咗名嘅同意書俾團長。
        有冇人有多餘嘅行山杖可以借？下個月遠足用。
        今日好熱，記得俾小朋友帶多支水同埋帽。
        頭先啲相已經上載咗去旅團共享相簿，家長可以自行下載。
        請問有冇人知營地旅遊巴幾點由旺角開？
        聽講今年大露營要抽籤，有冇家長知道點樣報名？
        多謝各位領袖今次安排，小朋友返到屋企瞓咗成日😂
    """),
    ("en", "admin_log"): _lines("""
        2025-03-15 08:42:17 INFO camp-booking: booking CB-2503-0471 confirmed for site B2, 3 nights, 32 participants, status=PAID
        [shop] order SO-20250218-00913 dispatched via SF Express, waybill SF1402387765921, 6 items, total HKD 1,245.00
        Receipt No. R2024-118203 issued for annual group registration fee, amount HK$2,400, payer: 27th Kowloon Group
        ticket #48213 closed: online badge catalogue returned 502 between 21:10 and 21:25; root cause upstream timeout
        insurance policy GPA/HKSA/2025/00871 renewed; coverage 01/04/2025 to 31/03/2026; insured headcount 1,532
        Jamboree contingent budget v3.2: airfare HK$8,900 x 36, registration fee USD 1,100 x 36, uniform kit HK$650 x 36
        export job 7f3c9a1e completed: 0 member records exported (dry run), sha256=3b9e0d41c7a25f8e6d0b1c94a7e2f3580c6d9b1a2e4f7c8d0a3b5e6f1c2d4a79
        Campsite water-quality report WQ-2025-07: E. coli count 12 cfu/100 mL, within guideline
        Purchase order PO-HKBB-2025-044 for 120 lanyards, unit price $8.50, supplier invoice INV-77120
        JOTA-JOTI 2025 registration summary: 14 groups, 211 youth members, 37 leaders, peak concurrent users 96
        SMS gateway batch 20250412-1: 342 sent, 339 delivered, 3 failed (invalid number format); template CAMP_REMINDER_V2
        Sync error E1042 at 2025-05-02T19:03:55+08:00: roster API rate limit exceeded, retry in 60s
        Asset register: tent TNT-4P-017 (4-person dome, bought 2019), status: pole broken, sent for repair
        Training case ref HKSA/CP/2025/019 (child-protection module): 4 sessions scheduled, 58 attendees, next session 14 June 2025
    """),
    ("mixed", "faq"): _lines("""
        Q: 小朋友未滿8歲可以入幼童軍嗎？ A: 一般要滿8歲，6至8歲可以先參加小童軍（Grasshopper Scouts）。
        點樣做童軍義工？可以喺網頁下載 volunteer application form，填妥後交返地域辦事處。
        Camp packing list：睡袋、地蓆、頭燈、雨褸、水樽、個人藥物、兩套替換衫、童軍手冊，唔好帶貴重物品。
        如果小朋友有 food allergy，應該喺健康申報表寫清楚，並親自同團長交代，營地廚房會盡量配合。
        How do I transfer my child to another Scout Group? 家長需填寫轉旅表格，由原旅及新旅旅長簽署後交地域總監批核。
        宿營期間可以探營嗎？ Generally no visits，如有特別原因可以預先聯絡領袖安排。
        童軍同女童軍有咩分別？兩者係獨立機構，女童軍屬 WAGGGS，童軍屬 WOSM。
        制服邊度買？Scout Shop 設於尖沙咀柯士甸道8號童軍中心，亦可以網上訂購，運費$30，滿$500免運。
        Uniform 著法：頸巾要用頸巾圈扣好，肩帶顏色代表支部，旅號布章按制服手冊指定位置縫上。
        年費幾多？Annual membership fee 由總會釐定，各旅可另收活動費，一般每年 $300 至 $800 不等。
        Can parents join as leaders? 可以，須年滿18歲，完成基本訓練課程及性罪行定罪紀錄查核。
        遇到欺凌點算？請即時通知旅長或聯絡總會保護兒童事務組，所有個案會保密處理。
    """),
    ("zh-Hant", "history_public"): _lines("""
        貝登堡爵士（Robert Baden-Powell）於1907年在英國白浪島舉辦首次實驗營，翌年出版《童軍警探》（Scouting for Boys）。
        貝登堡夫人（Olave Baden-Powell）曾任世界女童軍總領袖，一生致力推動女童軍運動。
        基督少年軍於1883年由史密夫爵士（Sir William Alexander Smith）在蘇格蘭格拉斯哥創立，是歷史最悠久的制服團隊之一。
        幼童軍領袖稱號「阿基拉」（Akela）源自吉卜齡《森林王子》中的狼群首領，「巴魯」與「巴希拉」亦常被借用。
        香港的童軍活動始於二十世紀初，戰後迅速發展，至今已成為本地規模最大的青少年制服團隊之一。
        2023年第25次世界童軍大露營在韓國新萬金舉行，期間因酷熱天氣引起國際關注。
        「準備」（Be Prepared）是童軍格言，常被指與創辦人姓名縮寫 B.P. 相呼應。
        世界童軍運動組織（WOSM）在吉隆坡及日內瓦設有辦事處，成員遍及逾170個國家及地區。
        小說《蒼蠅王》中的一群英國學童流落荒島後秩序崩潰，常被領袖訓練用作討論團隊紀律的反面教材。
        探險家貝爾·格里爾斯（Bear Grylls）於2009年出任英國童軍總領袖，是歷來最年輕的一位。
        貝登堡爵士晚年移居肯尼亞，1941年逝世後葬於尼耶利。
        本港不少中學均設有制服團隊，常見包括童軍、女童軍、紅十字會及基督少年軍。
    """),
    ("en", "config_code"): _lines("""
        ROSTER_EXPORT_FIELDS = ["section", "patrol", "rank", "badge_count", "last_attendance"]
        if member.age < 18 and not consent.signed: raise ConsentMissing(member.id)
        camp: {site: TMT-B2, nights: 3, max_participants: 40, leader_youth_ratio: "1:8"}
        SELECT section, COUNT(*) FROM members WHERE status = 'active' GROUP BY section ORDER BY 2 DESC;
        def mask_hkid(s): return s[:4] + "***(*)" if s else ""
        badge_catalogue_version = "2025.03.1"  # sync with syllabus revision 7
        0 7 * * 6 /opt/troop/bin/send_weather_alert --signal=T8 --dry-run
        {"event_id": "JAM-APR-2025", "fee_hkd": 6800, "deposit_hkd": 2000, "deadline": "2025-01-31"}
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        入團申請表｜成員姓名：陳嘉朗（CHAN KA LONG）｜性別：男｜出生日期：2014年6月17日｜香港身份證：Y587213(6)｜就讀學校：保良局陳守仁小學五年級｜家長：陳偉強｜聯絡電話：9123 4871
        健康申報：成員 黃子晴（第三隊）患哮喘，需隨身攜帶 Ventolin 吸入器，對花生嚴重過敏，已備 EpiPen 一支，家長黃太手機 6218 3097。
        團長你好，我係李卓謙媽媽，卓謙今朝發燒38.5度，今日集會請假，唔該晒。
        領袖名單（第二十七旅童軍團）：團長 梁志偉 9736 2418｜副團長 何詠欣 6452 0183｜助理團長 鄭家豪 5128 7734
        性罪行定罪紀錄查核申請：申請人 馮美玲，香港身份證號碼 K402918(6)，出生日期 1983-09-22，擬任職位：幼童軍助理團長。
        宿營家長同意書：本人 張國華 同意兒子 張浩然 參加3月15至17日西貢宿營，緊急聯絡電話 6897 1250，住址：將軍澳寶琳邨寶康樓1512室。
        意外報告：3月16日下午約3時，隊員蔡俊熙於營地斜坡滑倒，左手腕腫痛，由領袖送往將軍澳醫院急症室，X光顯示骨裂。
        紀律事件紀錄：深資童軍羅子軒於宿營期間凌晨2時私自離營，已即時通知家長，暫停參與其後兩次戶外活動。
        繳費紀錄：成員吳凱琳年費$450已於2025-02-03經轉數快繳付，付款人吳志明，恒生戶口 024-583917-001。
        轉旅申請：成員 歐陽樂怡（AU YEUNG LOK YI）由第118九龍旅轉往第五港島旅，原因：全家搬往鴨脷洲利東邨東昌樓。
        內地學生入團資料：姓名 林思源，居民身份證 440304201406171526，往來港澳通行證 C60418275，現就讀九龍塘一所國際學校四年級。
        世界大露營代表團名單：鄧嘉欣 TANG KA YAN，特區護照 K07215839，出生日期 2008-11-04，飲食要求：素食。
        徽章考核紀錄：何俊傑（鷹隊隊長）於2025年4月6日完成遠足技能章考核，成績合格，考官麥Sir。
        家長車輛登記（營地泊車）：車牌 RV 3628，車主 周麗芳（周子朗家長），聯絡電話 5631 2079。
        失物認領：陳樂晴家長陳太認領粉紅色水樽一個，已交還，簽收電話 9402 6615。
        保險索償：受傷成員 麥浩霖，香港身份證 R771054(1)，意外日期 2025-03-16，醫療費用$3,280，賠款存入 004-731205-838（麥文傑）。
        領袖聯絡表｜姓名：鍾詠詩｜職位：女童軍隊長｜電郵：wingsze.chung88@gmail.com｜WhatsApp：+852 6034 8812
        個案紀錄（保密）：幼童軍伍柏言父母正辦理離婚，近月情緒低落，集會時多次哭泣，已轉介學校社工跟進。
        緊急聯絡人更改：成員梁靖瑤之緊急聯絡人由母親改為外婆譚月娥，電話 2654 8817（住宅）/ 6188 3402。
        基督少年軍第8分隊3月7日點名｜缺席：袁卓希（病假）、鄭樂軒（無故缺席，第三次）、甘芷澄（隨家人去旅行）
        台灣交流團領隊資料：林佩君，身分證字號 A223541801，聯絡電話 0912-385-207，LINE ID：peichun_lin0817。
        營地膳食特別安排：蘇子晴－乳糖不耐症；馬浚軒－清真飲食；Arjun Kumar s/o Rajesh Kumar－素食（不吃蛋）。
        女童軍金帶章申請：申請人何曉彤，現讀聖保祿學校中四，累積義務工作62小時，由隊長推薦。
        旅團通訊錄節錄：李家朗媽媽 Winnie 9856 0732｜地址：沙田第一城38座21樓F室
        航空青年團入團體檢：學員區浩賢，視力左6/9、右6/12，需配戴眼鏡上課，色覺測試正常。
        民安隊少年團：學員李凱晴，身份證 Z630482(7)，報讀2025年夏季領袖訓練營，已繳費，收據編號 R-25-0771。
        家長資料補交：孫子豪爸爸 孫偉，微信號 sunwei_gz83，內地身份證 440106198309220477，平日喺廣州返工，週末先嚟香港接仔。
    """),
    "en": _lines("""
        Cub Scout enrolment | Name: WONG Tsz Ching Chloe | DOB: 12/03/2016 | HKID: V129357(5) | Parent: WONG Siu Fung (father) | Mobile: 9273 1864 | Email: sfwong.family@yahoo.com.hk
        Incident report 16 Mar: Scout Ethan Lau (Kingfisher Patrol) was stung by a bee near the flagpole, swelling on right forearm, antihistamine given; his mum collected him at 5:30pm.
        Leader roster | Akela: Ms Priya d/o Suresh Nair, 6712 4490 | Baloo: Mr Derek Tam, 9581 2307 | Bagheera: Ms Fiona Leung, 5409 8826
        Jamboree contingent: ROZARIO, Marcus Anthony | HKSAR passport K51730924, exp 2031-05-19 | T-shirt M | allergy: shellfish
        Camp fee payment: card 4543 1288 0172 0512 exp 09/27, cardholder CHEUNG MAN KIT, HK$650 for son Cheung Ho Yin (Cub Pack, 118th Kowloon).
        Note to leaders: Ryan Ho's parents ask that he not be photographed because of an ongoing custody dispute; keep him out of anything posted on the group's Instagram.
        Venture Scout Aaron Siu failed his expedition hike twice and is worried about being dropped; please give him extra mentoring before the June attempt.
        Sea Cadet application: FERNANDES, Joshua Miguel | HKID M045716(2) | Address: Flat 7C, Block 2, Pacific Palisades, 1 Braemar Hill Road, North Point | Swim test: passed 200 m
        BB 8th Company attendance: Nathan Yip absent four weeks in a row; his mother says he was in Queen Mary Hospital for appendicitis.
        Leader SCRC check | Applicant: CHENG Wai Ho Simon | HKID P398204(5) | application SCR-2025-03318 | result: no record
        From kelly.yip.mum@gmail.com: please take my daughter Megan Yip (3rd Company Guides) off the camp list, she's down with flu.
        Singapore exchange camp: Scout Darren Tan Wei Ming, NRIC T1258307E, father's mobile +65 9187 4203, arriving 22 Jul.
        Malaysian participant: Muhammad Irfan bin Zulkifli, MyKad 120814-10-5327, Kelana Jaya District, halal meals required.
        hey it's mandy (tsz yan's mum) - tsz yan can't come sat, sprained her ankle in PE. my new number is 6027 1593 btw
    """),
    "mixed": _lines("""
        @團長 張Jayden今日肚痛唔舒服，我哋唔嚟集會喇，有咩 WhatsApp 我 6591 0274 — Jayden媽媽
        Camp roster 鷹隊：PL 陳樂軒 Lok Hin (96827314)，APL 吳芷欣，隊員 林子朗、Chan Tsz Yau、Mohammed Ali Khan
        唔該幫我俾 $650 營費，張卡係 5521 9034 7716 2840，持卡人 LAI SUK YEE，有問題 WhatsApp 9034 6617。
        Badge record update: 徐展鵬 Tsui Chin Pang 完成 First Aid (Stage 2) 同 Swimmer，下一步申請 Chief Scout's Award，住天水圍天恒邨恒樂樓。
        IG 見到 @hoiyan.scoutlife 公開咗營地相，入面影到佢個妹林曉晴嘅校服同學校名，麻煩叫佢刪咗。
        Transfer slip: 付款人 Kwok Wing Sze 郭穎詩，HSBC 004-482160-292，for daughter 郭心悠 Guide camp fee $580。
        今晚營地 leader on duty 係 Mr Ng Chun Kit，有急事打佢 6173 5580，唔好打營地 office。
        回鄉證 H60318257 / 姓名 YEUNG KIN MAN 楊健文 / 深圳交流團 4月18至20日 / 家長已簽名
        Leader Telegram group 新加入：@kwanyu_leader（關宇軒，ASM 27th KLN），Telegram 電話 +85255127093
        家訪紀錄：Guide 陳凱瑩 Kaye Chan 同嫲嫲住秀茂坪寶達邨達富樓2215室，家庭經濟困難，已申請童軍 bursary。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are an assistant that helps Hong Kong scout leaders with paperwork."),
        (
            "user",
            "幫我寫封信俾家長，話佢個仔何梓軒喺營地跌親，額頭要縫三針，家長係何太，電話 9617 2830。",
        ),
        (
            "assistant",
            "好的，以下係草稿：「何太您好：梓軒今日下午喺營地活動時跌倒，額頭傷口已於醫院縫了三針，現情況穩定……」",
        ),
        ("user", "加埋佢身份證號碼 G816530(A) 落去，保險公司要。"),
    ],
    [
        (
            "user",
            "Can you turn this into a table? Leung Ka Ho, 6th Kowloon, DOB 2013-03-08, mobile 9752 0418; Anika Sharma d/o Vikram Sharma, DOB 2012-11-21, mobile 6290 3315",
        ),
        (
            "assistant",
            "| Name | Group | DOB | Mobile | / | Leung Ka Ho | 6th Kowloon | 2013-03-08 | 9752 0418 | / | Anika Sharma d/o Vikram Sharma | 6th Kowloon | 2012-11-21 | 6290 3315 |",
        ),
        ("user", "Add a column for allergies: Ka Ho has none, Anika is allergic to penicillin."),
    ],
    [
        ("user", "我女兒鄭穎心今年10歲，有自閉症，想參加女童軍，點樣同隊長講好？"),
        (
            "assistant",
            "可以先約隊長單獨傾，講清楚穎心嘅需要同平時有效嘅溝通方法，亦可以問下隊伍有冇融合支援。",
        ),
        ("user", "佢讀聖公會基恩小學四年級，學校社工姓羅，我可唔可以叫社工一齊出席？"),
    ],
    [
        (
            "user",
            "我哋由深圳搬嚟香港，囡囡王梓涵嘅居民身份證係 350203201303082260，想報童軍，要準備咩文件？",
        ),
        (
            "assistant",
            "一般要出生證明或身份證明文件副本、家長同意書及健康申報表，具體以所屬旅團要求為準。",
        ),
        (
            "user",
            "佢而家用單程證過嚟，香港身份證仲未攞到，可唔可以用住址證明先？我哋住大埔廣福邨廣仁樓。",
        ),
    ],
    [
        (
            "user",
            "Draft an apology email to Mr Karthik Raj a/l Subramaniam. His son Vikram was left behind at Sai Kung bus terminus after Saturday's hike for 40 minutes.",
        ),
        (
            "assistant",
            "Dear Mr Karthik Raj, we sincerely apologise that Vikram was not accounted for at the end of Saturday's hike...",
        ),
        ("user", "Send it to karthik.raj.hk@outlook.com and cc the Group Scout Leader."),
    ],
    [
        (
            "user",
            "幫我整理今個月營地領袖當值表：週六 陳啟德 5218 6630，週日 林慧敏 9380 4471，下週六 Tommy Kwan 6645 2198。",
        ),
        (
            "assistant",
            "| 日期 | 當值領袖 | 電話 | / | 週六 | 陳啟德 | 5218 6630 | / | 週日 | 林慧敏 | 9380 4471 | / | 下週六 | Tommy Kwan | 6645 2198 |",
        ),
        ("user", "林慧敏下週做完手術要休息，將佢嗰更轉俾 Tommy。"),
    ],
    [
        ("user", "Is this HKID typed correctly for the jamboree form? SO Hiu Tung, S274609(5)"),
        (
            "assistant",
            "The check digit is consistent with the format, so it looks correctly typed. Please still compare it against the physical card.",
        ),
        (
            "user",
            "Great. Her passport is K38120457, expiry 2029-08-30, and she needs a ground-floor bunk because of a knee injury.",
        ),
    ],
    [
        ("user", "我個仔區卓謙喺童軍營俾人蝦，佢話有兩個大哥哥撞佢落水，之後仲搶咗佢部手機。"),
        (
            "assistant",
            "好抱歉聽到咁嘅事。建議你先記低時間地點同經過，然後以書面通知旅長同地域總監，要求正式調查。",
        ),
        (
            "user",
            "旅長係第二十七旅嘅梁Sir，我打過佢都冇人聽，我手機係 6390 8421，你幫我寫封投訴信。",
        ),
    ],
    [
        (
            "user",
            "My son Ryan Lim Jun Hao is joining the Hong Kong exchange camp next month, his FIN is G5031842M. Is travel insurance included?",
        ),
        (
            "assistant",
            "Usually the host group's insurance only covers activities in Hong Kong; please check with the contingent leader and consider buying separate travel cover.",
        ),
        (
            "user",
            "Also he has G6PD deficiency, so the camp kitchen must avoid fava beans. My email is lim.household.sg@gmail.com.",
        ),
    ],
    [
        (
            "user",
            "Please fill in the jamboree payment form for me: parent CHOW Mei Ki, JCB card 3568 1204 5533 9014 exp 11/26, HK$6,800, child Chow Tsz Hin, 118th Kowloon.",
        ),
        (
            "assistant",
            "I can't process payments, but here is the form text filled in so you can copy it: Parent: CHOW Mei Ki; Child: Chow Tsz Hin; Amount: HK$6,800; Card: 3568 1204 5533 9014, expiry 11/26.",
        ),
        (
            "user",
            "Thanks. Also put our home address: Flat 12B, Tower 3, Metro Town, Tiu Keng Leng.",
        ),
    ],
]
