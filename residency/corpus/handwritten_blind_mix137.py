# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix137: archery ranges, fencing salles and shooting clubs in SG/MY/HK/TW (memberships, firearm and range licences, coaching, injuries, competitions, equipment rental). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix137
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "range_notices"): _lines("""
        NOTICE: Outdoor field course at Tampines closed 14-16 Jan for target butt replacement. Indoor 18m lanes remain open 10am-10pm, last lane assignment 9:15pm.
        All shooters must sign in at the Range Officer counter and show a valid club membership card before collecting rifles from the armoury. No card, no firearm.
        Eye and ear protection is compulsory on the firing line at all times. Loan sets are free at Counter B; please sanitise them in the UV cabinet after use.
        CEASE FIRE means stop immediately, unload, open actions and step behind the yellow line. Only the duty Range Officer may call the line hot again.
        Salle reminder: 350N jackets and plastrons are required for all bouting from age 13 up, per FIE rules. Rental lames go back on the armoury shelf by 9:30pm.
        Junior archery taster sessions (ages 8-12) run Saturdays 9am and 11am, SGD 45 per child including bow, arm guard and 30 arrows. Book at hello@bullseyelane.sg.
        Lost and found: one black Easton hip quiver and a pair of Allstar fencing gloves (size 8) left at Lane 6 on Sunday. Claim at reception by describing the contents.
        Range hotline changes to +65 6742 3180 from 1 March. WhatsApp enquiries for lane bookings go to +65 8129 4450 (office hours only, Mon-Sat).
        Hong Kong members: bring your Licence to Possess Arms and Ammunition when moving a rifle in or out of the club store; Police Licensing Office rules under Cap. 238 apply.
        Heat advisory: when WBGT reads above 32 degrees C the outdoor 70m field pauses for 20 minutes every hour. Cold water and shade tents are behind the shooting line.
        The salle has moved to Unit 1208, 12/F, Kwun Tong Industrial Centre, 436 Kwun Tong Road, Kowloon. Enquiries 2389 4712 or salle@parryhk.com.hk.
        Congratulations to Cheung Ka Long on his second Olympic foil gold in Paris; our beginners' foil course is now fully booked until April, waitlist open at the counter.
        Arrow retrieval: wait for three whistle blasts, walk (never run) to the targets, and pull arrows standing to the side of the boss, never directly behind the nock.
    """),
    ("zh-Hans", "价目表"): _lines("""
        【射箭馆价目表】单次体验：入门反曲弓30支箭 ¥88/人，含教练指导15分钟及护臂、指护；周末及法定节假日加收¥20，儿童身高需满1.2米方可参加。
        会员卡：月卡¥599（不限次数，每次限90分钟）、季卡¥1599、年卡¥4999；年卡赠送个人箭柜一格，以及每月一次免费调弓、换弦检查服务。
        器材租赁：复合弓¥50/小时，反曲弓¥30/小时，碳素箭损坏按每支¥45照价赔偿；租用需交押金¥500，器材完好归还后原路退回，不收手续费。
        私教课程：一对一 ¥380/节（60分钟），一对二 ¥260/人/节；10节课程包 ¥3400，有效期6个月，可转让给同馆会员一次，需到前台办理手续。
        击剑馆花剑/重剑启蒙班：每期12课时 ¥2880，赠送350N击剑服一套，面罩须自备或按¥15/次租用；每班不超过8名学员，按年龄分为两组授课。
        团建套餐（20人起订）：射箭体验+弓箭对战（软头箭）共2小时 ¥168/人，含场地、裁判、饮用水及合影，开具增值税普通发票请提前告知公司抬头。
        开票信息：深圳市靶心体育文化有限公司，统一社会信用代码 91440300MA5GXY3K2R，地址：深圳市南山区高新南七道18号B座2层，电话 0755-8663 2107。
        吉隆坡分馆价格（马币）：成人 RM45/小时、学生 RM35/小时（需出示学生证），逢周二女士日八折优惠；支付宝、Touch 'n Go、DuitNow 均可付款。
        实弹射击体验（仅限持牌靶场）：.22LR 步枪 50发 RM180；9mm 手枪 25发 RM260；均含靶纸、耳罩、护目镜及十分钟安全简报，须年满18岁。
        比赛报名费：2025年城市杯室内18米赛 个人 ¥200、团体 ¥500/队；报名截止时间为3月15日18:00，逾期不予受理，报名成功后费用恕不退还。
        弓具保养服务：换弦 ¥60起、调整箭台 ¥40、更换握把 ¥80；Hoyt、Win&Win、Kinetic 品牌配件现货供应，其他型号需预订，约3至5个工作日到货。
        储值优惠：充 ¥1000 送 ¥150，充 ¥3000 送 ¥600；储值余额不可提现、不可转赠，可用于场地费、课程费、器材租赁及店内零售商品消费。
        订单号 JX20250308-004417，射箭体验双人套餐 ×1，原价 ¥198，优惠券抵扣 -¥30，实付 ¥168，支付方式：微信支付，支付时间 2025-03-08 14:22:05。
    """),
    ("zh-Hant", "比賽新聞"): _lines("""
        江旻憓在巴黎奧運女子重劍個人賽奪金，成為首位奪得奧運重劍金牌的香港運動員，香港劍擊總會表示將於下月舉辦慶功活動及公開示範賽。
        張家朗繼東京奧運後，再於巴黎奧運奪得男子花劍個人金牌，成功衛冕；各區劍擊會館的兒童班報名人數明顯上升，部分課程需輪候三個月。
        東京奧運男子射箭團體賽，中華隊湯智鈞、魏均珩、鄧宇成於決賽不敵南韓奪得銀牌，賽後全台多間射箭場的體驗課程一度預約額滿，射箭協會亦加開週末體驗班。
        飛靶名將楊昆弼出席射擊場開幕典禮，示範多向飛靶並與青少年隊員交流，主辦單位表示場館即日起開放團體預約，週一例行休館，詳情請參閱官網公告。
        香港射箭總會公布2025年度港隊選拔賽日程，反曲弓及複合弓組別均設公開組及U18組，成績將作為選派亞洲錦標賽參賽名單的依據。
        新加坡射擊協會宣布明年起所有氣槍選拔賽改用電子靶系統，舊式紙靶僅保留於青少年入門賽，各會所須於六月前完成設備升級並通過協會驗收。
        馬來西亞射箭好手 Khairul Anuar Mohamad 曾於2012年倫敦奧運為國出賽，他的訓練方法至今仍被大馬多個射箭青訓營用作教材。
        射箭文化特展「從養由基百步穿楊到現代反曲弓」展出春秋時期弓箭複製品及歷代箭鏃，展期至年底，學生憑學生證可免費入場參觀，週末另設導覽。
        世界射箭總會（World Archery）修訂室內賽規則，複合弓項目維持只計內十環，各地裁判研習會將於下季度陸續舉辦，歡迎會員旁聽。
        台北市射箭場暑期營隊報名開跑，分為8至12歲及13至18歲兩組，每梯次五天，費用新台幣3,200元，含器材租借、保險及結業證書。
        香港劍擊總會公布新一季教練認證課程，學員須完成四十小時實習及持有有效急救證書，考核合格者方可於康文署場地開辦訓練班，報名於本月底截止。
        電影《飢餓遊戲》女主角凱妮絲·艾佛丁的反曲弓造型再度走紅，多間射箭館推出「Katniss 體驗套餐」，週末時段幾乎全部爆滿。
        澳門劍擊總會將於塔石體育館舉辦港澳青少年劍擊邀請賽，設花劍、重劍、佩劍三個劍種，預計逾二百名運動員參賽，入場免費，歡迎市民到場打氣。
    """),
    ("ms", "peraturan_lapang_sasar"): _lines("""
        Semua ahli wajib memakai pelindung mata dan telinga semasa berada di garisan tembak. Kesalahan pertama diberi amaran bertulis, kali kedua keahlian digantung 30 hari.
        Mengikut Akta Senjata 1960, senjata api hanya boleh dimiliki oleh pemegang lesen sah yang dikeluarkan oleh Polis Diraja Malaysia; kelab tidak menyimpan senjata tanpa permit.
        Kanak-kanak di bawah umur 12 tahun mesti diiringi ibu bapa atau penjaga sepanjang sesi memanah. Busur latihan 15-20 paun disediakan di kaunter sewaan.
        Dilarang sama sekali mengacukan busur yang telah dipasang anak panah ke arah orang lain, walaupun tanpa menarik tali. Jurulatih berhak menamatkan sesi serta-merta.
        Waktu operasi lapang sasar: Isnin hingga Jumaat 2 petang - 10 malam, Sabtu dan Ahad 9 pagi - 10 malam. Ditutup pada hari pertama dan kedua Hari Raya Aidilfitri.
        Peluru hendaklah dibeli di kaunter kelab sahaja dan digunakan sepenuhnya dalam sesi yang sama; peluru berbaki tidak boleh dibawa keluar dari premis dalam apa jua keadaan.
        Pakaian lawan pedang mesti mematuhi piawaian FIE: jaket 350N, plastron dan topeng berlabel CE. Peralatan tanpa label tidak dibenarkan dalam pertandingan kelab.
        Yuran keahlian tahunan RM350 bagi dewasa dan RM180 bagi pelajar; bayaran pendaftaran sekali sahaja RM50. Yuran tidak dikembalikan selepas kad ahli dikeluarkan.
        Sebarang kecederaan di lapang sasar mesti dilaporkan kepada Pegawai Keselamatan bertugas dalam tempoh 24 jam dan direkodkan dalam Buku Log Insiden kelab.
        Memanah tradisional: busur jenis horsebow dan longbow dibenarkan di lorong 7 hingga 10 sahaja. Anak panah buluh perlu diperiksa oleh jurulatih sebelum digunakan.
        Alamat kelab: Lot 12, Jalan Sukan 3/2, Seksyen 13, 40100 Shah Alam, Selangor. Talian pejabat 03-5511 2468, e-mel urusetia@kelabmemanahsa.com.my, No. Pendaftaran PPM-015-10-12032019.
        Kelab ini bergabung dengan Persatuan Memanah Kebangsaan Malaysia dan semua pertandingan dalaman menggunakan format World Archery dengan jarak 70 meter bagi kategori recurve.
        Minuman beralkohol dan ubat yang menjejaskan tumpuan dilarang sebelum dan semasa sesi menembak. Pegawai Keselamatan boleh menjalankan ujian pernafasan secara rawak.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Guys lane 3 target boss dah koyak teruk, 箭一射就穿过去了, tolong order new one from supplier before Saturday competition ok?
        今日 walk-in 好多, 18m lanes full until 8pm liao. Anyone free can help at counter? I need to go armoury check rifle count first.
        Reminder: armoury log must tally before lock up. Tadi count 24 air rifles, system shows 25, 原来 one is at servicing, dah update dalam sheet.
        老板话下个月起 compound bow rental 加价 RM5, poster 我已经 print 咗, tomorrow morning 贴 la, jangan lupa update price dalam POS juga.
        Supplier 话 Easton X10 shafts out of stock until end of month, boleh offer customers Carbon Express Maxima sebagai alternatif dulu.
        Fencing side: 3 body wires rosak, scoring box channel B also intermittent. 我 send 咗 photo 去 Leon Paul service, ticket number LP-SR-88214.
        School group from 南洋女中 coming Thursday 2pm, 40 students, need 4 coaches. Siapa boleh cover shift? Reply by tonight pls, thanks all.
        POS down again since 11:05, error code E-402. Temporarily terima cash and PayNow to company UEN only, jangan guna personal PayNow ok.
        Invoice INV-2025-0419 from 弓箭批发 dah sampai, total RM 7,842.50, tapi arrow rest kurang 10 pcs. 我 email 佢哋 already, waiting reply.
        明天 public holiday, range buka 9am-6pm sahaja. Night shift cancel, OT claim ikut HR policy, jangan lupa clock in pakai app.
        CCTV lane 8 camera blur lagi, vendor said next visit 周五 10am. Meanwhile RO please stand closer to lane 7-8 during sessions.
        Stock take done: 62 recurve risers, 140 pairs limbs, 1,200 arrows (38 damaged). Excel 放咗喺 shared drive /Inventory/2025-Q1 la.
        Heads up 大家: 警察 licensing inspection next Tuesday 10am, pastikan safe log, ammo register dan CCTV footage 30 days semua ready.
    """),
    ("en", "booking_config_and_logs"): _lines("""
        2025-03-14T19:42:08+08:00 INFO booking-svc lane_reserved lane=18m-06 slot=20:00-21:00 booking_id=BK-7F3A91C2 source=kiosk-02 latency_ms=87
        config: range.max_lanes: 24, range.slot_minutes: 60, range.timezone: Asia/Singapore, rental.deposit_sgd: 50, smtp.from: noreply@arrowbay.example
        armoury.audit WARN 2025-02-27 21:58:11 SGT count_mismatch rack=R3 expected=25 found=24 item_class=air_rifle_10m status=pending_reconcile
        def lane_fee(minutes: int, member: bool) -> Decimal: return Decimal('18.00' if member else '28.00') * ceil(minutes / 60)
        curl -X POST https://api.example-range.sg/v2/bookings -H 'Content-Type: application/json' -d '{"lane": "70m-02", "slot": "2025-04-01T09:00"}'
        CREATE TABLE equipment_rental (rental_id UUID PRIMARY KEY, sku VARCHAR(32), lane_code CHAR(6), checked_out_at TIMESTAMPTZ, deposit_cents INT);
        CSV header: rental_id,sku,item_name,size,draw_weight_lb,checked_out_at,returned_at,condition_code,deposit_sgd,staff_role
        scoreboard-sync v3.8.2 (build 2f9c1e7a) connected to Ianseo export at 192.168.10.24:8080, 36 archers x 72 arrows, round=WA70
        ERROR fencing-scoring: channel_b_short detected piste=P4 box=Favero FA-07 fw=2.1.4 at 2025-05-03 15:12:40 HKT; match paused by referee console
        sha256(release_armoury_v1.4.0.tar.gz)=9d2b6f0c4e8a17b3c55d0e9a1f6b2c7d83e4f5a6b7c8d9e0f1a2b3c4d5e6f708, verify before deploying to club kiosks
        cron: 0 23 * * * /opt/range/bin/export_ammo_register --format pdf --dest s3://club-compliance/ammo/ --retention-days 2555
        Webhook payload example: {event: 'waiver.signed', waiver_id: 'WV-000183', template: 'archery_minor_v2', locale: 'zh-Hant'}
        INFO payments: settlement batch STL-20250331-02 closed, 214 txns, gross SGD 9,872.40, fees SGD 118.47, net SGD 9,753.93, acquirer=NETS
    """),
    ("zh-Hant", "常見問題"): _lines("""
        問：冇玩過射箭可唔可以直接嚟？答：可以，首次到場需參加15分鐘安全講解，教練會教你點樣企位、搭箭同埋放箭，器材全部包埋。
        問：入場要唔要帶身份證？答：日常入場只需出示會員卡；報名公開比賽時先需要核對身份證明文件，核對完即場交還，我哋唔會影印存檔。
        問：幾多歲先可以學劍擊？答：一般建議7歲或以上，兒童班使用塑膠花劍同輕量面罩，升上銀章班之後先轉用標準金屬劍同電動裝備。
        問：租借器材點收費？答：反曲弓連箭每小時HK$60，劍擊全套裝備（面罩、衫、手套、劍）每堂HK$80，如有損壞需按價目表賠償。
        問：可唔可以自己帶弓嚟？答：可以，但須經駐場教練檢查弓力（上限50磅）及箭頭類型，寬頭獵箭同改裝弩一律不准喺場內使用，多謝合作。
        問：落雨會唔會取消？答：室外場遇黃雨或以上警告會暫停，室內18米場照常開放；八號風球或黑雨期間全場關閉，已付費用可以改期。
        問：點樣預約？答：可以透過WhatsApp 6123 0987（辦公時間內回覆）或致電 2771 3355，亦可以喺官網 www.archeryhub.com.hk 網上預約。
        問：受傷咗點算？答：場內設急救箱及AED，所有教練均持有效急救證書；如需送院，職員會協助召喚救護車並填寫事故報告交管理處。
        問：有冇團體優惠？答：10人以上團體可享九折，公司活動可以開收據，收據抬頭以商業登記證上嘅公司名稱為準，請提前兩日通知。
        問：會籍可唔可以轉讓？答：年費會籍不設轉讓，但可於到期前一個月申請暫停最多60日（需附醫生證明），暫停期間不扣減會期，請向櫃台查詢。
        問：地址喺邊？答：九龍觀塘開源道55號開聯工業中心B座10樓1002室，由觀塘港鐵站B3出口步行約8分鐘，大堂有升降機直達。
        問：有冇泊車位？答：大廈設時租停車場，每小時HK$30，會員憑當日消費滿HK$200嘅收據，可以喺櫃台換取2小時免費泊車。
        問：射擊體驗用咩槍？答：本館只提供10米氣步槍及氣手槍，採用Feinwerkbau及Walther型號，全部按規定登記，唔提供任何實彈槍械。
    """),
    ("mixed", "product_listings"): _lines("""
        【全新】Hoyt Xceed 25-inch 反曲弓 riser, colour Black Out, 连 Win&Win Wiawis NS-G limbs 68-inch 36lbs, harga RM 3,980, SKU HX25-BO-36.
        二手 Leon Paul Apex 350N 花剑外套 size 40L, 只用过一季, condition 9/10, HK$1,200 可议, 只限面交 MTR 九龙湾站 A 出口.
        Easton X10 Protour arrow shafts, spine 500, 1 dozen, harga borong RM 2,150, stok terhad; 每人限购 2 打, pos laju percuma seluruh Malaysia.
        Allstar FIE 800N epee blade, maraging steel, size 5, 不含 pommel, SGD 245 each, ships from our Ubi warehouse within 2 working days.
        Uhlmann 1600N mask (FIE homologated), saiz M, 黑色 bib, 香港现货 HK$2,380, 送 mask bag 一个; order code UHL-M1600-M.
        Shibuya Ultima RC II 瞄準器, carbon 9-inch extension, 全新未拆封, TWD 8,900, 台中面交或 7-11 交貨便, 商品編號 SH-URC2-09.
        Beeman 气步枪 cleaning kit for 10m air rifle, 包含 pellet trap 与 bore brush; 只售给持有有效牌照会员, listing ID MKT-20250211-0077.
        Avalon Tec X bow case + 8 arrow tube, 黑色, 防水 600D, 原价 RM 420 now RM 299, Shopee 旗舰店有货, 7 天 return policy.
        Win&Win Wiawis ATF-DX riser 25-inch 左手, Red, 全新 2025 model, SGD 1,680, 分期 0% 12 months via Atome, 送 stabiliser bushing.
        Ear muff Howard Leight Impact Sport 电子耳罩, NRR 22dB, sesuai untuk shooting range, harga RM 289, beli dua free AAA batteries.
        Carbon Express Maxima Red SD 箭杆 350 spine, 12 支裝, 連 nock 同 insert, HK$1,650, 門市自取: 旺角花園街 88號 3樓 弓道用品店.
        Fencing starter bundle 入门套装: mask + jacket + glove + electric foil, junior size, RM 899, 附送 bag, stock 仅剩 5 套, PO-2025-03-118.
        Legolas Longbow 68-inch 传统长弓 (brand name only, not the elf lah), draw weight 30-40lb, 竹芯 laminated limbs, SGD 520, ready stock.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Member renewal form: Name Daniel Koh Wei Jie, NRIC S8734215H, DOB 12/04/1987, mobile 9184 3320, membership ARC-SG-4471, expiry 31 Mar 2026.
        Incident report 19:20: archer Priya Ramasamy (member #1182) was struck on the left forearm by her bowstring; heavy bruising, advised to see a GP, ice pack given.
        Coach's note: Marcus Lim has been skipping sessions since his divorce came through in January; he told me he's on antidepressants, so go easy on him at selection.
        Please refund the deposit to my DBS account 012-345678-9, name Tan Hui Min, booking BK-55102. You can reach me at huimin.tan88@gmail.com if anything.
        Licence renewal reminder posted to Mr Ahmad Faizal bin Roslan, 14 Jalan Kenanga 3, Taman Melawati, 53100 Kuala Lumpur, firearm licence expiring 02/07/2025.
        Can someone call 9731 2085? She left her finger tab and chest guard at lane 4 and asked us to text her when found.
        Waiver signed by parent Grace Wong Siu Ling (HKID K482915(8)) for her son Ethan Chan, age 11, junior foil class, emergency contact 6382 7741.
        Member suspended: Jonathan Ng owes SGD 1,240 in unpaid lane fees and coaching since October; payment plan agreed at SGD 200/month from next Friday.
        FYI the new archer in Tuesday's beginner class, Mei Ling Chua, is 5 months pregnant; her doctor cleared light draw weights only, max 18 lbs.
        The photo of Ryan Teo holding his bronze medal shows his home address on the envelope (Blk 418 Bedok North Ave 2 #07-233), crop it before posting.
        2025-02-14,Koh Siew Ping,T0261983G,+65 8821 0493,siewping.koh@yahoo.com.sg,Annual,Air Pistol,PAID
        Range officer log: shooter Victor Leong (FIN G5274831W) arrived smelling of alcohol at 20:05, refused the breath test, sent home, membership flagged for review.
    """),
    "zh-Hans": _lines("""
        会员登记：王建国，身份证号 44030619880714253X，手机 138 2651 4097，住址 深圳市福田区梅林路88号梅林一村12栋1703，办理射箭年卡。
        陈先生上周练习时肩袖撕裂，医生说至少休息三个月，他的私教课先暂停，剩余8节等他康复后再排。
        刘女士来电投诉，说她儿子刘子轩在击剑课上被对手刺伤脖子，要求调取当天监控并赔偿医药费 ¥2,350。
        退款请打到招商银行 6214 8301 2745 9963，户名 赵敏，订单 JX20250211-001892，谢谢。
        阿强最近手头很紧，欠了馆里 ¥4,800 的会费和器材租金，说下个月工资发了再还。
        教练张伟的女儿下周做心脏手术，他请假两周，学员由其他教练代课，大家先别在群里问他。
        联系人：李晓燕，邮箱 xiaoyan.li1991@163.com，微信 lxy_archery91，报名2025城市杯室内赛女子反曲弓组。
        持枪证申请材料：申请人 周海涛，身份证 110108199103024818，体检报告显示双眼矫正视力1.0，无精神病史。
        车牌粤B·7K3M9的白色SUV连续三天占用无障碍车位，车主是周六上午射箭班的林太，前台已经提醒过她。
    """),
    "zh-Hant": _lines("""
        會員資料：黃志明，HKID Y307642(1)，手提 9173 4826，住址 沙田禾輋邨豐和樓1512室，報名成人重劍進階班。
        林太話佢個仔阿朗上星期練劍扭傷腳踝，要打石膏六個星期，想問餘下堂數可唔可以延期。
        台灣會員 陳怡君，身分證 A227581436，行動電話 0912-345-678，申請射箭場年度通行證。
        何生嘅持槍牌照因為確診癲癇症已經被警方暫停，佢支氣步槍要暫存喺會所保險庫，唔好俾佢取出。
        請將退款轉入 HSBC 戶口 400-123456-838，戶名 CHEUNG KA WAI，唔該晒！
        射箭場教練吳俊賢上個月因醉駕被捕，案件仍在審理中，會方已暫停佢所有青少年班教學，家長問起就話教練請咗假。
        學員蔡佩珊（12歲）家長聯絡：蔡太 6629 3154，電郵 pscchoi.family@outlook.com，過敏：花生、盤尼西林。
        阿Ken 成日遲交會費，今次又欠咗 HK$3,600，佢話公司裁員仲未搵到工，可唔可以俾佢分期還？
        台北會員許家豪住新北市板橋區文化路二段182巷5弄7號4樓，比賽獎牌請郵寄到呢個地址。
        F126390489 這個身分證號的會員上月三次未到場也未取消預約，系統已自動停權，請櫃台核對後通知本人。
        澳門會員梁詠詩，澳門居民身份證 5215837(4)，電話 6685 2213，報名港澳青少年劍擊邀請賽佩劍組。
    """),
    "ms": _lines("""
        Borang pendaftaran: Nama Nurul Aisyah binti Kamarudin, No. MyKad 950823-10-5528, telefon 012-748 3391, alamat No. 27, Jalan SS 15/4, Subang Jaya.
        Encik Hafiz tak dapat datang latihan sebab dia baru disahkan menghidap diabetes jenis 2, doktor suruh kurangkan aktiviti berat dulu.
        Sila pindahkan baki deposit RM500 ke akaun Maybank 1640 2375 8812 atas nama Siti Zulaikha binti Ahmad.
        Pemegang lesen senjata api: Rajesh a/l Muniandy, No. KP 780512-08-6143, No. Lesen PDRM/SA/2019/04471, tamat tempoh 30/09/2025.
        Kak Ros dah tiga bulan tak bayar yuran anak dia, jumlah tertunggak RM 840; suami dia baru kena buang kerja katanya.
        Tolong WhatsApp Puan Lim di 017-392 6604 untuk sahkan slot latihan anaknya hari Sabtu jam 10 pagi.
        Laporan kecederaan: Muhammad Irfan bin Zainal (14 tahun) terkena hujung anak panah di paha kanan, dirawat di Hospital Serdang, bapa dimaklumkan jam 5.40 petang.
        Kereta Proton X50 nombor pendaftaran WVC 8821 milik ahli kelab Encik Zulkifli diletak di laluan kecemasan; tolong minta dia alihkan segera.
        E-mel pengesahan dihantar ke farah.izzati92@gmail.com untuk pertandingan memanah terbuka Shah Alam, kategori recurve wanita bawah 21.
    """),
    "mixed": _lines("""
        Boss, that 陈美玲 lady (S9152740E) nak cancel her annual membership sebab dia pindah ke Perth with her husband, refund ke PayNow 9027 6634 boleh?
        Eh 阿Wei 今日又冇嚟, his mum called 话佢 hospitalised for asthma attack, nanti kita WhatsApp dia tanya okay tak.
        Lane booking under Tan Boon Heng, 电话 +60 16-228 9107, 4 pax, 2025-04-12 3pm, deposit RM100 dah bayar via DuitNow.
        Mr Lee Chong Meng 的 firearm licence application kena reject sebab ada rekod criminal breach of trust 2016, please don't tell other members ya.
        收据 please send to 黄丽华 wonglaihwa.hk@gmail.com, 学员 黄子乐 foil class term 2, HK$4,800 paid by FPS.
        Incident: 林志强 (MyKad 870304-14-5519) jatuh dari platform masa ambil arrow, 头撞到 target stand, dibawa ke HKL untuk CT scan.
        Uncle Kumar 的 cataract surgery done liao, doctor said no shooting for 6 weeks, so his Sunday pistol slot boleh bagi orang lain.
        Trainee coach 郑家豪 salary this month only RM 2,300 after deduction, he asked 可唔可以 advance RM 1,000, pls keep confidential.
        Parent form: child Chloe Yap Xin Yi, DOB 2014-09-18, 过敏 bee sting, emergency contact 母亲 Jenny Yap 9663 1208, 地址 Blk 662 Jurong West St 64 #11-452.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the front-desk assistant for an indoor archery range in Singapore. Help members with bookings, rentals and membership questions.",
        ),
        (
            "user",
            "Hi, I'm Samuel Ong, member ARC-SG-2290. I tore my rotator cuff (MRI last Tuesday) and my physio says no drawing a bow for 10 weeks. Can I freeze my annual membership? My mobile is 9462 1870.",
        ),
        (
            "assistant",
            "Sorry to hear about your shoulder, Samuel. Annual members can usually pause for up to 60 days with a medical certificate, and some clubs allow longer for surgery or physiotherapy. Send the MRI report or a doctor's memo to the front desk and ask for a pause from today's date.",
        ),
        ("user", "Great. Can you draft the message for me to WhatsApp the counter?"),
        (
            "assistant",
            "Sure: 'Hello, this is Samuel Ong (ARC-SG-2290, 9462 1870). I have a rotator cuff tear and my physio has advised no archery for 10 weeks. I'd like to pause my annual membership from today and will email my doctor's memo. Thank you!'",
        ),
    ],
    [
        ("system", "你是香港一間劍擊會館嘅行政助理，用廣東話書面語回覆職員。"),
        (
            "user",
            "幫我寫封電郵俾家長周太（chowtai.mk@gmail.com），佢個女周凱晴上星期六練重劍時俾對手刺中右手手腕，瘀咗一大片，我哋想交代事發經過同埋跟進。",
        ),
        (
            "assistant",
            "周太你好：關於凱晴上星期六於重劍班受傷一事，當時對手一劍刺中佢右手手腕，教練即時停止對練並替佢冰敷。我哋已檢查有關劍身同手套，並會加強對練前嘅裝備檢查。如凱晴需要覆診，請將收據交回會館處理。祝早日康復。",
        ),
        ("user", "加多句：佢下兩堂可以免費補堂，請佢回覆 WhatsApp 5287 3016 約時間。"),
        (
            "assistant",
            "已加入：「凱晴下兩堂可以免費補堂，方便時請 WhatsApp 5287 3016 同我哋約時間。」其餘內容不變。",
        ),
    ],
    [
        ("system", "Anda pembantu setiausaha sebuah kelab menembak di Johor Bahru."),
        (
            "user",
            "Tolong tulis surat peringatan kepada ahli Encik Shahrul Nizam bin Othman, MyKad 830617-01-5247, alamat No. 9, Jalan Pulai 21, Taman Pulai Utama, 81300 Skudai. Dia tertunggak yuran RM 1,050 sejak Ogos.",
        ),
        (
            "assistant",
            "Tuan Shahrul Nizam bin Othman, No. 9, Jalan Pulai 21, Taman Pulai Utama, 81300 Skudai. Per: Peringatan Yuran Tertunggak. Rekod kelab menunjukkan yuran keahlian berjumlah RM 1,050 masih belum dijelaskan sejak Ogos. Mohon jelaskan dalam tempoh 14 hari untuk mengelakkan keahlian digantung. Sekian, terima kasih.",
        ),
        ("user", "Perlu letak nombor MyKad dia dalam surat tak?"),
        (
            "assistant",
            "Tidak perlu. Nama penuh dan nombor keahlian sudah cukup untuk pengenalan; elakkan mencetak nombor MyKad dalam surat yang dihantar melalui pos.",
        ),
    ],
    [
        (
            "system",
            "你是射箭馆的客服助手。当前客户资料：姓名 孙丽娜；手机 159 1082 6637；会员号 SZ-A0931；储值余额 ¥1,284；备注：左眼弱视，需安排靠右靶道。",
        ),
        ("user", "你好，我想约这周六下午两点的靶道，还是老位置。"),
        (
            "assistant",
            "孙女士您好，已为您预留本周六14:00-15:00的18米靶道，按您的备注安排在右侧第11道，费用将从储值余额¥1,284中扣除。",
        ),
        ("user", "好的，顺便帮我把余额里的钱转400给我老公用，他也是会员。"),
        (
            "assistant",
            "储值余额按规定不可转赠或提现。您先生可以自行办理储值，或者由您在前台为他的会籍代付课程费。",
        ),
    ],
    [
        (
            "system",
            "You help a Singapore shooting club duty officer write up incident logs in clear English.",
        ),
        (
            "user",
            "Pls summarise: 8.15pm shooter Alvin Tay Kok Seng, NRIC S7621094B, air pistol lane 5, pointed pistol ke belakang while 转身 talk to friend, RO stopped him, he argued loud, 他话 he just lost his job so stressed, we sent him home.",
        ),
        (
            "assistant",
            "Incident log, 8:15pm, Air Pistol Lane 5. Shooter Alvin Tay Kok Seng (NRIC S7621094B) turned away from the firing line while holding his air pistol, causing the muzzle to point uprange. The RO called a stop and took the pistol. The shooter argued loudly and said he was under stress after recently losing his job. He was asked to leave for the night. Recommended: safety briefing before his next booking.",
        ),
        ("user", "Should I include the part about him losing his job?"),
        (
            "assistant",
            "It's best left out of the log. It is a private matter and isn't needed to record the safety breach. Keep only what happened, what was done and the follow-up.",
        ),
    ],
    [
        (
            "user",
            "我要填射箭場的年度場地使用申請表，資料如下：姓名 鄭雅婷，身分證字號 H204715968，生日 1993/05/21，地址 桃園市中壢區中北路二段 66號 9樓，電話 0935-772-418。可以幫我排成表格嗎？",
        ),
        (
            "assistant",
            "好的：｜姓名｜鄭雅婷｜；｜身分證字號｜H204715968｜；｜出生日期｜1993-05-21｜；｜戶籍/通訊地址｜桃園市中壢區中北路二段66號9樓｜；｜聯絡電話｜0935-772-418｜。送出前請確認資料無誤。",
        ),
        ("user", "緊急聯絡人要填嗎？我想填我媽，鄭林秀蘭，0921-553-906。"),
        ("assistant", "需要。緊急聯絡人欄請填：姓名 鄭林秀蘭，關係 母親，電話 0921-553-906。"),
    ],
    [
        (
            "system",
            "You are an assistant that helps Hong Kong sport shooters with licensing paperwork. Do not give legal advice.",
        ),
        (
            "user",
            "My Licence to Possess Arms expires next month. Details: Chan Tsz Hin, HKID R615230(8), flat 18B, Tower 3, Riviera Gardens, Tsuen Wan. Which form do I need and what should I attach?",
        ),
        (
            "assistant",
            "Renewals are handled by the Police Licensing Office. You'll typically need the renewal application form, a copy of your HKID, proof of your club membership and shooting records, and details of the firearms held. Check the latest checklist with the Licensing Office before submitting, since requirements can change.",
        ),
        (
            "user",
            "My club secretary asked me to email a copy of my HKID to his personal Gmail. Is that okay?",
        ),
        (
            "assistant",
            "I'd avoid that. Ask whether the club has an official address or portal, or hand the copy over in person. If you do send it, mark the copy 'For licence renewal only' and add the date.",
        ),
    ],
    [
        (
            "user",
            "Hi, saya nak daftar anak untuk kem memanah cuti sekolah. Nama dia Aqil Danish bin Rizal, umur 10, MyKad 150302-14-0871. Dia ada asma ringan dan alah kepada kacang. Boleh bagi contoh apa nak tulis dalam borang kesihatan?",
        ),
        (
            "assistant",
            "Boleh. Contoh: 'Peserta: Aqil Danish bin Rizal (10 tahun). Keadaan kesihatan: asma ringan, membawa inhaler sendiri. Alahan: kacang, elakkan makanan mengandungi kacang. Tindakan kecemasan: berikan inhaler dan hubungi ibu bapa dengan segera.'",
        ),
        ("user", "Contact saya Nor Hidayah, 019-285 4430. Tambah sekali."),
        (
            "assistant",
            "Tambah baris ini: 'Hubungan kecemasan: Nor Hidayah (ibu), 019-285 4430.' Pastikan jurulatih kem tahu di mana inhaler disimpan.",
        ),
    ],
    [
        ("system", "你是击剑俱乐部的预约助手，回复要简洁。"),
        ("user", "帮我查一下上周的补课名单，再发给我核对一下。"),
        (
            "assistant",
            "上周补课名单：1. 何俊杰，电话 186 2043 7715，花剑少儿B班，补3月8日课；2. 宋雨萱，电话 137 6158 2294，重剑成人班，补3月9日课（膝盖旧伤，仅做步法训练）。",
        ),
        ("user", "宋雨萱那条的伤病信息别发到家长群里。"),
        (
            "assistant",
            "明白，发到群里的版本只保留姓名和补课日期，伤病备注只留在教练端的内部记录里。",
        ),
    ],
    [
        ("system", "You convert messy club spreadsheets into clean tables. Keep all fields."),
        (
            "user",
            "Convert this: 'Lim Jia Hui | S8802736F? no wait T1348806H | 8136 0472 | jiahui.lim@hotmail.com | compound | knee surgery Feb, cleared by doc' and 'Muthu a/l Selvam | 91 2207 4419 | selvam.muthu@gmail.com | recurve | owes $320'.",
        ),
        (
            "assistant",
            "| Name | ID | Phone | Email | Bow | Notes |  | Lim Jia Hui | T1348806H | 8136 0472 | jiahui.lim@hotmail.com | Compound | Knee surgery in Feb, cleared by doctor |  | Muthu a/l Selvam | (missing) | +60 12-207 4419? (please confirm) | selvam.muthu@gmail.com | Recurve | Outstanding balance $320 |",
        ),
        ("user", "Thanks. His number should be 012-207 4419, Malaysian."),
    ],
]
