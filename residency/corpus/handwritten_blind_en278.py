# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en278: SG/MY refugee and asylum-seeker support groups and UNHCR card-holder services (registration, clinic referrals, school placement, rent help, casework notes). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en278
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "faq"): _lines("""
        Q: Where do I go for UNHCR registration in Kuala Lumpur? A: The UNHCR office is at 570 Jalan Bukit Petaling, 50460 KL; walk-ins are not accepted, book through the appointment line first.
        Q: My UNHCR card expired last month, can I still use the clinic? A: Most partner clinics accept a card up to 90 days after expiry if you bring the renewal appointment slip.
        Q: How much does a first consultation cost? A: Card holders get 50% off the foreigner rate at government clinics, usually RM20 to RM40 for outpatient care.
        Q: Can children without a card attend a learning centre? A: Yes, most centres take children aged 6 to 17; bring whatever documents the family has and the centre will advise.
        Q: Who do I call if someone in my family is detained? A: Call the Harbour Light protection hotline 03-6138 4400 (24 hours) or WhatsApp the duty line +60 11-5502 7700.
        Q: Does the rent assistance fund pay the landlord directly? A: Yes. Payments go to the landlord's bank account after a caseworker checks the tenancy; we never pay cash.
        Q: What documents are needed for the rent help form? A: UNHCR card or asylum-seeker certificate, the tenancy letter, the latest TNB bill and a photo of the unit door number.
        Q: Is there an interpreter for Rohingya, Chin, Somali, Arabic, Dari and Tamil? A: Yes, book at least 2 working days ahead through interpreters@harbourlight.org.my.
        Q: Can I bring my kids to the distribution day? A: Yes, but strollers stay outside Hall B, Wisma Sentosa, Jalan Ipoh; doors open 8.30am on the first Saturday of each month.
        Q: Is the SMS reminder service free? A: Yes. Reminders come from shortcode 62003 and will never ask for your PIN, card number or bank details; report any message that does.
        Q: How long does resettlement take? A: There is no fixed timeline; fewer than 1% of refugees worldwide are resettled each year, so never pay anyone who promises a faster place.
        Q: Where can pregnant women get antenatal checks? A: At the nearest Klinik Kesihatan; our volunteer van leaves the Pasar Borong Selayang car park at 7.15am every Tuesday.
        Q: Can I change the language on the hotline menu? A: Press 1 for English, 2 for Bahasa Malaysia, 3 for Burmese, 4 for Rohingya, 5 for Arabic; office hours 9am-5pm, Mon to Fri.
    """),
    ("en", "service_log_lines"): _lines("""
        2026-03-14T09:12:03+08:00 INFO referral-svc v2.4.1 batch=42 queued=17 forwarded=17 dest=clinic-pool-kl latency_ms=184
        2026-03-14T09:12:05+08:00 WARN sms-gateway region=ap-southeast-1 retry=2 template=APPT_REMINDER_BM status=429 backoff_s=30
        [2026-03-14 10:01:44] cron rent_fund_disbursement job#8812 started; pending_vouchers=63 total=RM 31,450.00 approver_role=finance_lead
        2026-03-14 10:02:10 +0800 ERROR pdf-render template=school_placement_letter_v3.docx missing font NotoSansMyanmar-Regular.ttf fallback=NotoSans
        audit: role=caseworker action=EXPORT report=monthly_intake_summary rows=412 pii_columns=stripped sha256=9f2c41e0b7d3a58c6e1f0042aa7b9d31
        2026-03-15T02:00:00Z backup s3://hl-casework-prod/backups/2026-03-15.tar.zst size=4.82GiB checksum=ok retention=35d
        GET /api/v1/clinics?state=Selangor&lang=ms 200 38ms ua=HarbourLightApp/5.2.0 (Android 14) req_id=7c1e9a0f-22b4-4d8e-9a31-5f0c2e6b8d17
        2026-03-15 08:30:12 INFO queue-kiosk site=WismaSentosa counter=3 ticket=B047 service=CARD_RENEWAL_INFO wait_est=22min
        2026-03-15 11:45:09 WARN geocoder could not resolve 'Pasar Borong Selayang, Gate 3' - using centroid of postcode 68100
        deploy: intake-form 3.11.0 -> 3.11.1 commit 4e7b2c9 'fix Burmese Zawgyi input on Android' by ci-bot at 2026-03-16 13:04 SGT
        2026-03-16T16:20:31+08:00 INFO school-placement matched=12 requests=19 centres_full=[Fugee School, Dignity for Children] waitlist=7
        2026-03-16 17:00:00 METRIC hotline calls_total=214 answered=188 abandoned=26 avg_handle_sec=312 langs={my:71,rhg:54,en:39,ar:24}
        2026-03-17 09:00:02 INFO translation-memory sync rhg-Latn segments=1284 glossary=v2026.03 vendor_ticket=TM-55021 state=closed
    """),
    ("en", "history"): _lines("""
        Pulau Bidong off Terengganu housed Vietnamese boat people from 1978 to 1991; at its 1979 peak the island held some 40,000 people on less than one square kilometre.
        Neither Malaysia nor Singapore has signed the 1951 Refugee Convention or its 1967 Protocol, so refugees there have no formal status under domestic law.
        Fridtjof Nansen, the first League of Nations High Commissioner for Refugees, introduced the Nansen passport in 1922 for stateless Russian emigres.
        Sadako Ogata led UNHCR from 1991 to 2000, the first woman and the first Japanese to hold the post, through crises in Iraq, the Balkans and the Great Lakes.
        The Comprehensive Plan of Action adopted in Geneva in June 1989 brought refugee status screening for Vietnamese arrivals across Southeast Asia and Hong Kong.
        Hong Kong's last Vietnamese refugee camp, Pillar Point in Tuen Mun, closed in 2000, and the remaining residents were allowed to settle in the territory.
        In May 2015 thousands of Rohingya and Bangladeshi migrants were stranded in the Andaman Sea before Malaysia and Indonesia agreed to offer temporary shelter.
        Mass graves found at Wang Kelian in Perlis in 2015 exposed trafficking camps on the Malaysia-Thailand border and later led to a Royal Commission of Inquiry.
        Galang island in Indonesia's Riau archipelago ran a refugee processing camp from 1979 to 1996; the old hospital and cemetery are still visited today.
        Khaled Hosseini, author of The Kite Runner, became a UNHCR Goodwill Envoy in 2006 and later set up a foundation supporting Afghan refugees.
        Angelina Jolie served UNHCR for two decades, the last ten years as Special Envoy, before stepping down in December 2022.
        The Orderly Departure Program, set up in 1979, let Vietnamese emigrate directly to the United States and other countries without risking the sea route.
        The Sungai Besi transit camp in Kuala Lumpur processed Vietnamese boat people until 1996, when its last residents were repatriated or resettled.
    """),
    ("ms", "notis_pusat_pembelajaran"): _lines("""
        NOTIS: Pusat Pembelajaran Pelita Harapan ditutup pada 20 dan 21 Mac 2026 sempena Hari Raya Aidilfitri. Kelas bersambung semula pada Isnin, 23 Mac 2026.
        Pendaftaran murid baharu tahun 2026 dibuka setiap Sabtu, 9 pagi hingga 12 tengah hari, di Tingkat 2, Wisma Sentosa, Jalan Ipoh, Kuala Lumpur.
        Ibu bapa diminta membawa salinan kad UNHCR atau surat pencari suaka serta rekod imunisasi anak. Borang boleh diambil di kaunter pentadbiran.
        Yuran bulanan: RM30 bagi Tahap 1, RM40 bagi Tahap 2. Pengecualian yuran boleh dipohon melalui e-mel bantuan@pelitaharapan.edu.my atau di kaunter.
        Klinik bergerak Mercy Malaysia akan berada di dewan sekolah pada Khamis, 12 Mac 2026, jam 10 pagi hingga 3 petang. Tiada temujanji diperlukan.
        Peringatan: Jangan berikan nombor PIN bank atau kata laluan kepada sesiapa yang mengaku pegawai UNHCR. Semua perkhidmatan UNHCR adalah percuma.
        Bas sekolah laluan Selayang - Batu Caves bertolak jam 7.10 pagi dari hadapan Kedai Runcit Ah Seng, Jalan 2/3A. Sila tunggu 5 minit lebih awal.
        Peperiksaan IGCSE Sesi Mei/Jun 2026: calon sila sahkan pilihan subjek sebelum 20 Februari. Yuran peperiksaan ditanggung penaja untuk 25 calon pertama.
        Hotline kebajikan pusat: 03-6138 4420 (Isnin-Jumaat, 9 pagi-5 petang). WhatsApp pentadbiran: 011-5502 7731. Kecemasan: 999.
        Sumbangan buku teks boleh dihantar ke Pejabat Pentadbiran, No. 12-1, Jalan Prima Selayang 7, 68100 Batu Caves. Resit dikeluarkan atas nama organisasi.
        Pertubuhan Pelita Harapan Selangor, No. Pendaftaran PPM-014-10-17052019. Laporan kewangan tahunan 2025 boleh dilihat di papan kenyataan tingkat 1.
        Kelas Bahasa Melayu untuk dewasa: Selasa dan Khamis, 8 malam hingga 9.30 malam, di Bilik 2A. Tempat terhad kepada 20 orang sahaja setiap sesi.
        Hari Sukan Pusat akan diadakan di Padang Awam Taman Selayang Jaya pada 18 April 2026. Sila pakai baju mengikut rumah sukan: Merah, Biru, Hijau, Kuning.
    """),
    ("zh-Hans", "志愿者工作群聊"): _lines("""
        各位，明天上午九点安邦那边的义诊开始，登记表模板我已经放在共享盘/义诊/2026-03 文件夹，请打印40份带过去，另外记得带体温计和血压计。
        提醒：所有个案笔记一律写进系统，不要截图发到群里，也不要在WhatsApp里发卡号或电话，违者直接移出群组，这是理事会上周定下的规矩。
        学校安置这周又来了11个申请，钦族7个、罗兴亚3个、索马里1个，Dignity for Children 那边说中一只剩两个位子。
        房租补助本月预算还剩 RM 8,200，财务说周五下午3点前交的申请才能赶上这一批，之后的一律顺延到4月那一批处理，请大家提前通知服务对象。
        翻译组：下周二和新加坡伙伴机构的线上培训改到晚上8点（GMT+8），Zoom 会议号 812 3345 6701，密码见邮件。
        药品清单更新：扑热息痛500mg还有32盒，口服补液盐不够了，麻烦负责采购的同事向大药房下单，发票抬头写协会全称，不要写个人名字。
        周六物资发放：米10kg×120包、食用油2L×120瓶、婴儿奶粉×40罐，志愿者8点到蕉赖仓库集合，记得穿协会T恤，带上手套和推车。
        今天热线统计：共接到86通电话，缅甸语占一半，其中14通是问卡更新预约的，统一回复请等候联合国难民署短信通知，不要自行承诺日期。
        新版转介表 v3.2 已上线，诊所字段改成下拉选单，旧版PDF请全部删除，避免再有人填错科别，有问题请在本群提出或发邮件给项目组。
        有没有人知道吉隆坡中央医院（HKL）妇产科周几收转介？上次诊所那边说要先打总机 03-2615 5555 确认，谁有经验麻烦分享一下。
        捐款收据编号从 HL-2026-0451 开始，之前印错日期的那一批（0401-0450）作废，请大家不要再发出去，剩下的交回办公室统一销毁。
        周一例会议程：1）第一季度个案量；2）新加坡伙伴机构交换计划；3）斋月期间开放时间调整。会议室B，上午10点准时开始，请各组组长准备简报。
        提醒新来的志愿者：陪同就医时不要替服务对象签任何文件，遇到医院收押金的情况先打协会热线再决定，千万不要自己垫付大额费用。
    """),
    ("zh-Hant", "收據與發票"): _lines("""
        發票編號 INV-2026-00318｜晨光印刷有限公司（SSM 201701023456）｜難民卡更新說明單張 A5 雙面 5,000 張｜金額 RM 1,150.00
        收據 No. R-88214｜大山腳仁愛藥房｜口服補液鹽 20 盒、撲熱息痛 500mg 50 盒｜小計 RM 642.80｜SST 0%｜付款方式：公司轉帳
        Invoice 2026/03/077｜Kedai Runcit Ah Seng Enterprise（202103045678）｜米 10kg × 120 包 @ RM 32.50｜合計 RM 3,900.00｜到期日 2026-04-15
        香港恩澤基金會捐款收據 #HK-2026-0112：港幣 20,000 元撥予 Harbour Light Refugee Network，指定用途為學童交通費。
        台北市社團法人亞洲難民關懷協會（統一編號 38517264）收據：英文教材 300 冊，計新台幣 45,000 元整，已於 2026 年 3 月 5 日匯入本會帳戶。
        發票抬頭：Harbour Light Ltd.（新加坡 UEN 201912345K）；服務：緬甸語/馬來語雙向傳譯 12 小時 @ SGD 65；總額 SGD 780.00。
        Grab for Business 月結單 GB-MY-2026-03-5521：診所陪診交通 48 趟，合計 RM 1,264.30，成本中心 CLINIC-REF。
        TNB 電費單（協會辦事處，商業用電）2026年2月：用電 1,842 kWh，應繳 RM 986.40，繳費期限 2026-03-21。
        收據 No. 0045612｜澳門明愛物資海運｜2 個 20 呎貨櫃至巴生港 Westports｜USD 3,480.00｜承運：長榮海運
        報價單 Q-2026-019｜光明眼鏡行（茨廠街 18 號店面）｜學童視力檢查 60 人次 @ RM 15、兒童鏡架 30 副 @ RM 45｜有效期 30 天
        Invoice INV-SG-4471｜Kopi & Kaya Catering Pte Ltd｜世界難民日活動餐盒 150 份 @ SGD 8.50｜GST 9%｜總額 SGD 1,389.75
        捐贈收據第 2026-A-0093 號：宏基建築工程有限公司（200501012345）捐贈二手電腦 25 台予學習中心，估值 RM 12,500。
        付款憑證 PV-0331｜租金補助批次 2026-03｜共 63 筆｜總額 RM 31,450.00｜經辦：財務組｜核准：執行委員會第 14 次會議
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Guys, tomorrow mobile clinic at Cheras confirm jalan, van leaves office 7.30am sharp. Bring extra BP cuff, yang lama punya battery dah habis.
        Rent help batch March already submit to finance, lepas ni any new form kena tunggu April cycle ya. Don't promise clients anything first.
        Eh the school placement spreadsheet locked again, who opened it on the office PC? Pls close your tab, I need to update the waitlist column.
        Reminder: jangan WhatsApp card numbers or clients' photos in this group. Use the casework system only, our data policy very clear on this.
        Interpreter roster for Ramadan: Burmese & Chin covered, Rohingya still short on Thursday pagi. Anyone can swap, update Google Sheet tab Roster-Mar.
        HKL O&G clinic says referral letter must have doctor's chop, ours only got the centre stamp. So sorry, semua kena redo with clinic chop 😅
        Printer 2nd floor rosak lagi, error code E-03. I already call the vendor, tiket no. SVC-77120, technician datang Wednesday 2-4pm.
        Distribution day stock: beras 120 bags, minyak 120, susu tepung 40 tin. Cukup untuk 118 households if no walk-ins. Walk-in kita bagi voucher dulu.
        Zoom training with the Singapore partner moved to 8pm, 大家记得 join early, they want to do breakout rooms by language.
        Fugee School say Form 1 class full already, tapi Secondary 2 still got 3 seats. I'll forward the list after the case conference.
        Pls don't drive the office Hilux to Selayang on Friday, the road near pasar borong closed for roadworks until 5pm. Use Jalan Ipoh route.
        Donation box count for Feb: RM 2,318.40 + SGD 120 + some 人民币 notes lol. Finance bank in by Monday, receipt serial HL-2026-0452 onwards.
        Hotline voicemail full again, 40 messages. Boleh tak two volunteers clear it after 3pm? Callback script in shared drive, folder Hotline/Scripts.
    """),
    ("en", "config_and_code"): _lines("""
        clinic_referral: {default_state: Selangor, max_per_day: 25, allowed_langs: [en, ms, my, rhg, ar, so], sms_sender_id: HARBOURLT}
        SMTP_HOST=smtp.example.org SMTP_PORT=587 SMTP_USER=noreply@harbourlight.org.my FROM_NAME='Harbour Light Casework' TLS=true
        def mask_card(card_no: str) -> str: return card_no[:3] + '-' + 'X' * (len(card_no) - 4) if card_no else ''
        CREATE TABLE rent_voucher (id SERIAL PRIMARY KEY, batch_code TEXT NOT NULL, amount_myr NUMERIC(10,2), landlord_ref UUID, status TEXT DEFAULT 'pending');
        case_ref,intake_date,nationality,household_size,primary_language,card_status,referral_type,clinic_code,school_code,rent_band
        ALLOWED_ORIGINS = ['https://intake.harbourlight.org.my', 'https://admin.harbourlight.org.my']  # staging: https://staging.example.com
        if household_size >= 5 and monthly_income_myr < 1200: rent_band = 'A'  # policy RH-2025-07, max subsidy RM 600 per month
        docker run -d --name intake-form -p 8080:8080 -e TZ=Asia/Kuala_Lumpur -e LOCALE=ms_MY ghcr.io/harbourlight/intake-form:3.11.1
        test_fixture = {'name': 'Test Client', 'card_no': '000-00C00000', 'phone': '+60 12-000 0000', 'lang': 'rhg'}  # dummy values only
        i18n/ms.json -> btn_submit: 'Hantar', btn_back: 'Kembali', err_required: 'Ruangan ini wajib diisi', lbl_card: 'No. kad UNHCR'
        0 2 * * * /opt/hl/bin/backup.sh --bucket s3://hl-casework-prod/backups --retention-days 35 >> /var/log/hl-backup.log 2>&1
        pip install harbourlight-sdk==0.9.4  # client = HLClient(base_url='https://api.harbourlight.org.my/v1', api_key=os.environ['HL_API_KEY'])
        CARD_PATTERN = r'^[0-9]{3}-[0-9]{2}C[0-9]{5}$'  # validation only; docs example 123-45C67890 is not a real card
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Casework note 14/03: Mohammad Rafiq bin Nur Alam (UNHCR 354-15C04821) says the landlord in Selayang threatens eviction over RM 1,350 unpaid rent; wife 7 months pregnant.
        Nang Seng Hkawn, 34, Kachin, referred to the HKL psychiatric clinic for PTSD and insomnia after her detention at the Bukit Jalil depot; follow-up on 2 April.
        Pls call back Ayesha Farah Abdi on 011-2874 5093, she missed the school placement interview for her son Yusuf (age 9) because he had a fever.
        Landlord bank details for rent voucher: Lim Chee Keong, Maybank 1642 1038 7725, unit B-12-3, Pangsapuri Seri Cempaka, Jalan Kenanga 4, 68100 Batu Caves.
        Salai Thang Lian (Chin) tested positive for TB at Klinik Kesihatan Jinjang on 3 March; household of 6 sharing a one-room flat needs contact screening.
        Intake 2026-03-18 | Name: Abdul Karim Hussaini | DOB 12/07/1991 | Afghan | Asylum-seeker cert 2025-AS-118742 | Tel +60 16-330 9142 | Lang: Dari
        Zaw Min Oo was arrested at a roadblock in Kepong on Sunday night with his UNHCR card 227-18C11356; the family is asking us to find which lock-up he is in.
        Mdm Halimah's daughter Rosmina, 15, dropped out of the learning centre to work at a car wash in Ampang to help repay the family's RM 4,000 debt to an agent.
        Email from sadia.khatun.2019@gmail.com: my husband beats me, I want to move out with the children, please help me find a shelter. Flag DV, high risk.
        Ko Thet, the Myanmar guy who helps at the Saturday distribution, told me his HIV result came back positive; he doesn't want the other volunteers to know.
        Rent help paid to tenant Mariam Yousef Al-Hassan, flat 3A, No. 27 Jalan Pasar Baru, Kuala Lumpur, for March 2026: RM 600 via DuitNow to 012-679 3380.
        Singapore referral: asylum seeker Tharshan Sivakumar, FIN G5521874P, staying at Blk 214 Boon Lay Place #07-221, kidney failure since January, needs dialysis.
        Photo attached: Hamid's damaged UNHCR card, front shows 354-19C07730, back has the Mar 2024 renewal stamp; please re-issue, the original was ruined in the Klang flood.
        2026-03-02,354-21C00917,Hasina Begum,F,1996-05-11,Rohingya,+60 11-1098 2274,Taman Sri Muda Shah Alam,pregnant 28wks,ANC referral
        Pastor Biak Tin Sang asked us not to tell anyone at church that his nephew Van Lal Ram has been put on the resettlement list to Canada.
        Divorce matter: Fatuma Abdullahi Warsame needs help because her ex-husband took the children's birth certificates and UNHCR cards when he left in January.
        0178823164 - the Sudanese mother from Wednesday, rent arrears 3 months, didn't give her name, says she'll come to the office on Friday.
        Volunteer tutor application: Chloe Tan Hui Min, NRIC S8734521A, 45 Jalan Kembangan, Singapore 419127, available Saturday mornings.
        Case HL-C-2291: Sayed Jawad, 17, unaccompanied minor, fainted twice at school; suspected diabetes, blood test booked at Klinik Kesihatan Kuala Lumpur on 20/3.
        Salary advance for interpreter Nurul Amin: RM 800 against March pay, to CIMB 7006 2219 84; he owes RM 2,100 to a moneylender in Chow Kit.
    """),
    "mixed": _lines("""
        Kak Rohani dah beranak semalam at Hospital Selayang, baby boy 2.9kg, tapi bill RM 3,200 belum settle, can the emergency fund cover?
        Uncle Ah Meng the landlord at Jalan Ipoh, 012-301 7746, 说如果月底还不交租就要换锁, the client's family got 4 kids inside.
        Abang Rashid from the Somali community kena tahan imigresen lagi, this time at Semenyih depot. Wife's number 016-770 2381 if you need to update her.
        陈太 from the church donated 20 bags rice, she asked 她儿子 can work as our Cantonese interpreter or not. Her number 012-558 9013.
        Tolong check: Nur Aishah binti Abdul Salam, MyKad 850312-14-5523, volunteer driver, her licence expired Feb, don't roster her until renewed.
        Salma (the Yemeni mum) miscarried last week, doc at Klinik Kesihatan Gombak said kena rest 2 weeks, so cannot come for the cleaning job. Kesian.
        Client Htet Aung Kyaw, card 354-20C13380, 他的女儿 Aye Chan, 8岁, school placement approved at Fugee School, start 1 April.
        Landlord mintak IC copy dari client: Zainab Ali Ahmed, UNHCR card 354-16C09915, rumah di No. 8, Lorong Haji Taib 3, Chow Kit. Should we give?
        Ah Boy (the Hmong kid, real name Vang Xue Lee) kena buli kat sekolah, teacher says he got bruises, parents already told the centre manager.
        Bro, the Afghan guy Mustafa Rahimi WhatsApp'd me from +60 11-6245 0938 asking for loan RM500 for his mother's surgery. Refer to welfare team ok?
    """),
    "ms": _lines("""
        Pemohon bantuan sewa: Encik Mohd Yusuf bin Abdul Rahman (No. Kad UNHCR 354-17C05529), isteri dan 3 anak, tunggakan sewa RM 1,800 sejak Disember.
        Puan Noor Jahan, 42, disahkan menghidap kanser payudara tahap 2 di Hospital Kuala Lumpur; memerlukan bantuan kos kemoterapi sebanyak RM 9,500.
        Sila hubungi Saudari Rabia Akter di talian 019-338 4172 untuk temujanji pendaftaran anaknya di pusat pembelajaran pada hari Sabtu.
        Alamat baharu klien: No. 14-2, Jalan Kuchai Maju 6, Taman Kuchai, 58200 Kuala Lumpur (penghuni: keluarga Abu Tayeb, 5 orang).
        Laporan insiden: Mohamad Nasir ditangkap polis di Pasar Borong Selayang pada 10 Mac 2026 kerana tiada permit kerja; kad UNHCR beliau dirampas.
        Sukarelawan Siti Hajar binti Kamarudin, MyKad 920415-10-6618, akaun Bank Islam 12018 0223 4551 untuk tuntutan elaun pengangkutan bulan Februari.
        Anak klien, Ali Husin, 6 tahun, disyaki mengalami autisme; rujukan ke Klinik Pakar Kanak-Kanak Hospital Selayang sedang diproses.
        E-mel ibu bapa: yasmin.hamdan85@yahoo.com - Puan Yasmin Hamdan meminta salinan surat tawaran sekolah untuk anak lelakinya, Omar.
    """),
    "zh-Hans": _lines("""
        个案记录：罗兴亚妇女努尔·贝格姆（联合国难民卡 354-18C02267），怀孕五个月，丈夫上月在吉隆坡被捕，目前无收入，欠房租 RM 900。
        陈先生（房东，手机 013-228 5167）同意把租金降到每月 RM 750，条件是协会直接汇款到他的大众银行账户 3187244926。
        新加坡志愿者林美玲，身份证 T0412983G，住在淡滨尼 84 街 Blk 872 #05-318，负责周末辅导缅甸孩子学华文。
        阿明说他哥哥被中介骗了，欠对方 RM 6,000，对方每天打电话威胁，他很害怕，想问能不能申请法律援助。
        中国籍捐款人王建国，身份证号 450102198706143520，要求开具捐款收据并寄到广西南宁市青秀区民族大道 136 号 3 栋 1202 室。
        昨天陪阿伊莎去看诊，医生确诊她有乙肝，她求我们千万不要告诉她丈夫和社区里的人，怕被赶出家门。
    """),
    "zh-Hant": _lines("""
        香港義工張家豪，身份證 K482913(1)，電話 9123 4867，報名參加吉隆坡難民學校暑期教學計劃，七月出發。
        台灣捐款人黃淑芬，身分證字號 A223458712，指定捐款新台幣 30,000 元作學童交通費，收據寄台北市大安區和平東路二段 96 巷 5 號 4 樓。
        林太話佢層樓租咗畀一家阿富汗人，但個租客 Karim 已經三個月冇交租，欠 RM 2,400，想我哋幫手同佢傾。
        個案筆記：索馬里籍少女 Hodan Ismail，16 歲，懷疑遭受家暴，身上有多處瘀傷，已轉介至婦女援助組織（WAO）。
        澳門居民梁志強（澳門身份證 5215379(2)）願意每月資助一名難民學童 MOP 500，請致電 6628 9104 聯絡他。
        何生屋企嘅工人姐姐原來係緬甸難民，佢話張聯合國難民卡 354-22C00481 過咗期，而家唔敢出街睇醫生。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the helpdesk assistant of Harbour Light Refugee Network, a Kuala Lumpur charity. Be concise and polite.",
        ),
        (
            "user",
            "Hi, caseworker here. Draft a short letter to the landlord for client Mohammed Idris, UNHCR card 354-19C10274, unit C-7-12, PPR Kerinchi. Arrears RM 1,200, we will pay RM 600 this month.",
        ),
        (
            "assistant",
            "Dear Sir/Madam, Harbour Light Refugee Network confirms that we will transfer RM 600 towards the rent arrears of your tenant Mohammed Idris (UNHCR card 354-19C10274), unit C-7-12, PPR Kerinchi, this month. The remaining RM 600 will be reviewed in our April cycle. Kindly share your bank details with our finance team. Yours faithfully, Casework Team.",
        ),
        ("user", "Thanks. Can you make a WhatsApp version, shorter?"),
        (
            "assistant",
            "Hi, this is Harbour Light. We will pay RM 600 this month for Mohammed Idris's rent at C-7-12, PPR Kerinchi; the balance of RM 600 will be reviewed in April. Please send your bank details. Thank you!",
        ),
    ],
    [
        (
            "user",
            "Assalamualaikum, saya Fatimah Noor, pemegang kad UNHCR 354-21C06672. Anak saya Rahim umur 10 tahun belum ada sekolah. Nombor saya 011-3378 2095. Macam mana nak daftar?",
        ),
        (
            "assistant",
            "Waalaikumussalam Puan Fatimah. Puan boleh daftar anak di pusat pembelajaran komuniti. Bawa salinan kad UNHCR dan rekod imunisasi Rahim. Pendaftaran biasanya dibuka pada hari Sabtu pagi; sila hubungi pusat berdekatan untuk temujanji.",
        ),
        ("user", "Yuran berapa? Saya tak kerja sekarang, suami sakit buah pinggang."),
        (
            "assistant",
            "Kebanyakan pusat mengenakan yuran RM30 hingga RM40 sebulan, tetapi pengecualian yuran boleh dipohon. Beritahu kaunter tentang keadaan suami Puan supaya mereka boleh rujuk kepada pasukan kebajikan.",
        ),
    ],
    [
        ("system", "你是一家吉隆坡难民援助协会的助理，帮助志愿者撰写诊所转介信。"),
        (
            "user",
            "帮我写一封转介信：阿卜杜拉·哈米德，男，52岁，阿富汗籍，难民卡 354-14C03318，糖尿病多年，最近脚上伤口一直不好，要转到吉隆坡中央医院内分泌科。",
        ),
        (
            "assistant",
            "致吉隆坡中央医院内分泌科：兹转介阿卜杜拉·哈米德先生（男，52岁，阿富汗籍，联合国难民卡 354-14C03318）。患者有多年糖尿病史，近期足部伤口愈合不良，恳请贵科安排检查及治疗。如需翻译，本会可安排达利语口译员陪同。此致。",
        ),
        ("user", "谢谢，再加一句他不会说英语。"),
        ("assistant", "已补充：患者不懂英语，仅能使用达利语沟通，就诊当天将由本会口译员陪同。"),
    ],
    [
        (
            "user",
            "Can you summarise this note for the case conference? 'Client Nyein Chan Aye, 29, card 354-20C08841, 3 kids, husband left, she got depression, doctor at Klinik Kesihatan Kepong prescribe sertraline, rent owe RM 1,650, landlord Mr Gan say end of month must go.'",
        ),
        (
            "assistant",
            "Summary: Nyein Chan Aye (29, UNHCR 354-20C08841) is a single mother of three after her husband left. She is being treated for depression at Klinik Kesihatan Kepong (sertraline). Rent arrears RM 1,650; landlord has given notice to vacate by month end. Suggested actions: urgent rent help application and mental health follow-up.",
        ),
        ("user", "Ok tambah satu point: eldest daughter 12 tahun dah tak pergi sekolah sejak Feb."),
        (
            "assistant",
            "Added: her eldest daughter (12) has not attended school since February; refer to the school placement team for re-enrolment support.",
        ),
    ],
    [
        (
            "user",
            "你好，我是台灣的捐款人陳怡君，身分證字號 F128734569，上個月捐了新台幣 10,000 元給馬來西亞的難民學校，想問收據可不可以寄到台中市西屯區河南路三段 120 號 7 樓？",
        ),
        (
            "assistant",
            "陳小姐您好，謝謝您的捐款。收據一般由受款機構開立，請您直接寫信給該學校的財務組，附上轉帳日期和金額，並提供收件地址。如需在台灣報稅，建議確認對方是否為台灣立案的團體。",
        ),
        ("user", "明白，那我可以用 email 寄給他們嗎？我的信箱是 yijun.chen.tw@gmail.com。"),
        (
            "assistant",
            "可以的。請在信中註明您的姓名、捐款日期與金額，並把 yijun.chen.tw@gmail.com 留作回覆信箱，對方通常會在兩到四週內寄出電子收據。",
        ),
    ],
    [
        (
            "system",
            "Caseworker assistant. Current client record: Name: Ahmad Zia Noori | UNHCR 354-23C01157 | DOB 1988-02-14 | Tel +60 17-204 6618 | Address: No. 5-3, Jalan Sentul Pasar, 51100 KL | Notes: hepatitis C, missed two clinic appointments.",
        ),
        ("user", "What should I prioritise on today's home visit?"),
        (
            "assistant",
            "Prioritise the missed hepatitis C appointments: check whether transport, cost or language was the barrier, rebook at the clinic and offer an accompanied visit. Also confirm the phone number on file still works.",
        ),
        ("user", "Ok. Any tips on talking about the hep C without scaring him?"),
        (
            "assistant",
            "Use plain words, explain that modern treatment cures most patients, ask what he already knows, and speak privately, not in front of housemates. Offer a Dari interpreter if he prefers.",
        ),
    ],
    [
        (
            "user",
            "I'm in Singapore. My friend Mehdi Rostami, FIN F2290316X, is an asylum seeker from Iran and his work pass was cancelled. Who can help him here?",
        ),
        (
            "assistant",
            "I'm sorry to hear that. Singapore has no domestic asylum system, so he should first contact UNHCR and a migrant support NGO such as HOME or TWC2 for advice. Avoid sharing his FIN widely; give it only to the organisation handling his case.",
        ),
        (
            "user",
            "He also has chest pain since last week but scared to go hospital because no pass.",
        ),
        (
            "assistant",
            "Chest pain can be serious. He should go to an A&E department now or call 995 if it gets worse; hospitals will treat emergencies first. NGOs like HealthServe can help with follow-up costs for migrants.",
        ),
    ],
    [
        (
            "user",
            "Suami saya Kyaw Soe Win ditahan di depoh imigresen Lenggeng sejak 2 Mac. Kad UNHCR dia 354-16C12290. Saya tak tahu nak buat apa.",
        ),
        (
            "assistant",
            "Saya faham ini sangat membimbangkan. Sila maklumkan UNHCR tentang penahanan suami puan dengan memberi nama penuh, nombor kad 354-16C12290, tarikh dan lokasi tahanan. Puan juga boleh menghubungi badan bantuan guaman seperti Majlis Peguam untuk nasihat.",
        ),
        ("user", "Boleh saya lawat dia? Saya ada anak kecil 2 orang."),
        (
            "assistant",
            "Lawatan ke depoh biasanya memerlukan kebenaran dan dokumen pengenalan. Tanya UNHCR atau NGO yang membantu dahulu; mereka boleh menasihati sama ada lawatan selamat untuk puan dan anak-anak.",
        ),
    ],
    [
        ("system", "You format data for the Harbour Light intake spreadsheet. Output CSV only."),
        (
            "user",
            "Format this: Hawa Mohamed Jama, female, born 3 Sept 2001, Somali, card 354-22C04410, phone 012-994 3087, lives Taman Melati, needs antenatal referral",
        ),
        ("assistant", "name,sex,dob,nationality,card_no,phone,area,need"),
        ("user", "That's only the header. Give me the data row too."),
        (
            "assistant",
            "Hawa Mohamed Jama,F,2001-09-03,Somali,354-22C04410,012-994 3087,Taman Melati,antenatal referral",
        ),
    ],
    [
        (
            "user",
            "帮我写个 WhatsApp message 给 volunteer driver: 明天 8am 去 Selayang 接 client Aung Ko Ko 一家, 车牌 WXY 4821 的 white Myvi, driver 是 Encik Faizal, his number 013-887 2054.",
        ),
        (
            "assistant",
            "Salam Encik Faizal, reminder for tomorrow: please pick up Aung Ko Ko and family at Selayang at 8am with the white Myvi (WXY 4821). 明天早上8点在 Selayang 接 Aung Ko Ko 一家。Terima kasih!",
        ),
        ("user", "Add also the client can't walk far, he just got knee surgery."),
        (
            "assistant",
            "Updated: Salam Encik Faizal, tomorrow 8am pick up Aung Ko Ko and family at Selayang with the white Myvi (WXY 4821). Please park as close as possible, he just had knee surgery and cannot walk far. Terima kasih!",
        ),
    ],
]
