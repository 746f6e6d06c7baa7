# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en280: SG/MY newspaper and magazine offices (letters to the editor, reader complaints, corrections, subscription records, freelancer payments, sources' contact notes). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en280
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "corrections_and_clarifications"): _lines("""
        CORRECTION: In our Nov 28 report on the Johor Bahru-Singapore RTS Link, we said passenger service would begin in Q3 2026. The operator has since confirmed a December 2026 start. We apologise for the error.
        Clarification: The photo on page B4 of Tuesday's edition showed the Sultan Abu Bakar State Mosque in Johor Bahru, not Masjid Sultan in Kampong Glam as captioned.
        In Thursday's report on the Dewan Rakyat debate, Prime Minister Anwar Ibrahim was quoted as citing RM4.2 billion in subsidy savings. The figure he gave was RM2.4 billion.
        Correction to the Life crossword No. 4,512 published on Dec 5: clue 14 Across should read 'Malayan mammal with a trunk-like snout (5)'. The answer grid on page C12 was correct.
        The review on Dec 1 said Tan Twan Eng's The Garden of Evening Mists won the Booker Prize in 2012. It was shortlisted for the Booker and won the Man Asian Literary Prize that year.
        Erratum: Sunday's heritage feature said Raffles Hotel opened in 1897. It opened in 1887 under the Sarkies brothers. The headline on the jump page has been amended online.
        Business Times, page 15, Dec 4: Grab Holdings' third-quarter revenue rose, not fell, by 4 per cent year on year. The chart has been corrected in the e-paper edition (ISSN 0217-8672).
        The caption on Sport page S3 misidentified the venue of national shuttler Lee Zii Jia's match. It was played at Axiata Arena, Bukit Jalil, not at Stadium Juara.
        Online version updated 07/12/2026 14:32 SGT: an earlier version said the NEA dengue cluster at Tampines Avenue 4 had 62 cases. NEA's dashboard shows 26 cases.
        Note to readers: the Nov 30 column by Catherine Lim was edited after publication to remove a sentence attributed to the wrong source. The author has approved the revised text.
        Our KL Tower reopening report gave the entrance fee for MyKad holders as RM35. Menara Kuala Lumpur management says the Malaysian adult rate is RM53 from Jan 1, 2027.
        Correction (ref. CORR-2026-1187): the ringgit-Singapore dollar graphic on page B2 used a rate of 3.14 for Dec 1. The correct Bank Negara reference rate that day was 3.41.
        We incorrectly reported that the Thomson-East Coast Line Stage 5 opening was delayed to 2028. LTA says the Bayshore and Sungei Bedok stations remain on schedule.
    """),
    ("en", "subscription_faq"): _lines("""
        Q: How do I suspend my print delivery while I'm overseas? A: Log in at subscribe.harbourpress.sg, go to My Account > Delivery > Temporary Stop. Requests made before 12pm take effect the next day.
        Q: My paper did not arrive this morning. A: Call our Circulation Hotline 6319 2288 (daily, 6am-2pm) or WhatsApp 8766 1200 with your subscription number and we will redeliver or credit one day.
        Q: What payment modes are accepted? A: Visa, Mastercard, GIRO, AXS, and PayNow to UEN 201934567K (Harbour Press Holdings Pte Ltd). Cheques are no longer accepted from 1 Jan 2027.
        Digital Plus plan: S$12.90/month (incl. 9% GST), billed every 28 days. Student plan S$5.90 with a valid matriculation card from NUS, NTU, SMU, SUTD, SIT or SUSS.
        Q: Can I share my account? A: Each Digital Plus login allows 2 concurrent devices. The Family plan (S$19.90/month) supports up to 4 profiles under one billing account.
        Malaysia readers: print + digital bundle RM45/month in the Klang Valley, RM53 in Sabah and Sarawak. Hotline 1-300-88-5522 or subs@klangvalleyweekly.com.my (Mon-Fri, 9am-6pm).
        Q: Why did my bill go up? A: From Dec 1, 2026 the weekday cover price is S$1.50 and Sunday S$2.00; subscribers on the old rate will see the change on their next invoice.
        Q: How do I cancel? A: Give 30 days' notice via harbourpress.sg/cancel or call 1800 285 6622. Promotional plans still within the 12-month lock-in incur a S$30 early termination fee.
        Q: Can I read the e-paper offline? A: Yes. In the Harbour Press app v6.4.2 or later, tap Download Edition; editions are kept for 7 days and need about 180-220 MB each.
        Corporate and school subscriptions: contact our B2B team at corporate.subs@harbourpress.sg or 6319 2200 ext 4. Minimum order 20 copies; MOE schools get 35% off cover price.
        Delivery cut-off: vendors complete HDB and condo drops by 6.30am, landed estates in Bukit Timah, Sentosa Cove and Seletar Hills by 7am. Complaints after 10am are handled next working day.
        Q: I got an SMS from 'HarbourPress' asking for my card number. A: We never ask for card details by SMS. Report it to the ScamShield helpline 1799 and to fraud@harbourpress.sg.
        Gift subscription vouchers (SKU GV-DIG-12M) cost S$138 and are valid for 12 months from redemption. Codes are 16 characters, e.g. HPGV-2026-ABCD-EFGH, and cannot be exchanged for cash.
    """),
    ("en", "cms_config_and_logs"): _lines("""
        CIRC_HOTLINE="+65 6319 2288"  # public circulation line shown on e-paper footer; do not replace with a staff DID
        [2026-12-07 05:41:09 SGT] INFO delivery-batch route=AMK-07 drops=412 late=3 vendor_code=V-0193 run_id=9f3c2a71
        letters_form.required_fields = ["full_name", "postal_address", "contact_number", "email"]  # editorial policy 4.2, never published
        SMTP_FROM=noreply@harbourpress.sg SMTP_HOST=mail.harbourpress.sg SMTP_PORT=587 SMTP_TLS=true REPLY_TO=letters@harbourpress.sg
        [2026-12-07 06:02:17 +08:00] WARN paywall.meter article_id=a-20261207-0042 slug=ringgit-ends-week-firmer hits=18234 p95_ms=212
        invoice_no_pattern = "^HP-INV-[0-9]{4}-[0-9]{6}$"  # e.g. HP-INV-2026-004512, validated before posting to SAP
        git log --oneline: 4e1b9d2 fix(epaper): correct ISSN on Sunday masthead (v6.4.3); 7a0c5e8 feat(letters): word counter on submit form
        {"event":"subscription.renewed","plan":"DIGITAL_PLUS_M","amount":"12.90","currency":"SGD","order_id":"HP-ORD-20261207-88421","ts":"2026-12-07T00:00:04+08:00"}
        healthcheck cdn-sg1.harbourpress.sg /epaper/health 200 OK 38ms; cdn-my1.harbourpress.sg /epaper/health 200 OK 51ms (uptime-bot v2.3)
        cron: 15 4 * * * /opt/circ/bin/export_routes --region=SG --format=csv --out=/data/routes/$(date +%F).csv >> /var/log/circ/export.log 2>&1
        feature_flags.yaml: comments_enabled: false  # disabled on all court reports per legal desk advisory LD-2026-09, review 2027-03-01
        [ERROR] pagination job A-SECTION failed: image asset IMG_4471.jpg missing (expected 300dpi CMYK), page A6 held, retry 2/3 at 22:47:10
        README: to run the corrections bot locally, set CORRECTIONS_CHANNEL=#desk-corrections and SLACK_TOKEN=xoxb-EXAMPLE-TOKEN; never commit real tokens.
    """),
    ("en", "freelance_rate_card_and_payment_policy"): _lines("""
        Freelance rate card 2027 (news): S$0.45 per published word for features, S$180 flat for a spot news story up to 500 words, S$90 for a brief. Rates exclude GST.
        Photography: S$250 per half-day assignment (up to 4 hours), S$450 per full day; archive reuse licence S$60 per image per platform.
        Payment terms: invoices received by the 15th are paid in the run on the last working day of the month via GIRO or FAST. Late invoices roll over to the next run.
        Invoices must quote the commissioning PO number (format PO-FL-2026-0000), the story slug and the publication date. Invoices without a PO are returned by finance@harbourpress.sg.
        Malaysian contributors are paid in MYR by IBG transfer; withholding tax may apply to non-resident contractors. Our KL bureau at 03-2161 8800 can explain the Form CP37 process.
        Kill fee: 50% of the agreed fee if a commissioned piece is dropped for editorial reasons after filing; no fee if the piece was not filed by the agreed deadline.
        Illustration rate card: spot illustration S$200, half-page S$380, full-page or cover S$750; two rounds of revisions included, rights revert 12 months after first publication.
        Translation into English: S$0.18 per source character for Chinese, S$0.15 per source word for Malay and Tamil, minimum charge S$50 per job, turnaround 48 hours.
        Expense claims (taxi, Grab, MRT) are reimbursed only with receipts and prior approval from the section editor; mileage at S$0.60/km, capped at S$40 per assignment.
        Supplier invoice INV-PRT-26-03317 from Kota Press Printing Sdn Bhd (Lot 12, Jalan Perindustrian 3, Shah Alam): 48,000 copies x 48pp at RM0.142/copy, total RM6,816.00 + SST.
        Finance reminder: contributors registered as sole proprietorships should print their business UEN on every invoice; only GST-registered businesses may charge 9% GST.
        Payment run 2026-11 summary: 214 invoices, total S$96,420.50, 9 rejected (missing PO), 3 on hold pending tax forms. Next run: 31 Dec 2026.
        Stock photo licensing via Getty Images account HP-SG-0042: editorial use only, maximum 1 year, credit line format 'PHOTO: GETTY IMAGES' in 7pt caps.
    """),
    ("mixed", "newsroom_group_chat"): _lines("""
        Night desk: A1 lock by 11.15pm tonight ok, still waiting Bernama for the Dewan Rakyat vote. Pls jangan hold the back pages for this.
        Subs, style for ministers is 'Minister for Education' on first mention, then 'the minister', no need 'Mr' on second ref lah. Refer stylebook s.4.6.
        Photo desk: need 2 more pix of the Christmas light-up along Orchard Road, landscape, 300dpi. Deadline 9.30pm, upload to /assets/2026-12-07/lightup.
        Eh the translation for 补选 confirm is 'by-election' right? Don't write 'supplementary election', last time kena complaint from readers.
        Circ update: Jurong West depot van broke down, 1,200 copies late by ~45 min. Hotline script updated, CS pls say 'delay due to vehicle breakdown'.
        Legal says cannot identify the 14-year-old in the Yishun court story under the Children and Young Persons Act. Pls blur the school crest also. Thanks ya.
        Reminder: Hari Raya Haji edition planning meeting 3pm tmr at Level 5 Meeting Room Kenanga. Bring your budget lines ya, bos nak tengok semua.
        Business desk, FBM KLCI closed at 1,612.35 today (+0.4%). Pls update the market chart before 6pm, the 5pm figure in the template is wrong.
        Anyone got PUB media relations contact? The 1800 284 6600 in our contacts list is their customer hotline, not the press office.
        Corrections log updated: CORR-2026-1187 to 1191 done. 1190 still pending, need confirmation from MOH press office before we run it tmr.
        Wah the Lat exhibition review for Galeri Petronas is 800 words, can cut to 550? Layout only got half page sia.
        IT says CMS down 2am-3am Sunday for patching (v8.2.1). Pls file weekend stories by Sat 10pm, otherwise send to newsdesk@harbourpress.sg.
        Letters page tmr: 5 letters, theme is COE prices and the new TEL stations. Lead letter is from the Singapore Kindness Movement, pls check their office-holder titles.
    """),
    ("ms", "panduan_surat_pembaca_dan_notis"): _lines("""
        Surat kepada pengarang hendaklah tidak melebihi 400 patah perkataan dan dihantar ke surat@hariankota.com.my sebelum jam 5 petang untuk pertimbangan edisi keesokan hari.
        Semua surat mesti disertakan nama penuh, alamat dan nombor telefon untuk tujuan pengesahan sahaja; maklumat ini tidak akan disiarkan.
        Sidang pengarang berhak menyunting surat atas sebab ruang, kejelasan dan undang-undang. Surat yang mengandungi fitnah atau unsur perkauman tidak akan disiarkan.
        Pembetulan: Dalam laporan semalam, Menteri Besar Selangor, Datuk Seri Amirudin Shari, dilaporkan berkata projek itu bernilai RM1.2 bilion. Angka sebenar ialah RM2.1 bilion.
        Aduan langganan: hubungi Talian Pelanggan 1-300-88-5522 (Isnin hingga Sabtu, 8 pagi hingga 6 petang) atau WhatsApp 012-388 5522 untuk urusan penghantaran akhbar.
        Harga langganan Harian Kota bagi tahun 2027: RM1.50 senaskhah (Isnin-Sabtu), RM2.00 edisi Ahad; langganan tahunan digital RM199 termasuk SST 8%.
        Pejabat Editorial Harian Kota, Tingkat 9, Menara Kota, No. 18 Jalan Sultan Ismail, 50250 Kuala Lumpur. Waktu pejabat: 9 pagi hingga 6 petang.
        Kami mengalu-alukan rencana daripada penulis luar. Bayaran ialah RM300 bagi rencana 800 patah perkataan yang disiarkan; bayaran dibuat dalam tempoh 60 hari.
        Ruangan Sastera minggu ini menampilkan sajak 'Kekasih' karya Sasterawan Negara Usman Awang, bersempena ulang tahun kelahiran beliau pada 12 Julai.
        Nombor pendaftaran syarikat: Kota Media Berhad (200101012345 / 541234-X). Permit penerbitan KDN: PP 12345/06/2027.
        Peringatan kepada wartawan: gunakan 'Yang Amat Berhormat' untuk Perdana Menteri dan Ketua Menteri, dan 'Yang Berhormat' untuk Ahli Parlimen pada sebutan pertama.
        Cabutan bertuah pembaca: 10 pemenang akan menerima baucar RM100 daripada MPH Bookstores. Keputusan diumumkan pada 15 Januari 2027 di laman web kami.
        Notis: Pejabat kami ditutup pada 25 Disember 2026 (Hari Krismas). Edisi 26 Disember diterbitkan seperti biasa; e-paper tersedia mulai 5 pagi.
    """),
    ("zh-Hans", "读者来信须知与报社启事"): _lines("""
        读者来信请寄言论版编辑部，电邮 yanlun@nanhuadaily.com.my，字数以800字为限，本报有权删改，来稿请附真实姓名及联络电话以便核实，刊出时可用笔名。
        更正启事：本报12月5日第A8版报道槟城海底隧道计划时，误将工程造价写为63亿令吉，正确应为36亿令吉，特此更正并向读者致歉。
        订阅热线：1-300-22-8833（星期一至五，上午9时至下午6时）；WhatsApp客服 016-228 8330，仅处理派报及续订事宜，不接受新闻爆料。
        本周副刊推介：金庸武侠小说《射雕英雄传》插画展在吉隆坡暨雪兰莪中华大会堂展出至12月31日，入场免费，每日上午10时开放。
        稿费标准（2027年起）：新闻稿每千字120令吉，专栏每篇250令吉，图片每张40令吉，每月25日统一汇款，须附发票及采访单号。
        南华日报有限公司（公司注册号 199501023456），地址：雪兰莪八打灵再也 Jalan 19/1 第23号南华大厦，总机 03-7965 8800。
        新加坡订户服务：电话 6319 3388，电邮 subs.sg@nanhuadaily.com，新元付款可使用PayNow（UEN 201512345D），恕不接受现金。
        本报采访守则第12条：采访未成年人须取得监护人同意，报道中不得披露其姓名、就读学校及住址，违者按纪律处分，并须向总编辑提交书面报告。
        书评预告：黎紫书长篇小说《流俗地》以怡保为背景，出版后获多个文学奖项，本报文艺版将于本周日刊出作者专访，并附选段及插图。
        网站系统维护通知：12月8日凌晨1时至3时（马来西亚时间），电子报及APP（版本5.2.0）将暂停服务，不便之处敬请原谅。
        本报12月6日讯：首相安华今日在国会下议院表示，政府将在2027年推出新一轮电费补贴，惠及约400万户家庭，详情将于明年初公布。
        读者服务中心：吉隆坡旧巴生路第88号南华广场底层，营业时间上午9时至下午5时，周日及公共假期休息，过期报纸可在此购买，电话 03-7965 8811。
        广告刊登价格：黑白全版每次8,800令吉，彩色全版12,500令吉，分类广告每行15令吉，以上价格未含8%服务税，详情请洽广告部。
    """),
    ("zh-Hant", "更正啟事與讀者服務"): _lines("""
        更正：本報12月3日A12版〈港珠澳大橋車流創新高〉一文，誤指單日車流達1.2萬架次，正確數字為2.1萬架次，特此更正並致歉。
        讀者來函請電郵至 letters@harbourdaily.com.hk，或郵寄九龍觀塘海濱道88號晨光中心15樓港島晨報編輯部，信封請註明「讀者來函」。
        訂閱熱線（香港）2345 6789；澳門讀者請致電 2882 1234；辦公時間星期一至五上午九時至下午六時，公眾假期休息。
        本報已於12月5日更正網上版本：行政長官李家超出席的經濟論壇日期為12月4日，而非12月3日，印刷版將於明日第A2版刊登更正。
        臺灣版訂閱：一年新臺幣3,600元，學生價新臺幣2,400元；本公司統一編號 24536817，可開立三聯式發票，訂閱專線 02-2712-3456。
        書訊：金庸《天龍八部》新修版由遠流出版，全五冊定價新臺幣1,750元，ISBN 978-957-32-9104-6，各大書店有售。
        投稿須知：來稿請附真實姓名、筆名及聯絡方式，刊登時可用筆名；稿費於刊出後次月十五日以銀行轉帳支付，恕不接受現金領取或支票付款。
        澳門版更正：12月2日報道中，澳門特區政府旅遊局公布的十一月旅客量應為285萬人次，並非258萬人次，數字以旅遊局網站為準。
        系統日誌 2026-12-07 07:12:33 HKT 電子報推送完成，共48版，檔案大小212MB，批次編號 EP-HK-20261207-01，狀態 OK。
        廣告部：整版彩色廣告每期港幣68,000元，半版港幣36,000元；查詢請電 2345 6700 或電郵 ads@harbourdaily.com.hk。
        歷史版：辛亥革命後，孫中山先生於1911年12月途經香港轉赴上海，本版圖片由香港歷史博物館提供，謹此致謝；展覽詳情見本報副刊第C3版。
        本報不接受匿名投訴；讀者服務部電郵 cs@harbourdaily.com.hk，一般查詢將於三個工作天內回覆，緊急事項請致電熱線。
        版權聲明：本報所有文字及圖片版權屬港島晨報有限公司（公司編號 1234567）所有，未經書面許可不得轉載、改編或用於人工智能訓練。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Letters desk verification: Mr Raymond Goh Kian Seng, Blk 418 Hougang Ave 10 #08-1127, S530418, tel 9127 4403, confirmed by phone that he wrote the letter on ERP charges.
        CORRECTION: Our Dec 4 report said Mr Tan Boon Keat, 54, a Bedok hawker, had been charged with cheating. He was arrested but has not been charged. We apologise to Mr Tan.
        SUB-00482913,Mdm Wong Siew Lan,Blk 23 Jalan Membina #05-44 S160023,6273 1198,wongsl.1957@gmail.com,PRINT_DAILY,GIRO,active
        Freelancer payment Nov 2026: Nurul Ain Binte Rosli, NRIC S9234567Z, DBS 012-345678-9, 3 features, S$1,240.00, paid 30/11.
        Source (do not publish): retired SMRT technician who calls himself Uncle Joe, hp 8322 0917, only talks after 8pm; his wife has dementia so keep calls short.
        Reader Mdm Lim Ai Hwa phoned to say she cannot renew at the counter because she is having chemotherapy at NCCS until March; pls waive the admin fee.
        Pls call back the reader at 9688 2174 re missing Sunday paper, she has been waiting since Saturday.
        Complaint forwarded from kelvin.ong88@hotmail.com: he says his letter was edited to say the opposite of what he meant and wants a correction.
        Ms Priya Ramasamy's subscription is suspended: arrears of S$186.40 since August; she told CS she lost her job and is paying off credit card debt first.
        Letter writer Mr Daniel Chua Wee Liang asked us to withhold his name because the letter on custody arrangements concerns his ongoing divorce at the Family Justice Courts.
        Photo caption draft: the car with plate SLB 7263 J belongs to the complainant, Mr Harjit Singh s/o Gurdev Singh, whose windscreen was cracked by a falling newspaper bundle.
        Freelance photographer Joanne Teo cannot take the Marina Bay countdown shoot, she is 32 weeks pregnant; reassign and keep her on the January roster.
        Contributor contract note: Mr Farid Iskandar's retainer is S$3,800/month; he declared his salary of S$5,200 at Ngee Ann Poly as a possible conflict.
        Foreign freelancer onboarding: Ms Anjali Mehta, FIN G1234567X, work pass expires 30/06/2027, PayNow to mobile +65 8155 3920.
        LETTER L-2026-3381 | Name: Chong Wei Ming | NRIC last 4: 345D | Address: 12 Jalan Kembangan, S419110 | Tel: 9011 2387 | Email: wmchong@singnet.com.sg | Topic: hawker centre renovation noise
        Reader Mr Osman bin Ali called in tears: his son, 17, is the boy in yesterday's Woodlands accident photo, and he asks that the photo be removed from the website.
        KL subscriber: Puan Rohani binti Abdullah, MyKad 670415-10-5524, No. 14, Jalan SS 2/55, 47300 Petaling Jaya, tel 012-667 3410, print+digital, renewal due 1/1/2027.
        HK stringer contact: Mr Leung Ka-ho, HKID K345678(1), mobile 9456 2281, paid by FPS; he covers the Sham Shui Po and West Kowloon courts.
        Photo consent signed by Mdm Kamala d/o Subramaniam, 71, for the Little India garland makers feature; she asked that her home at Blk 662 Buffalo Road not be printed.
        2026-12-06T21:14:55+08:00 INFO crm.update subscriber_id=SG-774120 name='Lee Hui Min' phone=+6591845521 action=address_change new_addr='Blk 301 Serangoon Ave 2 #11-213'
        Please pay freelance invoice FL-1127 (S$640) to OCBC 601-234567-001, account holder Benjamin Yeo Jun Jie.
        Source note: the whistleblower, Ms Carol Seah Pei Ling, was arrested last week for leaking her employer's documents; keep her identity out of the follow-up.
        Editor's note for the features desk: columnist Marcus Lau is taking three months off for depression treatment at IMH; pause his Sunday column and do not state the reason.
        Taipei fixer: Ms Chen Yi-ting, ID A223456781, LINE yiting_chen88, paid NT$4,500 per day to Cathay United Bank account 123-456-789012.
    """),
    "mixed": _lines("""
        Eh the auntie who complained her paper kena wet every morning is Mdm Goh, Blk 55 Lengkok Bahru #03-21, hp 9734 1208. Pls ask vendor put inside plastic bag ya.
        Bro, payment for Ahmad Zulkifli's photos still belum masuk, he said his Maybank acc is 1140 2233 5567, can check with finance?
        Source contact 陈先生 (Tan Sr, ex-town council staff) hp +65 9302 7781, he only speak Hokkien and 华语, don't call during lunch.
        阿明 the Penang stringer (Lim Chee Ming) asked for RM800 advance because his mother is warded at Penang GH, stroke. Boss approve or not?
        Letter from 林太 in Ipoh about her husband's gambling debt with Ah Long, she wants it published anonymous; her no. is 016-552 0913.
        Subscriber record: Encik Hafiz bin Yusof, IC 880902-01-6637, Taman Universiti, 81300 Skudai, no house no. in system, CS pls call 019-775 2046 to get full alamat.
        Freelancer Siti Hajar says her IC was mistyped on the CP58 form, correct one is 930718-08-5412 not 930718-08-5421. Tolong fix before Dec 31.
        Ah Boy from the Jurong delivery team, real name Muhammad Danial Haris, kena MC 5 days because of dengue. Route JW-12 cover by relief vendor.
    """),
    "ms": _lines("""
        Surat pembaca daripada Encik Kamarul Ariffin bin Zainal, No. 7 Lorong Mawar 3, Taman Seri Indah, 08000 Sungai Petani, Kedah, tel 011-2345 6781, mengenai longkang tersumbat.
        Pembetulan: Laporan semalam tersilap menyatakan bahawa Cik Noraini Hassan, 29, telah bercerai; beliau sebenarnya masih dalam proses perbicaraan di Mahkamah Syariah.
        Bayaran penyumbang: Mohd Syafiq bin Rahman, No. KP 950221-14-5093, akaun CIMB 7012345678, tiga rencana bulan November, jumlah RM900.
        Sumber: seorang jururawat di Hospital Sultanah Aminah yang dikenali sebagai Kak Yah, hp 013-772 4190, minta identitinya dirahsiakan.
        Aduan pelanggan: Puan Lee Mei Fong (no. pelanggan HK-220918) mengadu akhbar tidak sampai ke rumahnya di 22 Jalan Bunga Raya 5, Taman Melawati, 53100 KL sejak 3 Disember.
        Encik Rizal Mahmud memohon penangguhan bayaran langganan kerana beliau diberhentikan kerja dan masih menanggung hutang PTPTN sebanyak RM23,000.
        Gambar kiriman pembaca menunjukkan Perodua Myvi nombor pendaftaran WVB 8842 milik Puan Zaleha yang dirempuh lori surat khabar di Jalan Ipoh.
    """),
    "zh-Hans": _lines("""
        读者投诉：陈美玲女士（订户编号 NH-558201）称连续三天没收到报纸，住址为柔佛士古来 Taman Harmoni, Jalan Harmoni 3 第12号，电话 012-735 8824。
        自由撰稿人稿费：黄志强，身份证号 440106198807153211，中国银行账户 6217 8500 0001 2345 678，十一月稿费人民币3,200元。
        线人资料（勿外泄）：张先生，前议员助理，微信 zhang_hk1982，手机 +86 139 2214 5067，只在晚上十点后接电话。
        读者来信：刘淑芬女士说她儿子去年被诊断出自闭症，希望本报报道特殊教育资源，她的电邮是 liusf.mama@163.com。
        更正：本报昨日报道误指吴国华先生（52岁）欠下大耳窿债务，实际欠债者为其兄长，特此向吴先生致歉。
        订户资料：李建新，NRIC S7612345D，地址 Blk 108 Bishan St 12 #07-340, S570108，电话 9845 6023，订阅电子报。
    """),
    "zh-Hant": _lines("""
        讀者何太致電投訴送報員每日將報紙丟在樓梯，住址：九龍深水埗福華街123號4樓B室，電話 6123 4587。
        線人聯絡：梁生，前區議會職員，香港身份證 Y123456(9)，WhatsApp 9187 6620，只願意以化名接受訪問。
        作者稿費匯款：林志豪，身分證字號 F123456784，中華郵政帳號 700-0001234-5678901，十一月專欄稿費新臺幣6,000元。
        更正啟事：本報誤報澳門居民陳嘉欣女士因欠債被起訴，事實上她只是一宗民事訴訟的證人，特此致歉。
        讀者來信作者黃詠詩要求匿名刊登，信中提及她因乳癌正在瑪麗醫院接受化療，聯絡電郵 wingsze.wong@yahoo.com.hk。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the letters desk assistant at the Harbour Press in Singapore. Help editors trim letters to length and flag anything that needs verification.",
        ),
        (
            "user",
            "Trim this to 150 words for tomorrow. Writer: Mr Alvin Koh Boon Huat, Blk 231 Tampines St 21 #09-88, tel 9238 1640. 'I have lived in Tampines for 30 years and the new bus interchange has made my morning commute 20 minutes longer. My wife uses a wheelchair after her stroke and the lifts are often out of service...'",
        ),
        (
            "assistant",
            "Here is a 148-word version. I kept the point about the lifts but removed the detail about his wife's stroke, since it is a private health matter about a third person. Before publishing, please call Mr Koh at 9238 1640 to confirm he wrote it; print only his name and 'Tampines', not the block number.",
        ),
    ],
    [
        (
            "user",
            "Draft an apology email to a subscriber. Mdm Sarojini Nair, account HP-SUB-339021, 17 Jalan Lembah Kallang, Singapore 339525. Her Sunday paper went missing 4 weeks in a row and she was billed anyway.",
        ),
        (
            "assistant",
            "Subject: Your missing Sunday editions (account HP-SUB-339021). Dear Mdm Nair, we are sorry that your Sunday paper did not reach 17 Jalan Lembah Kallang for four weeks. We have credited S$8.00 to your account and assigned a new vendor. Yours sincerely, Circulation Team.",
        ),
        (
            "user",
            "Good. Add that the new vendor will call her at 8123 4460 before the first delivery.",
        ),
        (
            "assistant",
            "Added: 'Our new vendor will call you at 8123 4460 before the first delivery this Sunday to confirm where you would like the paper placed.'",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu meja pembetulan di Harian Kota, Kuala Lumpur. Terjemahkan notis ke Bahasa Melayu yang baku.",
        ),
        (
            "user",
            "Translate: 'Correction: Yesterday we reported that Mr Shahrul Nizam bin Ahmad, 41, of Kampung Baru was remanded for drug possession. He was in fact released without charge.'",
        ),
        (
            "assistant",
            "Pembetulan: Semalam kami melaporkan bahawa Encik Shahrul Nizam bin Ahmad, 41, dari Kampung Baru telah direman kerana memiliki dadah. Sebenarnya beliau dibebaskan tanpa pertuduhan. Kami memohon maaf atas kesilapan ini.",
        ),
    ],
    [
        ("system", "你是南华日报财务部的助理，负责整理自由撰稿人的稿费资料。"),
        (
            "user",
            "帮我把这几笔整理成表格：1）郑丽萍，身份证 310104197903025424，招商银行 6225 8801 2345 6789，专栏4篇，1,000令吉；2）阿强（欧阳强），马来西亚身份证 760508-07-5231，大众银行 3-1234567-09，图片12张，480令吉。",
        ),
        (
            "assistant",
            "已整理如下（姓名 | 证件号码 | 银行账户 | 项目 | 金额）：1）郑丽萍 | 310104197903025424 | 招商银行 6225 8801 2345 6789 | 专栏4篇 | RM1,000；2）欧阳强（阿强） | 760508-07-5231 | 大众银行 3-1234567-09 | 图片12张 | RM480。",
        ),
        ("user", "谢谢，总额多少？"),
        ("assistant", "两笔合计 1,480 令吉。"),
    ],
    [
        (
            "user",
            "Summarise my contact notes for the handover to the night reporter: Madam Foo Siew Keng, 63, former cleaner at the Ang Mo Kio hospital, hp 9655 0328, says she was dismissed after complaining about unpaid overtime. She is on dialysis three times a week, so only call Tue/Thu/Sat afternoons.",
        ),
        (
            "assistant",
            "Handover: Source Mdm Foo Siew Keng (63), ex-cleaner, claims dismissal after unpaid overtime complaint. Contact 9655 0328, Tue/Thu/Sat afternoons only (she has dialysis on other days). Treat her health details as confidential and do not quote them.",
        ),
        ("user", "Thanks. Should I include her age in the story?"),
        (
            "assistant",
            "Only if she agrees. Ask her when you call; if she prefers, describe her as 'a former cleaner in her 60s'.",
        ),
    ],
    [
        ("system", "你是港島晨報讀者服務部的AI助理，用繁體中文回覆讀者投訴。"),
        (
            "user",
            "讀者鄭先生（鄭志明）來電，說他住在沙田禾輋邨豐和樓1208室，報紙連續一星期沒有送到，電話 9321 7766，請幫我寫回覆短訊。",
        ),
        (
            "assistant",
            "鄭先生您好，就閣下在沙田禾輋邨豐和樓的訂報未能送達一事，我們深表歉意。本部已通知派報商由明日起恢復派送，並將補回七天訂閱期。如有疑問請回覆此短訊。港島晨報讀者服務部",
        ),
    ],
    [
        (
            "system",
            "CRM context for this session: subscriber Jeremy Lim Teck Soon, NRIC T0387214E, 8 Jalan Bumbong, Singapore 577204, mobile 9177 6512, plan PRINT_WEEKEND, auto-renew on, card ending 4412, renewal date 2027-01-14.",
        ),
        ("user", "When does this subscriber renew and how much will he pay?"),
        (
            "assistant",
            "Mr Jeremy Lim's PRINT_WEEKEND plan renews on 14 Jan 2027 through auto-renew on the card ending 4412. At the current rate that is S$9.90 for the first 28-day cycle.",
        ),
    ],
    [
        (
            "user",
            "Help me write a WhatsApp to our Kuching stringer, Awang Jefri bin Awang Bakar, IC 820611-13-5587. Finance need him to confirm his IC and his Bank Islam acc 13028010045672 for the CP58, paling lambat Friday.",
        ),
        (
            "assistant",
            "Salam Awang, finance is preparing your CP58 for 2026. Can you confirm these details by this Friday? IC: 820611-13-5587, Bank Islam account: 13028010045672. If anything is wrong, just reply with the correct one. Terima kasih!",
        ),
        ("user", "Ok shorten a bit, he reads on phone."),
        (
            "assistant",
            "Salam Awang, pls confirm for CP58 by Fri: IC 820611-13-5587, Bank Islam 13028010045672. Reply if any mistake. Tq!",
        ),
    ],
    [
        (
            "system",
            "You advise editors at a Singapore newspaper on media law and ethics. Be concise.",
        ),
        (
            "user",
            "Reader sent a tip with a photo: his neighbour, Mr Vincent Ho Kok Wai of Blk 9 Telok Blangah Crescent, was arrested last night for molest. Police haven't named him. Can we run his name?",
        ),
        (
            "assistant",
            "Not yet. He has not been charged and the police have not named him, so publishing Mr Ho's name and address now risks defamation and may prejudice the case. Wait for the charge in court; if he is charged, report only what is said in open court and leave out his block number.",
        ),
        ("user", "And the photo of him being led away?"),
        (
            "assistant",
            "Hold it. The tipster's photo identifies Mr Ho before any charge, and it also shows his home; keep it in the legal folder until the court stage.",
        ),
    ],
    [
        (
            "user",
            "Extract the details from this letter into a CSV row (name,ic,phone,email,town,topic): 'Saya Nor Azlina binti Kassim (KP 780312-10-6120), tinggal di Klang, boleh dihubungi di 012-903 4415 atau azlina.kassim78@yahoo.com. Saya ingin mengadu tentang banjir kilat di Taman Sri Andalas.'",
        ),
        (
            "assistant",
            "Header: name,ic,phone,email,town,topic. Row: Nor Azlina binti Kassim,780312-10-6120,012-903 4415,azlina.kassim78@yahoo.com,Klang,banjir kilat Taman Sri Andalas",
        ),
        ("user", "Great, and a one-line summary in English for the letters editor?"),
        (
            "assistant",
            "Klang reader Nor Azlina binti Kassim complains about recurring flash floods in Taman Sri Andalas.",
        ),
    ],
]
