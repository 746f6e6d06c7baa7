# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade159: personal data in TLS certificates, code-signing and PKI artefacts (X.509 subject fields, CSR dumps, openssl text output, certificate-transparency log entries, GPG key UIDs, SSH authorized_keys comments). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade159
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "openssl_x509_text_output"): _lines("""
        Subject: C=SG, L=Singapore, O=Lion Harbour Payments Pte. Ltd., CN=pay.lionharbour.com.sg | Issuer: C=US, O=DigiCert Inc, CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1
        Serial Number: 0a:3f:91:c2:7e:55:10:8b:d4:2e:61:f0:9c:13:a7:44 | Signature Algorithm: sha256WithRSAEncryption | Not Before: Mar 4 00:00:00 2026 GMT | Not After : Mar 3 23:59:59 2027 GMT
        X509v3 Subject Alternative Name: DNS:shop.oldchangkee.com, DNS:www.oldchangkee.com, DNS:order.oldchangkee.com, DNS:catering.oldchangkee.com
        Subject: businessCategory=Private Organization, jurisdictionC=SG, serialNumber=201834567M, C=SG, L=Singapore, O=Marina Quay Securities Pte. Ltd., CN=trade.marinaquay.com.sg
        Subject: C=HK, L=Kowloon Bay, O=Lee Kum Kee Company Limited, CN=estore.lkk-sauces.hk | X509v3 Key Usage: critical Digital Signature, Key Encipherment
        depth=1 C = US, O = Let's Encrypt, CN = R11 | depth=0 CN = api.harbourfront-logistics.sg | verify return:1 | Verification: OK | Protocol: TLSv1.3
        X509v3 Extended Key Usage: Code Signing | Subject: C=TW, ST=Taipei City, O=Kuo Yuan Ye Foods Co., Ltd., CN=Kuo Yuan Ye Foods Co., Ltd. | Issuer: CN=Sectigo Public Code Signing CA EV R36
        Authority Information Access: OCSP - URI:http://ocsp.sectigo.com | CA Issuers - URI:http://crt.sectigo.com/SectigoRSADomainValidationSecureServerCA.crt
        subject=C = MY, ST = Selangor, O = MR D.I.Y. Group (M) Berhad, CN = www.mrdiy.com | sha256 Fingerprint=4B:7E:19:A0:C3:52:88:1F:6D:E2:90:0B:37:A4:C1:5E:72:D9
        Subject Public Key Info: Public Key Algorithm: id-ecPublicKey, Public-Key: (256 bit), ASN1 OID: prime256v1, NIST CURVE: P-256 | Subject: CN=gateway.kedaidigital.com.my
        openssl req -new -x509 -subj '/C=SG/O=Example Test Org/CN=Alice Test CA' -days 30 -keyout alice.key -out alice.crt   # Alice and Bob are the textbook endpoints
        Subject: C=MO, L=Macau, O=Macau Pass S.A., CN=www.macaupass.com | Issuer: C=BE, O=GlobalSign nv-sa, CN=GlobalSign GCC R3 DV TLS CA 2020 | Not After : Jun 30 23:59:59 2027 GMT
        subject_b64=Q049cGF5Lmxpb25oYXJib3VyLmNvbS5zZyxPPUxpb24gSGFyYm91ciBQYXltZW50cyBQdGUuIEx0ZC4sTD1TaW5nYXBvcmUsQz1TRw== (from the load-balancer inventory export, row 118)
    """),
    ("en", "gpg_key_uids"): _lines("""
        uid [ultimate] Harbour Bank Release Engineering (package signing 2026) <release-signing@harbourbank.example.sg>
        pub rsa4096 2021-03-14 [SC] [expires: 2027-03-14] 6A3C 91F0 22BE 7D41 8E05 C3A9 FF12 9B70 4D6E 2A18 uid Debian Archive Automatic Signing Key (12/bookworm) <ftpmaster@debian.org>
        gpg: Good signature from "Werner Koch (dist signing 2020)" [unknown] | verified gnupg-2.4.7.tar.bz2.sig before rebuilding the internal mirror package
        Encrypt incident reports to: uid MyCERT Incident Response (CyberSecurity Malaysia) <mycert@cybersecurity.my>, key id 0x7F3A19C2D84E5B06, expires 2027-06-30
        uid Haw Par Healthcare Webshop Build Bot <buildbot@shop.hawpar-health.example> | subkey ed25519/5C1E88A0 is used only by the CI runner in ap-southeast-1
        sec# ed25519 2024-11-02 [C] | ssb cv25519 2024-11-02 [E] | ssb ed25519 2024-11-02 [S] | uid Eu Yan Sang Online Ops (artifact signing) <ops-sign@eys-online.example>
        Keyserver test entry: uid Bob (test key, do not trust) <bob@example.org> from the OpenPGP interoperability test suite, fingerprint D1A6 6E1A 23B1 82C9 980F
        gpg --quick-gen-key 'Lim Kopi Roasters Pte Ltd (invoices) <billing@limkopi.example.sg>' ed25519 sign 2y   # company key for signed PDF invoices
        gpg: key 3AA5C34371567BD2: public key "Docker Release (CE deb) <docker@docker.com>" imported | gpg: Total number processed: 1 | imported: 1
        Revocation certificate created for key 0x91D4E2A77B3C0F18 (Sentosa Ferry Tickets Signing 2023); reason: key superseded, replacement published 2025-08-01
        uid Sherlock Holmes (221B Baker Street Irregulars puzzle server) <holmes@bakerstreet-game.example> | NPC signing key for the escape-room campaign, season 3
        gpg --locate-keys psirt@kedaidigital.example.my returned uid Kedai Digital Sdn Bhd PSIRT <psirt@kedaidigital.example.my> via WKD, expires 2027-12-31
        KEYS file for apache httpd 2.4.62 lists 14 release managers; verify httpd-2.4.62.tar.bz2.asc against the whole file, not a single key pasted from a mailing list
    """),
    ("zh-Hans", "ct_log_entries"): _lines("""
        crt.sh ID 13579246801 | 记录时间 2026-02-11 03:14:27 UTC | 通用名 www.jd.com | 颁发者 GlobalSign RSA OV SSL CA 2018 | 序列号 5f:2a:90:1c:7e:33:b8:04
        CT 日志 Google Argon2026h1 收录预证书：CN=*.alipay.com, O=支付宝（中国）网络技术有限公司, L=杭州市, ST=浙江省, C=CN
        证书透明度监控告警：检测到新签发证书 CN=mail.qianhai-yunzheng.cn，SAN 含 vpn.qianhai-yunzheng.cn，颁发机构 TrustAsia RSA DV TLS CA G2，请运维确认是否为本公司申请
        ASN.1 解析：O 字段 UTF8String 十六进制 e6:b7:b1:e5:9c:b3:e5:b8:82:e5:89:8d:e6:b5:b7 开头，解码为“深圳市前海云证科技有限公司”，与统一社会信用代码 91440300MA5G8K2X7Q 一致
        SCT 列表：Log ID 7s3QZNXbGs7FXLedtM+TDs8wzRm1DqH8Vn0Lq2KpEYw=，时间戳 2026-05-20T08:00:12.441Z，签名算法 ecdsa-with-SHA256，版本 v1
        主体：C=CN, ST=广东省, L=广州市, O=广州王老吉大健康产业有限公司, CN=shop.wanglaoji.com.cn；颁发者 DigiCert Secure Site OV G2 TLS CN RSA4096；有效期至 2027-01-18
        CT 搜索结果 17 条，均为 *.zhangxiaoquan.com 通配符证书续期，主体 O=杭州张小泉集团有限公司，未发现仿冒域名
        日志条目 leaf_index=884201337，entry_type=precert_entry，issuer_key_hash=9f:31:c4:0a:…:e2，tbs 主体 CN=api.meituan.com，not_after=2026-11-30
        监控规则：匹配 SAN 中包含 bankofchina 的新证书，排除 O=中国银行股份有限公司 的合法签发；过去 24 小时命中 2 条可疑域名 b0c-login.top
        crt.sh 查询 identity=%.chowtaifook.com 返回 OV 证书，主体 O=周大福珠宝金行有限公司, L=香港, C=HK，颁发者 DigiCert Global G2 TLS RSA SHA256 2020 CA1
        2026-03-08 告警已处理：CN=pay.laoganma.com.cn 为贵州老干妈食品有限公司官方续签，指纹 SHA256 3C:8F:5A:…:A1 已加入白名单
        Sectigo 公共日志 Sabre2026h1 接收延迟超过 24 小时，影响 3 张预证书的 SCT 嵌入，工单 INC-20260412-0077 已升级至 CA 厂商
        CT 日志批量导出 CSV 表头：logged_at,log_name,leaf_index,subject_cn,subject_o,issuer_cn,not_before,not_after,sha256_fp,san_count
    """),
    ("zh-Hans", "代码签名FAQ"): _lines("""
        问：EV 代码签名证书的私钥必须存放在哪里？答：按 CA/B 论坛基线要求，自 2023 年 6 月 1 日起须存放于 FIPS 140-2 Level 2 以上的硬件令牌或云 HSM 中。
        问：签名时提示“未能找到时间戳服务器”怎么办？答：请改用 http://timestamp.digicert.com 或 http://timestamp.sectigo.com，并确认出站 80 端口未被防火墙拦截。
        问：证书主体显示的“O=深圳市腾讯计算机系统有限公司”能否改成简称？答：不可以，O 字段必须与营业执照登记名称完全一致。
        示例命令：signtool sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /f company.pfx setup.exe（company.pfx 为示例文件名）
        问：个人开发者能否申请代码签名证书？答：可以申请个人版，但本 FAQ 仅涵盖组织验证（OV/EV）流程，个人版请咨询客服热线 400-880-6618 转 2。
        问：申请表“技术联系人”一栏能否填写部门邮箱？答：建议填写 pki-admin@ 或 security@ 这类角色邮箱，避免员工离职后无法收到续期通知。
        CSR 示例（请替换为贵司信息）：/C=CN/ST=北京市/L=海淀区/O=示例科技有限公司/OU=研发中心/CN=示例科技有限公司
        问：Windows SmartScreen 仍提示“未知发布者”？答：OV 证书需积累下载信誉，EV 证书通常立即生效；发布者名称取自证书 O 字段，如“北京字节跳动科技有限公司”。
        问：证书到期后已签名的软件还能用吗？答：若签名时加盖了 RFC 3161 时间戳，到期后签名依然有效；未加时间戳的签名将显示为无效。
        价格说明：OV 代码签名 1 年 ¥2,980，EV 代码签名 1 年 ¥5,680（含 USB 令牌及顺丰包邮），发票抬头须与证书主体一致。
        问：教程里的 CN=张三、CN=李四 是真实用户吗？答：不是，张三、李四只是文档占位示例，实际申请时 CN 请填写企业全称。
        问：macOS 公证（notarization）失败，返回 Invalid 怎么办？答：请确认使用 Developer ID Application 证书签名，并启用 hardened runtime（--options runtime）。
        问：吊销原因应选哪一项？答：私钥泄露选 keyCompromise（1），公司更名选 affiliationChanged（3），不再使用选 cessationOfOperation（5）。
    """),
    ("zh-Hant", "pki_ops_group_chat"): _lines("""
        【SRE值班】今晚 23:00–23:30 更換 *.harbourpay.com.hk 通配符憑證，LB 會逐台 reload，期間 API 可能有少量 502，請客服組留意。
        收到，新憑證序號 04:a1:7c:…:e9，到期日 2027-03-02，已上傳到 Vault 路徑 secret/tls/harbourpay/prod，舊的先別刪。
        各位：CA/B 論壇新規 2026-03-15 起公開 TLS 憑證效期縮短為 200 天，請各系統負責組在月底前確認自動續期流程。
        @安全組 CT 監控又跳警報，有人用 Let's Encrypt 申請了 harb0urpay-login.com，看起來是釣魚站，麻煩提報 HKCERT（熱線 8105 6060）。
        新加坡節點 OCSP stapling 沒生效，openssl s_client -status 回傳 OCSP response: no response sent，應該是 nginx 的 resolver 沒設。
        提醒：代碼簽署 USB 令牌放在 12 樓機房保險櫃，借用請填 IT-FORM-07 並由部門主管簽核，用完當天下班前歸還並登記。
        台北機房的伺服器憑證 CSR 已產生，主體 O=港灣支付股份有限公司，統一編號 53718264，今天送件給中華電信 HiPKI。
        澳門分行的憑證改由 Macau eSignTrust 簽發，CN=ebank.harbourpay.com.mo，報價 MOP 3,200／年，財務已批。
        大家注意：跳板機 authorized_keys 今天清理，只保留 deploy@ci-runner、ansible@bastion 兩把服務帳號金鑰，個人金鑰請改走 SSO 簽發的短效憑證。
        GPG 發版金鑰 0x5E2B9A1C 下月到期，延期指令 gpg --quick-set-expire 指紋 2y，做完記得推到 keys.openpgp.org。
        週報：本月續期 42 張憑證，其中 3 張因 DNS CAA 記錄未包含 sectigo.com 而失敗，已補上 CAA 0 issue 紀錄。
        客服問「網址列鎖頭旁的公司名稱」要怎麼回：我們用的是 OV 憑證，點鎖頭→憑證→詳細資料即可看到 O=港灣支付股份有限公司。
        備忘：公司的香港郵政電子證書（機構證書）下週三到期，續期費 HK$150，申請表要由行政部蓋公司印，再附商業登記證副本一份。
    """),
    ("zh-Hant", "憑證價目表"): _lines("""
        【2026 年 SSL 憑證價目表】DV 單一網域 NT$1,200／年｜OV 單一網域 NT$6,800／年｜EV 單一網域 NT$15,800／年（含稅，可開三聯式發票）
        萬用字元 *.domain OV 憑證：一年期 HK$4,680，兩年預繳 HK$8,900；加購 SAN 每個 HK$520，銷售熱線 (852) 3618 2266。
        代碼簽章憑證 OV 一年 NT$9,500，EV 一年 NT$18,000，含 FIPS 140-2 USB 金鑰一支；電子發票可歸戶至公司載具。
        林鳳營官方商城加購方案：EV 憑證主體 O=味全食品工業股份有限公司，年費 NT$15,800，已於 2026/02/03 完成組織驗證。
        澳門地區價格：伺服器憑證 MOP 2,800／年，安裝服務 MOP 600／次，門市：澳門宋玉生廣場 180 號東南亞商業中心 18 樓（示例報價）
        S/MIME 電子郵件憑證（組織驗證）每信箱 NT$800／年，50 個以上 NT$650；僅限公司網域的角色信箱，例如 service@、sales@。
        加值服務：憑證安裝代辦 HK$380、CSR 代產生 HK$200、過期緊急重發 HK$980（24 小時內完成）；訂單編號格式 SSL-HK-2026-000123。
        香港郵政 e-Cert（機構）一年 HK$150、兩年 HK$300；伺服器憑證另計，辦理時請提供商業登記證號碼及公司印章。
        批量優惠：同一訂單 10 張 DV 以上 85 折、30 張以上 75 折；報價單 QT-20260311-042 有效至 2026/04/10。
        郭元益網購平台續約明細：OV 萬用字元 *.kuoyuanye.com.tw 一年 NT$13,600＋加購 SAN 兩個 NT$2,400，合計 NT$16,000（含稅）。
        退費政策：憑證簽發後 30 日內可全額退費，逾期恕不退費；若因 CAA 或 DNS 驗證失敗而未簽發，款項全額退回原信用卡。
        陳意齋網店 SSL 年費 HK$1,280 已於 2026-01-05 扣款，發票 INV-HK-88213，憑證序號 7d:03:5e:…:b2，下次續期 2027-01-04。
        企業私有 CA 建置方案：根 CA＋兩層中繼 CA、HSM 一組、OCSP 回應器兩台，含 3 年維護，報價 NT$1,280,000 起。
    """),
    ("ms", "notis_pembaharuan_sijil"): _lines("""
        NOTIS: Sijil SSL bagi portal www.kedaidigital.com.my akan tamat pada 15 Mac 2026. Pembaharuan dijadualkan pada 12 Mac 2026, 11:00 malam hingga 11:30 malam.
        Pelanggan dinasihatkan mengemas kini aplikasi mudah alih ke versi 4.12.0 kerana pin sijil lama akan ditamatkan selepas 1 April 2026.
        Sijil tandatangan kod baharu: Subjek O=Kedai Digital Sdn. Bhd. (No. Syarikat 201901023456 / 1331234-T), L=Petaling Jaya, ST=Selangor, C=MY.
        Untuk pertanyaan teknikal, sila hubungi Meja Bantuan IT di 03-7960 2288 atau e-mel helpdesk@kedaidigital.com.my (Isnin hingga Jumaat, 9 pagi hingga 6 petang).
        Pengumuman: Pos Digicert Sdn Bhd ialah Pihak Berkuasa Pensijilan berlesen di bawah Akta Tandatangan Digital 1997 yang mengeluarkan sijil pelayan kami.
        Cap jari SHA-256 sijil baharu: 8E:41:D2:07:3B:9A:55:C6:10:F8:7E:2D:A4:91:0B:6C:3F:E7:52:88:1D:0A:C9:64:B3:2F:7A:15:E0:98:4D:C1, sila sahkan sebelum memasang.
        Kedai Kopi Ah Hock Sdn Bhd: sijil untuk laman tempahan pesanan.ahhock.com.my telah diperbaharui, pengeluar Sectigo RSA Domain Validation Secure Server CA.
        Perubahan DNS: rekod CAA bagi kedaidigital.com.my dikemas kini kepada 0 issue posdigicert.com.my dan 0 issue digicert.com berkuat kuasa 1 Mac 2026.
        Sijil SSL lama (nombor siri 3C:7A:19:E2:44:0B:8F:D1) akan dibatalkan dengan sebab superseded selepas tempoh peralihan 14 hari.
        Peringatan kepada semua cawangan: token USB tandatangan digital hendaklah disimpan dalam peti besi pejabat dan tidak boleh dibawa pulang.
        Ralat NET::ERR_CERT_DATE_INVALID yang dilaporkan pada 3 Feb 2026 berpunca daripada jam pelayan yang tidak selari; isu diselesaikan pada 10:42 pagi.
        Restoran Nasi Kandar Pak Ali Sdn Bhd beralih ke sijil OV baharu untuk www.pakali-nasikandar.my mulai 20 April 2026; tiada tindakan diperlukan oleh francais.
        Tiket sokongan SUP-2026-004517: sijil perantaraan tiada dalam rantaian pelayan mel; fail fullchain.pem dipasang semula dan disahkan dengan openssl s_client.
    """),
    ("mixed", "ssh_authorized_keys"): _lines("""
        ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH7q2Lk9vWm3Rb0xYc4TfP8sJdNe1uQaZo6gKh5iE2wB deploy@ci-runner-sg1 # GitLab runner 部署专用，2026-01 轮换
        from="10.20.0.0/16",command="/usr/local/bin/backup-only",no-pty ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK3sPq0Wd7 backup@nas-kl02 # sandaran harian 2 pagi
        ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQC9xT4mPq7 ansible@bastion-hk01 # Ansible 服務帳號，禁止人員互動登入
        cert-authority,principals="sre-oncall" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB2vYc8 ssh-user-ca@pki.harbourpay.internal # 用户 CA，短效证书 8 小时
        ssh-keygen -L 输出: Type: ssh-ed25519-cert-v01@openssh.com user certificate, Key ID: "jenkins-build-2026-03-10", Principals: build, Valid: from 2026-03-10T09:00:00 to 2026-03-10T17:00:00
        # authorized_keys untuk git@code.kedaidigital.my: kunci deploy sahaja, jangan tambah kunci peribadi di sini (rujuk SOP-IT-014)
        ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBM4kQ monitoring@zabbix-proxy-mo # Macau 节点监控代理
        sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29tAAAAIFd2 yubikey-breakglass@ops-safe # 紧急访问硬件钥匙，存放于保险柜 B2
        restrict,command="git-upload-pack 'infra.git'" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIM9pRr readonly-mirror@gitea-tw # 只讀鏡像，每 15 分鐘同步
        ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIL0aQz root@localhost.localdomain # default comment from the Rocky Linux 9 cloud image, ganti sebelum prod
        bastion.harbourpay.com.hk IN SSHFP 4 2 5c1a9e77d0b3f2486a91ce04d7e35b18f06a2c94e8db71530f4c2e9a6b8d0713 ; 主機指紋，首次連線請核對
        ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAACAQDa7 terraform@cloud-shell-sg # IaC pipeline, rotated 2026-02-28, old fp SHA256:Qm3xT9vRk2pLw8Yz4HcJ0sNfA6eUbD1gV7iO5tXyZEo
        AuthorizedKeysCommand /usr/bin/sss_ssh_authorizedkeys %u 设定后，个人公钥由 FreeIPA 统一下发，本文件仅保留 svc-* 服务账号。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Subject: C=SG, L=Singapore, CN=Tan Siew Ling, emailAddress=siewling.tan92@gmail.com | personal S/MIME cert, Issuer: Sectigo Client Authentication CA
        uid [ultimate] Lim Boon Keat (home laptop) <bklim.home@yahoo.com.sg> | key created 2025-09-14, expires 2027-09-14
        ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFq8Tn2 raymond.goh@Raymonds-MacBook-Pro.local # added 2026-02-03, Raymond's own laptop, remove when he leaves
        CSR review: Subject /CN=Priya d/o Ramasamy/serialNumber=S8834521E/C=SG was submitted for a personal signing cert; NRIC must not go into the subject, reject it.
        Revocation reason keyCompromise for serial 6f:21:aa:90, holder Jason Ong Wei Jie lost the token after he was arrested at Changi on 4 Jan, per HR email.
        x-forwarded-client-cert: Subject="CN=Daniel Koh Jun Hao,OU=Patients,O=Sunrise Clinic Portal";Hash=a91f0c7e, client-cert login from 116.87.44.201 at 2026-03-11T22:41:05+08:00
        CT export row 4412: issuer=Sectigo Client Auth CA, subject_b64=Q049VGFuIFNpZXcgTGluZyxlbWFpbEFkZHJlc3M9c2lld2xpbmcudGFuOTJAZ21haWwuY29t
        Key signing party list, row 17: Marcus Chia Kok Leong, 0x4E7A1D92C3B58F06, passport checked, mobile +65 9127 4408
        Please renew the VPN client certificate for Mdm Wong Ah Lian; she is on chemo at NCCS until May, so send the .p12 to her daughter's email instead.
        ASN.1 dump: 0c 09 e9 99 88 e5 bb ba e5 9b bd (UTF8STRING commonName) in the client cert of the Shenzhen branch teller, serialNumber 440305199203154212
        GPG UID on keys.openpgp.org: Kevin Liew (Penang) <kevinliew.pg@hotmail.com>, comment field holds his home address 23 Lorong Kenari 4, 11900 Bayan Lepas
        Code-signing cert pending: applicant Ng Hui Min, payslip attached as proof of employment (S$4,850/month), mobile 8361 2970
    """),
    "zh-Hans": _lines("""
        主体：C=CN, ST=广东省, L=深圳市, CN=陈建国, serialNumber=440305199203154212, emailAddress=chenjg1992@163.com（个人数字证书，U盾已寄出）
        CSR 解析：Subject: CN=黄淑芬, OU=个人, O=个人用户, L=上海市浦东新区，证件号 310115198709223623，手机 13917264580
        王磊的代码签名证书被吊销，原因是他欠了网贷平台 8 万多，U 盾被催收的人拿走了，先别告诉其他同事。
        CT 监控命中：CN=zhengyating.me，申请邮箱 zyt0218@qq.com，SAN 含 photos.zhengyating.me（郑雅婷的私人相册站）
        ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDx7 xiaoming@ming-laptop # 阿明家里的电脑，住址 北京市朝阳区望京西园三区 312 号楼 1 单元 602
        GPG 用户 ID：刘晓燕 (离婚诉讼证据加密用) <liuxy.case2026@foxmail.com>，公钥指纹 8C3E 71A9 4D20 F6B5 0E19 77C2
        张阿姨的个人证书申请被退回：身份证正反面照片模糊，附件 IMG_20260311_身份证_张桂兰.jpg，请她重新拍照上传。
        证书持有人字段 UTF8String 的 base64 为 6buE5reR6Iqs，手机号后四位 4580，寄送地址 上海市浦东新区锦绣路 1888 弄 7 号 1203 室
        李先生的 USB Key 证书（序列号 2A:6F:03:91）昨晚被他太太拿去办了转账，他本人肝癌晚期住院，没法签字。
        openssl x509 输出 Subject: CN = 赵婷婷, O = 个人, emailAddress = tingting.zhao@outlook.com；备注：怀孕 7 个月，申请把续费延到产后。
        用户反馈日志 2026-03-09 14:22:07 uid=883120 姓名=周浩 车牌=粤B·7K259 证书绑定设备=HUAWEI P60 失败原因=人脸识别不通过
    """),
    "zh-Hant": _lines("""
        自然人憑證主體：CN=林志豪, serialNumber=0000000012345678，身分證 A228374613，憑證卡寄送至 台北市大安區復興南路二段 148 巷 9 號 4 樓
        吳家豪的 GPG 金鑰 UID：吳家豪 (私人) <jiahao.wu0822@gmail.com>，手機 0932-518-476，他自己貼在部落格上。
        HKID K482913(1) 出現喺 CSR 嘅 OU 欄，申請人陳嘉欣話唔知要刪，已經退件叫佢重新產生。
        x509 subject 十六進位欄位 e5:bc:b5:e7:be:8e:e7:8e:b2 是張太的個人電郵憑證，她在群組說要離婚，想把舊的撤銷、改用娘家地址。
        香港郵政個人 e-Cert 持有人：梁永強，身份證 Y305617(A)，手提 6128 3347，住址 九龍深水埗元州街 285 號 7 樓 B 室
        澳門居民吳嘉敏申請個人電子證書，澳門身份證 1304672(3)，手提電話 6682 4190，地址 氹仔柯維納馬路 88 號 12 樓 C
        林太話佢老公嘅代碼簽署 token 鎖咗喺屋企，佢老公欠咗財務公司 30 萬，而家搵唔到人，點算？
        crt.sh 顯示 CN=amy-huang-family.tw，SAN 含 baby.amy-huang-family.tw，是黃小姐放寶寶照片的私人網站，憑證 L=新竹市東區
        SSH 公鑰註解：ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGk2 ahming@macbook # 阿明（陳國明）私人電腦，確診憂鬱症請假中，暫停權限
        憑證申請表 CSV：申請人,身分證,電話,地址;蔡佩珊,F129055389,0918-207-335,台中市西屯區文心路三段 241 號 11 樓
    """),
    "ms": _lines("""
        Subjek sijil: CN=Muhammad Faris bin Zulkifli, serialNumber=910723-10-5581, O=Individu, L=Klang, sijil tandatangan digital peribadi untuk e-Filing.
        Kunci GPG: uid Nurul Aisyah binti Kamarudin <nurul.aisyah.k@gmail.com>, telefon 013-628 4519, dijana pada 2025-11-02.
        Sijil VPN Encik Hafiz (Hafizuddin bin Rosli) dibatalkan kerana dia ditahan reman SPRM minggu lepas; jangan keluarkan sijil baharu.
        Log CT: subject_b64=Q049TXVoYW1tYWQgRmFyaXMgYmluIFp1bGtpZmxpLHNlcmlhbE51bWJlcj05MTA3MjMtMTAtNTU4MQ== issuer=Pos Digicert Class 2 CA
        Puan Rohani minta token sijil baharu kerana dia cuti bersalin 90 hari mulai 1 April, hantar ke rumah di No. 12, Jalan Melati 3/2, Taman Melati, 53100 Kuala Lumpur.
        ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPx3 azlan@azlan-ThinkPad-T14 # kunci peribadi Azlan Shah bin Omar, no. kereta WXY 4821, petak parkir B2-17
        Permohonan sijil ditolak: MyKad 880412-14-5523 tidak sepadan dengan nama Siti Mariam binti Yusof dalam CSR; sila hantar salinan IC yang jelas.
        Medan OU=TGVlIE1laSBZZWU= dalam CSR pelanggan; dia mengadu hutang kad kredit RM12,400 tertunggak selepas sijil klien dicuri, akaun Maybank 1642 3307 8815.
        Nombor akaun untuk bayaran balik yuran sijil: CIMB 8007 2245 61, atas nama Kumaresan a/l Subramaniam, e-mel kumar.subra77@yahoo.com
    """),
    "mixed": _lines("""
        GPG UID: Tan Ah Kow 陈亚狗 (family photos backup) <ahkow.tan.1968@gmail.com>，住 Blk 512 Ang Mo Kio Ave 8 #09-1123 Singapore 560512
        CSR 内容: /C=MY/ST=Johor/L=Johor Bahru/CN=Goh Mei Fong 吴美凤/emailAddress=meifong.goh@gmail.com, permohonan sijil peribadi, telefon 016-772 0931
        NRIC T0217736B 出现在 X509v3 Subject Alternative Name: othername:UPN::T0217736B@sgpass.local，这是 intern 的个人证书，请 mask 掉
        ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCz2 ahbeng@home-pc # 阿Beng 屋企部電腦, he told me 佢老婆有咗 BB, 下個月請侍產假
        Tolong revoke cert CN=Jessica Lau 劉嘉慧, HKID R771204(8), 她已經被公司解僱 because of the fraud case, phone 9638 5120
        openssl req -subj '/CN=Wong Kar Ho 黃家豪/serialNumber=G5523817R/L=Singapore' -newkey rsa:2048 # FIN of 外籍员工, 住 Blk 918 Jurong West St 91 #05-44
        CT alert: CN=weddingof-jiaying-and-marcus.sg 婚礼网站, SAN rsvp.weddingof-jiaying-and-marcus.sg, 新娘 Chua Jia Ying 手机 9764 3018
        SSH cert Key ID "ops-S7612094C-lim", 呢個 Key ID 用咗 Lim Hock Seng 嘅 NRIC S7612094C, 要重新 sign 過
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the PKI support assistant for Lion Harbour Payments. Help staff read certificates and CSRs.",
        ),
        (
            "user",
            "Can you tell me why this client cert fails? Subject: C=SG, CN=Benjamin Yeo Kai Wen, emailAddress=benyeo.kw@gmail.com, Not After: Feb 28 23:59:59 2026 GMT",
        ),
        (
            "assistant",
            "The certificate expired on 28 Feb 2026, so the TLS handshake rejects it. Benjamin Yeo Kai Wen needs a reissued client certificate; ideally the new one should use his work address instead of the personal Gmail.",
        ),
        ("user", "Ok, I'll ask him to generate a new CSR tomorrow."),
    ],
    [
        ("system", "你是一家电子认证服务机构的客服助手，负责审核个人数字证书申请。"),
        (
            "user",
            "帮我看看这个 CSR 有没有问题：/C=CN/ST=北京市/L=海淀区/CN=王磊/serialNumber=110108199506041532/emailAddress=wanglei0604@126.com",
        ),
        (
            "assistant",
            "CSR 格式正确。不过 serialNumber 字段直接放了完整身份证号 110108199506041532，会随证书公开，建议改用证书机构分配的用户编号。",
        ),
        ("user", "明白了，那我让王先生重新生成一份。"),
        ("assistant", "好的，重新生成后请再提交审核，原 CSR 记得删除。"),
    ],
    [
        (
            "user",
            "我想把 keys.openpgp.org 上面嗰條舊 UID 刪咗：陳嘉欣 (school) <kayan.chan.2003@yahoo.com.hk>，因為而家好多陌生人加我。",
        ),
        (
            "assistant",
            "可以喺 keys.openpgp.org 嘅 Manage 頁面輸入呢個電郵，系統會寄驗證信，之後就可以移除已驗證嘅 UID。不過如果條 key 已經同步去 SKS 類型嘅 keyserver，舊 UID 可能仍然存在。",
        ),
        ("user", "明白，咁我連 key 都 revoke 埋好唔好？"),
    ],
    [
        ("system", "Anda pembantu sokongan untuk sijil tandatangan digital Kedai Digital Sdn Bhd."),
        (
            "user",
            "Sijil saya ditolak. Subjek: CN=Nur Izzati binti Harun, serialNumber=950318-08-6124. Kenapa?",
        ),
        (
            "assistant",
            "Nombor MyKad 950318-08-6124 dalam medan serialNumber tidak sepadan dengan rekod SSM pemohon. Sila semak semula dan hantar salinan kad pengenalan yang jelas.",
        ),
        ("user", "Oh, saya tersalah taip. Terima kasih."),
    ],
    [
        (
            "user",
            "Help me clean this authorized_keys: line 1 deploy@ci-runner, line 2 siti.nabila@Sitis-iPhone, line 3 ahkeong@keong-home-pc 住 Blk 221 Tampines St 23.",
        ),
        (
            "assistant",
            "Keep line 1, it is a service account. Lines 2 and 3 are personal keys, one belongs to Siti Nabila and one is Ah Keong's home PC, and the comment even includes his home address; remove them and move both users to short-lived SSH certificates.",
        ),
        ("user", "Thanks, 我会把 comment 也删掉。"),
    ],
    [
        (
            "system",
            "Customer record: Chong Wai Leng, NRIC S9012237A, mobile 9183 6620, S/MIME cert serial 1B:44:7E:02, renewal due 2026-04-01.",
        ),
        ("user", "Is this customer's certificate due soon?"),
        (
            "assistant",
            "Yes, Chong Wai Leng's S/MIME certificate (serial 1B:44:7E:02) is due for renewal on 1 April 2026. Shall I send a reminder to 9183 6620?",
        ),
    ],
    [
        (
            "user",
            "自然人憑證讀不到，錯誤碼 9056。卡面是林志豪，身分證 A228374613，讀卡機是 EZ100PU。",
        ),
        (
            "assistant",
            "9056 通常是 PIN 碼錯誤次數過多被鎖。請持身分證正本到戶政事務所解鎖，或在內政部憑證管理中心網站用「線上解鎖」功能。",
        ),
        ("user", "好，我明天去大安區戶政事務所。"),
        ("assistant", "記得帶卡片和身分證正本，解鎖後建議立即變更 PIN 碼。"),
    ],
    [
        (
            "user",
            "CT 监控告警说有人给 zhouhao-family.cn 签了证书，SAN 里有 kids.zhouhao-family.cn，这是我们员工周浩的私人域名吗？",
        ),
        (
            "assistant",
            "从域名看很可能是周浩个人的家庭网站，不属于公司资产。建议把该告警标记为非公司域名，并从监控关键字里去掉，避免继续记录员工的私人信息。",
        ),
        ("user", "好的，我把规则改一下。"),
    ],
    [
        (
            "system",
            "You assist the IT security team of a Malaysian bank with certificate revocations.",
        ),
        (
            "user",
            "Please draft the revocation note for the token of Encik Roslan bin Ahmad, staff no. 77120. He passed away last week, keluarga dia minta semua akaun ditutup.",
        ),
        (
            "assistant",
            "Draft: Revoke certificate for Roslan bin Ahmad (staff 77120), reason cessationOfOperation, effective today. The family has requested closure of all accounts; please return the USB token to IT.",
        ),
        ("user", "Good, add that his wife Puan Salmah will return the token on Monday."),
        (
            "assistant",
            "Updated: Puan Salmah, wife of the late Roslan bin Ahmad, will return the USB token to IT on Monday.",
        ),
    ],
    [
        (
            "user",
            "这个 CT 日志字段是什么意思？subject_b64=TGltIEJvb24gS2VhdCA8YmtsaW0uaG9tZUB5YWhvby5jb20uc2c+",
        ),
        (
            "assistant",
            "Base64 解码后是 Lim Boon Keat <bklim.home@yahoo.com.sg>，即证书持有人的姓名和个人邮箱。这属于个人资料，导出到报表前应先做脱敏。",
        ),
        ("user", "Ok noted, nanti saya mask sebelum hantar."),
    ],
]
