# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en251: SG/MY billiard halls, darts bars and paintball/airsoft arenas (table bookings, league results, injuries, membership, complaints). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en251
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "notices"): _lines("""
        NOTICE: Tables 1-6 closed from 2 to 4 Jan 2027 for cloth replacement (Simonis 860 tournament blue). Tables 7-14 open as usual, 12pm to 2am.
        Snooker room dress code on league nights: collared shirt, covered shoes, no slippers. Management reserves the right to refuse entry. Thank you for your understanding.
        Paintball Field B is closed today due to the lightning alert from NEA. Walk-in players please proceed to the indoor CQB arena on Level 2, same rates apply.
        All airsoft replicas must be chrono-tested at the front counter before every session. Max 350 FPS with 0.20g BBs for CQB, 400 FPS for outfield. No exceptions.
        Lost and found: one black Predator cue case, one pair of Dye goggles and a loader left after Saturday's session. Claim at the counter with a description before 31 Dec.
        Darts league registration for Season 14 is now open. Teams of 4-6 players, soft-tip only, Dartslive 3 machines. Sign up at the bar or email league@bullseyebar.com.sg
        Our Jalan Alor outlet will be closed for Hari Raya Aidilfitri on both public holiday dates. Bookings for those dates will be moved automatically; refunds via the booking app.
        Minors below 16 must be accompanied by a parent or guardian in the pool hall after 7pm, as required under our licence conditions. Photo ID may be requested at entry.
        Full face masks are compulsory in all paintball zones. Goggles alone are NOT allowed. Rental masks are sanitised in the UV cabinet after each use.
        Happy Hour at the darts bar: Tiger pints $9++ from 5pm to 8pm, Mon to Thu. Not valid on PDC World Championship screening nights at Alexandra Palace time slots.
        Cue locker rental: $15/month per slot. Management is not liable for damage to personal cues stored beyond the renewal date printed on your receipt.
        Fire drill scheduled for 14 Feb 2027, 3pm, by Suntec City building management. All players please follow our marshals to the nearest exit at Tower 3 when the alarm sounds.
        Table bookings are confirmed via SMS from sender ID CUEZONE. We will never ask for your OTP or bank login. Report suspicious messages to our hotline 6344 8120.
    """),
    ("en", "league_results_and_news"): _lines("""
        Ronnie O'Sullivan's maximum break at the 1997 World Championship, completed in 5 minutes 8 seconds, is still the fastest 147 in professional snooker.
        Efren 'Bata' Reyes won the 1999 WPA World Nine-ball Championship in Cardiff, and his kick shots are still shown in coaching videos at our academy every Saturday.
        Luke Littler won the 2025 PDC World Darts Championship at Alexandra Palace aged 17, and the final screening at our Clarke Quay bar was fully booked.
        Phil 'The Power' Taylor retired after the 2018 World Championship with 16 world titles; his signature Target darts remain our best-selling barrels.
        Week 9 results, Division 1: Cue Ball Crew 5-2 Chalk and Talk; Kallang Breakers 4-3 Pocket Rockets; Bukit Timah Bankers 7-0 The Kiss Shots (walkover).
        Darts Division B table after Round 12: Treble Trouble 24 pts, Bulls Eye Bandits 22, Oche Dokey 19, Tuesday Arrows 15. Top two promote to Division A.
        Paintball: Team Harimau Malam from Shah Alam won the Speedball Open 2026 at our Puchong field, 3-1 in the final against KL Rampage. Full bracket on our Facebook page.
        Highest checkout of the month: 161 by a Team Double Top player at our Tanjong Pagar bar. Prize of one set of Target darts can be collected at the counter.
        Rule reminder: from Season 15 our 9-ball league follows the WPA World Standardized Rules, so calling the shot on the break is not required.
        Match report: Johor Bahru Arrows edged Penang Bullseye 10-8 in the inter-state soft-tip final; the deciding leg went to double 8 after 24 darts.
        Ding Junhui beat Steve Davis in the 2005 UK Championship final in York, a result that sparked the snooker boom in halls across China and Southeast Asia.
        Peter Gilchrist, who represents Singapore, has won the World English Billiards title several times and still plays exhibition matches at local clubs.
        Airsoft milsim Operation Kota Tinggi 2026 results: Blufor held 3 of 5 objectives after 36 hours; 212 players from 14 teams, zero reportable injuries.
    """),
    ("en", "log_lines"): _lines("""
        2026-11-28T21:14:07+08:00 INFO booking.create table=SNK-07 slot=21:30-23:30 outlet=SG-BUGIS order=BK-2611-004812 status=CONFIRMED channel=web
        2026-11-28T21:15:42+08:00 WARN payment.gateway retry=2 provider=stripe intent=pi_3QxTest000Demo amount=48.00 currency=SGD code=card_declined_test
        [scoreboard] dartslive-sync v2.8.1 pushed 312 leg records to league_db in 4.2s; 0 conflicts, 3 skipped (machine DL3-0415 offline)
        chrono_log outlet=MY-PUCHONG rifle_tag=RENTAL-M4-022 fps=338 bb=0.20g result=PASS checked_at=2026-12-01T10:02:11+08:00
        config: booking.max_advance_days = 14  # members get 21 via tier override; booking.hold_minutes = 10; booking.deposit_pct = 30
        SELECT outlet_code, COUNT(*) AS bookings FROM table_booking WHERE slot_date >= '2026-12-01' GROUP BY outlet_code ORDER BY bookings DESC;
        ERROR light-controller table=POOL-11 relay=R3 msg='timeout after 3000ms' fw=1.4.7 host=10.20.3.41, table lights left ON, timer not stopped
        GET /api/v2/tables?outlet=KL-SS2&date=2026-12-06 200 38ms ua=CueBook-Android/5.3.0 req_id=7f3c9a1e-22b4-4d61-9a0e-5b1c2d3e4f60
        inventory.sync sku=PB-068-CAL-2000 (0.68 cal paintballs, case of 2000) qty=-12 warehouse=SHAH-ALAM-01 reason=session_consumption
        cron[hall-close] 2026-12-06 02:00:00 SGT: 14 timers stopped, 2 overrun charges applied (orders BK-2612-000377, BK-2612-000381)
        sha256(league_export_2026w48.csv) = 9b1e4c7f0a2d3e5f6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b verified OK
        feature_flags: {'loyalty_points': true, 'walk_in_queue_sms': false, 'airsoft_waiver_v3': true} deployed to prod-sg at 2026-12-05 09:30
        WARN waiver.upload file=waiver_template_v3.pdf size=2.1MB pages=2 virus_scan=clean stored=s3://arena-docs/templates/ (blank template only)
    """),
    ("en", "invoices"): _lines("""
        TAX INVOICE INV-SG-2026-11872 | Cue Masters Billiard Supplies Pte Ltd, UEN 201734561K | GST Reg No. 201734561K | 6 x Aramith Tournament ball sets @ S$389.00
        Invoice No. 2026/PB/0457 from Tactical Arena Sdn Bhd (202101023456) to Fun Zone Events Sdn Bhd: team-building, 40 pax x RM85 = RM3,400.00, SST 8% RM272.00
        Credit note CN-00093 against INV-00881: refund of S$120.00 for table 4 downtime on 12 Nov (light fault), applied to account CORP-0045 (Raffles Place Social Club).
        Supplier bill: Iwan Simonis cloth 860 HR, 7ft x 2 sets, EUR 418.00, freight by DHL Express waybill 1234567890, due 30 days from 2026-11-20.
        Quotation Q-2612-031 valid 14 days: monthly service of 12 pool tables (re-levelling, rail check, cushion rubber) at RM1,150 per visit, excluding parts.
        Receipt #000482913 The Oche Darts Bar, 3 Temasek Blvd #02-301 Suntec City Mall. 2x Guinness $26.00, 1x Fish and Chips $18.90, Darts 2h $20.00. Subtotal $64.90
        Payment terms: 50% deposit on confirmation, balance 7 days before the event. PayNow to UEN 201734561K or transfer to the company DBS account printed on the invoice.
        INV-MY-88310 Red Dot Darts Trading: 24 x Harrows Dimplex flights, 12 x Unicorn shafts, 1 x Winmau Blade 6 board. Total RM1,326.40 incl. SST.
        Statement of account as at 30 Nov 2026, Kelab Snuker Ampang: opening RM2,450.00, invoices RM6,780.00, payments RM7,000.00, closing balance RM2,230.00.
        Pro-forma PF-0027: Tippmann 98 Custom markers x10, Dye i5 goggles x20, Empire chest protectors x15. Ex-works Johor Bahru, lead time 3 weeks.
        Invoice INV-HK-2026-0312, Wan Chai Cue Club Limited, BR No. 61234567: private room hire 4 hours HK$2,720.00, drinks package HK$1,080.00, total HK$3,800.00.
        E-invoice (MyInvois) UUID 8f2d0b6e-1c3a-4e57-9a1b-2c4d6e8f0a13 validated by LHDNM at 2026-12-02 14:21; supplier TIN C24567891020, buyer: general public.
        Debit note DN-2611-007: late return of 3 rental AEG rifles, 2 hours x RM15 per unit = RM90.00, charged to the event organiser's company account.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Guys table 9 cushion damn bouncy already, pls put the under repair sign first. Supplier say Thursday then can come fix lah.
        Tonight got 3 corporate bookings for paintball, total 62 pax. Need extra 4 marshals, who can OT? Claim as usual ya, put in the OT sheet.
        Dartslive machine no.2 hang again, I already restart twice. Later I WhatsApp the vendor service line 6293 4500 see can send tech tomorrow or not.
        Boss say from next week opening time change to 11am on weekends. Roster I update in the Google Sheet already, check your own slot k.
        Stok bola paintball tinggal 6 kotak je, can order another 20 boxes from the Shah Alam supplier before Friday? PO number I key in the system already.
        Aircon at CQB zone leaking again, floor very slippery near Bunker C. Already put wet floor sign, ticket FM-20931 raised with mall management.
        今晚 league night 记得把 scoreboard reset, last week the Division 2 points all wrong, must redo from the paper scoresheet one by one.
        Cash float for tomorrow: $300 in small notes, already in the safe. Closing shift pls count and log in the cashbook before 2.15am.
        Chalk running low, Master blue only 2 boxes left, Kamui also finish. Can add to Monday order? Supplier code MST-BL-144, qty 10 boxes.
        Customers complain the music too loud at the darts area. Can lower to level 12 on the Sonos? Manager ok already, dont turn up again ah.
        Reminder semua: gel blaster is NOT allowed in our arena even if customer bring own. Tell them nicely, point to the notice at counter.
        Table 3 booking 8pm is a corporate one, they pay deposit already via PayNow. Set up 2 tables side by side and put reserved sign by 7.30 ok.
        Tomorrow NEA officer coming for the food shop licence check around 10am, whoever open shop pls make sure the fridge temperature log updated.
    """),
    ("ms", "peraturan_arena"): _lines("""
        Semua pemain wajib memakai topeng muka penuh sepanjang berada di zon permainan. Topeng tidak boleh ditanggalkan walaupun kanta berkabus.
        Kanak-kanak bawah 12 tahun tidak dibenarkan bermain paintball. Untuk laser tag, had umur minimum ialah 7 tahun dengan kebenaran ibu bapa.
        Had kelajuan senapang airsoft: 350 FPS untuk CQB dan 400 FPS untuk padang luar, diuji dengan peluru BB 0.20g di kaunter sebelum permainan.
        Dilarang merokok termasuk vape di dalam dewan snuker, selaras dengan Akta Kawalan Produk Merokok demi Kesihatan Awam 2024. Kompaun boleh dikenakan.
        Tempahan meja snuker boleh dibuat melalui aplikasi atau talian 03-7728 4410. Tempahan yang lewat lebih 15 minit akan dibatalkan tanpa notis.
        Pelanggan yang merosakkan kain meja akibat pukulan lompat atau masse tanpa kebenaran akan dikenakan caj pembaikan mengikut sebut harga pembekal.
        Ahli Kelab Platinum layak mendapat diskaun 20% untuk sewaan meja pada hari bekerja, sah sehingga 31 Disember 2027. Kad ahli mesti ditunjukkan.
        Sebarang kecederaan di padang hendaklah dilaporkan kepada marshal bertugas dengan segera. Peti pertolongan cemas terletak di sebelah kaunter utama.
        Waktu operasi: Isnin hingga Khamis 12 tengah hari hingga 1 pagi, Jumaat dan Sabtu 12 tengah hari hingga 3 pagi. Ditutup pada hari pertama Aidilfitri.
        Liga Dart Selangor Musim 9: setiap pasukan mesti mendaftar sekurang-kurangnya empat pemain sebelum 15 Januari. Yuran pasukan RM250 tidak dikembalikan.
        Peluru paintball dari luar tidak dibenarkan. Hanya peluru yang dibeli di arena boleh digunakan demi keselamatan dan kebersihan padang.
        Permainan dihentikan serta-merta apabila wisel panjang ditiup. Semua pemain mesti menurunkan laras dan memasang penutup laras (barrel cover).
        Arena Tempur Sdn Bhd (No. Syarikat 201801034567) beroperasi di bawah lesen premis MBSJ, No. Lesen LP-MBSJ-2026-0891, Jalan USJ 10/1, Subang Jaya.
    """),
    ("zh-Hans", "常见问题"): _lines("""
        问：可以带自己的球杆吗？答：可以，欢迎自带球杆，本馆也提供储杆柜出租，每月新币15元，钥匙请到前台领取，续期请在到期前一周办理。
        问：彩弹打在身上会痛吗？答：近距离会有轻微淤青，建议穿长袖上衣和厚长裤；本场提供护甲背心租借，每件马币10元，押金另付。
        问：飞镖联赛怎么报名？答：每队4至6人，在吧台填写报名表或发邮件至 league@bullseyebar.com.sg，报名截止日期为12月31日。
        问：周末需要提前预约球台吗？答：周五至周日晚上7点以后非常繁忙，建议至少提前两天通过App预约，预约成功后球台保留10分钟。
        问：未成年人可以玩airsoft吗？答：16岁以下必须由家长陪同并签署免责声明，12岁以下不可参加户外场，只可以在室内低速场体验。
        问：下雨天彩弹场开放吗？答：小雨照常进行，遇到雷电警报会暂停户外场，已付款的场次可以免费改期，或者转到室内CQB场继续玩。
        问：你们在吉隆坡有几家分店？答：目前有三家，分别位于Mid Valley Megamall、Sunway Pyramid和1 Utama购物中心，营业时间相同。
        问：可以开发票给公司报销吗？答：可以，前台可以开具带公司名称和SST注册号的正式发票，电子发票会在三个工作日内通过邮件发送。
        问：斯诺克和美式台球收费一样吗？答：不一样，斯诺克台每小时新币14元，九球台每小时新币10元，会员另外享受八折优惠，学生凭证九折。
        问：联赛成绩在哪里查？答：每周联赛积分表会在周一中午前更新到官网和Facebook专页，也可以在店内吧台旁边的电视屏幕上查看。
        问：在场地受伤了怎么办？答：每个场地都有持证急救员，场内备有急救箱和AED除颤器，情况严重时工作人员会立即拨打995叫救护车。
        问：会员卡丢了怎么办？答：请携带本人身份证件到前台办理补卡，手续费新币5元，原来的积分和储值余额会在补卡当天自动转移到新卡上。
        问：可以包场办生日会吗？答：可以，包场至少20人，含两小时游戏和简餐，每人马币75元起，需要提前一周支付30%订金才能确认。
    """),
    ("zh-Hant", "價目表"): _lines("""
        九球枱（平日）每小時 HK$68，晚上7時後 HK$88；週末及公眾假期全日 HK$98，學生憑有效學生證九折，會員另有積分回贈。
        斯諾克大枱（12呎）每小時 HK$108，會員 HK$88，另收冷氣費每小時 HK$10，最低消費一小時，逾時以半小時計算。
        電子飛鏢機每局 HK$5，一小時任玩 HK$60（最多4人同時使用），聯賽球員練習時段逢星期一、三晚上7時至10時免費開放。
        彩彈入場套餐：入場費、面罩、彩彈槍及100發彩彈 NT$650；加購彩彈每100發 NT$200，團體20人以上另享九折優惠。
        生存遊戲（Airsoft）場地費：半日 NT$400、全日 NT$700，租槍另計 NT$300，已包括護目鏡及0.25g BB彈一包。
        私人房（可容納8人，設一張九球枱及一部飛鏢機）三小時 HK$680，另送汽水一打，必須於48小時前預訂及繳付一半訂金，逾時取消訂金不設退還。
        球桿維修價目：換桿頭 HK$80 起（Kamui、Tiger 桿頭另計），換銅箍 HK$150，桿身校直 HK$250，約需3個工作天完成。
        澳門分店價目（澳門元）：九球枱每小時 MOP 70，斯諾克枱每小時 MOP 100，逢星期一至五中午12時至5時半價優惠。
        飲品價目：青島啤酒 HK$48、Carlsberg 生啤 HK$58、凍檸檬茶 HK$28；飛鏢聯賽晚上指定啤酒買二送一，售完即止。
        會員年費 HK$380：全年球枱九折、生日月份送兩小時球枱、優先預訂聯賽賽日枱位，年費一經繳付概不退還，亦不可轉讓予他人使用。
        台北信義店彩彈場：平日包場（30人以內）NT$15,000，假日 NT$20,000，已包括教練帶隊及30分鐘安全講解。
        配件價目：Master 巧克粉每粒 HK$10、三指手套 HK$60、Harrows 鏢翼每套 HK$25、Winmau 鏢桿每套 HK$35。
        以上價目由2027年1月1日起生效，如有更改恕不另行通知。查詢請致電本店熱線 2893 7716 或 WhatsApp 5123 8800。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Booking BK-2612-004455 under Marcus Tan Wei Liang, HP 9176 3382, table SNK-04, 8pm-10pm Sat. Deposit $20 paid via PayNow.
        Injury report 03/12: player Nurul Aisyah binte Kamarul (NRIC S9834512H) hit on the left eye at 2m range, goggle strap came loose, sent to Changi General A&E.
        Member Rajesh s/o Subramaniam, card 00418, still owes $360 for 3 months of locker and table tab. Please don't extend credit until he settles.
        Complaint from Mrs Cheryl Lim Hui Min, 12 Jalan Kembangan #05-03, says staff were rude when she asked about a refund for her son's birthday package.
        Ah Boon from the Tuesday league told me he can't play for a while, just got diagnosed with a slipped disc, doctor says no bending for 6 weeks.
        membership_export.csv row: 20471,Goh Siew Ling,goh.siewling88@gmail.com,+65 8234 5519,1991-04-17,Gold,2026-02-01
        Please refund to Daniel Koh's POSB savings 123-45678-9, amount $85, his paintball session was cancelled due to rain.
        Incident log 22:41: customer Jason Ong (plate SLA 4821 K) reversed into the bollard at the carpark entrance, says he will pay, contact 9012 7745.
        FYI the new marshal Hafiz told me in confidence his wife is pregnant with twins, so he wants fewer night shifts from January.
        Kevin Chua's ex-wife called the bar again asking whether he was here last Friday; their divorce is still in court, don't give her any info.
        Waiver signed: Priya Nair, FIN G7713458N, DOB 08/09/1995, emergency contact husband Arun 8765 2210, allergies: latex.
        Darts league: Ben Sim of Team Treble Trouble is suspended for 2 matches; he was arrested for drink-driving after the Bugis fixture and is out on bail.
        Please call back 9638 2041 about the Mezz cue left on table 12 last night, owner described it as black with a red joint.
        Hi, this is Vanessa Teo, I booked the birthday package for my son Ethan (turning 10) on 14 Dec, can you change the cake to eggless? Email vanessa.teo.sg@outlook.com
        Staff salary note: Muthu (bar supervisor) basic $2,650 + $300 allowance from Dec; keep confidential, not to be shared in the group chat.
        CCTV clip 2026-11-30 23:10 shows the regular we call Uncle Lobo pocketing another player's phone at table 6; police report lodged, ref E/20261130/4471.
        Lee Jun Hao, Blk 321 Ang Mo Kio Ave 3 #11-245, Singapore 560321, custom cue case delivery, courier pls call 9345 1176 before arriving.
        Airsoft player Zhang Wei (PRC passport E12345678) injured his ankle at Field 2; treated by first aider, declined ambulance, left with a friend at 4.15pm.
        Mr Terence Wong (member 3318) has stage 3 colon cancer and asked to freeze his membership during chemo; please approve without the $50 fee.
        Chargeback: card ending 4417, cardholder ANDREW LOKE, $240 disputed for 02 Nov; the bank says he claims he never visited our Clarke Quay outlet.
    """),
    "mixed": _lines("""
        Eh the guy Ah Keong lah, table 5 every Friday one, owe us RM420 already, last time say gaji masuk then bayar, until now no news.
        Bos, customer nama Siti Hajar, IC 950312-10-5528, nak claim insurans sebab jari patah masa paintball Sabtu lepas. Dia minta incident report.
        陈先生 table 8 booking tonight 9pm, his number 012-338 7461, he say will bring own cue, keep the corner table for him ok.
        Shafiq's mum called, dia cakap anak dia ada asthma, please make sure the smoke grenade zone tak guna masa his birthday session on Sunday.
        Lim太 complain her husband spend whole salary at our darts bar every month, she ask us don't let him open tab anymore. His name Lim Chee Keong.
        Refund for Aunty Mei Ling, Maybank acc 1123 4567 8901, RM150, she cancel because her knee surgery next week. Proceed can?
        Kenny Ho 的车 plate WXB 8812 parked at the loading bay again, mall security already give warning, pls tell him lah.
        Waiver form: Nama Muhammad Irfan bin Rosli, No. KP 020714-14-6631, umur 24, tel 017-552 8093, emergency: ayah 019-227 4410.
        阿明 last night drunk then fight with other customer at dart area, polis came, his name Tan Ah Ming, IC 880925-07-5123, banned 6 months.
        Jessie from Tampines branch say her ex-boyfriend Marvin keep calling the shop, she scared, dia ada PPO against him, don't tell him her shift.
    """),
    "ms": _lines("""
        Pelanggan Encik Zulkifli bin Hamzah (No. KP 780219-08-5513) mengadu dikenakan caj dua kali untuk tempahan meja 5 pada 21 November.
        Sila hubungi Puan Rohani di talian 013-447 2908 berkenaan bayaran balik deposit majlis hari jadi anaknya yang dibatalkan.
        Laporan kecederaan: Amirul Hakim, 19 tahun, terseliuh pergelangan kaki kanan di Zon B, dihantar ke Hospital Shah Alam oleh rakannya.
        Ahli No. 2231, Faridah binti Osman, memohon pembekuan keahlian selama 6 bulan kerana dijangka bersalin pada bulan Februari.
        Alamat penghantaran kayu snuker: Kamal Ariffin, No. 14, Jalan SS 2/55, 47300 Petaling Jaya, Selangor. Tel 012-775 3019.
        Pekerja Haziq masih berhutang RM800 pendahuluan gaji, potongan RM200 sebulan mulai Januari, mohon rahsiakan daripada staf lain.
        Akaun CIMB untuk bayaran balik: 7012 3456 78, nama pemegang NUR ALIA SYAZWANI, jumlah RM65.00, sesi airsoft dibatalkan.
        Encik Razak dari pasukan dart Harimau ditahan polis minggu lepas atas kes dadah, jadi dia tidak boleh bermain dalam liga musim ini.
    """),
    "zh-Hans": _lines("""
        会员王建国，身份证号 110105198803127716，手机 138 1234 5678，于12月3日办理年卡，已付款人民币1280元。
        刘女士投诉上周六在彩弹场被打中脸部，门牙受伤，要求赔偿医药费，她的电话是 186 2233 4410。
        张小芳在飞镖吧打工，她跟我说她爸爸欠了高利贷，最近经常有人来店里找她，大家多注意一下。
        订台记录：黄先生（黄志强），微信号 hzq_snooker88，预订周日晚上8点斯诺克台两小时，押金已付。
        队员李浩然上周检查出心脏早搏，医生不建议参加激烈的彩弹对抗赛，请教练把他从比赛名单里移除。
        收货人：周敏，上海市徐汇区漕溪北路88弄5号1202室，电话 139 1770 2256，商品：定制球杆一支。
    """),
    "zh-Hant": _lines("""
        陳大文先生（香港身份證 K654321(3)）於11月30日在旺角分店打波時跌倒，右手腕骨折，已送廣華醫院。
        林太話佢個仔林浩賢成日喺我哋波樓欠錢唔還，叫我哋唔好再俾佢掛單，佢電話 9123 6647。
        台北會員吳佩珊，身分證 A223456789，信用卡末四碼 8812，申請退費NT$1,200，原因：懷孕不宜參加生存遊戲。
        阿Ken（何家俊）上星期喺飛鏢吧同人打交，差人落咗口供，老闆話佢暫停會籍三個月。
        澳門分店投訴：梁小姐話佢前男友成日喺門口等佢放工，佢已經報警，請同事唔好透露佢嘅上班時間。
        退款帳戶：匯豐銀行 012-345678-001，戶口持有人 CHAN MEI KWAN，金額 HK$480，取消生日派對。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Cue Haven Billiards at Bugis Junction. Confirm table, date, time and contact before booking.",
        ),
        (
            "user",
            "Hi, I want to book a 9-ball table for Friday 8pm to 10pm, 4 people. Name is Desmond Yeo, phone 9812 3346.",
        ),
        (
            "assistant",
            "Thanks Desmond. I have reserved Table 6 (9-ball) for Friday, 8pm to 10pm, for 4 players under Desmond Yeo, contact 9812 3346. A $20 deposit via PayNow secures the slot.",
        ),
        ("user", "Ok can. Also my friend is left-handed, any table near the wall is a problem?"),
        (
            "assistant",
            "Table 6 has clearance on all sides, so a left-handed player will have no trouble. See you on Friday.",
        ),
    ],
    [
        (
            "user",
            "Help me write a short incident report. Paintball session yesterday 3pm, Field A. Player Nicholas Foo Jun Kai, NRIC T0312874B, age 22, got hit on the neck, small bleeding, our first aider cleaned it, he went home by Grab.",
        ),
        (
            "assistant",
            "Incident Report. Date/time: yesterday, 3.00pm, Field A. Person involved: Nicholas Foo Jun Kai (NRIC T0312874B), 22. Description: struck on the neck by a paintball, minor bleeding. Action: wound cleaned by on-site first aider; player declined further treatment and left by Grab. Follow-up: call the player within 48 hours.",
        ),
        (
            "user",
            "Add that he was not wearing the neck protector even though marshal reminded him.",
        ),
        (
            "assistant",
            "Added: Prior to the game the marshal reminded the player to wear the neck protector, but he chose not to wear it.",
        ),
    ],
    [
        (
            "system",
            "You help staff of a Kuala Lumpur darts bar write polite customer messages in English or Malay.",
        ),
        (
            "user",
            "Can help me write WhatsApp msg to one member, Faizal Rahman, he owe RM680 bar tab since September, number 016-882 1045. Want polite but firm lah.",
        ),
        (
            "assistant",
            "Hi Encik Faizal, hope you are well. This is a friendly reminder that your bar tab with us stands at RM680 since September. We would appreciate settlement by 20 December via bank transfer or at the counter. Thank you for being a loyal member.",
        ),
        ("user", "Make it Malay also."),
        (
            "assistant",
            "Salam Encik Faizal, ini peringatan mesra bahawa baki tab bar anda berjumlah RM680 sejak September. Mohon jelaskan sebelum 20 Disember melalui pindahan bank atau di kaunter. Terima kasih kerana menjadi ahli setia kami.",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis surat aduan kepada pengurusan pusat snuker. Nama saya Nor Azlina binti Yusof, alamat No. 8, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam. Anak saya dihalau keluar tanpa sebab pada 2 Disember.",
        ),
        (
            "assistant",
            "Kepada Pengurus, Pusat Snuker. Saya, Nor Azlina binti Yusof, beralamat di No. 8, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam, ingin membuat aduan rasmi berkenaan anak saya yang telah diarahkan keluar dari premis tanpa sebab yang jelas pada 2 Disember. Saya memohon penjelasan bertulis dalam tempoh tujuh hari.",
        ),
        ("user", "Terima kasih, tambah nombor telefon saya 012-390 6624."),
    ],
    [
        ("system", "你是新加坡一家台球会所的会员服务助手。"),
        (
            "user",
            "我是会员郑美玲，会员号 G-10582，最近确诊乳腺癌要做化疗，想暂停会籍六个月，需要什么手续？",
        ),
        (
            "assistant",
            "郑女士您好，很遗憾听到这个消息，祝您早日康复。医疗原因暂停会籍可免手续费，请将医生证明拍照发到会员服务邮箱，注明会员号 G-10582，我们会在三个工作日内处理。",
        ),
        ("user", "好的，余额还剩新币120元，会保留吗？"),
        ("assistant", "会的，储值余额和积分在暂停期间全部保留，恢复会籍后可以继续使用。"),
    ],
    [
        (
            "user",
            "幫我將呢段翻譯做英文：本人黃志明，住九龍灣啟業邨啟泰樓1203室，上星期六喺你哋觀塘波樓畀職員推跌，膝頭受傷，要求賠償。",
        ),
        (
            "assistant",
            "I, Wong Chi Ming, residing at Flat 1203, Kai Tai House, Kai Yip Estate, Kowloon Bay, was pushed over by a staff member at your Kwun Tong billiard hall last Saturday and injured my knee. I request compensation.",
        ),
        ("user", "再加一句：我已經去咗聯合醫院睇急症，有醫生紙。"),
        (
            "assistant",
            "I have already attended the Accident and Emergency Department of United Christian Hospital and have a medical certificate.",
        ),
    ],
    [
        (
            "system",
            "CRM context for this chat: customer Melissa Chan Pei Shan, member #7719, mobile +65 9455 0182, email mel.chanps@gmail.com, note: filed complaint about overcharging on 28 Nov, outcome pending.",
        ),
        ("user", "Customer just walked in asking about her complaint. What do I tell her?"),
        (
            "assistant",
            "Melissa's overcharging complaint from 28 Nov is still pending. Apologise for the wait, confirm her mobile +65 9455 0182 is still correct, and tell her the outlet manager will call her within two working days.",
        ),
    ],
    [
        (
            "user",
            "Need to post suspension notice for our pool league. Player Wong Kah Seng from Team Pocket Rockets, he got caught for match fixing bets, police investigating. How to word it?",
        ),
        (
            "assistant",
            "I would keep a public notice factual and avoid mentioning the police case. Suggested text: Wong Kah Seng (Team Pocket Rockets) is suspended from all league fixtures with immediate effect pending a disciplinary review. The committee will not comment further at this time.",
        ),
        ("user", "Ok, but in the committee email can mention the police thing right?"),
        (
            "assistant",
            "Yes, an internal email to committee members only can state that Wong Kah Seng is under police investigation for alleged betting on fixed matches, marked confidential.",
        ),
    ],
    [
        (
            "user",
            "Summarise these rows for me: 1041,Ahmad Danial,danial.ahmad97@yahoo.com,013-662 4081,airsoft,waiver signed | 1042,Chong Li Ting,lt.chong@hotmail.com,012-918 2273,paintball,waiver missing",
        ),
        (
            "assistant",
            "Two bookings. Ahmad Danial (danial.ahmad97@yahoo.com, 013-662 4081) is booked for airsoft and has signed the waiver. Chong Li Ting (lt.chong@hotmail.com, 012-918 2273) is booked for paintball but the waiver is missing; ask her to sign before the session.",
        ),
        ("user", "Thanks. Draft an SMS to Li Ting about the waiver."),
        (
            "assistant",
            "Hi Li Ting, this is the arena team. Please sign your paintball waiver before your session using the link in your booking email, or at our counter on arrival. Thank you!",
        ),
    ],
    [
        ("system", "Anda pembantu kaunter arena airsoft di Johor Bahru."),
        (
            "user",
            "Pemain baru, Lee Wen Hui, No. KP 990605-01-6218, ada epilepsi tapi dah makan ubat. Boleh dia main CQB tak? Ada lampu strobe dalam arena.",
        ),
        (
            "assistant",
            "Untuk keselamatan, lampu strobe boleh mencetuskan sawan bagi penghidap epilepsi. Cadangan: matikan strobe untuk sesi Lee Wen Hui atau tempatkan dia di padang luar, dan minta dia menandatangani borang perubatan tambahan.",
        ),
        ("user", "Ok, emergency contact dia mak, 07-355 2841. Nak letak mana?"),
        (
            "assistant",
            "Masukkan dalam ruangan Kenalan Kecemasan pada borang penepian: ibu, 07-355 2841, dan tandakan kad pemain dengan label perubatan supaya marshal tahu.",
        ),
    ],
]
