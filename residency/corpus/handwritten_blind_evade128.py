# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade128: personal data in password-manager, keychain and browser-autofill artefacts (exported vault CSVs, autofill profiles, saved-address JSON, credential notes, secure-note fields, breach-check reports). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade128
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "vault_export_csv"): _lines("""
        folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp  (Bitwarden unencrypted CSV header, 2026.11 build)
        url,username,password,httpRealm,formActionOrigin,guid,timeCreated,timeLastUsed,timePasswordChanged  <- Firefox logins.csv columns, keep order when re-importing
        Chrome passwords.csv as exported in 2026 has five columns: name,url,username,password,note - the note column only appears if at least one entry has a note.
        Infra,0,login,Core switch SSH,Rack B2 in the Jurong server room; change window Sun 02:00-04:00,,0,ssh://10.20.0.1,netadmin,********,,
        Facilities,1,login,Building BMS portal,Vendor contract HW-SG-2025-0417 expires 31/03/2027,,0,https://bms.acme-logistics.internal,facilities-svc,[REDACTED],,
        Finance,0,login,DBS IDEAL corporate,Two approvers required for payments above SGD 50000; token sleeve in safe no. 3,,0,https://ideal.dbs.com,CORP-ADMIN-01,********,,
        Marketing,0,login,Shopee Seller Centre (MY store),Shared by the e-commerce team; store name Kopi Haus Official,,0,https://seller.shopee.com.my,kopihaus_official,********,,
        Wi-Fi,0,securenote,Office Wi-Fi,U2hhcmVkIFdpLUZpOiBMZXZlbCA1IG1lZXRpbmcgcm9vbSwgcm90YXRlIHF1YXJ0ZXJseQ==,,0,,,,,
        KeePassXC CSV columns: Group,Title,Username,Password,URL,Notes,TOTP,Icon,Last Modified,Created - timestamps are ISO 8601 UTC, e.g. 2026-11-30T08:15:00Z
        Shared-Vault,0,login,AWS root (billing only),MFA device YubiKey 5C NFC kept in safe no. 3,,0,https://signin.aws.amazon.com,aws-root@acme-logistics.com.sg,********,,
        Ops,0,securenote,Corporate Amex (fuel and tolls),Card held by the finance office; statement closes on the 25th; limit SGD 20000,,0,,,,,
        import warning: 14 rows skipped in vault_2026-12-01.csv (missing login_uri); 3 duplicates merged; 0 passkeys imported; see import.log line 228
        Printers,0,login,HP LaserJet M609 Level 3,Default admin page; firmware 2509.1 applied 2026-11-18,,0,https://10.20.3.41,admin,********,,
    """),
    ("en", "breach_check_report"): _lines("""
        Breach check summary for domain acme-logistics.com.sg: 0 new exposures since last scan on 2026-11-02; monitored role aliases: info@, sales@, hr-recruit@
        LinkedIn (2012) - 164,611,595 accounts; exposed data: email addresses, passwords stored as unsalted SHA-1. Status: verified, sensitive: no.
        Adobe (October 2013): 152,445,165 accounts; encrypted passwords, password hints, usernames. Advice: rotate any password reused from that era.
        Canva (May 2019): about 137 million users affected; names, usernames, email addresses, cities; passwords were bcrypt hashes.
        k-anonymity lookup: GET https://api.pwnedpasswords.com/range/5BAA6 returned 981 suffixes; match 1E4C9B93F3F0682250B6CF8331B7EE68FD8 count 10434004
        Weak-password audit, shared vault Finance: 7 reused, 3 older than 365 days, 2 found in breach corpus, 0 without 2FA where 2FA is supported.
        Carousell (October 2022): the marketplace said a system migration error exposed some user data and notified affected users by email.
        Report ID BRC-2026-11-4471 | generated 2026-12-01 09:00 SGT | scope: 42 shared service accounts | high: 2 | medium: 5 | low: 11
        Dark-web monitor hit: credential pair for vendor portal account svc-edi@supplier-portal.com.my appeared in a combo list dated 2026-10; ticket SEC-8812 opened.
        Entropy check: 'correct horse battery staple' scores about 44 bits in the xkcd model; generator default is 5 words from the EFF large list (about 64.6 bits).
        Domain exposure for acme-logistics.com.sg: MX and SPF valid, DMARC p=quarantine, 0 mailbox credentials observed on paste sites this quarter.
        The notify service sends one email per newly loaded breach to verified domain owners and never includes the exposed password itself.
        SHA-256 of vault_2026-12-01.zip: 9f2c1e7b4a6d8e03c5b7f1a2d4e6c8b0a3f5d7e9c1b3a5f7d9e2c4b6a8f0e1d3; size 2.4 MB; signed with the security team key 0x7A3F19C2.
    """),
    ("zh-Hans", "常见问题"): _lines("""
        问：导出的CSV文件里密码是明文吗？答：是的，导出后请立即放入加密压缩包，用完后用粉碎工具删除，切勿通过微信或邮件发送。
        问：忘记主密码怎么办？答：主密码不上传服务器，客服也无法找回。企业版用户可联系管理员用恢复密钥重置，客服热线400-820-3618（工作日9:00-18:00）。
        问：浏览器自动填充的收货地址安全吗？答：Chrome与Edge的地址保存在本地配置文件Web Data中，开启同步后会上传到账号，公共电脑建议关闭“保存和填写地址”。
        问：支持哪些导入格式？答：支持1Password（.1pux）、Bitwarden（.json/.csv）、KeePass（.kdbx 4.0）、LastPass（.csv）以及Chrome导出的passwords.csv。
        问：两步验证密钥如何迁移到新手机？答：在旧设备导出otpauth://totp/链接或二维码，导入新设备后逐一核对6位验证码，确认无误再删除旧条目。
        问：个人版与团队版价格？答：个人版每年¥98，家庭版（最多6人）每年¥168，团队版每人每月¥25，按年付款享8.5折，发票由上海云钥信息科技有限公司开具。
        问：数据存在哪里？答：中国大陆用户数据存储于阿里云华东2（上海）节点，采用AES-256-GCM加密，遵循《个人信息保护法》与《数据安全法》的要求。
        问：为什么提示“该密码已在泄露库中出现”？答：我们只用SHA-1哈希的前5位做k-匿名查询，不上传完整密码；出现提示说明该密码曾在公开泄露事件中被使用。
        问：密码生成器默认规则是什么？答：长度20位，包含大小写字母、数字和符号，排除易混淆字符0、O、l、1，可在“设置-生成器”中修改。
        问：安全笔记能存证件照片吗？答：可以作为附件加密保存，单个附件上限100MB，企业管理员也可以通过策略禁止上传证件类文件。
        问：发现账号异常登录怎么办？答：立即在网页端“设备管理”注销所有会话并修改主密码，再发邮件至security@yunyao-tech.cn，我们会在24小时内回复。
        问：华为、小米手机能用自动填充吗？答：需在“设置-密码与自动填充-自动填充服务”中选择本应用，HarmonyOS NEXT暂不支持键盘内联建议。
        问：离线能用吗？答：可以，本地保留最近一次同步的加密保险库，离线最长可用30天，之后需联网验证订阅状态，版本3.14起支持。
    """),
    ("zh-Hans", "系统日志"): _lines("""
        2026-12-01 08:14:22.317 INFO  [autofill-svc] form_detected host=www.12306.cn fields=[username,password] matched_items=1 latency_ms=12
        2026-12-01 08:14:23.041 WARN  [autofill-svc] 跳过填充：页面为http明文协议 host=192.168.1.1 rule=block_insecure_origin
        2026-12-01 08:15:02.884 INFO  [sync] 保险库同步完成 vault_id=v_7f3a9c21 items=+3/-0/~12 revision=48211 耗时=1.8s
        2026-12-01 08:16:40.559 ERROR [import] 解析失败 file=passwords.csv line=57 reason=列数不匹配 expected=5 got=7
        2026-12-01 08:17:05.112 INFO  [breach-check] 查询 hash_prefix=21BD1 返回 suffix_count=724 命中=0 请求ID=req-9e41d0b2
        2026-12-01 08:20:11.930 INFO  [audit] 管理员策略更新 policy=disable_personal_vault=true org=org_51c2 version=v17 来源=控制台
        2026-12-01 08:21:48.006 DEBUG [address-fill] 识别字段 province/city/district/detail/postcode 共5项，表单来源 https://trade.jd.com/shopping/order
        2026-12-01 08:22:30.774 INFO  [totp] 生成验证码 item_id=it_a81f issuer=阿里云 period=30s digits=6 剩余有效期=17s
        2026-12-01 08:25:03.219 WARN  [session] 检测到新设备登录 device=Xiaomi 14 (HyperOS 1.0.5) region=CN-GD 已要求二次验证
        2026-12-01 08:30:00.000 INFO  [cron] 每日泄露库镜像更新完成 source=hibp-range-mirror 前缀批次=1048576 新增哈希=2231904
        2026-12-01 08:31:19.442 ERROR [passkey] WebAuthn注册失败 rp_id=login.taobao.com error=NotAllowedError 原因=操作取消或超时 timeout_ms=60000
        2026-12-01 08:33:57.601 INFO  [export] 导出任务完成 format=encrypted_json size=1.2MB kdf=PBKDF2-SHA256 iterations=600000 task=exp_20261201_0033
        2026-12-01 08:40:12.875 INFO  [health] 节点 cn-shanghai-b 正常 cpu=31% mem=62% qps=1840 p99=84ms 版本=3.14.2-build.907
    """),
    ("zh-Hant", "門市地址自動填入"): _lines("""
        {"label":"公司","name":"台北101 觀景台","street":"台北市信義區信義路五段7號89樓","postal":"110","country":"TW"}
        {"label":"寄件門市","company":"誠品生活松菸店","address":"台北市信義區菸廠路88號","hours":"11:00-22:00","country":"TW"}
        {"label":"總部","company":"香港鐵路有限公司","address":"香港九龍灣德福廣場港鐵總辦事處","hotline":"2881 8888","country":"HK"}
        {"label":"活動場地","venue":"澳門威尼斯人金光綜藝館","address":"澳門路氹金光大道望德聖母灣大馬路","country":"MO"}
        自動填入設定檔「辦公室」：公司名稱、統一編號 24549210、地址 新北市板橋區縣民大道二段7號 已同步至 Edge 與 Chrome，版本 131。
        商號「阿明燒臘」門市地址：香港灣仔軒尼詩道 301 號地舖，團體訂購 WhatsApp 5123 8800（店舖專線），逢星期一休息。
        瀏覽器提示：偵測到地址欄位 country=HK、region=九龍、district=尖沙咀，已從「公司」設定檔填入：尖沙咀廣東道 3 號海港城海洋中心。
        {"type":"billing","company":"麗晶文具有限公司","br_no":"71234568","address":"香港觀塘鴻圖道 52 號 12 樓 B 室","email":"accounts@regalstationery.hk"}
        匯出檔 addresses.json 共 6 筆，全部為公司及門市地址；欄位順序：label, company, line1, line2, city, postal, country, phone。
        Safari 自動填入：「我的名片」為空時只會建議已儲存的機構地址，例如國立臺灣大學總圖書館（臺北市大安區羅斯福路四段1號）。
        {"label":"報稅","org":"財政部臺北國稅局","address":"臺北市中正區中華路一段2號","service":"0800-000-321","country":"TW"}
        郵遞區號對照：106 大安區、110 信義區、220 板橋區、999077 香港（國際快遞用）、999078 澳門；自動填入僅在欄位為空時補齊。
        {"label":"收貨倉","company":"嘉里物流（香港）葵涌貨倉","address":"新界葵涌貨櫃碼頭路 55 號 7 樓","dock":"D3","country":"HK"}
    """),
    ("ms", "notis_keselamatan"): _lines("""
        NOTIS: Pihak bank tidak akan sekali-kali meminta kata laluan, TAC atau PIN Secure2u anda melalui SMS, WhatsApp atau panggilan telefon.
        Makluman: Fungsi autoisi kata laluan pelayar akan dimatikan pada komputer kaunter mulai 1 Januari 2027 mengikut Dasar Keselamatan ICT Jabatan.
        Peringatan Pasukan Keselamatan ICT: kemas kini pengurus kata laluan ke versi 2.7.4 yang membetulkan kelemahan autoisi pada iframe tersembunyi.
        Tukar kata laluan akaun perkhidmatan bersama setiap 90 hari. Akaun svc-payroll, svc-backup dan svc-cctv dijadualkan pada 15/12/2026, 10:00 pagi.
        Aduan penipuan dalam talian: hubungi Pusat Respons Scam Kebangsaan (NSRC) di talian 997, 8 pagi hingga 8 malam setiap hari.
        Jangan simpan nombor kad pengenalan, nombor akaun bank atau gambar MyKad dalam nota biasa; gunakan medan Nota Selamat yang disulitkan AES-256.
        Kedai Kunci Pak Ali Enterprise, Lot 12, Jalan Tuanku Abdul Rahman, 50100 Kuala Lumpur. Buka 9:30 pg - 6:00 ptg. Talian kedai: 03-2698 4412.
        Laporan imbasan kebocoran bulan November: 0 akaun rasmi domain @syarikat-logistik.com.my ditemui dalam senarai kebocoran awam.
        Format eksport CSV: nama,url,nama_pengguna,kata_laluan,nota. Sila pastikan fail dipadam selepas import dan Tong Kitar Semula dikosongkan.
        Pengesahan dua langkah (2FA) kini wajib untuk semua akaun e-Perolehan syarikat; kod TOTP dijana oleh aplikasi, bukan SMS, berkuat kuasa 1/2/2027.
        Penyelenggaraan terjadual: pelayan bilik kebal kata laluan tidak dapat diakses pada 20/12/2026, 11:00 malam hingga 2:00 pagi waktu Malaysia.
        Jika anda menerima e-mel 'Kata laluan anda telah tamat tempoh' dari alamat selain it-helpdesk@syarikat-logistik.com.my, jangan klik pautan tersebut.
        Rujukan tiket IT: INC-2026-004417 (autoisi alamat gagal di portal MyTax), status: Selesai, masa penyelesaian 3 jam 12 minit.
    """),
    ("ms", "senarai_harga"): _lines("""
        YubiKey 5 NFC - RM 289.00 | YubiKey 5C NFC - RM 319.00 | Security Key C NFC - RM 149.00 | harga termasuk SST 8%, penghantaran percuma Semenanjung.
        Langganan 1Password Families (5 pengguna) sekitar RM 265 setahun; Bitwarden Premium sekitar RM 90 setahun; harga tertakluk kepada kadar tukaran.
        Pakej Pemasangan Pengurus Kata Laluan untuk PKS: sehingga 20 pengguna, RM 1,500 sekali bayar + RM 45/pengguna/tahun. Invois INV-MY-2026-0913.
        SKU: KEY-FIDO2-USB-A-BLK | Kunci Keselamatan FIDO2 USB-A Hitam | Stok: 124 unit | Harga borong (10+): RM 118.00 seunit
        Kedai Siti Gadget (Shopee Mall) - kunci keselamatan Feitian ePass K9 RM 99, baucar RM10 untuk pembelian pertama, tamat 31/12/2026.
        Kursus 'Kebersihan Kata Laluan untuk Staf Pejabat' (4 jam, boleh tuntut HRD Corp): RM 350 seorang, minimum 10 peserta, sijil disediakan.
        Sewa peti deposit keselamatan untuk kod pemulihan: Kecil RM 180/tahun, Sederhana RM 260/tahun, Besar RM 420/tahun; deposit kunci RM 100.
        Harga khas Hari Kebangsaan: Pelan Keluarga Dashlane RM 199/tahun berbanding RM 279; kod promo MERDEKA26 sah hingga 16 September.
        Yuran perkhidmatan pemulihan: semakan RM 50 (tidak dikembalikan), pemulihan fail .kdbx rosak RM 200 - RM 600 bergantung pada saiz fail.
        Caj tambahan: pemasangan di lokasi Lembah Klang RM 80, luar Lembah Klang RM 150 + tol dan jarak perjalanan (RM 0.80/km).
        Senarai harga berkuat kuasa 1 Disember 2026. Semua harga dalam Ringgit Malaysia. No. Pendaftaran Syarikat: 202301045678 (1523456-K).
        Kaspersky Password Manager 1 peranti RM 69/tahun; 3 peranti RM 129/tahun; kod lesen dihantar melalui e-mel dalam masa 24 jam bekerja.
        Bundle Pejabat: 5 x YubiKey 5 NFC + 5 lesen Bitwarden Teams setahun = RM 2,199 (jimat RM 310). Tawaran untuk syarikat berdaftar SSM sahaja.
    """),
    ("mixed", "it_staff_group_chat"): _lines("""
        [09:02] IT Ops: Morning all, vault shared folder 'Finance-Bank' 已经 rotate 完了, new TOTP seeds pushed. Pls sync your app lah.
        [09:05] Helpdesk SG: 收到. Ticket INC-55120 can close? Printer admin password updated in vault, the old one 已经作废.
        [09:11] Security: Reminder ah, jangan screenshot password vault and paste in this group. Use share link with expiry 1 hour only.
        [09:14] Network: Guest SSID 'ACME-Guest' key tukar setiap Isnin. This week's one already in vault, item name 'Guest Wi-Fi 2026-W49'.
        [09:20] IT Ops: KL office 的 router admin page 又 timeout, I think firmware 要 upgrade to 7.2.1. Can schedule after 7pm MYT?
        [09:23] Helpdesk MY: Boleh, after 7pm ok. Saya akan update change request CR-2026-1187 dan inform building management office.
        [09:31] Security: Breach report dah keluar, 2 shared accounts muncul dalam combo list: svc-edi 和 svc-ftp. Both rotated already, no impact.
        [09:40] IT Ops: Autofill 在 SAP GUI 不 work one, because it's not browser. Pls use the desktop app auto-type, shortcut Ctrl+Shift+V.
        [09:44] Helpdesk HK: HK office 的 Chrome policy 已经 push, PasswordManagerEnabled=false for kiosk machines, 其他 PC 不变.
        [09:52] Network: Firewall rule FW-SG-0912 block pastebin.com lah, avoid people paste router config there. Done by 10am.
        [10:03] IT Ops: 今日 lunch meeting 改 2pm, agenda: vault licence renewal, 120 seats, vendor quote SGD 7,200/yr before GST.
        [10:07] Helpdesk MY: Noted. Vendor invoice INV-BW-778812 dah sampai, finance need PO number before bayar, which team pegang PO?
        [10:15] Security: PO-2026-3391 under procurement. Also 提醒 everyone, master password 至少 14 characters, no birthday or IC number ok?
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Personal,1,login,Gmail - mine,Recovery phone 9123 4471,,0,https://accounts.google.com,tan.weiming87@gmail.com,Hdb412#Tamp,,
        Chrome autofill profile: full_name=Rachel Goh Hui Min; street_address=Blk 217 Bedok North St 1 #05-112; postal_code=460217; phone=+65 8732 0195; email=rachel.goh.hm@outlook.com
        Secure note 'Mum stuff': NRIC S7602953I, POSB savings 123-45678-9, CPF top-up every March, diabetes follow-up at Tan Tock Seng on the first Tuesday.
        Breach check: derek.lim.wk@yahoo.com.sg appears in 4 breaches; exposed data includes full name Derek Lim Wei Kiat, phone +65 9456 2208 and date of birth 14/03/1991.
        Note on the 'Clinic portal' entry: Jason Teo - HIV viral load results are up, check before the 3 Feb review, do not let his family see this.
        Autofill phone suggestion saved for singpass.gov.sg: +65 9745 1183 (personal mobile, last used 2026-11-28)
        Secure note field value (base64): VGFuIFdlaSBNaW5nIHwgOTEyMyA0NDcxIHwgQmxrIDQxMiBUYW1waW5lcyBTdCA0MSAjMDgtMjMz
        1Password identity 'Me': first=Priya, last=Ramasamy, DOB 1993-07-22, FIN G5821736R, work pass expiry 2027-04-30, address 38 Jalan Kayu #12-04, Singapore 799467
        Password hint in vault: wife's name + wedding date = Michelle + 12082019; her phone 8012 6634 is the 2FA for our joint DBS account.
        Credential note for Atome: Kelvin Ng owes $3,480 across 6 instalments, missed two payments, collections agency keeps calling his 9321 0078.
        HK autofill profile: Leung Ka Wai Kevin, Flat 12B, Block 3, Laguna City, Kwun Tong, Kowloon; mobile 6123 8890; HKID K482913(1) saved in the 'ID card' field.
        Login 'Family court portal' - username sharon.yeo.case, note: custody hearing 9 Jan, Sharon's ex moved out of the Clementi flat, maintenance S$1,800/month.
    """),
    "zh-Hans": _lines("""
        钥匙串备注：陈志强 身份证440305198706233516 招商银行卡6214 8312 0956 4471 交易密码是生日后六位
        保存的收货地址：{"name":"刘芳","phone":"13917264058","province":"上海市","district":"徐汇区","detail":"漕溪北路595弄12号602室"}
        安全笔记字段（Base64）：6ZmI5b+X5by6IDEzODEyNzY1MDkzIOa3seWcs+W4guWNl+WxseWMuuahg+Wbrei3rzg45Y+3
        备忘：王建国的网贷账户，借呗和微粒贷加起来欠了十二万，每月15号还款，别让他老婆知道。
        URL编码的自动填充记录：name=%E9%99%88%E7%A7%80%E5%85%B0&tel=15026483371&addr=北京市海淀区学院路30号院4号楼2单元501
        密码提示：阿明的QQ号 2874410536，密保问题答案是他妈妈的名字张桂英。
        体检中心账号备注：李秀英 乙肝小三阳，复查报告在附件，登录手机号 186 2177 4093。
        证件条目：居民身份证 310104199202140824，有效期 2020.03.11-2040.03.11，签发机关 上海市公安局徐汇分局
        泄露检测报告：邮箱 zhouyang_1990@163.com 出现在3起泄露事件中，泄露字段包括姓名周洋、手机号13658219470和家庭住址。
        车辆信息条目：粤B·7D2K9 车主黄丽萍，ETC绑定尾号8842的建设银行卡，女儿在南山实验学校读三年级。
    """),
    "zh-Hant": _lines("""
        自動填入設定檔：姓名 林美華，電話 0921-583-046，地址 台北市大安區和平東路二段118巷7號3樓，身分證 A228357167
        已儲存表單資料：recipient=%E9%BB%83%E5%81%89%E5%80%AB&addr=%E5%8F%B0%E5%8C%97%E5%B8%82%E5%A4%A7%E5%AE%89%E5%8D%80%E5%92%8C%E5%B9%B3%E6%9D%B1%E8%B7%AF%E4%BA%8C%E6%AE%B5118%E5%B7%B77%E8%99%9F3%E6%A8%93
        安全備註欄位（Base64 編碼）：5p6X576O6I+vIDA5MjEtNTgzLTA0Ng==
        鑰匙圈備註：陳太（梁淑儀）HKID Y305728(1)，八達通自動增值綁定滙豐戶口 012-345678-833，住沙田第一城 32 座 18 樓 F 室。
        筆記：張志豪 上個月確診憂鬱症，在長庚精神科看診，保險理賠帳號密碼寫在下面，不要跟公司說。
        澳門居民身份證 5215403(7) 屬於 何嘉敏，登記地址 澳門氹仔美景花園第二座 9 樓 C，手提 6288 4175。
        網銀登入條目：使用者代號 F127490835（身分證字號），戶名 吳俊傑，國泰世華帳號 0123-5678-9012，密碼提示：老家門牌。
        外洩檢查結果：amy.tsai0612@gmail.com 出現在 2 起外洩事件，外洩資料含姓名蔡佩珊、生日 1988/06/12、手機 0936-217-588。
        自動填入建議：0987 452 310（個人手機，上次用於 momo 購物網結帳，2026/11/29）
        備忘錄：阿玲 懷孕 14 週，產檢在馬偕，媽媽手冊密碼跟健保快易通一樣，老公 俊宏 還不知道。
    """),
    "ms": _lines("""
        Profil autoisi: Nama: Nurul Aisyah binti Kamal | No. K/P: 880412-14-5526 | Tel: 012-738 4410 | Alamat: No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor
        Nota selamat (base64): TnVydWwgQWlzeWFoIGJpbnRpIEthbWFsIDAxMi03MzggNDQxMA==
        Nota akaun Maybank2u: milik Encik Rosli bin Hamzah, no. akaun 1640 2258 7713, soalan keselamatan: nama kucing pertama = Comel.
        Nota: Faizal masih berhutang RM 8,500 dengan Ah Long, dia dah tukar nombor telefon dan pindah dari rumah sewa di Klang.
        Entri portal hospital: Puan Siti Rahmah binti Osman, pesakit dialisis 3 kali seminggu di Hospital Kuala Lumpur, log masuk guna e-mel sitirahmah.osman@gmail.com
        Nombor telefon disimpan untuk autoisi borang: 019-662 8034 (nombor peribadi, digunakan di Lazada dan Grab, terakhir 28/11/2026)
        Medan 'IC' dalam profil autoisi: 920715-10-6283, kad dikeluarkan semula 2024, salinan imej MyKad dilampirkan dalam folder Dokumen.
        Laporan semakan kebocoran: e-mel hafiz.zulkifli92@yahoo.com ditemui dalam 3 kebocoran, termasuk nombor telefon 013-492 7761 dan tarikh lahir 03/09/1992.
        Nota kereta: WXY 4821 milik Kumar a/l Subramaniam, saman JPJ belum bayar RM 1,200, dia ditahan reman polis minggu lepas di Ipoh.
        Peribadi,KWSP i-Akaun,https://i-akaun.kwsp.gov.my,lim.meiling85,Ipoh@1985,nota: no. KWSP 18273645, gaji bulanan RM 6,400
    """),
    "mixed": _lines("""
        Vault note 家里: 爸爸 Lee Kok Wah 的 MyKad 560321-07-5133, Public Bank acc 4-1234567-08, pension 每个月 1 号进 account.
        Chrome 自动填充 profile: 姓名 Ong Siew Ling, phone +60 16-338 2094, address No. 8 Lorong Burma, 10250 George Town, Penang, 常用 for Shopee 下单.
        Password hint: 阿伟's birthday 19870623 + 他的 plate JQB 7712, Johor 那辆 Myvi, 也是 Touch 'n Go eWallet PIN.
        Breach alert 泄露提醒: kenneth.wong.hk@gmail.com 在 2 个泄露事件出现, exposed 手机 9456 1287 and HKID P710462(A), please change password 立即.
        Keychain note: Auntie Mei 的 Singpass 是 S8734125I, she asked me help 申请 CDC vouchers, OTP 发到 her 8123 5590.
        Nota: Cikgu Farah 说她 husband 欠 loan shark 钱, 她 want to change semua passwords sebab dia takut he log in her Maybank2u.
        saved_addresses.json: [{"label":"home","name":"Goh Boon Keat","line1":"Blk 88 Telok Blangah Hts #14-301","postal":"100088","tel":"+65 9012 3348"}] 已同步 to iCloud Keychain
        Autofill 身份信息: 郑伟 PRC ID 110108198509304719, passport E58213374, 住 北京朝阳区望京西园三区 312 楼 1402, mobile 139 1127 8840.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a support assistant for a password manager. Help users with imports, exports and autofill.",
        ),
        (
            "user",
            "My Bitwarden export has this row and the CPF import fails: Personal,0,login,CPF,,,0,https://www.cpf.gov.sg,T0298461F,Sentosa#2001,, Which column is the username?",
        ),
        (
            "assistant",
            "The ninth column, login_username, holds T0298461F, which looks like your NRIC. The import probably fails because the notes and fields columns are empty but unquoted; wrap them in double quotes or re-export. Also consider deleting the plain CSV afterwards, since it contains your NRIC and password in clear text.",
        ),
        ("user", "Ok thanks, I will delete it after import."),
    ],
    [
        ("system", "你是浏览器自动填充助手，帮助用户整理收货地址。"),
        (
            "user",
            '帮我把这个JSON转成CSV：{"name":"孙丽娟","phone":"13764021958","province":"浙江省","city":"杭州市","district":"西湖区","detail":"文三路478号华星时代广场对面小区7幢1单元302"}',
        ),
        (
            "assistant",
            "转换结果如下：name,phone,province,city,district,detail 换行 孙丽娟,13764021958,浙江省,杭州市,西湖区,文三路478号华星时代广场对面小区7幢1单元302。注意这是个人住址和手机号，导出后请妥善保管。",
        ),
    ],
    [
        ("system", "你是密碼管理工具的安全顧問，用繁體中文回答。"),
        (
            "user",
            "外洩報告說我的信箱 jerry.hsu1985@gmail.com 跟手機 0912-604-337 都在 2021 年的外洩資料裡，我叫徐振宇，要怎麼處理？",
        ),
        (
            "assistant",
            "徐先生您好，建議先更改所有使用 jerry.hsu1985@gmail.com 登入且密碼相同的網站，開啟兩步驟驗證，並留意冒充客服打到 0912-604-337 的詐騙電話。",
        ),
        ("user", "銀行帳戶也要改嗎？"),
        ("assistant", "是的，如果網銀密碼曾與外洩網站相同，請立即更換，並向銀行申請異常交易通知。"),
    ],
    [
        (
            "system",
            "Anda pembantu sokongan. Profil pelanggan: Mohd Hafiz bin Ismail, tel 017-385 2290, e-mel mhafiz.ismail@gmail.com, pelan Premium.",
        ),
        ("user", "Autoisi alamat saya asyik masuk alamat lama. Macam mana nak padam?"),
        (
            "assistant",
            "Encik Hafiz, buka Tetapan > Autoisi > Alamat, pilih alamat lama dan tekan Padam. Jika akaun disegerakkan, padam juga di peranti lain supaya ia tidak kembali.",
        ),
    ],
    [
        (
            "user",
            "Eh can help me check my mum's keychain note? It says: Mdm Koh Lay Hoon, S2281904 something, PIN 1958, Tampines 3-room flat, she got early dementia so I manage her bank login.",
        ),
        (
            "assistant",
            "I can help you organise it. Since the note holds your mother's NRIC, PIN and health information, store it as a secure note with a strong master password, and consider setting up a Lasting Power of Attorney instead of sharing her PIN.",
        ),
        ("user", "Ok la, 我 later move it to secure note. Thanks!"),
    ],
    [
        ("system", "You help users fix browser autofill problems."),
        (
            "user",
            "Chrome keeps filling HKID Y305728 without the check digit in the Octopus form. My profile is Tse Wing Yan, 21 Yiu Hing Road, Shau Kei Wan, 9187 6632.",
        ),
        (
            "assistant",
            "The check digit is stored separately in some forms. Edit the autofill profile for Tse Wing Yan and put the full ID with the bracketed digit in the ID field, or type it manually on that form.",
        ),
    ],
    [
        ("system", "你是安全笔记解码助手。"),
        (
            "user",
            "我的安全笔记里有一段Base64看不懂：6ZmI5b+X5by6IDEzODEyNzY1MDkzIOa3seWcs+W4guWNl+WxseWMuuahg+Wbrei3rzg45Y+3，帮我解码",
        ),
        (
            "assistant",
            "解码结果是：陈志强 13812765093 深圳市南山区桃园路88号。这包含姓名、手机号和住址，建议保持加密存储。",
        ),
    ],
    [
        ("system", "Anda membantu pengguna memahami fail eksport kata laluan."),
        (
            "user",
            "Ini baris dari fail CSV saya: Peribadi,MySejahtera,https://mysejahtera.malaysia.gov.my,nurulaisyah.kamal@gmail.com,Aisyah@880412. Selamat ke?",
        ),
        (
            "assistant",
            "Tidak begitu selamat. Kata laluan mengandungi tarikh lahir 880412 yang juga sebahagian daripada nombor MyKad anda. Tukar kepada frasa laluan rawak dan padam fail CSV selepas digunakan.",
        ),
        ("user", "Baik, terima kasih."),
    ],
    [
        ("system", "You are a writing assistant inside a password manager's secure-note editor."),
        (
            "user",
            "Help me write a secure note for my father Ahmad Zaki bin Yusof. He has stage 3 kidney disease, his MyKad is 540908-08-5117 and his nephrologist appointments are at Hospital Raja Permaisuri Bainun every two months.",
        ),
        (
            "assistant",
            "Title: Ayah - medical. Name: Ahmad Zaki bin Yusof. MyKad: 540908-08-5117. Condition: chronic kidney disease stage 3. Follow-up: Hospital Raja Permaisuri Bainun, every 2 months. Keep this note in a vault shared only with family members who need it.",
        ),
    ],
    [
        ("system", "你是多語言客服助手，可以用中英文回答。"),
        (
            "user",
            "我喺澳門，autofill profile 入咗 何志成, 澳門 高士德大馬路 25 號 3 樓, 手機 6655 2819, 但係 Macau Pass 網站 填唔到, why?",
        ),
        (
            "assistant",
            "何先生，Macau Pass 表格的電話欄要求 +853 前綴，請將 6655 2819 改為 +853 6655 2819，地址欄位亦建議分開門牌同樓層再試。",
        ),
        ("user", "OK 我試吓, thanks."),
    ],
]
