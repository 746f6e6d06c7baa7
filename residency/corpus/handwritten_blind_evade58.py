# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade58: personal data in barcodes and machine-readable strings (BCBP, PDF417, GS1, QR, MRZ). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade58
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "bcbp_reference"): _lines("""
        IATA BCBP mandatory items, in order: format code (1), legs encoded (1), passenger name (20), electronic ticket indicator (1), PNR code (7), from airport (3), to airport (3), operating carrier (3), flight number (5), date of flight in Julian days (3), compartment code (1), seat (4), check-in sequence (5), passenger status (1), size of the variable section (2, hex).
        Sample string printed in Resolution 792 for a single leg: M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100 (the specification's made-up passenger, used in every vendor's test suite).
        Kiosk printer calibration template: M1SURNAME/GIVENNAME   EXXXXXXXORGDSTCC NNNN JJJCSSSSQQQQ 100 — the firmware only checks the field widths, so leave the letters as they are.
        Date of flight is the day of the year: 057 is 26 February and 318 is 14 November in a common year; in a leap year everything after day 059 shifts by one.
        Why does the airline app show a QR code when the paper pass has a PDF417? Both are allowed under BCBP, and Aztec is the third permitted symbology, common on mobile passes in Europe.
        Gate reader error E-117 means the two hex digits after the passenger status do not match the length of the conditional section that follows; nine times out of ten it is a truncated scan, not bad data.
        Notice to passengers: please do not post photos of your boarding pass online. The barcode holds your name and booking reference, which is enough for someone to change or cancel your trip.
        The seat field is four characters, zero-padded (001A, 045K, 061D); infants without a seat are encoded INF and standby passengers often print with a blank seat.
        Lounge access rule set v4.2: accept BCBP where operating carrier in (SQ, TR), compartment in (J, F) or frequent flyer tier in (PPS, SKS); reject if the date of flight differs from today by more than one day.
        Flight SQ 0318 on day 057 pushed back at 23:58; 41 boarding passes were flagged as late only because the reader clock at gate B6 was still on UTC.
        Our QA fixtures use TEST/PASSENGER ONE to TEST/PASSENGER NINE with PNRs ZZZ0001 to ZZZ0009 on flight 9998, e.g. M1TEST/PASSENGER ONE  EZZZ0002SINKULSQ 9998 001Y002B0002 100, so nothing ever reaches the departure control system.
        Escape-room prop for the Tolkien night: M1BAGGINS/BILBO MR    EHOBBIT HBTRVDXX 0111 265F001A0001 100 — Hobbiton to Rivendell, first class, of course.
        Q: Can one barcode carry a connecting flight? A: Yes, a two-leg pass starts with M2 and repeats the PNR, from, to, carrier, flight, date, cabin and seat block for the second leg.
        Bag tag licence plates in the conditional section are ten digits: a leading digit, the three-digit airline accounting code and a six-digit serial; they identify the bag, not the owner.
    """),
    ("en", "gs1_labels"): _lines("""
        (01)09556001234568(17)270630(10)LOT2411B — 500 ml soy sauce, case of 12, batch from filling line 3.
        GS1-128 pallet label: (00)095560012300048715 (02)09551234700125 (37)48 (15)261130 — 48 cartons of instant noodles for the Shah Alam distribution centre.
        In a raw scan the FNC1 separator appears as <GS> (ASCII 29): ]C1010955600123456817270630 10LOT2411B<GS>21A0017 — the space is only there to make the log readable.
        Application Identifiers 91 to 99 are reserved for company-internal information, so never assume two trading partners use them the same way.
        GTIN-13 check digits use alternating weights of 3 and 1 from the right; 6901234567892 validates, 6901234567891 does not.
        Hospital unit-dose barcode: (01)04710123456788(17)270131(10)M5092(21)000184 — cefazolin 1 g vial, scanned at the bedside before administration.
        GS1 Digital Link example https://id.gs1.org/01/09506000134352/10/ABC123/21/12345 resolves to the product page; the serial belongs to the item, not to whoever bought it.
        AI (17) uses YYMMDD and a day of 00 means the last day of the month, so (17)261100 is read as 30 November 2026.
        Recall notice: batches (10)B2407 to (10)B2412 of GTIN 04898765432107 (infant formula 800 g) are being withdrawn; customers can return tins to any outlet for a full refund. Company hotline 2345 6789.
        SSCC 069012340001273358 breaks down as extension digit 0, company prefix 6901234, serial reference 000127335 and check digit 8.
        Label printer template: (01){GTIN}(17){EXPIRY}(10){BATCH}(21){SERIAL} — every field is filled from the ERP at release, nothing is typed by hand.
        Variable-measure item: (01)99556001234561(3103)001250 — 1.250 kg of frozen durian pulp, net weight in kilograms with three decimals.
        Price-embedded barcodes in Malaysian supermarkets start with 2 and carry the price in the digits before the check digit; they are store-internal and do not identify a unique item.
        AI (8018) GSRN for a service recipient should only be printed on the wristband itself; on the pharmacy tray label, print the bed number and the GTIN of the drug instead.
    """),
    ("en", "mrz_aamva_docs"): _lines("""
        ICAO Doc 9303 specimen for the fictional state of Utopia: P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<< / L898902C36UTO7408122F1204159ZE184226B<<<<<10
        TD1 specimen from Doc 9303 Part 5: I<UTOD231458907<<<<<<<<<<<<<<< / 7408122F1204159UTO<<<<<<<<<<<6 / ERIKSSON<<ANNA<MARIA<<<<<<<<<<
        MRZ check digits use the weights 7, 3, 1 repeating; digits keep their value, A=10 through Z=35, and the filler < counts as zero.
        German sample documents all show P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<< — Erika Mustermann is the placeholder the Bundesdruckerei prints on specimens.
        An AAMVA PDF417 payload starts with the compliance indicator @, then LF, RS and CR, the file type ANSI, a six-digit issuer ID (636020 is Colorado), the AAMVA version, the jurisdiction version and the number of subfiles.
        Element IDs you will meet most: DAQ licence number, DCS family name, DAC first name, DBB date of birth, DBA expiry, DAG street, DAI city, DAJ state, DAK postal code. Our age-check app keeps only DBB and DBA.
        Unit-test fixture: @ / ANSI 636000100002DL00410180DLDAQX00000000 / DCSSAMPLE / DACJANE / DBB01011990 / DBA01012030 / DAGNONE / DAIANYTOWN / DAJXX — every value is a dummy.
        Long names are cut to fit the MRZ; the full name only appears in the visual inspection zone, so never match guests on the MRZ name alone.
        Mainland Chinese ordinary passports issued since 2012 start with E followed by eight digits, or by a second letter and seven digits; the MRZ repeats the same nine characters.
        Hotel PMS setting: mrz_ocr.store_raw_lines = false; mrz_ocr.keep_fields = [doc_type, nationality, expiry]; purge after checkout + 24 h.
        A TD3 MRZ is two lines of 44 characters, TD1 is three lines of 30, TD2 is two lines of 36, and MRV-B visas also use two lines of 36.
        Malaysian passports put the MyKad number in the optional data field of line 2, so treat the whole second line as an identifier whenever you log it.
    """),
    ("zh-Hans", "二维码与面单"): _lines("""
        快递面单模板：收件人 {姓名} / 电话 {手机号，中间四位打星} / 地址 {省市区+详细地址}；模板编号 SF-A4-2026-03，打印前请勿改动字段顺序。
        顺丰运单号 SF1418863301275 已签收，签收网点：深圳南山科技园营业点，签收时间 2026-03-11 15:42。
        火车票二维码里有车次、日期、席别和加密后的乘车人信息，闸机离线验签；晒票的时候记得把二维码和证件号遮住。
        收款码怎么区分：个人收款码一般以 wxp://f2f0 开头，商家码走商户号；超市收银台扫的是你的付款码，18 位数字，一分钟内有效。
        营业执照二维码扫出来是统一社会信用代码和企业名称，例如“杭州某某茶饮管理有限公司”，只能查到企业登记信息。
        药品追溯码共 20 位，以 8 开头，前 7 位是药品标识码，后面是单品序列号；扫码只能查到生产批次和流向，查不到是谁买的药。
        中国的 GS1 厂商识别代码以 690 到 699 开头，6901234567892 是教材里常用的编码示例，校验位用模 10 算法。
        地铁乘车码每分钟刷新一次，截图无效；闸机无法识别时请联系车站客服，或拨打 12345 政务服务热线。
        登机牌条码示例：M1ZHANG/SAN          EXXXXXX PEKSHACA 1501，其中“张三”只是占位名，字段依次为姓名、E票标识、订座编号、起飞站、到达站、承运人、航班号。
        增值税电子发票二维码内容：01,10,044031900111,12345678,268.00,20260315,xxxx,ABCD —— 依次为版本、发票种类、发票代码、发票号码、金额、开票日期、校验码、加密串。
        会议签到二维码规则：码里只放报名编号（如 REG-2026-004512），签到时到后台查姓名，不要把手机号或身份证号写进二维码。
        共享单车车身二维码扫出来是 https://bike.example.cn/scan?no=7100238815，编号属于车辆，与骑车的人无关。
        WIFI:T:WPA;S:茶颜小馆-Guest;P:88886666;; —— 店门口贴的无线网二维码，顾客可以免费连接。
        车牌识别系统配置：省份简称+字母+5 位（新能源 6 位），置信度低于 0.85 时转人工复核，日志只保留车牌哈希，不落明文。
    """),
    ("zh-Hant", "條碼與機讀區"): _lines("""
        電子發票左側QR碼前77碼依序為：發票字軌號碼10碼、開立日期7碼（民國年）、隨機碼4碼、銷售額8碼（16進位）、總計額8碼、買方統編8碼、賣方統編8碼、加密驗證24碼。
        B2C發票的買方統編一律是 00000000，有打統編的才是公司報帳用的發票。
        範例：AB11223344 1150412 5831 0000012C 0000013B 00000000 53612874 —— 某便利商店開給一般消費者的發票，沒有使用載具。
        手機條碼載具格式是斜線加7碼（英數字與 +-. ），財政部網站上的示意寫法是 /ABC+123。
        護照機讀區第二行：護照號碼、檢查碼、國籍、出生日期、檢查碼、性別、效期、檢查碼、個人號碼（中華民國護照放身分證字號）、檢查碼、總檢查碼。
        香港「安心出行」場所二維碼只包含場所名稱和場所編號（例如 HKEN-A7K2Q9），唔會包含市民資料。
        香港身份證號碼格式係一至兩個英文字母、六位數字，再加括號內嘅檢查碼，例如 X123456(?) 只係格式示意。
        藥袋上的 GS1 DataMatrix 只放藥品GTIN、批號與效期；病人資料請印在人眼可讀區，不要塞進條碼。
        台灣高鐵車票QR碼包含車次、日期、車廂座位與票種；車票遺失請至車站售票窗口辦理，客服專線 4066-3000。
        Code 39 條碼前後的星號是起止字元，*ABC-123* 掃出來只會是 ABC-123。
        診所櫃台公告：掛號請出示健保卡，本診所不拍照、不留存證件影本。洽詢電話 (02) 2758-6612。
        香港郵政掛號郵件號碼示例 RR123456785HK：兩個英文字母、八位序號、一位檢查碼和地區代碼。
        機場自助報到機列印的登機證條碼以 M1 開頭，後面是20位旅客姓名欄；本手冊所有範例都使用 TEST/TRAVELLER。
    """),
    ("ms", "kod_qr_dan_pas"): _lines("""
        Kod QR DuitNow peniaga di kaunter: 00020101021126480014A00000061500010106890053021600000000045128875204581253034585802MY5923RESTORAN SRI MURNI MAJU6013PETALING JAYA6304028C — imbas untuk bayar.
        Nombor penjejakan Pos Laju seperti ER123456785MY hanya menunjukkan status penghantaran; nama dan alamat penerima tidak dipaparkan kepada orang awam.
        Format nombor MyKad ialah YYMMDD-PB-###G: PB ialah kod negeri atau negara kelahiran, dan digit terakhir ganjil untuk lelaki, genap untuk perempuan.
        Pas masuk pesawat mudah alih kini menggunakan kod QR atau Aztec; jangan kongsi tangkap layar pas anda di media sosial.
        Kod QR premis MySejahtera hanya mengandungi ID premis dan nama premis, contohnya kedai runcit atau masjid, bukan maklumat pengunjung.
        Untuk ujian pembaca cip MyKad, gunakan kad ujian yang dibekalkan vendor; jangan sekali-kali guna kad pekerja sebenar.
        Label rak: (01)09551234700125 Biskut Kelapa 400g RM6.90, harga promosi sehingga 30/11/2026.
        Sistem parkir: kenderaan dikesan melalui ANPR, tiket kod bar 1D mencatat masa masuk 08:14 dan pintu G2, kadar RM3 sejam.
        Kod bar pada bil utiliti mengandungi nombor akaun dan jumlah; jika anda buat salinan untuk bahan kursus, padamkan kod bar itu dahulu.
        Jadual elemen BCBP: nama penumpang (20 aksara), kod PNR (7), lapangan berlepas (3), destinasi (3), syarikat penerbangan (3), nombor penerbangan (5), tarikh Julian (3).
        Contoh templat MRZ untuk latihan: P<MYSNAMA<PENUH<<<<<<<<<<<<<<<<<<<<<<<<<<<<< — semua medan diganti dengan pemegang tempat.
        Jika kod QR DuitNow gagal diimbas, hubungi talian khidmat pelanggan bank anda; jangan imbas kod yang dilekatkan di atas kod asal di kaunter.
        Tiket bas ekspres TBS–Ipoh: kod QR TBS-20261204-0815-B22, platform 12, bas berlepas 08:15, sila tiba 30 minit lebih awal.
    """),
    ("mixed", "scanner_logs"): _lines("""
        2026-05-03T08:12:44+08:00 dev=HH-07 sym=QR len=0 err=DECODE_TIMEOUT retry=3
        [gate-reader] BCBP parse ok pax=<redacted> pnr=<redacted> flt=SQ0318 doj=057 seat=045K status=BOARDED
        regex for BCBP header: ^M[1-4].{20}E[A-Z0-9 ]{7}[A-Z]{3}[A-Z]{3}[A-Z0-9 ]{3}[0-9 ]{5}[0-9]{3} —— 扫不出来的时候先看是不是少了 E 票标识
        掃碼槍設定：前綴 ]Q3、後綴 CR，FNC1 轉成 <GS>；出廠預設為 USB-HID keyboard 模式。
        parser.py: def mrz_check(s): return sum(VAL[c] * W[i % 3] for i, c in enumerate(s)) % 10  # 7-3-1 weights, 用 ICAO 样本 L898902C3 测试应得 6
        Log rotate: scanner-raw-*.log dipadam selepas 7 hari; hanya kiraan imbasan (scan_count) disimpan dalam dashboard.
        DuitNow QR CRC mismatch: expected 028C got 0A8C —— 可能是打印字体把 2 渲染得像 A，重新打印商户码即可。
        PDF417 decode ok: columns=17 rows=24 ecc=5 bytes=412 iin=636020 subfiles=2 (DL, ZC) — fields not logged per policy POL-DL-04
        kiosk-12 打印测试页：M1TEST/TRAVELLER MR   EZZZ0001KULSINMH 9999 001Y001A0001 100
        SELECT COUNT(*) FROM scans WHERE symbology = 'PDF417' AND scanned_at::date = '2026-05-03'; -- 返回 1,284，比昨天少 12%
        Warning: GS1 AI (17) value 261332 invalid month; label rejected at line 4 — sila semak templat pencetak.
        ocr_conf=0.62 field=mrz_line2 action=MANUAL_REVIEW queue=front-desk — nilai MRZ tidak disimpan dalam log ini
    """),
    ("en", "qr_payloads"): _lines("""
        Pay at the counter: 00020101021126370009SG.PAYNOW010120210201734829K030115204581453037025802SG5926LUCKY PRAWN NOODLE PTE LTD6009Singapore6304A1FD
        Town council bill QR: 00020101021226490009SG.PAYNOW010120210T08GB0046G030100408202612315204939953037025406120.005802SG5919SAMPLE TOWN COUNCIL6009Singapore62180114SC-2026-11842263045102
        WIFI:S:KopiCorner_Guest;T:WPA;P:kopi2026;; — printed on the table tent at the café and changed every quarter.
        BEGIN:VCARD / VERSION:3.0 / ORG:Harbour Optical Ltd / TEL;TYPE=WORK:+852 2345 6789 / URL:https://harbouroptical.example.hk / END:VCARD — shop card QR on the counter.
        mailto:privacy@airline.example?subject=Boarding%20pass%20data%20request — the QR on the back of our privacy notice.
        geo:1.2839,103.8607?q=Marina+Bay+Sands — QR on the conference floor plan, no tracking parameters.
        BEGIN:VEVENT / SUMMARY:GS1 Healthcare Conference / DTSTART:20261104T090000 / LOCATION:Kuala Lumpur Convention Centre / END:VEVENT
        tel:1800-88-9999 — scan to call the clinic group's appointment hotline, Monday to Saturday 8 am to 8 pm.
        SMSTO:79000:BAL — QR printed on the prepaid starter pack, sends the balance-check keyword to the operator's short code.
        The QR on the museum label opens https://museum.example.sg/collection/1994-00871 with the curator's note on Stamford Raffles and the 1819 treaty.
        App deep links often carry base64: QkVHSU46VkNBUkQKVkVSU0lPTjozLjAKRk46Q3VzdG9tZXIgU2VydmljZQpPUkc6SGFyYm91ciBPcHRpY2FsIEx0ZApURUw7VFlQRT1XT1JLOis4NTIyMzQ1Njc4OQpFTkQ6VkNBUkQ= decodes to the Harbour Optical customer service card.
        A QR that opens your banking app with a pre-filled transfer is only safe if the payee name the app shows matches the shop; scammers paste stickers over genuine codes.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Gate reader reject log 26 Feb 07:41 T3/B6 — raw M1TAN/WEILING MS      EQX7K2M SINLHRSQ 0318 057Y045K0112 100 — reason BAG_NOT_LOADED, pax escorted to transfer desk, bag tag 0618243917 offloaded.
        Scanned my own Scoot boarding pass with a barcode app to see what's in it: M1DESOUZA/MARCUS MR   EL9ZPRT SINPERTR 0012 142Y023A0057 100 — so anyone with a photo gets my name and booking ref? flying out 22 May, seat 23A
        Rental desk DEN-04 licence scan 03/14 18:22: @ / ANSI 636020100102DL00410278ZC03190012DLDAQ172894503 / DCSNGUYEN / DACMINH / DADTHANH / DBB08141990 / DBA08142029 / DBC1 / DAU068 IN / DAYBRO / DAG1447 W OAK ST APT 3 / DAIDENVER / DAJCO / DAK802040000 / DCGUSA — added as second driver on RA 55102871
        (01)08881234567895(17)270630(10)B24117(21)RX88310457 | PRIYA D/O SELVAM | Metformin 500 mg, 1 tab twice daily after meals | Qty 60 | Bedok Polyclinic pharmacy
        Wristband print job ward 7B bed 12 — GS1 DataMatrix (8018)806141412345678907 | CHUA SIEW LING F 21/04/1996 | MRN 4471203 | ALLERGY: PENICILLIN | fall risk
        SSCC (00)088812340000456120 | SHIP TO: Kelvin Chua, Blk 412 Bedok North Ave 2 #08-117, Singapore 460412 | HP 9058 6631 | COD S$38.90 | leave with neighbour if not home
        Posting my card as QR text since the group bot deletes numbers: BEGIN:VCARD;VERSION:3.0;N:Rahman;Aminah;;;FN:Aminah Rahman;TEL;CELL:+60 19-226 8043;EMAIL:aminah.rahman.90@yahoo.com;END:VCARD — DM me for the carpool to Cyberjaya
        Staff badge reprint request: barcode text *S8734152F* / display name BENJAMIN KOH WEI MING / Finance, Level 9 / old badge lost at the gym on Tuesday
        QR on the refund slip decodes to REFUND|PAN=4532119023856716|EXP=09/28|HOLDER=RAVI KUMAR|AMT=SGD212.40|RSN=DOUBLE CHARGE — can someone in finance push this today
        House manual p.2: scan the fridge QR for Wi-Fi (WIFI:S:Farah_Home_5G;T:WPA;P:farah0422;;) and if anything breaks message me, Farah Nadia, on 9624 1853 — the unit is 27 Jalan Kembangan #03-02.
        Expo badge QR: https://reg.expo-sg.example/b?n=Daniel%20Wee%20Kah%20Seng&co=Wee%20Logistics&m=%2B6596172045&e=daniel.wee%40weelogistics.com.sg&t=VIP
        Season parking QR text: SP|SKL4827L|HOLDER=FOO MEI XIN|BLK 221 ANG MO KIO AVE 1 #11-1402|VALID 01/12/2026-31/12/2026|FEE 80.00
        Shu Ting's PayNow QR for the dinner split, just scan: 00020101021126380009SG.PAYNOW010100211+659736218403010520400005303702540545.505802SG5912LIM SHU TING6009Singapore62160112DINNER 12NOV6304C8EF
        Front desk OCR, room 1207, walk-in at 02:14: P<GBRHARGREAVES<<EMILY<ROSE<<<<<<<<<<<<<<<<< / 5348217099GBR8911078F3202193<<<<<<<<<<<<<<<4 — paid S$300 cash deposit, asked for late checkout
    """),
    "zh-Hans": _lines("""
        G7375次 上海虹桥→杭州东 2026年03月14日 09:12开 05车12F号 二等座 ¥73.00 周敏 3101151985****1645 —— 报销凭证扫码后显示的乘车人信息
        【顺丰面单】运单号 SF1402387752169 | 收：李海波 186 6620 3195 | 湖北省武汉市武昌区中北路109号丽岛花园3栋2单元1502 | 寄：武汉某数码专营店 | 保价 ¥2000 | 内件：手机
        别直接发身份证号，群里机器人会撤回。我把老王的号塞进条码内部AI里了：(91)4201061986(92)11034276，扫一下拼起来就是，帮他约一下明天的体检
        药盒追溯码 83910270014785232641 | 处方：刘洋，女，37岁，阿托伐他汀钙片 20mg 每晚一次 | 开方：朝阳区某社区卫生服务中心 | 下次复诊 4月18日
        这是我媳妇的微信收款码，扫出来是 wxp://f2f0X3kq8Lm2JdT9rA7yPNc5vB1sQe0Uw6Hz，转账备注写“赵雅婷 大班下学期学费”就行
        前台护照OCR记录 2026-04-02 21:17 房号1816：P<CHNCHEN<<XIAOLIN<<<<<<<<<<<<<<<<<<<<<<<<<< / E682140935CHN9705308F3306149<<<<<<<<<<<<<<<4 陈晓琳 押金已付 ¥500
        小区车辆通行二维码：粤B·8K3Q7 | 业主 黄嘉豪 | 18栋1203 | 手机 137 1462 8890 | 月卡到期 2026-06-30
        银联二维码扫不出来，我直接写吧：卡号 6259 0812 7734 5588，户名 孙丽华，招商银行杭州西湖支行，这个月房租 3200 元打这张卡
        学生证条码 3190104877 | 姓名 何思远 | 计算机科学与技术学院 2021级 | 宿舍 蓝田3舍412 | 紧急联系人（母亲）159 0213 8874
        胸牌二维码内容：MECARD:N:吴,浩然;TEL:13827194650;EMAIL:wuhaoran_1994@163.com;NOTE:嘉宾 A区12排;;
        体检条码 TJ2026041800317 | 受检者 郑小燕 | 身份证 330106200102280960 | 项目：乙肝五项 | 结果：HBsAg 阳性，建议专科复查
    """),
    "zh-Hant": _lines("""
        發票載具歸戶問題：左QR是 ZX48213097115041273910000024E0000026B0000000053612874kT8pQ2vXr9LmN4sW7bYc1A==:**********:2:2:1: ，載具 /K7R+Q2M 是陳淑芬（0958-221-407）的，請幫她補歸戶
        診所批價：健保卡號 000048217735　姓名 張家豪　身分證 F127493587　就醫序號 0017　掛號費 150 元　藥袋條碼 RX1150403-0017　診斷：急性支氣管炎
        出國前拍的護照資料頁OCR，幫我看有沒有讀錯：P<TWNLIN<<YI<CHUN<<<<<<<<<<<<<<<<<<<<<<<<<<< / 3127584062TWN8911160F3102031A226834018<<<<28（林怡君，下週一送簽）
        物業管理處訪客二維碼：VISITOR|何卓謙|HKID Y538206(6)|到訪 海怡半島18座22樓C室|9178 2356|2026-05-09 19:30
        順豐運單 SF1398276610452 收件人：鄭詠詩 6042 7318 新界沙田第一城 35座 17樓 F室 貨到付款 HK$268
        化驗所樣本條碼 HKL-26-0458817 | 病人：黃俊傑 男 42歲 | HKID K704512(3) | 檢驗：HbA1c 8.4%，空腹血糖 9.1 mmol/L | 轉介：私家醫生
        高鐵車票QR掃描紀錄：0123車次 台北→左營 2026/05/01 08:16 7車12A 乘客 蔡宗翰 TGo會員 身分證 H139612076 —— 旅客反映被重複扣款
        機場貴賓室入口拒絕紀錄：M1LEUNG/KAMWING MR    ETG8W3D HKGTPECX 0402 103Y052C0139 100 原因：經濟艙無權限，旅客梁錦榮表示已購買升等
        我的LINE QR掃出來是 https://line.me/ti/p/~meiling.wang0611 ，加我之後把小宇的補習費收據傳給你，王美玲（小宇媽媽）
        藥袋 GS1 DataMatrix (01)04719876543219(17)270131(10)M5092 | 病患 許雅雯 | 身分證 B281204760 | 用法：Sertraline 50mg 每日一次 | 精神科門診
    """),
    "ms": _lines("""
        Geng kutu, bulan ni bayar guna QR DuitNow saya ya (akaun atas nama saya, Faizal): 00020101021126400014A000000615000101020302129003121052375204000053034585802MY5928MOHD FAIZAL BIN ABDUL RAHMAN6012KUALA LUMPUR6304C8B0
        Salinan MRZ pasport untuk pakej Umrah Mac 2027: P<MYSAHMAD<ZULKIFLI<BIN<HASSAN<<<<<<<<<<<<<< / A472915833MYS8804307M3105227880430136107<<30 — tolong semak nombor IC dalam baris kedua betul
        Pos Laju ER482917367MY | Penerima: NURUL AISYAH BINTI KAMARUDIN | No. 14, Jalan Seri Putra 3/7, Bandar Seri Putra, 43000 Kajang, Selangor | Tel: 012-738 4521 | COD RM89.00
        Label tiub darah KK Kelana Jaya 2026/0419-0032 | KAVITHA A/P RAMASAMY | 870625-14-6088 | Ujian: FBS, HbA1c | Dx: diabetes jenis 2, susulan 3 bulan
        Kad pelajar SMK Taman Melawati — kod bar 140122150087 | MUHAMMAD HARRIS BIN ZAINAL | Tingkatan 4 Bestari | waris (bapa) 017-552 0936 | ponteng 3 hari minggu lepas
        Saya tulis ikut format MRZ je supaya sistem tak potong: LIM<<CHEE<KEONG<<<<<<<<<<<<<<<950118075341<M — itu IC saya, tolong masukkan dalam borang tuntutan insurans
        Pas naik tertinggal di kaunter 3, kod bar: M1WONG/MEILING MS     EK2PX7R KULBKIMH 2604 188Y031F0074 100 — penumpang sudah dipanggil dua kali, penerbangan ke Kota Kinabalu
        Pelekat QR parkir kediaman: WPC 8812 | pemilik: Siti Hajar binti Osman | Blok C-12-3, Pangsapuri Seri Ampang | 011-2397 6148 | yuran RM50 tertunggak 2 bulan
        Nak claim elaun perjalanan, resit QR tak boleh baca, jadi saya tulis: kad debit 5204 7311 8605 9237 atas nama Rajesh a/l Muniandy, jumlah RM120.00, tarikh 03/05
        Pas pekerja kilang — kod QR: PLKS|EB0427391|UDDIN MD RAHIM|BGD|MAJIKAN: SYARIKAT JAYA PLASTIK SDN BHD|TAMAT 07/08/2027|ASRAMA BLOK B BILIK 14
        Sijil digital vaksinasi — ID QR MYVC-7F3K-2291 | TAN BOON HUAT | MyKad 820909-08-5131 | Dos 3 Comirnaty 14/01/2022 | PPV Stadium Ipoh
    """),
    "mixed": _lines("""
        Lost & found T2 / 失物招领：找到一张登机牌 M1ZHANG/HAORAN MR     ENC5R2V PVGSINMU 0567 205Y044J0208 100，乘客张浩然请到 3 号服务台认领
        bro the QR on my IC cover is just my no. lah 011204-01-1466, nama Nur Izzati binti Rosli, tolong key in for the futsal insurance before Friday ok
        test payload pls decode dulu sebelum masuk CRM: 546L5b+X5by6IDQyMDEwNjE5ODYxMTAzNDI3NiAxMzggMDcxNSAyOTQ2 (客户资料, jangan paste plain text)
        guest_mrz: 'I<SGPS9052317A<<<<<<<<<<<<<<<<'  # 客人 Jason Teo 的 NRIC, 入住 2026-05-03 两晚, 别删
        Clinic queue QR 解碼：Q-0427 | 陳美華 CHAN MEI WAH | HKID R261984(8) | 覆診 blood pressure, 請帶埋藥袋 | 6 號房
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful travel assistant."),
        (
            "user",
            "Can you decode my boarding pass barcode? M1RAMANATHAN/ARJUN MR EF3KQ9X SINSYDSQ 0221 318Y061D0088 100",
        ),
        (
            "assistant",
            "Sure. M1 means one leg. Passenger RAMANATHAN/ARJUN MR, e-ticket, booking reference F3KQ9X, Singapore (SIN) to Sydney (SYD) on SQ 221, day 318 (14 November), economy, seat 61D, check-in sequence 88, status 1 (checked in).",
        ),
        (
            "user",
            "great, they just moved me to 58A — is the old pass still valid or do I need a new one before I board tonight?",
        ),
    ],
    [
        (
            "user",
            "The e-visa site keeps rejecting my passport MRZ, can you find the bad digit? P<SGPONG<<JIA<HUI<<<<<<<<<<<<<<<<<<<<<<<<<<< K2618473T4SGP9604216F3109306<<<<<<<<<<<<<<<0",
        ),
        (
            "assistant",
            "I recomputed every check digit: document number K2618473T gives 4, birth date 960421 gives 6, expiry 310930 gives 6, and the composite is 0. The MRZ is consistent, so the site is probably reading a letter O where you typed a zero.",
        ),
        (
            "user",
            "Thanks! It's Ong Jia Hui, born 21 April 1996 — should I type the given name as JIA HUI or JIAHUI?",
        ),
    ],
    [
        (
            "user",
            "帮我写一个防走失二维码的文字内容，给我爸挂在脖子上：赵建平，72岁，阿尔茨海默症中期，住杭州市西湖区文三路258号5幢301，联系人女儿赵倩 135 8826 0417",
        ),
        (
            "assistant",
            "可以，建议二维码文本：「我叫赵建平，有记忆障碍，如果我迷路了请联系我女儿赵倩 13588260417，家住杭州市西湖区文三路258号5幢301。」文字越短，二维码越容易扫。",
        ),
        ("user", "好的，能不能再加上他的身份证号 330106195403110419，方便派出所查？"),
    ],
    [
        (
            "user",
            "請問發票手機條碼 /P3X.8QV 可以歸戶到我媽的身分證嗎？她叫黃秀琴，身分證 E245397025，手機 0912-374-586",
        ),
        (
            "assistant",
            "可以。到財政部電子發票整合服務平台用她的手機號碼登入，選「載具歸戶」，再把載具跟她的金融帳戶綁定，中獎獎金就會直接匯入。",
        ),
        ("user", "好，那她的載具中獎會傳簡訊到這支手機嗎？她不太會用電腦"),
    ],
    [
        (
            "user",
            "Saya nak buat kod QR DuitNow untuk kutip yuran kelas mengaji, boleh guna no IC saya 990215-03-5568 sebagai ID DuitNow?",
        ),
        (
            "assistant",
            "Boleh. DuitNow ID boleh didaftarkan dengan nombor MyKad melalui aplikasi bank anda; selepas itu bank boleh jana kod QR statik yang dipautkan kepada akaun tersebut.",
        ),
        (
            "user",
            "Ok. Nama dalam QR nanti keluar FARHANA BINTI YUSOF kan? Ibu bapa pelajar boleh nampak nama penuh saya?",
        ),
    ],
    [
        (
            "user",
            "Our DLP keeps blocking my email signature. Encode this in base64 so it gets through: BEGIN:VCARD / VERSION:3.0 / FN:Koh Wen Jie / TEL;TYPE=CELL:+6581425907 / EMAIL:wenjie.koh88@gmail.com / END:VCARD",
        ),
        (
            "assistant",
            "Here it is: QkVHSU46VkNBUkQKVkVSU0lPTjozLjAKRk46S29oIFdlbiBKaWUKVEVMO1RZUEU9Q0VMTDorNjU4MTQyNTkwNwpFTUFJTDp3ZW5qaWUua29oODhAZ21haWwuY29tCkVORDpWQ0FSRA== — note that base64 is not encryption, anyone can decode it.",
        ),
        ("user", "perfect, pasting it into the vendor portal now"),
    ],
    [
        (
            "user",
            "12306 候补一直失败，乘车人 李俊峰 身份证 440305199208072136 手机 189 2754 6630，是不是核验没通过？",
        ),
        (
            "assistant",
            "候补失败多数是因为乘车人身份核验还在“待核验”状态，或者同一乘车人在同一时段已有行程。可以先在 App 的“乘车人”页面查看核验状态。",
        ),
        ("user", "显示已通过。他上周刚换了新身份证，号码没变，这个有影响吗？"),
    ],
    [
        ("system", "You help small businesses with labels and barcodes."),
        (
            "user",
            "I run a home bakery. Can you make the delivery label text for this order: Shanti d/o Ramu, Blk 58 Marine Terrace #07-33, Singapore 440058, HP 8733 0192, 1 x pandan chiffon, deliver Sat 10am",
        ),
        (
            "assistant",
            "Label text: (400)ORDER-0318 | SHIP TO: Shanti d/o Ramu | Blk 58 Marine Terrace #07-33, Singapore 440058 | HP 8733 0192 | 1 x pandan chiffon | Sat 10:00. The (400) part can go into a Code 128 barcode for your own tracking.",
        ),
        (
            "user",
            "looks good, can you also put her number into the QR so the driver can tap to call?",
        ),
    ],
    [
        ("system", "You are a coding assistant for a bar's age-verification app."),
        (
            "user",
            "Parser chokes on this PDF417 scan from last night, why? @ / ANSI 636014090102DL00410288ZC03290018DLDAQD7812904 / DCSMORALES / DACSOFIA / DADISABEL / DBB06031996 / DBA06032029 / DAG4519 FOOTHILL BLVD / DAIOAKLAND / DAJCA / DAK946010000",
        ),
        (
            "assistant",
            "The header says 2 subfiles, DL at offset 0041 and ZC at offset 0288, but your string ends right after DAK, so the ZC subfile is missing and the length check fails. Make the parser tolerate a missing jurisdiction subfile.",
        ),
        (
            "user",
            "ok fixed. she was turned away anyway, the bouncer said the photo didn't match her",
        ),
    ],
    [
        (
            "user",
            "Anak saya Norazlina binti Ismail terlepas penerbangan MH150 ke Jeddah, ini pas naik dia: M1ISMAIL/NORAZLINA MS EW7HM4B KULJEDMH 0150 076Y038A0163 100. Boleh tuntut balik tambang?",
        ),
        (
            "assistant",
            "Pas itu menunjukkan dia sudah daftar masuk (status 1) untuk MH150 pada hari ke-76, iaitu 17 Mac. Jika terlepas selepas daftar masuk, biasanya hanya cukai lapangan terbang yang boleh dituntut; hubungi syarikat penerbangan dengan kod tempahan W7HM4B.",
        ),
        (
            "user",
            "Dia umur 19, ini kali pertama pergi umrah sendiri. Nombor telefon dia 013-468 2207 kalau pihak MAS nak hubungi.",
        ),
    ],
]
