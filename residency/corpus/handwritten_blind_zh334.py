# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh334: 繁體中文（台灣）教會與堂會行政（會友名冊、受洗登記、奉獻收據、探訪紀錄、代禱事項、LINE群）. All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh334
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "週報公告"): _lines("""
        【主日崇拜】本主日上午9:30第一堂、11:00第二堂，地點為本堂三樓大堂；證道經文：路加福音15章11-32節「浪子的比喻」，請弟兄姊妹提早十分鐘入座預備心。
        【聖餐主日】12月第一主日舉行聖餐，未受洗之慕道朋友請在座位上安靜默禱，餅杯由執事會預備；需要無麩質餅者請於入口處向招待組索取。
        【受洗班開課】2027年春季受洗班於1月10日（主日）下午1:30在B1副堂開課，共八週，教材採用《新生命的起步》第三版，報名表請至服務台領取或掃描週報QR Code填寫。
        【聖誕節程序】12/24（四）晚上7:30平安夜燭光崇拜，12/25（五）上午10:00聖誕感恩禮拜暨洗禮，詩班獻唱韓德爾《彌賽亞》選曲〈哈利路亞大合唱〉，歡迎邀請親友參加。
        【停車提醒】教會地下停車場僅供行動不便者及載送長輩之車輛使用，其餘車輛請停放於南昌路二段公有停車場，或搭乘捷運至中正紀念堂站2號出口步行約6分鐘。
        【代禱事項】為本年度宣教奉獻目標新台幣1,200,000元禱告，目前累計已達68%；請繼續記念本會在泰北清邁支持之華文學校、學生宿舍及當地同工團隊的需要。
        【上週聚會人數】主日崇拜第一堂212人、第二堂347人、兒童主日學96人、青年崇拜58人；上週經常費奉獻NT$486,300、建堂奉獻NT$120,000、宣教奉獻NT$35,500。
        【詩歌】本主日使用《聖詩》第15首〈聖哉，聖哉，聖哉〉、第311首，以及讚美之泉詩歌〈耶和華祝福滿滿〉，投影片檔已上傳至媒體組雲端資料夾「2026-12-06」。
        【以斯帖姊妹會】本月姊妹聚會12/15（二）上午10:00於二樓202教室，主題「從路得記看忠誠與恩典」，備有托兒服務，請預先向辦公室登記托兒人數以便安排同工。
        【提摩太門徒訓練】第12期提摩太門訓班結業禮訂於12/20主日下午3:00舉行，結業學員請穿著白色上衣，合照地點在一樓馬偕博士紀念浮雕前，請準時集合。
        【教會辦公室】週二至週六上午9:00-12:00、下午1:30-5:30開放，電話(02)2391-5827、傳真(02)2391-5830、Email：office@gracechurch-taipei.org.tw，週一為同工休息日。
        【新春團拜】2027年2月7日（主日）崇拜後舉行新春感恩團拜，每位出席者可領取紅包袋一份（內附經文卡），長青團契將準備桂圓紅豆湯圓約400份，歡迎全家一同參加。
        【成人主日學】本季成人主日學研讀C.S.路易斯《返璞歸真》（Mere Christianity）中譯本，每主日上午9:00於301教室進行，書籍可在服務台以NT$280購買，數量有限。
    """),
    ("zh-Hant", "奉獻收據與財務"): _lines("""
        奉獻收據抬頭：財團法人台灣基督長老教會恩光教會，統一編號：76541238，立案字號：北市民宗字第1120012345號；本收據可作為綜合所得稅列舉扣除之憑證，請妥善保存。
        郵政劃撥帳號：19876543，戶名：財團法人基督教恩典浸信會；請於劃撥單通訊欄註明奉獻項目（經常、感恩、宣教、建堂、愛心），以利會計同工分類入帳。
        銀行轉帳：彰化銀行中山北路分行（代碼009）帳號5081-01-234567-00，戶名「財團法人台北市基督教活水靈糧堂」，轉帳完成後請來信 finance@livingwater-bol.org.tw 告知奉獻項目。
        收據編號規則：民國年度＋類別碼＋流水號，例如113-G-004817為113年經常奉獻第4817張、113-M-000392為宣教奉獻；作廢收據須加蓋「作廢」章並保留存根聯備查。
        進項發票：好時光印刷有限公司（統一編號53948216），品名：週報A4雙面彩印600份×4週，單價NT$3.5，小計NT$8,400，營業稅5% NT$420，總計NT$8,820，發票號碼QX48271936。
        2026年度奉獻總額統計：經常奉獻NT$18,427,560，宣教奉獻NT$2,315,000，建堂奉獻NT$4,880,200，愛心基金NT$642,900，較去年成長6.2%，詳細報表將於會員大會提出。
        年度奉獻收據寄發說明：綜合所得稅申報期間為每年5月，本會將於2月底前寄出年度彙總收據；需要電子收據者請於奉獻登記表勾選「電子寄送」，系統將以PDF寄出。
        愛心基金動支辦法第5條：單筆急難救助金額上限NT$30,000，須經主任牧師及兩位長老簽核；超過上限者提交長執會審議，會議紀錄中以案件編號代替申請人資料。
        詩袍採購單PO-2026-1187，供應商「聖恩禮服工坊」，酒紅色詩袍M×18、L×14、XL×6，單價NT$1,650，胸前繡「讚美」字樣，預計交期2027/01/15，訂金已付三成。
        零用金報銷：11/30購買聖誕樹燈串NT$1,280（特力屋內湖店，發票TK73920481）；聖餐用Welch's葡萄汁1.89L×6共NT$1,494（Costco中和店）；合計NT$2,774，請會計於12/5前撥還。
        教會帳戶對帳：12月份中國信託活存帳戶期初餘額NT$3,215,447，存入NT$1,204,680，支出NT$987,215（含同工薪資轉帳批次BAT-202612-01），期末餘額NT$3,432,912。
        香港分堂奉獻方法：轉數快FPS識別碼1675420（機構賬戶），或支票抬頭「基督教恩光堂有限公司」，公司註冊編號0782314，慈善機構檔案編號91/15432（根據《稅務條例》第88條）。
        奉獻收據補發申請：請填寫「收據補發申請表」（表單編號F-07，版本v3.2）並附上轉帳明細截圖；手續費全免，作業時間約7個工作天，查詢專線(02)2708-3316分機205。
    """),
    ("zh-Hant", "LINE群同工訊息"): _lines("""
        [19:42] 音控組：今天第二堂無線麥克風2號又斷訊，我已經換新的AA電池，接收器頻道也改成CH-07了，下週請各位講員先試音再上台，感謝配合🙏
        [20:05] 總務：B1副堂冷氣維修，廠商報價NT$6,800（含冷媒補充），明天上午10點到場，有人明早可以幫忙開門嗎？鑰匙在辦公室掛鉤第3格。
        週報組：本週週報PDF已上傳記事本，第2頁代禱事項我已經把個人姓名全部改成「某肢體」，請各小組長轉貼到小組群之前再確認一次，謝謝大家🙏
        兒主老師群：12/20聖誕話劇彩排改到下午2點，道具組需要的「馬槽」「牧羊人杖」「伯利恆之星」都已經放在301教室櫃子裡，用完請放回原位。
        招待組：提醒明天是聖餐主日，招待同工請8:50前到齊，餅杯托盤共12組，用後請送回廚房水槽，不要放在講台旁邊，週報記得摺好放在入口桌上。
        媒體組：YouTube直播串流金鑰已更新，OBS場景請選「主日_1080p」，位元率設6000kbps，直播連結會在9:20自動公開，字幕檔由投影同工當天上傳。
        長青團契同工：下週三郊遊改去陽明山竹子湖，遊覽車已訂40人座一台，費用每人NT$350含午餐便當，早上8:00在教會正門集合，雨天改為室內詩歌聚會。
        總務：二樓影印機（Ricoh MP C3004）一直跳卡紙錯誤碼SC542，已經報修，維修單號RC-20261203-077，修好前請先用一樓辦公室那台黑白機。
        詩班：本週練唱曲目改成〈平安夜〉四部與〈聽啊天使高聲唱〉（孟德爾頌曲），樂譜已放在雲端資料夾「2026聖誕」，請各聲部自行列印並標好呼吸記號。
        小組長群：2027上半年小組教材確定使用華理克牧師的《標竿人生》40天，每組訂購本數請於12/15前填在共編表單，單價NT$300，書款由小組經費支付。
        財務同工：本週奉獻袋已點算完畢，兩位同工複點簽名無誤，現金NT$127,450已存入教會帳戶，存款單號0019-82736，明細已放財務資料夾。
        總務：明天上午7點到下午3點自來水公司停水檢修（大安區部分路段），廚房請今晚先儲水，廁所備用水桶放在B1樓梯間，愛宴改成外訂便當。
        宣教組：泰北短宣隊機票已開票，長榮BR257台北→曼谷2027/01/26 08:50起飛，集合時間06:00桃園機場第二航廈長榮櫃檯前，行前會12/27下午舉行。
    """),
    ("zh-Hans", "教会历史与人物"): _lines("""
        1865年，英国传教士戴德生（James Hudson Taylor）创立中华内地会，主张宣教士穿中式服装、深入内陆省份，到1895年该会在华宣教士已超过六百人。
        马偕博士（George Leslie Mackay）于1872年3月9日在淡水登陆，此后在北台湾设立偕医馆与牛津学堂，今日淡水真理大学校园内仍保存其故居与墓园。
        宋尚节博士1901年生于福建莆田，1926年获美国俄亥俄州立大学化学博士学位后回国，1930年代在华南及南洋各地举行布道会，足迹遍及新加坡与马来亚。
        上海沐恩堂前身为1887年美国监理会建立的慕尔堂（Moore Memorial Church），现址位于西藏中路316号，为上海市优秀历史建筑，每主日仍有多堂礼拜。
        新加坡圣安德烈座堂（St Andrew's Cathedral）位于圣安德烈路11号，现有建筑于1861年落成，1973年被列为国家古迹，是当地历史最悠久的圣公会座堂。
        马六甲基督堂（Christ Church Melaka）于1753年完工，由荷兰人为纪念占领马六甲百年而兴建，红色外墙与荷兰红屋广场相连，至今仍定期举行主日崇拜。
        马礼逊（Robert Morrison）1807年抵达广州，是第一位来华的基督新教传教士，与米怜合译首部中文圣经全译本《神天圣书》，其墓现位于澳门基督教坟场。
        倪柝声1903年生于汕头，创办“地方教会”运动，著有《属灵人》《正常的基督徒生活》等书，1952年在上海被捕，1972年病逝于安徽的劳改农场。
        《荒漠甘泉》（Streams in the Desert）由考门夫人（Lettie B. Cowman）编著，1925年首次出版，按日编排灵修短文，中文译本在华人教会中流传近百年。
        香港圣约翰座堂（St John's Cathedral）位于中环花园道4-8号，1849年建成，是远东现存最古老的圣公会教堂建筑之一，现已被列为香港法定古迹。
        马雅各医生（James Laidlaw Maxwell）1865年在台南府城看西街开始医疗传道，被视为台湾基督长老教会宣教的起点，教会每年6月16日纪念设教日。
        1949年后多个宗派随国民政府迁台，信义会、浸信会、循理会等在台北、台中相继建堂，1950至1960年代常被史家称为台湾教会的快速增长期。
        赞美诗《奇异恩典》（Amazing Grace）作者约翰·牛顿（John Newton）早年从事奴隶贸易，此诗1779年收录于《奥尔尼诗集》，现被各宗派诗本广泛收录。
    """),
    ("en", "church_admin_config_logs"): _lines("""
        ChMS export header: member_id,household_id,given_name,family_name,baptism_date,home_congregation,cell_group_code,consent_directory,last_updated_utc
        config.yaml -> giving.receipt_prefix: "RCPT-{roc_year}-{fund}"; giving.funds: [GEN, MIS, BLD, BEN]; smtp.from: "no-reply@grace-ebc.org.tw"; smtp.port: 587; tz: Asia/Taipei
        2026-12-06T09:31:17+08:00 INFO checkin.kiosk[KIOSK-02] session=svc_0930 printed_labels=143 failed=0 printer=ZebraZD421 firmware=V84.20.21Z
        2026-12-06T11:02:44+08:00 WARN stream.obs bitrate_drop from=6000kbps to=2100kbps ingest=rtmp://a.rtmp.youtube.com/live2 reconnect_attempt=1
        SELECT fund_code, SUM(amount_twd) AS total FROM offerings WHERE service_date BETWEEN '2026-11-01' AND '2026-11-30' GROUP BY fund_code ORDER BY total DESC;
        def mask_name(s: str) -> str: return s[:1] + "○" * (len(s) - 1) if s else s  # applied to every prayer-list entry before it is pushed to the LINE staff group
        Receipt PDF template v2.3.1: page A5 portrait, font "Noto Serif TC", logo assets/logo_gracechurch.svg, footer text "本收據依所得稅法第17條規定得列舉扣除"
        Cron: 0 6 * * 1 /opt/chms/bin/weekly_digest --dry-run=false --channel=line-staff --template=tmpl_digest_v4 >> /var/log/chms/digest.log 2>&1
        LINE Messaging API webhook: POST https://api.gracechurch.tw/line/webhook returned 200 in 84ms, event_type=follow, channel_id=1657283940, replyToken=[redacted]
        Release notes ChMS 4.8.0: added FPS (HK) and PayNow (SG) giving channels; fixed duplicate receipt numbers when two cashiers close a batch in the same second (issue #2214).
        Stripe payout po_1QxT7kL2mN9vB3 of TWD 84,250.00 settled to the church operating account on 2026-12-04; 37 card gifts, processing fees TWD 2,443.25.
        Backup chms-db-nightly completed: size=2.7GB sha256=a6c271ad3c7896ef058f25501775cb5b9f7cf975d5c891d1f07b58563621d066 duration=00:04:12 target=s3://gc-backup-tpe/2026/12/
        Sunday attendance dashboard: svc_0930 adults 212, svc_1100 adults 347, kids 96, youth 58, online peak concurrent 1,184 viewers, average watch time 41m.
    """),
    ("mixed", "事工FAQ"): _lines("""
        Q：受洗需要什麼條件？A：需完成受洗班8堂課（Baptism Class），並與牧者面談一次；嬰孩洗禮（infant baptism）依本會信條，限父母至少一方為本會會友者申請。
        Q: 奉獻可以用LINE Pay嗎？A: 目前支援LINE Pay、街口支付與信用卡線上奉獻，收據會在次月10號前email寄出；公司行號奉獻請提供統一編號以便開立收據。
        Q: Can I get a tax-deductible receipt in Singapore? A: Yes, our SG congregation is an IPC; gifts via PayNow to UEN T09SS0187J are reported to IRAS when the giving form is complete.
        Q：探訪可以預約嗎？A：可以，請透過官網「關懷需要表單」或致電關懷部專線(02)2391-5827分機301（週一休息）；醫院探訪請先確認院方visiting hours。
        Q: 小組（cell group）怎麼分？A: 依地區分為大安、信義、中永和、新店、線上五區，每區2–4個小組；新朋友可先參加Alpha啟發課程（Alpha Course）再選擇適合的小組。
        Q: 代禱事項會公開嗎？A: 不會。代禱卡只由關懷同工閱讀，若要刊登於週報，會先經當事人同意並以「某弟兄」「某姊妹」代稱，符合《個人資料保護法》規定。
        Q: Wedding at church需要什麼？A: 至少一方為本會會友滿一年，需完成婚前輔導（pre-marital counselling）6次，場地費NT$8,000、音控NT$2,000，詩班獻詩另議。
        Q: 兒童主日學check-in要怎麼做？A: 首次請在一樓kiosk建立家庭QR code，之後每週掃碼即可列印名牌貼紙；接孩子時需出示貼紙下半聯（pickup tag）核對。
        Q: 安息禮拜（memorial service）可以在教會舉行嗎？A: 可以，大堂可容納500人、小禮拜堂120人，需至少5天前向辦公室預約，場地清潔費NT$3,000。
        Q: Is there an English service? A: Yes, International Service每主日下午2:00在B1 Fellowship Hall舉行，現場有Mandarin同步口譯耳機30副可借用。
        Q: 線上奉獻失敗怎麼辦？A: 請截圖錯誤代碼（例如E1023銀行授權逾時）寄到giving@gracechurch.tw，我們會在3個工作天內回覆，請勿重複扣款。
        Q: Malaysia的弟兄姊妹怎麼奉獻？A: 可轉帳至吉隆坡姐妹堂Maybank帳戶5141-2233-8876（戶名Gereja Kasih Karunia Kuala Lumpur），註冊號PPM-012-14-15032000。
        Q：會友資料多久更新一次？A：每年1月做一次annual update，請於App內「我的資料」頁確認；若不希望出現在會友通訊錄（member directory），可勾選opt-out。
    """),
    ("ms", "notis_gereja"): _lines("""
        Notis: Kebaktian Bahasa Malaysia diadakan setiap Ahad jam 8.00 pagi di Dewan Utama, diikuti Kebaktian Mandarin jam 10.00 pagi dan Kebaktian Inggeris jam 11.45 pagi.
        Pendaftaran kelas baptisan bagi Januari 2027 kini dibuka; kelas berlangsung 6 minggu setiap Sabtu jam 3.00 petang di Bilik 2A. Sila hubungi pejabat gereja di 03-7956 2210.
        Persembahan boleh dibuat melalui DuitNow QR atau pindahan ke akaun Public Bank 3198-7765-02 atas nama Majlis Gereja Anugerah Petaling Jaya; resit dikeluarkan dalam 14 hari bekerja.
        Jadual Krismas: Kebaktian Malam Krismas 24/12 jam 8.00 malam (BM dan Mandarin), Perayaan Hari Krismas 25/12 jam 10.00 pagi, diikuti jamuan tengah hari di dewan serbaguna.
        Kumpulan doa wanita Dorkas bermesyuarat setiap Selasa pertama bulan jam 10.00 pagi di Bilik 3B; tema bulan ini ialah "Kasih dan Kesetiaan dalam Kitab Rut".
        Peringatan: Kawasan parkir gereja ditutup pada 13/12 untuk kerja menurap jalan; sila letak kenderaan di tempat letak kereta awam Majlis Bandaraya Petaling Jaya berhampiran.
        Laporan kewangan November 2026: persembahan am RM 48,215.60, dana misi RM 6,300.00, dana bangunan RM 12,750.00; perbelanjaan utiliti RM 3,118.45 (TNB dan Air Selangor).
        Kem belia "Yosua Generation" 2026 di Cameron Highlands, 18-21 Disember, yuran RM 280 seorang termasuk penginapan dan makan; bas bertolak dari perkarangan gereja jam 7.00 pagi.
        Lawatan pastoral ke hospital diatur oleh Jabatan Penjagaan; permohonan melalui borang dalam talian atau WhatsApp pejabat di 012-388 4105 (9 pagi hingga 5 petang, Isnin tutup).
        Sejarah: Christ Church Melaka siap dibina pada tahun 1753 dan dianggap bangunan gereja Protestan tertua yang masih digunakan untuk ibadah di Malaysia.
        Buku lagu baharu "Lagu Pujian Jemaat" edisi 2025 telah tiba; harga RM 35 senaskhah dan boleh dibeli di kaunter buku selepas kebaktian. Stok terhad kepada 120 naskhah.
        Mesyuarat Agung Tahunan ahli gereja akan diadakan pada 17 Januari 2027 jam 2.00 petang; korum ialah satu pertiga daripada ahli berdaftar seperti dalam Perlembagaan Gereja Fasal 9.
        Pejabat gereja: Tingkat 2, Wisma Anugerah, No. 27 Jalan 14/20, Seksyen 14, 46100 Petaling Jaya. E-mel pejabat@anugerahpj.org.my, faks 03-7956 2211, Selasa hingga Sabtu.
    """),
    ("zh-Hant", "教會章程與規範"): _lines("""
        本會章程第三條：凡受洗或轉籍加入本會，並經長執會審核通過者，為本會會友；連續一年以上未參加聚會且無正當理由者，得經長執會決議列為「未活動會友」。
        第十二條 長老、執事選舉：由會員大會以無記名投票方式選出，長老任期三年、執事任期二年，得連選連任一次；候選人名單須於投票日前四週在週報公告。
        第十八條 會友個人資料之蒐集、處理及利用，應遵守《個人資料保護法》，除牧養關懷目的外不得提供第三人；會友通訊錄印製前須取得本人書面同意。
        探訪紀錄保存規範：紀錄表僅記載日期、探訪類別（住院、居家、喪慰、新朋友）、同行同工人數及後續追蹤建議，紙本保存五年後以碎紙機銷毀。
        洗禮證書格式：A4橫式，抬頭「洗禮證書 Certificate of Baptism」，內文引用《馬太福音》28章19節，下方保留主禮牧師簽名欄與教會印信位置，證書依年度流水編號。
        會堂使用辦法：外部團體借用場地須於30日前申請，大堂每時段（4小時）NT$12,000、副堂NT$4,500，另繳保證金NT$10,000，活動後經總務檢查無損壞即無息退還。
        兒童保護政策：所有兒童事工同工須年滿18歲、參加本會聚會至少六個月，並完成兒少保護訓練課程（每兩年複訓一次）；教室內不得僅有一位成人與單一兒童獨處。
        奉獻管理辦法第7條：主日奉獻須由兩位以上無親屬關係之同工共同點算，填寫點算單一式三聯，白聯交會計、黃聯存財務部、紅聯由奉獻箱管理員保存。
        受洗登記簿填寫須知：姓名欄請以正楷填寫，出生日期一律採西元年，身分證字號欄僅供教會內部建檔使用，不得拍照、影印或傳送至任何LINE群組。
        財團法人登記事項：法人名稱「財團法人台北市基督教恩光教會」，設立登記日期民國78年4月21日，登記財產總額新台幣2,500萬元，主事務所設於台北市中正區羅斯福路二段98號。
        教會LINE官方帳號使用規範：官方帳號@gracechurch_tpe僅發布聚會公告、代禱週報及緊急通知，不得張貼個別會友病況、經濟狀況或家庭事務，違者由行政同工下架。
        宣教士支持辦法：本會支持之長期宣教士每月生活費補助以NT$35,000為上限，另補助每年返國機票一次；宣教士須每季提交事工報告予宣教委員會審閱。
        喪禮協助辦法：會友或其直系親屬過世，教會可協助安排追思禮拜、詩班獻詩與場地，場地費全免；奠儀由關懷基金支出新台幣3,600元，並致贈花圈一對。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        會友名冊匯出：編號M-0417，姓名：廖怡君，性別：女，生日1984/03/22，手機0928-613-457，住址：新北市板橋區文化路一段188巷12號5樓，所屬小組：板橋二區。
        受洗登記：受洗人蔡承翰，身分證字號F127394605，出生1996年7月4日，受洗日期2026年12月25日，見證人：小組長郭佩珊，證書編號2026-B-031。
        代禱事項：請為林美惠姊妹代禱，她上週確診乳癌第二期，12/10要在台大醫院開刀，先生目前失業中，家裡兩個孩子還在念國中。
        探訪紀錄2026/11/28：探訪黃國棟弟兄（三重），中風後右側無力，目前由外籍看護照顧；太太提到兒子欠卡債約80萬，全家情緒低落，建議下週再訪。
        奉獻收據113-G-005122，捐贈人：謝宗霖，身分證字號E124682054，地址：台南市東區崇學路77巷9號，感恩奉獻金額NT$60,000，請於2月底前寄出。
        @阿哲 你上次說要跟老婆離婚的事，小組長已經跟牧師講了，牧師想約你這週四晚上在教會談一談，不要太難過，我們都在為你禱告🙏
        林太上週又來教會借錢，說房租欠了三個月，已經從愛心基金撥了NT$15,000給她，但她先生好像還在賭，請同工不要再私下借錢給她。
        0937-284-615 這是上週新朋友留的手機，她說晚上9點以後才方便接，請關懷組幫忙打電話邀她來週五的姊妹小組。
        我剛轉了十一奉獻NT$8,500，轉出帳號是國泰世華013的0745-5021-8836，麻煩財務同工幫我對一下，收據寄到tsaiyuling0822@gmail.com，謝謝！
        新朋友登記卡：姓名許雅婷，Email：yating.hsu.1993@yahoo.com.tw，LINE ID：yating_0315，住址：台中市西屯區福科路366號7樓之2，希望被探訪：是。
        阿明哥這個月住進榮總精神科病房，他太太不希望大家去探望，只想請小組為他的憂鬱症代禱，消息請不要外傳。
        本季茶點輪值：陳立偉0955-127-903、吳佳蓉0910-442-871、張志豪0983-615-220，以上三位請互相聯絡，有事無法服事請自行找人代班。
        婚前輔導紀錄：男方周信宏（32歲，工程師，年薪約NT$1,200,000），女方劉欣怡（29歲，護理師），女方已懷孕約10週，希望明年2月前完成婚禮。
        長青團契名單：王秀英阿嬤，住桃園市中壢區中央西路二段45巷3號，每月固定奉獻NT$2,000，聽力不好，請打家裡電話03-425-7718，不要打手機。
        請為邱建志弟兄代禱，他上週因酒駕被警察逮捕，目前交保候傳，公司也把他停職了，他太太和父母都很擔心。
        車牌BFK-6237的白色休旅車每主日都停在身障車位，查過是鄭文傑弟兄的車，請招待組私下提醒他，不要在群組公開講。
        喪慰探訪：曾淑芬姊妹的母親於12/2在嘉義過世，告別式12/12上午9點在嘉義市立殯儀館景福廳，姊妹希望詩班能去唱〈奇異恩典〉。
        會友資料異動：顏嘉慧，原住址高雄市三民區建工路415巷6號，改為高雄市鼓山區美術東二路120號9樓之3，手機更新為0966-208-731。
        聖誕禮物認領卡：小宇（8歲，父親服刑中，母親在工廠上夜班），想要的禮物：樂高積木，聯絡人：阿嬤0919-557-302。
        請問可以開公司名義的奉獻收據嗎？其實是我個人奉獻的，我叫羅正翔，身分證N125830168，公司是我老婆開的那間。
        11月薪資單：傳道同工簡靜宜，本薪NT$42,000、交通津貼NT$2,000、勞健保自付額NT$2,316，實發NT$41,684，轉入郵局帳號0001234-0567891。
        今天去看了阿珍姊，她洗腎已經三年，一週三次在林口長庚，最近血壓很不穩，兒子在大陸工作很少回來，她說想在聖誕節受洗。
    """),
    "zh-Hans": _lines("""
        会友登记表（上海聚会点）：姓名王建军，身份证号310110198507123411，手机138 1652 9047，住址上海市杨浦区国定路335弄12号601室。
        请为刘芳姊妹祷告，她在深圳打工，上个月被公司裁员，房贷每月还要还6800元，丈夫又住院做心脏支架手术。
        奉献转账记录：张伟明通过微信转账¥1,000，备注“十一奉献”，微信号zwm_shenzhen88，收据请寄到广州市天河区龙口西路22号华庭苑B座1702。
        @李姐 你家老二高考的事别太焦虑，周五小组一起为他祷告；另外你上次说的甲状腺结节复查结果出来了吗？
        受洗名单（东莞家庭聚会）：陈丽华，女，1978-11-02，电话159 2231 7764；黄志强，男，1990-05-19，电话186 0723 4518。
        探访记录：赵阿姨独居在北京市朝阳区团结湖北里8号楼2单元304，确诊阿尔茨海默症早期，女儿在新加坡工作，每周只打一次电话。
        新加坡华语堂会友：郑美玲，NRIC S8236514A，手机+65 9734 2216，住址Blk 512 Bedok North Ave 2 #08-143，申请加入周三姊妹小组。
        槟城会友林国华，MyKad 780215-07-5531，电话012-457 3308，要求把每月奉献改为RM 500自动转账，从下个月开始扣款。
    """),
    "en": _lines("""
        Pastoral care note: Daniel Tan Wei Ming (NRIC S7812345A) was admitted to Tan Tock Seng Hospital after a stroke; his wife asks that visits be after 4pm, call her on +65 9127 4480.
        1042,Chen,Rebecca Yu-Ting,1991-08-14,rebecca.chen.yt@gmail.com,+886 921 305 674,"No. 6, Ln. 52, Sec. 3, Xinyi Rd., Da'an Dist., Taipei",Cell-DA-03
        Prayer request from youth group: please pray for Marcus Lim, 17, who was caught shoplifting last Friday and is now on police bail; his parents are also separating.
        2026-12-03 giving.receipt donor_id=D-30981 name="Jonathan Ho Kar Wai" hkid=K582917(8) amount=HKD 5,000 method=FPS payer_mobile=+852 6283 1947
        Hi Pastor, it's Sarah from the worship team. My number changed to 0978-330-612 and next month I'm moving to No. 21, Alley 3, Lane 188, Zhongshan Rd, Hsinchu.
        Visitation log: Mrs Ong Siew Lan, 81, lives alone at Blk 45 Toa Payoh Lor 6 #05-211, newly diagnosed with stage 3 kidney disease; only son lives in Perth.
        Baptism interview: Kevin Chua, 24, disclosed a gambling debt of about SGD 38,000 to a licensed moneylender, repaying SGD 900 a month; recommend mentoring before baptism.
        Forwarded from care group: Auntie May is in ICU at Mackay Memorial Hospital, bed 12B, after a fall at home; the family asks for no visitors until Thursday.
    """),
    "mixed": _lines("""
        Member transfer: 黃少明 Wong Siu Ming, HKID Y463208(5), mobile 9386 1520, email smwong.hk@outlook.com, 由九龍城分堂轉籍到台北總堂，請更新名冊。
        Jessica姊妹上週流產了，她和先生需要一點時間，請大家先不要在群組裡問，私下為她代禱就好🙏 thanks all
        offering_log donor=蘇冠宇 bank=玉山銀行808 account=0931-9876-54321 amount=NT$100,000 memo="感恩奉獻-買房頭期款湊到了"
        Form #8821 | 姓名: 楊采薇 | DOB: 1999-01-30 | 身分證: A228517341 | 緊急聯絡人: 楊爸爸 0932-118-406 | 過敏: peanut allergy, 氣喘 asthma
        小組長update: Ah Keong阿強 still jobless since Sept, 房租RM 1,200 overdue 兩個月, 他wife已經帶孩子回Ipoh娘家, 建議benevolence fund先幫一個月。
        請幫忙update會友資料: Lee Mei Fong 李美芳, MyKad 860921-10-6284, 新地址 No. 15, Jalan USJ 4/7C, 47600 Subang Jaya, 手機016-772 9035。
        Photo consent: 聖誕受洗照片IMG_4821.jpg裡的何詠琪 (Wing Kei Ho) 不同意上傳Facebook，因為她家人還不知道她信主，請媒體組刪除。
    """),
    "ms": _lines("""
        Rekod lawatan: Puan Jenny Lajim, 58, tinggal di No. 8, Lorong Seri Mutiara 2, Taman Seri Mutiara, 88450 Kota Kinabalu; baru keluar hospital selepas pembedahan lutut.
        Mohon doa untuk Saudara Ricky anak Sabang, dia ditahan polis minggu lepas kerana kes dadah dan keluarganya sangat terkesan.
        Borang baptisan: Nama Stephanie Gimbang, No. MyKad 020506-12-0846, Tel 013-884 2175, Alamat Kampung Rampayan Laut, 89150 Kota Belud, Sabah.
        Derma bulanan: Encik Samuel Ling, akaun Maybank 1140-2258-3317, RM 300 setiap bulan, minta resit dihantar ke samuelling.kch@gmail.com.
        Kak Ros dah tiga bulan tak datang gereja, suami dia hilang kerja dan ada hutang along RM 15,000; jangan sebut dalam group WhatsApp, biar pastor saja ikut.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是台灣一間教會的行政助理，協助同工整理探訪紀錄與關懷文件，語氣溫和、用字正式。",
        ),
        (
            "user",
            "請幫我把這段整理成正式的探訪紀錄：11/30下午去內湖探訪許淑貞姊妹，住台北市內湖區成功路四段62巷5號3樓，第二型糖尿病控制不好，右腳傷口一直不癒合，醫生說可能要截趾，她很害怕，先生在照顧她。",
        ),
        (
            "assistant",
            "探訪紀錄 日期：11/30（下午） 探訪對象：許淑貞姊妹 地點：台北市內湖區成功路四段62巷5號3樓（住家） 身體狀況：第二型糖尿病控制不佳，右腳傷口遲未癒合，醫師評估可能需截趾。 心理狀態：對手術感到恐懼。 家庭支持：由先生照顧。 後續建議：一週內電話關懷，並安排小組輪流代禱。",
        ),
        ("user", "要貼到LINE同工群的話，可以怎麼改？"),
        (
            "assistant",
            "建議移除地址與病名細節，改為：「本週探訪一位內湖區的姊妹，身體需要醫治，正面臨治療上的決定，請同工記念她和家人的平安。」詳細紀錄只存放在關懷部資料夾。",
        ),
    ],
    [
        (
            "user",
            "Can you draft a short thank-you letter for a donor? Mr Benjamin Teo Kah Leng gave SGD 20,000 to our building fund on 28 Nov. Send to 18 Jalan Kembangan, Singapore 419127.",
        ),
        (
            "assistant",
            "Dear Mr Benjamin Teo Kah Leng, On behalf of the church board, thank you for your generous gift of SGD 20,000 to the Building Fund received on 28 November. Your support brings us closer to completing the new fellowship hall. With gratitude and blessings, Church Office Address block: Mr Benjamin Teo Kah Leng, 18 Jalan Kembangan, Singapore 419127",
        ),
        ("user", "Make it a bit warmer and mention his late wife Irene, he gave it in her memory."),
        (
            "assistant",
            "Dear Ben, Thank you for your gift of SGD 20,000 to the Building Fund in loving memory of Irene. We remember her warmth in the kitchen ministry and her faithful prayers. May this new hall carry her legacy of hospitality. In Christ, Church Office",
        ),
    ],
    [
        ("system", "你是一名教会小组长的写作助手，帮助撰写代祷事项和关怀信息。"),
        (
            "user",
            "我们小组的周婷最近确诊了中度抑郁症，已经请了两个月病假，她同意让小组为她祷告。帮我写一段发在微信群里的代祷文字。",
        ),
        (
            "assistant",
            "亲爱的组员们：周婷姊妹最近身心需要休养，目前在接受治疗并请假在家。她愿意让我们一起为她祷告：求主赐她安稳的睡眠、合适的医治和每天的平安。请大家用温柔的方式关心她，不要追问病情细节。",
        ),
        ("user", "好的，谢谢。"),
    ],
    [
        (
            "system",
            "Member data for this session (CSV): id,name,birthday,mobile,cell / M-221,吳宗翰,1987-12-09,0921-774-358,信義一區 / M-305,Tina Lai 賴婷婷,1990-12-14,0987-205-693,線上區 / M-318,高淑華,1955-12-20,02-2736-4419,長青",
        ),
        ("user", "幫我列出12月壽星，我要在LINE群發生日祝福。"),
        (
            "assistant",
            "12月壽星： 1. 吳宗翰（12/09，信義一區） 2. 賴婷婷 Tina Lai（12/14，線上區） 3. 高淑華（12/20，長青團契） 祝福文字建議：「祝福12月生日的弟兄姊妹，主恩滿溢、平安喜樂！」發在群組時建議只寫名字，不附電話與出生年份。",
        ),
    ],
    [
        (
            "user",
            "我要在Excel驗證會友的身分證字號有沒有打錯，例如方俊傑的是H123905711，要怎麼寫公式？",
        ),
        (
            "assistant",
            "可以先把英文字母轉成對應的兩位數（A=10、B=11……H=17），再依權重1、9、8、7、6、5、4、3、2、1、1加總，總和能被10整除即為正確。以H123905711為例：H=17 → 1×1＋7×9＝64，再加上後面各位數乘權重，總和為180，可被10整除，格式正確。",
        ),
        ("user", "那名冊上的身分證欄位可以分享給小組長嗎？"),
        (
            "assistant",
            "不建議。依《個人資料保護法》，身分證字號僅應用於收據開立等必要用途，請將該欄位隱藏或另存於只有財務同工能存取的檔案中。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu pejabat gereja di Sabah. Tulis mesej WhatsApp yang sopan dalam Bahasa Malaysia.",
        ),
        (
            "user",
            "Tolong tulis mesej untuk Puan Maria Jikul (019-822 4063), ingatkan dia resit derma RM 2,400 untuk tahun 2026 dah siap, boleh ambil di pejabat atau kami pos ke Lot 14, Taman Bukit Padang, Kota Kinabalu.",
        ),
        (
            "assistant",
            "Selamat pagi Puan Maria Jikul. Resit derma tahunan 2026 berjumlah RM 2,400 sudah siap. Puan boleh ambil di pejabat gereja pada hari Selasa hingga Sabtu, atau kami boleh poskan ke Lot 14, Taman Bukit Padang, Kota Kinabalu. Mohon maklumkan pilihan Puan. Terima kasih dan Tuhan memberkati.",
        ),
    ],
    [
        (
            "user",
            "幫我寫一則LINE群公告：吳金水弟兄於12/5清晨安息主懷，享壽86歲，追思禮拜12/14上午10點在本堂大堂，家屬聯絡人是他女兒吳佩玲0912-664-038。",
        ),
        (
            "assistant",
            "【安息主懷】 吳金水弟兄於12月5日清晨安息主懷，享壽86歲。 追思禮拜：12月14日（一）上午10:00，本堂大堂 如需慰問家屬，請聯絡吳佩玲姊妹 0912-664-038。 願主安慰家屬，賜下出人意外的平安。",
        ),
        ("user", "可以把電話拿掉，改成請大家透過教會辦公室轉達嗎？"),
        (
            "assistant",
            "【安息主懷】 吳金水弟兄於12月5日清晨安息主懷，享壽86歲。 追思禮拜：12月14日（一）上午10:00，本堂大堂 慰問事宜請洽教會辦公室轉達家屬。 願主安慰吳家，賜下平安。",
        ),
    ],
    [
        (
            "system",
            "You help a Hong Kong church office with data-protection questions under the PDPO. Answer concisely.",
        ),
        (
            "user",
            "We keep a baptism register with HKID numbers. For example one line reads: Chan Tsz Yan, HKID M731054(A), DOB 2003-06-11, mobile 6427 9810. Is it OK to keep the full HKID?",
        ),
        (
            "assistant",
            "Under the PDPO and the Code of Practice on the Identity Card Number, you should only collect an HKID where it is necessary. A baptism register rarely needs it; for Chan Tsz Yan's record, consider deleting the HKID and keeping name, date of birth and baptism date only. Restrict access to the mobile number 6427 9810 to pastoral staff.",
        ),
        ("user", "Thanks, we'll drop the column."),
    ],
    [
        ("system", "你是教會行政助理，協助回覆會友意見信，語氣誠懇。"),
        (
            "user",
            "有會友寄信投訴：『我是江明哲，手機0939-512-284，上個月我太太住院，小組沒有任何人來探望，反而在LINE群裡公開她流產的事，我們覺得很受傷。』請幫我擬回信。",
        ),
        (
            "assistant",
            "江明哲弟兄平安： 謝謝您願意坦誠告訴我們。得知尊夫人住院期間未能獲得應有的探望，且私人狀況在群組中被公開，我們深感抱歉。關懷部已提醒相關同工刪除訊息，並將檢討群組發文規範。主任牧師希望能在您方便的時間致電0939-512-284與您聯繫，親自致歉並關心尊夫人的復原。 教會辦公室 敬上",
        ),
        ("user", "很好，再加一句說我們會為他們夫妻代禱。"),
        (
            "assistant",
            "已補上：『關懷團隊也會在禱告會中，以不具名的方式持續為您和尊夫人的身心復原代禱。』",
        ),
    ],
    [
        (
            "user",
            "Pls help draft an email to a member, 她的收據NRIC打錯了. Name: Grace Lim Hui Min, correct NRIC T0317628I, email gracelim.hm@gmail.com, 收據號 SG-2026-00871, amount SGD 1,500.",
        ),
        (
            "assistant",
            "Subject: Corrected donation receipt SG-2026-00871 Dear Grace, Thank you for your gift of SGD 1,500. We noticed an error in the NRIC on receipt SG-2026-00871 and have reissued it with the correct number T0317628I, so that IRAS records your tax deduction accurately. The updated PDF is attached. Sorry for the inconvenience, Finance Team",
        ),
        ("user", "可以不要在email裡寫全部NRIC嗎？"),
        (
            "assistant",
            "Sure. Replace the line with: 'have reissued it with your corrected NRIC (ending 628I)'. The full number stays only in the attached receipt, which should be sent as a password-protected PDF.",
        ),
    ],
]
