# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix85: hiking, camping and mountaineering groups in SG/MY/HK. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix85
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "trip sign-up notices"): _lines("""
        TRIP ALERT: MacLehose Stage 2, Sat 14 Mar, meet 8:00am Pak Tam Chung bus terminus, grade 3/5, 13.5 km, bring 2L water min. Sign up via the Google Form pinned above, first 20 only.
        Bukit Timah Summit + Dairy Farm loop this Sunday 7am. Beginner friendly, ~2.5 hrs. Meeting point: Bukit Timah Nature Reserve visitor centre. No sign-up needed, just turn up.
        Kinabalu Nov trip: 2D1N via Timpohon Gate, package RM1,680 incl. Laban Rata dorm, mountain guide, climb permit and insurance. Deposit RM500 by 15 Aug to lock the slot. Slots: 12. Balance due 30 Sep.
        Gunung Tahan 7D6N via Kuala Tahan is only for those who have done at least 2 overnight trips. The fitness check hike at Gunung Nuang on 3 Feb is compulsory.
        Reminder: the Lantau Trail Stage 2-3 night hike is CANCELLED due to the rainstorm forecast. Deposits will roll over to the next trip automatically.
        Waitlist open for Ham Tin camping 2N, 4-6 Apr. Tents provided for the first 8; everyone else BYO. Ferry from Wong Shek Pier 9:00am, do not miss it.
        Pulau Ubin cycling + camping at Jelutong campsite, 20-21 Jun. Bumboat from Changi Point Ferry Terminal, $4 per pax each way, cash only. Permit applied by the club.
        Trip grading guide: G1 easy flat walk / G2 some stairs / G3 sustained climb 500m+ / G4 scrambling, hands needed / G5 technical, helmet and harness compulsory.
        Fees: $15 members, $25 non-members, covers insurance + first aid kit + group bus. Pay via PayNow to the club UEN 201912345K only, do not pay to any individual.
        Broga Hill sunrise hike: meet 4:45am at the car park near the Semenyih toll, parking RM5. Headlamp is a must, trail is muddy after rain.
        Night hike to Lion Rock, meet Wong Tai Sin MTR Exit E at 7:30pm. Pace: moderate. Not suitable for kids under 12.
        New members: please read the club code of conduct and sign the waiver before your first trip. No trip leader will accept a sign-up without the waiver ticked.
        Cameron Highlands Gunung Brinchang + Mossy Forest weekend, 2 slots left, carpool leaves Jalan Ampang 5:30am Saturday, back Sunday 6pm.
    """),
    ("en", "permits and park rules"): _lines("""
        Mount Kinabalu climbing permits are issued through Sabah Parks and the number of climbers per day is capped; every group must be accompanied by a licensed mountain guide.
        Camping in Hong Kong country parks is allowed only at the designated AFCD campsites; there is no booking, sites are first come first served.
        Camping at East Coast Park, Pasir Ris Park and West Coast Park requires a camping permit booked online in advance; show the permit on your phone if a ranger asks.
        Entry to the Frontier Closed Area requires a Closed Area Permit from the Hong Kong Police Force; apply well ahead of the trip date.
        Gunung Ledang climbs must be registered at the park counter before you start, and every group must sign out on return.
        Open fires are not allowed in country parks except at designated barbecue sites; offenders can be prosecuted under the country parks regulations.
        Permit reference KNP-2026-004471 confirmed for 12 climbers, check-in at Kinabalu Park HQ by 7:30am on 18 Nov.
        Drones need separate approval from both the park authority and the aviation regulator; do not fly near the summit trail.
        Leave No Trace: pack out all rubbish including fruit peels, stay on marked trails, and do not feed the macaques at MacRitchie or Bukit Timah.
        Taman Negara entry permit and camera permit are collected at the Kuala Tahan jetty office; keep the receipts, rangers check them at the start of the Tahan trail.
        Sections of Bukit Timah Nature Reserve may close on weekdays for slope works; check the NParks notice before going or call the NParks helpline at 1800 471 7300.
        If you get lost in a Hong Kong country park, call 999 and give the number on the nearest distance post, e.g. M047 or W123, so rescuers can find you.
        Group size on the Kinabalu summit trail is limited per mountain guide; larger groups must book additional guides at the park office.
    """),
    ("zh-Hant", "行山群組訊息"): _lines("""
        聽日天文台話有雷暴警告，蚺蛇尖嗰團照去定唔去？領隊今晚九點前會喺群組宣布。
        提提大家：麥理浩徑第二段由北潭涌入，記得帶夠水，西灣之前冇乜得補給。
        今次大東山睇芒草，大家八點半喺東涌站B出口集合，遲到十五分鐘就唔等㗎喇。
        營地唔可以生火，煮嘢請用氣爐，垃圾自己帶走，唔好留喺營地。
        有冇人知去西貢東郊野公園而家仲使唔使喺北潭涌轉的士？定係可以直接搭巴士入？
        報名表已更新，請喺連結填返身體狀況同緊急聯絡人，資料只會畀領隊睇。
        鳳凰山睇日出團，凌晨兩點伯公坳起步，建議帶頭燈同保暖衫，山頂風好大。
        今日行咗飛鵝山，路況OK，不過落山碎石多，新手請慎重。
        收費：每位 $80 包旅遊保險同旅遊巴，請喺星期四前轉數到會方戶口，轉完 send 截圖上嚟。
        八仙嶺部分路段因山火後維修封閉，漁護署話暫時未有重開日期。
        各位，下星期嘅鶴咀團改期，詳情睇置頂訊息。
        如果迷路，唔好亂行，打 999 報警，留意附近標距柱編號，例如 M118。
        呢個 group 只係講行山，唔好賣廣告，違者踢走。
    """),
    ("zh-Hans", "装备交换帖"): _lines("""
        出售：Osprey Exos 58 背包，九成新，只用过两次，RM520，只限蒲种/梳邦面交，有意请私信。
        求购二手登山杖一对，Black Diamond 或 Leki 都可以，预算 150 新币以内。
        转让 MSR Hubba Hubba NX 双人帐篷，附地布，价格可谈，不包邮。
        闲置 Garmin inReach Mini 2 一台，卫星通讯器，没开过订阅计划，原价转。
        睡袋怎么选？热带露营舒适温度 15°C 左右的就够，上京那巴鲁山最好选 5°C 以下的。
        团购 Salomon X Ultra 4 GTX 登山鞋，满 10 双有八五折，尺码请在接龙里写。
        二手头灯 Petzl Actik Core，电池续航还行，送一个备用电池，RM90。
        交换：我有一个 Jetboil Flash 炉头，想换一个轻量化的钛锅，有兴趣的留言。
        提醒：群里交易请当面验货，不要先转账，最近有骗子冒充群友卖帐篷。
        Osprey 背包有终身保修，带去授权门市检查就可以，一般不需要收据。
        出 Decathlon Quechua MH100 帐篷，商品编号 8502344，有一根杆子轻微弯曲，便宜出 RM60。
        快递单号 SPXMY0461829375 已发出，买家请留意查收。
        谁有多余的气罐？飞机不能带，到了亚庇再买，市区的户外店都有卖。
    """),
    ("ms", "notis kumpulan mendaki"): _lines("""
        Pendakian Gunung Nuang hari Sabtu ni, berkumpul di Pos Hulu Langat jam 6.30 pagi. Bawa air sekurang-kurangnya 3 liter.
        Peringatan: permit Gunung Tahan mesti dimohon sekurang-kurangnya 2 minggu awal melalui pejabat taman di Kuala Tahan.
        Bayaran yuran RM120 termasuk malim gunung, insurans dan pengangkutan dari Kuala Lumpur. Sila bayar ke akaun kelab sahaja.
        Trip Bukit Broga dibatalkan kerana amaran ribut petir oleh MetMalaysia. Maaf atas kesulitan.
        Kepada ahli baru, sila baca syarat penyertaan dan isi borang pelepasan tanggungan sebelum trip pertama.
        Jangan tinggalkan sampah di tapak perkhemahan. Apa yang dibawa naik, bawa turun semula.
        Laluan Gunung Datuk ditutup sementara selepas kejadian tanah runtuh. Tunggu pengumuman rasmi dari pihak Perhutanan.
        Senarai barang wajib: lampu kepala, baju hujan, kasut mendaki, ubat peribadi, makanan ringan dan wisel.
        Kalau sesat, jangan panik. Duduk di tempat yang selamat dan hubungi 999 atau Bomba di 994.
        Bas bertolak dari Terminal Bersepadu Selatan jam 10 malam Jumaat, sampai Kuala Tahan lebih kurang subuh.
        Kumpulan WhatsApp ini untuk makluman trip sahaja, sila jangan hantar mesej berantai.
        Nombor rujukan tempahan Laban Rata: SSL-26-118402, sila simpan untuk daftar masuk.
        Setiap kumpulan pendaki Gunung Kinabalu mesti diiringi malim gunung berlesen yang dilantik oleh Sabah Parks.
    """),
    ("mixed", "whatsapp group chatter"): _lines("""
        Guys tmr still go or not? 天文台 say 黃雨 leh, if only amber I think ok one lah.
        Wah today Dragon's Back damn crowded, 好多人影相, next time go earlier la.
        Anyone got spare gas canister? Tomorrow camp at Pasir Ris, 我的用完了 😅
        Pls don't park at the roadside near the trailhead, kena saman last week, use the paid car park.
        Sunset Peak 芒草 now very nice, 建議 go before end Nov, weekends damn packed.
        Jom naik Broga esok pagi? 4.30am gerak from SS2, siapa nak tumpang roger.
        Trail condition update: 大帽山 road section near the 氣象站 closed for repair, go via 川龍 instead.
        Ok confirm Ubin trip on, bumboat 12 pax per boat, we split into 2 boats ya.
        Sorry guys running 10 min late, MRT 又 delay at the 兀兰 line.
        Reminder 大家 bring 雨衣, this week 天氣 confirm rain every afternoon one.
        Leader says turn back time 1pm sharp, kalau tak sampai summit by then kita turun, no argument.
        Anyone tried Gunung Ledang via Asahan route? Heard got rope section 好難行.
        Photo dump dah upload dalam Google Drive folder, link in group description. Tolong jangan share outside.
    """),
    ("en", "rescue reports and safety stats"): _lines("""
        The Government Flying Service airlifted an injured hiker from Sharp Peak on Sunday afternoon; the hiker was sent to hospital in stable condition, the Fire Services Department said.
        Heat stroke accounts for a large share of hiking callouts in Hong Kong between June and September; start early and carry electrolytes.
        Sabah Parks reminds climbers that anyone who misses the cut-off time at the Sayat-Sayat checkpoint will be turned back by their guide.
        In 1953 Edmund Hillary and Tenzing Norgay made the first confirmed ascent of Everest.
        M. Magendran and N. Mohandas became the first Malaysians to summit Everest in May 1997.
        Search teams from the fire and rescue department, police and the local Orang Asli community combed the forest for three days before the missing group was found safe.
        Incident summary 2025-11-02: party of 6 benighted on Pat Sin Leng after a slow descent, no injuries, walked out with Fire Services escort at 21:40. Lesson: set a turnaround time.
        Mountain safety checklist: tell someone your route, check the weather, carry a charged phone and power bank, know the nearest distance post.
        Ticket #RSC-2025-0917 closed: first-aid kit restocked after the Gunung Datuk trip (2 crepe bandages, 1 SAM splint, 10 plasters).
        The Very Hot Weather Warning is in force; hiking clubs are advised to postpone midday hikes.
        The 2015 Ranau earthquake, which killed 18 people on Mount Kinabalu, led to a full review of trail safety and the rerouting of the summit trail.
        Tsang Yin-hung became the first Hong Kong woman to reach the summit of Everest in 2017.
        Of 412 callouts logged by the volunteer rescue team last year, 61% involved ankle or knee injuries on the descent.
    """),
    ("mixed", "forms and templates"): _lines("""
        Name (as in NRIC/Passport): ________ | NRIC/FIN: ________ | Mobile: ________ | Emergency contact name & number: ________
        姓名 Name: ______ / 身份證號碼 HKID No.: ______ / 聯絡電話: ______ / 病歷 Medical history: ______
        Nama penuh (seperti dalam MyKad): __________ / No. K/P: XXXXXX-XX-XXXX / No. telefon: __________
        I, [NAME], holder of [ID NO.], acknowledge that hiking carries inherent risks and I participate voluntarily.
        报名格式：姓名 / 电话 / 衣服尺码 / 是否需要帮忙订帐篷，请复制后填写，发在接龙里。
        Emergency call script: 'This is a hiking group of {n} people at distance post {post_id}, {casualty_count} injured, nature of injury {injury}.'
        trip_config.yaml: trip: kinabalu-2d1n | max_pax: 12 | deposit_myr: 500 | require: [passport_no, dob, emergency_contact]
        SELECT trip_id, COUNT(*) AS pax FROM signups WHERE status = 'paid' GROUP BY trip_id;
        Medical declaration: Do you have any of the following? ☐ asthma ☐ heart condition ☐ epilepsy ☐ diabetes ☐ recent surgery. If yes, please consult your doctor.
        Borang Kebenaran Ibu Bapa: Saya, ____________, ibu/bapa/penjaga kepada ____________, membenarkan anak saya menyertai ekspedisi ini.
        Roster template: Leader: {leader} / Sweeper: {sweeper} / First aider: {fa} / Navigator: {nav}
        Kinabalu climber registration CSV header: full_name,passport_or_ic,nationality,dob,gender,emergency_name,emergency_phone
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        TAN WEI MING | NRIC S8734125I | DOB 14/06/1987 | Mobile 9123 4867 | Emergency contact: LIM HUI MIN (wife) 8762 3014 | Medical: mild asthma, carries inhaler
        Kinabalu climber list #3: Rachel Goh Pei Shan, SG passport K2471935H, DOB 02 Sep 1992, vegetarian, upper bunk please.
        14:32 call from group leader: casualty Ng Ka Yan, F, approx 34, suspected fractured left ankle 200 m below Sharp Peak summit, conscious, GFS requested. Husband on scene, contact 6427 8193.
        Selling my Hilleberg Akto, used 1 season, S$650 firm. Collect at Tampines St 81 or WhatsApp Jason at 9734 2281.
        Hi all, refund for the cancelled Tahan trip will come from Farah's Maybank account 1640 2315 7789 (Nur Farah binti Zulkifli), she is collecting for the club this round.
        Disciplinary note: Desmond Chua Kok Leong (member since 2021) ignored the turnaround time on Gunung Tahan twice and had to be escorted down; membership suspended for 6 months.
        Waiver received from Kavitha d/o Rajendran, NRIC S9168402J, signed 02/03/2026, declared G6PD deficiency.
        Carpool: I'll drive, plate SMK4821J, picking up at Bishan MRT 5:15am. Text me at 8123 5590 if you want a seat - Marcus
        Note to leaders: Mrs Josephine de Souza (70) from the Tuesday walking group had a fall near the Treetop Walk last week and is recovering from a hip fracture, please don't add her to any G3 hikes.
        ANNUAL DINNER LUCKY DRAW WINNER: Wong Kar Hei, Sai Kung hiking club member no. 0412, prize Garmin Fenix, collect from the committee by 30 Jan.
        Insurance claim submitted for Ravi s/o Subramaniam (S7712590F): clinic bill $384.20 for stitches on his right shin after slipping at Kent Ridge Park, claim ref TRV-55182.
        Chloe Ang, I've got your black Deuter daypack from the Ubin bumboat, your EZ-link and polyclinic appointment card are inside. Call me at 9258 0741 to collect - Hui Ling
        Payment for tent rental: card 4556 1884 6529 7664 exp 09/28, name on card ANDREW LEE JUN HAO, please charge S$45.
        Closed Area Permit applicant: LEUNG Chi Fung, HKID K730215(0), DOB 1990-08-22, mobile 9381 6624, entering via Sha Tau Kok on 3 May.
    """),
    "zh-Hant": _lines("""
        邊境禁區許可證申請名單：陳嘉欣 A482913(4)、何志明 Y218406(9)、林佩珊 Z641208(5)，5月3日沙頭角入。
        @阿May 你上次借我嘅 Petzl 頭燈仲喺我度，我住馬鞍山恆安邨恆峰樓 1512 室，你得閒上嚟攞。
        救援紀錄：下午4:15 接報，隊員黃子聰（男，28歲）喺鳳凰山近昂坪段抽筋兼脫水，已由消防處山嶺搜索隊帶落山，送北大嶼山醫院。
        各位，Kelvin 周家俊話佢上星期行大東山跌親，膝頭韌帶撕裂，要休息三個月，呢季嘅團都唔參加喇。
        賣 Arc'teryx Beta AR 褸，M 碼，$1800，有意 WhatsApp 6427 3915 搵 Kenny，觀塘面交。
        轉數確認：李詠詩 已轉 $320 到 FPS 9138 2706（會計 Ivy 手機），備註：西貢東營地兩晚。
        報名表：姓名 MAK Hoi Ying 麥凱盈｜身份證 R905172(3)｜出生日期 1995-11-08｜緊急聯絡人 媽媽 9726 1483｜病歷：對花生敏感
        投訴：上星期日蚺蛇尖團嘅領隊 Eric 葉俊豪 完全冇點人數，搞到兩個新手喺赤徑迷路到夜晚九點，要求會方跟進。
        尋人：張伯（張國強，七十二歲）今朝獨自去咗大帽山，到而家都未返屋企，著紅色風褸，有高血壓，屋企人好擔心。
        內地團友資料：劉曉雯，港澳通行證 C29481736，手機 138 2614 0592，5月1號經福田口岸過嚟行麥理浩徑。
    """),
    "zh-Hans": _lines("""
        京那巴鲁山登山名单（中国籍）：林晓婷 女 身份证 440304199105273721 护照 EH5827341 手机 +86 139 2751 6043
        群公告：@陈志豪 你的登山保险还没交，RM35，今晚之前转到黄秘书的大众银行户口 3182 9104 27，不然下周的 Gunung Datuk 不能去。
        Gunung Tahan 许可证申请：李美玲 LEE MEI LING，IC 880612-14-5274，电话 012-638 2917，紧急联络：丈夫 陈建国 016-482 7730
        求救！我朋友张文杰在蚺蛇尖迷路了，手机快没电，他的号码是 +852 9617 2384，最后位置在大浪西湾附近。
        出闲置帐篷，价格私聊，加我微信 hikerzhou_1992，只限深圳南山面交。
        接龙：1. 黄丽华 M码 需要帐篷 2. 吴俊杰 L码 自带 3. 郑雅文 S码 需要睡袋 4. 蔡明轩 XL码 自带
        上个月在飞鹅山扭伤的郑家明，医生说是韧带二级撕裂，他让我跟大家说谢谢帮忙扶他下山。
        退款申请：刘伟，身份证 440106199303021631，原订 11 月云顶露营，因住院取消，请退到招商银行卡 6214 8309 1572 6482。
        登山队员体检结果：孙志强，男，45 岁，血压 160/100，医生建议暂不参加 4000 米以上攀登。
    """),
    "ms": _lines("""
        Senarai peserta Gunung Tahan: 1) Muhammad Hafiz bin Abdullah, 950817-07-5531 2) Nurul Aina binti Kamaruddin, 990430-13-6092
        Assalamualaikum semua, Encik Roslan bin Ismail dari kumpulan kita dimasukkan ke Hospital Tengku Ampuan Rahimah semalam selepas terjatuh di Bukit Kutu, patah tulang rusuk. Doakan beliau.
        Bayaran trip Kinabalu: sila pindahkan ke akaun CIMB 7062 4418 95 atas nama Aiman bin Hassan, bendahari kelab.
        Siapa jumpa dompet biru kat tapak perkhemahan Sungai Chiling? Ada IC atas nama Tan Siew Ling, 920304-10-6148. Saya simpan dulu.
        Laporan insiden: Peserta Kumaresan a/l Muniandy (34) mengalami kekejangan otot dan dehidrasi di KM 6 Gunung Nuang, dipapah turun oleh malim gunung pada jam 3.20 petang.
        Nak jual kasut Salomon saiz 9, RM180, boleh COD Shah Alam. WhatsApp Izzat 017-283 9441.
        NAMA: FATIMAH BINTI YUSOF | NO. K/P: 870221-01-5868 | ALAMAT: No. 12, Jalan Mawar 3, Taman Sri Pulai, 81300 Skudai, Johor | TEL: 019-774 2086
        Adik saya Nur Iman binti Rahim (16 tahun, pelajar SMK Seksyen 9 Shah Alam) nak ikut trip Broga, dia ada sejarah sawan, boleh ke?
        Permit untuk rakan dari Singapura: Lim Jia Hui, pasport K1920384J, tarikh lahir 03/09/1996, pendakian Kinabalu 18 Nov.
    """),
    "mixed": _lines("""
        eh @priya_ramasamy91 ur deposit RM150 for Kinabalu still outstanding leh, pls bank in by Fri, else slot release to waitlist.
        Carpool list 明天: Jun Wei 开车 (plate WXB 8821) pick up 黄丽珍 at Sri Petaling LRT 5am, 然后 Ahmad at Bandar Tasik Selatan.
        Sorry guys 我 last minute drop out, my dad 心脏病 admitted to NUH ytd, ward 56. - Bernard Koh
        HKID 唔該 send 私訊 la, 唔好 post 喺 group! @Wing 你頭先 post 咗 C337105(9)，快啲 delete.
        Emergency contact for Sarah Lim 林莎拉: mother 林太 +65 9284 5107, allergic to penicillin, 记得 tell the medic.
        Trip leader report: 全部 12 pax 安全落山 except Melvin Tay 扭到脚, sent to Changi General A&E by Grab, his wife informed.
        Jom confirm bilik Laban Rata: bed 1 Hafiz, bed 2 Wei Jie, bed 3 Siva a/l Kannan, Siva vegetarian tolong inform kitchen. Booking under Wei Jie's IC 930715-10-5391.
        Telegram @kenneth_hikes_sg 嗰個係咪 Kenneth Ong? 佢成日喺 group 賣二手 gear 但收咗錢唔寄貨，already 3 people complained.
        FIN G5519037U, Rahul Sharma, Indian national on work pass, joining the MacRitchie trail run 22 Mar, shirt size L.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant for a Singapore hiking club committee."),
        (
            "user",
            "Draft a polite WhatsApp reminder to Tan Wei Ming that his Kinabalu balance of $780 is overdue since 30 Sep.",
        ),
        (
            "assistant",
            "Hi Wei Ming, hope you're well! Just a gentle reminder that the $780 balance for the Kinabalu trip was due on 30 Sep. Could you settle it this week so we can confirm your Laban Rata bed? Thanks!",
        ),
        ("user", "Add that he can PayNow to me directly at 9735 1208, I'm the treasurer, Grace."),
    ],
    [
        (
            "user",
            "幫我寫封 email 俾漁護署，講我哋上星期六喺鹹田灣營地有個隊員陳俊傑俾野豬咬傷咗小腿，想佢哋加強警告牌。",
        ),
        (
            "assistant",
            "漁護署職員您好：本會隊員於上星期六在西貢鹹田灣營地紮營期間，遭野豬咬傷小腿，需送院治理。懇請貴署考慮於營地加設野豬警告牌及提醒露營人士妥善收好食物。謝謝。",
        ),
        ("user", "佢嘅電話係 5138 2946，佢話可以直接聯絡佢補充，加埋落去，同埋寫返佢全名。"),
    ],
    [
        (
            "user",
            "Tolong buat senarai semak permit Gunung Tahan untuk dua peserta ni: Mohd Firdaus bin Rahmat (970128-06-5627) dan Nurul Syafiqah binti Osman (010925-12-0486).",
        ),
        (
            "assistant",
            "Baik. Senarai semak: 1) salinan MyKad setiap peserta, 2) borang permit diisi lengkap, 3) sijil kesihatan jika diminta, 4) bayaran permit dan malim gunung, 5) insurans pendakian.",
        ),
        ("user", "Tambah nota: Firdaus ada asma, Syafiqah baru sembuh dari denggi bulan lepas."),
    ],
    [
        (
            "user",
            "My friend Jasmine Ho fainted at Dairy Farm quarry yesterday, the doctor at Ng Teng Fong said low blood sugar. Is it safe for her to join our 100 km trail training next month?",
        ),
        (
            "assistant",
            "I can't judge her fitness myself. She should get clearance from her doctor first, and if she joins, she should carry fast-acting sugar, eat before and during the hike, and let the leader know what to do if she feels faint.",
        ),
        ("user", "She's type 1 diabetic actually, on insulin pump. Does that change things?"),
        (
            "assistant",
            "Yes, long endurance hikes need a specific insulin plan. Please ask her to discuss basal rate adjustments with her endocrinologist before the training.",
        ),
    ],
    [
        (
            "user",
            "帮我整理一下去香港行山的团员资料，做成表格：王磊，身份证 350203199511204832，港澳通行证 CD8473921，手机 137 0862 4195。",
        ),
        (
            "assistant",
            "好的：| 姓名 | 身份证号 | 港澳通行证 | 手机 | / | 王磊 | 350203199511204832 | CD8473921 | 137 0862 4195 |",
        ),
        ("user", "再加一列备注：他膝盖做过手术，下坡要慢。"),
    ],
    [
        (
            "user",
            "write a whatsapp msg in singlish mix chinese to tell the group Auntie Lily (Lily Chan, 68) won't be joining Sunday's Southern Ridges walk",
        ),
        (
            "assistant",
            "Hi all, Auntie Lily not joining this Sunday's Southern Ridges walk ya, she say next time then go together 😊",
        ),
        ("user", "add reason: 她刚做完白内障手术, doctor say 一个月不能出太阳"),
    ],
    [
        ("system", "You help trip leaders clean up sign-up data."),
        (
            "user",
            "Find duplicates: 1) Ong Li Ting, T0251738D, 8452 6019 2) Ong Li Ting, T0251738D, 8452 6019 3) Mohamed Irfan, T1182046D, 9027 3381",
        ),
        (
            "assistant",
            "Rows 1 and 2 are identical (same name, NRIC and mobile), so row 2 can be removed. Row 3 is unique.",
        ),
        ("user", "Thanks. Irfan is under 18 right? Flag that he needs parental consent."),
    ],
    [
        (
            "user",
            "我想投訴一位領隊：上個月馬鞍山團嘅 Alan 區志強，喺山頂飲酒，仲鬧團友。我應該點寫？",
        ),
        (
            "assistant",
            "建議寫明日期、路線、事件經過同證人，語氣保持客觀，交俾會方委員會處理。",
        ),
        ("user", "佢會員編號係 HK-2219，我嘅資料都要寫？我叫 Cheryl 施曉彤，電話 6158 7204。"),
    ],
    [
        (
            "user",
            "I'm at Sunset Peak near the stone huts, my friend Arjun a/l Ganesan collapsed, he's breathing. What do I do?",
        ),
        (
            "assistant",
            "Call 999 now. Keep him lying on his side, keep him warm and shaded, and read out the nearest distance post number to the operator.",
        ),
        (
            "user",
            "Done, they're sending a helicopter. They asked for his passport, it's A38291745, he's Malaysian, 29, has epilepsy.",
        ),
    ],
    [
        (
            "user",
            "Saya kena tipu beli khemah dari seorang bernama Zulhilmi bin Azhar, dah bank in RM450 ke Maybank 5140 6627 3018 tapi barang tak sampai. Macam mana nak buat report?",
        ),
        (
            "assistant",
            "Buat laporan polis di balai berhampiran dengan bukti pemindahan wang dan tangkap layar perbualan, kemudian maklumkan bank anda secepat mungkin.",
        ),
        ("user", "Dia guna nombor 011-2634 8170, boleh masukkan dalam laporan sekali?"),
    ],
]
