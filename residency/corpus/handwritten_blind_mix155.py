# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix155: coworking spaces, serviced offices and virtual-office providers in SG/MY/HK/TW (member sign-ups, mail handling, meeting-room bookings, company-secretarial services, complaints, staff chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix155
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "house_rules_notice"): _lines("""
        NOTICE: From 1 March, the pantry on Level 12 will close at 9pm for deep cleaning. Hot desk members may use the Level 11 pantry until 11pm.
        Meeting rooms Raffles, Stamford and Tan Kah Kee are now bookable in 30-minute blocks via the member app. No-shows after 15 minutes release the room automatically.
        Mail and parcels received after 6:00 pm are logged the next working day. For urgent courier pickups, call our front desk hotline at +65 6808 1200.
        Please do not leave belongings on hot desks overnight. Items found after 10pm are moved to Lost & Found at Reception, Level 5, and kept for 14 days.
        Virtual office clients may use 160 Robinson Road, #14-04, Singapore 068914 as their registered office on ACRA filings, but not as a residential or director's address.
        Fire drill on Thursday 14 Nov, 10:30-10:45am. Lifts will be suspended; please follow the wardens in orange vests to the assembly point at Telok Ayer Park.
        Printing credits reset on the 1st of each month: Flex Desk 100 pages, Dedicated Desk 300 pages, Private Office 1,000 pages. Extra pages: S$0.10 B/W, S$0.50 colour.
        Wi-Fi network HiveGuest-5G is for visitors only and its password rotates every 24 hours. Members should connect to HiveMembers using the credentials in the app.
        Phone booths are limited to 60 minutes per session when others are waiting. Please keep video calls inside the booths and out of the quiet zone on Level 3.
        Our outlet at Menara Ken TTDI, 37 Jalan Burhanuddin Helmi, Kuala Lumpur, is closed on 31 Aug for Hari Merdeka. Access cards stay active for 24/7 members.
        Pets are welcome on Fridays in the Level 2 lounge only. Dogs must be leashed, and the company's pet policy form must be filed with the Community Desk first.
        Event tonight: Founders & Fika, a fireside chat on SME grants with Enterprise Singapore, 6:30pm in the Event Hall. RSVP on the member app, capacity 80.
        Reminder: monthly membership fees are charged on the 25th. Invoices such as INV-SG-2411-00873 are e-mailed to the billing contact and listed under Account > Billing.
    """),
    ("zh-Hans", "公司秘书服务价目表"): _lines("""
        【新加坡公司注册套餐】S$1,288/年起，含ACRA注册、首年公司秘书服务、注册地址及电子商业档案（Bizfile）一份，不含政府规费S$315，办理周期约3个工作日。
        【挂名董事服务】新加坡本地居民挂名董事S$2,400/年，需另缴押金S$2,000；仅作为法定代表，不参与公司经营决策，详情请致电+65 6222 8810咨询。
        【虚拟办公室】上海静安区南京西路1266号恒隆广场二座38楼商务地址，月费¥1,680，含前台代收信件、来电转接及每月4小时会议室使用。
        【年审服务】新加坡私人有限公司年度申报（Annual Return）代办S$350，含AGM文件准备；逾期申报ACRA罚款S$300起，请提前30天准备好财务报表。
        【马来西亚Sdn Bhd注册】RM2,800起，含SSM名称查册、公司章程、首年秘书费及注册地址；外资公司另需提供实缴资本证明，办理周期约7至10个工作日。
        【邮件代收升级】每月收件超过30件，超出部分按每件¥5计费；扫描件当日上传至客户后台，原件可选择每周一次顺丰到付寄出，大件包裹另议。
        【会议室租赁】深圳南山区科技园旗舰店：6人间¥120/小时，12人间¥260/小时，全天套餐8折，含投影、白板及茶歇，周末预订需提前48小时确认。
        【香港公司开户协助】代约汇丰、中银香港、星展银行开户面签，服务费HK$3,800/次；银行是否批核以银行审核为准，本公司不作任何保证。
        【工位月租】固定工位¥2,200/月，开放工位¥1,300/月，独立办公室4人间¥9,800/月起，押二付一，发票类型可选增值税普通发票或专用发票。
        【注销服务】新加坡公司申请Strike Off代办S$680，含向IRAS及CPF Board确认无欠款、ACRA申报及公告期跟进，整个流程约需4至6个月。
        【台湾公司变更登记】营业地址变更代办NT$6,000，含经济部商业司申请书填写、股东会议事录范本及章程修正条文对照表，政府规费另计。
        【秘书服务SKU】CS-SG-BASIC-12M单价S$480，CS-SG-PRO-12M单价S$960（含董事会决议文件3份），CS-MY-STD-12M单价RM1,200，均不含GST/SST。
        【双十一促销】11月11日至11月30日新签一年期会员立减15%，优惠码CWK2024DOUBLE11，不可与企业团购价同时使用，最终解释权归本公司所有。
    """),
    ("zh-Hant", "員工群組訊息"): _lines("""
        各位，今日下晝三點 Boardroom A 嘅投影機又壞咗，已經報咗 IT ticket #HK-IT-20481，客人嚟到先帶佢哋去 Boardroom B 頂住先。
        提提大家，今個月尾管理處會換大堂門禁系統，舊卡 30 號之後唔再 work，記得叫所有會員喺 25 號之前去前台換新卡。
        順豐今日下晝五點前會嚟收件，要寄嘅文件請放喺 mail room 藍色籃，運單號記得逐張入返系統，唔好淨係寫喺白板度，唔該晒各位。
        中環分店 19 樓冷氣又唔夠凍，已經打咗俾大廈管理處熱線 2523 8800 報修，佢話聽朝十點前會派師傅上嚟睇，有會員問就話跟緊。
        今日 walk-in 有三單查詢 virtual office，兩單問公司秘書，報價已經 send 咗 standard package HK$4,800/年，記得聽日 follow up。
        聽日有機會掛八號波，如果天文台九點前掛波就全日關門，已預約會議室嘅可以全數退款或者免費改期，大家照 typhoon SOP 做，記得 update 埋 app 公告。
        CRM 入面有十幾個 lead 冇填 source，麻煩大家今日收工前補返，揀返 Google Ads、Walk-in 定 Referral，月尾要出 report。
        三號 printer 又 jam 紙，已經 call 咗 Ricoh 維修熱線，case number RC-HK-778120，佢話今日之內會有技術員上嚟。
        下星期三有 HKTDC 帶 startup 團嚟參觀我哋灣仔新 floor，麻煩大家執靚啲 pantry 同 phone booth，banner 放喺 lift lobby。
        會員 app 今朝 09:12 開始登入唔到，vendor 話係 SSL 證書過期，預計 11:00 前搞掂，有人問就話系統維護緊，唔好講太多。
        十二月嘅 Christmas party 場地訂咗 Level 23 roof terrace，budget HK$18,000，食物揀咗美心到會 menu B，飲品另外計。
        今個月 occupancy 已經去到 87%，獨立辦公室淨返兩間四人房，sales 報價嗰陣唔好再俾 early bird 折扣，要 manager 批先得。
        提提：收到法院文件或者稅局信件，一律影相 upload 上系統再通知客戶公司，唔好幫人拆信，呢個係公司 policy MR-07 嚟㗎。
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Bolehkah alamat pejabat maya digunakan untuk pendaftaran SSM? J: Ya, alamat di Tingkat 15, Menara Cahaya, Jalan Ampang boleh digunakan sebagai alamat berdaftar Sdn Bhd anda.
        S: Berapakah yuran keahlian hot desk bulanan? J: RM450 sebulan untuk akses Isnin hingga Jumaat, 9 pagi hingga 6 petang, termasuk Wi-Fi, kopi dan 2 jam bilik mesyuarat.
        S: Bagaimana surat saya diuruskan? J: Semua surat diimbas dan dimuat naik ke portal ahli dalam masa 1 hari bekerja; surat asal boleh diambil di kaunter atau dihantar melalui Pos Laju.
        S: Adakah harga termasuk SST? J: Semua harga yang dipaparkan belum termasuk SST 8%. Invois cukai akan dikeluarkan atas nama syarikat anda selepas bayaran diterima.
        S: Bolehkah saya menukar pelan keahlian? J: Boleh, dengan notis bertulis 30 hari sebelum tarikh pembaharuan. Naik taraf ke pejabat persendirian berkuat kuasa serta-merta.
        S: Apakah dokumen yang diperlukan untuk mendaftar syarikat baharu? J: Salinan MyKad atau pasport pengarah, alamat kediaman pengarah dan tiga cadangan nama syarikat untuk semakan SSM.
        S: Di manakah cawangan anda di Pulau Pinang? J: Kami terletak di Tingkat 8, Wisma Pantai Digital, 1 Lebuh Pantai, George Town, 10300 Pulau Pinang, berhampiran Stesen Jeti.
        S: Adakah tempat letak kereta disediakan? J: Ahli pejabat persendirian layak mendapat 1 petak bermusim pada RM250 sebulan; pelawat boleh guna tempat letak kereta awam di Basement 2.
        S: Bagaimana hendak menempah bilik mesyuarat? J: Gunakan aplikasi ahli atau WhatsApp talian rasmi kami di +60 3-2725 8800. Tempahan boleh dibatalkan tanpa caj 24 jam lebih awal.
        S: Adakah setiausaha syarikat anda berlesen? J: Ya, setiausaha kami berdaftar di bawah Seksyen 241 Akta Syarikat 2016 dan akan memfailkan Penyata Tahunan dalam tempoh 30 hari.
        S: Bolehkah saya membawa tetamu? J: Setiap ahli boleh membawa 2 tetamu sehari secara percuma. Tetamu perlu mendaftar di kaunter penyambut tetamu dan memakai pas pelawat.
        S: Apakah waktu operasi semasa Ramadan? J: Kaunter dibuka 8.30 pagi hingga 4.30 petang; akses kad 24 jam tetap berfungsi untuk ahli meja khas dan pejabat persendirian.
        S: Adakah anda menerima bayaran melalui DuitNow? J: Ya, imbas kod QR DuitNow pada invois atau pindahkan ke akaun korporat syarikat kami; sila nyatakan nombor invois sebagai rujukan.
    """),
    ("mixed", "mailroom_log_lines"): _lines("""
        2024-11-18T09:14:22+08:00 INFO mailroom.intake outlet=SG-RAF01 carrier=SingPost tracking=RR123456785SG type=registered_letter status=RECEIVED client_uen=201923456K
        2024-11-18 10:02:51 [KL-TTDI] 收件 Pos Laju ER928374651MY → 客户公司 SSM 202101034567 (1412345-K)，已扫描 3 页，status=SCANNED
        2024-11-18 10:47:03 WARN mailroom.sla 香港 Wan Chai 分店 未处理包裹 12 件超过 48h，threshold=10，已通知 ops 群组 #hk-ops
        [2024-11-19 08:30:11] 台北信義店 收到 中華郵政 掛號 RR778899445TW，收件公司統編 24536806，存放櫃位 B-07，待通知客戶公司。
        2024-11-19T11:20:45Z ERROR scan-worker-2 OCR failed job_id=7f3c9a1e page=2/4 reason=low_dpi(150<300) retry=1/3 queue=mail-scan-hk
        2024-11-19 14:05:37 INFO forward.batch 本周转寄 batch=FW-2447 共 38 件 via DHL Express, waybill 1234567890, cost=S$212.40, outlet=SG-ANS02
        2024-11-20 09:01:00 DEBUG locker.open locker_id=HK-CEN-L12 door=04 pin_validated=true duration_ms=842 firmware=v2.3.7 batt=78%
        2024-11-20 16:44:18 INFO 退件 return_to_sender reason=客户公司已退租 contract=VO-MY-2023-0912 carrier=J&T Express tracking=JT8821735104MY
        2024-11-21 07:59:59 CRON mail_digest sent=1,284 failed=3 template=daily_scan_digest_zh-Hant_v5 smtp=email-smtp.ap-southeast-1
        2024-11-21 12:12:12 INFO intake 大件包裹 parcel_kg=18.4 dims=60x40x40cm outlet=MY-MVK03 Mid Valley，需要 trolley，已放 loading bay 暂存。
        2024-11-22 10:30:00 AUDIT legal_doc flag=true sender=Inland Revenue Authority of Singapore client_uen=201812345D action=scan_only_no_open policy=MR-07
        2024-11-22 15:18:40 INFO courier.pickup Lalamove order LLM-SG-88213047 pickup=18 Cross Street #02-01 drop=Changi Airfreight Centre status=DELIVERED
        2024-11-23 09:45:02 WARN 邮件柜 mailbox MB-SH-0321 已满 (32/30)，上海静安分店请尽快清理，或通知客户公司前台代为取件。
    """),
    ("en", "booking_system_config"): _lines("""
        ROOM_BOOKING_SLOT_MINUTES=30  # smallest bookable block; rooms: raffles, stamford, tan_kah_kee, tunku_abdul_rahman
        booking: { max_advance_days: 60, cancel_free_hours: 24, no_show_release_minutes: 15, currency: 'SGD', tax_rate: 0.09 }
        SELECT room_id, SUM(duration_min) AS booked FROM bookings WHERE outlet = 'SG-RAF01' AND start_at >= '2024-11-01' GROUP BY room_id ORDER BY booked DESC;
        smtp: host=smtp.example.com port=587 from='Bookings <no-reply@example.com>' reply_to='frontdesk@example.com' tls=required
        def price(room: Room, hours: float) -> Decimal: return (room.hourly_rate * Decimal(str(hours))).quantize(Decimal('0.01'))  # incl. 9% GST
        CREATE TABLE mail_items (id BIGSERIAL PRIMARY KEY, outlet CHAR(8), carrier TEXT, tracking_no TEXT UNIQUE, received_at TIMESTAMPTZ DEFAULT now());
        rooms.yaml: - id: boardroom_sherlock  capacity: 12  hourly_rate: 85.00  amenities: [vc, whiteboard, 75in_display]  floor: 12
        GET /api/v2/outlets/KL-TTDI/rooms?date=2024-12-02&capacity_gte=6 -> 200 OK (3 rooms, 41 ms, etag W/9f2c1ab0)
        docker run -e TZ=Asia/Singapore -e DB_URL=postgres://app:changeme@db:5432/booking -p 8080:8080 cowork/booking-api:3.14.2
        cron: '0 2 * * *'  job: purge_guest_wifi_vouchers  retain_days: 1  notify: ops-alerts@example.org  owner: platform-team
        i18n.zh-Hant.booking_confirmed = '您已成功預約 {room_name}，時間 {start}–{end}。如需取消，請於 24 小時前於 App 內操作。'
        WEBHOOK_SECRET=whsec_test_4f9a2b7c8d1e0f3a  # Stripe test mode only, rotate before go-live (ticket OPS-1182)
        assert quote(plan='VO_BASIC', months=12, region='MY').total == Decimal('1728.00')  # RM144 x 12, SST excluded
    """),
    ("zh-Hant", "商戶評論"): _lines("""
        ★★★★★ 信義區這間共享辦公室採光超好，會議室預約系統很直覺，櫃檯服務親切，唯一缺點是週五下午電話亭常常被佔滿，要搶。
        ★★★☆☆ 虛擬辦公室月費NT$1,500還算合理，但信件掃描常常隔兩天才上傳，客服專線02-2720-8866打了三次才接通，有待加強。
        ★★★★☆ 大安店樓下就有「林師傅牛肉麵」，午餐超方便；共享空間的咖啡用的是路易莎的豆子，比想像中好喝很多，明年應該會再續約。
        ★★☆☆☆ 登記營業地址要加收NT$3,000文件費，官網完全沒寫清楚，業務說是國稅局要求，問了國稅局根本沒有這種規定。
        ★★★★★ 在台中七期的分店開了第一次股東會，10人會議室設備齊全，還幫忙準備了議事錄範本，公司秘書服務很專業，價格也算公道。
        ★★★★☆ 高雄亞洲新灣區分店可以直接看到港口景色，月租工位NT$4,500，捷運三多商圈站走路八分鐘，推薦給剛創業的團隊。
        ★☆☆☆☆ 冷氣在晚上七點後就自動關閉，租獨立辦公室還要另外付空調加時費每小時NT$200，合約上字寫得超小，覺得被坑。
        ★★★★☆ 會員活動很多，上個月還請到唐鳳來分享數位治理與開放政府，雖然只有四十個名額，但整場聽下來真的很有收穫，下次還會報名。
        ★★★☆☆ 空間設計很漂亮，但隔音真的不行，隔壁會議室在講什麼都聽得一清二楚，開視訊會議最好自備耳機麥克風，不然很尷尬。
        ★★★★★ 中山站這間的郵件代收很可靠，掛號信會先拍照通知再代簽，月底還附一份收件明細，公司報帳很方便，櫃檯人員也都很有禮貌。
        ★★☆☆☆ 停車位一個月NT$5,500，比隔壁大樓貴了一千多，而且訪客車位只有兩格，客戶來開會常常找不到位置停車，很不方便。
        ★★★★☆ 咖啡機是 La Marzocco，零食櫃有義美小泡芙跟乖乖，週三還有「王媽媽手工饅頭」的下午茶，團隊都說讚。
        ★★★☆☆ 網路速度實測下載 480Mbps、上傳 220Mbps，但訪客Wi-Fi密碼每天換還要到櫃檯問，對常來的客戶有點麻煩。
    """),
    ("mixed", "business_invoices"): _lines("""
        TAX INVOICE No. INV-SG-2411-00873 | Bill to: Bluefin Analytics Pte. Ltd. (UEN 201923456K) | Dedicated Desk x2, Nov 2024 | S$1,400.00 + GST 9% S$126.00 = S$1,526.00
        INVOIS CUKAI / 税务发票 No. MY-KL-24-11-0456 | Kepada: Nusantara Agritech Sdn. Bhd. (202201012345) | Virtual Office 12 bulan RM1,728.00 + SST 8% RM138.24
        發票 Invoice HK-WC-2024-1107 | 客戶: 銀河灣貿易有限公司 BR No. 71234567 | Boardroom A 3.5 hrs @ HK$480 = HK$1,680.00 | 付款期限 30 日
        統一發票 AB-12345678 | 買受人 星河數位股份有限公司 統編 53219874 | 共享辦公室月租 NT$45,000 營業稅 5% NT$2,250 總計 NT$47,250
        Credit Note CN-SG-2411-0012 against INV-SG-2410-00791: refund S$85.00 for Raffles Room booking cancelled due to aircon fault (ticket FAC-3391).
        增值税普通发票 No. 044002400111 | 购买方 深圳市前海云帆科技有限公司 统一社会信用代码 91440300MA5G1A2B3C | 会议室服务费 ¥3,600.00 税率6%
        INVOICE INV-HK-CS-0088 | Company Secretarial Annual Package (NAR1 filing, SCR upkeep, registered office) HK$5,200.00 | Payee: Harbourview Workspace Ltd
        Resit Rasmi No. OR-PG-2024-0331 | Diterima daripada Pulau Digital Solutions Sdn Bhd | Sewa pejabat persendirian Dis 2024 RM3,200.00 | FPX ref 2411281032456
        Invoice line items: 1) Mail scanning overage 42 pcs @ S$1.50 = S$63.00; 2) Courier forwarding DHL AWB 5912347788 S$48.60; 3) Locker rental Dec S$30.00
        Pro-forma PF-MY-0217 untuk Lintas Logistik Sdn Bhd: pendaftaran syarikat RM2,800 + fi SSM RM1,010 + setiausaha 12 bulan RM1,200; sah sehingga 31/12/2024
        Statement of account as at 30 Nov 2024 for Kopi & Kode Pte Ltd (UEN 202012345W): invoices S$4,578.00, payments S$3,052.00, balance due S$1,526.00
        收據 Receipt No. MO-2024-0099 | 澳門新口岸共享空間 | 客戶: 濠江創意有限公司 | 工位月費 MOP 2,800.00 | 支付方式 中銀澳門 BOC Pay
        Invoice INV-TW-241130-07 | 買方 Formosa Bytes Inc. 統編 90876543 | Event space 全日租用 NT$28,000 + 清潔費 NT$2,000 | 匯款帳號請見合約附件
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        New member sign-up: Priya Ramasamy, hot desk from 2 Dec, mobile +65 9123 4876, billing email priya.ramasamy88@gmail.com, referred by another member on Level 12.
        Mail log: registered letter from the Legal Aid Bureau for Mr Darren Koh Wei Ming, VO client, tracking RR556677881SG; he asked us not to scan it.
        Complaint from Marcus Teo (Private Office 1207): says the cleaner moved his insulin pens out of the pantry fridge and he nearly missed a dose on Tuesday.
        Please stop sending the overdue reminders to my wife's email. Just WhatsApp me at 8765 4321 instead. - Kelvin Lim, dedicated desk D-33
        Access card AC-22817 deactivated for Nur Aisyah binti Kamaruddin, NRIC S8823417J, pending payment of S$2,340 arrears from Aug to Oct.
        Director details for ACRA filing: Tan Hui Ling, FIN G5518273L, residential address Blk 412 Bedok North Ave 2, #08-115, Singapore 460412.
        Heads up: Mrs Fernandez in office 5B told reception she is going through a divorce and her husband must not be let in or told her schedule.
        Emergency contact for hot desk member Jonathan Wee: his mother, Mdm Lee Soo Har, 9780 2261. He has epilepsy; the seizure protocol card is kept at the front desk.
        Booking BK-88172 was paid by Wong Kar Ho with his personal VISA ending 4417 for a job interview with another company, so please keep it discreet.
        Ah Boon from the dedicated desk row says he cannot pay this month because he was retrenched from the bank; asked if we can defer his S$450 till January.
    """),
    "zh-Hans": _lines("""
        新会员登记：王建军，身份证号440304198807163522，手机13926581147，入驻深圳南山店固定工位B-16，押金¥2,200已微信支付。
        陈先生（虚拟办公室客户）来电说他最近住院做化疗，这三个月的信件请全部寄到他家：上海市闵行区莘庄镇莘松路958弄12号302室。
        前台注意：李秀梅女士的前夫如果再来找她，直接说她不在，不要透露她的工位号，她已经向法院申请了人身安全保护令。
        公司秘书档案：董事 赵立新，护照号 E58203174，住址 北京市朝阳区望京西园三区312楼1单元1501，持股比例60%。
        阿明今天又迟交会议室费用了，听说他欠了网贷二十多万，催收电话都打到前台来了，大家别把他的行程告诉陌生人。
        退款申请：会员刘婷婷因怀孕需提前解约，押金¥3,000退至招商银行账户6214 8301 2345 6789，开户行深圳科技园支行。
        客户投诉记录：周女士，手机186****3321，投诉保安把监控里拍到她和男同事的截图转发到员工群，要求公司书面道歉。
        会议室预订 BK-SZ-20241119-07：预订人 黄志强，微信号 huangzq_1990，备注：离婚调解会谈，请安排最里面那间隔音房。
        员工群消息：新来的保洁阿姨张桂芳血压高，上周在茶水间晕倒过一次，大家看到她脸色不好就让她先坐下休息。
        邮件代收通知：孙浩先生，您有一封来自上海市公安局浦东分局的挂号信，运单号1151234567890，请携带本人身份证到前台领取。
    """),
    "zh-Hant": _lines("""
        新會員登記：陳嘉欣，HKID K483920(A)，手機 9634 2718，email kayan.chan.hk@yahoo.com.hk，灣仔店 hot desk 月費 HK$2,300。
        林太嚟前台喊咗好耐，話佢老公喺我哋度租咗間房同第二個女人見面，叫我哋俾 CCTV 佢睇，我哋已經拒絕咗。
        台北信義店會員資料：吳俊賢，身分證 A225830169，生日 1991/03/14，通訊地址 台北市大安區和平東路二段106巷8號5樓。
        明哥話佢下個月要入院做心臟搭橋手術，Private Office 3 嘅租約想暫停兩個月，記得同 sales 講一聲。
        虛擬辦公室客戶 許雅婷 的信件是臺灣臺北地方法院民事執行處通知書，看起來是薪資扣押，請直接打 0933-582-716 通知本人，不要放公開信箱。
        公司秘書服務表格：董事 黃國強，HKID Y271564(1)，住宅地址 新界沙田第一城 38座 21樓 G室，持股 100%。
        阿May今日又請病假，佢私底下話驗到有咗三個月，叫我哋暫時唔好同其他同事或者 manager 講住。
        會議室 booking 紀錄：預訂人 梁家豪 Leung Ka Ho，電話 5128 9043，用途：同律師傾破產申請，請安排冇玻璃牆嘅房。
        台中店停車位月租名單：車牌 BFM-3382 蔡明哲 NT$3,500、車牌 AKP-6617 鄭淑芬 NT$3,500，兩位都已繳到十二月。
        澳門分店會員：何志明，澳門居民身份證 5213846(3)，手機 6628 1934，已欠租 MOP 8,400 三個月，法律部準備發律師信。
    """),
    "ms": _lines("""
        Pendaftaran ahli baharu: Muhammad Hafiz bin Abdullah, No. MyKad 880412-14-5523, telefon 012-345 6789, pelan hot desk RM450, cawangan TTDI.
        Encik Rajesh a/l Subramaniam dari pejabat 7C memaklumkan beliau baru disahkan menghidap kanser usus dan akan bercuti sakit selama enam bulan.
        Surat saman mahkamah untuk Puan Noraini binti Hassan telah diterima hari ini; sila hubungi beliau di 019-772 4410 supaya datang ambil sendiri.
        Butiran pengarah untuk SSM: Lim Chee Keong, MyKad 791105-07-5231, alamat kediaman No. 23, Lorong Bukit Jambul 5, 11900 Bayan Lepas, Pulau Pinang.
        Kak Ros di kaunter kata dia terpaksa berhenti kerja bulan depan sebab suaminya dipenjara dan dia perlu jaga tiga orang anak seorang diri.
        Bayaran balik deposit RM1,500 kepada Tan Mei Ling ke akaun Maybank 1140 2233 8765 selepas penamatan kontrak pejabat persendirian 4B.
        Aduan ahli: Siti Zulaikha berkata seorang lelaki mengambil gambar beliau di pantri tanpa izin dan memuat naiknya ke TikTok; rakaman CCTV 12/11 sudah disimpan.
        Tempahan bilik mesyuarat oleh Amirul Haziq (amirul.haziq93@gmail.com) untuk sesi kaunseling hutang dengan AKPK, Khamis jam 3 petang.
        Kenderaan ahli untuk pas bermusim: WXY 8821 (Honda City, milik Encik Faizal Rahman) dan VBN 4372 (Perodua Myvi, milik Cik Lee Wen Hui).
        Gaji bulanan Abang Zul, penyambut tetamu cawangan Mid Valley, dinaikkan ke RM3,100 mulai Januari; jangan beritahu staf lain ya.
    """),
    "mixed": _lines("""
        Hi admin, saya Kelly Ong, VO client. Can you 帮我 forward semua surat ke rumah saya di 15 Jalan SS2/24, Petaling Jaya? Tel 016-228 9037. Thanks!
        Booking confirmed 预约成功: Mr 黄伟杰 Raymond Wong, Boardroom B, 2024-12-03 14:00-16:00, contact +852 9317 6624, 备注 bring own HDMI.
        FYI team, 那个 Desk 14 的 Jason Tay 说他 depression 复发，下个月 mostly WFH，membership 先 pause 一个月 ok 吗?
        CSV row: member_id,name,nric,mobile,plan -> M-10482,Goh Li Ting,T0134562H,+65 8234 7710,Private Office 3-pax
        陳太 Mrs Chan 又 complain 佢個仔喺 kids corner 被人推跌，要我哋 send 事發 CCTV 去 chanmrs.1978@gmail.com，點算好?
        Director KYC 資料: Name 蔡文華 Choi Man Wah, HKID R906318(7), DOB 1975-08-22, address 九龍城衙前圍道 88 號 6 樓 B 室
        Bro, Uncle Raju from office 2A asked if we can pinjam dia RM2,000 dulu, he said his son's hospital bill kena bayar esok.
        Log 2024-11-20 18:22:10 access_denied card=AC-30915 holder='Ng Siew Ping' reason=contract_terminated_for_nonpayment arrears=S$3,870
        Form 申请表: 姓名 Name: 林志伟 Lim Chee Wei | NRIC: S9012846I | Email: cheewei.lim.sg@outlook.com | Emergency contact: 太太 Mdm Yeo 9654 1028
        WhatsApp from 阿Ken: sorry ah boss, 我这个月 salary 只有 RM2,600 nia, rental for desk boleh bagi separuh dulu tak?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the member-services assistant for a coworking operator in Singapore. Be polite and concise.",
        ),
        (
            "user",
            "Draft a firm but friendly reminder to Bryan Seah (bryan.seah.work@gmail.com), hot desk member, who owes S$1,350 for Sept to Nov. His card will be deactivated on 15 Dec.",
        ),
        (
            "assistant",
            "Subject: Outstanding membership fees Hi Bryan, Our records show an outstanding balance of S$1,350 for September to November. Please settle it by 14 Dec via the member app; otherwise your access card will be deactivated on 15 Dec. Do reach out if you need a payment plan. Best regards, Member Services",
        ),
        ("user", "Great, also add that we can split it into 3 instalments."),
        (
            "assistant",
            "Added: 'If it helps, we are happy to split the balance into three monthly instalments of S$450.' Let me know if you want it sent from the billing inbox.",
        ),
    ],
    [
        (
            "user",
            "帮我整理一下新加坡公司董事资料，准备交ACRA：董事 郑海峰，中国护照 EK3819274，出生日期1986年5月3日，住址 杭州市西湖区翠苑一区17幢2单元501。",
        ),
        (
            "assistant",
            "好的，整理如下： 姓名：郑海峰 证件：中国护照 EK3819274 出生日期：1986-05-03 住址：浙江省杭州市西湖区翠苑一区17幢2单元501 提醒：ACRA还需要董事的电邮和联系电话，以及是否为新加坡居民的声明。",
        ),
        ("user", "电话是 +86 158 6712 3094，邮箱 zhenghf86@163.com。"),
        (
            "assistant",
            "已补充：电话 +86 158 6712 3094，邮箱 zhenghf86@163.com。由于郑先生不是新加坡居民，公司还需要至少一名本地居民董事，可以考虑我们的挂名董事服务。",
        ),
    ],
    [
        ("system", "你係一間香港共享辦公室嘅前台助手，用廣東話回覆。"),
        (
            "user",
            "有個 virtual office 客戶 區志偉 話佢中風入咗伊利沙伯醫院，佢太太打嚟話要幫佢收信，電話 6281 7730。我可唔可以直接俾佢太太攞？",
        ),
        (
            "assistant",
            "唔建議直接俾。區生嘅信件屬於佢本人或者佢公司，最好要有區生簽嘅授權書，或者公司董事授權，再核對區太嘅身份證先至交收。可以先將信件影相，經客戶系統通知登記聯絡人。",
        ),
        ("user", "明白，咁我點樣回覆區太？"),
        (
            "assistant",
            "可以咁講：「區太你好，明白區生而家喺醫院，我哋會好好保管佢嘅信件。麻煩你帶埋區生簽署嘅授權書同你嘅身份證嚟前台，我哋即刻幫你辦理。」",
        ),
    ],
    [
        (
            "user",
            "Tolong buat surat peringatan kepada ahli kami, Encik Shahrul Nizam bin Yusof, MyKad 900715-10-6681, yang belum bayar sewa pejabat 3A sebanyak RM4,800.",
        ),
        (
            "assistant",
            "Tuan/Puan, PERINGATAN TUNGGAKAN SEWA PEJABAT 3A Encik Shahrul Nizam bin Yusof (No. MyKad 900715-10-6681), Rekod kami menunjukkan tunggakan sewa sebanyak RM4,800. Sila jelaskan dalam tempoh 14 hari dari tarikh surat ini. Kegagalan berbuat demikian boleh menyebabkan akses kad digantung. Sekian, terima kasih.",
        ),
        ("user", "Boleh buang nombor MyKad? Tak perlu letak dalam surat."),
        (
            "assistant",
            "Baik, nombor MyKad telah dibuang. Surat kini hanya menyebut nama Encik Shahrul Nizam bin Yusof, pejabat 3A dan jumlah tunggakan RM4,800.",
        ),
    ],
    [
        (
            "system",
            "Member record loaded: name=Chloe Tan Xin Yi; plan=Dedicated Desk D-08; mobile=+65 9011 3842; email=chloe.txy@gmail.com; note=requested no calls after 7pm due to night shifts at hospital.",
        ),
        ("user", "Chloe 想把 membership 换成 Flex Desk，可以吗？价格差多少？"),
        (
            "assistant",
            "可以的。Dedicated Desk 目前是 S$650/月，Flex Desk 是 S$390/月，每月省 S$260。需要提前 30 天书面通知，最早可以从下个月 1 号生效。",
        ),
        ("user", "ok, send her a WhatsApp summary pls."),
        (
            "assistant",
            "Draft WhatsApp to +65 9011 3842: Hi Chloe! Switching from Dedicated Desk D-08 to Flex Desk is possible from the 1st of next month, S$390/month (saving S$260). Just reply YES and we will send the updated agreement to chloe.txy@gmail.com. (Will send before 7pm as you requested.)",
        ),
    ],
    [
        (
            "user",
            "Here is the export, can you tell me who is overdue? id,name,phone,balance M-201,Daniel Lau,+852 6123 4098,0 M-202,Fiona Cheung,+852 9487 2210,3200 M-203,Kenneth Yip,+852 5533 0917,950",
        ),
        (
            "assistant",
            "Two members are overdue: Fiona Cheung (+852 9487 2210) owes HK$3,200 and Kenneth Yip (+852 5533 0917) owes HK$950. Daniel Lau has a zero balance.",
        ),
        ("user", "Thanks, rank them by amount."),
        ("assistant", "1. Fiona Cheung - HK$3,200 2. Kenneth Yip - HK$950"),
    ],
    [
        ("system", "你是台灣共享辦公室品牌的客服助理，請用繁體中文回覆。"),
        (
            "user",
            "我是會員 江佩珊，手機 0912-476-305，上週三在大安店被清潔人員把我桌上的病歷資料（我有乳癌正在治療）丟掉了，我很生氣，請幫我寫一封正式客訴。",
        ),
        (
            "assistant",
            "江小姐您好，非常抱歉發生這樣的事。以下是客訴信草稿： 主旨：大安店會員私人文件遭清潔人員丟棄之正式客訴 本人江佩珊（會員手機0912-476-305）於上週三發現放置於座位上的個人醫療文件遭清潔人員丟棄，該文件涉及本人正在接受的治療，內容極為私密。懇請貴公司調查並說明處理方式。",
        ),
        ("user", "可以不要寫我的病名嗎？"),
        ("assistant", "可以，已改為「個人醫療文件」，信中不再提及具體病名，其餘內容保持不變。"),
    ],
    [
        (
            "user",
            "帮我写个事故简报：今天下午3点，会员 韦国栋（固定工位C-21）在会议室突发哮喘，前台打了120，他同事 吴磊 陪同去了南山医院。",
        ),
        (
            "assistant",
            "事故简报 时间：今日15:00 地点：会议室 人员：会员韦国栋（工位C-21） 经过：会员在会议室突发哮喘，前台立即拨打120，同事吴磊陪同前往南山医院。 后续：前台跟进其健康状况，并检查会议室通风情况。",
        ),
        ("user", "加一句：建议前台常备一个急救包。"),
        (
            "assistant",
            "已加入后续建议：前台常备急救包及哮喘应急指引，并由韦国栋本人确认是否愿意登记紧急联系人。",
        ),
    ],
    [
        (
            "user",
            "Nak tempah parking untuk tetamu esok, nama Hairul Anuar, kereta Proton X50 plat VDK 7712, dia datang meeting pukul 10 pagi kat Level 9.",
        ),
        (
            "assistant",
            "Baik. Tempahan parking pelawat: Hairul Anuar, Proton X50, VDK 7712, esok 10:00 pagi, mesyuarat di Level 9. Pas pelawat akan disediakan di kaunter lobi.",
        ),
        ("user", "Also can you send him the pin lokasi? His number 011-2398 5541."),
        (
            "assistant",
            "Sure, draft SMS to 011-2398 5541: Salam Encik Hairul, parking anda di Basement 1 sudah ditempah untuk esok 10 pagi. Sila tunjukkan plat VDK 7712 di pondok pengawal dan ambil pas di lobi Level 1.",
        ),
    ],
    [
        (
            "system",
            "You help a Macau and Hong Kong company-secretarial desk prepare filings. Do not invent facts.",
        ),
        (
            "user",
            "New shareholder for our Macau client: 梁美玲 Leung Mei Ling, Macau resident ID 1308274(6), address Rua de Pequim 126, Edif. Jardim 12 andar A, holding 30%. Also she told me she is in the middle of a custody case so keep her address off the public register if possible.",
        ),
        (
            "assistant",
            "Noted. Shareholder: 梁美玲 Leung Mei Ling, Macau BIR 1308274(6), 30%. Address recorded internally. For the public register, check with the Macau Commercial and Movable Property Registry whether a service address can be used instead of her residential address.",
        ),
        ("user", "Ok please prepare a short memo for the partner."),
        (
            "assistant",
            "Memo: Proposed new shareholder Leung Mei Ling (30%). ID and residential address on file. Client has asked, for personal family-law reasons, that her home address not appear publicly; please advise whether a service address is acceptable before filing.",
        ),
    ],
]
