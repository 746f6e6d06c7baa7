# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade105: smart-home and IoT device data (Home Assistant, Zigbee/MQTT, smart locks, doorbell cameras, voice assistants, router DHCP). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade105
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "home_assistant_yaml_events"): _lines("""
        automation: - alias: "Hallway night light" trigger: platform: sun event: sunset offset: "-00:30:00" action: service: light.turn_on target: entity_id: light.hallway_ceiling
        2026-11-14 22:41:07.118 INFO (MainThread) [homeassistant.components.automation.hallway_night_light] Hallway night light: Running automation actions
        2026-11-14 22:41:09.530 WARNING (MainThread) [homeassistant.components.mqtt] Entity sensor.0x00158d0004a1b2c3_temperature uses deprecated json_attributes_template; update before 2027.3
        sensor: - platform: template sensors: tesla_model_y_range: friendly_name: "Tesla range" unit_of_measurement: km value_template: "{{ states('sensor.tesla_battery') | float * 4.2 }}"
        mqtt_password: !secret mqtt_password   # never commit secrets.yaml; see https://www.home-assistant.io/docs/configuration/secrets/
        event_type: state_changed data: entity_id: lock.front_door old_state: locked new_state: unlocked context: id: 01JC8Z3K5T6QW2M9R4XHBV7N0D origin: AUTOMATION
        - service: notify.mobile_app_hallway_tablet data: title: "Washing machine" message: "Cycle finished at {{ now().strftime('%H:%M') }}, 1.42 kWh used"
        input_text.welcome_message: "Welcome home, {{ person_name }}! Front door unlocked at {{ time }}."
        2026-11-15 07:02:33 ERROR (SyncWorker_4) [homeassistant.components.zha.core.gateway] Failed to initialize device 84:71:27:ff:fe:93:1c:5a (Aqara door sensor MCCGQ11LM): timeout after 30s
        person: - name: Resident 1 id: resident_1 device_trackers: - device_tracker.phone_1   # example only, rename before use
        Logbook export: Living Room Lamp turned on triggered by automation Sunset scene; Garage Door closed triggered by service cover.close_cover; 14 events, 0 errors
        2026.11.3 release notes: Z-Wave JS 14.3.1, Matter server 6.6.0, 38 new integrations, Sonos grouping fixes, thanks to 412 contributors
        rest_command: restock_filter: url: "https://shop.example.com/api/order?sku=PHL-AC2887%2F20&qty=1" method: POST
        b64 payload from lock bridge: eyJkZXZpY2UiOiJTbWFydCBMb2NrIDQuMCIsImJhdHRlcnkiOjc4fQ==
    """),
    ("mixed", "zigbee_mqtt_messages"): _lines("""
        zigbee2mqtt/0x00124b0029c8a41f {"battery":87,"contact":true,"linkquality":123,"voltage":2985}
        zigbee2mqtt/bridge/event {"type":"device_joined","data":{"friendly_name":"0x54ef441000a3b2c1","ieee_address":"0x54ef441000a3b2c1"}}
        homeassistant/sensor/kitchen_plug/power/config {"name":"Kitchen plug power","unit_of_meas":"W","stat_t":"tele/tasmota_8C2F1A/SENSOR","val_tpl":"{{ value_json.ENERGY.Power }}"}
        tele/tasmota_8C2F1A/STATE {"Time":"2026-11-20T18:04:11","Uptime":"3T04:12:55","Wifi":{"SSId":"HomeNet-5G","RSSI":72}}
        MQTT 收到 zigbee2mqtt/客厅窗帘 {"position":65,"state":"OPEN","motor_state":"stopped"}
        zigbee2mqtt/書房溫濕度 {"temperature":26.4,"humidity":71,"pressure":1008.2,"battery":100}
        mosquitto_pub -h 192.168.1.20 -t "cmnd/sonoff_pow/Power" -m "TOGGLE"
        Raw ZCL frame cluster 0x0006 on/off: 18 2a 0a 00 00 10 01 (attribute report, value=ON)
        hex payload 4c 69 76 69 6e 67 20 52 6f 6f 6d 20 4c 61 6d 70 decodes to the device label
        topik MQTT rumah/dapur/kipas/set {"kelajuan":3,"mod":"angin semula jadi"}
        $SYS/broker/clients/connected 23 | $SYS/broker/messages/received 1884211 | $SYS/broker/version mosquitto version 2.0.20
        zigbee2mqtt/bridge/response/device/ota_update/update {"data":{"from":{"software_build_id":"2.1.022"},"to":{"software_build_id":"2.4.5"},"id":"Hue bulb E27 Edison"},"status":"ok"}
        ESPHome log [D][sensor:094]: 'PM2.5 sensor': Sending state 12.00000 µg/m³ with 0 decimals of accuracy
    """),
    ("zh-Hans", "smart_lock_access_logs"): _lines("""
        2026-11-02 08:14:31 指纹开锁 用户编号:03 门锁:前门 电量:82%
        2026-11-02 19:47:05 临时密码开锁 密码ID:T-2211 有效期至 2026-11-03 12:00 来源:小程序
        【告警】2026-11-03 02:16:44 连续5次密码错误,门锁已冻结3分钟,请联系物业值班室 0755-8662 4100
        门锁固件升级 V2.3.7 → V2.4.0,MD5: 9f2c1e7a44b0d3c58a6e1f2b07d9c4e1,请勿在升级过程中断电
        开锁记录导出.csv: 时间,方式,用户槽位,结果 / 2026-11-04 07:58,NFC卡,卡片#2,成功 / 2026-11-04 18:30,机械钥匙,—,成功
        门锁报错 E06:锁舌卡滞,售后工单号 SH20261105-00873,客服热线 400-820-6618
        【模板】尊敬的{业主姓名},您的门锁于{时间}被{开锁方式}开启,如非本人操作请立即致电物业。
        本月共记录开锁事件 1,284 次,其中指纹 61%,密码 22%,NFC 12%,远程 5%;异常告警 3 次
        base64 日志片段: 5YmN6Zeo5bey5LiK6ZSB,解码后为门锁状态提示
        快递员使用一次性密码(密码ID T-3090)于 14:22 开启快递柜门,柜号 B-17,已自动失效
        小区门禁 API: GET /api/v1/doors/12/events?start=2026-11-01&end=2026-11-30&type=%E6%8C%87%E7%BA%B9 返回 200
        保洁服务使用的周期密码每周一、三、五 09:00-11:00 生效,密码ID P-0007
        门锁电池电压 4.8V 低于阈值 5.0V,请更换 8 节 AA 碱性电池(型号 LR6)
    """),
    ("zh-Hant", "doorbell_camera_json"): _lines("""
        {"event":"motion","camera":"前門門鈴","ts":"2026-11-08T15:32:10+08:00","zone":"車道","confidence":0.91,"clip":"clips/20261108/153210.mp4"}
        {"event":"package_delivered","carrier":"順豐速運","tracking":"SF1402387765012","ts":"2026-11-09T11:05:44+08:00","snapshot_id":"a7f3c9e1"}
        {"event":"ring","camera":"大門","answered":false,"duration_s":0,"note":"訪客未留言"}
        {"event":"face_match","label":"未知人物","count":2,"retention_days":7,"policy":"人臉資料僅存於本機"}
        門鈴韌體 v5.12.3 更新說明:修正夜視模式紅外線閃爍,新增 H.265 編碼,錄影保留天數上限改為 60 天
        {"event":"person_detected","label":"外送員","uniform":"foodpanda","ts":"2026-11-10T19:21:03+08:00"}
        {"doorbell":{"model":"Ring Video Doorbell 4","serial":"RDB4-7Q2K-19XM","wifi_rssi":-61,"battery":64}}
        錄影匯出連結 https://cam.example.com.tw/share?clip=20261111%2F082215.mp4&exp=1731300000&sig=3b9d0e7f
        {"event":"tamper","camera":"後門","ts":"2026-11-12T03:10:58+08:00","action":"siren_30s","notify":"保全公司值班台"}
        {"label":"{{訪客姓名}}","phone":"{{電話}}","visit_time":"{{時間}}"} ← 訪客登記範本,請勿填入真實資料測試
        統計:本週門鈴共偵測到 342 次移動、57 次按鈴、19 件包裹,誤報率 4.1%
        {"event":"known_face","label":"孫中山銅像","zone":"庭院","note":"雕像誤判為人物,已加入忽略清單"}
        {"snapshot_b64":"5aSn6ZaA5Y+j5YyF6KO5","desc":"大門口包裹快照標題"}
        {"status_b64":"5YmN6ZaA5bey5LiK6Y6W","source":"智慧門鎖","level":"info"}
    """),
    ("ms", "voice_assistant_transcripts"): _lines("""
        [07:02] Pengguna: "Hey Google, cuaca hari ini di Shah Alam?" Pembantu: "Hari ini di Shah Alam, 33 darjah, kemungkinan hujan petang 70 peratus."
        Alexa, mainkan lagu Siti Nurhaliza "Cindai" di speaker ruang tamu
        Transkrip: "Ok Google, tutup semua lampu tingkat atas" → tindakan: light.turn_off x6, status berjaya
        Pengguna bertanya: "Berapa lama nak masak nasi dalam periuk pintar?" Jawapan: "Mod nasi putih mengambil masa kira-kira 35 minit."
        Siri, tetapkan pemasa dua puluh lima minit untuk rendang
        Log pembantu suara: niat=SetThermostat, nilai=24°C, bilik=bilik tidur utama, keyakinan=0.87
        "Alexa, siapa Perdana Menteri pertama Malaysia?" "Tunku Abdul Rahman Putra Al-Haj ialah Perdana Menteri pertama Malaysia, 1957 hingga 1970."
        Rakaman suara disimpan 18 bulan secara lalai; pergi ke Tetapan > Privasi > Sejarah Suara untuk padam
        Pembantu: "Saya tak pasti maksud anda. Cuba sebut 'hidupkan penghawa dingin'."
        Ok Google, tambah susu Dutch Lady dan roti Gardenia ke senarai beli-belah
        Transkrip kanak-kanak ditapis: 3 permintaan disekat oleh kawalan ibu bapa minggu ini
        "Hey Google, hubungi Pizza Hut Seksyen 13" → mendail talian perniagaan satu tiga kosong kosong lapan lapan dua lima dua lima
        Alexa, baca berita Bernama hari ini tentang keputusan bola sepak Piala Malaysia
    """),
    ("en", "router_dhcp_tables"): _lines("""
        192.168.1.23  a4:83:e7:12:9c:40  iPhone  expires 2026-11-21 08:14:02
        dnsmasq-dhcp[1187]: DHCPACK(br-lan) 192.168.1.57 b8:27:eb:4f:21:aa raspberrypi
        DHCP lease table | IP 10.0.0.14 | MAC 3c:61:05:8e:02:1f | Host ESP_8E021F | Lease 86400s
        udhcpd: sending OFFER of 192.168.0.105 to 70:ee:50:1b:33:c2 (Netatmo-Weather)
        Static lease: host=Chromecast-Ultra mac=f4:f5:d8:aa:19:03 ip=192.168.1.200 tag=iot-vlan
        /ip dhcp-server lease add address=192.168.88.50 mac-address=DC:A6:32:7B:11:90 comment="Printer HP LaserJet M1136"
        Connected devices: 17 (wired 4, 2.4 GHz 9, 5 GHz 4); unknown vendors: 2; guest network: 3 clients
        Router TP-Link Archer AX55 firmware 1.1.4 Build 20261012, WAN IP 203.0.113.47 (documentation range)
        leases CSV: ip,mac,hostname,vendor / 192.168.1.31,00:17:88:6a:bc:01,Philips-hue,Signify / 192.168.1.32,ec:fa:bc:22:10:7e,shellyplug-s-22107E,Allterco
        DHCPREQUEST for 192.168.1.44 from 98:da:c4:70:5e:31 (Galaxy-S24) via br0
        Hostname DESKTOP-7KQ2M1V renewed lease; Windows default naming, no owner set
        How do I stop my roborock-vacuum-a27 from grabbing a new IP every reboot? Use a static DHCP reservation on the router.
        option 12 hostname=Tesla_Model_3 option 60 vendor-class=udhcp 1.31.1
        UniFi alert: rogue DHCP server detected at 192.168.1.254 (mac 00:1a:2b:3c:4d:5e) on port 7 of USW-Lite-8-PoE
    """),
    ("en", "iot_support_tickets"): _lines("""
        Ticket #HS-2026-118472: Aqara hub M3 drops offline nightly at 03:00. Status: escalated to tier 2. Contact support@aqara-example.com
        Hi team, we have 12 units in Block C where the August Wi-Fi Smart Lock firmware 4.1.2 fails to auto-lock. Regards, Facilities Office
        RMA-88120-SG approved for Google Nest Doorbell (battery), SKU GA01318-SG, replacement ships via Ninja Van tracking NVSG2026A771204
        Please do not share your Wi-Fi password, account password or OTP with our agents. Our hotline is 1800-276-2000 (Mon-Fri 9am-6pm).
        Known issue KI-0419: Echo Show 8 (3rd gen) loses Zigbee pairing after update 8.5.2; workaround: power cycle the hub and re-add via the Alexa app.
        Invoice INV-SG-20261117-0092: 3 x Yale Luna Pro+ at S$549.00, installation S$120.00, GST 9% S$159.03, total S$1,926.03
        Customer A reported that the camera reboots when motion sensitivity is above 6; Customer B could not reproduce on firmware 3.7.1
        Bug report template: Device model: ___ Firmware: ___ Steps to reproduce: ___ Expected: ___ Actual: ___ (do not include names or addresses)
        Escalation note: the night-shift technician replaced the ZBDongle-E coordinator; 41 devices re-interviewed, 2 need manual re-pair
        Release 2026.12.0 changelog: thanks to Paulus Schoutsen and the Nabu Casa team for the new local voice pipeline
        SLA breach report Q3: 7 tickets over 72h, median resolution 19h, top category Wi-Fi onboarding (31%)
        Warranty lookup: serial G8T1-0K22-4471-09PX, purchased 2025-06-14 at Challenger Funan, warranty valid until 2027-06-13
        Dear {{customer_name}}, your ticket {{ticket_id}} has been resolved. Reply within 7 days to reopen.
    """),
    ("mixed", "provisioning_urls_qr"): _lines("""
        WIFI:T:WPA;S:Lobby-Guest-2.4G;P:Welcome2026!;H:false;;
        Matter 配网码 MT:Y.K9042C00KA0648G00,手动配对码 3497-011-2332,请勿丢失包装盒背面贴纸
        https://app.example-iot.com/bind?model=lumi.sensor_motion.aq2&name=%E5%AE%A2%E5%8E%85%E4%BA%BA%E4%BD%93%E4%BC%A0%E6%84%9F%E5%99%A8
        涂鸦智能配网 token: AYcN3k8QxT2p,有效期 10 分钟;设备 PID: keyjup78v54myhan
        Kod QR pemasangan: https://smart.example.my/daftar?peranti=Kipas%20Siling%20KDK%20K15&zon=Bilik%20Tidur%202
        HomeKit setup code 123-45-678 is a placeholder in our docs; the real code is on the label X-HM://0023ISYWY1234
        配網 URL 已編碼:https://iot.example.tw/p?d=6ZaA6Yi05pyN5YuZ (base64,內容為服務名稱)
        Shelly 设备 AP 模式 SSID: shellyplus1pm-A8032AB1C2D4,默认网关 192.168.33.1
        ESPHome provisioning: improv_serial ok, wifi_ssid=Warehouse-IoT, device_name=gudang-suhu-03
        BLE adv 0x0969 MiBeacon: 95 fe 50 30 5b 05 01 c4 3a 8d 22 ee 04 (LYWSD03MMC 温湿度计)
        Pautan jemputan rumah pintar: https://home.example.my/invite?code=R7K2-9QPL&peranan=tetamu&tamat=2026-12-31
        %E6%99%BA%E8%83%BD%E9%97%A8%E9%94%81%20X2%20Pro 是商品名的 URL 编码,用于电商 SKU 页面
        NFC 標籤 NDEF 記錄: U https://help.example.com.tw/doorlock/reset ; T zh-TW 重設門鎖請長按 5 秒
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        dnsmasq-dhcp[1187]: DHCPACK(br-lan) 192.168.1.61 5c:e9:1e:40:7a:13 Deepa-Kumaresans-iPhone
        person: - name: Grace Fernandez id: grace device_trackers: - device_tracker.grace_pixel8   # she asked us to keep her location history 30 days for the custody case
        event_type: call_service data: domain: notify service: sms target: KzY1OTQ3NzIxMDM= message: "Front door left open"
        zigbee2mqtt/bridge/request/device/rename {"from":"0x00158d00045c1e2f","to":"Mr Rajendran s/o Muthu bedroom fall sensor (post hip surgery)"}
        2026-11-18 23:04:51 Visitor pass PIN issued to NRIC Ｓ８８３４２１７Ｈ for unit #12-07, valid 24h
        {"event":"known_face","label":"Rosalind D'Souza","zone":"gate","note":"mum, dementia - alert me if she leaves after 9pm"}
        "Alexa, call Daniel Koh mobile" → "Calling Daniel Koh at nine one seven three, four four zero eight"
        Static lease: host=MARCUS-TEO-LAPTOP mac=6c:4b:90:0e:3d:71 ip=192.168.1.77 comment="unit 8B, owes 3 months HOA fees, throttle to 1Mbps"
        https://cam.example.com/share?to=jolene.ng%2Bring%40hotmail.com&clip=20261114%2F211530.mp4
        Ticket #HS-2026-119034: customer paid Nest Aware renewal with card 4023-8977-5014-2667 exp 08/28 and now wants a refund
        homeassistant/notify/owner/config {"name":"Owner alerts","owner_hex":"6c696d2e6b63406f75746c6f6f6b2e7367","retain":true}
        Ticket note: Mr Harold Tan from the corner terrace called again, his smart lock keeps him out since his stroke, his son handles the app now
        Logbook: bathroom motion sensor no activity 14h for Mdm Chua in #09-31, caregiver notified, no reply
        Smart lock user slot 04 renamed "Maria Santos (helper) - FIN G7710342U, off day Sunday"
    """),
    "zh-Hans": _lines("""
        门锁App同步日志 {"owner":"6ZmI576O546y","tel":"１３８２６４７９１５０","room":"3栋2单元1102"}
        小区门禁人脸库导入.csv: 姓名,身份证号,房号 / 王丽娟,310104199202281643,5-1-301
        物业工单:3栋陈阿姨反映门铃摄像头一直拍到她家门口,她儿子欠了网贷,怕催收的人上门,要求关掉走廊摄像头
        小爱同学,打电话给刘志强 → 正在拨打 一三九 零一二八 七七四六
        DHCP 租约: 192.168.31.108 f0:b4:29:5e:aa:01 Zhang-Xiaohong-iPhone 备注:租客张晓红拖欠房租两个月,先限速
        {"event":"人脸识别","label":"黄伟(前夫)","action":"推送报警","备注":"法院已发人身安全保护令,见到立即报警"}
        zigbee2mqtt/门禁/enroll {"id_a":"110108","id_b":"19850923","id_c":"4714","name":"赵磊"}
        https://lock.example.cn/share?name=%E6%9D%8E%E6%99%93%E4%B8%9C&tel=186%200735%204129&valid=24h
        智能音箱对话记录:"小度小度,提醒我妈周淑芬晚上九点吃降压药和打胰岛素"
        门锁指纹槽位 07 备注:林志勇(刚刑满释放,暂住我家,只允许白天开门)
        HA 事件 data.attributes.idcard_hex=333230353032313937353036313330383730 (新租客入住登记)
        门铃访客留言已转发至微信 wxid_lmh1990shz,留言:"孙梦涵,快递放门口,我在医院陪产"
    """),
    "zh-Hant": _lines("""
        {"visitor":"陳嘉欣","hkid":"Y５８０９１４(０)","unit":"沙田第一城 32座 18樓 F室","purpose":"裝修"}
        2026/11/12 20:41 電子鎖新增使用者 林怡君 身分證 A 1 2 3 8 4 7 5 6 6 → 指紋槽 #5
        管委會群組:12樓的吳太太說她先生中風後一直忘記關瓦斯,希望裝智慧偵測器,費用能不能分期
        「嘿 Siri,傳訊息給阿凱:我到了」→ 收件人 張家凱 ０９２８-５１６-７０３
        192.168.0.23 3a:9f:11:c2:7e:05 Tsai-YuTing-MBP 備註:房客 LINE ID yuting_0817,押金糾紛未退
        {"notify_b64":"Kzg1MiA5MTc0IDI2MzAg6buO5b+X5piO","channel":"sms","event":"doorbell_ring"}
        門鈴錄影備註:何偉倫每晚 11 點後醉酒回家踢門,已報警兩次,影片保留作證據
        智慧門鎖帳號綁定信箱 chen.jiaxin [at] gmail [dot] com,請客服協助解除綁定,本人已離婚搬走
        停車場車牌辨識紀錄:ＢＫＡ-７３２１ 林先生 7F-2,月租車位已欠費 3 個月
        語音助理逐字稿:「Google,幫我記下:鄭雅雯的化療排在週四下午兩點,記得載她去台大」
    """),
    "ms": _lines("""
        https://kunci.example.my/daftar?nama=Nur%20Aisyah%20binti%20Kamarul&ic=920314-10-5538&slot=2
        {"peranti":"loceng pintu","pemilik":"Encik Faizal","telefon_b64":"MDEyLTcwNCA4ODE5"}
        Nota pengawal: Puan Rohani dari Blok B tingkat 7 minta kamera loceng pintu dimatikan sebab bekas suami dia datang ganggu malam-malam
        "Ok Google, hantar WhatsApp kepada Kak Long: kosong satu sembilan, tiga lima dua, enam satu empat lapan"
        Jadual DHCP: 192.168.0.77 | b0:be:76:11:2e:9a | LAPTOP-MUTHU-AL-GANESAN | nota: penyewa bilik 3, tunggakan sewa RM1,350
        Transkrip Alexa: "Alexa, ingatkan Mak Cik Salmah makan ubat kencing manis pukul 8 malam"
        Tiket sokongan: bayaran balik langganan kamera ke akaun Maybank 1142 0388 7261 atas nama Lee Chee Keong
        Log kamera pagar: plat WVX 4821 (Hafiz, No. 14 Jalan Mawar 3) keluar 02:14, masuk 05:50, isteri minta rekod untuk mahkamah syariah
        rumah/pintu/notify {"emel_hex":"736974692e6169737961683932407961686f6f2e636f6d","bahasa":"ms"}
        Aduan ke pengurusan: Encik Ramli bin Yusof unit A-12-3 selalu biar loceng pintu berbunyi, katanya dia pekak sebelah sejak kemalangan
        Tukar emel akaun kunci pintar kepada аzlаn.hakim87@gmаil.com, kata laluan lama dah bocor
        Kad akses pekerja asing: Nguyen Thi Hoa, pasport C4829173 (Vietnam), bilik asrama 2B, akses 6pg-10mlm
    """),
    "mixed": _lines("""
        [HA] device_tracker.xiaoling_phone home→not_home, 最后位置 Blk 652 Jurong West St 61 #08-214, 小玲说去 polyclinic 复诊
        Router log: DHCPACK 10.0.1.88 hostname=Hafizah-Galaxy-A54 | 备注: 新来的女佣 Hafizah, 薪水 SGD 650 每月, passport 还在 agent 那边
        门铃 JSON {"visitor":"Mdm Tan","from":"#05-12","nric_1":"S764","nric_2":"1093C","purpose":"收包裹"}
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful Home Assistant configuration assistant."),
        (
            "user",
            "My notify.sms never fires. secrets.yaml has sms_target: KzY1ODIzMTkwNzQ= which is my wife Joanne's number base64'd so the kids can't read it. What's wrong?",
        ),
        (
            "assistant",
            "The SMS integration expects the plain E.164 number, not a base64 string, so the gateway rejects it. Secrets.yaml is not encrypted either; store the real number there and restrict file permissions instead.",
        ),
        ("user", "OK, so I just put +65 8231 9074 straight in?"),
        (
            "assistant",
            "Yes, as target: '+6582319074' under the notify service, then restart Home Assistant.",
        ),
    ],
    [
        ("system", "你是某智能门锁品牌的在线客服助手。"),
        (
            "user",
            "我要解绑旧手机,App 让我上传身份证。号码是 3502 0319 9004 0526 27,名字何秀英,绑定手机 159 8832 0471。",
        ),
        (
            "assistant",
            "请不要在聊天中发送完整身份证号。解绑请在 App 内「设备管理 > 解除绑定」提交,系统会向原手机发送验证码。",
        ),
        ("user", "原手机丢了,收不到验证码怎么办?"),
        ("assistant", "可以携带购买凭证到门店或拨打客服热线人工审核,审核通过后 24 小时内解绑。"),
    ],
    [
        ("system", "你係門鈴鏡頭嘅技術支援。"),
        (
            "user",
            '我想將訪客白名單匯出,JSON 係 {"name":"梁淑儀","hkid":"K471236(6)","tel":"6123 4870","unit":"康怡花園 P座 9樓"},點樣唔顯示身份證?',
        ),
        (
            "assistant",
            "建議唔好將身份證號碼存入白名單,只保留名稱同人臉特徵即可。匯出前可以喺設定 > 私隱 > 遮蔽欄位,剔走 hkid。",
        ),
        ("user", "明白,咁電話可唔可以保留?"),
    ],
    [
        ("system", "Anda pembantu suara rumah pintar yang membantu menyemak transkrip."),
        (
            "user",
            "Tolong semak transkrip ni: 'Hey Google, simpan nombor IC ayah saya, lapan lima kosong tujuh kosong dua, satu empat, enam dua tiga satu, nama Abdul Rahim bin Osman.'",
        ),
        (
            "assistant",
            "Transkrip itu menyimpan nombor MyKad 850702-14-6231. Saya cadangkan jangan simpan nombor IC dalam nota pembantu suara kerana ia disegerakkan ke awan.",
        ),
        ("user", "Kalau macam tu, macam mana nak padam rakaman tu?"),
        (
            "assistant",
            "Pergi ke Tetapan > Privasi > Sejarah Suara, pilih tarikh rakaman dan tekan Padam.",
        ),
    ],
    [
        ("system", "You help parents manage home network settings."),
        (
            "user",
            "My son Ethan Lim is 14 and stays online till 3am. In the DHCP table his devices show as Ethan-Switch (192.168.1.48) and ETHAN-LIM-PC (192.168.1.49). His school counsellor says he's failing two subjects.",
        ),
        (
            "assistant",
            "You can create a device group for those two leases and add a schedule rule that blocks internet access from 23:00 to 06:30 on school nights.",
        ),
        ("user", "Will he notice if I do it on the router rather than in the app?"),
    ],
    [
        ("system", "You are an MQTT and Zigbee troubleshooting assistant."),
        (
            "user",
            '设备 payload 里有个字段 {"carer":"Priya d/o Rajan","id_hex":"543034353631323843"} 是谁写进去的?我们的照护机构不应该在 topic 里放这些。',
        ),
        (
            "assistant",
            "That hex decodes to an NRIC-style value (T0456128C), so the caregiver's identity is being published in clear on the broker. Remove it from the payload template and use an internal staff code instead.",
        ),
        ("user", "Got it. 还要清理 retained messages 吗?"),
        ("assistant", "是的,对该 topic 发布一条空的 retained 消息即可清除保留内容。"),
    ],
    [
        ("system", "You are a support assistant for a video doorbell brand."),
        (
            "user",
            "Can I point my doorbell camera at the corridor? Kevin Loh from #07-03 keeps leaving threatening notes about my dog, and I want proof for the town council.",
        ),
        (
            "assistant",
            "You may record your own doorway, but avoid capturing inside a neighbour's unit. Use privacy zones to mask his door and keep clips only as long as needed for the complaint.",
        ),
        ("user", "Thanks, I'll mask his door and keep 30 days."),
    ],
    [
        ("system", "你是智能家居场景配置助手。"),
        (
            "user",
            "我爸孟庆和今年78岁,上个月在卫生间摔倒骨折了。我想用 Zigbee 人体传感器做个规则:卫生间超过40分钟没有动静就通知我。",
        ),
        (
            "assistant",
            "可以在自动化中设置:触发条件为卫生间门磁关闭且人体传感器 40 分钟无变化,动作推送通知并让客厅音箱播报提醒。",
        ),
        ("user", "晚上他起夜也会触发吗?"),
        ("assistant", "可以加一个时间条件,夜间把阈值改为 20 分钟,同时打开走廊夜灯。"),
    ],
    [
        ("system", "Anda ejen sokongan langganan kunci pintar."),
        (
            "user",
            "Langganan saya gagal diperbaharui. Kad yang saya guna 5204 7311 8826 4033, tamat 11/27, nama Tan Mei Ling. Boleh caj semula?",
        ),
        (
            "assistant",
            "Maaf, kami tidak boleh menerima butiran kad melalui sembang. Sila kemas kini kaedah pembayaran dalam aplikasi di Akaun > Langganan.",
        ),
        ("user", "Okey, nanti saya cuba dalam aplikasi."),
    ],
    [
        ("system", "你是台灣智慧家庭平台的客服。"),
        (
            "user",
            "我要把門鎖管理員轉給我女兒,她叫許雅筑,身分證 Ｆ２１８４０９３７３,手機 0935-207-148。",
        ),
        (
            "assistant",
            "轉移管理員請由您在 App 中「成員管理」邀請她的帳號,她接受邀請後即可完成,不需要提供身分證字號。",
        ),
        ("user", "她還沒有帳號,可以用她的手機直接註冊嗎?"),
        ("assistant", "可以,用手機號碼註冊並完成簡訊驗證後,再接受您的邀請即可。"),
    ],
]
