# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en252: SG/MY equestrian centres, riding schools and horse owners (livery, vet visits, lessons, competitions, falls and injuries). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en252
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "price_list"): _lines("""
        Full livery (Mount Pleasant barn), per horse per month: S$2,850 incl. 2 feeds, hay, bedding and turnout; farrier and vet billed separately at cost.
        Part livery from S$1,900/month: owner does weekday exercise, yard does mucking out and feeds. 30 days' notice required to change package.
        Private lesson, 45 min on a school horse: S$145 (member) / S$170 (guest). Semi-private (2 riders): S$120 per rider. Prices incl. 9% GST.
        Pony Club Saturday package, 8 sessions x 1 hr, ages 7-12: RM 1,280. Helmet and body protector loan RM 10 per session, payable at the counter.
        Trail ride Bukit Kiara 90 min: RM 220 per rider, minimum 2 riders, max weight 90 kg, closed shoes compulsory. Bookings via office line 03-2093 4471.
        Farrier: trim RM 120, front shoes RM 260, full set RM 420, remedial egg-bar shoe RM 180 per foot. Call-out outside Klang Valley add RM 150.
        Vet call-out within 15 km: S$180 weekdays, S$320 after 7pm and on public holidays. Colic emergency deposit S$500 payable before treatment starts.
        Dental float (sedation included) S$390 per horse; EHV-1/4 + flu combo vaccination S$145; Coggins test S$210 including lab fees.
        Stable rental for show week at Equine Park Seri Kembangan: RM 650/box/week, 10 bales of shavings included, extra bale RM 28.
        Horse transport Singapore to Johor via Tuas Second Link, 2-horse float: S$1,150 one way; export permit processing S$85 per horse.
        Summer riding camp, 5 days 9am-3pm, lunch and grooming kit included: S$880. Early-bird S$790 if paid by 31 May. Siblings get 10% off.
        Arena hire (60 x 30 m, floodlit): S$95 per hour, jump set-up fee S$40. Bookings close 24 h ahead; no refunds for wet-weather closures under 1 hour.
        Heritage Cup sponsorship: Bronze S$3,000 (banner), Silver S$7,500 (class naming), Gold S$15,000 (jump branding + 10 VIP passes).
    """),
    ("en", "staff_group_chat"): _lines("""
        Morning team: box 14 off feed since 6am, pls keep on hay only and note dung output every 2 hrs. Vet on the way, ETA 10:30.
        Arena B surface too wet after last night's rain, all lessons move to the covered arena until 2pm. Pls update the booking board.
        Farrier coming Thu 8am for Duchess, Captain Jack and Mr Bean. Have them in the wash bay by 7:45 with clean feet pls.
        Reminder: fly masks on all the greys before 9am, UV index very high today. Sunscreen on pink noses too, esp. Snowy and the pony Ah Boy.
        Hay delivery delayed, lorry stuck at Woodlands checkpoint. We have 2 days' stock, ration at 80% for the big horses until it arrives.
        Whoever used the tack room last night, the door was left unlocked. From today last person out must log it in the key book, no exceptions.
        Weekend show team: trailer check done, tyres OK, breakaway cable replaced. Leaving yard 5:30am Sat, vet certs in the blue folder.
        Box 7 was cast in the stall overnight, minor scrape on left hock, cleaned with chlorhex. Watch for heat and swelling, report at evening feed.
        Supplier changed the pellet bag to 20 kg, new feed chart pinned by the feed room door. Ponies now get 1.5 scoops per feed, not 2.
        Lightning alert on the myENV app, all riders out of the outdoor arena now pls. Horses in, doors half closed, resume when the all-clear comes.
        Stock take: 3 tubes of bute left, 1 bottle of Betadine, no more vet wrap. Will order from the equine supply shop in Pasir Ris tomorrow.
        Can someone cover the 4pm group lesson? Rota shows it's open. Kids are beginners, use the two quiet cobs in boxes 2 and 3.
        Water trough in paddock 3 leaking again, valve turned off. Facilities says plumber only comes Monday, fill buckets manually till then pls.
    """),
    ("en", "history_and_public_figures"): _lines("""
        Horse racing in Singapore ended on 5 October 2024, when the Singapore Turf Club at Kranji held its final meet headlined by the Grand Singapore Gold Cup.
        The first race meeting in Singapore was held in 1843 at Farrer Park, organised by the Singapore Sporting Club, later renamed the Singapore Turf Club.
        The Singapore Turf Club moved from its Bukit Timah course to Kranji in 1999, and the old Bukit Timah grounds were later returned to the state.
        Caroline Chew made history as Singapore's first Olympic equestrian, riding dressage at the Tokyo 2020 Games.
        Qabil Ambak represented Malaysia in dressage at the London 2012 Olympics, a landmark for equestrian sport in the country.
        The 2008 Beijing Olympic equestrian events were staged in Hong Kong, at Sha Tin and Beas River, because of strict horse quarantine rules on the mainland.
        The Singapore Polo Club traces its history to 1886, when officers of the garrison played on open ground before settling at Mount Pleasant Road.
        Happy Valley Racecourse has hosted racing since 1846, while the Hong Kong Jockey Club opened Sha Tin Racecourse in 1978.
        Racing in Macau ended in April 2024 when the Macau Jockey Club's concession expired, closing the Taipa racecourse after decades of operation.
        Anna Sewell published Black Beauty in 1877; the novel is still the most borrowed title in our clubhouse reading corner.
        Walter Farley's The Black Stallion and Marguerite Henry's Misty of Chincoteague are on the Pony Club reading list for juniors this term.
        Princess Anne rode for Great Britain in eventing at the 1976 Montreal Olympics, and her daughter Zara Tindall won team silver at London 2012.
        Terengganu has hosted FEI endurance rides at its international endurance park, drawing teams from the Gulf states and Europe.
    """),
    ("ms", "notis_kelab"): _lines("""
        NOTIS: Gelanggang luar ditutup pada 14-16 Jun untuk kerja menaik taraf pasir. Semua kelas dipindahkan ke gelanggang berbumbung.
        Semua penunggang wajib memakai topi keledar bertaraf VG1 atau ASTM F1163 dan kasut bertumit. Bawah 16 tahun perlu pakai jaket pelindung badan.
        Pengunjung dilarang memberi makan kuda tanpa kebenaran kakitangan. Sesetengah kuda alah kepada gula dan roti, sila patuhi papan tanda.
        Pendaftaran Kejohanan Lompat Halangan Terbuka Selangor dibuka sehingga 20 Julai. Yuran RM 180 sekelas, borang di kaunter pejabat kelab.
        Waktu operasi bulan Ramadan: kelas pagi 7.30-10.30 pagi, kelas petang 5.00-6.45 petang. Tiada kelas semasa waktu berbuka puasa.
        Semua kuda yang masuk ke kawasan kelab mesti ada sijil vaksin influenza ekuin yang sah dan pasport FEI atau kad pengenalan kuda.
        Amaran cuaca: jika kilat dikesan dalam radius 8 km, semua aktiviti luar dihentikan serta-merta. Sila tunggu di surau atau lobi kelab.
        Pejabat kelab: Lot 12, Jalan Ekuestrian, 43300 Seri Kembangan, Selangor. Talian am 03-8941 2210, WhatsApp 011-2765 4400 (waktu pejabat sahaja).
        Yuran penjagaan kuda bulan Ogos perlu dijelaskan sebelum 7hb. Akaun syarikat: Maybank 5141 2290 7788, atas nama Kuda Hijau Equestrian Sdn Bhd.
        Kursus asas penjagaan kuda (2 hari) untuk belia 13-17 tahun, anjuran bersama Majlis Sukan Negeri Selangor. Tempat terhad kepada 20 peserta.
        Peringatan: kawasan kandang adalah zon larangan merokok dan vape. Denda kelab RM 200 dikenakan kepada ahli yang melanggar peraturan.
        Doktor veterinar kelab bertugas setiap Selasa dan Jumaat, 9 pagi hingga 12 tengah hari. Kes kecemasan luar waktu: hubungi talian kelab 24 jam.
        Majlis penyampaian hadiah Piala Pengerusi akan diadakan di dewan kelab pada 3 Ogos, jam 8 malam. Pakaian: batik atau smart casual.
    """),
    ("zh-Hans", "马术俱乐部常见问题"): _lines("""
        问：第一次骑马需要准备什么？答：穿长裤和带跟的鞋即可，头盔和护甲由俱乐部免费提供，请提前15分钟到场签署免责声明并观看安全短片。
        问：几岁可以开始学骑马？答：我们建议6岁以上的小朋友从小马课开始，身高需满115厘米，每节课30分钟，由两名教练陪同牵马。
        问：可以寄养自己的马吗？答：可以。全寄养每月新币2,850元，包括饲料、干草、垫料和每日放牧；兽医和蹄铁匠费用按实际另计。
        问：从中国大陆进口马匹到新加坡需要哪些文件？答：需要新加坡动物与兽医服务署签发的进口许可证、官方健康证明以及隔离检疫记录。
        问：下雨天课程会取消吗？答：小雨照常在室内场地上课；如有雷电警报，所有户外活动暂停，因天气取消的课程可在30天内免费改期。
        问：课程套餐可以转让吗？答：10节课套餐有效期为6个月，可转让给同一家庭成员使用，需在前台登记备案，恕不设现金退款或延期。
        问：如何联系俱乐部？答：请拨打办公室热线+65 6552 8190（周二至周日9:00-18:00）或发邮件至 enquiry@palmridge-equestrian.sg。
        问：马匹多久需要打一次疫苗？答：马流感疫苗每6个月加强一次，破伤风每年一次；未按期接种的马匹不得参加俱乐部内部或外部比赛。
        问：体重有没有限制？答：为了马匹的健康，学员体重上限为90公斤，超过此体重的学员可预约我们的大型温血马进行一对一私教课。
        问：参加场地障碍比赛需要什么资格？答：需持有新加坡马术联合会（EFS）的有效骑手注册，以及马匹的年度注册、护照和疫苗记录。
        问：俱乐部有停车位吗？答：有，访客停车场共40个车位，周末上午较满，建议搭乘出租车，或从附近地铁站转乘巴士前来，步行约十分钟。
        问：可以带宠物狗来马场吗？答：为了人和马的安全，除导盲犬外，所有宠物一律不得进入马厩和训练场地区域，以免惊吓马匹，敬请谅解。
        问：摔马受伤了怎么办？答：教练均持有急救证书，场内备有急救箱和AED；所有课程费已包含个人意外保险，理赔手续请联系前台办理。
    """),
    ("zh-Hant", "賽事公告"): _lines("""
        【賽事公告】秋季盛裝舞步公開賽將於10月18至19日在香港賽馬會雙魚河鄉村會所舉行，報名截止日期為9月30日下午5時，逾期恕不受理。
        各參賽馬匹須於賽前48小時抵達場地並完成獸醫檢查，未能出示有效馬流感疫苗紀錄者將不獲准出賽，報名費及馬房費用恕不退還，敬請留意。
        場地障礙賽設三個級別：80厘米、100厘米及115厘米，每級別報名費港幣1,200元，另加馬房租用費每晚港幣650元，木糠另計。
        比賽成績將即時上載至大會網站及官方Facebook專頁，如對成績有異議，須於公布後30分鐘內以書面形式向大會技術代表提出。
        中華民國馬術協會提醒：所有騎手須配戴符合國際馬術總會（FEI）標準的安全帽並扣好下巴帶，違者將即時被取消比賽資格，敬請各隊領隊轉告。
        大會查詢熱線：+852 2966 8111（辦公時間），電郵：events@hkequestrian-open.hk；傳媒查詢請聯絡大會公關部。
        因應天文台發出三號強風信號，原定下午舉行的青少年組賽事將押後至翌日上午9時，詳情請留意大會網站及官方社交媒體專頁的最新通告，不便之處，敬請原諒。
        頒獎典禮將於賽後在會所宴會廳舉行，各級別冠軍將獲頒獎盃、綵帶及由贊助商提供的馬具禮券，歡迎所有觀眾及參賽隊伍出席，典禮約於晚上7時開始。
        場地開放時間：試場日上午7時至下午5時；比賽日上午6時30分開放熱身場，觀眾免費入場，請勿在馬匹附近使用閃光燈或無人機。
        澳門賽馬會於2024年4月結束營運後，氹仔馬場的馬匹陸續運往內地及海外，部分退役馬匹由動物福利機構安置，馬場土地將改作其他用途。
        比賽規則依照國際馬術總會最新版盛裝舞步規則執行，評分表可於大會秘書處索取，或於大會網站下載PDF版本，如有疑問請向技術代表查詢。
        義工招募：大會需要約60名義工協助計時、場地復位及觀眾指引，有興趣者請於網上表格登記，名額有限，額滿即止，義工將獲發大會紀念T恤及午膳。
        獸醫及救護安排：場內全日駐有兩名註冊獸醫及聖約翰救傷隊，如遇緊急情況請即時聯絡場地控制中心（內線2301），切勿自行移動受傷騎手。
    """),
    ("mixed", "booking_system_logs_config"): _lines("""
        2025-06-14T07:02:11+08:00 INFO booking.create id=BK-2025-061402 arena=COVERED_A slot=08:00-08:45 horse_id=H-0147 status=CONFIRMED
        2025-06-14T07:05:43+08:00 WARN feed.scheduler box=14 missed_feed=breakfast reason=refused retry_in=120m
        config.yaml: timezone: Asia/Singapore | currency: SGD | gst_rate: 0.09 | max_riders_per_group: 6 | lightning_radius_km: 8
        SELECT horse_id, name, breed, dob, microchip_no FROM horses WHERE livery_type = 'FULL' AND active = 1 ORDER BY box_no;
        CSV header: booking_id,lesson_type,instructor_code,horse_id,slot_start,slot_end,amount_myr,payment_ref,status
        2025-06-14 09:12:03 ERROR payment.gateway txn=TXN8F3A21C0 provider=ipay88 code=E-1017 msg=Timeout, retry 2/3 queued
        horse_record = {'id': 'H-0147', 'name': 'Sir Lancelot', 'breed': 'Thoroughbred x Arab', 'height_hh': 15.2, 'vaccinated': True}
        Cron: 0 5 * * * /opt/stable/bin/send_feed_chart --yard=kranji --lang=en,zh,ms >> /var/log/stable/feed.log 2>&1
        2025-06-14T10:30:00+08:00 INFO vet.visit created visit_id=VV-8841 horse_id=H-0092 type=colic_check practice=VP-03 fee_sgd=180.00
        Notification template (ms): Kelas anda pada {tarikh} jam {masa} telah disahkan. Sila tiba 15 minit awal. Balas BATAL untuk membatalkan.
        短信模板：您好，{学员姓名}的{课程名称}已确认，时间{日期} {时间}，请提前15分钟到场并穿好长裤和靴子，回复TD退订。
        git log: a3f9c21 (HEAD -> main) fix: recalc livery invoice when horse moves mid-month; bump stable-mgr to v2.14.3
        2025-06-14T18:45:17+08:00 INFO incident.logged id=INC-0612 type=fall severity=minor arena=OUTDOOR_B first_aid=yes ambulance=no
    """),
    ("mixed", "supplier_invoices"): _lines("""
        TAX INVOICE No. INV-2025-00871 | Greenfield Hay Trading Pte Ltd, UEN 201634517K | 120 bales Timothy hay @ S$38.50 = S$4,620.00, GST 9% S$415.80
        Invois Cukai No. KH/2506/0142 | Kedai Kuda Sdn Bhd (201901023456) | Pelet kuda 20 kg x 40 beg @ RM 98.00 | Jumlah RM 3,920.00
        发票号码 HK-EQ-24519 | 雙魚河馬具有限公司 | 馬鞍墊 x 6 @ HK$480，韁繩 x 4 @ HK$650，合計 HK$5,480，付款期限30天
        Bill to: Palm Ridge Equestrian Centre Pte Ltd, 10 Pasir Ris Farmway 3, Singapore 518226 | Due: 30 Jun 2025 | Ref PO-7719
        Farrier services invoice FS-0619: 14 trims, 6 full sets, 2 remedial shoeing, call-out x1, Total RM 4,110.00. Bank: CIMB 8600 1234 56 (Ironshoe Farriery Enterprise).
        Equine Vet Partners LLP (UEN T19LL0123D) statement: 12 visits in May, drugs & consumables S$2,318.40, lab (CBC x5) S$650.00, balance due S$6,102.40.
        采购单 PO-20250612-03：木屑垫料 200包 @ RM 24，驱蝇喷雾 Absorbine UltraShield 24瓶，送货至 Lot 12 Jalan Ekuestrian, Seri Kembangan。
        Credit note CN-0098 issued against INV-2025-00844: 5 bales returned (mouldy), value S$192.50 + GST S$17.33. Refund to original payment method.
        Shipping: 2 x Stübben saddles, DHL AWB 1234567890, HS code 4201.00, declared value EUR 5,980, ETA Changi Airfreight Centre 18 Jun.
        Saddlery order #SO-44821: Horseware Amigo turnout rug 6'3 x2, Rambo fly sheet x1, Dy'on hunter bridle x1, subtotal S$1,247.00 before GST.
        Quotation Q-2025-031 (Kuda Hijau Equestrian Sdn Bhd, SST No. W10-1808-32000123): arena resurfacing 2,000 m² silica sand + fibre, RM 86,500 excl. SST.
        付款提醒 Payment reminder: Invoice INV-2025-00871 is 14 days overdue. Please remit S$5,035.80 to DBS 072-123456-7 (Greenfield Hay Trading Pte Ltd).
        Receipt RCPT-558201 | Tack shop POS 02 | 1 x Charles Owen helmet size 57, 1 x Ariat Heritage boots UK6 | Paid NETS | S$1,089.00
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Rider: Tan Wei Ling, NRIC S8834571F, DOB 14/03/1988, emergency contact: husband Tan Jun Hao +65 9172 6648.
        Jasmine Koh fell off at the oxer during Sunday's lesson and fractured her left wrist; she's at KTPH orthopaedics, surgery booked Thursday.
        Livery arrears: Mr Rajesh Pillai owes S$8,550 for 3 months' full livery on his mare; lawyer's letter sent to 23 Jalan Kembangan, Singapore 419120.
        Can anyone reach Darren? His number is 9634 2871, the farrier needs him to sign off on the remedial shoes today.
        Incident form: Rider Nur Aisyah binte Rahim (14), NRIC T0923418C, suspected concussion after fall from pony, mother informed at 4:12pm.
        Owner's email for invoices: melissa.chua.rides@gmail.com. She wants the receipts split between her and her ex-husband after the divorce.
        Hi coach, it's Priya's mum, she won't come for lessons this month, she's been diagnosed with scoliosis and the doctor said no riding for now.
        Horse float booking for Mr Ong Kah Seng, pickup at 7 Jalan Kuras, Singapore 577702, car plate SJK 4821 M for the gate pass.
        Aunty Gloria's PayNow is 9015 3362, pls transfer the S$320 for the saddle fitting directly to her, she'll issue a receipt later.
        Our stable hand Ah Seng has been on MC for 2 weeks, he's doing chemo at NCCS, please don't roster him until August.
        member_id,name,nric,phone,horse: M0412,Chloe Teo Hui Min,S0245678J,+65 8123 0945,Bellamy
        Payroll query: groom Mohd Faizal bin Ismail, basic S$2,100 + OT S$340, CPF deducted S$488, paid to POSB 198-45612-3.
        Parent note: Ethan Wong (age 9) has a severe peanut allergy and carries an EpiPen in his backpack; dad Kelvin 9871 2043 if anything happens.
        Photo from yesterday's show: that's Rachel Lim on Bellamy clearing the 1.10m, she's 5 months pregnant, don't post it on the club page pls.
        Complaint from Mr Samuel Yeo (samuel.yeo84@yahoo.com.sg): his daughter was left unsupervised on the lunge line and fell; he is threatening to sue.
        Insurance claim: insured Marcus Goh Teck Wee, policy EQ-77810234, horse Thunder, colic surgery S$14,800, refund to OCBC 501-234567-001.
        Vet note: owner Mrs Anita Menon asked to delay payment as her husband lost his job in March; agreed to instalments of S$400 a month.
        Note to self: call Jeremy Sim back about his arrest last week, the committee wants to know if he can still ride in the inter-club event.
    """),
    "ms": _lines("""
        Penunggang: Muhammad Hafiz bin Abdullah, No. MyKad 990315-14-5527, alamat No. 18, Jalan Melati 3, Taman Sri Muda, 40400 Shah Alam.
        Kak Ros jatuh dari kuda petang tadi, tulang selangka patah, sekarang di wad ortopedik Hospital Serdang. Suami dia dah dimaklumkan.
        Sila hubungi Encik Zulkifli di 012-734 5581 untuk ambil kuda dia esok pagi, dia dah setuju bayar tunggakan RM 2,400.
        Pemilik kuda Puan Siti Norhaliza binti Kamal masih berhutang yuran penjagaan RM 5,700; notis tuntutan dihantar ke siti.norhaliza77@gmail.com.
        Nombor plat kereta ibu bapa untuk pas masuk: WVB 7721 (Puan Rohani), BPK 3390 (Encik Azman). Sila serah kepada pengawal.
        Jurulatih kami Faridah sedang cuti bersalin hingga Oktober, kelas Sabtu dia diambil alih oleh jurulatih lain.
        Borang pendaftaran: Nama: Nurul Izzah binti Hassan | Umur: 12 | Tel penjaga: 019-228 4417 | Alahan: asma, bawa inhaler.
        Gaji Amir bulan ni RM 1,850 masuk akaun Maybank 1621 4408 9932, tolong semak sebab dia kata potongan KWSP salah.
        Aduan: Encik Lee Chong Hin (MyKad 760822-07-5131) mendakwa kudanya cedera di kandang dan minta pampasan RM 12,000 daripada kelab.
        Pak Mat penjaga kandang kena tahan polis semalam sebab kes dadah, pengurus minta jangan sebut dalam group umum.
    """),
    "zh-Hans": _lines("""
        学员王思远，身份证号 310104199207152318，手机 138 1672 4490，报名周末场地障碍初级班，已缴费新币1,200元。
        陈先生的马上周疝痛做了手术，他说手头紧，兽医费8,600新币想分四期付，老板已经同意了。
        林太太的女儿昨天上课摔下来，脑震荡，现在在中央医院观察，林太说教练没看好孩子，要向俱乐部正式投诉教练。
        马主张志强（微信号 zzq_horse88）的马寄养费已欠三个月，共计人民币4.2万元，请财务尽快联系他。
        阿明最近离婚了，情绪不太好，这周六和周日的骑术课先帮他取消，学费顺延，别在群里说。
        会员资料：刘晓敏，女，1995年8月出生，住址 Blk 512 Hougang Ave 5 #08-231，紧急联系人母亲 9126 3375。
        教练黄丽华怀孕四个月了，医生建议不要再上马，请把她下个月的私教课全部转给其他教练，学员那边由前台通知。
        请把发票寄到 zhao.yuting@163.com，抬头写赵雨婷个人，不要写公司名。
    """),
    "zh-Hant": _lines("""
        騎手資料：何詠詩，香港身份證 K312456(3)，電話 9321 7654，馬匹寄養於雙魚河，緊急聯絡人為丈夫。
        鄭太話佢個仔上星期跌馬斷咗手，而家喺威爾斯親王醫院，想問保險點賠，醫藥費已經用咗八千幾蚊。
        台灣會員：吳承翰，身分證字號 F128473650，地址：台北市士林區中山北路七段88巷5號3樓。
        陳生欠咗馬房三個月寄養費，合共港幣54,000，佢話等離婚官司完咗先還，叫我哋唔好再打去佢屋企。
        澳門馬主梁志偉先生的電郵 leung.cw.macau@gmail.com，手機 +853 6628 1453，請把獸醫報告寄給他。
        教練阿芬確診乳癌，下個月開始化療，馬會暫停佢嘅課堂，請大家唔好外傳，有學生問就話佢放長假。
    """),
    "mixed": _lines("""
        Eh the new boarder Mr Kuan's horse kena colic last night lah, his wife also 住院 after a fall, so he cannot come, call him 9823 4410 later.
        Booking: Lau Mei Fong 刘美芳, IC 850614-10-6128, 2 kids private lesson Sat 9am, bayar guna DuitNow 012-667 3391.
        Ah Boy Tan dari Johor Bahru tu, kuda dia still belum bayar livery RM 3,600, nak hantar surat ke rumah dia di Taman Molek, 81100 JB.
        2025-06-14T16:20:11+08:00 WARN incident.logged rider=Goh Shu Fen nric=S9012873E injury=suspected_fracture hospital=NUH
        Uncle Raj's Grab driver cannot find the stable lah, his house is 45 Sunrise Drive, Singapore 806587, 他的电话 8765 0912.
        Coach Melvin 欠我 S$2,000 since March, kata nak bayar after competition, tapi sampai sekarang tak jawab WhatsApp.
        Siew Ling 你的 EFS rider registration expired already, 我帮你 renew 需要你的 NRIC S9276541B 和 DOB 12/09/1992, ok ah?
        Vet form: Owner 黄国明 Wong Kok Ming | Tel +60 16-998 2241 | Horse: Zorro (gelding) | Note: owner diabetic, cannot lift, needs groom help at loading.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for a riding school in Pasir Ris, Singapore. Be brief and friendly.",
        ),
        (
            "user",
            "Hi, I want to book a private lesson for my daughter Chloe Tan, she's 10, this Saturday morning. My number is 9123 8876.",
        ),
        (
            "assistant",
            "Thanks! Saturday 9:00 and 10:00 are open for a 45-minute private lesson on a school pony. Which slot suits Chloe?",
        ),
        ("user", "9am pls. Also she had a knee operation in March, is it ok for her to ride?"),
        (
            "assistant",
            "Please bring a note from her surgeon clearing her for riding; the instructor will keep the lesson at walk and trot. I have pencilled in 9:00 under 9123 8876.",
        ),
    ],
    [
        (
            "user",
            "Help me write an incident report. Rider Daniel Chia Wen Jie, NRIC S9523417H, fell at the second fence at 3:40pm today, landed on his shoulder.",
        ),
        (
            "assistant",
            "Incident report: At 15:40, rider Daniel Chia Wen Jie (NRIC S9523417H) fell at fence 2 and landed on his shoulder. Please add: the horse, arena, first aid given, witnesses and whether he went to hospital.",
        ),
        (
            "user",
            "Horse was Bellamy, outdoor arena B, ice pack given, his father drove him to Changi General A&E. Witness was the instructor on duty.",
        ),
        (
            "assistant",
            "Updated: first aid (ice pack) given on site; his father took him to Changi General Hospital A&E. Witness: instructor on duty. Horse Bellamy checked by the yard, no injury.",
        ),
    ],
    [
        ("system", "Anda pembantu pentadbiran untuk sebuah kelab ekuestrian di Selangor."),
        (
            "user",
            "Tolong tulis surat tuntutan kepada Encik Rahman bin Yusof, No. 7, Jalan Cempaka 2/5, Bandar Baru Bangi, 43650 Selangor. Dia hutang yuran penjagaan kuda RM 6,300.",
        ),
        (
            "assistant",
            "Tuan, dengan hormatnya kami merujuk kepada tunggakan yuran penjagaan kuda sebanyak RM 6,300. Mohon jelaskan dalam tempoh 14 hari dari tarikh surat ini. Surat dialamatkan kepada Encik Rahman bin Yusof di No. 7, Jalan Cempaka 2/5, Bandar Baru Bangi.",
        ),
        ("user", "Tambah sekali, kalau tak bayar kami akan jual kuda dia mengikut perjanjian."),
    ],
    [
        (
            "user",
            "帮我写一条微信给马主陈志豪，他的马疝痛住院三天，兽医费新币6,480，他手机是 9734 2258。",
        ),
        (
            "assistant",
            "陈先生您好，您的马这次疝痛住院三天，目前情况稳定。兽医费合计新币6,480元，账单已发到您的邮箱，如有疑问欢迎随时联系我们。",
        ),
        ("user", "语气再客气一点，他最近生意失败，心情不好，可以提一下可以分期。"),
        (
            "assistant",
            "陈先生您好，感谢您一直以来的信任。马儿已经顺利康复，兽医费共新币6,480元；如您方便，我们可以安排分三期支付，请随时告诉我们。",
        ),
    ],
    [
        (
            "user",
            "我個仔李子軒上星期喺沙田學騎馬跌親，斷咗鎖骨，佢香港身份證係 Y547812(6)，想問點樣向馬術學校索償？",
        ),
        (
            "assistant",
            "首先請向學校索取意外報告，並保留醫院的診斷書和收據。之後可以查看學校的公眾責任保險，或你自己購買的個人意外保險。",
        ),
        (
            "user",
            "學校話要我填表，表格要寫佢身份證同住址，住址係沙田第一城16座12樓B室，咁寫得唔得？",
        ),
        ("assistant", "可以，按表格要求填寫即可。建議你用影印本提交，並記下交表日期和負責職員。"),
    ],
    [
        ("system", "You help a Singapore riding club clean up its spreadsheets."),
        (
            "user",
            "Can sort this by surname? Lim Jia Hui S0156782C 9812 3340, Ng Kok Wah S7734521A 9456 1120, Abdul Karim S8823119G 8277 6501",
        ),
        (
            "assistant",
            "Sorted: Abdul Karim, S8823119G, 8277 6501; Lim Jia Hui, S0156782C, 9812 3340; Ng Kok Wah, S7734521A, 9456 1120.",
        ),
        ("user", "ok thanks, 顺便 mask the NRIC lah, 只留最后四个"),
        (
            "assistant",
            "Abdul Karim, XXXXX119G, 8277 6501; Lim Jia Hui, XXXXX782C, 9812 3340; Ng Kok Wah, XXXXX521A, 9456 1120.",
        ),
    ],
    [
        (
            "system",
            "Customer on this chat: Ms Vanessa Ho, vanessa.ho.eq@outlook.com, delivery address 88 Jalan Bukit Merah #05-12, Singapore 150088. Loyalty tier: Gold.",
        ),
        ("user", "What size turnout rug for a 16.2hh warmblood?"),
        (
            "assistant",
            "Most 16.2hh warmbloods take a 6'6 rug, but measure from the centre of the chest to the point of the buttock to be sure.",
        ),
        ("user", "Great, send a 6'6 lightweight rug to my usual address pls."),
        (
            "assistant",
            "Done, Ms Ho. A 6'6 lightweight turnout rug will be delivered to 88 Jalan Bukit Merah #05-12 in 2-3 working days.",
        ),
    ],
    [
        (
            "user",
            "Saya Aina, 29, baru disahkan mengandung 8 minggu. Saya ada kuda sendiri di kelab Seri Kembangan. Boleh saya terus tunggang?",
        ),
        (
            "assistant",
            "Tahniah, Aina. Kebanyakan doktor menasihatkan berhenti menunggang kerana risiko jatuh, walaupun pada awal kehamilan. Sila bincang dengan doktor anda.",
        ),
        (
            "user",
            "Ok. Kalau macam tu saya nak pindah kuda saya ke pakej penjagaan penuh. Nombor saya 013-455 8129 kalau kelab perlu hubungi.",
        ),
    ],
    [
        (
            "user",
            "Summarise this vet log for the owner: 12/06 09:10 H-0147 Sir Lancelot, owner Benjamin Lee Kah Wai, lameness LF grade 2/5, nerve block positive foot, X-ray booked.",
        ),
        (
            "assistant",
            "Dear Mr Benjamin Lee Kah Wai, on 12 June Sir Lancelot was examined for lameness in the left fore (grade 2 out of 5). A nerve block pointed to the foot, so X-rays have been booked.",
        ),
        (
            "user",
            "Add that he still owes S$1,250 from the last visit and we need payment before the X-ray.",
        ),
        (
            "assistant",
            "Please note an outstanding balance of S$1,250 from the previous visit, which needs to be settled before the X-ray appointment.",
        ),
    ],
    [
        ("system", "你是台中一間馬術俱樂部的會員服務助理，請用繁體中文回答。"),
        (
            "user",
            "我要辦入會，名字是蔡佩君，身分證字號 B223145678，生日 1990/04/21，手機 0912-345-678。",
        ),
        (
            "assistant",
            "蔡小姐您好，已收到您的資料。入會費新台幣30,000元，年費新台幣18,000元，首次上課前需完成騎乘能力評估。",
        ),
        ("user", "我有輕微癲癇，這樣可以騎嗎？"),
        (
            "assistant",
            "建議您先請主治醫師評估並開立可從事騎乘運動的證明，俱樂部會安排教練全程陪同並使用較溫馴的馬匹。",
        ),
    ],
]
