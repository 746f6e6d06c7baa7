# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade43: personal data reversed, interleaved, every other character, or in hex, octal and binary. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade43
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "encoding docs and code"): _lines(r"""
        To reverse a string in Python use slicing: 'stressed'[::-1] returns 'desserts'.
        bytes.hex() returns two hex digits per byte, so b'\xde\xad\xbe\xef'.hex() == 'deadbeef'; bytes.fromhex() goes the other way.
        int('755', 8) == 493 and oct(493) == '0o755' — note that int('0o755', 8) also works, but int('0755', 10) silently gives 755.
        RFC 4648 test vectors: BASE16("") = "", BASE16("f") = "66", BASE16("fo") = "666F", BASE16("foobar") = "666F6F626172".
        JS one-liner: '0x' + (255).toString(16).padStart(4, '0') // '0x00ff'
        In Go, hex.EncodeToString([]byte("Hello, Gophers")) returns "48656c6c6f2c20476f7068657273".
        The PNG signature is always 89 50 4E 47 0D 0A 1A 0A; a PDF starts with 25 50 44 46 2D, i.e. %PDF-.
        Java class files begin with the magic number 0xCAFEBABE followed by minor and major version; major 0x0041 (65) means Java 21.
        TLS 1.3 is 0x0304 on the wire, yet ClientHello.legacy_version still carries 0x0303 for middlebox compatibility.
        Endianness cheat sheet: 0x12345678 is laid out as 78 56 34 12 on little-endian and 12 34 56 78 on big-endian machines.
        Two's complement refresher: int8 -1 is 0b11111111 (0xFF), -128 is 0b10000000 (0x80), +127 is 0b01111111 (0x7F).
        git shows non-ASCII paths as octal escapes, e.g. "docs/\344\270\255\346\226\207\350\257\264\346\230\216.md"; run git config core.quotePath false to print them as-is.
        Interleave two strings: ''.join(a + b for a, b in zip('ACE', 'BDF')) == 'ABCDEF'; for unequal lengths use itertools.zip_longest(fillvalue='').
        Every other character: 'abcdefgh'[::2] -> 'aceg', 'abcdefgh'[1::2] -> 'bdfh'.
    """),
    ("en", "CTF and puzzles"): _lines(r"""
        Warmup 1 (10 pts): the flag is simply reversed — }gnireenigne_esrever_ot_emoclew{FTC
        Challenge 7 hint: 48 65 6c 6c 6f 2c 20 57 6f 72 6c 64 21 is plain hex, no key required.
        Decode for a bonus sticker: 01001000 01100001 01110000 01110000 01111001 00100000 01001110 01100101 01110111 00100000 01011001 01100101 01100001 01110010
        Escape room clue #3: read every other letter, starting with the first — OxPkEqNzTvHbEmRwEjDpDlOfOgRy
        Palindrome of the day: "Was it a car or a cat I saw?" reads the same backwards once you drop spaces and punctuation.
        Semordnilaps for the word wall: stressed/desserts, drawer/reward, diaper/repaid, live/evil, star/rats.
        Fan trivia: whose address is 1WN nodnoL ,teertS rekaB B122? (Sherlock Holmes, obviously.)
        Why do programmers confuse Halloween and Christmas? Because Oct 31 == Dec 25.
        Hogwarts letter, hex edition: 4d 72 20 48 2e 20 50 6f 74 74 65 72 2c 20 54 68 65 20 43 75 70 62 6f 61 72 64 20 75 6e 64 65 72 20 74 68 65 20 53 74 61 69 72 73 2c 20 34 20 50 72 69 76 65 74 20 44 72 69 76 65
        Tribute poster for Alan Turing (1912–1954), printed in ASCII binary: 01000001 01001100 01000001 01001110 00100000 01010100 01010101 01010010 01001001 01001110 01000111
        Puzzle 12 answer: 0x2A — that's 42 in decimal, 052 in octal and 0b101010 in binary.
        Octal dump challenge: 110 145 154 154 157 040 167 157 162 154 144 — convert each triplet from base 8.
    """),
    ("en", "logs and hex dumps"): _lines(r"""
        $ xxd empty.gz → 00000000: 1f8b 0800 0000 0000 0003 0300 0000 0000 0000 0000 — 20 bytes, the smallest valid gzip.
        kernel: usb 1-1.2: New USB device found, idVendor=046d, idProduct=c52b, bcdDevice=12.11
        ERROR 1406 (22001): Data too long for column 'sku' at row 1 — offending value 0x534B552D3939382D42412D584C2D32303235
        tcpdump -X: 0x0000: 4500 003c 1c46 4000 4006 b1e6 c0a8 0001 c0a8 00c7 (IPv4, TCP, 192.168.0.1 → 192.168.0.199)
        INFO nightly build #2019 (0x7e3) finished at 1733380800 (0x67514ac0), artefacts uploaded to s3://ci-artifacts/release/
        sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        HTTP/1.1 200 OK | ETag: "5f3c2a9b1e" | Content-Length: 500 (0x1F4) | Transfer-Encoding: identity
        BUG: unable to handle page fault at ffffffff81a4c3d0, RIP: do_sys_openat2+0x1a0/0x2f0
        EDI segment for invoice INV-88317 (SGD 1,284.50), hex-packed: 494E562D38383331372A313238342E35302A534744
        Receipt footer prints the coupon backwards on purpose: PIHSEERF-52SAMX — scan it in the app to redeem.
        Firmware header: version v3.14.2 packed as 0x030E02, build date 0x20251205, CRC32 0x9AE0DAAF.
        job=nightly-etl run_id=3f2b8c9e-6a1d-4e7b-9c5a-0d8e1f2a3b4c rows_in=1048576 (0x100000) rows_out=1048571 status=OK
        WARN order router: shard key for ORD-2025-118842 is reverse(order_id) = 248811-5202-DRO, bucket 0x1b
    """),
    ("zh-Hans", "编程与进制教程"): _lines(r"""
        十进制 255 转成二进制是 11111111，八进制是 377，十六进制是 FF。
        Python 里用 s[::-1] 把字符串倒序，'上海自来水来自海上'[::-1] 结果不变，因为它本身就是回文。
        “中”字在 UTF-8 下是 E4 B8 AD，在 GBK 下是 D6 D0，乱码问题多半是这两种编码混用导致的。
        Linux 权限 755 就是 rwxr-xr-x，7=4+2+1；644 是 rw-r--r--，别随手 chmod 777。
        面试高频题：原地反转单链表，时间复杂度 O(n)，空间复杂度 O(1)。
        URL 编码里空格是 %20（表单里是 +），“中国”编码后是 %E4%B8%AD%E5%9B%BD。
        JSON 里的 \u5317\u4eac 就是“北京”，JSON.parse 之后会自动还原成中文。
        MySQL：SELECT HEX('abc') 返回 616263，SELECT UNHEX('616263') 再变回 'abc'。
        位运算小技巧：x & (x - 1) 能去掉最低位的 1，例如 0b1100 & 0b1011 = 0b1000。
        小端序机器上 0x0A0B0C0D 在内存里依次存为 0D 0C 0B 0A，抓包分析时要注意字节序。
        合并两个有序数组 [1,3,5] 和 [2,4,6] 得到 [1,2,3,4,5,6]，双指针交替取即可。
        git 默认把中文文件名显示成 "\346\265\213\350\257\225\346\212\245\345\221\212.txt" 这种八进制转义，执行 git config --global core.quotepath false 即可正常显示。
        隔一个字符取一个：'a1b2c3d4'[::2] 得到 'abcd'，'a1b2c3d4'[1::2] 得到 '1234'。
    """),
    ("zh-Hans", "回文倒读与公共信息"): _lines(r"""
        苏轼《题金山寺》是有名的回文诗，“潮随暗浪雪山倾，远浦渔舟钓月明”倒过来读依然成句。
        工商银行客服热线是 95588，倒过来是 88559，打之前看清楚别按反了。
        鲁迅原名周樟寿，笔名“鲁迅”在 JSON 里转义后写作 \u9c81\u8fc5。
        中山大学、中山公园都以孙中山先生命名，“中山大学”的 UTF-8 十六进制是 e4 b8 ad e5 b1 b1 e5 a4 a7 e5 ad a6。
        订单号 20251203887711 反序后是 11778830215202，我们用反序后的号码做分库分表的路由键，避免热点。
        “上海自来水来自海上”“山东落花生花落东山”都是经典的回文对联上联。
        政务服务热线 12345 的二进制是 11000000111001，消费者投诉热线 12315 的二进制是 11000000011011——程序员的冷笑话。
        李白《静夜思》首句的 UTF-8 编码：e5 ba 8a e5 89 8d e6 98 8e e6 9c 88 e5 85 89。
        《西游记》里的齐天大圣孙悟空，在 JSON 中写作 \u5b59\u609f\u7a7a。
        北京协和医院的地址倒着写是“号1园府帅区城东市京北”，这是亲子猜谜游戏里的一道题。
        收银系统里价格按分存储，¥199.00 即 19900 分，十六进制 0x4DBC。
        2024 年全国居民人均可支配收入 41314 元，十六进制写作 0xA162，数据来自国家统计局年度公报。
    """),
    ("zh-Hant", "系統公告與資安指引"): _lines(r"""
        【系統公告】會員資料匯出檔自 12 月起改為十六進位編碼，請勿將匯出檔上傳至個人雲端硬碟。
        提醒：把電話號碼倒轉書寫、或轉成十六進位，都不等於去識別化，仍屬個人資料，須依《個人資料保護法》處理。
        政府 1823 熱線倒轉係 3281，唔係有效號碼，打之前睇清楚。
        「中」字的 Big5 編碼是 A4A4，UTF-8 是 E4B8AD，舊系統轉檔時最常見就是這兩者混淆。
        瑪麗醫院（Queen Mary Hospital）地址為香港薄扶林道 102 號，英文名 hex：517565656e204d61727920486f73706974616c。
        孫中山紀念館位於中環衛城道 7 號甘棠第，逢星期四休館。
        國父紀念館地址：臺北市信義區仁愛路四段 505 號，英文站名 hex 編碼為 53756E205961742D53656E204D656D6F7269616C2048616C6C。
        表單範本：姓名 ＿＿＿＿；身分證字號 ＿＿＿＿＿＿＿＿＿＿（系統儲存時會先反轉再以 HEX 編碼）。
        二進位 1010 等於十進位 10、八進位 12、十六進位 A。
        發票字軌 AB-12345678 在電子發票 QR Code 中以 hex 表示為 41423132333435363738。
        金庸《射鵰英雄傳》的主角郭靖，Unicode 轉義是 \u90ed\u9756。
        資安週報：本週偵測到 37 筆以反轉字串規避關鍵字過濾的釣魚訊息，已全數封鎖，未涉及客戶資料。
    """),
    ("ms", "tutorial dan notis"): _lines(r"""
        Nombor perduaan 1010 bersamaan 10 dalam perpuluhan, 12 dalam oktal dan A dalam heksadesimal.
        Untuk terbalikkan rentetan dalam JavaScript: str.split('').reverse().join('') — tak sesuai untuk emoji.
        Talian Kasih 15999 — jangan terbalikkan jadi 99951, itu bukan nombor yang sah.
        Hospital Sultanah Aminah terletak di Jalan Persiaran Abu Bakar Sultan, 80100 Johor Bahru.
        Tunku Abdul Rahman, Perdana Menteri pertama Malaysia, dalam ASCII hex: 54 75 6e 6b 75 20 41 62 64 75 6c 20 52 61 68 6d 61 6e
        Notis: Mulai 1 Januari, sistem akan simpan nombor IC dalam bentuk hash SHA-256 bergaram, bukan hex biasa yang boleh dinyahkod.
        Harga RM49.90 disimpan dalam pangkalan data sebagai 4990 sen, iaitu 0x137E.
        Kod promosi dicetak terbalik pada resit: 01NUAKSID-5202AYAR — terbalikkan semula untuk tebus di kaunter.
        Sistem lama Pos Laju simpan nombor tracking terbalik, contohnya ER123456789MY jadi YM987654321RE.
        Kebenaran oktal 777 bermaksud semua pengguna boleh baca, tulis dan laksana — jangan guna pada pelayan produksi.
        Templat SMS: Hai {nama}, kod OTP anda ialah {otp}. Sah selama 5 minit. Jangan kongsi kod ini.
        Jalan Tun Razak dan Jalan Tuanku Abdul Rahman di Kuala Lumpur dinamakan sempena tokoh negara.
    """),
    ("en", "data protection guidance"): _lines(r"""
        Reversing, hex-encoding or base-converting a phone number is encoding, not anonymisation — the output is still personal data under GDPR Art. 4(1).
        DLP rule draft: flag runs of 16–19 hex byte pairs that decode to ASCII digits passing the Luhn check.
        Email template: Dear {{ customer.first_name }}, the card ending {{ card_no[-4:] }} on your account has been updated.
        Do not "mask" NRIC numbers by storing them reversed; the PDPC advisory guidelines expect proper access controls or pseudonymisation with a secret key.
        Audit finding 3: the filter {{ user.phone | reverse }} was removed from the marketing template; no customer data was included in the finding.
        Samaritans of Singapore 24-hour hotline: 1767. Emergency ambulance and fire: 995. Police: 999.
        Incident IR-2025-0417: a vendor CSV had the name and ID columns interleaved character by character; file quarantined, no record reproduced in this ticket.
        Masking policy v2.3: show only the first character and the last four, e.g. S****567D — the sample is illustrative and does not belong to anyone.
        Retention: hex dumps attached to crash reports are purged after 30 days (ticket OPS-2291).
        Checklist item 4: confirm that no binary- or octal-encoded payloads in the training corpus decode to contact details.
        Courier deliveries to the medical records office: Singapore General Hospital, Outram Road, Singapore 169608.
        Archive note: former Prime Minister Lee Kuan Yew's 9 August 1965 press conference is held by the National Archives of Singapore; file name in hex 4c4b595f313936355f70726573735f636f6e666572656e63652e6d7034.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines(r"""
        WTS PS5 disc ver w 2 controllers, $380 firm, meetup Tampines MRT only. carousell keeps blocking my number so here it is backwards: 8133 2769 — text Wei Ming, no lowballers pls
        2025-11-03T08:14:22Z DEBUG onboarding.kyc payload_hex=7b226e616d65223a2254616e20576569204d696e67222c226e726963223a22533838333431323749222c22646f62223a22313938382d30362d3032227d
        10.2.4.17 - - [12/Nov/2025:10:41:07 +0800] "GET /kyc/verify?name=Priya%20d%2Fo%20Ramasamy&id=T0265918I&dob=2002-03-14&mobile=%2B6588150429 HTTP/1.1" 200 512
        lol my bf thought it was romantic to send me his number in binary 🙄 101000001110110100110111110 … Jonathan Seah if you're reading this just text me like a normal person
        For the alumni directory, my email is j*a*s*o*n*.*k*o*h*.*w*l*@*g*m*a*i*l*.*c*o*m — delete every second character, the stars are there to stop spam bots. Jason Koh, class of 2009
        Row 4418 of the vendor file looks garbled: SSI7O6W1M2E0I9L4ICNG — I think their merge script interleaved the NAME and NRIC columns character by character.
        Deliver to (written backwards, don't ask): 214064S 711-80# 2 evA htroN kodeB 214 klB ,naL weiS hoG mdM
        $ xxd -p worker_export.csv | head -1 → 4e677579656e20546869204c616e2c4632333831373035502c57502065787020323032362d30382d33312c2b363520383132332039303436
        Bug #4471: the SMS gateway double-encoded Rachel Ong's mobile, it arrived as octal bytes 053 066 065 040 071 067 063 066 040 062 060 064 061 — please fix before her dental appointment reminder goes out tomorrow.
        Our legacy CRM "masked" phones by storing them as hex integers, e.g. Daniel Chua (cust #20417) → 0x18947be88. That's not masking, anyone can run int(x, 16).
        per the old ops SOP card numbers were logged reversed: 0740126688102354 exp 09/27, holder KOH JUN HAO — needs to be purged from the ticket
        Reminder for Thursday cell group: oeT sucraM (name written backwards for privacy lol) starts chemo next week for his lymphoma, pls don't mention it to his colleagues at the Jurong office 🙏
        Luggage tag says: IF FOUND PLEASE RETURN TO 01010011 01100001 01110010 01100001 01101000 00100000 01001100 01101001 01101101 00100000 00111000 00110001 00110101 00110110 00110010 00110010 00111001 00110000 — yes it's binary, my sister is an engineer
        [auth] pwd_reset ok {"uid":551208,"name":"\u6881\u5609\u8c6a","phone":"+86 186 0217 3395","ip":"113.87.14.201","city":"\u5e7f\u5dde"}
    """),
    "zh-Hans": _lines(r"""
        出九成新好孩子婴儿推车，南山区同城自提，平台屏蔽联系方式，vx倒着写：6170_qznehc，电话也倒着：30567241831，找陈先生
        怕被爬虫抓，身份证号我隔一位加了个x：4x4x0x3x0x4x1x9x8x8x0x7x1x6x2x1x3x2，姓名陈志强，麻烦帮我看看社保卡申请表填得对不对
        产科随访接口日志 {"name":"\u738b\u4e3d\u5a1f","id_card":"110108199302284524","phone":"159 2088 4176","diag":"\u598a\u5a20\u671f\u7cd6\u5c3f\u75c5\uff0c\u5b5528\u5468"}
        快递回调：https://api.kd-example.cn/notify?receiver=%E5%91%A8%E6%B5%B7%E7%87%95&mobile=13962117408&addr=%E6%B1%9F%E8%8B%8F%E7%9C%81%E8%8B%8F%E5%B7%9E%E5%B8%82%E5%A7%91%E8%8B%8F%E5%8C%BA%E4%BA%BA%E6%B0%91%E8%B7%AF1208%E5%8F%B73%E5%B9%A2502%E5%AE%A4&idno=320508197605031649
        新同事把这个文件提交进仓库了，赶紧 git rm --cached 掉："uploads/\345\210\230\346\264\213_510107200109110833_\350\272\253\344\273\275\350\257\201\346\255\243\345\217\215\351\235\242.jpg"
        数据库 customer_blob 字段是 HEX 存的，解出来就是明文：E5AD99E5BBBAE58D8E2C3331303131353139363930383330343231362CE5869CE4B89AE993B6E8A18C2C36323238343830303838313233343536373034
        我手机号转成二进制了，能解出来的加我：1100101100100101101100101011110010（何俊，深圳福田，做外贸的）
        收件人顾建明，地址倒着写防平台识别：1021元单2栋6园花安长号81路南夏华道街亭东区山锡市锡无省苏江，电话 43772015981
        嫌平台限流，加我微❤信：z❤h❤a❤o❤g❤d❤1❤9❤8❤5，我是西湖区的赵国栋，身份证后四位 2877
        表格导出时两列被交错了：14327001602611898942501173657，奇数位是手机号，偶数位是身份证，对应员工黄振宇
        短信网关日志里手机号是八进制字节：061 065 060 061 063 070 067 062 062 066 064，用户宋雨桐，登录验证码已下发
        群里别直接提名字，我倒着写：英秀李阿姨，住咱们小区7号楼，上周查出乳腺癌二期，大家去探望时别提这事
        工资条接口返回的是十六进制：员工马俊（工号0371）本月应发 0x6f54 元，扣完个税实发 0x5e49，别外传
        堵我车库门那辆车，车牌倒过来是 9M3K7B粤，物业说车主是3栋1502的何伟，电话 01889220531
    """),
    "zh-Hant": _lines(r"""
        有興趣 WhatsApp 我，電話倒轉寫：7811 4326，搵陳小姐，觀塘站交收
        報名表：姓名陳嘉欣，身份證號碼每隔一個字加咗 #：Y#5#0#7#7#3#4#(#4#)，請 admin 還原後交俾學校
        https://form.example.hk/submit?name=%E6%9D%8E%E5%BF%97%E6%98%8E&addr=%E6%B2%99%E7%94%B0%E5%8D%9A%E5%BA%B7%E9%82%A8%E5%8D%9A%E6%96%87%E6%A8%9312%E6%A8%931208%E5%AE%A4&tel=94862250&hkid=K385261%28A%29
        身分證字號倒著寫：748195322A，林怡君，手機 7028551390，麻煩幫我填健保卡補發申請
        蝦皮聊天不能留 LINE，我倒過來打：88uw.nahsiep，吳小姐，板橋車站面交
        舊系統 Big5 hex 匯出：B169AE61BBA8A141A578A55FA5ABA46AA677B0CFA94DA5ADAA46B8F4A447AC713936ABD137B8B933BCD3 / B163704514
        診所系統 log：{"patient":"\u4f55\u7f8e\u73b2","hkid":"P218843(4)","dx":"\u91cd\u5ea6\u6291\u9b31\uff0c\u8f49\u4ecb\u7cbe\u795e\u79d1","tel":"5127 3360"}
        我個 email 用二進制寫咗，識解就搵我：01101101 01100001 01101110 01100100 01111001 00101110 01110100 01110011 01100101 01000000 01111001 01101101 01100001 01101001 01101100 00101110 01100011 01101111 01101101 — Mandy 謝
        客人張先生張信用卡號倒轉咗記錄：3462904177305525，到期 11/28，佢住將軍澳寶林邨寶勤樓
        八進位 escape 的檔名："\350\224\241\345\256\227\347\277\260_\347\227\205\346\255\267_\347\254\254\344\272\214\345\236\213\347\263\226\345\260\277\347\227\205.pdf"，請勿上傳到共用雲端
        屋苑群組：偉志黃（倒轉寫）住 B 座 23 樓 D 室，欠咗三個月管理費，法團已經入稟小額錢債審裁處
    """),
    "ms": _lines(r"""
        Jual Myvi 2018 auto, 62k km, RM38k nego. Mudah block nombor, so saya tulis terbalik: 1234 567-210 (Nurul, area Shah Alam)
        No IC saya untuk borang koperasi, saya selit * setiap huruf supaya tak kena scrape: 9*5*0*8*2*3*-*1*0*-*6*2*4*8 — Nurul Aisyah binti Rahman
        Alamat penghantaran (terbalik sebab bot): ayaJ gnilateP 00374 ,46/2 SS nalaJ ,32 .oN ,gnoeK eehC miL
        Data pelanggan dalam hex dari sistem lama: 4d 6f 68 64 20 46 61 69 7a 61 6c 20 62 69 6e 20 49 73 6d 61 69 6c 2c 38 37 30 33 31 32 2d 30 31 2d 35 35 32 33 2c 30 31 39 2d 34 34 32 20 38 38 31 37
        Abang saya hantar nombor dia dalam binari, mengada betul: 1010010101011001110100000100 (tambah 0 depan) — nama dia Hafiz, kalau nak tempah katering call dia
        POST /permohonan nama=Siti%20Nor%20Aini%20binti%20Yusof&ic=010617-14-0788&tel=0136680423&pendapatan=RM2800
        Tolong doakan rajaH itiS (nama saya terbalikkan), jiran kita di Taman Melawati, dia sekarang buat dialisis 3 kali seminggu di HKL
        Slip gaji sistem HR keluar dalam hex: Encik Azman bin Hashim, gaji pokok RM 0x12F2, potongan KWSP RM 0x216
        Fail CSV rosak, lajur nama dan IC bercampur selang-seli: T7A9N0A3H2K2O0W75621 — tolong asingkan semula
        Dalam log SMS, nombor dalam oktal: 060 061 061 055 062 070 063 071 040 064 064 067 060 untuk pelanggan Kavitha a/p Subramaniam, kes tuntutan insurans hospital
        Kereta langgar lari tu, plat terbalik dari rakaman dashcam: 1284 YXW, pemandu Encik Ahmad Fauzi dari Kampung Baru — saya dah buat laporan polis
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful data-engineering assistant."),
        (
            "user",
            r"can you decode this hex from our CRM dump? 43686c6f65204e6720487569204d696e202f203931204c6f726f6e67203420546f61205061796f68202331322d3330352053333130303931202f20393733332036303138",
        ),
        (
            "assistant",
            "It decodes to a name, a Toa Payoh HDB address and an 8-digit phone number. Since that is a customer's personal data, please handle the export under your PDPA procedures.",
        ),
        ("user", "ok thanks, yes she's one of our customers, I'll mask it"),
    ],
    [
        ("user", "帮我把两段倒序的数字还原一下，前九位：891502023"),
        ("assistant", "好的，请发后半段。"),
        ("user", "后九位：011362903"),
        ("assistant", "还原后拼起来是 320205198309263110。"),
        ("user", "对，这是我老公顾建明的身份证号，明天帮他在无锡人民医院挂号用"),
    ],
    [
        ("user", "Boleh tukar binari ni ke teks?"),
        (
            "user",
            r"01010010 01101111 01110011 01101100 01100001 01101110 00100000 00110000 00110001 00111001 00110110 00110110 00110100 00110011 00110010 00110000 00110001",
        ),
        ("assistant", "Ia bermaksud: Roslan 0196643201"),
        (
            "user",
            "Ok terima kasih, itu nombor pakcik saya, dia hilang telefon semalam dekat Kota Bharu",
        ),
    ],
    [
        (
            "user",
            r"幫我 decode 呢段 URL：name%3D%E9%BB%83%E9%9D%9C%E5%84%80%26tel%3D6418%202093%26addr%3D%E5%B0%87%E8%BB%8D%E6%BE%B3%E5%AF%8C%E5%BA%B7%E8%8A%B1%E5%9C%923%E5%BA%A716%E6%A8%93G%E5%AE%A4",
        ),
        ("assistant", "解碼後係：name=黃靜儀&tel=6418 2093&addr=將軍澳富康花園3座16樓G室"),
        ("user", "係我阿媽，下星期喺將軍澳醫院做白內障手術，要填入院表"),
    ],
    [
        ("system", "你是電商平台的客服助理。"),
        ("user", r"我舊帳號的資料是 Big5 hex：A764A8D8ACC02030393538323133373436"),
        ("assistant", "解碼後為「吳佩珊 0958213746」，請問需要更新哪一項？"),
        ("user", "電話改成新的 0975 602 318，身分證字號是 418463722F 倒過來的，幫我驗證一下"),
    ],
    [
        (
            "user",
            "my friend sent me this and said read every other letter starting from the first one",
        ),
        ("user", "rqixnzgvmkew9j6p1b5t0f8h2m7dalacrgosnnyreoou"),
        ("assistant", "Reading every other letter gives: ring me 96150827 aaron yeo"),
        ("user", "haha ok so Aaron Yeo from my poly class wants me to call him"),
    ],
    [
        ("user", "Our DB stores NRIC numbers reversed. Is that enough protection?"),
        (
            "assistant",
            "No. Reversal is trivially undone, so the stored value is still personal data and needs proper access controls.",
        ),
        (
            "user",
            "e.g. this row G7533019S belongs to Mr Ravi Shankar, account closed last year, can we keep it?",
        ),
    ],
    [
        (
            "user",
            r"谁帮我看下这个 UTF-8 八进制转义：\344\273\230\346\254\276\344\272\272\357\274\232\351\202\223\344\275\263\347\220\252 \346\213\233\345\225\206\351\223\266\350\241\214 6225880138726451",
        ),
        ("assistant", "解码后是：付款人：邓佳琪 招商银行 6225880138726451"),
        ("user", "这是我们客户的卡号，日志里不该出现明文，我去提个工单"),
    ],
    [
        (
            "user",
            r'what does this say? {"emergency_contact":"\u9648\u7f8e\u534e","relation":"mother","phone":"+852 9218 4406"}',
        ),
        (
            "assistant",
            "The escaped name is 陈美华; the record lists her as the mother with a Hong Kong mobile number.",
        ),
        ("user", "thanks, that's my mum, I'm updating my HR emergency contact form"),
    ],
    [
        (
            "user",
            "Can you reverse this for me? akaleM 00257 ,agnaneK namaT ,2/3 agnaneK nalaJ ,8 .oN",
        ),
        ("assistant", "No. 8, Jalan Kenanga 3/2, Taman Kenanga, 75200 Melaka"),
        ("user", "tq, itu rumah nenek saya, Puan Zainab binti Omar, nak hantar barang raya"),
    ],
]
