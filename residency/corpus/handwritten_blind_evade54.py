# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade54: personal data in payment QR payloads and structured strings (PayNow / DuitNow / FPS EMV QR, SEPA GiroCode, MeCard, BER-TLV). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade54
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "EMV QR spec notes"): _lines("""
        IDs 26–51 are Merchant Account Information templates; PayNow puts the GUID SG.PAYNOW in sub-ID 00, the proxy type in 01 (0 = mobile, 2 = UEN) and the proxy value in 02.
        ID 63 is the CRC: CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF) over the whole payload *including* the literal "6304" that precedes it.
        Point of Initiation Method (ID 01): "11" = static QR, reusable; "12" = dynamic QR, one per transaction.
        Length is always two decimal digits, so no single data object can hold more than 99 characters.
        PayNow sub-ID 04 holds the expiry as YYYYMMDD — leave it out for stickers that should never expire.
        If ID 54 is absent the payer app must prompt for the amount; if present and the editable flag (sub-ID 03) is "0", the amount is locked.
        ID 62 sub-IDs: 01 bill number, 02 mobile number, 03 store label, 05 reference label, 07 terminal label, 08 purpose of transaction.
        For 62-02 you normally put "***" so the payer's app asks the customer for their own number — never hard-code one into a printed sticker.
        ID 58 is ISO 3166-1 alpha-2 (SG / MY / HK) while ID 53 is the ISO 4217 numeric code: 702 SGD, 458 MYR, 344 HKD.
        Merchant Name (59) max 25 chars, Merchant City (60) max 15 chars. Truncate, don't wrap.
        DuitNow QR: template 26, sub-ID 00 = A0000006150001, sub-ID 01 = 6-digit acquirer ID, sub-ID 02 = merchant account / proxy.
        EPC069-12 v002: service tag BCD, version 002, charset 1 (UTF-8), identification SCT, BIC optional inside the EEA, beneficiary name max 70 chars, total payload max 331 bytes.
        MeCard: fields end with ";", the record ends with ";;", and the reserved characters : ; , \\ must be escaped with a backslash.
    """),
    ("en", "organisation payloads"): _lines("""
        Billing counter standee, SGH Block 3: 00020101021226370009SG.PAYNOW010120210198903184K03010520400005303702540586.405802SG5922SINGAPORE GEN HOSPITAL6009Singapore62230119INV-SGH-2511-0044176304D44D
        NKF year-end appeal QR (UEN proxy, amount editable): 00020101021126370009SG.PAYNOW010120210196900291D030115204000053037025802SG5920NATIONAL KIDNEY FNDN6009Singapore62140110DONATE202563043589
        00020101021226360009SG.PAYNOW01012020953104867J030105204000053037025406148.005802SG5913LIM CHEE GUAN6009Singapore62190115CNY-ORDER-88213630448AB  <- bak kwa pre-order, collect at New Bridge Rd outlet
        Old Chang Kee VivoCity kiosk #02 static QR: 00020101021126370009SG.PAYNOW010120210199105528M030105204000053037025802SG5917OLD CHANG KEE LTD6009Singapore62170113VIVO-KIOSK-026304B072
        St Luke's Hospital finance sent a dynamic QR for bill 25-117804, SGD 2,150.00, expires end of day: 00020101021226370009SG.PAYNOW010120210T08LL0412K0301052040000530370254072150.005802SG5918ST LUKE'S HOSPITAL6009Singapore62180114BILL 25-1178046304EC0A
        Mr Bean Pte Ltd changed its UEN-linked account last week, so reprint every SGQR label at the 14 outlets before 31 Dec.
        The Tan Tock Seng Hospital pharmacy counter only accepts PayNow to the hospital UEN; staff will never ask you to pay a personal number.
        SGQR label ID 2512-0417-9C3A for Ya Kun Kaya Toast, Far East Square — merchant name field reads "YA KUN FAR EAST SQ".
        Reminder to all stall holders at Maxwell Food Centre: the NEA-issued SGQR sticker must stay visible, do not cover it with your own QR.
        Lee Kong Chian School of Medicine event fees: pay to UEN via PayNow, put the registration code (e.g. LKC-EVT-0893) as reference.
        Raffles Hotel Arcade gift shop: min. spend SGD 10 for PayNow, receipts are emailed from the shop, not by the cashier.
        Refund policy: refunds for QR payments go back to the originating bank account within 7 working days; we cannot redirect to another number.
        Payload rejected by bank app: "Merchant name SINGAPORE GENERAL HOSPITAL exceeds 25 characters" — regenerate with the short name.
    """),
    ("de", "GiroCode und SEPA-Rechnungen"): _lines("""
        Musterbeispiel aus EPC069-12: BCD\\n002\\n1\\nSCT\\nBPOTBEB1\\nRed Cross of Belgium\\nBE72000000001616\\nEUR1\\nCHAR\\n\\nUrgency fund\\nSample EPC QR code
        Beispiel-GiroCode für die Doku (bitte nicht überweisen): BCD\\n002\\n1\\nSCT\\n\\nMax Mustermann\\nDE02120300000000202051\\nEUR10.00\\n\\n\\nTestüberweisung
        Stadtwerke Lindenfeld GmbH – GiroCode auf jeder Papierrechnung, strukturierte Referenz RF18539007547034 in Zeile 10, Verwendungszweck bleibt leer.
        Spendenkonto Albert-Schweitzer-Kinderdorf e.V., IBAN DE22261002050003344556, Stichwort „Weihnachten 2025“ – Zuwendungsbestätigung ab 300 € automatisch.
        Rechnung RE-2025-11-0457 der Brenner Haustechnik GmbH über 1.874,20 €, zahlbar innerhalb 14 Tagen, GiroCode unten rechts.
        Kartenbestellung Deutsche Oper Berlin, Bestellnr. DOB-2512-883104, der QR-Code ist 7 Tage gültig.
        Hinweis Ihrer Sparkasse: Seit 09.10.2025 gleicht die Empfängerüberprüfung (Verification of Payee) Name und IBAN ab – bei „keine Übereinstimmung“ bitte nicht freigeben.
        Fehler 0x12: Zeile 7 (IBAN) enthält Leerzeichen – laut EPC069-12 ohne Leerzeichen und in Großbuchstaben kodieren.
        Betrag im Format EUR0.01 bis EUR999999999.99, mit Dezimalpunkt und ohne Tausendertrennzeichen.
        Purpose-Codes nach ISO 20022: CHAR für Spenden, GDDS für Warenkauf, SALA für Gehalt, RENT für Miete.
        Robert-Bosch-Stiftung, Rückzahlung Fördermittel Projekt 2024-117, IBAN DE78360501050000517730, Betrag EUR4250.00.
        Bitte den GiroCode nicht abfotografieren und per Messenger weiterschicken – er enthält Kontodaten; drucken Sie stattdessen die PDF-Rechnung.
        Unser Generator setzt Zeile 9 (Purpose) nur, wenn das Feld im Buchungssatz gepflegt ist; sonst bleibt die Zeile leer, aber der Zeilenumbruch muss bleiben.
    """),
    ("zh-Hans", "支付码与TLV开发"): _lines("""
        EMV 码每个数据对象都是 ID(2位)+长度(2位)+值，中文商户名按字符数算长度，别按 UTF-8 字节数算。
        CRC 老是对不上？把末尾的“6304”四个字符也算进去，再用 CRC-16/CCITT-FALSE 算一遍。
        银联二维码商户主扫沿用 EMVCo 规范，ID 15–16 是银联保留的模板。
        商户收款码示例：收款方“张亮麻辣烫（望京店）”，商户号 1900082371，静态码，金额由顾客输入。
        李宁体育用品专卖店（万达广场店）今天换了新的聚合收款码，旧码作废。
        日志脱敏规范：手机号保留前三后四（如 138****0000），证件号只保留后四位，收款码原文禁止落盘。
        测试用例 case_017：tag 59 长度 26 超限，期望返回 ERR_NAME_TOO_LONG。
        交易单号 4200002154202512031847722361，金额 ¥68.00，状态 SUCCESS，回调耗时 143ms。
        中国人民银行《条码支付业务规范（试行）》规定：使用静态条码的，同一客户单个银行账户或所有支付账户单日累计交易金额应不超过500元。
        中山陵景区停车场扫码缴费，车位 B2-118，首小时 5 元，之后每小时 3 元。
        BER-TLV 里 tag 首字节低 5 位全为 1（0x1F）表示多字节 tag，比如 9F02、5F2A、9F1A。
        本季度平台静态码交易笔数占比 62.4%，动态码 37.6%，同比下降 4.1 个百分点。
        王老吉经销商订货单 DD-20251203-0442 已付款，收款方为广州王老吉大健康产业有限公司对公账户。
    """),
    ("ms", "DuitNow QR peniaga"): _lines("""
        Kod QR di kotak derma masjid: 00020101021126600014A00000061500010106890087022800000000000000000000003744105204866153034585802MY5924MASJID SULTAN SALAHUDDIN6009SHAH ALAM62160512INFAQ JUMAAT63042168
        Sticker baru kedai: 00020101021126600014A00000061500010106890087022800000000000000000000005192635204541153034585802MY5922KEDAI RUNCIT SRI MURNI6004IPOH6304BB1D
        Sate Kajang Hj. Samuri cawangan Bangi dah tukar QR: 00020101021126600014A00000061500010106890087022800000000000000000000002881055204581253034585802MY5921SATE KAJANG HJ SAMURI6005BANGI63046C82
        Yuran UTAR (Universiti Tunku Abdul Rahman) boleh dibayar melalui DuitNow QR; rujukan = nombor invois sahaja, jangan taip nombor MyKad pelajar.
        Hospital Sultanah Aminah Johor Bahru: bayaran bil pesakit luar melalui DuitNow QR di kaunter 3, resit dicetak serta-merta.
        Talian bantuan pedagang kami 1-300-88-6688 (Isnin–Jumaat, 9 pagi–6 petang) untuk masalah QR tidak boleh diimbas.
        Nama peniaga dalam tag 59 maksimum 25 aksara — "RESTORAN NASI KANDAR PELITA SS2" kena pendekkan.
        Transaksi DN20251203MBBEMYKL0004417823 berjaya: RM12.90, 03/12/2025 13:42, terminal T-07.
        Sistem kami rekod 18,442 imbasan DuitNow QR bulan November, naik 12% berbanding Oktober.
        No. pendaftaran SSM 202301045512 (1509876-X) — Syarikat Roti Canai Mamak Ali Sdn. Bhd., akaun korporat sahaja.
        Jangan sesekali cetak QR peribadi anda di gerai; mohon QR peniaga supaya nama perniagaan yang keluar, bukan nama sendiri.
        Kemaskini aplikasi v5.12.3: sokongan DuitNow QR rentas sempadan dengan PromptPay dan QRIS.
    """),
    ("en", "MeCard and contact QR"): _lines("""
        MECARD:N:Holmes,Sherlock;ADR:221B Baker Street,London NW1 6XE;NOTE:Consulting detective;;
        MECARD:N:Simpson,Homer;ADR:742 Evergreen Terrace,Springfield;NOTE:Safety Inspector\\, Sector 7G;;
        MECARD:N:Bond,James;TEL:+442079460007;NOTE:Universal Exports;;
        MECARD:N:{last_name},{first_name};TEL:{mobile_e164};EMAIL:{email};ADR:{address_line};;
        MECARD:N:Lee Kong Chian Reference Library;ADR:100 Victoria Street,Singapore 188064;URL:https://www.nlb.gov.sg;;
        MECARD:N:Appointment Centre,Tan Tock Seng Hospital;TEL:+6567208800;URL:https://www.ttsh.com.sg;;
        BEGIN:VCARD VERSION:3.0 ORG:Kopitiam Holdings Pte Ltd TEL;TYPE=WORK:+6568880000 EMAIL:enquiry@kopitiam-holdings.example END:VCARD
        WIFI:T:WPA;S:Kopitiam_Guest;P:kopi-o-kosong;;
        Our badge generator drops BDAY and NOTE from the MeCard by default; HR has to tick "include personal fields" explicitly.
        Scanning a MeCard on iOS 18 opens the Add Contact sheet directly; on older Android you may need a QR app.
        MECARD:N:Customer Care,Duit Pantas Sdn Bhd;TEL:+60327195500;EMAIL:care@duitpantas.example;;
        Heads up: MeCard has no field for a title, so "Dr." ends up in N and breaks the comma split in some readers.
    """),
    ("en", "parser logs and test vectors"): _lines("""
        2025-12-03T09:14:22.118Z WARN qr-parser crc_mismatch expected=D44D got=D44C len=154 proxy_type=UEN
        test_paynow_static_roundtrip ... ok (0.004s)
        CRC-16/CCITT-FALSE check value for ASCII "123456789" is 0x29B1 — use it to unit-test the implementation.
        emvqr-py 2.4.1: fixes off-by-one when ID 62 contains nested sub-IDs 50–99; drops Python 3.8.
        PARSE ERROR at offset 84: ID 59 declares length 26 but only 19 characters remain
        → 00A404000E325041592E5359532E444446303100  ← 9000 (PPSE selected, AID A0000000031010, label 56495341204445424954 "VISA DEBIT")
        TLV terminal data: 9F1A020702 5F2A020702 9A03251203 9C0100 9F0206000000002350 95050000008000 9F360200A1
        Test PAN 4111 1111 1111 1111, exp 12/30, CVV 123 — the standard Visa test number, never a live account.
        Parsed spec sample OK: name="Red Cross of Belgium" iban=BE72000000001616 amount=EUR1.00 purpose=CHAR
        fuzz: 3 crashes — length field "0A" (hex instead of decimal), empty ID 63, and a payload truncated after "6304".
        bench decode_10k: 182 ms total, p99 0.041 ms, Python 3.12.7, commit 7f3c9e21
        sha256(payload)=4b1e0f9c27d3a8e65f0b2c91d7e4a6f38c05b29e1a7d64f03e8c2b5a9d716e40
        Masking rule in the ingest job: replace the value of 26-02 and 62-02 with "#" * len(value) before writing to the data lake.
    """),
    ("zh-Hant", "轉數快與收款碼"): _lines("""
        東華三院捐款 QR：00020101021226270012hk.com.hkicl020712345675204000053033445802HK5925TUNG WAH GRP OF HOSPITALS6002HK62200516DON-2025-HK-00916304EA71
        轉數快 QR 碼沿用 EMVCo 格式，模板 26 的 GUID 為 hk.com.hkicl，後面接收款方的 FPS 識別碼、手機或電郵其中一項。
        伊利沙伯醫院繳費處已提供轉數快，FPS 識別碼 2093184，參考編號請填單據號碼。
        逸夫書院宿費請以轉數快繳付，備註欄只填宿位編號（例如 SC-B-1207），毋須填寫學生姓名。
        客戶服務熱線 2888 0123（星期一至六 9:00–20:00），如 QR 碼無法掃描請致電查詢。
        交易編號 FRN20251203HKB1234567890 已完成，金額 HK$250.00。
        台灣 TWQR 共通支付標準的轉帳碼以「TWQRP://」開頭，欄位 D5 為銀行代碼、D6 為帳號。
        電子發票 AB-12345678，隨機碼 4821，賣方統編 28421053，買方為一般消費者不列印統編。
        國父紀念館捐款收據編號 SYS-2025-000318，收據將於 30 日內寄出。
        學雜費繳費說明：請以繳費單上的虛擬帳號轉帳，切勿在附言填寫身分證字號。
        香港金管局資料：轉數快登記數目已超過千萬個，QR 碼付款佔比持續上升。
        商戶名稱欄位只接受英文大寫，例如「KAM WAH CAFE」而不是「金華冰廳」。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Scanned off the flyer in the lift — Li Ting's PayNow for the Dec rent: 00020101021226380009SG.PAYNOW010100211+65972634180301052040000530370254071200.005802SG5912CHUA LI TING6009Singapore62280124Dec rent Blk 615 #07-214630461D2
        qr_raw=00020101021226380009SG.PAYNOW010100211+659148627303010520400005303702540523.505802SG5912GOH JIA XUAN6009Singapore62160112hotpot split6304184E status=PAID
        paynow.lookup resp {"proxyType":"NRIC","proxyValue":"S8734612I","nameMasked":"CH*A L* T*NG","bank":"DBS"}
        MECARD:N:Ong,Kah Seng;TEL:+6596720315;EMAIL:kahseng.ong@outlook.sg;ADR:Blk 227 Bishan St 23 #11-162,Singapore 570227;;
        Dementia tag QR on the lanyard: MECARD:N:Koh,Ah Moi;ADR:Blk 33 Jalan Bukit Ho Swee #04-117;NOTE:Dementia - may wander. Son Kelvin Koh 9035 6621;;
        POS debug: 5A084532781160429175 5F2403271130 5F200B5941502F5348552046454E 9F0206000000004890
        EPC QR decoded → name: Daan Verhoeven | IBAN NL66INGB0007345612 | EUR 42.00 | remittance "terugbetaling concertkaartjes"
        Refund to PayNow +65 9***6273 failed — acct holder GOH JIA XUAN, order SG-88213 delivered to 18 Jalan Bukit Merah #05-11 S150018, pls call her.
        payroll QR batch row 17: PAYNOW +6588352041 MUHAMMAD IRFAN BIN ROSLI SGD 3,480.00 ref SAL-NOV25 (basic 3200 + OT 280)
        Season parking QR ref "SJQ4521D-ONG KAH SENG-BLK227" for Bishan carpark B, renewal Jan–Mar.
        PayNow ref: SCT/2025/004417 instalment 3 of 12 — Priya d/o Ramasamy v. Lee Hock Chye
        Helper salary via PayNow: Maria Santos Dela Cruz, FIN G5538204U, mobile 8917 3420, SGD 650 for Nov
        someone stuffed this into 62-08 purpose: "pls whatsapp Aaron Teo 9726 4418 for the puppy, deposit $200 first"
        DuitNow ID lookup: type=PASSPORT value=P4817263B name=REYES JOHN PATRICK status=ACTIVE bank=MBB
    """),
    "zh-Hans": _lines("""
        个人收款码解析：收款人 邹雨桐，银行卡 6214 8377 5102 9384，预留手机 139 2657 0418
        {"xm":"贺晓峰","sfzh":"320582198807143612","sbkh":"E32058226","yxq":"20301231"} ← 电子社保卡码原文，别再发群里了
        码内容：name=钱慧敏&id=110105197509182260&status=red&reason=密接 复查
        MECARD:N:蒋,立成;TEL:+8618612037745;ADR:上海市浦东新区张杨路1285弄7号602室;NOTE:微信 jiang_lc1983;;
        转账附言：赔偿款（2025）粤0304民初18832号 范志强 第2期
        工资代发明细第12行：卢佳怡｜6228 4804 2917 3302｜实发 ¥12,486.50｜2025年11月
        扫码付的是孙德胜的透析费，他尿毒症三年了，每周三次在华西医院做。
        停车场缴费码 62-01 字段：粤B·D73K29／车主 黄文博／月卡 2025-12
        TLV 调试：5903吴秀兰6003成都市6215021115802196630 后面 CRC 没截全
        微信实名信息：姓名 唐志远，证件类型 护照，证件号 EJ4829173，手机 １３６ ０２１８ ４４７５
    """),
    "ms": _lines("""
        Nak bayar sewa bilik, scan QR ni je: 00020101021126440014A0000006150001010689005302128904121455235204000053034585406350.005802MY5913LIM BOON KEAT6013PETALING JAYA62180514sewa bilik Nov6304837B
        00020101021126430014A000000615000101068900530211601377245195204000053034585802MY5922NURUL AISYAH KAMARUDIN6007KUANTAN6304CE00 ← QR Kak Nurul untuk duit kenduri
        DuitNow ID: 920817-08-6214 (Kavitha a/p Subramaniam) – yuran tuisyen Disember RM180
        Akaun Maybank 1640 2258 9913 a/n Ahmad Hafizuddin bin Zulkifli, tel 019-447 2016, No. 12, Jalan Melati 3/2, Taman Sri Muda, 40400 Shah Alam
        Derma rawatan kanser payudara Puan Tan Siew Peng (tahap 3, Hospital Pulau Pinang). DuitNow: 012-338 9052
        Bayar saman kereta WXY 8823 milik Encik Rahimi Abdullah, IC 850606-01-5237, rujukan 62-05 = SAMAN-WXY8823
        MECARD:N:Siti Hajar binti Osman;TEL:+601123456789;EMAIL:sitihajar.osman92@yahoo.com;ADR:Lot 45,Kampung Parit Raja,86400 Batu Pahat,Johor;;
        Nafkah anak ikut perintah Mahkamah Syariah KL kes 14100-024-0391-2024: Zulkarnain bin Harun bayar RM800 kepada bekas isteri Norhayati binti Ismail
        Gaji Nov: Mohd Aiman bin Sulaiman, pembantu kedai, RM1,850 + OT RM220, DuitNow 017-256 8830
    """),
    "de": _lines("""
        BCD\\n002\\n1\\nSCT\\nINGDDEFFXXX\\nKatharina Vogt\\nDE44500105175407324931\\nEUR850.00\\n\\n\\nMiete Dez. Whg 2.OG re. Kastanienallee 14, 10435 Berlin
        bank://singlepaymentsepa?name=Sabine%20Wendt&reason=Kaution%20Stellplatz%2017&iban=DE46120300001020304087&bic=BYLADEM1001&amount=300,00
        SEPA-Sammler Zeile 4: Jonas Pfeiffer, DE46701500000031187654, 2.845,17 EUR, Purpose SALA, Verwendungszweck „Gehalt 11/2025 PersNr 10442“
        Verwendungszweck: Az. 3 C 412/24 AG Köln – Ratenzahlung Mehmet Yıldız an Dirk Brandt, Rate 5/10
        Überweisung an die Physiopraxis, Zweck: Eigenanteil Reha nach Bandscheiben-OP Theresa Aigner, geb. 14.02.1979
        MECARD:N:Brenner,Lukas;TEL:+4915223847761;EMAIL:l.brenner@posteo.de;ADR:Hauptstr. 8,79539 Lörrach;BDAY:19910322;;
        Zahlschein-QR: BCD\\n002\\n1\\nSCT\\n\\nFlorian Gruber\\nAT822032032100284176\\nEUR96.00\\n\\n\\nNachhilfe Mathe Sohn Paul Gruber 4b BG Wels
        Rücküberweisung Kaution an Camille Rousseau, FR1420041010050500013M02606, Wohnung 5 Rue des Tanneurs, Straßburg
        Stellplatzmiete Kennzeichen M-KV 4471, Halter Konstantin Vogel, IBAN DE88760500000000112233, Dauerauftrag zum 1.
        webhook mieteingang qr_b64=QkNECjAwMgoxClNDVApHRU5PREVGMVMxMgpNYXJsZW5lIEhvZmZtYW5uCkRFNzAyNTA1MDE4MDA5MTAwMzQyMTcKRVVSNjQwLjAwCgoKTWlldGUgSmFuIDIwMjYgV2hnIDEuT0cgbGlua3MgR29ldGhlc3RyLiA5IEhhbm5vdmVyCg==
    """),
    "zh-Hant": _lines("""
        琴行張老師私人轉數快：00020101021226450012hk.com.hkicl0425mandy.cheung.hk@gmail.com5204000053033445406480.005802HK5914CHEUNG MAN YEE6002HK62190515piano lesson x463043FE7
        按金 HK$12,000 已經轉數快俾業主，收款人 陳嘉欣 Chan Ka Yan，手機 6123 4587，租客 HKID K382914(6)
        TWQRP://林怡君轉帳/158/02/V1?D5=822&D6=0000123540987654&D10=901 手機 0912-587-330
        王淑芬（身分證 A228734566）二代健保補充保費繳款單，條碼 3 段，繳費期限 114/12/31
        MECARD:N:黃,子軒;TEL:+85292873310;ADR:九龍旺角彌敦道688號旺角中心一期15樓B室;;
        街坊籌款 FPS ID 1638274：幫李國強阿伯籌醫藥費，佢上個月中風入咗瑪麗醫院 ICU
        小額錢債審裁處 SCTC 4417/2025 判 鄭志明 賠償 HK$18,500 予 何美玲，請轉數快至 9163 2207
        陳冠宇 F139582017，LINE ID: guanyu_0614，台中市西屯區福星路427號8樓之3
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "can you decode this paynow qr? friend sent it for the bday gift pool"),
        (
            "user",
            "00020101021226380009SG.PAYNOW010100211+658291305703010520400005303702540545.005802SG5916SITI NUR FARHANA6009Singapore62180114bday gift pool6304A10D",
        ),
        (
            "assistant",
            "It's a dynamic PayNow QR to mobile +65 8291 3057, registered name SITI NUR FARHANA, fixed amount SGD 45.00, reference 'bday gift pool'. The CRC checks out.",
        ),
    ],
    [
        (
            "user",
            "Ich verkaufe mein Sofa auf Kleinanzeigen und will einen GiroCode für den Käufer erstellen.",
        ),
        (
            "assistant",
            "Gern. Ich brauche Empfängername, IBAN, Betrag und optional einen Verwendungszweck.",
        ),
        ("user", "Marlene Hoffmann, DE70250501800910034217"),
        ("user", "Betrag 180 €, Zweck: Sofa Abholung Goethestr. 9 Hannover"),
        (
            "assistant",
            "Hier der Inhalt: BCD\\n002\\n1\\nSCT\\n\\nMarlene Hoffmann\\nDE70250501800910034217\\nEUR180.00\\n\\n\\nSofa Abholung Goethestr. 9 Hannover",
        ),
    ],
    [
        ("user", "Saya nak daftar DuitNow ID guna MyKad, boleh ke?"),
        (
            "assistant",
            "Boleh, kebanyakan bank benarkan MyKad sebagai DuitNow ID melalui aplikasi perbankan.",
        ),
        ("user", "IC saya 950203-10-5671"),
        ("user", "nama Ahmad Fikri bin Yusof, akaun CIMB, tapi app kata ID dah didaftar bank lain"),
        (
            "assistant",
            "Itu bermaksud MyKad tersebut sudah dipautkan ke bank lain. Anda perlu nyahpaut di bank asal dahulu.",
        ),
    ],
    [
        ("system", "你是支付网关的技术支持助手。"),
        ("user", "生产环境有个码 CRC 校验失败，日志如下，帮看下哪里错了"),
        (
            "user",
            "2025-12-03 10:22:41 ERROR crc_mismatch payload=...5913周美华6003杭州市62150211138672145906304A1F0 payer_id=330106198305211578",
        ),
        (
            "assistant",
            "tag 59 的长度写成了 13，但“周美华”只有 3 个字符，长度字段算错了，CRC 自然对不上。",
        ),
    ],
    [
        (
            "system",
            "You are QuickPay support. Verified customer this session: Wong Tsz Hin, HKID Y615028(2), FPS proxy +852 5316 8842, account opened 2019.",
        ),
        ("user", "my FPS QR stopped working since yesterday"),
        (
            "assistant",
            "Thanks, I can see the FPS proxy on your account was unlinked on 2 Dec. Would you like to re-link it?",
        ),
    ],
    [
        ("user", "幫我整個轉數快 QR 收人情，下個月擺酒"),
        ("assistant", "可以，收款人用邊個名同埋邊個 FPS 登記咗嘅手機或電郵？"),
        ("user", "用新娘個名：劉穎詩 Lau Wing Sze，手機 9621 7730"),
        ("assistant", "好，QR 碼會顯示收款人 LAU WING SZE，金額留空等賓客自己輸入。"),
    ],
    [
        ("user", "my mum's paynow is 9"),
        ("user", "7741 2058"),
        (
            "user",
            "name is Mdm Lee Swee Lan, she's in SGH ward 64 for chemo, can u make a qr so relatives can chip in",
        ),
        (
            "assistant",
            "Sure, here is a static QR payload with editable amount: 00020101021126380009SG.PAYNOW010100211+6597741205030115204000053037025802SG5912LEE SWEE LAN6009Singapore63042BB4",
        ),
    ],
    [
        ("user", "Terminal keeps declining, here's the TLV it sent, what's wrong?"),
        (
            "user",
            "9F02060000000019905A0855294103881726475F2403280531 5F200C5343484D4944542F414E4E41 9F1A020276 95058000048000",
        ),
        (
            "assistant",
            "TVR 8000048000 shows offline data authentication failed and the card is on the exception file; the cardholder is SCHMIDT/ANNA with PAN ending 2647. She'll need to contact her issuer.",
        ),
    ],
    [
        ("user", "群里报销团建费，大家扫我的码就行"),
        ("assistant", "好的，需要我帮你写一段群公告吗？"),
        (
            "user",
            "写一下：收款人聂文静，招行卡 6222 0210 0311 7848，身份证 510107199511260842，开发票要用",
        ),
        ("assistant", "已整理：团建费请转账至聂文静的招商银行卡，开票信息已附。"),
    ],
    [
        ("user", "Need a MeCard for our new nanny so the kids' school can reach her"),
        (
            "user",
            "Rosalind Mae Bautista, FIN F2291746M, +65 8743 1092, staying with us at 62 Jalan Kembangan #02-03 S419130",
        ),
        (
            "assistant",
            "MECARD:N:Bautista,Rosalind Mae;TEL:+6587431092;ADR:62 Jalan Kembangan #02-03,Singapore 419130;; (I left the FIN out — the school doesn't need it.)",
        ),
    ],
]
