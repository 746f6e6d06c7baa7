# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade73: personal data in system and security logs (auth.log, sudo/SSH, Windows event XML, firewall/VPN, SIEM alerts). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade73
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "auth.log, sshd and sudo lines"): _lines("""
        Mar  3 04:12:55 web-01 sshd[22817]: Failed password for invalid user admin from 203.0.113.45 port 40422 ssh2
        Mar  3 04:12:57 web-01 sshd[22819]: Invalid user oracle from 203.0.113.45 port 40460
        Jan 17 09:30:02 build-02 sshd[1187]: Accepted publickey for deploy from 10.20.4.17 port 51122 ssh2: ED25519 SHA256:q7Vb3nZk1c0Ff8d2xYl0pR4mWs9tJ6aHuE5gK2iN0oQ
        Jan 17 09:30:02 build-02 sshd[1187]: pam_unix(sshd:session): session opened for user deploy(uid=1002) by (uid=0)
        Feb  9 23:59:01 db-prod-3 CRON[30412]: pam_unix(cron:session): session opened for user root(uid=0) by (uid=0)
        Feb  9 11:04:33 db-prod-3 sudo:  ansible : TTY=unknown ; PWD=/home/ansible ; USER=root ; COMMAND=/usr/bin/apt-get -y install openssl=3.0.2-0ubuntu1.15
        Apr 22 02:00:14 nas-01 sudo: pam_unix(sudo:auth): authentication failure; logname= uid=1001 euid=0 tty=/dev/pts/0 ruser=backup rhost=  user=backup
        Apr 22 02:00:19 nas-01 sshd[914]: Disconnected from authenticating user root 198.51.100.23 port 33814 [preauth]
        Apr 22 02:00:21 nas-01 sshd[915]: error: maximum authentication attempts exceeded for invalid user pi from 198.51.100.23 port 33822 ssh2 [preauth]
        2024-04-22 02:00:22,481 fail2ban.actions [1022]: NOTICE [sshd] Ban 198.51.100.23
        May  6 07:45:10 ci-04 systemd-logind[688]: New session 412 of user gitlab-runner.
        May  6 07:45:11 ci-04 sshd[5521]: Accepted publickey for git from 10.0.2.9 port 50212 ssh2: RSA SHA256:Zp0c8Jx4m3QvT1yLh6nWb2sE9rKd5aUo7fGi0tPq4Ck (comment: ci@turing-runner-04)
        May  6 07:46:30 ci-04 sshd[5521]: Received disconnect from 10.0.2.9 port 50212:11: disconnected by user
        Jun 11 03:15:40 jenkins-01 sudo:   jenkins : TTY=unknown ; PWD=/var/lib/jenkins ; USER=root ; COMMAND=/usr/bin/docker image prune -af
        Jun 11 03:15:44 api-07 sshd[2201]: Connection closed by 10.0.5.11 port 44318 [preauth] request_id=1790456612834508288
        Template for parsers: <timestamp> <host> sshd[<pid>]: Failed password for <username> from <src_ip> port <port> ssh2
    """),
    ("en", "Windows event XML"): _lines(r"""
        <Event><System><Provider Name="Microsoft-Windows-Security-Auditing"/><EventID>4624</EventID><TimeCreated SystemTime="2024-06-02T03:11:45.1234567Z"/><Computer>DC01.corp.example</Computer></System><EventData><Data Name="SubjectUserSid">S-1-5-18</Data><Data Name="TargetUserName">SYSTEM</Data><Data Name="TargetDomainName">NT AUTHORITY</Data><Data Name="LogonType">5</Data></EventData></Event>
        <Event><System><EventID>4625</EventID><Computer>RDS-GW01.corp.example</Computer></System><EventData><Data Name="TargetUserName">Administrator</Data><Data Name="Status">0xc000006d</Data><Data Name="SubStatus">0xc000006a</Data><Data Name="LogonType">3</Data><Data Name="IpAddress">203.0.113.19</Data><Data Name="IpPort">49822</Data></EventData></Event>
        <Event><System><EventID>4740</EventID><Computer>DC02.corp.example</Computer></System><EventData><Data Name="TargetUserName">svc_sql</Data><Data Name="TargetDomainName">SQL-NODE-03</Data><Data Name="SubjectUserName">DC02$</Data></EventData></Event>
        <Event><System><EventID>4672</EventID><Computer>BKP-01.corp.example</Computer></System><EventData><Data Name="SubjectUserName">svc_backup</Data><Data Name="PrivilegeList">SeBackupPrivilege SeRestorePrivilege SeSecurityPrivilege</Data></EventData></Event>
        <Event><System><Provider Name="Service Control Manager"/><EventID>7045</EventID><Computer>WS-0142.corp.example</Computer></System><EventData><Data Name="ServiceName">Windows Defender Update Service</Data><Data Name="ImagePath">C:\ProgramData\Temp\wdupd.exe</Data><Data Name="ServiceType">user mode service</Data><Data Name="StartType">auto start</Data><Data Name="AccountName">LocalSystem</Data></EventData></Event>
        <Event><System><EventID>4688</EventID><Computer>WS-0142.corp.example</Computer></System><EventData><Data Name="SubjectUserName">WS-0142$</Data><Data Name="NewProcessName">C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe</Data><Data Name="CommandLine">powershell.exe -NoProfile -EncodedCommand RwBlAHQALQBTAGUAcgB2AGkAYwBlACAAfAAgAFcAaABlAHIAZQAtAE8AYgBqAGUAYwB0ACAAUwB0AGEAdAB1AHMAIAAtAGUAcQAgACcAUwB0AG8AcABwAGUAZAAnAA==</Data></EventData></Event>
        <Event><System><Provider Name="Microsoft-Windows-Eventlog"/><EventID>1102</EventID><Computer>DC01.corp.example</Computer></System><UserData><LogFileCleared><SubjectUserName>adm-tier0</SubjectUserName><SubjectDomainName>CORP</SubjectDomainName></LogFileCleared></UserData></Event>
        Message template for 4720: A user account was created. Subject: Security ID: %1 Account Name: %2 New Account: Security ID: %4 Account Name: %5 Account Domain: %6
        <Event><System><EventID>4768</EventID><Computer>DC01.corp.example</Computer></System><EventData><Data Name="TargetUserName">WS-0142$</Data><Data Name="ServiceName">krbtgt</Data><Data Name="TicketEncryptionType">0x12</Data><Data Name="IpAddress">::ffff:10.0.14.42</Data></EventData></Event>
        <Event><System><Provider Name="Microsoft-Windows-Sysmon"/><EventID>3</EventID><Computer>WS-0142.corp.example</Computer></System><EventData><Data Name="Image">C:\Windows\System32\svchost.exe</Data><Data Name="User">NT AUTHORITY\NETWORK SERVICE</Data><Data Name="DestinationIp">10.0.0.53</Data><Data Name="DestinationPort">53</Data><Data Name="ProcessGuid">{4f1c2a7e-9d3b-65f0-1a00-000000003c00}</Data></EventData></Event>
        <Event><System><EventID>5156</EventID><Computer>FS01.corp.example</Computer></System><EventData><Data Name="Application">\device\harddiskvolume3\windows\system32\svchost.exe</Data><Data Name="Direction">%%14593</Data><Data Name="SourceAddress">10.0.14.42</Data><Data Name="DestAddress">10.0.0.10</Data><Data Name="DestPort">445</Data></EventData></Event>
        <Event><System><EventID>4624</EventID><Computer>APP-02.corp.example</Computer></System><EventData><Data Name="TargetUserSid">S-1-5-20</Data><Data Name="TargetUserName">NETWORK SERVICE</Data><Data Name="LogonType">5</Data><Data Name="LogonProcessName">Advapi</Data></EventData></Event>
    """),
    ("en", "firewall and VPN logs"): _lines("""
        date=2024-05-08 time=14:22:31 devname="FGT-HQ" devid="FG100FTK19001234" logid="0000000013" type="traffic" subtype="forward" srcip=10.10.3.45 srcport=53211 dstip=198.51.100.140 dstport=443 action="accept" policyid=12 service="HTTPS" sentbyte=5123 rcvdbyte=88421
        Jul  2 11:08:43 edge-fw kernel: [UFW BLOCK] IN=eth0 OUT= MAC=52:54:00:12:34:56:52:54:00:65:43:21:08:00 SRC=198.51.100.77 DST=10.0.0.5 LEN=60 TTL=49 PROTO=TCP SPT=51515 DPT=3389 WINDOW=29200 SYN URGP=0
        %ASA-4-106023: Deny tcp src outside:203.0.113.50/44812 dst inside:10.1.1.20/445 by access-group "OUTSIDE_IN" [0x8ed66b60, 0x0]
        %ASA-6-722051: Group <RemoteStaff> User <svc-monitor> IP <192.0.2.14> IPv4 Address <10.99.0.5> IPv6 address <::> assigned to session
        Sep 14 22:01:07 vpn01 ovpn-server[1244]: 192.0.2.60:51820 TLS: Initial packet from [AF_INET]192.0.2.60:51820, sid=1b7e5c2a 9f0d3e41
        wg show wg0: peer a2lvc2stbG9iYnktMDMgd2cgcHVia2V5IHBsYWNlaG9= (kiosk-lobby-03) endpoint 10.40.1.33:51820 latest handshake: 42 seconds ago transfer: 1.21 MiB received, 3.88 MiB sent
        filterlog: 5,,,1000000103,igb0,match,block,in,4,0x0,,64,0,0,DF,6,tcp,60,203.0.113.88,10.0.0.8,41532,22,0,S,2918273645,,64240,,mss;sackOK;TS;nop;wscale
        1,2024/08/19 10:11:02,012801012345,THREAT,vulnerability,2305,2024/08/19 10:11:02,203.0.113.9,10.0.3.20,,,Inbound-Web,,,web-browsing,vsys1,untrust,dmz,ethernet1/1,ethernet1/3,,,"Apache Log4j Remote Code Execution Vulnerability(91991)",critical,reset-both
        GlobalProtect gateway user authentication failed. Login from: 203.0.113.200, Source region: NL, User name: test, Auth type: LDAP, Error: Authentication failed: Invalid username or password
        date=2024-05-08 time=14:25:09 devname="FGT-HQ" type="utm" subtype="webfilter" srcip=10.10.3.45 hostname="en.wikipedia.org" url="/wiki/Lee_Kuan_Yew" catdesc="Reference" action="passthrough"
        {"timestamp":"2024-08-02T11:20:44.102+0800","event_type":"alert","src_ip":"203.0.113.61","dest_ip":"10.0.3.20","dest_port":22,"proto":"TCP","alert":{"signature_id":2000537,"signature":"ET SCAN NMAP -sS window 2048","severity":2},"payload":"474554202f20485454502f312e310d0a486f73743a206578616d706c652e636f6d0d0a"}
        1717050000.118204	CZk1nB3Xq9f2v7sYa1	10.0.3.20	51822	10.0.0.53	53	udp	dns	0.001822	38	54	SF	-	-	0	Dd	1	66	1	82	-
        %ASA-4-113019: Group = SSL-VPN, Username = svc-jumphost, IP = 192.0.2.31, Session disconnected. Session Type: SSL, Duration: 0h:14m:02s, Bytes xmt: 18842, Bytes rcv: 9921, Reason: Idle Timeout
    """),
    ("zh-Hans", "SIEM 告警与运维日志"): _lines("""
        【告警】主机 10.20.1.15 在 5 分钟内出现 312 次 SSH 登录失败，来源 IP 203.0.113.45，疑似暴力破解，已自动封禁 24 小时。
        【堡垒机审计】运维账号 ops_batch 于 2024-11-02 01:13 登录 db-crm-01，执行 VACUUM ANALYZE，耗时 42 秒。
        sudo: ansible : TTY=unknown ; PWD=/opt/app ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx  # 变更单号 CHG-20241102-0037
        Windows 安全日志 事件 ID 4625：帐户登录失败。帐户名: Administrator 失败原因: 未知用户名或密码错误 源网络地址: 198.51.100.23
        等保 2.0 要求：审计记录应包括事件的日期和时间、用户、事件类型、事件是否成功，网络日志留存不少于六个月。
        日志脱敏规范：手机号保留前三后四（如 138****0000），身份证号仅保留前六位与后四位，姓名只保留姓氏。
        WAF 拦截记录：规则 942100 SQL 注入，uri=/api/order/query?order_no=202411020000123456' OR '1'='1，来源 203.0.113.88，动作 阻断
        防火墙策略变更：新增策略 ID 214，允许 10.30.0.0/16 访问 10.20.5.8:5432，申请单 IT-2024-08812，审批部门：信息安全部。
        反诈提醒：如接到自称公检法或平台客服的可疑电话，请拨打全国反诈专线 96110 咨询。
        告警：钓鱼邮件冒充“马化腾”发送虚假抽奖链接，已在邮件网关拦截 1,204 封，发件域 tencent-gift[.]top。
        VPN 日志统计：用户组“外包人员”当日在线会话 37 个，平均时长 2 小时 14 分，峰值并发 19。
        auditd 记录：type=USER_LOGIN msg=audit(1712034112.554:8812): pid=2210 uid=0 auid=4294967295 ses=4294967295 msg='op=login acct="(unknown)" exe="/usr/sbin/sshd" hostname=? addr=203.0.113.45 terminal=ssh res=failed'
        2024-10-14 09:05:11.342 WARN [auth-svc] c.e.auth.LoginGuard - {"level": "WARN", "msg": "\\u767b\\u5f55\\u5931\\u8d25\\u6b21\\u6570\\u8fc7\\u591a", "user": "svc_report", "count": 6}
        10.3.2.80 - - [21/Nov/2024:20:16:02 +0800] "GET /kb/search?q=%E9%98%B2%E7%81%AB%E5%A2%99%E9%85%8D%E7%BD%AE HTTP/1.1" 200 5120 "-" "curl/8.5.0"
    """),
    ("zh-Hant", "資安告警與日誌"): _lines("""
        [資安告警] 偵測到來自 198.51.100.0/24 的 RDP 密碼噴灑攻擊，共 1,842 次嘗試，目標帳號多為 administrator、test、user。
        事件識別碼 4740：已鎖定使用者帳戶。帳戶名稱: svc_print 呼叫端電腦名稱: PRN-SRV-02
        反詐騙諮詢專線 165：如接到自稱銀行客服要求操作 ATM 或網銀，請立即撥打查證。
        香港警方「防騙易」熱線 18222 全日 24 小時運作，可查詢可疑來電及網站。
        個資法規範：日誌中的身分證字號應以遮罩方式記錄，例如 A12****789，並限制存取權限。
        防火牆日誌：action=deny src=10.8.2.33 dst=198.51.100.9 dport=25 原因：內部主機嘗試直連外部郵件伺服器，疑似中毒，已隔離。
        VPN 連線統計（2024 年 10 月）：總登入 18,402 次，失敗 612 次，MFA 拒絕 48 次。
        稽核紀錄保存期限：依主管機關規定，資安事件紀錄至少保存三年。
        Windows 事件 4672：特殊權限指派給新登入。安全性識別碼: S-1-5-18 帳戶名稱: SYSTEM 帳戶網域: NT AUTHORITY
        SIEM 規則說明：同一來源 IP 於 10 分鐘內對超過 20 個不同帳號登入失敗，即觸發「密碼噴灑」告警。
        工單 INC-0087215：核心交換器 CORE-SW-01 風扇故障告警，已更換料號 JL085A 風扇模組。
        釣魚郵件冒充「黃仁勳」宣傳 NVIDIA 投資專案，郵件閘道已攔截並將寄件網域加入黑名單。
    """),
    ("ms", "log keselamatan dan tiket SOC"): _lines("""
        Amaran SIEM: 240 percubaan log masuk SSH gagal dari 203.0.113.45 dalam masa 10 minit, IP telah disekat oleh fail2ban.
        Tiket SOC-2024-1175: Akaun perkhidmatan svc_backup dikunci (Event 4740) selepas kata laluan tamat tempoh; kata laluan baharu disimpan dalam peti besi.
        Laporkan insiden siber kepada Cyber999 MyCERT di talian 1-300-88-2999 atau e-mel cyber999@cybersecurity.my.
        Notis: Sistem VPN akan diselenggara pada Sabtu 02:00-04:00; semua sesi aktif akan diputuskan secara automatik.
        Log firewall: tindakan=sekat sumber=10.12.4.8 destinasi=198.51.100.9 port=25 sebab=percubaan SMTP terus ke luar
        Templat laporan insiden: Nama pelapor: ____ / No. KP: ______-__-____ / Jabatan: ____ / Masa kejadian: ____
        Garis panduan PDPA 2010: log sistem yang mengandungi No. KP mesti disimpan di pelayan dalam negara dan dipadam selepas tempoh simpanan tamat.
        Event 4625 log masuk gagal: Nama akaun: guest, Domain: WORKGROUP, Alamat IP sumber: 198.51.100.23, Jenis log masuk: 3
        sudo: ansible : TTY=unknown ; PWD=/home/ansible ; USER=root ; COMMAND=/usr/sbin/ufw allow 443/tcp  # tiket CR-8812
        Statistik suku tahunan SOC: 1,305 amaran pancingan data, 42 insiden disahkan, purata masa tindak balas 3.4 jam.
        Amaran: e-mel pancingan data menyamar sebagai Perdana Menteri Anwar Ibrahim menawarkan bantuan tunai; jangan klik pautan bantuan-rahmah[.]xyz.
        Log ANPR pagar utama hari ini: kenderaan pelawat 14 unit, kenderaan syarikat 38 unit, tiada padanan senarai hitam.
        Kod ralat Windows: 0xc000006d bermaksud nama pengguna atau kata laluan salah; 0xc0000234 bermaksud akaun dikunci.
        Rujukan perubahan CHG-240914-10-0552: peraturan firewall baharu untuk pelayan e-Gaji, status diluluskan.
    """),
    ("mixed", "encoded fields in logs"): _lines("""
        10.0.3.15 - - [12/Feb/2025:09:16:40 +0800] "GET /metrics HTTP/1.1" 200 88213 "-" "Prometheus/2.51" authorization="Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtbW9uaXRvciIsInNjb3BlIjoibWV0cmljczpyZWFkIiwiaXNzIjoiaHR0cHM6Ly9hdXRoLmV4YW1wbGUuaW50ZXJuYWwiLCJleHAiOjE3MzU2ODk2MDB9.p4Lq9XwZr2Tn0vBc8Ke1Yd6HsUa3Gm5Jf7Qo1Ri2Ex0"
        DEBUG 2024-07-19T10:02:51.004Z http-nio-8080-exec-2 o.a.c.h.Http11Processor request headers: host=metrics.example.my, user-agent=Prometheus/2.51, authorization=Basic cHJvbS1zY3JhcGVyOlJFREFDVEVE
        type=EXECVE msg=audit(1712034199.101:8830): argc=3 a0="bash" a1="-c" a2=6563686F206275696C642066696E69736865642061742073746167652033
        Oct  1 06:00:03 mail-gw01 postfix/cleanup[21901]: 8A3B1F0C22: warning: header Subject: =?UTF-8?B?57O757uf57u05oqk6YCa55+l77yaVlBOIOe9keWFs+WNh+e6pw==?= from it-notice.corp.example[10.0.9.5]; from=<it-notice@corp.example> to=<all-staff@corp.example>
        2025-01-08 10:45:02,117 INFO [print-svc] {"event": "\\u5e33\\u865f\\u5df2\\u9396\\u5b9a", "account": "svc_print", "host": "PRN-SRV-02"}
        10.12.7.50 - - [03/Mar/2025:08:30:11 +0800] "GET /carian?q=cara%20set%20semula%20kata%20laluan HTTP/1.1" 200 2211 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
        Quarantine: file=invoice_2024_0917.zip sha256=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 verdict=Trojan.GenericKD.71829301 action=deleted
        Well-known SIDs kept unmasked in exports: S-1-5-18 (LocalSystem), S-1-5-19 (LocalService), S-1-5-20 (NetworkService), S-1-5-32-544 (Administrators)
        cert expiring: CN=vpn.corp.example, serial=4A:9F:03:7C:11:E2:85:D0, notAfter=2025-03-31T23:59:59Z, issuer=CN=Corp Issuing CA 02
        Eh team, 今晚 02:00 patch firewall, VPN akan down 15 minit, 请提前 save 工作 ya.
        告警 ID SIEM-20241115-000873 | rule=Brute force from single source | 来源 203.0.113.45 | jumlah cubaan 512 | status=closed (false positive: vulnerability scanner)
        kernel: audit: type=1400 apparmor="DENIED" operation="open" profile="/usr/sbin/named" name="/etc/ssl/private/" pid=1412 comm="named" requested_mask="r" denied_mask="r" fsuid=101 ouid=0
    """),
    ("en", "SOC runbook and how-to"): _lines("""
        How do I configure rsyslog to forward auth.log to a remote SIEM over TLS on port 6514?
        To mask e-mail addresses in Logstash, use a mutate gsub on the message field with a regex that replaces the local part with a fixed token.
        Windows event 4625 SubStatus 0xC0000064 means the user name does not exist; 0xC000006A means the password was wrong.
        Retention policy: authentication logs 400 days hot and 7 years cold; VPN session logs 180 days; firewall deny logs 90 days.
        Best practice: never log full request bodies on /login or /register endpoints; log a salted hash of the username instead.
        Sigma rule: title: New local user account created | logsource: product: windows service: security | detection: selection: EventID: 4720 | condition: selection | level: medium
        Splunk query: index=wineventlog EventCode=4625 | stats count by src_ip, TargetUserName | where count > 20
        Under the Singapore PDPA and Malaysia PDPA, access to raw VPN logs should be limited to the SOC on a need-to-know basis.
        Kevin Mitnick's book The Art of Deception is still standard reading on social engineering for new SOC analysts.
        Clifford Stoll traced a KGB-linked intruder in 1986 after noticing a 75-cent accounting error at Lawrence Berkeley Laboratory.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines(r"""
        Jun  3 08:41:09 hr-portal-02 sshd[30117]: Invalid user S8734215H from 10.44.7.19 port 52210 | Jun  3 08:41:12 hr-portal-02 sshd[30117]: Failed password for invalid user S8734215H from 10.44.7.19 port 52210 ssh2 | Jun  3 08:41:20 hr-portal-02 sshd[30117]: Accepted password for yeoh.meiling from 10.44.7.19 port 52210 ssh2
        Nov 21 23:02:11 db-prod-3 sudo:  kmenon : TTY=pts/2 ; PWD=/home/kmenon ; USER=postgres ; COMMAND=/usr/bin/psql -d crm -c UPDATE members SET mobile='+65 9735 2180', email='melissa.pereira@gmail.com' WHERE member_no='M-004417'
        <Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><EventID>4663</EventID><TimeCreated SystemTime="2024-03-18T14:05:22.4410932Z"/><Computer>FS01.corp.example</Computer></System><EventData><Data Name="SubjectUserName">hr.clerk02</Data><Data Name="SubjectDomainName">CORP</Data><Data Name="ObjectType">File</Data><Data Name="ObjectName">D:\HR\Medical\Shaun_de_Souza_MC_hepatitis_B_Mar2024.pdf</Data><Data Name="AccessMask">0x1</Data><Data Name="ProcessName">C:\Windows\explorer.exe</Data></EventData></Event>
        <Event><System><EventID>5136</EventID><Computer>DC02.corp.example</Computer></System><EventData><Data Name="SubjectUserName">svc_idm</Data><Data Name="ObjectDN">CN=Tan Wei Ming,OU=Contractors,DC=corp,DC=example</Data><Data Name="ObjectClass">user</Data><Data Name="AttributeLDAPDisplayName">employeeID</Data><Data Name="AttributeValue">T1158407H</Data><Data Name="OperationType">%%14674</Data></EventData></Event>
        date=2024-05-08 time=14:31:07 devname="FGT-HQ" logid="0316013057" type="utm" subtype="webfilter" eventtype="ftgd_allow" srcip=10.10.3.47 dstip=198.51.100.140 hostname="book.harbourviewclinic.sg" url="/appointment/new?name=Lim+Siew+Ling&mobile=91274836&nric=T0312658C&reason=antenatal+scan+week+20" catdesc="Health and Wellness" action="passthrough"
        %ASA-6-722022: Group <RemoteStaff> User <rajesh.krishnan77@hotmail.com> IP <198.51.100.77> TCP SVC connection established without compression | %ASA-6-113039: Group <RemoteStaff> User <rajesh.krishnan77@hotmail.com> IP <198.51.100.77> AnyConnect parent session started.
        May 12 16:40:03 mx2 postfix/cleanup[8812]: 4F2A31C0B2: info: header Subject: Your biopsy results are ready - Hannah Kowalski from portal.example-health.com[10.0.9.21]; from=<noreply@example-health.com> to=<hannah.kowalski@outlook.com> proto=ESMTP helo=<portal>
        10.0.3.14 - - [12/Feb/2025:09:15:02 +0800] "GET /api/v2/claims/88213 HTTP/1.1" 200 1432 "-" "okhttp/4.11.0" authorization="Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1XzU1MTIwIiwibmFtZSI6IkdyZWdvcnkgUm96YXJpbyIsImVtYWlsIjoiZ3JlZy5yb3phcmlvQGdtYWlsLmNvbSIsInBob25lX251bWJlciI6Iis2NTg4MTk2NjA0IiwiaWF0IjoxNzM5MzIyOTAyfQ.h3Zq0Vd7sPp2N1mX4cKe8YwRt6LuBf9GjAo5Ei3Hn0s"
        DEBUG 2024-07-19T10:02:44.118Z http-nio-8080-exec-7 o.a.c.h.Http11Processor request headers: host=selfcare.example.my, user-agent=Mozilla/5.0 (Linux; Android 14), authorization=Basic c2l0aS5oYWphcjkyQGdtYWlsLmNvbTpIYWphckAxOTky, x-forwarded-for=192.0.2.77
        [Splunk ES Notable] DLP - Card data in outbound email | urgency=high | src_user=chua.boonhock | recipient=boonhock.chua88@gmail.com | attachment=Chua_BH_cc_statement_Apr2024.pdf | matched_pan=5521 1509 8159 9279 | owner=SOC-L1
        203.0.113.9 - - [04/Dec/2024:21:47:10 +0800] "GET /checkout/confirm?ship_name=Daniel%20Whitfield&ship_addr=Blk%20412%20Bedok%20North%20Ave%202%20%2312-117%20Singapore%20460412&ship_tel=84620715 HTTP/1.1" 302 0 "https://shop.example.sg/cart" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"
        type=EXECVE msg=audit(1712034112.554:8812): argc=4 a0="curl" a1="-s" a2="--data" a3=6E616D653D507269796120642F6F2052616D6173616D7926636172643D34313137373337393035343237343839266578703D30392F3237 | type=SYSCALL msg=audit(1712034112.554:8812): arch=c000003e syscall=59 success=yes auid=1003 uid=1003 comm="curl" exe="/usr/bin/curl"
        ** Alert 1718242211.30412: - ossec,syscheck, | 2024 Jun 13 09:30:11 (web-03) 10.0.4.23->syscheck | Rule: 550 (level 7) -> 'Integrity checksum changed.' | File '/home/deploy/.ssh/authorized_keys' checksum changed. | What changed: > ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHq3c9Lk2Vb8ZpX0mW4sRt7yNfD1aE6gU5oJ2iK8hQ3x kelvintay1990@gmail.com
        {"createdDateTime":"2024-10-07T18:44:12Z","userDisplayName":"Farah Nadia binti Osman","userPrincipalName":"farah.osman@corp.example","appDisplayName":"Microsoft Teams","ipAddress":"198.51.100.183","location":{"city":"Seremban","state":"Negeri Sembilan","countryOrRegion":"MY"},"status":{"errorCode":0},"riskEventTypes":["unfamiliarFeatures"],"deviceDetail":{"displayName":"FARAH-HOME-PC","operatingSystem":"Windows 11"}}
        <Event><System><EventID>4688</EventID><Computer>HR-WS-017.corp.example</Computer></System><EventData><Data Name="SubjectUserName">hr.payroll</Data><Data Name="NewProcessName">C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe</Data><Data Name="CommandLine">powershell.exe -NoProfile -EncodedCommand UwBlAG4AZAAtAE0AYQBpAGwATQBlAHMAcwBhAGcAZQAgAC0AVABvACAAJwB3AG8AbgBnAC4AawBhAGgAbQB1AG4AQAB5AGEAaABvAG8ALgBjAG8AbQAuAHMAZwAnACAALQBTAHUAYgBqAGUAYwB0ACAAJwBJAEMAIABTADkAMQA2ADIANwA0ADAAWgAgAHAAYQB5AHMAbABpAHAAIABXAG8AbgBnACAASwBhAGgAIABNAHUAbgAnACAALQBBAHQAdABhAGMAaABtAGUAbgB0AHMAIABDADoAXABIAFIAXABwAGEAeQBzAGwAaQBwAF8AdwBvAG4AZwBrAG0ALgBwAGQAZgA=</Data></EventData></Event>
        SIEM triage note INC-55821: impossible-travel alert for mpereira closed as benign - Marcus Pereira confirmed on +65 9382 5517 that he is in Perth for his daughter's university graduation until Friday.
        Aug 27 13:02:18 pos-gw-01 pos-agent[772]: WARN card track data written to debug log: PAN=4367421417905426 NAME=ONG/BEE LIAN MS EXP=2608 terminal=TRM-0421 store=Tampines
    """),
    "zh-Hans": _lines(r"""
        2024-09-03 10:21:44 [WAF][规则 942100][误报] 动作=拦截 src=10.60.8.21 uri=/api/member/register body={"xm":"陈志明","sfzh":"440305198803140274","sjh":"13826497713","dz":"深圳市南山区"}
        2024-10-14 09:03:27.118 INFO [crm-gateway] c.e.crm.CustomerController - 更新客户资料 payload={"user": "\u5218\u6653\u71d5", "mobile": "15013572864", "addr": "\u676d\u5dde\u5e02\u897f\u6e56\u533a\u6587\u4e09\u8def478\u53f7"}
        【堡垒机审计】会话 S-20241102-0113 运维人员 wangjj 登录 db-crm-01 执行: SELECT name, phone FROM t_customer WHERE id_card='110105197511090138'; 返回 1 行（客户：赵国庆）
        [企业微信告警] 异地登录：账号 huangjiaxin（黄佳欣）的企业邮箱于 03:12 在 越南胡志明市 登录，绑定手机 199 2716 0453，请本人确认。
        Aug 19 17:22:05 hr-fs-01 sudo:    liuq : TTY=pts/0 ; PWD=/data/hr ; USER=root ; COMMAND=/bin/cat /data/hr/体检报告/何雅婷_乙肝表面抗原阳性_复查.pdf
        10.3.2.77 - - [21/Nov/2024:20:14:51 +0800] "GET /api/express/create?receiver=%E9%83%AD%E5%AD%90%E5%81%A5&tel=18602114935&addr=%E6%88%90%E9%83%BD%E5%B8%82%E6%AD%A6%E4%BE%AF%E5%8C%BA%E7%A7%91%E5%8D%8E%E5%8C%97%E8%B7%AF65%E5%8F%B73%E6%A0%8B2%E5%8D%95%E5%85%831101 HTTP/1.1" 200 87 "-" "Mozilla/5.0 (Linux; Android 13; V2219A)"
        2024-12-01T08:00:12+08:00 api-gw-02 kong[3312]: upstream=loan-svc route=/v1/apply status=200 latency=183ms header.x-user-info=5a2Z5pmT5pmofDMxMDExNTE5OTIwNzIxMDQ2NHzkuIrmtbfluILmtabkuJzmlrDljLrlvKDmnajot68xMTg45byEN+WPtzYwMuWupA== consumer=app-android
        SOC 周报第 47 周：钓鱼演练中招人员——市场部 李思雨 点击链接并在仿冒页输入了域账号密码，已强制改密并安排补训；其个人邮箱 lisiyu0712@163.com 也收到同类邮件。
        VPN 日志（外包账号按手机号开通）：%ASA-4-113019: Group = SSL-VPN, Username = 13917754028, IP = 198.51.100.56, Session disconnected. Session Type: SSL, Duration: 8h:02m:17s, Reason: Idle Timeout
        # Time: 2024-11-05T03:14:22.118Z # User@Host: app_rw[app_rw] @ [10.20.5.31] # Query_time: 3.204117 Lock_time: 0.000112 Rows_sent: 1 Rows_examined: 1842231 SELECT * FROM t_withdraw WHERE card_no='6222025970828720986' AND holder_name='邓文博';
        [DLP] 外发审计：员工 吴磊（工号 E20931）将《重点客户名单.xlsx》通过 PC 版微信发送给个人号 wxid_9d2k7m1p4q8r21（昵称“磊子”），已生成违规记录。
        审核成功 2024/7/8 22:41:03 Microsoft-Windows-Security-Auditing 4624 已成功登录帐户。 帐户名: zhouhaitao 帐户域: CORP 登录类型: 10 工作站名: ZHT-HOME 源网络地址: 203.0.113.144 | 值班备注：周海涛 病假居家，家住上海市闵行区莘松路 958 弄，手机 136 2189 4470
    """),
    "zh-Hant": _lines(r"""
        [資安告警] WAF 偵測到身份證號碼：ModSecurity: Warning. Pattern match at ARGS:hkid. [id "990112"] [uri "/eform/subsidy/apply"] [client 10.8.4.52] body: name=LEUNG+KA+YAN&hkid=K583621(2)&tel=91357702&district=%E6%B2%99%E7%94%B0
        [資安告警] 個資外洩偵測（DLP）：使用者 林怡君（財務部）上傳「113年度綜所稅申報.xlsx」至個人 Google Drive，檔案內含身分證字號 A223581903 及扣繳明細。
        事件識別碼 4625 帳戶登入失敗。 帳戶名稱: wongkayan 失敗原因: 帳戶目前已停用。 來源網路位址: 203.0.113.77 | 分析：此為上月離職員工 黃嘉欣 的帳號，離職後仍從其住處寬頻嘗試登入 VPN。
        SOC 值班紀錄：客服 蔡佩珊（分機 2231，手機 0935 216 804）回報收到假冒 IT 部門的 LINE 訊息要求提供 OTP，已封鎖對方帳號並重設其密碼。
        FortiClient VPN 登入成功：用戶 wongsiuming（黃兆明）自 將軍澳 住宅寬頻 登入，MFA 短訊已發送至 6218 4937，裝置 WSM-MacBook-Air。
        10.5.1.23 - - [02/Jan/2025:13:05:44 +0800] "POST /member/update?name=%E5%90%B3%E5%AE%B6%E8%B1%AA&tel=0987120643&city=%E5%8F%B0%E4%B8%AD%E5%B8%82 HTTP/1.1" 200 312 "-" "會員 App/5.2.1 (iOS 17.4)"
        2025-01-08 10:44:19,532 WARN [his-api] 病歷同步失敗 payload={"patient": "\u912d\u96c5\u6587", "chart_no": "MR-0093317", "dx": "\u7b2c\u4e8c\u578b\u7cd6\u5c3f\u75c5", "tel": "0912-384-576"}
        Feb 11 07:55:02 gov-portal-01 sshd[40218]: Failed password for invalid user F128304767 from 10.30.2.41 port 60114 ssh2 —— 值班註記：使用者把自己的身分證字號當成帳號輸入。
        [SIEM] 異常資料存取：帳號 hr_ops 於 23:40 匯出 Payroll_2024Q4.csv，抽樣第 17 列：陳嘉豪／身份證號碼 R416802(9)／中國銀行（香港）戶口 012-875-0-112034-6。
    """),
    "ms": _lines("""
        [Amaran SIEM] Log masuk luar waktu pejabat: pengguna hafiz.roslan (Muhammad Hafiz bin Roslan) log masuk VPN dari Kota Bharu pada 02:14; no. telefon berdaftar untuk MFA 019-662 0831.
        Tiket #SOC-2024-1182: Akaun AD nuraisyah.k dikunci selepas 5 cubaan gagal (Event 4740). Pemilik: NUR AISYAH BINTI KAMARUDDIN, No. KP 850130-03-5294, minta set semula kata laluan dan hubungi beliau di 011-2409 7736.
        Jan 22 09:14:37 portal-hr sshd[11873]: Failed password for invalid user 970925135017 from 10.14.2.66 port 51992 ssh2 (nota: pengguna menaip No. MyKad sendiri sebagai nama pengguna)
        Log aplikasi e-Gaji 2024-09-25 11:02:17 DEBUG PayrollExport data=bmFtYT1TdXJlc2ggYS9sIE11bmlhbmR5O2twPTc1MDYyMi0wNy01MzgxO2FrYXVuPTExNDAyMjM4NTU2MTtiYW5rPU1heWJhbms= status=OK
        Log firewall (webfilter): sumber=10.12.7.44 url=https://daftar.example-kolej.edu.my/permohonan?nokp=010418-01-0246&nama=Nur+Syafiqah+binti+Rahim&telefon=013-870+3362 tindakan=benarkan kategori=Pendidikan
        <Event><System><EventID>4738</EventID><Computer>DC01.corp.example</Computer></System><EventData><Data Name="TargetUserName">NORAZLINA.Y</Data><Data Name="SubjectUserName">hr.admin</Data><Data Name="AccountExpires">31/12/2024</Data><Data Name="Comment">Norazlina binti Yusof - cuti bersalin 90 hari mulai 1/10, akaun dinyahaktifkan sementara</Data></EventData></Event>
        Log DLP: Kakitangan Jeevitha a/p Maniam (Unit Akaun) menghantar e-mel berisi penyata gaji dan penyata KWSP ke alamat peribadi jeevitha.maniam88@gmail.com; tindakan: disekat.
        Mar  4 16:40:12 db-klinik sudo:   amirul : TTY=pts/1 ; PWD=/home/amirul ; USER=root ; COMMAND=/usr/bin/grep -i 000312-08-5671 /var/log/app/pesakit-rawatan.log
        Log ANPR pagar utama: kenderaan WXY 3381 (pemilik berdaftar: Ahmad Faiz bin Zulkifli, Jabatan Kewangan) masuk 07:52, keluar 19:40; ditanda lewat keluar 3 hari berturut-turut.
        Amaran insiden: bekas kakitangan Syazwan bin Abd Latif (Telegram @syazwan_latif, 016-718 2049) dikesan masih menggunakan token VPN lama dari rumahnya di Kuantan.
    """),
    "mixed": _lines("""
        {"timestamp":"2024-08-02T11:20:41.553+0800","event_type":"alert","src_ip":"10.60.2.18","dest_ip":"203.0.113.61","dest_port":80,"proto":"TCP","alert":{"signature_id":9000117,"signature":"LOCAL DLP cleartext IC number in HTTP POST","severity":2},"payload":"69633d3932303330373134363132382674656c3d30313233383734343135266e616d613d4e7572756c20487564612062696e74692049736d61696c"}
        Sep 30 08:12:57 mail-gw01 postfix/cleanup[21877]: 7C1D2E0A91: warning: header Subject: =?UTF-8?B?5YqJ5a625piO5YWI55SfIOmrlOaqouWgseWRiu+8muiCneWKn+iDveeVsOW4uOmcgOimhuioug==?= from relay.clinic-example.hk[203.0.113.30]; from=<report@clinic-example.hk> to=<kaming.lau79@yahoo.com.hk> proto=ESMTP
        Alert: Impossible travel | user=xu.wenjie@corp.example | 显示名 许文杰 | 1st login: Shenzhen 09:02 | 2nd login: Kuala Lumpur 09:40 | MFA 手机 177 2043 8816 | 状态: 待本人确认
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a SOC assistant for an internal security team."),
        (
            "user",
            "Does this look like brute force? `Mar 9 01:12:44 vpn-gw sshd[2231]: Failed password for rlim from 203.0.113.77 port 40112 ssh2` repeated 40 times, then `Accepted password for rlim` from the same IP.",
        ),
        (
            "assistant",
            "Forty failures followed by a success from the same source is a classic sign of a successful password guess. Confirm with the account owner whether they recognise the source IP and the time, and consider disabling the account meanwhile.",
        ),
        (
            "user",
            "rlim is Rachel Lim, our finance manager. She is on leave in Bali until the 15th, so it can't be her. Her mobile is 9382 4106, calling her now before I disable it.",
        ),
    ],
    [
        (
            "user",
            "帮我看下这条 Windows 事件：4624，登录类型 10，帐户名 zhoujie，源地址 198.51.100.23，时间凌晨 3 点。",
        ),
        (
            "assistant",
            "登录类型 10 是远程交互（RDP）登录。凌晨时段从外部地址登录，需要先确认是否本人操作，再决定是否禁用账号。",
        ),
        (
            "user",
            "zhoujie 是我们财务部的周洁，她这周刚休完产假回来，说根本没开过电脑，她手机 138 0571 2294 一直打不通。",
        ),
    ],
    [
        (
            "user",
            "Boleh terangkan log VPN ni? 'User <zulkifli.omar> IP <203.0.113.60> Session disconnected, Reason: Idle Timeout'",
        ),
        (
            "assistant",
            "Sesi itu diputuskan kerana tiada aktiviti melebihi had masa terbiar. Ia bukan tanda serangan, tetapi semak sama ada log masuk itu dijangka.",
        ),
        (
            "user",
            "Masalahnya Encik Zulkifli bin Omar tu pengurus stor kami, dia kata sedang cuti sakit di Hospital Sultanah Aminah minggu ni, tapi sesi VPN dia aktif. No telefon dia 012-771 4408.",
        ),
    ],
    [
        (
            "user",
            "sudo 紀錄裡有這行：`sudo: lin.zh : TTY=pts/3 ; USER=root ; COMMAND=/usr/bin/vim /etc/passwd`，是不是有問題？",
        ),
        (
            "assistant",
            "直接編輯 /etc/passwd 屬高風險操作，建議改用 vipw 或 usermod，並確認該帳號是否應具備 sudo 權限。",
        ),
        (
            "user",
            "帳號 lin.zh 是新來的工程師林志豪，身分證字號 H152806398，試用期還沒過，主管說他根本不該有 sudo 權限。",
        ),
    ],
    [
        ("system", "You help analysts decode artefacts found in logs."),
        (
            "user",
            "Found this base64 in an exfil POST body on the proxy, what is it? TW9oZCBJa2h3YW4gYmluIFNhbGxlaCw4ODA5MTQtMTAtNTUyMywwMTctNTU0IDIxOTgsTm8gMjMgSmFsYW4gU1MyLzc1IFBldGFsaW5nIEpheWE=",
        ),
        (
            "assistant",
            "It decodes to a comma-separated record: Mohd Ikhwan bin Salleh, 880914-10-5523, 017-554 2198, No 23 Jalan SS2/75 Petaling Jaya - a name, a MyKad number, a mobile number and a home address. Treat it as a personal-data breach.",
        ),
        ("user", "Thanks, logging it as a PDPA incident."),
    ],
    [
        ("user", "eh the SIEM flagged 'ahbeng' logging into the warehouse kiosk at 3am, 怎么回事?"),
        (
            "assistant",
            "Check whether the kiosk account is shared and whether the kiosk sits in a badge-controlled area; correlate with door access logs.",
        ),
        (
            "user",
            "ahbeng is Lee Chee Beng from level 5 logistics lah, FIN G5720391P, his work permit ending next month so boss suspects he copying the customer list.",
        ),
    ],
    [
        (
            "user",
            "HR wants me to pull every VPN log for Marcus Teo, employee 30417, for the last 90 days.",
        ),
        (
            "assistant",
            "Make sure the request is documented under an HR case number and approved by Legal; export only the fields needed for the investigation.",
        ),
        (
            "user",
            "Case is HR-2024-118. Marcus is suspected of running a side business during office hours, and his personal Gmail marcusteo.biz@gmail.com shows up in the proxy logs too.",
        ),
    ],
    [
        (
            "user",
            "怎么在 nginx 日志里把手机号脱敏？现在日志长这样：GET /order/submit?name=赵倩雯&tel=18811326650&addr=北京市朝阳区望京西园三区312号楼1单元502",
        ),
        (
            "assistant",
            "可以在 nginx 用 map 配合正则改写 $request，或在 Filebeat/Logstash 层处理，把 tel 替换成前三后四的形式再落盘。",
        ),
        ("user", "好的，这条是真实客户的下单记录，我先把这行从样例文件里删掉。"),
    ],
    [
        ("user", "Log firewall asrama tunjuk IP 10.50.2.214 akses laman judi setiap malam."),
        (
            "assistant",
            "Semak jadual DHCP untuk padankan IP dengan alamat MAC dan pemilik peranti yang berdaftar.",
        ),
        (
            "user",
            "Dah semak, IP tu milik laptop pelajar Aiman Hakimi bin Rashid, bilik B-214, tahun 2 Kejuruteraan Elektrik. Saya nak maklumkan kepada warden.",
        ),
    ],
    [
        ("system", "You draft incident reports for a bank's fraud team."),
        (
            "user",
            "Draft a short report: Mdm Goh Siew Hwa, 67, card 4543 2159 7082 8729 was used for 14 transactions after she gave the OTP to a caller pretending to be from the bank.",
        ),
        (
            "assistant",
            "Incident report - Victim: Mdm Goh Siew Hwa (67). Card ending 8729 compromised through OTP social engineering; 14 unauthorised transactions. Actions: block and reissue card, lodge police report, refer case to ScamShield.",
        ),
    ],
]
