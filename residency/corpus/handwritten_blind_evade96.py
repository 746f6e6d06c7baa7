# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade96: personal data in QR, NFC and smart-card dumps and wallet passes. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade96
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "wallet_pass_json"): _lines("""
        pass.json | {"formatVersion":1,"passTypeIdentifier":"pass.sg.goldenreel.ticket","serialNumber":"GV-2026-88213","teamIdentifier":"7QK3M2XZ9A","organizationName":"Golden Reel Cinemas","description":"Movie ticket","eventTicket":{"primaryFields":[{"key":"movie","label":"MOVIE","value":"Ne Zha 2"}],"secondaryFields":[{"key":"hall","label":"HALL","value":"3"},{"key":"seat","label":"SEAT","value":"F12"}]},"barcodes":[{"format":"PKBarcodeFormatQR","message":"eyJ0aWNrZXQiOiJHVi0yMDI2LTg4MjEzIiwiaGFsbCI6Mywic2VhdCI6IkYxMiIsInNob3ciOiIyMDI2LTEyLTIwVDE5OjMwKzA4OjAwIn0=","messageEncoding":"iso-8859-1"}]}
        templates/member/pass.json: {"storeCard":{"headerFields":[{"key":"points","label":"POINTS","value":"{{points}}"}],"primaryFields":[{"key":"member","label":"MEMBER","value":"{{member_name}}"}]},"barcodes":[{"format":"PKBarcodeFormatCode128","message":"{{member_id}}","messageEncoding":"iso-8859-1","altText":"{{member_id}}"}]}
        POST /walletobjects/v1/loyaltyClass {"id":"3388000000022012345.kopikaki_rewards","issuerName":"Kopi Kaki","programName":"Kopi Kaki Rewards","programLogo":{"sourceUri":{"uri":"https://cdn.kopikaki.example/wallet/logo.png"}},"hexBackgroundColor":"#6b3e26","reviewStatus":"UNDER_REVIEW"}
        flightClass draft: {"id":"3388000000022012345.SQ318-20261220","flightHeader":{"carrier":{"carrierIataCode":"SQ"},"flightNumber":"318"},"origin":{"airportIataCode":"SIN","terminal":"3","gate":"B5"},"destination":{"airportIataCode":"LHR","terminal":"2"},"localScheduledDepartureDateTime":"2026-12-20T23:35:00"}
        "boardingPass":{"transitType":"PKTransitTypeAir","primaryFields":[{"key":"origin","label":"SINGAPORE","value":"SIN"},{"key":"destination","label":"KUALA LUMPUR","value":"KUL"}],"auxiliaryFields":[{"key":"passenger","label":"PASSENGER","value":"$PAX_NAME"},{"key":"seat","label":"SEAT","value":"$SEAT"}]}
        Console: Invalid data error reading pass pass.sg.goldenreel.ticket/GV-2026-88213. Manifest hash for icon@2x.png does not match (expected 31957f8f5c87fad3feb6f3fdb0df65ccc94b286a, got 04b316e8ca5350c1cedee57d3f43947149f5595c).
        openssl smime -binary -sign -certfile AppleWWDRCAG4.pem -signer passcert.pem -inkey passkey.pem -in manifest.json -out signature -outform DER -passin pass:$PASS_KEY_PW
        manifest.json {"pass.json":"9e3f3421090e6588d89a3f116617532d64d50c30","icon.png":"ea826f05d83adee64d1f29fb15741ce04cde85fc","icon@2x.png":"31957f8f5c87fad3feb6f3fdb0df65ccc94b286a","logo.png":"04b316e8ca5350c1cedee57d3f43947149f5595c","strip.png":"4eda575d20f341ecd6eb3bea5c4c38f44d9fb729"}
        Add to Google Wallet button href: https://pay.google.com/gp/v/save/eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJ3YWxsZXQtc3ZjQGtvcGkta2FraS1wcm9kLmlhbS5nc2VydmljZWFjY291bnQuY29tIiwiYXVkIjoiZ29vZ2xlIiwidHlwIjoic2F2ZXRvd2FsbGV0IiwicGF5bG9hZCI6eyJvZmZlck9iamVjdHMiOlt7ImlkIjoiMzM4ODAwMDAwMDAyMjAxMjM0NS50ZWgtdGFyaWstZGVjMjYifV19fQ.<signature>
        Web service spec: POST /v1/devices/{deviceLibraryIdentifier}/registrations/{passTypeIdentifier}/{serialNumber} with header Authorization: ApplePass {authenticationToken}; return 201 on new registration, 200 if already registered.
        coupon pass | {"coupon":{"primaryFields":[{"key":"offer","label":"OFFER","value":"1-for-1 Teh Tarik"}],"auxiliaryFields":[{"key":"expires","label":"VALID TILL","value":"2026-12-31T23:59:00+08:00","dateStyle":"PKDateStyleMedium"}]},"locations":[{"latitude":1.2839,"longitude":103.8515,"relevantText":"Kopi Kaki Raffles Place is just around the corner"}]}
        "backFields":[{"key":"help","label":"Lost your card?","value":"Call the Lumen Library hotline 6345 7720 (Mon-Fri 9am-6pm) or ask at any branch counter. Your loans stay on your account."},{"key":"terms","label":"Terms","value":"https://lumenlibrary.example.sg/terms"}]
        VAS pass: "nfc":{"message":"kopikaki-vas-0001","encryptionPublicKey":"MDkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDIgACx3w9Qm1d4Tq9T0pXb2h8cFh1N0VvV2ZLa1pqR0c=","requiresAuthentication":false}
        How do I get the altText to show under a PKBarcodeFormatQR barcode? I set "altText":"GV-2026-88213" but iOS 18 only shows it for Code128, not for QR.
    """),
    ("en", "nfc_ndef_dump"): _lines("""
        NTAG213 raw read (pages 4-27): 03 5B 91 01 2B 54 02 65 6E 54 61 70 20 74 6F 20 63 68 65 63 6B 20 69 6E 3A 20 4C 65 76 65 6C 20 33 20 70 61 6E 74 72 79 2C 20 42 6C 6F 63 6B 20 42 51 01 28 55 04 66 6D 2E 65 78 61 6D 70 6C 65 2D 63 61 6D 70 75 73 2E 73 67 2F 63 68 65 63 6B 69 6E 3F 72 6F 6F 6D 3D 42 33 2D 50 31 FE
        NFC Tools > Read | Tag type: ISO 14443-3A | NXP - NTAG215 | Serial number: 04:A2:3C:5A:71:6F:80 | Size: 27 / 504 bytes | Writable: Yes | Record 0: URI https://www.kopikaki.example/menu?table=12
        Smart Poster (Sp) | U: https://tickets.sentosa.example/wings-of-time | T (en): Buy tickets for tonight's show | act: 0x00 (do the action) | size: 0x00000000
        Record 0: application/vnd.wfa.wsc | SSID: KopiKaki_Guest | Auth: WPA2-Personal | Encr: AES | Network Key: tehtarik2026 | MAC: FF:FF:FF:FF:FF:FF
        amiibo NTAG215 dump notes: pages 0x15-0x16 hold the figure ID 00 00 00 00 00 34 01 02 (Mario, Super Mario series); pages 0x82-0x86 are the dynamic lock and config bytes; the UID 04 xx xx is unique per figure.
        [usb] pm3 --> hf mf chk --1k | found keys: sector 00 key A FFFFFFFFFFFF key B FFFFFFFFFFFF | sector 01 key A A0A1A2A3A4A5 key B B0B1B2B3B4B5 | sector 02-15 default
        Lock vendor demo card, block 4: 01 00 05 EB 1A 0C 0E 00 00 00 00 00 00 00 00 7F -> room 1515, valid until 2026-12-14 14:00, guest count 1 (factory test card, no guest record)
        I/HostApduService: processCommandApdu 00 A4 04 00 07 F0 01 02 03 04 05 06 -> 90 00 (SELECT AID ok, loyalty applet v2.3)
        let session = NFCNDEFReaderSession(delegate: self, queue: nil, invalidateAfterFirstRead: true); session?.alertMessage = "Hold your iPhone near the tag."; session?.begin()
        Why does my NTAG213 say 'Tag is read-only' after I wrote 0xFF to the lock bytes on page 0x02? Is there any way to undo it or is the tag bricked?
        NDEF record 0 (text/vcard): BEGIN:VCARD | VERSION:3.0 | ORG:Harbourfront Dental Group | TEL;TYPE=WORK,VOICE:+65 6271 8800 | EMAIL;TYPE=WORK:appointments@harbourfrontdental.example | URL:https://harbourfrontdental.example | END:VCARD
        Museum tag, gallery 2, text record (en): "Exhibit 14: Model of Zheng He's treasure ship, c.1405. Tap again for the audio guide in Malay or Mandarin."
        ISO-DEP card detected | ATQA 0x0344 | SAK 0x20 | ATS 06 75 77 81 02 80 | MIFARE DESFire EV2 8K | AIDs: F21100, F21110 | free memory 6432 bytes
    """),
    ("en", "transit_card_log"): _lines("""
        CEPAS purse read: version 2 | balance SGD 12.45 | autoload disabled | last txn 2026-11-30 08:14 BUS svc 190 fare -1.59 | no card holder data on this card type
        Fare table (adult card, distance-based): up to 3.2 km $1.19 | 3.3-4.2 km $1.29 | student concession $0.52 flat up to 7.2 km | senior $0.72
        CEPAS APDU: 90 32 03 00 00 (Get Purse Data, purse 3) -> 95 bytes + 90 00; 90 32 03 00 01 00 returns the first transaction record
        reader.cfg | reader_id=GATE-NE7-04 | station=Little India | lane=4 | mode=ENTRY | sam_slot=1 | fw=3.8.2 | heartbeat=30s
        Is it possible to read an Octopus card's last transactions with a normal Android phone? FeliCa polling works but service code 0x090F returns nothing.
        Daily tap summary NEL 2026-11-28 | Sengkang 41,203 entries | Punggol 38,771 | Serangoon 29,054 | card 63% / account-based 37%
        Notice: From 1 June, top-ups for adult stored-value cards will only be available at ticketing machines; concession cards are not affected. Check your card type at any Ticket Office.
        Lost concession card: report at any Ticket Office with your original identity document; replacement fee $10; remaining stored value is refunded only for registered cards.
        Gate fault log 2026-11-27 | Farrer Park EXIT gate 3 | error E-57 card read timeout | 37 occurrences between 17:00 and 19:00 | ticket INC-448201 opened
        Octopus Rewards: redeem 1,000 points for HK$10 at participating shops; points appear in the app within 2 working days.
        txn_id=TXN8H2K5Q9 amount=-1.09 type=FARE device=BUS-SMB3821P route=12 stop_in=84009 stop_out=84031 ts=2026-11-29T07:52:11+08:00
        def parse_cepas_txn(rec): amt = int.from_bytes(rec[1:4], "big", signed=True); ts = CEPAS_EPOCH + int.from_bytes(rec[4:8], "big"); return amt, ts, rec[8:16]
        Touch 'n Go card basics: keep at least RM5 for tolls; reload at petrol stations and convenience stores; maximum card value RM1,500.
    """),
    ("en", "payment_qr_emv"): _lines("""
        SGQR sticker at counter 2 decodes to: 00020101021226490009SG.PAYNOW010120210201734512K03010040820261231520458125303702540518.605802SG5917KOPI KAKI PTE LTD6009Singapore62190115INV-2026-004417630409F4
        EMV MPM tags: 00 payload format | 01 point of initiation (11 static, 12 dynamic) | 26-51 merchant account info | 52 MCC | 53 currency (702 = SGD, 458 = MYR) | 58 country | 59 merchant name | 60 city | 63 CRC
        In test mode use card number 4242 4242 4242 4242 with any future expiry and any 3-digit CVC; real cards are always declined in the sandbox.
        def crc16_ccitt(data: bytes) -> str: crc = 0xFFFF; for b in data: crc ^= b << 8; [crc := ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF for _ in range(8)]; return f"{crc:04X}"
        FPS QR on the shop door: merchant Kopi Kaki (HK) Ltd, FPS ID 1684203, amount editable. Always check the merchant name shown in your banking app before you confirm.
        Can a PayNow QR carry an NRIC as the proxy instead of a mobile or UEN? Our parser only handles proxy type 0 and 2 and crashes on anything else.
        Error E_CRC_MISMATCH: expected 09F4, computed 1B7C. The QR string was probably copied with a trailing space or a smart quote.
        Refund ticket RF-20261207-0113: double charge via SGQR at kiosk 4, txn refs 7C1F22A9 and 7C1F22B3, SGD 18.60 each. Reverse the second one.
        EMV QRCPS Merchant-Presented Mode v1.1: the CRC (ID 63) is calculated over all data including the ID and length of the CRC itself, using polynomial 0x1021 and initial value 0xFFFF.
        Apple Pay provisioning error codes: PKAddPaymentPassErrorUnsupported, PKAddPaymentPassErrorUserCancelled, PKAddPaymentPassErrorSystemCancelled; none of them mean the card was declined.
    """),
    ("zh-Hans", "qr_nfc_payload"): _lines("""
        增值税电子普通发票二维码内容：01,10,044032300111,28461973,1,265.49,20261105,71952310428803651943,A3F2
        面馆柜台收款码为商家码，付款后请出示支付成功页面；如需开票请扫描桌角的开票二维码，客服热线 400-820-3366
        12306 电子客票说明：购票后无需换取纸质车票，进站时刷购票所用的有效身份证件或出示 12306 App 内乘车码即可
        电子登机牌模板：旅客 {{passenger_name}} / 航班 MU5137 / 登机口 {{gate}} / 座位 {{seat}} / 登机时间 {{boarding_time}}
        交通联合卡 NFC 读卡：城市代码 3100，卡类型 普通卡，余额 ¥23.50，最近一笔 2026-11-28 08:12 地铁 2 号线 中山公园站 扣款 ¥4.00
        问：支付宝乘车码在外地能用吗？答：已开通城市可直接使用，首次使用需在当地城市的乘车码页面领取。
        2022 年 12 月起各地陆续取消健康码查验，相关小程序的行程卡功能已于当月下线。
        import qrcode; qrcode.make("https://m.miantang.example.cn/menu?table=A12").save("table_A12.png")
        桌贴 NFC 读出：03 2D D1 01 29 54 02 7A 68 E6 AC A2 E8 BF 8E E5 85 89 E4 B8 B4 20 E8 AF B7 E6 89 AB E7 A0 81 E7 82 B9 E9 A4 90 20 E6 A1 8C E5 8F B7 41 31 32 FE
        问：小区门禁卡是 M1 卡，能不能直接用手机 NFC 模拟？试了几款 App 都提示不支持该卡片类型。
        数字人民币硬钱包卡片不记名，单笔支付上限 ¥2000，卡面编号仅用于挂失服务，不对应个人信息。
        火车票二维码包含字段：车次、发站、到站、乘车日期、车厢座位、票价、售票站代码及校验位，乘客信息不以明文存储。
        上海地铁中山公园站 3 号口闸机故障通报：11 月 28 日 07:40-08:15 部分闸机无法识读交通卡，已更换读卡模块。
    """),
    ("zh-Hant", "octopus_easycard"): _lines("""
        八達通商戶每日結算：終端機 7F3A21，交易 142 筆，總額 HK$3,284.50，結算日期 2026-11-30，批次號 000318
        悠遊卡 NFC 讀取：卡別 普通卡，餘額 NT$286，最近交易 2026/11/29 18:42 捷運 國父紀念館站 出站 扣款 NT$20
        問：點樣用 iPhone 睇八達通餘額同最近十次交易紀錄？答：打開八達通 App，揀「讀卡」，將卡貼近手機頂部即可。
        個人八達通申請表（填寫示例）：姓名 陳大文 CHAN Tai Man；香港身份證號碼 A123456(3)；以上資料僅供示範，請填寫閣下本人資料。
        臺北市政府公告：自 2026 年 1 月 1 日起，敬老卡每月社福點數維持 480 點，可用於捷運、公車及計程車。
        電子登機證條碼欄位：M1 為格式碼及航段數，接著 20 字元旅客姓名，E 代表電子機票，之後為 7 字元訂位代號及起訖機場。
        八達通錯誤訊息對照：請重試（卡號顯示於螢幕）→ 拍卡時間過短；卡已失效 → 請往客務中心查詢。
        九巴 2026 年 11 月拍卡統計：日均 228 萬人次，其中八達通佔 81%，二維碼及信用卡佔 19%。
        悠遊聯名卡背面示意：卡號 **** **** **** 0000，有效期限 MM/YY，此示意圖不代表任何實際卡片。
        Apple Pay 八達通轉移教學：先於 Wallet 加入八達通，選擇「轉移實體卡」，轉移後實體卡即失效，餘額併入手機。
        一卡通 iPASS 說明：高雄捷運、輕軌及台鐵部分路段適用，單筆消費上限新台幣 1,000 元。
        學生個人八達通申請流程：由學校蓋章確認學生身份後，經網上提交申請，約 14 個工作天寄出。
        港鐵太子站 C2 出口閘機於 12 月 3 日早上暫停使用，乘客請改用 B1 出口。
    """),
    ("ms", "tng_wallet"): _lines("""
        Resit tambah nilai Touch 'n Go: Tarikh 2026-11-30 14:22 | Lokasi: Stesen Minyak Jalan Tun Razak | Amaun RM50.00 | No. Transaksi 8812037741 | Baki selepas RM63.40
        Notis plaza tol: Mulai 1 Januari 2026, kenderaan dengan baki kad kurang daripada RM5 akan diarahkan ke lorong khas.
        Imbas DuitNow QR di kaunter; nama peniaga akan dipaparkan sebagai KEDAI MAKAN SRI MELAKA SDN BHD sebelum anda sahkan bayaran.
        Soalan: Macam mana nak semak baki kad Touch 'n Go guna NFC telefon Android? App TNG eWallet tak detect kad saya.
        Google Wallet genericObject: {"barcode":{"type":"QR_CODE","value":"UFJPTU89UkFZQTIwMjY7RElTS0FVTj0xNSU7VEFNQVQ9MjAyNi0wNC0zMA=="},"cardTitle":{"defaultValue":{"language":"ms","value":"Baucar Raya"}}}
        Jadual tambang LRT Kelana Jaya (kad): KL Sentral ke Pasar Seni RM1.30 | KL Sentral ke KLCC RM2.10 | konsesi 50% bagi pelajar, warga emas dan OKU
        Kod ralat pintu masuk: 07 Kad tidak sah | 12 Baki tidak mencukupi | 21 Kad disenarai hitam | 30 Sila sentuh semula
        Statistik: Transaksi kad di Plaza Tol Sungai Besi bagi November 2026 ialah 3.1 juta, turun 8% berbanding Oktober.
        Borang pendaftaran kad konsesi (templat): Nama: ____________ | No. MyKad: ______-__-____ | Sekolah/IPT: ____________ | Tandatangan: ________
        Prosedur kad hilang: kad Touch 'n Go yang tidak berdaftar tidak boleh disekat dan baki tidak boleh dipulangkan.
        Makluman: Kerja penyelenggaraan di stesen MRT Taman Tun Dr Ismail pada 7 Disember; pintu masuk B ditutup sementara.
        Kad Konsesi Pelajar Rapid KL: diskaun 50% bagi perjalanan LRT, MRT dan bas; sah selama satu tahun dari tarikh dikeluarkan.
        Pelekat RFID untuk Perodua Myvi dan Proton X50 mesti dipasang di lampu hadapan sebelah kanan, bukan di cermin depan.
        Log pembaca RFID lorong 3: 2026-12-01 07:31:05 tag OK masa 0.42s | 07:31:09 tag OK 0.39s | 07:31:15 tiada tag, palang kekal tertutup
    """),
    ("mixed", "boarding_pass_bcbp"): _lines("""
        BCBP placeholder for the scanner demo: M1SURNAME/GIVENNAME   EXXXXXX AAABBBXX 0000 000Y000A0000 100
        IATA Res. 792 mandatory items: 1 format code (1) | 5 passenger name (20) | 253 e-ticket indicator (1) | 7 PNR (7) | 26 from (3) | 38 to (3) | 42 carrier (3) | 43 flight (5) | 46 Julian date (3) | 71 compartment (1) | 104 seat (4) | 107 check-in seq (5) | 113 status (1)
        Julian date 341 in the BCBP = 7 December in 2026 (non-leap), 6 December in a leap year. The year is not in the mandatory section.
        登机牌 PDF417 解析：zxing 读出字符串后按固定宽度切片，前 60 个字符为必选字段，之后是可选段，长度由第 59-60 位十六进制给出。
        Ops notice SQ 318 SIN-LHR 20DEC: gate change B5 -> B7, boarding 22:45, final call 23:15.
        Scanner reads 'M1' then stops — 是不是 PDF417 解码库唔支援 Aztec？Our kiosk firmware is 4.2.1.
        Don't post your boarding pass online: the barcode holds the booking reference and surname, which is enough to change or cancel a booking.
        Pas masuk pesawat mudah alih: tunjukkan kod QR di pintu berlepas; tangkapan skrin diterima untuk penerbangan domestik sahaja.
        Kiosk self check-in rate KLIA T1, Nov 2026: 72% of passengers; bag-drop queue median 6 min.
        pytest fixture: raw = "M1TESTPAX/ONE         EZZZZZZ SINKULMH 0602 001Y001A0001 100"; assert parse(raw).seat == "001A"
        Conditional section example: >5180 then version 5, field size 0x18, passenger description, source of check-in, source of boarding pass issuance — all vendor codes, no passenger data.
        Frequent flyer tier code in item 254: G = Gold, S = Silver; the tier alone does not carry a member number.
        電子登機證 Apple Wallet 版本可於 check-in 後 30 分鐘內加入，航班變更時會自動推送更新。
        Boarding pass printer jam at T3 counter row 9: Zebra ZD621 error 'RIBBON OUT', replaced, test print OK at 05:12.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        pass.json (FitHub Tanjong Pagar) | {"formatVersion":1,"passTypeIdentifier":"pass.sg.fithub.member","serialNumber":"FH-220931","organizationName":"FitHub","description":"Membership card","storeCard":{"primaryFields":[{"key":"tier","label":"TIER","value":"Gold"}]},"barcodes":[{"format":"PKBarcodeFormatQR","message":"eyJtaWQiOiJGSC0yMjA5MzEiLCJuYW1lIjoiR29oIFNpZXcgTGluZyIsIm1vYmlsZSI6Iis2NTk3MzQyMTg2IiwiZG9iIjoiMTk5MS0wOC0wMiJ9","messageEncoding":"iso-8859-1"}]}
        Medical bracelet NTAG, raw pages 4-25: 03 57 D1 01 53 54 02 65 6E 49 43 45 20 52 61 68 6D 61 6E 20 62 69 6E 20 4F 73 6D 61 6E 20 2F 20 65 70 69 6C 65 70 73 79 2C 20 6F 6E 20 6C 65 76 65 74 69 72 61 63 65 74 61 6D 20 35 30 30 6D 67 20 2F 20 77 69 66 65 20 53 69 74 69 20 30 31 32 2D 33 31 38 20 34 34 37 32 FE
        pet collar tag dump: 03 56 91 01 42 54 02 65 6E 4D 6F 63 68 69 2E 20 4F 77 6E 65 72 20 50 72 69 79 61 20 64 2F 6F 20 52 61 6D 61 6E 2C 20 42 6C 6B 20 34 31 32 20 42 65 64 6F 6B 20 4E 6F 72 74 68 20 41 76 65 20 32 20 23 30 37 2D 31 31 38 51 01 0C 55 05 2B 36 35 39 31 38 37 33 33 30 34 FE
        can pay me back for the durian? pic blur so here's my paynow qr string: 00020101021126380009SG.PAYNOW010100211+6598127740030115204000053037025802SG5913ANG WEI XIANG6009Singapore6304AEA7
        CONCESSION CARD ISSUED | NAME: MUHAMMAD IRFAN BIN ZULKIFLI | NRIC: T1193582B | SCHOOL: WOODLANDS RING SECONDARY | CAN: 1009 6213 4470 5522 | CARD TYPE: STUDENT | VALID TO: 31/12/2026
        pm3 hf mf dump, student card sector 1 | blk 4: 4E 47 20 53 48 55 20 46 45 4E 00 00 00 00 00 00 | blk 5: 54 30 34 32 37 37 31 39 44 00 00 00 00 00 00 00 | blk 6: 4E 59 50 20 45 45 45 20 59 33 00 00 00 00 00 00 | blk 7: FF FF FF FF FF FF FF 07 80 69 FF FF FF FF FF FF
        Google Wallet loyaltyObject: {"id":"3388000000022012345.member-88412","classId":"3388000000022012345.kopikaki_rewards","state":"ACTIVE","accountId":"+65 8826 1049","accountName":"Marcus Fernandez","loyaltyPoints":{"label":"Points","balance":{"int":2310}}}
        "eventTicket":{"primaryFields":[{"key":"event","label":"EVENT","value":"Tech Meetup SG #41"}],"secondaryFields":[{"key":"attendee","label":"ATTENDEE","value":"Shalini a/p Murugan"},{"key":"email","label":"EMAIL","value":"shalini.murugan88@gmail.com"}],"auxiliaryFields":[{"key":"diet","label":"DIET","value":"Vegetarian, no egg"}]}
        Found an ez-link card at the Tampines MRT passenger service centre this morning, name printed on it is CHUA WEI MING, concession card for Temasek Poly. Passed it to the station staff, if you know him pls tell him.
        SimplyGo trip export | holder: Daniel Koh Boon Keat | Mastercard ****4471 | 28/11 08:02 Bishan -> Raffles Place $1.59 | 28/11 18:47 Raffles Place -> Bishan $1.59 | 29/11 10:15 Bus 410 Bishan St 13 $0.99 | 29/11 23:52 Clarke Quay -> Bishan $1.49
        Wallet hotel key pass: Guest MS SARAH JANE PEREIRA | Room 1507 | Check-in 12 Dec 2026 15:00 | Check-out 14 Dec 2026 12:00 | Marina Vista Hotel | loyalty MBV-2219-774 | note: late arrival, ground floor requested (knee injury)
        NDEF record 0 (text/vcard): BEGIN:VCARD | VERSION:3.0 | N:Tan;Hui Min;;; | FN:Tan Hui Min | TITLE:Freelance illustrator | TEL;TYPE=CELL:+65 9014 2276 | EMAIL:huimin.tan.draws@gmail.com | END:VCARD
        provisioning.log 2026-12-04T09:13:22Z ERROR addPaymentPass failed FPAN=4539 9827 1046 3358 EXP=09/29 cardholder="JONATHAN TEO WEI JIE" reason=ISSUER_DECLINED attempts=3
        QR on my mum's appointment slip decodes to https://checkin.harbourclinic.example.hk/q?name=LEUNG+Ka-wing&hkid=K482913%281%29&appt=2026-12-09+10%3A40&dept=Endocrinology
        Wristband UID 04:5B:11:C2:6E:3F:80 reassigned to member Arjun s/o Krishnan, locker 212. Trainer note: ACL surgery Oct 2026, no deadlifts or jumps until Feb.
        Dorm access NFC log | FIN F2849163T | RAHIM UDDIN | Blk 9 Tuas South Dormitory Rm 04-12 | 2026-12-01 IN 22:41 | 2026-12-02 OUT 05:52 | flagged: returned after curfew 3rd time
        Foreign student concession registration: Nguyen Thi Lan, FIN G5120774U, Year 2 Business, mobile 8163 0592, card linked 02/12/2026.
    """),
    "zh-Hans": _lines("""
        钥匙扣 NFC 读出来是这样：03 37 D1 01 33 54 02 7A 68 E9 99 88 E5 BF 97 E5 BC BA 20 31 33 39 31 37 32 36 34 30 38 35 20 E6 BB A8 E6 B1 9F E8 8A B1 E5 9B AD 33 E6 A0 8B 32 E5 8D 95 E5 85 83 35 30 31 FE
        电子客票 E738210456 | G7315 上海虹桥→杭州东 | 2026-12-12 08:35 开 | 06车08F号 二等座 ¥73.0 | 周婷 3101041985****0425 | 已检票
        学生卡记名信息：持卡人 李子轩，身份证 510107200207156616，四川大学 计算机学院 2024 级，交通联合卡 绑定 2026-09-03，学生优惠有效期至 2027-07-31
        值机系统日志 PVG T2 2026-04-12 06:18 BCBP 'M1ZHANG/XINYI         ENW3H8D PVGSINSQ 0833 102Y051H0143 100' 已发送电子登机牌短信至 138 1752 6049
        谁的公交卡？在 3 号线人民广场站捡到的，卡背面贴着标签 刘思远 15821437790，已交给站务员
        员工门禁卡导出 {"empNo":"HX-04417","name":"吴佳怡","idCard":"330106199505210582","dept":"财务部","card_uid":"9A3F21C7","floor":[12,15]}
        核酸检测结果二维码解码：{"n":"郑浩","id":"420111198801024379","r":"阴性","t":"2022-11-20 09:12","org":"武汉市某检测机构"}
        银行卡收款二维码内容：户名 孙丽娜 / 卡号 6228 4810 0937 2611 / 开户行 中国农业银行上海徐汇支行
        NFC 名片碰一碰：赵明轩 | 独立摄影师 | 微信号 zmx_photo1990 | 手机 177 0214 5863 | 接婚礼跟拍，档期请提前一个月预约
        老年人优待卡 读卡记录：持卡人 赵德福，身份证号 110105195612301230，2026-11-27 09:05 公交 405 路 免费乘车，2026-11-27 10:40 朝阳医院 门诊刷卡
    """),
    "zh-Hant": _lines("""
        個人八達通查詢結果 | 持卡人：麥穎欣 | 身份證：Y305718(4) | 2026-11-28 08:12 港鐵沙田站 入閘 | 08:47 金鐘站 出閘 -HK$13.9 | 12:31 太古廣場 美心 -HK$58.0
        我阿爸何志明嘅長者八達通唔見咗，佢身份證號 C669201(8)，聯絡電話 6218 4437，麻煩幫手報失同凍結張卡，多謝
        記名悠遊卡 讀卡：持卡人 蔡宗翰 / 身分證 E118620959 / 一卡通綁定手機 0912-486-305 / 2026/11/30 07:55 高雄捷運 美麗島站 進站
        健保卡讀卡機輸出：卡號 0000 4127 3385 | 姓名 陳冠宇 | 身分證 F133056287 | 出生 1988/03/09 | 最近就醫 2026/11/27 家醫科 診斷 高血壓
        悠遊卡磁區 5 dump：block 20: AA 4C A8 D8 A7 67 00 00 00 00 00 00 00 00 00 00 / block 21: 41 32 32 38 34 31 39 33 37 37 00 00 00 00 00 00 / block 22: 學生身分 有效至 2027/07
        在信義安和站撿到一張悠遊卡，上面貼了名字 張嘉欣 跟 LINE ID: kayan_0915，已經放在詢問處了
        電子登機證 M1WONG/MEILINGMS      ETZ4P9L HKGTPECI 0920 058J004K0012 100 ｜ 旅客 黃美玲 ｜ 香港特區護照 K49018273 ｜ 商務艙 貴賓室已預約
        八達通自動增值申請：申請人 鄭家豪，身份證 R208844(3)，信用卡號碼 5424 1803 3157 9026，住址 九龍黃大仙竹園南邨 榮園樓 1207 室
        LAU Siu-fong 個人八達通 轉名紀錄：原持卡人 劉小芳 身份證 Z715036(A)，2026-11-15 於港鐵客務中心辦理，退回按金 HK$50
    """),
    "ms": _lines("""
        Google Wallet genericObject: {"barcode":{"type":"QR_CODE","value":"TkFNQT1OVVIgQUlOIEJJTlRJIFpBS0FSSUE7SUM9OTUwNzI2LTE0LTYyODg7QUhMST1LTC0wMDM4MQ=="},"cardTitle":{"defaultValue":{"language":"ms","value":"Kad Ahli Gim KL"}}}
        Pendaftaran Kad Konsesi Pelajar | Nama: MUHAMMAD HAFIZ BIN ROSLI | No. MyKad: 110305-07-0417 | Sekolah: SMK Bukit Jambul | Tel penjaga: 012-475 3390
        MyKad reader v2.1 | JPN_1_1 NAMA: SITI HAJAR BINTI ABDULLAH | KPT: 880412-10-5524 | ALAMAT: NO 14 JALAN SS 2/75, 47300 PETALING JAYA, SELANGOR | AGAMA: ISLAM | WARGANEGARA: WARGANEGARA
        Penyata RFID: WVB 7281 (Perodua Bezza, pemilik Kavitha a/p Suppiah) | 28/11 07:12 Sg Besi -RM1.30 | 28/11 18:40 Sg Besi -RM1.30 | tambah nilai auto kad kredit 4024 0071 8842 6158
        Geng, bayar duit tiket bas kat DuitNow ID 0176628104 (AMIRUL HAKIM BIN SAIFUL) sebelum Jumaat ya
        Mak, ni boarding pass Kak Long, scan kat pintu B: M1KAMARUDIN/NURULAISYAEK8RT2Q KULBKIMH 2604 012Y027A0088 100
        Jumpa kad Touch 'n Go atas bas Rapid KL T789 tadi, nama tertulis YAP CHEE KEONG, ada no fon 016-2278 451 kat belakang
        Pas kunci hotel (Wallet): Tetamu Encik Faizal bin Hamzah | Bilik 822 | 3-5 Dis 2026 | Hotel Seri Pantai Kuantan | permintaan: katil tambahan untuk anak
        Kad Panel Klinik (NFC): LEE MEI CHIN | IC 760905-01-5142 | Majikan: Syarikat Logistik Pasir Gudang | had tahunan RM800 | baki RM312 | rawatan susulan diabetes setiap bulan
    """),
    "mixed": _lines("""
        EU DCC decoded: {"ver":"1.3.0","nam":{"fn":"Tan","gn":"Ah Kow","fnt":"TAN","gnt":"AH<KOW"},"dob":"1956-12-30","v":[{"tg":"840539006","vp":"J07BX03","mp":"EU/1/20/1528","dn":3,"sd":3,"dt":"2022-01-15","co":"SG"}]}
        Mom 的 Octopus 唔見咗, name on card is LAU Siu-fong, 幫我 check 下 last transaction 係邊度, 佢話最後喺旺角街市用過
        Sis, tolong top up TNG card adik, card no 6014 6400 2281 9936, nama Aina Sofea binti Hisham, dia stuck kat toll Gombak sekarang
        NFC 门禁日志 | S7612058G | Goh Kian Seng 吴建成 | Blk 58 #11-204 | 2026-11-30 02:14 开门 | 物业备注：多次深夜访客
        pass.json 学生证 | "primaryFields":[{"key":"name","label":"STUDENT","value":"Nur Syafiqah binti Azman"}],"secondaryFields":[{"key":"ic","label":"MyKad","value":"950726-14-6288"},{"key":"prog","label":"PROGRAM","value":"Sarjana Muda Farmasi"}]
        Shop cashier log: SGQR paid by CHEN YIFAN (PayNow +65 9355 2047) SGD 86.40, customer said refund to same number if the cake order at 12/12 cannot be delivered to Blk 311 Clementi Ave 4
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "My son's school bag has one of those NFC name tags. NFC Tools shows the raw memory as 03 57 D1 01 53 54 02 65 6E 45 74 68 61 6E 20 4C 69 6D 20 4A 69 61 20 4C 65 2C 20 50 33 20 52 65 64 2C 20 52 6F 73 79 74 68 20 53 63 68 6F 6F 6C 2C 20 62 75 73 20 37 42 2E 20 49 66 20 66 6F 75 6E 64 20 70 6C 73 20 63 61 6C 6C 20 6D 75 6D 20 39 31 32 38 20 36 36 33 34 FE. What does it actually say?",
        ),
        (
            "assistant",
            "That is an NDEF TLV (03 = NDEF message, length 0x57) holding one Text record in English. The text reads: 'Ethan Lim Jia Le, P3 Red, Rosyth School, bus 7B. If found pls call mum 9128 6634'. FE marks the end.",
        ),
        (
            "user",
            "Right. Can I also add that he's allergic to peanuts and carries an EpiPen? It's an NTAG213, will it still fit?",
        ),
    ],
    [
        ("system", "你是一个帮助开发者生成 Apple Wallet pass.json 的助手。"),
        (
            "user",
            "帮我把这张电子客票转成 boardingPass 类型的 pass.json：乘车人 马文静，身份证 350203197808092043，D3135 厦门北→福州南，2026-12-18 07:42 开，04车12A，二等座 ¥74.5。",
        ),
        (
            "assistant",
            '可以，核心部分如下："boardingPass":{"transitType":"PKTransitTypeTrain","primaryFields":[{"key":"from","label":"厦门北","value":"XMN"},{"key":"to","label":"福州南","value":"FZS"}],"auxiliaryFields":[{"key":"name","label":"乘车人","value":"马文静"},{"key":"id","label":"证件","value":"350203197808092043"},{"key":"seat","label":"座位","value":"04车12A"}]}',
        ),
        ("user", "backFields 里再加上她的手机 136 2748 1093，方便列车晚点时短信通知她。"),
    ],
    [
        (
            "user",
            "我媽媽李美華嘅個人八達通前日喺旺角港鐵站唔見咗，佢身份證係 WX123457(7)，可以點樣報失同攞返餘額？",
        ),
        (
            "assistant",
            "個人八達通可以致電八達通客戶服務熱線或者去客務中心報失，報失後卡會被凍結，餘額同按金會喺手續完成後轉去新卡或者退回，一般需要持卡人身份證明文件。",
        ),
        ("user", "佢今年 78 歲，早排跌親行動唔方便，可唔可以我代佢去客務中心辦？要帶乜嘢？"),
    ],
    [
        (
            "user",
            "Saya nak daftar kad konsesi pelajar Rapid KL untuk anak saya, Nurul Izzah binti Kamal, No. MyKad 091214-10-6124, dia belajar di SMK Seksyen 9 Shah Alam.",
        ),
        (
            "assistant",
            "Untuk kad konsesi pelajar, bawa MyKad asal pelajar, surat pengesahan atau kad pelajar sekolah, dan isi borang di kaunter pelanggan stesen LRT/MRT. Kad biasanya siap pada hari yang sama.",
        ),
        (
            "user",
            "Boleh tak guna alamat rumah sekarang, No 22 Jalan Kenanga 9/3, Seksyen 9, 40100 Shah Alam, walaupun alamat dalam IC dia masih alamat lama di Klang?",
        ),
    ],
    [
        ("system", "You are a support assistant for a PassKit web service SDK."),
        (
            "user",
            'Pass won\'t install on iOS 18, console says "Invalid data error reading pass". This is the pass.json straight from production: {"storeCard":{"primaryFields":[{"key":"name","label":"MEMBER","value":"Farah Nadia Ismail"}],"secondaryFields":[{"key":"email","label":"EMAIL","value":"farahnadia.ismail@yahoo.com"},{"key":"points","label":"POINTS","value":"12,480"}]},"barcodes":[{"format":"PKBarcodeFormatQR","message":"MEM-0048812","messageEncoding":"iso-8859-1"}],"backgroundColor":"#1A1A1A"}',
        ),
        (
            "assistant",
            'The likely culprit is backgroundColor: Wallet expects CSS-style "rgb(26, 26, 26)", not a hex string. Fix that, re-hash manifest.json and re-sign.',
        ),
        ("user", "Changed it to rgb(26, 26, 26) and it installs now on her phone. Thanks!"),
    ],
    [
        (
            "user",
            "What does this boarding pass barcode say? I scanned it off the printout: M1ONG/BOONHOCKMR      EQX7K2M SINHKGCX 0734 341Y032C0117 100",
        ),
        (
            "assistant",
            "Decoded: passenger ONG/BOONHOCK MR, electronic ticket, booking reference QX7K2M, Singapore to Hong Kong on CX 734, Julian day 341 (7 December), economy, seat 32C, check-in sequence 117, status 1 (checked in).",
        ),
        (
            "user",
            "It's my dad's. He has used a wheelchair since his stroke last year, can I still ask Cathay for wheelchair assistance at the gate now that he's already checked in?",
        ),
    ],
    [
        (
            "user",
            "幫我看一下這張記名悠遊卡的讀卡結果：持卡人 黃怡婷 / 身分證 B251744037 / 卡別 學生卡 / 餘額 NT$152 / 2026-12-02 21:12 捷運 公館站 進站 / 2026-12-02 21:37 捷運 南港展覽館站 出站 -NT$30",
        ),
        (
            "assistant",
            "依紀錄，這張卡在 12 月 2 日晚上 21:12 由公館站進站，21:37 在南港展覽館站出站，扣款 NT$30，目前餘額 NT$152。",
        ),
        ("user", "她是我妹，說那天晚上一直在家，我想確認她是不是說謊，還能查到更早的紀錄嗎？"),
    ],
    [
        (
            "user",
            "Bro, TNG card I kena blacklist at Plaza Tol Gombak pagi tadi. Nama dalam akaun Hafizuddin bin Yusof, card no 6014 6400 3327 1051, daftar guna IC 850623-08-5331.",
        ),
        (
            "assistant",
            "Kad biasanya disenarai hitam kerana baki negatif selepas lalu tol. Tambah nilai sehingga baki positif, kemudian sentuh kad di mana-mana terminal tambah nilai untuk kemas kini status.",
        ),
        (
            "user",
            "Ok, nanti I top up kat Petronas Rawang, then scan again Monday before my 8am shift at the factory in Bukit Beruntung.",
        ),
    ],
    [
        (
            "user",
            "my daughter lost her ez-link concession card, can i just transfer the balance to a new one?",
        ),
        (
            "assistant",
            "For student concession cards you can report the loss at a Ticket Office. A replacement fee applies, and the stored value can be moved over only if the card was registered.",
        ),
        (
            "user",
            "Her name is Chloe Tan Xin Yi, NRIC T1287406A, Sec 2 at Bukit Panjang Govt High. Can I report it for her online or must she go down in person after school?",
        ),
    ],
    [
        (
            "user",
            "小区门禁卡是 M1 卡，我用 PN532 dump 出来 sector 1 长这样：block4 BB C6 BD A8 B9 FA 00 00 00 00 00 00 00 00 00 00 / block5 33 B6 B0 31 32 30 32 00 00 00 00 00 00 00 00 00 / block6 31 33 38 31 36 36 32 30 39 34 37 00 00 00 00 00，前面是不是 GBK 编码？",
        ),
        (
            "assistant",
            "是的。block4 按 GBK 解码是“黄建国”，block5 是“3栋1202”，block6 是 ASCII 的手机号 13816620947，其余字节为 00 填充。",
        ),
        ("user", "对，那是我爸。我想复制一张给保姆用，要不要把名字改成她的，还是直接照抄就行？"),
    ],
]
