"""Blind check set "mix2": hand-written fine-tuning style texts in English, Malay, Simplified
and Traditional Chinese and code-switched mixes. Domains: one-line instruction/response pairs,
assistant explanations and how-to guides, summaries of news and public documents, role-play and
creative writing, translation pairs, code review and debugging with pasted code and logs,
customer-support macros and FAQ answers, evaluation rubrics and data-extraction tasks. Clean lines
are hard negatives (public and historical figures, fictional characters, placeholder data,
company contacts, order/ticket numbers, hashes, versions, public addresses); personal lines and
chats bury a private person's details inside otherwise harmless text.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix2
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "instruction"): _lines("""
        Instruction: Explain in two sentences why Lee Kuan Yew is called the founding father of modern Singapore. Response: Lee Kuan Yew led Singapore as its first prime minister from 1959 to 1990 and steered it from independence in 1965 to a high-income economy. His government built public housing, an English-medium education system and a civil service known for low corruption.
        Instruction: Convert 72 degrees Fahrenheit to Celsius and show the working. Response: C = (F - 32) x 5/9 = (72 - 32) x 5/9 = 40 x 5/9 = 22.2 degrees Celsius, rounded to one decimal place.
        Instruction: Give three tips for a first-time visitor to the Petronas Twin Towers. Response: Book the skybridge tickets online a few days ahead because slots sell out; arrive fifteen minutes early for the security check at the concourse level of Suria KLCC; and stay for the fountain show at KLCC Park after 8 pm.
        Instruction: Summarise the plot of Pride and Prejudice for a twelve-year-old. Response: Elizabeth Bennet meets the proud Mr Darcy and decides she dislikes him. Over time she learns he has quietly helped her family, he learns to be less arrogant, and they fall in love and marry.
        Instruction: What is the time complexity of binary search and why? Response: O(log n), because each comparison halves the remaining search interval, so a sorted array of 1,048,576 elements needs at most 20 comparisons.
        Instruction: Write a haiku about the Merlion at Marina Bay. Response: Lion-fish at dusk / water falling from stone jaws / the bay holds the lights.
        Instruction: Who was Zheng He and what did he do? Response: Zheng He was a Ming-dynasty admiral who commanded seven great treasure-fleet voyages between 1405 and 1433, sailing through Southeast Asia, India, Arabia and East Africa. He stopped in Malacca several times, and a temple in Melaka still carries his name.
        Instruction: Rewrite this sentence in a formal register: "hey guys the server is down again, pls check". Response: Good afternoon, team. The production server appears to be unavailable again; could someone please investigate at the earliest opportunity?
        Instruction: Classify the sentiment of the review "The Grab driver arrived in four minutes and the car was spotless." Response: Positive. The reviewer praises both speed and cleanliness, with no negative remarks.
        Instruction: Compute the monthly repayment on a 30-year loan of $500,000 at 3.5% annual interest. Response: With r = 0.035/12 and n = 360, M = P r (1+r)^n / ((1+r)^n - 1), which gives about $2,245.22 per month.
        Instruction: Name the main character of the Harry Potter series and his two closest friends. Response: Harry Potter, with Ron Weasley and Hermione Granger; the three meet on the Hogwarts Express in their first year.
        Instruction: Describe what Marie Curie is famous for in one paragraph. Response: Marie Curie was a Polish-French physicist and chemist who pioneered research on radioactivity, discovered polonium and radium with Pierre Curie, and became the first person to win Nobel Prizes in two sciences, physics in 1903 and chemistry in 1911.
        Instruction: Write a product description for a 65-inch 4K television priced at RM 3,299. Response: Bring the cinema home with a 65-inch 4K UHD panel, HDR10 support, three HDMI 2.1 ports and built-in Wi-Fi 6. Now RM 3,299 with free delivery across Peninsular Malaysia.
        Instruction: Tell me about Jensen Huang. Response: Jensen Huang is the co-founder and chief executive of Nvidia, which he started in 1993 with Chris Malachowsky and Curtis Priem. He was born in Tainan, Taiwan, and is known for presenting product launches in a black leather jacket.
        Instruction: What does the ISBN 978-0-14-143951-8 identify? Response: That ISBN belongs to the Penguin Classics edition of Pride and Prejudice by Jane Austen; the 978 prefix marks it as a book and the final digit is a check digit.
    """),
    ("en", "essay"): _lines("""
        The Straits Settlements were formed in 1826 from Penang, Malacca and Singapore under the British East India Company. After 1867 they became a Crown colony ruled from Singapore. The arrangement lasted until the Japanese occupation in 1942, and historians such as C. M. Turnbull describe it as the foundation of the region's modern port economy. Each settlement kept its own character: Penang as a spice and tin entrepot, Malacca as the old Portuguese and Dutch town, and Singapore as the free port that Stamford Raffles had founded in 1819.
        How to brew pour-over coffee. Start with 15 grams of medium-fine ground beans and 250 ml of water at about 93 degrees Celsius. Rinse the paper filter, add the grounds, and pour 40 ml of water to let the coffee bloom for 30 seconds. Then pour slowly in circles until you reach 250 ml at around the two-and-a-half minute mark. If it tastes sour, grind finer; if it tastes bitter, grind coarser.
        Why do leaves change colour in autumn? Chlorophyll, the green pigment that captures light, breaks down as days shorten. That reveals yellow and orange carotenoids that were present all along, and some trees also produce red anthocyanins from trapped sugars. Maples in Kyoto and Vermont are famous for the red, while ginkgo trees turn a bright yellow.
        Summary of the news: On Tuesday the Monetary Authority of Singapore kept its exchange-rate policy unchanged, citing easing core inflation of 1.7 percent. Economists at DBS and OCBC had expected the move. The next scheduled policy statement is due in April.
        Summary of the public report: The World Health Organization's 2025 malaria report estimates 263 million cases worldwide, with most deaths among children under five in sub-Saharan Africa. It credits the RTS,S and R21 vaccines for early reductions and warns about drug resistance in the Horn of Africa.
        A short guide to the Singapore Botanic Gardens. The gardens, a UNESCO World Heritage Site since 2015, sit at 1 Cluny Road and open daily from 5 am to midnight. Do not miss the National Orchid Garden, where orchids are named after visiting dignitaries such as Princess Diana and Nelson Mandela; entry for adults is $15.
        Essay prompt response: Confucius argued that a ruler governs best through virtue rather than punishment. In the Analects he compares a virtuous ruler to the Pole Star, which stays in place while the other stars turn around it. Later thinkers such as Mencius built on this, while the Legalists, including Han Feizi, rejected it in favour of strict laws.
        Explain compound interest simply: if you invest $1,000 at 5 percent a year, after one year you have $1,050. In the second year you earn 5 percent on $1,050, not $1,000, so you end with $1,102.50. After 10 years the total is about $1,628.89, and after 30 years about $4,321.94.
        Summary: Apple reported fourth-quarter revenue of 94.9 billion dollars, up 6 percent from a year earlier, according to the company's filing with the US Securities and Exchange Commission. Tim Cook told analysts that services revenue reached an all-time high, while Luca Maestri's successor as finance chief, Kevan Parekh, guided for growth in the holiday quarter.
        How to read a Malaysian car plate: the first letters show the state of registration, such as W for Kuala Lumpur, J for Johor and P for Penang, followed by a running number like WXY 1234. Special series such as PUTRAJAYA or MALAYSIA are sold by auction and say nothing about the owner.
        The story of Hang Tuah, the legendary Malacca admiral, is told in the Hikayat Hang Tuah. His quarrel with his friend Hang Jebat, who rebelled to avenge Tuah's supposed execution, is still debated: was Tuah's loyalty to the Sultan a virtue, or was Jebat's sense of justice the truer one?
        What happened at the 1965 separation? On 9 August 1965 Singapore left the Federation of Malaysia. Prime Minister Tunku Abdul Rahman announced the decision in the Dewan Rakyat, and Lee Kuan Yew wept on television while explaining it. The two countries established diplomatic relations soon after.
    """),
    ("en", "roleplay"): _lines("""
        Role-play. You are Sherlock Holmes. User: What can you tell about me? Holmes: You have recently returned from a warm climate, your left cuff is worn from a writing desk, and you favour Earl Grey. Elementary, my dear client; the tan line above your watch speaks volumes.
        Creative writing: Detective Inspector Mei Ling Tan of the fictional Harbour Division stepped off the ferry at Clifford Pier, her coat dripping, and said to Sergeant Raju, "Someone wanted that container lost at sea." The rain over the Marina kept falling as if it, too, had something to hide.
        Role-play as a tour guide at the Forbidden City: "Welcome, everyone! Through the Meridian Gate you are walking where Ming and Qing emperors once walked. The Yongle Emperor ordered this palace built in 1406, and it took fourteen years and about a million workers."
        Story continuation: Captain Nemo looked at the dials of the Nautilus and said nothing for a long time. Professor Aronnax waited, counting the bubbles that rose past the porthole, until the captain finally whispered, "We are going under the ice."
        Role-play: You are a friendly barista named Kopi Bot at a fictional cafe called The Daily Grind. Customer: One kopi-o kosong please. Kopi Bot: Coming right up, one black coffee with no sugar! That will be $1.80, and today's loyalty stamp makes it your ninth.
        Fan fiction prompt response: Elsa stood at the edge of Arendelle's fjord, frost climbing along the railing, while Anna argued with Kristoff about whether Sven should be allowed on the royal ship.
        Write a monologue for Sun Wukong after escaping from under the mountain: Five hundred years, and the Buddha's palm is still the only thing that ever held me. Tang Sanzang thinks he saved me. Perhaps he did. Let us see if his sutras are worth the walk to the West.
        Interactive fiction: You are in a dark room at 221B Baker Street. There is a violin on the table and a Persian slipper full of tobacco on the mantel. Exits are north and down. > take violin. You pick up the violin. Mrs Hudson shouts from below that it is past midnight.
    """),
    ("en", "code"): _lines("""
        Code review: In get_user(), you call requests.get("https://api.example.com/users/42") without a timeout, so a stalled connection will hang the worker forever. Add timeout=10 and handle requests.exceptions.Timeout. Also, the sample fixture uses jane.doe@example.com and 555-0142, which is fine for tests.
        Debugging help. Log: 2026-11-30T08:14:22.513Z ERROR [worker-3] ConnectionRefusedError: [Errno 111] Connection refused to 10.0.4.17:5432. Answer: Postgres is not accepting connections on that host; check that the container db is up with docker compose ps and that listen_addresses includes the service network.
        Question: Why does my DNS lookup fail inside the container? Output: ;; connection timed out; no servers could be reached (server 8.8.8.8#53). Answer: The container cannot reach Google Public DNS at 8.8.8.8 or 8.8.4.4 because outbound UDP 53 is blocked; allow it in the security group or point resolv.conf at the VPC resolver 169.254.169.253.
        Fix this SQL: SELECT name, COUNT(*) FROM orders GROUP BY customer_id; Answer: Every selected column must be grouped or aggregated. Use SELECT customer_id, COUNT(*) AS n FROM orders GROUP BY customer_id; or join customers to show the name.
        Review: the commit 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b bumps numpy from 1.26.4 to 2.1.3, which removes np.float_. Replace np.float_ with np.float64 in utils/metrics.py lines 31 and 58, then rerun the test suite.
        Explain this stack trace: Traceback (most recent call last): File "app.py", line 12, in main: total = sum(prices) / len(prices) ZeroDivisionError: division by zero. Answer: prices is empty, so len(prices) is 0. Guard with if not prices: return 0.0 before dividing.
        The device spec lists the Wi-Fi MAC as 00:1A:2B:3C:4D:5E and the Bluetooth address as 00:1A:2B:3C:4D:5F; these are sample values from the vendor datasheet, so regenerate real ones at the factory with the provisioning script.
        Code: const USER = { id: "a1b2c3d4-0000-4000-8000-000000000001", name: "Test User", email: "test.user@example.org", phone: "+1 555 010 9999" }; Review: move this fixture into tests/fixtures.ts and freeze it so no test mutates shared state.
        Kubernetes pod crash log: Back-off restarting failed container api in pod api-7c9d8f6b5-x2kqp_default(3f2a1c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b). Answer: Run kubectl logs api-7c9d8f6b5-x2kqp --previous to see the error from the last run; usually a missing environment variable such as DATABASE_URL.
        Regex review: ^[STFGM]\\d{7}[A-Z]$ matches the shape of a Singapore NRIC but not its checksum; for a form validator also compute the weighted sum with weights 2,7,6,5,4,3,2 before accepting the value.
        Dockerfile review: FROM python:3.12-slim is fine, but pin it by digest, for example python:3.12-slim@sha256:2b0079146a74e23bb4ae8f6ccd1f1b6b76a1f8b1d2e0d1c4a7f3e5b9c8d7a6f5, and move COPY requirements.txt before COPY . so the pip layer is cached.
        Unit test failure: AssertionError: expected '2026-12-03T00:00:00+08:00' but got '2026-12-02T16:00:00Z'. Answer: both are the same instant; compare datetime objects or normalise to UTC before asserting on strings.
    """),
    ("en", "support"): _lines("""
        Support macro, delayed parcel: Hi there, thanks for reaching out! Your order #SG-20261128-4471 left our Tuas warehouse on 29 November and the tracking number SPXSG0123456789 shows it at the Changi sorting hub. Deliveries usually arrive within 2 working days from here. If it has not arrived by Friday, reply to this e-mail and we will send a replacement.
        FAQ: How do I reset my password? Go to the login page, choose Forgot password, and enter the e-mail address on your account. We will send a link valid for 30 minutes. If you do not receive it, check your spam folder or contact support@example.com.
        Support macro, refund: We are sorry the blender arrived damaged. We have issued a full refund of RM 249.00 for invoice INV-2026-009812 to your original payment method; it usually appears within 5 to 7 working days depending on your bank.
        FAQ answer: Our customer service hotline is 1800-88-9999 (Monday to Friday, 9 am to 6 pm, excluding public holidays). For urgent card loss, call the 24-hour line at +65 6222 2888 or freeze your card in the app.
        Macro for warranty questions: All our laptops carry a 24-month limited warranty. Please bring the unit with its serial number (for example SN 5CD1234XYZ on the bottom label) to our service centre at 10 Anson Road, #05-01 International Plaza, Singapore 079903.
        Ticket #TCK-448120 resolution note: Customer reported the app crashing on launch after update 4.12.0. Root cause was a corrupted cache; instructed to clear app data. Closed after confirmation. No further action.
        FAQ: Where is your Kuala Lumpur office? We are at Level 23, Menara IQ, Lingkaran TRX, 55188 Kuala Lumpur, open weekdays 9 am to 5 pm. Walk-in customers should bring their booking reference, which looks like KL-7Q3M9.
        Support reply template: Dear {customer_name}, thank you for your message about order {order_id}. Our team at help@shopdemo.example will respond within 24 hours. Kind regards, The ShopDemo Team.
        Airline FAQ: Can I change the name on my ticket? Name changes are not permitted, but minor spelling corrections of up to three letters are allowed free of charge. Call Singapore Airlines reservations at +65 6223 8888 or visit singaporeair.com with your booking reference.
    """),
    ("en", "rubric"): _lines("""
        Evaluation rubric for summarisation: 5 = captures every key point of the source with no hallucinated facts; 4 = one minor omission; 3 = misses one key point or adds one unsupported claim; 2 = several errors; 1 = unrelated or mostly wrong. Example reference source: the Reuters article about Tesla's Shanghai plant output.
        Rubric for customer-support replies: score 1 point each for greeting the customer, restating the problem, giving a concrete next step, providing the order number, and closing politely. Deduct 2 points for asking the customer to repeat information already given.
        Grading guide for the essay question on the French Revolution: full marks require naming Louis XVI, Robespierre and the storming of the Bastille on 14 July 1789, and explaining at least two economic causes such as bread prices and state debt.
        Judge instructions: compare Response A and Response B to the question "How tall is Mount Kinabalu?" The correct answer is 4,095 metres. Prefer the response that states this figure and mentions Sabah; penalise any answer giving 4,101 metres without noting it is an older measurement.
        Annotation guideline: tag PERSON only for real named individuals; do not tag fictional characters like Doraemon or Detective Conan, brand names like Tim Hortons or Ben and Jerry's, or placeholder names like John Doe and Jane Roe.
        Scoring sheet for translation quality: adequacy 0-4, fluency 0-4, terminology 0-2. Sample item 17: source "The Prime Minister opened the new MRT line", candidate "Perdana Menteri merasmikan laluan MRT baharu", score 4/4/2.
    """),
    ("en", "extraction"): _lines("""
        Extract the company name, ticker and price from the text. Text: "Shares of DBS Group Holdings (SGX: D05) closed at S$38.42 on Monday, while Oversea-Chinese Banking Corp (SGX: O39) ended at S$16.10." Output: [{"company": "DBS Group Holdings", "ticker": "D05", "price": 38.42}, {"company": "Oversea-Chinese Banking Corp", "ticker": "O39", "price": 16.10}]
        Extract the dates and events as JSON. Source: "The Treaty of Pangkor was signed on 20 January 1874. Malaya became independent on 31 August 1957, and Malaysia was formed on 16 September 1963." Output: {"1874-01-20": "Treaty of Pangkor", "1957-08-31": "Malayan independence", "1963-09-16": "Formation of Malaysia"}
        From the invoice below, extract the total. Invoice INV-88213, Vendor: Acme Supplies Pte Ltd, UEN 201912345K, Items: 40 x A4 paper at $5.20, 2 x toner at $89.00. Subtotal $386.00, GST 9% $34.74, Total $420.74. Output: {"invoice": "INV-88213", "total": 420.74}
        Extract all people and their roles. Text: "At the summit, Anwar Ibrahim met Xi Jinping and Joe Biden; Ursula von der Leyen joined by video." Output: Anwar Ibrahim - Prime Minister of Malaysia; Xi Jinping - President of China; Joe Biden - then US President; Ursula von der Leyen - President of the European Commission.
        Parse this log line into fields: 203.0.113.5 - - [03/Dec/2026:09:15:02 +0800] "GET /api/v2/products?sku=ABC-123 HTTP/1.1" 200 5123 "-" "curl/8.4.0". Output: ip=203.0.113.5 (documentation range), time=2026-12-03T09:15:02+08:00, method=GET, path=/api/v2/products, status=200, bytes=5123.
        Extract the shipping fields. Text: "Tracking 1Z999AA10123456784 via UPS, shipped from the Apple Store at Marina Bay Sands, 2 Bayfront Avenue, to the Orchard Road store." Output: {"carrier": "UPS", "tracking": "1Z999AA10123456784", "origin": "Apple Marina Bay Sands"}
    """),
    ("en", "translation"): _lines("""
        Translate to Malay: "The library is closed on public holidays." Malay: "Perpustakaan ditutup pada hari cuti umum."
        Translate to Simplified Chinese: "Please keep your belongings with you at all times." Chinese: 请随时看管好您的随身物品。
        Translate into English: 「台北101曾經是世界最高的建築。」 English: Taipei 101 was once the tallest building in the world.
        Translate to Traditional Chinese: "The MTR will run overnight on New Year's Eve." Chinese: 港鐵將於除夕通宵行駛。
    """),
    ("ms", "instruction"): _lines("""
        Arahan: Terangkan secara ringkas siapa Tunku Abdul Rahman. Jawapan: Tunku Abdul Rahman ialah Perdana Menteri pertama Malaysia dan dikenali sebagai Bapa Kemerdekaan. Beliau melaungkan "Merdeka!" sebanyak tujuh kali di Stadium Merdeka pada 31 Ogos 1957.
        Arahan: Kira luas segi tiga dengan tapak 12 cm dan tinggi 9 cm. Jawapan: Luas = 1/2 x tapak x tinggi = 1/2 x 12 x 9 = 54 cm persegi.
        Arahan: Tulis pantun empat kerat tentang hujan. Jawapan: Pergi ke pekan membeli tebu, / Tebu dibeli di tepi kali; / Hujan turun membasahi kalbu, / Rindu datang berulang kali.
        Arahan: Berikan tiga cara menjimatkan elektrik di rumah. Jawapan: Tutup suis di dinding apabila tidak digunakan, tetapkan penghawa dingin pada 24 darjah Celsius, dan gantikan mentol lama dengan lampu LED.
        Arahan: Apakah maksud peribahasa "bagai aur dengan tebing"? Jawapan: Ia bermaksud dua pihak yang saling membantu dan bergantung antara satu sama lain, seperti pokok buluh yang menguatkan tebing sungai.
        Arahan: Ringkaskan kisah Puteri Gunung Ledang. Jawapan: Sultan Mahmud Shah meminang Puteri Gunung Ledang, tetapi puteri itu meletakkan syarat yang mustahil, termasuk semangkuk darah putera baginda, lalu sultan membatalkan hasratnya.
        Arahan: Siapakah Datuk Lee Chong Wei? Jawapan: Lee Chong Wei ialah pemain badminton Malaysia yang memenangi tiga pingat perak Olimpik (2008, 2012 dan 2016) dan pernah menduduki tempat pertama dunia selama 349 minggu.
    """),
    ("ms", "support"): _lines("""
        Soalan Lazim: Bagaimana cara menjejak bungkusan saya? Masukkan nombor penjejakan seperti EN123456789MY di laman web Pos Malaysia atau hubungi talian khidmat pelanggan 1-300-300-300 dari Isnin hingga Jumaat, 8 pagi hingga 6 petang.
        Makro sokongan: Terima kasih kerana menghubungi kami. Bayaran balik sebanyak RM 89.90 untuk pesanan #MY-77120 telah diproses dan akan dikreditkan dalam tempoh 7 hari bekerja.
        Soalan Lazim: Di manakah pejabat kami di Johor Bahru? Kami berada di Aras 5, Menara Landmark, Jalan Ngee Heng, 80000 Johor Bahru. Waktu operasi: 9 pagi hingga 5 petang, Isnin hingga Jumaat.
        Templat e-mel: Kepada pelanggan yang dihormati, tiket aduan anda TKT-20261203-0091 telah diterima. Pasukan kami di sokongan@contoh.my akan membalas dalam masa 48 jam.
        Soalan Lazim bank: Jika kad anda hilang, sekat kad segera melalui aplikasi atau hubungi Maybank di 1-300-88-6688 (24 jam). Jangan sekali-kali berkongsi TAC atau kata laluan anda dengan sesiapa.
    """),
    ("ms", "essay"): _lines("""
        Ringkasan berita: Bank Negara Malaysia mengekalkan Kadar Dasar Semalaman pada 3.00 peratus dalam mesyuarat terbarunya. Gabenor Datuk Seri Abdul Rasheed Ghaffour berkata pertumbuhan ekonomi disokong oleh perbelanjaan isi rumah dan eksport elektrik serta elektronik.
        Panduan ringkas mendaki Gunung Kinabalu: Anda perlu menempah permit dan malim gunung berlesen lebih awal melalui Sabah Parks. Pendakian biasanya mengambil masa dua hari, dengan bermalam di Laban Rata pada ketinggian 3,272 meter sebelum menuju ke Puncak Low pada waktu subuh.
        Sejarah ringkas Kesultanan Melayu Melaka: Parameswara mengasaskan Melaka sekitar tahun 1400. Melaka menjadi pelabuhan utama di Selat Melaka sehingga ditawan oleh Portugis di bawah Alfonso de Albuquerque pada tahun 1511.
        Cara membuat nasi lemak: Masak beras dengan santan, daun pandan dan sedikit garam. Hidangkan bersama sambal ikan bilis, telur rebus, kacang tanah goreng dan timun. Untuk sambal, tumis cili kering kisar sehingga pecah minyak sebelum memasukkan bawang dan gula melaka.
    """),
    ("ms", "code"): _lines("""
        Semakan kod: Fungsi kira_cukai() menggunakan nombor kad pengenalan contoh 000000-00-0000 dalam ujian, dan itu baik. Namun, tambah semakan supaya input kosong tidak menyebabkan IndexError pada baris 27.
        Log ralat: [2026-12-01 10:22:05] ERROR TimeoutError: pelayan 1.1.1.1 tidak membalas. Jawapan: Ini ialah pelayan DNS awam Cloudflare; periksa sama ada firewall pejabat menyekat port 53 keluar.
    """),
    ("ms", "translation"): _lines("""
        Terjemahkan ke bahasa Inggeris: "Sila beratur dan jangan menolak." Jawapan: "Please queue up and do not push."
        Terjemah ke bahasa Cina: "Selamat Hari Raya Aidilfitri, maaf zahir dan batin." Jawapan: 开斋节快乐，请原谅我的一切过错。
    """),
    ("zh-Hans", "instruction"): _lines("""
        指令：简要介绍李白。回答：李白是唐代著名诗人，被誉为“诗仙”，代表作有《静夜思》《将进酒》和《蜀道难》。他与杜甫并称“李杜”。
        指令：计算 (3/4 + 5/6) ÷ 2 的结果。回答：3/4 + 5/6 = 9/12 + 10/12 = 19/12，再除以 2 得 19/24，约等于 0.7917。
        指令：写一段关于西湖的导游词。回答：各位游客，欢迎来到杭州西湖！苏轼曾写道“欲把西湖比西子，淡妆浓抹总相宜”。我们现在所在的是苏堤，全长约 2.8 公里，是苏东坡任杭州知州时主持修建的。
        指令：解释什么是通货膨胀。回答：通货膨胀是指一般物价水平在一段时间内持续上涨，货币购买力随之下降。例如，若年通胀率为 3%，今年 100 元的商品明年约需 103 元。
        指令：请推荐三本适合初学者的科幻小说。回答：刘慈欣的《三体》、阿西莫夫的《基地》和儒勒·凡尔纳的《海底两万里》。
        指令：孙悟空的武器是什么？回答：孙悟空的武器是如意金箍棒，原为东海龙宫的定海神针，重一万三千五百斤，可随意变大变小。
        指令：任正非是谁？回答：任正非是华为技术有限公司的创始人，1987 年在深圳创立华为，此前曾在解放军基建工程兵部队服役。
    """),
    ("zh-Hans", "support"): _lines("""
        客服话术：您好，感谢您的耐心等待！您的订单号 JD20261201889120 已于 12 月 2 日从北京亚洲一号仓库发出，顺丰运单号 SF1234567890123，预计 1 至 2 天送达。如有问题请拨打客服热线 400-606-5500。
        常见问题：如何申请发票？请在“我的订单”中点击“申请开票”，填写单位名称和纳税人识别号（示例：91110000MA01ABCDEF），电子发票将在 24 小时内发送到您的账户邮箱。
        退款说明：您申请的退款 ¥128.00 已原路退回，订单号 TB-0098812。银行卡到账时间一般为 1 至 7 个工作日，请留意银行短信通知。
        常见问题：我们的上海办公室地址是上海市浦东新区世纪大道 100 号上海环球金融中心 45 楼，工作日 9:00 至 18:00 接待来访。
    """),
    ("zh-Hans", "essay"): _lines("""
        新闻摘要：国家统计局发布数据显示，11 月份全国居民消费价格指数同比上涨 0.4%，其中食品价格下降 1.2%。发言人表示，国内需求总体保持稳定。
        如何做番茄炒蛋：先将 3 个鸡蛋打散，加少许盐。热锅下油，倒入蛋液炒至凝固后盛出。再炒切块的番茄，出汁后加入一小勺糖，最后倒回鸡蛋翻炒均匀即可。
        文章：郑和七下西洋始于 1405 年，船队最远到达东非沿岸。与哥伦布相比，郑和的船队规模大得多，但明朝后来实行海禁，远洋航行就此中断。
        公开文件摘要：《中华人民共和国个人信息保护法》自 2021 年 11 月 1 日起施行，规定处理敏感个人信息应当取得个人的单独同意，并对向境外提供个人信息设定了安全评估等条件。
    """),
    ("zh-Hans", "code"): _lines("""
        代码审查：这段 Python 代码中 user = {"name": "张三", "phone": "13800138000"} 是测试用的示例数据，没问题；但 load_config() 没有处理 FileNotFoundError，建议加上异常处理并给出默认值。
        报错分析：日志显示 2026-12-02 14:03:11 ERROR redis.exceptions.ConnectionError: Error 111 connecting to 127.0.0.1:6379. 回答：本机 Redis 服务没有启动，执行 systemctl start redis 后重试即可。
        Git 提交 a94a8fe5ccb19ba61c4c0873d391e987982fbbd3 引入了回归：版本 v2.3.1 中分页参数从 page_size 改成了 limit，前端仍在传 page_size，导致每页只返回默认的 20 条。
    """),
    ("zh-Hans", "roleplay"): _lines("""
        角色扮演：你是《红楼梦》里的林黛玉。用户：今天花园里的桃花开了。黛玉：花开易见落难寻，今日开得这般热闹，明日一阵风来，又不知飘零到何处去了。
        续写故事：诸葛亮站在城楼上，慢慢地弹着琴。司马懿在城下看了很久，终于对司马昭说：“此人一生谨慎，城中必有埋伏。”于是大军退去。
    """),
    ("zh-Hant", "instruction"): _lines("""
        指令：簡單介紹鄧麗君。回答：鄧麗君是台灣出身的華語流行歌手，代表作有〈月亮代表我的心〉和〈甜蜜蜜〉，1995 年於泰國清邁逝世，享年 42 歲。
        指令：解釋台北捷運悠遊卡如何加值。回答：可在捷運站的加值機或服務台以現金加值，每次以 100 元為單位；也可在 7-ELEVEN 等便利商店櫃檯加值。
        指令：寫一首關於維多利亞港的短詩。回答：夜色落在維港，霓虹浮在水上，天星小輪緩緩划過，把兩岸的燈火縫成一條線。
        指令：計算 15% 的小費：帳單為 NT$1,280。回答：1,280 × 0.15 = 192，因此小費約為 NT$192，總計 NT$1,472。
        指令：李小龍有哪些代表作品？回答：李小龍的代表電影包括《唐山大兄》《精武門》《猛龍過江》和《龍爭虎鬥》，他也創立了截拳道。
    """),
    ("zh-Hant", "support"): _lines("""
        客服範本：您好，您的訂單編號 PC-20261130-5521 已於今日出貨，黑貓宅急便追蹤碼 9012-3456-7890，預計明日送達。如需協助請來電客服專線 0800-000-123。
        常見問題：香港辦事處位於中環皇后大道中 15 號置地廣場告羅士打大廈 20 樓，辦公時間為週一至週五上午 9 時至下午 6 時。
        退款說明：您的退款 HK$356.00 已退回原信用卡，參考編號 RF-440912，一般需 7 至 14 個工作天入帳。
        常見問題：忘記密碼怎麼辦？請於登入頁面點選「忘記密碼」，系統會寄送重設連結至您註冊的電子郵件，連結 30 分鐘內有效。
    """),
    ("zh-Hant", "essay"): _lines("""
        新聞摘要：台灣積體電路製造公司公布 11 月營收約新台幣 2,760 億元，年增 34%。董事長魏哲家先前表示，人工智慧相關需求仍然強勁。
        文章：孫中山於 1911 年辛亥革命後被推舉為臨時大總統，他提出的三民主義至今仍出現在台灣的教科書中。
        如何沖泡凍頂烏龍茶：水溫約 95 度，茶葉約 5 克，第一泡浸泡 50 秒，之後每泡增加 10 秒，可回沖四至五次。
    """),
    ("zh-Hant", "roleplay"): _lines("""
        角色扮演：你是金庸筆下的令狐沖。使用者：你為何總是喝酒？令狐沖：哈哈，人生在世，酒逢知己千杯少。師父說我不守規矩，可這江湖，規矩又算得了甚麼？
        創作：黃飛鴻站在寶芝林門口，看著街上的洋船水手，對十三姨說：「這世道要變了。」
    """),
    ("zh-Hant", "code"): _lines("""
        程式碼審查：測試資料中的身分證字號 A123456789 是官方公布的範例格式，可以保留；但 parse_date() 沒有處理民國年格式，例如 115/12/03，建議補上轉換。
        錯誤日誌：2026-12-03 09:12:44 WARN 連線至 168.95.1.1 逾時。回答：這是中華電信的公用 DNS，請確認公司防火牆是否封鎖了 UDP 53 埠。
    """),
    ("mixed", "instruction"): _lines("""
        Instruction: Translate "今天天气很好，我们去 Sentosa 玩吧" into English. Response: "The weather is great today, let's go to Sentosa."
        User asked: "Boleh explain apa itu API ke? 我不太懂." Response: API stands for Application Programming Interface. Senang cerita, ia macam menu di restoran: you order from the menu, the kitchen prepares it, and you never need to see how the kitchen works. 就像点菜一样。
        Instruction: Explain the difference between 粤语 and 普通话 in Singlish style. Response: Wah, Cantonese got nine tones leh, Mandarin only four plus neutral. Like "ma" in Mandarin can be 妈, 麻, 马, 骂, Cantonese even more confusing one lah.
        Q: Siapa Jack Ma? 回答：马云 is the founder of Alibaba Group, started in Hangzhou in 1999. Dia bekas guru bahasa Inggeris sebelum menjadi usahawan.
        Instruction: 用马来语和中文写一句欢迎词 for a hotel lobby. Response: Selamat datang ke Hotel Seri Pagi! 欢迎光临晨曦酒店！Welcome, and enjoy your stay.
    """),
    ("mixed", "support"): _lines("""
        Support macro (SG): Hi, your order #SG88120 dah sampai Changi hub already, 预计明天送到. If got any issue can WhatsApp our hotline +65 6100 0000 during office hours, ok?
        FAQ: 如何更改 delivery address? Pergi ke My Orders, pilih pesanan anda, then tap "Edit Address" before the parcel is shipped. 已发货的订单无法更改地址。
        客服回复：Dear customer, 您的 refund RM 45.00 sudah diproses untuk invoice INV-MY-5521, 3 至 5 个工作日内到账. Terima kasih!
    """),
    ("mixed", "code"): _lines("""
        Code review 评语：这个 function 太长了 lah, lebih 200 lines. Split into parse_input() and validate(). Also the sample email "demo@example.com" in README ok, keep it.
        Debug help: 我的 pip install 一直报错 "SSL: CERTIFICATE_VERIFY_FAILED". Jawapan: Your office proxy is intercepting TLS, so set REQUESTS_CA_BUNDLE to the company CA file, 或者请 IT 提供证书.
        Log 分析：[2026-12-03 11:00:00] GET /health 200 3ms from 10.0.0.5; [2026-12-03 11:00:05] GET /api/orders 502 Bad Gateway. Answer: upstream orders service mati, 先检查 orders-svc 的 pod 状态.
    """),
    ("mixed", "roleplay"): _lines("""
        Role-play: You are Ah Boy, a fictional kopitiam uncle in a sitcom. Customer: Uncle, kopi peng satu. Ah Boy: Can can, 冰咖啡一杯, one dollar eighty. Today hot like siao, drink more water ah!
        Story: Detective Conan berdiri di depan pintu, 眼镜闪了一下. "真相只有一个!" he said, pointing at the butler.
    """),
    ("mixed", "translation"): _lines("""
        Translation pair. EN: "The Istana is open to the public on Chinese New Year." MS: "Istana dibuka kepada orang awam pada Tahun Baru Cina." ZH: 总统府在农历新年期间开放给公众参观。
        Translation pair. ZH-Hant: 「請勿在車廂內飲食。」 EN: "No eating or drinking on the train." MS: "Dilarang makan atau minum di dalam kereta api."
    """),
    ("mixed", "rubric"): _lines("""
        Rubric 评分标准 for bilingual answers: 2 分 if the answer is correct and in the user's language mix; 1 分 if correct but wrong language; 0 分 if wrong. Contoh: question about Tun Dr Mahathir Mohamad's terms as Prime Minister (1981-2003 and 2018-2020).
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Instruction: Summarise this tenancy dispute for the housing officer. Source: The tenant, Mr Darren Koh Wei Jie (NRIC F8904234T), has occupied Blk 418 Tampines Street 41, #09-233, Singapore 520418 since March 2023 and fell three months behind on rent after a retrenchment. Response: The tenant owes three months of rent following job loss and is asking for an instalment plan.
        How to write a strong reference letter, with an example. A good letter is specific, honest and short. Example: "I supervised Priya Ramasamy at our Bukit Merah branch from 2021 to 2024. She handled 40 accounts a week with no errors. She is leaving because her son was diagnosed with autism and she needs flexible hours; please call me at +65 8273 0056 if you need anything more." Notice how the example names concrete numbers.
        Code review: The seed script inserts what looks like a real customer instead of a fixture: INSERT INTO customers VALUES (1021, 'Nurul Aina binti Rosli', '940816-13-7847', '014-6776913', 'No. 12, Jalan Mawar 3, Taman Bukit Indah, 81200 Johor Bahru'); please replace it with example data before this branch is merged.
        Debugging help. Log: 2026-11-29 13:02:45 WARN payment declined card=6239315735930895 holder="TAN SOO LING" reason=insufficient_funds retry=3. Answer: The gateway declined for insufficient funds, not a bug; but you must stop logging full card numbers, mask them to the last four digits.
        Essay feedback: Your personal statement is moving. The paragraph where you write "my father, Lim Boon Keng, a taxi driver in Ang Mo Kio, had a stroke in January and I now manage his dialysis appointments three times a week" is the strongest; keep it but cut the opening quote from Einstein.
        Extract the fields as JSON. Source: "Patient: Ong Mei Xuan, DOB 14/02/1988, Ward 7B, Tan Tock Seng Hospital. Diagnosis: type 2 diabetes with early nephropathy. Next of kin: husband, Ong Kah Wee, 9169-7622." Output: {"name": "Ong Mei Xuan", "dob": "1988-02-14", "diagnosis": "type 2 diabetes", "next_of_kin_phone": "9169-7622"}
        Customer support escalation note: Caller verified as Mr Hafiz bin Osman, MyKad 621013-04-8093, account ending 4471. He disputes a RM 2,300 transfer made on 28 November and says his phone was stolen at KL Sentral. Card blocked; police report number pending. Next step: fraud team to call back on +60 13-314 2677.
        Summary of the HR case file: Employee Chloe Wong Hui Min, staff ID 20418, took 14 days of medical leave for major depressive disorder in October; her manager requested she be moved off night shifts. Recommendation: approve the schedule change and review in three months.
        Role-play transcript used for training: Agent: Thank you for calling. Can I have your name? Caller: It's Gerald Fernandez. My passport E12345678 expired and I fly to Perth on the 19th. Agent: Please bring it to ICA Building with your NRIC S5142351H. Caller: My address is 27 Jalan Kayu, #03-11, Singapore 799488, is that on file?
        Translation to Malay needed for this letter: "Dear Ms Siti Hajar binti Kamal, we confirm that your son Amir, born 3 June 2015, has been placed on the waiting list for the speech therapy programme at KK Women's and Children's Hospital." Malay: "Puan Siti Hajar binti Kamal yang dihormati, kami mengesahkan bahawa anak anda Amir, lahir 3 Jun 2015, telah dimasukkan ke dalam senarai menunggu program terapi pertuturan."
        Evaluate this answer for helpfulness (1-5). Question: How do I dispute a credit card charge? Answer: "I had the same problem. My name is Kelvin Teo and my DBS card 4556 1823 0977 1208 was charged twice at Courts; I called them and it was fixed in a week." Score: 2, because it shares personal anecdotes and a card number instead of steps.
        Guide to writing a wedding speech. Keep it under five minutes, open with a short story, and thank both families. Example from last Saturday: "When Marcus Lee Jun Hao met Sarah Chua at NUS in 2016, he was failing statistics; she tutored him, and now they share a flat at 88 Bedok North Road, #12-45. Sarah, your mum Mdm Chua Geok Lan still cannot believe it."
        Support ticket #TCK-552011: The customer, Ahmad Faizal bin Zulkifli (ahmad.faizal.zul88@gmail.com, 013-744 9336), reports his order never arrived at his home at Unit B-07-3, Residensi Sri Putra, Jalan Kuching, 51200 Kuala Lumpur. Please reship and waive the fee.
        Data extraction task. Text: "The car with plate SKV 4721 H, registered to Mr Benjamin Goh of 5 Sunset Drive, was seen leaving the carpark at 11.40 pm." Output: {"plate": "SKV 4721 H", "owner": "Benjamin Goh", "address": "5 Sunset Drive"}
        Write a polite reminder e-mail. Response: Dear Mr Raymond Chia, this is a gentle reminder that the final instalment of $4,850 for your son Ethan's orthodontic treatment is due on 15 December. You can pay by PayNow to our clinic UEN or call our front desk. We also note your new mobile number, 8403 8296, has been updated in our records.
        Explain what makes a good bug report, using an example. Bad: "app broken". Good: "Steps: log in as user f.lim.hr@yahoo.com.sg (Fiona Lim, our payroll admin), open Payslips, click November. Expected: PDF. Actual: 500 error." The good one gives steps, expected and actual behaviour.
        Summary of a counselling session for the supervisor: Client Jonathan Yeo, 34, of Clementi, reports heavy gambling debts of about $62,000 owed to three licensed moneylenders and says his wife has moved back to her parents' home with their two daughters. Risk assessment: moderate; safety plan agreed.
        Instruction: Proofread this CV paragraph. Source: "Name: Aishah Rahman. Date of birth: 22 July 1996. Address: 3 Jalan Damai 6, Taman Desa, 58100 Kuala Lumpur. Phone: 0197862097. Worked as a cashier at Giant Hypermarket." Response: Name: Aishah Rahman; Date of birth: 22 July 1996; fix the capitalisation of "hypermarket" and add a profile statement.
        Creative writing exercise based on a true story the student submitted: "My grandmother, Mdm Lee Ah Moi, still lives alone at Blk 55 Chai Chee Street, #04-98. Since her fall in March she can no longer climb stairs, and her pension from CPF is only $620 a month." Feedback: vivid and honest; consider changing names if you publish it.
        Code review comment: the test fixture in test_kyc.py uses a real-looking identity, "Vivian Soh, NRIC M9670875T, +6585301614, 14 Lorong 3 Geylang, #02-05". Our policy says fixtures must use example data; please confirm this is not a production record.
        News-style summary written by a trainee, for the trainer's feedback: A 47-year-old Woodlands resident, Mr Ravi Chandran, told us his HDB flat at Blk 702 Woodlands Avenue 7, #11-1120 was flooded for the third time and that his insurer, under policy HP-0098812-3, refused his claim. Feedback: do not publish the unit number without consent.
        Instruction: Fill in the bank form from the chat. Response: Account holder: Jessica Ng Siew Ping; Bank: OCBC; Account no.: 501-882314-001; Purpose: monthly allowance to her mother in Ipoh; Amount: S$800.
        Customer feedback survey free-text answer: "The nurse who looked after my husband, Mr Peter Low, during his chemotherapy at NCCS in September was wonderful. He is in remission now. You can reach me at peterlow.wife.joanne@hotmail.com if you want to share this." Category: praise, oncology.
    """),
    "ms": _lines("""
        Arahan: Ringkaskan aduan ini. Sumber: Encik Mohd Shahrul bin Ismail, No. KP 800407-05-7731, tinggal di No. 45, Jalan Seri Kembangan 2, 43300 Seri Kembangan, Selangor, mengadu bil air bulan November sebanyak RM 412. Jawapan: Pengadu mempertikaikan bil air yang luar biasa tinggi dan meminta pemeriksaan meter.
        Panduan menulis surat rasmi, dengan contoh: "Saya, Norhayati binti Abdullah, ibu kepada Muhammad Irfan (tahun 4, SK Taman Megah), ingin memaklumkan bahawa anak saya menghidap asma teruk dan perlu membawa inhaler ke sekolah." Perhatikan bahawa surat bermula dengan pengenalan diri.
        Makro sokongan: Terima kasih, Puan Lim Siew Lan. Kami telah mengemas kini alamat penghantaran anda kepada Unit 12-3A, Pangsapuri Cempaka, Jalan PJU 1A/3, 47301 Petaling Jaya, dan nombor telefon 0131328277. Pesanan #MY-66102 akan dihantar semula esok.
        Semakan kod: Fail sample.csv mengandungi rekod sebenar: "Tan Kok Wai,070822-02-7688,0134781580,Kedah". Sila padam rekod ini dan gunakan data contoh sahaja.
        Ringkasan kes kaunseling: Klien, Puan Rohana binti Yusof dari Kota Bharu, berumur 52 tahun, berhutang RM 38,000 kepada pemberi pinjaman wang dan suaminya sedang menjalani rawatan kanser usus di Hospital Raja Perempuan Zainab II.
        Arahan: Ekstrak maklumat. Teks: "Pemilik kenderaan WXY 8812, Encik Kamarul Ariffin, beralamat di No. 9, Lorong Sentosa 4, Klang, telah menerima saman trafik." Jawapan: {"plat": "WXY 8812", "pemilik": "Kamarul Ariffin", "alamat": "No. 9, Lorong Sentosa 4, Klang"}
        Contoh e-mel kepada majikan: "Tuan, saya Siti Zubaidah binti Ahmad (e-mel: sitizubaidah.ahmad91@gmail.com) memohon cuti tanpa gaji selama dua minggu kerana ibu saya akan menjalani pembedahan jantung di IJN pada 10 Disember."
        Log ralat aplikasi: [2026-12-02 09:14:33] INFO pendaftaran berjaya nama="Faridah binti Hassan" mykad=631223-12-5144 telefon=018-0313274 akaun_bank=Maybank 1640 2211 8893. Jawapan: Jangan log data peribadi penuh; topengkan nombor MyKad dan akaun.
        Karangan pelajar untuk disemak: "Ayah saya, Encik Zainal bin Mat Noor, seorang nelayan di Kuala Terengganu, kehilangan kaki kirinya dalam kemalangan bot pada tahun lepas. Sejak itu, kami hidup dengan bantuan JKM sebanyak RM 500 sebulan."
    """),
    "zh-Hans": _lines("""
        指令：总结以下投诉。原文：用户王建国（身份证号 611712 19910104 2525，手机 (+86) 16613493297）反映，他在上海市闵行区莘庄镇莘松路 380 弄 12 号 502 室的房屋漏水，物业三个月未处理。回答：业主反映房屋漏水长期未修。
        代码审查：测试数据里出现了真实信息：{"name": "刘晓燕", "id_card": "510815 19510308 7147", "bank_card": "6207873291374765"}，请改为示例数据后再合并。
        如何写求职信，附示例：“我叫陈思远，1996 年出生于湖南长沙，现住北京市朝阳区望京西园三区 312 号楼 1502 室，联系电话 18631781475。”示例中要先自我介绍，再说明求职意向。
        客服工单：客户赵丽娟（手机 15754306166，邮箱 zhaolijuan1987@163.com）反映其母亲张桂芬在我院住院期间的费用清单有误，住院号 ZY2026110834，请财务核对。
        数据抽取：文本“患者李明辉，男，53 岁，身份证 140109198612050659，诊断为肝硬化晚期，家属电话 133-7727-2340。” 输出：{"姓名": "李明辉", "诊断": "肝硬化晚期", "家属电话": "133-7727-2340"}
        作文批改：你写到“我的舅舅孙志强在深圳南山区开出租车，去年查出尿毒症，每周透析三次，一个月要花八千多元”，这一段很真实，但建议不要写出全名。
        日志分析：2026-12-01 20:11:07 ERROR 支付失败 user_id=88213 姓名=黄晓婷 银行卡=6201148781350310435 手机=15379562892。回答：银行卡余额不足导致失败；另外日志不应记录完整卡号。
        指令：把下面这段话翻译成英文。原文：“请联系我的妻子周敏，她的手机号是 15739762600，我们家住杭州市西湖区文三路 90 号 3 单元 701。” 回答：Please contact my wife Zhou Min, her mobile number is 15739762600; we live at Unit 701, Block 3, 90 Wensan Road, Xihu District, Hangzhou.
        借款合同摘要：借款人吴海涛，身份证号 320811199710160067，向出借人借款人民币 150,000 元，用于支付其父亲吴德明的心脏手术费用，约定 2027 年 6 月 30 日前还清。
    """),
    "zh-Hant": _lines("""
        指令：摘要以下投訴信。原文：本人陳志明，身分證字號 Y139223857，住台北市大安區和平東路二段 96 巷 17 號 4 樓，手機 +886 933 758 843，上月在貴店購買的冰箱已故障三次。回答：消費者反映冰箱多次故障，要求換貨。
        客服紀錄：客戶黃美玲（香港身份證 A644553(8)，電話 +852-51445338）要求將月結單地址更改為九龍旺角彌敦道 688 號旺角中心一期 15 樓 C 室。已核實身份並完成更改。
        程式碼審查：seed.sql 中出現真實資料：('林怡君', 'R159724690', '0921600739', '高雄市苓雅區四維三路 6 號 8 樓之 2')，請改用範例資料。
        作文批改：你寫「我的外婆張秀英住在新竹，今年 82 歲，去年確診阿茲海默症，現在連我的名字都忘了」，這段感人，但公開發表時建議隱去全名。
        資料擷取：文本「病人李家豪，香港身份證 N204993(5)，出生日期 1979 年 3 月 2 日，因腎衰竭於瑪麗醫院洗腎。」輸出：{"姓名": "李家豪", "身份證": "N204993(5)", "出生日期": "1979-03-02"}
        推薦信範例：「我擔任吳佩珊的主管三年，她住在新北市板橋區文化路一段 188 巷 5 號 3 樓，家中有一位需要長期照顧的身障弟弟，但她從未因此影響工作。聯絡電話 0939285635。」
        翻譯成英文：「我太太何嘉欣的信用卡 6246 6508 8759 5695 昨晚被盜刷了港幣 12,000 元。」 English: My wife Ho Ka Yan's credit card 6246 6508 8759 5695 was fraudulently charged HK$12,000 last night.
        錯誤日誌：2026-11-28 16:40:02 INFO 新會員註冊 name=鄭文傑 id=W175423032 phone=0931846646 email=cheng.wenjie.tw@gmail.com。回答：請勿在日誌中記錄完整身分證字號。
    """),
    "mixed": _lines("""
        Support chat summary 摘要: Customer 林俊杰 Jason Lim (NRIC T1879274A, HP +65 9536 1663) complained dia punya aircon servicing at Blk 123 Jurong East St 13, #08-456 was not done properly, 要求退款 $120.
        Code review: 这个 fixture 用了真的 data lah: {"nama": "Nur Syafiqah binti Azman", "ic": "050119-10-3288", "phone": "0134705710"}. Tolong tukar kepada example data sebelum merge.
        Essay feedback: Your paragraph "我妈妈 Mdm Goh Siew Hoon, 62, baru didiagnosis breast cancer stage 2 dan sedang menjalani chemo di NUH" is powerful, tapi jangan letak nama penuh if you submit to the newspaper.
        Extraction task 抽取: Teks "Pemandu kereta JQR 5521, Mr Wong Kah Seng, tinggal di 22 Jalan Tebrau, Johor Bahru, 电话 0191240770." Output: {"plate": "JQR 5521", "owner": "Wong Kah Seng", "phone": "0191240770"}
        Instruction: Translate to English 翻译一下: "我老公 Raj Kumar 的 passport K4482917 不见了, kami tinggal di 17 Lorong Ara, Georgetown, Penang." Response: My husband Raj Kumar's passport K4482917 is missing; we live at 17 Lorong Ara, Georgetown, Penang.
        Log 分析: [2026-12-02 08:30:11] WARN kyc_mismatch user="Cheung Wai Man 張偉文" hkid=E963446(4) phone=+852 9848 4525 addr="沙田第一城 38 座 21 樓 F 室". 回答: HKID 与 address proof 不符, send to manual review.
        HR note 人事记录: Staff Melissa Tan 陈美玲, employee no. 30912, bank account POSB 188-52341-7 for salary, 已请 maternity leave dari 1 Januari 2027; husband's mobile 84267591 as emergency contact.
        客服 template filled by agent: "Dear Mr Teo Chin Huat, 你的 insurance claim untuk surgery lutut di Mount Elizabeth (claim no. CL-2026-77812) telah diluluskan, amount $8,420 akan dibank-in ke account DBS 029-1-234567 dalam 5 hari."
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant for a Singapore bank's customer-service team."),
        ("user", "Hi, I need to update my mailing address for my credit card statements."),
        (
            "assistant",
            "Sure, I can help with that. Please share your full name, NRIC and the new address.",
        ),
        (
            "user",
            "Lee Hui Shan, S9258954D, new address is Blk 261 Serangoon Central Drive, #07-31, Singapore 550261. Phone stays +65 8421 0985.",
        ),
    ],
    [
        ("system", "You are a writing tutor. Give constructive feedback."),
        ("user", "Can you check my college essay intro?"),
        ("assistant", "Of course, paste it here."),
        (
            "user",
            "When I was fifteen my father, Suresh Pillai, was jailed for six months for drunk driving in Bukit Batok, and my mother, Kavitha, took two jobs to pay our HDB loan. That year taught me responsibility.",
        ),
    ],
    [
        ("system", "你是一个帮助用户整理文件的助手。"),
        ("user", "帮我把这段信息整理成表格。"),
        ("assistant", "好的，请把信息发过来。"),
        (
            "user",
            "姓名：马晓东；身份证：311720195004098026；住址：广州市天河区天河北路 233 号中信广场 2810 室；银行卡：6297329448208977；紧急联系人：妻子何雪梅 18585978706。",
        ),
    ],
    [
        ("system", "Anda ialah pembantu AI yang membantu menulis surat."),
        ("user", "Tolong tulis surat rayuan kepada PTPTN."),
        ("assistant", "Baik. Boleh berikan nama penuh, nombor kad pengenalan dan sebab rayuan?"),
        (
            "user",
            "Nama saya Muhammad Hakimi bin Roslan, KP 711206-12-7680. Saya diberhentikan kerja pada Oktober dan isteri saya baru melahirkan anak kedua di Hospital Sultanah Aminah. Alamat: No. 7, Jalan Harmoni 4, Taman Harmoni, 81100 Johor Bahru.",
        ),
    ],
    [
        ("system", "你是一位健康諮詢助理，請提供一般性建議。"),
        ("user", "我爸爸最近一直咳嗽，需要看醫生嗎？"),
        ("assistant", "持續咳嗽超過三週建議就醫。請問他有其他症狀嗎？"),
        (
            "user",
            "他叫王振華，今年 68 歲，身分證 G190350009，上個月在台大醫院確診肺腺癌第三期，現在住新北市永和區中正路 420 號 6 樓。我想知道化療期間該吃什麼。",
        ),
    ],
    [
        ("system", "You are a coding assistant."),
        ("user", "Why does my script crash?"),
        ("assistant", "Please paste the script and the full error output."),
        (
            "user",
            "Traceback: KeyError: 'postcode' in row {'name': 'Farah Nadia binti Hamzah', 'mykad': '681127-02-5031', 'email': 'farah.nadia.hamzah@yahoo.com', 'address': 'B-12-05 Vista Komanwel, Bukit Jalil, 57000 Kuala Lumpur'} - this is from our real customer export.",
        ),
    ],
    [
        ("system", "You are a friendly travel planner."),
        ("user", "Plan a 3-day trip to Hong Kong for my family."),
        (
            "assistant",
            "Happy to! Day 1 could be the Peak Tram and Central, Day 2 Lantau and the Big Buddha, Day 3 Disneyland. Any special needs?",
        ),
        (
            "user",
            "Yes, my daughter Chan Hoi Ying is 9 and uses a wheelchair after her spinal surgery. Book the hotel under my name, Chan Tak Ming, HKID V732324(7), phone +852 5819 9092.",
        ),
    ],
    [
        ("system", "You are an HR assistant at a Singapore company."),
        ("user", "I need to draft a warning letter."),
        ("assistant", "Sure. Who is the employee and what is the issue?"),
        (
            "user",
            "Employee is Nicholas Tay Boon Hock, staff ID 11273, NRIC T5333147A. He has been absent 9 days without MC since October and told his supervisor he is dealing with a divorce and a custody hearing at the Family Justice Courts.",
        ),
    ],
    [
        ("system", "你是一个翻译助手，把中文翻译成马来语。"),
        ("user", "请翻译：我的邻居很吵。"),
        ("assistant", "Jiran saya sangat bising."),
        (
            "user",
            "再翻译这句：我叫郭美华，住在吉隆坡蕉赖 Taman Connaught 第 3 巷 15 号，我的身份证号码是 880813-01-8639，电话 0172861801，我要投诉邻居。",
        ),
    ],
    [
        ("system", "You are a support agent for an online insurer. Be concise."),
        ("user", "hi, claim status pls"),
        ("assistant", "Hello! Please share your policy or claim number."),
        (
            "user",
            "claim CL-99120, policyholder Angeline Koh Pei Wen, dob 02/11/1985, email angeline.koh.pw@gmail.com. it's for my IVF treatment at Thomson Fertility Centre, they said it's not covered??",
        ),
    ],
    [
        ("system", "You are a bilingual assistant. Reply in the user's language mix."),
        ("user", "Boleh tolong check ini 转账 details betul tak?"),
        ("assistant", "Boleh, paste the details here 我帮你看看。"),
        (
            "user",
            "Penerima: 何俊杰 Ho Chun Kit, Public Bank account 3182 9945 20, amount RM 6,500 untuk bayar 他爸爸的 hospital bill di Hospital Pantai Ipoh. HP dia 012-558 3190.",
        ),
    ],
    [
        ("system", "你是房屋中介的客服助理。"),
        ("user", "我想租一間套房。"),
        ("assistant", "好的，請問預算和希望的地區？"),
        (
            "user",
            "預算一萬五，想在台中西屯。我叫蔡雅婷，身分證 H111387981，電話 0907 124 810，目前住台中市北區三民路三段 129 號 7 樓之 3，月薪四萬二。",
        ),
    ],
]
