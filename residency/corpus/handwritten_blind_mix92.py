# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix92: music festivals and concert crews in SG/MY/HK/TW (riders, crew passes, medical tents, lost and found, ticket resale). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix92
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "artist rider"): _lines("""
        HOSPITALITY RIDER v3.2 | Dressing room 1: 6 x still water 500ml (room temp), 6 x sparkling, 1 x bottle Hendrick's, fresh fruit platter | no nuts in any green room per venue allergy policy
        Backline: 1 x Fender Twin Reverb '65 reissue, 1 x Ampeg SVT-CL with 8x10 cab, DW Collector's kit 22/12/16 with hardware, no cymbals (artist brings own)
        Input list ch 1-32: 1 Kick In Beta91A / 2 Kick Out D6 / 3 Snare Top SM57 / 4 Snare Btm e604 / 5 HH KSM137 / ... / 31-32 Playback L/R from Ableton rig
        Promoter to provide 2 x 15-seater vans with driver from Changi T3 arrivals; flight details to follow in the advance sheet once the routing is locked
        Stage plot attached (PDF rev C). Drum riser 8ft x 8ft x 1ft, rolling, skirted black, placed stage left of centre, 2m clear behind for the tech
        Monitor world: 8 IEM mixes (Shure PSM1000, G10 band), 2 wedges DS, one side-fill pair. Band engineer runs own DiGiCo SD12, please provide 48 kHz MADI split
        Catering: hot meal for 14 pax at 17:30, 3 vegetarian, 2 halal, 1 vegan. Local food very welcome, the band loved the nasi lemak on the last Asia run
        Security: 2 x static guards at dressing room corridor from doors until band departs venue; no photography backstage without TM approval
        Merch: venue commission 20% soft goods, 0% music; artist merch seller brings own card terminal; count-in and count-out with venue rep present
        Guest list closes 16:00 show day, max 20 +1s, all names to TM via the advance form, no walk-up requests at box office will be accepted
        Towels: 12 x black hand towels stage side, 6 x bath towels in dressing room, all laundered; no white towels on stage because of lighting reflection
        Power: 1 x 63A 3-phase CEE for backline/audio on a supply separate from lighting, distro at stage right, tested and signed off before 10:00 load-in
        Rider amendment for the Asian leg: swap the whiskey for local craft beer where available; item 14 (cigarettes) is deleted permanently
        Day sheet Thu 14 Aug: 09:00 load-in / 13:00 line check / 16:30 soundcheck / 18:30 doors / 20:45 set 75 min / 23:00 strict curfew / 23:30 load-out
    """),
    ("mixed", "crew group chat"): _lines("""
        guys load-in moved to 7am tmr ah, truck from Jurong dock leave 5.30, dun be late pls 🙏
        stage B the LED wall 有两块 panel dead, vendor say replacement arrive before lunch, can or not?
        Semua runner, lepas soundcheck tolong kutip semua walkie batteries, charge kat production office ya
        FOH 那边 cable ramp 要 tape 好，昨天有人差点跌倒 la, safety officer 已经 flag 了
        anyone got spare XLR 10m? need 4 for the choir mics, the rental pack short 2
        hujan lebat dekat Sepang now, all outdoor stage hold until lightning warning clear, standby at Tent C
        饭 at 6pm la, catering truck park behind Gate 3, vegetarian 拿绿色 sticker 那盒
        Reminder: crew pass must be visible at all times, dun keep in pocket, security kena scold by client yesterday
        ok confirm headliner set start 21:15 not 21:00, 因为 changeover 慢了, pls update run sheet v7
        Sapa ambil forklift key last? Kena return ke site office sebelum 10pm, kalau tak security tak bagi keluar
        gate 2 queue 好長 la, need 2 more scanners, someone bring from box office pls
        wristband printer jam again 😩 switch to backup batch WB-0815-B, don't reuse the misprinted ones ya
        heat index 35 now, 所有 crew 每个钟 drink water, medic tent got ice towel free
        Load-out order: lighting dulu, then audio, last sekali staging. Truck 3 (the 20-footer) tunggu at loading bay 2
        天文台話今晚有雷暴, production manager 8pm 先 call, everybody stay on channel 4
        who took the gaffer tape from the stage left road case?? bring back pls, 聽日仲要用
    """),
    ("zh-Hant", "lost and found notice"): _lines("""
        【失物招領】7月20日晚於A區拾獲黑色長夾一個，內有現金及卡片，請失主攜帶身分證明文件至服務台認領，案件編號 LF-0720-031。
        【遺失物公告】本次音樂祭共拾獲手機27支、鑰匙14串、眼鏡9副，清單已公布於官方粉絲專頁，保管期限至8月31日。
        失物認領需提供物品特徵描述（顏色、品牌、內容物），工作人員核對無誤後方可領回，恕不接受電話認領。
        香港站失物認領熱線：2798 3310（辦公時間 10:00-18:00），或電郵至 lostfound@harbourfront-live.hk
        拾獲 AirPods Pro（白色充電盒，盒上貼有貓咪貼紙）一副，編號 HK-LF-118，請到 Info Booth 認領。
        兒童走失處理流程：工作人員即時通報總控台，廣播只描述衣著特徵，不公開兒童全名及家長電話。
        錢包內證件若屬他人，須本人或持委託書之代理人領取，代領者需出示雙方證件影本。
        今日於B舞台前拾獲藍色雨傘五把、水壺三個、行動電源八顆，統一放置於北門服務台。
        無記名八達通兩張已交服務台，如需認領請說出卡面貼紙圖案及大約餘額。
        未領取之手機及證件將於活動結束後七日內移交警方處理，請大家盡快認領。
        失物登記表：案件編號＿＿／拾獲時間＿＿／拾獲地點＿＿／物品描述＿＿／拾獲人（工作人員編號）＿＿／認領人簽名＿＿
        台中場遺失物中心電話 04-2251-7730 分機 12，活動後一週內上班時間可查詢。
        溫馨提示：貴重物品請勿寄放於無人看管的帳篷區，主辦單位不負保管責任。
    """),
    ("zh-Hans", "ticketing and resale FAQ"): _lines("""
        本场演出实行实名制购票，每个证件限购2张，入场时需出示购票时登记的证件原件，人、证、票一致方可入场。
        门票一经售出不退不换；如因不可抗力取消演出，票款将于30个工作日内原路退回。
        官方转售平台开放时间为演出前14天至前48小时，转售价不得高于原票面价格。
        温馨提示：请勿通过社交平台私下交易，近期已发现多起虚假转让二维码诈骗，请认准官方渠道。
        订单号 KL2508153367201 已支付成功，电子票将在演出前3天发送至账户，请留意站内信。
        票档说明：VIP 内场 RM 888 / 看台A RM 588 / 看台B RM 388 / 学生票 RM 188（需验学生证）
        问：可以帮朋友代购吗？答：可以，但下单时需填写观演人的证件信息，一单最多绑定2位观演人。
        新加坡站门票通过 SISTIC 独家发售，马来西亚站请认准官方授权票务平台，其他渠道票务无法保证有效性。
        黄牛票风险提示：非官方渠道购买的门票如被判定无效，主办方有权拒绝入场且不予退款。
        退票手续费：演出前30天以上收取票价5%，30天内收取20%，7天内不再受理退票。
        电子票二维码每60秒刷新一次，截图无效，请在入场时打开App出示动态码。
        座位 看台C区 12排 08号 为系统分配结果，不支持自选座位，同一订单内座位相连。
        香港站如遇八号风球或黑色暴雨警告，演出将延期，门票自动适用于延期场次。
    """),
    ("ms", "crew pass SOP"): _lines("""
        Pas krew hendaklah dipakai pada setiap masa di kawasan belakang pentas; pas yang hilang perlu dilaporkan kepada Pejabat Akreditasi dengan segera.
        Permohonan pas krew mesti dihantar sekurang-kurangnya 7 hari sebelum acara melalui borang dalam talian; permohonan lewat tidak akan diproses.
        Kategori pas: AAA (semua kawasan), PROD (produksi), CAT (katering), MED (perubatan), VND (vendor). Warna tali leher berbeza bagi setiap kategori.
        Pas tidak boleh dipindah milik. Sesiapa yang didapati menggunakan pas orang lain akan disenaraihitamkan daripada acara akan datang.
        Semua krew wajib memakai kasut keselamatan dan jaket pantulan cahaya semasa load-in dan load-out.
        Borang akreditasi: Nama penuh (seperti dalam MyKad/pasport) ________ / No. MyKad ________ / Syarikat ________ / Jawatan ________ / Tandatangan ________
        Kaunter akreditasi dibuka dari 8 pagi hingga 6 petang di Pintu 5, sila bawa salinan surat lantikan daripada syarikat anda.
        Kelulusan PUSPAL untuk artis luar negara mesti diperoleh sebelum pas artis dicetak; kru asing perlu permit kerja yang sah.
        Pas kenderaan (pelekat) hanya sah untuk kenderaan logistik berdaftar; kenderaan persendirian tidak dibenarkan masuk ke zon muat turun.
        Taklimat keselamatan wajib untuk semua krew pada jam 9 pagi hari pertama di Khemah Produksi; kehadiran akan direkodkan.
        Had umur minimum krew ialah 18 tahun; pelajar latihan industri perlu surat sokongan daripada institusi masing-masing.
        Jika berlaku kecemasan, hubungi saluran radio 1 atau talian kecemasan 999; jangan tinggalkan pos tanpa pengganti.
        Nombor siri pas PROD-0448 hingga PROD-0520 telah dibatalkan kerana ralat cetakan; sila tukar di kaunter akreditasi.
    """),
    ("en", "medical tent protocol and stats"): _lines("""
        Medical tent summary Day 1: 142 presentations, 61 heat-related, 23 minor lacerations, 18 intoxication, 9 asthma, 4 transported to hospital, 0 fatalities.
        Heat exhaustion protocol: move to shade, remove excess clothing, cool with wet towels and fan, oral rehydration if alert; escalate to doctor if temp > 39°C or confused.
        All patient records stay on paper PRFs in the locked box at Medical Post 1 and go to the event medical director at close; no photos of patients on personal phones.
        Suspected drug toxicity: never leave the patient alone, GCS every 5 minutes, call ALS team on channel 6; do not involve security unless there is a safety risk.
        Ambulance staging at Gate 7 (Nicoll Highway side), SCDF liaison at forward command post; private ambulance for non-emergency transfers.
        Restock list: 200 x ORS sachets, 50 x cold packs, 20 x salbutamol MDI, 10 x spacers, 4 x EpiPen adult, 2 x EpiPen Jr, 30 x emesis bags.
        Free foam earplugs at all info booths and medical tents; exposure above 100 dB(A) for longer than 15 minutes needs hearing protection.
        Patient Report Form fields: Time in / Time out / Name ______ / Age ___ / Sex ___ / Wristband no. ______ / Chief complaint ______ / Vitals ______ / Disposition ______
        Hourly log 22:00-23:00 Tent A: 11 walk-ins, 3 stretchered, busiest hour of the night after a crowd surge at the barrier during the headliner's encore.
        Medical volunteers come from St John Ambulance and the festival's contracted provider; all must hold current CPR+AED certification.
        Q: Can I bring my own insulin and needles into the festival? A: Yes, declare them at bag check with a doctor's letter; sharps bins are at every medical tent.
        Hydration stations refilled every 30 min; 14,200 litres dispensed on Saturday, up 18% on last year.
        Welfare tent (non-medical) for lost friends, phone charging and a quiet space is next to Medical Post 2; peer-support volunteers on site till 2am.
        Crowd density thresholds: 2 persons/m² amber, 4 persons/m² red; barrier team to pause entry to the pit and radio event control.
    """),
    ("zh-Hant", "Cantonese fan and crew forum"): _lines("""
        有冇人知 Harbourfront Live 今年 allow 唔 allow 帶 power bank 入場？舊年係要 check 容量㗎。
        收到主辦 email 話入場要 show 埋身份證，實名制好似越嚟越嚴。
        前排 standing 其實唔使太早排，九點先開閘，排早咗都係企喺度曬。
        五月天嗰場啟德主場館音響好好，比以前紅館勁好多，企後面都聽得清楚。
        Carousell 啲飛炒到三倍價，仲要唔保證入到場，大家小心唔好中伏。
        做咗三年 stagehand，最辛苦係 load out，凌晨三點仲要搬 truss，但係完場嗰陣真係好有滿足感。
        醫療站喺 Art Park 入口左手邊，有紅十字會義工，飲多咗或者中暑都可以去搵佢哋。
        求推介：去台中音樂祭住邊區方便？高鐵站附近定係市區？
        八號風球點算？官網寫會順延，但係機票酒店就要自己搞掂。
        今年 wristband 係 RFID 嘅，可以喺 app 增值，場內唔收現金。
        做 crew 嘅記得帶 torch 同手套，後台好黑，啲 cable 一嚿嚿。
        陳奕迅場嘅 encore 又唱咗《富士山下》，全場大合唱，喊到呢。
    """),
    ("mixed", "ops config and logs"): _lines("""
        scanner_config: gate_id=G03, mode=online, fallback=offline_whitelist, sync_interval_s=30, firmware=4.2.1-rc2
        2025-08-16 20:41:07 WARN ticket_validate: duplicate scan ticket_id=TKT-8842-5531-0097 gate=G05 action=deny
        RFID UID 04:A2:3B:1C:7E:80:00 → balance SGD 0.00, topups=0, status=inactive (unissued stock)
        Invoice INV-2025-00917 | Staging & truss hire | 3 days | SGD 48,600.00 incl. GST | Net 30
        B/L no. MAEU254831097 — backline containers 2 x 20ft, ETA Port Klang 12 Aug, customs broker to clear ATA Carnet
        wristband batch WB-2508-A: serial 000001–018000, colour code teal, valid Fri–Sun, issued by Box Office
        SELECT gate_id, COUNT(*) AS scans FROM entry_scans WHERE event_date = '2025-08-16' GROUP BY gate_id ORDER BY scans DESC;
        dmx_universe: 4 | fixture: Robe MegaPointe x 24 | mode: 34ch | start_addr: 1 | ip: 10.0.4.21
        Rental order RO-88213: SHR-ULXD4Q-K51 qty 6, SHR-ULXD2/B58 qty 12, return by 18 Aug before 14:00
        門票系統 v3.8.2 release note：修正 QR code 過期判斷 bug；新增 Touch 'n Go eWallet 付款選項
        incident_id=INC-0816-044 category=crowd_near_miss location=Pit_L severity=2 status=closed
        setlist_final_v7.pdf sha256 9f2c1e7a0b4d3e5f81a6c2d9047be3f1c58a2e6d7b0f4c9a3e1d8b5f2a7c6e04
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        MED TENT A | 21:14 | TAN WEI LING F/22 | NRIC S9812345H | c/o SOB, known asthmatic, 4 puffs salbutamol via spacer, SpO2 93→98% | discharged 21:50 with friend, advised to leave event
        Crew pass request: Name Rajesh s/o Krishnan | Company Lumen Stage Pte Ltd | Role lighting tech | NRIC T0234517F | Mobile 9127 5503 | Zones PROD, FOH
        Incident 16/08 23:05: patron identified from e-ticket as Marcus Goh Jun Jie, ejected from Pit L for throwing bottles at security; recommend ban from future events.
        Lost & found claim LF-0816-112: black Coach wallet released to owner Chloe Fernandes after she described the contents (EZ-Link card, 2 x $50); contact 8864 3091.
        Refund request: bought 2 x CAT 2 under nurul.izzah.rahim@gmail.com and got double charged on Visa 4532 0177 8219 3042, please reverse one of the charges.
        Travel party (crew only): backline tech LIAM O'CONNOR, IE passport PB3841927, DOB 04/03/1990 | monitor eng SARAH KWOK, HK passport K08527341, DOB 19/11/1988
        Per diem sheet: Mohan a/l Subramaniam, rigger, 3 days x RM120 = RM360, bank in to Maybank 1641 2098 3357
        Welfare note 22:40: girl in yellow raincoat says she is Priya Nair, 17, separated from her sister, phone dead; sister's number 9356 2018 called, sister on her way.
        Catering allergy list: Jun Hao Lim (audio) anaphylaxis to shellfish, EpiPen in his black backpack; please label all his meals separately.
        Vehicle access: SLE 4821 C, silver Honda Vezel, driver Kelvin Ong (stage manager), Loading Bay 2 only, 06:00-10:00
        Complaint: my son Ryan Teo (14) was served beer at the Stage B bar around 8pm despite his under-18 wristband. What action will you take? Mrs Jacqueline Teo, 9783 1160
        Volunteer roster Day 2 swap: Tan Hui Min (T0361259C) swaps Gate 3 AM shift with Benjamin Yeo as she has a specialist appointment at KKH at 10am.
    """),
    "zh-Hant": _lines("""
        醫療站紀錄 02:10 林怡君 女 23歲 身分證 A280319476 疑似飲酒過量併嘔吐，意識清楚，觀察一小時後由男友接回。
        工作證申請：陳冠宇／舞台組／身分證字號 F129573408／手機 0912-487-330／緊急聯絡人：母 陳美玲 0935-220-618
        失物認領紀錄 HK-LF-207：認領人 黃嘉欣 出示香港身份證 Y482915(6)，領回灰色 Fjällräven 背包一個，內有 MacBook 一部。
        急救站 log：22:37 李卓霖 M/19 喺 mosh pit 俾人撞到，左眉裂傷 2cm，已清洗包紮，建議去伊利沙伯醫院縫針，佢話自己搭的士去。
        轉讓門票：本人吳思穎，因工作無法出席，原價轉讓9/14台中場搖滾區兩張，有意請加 LINE：siying_0914
        義工排班表：週六北門 A班 張雅婷 0921-663-094／B班 許家豪 0958-107-426；週日待定
        投訴：我喺 Harbourfront Live 俾保安推跌，右手腕骨折，已經喺瑪嘉烈醫院照咗 X 光。我叫鄭志強，電話 6312 8840，希望主辦方聯絡我跟進賠償。
        後台通行名單（樂團隨行）：鼓手助理 周柏翰 身分證 H103765248；造型師 蔡佳穎 身分證 E244182039
        走失兒童廣播紀錄（內部）：男童 何子軒 6歲，穿藍色恐龍T恤，父親何先生電話 9468 2135，21:12 已於服務台尋回。
        退款申請：購票人 劉詠琪，HKID Z694102(9)，因入院做手術（附醫生證明）未能出席10月8日演出，申請全額退款。
    """),
    "zh-Hans": _lines("""
        实名入场核验异常：观演人 王思远 身份证 440106199903145275，与购票登记证件不符（登记为护照），已引导至补验窗口。
        医疗帐篷记录：张欣怡，女，24岁，上海来的乐迷，中暑晕倒，体温39.2℃，冰敷加口服补液，30分钟后好转，同行人电话 138 1762 4095。
        黄牛举报：卖家微信号 Lwei_ticket2025，收款名 李伟，收了我2600元后直接拉黑，票根本没发。
        代购门票，观演人信息：1）陈雨涵 身份证 310115200108270467；2）刘梓萱 身份证 440305199706123389，请核对后出票。
        失物认领登记：认领人 赵婧，内地旅客，往来港澳通行证 C58139024，领回红色 iPhone 15 一部。
        舞台组通讯录：周浩 组长 186 2109 7734；马俊杰 灯光 139 0571 3826；邓晓琳 音响 150 1836 4427
        新加坡站 crew 名单：黄俊杰 Wong Jun Jie NRIC S8876021B 电工；苏丽娟 Soh Li Juan FIN G5530172M 化妆师
        退款账户：户名 林佳慧，工商银行卡号 6222 0214 0211 8735 304，金额 ¥1,280，原订单 KL2508153367888
        投诉：我是杭州乐迷孙悦，9月在吉隆坡看演出时在VIP区被保安粗暴拉扯，手臂淤青已拍照留证，请回复我的邮箱 sunyue_music@163.com
    """),
    "ms": _lines("""
        Log Khemah Perubatan 20:45: MUHAMMAD HAFIZ BIN ROSLAN, L/27, MyKad 980514-10-5531, pengsan akibat dehidrasi, diberi ORS, dihantar ke Hospital Serdang dengan ambulans PBSM.
        Permohonan pas krew: Nama: NUR SYAFIQAH BINTI AHMAD / No. MyKad: 010203-14-0862 / Syarikat: Gemilang Rigging Sdn Bhd / Jawatan: penyelia keselamatan / Tel: 017-284 6105
        Barang hilang dijumpai: dompet coklat, ada IC atas nama LIM MEI XIN 030911-01-1128, sudah diserahkan ke kaunter maklumat Pintu 2.
        Aduan penipuan tiket: saya bayar RM680 ke akaun CIMB 7012384865 atas nama AZLAN BIN ISMAIL untuk 2 tiket, QR palsu. Siti Hajar, 013-775 2904
        Senarai elaun krew: Kavitha a/p Rajendran RM450 Public Bank 3197440218; Ahmad Faiz bin Zulkifli RM450 Maybank 5621 7730 9914
        Encik Shahrul Nizam bin Osman (penyelia pentas B) dibenarkan balik awal, isteri dijangka bersalin di Hospital Ampang malam ini.
        Laporan insiden: pengunjung bernama Danial Haikal bin Rosli ditahan pengawal jam 23:40 kerana membawa pil khayal, diserahkan kepada PDRM Sepang.
        Tiket saya atas nama ALYA NATASHA BINTI MOHD YUSOF, no. pesanan TG-77120458, nak tukar nama kepada adik sebab saya kena demam denggi, boleh tak?
        Kenderaan krew: WVX 8821 (Myvi putih) milik Faridah binti Hassan, katering, dibenarkan masuk zon B jam 5 pagi.
        Rekod sukarelawan: Jason Liew Chee Keong, 871225-12-5679, dari Kota Kinabalu, tugasan meja maklumat, saiz baju L, alahan penisilin.
    """),
    "mixed": _lines("""
        eh anyone seen Farhan's crew pass? Farhan bin Zainal, audio team, tertinggal kat catering, his number 019-338 4720 if found pls call
        guys pls pray for Mei Ling Chong from LX team 🙏 she fell off the ladder during rigging, now at Tan Tock Seng ICU, 情况稳定了 but still under observation
        lost & found 有个 passport 名字 CHEUNG HO YIN, HK passport K51728403, 谁认识请 PM me, 放在 production office
        boss pls approve advance: Benjamin Chua 要预支 $500 因为他爸爸住院, 下个月工资扣, his POSB 182-46375-2
        jual tiket: 1 x GA Sabtu, harga asal RM388, COD Mid Valley, PM Telegram @amirul_rzk atau WhatsApp 011-2384 7759 (Amirul)
        medic handover: Joshua Pereira still sleeping it off in bed 3, BAC positive, his friend waiting outside, 叫佢哋 2am 前离开
        crew pass print list: TEO ZHI HAO S9634408B PROD / SHARMILA D/O RAMASAMY T0119384D MED / HARIS BIN JAMIL F2458873N VND
        Kak Ros (Rosnah binti Abu Bakar) catering head 今天请病假, she got food poisoning, 明天 Zul take over
        ticket transfer pls: from Ong Jia Yi to her cousin, contact jiayi.ong.2001@gmail.com, seat 看台B 10排 15号
        HK crew 名單 for 入境: 梁家俊 LEUNG KA CHUN HKID K730264(9) / 麥詠詩 MAK WING SZE HKID R553817(2), pls send to SG promoter 做 work pass
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "My son was treated at your festival medical tent on Saturday night and I need the record for our insurance claim. How do I request it?",
        ),
        (
            "assistant",
            "Patient Report Forms are held by the event medical provider. Please send a written request with the patient's full name, date of attendance, approximate time and proof that you are the parent or guardian.",
        ),
        (
            "user",
            "Ok. He is Aaron Lim Wei Jie, 14, NRIC T1152983B, seen around 10.30pm at Tent B for a panic attack and a sprained ankle. I'm his mother, Michelle Lim, 9172 4458.",
        ),
        (
            "assistant",
            "Thanks. Attach a copy of his birth certificate to show you are his parent, and the provider should reply within 7 working days.",
        ),
    ],
    [
        ("user", "幫我寫個 Carousell post 放售兩張 Harbourfront Live 週六飛，原價 $980 一張"),
        (
            "assistant",
            "標題：Harbourfront Live 週六 企位 x2 原價轉讓 / 內容：因事未能出席，原價 $980 一張，可官方 app 轉飛，唔接受炒價。",
        ),
        ("user", "加埋我聯絡方法：Cheryl Yip，WhatsApp 9321 6075，淨係收 FPS，旺角交收都得"),
        (
            "assistant",
            "已加入：聯絡 Cheryl Yip，WhatsApp 9321 6075，FPS 付款，旺角面交。提提你用官方轉飛功能會穩陣啲。",
        ),
    ],
    [
        ("user", "Tolong isi borang akreditasi krew untuk saya, saya tak pandai format dia."),
        (
            "assistant",
            "Boleh. Beri saya nama penuh, No. MyKad, syarikat, jawatan dan nombor telefon.",
        ),
        (
            "user",
            "Nama Mohd Irfan bin Kamal, MyKad 950817-07-5243, syarikat Bayu Audio Visual Sdn Bhd, jawatan juruteknik bunyi, tel 012-667 3018",
        ),
        (
            "assistant",
            "Nama: MOHD IRFAN BIN KAMAL / No. MyKad: 950817-07-5243 / Syarikat: Bayu Audio Visual Sdn Bhd / Jawatan: Juruteknik Bunyi / Tel: 012-667 3018",
        ),
    ],
    [
        (
            "user",
            "我在小红书上买了两张吉隆坡站的票，付了3400块，对方发来的二维码扫不了，人也找不到了，怎么办？",
        ),
        (
            "assistant",
            "先保存聊天记录和转账凭证，向支付平台申请冻结/投诉，再向当地警方报案；同时联系官方票务确认二维码是否有效。",
        ),
        (
            "user",
            "对方微信号 ticket_kl_vip88，收款人叫 何振宇，我叫杨柳，身份证 420106200007032514，报案要用哪些？",
        ),
        (
            "assistant",
            "报案时提供你的身份证件、对方微信号 ticket_kl_vip88、收款人何振宇的收款记录截图、转账时间和金额即可。",
        ),
    ],
    [
        (
            "system",
            "You are the ops assistant for the Rimba Beats production office. Keep answers short.",
        ),
        ("user", "summarise last night medic log for the morning brief pls"),
        ("assistant", "Please paste the log entries and I will summarise them."),
        (
            "user",
            "23:10 Nadia binti Hamzah F/20 heat cramps ORS discharged / 23:55 Gary Lau Kah Wai M/31 crew LX, hand laceration 3 stitches, sent Hospital Putrajaya / 01:20 Vinod a/l Ganesan M/24 intoxicated, observed, fetched by brother 016-902 5531",
        ),
        (
            "assistant",
            "3 cases overnight: 1 heat cramps (Nadia binti Hamzah, discharged), 1 crew injury (Gary Lau, LX, hand laceration, sent to hospital), 1 intoxication (Vinod a/l Ganesan, released to brother).",
        ),
    ],
    [
        (
            "user",
            "I lost my wallet near the Stage A toilets at the Padang last night. Who do I contact?",
        ),
        (
            "assistant",
            "Contact the festival lost and found through the official app or the info booth; describe the wallet, its contents and where you lost it.",
        ),
        (
            "user",
            "It's a brown Herschel wallet with my IC inside, name Darren Seah Kok Leong, S9047312C, and my DBS card. Please ask them to call me at 8150 2276.",
        ),
        (
            "assistant",
            "Noted. When you contact them, give the wallet description and your name as on the IC so they can match it, and cancel the DBS card now just in case.",
        ),
    ],
    [
        ("user", "幫我把這段請假訊息改得正式一點"),
        ("assistant", "好的，請貼上原文。"),
        (
            "user",
            "我是志工蔡宛蓉，身分證 B266120889，排週日南門 B班，但阿嬤週六要住進台中榮總開刀，我要去陪，沒辦法來，拍謝",
        ),
        (
            "assistant",
            "您好，我是志工蔡宛蓉（週日南門 B 班）。因家中長輩週六住院手術需陪同照顧，週日無法出勤，造成不便敬請見諒，謝謝。",
        ),
    ],
    [
        ("user", "Can you turn this into a rooming list table for the hotel in KL? 3 rooms."),
        ("assistant", "Sure, send me the names and room types."),
        (
            "user",
            "Twin: Hendrik Vos (NL passport NXC4R81K2) + Tommy Leung (HK passport K03617298) / Single: Aisha Karimova, she needs ground floor, uses a wheelchair / Single: me, Dana Whitfield",
        ),
        (
            "assistant",
            "Room 1 Twin: Hendrik Vos, Tommy Leung | Room 2 Single (ground floor, accessible): Aisha Karimova | Room 3 Single: Dana Whitfield. Passport numbers to go on the hotel's registration form separately.",
        ),
    ],
    [
        ("user", "新加坡站演出取消了，退款多久能到？"),
        ("assistant", "官方公告为30个工作日内原路退回，如超期可联系票务客服并提供订单号。"),
        (
            "user",
            "订单 SG2509207741 ，付款人郑雅文，卡号 5264 1809 3377 1206，已经35天了还没到，你帮我写个催款邮件",
        ),
        (
            "assistant",
            "您好，我于取消场次购票，订单号 SG2509207741，付款人郑雅文，尾号1206的卡至今35天未收到退款，烦请尽快处理并告知进度，谢谢。",
        ),
    ],
    [
        ("user", "我想投訴個保安，佢喺 Gate 4 搶咗我支水仲鬧我，點寫好？"),
        ("assistant", "寫清楚時間、地點、經過，盡量提供保安員嘅編號或者名牌，再附上你嘅聯絡方法。"),
        (
            "user",
            "名牌寫 Wong Chun Kit，編號 S-118，大約 7:40pm。我叫 Natalie Szeto，email natszeto.hk@gmail.com",
        ),
        (
            "assistant",
            "投訴內容：約 7:40pm 於 Gate 4，保安員 Wong Chun Kit（編號 S-118）強行取走本人飲用水並出言辱罵。投訴人 Natalie Szeto，natszeto.hk@gmail.com。",
        ),
    ],
]
