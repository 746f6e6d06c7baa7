# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat133: chats with an assistant about one's own nightlife problems (lost belongings at a club, a fight or assault, drink spiking, a banned entry, hangover sick leave, a friend's overdose). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat133
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "lost_property_notice"): _lines("""
        LOST & FOUND – Neon Koi Lounge, 3A River Valley Road #02-05, Singapore 179020. Items found after closing are logged by 4am and kept for 14 days at the coat check.
        To claim an item, WhatsApp our front desk at +65 8012 4477 (business line, 2pm–10pm) with the date of your visit, the item description and your wristband colour.
        Found Sat 30 Nov 2026: 3 iPhones (1 × iPhone 15 Pro with blue case, 2 × no case), 1 Samsung Galaxy Z Flip5, 2 black card holders, 1 Longchamp Le Pliage tote, 4 single earrings.
        Found Fri 29 Nov: one Louis Vuitton Pochette, one Casio G-Shock GA-2100, a Daniel Wellington Petite 32mm watch and a Levi's denim trucker jacket, size M.
        We do not release phones over the counter without proof: unlock the device in front of staff or show the IMEI on your carrier bill. Item refs look like LF-20261130-017.
        Passports, IC cards and bank cards are handed to the police within 24 hours; for those please call the Police Hotline 1800 255 0000 or visit the nearest neighbourhood police centre.
        Unclaimed items after 30 days are donated to The Salvation Army Singapore or disposed of. Perishables, opened bottles and vapes are discarded the same night.
        Coat check tickets run from CK-0001 to CK-0400 each night; a lost ticket means a $10 admin fee and a wait until 3:30am when the cloakroom is cleared.
        Lost property from concerts at the Singapore Indoor Stadium must be claimed from the event organiser, not from us; our lost-and-found covers Levels 1 and 2 of this venue only.
        Jackets found (Sun 1 Dec): Uniqlo black puffer size L, Zara beige trench size S, a Stone Island overshirt with badge and a Carhartt WIP Detroit jacket in brown.
        Reminder from management: staff may not post photos of found wallets or IDs on Instagram Stories. Use the internal log at lostfound.neonkoi.sg/admin only.
        Keys found: a Honda smart key with a Hello Kitty keychain, a set of three Yale keys on a Tiger Beer opener, and a Pikachu charm. Describe the keychain to claim it.
        Business enquiries: events@neonkoi.sg | UEN 201934567K | Licensed under the Public Entertainments Act, licence no. PEL/2026/00417 | Open Wed–Sat 10pm–4am.
    """),
    ("en", "door_system_log_lines"): _lines("""
        2026-11-30T01:42:17+08:00 INFO gate=B2 scanner=ZX-04 event=ticket_scan batch=GA-SAT-1130 result=ACCEPT latency_ms=182 fw=4.1.9
        2026-11-30T01:42:19+08:00 WARN gate=B2 event=id_scan result=REJECT reason=AGE_CHECK_FAILED doc_type=NRIC policy=door-v3.2 stored_fields=none
        2026-11-30T02:05:03+08:00 INFO pos=BAR-3 txn=TX-8841207 sku=SPIR-JW-BLK-700 qty=1 amount=SGD 328.00 tender=VISA approval=OK terminal=T-0093
        2026-11-30T02:31:55+08:00 ERROR bansync job=nightly_ban_list source=https://api.venueguard.example/v2/bans status=503 retry_in=300s attempt=2/5
        config: door.max_capacity=650; door.reentry_allowed=false; door.id_scan.retention_days=0; door.dress_code=smart_casual; door.last_entry=03:00
        2026-11-30T03:12:40+08:00 INFO incident event=create ticket=INC-2026-11-0392 category=MEDICAL severity=2 zone=MAIN_FLOOR responder=first_aid_team_A
        2026-11-30T03:13:02+08:00 INFO incident event=ambulance_called ticket=INC-2026-11-0392 service=SCDF_995 eta_min=9 camera_bookmark=CAM07@03:09:44
        ALTER TABLE incidents ADD COLUMN spiking_suspected BOOLEAN NOT NULL DEFAULT FALSE; -- migration 0047_add_spiking_flag, reviewed 2026-11-12
        locker_rfid: device=LCK-BANK-2 firmware=v2.8.1 sha1=9f2c4e7a1b03d58e6c0a72b4f19e3d56a7c8b2e0 slots_open=3/120 status=DEGRADED
        2026-11-30T04:01:00+08:00 INFO cctv_export request=EXP-1130-07 cameras=CAM03,CAM07 window=02:55-03:20 requester_role=police_liaison approved=true
        docker run -d --name doorsvc -e TZ=Asia/Singapore -e BANLIST_URL=https://api.venueguard.example/v2/bans -p 8443:8443 venueguard/doorsvc:3.2.7
        2026-11-30T04:45:12+08:00 INFO shift_close venue=NKL-SG01 pax_in=612 pax_out=598 refused_entry=23 ejections=4 incidents=2 till_variance=SGD -12.40
        incident_id,opened_at,zone,category,severity,police_report_no,ambulance_called,cctv_exported,closed_at,shift_manager_role
    """),
    ("zh-Hans", "酒吧酒水价目表"): _lines("""
        【酒水单】尊尼获加黑牌 Johnnie Walker Black Label 700ml 整瓶 ¥1,280，送果盘一份，冰块、苏打水任加；卡座低消 ¥3,800，周五周六 22:00 后上调至 ¥5,800。
        占边波本 Jim Beam 单杯 ¥68、整瓶 ¥880；杰克丹尼 Jack Daniel's 单杯 ¥78、整瓶 ¥980；以上价格已含 6% 服务费，不另收开瓶费，整瓶可存酒 30 天。
        人头马 Rémy Martin VSOP 整瓶 ¥1,680，轩尼诗 Hennessy XO 整瓶 ¥4,880，马爹利蓝带 Martell Cordon Bleu ¥3,280；开 XO 送香槟塔拍照一次。
        鸡尾酒特价（周日至周四）：长岛冰茶 ¥58、莫吉托 ¥52、新加坡司令 ¥66、玛格丽特 ¥55、血腥玛丽 ¥60，买二送一，仅限 21:00 前下单。
        啤酒：青岛纯生 5L 桶装 ¥268，科罗娜 Corona 一桶 24 支 ¥560，百威 Budweiser 一打 ¥360；外带酒水每瓶收开瓶费 ¥200，烈酒 ¥400。
        无酒精饮品：柠檬苏打 ¥38、红牛 ¥30、依云矿泉水 ¥25、椰青 ¥35；未成年人及驾车人士请选择本栏，本店不向未满 18 周岁者售酒，需出示证件。
        包厢价目：小包（6 人）低消 ¥2,800，中包（10 人）¥4,800，大包（16 人）¥8,800，超时每小时加收 ¥500，最晚 04:00 清场，不设过夜。
        门票：周五周六男士 ¥150 含一杯酒，女士 ¥100 含一杯酒；特邀 DJ 之夜票价另行公告，电子票二维码当晚 23:59 前入场有效，过时作废。
        香槟：唐培里侬 Dom Pérignon 2013 年份 ¥3,980，酩悦 Moët & Chandon 皇室香槟 ¥1,380，凯歌 Veuve Clicquot 黄牌 ¥1,480，均为 750ml。
        小吃：炸薯条 ¥48、鸡米花 ¥58、卤味拼盘 ¥88、水果拼盘大份 ¥128、炒河粉 ¥42；厨房 02:30 停止点单，外卖平台订单号以 DD 开头。
        发票说明：本店开具增值税普通发票，纳税人识别号 91310101MA1FPK3R7Q，开票内容为“餐饮服务”，当晚消费当晚开具，逾期恕不补开。
        会员储值规则：充 ¥5,000 送 ¥800，充 ¥10,000 送 ¥2,000；储值金额不可提现、不可转让，有效期 24 个月，最终解释权归霓鲤 Lounge 外滩店所有。
        价格表版本 v4.3（2026-12-01 更新），账单号示例 JS20261201-00088；如对账单有疑问，请致电门店座机 021-6321 8876 或发邮件至 service@nililounge.cn。
    """),
    ("zh-Hans", "公众人物新闻"): _lines("""
        林俊杰 JJ Lin 将在新加坡国家体育场连开三场演唱会，新加坡警察部队提醒观众不要把饮料交给陌生人保管，场内共设 3 个医疗站。
        作家村上春树年轻时曾在东京经营爵士酒吧“Peter Cat”，书评人常用这段经历解读《挪威的森林》里关于深夜酒吧与唱片的描写。
        据记载，海南籍调酒师严崇文约于 1915 年在新加坡莱佛士酒店 Long Bar 调出新加坡司令，这款鸡尾酒至今仍是酒店的招牌饮品。
        成龙在 1978 年上映的电影《醉拳》中饰演黄飞鸿，片中“醉八仙”招式至今仍被影迷模仿，该片 4K 修复版本月在香港重映。
        李白《将进酒》中“钟鼓馔玉不足贵，但愿长醉不复醒”一句常被酒吧用作墙面标语，成都玉林路一家清吧更把全诗刻在了吧台上，人均 ¥120。
        上海市公安局官方微博通报：今年以来全市娱乐场所警情同比下降 12%，市民遇到纠纷可拨打 110，或通过“随申办”线上报案。
        新加坡内政部长尚穆根（K Shanmugam）在国会书面答复中表示，将检讨夜间娱乐场所的执照条件，包括闭路电视录像的保存期限。
        马来西亚歌手黄明志吉隆坡演唱会主办方公布紧急联络热线 +60 3-2715 8899，失物招领柜台设在 Axiata Arena 东门旁。
        香港特区政府保安局禁毒处推出新一轮禁毒宣传，提醒年轻人在派对上拒绝来历不明的饮品，并公布 24 小时禁毒查询热线 186 186。
        五月天主唱阿信在高雄演唱会上提醒歌迷“喝酒不开车”，当地警方当晚在体育场周边设置 12 处酒驾检查点，共拦查 3,400 辆车。
        澳门司法警察局提醒旅客，近期有人在酒吧以“请喝酒”方式下药盗窃，报案可拨 993，或前往友谊大马路 823 号司警局大楼。
        英国作家菲茨杰拉德笔下的盖茨比以夜夜笙歌闻名，北京三里屯一家以《了不起的盖茨比》为主题的酒吧本周开业，人均消费约 ¥380。
        香港 Bar Leone 与新加坡 Jigger & Pony 都曾登上“亚洲 50 佳酒吧”榜首，两家店的调酒师本周在上海进行客座调酒活动，门票 ¥680。
    """),
    ("zh-Hant", "夜店入場守則"): _lines("""
        【入場守則】本店只接待年滿 18 歲人士，入場時須出示有效身份證明文件正本，影印本、手機相片及學生證一律不獲接納，敬請合作。
        保安員有權拒絕任何醉酒、行為不檢或穿著拖鞋、背心、運動短褲的人士入場，被拒人士不得在門口聚集或滋擾排隊客人，違者將報警處理。
        本店嚴禁攜帶任何受管制藥物入場；如發現有人在飲品中落藥，請即通知職員或撥打 999，本店閉路電視片段會保存最少 31 日以供警方調查。
        被列入禁止入場名單人士如欲提出覆核，請以書面寄往：香港中環雲咸街 48 號 3 樓 Velour Club 營運部，信封註明「入場覆核」，十四個工作天內回覆。
        禁入期限：首次打鬥或襲擊職員者 6 個月；再犯或涉及武器者永久禁入；禁入期內以他人證件入場者，一經發現即時報警並交由警方處理。
        台北信義分店營業時間：週三至週六 22:30–04:30，最後入場 03:00；客服專線 (02) 2722-5806，僅處理訂位與失物，恕不受理禁入申訴。
        澳門分店（新口岸宋玉生廣場 258 號）依照《預防及控制吸煙制度》全場禁煙，吸煙區設於 2 樓露台；違者由衛生局檢控，罰款澳門幣 1,500 元。
        衣帽間寄存每件 HK$30，遺失寄存票者須等候至 04:30 清場後核對；手機、護照、現金等貴重物品，本店恕不代為保管，敬請自行看管。
        VIP 卡座最低消費：星期五 HK$6,800、星期六 HK$8,800，訂座須預付 30% 訂金，取消須提前 48 小時通知，否則訂金恕不退還。
        急救安排：每晚設兩名持有效證書的急救員，急救站位於舞池左側近 2 號出口；如發現有人不適，請勿讓其獨處或自行離開，立即通知職員。
        倒數派對特別安排：12 月 31 日入場須持電子門票，票號格式為 NYE26-XXXXXX，場內不設現場售票，門票一經售出概不退換或轉讓。
        本守則依據香港《娛樂場所條例》（第 172 章）及酒牌局所發酒牌之附加條件訂定，酒牌編號 LL-0123-4567，最後修訂日期 2026 年 10 月 1 日。
        傳媒查詢請電郵 press@velourclub.hk 或 WhatsApp +852 5180 2266（辦公時間），本店職員不會透過電話或私訊向顧客索取信用卡資料。
    """),
    ("ms", "soalan_lazim_keselamatan_malam"): _lines("""
        S: Apa tanda-tanda minuman saya telah dicampur dadah? J: Pening secara tiba-tiba, loya, penglihatan kabur atau hilang ingatan walaupun minum sedikit. Minta bantuan segera.
        S: Ke mana saya perlu buat laporan? J: Hubungi 999 atau pergi ke balai polis terdekat; di pusat bandar, laporan boleh dibuat di IPD Dang Wangi, Kuala Lumpur.
        S: Berapa lama ujian air kencing boleh mengesan GHB? J: Biasanya kira-kira 12 jam sahaja, jadi pergi ke Jabatan Kecemasan secepat mungkin dan beritahu doktor anda syak minuman dicampur.
        S: Kelab enggan beri rakaman CCTV, apa boleh buat? J: Rakaman hanya diserahkan kepada polis; berikan nombor laporan polis kepada pegawai penyiasat dan minta kelab simpan rakaman berkenaan.
        S: Saya disenarai hitam oleh kelab, boleh rayu? J: Hantar rayuan bertulis kepada pengurusan premis, contohnya ke alamat emel rasmi seperti rayuan@kelabbintang.com.my, sertakan tarikh kejadian.
        Talian Kasih 15999 beroperasi 24 jam dan boleh dihubungi melalui WhatsApp 019-261 5999 untuk mangsa keganasan atau gangguan seksual, termasuk kes di pusat hiburan.
        S: Sah tak MC selepas mabuk teruk? J: Sijil cuti sakit hanya sah jika dikeluarkan oleh pengamal perubatan berdaftar; majikan boleh menyemak MC yang meragukan dengan klinik.
        Menurut Akta Kerja 1955, pekerja berhak 14 hingga 22 hari cuti sakit setahun bergantung pada tempoh perkhidmatan, tidak termasuk sehingga 60 hari cuti hospital.
        S: Barang saya hilang di kelab, siapa bertanggungjawab? J: Kebanyakan premis letak notis 'barang hilang bukan tanggungjawab pengurusan', tetapi polis masih boleh minta semakan CCTV.
        Agensi Antidadah Kebangsaan (AADK) menasihatkan: jika kawan disyaki overdos, baringkan mangsa secara mengiring, jangan beri kopi atau mandikan dengan air sejuk, dan terus hubungi 999.
        Kelab Bintang Malam Sdn. Bhd. (No. Syarikat 202301045678), Lot 3-2, Jalan P. Ramlee, 50250 Kuala Lumpur – buka 10 malam hingga 3 pagi, Selasa hingga Ahad.
        S: Bolehkah kelab simpan salinan MyKad saya? J: Di bawah Akta Perlindungan Data Peribadi 2010, premis perlu nyatakan tujuan; anda boleh minta hanya umur disemak tanpa fotokopi.
        S: Perlukah laporan perubatan selepas diserang di kelab? J: Ya, dapatkan laporan daripada hospital kerajaan seperti Hospital Kuala Lumpur; caj laporan biasanya antara RM40 hingga RM200.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Door team pls note: tonight ID scanner at Gate B still lagging, manual check IC dulu then clicker count. Last entry 2.45am sebab ada event hari Ahad.
        各位今晚 VIP table 7 到 12 全部 booked 了，低消 RM3,500，记得先收 deposit 才放 bottle，POS 单号全部以 KBM-1207 开头，别打错。
        Bar captain here: Hennessy VSOP tinggal 6 botol je, Johnnie Walker Blue 2 botol. Dah order dengan supplier, DO no. DO-88214, sampai hari Jumaat.
        Reminder from HR: MC must upload to the HR app by 12pm next day, no photo in group chat ok. Klinik panel list updated, v2026.12 in the shared drive.
        Lost & found box penuh dah. 3 phones, 1 Gucci wallet, 2 Anker powerbank. Morning shift tolong log dalam sheet LF-Dec tab sebelum 1pm, jangan buka wallet.
        CCTV NVR channel 7 rosak since 11.20pm, vendor ticket SR-550213 opened, tech datang esok 3pm. Pls jangan restart NVR sendiri nanti footage hilang.
        今晚 DJ 是 Alan Walker 的 tribute set，not the real one ah，poster 要写清楚 tribute 免得客人投诉 misleading，marketing 已经改到 v3。
        Security drill Sabtu 4pm, semua floor staff wajib hadir. Scenario: customer pengsan di toilet lelaki, suspect drink spiking, call 999 + first aider on duty.
        Promo Ladies Night hari Rabu: free flow Tiger Beer 9–11pm, cap 200 pax. Finance cakap margin ok kalau cost Tiger kekal RM18 per jug.
        Guys jangan lupa: ambulance bay depan loading dock kena clear by 10pm, Bomba inspection next Tuesday 2pm, 2 fire extinguisher tag expired dekat stor.
        老板说下个月开始 card terminal 换 Maybank QR，MDR 1.2%，旧 terminal TID 00045871 要 return bank by 15 Jan，settlement slip 记得 keep。
        Uniform update: black shirt with logo, size chart dalam Google Sheet Uniform FY27. Collection at office lvl 3, 11am–5pm, bawa staff card sahaja.
        Tonight guest list closes 11pm sharp. Promoter lists hantar through the portal only, CSV header name,pax,arrival_time,table. Jangan WhatsApp screenshot.
    """),
    ("zh-Hant", "店家評論"): _lines("""
        ★★★★☆ 信義區「阿嬤的酒窖」門口沒有招牌，要從雜貨店後門進去，調酒師很專業，Old Fashioned 一杯 NT$450 值得，唯一缺點是週末要等位 40 分鐘。
        ★☆☆☆☆ 蘭桂坊「Mr. Chan's Cocktail Bar」保安態度極差，排隊一小時後說 dress code 不合格，但前面穿波鞋的人照樣入場，雙重標準，不會再來。
        ★★★★★ 銅鑼灣 Kenny's Karaoke 房間乾淨、音響好，兩小時套餐 HK$688 包四杯飲品，職員會主動提醒客人看好自己的飲品，感覺很安心。
        ★★☆☆☆ 澳門氹仔「老陳酒館」啤酒溫溫的，炸雞翼要等 50 分鐘；不過洗手間有張貼防落藥提示和求助熱線，這點要加分，人均約 MOP 200。
        ★★★☆☆ 高雄駁二附近的 Luna Rooftop 夜景一流，但 DJ 音量太大，說話要用喊的；低消每人 NT$600，刷信用卡另加 3% 手續費。
        ★★★★☆ 台中「王媽媽熱炒」是喝完酒之後的宵夜首選，凌晨四點還開，三杯雞 NT$280、炒海瓜子 NT$220，台啤一手 NT$420。
        ★☆☆☆☆ 中環某會所寄存處管理混亂，寄存票只是手寫號碼，沒有電腦紀錄，外套遺失職員只會說「沒有紀錄」，建議大家貴重物品不要寄存。
        ★★★★★ 尖沙咀「Uncle Ho 琴酒研究所」有四十多款琴酒，招牌 Negroni HK$128，職員會主動為不喝酒的朋友推薦 mocktail，店址：加拿分道 18 號地庫。
        ★★★☆☆ 西門町 Club Moonrise 週六入場費 NT$700 含兩杯，音樂以 EDM 為主；衣帽間收費 NT$100，但人多時要排二十分鐘才能取回外套。
        ★★☆☆☆ 旺角「周記燒烤」宵夜好吃但服務一般，十二點後加收一成服務費，單號 KL-20261129-0441 的收據上竟然沒寫清楚加收項目。
        ★★★★☆ 澳門 Blue Whale Lounge 的現場樂隊唱 Beyond 的《海闊天空》，全場大合唱，雞尾酒 MOP 98 起，凌晨兩點後可以叫的士直達關閘。
        店家回覆：感謝您的評價！本店已於 11 月加裝 16 部 CCTV 並增設女性保安，如有遺失物品請致電 (02) 2771-3380 或寄信至 lostitem@moonrise.tw 查詢。
        ★☆☆☆☆ 新竹某夜店保安把鬧事客人推出門外還拍片放上 IG 限動，完全不尊重顧客隱私；已向消基會反映，希望主管機關介入調查。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, I'm Marcus Tan Wei Jie, I lost my black Coach wallet at a club on Clarke Quay around 2am Sunday; my NRIC S9321458G and DBS card were inside, pls call me at 9127 4408.
        Incident report: guest Priya Ramasamy (F, 27) collapsed near Bar 2 at 01:50, suspected drink spiking, conveyed to Tan Tock Seng Hospital by SCDF; next of kin: sister, +65 8834 2190.
        My mate Jonno (Jonathan Leeson) got punched outside a bar on Lockhart Road and needs stitches, he's at Ruttonjee Hospital now and his HKID is K512873(0) if the police ask.
        Dear Ms Koh, I'm unwell with gastritis after Saturday night and will be on MC till Wednesday. MC no. MC-552871 from my GP is attached. Regards, Kelvin Lim, Finance team
        Name: Aisha binte Rahmat | DOB: 14/03/1999 | Ban: 12 months from 30/11/2026 | Reason: assault on door staff | Mobile: 8265 1173 | Photo on file: yes
        Can you help me word a text to my ex Sophie Chua? She kept my keys after the party and I need them back before my landlord at Blk 34 Jalan Bukit Merah #08-112 changes the lock.
        Bryan Seah from my office owes me S$1,850 for the bottle service we split at his birthday and now he's ghosting me; his PayNow is 9716 3325, can I claim at the Small Claims Tribunal?
        Last calls before my phone got stolen at the club: 01:47 outgoing 9682 4415 (2m 13s), 02:05 incoming 8123 7709 (missed). Can the police trace the thief from this?
        My boyfriend Ethan Wong was diagnosed with ketamine bladder damage last month after years of clubbing, and I'm scared to tell his parents. How do I support him?
        Police report E/20261130/4471 was lodged by Nurul Huda Ismail at Bedok NPC for outrage of modesty at a bar on Upper Thomson Road; witness Jason Yeo, 9172 0064.
    """),
    "zh-Hans": _lines("""
        我叫王思远，昨晚在三里屯的酒吧被人下药，现在在朝阳医院急诊，身份证号 110105199811253065，手机 139 1047 2285，想问怎么报警。
        陈先生您好，您 11 月 29 日在本店遗失的 iPhone 已找到，请携带身份证到前台领取；登记信息：陈浩然，手机 186 2133 0947。
        我朋友阿杰（刘俊杰）昨晚吸了太多笑气，已经送到深圳市人民医院抢救，他爸妈还不知道，我要不要现在就告诉他们？
        请假条：本人张丽娟，因周六聚会饮酒过量引发急性胃炎，需病假两天（12 月 1 日至 2 日），附医院诊断证明，望批准。
        那个在酒吧门口打我的人叫赵磊，开一辆白色宝马，车牌沪A·7K32M，我已经拍了他的照片，能不能凭这些起诉他？
        姓名：李婷婷；性别：女；年龄：24；入院原因：疑似饮料被下药致意识模糊；家属：母亲 周桂芳 138 0571 6632；住址：杭州市西湖区文三路 158 号 3 幢 502 室。
        我老公黄建国每周去 KTV 喝到凌晨，欠了信用卡 8 万多，现在还跟我闹离婚，我该怎么保护自己和孩子？
        转账记录：12 月 1 日 03:12 向 6222 0212 0300 4589 317（户名 周子豪）转账 ¥2,400，说是赔打碎的酒瓶，现在怀疑被讹了。
        黑名单通知：孙晓东，身份证 44030419960718362X，因 2026-11-28 在店内斗殴伤人，自即日起禁止进入本集团旗下所有门店。
        小雯的邮箱是 xiaowen.hu1998@163.com，她手机掉在酒吧了，麻烦你帮我写封邮件告诉她手机已经找到、在前台保管。
    """),
    "zh-Hant": _lines("""
        我係陳嘉欣，琴晚喺蘭桂坊俾人非禮，已經喺中區警署報咗案，報案編號 CEN RN 26012345，想問下之後使唔使上庭做證人？
        林太你好，妳個仔林子軒琴晚喺尖沙咀酒吧飲大咗，而家喺伊利沙伯醫院急症室，佢冇大礙，請盡快回電 9234 5871。
        我嘅 HKID 係 Y384260(4)，上星期俾灣仔一間 club 拒絕入場，話我喺黑名單，但我從來冇去過，點樣先可以查返？
        阿明（黃志明）尋日喺旺角同人打交，頭破咗縫咗八針，醫生紙編號 ME-26-118273，但係佢老細唔批病假，仲話要扣佢人工。
        台北市信義區松仁路 100 巷 8 號 5 樓是我家，室友蔡宜蓁昨晚被朋友送回來時已經失去意識，懷疑被下藥，現在在北醫急診。
        身分證字號 A223456781，姓名：吳承翰，於 2026/11/30 凌晨在西門町夜店遺失皮夾，內有健保卡與國泰世華信用卡，請協助掛失。
        我男友許家豪在夜店跟人起衝突被打斷鼻樑，醫藥費 NT$68,000 對方不肯賠，對方叫鄭宇翔，手機 0912-385-604。
        澳門居民身份證 1523817(3)，何嘉儀，11 月 29 日晚在新口岸酒吧的飲品被人落藥，現於仁伯爵綜合醫院留醫觀察。
        我老婆阿芬（梁淑芬）知道我喺夜總會簽咗 HK$12 萬數，而家要同我離婚，仲話要帶埋個女搬返娘家，我應該點同佢講？
        轉數快 FPS 識別碼 1688 2037 4，收款人 CHEUNG KA WAI，佢話幫我贖返俾 club 扣起嘅手機要收 HK$3,000，係咪呃人？
    """),
    "ms": _lines("""
        Nama saya Muhammad Hafiz bin Roslan, IC 950814-10-5523. Dompet saya hilang di kelab di Bukit Bintang malam Sabtu, ada kad ATM Maybank dan lesen memandu.
        Kawan saya Syafiqah pengsan lepas minum di bar, sekarang di Hospital Kuala Lumpur. Abang dia boleh dihubungi di 012-738 4419, apa yang perlu saya buat?
        Saya Nurul Aina, kerja di Shah Alam. Tolong tulis emel kepada bos saya Encik Razak untuk cuti sakit 2 hari, MC no. MCV-88213 saya lampirkan.
        Lelaki yang tumbuk saya di luar kelab tu naik Honda Civic putih, nombor plat WVB 8821, saya dah rakam video. Nama dia Faizal kalau tak silap.
        Borang aduan: Nama – Lim Siew Ling; No. KP – 980312-07-6624; Alamat – No. 21, Jalan SS 2/64, 47300 Petaling Jaya; Aduan – disekat masuk kelab tanpa sebab.
        Tolong saya, adik saya Amirul (19 tahun) overdos pil ekstasi di parti kondo semalam, sekarang di ICU Hospital Sungai Buloh. Mak ayah kami belum tahu.
        Akaun Maybank 1642 3198 7725 atas nama Tan Kok Wai, dia minta saya bayar RM1,200 untuk ganti rugi meja yang pecah masa bergaduh di bar.
        Emel bekas teman lelaki saya: danial.iskandar92@gmail.com. Dia sebar gambar saya mabuk di kelab dalam group WhatsApp, boleh saya buat laporan polis?
        Semalam 2.30 pagi saya call 017-902 6634 (Kak Ros) minta tolong ambil saya dari kelab sebab tak boleh jalan, sekarang saya malu nak jumpa dia.
        Encik Rajesh a/l Muniandy, 34, ditahan di IPD Dang Wangi pada 30/11 kerana bergaduh di kelab; keluarga minta peguam hubungi isteri, Puan Kavitha, 016-455 2308.
    """),
    "mixed": _lines("""
        Hi assistant, my NRIC T0158823G kena scan at the door then they said I'm banned 6 months, tapi I tak buat apa-apa pun, can they do that ah?
        昨晚在 Zouk 丢了 handphone，我的 number 是 9368 1502，Samsung S24 黑色，有人 WhatsApp 我说 found it 要我先 transfer $200，是不是 scam？
        My friend 阿伟 (Wong Kah Wai) pengsan kat toilet club semalam, doctor cakap overdose MDMA, now dia kat Hospital Pulau Pinang ward 7B, how to tell his mum?
        Sorry boss, today MC ya, 昨晚 birthday party 喝太多 gastric attack，MC 我 upload 了 HR app. — Chloe Tan Mei Ling, Outlet Bugis
        Her FIN is G5127390M, 她是我的 flatmate，昨晚 drink kena spike，police want her statement but she's still at NUH and can't remember anything.
        2026-11-30,INC-0417,Lee Jun Hao,+60 12-558 3107,assault_victim,Hospital Selayang,police_report=SG BULOH/012345/26
        我哥哥 Adrian Lau 被 club 的 bouncer 打到 rib fracture，我们要 sue，他住 Blk 456 Ang Mo Kio Ave 10 #12-1345，lawyer 需要他的 address 吗？
        Tolong translate 这个 message to my girlfriend 慧婷: I'm sorry I got drunk and pushed that guy at the bar, the police summon No. 3318841 dah sampai rumah.
        车牌 JQK 3327 那辆黑色 Vellfire，driver 在 KL 那间 club 外面撞了我朋友就跑了，我有 dashcam video，boleh report 吗？
        Ms Goh, sorry 我今天 can't come in, 昨晚 ex 来 club 闹事，我的 face 被打到 bruised，已经 lodge police report, please don't tell the team. — Valerie
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a friendly assistant that helps people in Singapore deal with problems after a night out. Be practical and kind.",
        ),
        (
            "user",
            "I lost my phone at a club in Clarke Quay last night. It's an iPhone 14, my number is 9047 3318 and my name is Gerald Khoo. What should I do first?",
        ),
        (
            "assistant",
            "Sorry to hear that, Gerald. First, use Find My from another device to mark the phone as lost and lock it. Then call your telco to suspend the line 9047 3318 so nobody can use your SIM for OTPs. After that, contact the club's lost-and-found and lodge an e-police report if you think it was stolen.",
        ),
        ("user", "Should I also change my Singpass and banking passwords?"),
        (
            "assistant",
            "Yes. Change your bank and e-mail passwords from a trusted device, and check that Singpass is not tied to an app on the lost phone. Keep the IMEI from your phone box for the police report.",
        ),
    ],
    [
        ("system", "用户资料：姓名 刘诗涵；手机 158 2196 0374；所在城市 成都。请用简体中文回答。"),
        (
            "user",
            "我昨晚在九眼桥一家酒吧喝了一杯别人请的酒，之后就断片了，早上醒来在朋友家，浑身没力气。我是不是被下药了？",
        ),
        (
            "assistant",
            "诗涵，你描述的情况确实有被下药的可能。建议尽快去医院急诊做尿检和血检，很多药物在体内只能检测到 12 到 72 小时。同时可以拨打 110 报警，让警方调取酒吧的监控。",
        ),
        ("user", "我怕爸妈知道，报警的话会通知家里吗？"),
        (
            "assistant",
            "你已经成年，警方一般不会主动通知家人。报警时留下你自己的手机号码即可，也可以请一位信任的朋友陪你去医院和派出所。",
        ),
    ],
    [
        (
            "user",
            "我 friend 黎卓霖 琴晚喺旺角酒吧門口俾三個人打，佢而家喺廣華醫院，HKID M927415(A)，警察叫我聽日去錄口供，我應該講啲咩？",
        ),
        (
            "assistant",
            "首先保持冷靜，錄口供時照實講你親眼見到嘅經過：時間、地點、打人者嘅外貌同衣著，以及黎卓霖受傷嘅情況。如果你有用手機影低片段，記得帶埋畀警方。",
        ),
        ("user", "我驚嗰班人會搵我麻煩，可唔可以唔留電話？"),
        (
            "assistant",
            "警方通常需要一個聯絡方法，但你可以向負責警員表達你嘅擔心，佢哋會妥善處理證人資料。如果之後有人滋擾你，立即報警。",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu AI yang membantu pengguna menulis emel rasmi dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tulis emel cuti sakit kepada pengurus saya, Puan Noraini. Saya Azlan bin Kamarudin, Jabatan Akaun. Semalam pergi parti, hari ni muntah-muntah dan pening. Klinik dah beri MC 1 hari.",
        ),
        (
            "assistant",
            "Subjek: Permohonan Cuti Sakit – Azlan bin Kamarudin. Puan Noraini, saya tidak sihat hari ini kerana muntah dan pening, dan telah mendapat sijil cuti sakit selama 1 hari daripada klinik. Salinan MC dilampirkan. Segala tugasan segera akan saya serahkan kepada rakan sepasukan. Terima kasih. Yang benar, Azlan bin Kamarudin, Jabatan Akaun.",
        ),
        ("user", "Perlu ke saya sebut pasal parti tu?"),
        (
            "assistant",
            "Tidak perlu. Cukup nyatakan simptom dan lampirkan MC. Alasan peribadi di luar waktu kerja tidak wajib didedahkan.",
        ),
    ],
    [
        (
            "user",
            "Eh the club at Tanjong Pagar scan my IC S8843276B at the door then say I'm banned, but I never go there before leh. How to check?",
        ),
        (
            "assistant",
            "That sounds like a mismatch in their ban list. Ask the door manager for the date and reason of the ban entry, and e-mail the venue's management to request a review. Under the PDPA you can also ask what personal data they hold about you.",
        ),
        ("user", "Ok can you help me write the email? My name is Shawn Lim Jun Kai."),
        (
            "assistant",
            "Sure. Subject: Request to review entry ban. Dear Management, my name is Shawn Lim Jun Kai. On Saturday 29 Nov I was refused entry after my IC was scanned and told I was on your ban list. I have never visited your venue. Under the PDPA, please let me know what data you hold on me and remove any wrong record. Thank you.",
        ),
    ],
    [
        (
            "system",
            "You are a calm assistant. If someone describes a medical emergency, tell them to call emergency services first.",
        ),
        (
            "user",
            "My friend Dylan Ho took something at a rave in Sentosa and now he's at Singapore General Hospital in the ICU. The doctor said it was an overdose of GHB mixed with alcohol. His parents are overseas. What do I do?",
        ),
        (
            "assistant",
            "I'm really sorry. Dylan is in the right place. Give the ICU staff a contact for his parents so the doctors can update them directly, and stay reachable yourself. If you know exactly what he took and how much, tell the doctors; it helps treatment and is not about getting him in trouble.",
        ),
        (
            "user",
            "His mum's number is +61 412 883 604, she's in Perth. Should I call her or let the hospital do it?",
        ),
        (
            "assistant",
            "It's kinder if you call her first so she hears it from someone Dylan knows, then pass her number to the ICU nurse so the doctors can speak to her directly.",
        ),
    ],
    [
        (
            "user",
            "我昨天在台北信義區的夜店掉了包包，裡面有身分證 F128394056 和一張永豐信用卡，我叫林佩珊，要怎麼辦理補發？",
        ),
        (
            "assistant",
            "佩珊你好，建議先打給永豐銀行客服掛失信用卡，接著到任何一個戶政事務所申請身分證補發，記得帶戶口名簿或護照以及一張近照。如果懷疑被偷，也可以到派出所報案並取得報案三聯單。",
        ),
        ("user", "戶政事務所會寄到我家嗎？我住新北市板橋區文化路二段 312 號 7 樓。"),
        (
            "assistant",
            "身分證補發需要本人到場辦理，通常可以當場領取，不會郵寄到府。你可以就近到板橋區戶政事務所辦理。",
        ),
    ],
    [
        ("system", "你是一名法律常识助手，只提供一般性信息，不构成法律意见。"),
        (
            "user",
            "深圳南山一家夜店说我上个月在里面打架，把我拉进了黑名单。我叫邓凯文，身份证 440106199503094827，当晚我根本不在深圳。",
        ),
        (
            "assistant",
            "邓先生，你可以先向夜店书面提出异议，要求其说明列入黑名单的依据。如果对方拒绝，可以保留你当晚不在深圳的证据，比如车票、消费记录，再考虑向消费者协会投诉或咨询律师。",
        ),
        ("user", "他们说监控里看到我的车粤B·D73Q9 停在门口，可我的车那天借给了表弟。"),
        (
            "assistant",
            "那就需要你表弟出具说明，并提供车辆借用的聊天记录等证据。车停在门口并不能证明你本人在店内打架。",
        ),
    ],
    [
        (
            "user",
            "Saya kena pukul oleh bouncer kelab di Jalan Sultan Ismail malam tadi. Nama saya Siti Mariam binti Othman, IC 000227-14-0388. Boleh saya saman kelab tu?",
        ),
        (
            "assistant",
            "Siti, pertama sekali buat laporan polis dan dapatkan laporan perubatan daripada hospital kerajaan. Kedua-dua dokumen ini penting jika anda mahu menuntut ganti rugi secara sivil terhadap kelab atau pekerjanya.",
        ),
        ("user", "Kalau peguam nak contact saya, boleh bagi nombor 011-2387 5502?"),
        (
            "assistant",
            "Boleh, berikan nombor itu terus kepada peguam yang anda lantik. Simpan juga gambar kecederaan dan nama saksi yang ada pada malam itu.",
        ),
    ],
    [
        (
            "user",
            "我同事 Jason 在 KL 的 club 开了 bottle 说 share，total RM4,800，现在他说 cash flow 不够，要我先 bank in 到他的 CIMB 8011 2234 56，这样 ok 吗？",
        ),
        (
            "assistant",
            "先别急着转账。建议你跟 Jason 确认清楚各人应分摊的金额，最好要一张 club 的正式收据，再决定付多少。如果只是口头约定，转账前留好 WhatsApp 记录作为凭证。",
        ),
        (
            "user",
            "He also borrowed RM2,000 from me last month for his car loan, still haven't return.",
        ),
        (
            "assistant",
            "那两笔钱最好分开处理。你可以先请他写一份简单的欠条，注明 RM2,000 的借款和还款日期，再讨论 bottle 的分摊。",
        ),
    ],
    [
        (
            "system",
            "You are the guest-care assistant of Velour Club Hong Kong. Open case: LF-1129-033, guest Natalie Chow, e-mail natalie.chow.hk@outlook.com, item: silver Tiffany bracelet, lost near VIP table 9 on 29 Nov.",
        ),
        ("user", "Hi, any update on my bracelet? I was at table 9 on Friday."),
        (
            "assistant",
            "Hi Natalie, thanks for following up on case LF-1129-033. Our team has checked the VIP area and the cloakroom but has not found the bracelet yet. We will e-mail you at natalie.chow.hk@outlook.com if it turns up within the next 14 days.",
        ),
        ("user", "Can you check CCTV for me?"),
        (
            "assistant",
            "For privacy reasons we can only release CCTV footage to the police. If you believe the bracelet was stolen, please report it to the police and give them the case number; we will keep the footage for them.",
        ),
    ],
    [
        (
            "user",
            "我朋友阿豪（區志豪）昨晚喺澳門路氹一間酒吧食咗啲唔知乜嘢丸仔，而家喺仁伯爵醫院洗胃，佢身份證 7309564(2)，我要唔要幫佢報警？",
        ),
        (
            "assistant",
            "最緊要係配合醫生，如實講出佢食咗咩、幾時食、食咗幾多。報唔報警可以等阿豪清醒之後同佢商量，但如果你懷疑有人故意落藥，可以撥 993 向司法警察局求助。",
        ),
        ("user", "佢屋企人喺香港，佢媽媽電話 6321 8890，我而家打畀佢好唔好？"),
        (
            "assistant",
            "好，最好由你親自打畀佢媽媽，簡單講清楚阿豪而家喺邊間醫院、狀況穩唔穩定，再叫佢直接聯絡醫院。",
        ),
    ],
    [
        ("system", "You are a bilingual assistant. Reply in the same language mix the user uses."),
        (
            "user",
            "My sister Farah Nadia pengsan kat club Changkat last Saturday, the doctor at Hospital Kuala Lumpur said ada GHB dalam darah dia. Police report no. DANG WANGI/018832/26. What next?",
        ),
        (
            "assistant",
            "I'm sorry to hear about Farah. Since the police report is lodged, keep the hospital's medical report and any receipts. Minta pegawai penyiasat update the case, and ask the club to preserve CCTV footage from that night.",
        ),
        ("user", "Dia tak ingat apa-apa, macam mana nak bagi statement?"),
        (
            "assistant",
            "She can tell the police what she remembers up to the point she blacked out. Kawan-kawan yang bersama dia malam tu boleh jadi saksi. Also consider counselling; Talian Kasih 15999 can refer her.",
        ),
    ],
    [
        (
            "user",
            "帮我写一张请假条，我叫周明轩，是杭州一家公司的设计师，工号不用写。昨晚公司年会后去酒吧，今天宿醉加急性肠胃炎，医生开了两天病假。",
        ),
        (
            "assistant",
            "请假条：尊敬的领导，本人周明轩，因急性肠胃炎身体不适，经医院诊断需休息两天，特申请病假两天（12 月 1 日至 12 月 2 日），附医院病假证明，请予批准。申请人：周明轩。",
        ),
        ("user", "要不要提到喝酒？我领导姓马，挺严的。"),
        (
            "assistant",
            "不建议提到喝酒，写明病因和医生证明就足够了。交给马经理时附上病历和病假单即可。",
        ),
    ],
]
