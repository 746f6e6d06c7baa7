# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade103: personal data hidden in identity tokens and sessions (JWT, SAML, OAuth id_token, cookies, SCIM, LDAP DNs). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade103
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "jwt_debug"): _lines("""
        DEBUG auth.middleware token accepted: Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImhsLTIwMjYtMTEifQ.eyJpc3MiOiJodHRwczovL2xvZ2luLmhhcmJvdXJsaW5lLnNnIiwic3ViIjoic3ZjLXJlcG9ydC1ydW5uZXIiLCJhdWQiOiJiaWxsaW5nLWFwaSIsInNjb3BlIjoiaW52b2ljZXMucmVhZCIsImV4cCI6MTc5NjU0NDAwMH0.YGhSTiabVuJwYb-4u9htV1tzcxs8txY700uiIVnCPqk (aud=billing-api)
        {"iss":"https://idp.kopitiamcloud.com","sub":"client_7f3a91c2","azp":"mobile-pos","scope":"orders:write","iat":1796457600,"exp":1796461200,"jti":"0b6e2f0c-4d3a-4e8e-9f1b-2a7c5d8e1f40"}
        INC-48213: JWT rejected with 'exp claim is in the past' on node sg-prod-3; clock drift was +312s, fixed by chrony resync at 14:05 SGT.
        Template payload for the onboarding doc: eyJzdWIiOiJ7e3VzZXJfaWR9fSIsIm5hbWUiOiJ7e2Rpc3BsYXlfbmFtZX19IiwiZW1haWwiOiJ7e2VtYWlsfX0iLCJyb2xlcyI6WyJ7e3JvbGV9fSJdfQ
        Reminder: the jwt.io sample token (sub 1234567890, name John Doe, iat 1516239022) is a placeholder and must never appear in prod fixtures.
        Unit test fixture tok_fictional = eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6InRlc3QifQ.eyJzdWIiOiJmaXh0dXJlLTIyMWIiLCJuYW1lIjoiU2hlcmxvY2sgSG9sbWVzIiwiYWRkcmVzcyI6IjIyMUIgQmFrZXIgU3RyZWV0LCBMb25kb24iLCJyb2xlIjoiY29uc3VsdGluZy1kZXRlY3RpdmUifQ.JjE1zw6qiUpAw3pt543b4y5_kkGCXoci6laE6FWECh0
        tests/fixtures/claims_ada.json: {"sub":"demo-1815","name":"Ada Lovelace","title":"Analyst of the Analytical Engine","tenant":"museum-demo"}
        Last 24h: 18,442 id_tokens issued, 37 rejected for bad signature, 5 for aud mismatch, 0 for replayed jti.
        How do I read the sub claim from an Auth0 access token in Express without verifying it, just for local debugging?
        JWT_ISSUER=https://auth.tanjongpagar-logistics.com JWT_AUDIENCE=wms-api JWT_LEEWAY_SECONDS=60 JWKS_CACHE_TTL=600
        kid header arrived hex-encoded as 6b65792d323032362d3131; the verifier expects the plain string, so JWKS lookup failed.
        Header only, for the key-rotation runbook: eyJhbGciOiJFUzI1NiIsImtpZCI6InJvdC0yMDI2LXE0IiwidHlwIjoiYXQrand0In0
        GET /userinfo?access_token=eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImZpZHMtMDEifQ.eyJzdWIiOiJraW9zay1UMy1nYXRlLTE0Iiwic2NvcGUiOiJmbGlnaHQuc3RhdHVzIiwiYXVkIjoiZmlkcyJ9.qaOD3ASgfUZOGz6UdC7gd3V1e3ca-qrAkIcA9Gtvnvk HTTP/1.1 200 412
    """),
    ("zh-Hans", "saml_sso_log"): _lines("""
        2026-11-28 09:14:07 [SSO] 收到 SAMLResponse，Issuer=https://idp.hengtai-group.cn/saml，NameID 格式=transient，NameID=_a93f0c2e81b74d5f，断言验签通过
        <saml:Attribute Name="department"><saml:AttributeValue>财务共享中心</saml:AttributeValue></saml:Attribute><saml:Attribute Name="costCenter"><saml:AttributeValue>CC-3107</saml:AttributeValue></saml:Attribute>
        SAMLRequest=PHNhbWxwOkF1dGhuUmVxdWVzdCBJRD0iX3JlcTg4NDIiIFZlcnNpb249IjIuMCIgRGVzdGluYXRpb249Imh0dHBzOi8vc3NvLmhlbmd0YWktZ3JvdXAuY24vaWRwL1NTTyIgQXNzZXJ0aW9uQ29uc3VtZXJTZXJ2aWNlVVJMPSJodHRwczovL29hLmhlbmd0YWktZ3JvdXAuY24vYWNzIi8%2B
        工单 SD-20261130-0447：供应商门户 SAML 登录报错“Audience 不匹配”，SP 实体 ID 应为 urn:cn:supplier-portal:prod，已更新元数据并重启。
        <saml:Attribute Name="role"><saml:AttributeValue>采购审批员</saml:AttributeValue><saml:AttributeValue>合同查看</saml:AttributeValue></saml:Attribute>
        本月 SSO 登录共 126,904 次，其中 SAML 占 71%、OIDC 占 29%；断言验签失败 213 次，集中在 11 月 17 日证书轮换当天。
        测试环境 SAML 断言示例：<saml:NameID>zhangsan@test.local</saml:NameID>，张三、李四均为占位测试账号，不对应任何员工。
        IdP 主节点迁至逸夫楼 3 层机房，新的 SSO 入口为 https://sso.univ.edu.cn/idp/profile/SAML2/Redirect/SSO，旧地址保留到 12 月 31 日。
        新签名证书 SHA-256 指纹：4F:A2:9C:01:7E:D3:55:B8:0A:6C:E1:93:2F:48:D7:66:19:BC:0E:73:A5:F2:8D:41:C9:3B:57:E0:12:AF:84:6D
        断言模板：<saml:NameID>{{员工工号}}</saml:NameID><saml:Attribute Name="显示名"><saml:AttributeValue>{{姓名}}</saml:AttributeValue></saml:Attribute>
        请教：SAML 断言里的 NotOnOrAfter 和 AuthnStatement 的 SessionNotOnOrAfter 有什么区别？我们 Shibboleth 配置的是 8 小时。
        RelayState=68747470733a2f2f6f612e68656e677461692d67726f75702e636e2f617070726f76653f666c6f773d504f2d323032362d38383132（十六进制编码，解码后是审批流地址）
        订单号 ２０２６１１３００８８１２ 对应的 SSO 会话已过期，请重新登录后再提交退货申请。
    """),
    ("zh-Hant", "oauth_id_token"): _lines("""
        id_token 解碼後 payload：{"iss":"https://accounts.twpay.example","aud":"merchant-app","sub":"mch_00418827","amr":["pwd","otp"],"acr":"urn:tw:loa:2"}
        [客服] 7-ELEVEN 南港門市的 OAuth 授權碼已過期，門市 POS 需重新綁定，案件編號 CS-TW-2026-11-3391。
        導覽機 id_token：eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6InN5c21oLTAxIn0.eyJzdWIiOiJvcmdfc3lzbWhfZ3VpZGVfMDciLCJuYW1lIjoi5ZyL54i257SA5b-16aSo5bCO6Ka95pyN5YuZIiwic2NvcGUiOiJleGhpYml0LnJlYWQiLCJ2ZW51ZSI6IuWci-eItue0gOW_temkqCJ9.K1kfsOjSRGGt0yeOsVahl8iEFgrjTx_PyfWdANXF-rQ
        本季 OAuth 授權同意率 82.4%，拒絕最多的 scope 是 contacts.read（佔 61%），其次是 location（佔 23%）。
        kiosk token payload（base64url）：eyJzdWIiOiJkZXZpY2Uta2lvc2stMDkzMSIsInNjb3BlIjoidGlja2V0LnByaW50IiwidmVudWUiOiLoh7rljJflsI_lt6jom4siLCJldmVudCI6IjIwMjYg6Leo5bm05ryU5ZSx5pyDIn0
        refresh_token 輪換失敗：invalid_grant（client_id=hk-tap-transit-app，第 3 次重試，request_id=9e2b71c4）。
        https://auth.example.hk/authorize?response_type=code&client_id=stored-value-merchant&redirect_uri=https%3A%2F%2Fshop.example.hk%2Fcb&scope=openid%20profile&state=xYz8812
        name claim 請填 {{顯示名稱}}，email claim 請填 {{電子郵件}}，請勿在設定檔寫死任何測試資料。
        如 LINE Login 綁定失敗，請致電客服熱線 3188 6600（星期一至五 9:00–18:00）或電郵 support@example.com.hk。
        OIDC 的 nonce 跟 state 到底差在哪？我看 Google 的 id_token 有 nonce，但某些 LINE Login 流程裡沒有。
        at_hash 驗證失敗：預期 7Jq0m2Lw9xVb3HcA1sKf8g，實得 Ue4RtT0qZp6N2bLk9vXc1w，疑似 access_token 被代理截斷。
        新聞稿：數位發展部長於記者會上展示以 OIDC 串接的數位憑證皮夾，預計 2027 年第一季開放民眾試用。
        授權碼有效期限為６００秒，逾時請重新導向 /authorize；PKCE code_challenge_method 必須為 S256。
    """),
    ("ms", "kuki_sesi"): _lines("""
        Set-Cookie: SESSIONID=8f2c1a7e9b0d4c36a5e1; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=1800
        Tiket #MY-77214: Pelanggan tidak dapat log masuk ke portal e-Invois kerana kuki sesi tamat tempoh selepas 15 minit; had masa dinaikkan ke 30 minit.
        Cookie: troli=eyJ0cm9saSI6W3sic2t1IjoiTUxPLTNJTjEtMjUiLCJxdHkiOjJ9LHsic2t1IjoiS09QSS1PLTUwMEciLCJxdHkiOjF9XSwia2VkYWkiOiJjYXdhbmdhbi1iYW5nc2FyIn0=
        Kuki lang=ms-MY dan negeri=Selangor disimpan selama 365 hari untuk keutamaan paparan sahaja, bukan untuk penjejakan.
        Laporan mingguan: 12,480 sesi aktif serentak pada puncak 8.30 malam; 2.1% ditolak kerana token CSRF tidak sepadan.
        Pejabat sokongan IT kami di Menara 2, Jalan Tun Razak, Aras 17; talian utama 03-2787 0000, e-mel helpdesk@contoh-niaga.com.my.
        Kuki demo halaman Sejarah Merdeka memaparkan petikan ucapan Tunku Abdul Rahman di Stadium Merdeka pada 31 Ogos 1957.
        Set-Cookie: nama_pengguna={{NAMA}}; no_kp={{NO_KP}} -- contoh SALAH; jangan simpan data peribadi dalam kuki, guna ID sesi sahaja.
        Cookie: pilihan=bahasa%3Dms%26tema%3Dgelap%26mata_wang%3DMYR%26zon%3DAsia%2FKuala_Lumpur
        sesi=6b6f6e7472616b2d303039313a616b746966 (hex) dikesan dalam log WAF, padanan dengan kontrak pembekal 0091.
        Macam mana nak set kuki SameSite=None di Express supaya log masuk SSO dari subdomain lain berfungsi?
        No. pesanan ＭＹ２０２６１２０１４４７ – sesi pembayaran FPX tamat, sila cuba semula dalam 10 minit.
        Laporkan kuki mencurigakan kepada keselamatan [at] bankrakyat-contoh [dot] my atau talian 24 jam 1-300-88-0000.
    """),
    ("en", "scim_provisioning"): _lines("""
        POST /scim/v2/Groups {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Finance-AP-Approvers","members":[]}
        SCIM sync report 2026-12-01: 1,204 users provisioned, 37 deactivated, 0 conflicts; next run 02:00 SGT.
        {"userName":"svc-backup@tenant-sg.onmicrosoft.com","active":true,"displayName":"Backup Service","title":"service account","userType":"Application"}
        Sandbox seed user: {"userName":"hermione.granger@hogwarts.test","name":{"givenName":"Hermione","familyName":"Granger"},"title":"Prefect"}
        {"userName":"{{upn}}","name":{"givenName":"{{first}}","familyName":"{{last}}"},"emails":[{"value":"{{email}}","primary":true}]}
        PATCH /scim/v2/Users/7c1e5a90-2b44-4f0e-9d3a-61b8c0f2e7d5 {"Operations":[{"op":"replace","path":"active","value":false}]} -> 204
        SCIM 409 uniqueness: userName already exists (tenant acme-sg, request id 4d1f9b2e, retry after 30s).
        GET /scim/v2/Users?filter=userName%20eq%20%22helpdesk%40harbourline.sg%22&attributes=id,active
        Does Okta send the enterprise extension employeeNumber on every PUT, or only when the value changes?
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"costCenter":"CC-4410","division":"APAC Retail","organization":"Harbourline Pte Ltd"}
        {"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"totalResults":5832,"itemsPerPage":100,"startIndex":1}
        SCIM group externalId=eyJncnAiOiJyYWZmbGVzLXBsYWNlLW9mZmljZSIsImZsb29yIjozMn0 (base64url) maps to the Raffles Place office distribution list.
        Customer A's tenant hit the 1000-members-per-PATCH limit on group All-Staff; we split it into 3 groups and re-ran.
    """),
    ("mixed", "ldap_directory"): _lines("""
        dn: cn=printer-L12-east,ou=Devices,ou=Menara Tun Razak,dc=contoh,dc=com,dc=my
        ldapsearch -H ldaps://ldap.corp.example.sg -b "ou=Groups,dc=corp,dc=example,dc=sg" "(cn=vpn-*)" member
        dn: ou=李兆基樓,ou=校園網絡,dc=univ,dc=edu,dc=hk — 新增兩台 AP，VLAN 214
        dn: cn=#0c0f73766320646174612d6578706f7274,ou=Service,dc=corp,dc=example (BER-encoded CN, decode before diffing)
        objectClass: groupOfNames | cn: 財務部-應付帳款 | member: cn=svc-erp-sync,ou=Service,dc=hq,dc=example,dc=tw
        Directory audit Q4: 8,914 entries, 612 disabled, 47 stale computer objects older than 180 days, 3 orphaned OUs.
        dn: uid=<staff_id>,ou=People,dc=hospital,dc=example,dc=sg — replace <staff_id> before running ldapadd.
        Kumpulan cn=Pentadbir-Rangkaian,ou=Kumpulan,dc=jabatan,dc=gov,dc=my dikemas kini; 14 ahli, tiada perubahan keahlian.
        LDAP 绑定失败 (49) data 52e：服务账号 cn=svc-jenkins 的密码已在 11-30 轮换，请更新凭据库。
        dn: cn=Duty Manager,ou=Roles,ou=Changi T3,dc=airport-ops,dc=example — shared mailbox dutymgr-t3@airport-ops.example
        description:: QWthdW4gcGVya2hpZG1hdGFuIHVudHVrIHNhbmRhcmFuIGhhcmlhbiBwZWxheWFuIGZhaWwgQmxvayBC
        dn: uid=sun.wukong,ou=Demo,dc=xiyouji,dc=test — 演示目录里的账号都取自《西游记》角色，例如 zhu.bajie、sha.wujing。
        (&(objectClass=user)(memberOf=cn=Raffles-Hotel-Concierge,ou=Groups,dc=hotel,dc=example)(!(userAccountControl:1.2.840.113556.1.4.803:=2)))
    """),
    ("en", "sso_access_logs"): _lines("""
        GET /oauth2/callback?code=4%2F0AeaYSHB7x&state=c2hvcC1jaGVja291dA&scope=openid%20email HTTP/1.1 302
        10.24.8.17 - - [05/Dec/2026:23:41:09 +0800] "GET /logout?post_logout_redirect_uri=https%3A%2F%2Fwww.example.com.sg%2F HTTP/2" 302 0
        trace=7365617263682d6c6f67696e2d70616765 span=5b1e0c77 dur_ms=184 status=ok
        redirect_uri=https%3A%2F%2Fxn--fiqs8s.example%2Fcb rejected: not in the allow-list for client mall-app-cn
        The OTP is valid for one hundred and twenty seconds; after three failed tries the session is locked for fifteen minutes.
        Booking ref ＢＫ－４４８８１２ confirmed via SSO, flight SQ 638, seat 32A, fare basis YOWSG.
        X-Request-ID: 0f9a2c71-5be4-4b6e-8a13-9d7e5c2f1a08 user_agent=Mozilla%2F5.0%20%28iPhone%3B%20CPU%20iPhone%20OS%2018_1%20like%20Mac%20OS%20X%29
        Questions about the SSO migration go to it-identity (at) harbourline (dot) sg, not to individual engineers.
        Invoice INV-2026-11-00873 emailed to accounts-payable@; SSO link expires 2026-12-13T23:59:59+08:00.
        session secret rotated, new SHA-256 9c1d4e7a0b3f58e2c6a94d17b0e8f35a2c71d9e4f06b8a3c5e2d1f07a9b4c6e8
        GET /saml/acs?SAMLart=AAQAAMFbLinlXaCM%2BFIxiDwGOLAy2T71gbpO7ZhNzAgEANlB90ECfpNEVLg%3D HTTP/1.1 200
        Phishing alert: the lookalike domain lоgin-examplebank.com.my (Cyrillic о) is harvesting session cookies; block it at the proxy.
        Ticket # 4 4 8 1 - 2 0 9 (spaced because the chat widget strips numbers): SSO redirect loop on Safari 18.
    """),
    ("zh-Hans", "session_logs"): _lines("""
        Set-Cookie: JSESSIONID=7A3F0C91E2B84D5A9C16F0E2D8B7A441; Path=/oa; Secure; HttpOnly
        会话 sid=3f9e21c0，出口 IP 归属深圳市南山区机房，UA=DingTalk/7.6.5，空闲 28 分钟后被回收。
        Cookie: cart=eyJza3UiOiLlsI_nsbMxNC0yNTZHLem7kSIsIuaVsOmHjyI6MSwi6Zeo5bqXIjoi5YyX5Lqs5pyd6Ziz5aSn5oKm5Z-O5bqXIn0
        双十一当天峰值 3.2 万并发会话，Redis 会话库内存占用 41 GB，未发生驱逐。
        中山路店 POS 终端会话频繁掉线，已更换交换机，工单 IT-2026-1204-019 关闭。
        测试数据生成器的默认昵称改为“李白”“杜甫”，均为唐代诗人，与真实用户无关。
        欢迎回来，{{nickname}}！您的会话将于 {{expire_at}} 过期，如非本人操作请联系 {{客服邮箱}}。
        微信小程序里 wx.login 拿到的 code 换到 session_key 之后，session_key 要不要存在服务端？
        token=e8aea2e58d95e5b7b2e694afe4bb98（UTF-8 十六进制），回调里直接当成状态码用了，需要改。
        会话编号：ＳＥ－２０２６１２０５－００４１，状态：已注销，注销原因：超时。
        企业客服热线 400-8 8 8-6 6 6 6（总机，工作日 9:00-18:00），会话超时问题请在工作时间来电。
        GET /search?q=%E7%99%BB%E5%BD%95%E5%A4%B1%E8%B4%A5%20%E4%BC%9A%E8%AF%9D 200 38ms
        会话固定漏洞已修复：登录成功后强制重新生成 session id，内部编号 SEC-118，影响版本 v3.2.0–v3.4.1。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        DEBUG auth.middleware token accepted: Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6InBwLTIwMjYtMTEifQ.eyJzdWIiOiJ1LTg4MjEzIiwibmFtZSI6IkdvaCBTaWV3IExpbmciLCJucmljIjoiUzgyMzQ1MTdFIiwiZG9iIjoiMTk4Mi0wMy0xNCIsIndhcmQiOiJCNyIsImR4IjoidHlwZSAyIGRpYWJldGVzIn0.NZAykZszgrgt8pee1S_EboT7gynDolIDqa5I5BGJd2M (aud=patient-portal)
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"muthu.s@greenleaf-logistics.sg","name":{"givenName":"Muthu","familyName":"Selvam s/o Ramasamy"},"phoneNumbers":[{"value":"+65 ９１７３ ４４０２","type":"mobile"}]}
        GET /oauth2/authorize?client_id=clinic-app&login_hint=priyadarshini.nair84%40gmail.com&prompt=login HTTP/1.1 302
        SCIM PATCH note from HR: set active=false for Daniel Pereira today, he was dismissed after Tuesday's disciplinary hearing.
        payment.session sid=a81f03c9 card=4539 8712 0064 5188 exp=09/29 holder=LIM KAH HOE status=3ds_pending
        id_token custom claims: {"custom:tier":"gold","custom:msisdn_hex":"2b36353938313432323637","custom:owner":"Tay Hui Min"}
        Ticket INC-50981: Mdm Tan from #05-12 keeps getting logged out of the clinic app; she needs it to book her dialysis slots, please prioritise.
        dn: uid=fazman,ou=Residents,dc=sunview-estate,dc=sg | cn: Nur Farhana binti Azman | postalAddress: Blk 412 Bedok North Ave 2$#08-331$Singapore 460412
        <saml:NameID>wong.mei.fong</saml:NameID><saml:Attribute Name="mobile"><saml:AttributeValue>nine eight seven six, two one five three</saml:AttributeValue></saml:Attribute>
        Please add the new tenant admin for the Ong family trust portal: kelvin dot ong dot 1990 at gmail dot com.
        Session replay for Suresh a/l Krishnan shows him on the debt restructuring page at 02:14 three nights running; collections wants the export.
        Cookie: visa_ctx=eyJhcHBsaWNhbnQiOiJZZW8gSnVuIEhhbyIsInBhc3Nwb3J0IjoiSzQ0NzE5MDJNIiwidmlzYSI6InN0dWRlbnQiLCJzY2hvb2wiOiJ5ZWFyIDIifQ==
        {"sub":"00u9f2kq","email":"sаrah.lim.hy@yahoo.com","email_verified":true,"name":"Sarah Lim Hui Ying"}
        Okta audit: Helen Fernandez in payroll reset her own MFA twice this week; her ex-husband keeps trying to get into her accounts, so HR asked us to lock it to a hardware key.
        SSO lockout for Ramesh Thapa (security guard, Kranji dorm): his salary advance request through the kiosk keeps timing out before payday.
        SCIM externalId was set to the worker's FIN by mistake: G 5183 027 Q (Joko Susanto, site C-17), please purge it from the sync log.
        Cookie: ship=Blk%20221%20Jurong%20East%20St%2021%20%2312-104%2C%20S600221; rcpt=Jason%20Teo%20Boon%20Keat
        The Grafana panel leaked into #general: it shows Chloe Ng's bonus at 2.5 months and Marcus Lee's cut to zero after his PIP.
    """),
    "zh-Hans": _lines("""
        DEBUG 小程序 token：eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6Im1wLTAxIn0.eyJzdWIiOiJ3eF9vNnpBSnM5S3EiLCJuYW1lIjoi5YiY5bu65Zu9IiwiaWRjYXJkIjoiNDQwMzA1MTk5MDAzMTQyNzE5IiwicGhvbmUiOiIxMzkyNjQxNzA4NSJ9.SL70kor2WVx542DUdzQJeMzH3tdmIPVlrnUwQCo6Avw
        GET /api/session?nickname=%E9%99%88%E9%98%BF%E5%A7%A8&room=3%E6%A0%8B1202&tel=15907213846 200
        <saml:NameID>zhou.wenbin</saml:NameID><saml:Attribute Name="证件号"><saml:AttributeValue>３１０１０４１９８５０７２２１６３９</saml:AttributeValue></saml:Attribute>
        工单备注：财务部的王晓燕最近在打离婚官司，她要求把 OA 登录提醒邮件改发到新邮箱，不要再发到家里那台电脑。
        用户赵磊说手机号是 幺五八 零三七二 九九四六，语音客服会话里只留了这个，请回拨重置 SSO。
        dn: cn=黄敏,ou=销售二部,dc=hengtai,dc=cn | description: 微信 wxid_lhm0208 | employeeNumber: 110105 1993 0208 4523
        会话日志显示 3 栋 2 单元的张大爷凌晨两点还在查他的肿瘤化验报告，家属让物业把账号改成他儿子代管。
        pay_ctx=7b22e688b7e5908d223a22e5ad99e4b8bde5a89f222c22e58da1e58fb7223a2236323134383330303535323934373133227d
        SCIM 同步把 HR 的薪资字段也推过来了：研发部马俊 月薪 38,500，正在停职调查，请尽快删掉这个字段。
        Cookie: addr=5p2t5bee5biC6KW_5rmW5Yy65paH5LiJ6LevIDQ3NyDlj7cgMiDluaIgNjAxIOWupO-8jOaUtuS7tuS6uiDpkrHnp4Doi7HvvIwxMzcwNTcxODI2NA
    """),
    "zh-Hant": _lines("""
        LINE Login id_token：eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImxpbmUtazIifQ.eyJzdWIiOiJVNGY5YzJlNzFhMCIsIm5hbWUiOiLmnpfmgKHlkJsiLCJ0d2lkIjoiQTIyMzcxODQ1NSIsImFkZHIiOiLmlrDljJfluILmnb_mqYvljYDmlofljJbot6_kuIDmrrUgMTg4IOW3tyAxMiDomZ8gNSDmqJMifQ._3hhNUjt11p8zd52rNgharXMwrpnNP2t-Rix4Jtx_wM
        OAuth 綁定紀錄：LINE ID yating.0914 綁到會員陳雅婷，她上週投訴外送員在她家樓下騷擾她。
        SAML NameID 錯誤地填入了 ＨＫＩＤ：Ｋ４８２９１５（８），持有人何志偉，請即時撤回該斷言。
        客服單：住沙田第一城那位梁太（梁淑儀）說 id_token 老是失效，其實是她在做化療常常住院，手機沒開機。
        /authorize?client_id=hk-clinic&login_hint=%2B852%209641%203728&ui_locales=zh-HK&name=%E5%BC%B5%E5%AE%B6%E8%B1%AA
        Session 備註：客戶吳承翰 手機 0 9 1 2 – 3 4 7 – 6 8 5，外送地址 臺中市西屯區福星路 427 號 3 樓。
        [LDAP] 將 cn=許文雄 移出 ou=在職 —— 他因酒駕被判刑，人資說公告裡不要寫原因。
        Cookie: pay=eyJob2xkZXIiOiJMQVUgS0EgWUFOIiwicGFuIjoiNTUyMTM0MDA5ODE3MjYzNyIsImV4cCI6IjA3LzI4In0=
    """),
    "ms": _lines("""
        Token sesi MySihat: eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6Im1zaC0wMSJ9.eyJzdWIiOiJtc2gtODg0MTIiLCJuYW1hIjoiTW9oZCBIYWZpeiBiaW4gWnVsa2lmbGkiLCJteWthZCI6Ijg4MDQxMi0xNC01MjM3IiwidmFrc2luIjoiZG9zIDMifQ.YgU-EBgD0HB9WMH8G50iu84muWMdT8YxX4ib8n4-fMs
        Tiket #MY-80133: Puan Rohani binti Ismail dari Aras 3 minta akaun SSO suaminya dipadam; mereka dalam proses cerai dan dia tak mahu suaminya baca e-melnya.
        Cookie: hubungi=012-738%204519%3B%20nama%3DSiti%20Aishah%20binti%20Roslan
        SCIM externalId = ９５０７２３－１０－６１４８ untuk Tan Mei Kuan, sepatutnya nombor staf, bukan no. kad pengenalan.
        Nota sesi: Encik Kamal di bilik 4B blok asrama sering gagal log masuk sebab baru disahkan glaukoma dan tak nampak skrin dengan jelas.
        Sila tambah e-mel pemulihan nurul.izzati92 [at] yahoo [dot] com untuk akaun Nurul Izzati binti Rahmat, jabatan kewangan.
        Akaun bank untuk bayaran balik: satu enam dua empat, sembilan tiga kosong lapan, tujuh satu lima enam, atas nama Arumugam a/l Periasamy.
        dn: cn=Wan Nor Azlina binti Wan Ahmad,ou=Staf,ou=Parkir,dc=contoh,dc=my | carLicense: WXY 4821
        Log sesi menunjukkan Devi a/p Subramaniam buka halaman Potongan Gaji AKPK berulang kali; pengurus minta laporan, tapi itu hal hutang peribadi dia.
        Pengguna Telegram @hafizul_kuantan88 (Hafizul, pemandu lori) hantar gambar IC melalui bot log masuk; padamkan segera.
    """),
    "mixed": _lines("""
        [SSO] login_hint=dGFuLndlaS5sb25nQGhvdG1haWwuY29t (base64) untuk pesakit 陈伟龙 di klinik Puchong, temujanji fisioterapi.
        Ah Boy 的妈妈 Mrs Koh (12th floor) called again — 她说 her son's school SSO account shows his ADHD assessment to the class teacher, please restrict.
        kuki id=543031353638323346; nama=Nadia Rahman; 用途: e-KYC retry
        LDAP mail: kok.wai.ming＠gmail．com（全角 @ 跟 .）— 这是 Kok Wai Ming 的私人邮箱, jangan sync ke Azure AD.
        Session note: Pak Cik Osman dari Blok C tingkat 9 minta reset password lagi — anak dia guna akaun tu untuk pinjam duit Ah Long.
        SCIM custom attr: %7B%22vehicle%22%3A%22JQT%207702%22%2C%22wechat%22%3A%22zhou_yiming_jb%22%2C%22name%22%3A%22Zhou%20Yiming%22%7D
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the identity-platform support assistant for a Singapore clinic group."),
        (
            "user",
            "Our portal keeps rejecting this token, can you tell me why? eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6InBwLTIwMjUtMTIifQ.eyJzdWIiOiJwdC00MDQxNyIsIm5hbWUiOiJDaHVhIEJvb24gSHVhdCIsIm5yaWMiOiJTNzcxMjA2NEUiLCJhdWQiOiJwaGFybWFjeSIsImV4cCI6MTc2NDU0NzIwMH0.lFbdBg0mIAcCLhQZqQSxScNKrwhevFc7D3Yyzksb-_0",
        ),
        (
            "assistant",
            "The exp claim is 1764547200, which is 1 December 2025, so it has expired. Separately, the payload carries a full name and an NRIC in plain claims; those should not be in an access token at all.",
        ),
        ("user", "Ok, so I just remove the nric claim and keep name?"),
        (
            "assistant",
            "Better to keep only an opaque sub such as pt-40417 and look up the patient record server-side after validation.",
        ),
    ],
    [
        ("system", "你是企业单点登录平台的运维助手。"),
        (
            "user",
            "帮我看下这段 SAML 属性为什么在 OA 里显示乱码：PHNhbWw6QXR0cmlidXRlIE5hbWU9ImNuIj48c2FtbDpBdHRyaWJ1dGVWYWx1ZT7pkrHnp4Doi7E8L3NhbWw6QXR0cmlidXRlVmFsdWU+PC9zYW1sOkF0dHJpYnV0ZT48c2FtbDpBdHRyaWJ1dGUgTmFtZT0iaWROdW1iZXIiPjxzYW1sOkF0dHJpYnV0ZVZhbHVlPjMzMDEwNjE5NzgxMTMwMDg2WDwvc2FtbDpBdHRyaWJ1dGVWYWx1ZT48L3NhbWw6QXR0cmlidXRlPg==",
        ),
        (
            "assistant",
            "这是 Base64 编码的属性片段，解码后包含姓名和一个 18 位身份证号。乱码是因为 OA 按 GBK 解码了 UTF-8 内容。另外身份证号不应通过 SAML 属性下发。",
        ),
        ("user", "那我把 idNumber 属性删掉，只保留 cn 可以吗？"),
        ("assistant", "可以，建议 cn 之外再用工号作为 NameID，身份证号留在人事系统内部。"),
    ],
    [
        ("system", "你是一間台灣電商的會員系統客服助理。"),
        (
            "user",
            "會員黃志明說 LINE 登入後資料帶錯，後台看到的 id_token 裡 twid 是 F128460395，生日 1979/05/02，這樣對嗎？",
        ),
        (
            "assistant",
            "身分證字號不應出現在 id_token 的自訂 claim 中，建議立即從映射設定中移除 twid，並通知資安同仁評估外洩範圍。",
        ),
        ("user", "好，我先把這張單轉給資安。"),
    ],
    [
        ("system", "Anda pembantu sokongan teknikal untuk portal bank digital."),
        (
            "user",
            "Kuki ni muncul dalam log pelanggan kita: kyc=Lim%20Siew%20Mei%7C010215-07-3381%7CNo%2018%2C%20Lorong%20Kenari%203%2C%2011900%20Bayan%20Lepas — kenapa ada dalam kuki?",
        ),
        (
            "assistant",
            "Itu nama, nombor MyKad dan alamat rumah pelanggan yang dikodkan peratus. Data ini tidak patut disimpan dalam kuki; ganti dengan ID sesi legap dan simpan butiran KYC di pelayan.",
        ),
        ("user", "Baik, saya buka tiket keselamatan sekarang."),
        (
            "assistant",
            "Sertakan nama kuki dan versi aplikasi, tetapi jangan salin nilai kuki itu ke dalam tiket.",
        ),
    ],
    [
        ("system", "You help a Hong Kong insurer debug SCIM provisioning."),
        (
            "user",
            'This user failed to provision: {"userName":"ho.kwok.leung","externalId":"Y307264(7)","phoneNumbers":[{"value":"6152 8830"}],"title":"claims adjuster"}',
        ),
        (
            "assistant",
            "The externalId looks like an HKID with a check digit, so the connector is treating it as sensitive and blocking it. Use the employee number as externalId instead.",
        ),
        ("user", "Got it, he is staff no. HK-22917, I will swap it."),
    ],
    [
        ("system", "You are an LDAP administration assistant for a Malaysian university."),
        (
            "user",
            "Can you fix this entry? dn: cn=Kavitha d/o Rajendran,ou=Postgrad,dc=uni,dc=edu,dc=my mobile: +60 16-482 9073 homePostalAddress: 23 Jalan SS2/64$47300 Petaling Jaya",
        ),
        (
            "assistant",
            "The syntax is fine. To keep the home address and mobile private, restrict homePostalAddress and mobile with an ACL so only the student and the registry can read them.",
        ),
        ("user", "Thanks, she complained that her supervisor could see her home address."),
        (
            "assistant",
            "Then also check the supervisor group does not have a blanket read ACI on ou=Postgrad.",
        ),
    ],
    [
        ("system", "You are an internal IT assistant."),
        (
            "user",
            "The session logs show Benjamin Rozario logging into the HR portal from the hospital every day this week. Can I put that in the access review?",
        ),
        (
            "assistant",
            "The access review only needs to say whether his access is appropriate. Where he logged in from, and anything it suggests about his health, should stay out of it.",
        ),
        ("user", "Fair, he is on medical leave for his heart surgery anyway, I will leave it out."),
    ],
    [
        ("system", "你是微信小程序后端开发助手。"),
        (
            "user",
            "用户在客服会话里把手机号写成 幺三六 二八四零 七一五九，还带了个 openid o6zAJs-Qian-XY，要怎么和会员库对上？",
        ),
        (
            "assistant",
            "建议不要从客服聊天里解析手机号，让用户在小程序内通过手机号快速验证组件重新授权，再用 openid 关联会员。",
        ),
        ("user", "明白，那会话里这条记录要删吗？"),
        ("assistant", "客服会话含个人手机号，按保留策略到期删除，导出训练数据前也应去除。"),
    ],
    [
        ("system", "Anda pembantu untuk bot Telegram log masuk syarikat logistik."),
        (
            "user",
            "Bot kita simpan log ni: tg_user=@farid_jb_rider chat_id=5820194476 alamat=No 7 Jalan Mawar 2, Taman Johor Jaya, 81100 Johor Bahru",
        ),
        (
            "assistant",
            "Log itu mengandungi nama pengguna Telegram, ID sembang dan alamat rumah seorang penunggang. Saya cadangkan hashkan chat_id dan buang alamat daripada log bot.",
        ),
        ("user", "Dia memang minta alamat dia tak disimpan, ok saya buang."),
    ],
    [
        ("system", "You are a support assistant for a Singapore dormitory operator's visitor app."),
        (
            "user",
            "Redirect failing: /sso/return?fin=F2716540X&name=Rahim%20Uddin&bed=Blk%203%20Rm%2007-14%20Bed%20B — what is wrong?",
        ),
        (
            "assistant",
            "The redirect carries the resident's FIN, name and bed location in the query string, so they end up in proxy and browser logs. Pass a short-lived opaque code instead and fetch the details server-side.",
        ),
        ("user", "Ok, and the 400 error itself?"),
        (
            "assistant",
            "The bed value contains a space encoded as %20 twice after your gateway re-encodes it; decoding once before forwarding fixes the 400.",
        ),
    ],
]
