# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix104: pottery, art and craft workshops in SG/MY/HK/TW. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix104
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "workshop_listing"): _lines("""
        Wheel Throwing Taster (2.5 hrs) — SGD 98 per pax, min age 12, clay and one glaze firing included; pieces ready for collection 4-6 weeks after class.
        Hand-building for Beginners, 4-week course, Tuesdays 7:30-9:30pm, max 8 students per class, apron provided, please come with short nails.
        Couples' Date Night Pottery: two wheels side by side, BYO wine allowed, HKD 1,280 for two, trimming and glazing done by our studio team.
        Kids Clay Camp (ages 6-11) during the June school holidays — 5 mornings, 9am-12pm, snack break included, parents please pack a change of clothes.
        Kintsugi Repair Workshop: bring one broken ceramic piece (max 15cm); we use food-safe epoxy with gold mica, not traditional urushi lacquer.
        Raku Firing Day at our outdoor kiln in Yilan — limited to 10 participants, closed-toe shoes compulsory, cancelled automatically if the rain forecast exceeds 70%.
        Private corporate team-building sessions for 10-40 pax on weekdays; quote includes facilitator, materials and delivery of finished pieces to your office.
        Glaze Lab Masterclass: mix your own cone 6 celadon and tenmoku from raw materials; safety briefing on silica dust, N95 masks provided.
        Yayoi Kusama-inspired Polka Dot Planter class this Saturday — paint dots with underglaze on a pre-made bisque pot, suitable for age 5 and up.
        Open Studio membership: RM 380/month, 12 hours of wheel time, 1 shelf, firing charged by weight at RM 0.12 per gram of fired ware.
        Our studio is wheelchair accessible via the lift lobby at Block 3; let us know at booking if you need a lower wheel or table.
        Sign-language-interpreted session on the last Sunday of every month, co-hosted with a deaf community association; seats are released 2 weeks ahead.
        Enquiries: call the studio line +65 6734 2210 (Tue-Sun, 11am-7pm) or email hello@muddyhands.sg — we do not take bookings over Instagram comments.
        Gift vouchers are valid for 12 months from date of purchase, transferable, not exchangeable for cash; voucher code format is CLAY-XXXX-XXXX.
    """),
    ("zh-Hant", "studio_notice"): _lines("""
        【公告】本週六（12月13日）窯爐維修，所有燒製延遲一星期，敬請見諒。
        各位學員注意：拉坯班請提早10分鐘到，換好圍裙、剪短指甲先入場，唔該晒！
        觀塘工作室已搬遷至巧明街 112 號 8 樓 B 室，升降機按 8 字，出門右轉；查詢請致電工作室 2345 6789（辦公時間）。
        釉藥燒成色差屬正常現象，同一款釉喺唔同位置、唔同厚度都會有分別，恕不接受因色差退款。
        台北大安教室公休日：每週一；如遇國定假日照常開課，颱風停班停課則依台北市政府公告辦理。
        陶藝體驗課每位 NT$1,200，含土、釉、一次燒製；作品約 6 週後可取件，可另付運費寄送全台。
        學員作品存放期限為燒成後 60 天，逾期未取將捐贈給社區回收計劃。
        親子班只限一位家長陪同，小朋友需年滿 4 歲；請勿帶食物入課室，以免污染泥料。
        【招募】兼職助教，需有一年以上拉坯經驗，時薪 HK$120 起，有意者請將作品集電郵至工作室招聘信箱。
        本工作室使用之陶土為台灣鶯歌陶土及日本信樂土，均不含鉛；釉藥經第三方檢測，屬食器級別。
        燒窯時間表：素燒 12/8（一）、本燒 12/11（四）、樂燒 12/20（六），請於前一天晚上 9 點前把作品放上待燒架。
        有學員問點解杯底會爆：多數係因為底部太厚、乾燥唔均勻，下堂課老師會示範點樣修坯。
        聖誕限定：手捏聖誕老人小擺設，每位 HK$450，12 月逢週末下午開班，名額 12 位。
        朱銘美術館「人間系列」特展學生團票優惠，本班週日戶外教學集合時間上午 9:00，地點金山。
    """),
    ("zh-Hans", "kiln_log"): _lines("""
        窑号K2 | 2026-11-28 | 素烧 | 升温程序 B-04 | 最高 850°C | 保温 10 分钟 | 装窑 42 件 | 正常出窑
        窑号K1 电窑 本烧 cone 6 氧化，1222°C，保温15min，自然降温；东北角测温锥 6 号弯曲至 4 点钟方向，略欠火。
        出窑记录：批次 BF-2611-07，破损 3 件（2 件底裂，1 件粘板），已拍照存档于共享盘 /kiln/2026-11/。
        气窑还原烧记录：900°C 开始还原，CO 读数 1.2%，1280°C 止火，青瓷釉发色偏灰，下次提前 20°C 进入还原。
        棚板编号 S-12 出现釉滴，已用角磨机打磨并重新刷氧化铝涂层。
        热电偶读数与测温锥偏差约 +15°C，已提交维修单 WX-20261203-02，等待厂家更换。
        今日装窑：杯 18、碗 11、盘 6、花器 4；全部底部已擦净，未上釉高度 ≥5mm。
        烧成曲线 C6-SLOW：100°C/h 至 600°C，150°C/h 至 1100°C，60°C/h 至 1222°C，保温 15 分钟。
        电窑 Skutt KM-1027 控制器报错 E-1（升温过慢），检查后发现一组电热丝老化，已订购备件 PN 8823-04。
        本周电费：窑炉用电 486 kWh，平均每次本烧约 62 kWh，建议凑满一窑再烧以节省成本。
        乐烧批次 R-07：出窑温度约 980°C，放入锯末桶闷烟 15 分钟，开片效果理想。
        窑炉安全检查：排风机运转正常，CO 报警器测试通过，灭火器有效期至 2027-08。
        柴烧窑第 3 次投柴记录：松木约 1.2 吨，烧成 52 小时，落灰均匀，背火面呈橘色火痕。
        测试片 T-118 至 T-124：铁红釉加 2% 骨灰，1230°C 氧化，色调由砖红转为柿红。
    """),
    ("ms", "booking_policy"): _lines("""
        Pembatalan lebih 72 jam sebelum kelas layak mendapat bayaran balik penuh; kurang 72 jam hanya kredit kelas sah selama 3 bulan.
        Peserta bawah 12 tahun mesti ditemani ibu bapa atau penjaga sepanjang sesi bengkel tembikar.
        Harga kelas roda tembikar RM 150 seorang termasuk tanah liat 1 kg, sayu dan pembakaran; hasil siap boleh diambil selepas 4-5 minggu.
        Sila pakai pakaian yang selesa dan tidak kisah kotor; apron disediakan tetapi tanah liat boleh terpercik ke seluar.
        Studio kami tutup pada Hari Raya Aidilfitri (hari pertama dan kedua) dan dibuka semula pada hari ketiga.
        Bayaran boleh dibuat melalui DuitNow QR, FPX atau kad kredit; resit rasmi dihantar secara automatik selepas pembayaran.
        Kelas batik canting untuk kanak-kanak setiap Sabtu jam 10 pagi, yuran RM 85 termasuk kain, lilin dan pewarna.
        Jika kelas dibatalkan oleh pihak studio kerana banjir atau bekalan elektrik terputus, bayaran balik penuh diproses dalam 7 hari bekerja.
        Hasil kerja yang tidak dituntut dalam tempoh 60 hari akan didermakan kepada projek komuniti.
        Ruang letak kereta terhad; disyorkan naik LRT dan turun di stesen Taman Paramount, jalan kaki 8 minit.
        Makanan dan minuman tidak dibenarkan di meja roda; sila gunakan ruang rehat di tingkat bawah.
        Tempahan kumpulan 15 orang ke atas mendapat diskaun 10%, tertakluk kepada ketersediaan slot hujung minggu.
        Nombor tempahan anda bermula dengan TNL- diikuti 8 digit (contoh: TNL-20261207); sila sertakan nombor ini bila menghubungi kami.
    """),
    ("mixed", "ig_dm"): _lines("""
        hi! is the wheel class on sat still got slot? 想同朋友一齐嚟 2 pax
        请问 kids class 几岁可以上？my girl 5 y/o only hehe
        Boleh tak bayar guna TNG eWallet? Nak book kelas hand-building minggu depan
        你哋有冇 gift card? 想送俾朋友做生日禮物 ☺️
        hello, the mug I made 上个月 still not ready ah? order no. CS-2610-0457
        wah the celadon glaze so nice! 係咪自己 mix 嘅？
        Can the class be conducted in 华语? My parents dun speak English 😅
        kelas raku tu ada lagi tak bulan Disember? saya nak join dengan kawan
        老師你好，想問你們有沒有代燒服務？大概 10 件杯子，cone 6
        Do you ship to East Malaysia? Kuching area, nak beli set pinggan 4 pcs
        你好 can I reschedule to next week? booking ref BK-88213, 唔好意思
        any discount for students? 我哋係 NTU 嘅 art club, around 12 people
        bisque ware ada jual tak? nak buat painting party kat rumah
        Hi hi 想問 wheel class 會唔會太難？完全冇經驗 la
        請問可以帶狗狗去 studio 嗎？牠很乖的 🐶
        btw ur reel abt trimming damn useful, 学到了 👍
    """),
    ("en", "commission_invoice"): _lines("""
        INVOICE INV-2026-0412 | 24 x custom dinner plates, 27cm, matte white glaze | SGD 2,160.00 | 50% deposit received | balance due on delivery
        Commission brief: 120 tea cups for a hotel lobby café, speckled stoneware, logo stamp on foot, lead time 10 weeks, sample approval by 15 Jan.
        Quotation Q-TW-0098: wedding favour mini vases × 80, NT$ 280 each, includes gift box and ribbon, excludes delivery outside Taipei.
        Refund processed: order #SH-51027, amount HKD 560.00, reason: class cancelled due to Typhoon Signal No. 8, method: original card.
        Tracking no. SPXMY0428816602 for parcel of 2 ceramic bowls, carrier Shopee Xpress, est. delivery 3-5 working days.
        PO 4500192311 from a restaurant group: 300 side plates, glaze code G-07 "Sea Salt", delivery to central kitchen in two batches.
        Refund policy for commissions: deposits are non-refundable once clay is thrown; pieces that crack in firing are remade free of charge once.
        Credit note CN-0031 issued against INV-2026-0388 for 3 chipped saucers; customer to keep the items.
        SKU: MUG-SPK-350-BLU (speckled mug, 350ml, cobalt rim) — stock 14, reorder point 10, supplier lead time 3 weeks.
        Payment terms: 30 days from invoice date; bank transfer to the company account printed on the invoice; PayNow to our UEN 201912345K accepted.
        Etsy order 3124876540 shipped via SingPost registered mail, item: hand-painted koi sake set, declared value USD 85.
        Commission for a museum gift shop: 200 replica Song dynasty Jun ware cups, approved glaze sample JUN-S3, packed in kraft boxes.
        Sales summary Nov 2026: 38 classes, 412 participants, revenue SGD 41,220, refunds SGD 1,380 (3.3%).
        ISBN 978-0-500-29325-6 — "A Potter's Book" by Bernard Leach, two copies available for loan from the studio library shelf.
    """),
    ("mixed", "teacher_roster"): _lines("""
        Sat roster: 10am wheel (T1 + 1 TA) | 2pm hand-build (T3) | 5pm date night (T2 + T4) | kiln unload 7pm (studio manager)
        本周排班：周二晚 hand-building 由 senior instructor 带，周四 glaze lab 暂停，改为 open studio。
        Jadual minggu ini: kelas roda Isnin & Rabu 8pm, kelas kanak-kanak Sabtu 10am, pembakaran kiln Jumaat.
        老師請注意：每堂課後要 wedge 好剩餘泥，回收桶標籤寫日期，唔好混埋白土同紅土。
        Dec roster draft v3 — 2 instructors needed for corporate booking on 18/12 (40 pax), TA slot still open.
        Cover request: Tue 7:30pm slot needs a sub, any instructor free? 時薪照舊 HK$350/hr
        Instructor checklist: sweep wheels, wipe splash pans, empty slip bucket into reclaim, log clay usage on the sheet, lock glaze room.
        排班表 W49 已上傳到 Google Drive 的「Roster 2026」資料夾，有衝突請喺 Friday 前講。
        New TA onboarding: 3 shadow sessions, first aid refresher, kiln safety module, then can lead kids class solo.
        Cuti umum 25/12: semua kelas dibatalkan, staff roster dialih ke 27/12 untuk kiln unloading.
        台中教室 12 月師資：週三拉坯（A 老師）、週五手捏（B 老師）、週日親子（A、B 輪值）。
        Overtime claims for kiln watch must be submitted via the HR form by the 25th; rate is 1.5x for hours after 10pm.
    """),
    ("zh-Hans", "craft_howto"): _lines("""
        新手拉坯总是定不了中心怎么办？手肘靠在大腿上，转速开到七成，水不要加太多。
        修坯的最佳时机是皮革硬（leather hard），用指甲按下去有轻微印子但不变形。
        釉料配方（cone 6 亮光透明釉）：长石 20、硅石 30、高岭土 20、硅灰石 15、熔块 3134 15，合计 100。
        景德镇被称为“瓷都”，宋代以青白瓷闻名，明清时期设御窑厂专为宫廷烧造瓷器。
        泥料回收：把干掉的碎泥泡水成泥浆，倒在石膏板上吸水到可揉的程度，再揉泥排气。
        为什么杯子会漏水？可能是烧成温度不够、坯体未完全瓷化，或釉面有针孔。
        石膏模注浆：泥浆比重调到 1.78–1.80，注满后静置 15 分钟，倒出余浆，待半干后脱模。
        柴烧和电窑的最大区别在于落灰和火痕，柴烧作品每一件都不同，但成品率更低。
        宜兴紫砂壶要开壶吗？一般用清水煮一遍即可，不建议用洗洁精。
        釉下彩和釉上彩有什么不同？前者画在素坯上再罩透明釉高温烧，后者画在烧好的釉面上低温烤花。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Booking #WT-3382 | Name: Clarissa Oei Hui Min | Mobile: 9175 2236 | Pax: 2 | Notes: 5 months pregnant, prefers hand-building over wheel
        Refund request — Mr Darren Pereira, Sat 6 Dec raku session cancelled, pls refund SGD 196 to his POSB savings 072-4-183356
        Incident report 14/11: student Nur Aisyah binti Kamarudin cut her left palm on a broken bisque bowl; cleaned and bandaged, advised to see a GP as her last tetanus jab was >10 yrs ago.
        Roster note: Kelvin Lau on MC 3-5 Dec (slipped disc), his Tue/Thu wheel classes need cover.
        Commission agreement between the studio and Ms Priya d/o Ramasamy (NRIC S9049458I) for 60 hand-painted wedding plates; deposit SGD 900 received 2 Oct.
        MEMBERSHIP FORM | HO SIEW LING (MDM) | S6049227A | Blk 412 Bedok North Ave 2 #08-115 S(460412) | Emergency contact: son 9832 6614
        Allergy note for Sunday kids class: Ethan Goh (8, P2 at Rosyth School) has a severe nut allergy, EpiPen in his bag, mum Sharon's no. 8123 4490.
        Card declined for workshop booking — cardholder MICHELLE WONG, Visa 4565 2828 4796 4239, exp 09/28, please ask her to re-pay.
        IG DM log: @clumsy.clay.carmen asked whether her refund for the 3 Nov class went through; says she's moving to Melbourne next month.
        Kiln-watch volunteers Fri night: Aaron Fernandez (till 11pm, parks his car SJA 3381 G at the loading bay), then studio closes.
        Teacher payout Nov — Ms Vanessa Lim: 22 sessions × SGD 80 = SGD 1,760 to OCBC 687-318452-001.
        Complaint escalated: Raymond Chia says the instructor mocked his stammer in front of the class on 29 Nov; he wants a written apology and a full refund.
        Lost & found: grey jacket left by Mrs Geraldine Sequeira after Thursday glaze class, she'll collect Sat, contact 9640 1175.
    """),
    "zh-Hans": _lines("""
        报名表｜姓名：陈思琪｜身份证号：440305199304129884｜手机：138 2749 6031｜课程：周末拉坯体验 2 人
        退款申请：学员王浩然（手机15921886430）因手腕骨折无法继续 8 节课程，剩余 5 节费用 ¥1,250 退回原支付宝账户。
        老师排班备注：刘晓雯老师 12 月怀孕 32 周，不再安排窑房值班，只带手捏课。
        定制订单：客户周建国（微信 zjg_taoyi1988）定做 12 只刻“周”字茶杯，寄送地址：上海市徐汇区天钥桥路 580 弄 7 号 1202 室。
        投诉记录：学员李梦瑶反映助教在课上多次说她“手太笨”，她情绪很低落，要求换到周日班。
        发票抬头：个人——张伟峰，身份证 310104198811077918，电子发票请发至 zhangweifeng88@163.com
        儿童班名单（周六上午）：黄子轩 7 岁 花生过敏；林可欣 6 岁 家长电话 186 0211 7735；吴一诺 9 岁 需提前 15 分钟接走
        窑房钥匙借用登记：12/02 22:40 借出，借用人 赵俊杰（会员号 M0317），次日 08:10 归还，备注：独自留宿看窑。
        银行转账已收到：付款人 何雨桐，工商银行卡 6222 0208 7068 5473，金额 ¥3,600（陶艺年卡）。
        学员孙佳怡（QQ 2847613095）说下周要去北京做手术，12 月的课全部顺延到明年 1 月。
    """),
    "zh-Hant": _lines("""
        學員資料：陳嘉欣 Chan Ka Yan｜HKID Y218858(7)｜手提 9468 2517｜報名：12 月拉坯班（逢週三）
        退款通知：黃志明先生嘅陶藝課因八號風球取消，HK$780 已經經轉數快退返去佢登記嘅電話 6138 0492。
        意外記錄：11 月 22 日下午，學員何婉婷喺窯房附近俾熱窯門燙傷右手前臂，已用冷水沖 20 分鐘，建議佢去明愛醫院睇。
        台北班學員名冊：林怡君｜F208647638｜0912-338-651｜台北市大安區信義路三段 147 巷 8 號 4 樓
        老師請假：鄭家豪老師下星期要陪阿媽去做化療，週二週四兩堂要搵人代。
        IG 私訊紀錄：@pottery_wingyee_hk 話佢上次整嘅碗燒裂咗，要求重做，仲話佢下個月搬去將軍澳。
        委託單：客戶吳宗翰（LINE ID: wu.tsunghan）訂製婚禮小物 80 件，訂金 NT$11,200 已匯入，預計 3 月 14 日交貨。
        會員黑名單：張文傑，多次未付款就取走作品，10 月 5 日又喺工作室同其他學員嗌交，即日起拒絕報名。
        兼職合約｜窯燒助理 林家豪｜身分證 H119790284｜生日 1988/07/21｜緊急聯絡人 母親 0935-226-478
        親子班：蘇曉晴（6 歲）媽媽話佢有輕微自閉症，上堂時唔好突然大聲，安排佢坐近門口。
        付款記錄：李淑芬 信用卡 5413 3122 1757 6064 分 3 期，陶藝年度會籍 NT$18,000。
    """),
    "ms": _lines("""
        Borang pendaftaran: NURUL IZZATI BINTI AHMAD FAUZI | No. K/P: 920314-14-5286 | Tel: 012-648 3370 | Kelas: Roda Tembikar (Sabtu)
        Bayaran balik untuk Encik Mohd Hafiz bin Rosli sebanyak RM 300 telah dimasukkan ke akaun Maybank 1640 2273 8815 pada 3 Dis.
        Catatan insiden: Puan Siti Khadijah binti Othman pitam sekejap semasa kelas kerana gula darah rendah (pesakit diabetes), suami datang ambil pukul 4 petang.
        Jadual tenaga pengajar: Cikgu Ravi a/l Subramaniam cuti sakit 2-4 Dis kerana demam denggi, kelas Rabu ditunda.
        Aduan: Cik Tan Mei Ling dari Johor Bahru kata pinggan yang dipesan sampai pecah dua, minta ganti dan bayar balik kos pos RM 18.
        Senarai peserta bengkel Kuching: Dayang Nurfarhana binti Abang Zainal (030811-13-0392); Awang Iskandar bin Awang Ali (950118-13-5541).
        Komisen mural seramik untuk rumah Encik Lim Boon Keat, No. 27, Jalan SS 2/64, 47300 Petaling Jaya — pemasangan 20 Dis, deposit RM 2,500 sudah dibayar.
        Sukarelawan kelas komuniti: Kavitha a/p Muniandy (guru tadika, 34 tahun) boleh datang setiap Ahad, WhatsApp 016-702 4489.
        Pelajar Aina Sofea binti Rahim (Tingkatan 4, SMK Seksyen 9 Shah Alam) — ibunya minta studio jangan muat naik gambar anaknya ke Instagram.
    """),
    "mixed": _lines("""
        eh @jiayi.throws 你嘅 bowls 已經出窯啦 but one got crack at the foot, sorry ah 😢 can come collect Sat?
        Kiln share booking: Ms Lee Pei Shan 李佩珊, shelf 3 & 4, 12/12 cone 10 reduction, paid RM 120 via DuitNow, contact 017-283 5106
        Teacher roster Dec — Sat 10am: Farah binti Ismail (wheel) | Sat 2pm: 陳俊宏 Alvin Chan (handbuild) | Sun: Alvin off, 佢老婆生BB
        Refund pls: 我係 Karen Yeo, booked 2 pax for 7 Dec but my dad 入咗院, cannot make it. PayNow to 9027 3318 can?
        嗰個 customer Marcus Teo 又 no-show 第三次, next time collect full payment upfront la, his no. 8865 0273
        Pendaftaran kelas kanak-kanak: Lim Zi Xuan 林子轩 (7 tahun), ibu Ong Bee Hoon 012-335 9084, alahan: latex gloves ❌
        Jingdezhen study trip (Mar 2027) traveller list: 黃家樂 WONG Ka Lok — 回鄉證 H60318842, DOB 02/05/1991, vegetarian
        學員 Joyce 許雅婷 0921-556-804 問 refund，佢話 company 派佢去 Singapore 三個月 so cannot attend
        New part-time TA: Nguyen Thi Thu Ha, FIN G1995015N, work pass exp 2027-06, salary PayNow to her mobile 8713 6620
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Muddy Hands Studio, Singapore. Be brief and friendly.",
        ),
        (
            "user",
            "hi can I change my wheel class to Sunday 2pm? name is Benjamin Koh, booking for 2",
        ),
        (
            "assistant",
            "Sure, Sunday 2pm still has 3 wheels free. Could you share the mobile number used for the booking so I can find it?",
        ),
        ("user", "9361 4482. also my wife has bad back pain, can we get the stools with backrest?"),
        ("assistant", "Done — moved to Sun 2pm for 2 pax and noted backrest stools for you both."),
    ],
    [
        (
            "user",
            "幫我寫個道歉 message 俾 Mrs Fung Lai Ching，佢 commission 嘅大花瓶喺本燒時爆咗，要重做。",
        ),
        (
            "assistant",
            "馮太你好，好抱歉通知你，你訂製嘅花瓶喺高溫燒製時出現裂爆，我哋會免費重新製作，預計需時四星期。",
        ),
        (
            "user",
            "ok 加多句：如果佢唔想等，可以 refund HK$1,800，佢電話係 6291 5038，叫佢 WhatsApp 我哋確認",
        ),
    ],
    [
        (
            "user",
            "Tolong semak status bayaran balik saya. Nama: Muhammad Irfan bin Zulkifli, No. K/P 880721-10-6173, kelas raku 29 Nov dibatalkan.",
        ),
        (
            "assistant",
            "Terima kasih Encik Irfan. Bayaran balik RM 220 telah diluluskan. Boleh sahkan akaun bank untuk pemindahan?",
        ),
        ("user", "CIMB 7062118340, atas nama saya sendiri."),
    ],
    [
        ("system", "你是陶艺工作室的行政助理，负责整理学员记录。"),
        ("user", "帮我整理一下：学员钱雨萱，周四晚班，她说自己有哮喘，烧窑那天闻到烟会不舒服。"),
        (
            "assistant",
            "已记录：钱雨萱（周四晚班）— 哮喘，烧窑日建议安排在远离窑房的工作台，并保持通风。",
        ),
        ("user", "再加上她的紧急联系人：她妈妈，电话 137 1846 2259。"),
    ],
    [
        (
            "user",
            "請幫我把這份報名資料整理成表格：楊承恩、A157428128、0987-115-360、台中市西屯區河南路二段 262 號 5 樓、報名 1 月柴燒體驗營",
        ),
        (
            "assistant",
            "| 姓名 | 身分證字號 | 手機 | 地址 | 課程 | / | 楊承恩 | A157428128 | 0987-115-360 | 台中市西屯區河南路二段 262 號 5 樓 | 1 月柴燒體驗營 |",
        ),
        ("user", "謝謝，另外備註他吃素，不吃蛋奶。"),
    ],
    [
        (
            "user",
            "Can you draft a short reference letter for our former TA Shalini d/o Krishnan? She worked with us from Jan 2024 to Nov 2026 and is applying to the ceramics diploma at NAFA.",
        ),
        (
            "assistant",
            "To the Admissions Committee: Shalini d/o Krishnan served as a teaching assistant at our studio from January 2024 to November 2026. She ran kiln loading, supported our kids programmes and was reliable, patient and skilled on the wheel.",
        ),
        (
            "user",
            "Nice. Add that she took 2 months off in 2025 for her father's surgery and still came back to finish the holiday camp.",
        ),
    ],
    [
        (
            "system",
            "You triage Instagram DMs for a pottery studio in Kuala Lumpur. Reply in the customer's language.",
        ),
        (
            "user",
            "New DM from @tanah.dan.api: 'hi i'm Hanis, dah bayar RM 250 for the Dec 13 glaze class tapi tak dapat confirmation email lagi 😭'",
        ),
        (
            "assistant",
            "Hi Hanis! Maaf atas kesulitan. Kami dah jumpa bayaran RM 250 anda dan tempat untuk kelas 13 Dis sudah disahkan. Email pengesahan akan dihantar semula hari ini.",
        ),
    ],
    [
        (
            "user",
            "I want to dispute a charge from your studio on my Mastercard 5224 0729 0115 9903 — SGD 320 on 30 Nov, but I never attended any class.",
        ),
        (
            "assistant",
            "I'm sorry about that. Could you tell me the name on the booking so I can check our records?",
        ),
        ("user", "It would be under Alicia Rozario. I was in Penang that whole weekend."),
    ],
    [
        (
            "user",
            "帮我把这个排班通知翻译成英文：下周三谢文博老师请假，他父亲住院了，周三晚上的拉坯课由助教代课。",
        ),
        (
            "assistant",
            "Next Wednesday, instructor Xie Wenbo will be on leave as his father has been hospitalised; the Wednesday evening wheel class will be covered by a teaching assistant.",
        ),
    ],
    [
        (
            "user",
            "Need to register participants for the public liability insurance for Sunday's outdoor raku event in Sai Kung: Tsang Hoi Ting D231040(7), Mak Chun Yin A679819(8).",
        ),
        (
            "assistant",
            "Got it. Both HKIDs recorded. Do you also need their dates of birth for the insurer's form?",
        ),
        (
            "user",
            "yes — Tsang Hoi Ting 14/09/1994, Mak Chun Yin 03/01/1989. Mak has a pacemaker btw, keep him away from the kiln burner.",
        ),
    ],
]
