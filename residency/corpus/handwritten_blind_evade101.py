# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade101: personal data hidden in network and device logs (DNS, DHCP, RADIUS, captive portal, firewall, proxy, syslog, NetFlow). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade101
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "dns_query_log"): _lines("""
        06-Dec-2026 09:14:22.481 queries: info: client @0x7f3a2c0e1b40 10.20.4.17#53122 (updates.vendor-cdn.net): query: updates.vendor-cdn.net IN A +E(0)K (10.20.0.53)
        Dec  6 09:14:23 dnsmasq[812]: query[AAAA] api.grab.com from 192.168.8.41
        2026-12-06 09:15:01 pihole blocked gravity ads.doubleclick.net client=192.168.1.23 type=A reply=0.0.0.0
        Dec  6 09:15:40 dnsmasq[812]: query[TXT] ojswyzlbonss23tporsxgllwgqxdelrr.chg.pkg-mirror.io from 10.20.4.61 (build agent pulling changelog digests)
        queries: info: client @0x7f3a2c0e1d10 10.30.2.9#41822 (www.sunyatsen-nanyang.org.sg): query: www.sunyatsen-nanyang.org.sg IN A + (10.30.0.53)
        Dec  6 09:16:02 dnsmasq[812]: query[SRV] _ldap._tcp.dc._msdcs.corp.example.com.sg from 10.1.1.5
        doh-gw 2026-12-06T09:17:44Z GET /dns-query?name=%E4%B8%AD%E5%9B%BD%E9%93%B6%E8%A1%8C.cn&type=A status=200 upstream=1.1.1.1
        top_clients_24h: 10.20.4.17=18422 queries, 10.20.4.61=9110, 10.20.7.200=7734 (printer-L3), 10.20.7.201=6120 (printer-L4)
        client 172.16.9.4#41822: query (cache) 'wpad.corp.local/A/IN' denied
        2026-12-06T09:20:11Z resolver=1.1.1.1 qname=internet-banking.dbs.com.sg qtype=HTTPS rcode=NOERROR ttl=300 latency_ms=12
        Template for the runbook: <timestamp> queries: info: client <ip>#<port> (<qname>): query: <qname> IN <type> + (<server>)
        NXDOMAIN storm: 4,812 queries for random subdomains of x7k2.duckdns.org from 3 hosts in VLAN 40 between 02:00 and 02:05, blocked at RPZ
        Dec  6 21:02:17 dnsmasq[812]: query[A] www.messi.com from 192.168.0.12 (lounge smart TV, match night)
    """),
    ("en", "dhcp_lease"): _lines("""
        lease 10.8.0.142 { starts 6 2026/12/06 01:12:44; ends 6 2026/12/06 13:12:44; hardware ethernet 3c:22:fb:91:0e:7a; client-hostname "MTG-ROOM-4B-TV"; }
        Dec  6 08:01:17 dhcpd[1044]: DHCPACK on 192.168.20.55 to 00:1b:63:84:45:e6 (HP-LaserJet-M404-L2) via eth1
        Dec  6 08:01:19 dhcpd[1044]: DHCPDISCOVER from f4:5c:89:aa:10:03 (iPhone) via vlan30
        {"hw-address":"b8:27:eb:4f:19:c2","ip-address":"10.50.1.77","hostname":"pos-terminal-07.outlet-bugis","valid-lft":86400,"cltt":1796540400,"subnet-id":5}
        Dec  6 08:03:51 dhcpd[1044]: DHCPREQUEST for 10.0.5.31 from a4:83:e7:2d:09:11 (Raffles-Hotel-Lobby-Kiosk) via br0
        option agent.circuit-id "ge-0/0/14.0:vlan-210"; option agent.remote-id "ONU-HW-4F2A19"; # OLT port for block C risers
        host <asset-tag> { hardware ethernet <mac>; fixed-address <ip>; option host-name "<site>-<dept>-<assetno>"; }
        DHCP pool summary vlan40-guest: 254 addresses, 211 leased, 6 abandoned, utilisation 83% at 12:00
        Dec  6 08:05:12 dhcpd[1044]: option host-name 0x4c4f4242592d4b494f534b2d3031 decoded for lease 10.8.0.200 (vendor-class MSFT 5.0)
        Dec  6 08:06:40 dhcpd[1044]: DHCPNAK on 10.20.30.4 to 00:50:56:9a:3f:01 via eth2: lease owned by another server
        Per policy NET-07 hostnames must follow SITE-DEPT-ASSETNO, e.g. SGP-FIN-004519; personal device names are renamed on enrolment.
        kea-dhcp4.leases 2026-12-06 08:10:02 INFO DHCP4_LEASE_ALLOC [hwtype=1 00:0c:29:5e:11:8a], cid=[no info], tid=0x5a3c11e2: lease 10.40.2.19 has been allocated for 3600 seconds
        Dec  6 08:12:33 dhcpd[1044]: DHCPACK on 10.9.9.14 to 70:b3:d5:0a:42:17 (Tesla-Model-Y-Fleet-03) via vlan77 (EV charger bay)
    """),
    ("zh-Hans", "radius_auth_log"): _lines("""
        Sat Dec  6 09:02:11 2026 : Auth: (1842) Login OK: [guest-wifi] (from client ap-3f-lobby port 0 cli 5C-E9-1E-22-0A-7B)
        Sat Dec  6 09:02:15 2026 : Auth: (1903) Login incorrect (mschap: MS-CHAP2-Response is incorrect): [svc_printer] (from client nas-bj-02 port 17)
        认证失败汇总：今日 09:00-10:00 共 37 次 Login incorrect，集中在 NAS 10.3.0.2，账号均为 test 开头的测试账号
        Acct-Status-Type = Stop, Acct-Session-Time = 3612, Acct-Input-Octets = 48213377, User-Name = "meetingroom-301", NAS-Identifier = "上海分公司-AC01"
        EAP 外层身份（base64）：YW5vbnltb3VzQGNhbXB1cy5lZHUuY24=，解码后为匿名外层身份，真实账号在隧道内，不落日志
        【配置说明】clients.conf 示例：client 10.3.0.0/24 { secret = <共享密钥> shortname = <楼层AP组> }，密钥至少 16 位
        用户名格式：<工号>@corp，<工号> 为 6 位数字；请勿使用身份证号或手机号作为 RADIUS 账号。
        Calling-Station-Id = "A4-83-E7-XX-XX-XX"（已按数据最小化要求截断后三段）
        RADIUS 计费包统计（匿名）：上周活跃终端 1,284 台，平均在线 6.2 小时，峰值并发 412，均无个人标识
        rlm_sql (sql): query failed: INSERT INTO radacct ... Duplicate entry '8c1f0a7e2b' for key 'acctuniqueid'
        问：为什么 802.1X 日志里用户名显示为 host/PC-FIN-0042.corp.local？答：这是机器认证，用的是计算机账户，不是员工账户。
        Reply-Message = "%E6%AC%A2%E8%BF%8E%E4%BD%BF%E7%94%A8%E5%85%AC%E5%8F%B8%E6%97%A0%E7%BA%BF%E7%BD%91%E7%BB%9C"（网关会 URL 编码，解码即为欢迎语）
        Auth: (2017) Login OK: [鲁迅纪念馆-访客] (from client ap-luxun-02 port 0) NAS-Identifier = "鲁迅纪念馆-AP02"
    """),
    ("zh-Hant", "captive_portal_log"): _lines("""
        2026-12-06 10:11:42 portal=iTaiwan ssid=iTaiwan ap=TPE-MRT-BL12-03 event=login_ok method=簡訊驗證 count_today=1,822
        GET /login?lang=zh-Hant&ssid=%E8%A5%BF%E9%96%80%E7%94%BA%E5%85%8D%E8%B2%BB%E7%B6%B2%E8%B7%AF&redirect=https%3A%2F%2Fwww.gov.tw HTTP/1.1 302
        登入頁範本：請輸入手機號碼 09XX-XXX-XXX，系統將發送 6 位數驗證碼。
        使用者條款 v3.2：本熱點不記錄瀏覽內容，連線紀錄保存 180 天後自動刪除。
        voucher=QX7P-44KD-9M2A plan=2h price=HK$28 sold_at=旺角店 cashier_role=值班經理
        event=session_timeout mac=xx:xx:xx:xx:4f:2a ssid=CSL-Free-WiFi duration=3600s（MAC 已遮蔽）
        統計：本月 社區圖書館 熱點 共 9,413 次登入，其中 62% 透過 Facebook 登入，38% 透過簡訊。
        auth_source=social provider=line official_account=@7-ELEVEN-TW event=follow_gate_passed
        post_login_redirect=https%3A%2F%2Fwww.yatsen.gov.tw%2F（國父紀念館官網，登入後導向）
        token=eyJzc2lkIjoiVGFpcGVpLUZyZWUiLCJhcCI6IlhZLTAyMTUiLCJwbGFuIjoiZnJlZS0zMG1pbiJ9 （base64 頁面參數，解碼後只有熱點與方案）
        錯誤碼 E-417：驗證碼逾時，請重新取得。客服專線 0800-000-123（週一至週五 09:00-18:00）
        2026/12/06 14:22:09 venue=中環站 event=ad_impression campaign=李錦記-XO醬-聖誕 impressions=2,104
        如何清除 iPhone 的 Captive Portal 紀錄？設定 > Wi-Fi > 點選網路旁的 i > 忽略此網路。
    """),
    ("ms", "firewall_log"): _lines("""
        date=2026-12-06 time=11:02:13 devname="FGT-KL-HQ" logid="0000000013" type="traffic" subtype="forward" srcip=10.12.4.33 dstip=103.6.198.10 dstport=443 action="accept" app="Maybank2u" policyid=14
        Nota: peraturan 22 menyekat semua trafik keluar ke port 25 kecuali dari pelayan mel 10.12.0.25.
        kernel: [FW-DROP] IN=eth0 OUT= SRC=203.0.113.55 DST=10.12.0.5 LEN=52 PROTO=TCP SPT=51877 DPT=3389 SYN (cubaan RDP dari luar, disekat)
        Laporan mingguan firewall: 18,442 sambungan disekat, 73% dari julat IP luar negara, 5 alamat IP disenarai hitam.
        type="utm" subtype="webfilter" url="/search?q=cara%20memohon%20lesen%20memandu%20JPJ" cat="Search Engines" action="passthrough"
        Templat peraturan: allow src=<subnet_pejabat> dst=<pelayan_HR> port=443 ulasan="<nama_projek>"
        user="svc-backup" group="IT-Ops" action="deny" msg="Polisi 31: muat naik ke storan awan peribadi disekat"
        hostname="perpustakaan-tunku-abdul-rahman.gov.my" dstip=175.139.44.10 action="accept" cat="Government" (laman rasmi perpustakaan)
        IPS capture payload_hex=474554202f70726f64756b2f6b6f70692d746f6e676b61742d616c692d3230306720485454502f312e31 sig=HTTP.URI.Benign
        Tiket #FW-2026-1187: buka port 8443 untuk sistem POS cawangan Shah Alam, diluluskan oleh Pengurus IT.
        Amaran IPS: signature "SQL.Injection.UNION" dari 198.51.100.23 ke portal.jualan.com.my, tindakan: drop, kiraan=42
        Soalan: bagaimana nak tapis log FortiGate ikut nama pengguna? Jawapan: aktifkan FSSO, kemudian tapis dengan user= dalam Log & Report.
        Audit suku tahun: 3 pekerja cuba akses laman judi minggu lalu; nama tidak direkodkan dalam laporan ini, rujuk HR jika perlu.
    """),
    ("mixed", "proxy_access_log"): _lines("""
        1796541122.481    212 10.9.2.44 TCP_MISS/200 48213 GET https://www.lazada.com.my/products/i288443201-s1544902110.html - HIER_DIRECT/47.246.1.9 text/html
        1796541124.002     11 10.9.2.51 TCP_DENIED/407 3912 CONNECT api.openai.com:443 - HIER_NONE/- text/html
        1796541130.117     96 10.9.3.7 TCP_MISS/200 22014 GET https://www.baidu.com/s?wd=%E5%91%A8%E6%9D%B0%E4%BC%A6%20%E6%BC%94%E5%94%B1%E4%BC%9A%202026%20%E6%96%B0%E5%8A%A0%E5%9D%A1 - HIER_DIRECT/110.242.68.66 text/html
        1796541133.880    145 10.9.2.44 TCP_MISS/200 3310 GET https://shopee.sg/api/v4/order/get_order_detail?order_sn=261206ABCD1234 svc-ops HIER_DIRECT/143.92.88.1 application/json
        2026-12-06 12:00:02 87 10.9.3.12 200 TCP_HIT 1342 GET https www.straitstimes.com /singapore/jurong-island-closure - OBSERVED "News/Media"
        Cookie header stripped per policy PRX-4; logged value: sessionid=<redacted>; csrftoken=<redacted>
        Proxy-Authorization: Basic a2lvc2stbG9iYnktMDE6V2VsY29tZTIwMjYh (shared kiosk account, rotate monthly)
        代理日志统计：本周访问 taobao.com 共 12,880 次，占全部流量 4.1%；Top 5 部门中市场部居首。
        Sila ambil perhatian: proxy akan sekat laman perjudian mulai 1 Jan 2027, rujuk pekeliling IT/2026/14.
        1796541190.330     64 10.9.4.18 TCP_MISS/200 8812 GET https://www.google.com/maps/search/Jalan+Tun+Razak+Kuala+Lumpur - HIER_DIRECT/142.250.4.100 text/html
        1796541201.775     41 10.9.4.20 TCP_MISS/200 1904 GET https://www.poslaju.com.my/track?awb=SPXMY04582219377&lang=ms - HIER_DIRECT/203.106.83.5 application/json
        1796541215.002     58 10.9.3.7 TCP_MISS/200 90412 GET https://zh.wikipedia.org/wiki/%E9%84%AD%E5%92%8C - HIER_DIRECT/103.102.166.224 text/html
        x-forwarded-for: 10.9.2.44, 172.31.0.8 via "1.1 squid-sg-02 (squid/6.6)" x-cache: MISS from squid-sg-02
    """),
    ("en", "syslog"): _lines("""
        Dec  6 03:14:07 fw-sg-01 sshd[22817]: Failed password for invalid user admin from 185.220.101.4 port 51122 ssh2
        Dec  6 03:14:09 fw-sg-01 sshd[22820]: Accepted publickey for deploy from 10.0.0.12 port 40218 ssh2: ED25519 SHA256:Qm3x8vKpZ7T0nq1L5hY2fWc9dRj4sGb6uA0eXoPiN8M
        Dec  6 04:00:01 app-02 CRON[1193]: (root) CMD (/usr/local/bin/rotate-logs.sh --keep 14)
        <134>1 2026-12-06T04:12:55.003+08:00 ap-lobby hostapd 902 - - wlan0: STA 02:00:00:00:00:01 IEEE 802.11: associated (aid 3)
        kernel: [88213.442] usb 1-1.3: New USB device found, idVendor=0781, idProduct=5583, SerialNumber=4C530001230819114172, Product: Ultra Fit
        Dec  6 04:20:18 app-02 sudo: pam_unix(sudo:session): session opened for user root(uid=0) by ansible(uid=1001)
        logger: BACKUP OK job=nightly-db size=41.2GiB sha256=9f2c1a7be04d3e55c8a1f60b2d7e9c4a81f3d6b0e5a27c9d4f1b8e3a6c0d2f75 duration=00:41:12
        Dec  6 05:01:44 mail-01 postfix/smtp[4412]: 4F2A11C03B: to=<support@tokobaju.com.my>, relay=mx1.tokobaju.com.my[203.0.113.40]:25, delay=0.8, status=sent (250 2.0.0 Ok)
        rsyslog.conf: *.info;mail.none;authpriv.none /var/log/messages  # auth logs stay on-prem, never forwarded offshore
        type=USER_LOGIN msg=audit(1796545512.331:812): pid=3321 uid=0 auid=4294967295 ses=4294967295 msg='op=login acct="(unknown)" exe="/usr/sbin/sshd" hostname=? addr=45.95.147.2 terminal=sshd res=failed'
        type=PROCTITLE msg=audit(1796545600.120:815): proctitle=707974686f6e33002f6f70742f65746c2f6c6f61645f73616c65732e7079002d2d6461746500323032362d31322d3035
        Dec  6 09:30:00 nas-01 smartd[700]: Device: /dev/sdb [SAT], SMART Usable Attribute: 194 Temperature_Celsius changed from 38 to 41
        Incident INC-20261206-044: 2 hosts in the finance VLAN showed repeated auth failures; owners notified via the team channel, no account names recorded here.
    """),
    ("mixed", "netflow_export"): _lines("""
        ts,src_addr,dst_addr,src_port,dst_port,proto,packets,bytes,tcp_flags,input_if,output_if
        2026-12-06T10:00:00Z,10.20.4.17,142.250.4.100,51532,443,6,122,88412,0x1b,12,1
        2026-12-06 10:00:04.312     0.882 TCP   10.20.4.61:50122 ->   52.84.150.11:443   .AP.SF   0       38    41233     1
        {"template_id":256,"fields":["sourceIPv4Address","destinationIPv4Address","octetDeltaCount","applicationName"],"observationDomainId":7}
        ipfix record: applicationName(hex)=576543686174 octetDeltaCount=1840221 flowEndReason=idle
        流量排行（按部门聚合）：研发 41.2 TB，销售 6.8 TB，访客网络 3.1 TB；未按个人统计。
        Laporan NetFlow bulanan: 5 aliran teratas ke YouTube, TikTok, Netflix, Shopee dan Microsoft 365.
        sFlow sample: agent=10.0.0.2 ifIndex=24 sampling_rate=1:2048 vlan=110 src_mac=00:1c:73:aa:bb:cc dst_mac=00:1c:73:dd:ee:ff
        AS path summary: AS7473 (Singtel) -> AS13335 (Cloudflare), 18.4 Gbps peak at 21:00 SGT
        flow_annotation="Huawei-Cloud-Backup" src_vlan=30 dst=119.3.70.188 bytes=912,440,118 dur=02:14:09
        nprobe -i eth1 -n 10.0.0.50:2055 -T "%IPV4_SRC_ADDR %IPV4_DST_ADDR %L4_DST_PORT %IN_BYTES %APPLICATION_ID"
        出口流量異常告警：10:42 起 VLAN 40 對 45.33.12.7 的 UDP/53 流量升至平時 20 倍，疑似 DNS 隧道，已限速。
        注：NetFlow 不含用户名；如需关联到终端，请走工单 NET-REQ 并由数据保护官审批。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        lease 10.8.0.177 { starts 6 2026/12/06 07:41:02; ends 6 2026/12/06 19:41:02; hardware ethernet 9c:3e:53:1a:77:e0; client-hostname "Priyadarshini-d-o-Suresh-MacBook"; }
        Dec  6 02:11:09 dnsmasq[812]: query[TXT] nvqxey3vomxhizlpfz3wyobyibtw2yljnqxgg33n.s1.cdn-sync-update.net from 10.20.4.88
        Sat Dec  6 08:55:40 2026 : Auth: (2211) Login OK: [S8734512B] (from client nas-clinic-02 port 4 cli 3C-22-FB-91-0E-7B)
        Dec  6 09:02:51 app-02 smsgw[4410]: appt_reminder sent msisdn_hex=2b36353931323334353837 patient_ref=WONG-BH clinic=Jurong-East
        1796542210.114     77 10.9.5.31 TCP_MISS/200 30122 GET https://www.google.com/search?q=Rachel+Goh+Hui+Min+HIV+test+result+Tan+Tock+Seng - HIER_DIRECT/142.250.4.100 text/html
        {"venue":"Jewel-L2","login":"sms","msisdn":"+６５ ８２７４ ６１９３","display_name":"Daniel Fernandez","ts":"2026-12-06T13:40:02+08:00"}
        Analyst note on policy 31 hits: Rajkumar s/o Muthusamy from stores keeps tripping the gambling category; third warning, HR is drafting a show-cause letter.
        flow owner per NAC lookup: Lim Boon Keat (Finance), 14 GB pushed to a personal Dropbox at 02:00; Compliance has opened a misconduct file.
        Portal ticket body: pls reset my wifi, contact me at jasmine(dot)ong1991(at)hotmail(dot)com or mobile nine one two three, four five six seven
        1796542301.660    312 10.9.5.40 TCP_MISS/200 1190 POST https://pay.shopdemo.sg/checkout?cc=4532%209607%201842%205576&exp=09%2F28&name=WONG%20KAR%20LOK - HIER_DIRECT/203.0.113.77 application/json
        type=PROCTITLE msg=audit(1796546011.004:902): proctitle=6375726c002d6400616464723d426c6b20343132204265646f6b204e6f727468204176652032202330382d3131352053343630343132266e616d653d486166697a0068747470733a2f2f6170692e636f75726965722e73672f76312f7265646972656374
        hostapd note: guest SSID at Mdm Siti's flat #12-307; she asked us to block her son Hakim's tablet after 11pm because he is failing school
        Helpdesk note on DHCP conflict 10.8.0.91: the laptop belongs to Auntie Mei Ling from the 3rd floor pantry; she is on medical leave for chemo, do not wipe it.
        {"hw-address":"d0:c5:d3:8e:21:4a","ip-address":"10.60.3.14","hostname":"dorm-c3-11","user-context":{"owner":"Nguyen Thi Hoa","fin":"G5503817T","passport":"C4821937"}}
        Dec  6 08:02:11 lpr-gate-2[881]: plate=SLK4821X entry=08:02 season=Y unit=#05-12 resident=Mdm Tan Geok Lian
        rlm_eap: EAP-Identity hex=4b3432383139332834294067756573742e686b636f7270 resolved to visitor pass, NAS=HK-TST-AP07
    """),
    "zh-Hans": _lines("""
        Acct-Status-Type = Start, User-Name = "15821936074", NAS-Identifier = "上海分公司-AC01", Calling-Station-Id = "5C-E9-1E-22-0A-7C"
        Dec  6 02:40:13 dnsmasq[812]: query[TXT] NDQwMzA1MTk4ODA5MjM0NTEx.id.cdn-sync.cn from 192.168.31.20（疑似身份证号外传）
        1796543002.207    120 10.9.6.12 TCP_MISS/200 41230 GET https://www.baidu.com/s?wd=%E7%8E%8B%E7%A7%80%E8%8B%B1%20%E4%B9%B3%E8%85%BA%E7%99%8C%20%E5%A4%8D%E6%9F%A5%20%E5%8C%97%E4%BA%AC%E8%82%BF%E7%98%A4%E5%8C%BB%E9%99%A2 - HIER_DIRECT/110.242.68.66 text/html
        审计备注：VPN 会话 0x3af2 归属 刘建国（财务部），多次凌晨访问网贷平台，据说已欠款约 8 万元，HR 已约谈。
        门户日志 2026-12-06 15:02:11 短信验证码已发送 手机=１８６-０２１７-４４３９ 姓名=赵子涵 房号=1206
        Dec  6 10:21:07 idcheck[3321]: id_hex=313130313038313939323034313733303258 result=match name=孙丽 channel=wifi-实名
        Dec  6 20:14:02 dhcpd[640]: DHCPACK on 192.168.31.105 to 28:6c:07:aa:19:e2 (ChenXiaoyu-de-iPad) via br-lan（家用路由，孩子晚上偷偷上网）
        flow_note="微信号 wxid_lmk8821q 用户 李明凯 上传 3.2GB 至个人网盘" src=10.20.8.33 dst=180.101.49.12 bytes=3438120019
        物业网络工单：3栋 陈阿姨 家的路由器总掉线，她老伴刚做完心脏搭桥在家静养，需要视频问诊，请优先处理。
        POST /pay/bind HTTP/1.1 body=cardNo%3D6217001238451961%26holder%3D%E9%BB%84%E5%BF%97%E5%BC%BA%26mobile%3D13760428815
        {"event":"rider_wifi_login","ap":"SZ-NS-0412","addr":"深圳市南山区桃源街道龙珠四路18号6栋1703","contact":"周女士","phone_tail":"8821"}
        运维周报：保安部 老周（周德胜）因赌博欠款被催收，催收电话打爆前台，已在防火墙屏蔽相关号码段。
    """),
    "zh-Hant": _lines("""
        token=eyJ1aWQiOiJGMjI4NDAzMTY5IiwibmFtZSI6Iuael+mbheWptyIsInNzaWQiOiJUYWlwZWktRnJlZSJ9 event=login_ok ap=XY-0215
        Auth: (3120) Login OK: [Ｙ７３０４６２（３）] (from client hk-mk-ap03 port 0) NAS-Identifier = "旺角店-AP03"
        portal_log auth_source=line line_id=chiayi.w0512 display=王嘉怡 ap=TPE-XY-0215 event=login_ok
        資訊室備註：會計部 黃淑芬 最近常在上班時間連到離婚律師事務所網站，主管要求調出她的 proxy 紀錄。
        簡訊驗證紀錄：門號 ０９１２－３４８－６７０ 驗證成功 裝置=iPhone 使用者=陳冠宇
        DHCPACK on 192.168.1.23 to 60:45:cb:11:2a:9e via br0 option host-name "ChanTaiTai-FlatC-23F-BlkB-LamTinEstate"
        熱點客服紀錄：深水埗 黃伯（黃志明）行動不便，長期洗腎，要求把屋企 Wi-Fi 密碼改返易記啲，等社工幫佢網上預約。
        1796543801.330     51 10.9.7.2 TCP_MISS/200 18822 GET https://www.google.com.tw/search?q=%E5%BC%B5%E7%BE%8E%E7%8E%B2%20%E6%AC%A0%E5%82%B5%20%E6%B3%95%E9%99%A2%20%E6%94%AF%E4%BB%98%E4%BB%A4%20%E9%AB%98%E9%9B%84 - HIER_DIRECT/142.250.4.100 text/html
        Dec  6 11:03:22 mail-hk postfix/smtp[2201]: rcpt_hex=6b776f6b77696e67737a653838407961686f6f2e636f6d2e686b mobile=96412207 status=bounced
        防火牆攔截 POST /checkout card=5521 8300 4716 9320 exp=11/29 持卡人=吳承翰 規則=DLP-PCI-01
    """),
    "ms": _lines("""
        Sat Dec  6 08:14:02 2026 : Auth: (4410) Login OK: [880214-10-5523] (from client nas-pj-01 port 12 cli 4C-1D-96-0A-33-B1)
        Dec  6 08:20:41 dhcpd[900]: DHCPACK on 10.12.5.60 to 8c:f5:a3:21:7e:04 (Nurul-Aina-binti-Rashid-Galaxy-A54) via vlan20
        date=2026-12-06 time=09:11:45 devname="FGT-KL-HQ" type="event" msg="OTP dihantar" msisdn_b64="KzYwMTI3ODQzMTkw" user="aishah.kamal"
        Nota IT: Encik Zulkifli bin Hamzah dari Jabatan Akaun disyaki main judi dalam talian waktu pejabat; HR akan keluarkan surat amaran kedua.
        Tiket #WIFI-7731: Puan Kavitha a/p Ramasamy minta akses Wi-Fi wad bersalin untuk suaminya, dia baru lepas pembedahan caesarean.
        1796544410.902     88 10.12.6.14 TCP_MISS/200 5120 GET https://semakan.saman-demo.my/semak?ic=930715-14-6683&nama=AHMAD%20FAIZAL%20BIN%20OTHMAN - HIER_DIRECT/203.0.113.90 text/html
        {"lokasi":"Hotspot Desa Mentari","alamat":"No. 23, Jalan Kenari 5, Taman Bukit Indah, 81200 Johor Bahru","nama":"Lee Chong Hui","log_masuk":"2026-12-06T19:02:44+08:00"}
        lpr-gate[412]: plat=WXY 3318 masuk=07:52 pemilik=Siti Hajar binti Mahmud unit=B-12-07 status=tunggakan-yuran-3-bulan
        POST /pindahan HTTP/1.1 body=akaun%3D1641%2D2298%2D7705%26penerima%3DMohd%20Haziq%20bin%20Razak%26amaun%3D4500.00
        Nota penyelia: Cik Farah Izzati dari bilik 1207 minta log Wi-Fi dia dipadam sebab suaminya sedang siasat dia dalam kes cerai.
        flow_note="Telegram @haziqrazak_92 hantar 2.1GB ke pelayan luar negara" src=10.12.7.44 dst=149.154.167.91
        Daftar Wi-Fi asrama: nama=Md Rahim Uddin, pasport=EB0482716 (Bangladesh), permit=PLKS, bilik=C-3-11, telefon=011-2384 7719
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the network operations assistant for a Singapore logistics company."),
        (
            "user",
            'Why does dhcpd keep flapping this lease? lease 10.8.0.63 { hardware ethernet 4a:91:0c:22:e8:17; client-hostname "Marcus-Teo-Pixel8"; } and 10.8.0.64 has the same hostname.',
        ),
        (
            "assistant",
            "The Pixel is using a randomised MAC per SSID, so it shows up as two clients. Turn off MAC randomisation for the staff SSID or register both addresses.",
        ),
        (
            "user",
            "Ticket says his mobile is 9123 4587 and he sits at desk 07-14. Can you draft a WhatsApp telling Marcus to switch it off?",
        ),
        (
            "assistant",
            "Sure: Hi Marcus, your Pixel is joining the staff Wi-Fi with two MAC addresses. Please set Wi-Fi privacy to use device MAC for CORP-STAFF. Thanks, IT.",
        ),
    ],
    [
        ("system", "你是公司网络安全分析助手。"),
        ("user", "RADIUS 日志里有一段 base64：MzIwNTgyMTk5OTAyMjgwMDYy，帮我解一下是什么？"),
        (
            "assistant",
            "解码结果是 320582199902280062，格式是 18 位居民身份证号，校验位也对得上，说明有人把身份证号当成了 RADIUS 用户名。",
        ),
        ("user", "对，是新来的实习生 吴佳怡 自己注册的，要不要通知她改？"),
    ],
    [
        ("system", "你係商場 Wi-Fi 熱點嘅客服助手。"),
        (
            "user",
            "portal log 顯示 User-Name = A519037(4)，登入咗 37 次都失敗，佢叫何家豪，電話 6123 8890。",
        ),
        (
            "assistant",
            "呢個係香港身份證號碼格式，唔應該用嚟做熱點帳號。建議幫何先生重設為手機簡訊登入，同時喺日誌入面遮蔽身份證號。",
        ),
        ("user", "好，咁我直接 WhatsApp 佢？"),
        ("assistant", "可以，但唔好喺訊息入面重覆佢嘅身份證號碼，只需要講帳號已重設。"),
    ],
    [
        ("system", "Anda pembantu pentadbir firewall untuk sebuah kilang di Pulau Pinang."),
        (
            "user",
            'Log FortiGate ini pelik: url="/daftar?ic=760930-01-4419&nama=Gopal%20a%2Fl%20Krishnan" dari 10.14.2.9. Apa ini?',
        ),
        (
            "assistant",
            "Itu URL yang membawa nombor MyKad 760930-01-4419 dan nama Gopal a/l Krishnan dalam parameter GET. Data peribadi ini akan tersimpan dalam log proxy dan firewall.",
        ),
        (
            "user",
            "Dia operator syif malam, tengah mohon bantuan perubatan untuk anak dia yang sakit buah pinggang. Patut saya buat apa?",
        ),
        (
            "assistant",
            "Sembunyikan parameter ic dan nama dalam log, hadkan akses log kepada pasukan keselamatan, dan minta pembekal borang tukar kepada POST melalui HTTPS.",
        ),
    ],
    [
        ("system", "You help the payments team triage DLP alerts from the web proxy."),
        (
            "user",
            "DLP flagged this: POST /api/save-card body=eyJwYW4iOiIzNTY0ODkxMjAwNDczMTU5IiwiaG9sZGVyIjoiT25nIFNpZXcgTGluZyIsImV4cCI6IjA0LzI4In0=",
        ),
        (
            "assistant",
            "Decoded, the body holds a full card number 3564891200473159 (a JCB number that passes Luhn), cardholder Ong Siew Ling and expiry 04/28. That is cardholder data in clear in a log.",
        ),
        ("user", "Purge it from the proxy logs and tell me which host sent it."),
    ],
    [
        (
            "system",
            "You are an assistant for a clinic group's IT desk in Kuala Lumpur and Singapore.",
        ),
        (
            "user",
            "Proxy log from the nurse station: GET /search?q=Tan+Li+Ping+pregnant+12+weeks+still+working+night+shift — is this a policy breach?",
        ),
        (
            "assistant",
            "The query names a staff member, Tan Li Ping, and reveals a pregnancy. That is sensitive health information; the log line should be restricted and not shared outside HR.",
        ),
        (
            "user",
            "Ok, Li Ping sudah beritahu HR, cuma tak nak orang lain tahu. Mask saja dalam report.",
        ),
        (
            "assistant",
            "Noted. In the report I will show the entry as: 10.9.5.12 search query (redacted, personal) and keep the original only in the restricted archive.",
        ),
    ],
    [
        ("system", "You are a SOC analyst assistant."),
        (
            "user",
            "Seeing DNS TXT queries like nnswy5tjnyxgc3thfzzwoqdpov2gy33pnmxgg33nhnkdamrwge4tiocj.t.x7k2.duckdns.org from 10.20.4.88. What is it?",
        ),
        (
            "assistant",
            "That label is base32. It decodes to kelvin.ang.sg@outlook.com;T0261948I, an e-mail address plus a valid Singapore NRIC, so this looks like data exfiltration over DNS.",
        ),
        ("user", "Kelvin Ang is our payroll clerk. Is he the victim or the one doing it?"),
        (
            "assistant",
            "Unclear from DNS alone. Check which process on 10.20.4.88 issued the queries and whether his credentials were phished before drawing any conclusion.",
        ),
    ],
    [
        ("system", "你是企业网络流量分析助手。"),
        (
            "user",
            'NetFlow 注释里写着：flow_note="工资表_2026-11.xlsx 由 马慧敏（人事部，月薪 28,500）发往 wxid_p9x2hm77"，这算不算泄露？',
        ),
        (
            "assistant",
            "算。注释里出现了具体员工 马慧敏 的姓名、部门和月薪，以及一个个人微信号，这些都是个人信息，流量记录也显示工资表被发往外部。",
        ),
        ("user", "那我在周报里该怎么写？"),
        (
            "assistant",
            "写成：人事部一名员工向外部即时通讯账号发送了薪资文件，已上报数据保护官。不要写出姓名、月薪或微信号。",
        ),
    ],
    [
        ("system", "Anda pembantu meja depan hotel untuk isu Wi-Fi tetamu."),
        (
            "user",
            "Tetamu bilik 814, Encik Razak bin Abdullah, telefon 019-552 8107, kata portal tak hantar OTP.",
        ),
        (
            "assistant",
            "Semak log portal: cari msisdn 60195528107. Jika status SMS gagal, beri baucar sementara dari kaunter dan catat nombor baucar, bukan nombor telefon.",
        ),
        ("user", "Jumpa: status=throttled. Dah beri baucar QX7P-81RA-2KDM."),
    ],
    [
        ("system", "你是台灣某大學電算中心的網路助理。"),
        (
            "user",
            "syslog 裡有一段 hex：4831333537393234363620e894a1e689bfe681a920e5aebfe8888d2042e6a39f20343132，是什麼？",
        ),
        (
            "assistant",
            "解出來是 H135792466 蔡承恩 宿舍 B棟 412，包含身分證字號（檢查碼正確）、姓名和宿舍房號，屬於個人資料。",
        ),
        ("user", "這是宿網申請系統打出來的 debug log，要怎麼處理？"),
        (
            "assistant",
            "關閉 debug 輸出，把現有日誌中的這行遮蔽，並檢查其他申請者的紀錄是否也被寫進 syslog。",
        ),
    ],
]
