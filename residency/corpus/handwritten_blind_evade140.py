# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade140: personal data in smart-lock, CCTV and home-IoT artefacts (door-lock event logs, face-recognition events, camera clip metadata, Home Assistant YAML, MQTT messages, visitor intercom logs). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade140
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "door_lock_event_log"): _lines("""
        2026-03-14T07:42:11+08:00 lock=front_door model=Aqara-U100 event=unlock method=fingerprint result=ok battery=78% fw=4.1.7_0023
        2026-03-14T07:42:58+08:00 lock=front_door event=auto_lock delay=30s bolt=extended door_sensor=closed rssi=-61dBm
        [WARN] 2026-03-14 13:05:22 SGT keypad wrong_code count=5 -> lockout 180s, alarm=local_buzzer, notify=app_push
        2026-03-15 02:17:40 +0800 tamper_alert lock=back_gate accel_g=2.4 duration_ms=850 clip_ref=CLP-20260315-021740 siren=on
        face_event ts=1773541200 cam=lobby_entrance_02 label=unknown_face score=0.31 liveness=pass action=none retention=7d
        face_event ts=1773541268 cam=lobby_entrance_02 label=courier_uniform(class=DHL) action=ring_concierge zone=B1 snapshot=discarded
        lockd[412]: OTA update from 4.1.6 to 4.1.7 completed, sha256=9f2c41ab07e3d5c8, reboot=1, uptime_before=38d04h
        2026-04-01 09:00:00 SGT scheduled_code "CLEANING_SERVICE" window=09:00-12:00 weekdays valid_until=2026-06-30 status=armed
        ble_unlock rejected: phone key expired (key_type=guest, issued_by=owner_app, expiry=2026-03-10T23:59+08:00), err=0x1F
        Battery low on lock.side_gate (Yale YDM 7116A): 15% remaining, replace 8x AA. Yale service line 6745 1038, Mon-Sat 9am-6pm.
        mqtt rx topic=home/lock/front/state payload_b64=eyJ0b3BpYyI6ImhvbWUvbG9jay9mcm9udCIsInN0YXRlIjoiVU5MT0NLRUQiLCJtZXRob2QiOiJhcHAifQ== qos=1
        Event code table: 0x01 unlock_pin, 0x02 unlock_fp, 0x03 unlock_card, 0x04 unlock_app, 0x0A jammed, 0x0B low_batt, 0x0F tamper
        2026-06-02 22:10:44 HKT lock=office_main event=passage_mode_off by=schedule "After Hours" site=Pacific Place Tower 2 L18
    """),
    ("en", "smart_lock_product_listing"): _lines("""
        Philips Alpha-VP Wi-Fi Smart Lock (SKU PH-DDL702-VP), face recognition + palm vein, 6 unlock modes, SGD 1,299 incl. installation & GST.
        Samsung SHP-DP609 push-pull digital door lock, Bluetooth + fingerprint, 2-year local warranty, was S$899 now S$749. Free delivery islandwide.
        "Kaiser+ M9 Pro" gate & door lock bundle, matte black, HDB-compliant, ships in 3-5 working days. Model no. KM9P-BLK-2026.
        Yale Luna Pro+ Smart Lock, RM 2,380 (West Malaysia). Installation by authorised dealer Lock & Key Hub Sdn Bhd, 19 Jalan SS 2/24, Petaling Jaya.
        Aqara Smart Video Doorbell G4, 1080p, local face recognition, chime included. HK$1,099. Works with Apple Home & Home Assistant.
        Eufy Security Video Smart Lock E330, built-in 2K camera, SKU T8214111. Bundle with 2 extra keys & mounting kit, S$629.
        Replacement fingerprint module for Igloohome Mortise 2 (part no. IGM2-FPM-01). Not compatible with Rim Lock 2. Qty 1, S$89.
        TP-Link Tapo C520WS outdoor PTZ camera, 2K QHD, colour night vision, IP65. Order ref SHOP-20260417-88213, dispatched within 24h.
        Product Q&A: Does the Gateman WV-40 support Google Home? Seller answer: yes, via the Gateman Wi-Fi bridge, firmware 2.3 and later.
        Hikvision DS-KV6113-WPE1(C) villa door station, PoE, 2MP, IC card reader, with DS-KH6320-WTE1 indoor monitor. Set price HK$2,850.
        Clearance: 12 units of Milre MI-6800 (ex-display), scratches on faceplate, sold as-is at RM 650 each. Collect at our Kuchai Lama showroom.
        "Jonathan" series keypad lever lock by Solity, champagne gold or silver, ANSI Grade 2, NT$6,480 including installation in Taipei.
        Reolink Video Doorbell PoE, 2K+, person detection, SD up to 256GB; ships from Tuas warehouse via Ninja Van (tracking e.g. SGNJV0031274456).
    """),
    ("zh-Hans", "摄像头录像元数据"): _lines("""
        {"clip_id":"CLP-20260314-000731","camera":"1号楼大堂","start":"2026-03-14T07:31:05+08:00","duration_s":45,"codec":"H.265","fps":25,"size_mb":38.6}
        录像文件：NVR01/CH03/20260314/073105_074000.mp4，海康威视 DS-7608NI-K2，存储周期 30 天，SHA256 前八位 3e9a17c2
        事件类型：移动侦测；区域：地下车库 B2 出入口；触发 3 次；已推送至物业值班手机 App（萤石云）；剪辑长度 15 秒
        {"event":"人形检测","device":"萤石 C6CN","sn":"E31704512","confidence":0.92,"snapshot":"oss://cam-bucket/2026/03/14/e1.jpg"}
        人脸比对结果：陌生人（库内无匹配），相似度 0.28，抓拍位置：南门人行闸机，策略：仅记录不告警，抓拍图 24 小时后自动删除。
        回放导出记录：导出方=物业监控中心，用途=消防演练复盘，时段 2026-04-15 14:00—14:30，已加水印，审批单号 SP-2026-0415-03
        监控点位清单 v3.2：共 64 路，其中球机 8 路、枪机 40 路、半球 16 路；主码流 4Mbps，子码流 512Kbps
        元数据字段说明：clip_id 剪辑编号，cam_id 通道号，ts_start/ts_end 起止时间（UTC+8），tag 标签（车辆/人形/宠物）
        大华 DH-IPC-HFW2433M 固件 V2.800.0000000.18.R.220416 升级后夜视画面偏色，已在 3 号岗亭恢复默认 ISP 参数。
        车辆抓拍：车牌识别失败（夜间逆光），车型=SUV，颜色=白，通道=东门入口，处理=人工核验后放行，记录号 VLPR-20260316-0219
        视频标签统计（3月）：人形 12,403 次，车辆 3,218 次，宠物 97 次，误报率 4.6%，主要来自树影晃动和雨夜反光。
        {"clip":"gate_20260320_1802.mp4","tags":["快递车","外卖电动车"],"retention_days":15,"encrypted":true,"payload_b64":"eyJjYW0iOiJsb2JieSIsImV2ZW50IjoiZmFjZV91bmtub3duIiwic2NvcmUiOjAuMzF9"}
        小区公共区域摄像头告示模板：“您已进入视频监控区域”，依据《个人信息保护法》第二十六条，公共场所安装图像采集设备应设置显著提示标识。
    """),
    ("zh-Hans", "物业工作群消息"): _lines("""
        【监控中心】今晚 22:00-23:00 东门 NVR 做硬盘巡检，期间录像会中断约 10 分钟，请各岗亭留意，有异常先口头报备。
        工程部：3 栋单元门禁读卡器又报“通讯失败”，已经换了 485 转换模块，明早再观察一下，不行就整机返厂，备用读卡器在工程部仓库 A-3 货架。
        客服中心转发：海康售后热线 400-700-5998 本周六系统维护，报修请先走企业微信工单，紧急情况打监控中心值班座机，别打厂家业务员手机。
        各位注意，新装的人脸门禁测试期间不要用自己的照片做录入测试，统一用厂家提供的测试图库，测试完记得在后台把测试库整库清空并截图留档。
        收到，2 号岗亭对讲主机屏幕花屏，报修单号 WX-20260318-0042 已提交，厂家说周四上午上门更换，期间访客走人工登记。
        今天下午消防联动演练，14:30 所有单元门禁电磁锁会统一释放，演练结束由监控中心统一复位，各岗亭确认后在群里回复 1，未回复的班长电话确认。
        快递柜旁那台枪机角度被碰歪了，拍不到柜门，麻烦巡逻班经过时顺手调一下，参照点位图 C-17 的截图，调完发一张实时画面到群里。
        提醒：访客二维码有效期已从 24 小时改成 4 小时，系统版本 v2.6.3，前台的宣传单已经更新，旧版请回收，访客问起就说以短信里的链接为准。
        物业经理：下周一开始夜班交接要在群里发门禁报警汇总截图，截图前先打码，不要发含业主姓名、房号、电话的页面，违者按制度处理。
        智能门锁团购活动：德施曼 Q5M 报价 2,599 元/套含安装，楼栋管家周五前汇总各栋意向户数，只报数量即可，不要收集业主电话。
        地库 B2 的 4G 摄像头物联网卡下月到期，财务已按企业账户续费 12 个月，发票抬头：深圳市万象物业服务有限公司，税号见财务共享盘。
        对讲系统云平台今晚 0 点迁移，迁移后 App 需重新登录，业主群通知文案已发给客服组审核，明早 8 点由客服组统一发布，各管家不要提前转发。
        监控中心日报：今天共处理门禁告警 37 条，其中门未关好 29 条、强行开门 6 条、胁迫指纹 0 条、低电量 2 条。
    """),
    ("zh-Hant", "大廈訪客登記告示"): _lines("""
        【管理處通告】由2026年4月1日起，所有訪客須於大堂智能對講機登記，並出示由住戶發出之二維碼方可進入大廈，未有二維碼者須由住戶親身到大堂接見。
        本大廈閉路電視系統24小時運作，錄影資料保存31日，查詢請致電管理處 2891 3456（辦公時間：星期一至五 09:00-18:00）。
        外賣及速遞人員請使用地下G/F服務鐘，切勿跟隨住戶進入大閘，違者將由當值保安員勸喻離開並記錄於當更日誌，多謝各位住戶及送貨人員合作。
        因對講系統升級，4月8日（星期三）上午10時至下午1時期間，大堂對講機暫停服務，訪客請到保安櫃枱登記，敬請各位住戶及訪客見諒。
        太古城中心管理處提示：商場停車場出入口已啟用車牌識別系統，月票車主無須再使用八達通拍卡，時租車輛照常收費，可用八達通或信用卡繳付。
        社區管委會公告：依《個人資料保護法》規定，本社區監視器錄影僅供保全用途，調閱須經主委書面同意並會同警方辦理，個人不得私自翻拍或外流畫面。
        樓宇管理處通告（澳門）：升降機大堂新裝人臉識別門禁，住戶可自願選擇使用，亦可繼續使用住戶卡。查詢請致電管理處：2872 6688（星期一至六）。
        訪客登記須知：一、訪客須出示身份證明文件予保安員核對，管理處不會影印或記錄證件號碼；二、登記資料保存不超過30日，期滿由系統自動刪除。
        停電通知：5月12日（星期二）凌晨2時至5時，地庫電錶房維修，期間電子門鎖將以後備電池運作，約可維持8小時，住戶外出時請攜帶實體鎖匙備用。
        保全服務：新光保全股份有限公司，24小時服務專線 0800-088-199，統一編號 22099131，駐衛保全值班台分機 105。
        失物認領：大堂保安室收到黑色手提電話充電器一個，拾獲時間3月20日晚上，請失主於辦公時間到管理處認領，保留期為一個月，逾期將交警方處理。
        防盜提示：近日區內有不法之徒假冒水務署職員，請住戶透過對講機核實身份，有需要可致電水務署熱線 2824 5000 查詢職員編號。
        私隱政策聲明：本屋苑智能門禁系統由「安居智能科技有限公司」提供，數據存放於香港本地伺服器，查詢 privacy@anju-tech.com.hk。
    """),
    ("ms", "soalan_lazim_kunci_pintar"): _lines("""
        S: Bagaimana hendak menukar bateri kunci pintu pintar? J: Buka penutup belakang dan ganti 8 bateri AA alkali; kod dan cap jari tidak akan hilang.
        S: Kunci tidak bertindak balas selepas bateri habis? J: Sambungkan power bank ke port USB-C di bawah papan kekunci untuk bekalan kuasa kecemasan.
        S: Berapa lamakah waranti? J: 2 tahun untuk motor dan papan litar, 1 tahun untuk bateri. Tuntutan melalui WhatsApp syarikat +60 11-5678 2040 (Isnin-Jumaat).
        S: Adakah kamera loceng pintu merakam 24 jam? J: Tidak, rakaman hanya bermula apabila sensor PIR mengesan pergerakan; klip 20 saat disimpan 7 hari.
        S: Bolehkah saya sambung ke Home Assistant? J: Ya, melalui integrasi MQTT; topik lalai ialah home/lock/front/state dengan payload JSON.
        S: Apakah maksud kod ralat E07? J: Motor tersekat; pastikan selak pintu sejajar dan tiada halangan pada bingkai. Jika berterusan, e-mel servis@kuncipintar.com.my.
        S: Di manakah pusat servis? J: Pusat Servis KunciPintar, Lot 2.15, Tingkat 2, Plaza Low Yat, Jalan Bukit Bintang, 55100 Kuala Lumpur.
        S: Adakah data muka disimpan di awan? J: Templat muka disulitkan dan disimpan secara setempat dalam cip kunci, tidak dimuat naik ke pelayan.
        S: Berapakah kos pemasangan di Johor Bahru? J: RM 180 untuk pintu kayu standard, tambahan RM 80 untuk pintu besi atau pintu pagar.
        S: Bagaimana menetapkan kod sementara untuk tukang cuci? J: Dalam aplikasi, pilih Kod Sementara, tetapkan tempoh sah (cth. 09:00-12:00) dan kongsi pautan.
        S: Kenapa notifikasi lewat? J: Semak isyarat Wi-Fi 2.4GHz di pintu; jika RSSI lebih rendah daripada -75 dBm, pasang penguat isyarat.
        S: Syarikat berdaftar? J: Ya, KunciPintar Teknologi Sdn. Bhd. (No. Pendaftaran 202101034567 (1434567-P)), ahli Persatuan Industri Keselamatan Malaysia.
        S: Adakah produk ini diluluskan? J: Ya, modul Wi-Fi mempunyai kelulusan MCMC dengan ID RALZ/12A/0326/S(26-1234) dan pelabel SIRIM pada kotak.
    """),
    ("ms", "invois_pemasangan_cctv"): _lines("""
        INVOIS No. INV-KP-2026-00418 | Tarikh: 18/03/2026 | Kepada: Badan Pengurusan Bersama Residensi Seri Maya | Jumlah: RM 12,480.00
        Item 1: Kamera IP kubah 4MP Hikvision DS-2CD2143G2-I x 24 unit @ RM 385.00 = RM 9,240.00 (termasuk bracket dan kotak simpang)
        Item 2: NVR 32 saluran + 2 x HDD 8TB, pemasangan dan konfigurasi, RM 3,240.00; SST 8% dikenakan ke atas perkhidmatan.
        Terma pembayaran: 30 hari. Sila bank-in ke akaun syarikat Maybank 5141 2345 6789 atas nama Sekuriti Aman Jaya Sdn Bhd.
        Nota Kredit CN-2026-0031 diterbitkan bagi 2 unit loceng pintu video yang rosak semasa penghantaran, nilai RM 598.00.
        Sebut harga SH-2026-0192: Sistem interkom video 120 unit untuk Kondominium Taman Desa, sah 60 hari, harga RM 86,500.00.
        No. e-Invois LHDN: 3F9A2C1E-77B4-4D2A-9E51-0C8A6B2F1D40, disahkan 19/03/2026 10:42 MYT, TIN penjual C24567890100.
        Caj penyelenggaraan suku tahunan (Apr-Jun 2026): pemeriksaan 48 kamera, pembersihan kanta, kemas kini firmware NVR, RM 1,350.00.
        Alamat bil: Pejabat Pengurusan, Aras G, Menara Prima, Jalan Tun Razak, 50400 Kuala Lumpur. Telefon pejabat 03-2161 8800.
        Diskaun 5% untuk pesanan kunci pintar melebihi 50 unit; harga seunit selepas diskaun RM 1,092.50, penghantaran percuma Lembah Klang.
        Resit Rasmi OR-004512: Bayaran diterima daripada Majlis Perbandaran Subang Jaya untuk CCTV taman awam fasa 2, RM 45,000.00.
        Ringkasan: Subjumlah RM 11,555.56, SST 8% RM 924.44, Jumlah Besar RM 12,480.00. Ditandatangani oleh Pengurus Akaun (cop syarikat).
        Waranti pemasangan 12 bulan dari tarikh serahan; tuntutan melalui e-mel akaun@amanjaya-security.com.my dengan menyertakan nombor invois.
    """),
    ("mixed", "home_assistant_yaml"): _lines("""
        automation: - alias: "Auto-lock 大门 after 30s" trigger: {platform: state, entity_id: lock.front_door, to: unlocked, for: "00:00:30"} action: {service: lock.lock}
        camera: - platform: generic name: "Porch 门口" still_image_url: http://192.168.1.20/snap.jpg stream_source: rtsp://admin:CHANGE_ME@192.168.1.20:554/stream1
        mqtt: sensor: - name: "Lock Battery 门锁电量" state_topic: "zigbee2mqtt/front_lock" value_template: "{{ value_json.battery }}" unit_of_measurement: "%"
        # MQTT payload sample (base64): eyJzdGF0ZSI6IkxPQ0tFRCIsImJhdHRlcnkiOjgxfQ== decodes to {"state":"LOCKED","battery":81}
        notify: - name: household_all platform: group services: [{service: mobile_app_pixel_8}, {service: mobile_app_iphone_15}] # 全家通知
        frigate: cameras: driveway: ffmpeg: {inputs: [{path: "rtsp://127.0.0.1:8554/driveway", roles: [detect, record]}]} objects: {track: [person, car, dog]}
        input_text: temp_pin_cleaner: name: "Cleaner 临时密码" max: 8 mode: password initial: "000000" # rotate weekly, 每周更换
        homeassistant: name: Rumah Kami time_zone: Asia/Kuala_Lumpur unit_system: metric currency: MYR latitude: !secret home_lat longitude: !secret home_lon
        double_take: detectors: compreface: url: http://compreface:8000 det_prob_threshold: 0.8 # 只识别已登记面孔, unknown 不推送, tak simpan gambar
        sensor.front_door_last_unlock: state "keypad_slot_07" attributes: {method: pin, changed_by: "7", friendly_name: "Front Door 最后开锁方式"}
        script: intercom_open_gate: sequence: [{service: switch.turn_on, target: {entity_id: switch.gate_relay}}, {delay: 2}, {service: switch.turn_off}]
        input_select: house_mode: options: [home, away, night, 周末模式] # scene label hex for MCU display: e591a8e69cabe6a8a1e5bc8f
        zigbee2mqtt devices: '0x00158d0008a1b2c3': friendly_name: "Aqara 门窗传感器 书房" retain: false qos: 1 # pintu bilik bacaan
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        2026-03-14T23:48:02+08:00 lock=front_door event=unlock method=fingerprint user="Tan Wei Ming" slot=04 addr="Blk 412 Bedok North Ave 2 #12-07"
        face_event ts=1773563001 cam=lobby_02 match="Rachel Goh Hui Min" score=0.97 tag=blacklisted_by_MCST reason=unpaid_conservancy_S$4,860
        mqtt publish home/lock/front/event payload_b64=eyJ1c2VyIjoiUHJpeWEgUmFtYXNhbXkiLCJ1bml0IjoiIzA1LTE0IiwicGluX3Nsb3QiOjJ9 qos=1 retain=false
        Intercom 19:22 Unit 08-11: "Uncle Boon" (resident's father, dementia, must not leave alone) at lobby door; concierge to call his daughter on 9734 2261.
        clip=driveway_20260322_0713_SMK4821P.mp4 event=vehicle_arrival tag=tenant_05-03 note="car repossessed next week, owner behind on loan"
        Temp PIN 480216 issued to helper Maricel Dela Cruz (FIN G5521904X), valid Mon-Sat 08:00-18:00, revoke at once if employer cancels her work permit.
        Doorbell snapshot auto-tagged "Mr Lim (son-in-law, under restraining order, do not open)" 2026-04-02 21:14, Blk 27 Jalan Bukit Merah #04-112.
        kiosk_scan 2026-04-05T10:31:09+08:00 doc_type=NRIC doc_no=S8812347F gate=Block_B result=granted
        Ring alert forwarded: "Motion at Front Door" clip shows Jason Koh collapsing on the porch; he has epilepsy, neighbours called 995 at 06:40.
        user_id,name,email,unit,access_level -> 017,Daniel Seah Jun Jie,daniel.seah88@gmail.com,#15-02,resident_primary
        Share link for insurance claim: https://cam.nvr-share.sg/s?owner=Lee%20Kah%20Hoe&unit=23-09&tel=%2B6591234587&exp=72h
        HKID K482913(1) matched at Kowloon Bay office turnstile; cardholder on medical leave for chemotherapy, access suspended by HR.
    """),
    "zh-Hans": _lines("""
        2026-03-15 07:02:13 门锁事件：5栋2单元1101 指纹开锁 用户=刘海燕（户主）手机 139 2871 4406 电量 64%
        MQTT 主题 community/gate/face 消息：{"payload":"eyJyZXNpZGVudCI6IumZiOW7uuWbvSIsInJvb20iOiIz5qCLMeWNleWFgzYwMiJ9","ts":1773529333}
        人脸识别告警：布控名单命中 王丽娟，身份证 440304198806123529，相似度 0.95，抓拍于南门闸机，备注：拖欠物业费 2.3 万元已被起诉。
        对讲记录：访客自称是 12 栋 1803 黄阿姨的女儿，说黄阿姨刚做完透析回家需要人扶，值班员核实后放行。
        可视门铃留言转写：“老周，你欠我的八万块这个月再不还，我就天天来你门口等。”设备：5号楼902 萤石 DP2C
        录像导出申请：申请人 张伟（业主，手机 186 0217 5543），原因：怀疑妻子出轨，要求调取 4 月 3 日 20:00-24:00 电梯录像。
        快递员反映：302 的小孙每天晚上 11 点后才回家，门锁多次报“胁迫指纹”，疑似遭家暴，已报社区民警。
        临时密码已发送至 13812905574，有效期 2 小时（业主授权开门给保洁）。
        GET /api/visitor?name=%E9%BB%84%E5%BF%97%E5%BC%BA&idcard=310115199203042811&room=A-1205 200 OK 38ms
        车牌识别：粤B·8K2L7 月租车 车主 李淑芬 1栋 2101，月租到期 2026-05-31，已欠费两个月，请管家上门催缴。
        人脸库导出 CSV 行：00231,周晓梅,女,1990-08-15,350203199008154620,7栋-1502,孕28周需优先乘梯
    """),
    "zh-Hant": _lines("""
        大廈對講機記錄 22:41 訪客：李大文先生，話要上 18B 探林太，林太正辦緊離婚，已吩咐保安唔好俾佢上樓。
        閉路電視片段備註：23/03 03:12 住戶陳嘉欣（HKID Y305716(8)）醉酒倒在大堂，已由保安扶回 9 樓 C 室。
        智能門鎖APP推送：「阿明」於 02:47 以密碼開門（屏東市中正路 218 號 5 樓），今日第 4 次異常時段開門。
        人臉辨識事件：{"cam":"B1車道","match":"吳淑貞","id":"F129048375","tag":"管委會黑名單","reason":"積欠管理費 NT$86,400"}
        訪客登記表：姓名 鄭志豪｜電話 0912-345-678｜拜訪 7樓之2 王小姐｜事由：週末交還孩子（監護權交接）
        對講主機推送 topic=hk/estate/intercom/callee payload=eyJuYW1lIjoi5p6X576O546yIiwicGhvbmUiOiIrODUyIDYxMjMgNDU4NyJ9
        澳門人臉門禁登記：何嘉欣，澳門居民身份證 5213948(6)，住址氹仔成都街海洋花園紫羅蘭閣 12 樓 F 座，已錄入左右兩張相片。
        錄影片段檔名：20260405_地下車庫_BKR-7031_張先生_倒車撞柱.mp4，保險公司要求提供原檔。
        住戶緊急聯絡已更新為 6187 2094（原號碼停用），請保安於對講系統同步更新。
        門鐘錄音轉文字：「黃生，你上個月人工一萬八都未出，我再收唔到就去勞工處。」單位：荃灣青山公路 8 號 22 樓 D 室
    """),
    "ms": _lines("""
        Log pintu 2026-03-18 06:55: buka kunci melalui PIN oleh Nurul Aisyah binti Kamarudin, No. 14 Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam.
        Payload MQTT rumah/pintu/pengguna: eyJpYyI6IjkzMDIyNy0xMC02MTQ4IiwibmFtYSI6IlNpdGkgSGFqYXIgYmludGkgT3NtYW4ifQ== (qos 1, retain)
        Rekod interkom: wakil syarikat pemungut hutang mencari Encik Rosli bin Hamid (B-12-3) berkenaan hutang kad kredit RM 15,000; pengawal tidak benarkan masuk.
        Kamera pengecaman muka: padanan "Mak Cik Som" (penghuni, Alzheimer) keluar pagar utama seorang diri jam 02:14, maklumkan anak lelakinya segera.
        Imbasan MyKad di pondok pengawal: 880612-14-5523, masa 21:40, destinasi Blok C.
        Kod OTP pintu pagar dihantar ke 012-784 3391 (tuan rumah), sah 10 minit sahaja.
        CSV penghuni: 045,Muhammad Haziq bin Zulkifli,haziq.zul92@yahoo.com,011-2345 6781,A-07-02,kunci_utama
        Klip CCTV porch_20260411_2310.mp4: kereta VDB 4412 milik Puan Kavitha a/p Subramaniam ditarik oleh bank kerana tunggakan pinjaman.
        Notis dalaman: Encik Lim Chee Keong (unit 15-3A) baru keluar hospital selepas strok, pastikan panggilan interkom unitnya dijawab oleh isterinya.
        Mesej suara loceng pintu: "Kak Ros, ini nombor akaun Maybank saya 1640 2283 9915, tolong bank-in duit sewa bilik sebelum Jumaat."
    """),
    "mixed": _lines("""
        [门锁 log] 2026-04-12 08:03 unlock by 阿强 (Ah Keong) via app, phone +60 16-772 0843, rumah No. 7 Lorong Kenari, 11900 Bayan Lepas.
        Frigate event: label=face sub_label="Mdm Wong 黄秀兰" score=0.91 camera=gate; 她是 pemilik unit 9-2, sedang dialysis setiap Selasa.
        intercom_callee_b64=TWRtIFdvbmcgU2lldyBMYW4gOTczNCAyMjYx door=Tower_A_lobby ts=2026-04-14T18:20:55+08:00 result=answered
        person: - name: "Ah Meng 阿明" id: ahmeng_tan device_trackers: [device_tracker.ahmeng_iphone] # HP 9123 4587, NRIC T0235681Z
        face_db label_hex=e99988e7be8ee58d8e unit=Tower 2 18F-B phone=+853 6628 1934 group=elderly_watchlist
        Visitor log 18:05: 外卖 for Ms Priya Ramasamy @ Blk 5 #03-21, 她怀孕 8 个月, doktor kata tak boleh naik tangga, lift rosak so tolong hantar naik.
        GET /v2/intercom/snapshot?resident=%E4%BD%95%E5%A4%AA%20Flat%2027C&hkid=R661208%282%29 HTTP/1.1 200
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the support assistant of a Singapore smart-lock installer. Help customers troubleshoot locks; never ask for full NRIC numbers.",
        ),
        (
            "user",
            "My keypad keeps saying 'locked out'. The lock at Blk 318 Clementi Ave 4 #09-233 is registered under my name, Marcus Ong, phone 9186 3407. Can you reset it remotely?",
        ),
        (
            "assistant",
            "Sorry about that, Mr Ong. A remote reset is not possible for security reasons. Wait 3 minutes for the lockout to clear, then use the physical key or the app's Bluetooth unlock. If it keeps happening, we can send a technician; we already have your unit and number on the ticket.",
        ),
        ("user", "OK, please book the technician for Saturday morning."),
        (
            "assistant",
            "Done: Saturday 10:00-12:00 slot is reserved for Blk 318 Clementi Ave 4 #09-233. The technician will call 9186 3407 about 30 minutes before arriving.",
        ),
    ],
    [
        (
            "user",
            "帮我看看这段门锁日志有没有异常：03-21 01:12 指纹开锁 用户=赵建华；03-21 01:13 胁迫指纹告警 用户=赵建华；03-21 01:20 门未关好。房号 8栋1单元503。",
        ),
        (
            "assistant",
            "这段日志里最值得注意的是 01:13 的“胁迫指纹告警”：赵建华在开锁一分钟后用了预设的胁迫指纹，这通常意味着他当时可能被人跟随或胁迫。建议立即联系他本人确认安全，并调取 8栋1单元503 门口 01:10-01:25 的录像。",
        ),
        ("user", "他说是喝多了按错手指，但物业想把这条记录发给他老婆，可以吗？"),
        (
            "assistant",
            "不建议。门锁日志属于业主个人信息，未经赵建华本人同意，物业不应向第三人（包括家属）提供。可以只告知其本人，并在系统里把这次告警标记为“误触发”。",
        ),
    ],
    [
        ("system", "你是香港一個屋苑管理公司的客服助理，用繁體中文回覆。"),
        (
            "user",
            "我係 21 樓 A 室何太，隔籬 21 樓 B 室梁生裝咗部門鐘鏡頭，正正影住我屋企門口，我每次出入都俾佢錄到，可以點投訴？",
        ),
        (
            "assistant",
            "何太，明白你嘅擔心。你可以向管理處提交書面投訴，列明梁生單位（21B）門鐘鏡頭嘅位置同拍攝範圍。管理處會要求住戶調整角度，避免拍攝公共走廊以外其他單位門口；如果問題持續，亦可向個人資料私隱專員公署查詢。",
        ),
        ("user", "幫我寫一段簡短投訴信，聯絡電話寫 9032 5718。"),
        (
            "assistant",
            "致管理處：本人 21 樓 A 室住戶何太，發現 21 樓 B 室梁生所裝門鐘鏡頭直接拍攝本單位大門，影響本人私隱，懇請管理處跟進並要求調整鏡頭角度。聯絡電話：9032 5718。多謝。",
        ),
    ],
    [
        (
            "user",
            "Tolong tuliskan YAML Home Assistant untuk hantar notifikasi kepada suami saya Azman (HP 019-338 4127) dan anak saya Hafiz bila pintu depan dibuka lepas jam 11 malam.",
        ),
        (
            "assistant",
            "Boleh. Contoh: automation: - alias: 'Pintu dibuka lewat malam' trigger: {platform: state, entity_id: lock.pintu_depan, to: unlocked} condition: {condition: time, after: '23:00:00', before: '06:00:00'} action: [{service: notify.mobile_app_azman}, {service: notify.mobile_app_hafiz}]. Nombor telefon tidak perlu dimasukkan dalam YAML.",
        ),
        (
            "user",
            "Hafiz baru 15 tahun dan selalu curi keluar malam, boleh tak log masa dia buka pintu sekali?",
        ),
        (
            "assistant",
            "Boleh, tambah tindakan logbook.log dengan mesej 'Pintu dibuka oleh Hafiz' apabila changed_by sepadan dengan slot cap jari Hafiz. Pertimbangkan juga berbincang dengan Hafiz tentang peraturan rumah.",
        ),
    ],
    [
        (
            "system",
            "Resident record for this session: name=Jessica Lau Mei Yee; unit=Tower B 26-03, The Sail @ Marina Bay; mobile=+65 8126 0973; note=lives alone, hearing impaired, prefers SMS. Answer in English or 中文.",
        ),
        ("user", "门铃一直响但我听不到，can the system flash the lights instead?"),
        (
            "assistant",
            "Yes, Ms Lau. We can link the doorbell event to your living-room lights so they flash three times when someone rings, and also send an SMS to +65 8126 0973. 需要我现在帮您设置吗？",
        ),
    ],
    [
        (
            "user",
            "Can you decode this base64 from our MQTT broker? eyJ1c2VyIjoiS2VsdmluIENodWEgQm9vbiBIb2NrIiwidW5pdCI6IiMyMS0wNSIsInBob25lIjoiKzY1IDkwMjcgNjYxMyJ9",
        ),
        (
            "assistant",
            "It decodes to a JSON object: user = Kelvin Chua Boon Hock, unit = #21-05, phone = +65 9027 6613. Note that your lock is publishing a resident's name and phone number in clear text to the broker.",
        ),
        ("user", "Oh. How do I stop that?"),
        (
            "assistant",
            "Change the lock integration to publish only a slot number (e.g. user_slot: 3) and map slots to people inside Home Assistant, enable TLS and ACLs on the broker, and purge retained messages on that topic.",
        ),
    ],
    [
        ("system", "你是一个智慧社区门禁平台的客服。"),
        (
            "user",
            "我妈妈孙桂兰今年 78 岁，有阿尔茨海默病，住 11 栋 2 单元 401。能不能把她的人脸加进白名单，但是她一个人出小区大门时给我发提醒？我手机 158 3349 0216。",
        ),
        (
            "assistant",
            "可以。请在 App 的“家人管理”里为孙桂兰录入人脸，并开启“独自外出提醒”。当南门或北门闸机识别到她且 5 分钟内没有同行家属时，系统会推送消息并短信通知 158 3349 0216。",
        ),
        ("user", "好的，那她的健康情况需要告诉物业吗？"),
        (
            "assistant",
            "不是必须的。如果希望保安留意，可以只说明“需要关照的老人”，不必告知具体病情。",
        ),
    ],
    [
        (
            "user",
            "管委會問：住戶蔡明哲（身分證 B230184657，12樓之3）要求調閱上週停車場監視器，說他的車被刮，我們可以直接給他嗎？",
        ),
        (
            "assistant",
            "依台灣《個人資料保護法》，監視器畫面中包含其他人的影像，一般建議由蔡明哲先報警，再由警方正式調閱；管委會可先保全相關時段的檔案，避免被覆寫。",
        ),
        ("user", "好，那我們要怎麼記錄這件事？"),
        (
            "assistant",
            "建議在調閱登記簿記下：申請日期、申請人蔡明哲（12樓之3）、調閱時段、事由、是否有警方公文及經手的主委簽名。身分證號碼如非必要，只核對不抄錄。",
        ),
    ],
    [
        ("system", "Anda pembantu aplikasi kunci pintar. Jawab dalam Bahasa Melayu."),
        (
            "user",
            "Saya dan bekas suami, Faizal bin Rahman (IC 850914-08-5371), sudah bercerai bulan lepas. Cap jari dia masih boleh buka rumah saya di No. 22 Jalan Cempaka 5, Taman Melawati. Macam mana nak padam?",
        ),
        (
            "assistant",
            "Puan, buka aplikasi > Pengguna > pilih profil Faizal > Padam cap jari dan kod. Selepas itu tukar kod pentadbir. Jika ada perintah perlindungan, simpan log akses sebagai bukti.",
        ),
        ("user", "Kalau dia cuba masuk lagi, boleh ke aplikasi hantar amaran?"),
        (
            "assistant",
            "Boleh. Aktifkan Amaran Percubaan Gagal; setiap cubaan cap jari tidak dikenali di pintu rumah Puan akan dihantar sebagai notifikasi segera beserta gambar dari kamera loceng.",
        ),
    ],
    [
        (
            "user",
            "Summarise tonight's intercom log for the management office please: 19:40 Flat 15C 區先生 visitor Grab food; 20:15 Flat 9A Mrs Fernandes called security, husband not back, sounded drunk and angry; 21:05 Flat 15C 區先生 asked to block his ex-girlfriend 譚小姐 from visiting.",
        ),
        (
            "assistant",
            "Summary: 3 calls. Flat 15C (區先生): one food delivery at 19:40, and a 21:05 request to bar his ex-girlfriend 譚小姐 from entry; please add her to the deny list. Flat 9A (Mrs Fernandes): 20:15 welfare concern about her husband; recommend a follow-up call tomorrow.",
        ),
        ("user", "Can you write it in Chinese too?"),
        (
            "assistant",
            "今晚對講記錄摘要：15C 區先生 19:40 有外賣送達，21:05 要求禁止其前女友譚小姐進入大廈；9A Fernandes 太太 20:15 致電保安，表示丈夫未歸且情緒激動，建議明日致電跟進。",
        ),
    ],
]
