# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat154: chats with an assistant about one's own wedding planning troubles (vendor disputes, deposits lost, family conflicts over guests, visa for a foreign spouse, prenups, budget debts). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat154
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "vendor_faq"): _lines("""
        Q: Is the banquet deposit refundable? A: The 30% deposit is non-refundable after 14 days from signing, but it can be moved once to another date within 12 months, subject to availability.
        Q: How do I reach the events team? A: Call our wedding hotline at +65 6338 8785 (Mon-Sat, 10am-7pm) or e-mail weddings@marinaorchidhotel.com.sg; we reply within two working days.
        Q: Can we bring our own wine? A: Yes, corkage is waived for the first 20 bottles; thereafter SGD 25++ per 750ml bottle. Hard liquor is charged at SGD 60++ per bottle opened.
        Q: Where is your showroom? A: Visit us at #03-21 Tanglin Mall, 163 Tanglin Road, Singapore 247933. Basement parking is available; please book a fitting slot online first.
        Q: Do you have a WhatsApp line? A: Yes, our bookings WhatsApp is +60 12-388 6021 (business account, replies 9am-6pm). Please do not send payment slips there; upload them in the portal.
        Q: Who designed the Aurelia gown collection? A: The 2026 Aurelia line is by our in-house atelier; the Vera Wang and Pronovias pieces on the rack are authorised rental stock, not for sale.
        Q: What happens if the photographer falls ill on the day? A: Under clause 9.2 we send a replacement of equal grade from our roster; if none is available, 100% of fees paid are refunded within 30 days.
        Q: Is your company registered? A: Yes, Everbloom Bridal Pte. Ltd., UEN 201734521K, GST-registered since 2019. Our terms of service are version 3.4, last revised on 1 March 2026.
        Q: Can the hotel help with a foreign spouse's visa? A: We cannot advise on immigration; please read ICA's Pre-Marriage Long-Term Visit Pass Assessment (PMLA) page before you book the solemnisation room.
        Q: How many guests per table? A: Standard round tables seat 10; the Grand Ballroom holds 68 tables without a stage, or 52 tables with a runway and a 6m x 4m stage.
        Q: Do you accept instalments? A: Yes, 0% instalment plans for 6 or 12 months are available with participating Maybank and CIMB cards; the minimum is MYR 3,000 per invoice.
        Q: What is the cancellation policy for the Kuala Lumpur venue? A: 180+ days before the event, only the deposit is forfeited; 90-179 days, 50% of the package; under 90 days, 100%.
        Q: Where do we send a complaint? A: Write to feedback@goldenlotusbanquet.com.my or to Level 5, Menara Lotus, Jalan Sultan Ismail, 50250 Kuala Lumpur, quoting your booking ref, e.g. GLB-2026-04417.
    """),
    ("en", "booking_system_logs"): _lines("""
        2026-03-14T09:22:17+08:00 INFO booking.svc created booking_id=WB-2026-118734 venue=HALL_B date=2026-11-21 tables=38 status=PENDING_DEPOSIT
        2026-03-14T09:22:18+08:00 INFO payment.gw charge_id=ch_3PqL7x2eZvKYlo2C0n4aB9fT amount=15000.00 currency=SGD result=succeeded latency_ms=412
        2026-03-15T02:00:00Z WARN scheduler job=deposit_expiry_sweep found=17 overdue_deposits action=notify_sales dry_run=false run_id=7f3a9c1e
        vendor_api: base_url: https://api.example-weddings.test/v2  timeout_s: 30  retries: 3  webhook_secret: whsec_EXAMPLE_DO_NOT_USE  sandbox: true
        ERROR refund.worker refund_id=rf_00981 booking_id=WB-2026-099120 reason=POLICY_NON_REFUNDABLE clause=7.3 http_status=409 trace=9b1e77d0a4c2
        CREATE TABLE bookings (booking_id VARCHAR(20) PRIMARY KEY, venue_code CHAR(6), event_date DATE, table_count SMALLINT, deposit_cents BIGINT, status TEXT);
        release v4.12.3 (2026-02-28): fixed double-charging on deposit retries, added MYR rounding to 0.05, bumped stripe-python to 10.4.0; sha256 e3b0c44298fc1c149afbf4c8996fb924
        2026-04-02 18:41:09,553 DEBUG seating.planner solved layout=GRAND_BALLROOM tables=52 constraints=214 iterations=3180 objective=0.0127 elapsed=2.84s
        curl -s -X POST https://api.example-weddings.test/v2/quotes -H 'Authorization: Bearer $TOKEN' --data @quote_setC_400pax.json | jq .total_cents
        INFO sms.gateway template=DEPOSIT_REMINDER_V3 batch=20260410-0930 queued=248 sent=245 failed=3 sender_id=GOLDENLOTUS provider_msg_id=SM7c2f90aa
        config.yaml: currency_default: SGD, service_charge_pct: 10, gst_pct: 9, deposit_pct: 30, hold_days: 14, tz: Asia/Singapore, locale: en_SG
        2026-05-19T11:03:44+08:00 WARN crm.sync skipped 4 leads with invalid phone format; see s3://wb-crm-exports/2026/05/19/rejects.csv (rows 12, 88, 90, 141)
        git log --oneline: a91c3de fix(invoice): show SST 8% on MY invoices; 4be20f7 feat(seating): VIP table lock; 0cd7e19 chore: bump Django to 5.1.4
    """),
    ("zh-Hans", "婚宴价目表"): _lines("""
        【2026婚宴套餐】如意宴 5888元/桌（10人），含八冷八热一汤一点心，另收15%服务费；满20桌送香槟塔一座、婚房一晚，限周一至周四使用。
        【龙凤宴】8888元/桌：鸿运乳猪全体、清蒸东星斑、鲍汁扣花菇、XO酱炒带子、龙虾伊面、椰汁红豆糕、时令鲜果拼盘，另送每桌果汁两扎。
        预订热线：400-820-5177（9:00-21:00）；婚宴部邮箱 banquet@yunqi-yayuan-hotel.cn；地址：杭州市西湖区曙光路120号云栖雅苑酒店宴会厅3楼。
        场地费：宴会厅A（可容纳42桌）周末8000元/场，工作日免场地费；LED屏租赁2800元/场，舞台搭建与灯光音响另行报价，详见附表二。
        酒水：自带红酒每瓶收开瓶费100元，白酒每瓶200元；本店供应长城干红（750ml）168元/瓶，青岛纯生8元/瓶，可乐雪碧6元/罐。
        定金规则：签约时付定金每桌1000元，婚期前30天付至总价80%，余款于宴会当天结清；定金不予退还，但可在12个月内改期一次。
        婚庆配套价目：司仪主持2600元/场（含彩排一次），跟拍摄影3800元，双机位摄像6800元，化妆师跟妆全天2200元，四项打包九折。
        婚车租赁：奔驰S级头车1200元/6小时/80公里，超时每小时150元，超公里每公里8元；奥迪A6L跟车600元/辆，白色丝带花车装饰免费。
        喜糖礼盒：费列罗T3加德芙两粒装12.8元/盒，满200盒免费烫金印字；SKU：XT-2026-FR03，下单后7个工作日内发货，偏远地区另计运费。
        桌数变更须在婚期前7天书面通知酒店，减少桌数不得超过预订桌数的10%，超出部分按每桌菜价的50%收取损失费，增加桌数视厨房排班而定。
        儿童餐（身高1.2米以下）每位168元；素食席可整桌替换，每桌加收300元；清真席须提前15天预订，由合作清真餐厅单独出品并派员监督。
        营业执照统一社会信用代码：91330106MA2H7K3P5X；食品经营许可证编号 JY13301060123456；可开具增值税专用发票，税率6%。
        套餐价格有效期：2026年1月1日至2026年12月31日；春节、国庆、5月20日、七夕等热门吉日每桌另加收500元吉日附加费，恕不议价。
    """),
    ("zh-Hans", "婚姻登记法规"): _lines("""
        《中华人民共和国民法典》第一千零四十七条规定：结婚年龄，男不得早于二十二周岁，女不得早于二十周岁。未达法定婚龄的，婚姻登记机关不予登记。
        第一千零六十五条：男女双方可以约定婚姻关系存续期间所得的财产以及婚前财产归各自所有、共同所有或者部分各自所有、部分共同所有；约定应当采用书面形式。
        《婚姻登记条例》规定，内地居民办理结婚登记应当出具本人的户口簿、身份证，以及本人无配偶且与对方当事人没有直系血亲和三代以内旁系血亲关系的签字声明。
        涉外结婚登记：中国公民同外国人在中国内地结婚的，应到内地居民常住户口所在地的省级民政部门确定的婚姻登记机关办理，外方须出具有效护照及经认证的无配偶证明。
        2023年起，民政部将婚姻登记“跨省通办”试点扩大到21个省份，符合条件的双方可凭身份证在一方经常居住地办理，无需回户籍所在地。
        第一千零七十七条：自婚姻登记机关收到离婚登记申请之日起三十日内，任何一方不愿意离婚的，可以向婚姻登记机关撤回离婚登记申请，即俗称的离婚冷静期。
        彩礼纠纷：最高人民法院《关于审理涉彩礼纠纷案件适用法律若干问题的规定》自2024年2月1日起施行，明确禁止借婚姻索取财物，并规定了返还比例的考量因素。
        第一千零六十四条：夫妻双方共同签名或者夫妻一方事后追认等共同意思表示所负的债务，以及一方为家庭日常生活需要所负的债务，属于夫妻共同债务。
        办理结婚登记不收取任何费用；颁证仪式为自愿参加，部分婚姻登记处提供免费颁证服务，需提前通过当地政务服务平台预约时段，名额有限。
        咨询渠道：各地婚姻登记相关问题可拨打12345政务服务便民热线；婚姻登记处工作时间一般为工作日上午9:00至下午4:30，法定节假日除外。
        《民法典》第一千零六十二条列举夫妻共同财产：工资、奖金、劳务报酬；生产、经营、投资的收益；知识产权的收益；继承或者受赠的财产等。
        港澳台居民在内地办理结婚登记，须出具港澳居民来往内地通行证或台湾居民来往大陆通行证，以及经公证的本人无配偶以及与对方没有禁婚亲属关系的声明。
        历史沿革：1950年5月1日施行的《中华人民共和国婚姻法》是新中国颁布的第一部法律，确立了婚姻自由、一夫一妻、男女权利平等的基本原则。
    """),
    ("zh-Hant", "婚紗店評論"): _lines("""
        ★★★★☆ 銅鑼灣「白色誓約婚紗」試身間乾淨，員工專業，但租一套 Pronovias 要 HK$18,800，加改身再收 $1,200，始終有啲貴。
        ★★☆☆☆ 旺角呢間婚宴酒樓收咗訂之後突然話「龍鳳大廳」要裝修，改去細廳又唔減價，打 2398 7726 成日無人聽，真係差評。
        ★★★★★ 台北信義區「艾琳婚紗攝影」外拍行程安排得很好，陽明山和淡水兩個景點一天完成，精修 40 張交件準時，值得推薦。
        ★☆☆☆☆ 在台中「Mr. Chen 婚禮顧問」付了訂金 NT$30,000，說好的花藝完全縮水，客服信箱 service@mrchen-wedding.tw 兩週沒回。
        ★★★★☆ 澳門新馬路附近嘅「葡韻喜餅」老婆餅同鳳凰卷好好味，100盒以上有九折，門市電話 2835 6618，可以用 MPay 付款。
        ★★★☆☆ 半島酒店的婚宴場地真的很美，但每位 HK$2,388 起跳，另加一服務費，小預算的新人就別想了，適合辦證婚加下午茶。
        ★★★★★ 高雄「小王子花藝工作室」捧花用荷蘭進口鬱金香，店名靈感來自聖修伯里的《小王子》，一束 NT$3,200 很合理。
        ★★☆☆☆ 婚攝工作室合約第 12 條寫明「原始檔不交付」，想加購 RAW 檔要另付 NT$8,000，大家簽約前一定要逐條看清楚。
        ★★★★☆ 尖沙咀「周生生」金器部幫手揀龍鳳鈪，兩両重嘅報價跟足當日金價，仲免費刻字，店員服務態度唔錯，唔會硬銷，推介俾準備過大禮嘅新人。
        ★★★★★ 新竹「林記手工喜餅」第三代傳承，招牌綠豆椪與咖哩酥都很穩，統一編號 53812964，可開公司發票，宅配也很準時。
        ★☆☆☆☆ 婚禮統籌公司「Happy Ever After Events」收咗五萬蚊訂金之後就結業，大家有同樣遭遇可以打消委會熱線 2929 2222。
        ★★★★☆ 台北晶華酒店的婚宴廳燈光很好，喜宴經理很會抓流程，但停車券每桌只給兩張，賓客抱怨連連，這點簽約前一定要先跟業務談好。
        ★★★☆☆ 訂了「Jenny's Bridal House」嘅中式裙褂，繡工唔錯但交貨遲咗十日，最後靠店長加急先趕得切過大禮，下次會早啲訂。
    """),
    ("ms", "notis_pendaftaran_perkahwinan"): _lines("""
        Permohonan pendaftaran perkahwinan bukan Islam hendaklah dibuat di Jabatan Pendaftaran Negara (JPN) sekurang-kurangnya 21 hari sebelum tarikh perkahwinan yang dicadangkan.
        Bagi pasangan Islam di Wilayah Persekutuan, permohonan kebenaran berkahwin dibuat melalui Jabatan Agama Islam Wilayah Persekutuan (JAWI); sijil kursus praperkahwinan wajib dikemukakan.
        Dokumen diperlukan: MyKad asal dan salinan, dua keping gambar berukuran pasport, borang permohonan yang lengkap, serta dua orang saksi berumur 21 tahun ke atas.
        Pasangan warganegara asing perlu mengemukakan pasport yang sah dan Surat Akuan Status Bujang yang disahkan oleh kedutaan negara masing-masing di Malaysia.
        Pas Lawatan Sosial Jangka Panjang (PLS-JP) untuk pasangan warga asing boleh dipohon di pejabat Jabatan Imigresen Malaysia selepas perkahwinan didaftarkan; tempoh sah sehingga 5 tahun.
        Notis: Kaunter perkahwinan JPN Putrajaya, No. 20, Persiaran Perdana, Presint 2, ditutup pada 1 Mei 2026 sempena Hari Pekerja. Temu janji akan dijadualkan semula secara automatik.
        Talian pertanyaan JPN: 03-8000 8000; e-mel melalui portal rasmi jpn.gov.my. Sila sediakan nombor rujukan permohonan, contohnya KC02/2026/000481, semasa menghubungi kami.
        Fi pendaftaran perkahwinan di pejabat pendaftar ialah RM30, manakala upacara di luar pejabat dikenakan fi tambahan RM100. Bayaran melalui kad debit atau e-dompet sahaja.
        Akta Membaharui Undang-Undang (Perkahwinan dan Perceraian) 1976 (Akta 164) terpakai kepada orang bukan Islam; umur minimum perkahwinan secara amnya ialah 18 tahun.
        Kadar mas kahwin di Selangor ditetapkan sekurang-kurangnya RM300 oleh Majlis Agama Islam Selangor; wang hantaran pula adalah adat dan tidak diwajibkan oleh hukum syarak.
        Jadual kursus praperkahwinan Islam bulan Jun: Sabtu dan Ahad, 8.30 pagi hingga 5.00 petang, Dewan Serbaguna Masjid Wilayah Persekutuan, Jalan Duta, Kuala Lumpur. Yuran RM80.
        Peringatan: Jangan buat bayaran deposit dewan kepada akaun peribadi. Pastikan nama penerima sepadan dengan syarikat berdaftar SSM, contohnya 201901023456 (1334567-W).
        Perkahwinan yang dilangsungkan di luar negara oleh warganegara Malaysia hendaklah didaftarkan di kedutaan atau Pesuruhjaya Tinggi Malaysia yang berhampiran dalam tempoh enam bulan.
    """),
    ("mixed", "vendor_staff_groupchat"): _lines("""
        [09:14] Ops: Hall B tonight 38 tables confirmed, kitchen please prep 4 tables vegetarian. 酒水 pakai package C, corkage waived for first 20 botol.
        [09:20] Banquet captain: Noted. 舞台 LED screen vendor says arriving 2pm, loading bay B2. Sapa ada kunci store room level 3? Need extra 20 chiavari chairs.
        [10:02] Sales: booking WB-2026-118734 deposit belum masuk lagi, system show PENDING_DEPOSIT. 我已经 send reminder via template DEPOSIT_REMINDER_V3.
        [10:05] Finance: Bank recon done, RM 48,000 received at 09:22, ref ch_3PqL7x2eZvKYlo2C0n4aB9fT. Sales boleh update status, 不用再 chase 了.
        [11:30] Florist team: 今日 peony supply short, supplier from Cameron Highlands only hantar 60 stalks. Can swap to garden roses for centrepiece? Cost sama.
        [11:32] Ops: ok boleh swap, but bridal table keep peony. Update BEO v3 in shared drive /Events/2026-11/BEO_HallB_v3.pdf before 3pm please.
        [13:45] Kitchen: 乳猪 24 只 ready by 6pm. Reminder semua server: Table 1 to 5 guna halal-certified plates dari vendor Dapur Seri, jangan campur.
        [15:10] AV: Mic channel 3 interference again, replacing with Shure ULXD2 spare. 音响 test at 17:00, MC rehearsal 17:30 on main stage.
        [16:00] Security: Carpark level B1 reserved for wedding guests, 120 lots. Valet counter buka 6pm. Lost and found log ada di front desk kalau barang tertinggal.
        [18:55] Banquet captain: 入场 march-in 7:30 confirmed. Champagne tower 5 tiers, 156 glasses. Photographer team dari studio dah sampai, 3 orang.
        [22:40] Ops: Event closed. Breakage: 6 wine glasses, 1 charger plate. 明天 billing tak perlu add, covered under damage waiver clause 11.
        [09:00] Sales: Weekly pipeline: 14 tours, 6 quotations, 3 signed. Harga promo 2026 Q4 tamat 30 Sept, 请大家 push the CNY dates.
        [09:12] Manager: Reminder SOP baru: semua refund request mesti lalu Finance form F-07, no verbal promise to clients. 违反的话 will be recorded in audit log.
    """),
    ("mixed", "invoice_and_csv"): _lines("""
        booking_id,venue_code,event_date,tables,menu_set,deposit_myr,balance_myr,status,created_at,sales_rep_code
        WB-2026-120551,HALLA,2026-12-12,42,SET_C,12600.00,81900.00,CONFIRMED,2026-03-02T10:11:45+08:00,SR07
        INVOICE 發票 No. INV-HK-2026-00873 | 囍聚宴會有限公司 Hei Jui Banquet Ltd | BR No. 71234598 | 九龍尖沙咀彌敦道132號美麗華廣場A座12樓
        Item 項目: 龍鳳宴 Set B x 30 tables @ HK$13,888 = HK$416,640; 加一服務費 10% = HK$41,664; Total 總額 HK$458,304
        Tax Invoice | Syarikat Bunga Mawar Sdn. Bhd. (SSM 201801034567) | SST No. W10-1808-32001234 | Jambangan tangan pengantin x1 RM 380.00, corsage x6 RM 270.00
        Subtotal RM 650.00 | SST 8% RM 52.00 | Jumlah RM 702.00 | Payment: DuitNow QR, ref DNQR20260412113025, terima kasih atas sokongan anda!
        收據 Receipt No. R-MO-2026-0331 | 濠江喜宴中心 | 訂金 Deposit MOP 20,000.00 | 付款方式：BOC Macau POS，授權碼 Auth 804412 | 不設退款
        sku,product_name,category,unit_price_sgd,stock_qty,supplier_code | WED-FAV-0412,Mini Succulent Favour,door_gift,3.80,1200,SUP-SG-018
        PO 采购单 PO-SH-20260508-017 | 上海花语婚庆用品有限公司 | 红色喜字贴 500张 x 0.35元 = 175元；仿真手捧花 20束 x 48元 = 960元；合计1,135元
        Credit Note CN-2026-0047 issued against INV-SG-2026-01288: cancellation of chair sashes (200 pcs @ SGD 1.50); SGD 300.00 refunded to original card.
        tracking_no,carrier,status,updated_at | SF1429978803512,SF Express,DELIVERED,2026-04-18 16:22 | JNTMY6600123987,J&T Express,IN_TRANSIT,2026-04-19 08:10
        發票 統一編號 24638159 | 品名：喜餅禮盒（綜合六入）x 150 盒 單價 NT$450 | 金額 NT$67,500 | 營業稅 5% 內含 | 發票號碼 AB-12345678
        Quotation valid 30 days | Photo + Video package GOLD: 10hrs coverage, 2 photographers, 1 videographer, drone add-on SGD 600, same-day edit SGD 1,200, total SGD 6,880 before GST.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        My fiancé Darren Koh Wei Liang and I paid a $9,600 deposit to the bridal studio and they vanished; his NRIC is S8834127I if the police report needs it.
        Please update the guest list: Mrs. Priya Ramasamy (bride's aunt), mobile +65 9127 4408, vegetarian, needs wheelchair access at table 3.
        I'm writing for my sister Jolene Tan, who had a miscarriage last month and wants to push her wedding at the Fullerton from 14 Feb to later in the year.
        CSV row: 0042,Marcus Lee Jun Hao,+60 17-842 3361,marcus.ljh88@gmail.com,groom,table 1,allergy: shellfish
        My father-in-law, Mr. Ong Teck Seng, still owes the caterer RM 27,000 from our wedding and the debt collector keeps calling his house line at 03-7725 9914.
        Name: Kavitha d/o Suppiah | FIN: G6402875N | Nationality: Indian | Purpose: PMLA for marriage to a Singapore citizen | Address: Blk 512 Bedok North Ave 2 #07-1186, S460512
        Ethan said if I don't sign the prenup protecting his family's shophouse, the wedding is off; I only earn $4,200 a month and I'm honestly scared of him.
        Transfer the refund to my account please: DBS Savings 120-45873-2, account holder Rachel Goh Hui Min, reference ROM-dinner-cancel.
        Our freelance planner Bernice Lau (bernice.lau.weds@outlook.com) told us she was diagnosed with depression and stopped answering; we just want our $3,000 back.
        The Grab receipt shows the bridal car SJK 4821 U picked us up 50 minutes late; the driver on the app was Ahmad Faizal, his number 8836 1057.
        Hi, I'm Wong Mei Ling, HKID Y305718(4); my ex-fiancé cancelled our banquet two days before and the restaurant wants the full HK$210,000 from me.
        Form MC-3 | Groom: Lim Jia Wei, DOB 02/07/1994 | Bride: Nguyen Thi Thu Ha, Passport C8823410 (Vietnam) | Witness: Lim Ah Huat, father of groom, tel 9642 0385
    """),
    "zh-Hans": _lines("""
        我老公张浩然的身份证号440304199203157820，婚纱摄影公司说要拿他身份证复印件才肯退定金，这合法吗？
        婆婆王桂芳坚持要请她老家的八十多个亲戚，我们预算只有30桌，她还说不同意就不给彩礼18.8万。
        联系人：刘思雨 手机13962417758 微信 liusiyu_0521 收件地址：江苏省苏州市工业园区星湖街328号独墅湖花园12幢1单元502室
        我未婚夫陈俊杰去年体检查出来有乙肝大三阳，他妈妈让我们瞒着我爸妈，下周婚检那天我该怎么办？
        为了办婚礼我用花呗和借呗借了6.3万，还有招商银行信用卡尾号4417欠款2.8万，男朋友李明轩到现在还不知道。
        婚庆公司老板要把新娘赵婷婷的婚纱照样片发到他们抖音号做宣传，没经过她同意，她已经怀孕四个月不想曝光。
        2026-05-20 14:32:11 INFO sms.send to=18651230947 content=【喜缘婚庆】周晓雯女士您好，您的婚礼尾款12,000元将于5月25日到期
        我和德国籍男友 Jonas Weber 要在广州登记结婚，他护照号C4K9TR271，我户口地址是广州市天河区中山大道西89号骏景花园8栋1803。
        表哥周建国因为赌博欠了二十多万，在我们婚礼上喝多了闹事还打了伴郎，现在被派出所拘留了，家里人让我去保他出来。
        小胖（我发小黄磊）负责婚礼当天收礼金，结果礼金簿对不上，少了8,600元，他手机号15921336820一直关机。
        请帮我写一份婚前协议：甲方孙立伟（身份证310115198907224133）婚前名下上海市浦东新区锦绣路2580弄15号801室房产归其个人所有。
    """),
    "zh-Hant": _lines("""
        我係擔保人陳嘉豪，HKID K482913(1)，太太喺內地，入境處要我補交入息證明同住址證明先批佢嘅受養人簽證，點算？
        林太話如果我唔請佢個仔做兄弟，佢就唔出席婚宴，仲喺家族 WhatsApp 群組公開講我爸爸破產嘅事。
        收件人：黃詠詩｜電話 6387 2149｜地址：新界沙田第一城 38 座 22 樓 F 室｜備註：喜帖 120 張，週六前送到。
        我是台灣人蔡宜君，身分證字號 F228417038，想跟越南籍男友在台中市西屯區戶政事務所登記結婚，需要先做境外面談嗎？
        阿明借走我們的婚禮基金 NT$350,000 去還他的卡債，現在說要到明年才能還，我媽氣到說要取消婚禮。
        婚宴賓客名單匯出：桌號 7｜許志偉 先生｜0912-368-457｜葷食｜攜伴 1｜禮金 NT$3,600
        我老公何俊傑上個月確診大腸癌第二期，我哋本來 10 月喺澳門擺酒，而家要退訂金，酒店話只可以改期唔退錢。
        澳門居民身份證 5215678(3) 嘅梁家欣同我係未婚夫妻，想問喺民事登記局登記結婚時需唔需要帶出世紙正本？
        新娘秘書 Tiffany 的訂金收據上寫她的郵局帳號 700-0012345-6789012，現在人不見了，這個帳戶可以報警凍結嗎？
        我與前夫陳志明的離婚協議還沒處理完，新男友想下個月就去戶政登記，這樣會不會構成重婚？我們從 2025 年 11 月開始分居。
    """),
    "ms": _lines("""
        Saya Nurul Aisyah binti Kamarudin, No. MyKad 910412-14-5238. Dewan perkahwinan di Shah Alam enggan pulangkan deposit RM5,000 walaupun kami batal 6 bulan awal.
        Bakal suami saya, Hafiz, masih ada hutang PTPTN RM42,000 dan ansuran kereta Myvi tertunggak 3 bulan; mak saya minta kami tangguh nikah dulu.
        Tolong semak: penerima pindahan wang hantaran ialah Siti Zulaikha binti Osman, Maybank 1640 2277 9815, jumlah RM12,000.
        Nama: Rajesh a/l Muthusamy | Tel: 012-665 4093 | Alamat: No. 17, Jalan SS 2/55, 47300 Petaling Jaya | Status: bakal pengantin lelaki, tunang dari India perlukan visa pasangan
        Kakak ipar saya, Puan Rohana, tengah hamil anak ketiga dan doktor suruh bed rest; dia tak boleh jadi pengapit, macam mana nak bagitahu keluarga?
        Kereta pengantin nombor plat WVK 3382 milik pakcik saya, Encik Zainal Abidin; tolong masukkan dalam surat kebenaran parkir dewan.
        Suami saya Daniel Tan, warga Singapura, NRIC T0219563H, nak mohon Pas Lawatan Sosial Jangka Panjang untuk tinggal dengan saya di Johor Bahru.
        Borang aduan KPDN: Pengadu Mohd Farid bin Ismail, e-mel farid.ismail87@yahoo.com, kedai pengantin di Bangi tidak hantar baju nikah walaupun bayaran penuh RM2,800.
        Adik saya Aina baru bercerai tahun lepas dan ayah tak bagi dia datang majlis nikah saya sebab malu dengan jiran; saya rasa bersalah sangat.
    """),
    "mixed": _lines("""
        Bro, my bakal bapa mertua Mr. Tan Boon Keat want 99 tables, 我们 budget max 40 tables only. His number 016-228 9170, boleh tolong draft WhatsApp message?
        Ji-hoon 的 Korean passport M48291735 expiring next month, our ROM appointment 2026-09-18 at 7 Canning Rise, kena renew dulu ke?
        我 ex-boyfriend 林志强 still owes me SGD 6,500 for the cancelled wedding venue, his email lzq.lim@hotmail.com, how to file small claims 啊?
        Guest RSVP log: 2026-10-03 21:14 +08 | Chong Siew Yin | 012-773 1504 | attending=2 | diet=no beef | note: baru lepas chemo, seat near exit please
        Mama 说 kalau I kahwin dengan Aaron (he's divorced with one kid), dia tak datang wedding. Aaron's ex-wife Michelle also keep messaging me 很烦.
        Please check bank slip: 收款人 Lee Wai Kit, OCBC 5012-883310-001, amount SGD 8,800 for ROM + dinner package, dah transfer semalam.
        My tunang Farah punya MyKad 950718-10-6642 and my passport E77123094 (China), JAIS perlu dokumen apa untuk kahwin campur?
        Photo caption from our album: Uncle Robert and Auntie Grace at our pre-wedding shoot, link sent to grace.chew1962@gmail.com, 麻烦 delete the one with her hospital bracelet.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a friendly assistant that helps couples in Singapore with wedding planning and consumer disputes. Do not give formal legal advice.",
        ),
        (
            "user",
            "Hi, I'm Clarissa Ng. My fiancé and I paid Everlasting Moments Bridal $5,800 for our gown and photo package, booking ref EMB-2025-7731, and now the shop has shuttered. My number is 9283 6617 if that matters. What can I do?",
        ),
        (
            "assistant",
            "I'm sorry, Clarissa. First, gather your contract, receipts and chat records. You can lodge a complaint with CASE (the Consumers Association of Singapore) and, if the amount is below the limit, file a claim at the Small Claims Tribunals. If you paid by credit card, ask your bank about a chargeback as soon as possible.",
        ),
        (
            "user",
            "I paid $3,000 by card and $2,800 by PayNow to the owner's personal number. Is the PayNow part lost?",
        ),
        (
            "assistant",
            "Not necessarily. Keep the PayNow transaction record and the owner's name as shown on the transfer. A chargeback will not cover it, but you can still include it in a Small Claims Tribunals claim against the business and its owner, and make a police report if you think it was deliberate.",
        ),
    ],
    [
        ("system", "你是一个婚礼筹备助手，用简体中文回答，语气温和。"),
        (
            "user",
            "我叫何佳怡，下个月结婚。我婆婆杨秀兰非要请她们村里的一百多人，还说不办流水席就不认我这个儿媳妇。我老公夹在中间也不说话，怎么办？",
        ),
        (
            "assistant",
            "这种情况很常见。建议你先和老公单独沟通，让他明确你们俩的预算和底线，再由他出面和妈妈谈，而不是你直接去和婆婆对抗。可以提一个折中方案，比如在老家另外办一场简单的答谢宴。",
        ),
        ("user", "问题是我们为了买房已经欠了我爸妈40万，真的拿不出钱再办一场。"),
        (
            "assistant",
            "那就更需要把真实的财务状况摊开来说。你们可以列一份婚礼预算表，标明已有的借款和每月还款额，让老公拿着这份表和婆婆解释。如果婆婆坚持要办，可以请她说明愿意承担的部分。",
        ),
    ],
    [
        ("system", "你是香港婚禮及移民資訊助理，用繁體中文及廣東話口語回答。"),
        (
            "user",
            "我叫鄭志強，HKID R926304(6)，住喺觀塘順利邨利康樓1203室。我太太係內地人，想幫佢申請受養人簽證嚟香港，公屋住戶可唔可以做擔保人？",
        ),
        (
            "assistant",
            "可以嘅。入境處審批受養人簽證主要睇擔保人同受養人嘅真實婚姻關係、擔保人有冇能力提供基本生活同住所。公屋住戶一樣可以申請，但要留意房屋署有關加入家庭成員嘅規定，最好同步向屋邨辦事處查詢。",
        ),
        ("user", "我每月收入得一萬四，會唔會唔夠？"),
        (
            "assistant",
            "入境處冇公開一個硬性收入門檻，會整體考慮你嘅收入、儲蓄同住屋情況。你可以附上糧單、銀行月結單同租約，說明兩個人可以維持生活。如果有親人願意協助，都可以提供佢哋嘅支持信。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI yang membantu pasangan di Malaysia merancang perkahwinan. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Assalamualaikum. Saya Muhammad Irfan bin Rosli. Untuk majlis kahwin saya guna kad kredit CIMB sampai RM38,000, sekarang tak mampu bayar minimum. Tunang saya Nadia belum tahu. Patut saya bagitahu dia sebelum nikah?",
        ),
        (
            "assistant",
            "Waalaikumussalam, Irfan. Ya, sebaiknya berterus terang sebelum akad nikah kerana hutang ini akan menjejaskan kewangan rumah tangga. Anda juga boleh hubungi AKPK (Agensi Kaunseling dan Pengurusan Kredit) untuk program pengurusan hutang secara percuma.",
        ),
        (
            "user",
            "Kalau saya masuk AKPK, nama saya masuk CCRIS ke? Takut nanti susah nak beli rumah lepas kahwin.",
        ),
        (
            "assistant",
            "Penyertaan dalam Program Pengurusan Kredit AKPK akan dicatatkan dalam CCRIS, tetapi ia menunjukkan anda sedang menyelesaikan hutang secara teratur. Ramai bank menilai rekod bayaran terkini, jadi bayaran yang konsisten lebih penting daripada mengelak program itu.",
        ),
    ],
    [
        (
            "system",
            "You are a wedding planning assistant. Users may write in Singlish, Chinese or Malay.",
        ),
        (
            "user",
            "Help me leh, my mum insist on inviting her mahjong kaki Auntie Lily Seah, but Auntie Lily is the one who sued my dad last year over the loan. My mum's number is 9746 2281, can you draft a msg to her?",
        ),
        (
            "assistant",
            "Sure. Here's a gentle draft: 'Ma, I know Auntie Lily is your good friend, but Pa is still hurt about the court case last year. Can we keep the wedding dinner peaceful and invite her to a separate tea with you after that?' You can send it to your mum on WhatsApp.",
        ),
        (
            "user",
            "ok can add that 我爸 still paying the lawyer fees $12k, so 真的不方便. but dun sound too harsh",
        ),
        (
            "assistant",
            "Updated draft: 'Ma, Pa is still paying off the $12k lawyer fees from last year, so having Auntie Lily at the dinner would be very hard for him. Could we celebrate with her separately, just the two of you? I really want everyone to be comfortable on the day.'",
        ),
    ],
    [
        (
            "system",
            "You help users understand prenuptial agreements in Hong Kong and Singapore. You are not a lawyer.",
        ),
        (
            "user",
            "My fiancée Samantha Chiu and I are marrying in Hong Kong in March. I own a flat at Flat 9B, Block 3, Laguna City, Kwun Tong, bought in 2019, and I want it kept separate. Is a prenup enforceable in HK?",
        ),
        (
            "assistant",
            "Hong Kong courts are not strictly bound by prenuptial agreements, but since SPH v SA (2014) they give them significant weight if both parties entered freely, had independent legal advice, full disclosure, and the terms are fair at the time of divorce. Each of you should see your own solicitor.",
        ),
        (
            "user",
            "Samantha has about HK$600k of student loans and credit card debt. Should that go into the agreement too?",
        ),
        (
            "assistant",
            "Yes, full disclosure of both assets and debts is what makes the agreement hold up. List the flat at Laguna City with its value and mortgage, and Samantha's HK$600k in liabilities, and state how each will be treated. Hiding either side's debts is a common reason courts give an agreement less weight.",
        ),
    ],
    [
        (
            "system",
            "你是婚顧公司「幸福日和」的客服助理。客戶資料：姓名 吳佩珊，身分證字號 B120937662，手機 0933-742-018，婚期 2026-10-10，合約編號 HH-TW-2026-0582，未付尾款 NT$86,000。",
        ),
        (
            "user",
            "你好，我想問一下我的大陸籍未婚夫要來台灣結婚，他需要面談嗎？我們的婚宴可能要延後。",
        ),
        (
            "assistant",
            "吳小姐您好。大陸配偶須先在大陸辦理結婚登記，再申請來台團聚，入境時須接受移民署面談，通過後才能到戶政事務所辦理結婚登記。依您合約 HH-TW-2026-0582，婚期可於 60 天前申請改期一次，不收手續費。",
        ),
        ("user", "那尾款 86,000 可以等確定日期再付嗎？"),
        (
            "assistant",
            "可以的，改期申請核准後，尾款 NT$86,000 的付款期限會隨新婚期順延至婚宴前 14 天。我會把申請表寄到您登記的手機 0933-742-018 的 LINE，請您確認。",
        ),
    ],
    [
        (
            "user",
            "婚礼摄影师拖了五个月还没交片，定金5000元、尾款3000元都付了。帮我写一封投诉信，我叫唐雅琪，电话13817726094，摄影师叫吴凯，他的工作室叫光影纪。",
        ),
        (
            "assistant",
            "好的，以下是投诉信草稿。致光影纪工作室吴凯先生：本人唐雅琪（联系电话13817726094）于2025年婚礼前与贵工作室签订婚礼跟拍合同，已付定金5000元及尾款3000元，约定婚礼后60天内交付精修照片。至今已逾五个月未交付，请于收到本函7日内交付全部底片及精修照片，否则本人将向12315平台投诉并保留诉讼权利。",
        ),
        ("user", "谢谢，12315 是可以网上投诉的吗？"),
        (
            "assistant",
            "可以。你可以通过全国12315平台网站、微信小程序或拨打12315热线提交投诉，附上合同、付款记录和聊天截图，会更快处理。",
        ),
    ],
    [
        ("system", "Anda pembantu maklumat imigresen dan perkahwinan untuk pengguna di Malaysia."),
        (
            "user",
            "Saya Azlan bin Hamzah, nak kahwin dengan tunang dari Indonesia, Dewi Lestari, paspot beliau B 4417823. Dia sekarang di Malaysia guna pas lawatan. Boleh ke terus nikah kat Selangor?",
        ),
        (
            "assistant",
            "Boleh, tetapi perkahwinan dengan warga asing memerlukan kebenaran daripada Jabatan Agama Islam negeri, dalam kes ini JAIS, serta surat akuan status bujang Dewi yang disahkan oleh Kedutaan Besar Republik Indonesia. Selepas nikah didaftarkan, Dewi boleh memohon Pas Lawatan Sosial Jangka Panjang.",
        ),
        ("user", "Dewi kena balik Indonesia dulu ke untuk mohon pas tu?"),
        (
            "assistant",
            "Biasanya permohonan boleh dibuat di pejabat Imigresen di Malaysia dengan penajaan suami, asalkan pas lawatan Dewi masih sah. Bawa sijil nikah, MyKad anda, paspot Dewi B 4417823 dan gambar perkahwinan. Sila semak syarat terkini dengan pejabat Imigresen terdekat.",
        ),
    ],
    [
        (
            "system",
            "You are a calm, supportive assistant for people planning weddings in Macau and Hong Kong.",
        ),
        (
            "user",
            "My fiancé Kelvin Leong was just diagnosed with stage 3 lymphoma and starts chemo at Kiang Wu Hospital next week. Our banquet for 25 tables is on 8 November at a hotel in Cotai. The hotel says the MOP 60,000 deposit is non-refundable.",
        ),
        (
            "assistant",
            "I'm so sorry about Kelvin's diagnosis. Many hotels will allow a postponement on medical grounds even when the deposit is non-refundable. Ask the hotel in writing to convert the deposit into a credit for a later date, and attach a doctor's letter. Check too whether you bought wedding or event insurance that covers serious illness.",
        ),
        ("user", "Should I tell them it's cancer? I don't want his whole diagnosis going around."),
        (
            "assistant",
            "You don't need to share details. A short letter from the doctor confirming that Kelvin is under active treatment and can't attend a large event on that date is usually enough. Ask the hotel to keep the letter confidential and restrict it to the staff handling your booking.",
        ),
    ],
    [
        ("system", "你是一个帮助马来西亚华人规划婚礼预算的助手。用户可能中英混用。"),
        (
            "user",
            "帮我看下这个 budget：酒席 RM 45,000，婚纱照 RM 8,800，聘金 RM 18,888。我已经问我 cousin Wong Kah Ho 借了 RM 20,000，还有 personal loan 在 RHB 每个月还 RM 1,150。我 salary 才 RM 4,800，是不是太勉强？",
        ),
        (
            "assistant",
            "老实说压力蛮大的。RHB 每月 RM 1,150 已经占了你薪水将近四分之一，再加上要还表哥的 RM 20,000，婚后生活会很紧。建议把酒席减到 RM 30,000 左右，婚纱照选基本套餐，聘金可以和女方家长商量象征性收回一部分。",
        ),
        ("user", "聘金是女方妈妈 Madam Lau 坚持的，说少过 18,888 没面子。"),
        (
            "assistant",
            "可以请未婚妻私下和 Madam Lau 沟通：聘金照 RM 18,888 在仪式上给，但事后作为嫁妆或小家庭基金退回一部分。这在很多家庭很常见，面子和实际需要都可以兼顾。",
        ),
    ],
    [
        ("system", "你是澳門婚姻登記資訊助理，以繁體中文回答。"),
        (
            "user",
            "我叫容嘉怡，澳門身份證 1382046(7)，未婚夫係菲律賓籍，叫 Miguel Santos，佢喺澳門持外地僱員身份認別證。我哋想喺民事登記局結婚，要準備啲乜？",
        ),
        (
            "assistant",
            "容小姐你好。一般需要雙方身份證明文件、外籍一方經認證嘅單身或無婚姻障礙證明（需翻譯成中文或葡文），以及出生證明。建議先向民事登記局預約，確認 Miguel 嘅文件需唔需要經菲律賓駐澳門領事館認證。",
        ),
        ("user", "佢嘅出生證明係英文，需唔需要翻譯？"),
        (
            "assistant",
            "澳門嘅官方語言係中文同葡文，英文文件通常需要附上認可嘅中文或葡文譯本。你可以搵具資格嘅翻譯服務處理，再連同 Miguel 嘅護照一齊帶去民事登記局。",
        ),
    ],
    [
        (
            "user",
            "Our wedding photographer posted a photo of me crying during the tea ceremony on Instagram without asking. I'm Aishah Rahman, and the post tags my personal account @aishah.r.91. How do I ask them to take it down?",
        ),
        (
            "assistant",
            "You can send a short, firm message: 'Hi, I'm Aishah Rahman, the bride in your post from our tea ceremony. I did not consent to this photo being shared publicly. Please remove it and untag @aishah.r.91 within 48 hours.' If they refuse, you can report the post to Instagram under privacy and refer to the photo-usage clause in your contract.",
        ),
        ("user", "Their contract says they can use photos for marketing. Does that override me?"),
        (
            "assistant",
            "It depends on the exact wording. In Malaysia the Personal Data Protection Act 2010 applies to commercial use of personal data, and a general marketing clause may not cover an image you clearly objected to. Ask them politely first; many vendors remove images once a client objects in writing.",
        ),
    ],
    [
        (
            "system",
            "客户档案（仅供助手参考）：新郎 邓子轩，身份证 510107199306042563，手机 17708236415；新娘 Emily Carter（英国籍），护照 553901872；婚礼场地 成都某酒店，已付定金 30,000 元。",
        ),
        (
            "user",
            "Hi, my fiancé and I want to know if I need to get a certificate of no impediment before registering in Chengdu.",
        ),
        (
            "assistant",
            "Hi Emily. For a foreigner marrying a Chinese citizen in mainland China, you will usually need your passport and a certified certificate of no impediment (or equivalent single-status declaration) that has been legalised or apostilled for use in China, plus a Chinese translation. Zixuan registers with his hukou and ID card at the designated civil affairs office in Sichuan.",
        ),
        (
            "user",
            "ok and the hotel said our 30,000 yuan deposit is lost if we move the date because of this paperwork. Is that fair?",
        ),
        (
            "assistant",
            "It depends on your contract. Under China's Civil Code, if the deposit was a 定金 (earnest money) the hotel may keep it when you cancel, but postponing is not necessarily cancelling. Ask the hotel in writing to move the deposit to a new date, and keep Zixuan's phone 17708236415 as the main contact so replies are not lost.",
        ),
    ],
]
