# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade112: amateur radio, pager and fax formats (ADIF, callbook, APRS, pager, fax). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade112
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "adif_log"): _lines("""
        ADIF export from WSJT-X <ADIF_VER:5>3.1.4 <PROGRAMID:6>WSJT-X <PROGRAMVERSION:5>2.7.0 <CREATED_TIMESTAMP:15>20261104 093012 <EOH>
        <CALL:5>NA1SS <QSO_DATE:8>20261104 <TIME_ON:6>091522 <BAND:2>2m <FREQ:7>145.800 <MODE:2>FM <PROP_MODE:3>SAT <SAT_NAME:3>ISS <COMMENT:26>ARISS school contact relay <EOR>
        <CALL:4>VR2B <QSO_DATE:8>20261102 <BAND:3>20m <FREQ:6>14.100 <MODE:2>CW <COMMENT:39>NCDXF/IARU beacon, heard in 10 s slot 3 <EOR>
        <CALL:6>9M66MY <QSO_DATE:8>20260916 <TIME_ON:4>0211 <BAND:3>40m <MODE:3>FT8 <RST_SENT:3>-07 <RST_RCVD:3>-12 <QSL_VIA:6>BUREAU <COMMENT:34>Malaysia Day special event station <EOR>
        <CONTEST_ID:8>CQ-WW-CW <STATION_CALLSIGN:6>MYCALL <STX:3>001 <SRX:3>027 <BAND:3>15m <FREQ:6>21.025 <MODE:2>CW <EOR>
        Export template: <CALL:{len}>{callsign} <NAME:{len}>{op_name} <QTH:{len}>{city} <QSO_DATE:8>{yyyymmdd} <EOR>  (placeholders filled by the logger plugin)
        Parser unit-test fixture: <CALL:4>TEST <NAME:15>Sherlock Holmes <QTH:21>221B Baker St, London <MODE:2>CW <EOR>
        Log summary 2026-Q3: 1,284 QSOs, 97 DXCC entities, 412 on FT8, 38 via satellite, 6 duplicates removed, ADIF CRC32 7f3a91c2
        <CALL:5>9V1RS <BAND:2>2m <MODE:2>FM <COMMENT:28>Q1EgQ1EgREUgOVYxUlMgQ0xVQg== <NOTES:30>club net opener, base64 by bot <EOR>
        <CALL:6>MYCALL <APP_N1MM_ID:32>4f1e9a0c77b2d5e18a3309c6f2b1d047 <APP_LOTW_QSL_RCVD:1>Y <LOTW_QSLRDATE:8>20261021 <EOR>
        <MY_GRIDSQUARE:4>OJ11 <GRIDSQUARE:4>PM95 <DISTANCE:4>5327 <BAND:3>10m <MODE:3>FT4 <TX_PWR:3>100 <EOR>
        Museum reconstruction: <CALL:6>POLDHU <QSO_DATE:8>19011212 <MODE:2>CW <COMMENT:55>Marconi at Signal Hill hears the letter S from Cornwall <EOR>
        How do I make Log4OM export <MY_RIG> and <MY_ANTENNA> without the QRZ logbook upload rejecting the ADIF for a bad field length?
    """),
    ("en", "callsign_lookup"): _lines("""
        GET https://xmldata.qrz.com/xml/current/?s=SESSIONKEY;callsign=VR2B -> <Callsign><call>VR2B</call><name>NCDXF beacon, Hong Kong</name><grid>OL72</grid></Callsign>
        {"call": "9V1ZZQ", "status": "NOT_FOUND", "message": "No licensee record for this callsign", "ts": "2026-11-04T10:22:31Z"}
        HamQTH lookup error 429: rate limit exceeded (30 req/min), retry-after 42 s, request id 7c1e-44b2-a9f0
        {"call": "JY1", "name": "King Hussein bin Talal", "note": "historic callsign of the late King of Jordan, silent key 1999", "source": "IARU history page"}
        Callbook trivia for the newsletter: King Juan Carlos I was EA0JC, King Hussein was JY1, and Marlon Brando operated as FO5GJ from Tetiaroa.
        {"callsign": "9M4RKL", "type": "repeater", "output": "145.7000", "offset": "-0.600", "ctcss": "103.5", "site": "Bukit Kiara", "owner": "club licence"}
        Lookup result for {CALL}: {FNAME} {NAME}, {ADDR1}, {ADDR2}, {COUNTRY} -- licence class {CLASS}, expires {EXPDATE}
        https://callbook.example.org/search?q=Amateur%20Radio%20Transmitting%20Society&type=club&country=9V&page=2
        Callbook stats November 2026: 9V 1,947 licences, 9M/9W 11,302, VR 2,188, BV 1,406; 37% of entries publish an e-mail address
        Authorization: Basic Y2x1Yl9ib3Q6Y2hhbmdlbWU= (default demo credential from the README, rotate before deploying the lookup bot)
        <QRZDatabase version="1.34"><Session><Error>Not found: BV0AAA</Error><Key>2331uf894c4bd29f3923f3bacf02c532d7bd9</Key><SubExp>Wed Jan 13 13:59:00 2027</SubExp></Session></QRZDatabase>
        Plugin demo mode returned a stub: call BV2DEMO, name Sun Wukong, address Flower Fruit Mountain, Water Curtain Cave -- no network request made
        {"call": "9V1UNI", "owner": "university radio society (club licence)", "trustee": "club secretary", "qth": "Engineering Drive 3", "qsl": "via bureau"}
    """),
    ("en", "fax_cover"): _lines("""
        FAX COVER SHEET | To: Accounts Payable, Lumen Marine Pte Ltd | Fax: +65 6223 4100 | From: Billing Desk | Pages: 3 incl. cover | Re: Invoice INV-2026-11873, SGD 4,218.60 due 30 Nov
        URGENT FAX -- To: Procurement Dept, fax 03-7957 2200 | Re: PO 4500298817 line 20, SKU YAE-FT5DR-B, qty 12, backordered until week 49
        CONFIDENTIALITY NOTICE: This facsimile may contain privileged information intended only for the named recipient. If received in error, call our main line +65 6331 8000 and destroy all copies.
        To: ______________  Fax: ______________  From: ______________  Date: ___/___/______  Pages: ___  [ ] Urgent [ ] For review [ ] Please reply
        Fax from the Ward 7B nurse station to Pharmacy: 3 patients due for INR review tomorrow; counts only, names are on the EMR worklist.
        Caption on the museum's replica cover sheet: Alexander Bain patented the electric printing telegraph in 1843, the ancestor of every fax machine.
        Re: Tender TDR/2026/0412 -- clarifications must be faxed to the Tender Secretary at 6887 4523 before 1700 hrs, 14 Nov 2026. Late submissions will not be considered.
        From: Pacific Relay Communications Pte Ltd (UEN 201812345K) | To: Customer Service, fax 6745 1200 | Re: RMA-88213, pager return, serial PX2-00419833
        Scan https://fax.example.sg/t/9Q7XK2 to track transmission 2026-11-04 15:02:17 SGT, job id FX-0048812, 5 pages, ECM on
        Hotel booking confirmation by fax: ref HB-7741-2026, 2 rooms Deluxe King, 12-14 Dec, SGD 289++ per night, guest list held by the front office manager.
        Please fax the signed form back to Human Resources at 6220 8899 (attn: HR Executive). Do not include NRIC copies; our DPO will request them separately if required.
        HylaFAX 6.0.7 cover page: JOBID 1187, TSI '+65 6553 0000', 196 lpi fine mode, 4 pages, retries 0/3, status DONE
        FAX -- To: Mr. Ebenezer Scrooge, Scrooge & Marley | From: Bob Cratchit | Re: Christmas Day off -- drama club prop for Act 1, scene 2
    """),
    ("zh-Hans", "aprs_packets"): _lines("""
        BG7ZZZ-10>APDW17,WIDE2-1,qAR,BG7ABC-1:!2232.55N/11356.21E#PHG5360/协会数字中继 145.825 MHz 欢迎使用
        BH4SCH-13>APRS,TCPIP*,qAC,T2CHINA:@041322z3112.33N/12128.44E_270/004g009t063r000p012P008h78b10182 中学气象站
        ;HAMFEST  *041000z3108.20N/12126.60E;2026 华东业余无线电展会 11月8日 会展中心3号馆
        :BLN1     :台风预警：今晚20时起沿海风力9级，请各台减少不必要的外出，注意天线加固
        BG7ZZZ-10>APDW17:T#005,199,000,255,073,123,01101001 电压/温度遥测
        APRS 里的 PHG5360 是什么意思？功率 25W、天线高 320 英尺、增益 6dB、全向——新手常见问题第 12 条
        RS0ISS-4>APWW11,ARISS,qAR,BH1ZZZ-10:>ISS 数字中继 145.825，今日过境 3 次，最高仰角 67°
        BG4CLB-9>APRS,TCPIP*:>5qyi6L+O6K6/6Zeu5Lia5L2Z5peg57q/55S15bCP56uZ （协会演示包，注释为 Base64）
        https://aprs.fi/#!call=a%2FBG7ZZZ-10&timerange=3600&tail=3600 （协会数字中继的轨迹链接）
        昨日 T2CHINA 服务器统计：接入 3,412 个站点，转发 1,208,774 个包，重复包 4.7%，峰值出现在 21:00
        PBEACON delay=1 every=30 overlay=S symbol=digi lat=31^12.33N long=121^28.44E comment="校园中继测试 145.825"
        演示包：NOCALL-7>APRS:>西游记主题活动 唐僧师徒四人 取经路线 第 81 站（非真实位置）
        APRS 协议由 Bob Bruninga（WB4APR）在上世纪九十年代提出，他于 2022 年去世，许多数字中继至今仍以他的设计为准。
    """),
    ("zh-Hant", "pager_messages"): _lines("""
        【數字傳呼】530 = 我想你；748 = 去死吧；88 = 拜拜 —— 九十年代 BB 機數字暗號懷舊帖
        POCSAG1200: Address: 1234002 Function: 0 Numeric: 999 5B （代碼藍，5B 病房，請當值團隊即到）
        傳呼台公告：本台將於 2026 年 12 月 31 日停止服務，客戶可致電客戶服務熱線 2888 1888 辦理按金退款。
        公司傳呼：天文台預計下午 4 時 40 分前發出八號烈風信號，請各同事提早安排收工。
        醫院傳呼 #45：ICU 空出 3 張床，請當值主任醫生回覆內線 4521。
        財經傳呼：恒指收市 17,842 升 213 點；匯控 66.35；騰訊 392.40（資訊台每 15 分鐘更新）
        範本：「{稱呼}，請於 {時間} 覆電 {號碼}，留言人 {留言人}」—— 傳呼台接線生標準用語
        POCSAG512: Address: 0800117 Function: 3 Alpha: 5pys5pel5Lqk6YCa54uA5rOB77ya5p2x5Y2A6LWw5buK5pqi6YCa
        訂單編號 ＰＧ－２０２６１１０４－０３３１ 已出貨，呼叫器型號 Ｂ９２０，客服熱線 ２８８８ １８８８
        傳呼：韋小寶請即返回排練室 —— 劇團《鹿鼎記》道具組測試訊息
        李小龍紀念展導覽傳呼機租借編號 BL-0217，按金 HK$200，歸還時請交回服務台。
        昨晚 22:00 至 06:00 夜更共收 186 個傳呼，其中 41 個未能送達（機主關機），已轉語音信箱。
        台灣呼叫器歷史：九十年代高峰時期全台用戶約 300 萬，常見數字暗號有 520、886、530。
    """),
    ("ms", "fax_header"): _lines("""
        LAPORAN PENGHANTARAN FAKS | Tarikh: 04/11/2026 10:14 | Ke: 03-8911 2000 | Halaman: 03 | Tempoh: 00:01:12 | Mod: ECM | Keputusan: OK
        FAKS SEGERA -- Kepada: Bahagian Perolehan, Majlis Bandaraya | Daripada: Unit Kewangan | Perkara: Invois INV-MY-2026-3381 berjumlah RM12,450.00
        Sila faks borang yang lengkap ke talian am kami 03-2260 5000 u.p. Pegawai Khidmat Pelanggan. Jangan lampirkan salinan MyKad melalui faks.
        Kepada: __________  No. Faks: __________  Daripada: __________  Tarikh: __/__/____  Bil. Halaman: ___  Perkara: __________
        Notis kerahsiaan: Faks ini mungkin mengandungi maklumat sulit. Jika anda bukan penerima yang dimaksudkan, sila hubungi pengirim di talian utama dan musnahkan semua salinan.
        Daripada: Syarikat Radio Pantai Timur Sdn Bhd (No. Syarikat 201901023456 (1334567-X)) | Perkara: Sebut harga SQ-2026-0091 untuk 20 unit walkie-talkie
        Faks Jabatan Kesihatan Negeri: 12 kes denggi baharu bagi minggu epidemiologi ke-44 di daerah Petaling, tiada kematian dilaporkan.
        Alamat penghantaran: Jabatan Akaun, Tingkat 12, Menara Pantai, Jalan Tun Razak, 50400 Kuala Lumpur
        Pengepala faks: ID: U3lhcmlrYXQgUmFkaW8gUGFudGFpIFRpbXVy | 04-NOV-2026 11:02 | P.01/02
        Ralat penghantaran: Kod E-408 (tiada nada faks), cubaan 3 kali, jadual seterusnya 14:30. Nombor tujuan: talian faks Kastam 03-8882 2100
        Pengesahan tempahan melalui faks: No. Tempahan TMP-5521, Dewan Seminar B, 18 Dis 2026, 80 peserta, pakej makan tengah hari RM45 seorang.
        Soalan forum: Macam mana nak set TSI pada mesin faks Brother supaya keluar nama syarikat, bukan nombor? Manual kata menu 1-2-2.
        Faks ujian: Kepada Hang Tuah, Laksamana Melaka | Daripada: Pejabat Bendahara | Perkara: Latihan drama sekolah, babak 3
    """),
    ("ms", "net_radio_amatur"): _lines("""
        Net mingguan Khamis 9.00 malam di repeater 145.700 MHz: 23 stesen daftar masuk, 4 dari Johor, 2 mobil, tiada trafik kecemasan.
        Peperiksaan RAE sesi 2/2026 pada 28 November di Cyberjaya; pendaftaran ditutup 14 November, yuran RM50.
        Soalan: Boleh ke lesen kelas B guna HF 40m? Jawapan: Tidak, kelas B hanya VHF/UHF ke atas, rujuk syarat lesen radio amatur.
        Senarai frekuensi SAR: 145.500 simplex panggilan, 145.675 kecemasan, 7.095 LSB net negeri -- simpan dalam memori 01 hingga 03.
        Laporan Ops Banjir Kelantan: 17 sukarelawan radio bertugas, 312 mesej trafik dihantar, 9 pusat pemindahan dihubungkan.
        Stesen khas 9M66MY sempena Hari Malaysia: QSL melalui biro persatuan, log dimuat naik ke LoTW dalam masa 30 hari.
        Format daftar masuk net: [tanda panggilan] - [nama panggilan] - [lokasi umum] - [trafik: ada/tiada]
        Latihan CW minggu ini: -.-. --.- / -.-. --.- / -.. . / ----. -- ....- -.-. .-.. -... (stesen kelab, 12 wpm)
        Repeater baharu: satu empat lima perpuluhan enam lima, ofset negatif enam ratus, nada satu kosong tiga perpuluhan lima.
        Kelab radio amatur Universiti Tunku Abdul Rahman buka kelas asas pada 6 Disember, yuran RM30, tempat terhad 40 orang.
        Paket AX.25 mentah dari digipeater kelab: 82 a0 a4 a6 40 40 60 72 9a 68 86 98 84 61 03 f0 3e 4e 45 54 20 4f 4b
        Ucapan perasmian oleh Menteri Komunikasi semasa Hari Radio Amatur Kebangsaan akan disiarkan semula di 7.095 MHz jam 9 malam.
        Peraturan net nombor 7: jangan siarkan nombor telefon, nombor IC atau alamat rumah di frekuensi terbuka.
    """),
    ("mixed", "encoded_frames"): _lines("""
        T.30 TSI frame (company fax line): FF 13 43 30 30 31 34 20 31 33 33 36 20 35 36 2B 20 20 20 20 20 20 20
        multimon-ng -a POCSAG512 -a POCSAG1200 -a FLEX -t raw pager_2026-11-04.raw | tee decode_2026-11-04.log
        FLEX|2026-11-04 08:30:12|1600/2/K/A|04.110|001234567|ALN|SYSTEM TEST 8821 - IGNORE - 系统测试
        APRS comment 'R28gS2VsYW50YW4hIDczIGRlIGNsdWI=' decodes to 'Go Kelantan! 73 de club' -- pasukan bola sepak, bukan orang
        https://aprs.fi/info/a/9M4RKL?comment=%E4%B8%AD%E7%BB%A7%E5%8F%B0&lang=zh
        Pager hex dump: 48 41 50 50 59 20 44 45 45 50 41 56 41 4C 49 (broadcast greeting to all subscribers)
        HF WEFAX schedule: JMH Tokyo 7305 kHz, 120 LPM, IOC 576, surface analysis 0300Z, 海面天气图
        sha256(adif_export_2026Q3.adi) = 9f2c4b7e01a8d3c55e6f1b2097aa4c3d8e1f60b7c2d9e4a8f135b6c7d8e9f0a1
        Pager QR payload: BEGIN:VCARD;FN:Customer Service Centre;TEL:+60 3-2260 5000;EMAIL:helpdesk@example.my;END:VCARD
        订单 ＰＯ－２０２６－８８１２ 已发货，顺丰单号 ＳＦ１４２８８７３０１１９２，收件单位：协会器材组
        ... --- ... -- 1912 年 Titanic 发出的求救信号，博物馆摩尔斯电码展板说明
        ROT13 puzzle for the club newsletter: 'Frira guerr frira guerr' = 'Seven three seven three'
        mailto:qsl-manager%40club.example.my?subject=QSL%20request%209M66MY&body=Sila%20hantar%20kad%20melalui%20biro
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        <CALL:6>9V1KQT <QSO_DATE:8>20261103 <TIME_ON:4>1342 <BAND:3>20m <MODE:3>SSB <NAME:11>Desmond Koh <ADDRESS:49>Blk 214 Bedok North St 1 #07-119 Singapore 460214 <EMAIL:24>desmond.koh.sg@gmail.com <EOR>
        <CALL:6>9V1TRW <QSO_DATE:8>20261029 <BAND:2>2m <MODE:2>FM <COMMENT:60>T3AgSmVyZW15IFRhbiwgTlJJQyBTODgzNDEyN0ksIGhwIDkxMjMgNDg3MQ== <EOR>
        {"call": "9W2RZF", "fname": "Rizal", "name": "bin Kamaruddin", "addr1": "23 Jalan SS 2/64", "addr2": "47300 Petaling Jaya, Selangor", "email": "rizal.kmd78@yahoo.com", "born": "1978"}
        FAX COVER SHEET | To: Cardiology Clinic B | From: Sunrise Family Clinic | Re: referral for Mr Gopal s/o Krishnan, NRIC T0251963H, chest pain on exertion, ECG attached | Pages: 4
        POCSAG1200: Address: 1402871 Function: 3 Alpha: PLS CALL ANGELINE RE HER BAIL HEARING 0930 TMRW, MOBILE NINE SIX FOUR TWO EIGHT ONE SEVEN THREE
        9V1TCH-9>APDR16,TCPIP*,qAC,T2SG:=0121.45N/10353.91E> Terence Chua | terence [dot] chua77 [at] yahoo [dot] com [dot] sg | ring me if my car is blocking you
        03/11/2026 14:22  FROM: 6452 8817 (HOME)  MARGARET DE SOUZA  TO: SGH MEDICAL RECORDS  P.01/03  RE: CASE NOTES OF MY LATE HUSBAND
        Net log 02 Nov: Raymond Pereira checked in only briefly -- his wife Agnes is back in SGH after a second stroke, so he won't run the Sunday net for a month.
        QSL bureau note: card for Kumar a/l Subramaniam returned; he moved out after the divorce and his ex-wife asked us not to forward anything to her flat.
        CW practice net, exercise 4 (member sent his IC for the membership form): ... --... --... .---- ..--- ----- ....- ..... ..
        Licence renewal read-back: Foxtrot Two Two Three Nine Eight Seven One Romeo, holder Arjun Mehta, work pass expires March, fax copy to follow
        Card authorisation (fax back to 6745 1200): cardholder Nur Aisyah binti Hamzah, Visa 4556 3820 0417 6931, exp 09/28, SGD 1,260.00 for the IC-7300
        T.30 TSI frame logged on the club fax (Mr Ong Boon Huat's home line): FF 13 43 38 35 31 32 20 36 33 37 39 20 35 36 2B 20 20 20 20 20 20 20
        GET /callbook/update?call=9V1LSL&name=Loh%20Siew%20Ling&addr=Blk%20521%20Jurong%20West%20St%2052%20%2312-334&tel=%2B6596184027 HTTP/1.1
        Heard on the Jurong repeater: Uncle Freddie from the Clementi net has been warded at IMH since last week; his daughter Clara asks that nobody call the house.
    """),
    "zh-Hans": _lines("""
        BH7QWE-9>APDR16,TCPIP*,qAR,BG7ABC-1:=2232.15N/11356.42E> 车主刘建国 粤B·8K3Q7 挪车请打 139 2487 6031
        BD4RTY-7>APRS,TCPIP*::BG4CLB-5 :546L56eA6IuxIOi6q+S7veivgSAzMTAxMTIxOTkzMDgyNzQ1MjE={042
        {"呼号": "BG5KLM", "姓名": "黄晓燕", "身份证号": "350203197511031282", "住址": "厦门市思明区湖滨南路88号12栋503室", "操作证": "B类", "有效期": "2029-06-30"}
        传真 | 收件：财务部 | 发件：人事部 | 事由：员工周志强 10 月工资单，基本工资 18,500 元，代扣个税 1,342 元，另扣病假 3 天 | 共 2 页
        操作证申请表传真件第 2 页：证件号码 ４４０３０５１９８８０４１２６７１４（陈志鹏），请核对后回传
        昨晚 438.500 点名，老陈（陈国平）说他儿子在深圳欠了网贷二十多万，催收电话都打到他单位去了，这周他就不上线了。
        QSL 卡寄回地址：杭州市西湖区文三路259号6幢1102室 吴海涛 收，电话 一八六 二一四七 五九零三
        器材款到账确认（传真）：户名 李娜，卡号 6225 8801 3492 7509，金额 ¥3,680，用于二手 IC-705
        https://callbook.example.cn/q?name=%E4%BD%95%E4%BD%B3%E6%80%A1&tel=13817264095&city=%E4%B8%8A%E6%B5%B7
        BG2UIO-9>APRS:>二手电台转让，加微信 zhangyu_bd7815（张宇，大连甘井子），周末可面交
        寻呼台值班记录 11月3日：3栋的张阿姨打来，让转告她女儿，住院押金已经欠了三天，医院说再不交就停药。
        汉显寻呼 2026-11-04 08:12 [1234567] 请速回电 孙丽 13927461038 你爸在市一医院抢救
    """),
    "zh-Hant": _lines("""
        傳呼台留言 #2319：陳志明先生，你太太話你媽咪入咗瑪麗醫院 ICU，請即覆 9421 6087
        傳真封面｜收件：人力資源部｜事由：申請人 黃家欣 身份證 Y705162(8)，住址 九龍觀塘協和街101號8樓C室｜共 3 頁
        業餘無線電人員執照查詢：呼號 BV2QXZ，姓名 林志豪，身分證 A228173643，地址 台北市大安區復興南路一段219巷7號4樓
        BX2RTY-9>APRS,TCPIP*,qAC,T2TAIWAN:!2501.88N/12131.44E>吳佩珊 行動 0912-346-785 有急事請打
        二手無線電讓售 FT-818，新竹面交，聯絡 LINE：pshan0815（陳小姐，晚上才回）
        上星期飯局見到老李（李振邦），佢話公司炒咗佢，而家連灣仔嗰間劏房嘅租都交唔起。
        謝太（鑽石山 3座 嗰位）個仔上個月食藥過量入院，佢叫我哋唔好喺網上講，大家心照。
        傳真頁首 2026/11/04 09:41 寄件人 ID：5qKB5ZiJ5oWnIOaJi+aPkCA2MTc4IDIzNTQ= P.01/02
        呼叫器除錯日誌 raw=4B 34 38 32 39 33 31 28 41 29（客戶：鄧先生，補登記身份證）
        傳真 2026/11/05 10:41 寄件：張美玲（住家）電話 (02)2736-5814 地址 台北市信義區吳興街156巷3號2樓 事由：退還保證金
        收據請寄給我阿姨周淑芬，手機 零九三六 二四七 八一五，她不會用 Email。
    """),
    "ms": _lines("""
        FAKS | Kepada: Unit Kutipan Hutang | Perkara: Puan Siti Norhaliza binti Abdullah, No. KP 880412-14-5523, tunggakan pinjaman RM8,420, alamat No. 7 Jalan Mawar 3, Taman Melati, 53100 Kuala Lumpur
        <CALL:6>9W2FZB <NAME:21>Mohd Faizal bin Osman <QTH:42>No 15 Lorong Bukit Angkasa 2, 43000 Kajang <COMMENT:15>HP 019-338 4762 <EOR>
        Pendaftaran net: nombor KP saya lapan satu kosong tujuh dua tiga, kosong tujuh, lima dua satu lapan -- Hafiz bin Rahman, Bukit Mertajam
        9W2AIM-9>APDR16,TCPIP*,qAC,T2MY:=0310.22N/10138.71E> Aiman, 012-784 3390, kereta VKD 4471, balik rumah Taman Tun Dr Ismail
        Pak Din dari net Kuantan tu dah tiga bulan tak bayar hutang kedai alat ganti, isteri dia pun dah balik kampung bawa anak-anak.
        Dengar cerita Rajesh a/l Muniandy kena tindakan tatatertib di tempat kerja sebab guna radio syarikat untuk QSO peribadi, gaji dia dipotong.
        {"call": "9M2NAZ", "nama": "Nazrul", "ic_b64": "OTIwMzA1LTAxLTY2NDc=", "status": "aktif", "tamat": "2027-08-31"}
        https://qsl.example.my/hantar?nama=Norazlina%20binti%20Yusof&alamat=Lot%202231%20Kampung%20Sungai%20Ramal%20Dalam%2C%2043000%20Kajang
        Jual HT Baofeng 2 unit, RM80 sebiji. PM Telegram @syafiq_qrp atau WhatsApp 017-552 0914 (Syafiq, Shah Alam)
        Mesej pager klinik: Cik Lee Mei Fong, keputusan ujian HIV anda sudah siap, sila datang jumpa doktor sebelum Jumaat.
        Bayaran yuran persatuan melalui faks: Maybank 1642 0381 7725 atas nama Tan Chee Keong, slip bank dilampirkan
        Faks dari ejen: pekerja asing Nguyen Van Thanh, pasport C4821937, permit kerja tamat 12/2026, majikan minta salinan segera.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a logging assistant for an amateur radio club."),
        (
            "user",
            "My ADIF import fails on this record, can you see why? <CALL:6>9V1WEN <NAME:9>Wendy Lau <EMAIL:19>wendylau.hk@gmail.com <ADDRESS:37>Blk 88 Tampines St 81 #04-221 S520088 <EOR>",
        ),
        (
            "assistant",
            "The EMAIL length is wrong: wendylau.hk@gmail.com is 21 characters, not 19, so the parser eats two characters of the next tag. Fix the count to 21 and it will import.",
        ),
        (
            "user",
            "Thanks. Should I strip her e-mail and address before I share the log with the contest committee?",
        ),
        (
            "assistant",
            "Yes. The committee only needs CALL, date, time, band, mode and exchange; drop NAME, EMAIL and ADDRESS from the shared copy.",
        ),
    ],
    [
        (
            "user",
            "帮我解一下这个 APRS 注释，是 Base64：5byg5bu65YabIDEzNjcyODQwOTE1IOaIkeWcqOmrmOmAn+acjeWKoeWMuuaKm+mUmg==",
        ),
        (
            "assistant",
            "解码结果是：“张建军 13672840915 我在高速服务区抛锚”。这是一条个人求助信息，里面有姓名和手机号。",
        ),
        ("user", "他是我们群里的老张，需要转发给救援吗？"),
        ("assistant", "可以转给救援队，但只发给需要的人，不要在公开频率或群里重复播出他的手机号。"),
    ],
    [
        ("system", "你是一個傳呼台的客服助理。"),
        (
            "user",
            "請幫我寫一條傳呼：通知何錦華伯伯佢喺伊利沙伯醫院嘅驗血報告出咗，肝指數偏高，要約覆診，覆電 6284 1907。",
        ),
        (
            "assistant",
            "建議內容：「何伯，醫院報告已出，請盡快覆電 6284 1907 約覆診。」病情細節唔好寫入傳呼，因為傳呼內容可能被其他人睇到。",
        ),
        ("user", "好，就咁發。"),
    ],
    [
        ("user", "Tolong buatkan muka depan faks ke bank untuk tukar alamat surat-menyurat."),
        (
            "assistant",
            "Boleh. Saya perlukan nama pemegang akaun, nombor akaun atau kad, dan alamat baharu.",
        ),
        (
            "user",
            "Nama Zulkifli bin Ahmad Shukri, MyKad 750918-10-5573, akaun CIMB 7012 4458 3391, alamat baharu No. 42 Jalan Kenari 5, Bandar Puchong Jaya, 47100 Puchong.",
        ),
        (
            "assistant",
            "Kepada: Jabatan Khidmat Pelanggan | Perkara: Pertukaran alamat surat-menyurat | Pemegang akaun: Zulkifli bin Ahmad Shukri (MyKad 750918-10-5573), akaun 7012 4458 3391 | Alamat baharu: No. 42 Jalan Kenari 5, Bandar Puchong Jaya, 47100 Puchong. Sila tandatangan sebelum dihantar.",
        ),
    ],
    [
        ("system", "You help hams with interference complaints."),
        (
            "user",
            "My neighbour Mr Lim Teck Seng at 17 Jalan Kembangan keeps running a plasma TV that wipes out 40 m. How do I write to IMDA without starting a fight?",
        ),
        (
            "assistant",
            "Keep it factual: dates, times, the band affected and a recording. You can mention the address of the suspected source, but avoid personal remarks about Mr Lim.",
        ),
        (
            "user",
            "He also told me he's behind on his mortgage and can't afford a new TV, should I include that?",
        ),
        (
            "assistant",
            "No. His finances are private and irrelevant to the complaint; leave that out entirely.",
        ),
    ],
    [
        (
            "user",
            "Decode this T.30 TSI hex for me: FF 13 43 36 34 30 37 20 31 33 39 35 20 32 35 38 2B 20 20 20 20 20 20",
        ),
        (
            "assistant",
            "TSI digits are sent in reverse order. Reversed and trimmed it reads +852 5931 7046, a Hong Kong mobile number.",
        ),
        (
            "user",
            "That's Auntie Mei Ling's phone, she faxes from her flat in Sha Tin. Can I put it in the club's public contact list?",
        ),
        (
            "assistant",
            "Not without her consent; a private mobile number should not go on a public list.",
        ),
    ],
    [
        ("system", "你是业余无线电协会的秘书助手。"),
        (
            "user",
            "新会员资料：邓建华，身份证 510107198202193629，住成都市武侯区玉林南路 12 号 3 单元 601，手机 15928376410。请整理成表格。",
        ),
        (
            "assistant",
            "姓名：邓建华｜身份证：510107198202193629｜地址：成都市武侯区玉林南路12号3单元601｜手机：15928376410。建议只在内部保存，不要发到会员群。",
        ),
        ("user", "好的，那呼号申请表只填姓名和手机可以吗？"),
        ("assistant", "可以，但主管部门通常要求身份证号，提交时用加密邮件或当面递交。"),
    ],
    [
        (
            "user",
            "Our pager log has this line, is it safe to post as an example? 'POCSAG512 Addr 0740031 Alpha: NRIC S9048213J PATIENT TAN AH KOW BED 12 RE-ADMIT'",
        ),
        (
            "assistant",
            "No, it contains a patient's name, NRIC and admission status. Use a made-up record or replace them with placeholders before posting.",
        ),
        ("user", "Ok, I'll change it to PATIENT X BED 12."),
    ],
    [
        ("user", "Macam mana nak letak Telegram dalam komen APRS saya?"),
        (
            "assistant",
            "Tambah dalam medan komen, contoh: >QRV 145.500. Tetapi ingat, komen APRS adalah awam.",
        ),
        (
            "user",
            "Saya nak letak @kamal_9w4 dan nombor 013-629 8814, nama saya Kamaluddin bin Ismail. Rumah saya di Taman Sri Gombak.",
        ),
        (
            "assistant",
            "Saya nasihatkan jangan letak nombor telefon dan kawasan rumah dalam komen awam; cukup dengan tanda panggilan dan frekuensi.",
        ),
    ],
    [
        ("system", "你是業餘無線電執照換發的協助人員。"),
        (
            "user",
            "我要換發執照，資料：許文傑，身分證 F123847561，呼號 BV2WJX，地址 新北市板橋區文化路二段 88 號 5 樓。",
        ),
        (
            "assistant",
            "已收到。請確認身分證 F123847561 與執照上的姓名許文傑一致，並附上近三個月內的照片。",
        ),
        ("user", "好的，我太太也要換，她的等我明天再給。"),
        ("assistant", "沒問題，明天提供她的資料即可。"),
    ],
]
