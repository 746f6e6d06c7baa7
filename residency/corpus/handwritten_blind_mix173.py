# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix173: Cantonese opera troupes, choirs and amateur orchestras in SG/MY/HK/TW (members' rolls, rehearsal rosters, costume rentals, performance fees, disputes, committee chats). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix173
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "rehearsal_notice"): _lines("""
        Tutti rehearsal moved to Sat 14 Mar, 2:00-5:30pm, Rehearsal Studio 2, Esplanade, 1 Esplanade Drive, Singapore 038981. Bring the Brahms Requiem vocal score (Novello edition).
        Sectional for 2nd violins this Wednesday at Kreta Ayer People's Theatre, 30A Kreta Ayer Road. Doors open 7:15pm; the caretaker locks the loading bay at 10:30pm sharp.
        Reminder: the 2027 season subscription is SGD 180 per member, payable by PayNow to UEN T08SS0147H (Harmonia Community Choir). Put your voice part in the reference field.
        Dress code for the Victoria Concert Hall gala: all-black, long sleeves, no sequins. Call time 6:00pm at the Empress Place stage door; the concert starts at 7:30pm sharp.
        Office hotline change: enquiries about our Ko Shan Theatre workshop series now go to +852 3188 4720 (Mon-Fri 10am-6pm) or workshops@yuetyunopera.org.hk.
        Parking at Dewan Filharmonik Petronas is via the Suria KLCC basement, RM5 first hour. Choir members please use the Jalan Ampang side entrance, level C1.
        Percussion inventory check: timpani set (Adams Philharmonic, 4 drums), 2 glockenspiels, 1 tam-tam 32in. Log any damage on the sheet pinned inside cabinet P-03.
        Audition excerpts for cellos: Dvorak Symphony No. 8, mvt I bars 1-18, and Nimrod from Elgar's Enigma Variations. Sign-up closes 30 Jan via the form on our Facebook page.
        The 21 Feb concert is part of the Singapore Chinese Orchestra's community outreach series; conductor Tsung Yeh gives a pre-concert talk at 6:45pm in the foyer.
        Lost property from Sunday's rehearsal: one black folding music stand (K&M 101), a rosin in a red tin and a pencil case of Staedtler pencils. Collect from the front desk.
        Please download choral score v3.2 (PDF, 4.8 MB, SHA-256 begins 9f2c41ab) from the shared drive; v3.1 had the wrong page turns in the Faure Sanctus.
        Bus 10, 70, 75 and 97 stop outside Singapore Conference Hall, 7 Shenton Way, Singapore 068810. Nearest MRT is Tanjong Pagar (EW15), Exit A, about 5 minutes on foot.
        Tuning note: we rehearse at A=442 Hz for the Chinese orchestra pieces and A=440 Hz for the Western set. Erhu players please bring spare inner strings (D, 0.35 mm).
    """),
    ("zh-Hant", "戲服租賃價目"): _lines("""
        【鳳鳴戲服】《帝女花》長平公主鳳冠連霞帔一套，租期三日收費HK$1,800，按金HK$3,000，歸還時如有珠片脫落另計，每粒HK$5。查詢WhatsApp 5123 8806（上午十一時至晚上七時）。
        陳記戲服公司（商業登記號碼 61839274）門市地址：九龍油麻地上海街312號地下，逢星期二休息，大型戲服及全套靠甲請最少提前七日預訂，以免向隅。
        蟒袍（紅、綠、白三色）每件每場HK$650，靠旗另加HK$120；如演出地點位於新界或離島，送貨及收貨車費一律HK$380，大嶼山另議。
        小生褶子（湖水藍繡花）尺碼S/M/L，每件每日HK$280，同時租三件或以上九折；貨號 ZX-LB-0417，現貨共五件，紅色款需時兩星期訂造。
        水袖（白色真絲，長1.2米）出售每對HK$420，租借每對每場HK$90；如有染色或沾上油彩，恕不退還按金，敬請各劇團演員小心使用。
        頭飾清潔費：仿點翠頭面每套HK$200，水鑽頭面每套HK$150；送洗需時五個工作天，取貨時請出示租約編號及收據，遺失收據須補回手續費HK$20。
        租約編號 FM-2027-0318 附註：演出劇目《紫釵記》，霍小玉戲服兩套、李益官袍一套，演出場地高山劇場新翼演藝廳，地址紅磡高山道77號。
        台灣分店：祥叔戲曲服裝社，臺北市萬華區西園路一段148號，電話(02)2306-7512，歌仔戲服、布袋戲偶服及北管樂團制服均有供應，歡迎團體洽詢。
        澳門客戶可於崗頂前地合作點取貨（近崗頂劇院），租金以澳門元計算，匯率按取貨當日中國銀行澳門分行牌價折算，不接受信用卡及八達通付款。
        清貨特價：舊款武生大靠（背旗缺一面）每套HK$2,600出售，只限門市自取，不設送貨服務，貨品售出後概不退換，數量有限，售完即止。
        網上預約系統已更新至v2.4，訂單編號以FM開頭加八位數字，例如FM20270412；如未收到確認電郵，請先檢查垃圾郵件匣，再致電門市查詢。
        團體優惠：已註冊的非牟利粵劇團體憑社團註冊證明文件，租金可享八五折；每團每年上限三次，不可與其他優惠同時使用，本公司保留最終決定權。
        油彩及化妝用品：胭脂、油底彩、水粉每盒HK$68起，日本製卸妝油每枝HK$95；化妝師上門服務每位演員HK$480，另收交通費，需提前三日預約。
    """),
    ("zh-Hans", "排练群聊"): _lines("""
        今晚七点半在牛车水人民剧场排《帝女花·香夭》，头架和司鼓请提前二十分钟到场，调音用的扩音器已经放在后台左边，用完记得放回原位。
        音响组注意：无线咪一共12支，编号MIC-01到MIC-12，演出结束后务必逐支签回，上次少了MIC-07到现在还没找到，这次谁负责谁签名。
        舞台监督提醒：周六彩排流程表已经更新到第5版，第三场的换景时间从90秒缩短到60秒，大家把旧版本丢掉，打印新版本带来排练。
        财务这边说明一下：本月场租共计新币2,450元，已经用团体账户转账给剧场，收据编号KA-R-20270215，需要报账的请找秘书处登记。
        服装组：长平公主的凤冠上周送去香港的戏服公司修理，顺丰快递单号SF1402837765122，预计周四到新加坡，请后台值班的同事留意签收。
        有团员问能不能带家属进来看彩排，原则上可以，但是后台不开放，观众席最多二十人，请提前一天在群里报人数，方便前台安排座位和名牌。
        明天下午的记者会是宣布与新加坡华乐团的合作计划，团长会代表剧团出席，其他人不需要到场，晚上的排练照常进行，大家不要迟到。
        乐队这边二胡换弦的费用统一由团费支付，敦煌牌二胡弦一套新币18元，请在共享表格上填写需要的数量，周五之前交给器材组统一采购。
        吉隆坡的演出确定在隆雪华堂，地址是吉隆坡马哈拉惹礼路1号，出发时间周五早上六点，旅游巴士在剧场门口集合，过关记得带护照。
        提醒一下：《紫钗记·剑合钗圆》的曲谱有两个版本，我们用的是唐涤生原本，不是后来删节过的演出本，排练和演出时千万别拿错谱。
        化妆间空调坏了已经报修，工单号WO-88213，物业那边说维修师傅明天中午前来处理，今晚先用两台落地风扇顶住，大家辛苦了。
        下个月慈善专场的门票收入扣除开支后全部捐给社区安老院，详细账目会在月底的团员大会上公布，欢迎大家到时候监督和提问，有意见也可以会后找财务。
        新加入的团员请先看群公告置顶的《团规》第3条至第7条，尤其是关于迟到和请假的规定，有疑问可以直接在群里提出来，或者周六排练时问秘书处。
    """),
    ("ms", "notis_persatuan"): _lines("""
        Notis Mesyuarat Agung Tahunan ke-23 Persatuan Muzik Tradisional Cina Seremban akan diadakan pada 15 Mac 2027, jam 2.00 petang, di Dewan Perhimpunan Cina Negeri Sembilan.
        Nombor pendaftaran persatuan: PPM-005-05-14081996. Sebarang pertanyaan sila hubungi pejabat persatuan di talian 06-763 2918 atau e-mel setiausaha@pmtcs.org.my.
        Latihan koir untuk konsert sempena Hari Kebangsaan akan bermula 5 Julai, setiap Sabtu 3.00 hingga 5.30 petang, di bilik latihan Dewan Filharmonik Petronas, KLCC.
        Yuran keahlian tahunan ialah RM60 untuk ahli biasa dan RM30 untuk pelajar. Bayaran boleh dibuat melalui DuitNow kepada akaun persatuan dengan rujukan YURAN2027.
        Lagu-lagu untuk persembahan: Rasa Sayang, Di Tanjung Katong, Getaran Jiwa (ciptaan P. Ramlee) dan Tanah Pusaka; skor SATB boleh dimuat turun dari laman web persatuan.
        Sewaan pakaian opera Kantonis dikenakan caj RM250 sehari bagi setiap set dengan deposit RM500; pakaian yang rosak akan dikenakan bayaran pembaikan mengikut sebut harga kedai.
        Pihak pengurusan Dewan Sri Pinang, Lebuh Light, George Town memaklumkan bahawa tempat letak kereta bawah tanah ditutup sepanjang bulan April untuk kerja penyelenggaraan.
        Tiket konsert amal dijual pada harga RM45 (dewasa) dan RM25 (warga emas serta pelajar); semua hasil jualan akan disalurkan kepada Tabung Pendidikan Muzik persatuan.
        Peringatan: semua peralatan muzik milik persatuan mesti direkodkan dalam buku log inventori sebelum dibawa keluar dari bilik stor, termasuk dram, gong dan simbal.
        Kelas erhu untuk kanak-kanak berumur 8 hingga 12 tahun dibuka semula; yuran RM120 sebulan untuk empat sesi, di bilik muzik tingkat 2, Wisma Persatuan.
        Jawatankuasa telah meluluskan pembelian 6 unit pembesar suara Yamaha DXR10 mkII berjumlah RM14,280 daripada Syarikat Bunyi Harmoni Sdn Bhd (No. Syarikat 201701023456).
        Persembahan opera Kantonis Puteri Changping (Dinu Hua) akan dipentaskan dengan sarikata Bahasa Melayu dan Inggeris buat pertama kali di Ipoh pada bulan Ogos ini.
        Sila ambil perhatian: latihan pada 1 Mei dibatalkan kerana cuti umum Hari Pekerja. Latihan gantian akan diadakan pada Ahad, 4 Mei, pada masa dan tempat yang sama.
    """),
    ("mixed", "ticketing_config_logs"): _lines("""
        2027-03-14T19:02:11+08:00 INFO ticketing.checkout order=ORD-SG-00418273 seats=3 venue=VCH total_sgd=135.00 status=PAID gateway=stripe_test
        TICKET_API_BASE=https://api.example-tix.sg/v2 ; TICKET_API_KEY=sk_test_51Hx000000000000000000 ; DEFAULT_CURRENCY=SGD # 注意 production 唔好用 test key
        seat_map.yaml: section: Stalls, rows: A-P, seats_per_row: 28, wheelchair_bays: [P1, P2, P27, P28] # 高山劇場 layout, 以官方平面圖為準
        def member_fee(tier): return {'adult': 180, 'student': 60, 'senior': 90}.get(tier, 180)  # yuran ikut keputusan AGM 2026
        WARN roster.sync: 3 rehearsal slots overlap on 2027-04-06 (Studio A 19:00-21:30, Studio A 20:00-22:00); tolong resolve sebelum Jumaat
        CSV header: roll_id,voice_part,section_leader_flag,joined_year,attendance_pct,fee_status  # 不要加 phone/email 欄位, PDPA issue
        ERROR payment.webhook 502 from gateway, retry=2/5, ref=PAY-20270314-7f3a9c, amount=RM88.00 -- 先 hold 住唔好 refund 住
        git commit 4e1b9d2: fix: 帝女花 surtitle cue 47 timing off by 1.5s; bump surtitles.json to v1.8.3 (tested on Esplanade LED wall)
        locale = { 'zh-Hant': '購票', 'zh-Hans': '购票', 'ms': 'Beli Tiket', 'en': 'Buy Tickets' } // button labels for the booking widget
        cron: 0 9 * * MON python send_roster.py --group tenors --dry-run  # email 去 section mailing list, jangan hantar ke individu
        INFO costume.rental returned item=SKU-FM-MANG-RED-L qty=1 deposit_refund=HKD 3000.00 condition=OK inspected_by=wardrobe_desk
        docker run -e DB_HOST=db.internal -e DB_NAME=choir_roster -e TZ=Asia/Kuala_Lumpur -p 8080:8080 rosterapp:2.11.0
        SELECT voice_part, COUNT(*) FROM members WHERE status='active' GROUP BY voice_part; -- 結果: S 24, A 19, T 11, B 14
    """),
    ("zh-Hant", "粵劇史話"): _lines("""
        唐滌生於一九五九年為仙鳳鳴劇團編撰《帝女花》，由任劍輝飾周世顯、白雪仙飾長平公主，此劇至今仍是香港粵劇舞台上最常上演的劇目之一。
        一九五九年九月，唐滌生在利舞臺觀看《再世紅梅記》首演期間病倒，翌日辭世，年僅四十二歲，被後世戲迷視為香港粵劇界的一大憾事。
        薛覺先與馬師曾在二十世紀三十年代被並稱為「薛馬爭雄」，二人對粵劇唱腔、舞台美術及劇本改革均有深遠影響，門下弟子遍佈省港澳。
        紅線女原名鄺健廉，創立別具一格的「女腔」唱法，代表作包括《昭君出塞》與《關漢卿》，晚年長居廣州，當地設有紅線女藝術中心。
        粵劇於二〇〇九年由粵港澳三地聯合申報，成功列入聯合國教科文組織人類非物質文化遺產代表作名錄，成為香港首個世界級非遺項目。
        油麻地戲院建於一九三〇年，是市區僅存的戰前戲院建築，活化後於二〇一二年重開，成為粵劇新秀的主要演出場地，地址為窩打老道6號。
        新光戲院位於北角英皇道423號，自一九七二年開幕以來一直是香港粵劇演出的重要基地，多年來曾數度因租約問題傳出結業消息，引起戲迷關注。
        新加坡牛車水人民劇場位於Kreta Ayer Road 30A號，長期是當地粵劇、潮劇及其他華族地方戲曲團體的主要演出及排練場地之一。
        《帝女花》中長平公主與駙馬周世顯在〈香夭〉一場雙雙飲砒霜殉國，一曲「落花滿天蔽月光」傳唱至今，成為粵曲初學者必學的唱段。
        任劍輝與白雪仙被戲迷合稱「任白」，二人合作的《紫釵記》、《牡丹亭驚夢》、《再世紅梅記》等劇目，其後多次由雛鳳鳴劇團重演。
        澳門文化中心位於冼星海大馬路，冼星海是在澳門出生的作曲家，其代表作《黃河大合唱》至今仍是海內外華人合唱團的常演曲目之一。
        臺北市立國樂團成立於一九七九年，是臺灣第一個專業國樂團，近年常與社區合唱團及學校樂團合作，演出客家及閩南語歌謠改編作品。
        資深粵劇演員阮兆輝多年來致力推動粵劇教育，經常在公開講座及電台節目中講述昔日戲班的行規、拜師儀式與後台種種禁忌，深受年輕觀眾歡迎。
    """),
    ("en", "venue_reviews"): _lines("""
        4/5 Victoria Concert Hall: acoustics for a 60-voice amateur choir are superb, but the backstage corridor is narrow and the lift to the green room is painfully slow.
        2/5 Booked a rehearsal room at Crescendo Music Studio (Bukit Timah) for our string quartet; the aircon leaked onto the piano and the refund took three weeks.
        5/5 Mdm Wong's Opera Wardrobe in Yau Ma Tei: embroidered python robes in perfect condition, a fair deposit policy, and they steamed everything before pickup.
        3/5 Sunbeam Theatre, North Point: great sightlines from the front stalls, but the back-row seats are worn and the toilet queue is endless during intermission.
        4/5 Ah Seng Sound & Light Sdn Bhd did the PA for our dinner concert in Klang. Reliable crew, set up in 90 minutes, quoted RM3,800 and added no hidden charges.
        1/5 The ticketing agent charged a SGD 4.50 booking fee per ticket AND a SGD 2 convenience fee. For a community choir concert that is just ridiculous.
        5/5 Ko Shan Theatre New Wing is the best mid-size venue for Cantonese opera in Kowloon: proper orchestra pit, a good fly system, and the staff know the genre.
        4/5 Yamaha Music School at Plaza Singapura rents out ensemble rooms on weekends; clean, a well-tuned upright, SGD 45/hour, but book at least two weeks ahead.
        2/5 Dewan Filharmonik Petronas is stunning, but the security check for our 40-person choir took nearly an hour. Tell your members to arrive early, seriously.
        4/5 Tried the new erhu strings from a Guangzhou brand sold at Lim Brothers Music in Penang: bright tone, lasted two months of daily practice, RM38 a set.
        3/5 Taipei Zhongshan Hall (98 Yanping S. Rd.) is historic and beautiful, but the Guangfu Hall has a lot of reverb; our chamber choir lost all diction in the fast pieces.
        5/5 Kedai Muzik Seri Melodi, Jalan Tun H.S. Lee, KL repaired our snare drum and two cracked cymbal stands within two days, invoice INV-SM-2027-0093, fair price.
        3/5 Esplanade Recital Studio is perfect for a 30-minute lunchtime set, but the loading bay booking form is confusing and the PDF link on their site was broken for a week.
    """),
    ("mixed", "invoice_lines"): _lines("""
        INVOICE No. INV-2027-0412 | 鳳鳴戲服 Phoenix Song Costume Co. | BR No. 70215538 | 蟒袍 x4 @HK$650 = HK$2,600 | 按金 HK$3,000 (refundable)
        Invois INV/SBH/27/0088 - Syarikat Bunyi Harmoni Sdn Bhd (201701023456) - sewa sistem PA 2 hari RM3,800 + SST 8% RM304 = RM4,104, bayar dalam 30 hari
        Tax Invoice 稅務發票 | Crescendo Music Studio Pte Ltd | UEN 201623458M | Room B, 6 hrs x SGD 45 = SGD 270.00, GST 9% SGD 24.30, total SGD 294.30
        統一發票號碼 KT-40318826｜祥叔戲曲服裝社 統一編號 53218407｜歌仔戲服租借三套 NT$9,000，含稅，付款方式：銀行轉帳
        Quotation QT-0427 for Hari Raya choir gig 開齋節合唱演出: 20 penyanyi, 2 jam, RM200 seorang, transport RM350, total RM4,350 - 報價有效期 14 日
        Receipt 收據 No. 000781 - 隆雪華堂 KLSCAH hall rental, Dewan Besar, 1 day, RM6,500 (deposit RM2,000 received 2027-02-03, balance due on the day)
        Credit note CN-2027-015: 退回 2 套 costume 因為尺寸不合, amount HK$560, offset against invoice INV-2027-0412, no cash refund.
        Bill 帳單 from Macao Cultural Centre: small auditorium hire, 4 hrs, MOP 8,800; technical crew 3 pax x MOP 450; 總數 MOP 10,150, due in 15 days.
        PO No. PO-HCC-2027-031 | 20 x black ring-bound choral folder @SGD 18.90 | 運費 SGD 12 | Supplier: Sing Music Supplies Pte Ltd (UEN 200918273D)
        Invoice 發票 #HK-88127 - Sound Works Ltd (BR 66421093) - 無線咪租用 12 支 x 2 場 @HK$150 = HK$3,600; late return fee HK$200/支/日
        Resit rasmi 正式收據 No. R-2027-1142: yuran penyertaan Festival Koir Antarabangsa Penang, 1 kumpulan, RM1,200, dibayar via FPX, ref FPX2027051300418
        Statement of account 賬戶結單 as at 31-Mar-2027: Harmonia Community Choir owes Esplanade Co Ltd SGD 1,480.00 (INV E-556201), overdue 12 days.
        Invoice INV-TW-0331｜臺北市中山堂 光復廳場租 NT$36,000，音響技術人員加班費 NT$4,500，保證金 NT$10,000 已收，餘款請於演出前七日匯入。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Members' roll row: Rachel Ong Hui Min, Alto 2, joined 2019, NRIC S8234571Z, mobile +65 9127 4408, fees paid up to Dec 2027.
        Please note our tenor Marcus Tay won't be singing this season - he's undergoing chemotherapy for stage 2 lymphoma and asked us to keep it quiet.
        Costume deposit refund HK$3,000 to be transferred to HSBC account 023-418276-833 (account name CHEUNG Wai Ling), rental contract FM-2027-0318.
        Treasurer's note: Derek Lim Choon Seng still owes the orchestra SGD 1,260 in back subscriptions plus the cost of the cello bow he broke in October.
        Lost and found: iPhone with a cracked case handed in after Sunday's concert; the lock screen says 'If found call 9683 2157' and shows a toddler in a pink tutu.
        Carpool for the Ipoh trip: 6:15am pick-up at 27 Jalan SS 2/64, Petaling Jaya (Kenneth Loh, silver Myvi WXY 8812), then on to Aunty Lily in TTDI.
        Incident report 14/03: our violist Priya Nair fainted during the dress rehearsal; she told the stage manager she's 14 weeks pregnant and had skipped lunch.
        Just so you know, Soh Kim Hwa resigned as concertmaster because of his divorce proceedings with his wife, who also sings in our soprano section. Please be discreet.
        Emergency contact for chorister Benjamin Koh: mother, Mdm Koh Siew Eng, +65 8461 0392, 9 Jalan Kembangan, Singapore 419098. Allergy: penicillin.
        Please reimburse Yvonne Chia SGD 86.40 for the score photocopies; PayNow to her own mobile 9735 6214, not to the choir's UEN.
    """),
    "zh-Hans": _lines("""
        团员名册：黄丽萍，女，花旦，身份证号440604199203114624，手机13926481537，住广州市荔湾区多宝路58号之三502房。
        刘志强（司鼓）上个月因为酒驾被拘留十五天，这事别在群里传，团长说等他出来再决定还让不让他打鼓。
        演出费发放：陈伟明 小生 人民币3,200元，收款账户 中国工商银行 6222 0236 0201 5587 412，开户行广州荔湾支行。
        周阿姨（周玉芬）最近确诊了乳腺癌，下个月要做手术，《帝女花》她演不了，大家先别去问她，让她好好休息。
        退票申请：订单号ORD-CN-20270412-0093，购票人 李建华，电话 187 2209 6613，理由：家里老人住院，无法观看演出。
        财务提醒：何小燕拖欠团费和服装押金共计1,850元，已经三个月没交，她说老公生意失败手头很紧，请理事会讨论怎么处理。
        报名表｜姓名：郑佳怡｜声部：女高音｜出生日期：1998年6月17日｜微信号：zhengjy_0617｜紧急联系人：父亲 郑国栋 135 0284 7719
        小吴的车牌是粤A·3K7P2，周六去佛山演出时他停在剧场后门，保安说再乱停就拖车，麻烦谁转告他一下。
        老林和林太离婚之后两个人都还在曲艺社唱，排练时总是吵架，理事会决定以后不再安排他们同一场演出。
        快递寄戏服给王美玲，收件地址：福建省厦门市思明区湖滨南路388号7栋1203室，电话159 6027 3184，运费到付。
    """),
    "zh-Hant": _lines("""
        團員資料：梁嘉欣，花旦，香港身份證 K382915(4)，手提電話 9173 2846，地址：九龍深水埗長沙灣道233號8樓B室。
        阿輝（張永輝，頭架）話佢最近欠咗大耳窿三萬幾蚊，成日有人打電話嚟劇團搵佢，大家聽到電話千祈唔好俾佢資料。
        蔡太上個禮拜中風入咗伊利沙伯醫院，而家仲喺深切治療部，佢嘅戲服暫時由服裝組保管，大家唔好亂郁。
        臺北合唱團退費名單：林怡君，身分證字號A223184708，退款NT$2,400匯入郵局帳號0001234-0567891，請會計確認。
        陳sir 嘅薪金由下個月起調整為每月HK$28,500，佢唔想其他導師知道，請人事小組保密。
        戲服按金退還：何詠詩，滙豐戶口 512-873219-838，金額HK$3,000，租約編號FM-2027-0290，請於七日內處理。
        澳門曲藝會會員 黃志偉，澳門居民身份證 5215836(3)，電話 6628 4153，住址：澳門氹仔海洋花園第三座15樓D。
        美琪阿媽打嚟講，美琪驗到有抑鬱症，醫生叫佢暫停所有排練，下個月嘅比賽要搵人頂佢個女高音位。
        車位登記：周先生，車牌 RK 2317，逢星期四晚泊高山劇場停車場，會員月費已繳至六月。
        投訴：何伯（何錦榮）話上次演出後台有人偷咗佢個銀包，入面有身份證 Y604172(6) 同八達通，已經報咗警。
    """),
    "ms": _lines("""
        Senarai ahli: Nurul Aisyah binti Kamarudin, soprano, No. K/P 920718-10-6284, telefon 012-483 7265, alamat No. 14, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam.
        Encik Faizal (pemain gendang) dimasukkan ke wad Hospital Kuala Lumpur kerana serangan jantung malam tadi; keluarga minta ahli jangan melawat dulu.
        Bayaran honorarium RM450 untuk Puan Siti Hajar binti Osman, akaun Maybank 1141 2233 8890, sila masukkan sebelum 30 haribulan.
        Ahli jawatankuasa Tan Boon Keat didapati menggunakan wang persatuan sebanyak RM7,200 untuk kegunaan peribadi; laporan polis telah dibuat di IPD Seremban.
        Kak Ros beritahu dia dah bercerai dengan suaminya bulan lepas dan sekarang tinggal dengan anak-anak di rumah ibunya di Kajang, jadi tak dapat hadir latihan malam.
        Borang pendaftaran koir: Lee Mei Fong, MyKad 880527-14-5526, lahir 27/05/1988, e-mel meifong.lee88@gmail.com, alto, hubungi 016-552 0871.
        Kereta Proton Saga BMK 3390 milik Encik Ramli diletakkan di petak VIP semasa konsert; sila maklumkan beliau untuk alihkan sebelum jam 7 malam.
        Gaji bulanan konduktor sambilan, Encik Azman bin Yusof, ialah RM3,200 dan akan dipotong RM400 kerana tidak hadir tiga latihan bulan ini.
        Sila hubungi pak cik Ah Keong di 019-771 4028 untuk ambil semula gong yang dipinjam; dia tinggal di Lorong Kenari 5, Taman Bukit Mewah, Ipoh.
        Laporan insiden: penyanyi tenor Daniel Wong jatuh dari pentas dan patah pergelangan tangan kiri; tuntutan insurans dibuat di bawah polisi AXM-8821049 atas namanya.
    """),
    "mixed": _lines("""
        Eh 各位, Auntie Jenny (Jenny Tan Siew Lan) 個 NRIC 係 S7719032E, booking Esplanade 要用, 唔該 admin 幫手填 form, 佢 handphone 9266 1845.
        Roll call 出席表: 郑伟杰 Zheng Weijie, bass, 0%, 三个月冇嚟 - 佢老婆话佢 kena retrench, tak mampu bayar yuran lagi.
        Committee chat: 阿May 話佢 boyfriend 打佢, 手臂有 bruises, 想暫時住喺 treasurer 屋企幾日, pls keep this confidential ah.
        Transfer 演出費 RM600 ke akaun CIMB 7006 2281 45 atas nama Wong Kar Leng 黃家玲, ref: Dinner Show Klang 12/4.
        Honorarium list: 林志明 Lim Chee Meng (erhu) SGD 250, FIN F2260417K, PayNow 8162 0573; 謝淑貞 Chia Siok Ching (yangqin) SGD 250, NRIC T0312846B.
        Uncle Robert 話佢 last week 驗出 Parkinson's, 拉 violin 手震得好犀利, 但佢唔想退團, 我哋點算好? Jangan bagitahu orang lain dulu.
        Form submitted 2027-03-02 10:14 | name=Chong Mei Yee 莊美儀 | part=Soprano 1 | email=meiyee.chong@outlook.com | phone=+60 12-709 3316 | dietary=halal
        TW 團員 王志豪 身分證 F129057365, 手機 0912-338-472, 住 台中市西屯區惠來路二段101號5樓, 報名 Taipei concert 請確認.
        Log: 2027-04-06 21:44 member_id=HK0311 name='Ho Ka Yan' hkid=M219087(2) action=update_address new='Flat 12C, Block 3, Kornhill, Quarry Bay'
        阿Ken 今日 court case 第二堂, 佢被告 assault 個 neighbour, 所以 Saturday concert 缺席, pls find 替補 bass, don't spread ah.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a helpful assistant for the committee of the Harmonia Community Choir in Singapore.",
        ),
        (
            "user",
            "Draft a short email to our new alto Rachel Ong Hui Min (rachel.ong.hm@gmail.com) confirming her membership. Her NRIC S8234571Z is needed for the Esplanade pass, so ask her to check it's correct.",
        ),
        (
            "assistant",
            "Subject: Welcome to Harmonia Community Choir. Dear Rachel, we are delighted to confirm your membership as Alto 2. For your Esplanade backstage pass we have recorded your NRIC as S8234571Z; please reply if any detail is wrong. Rehearsals are on Saturdays, 2:00 to 5:30pm. Warm regards, the Committee.",
        ),
        ("user", "Thanks. Can you make it a bit less formal?"),
        (
            "assistant",
            "Hi Rachel! Welcome to Harmonia, so glad to have you with the altos. Quick check: for the Esplanade pass we've got your NRIC down as S8234571Z, just let us know if that's off. See you Saturday at 2! Cheers, the Committee",
        ),
    ],
    [
        (
            "user",
            "幫我寫個WhatsApp訊息俾鳳鳴戲服，話我哋租約FM-2027-0290已經還晒衫，叫佢將HK$3,000按金過數去何詠詩個滙豐戶口 512-873219-838，有問題打佢手提 6392 8174。",
        ),
        (
            "assistant",
            "你好，我哋係租約FM-2027-0290嘅劇團，所有戲服已經於今日歸還。麻煩將按金HK$3,000轉帳至何詠詩小姐嘅滙豐戶口 512-873219-838。如有任何問題，可直接致電何小姐 6392 8174。唔該晒！",
        ),
        ("user", "可唔可以加多句，叫佢哋轉完數send張收據俾我哋？"),
        (
            "assistant",
            "可以，喺最後加一句：「轉帳完成後，麻煩WhatsApp張收據俾何小姐（6392 8174），方便我哋對數，多謝！」",
        ),
    ],
    [
        ("system", "你是一个粤剧团的行政助理，语气温和、注意保护团员隐私。"),
        (
            "user",
            "我们团的周玉芬阿姨确诊乳腺癌，下个月要在中山大学肿瘤防治中心做手术，她演的长平公主需要换人。我该怎么在群里通知大家，又不暴露她的病情？",
        ),
        (
            "assistant",
            "建议在群里只说：「因个人原因，下月《帝女花》长平公主一角将由替补演员担任，排练安排稍后公布。」不要提周阿姨的病情和医院。如果有人私下问起，可以说她需要休息一段时间，请大家尊重她的隐私。",
        ),
        ("user", "好的，那我私下给她发个慰问信息，帮我写一下。"),
        (
            "assistant",
            "周阿姨您好，听说您要休养一段时间，团里的大家都很挂念您。手术和治疗期间请安心休息，角色的事情我们会安排好，不用担心。等您康复了，我们一起再唱《香夭》。有任何需要随时找我。",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis surat peringatan kepada ahli kami, Encik Tan Boon Keat, No. K/P 770405-07-5131, yang masih tertunggak yuran RM360 sejak 2025. Alamat dia 22, Lorong Delima 7, Island Glades, 11700 Gelugor, Pulau Pinang.",
        ),
        (
            "assistant",
            "Kepada: Encik Tan Boon Keat (No. K/P 770405-07-5131), 22, Lorong Delima 7, Island Glades, 11700 Gelugor, Pulau Pinang. Perkara: Peringatan Tunggakan Yuran Keahlian. Dengan hormatnya, rekod kami menunjukkan yuran keahlian berjumlah RM360 masih tertunggak sejak tahun 2025. Mohon jelaskan bayaran dalam tempoh 14 hari dari tarikh surat ini. Sekian, terima kasih. Setiausaha Persatuan.",
        ),
        ("user", "Boleh buang nombor K/P dari surat tu? Rasa tak perlu."),
        (
            "assistant",
            "Betul, nombor K/P tidak perlu dalam surat peringatan. Bahagian alamat boleh dikekalkan seperti ini: Kepada: Encik Tan Boon Keat, 22, Lorong Delima 7, Island Glades, 11700 Gelugor, Pulau Pinang. Bahagian lain surat kekal sama.",
        ),
    ],
    [
        (
            "system",
            "Roster data for Southern Breeze Chinese Orchestra: 林志明 Lim Chee Meng erhu +65 8162 0573; 谢淑贞 Chia Siok Ching yangqin +65 9018 3346; Ahmad Firdaus bin Rahim percussion +65 8725 4410.",
        ),
        (
            "user",
            "Help me arrange 下个礼拜 sectional rehearsal roster, erhu Tuesday, yangqin Wednesday, percussion Thursday, 每个人 SMS reminder 要有佢 phone number.",
        ),
        (
            "assistant",
            "Sectional roster next week: Tue 7:30pm erhu - Lim Chee Meng 林志明 (+65 8162 0573); Wed 7:30pm yangqin - Chia Siok Ching 谢淑贞 (+65 9018 3346); Thu 7:30pm percussion - Ahmad Firdaus bin Rahim (+65 8725 4410). SMS template: Hi, reminder of your sectional this week at 7:30pm, Studio A. Reply Y to confirm.",
        ),
    ],
    [
        (
            "user",
            "Two of our choir members, Soh Kim Hwa and his wife Grace Soh, are going through a nasty divorce and now refuse to stand in the same row. Grace says Kim Hwa has been sending her threatening messages. How should the committee handle seating for the concert?",
        ),
        (
            "assistant",
            "Keep it practical and neutral: place them in different sections of the risers, or on opposite wings, and brief only the section leaders. Since Grace has mentioned threatening messages, the committee should not mediate the legal matter itself; suggest she keep records and seek help from the police or a family service centre if she feels unsafe, and make sure both know the choir's code of conduct applies at rehearsals.",
        ),
        ("user", "Should we tell the rest of the choir why?"),
        (
            "assistant",
            "No. Just announce a new seating plan without any explanation. Their marriage and the messages are private matters and should stay within the small group that needs to know.",
        ),
    ],
    [
        ("system", "你是臺灣一個社區合唱團的行政小幫手。"),
        (
            "user",
            "幫我填國家音樂廳演奏廳的場地申請表聯絡人欄位：王志豪，身分證字號F129057365，手機0912-338-472，地址台中市西屯區惠來路二段101號5樓，電子郵件chihhao.wang@yahoo.com.tw。",
        ),
        (
            "assistant",
            "聯絡人資料：姓名 王志豪；身分證字號 F129057365；行動電話 0912-338-472；通訊地址 台中市西屯區惠來路二段101號5樓；電子郵件 chihhao.wang@yahoo.com.tw。提醒您：申請表上的團體名稱與立案字號也要一併填寫。",
        ),
        ("user", "謝謝，立案字號我再問理事長。"),
    ],
    [
        (
            "user",
            "Kami nak pergi Ipoh untuk festival koir, tolong susun carpool. Kereta 1: Kenneth Loh, Myvi WXY 8812, rumah 27 Jalan SS 2/64 PJ. Kereta 2: Nurul Aisyah, Axia VBH 5127, rumah Taman Sri Muda Shah Alam. Penumpang: Lee Mei Fong (Kajang), Daniel Wong (Subang Jaya).",
        ),
        (
            "assistant",
            "Cadangan carpool: Kereta 1 (Kenneth Loh, Myvi WXY 8812) bertolak 6.00 pagi dari 27 Jalan SS 2/64, Petaling Jaya, ambil Daniel Wong di Subang Jaya. Kereta 2 (Nurul Aisyah, Axia VBH 5127) bertolak 5.45 pagi, ambil Lee Mei Fong di Kajang dahulu, kemudian ke Shah Alam dan terus ke Lebuhraya Utara-Selatan. Berkumpul di R&R Tapah jam 8.00 pagi.",
        ),
        ("user", "Ok good, Daniel tangan dia patah lagi so dia tak boleh angkat barang, noted ya."),
        (
            "assistant",
            "Baik, dicatat: Daniel Wong tidak akan mengangkat barang kerana kecederaan tangan. Cadangkan peralatan dan pakaian dimasukkan ke Kereta 2 supaya Kenneth tidak perlu bantuan semasa memunggah.",
        ),
    ],
    [
        (
            "user",
            "整理一下这次佛山演出的演出费表：陈伟明 小生 3200元 工行6222 0236 0201 5587 412；黄丽萍 花旦 3500元 建行6217 0012 3004 5561 208；刘志强 司鼓 2000元，他说先别发，等他处理完拘留的事。",
        ),
        (
            "assistant",
            "演出费表（佛山场）：1. 陈伟明｜小生｜3,200元｜工商银行 6222 0236 0201 5587 412｜待发放；2. 黄丽萍｜花旦｜3,500元｜建设银行 6217 0012 3004 5561 208｜待发放；3. 刘志强｜司鼓｜2,000元｜暂缓发放（本人要求）。合计8,700元。备注栏建议只写「本人要求暂缓」，不要写原因。",
        ),
        ("user", "好，备注就这么写。"),
    ],
    [
        (
            "system",
            "You help a Hong Kong Cantonese opera troupe with admin. Remove personal identifiers when asked.",
        ),
        (
            "user",
            "Please redact this before I send it to the venue: 'On 6 Apr after the show, Mr Ho Kam Wing (HKID Y604172(6), tel 9541 0836) reported his wallet stolen from dressing room 3 at Ko Shan Theatre. Police report made at Hung Hom station.'",
        ),
        (
            "assistant",
            "Redacted version: 'On 6 Apr after the show, a troupe member reported his wallet stolen from dressing room 3 at Ko Shan Theatre. A police report was made at Hung Hom station.' The name, HKID number and phone number have been removed.",
        ),
        ("user", "Perfect, thanks."),
    ],
]
