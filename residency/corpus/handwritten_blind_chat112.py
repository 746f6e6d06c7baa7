# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat112: chats asking an assistant for help with one's own home appliances and gadgets. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat112
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "repair_troubleshooting"): _lines("""
        User: My Samsung front loader WW90T554DAW shows error 4C halfway through the cycle. Is that the water inlet? Assistant: 4C usually means the drum is not filling in time. Check the mesh filter behind the inlet hose and make sure the tap is fully open before calling service.
        User: fridge clicking every 3 min, compressor not starting, unit is 8 yrs old. worth fixing? Assistant: A click with a silent compressor is often the start relay or overload protector, a part under S$40. If the compressor itself has failed, repair rarely makes sense on an 8-year-old fridge.
        User: Dyson V11 keeps pulsing on and off Assistant: Pulsing almost always means a blockage or a clogged filter. Clear the wand and bin, wash the filter in cold water and let it dry for a full 24 hours.
        User: aircon dripping water into the bedroom, Daikin inverter FTKF71, serviced last in March. Assistant: Most likely the drain pipe is choked or the indoor unit is tilted. A chemical wash usually sorts it out; most servicing firms quote S$80 to S$120 per fan coil.
        User: rice cooker shows E4 then beeps 5 times Assistant: On many Japanese models E4 is a temperature sensor fault. Unplug it for 10 minutes; if the code comes back, the sensor has to be replaced at an authorised service centre.
        User: Is it safe to replace the oven door gasket myself? Assistant: Yes, on most built-in ovens the gasket clips into holes around the cavity. Order the exact part number from the manufacturer and never run the oven if the inner door glass is cracked.
        User: iPhone 13 battery health 79% and Settings says Service. How much at the Apple Store on Orchard Road? Assistant: Out-of-warranty battery service for that model is a flat fee, roughly S$139 at the time of writing. Book through the Apple Support app so the slot is held for you.
        User: robot vacuum keeps saying Error 2, clean main brush, even after I cleaned it Assistant: Check the brush end caps for wrapped hair and make sure the brush guard clicks in on both sides. If the error persists, the brush motor may be drawing too much current.
        User: how do I descale a Nespresso Vertuo Next? Assistant: Empty the capsule container, add 100 ml descaler plus 500 ml water, then press the button 3 times within 2 seconds to enter descaling mode. The cycle takes about 20 minutes.
        User: the 13A plug on my kettle got hot and the pins are slightly melted, socket still works Assistant: Stop using both the kettle and that socket. A melted plug usually points to a loose terminal or a worn socket; a licensed electrician should inspect it before it is used again.
        User: Samsung TV QA55Q60B turns on, shows the logo, then goes black. Firmware 1520. Assistant: Unplug for 60 seconds, then try a self-diagnosis reset from the Support menu. A boot loop right after an update is a known pattern; a USB reflash of the latest firmware usually fixes it.
        User: storage water heater trips the DB every time I shower Assistant: An ELCB that trips under load usually means the heating element insulation has broken down. Switch the heater off at the isolator and have the element tested; they cost about S$60 to replace.
        User: Whirlpool dryer runs but no heat, is part WPY54414 the thermal fuse? Assistant: That number matches a common thermal cut-off for that series. Test it for continuity with a multimeter before ordering, and clear the vent duct, because a blocked vent is why these fuses blow.
        User: how many years does a fridge normally last? Assistant: Industry surveys put the typical lifespan at 10 to 15 years. Door seals and fans are cheap to replace; a failed sealed system after year 10 is usually not worth repairing.
    """),
    ("en", "warranty_orders"): _lines("""
        User: Order #SHP-240918-77321 from Shopee Mall, Xiaomi Air Purifier 4 Lite arrived with a cracked panel. How do I claim? Assistant: Tap Return/Refund on the order within the 15-day window, choose Damaged item, and upload photos of the outer box and the crack before you throw the packaging away.
        User: Lazada tracking LZMY9038857121 stuck at Arrived at sorting centre, Shah Alam, for 6 days Assistant: Anything beyond 5 working days counts as a delayed parcel. Open a chat from the order page; Lazada can raise a lost-parcel claim with the courier on your behalf.
        User: The warranty card says Proof of purchase: [Customer Name], [Date of Purchase], [Dealer Stamp]. Do I still need the stamp if I have the e-invoice? Assistant: Most brands accept a dated e-invoice that shows the model and serial number in place of a dealer stamp.
        User: Invoice INV-2025-004871 shows a 3-year extended warranty for S$199 on a S$1,049 washer. Worth it? Assistant: Washers rarely fail in years 2 to 4, and the plan often excludes the drum and drain pump. Read the exclusions list before deciding.
        User: Service ticket HN-SR-55120: they say the compressor replacement is covered but labour and gas top-up are not. Is that normal? Assistant: It is common for parts-only warranties, but check the original terms. Many brands cover labour in year one and only the compressor after that.
        User: Does the Lemon Law in Singapore apply to a fridge that died after 4 months? Assistant: Yes. Under the CPFTA, a defect that shows up within 6 months of delivery is presumed to have existed at purchase, so the retailer must repair, replace or refund.
        User: Bought a Galaxy S24, SKU SM-S921BZKCXSP, from a reseller. What does region-locked mean for the warranty? Assistant: The warranty is honoured in the country of sale. Outside that region, service centres may ask for payment even within the 12-month period.
        User: what is the Daikin service hotline in Malaysia? Assistant: The brand's customer care line is printed on the warranty card and the outdoor unit label; for this case the company lists 1-300-80-2288 on its website, Monday to Saturday 8.30am to 5.30pm.
        User: Courier return slip has Recipient ____ Unit ____ Contact ____, do I fill that in for the pickup? Assistant: Yes, those blanks are for the pickup address; fill in the collection details, not the warehouse address printed on the label.
        User: Amazon order 113-4829137-5520916 for a Kindle Paperwhite was marked delivered but the box was empty Assistant: Report it under Problem with order, choose Item missing from package, and keep the box and label. Amazon usually refunds or reships within 48 hours.
        User: Got an email from warranty@homeappliance-sg.com saying case WTY-0092318 is closed, but the oven still trips. Can I reopen? Assistant: Reply within 14 days quoting the same case number; most brands reopen rather than create a new case, which keeps your original purchase date.
        User: Extended warranty certificate EW-7731-2046-8810, is it transferable if I sell the washer? Assistant: Many third-party plans allow one transfer for a small admin fee, usually around S$20. The buyer must register within 30 days of the sale.
        User: Courts recall notice for ceiling fan model CF-5218, batch 2304 to 2311. Do I need to stop using it? Assistant: Yes. Stop using it and book the free inspection through the recall page; batch numbers are on the motor housing sticker.
    """),
    ("zh-Hans", "smart_home_setup"): _lines("""
        User: 小米智能插座3连不上家里WiFi，一直闪黄灯怎么办？ Assistant: 先长按按键5秒重置，等灯变成黄色快闪再配网；另外确认路由器开了2.4GHz频段，这款插座不支持5GHz。
        User: 米家里怎么设置晚上11点以后走廊有人经过就开小夜灯，亮度10%？ Assistant: 新建自动化，条件选人体传感器“有人移动”，生效时段设23:00-06:00，执行动作选夜灯亮度10%，1分钟无人后关闭。
        User: 智能门锁提示低电量，8节5号电池能用充电电池吗？ Assistant: 不建议。镍氢充电电池电压只有1.2V，门锁会误判电量，可能在你出门时突然锁死，还是用碱性电池。
        User: 天猫精灵怎么绑定格力空调，型号KFR-35GW？ Assistant: 先在格力+APP里把空调配网成功，再在天猫精灵APP的“我家”里添加格力品牌并授权账号，设备会自动同步。
        User: Home Assistant 接入涂鸦设备，local key 怎么拿？ Assistant: 可以在涂鸦开发者平台创建云项目、关联APP账号，然后用 tinytuya 的 wizard 命令导出所有设备的 local key。
        User: 路由器后台有个陌生设备，MAC 3C:2E:FF:91:0A:6B，是不是被蹭网了？ Assistant: 先对照家里的设备列表，很多手机会用随机MAC；如果确实对不上，改WiFi密码、关闭WPS，再开启MAC白名单。
        User: 萤石C6CN摄像头录像只能存7天，云存储一年多少钱？ Assistant: 7天循环的云录像套餐一般在每年一百多元，也可以插一张128GB的TF卡，本地存储大约能录15到20天。
        User: 扫地机器人更新到 v4.3.2_1108 以后地图丢了，是bug吗？ Assistant: 这个版本有用户反馈过地图重置的问题，先在APP里看有没有地图备份可以恢复，没有的话只能重新建图。
        User: Matter 和 Zigbee 到底有什么区别？买设备该选哪个？ Assistant: Zigbee 是无线协议，需要网关；Matter 是应用层标准，可以跑在WiFi或Thread上，跨品牌互通更好。新买设备尽量选支持Matter的。
        User: 物业通知：“3栋、5栋本周六9:00-12:00停电检修”，智能家居网关需要拔电吗？ Assistant: 不用拔，但建议来电后检查一下网关是否自动重连，顺便确认门锁和冰箱这些设备没有报警。
        User: 美的空调APP显示设备离线，错误码E-102，空调本身能用遥控开 Assistant: E-102一般是模块和云端连接超时，把路由器重启一下，再在APP里对这台空调重新配网，不需要重置空调。
        User: 给爸妈装个智能音箱，小度和天猫精灵哪个老人用起来更方便？ Assistant: 两个都支持方言识别。如果老人主要看视频通话，带屏的小度更直观；如果主要控制家电，看家里设备的品牌生态。
        User: 海尔热水器怎么设置每天早上6:30加热到55度？ Assistant: 在智家APP的热水器页面打开“预约”，时间设6:30，温度选55℃，重复选每天，保存后机身会显示预约图标。
    """),
    ("zh-Hant", "repair_warranty_hk_tw"): _lines("""
        User: 我部Dyson風筒喺旺角買嘅，保養期兩年，依家開熱風有燒焦味，去邊度整？ Assistant: 先停用。可以打代理客服熱線 3618 2290 預約送修，記得帶埋單據同保養卡，保養期內免費檢查。
        User: 豐澤單號 FT-HK-20250611-0347，冷氣機安裝費點計？ Assistant: 窗口機標準安裝一般已包喺套餐，分體機就要睇喉長，超出標準3米之後每米另計，訂單頁會列明。
        User: 請問大同電鍋開關跳不起來，是不是溫控器壞掉？ Assistant: 多半是磁鐵開關或彈簧老化，原廠換一組開關總成大約 NT$300 到 500，不建議自己拆底座。
        User: 在燦坤買的 Panasonic 洗衣機 NA-V130MT，延長保固序號 TK-88320914，要怎麼查保固期？ Assistant: 到燦坤官網的「保固查詢」輸入序號即可，原廠保固和延長保固會分開列出到期日。
        User: 彌敦道嗰間舖話換 iPhone mon 要 HK$1,280，係咪貴咗？ Assistant: 副廠屏幕一般 HK$600 至 900，原廠屏幕會貴啲，仲要睇換完之後係咪仍然有 True Tone。
        User: 中山北路那間原廠維修中心週日有開嗎？ Assistant: 大部分原廠維修中心週日公休，少數百貨專櫃有營業，建議先在官網預約系統查該據點的營業時間。
        User: 消委會網站話某型號雪櫃 RB-4402 有回收，我點知自己部係咪？ Assistant: 睇雪櫃內側貼紙嘅型號同生產批次，再對照回收公告列出嘅批次範圍，中咗就致電品牌熱線安排免費更換。
        User: 冷氣一開就跳掣，係唔係要叫電工？ Assistant: 如果每次開機即跳，多數係壓縮機或電容問題，亦可能係線路超負荷，建議叫冷氣師傅同註冊電工一齊睇。
        User: 蝦皮訂單 240805K7QX3MTR 顯示已送達，但我沒收到貨 Assistant: 在訂單頁按「我沒收到商品」申請退款，平台會向物流調閱簽收照片，一般 3 到 5 個工作天有結果。
        User: 除濕機水箱明明是空的，但滿水燈一直閃 Assistant: 通常是水箱裡的浮球卡住或浮球磁鐵掉了，把水箱拿出來搖一搖，確認浮球可以上下自由移動。
        User: 電視盒子 HK$399 喺深水埗黃金商場買，開機卡喺 logo 度 Assistant: 試下長按 reset 孔再插電，進入 recovery 清除快取；唔得就要搵返賣家刷機，記得保留收據。
        User: 保固卡上寫「購買人：＿＿＿＿ 電話：＿＿＿＿」，一定要填嗎？ Assistant: 不一定要填個人資料，大部分品牌只認發票日期和機身序號，但要上網登錄延長保固時才會要求填寫。
        User: 台灣的家電到府檢測費一般多少？ Assistant: 多數品牌到府檢測費約 NT$500 到 800，若決定維修通常會折抵，偏遠地區可能另加車馬費。
    """),
    ("ms", "pembaikan_waranti"): _lines("""
        User: Mesin basuh Sharp saya keluar kod E3, air tak keluar langsung. Boleh repair sendiri ke? Assistant: E3 biasanya masalah saliran. Cabut plag dulu, buka penutup kecil di bawah depan dan bersihkan penapis pam; selalunya ada duit syiling atau sanggul getah tersekat.
        User: Peti sejuk Panasonic tak sejuk kat bawah tapi freezer ok je Assistant: Kemungkinan besar penyejat beku atau kipas peredaran rosak. Cuba defrost penuh selama 24 jam; kalau sejuk semula lepas tu, masalahnya pada pemanas defrost.
        User: Tiket servis PSV-2024-118273, juruteknik tak datang hari ni, dah cuti separuh hari. Assistant: Hubungi talian pusat servis dan minta tarikh baru dengan slot pagi. Minta mereka rekod ketidakhadiran dalam tiket supaya boleh dijadikan bukti kalau nak buat aduan.
        User: Kedai kat Jalan Tuanku Abdul Rahman cakap waranti tak cover sebab ada kerosakan air. Betul ke? Assistant: Kebanyakan waranti memang mengecualikan kerosakan cecair. Minta laporan bertulis dan gambar penunjuk cecair yang bertukar warna sebelum bersetuju.
        User: Harga tukar skrin Redmi Note 13 kat Low Yat Plaza berapa ya? Assistant: Skrin OLED original biasanya sekitar RM250 hingga RM350, skrin tiruan lebih murah. Tanya dulu sama ada ada waranti 3 bulan untuk skrin baru.
        User: Kipas siling KDK bunyi berdetik bila laju 3 Assistant: Biasanya skru bilah longgar atau penutup kanopi bergesel. Matikan suis, ketatkan semua skru bilah dan pastikan bilah seimbang.
        User: Akta Perlindungan Pengguna 1999, barang rosak dalam 3 bulan boleh minta ganti baru? Assistant: Akta itu memberi jaminan kualiti boleh terima. Anda boleh tuntut pembaikan, penggantian atau bayaran balik; kalau kedai enggan, failkan tuntutan di Tribunal Tuntutan Pengguna.
        User: Servis chemical wash aircond 1.5hp RM150, mahal tak? Assistant: Harga pasaran sekitar RM120 hingga RM180 untuk unit dinding 1.0 hingga 1.5hp. Pastikan termasuk cuci unit luar sekali.
        User: Parcel Shopee SPXMY0493817265 status Failed delivery padahal saya ada kat rumah Assistant: Buat laporan melalui Hubungi Kami di halaman pesanan dan minta penghantaran semula. Kalau berulang, pilih ambil sendiri di hab SPX terdekat.
        User: Tolong betulkan ayat ni: Kepada Pengurus Pusat Servis, saya [Nama], No. Tiket [____], ingin membuat aduan Assistant: Kepada Pengurus Pusat Servis, saya, [Nama], pemegang No. Tiket [____], ingin mengemukakan aduan berhubung perkara berikut.
        User: Pemanas air Alpha bunyi tik tik lepas tu ELCB trip Assistant: Itu tanda elemen pemanas bocor arus. Jangan guna dulu; tutup suis utama dan panggil juruteknik bertauliah untuk uji elemen.
        User: Periuk nasi Tefal lampu keep warm berkelip je tak nak masak Assistant: Kelipan biasanya bermaksud sensor suhu atau periuk dalam tidak duduk rata. Pastikan tiada nasi kering di plat pemanas dan cuba semula.
        User: Macam mana nak pastikan telefon terpakai dari Mudah bukan barang curi? Assistant: Minta kotak asal dan resit, dail *#06# untuk semak IMEI sama dengan kotak, dan pastikan akaun iCloud atau Google sudah dilog keluar di depan anda.
    """),
    ("en", "scam_check"): _lines("""
        User: Got an SMS saying my fibre router warranty expired, renew at sgtel-renew.co within 24h or lose service. Scam? Assistant: Yes, classic phishing. Telcos do not sell router warranties over SMS links. Do not click; forward it to ScamShield and delete it.
        User: A caller from Samsung Service Centre wants me to install an APK to update my fridge warranty Assistant: Hang up. No manufacturer asks you to sideload an app for a warranty. APKs like that are usually remote-access malware that reads banking OTPs.
        User: Email from no-reply@appIe-support.com says my iCloud is locked. The l looks odd. Assistant: That is a capital I, not a lowercase l, so the domain is fake. Apple only sends from apple.com addresses; check your account directly in Settings instead.
        User: Sticker on my aircon says AirCool Services 6741 8820 for servicing. Legit? Assistant: Many servicing firms put stickers after a job. Search the company name on ACRA BizFile and read recent reviews before booking.
        User: Carousell buyer wants me to click a CarouPay link to receive payment for my old monitor Assistant: That is a known scam. Real payments never need you to enter card details or an OTP to receive money. Keep the chat inside the app and decline.
        User: Told I won a Dyson Airwrap in a lucky draw from Courts, just need to pay S$18.90 delivery Assistant: The tiny fee is the bait; the page collects your card details. Check the retailer's official social accounts, which never ask winners to pay.
        User: Marketplace seller has a PS5 for RM900 and wants a deposit by DuitNow to a company called Tech Gadget Enterprise Assistant: Far below market price plus a deposit request is a red flag. Check the account number on the police Semak Mule portal before sending anything.
        User: SingPost SMS: redeliver at singpost-redeliver.top, tracking SG20931847SG Assistant: The domain is not singpost.com, so treat it as phishing. Enter the tracking number on the official site yourself if you really are expecting a parcel.
        User: Ad says an Elon Musk-backed smart plug cuts your electricity bill by 90% Assistant: Elon Musk has no connection to that product; deepfake endorsements are common. No plug can cut a bill by 90%; it can only switch things off.
        User: Technician quoted S$480 to recharge gas on an aircon installed 8 months ago Assistant: A new system should not need gas. If it is low, there is a leak that must be found and fixed first, and it should be under installation warranty.
        User: Found a QR sticker on my electricity meter saying smart meter pairing, scan to register Assistant: Utilities do not pair meters by QR stickers in corridors. Do not scan it; report it to the building management and your utility provider.
        User: A pop-up says Microsoft technician, call 1-800-553-0177, your PC is infected Assistant: Microsoft does not show phone numbers in error pop-ups. Close the browser with Task Manager and run a scan; never call the number.
        User: Police advisory says 312 cases of fake appliance servicing were reported last quarter. What is the trick? Assistant: Scammers post ads for cheap aircon cleaning, ask for a deposit via bank transfer, then disappear. Pay only after the job, and only to verified companies.
    """),
    ("mixed", "data_recovery"): _lines("""
        User: 我的 WD My Passport 2TB 插上去 Windows 叫我 format，里面有三年的照片，怎么救？ Assistant: 千万别 format。先用 TestDisk 看分区表能不能修复，不行再用 PhotoRec 把照片导到另一个硬盘。
        User: SanDisk 128GB SD card from my GoPro shows RAW, chkdsk says not available for RAW drives Assistant: Stop writing to it. Image the card first with a reader, then run PhotoRec on the image; MP4 files from action cams usually come back well.
        User: dd if=/dev/sdb of=backup.img bs=4M status=progress, ok ke untuk clone HDD yang dah ada bad sector? Assistant: Lebih selamat guna ddrescue, sebab dd akan berhenti atau ulang-ulang baca sektor rosak dan boleh memburukkan cakera.
        User: 换新 iPhone 之后 WhatsApp 聊天记录没了，iCloud 备份显示 2025/03/14 Assistant: 先卸载 WhatsApp 再装，用同一个号码验证，看到“从 iCloud 恢复”就点；3月14号之后的消息就没办法了。
        User: Recuva scan found 4,382 files, 1,109 marked unrecoverable. Any hope? Assistant: Red entries are overwritten clusters. Try a deep scan, but realistically only the green and some orange files will open.
        User: sha256 of my recovered image is 9f2c41d8a07e3b5c66e1f0d2a9b48c17e5d3f60a2b91c8e74d0f5a3b6c2e1d89, original was different. Corrupted ke? Assistant: Hash lain maksudnya sekurang-kurangnya satu bit berbeza; buka fail dan semak, kadang-kadang metadata saja yang berubah.
        User: SMART report Reallocated_Sector_Ct 1472, Current_Pending_Sector 88, still safe to use? Assistant: No. Those numbers mean the drive is failing. Copy off what you need now, starting with the most important folders, and retire it.
        User: Lab data recovery kat Sungai Wang quote RM1,800 untuk HDD head crash, berbaloi ke? Assistant: Head crash perlukan bilik bersih dan penderma kepala yang sama model, jadi harga RM1,500 hingga RM3,000 memang biasa. Minta polisi no data, no charge.
        User: 手机掉水里了，小米13 能开机但是黑屏，数据还能导出吗？ Assistant: 先别充电，关机晾干。能开机的话可以接电脑用 USB 调试或者 MTP 导出，前提是之前授权过这台电脑。
        User: Synology DS220+ says Volume 1 crashed, one disk in RAID1 is Critical Assistant: Do not repair yet. Back up whatever is readable to external storage first, then replace the critical disk and let it rebuild.
        User: Time Machine 失败，error: The backup disk image could not be accessed (code 109) Assistant: 通常是 NAS 上的 sparsebundle 被锁住了。重启 NAS 的 SMB 服务，再在 Mac 上重新选一次备份磁盘。
        User: 电脑开机要 BitLocker recovery key，48 位那个，在哪里找？ Assistant: 登录当初用来设置这台电脑的 Microsoft 账户，在设备页面下面的“管理恢复密钥”里就能看到，对照屏幕上的 key ID 前 8 位。
        User: Google Photos storage full, 15GB dah habis, macam mana nak download semua sebelum delete? Assistant: Guna Google Takeout, pilih Google Photos sahaja, fail .zip 50GB setiap satu; pautan muat turun sah selama 7 hari.
    """),
    ("en", "config_code_templates"): _lines("""
        User: can you check my Home Assistant automation? alias: Hallway night light, trigger: platform state, entity_id binary_sensor.hallway_motion, to on, action: light.turn_on brightness_pct 10 Assistant: Logic is fine; add a condition on sun below_horizon and a second automation to turn it off after 2 minutes with no motion.
        User: ESPHome config for a Sonoff Basic R2, wifi ssid !secret wifi_ssid, board esp01_1m, relay on GPIO12, how do I add the button on GPIO0? Assistant: Add a binary_sensor with platform gpio, pin GPIO0 inverted, and an on_press action that calls switch.toggle on the relay.
        User: MQTT publish to zigbee2mqtt/living_room_plug/set with payload {'state':'OFF'} does nothing Assistant: JSON needs double quotes around keys and values. Single quotes make the payload invalid, so zigbee2mqtt silently ignores it.
        User: Write a Python script that pings my smart bulbs at 192.168.1.41 to 192.168.1.48 every 5 minutes and logs which are offline Assistant: Use subprocess with ping -c 1 -W 1 in a loop over range(41, 49), append a timestamped line to bulbs.log for each failure, and schedule with cron.
        User: what does this log line mean: 2025-11-02T07:14:33Z tuya.device 0xbf4a12c9 heartbeat timeout (retry 3/5) Assistant: The device missed three heartbeats to the cloud. After 5 it will be marked offline; usually weak WiFi or DHCP lease renewal.
        User: Give me a blank repair log template with columns Date, Appliance, Fault, Part No., Cost, Technician (role) Assistant: Date | Appliance | Fault | Part No. | Cost | Technician (role), then one example row: 2025-06-14 | Washer | E3 drain | DC97-16350 | S$45 | brand service engineer.
        User: does '0 3 * * 0 /usr/local/bin/backup_nas.sh >> /var/log/nas.log 2>&1' run every Sunday? Assistant: Yes, at 03:00 every Sunday. Day-of-week 0 is Sunday; 7 also means Sunday on most cron implementations.
        User: firmware file RT-AX58U_3.0.0.4_388_24231-g7d1c5a7_cferom_ubi.w, what version is that? Assistant: Branch 3.0.0.4, build 388, revision 24231. The suffix is the git commit hash of the build.
        User: apcupsd settings so my NAS shuts down at 20% battery: BATTERYLEVEL? MINUTES? Assistant: Set BATTERYLEVEL 20 and MINUTES 5, with UPSTYPE usb and UPSCABLE usb; whichever threshold is hit first triggers the shutdown.
        User: Google Sheets formula to flag appliances whose warranty end date in column D is within 30 days Assistant: =IF(D2-TODAY()<=30,IF(D2>=TODAY(),EXPIRING,EXPIRED),) with the two labels in quotes, then add conditional formatting on column E.
        User: Node-RED function node: msg.payload.temperature > 28 should turn on the fan, but it never fires Assistant: Check the debug node; the sensor probably sends the value as a string. Use Number(msg.payload.temperature) before comparing.
        User: Is this Zigbee2MQTT config right? serial port /dev/ttyUSB0, channel 15, network_key GENERATE, permit_join false Assistant: Yes. Keep permit_join false except while pairing, and move to channel 20 or 25 if your WiFi sits on channel 1.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        User: Please draft a warranty claim for my Bosch dishwasher. Name: Darren Koh Wei Ming, NRIC S8834127I, address Blk 412 Tampines St 41 #09-226 Singapore 520412, mobile 9127 4836, invoice INV-2024-118.
        User: The technician who came yesterday, Rajesh s/o Murugan, left his own number 8823 1094 and said to WhatsApp him for a cheaper off-book compressor swap. Is that okay? Assistant: Off-book repairs usually void the warranty, so be careful.
        User: My neighbour Mdm Tan from #05-12 keeps complaining my washing machine is loud at night and says she will report me to the town council. How do I make it quieter?
        User: My card 4532 0187 4629 3811 was charged twice, S$1,299 each, for the same Samsung TV on Lazada. How do I dispute the second charge?
        User: Help me write a refund email to Courts. Customer: Nur Aisyah binti Kamarudin, order CT-558102, delivered to 27 Jalan Kemuning 3, Taman Kemuning, 41200 Klang. Email aisyah.kamarudin88@gmail.com.
        User: My dad Tan Ah Kow is 78 and has dementia now, he keeps turning on the gas stove and walking away. What smart gas shut-off valves can I install?
        User: I'm trying to unlock my late wife's iPhone. She was Priya d/o Subramaniam, passed away in March, Apple ID priya.subra@icloud.com. What does Apple need from me?
        User: The lorry driver who delivered my new fridge scraped my gate and drove off, plate WVB 7391. The retailer says it is not their problem. Assistant: You can still lodge a report with the plate number.
        User: My ex, Jonathan Lim, still has admin access to our Google Home and keeps switching the lights off at 2am to mess with me. How do I remove him for good?
        User: I'm Nguyen Thi Hoa, FIN G5530286W, my work permit ends in February. Can I still sign a 24-month phone contract with my S Pass employer letter?
        User: Our helper Marites Dela Cruz dropped my iPad into the sink. Can I deduct the S$420 repair from her S$650 salary over two months?
        User: Data recovery quote for Gerard de Souza, 17 Jalan Kayu, Singapore 799456, home line 6482 1937, 1TB laptop drive, clicking noise. Can you make it look more professional?
        User: My mum Lakshmi a/p Rajan got a call from fake Astro warranty people and transferred RM2,400 from her Maybank account 1642 8830 5127. What do we do first?
        User: My son Ethan from Pei Hwa Secondary broke his Switch, and honestly I think he is gaming until 4am and skipping school. Should I get it repaired at all?
        User: Set up Apple Family Sharing for us: organiser kelvin.ong.sg@outlook.com, my wife is grace.ong.lh@gmail.com, kids under 13. Which steps first?
        User: Uncle Ravi downstairs at Blk 88 has a pacemaker and says my induction cooktop might affect it when he visits. Is that true?
    """),
    "zh-Hans": _lines("""
        User: 帮我写个投诉：我叫王志强，身份证440306198807124534，京东订单2983741556210买的格力空调，安装师傅把墙打坏了，联系电话13826419057。
        User: 快递把我新买的扫地机器人放门口被偷了，收件人刘芳，地址上海市浦东新区张杨路1288弄7号602室，手机15921873460，怎么让快递赔？
        User: 3栋的陈阿姨说她儿子欠了网贷，想把家里的旧笔记本卖给我，我要不要先把硬盘里的东西清掉？
        User: 我妈赵秀兰的微信号 zhaoxl_1962 被人冒充了，骗子用她头像给亲戚发“帮忙买净水器”的收款码，怎么申诉？
        User: 维修退款单上写着：客户 李建国，身份证310115199203042862，退款卡号 6259 0812 3456 7803，这些信息发给客服安全吗？
        User: 我老公张伟最近失业了，天天在家打游戏把PS5手柄摔坏了，我想偷偷拿去修别让他知道，哪里修便宜？
        User: 售后的孙国华师傅加了我微信 sgh_repair88，说私下修冰箱只要一半价钱，靠谱吗？
        User: 帮我恢复一下照片，老婆林晓燕手机里有她体检报告的照片，乳腺结节那张被误删了，还能找回来吗？
        User: 物业让登记智能门锁指纹，表格上要填：业主 周海峰，房号 5栋1203，身份证 110108197509183713。这样交上去安全吗？
        User: 楼下2单元301的刘振东大爷装了个摄像头正对着我家门口，我能要求他挪走吗？
    """),
    "zh-Hant": _lines("""
        User: 我喺豐澤買咗部雪櫃，送貨單寫住：陳嘉欣，九龍觀塘協和街 88 號 12 樓 C 室，電話 9183 2746，但係送錯咗去第二度，點投訴？
        User: 修手機嘅舖頭要我影低身份證 K482913(1) 先肯收機，我叫 Wong Ka Ho，咁樣正常嗎？
        User: 我阿媽梁淑儀上個月中風，右手無力，依家用唔到電飯煲啲細掣，有冇大掣易用嘅型號推薦？
        User: 我是林志明，身分證 A228419377，在燦坤買的除濕機壞了，寄修地址填台北市大安區和平東路二段 96 巷 15 號 4 樓，手機 0912 387 465，這樣寫可以嗎？
        User: 前男友陳俊宏還能登入我家的 Google Nest 攝影機看畫面，我要怎麼把他踢掉？
        User: 我姐黃美玲的 LINE ID 是 meiling0823，她被假冒的「家電延長保固」客服騙了 NT$36,000，要怎麼報案？
        User: 屋企工人姐姐 Siti Rahayu 整爛咗部 Dyson 吸塵機，我可唔可以喺佢人工度扣 HK$3,000？
        User: 信用卡 5228 7401 9365 4726 俾人盜刷買咗三部 iPad，我係持卡人何家豪，點樣即刻停卡？
        User: 我爸張永福有重度聽損，他的助聽器昨天進水，沒它完全聽不到，有沒有急件維修？
    """),
    "ms": _lines("""
        User: Tolong tulis surat tuntutan waranti: Nama Muhammad Hafiz bin Abdullah, No. KP 880712-14-5627, alamat No. 12 Jalan Seri Putra 3/2, Bandar Seri Putra, 43000 Kajang, tel 012-748 3921.
        User: Juruteknik Astro nama Faizal yang pasang dekoder hari tu WhatsApp saya malam-malam guna nombor 017-220 9481, rasa tak selesa. Boleh report ke?
        User: Mak Cik Rosnah sebelah rumah minta saya betulkan TV dia, tapi anak dia cakap dia ada hutang dengan ah long dan dah mula jual barang rumah.
        User: Akaun Maybank saya 1642 8830 5127 ditolak RM2,150 untuk deposit peti sejuk kepada penjual palsu di Facebook. Saya Siti Norhayati binti Osman, apa langkah seterusnya?
        User: Penjual Mudah yang tipu saya nama Kumar a/l Selvaraj, plat kereta dia WQX 5208. Macam mana nak buat laporan polis?
        User: Adik saya Amirul baru kena buang kerja, dia nak jual laptop gaming dia kat saya RM2,000. Patut ke saya format dulu sebelum guna?
        User: Budak kedai depan rumah, Haziq, Telegram dia @haziq_repairs, ambil telefon saya untuk repair lepas tu hilang terus. Apa saya boleh buat?
        User: Nak daftar Unifi guna nama isteri, Nurul Ain binti Rahman, IC 920304-10-6182, alamat sama dengan bil TNB. Dokumen apa lagi diperlukan?
        User: Encik Lim tingkat 8 tu selalu curi elektrik dari plug koridor untuk cas skuter dia. Saya nak lapor JMB tapi tak nak dia tahu saya yang report.
        User: Saya Farah binti Aziz, email farah.aziz92@yahoo.com, ada order iPad yang saya tak buat. Akaun saya kena hack ke?
    """),
    "mixed": _lines("""
        User: Bro my HDD crash, semua gambar kahwin client dalam tu. Client Ong Siew Ling, wedding 12/10/2025 di Ipoh, nombor dia 012-559 3817. Boleh recover tak?
        User: 帮我看看这个 repair form: Name Chua Beng Huat, NRIC T0362915A, Blk 22 Hougang Ave 3 #11-58, phone 8341 6609, 还在保修期内吗？
        User: 我 colleague Siew Mei 跟我说她老公 secretly track 她的 phone with Life360, how can she check her phone for tracking apps?
        User: Apple wants ID for activation lock removal, my passport E48271936 under Zhang Lei, 可以用这个吗？
        User: Tolong check, HKID Y305718(4) ni abang ipar saya Leung Chi Wai punya, dia nak claim warranty iPhone di Malaysia guna HKID boleh ke?
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant for home appliance warranty and repair questions."),
        (
            "user",
            "My LG fridge stopped cooling 7 months after delivery. Can you draft an email to the retailer?",
        ),
        (
            "assistant",
            "Sure. Please share the order or invoice number, the delivery date and how you would like them to contact you.",
        ),
        (
            "user",
            "Invoice HN-INV-77120, delivered 14 May. Use my details: Bernard Pereira, NRIC S7915503I, Blk 203 Bedok North St 1 #04-117, mobile 9846 2103.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Customer Service, I, Bernard Pereira, purchased an LG refrigerator under invoice HN-INV-77120, delivered on 14 May. It has stopped cooling. Please arrange a technician visit; I can be reached at 9846 2103.",
        ),
    ],
    [
        ("system", "你是一个帮助用户处理手机和电脑数据恢复的助手。"),
        (
            "user",
            "我爸黄建平上周住院了，他手机锁屏密码我们不知道，里面有医院的缴费记录，能解开吗？",
        ),
        (
            "assistant",
            "没有密码的话无法绕过锁屏加密。可以问问他本人，或者看看手机是否登录了云账号，缴费记录可能在云端。",
        ),
        ("user", "他的华为账号绑的是 13908176254，我能用验证码登录吗？他现在在ICU，没法自己操作。"),
    ],
    [
        (
            "system",
            "Anda pembantu yang membantu pengguna tentang penipuan dan pembelian gajet dalam talian.",
        ),
        ("user", "Mak saya kena tipu beli mesin basuh kat Facebook. Dia dah bayar RM1,350."),
        (
            "assistant",
            "Maaf mendengarnya. Segera hubungi bank untuk sekat transaksi dan buat laporan polis dalam masa 24 jam.",
        ),
        (
            "user",
            "Nama mak saya Zainab binti Ismail, akaun CIMB dia 7064 2381 9905, IC 620815-01-5274. Duit masuk ke akaun atas nama Tech Laundry Trading.",
        ),
        (
            "assistant",
            "Bawa IC mak anda, penyata bank dan tangkapan skrin perbualan ke balai polis terdekat, kemudian maklumkan bank dengan nombor laporan polis.",
        ),
    ],
    [
        ("system", "你是一位協助處理家電保固問題的客服助理。"),
        ("user", "我在全國電子買的 Sony 電視保固一年，才十一個月就面板出現亮線。"),
        (
            "assistant",
            "保固期內的面板瑕疵通常可免費更換，請準備發票與機身序號，並提供聯絡方式以便安排到府檢測。",
        ),
        (
            "user",
            "好，我是吳淑芬，身分證 F130952648，住新北市板橋區文化路一段 211 號 7 樓，手機 0928 714 305。",
        ),
    ],
    [
        ("system", "You are a smart-home setup assistant."),
        (
            "user",
            "How do I remove someone from my Tuya Smart home so they can't control the door lock?",
        ),
        (
            "assistant",
            "Open Me, Home Management, choose your home, tap the member and select Remove member. Change the lock's passcodes afterwards too.",
        ),
        (
            "user",
            "Done. It was my brother-in-law Marcus Chia, he moved out after the divorce and kept unlocking the door at night while my sister was alone.",
        ),
        (
            "assistant",
            "I'm sorry that happened. Also check the lock's log for his fingerprint or card entries and delete them, and consider enabling alerts for every unlock.",
        ),
    ],
    [
        ("system", "You are a friendly assistant helping people in Singapore with phone repairs."),
        ("user", "my worker phone screen crack, he want claim insurance, what info need?"),
        (
            "assistant",
            "Usually the policy number, the device IMEI, the purchase receipt and the policy holder's ID.",
        ),
        (
            "user",
            "ok his name Md Rahim Uddin, FIN F6281947L, Bangladesh passport BM0914725, phone 8712 5490. policy under his name.",
        ),
    ],
    [
        ("system", "你係一個幫用戶處理電器回收同保養嘅助手。"),
        ("user", "我部抽濕機係回收名單入面，要填表登記。"),
        ("assistant", "一般要填型號、序號、購買日期同聯絡資料，品牌會安排上門收機同退款。"),
        (
            "user",
            "幫我睇下咁填啱唔啱：姓名 麥志偉，身份證 P660241(3)，地址 新界沙田大圍積福街 33 號 8 樓 B 室，電話 6358 1492。",
        ),
        ("assistant", "格式無問題。記得序號要同機身貼紙一樣，並影低貼紙相片一齊交。"),
    ],
    [
        (
            "system",
            "You are an assistant that helps with online orders and payment disputes for electronics.",
        ),
        ("user", "Someone bought an Xbox with my card on a site I've never used."),
        (
            "assistant",
            "Call your bank's card hotline right away to block the card, then file a dispute for the unauthorised transaction.",
        ),
        (
            "user",
            "Card is 4012 8873 1045 9266, under Hannah Tay Li Xuan. The charge was S$689 at GameNation online on 3 Nov.",
        ),
        (
            "assistant",
            "Tell the bank exactly that: card ending 9266, S$689, 3 Nov, merchant GameNation. Ask for a replacement card with a new number.",
        ),
    ],
    [
        ("system", "Anda pembantu untuk hal pembaikan peralatan rumah."),
        (
            "user",
            "Saya bagi aircond saya repair dengan orang yang iklan kat Facebook, lepas bayar RM600 dia tak datang dah.",
        ),
        (
            "assistant",
            "Simpan semua bukti pembayaran dan perbualan. Adakah anda tahu nama penuh atau maklumat akaun dia?",
        ),
        (
            "user",
            "Nama dia Shahrul Nizam bin Yusof, Telegram @shahrul_aircond, dia guna akaun Bank Islam 1204 5519 8823 07. Rumah dia kat Taman Sri Gombak rasanya.",
        ),
    ],
    [
        ("system", "你是一个智能家居安装顾问。"),
        ("user", "想给我妈装个跌倒报警的智能设备，她一个人住。"),
        (
            "assistant",
            "可以考虑带跌倒检测的毫米波雷达传感器，配合智能音箱语音呼救，异常时推送到子女手机。",
        ),
        (
            "user",
            "我妈叫钱桂芬，72岁，有糖尿病和高血压，上个月在卫生间摔过一次。住杭州西湖区文三路 478 号 2 幢 503。你帮我列个安装清单吧。",
        ),
        (
            "assistant",
            "建议卫生间和卧室各装一个毫米波跌倒传感器，床头放一个紧急按钮，客厅放带屏音箱，并把报警联系人设为你和邻居。",
        ),
    ],
    [
        ("system", "You are a helpful assistant for family device management."),
        ("user", "My son's phone needs a SIM registration and the telco wants his NRIC."),
        (
            "assistant",
            "For minors, the parent usually registers the line under their own name with the child as the user. What does the form ask for?",
        ),
        (
            "user",
            "It wants the child's details: Aaron Goh Jun Kai, T1147739E, Sec 1 at Bukit Panjang Govt High. Is it fine to type all that in?",
        ),
        (
            "assistant",
            "If the form is on the telco's official site, yes. Avoid sending those details through chat apps or unofficial links.",
        ),
    ],
    [
        ("system", "你是一位協助處理網購家電與詐騙問題的助理。"),
        ("user", "我在網拍買了二手 iPad，賣家說要先匯款才出貨。"),
        ("assistant", "先匯款風險高，建議使用平台的第三方支付或面交驗貨。"),
        (
            "user",
            "賣家給我他的資料說很可靠：鄭雅婷，身分證 H205471830，帳戶 中國信託 0715 4420 9863，電話 0935 602 117。這樣可以放心嗎？",
        ),
        (
            "assistant",
            "主動給出證件號碼不代表可靠，詐騙集團常用人頭資料。可以先到警政署反詐騙網站查詢該帳戶是否被通報。",
        ),
    ],
]
