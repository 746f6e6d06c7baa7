# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en305: SG/MY cinemas, theatres and concert ticketing (ticket orders, seat changes, refunds for cancelled shows, accessibility requests, lost-and-found, ushers' rosters, complaints). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en305
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "venue_notices"): _lines("""
        Esplanade Concert Hall: latecomers will be admitted only at a suitable break in the programme, as determined by the Front-of-House team. Thank you for your understanding.
        Lift lobby B at Level 3 is closed for maintenance from 2 to 6 Dec 2026. Wheelchair users going to Sands Theatre please use Lift C beside the Bayfront Avenue entrance.
        Golden Village VivoCity Hall 7 will be closed on 14 Dec for a private screening. Tickets for the 7.10pm and 9.40pm sessions can be refunded at the box office or via the GV app.
        Photography, video recording and the use of mobile phones are strictly prohibited during the performance. Please switch off all devices before the overture begins.
        Outside food and drinks are not allowed in the auditorium. Popcorn Combo A (S$12.50) and Combo B (S$15.90) are available at the concession counter on Level 2.
        Lost property found at Victoria Theatre, 9 Empress Place, Singapore 179556 is kept for 30 days. Enquiries: Box Office, Tue-Sun 12pm-8pm, or lostproperty@vt-vch-venue.sg
        Show advisory: Hamilton (International Tour) contains strong language. Recommended for ages 12 and above. Running time approx 2h 45min including a 15-minute interval.
        Please be informed that the 8pm performance of Les Miserables on Saturday 12 Dec has been cancelled due to cast illness. Ticket holders will be contacted within 5 working days.
        Accessible seating: Row W seats 21-28 in the Stalls are reserved for wheelchair users and one companion each. Book via the hotline +65 6348 5555 or at any authorised agent.
        The Capitol Theatre, 17 Stamford Road, Singapore 178907. Doors open 45 minutes before showtime. Nearest MRT: City Hall (EW13/NS25), Exit B, then 3 min walk.
        Car park advisory: Singapore Indoor Stadium Lot B will close at 6pm for the concert. Season parking holders please use Kallang Wave Mall basement levels B1 to B2.
        Hearing loop available in Theatre 2. Ask any usher for a neckloop receiver at the Level 1 cloakroom; no deposit is required, just return it after the show.
        Rain advisory: the outdoor screening of Ratatouille at Fort Canning Green is postponed to Sunday 20 Dec, 7.30pm. Existing e-tickets remain valid for the new date.
    """),
    ("en", "ticketing_faq"): _lines("""
        Q: Can I change my seat after payment? A: Seat changes are allowed up to 24 hours before the show, subject to availability and a S$3.00 administrative fee per ticket.
        Q: The show was cancelled, when will I get my refund? A: Refunds go back to the original card within 14 to 21 working days. PayNow refunds are processed within 7 working days.
        Q: Is a booking fee charged? A: Yes, a booking fee of S$4 per ticket applies to online purchases. It is non-refundable unless the event is cancelled by the organiser.
        Q: Do children need a ticket? A: Every patron, regardless of age, requires a valid ticket. Children below 3 years old are not admitted to evening performances.
        Q: I bought tickets from a reseller on Carousell, will they be valid? A: We cannot guarantee tickets bought from unauthorised sellers. Duplicated QR codes will be rejected at the gate.
        Q: How do I collect tickets for order SIS-26-0048813? A: E-tickets are sent to the email used for booking. Physical tickets can be printed at the Box Office with the order number.
        Q: Can I bring a service dog? A: Guide dogs and certified service animals are welcome. Please inform us at least 3 working days ahead so we can assign an aisle seat.
        Q: How do I use SG Culture Pass credits? A: Select SG Culture Pass at checkout and log in with Singpass. Credits cannot be combined with promo codes on the same order.
        Q: My credit card was charged twice. A: Duplicate charges usually reverse automatically within 3 to 5 working days. If not, email the order number and a screenshot to support.
        Q: What are the box office hours at Dewan Filharmonik Petronas? A: Monday to Saturday, 10am to 6pm, and 2 hours before each concert. Closed on public holidays.
        Q: Are TGV Beanieplex tickets transferable? A: Yes, e-tickets are transferable; simply forward the QR code. Beanie seats are sold in pairs only at RM38.00 per pair.
        Q: What time does the GSC Mid Valley Megaplex box office open? A: 10.00am daily. The last screening usually starts around 11.45pm on Fridays and Saturdays.
        Q: Where is the organiser's UEN for my claim form? A: It is printed on your tax invoice, e.g. UEN 201834567W, directly under the company name and GST Reg No. M90371234X.
    """),
    ("en", "booking_system_logs"): _lines("""
        2026-12-05T19:42:07+08:00 INFO seatmap.lock hall=SANDS-THEATRE show=HAM-1205-2000 seats=[C12,C13] hold_ttl=600s session=8f3a2c91e4
        2026-12-05T19:52:08+08:00 WARN payment.gateway timeout provider=stripe-sg order=SIS-26-0048817 amount=SGD 296.00 retry=2/3
        [refund-worker] batch=RF-20261206-03 cancelled_event=EVT-88213 orders=1,284 total=SGD 187,402.50 status=QUEUED eta=2026-12-20
        ERROR qr.validate gate=G4 venue=AXIATA-ARENA ticket=TKT-7F3K-92LM reason=ALREADY_SCANNED first_scan=2026-12-06 20:11:43 device=SCN-017
        config.yaml: box_office: {currency: MYR, sst_rate: 0.08, max_tickets_per_order: 6, seat_hold_seconds: 480, api_base: https://api.example-ticketing.my/v2}
        INFO usher_roster.publish venue=VICTORIA-THEATRE week=2026-W50 shifts=42 unfilled=3 published_by=svc-roster-bot version=3.4.1
        DEBUG accessibility.assign order=GSC-MV-778120 request=WHEELCHAIR_PLUS_ONE seats=H1,H2 hall=3 fallback=none latency_ms=37
        order_id,event_code,show_datetime,section,row,seat_no,price_myr,booking_fee_myr,status,refund_ref
        TGV-KLCC-20261207-000981,OPP-2D,2026-12-07 21:30,B,F,14,22.00,1.00,REFUNDED,RF-TGV-55120
        cron: 0 3 * * * /opt/ticketing/bin/purge_expired_holds --older-than 15m --venue all >> /var/log/ticketing/purge.log 2>&1
        sha256(event_manifest_EVT-88213.json) = 9c1e4b7a2f03d8e55a61b0c7f2e9d4a8b3c6e1f07a2d5c8b9e0f1a3d6c7b8e92, signed by key KMS-SG-TKT-02
        HTTP 409 Conflict POST /v2/orders/SIS-26-0048821/seat-change {error: SEAT_UNAVAILABLE, requested: Circle 1 D18, alternatives: [D20, D21, E17]}
        release notes v5.12.0: added Malay and Tamil subtitle flags to showtime feed, fixed duplicate refund bug for split-tender (GrabPay + card) orders
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Hall 5 aircon not cold again lah, already logged ticket FM-2026-1183 with facilities. Pls tell ushers to open the side doors during the interval.
        Tonight full house for the 8pm show, 1,642 pax. All ushers report by 6.45pm at stage door, black attire, bring your own torchlight ok.
        Boss say tomorrow matinee cancel already because the lead singer lost voice, official notice will go out by 3pm. Don't tell patrons anything first.
        Eh the QR scanner at Gate 3 keep hang, IT say reboot then update to v2.8.4. If still cannot, use the manual list from box office.
        Lost & found got 3 umbrellas, 1 kid water bottle (Frozen design) and a Samsung powerbank from Hall 2. All logged in LF book page 47 already.
        Reminder: Deepavali week roster already up on the shared drive, shift swap must get duty manager approval by Friday 6pm ya.
        Popcorn machine at Level 3 rosak again, vendor hotline 03-7890 1122 say technician come tomorrow 10am. Use Level 2 counter first.
        Wah today the Jay Chou concert crowd damn a lot, queue until Bukit Jalil LRT station. Pls standby extra barricades at Gate C.
        Hall 1 row K seat 9 the armrest broken, already tape off. Don't sell that seat until maintenance fix, box office pls block in system.
        Security team pls note, tonight no re-entry after 9pm. Patrons who keluar for smoking cannot masuk balik, company policy hor.
        FYI refund counter open 12pm-4pm Sat & Sun only for the cancelled add-on show, bring original receipt. Card refund auto, no need queue.
        Tonight wheelchair patrons 4 pax for stalls, companion seats A22-A25. Pls arrange the ramp at side entrance before 7.15pm, thanks all.
        Supervisor meeting moved to Wed 3pm, Meeting Room 2. Agenda: CNY blockbuster roster, overtime claim form v4, new uniform sizes.
    """),
    ("ms", "notis_panggung"): _lines("""
        Makluman: Persembahan Puteri Gunung Ledang Sebuah Muzikal di Istana Budaya pada 12 Disember 2026 dibatalkan. Bayaran balik akan dibuat dalam tempoh 14 hari bekerja.
        Penonton dinasihatkan hadir 30 minit lebih awal. Pintu dewan akan ditutup tepat jam 8.30 malam dan tiada kemasukan selepas persembahan bermula.
        Pemakaian pakaian sopan diwajibkan. Seluar pendek, selipar dan baju tanpa lengan tidak dibenarkan di Panggung Sari, Istana Budaya.
        Tiket untuk warga emas (60 tahun ke atas) dan OKU diberi diskaun 50%. Sila tunjukkan kad OKU atau MyKad asal di kaunter semasa masuk.
        Barang hilang yang dijumpai di dalam panggung akan disimpan di Kaunter Khidmat Pelanggan selama 14 hari sebelum diserahkan kepada pihak polis.
        GSC Pavilion Bukit Jalil: Harga tiket hari biasa RM18.00 (dewasa), RM13.00 (pelajar dengan kad matrik), RM11.00 (kanak-kanak bawah 12 tahun).
        Talian khidmat pelanggan pawagam: 1300-88-7788, dibuka setiap hari 10 pagi hingga 10 malam. E-mel: khidmat@pawagamsentosa.com.my
        Tayangan filem Mat Kilau: Kebangkitan Pahlawan akan diadakan semula di dewan 4 sempena Hari Kebangsaan, tiket percuma terhad 200 orang sahaja.
        Sila ambil perhatian: Kerusi roda boleh dipinjam secara percuma di kaunter tiket Dewan Filharmonik Petronas, Menara Berkembar PETRONAS, Kuala Lumpur.
        Perubahan tempat duduk hanya dibenarkan sekali bagi setiap tempahan dan perlu dibuat sekurang-kurangnya 48 jam sebelum pertunjukan.
        Syarikat: Panggung Seni Sentosa Sdn. Bhd. (No. Pendaftaran 201901023456 (1334567-K)), Lot 5, Jalan Pinang, 50450 Kuala Lumpur.
        Kanak-kanak di bawah umur 18 tahun tidak dibenarkan menonton filem berkategori 18 walaupun ditemani ibu bapa, mengikut garis panduan LPF.
        Konsert Siti Nurhaliza di Axiata Arena: Pintu dibuka jam 6.30 petang. Beg besar, kamera profesional dan makanan luar tidak dibenarkan.
    """),
    ("zh-Hans", "演出退票公告"): _lines("""
        【退票公告】因不可抗力，原定2026年12月19日在上海大剧院举行的《歌剧魅影》第二场演出取消，已购票观众可于12月31日前在原购票平台申请全额退款。
        大麦网订单号 DM2026120788341 对应场次已取消，退款将按原支付路径退回，预计3至7个工作日到账，本次退票免收任何手续费，请留意短信通知。
        国家大剧院售票处地址：北京市西城区西长安街2号。营业时间：每日10:00至19:00，演出当日延长至开演后半小时，节假日照常营业。
        周杰伦嘉年华世界巡回演唱会新加坡站宣布加场，门票将于本周五中午12点在官方授权平台开售，每个账户限购4张，请勿向黄牛购票。
        温馨提示：1.2米以下儿童谢绝入场；1.2米以上儿童须凭票入场，一人一票，对号入座。演出期间请勿随意走动，禁止拍照录像。
        换座说明：已出票订单不支持在线换座，如需调整请携带纸质票至现场服务台办理，视余票情况安排，每个订单仅限办理一次，差价多退少补。
        无障碍服务：剧院一层设有轮椅席位8个及陪同席位8个，请提前三个工作日致电剧院客服热线 021-6386 8686 预约，现场另有助听设备可借用。
        猫眼电影：《哪吒之魔童闹海》IMAX 3D 场次 20:40，6号厅，票价 ¥65，含服务费 ¥3，目前已售 87%，建议尽早选座。
        失物招领：12月6日晚场散场后在2楼B区拾获黑色双肩包一个、蓝色保温杯一个，请失主携带票根于两周内至一楼服务台认领，逾期将统一处理。
        上海星幕文化传播有限公司，统一社会信用代码 91310115MA1H7QLX3C，开具增值税普通发票时请按此抬头及税号填写，发票将在演出结束后发送。
        《雷雨》是曹禺于1933年创作的话剧，本次北京人艺复排版将于2027年1月在首都剧场连演20场，票价180元至880元不等。
        系统公告：购票接口 v3.2 将于12月10日 02:00-04:00 进行升级维护，期间无法下单、退票及换座，给您带来不便敬请谅解。
        观众评价：座位视野很好，音响效果一流，就是散场时电梯排队太久，停车场出口也很堵，建议剧院增加引导员并开放侧门疏散，整体四星推荐。
    """),
    ("zh-Hant", "票務須知"): _lines("""
        城市售票網提示：香港文化中心大劇院之演出，遲到觀眾須待節目適當時候方可進場，部分節目可能不設中途進場，敬請觀眾準時入座，多謝合作。
        兩廳院售票：國家戲劇院地址為台北市中正區中山南路21-1號，購票服務專線 (02)3393-9888，服務時間每日中午12時至晚上8時。
        退票手續費為票面金額之10%，演出取消者全額退費，款項將於30個工作天內退回原信用卡，如有疑問請洽客服中心，服務時間為週一至週五。
        KKTIX 訂單編號 26120788123456，付款期限為下單後 15 分鐘內，逾時系統將自動取消訂單並釋出座位，請儘速完成付款。
        澳門威尼斯人金光綜藝館：演唱會當日下午4時起開放取票，請攜帶訂單確認電郵及購票時所用之信用卡正本，恕不接受代領，取票處設於大堂東側。
        輪椅座位及陪同者座位須經電話預訂，每位輪椅使用者限一位陪同者，陪同者票價與輪椅席相同，現場亦提供輪椅借用服務，數量有限，先到先得。
        啟德主場館座位分區圖已更新：A1至A12區為場內站位，L2至L6為看台座位，請於購票前確認視線是否受舞台結構阻擋，售出後恕不退換。
        張學友60+巡迴演唱會高雄站加開兩場，拓元售票將於週六中午12:00開賣，每人限購4張，並須先完成會員手機號碼實名認證方可購票。
        遺失物品招領：12月5日晚場於3樓C區拾獲黑色摺傘一把及無線耳機一副，請於14天內攜帶票根至一樓服務台認領，逾期將交警方處理。
        本節目含閃光燈及煙霧效果，對光線敏感之觀眾請特別留意。建議六歲以上觀眾觀賞，節目全長約二小時十五分鐘，含中場休息十五分鐘。
        統一編號 53217894（星光票務股份有限公司）開立電子發票，如需更改買受人統編，請於開票後七日內透過官網客服表單申請。
        經典粵劇《帝女花》由唐滌生編撰，本月於油麻地戲院重演，全院座位均設中英文字幕機，學生及六十五歲以上長者可享半價優惠，每場名額有限。
        影城公告：12月起逢星期二會員日全票價優惠至港幣75元，適用於所有2D場次，IMAX及4DX場次除外，不可與其他優惠同時使用。
    """),
    ("en", "venue_reviews"): _lines("""
        Google review, 4/5: Esplanade Theatre acoustics are excellent, but the queue for the ladies' toilet during interval was crazy long. Ushers were friendly and quick.
        Shaw Theatres Lido seats are super comfy and the IMAX screen is huge. Only downside: the popcorn was stale and S$9.50 for a medium is steep.
        Went to The Projector at Golden Mile Tower for a midnight screening of Blade Runner. Love the retro vibes and bean bags, sound was a bit muddy though. 4 stars.
        TripAdvisor: KLPAC in Sentul Park is a hidden gem. Parking was easy, staff helpful with wheelchair access. The P. Ramlee tribute musical was brilliant.
        Dadi Cinema Pavilion KL is pricey at RM45 for Premiere class, but the recliner seats and free refill drinks make it worth it for a date night.
        1 star. Bought tickets via an app for a concert at Axiata Arena, the show got postponed and after 6 weeks still no refund. Customer service only sends auto-replies.
        The new Kai Tak Stadium is impressive but leaving after the concert took us 90 minutes. MTR Kai Tak station was overwhelmed. Organisers need better crowd flow.
        Victoria Concert Hall: watched the SSO perform Mahler 5 under Hans Graf, the restored hall sounds warm and clear even from the circle seats.
        GV Grand at Great World is worth the splurge: reclining seats, waiter service and the truffle fries are legit. Booked 2 seats for S$78 total on a Friday.
        Capitol Theatre's starry ceiling is gorgeous. Watched a Dick Lee musical there last year and the sight lines from Circle Row B were perfect.
        Sands Theatre: Disney's The Lion King was spectacular, the puppetry of Mufasa and Scar blew the kids away. Merch stall was overpriced though.
        Filmgarde Bugis+ is a solid budget option, weekday matinee only S$9. Hall 3 has a weird slope so avoid the first 4 rows if you are short.
        Service rating 2/5 for the box office at Singapore Indoor Stadium: only one counter open for collection, 40 min queue, staff could not explain the seat change policy.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Refund request from Mr Tan Wei Liang, NRIC S8734521F, for order SIS-26-0051207 (2 x Cat 2, S$376), cancelled Les Mis show on 12 Dec. PayNow to 9176 4402.
        Hi, this is Priya Ramasamy, I left my grey Longchamp bag in Hall 4 at GV Tampines last night, seat F11. Please call me at 8452 1390 if found.
        Accessibility request: patron Mdm Lim Soo Hwa, 78, uses a wheelchair and has severe hearing loss, needs an aisle seat and the hearing loop for the 15 Dec matinee.
        Usher roster wk50: Fri 11/12 Stalls L - Nur Aisyah Binte Rahmat (8123 5567), Circle - Marcus Teo (9012 7786), Gate 3 - Kelvin Ong (on MC till Sat).
        Complaint: the usher named Jason Koh was rude and shouted at my 9-year-old son during the interval. I want a written apology. Sharon Goh, sharongoh88@gmail.com
        Card ending 4421 belongs to Mr Rajesh s/o Kumaran; he disputes the S$248.00 charge for order TKM-SG-884210 and says his wallet was stolen on 3 Dec.
        Please note Ms Felicia Wong (FOH) is 7 months pregnant, do not assign her to the balcony stairs or standing gates until her maternity leave starts on 2 Jan.
        Seat change: booking GSC-1U-220918 under Chong Mei Ling, tel +60 12-388 4710, move from J7-J8 to H7-H8, difference RM6.00 paid by card.
        Found: a Singapore NRIC card S9021547H left at Row D, Esplanade Theatre, after the 8pm show on 6 Dec. Holder contacted, collection pending.
        Ahmad Faizal bin Hamzah was caught recording the concert on his phone and escorted out; police report made at Sentul station, IC 900512-14-6671.
        Staff note: Darren Lim's pay was docked S$220 this month for the missing cash float; he says he will repay the rest of his S$1,500 advance by March.
        Patron Mr Goh Boon Keng (HP 9766 2013) had a seizure during the 3pm show, ambulance called at 4.12pm, taken to Tan Tock Seng Hospital. Incident ref IR-1206-02.
        Delivery address for physical tickets: Blk 412 Bedok North Ave 2, #08-154, Singapore 460412, attn: Stephanie Ng.
        Chua Jun Hao,T0312784C,+65 9834 1172,junhao.chua03@hotmail.com,Stalls K14,2 tickets,PAID
        Hi GV, pls refund my tickets, my mother just passed away and I can't make it to the show on Sat. Order GV-2026-8812045, name Vanessa Lee.
        Bank transfer for refund: DBS account 027-915463-8, account holder Lee Hui Min, amount S$158.00, ref RF-SIS-20261207-114.
        Pls call back on 9773 2815 about the wallet left in Hall 6 yesterday, it's my dad's and his IC is inside, thanks.
        Patron with FIN G7812345N requests that the refund for ticket TKT-8H2P-41QX go to his own PayNow, not to his employer's account.
        Lost & found log LF-1207-09: black iPhone 15, lock screen photo of a boy in school uniform, owner identified as Ryan Sim, 14, collected by his father Sim Kok Wai.
        Incident: patron Mr Steven Yap, seat C22, was drunk and vomited in the aisle; he told the duty manager he is on medication for depression and should not drink.
        Complaint escalation: customer Jeremy Lau has been waiting since Oct for a S$640 refund and threatens to go to CASE; mobile 9145 6620, lives in Punggol Field.
        Proposal booking: Mr Alvin Chan wants to propose to Ms Rachel Tay on screen before the 8.30pm show, Hall 2, Sat 19 Dec, contact alvin.chan.sg@outlook.com.
    """),
    "mixed": _lines("""
        Eh boss, the auntie at counter say she is Mdm Chew's sister, want to collect the lost handbag for her. Mdm Chew Ah Lian HP 9388 1024, can release or not?
        Bro the refund for Encik Hafiz still haven't go through leh, his Maybank acc 1640 2238 9915, he keep calling the counter every day already.
        Roster swap: Kak Ros (Rosmah bt Ismail) take my Sat night shift, I take her Tue morning. She cannot do nights cos her husband just got admitted to HKL.
        Ah Boy from Gate 2 today absent again, his mum call say he kena dengue, MC 5 days. Real name Lee Zhi Hao, pls update roster.
        陈先生 called again about his seat change, he want 2 seats C5-C6 because his wife on wheelchair, phone 012-660 3381, pls confirm by today ok?
        Customer complain: Puan Latifah binti Osman said the usher pushed her daughter, daughter is OKU autistic, want to make police report. Order TGV-MV-557201.
        Pls blacklist this guy Ken Ho 何家健, IC 851103-10-5387, he resell tickets outside the venue every concert, already caught 3 times.
        林太 left her reading glasses and Touch 'n Go card at Row P, she stay at No. 17 Jalan SS2/24 Petaling Jaya, can courier to her house?
    """),
    "ms": _lines("""
        Permohonan bayaran balik: Nama: Siti Zulaikha binti Mohd Noor, No. KP: 950827-03-5128, No. Tempahan: IB-2026-00712, jumlah RM240.00.
        Encik Azman bin Yusof (019-772 5410) meminta tempat duduk kerusi roda kerana baru menjalani pembedahan lutut minggu lepas.
        Penyelia shif: Nor Hidayah tidak hadir tiga kali bulan ini kerana masalah rumah tangga, dia sedang dalam proses perceraian.
        Barang hilang: dompet coklat milik Muhammad Irfan bin Zainal ditemui di Panggung Sari, mengandungi MyKad dan kad Bank Islam berakhir 7702.
        Alamat penghantaran tiket fizikal: No. 23, Jalan Mawar 4, Taman Sri Gombak, 68100 Batu Caves, Selangor (penerima: Puan Rohani).
        Aduan pelanggan: Cik Aina Sofea, e-mel ainasofea.k@yahoo.com, mengadu dikenakan caj dua kali untuk tiket konsert bernilai RM398.
        Pekerja sambilan Haziq Danial, 19 tahun, minta gaji didahulukan RM300 sebab nak bayar hutang PTPTN, gaji sejam RM9.50.
        Sila hubungi semula pelanggan di talian 011-2345 8876 berkenaan tiket yang tertinggal di kaunter semalam, dia sangat risau.
    """),
    "zh-Hans": _lines("""
        退票申请：姓名 王晓燕，身份证号 310104199203154826，手机 13917845236，订单号 DM2026120788512，退款至原支付宝账户。
        张先生来电投诉，说检票员态度恶劣，他太太怀孕六个月被推搡，要求赔偿并道歉，回电号码 186 2147 3390。
        失物招领：黑色钱包一个，内有刘建国的驾驶证和工商银行卡（尾号 6628），请本人凭身份证到服务台领取。
        引座员排班：12月12日晚场 李娜（楼座）、赵子豪（池座，腰伤刚好不要安排搬运）、周敏（检票口）。
        快递地址：广州市天河区林和西路 88 号天誉花园 3 栋 1502 室，收件人 黄丽，电话 137 2288 4167，两张纸质票。
        小陈说他欠了黄牛三千块，这周的工资要先预支，不然人家要找上门，主管看看怎么处理，别跟其他同事说。
    """),
    "zh-Hant": _lines("""
        退款申請：陳大文先生，香港身份證 K482913(5)，電話 9123 6684，訂單 URB-2612-88341，因演出取消申請全數退款。
        換座請求：林怡君小姐（身分證 F228461937）需要輪椅席，聯絡電話 0932-118-456，原座位2樓C區12排。
        帶位員周家豪今晚請病假，他說是恐慌症又發作，已經是這個月第三次，主管請安排其他人頂替 B 門。
        失物：一個粉紅色銀包，內有黃美玲的澳門居民身份證 5184273(6) 及澳門通卡，請於服務台認領。
        投訴：何太話佢個仔有自閉症，嗰晚被保安趕出場，佢要求退款同書面道歉，電郵 hotai.family@gmail.com。
        寄票地址：台中市西屯區文心路三段 241 號 7 樓之 2，收件人 吳冠廷，手機 0975-336-201。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer support assistant for a Singapore concert ticketing platform. Be concise and polite.",
        ),
        (
            "user",
            "Hi, my Les Mis show on 12 Dec got cancelled. I'm Tan Shu Fen, NRIC S8812093J, order SIS-26-0052218. Can the refund go to my PayNow 9627 3318 instead of my card?",
        ),
        (
            "assistant",
            "Sorry about the cancellation, Ms Tan. Refunds for order SIS-26-0052218 normally go back to the original card, but I can log a request to switch to PayNow. Please note we never need your full NRIC in chat.",
        ),
        ("user", "Ok thanks, how long will it take?"),
        (
            "assistant",
            "PayNow refunds are usually processed within 7 working days once approved. You will get an email confirmation when it is sent.",
        ),
    ],
    [
        (
            "user",
            "Can you help me write an email to the Esplanade asking for wheelchair seats? It's for my father Lim Chee Keong, he's 82, had a stroke in August and can't walk far. Show is Dec 20, 3pm.",
        ),
        (
            "assistant",
            "Sure. Subject: Wheelchair seating request, 20 Dec 3pm. Dear Esplanade Box Office, I would like to book a wheelchair space and one companion seat for my father, Mr Lim Chee Keong, aged 82, who has limited mobility following a stroke. Could you also advise on drop-off points near the entrance? Thank you.",
        ),
        ("user", "Add my contact please: Lim Jia Hui, 9188 2746, jiahui.lim.sg@gmail.com"),
        (
            "assistant",
            "Added at the end: Best regards, Lim Jia Hui, 9188 2746, jiahui.lim.sg@gmail.com.",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu khidmat pelanggan pawagam di Malaysia. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Assalamualaikum, saya tertinggal dompet di Dewan 5 GSC Mid Valley semalam tayangan 9.45 malam. Dalam tu ada MyKad saya, nombor 920416-10-5574, nama Nurul Ain binti Razak.",
        ),
        (
            "assistant",
            "Waalaikumussalam Cik Nurul Ain. Saya akan semak dengan unit barang hilang. Sila bawa dokumen pengenalan lain atau salinan laporan polis semasa menuntut dompet di kaunter.",
        ),
        ("user", "Boleh telefon saya kalau jumpa? 017-884 2093."),
        (
            "assistant",
            "Baik, pihak kaunter akan menghubungi 017-884 2093 sebaik sahaja dompet dijumpai.",
        ),
    ],
    [
        ("system", "你是演出票务平台的智能客服，请用简体中文回答。"),
        (
            "user",
            "你好，我在大麦买了12月19日上海大剧院《歌剧魅影》的票，演出取消了。我叫赵雅婷，身份证 440106199508213327，订单 DM2026120790145，怎么退？",
        ),
        (
            "assistant",
            "赵女士您好，该场次已取消，您的订单会自动全额退款，按原支付路径退回，一般3到7个工作日到账，无需另外提交身份证信息。",
        ),
        ("user", "好的，如果到时候没到账我打 15821967734 这个号码能联系到你们吗？"),
        ("assistant", "如未到账，请通过App内在线客服提交订单号，我们会回拨到您的 15821967734。"),
    ],
    [
        (
            "user",
            "我想將兩張張學友演唱會門票由 L5 區轉去 L3 區，訂單 HKT-2612-77203，持票人係我媽媽梁秀英，香港身份證 C668204(3)，佢行動不便。",
        ),
        (
            "assistant",
            "明白。已出票訂單一般需要先退回原票再重新購買，但行動不便人士可向主辦申請調位。建議聯絡票務熱線並提供訂單號碼，毋須在此提供完整身份證號碼。",
        ),
        ("user", "咁我聯絡電話 6271 9035，可唔可以幫我寫個申請？"),
        (
            "assistant",
            "可以：本人為訂單 HKT-2612-77203 之購票人，持票人梁秀英女士行動不便，懇請將座位由 L5 區調往 L3 區較近出口位置。聯絡電話 6271 9035。謝謝。",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for the front-of-house supervisor at a Kuala Lumpur theatre.",
        ),
        (
            "user",
            "Help me make next Sat usher roster lah. Staff: Farah (012-331 4820), Wong Kah Mun (016-908 2275), Suresh a/l Muthu (013-447 6091, cannot stand long, got slipped disc), Izzat (019-220 5538).",
        ),
        (
            "assistant",
            "Draft roster Sat: 6.30pm-10.30pm. Stalls left: Farah. Stalls right: Wong Kah Mun. Box office / seated ticket check: Suresh a/l Muthu (seated post due to his back). Circle and balcony stairs: Izzat.",
        ),
        ("user", "Ok nice, put phone numbers also in the table so I can WhatsApp group."),
        (
            "assistant",
            "Farah, Stalls L, 012-331 4820 | Wong Kah Mun, Stalls R, 016-908 2275 | Suresh a/l Muthu, Ticket check (seated), 013-447 6091 | Izzat, Circle, 019-220 5538.",
        ),
    ],
    [
        (
            "system",
            "Customer record loaded: name=Marcus Ee Jun Wei; email=marcus.ee@singnet.com.sg; mobile=+65 9702 5581; orders=GV-2026-9910342 (2 seats, Hall 9, GV Plaza); note=requested refund twice, flagged for possible chargeback.",
        ),
        ("user", "Why is my refund still not processed?? It's been 3 weeks."),
        (
            "assistant",
            "I'm sorry for the delay, Mr Ee. Your refund for GV-2026-9910342 is under review because a chargeback was opened with your bank. Once the bank closes the dispute, we can release it to your card.",
        ),
    ],
    [
        (
            "user",
            "Write a complaint to TGV. Last night at TGV Sunway Pyramid Hall 8 an usher shone a torch in my face and called me stupid in front of my kids. My name is Kavitha Subramaniam, booking TGV-SP-661420, email kavitha.s.84@gmail.com.",
        ),
        (
            "assistant",
            "Dear TGV Customer Care, I am writing about an incident on the evening of 6 Dec at TGV Sunway Pyramid, Hall 8 (booking TGV-SP-661420). An usher shone a torch directly at my face and insulted me in front of my children. I expect an investigation and a formal apology. Regards, Kavitha Subramaniam, kavitha.s.84@gmail.com",
        ),
        ("user", "Make it shorter and more polite pls."),
        (
            "assistant",
            "Dear TGV, on 6 Dec in Hall 8, Sunway Pyramid (booking TGV-SP-661420), an usher treated me rudely in front of my children. I would appreciate a review of this and a reply. Thank you, Kavitha Subramaniam (kavitha.s.84@gmail.com).",
        ),
    ],
    [
        (
            "user",
            "Summarise these refunds for me: order,name,phone,amount / SIS-26-0053001,Ong Pei Shan,8265 1147,S$188 / SIS-26-0053002,Mohd Khairul bin Said,9451 3380,S$94 / SIS-26-0053003,Vijay Nair,8870 6621,S$376",
        ),
        (
            "assistant",
            "Three refunds totalling S$658: Ong Pei Shan S$188, Mohd Khairul bin Said S$94, Vijay Nair S$376. The largest is order SIS-26-0053003.",
        ),
        ("user", "Thanks, which ones are above S$100?"),
        (
            "assistant",
            "Two: Ong Pei Shan (SIS-26-0053001, S$188) and Vijay Nair (SIS-26-0053003, S$376).",
        ),
    ],
    [
        (
            "system",
            "Pembantu untuk pasukan keselamatan konsert di Bukit Jalil. Jawab ringkas, campur BM dan English ok.",
        ),
        (
            "user",
            "Tadi guard tangkap sorang ulat tiket, nama dia Lau Chee Meng, IC 880723-08-6215, jual tiket palsu RM600 each. Boleh tolong draft incident report?",
        ),
        (
            "assistant",
            "Incident report: Tarikh 6 Dis 2026, Pintu C Axiata Arena. Suspek: Lau Chee Meng (IC 880723-08-6215) didapati menjual tiket palsu pada harga RM600 setiap satu. Suspek ditahan oleh pengawal dan diserahkan kepada polis.",
        ),
        (
            "user",
            "Tambah yang victim, Encik Zulkifli, dah bayar RM1,200 through DuitNow ke 011-1098 7743.",
        ),
        (
            "assistant",
            "Ditambah: Mangsa, Encik Zulkifli, telah membayar RM1,200 melalui DuitNow ke nombor 011-1098 7743 milik suspek.",
        ),
    ],
]
