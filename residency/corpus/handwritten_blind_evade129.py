# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade129: personal data in building-management and facility-booking system artefacts (visitor QR passes, facility booking exports, resident directory CSVs, lift access logs, intercom call records, parcel locker notifications). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade129
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "qr_pass_config"): _lines("""
        visitor_pass: {ttl_minutes: 240, qr_version: 7, ecc: "M", payload_prefix: "V1|", allow_multi_entry: false}  # v3.4.2 default, see BMS-1182
        Sample facility QR payload for the BBQ pit pilot (base64): RkFDPUJCUS1QSVQtMDJ8U0xPVD0yMDI2LTEyLTEyVDE4OjAwLzIxOjAwfERFUE9TSVQ9NTAuMDA=
        Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJraW9zay1sb2JieS1BIiwicm9sZSI6ImRldmljZSIsImlzcyI6ImJtcy5leGFtcGxlLmNvbSIsImV4cCI6MTc5NjYwMTYwMH0.k3Xq9vTz0Lw
        GET /api/v2/facilities?name=%E6%B8%B8%E6%B3%B3%E6%B1%A0&date=2026-12-14&site=SG-PUNGGOL-02 HTTP/1.1 200 312ms
        contractor_pass_b64 = "Q09OVFJBQ1RPUnxLb25lIEVsZXZhdG9yIChISykgTHRkfFdPLTIwMjYtMTE4NHxMSUZUIEwz"  # fixture for test_contractor_gate.py
        BEGIN:VCARD VERSION:2.1 ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E7=AE=A1=E7=90=86=E8=99=95 TEL;WORK:+85227301234 URL:https://estateapp.example.hk END:VCARD
        MECARD:N:Hup Seng Plumbing Works;TEL:+6562871234;EMAIL:service@hupsengplumbing.com.sg;NOTE:Approved vendor PO-88412;;
        intercom.sip.registrar = "sip:guardhouse@ic.parc-vista.local"; intercom.sip.extensions = [1001, 1002, 2001]; intercom.ring_timeout_s = 35
        locker_device_id_hex=4c4f4242592d412d3031 (ASCII LOBBY-A-01), firmware 2.18.0-rc3, image sha1 3f786850e387550fdab836ed7e6dc881de23001b
        qr.sign.key_id = "bms-2026-q4"  # rotate every 90 days; old key bms-2026-q3 accepted until 2026-12-31 23:59 SGT
        example: curl -X POST https://api.example.com/v1/passes -d '{"type":"delivery","vendor":"GrabFood","valid_from":"2026-12-08T11:00:00+08:00"}'
        ALLOWED_VISITOR_TYPES = ["guest", "contractor", "delivery", "ride_hail", "moving_in"]; MAX_GUESTS_PER_DAY = 20; REQUIRE_HOST_APPROVAL = True
        Regex for pass codes: ^VP-[0-9]{4}-[A-Z0-9]{6}$ e.g. VP-2026-K7Q2XM; expired codes return HTTP 410 with error_code PASS_EXPIRED
    """),
    ("en", "parcel_locker_notifications"): _lines("""
        [Parcel Locker] Locker bank L2 at Block 5 lobby is out of service 8-10 Dec for a firmware upgrade. Couriers please use bank L1. Estate Office 6123 4567.
        Template PARCEL_READY_EN: "Your parcel from {carrier} is in locker {locker_id}. PIN {pin} expires in {hours}h." Last edited v14, 2026-11-30.
        Ninja Van tracking NVSGPLK0001928374 delivered to locker bank B (Tower 2) at 14:22; SLA met. Batch total 46 parcels, 0 rejects.
        Overdue parcels (more than 72h) will be moved to the management office, Level 1 Clubhouse, and kept 14 days. Office hours Mon-Fri 9am-6pm, Sat 9am-1pm.
        Pick-up PINs are 6 digits and single-use. Staff will never ask you for one by phone or WhatsApp. Report suspicious calls to the Estate Office at +65 6789 0011.
        Daily locker report 2026-12-06: 312 deposits, 298 collections, 9 overdue, 2 oversized rejects, compartment C-04 door sensor fault (ticket INC-55812).
        SF Express waybill SF1456789012345 returned to sender after 7 days uncollected; compartment released. Carrier notified via API callback 200 OK.
        Shopee Xpress SPXMY0287741923 deposited at Pangsapuri Seri Mutiara locker M3, bay 22, 09:41. Notification queued (channel=app, retry=3).
        Cold-chain compartments (2-8°C) are reserved for pharmacy and grocery deliveries from Guardian, Watsons and FairPrice only.
        Reminder to tenants of Suntec Tower Three: parcels for offices are received at the L1 concierge and never placed in the residential lockers.
        Webhook payload sample: {"event":"parcel.collected","locker":"B-03","carrier":"DHL","awb":"1234567890","ts":"2026-12-07T08:15:00Z"}
        Locker fees from 1 Jan 2027: first 48h free, then S$1.00 per day, capped at S$10.00. Oversized bay surcharge S$2.00. GST 9% included.
        Carrier onboarding: J&T Express, Qxpress and Lalamove drivers must scan the courier QR at the guardhouse; each QR is valid 30 minutes per drop.
    """),
    ("zh-Hans", "电梯门禁日志"): _lines("""
        2026-12-07 08:14:32 [LIFT-B2] 卡类型=临时访客 楼层权限=1F,12F 刷卡结果=允许 设备=EL-B2-03 固件=4.1.7
        2026-12-07 08:15:01 [ACCESS] 门禁控制器 DC-07 心跳超时 3 次，已切换备用链路 192.168.30.17，工单号 GD20261207-0041
        电梯群控日志：3号梯 09:02 进入消防模式（联动信号来自 FAS 回路 L2），09:17 复位；维保单位：上海三菱电梯有限公司
        访客二维码解码样例（消防年检用）：5Li05pe26YCa6KGMOua2iOmYsuW5tOajgCDljZXkvY065LiK5rW35biC5rWm5Lic5paw5Yy65raI6Ziy5pWR5o+05pSv6ZifIOWMuuWfnzpCMui9puW6kw==
        [WARN] 2026-12-06 23:58:10 梯控 EL-A1-01 楼层按钮 18F 连续误触发 27 次，疑似面板进水，已通知工程部
        统计 2026-12-06：A 栋刷卡 4,812 次，人脸识别 3,209 次，二维码 611 次，拒绝 38 次（过期码 29，黑名单 0，无权限 9）
        POST /lift/v1/dispatch {"from":"B1","to":"RF","mode":"VIP_OFF","source":"fire_drill"} -> 202 Accepted trace_id=7f3a9c21e4b0
        门禁事件 EVT=DOOR_FORCED_OPEN 位置=地下车库B2-东侧消防门 时间=02:41:07 持续 38s 处理=保安巡逻确认为风吹，已关闭
        人脸库同步：新增 0，删除 12（迁出注销），总计 2,306 条；同步耗时 41.2s；模型版本 facematch-v5.3.1
        临时卡 TMP-0093 至 TMP-0120 已回收，批次 2026Q4-03，剩余可用 57 张；请前台于每日 22:00 前完成清点
        2026-12-07 10:22:45 [INTERCOM] 主机 GH-01 呼叫 物业服务中心 分机 8001 通话 00:01:12 结果=已接通
        配置 access.yaml：visitor_qr_ttl=4h，floor_map_version=2026.11，anti_passback=true，lift_group=[A1,A2,A3]
        梯控接口报错 ERR_CARD_CRC (0x1F) 出现 214 次，集中在读卡器 RD-C3-05，厂家深圳市捷顺科技实业股份有限公司已远程排查
    """),
    ("zh-Hans", "物业员工群聊"): _lines("""
        @全体 今晚20:00 B区水泵房停电检修约2小时，客服部请提前在业主群和电梯屏发通知，工程部带好绝缘手套、万用表和备用浮球阀
        收到，3号梯维保报告已上传OA，编号WB-2026-1207，上海三菱的师傅说主机钢丝绳磨损超标，下次年检前必须更换，报价单下周发过来
        前台这周快递柜超时件有点多，丰巢那边的客服热线我查了是 95338 转商务合作，明天上午我打过去问下能不能把免费时长延长到96小时
        保安队长：今晚夜班安排两人，一人守岗亭一人巡逻，2:00和4:00各巡一次地库和天台，巡更点位按新版 12 点位表走，巡更棒记得充电
        会所羽毛球场本周六 9-12 点被物业的亲子运动会占用了，系统里先锁场，公告我来写，已预约的场次系统会自动原路退款，大家别手动操作
        财务提醒：11月代收水电费对账差额 ¥1,284.50，原因是两笔支付宝退款没入账，流水号已经贴在群文件，请客服部周五前在系统里补录冲红
        消防演练定在 12月15日 下午3点，联系的是浦东新区消防救援支队，现场需要准备对讲机 10 台、灭火器 6 具、警戒带 200 米，集合点在中心花园
        新版访客系统 v2.3 明天上线，旧二维码 48 小时内仍可用，之后全部失效；客服话术更新在共享盘“访客FAQ_v5.docx”，今晚大家看一遍
        绿化外包合同月底到期，三家报价：¥18,600/月、¥21,000/月、¥19,850/月，周三例会定，大家先看下资质文件和去年的考核评分
        今天抽查人脸识别闸机，A1 识别率 98.7%，A3 只有 91.2%，怀疑是下午西晒摄像头逆光，工程部明早调一下角度再加个遮光罩试试
        提醒一下，业主信息表不要截图发群里，要沟通就发工单号或者系统链接，公司刚做完个人信息保护合规培训，审计下个月会来抽查聊天记录
        电梯广告屏的合同是跟分众传媒签的，收入每季度结一次，这季度是 ¥36,000，已开票入账，凭证号 PZ-2026-1130，公示栏下周更新
        地库 B2 出口道闸识别不了新能源绿牌的问题，厂家说升级到固件 3.8.2 就好，周四晚上 23 点后升级，升级期间改人工抬杆放行
    """),
    ("zh-Hant", "設施預約常見問題"): _lines("""
        問：會所宴會廳最多可預約多久？答：每個住戶單位每月最多 2 次，每次不超過 4 小時，須於 14 日前經住戶 App 預約。
        預約連結格式為 https://booking.example.hk/f?name=%E6%9C%83%E6%89%80%E5%AE%B4%E6%9C%83%E5%BB%B3&slot=1900，請勿自行修改參數。
        問：燒烤爐按金如何退還？答：場地檢查無損壞後 7 個工作天內原路退回，查詢請致電管理處 2730 1234（辦公時間）。
        羽球場時段 QR 碼內容示例（Base64）：6Kit5pa9Oue+veeQg+WgtEEg5pmC5q61OjE5OjAwLTIxOjAwIOaKvOmHkTpOVCQ1MDA=，掃描後只顯示場地與時段。
        問：訪客可否單獨使用泳池？答：不可。訪客須由住戶陪同，每單位每次最多 4 位，泳池開放時間為 4 月至 10 月 7:00-22:00。
        天文台發出八號或以上熱帶氣旋警告信號、或黑色暴雨警告生效期間，所有戶外設施預約自動取消，費用全數退回，住戶毋須另行申請。
        問：預約系統支援哪些付款方式？答：八達通、轉數快 FPS、信用卡（Visa/Mastercard）；FPS 識別碼 1234567 屬本管理公司賬戶。
        台北市信義區社區規約範本：健身房每人每次限 90 分鐘，尖峰時段（19:00-22:00）需於前一日 12:00 前預約。
        問：宴會廳可否作商業用途？答：不可。根據大廈公契第 6 條，會所設施只限住戶私人聚會，不得收費或作宣傳活動，違者取消預約資格 6 個月。
        澳門氹仔屋苑會所 App 3.2.0 版起新增葡文介面；預約確認短訊由系統號碼發出，毋須回覆，查詢請致電管理處 2882 1234。
        問：遺失場地二維碼怎麼辦？答：在住戶 App「我的預約」頁面按「重新產生」即可，舊碼即時失效；每個預約每日最多重發 3 次。
        停車場訪客車位每日 10:00 起開放預約翌日時段，每單位每日限 1 個，最長 8 小時，逾時每小時收費 HK$30，過夜泊車須另行申請。
        問：為何掃碼後顯示「ERR_SLOT_TAKEN」？答：該時段已被其他單位預約，請重新整理；如仍有問題請截圖電郵至 support@estateapp.example.hk。
    """),
    ("zh-Hant", "管理費發票"): _lines("""
        發票號碼 INV-HK-2026-11-0382｜致：翠湖花園業主立案法團｜項目：11 月升降機保養（3 部）｜金額 HK$14,850.00｜到期日 2026-12-31
        統一發票 AB-12345678｜賣方：台灣大樓保全股份有限公司 統編 24536871｜品名：11 月駐衛保全服務｜含稅 NT$168,000
        收據 R-2026-0917｜付款人：嘉怡閣管理委員會｜代收項目：公共電費 11 月｜HK$8,412.60｜以支票付款 支票號 004521
        八達通商戶編號 12345 結算報表：11 月會所收費 412 筆，總額 HK$23,680，手續費 HK$142.08，淨額已於 12 月 3 日入賬。
        報價單 Q-0712：更換大堂智能快遞櫃 1 組（36 格），含安裝及一年保養，總價 HK$98,000，有效期 30 日。供應商：順豐智能櫃
        澳門發票 N.º 000512｜大廈管理公司 商業登記 SO 12345｜項目：會所泳池水質化驗 11 月｜MOP 3,200.00
        管理費單價 HK$3.85/平方呎（實用面積），2027 年 1 月起調整至 HK$4.05，已獲業主大會於 2026-11-22 通過。
        電子發票載具訊息：買方統編 53218876、金額 NT$12,600、品名「社區中庭植栽維護」、開立日期 115/12/05。
        對帳單摘要：期初結餘 HK$1,204,377.15；本月收入 HK$612,890.00；支出 HK$587,442.30；期末結餘 HK$1,229,824.85。
        付款指示：收款人 偉業物業管理有限公司，滙豐銀行 公司戶口 004-123-456789-001，請於備註註明發票號碼。
        保險續保通知：公眾責任保險 保單 PL-2026-88341，保額 HK$50,000,000，保費 HK$36,900，承保：藍十字（亞太）保險
        月結單 MS-2026-11：停車場八達通閘機租賃 11 月 HK$4,500；訪客泊車收入 HK$17,240；淨額 HK$12,740，已撥入法團儲備帳。
        發票 INV-TW-1151205-07｜買受人：信義帝寶社區管理委員會｜品名：消防安全設備檢修申報｜NT$45,000（含稅）
    """),
    ("ms", "notis_pengurusan_bangunan"): _lines("""
        NOTIS: Lif B di Blok Cempaka akan ditutup pada 10/12/2026 dari 9.00 pagi hingga 5.00 petang untuk penyelenggaraan tahunan oleh Schindler.
        Tempahan dewan serbaguna dibuka melalui aplikasi mulai 1 Januari 2027. Deposit RM200, bayaran sewa RM80 sehari, tiada tempahan pada cuti umum.
        Badan Pengurusan Bersama (JMB) Residensi Angsana, No. Pendaftaran JMB/0412/2019. Pejabat pengurusan: 03-7845 1200, WhatsApp 012-378 4400.
        Kod QR pelawat sah selama 4 jam sahaja. Contoh kandungan kod: amVuaXM9cGVuZ2hhbnRhcmFuO3N5YXJpa2F0PUomVCBFeHByZXNzO2xva2VyPUwyLTE3 (penghantaran J&T ke loker L2-17).
        Caj penyelenggaraan suku tahun pertama 2027 ialah RM0.32 sekaki persegi dan tambahan 10% untuk Kumpulan Wang Penjelas (sinking fund).
        Pemberitahuan: Kolam renang ditutup 15-17 Disember untuk rawatan air. Jadual semula tempahan boleh dibuat di kaunter lobi.
        Penghuni diingatkan supaya tidak menekan butang interkom lobi berulang kali; panggilan akan dipindahkan ke pondok pengawal selepas 30 saat.
        Loker bungkusan di Aras G kini menerima Pos Laju, Ninja Van, Shopee Xpress dan Lazada Logistics. Bungkusan melebihi 72 jam akan dipindahkan ke pejabat.
        Kenderaan pelawat wajib mendaftar di pondok pengawal; had letak kereta pelawat 3 jam, caj RM2 sejam selepas itu. Rujuk Undang-undang Kecil 12(3).
        Mesyuarat Agung Tahunan kali ke-7 akan diadakan pada 20 Disember 2026, 10.00 pagi di Dewan Serbaguna, Aras 5. Sila bawa salinan notis ini.
        Sistem kad akses akan dinaik taraf ke versi 5.2 pada malam 18/12. Kad lama masih berfungsi; tiada tindakan diperlukan daripada penduduk.
        Aduan kerosakan boleh dihantar melalui e-mel aduan@residensiangsana.com.my atau borang dalam aplikasi. Nombor tiket akan diberi dalam 24 jam.
        Jabatan Bomba dan Penyelamat Malaysia (BBP Damansara) akan menjalankan latihan kebakaran pada 22/12/2026; semua lif akan dihentikan 15 minit.
    """),
    ("mixed", "booking_export_csv"): _lines("""
        booking_id,facility,facility_zh,slot_start,slot_end,booked_by_type,org_name,deposit_sgd,status,qr_payload_b64
        BK-2026-120801,Function Room 2,多功能厅2,2026-12-08 18:00,2026-12-08 22:00,management,MCST 4321 Council,0.00,CONFIRMED,RkFDPUZSMg==
        BK-2026-120802,Tennis Court A,網球場A,2026-12-09 07:00,2026-12-09 09:00,tenant_company,Grab Holdings Level 12 office,50.00,CONFIRMED,
        设施编号,设施名称,Facility,可预约时段,单次上限(h),押金(RMB),需审批,booking_url,qr_version,last_modified
        FAC-002,游泳池,Swimming Pool,06:30-21:30,2,0,否,https://bk.example.cn/f?n=%E6%B8%B8%E6%B3%B3%E6%B1%A0,7,2026-11-28 16:02
        FAC-003,健身房,Gym,06:00-23:00,1.5,0,否,https://bk.example.cn/f?n=%E5%81%A5%E8%BA%AB%E6%88%BF,7,2026-11-28 16:05
        export_meta,generated_at=2026-12-07T09:00:00+08:00,rows=1284,tz=Asia/Kuala_Lumpur,encoding=UTF-8,app=CondoHub 7.4.1
        BK-MY-9921,Dewan Serbaguna,多用途礼堂,2026-12-20 10:00,2026-12-20 13:00,jmb,JMB Residensi Angsana (AGM),0.00,CONFIRMED,
        BK-MY-9922,BBQ Pit 2,燒烤爐2,2026-12-12 18:00,2026-12-12 21:00,event,Residents Year-End Potluck,50.00,PENDING_DEPOSIT,RkFDPUJCUS1QSVQtMDJ8U0xPVD0yMDI2LTEyLTEyVDE4OjAwLzIxOjAwfERFUE9TSVQ9NTAuMDA=
        BK-TW-0451,羽球場A,Badminton Court A,2026-12-13 19:00,2026-12-13 21:00,committee,社區管理委員會 康樂組,500,CONFIRMED,qr=issued
        BK-HK-3307,宴會廳 Banquet Hall,2026-12-24 18:00,2026-12-24 23:00,owners_corp,Tsui Wu Garden IO Christmas Party,1000.00,CONFIRMED,qr=pending
        summary,facility=ALL,month=2026-11,bookings=1284,cancelled=97,no_show=41,utilisation=63.2%,revenue_myr=8420.00,refunds_myr=640.00
        BK-SG-7710,Karaoke Room,卡拉OK房,2026-12-31 20:00,2027-01-01 01:00,blocked,Maintenance INC-56021,0.00,BLOCKED,RkFDPUtUVi0wMXxTTE9UPTIwMjYtMTItMzFUMjA6MDAvMDE6MDB8VFlQRT1CTE9DS0VE
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        VISITOR QR payload (b64): VjF8TGltIEtvayBTZW5nfFM3ODM0NTIxR3xIT1NUPSMxNC0wN3wyMDI2LTEyLTA4VDE5OjMw - scanned at Gate 2, 19:31, result=ALLOW
        MECARD:N:Wong,Siu Ling;TEL:+85291837264;EMAIL:siuling.wong88@gmail.com;ADR:Flat 12B, Block 3, Kornhill, Quarry Bay;;
        2026-12-07 22:48:13 INTERCOM call from lobby panel LP-01 to unit #09-14 (resident: Mr Daniel Koh, mobile +65 9182 7364) duration 00:00:47 door_release=YES
        Resident directory export row: T2,#21-03,"Tan, Mei Hua Grace",9738 2104,grace.tanmh@outlook.com,S9045127H,Owner,car SMB 4127K
        Hi management, the lady at #05-11 (Mrs Priya Nair) has been in and out of hospital for chemo since October; please let her carer use the disabled lot without the visitor fee.
        Lift access log: 2026-12-06 03:12:55 CARD 0047-8812 holder=Jonathan Lee Wei Jie floor=17 note=repeated late-night access flagged after his arrest last week
        Parcel locker notice: Hi Aaron, your Shopee parcel is in locker B-07 at Tower 1. PIN 482913. Please collect by 10 Dec. Ref SPXSG0194827731 (sent to 8127 6650)
        Hex in the intercom contact field: 2b36353931383237333634 decodes to the owner's mobile; please scrub it before exporting the Block C call records.
        Booking BK-77120 cancelled: Mr Harish Kumar (unit 8-3A) says he cannot pay the BBQ deposit this month because he still owes the MCST S$3,240 in arrears.
        Contractor pass issued to Nguyen Van Hieu, FIN G5127734T, work permit exp 2027-03-31, host unit #12-08, valid 08:00-18:00 daily until 20 Dec.
        Guard note: the couple at #16-02 were shouting again; Mr Marcus Ong told me they are going through a divorce and asked us not to let his wife's brother up.
        Call record CSV: 2026-12-05T19:04:11+08:00,LP-02,unit 3-07-02,caller_id=+60 12-408 7713,answered_by=Siti Hajar,duration=64s,door=opened
    """),
    "zh-Hans": _lines("""
        访客二维码原文(base64)：6K6/5a6iOueOi+aZk+eHlSDmiYvmnLo6MTM5MTcyNjU0MDgg6KKr6K6/OjfmoIsxODAy 有效期至 2026-12-08 18:00
        业主信息表导出：7栋,1802,陈志强,身份证 44030519880412273X,手机 138 2745 9061,车牌 粤B·7K3M9,产权人
        预约链接 https://bk.example.cn/order?name=%E9%99%88%E5%BF%97%E5%BC%BA&tel=13827459061&fac=yumaoqiu 已生成，请发给业主
        张阿姨(3栋502)最近尿毒症在透析，每周一三五上午要用担架电梯，麻烦安保提前把3号梯锁到一楼。
        梯控日志 2026-12-06 01:33:20 卡号 00A3F91C 持卡人=刘建国 楼层=23F 备注=该户拖欠物业费 14 个月共 ¥21,600，已限制只能到本层
        快递柜通知：【丰巢】您的快递已到 5 号柜 12 格，取件码 730915，收件人 周先生 手机尾号 6623，地址 海淀区学院路 20 号院 4 号楼 2 单元 601
        对讲记录：2026-12-07 21:15 门口机呼叫 1202 室 李女士，通话 00:02:10，她说前夫又来闹事，让保安别放他进来
        车牌 沪A·D82715 登记在 12 号楼 1003 室业主名下，月租车位 B2-088，到期 2027-02-28
        人脸录入申请：姓名 杨帆，身份证 310115199207231564，房号 9-2-1101，关系：租客，租期至 2027-06-30，附身份证正反面照片 2 张
        保洁组的小赵（赵静）怀孕五个月了，产检说有点先兆流产，主管说这个月起别安排她去地库清理和搬垃圾桶
        访客登记：吴伟 13601297734 拜访 2号楼 1506 事由：上门讨债，押身份证 110108198509160022，已通知业主
    """),
    "zh-Hant": _lines("""
        vCard 欄位 FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E6=9E=97=E7=BE=8E=E7=8E=B2 TEL;CELL:+85261728394 ADR:沙田第一城 32 座 18 樓 F 室
        住戶名冊：第3座,21樓D室,何美娟,Y538204(A),9132 8765,業主,車位 P2-115
        JWT payload 片段 eyJzdWIiOiJyZXNpZGVudDo4ODIxMyIsIm5hbWUiOiJIbyBNZWkgS3VlbiIsImhraWQiOiJZNTM4MjA0KEEpIiwiZmxhdCI6IlRvd2VyIDMsIDIxL0YsIEZsYXQgRCJ9，由住戶 App 登入時簽發
        對講機記錄：2026-12-06 20:41 大堂呼叫 12A 室 陳太，陳太話個仔喺醫院戒毒，叫保安唔好俾佢啲朋友上樓。
        社區包裹通知：張雅婷 小姐 您好，您的蝦皮包裹已送達 B1 智取櫃 17 號，取件碼 5521，手機 0921-573-846。
        QR 訪客證 base64：5L2P5oi2OuW8tembheWptyBGMTI4NzY1NDM5IDA5MjEtNTczLTg0Ng==（住戶資料誤寫入訪客證，請工程部修正）
        管委會會議紀錄：7樓之2 黃先生 積欠管理費 NT$86,400 共 18 期，決議委託律師發存證信函，並暫停其健身房預約權限。
        預約 URL 含住戶姓名：https://booking.example.hk/f?resident=%E9%BB%83%E6%B7%91%E8%8A%AC&flat=8C&tel=98712634
        澳門氹仔屋苑訪客登記：梁志豪，澳門居民身份證 5218734(2)，手機 +853 6628 4519，探訪 B 座 15 樓 A 室。
        住戶 林先生（台北市大安區和平東路二段 96 巷 12 號 5 樓）身分證 A223456781，申請取消停車位，因離婚後搬出。
    """),
    "ms": _lines("""
        Kod QR pelawat (base64): eyJuIjoiTnVydWwgQWlzeWFoIGJpbnRpIEthbWFydWRpbiIsImljIjoiOTMwNTE0LTEwLTU1NjIiLCJ1bml0IjoiQi0xMi0wMyJ9 - imbas di pintu utama 08:02
        Senarai penduduk: B-12-03, Nurul Aisyah binti Kamarudin, 930514-10-5562, 013-672 4158, pemilik, kereta VKB 3382
        Log lif: 2026-12-06 02:14 kad 77A1-0932 milik Encik Faizal bin Osman (A-15-07) ke Aras 15; nota: penghuni ini diawasi polis selepas ditangkap minggu lalu
        Pak Cik Ramli di Blok C tingkat 8 baru keluar hospital selepas strok, anaknya minta pengawal bantu tolak kerusi roda dari lobi setiap petang.
        Notis tunggakan: Unit A-08-11 (Rajesh a/l Subramaniam) berhutang caj penyelenggaraan RM4,860 sejak Mac 2026; kad akses akan disekat selepas 14 hari.
        Data kenderaan dalam QR: cGxhdGU9V1hZIDQ4MjE7b3duZXI9UmFqZXNoIGEvbCBTdWJyYW1hbmlhbTt1bml0PUEtMDgtMTE= (dikesan semasa audit pelepasan data)
        Notifikasi loker: Salam Kak Zura, bungkusan Lazada anda di loker L3-09, PIN 204718. Sila ambil sebelum 10/12. Dihantar ke 019-254 8837.
        Rekod interkom: 21:07 lobi panggil unit 3A-05-02, dijawab oleh Puan Lee Siew Mei, 016-337 9021; pelawat didakwa pemungut hutang ah long, akses ditolak.
        Borang penyewa: nama Tan Boon Huat, MyKad 781102-07-5313, majikan Syarikat Logistik Maju Jaya, gaji RM4,200 sebulan, alamat lama No. 23, Lorong Kenari 4, Taman Bukit Jambul, 11900 Bayan Lepas.
    """),
    "mixed": _lines("""
        Resident 林太 (Tower 5, 23/F) 話佢個 locker PIN 唔 work，her mobile 6172 9384，please reset locker C-11 and 打返畀佢.
        access_log,2026-12-07T07:58:02+08:00,reader=RD-A1-02,card=0x00C3A1F7,holder="黄志明 Wong Chi Ming",flat=10B,result=GRANTED,tailgating=1
        visitor_pass_b64u=bW9yYWRvcj1MZW9uZyBDaGkgSG91O3RlbD0rODUzNjYyODQ1MTk7YmxvY289QjthbmRhcj0xNQ (Macau, 澳門) expires 2026-12-09 23:59
        vCard 住户卡：FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E6=9D=8E=E5=AE=B6=E8=B1=AA TEL:+8613760218845 NOTE:unit 5-1-2203, 业主
        Booking export: BK-SG-7711,Karaoke Room,卡拉OK房,2026-12-31 20:00,2027-01-01 01:00,resident,Ahmad Zulkifli (T0215873B),50.00,CONFIRMED
        Security group chat: 阿明 at #07-05 again drunk at lobby 2am, 他老婆 said he lost his job, pls don't call police unless he 打人.
        Parcel SMS: [Locker] Hi Ms Chen Yu-Ting 陳郁婷, parcel in 信義區 smart locker #22, code 8813, sent to 0935-118-462, collect within 3 days.
        intercom_cdr: src=sip:lobby@ic.local dst=tel:+60123718845 unit=B-18-02 name="Lim Ah Kow 林亚九" dur=212s note=calls forwarded to daughter since dementia diagnosis
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the facility-booking assistant for a condominium managed by an estate office in Singapore. Be concise and polite.",
        ),
        (
            "user",
            "Please draft a WhatsApp message to Mr Kelvin Tan of #08-21 (9123 4875) telling him his tennis court booking BK-2026-1188 on 14 Dec 7-9am is cancelled because of court resurfacing, and that his S$50 deposit will be refunded.",
        ),
        (
            "assistant",
            "Dear Mr Tan, we regret that your tennis court booking BK-2026-1188 on 14 Dec, 7-9am, has been cancelled due to court resurfacing works. Your S$50 deposit will be refunded to your original payment method within 7 working days. We apologise for the inconvenience. - Estate Office",
        ),
        ("user", "Thanks. Also add that he can rebook any slot from 21 Dec onwards in the app."),
        (
            "assistant",
            "Added: You may rebook any available slot from 21 Dec onwards through the resident app. Thank you for your understanding.",
        ),
    ],
    [
        (
            "user",
            "帮我看下这条梯控日志是什么意思：2026-12-07 06:41:09 卡号 00B7E2A4 持卡人=孙丽华 身份证=510107197603084517 楼层=15F 结果=拒绝 原因=权限过期",
        ),
        (
            "assistant",
            "这条日志表示：12月7日 06:41 持卡人孙丽华刷卡到15楼被拒，原因是该卡的楼层权限已过期。建议在物业后台续期她的权限。另外，日志里直接记录了完整身份证号，属于敏感个人信息，建议改为脱敏或只记录卡号。",
        ),
        ("user", "好的，那续期需要她本人到前台吗？"),
        (
            "assistant",
            "一般需要业主或租客本人携带身份证到服务中心核验，或在小区App内提交续期申请，由管家审核后生效。",
        ),
    ],
    [
        ("system", "你是香港一個屋苑管理處的文書助理，用繁體中文書面語回覆。"),
        (
            "user",
            "幫我寫一張通告貼喺 5 座大堂：話畀住戶知，因為 17 樓 B 室陳太（電話 6283 1947）嘅包裹連續三日放喺大堂冇人收，請佢盡快到管理處領取。",
        ),
        (
            "assistant",
            "建議通告毋須公開住戶姓名及電話。可改寫為：「致 5 座 17 樓 B 室住戶：閣下有包裹存放於管理處已逾三日，請於辦公時間內盡快前來領取。管理處啟」。如需個別聯絡，可由職員私下致電通知。",
        ),
        ("user", "好，咁就用你個版本。"),
    ],
    [
        (
            "system",
            "Anda pembantu pentadbiran untuk pejabat pengurusan JMB sebuah kondominium di Selangor.",
        ),
        (
            "user",
            "Tolong tulis surat peringatan tunggakan kepada Encik Hafiz bin Rahman, unit C-09-04, MyKad 850317-10-6431. Dia tertunggak caj penyelenggaraan RM3,150 untuk 9 bulan.",
        ),
        (
            "assistant",
            "Tuan, Peringatan Tunggakan Caj Penyelenggaraan. Merujuk rekod kami, unit C-09-04 atas nama Encik Hafiz bin Rahman mempunyai tunggakan sebanyak RM3,150 bagi tempoh 9 bulan. Sila jelaskan bayaran dalam tempoh 14 hari dari tarikh surat ini bagi mengelakkan sekatan kad akses. Sekian, terima kasih.",
        ),
        ("user", "Perlu masukkan nombor MyKad dalam surat tu?"),
        (
            "assistant",
            "Tidak perlu. Nama dan nombor unit sudah mencukupi; nombor MyKad sebaiknya tidak dicetak dalam surat peringatan.",
        ),
    ],
    [
        (
            "user",
            "Can you decode this visitor QR payload for me? VjF8Q2h1YSBMaSBUaW5nfFM5MzEyODQ2WnxIT1NUPSMwMy0xNXwyMDI2LTEyLTA5VDEwOjAw 我想知道是谁来访",
        ),
        (
            "assistant",
            "Decoded from base64 it reads: V1|Chua Li Ting|S9312846Z|HOST=#03-15|2026-12-09T10:00. So the visitor is Chua Li Ting, NRIC S9312846Z, visiting unit #03-15 on 9 Dec 2026 at 10:00.",
        ),
        ("user", "Why is the NRIC inside the QR? 不是应该只有 pass ID 吗?"),
        (
            "assistant",
            "Yes, it should only carry an opaque pass ID. Embedding the full NRIC is against PDPC guidance; ask the vendor to switch to a random token and look up visitor details server-side.",
        ),
    ],
    [
        (
            "system",
            "Concierge bot for a Hong Kong residential tower. Resident on file for this session: Mr Cheung Ka Wai, Flat 28C, HKID K791356(7), mobile 9465 2817, registered car plate VT 6318.",
        ),
        (
            "user",
            "Hi, I'm expecting a removal company tomorrow morning. Can you book the service lift for me?",
        ),
        (
            "assistant",
            "Certainly, Mr Cheung. I have reserved the service lift for Flat 28C tomorrow from 09:00 to 12:00. Please ask the removal company to register at the lobby counter with their business registration certificate.",
        ),
        ("user", "Great, and can their van use my parking space?"),
        (
            "assistant",
            "Your space is registered to car VT 6318. I can add a temporary permit for the removal van for 09:00-12:00 if you send me its plate number.",
        ),
    ],
    [
        ("system", "你是物业系统的开发助手，帮助写SQL。"),
        (
            "user",
            "写个SQL从visitor_log导出上个月所有访客。表里一行长这样：(20261103-0012, '郑海涛', '13588402716', '330106199011052318', '6栋2301', '2026-11-03 19:22')",
        ),
        (
            "assistant",
            "SELECT visit_id, visitor_name, visitor_phone, visit_unit, visit_time FROM visitor_log WHERE visit_time >= DATE_FORMAT(CURDATE() - INTERVAL 1 MONTH, '%Y-%m-01') AND visit_time < DATE_FORMAT(CURDATE(), '%Y-%m-01'); 建议不要导出身份证号列，如确需导出，可用 CONCAT(LEFT(id_no,3),'***') 脱敏。",
        ),
        ("user", "好的，手机号也要脱敏吗？"),
        ("assistant", "如果导出给第三方或做统计，建议手机号只保留后四位或直接不导出。"),
    ],
    [
        (
            "user",
            "我們社區管委會想問：住在 9 樓之 1 的 許文彬 先生有躁鬱症，最近半夜常在電梯裡大吼，其他住戶一直投訴。我們可以把他的病情寫在公告欄嗎？",
        ),
        (
            "assistant",
            "不建議。病歷屬於特種個人資料，依《個人資料保護法》不得任意公開。公告可只寫「近期夜間電梯噪音影響住戶安寧，請大家共同維護」，並由主委或總幹事私下與其家屬溝通，必要時協助聯繫社區心理衛生資源。",
        ),
        ("user", "那他家人的電話 0912-604-338 可以給其他住戶嗎？"),
        (
            "assistant",
            "不可以。聯絡電話未經本人同意不應提供給其他住戶；如有緊急情況，請由管理中心代為聯絡。",
        ),
    ],
    [
        (
            "user",
            "My neighbour Mdm Goh Swee Lan at Block 112 Bedok North Ave 4 #06-233 keeps missing her parcel locker codes because she can't read English SMS. Her number is 8456 1290. Can you write a simple Chinese version of the locker SMS for her?",
        ),
        (
            "assistant",
            "Here is a simple Chinese version: 您好，您的包裹已放在楼下包裹柜，柜号 {柜号}，取件码 {取件码}，请在3天内领取。You could ask the locker operator whether her account can be set to receive notifications in Chinese automatically.",
        ),
        ("user", "Can you also make it bigger text for her phone?"),
        (
            "assistant",
            "SMS font size is controlled by her phone settings, not the message. On most Android phones go to Settings > Display > Font size; I can write step-by-step instructions if you tell me her phone model.",
        ),
    ],
    [
        (
            "system",
            "Assistente de portaria / 大廈管理助手 for a building in Taipa, Macau. Intercom directory extract: B座15樓A室 梁志豪 Leong Chi Hou +853 6628 4519; B座15樓B室 vacant.",
        ),
        ("user", "有人喺大堂話要搵 15 樓 A 室嘅住戶，但對講冇人聽，可唔可以直接打佢手機？"),
        (
            "assistant",
            "可以，15樓A室住戶為梁志豪先生，手機 +853 6628 4519。請先向訪客確認姓名及來意，致電時告知梁先生，由佢決定是否放行。",
        ),
        ("user", "OK, he says he's in Hong Kong and won't be back until Friday."),
        (
            "assistant",
            "Then please politely inform the visitor that the resident is away until Friday and do not grant entry. Record the visit in the log with the visitor's name and time.",
        ),
    ],
]
