# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en329: SG/MY sign-language interpreters and deaf associations (interpreter bookings for clinic, court and school appointments, members' records, captioning requests, SMS and video-call help lines, interpreters' chats). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en329
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "interpreter_booking_faq"): _lines("""
        Q: How early must I book a Singapore Sign Language (SgSL) interpreter for a polyclinic visit? A: At least 5 working days ahead; court hearings need 10 working days.
        Q: Is there a charge for medical appointments? A: Interpreting at public hospitals and polyclinics is subsidised for registered Deaf members; private clinics are billed at S$90 per hour.
        Q: What if my appointment runs late? A: Interpreters stay up to 30 minutes past the booked slot free of charge; after that, overtime is charged in 15-minute blocks.
        Q: Can I request a same-day interpreter? A: Urgent requests go to our duty line +65 6356 8166 (SMS/WhatsApp only, 9am-6pm Mon-Fri); we cannot guarantee coverage.
        Q: Do you provide interpreters for the State Courts at 1 Havelock Square? A: Yes, but the registry must confirm the hearing date first; send us the case reference, not personal documents.
        Q: How do I cancel? A: Reply CANCEL with your booking number (e.g. BK-2026-04417) to our SMS line at least 48 hours before the session to avoid the S$45 cancellation fee.
        Q: Can hearing parents book an interpreter for a parent-teacher meeting? A: Yes. MOE schools can also book directly through the Student Welfare Officer using form SW-07.
        Q: Do you offer remote interpreting? A: Video Remote Interpreting (VRI) runs on Zoom or Microsoft Teams; please test your camera and lighting 10 minutes before the call.
        Q: Which sign languages do your interpreters cover? A: SgSL, Signing Exact English (SEE-II) and, on request, Bahasa Isyarat Malaysia (BIM) for cross-border cases from Johor.
        Q: Where is your office? A: 227 Mountbatten Road, Singapore 397998, a short walk from Mountbatten MRT (CC7). Lift access is via the side entrance facing the car park.
        Q: Can I ask for a male or female interpreter? A: Yes, tick the preference box on the form; for gynaecology and urology appointments we always try to match the request.
        Q: Is CART captioning available for talks and seminars? A: Real-time captioning is S$150 per hour, minimum 2 hours, and we need the slides or speaker list 3 days ahead.
        Q: Are interpreters bound by confidentiality? A: All interpreters follow our Code of Professional Conduct (rev. 2024) and never discuss assignments outside the team.
    """),
    ("en", "booking_system_log_lines"): _lines("""
        2026-03-14T08:02:17+08:00 INFO booking.create id=BK-2026-03118 type=CLINIC venue=TTSH-CLINIC-4A lang=SgSL slots=2 status=PENDING_ASSIGN
        2026-03-14T08:02:19+08:00 INFO sms.outbound gateway=twilio msg_sid=SM4f2a9c81e07b44d3a9 template=BOOKING_RECEIVED_v3 segments=1 status=queued
        2026-03-14T09:15:44+08:00 WARN assign.match booking=BK-2026-03119 reason=NO_INTERPRETER_AVAILABLE window=14:00-16:00 retry_in=900s
        2026-03-14T09:16:02+08:00 INFO vri.session room=vri-7f3e21 provider=zoom duration_s=2710 bitrate_kbps=1480 dropped_frames=37
        [cron] 2026-03-15 00:00:01 SGT nightly_invoice_batch started; pending=214 org_accounts=38 currency=SGD app_version=4.12.0
        2026-03-15 00:03:47 SGT nightly_invoice_batch done; generated=214 failed=0 sha256=9c1e4b7a03f2d58e6b1a4c9d7e20f3b8a5c6d1e2f3a4b5c6d7e8f9a0b1c2d3e4
        2026-03-15T10:21:09+08:00 ERROR caption.stream job=CAP-88213 engine=asr-en-sg-2.3 latency_ms=4120 threshold_ms=3000 action=failover_to_human
        2026-03-15T10:21:10+08:00 INFO caption.stream job=CAP-88213 failover captioner_pool=CART-SG-DAY seat=3 acknowledged=true
        GET /api/v2/bookings?venue=STATE_COURTS&from=2026-03-16&to=2026-03-20 200 58ms user_agent=BookingPortal/5.1.3 (iOS 17.4)
        2026-03-16T07:45:00+08:00 INFO reminder.batch type=T-24h sent=61 bounced=2 channels=sms,email,whatsapp template=REMIND_v2
        2026-03-16T13:02:33+08:00 DEBUG ws.heartbeat relay=videorelay-sg-02 active_calls=7 queue_depth=3 avg_wait_s=48 p95_wait_s=131
        2026-03-17T16:40:12+08:00 INFO booking.close id=BK-2026-03118 billed_minutes=105 rate_code=MED-SUB invoice=INV-SG-2026-001942
        2026-03-17T16:40:13+08:00 AUDIT export.csv table=bookings rows=1288 columns=id,type,venue,lang,start,end,status by=role:admin_ops
    """),
    ("en", "interpreting_service_invoices"): _lines("""
        TAX INVOICE No. INV-SG-2026-001942 | SignBridge Interpreting Services Pte. Ltd. | UEN 201834567K | GST Reg. No. 201834567K
        Bill to: Accounts Payable, Tan Tock Seng Hospital, 11 Jalan Tan Tock Seng, Singapore 308433 | PO No. TTSH-PO-26-07781 | Terms: 30 days
        Line 1: SgSL interpreting, outpatient clinic, 2 interpreters x 1.75 h @ S$90.00/h = S$315.00 | Service date 17 Mar 2026 | Ref BK-2026-03118
        Line 2: Travel surcharge (outside CBD, before 8am) 1 x S$25.00 = S$25.00 | Line 3: Late cancellation fee (<48h) waived per MOU clause 6.2
        Subtotal S$340.00 | GST 9% S$30.60 | Total payable S$370.60 | PayNow to UEN 201834567K or cheque payable to SignBridge Interpreting Services Pte. Ltd.
        TAX INVOICE No. MY-INV/2026/0418 | Isyarat Jaya Sdn. Bhd. (Reg. No. 202201034567) | SST Reg. W10-2208-32001234 | Petaling Jaya, Selangor
        Description: BIM interpreting for Mahkamah Sesyen Kuala Lumpur, Jalan Duta, half-day block (4 h) RM380.00; SST 8% RM30.40; Total RM410.40
        Payment: Maybank Berhad corporate current account 5642 1100 8873 (Isyarat Jaya Sdn. Bhd.); quote MY-INV/2026/0418 and email remittance to accounts@isyaratjaya.com.my
        CREDIT NOTE CN-2026-0077 against INV-SG-2026-001811: duplicate billing of VRI session vri-7f3e21 (45 min), amount S$67.50 reversed in full.
        Quotation Q-26-0312 for Nanyang Polytechnic orientation week: 3 SgSL interpreters x 6 h x 2 days, team rate S$85/h, total before GST S$3,060.00
        Statement of account as at 31 Mar 2026 for Family Justice Courts, 3 Havelock Square: opening S$1,240.00, invoiced S$4,385.20, paid S$3,900.00, due S$1,725.20
        Receipt RC-0009821 | Received from Ministry of Education (Procurement) the sum of S$2,180.00 by GIRO for INV-SG-2026-001603 and INV-SG-2026-001604. Thank you.
        Late payments attract 1.5% interest per month. Billing queries: finance@signbridge.sg or 6291 0452 (office hours). Computer-generated invoice, no signature required.
    """),
    ("mixed", "interpreters_staff_group_chat"): _lines("""
        [09:12] Morning all, tmr 9am KKH clinic booking still no one take leh, anyone free? 2 hours only, can claim transport.
        [09:14] Can, I take the KKH one. But after that must rush to State Courts for the 11.30 mention, so need someone cover if it overrun ah.
        [09:20] Reminder for court assignments: dark top, no patterned shirt. Interpreter stands at the witness box side, not beside the accused.
        [10:02] The signs for PayLah and PayNow got people use different versions, can we standardise at Thursday team meeting? 我觉得要统一一下。
        [10:05] Setuju. Also the BIM sign for mahkamah vs SgSL sign for court confusing the JB clients, let's make a short video glossary for the team.
        [11:30] VRI room 2 webcam spoil again lah, IT say replacement Logitech C920 arrive Monday. Use room 3 first ok, booking calendar updated.
        [12:45] Lunch at Ah Hock Sign Café downstairs? Set lunch $6.80, kopi peng free today because their deaf staff anniversary.
        [14:10] Duty line damn busy today, 23 SMS before 2pm. Most asking about National Day Rally livestream captions. 今天真的好忙。
        [15:02] PSA: captions for PM Lawrence Wong's rally speech will be on the official livestream, we only need 2 standby interpreters at the venue.
        [16:20] Whoever handled the Canossian School booking pls upload the attendance sheet to the shared drive by Friday, finance chasing already.
        [17:05] Esok jam 8 pagi ada briefing for the Hospital Sultanah Aminah team, meet at lobi utama. Jangan lambat ya, parking susah.
        [17:40] Note from coordinator: mental health sessions at IMH need 2 interpreters rotating every 20 mins. Please don't book yourself solo.
        [18:15] Ok paiseh, I log off first. Tmr SMS duty 9-1, after that reach me via the team hotline 6356 8166 ext 23 or the ops channel.
    """),
    ("mixed", "captioning_config_and_code"): _lines("""
        captioning: {engine: whisper-large-v3, language: en-SG, fallback_language: zh-CN, max_latency_ms: 3000, profanity_filter: true}
        VRI_TURN_SERVER=turn:turn.relay.example.org:3478 ; VRI_ROOM_PREFIX=vri- ; VRI_MAX_PARTICIPANTS=4  # 3 parties + 1 interpreter
        def rate_for(booking): return 90 if booking.venue_type in ('CLINIC', 'COURT') else 75  # SGD per hour, rev 2026-01
        SMS_SENDER_ID=SIGNDESK ; SMS_TEMPLATE_CONFIRM='Your interpreter booking {booking_id} on {date} at {time} is confirmed. Reply C to cancel.'
        caption_style = {'font_family': 'Noto Sans CJK SC', 'font_size_px': 34, 'bg_opacity': 0.6}  # 字幕大小按礼堂后排可读性调整
        booking_id,type,venue_code,lang,start_local,end_local,interpreters_needed,status,invoice_no,created_by_role
        SELECT venue_code, COUNT(*) AS n, AVG(billed_minutes) FROM bookings WHERE lang='BIM' AND start_local >= '2026-01-01' GROUP BY venue_code;
        LANG_CODES = {'sgsl': 'Singapore Sign Language', 'bim': 'Bahasa Isyarat Malaysia', 'hksl': '香港手語', 'tsl': '台灣手語', 'csl': '中国手语'}
        webhook: POST https://api.booking.example.sg/v2/hooks/caption-ready  headers: {X-Signature: sha256=<hmac>, Content-Type: application/json}
        schedule: '0 0 * * *'  # 每晚午夜跑 invoice batch, TZ=Asia/Singapore, retries: 3, alert_channel: '#ops-finance'
        assert format_booking_id(2026, 4417) == 'BK-2026-04417', 'booking id must be zero-padded to 5 digits'
        i18n.ms.reminder = 'Peringatan: temujanji jurubahasa isyarat anda esok jam {time} di {venue}. Balas B untuk batal.'
        retention_policy: {vri_recordings_days: 0, caption_transcripts_days: 30, sms_logs_days: 180}  # PDPA: jangan simpan rakaman video
    """),
    ("ms", "notis_persatuan_pekak"): _lines("""
        NOTIS: Pejabat Persekutuan Orang Pekak Malaysia (MFD) akan ditutup pada 31 Ogos 2026 sempena Hari Kebangsaan. Talian SMS kecemasan kekal beroperasi.
        Tempahan jurubahasa Bahasa Isyarat Malaysia (BIM) untuk temujanji hospital kerajaan perlu dibuat sekurang-kurangnya 7 hari bekerja lebih awal.
        Kelas BIM Asas Siri 14 bermula 6 Jun 2026, setiap Sabtu 10 pagi hingga 12 tengah hari. Yuran RM250 termasuk buku kerja dan sijil penyertaan.
        Perkhidmatan jurubahasa di mahkamah disediakan secara percuma bagi kes jenayah; sila minta pegawai mahkamah menghubungi sekretariat kami terus.
        Ahli yang ingin memperbaharui keahlian tahunan boleh membayar RM20 melalui DuitNow QR di kaunter atau pindahan bank ke akaun rasmi persatuan.
        Makluman: Talian panggilan video (VRS) beroperasi Isnin hingga Jumaat, 9 pagi hingga 5 petang, kecuali cuti umum Wilayah Persekutuan.
        Sambutan Minggu Pekak Antarabangsa 2026 akan diadakan di Dewan Komuniti Brickfields pada 26 September. Jurubahasa BIM dan sari kata langsung disediakan.
        Pertandingan bercerita dalam BIM untuk murid sekolah pendidikan khas: borang penyertaan perlu dihantar sebelum 15 Julai melalui guru penasihat.
        Untuk sebarang pertanyaan, hubungi sekretariat di 03-2274 1439 (SMS/WhatsApp sahaja) atau e-mel urusetia@pekak-contoh.org.my.
        Peringatan: Jurubahasa tidak dibenarkan menerima bayaran tunai terus daripada pelanggan. Semua bayaran mesti melalui invois rasmi persatuan.
        Bengkel sari kata untuk guru bertajuk Menyediakan Video Pembelajaran Mesra Pekak, 12 Ogos 2026, Bilik Seminar Tingkat 3, ibu pejabat persatuan.
        Senarai harga: khidmat jurubahasa BIM RM120 sejam (minimum 2 jam), sari kata masa nyata RM200 sejam, tambang luar Lembah Klang ikut jarak.
        Persatuan mengucapkan terima kasih kepada penaja korporat, Perdana Isyarat Sdn. Bhd., atas sumbangan 20 unit tablet untuk talian video ahli di Sabah dan Sarawak.
    """),
    ("zh-Hans", "手语翻译服务价目表"): _lines("""
        新加坡手语（SgSL）翻译服务价目表（2026年1月1日起生效）：普通门诊每小时90新元，最少计费1小时，之后每15分钟计费一次。
        法院及律师事务所预约：每小时120新元，须提前10个工作日预约；如庭审延期，提前48小时通知可免收取消费，否则按半价收费。
        学校家长会、毕业典礼、颁奖礼等活动：每小时75新元；教育部属下学校可凭采购订单（PO）月结，发票每月5日前以电子邮件寄到学校财务部门。
        视频远程翻译（VRI）：每15分钟22.50新元，适用于Zoom、Microsoft Teams及本会自建平台，网络及设备费用由客户自理。
        实时文字字幕（CART）：每小时150新元，最少2小时；英语、华语双语字幕另加40%，需至少提前3个工作日提供讲稿、幻灯片或讲者名单。
        交通附加费：中央商务区以外或早上8点前开始的预约，每次加收25新元；跨境新山（柔佛）预约另计关卡、过路费及往返交通费用，以实际收据为准。
        紧急当日预约另加50%附加费，须先通过服务热线 6356 8166 确认是否有译员，该号码只接受短信（SMS）及WhatsApp。
        会员优惠：登记聋人会员到公立医院及综合诊疗所就医，翻译费用享政府津贴，自付部分每小时仅10新元，预约时请注明会员类别及会员证有效期。
        以上价格均未含9%消费税（GST）。本会社团注册号（UEN）：S55SS0012D。发票将于服务完成后7个工作日内以电子邮件寄出。
        马来西亚手语（BIM）翻译：半天套餐（4小时）380令吉，全天套餐（8小时）700令吉，均含吉隆坡市区交通费，另加8%服务税。
        取消政策：提前48小时以上取消不收费；24至48小时内取消收取50%费用；24小时内取消或客户未到场则收取全额费用，特殊情况可向本会申诉。
        团体手语课程：初级班10堂共280新元，中级班12堂共360新元，教材费另计，出席率达80%者结业时颁发证书，名额有限，先到先得。
        付款方式：PayNow（UEN）、银行转账、支票或NETS均可；恕不接受现金直接付给译员。发票编号格式为INV-SG-年份-六位流水号。
    """),
    ("zh-Hant", "聾人教育與手語歷史"): _lines("""
        1760年前後，法國神父德雷佩（Charles-Michel de l'Épée）在巴黎創辦世界上第一所公立聾校，以手勢教學，被後人尊稱為「聾人之父」。
        1817年，高立德（Thomas Hopkins Gallaudet）與法國聾人教師克雷爾（Laurent Clerc）在美國哈特福德創立美國聾校，美國手語由此逐步發展成形。
        1880年米蘭國際聾人教育會議通過「口語法優先」決議，手語在各國課堂被壓制近百年，直至2010年溫哥華會議才正式撤回該決議並致歉。
        台灣手語深受日本手語影響，日治時期台南與台北先後設立盲啞學校，至今仍可見台南、台北兩種手語方言在詞彙上的差異，研究者稱為南北兩系。
        香港手語的發展與上海手語頗有淵源，一般認為1940年代末南來的聾人教師及聾人把上海的手勢帶到香港，再與本地手勢融合成今日的香港手語。
        新加坡聾人協會（SADeaf）成立於1955年，現址位於蒙巴頓路227號，數十年來一直提供手語翻譯、聾人教育、社工輔導及手語課程等服務。
        新加坡聾人教育數十年間經歷口語法、全面溝通法與雙語雙文化教學的轉變，新加坡手語（SgSL）的地位在聾人社群多年爭取下逐步提升，並受到更多公眾認識。
        海倫·凱勒（Helen Keller）1955年曾訪問亞洲多國，她在自傳《我的生活》中記述了老師安妮·蘇利文如何在她掌心一個字母一個字母地拼寫文字。
        2006年聯合國通過《身心障礙者權利公約》，明確承認手語與口語具有同等語言地位，台灣則於2014年制定《身心障礙者權利公約施行法》。
        澳門的聾人團體與社福機構近年積極推動手語翻譯員培訓，政府新聞發佈會亦開始安排手語即時傳譯，讓聽障市民能與其他市民同步獲得重要資訊。
        馬來西亞手語（BIM）於上世紀九十年代由聾人社群整理推廣，與學校長期使用的規範馬來語手勢（KTBM）並存多年，兩者的取捨至今仍有討論。
        貝爾（Alexander Graham Bell）一生致力於聾人口語教育，他的母親與妻子皆為聾人，但他反對聾人之間通婚的主張至今仍具爭議，被聾人社群批評。
        2020年疫情期間，港台兩地政府記者會的手語翻譯員經常出現在電視畫面中央，令公眾更認識手語翻譯這個專業，報讀手語課程的人數亦隨之增加。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Booking BK-2026-05102: Mr Ong Wei Jie (deaf, SgSL user), NRIC S8834152Z, oncology review at NCCS 14 Apr 10:30. Please brief the interpreter that his biopsy came back positive.
        Member record: Nurul Ain binti Rashid, DOB 03/11/1994, profoundly deaf since birth, cochlear implant (left) 2019, contact by SMS only +65 9734 2816.
        Hi, can you send an interpreter to Family Justice Courts on 22 May? It's my divorce mention, my husband Kelvin Teo already got a lawyer and I cannot follow without signing. - Serene Teo
        SMS received from +65 8127 4490 at 02:14: pls help my father fall down at home we cannot call 995 because all deaf, send ambulance
        Invoice query from Mdm Lee Bee Hoon: she says her son's interpreting at Canossian School (P4) should be free as he is on MOE FAS, household income $2,100 a month.
        Interpreter note: client Rajesh s/o Muniandy, 54, disclosed to the psychiatrist at IMH that he owes an Ah Long about $18k and has been sleeping at the void deck.
        BK-2026-05117,CLINIC,KKH-O&G,SgSL,2026-04-18 09:00,Chua Li Ting,F,G7345218Q,pregnant 28 weeks,9162 0385
        Please update my address for the newsletter: Blk 412 Bedok North Ave 2, #08-1175, Singapore 460412. Thanks, Farhan (member no. SAD-M-03321)
        VRI log 2026-04-02 15:10 caller=joanne.seah.88@gmail.com callee=Changi General Hospital A&E note=caller reports chest pain, husband deaf-blind
        Court booking: accused Muhammad Hafiz bin Zulkifli (deaf), charged with theft, bail $10,000, mention at State Courts 10 Jun 2026; family contact is his sister at 9048 6621.
        Pls note interpreter Winnie Goh cannot take assignments till end-May, she's on medical leave after her miscarriage, don't tell the clients.
        Payout to freelance interpreter Lim Jia Hui, POSB Savings 123-45678-9, April assignments 14.5 h x $60 = $870.00
        Parent consent form - Student: Tan Yu Xuan, Sec 2, Beatty Secondary; Parent: Tan Ah Kow, mobile 9655 1204; diagnosis: bilateral sensorineural hearing loss 80 dB.
        Captioning request for my late mother's wake at the void deck of Blk 33 Jalan Bukit Merah, 12-14 May, my brother and I are both deaf. Contact: Suresh Pillai, suresh.pillai.sg@outlook.com
        Driver for deaf-blind member: pick up Mr Yeo Kok Hwa at his home, 17 Jalan Kembangan, then to Tan Tock Seng eye clinic; car plate SLA 4418 E.
        Salary query: interpreter Nadia Hassan, basic $3,850, court allowance $420, CPF employee $854, net $3,416; she asked HR why her June pay was $300 short.
        S9127485Z - this one is my NRIC, pls use it for the polyclinic subsidy form, last time the staff key in the wrong number.
        Note to interpreter: Madam Siti Hajar (74, deaf, widow) lives alone in Pasir Ris, her grandson is in DRC for drugs, she may cry during the hearing, please be patient.
        Complaint: Mr Daniel Koh says the interpreter at the clinic disclosed his HIV status to his employer; he wants a written apology sent to 5 Siglap Plain, Singapore 456043.
        Emergency contact for member SAD-M-01877: mother Josephine Tan, 9821 5507; member has epilepsy, seizure plan attached, do not leave alone during VRI sessions.
    """),
    "mixed": _lines("""
        陈太 call the duty line again, her hubby 陈志强 still warded after the stroke, she need interpreter for family conference at SGH Ward 57 Thursday 3pm.
        Ah Meng (the deaf uncle from Jurong, 阿明) WhatsApp us from 9387 2146 say landlord want chase him out, rent arrears 3 months $2,700, can find social worker help?
        Booking for Encik Azman bin Yusof, IC 780915-01-5527, Hospital Sultanah Aminah JB, dialysis review, tolong sediakan jurubahasa BIM, phone 012-745 3391.
        林太 say her daughter 林佩琪 pregnant already, 16 years old only, want interpreter for the 产检 at KKH but don't want the school to know, pls keep confidential.
        Transfer done lah: RM450 to Maybank 1640 2288 7719 (Chong Mei Ling), BIM interpreting at Mahkamah Majistret Klang, 3 jam. 收到请回复。
        Captioning request from 黃偉明 Wong Wai Ming, HKID K531268(A), HKU lecture 5 Sep, email wm.wong.hku@gmail.com, 佢係重度聽障，需要中英字幕。
        Member update: Kavitha d/o Ramasamy, new HP 9712 0048, moved to Blk 221 Tampines St 24 #05-301, can send the Deepavali hamper there.
        Interpreter whatsapp: eh the client 小芳 today at polyclinic confirm diabetes type 2, doctor say HbA1c 9.8, she very scared, tmr need follow-up again.
        Plate JRT 5521 parked at the association carpark again, owner is the deaf member Zulkarnain from Kota Tinggi, boleh tolong inform dia alih kereta?
        Court roster note: Mr Gopal a/l Subramaniam (deaf) bankruptcy hearing 8 Jul, owes about RM86,000 to 3 banks, his wife also deaf, 需要两位译员轮换。
    """),
    "ms": _lines("""
        Tempahan jurubahasa: Puan Rohana binti Ismail, No. KP 650402-08-5164, temujanji klinik mata Hospital Raja Permaisuri Bainun Ipoh, 18 Mei 2026, 9 pagi.
        Ahli baharu: Mohd Firdaus bin Abdullah, pekak sejak umur 2 tahun, alamat No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam, telefon 019-384 7712.
        Saudara Hakim Roslan memaklumkan beliau ditahan polis semalam di Balai Polis Dang Wangi, perlukan jurubahasa BIM segera sebelum 2 petang.
        Sila masukkan gaji jurubahasa sambilan Aina Sofea: RM1,860 bulan Mei, akaun CIMB 7012445690, dia tengah bayar hutang PTPTN.
        SMS dari 013-266 4081: Saya pekak, suami pukul saya lagi malam tadi, tolong hantar jurubahasa ke balai polis, saya takut nak balik rumah.
        Rekod ahli: Lim Siew Kim, IC 820711-07-5040, pekak separa, anak tunggal autisme, bantuan JKM RM300 sebulan, e-mel lsk82.pg@yahoo.com
        Makluman untuk jurubahasa: klien Encik Tan Boon Huat disahkan HIV positif minggu lepas, sesi kaunseling di Klinik Kesihatan Kuala Lumpur Khamis ini.
        Pemandu van minta alamat rumah ahli Norhayati: Lot 1127, Kampung Sungai Penchala, 60000 Kuala Lumpur, ambil jam 7.30 pagi ke mahkamah syariah (kes cerai).
    """),
    "zh-Hans": _lines("""
        手语翻译预约：周建国先生，身份证号440106197803154212，聋人，5月20日上午在广州市第一人民医院做胃镜，联系人女儿周婷 138 2716 4059。
        王阿姨今天用视频热线哭着说儿子欠了网贷十几万，催收的人天天打电话，她听不见只能看短信，能不能帮她找法律援助？
        会员档案：刘晓燕，女，1991年出生，先天性听力障碍，现住上海市浦东新区张杨路1288弄5号602室，手机 186 0217 3394。
        字幕服务付款：收款人 张磊，工商银行卡号 6222 0202 0011 4587 293，金额 ¥1,200，备注：4月法院庭审字幕。
        翻译员群里说：昨天陪的那位李先生，离婚案第二次开庭，前妻要孩子抚养权，他打手语情绪很激动，下次要安排两位译员。
        新加坡分会：陈美玲（FIN G5538127K）在本会登记为聋人会员，工作准证即将到期，雇主拒绝提供翻译，请社工跟进。
    """),
    "zh-Hant": _lines("""
        預約手語傳譯：何家豪先生，香港身份證 Y274813(2)，6月3日上午10時於東區裁判法院出庭，電話 6128 4470。
        會員資料：吳淑芬，身分證字號 B224173602，住台中市西屯區，重度聽障，緊急聯絡人為丈夫 0932-518-447。
        梁太話佢個仔阿俊又喺學校俾人蝦，因為佢聽唔到，想我哋派傳譯員陪佢去見校長，電話 9426 3187。
        視訊熱線紀錄：來電者蔡志明，澳門居民，自述患上抑鬱症三年，失業後欠下賭債約三十萬澳門元，情緒低落。
        字幕申請：申請人鄭雅婷，地址新北市板橋區文化路一段188巷12號3樓，需於女兒婚禮上提供即時字幕。
        傳譯員薪酬：譚詠詩 二月共22小時，每小時港幣450元，存入匯豐戶口 123-456789-001。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking-desk assistant of a Singapore deaf association. Draft short, plain-English SMS messages for Deaf clients.",
        ),
        (
            "user",
            "Pls draft SMS to confirm interpreter for Mr Ong Wei Jie, 9734 5580, NCCS oncology 14 Apr 10.30am. Booking BK-2026-05102.",
        ),
        (
            "assistant",
            "Here is a draft: Hi Mr Ong, your SgSL interpreter for NCCS on 14 Apr at 10.30am is confirmed (BK-2026-05102). Please meet at the clinic reception 10 min early. Reply C to cancel. To send to 9734 5580.",
        ),
        ("user", "Make it shorter, he doesn't read long English."),
        (
            "assistant",
            "Mr Ong: 14 Apr 10.30am NCCS. Interpreter confirmed. Come 10 min early. Reply C to cancel.",
        ),
    ],
    [
        (
            "user",
            "Summarise this court email for our interpreter roster: 'Accused: Muhammad Hafiz bin Zulkifli, NRIC T0281574A, deaf, charge: theft (s 379 Penal Code), mention 10 Jun 2026 9.30am, State Courts. Next of kin: Nur Aisyah (sister) 9048 6621.'",
        ),
        (
            "assistant",
            "Roster summary: 10 Jun 2026, 9.30am, State Courts mention. Deaf accused Muhammad Hafiz bin Zulkifli (NRIC T0281574A), theft charge. Next of kin: sister Nur Aisyah, 9048 6621. Recommend 2 interpreters.",
        ),
        ("user", "Thanks. Do we need to put his NRIC in the roster?"),
        (
            "assistant",
            "No. For the roster, the hearing date, court and booking reference are enough. Keep the NRIC only in the case file with restricted access.",
        ),
    ],
    [
        (
            "system",
            "You help freelance sign-language interpreters in Singapore think through ethics questions. Be practical.",
        ),
        (
            "user",
            "Eh I interpret for a deaf girl at KKH yesterday, Chua Li Ting, 19 only, she pregnant 28 weeks and her parents don't know. Today her mum WhatsApp me ask what happened at the appointment. How ah?",
        ),
        (
            "assistant",
            "You should not tell her mother anything. The session is confidential and Li Ting is an adult. Reply politely that you can't discuss assignments and suggest her mum ask Li Ting directly. If you feel she is at risk, raise it with your coordinator, not the family.",
        ),
        ("user", "Ok can, I reply her like that. Thanks."),
    ],
    [
        (
            "system",
            "Anda pembantu pentadbiran sebuah persatuan orang pekak di Malaysia. Tulis dalam Bahasa Melayu yang sopan.",
        ),
        (
            "user",
            "Tolong tulis surat sokongan untuk ahli kami Puan Rohana binti Ismail, No. KP 650402-08-5164, yang perlukan jurubahasa BIM di Hospital Raja Permaisuri Bainun Ipoh pada 18 Mei 2026.",
        ),
        (
            "assistant",
            "Kepada Pengarah, Hospital Raja Permaisuri Bainun, Ipoh. Dengan hormatnya, kami mengesahkan bahawa Puan Rohana binti Ismail (No. KP 650402-08-5164) ialah ahli berdaftar persatuan ini dan seorang pekak. Beliau memerlukan jurubahasa Bahasa Isyarat Malaysia semasa temujanji pada 18 Mei 2026. Kerjasama pihak tuan amat dihargai.",
        ),
        ("user", "Tambah nombor telefon anak dia, 012-558 2047, sebagai orang hubungan."),
        (
            "assistant",
            "Baik. Tambah ayat ini sebelum penutup: Untuk sebarang urusan, sila hubungi anak beliau di talian 012-558 2047.",
        ),
    ],
    [
        (
            "user",
            "帮我把这几条会员资料整理成CSV：刘晓燕，女，1991年，手机18602173394，身份证31011519910622308X；周建国，男，1978年，手机13827164059。",
        ),
        (
            "assistant",
            "name,gender,birth_year,mobile,id_no | 刘晓燕,女,1991,18602173394,31011519910622308X | 周建国,男,1978,13827164059,（身份证缺）",
        ),
        ("user", "周建国的身份证是440106197803154212，补上。另外能不能帮我把身份证号中间打码？"),
        (
            "assistant",
            "可以。打码后：刘晓燕 310115********308X；周建国 440106********4212。建议原始表格只保存在会内加密硬盘，不要发到群里。",
        ),
    ],
    [
        (
            "system",
            "你是香港一間聾人服務機構的客服助理，請用繁體中文回覆。來電者資料：何家豪，香港身份證 Y274813(2)，電話 6128 4470，6月3日東區裁判法院出庭。",
        ),
        ("user", "我想問下6月3號嗰日有冇傳譯員跟我去法院？"),
        (
            "assistant",
            "何先生你好，系統顯示已為你安排一位香港手語傳譯員，6月3日上午9時45分在東區裁判法院大堂等你。如需更改，請以短訊聯絡我們。",
        ),
        ("user", "好，唔該。"),
    ],
    [
        (
            "system",
            "You extract structured fields from scanned intake forms for a deaf association in Singapore. Output key: value pairs.",
        ),
        (
            "user",
            "Form text: 'Name of member: Kavitha d/o Ramasamy. NRIC: S7702916H. Address: Blk 221 Tampines St 24 #05-301 S521221. HP: 9712 0048. Hearing: profound, both ears. Preferred language: SgSL. Medical: hypertension, on amlodipine.'",
        ),
        (
            "assistant",
            "name: Kavitha d/o Ramasamy; nric: S7702916H; address: Blk 221 Tampines St 24 #05-301, Singapore 521221; mobile: 9712 0048; hearing_loss: profound, bilateral; preferred_language: SgSL; medical_notes: hypertension (amlodipine)",
        ),
        ("user", "Good. Flag which fields are sensitive."),
        (
            "assistant",
            "Sensitive: nric, address, mobile and medical_notes. hearing_loss is also health data, so keep it in the restricted section of the member file.",
        ),
    ],
    [
        (
            "user",
            "Hi, I need live captions for my wedding dinner in Ipoh on 20 Dec, my father is deaf. Budget around RM1,500. Can help me write the enquiry email?",
        ),
        (
            "assistant",
            "Sure. Could you share the venue, time, and your name and contact so I can put them in the email?",
        ),
        (
            "user",
            "Venue Hotel Excelsior Ipoh ballroom, 7pm-11pm. I'm Chong Mei Ling, 016-552 8143, meiling.chong.ipoh@gmail.com. Ayah saya guna BIM, tapi dia lebih suka baca sari kata bahasa Cina.",
        ),
        (
            "assistant",
            "Subject: Enquiry - live captioning for wedding dinner, 20 Dec, Ipoh. Dear team, I am Chong Mei Ling and I would like to book real-time Chinese captions (with a BIM interpreter if available) for my wedding dinner at Hotel Excelsior Ipoh, 7pm to 11pm on 20 Dec. My father is deaf. Our budget is about RM1,500. Please contact me at 016-552 8143 or meiling.chong.ipoh@gmail.com. Thank you.",
        ),
    ],
    [
        (
            "system",
            "Member context for the help-line assistant: Madam Siti Hajar binte Osman, 74, deaf since childhood, lives alone at Blk 568 Pasir Ris St 51 #03-112, emergency contact: grandson Irfan (currently in DRC). Uses SgSL and simple written Malay.",
        ),
        (
            "user",
            "The member sent SMS: 'tak sihat, pening, tak boleh bangun'. What should the duty officer do?",
        ),
        (
            "assistant",
            "Treat it as possibly urgent. Reply by SMS in simple Malay asking if she needs an ambulance, and if she does not answer within a few minutes, contact SCDF via the 70995 emergency SMS service with her address, Blk 568 Pasir Ris St 51 #03-112. Her listed contact is not reachable, so also inform the case social worker.",
        ),
        ("user", "Ok, writing to her now."),
    ],
    [
        (
            "system",
            "You are a triage assistant for a Malaysian video relay help line for Deaf callers. Respond in English with short steps.",
        ),
        (
            "user",
            "Caller on VRS now: deaf woman, says husband hit her again, she is at 7-2, Blok B, Pangsapuri Seri Intan, Jalan Klang Lama. Her phone 013-266 4081. She wants to go police station but scared.",
        ),
        (
            "assistant",
            "1. Ask if she is safe right now; if not, call 999 for her and give the address 7-2, Blok B, Pangsapuri Seri Intan, Jalan Klang Lama. 2. Offer a BIM interpreter to meet her at the nearest police station. 3. Share the Talian Kasih 15999 WhatsApp option. 4. Log the call as domestic violence, high priority.",
        ),
        ("user", "She says safe for now, husband out. Will go to balai polis with interpreter."),
        (
            "assistant",
            "Good. Book the on-call interpreter now, keep her number 013-266 4081 in the case note only, and check back with her by SMS in 30 minutes.",
        ),
    ],
]
