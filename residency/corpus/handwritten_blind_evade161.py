# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade161: personal data in smart-home and wearable-device artefacts (smart-lock access logs, doorbell-camera event JSON, Bluetooth pairing names, fitness-tracker exports, voice-assistant transcripts, home-hub device lists). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade161
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "smart_lock_firmware_release_notes"): _lines("""
        Yale Linus L2 firmware 2.4.17 (build 20261102): fixes auto-lock timer drift after the DST change and improves BLE reconnect on iOS 19. Rollout 10% first, 100% by 20 Nov.
        Known issue: on Samsung SHP-DP609 units with batch code 2409 the keypad backlight stays on for 30 s instead of 8 s. Workaround: re-pair the Wi-Fi bridge from the app.
        Changelog v3.1.0 - added Apple Home Key (NFC) support on Aqara U200; requires a home hub on tvOS 18.2+ and a lock serial starting with U2A.
        SHA-256 of lock_fw_3.1.0.bin: 9f2c4e1ab07d33c58e6f0a12b4c9d87e5a3f61c20b8d4e97f1a6c3b5d2e08f47 - verify before sideloading with the Installer Tool.
        Security advisory SA-2026-014: a replay window in the BLE unlock handshake (CVSS 6.1) is closed in 4.0.3. Reported by the Cyber Security Research Centre, Nanyang Technological University.
        Customers in Singapore can bring units to our service centre at 1 Kaki Bukit View, #04-18 Techview, Singapore 415941, Mon-Sat 10:00-19:00. Hotline 6742 8800.
        Malaysia: warranty claims via WhatsApp +60 3-7890 2200 (EasyKey Malaysia Sdn Bhd, SSM 201801034567) - please include the invoice number and the lock serial.
        Battery guidance: 8 x AA alkaline last about 12 months at 10 unlocks a day; lithium AA not recommended below 0 C. The low-battery alert triggers at 4.8 V.
        Release 5.2.0 renames the default admin slot from "Admin 1" to "Owner" and the guest slots from "User 2-10" to "Guest 01-09". No reconfiguration is needed.
        Deprecated: the legacy SMS unlock-code feature (sent from short code 72001) ends on 31 March 2027 in line with IMDA's SMS Sender ID Registry rules.
        Tested hardware: Nuki Smart Lock 4.0 Pro, Xiaomi Smart Door Lock M20, igloohome Deadbolt 2S, Desslock S7. Matter 1.3 certification ID CSA-22781.
        Fix: unlock events triggered by the "Good Morning" scene were logged as "Unknown user"; they now show "Automation: Good Morning" in the activity feed.
        Pairing code format changed: the 11-digit Matter manual code (e.g. 3497-011-2332) is now printed inside the battery cover and on the quick-start card.
    """),
    ("en", "home_hub_device_list_export"): _lines("""
        device_id,name,room,vendor,model,protocol,fw,ip,last_seen,battery_pct
        hue-0017,Living Room Ceiling,Living Room,Signify,Hue White Ambiance A19,Zigbee,1.122.2,,2026-11-30T21:04:11+08:00,
        aq-sns-03,Bathroom Leak Sensor,Bathroom,Aqara,SJCGQ11LM,Zigbee,0.0.0_0019,,2026-11-30T20:58:02+08:00,87
        echo-01,Kitchen Echo,Kitchen,Amazon,Echo Dot (5th Gen),Wi-Fi,8289945092,192.168.1.41,2026-11-30T21:05:37+08:00,
        nest-cam-02,Front Door Camera,Entrance,Google,Nest Doorbell (battery),Wi-Fi,1.72-2,192.168.1.58,2026-11-30T21:03:10+08:00,64
        sw-bot-1,Aircon Button Pusher,Master Bedroom,SwitchBot,Bot W1101500,BLE,6.6,,2026-11-30T19:47:26+08:00,71
        tuya-plug-05,Rice Cooker Plug,Kitchen,Tuya,SP10 16A,Wi-Fi,1.1.8,192.168.1.77,2026-11-30T21:05:02+08:00,
        mi-vac-01,Robot Vacuum,Whole Home,Roborock,S8 MaxV Ultra,Wi-Fi,02.15.48,192.168.1.90,2026-11-30T14:10:00+08:00,100
        tv-01,Samsung Frame 55,Living Room,Samsung,QA55LS03DAKXXS,Wi-Fi,1640.3,192.168.1.33,2026-11-30T21:05:59+08:00,
        ring-chime-01,Chime Pro,Corridor,Ring,Chime Pro (2nd Gen),Wi-Fi,2.1.9,192.168.1.61,2026-11-30T21:01:44+08:00,
        Summary: 42 devices (Zigbee 19, Wi-Fi 15, Thread 5, BLE 3); 2 offline for more than 24 h: "Balcony Motion" and "Store Room Temp". Exported by Home Assistant 2026.11.3.
        Device names shown are the vendor defaults (e.g. "Bedroom Light 2", "Hallway Sensor"); rename them under Settings > Areas before sharing the export with support.
        ha_version=2026.11.3 supervisor=2026.11.1 os=HAOS 14.2 board=green integrations=63 automations=28 scripts=9 zigbee_coordinator=SkyConnect fw 7.4.4
    """),
    ("zh-Hans", "智能门锁售后FAQ"): _lines("""
        问：指纹识别率下降怎么办？答：请用干软布擦拭指纹头，潮湿季节可在App“设置-指纹”中重新录入同一手指3次以上，仍无法识别请拨打售后热线400-820-6688。
        问：门锁提示“电量低”后还能用多久？答：一般还可开锁约200次，建议一周内更换8节5号碱性电池，切勿使用可充电电池，以免电压偏低导致电机无力。
        问：临时密码可以设几组？答：鹿客Classic 2S支持单次密码和周期密码，周期密码最长有效期365天，最多同时生效10组。
        应急开锁：外部电池耗尽时，可用Type-C充电宝接入门锁底部应急供电口，供电30秒后即可正常输入密码或指纹开锁，进门后请立即更换电池。
        上门安装服务范围：北京、上海、广州、深圳、杭州等120个城市，下单后48小时内预约，偏远地区每单加收远程费50元，节假日安装不加价。
        凯迪仕（Kaadas）K20 Max 官方旗舰店保修说明：电子部件整机保修2年，锁体保修5年，人为损坏及私自拆机不在保修范围内。
        问：小米智能门锁能接入小爱同学吗？答：可以，在米家App绑定后对小爱同学说“门锁状态”即可查询，但出于安全考虑不支持语音开锁。
        企业客户请联系华南大客户部：深圳市南山区高新南七道12号科技园大厦9楼，邮箱 b2b@anjiasuo.com.cn，统一社会信用代码 91440300MA5G3K7L2X。
        问：家人的指纹如何分级管理？答：管理员可将成员设为“普通用户”或“临时用户”，临时用户可限定每周一至周五08:00-18:00有效。
        问：开锁记录保存多久？答：门锁本地保存最近500条，云端保存180天，可在App“消息-开锁记录”中按日期筛选并导出为Excel表格。
        固件V2.8.6更新说明：修复防猫眼开锁报警误报问题，新增“胁迫指纹”功能，用胁迫指纹开锁时会向预设紧急联系人推送提醒。
        退换货须知：签收后7天内未安装可无理由退货，已安装产品如非质量问题不予退换，运费险由店铺承担，详询天猫旗舰店在线客服（工作时间9:00-22:00）。
        问：门锁适配哪些门厚？答：标准款适配40-120mm门厚，超过120mm需加购延长方轴（SKU：AXK-120L，售价39元）。
    """),
    ("zh-Hans", "语音助手技能配置与代码"): _lines("""
        {"intent":"SetAirConditioner","slots":{"room":"卧室","temperature":26,"mode":"制冷"},"skillId":"sk_9a3f21","version":"1.4.2"}
        ROOM_ALIASES = {"客厅": "living_room", "主卧": "master_bedroom", "书房": "study"}  # 房间名从设备列表读取，不要写死家庭成员昵称
        curl -X POST https://api.example-iot.cn/v2/devices/control -H "Authorization: Bearer <TOKEN>" -d '{"deviceId":"dev_0001","cmd":"lock.status"}'
        天猫精灵开放平台回调地址：https://skill.example.com/aligenie/callback；超时3000ms；签名算法HMAC-SHA256；测试请使用平台分配的沙箱账号。
        const WAKE_WORDS = ["小爱同学", "天猫精灵", "小度小度", "你好小艺"]; // 各平台唤醒词，仅用于日志分类统计
        日志字段说明：ts(毫秒时间戳)、asr_text(识别文本)、intent(意图)、confidence(置信度0-1)、latency_ms(端到端时延)，不采集声纹特征。
        2026-11-28 09:15:02.331 INFO  asr_text="明天早上七点叫我起床" intent=SetAlarm slot.time=07:00 confidence=0.97 latency_ms=412
        2026-11-28 09:16:40.018 WARN  asr_text="把空调调到二十六度" intent=SetAC error=device_not_found room=default fallback=ask_user
        测试用例 TC-0412：用户说“播放周杰伦的晴天”，期望 intent=PlayMusic、artist=周杰伦、song=晴天；实际返回 artist=周杰，需修复分词。
        SDK升级：dueros-sdk 3.6.0 → 3.7.1，音频采样率统一为16kHz/16bit，旧版8kHz录音将于2027年1月1日停止支持。
        环境变量：IOT_REGION=cn-shanghai；MQTT_HOST=iot-as-mqtt.cn-shanghai.aliyuncs.com；MQTT_PORT=1883；PRODUCT_KEY=a1B2c3D4e5F（示例值）
        FAQ：设备别名支持中文、英文和数字，最长20个字符，如“客厅灯”“Kitchen Light 2”，同一家庭内不可重名。
        intents.yaml: - name: TurnOnLight  slots: [room, brightness]  samples: ["打开{room}的灯", "把{room}灯调到{brightness}"]
    """),
    ("zh-Hant", "門鈴鏡頭事件JSON說明"): _lines("""
        {"event_type":"motion","device_model":"Eufy Video Doorbell E340","ts":"2026-11-12T14:03:27+08:00","zone":"門口","duration_s":9,"clip":"clip_000184.mp4"}
        欄位說明：person_detected 為 AI 人形偵測結果，只判斷畫面中是否有人，不進行人臉身分比對；confidence 範圍為 0 至 1。
        {"event_type":"package_delivered","carrier_logo":"順豐速運","ts":"2026-11-12T16:20:11+08:00","snapshot":"snap_0932.jpg","confidence":0.88}
        {"event_type":"ring","device":"Ring Video Doorbell 4","firmware":"cam-3.58.12","wifi_rssi":-58,"answered":false,"ts":"2026-11-13T19:45:02+08:00"}
        注意：雲端錄影預設保存 30 日，香港用戶資料存放於 AWS 亞太（香港）區域 ap-east-1，如需延長可訂閱 Protect Plus 方案 HK$78/月。
        {"event_type":"tamper","device_model":"TP-Link Tapo D230S1","battery_pct":41,"tilt_deg":32,"ts":"2026-11-14T02:17:44+08:00","alarm":"siren_on"}
        熟人識別功能（Familiar Faces）預設關閉；在台灣啟用前須依《個人資料保護法》取得被拍攝者同意，範例 JSON 一律以 face_label: "unknown" 表示。
        {"event_type":"person_detected","face_label":"unknown","zone":"走廊","ts":"2026-11-14T08:02:19+08:00","clip_len":12,"region":"ap-east-1"}
        事件代碼對照：1001 按鈴、1002 移動偵測、1003 人形偵測、1004 包裹送達、1005 拆機警報、1006 低電量、1007 離線。
        Webhook 範例：POST https://hooks.example.com.tw/doorbell，Header X-Signature: sha256=<簽章>，失敗重試 3 次，間隔 10 秒。
        台灣客服專線 0800-088-520（每日 09:00-21:00），香港客服 +852 3018 6200，澳門授權經銷：新馬路 34 號 利民電器行。
        {"event_type":"low_battery","device_model":"小米智能門鈴3","battery_pct":9,"estimated_days_left":4,"ts":"2026-11-15T07:30:00+08:00"}
        開發者提示：ts 一律使用 ISO 8601 含時區；香港、澳門、台灣均為 UTC+08:00，請勿以 device_local_time 作為排序鍵。
    """),
    ("zh-Hant", "穿戴裝置商品上架清單"): _lines("""
        【現貨】Apple Watch Series 11 GPS 46mm 午夜色鋁金屬錶殼 運動型錶帶 M/L｜台灣公司貨｜NT$13,900｜SKU AW11-46-MN-ML
        Garmin Forerunner 265S 音樂 GPS 跑錶（粉色）香港行貨 一年保養 HK$2,899，順豐包郵，門市：旺角信和中心 2 樓。
        小米手環 9 NFC 版 台灣公司貨，支援悠遊卡，續航 21 天，商品編號 MB9-NFC-TW，售價 NT$1,495，滿千免運。
        HUAWEI WATCH GT 5 Pro 46mm 鈦金屬 澳門行貨，議事亭前地旗艦店有現貨，MOP 2,588，可用澳門通及 MPay 支付。
        Oura Ring 4 智慧戒指 尺寸 6-13 可選，附試戴尺寸套組，台灣代理：優盛科技股份有限公司，統一編號 24536817。
        ASUS VivoWatch 6 血氧心率手錶，醫療器材許可證字號 衛部醫器製字第008123號，數據僅供參考，不可取代醫療診斷。
        三星 Galaxy Watch8 Classic 47mm 藍牙版 黑色，台灣公司貨保固一年，商品條碼 8806095612345，NT$12,990。
        評價 4.8/5（1,284 則）：「錶帶好扣、睡眠追蹤準確、客服回覆快」——賣場：Dr. Watch 專業錶帶館（蝦皮商城認證）。
        Amazfit Balance 2 智能手錶 限時優惠 HK$1,498（原價 HK$1,798），豐澤、百老匯、蘇寧各大門市有售，優惠至 12 月 31 日。
        規格：1.5 吋 AMOLED、5ATM 防水、雙頻 GPS、藍牙 5.3、重量 34 g，藍牙配對名稱預設為「Amazfit Balance 2 A7F3」。
        阿貴手機配件行 特價：Fitbit Charge 6 原廠矽膠錶帶 三入組 NT$690，門市位於光華數位新天地 3 樓，統一編號 53817264。
        退貨政策：七天鑑賞期內未拆封可退，已綁定帳號之手錶須先於 App 解除綁定並恢復原廠設定，才可辦理退貨，運費由賣場負擔。
        Polar Pacer Pro 跑錶 台灣總代理 保固兩年，客服信箱 service@polarshop.com.tw，LINE 官方帳號 @polartw。
    """),
    ("ms", "notis_pengurusan_bangunan"): _lines("""
        NOTIS: Pemasangan kunci pintar pintu utama Blok A dan B akan dijalankan pada 15-17 Disember 2026, 9 pagi hingga 5 petang. Kad akses lama masih sah sehingga 31 Disember.
        Penduduk yang ingin mendaftar cap jari untuk pintu pagar sila hadir ke Pejabat Pengurusan, Aras G, Residensi Seri Bayu, dengan membawa kad akses dan salinan perjanjian sewa.
        Badan Pengurusan Bersama (JMB) Residensi Seri Bayu, No. Pendaftaran JMB/MBPJ/2019/0412, talian pejabat 03-7865 2210 (Isnin-Jumaat 9:00-17:30).
        Makluman: Kamera loceng pintu di lobi hanya merakam kawasan awam. Rakaman disimpan 30 hari mengikut Akta Perlindungan Data Peribadi 2010 (Akta 709).
        Kod akses pelawat kini dijana melalui aplikasi i-Neighbour; kod sah selama 4 jam dan hanya boleh digunakan sekali. Sila jangan kongsi tangkap layar di media sosial.
        Gangguan sistem: gateway kunci pintar (ZKTeco ProBio 3) di pintu basement tidak dapat dihubungi dari 02:10 hingga 03:45 pagi tadi; semua log telah dipulihkan.
        Kontraktor yang dilantik: Pak Mat Kunci & Keselamatan Sdn. Bhd. (SSM 201601012345 / 1186543-A), No. 27, Jalan SS 2/64, 47300 Petaling Jaya.
        Peringatan: Bateri kunci pintar unit perlu ditukar oleh penduduk sendiri. Pengurusan menjual bateri AA alkali di kaunter pada harga RM2.50 sebiji.
        Jadual penyelenggaraan lif dan interkom: Blok A 8 Jan, Blok B 9 Jan, Blok C 10 Jan 2027. Interkom video dimatikan 10 pagi hingga 12 tengah hari.
        Untuk aduan kerosakan, hubungi WhatsApp pengurusan 011-2345 8870 atau e-mel helpdesk@seribayu-jmb.com.my, nyatakan blok dan jenis peranti sahaja.
        Garis panduan Alexa/Google Home: peranti pembantu suara tidak dibenarkan dipasang di koridor bersama atas sebab privasi jiran.
        Kadar caj pemasangan loceng pintu pintar oleh kontraktor berdaftar: RM180 (model berwayar), RM120 (model bateri), termasuk SST 8%.
        Notis ini dikeluarkan oleh Pengurus Bangunan bagi pihak JMB Residensi Seri Bayu pada 1 Disember 2026. Rujukan: SB/NOT/2026/118.
    """),
    ("mixed", "installer_staff_group_chat"): _lines("""
        [09:12] Ops: Today 3 jobs - Toa Payoh HDB digital lock swap x2, Jurong East condo gate sensor. Van 2 booked? Bring the Samsung SHS-P718 drilling template ya.
        [09:15] Tech A: 收到，P718 template 在 van 里。Screws 记得拿 M5 long 的，上次那单门厚 55mm 不够长。
        [09:31] Store: SKU DL-P718-BLK stock tinggal 4 unit je, yang gold dah habis. Supplier ETA Friday, PO-2026-1187.
        [10:05] Ops: Reminder - don't take photos of house interiors or unit numbers for WhatsApp, upload job photos to the FSM app only. PDPA audit next month.
        [11:40] Tech B: Jurong East site the gateway keep drop Wi-Fi lah, 2.4GHz channel 11 very crowded. Changed to ch 1, now stable. Firmware 4.0.3 already.
        [12:02] Team Lead: 大家午饭后先回 Ubi showroom 拿 Matter bridge，下午那单是 Punggol Northshore BTO 批量交付 40 units。
        [13:18] Store: Invoice INV-SG-2026-04471 for the Northshore batch issued, S$18,400 before GST, 30-day term. Please get the mgmt office chop on the DO.
        [14:45] Tech A: Lobby doorbell camera angle already adjust, now only cover common corridor, tak nampak pintu rumah jiran. Management ok with it.
        [15:20] Ops: Supplier hotline for Desslock Malaysia is 1-300-88-3377, ask for the RMA form. Our dealer account code CUST-SG-0092.
        [16:02] Team Lead: 明天 8:30 在 Kaki Bukit warehouse 集合，training on the new Yale Luna Pro+，Yale Singapore 会派 trainer 来。
        [17:45] Tech B: Done for today. 3 jobs closed in FSM, 1 pending parts (handle spring). Van returned, fuel 3/4, key in the drop box.
        [18:10] Ops: Weekly KPI - 37 installs, 2 callbacks, avg job time 1h12m. Well done team, jangan lupa submit parking claim before Friday.
        [18:30] Store: Heads up, fake "Yale" locks on Carousell at S$99 - not genuine, no warranty. Tell customers to buy from the authorised dealer list on yale.com.sg.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        2026-11-03T23:41:07+08:00 lock=FrontDoor evt=UNLOCK method=fingerprint slot=04 label="Darren Goh (son, Sec 3)" bat=62% fw=4.0.3
        {"event":"face_recognised","camera":"Doorbell Pro 2","ts":"2026-10-21T08:14:55+08:00","face":{"label":"Priya Raman","group":"neighbours","confidence":0.93},"clip":"c_20261021_081455.mp4"}
        BLE scan 14:02:11 rssi=-61 adv_name="Marcus Teo's Galaxy Watch6 (2F4A)" tx=4dBm connectable=true
        Kelvin Lau,2026-09-14,resting_hr=88,spo2_min=86,irregular_rhythm=true,"AFib alert again, cardiology review at TTSH 22 Sep"
        [Alexa voice history 2026-11-18 07:02] "Alexa, add pay back the Ah Long four thousand by Friday to Wei Jie's to-do list" - Added to Wei Jie's list.
        home_hub.wifi: ssid="TanFamily_Blk418_TampinesSt41_#09-236" security=WPA3 band=2.4GHz clients=17 router=TP-Link Deco X55
        mqtt home/lock/audit {"slot":2,"enc":"b64","holder":"QnJ5YW4gQ2h1YSBKdW4gSGFvO1M5MDEyMzQ1STs5NzM0IDIxODY=","evt":"pin_added"}
        Doorbell SMS relay: motion at front gate 02:13, snapshot sent to +65 9058 3321 and +65 8841 0657
        Oura shared note to family: "Rachel is 11 weeks pregnant, please keep the nursery sensor at 24 C" - readiness 54, HRV 31 ms
        Guest PIN 480913 issued to Jonathan Seah (Airbnb guest, passport K1234567F) valid 12-15 Dec 2026, unit 15-03 The Sail @ Marina Bay
        automation: trigger zone person.grace_lim leave zone.home (lat 1.35732, lon 103.94561, r=60) -> notify mobile_app_pixel_8 "Grace left home"
    """),
    "zh-Hans": _lines("""
        2026-10-05 07:12:33 指纹开锁 用户:王建国(爸爸) 门锁:入户大门 电量:45% 设备SN:LK2S-0A3F91
        小爱同学语音记录 21:36「给张丽华打电话，号码一三九一七二八四五三六」→ 已拨打 139 1728 4536
        姓名,身份证号,日期,平均心率,睡眠时长 / 刘晓燕,110105199003074528,2026-11-02,76,6.2h
        米家设备：“李思思卧室空调”，所在位置：上海市闵行区莘庄镇莘松路958弄18号1202室
        {"event":"stranger_stay","device":"智能猫眼X5","msg":"门外人员逗留42秒","owner":"陈先生","notify":"186****3307"}
        华为手表房颤提醒：赵阿姨（78岁，住3栋2单元501）今晨04:10心率152次/分，已自动通知女儿
        蓝牙配对列表：“黄梓轩的AirPods Pro”“客厅小爱音箱”“Redmi Watch 3 Active”
        POST /api/v1/lock/users?name=%E5%91%A8%E9%9B%A8%E6%A1%90&mobile=15927360841&role=admin HTTP/1.1 200
        天猫精灵留言：“老公，离婚协议我放书房抽屉了，孩子周末归我——婷婷”，播放时间 2026-11-09 22:15
        门铃留言转写：“杨磊，你欠的8万块下周再不还，我们天天来你家门口守着。”来源：可视门铃 留言#0037
        智能音箱购物记录：付款方式 工商银行借记卡 6222 0212 3456 7890 123，持卡人 孙浩然，订单已支付 ¥329
    """),
    "zh-Hant": _lines("""
        智能門鎖住戶登記：陳嘉欣，香港身份證 K512346(1)，沙田第一城 35座 21樓 G室，指紋2組、密碼1組
        {"事件":"訪客按鈴","熟客識別":"林太（12樓B室）","時間":"2026-11-07T18:22:40+08:00","片段":"ring_1822.mp4"}
        智慧電表帳戶：戶名 黃冠宇，身分證字號 A129730257，用電地址 新北市板橋區文化路二段 285 巷 7 號 4 樓
        Google 助理語音紀錄：「OK Google，打給阿嬤 0928-617-403」→ 正在撥號給 阿嬤（行動）
        Apple Watch 跌倒偵測：吳伯伯於 2026/11/02 03:27 在浴室跌倒無回應，已撥打緊急聯絡人 0933-402-718
        澳門 智能門鎖臨時密碼 582047 已傳送至 何家豪（+853 6628 4197），有效期至 2026年12月20日 23:59
        保安群組轉發門鐘截圖：「2座18樓嗰個梁志偉今朝俾差人拉咗，門口仲貼住封條，佢老婆喊到成條走廊都聽到」
        家庭成員備註（智慧家庭 App）：媽媽 蔡淑芬，月薪 NT$52,000，每月 5 號提醒轉帳 NT$8,000 給外婆
        BLE 廣播 local_name(hex)=e984ade7be8ee78eb220303935352d3331382d303236 type=0x09 rssi=-72 裝置：智慧藥盒
        門鐘相片已上傳 IMG_20261103_1842.jpg：羅小姐抱住BB喺門口，後面係佢老公架車，車牌 VT 8823
    """),
    "ms": _lines("""
        Log kunci pintar 06/11/2026 22:48 - Dibuka dengan PIN oleh "Pak Cik Rosli (jiran A-12-3)", pintu ditutup semula 22:51
        Borang daftar penghuni kunci pintar: Nama Nurul Izzati binti Ahmad Fauzi, No. MyKad 920418-10-5634, Unit B-09-11, Residensi Seri Bayu
        Notifikasi loceng pintu dihantar ke 012-748 3390 pada 03:12 pagi: Pergerakan dikesan di pagar depan
        Eksport jam pintar: Encik Hafiz Zulkifli, 14/11/2026, glukosa 13.8 mmol/L, diabetes jenis 2, langkah 2,310, nota: lupa insulin malam
        Transkrip Google Assistant: "Hey Google, ingatkan Azlan bayar hutang PTPTN RM18,450 sebelum 30 haribulan, dah kena surat peguam"
        Nama Wi-Fi rumah: RumahKakYam_No12_JlnMawar3_TmnSriMuda_40400 (kata laluan ditampal di pintu peti ais)
        Muatan QR akses pelawat: eyJuYW1hIjoiTW9oZCBGYWl6YWwgYmluIElzbWFpbCIsInBsYXQiOiJXWFkgNzI4NCIsInVuaXQiOiJCLTA3LTIifQ== (sah 4 jam)
        Mesej Alexa Drop In ke bilik Mak: "Mak, Aina dah mengandung 3 bulan, jangan bagitahu ayah dulu ya"
        Autobayar bil TNB dari akaun Maybank 1640 2231 8876 milik Lim Chee Keong gagal - baki tidak mencukupi (peranti: meter pintar)
    """),
    "mixed": _lines("""
        Doorbell 门铃 intercom: 送货员说 "陈太, parcel放门口 ok? Blk 233 Ang Mo Kio Ave 3 #08-1247 right?"
        GET /lockapp/v2/member/add?display=Ah%20Boy&nric=S8234567A&role=child&lock=yale-luna-01 → 201 Created 成员已添加
        Garmin export | 姓名 Lee Mei Ling | 诊断 hypertension stage 2 | BP 158/97 | 药物 amlodipine 5mg | sync 2026-11-21 06:40
        Carpark ANPR gate cam: SMB4821K 车主 Ah Seng (Blk 6 lot 112) 进入 21:04, season parking expired 14 days
        Smart lock audit: user_07 "Kak Ton (maid)" FIN G6123458L unlocked 14:22, masuk bilik tuan rumah 14:25
        Ring 账户安全通知：recovery email 已从 kelvin.ong88@gmail.com 改为 k.ong.sg@outlook.com，如非本人操作请立即处理
        Nest Hub 家庭成員 Voice Match: 許雅婷 (Mom), birthday 1984/03/19, 身分證 F226481932 linked for payments
        {"lock_sn":"DS-K1T-2291","owner_name":"梁国华","owner_id_card":"440305198811230018","unlock":"face","ts":"2026-11-25 19:03"}
        Group chat screenshot from doorbell: "Eh that Mr Kumar 5th floor cerai dah with his wife, she moved out with the kids last week"
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are HomeBuddy, a support assistant for a Singapore smart-lock retailer. Be concise and respect residents' privacy.",
        ),
        (
            "user",
            "Can you summarise this lock log? 21:02 unlock fingerprint 'Mum'; 23:47 unlock PIN slot 6 'Shawn Lim (tenant, room 2)'; 23:48 door left open 3 min; 02:15 unlock PIN slot 6 again. I think Shawn is bringing people in late at night.",
        ),
        (
            "assistant",
            "Summary: one fingerprint unlock on the slot labelled Mum at 21:02, then two PIN unlocks on slot 6 (labelled Shawn Lim, tenant room 2) at 23:47 and 02:15, with a 3-minute door-open alert in between. The log cannot show how many people entered. If you are concerned, talk to the tenant or set a time schedule on slot 6.",
        ),
        ("user", "OK, how do I limit slot 6 to 07:00-23:00 only?"),
        (
            "assistant",
            "In the app go to Users > Slot 6 > Access schedule, choose Recurring, set 07:00 to 23:00 for all days and save. The lock will reject that PIN outside the window and log a 'schedule denied' event.",
        ),
    ],
    [
        (
            "system",
            "你是智家售后客服助手。当前工单 GD-20261126-0419：客户 邓志强，手机 15821936470，安装地址 杭州市西湖区古墩路翠苑嘉园 7幢1单元602室，设备 鹿客门锁 Classic 2S，问题：指纹失灵。",
        ),
        ("user", "我家门锁指纹老是识别不了，今天早上差点进不去门，能不能尽快派人来？"),
        (
            "assistant",
            "邓先生您好，很抱歉给您带来不便。已为您预约明天上午9:00-12:00上门检测，师傅出发前会拨打您尾号6470的手机。在此之前可先用密码或机械钥匙开门。",
        ),
        ("user", "好的，师傅来之前我需要准备什么？"),
        (
            "assistant",
            "请准备好购买凭证（订单号或发票），并确认门锁电量在20%以上。如需改约，回复本工单号即可。",
        ),
    ],
    [
        (
            "user",
            "我阿爸黃錦輝今年72歲，佢隻 Apple Watch 成日彈「心房顫動」通知，上個禮拜喺屯門醫院確診咗心房顫動，而家食緊薄血丸。點樣設定先可以等我部 iPhone 都收到佢嘅通知？",
        ),
        (
            "assistant",
            "可以用「健康」App 的共享功能：喺你爸爸部 iPhone 打開健康 App > 分享 > 與他人分享，揀你做聯絡人，再勾選「心律不整通知」同「心率」。你接受邀請之後，佢手錶有提示你部電話都會收到通知。另外建議喺佢嘅醫療卡填好藥物資料，方便緊急時救護員查看。",
        ),
        ("user", "跌倒偵測都可以通知我嗎？"),
        (
            "assistant",
            "可以。喺佢部 iPhone 嘅 Watch App > 緊急求救 開啟跌倒偵測，並喺醫療卡加你做緊急聯絡人。跌倒後一分鐘無反應，手錶會自動打 999 並傳短訊同位置俾你。",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis mesej sopan kepada jiran saya, Encik Roslan Abdullah dari unit C-15-08, sebab kamera loceng pintu dia menghala terus ke pintu rumah saya.",
        ),
        (
            "assistant",
            "Cadangan mesej: Assalamualaikum Encik Roslan, saya jiran sebelah. Saya perasan kamera loceng pintu encik menghala ke arah pintu rumah kami. Boleh tak encik laraskan sudutnya supaya hanya merakam kawasan depan rumah encik? Terima kasih atas kerjasama.",
        ),
        (
            "user",
            "Tambah sekali yang dia pernah rakam anak saya Irfan masa balik sekolah dan hantar dalam group WhatsApp blok.",
        ),
        (
            "assistant",
            "Versi dikemas kini: ...Selain itu, saya dimaklumkan rakaman anak saya, Irfan, semasa pulang dari sekolah telah dikongsi dalam kumpulan WhatsApp blok. Saya harap encik dapat memadamkannya. Jika tidak selesai, perkara ini boleh dirujuk kepada pengurusan bangunan.",
        ),
    ],
    [
        (
            "user",
            "My grandma 林亚妹 stay alone at Bedok North, her Google Nest Hub keep saying cannot connect. Her handphone 8126 5093. Can the Nest call me automatically if she fall down?",
        ),
        (
            "assistant",
            "The Nest Hub cannot detect falls by itself. You can set up Broadcast and Duo-style calling so she can say 'Hey Google, call' you, and add a fall-detection wearable that alerts you. For the connection issue, first restart her router and the Hub, then re-add the Hub in the Google Home app.",
        ),
        (
            "user",
            "Can you write the exact words she should say? She only speak Hokkien and a bit Mandarin.",
        ),
        (
            "assistant",
            "Google Assistant does not understand Hokkien yet, so set the Hub language to Mandarin (Taiwan) and teach her to say: 好的 Google，打电话给孙子。Also save her own number 8126 5093 in your contacts as 阿嬤 so you recognise her calls.",
        ),
    ],
    [
        ("system", "You are a wellness data assistant. You do not give medical diagnoses."),
        (
            "user",
            "Here is my Fitbit export: name=Hannah Yeo, dob=1991-07-22; 2026-11-01 rhr 58 sleep 7h02; 2026-11-08 rhr 64 sleep 5h40; 2026-11-15 rhr 71 sleep 4h55. I started sertraline on 5 Nov for depression, could that be why?",
        ),
        (
            "assistant",
            "Your resting heart rate rose from 58 to 71 and sleep fell by about two hours over two weeks, which lines up with when you started the new medication. Sleep disruption is a commonly reported early effect, but other factors matter too. Please share these numbers with the doctor who prescribed it rather than changing the dose yourself.",
        ),
        ("user", "Thanks. Can you make a short table I can show my psychiatrist?"),
        (
            "assistant",
            "Date | Resting HR | Sleep: 1 Nov | 58 | 7h02; 8 Nov | 64 | 5h40; 15 Nov | 71 | 4h55. Note: medication started 5 Nov.",
        ),
    ],
    [
        (
            "user",
            "帮我看看这段小度的识别日志为什么没拨出去：asr_text='给舅舅孙国栋打电话 一三六零二八七四九一五' intent=Call contact=null",
        ),
        (
            "assistant",
            "intent 识别正确，但 contact 为空，说明“舅舅孙国栋”不在小度绑定的通讯录里，而号码被识别成中文数字，没有被转换成 13602874915。建议在小度App通讯录中添加联系人“舅舅”，号码填 13602874915，之后直接说“给舅舅打电话”即可。",
        ),
        ("user", "添加了还是不行，显示“该号码未开通通话功能”。"),
        (
            "assistant",
            "小度的语音通话需要对方号码也开通小度通话或是普通手机号外呼权限。请在App“通话设置”中开启“拨打手机号”，并完成本机号码实名验证后再试。",
        ),
    ],
    [
        (
            "user",
            'Parse this doorbell event for me: {"event":"face_recognised","label":"Ravi Chandran","relation":"ex-husband","ts":"2026-11-20T22:41:03+08:00","camera":"front gate","note":"court protection order in place"} Should I call the police?',
        ),
        (
            "assistant",
            "The doorbell recognised a face it has labelled Ravi Chandran, noted as your ex-husband, at the front gate at 22:41 on 20 Nov. If a protection order is in force and he is at your home, your safety comes first: in Malaysia call 999 and tell them the order exists. Keep the clip, do not delete it, as it may be evidence.",
        ),
        ("user", "He left already. How do I export the clip?"),
        (
            "assistant",
            "Open the event in the app, tap the three-dot menu and choose Download. Save it to your phone and a second location such as cloud storage, and write down the event time so the police can match it.",
        ),
    ],
    [
        (
            "user",
            "Ini senarai peranti Home Assistant saya, kenapa sensor pintu selalu offline? SSID: Keluarga_Zainal_No8_Jalan_Cempaka2_TamanMelawati; binary_sensor.pintu_bilik_nadia (Aqara, bateri 12%); lock.pintu_depan (online).",
        ),
        (
            "assistant",
            "Sensor pintu bilik itu berbateri 12%, dan sensor Zigbee Aqara selalu terputus bila bateri di bawah 20%. Tukar bateri CR1632 dahulu. Satu lagi, nama SSID anda mendedahkan nama keluarga dan alamat rumah; lebih selamat jika ditukar kepada nama umum.",
        ),
        ("user", "Ok, lepas tukar bateri dia masih offline."),
        (
            "assistant",
            "Cuba pasang semula (re-pair) sensor dalam ZHA dengan menekan butang reset 5 saat, dan pastikan ada peranti Zigbee berkuasa elektrik (contohnya plag pintar) dalam jarak 5 meter sebagai router.",
        ),
    ],
    [
        ("system", "你是台電智慧電表 App 的客服助理，回答需使用繁體中文。"),
        (
            "user",
            "我要把智慧電表帳戶過戶給我太太，原戶名 簡志明，身分證 B188462017，用電地址 台中市西屯區福科路 318 號 9 樓之 2，電號 07-12-3456-78-9，請問要準備什麼？",
        ),
        (
            "assistant",
            "簡先生您好，辦理過戶需準備：原戶名與新戶名雙方身分證正反面影本、新戶名之房屋所有權狀或租約、最近一期電費收據（電號 07-12-3456-78-9）。可於 App「帳戶服務 > 過戶申請」線上上傳。",
        ),
        ("user", "我太太人在國外，可以由我代辦嗎？"),
        (
            "assistant",
            "可以，需另附新戶名簽名之委託書及其身分證影本。若需在國外簽署，委託書可掃描上傳，正本於 30 日內寄回即可。",
        ),
    ],
]
