# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh260: 繁體中文（香港）舞獅舞龍與粵劇團體（排練、演出邀約、會員、學員受傷、場地租用、團體 WhatsApp 群組）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh260
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "團體通告"): _lines("""
        【團務通告】本會將於2027年1月15日（星期五）晚上7時半至10時，假深水埗體育館二號活動室進行新春醒獅排練，請各隊員準時到達，自備功夫鞋及毛巾，遲到超過15分鐘者當晚不得上樁。
        【重要】由即日起，所有梅花樁練習必須有兩名已考取教練證書的導師在場，並須鋪設防撞墊；違者暫停該組練習資格一個月。查詢請致電會所熱線 2391 6628（辦公時間：週一至五 下午2時至8時）。
        本會2027年度周年會員大會定於3月6日下午3時在會址（九龍旺角砵蘭街210號3樓）舉行，議程包括通過上年度經審核賬目及選舉新一屆理事會，委任代表表格須於2月27日前交回秘書處。
        各位會員請注意：農曆新年期間（年初一至年初三）會所暫停開放，所有採青及商舖開張表演邀約，請透過本會官方WhatsApp 6018 3377 或電郵 booking@kwongsinglion.org.hk 聯絡，恕不接受私人代接。
        【粵劇組】《帝女花》選段〈香夭〉之排練改於逢星期二、四晚上在西九戲曲中心後台練習室進行，請戲服組於演出前一星期完成戲服熨燙及頭飾檢查，鳳冠須放回防塵箱。
        本會獲康樂及文化事務署「社區文化大使計劃」資助，2027年4月至9月期間將於屯門、元朗及北區共舉辦12場免費醒獅及粵劇折子戲示範，詳情請留意本會Facebook專頁及會所壁報板。
        按《公眾娛樂場所條例》（第172章）要求，凡於臨時搭建戲棚內演出，須事先向食物環境衞生署申領臨時公眾娛樂場所牌照，本會已於12月1日遞交申請（檔案編號 TPEP/2027/0418）。
        鼓樂組通告：新購入之二十四吋獅鼓兩個（型號 GS-24P）已送達倉庫，舊鼓皮將於1月20日交由佛山陳記獅鼓廠更換，期間練習暫用備用鼓，請勿用鼓棍敲打鼓邊。
        為配合保險要求，所有參與高樁表演之隊員須年滿16歲，並已參加本會購買之團體意外保險（保單編號 GPA-HK-2027-005531），未滿18歲者須交回家長同意書正本。
        年廿八（2月3日）大掃除暨舞龍裝備盤點，上午10時在葵涌貨倉（葵涌葵豐街18號金豐工業大廈7樓B室）集合，完成後於附近茶餐廳食開年飯，費用由會費支付。
        2027年全港公開舞獅錦標賽報名截止日期為2月28日，每隊參賽費港幣1,200元，請隊長於2月20日前提交隊伍名單予賽事小組，名單只需填寫隊員會員編號，毋須填寫姓名。
        本會中秋綵燈會舞龍表演已確認於維多利亞公園進行，九節金龍由十八名隊員輪替，集合時間為晚上6時，地點為維園南草坪近銅鑼灣道入口，請穿著黃色會服。
        【失物認領】上星期六排練後於活動室發現紅色獅被一張、黑色功夫褲兩條及水樽一個，已存放於會所失物箱，請於1月31日前認領，逾期將捐贈予社區回收中心。
    """),
    ("zh-Hant", "場地及表演價目表"): _lines("""
        高山劇場新翼演藝廳（紅磡高山道77號）非牟利團體晚間場租參考：星期一至四每場港幣6,850元，星期五至日及公眾假期每場港幣8,220元，另收空調附加費每小時港幣420元。
        醒獅採青表演收費（2027年新春）：雙獅採青HK$4,800、三獅連鑼鼓HK$6,800、高樁表演另加HK$5,500，年初一至初三收費另加三成，訂金五成，不設退款。
        舞龍表演套餐：九節金龍（18人）每場HK$12,800；十五節夜光龍（30人）每場HK$22,000，包括運輸及鑼鼓，新界偏遠地區及離島另收交通費HK$800。
        粵劇折子戲演出（約45分鐘，演員4位連樂師6位）：港幣18,500元起，如需戲棚搭建或音響租用另議；壽宴及婚宴「龍鳳呈祥」賀場版本港幣9,800元。
        練習室時租：A室（約800平方呎，有鏡牆及木地板）平日每小時$280，週末$350；B室（樓底高，可擺放梅花樁）每小時$450，須最少預約2小時。
        戲服租用（每套每日）：蟒袍HK$680、靠HK$880、女帔HK$420、頭盔及頭飾HK$150起；按金每套HK$2,000，歸還時如有污損按實際維修費扣除。
        獅頭租用價目：佛山獅頭（大）每日$380、鶴山獅頭每日$420、青獅或黑獅造型每日$450；另設新獅開光點睛儀式，每次$1,680（包括香燭及硃砂）。
        油麻地戲院劇院（窩打老道6號）2027年第二期場地申請已於1月5日開始，粵劇新秀演出系列優先，每場基本租金參考$3,960，另收票務服務費每張$8。
        會員年費：普通會員$300、學生會員$150（須出示有效學生證）、家庭會員$520（最多4人）；入會費一律$100，包括會員證及會服一件，續會享九折。
        北角新光戲院大劇院（英皇道423號）新春粵劇賀歲檔期：每晚7時半開鑼，票價$180／$280／$380／$480，長者及殘疾人士半價，每場限額40張。
        鑼鼓鈸套裝出售：24吋獅鼓連架HK$3,680、銅鑼14吋HK$480、鈸12吋一對HK$360，三件套優惠價HK$4,200，SKU：LD-SET-2427，現貨發售，順豐到付。
        場地租用條款：取消預約須於使用日前7日以書面通知，可退回已繳租金之80%；少於7日通知者恕不退款，八號風球或黑色暴雨警告生效時可免費改期一次。
        商舖開張醒獅套餐（九龍區）：雙獅連點睛儀式$3,800、加財神一位$600、電子炮仗聲效音響$300；如需麒麟或貔貅造型另加$1,200，週日及假期另加一成。
    """),
    ("zh-Hant", "團體WhatsApp群組"): _lines("""
        [15/01/2027 19:42] 秘書處：明晚高山劇場技術綵排改咗6點開始，7點半前要清場俾下一隊，大家早啲到，道具車會喺4點由葵涌貨倉出發。
        [15/01/2027 20:05] 道具組：兩隻黃獅頭啱啱修好，眼簾同耳仔都換咗新嘅，不過紅獅嗰隻嘴鉸仲有少少鬆，聽日練習先用住備用獅頭，得閒我再拎返佛山陳記整。
        [16/01/2027 09:13] 鼓樂組：提提大家，年初二嗰場係觀塘apm開張採青，商場規定唔准燒真炮仗，只可以用電子炮仗，鑼鼓音量都要控制喺85分貝以下。
        [16/01/2027 10:30] 財務：上個月場租已經過數俾康文署，收據編號 LCSD-RCP-2026-118204，已上載到群組相簿，大家唔使再問喇，月尾會出埋賬目表。
        [16/01/2027 12:48] 秘書處：西九戲曲中心嗰邊回覆咗，小劇場2月14日下晝可以借我哋做《帝女花》綵排，不過要自己帶化妝燈同拖板，佢哋唔提供。
        [16/01/2027 14:22] 教練組：今晚練樁分三組，新手組只做地面步法同跳樁基本功，唔好俾佢哋上1.8米以上嘅樁，防撞墊要鋪夠兩層先好開始。
        [17/01/2027 08:55] 道具組：新龍珠同龍頭燈泡換咗LED，電池盒用18650兩粒，充滿電大約可以著3個鐘，表演前請記得喺貨倉充電架度攞。
        [17/01/2027 11:40] 秘書處：錦田鄉事委員會打嚟確認太平清醮嘅醒獅巡遊，3月2日朝早8點集合，路線由錦田公路入村，全程大約2.5公里，佢哋包早餐同午飯。
        [17/01/2027 16:03] 財務：提提各組組長，報銷單一定要夾正本收據，淘寶訂嘅獅被同鬚要寫埋訂單號（例如 4021 8876 5539 1024），唔係核數師唔收。
        [18/01/2027 21:17] 粵劇組：今晚埋位練《紫釵記》〈劍合釵圓〉，頭架提議將段梆子慢板拉慢少少，大家聽日返嚟再試一次，唔啱就照返舊版本。
        [18/01/2027 22:45] 秘書處：戶外演出合約範本已經加咗條款：三號風球或紅雨取消表演，主辦單位要付返三成車馬費，新範本放咗喺Google Drive「合約2027」文件夾。
        [19/01/2027 07:30] 教練組：今朝獅子山公園晨練取消，天文台話得7度，山上有霜，大家自己喺屋企做伸展，晚上8點會所見，記得帶護膝。
        [19/01/2027 13:12] 道具組：旺角嗰間鄧記紮作話新獅頭要等到3月先有貨，因為今年訂單太多，我建議先租住兩隻應付新春，詳細報價遲啲PO上嚟。
    """),
    ("zh-Hant", "歷史與文化"): _lines("""
        黃飛鴻（1847－1925）為清末民初著名武術家及醫師，精於洪拳，其「寶芝林」醫館設於廣州，後世電影多以其舞獅技藝為題材，令佛山醒獅聞名海外。
        任劍輝與白雪仙組成之「仙鳳鳴劇團」於1956年成立，演出唐滌生編撰之《帝女花》、《紫釵記》及《再世紅梅記》等名劇，至今仍是香港粵劇舞台最常重演之劇目。
        粵劇於2009年獲聯合國教科文組織列入「人類非物質文化遺產代表作名錄」，是香港首個列入該名錄之項目，由粵港澳三地政府聯合申報。
        鶴山獅源自廣東鶴山，相傳由馮庚長於清末改良而成，特色為獅頭扁嘴、額高而窄，步法模仿貓的形態，與佛山獅之圓嘴大額明顯不同。
        香港八和會館前身為廣州之八和會館，1953年於香港註冊成立，是本地粵劇從業員的專業團體，多年來負責培訓粵劇新秀並於油麻地戲院推動新秀演出計劃。
        新馬師曾（1916－1997）原名鄧永祥，以「慈善伶王」見稱，其首本戲《光緒皇夜祭珍妃》及唱段〈萬惡淫為首〉流傳甚廣，至今仍常被業餘曲藝社翻唱。
        紅線女（1924－2013）為著名粵劇表演藝術家，創立「紅腔」唱腔，代表作有《搜書院》及《昭君出塞》，廣州設有紅線女藝術中心紀念其成就。
        《帝女花》講述明末長平公主與駙馬周世顯於國破家亡之際在庵堂重逢，最終於花燭之夜雙雙服毒殉國之故事，其中〈香夭〉一場家傳戶曉。
        大坑舞火龍始於1880年，相傳村民以禾草紮成火龍插滿香枝繞村巡遊以驅瘟疫，2011年列入第三批國家級非物質文化遺產名錄，每年中秋節前後舉行三晚。
        大澳端午龍舟遊涌由當地扒艇行會、鮮魚行會及合心堂主辦，以龍舟拖著載有神像之神艇巡遊水道，2011年亦列入國家級非物質文化遺產名錄。
        1970年代港產功夫片熱潮令醒獅成為銀幕常見場景，劉家良執導之《陸阿采與黃飛鴻》即有大量舞獅場面，其後徐克的《黃飛鴻》系列更將獅藝推向國際觀眾。
        澳門舞醉龍源於香山一帶，每年農曆四月初八佛誕由鮮魚行舉行，舞者邊飲酒邊舞木龍頭及龍尾，2011年列入國家級非物質文化遺產名錄。
        馬來西亞高樁醒獅於1990年代在麻坡等地發展成熟，其後雲頂世界獅王爭霸賽成為國際頂級賽事，令高樁技藝傳遍新加坡、台灣、香港及世界各地華人社區。
    """),
    ("en", "booking_faq"): _lines("""
        Q: How far in advance should we book a lion dance for a shop opening? A: For Lunar New Year dates (day 1 to day 15) please book at least 6 weeks ahead; other dates usually need 2 weeks. Deposits are 50% and non-refundable.
        Q: Can the troupe perform indoors in a shopping mall? A: Yes, but most malls such as Times Square and Harbour City allow electronic firecrackers only and set a drum volume limit; we handle the mall's permit forms for you.
        Q: Do you provide insurance? A: Every performance is covered by our public liability policy (HK$10 million per event). Venues that need a copy of the certificate can email admin@kowloonlionarts.org.hk with the event date.
        Q: What is the difference between a southern lion and a northern lion? A: Southern lions (Foshan or Heshan style) are worn by two dancers under a large head; northern lions look like Pekingese dogs and usually perform in pairs with acrobatics.
        Q: How long is a standard performance? A: A two-lion cai qing with drums runs about 15 to 20 minutes; a high-pole routine needs 25 minutes plus about 45 minutes to set up and dismantle the poles.
        Q: Can we hire performers for a wedding banquet? A: Yes. Our Dragon and Phoenix package includes two lions, a God of Fortune and a short Cantonese opera blessing scene, from HK$9,800 on Hong Kong Island and Kowloon.
        Q: How do I join the Cantonese opera class? A: Adult beginner classes start every March and September at our Sheung Wan studio. Fill in the form at kowloonlionarts.org.hk/join; the trial class costs HK$120.
        Q: Is there an age limit for lion dance classes? A: Children from 6 can join the drum and cymbal class; lion dancing starts at 9 and pole work at 14, subject to the head coach's assessment.
        Q: Why does a new lion need an eye-dotting ceremony? A: Dotting the eyes with cinnabar ink awakens the lion head. It is usually done by a guest of honour before its first performance and takes about 10 minutes.
        Q: What happens if a typhoon signal is raised? A: If Signal No. 8 or a Black Rainstorm Warning is in force 3 hours before the show, it is postponed free of charge to a date within 60 days.
        Q: Do you perform outside Hong Kong? A: We regularly tour Macau, Shenzhen and Singapore; overseas bookings need 3 months' notice and the client covers flights, hotel and equipment freight (about 180 kg).
        Q: How can I pay? A: We accept FPS (ID 1689432, registered to the association), cheques payable to Kowloon Lion Arts Association Limited, and bank transfer to the association's HSBC account 004-512-339871-001.
        Q: Where is your office? A: Unit 1203, 12/F, Prosperity Centre, 25 Chong Yip Street, Kwun Tong, Kowloon. Office hours are 10am to 7pm, Monday to Saturday; hotline +852 2341 7785.
    """),
    ("mixed", "booking_system_logs_config"): _lines("""
        2027-01-16T09:14:22+08:00 INFO booking-api v2.4.1 created order ORD-20270116-0087 type=CAI_QING lions=2 venue_id=VEN-KLN-0412 status=DEPOSIT_PENDING amount_hkd=4800
        2027-01-16T09:15:03+08:00 WARN scheduler 場地衝突：VEN-KLN-0031 高山劇場新翼 2027-02-14 14:00-18:00 已被 ORD-20270110-0052 佔用，建議改為 19:00-22:00
        config.yaml: troupe.default_lions: 2, troupe.max_pole_height_m: 2.5, notify.whatsapp_business_number: "+852 6018 3377", notify.email_from: "noreply@kwongsinglion.org.hk"
        SELECT order_id, venue_id, perform_date, fee_hkd FROM bookings WHERE perform_date BETWEEN '2027-02-06' AND '2027-02-20' AND status = 'CONFIRMED' ORDER BY perform_date; -- 新春檔期總覽
        2027-01-17 22:41:09 ERROR payment-gw FPS callback timeout ref=FPS2027011722410931 order=ORD-20270117-0113 retry=3/5 商戶編號 MID-8823104
        git commit 3f9a2c71e4 "修正：粵劇班表導出CSV時，演出日期欄位誤用UTC導致晚場跳到翌日 (fix #142)" — release v1.8.3 tagged by ci-bot
        CSV header: 訂單編號,表演類型,獅數,場地編號,表演日期,開始時間,結束時間,收費(HKD),訂金狀態,發票號碼,備註
        const DEFAULT_PACKAGE = { code: "DRAGON-9", segments: 9, performers: 18, priceHkd: 12800, overtimePerHourHkd: 1500 }; // 九節金龍標準套餐
        2027-01-18T06:00:00+08:00 INFO cron weather-check HKO warning=NONE temp_c=9.2 outdoor_events=3 → 全部保持 CONFIRMED，下次檢查 12:00
        docker compose up -d troupe-db troupe-api  # image ghcr.io/kwongsing/troupe-api:1.8.3 digest sha256:9b1f4e0a7c55d2e3
        2027-01-19 14:02:55 INFO invoice-svc generated INV-HK-2027-00461 client_type=CORPORATE br_no=70231564 total=HKD 22,000.00 pdf=s3://troupe-invoices/2027/01/INV-HK-2027-00461.pdf
        [i18n] zh-HK: "booking.confirmed": "你嘅醒獅表演已確認，訂單編號 {orderId}，請於 {dueDate} 前繳付餘額。", en: "Your lion dance booking {orderId} is confirmed."
        2027-01-20T11:30:44+08:00 DEBUG inventory sku=LH-FS-L-RED qty=3→2 reason=RENTAL ref=RNT-0207 倉庫=KWAI-CHUNG-B7 next_audit=2027-02-01
    """),
    ("ms", "notis_persembahan"): _lines("""
        Persatuan Tarian Singa dan Naga Kuala Lumpur akan mengadakan persembahan tarian singa di Pavilion Kuala Lumpur pada 6 Februari 2027, jam 11.00 pagi, sempena sambutan Tahun Baru Cina.
        Notis kepada semua ahli: Latihan tiang tinggi pada setiap Sabtu di dewan persatuan, Jalan Ipoh, ditangguhkan sehingga tilam keselamatan baharu tiba, dijangka pada minggu kedua Januari.
        Pertandingan Tarian Singa Peringkat Kebangsaan 2027 akan berlangsung di Stadium Melawati, Shah Alam pada 15 hingga 17 Mac. Yuran penyertaan ialah RM800 bagi setiap pasukan, tarikh tutup 31 Januari.
        Kejohanan Tarian Singa Dunia Genting dijadual pada bulan Ogos di Arena of Stars, Genting Highlands; pasukan dari Malaysia, Singapura, Hong Kong, Taiwan dan China dijangka menyertai.
        Harga pakej persembahan: dua ekor singa dengan gendang RM1,200, tarian naga 9 bahagian RM3,500, persembahan tiang tinggi RM4,800; caj tambahan RM300 untuk lokasi di luar Lembah Klang.
        Untuk tempahan persembahan, sila hubungi talian rasmi persatuan di 03-4042 1688 atau WhatsApp perniagaan 012-338 7160 (Isnin hingga Sabtu, 10 pagi hingga 6 petang).
        Permit daripada Dewan Bandaraya Kuala Lumpur (DBKL) diperlukan bagi persembahan di kawasan awam; persatuan akan menguruskan permohonan sekurang-kurangnya 14 hari sebelum tarikh acara.
        Kelas tarian singa untuk kanak-kanak berumur 8 hingga 14 tahun dibuka semula pada bulan Mac di Dewan Komuniti Cheras, yuran RM60 sebulan termasuk pakaian latihan dan insurans kemalangan.
        Persatuan kami berdaftar dengan Jabatan Pendaftaran Pertubuhan Malaysia (No. Pendaftaran PPM-016-14-12031998) dan menerima sumbangan untuk membaiki kepala singa serta gendang lama.
        Kepala singa gaya Foshan buatan tangan kini boleh ditempah melalui kedai Ah Seng Lion Craft, Taman Sentosa, Johor Bahru, dengan harga RM2,380 seunit; penghantaran ke Singapura dikenakan caj SGD45.
        Persembahan opera Kantonis Di Nü Hua (Puteri Bunga) di Dewan Perhimpunan Cina Kuala Lumpur dan Selangor pada 20 April, tiket RM50 dan RM80, boleh dibeli di kaunter persatuan.
        Perarakan tarian naga sempena Chap Goh Mei di George Town, Pulau Pinang akan bermula dari Lebuh Pantai pada jam 7.30 malam dan berakhir di Padang Kota Lama; orang ramai dinasihatkan menggunakan pengangkutan awam.
        Peringatan keselamatan: semua penari tiang mesti memakai kasut bertapak getah dan tali pinggang sokongan; jurulatih bertauliah perlu berada di tapak sepanjang latihan tiang setinggi 2 meter ke atas.
    """),
    ("zh-Hans", "发票与报价单"): _lines("""
        佛山市南海区黄飞鸿狮艺用品有限公司 报价单编号 QT-FS-20270108-017：佛山狮头（大号，手工扎作）单价 ¥1,680，狮被连裤 ¥580，订购10套以上九五折，含税价，有效期30天。
        增值税普通发票 发票号码 44019238 开票日期 2027年01月12日 购买方：广州市荔湾区粤韵粤剧团 纳税人识别号 91440103MA5CXK2R7N 金额 ¥12,000.00 项目：戏服租赁
        销售方：佛山市禅城区陈记狮鼓厂 统一社会信用代码 91440604MA4UL8Q31D 地址：佛山市禅城区祖庙路33号 电话 0757-8228 6613 开户行：中国工商银行佛山祖庙支行
        报价明细：二十四寸牛皮狮鼓1面 ¥2,450；十四寸响锣1面 ¥360；镲一对 ¥280；运费（佛山至香港，顺丰重货）¥320；合计 ¥3,410，预计交货期15个工作日。
        深圳市龙岗区龙狮协会 演出合同编号 LG-LS-2027-0036：春节醒狮巡游3场，每场 ¥6,800，甲方提供场地安保及更衣室，乙方负责演员、道具及意外保险。
        快递单号 SF1428736650291 已由佛山顺德仓发出，内含鹤山狮头2个、狮尾2条、铜锣1面，预计1月18日送达香港葵涌仓库，签收后请核对数量并拍照回传。
        广东粤剧院 2027年新春演出季：《帝女花》1月28日至30日，广州友谊剧院，票价 ¥180/¥280/¥480/¥680，团体订票满20张享八八折，详情见剧院官方公众号。
        采购订单 PO-2027-0113 供应商：潮州市湘桥区绣庄戏服厂 品名：粤剧蟒袍（红色，金线刺绣）数量 4 件 单价 ¥3,200 合计 ¥12,800 付款方式：月结30天
        发票备注：本发票对应订单 ORD-20270105-0021，含龙头一个（夜光漆）、龙身九节、龙珠一个，品牌“金龙堂”，产品型号 JLT-9N-2027，保修期一年。
        收据 No.0004127 今收到 澳门濠江龙狮会 交来 2027年春节采青狮头维修费 MOP 3,600 元整（澳门币叁仟陆佰元整），经手部门：维修部。
        产品清单 SKU: LD-HS-M-BLK 鹤山黑狮（中号）¥1,280；SKU: LD-FS-L-GLD 佛山金狮（大号）¥1,880；SKU: DR-9-NL 九节夜光龙 ¥6,500；均可刻字定制团体名称。
        付款通知：贵团订单 SO-2027-00582 尚余尾款 ¥4,200，请于2027年1月25日前汇入本公司对公账户（账号 4402 0211 0900 0123 456，户名：佛山市南海区黄飞鸿狮艺用品有限公司）。
        新加坡牛车水醒狮团 报价 Quotation SG-Q-2027-009：Cai Qing 双狮 SGD 888，高桩 SGD 1,888，UEN 201912345K，GST Reg No. M2-0123456-7，价格不含 9% GST。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        學員陳嘉朗（會員編號 KS-0473）上星期六練樁時由1.5米跌落，右腳踝骨折，而家喺伊利沙伯醫院骨科病房，預計要休養三個月，佢媽媽話暫時唔好打電話搵佢。
        入會申請表｜姓名：李詠詩｜性別：女｜出生日期：2009年4月18日｜香港身份證號碼：Y482193(7)｜住址：新界沙田禾輋邨豐和樓1218室｜聯絡電話：9327 4158｜緊急聯絡人：李太（母）
        林太話佢個仔阿希今個月起唔嚟練獅，因為佢老公公司倒閉，屋企暫時交唔起每月$380學費，叫我哋保密，唔好喺群組講。
        [20/01/2027 23:14] 鼓樂組：大家唔好再wasap阿豪嘅舊電話6512 8837喇，佢已經轉咗新號碼 6908 3321，佢話唔想舊老闆搵到佢。
        粵劇組花旦張美玲確診乳癌第二期，下個月開始化療，佢今年所有演出都要搵人頂替，請各位唔好喺外面講。
        黃師傅借咗會費三萬蚊去還賭債，話月尾還返，但已經過咗兩個月，理事會決定下星期開會處理，借據影印本喺秘書處。
        受傷報告｜日期：2027年1月9日｜傷者：吳志偉（18歲）｜受傷部位：左膝前十字韌帶撕裂｜送院：屯門醫院｜保險索償編號：GPA-CLM-27-0091｜聯絡電話：6234 7719
        請將上次新春採青嘅演出費轉帳到我私人滙豐戶口 123-456789-833，戶口名 TSANG WING HEI，唔好入團體戶口，唔該。
        車牌 VK 3821 嗰架白色七人車係鄭生私家車，借俾團體運獅頭，星期日搬完請停返佢屋企樓下，葵涌石蔭東邨的士站旁邊。
        周志強同佢老婆離緊婚，兩個人都喺粵劇組，排戲嗰陣請盡量唔好將佢哋編埋一齊，佢哋而家見面都唔講嘢。
        新學員家長何太講，佢個女心怡有哮喘，練獅時如果氣喘，噴劑放咗喺佢背囊側袋，緊急請打佢媽媽 5478 2096。
        阿東上個月喺旺角因為打交俾警察拉咗，而家保釋候查，團長話佢暫停參加所有公開表演，直至案件完結為止。
        場地租用申請人：麥家豪（個人名義）｜身份證：K736421(0)｜電郵：kh.mak1988@gmail.com｜用途：私人壽宴粵劇清唱｜地址：九龍城衙前圍道72號3樓B室
        新學員報名表只留低咗一個電話 9186 4402，話要晚上8點後先打俾佢，日頭返工唔方便聽電話。
        梁嘉欣今年懷孕四個月，醫生叫佢唔好再做高難度身段同翻筋斗，《帝女花》長平公主一角改由B組演出。
        教練組內部：阿傑而家月薪$16,500，佢話三月前唔加人工就唔做，仲話想問團體借兩萬蚊交屋企租，請理事唔好外傳。
        會員名單 CSV：KS-0388,曾子軒,男,2011-06-03,9756 2284,tsz.hin.tsang@yahoo.com.hk,大埔富亨邨亨泰樓905室,哮喘
        WhatsApp 截圖（羅淑儀）：霞姐，你上次影嗰張大合照唔好再放上Facebook啦，我喺相入面同前度企埋一齊，我老公見到會發嬲。
    """),
    "zh-Hans": _lines("""
        报名表：姓名 黄俊杰，身份证号 440604200803152814，联系电话 138 2456 7719，家庭住址 佛山市禅城区普君北路12号之三602房，紧急联系人 黄志明（父亲）。
        学员刘子豪周二练桩时摔伤腰椎，目前在佛山市第一人民医院住院，医药费约两万元，家长要求团里承担一半，请理事会讨论。
        麻烦把演出费打到我个人卡上：中国工商银行 6222 0212 0801 5573 418，户名 邓伟强，别打公司账户，谢谢。
        陈老师欠了剧团服装费八千多块一直没还，听说他最近在跟前妻打官司争抚养权，手头很紧，大家先别催他。
        车牌 粤E·7K329 的那辆蓝色面包车是谭师傅自己的车，周六借来运龙，他说油费按每公里一块五算给他。
        微信群通知：新来的学员小雨（周晓雨，16岁）家长说她有癫痫病史，练习时请教练特别留意，不要让她上高桩。
        导出日志 2027-01-21 10:02:31 member_id=FS-2219 name=郑嘉怡 phone=+86 159 1876 4402 id_no=440106199712043321 status=ACTIVE fee_due=¥600
    """),
    "en": _lines("""
        Our new drummer Kelvin Wong Ka-ho told the coach he has been on antidepressants since his divorce last year, so please go easy on him about missed rehearsals.
        Injury log: 2027-01-09, member Jasmine Leung Hoi-yan, 15, sprained left wrist during pole practice, treated at Queen Elizabeth Hospital A&E, mother contacted on 9615 3380.
        Please send the costume deposit refund to my personal account, DBS Singapore 120-34567-8, name Tan Wei Ling, and not to the troupe's account.
        Hi, this is Raymond's wife. He won't make Saturday's show because he was arrested last night in Mong Kok and is still being held at the police station.
        Venue booking made in a personal capacity: Mr Ho Chun-yin, HKID P529103(1), email chunyin.ho@outlook.com, Flat 15C, 88 Kwong Wa Street, Mong Kok, for his father's 80th birthday opera.
        Reminder: Auntie Mei's son still owes the troupe HK$6,400 for the dragon he damaged at the Tai Po parade; she asked us not to mention it in the group chat.
        Member record: name Lim Jun Hao, NRIC S8812345Z, DOB 12/03/1988, mobile +65 9274 8163, address Blk 231 Bishan Street 22 #08-145, Singapore 570231, role: drummer.
        Call the parent on 9834 2217 after 6pm if the boy doesn't turn up; she works night shifts and can't pick up in the afternoon.
    """),
    "ms": _lines("""
        Ahli baharu: Nur Aisyah binti Kamal, No. MyKad 050312-10-5268, telefon 012-745 3381, alamat No. 14, Jalan SS 2/55, Petaling Jaya, Selangor, penari kepala singa.
        Jurulatih Lee Chee Keong dimasukkan ke Hospital Kuala Lumpur semalam kerana serangan jantung ringan; keluarga minta berita ini tidak disebarkan dalam kumpulan WhatsApp.
        Sila bayar yuran persembahan ke akaun Maybank peribadi saya 1140 2233 5678, nama Wong Mei Ling, bukan akaun persatuan. Terima kasih.
        Ah Kow masih berhutang RM2,500 kepada persatuan untuk kepala singa yang dipinjam dan rosak di Genting; isterinya kata dia baru diberhentikan kerja.
        Kereta Perodua Myvi putih nombor pendaftaran WVB 4821 milik Encik Ravi Chandran akan digunakan untuk membawa gendang ke Stadium Melawati pada hari Sabtu.
        Laporan kecederaan: Tan Jia Hui, 13 tahun, patah tulang lengan kanan semasa latihan tiang, dirawat di Hospital Sultanah Aminah Johor Bahru; bapanya boleh dihubungi di 016-782 4490.
    """),
    "mixed": _lines("""
        阿Ken（Chan Ka Kit）話佢 credit card 欠咗成十萬，bank 成日打嚟會所搵佢，如果有人打嚟問，就話佢唔喺度。
        Taiwan tour 名單：林怡君，身分證字號 E224517830，出生 1996/08/21，mobile 0928-614-307，email yijun.lin96@gmail.com，住高雄市苓雅區三多二路58號7樓。
        FYI 粵劇組 Sandy Yeung 下個禮拜做 IVF，醫生叫佢 rest 兩個禮拜，so 佢嘅戲份先由 understudy 頂住，唔好同其他人講。
        Incident report 受傷報告 — Name 姓名: Ho Wing Sze 何詠詩; Age 14; concussion 腦震盪 after falling from 2m pole; Hospital: Prince of Wales; Guardian: Mrs Ho 9073 5521.
        麻煩幫我改返 member record：email 由 pakhei.lui@hotmail.com 改做 lui.pak.hei@protonmail.com，電話 6587 2043 唔變，thanks！
        Booking under personal name 陳先生 Mr Chan，住 Flat 12B, Block 3, Laguna City, Kwun Tong，要求年初一朝早9點喺屋企樓下採青，訂金已經用 FPS 由 9561 4378 過咗數。
        Singapore team: Muhammad Hafiz bin Rahman, NRIC T0312876D, 練龍尾；佢爸爸做緊 dialysis 每星期三次，so 佢逢星期三都唔可以出 training。
        CSV row: 2027-01-15,KS-0512,Cheung Yuk Lan 張玉蘭,F,1972-11-30,+852 9745 0318,yuklan.cheung72@gmail.com,Kwai Chung Estate Yat Kwai House 1707,renewal paid HK$300
        [22/01/2027 20:11] 財務: Uncle Keung 講佢個仔去年 bankrupt 咗，所以佢今年會費想分三期俾，大家唔好喺 group 度問佢。
        Macau 演出名單：梁志明 Leong Chi Meng，澳門居民身份證 5128304(7)，phone +853 6628 4173，負責龍頭，住氹仔花城利新大廈。
        Photo caption: 呢張係 Vincent 喺醫院打緊石膏嘅相，佢話唔好 share 出去，因為佢 boss 以為佢係病假，唔知佢係練獅受傷。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你是香港一個醒獅團的行政助理，協助秘書處處理會員及受傷事務，回覆用繁體中文及廣東話口語。",
        ),
        (
            "user",
            "學員余卓霖上星期六練樁跌傷，左手腕骨裂，幫我寫個WhatsApp訊息俾佢爸爸余生（9254 6630），講保險索償要準備咩文件。",
        ),
        (
            "assistant",
            "余生你好，我係醒獅團秘書處。卓霖上星期六練習時左手腕受傷，我哋好關心佢嘅情況。團體意外保險索償需要：一、醫生證明書及診斷書；二、醫療收據正本；三、卓霖嘅身份證明文件副本；四、已填妥嘅索償表格（我哋會另外發俾你）。如有疑問可以隨時WhatsApp我哋。祝卓霖早日康復！",
        ),
        ("user", "好，再加一句叫佢唔好喺團體群組度講受傷嘅事。"),
        (
            "assistant",
            "已加上：另外，為保障卓霖私隱，麻煩你唔好喺團體群組公開討論今次受傷詳情，有任何事直接私訊秘書處就得。",
        ),
    ],
    [
        (
            "system",
            "You are a booking assistant for a Hong Kong lion dance troupe. Collect the event date, venue and a contact person.",
        ),
        (
            "user",
            "Hi, I'd like two lions for my bakery opening on 8 Feb at 10am. The shop is at 36 Tung Choi Street, Mong Kok. I'm Priscilla Kwok, mobile 6390 2157.",
        ),
        (
            "assistant",
            "Thank you, Ms Kwok. I have noted a two-lion cai qing on 8 February at 10:00 at 36 Tung Choi Street, Mong Kok, contact 6390 2157. The fee is HK$4,800 with a 50% deposit. Shall I send the FPS payment details to your mobile?",
        ),
        ("user", "Yes please, and send the receipt to priscilla.kwok.bakes@gmail.com too."),
        (
            "assistant",
            "Done. The payment details have been sent to 6390 2157 and the receipt will go to priscilla.kwok.bakes@gmail.com once the deposit is received.",
        ),
    ],
    [
        (
            "user",
            "幫我填康文署場地申請表個人申請人部分：鍾偉倫，香港身份證 Z683017(0)，住址 將軍澳尚德邨尚智樓2305室，電話 6172 9384，用途係幫我阿媽七十大壽請粵劇團唱堂會。",
        ),
        (
            "assistant",
            "申請人資料如下：姓名：鍾偉倫；身份證號碼：Z683017(0)；通訊地址：將軍澳尚德邨尚智樓2305室；聯絡電話：6172 9384；活動性質：私人壽宴粵劇演出。提提你，個人名義申請一般唔可以收門票，而且要附上身份證副本。",
        ),
        ("user", "佢哋會唔會問我阿媽資料？佢有認知障礙症，我唔想寫落去。"),
        (
            "assistant",
            "表格通常只需要申請人資料，唔使填壽星嘅健康狀況，你可以唔提認知障礙症。如果場地要安排輪椅通道，可以只寫「需要無障礙設施」就夠。",
        ),
    ],
    [
        (
            "system",
            "You help members of a Hong Kong Cantonese opera troupe write emails. Reply in the user's language mix.",
        ),
        (
            "user",
            "我係粵劇組嘅 Fiona 蕭詠琪，最近確診咗甲狀腺亢進，想寫封 email 俾團長請假 two months，唔好寫得太長。",
        ),
        (
            "assistant",
            "Subject: 請假申請 – 蕭詠琪。團長你好，我最近確診甲狀腺亢進，醫生建議休息及接受治療，所以想由2月1日起請假兩個月，期間未能參與排練同演出。不便之處，敬請見諒。Fiona 蕭詠琪上",
        ),
        ("user", "Thanks! 可唔可以唔寫病名？我唔想其他團員知道。"),
        (
            "assistant",
            "可以，改成：我最近因身體原因需要接受治療，醫生建議休息兩個月。咁就唔會透露具體病情。",
        ),
    ],
    [
        (
            "system",
            "你是广州一个醒狮团的会员管理助手。会员档案：姓名 区嘉豪，手机 139 2288 4610，会员号 GZ-0731，欠缴会费 ¥1,800，已逾期四个月。",
        ),
        ("user", "帮我写一条催缴会费的微信消息，语气客气一点。"),
        (
            "assistant",
            "嘉豪你好！提醒一下，你的会员号 GZ-0731 目前尚有会费 ¥1,800 未缴，已逾期四个月。如有困难可以和我们商量分期。方便的话请在本月底前处理，谢谢支持！",
        ),
        ("user", "他上次说刚被裁员，要不要提一下？"),
        (
            "assistant",
            "建议不要在消息里提被裁员的事，这是他的私人情况。可以只保留可以商量分期那一句，让他自己决定是否说明。",
        ),
    ],
    [
        ("system", "Anda pembantu urusan untuk persatuan tarian singa di Johor Bahru."),
        (
            "user",
            "Tolong tulis mesej WhatsApp kepada ibu Kumar a/l Selvam, 12 tahun. Dia terseliuh buku lali semasa latihan semalam. Nombor ibunya 017-623 8841.",
        ),
        (
            "assistant",
            "Salam Puan, kami dari persatuan tarian singa. Kumar terseliuh buku lali semasa latihan semalam dan telah diberi rawatan awal. Kami cadangkan dia berehat dan berjumpa doktor. Sila hubungi kami jika perlu bantuan tuntutan insurans. Terima kasih.",
        ),
        ("user", "Tambah bahawa dia tidak perlu hadir latihan dua minggu."),
        (
            "assistant",
            "Ditambah: Kumar dikecualikan daripada latihan selama dua minggu dan boleh kembali apabila doktor mengesahkan dia sudah pulih. Mesej ini boleh dihantar ke 017-623 8841.",
        ),
    ],
    [
        (
            "user",
            "Summarise this group chat export for the committee: [12/01 21:03] Coach: Brandon Siu hurt his back again, he says it's the old slipped disc. [12/01 21:05] Treasurer: Brandon still hasn't paid the HK$900 for the lion head he borrowed. [12/01 21:10] Coach: his number changed to 6843 1092.",
        ),
        (
            "assistant",
            "Summary: Brandon Siu has re-injured his back (a previous slipped disc) and owes HK$900 for a borrowed lion head; his new number is 6843 1092. Before circulating this, consider removing his health details and debt, as they are sensitive personal information.",
        ),
        ("user", "Rewrite it without the health part."),
        (
            "assistant",
            "Committee note: Brandon Siu will be unavailable for training for now. He has an outstanding HK$900 balance for a borrowed lion head. Updated contact: 6843 1092.",
        ),
    ],
    [
        ("system", "你是一個中立的生活諮詢助手，用廣東話回答。"),
        (
            "user",
            "我老公黎國雄喺醒獅團做鼓手，我啱啱發現佢瞞住我問團入面幾個會友借咗成六萬蚊，仲用我哋屋企地址（荃灣綠楊新邨E座18樓C室）做擔保，我應該點做？",
        ),
        (
            "assistant",
            "聽落你而家好擔心。建議你先同國雄冷靜傾清楚借款嘅金額同用途，再了解佢有冇簽任何文件。如果涉及用你哋嘅住址或物業做擔保，最好搵律師或法律援助署了解清楚責任，亦可以考慮聯絡家庭服務中心尋求支援。",
        ),
        ("user", "我應唔應該直接打俾團長講？"),
        (
            "assistant",
            "直接通知團長可能會令國雄喺團入面好難做，建議先同佢本人傾；如果佢唔配合，或者你擔心會友繼續借錢俾佢，先再考慮私下同團長溝通。",
        ),
    ],
    [
        (
            "system",
            "You translate notices for a Singapore lion dance troupe between English and Chinese.",
        ),
        (
            "user",
            "Translate to Chinese for the parents group: Member Desmond Koh Wee Liang (NRIC S7945120G) is suspended until further notice after the police investigation into the fight at Chinatown on 3 Jan.",
        ),
        (
            "assistant",
            "會員許偉良（Desmond Koh Wee Liang，NRIC S7945120G）因1月3日牛車水打鬥事件正接受警方調查，即日起暫停會籍，直至另行通知。",
        ),
        ("user", "Hmm, should the NRIC go into a parents group?"),
        (
            "assistant",
            "No. An NRIC number and details of a police investigation should not be shared in a parents group. A safer version: 一名會員因個人事務暫停參與本團活動，直至另行通知。",
        ),
    ],
    [
        (
            "system",
            "你是香港粵劇團的演出統籌助理。上次邀約紀錄：聯絡人 容秀芬女士，私人手機 9418 2730，住址 北角城市花園第7座21樓F室，要求3月9日為佢丈夫六十大壽做《再世紅梅記》選段。",
        ),
        ("user", "幫我搵返上次壽宴邀約嘅聯絡人資料，我要打電話確認日期。"),
        (
            "assistant",
            "上次壽宴邀約聯絡人係容秀芬女士，手機 9418 2730，演出日期係3月9日，選段為《再世紅梅記》，地點係佢哋北角城市花園第7座21樓F室嘅住所。",
        ),
        ("user", "唔該，順便提我問佢要唔要加鑼鼓師傅。"),
        (
            "assistant",
            "好，打俾容女士時可以問：除咗演員同頭架之外，需唔需要加多一位鑼鼓師傅？如果要，費用大約另加港幣1,500元。",
        ),
    ],
]
