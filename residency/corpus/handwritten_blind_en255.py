# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en255: SG/MY sign-language interpreters, live captioning and deaf community services (interpreter bookings, CART captioning for events, deaf association membership, hearing-aid subsidies, video relay calls, school support). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en255
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "event_notices"): _lines("""
        NOTICE: Singapore Sign Language (SgSL) interpretation and live English captions will be provided at the Purple Parade closing concert near the Marina Bay stage from 6.30pm.
        Captioning for the Enabling Masterplan 2030 town hall is done by CART writers at 220 wpm; the live text link goes up 15 minutes before start at captions.signbridge.sg/emp2030.
        Deaf-friendly screening: captioned (CC) sessions of the film run every Saturday 2pm at Golden Village Plaza Singapura, Hall 5. Book via the GV app and look for the CC icon.
        The SADeaf office at 227 Mountbatten Road will close on 1 May (Labour Day) and reopen on 2 May at 9am. Video relay calls will be handled by the backup team until then.
        Interpreter booking hotline changes from 1 March: call 6123 4580 during office hours, or use the WhatsApp-only line +65 8800 4127 if you prefer text or video messages.
        Malaysian Sign Language (BIM) interpreters will sign Prime Minister Anwar Ibrahim's Hari Kebangsaan address live on RTM TV1; a captioned replay goes up on RTMKlik within 2 hours.
        Reminder to all freelance interpreters: Q3 peer supervision is on 14 Sep 2025, 10am-1pm, Level 3 Training Room, Enabling Village, 20 Lengkok Bahru, Singapore 159053.
        Hearing loop installed: the service counters at Level 1 of this library now have induction loops. Switch your hearing aid or cochlear implant processor to T-coil to use it.
        Family sign language class (Basic SgSL Level 1) starts 6 Jan, 10 Tuesdays, 7pm-9pm. Fee S$180, or S$90 for household members of deaf children with a school referral letter.
        Deaf, hard-of-hearing and speech-impaired residents who cannot make a voice call can reach SCDF by SMS at 70995; register your mobile number in advance through the official channel.
        Event organisers: please send slides, the programme and any unusual terms to our captioners at least 3 working days ahead at prep@captionworks.com.my so we can build the dictionary.
        The Deaf Awareness Week exhibition runs 22-28 Sep at the National Library Building, 100 Victoria Street, Level 1 Plaza; free entry, with interpreters on site 11am-4pm daily.
        Due to a Zoom outage, the 3pm captioned webinar on hearing-aid subsidies moves to 4.15pm; the same meeting ID 845 2210 9937 and passcode HEAR2025 still apply.
    """),
    ("en", "faq"): _lines("""
        Q: How far ahead should I book an SgSL interpreter? A: At least 5 working days for short appointments and 3 weeks for conferences; same-day requests are best effort only.
        Q: Why do you send two interpreters for a 2-hour lecture? A: Interpreters swap every 15 to 20 minutes to stay accurate; one works while the other monitors and feeds missed terms.
        Q: What is the difference between CART and auto captions? A: CART is written live by a trained stenographer at about 98-99% accuracy; auto captions in Zoom or Teams often miss names and jargon.
        Q: Can I use the Assistive Technology Fund for hearing aids? A: Possibly. The fund is administered by SG Enable and the subsidy tier depends on per-capita household income; check their site for current criteria.
        Q: Do you charge a cancellation fee? A: Cancellations with less than 48 hours' notice are billed at 50% of the booked hours; under 24 hours, 100%, because the interpreter has already blocked the slot.
        Q: Is the video relay service free? A: Yes, VRS calls to government agencies, hospitals and banks are free for registered members, up to 30 minutes per call, Monday to Saturday 8am-8pm.
        Q: Who arranges note-takers at a designated school for deaf students, such as Mayflower Primary School? A: The school's Allied Educators arrange them; parents do not need to book anyone.
        Q: Do you provide Chinese captions? A: Yes, we caption in English, Simplified Chinese and Bahasa Melayu; Chinese live captions use respeaking, so please allow a 4-6 second delay.
        Q: What do you need for a court assignment? A: The case number, court room, hearing date and language pair. Please do not email the charge sheet; our coordinator collects documents on site.
        Q: How do I renew my association membership? A: Ordinary membership is RM30 a year and life membership RM300; pay by DuitNow QR and WhatsApp the receipt to the membership desk at +60 12-380 5521.
        Q: Can interpreters work in a delivery suite or ICU? A: Yes, with the hospital's consent; a small pool of medically trained interpreters is bookable 24/7 through our on-call line 6789 0120.
        Q: Is my video relay call recorded? A: No. Calls are not recorded and interpreters follow a code of ethics on confidentiality; only call time, duration and agency name are logged for billing.
        Q: Which hearing aids can be bought under the JKM assistance scheme? A: Behind-the-ear models from listed suppliers such as Phonak, Oticon and Signia, up to the cap stated in the current JKM circular.
    """),
    ("en", "price_list_and_invoices"): _lines("""
        SgSL interpreting (community, 2-hr minimum): S$90/hr per interpreter; after 7pm, Sundays and public holidays S$120/hr; travel outside the CBD add S$25 flat.
        CART live captioning, English: S$180/hr remote via StreamText or 1CapApp; on-site with display screen S$220/hr; transcript clean-up within 3 days S$40 per recorded hour.
        INVOICE INV-2025-0418 | SignBridge Interpreting Pte Ltd (UEN 201927753H) | Client: Ngee Ann Polytechnic Student Services | 6 x 3hr lectures @ S$270 = S$1,620.00 + GST 9% S$145.80
        Hearing aid price list (per unit, before subsidy): Signia Pure C&G 3IX S$2,480; Phonak Audeo Lumity L50 S$3,150; Oticon Real 2 S$3,690; ReSound Omnia 5 S$2,950.
        Video Remote Interpreting (VRI) plans for SMEs: Basic 300 min/month RM450, Plus 800 min/month RM1,050, extra minutes RM1.80 each; SST 8% applies to all services.
        Receipt RCPT-MY-77120 dated 03/02/2025, Persatuan Jurubahasa Isyarat Malaysia (PPM-001-14-20112018): corporate membership RM500.00, paid via FPX, ref FPX2502031184522.
        Quotation Q-2411-062 for the Temasek Polytechnic graduation: 2 interpreters x 4 ceremonies x 3.5hr, 1 CART writer x 4 ceremonies, on-site LED captions; total S$9,860 before GST, valid 30 days.
        Batteries and accessories: size 312 zinc-air 6-pack S$9.90, size 13 S$9.90, size 675 implant battery 6-pack S$12.50; dry-aid kit S$18; Bluetooth TV streamer S$329.
        Written translation (English to plain English for Deaf readers, or English to SgSL video): S$0.25 per word, or S$150 per finished minute of signed video, 5 working days.
        Credit note CN-0093 against INV-2025-0355: 1.5 hours refunded because the event ended early, S$135.00 + GST S$12.15, to be applied to the next invoice.
        Bank details for payment: SignBridge Interpreting Pte Ltd, DBS current account 072-945118-3, SWIFT DBSSSGSG; or PayNow to UEN 201927753H quoting the invoice number.
        Purchase order PO/KKM/2025/00781 from Hospital Kuala Lumpur, Jalan Pahang: BIM interpreter retainer, 40 hours per month at RM85/hr, billed monthly in arrears.
        Late payment: invoices unpaid after 30 days attract a 1.5% monthly charge; send the remittance advice to accounts@signbridge.com.sg or fax 6345 2218.
    """),
    ("en", "log_lines_and_config"): _lines("""
        2025-03-14T09:02:17+08:00 INFO vrs-gateway call_id=VRS-8f3a21c7 queue=sgsl wait_ms=41250 interpreter_pool=day agency=CPF_BOARD status=connected
        2025-03-14T09:31:05+08:00 WARN caption-relay stream=EVT-2407-HALL401 latency_ms=3870 threshold_ms=3000 action=switch_backup_encoder host=cap-edge-02.sg
        POST /v2/bookings {"lang":"SgSL","setting":"medical","start":"2025-04-02T14:00:00+08:00","duration_min":120,"interpreters":2} -> 201 Created id=BK-104882
        captions.yaml: provider: streamtext; event_code: NDR2025; font_size: 48; lines_on_screen: 3; profanity_filter: false; fallback: google_live_transcribe
        ERROR 2025-06-01 22:14:09 notify-svc: SMS reminder batch BATCH-20250601-07 failed at provider=twilio code=30007, 214 of 1,980 messages queued for retry
        export CAPTION_API_BASE=https://api.captionworks.com.my/v1 && export CAPTION_API_KEY=sk_test_EXAMPLEONLY_do_not_use && npm run start:relay
        SELECT booking_id, setting, hours, rate_sgd FROM bookings WHERE status = 'CONFIRMED' AND start_at >= '2025-07-01' ORDER BY start_at LIMIT 50;
        def round_billable(minutes: int, block: int = 30) -> int: return max(120, -(-minutes // block) * block)  # 2-hr minimum, round up to 30 min
        sha256(caption_archive_2025-05-12_EVT-2399.srt) = 3b1f9d0c7a5e24f68e01c9b2d4a7f3e6b8c0d1e2f3a4b5c6d7e8f90a1b2c3d4e
        relay-app v3.8.2 (build 20250710.4): lower video bitrate on 4G, signer window pinned on top, fixed crash when switching to the front camera on Android 14.
        booking_ref,event_date,venue,setting,lang_pair,interpreters_needed,cart_needed,hours_booked,rate_code,invoice_no,po_no,status
        2025-08-09T19:45:00+08:00 INFO scheduler assigned 4/4 slots for NDP2025-INT (national broadcast), shift_min=20, backup=2, confirm_deadline=2025-08-01T12:00:00+08:00
        haproxy backend caption_ws: 3/3 servers UP, sessions cur=842 max=1200, avg resp 18ms, health check /healthz OK at 2025-07-12 10:15:02 SGT
    """),
    ("ms", "pengumuman"): _lines("""
        Makluman: Perkhidmatan jurubahasa isyarat (BIM) di kaunter Jabatan Pendaftaran Negara Putrajaya dibuka setiap Selasa dan Khamis, 9 pagi hingga 12 tengah hari, tanpa temu janji.
        Permohonan bantuan alat bantu pendengaran boleh dibuat di Pejabat Kebajikan Masyarakat Daerah berhampiran; sila bawa Kad OKU, laporan audiologi terkini dan sebut harga pembekal.
        Kelas Bahasa Isyarat Malaysia Asas bermula 8 Mac 2025, setiap Sabtu 10 pagi hingga 12 tengah hari di dewan serbaguna persatuan; yuran RM120 untuk 10 sesi.
        Sari kata langsung dalam Bahasa Melayu dan Inggeris disediakan untuk Perhimpunan Bulanan Kementerian; pautan akan dihantar melalui e-mel rasmi jabatan sehari sebelum majlis.
        Talian bantuan WhatsApp untuk komuniti Pekak: +60 11-5522 9081 (mesej teks atau video sahaja), Isnin hingga Jumaat 9 pagi - 5 petang; panggilan suara tidak dilayan.
        Notis penutupan: pejabat persatuan di Tingkat 2, Blok B, Kompleks Sosial, Jalan Raja Muda Abdul Aziz, Kuala Lumpur ditutup sempena Hari Raya Aidilfitri dari 29 Mac hingga 3 April.
        Yuran keahlian 2025: ahli biasa RM20 setahun, ahli seumur hidup RM250, ahli bersekutu (keluarga dan rakan pendengar) RM30; bayaran melalui DuitNow QR di kaunter.
        Buletin utama RTM pada jam 8 malam disertakan jurubahasa isyarat di penjuru skrin setiap hari, termasuk hujung minggu dan cuti umum; siaran ulangan boleh ditonton di RTMKlik.
        Peringatan kepada jurubahasa bebas: tuntutan elaun perjalanan bagi tugasan bulan Jun mesti dihantar sebelum 10 Julai 2025 melalui borang dalam talian yang dikongsi dalam kumpulan rasmi.
        Program sokongan sekolah: guru Pendidikan Khas di SK Pendidikan Khas Jalan Peel, Kuala Lumpur akan menjalani latihan BIM lanjutan selama tiga hari bermula 15 April.
        Pesanan pembelian PB-2025/0432 untuk 40 unit alat pendengaran Oticon Zircon 1 telah diluluskan; penghantaran ke Pusat Audiologi Hospital Sultanah Bahiyah dijangka minggu ketiga Mei.
        Panggilan relay video (VRS) ke agensi kerajaan kini percuma untuk ahli berdaftar; purata masa menunggu bulan lepas ialah 2 minit 40 saat, turun daripada 6 minit.
        Isyarat Nusantara Sdn Bhd (202101034567 / 1434567-X), Level 8, Menara Hap Seng 2, Jalan P. Ramlee, 50250 Kuala Lumpur; e-mel tempahan: tempahan@isyaratnusantara.my
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [08:02] Coordinator: Morning team, today's Suntec job shifted to Hall 404 leh, use the loading bay entrance on Raffles Blvd side. CART screen setup by 8.45 ok?
        [08:05] Captioner A: Noted. Wifi there always lag one, I bring the 4G dongle as backup. Can someone check if the glossary for the fintech panel uploaded already?
        [10:31] Interp team lead: Client want only 1 interpreter for 3hr medical talk, cannot lah, I already explain must have 2 for anything above 1hr. Quote revised to Q-2503-118.
        [11:02] Admin: Boss say the JKM claim forms for Q1 all must submit by Friday, jangan lupa chop syarikat and sign dekat bahagian B ya.
        [12:15] Coordinator: 今天下午 Toa Payoh 那个 job cancel 了, client agree to pay 50% cancellation fee, I update in the booking system already.
        [13:40] Interp: VRS queue very long now, 7 calls waiting, average 5 min. Anyone free boleh log in sekejap? Use the backup station in meeting room 2.
        [14:22] Captioner B: StreamText event code for tonight is MBS-GALA-0912, passcode same format as last year. I added 40 new terms from the speaker slides into the dictionary.
        [15:05] Admin: Reminder the new rate card v2025.2 effective 1 Aug, after 7pm is S$120/hr. Please don't quote old rates to the polytechnics anymore ya.
        [16:48] Interp team lead: 明天 court assignment at State Courts, 1 Havelock Square, 9am sharp, dress code dark colours. Security check takes 20 min so come early.
        [17:30] Coordinator: Hari ni total 11 bookings done, 2 no-show by clients, 1 late cancel. Invoices INV-2025-0601 to 0611 dah generate, check before send can?
        [19:10] Captioner A: Zoom caption API token expired again, I regenerate already. If CC button greyed out for participants, host must enable third-party captioning.
        [20:55] Interp: Evening news interpreter slot next week still open, Tue and Thu 6.30pm. 谁可以 take? Need to reach Mediacorp Campus at 1 Stars Ave by 6pm.
        [21:40] Admin: Hearing aid battery stock low, only 12 packs size 312 left. I order from the Jurong supplier tomorrow, PO-HA-0719, should reach by Wednesday kot.
    """),
    ("zh-Hans", "活动通告"): _lines("""
        【活动通告】新加坡聋人协会将于9月27日（星期六）上午10时在宏茂桥社区俱乐部举办国际聋人周开幕式，现场提供新加坡手语翻译及中英文实时字幕，欢迎公众免费出席。
        本中心手语翻译预约热线：6123 4580（办公时间），WhatsApp 文字或视频留言：+65 8800 4127；紧急医疗预约请注明“急”，我们会在两小时内回复。
        字幕服务收费：英文实时字幕每小时180新元，华文实时字幕（语音重述方式）每小时200新元，会后整理文字稿每小时40新元，以上价格均未含9%消费税。
        吉隆坡暨雪兰莪中华大会堂本周六下午2时举办“助听器与人工耳蜗”公开讲座，由医院耳鼻喉科团队主讲，现场备有马来西亚手语翻译，名额100位，先到先得。
        温馨提示：本馆一楼服务柜台已安装感应线圈系统，配戴助听器或人工耳蜗的读者，请将设备切换至T档，即可清楚听到柜台工作人员的声音。
        发票编号 INV-SG-25-0893，开票方：手桥翻译私人有限公司（UEN 201927753H），服务内容：义安理工学院讲座手语翻译18小时，合计1,620.00新元，另加消费税145.80新元。
        视频转接服务（VRS）时间：星期一至星期六上午8时至晚上8时，每通电话最长30分钟；拨打政府部门、医院及银行均免费，公共假期暂停服务，敬请留意。
        家长手语班现已开放报名：基础新加坡手语第一级，共十堂课，每周二晚上7时至9时，学费180新元，持有学校转介信的聋童家庭成员可享半价优惠。
        马来西亚聋人联合会提醒会员：2025年度会费须于3月31日前缴交，普通会员每年20令吉，终身会员250令吉，可用DuitNow二维码付款后将收据截图发至协会官方WhatsApp。
        本次论坛的华语实时字幕由字幕员以语音重述方式制作，预计会有4至6秒延迟，专有名词已预先输入词库，如发现错字请向现场工作人员反映。
        订单号 SO-20250512-0047 已发货：Phonak Audeo Lumity L70 助听器2台及充电盒，快递单号 SPX-MY-8841 2270 5531，预计三个工作日内送达牛车水服务中心。
        历史小知识：法国神父德雷佩（Charles-Michel de l’Épée）于1760年前后在巴黎创办了世界上第一所公立聋人学校，后世尊称他为“聋人之父”。
        卫生部表示，乐龄人士购买助听器可申请乐龄助行基金等津贴，申请者须提供听力评估报告及家庭收入证明，详情可向各综合诊所或社区关怀中心查询。
    """),
    ("zh-Hant", "服務通告"): _lines("""
        【服務通告】本會手語傳譯預約專線 2711 0000（辦公時間），短訊及WhatsApp：5123 8890，電郵 booking@hksignlink.org.hk；請於活動日期最少七個工作天前提交申請。
        即時字幕（CART）收費：英文每小時港幣1,600元，中文（粵語轉繁體字幕）每小時港幣1,800元，最少兩小時；晚上七時後及公眾假期另加百分之三十。
        助聽器資助提示：符合資格的綜援受助人可申請特別津貼購買助聽器，須附上公立醫院耳鼻喉科或註冊聽力學家發出的評估報告及供應商報價單。
        聽語障者視訊手語翻譯服務時間為週一至週五上午八點至晚上十點，透過手機App即可撥打，每通通話以三十分鐘為限，不收取任何費用。
        澳門聾人協會將於十二月三日國際殘疾人士日在塔石廣場舉辦嘉年華，現場設有手語體驗攤位、助聽器檢查及粵語即時字幕大屏幕，歡迎市民參與。
        歷史小知識：貝爾（Alexander Graham Bell）早年從事聾人教育工作，他的母親與妻子都是聽障人士，這段經歷深深影響了他日後對聲音傳送的研究。
        發票號碼 HK-INV-2503-0217｜手語橋傳譯有限公司（商業登記號碼 71234567-000-03-25-1）｜服務：法律講座手語傳譯 2 名 × 3 小時｜合計港幣 4,800.00 元
        本中心位於九龍深水埗大南街 198 號地下，星期一至六上午十時至晚上七時營業，提供助聽器驗配、電池更換及人工耳蜗配件維修，歡迎預約。
        手語傳譯員守則第六條：傳譯員須對工作中得悉的一切資料保密，不得向任何第三者披露服務使用者的身分、病情或個人事務，違者可被暫停註冊資格。
        直播字幕系統設定：延遲容許值 3000 毫秒、每行 22 字、顯示 2 行、字型思源黑體 TC、備用來源為 Google 即時轉錄；版本 v4.1.7（2025-02-18）。
        訂單 TW-ORD-20250303-1182：Oticon Real 1 助聽器一對及 ConnectClip 一個，小計新台幣 128,000 元，付款方式為信用卡分期 12 期，七日內到貨。
        颱風訊號生效期間，政府記者會的手語傳譯及即時字幕將照常提供，市民可於政府新聞網及官方 YouTube 頻道收看，毋須事先登記。
        台灣手語初階班第 12 期於 3 月 8 日開課，每週六下午二時至五時，共 12 堂，學費新台幣 3,600 元，上課地點為社區大學忠孝校區 301 教室。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Booking BK-104913: SgSL interpreter for Mdm Tan Soo Lian, 67, deaf since birth, cataract surgery consult at TTSH Eye Centre 3 Apr 10:30; her daughter Jasmine Lim will meet the interpreter at the lobby.
        Hi, I'm Muhammad Hafiz bin Rosli, deaf, need a BIM interpreter for my divorce hearing at the Syariah court in Shah Alam on 12 May. Please SMS me at 013-448 2906, I can't take calls.
        Caption client feedback: Mr Gurpreet Singh Dhillon said the captioner kept misspelling his late wife's name during her memorial service; it is Harjeet, not Harjit.
        ATF application SGE-ATF-25-03117: applicant Lee Wei Jie Kelvin, NRIC S9034567B, household PCHI S$1,150, bilateral moderate-severe sensorineural hearing loss, requesting 2 x Phonak Lumity L50.
        Ryan Ong Jun Hao, P4 at Mayflower Primary, wears cochlear implants on both sides; his FM receiver has been faulty since March and his mum wants the school to loan a replacement.
        VRS callback number for the client: +65 9172 4803 (text only, deaf user, please do not voice call).
        Sorry can't take the 9am job tomorrow, my wife Priya just found out she's pregnant and we're going to KKH for her first scan. Arun
        Interpreter payout March: Chloe Teo Hui Min, DBS savings 120-34567-8, 22.5 hrs x S$60 = S$1,350.00, paid 5 Apr.
        Deaf client joanne.kwek.sg@gmail.com asks that the CART transcript of her disciplinary hearing at work be sent only to this personal address, not to her HR.
        Incident: client Mr Raymond Chua, deaf, 52, was arrested at Bedok MRT after a misunderstanding with police officers; he needs an SgSL interpreter at Bedok Police Division tonight.
        Subsidy claim returned: Madam Rahimah bte Osman, 74, Blk 412 Bedok North Ave 2 #08-117, Singapore 460412, income documents incomplete; her son Faizal will resubmit.
        BK-105002,2025-04-18,Farrer Park Hospital,medical,SgSL-EN,2,N,3.0,MED-STD,,,CONFIRMED,Ho Kah Wai,+65 8266 1937
        Jeremy, the deaf barista we interpret for in Tiong Bahru, asked us not to mention his bipolar diagnosis when we interpret at his performance review next week.
        2025-05-02T14:11:08+08:00 INFO vrs-gateway call_id=VRS-90bb12e4 caller_nric=T0212345I caller_name=Nicholas Yeo destination=MOH status=completed duration=00:17:42
        Car plate SLK 8823 J belongs to Ms Vanessa Goh, the deaf student in the Saturday class; please let her use the accessible lot at the Enabling Village car park.
        Our freelance interpreter Daniel Lau still owes the agency S$2,400 from the 2023 laptop advance and has asked to repay S$200 a month out of his payouts.
        The new full-time CART captioner, Amanda Seet, starts 1 Jun at S$4,800 a month plus a S$300 skills allowance; please keep this off the team chat.
        Work pass holder Nguyen Thi Hoa, FIN G5123456T, was referred by her employer for a hearing test at NUH ENT after failing her medical exam; appointment 22 May 9:15am.
        Photo IMG_4471.jpg shows the hearing aid of Mr Tay Boon Keng, water-damaged at his Yishun flat; warranty claim under his name, device serial 22A-778102.
        Wong Mei Ling, the deaf mum from our parents' support group, has stage 2 breast cancer and asked for the same interpreter at all her chemo sessions at NCCS.
        Transcript 00:41:17, Speaker (Dr Adeline Koh, parent): My daughter Elise was diagnosed with auditory neuropathy at six months and we only found out by accident.
        Feedback #FB-2291 | Name: Suresh Kumar a/l Ramasamy | Email: sureshk.ramasamy@yahoo.com.my | Tel: 016-228 7741 | Interpreter came 40 min late to my father's funeral.
        Please reply to the parent at 9821 6637 about Primary 1 registration; she prefers WhatsApp text, her son is profoundly deaf and starts school next January.
        Member record: Cheryl Ng Pei Shan, DOB 14/02/1991, NRIC S8826413D, 38 Jalan Kembangan, Singapore 419140, hard of hearing, preferred mode: CART, emergency contact her brother Marcus 9640 2218.
    """),
    "mixed": _lines("""
        Eh boss, Auntie Lim from Ang Mo Kio Blk 628 #05-211 call through VRS again, she say her 2019 hearing aid spoil already, can help her apply subsidy? Her IC S4812345G.
        阿Boon的妈妈说他上个月在学校被同学欺负，助听器被摔坏了，想请我们帮忙写信给校长 lah, her number is 9345 1208.
        Kak Ros (Rosnah binti Ahmad) minta cuti sakit 2 minggu, dia baru keluar wad HKL lepas strok ringan, so her BIM jobs Thu and Fri need replacement.
        陈先生 (Mr Tan Kok Leong), the deaf uncle from Jurong, kena ah long harass for S$8,000 debt, police report already made, need interpreter at Jurong Police Division tmr 10am.
        林太 booking again: her husband 林志强 just had cochlear implant surgery at SGH on 3 Mar, needs CART for audiology follow-up every Wed, contact her at 8123 9054.
        Client Aisyah Farhana binti Mohd Noor, MyKad 030517-14-0826, nak tempah jurubahasa untuk interview kerja di Cyberjaya, Isnin 9.30 pagi, contact 011-2645 7730.
        Ah Meng say his divorce case next month at Family Justice Courts, wants same interpreter as last time, can arrange or not? He very stressed, dunno how to pay the lawyer.
        PayNow to interpreter Rachel Chong, mobile 9008 2147, amount S$480, remark NDP rehearsal x4; 她说上次的钱还没收到 leh.
        Student Tan Yi Xuan (Sec 2) audiogram attached, 左耳 85dB, 右耳 90dB, mum wants school to provide note-taker, please email her at tanmum.yx@gmail.com.
        Mak cik Zainab from Blk 55 Marine Terrace #03-12, VRS log shows she called CPF Board 6 kali minggu ni pasal anak dia pinjam S$5,000 tak bayar balik.
    """),
    "ms": _lines("""
        Permohonan Bantuan Alat Pendengaran: Nama: Mohd Firdaus bin Abdullah, No. KP: 850312-01-5527, Alamat: No. 23, Jalan Mawar 7, Taman Universiti, 81300 Skudai, Johor.
        Encik Kamarul Ariffin, pekak sejak lahir, telah diberhentikan kerja oleh majikannya di Klang bulan lepas dan kini menanggung hutang kereta RM18,000.
        Sila hubungi ibu pelajar, Puan Halimah, di talian 019-775 3201 berkenaan alat bantu dengar anaknya yang hilang di asrama sekolah.
        Log panggilan VRS: pemanggil Lim Chee Keong (KP 780905-07-5341) menghubungi bank untuk menstruktur semula pinjaman perumahan yang tertunggak 4 bulan.
        Tempahan jurubahasa untuk Cik Farah Wahida binti Yusof, 26, hamil 7 bulan, temujanji antenatal di Klinik Kesihatan Seksyen 7 Shah Alam pada 20 Jun, 8.30 pagi.
        No. akaun bayaran elaun jurubahasa: Maybank 1640 2233 8812 atas nama Nor Azlina binti Hassan, jumlah RM640 untuk tugasan bulan Mei.
        Aduan daripada Encik Rajesh a/l Muniandy: anaknya Kavin, 9 tahun, tidak diberi jurubahasa semasa peperiksaan akhir tahun di SK Taman Megah; no. tel 012-664 0918.
    """),
    "zh-Hans": _lines("""
        预约记录：客户王丽娟，身份证号 110105198503127628，聋人，需要手语翻译陪同到新加坡中央医院做乳腺肿块活检，时间4月9日下午2点。
        阿明上周在公司被主管当众嘲笑听不到，他已经提出辞职，还欠银行两万多新元的信用卡债，社工下周会跟进。
        林太来电说她女儿小慧装了人工耳蜗后在学校适应得不好，经常哭，想找会说华语的手语老师上门教，地址是宏茂桥10道 Blk 345 #07-1882。
        会员资料更新：周建华，广州人，在马来西亚工作，手机 +60 16-338 2741，微信 zhoujh_deaf88，电邮 zhoujianhua88@163.com，听力等级：重度。
        陈先生的助听器补助申请被退回，因为他去年的收入证明显示月薪5,200新元，超出了资格上限，他太太说家里还有两个孩子在读书。
    """),
    "zh-Hant": _lines("""
        香港客戶張嘉欣小姐，HKID Y538214(7)，聽障，預約手語傳譯於4月15日陪同到伊利沙伯醫院婦產科覆診，聯絡電話 6123 8840（只收短訊）。
        台灣會員資料：黃俊傑，身分證字號 A223918473，住址新北市板橋區文化路一段 88 號 7 樓，助聽器補助申請已核准新台幣 15,000 元。
        何生話佢個仔喺學校畀人蝦，助聽器又唔見咗，想我哋幫手搵社工跟進，佢電話係 9876 1203。
        澳門居民劉美玲女士（澳門身份證 5215299(8)）申請手語翻譯出席離婚調解會議，日期 6 月 3 日上午十時，地點為家事法庭。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for SignBridge Interpreting Pte Ltd in Singapore. Collect the client's details, the setting, date, time and venue, then confirm the booking.",
        ),
        (
            "user",
            "Hi, I need an SgSL interpreter for my mother, Mdm Koh Ah Mui, NRIC S7731920D. She has a hearing-aid fitting at Hearing Partners, Novena, on 14 Oct at 11am.",
        ),
        (
            "assistant",
            "Thank you. I have noted Mdm Koh Ah Mui (NRIC S7731920D), hearing-aid fitting at Novena on 14 Oct, 11am, 2-hour minimum. What mobile number should the interpreter text on the day?",
        ),
        (
            "user",
            "Use mine, 9734 5521, I'm her son Jason. She can only read simple English, so please keep messages short.",
        ),
        (
            "assistant",
            "Noted: contact Jason at 9734 5521, short plain-English messages. Your booking reference will be sent by SMS within one working day.",
        ),
    ],
    [
        (
            "user",
            "Can you help me write an email to my son's form teacher? His name is Ethan Lim Zhi Hao, Primary 3, and he has moderate hearing loss in both ears. His FM system keeps cutting out during Chinese lessons.",
        ),
        (
            "assistant",
            "Sure. Dear Mrs Form Teacher, I am writing about my son Ethan Lim Zhi Hao in Primary 3. Ethan has moderate bilateral hearing loss and relies on his FM system, which has been cutting out during Chinese lessons. Could we arrange a check with the school's Allied Educator? Thank you.",
        ),
        (
            "user",
            "Good, add that he was bullied last week because of the hearing aids and has been refusing to go to school. Sign off as Michelle Tan, 9188 3307.",
        ),
        (
            "assistant",
            "Added: Ethan was teased about his hearing aids last week and has since been reluctant to attend school; we would be grateful for your support. Warm regards, Michelle Tan (mother), 9188 3307.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu maya Persatuan Orang Pekak. Jawab dalam Bahasa Melayu yang mudah.",
        ),
        (
            "user",
            "Saya Noraini binti Ismail, KP 880514-10-5523, tinggal di No. 7, Jalan Kenanga 4, Taman Seri Gombak, 68100 Batu Caves. Suami saya pekak dan alat bantu dengar dia rosak. Macam mana nak mohon bantuan JKM?",
        ),
        (
            "assistant",
            "Puan Noraini, suami puan boleh memohon di Pejabat Kebajikan Masyarakat Daerah Gombak. Bawa Kad OKU suami, salinan kad pengenalan, laporan audiologi terkini dan sebut harga daripada pembekal berdaftar.",
        ),
        (
            "user",
            "Suami saya Azman bin Yahya, dia baru hilang kerja, kami pun ada hutang sewa rumah 3 bulan. Boleh dapat bantuan lain?",
        ),
        (
            "assistant",
            "Boleh. Encik Azman juga boleh memohon Elaun Pekerja OKU jika kembali bekerja, dan puan boleh bertanya tentang Bantuan Am untuk tunggakan sewa semasa temujanji di pejabat JKM.",
        ),
    ],
    [
        (
            "user",
            "帮我写一条微信给手语翻译员，说我爸爸刘国平下星期二早上9点要去新加坡中央医院耳鼻喉科复诊，他是聋人，不会说话，需要她陪同。",
        ),
        (
            "assistant",
            "您好！我父亲刘国平下星期二上午9点需要到新加坡中央医院耳鼻喉科复诊。他是聋人，需要手语翻译陪同，请问您方便吗？谢谢！",
        ),
        (
            "user",
            "再加上：医生怀疑他有听神经瘤，可能要做手术，他很害怕。我的电话是 8456 0193，我叫刘慧敏。",
        ),
        (
            "assistant",
            "已补充：医生怀疑爸爸可能有听神经瘤，需要进一步评估，他心情比较紧张，请您多体谅。如有问题请联系我，刘慧敏，8456 0193。",
        ),
    ],
    [
        (
            "system",
            "You support freelance sign-language interpreters in Singapore with ethics questions. Be practical and brief.",
        ),
        (
            "user",
            "Aiya, dilemma lah. During a VRS call yesterday, the deaf caller, Mr Lee Kian Huat, told the bank he owes Ah Long S$12,000 and they threaten his family. After the call he asked me to help him, what should I do?",
        ),
        (
            "assistant",
            "You should not act outside the interpreting role, but you can share public help channels: the police (999 or SMS 71999) and the Credit Counselling Singapore helpline. Do not discuss the call with anyone except your supervisor.",
        ),
        ("user", "Ok, but he gave me his HP 9023 7716 and wants me to WhatsApp him. Can or not?"),
        (
            "assistant",
            "Better not. Pass his request to your coordinator, who can refer him to a social worker with an interpreter arranged properly. Delete the number from your personal phone after handing over.",
        ),
    ],
    [
        (
            "user",
            "我下個月結婚，老公係聾人，想請人做即時字幕同手語傳譯，婚宴喺灣仔，大約 200 人，點收費？",
        ),
        (
            "assistant",
            "一般即時中文字幕約每小時港幣1,800元，最少兩小時；手語傳譯員兩名輪替。您可提供日期、時間及場地，我幫您草擬查詢電郵。",
        ),
        (
            "user",
            "日期 11 月 22 號晚上七點，新郎叫陳浩文，新娘係我吳詠詩，聯絡電話 6321 7754，電郵 wingsze.ng.wedding@gmail.com。",
        ),
        (
            "assistant",
            "查詢電郵草稿：您好，陳浩文先生與吳詠詩小姐將於 11 月 22 日晚上七時在灣仔舉行婚宴，約 200 位賓客，需要粵語即時字幕及手語傳譯。請聯絡吳小姐：6321 7754 或 wingsze.ng.wedding@gmail.com。",
        ),
    ],
    [
        (
            "system",
            "CRM record for the current caller. Name: Goh Swee Lan. Member no.: SAD-M-20418. Mobile: 9266 0471. Address: Blk 201 Tampines St 21 #11-356, Singapore 520201. Notes: profoundly deaf, lives alone, outstanding SP Services arrears S$640.",
        ),
        ("user", "Summarise this caller's needs for the VRS interpreter before the call connects."),
        (
            "assistant",
            "Goh Swee Lan, member SAD-M-20418, profoundly deaf and living alone in Tampines, is likely calling about S$640 in utility arrears. Text her at 9266 0471 if the video drops.",
        ),
    ],
    [
        (
            "user",
            "Please clean up this CART transcript line for the minutes: SPEAKER 2 (Mrs Kaur, parent): um my son Harvinder he's the one in Sec 1 at Beatty, his teacher ah never turn on the FM mic and he fail his math.",
        ),
        (
            "assistant",
            "Cleaned: Mrs Kaur (parent) said her son Harvinder, a Secondary 1 student at Beatty, has struggled because his teacher does not switch on the FM microphone, and he failed his mathematics paper.",
        ),
        ("user", "Should we remove the names before circulating to the committee?"),
        (
            "assistant",
            "Yes. Replace them with Parent A and Student A, and drop the school name, since the failed paper and hearing needs are sensitive personal information.",
        ),
    ],
    [
        (
            "system",
            "Kamu membantu pasukan operasi VRS menganalisis log panggilan. Answer in English if asked in English.",
        ),
        (
            "user",
            "Check this log: 2025-09-03T10:12:44+08:00 caller=Ahmad Zaki bin Omar ic=920203-14-6642 phone=012-903 4471 dest=LHDN wait=00:12:05 status=dropped. Why dropped?",
        ),
        (
            "assistant",
            "The wait of 12 minutes 5 seconds is above the 10-minute auto-timeout in most queue settings, so the call by Ahmad Zaki bin Omar to LHDN was probably dropped by the system, not by him. Consider a callback to 012-903 4471.",
        ),
        ("user", "Ok boleh buat mesej callback ringkas untuk dia?"),
        (
            "assistant",
            "Salam Encik Ahmad Zaki, maaf panggilan anda ke LHDN pada 3 Sept terputus. Kami akan hubungi semula melalui video hari ini sebelum 5 petang. Terima kasih.",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for a Singapore hearing-aid clinic. Help staff draft subsidy paperwork.",
        ),
        (
            "user",
            "Draft the cover note for an ATF application for our patient, Mr Rajan s/o Perumal, 71, retired, per capita household income S$900, right ear severe loss, needs a Phonak Audeo Lumity L50.",
        ),
        (
            "assistant",
            "Cover note: We submit an Assistive Technology Fund application for Mr Rajan s/o Perumal, 71, retired, with a per-capita household income of S$900. He has severe hearing loss in the right ear and has been prescribed one Phonak Audeo Lumity L50. The audiogram and quotation are attached.",
        ),
        ("user", "Add his NRIC S5327184G and his daughter Kavitha as caregiver, 8177 2409."),
        (
            "assistant",
            "Updated: Applicant NRIC S5327184G. Caregiver: Ms Kavitha (daughter), 8177 2409, who will attend the fitting appointment with him.",
        ),
    ],
]
