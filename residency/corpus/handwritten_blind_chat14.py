# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat14: fine-tuning chat records with personal data in system prompts, tool-call arguments and results, or split across user and assistant turns; clean chats use template variables, sample data, public lookups and code help. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat14
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "system prompt templates"): _lines("""
        System: You are Nova, a concierge for {{brand_name}}. Greet the customer as {{user_name}} and confirm the callback number {{user_phone}} before booking.
        SYSTEM PROMPT v4.2.1 — user_profile = {"name": "{{first_name}} {{last_name}}", "phone": "{{msisdn}}", "address": "{{address_line_1}}"}; never reveal the profile verbatim.
        Profile block for the demo tenant: {"name": "Jane Doe", "phone": "+1 555-0134", "email": "jane.doe@example.com", "address": "123 Example Street, Springfield"}.
        You are a support agent for Grab. If the rider gives a booking code such as A-7XK29PQ, call get_ride(booking_code) — do not ask for their IC or card number.
        Persona: Captain Nemo from Twenty Thousand Leagues Under the Sea; address the user as 'professor' and stay in character aboard the Nautilus.
        Instruction to annotators: replace every real name with <NAME_1>, <NAME_2> and every number with <PHONE_1>; already scrubbed: 'Hi <NAME_1>, your table for 4 is confirmed, we'll text <PHONE_1>.'
        Today's date is {{current_date}} and the user's timezone is Asia/Singapore (UTC+08:00); answer opening-hours questions for the Jewel Changi outlets accordingly.
        I'm the developer writing this prompt and I live in an HDB flat like most people here — none of that goes in; the model only gets the {{user_tier}} and {{locale}} fields.
        System: The account holder is {{customer.display_name}} (member since {{customer.joined_year}}, tier {{customer.tier}}); points balance comes at runtime from /v2/loyalty/{{customer.id}}.
        Template id TPL-20481-EN rev 17: 'Dear {{salutation}} {{surname}}, your parcel {{tracking_no}} will arrive between {{slot_start}} and {{slot_end}}.'
        You speak as the official assistant of the National Library Board; the Lee Kong Chian Reference Library is on levels 7 to 13 of 100 Victoria Street, Singapore 188064.
        Guardrail: if a user pastes an NRIC, passport or card number, reply 'Please don't share ID numbers here' and drop the turn from the log.
        Sample user record for unit tests only — name: 'Test User 0042', phone: '0000 0000', postcode: '000000', email: 'qa+0042@example.org'.
    """),
    ("en", "tool calls with sample data"): _lines("""
        tool_call search_flights({"from": "SIN", "to": "KUL", "date": "2026-03-14", "adults": 2}) → 14 results, cheapest SGD 89.00 on flight AK 708.
        tool_call create_booking({"guest_name": "John Smith", "phone": "+44 7700 900123", "email": "john.smith@example.com"}) — fixture from the Ofcom drama-number range, never a real line.
        tool_result get_order: {"order_id": "SO-2026-0093817", "status": "shipped", "items": 3, "total": "MYR 1,249.90", "carrier": "J&T", "awb": "630029184775"}
        crm.lookup(customer_id="CUST-000000") returned {"error": "sandbox: no such customer"} — expected, that id is the reserved null record.
        tool_call get_weather({"city": "George Town", "country": "MY", "units": "metric"}) → 31°C, humidity 78%, thunderstorms after 15:00.
        tool_result inventory: EAN 8809477553128 – 412 units at warehouse WH-03 Tuas, reorder point 150, last count 2026-11-29.
        tool_call send_sms({"to": "{{recipient_msisdn}}", "template": "OTP_V2", "vars": {"code": "{{otp}}"}}) — rendered only at send time, never stored in the transcript.
        tool_result book_lookup: ISBN 978-981-4779-53-2, 'A History of Singapore in 50 Objects', 312 pages, list price SGD 38.00.
        tool_call charge_card({"card": "4242 4242 4242 4242", "exp": "12/34", "cvc": "123", "amount": 1000}) — Stripe's documented test Visa, sandbox key only.
        tool_result geocode("Raffles Hotel Singapore") → {"address": "1 Beach Road, Singapore 189673", "lat": 1.2949, "lng": 103.8545}
        tool_call lookup_postcode({"postcode": "50088"}) → Kuala Lumpur City Centre, Wilayah Persekutuan; 214 business listings, 0 residential.
        tool_result ticket: {"id": "INC-0019288", "priority": "P2", "assignee": "team-payments", "summary": "refund webhook 502 since release 3.18.4"}
        tool_call reserve_table({"restaurant": "Jumbo Seafood Riverside Point", "party_size": 6, "time": "19:30", "name": "{{guest_name}}"})
        tool_result currency: 1 SGD = 3.4812 MYR = 5.3890 CNY = 23.7410 TWD as of 2026-11-30 09:00 UTC.
    """),
    ("en", "public information lookups"): _lines("""
        User asked who founded Alibaba; the wiki_search tool returned Jack Ma and 17 co-founders, Hangzhou, 1999, and the assistant summarised the founding story.
        web_search("Jensen Huang Computex 2024 keynote") → the Nvidia CEO spoke at the National Taiwan University Sports Center on 2 June 2024.
        lookup_public_figure({"name": "Lawrence Wong"}) → Prime Minister of Singapore since 15 May 2024, also Minister for Finance.
        The assistant cited Prime Minister Anwar Ibrahim's Budget 2025 speech in the Dewan Rakyat on 18 October 2024, total allocation RM421 billion.
        hotline_lookup(country="SG", topic="emotional support") → Samaritans of Singapore, 1767, 24 hours.
        hotline_lookup(country="MY", topic="emotional support") → Befrienders Kuala Lumpur, 03-7627 2929, daily.
        company_profile("Eu Yan Sang") → traditional Chinese medicine retailer founded in 1879 in Gopeng, Perak by Eu Kong; headquarters in Singapore.
        place_details("Tan Tock Seng Hospital") → 11 Jalan Tan Tock Seng, Singapore 308433; named after the 19th-century philanthropist Tan Tock Seng.
        The assistant looked up Lee Kum Kee: founded in 1888 by Lee Kum Sheung in Nanshui, Guangdong, credited with inventing oyster sauce.
        stock_quote("D05.SI") → DBS Group Holdings, SGD 43.10, +0.8%, volume 4,812,300.
        wiki_search("Tunku Abdul Rahman") → first Prime Minister of Malaysia (1957–1970), born 8 February 1903 in Alor Setar.
        Question about Ada Lovelace answered from the encyclopedia tool: born 10 December 1815 in London, died 1852, wrote the first published algorithm for the Analytical Engine.
    """),
    ("en", "code assistant"): _lines(r"""
        def mask_phone(s: str) -> str: return re.sub(r"(\+?\d{2,3})\d{4}(\d{4})", r"\1****\2", s)
        assert is_valid_nric("S1234567D") is True  # textbook example value from the format docs
        faker = Faker("zh_CN"); rows = [faker.simple_profile() for _ in range(1000)]  # synthetic only, seed 20261204
        SELECT customer_id, COUNT(*) AS orders FROM orders WHERE created_at >= '2026-01-01' GROUP BY customer_id HAVING COUNT(*) > 12;
        PHONE_RE = re.compile(r"^\+60 ?1[0-9]-?\d{3,4} ?\d{4}$")  # Malaysian mobiles, see tests/test_phone.py
        fixtures/users.json: [{"id": 1, "name": "Alice Example", "email": "alice@example.com"}, {"id": 2, "name": "Bob Example", "email": "bob@example.com"}]
        The assistant suggested pinning requests==2.32.3 and urllib3<2.3 and bumping the Dockerfile base to python:3.12.7-slim-bookworm.
        curl -X POST https://api.example.com/v1/contacts -H 'Authorization: Bearer $TOKEN' -d '{"name":"Test Contact","phone":"+65 0000 0000"}'
        git commit -m 'fix: strip +86 prefix before length check (closes #4417)'; build 1.42.0-rc.3 passed on runner sg-ci-07.
        psycopg.errors.UniqueViolation: duplicate key value violates unique constraint "users_email_key" DETAIL: Key (email)=(user@example.com) already exists.
        const addr = `${user.street}, ${user.city} ${user.postcode}`; // render only, never log this string
        In the JSON schema, "hkid": {"type": "string", "pattern": "^[A-Z]{1,2}[0-9]{6}\\([0-9A]\\)$"} — the model should emit the pattern, never a sample value.
        pytest tests/test_redact.py::test_mykad_placeholder passed: input 'YYMMDD-PB-###G' became '[MYKAD]' in 0.03s.
    """),
    ("zh-Hans", "系统提示与工具调用"): _lines(r"""
        系统提示：你是{{品牌名}}的智能客服，称呼用户为{{用户昵称}}，下单前请复述收货人{{收货人}}和手机号{{手机号}}。
        用户画像示例：{"姓名": "张三", "手机": "13800138000", "地址": "XX省XX市XX路XX号"}，仅用于演示，请勿当作真实数据。
        tool_call 查询订单({"订单号": "202611280938471625", "平台": "京东"}) → 已签收，快递 SF1402938475812。
        调用 search_hotel({"城市": "杭州", "入住": "2026-12-24", "离店": "2026-12-26", "人数": 2})，返回西湖国宾馆等 37 家结果。
        地图工具返回：故宫博物院，北京市东城区景山前街4号，开放时间 8:30–17:00，周一闭馆。
        公开热线查询：政务服务便民热线 12345，消费者投诉举报 12315，均为全国统一号码。
        百科工具返回：雷军，小米集团创始人、董事长兼CEO，2024年3月28日发布小米SU7。
        我是写这个提示词的工程师，我自己的信息一个字都没放进去，模型只能看到{{会员等级}}和{{城市}}两个变量。
        代码助手回答：用 re.compile(r"^1[3-9]\d{9}$") 校验手机号，测试用例请用 13800000000 这类占位号码。
        tool_result 商品：{"SKU": "100012043978", "名称": "华为 Mate 60 Pro 12GB+512GB", "价格": "¥6999.00"}
        订单表字段说明：receiver_name、receiver_phone、receiver_addr 三列在导出训练数据前统一替换为 [姓名]、[电话]、[地址]。
        航班查询结果：CA1501 北京首都—上海虹桥，2026-12-05 08:00 起飞，经济舱 ¥1,240，剩余 9 座。
        示例身份证号写作 110101YYYYMMDD001X，只展示格式，不对应任何人。
        知识库检索：鲁迅，原名周树人，1881年生于浙江绍兴，1936年逝世于上海，代表作《狂人日记》。
    """),
    ("zh-Hant", "客服機器人設定"): _lines("""
        系統提示：你是{{店名}}的訂位助理，請以「{{稱謂}}{{姓氏}}」稱呼客人，確認電話{{聯絡電話}}後再送出訂位。
        公開資訊：台北101 位於台北市信義區信義路五段7號，觀景台開放時間 10:00–21:00。
        查詢熱線工具回傳：台北市民當家熱線 1999；衛福部安心專線 1925，全天候服務。
        tool_call 查詢包裹({"單號": "TW2611287734021", "物流": "黑貓宅急便"}) → 配送中，預計 12/06 送達。
        範例會員資料：{"姓名": "王小明", "手機": "0900-000-000", "地址": "○○市○○區○○路○號"}，僅供介面展示。
        香港政府 1823 熱線提供政府部門查詢；撒瑪利亞防止自殺會 24 小時熱線 2389 2222。
        百科工具回傳：周杰倫，台灣歌手，2001 年發行專輯《范特西》，「嘉年華」世界巡迴演唱會 2019 年開跑。
        地圖回傳：國際金融中心二期位於中環金融街8號，88 層，高 412 米。
        港鐵查詢結果：荃灣綫 中環站 → 旺角站 車程約 11 分鐘，八達通成人車費 HK$11.6。
        我只是想測試機器人會不會亂講話，所以問了它孫中山的生平：1866 年生於廣東香山，1925 年逝世於北京。
        身分證欄位格式：英文字母 + 1 或 2 + 八位數字，畫面上只顯示 A1********，後端不存明碼。
        訂單編號 HK-20261203-558812 已退款 HK$1,280.00，退回原付款方式約需 7–14 個工作天。
    """),
    ("ms", "templat pembantu"): _lines("""
        Prompt sistem: Anda pembantu maya {{nama_syarikat}}; sapa pelanggan sebagai {{nama_pelanggan}} dan sahkan nombor {{no_telefon}} sebelum membuat tempahan.
        Contoh profil untuk demo sahaja: {"nama": "Ali bin Abu", "telefon": "012-000 0000", "alamat": "No. 1, Jalan Contoh, 00000 Bandar Contoh"}.
        tool_call semak_pesanan({"no_pesanan": "2611280HQ8T3KX", "platform": "Shopee"}) → dalam penghantaran, Pos Laju EP824019377MY.
        Talian Kasih 15999 dan Befrienders KL 03-7627 2929 ialah talian bantuan awam yang boleh dikongsi oleh bot.
        Carian umum: Menara Berkembar Petronas, Kuala Lumpur City Centre, 50088 Kuala Lumpur; ketinggian 451.9 meter.
        Hasil alat: Tunku Abdul Rahman Putra Al-Haj, Perdana Menteri pertama Malaysia, mengisytiharkan kemerdekaan pada 31 Ogos 1957 di Stadium Merdeka.
        Templat SMS T-0192: 'Salam {{nama}}, kod pengesahan anda ialah {{otp}}; jangan kongsi kod ini dengan sesiapa.'
        Saya sendiri yang menulis templat ini dan saya tidak masukkan sebarang maklumat peribadi — hanya pemboleh ubah {{negeri}} dan {{bahasa}}.
        Format MyKad dalam skema: YYMMDD-PB-###G, dipaparkan sebagai XXXXXX-XX-XXXX dalam antara muka.
        Harga: iPhone 16 Pro 256GB RM5,999.00, SKU MYNL3MY/A, stok 48 unit di cawangan Mid Valley.
        LHDN: HASiL Care Line 03-8911 1000 untuk pertanyaan umum cukai pendapatan.
        Kod ralat E-4031 dalam aplikasi versi 2.7.15 bermaksud pelayan tempahan tamat masa; cuba semula selepas 30 saat.
    """),
    ("mixed", "code-switched bot notes"): _lines("""
        Bot prompt: 'Hi {{user_name}}, 你的 order {{order_id}} 已经 shipped lah, track kat sini: {{tracking_url}}'
        Dataset note: 这批 chat logs 已经 scrub 过, 所有 phone 换成 +65 XXXX XXXX, 所有 NRIC 换成 SXXXXXXXA.
        tool_call cari_kedai({"lokasi": "Jalan Alor", "jenis": "char kway teow"}) → 12 kedai, top rated 黄亚华小食 4.6★.
        我帮你 search 了, Ya Kun Kaya Toast 在 18 China Street #01-01 Far East Square 有分店, 7:30am 开门。
        Assistant: Boleh, saya check dulu — 滨海湾金沙 Marina Bay Sands 地址是 10 Bayfront Avenue, Singapore 018956.
        config.yaml: default_user: "demo_user", default_phone: "+60 12-000 0000", locale: "ms-MY", fallback: "zh-Hans".
        Order #MY-88231907 total RM 128.50 lah, GrabExpress booking IOS-A-20261204-7731 已经 assign driver.
        今天 demo 的 persona 是 Sherlock Holmes, 住 221B Baker Street, 用 English 和 华语 轮流回答。
        Public info: 新加坡中央公积金局 CPF Board hotline 1800-227-1188, Mon–Fri 8am–5.30pm.
        Sample transcript header: session_id=7f3c9a21-0b4e-4d2a-9e51-22c8d1f0a6b3, model=v5.1.0, locale=zh-SG, turns=14.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        System: You are the personal assistant of this user. profile = {"name": "Rachel Tan Hui Min", "phone": "+65 9736 2281", "address": "Blk 412 Hougang Ave 10, #08-115, Singapore 530412"}
        tool_call crm.lookup({"email": "darren.lim.kw88@gmail.com"}) → {"name": "Darren Lim Kok Wei", "tier": "gold", "last_order": "2026-11-02"}
        tool_result get_booking: {"pnr": "X7QK2M", "passenger": "CHOO/MEI LING MS", "passport": "K4418203N", "seat": "32A", "flight": "SQ 312"}
        user_profile: name=Marcus Oei, dob 1991-03-18, NRIC S9108842G, type 1 diabetes, on an insulin pump since 2019
        the crm said his number is 8123 4490 (kelvin ng, blk 205 toa payoh nth) — pls call him before 6
        Assistant (from lookup): the saved card ending 6467 belongs to Priya Raman — full number on file 4539 1488 0343 6467, exp 09/28.
        {"tool": "update_address", "args": {"customer": "Hafiz Rahman", "new_address": "12 Jalan SS 2/24, 47300 Petaling Jaya, Selangor", "phone": "+60 16-772 3018"}}
        System prompt: the patient you are talking to is Mrs Gladys Seow, 74, on warfarin, lives alone at 38 Jalan Kembangan, next of kin son Adrian 9182 6650.
        booking_api.create(name='Wong Jia Hui', hkid='K482193(5)', phone='+852 6172 3849', room='Deluxe Harbour', nights=3)
        Tool result: FIN G5219038N — Nguyen Thi Lan, work permit, employer Sunrise Cleaning Pte Ltd, residence Blk 118 Jurong West St 12 #04-221.
        user: i'm the one who booked under eunice.goh_91 on insta, my mobile is 9650 2217, can u resend the receipt
        CRM note pasted into the system prompt: caller Benjamin Yeo drives SKQ 4829 H, disputed a parking fine, lives at 7 Lorong Ah Soo.
        tool_result loan_check: applicant Nur Aisyah binti Kamarudin, MyKad 930417-10-6248, salary RM4,850, car loan RM612/month, DSR 58%
    """),
    "zh-Hans": _lines("""
        系统提示：当前用户档案 {"姓名": "刘海洋", "手机": "+86 138 1762 4409", "地址": "上海市浦东新区张杨路1588弄12号402室"}
        tool_call 查询会员({"手机号": "15921837762"}) → {"姓名": "周雨桐", "等级": "钻石", "生日": "1995-08-14"}
        用户：帮我把收货人改成我妈，陈秀英，13605718824，杭州市西湖区文三路259号3幢1单元602
        工具返回：身份证 330106198711042518，姓名 徐志强，实名认证通过，绑定银行卡 6222 0212 0938 4471 903。
        助手：已查到您的挂号记录——患者 王丽娟，女，42岁，乳腺外科，12月8日上午复诊，病历号 ZY20261130087。
        booking_api.create(入住人="李俊杰", 证件号="44030519920218063X", 电话="18688923570", 酒店="深圳湾万丽")
        客服记录：车主 黄建国，车牌 粤B·7K29Q，保单到期 2027-01-15，联系电话 139 2846 0715。
        系统提示里写着：用户叫赵敏，微信号 zhaomin_0612，住成都市武侯区玉林北路17号附2号，喜欢周末点火锅外卖
        工具结果：护照 E58127394，持有人 孙浩然，新加坡多次入境签证，有效期至 2028-05-30。
        用户：我老公张伟上个月确诊了抑郁症，在北京安定医院看的，他手机是13911026538，别告诉他单位
        我的快递地址写错了，应该是 广州市天河区体育西路189号城建大厦1708，收件人 邓佳琪 电话 135-6012-8847
    """),
    "zh-Hant": _lines("""
        系統提示：使用者資料 {"姓名": "林怡君", "手機": "0928-417-503", "地址": "台北市大安區和平東路二段96巷8號3樓"}
        tool_call 查詢會員({"身分證字號": "F128840153"}) → 陳冠宇 先生，白金卡，生日 1988/06/02。
        訂房 API 回傳：住客 張家豪，香港身份證 YH613075(A)，電話 +852 9214 6630，入住 2026-12-20。
        客服：幫你查到了，蔡淑芬小姐的澳門居民身份證 5213874(6)，登記地址 澳門氹仔海洋花園第3座12樓B。
        用戶：我阿嬤吳秀蘭住在台南市中西區民族路二段211號，電話 06-221-5847，她最近在成大醫院洗腎，需要每週三次接送。
        工具結果：車牌 RBX-5082，車主 何志明，超速 18 公里，罰單寄送 新北市板橋區文化路一段188巷44號。
        助理：已把 Kenny 嘅 IG 帳號 @kenny.chiu_hk 同電話 6390 1427 加入客戶名單，佢話下星期二嚟取貨。
        系統提示內的 CRM 摘要：梁美玲，信用卡 5412 7534 1286 9021 逾期 2 期，欠款 NT$48,300，已轉催收。
        用戶：我的台胞證號碼是 09283715，名字鄭宇翔，出生 1990.11.23，幫我填高鐵訂票表格。
    """),
    "ms": _lines("""
        Prompt sistem: profil pengguna = {"nama": "Muhammad Firdaus bin Zainal", "telefon": "+60 12-384 7715", "alamat": "No. 27, Jalan Melur 3, Taman Seri Gombak, 68100 Batu Caves, Selangor"}
        tool_call semak_pelanggan({"mykad": "950722-07-6148"}) → {"nama": "Lim Siew Ping", "baki_pinjaman": "RM23,410.55"}
        Pengguna: tolong hantar barang ke rumah kakak saya, Nurul Ain binti Hashim, 019-665 2210, Lot 1123 Kampung Padang Luas, 16800 Pasir Puteh, Kelantan
        Hasil alat: pesakit Rajesh a/l Subramaniam, 58 tahun, MRN HKL-2026-0048213, strok ringan, dimasukkan ke wad 7B.
        Pembantu: Saya dah semak — kereta VKE 4471 didaftarkan atas nama Tan Chee Keong, saman tertunggak RM300 di Seremban.
        booking_api.cipta(nama="Farah Adlina binti Ismail", pasport="A51738264", telefon="+60 13-902 4417", destinasi="Jeddah", pakej="Umrah Disember")
        nota CRM: Encik Azman (011-2398 7742) minta tukar alamat ke Blok C-12-3, Pangsapuri Seri Ria, Jalan Kuchai Lama, 58200 KL
        Pengguna: ni email saya syafiqah.rosli93@yahoo.com dan IC 930311-03-5126, tolong reset akaun MyJPJ saya
        Hasil carian CRM: Devi a/p Muniandy, akaun Maybank 1140 2287 6653, gaji masuk setiap 25 haribulan, pernah diisytihar bankrap 2019.
    """),
    "mixed": _lines("""
        System: user_profile = {"name": "陈慧玲 Chen Hui Ling", "phone": "+65 8826 1904", "address": "Blk 652 Jurong West St 61 #11-402"}, preferred_lang: zh-SG
        tool_result: {"customer": "Ahmad Zulkifli", "ic": "880415-14-5573", "addr": "No 8 Jalan 3/4C, Desa Melawati, 53100 KL"} — 这个客户要 refund 两百块
        Eh the CRM show Ah Boon's number is 9012 7734 leh, full name Tay Boon Huat, stay Blk 534 Bedok North Ave 3 #05-18
        帮我 book 个 slot for my dad, name Goh Ah Kow, NRIC S3812457F, 他要去 Tan Tock Seng 做 cataract surgery on 15 Jan
        Assistant: 已经 update 了 — delivery 去 Siti Aminah binti Yusof, +60 17-503 8829, No. 42 Jalan Pendidikan 5, Taman Universiti, 81300 Skudai
        CRM dump: name=Jason Koh | hp=+65 9321 6608 | email=jasonkoh.sg@outlook.com | notes: 欠款 SGD 2,450, 已经 call 三次 no answer
        user: my wife Melissa 的 FIN M4102273K expire liao, MOM 那边 also need her passport E71928306
        tool_call send_parcel({"to": "Aunty Rosnah", "phone": "012-447 9031", "address": "No. 15, Lorong Kenanga 2, Taman Sri Muda, 40400 Shah Alam"}) — 她是我 neighbour 的妈妈
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Can you check my booking? Reference is Q8ZL4T."),
        (
            "assistant",
            '[tool:get_booking] {"ref": "Q8ZL4T"} → {"guest": "Terence Ong Jun Hao", "phone": "+65 9457 1183", "room": "1208", "check_in": "2026-12-19"} Found it, Terence — room 1208 from 19 Dec.',
        ),
        ("user", "great, can you put my wife on it too, Serene Ong"),
        ("assistant", "Done — Serene Ong added as the second guest on Q8ZL4T."),
    ],
    [
        ("user", "帮我查一下快递，单号 SF1409283374611"),
        (
            "assistant",
            "[调用 查询物流] 收件人 何**，手机尾号 8823，派送中。为了核实身份，请提供收件人全名和完整手机号。",
        ),
        ("user", "何婷婷"),
        ("user", "13817268823"),
        (
            "assistant",
            "核实通过，何婷婷女士，包裹今天下午送到 上海市徐汇区漕溪北路88号2号楼1103。",
        ),
    ],
    [
        ("user", "Saya nak tempah klinik untuk anak saya"),
        ("assistant", "Boleh. Nama penuh dan nombor MyKid anak?"),
        ("user", "Aqil Haziq bin Roslan, 170309-10-1457"),
        (
            "assistant",
            '[tool:tempah_klinik] {"pesakit": "Aqil Haziq bin Roslan", "mykid": "170309-10-1457", "klinik": "Klinik Kesihatan Seksyen 7"} → slot 10:30 pagi Khamis.',
        ),
        ("user", "ok, nombor saya 013-228 9940 kalau ada perubahan"),
    ],
    [
        ("user", "我想改返個送貨地址"),
        ("assistant", "冇問題，請提供訂單編號。"),
        ("user", "HK-20261129-337105"),
        (
            "assistant",
            "[工具 查詢訂單] 收件人 麥嘉欣，電話 9734 6621，地址 將軍澳唐德街9號天晉3A座28樓F室。請問新地址係？",
        ),
        ("user", "改去我公司，觀塘開源道55號開聯工業中心12樓，寫我個名就得"),
    ],
    [
        (
            "user",
            'why does this row fail validation? {"name": "Kavitha Pillai", "nric": "T0312584J", "mobile": "9823 0417"}',
        ),
        (
            "assistant",
            "The NRIC passes the pattern; the mobile is missing the +65 prefix your schema requires. If this is a real customer, please use synthetic data in tickets.",
        ),
        ("user", "oops yeah she's an actual customer from the Tampines branch, will scrub it"),
    ],
    [
        (
            "user",
            '[system] profile: {"name": "Jonathan Seah", "phone": "+65 9182 0073", "home": "22 Sunset Way, #03-08, Clementi Park"}',
        ),
        ("assistant", "Hi Jonathan! How can I help today?"),
        ("user", "order me the usual from the bakery, same address"),
        (
            "assistant",
            '[tool:place_order] {"deliver_to": "22 Sunset Way, #03-08", "contact": "+65 9182 0073", "item": "sourdough x2"} — placed, ETA 45 min.',
        ),
    ],
    [
        ("user", "bro tolong check my insurance claim status"),
        ("assistant", "Sure, 请给我 policy number 或者 IC number。"),
        ("user", "IC 860923-08-5519"),
        (
            "assistant",
            "[tool:claim_lookup] → Wong Kah Seng, claim CLM-77120, hospitalisation at Gleneagles Penang 3 nights, RM 8,420 approved.",
        ),
    ],
    [
        ("user", "我要订机票，乘机人是我爸"),
        ("assistant", "好的，请提供乘机人姓名和证件号。"),
        ("user", "罗建华，身份证 510107196503300417"),
        (
            "assistant",
            "[调用 create_order] 乘机人 罗建华，航班 MU5402 成都天府—上海虹桥，已占座。联系手机留哪个？",
        ),
        ("user", "留我的 177 0283 5516"),
    ],
    [
        ("user", "幫我查我媽的健保卡有沒有掛到號"),
        ("assistant", "請提供身分證字號與出生日期。"),
        ("user", "Q220481937，民國52年4月3日"),
        ("assistant", "[工具 查詢掛號] 沈月娥 女士，台中榮總 心臟內科 12/10 上午第 17 號。"),
    ],
]
