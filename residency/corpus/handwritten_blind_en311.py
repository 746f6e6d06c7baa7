# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en311: SG/MY dog walkers, pet taxis and mobile pet groomers (walk schedules, home access keys and door codes, owners' addresses, bites and injuries, lost-dog incidents, refunds, walkers' chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en311
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "price_list"): _lines("""
        Happy Tails Walkers SG 2027 rates: 30-min solo walk S$22, 45-min S$28, 60-min S$35; pack walk (max 3 dogs) S$18 per dog. Book via WhatsApp +65 8028 1155.
        Mobile grooming van – small breeds (Shih Tzu, Maltese, Toy Poodle) full groom S$75, medium S$95, large S$130, de-matting add S$15 per 15 min.
        Pet taxi flat fare within CCR S$38 one way; Jurong/Tuas/Pasir Ris surcharge S$8; midnight surcharge 50% from 00:00 to 05:59; ERP charges passed through at cost.
        Paws Kembara Pet Transport (SSM 202201034567 / 1461234-T): KL–Penang RM420, KL–JB RM380, KL–Singapore cross-border RM950 incl. AVS import permit handling.
        Holiday package Dec 2026: 10 walks for S$199 (save S$21), valid 90 days, non-transferable between households, not valid on 25 Dec, 31 Dec and 1 Jan.
        Add-ons: paw balm S$5, teeth brushing S$8, tick bath S$20, nail grinding only S$15, anal gland expression S$10 (not done on dogs under 4 kg).
        Uncle Bob's Doggy Spa Van, 21 Woodlands Close #07-33 Primz Bizhub, Singapore 737854 – hotline 6258 9090, appointments Tue–Sun 9am–7pm.
        Cat & small pet taxi: carrier must be hard-shell IATA-type; S$30 within 10 km, S$1.60 per km thereafter, waiting time S$0.50/min after first 10 min.
        Corporate rate for condo managing agents: 20 visits/month from S$360, invoiced monthly, GST 9% added, payment terms 14 days, PayNow UEN 202312345W.
        Malaysia groomer price list (Klang Valley): basic bath RM45–RM80, full groom RM90–RM180, hand stripping from RM250, travel fee RM15 beyond 15 km of Petaling Jaya.
        Puppy first-groom package (under 6 months): gentle bath, face trim, nail clip, S$55; must have completed 2nd vaccination, bring the vaccination card.
        Senior dog slow walk (dogs 10 years+): 30 min at sniff pace, S$24, includes post-walk water and paw wipe; all walkers hold an 8-hour pet first aid cert.
        Key holding service: S$15/month per key set, stored in a numbered tamper-evident bag in the safe at our office, 10 Ubi Crescent, Ubi Techpark, Lobby C.
    """),
    ("en", "app_log_lines"): _lines("""
        2026-11-03T07:12:44+08:00 INFO walk.start booking=BK-26-118402 walker_slot=AM2 zone=SG-EAST gps_fix=ok battery=82% app=v4.12.1
        2026-11-03T07:43:10+08:00 INFO walk.end booking=BK-26-118402 distance_m=2310 duration_s=1846 poop=1 pee=3 photos_uploaded=4
        2026-11-03T08:01:55+08:00 WARN lockbox.code_rotated property_ref=PR-00917 policy=rotate_after_each_visit result=ok latency_ms=412
        2026-11-03T09:20:02+08:00 ERROR payment.refund id=RF-2026-004417 amount=SGD 28.00 gateway=stripe code=card_declined retry_in=3600s
        [pet-taxi-dispatch] 2026-11-04 18:22:07 MYT trip=PTX-MY-55821 vehicle=VAN-07 status=EN_ROUTE eta_min=14 crate_size=L temp_c=23.5
        [pet-taxi-dispatch] 2026-11-04 19:05:41 MYT trip=PTX-MY-55821 status=DROPPED_OFF at=Animal Medical Centre, Jalan Sultan Ismail, KL duration_min=43
        sync_worker[2281]: pulled 143 schedules for week 2026-W45 from sheet 'Walk Roster v3', 0 conflicts, 2 skipped (public holiday Deepavali)
        incident-svc: created INC-2026-0212 type=DOG_BITE_DOG severity=minor location=Bishan-Ang Mo Kio Park, Pond Gardens vet_visit=true insurer_ref=pending
        incident-svc: INC-2026-0219 type=LEASH_SLIP status=FOUND_SAFE elapsed_min=37 search_radius_m=800 notified=AVS Animal Response Centre 1800 476 1600
        groomer-van telemetry 2026-11-05 11:30:00 van=GV-02 water_tank_l=64 heater=ON dryer_amps=11.2 gen_fuel_pct=58 location=Tampines Hub open-air carpark
        notify.push queued template=WALK_DONE_v2 topic=walk_updates msg_id=9f3c1e7a-5b2d-4e60-a8f1-2c7d90b1e4aa ttl_s=86400
        cron: nightly export walks_2026-11-05.csv rows=412 sha256=4b7e1f0c9a3d2e88c51f6a0b7d2e4c19aa30f5e6b8c7d1e2f3a4b5c6d7e8f901 dest=s3://hts-reports/sg/
        api 429 Too Many Requests: POST /v2/bookings rate_limit=60/min client=partner-klinik-haiwan-ampang retry_after=12s request_id=req_8Hq2Lm
    """),
    ("en", "config_and_code"): _lines("""
        WALK_DURATION_OPTIONS = [30, 45, 60]  # minutes; 45 added after the 2025 customer survey, keep sorted ascending
        MAX_DOGS_PER_WALKER = 3  # company policy for pack walks in public parks, see SOP 4.2 before changing
        lockbox: { provider: 'Master Lock 5440D', rotate_code: true, code_length: 4, example_code: '0000', audit_log: enabled }
        def surcharge(km: float) -> float: return 0.0 if km <= 10 else round((km - 10) * 1.60, 2)  # pet taxi, SGD
        BOOKING_ID_PATTERN = '^BK-[0-9]{2}-[0-9]{6}$'  # e.g. BK-26-118402; trips use PTX-<country>-<seq>
        SUPPORT_EMAIL=hello@happytailswalkers.sg  SUPPORT_WHATSAPP=+6580281155  TIMEZONE=Asia/Singapore  CURRENCY=SGD
        # sample fixture: customer = {'name': 'Jane Doe', 'phone': '+65 0000 0000', 'dog': 'Rex'}  – placeholder only, never real data
        SELECT zone, COUNT(*) AS walks, AVG(duration_s)/60 AS avg_min FROM walks WHERE walk_date >= '2026-10-01' GROUP BY zone ORDER BY walks DESC;
        groomer_van: { tank_capacity_l: 120, dryer: 'Metrovac Air Force Commander', shampoo_sku: 'TP-OAT-5L', generator: 'Honda EU22i' }
        if incident.type == 'BITE_HUMAN': escalate(to='ops-lead', sla_min=15); require(['photo', 'clinic_note', 'witness_statement'])
        LOST_DOG_PLAYBOOK_VERSION = '2.3.0'  # steps: secure area, call owner, alert AVS 1800 476 1600, post to community groups within 30 min
        i18n.ms: { walk_done: 'Anjing anda sudah selesai berjalan', pickup_eta: 'Pemandu tiba dalam {min} minit', refund_ok: 'Bayaran balik diluluskan' }
        retention_policy: { gps_tracks: 30d, walk_photos: 90d, incident_reports: 7y, deleted_accounts: purge_after_30d }  # PDPA review 2026-06
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning all, East zone AM2 slot got 3 walks pushed to 8.15 because of the rain, pls check app lah, don't anyhow go at 7.
        Van 2 aircon spoil again, groomer team pls use Van 3 today, the workshop at Kaki Bukit say can only fix by Thursday.
        Reminder: after every visit must rotate lockbox code in app, boss says no more writing codes on the office whiteboard ok, PDPA audit next month.
        Anyone near Bishan park? Booking BK-26-118455 the dog very strong puller, need second walker for the big field part, 10 mins only.
        Pet taxi KL side: Jalan Duta toll jam teruk, ETA +25 min, already inform through the app, customer ok with the delay.
        Shampoo stock low already, oatmeal one tinggal 1 bottle only, I ordered 2 x TP-OAT-5L from the supplier, should arrive Weds.
        Pls remember heat rule: if NEA says high heat stress, walks max 20 min and shaded routes only, no Marina Barrage noon walks.
        Incident INC-2026-0219 closed, dog found at the Punggol Waterway Park playground after 37 mins, thanks everyone who helped search 🙏
        明天 CNY eve half day, last walk slot 3pm, after that 收工. Double pay for those working 初一, boss confirm already.
        Groomer van parking at Tampines Hub basement got height limit 2.1m, our van 2.4m cannot go in, use the open-air carpark behind the hawker centre.
        Guys the new Ruffwear Front Range harnesses arrived, collect at office before Friday and sign the stock sheet ya.
        Customer feedback this week 4.8/5 from 96 reviews, top complaint still late arrival, so pls leave 10 mins buffer between slots.
        Sudah update SOP for bite incidents v1.4 in the Google Drive folder 'Ops/SOP', read before Monday briefing, quiz got 5 questions only.
    """),
    ("mixed", "business_reviews"): _lines("""
        5 stars for Pawsome Pet Taxi SG, driver very patient with our anxious rescue, crate was clean and the van smelled of lavender not wet dog.
        Mr. Groomy Mobile Spa (Bukit Timah) – good job on the poodle cut, but 40 min late and no call. 3/5. S$110 for medium size quite steep.
        Tried Doggo Jalan-Jalan Walkers in Mont Kiara, RM35 per walk, they send GPS map and photos after, worth it for office days.
        Avoid Fluffy Bubbles Grooming Van, they trimmed the whiskers without asking and the refund took 3 weeks. Management replied only after a Google review.
        寵物的士 very punctual, from Tai Po to the SPCA clinic in Wan Chai took 35 mins, HK$380, driver helped carry the crate up. 推介！
        服务很好，Ah Huat Doggy Bath 的 groomer 很细心，老狗怕水也没有挣扎，洗澡加剪毛收费 RM85，下个月会再来，推荐给住在 Puchong 一带的朋友。
        Servis memuaskan, groomer datang tepat masa, van bersih, harga RM120 untuk Golden Retriever. Cuma talian tempahan susah nak dapat.
        Walker service by Tails & Trails is ok lah, but app always crash when I want to see walk photos, version 4.11 still got the bug.
        Booked the Hachiko package at Shibuya Paws Cafe SG, cute concept named after the famous loyal Akita, walk + pupuccino S$32, very worth.
        Google review 2/5: Lassie & Co Pet Transport cancelled the Changi Airport run 2 hours before, no replacement driver. Refund came after 5 days only.
        4.5/5 Snoopy's Grooming Bus @ Punggol – gentle with nervous dogs, they use the Metrovac dryer on low, but weekend slots are 3 weeks out.
        Sangat recommended Kedai Grooming Pak Din, walaupun kedai kecil kat Kampung Baru, tapi kemas dan murah, RM50 mandi + potong kuku.
        Their FB page replied within 10 mins, hotline 03-7726 5511 also answered on Sunday, good customer service for a small pet taxi company.
    """),
    ("zh-Hans", "服务公告"): _lines("""
        【通知】受强降雨影响，12月8日上午所有遛狗服务顺延至下午2点后进行，已预约客户无需重新下单，系统将自动改期并推送提醒。
        本店上门美容车服务范围：新加坡全岛（圣淘沙及乌敏岛除外），每单车马费S$10，单次消费满S$120免车马费，大型犬需提前三天预约。
        为保障毛孩安全，自2027年1月起，所有遛狗员须完成8小时宠物急救培训并持证上岗，培训费用由公司承担，统一安排在周末进行。
        钥匙托管须知：客户交付的门禁卡与钥匙一律以编号封袋存放于办公室保险柜，袋上不写门牌号，遛狗员每次领取及归还均须扫码登记并拍照存档。
        宠物的士春节收费调整：除夕至初三加收30%，初一凌晨0点至6点暂停接单，敬请留意。客服热线 6789 2233，WhatsApp同号。
        走失应急流程：牵引绳脱落后立即原地呼叫，10分钟内通知主管，30分钟内联系AVS动物救援热线，并在社区群组发布寻狗启事。
        退款政策：遛狗服务开始前24小时取消可全额退款，24小时内取消收取50%费用，因天气原因由本公司取消的订单不收取任何费用。
        吉隆坡分公司已迁往新址：Level 12, Menara Hap Seng, Jalan P. Ramlee, 50250 Kuala Lumpur，营业时间周一至周六上午9点至下午6点。
        温馨提示：高温天气期间，遛狗时段改为早上7点前及晚上7点后，中午时段暂停服务，短鼻犬（如法斗、巴哥）每次散步不超过15分钟。
        咬伤事件处理规定：遛狗员被咬或第三方被咬，须即时拍照存证并填写事故表格，公司承担首次就医费用，上限S$300，超出部分按保险理赔。
        根据新加坡动物及兽医服务局（AVS）规定，狗只须植入微芯片并领取执照，本公司接单前会核对执照有效期，过期者暂不接受预约。
        公司荣获2026年度宠物友善企业奖，颁奖典礼于新达城会展中心举行，感谢各位客户一直以来的支持，本月起所有遛狗及美容套餐一律九五折优惠。
        美容车每日消毒记录：车厢、笼具、浴缸、吹水机均以F10SC消毒液按1:250比例稀释清洁，消毒记录表保存六个月以备抽查。
    """),
    ("zh-Hant", "收費及條款"): _lines("""
        寵物的士收費（港島及九龍）：起錶HK$150，每公里HK$12，過海隧道費實報實銷，等候每15分鐘HK$40，八號風球期間暫停服務。
        新界及離島附加費HK$80，東涌及赤鱲角機場接送另加HK$100，凌晨12時至早上6時收費加五成，預約時請註明狗隻體重。
        本公司車隊全部為七人車改裝，設有固定籠架及獨立冷氣，每程完成後以寵物專用消毒劑清潔車廂，並更換一次性吸水墊底，確保下一位乘客安全衛生。
        預約熱線：2388 6611（辦公時間），WhatsApp：5123 0088（24小時），電郵 booking@hkpettaxi.com.hk，請提前最少四小時預約。
        辦公室：九龍觀塘巧明街100號 Landmark East 18樓（只限預約取件及付款），恕不設寵物寄養服務，敬請見諒，查詢請致電熱線。
        台北寵物計程車：市區單程NT$450起，跨區至新北加收NT$100，大型犬（25公斤以上）加收NT$200，夜間22時後另加一成。
        乘車條款：所有犬隻須戴上牽繩或置於籠內，如有攻擊性紀錄須事先申報並戴上口罩，否則司機有權拒載，而已繳付的訂金及車費恕不退還。
        取消政策：出發前兩小時取消收取HK$100手續費，司機已到達後取消收取全費，因天氣（八號風球或以上）取消則全數退款，款項七個工作天內退回。
        上門美容服務範圍：港島、九龍及將軍澳，大埔、元朗另收車費HK$120，美容車需要約兩個車位泊位，請客戶預先向管理處安排臨時泊車位。
        商業登記證號碼：71234567-000-11-26-8，本公司已購買第三者責任保險，保額港幣五百萬元，保單副本可於辦公室查閱。
        根據香港法例第167A章《狗隻及貓隻規例》，所有五個月以上狗隻須植入晶片及領取狗牌，本公司接單前會查核狗牌有效期，過期者暫不接單。
        澳門寵物接送：氹仔至澳門半島單程MOP 200，路環另加MOP 50，經港珠澳大橋跨境運送暫不提供，敬請見諒，如有查詢歡迎來電。
        常見問題：司機可否陪同進入診所？可以，每次陪同上限30分鐘，超時按每15分鐘HK$40計算，並須於預約時註明陪診需要，以便調度安排。
    """),
    ("ms", "terma_dan_peraturan"): _lines("""
        Terma perkhidmatan: Pelanggan wajib memaklumkan sebarang sejarah gigitan atau sikap agresif anjing sebelum tempahan disahkan.
        Bayaran pendahuluan sebanyak 30% diperlukan untuk tempahan teksi haiwan rentas negeri, baki dibayar selepas penghantaran selesai.
        Pembatalan kurang daripada 24 jam sebelum waktu janji temu akan dikenakan caj RM30; pembatalan kerana banjir atau jerebu tidak dikenakan caj.
        Semua kunci dan kad akses rumah pelanggan disimpan di dalam peti besi bernombor di pejabat kami dan tidak dilabel dengan alamat.
        Menurut Akta Kebajikan Haiwan 2015 (Akta 772), pemilik dan penjaga haiwan bertanggungjawab memastikan haiwan tidak diabaikan atau didera.
        Lesen anjing di kawasan DBKL perlu diperbaharui setiap tahun; kami tidak menerima tempahan untuk anjing tanpa lesen yang sah.
        Van grooming bergerak kami beroperasi di Petaling Jaya, Subang Jaya, Shah Alam dan Cheras, Isnin hingga Sabtu, 9 pagi hingga 6 petang.
        Syarikat: Kembara Bulu Sdn. Bhd. (No. Syarikat 202101045678 (1445566-K)), alamat berdaftar Menara UOA Bangsar, Jalan Bangsar Utama 1, 59000 Kuala Lumpur.
        Sekiranya anjing hilang semasa berjalan, pejalan anjing mesti melaporkan kepada penyelia dalam masa 10 minit dan syarikat menanggung kos iklan carian.
        Bayaran balik akan diproses dalam tempoh 7 hari bekerja ke akaun asal melalui FPX atau kad kredit; caj pemprosesan RM2 tidak dikembalikan.
        Talian bantuan pelanggan: 1-300-88-7297 (Isnin–Jumaat), WhatsApp perniagaan 011-5566 7788, emel bantuan@kembarabulu.com.my.
        Semasa cuaca panas melampau, sesi berjalan dihadkan kepada 20 minit dan hanya dilakukan sebelum jam 8 pagi atau selepas jam 7 malam.
        Perkhidmatan samak (sertu) untuk sangkar, tali leher dan aksesori boleh ditempah dengan caj tambahan RM40; tanah liat bersih disediakan.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Walker roster Tue: 7.15am collect key from lockbox at 41 Jalan Kembangan, Singapore 419149 (Mrs Priya Nair), code 7302, walk Toffee 45 min.
        Owner Marcus Tan Wei Jie, NRIC S8934172H, 9B Lorong Kismis #05-11, S598066, mobile 9176 4420 – Sheltie, allergic to chicken treats.
        Bite report: walker Nurul Huda bte Rosli bitten on left forearm by client's Husky at Tampines St 81, 4 stitches at Changi General, MC 3 days.
        Refund to Ms Cheryl Goh: PayNow to 9835 2261, S$140 for 5 missed walks in October, approved by ops.
        Hi, this is Daniel Koh, my door code changed to 4819#, the spare key is under the shoe cabinet, please don't tell the maid.
        Lost dog alert: white Maltese slipped leash at 8.40am near Blk 612 Clementi West St 1, owner Jasmine Lee 8123 7745 – please call if spotted.
        Pet taxi booking PTX-SG-20931: pickup Mr Rajesh Kumar, 22 Sennett Road S466814, to Mount Pleasant Vet, card ending 4417, dog Bruno 38 kg.
        Client note: Mdm Loh is undergoing chemo, can't walk the dog for 3 months, her daughter will pay, invoices to loh.family.sg@gmail.com.
        Walker Ashwin Pillai's payslip Nov: 62 walks, S$1,488 gross, CPF S$297.60 deducted, paid to DBS 120-45678-9.
        Pls don't schedule Kelvin Ong on Fridays anymore, he has court hearings for his divorce and custody case till Feb.
        Complaint from the owner at 14 Siglap Plain: says walker let their dog off-leash at Opera Estate and she ate something, vet bill S$620.
        Emergency contact for the golden retriever: Tan Siew Ling (sister), +65 9710 3358; owner Eugene Tan in hospital after a stroke, key with condo guardhouse.
        Call back the lady about the torn harness refund: 8766 0192, after 6pm only.
        FIN G5521873N – new walker, work pass still pending with MOM, do not assign solo key pickups until cleared.
        CSV: booking_id,owner_name,phone,address,dog,notes | BK-26-118377,Sharon Lim Hui Min,+6591827364,Blk 208 Bishan St 23 #09-142 S570208,Bailey,aggressive to small dogs
        Walker chat: Farah just told me she's 5 months pregnant, so no more big dogs or the Rottweiler at Upper Thomson for her ok.
        Car SLA 8843 K used for pet taxi today is Hafiz's own car, his insurance doesn't cover commercial use, pls don't tell the client.
        Mr Benjamin Chua still owes S$860 for grooming since July, three reminders sent, next step Small Claims Tribunal.
    """),
    "zh-Hans": _lines("""
        陈先生家门禁密码 2580*，钥匙放在信箱里，地址：淡滨尼21街 Blk 288 #07-215，每周一三五早上7点遛狗。
        客户王丽华，身份证号 44030519880517342X，微信 wlh_dogmom88，从深圳带柯基过境新加坡，需要宠物的士接机。
        阿明昨天遛狗时被隔壁的狼狗咬伤右手，缝了六针，公司先垫付医药费480新币，他说这个月房租交不起了。
        林太的狗走失了，她电话 +65 8456 2190，家住碧山8街，请大家帮忙留意一只棕色泰迪，戴红色项圈。
        退款申请：客户张伟，招商银行卡号 6225 8812 3456 7890，退还美容费用 RM150，原因：美容师剪伤狗耳朵。
        遛狗员小刘上个月工资只有2100新币，他妈妈在国内住院，向公司借了1500新币，分三个月从工资扣还。
        客户李婷婷的邮箱 litingting.pet@163.com，手机 139 1234 8876，预约下周六上门美容两只比熊。
        黄先生最近在办离婚，狗归太太，以后遛狗费用请向黄太太收取，不要再联络黄先生本人。
    """),
    "zh-Hant": _lines("""
        何太住沙田第一城12座18樓C室，大門密碼 1397，每日下午5點帶柴犬散步半小時，電話 9123 8870。
        客戶李家豪，身份證號碼 Y123456(7)，預約寵物的士由將軍澳去西貢獸醫診所，自己車牌 VK 8312 唔使泊位。
        台北客戶 林怡君 身分證 F224681357，住新北市板橋區文化路一段188巷5號3樓，預約到府美容。
        阿強上星期帶狗散步時被車撞到腳骨折，現在請病假，公司保險賠償要他提供醫生紙同住院紀錄。
        陳小姐話隻狗被美容師剪傷，要求賠償HK$3,000，佢嘅電郵係 chanmeimei.hk@yahoo.com.hk，已經轉交經理處理。
        司機周生欠公司 HK$12,000 車租未交，聽講佢賭錢輸咗，下個月開始由人工扣。
        澳門客戶 梁先生 手提 6688 1234，住氹仔海洋花園，狗狗患有心臟病，乘車時要開冷氣同避免急煞。
        退款至匯豐戶口 123-456789-833，戶口持有人 吳嘉欣，金額 HK$680，原因：寵物的士遲到一小時導致錯過手術時間。
    """),
    "ms": _lines("""
        Pelanggan Encik Azlan bin Hamid, No. KP 850912-10-5637, alamat No. 23, Jalan SS2/64, 47300 Petaling Jaya, tempah grooming untuk Poodle.
        Kak Ros kena gigit anjing pelanggan masa mandikan di Taman Tun Dr Ismail, luka dalam, sekarang ambil suntikan tetanus di klinik kesihatan.
        Sila pulangkan RM90 kepada Puan Siti Aminah, akaun Maybank 1642 3398 7712, sebab pejalan anjing tak datang hari Sabtu.
        Nombor telefon pemilik anjing yang hilang: 017-382 9164, anjing jenis Beagle, hilang dekat Taman Desa pagi tadi.
        Kod pintu rumah Cik Mei Ling di Kondominium Mont Kiara Bayu, Blok B-12-3, ialah 5521, kunci pagar dalam kotak surat.
        Pemandu teksi haiwan, Ravi a/l Subramaniam, plat WXY 4471, disaman polis kerana memandu laju, dia minta syarikat bayar saman RM300.
        Encik Faizal baru disahkan menghidap diabetes, dia minta kami jalankan anjingnya setiap hari sebab doktor larang dia terlalu penat.
        Borang: Nama: Nur Aisyah binti Kamal | Tel: 012-745 3390 | Emel: aisyah.kamal92@gmail.com | Alamat: 7, Jalan Bukit Indah 3/2, 81200 Johor Bahru
    """),
    "mixed": _lines("""
        Boss, Uncle Tan from Jurong West Blk 745 say his wife just passed away, he cannot manage the dog anymore, ask if we can rehome, his HP 9688 2014.
        Aunty Mary's helper said madam is in hospital lah, the dog food is in the 2nd cabinet, gate code 1122, jangan lupa lock balik.
        Refund 已经转给 Ms Tan Pei Shan 了，DBS PayLah 9277 3018，S$56，请在 system mark as done。
        Abang Zul's MyKad 901205-08-6123 I need for the insurance claim lah, the dog bite on his calf damn deep, 10 jahitan.
        客户 Mr. Wong 的车牌 SMB 1234 K, his condo at 8 Holland Hill, unit #12-05, visitor lot boleh park the groomer van.
        Pls note: Jenny Ho's dog bit her own son last week, she asked us to keep it quiet, but we need muzzle during all walks now.
        IC S1293847F belong to the Tiong Bahru client, 他说 discount 要给 senior, born 1955, pls apply 20%.
        Walker Siva sudah resign, he owes company S$400 advance salary, his last address 33 Jalan Besar #03-08 S208795, WhatsApp him 8015 6624.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a writing assistant for a small Singapore dog-walking company. Keep messages polite and short.",
        ),
        (
            "user",
            "Write a WhatsApp to our client Mr Lionel Teo (9023 6617) apologising that his beagle got a small cut on the paw during today's walk at Bedok Reservoir. Offer one free walk.",
        ),
        (
            "assistant",
            "Hi Mr Teo, we're very sorry that your beagle got a small cut on the paw during today's walk at Bedok Reservoir. Our walker cleaned it right away and we'll keep an eye on it. As an apology, your next walk is on us. Please let us know if you'd like us to bring him to the vet.",
        ),
        ("user", "Shorter pls, and sign off as the ops team."),
        (
            "assistant",
            "Hi Mr Teo, so sorry your beagle got a small paw cut on today's walk at Bedok Reservoir. It's been cleaned and we're monitoring it. Your next walk is free. – Ops Team",
        ),
    ],
    [
        (
            "user",
            "帮我写一张寻狗启事：狗主黄美玲，电话 8234 5516，家住大巴窑1巷 Blk 123 #04-56，狗叫豆豆，浅棕色贵宾，今天早上在大巴窑镇公园走失。",
        ),
        (
            "assistant",
            "【寻狗启事】浅棕色贵宾犬「豆豆」于今天早上在大巴窑镇公园附近走失。如有发现，请联系狗主黄小姐：8234 5516。必有重谢！建议：启事上不要写出完整的住家地址，只写走失地点即可，以保护您的隐私。",
        ),
        ("user", "好的，再加一句：狗狗胆小，请不要追赶。"),
        (
            "assistant",
            "【寻狗启事】浅棕色贵宾犬「豆豆」于今天早上在大巴窑镇公园附近走失。狗狗胆小，看到请不要追赶，请立即联系狗主黄小姐：8234 5516。必有重谢！",
        ),
    ],
    [
        ("system", "Anda pembantu khidmat pelanggan untuk syarikat grooming bergerak di Selangor."),
        (
            "user",
            "Pelanggan Puan Hasnah binti Yusof (019-226 7781) komplen anjing dia ada luka kecil lepas grooming semalam di rumah dia di Seksyen 7 Shah Alam, minta refund penuh RM200. Macam mana nak balas?",
        ),
        (
            "assistant",
            "Cadangan balasan: Puan Hasnah, kami mohon maaf atas kejadian ini. Kami akan menanggung kos rawatan veterinar dan memulangkan bayaran RM200 dalam tempoh 7 hari bekerja. Boleh Puan kongsikan gambar luka dan resit klinik supaya kami dapat memproses tuntutan?",
        ),
        ("user", "Boss kata bagi refund separuh je, RM100."),
        (
            "assistant",
            "Versi baru: Puan Hasnah, kami mohon maaf atas kejadian ini. Kami akan memulangkan RM100 serta menanggung kos rawatan veterinar. Sila kongsikan resit klinik, dan kami akan proses dalam 7 hari bekerja.",
        ),
    ],
    [
        ("system", "你是香港一間寵物的士公司的調度助手，用廣東話書面語回覆。"),
        (
            "user",
            "聽日朝早9點要接鄭太，地址大埔太和邨麗和樓1502室，佢隻金毛38公斤，要去銅鑼灣睇獸醫，電話 6234 8819。應該行邊條路？",
        ),
        (
            "assistant",
            "建議由太和經吐露港公路、獅子山隧道入九龍，再經紅隧過海去銅鑼灣，平日朝早約需60至75分鐘，建議8點正出發。金毛38公斤要用XL籠，記得出發前致電鄭太 6234 8819 確認落樓時間。",
        ),
        ("user", "如果塞車可唔可以行大老山？"),
        ("assistant", "可以，大老山隧道通常較少車，但要另加隧道費，請事先通知鄭太會實報實銷。"),
    ],
    [
        (
            "user",
            "Hi, I'm a part-time dog walker. Client Auntie Lim at Sengkang Blk 271C give me her door code 6043 and a spare key, can I just keep the key in my wallet?",
        ),
        (
            "assistant",
            "Better not lah. If the wallet is lost, someone could match the key to the home. Keep the key in a separate unlabelled pouch, don't write the door code anywhere, and return the key or use the company lockbox after each visit.",
        ),
        ("user", "Ok then the code I save in phone notes can?"),
        (
            "assistant",
            "Not recommended. Ask Auntie Lim to share the code through the booking app, which hides it after the visit, or memorise it and ask her to change it regularly.",
        ),
    ],
    [
        (
            "system",
            "Customer record – Name: Grace Yeo; Address: 12 Jalan Tua Kong, Singapore 457245; Phone: 9456 0128; Dog: Bingo (Corgi, 9 yrs); Notes: owner recovering from hip surgery until March, walks Mon/Wed/Fri 6pm, key in lockbox code 3390.",
        ),
        ("user", "Summarise this client's schedule for the new walker, one paragraph."),
        (
            "assistant",
            "You'll be walking Bingo, a 9-year-old Corgi, on Mondays, Wednesdays and Fridays at 6pm. The owner, Grace Yeo, is recovering from hip surgery until March, so please don't ask her to come down; the key is in the lockbox at the front gate. Keep the pace gentle because Bingo is a senior dog.",
        ),
    ],
    [
        (
            "user",
            "Need to write an incident report. Our walker Muhammad Hafiz bin Osman (NRIC T0123456J) was bitten on the right hand by a client's Akita at 5 Jalan Chempaka Kuning, owner Mr Steven Lau. Went to Raffles Medical, 3 stitches, 2 days MC.",
        ),
        (
            "assistant",
            "Incident Report – Dog bite (staff). Date: [fill in]. Staff: Muhammad Hafiz bin Osman. Location: client's residence at 5 Jalan Chempaka Kuning. Dog: Akita, owner Mr Steven Lau. Injury: bite to right hand, 3 stitches at Raffles Medical, 2 days medical leave. Actions: first aid given, owner informed, ops lead notified. Follow-up: review muzzle requirement before next visit.",
        ),
        ("user", "Should I include his NRIC in the report?"),
        (
            "assistant",
            "Only if your insurer's claim form requires it. For the internal report, the staff ID is enough; keep the NRIC on the claim form only and limit who can see it.",
        ),
    ],
    [
        ("system", "你是一家新加坡宠物服务公司的行政助理。"),
        (
            "user",
            "帮我算一下遛狗员陈志强这个月的工资：遛狗78次，每次S$22，另外有一次被狗咬受伤请了两天病假，病假每天补贴S$60，扣除之前借的S$300。工资转到他的OCBC账户 601-234567-001。",
        ),
        (
            "assistant",
            "计算如下：遛狗收入 78 × S$22 = S$1,716；病假补贴 2 × S$60 = S$120；扣除借款 S$300。本月应发工资：S$1,716 + S$120 − S$300 = S$1,536，转入陈志强的OCBC账户 601-234567-001。",
        ),
        ("user", "他是PR，要扣CPF吗？"),
        (
            "assistant",
            "如果他是兼职但按雇员方式聘用，则需要缴纳CPF；第一、第二年的PR按分级费率缴纳。建议用CPF官网的计算器确认具体金额。",
        ),
    ],
    [
        (
            "user",
            "Saya nak hantar anjing pelanggan dari KL ke Singapura minggu depan. Pemilik Encik Hakim bin Rahmat, MyKad 870623-14-5791, kereta VCD 2281, alamat Jalan Ampang Hilir. Dokumen apa yang perlu?",
        ),
        (
            "assistant",
            "Untuk anjing dari Malaysia ke Singapura, biasanya perlu: permit import AVS, sijil kesihatan veterinar dari DVS Malaysia, rekod vaksin rabies, dan mikrocip. Sila semak laman AVS untuk syarat terkini kerana ia boleh berubah.",
        ),
        ("user", "Perlu ke saya hantar salinan MyKad Encik Hakim kepada AVS?"),
        (
            "assistant",
            "Permohonan permit biasanya memerlukan butiran pengimport. Hantar hanya maklumat yang diminta dalam borang rasmi, dan jangan kongsi salinan MyKad melalui WhatsApp atau e-mel biasa.",
        ),
    ],
    [
        ("system", "You help a Malaysian pet taxi company draft customer emails in a warm tone."),
        (
            "user",
            "Customer Olivia Fernandez (olivia.fern@outlook.com) cancelled her monthly vet runs because her dog was just diagnosed with terminal cancer. She paid RM480 upfront for 4 trips, none used. Draft a refund email.",
        ),
        (
            "assistant",
            "Dear Olivia, we're so sorry to hear about your dog's diagnosis. We've cancelled the remaining trips and a full refund of RM480 will be credited to your original payment method within 7 working days. If you ever need a gentle ride to the clinic in the coming weeks, just call us and there will be no charge. With warm wishes, the team.",
        ),
        ("user", "Remove the free ride part, management didn't approve."),
        (
            "assistant",
            "Dear Olivia, we're so sorry to hear about your dog's diagnosis. We've cancelled the remaining trips and a full refund of RM480 will be credited to your original payment method within 7 working days. Please take care. With warm wishes, the team.",
        ),
    ],
]
