# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix108: horse racing, turf club memberships and legal betting counters in SG/MY/HK. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix108
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "club_notice"): _lines("""
        NOTICE TO MEMBERS: The Members' Enclosure at Sha Tin will be closed on Wednesday 9 December 2026 for turf renovation works; badge holders may use the Members' Stand at Happy Valley that evening.
        Dress code reminder: gentlemen must wear a jacket and tie in the Members' Private Boxes; smart casual is accepted in the public stands. Shorts, singlets and flip-flops are not permitted.
        Guest badges are non-transferable and must be collected by the sponsoring member in person at the Badge Office no later than 30 minutes before the first race.
        Annual subscription invoices for 2027 will be issued on 1 December; payments received after 31 January will incur a late charge of 10% and may lead to suspension of privileges.
        No person under 18 may place a bet at any Off-Course Betting Branch. Counter staff may ask for proof of age and will refuse service if none is produced.
        Customers are reminded to check every betting slip at the counter before leaving; the Club cannot amend a ticket once the customer has left the counter area.
        Following the final race meeting at Kranji on 5 October 2024, racing privileges of Singapore Turf Club members ceased; refunds of unexpired subscriptions are handled under Circular MEM/2024/11.
        Race Day at Sungai Besi: gates open 12.00 noon, first race 1.30 pm. Members must present a valid membership card at Gate 2; public admission is at Gate 5.
        Any person may apply to the National Council on Problem Gambling to exclude themselves from the casinos and from Singapore Pools account betting. Applications can be submitted online with Singpass.
        Family Exclusion Orders may be applied for by immediate family members; the Committee of Assessors will usually hear both parties before an order is made.
        Need help? NCPG Helpline 1800-6-668-668. Calls are free and confidential.
        Trackwork notice: no horse may be galloped on the all-weather track between 06:15 and 06:45 while the harrow is operating. Trainers whose horses breach this rule may be fined.
        Lost property handed in at the Owners' Lounge on Sunday: one black umbrella, one pair of Nikon 8x42 binoculars and one Octopus card. Please claim at the Enquiry Office with a description.
        The Club's Customer Service Centre will not ask for your betting account password or one-time PIN by phone, SMS or e-mail. Report suspicious calls to the Club immediately.
    """),
    ("zh-Hant", "notice_forum"): _lines("""
        會員通告：跑馬地馬場會員看台將於本月夜馬賽事開放予會員及其嘉賓，每位會員最多可攜同兩位嘉賓入場。
        提提大家，場外投注站唔接受十八歲以下人士投注，職員有權要求出示身份證明文件，唔好為難前線同事。
        平和基金戒賭輔導熱線：1834 633，服務免費及保密，亦可為受賭博影響嘅家人提供支援。
        今晚谷草第六場，7號「金鑽威威」排一檔，全場前速馬又少，我覺得佢有位。
        投注戶口結餘如有爭議，請於交易日起計三十日內聯絡客戶服務中心，並提供交易參考編號，例如 TXN-20261129-0047721。
        新入會會員須由兩位具投票權會員提名及和議，並須出席會員事務委員會面試。
        今年香港國際賽事定於十二月第二個星期日喺沙田舉行，當日會員看台只限持有有效證章人士進入。
        問：點樣暫停自己個投注戶口？答：可以經網上或電話申請設定每日投注上限或者暫停戶口，冷靜期由七日到一年不等。
        派彩公告：第五場 獨贏 7號 $48.50；位置 7號 $16.00、3號 $21.50、11號 $33.00；連贏 3-7 $226.00。
        馬主須知：獎金將於賽後十四個工作天內存入馬主已登記之銀行戶口，如需更改請填寫表格 OWN-12 並由全體馬主簽署。
        呢排好多人話收到假扮馬會職員嘅電話，叫你講低戶口密碼，千祈唔好信，馬會唔會打嚟問密碼㗎。
        沙田馬場會員停車場於賽馬日下午一時起只限持有效泊車證之車輛進入，請提早到達。
        賽事資料：第八場 第三班 1400米 草地「B+3」賽道 獎金 $1,750,000。
        馬會喺1996年起唔再用「英皇御准」個名，之前嘅全名係英皇御准香港賽馬會。
    """),
    ("zh-Hans", "faq_notice"): _lines("""
        新加坡博彩管制局（GRA）提醒公众：请只通过持牌运营商投注，非法网站无法保障您的资金安全。
        如何申请自我禁止（Self-Exclusion）？可通过NCPG网站使用Singpass在线提交，审批一般需要数个工作日。
        问：万字票中奖后多久内要领奖？答：一般须在开彩日期起180天内领取，逾期作废。
        雪兰莪赛马公会通告：本周六赛事第一场开跑时间为下午一时三十分，会员入场请出示会员卡。
        彩票柜台营业时间：星期一至星期六上午10时至晚上9时30分，公共假日照常营业。
        温馨提示：未满18岁人士不得在彩票柜台购买彩票或投注，柜台职员有权查验年龄。
        马来西亚法律规定穆斯林不得参与任何形式的赌博，投注站一律谢绝穆斯林顾客。
        槟城赛马公会会所餐厅本月起每逢星期日供应点心自助餐，每位RM58，会员九折。
        新加坡赛马公会已于2024年10月5日举行最后一场赛事，克兰芝马场土地将交还政府作其他用途。
        投注单号码 8812-0456-3391-7720 仅作核对之用，请勿将投注单照片上传至社交媒体。
        关于家庭禁制令：直系亲属可代为申请，申请人须提供关系证明，委员会将安排双方出席听证。
        会员问卷结果显示，受访会员中有63%每月入场少于两次，41%主要通过网上投注。
    """),
    ("ms", "notis_kaunter"): _lines("""
        NOTIS: Orang Islam adalah dilarang sama sekali daripada membuat pertaruhan di premis ini. Kesalahan ini boleh dikenakan tindakan di bawah undang-undang syariah negeri.
        Kaunter pertaruhan akan ditutup 2 minit sebelum perlumbaan bermula. Sila semak tiket anda sebelum meninggalkan kaunter.
        Kelab Lumba Kuda Selangor: Hari perlumbaan Sabtu ini, pintu dibuka jam 12 tengah hari. Kod pakaian kemas, selipar tidak dibenarkan.
        Pekeliling kepada ahli: Yuran tahunan 2027 boleh dibayar di pejabat keahlian atau melalui pindahan bank. Sila nyatakan nombor keahlian anda sebagai rujukan.
        Soalan: Bolehkah ahli membawa anak ke kawasan tempat duduk ahli? Jawapan: Kanak-kanak di bawah 18 tahun hanya dibenarkan di ruang keluarga dan mesti diiringi orang dewasa.
        Laporan pelumba: Kuda ROYAL BINTANG (No. 4) didapati tempang selepas perlumbaan; doktor haiwan mengesyorkan pemeriksaan semula sebelum dibenarkan berlumba lagi.
        Perhatian pekerja kandang: Latihan pagi bermula 5.30 pagi. Topi keledar dan jaket keselamatan wajib dipakai di trek.
        Jadual dividen Perlumbaan 3: Menang RM12.40, Tempat RM5.20 / RM7.80 / RM3.90, Forecast 4-9 RM88.60.
        Nombor talian aduan rasmi kelab hanya tersenarai di laman web rasmi; jangan layan panggilan yang meminta kata laluan akaun anda.
        Cara memohon kad ahli gantian: isi Borang KA-3, bayar fi RM50 dan bawa kad pengenalan asal ke pejabat keahlian.
        Kedai nombor ramalan berlesen wajib mempamerkan lesen yang dikeluarkan oleh Kementerian Kewangan di tempat yang mudah dilihat.
        Menurut laporan tahunan kelab, kehadiran purata pada hari perlumbaan menurun 18 peratus berbanding tahun lepas.
    """),
    ("mixed", "group_chat"): _lines("""
        wah today Sha Tin race 4 the favourite kena boxed in the whole straight lor, lose $200 sia 🤦
        今晚跑马地 got night racing, anyone going? I go public stand only, members enclosure too ex lah.
        bro the quinella 3-7 paid $226 hor, not $262, check the app again before you 庆祝.
        Purton ride the favourite again, 真係 always Purton 𠻹, so boring la 😂
        Eh Selangor Turf Club ada race Sabtu ni tak? Aku dengar 取消咗 because of track works.
        4D 今期头奖 was 3921 right? my number 3912 only kena salah susun, sian 😭
        Anyone know how to set daily betting limit on the Singapore Pools app? 我想 set lower a bit, spend too much last month.
        Kranji dah tutup since 2024, 以后 only can watch overseas simulcast at the Pools branch lor.
        Don't trust those Telegram "tipster" groups lah, 全部都系 scam, they ask you pay $88 for tips one.
        Horse no. 11 scratched already, 退票 can get refund at counter or auto credit back to your account.
        马会 members' car park full by 2pm, better take MTR to Racecourse station, only open on race days.
        Our company annual dinner at Happy Valley box, 老细 book already, dress code smart casual can or not?
        Penang Turf Club ada buffet Hari Raya, RM68 seorang, 会员有折扣 kan?
        Moreira back in HK again? 佢啲 ride 真係 magic, 难怪叫 Magic Man.
    """),
    ("en", "support_procedure"): _lines("""
        Dear [Member Name], we refer to your enquiry dated [DD/MM/YYYY] regarding betting account no. [XXXXXXXX]. Our investigation found that [outcome]. Yours sincerely, Customer Relations.
        Dispute handling SOP step 3: retrieve the terminal journal for the branch ID and time window, compare it against the ticket serial, and record the outcome in the case log before calling the customer back.
        Case ref: BA-DSP-2026-11-00318 | Category: Deposit not credited | Channel: FPS | Status: Resolved, credited after bank reconciliation | SLA met: Y
        Refund reference RF-0071934 issued for scratched runner, Race 7, Sha Tin, amount HK$400.00, credited 28/11/2026 14:05.
        To verify identity over the phone, agents must ask for the account number and the answer to the security question; never ask the customer to read out a full ID number.
        Self-exclusion confirmation template: This is to confirm that an exclusion has been registered under your name for [12/24/36] months commencing [date]. During this period you will not be able to place bets through your account.
        Escalation matrix: L1 counter supervisor (within 24h) > L2 Branch Manager > L3 Customer Relations Department; disputes above HK$50,000 go straight to L3.
        Prizes above the branch payout limit must be claimed at Head Office with the original ticket and photo identification; photocopies of tickets are not accepted.
        Policy ref RG-POL-014 v2.3 (effective 01/07/2026): staff must offer responsible gambling information whenever a customer asks to raise a deposit limit.
        Ticket #482913: app shows "Bet Accepted" but no debit appears in the statement. Root cause: stale display cache. Fixed in release 5.12.3.
        Customer Care can be reached at the number printed on the back of your membership card; do not call numbers sent to you by SMS.
        FAQ: Why was my bet rejected? Bets are rejected if placed after the start of the race, if the pool has closed, or if your account balance is insufficient.
        Complaint categories for monthly reporting: wrong ticket issued, payout delay, staff attitude, terminal fault, account access, other. Counts only, no customer details in the summary.
    """),
    ("en", "race_report"): _lines("""
        Race 6, Sha Tin, 1200m Class 3: GOLDEN PEPPER jumped awkwardly from barrier 9 and was steadied shortly after the start; a veterinary inspection revealed no abnormalities.
        Happy Valley Racecourse staged its first race meeting in 1846 and remains one of the oldest racecourses in Asia.
        Sha Tin Racecourse opened in 1978 and hosts the Hong Kong International Races every December.
        The Malayan Racing Association sets the common rules of racing for the turf clubs in Selangor, Perak and Penang.
        Result: 1st LUCKY DRAGON KING (10), 2nd SMART OCEAN (3), 3rd PENANG STAR (7). Time 1:22.45. Margins 1/2, SH.
        Track condition upgraded from Good to Yielding to Good after 12mm of rain overnight; rail in the "C+3" position.
        Zac Purton became the most successful jockey in Hong Kong racing history in 2023, passing the record previously held by Douglas Whyte.
        Barrier trial results, Kranji Polytrack (archived 2024): Heat 3, 1000m, won by BOLD ASCENT by 2 lengths in 59.81.
        Stewards' report: the rider of FLYING COMET was reprimanded for failing to ride the horse out to the finish when it was in contention for fourth place.
        Horse profile: DIAMOND HARBOUR, Brand No. J318, 5yo bay gelding, current rating 72, last start 4th of 14 at Happy Valley.
        Prize money for Class 5 races at Sungai Besi this season is RM25,000, with 60 per cent going to the winner.
        Singapore Pools offers tote and fixed-odds betting on selected overseas races, including Hong Kong and Australian meetings.
    """),
    ("mixed", "system_log"): _lines("""
        2026-11-29 13:42:07 INFO bet.accept terminal=OCB-K112 pool=QIN race=5 stake=HKD20 ticket=7A3F-22C1-90DE-4471
        ERROR 2026-11-29T14:03:55+08:00 payout.svc timeout upstream=tote-gw-02 retry=3 req_id=9f2c1e7a-4b0d-4c6e-9a51-6d3e88b2f104
        config: self_exclusion.cooling_off_days: 7 / self_exclusion.min_period_months: 6 / deposit_limit.max_increase_per_day: 1
        CSV header: member_no,membership_class,join_date,status,renewal_due,badge_type
        SELECT member_no, status FROM membership WHERE renewal_due < '2027-01-31' AND status = 'ACTIVE';
        告警：投注终端 SG-BR-0413 离线超过15分钟，请分行主管检查网络连接。
        [kaunter-03] 2026-11-28 12:55 tiket dibatalkan: TKT-88271-0093, sebab: kuda ditarik keluar (scratching)
        ticket serial regex: ^[0-9A-F]{4}(-[0-9A-F]{4}){3}$
        racecard_20261206.pdf sha256 3b7e9a41c0d25f86e17b4a9c02d3f5e6a8b1c47d90e2f3a5b6c7d8e9f0a1b2c3
        app 5.12.3 (build 20261120) changelog: fixed 派彩 rounding on 连赢 pool, Bahasa Melayu translation untuk skrin baki akaun
        {"race_id":"ST-20261206-R08","distance_m":1600,"going":"GOOD","pools":["WIN","PLA","QIN","QPL","TCE"]}
        kafka topic rg.self_exclusion.events partition=3 offset=1182734 event=PERIOD_EXPIRED member_ref=<redacted>
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        MEMBERSHIP APPLICATION - RACING MEMBER | Name: LEUNG Ka-wai, Grace | HKID: K482160(2) | Occupation: Senior Associate, Hartwell & Mok Solicitors | Mobile: 9345 6612 | Proposer: Mr TSANG Chi-ming (Voting Member) | Seconder: Dr Winnie HO
        Betting a/c 2814 7093 (MR YIP SIU-FUNG): customer states HK$12,400 was transferred out via FPS on 22/11 to an unknown bank account; he denies making the transfer and has reported it to police.
        NCPG SELF-EXCLUSION APPLICATION | Full name: Tan Wei Liang | NRIC: S7718264J | Address: Blk 512 Bedok North Ave 3 #08-214 Singapore 460512 | Period: 3 years | Reason: lost most of my savings on football betting
        Family Exclusion Order hearing notes: applicant Mdm Koh Siew Lan (wife) against respondent Ong Boon Huat, NRIC S6904481F. She says he pawned her jewellery and owes about $38,000 to moneylenders.
        Incident report, OCBB Mong Kok, 19:40: regular customer Mr Alvin Cheung (a/c 3307 5521) shouted at teller Ms Fiona Lai after his bet was rejected post-off; security escorted him out of the branch.
        Payout verification: claimant Rajesh s/o Subramaniam, NRIC S8231569A, Group 2 prize S$14,280, paid by transfer to POSB savings 183-40527-6 on 03/12/2026.
        Medical log 21/11: apprentice Muhammad Hakimi bin Rosli fell near the 400m in Race 3 at Sungai Besi, taken to hospital with a suspected fractured left collarbone; stood down for 6 weeks.
        Stable staff movement: groom Kumaresan a/l Maniam (MyKad 850614-14-5237, HP 012-718 3364) transferred from Stable 12 to Stable 4 w.e.f. 1 Dec, hostel Block C room 21.
        Guest register 06/12: Member ZHOU Michael (M# 40217) signed in Ms Priya Nair, Indian passport Z4817263, and Mr Tomasz Wierzbicki, staying at his flat in Tai Hang.
        jeremy ng from the 8th floor owes the syndicate $1,250 for his share of SILVER TEMPO and keeps dodging us, his number is 9684 2273 if anyone wants to chase
        Owners' registration, syndicate LUCKY EIGHT: LO Chun-hei HKID Y937105(0) 25% | MAK Sze-wan HKID R214688(5) 25% | CHIU Pak-lam HKID D718243(1) 50% | Prize money account: HSBC 024-583912-838
        From: marcus.seow82@gmail.com / Subject: account frozen / Hi, my Pools account was suspended right after I changed my number to 8336 1029. I'm Marcus Seow, please unfreeze, there is $640 inside.
        Casino visit limit of 4 per month imposed on Mr Lim Kok Peng (NRIC T0145392G) after his mother's third-party application; he is on repayment plans with three banks.
        Renewal received, Member 18833 Dr Sharon Teo, Visa 4556 3208 1274 3393 exp 09/28, S$1,926.00 incl. GST, receipt sent to her home address at 22 Jalan Kembangan.
        Counter staff roster note: FIN G5517820N, Ms Nguyen Thi Lan, part-time teller at the Tampines branch, on medical leave 2-6 Dec after a miscarriage; do not roster her for night shifts this month.
    """),
    "zh-Hant": _lines("""
        投訴記錄：客戶何志強先生（電話 6172 8840）稱喺旺角場外投注站買錯單，職員拒絕即時取消，佢要求退回 $3,000 並投訴職員態度。
        會員申請表 | 姓名：陳詠詩 | 身份證號碼：Z663019(8) | 職業：註冊護士（瑪麗醫院）| 住址：九龍城嘉林邊道23號5樓B室 | 推薦人：李國華（投票會員）
        馬主登記 | 馬主姓名：黃德輝 | 香港身份證：XA102437(7) | 獎金存入：恒生銀行 388-129047-883 | 馬匹：「快樂星辰」
        阿Ken（關家健）上個禮拜喺沙田借咗我兩萬蚊話要翻本，而家已讀不回，佢老婆都唔知佢輸咗咁多。
        停車場記錄：會員車位 B-17，車牌 LV 2381，登記車主 馮子謙先生，十二月月費已於11月30日繳付。
        騎師學徒醫療報告：見習騎師鄭浩賢於11月27日晨操時墮馬，右手腕骨裂，骨科醫生建議停騎四星期。
        自我禁制申請：申請人梁美玲，HKID P509273(A)，申請暫停投注戶口十二個月，原因係輸咗成副身家，屋企人好擔心。
        職員紀律：投注站職員蘇嘉欣（員工編號 E40819）被發現替親戚代落注，已於12月2日發出警告信。
        更改聯絡資料：投注戶口 5120 6639，持有人譚偉文，新電郵 tamwaiman1987@yahoo.com.hk，新地址沙田第一城23座18樓F室。
        鄭太（電話 5408 3317）喺跑馬地公眾看台唔見咗個啡色手袋，入面有佢張身份證 M271834(6) 同埋八達通，拾到請聯絡。
        台灣旅客貴賓券登記：蔡怡君，中華民國身分證 F220479189，手機 0912 738 506，入住灣仔君悅酒店 2315 號房。
    """),
    "zh-Hans": _lines("""
        家庭禁制申请：申请人林秀珍（母亲），被申请人王俊杰，NRIC S8823017E，自去年起网上投注欠债约 $52,000，已多次向亲戚借钱。
        访客入场登记：刘晓东，往来港澳通行证 C62817495，居民身份证 44010419780923312X，微信 liuxd_1978，由会员麦先生担保。
        会员资料更新：会员编号 S-20781，许嘉豪，手机 +65 9127 4405，新地址 Blk 938 Jurong West St 91 #11-307。
        万字中奖领奖登记：得奖人黄丽萍，MyKad 880917-08-6022，奖金 RM18,500，汇入 Maybank 1142 8830 5917。
        投注站经理报告：常客陈志明（约五十岁，住附近组屋）今天第三次要求赊账，被拒后辱骂职员，已列入观察名单。
        @李伟 (微信 liwei_0606) 你欠我的马钱 3800 块什么时候还？别再装死，不然我去你公司找你。
        外籍会员申请：张敏，中国居民身份证 310115199104170260，护照 E71839254，工作单位：吉隆坡某物流公司财务部。
        会员苏俊贤来函申请退会，理由是确诊肝癌需要长期化疗，请求退还 2027 年度余下会费。
    """),
    "ms": _lines("""
        Borang Permohonan Keahlian | Nama: LEE CHOON HOCK | No. K/P: 770121-07-5541 | Alamat: 18, Lorong Kenari 3, Taman Sri Nibong, 11900 Bayan Lepas, Pulau Pinang | Tel: 016-422 9081
        Aduan pelanggan: Encik Ravi a/l Chandran mendakwa tiket kemenangan RM2,300 miliknya tidak dibayar di kaunter 3 kerana mesin rosak; beliau terpaksa menunggu 2 jam.
        Rekod disiplin: Pengawal keselamatan Mohd Faizal bin Ahmad (No. Pekerja 0457) didapati tidur semasa bertugas di pintu masuk ahli pada 22 Nov; amaran bertulis telah dikeluarkan.
        Senarai gaji pekerja kandang Nov 2026: Siti Hajar binti Osman, K/P 010223-10-1386, akaun Maybank 5141 7720 3386, gaji bersih RM2,150.
        Laporan perubatan joki: Azlan bin Hashim mengalami gegaran otak selepas terjatuh di selekoh akhir Perlumbaan 6; tidak dibenarkan menunggang selama 21 hari.
        Catatan kaunselor: Klien Encik Tan Ah Kow, 58, pesara dari Ipoh, mengaku berhutang RM40,000 dengan ah long selepas berjudi kuda; isterinya belum tahu.
        Pertukaran pemilik kuda PERAK GLORY: penjual Ng Kim Seng (K/P 690405-14-5013), pembeli Harpreet Kaur a/p Gurdial Singh, harga RM85,000.
        kak ros, ni akaun cimb saya 8004 2159 33, tolong bank-in duit sweep melbourne cup hari tu, RM150 je. - nurul aini
        Aduan polis (ringkasan): Nur Aisyah binti Kamal, K/P 920308-10-6184, menyatakan ah long menyimbah cat di rumahnya di Kuchai Lama kerana abang iparnya berhutang RM9,000 dari pertaruhan haram.
    """),
    "mixed": _lines("""
        eh guys, kelvin yeo from our chalet gang kena self-exclude liao, his wife apply for him one, 下次 pools outing don't jio him ok
        bro help me check, my Pools account under Darren Lim Wei Jie, hp 9022 6178, 我昨天 deposit $500 but still never reflect
        @Ah Seng Tiong Bahru 你的 Toto winning $2,875 我已经 transfer 到你的 OCBC 501-238947-001 liao ya, check check
        Joyce Mak 今朝喺馬會會所 restaurant 暈低咗, 送咗去 Ruttonjee, 聽講係低血糖, 唔好 spread 住
        Tolong update alamat ahli 30928 Mr Gopal s/o Ramasamy kepada No. 7, Jalan SS2/64, 47300 Petaling Jaya, 电话 019-330 5742
        Ticket dispute: 李國強先生 (HKID G660512(4)) insist 佢買咗 Quinella 3-7 but system show 3-8, asking to see CCTV lor
        Whose car SKL4718T blocking the members' carpark exit? sticker says Mr Yeo Teck Soon, someone call him at 8412 7730 pls
        Pay the membership renewal for my dad Goh Eng Hwa (member 11092) lah, use my Mastercard 5401 5822 6140 5832 exp 07/29, 我 later transfer you
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful writing assistant."),
        (
            "user",
            "Can you help me write to NCPG? I want to ask to revoke my self-exclusion early. I'm Daniel Chua Jun Kai, NRIC S7503318D, excluded since March 2025 for 3 years.",
        ),
        (
            "assistant",
            "Sure. Early revocation requests are assessed case by case, so it helps to explain what has changed. Draft: 'Dear Sir/Madam, I, Daniel Chua Jun Kai (NRIC S7503318D), write to request a review of my self-exclusion registered in March 2025...'",
        ),
        (
            "user",
            "Add that I've cleared my credit card debts and my counsellor at the family service centre in Tampines supports this. Contact me at 8605 3391.",
        ),
    ],
    [
        (
            "user",
            "我個馬會投注戶口俾人盜用咗，戶口號碼 6602 8174，登記名係區志豪，身份證 H305961(A)，點算好？",
        ),
        (
            "assistant",
            "你可以即刻致電客戶服務中心要求凍結戶口，再更改密碼，同埋去警署報案，保留所有交易記錄同短訊。",
        ),
        (
            "user",
            "我已經報咗警。你幫我寫封投訴信俾馬會，我電話係 9218 5507，信要講明有 $8,600 俾人轉走。",
        ),
    ],
    [
        (
            "user",
            "Saya pekerja kandang di kelab lumba kuda di Ipoh, nama saya Mohd Rizal bin Abdullah, K/P 880521-08-5167. Majikan belum bayar gaji saya dua bulan.",
        ),
        (
            "assistant",
            "Anda boleh membuat aduan di Jabatan Tenaga Kerja yang berhampiran. Bawa slip gaji lama, kontrak kerja dan salinan kad pengenalan.",
        ),
        (
            "user",
            "Jurulatih saya kata tunggu je. Boleh tolong tuliskan surat aduan? Nombor telefon saya 013-482 7716, saya tinggal di asrama kandang No. 9.",
        ),
    ],
    [
        (
            "user",
            "my colleague Benjamin Koh borrowed $4k from me to bet on EPL through some illegal site, now he block me on whatsapp. his number is 9130 7825, what can i do?",
        ),
        (
            "assistant",
            "If you have proof of the loan (messages, transfer records), you could file a claim at the Small Claims Tribunals. Avoid threatening him, keep everything in writing.",
        ),
        (
            "user",
            "he stays at Blk 227 Serangoon Ave 4 with his parents and works in our finance dept. can i just go find him at home?",
        ),
    ],
    [
        (
            "system",
            "You are the virtual assistant of a turf club membership office. Never ask for or repeat payment card numbers.",
        ),
        (
            "user",
            "Hi renew my membership pls. Member no 40552, Mrs Angela Fernandez. Card 4214 1733 7820 1650 exp 11/27 cvv 402",
        ),
        (
            "assistant",
            "Thank you, Mrs Fernandez. For your security please do not share card details in chat; you can pay through the secure payment link in the member portal.",
        ),
        (
            "user",
            "ok sorry. Also update my address to 14 Jalan Kemuning, Taman Tun Dr Ismail, 60000 Kuala Lumpur.",
        ),
    ],
    [
        ("user", "我中了万字三奖，要怎样领奖？我是郑美华，IC 920715-01-5384，住在新山。"),
        (
            "assistant",
            "一般需要带上原始彩票和身份证到指定的领奖中心办理，大额奖金通常以银行转账发放。",
        ),
        (
            "user",
            "奖金可以汇到我的大众银行户口 6372 8810 19 吗？我老公不知道我买万字，不要寄信到家里。",
        ),
    ],
    [
        (
            "user",
            "I'm the agent for apprentice jockey Brandon Soh Kai Wen. He fell at trackwork on Tuesday and was diagnosed with a hairline fracture of the right wrist. Can you help me write to the stewards asking to withdraw his rides?",
        ),
        (
            "assistant",
            "Of course. The letter should state the date of the fall, the diagnosis, the expected recovery period, and attach the medical certificate.",
        ),
        (
            "user",
            "Add his licence no. AJ-0219, and that the orthopaedic surgeon expects 6 weeks out. His mum's number for the club to contact is 012-966 3104.",
        ),
    ],
    [
        (
            "user",
            "我想提名我朋友入會，佢叫司徒家樂，身份證 A862417(0)，喺銀行做 VP，住半山羅便臣道。推薦信點寫好？",
        ),
        (
            "assistant",
            "推薦信可以講你認識佢幾耐、佢嘅品格同埋對賽馬嘅興趣，唔需要寫身份證號碼，表格上另有欄位填寫。",
        ),
        ("user", "再加一句佢係我港大同學，認識咗二十年，佢太太 Cindy 都好鍾意睇馬。"),
    ],
    [
        (
            "user",
            "我下周去香港看跑马，想进会员区，朋友是会员。我叫陈宇，身份证 440305199306301852，通行证 C70493261，微信 chenyu_sz93。",
        ),
        (
            "assistant",
            "会员区一般需要由会员本人为嘉宾登记嘉宾证，建议您先跟会员朋友确认当天的嘉宾名额。",
        ),
        (
            "user",
            "会员朋友叫麦志伟，会员号 51873，他说要我把以上资料发给他，我直接转发这段对话可以吗？",
        ),
    ],
    [
        (
            "user",
            "My brother Kenneth Lau Wai Keong keeps going to the casino and lost his whole CPF withdrawal. Can I apply exclusion for him? His NRIC is S8015727D.",
        ),
        (
            "assistant",
            "Immediate family members can apply for a Family Exclusion Order through NCPG. You will need to show your relationship and describe how his gambling is affecting the family.",
        ),
        (
            "user",
            "He lives with our mum at Blk 35 Telok Blangah Rise #05-112, his hp is 9733 1842. He also owes the bank $21k, should I mention?",
        ),
    ],
]
