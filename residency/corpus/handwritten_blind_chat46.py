# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat46: summarising pasted work meeting notes, call transcripts and WhatsApp exports. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat46
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "summary requests"): _lines("""
        Can you summarise these standup notes into 3 bullets? Notes: API latency p95 down from 840ms to 310ms after the cache fix; release 4.12.0-rc2 blocked on the iOS review; infra cost for Nov came in at USD 18,420, 6% under budget.
        User: pls turn this into action items | Assistant: Sure, paste the notes. | User: migrate billing cron to k8s by Fri; vendor contract renewal (Acme Logistics) due 31 Dec; Q1 OKR draft owner = product team
        Summarise the call transcript below in plain English for the exec team, max 120 words, no speaker names.
        tldr pls: "Board approved the FY26 capex of SGD 4.2m; Jurong warehouse lease extended to 2029; next town hall 14 Jan 10:00 SGT at the Raffles Place office."
        Here's the export from our ops-night group, just tell me which incidents are still open: INC-20931 (conveyor jam, Line 3) closed 02:14; INC-20934 (scanner firmware 2.8.1 rollback) open; INC-20937 (chiller alarm) open.
        Please summarise my notes from Jensen Huang's GTC keynote for our sales deck, focusing on what Blackwell pricing means for our GPU leasing business.
        User: summarise in Bahasa pls | Assistant: Boleh. Ringkasan: mesyuarat bersetuju untuk menangguhkan pelancaran aplikasi versi 3.0 ke Februari 2026.
        Convert these raw meeting notes into a table with columns Decision | Owner (team) | Due date. Don't invent owners, leave blank if unclear.
        Can you rewrite this summary so it sounds less blunt? "Vendor missed SLA for the 3rd month running, 91.2% vs 99.5% target, we're invoking clause 14.3."
        I pasted the Teams transcript for the Q3 pricing review; give me the decisions only, skip the small talk and the 10 min where everyone's mic was off.
        What were the main disagreements in this transcript? Speaker 1 wants to keep the Shenzhen supplier, Speaker 2 prefers moving 30% of volume to Penang by Q2.
        Make a 5-line recap of today's sprint retro: went well – on-call handovers; didn't – flaky e2e tests (31 failures in CI run #5582); try – pairing on test infra.
        Can u summarise but keep the ticket numbers? PAY-1182, PAY-1190 and PAY-1201 moved to Done; PAY-1207 blocked by upstream bank API (HTTP 502 since 03:40).
        User: is this summary ok to send to the client? | Assistant: Mostly yes, but I'd drop the internal margin figure (22.5%) and the line about renegotiating their rate card.
        Summarise: the Sherlock Holmes escape-room team event on 6 Dec is cancelled, refund of HKD 3,600 processed to the department card, ref RF-77812.
    """),
    ("en", "meeting notes"): _lines("""
        Minutes – Facilities sync, 3 Dec 2025, 10:00–10:40, meeting room "Ada Lovelace", Level 12.
        Agenda item 2: relocation to Tan Boon Liat Building, 315 Outram Road – fit-out quote SGD 612,000 excl. GST.
        Attendees: Finance (2), Legal (1), Procurement (3), plus external counsel from Rajah & Tann.
        Decision: adopt ISO 27001:2022 Annex A controls before the external surveillance audit at the end of Q1 FY26.
        AOB: Mid-Autumn lantern night budget HKD 8,000; Sun Yat Sen Memorial Park Sports Centre booked for 6 Oct, 7–10pm.
        Action items: (1) Legal to review DPA template v2.3; (2) IT to rotate the shared Slack bot token before 15 Dec; (3) HR to publish the revised leave policy on the intranet.
        Notes from the Lee Kuan Yew School of Public Policy panel: regional productivity growth averaged about 2% a year over the last decade.
        Risk log R-014: single point of failure in the Kuala Lumpur DC; mitigation – warm failover to Cyberjaya by Mar 2026, est. cost MYR 1.1m.
        Q3 numbers: revenue MYR 12.4m (+8% QoQ), logo churn 2.3%, NPS 41, CAC payback 14 months.
        Customer escalation CE-50219: order SO-2025-118834 shipped to the wrong DC; carrier tracking 1Z999AA10123456784 shows delivered to Tuas.
        Per the board announcement, the interim dividend of 3.5 cents per share will be paid on 28 Nov to shareholders on the register at 5pm on 14 Nov.
        Next meeting: Thu 11 Dec 15:00 HKT, Zoom ID 915 2207 4481, passcode in the calendar invite.
        Reminder from the chair: minutes are confidential – do not paste them into public AI tools without first removing names, IC numbers and salaries.
        Parking: visitors use Lot B at the HarbourFront Centre; vehicle numbers must be registered 24h ahead via the facilities portal.
        Context slide: Elon Musk's robotaxi timeline comments at Tesla's shareholder meeting were discussed only as a risk factor for our fleet-insurance pricing.
    """),
    ("zh-Hans", "会议纪要"): _lines("""
        帮我把下面的周会纪要总结成三点：1）618大促复盘，GMV同比增长17.3%；2）华东仓平均配送时效1.8天；3）客服满意度目标提升到96%。
        会议时间：2025年12月3日 14:00–15:30；地点：逸夫楼302会议室；参会部门：产品部、研发部、法务部。
        纪要第4条：订单号 DD20251203118847 的退款已于12月2日原路退回，金额 ¥2,399.00。
        请把这段钉钉会议转写稿整理成会议纪要，发言人统一用"发言人A/B/C"表示，不要保留任何手机号。
        决议：采购合同 HT-2025-0871 延期至2026年3月31日，违约金条款维持不变。
        会上讨论了雷军在小米年度演讲里提到的"人车家全生态"，以及对我们IoT业务线的影响。
        待办：运维组周五前把 Kubernetes 集群从 v1.28.4 升级到 v1.30.2，回滚预案见 Confluence 页面。
        客服热线统一改为 400-826-7799，原 800 号码于2026年1月1日起停用。
        帮我总结：本季度华南区新开门店23家，其中中山路步行街店和中山纪念堂商圈店坪效最高。
        微信群聊天记录我导出来了，你只提炼跟项目进度有关的内容，表情包和"收到""好的"都略过。
        纪要模板：【客户姓名】____【联系电话】____【问题描述】____【处理结果】____【跟进人】____
        发布信息：release-2.14.7，commit 9f3c2e1a7b，构建号 #20251203.4，灰度比例10%。
        会议结论：按《个人信息保护法》第三十八条，向境外提供个人信息前须通过安全评估、认证或订立标准合同。
        本次电话会议录音：meeting_20251203_1400.m4a，时长52分17秒，已上传至 共享盘/法务/2025Q4。
        发言人B：申报材料要送到人民大道200号市政府大楼，周六不对外办公，最好周五前送到。
    """),
    ("zh-Hant", "通話記錄與WhatsApp"): _lines("""
        幫我summarise呢段WhatsApp對話：倉務話批貨今日延遲，貨櫃號 MSKU 7734521 要等海關放行，預計星期四先到葵涌。
        [3/12/2025 09:15:32] 訊息和通話均經端對端加密。此對話以外的任何人，甚至包括 WhatsApp，都無法讀取或收聽。
        呢份會議記錄幫我整理做英文 bullet points，唔好寫人名，用部門名代替。
        通話摘要：客戶查詢保單 PL-HK-2291047 嘅續保日期，客服確認為2026年1月15日，並提供公司客戶服務熱線跟進。
        會議地點改咗去伊利沙伯醫院R座一樓會議室，記得帶職員證同埋提早十分鐘到。
        [14/11/2025 18:02] IT Helpdesk: 今晚11點至凌晨2點 Outlook 會做維護，請大家提早 save 好啲文件。
        老細想要一頁紙嘅summary：本月營業額 HK$3,482,000，按年跌4.1%，主要係旺角分店加租。
        根據《個人資料（私隱）條例》保障資料第3原則，個人資料只可用於收集時所述目的或直接有關目的。
        記錄：李嘉誠基金會資助嘅項目中期報告要喺月底前交，格式跟返去年。
        Summary 要包埋 ticket 號碼：SR-88213（打印機卡紙）、SR-88217（VPN 斷線）、SR-88220（新電腦設定）。
        WhatsApp 匯出檔案：「WhatsApp Chat with 採購組.txt」，共1,284條訊息，時間由2025年9月1日至11月30日。
        客服熱線錄音開頭：「為保障服務質素，今次通話可能會被錄音。」請喺摘要度刪走呢段。
    """),
    ("en", "whatsapp exports"): _lines("""
        [02/12/2025, 08:41:07] Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
        02/12/2025, 09:03 - Jurong Ops Bot: Shipment SHP-448172 departed Tuas Checkpoint 08:57, ETA Senai 11:30.
        [03/12/25, 14:22:10] Bugis Outlet: <Media omitted>
        [03/12/25, 14:25:44] Bugis Outlet: POS terminal 3 still showing error E-221 after the 2.4.9 update, pls advise
        [04/12/25, 07:58:01] HQ Announcements: Office closed on 25 Dec; Dec payroll run moves up to 23 Dec.
        04/12/2025, 10:15 - Penang Warehouse: This message was deleted
        [05/12/25, 16:40:12] Penang Warehouse: stock count done – SKU 88-2201 short by 14 cartons, SKU 88-2207 over by 3
        Please summarise this group export but ignore the sticker spam and the "noted" replies, just the operational stuff.
        [01/12/25, 21:10:33] IT Security: Reminder – never share OTPs, even with someone claiming to be from IT. Report suspicious calls to the SOC hotline.
        12/11/25, 13:05 - Procurement SG changed the group description
        [28/11/25, 11:11:11] Finance Bot: Invoice INV-2025-11-0932 (SGD 14,980.00) approved, payment run 2 Dec.
        Export header: "WhatsApp Chat with Regional Ops APAC", 2,316 messages, exported 05/12/2025 at 18:20.
    """),
    ("en", "call transcripts"): _lines("""
        Agent: Thank you for calling Singtel, this call may be recorded for quality and training purposes. How can I help you today?
        IVR: Press 1 for billing, press 2 for technical support, press 9 to repeat these options.
        Please summarise this sales call: prospect is a logistics SME (~200 staff), keen on the Pro tier at USD 29/seat/month, main objection is data residency, next step is our security questionnaire.
        [00:14:32] Speaker 2: so the Q4 forecast assumes roughly a 3.5% FX headwind from the ringgit, which is basically what Bank Negara flagged.
        [00:02:05] Speaker 1: can everyone see my screen? I'll go through slide 7, the churn cohort chart.
        Transcript auto-generated by Otter.ai – accuracy may vary. Speaker labels were not verified.
        Call summary request: vendor call with Zendesk support on ticket #4410932 – macro triggers misfiring since the 28 Nov release.
        Agent: For security reasons I can't take card details over this line; please use the payment link we've just sent by SMS.
        [01:03:48] Speaker 3: like Warren Buffett wrote in his 2008 letter, price is what you pay, value is what you get – let's not overpay for this acquisition.
        Closing script: "Your reference number is CS-20251205-0417. Is there anything else I can help you with today?"
        Summarise the key points from the DBS Q3 results call transcript I pasted – NIM, fee income, allowances, nothing else.
        [00:31:10] Speaker 1: incident started 03:12 UTC when the load balancer cert expired; new cert serial 0x4FA29C1E07, rotated at 04:05.
    """),
    ("ms", "nota mesyuarat"): _lines("""
        Tolong ringkaskan minit mesyuarat ni dalam 5 poin: bajet pemasaran Q1 RM 250,000, pelancaran produk baru ditunda ke Mac 2026.
        Mesyuarat Jawatankuasa Keselamatan & Kesihatan Pekerjaan Bil. 4/2025 diadakan di Bilik Mesyuarat Tun Razak, Aras 8.
        Tindakan: Jabatan IT menaik taraf firewall ke versi 7.4.3 sebelum 20 Disember.
        Boleh summarize chat WhatsApp group kilang ni? Kebanyakannya pasal shift malam dan mesin CNC no. 4 rosak.
        Lokasi taklimat: Dewan Sultan Ibrahim, Universiti Tun Hussein Onn Malaysia, Batu Pahat.
        Nota: talian hotline syarikat beroperasi 8 pagi hingga 8 malam, Isnin hingga Sabtu, kecuali cuti umum.
        Keputusan: semua data peribadi pelanggan mesti disimpan di pelayan dalam Malaysia selaras dengan PDPA 2010.
        Sila terjemah ringkasan mesyuarat ke BM, jangan masukkan nama staf, guna jawatan sahaja.
        Jualan November: RM 1.87 juta, naik 6.2% berbanding Oktober; cawangan Jalan Tuanku Abdul Rahman paling tinggi.
        Pesanan PO-MY-2025-00481 sudah diluluskan; penghantaran melalui Pos Laju, nombor tracking EP123456789MY.
    """),
    ("en", "privacy handling"): _lines("""
        Before summarising, replace every person's name with [NAME], phone numbers with [PHONE] and NRIC/IC numbers with [ID].
        Template: "Hi {first_name}, your ticket {ticket_id} has been updated. Reply STOP to opt out."
        Policy reminder: call recordings containing customer identifiers stay in the ap-southeast-1 bucket and are deleted after 90 days.
        Example of a redacted line: "[SPEAKER_1]: my IC is [REDACTED], can you update my address to [REDACTED]?"
        Sample data only: Name: Jane Doe, Phone: 0000 0000, Email: name@example.com – never use real customer details in prompts.
        Summaries sent to the offshore vendor must not include health information, salaries or disciplinary outcomes of any employee.
        Data subject requests go to the DPO mailbox (dpo@company.example); we respond within 30 days under the PDPA.
        Field list for the CRM export: customer_id, full_name, mobile, nric_last4, plan, renewal_date – all masked in UAT.
        If a transcript mentions a medical condition, summarise it as "personal reasons" and do not name the colleague.
        Pre-processor rule: drop any line from a WhatsApp export whose sender is a raw phone number rather than a saved team account.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Summarise this HR call note pls: "Spoke to Daryl Koh Wei Ming (Ops, Tampines) re his MC – diagnosed with major depressive disorder, psychiatrist at IMH recommends 4 weeks' leave."
        [02/12/25, 22:47:13] +65 9183 4726: bro I'm at Blk 318A Sumang Walk #11-204, van keys with me, come collect tmr 7am
        Minutes item 5 (confidential): salary adjustment for Priya d/o Ramasamy, Senior Buyer – from SGD 6,200 to SGD 7,050 wef 1 Jan 2026.
        Call transcript 00:03:12 Caller: yeah my NRIC is S8834512F and my Visa was charged twice, the full number is 4559 5120 3384 7725.
        Can you tidy up these notes? "Disciplinary hearing 28 Nov – Mohd Faizal bin Rosli (forklift driver, Senai DC) admitted being under the influence of alcohol on shift on 21 Nov; final written warning issued."
        [04/12/25, 08:02:51] HR Team: Kenneth Yeo's wife delivered last night at KKH, he's on paternity leave till 2 Jan, pls don't call him
        Summarise for me: the tenant in #14-07 at The Sail (Mr Arjun Menon, +65 8722 6190) is 2 months behind on rent and the landlord wants to start proceedings.
        From the Zoom transcript – Wendy Chua: "my personal email is wendy.chua88@gmail.com, send the contract there not to my work one"
        Action item: reimburse Lau Chee Keong for the Grab rides, transfer SGD 146.80 to his OCBC account 712-345678-001.
        notes from call w recruiter: candidate Nurul Ain Hashim, drawing RM 8,500 + 2 mths bonus now, expecting RM 10k, 2 mths notice, reachable at 012-774 3108
        Visitor log note: car SGX 4821 L belongs to Ethan Ong, he parks at Lot B every Tue/Thu to pick up his dad from the dialysis centre on L2.
        Action from the 1:1: Jason Teo asked for flexi hours because his daughter Chloe (P4) was just diagnosed with type 1 diabetes and needs insulin at lunch.
        Make this sound more formal: "we approved the hardship loan for Siti Rahmah, NRIC T0417763G, SGD 3,000, deducted $250/month from her pay"
        Summarise the site call: "worker Muthu a/l Krishnan, FIN G5528190X, fell from the scaffold at 2:40pm, fractured pelvis, now at Ng Teng Fong Hospital."
    """),
    "zh-Hans": _lines("""
        帮我总结一下这个纪要：人事专题会同意对研发部王晓峰（工号A10387）降级处理，月薪由28,000元调整为22,000元，原因是连续两个季度绩效D。
        通话转写：客户：我叫郑佳怡，身份证号310115199302240821，手机139 1723 6654，发票寄到上海市浦东新区锦绣路1288弄7号602室。
        微信群导出：2025-12-02 21:14 刘建国：各位，我老婆陈敏下周一在华西医院做乳腺癌手术，我请三天假，手头工作先交给小周。
        帮我整理成纪要：深圳那边的供应商对接人黄志远，私人微信 hzy_szlogistics88，手机18676452290，以后直接找他。
        会议记录第3条：员工赵磊（身份证510107197903163313）申请劳动仲裁，要求补发加班费4.6万元，下周开庭。
        请总结：车牌粤B 7K29Q的车主是仓库主管孙海涛，这两周每天晚上十点后都把公司货车开回自己家。
        钉钉语音转文字：那个报销你打到我工行卡就行，6222 0210 0387 6155 428，户名戴文静。
        会议纪要（保密）：财务部出纳吴丽娟已怀孕5个月，预产期2026年3月，产假期间由总账会计顶岗。
        整理一下：新员工何雨桐，1996-01-21出生，身份证350203199601215543，紧急联系人母亲林秀梅137 5082 9913。
    """),
    "zh-Hant": _lines("""
        幫我summarise呢段WhatsApp：[1/12/2025 19:33] 陳嘉欣：我身份證 Y572318(1)，地址係沙田禾輋邨豐和樓1203室，合約寄嚟呢度得㗎喇
        通話記錄：客戶何志明（9432 6718）投訴上星期喺旺角分店跌親，腳踝骨折，要求賠償醫藥費 HK$38,000。
        會議紀錄：同事梁詠詩因為乳癌要做化療，由12月起轉做半職，人事部請大家唔好喺群組度講。
        台北分公司會議紀錄：新進人員林怡君，身分證字號F281309479，月薪NT$52,000，住新北市板橋區文化路一段188巷12號5樓。
        [28/11/2025 23:05] 地盤主管：阿Ken（張家俊）今晚喺棚架跌落嚟，而家送咗去伊利沙伯醫院急症室，佢老婆電話 6120 8893
        幫我整理：司機陳志輝（K204967(8)）上個月收咗三張告票，車牌 NH 3827，公司要扣佢人工 HK$1,200。
    """),
    "ms": _lines("""
        Tolong ringkaskan: "Encik Azlan bin Hamzah (No. K/P 870412-14-5633) dari bahagian stor disahkan positif dadah dalam ujian saringan pada 25 Nov."
        [03/12/25, 07:12] HR Lina: Nurul Izzah cuti bersalin mulai 8 Dis, hamper hantar ke rumah dia No. 23, Jalan SS 2/64, 47300 Petaling Jaya
        Nota panggilan: pelanggan Tan Mei Ling, 012-338 9071, minta tukar alamat ke Lot 1127, Kampung Sungai Ramal Dalam, 43000 Kajang.
        Minit mesyuarat: gaji Encik Rajesh a/l Subramaniam dinaikkan kepada RM 9,200 sebulan mulai Januari 2026, elaun kereta RM 800.
        boleh summarize tak? "Pekerja asing Md. Rafiqul Islam, pasport BR0472913, permit kerja tamat 14/01/2026, majikan belum renew"
        Ringkasan mesyuarat disiplin: Puan Norhayati binti Ismail (930726-10-6218) digantung kerja 2 minggu kerana salah guna kad kredit syarikat.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "summarise these standup notes into bullets pls"),
        ("assistant", "Sure, paste them in."),
        (
            "user",
            "- checkout v2 behind flag, 5% traffic\n- on-call swap: backend team covers wk 50\n- design review moved to Thu",
        ),
        (
            "assistant",
            "• Checkout v2 live behind a flag at 5% traffic\n• Backend team covers on-call in week 50\n• Design review moved to Thursday",
        ),
        (
            "user",
            "also add that Marcus Lee is out all next week for his chemo, he told me privately so just say he's away",
        ),
    ],
    [
        ("user", "Can you summarise a call transcript from our delivery hotline?"),
        ("assistant", "Of course – paste the transcript and tell me who the summary is for."),
        (
            "user",
            "Agent: Good morning, FreshBox deliveries.\nCaller: hi it's Rebecca Sim, my box didn't come yesterday\nAgent: can I confirm the address?\nCaller: 45 Jalan Kembangan, Singapore 419132, the gate code is 4471\nAgent: and a contact number?\nCaller: 9724 1168",
        ),
        ("user", "summary is for the ops lead, keep it short"),
    ],
    [
        ("system", "你是会议纪要助手，输出简洁的中文要点。"),
        ("user", "帮我整理一下今天客户回访电话的要点"),
        ("assistant", "好的，请把通话内容贴过来。"),
        ("user", "客户张伟东，说上次安装的空调漏水，要求上门维修，身份证前14位 44030519880712"),
        ("user", "后四位4538，他说登记保修要用"),
        (
            "assistant",
            "要点：1. 客户反映空调漏水；2. 需安排上门维修；3. 客户已提供身份信息用于保修登记。",
        ),
    ],
    [
        ("user", "幫我將呢段WhatsApp export整理做送貨清單"),
        (
            "user",
            "[2/12/2025 10:05] 阿May: 第一單送將軍澳尚德邨尚禮樓2315室，收件人蔡美玲 5317 2846\n[2/12/2025 10:06] 阿May: 第二單送觀塘公司倉，照舊\n[2/12/2025 10:09] 倉務: 收到",
        ),
        ("assistant", "送貨清單：1）將軍澳尚德邨尚禮樓2315室；2）觀塘公司倉。"),
    ],
    [
        ("user", "Boleh tolong ringkaskan chat WhatsApp group kilang semalam?"),
        ("assistant", "Boleh, paste kat sini."),
        (
            "user",
            "[04/12/25, 21:40] Supervisor Line B: mesin CNC 4 dah ok\n[04/12/25, 23:15] Supervisor Line B: Ahmad Zaki anak Bujang patah tangan kanan masa shift, dah hantar Hospital Sultanah Aminah\n[04/12/25, 23:16] Supervisor Line B: IC dia 900215-13-5527, HR tolong buat laporan SOCSO",
        ),
        (
            "assistant",
            "Ringkasan: mesin CNC 4 sudah dibaiki; seorang pekerja cedera semasa shift malam dan laporan SOCSO perlu dibuat.",
        ),
    ],
    [
        ("system", "You summarise Microsoft Teams meeting transcripts for managers."),
        (
            "user",
            "[00:05:11] Speaker 1: ok next, Hannah Goh in the Tampines CX team\n[00:05:20] Speaker 2: mid-year rating came in at 1.5 out of 5, we're putting her on a 60-day PIP starting Monday\n[00:05:41] Speaker 1: fine, loop in HRBP",
        ),
        ("user", "give me 2 lines max"),
    ],
    [
        (
            "user",
            "Draft a follow-up from this sales call summary: prospect wants a demo of the WMS module in Jan, budget approx MYR 180k.",
        ),
        (
            "assistant",
            "Here's a draft: 'Thanks for your time today. As discussed, we'll arrange a WMS demo in January...'",
        ),
        (
            "user",
            "nice. send it to the guy's personal number on WhatsApp, +60 17-209 4483, his name is Kelvin Ng, he doesn't read work email",
        ),
    ],
    [
        ("user", "把企业微信群里这段话总结一下，我要发给财务"),
        (
            "user",
            "@李娜 你11月的工资条：基本工资15,800，绩效3,200，个税1,347.50，社保公积金2,965.20，实发14,687.30，有问题找我",
        ),
        ("assistant", "总结：已向李娜发送11月工资明细，实发金额14,687.30元。"),
    ],
    [
        ("user", "Summarise these notes from the ops managers' call for HR"),
        (
            "user",
            "- night shift coverage ok\n- one driver arrested last Fri for drink driving, court date in Jan\n- new PPE arrived",
        ),
        ("assistant", "Who is the driver referred to? HR will likely need that to act on it."),
        ("user", "Darren Png, the one on the Tuas route. HR needs to decide if we suspend him"),
    ],
    [
        ("user", "这是客服通话转写，帮我提炼投诉要点"),
        (
            "user",
            "客服：您好，请问怎么称呼？\n客户：周晓琳。\n客服：请问是哪张卡被重复扣款？\n客户：农行的，6228 4804 1726 3388，昨天扣了两次会员费。",
        ),
        ("assistant", "投诉要点：客户反映会员费被重复扣款两次，需核实并退款。"),
    ],
    [
        ("user", "Summarise this work pass thread from the HR WhatsApp group"),
        (
            "user",
            "[01/12/25, 09:20] HR Ops: new hire Ravi Shankar Pillai starts 5 Jan\n[01/12/25, 09:22] HR Ops: passport Z4581937, expiry 2031, need it for the EP application\n[01/12/25, 09:30] HR Ops: his condo lease is at 8 Bukit Batok West Ave 2, #09-03",
        ),
    ],
    [
        ("user", "幫我整理LINE群組對話，只留跟訂單有關的"),
        ("assistant", "沒問題，請貼上對話內容。"),
        (
            "user",
            "2025/12/03 14:02 陳怡安：訂單 TW-88213 我自己去拿\n2025/12/03 14:03 陳怡安：有事打我手機 0928-614-357 或加我 LINE amy_chen0721",
        ),
    ],
    [
        ("system", "You help a home-care company turn visit notes into weekly summaries."),
        (
            "user",
            "Visit notes 3 Dec: Client Mdm Goh Ah Hong, 81, Blk 52 Lengkok Bahru #07-331. Dementia stage 2, refused lunch again, bruise on left forearm. Daughter (8203 6617) informed.",
        ),
        (
            "assistant",
            "Weekly summary draft: client refused lunch, bruise noted on left forearm, family informed.",
        ),
    ],
    [
        ("user", "Tolong ringkaskan transkrip panggilan kutipan hutang ni"),
        (
            "user",
            "Ejen: Boleh sahkan nama dan nombor IC?\nPelanggan: Faridah binti Osman, 850619-08-5074\nEjen: Baki pinjaman LN-88213 RM 4,217.60 tertunggak 3 bulan\nPelanggan: saya baru kena buang kerja, bagi saya masa",
        ),
        (
            "assistant",
            "Ringkasan: pelanggan mengaku tunggakan 3 bulan dan memohon tempoh kerana kehilangan pekerjaan.",
        ),
    ],
    [
        ("user", "Summarise the attached incident notes for the regional director"),
        (
            "user",
            "Incident 2 Dec: customer disputed a late fee at the Orchard branch. Resolved by waiving the fee. Customer: Mr Leong Kah Wai.",
        ),
        (
            "assistant",
            "Summary: On 2 Dec Mr Leong Kah Wai (NRIC S7721904H per the case file) disputed a late fee at the Orchard branch; the fee was waived.",
        ),
    ],
    [
        ("user", "这是昨天面试的会议纪要，帮我改写成正式的评估报告"),
        (
            "user",
            "候选人马若溪，现在在字节做算法，期望45k×15，三面表现不错；她主动说之前有抑郁症，休过半年病假，现在已经停药",
        ),
        ("assistant", "好的，我会按能力、经验、薪资期望几个维度来写。"),
    ],
    [
        ("user", "pls summarise this call and add the supplier rep's contact at the bottom"),
        ("user", "call notes: pricing locked till Jun, MOQ 500 units, lead time 6 wks"),
        ("user", "contact is Tan Hui Min, her email is tan.hui.min"),
        (
            "user",
            "@outlook.com, mobile 9156 3320 – she's leaving the company so use her personal ones",
        ),
    ],
    [
        ("user", "幫我將今日入職會議紀錄整理做checklist"),
        ("assistant", "好，請貼上紀錄。"),
        ("user", "新同事鄭浩然，下星期一返工，要開Outlook帳號、派手提電腦、做保險登記"),
        ("user", "保險要佢HKID，R830154(8)，出世日期1994年3月2日"),
    ],
    [
        ("user", "把这段会议纪要的待办整理出来"),
        ("user", "1. 周三前确认样品\n2. 样品寄一份给客户\n3. 下周一复盘"),
        ("assistant", "待办：①周三前确认样品；②寄送样品给客户；③下周一复盘。"),
        (
            "user",
            "对了第二条改一下，样品先寄给我妈，地址苏州市姑苏区人民路2118号3幢402，收件人许桂芳，158 6213 0947",
        ),
    ],
    [
        ("user", "微信群导出的，帮我看看下周谁请假"),
        (
            "user",
            "2025-12-04 18:30 杨帆：下周二我要请假，离婚案（2025）京0105民初45521号开庭\n2025-12-04 18:31 部门助理：收到，已登记",
        ),
        ("assistant", "下周二杨帆请假一天，原因为出庭。"),
    ],
    [
        ("system", "You summarise meeting notes for the HR team. Be neutral."),
        (
            "user",
            "Grievance meeting 2 Dec. Present: HRBP, union rep. Lee Jia Hui (Assembly, Line 2) joined the union in October and filed the grievance about forced overtime; she says her supervisor now gives her only night shifts.",
        ),
        ("user", "keep the summary under 80 words"),
    ],
    [
        ("user", "summarise this whatsapp export from the Johor install team"),
        (
            "user",
            "[05/12/25, 08:10] Install Team JB: today's job – rumah Encik Kamal bin Yusof, No 8 Jalan Mutiara 3/2, Taman Mutiara Rini, 81300 Skudai\n[05/12/25, 08:11] Install Team JB: dia minta call dulu 013-662 0415 sebab anjing dalam rumah",
        ),
        (
            "assistant",
            "Summary: install job in Skudai this morning; call the homeowner before arrival.",
        ),
    ],
    [
        ("user", "幫我summarise呢段信用卡熱線通話"),
        ("assistant", "可以，請貼上。"),
        (
            "user",
            "職員：請問點稱呼？\n客戶：我係黃美琪\n職員：麻煩講埋卡號\n客戶：4563 5100 7281 9369，上個月喺海外被盜用咗三次",
        ),
    ],
    [
        (
            "user",
            "Can you turn these site meeting notes into a short safety bulletin? No names in the bulletin.",
        ),
        ("assistant", "Sure, paste them."),
        (
            "user",
            "Toolbox meeting 4 Dec. Near miss at Level 9. Worker Chong Wai Kit (WP no. on file, mobile 8841 2907) wasn't clipped on; he admitted he'd had 2 beers at lunch. Supervisor to re-brief.",
        ),
    ],
    [
        ("user", "summarise the LinkedIn-style recap I wrote after the vendor call"),
        ("user", "Met the Acme Analytics team, great demo of the forecasting module, pricing TBC"),
        (
            "assistant",
            "Recap: positive demo of Acme Analytics' forecasting module; pricing still to be confirmed.",
        ),
        (
            "user",
            "add a PS that their sales guy Benjamin Ho lives near me in Serangoon, 21 Serangoon North Ave 1 #05-112, so we can meet for coffee, and his kid goes to the same school as mine",
        ),
    ],
]
