# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en257: SG/MY co-working spaces and serviced offices (hot-desk memberships, virtual office addresses, mail handling, meeting room bookings, access cards, members' disputes). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en257
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "house_rules_notice"): _lines("""
        HOUSE RULES, Level 12 Hot Desk Zone: please clear your desk by 11pm daily; items left overnight will be bagged and kept at the concierge for 7 days.
        Phone booths 12A to 12F are for calls only, max 45 minutes per booking. Need a longer slot? Book Meeting Room Raffles (6 pax) via the member app.
        Pantry notice: the Nespresso machine is descaled every Monday 8:00-8:30am. Oat milk is restocked Tue & Fri by Kopi Botak Supplies Pte Ltd.
        Lost your access card? Report it at the front desk or call the 24h building security line at +65 6221 4870; a replacement card costs S$30 + GST.
        Mail & parcels are received Mon-Fri 9am-6pm at 1 Raffles Place #20-01, Singapore 048616. Perishables and COD parcels will be rejected.
        Fire drill by Building Management on Thu 14 Mar, 10:00-10:30am. Lifts will be grounded; assemble at Raffles Place Park next to MRT Exit H.
        Pets: only certified guide dogs allowed on Level 12. The dog-friendly members' lounge at our Tanjong Pagar outlet (Guoco Tower, 7 Wallich St) opens 1 June.
        Printing credit resets on the 1st of each month: Hot Desk 100 pages B/W, Dedicated Desk 300 pages, Private Office 1,000 pages. Extra A4 colour is S$0.50/page.
        Guests must be registered in the app at least 30 min before arrival; walk-in guests are issued a day pass at S$35 nett. Max 3 guests per member per day.
        Quiet Zone means QUIET. No calls, no speaker meetings, no hot food (laksa, nasi lemak, durian puffs, we are looking at you). Thank you la!
        Aircon runs 8am-7pm on weekdays per MCST rules. After-hours aircon for private offices can be requested at S$48/hour via facilities@thecanopyspaces.com.sg.
        Bicycle parking is at B2, lots B2-BK-01 to B2-BK-40. PMDs and e-scooters are not permitted in the building under LTA's Active Mobility Act.
        Community team office hours: Tue & Thu 2-5pm at the L12 hub. For urgent building issues after hours, WhatsApp our ops line +65 8776 3021 (business account).
    """),
    ("en", "virtual_office_faq"): _lines("""
        Q: Can I use your address as my registered office with ACRA? A: Yes. Virtual Office Pro includes 10 Anson Road #10-11, International Plaza, Singapore 079903.
        Q: How fast is mail scanned? A: Letters received before 3pm are scanned to your dashboard the same working day; parcels above 2kg incur a S$5 handling fee.
        Q: Can you receive IRAS and CPF Board letters? A: Yes, government letters are flagged as priority and scanned within 4 working hours of arrival.
        Q: Do you provide a local phone number? A: The Virtual Line add-on gives your company a 3158-series Singapore number with call forwarding at S$25/month.
        Q: Is a virtual office allowed for a Sdn Bhd? A: Yes, SSM accepts our KL business address at Menara Ken TTDI, 37 Jalan Burhanuddin Helmi, 60000 Kuala Lumpur.
        Q: Who is the company secretary in your bundle? A: Corporate secretarial work is done by our partner Kensington Corporate Services Pte Ltd (UEN 201634512K), not by us.
        Q: Can I forward mail overseas? A: Yes, to Hong Kong, Taiwan, Macau and mainland China via SingPost Speedpost; fees are charged at cost plus S$3 per batch.
        Q: What KYC documents do you need? A: For each director and shareholder, one identity document and one proof of address, as required of filing agents under the ACRA Act.
        Q: Can I hold meetings at the address? A: Virtual Office Pro includes 4 hours of meeting room credit per month at any of our 6 Singapore centres.
        Q: How do I cancel? A: Give 30 days' written notice to billing@anchorhub.sg before your renewal date; the 2-month deposit is refunded within 14 working days.
        Q: Will my mail be opened? A: Only if you opt in to Scan & Shred. Otherwise envelopes are photographed front-side only and kept in a locked cabinet.
        Q: Are you open on public holidays? A: We close on Hari Raya Puasa, Deepavali and Chinese New Year (2 days); mail is processed on the next working day.
        Q: Do you support GST registration? A: We issue a tenancy letter on company letterhead (ref. format VO-SG-2024-00781), which IRAS accepts as proof of business address.
    """),
    ("en", "price_list"): _lines("""
        Hot Desk Flex, S$299/month (excl. 9% GST): access Mon-Fri 8am-8pm, 10 hrs meeting room credit, 100 print pages, unlimited kopi & teh.
        Dedicated Desk, S$549/month: your own lockable pedestal, 24/7 access via card + PIN, 20 hrs meeting credit. Minimum 3-month term.
        Private Office (2 pax, Suite 12-07, 9.2 sqm) S$1,680/month; 4 pax Suite 12-11 S$2,950/month. Security deposit: 2 months, refundable.
        Virtual Office Basic, S$38/month billed annually (S$456/yr): business address, mail notification, ACRA registered address letter.
        Meeting Room Temasek (8 pax, 65-inch screen, Poly Studio): S$60/hr members, S$85/hr non-members; half-day block S$220.
        KL Price List 2025: Hot Desk RM350/bulan, Fixed Desk RM650, Private Suite 3 pax RM2,400; all prices subject to 8% SST.
        Day Pass S$35 nett (walk-in) or S$29 if booked online via Klook or the app; includes 1 hour of phone booth and free-flow coffee.
        Add-ons: locker S$40/mo, mail scanning S$20/mo, season parking at the Robinson Road car park S$275.40/mo (subject to availability).
        Event Space (up to 60 pax theatre style) S$1,200 for 4 hours incl. PA system, 2 wireless mics and one technician; catering by Ya Kun Kaya Toast from S$12/pax.
        SME corporate bundle: 10 Hot Desk Flex passes + company address = S$2,490/month. Note: workspace rental is not a PSG-supported solution.
        Replacement access card S$30; lost pedestal key S$25; after-hours aircon S$48/hr; whiteboard markers are free (please return them).
        Penang outlet @ Gurney Paragon: Hot Desk RM280/month, Virtual Office RM99/month, Meeting Room (6 pax) RM45/hr, opening promo until 31 Aug.
        SKU list: HD-FLEX-M-SG (S$299), DD-STD-M-SG (S$549), VO-BAS-Y-SG (S$456), MR-TMK-H (S$60), DP-WALK (S$35), LCK-M (S$40).
    """),
    ("en", "booking_system_config_and_logs"): _lines("""
        booking.max_duration_minutes: 240  # per member per room per day; override for the Private Office tier in tier_overrides.yaml
        ACCESS_CTRL_HOST=acs-sg01.internal.anchorhub.sg; ACCESS_CTRL_PORT=4370; DOOR_SYNC_INTERVAL=300  # ZKTeco controller, fw 6.60
        2025-03-11T08:02:14+08:00 INFO door=L12-MAIN event=REX_BUTTON reader=RDR-0412 result=OPEN latency_ms=84
        2025-03-11T23:47:09+08:00 WARN door=L12-FIRE-EXIT event=DOOR_HELD_OPEN duration_s=180 alarm=TRIGGERED ack_by=SECURITY_CONSOLE_2
        POST /api/v2/bookings {"room_id": "MR-TMK", "start": "2025-04-02T14:00:00+08:00", "duration": 60, "member_id": "<MEMBER_ID>"} -> 201 Created
        SELECT room_id, COUNT(*) AS bookings FROM bookings WHERE centre = 'SG-RP' AND start_at >= '2025-03-01' GROUP BY room_id ORDER BY bookings DESC;
        invoice_no,centre_code,plan_sku,period_start,period_end,amount_sgd,gst_9pct,total_sgd,status,payment_method
        INV-SG-2025-004127,SG-RP,HD-FLEX-M-SG,2025-03-01,2025-03-31,299.00,26.91,325.91,PAID,PAYNOW_CORPORATE
        mail_handling: {scan_cutoff: '15:00', shred_after_days: 30, parcel_hold_days: 7, notify_channel: 'app+email', max_parcel_kg: 20}
        release notes v3.14.2 (2025-02-20): fixed double-booking when two members extend the same room within 500 ms; added MY public holiday calendar.
        sha256(room_calendar_export_2025Q1.ics) = 9f2c4e71a0b8d35e6c1f47aa2098be13d6f05c7e84a19b2d3c6e5f7081a4b9ce
        cron: 0 2 * * * /opt/anchorhub/bin/expire_day_passes --tz Asia/Singapore --dry-run=false >> /var/log/anchorhub/expire.log 2>&1
        ERROR 2025-03-12T09:15:33+08:00 printer=PRN-L12-02 model="Fuji Xerox ApeosPort C3570" status=PAPER_JAM tray=2 job_id=PJ-88213
    """),
    ("en", "reviews_of_businesses"): _lines("""
        4/5 stars. The Great Room at Centennial Tower is gorgeous, very hotel-lobby vibes. Meeting rooms a bit pricey but the coffee bar is legit.
        2/5. Took a virtual office with a so-called premium Cecil Street address, mail took 9 days to be scanned. Customer service only replies by email.
        Common Ground in Bukit Bintang was my go-to in 2022: good wifi (tested 480 Mbps), nasi lemak stall downstairs. Sad when some outlets closed.
        5/5 Colony @ KLCC is super quiet, great for calls. Front desk remembered our company name by day 2. Parking at Suria KLCC is the only pain.
        The team at JustCo Marina One sorted our access card issue in under 10 mins. Only gripe: the pantry runs out of oat milk by 3pm.
        Regus at Ocean Financial Centre: clean, professional, but the business lounge is tiny. The virtual office plan is fine for an ACRA address.
        3/5 WeWork 71 Robinson had great events (the watch party for PM Lawrence Wong's Budget 2025 speech was packed) but aircon after 7pm costs extra.
        The Mr Bean soya milk kiosk in the lobby is the real MVP. The co-working upstairs is ok, 6/10, phone booths get too warm after lunch.
        Tried The Hive Lavender: cute plants, lots of natural light, wifi dropped twice in 3 hours. Staff gave a free day pass as an apology.
        Avoid the serviced office on level 5 of that Geylang shophouse: contract said 12 months, they asked for 14 months deposit upfront. Case filed with CASE.
        Hotel Jen Orchardgateway's new co-working lounge: S$25 day pass incl. coffee, good for travellers, but only about 20 seats.
        Spaces by IWG at Menara Ken TTDI: solid 4/5. The community team runs a Friday roti canai breakfast, proper Malaysian touch.
        4/5. Ended up at the National Library on Victoria Street instead of paying for a hot desk. Free, aircon very cold, just no calls allowed.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Front desk: L12 meeting room Temasek projector spoil again lah, can someone call the AV vendor? Their hotline 6744 2091, ticket no. AV-25-0331.
        Ops: Reminder all, 5 parcels from Shopee & Lazada still sitting at mail room since Fri, pls push notification again before 3pm cut-off ok.
        Facilities: Aircon contractor coming tmr 8am for L12 FCU servicing, pls block Rooms Raffles and Temasek 8-10am in the calendar. Thanks ya.
        Community: 今天 event Founders Kopi Session 签到人数 42 pax, catering order 50 packs from Old Chang Kee, extra 8 packs pantry can eat.
        Sales: KL centre hit 87% occupancy for March, Penang still 61%. Management says the RM99 virtual office promo extend to end-April.
        Front desk: Lift lobby card reader RDR-0412 beep red for everyone since 7:50am, already raised with MCST, ref MC-7781.
        Ops: the new access card batch (HID iCLASS SE, 200 pcs, PO-2025-0117) arrived, serial range 30451200 to 30451399, lock in cabinet B pls.
        Finance: March invoices generated, 312 sent, 17 bounced because of email domain typo lah. Will fix in Xero by tmr, don't panic.
        Cleaning: Pantry sink choked again, somebody pour Maggi mee soup inside. Pls put notice no food waste in sink, bilingual EN/中文.
        Community: Malam ni buka puasa event at 7.15pm, order kurma & bubur lambuk from the Kampung Baru supplier, invoice under PO-2025-0142.
        IT: Wifi SSID AnchorHub-Members password rotate monthly from 1 Apr, new one will push via app, don't paste in WhatsApp group pls.
        Front desk: Ninja Van courier say tracking NV2025SG0034781 addressed to Suite 12-07 but no company name, how? Hold at desk first.
        Ops: CNY roster: centre closed 29-30 Jan, skeleton crew 31 Jan. Mail room paiseh cannot process, put sign at 1/F lobby ok.
    """),
    ("ms", "notis_ahli"): _lines("""
        NOTIS: Bilik Mesyuarat Melaka di Aras 8 ditutup untuk kerja penyelenggaraan pada 15-16 April 2025. Sila tempah Bilik Langkawi sebagai ganti.
        Semua ahli dikehendaki mengimbas kad akses di pintu utama; perbuatan tailgating tidak dibenarkan mengikut peraturan keselamatan bangunan.
        Surat dan bungkusan diterima Isnin hingga Jumaat, 9 pagi hingga 6 petang di Lot 8-01, Menara Ken TTDI, 60000 Kuala Lumpur.
        Yuran kad akses gantian ialah RM50; sila buat laporan di kaunter hadapan atau hubungi talian operasi 03-7731 8820 (waktu pejabat).
        Harga pakej Pejabat Maya bermula RM99 sebulan termasuk alamat perniagaan untuk pendaftaran SSM dan notifikasi surat melalui aplikasi.
        Sempena Hari Raya Aidilfitri, premis ditutup pada 31 Mac hingga 1 April 2025. Surat akan diproses semula pada 2 April. Maaf zahir dan batin!
        Tempahan bilik mesyuarat maksimum 4 jam sehari bagi setiap ahli. Pembatalan kurang daripada 2 jam sebelum masa tempahan dikenakan caj penuh.
        Dilarang merokok dan vape di seluruh premis termasuk balkoni Aras 8 mengikut Akta Kawalan Produk Merokok untuk Kesihatan Awam 2024.
        Invois No. INV-MY-2025-00318 untuk langganan Meja Tetap bulan Mac berjumlah RM702.00 termasuk SST 8%. Bayaran melalui FPX atau DuitNow.
        Syarikat pengurusan: Ruang Kerja Harmoni Sdn Bhd (No. Pendaftaran 202201034567 (1476231-K)), pengendali pusat kerja bersama di TTDI dan Bangsar South.
        Ahli boleh membawa tetamu maksimum 2 orang sehari; pas tetamu perlu didaftar dalam aplikasi sekurang-kurangnya 30 minit lebih awal.
        Surau terletak di Aras 7, bersebelahan lif servis. Sila jaga kebersihan dan letakkan kasut di rak yang disediakan.
        Untuk aduan bunyi bising atau pendingin hawa, e-mel kepada operasi@ruangharmoni.com.my dengan menyatakan nombor bilik atau meja anda.
    """),
    ("zh-Hans", "会议室预订须知"): _lines("""
        会议室预订须知：每位会员每日最多预订4小时，超时按每小时新币60元另行计费；取消须提前2小时在App内操作，逾期按全额收费。
        “莱佛士”会议室（可容纳6人）配备65寸显示屏与Poly视频会议设备，适合客户洽谈；请勿在室内食用榴莲、叻沙等气味较重的食物。
        虚拟办公室套餐包含新加坡注册地址、信件扫描及ACRA注册地址证明信，年费新币456元（不含9%消费税），可按年续约，续约价格锁定两年不变。
        前台服务时间：周一至周五上午9点至下午6点；农历新年、开斋节、屠妖节等公共假期休息，邮件顺延至下一个工作日处理，急件请提前告知。
        遗失门禁卡请立即到前台挂失，补办费用新币30元；旧卡将在系统中停用，新批次卡编号范围为30451200至30451399。
        吉隆坡中心地址：吉隆坡敦依斯迈花园Menara Ken TTDI 8楼，营业热线03-7731 8820，欢迎企业客户预约参观及试用一天。
        发票编号INV-SG-2025-004127，服务项目：灵活工位月卡（HD-FLEX-M-SG），金额新币299.00元，消费税26.91元，合计325.91元。
        安静区内请勿接听电话或外放音频，如需通话请使用12A至12F号电话亭，每次最长45分钟，午间高峰时段请勿连续预订同一电话亭。
        会员活动预告：3月28日晚7点“创业者咖啡会”，分享东南亚企业出海与新加坡公司注册经验，名额60位，先到先得，会员可免费携带一位嘉宾。
        包裹超过2公斤收取新币5元处理费；生鲜食品及货到付款包裹一律拒收，请各位会员提前知悉并通知寄件方，以免包裹被退回产生额外运费。
        公司信息：锚点空间（新加坡）私人有限公司，UEN 201912345K，注册地址：新加坡安顺路10号国际广场#10-11，邮编079903。
        空调开放时间为工作日上午8点至晚上7点，独立办公室如需延时空调请提前一天申请，收费每小时新币48元，费用将计入当月账单。
        会议室预订系统已于2025年2月20日升级至v3.14.2版本，修复重复预订问题，并新增马来西亚公共假期日历，会员App需更新至最新版本。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Member record: Darren Koh Wei Liang, NRIC S8823471E, Dedicated Desk D-14, mobile +65 9127 4486, start date 01/03/2025.
        Hi team, Priya Ramasamy from Suite 12-07 asked us to hold her mail for 3 weeks, she is going for chemo at NCCS and does not want letters piling up.
        access_log 2025-03-11T22:41:07+08:00 door=L12-MAIN card=HID-30451277 holder='Jonathan Teo' result=DENIED reason=MEMBERSHIP_SUSPENDED_ARREARS
        Debt notice: Mr Faizal bin Rahmat (Hot Desk Flex) owes S$1,977.46 for Nov-Jan; 3rd reminder sent to faizal.rahmat88@gmail.com, next step is the Small Claims Tribunal.
        Please forward all mail for Chloe Tan to her home at Blk 412 Bedok North Ave 2 #08-117, Singapore 460412 until further notice.
        Callback needed: 9634 1205, lady who lost her access card, says she left it in Phone Booth 12C yesterday evening.
        Incident report: member Marcus Lim shouted at the cleaner and threw a chair in Room Temasek on 14/03; police report E/20250314/8812 was made by the cleaner.
        Can the front desk please stop telling people that Wen Hui is pregnant? She has not told her boss yet and now the whole of L12 knows.
        Virtual office KYC: director Goh Siew Ling, FIN G5528193P, DOB 17-09-1985, residential address 28 Jalan Kembangan, Singapore 419134.
        M-10482,Arjun Menon,arjun.menon.sg@outlook.com,+65 8192 0034,DD-STD-M-SG,2025-01-06,ACTIVE
        Refund of deposit S$3,360 to DBS account 072-481923-5 (account holder: Nur Aisyah Binte Hashim) after Suite 12-11 handover on 31/03.
        Season parking at B2: vehicle SJB 4827 K registered to member Kelvin Ong (Suite 12-02), expires 30/06/2025.
        Just FYI, Raymond from Desk D-22 is going through a messy divorce and his wife turned up at reception today asking which days he comes in.
        Salary slip left on printer PRN-L12-02: Tay Hui Min, Senior Analyst, basic S$7,850, CPF employee S$1,570. Sealed in an envelope at front desk.
        Booking MR-TMK 02/04 14:00-15:00 by Serene Chua (serene.chua@gmail.com); guests are her lawyer and her ex-partner, topic: settlement of an unpaid personal loan.
        Photo of Bryan Seah's access card (card no. 30451233, with his face on it) was posted in the members' Telegram group by mistake, please delete ASAP.
        Guest pass for Mdm Lee Ah Moi, 72, wheelchair user, visiting her son at Suite 12-03 on Sat; she needs ramp access from the Cecil Street side.
        Hi, Aaron here from Desk D-17, my personal number changed to 8841 7320, please update my member profile and stop using the old one.
        Kavitha d/o Subramaniam has epilepsy and needs a desk away from the flashing LED wall on L12; emergency contact is her husband at +65 9750 2218.
        SMS log: OTP for access PIN reset sent to +65 9****486, member NRIC S****471E, status DELIVERED at 08:14.
        Reference letter requested by Hafiz Azman for his HDB rental appeal: confirm he has rented Private Office Suite 12-05 since Aug 2023 at S$1,680/month.
    """),
    "mixed": _lines("""
        Eh the Suite 12-09 uncle Mr Chong Kah Wai still haven't pay rent 3 months liao, total S$8,850, he say his company kena wind up, how?
        Pls check mail for 陈美玲 (Tan Mei Ling), she say got letter from 法院 about her bankruptcy case, want us to scan today urgently.
        Ah Boy from D-08 (the one always wear Liverpool jersey) ask can his wife collect parcel, her IC 880312-10-5472, name Lim Siew Peng.
        Boss, Datin Rosnah's Mercedes WXY 8812 park at loading bay again, security want to clamp, she is member of Suite 8-02, pls advise lah.
        Member Kumar a/l Gopal WhatsApp me say 他最近血压很高, doctor ask him rest 2 weeks, want to freeze membership, MC attached.
        Can update billing to xiaoyu.lin1992@qq.com? Lin Xiaoyu say her old company email tak aktif dah, she keep missing invoice.
        林太 call again about her husband's hot desk, she say he tell her go office every day but access log show zero entry since Feb. Paiseh, what to tell her?
        Courier GDEX ada parcel untuk Encik Azlan bin Mokhtar, COD RM459, phone 012-738 4419, but he already cancel membership, reject ke?
    """),
    "ms": _lines("""
        Ahli baharu: Nur Farhana binti Zulkifli, No. K/P 950721-03-5566, Meja Tetap D-05, tel 013-562 8801, mula 1 April 2025.
        Encik Hairul Anuar gagal membayar yuran pejabat persendirian selama 4 bulan berjumlah RM9,600; notis tuntutan dihantar ke rumahnya di No. 14, Jalan SS 2/61, Petaling Jaya.
        Puan Zaleha Ismail memohon cuti keahlian 3 bulan kerana bersalin; sila tangguhkan caj bulan Mei hingga Julai untuk Meja D-12.
        Kad akses No. 30451288 milik Mohd Izzat bin Kamal dilaporkan hilang; kad disekat pada 12/03/2025 jam 09:14.
        Sila pindahkan deposit RM1,300 ke akaun Maybank 1640 2283 9917 atas nama Chong Wei Ming selepas serahan kunci Suite 8-04.
        Aduan: ahli bernama Daniel Raj mengugut staf kaunter selepas kad aksesnya disekat kerana tunggakan; laporan polis dibuat di IPD Brickfields.
        No telefon peribadi Cik Aina (Meja D-03): 011-2847 6093, jangan berikan kepada pihak ketiga yang bertanya di kaunter.
        Borang ahli: Nama: Lee Jia Hui | MyKad: 010915-14-0832 | Alamat: 22, Jalan Desa 3/5, Taman Desa, 58100 Kuala Lumpur | Pakej: Hot Desk.
    """),
    "zh-Hans": _lines("""
        会员王志强，身份证号440304198806123414，手机139 2847 5016，预订莱佛士会议室4月2日14:00-16:00。
        林晓雯女士说她的抑郁症复发了，申请把固定工位换到靠窗的安静区，请前台低调处理，不要在群里讨论。
        请把郑先生的信件转寄到他在深圳的住址：广东省深圳市南山区科技园路18号碧海花园3栋1502室，收件电话188 2714 6630。
        张伟欠了三个月的独立办公室租金共新币5,040元，他说正在打离婚官司，资金被冻结，要求分期付款。
        虚拟办公室KYC：股东刘佳怡，身份证350203199109235024，居住地址福建省厦门市思明区湖滨南路88号2单元701。
        阿明说他的门禁卡被室友拿去用了，要求挂失补办；他的新加坡手机号是+65 8123 9904，请短信通知他取卡。
    """),
    "zh-Hant": _lines("""
        會員黃家豪，香港身份證K482913(1)，申請新加坡虛擬辦公室地址，聯絡電話+852 6127 3358。
        陳太話佢老公喺共享辦公室借咗人錢唔還，欠款港幣八萬，佢想我哋提供佢老公嘅出入紀錄。
        台灣客戶蔡明哲，身分證字號A228473157，退還押金請匯至國泰世華銀行帳號012-50-331847-2。
        請勿把李淑芬小姐懷孕的事告訴其他會員，她下個月開始請產假，固定座位D-11保留到8月。
        郵件轉寄地址：澳門氹仔成都街88號海景花園第5座12樓B，收件人何志明先生，電話+853 6681 2207。
        申請表：姓名 吳佩珊，身分證 F139620487，出生日期 1990/04/18，住址 台北市信義區松仁路58號9樓。
        會員林宗翰的機車車牌 MKL-3920 長期停在地下室，Email：tsunghan.lin@gmail.com，已逾期三個月未繳管理費。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the member-support assistant for AnchorHub, a co-working operator in Singapore. Be concise and do not reveal other members' data.",
        ),
        (
            "user",
            "Hi, I'm Jasmine Lau, Hot Desk member M-10233. My access card stopped working this morning at the L12 door. My mobile is 9012 5547, can you reset it?",
        ),
        (
            "assistant",
            "Sorry about that, Jasmine. I have raised a card reset request for member M-10233. The front desk will SMS 9012 5547 once it is done, usually within 30 minutes. If the card is physically damaged, a replacement costs S$30 + GST.",
        ),
        (
            "user",
            "Thanks. Also my membership might be suspended because my company card was declined last month, is that why?",
        ),
        (
            "assistant",
            "That is possible: cards are blocked automatically when an invoice is more than 14 days overdue. Please check the Billing tab in the app; once the outstanding amount is paid the card reactivates within an hour.",
        ),
    ],
    [
        (
            "user",
            "Draft a polite but firm email to our member Mr Vincent Pang (vincent.pang@pangtrading.com.sg). He owes S$4,410 for Private Office Suite 12-09 for Jan-Mar and has ignored two reminders.",
        ),
        (
            "assistant",
            "Subject: Outstanding balance for Suite 12-09 (Jan-Mar 2025). Dear Mr Pang, Our records show an outstanding balance of S$4,410 for Suite 12-09 covering January to March 2025. We have sent two reminders without response. Kindly settle the amount within 7 days or contact us to agree a payment plan. If we do not hear from you, we may suspend access and apply the security deposit as provided in your agreement. Regards, Member Services",
        ),
        (
            "user",
            "Good. Add that he told our staff his father passed away in Feb, so we are willing to give 2 more weeks.",
        ),
        (
            "assistant",
            "Added after the first paragraph: 'We were sorry to hear of your father's passing in February. In the circumstances we are happy to extend the deadline by a further two weeks, to 14 April 2025.'",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk Ruang Kerja Harmoni Sdn Bhd di Kuala Lumpur. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tulis notis ringkas kepada Encik Shahrul Nizam bin Osman (MyKad 870604-08-5231, Pejabat Maya) bahawa ada 3 surat berdaftar dari LHDN menunggu di kaunter.",
        ),
        (
            "assistant",
            "Kepada Encik Shahrul Nizam bin Osman, dimaklumkan bahawa terdapat 3 surat berdaftar daripada LHDN untuk akaun Pejabat Maya tuan yang sedang disimpan di kaunter hadapan, Aras 8, Menara Ken TTDI. Sila kutip dalam tempoh 7 hari bekerja dengan membawa kad pengenalan. Terima kasih.",
        ),
        ("user", "Nombor MyKad tak perlu masuk dalam notis kan?"),
        (
            "assistant",
            "Betul, tidak perlu. Nombor MyKad hanya digunakan untuk pengesahan semasa kutipan di kaunter, jadi tidak dimasukkan dalam notis.",
        ),
    ],
    [
        (
            "user",
            "帮我总结一下两位会员的纠纷：固定工位会员周建国说热座会员李欣怡经常占用他的显示器，李欣怡则说周建国在群里骂她，还把她的手机号85210937发到了会员群。",
        ),
        (
            "assistant",
            "纠纷摘要：1）周建国（固定工位）投诉李欣怡（热座）多次使用其显示器；2）李欣怡反映周建国在会员群中辱骂她，并公开了她的手机号码。建议：先调取工位区监控核实显示器使用情况，同时请群管理员删除含有个人号码的消息，并分别约谈双方。",
        ),
        ("user", "那我们该怎么回复李欣怡？"),
        (
            "assistant",
            "可以这样回复：'您好，我们已请管理员删除群内涉及您个人号码的消息，并会在本周内与双方分别沟通。在此期间，如需调换座位区域，请随时告知前台。'",
        ),
    ],
    [
        (
            "system",
            "You help the ops team of a Singapore co-working centre with spreadsheets. Keep answers short.",
        ),
        (
            "user",
            "Got this CSV from the front desk, need formula to flag who never tap in since 1 Mar: M-10511,Tan Kok Leong,S7745120Z,2025-02-27 / M-10512,Nurul Huda,T0312764D,2025-03-08. Column D is last entry lah.",
        ),
        (
            "assistant",
            "Put this in E2 and fill down: =IF(D2<DATE(2025,3,1),'NO ENTRY SINCE 1 MAR','OK') (use double quotes around the two texts in Excel). With your two rows, M-10511 gets flagged and M-10512 shows OK. Tip: you don't need the NRIC column for this check, better to remove it before sharing the sheet.",
        ),
        ("user", "ok noted, thanks bro"),
    ],
    [
        (
            "user",
            "我係香港人，想喺新加坡開公司用虛擬辦公室地址。我叫梁嘉欣，香港身份證Y305728(1)，住喺九龍旺角彌敦道612號8樓C室，要準備咩文件？",
        ),
        (
            "assistant",
            "梁小姐你好。一般需要：1）身份證明文件（護照副本，香港身份證可作輔助）；2）三個月內的住址證明，例如水電費單或銀行月結單；3）公司名稱及業務性質；4）本地董事資料，因為新加坡私人有限公司必須有至少一名本地居民董事。虛擬辦公室營運商會以此完成KYC並提供註冊地址證明信。",
        ),
        ("user", "我冇本地董事，點算？"),
        (
            "assistant",
            "可以透過持牌的企業秘書服務公司提供代名本地董事（nominee director），年費通常另計。建議先向虛擬辦公室的合作秘書公司查詢報價及責任範圍。",
        ),
    ],
    [
        (
            "system",
            "Member context for this session: Name: Nicholas Chia; Plan: Dedicated Desk D-09; Notes: uses a wheelchair after a stroke in 2023, prefers desks near the accessible toilet; mobile +65 9288 1406.",
        ),
        (
            "user",
            "Can you find me a meeting room for 6 people tomorrow 3-5pm that I can get to easily?",
        ),
        (
            "assistant",
            "Meeting Room Raffles (6 pax) on L12 is free tomorrow 3-5pm and is on the step-free side of the floor, about 15 metres from your desk D-09 and next to the accessible toilet. Shall I book it?",
        ),
        ("user", "Yes please, and send the confirmation by SMS."),
        (
            "assistant",
            "Done. Raffles is booked for tomorrow 3-5pm, and the confirmation has been sent by SMS to +65 9288 1406.",
        ),
    ],
    [
        (
            "user",
            "My neighbour at the hot desk area, a guy called Leonard Ho, keeps taking calls on speaker. I told him nicely but he just laughed. His number is on the whiteboard list: 9176 3348. Should I text him directly?",
        ),
        (
            "assistant",
            "Better not to use a number you saw on a shared list; he did not give it to you for this, and it could escalate things. Report the noise through the app's Feedback form or tell the community team, and mention the dates and times. They can remind him of the Quiet Zone rule and, if needed, move one of you to a different area.",
        ),
        ("user", "Ok. What if it continues?"),
        (
            "assistant",
            "Most operators escalate from a verbal reminder to a written warning and then to suspension of access. Keep short notes of each incident; that makes it easier for the centre to act.",
        ),
    ],
    [
        (
            "user",
            "Tolong translate ke BM untuk surat ke member: Dear Ms Wong Li Ting, your mail will now be forwarded to your home address at 3A, Jalan Bukit Bintang 2, Taman Seputeh, 58000 KL as requested.",
        ),
        (
            "assistant",
            "Kepada Cik Wong Li Ting, surat-surat anda kini akan dihantar ke alamat rumah anda di 3A, Jalan Bukit Bintang 2, Taman Seputeh, 58000 Kuala Lumpur seperti yang diminta.",
        ),
        ("user", "Tambah sikit: fee RM15 sebulan akan dicaj ke kad kredit hujung 4417."),
        (
            "assistant",
            "Kepada Cik Wong Li Ting, surat-surat anda kini akan dihantar ke alamat rumah anda di 3A, Jalan Bukit Bintang 2, Taman Seputeh, 58000 Kuala Lumpur seperti yang diminta. Yuran perkhidmatan RM15 sebulan akan dicaj ke kad kredit anda yang berakhir dengan 4417.",
        ),
    ],
    [
        (
            "system",
            "You are a compliance assistant for a serviced office operator in Singapore. Answer with reference to the PDPA where relevant.",
        ),
        (
            "user",
            "A woman called, says she is the wife of our member Samuel Goh Jun Wei (Suite 12-06). She wants CCTV footage showing when he came in and who he met, she thinks he is having an affair. Can we give it to her?",
        ),
        (
            "assistant",
            "No. The footage contains personal data of Mr Goh and of other people in the frame, and under the PDPA you need his consent or another legal basis before disclosing it. A spouse's request is not enough. You may tell her politely that you cannot share member information, and that footage is only released to the police or by court order.",
        ),
        ("user", "What if she comes with a lawyer's letter?"),
        (
            "assistant",
            "A lawyer's letter alone does not compel disclosure. Acknowledge it, preserve the relevant footage so it is not overwritten, and refer the matter to your own legal adviser. Release it only with Mr Goh's written consent or a court order.",
        ),
    ],
]
