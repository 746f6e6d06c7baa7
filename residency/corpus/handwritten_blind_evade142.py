# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade142: personal data in identity and access-management artefacts (Active Directory exports, LDAP entries, SSO assertions, password-reset logs, VPN connection logs, badge-access exports). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade142
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "idp_config_and_code"): _lines("""
        dn: CN=svc-adsync,OU=Service Accounts,OU=Tier0,DC=corp,DC=example,DC=com | userAccountControl: 66048 | servicePrincipalName: HTTP/adsync.corp.example.com
        ldapsearch -H ldaps://dc01.corp.example.com:636 -b 'OU=Users,DC=corp,DC=example,DC=com' '(&(objectClass=user)(!(userAccountControl:1.2.840.113556.1.4.803:=2)))' sAMAccountName mail
        <md:EntityDescriptor entityID="https://sts.example.com/adfs/services/trust"><md:IDPSSODescriptor WantAuthnRequestsSigned="true" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
        Get-ADUser -Filter 'Enabled -eq $true -and PasswordLastSet -lt $cutoff' -SearchBase 'OU=Staff,DC=corp,DC=example,DC=com' -Properties PasswordLastSet | Export-Csv stale.csv -NoTypeInformation
        attribute_map: { email: user.mail, given_name: user.givenname, family_name: user.surname, groups: user.memberOf }  # claim names only, values come from Entra ID at runtime
        Default Domain Password Policy: MinPasswordLength=14, PasswordHistoryCount=24, MaxPasswordAge=90.00:00:00, LockoutThreshold=5, LockoutDuration=00:30:00, ComplexityEnabled=True
        oidc: issuer=https://login.microsoftonline.com/3f2a9c1e-7b4d-4e2a-9f10-6c8d2b5e7a41/v2.0 client_id=9d7e3b12-44c1-4b8e-a0f5-1e6c2d9b8a70 scopes=[openid, profile, email, offline_access]
        ADFS token-signing cert SHA-256 (valid 2026-01-15 to 2027-01-15): 4B:7E:19:A2:0C:D3:58:F1:6E:92:BB:04:3A:C7:E5:21:9F:0D:68:B3:47:2C:E1:5A:90:DB:36:7F:A8:12:C4:6E
        # LDIF export, non-ASCII OU names are base64: dn:: T1U95ZCI5ZCM566h55CGLERDPWNvcnAsREM9ZXhhbXBsZSxEQz1jb20= (contract management OU, no user objects)
        krb5.conf: [realms] CORP.EXAMPLE.COM = { kdc = dc01.corp.example.com:88 kdc = dc02.corp.example.com:88 admin_server = dc01.corp.example.com } default_realm = CORP.EXAMPLE.COM
        radiusd clients.conf: client vpn-gw-sg01 { ipaddr = 198.51.100.10 secret = CHANGE_ME_IN_VAULT nas_type = other }  # real secret lives in Vault path kv/radius/sg01
        SCIM 2.0 test fixture: {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"GRP-VPN-Contractors","members":[]} -> expect HTTP 201 Created
        Kerberos lab realm LAB.EXAMPLE: principals alice@LAB.EXAMPLE and bob@LAB.EXAMPLE are the textbook placeholder characters, keytabs regenerated nightly by cron at 02:00
    """),
    ("en", "vpn_gateway_log"): _lines("""
        2026-11-04T02:00:13+08:00 fw-sg-hq01 charon: 14[IKE] IKE_SA sg-hq-to-kl-dc[7] established between 198.51.100.10[sg-hq]...203.0.113.20[kl-dc]
        2026-11-04T02:00:14+08:00 fw-sg-hq01 charon: 14[IKE] CHILD_SA net-dc{12} established with SPIs c4e1a9b2_i 0f7d3e55_o and TS 10.10.0.0/16 === 10.20.0.0/16
        %ASA-6-113019: Group = S2S-HK-KwunTong, Username = 203.0.113.45, IP = 203.0.113.45, Session disconnected. Session Type: LAN-to-LAN, Duration: 3d 04h:12m:09s, Reason: Idle Timeout
        date=2026-11-05 time=03:15:00 devname=FGT-KUL-01 logid=0101039424 type=event subtype=vpn action=tunnel-stats tunneltype=ipsec remip=203.0.113.77 sentbyte=41239077 rcvdbyte=38120455
        GlobalProtect portal gp.example.com.tw: client version 6.2.4 enforced from 2026-11-10; agents below 6.1.0 will be refused with error code GP-4021 at the gateway
        2026-11-05 04:00:00 vpn-hk-02 cron: rotated /var/log/openvpn/status.log (14.2 MB), 0 active sessions during maintenance window 04:00-04:30 HKT
        openvpn[2217]: TLS: Initial packet from [AF_INET]198.51.100.66:1194, sid=5a7c1e0d 93b2f4a6; peer is site gateway mo-macau-branch, cert CN=gw.mo.example.net
        Daily summary vpn-sg-01 2026-11-06: peak concurrent 1,884 sessions at 09:42 SGT, median RTT 18 ms, 37 failed logins (33 bad password, 4 expired cert), licence 2,500
        ALERT sev=3 rule=VPN-IMPOSSIBLE-TRAVEL-v2 threshold=800km/h window=60m status=tuned by SOC on 2026-10-28, expected daily volume down from 120 to about 15 alerts
        WireGuard branch router: [Peer] PublicKey = HfDjEsa8bDQoH8oCSNkFA7FJWwebzg86X75FhQnhE1I= AllowedIPs = 10.44.0.0/24 Endpoint = 203.0.113.90:51820 PersistentKeepalive = 25
        %ASA-4-722041: TunnelGroup <SSL-Staff> GroupPolicy <GP-Split-Tunnel> IPv6 address pool exhausted, falling back to IPv4 pool POOL-SG-10.66.0.0-22
        Ivanti Connect Secure 22.7R2.3 installed on all gateways 2026-11-02 per vendor advisory; CVE-2025-0282 no longer reported by the weekly Tenable scan
        netflow top talkers via tunnel kl-dc <-> sg-hq 2026-11-06: 10.20.5.14 (SAP PRD app server) 62%, 10.20.8.3 (file server FS02) 21%, backup traffic 11%
    """),
    ("en", "industry_news_history"): _lines("""
        Kerberos, the authentication protocol behind Active Directory logons, was developed at MIT's Project Athena in the 1980s and is named after the three-headed dog of Greek myth.
        Whitfield Diffie and Martin Hellman published New Directions in Cryptography in 1976; their key-exchange idea still sits underneath every IPsec VPN tunnel negotiated today.
        Singapore's Minister for Digital Development and Information Josephine Teo said the amended Cybersecurity Act will also cover critical systems run by cloud and SSO providers.
        Malaysia's Digital Minister Gobind Singh Deo told reporters in Putrajaya that registrations for the national MyDigital ID had passed the two million mark.
        Hong Kong's Privacy Commissioner Ada Chung Lai-ling reminded employers that badge-access and CCTV records are personal data under the PDPO and must not be kept longer than necessary.
        Microsoft president Brad Smith told a US House committee in 2024 that the Storm-0558 intrusion, which relied on a stolen signing key, was a cascade of avoidable failures.
        Tim Howes co-created LDAP at the University of Michigan in the early 1990s and later wrote Understanding and Deploying LDAP Directory Services with Mark Smith and Gordon Good.
        Okta co-founders Todd McKinnon and Frederic Kerrest started the company in 2009; it grew into one of the best-known single sign-on vendors among Asia-Pacific enterprises.
        Ivanti bought Pulse Secure in 2020; its Connect Secure VPN appliances made headlines when CISA ordered US federal agencies to disconnect them in early 2024.
        Taiwan's Ministry of Digital Affairs, first led by Audrey Tang, has pushed government agencies towards FIDO2 passwordless login and away from SMS one-time passwords.
        Ron Rivest, Adi Shamir and Leonard Adleman published RSA in 1977; the SAML token-signing certificates on most ADFS farms still use 2048-bit RSA keys today.
        CyberSecurity Malaysia chief executive Amirudin Abdul Wahab urged companies to enforce multi-factor authentication on remote-access VPNs after a wave of credential-stuffing attacks.
        Fernando J. Corbato, who led the CTSS time-sharing project at MIT, is usually credited with introducing the computer password in the early 1960s.
    """),
    ("zh-Hans", "IT通知"): _lines("""
        【IT通知】集团统一身份认证平台（IAM）将于2026年11月15日22:00至次日02:00升级，期间企业微信、OA、VPN登录可能中断，请提前保存工作。如有疑问请拨打IT服务台 400-820-6688 转2。
        密码策略调整说明：自12月1日起，域账号密码最少12位，须包含大小写字母、数字及特殊字符，90天强制更换，近5次密码不得重复，连续输错5次锁定30分钟。
        访客须知：请至广州周大福金融中心36楼前台办理访客证，须携带有效证件原件，访客卡当日18:00自动失效，离开时请将访客卡投入闸机回收口。
        VPN客户端下载：请访问 https://vpn.example.com.cn 下载 EasyConnect 7.6.9 版本，Windows、macOS、统信UOS均已适配，旧版本将于11月30日停止接入。
        上海张江园区门禁系统迁移公告：原中控读卡器将更换为海康威视 DS-K1T671 人脸识别终端，请全体员工于11月20日前到1号楼1楼服务台重新录入人脸。
        单点登录（SSO）接入规范V2.3：新系统须支持SAML 2.0或OIDC，NameID统一使用工号格式，不得使用手机号或身份证号作为登录标识，审批流程见Confluence页面IAM-0042。
        钓鱼邮件提醒：近期有冒充“IT运维中心”的邮件要求点击链接重置密码，发件域名为 examp1e-it.com（数字1），公司正式通知只来自 itservice@example.com.cn，请勿点击。
        北京分公司机房门禁权限每季度复核一次，本季度截止日期为2026-12-20，请各部门负责人登录IAM平台“权限复核”菜单确认，逾期未确认的权限将被自动回收。
        深圳办公室已搬迁至深圳市南山区前海深港合作区梦海大道5035号前海华润金融中心T5栋28层，新门禁卡将于11月18日在前台统一发放，旧卡同日作废。
        公告：因等保2.0三级测评要求，堡垒机会话日志保留期由90天延长至180天，日志存储于杭州数据中心、不出境，依据为GB/T 22239-2019《网络安全等级保护基本要求》。
        服务台工作时间：周一至周五08:30-20:00，周末及法定节假日09:00-18:00；紧急账号锁定请拨打24小时热线 021-6888 1234，或发邮件至 servicedesk@example.com.cn。
        根据《个人信息保护法》第三十八条，员工考勤及门禁数据如需向境外提供，须通过国家网信办安全评估、个人信息保护认证或签订标准合同，法务部已于10月完成备案。
        双因素认证推广进度：截至11月6日，集团12,437个域账号中已有11,902个绑定动态口令或FIDO密钥，完成率95.7%，剩余账号将于月底强制启用。
    """),
    ("zh-Hans", "门禁设备报价单"): _lines("""
        报价单号 QT-2026-1108-017｜海康威视 DS-K1T341AMF 人脸识别门禁一体机，单价 ¥1,680.00 × 24台 = ¥40,320.00，含13%增值税，质保3年。
        中控智慧 ZKTeco InBio460 四门门禁控制器，SKU：ZK-IB460-PRO，单价 ¥2,350.00，配套电源箱 ¥380.00，交货期7个工作日，东莞仓发货。
        HID iCLASS SE R40 读卡器（型号 920NTNNEK00000）单价 ¥1,120.00，支持 Seos / iCLASS / MIFARE 卡，含 RS-485 与 Wiegand 输出接口。
        张小泉剪线钳、王老吉凉茶（施工现场耗材及饮品）不计入设备报价，已从清单第38、39行删除，请采购部核对金额后重新盖章并回传扫描件。
        施工费：六类非屏蔽综合布线 ¥18.50/米 × 1,200米 = ¥22,200.00；门禁点位安装调试 ¥450.00/点 × 36点 = ¥16,200.00，含辅材。
        大华 DH-ASI7214Y 门禁考勤一体机 单价 ¥980.00，100台以上九二折；采购订单号 PO20261108-0452，顺丰运单号 SF1402837759621。
        供应商信息：深圳市安联智控科技有限公司，统一社会信用代码 91440300MA5G8K2X7L，开户行招商银行深圳科技园支行，对公账号 7559 1234 5610 801。
        增值税专用发票号码 24442000000187365021，开票日期 2026-11-08，购买方：上海浦江数智科技有限公司，价税合计 ¥128,566.40（壹拾贰万捌仟伍佰陆拾陆元肆角整）。
        门禁卡：MIFARE Classic 1K 白卡 ¥1.20/张 × 5,000张；CPU卡（FM1208）¥4.80/张 × 2,000张；印刷公司LOGO另加 ¥0.30/张。
        软件授权：熵基 ZKBioSecurity 企业版100门授权 ¥28,000.00，含1年升级服务，可与 AD/LDAP 同步组织架构与部门信息。
        付款条件：合同签订后预付30%，设备到货验收后付60%，质保金10%于验收满12个月后支付；本报价有效期至2026-12-31。
        速通门 SW-1200 双机芯，304不锈钢材质，¥12,800.00/通道 × 4通道，含人脸识别模块与访客二维码扫描头，另含安装费。
        售后服务热线 400-6688-315，技术支持邮箱 support@anlian-zk.com.cn，华南服务网点：广州市天河区天河路385号太古汇一座18楼。
    """),
    ("zh-Hant", "常見問題"): _lines("""
        問：忘記網域密碼點算好？答：請前往 https://passwordreset.microsoftonline.com 自助重設，或致電資訊科技服務台 2890 1234（辦公時間：週一至五 09:00-18:00）。
        問：VPN 連線時出現錯誤 809 點解？答：多數係家用路由器阻擋 UDP 500/4500，請改用公司提供嘅 SSL VPN 入口 sslvpn.example.com.hk，或致電 IT 熱線。
        問：員工證遺失怎麼辦？答：請於 24 小時內到中環怡和大廈 12 樓保安部補領，補卡費 HK$150，舊卡會即時停用，補發新卡需時約 2 個工作天。
        問：多重要素驗證（MFA）可以改用實體金鑰嗎？答：可以，公司支援 YubiKey 5 NFC 及飛天誠信 ePass FIDO2，請向資訊部申領，每人限一支。
        問：台北辦公室的門禁卡可以在新竹廠區使用嗎？答：可以，兩地均使用 HID Seos 卡，權限由總部統一設定，新竹科學園區廠區的潔淨室需另外申請。
        問：密碼到期前會收到通知嗎？答：系統會在到期前 14 天、7 天及 1 天發送電郵提醒，寄件人為 no-reply@example.com.tw，請勿直接回覆此郵件。
        問：澳門分公司同事如何連線總部系統？答：請使用 GlobalProtect 連線至 gp-mo.example.com，澳門辦公室位於新口岸宋玉生廣場旁商業大廈 9 樓，設有專用網絡線路。
        問：為何我的帳號被鎖定？答：連續 5 次輸入錯誤密碼便會鎖定 30 分鐘，如急需使用，請以公司內線 8888 聯絡服務台，核實工號後即可解鎖。
        問：訪客 Wi-Fi 同 VPN 有咩分別？答：訪客 Wi-Fi（SSID：Guest-HK）只可上網，唔可以存取內部系統；VPN 需要公司帳號加 MFA 先可以連線。
        問：離職同事的帳號幾時停用？答：人力資源部於最後工作日 18:00 發出通知，系統會自動停用 AD 帳號並收回門禁卡權限，郵箱保留 90 天後刪除。
        問：沙田科學園實驗室的門禁如何申請？答：請填寫表格 IT-ACC-07，由部門主管批核後交香港科技園公司物業管理處處理，約需 3 個工作天。
        問：公司 SSO 登入頁顯示「AADSTS50076」是甚麼意思？答：代表需要完成多重要素驗證，請在 Microsoft Authenticator 批准登入請求後再試一次。
        問：可否用身分證號碼作為登入帳號？答：不可以。依《個人資料（私隱）條例》及公司政策，登入帳號一律使用員工編號，不得使用香港身份證或台灣身分證字號。
    """),
    ("ms", "notis_kakitangan"): _lines("""
        NOTIS: Sistem kad akses bangunan akan dinaik taraf pada Sabtu, 15 November 2026, 8:00 pagi hingga 2:00 petang. Pintu utama Aras G akan dibuka secara manual oleh pengawal keselamatan.
        Semua kakitangan dikehendaki menukar kata laluan domain sebelum 30 November 2026. Kata laluan baharu mesti sekurang-kurangnya 12 aksara dan tidak sama dengan 5 kata laluan terdahulu.
        Pejabat kami telah berpindah ke Aras 18, Menara Tun Razak, Jalan Raja Laut, 50350 Kuala Lumpur. Kad akses lama tidak lagi sah mulai 1 Disember 2026.
        Talian bantuan IT: 03-2260 8899 (Isnin hingga Jumaat, 8:30 pagi - 5:30 petang) atau e-mel helpdesk@contoh-berhad.com.my. Kecemasan luar waktu pejabat: WhatsApp Helpdesk 011-1088 2200.
        Contoh Teknologi Sdn. Bhd. (No. Pendaftaran 201901023456 (1331234-K)), alamat berdaftar Lot 12, Jalan Teknologi 3/5, Kota Damansara, 47810 Petaling Jaya, Selangor.
        Peringatan keselamatan: jangan kongsi kod OTP yang dihantar melalui SMS kepada sesiapa, termasuk individu yang mengaku dari Jabatan IT. Pihak IT tidak akan meminta kod OTP anda.
        Akses VPN untuk kakitangan yang bekerja dari rumah kini memerlukan aplikasi Microsoft Authenticator. Panduan pemasangan ada di portal intranet, dokumen IT-SOP-014 v3.2.
        Mulai Januari 2027, kad akses pelawat di pejabat Johor Bahru, Menara Landmark, Jalan Ngee Heng hanya sah pada hari yang sama dan mesti dipulangkan di kaunter lobi sebelum 6:00 petang.
        Audit akses pusat data Cyberjaya akan diadakan pada 3-5 Disember 2026 oleh juruaudit luar. Ketua jabatan diminta mengesahkan senarai akses bilik pelayan melalui portal IAM sebelum 28 November.
        Restoran Ali Maju di Aras G kini menerima bayaran menggunakan kad akses pekerja (e-wallet dalaman). Had harian RM50 dan baki boleh disemak dalam aplikasi mudah alih syarikat.
        Pengumuman: Sistem Single Sign-On (SSO) baharu menggunakan Microsoft Entra ID akan dilancarkan pada 1 Disember. Semua aplikasi dalaman termasuk HRMS dan e-Cuti akan dipautkan.
        Mengikut Akta Perlindungan Data Peribadi 2010 (pindaan 2024), log akses kad dan rakaman CCTV disimpan selama 90 hari sahaja sebelum dipadam secara automatik oleh sistem.
        Kerja penyelenggaraan pelayan Active Directory DC-KUL-02 dijadualkan pada 22 November 2026, 11:00 malam. Log masuk mungkin perlahan selama 15 minit. Tiket perubahan CHG0031275.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [IT-Ops SG/KL] 今晚 23:00 patch DC-SG-01 & DC-KUL-02, jangan restart serentak ya, one by one. Change ticket CHG0031276 approved liao.
        VPN gateway HK 又 high CPU 92%, dah check, 系 IKE rekey storm from Macau branch. Fortinet TAC case #8123764 opened as P2.
        Reminder: badge reader L12 server room offline since 14:05, 已经 call Honeywell service hotline, technician ETA 4pm. Guards will escort vendors meanwhile.
        SSO signing cert expires 2026-12-01 lah, 记得 rollover, update metadata kat Workday, ServiceNow, Salesforce semua. Jangan last minute macam tahun lepas.
        Helpdesk queue now 47 tickets, 80% 都是 password reset after policy change. Can we put the SSPR link on the lobby TV? Kerja banyak sangat.
        External audit team 下礼拜一 datang, need AD export of privileged groups only, no personal fields. CSV header 我整理好: GroupName,MemberCount,LastReviewed,Owner
        Eh the new ZKTeco controller firmware 6.0.2 ada bug, door 3 unlock 2 kali. Rollback to 5.8.1 dulu, 等 vendor patch before we roll out to KL.
        Macau branch VPN tunnel 已经 stable 48 hours, latency avg 21 ms. Closing incident INC0050117 ya, thanks all for the OT.
        Lunch for the war room: 10 packs nasi lemak from Village Park, 5 盒 叉烧饭 from 强记烧腊 — total RM 178.50, claim under project code IAM-2026.
        LDAP bind account svc-ldap-ro 密码 rotated via CyberArk, new secret dah update dalam Vault path kv/ldap/ro. Apps please restart by 6pm.
        Got alert: 312 failed logins in 5 min from 185.220.101.0/24 (Tor exit), 全部 blocked by conditional access. Nothing compromised, just FYI.
        Taipei team 話 GlobalProtect 6.2.4 on macOS Sequoia cannot connect, workaround 係開 system extension permission. KB-GP-0419 updated.
        Offboarding batch for end-Nov dah keluar dari HRMS, 共 38 accounts, script will disable at 18:00 on last day. Please don't manually touch that OU.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        dn: CN=Marcus Lim Jun Hao,OU=Finance,OU=Users,DC=corp,DC=lionpeak,DC=sg | mail: marcus.lim@lionpeak.sg | mobile: +65 9123 4871 | employeeID: S8841276A
        2026-11-03T23:41:07+08:00 asa-sg01 %ASA-6-722051: Group <AnyConnect-Staff> User <kelvin.ngbk> IP <203.0.113.58> assigned 10.66.4.21; geo StarHub residential, Punggol Field Blk 271C
        INC0048812: Darren Yeo asked for an AD password reset while on medical leave for chemotherapy at NCCS; manager approved by phone, temp password sent to darrenyeo.runs@gmail.com
        BadgeID,Name,Company,Door,Time,Result | 004417,Chloe Tan Hui Min,Aurum Facilities (contractor),L12 Server Room,2026-10-14 02:13:55,DENIED card reported stolen
        id_token: eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiIwMHU4azJ4N3FMbTMiLCJuYW1lIjoiTmljaG9sYXMgVGVvIFdlaSBKaWUiLCJlbWFpbCI6Im5pY2hvbGFzLnRlb0BzdHJhaXRzbWFyaW5lLmNvbS5zZyIsInBob25lX251bWJlciI6Iis2NTkxMjM3NzQ1IiwiaWF0IjoxNzYyNDEyNDAwfQ.sig
        Note on account lsiewling: HR says Lee Siew Ling is going through a divorce and her ex-husband may try to use her old VPN token, so disable token serial 40912783 today.
        MFA re-enrolment call from +65 8274 3319, caller could not give a staff number; SMS OTP was redirected to +60 12-584 7720 on the caller's instruction. Escalated to SOC.
        extensionAttribute7: NRIC=T0317845A;DOB=2003-04-17;Nationality=SG;Source=Workday-Import-2026-11
        {"userName":"priya.raman","name":{"givenName":"Priya","familyName":"d/o Raman"},"phoneNumbers":[{"value":"+65 9706 2254"}],"addresses":[{"streetAddress":"Blk 418 Bedok North Ave 2 #07-133"}]}
        Recovery-question audit: ho.kawai (Ho Ka Wai, Harbourview Logistics) stored HKID Y604137(8) as his security answer; flagged by the password-reset portal scan.
        Access review: revoke contractor Benedict Goh from GRP-HR-Payroll, HR says he was arrested last week and is under police investigation; keep badge 7781 disabled.
        pwreset.sms status=DELIVERED msisdn=+65 9***4871 template=OTP_RESET_V2 ts=2026-11-04T08:15:22Z gateway=sms-sg-01
    """),
    "zh-Hans": _lines("""
        dn:: Q0495byg5pmT5LicLE9VPeeglOWPkeS4reW/gyxEQz1oenl1bixEQz1jbg== | telephoneNumber: 13957182046 | employeeNumber: HZ20170388
        2026-11-05 01:12:44 SSL VPN 登录成功 用户：liuting01（刘婷）源IP：183.156.27.90 终端：HUAWEI Mate 60 备注：家庭宽带，杭州市西湖区文三路259号3幢1502室
        工单#PW20261107-033：周雨桐（市场部）来电要求重置域密码，核对身份证号440304198806132513后已重置，临时密码短信发至186 2071 3359。
        门禁异常备注：黄志强近期在做抑郁症治疗，每周三下午去医院复诊，HR要求期间晚归告警不要通知他的部门主管。
        SAML断言解码：NameID=zhenglijuan%40xingyuan-tech.com.cn&displayName=%E9%83%91%E4%B8%BD%E5%A8%9F&dept=finance，用于排查飞书SSO登录失败。
        AD账号冻结说明：孙浩然离职前向公司借款8.6万元至今未还，法务要求保留其邮箱sunhr@jinyu-group.cn及VPN日志作为诉讼证据。
        卡号,姓名,部门,门禁点,时间,方向 | 3308157724,马俊,仓储部,深圳宝安仓B2门,2026-10-30 23:58:01,出 | 登记车牌 粤B·7K29Q
        门禁权限调整：何静怡怀孕7个月，申请开通3楼母婴室门禁，临时卡号0078891234，产假预计从2027年1月开始。
        POST /api/v1/password/reset {"mobile":"13688125407","idCardLast6":"274829","captcha":"8F3K"} -> 200 OK
        企业微信通讯录同步：userid=DengZH 姓名=邓子豪 手机=15011683092 邮箱=dengzihao@beiyun-tech.cn 部门=北京分公司/销售二部
        VPN例外申请：陈先生（工号A10237）父亲在协和医院住院，他每晚需在病房用个人电脑连VPN，申请将其手机热点IP加入白名单。
    """),
    "zh-Hant": _lines("""
        sAMAccountName: wingkei.wong | displayName:: 6buD6Kmg55Cq | homePhone: +852 2698 4417 | streetAddress: 沙田第一城 38 座 12 樓 F 室
        密碼重設紀錄：吳淑芬（會計部）身分證字號 F228765431，驗證手機 0912-458-367，重設時間 2026/11/02 09:14，由服務台人工核准。
        拍卡紀錄：梁嘉欣 卡號 88041276 於 2026-10-21 03:02 進入觀塘機房，保安備註：佢話同老公嗌交，唔想返屋企，所以返公司瞓。
        林太打嚟話佢個仔林家豪（工號 HK2231）入咗醫院，VPN token 唔見咗，叫我哋即刻幫佢停用個戶口。
        FGT-TPE01 action=tunnel-up user=tsai.tsunghan remip=114.32.187.66 蔡宗翰自住家連線 新北市板橋區文化路二段182巷5號4樓
        澳門分行 SSO 帳號開通：何嘉豪，澳門居民身份證 5215837(3)，聯絡電話 6628 4193，職位 櫃員。
        權限審核備註：李志偉月薪 HK$68,000，已列入 GRP-Payroll-Confidential，佢要求唔好俾部門同事睇到。
        重設密碼簡訊已送至 0912-***-367，身分證後四碼 5431 驗證通過，session=pr-7f3a91
        HR-IAM 對接欄位 employeeNumber=R271568(5) 由舊系統遷移，請於 11 月底前改為內部工號。
        ldap://dc01.corp.hk/ou=users,dc=corp,dc=hk?mail,mobile?sub?(cn=%E9%84%AD%E5%AE%B6%E6%A8%82) 回傳 mobile=+852 9437 2208
    """),
    "ms": _lines("""
        Log tetapan semula kata laluan: ahmadfaizal.rosli (Ahmad Faizal bin Rosli) reset melalui kiosk, pengesahan MyKad 880512-10-5634, OTP dihantar ke 013-249 6081.
        Eksport akses kad: No. Kad 55120478 | Siti Nur Hidayah binti Zainal | Bilik Server Aras 3 | 2026-10-19 22:47 | DITOLAK
        Nota HR untuk IT: Muhammad Haziq bin Azman sedang cuti sakit panjang kerana kanser tiroid, jangan nyahaktifkan akaun AD beliau sehingga Mac 2027.
        Akaun VPN Lim Chee Keong digantung; beliau ada hutang pinjaman peribadi RM23,500 dengan koperasi syarikat dan pihak bank minta rekod log masuk beliau.
        Borang token: Kavitha a/p Subramaniam, alamat rumah No. 27, Jalan SS 21/37, Damansara Utama, 47400 Petaling Jaya, Selangor, tel 016-372 9418.
        mykad_no=950823-14-6217 status=VERIFIED channel=self_service_reset ts=2026-11-08T07:41:09+08:00
        <saml:Attribute Name="staffIdentity"><saml:AttributeValue>TnVydWwgSXp6YWggYmludGkgSGFtZGFufDkwMDIxNC0wMy01NTg4</saml:AttributeValue></saml:Attribute>
        Portal gaji: akaun Maybank 1623 4509 8871 atas nama Farah Wahida binti Osman dikemas kini oleh pengguna sendiri selepas log masuk SSO pada 2026-11-01.
        Kak Ros dari unit kewangan minta badge suaminya Encik Zulkifli dibenarkan masuk ke surau Aras 2 kerana dia baru kena strok dan perlu diiring.
    """),
    "mixed": _lines("""
        Helpdesk chat: user 陈俊杰 (Jason Tan) dari JB office cannot login VPN lah, his IC 910306-01-5529, contact +60 17-738 2146, 请 reset token.
        Entra ID sign-in | UPN: aminah.yusof@pelangi-logistik.com.my | Location: Kota Bharu, Kelantan | Device: Aminah's iPhone | 状态: 成功 | MFA: SMS +60 19-912 4470
        SAML debug 贴出来: <NameID Format="unspecified">SGVsZW4gTmcgU2hpIFlpbmc=</NameID>, her mobile +65 8463 2019 is the MFA method.
        Visitor badge export: S7926530F,Rachel Koh,Visitor,Tower A L8,2026-10-22 09:31 — 来见 HR 谈 retrenchment package
        AD disable reason: 阿明 (Ah Meng, storeroom) kena tangkap polis minggu lepas, HR cakap jangan bagi masuk gudang lagi, badge 0041276 revoke.
        VPN 周报: top user by hours = hazwan.k (Hazwan Kamal) 126h, 家里 Wi-Fi SSID Hazwan_Family_5G di Taman Melawati, 每晚 connect 到 3am.
        Onboarding 新员工 FIN G5183927M, work pass expiry 2027-03-31, Guo Xiaoyan 郭晓燕, 需要 provision AD + badge by Monday.
        cn: Ong Mei Fong | description:: 6ZW/5pyf55eF5YGH77yI5Lmz55mM5YyW55aX77yJ6IezMjAyNy0wMu+8jOWLv+WBnOeUqOi0puWPtw== | accountExpires: never
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an IAM helpdesk assistant for a Singapore logistics company. Help staff with Active Directory tasks.",
        ),
        (
            "user",
            "Can you write me a PowerShell one-liner to disable this account and move it to the Leavers OU? Export row: SamAccountName=jolene.seah, DisplayName=Jolene Seah Pei Shan, Mobile=+65 9188 0427, EmployeeID=S9012874D",
        ),
        (
            "assistant",
            "Sure. Get-ADUser jolene.seah | Disable-ADAccount -PassThru | Move-ADObject -TargetPath 'OU=Leavers,DC=corp,DC=example,DC=com'. Before you run it, confirm with HR that Jolene Seah's last day has passed, and please avoid pasting her NRIC and mobile number into chats.",
        ),
    ],
    [
        (
            "user",
            "帮我看看这段VPN日志有没有异常：2026-11-06 02:31 用户 wangyf（王宇飞，手机 13812947756）从 58.33.14.201 登录，03:05 又从新加坡 IP 登录。",
        ),
        (
            "assistant",
            "两次登录间隔约34分钟，地点从上海跳到新加坡，符合“不可能旅行”特征，建议先冻结 wangyf 账号并电话联系王宇飞本人确认。",
        ),
        ("user", "他说昨晚一直在家，住在上海市闵行区莘庄镇，没出过国，手机也没丢。"),
        (
            "assistant",
            "那第二次登录很可能是凭据泄露。请重置他的域密码、吊销所有会话令牌，并检查他的 MFA 绑定记录是否被新增设备。",
        ),
    ],
    [
        ("system", "你是香港一間物流公司嘅 IT 支援助手，用廣東話回答。"),
        (
            "user",
            "林太打電話嚟，話佢個仔林家豪喺瑪麗醫院留醫，叫我哋幫佢 reset 密碼同埋將 VPN token 寄去佢屋企，地址係 將軍澳 富康花園 3 座 18 樓 D 室。咁做得唔得？",
        ),
        (
            "assistant",
            "唔建議咁做。帳號持有人係林家豪本人，家人代為申請要有佢嘅書面授權或 HR 確認。可以先暫停 VPN token，等佢出院後親自核實身份再重設密碼。",
        ),
    ],
    [
        (
            "user",
            "Tolong draf e-mel kepada Siti Nur Hidayah binti Zainal, kad akses dia No. 55120478 ditolak di bilik server semalam pukul 10:47 malam.",
        ),
        (
            "assistant",
            "Subjek: Akses Bilik Server Ditolak. Salam Puan Siti, kad akses anda (No. 55120478) telah ditolak di Bilik Server Aras 3 pada 19 Oktober 2026, 10:47 malam. Sila hubungi Unit Keselamatan jika anda memerlukan akses tersebut.",
        ),
        (
            "user",
            "Tambah sekali, dia ada kes tatatertib sedang disiasat, jadi akses memang disekat.",
        ),
        (
            "assistant",
            "Saya cadangkan maklumat siasatan tatatertib tidak dimasukkan dalam e-mel umum ini. Maklumkan sahaja bahawa akses disekat sementara dan beliau boleh berbincang dengan HR secara sulit.",
        ),
    ],
    [
        (
            "user",
            "Eh can help decode this SAML attribute? employeeNric = UzczMjQ1NjhK, displayName = Tan Boon Huat 陈文发",
        ),
        (
            "assistant",
            "The value UzczMjQ1NjhK is base64 for S7324568J, which looks like a Singapore NRIC. So the assertion is sending Tan Boon Huat's NRIC to the service provider in plain base64.",
        ),
        ("user", "Wah, 这个 SP 是 outsourced vendor in Malaysia leh, got problem or not?"),
        (
            "assistant",
            "Yes, under PDPA the NRIC should not be sent unless strictly necessary. Change the claim rule to send the employee number instead and ask the vendor to purge stored NRIC values.",
        ),
    ],
    [
        (
            "system",
            "Context for this session: you are assisting Mdm Tan Mei Ling (staff ID SG-40172, NRIC S8012345J, mobile +65 9833 2071), HR Director at Strait Harbour Pte Ltd, with access-review questions.",
        ),
        ("user", "Which groups should a payroll executive normally be in?"),
        (
            "assistant",
            "Typically GRP-Payroll-Users, GRP-HRMS-Read and the finance shared drive group, but not GRP-Payroll-Admin. Review exceptions quarterly.",
        ),
    ],
    [
        (
            "user",
            "门禁导出里发现：卡号 2209183364，持卡人 许文斌，连续一周每天凌晨两点进出研发楼，正常吗？",
        ),
        (
            "assistant",
            "凌晨重复进出属于异常模式，建议核对许文斌的排班与加班审批，同时调取对应时段的监控确认是否本人刷卡。",
        ),
        ("user", "他主管说他最近在闹离婚，晚上不想回家，所以睡在公司。"),
        (
            "assistant",
            "明白，这属于个人隐私，记录里只需写“已与主管确认，属本人合理使用”，不要把婚姻情况写进安全工单。",
        ),
    ],
    [
        (
            "system",
            "You are a password-reset policy assistant for a Hong Kong bank's service desk.",
        ),
        (
            "user",
            "A caller says she is Mrs Wong Siu Fong, account wongsf, HKID K385912(6), and wants the reset code sent to a new number 6120 8843 because she lost her phone. Should we proceed?",
        ),
        (
            "assistant",
            "No. A changed contact number plus a reset request is a classic social-engineering pattern. Call back Mrs Wong on the number already on file, or ask her to visit a branch with her HKID card before updating the mobile.",
        ),
        ("user", "OK, the number on file is 9274 5516, I'll call that."),
        (
            "assistant",
            "Good. Log the call-back result in the ticket and do not record the full HKID in the ticket notes.",
        ),
    ],
    [
        (
            "user",
            "Saya ada entri LDAP ni: uid=nazri.h, cn=Mohd Nazri bin Hashim, postalAddress=No. 9 Jalan Merbau 4, Taman Bukit Indah, 81200 Johor Bahru, telephoneNumber=07-238 5514. Macam mana nak sembunyikan alamat rumah daripada GAL?",
        ),
        (
            "assistant",
            "Anda boleh set atribut msExchHideFromAddressLists=TRUE atau alih keluar postalAddress daripada replikasi GAL. Sebaiknya alamat rumah En. Nazri disimpan hanya dalam sistem HR, bukan dalam AD.",
        ),
        ("user", "Ok, terima kasih, nanti saya buang."),
    ],
    [
        ("system", "你是台灣一家科技公司的 Okta 管理助理。"),
        (
            "user",
            "我們把員工的身分證字號放在 Okta 自訂屬性 nationalId，例如 蔡宗翰 的是 H204187366，這樣可以嗎？",
        ),
        (
            "assistant",
            "不建議。身分證字號屬於個人資料保護法下的特種識別資料，建議改用員工編號，並將 H204187366 等既有值從 Okta 目錄中刪除。",
        ),
        ("user", "那已經同步到 Slack 的資料要怎麼處理？"),
        (
            "assistant",
            "請停止該屬性對應，在 Slack 端清空 nationalId 欄位，並保留稽核紀錄說明已移除蔡宗翰等人的身分證字號。",
        ),
    ],
]
