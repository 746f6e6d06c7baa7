# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade91: personal data in network captures and directory exports (tcpdump/Wireshark, HTTP traces, LDIF, AD CSV, SIP logs). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade91
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "tcpdump text dump"): _lines("""
        09:14:02.118734 IP 10.40.2.15.53122 > 10.40.0.2.53: 41877+ A? updates.vendor-cdn.net. (40)
        09:14:02.121905 IP 10.40.0.2.53 > 10.40.2.15.53122: 41877 3/0/0 CNAME edge-sg.vendor-cdn.net., A 203.0.113.41, A 203.0.113.42 (104)
        10:03:17.402261 IP 10.12.8.20.51874 > 10.12.0.15.80: Flags [P.], seq 1:76, ack 1, win 502, length 75: HTTP: GET /favicon.ico HTTP/1.1 | 0x0000:  4500 007f 2ac3 4000 4006 5841 0a0c 0814  E...*.@.@.XA.... | 0x0010:  0a0c 000f caa2 0050 adb3 f6a0 70ab 92ef  .......P....p... | 0x0020:  8018 01f6 ea88 0000 0101 080a d3b6 afae  ................ | 0x0030:  3e61 5900 4745 5420 2f66 6176 6963 6f6e  >aY.GET /favicon | 0x0040:  2e69 636f 2048 5454 502f 312e 310d 0a48  .ico HTTP/1.1..H | 0x0050:  6f73 743a 2069 6e74 7261 6e65 742e 636f  ost: intranet.co | 0x0060:  7270 2e65 7861 6d70 6c65 0d0a 4163 6365  rp.example..Acce | 0x0070:  7074 3a20 696d 6167 652f 2a0d 0a0d 0a    pt: image/*....
        11:02:45.771203 IP 0.0.0.0.68 > 255.255.255.255.67: BOOTP/DHCP, Request from 3c:22:fb:91:0e:4d, length 300 | Client-ID Option 61, length 7: ether 3c:22:fb:91:0e:4d | Hostname Option 12, length 14: "PRN-FIN-3F-KL2" | Vendor-Class Option 60, length 14: "HP LaserJet MFP"
        tcpdump: listening on ens192, link-type EN10MB (Ethernet), snapshot length 262144 bytes | ^C | 1842 packets captured | 1903 packets received by filter | 61 packets dropped by kernel
        12:30:11.004512 IP 10.8.14.77.5353 > 224.0.0.251.5353: 0*- [0q] 3/0/0 PTR Meeting Room Kinabalu._airplay._tcp.local., TXT "model=AppleTV11,1" "srcvers=670.6.2", SRV Meeting-Room-Kinabalu.local.:7000 0 0 (312)
        13:45:09.330187 IP 10.1.7.44.60211 > 198.51.100.10.443: Flags [P.], seq 1:518, ack 1, win 502, length 517 | TLSv1.3 Client Hello, SNI=api.payments-gateway.example, ALPN h2,http/1.1, JA3 773906b0efdefa24a7f2b8eb6985bf37
        14:01:22.090113 ARP, Request who-has 10.20.0.1 tell 10.20.3.118, length 46 | 14:01:22.090410 ARP, Reply 10.20.0.1 is-at 00:1b:21:3a:4f:90, length 46
        220 mx1.example.net ESMTP Postfix | EHLO build-07.ci.example.net | 250-PIPELINING | MAIL FROM:<noreply@ci.example.net> | 250 2.1.0 Ok | RCPT TO:<build-alerts@lists.example.net> | 250 2.1.5 Ok | DATA | Subject: [CI] Pipeline #48213 failed on branch release/4.2 | 250 2.0.0 Ok: queued as 4XkP2b1Zq7z9sTm
        08:00:03.551902 IP 10.9.1.50 > 10.9.0.1: ICMP echo request, id 1, seq 42, length 40 | 0x0000:  4500 003c bdbb 0000 8001 fb1a 0a09 0132  E..<...........2 | 0x0010:  0a09 0001 0800 6f7d 0001 002a 6162 6364  ......o}...*abcd | 0x0020:  6566 6768 696a 6b6c 6d6e 6f70 7172 7374  efghijklmnopqrst | 0x0030:  7576 7761 6263 6465 6667 6869            uvwabcdefghi
        15:00:00.000812 IP 10.0.5.9.123 > 162.159.200.1.123: NTPv4, Client, length 48 | 15:00:00.004377 IP 162.159.200.1.123 > 10.0.5.9.123: NTPv4, Server, length 48
        HTTP/1.1 302 Found | Location: https://sso.example.org/login?return_to=%2Fportal%2Fdashboard%3Ftab%3Dinvoices | Set-Cookie: sid=9f1c7e2ab04d4c21; Path=/; HttpOnly; Secure; SameSite=Lax | Content-Length: 0
        Exported object favicon.png from tcp.stream eq 3, header check with xxd: 00000000: 8950 4e47 0d0a 1a0a 0000 000d 4948 4452  .PNG........IHDR | 00000010: 0000 0010 0000 0010 0806 0000 001f f3ff  ................ | 00000020: 61                                       a
        tshark -r capture.pcapng -Y 'http.request.method == "POST" && ip.dst == 10.30.0.15' -T fields -e frame.time -e http.request.uri -e http.content_length > posts.tsv
    """),
    ("en", "http trace"): _lines("""
        > GET /api/v2/orders/ORD-2024-118834/status HTTP/2 | > Host: shop-api.example.com | > Authorization: Bearer <redacted> | < HTTP/2 200 | < content-type: application/json | {"order":"ORD-2024-118834","status":"IN_TRANSIT","carrier":"NinjaVan","tracking":"NVSGEX2024110300871"}
        From our API guide: curl -u username:password https://api.example.com/v1/ping sends the header Authorization: Basic dXNlcm5hbWU6cGFzc3dvcmQ= so never write that header to access logs in production.
        > POST /v1/reports/export HTTP/1.1 | > Host: reporting.example.com | > Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguZXhhbXBsZS5jb20iLCJzdWIiOiJzdmMtcmVwb3J0LWV4cG9ydGVyIiwiYXVkIjoicmVwb3J0aW5nLWFwaSIsInNjb3BlIjoicmVwb3J0czpyZWFkIiwiaWF0IjoxNzMwNTkyMDAwLCJleHAiOjE3MzA1OTU2MDB9.bsUuLOWaxbLA3VitW8S_bYcWHsjaXmQj39SRtE7jr-Y | < HTTP/1.1 202 Accepted | {"job":"exp_7Hq2m1","eta_s":45}
        {"request":{"method":"POST","url":"https://api.example.com/v1/telemetry","headers":[{"name":"Content-Type","value":"application/json"}],"postData":{"mimeType":"application/json","text":"{\\"app\\":\\"pos-terminal\\",\\"ver\\":\\"3.8.1\\",\\"uptime\\":86211,\\"errors\\":0}"}},"response":{"status":204,"statusText":"No Content"}}
        10.0.1.5 - - [03/Nov/2024:10:22:41 +0800] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" rt=0.001 uct=0.000
        POST https://api.weather.example/v1/forecast?lat=3.1390&lon=101.6869 | << 200 OK 2.1k | {"city":"Kuala Lumpur","forecast":[{"date":"2024-11-04","max":33,"min":24,"rain_mm":12.5}]}
        HTTP/1.1 429 Too Many Requests | Retry-After: 120 | X-RateLimit-Limit: 600 | X-RateLimit-Remaining: 0 | X-Request-Id: 7c9e6679-7425-40de-944b-e07fc1f90ae7
        > GET /home HTTP/1.1 | > Host: www.example.com.sg | > Cookie: prefs=eyJsYW5nIjoiZW4tU0ciLCJ0aGVtZSI6ImRhcmsiLCJjdXJyZW5jeSI6IlNHRCIsImNvbnNlbnQiOiJhbmFseXRpY3MifQ==; _ga=GA1.1.1843920554.1730601122 | < HTTP/1.1 200 OK | < Cache-Control: private, max-age=0
        POST /webhooks/courier HTTP/1.1 | X-Signature: sha256=2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae | {"event":"parcel.delivered","awb":"SPXMY0412877319","hub":"Shah Alam DC","ts":"2024-11-03T16:41:07+08:00"}
        POST /contact HTTP/1.1 | Content-Type: application/x-www-form-urlencoded | name=%3Cyour+name%3E&email=you%40example.com&message=Test+submission+from+staging+build+4.2.0-rc3
        GET /w/api.php?action=query&titles=Lee%20Kuan%20Yew&prop=extracts&exintro=1&format=json HTTP/1.1 | < 200 OK | {"query":{"pages":{"extract":"Lee Kuan Yew was the first Prime Minister of Singapore, serving from 1959 to 1990."}}}
        > POST /sandbox/v1/charges HTTP/1.1 | > Host: sandbox.pay-gateway.example | card_number=4111111111111111&exp_month=12&exp_year=2030&cvc=123&amount=1000&currency=myr | < 200 {"id":"ch_test_3PqR8s","livemode":false,"status":"succeeded"}
        {"operationName":"BranchHours","variables":{"branchCode":"KUL-MVAL-02"},"query":"query BranchHours($branchCode: ID!) { branch(code: $branchCode) { name phone openingHours } }"} -> {"data":{"branch":{"name":"Mid Valley Service Centre","phone":"+60 3-2282 1000","openingHours":"10:00-22:00"}}}
    """),
    ("en", "ldap ldif export"): _lines("""
        dn: ou=People,dc=corp,dc=example,dc=my | objectClass: top | objectClass: organizationalUnit | ou: People | description: Container for staff accounts, populated by the HR-to-IdM sync job
        dn: cn=vpn-users,ou=Groups,dc=corp,dc=example,dc=my | objectClass: groupOfNames | cn: vpn-users | member: cn=svc-radius,ou=Service,dc=corp,dc=example,dc=my | description: Members may connect to the GlobalProtect gateway
        dn: uid=svc-jenkins,ou=Service,dc=build,dc=example,dc=com | objectClass: account | objectClass: simpleSecurityObject | uid: svc-jenkins | userPassword: {SSHA}<redacted> | description: CI runner bind account, rotate every 90 days
        dn: cn=schema | changetype: modify | add: attributeTypes | attributeTypes: ( 1.3.6.1.4.1.99999.1.1.12 NAME 'exampleBadgeNumber' DESC 'Physical access badge number' EQUALITY caseIgnoreMatch SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 SINGLE-VALUE )
        dn: uid={{ username }},ou=People,dc=example,dc=org | objectClass: inetOrgPerson | cn: {{ full_name }} | sn: {{ surname }} | mail: {{ username }}@example.org | telephoneNumber: {{ phone }} | employeeNumber: {{ staff_no }}
        ldapsearch -H ldaps://ldap.example.org -D "cn=readonly,dc=example,dc=org" -W -b "ou=People,dc=example,dc=org" "(&(objectClass=inetOrgPerson)(departmentNumber=4200))" cn mail -LLL
        dn: cn=PRN-HR-02,ou=Devices,dc=corp,dc=example,dc=sg | changetype: modify | replace: ipHostNumber | ipHostNumber: 10.12.4.52 | - | replace: l | l: Level 7, east wing, next to pantry
        Nov  3 10:14:22 ldap01 slapd[1432]: conn=10442 op=3 SRCH base="dc=corp,dc=example,dc=sg" scope=2 deref=0 filter="(objectClass=posixGroup)" | conn=10442 op=3 SEARCH RESULT tag=101 err=0 nentries=84 text=
        dn: cn=Helpdesk Shared Mailbox,ou=Shared,dc=corp,dc=example,dc=sg | objectClass: inetOrgPerson | cn: Helpdesk Shared Mailbox | sn: Helpdesk | mail: helpdesk@example.com.sg | telephoneNumber: +65 6123 4000 | description: Monitored 24x7 by the IT Service Desk
        dn: uid=hpotter,ou=Students,dc=hogwarts,dc=test | objectClass: inetOrgPerson | cn: Harry Potter | sn: Potter | ou: Gryffindor | description: Workshop fixture, fictional characters only, loaded by tests/fixtures/hogwarts.ldif
        ldap_modify: Constraint violation (19) | additional info: attribute 'mail' must be unique | modifying entry "uid=<redacted>,ou=People,dc=corp,dc=example,dc=sg"
        olcAccess: {2}to attrs=mobile,homePostalAddress,employeeNumber by self write by group.exact="cn=hr-admins,ou=Groups,dc=corp,dc=example,dc=sg" write by * none
        # extended LDIF | # LDAPv3 | # base <ou=Groups,dc=corp,dc=example,dc=sg> with scope subtree | # filter: (cn=fin-*) | # requesting: cn memberCount | # search result | search: 2 | result: 0 Success | # numResponses: 7 | # numEntries: 6
    """),
    ("mixed", "active directory csv export"): _lines("""
        "DistinguishedName","SamAccountName","DisplayName","Enabled","LastLogonDate","Department"
        "CN=KL-FIN-LT042,OU=Laptops,OU=Computers,DC=corp,DC=example,DC=my","KL-FIN-LT042$","","True","2024-11-02 08:41:17","Finance"
        "CN=svc_sqlagent,OU=Service Accounts,DC=corp,DC=example,DC=my","svc_sqlagent","SQL Agent (PRD-DB03)","True","2024-11-03 00:00:04","IT Infrastructure"
        "Name","GroupScope","GroupCategory","MemberCount","Description" | "GL-Kewangan-Baca","DomainLocal","Security","37","Akses baca folder \\\\fs01\\Kewangan\\Laporan"
        "CN=深圳-会议室-8F-01,OU=Rooms,DC=corp,DC=example,DC=com","room.sz8f01","深圳 8F-01 会议室 (12人)","True","","Facilities"
        Get-ADUser -Filter 'Enabled -eq $false' -SearchBase "OU=Leavers,DC=corp,DC=example,DC=my" -Properties LastLogonDate | Select-Object SamAccountName,LastLogonDate | Export-Csv .\\disabled.csv -NoTypeInformation -Encoding UTF8
        Summary of AD export 2024-11-01: 4,182 user objects, 312 disabled, 57 with PasswordNeverExpires, 1,906 computers, 644 groups, 23 accounts stale for more than 180 days.
        "CN=Kiosk Lobby 1,OU=Kiosks,DC=corp,DC=example,DC=sg","kiosk-lobby1","Kiosk Lobby 1","True","2024-11-03 07:59:51","Facilities"
        "CN=Bilik Mesyuarat Langkawi,OU=Rooms,DC=corp,DC=example,DC=my","bm.langkawi","Bilik Mesyuarat Langkawi (Aras 5, 10 orang)","True","","Pentadbiran"
        GivenName,Surname,SamAccountName,UserPrincipalName,Department,Title,MobilePhone | <first>,<last>,<sam>,<sam>@corp.example.my,<dept>,<title>,<+60XXXXXXXXX>
        csvde: Error on line 214: Constraint Violation | The server side error is: 0x2082 A value for the attribute was not in the acceptable range of values. | The extended server error is: 000020B5: AtrErr: DSID-03152E07, #1
        "CN=DL-全体员工-上海,OU=Distribution,DC=corp,DC=example,DC=com","dl-all-sh","上海办公室全体员工","Universal","Distribution","1284"
        "OU=Pulau Pinang,OU=Cawangan,DC=corp,DC=example,DC=my","Pulau Pinang","ProtectedFromAccidentalDeletion=True","Cawangan Bayan Lepas, 3 subnet, 2 pengawal domain"
    """),
    ("en", "sip voip log"): _lines("""
        OPTIONS sip:pbx.example.net:5060 SIP/2.0 | Via: SIP/2.0/UDP 10.50.0.12:5060;branch=z9hG4bK-524287-1---0f3c2b | Max-Forwards: 70 | From: <sip:ping@10.50.0.12>;tag=8a21f0 | To: <sip:pbx.example.net> | Call-ID: 5f2d7c4e91b0@10.50.0.12 | CSeq: 1 OPTIONS | Content-Length: 0
        [2024-11-03 09:02:11] NOTICE[2411][C-00000a1f] chan_pjsip.c: Call (UDP:10.50.2.41:5060) to extension '8000' rejected because extension not found in context 'from-internal'.
        "","1001","8000","from-internal",""\"Reception"" <1001>","PJSIP/1001-00000a1f","","Queue","support,,,,300","2024-11-03 09:02:11","2024-11-03 09:02:14","2024-11-03 09:06:40","269","266","ANSWERED","DOCUMENTATION"
        INVITE sip:995@sip.trunk.example.sg SIP/2.0 | From: "Front Desk" <sip:200@pbx.example.sg>;tag=as1d2f03 | To: <sip:995@sip.trunk.example.sg> | Call-ID: 1c7e0a55-3b2f@10.50.1.9 | CSeq: 102 INVITE | User-Agent: Yealink SIP-T54W 96.86.0.70 | (quarterly emergency-route test, carrier pre-notified)
        SIP/2.0 403 Forbidden | Via: SIP/2.0/TLS 198.51.100.23:5061;branch=z9hG4bK776asdhds | Call-ID: a84b4c76e66710@pc33.example.com | CSeq: 314159 INVITE | Reason: Q.850;cause=21;text="Call rejected" | Content-Length: 0
        REGISTER sip:pbx.example.sg SIP/2.0 | From: "Lobby Phone L1" <sip:2100@pbx.example.sg>;tag=1928301774 | To: <sip:2100@pbx.example.sg> | Contact: <sip:2100@10.50.3.7:5060>;expires=3600 | User-Agent: Cisco-CP8845/12.8.1
        RTCP-XR: CallID=7e1f90c2@10.50.2.41 LocalAddr=10.50.2.41:16384 RemoteAddr=203.0.113.60:31020 PacketLoss=0.4% JitterAvg=12ms JitterMax=31ms MOS-LQ=4.2 Codec=G.722
        sngrep -d any port 5060 or portrange 10000-20000 -O /tmp/call.pcap   # capture SIP+RTP, then in Wireshark: Telephony > VoIP Calls > Flow Sequence
        Dial plan test matrix: 995/999 -> EMERGENCY trunk OK | 1800-XXX-XXXX -> toll-free OK | +65 6XXX XXXX landline OK | +65 8XXX/9XXX mobile OK | 00 + IDD blocked for ext 2xxx
        v=0 | o=- 3912 3912 IN IP4 10.50.2.41 | s=Talk | c=IN IP4 10.50.2.41 | t=0 0 | m=audio 16384 RTP/AVP 9 0 8 101 | a=rtpmap:9 G722/8000 | a=rtpmap:101 telephone-event/8000 | a=fmtp:101 0-16 | a=sendrecv
        2024-11-03 03:17:45,112 fail2ban.actions [812]: NOTICE [asterisk] Ban 198.51.100.200 (23 failed REGISTER for ext 100-199, User-Agent: friendly-scanner)
        Call quality report, conference bridge 8800, 2024-11-01 10:00-11:30: 14 participants at peak, average MOS 4.1, 2 legs with jitter above 30 ms (both over hotel Wi-Fi), no dropped calls.
        NOTIFY sip:3050@10.50.4.12:5060 SIP/2.0 | Event: message-summary | Content-Type: application/simple-message-summary | Messages-Waiting: yes | Message-Account: sip:*97@pbx.example.sg | Voice-Message: 2/8 (0/1)
    """),
    ("zh-Hans", "抓包与接口排查"): _lines("""
        抓包发现 App 启动时调用 POST /api/v3/config/pull，响应体 {"feature_flags":{"new_checkout":true},"min_version":"5.12.0"}，和登录无关。
        Fiddler 抓到的原始响应：{"code":0,"msg":"\\u8ba2\\u5355\\u5df2\\u53d1\\u8d27","data":{"orderNo":"SO20241103118734","expressNo":"SF1402877319546"}}
        GET /search?kw=%E8%93%9D%E7%89%99%E8%80%B3%E6%9C%BA&sort=sales&page=1 HTTP/1.1 | Host: m.shop.example.cn | 关键词解码后是“蓝牙耳机”，属于普通商品搜索。
        dn:: Y2495Lya6K6u5a6kQSxvdT1Sb29tcyxkYz1ocSxkYz1leGFtcGxlLGRjPWNu | objectClass: room | cn:: 5Lya6K6u5a6kQQ== | roomNumber: 12F-A | description:: 5Y+v5a6557qzMTbkurrvvIzluKbmipXlvbHlkozop4bpopHkvJrorq7nu4jnq68=
        SIP 呼叫记录：主叫 8021（前台话机）呼出 95588（银行客服热线），通话 3 分 12 秒，挂断原因 NORMAL_CLEARING，Call-ID 4b1f0e2a9c@10.6.0.21。
        Wireshark 显示过滤器写法：http.request.uri contains "/login" && ip.src == 10.0.0.0/8，导出时选“仅显示的分组”，再用 文件 > 导出对象 > HTTP 保存附件。
        本周网关抓包汇总：HTTP 请求 1,284,903 次，5xx 比例 0.37%，平均响应 182 ms，TLS1.2 占 21%，TLS1.3 占 79%。
        实名认证接口请求示例：{"realName":"<姓名>","idCard":"<18位身份证号>","mobile":"<手机号>"}，字段均需 SM4 加密后再传输，日志中只允许打印掩码。
        "CN=svc_备份,OU=服务账号,DC=corp,DC=example,DC=cn","svc_backup","夜间备份服务账号","True","2024-11-03 02:00:07","信息中心"
        2024-11-03 10:21:07.331 ERROR [http-nio-8080-exec-12] c.e.gateway.AuthFilter - token 校验失败 traceId=8f3a2c9e41b07d55 uri=/api/user/profile status=401
        DHCP Discover 中 Option 12 主机名为 "HIKVISION-DS-2CD2143"，Option 60 为 "udhcp 1.19.4"，判定为三楼走廊摄像头，已划入 IoT VLAN 40。
        INVITE sip:4008123456@trunk.example.cn SIP/2.0 | From: "总机" <sip:8000@pbx.example.cn>;tag=77ac1 | To: <sip:4008123456@trunk.example.cn> | 说明：拨打本公司 400 客服号做中继测试，200 OK 后 5 秒挂断。
        MAIL FROM:<noreply@ops.example.cn> | RCPT TO:<ops-all@example.cn> | Subject: =?UTF-8?B?44CQ57u05oqk6YCa55+l44CRMTHmnIg55pelIDAyOjAwLTA0OjAwIOaguOW/g+S6pOaNouacuuWNh+e6pw==?= | 250 2.0.0 Ok: queued as 8F2C11A03B
        抓包里看到 GET /baike/item?title=%E9%B2%81%E8%BF%85 ，解码后是“鲁迅”的百科词条预加载，不涉及任何用户数据。
    """),
    ("zh-Hant", "封包與目錄匯出"): _lines("""
        Wireshark 擷取摘要：檔案 core-sw-0311.pcapng，封包數 52,118，期間 00:14:37，平均 59 封包/秒，SIP 佔 3.2%，RTP 佔 41.7%。
        SIP/2.0 486 Busy Here | From: "客服中心" <sip:1880@pbx.example.com.tw>;tag=9fxced76sl | To: <sip:1999@ims.example.tw>;tag=314159 | Call-ID: 3848276298220188511@pbx.example.com.tw | CSeq: 2 INVITE
        dn:: b3U96LOH6KiK6JmVLGRjPWdvdixkYz1leGFtcGxlLGRjPXR3 | objectClass: organizationalUnit | ou:: 6LOH6KiK6JmV | description:: 6LKg6LKs5qmf6Zec57ay6Lev44CB6YO15Lu26IiH55uu6YyE5pyN5YuZ
        GET /api/store/list?district=%E4%B8%AD%E8%A5%BF%E5%8D%80&open=now HTTP/1.1 → 200 OK，回傳 6 間門市，欄位只有營業時間與門市總機。
        "CN=香港-會議室-觀塘-18F,OU=Rooms,DC=corp,DC=example,DC=hk","room.kt18f","觀塘 18 樓會議室（20 人）","True","","行政部"
        在「Active Directory 使用者和電腦」啟用「進階功能」才看得到屬性編輯器；匯出 CSV 時請勿勾選 homePhone、mobile 等個資欄位。
        ldap_bind: Invalid credentials (49) | additional info: 80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 52e, v4563
        健康檢查封包，無任何內容：14:20:00.000318 IP 10.70.0.2.41022 > 10.70.0.8.80: Flags [P.], length 63 | 0x0000:  4500 0073 892c 4000 4006 5b37 0a46 0002  E..s.,@.@.[7.F.. | 0x0010:  0a46 0008 a03e 0050 0da9 d30b 9f03 2050  .F...>.P...... P | 0x0020:  8018 01f6 5a66 0000 0101 080a cf69 29b7  ....Zf.......i). | 0x0030:  7408 4f10 4745 5420 2f68 6561 6c74 687a  t.O.GET /healthz | 0x0040:  2048 5454 502f 312e 310d 0a48 6f73 743a   HTTP/1.1..Host: | 0x0050:  2031 302e 3730 2e30 2e38 0d0a 5573 6572   10.70.0.8..User | 0x0060:  2d41 6765 6e74 3a20 4841 5072 6f78 790d  -Agent: HAProxy. | 0x0070:  0a0d 0a                                  ...
        依本公司資安規範，封包擷取檔保存不得超過 30 天；含 HTTP 表單內容者，須於擷取後 24 小時內遮罩，方可上傳分析平台。
        API 閘道日誌：Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2lkcC5leGFtcGxlLmNvbS50dyIsInN1YiI6InN2Yy1raW9zay10cGUiLCJzY29wZSI6InF1ZXVlOnJlYWQiLCJpYXQiOjE3MzA2Nzg0MDAsImV4cCI6MTczMDY4MjAwMH0.Z7DjtB7UW5xvSzPRFwSmUQnVBJlrvr820HZ92GvLkpw ，解碼後 sub 為叫號機服務帳號，不是個人。
        HTTP 追蹤中出現 GET /news/article?id=20241102-0441&tag=%E8%94%A1%E8%8B%B1%E6%96%87 ，是新聞頁面的標籤「蔡英文」，屬公開報導。
        RTP 串流分析：SSRC 0x5A3F12C9，Payload G.711 A-law，最大 jitter 18.4 ms，遺失率 0.02%，序號錯誤 0，判定音質正常。
        分機表（公開版）：總機 (02) 2345-6789 分機 0 / 客服 分機 1 / 傳真 (02) 2345-6790 / 夜間請撥 0800-000-123 語音信箱。
    """),
    ("ms", "log rangkaian dan tiket"): _lines("""
        Tiket INC-20241103-0042: pelayan ldap02.corp.example.my tidak membalas pada port 636 sejak 09:40 kerana sijil TLS tamat tempoh. Tindakan: sijil baharu dipasang, perkhidmatan pulih 10:15.
        Tangkapan tcpdump menunjukkan paket SYN ke 10.14.0.20:443 tiada balasan SYN-ACK; kemungkinan peraturan firewall baharu (rule ID FW-2231) menyekat subnet VLAN 30.
        Log SIP: INVITE ke sip:1300885000@trunk.example.my dari sambungan 6001 (kaunter pertanyaan), 200 OK selepas 4 saat, tempoh panggilan 00:02:41; nombor itu talian 1300 syarikat sendiri.
        Borang permohonan akaun AD baharu: Nama penuh: ________ | No. Kakitangan: ________ | Jabatan: ________ | Tarikh mula: ________ | Kelulusan ketua jabatan: ________
        POST /api/aduan HTTP/1.1 | Content-Type: application/x-www-form-urlencoded | kategori=jalan_berlubang&lokasi=Jalan+Tun+Razak+KM+3&keterangan=Lubang+besar+di+lorong+kiri%2C+bahaya+waktu+malam
        "CN=PTJ-Kewangan-Pencetak01,OU=Peranti,DC=corp,DC=example,DC=my","ptj-kew-prn01$","Pencetak Aras 3 Bahagian Kewangan","True","2024-11-02 17:03:55","Kewangan"
        Garis panduan: fail .pcap yang mengandungi data borang pelanggan mesti disulitkan dan dipadam dalam masa 14 hari; jangan muat naik ke storan awan peribadi.
        Ringkasan log VoIP Oktober 2024: 18,442 panggilan keluar, 9,107 panggilan masuk, kadar jawapan baris gilir 92.4%, purata masa menunggu 38 saat.
        Cara tapis trafik DHCP dalam Wireshark: guna penapis paparan "dhcp.option.hostname" dan tambah lajur untuk Option 12 supaya nama hos peranti kelihatan.
        Kuki sesi yang ditangkap: prefs=eyJiYWhhc2EiOiJtcyIsInRlbWEiOiJ0ZXJhbmciLCJuZWdlcmkiOiJTZWxhbmdvciJ9 ; bila dinyahkod hanya tetapan paparan (bahasa, tema, negeri).
        Permintaan HTTP GET /berita?tajuk=Tunku%20Abdul%20Rahman%20umum%20kemerdekaan%201957 dari portal arkib; artikel sejarah, bukan data pengguna.
        dn: cn=kumpulan-wifi-tetamu,ou=Kumpulan,dc=corp,dc=example,dc=my | objectClass: groupOfNames | cn: kumpulan-wifi-tetamu | description: Akaun sementara untuk pelawat, tamat tempoh 24 jam
        MAIL FROM:<noreply@eaduan.example.gov.my> | RCPT TO:<semua-staf@example.gov.my> | Subject: =?UTF-8?Q?Notis_penyelenggaraan_sistem_e-Aduan_=E2=80=93_9_Nov?= | Content-Transfer-Encoding: quoted-printable | Sistem akan ditutup dari 10.00 malam hingga 2.00 pagi. Harap maklum =E2=80=93 Unit ICT
        Ralat import CSV ke AD: baris 88 - lajur UserPrincipalName kosong; baris 131 - format tarikh AccountExpirationDate tidak sah (guna yyyy-MM-dd).
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        10:41:07.552190 IP 10.20.6.31.50812 > 10.20.0.40.80: Flags [P.], seq 1:389, ack 1, win 502, length 388: HTTP: POST /kiosk/member/signup HTTP/1.1 | Host: kiosk-api.internal | Content-Type: application/x-www-form-urlencoded | Content-Length: 90 | fullname=Rachel+Goh+Siew+Ling&nric=S8812345Z&mobile=%2B6591234876&dob=1988-04-17&consent=1
        * Connected to booking.fitstudio.example (203.0.113.18) port 443 | > GET /api/v1/bookings?from=2024-11-04&to=2024-11-10 HTTP/2 | > authorization: Basic amVyZW15LmZlcm5hbmRlejkyQGdtYWlsLmNvbTpTdW5mbDB3ZXIhMjAyNA== | < HTTP/2 200 | {"bookings":[{"class":"Reformer Pilates","start":"2024-11-05T19:00:00+08:00","studio":"Tanjong Pagar"}]}
        GET /api/v2/appointments/upcoming HTTP/1.1 | Host: portal.westgate-clinic.example | Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI4ZjNjMjFkMC01YjdlLTRjMWEtOWU2Mi0wZDRiN2ExZjMzYzkiLCJuYW1lIjoiUHJpeWEgZC9vIFJhbWFzYW15IiwiZW1haWwiOiJwcml5YS5yYW1hODhAb3V0bG9vay5jb20iLCJwaG9uZV9udW1iZXIiOiIrNjU4MzEyNjU0OSIsInJvbGVzIjpbInBhdGllbnQiXSwiaWF0IjoxNzMwNjIwODAwLCJleHAiOjE3MzA2MjQ0MDB9.oeyo99hqdodeGsklUmbXsqXwPYWRnSlzPjTjb06gB08 | < 200 OK {"appointments":[{"dept":"Dermatology","date":"2024-11-14","time":"10:20"}]}
        22:17:40.018836 IP 10.33.1.87.49210 > 10.33.0.12.8080: Flags [P.], length 202 | 0x0000:  4500 00fe 350a 4000 4006 ae83 0a21 0157  E...5.@.@....!.W | 0x0010:  0a21 000c c03a 1f90 81e2 834e 5308 38af  .!...:.....NS.8. | 0x0020:  8018 01f6 a1d9 0000 0101 080a f896 fcf5  ................ | 0x0030:  4258 5ab1 504f 5354 202f 7631 2f72 6964  BXZ.POST /v1/rid | 0x0040:  6573 2048 5454 502f 312e 310d 0a43 6f6e  es HTTP/1.1..Con | 0x0050:  7465 6e74 2d54 7970 653a 2061 7070 6c69  tent-Type: appli | 0x0060:  6361 7469 6f6e 2f6a 736f 6e0d 0a43 6f6e  cation/json..Con | 0x0070:  7465 6e74 2d4c 656e 6774 683a 2031 3232  tent-Length: 122 | 0x0080:  0d0a 0d0a 7b22 7269 6465 7222 3a22 4d61  ....{"rider":"Ma | 0x0090:  7263 7573 2054 616e 222c 226d 6f62 696c  rcus Tan","mobil | 0x00a0:  6522 3a22 2b36 3520 3937 3334 2032 3238  e":"+65 9734 228 | 0x00b0:  3122 2c22 7069 636b 7570 223a 2242 6c6b  1","pickup":"Blk | 0x00c0:  2034 3132 2042 6564 6f6b 204e 6f72 7468   412 Bedok North | 0x00d0:  2041 7665 2032 2023 3038 2d31 3137 222c   Ave 2 #08-117", | 0x00e0:  2264 726f 706f 6666 223a 2243 6861 6e67  "dropoff":"Chang | 0x00f0:  6920 4169 7270 6f72 7420 5433 227d       i Airport T3"}
        dn: uid=dsingh,ou=People,dc=corp,dc=example,dc=sg | objectClass: inetOrgPerson | cn: Daljit Singh s/o Gurcharan Singh | sn: Singh | mobile: 9821 4406 | homePostalAddress: 23 Jalan Kembangan$Singapore 419123 | employeeType: contractor
        dn: uid=blowe,ou=Engineering,ou=People,dc=corp,dc=example,dc=com | objectClass: inetOrgPerson | cn: Benjamin Lowe | sn: Lowe | title: Senior SRE | description:: T24gbWVkaWNhbCBsZWF2ZSB1bnRpbCAxNSBEZWMgMjAyNCAocG9zdC1zdXJnZXJ5KS4gRG8gbm90IHBhZ2UgZm9yIG9uLWNhbGwu
        "CN=Ong Mei Xuan,OU=Disabled Users,DC=corp,DC=example,DC=sg","mxong","Ong Mei Xuan","False","2024-08-30 17:02:11","Finance","Terminated 30/08 - misuse of corporate card, HR case closed"
        "","91730264","7100","from-trunk",""\"Mdm Lim Ah Hua"" <91730264>","PJSIP/trunk-0000b21c","PJSIP/7104-0000b21d","Queue","oncology-appt","2024-11-04 08:31:55","2024-11-04 08:32:40","2024-11-04 08:39:02","427","382","ANSWERED","DOCUMENTATION","1730680315.48211","reschedule chemo cycle 4"
        02:13:48.221907 IP 0.0.0.0.68 > 255.255.255.255.67: BOOTP/DHCP, Request from a4:83:e7:2c:19:5b, length 300, xid 0x6c1e93a2 | Requested-IP Option 50, length 4: 10.88.4.51 | Hostname Option 12, length 20: "Nicholas-Chua-iPhone" | analyst note: AP-L2-IVF-WAITING, same phone every Tuesday morning since September
        MAIL FROM:<payroll@hr.example.com.sg> | RCPT TO:<vanessa.lim.hx@gmail.com> | DATA | Subject: =?UTF-8?B?UGF5c2xpcCBPY3RvYmVyIDIwMjQg4oCTIFZhbmVzc2EgTGltIEh1aSBYaW4=?= | Content-Transfer-Encoding: quoted-printable | Net pay credited: SGD 6,842.10 =E2=80=93 DBS a/c 027-618354-2 on 25/10/2024
        Wireshark > Follow > HTTP Stream (tcp.stream eq 17): POST /checkout/pay HTTP/1.1 | Host: shop.legacy-pos.example | Content-Type: application/x-www-form-urlencoded | card_name=ALEXANDER+WONG+KAR+LOK&card_no=4539+4496+9335+4426&exp=09%2F27&cvv=412&amount=389.00
        10.0.3.21 - - [04/Nov/2024:09:12:44 +0800] "GET /appointments/confirm?patient=Harold%20Pereira&dob=1957-02-11&clinic=cardiology&slot=2024-11-08T09%3A30 HTTP/1.1" 200 1432 "https://sms.link.example/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X)"
        220 (vsFTPd 3.0.5) | USER agency_upload | 331 Please specify the password. | PASS ******** | 230 Login successful. | CWD /visa-apps/2024-11 | RETR CHEAH_KAI_WEN_passport_A37182904.pdf | 150 Opening BINARY mode data connection for CHEAH_KAI_WEN_passport_A37182904.pdf (412887 bytes).
        dn: uid=akhoo,ou=Alumni,dc=uni,dc=example,dc=edu | changetype: modify | replace: telephoneNumber | telephoneNumber: +852 9123 8876 | - | replace: homePostalAddress | homePostalAddress: Flat 12B, Block 3$Kornhill$Quarry Bay, Hong Kong
        < HTTP/1.1 200 OK | < Content-Type: application/json | {"member":{"id":88102,"name":"Grace Ho Li Ping","nric":"S7531826Z","tier":"Gold","outstanding":1284.50,"lastVisit":"2024-10-29"}}
        MESSAGE sip:+6588172304@sms-gw.example.sg SIP/2.0 | From: <sip:school-alerts@pbx.example.edu.sg>;tag=77f1 | Content-Type: text/plain;charset=UTF-8 | Content-Length: 122 | Dear Mr Tay Boon Huat, Ethan (Sec 2E) was absent without valid reason on 31 Oct and 1 Nov. Please call the General Office.
    """),
    "zh-Hans": _lines("""
        Fiddler 抓包 POST https://api.example.cn/v2/user/realname | Request Body: {"realName":"\\u738b\\u4e3d\\u840d","idCard":"440305198509024686","mobile":"13826547190","scene":"loan_apply"}
        GET /express/query?receiver=%E5%BC%A0%E5%BF%97%E5%BC%BA&tel=15921836604&addr=%E4%B8%8A%E6%B5%B7%E5%B8%82%E6%B5%A6%E4%B8%9C%E6%96%B0%E5%8C%BA%E9%94%A6%E7%BB%A3%E8%B7%AF1088%E5%BC%8412%E5%8F%B7602%E5%AE%A4 HTTP/1.1 | Host: m.kuaidi.example.cn
        dn:: dWlkPWxpdXNpeXVhbixvdT3otKLliqHpg6gsZGM9Y29ycCxkYz1leGFtcGxlLGRjPWNu | objectClass: inetOrgPerson | cn:: 5YiY5oCd6L+c | sn:: 5YiY | mobile: 186 1234 0972 | title:: 6LSi5Yqh6YOo5Ye657qz
        "CN=陈静,OU=人力资源部,OU=广州,DC=corp,DC=example,DC=com","chenjing","陈静","False","2024-09-14 18:03:22","人力资源部","试用期考核不合格，2024-09-14 离职"
        INVITE sip:4001@pbx.wuye.example.cn SIP/2.0 | From: "13912845507" <sip:13912845507@gw.example.cn>;tag=3f9a | To: <sip:4001@pbx.wuye.example.cn> | 坐席备注：周建国，3栋1202业主，投诉楼上漏水第三次，要求物业今天上门。
        tcpdump -X 抓到投保接口明文传输：11:05:22.104711 IP 10.2.3.41.55012 > 10.2.0.9.80: Flags [P.], length 209 | 0x0000:  4500 0105 1396 4000 4006 a612 0a02 0329  E.....@.@......) | 0x0010:  0a02 0009 d6e4 0050 3105 93fa 9321 b37b  .......P1....!.{ | 0x0020:  8018 01f6 31cb 0000 0101 080a 3217 be7a  ....1.......2..z | 0x0030:  2fdf f106 504f 5354 202f 6170 692f 696e  /...POST /api/in | 0x0040:  7375 7265 2f61 7070 6c79 2048 5454 502f  sure/apply HTTP/ | 0x0050:  312e 310d 0a48 6f73 743a 2031 302e 322e  1.1..Host: 10.2. | 0x0060:  302e 390d 0a43 6f6e 7465 6e74 2d54 7970  0.9..Content-Typ | 0x0070:  653a 2061 7070 6c69 6361 7469 6f6e 2f78  e: application/x | 0x0080:  2d77 7777 2d66 6f72 6d2d 7572 6c65 6e63  -www-form-urlenc | 0x0090:  6f64 6564 0d0a 436f 6e74 656e 742d 4c65  oded..Content-Le | 0x00a0:  6e67 7468 3a20 3839 0d0a 0d0a 6e61 6d65  ngth: 89....name | 0x00b0:  3d25 4534 2542 4425 3935 2545 3625 3938  =%E4%BD%95%E6%98 | 0x00c0:  2541 3525 4536 2541 3225 3835 2669 646e  %A5%E6%A2%85&idn | 0x00d0:  6f3d 3337 3032 3032 3139 3833 3131 3330  o=37020219831130 | 0x00e0:  3239 3637 2670 6c61 6e3d 6372 6974 6963  2967&plan=critic | 0x00f0:  616c 5f69 6c6c 6e65 7373 2673 756d 3d35  al_illness&sum=5 | 0x0100:  3030 3030 30                             00000
        @运维 你抓的包里 H5 页面带了个明文 cookie：uinfo=eyJ1aWQiOjEwMjkzODQsIm5pY2siOiLotbXmmZPmlY8iLCJwaG9uZSI6IjE4NTc2MjMwMTQ4IiwiY2l0eSI6Iua3seWcsyJ9; Path=/; Domain=.example.cn ，base64 一解就出来了，赶紧让前端改。
        Charles 抓包 /api/order/detail 响应：{"consignee":"孙晓燕","address":"广东省广州市天河区体育西路191号B座1708","items":[{"sku":"YN-2291","name":"孕妇防辐射服"}],"orderNo":"SO20241102773109"}
        抓到分享链接 GET /share/card?wxid=wxid_k8f2m9x1q4ab22&nickname=%E5%B0%8F%E9%B1%BC%E5%84%BF&from=timeline ，对应用户微信号 yuer_chen0915，她本人投诉名片被陌生人加了 40 多次。
        2024-11-03 14:22:07.118 INFO [pay-callback-7] c.e.pay.UnionPayNotify - raw={"bankCard":"6222023770406052824","holder":"\\u9ec4\\u632f\\u5b87","amount":"12800.00","purpose":"\\u623f\\u79df"}
        dn: uid=wutingting,ou=研发中心,dc=corp,dc=example,dc=cn | objectClass: inetOrgPerson | cn:: 5ZC05am35am3 | description:: 5Lqn5YGHIDIwMjQtMTAtMDgg6IezIDIwMjUtMDQtMDfvvIzmnJ/pl7Tpgq7ku7bovazlj5Hnu5nnu4Tplb8=
        DHCP 日志：主机名 "ZHOUYIFAN-PC"，MAC 3c:91:80:4e:22:0b，连续五晚 23 点后接入财务室 AP，疑似周逸帆私自拷贝报表，已上报合规部。
    """),
    "zh-Hant": _lines("""
        dn: uid=chenyijun,ou=People,dc=corp,dc=example,dc=tw | objectClass: inetOrgPerson | cn:: 6Zmz5oCh5ZCb | departmentNumber: 3120 | description:: 6Lqr5YiG6K2JIEYyMjgxNzM2NDjvvIznt4rmgKXoga/ntaHkurog5q+N6KaqIDA5MjEtMzM0LTU3OA==
        POST /eform/renewal HTTP/1.1 | Host: eform.example.hk | Content-Type: application/x-www-form-urlencoded | eng_name=LEUNG+KA+WAI&chi_name=%E6%A2%81%E5%AE%B6%E8%94%9A&hkid=K482193%289%29&tel=6128+4471&district=%E6%B2%99%E7%94%B0
        2024-11-04 08:05:33 來電 "黃志豪" <+85294417206> 轉接 分機 2301（化驗預約），通話 00:03:18；備註：預約 11/6 早上 8:30 空腹驗血，糖尿病覆診。
        "CN=林美玲,OU=業務部,OU=台北,DC=corp,DC=example,DC=tw","mllin","林美玲","True","2024-11-01 18:22:41","業務部","育嬰留停 2024/12 至 2025/06"
        APP 封包（mitmproxy）：POST /api/member/bind {"name":"\\u8a31\\u5fd7\\u660e","idno":"H105943820","phone":"0935-218-447","plan":"\\u58fd\\u96aa"}
        MAIL FROM:<ebill@card.example.com.tw> | RCPT TO:<yating.cheng@example-mail.tw> | Subject: =?UTF-8?B?5L+h55So5Y2h57mz5qy+6YCa55+l77yN6YSt6ZuF5am3IOWwj+WnkA==?= | Content-Transfer-Encoding: base64 | 6YSt6ZuF5am3IOWwj+WnkOaCqOWlve+8jOacrOacn+aHiee5s+mHkemhjSBOVCQ0OCwyMzDvvIzmnIDkvY7mh4nnubMgTlQkNCw4MjPvvIzljaHomZ/mnKvlm5vnorwgMDY4M++8jOe5s+asvuaIquatouaXpSAxMS8yNeOAgg==
        GET /api/friend/add?line_id=amy.tsai0612&src=qrcode HTTP/1.1（封包備註：這是業務蔡佩珊的私人 LINE，客戶一直被系統轉加）
        解碼 Authorization: Bearer 之後發現 payload 直接放了個資，請後端修正：eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJuYW1lIjoiSG8gV2luZyBZYW4iLCJoa2lkIjoiWTMwNTcxOCg0KSIsIm1vYmlsZSI6IjU2MzIgOTA4MSIsImRpc3RyaWN0IjoiVHVlbiBNdW4ifQ.Og7Lbb0q5Ke-qdgzZI1Mh2tti1UlSujmpPgLHbxspCg
        封包 #4418 的 HTTP POST 內含門診預約：病人 郭家豪，身分證 E137280591，科別 精神科，時段 2024/11/12 上午。
        dn: uid=ythuang,ou=Staff,dc=school,dc=example,dc=edu,dc=tw | cn: Huang Yu-Ting | title:: 5LiJ5bm057Sa5bCO5bir | homePostalAddress:: 5Y+w5YyX5biC5aSn5a6J5Y2A5b6p6IiI5Y2X6Lev5LiA5q61MjE55be3MTLomZ815qiT
    """),
    "ms": _lines("""
        "CN=Nurul Aisyah binti Kamaruddin,OU=Kakitangan,OU=Johor,DC=corp,DC=example,DC=my","nurulaisyah.k","Nurul Aisyah binti Kamaruddin","True","2024-11-02 08:13:09","Kewangan","No. KP 920514-01-5568"
        POST /daftar HTTP/1.1 | Content-Type: application/x-www-form-urlencoded | nama=Muhammad+Hafiz+bin+Roslan&no_kp=880923-10-5133&telefon=012-738+4490&alamat=No+17%2C+Jalan+SS15%2F4C%2C+47500+Subang+Jaya
        INVITE sip:3300@pbx.koperasi.example.my SIP/2.0 | From: "Rajesh a/l Subramaniam" <sip:+60167742918@trunk.example.my>;tag=a81c | Catatan ejen: pemanggil tanya baki pinjaman peribadi, tunggakan RM3,420, minta tempoh bayaran balik dilanjutkan.
        Cookie yang ditangkap dalam trafik HTTP biasa (bukan HTTPS): sesi=eyJuYW1hIjoiU2l0aSBLaGFkaWphaCBiaW50aSBPbWFyIiwiaWMiOiI5NTA4MDctMTQtNjAzMiIsIm5lZ2VyaSI6IldQIEt1YWxhIEx1bXB1ciJ9; Path=/portal
        dn: uid=lim.chooiyee,ou=Pelajar,dc=kolej,dc=example,dc=my | cn: Lim Chooi Yee | mobile: 011-2654 8817 | description: Pelajar Diploma Kejururawatan tahun 2, penerima biasiswa JPA
        Nama hos DHCP "Faizal-Rahman-Galaxy-A54" disambung ke AP-Surau-Aras2 setiap hari 13:05-13:20 dan ke AP-Kantin pukul 16:00; laporan ini diminta oleh penyelia Faizal untuk semakan kehadiran.
        Tangkapan ke gateway SMS: 09:30:12.771402 IP 10.5.2.14.40118 > 10.5.0.30.80: Flags [P.], length 180 | 0x0000:  4500 00e8 2b08 4000 4006 bf9c 0a05 020e  E...+.@.@....... | 0x0010:  0a05 001e 9cb6 0050 46b0 b2fa e271 0266  .......PF....q.f | 0x0020:  8018 01f6 291b 0000 0101 080a a155 d568  ....)........U.h | 0x0030:  7545 5a72 504f 5354 202f 736d 732f 7365  uEZrPOST /sms/se | 0x0040:  6e64 2048 5454 502f 312e 310d 0a48 6f73  nd HTTP/1.1..Hos | 0x0050:  743a 2031 302e 352e 302e 3330 0d0a 436f  t: 10.5.0.30..Co | 0x0060:  6e74 656e 742d 4c65 6e67 7468 3a20 3131  ntent-Length: 11 | 0x0070:  350d 0a0d 0a6d 7369 7364 6e3d 3630 3139  5....msisdn=6019 | 0x0080:  3731 3235 3538 3326 7465 7874 3d53 616c  7125583&text=Sal | 0x0090:  616d 2b50 6e2b 4b61 7669 7468 612b 6125  am+Pn+Kavitha+a% | 0x00a0:  3246 702b 4d75 6e69 616e 6479 2532 432b  2Fp+Muniandy%2C+ | 0x00b0:  7465 6d75 6a61 6e6a 692b 6469 616c 6973  temujanji+dialis | 0x00c0:  6973 2b61 6e64 612b 6469 7475 6b61 722b  is+anda+ditukar+ | 0x00d0:  6b65 2b36 2532 4631 312b 6a61 6d2b 372e  ke+6%2F11+jam+7. | 0x00e0:  3030 2b70 6167 692e                      00+pagi.
        MAIL FROM:<notis@ppr.example.gov.my> | RCPT TO:<azlan.hakimi89@yahoo.com> | Subject: Notis Tunggakan Sewa Rumah PPR Unit B-12-07 (RM1,860.00) | 250 2.0.0 OK queued
        Token dalam log gateway API: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJuYW1hIjoiVGFuIEJvb24gS2VhdCIsIm15a2FkIjoiNzkwMzExLTA3LTUyMjEiLCJha2F1biI6Ik1heWJhbmsgNTE0MCAxMjM2IDg4NTIiLCJwZXJhbmFuIjoicGVtaW5qYW0ifQ.S25LTzTqRfPLIySIfsam8BDyPzcg4yYjb7Z62qCe8yo
        Tiket #SR-88213: Pn. Norhayati binti Abdul Ghani (Unit Akaun) minta reset kata laluan AD, telefon bimbit 013-902 6614, disahkan dengan 4 digit akhir KP.
    """),
    "mixed": _lines("""
        bro the pcap from the kiosk got 明文 NRIC T0245917A with name "Wong Jia Hui" in the POST body leh, who approved this?
        Boss, SIP trace tu tunjuk call dari 012-556 3091 (Encik Lokman, customer Puchong) drop lepas 3 saat, dia dah komplen 4 kali minggu ni.
        HAR 里的 response 直接吐出 {"user":{"name":"Kenneth Lau 劉家明","hkid":"P917204(5)","tel":"+852 6033 4128"}}，前端只显示了名字但整包都下发了。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a network troubleshooting assistant for an internal IT team."),
        (
            "user",
            "curl -v from the HR kiosk shows this header going out: Authorization: Basic bHlkaWEubWFyc2hhbGwuc2dAZ21haWwuY29tOkJsdWViZWxsIzg4 . Is that encrypted?",
        ),
        (
            "assistant",
            "No. Basic authentication is only base64-encoded, not encrypted. Decoded it is an e-mail address followed by a colon and a password, so anyone who can see the traffic can read both. Move the kiosk to HTTPS and have the password changed; I won't repeat the password here.",
        ),
        (
            "user",
            "Ugh, that's Lydia Marshall's personal gmail, she used it for the benefits portal. She's on maternity leave until March, can we just reset it for her?",
        ),
        (
            "assistant",
            "No, it's her private account, so IT should not reset it. Contact her through HR, tell her the password was exposed and ask her to change it herself, then switch the kiosk to a company SSO account.",
        ),
    ],
    [
        (
            "user",
            "ldapadd 报错 invalid format (line 1)，文件是这样的：dn: uid=yangfan,ou=销售部,dc=corp,dc=example,dc=cn / objectClass: inetOrgPerson / cn:: 5p2o5biG / sn:: 5p2o / mobile: 15012873346",
        ),
        (
            "assistant",
            "DN 里有中文“销售部”，LDIF 规定非 ASCII 值必须用 base64，并写成 “dn::”（两个冒号）。把整个 DN 用 UTF-8 编码后 base64，再导入即可。cn 和 sn 你已经是 base64 了，没问题。",
        ),
        (
            "user",
            "改了以后可以了。杨帆是华南区销售经理，那个 150 的号码是他自己的私人手机，放 mobile 合适吗？",
        ),
        (
            "assistant",
            "私人手机号属于个人信息，目录对全员可读时不建议放进 mobile。可以只放公司分机，或者用 ACL 限制 mobile 属性仅本人和 HR 可读。",
        ),
    ],
    [
        (
            "user",
            'Kenapa SIP trace ni keluar 487? INVITE sip:+60173328105@trunk.example.my SIP/2.0 / From: "Haziq bin Zulkifli" <sip:2207@pbx.example.my>;tag=5d1e / ... / SIP/2.0 487 Request Terminated',
        ),
        (
            "assistant",
            "487 Request Terminated bermaksud INVITE itu dibatalkan (CANCEL) oleh pihak pemanggil sebelum panggilan dijawab. Ia bukan ralat trunk; biasanya pemanggil letak telefon sebelum orang di hujung sana angkat.",
        ),
        (
            "user",
            "Oh patutlah. Nombor tu abang Haziq, dia warded di Hospital Serdang sejak Jumaat lepas pembedahan, jadi memang tak angkat. Haziq call berkali-kali dari meja dia.",
        ),
    ],
    [
        (
            "user",
            "我要把 pcap 交給廠商分析，但 HTTP POST 裡有 name=%E6%9D%8E%E5%AE%9C%E8%93%81&idno=B266031458&tel=0918-442-613 這種欄位，要怎麼遮罩？",
        ),
        (
            "assistant",
            "可以先用 tshark 匯出成 pcapng，再用 TraceWrangler 或 pktmask 之類的工具改寫 payload；也可以對 http.file_data 做正則替換，例如把 idno=[A-Z][12]\\d{8} 換成 idno=XXXXXXXXXX，電話與姓名欄位一併處理後，重新計算 TCP checksum。",
        ),
        ("user", "好。那位李小姐是我們的 VIP 客戶，上週才因為資料外洩投訴過，絕對不能再出事。"),
    ],
    [
        (
            "user",
            'Need a PowerShell one-liner to disable these and move them to OU=Leavers: "CN=Shaun Rodrigues,OU=Warehouse,DC=corp,DC=example,DC=my","srodrigues","Dismissed 28/10 - stock theft, police report filed" / "CN=Vinod a/l Krishnan,OU=Warehouse,DC=corp,DC=example,DC=my","vkrishnan","Resigned 31/10"',
        ),
        (
            "assistant",
            "Import-Csv .\\leavers.csv -Header DN,Sam,Note | ForEach-Object { Disable-ADAccount -Identity $_.Sam; Move-ADObject -Identity $_.DN -TargetPath 'OU=Leavers,DC=corp,DC=example,DC=my' }",
        ),
        ("user", "Thanks. Should I keep the stock theft note in Shaun's description field?"),
        (
            "assistant",
            "No. The description attribute is readable by every domain user. Keep the reason in the HR case file and leave something neutral like 'Left 28/10' in AD.",
        ),
    ],
    [
        (
            "user",
            "帮我 decode 一下这个 JWT 的 payload: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1aWQiOjU1MTIwLCJuYW1lIjoiQ2hlcnlsIFllbyDmnajmt5HnkKoiLCJtb2JpbGUiOiIrNjUgOTQwMiA3NzE1IiwicGxhbiI6ImZhbWlseSIsImRlcGVuZGVudHMiOjJ9.7YK1W9FGt-XsOBI4hH-HE9cWcM_Gu3WWfcBBq5GBid0",
        ),
        (
            "assistant",
            "Payload 解码后是：uid 55120，name “Cheryl Yeo 杨淑琪”，mobile +65 9402 7715，plan family，dependents 2。JWT 只是签名，不是加密，任何拿到 token 的人都能看到这些字段。",
        ),
        (
            "user",
            "ok so the app is leaking her number in every request, will raise a bug and ask them to keep only the uid in the token.",
        ),
    ],
    [
        (
            "user",
            "Every night around 3am a device with DHCP hostname 'Aaron-Pillai-Pixel7' joins the lab VLAN. How do I find which switch port it's on?",
        ),
        (
            "assistant",
            "Take the client MAC from the DHCP lease or log, then run 'show mac address-table address <mac>' on the core switch and follow the port toward the access switch until you reach an access port rather than an uplink.",
        ),
        (
            "user",
            "Found it, Gi1/0/14 in Lab 3. Aaron is the lab tech who was already warned in September for running a crypto miner on the GPU box, so this goes to HR now.",
        ),
    ],
    [
        (
            "user",
            '这段 xxd 十六进制能帮我转成文本吗？00000000: 7b22 6e22 3a22 e99f a9e9 9baa e6a2 8522  {"n":"........." | 00000010: 2c22 7422 3a22 3133 3635 3137 3239 3038  ,"t":"1365172908 | 00000020: 3422 2c22 6122 3a22 e58c 97e4 baac e5b8  4","a":"........ | 00000030: 82e6 9c9d e998 b3e5 8cba e69c 9be4 baac  ................ | 00000040: e8a5 bfe5 9bad e4b8 89e5 8cba 3331 32e5  ............312. | 00000050: 8fb7 e6a5 bc31 e58d 95e5 8583 3930 3222  .....1......902" | 00000060: 7d                                       }',
        ),
        (
            "assistant",
            "按 UTF-8 解码后是一段 JSON：n 为“韩雪梅”，t 为 13651729084，a 为 北京市朝阳区望京西园三区312号楼1单元902。看起来是收货人姓名、手机号和详细地址，属于个人信息，抓包文件要按敏感数据处理。",
        ),
        ("user", "明白了，是我们的老客户韩阿姨，我先把这个 pcap 删掉，再让开发把接口改成 HTTPS。"),
    ],
    [
        (
            "user",
            "Boleh tolong decode string dari log HTTP ni? nama%3DLee%20Mei%20Ling%26ic%3D030418-08-0764%26alamat%3DNo%205%2C%20Lorong%20Bercham%20Jaya%203%2C%2031400%20Ipoh%26elaun%3DRM500",
        ),
        (
            "assistant",
            "Selepas URL-decode: nama=Lee Mei Ling, ic=030418-08-0764, alamat=No 5, Lorong Bercham Jaya 3, 31400 Ipoh, elaun=RM500. Ini data peribadi, jadi log ini patut disekat atau dimask.",
        ),
        (
            "user",
            "Terima kasih. Dia pelajar praktikal kami, borang tu untuk tuntutan elaun bulan Oktober.",
        ),
    ],
    [
        (
            "user",
            "Our voicemail-to-text pushes a SIP MESSAGE to the clinic phone and accented text comes out garbled. Body: 'MRI unit for Mr Francis D'Souza re his brain scan on Thursday, please call him back on 9055 2183.' Header says Content-Type: text/plain;charset=ISO-8859-1.",
        ),
        (
            "assistant",
            "The transcription engine emits UTF-8 but the header declares ISO-8859-1, so the phone decodes multi-byte characters wrongly. Set charset=UTF-8 in the MESSAGE Content-Type (or transcode before sending) and recheck Content-Length, since it counts bytes.",
        ),
        (
            "user",
            "Fixed, thanks. Also Mr D'Souza's daughter asked us to stop putting scan details in voicemail, so we'll just say 'please call the clinic' from now on.",
        ),
    ],
]
