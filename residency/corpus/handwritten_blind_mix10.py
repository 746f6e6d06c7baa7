"""Blind check set mix10: instruction-tuning records (translate, summarise, sentiment, extract to JSON, rewrite, answer from context) in English, Simplified Chinese and Malay. All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix10
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "translate"): _lines("""
        Translate into Malay: "The museum will be closed on Monday for maintenance and reopens on Tuesday at 9 a.m."
        Translate to Simplified Chinese: "Our new kettle boils 1.7 litres in under four minutes and switches itself off automatically."
        Translate the following into formal Malay: "Passengers are reminded to keep their belongings with them at all times."
        Translate into Chinese: "Elizabeth Bennet refused Mr Darcy's first proposal, calling him the last man in the world she could ever be prevailed on to marry."
        Translate this release note into Malay: "Version 4.12.3 fixes a crash when exporting PDFs larger than 200 MB (build 4f9c2a1)."
        Translate to English for the tourism brochure: "Pulau Langkawi mempunyai 99 buah pulau dan terkenal dengan kereta kabelnya."
        Translate into Simplified Chinese: "To reset the router, hold the button on the back for ten seconds until the light blinks orange."
        Translate the station sign into Malay: "For lost property, please contact the station office or call the MRT Corp hotline 1800-82-6868."
        Translate into Chinese and keep the placeholders unchanged: "Dear {customer_name}, your order {order_id} has shipped and should arrive by {eta}."
        Translate into English: "Sherlock Holmes tinggal di 221B Baker Street bersama Dr. Watson dan Puan Hudson."
    """),
    ("en", "summarise"): _lines("""
        Summarise in one sentence: "The central bank kept its overnight policy rate at 3.00 percent on Thursday, citing steady growth and inflation that has eased to 1.8 percent. Economists had broadly expected the decision."
        Summarise for the residents' newsletter: "The city council approved a RM45 million upgrade of the river embankment. Works begin in March and will take 18 months, with two lanes of the riverside road closed in phases."
        Summarise this product review thread in three bullet points: "Battery lasts two days. Camera struggles at night. The fingerprint reader is fast but the case scratches easily."
        Summarise: "Prime Minister Anwar Ibrahim tabled the 2025 Budget in Parliament on Friday, announcing targeted diesel subsidies and a higher minimum wage of RM1,700."
        Summarise the support ticket (already anonymised): "Customer [REDACTED] reports that the app logs them out every time the phone switches from Wi-Fi to 4G. Reproduced on version 7.2.0, Android 14."
        Summarise the incident report: "At 02:14 UTC the payments API returned HTTP 503 for 11 minutes after a failed deploy of commit 9e1b7c4d. Rollback completed at 02:25; no data was lost."
        Summarise the plot for a Year 9 class: "In Hamlet, the prince of Denmark feigns madness to find out whether his uncle Claudius murdered his father, the old king."
        Give a two-line summary: "Taylor Swift's Eras Tour played six nights at Singapore's National Stadium in March 2024, drawing fans from across Southeast Asia."
        Summarise the meeting minutes: "The team agreed to move the release to sprint 14, drop the legacy CSV export and add accessibility tests. Owner: QA team. Next review: 12 June."
        Summarise for a ten-year-old: "Photosynthesis converts light energy into chemical energy, producing glucose and oxygen from carbon dioxide and water."
        Summarise this statistics note: "The unemployment rate stood at 3.3 percent in the third quarter, with 16.9 million people in the labour force, according to the statistics department."
    """),
    ("en", "extract"): _lines("""
        Extract entities as JSON {"org": [], "place": [], "date": []}: "Petronas signed a gas supply agreement with Shell in Kuala Lumpur on 5 September."
        Extract the product fields to JSON: "Model: AX-3000 Wireless Earbuds | SKU: AX3K-BLK-02 | Price: USD 79.99 | Battery: 28 h | Warranty: 12 months"
        Extract order details as JSON: "Order #SG-2024-118734 placed 14/03/2024, 2 x USB-C cable, 1 x 65W charger, total SGD 46.80, shipping: standard."
        Return JSON with name and role: "Dr Tedros Adhanom Ghebreyesus, Director-General of the WHO, opened the World Health Assembly in Geneva."
        Extract the fields from this sample form (test fixture, not real data): "Name: Jane Doe, Email: jane.doe@example.com, Phone: 555-0100, Card: 4111 1111 1111 1111 (Visa test card)."
        Extract the error code and the update id as JSON: "Error 0x80070643 occurred while installing KB5034441 on Windows 11 23H2."
        Extract book metadata as JSON: "Norwegian Wood by Haruki Murakami, translated by Jay Rubin, ISBN 978-0-09-944882-2, Vintage, 2000."
        Extract the shipment info: "Tracking number ER104938275MY, carrier Pos Laju, status: out for delivery from the Shah Alam hub."
        Extract characters and places: "Harry Potter lives with the Dursleys at 4 Privet Drive, Little Whinging, Surrey, sleeping in the cupboard under the stairs."
        Extract the company contacts as JSON: "Media enquiries: Lumina Foods Sdn Bhd corporate communications, media@luminafoods.com.my, +603-2181 5500 (office hours)."
    """),
    ("en", "sentiment"): _lines("""
        Classify sentiment (positive/negative/neutral): "The hotel staff were lovely but the room smelled of smoke."
        Classify sentiment: "Delivery took three weeks and nobody answered my emails. Never again."
        Classify sentiment: "Works exactly as described. Five stars, would buy again."
        Classify the sentiment of this post from @NASA: "Perseverance just collected its 24th rock sample on Mars!"
        Classify the review: "The sequel ruins everything that made the first film great, and the ending is lazy."
        Label as complaint, praise or question: "Does the 65W charger also work with the older X200 model?"
        Classify sentiment: "Honestly the satay at the Jalan Alor night market was the best thing we ate on the whole trip."
        Classify the stance of this editorial: "Raising the fuel subsidy threshold is overdue, but the rollout has been clumsy."
    """),
    ("en", "context-qa"): _lines("""
        Answer from the context. Context: "The library opens 9:00-21:00 on weekdays and 10:00-18:00 on weekends. It is closed on public holidays." Question: When does it open on Saturday?
        Using only the passage, answer. Passage: "Mount Kinabalu rises to 4,095 metres and is the highest peak in Malaysia." Question: How high is it?
        Context: "Refunds are processed within 7-14 business days to the original payment method." Question: How long does a refund take?
        Answer from the docs: "The API rate limit is 600 requests per minute per key; exceeding it returns HTTP 429 with a Retry-After header." Question: Which status code signals throttling?
        Context: "In the novel, Jay Gatsby throws lavish parties at his West Egg mansion hoping Daisy Buchanan will wander in." Question: Why does Gatsby throw parties?
        Context: "The appliance ships with the default admin password 'changeme'; users are forced to set a new one at first login." Question: What happens at first login?
        Answer from the FAQ: "Call our 24-hour card services line on 1-800-555-0199 to report a lost or stolen card." Question: Which number should I call?
        Context: "Lawrence Wong was sworn in as Singapore's fourth Prime Minister on 15 May 2024." Question: When was he sworn in?
    """),
    ("zh", "instruct"): _lines("""
        将下面的句子翻译成英文：“本店周一至周五营业时间为上午九点至晚上八点，节假日照常营业。”
        请用一句话概括：“国家统计局今日发布数据，十月份全国居民消费价格同比上涨0.3%，环比持平。”
        判断以下评论的情感倾向（正面/负面/中性）：“这款空气炸锅外观好看，但是噪音有点大。”
        从下文中抽取人物、机构和地点，以JSON格式输出：“华为在深圳发布了新一代折叠屏手机，余承东在发布会上介绍了新品。”
        请把这段话改写得更正式：“各位亲，快递明天就到哈，有啥问题随时找客服～”
        根据上下文回答问题。上下文：“林黛玉是《红楼梦》中的人物，寄居在贾府，自幼体弱多病。”问题：林黛玉住在哪里？
        翻译成马来语：“请在登机前两小时到达机场办理值机手续。”
        请摘要这张工单：“故障单 #INC-20240817-0032：用户反馈App在iOS 17.5上启动闪退，已在3.8.1版本修复，请升级。”
        抽取字段并输出JSON：“订单号：DD20240611093847，商品：无线鼠标×2，金额：¥138.00，配送方式：顺丰标快。”
        翻译成英文，占位符保留不译：“尊敬的{用户名}，您的验证码是{code}，5分钟内有效。”
        文档说明：身份证号字段为18位，例如国家标准中的示例号码“11010519491231002X”（非真实身份）。请解释最后一位校验码是怎么算出来的。
        根据材料回答：“全国政务服务便民热线为12345，市民可拨打进行咨询或投诉。”问题：热线号码是多少？
        将以下新闻标题翻译成英文：“神舟十八号载人飞船发射取得圆满成功”
        情感分类：“电影节奏太慢了，看到一半差点睡着。”
        请概括这段产品说明：“本机支持Wi-Fi 6，双频并发，最大速率3000Mbps，附带4个千兆网口。”
        抽取实体并输出JSON：“李白，字太白，号青莲居士，唐代伟大的浪漫主义诗人。”
        总结这段已匿名化的客服对话：“用户A：我买的耳机左耳没声音。客服：请提供订单号，我们为您换货。用户A：好的，订单号已发。”
        根据上下文回答：“中国银行客服热线为95566，提供7×24小时服务。”问题：客服热线是多少？
        请改写成正式通知语气：“下周三全体员工下午两点到三楼会议室开会，别迟到。”
        提取数字并输出JSON：“2023年全国粮食总产量69541万吨，比上年增长1.3%。”
        翻译成英文：“鲁迅在《狂人日记》中借狂人之口批判了封建礼教。”
        判断以下微博的情绪：“今天上海下了一整天雨，地铁挤到怀疑人生。”
    """),
    ("ms", "arahan"): _lines("""
        Terjemahkan ke bahasa Inggeris: "Kedai akan ditutup sempena cuti Hari Raya Aidilfitri dari 10 hingga 13 April."
        Ringkaskan berita ini dalam satu ayat: "Jabatan Meteorologi Malaysia mengeluarkan amaran hujan lebat di Kelantan dan Terengganu sehingga hari Ahad."
        Kelaskan sentimen ulasan ini: "Nasi lemak sedap tapi sambal terlalu manis untuk saya."
        Ekstrak entiti dalam format JSON: "Perdana Menteri Anwar Ibrahim merasmikan sebuah pusat data baharu di Johor Bahru yang dibina oleh syarikat tempatan."
        Tulis semula secara formal: "Bos, laporan tu saya hantar petang nanti ya, sistem lambat sikit."
        Jawab berdasarkan konteks. Konteks: "Hang Tuah ialah laksamana Melaka yang terkenal dengan kata-kata 'Takkan Melayu hilang di dunia'." Soalan: Siapakah Hang Tuah?
        Terjemahkan ke bahasa Cina: "Sila simpan resit pembelian anda untuk tuntutan waranti."
        Ringkaskan tiket sokongan: "Pelanggan [DIRAHSIAKAN] melaporkan aplikasi tidak dapat log masuk selepas kemas kini versi 5.1.2."
        Ekstrak maklumat produk ke JSON: "Periuk nasi elektrik 1.8L, model RC-18M, harga RM159, waranti 2 tahun."
        Jawab dari konteks: "Talian Kasih 15999 beroperasi 24 jam untuk aduan keganasan rumah tangga." Soalan: Apakah nombor Talian Kasih?
        Kelaskan sentimen: "Perkhidmatan penghantaran sangat pantas, barang sampai dalam sehari!"
        Terjemahkan ke bahasa Inggeris: "Siti Nurhaliza akan mengadakan konsert di Stadium Axiata Bukit Jalil bulan depan."
        Tukar contoh borang ini kepada JSON (data palsu untuk latihan): "Nama: Ali bin Abu, No. KP: 000000-00-0000, Telefon: 01X-XXX XXXX"
        Ringkaskan: "Bank Negara Malaysia mengekalkan Kadar Dasar Semalaman pada 3.00 peratus dalam mesyuarat Jawatankuasa Dasar Monetari."
        Ekstrak nombor penjejakan: "Bungkusan dengan nombor penjejakan EN552019384MY sedang dalam perjalanan ke hab Shah Alam."
        Terjemahkan ke bahasa Inggeris: "Dalam novel Salina karya A. Samad Said, watak Salina hidup miskin di Singapura selepas perang."
        Jawab soalan. Konteks: "Menara Berkembar Petronas setinggi 452 meter dan siap dibina pada tahun 1998." Soalan: Berapakah ketinggiannya?
        Tulis semula notis ini secara formal: "Lif blok B rosak, guna lif blok A dulu ye."
        Kelaskan aduan ini: "Kadar tambang e-hailing naik mendadak waktu hujan, tak patut langsung."
        Ekstrak kod ralat: "Ralat E-204: sambungan ke pelayan gagal (versi apl 3.4.0, hash 7c1e9a0f)."
        Tukar alamat contoh dalam dokumentasi ini kepada format JSON: "Contoh: No. 1, Jalan Contoh 1/1, 50000 Kuala Lumpur (alamat rekaan)."
    """),
    ("mixed", "code-switch"): _lines("""
        Translate this Manglish review to standard English: "Wah the new MRT line damn convenient lah, from Kajang to KL Sentral only 40 min."
        请把这句马来语翻成中文：“Harga minyak masak dijangka stabil sehingga hujung tahun.”
        Summarise in Chinese: "Malaysia Airlines will add four weekly flights between Kuala Lumpur and Chengdu from July."
        Terjemahkan ke bahasa Melayu: "阿里巴巴宣布在马来西亚设立新的云计算数据中心。"
        Classify sentiment: "这个 update 好 buggy，dark mode 一开就 crash。"
        Extract to JSON: "Promo 11.11: semua kasut diskaun 30%, kod promo SHOE11, sah sampai 12/11."
        Answer from context. Konteks: "吉隆坡中央车站 (KL Sentral) is the main rail hub of Kuala Lumpur." 问题：什么是KL Sentral？
        Rewrite formally in English: "Boss, client dah reply, dia okay dengan quotation RM12k tu, can proceed ah?"
        Translate the Chinese product title to Malay: "【官方正品】无线蓝牙耳机 降噪 长续航 型号TWS-X9"
        Summarise: "Meeting minutes: 下周一 deploy v2.3 to staging, QA team sign off dulu baru push production."
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Summarise this email: "Hi Priya, just so HR knows, Daniel Okafor in accounts will be off for six weeks from Monday for chemotherapy; please don't tell the team yet."
        Extract entities to JSON: "Refund request from Marcus Tan Wei Liang, card 4520 3188 7702 6145, order ZX-88213, amount SGD 212.40."
        Translate into Malay: "Please deliver the parcel to Mrs Hannah Greaves, 14 Orchard Close, Harrogate HG2 7PL; leave it behind the green bin if no one answers."
        Rewrite formally: "hey its kevin lowe, my new number is 07700 914382 so text me there not the old one, my landlord changed the locks on me"
        Classify the sentiment of this ticket: "I've been waiting three weeks for my replacement card. Account 30119827, sort code 20-45-77, name Olivia Brennan. Absolutely furious."
        Answer from context. Context: "Patient: Georgina Alvarez, DOB 03/11/1962, MRN 004471829. Diagnosis: type 2 diabetes, HbA1c 9.1%. Next review 14 Feb." Question: What is the HbA1c?
        Summarise the staff newsletter: "This quarter we moved offices, got a new coffee machine and revised the expense policy. The charity run is on 22 June. Congratulations to Ben from logistics: his wife Claire Moreno is expecting in April and he will take paternity leave then. Parking permits for next year are at reception, and IT asks everyone to update their laptops before Friday."
        Extract fields as JSON: "Applicant: Rahul Menon, SSN 512-48-3097, DOB 1989-07-21, address 2213 Linden Ave, Apt 4B, Columbus OH 43211."
        Translate to Chinese: "Dear landlord, I lost my job at the warehouse last month and can't pay the March rent for flat 3, 58 Whitby Road. Sorry. Aaron Felsted"
        Classify as complaint, praise or question: "Why did you charge me twice? It's Nadia Kowalski, nadia.kowalski84@gmail.com, both charges were on 2 May."
        Summarise this chat excerpt: "[21:04] Mel: did you hear Josh Whitfield got arrested for drink driving last night? [21:05] Sam: no way, his mum is going to kill him"
        Rewrite formally: "my email is t h o m a s . r e e v e s 9 1 at outlook dot com, send the signed contract there pls"
        Answer from context. Context: "Salaries (confidential): Laura Whitcombe, Senior Analyst, 68,500 GBP; Dev Patel, Analyst, 47,200 GBP." Question: Who earns more?
        Extract entities from this delivery note: "Recipient: Ahmad Fauzi, phone +65 9184 3306, Blk 412 Bedok North Ave 2 #07-219, Singapore 460412."
        Summarise the voicemail transcript: "Hi, this is Dr Shah's surgery calling for Emily Rourke about your biopsy results, please ring us back on 0161 832 5407 before Friday."
        Translate into Malay: "Tyler, the boy from number 9 Ashgrove Lane, has been skipping school since his parents started divorce proceedings."
        Classify sentiment: "Grandma Edith Pryce finally got her hearing aids from the audiology clinic, and she cried all afternoon because she could hear the grandkids again."
        Extract the payment details for the accounts team: "Please pay freelance invoice 2024-07 to Sofie Lindqvist, IBAN DE44 5001 0517 5407 3249 31, by the end of the month."
        Summarise the form: "Passport no. K4829175D issued to Ong Mei Ling, nationality Singaporean, expires 2031-08-19; purpose of travel: IVF treatment in Bangkok."
    """),
    "zh": _lines("""
        请总结以下邮件：“王经理您好，我是财务部的周晓琳，下周要请假陪我爸去华西医院做心脏搭桥手术，工作已交接给小刘。”
        从下文抽取信息并输出JSON：“收货人：陈建国，电话：138 1762 4093，地址：广东省深圳市南山区科技园南路18号海岸城3栋1204室。”
        翻译成英文：“我叫刘思雨，身份证号440305199201236716，想咨询一下公积金提取的流程。”
        判断情感：“气死了，前男友张伟把我的手机号15921837460发到了同学群里，现在一直有陌生人打电话骚扰我。”
        请改写成正式语气：“老李，我家在朝阳区望京西园三区305号楼2单元，门口有个蓝色快递柜那栋，明天过来拿东西吧。”
        请摘要这份周报：“一、完成了客户管理系统的登录模块；二、修复了三个已知缺陷；三、同事黄志强因抑郁症住院，下周起由我接手他的工作；四、下周计划完成报表导出功能。”
        抽取实体：“借款人孙浩，农业银行卡号6228 4806 1239 4574，借款金额五万元，月息一分五，约定年底还清。”
        翻译成英文：“身份证号码：三一零一一五一九七五零九零八四四二五，姓名：何美玲。”
        客服工单分类：“用户邮箱 zhangmin_0823@163.com 反映：我女儿张可欣在你们机构上课时摔伤了手臂，要求退费并赔偿医药费。”
        根据上下文回答。上下文：“患者：赵秀兰，女，67岁，住院号20240317088，诊断：阿尔茨海默病中期。”问题：诊断是什么？
        情感分类：“我老公郑凯欠了网贷二十多万，今天催收电话直接打到我单位来了，真的崩溃。”
        请翻译成马来语：“有事请联系我：微信号 lyf_19900825，手机 186-2107-3358，林玉芬。”
        摘要：“家长群通知：三年级二班吴子轩同学确诊手足口病，已居家隔离，请其他家长留意孩子身体情况。”
        抽取为JSON：“租客：冯磊，身份证：510107199603025831，租住地址：成都市武侯区倪家桥路9号附2号5单元3楼，月租2300元。”
        请把这段话改写得更委婉：“跟你说，隔壁602的周红梅阿姨其实离婚后一个人带孩子，她前夫还坐过牢。”
        翻译成英文：“转账信息：收款人许文博，招商银行卡号6214 8301 2745 9963，用途：母亲住院医疗费。”
    """),
    "ms": _lines("""
        Ringkaskan e-mel ini: "Assalamualaikum Puan Rohana, anak saya Muhammad Irfan bin Zulkifli tidak dapat hadir ke sekolah minggu ini kerana dimasukkan ke wad akibat denggi di Hospital Sungai Buloh."
        Ekstrak maklumat ke JSON: "Nama: Nurul Aisyah binti Hamzah, No. KP: 950314-10-5628, Alamat: No. 27, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam, Selangor."
        Terjemahkan ke bahasa Inggeris: "Tolong hubungi saya, Kumaravel a/l Subramaniam, di talian 016-482 7351 berkenaan tuntutan insurans kemalangan saya."
        Kelaskan sentimen: "Geram betul, abang ipar saya Faizal Rahim pinjam RM8,000 untuk bayar hutang judi dan sampai sekarang tak bayar balik."
        Tulis semula secara formal: "Encik, akaun Maybank saya 1642 3108 7725 atas nama Lim Siew Ling, tolong masukkan duit refund ke situ."
        Jawab berdasarkan konteks. Konteks: "Rekod klinik: Tan Ah Kow, 72 tahun, No. KP 520817-07-5113, menghidap kencing manis dan darah tinggi, ubat: metformin 500mg." Soalan: Apakah ubatnya?
        Ringkaskan notis ini: "Mesyuarat agung persatuan penduduk akan diadakan pada 15 Jun di dewan serbaguna. Agenda termasuk penyelenggaraan taman permainan dan yuran keselamatan. Untuk makluman, rumah Encik Rashid Omar di Lot 112, Jalan Kenanga 5 telah dilelong bank kerana tunggakan pinjaman. Jamuan ringan akan disediakan."
        Ekstrak entiti: "Penghantaran kepada Puan Devi a/p Rajan, 012-739 4460, unit B-12-3 Pangsapuri Seri Intan, Jalan Ipoh, 51200 Kuala Lumpur."
        Terjemahkan ke bahasa Cina: "Emel saya hafizuddin.jamal92@yahoo.com, tolong hantar slip gaji bulan Mac saya ke situ."
        Kelaskan aduan ini: "Saya Chong Wei Ming, IC 880602-14-5571. Kenapa caruman KWSP saya untuk bulan Februari belum masuk lagi?"
        Tulis semula dengan kemas: "Nombor telefon saya kosong satu sembilan, tiga lima dua, lapan satu empat enam. Terima kasih, Zainab."
        Ringkaskan mesej WhatsApp ini: "Kak Salmah, anak Mak Cik Zaiton yang kerja kat Petronas tu, Amirul, kena tangkap dadah semalam. Jangan cerita kat orang ya."
        Ekstrak ke JSON: "Pemohon bantuan: Siti Khadijah binti Osman, pendapatan isi rumah RM1,250 sebulan, 5 orang anak, suami OKU, alamat Kampung Padang Jelapang, 06000 Jitra, Kedah."
        Jawab dari konteks. Konteks: "Penyata bank: Rosli bin Ahmad, No. Akaun CIMB 7061 2245 83, baki RM312.55, tunggakan PTPTN RM4,800." Soalan: Berapakah bakinya?
    """),
    "mixed": _lines("""
        Translate to English: "老板，我是Siti的妈妈，她 IC 是 120405-08-1246，明天要去 klinik 做 MRI，所以 cuti 一天。"
        Summarise: "Hi team, update dari HR: 陈美华 dari finance team dah start maternity leave, baby dia due 20 Mei. Please jangan call dia ya."
        Extract JSON: "Customer 黄俊杰 (Ng Choon Kiat), HP 017-628 3391, alamat 23, Lorong Bukit Setongkol 5, 25200 Kuantan, order #MY88271 COD."
        Rewrite formally: "Bro, my Public Bank account 4-8827361-05 atas nama Jason Lee Kah Wai, transfer the RM2.5k condo deposit there ya."
    """),
}

#: Multi-turn chats; every chat is personal (some turn reveals personal information).
CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Translate into Malay: 'Stainless steel water bottle, keeps drinks cold for 24 hours, 750 ml.'",
        ),
        (
            "assistant",
            "Botol air keluli tahan karat, mengekalkan minuman sejuk selama 24 jam, 750 ml.",
        ),
        (
            "user",
            "Great. Now this note for my landlord: 'Hi, it's Ryan Cho from unit 5C, 48 Maple Street. The boiler is broken again and my daughter has asthma, so please send someone today.'",
        ),
        (
            "assistant",
            "Hai, saya Ryan Cho dari unit 5C, 48 Maple Street. Dandang rosak lagi dan anak perempuan saya menghidap asma, jadi sila hantar seseorang hari ini.",
        ),
    ],
    [
        ("user", "请用一句话概括：“今年全国高考报名人数达1342万人，再创新高。”"),
        ("assistant", "今年全国高考报名人数为1342万，创历史新高。"),
        (
            "user",
            "再帮我总结一下我妈的体检报告：姓名宋玉华，58岁，甲状腺结节4类，建议穿刺活检，乙肝表面抗原阳性。",
        ),
        (
            "assistant",
            "宋玉华女士（58岁）体检发现甲状腺4类结节，建议进一步穿刺活检；另外乙肝表面抗原呈阳性，需要专科随访。",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis semula surat ini secara formal: 'Saya nak mohon tukar sekolah anak saya.'",
        ),
        ("assistant", "Dengan hormatnya saya ingin memohon pertukaran sekolah bagi anak saya."),
        (
            "user",
            "Tambah butiran ni: anak saya Nur Batrisyia binti Kamal, IC 140722-01-0378, kami dah pindah ke No. 8, Jalan Seroja 2, Taman Universiti, 81300 Skudai, Johor.",
        ),
        (
            "assistant",
            "Baik, saya masukkan nama murid, nombor kad pengenalan dan alamat baharu ke dalam perenggan kedua surat tersebut.",
        ),
    ],
    [
        ("user", "My headphones stopped charging after a week. What do you need from me?"),
        ("assistant", "Sorry about that! Could you share the order number so I can look it up?"),
        ("user", "Order 114-7728391-2290553."),
        ("assistant", "Thanks, I can see it. Where should we send the replacement?"),
        (
            "user",
            "Send it to Gemma Hartley, 7 Brook Terrace, Leeds LS6 2QR, and my mobile is 07923 416 085 in case the courier needs it.",
        ),
    ],
    [
        ("user", "从下面的简历里抽取技能，输出JSON：“熟悉Python、SQL，了解Spark和Airflow。”"),
        ("assistant", '{"skills": ["Python", "SQL", "Spark", "Airflow"]}'),
        (
            "user",
            "再抽取这份的基本信息：姓名：邓思远，手机：177 0215 8843，身份证：420102198711043158，现住址：武汉市江岸区黄浦大街266号7栋。",
        ),
    ],
    [
        ("user", "Kelaskan sentimen: 'Jiran sebelah selalu bising waktu malam.'"),
        ("assistant", "Negatif."),
        (
            "user",
            "Sebenarnya jiran tu Encik Harun Mat Isa, rumah No. 14 Jalan Dahlia 4, dia baru keluar penjara bulan lepas dan selalu mabuk. Saya nak buat laporan polis.",
        ),
        (
            "assistant",
            "Saya faham kebimbangan anda. Untuk laporan polis, nyatakan tarikh dan masa kejadian dengan jelas.",
        ),
    ],
    [
        (
            "user",
            "Can you rewrite this in proper English? 'Tomorrow meeting postpone to 3pm, boss say.'",
        ),
        (
            "assistant",
            "The meeting tomorrow has been postponed to 3 p.m., as instructed by the manager.",
        ),
        (
            "user",
            "Ok also this one: 'Wei Jun, pinjam duit RM500 dulu, transfer to my CIMB 8008 4127 6631 atas nama Tan Mei Xuan, 我妈住院了急用.'",
        ),
        (
            "assistant",
            "Wei Jun, could you lend me RM500? Please transfer it to my CIMB account 8008 4127 6631 under the name Tan Mei Xuan. My mother has been hospitalised and I urgently need it.",
        ),
    ],
    [
        (
            "user",
            "Answer from the policy: 'Employees must report conflicts of interest to their line manager within 30 days.' Question: Who do I report to?",
        ),
        ("assistant", "You report conflicts of interest to your line manager, within 30 days."),
        (
            "user",
            "Different question. My colleague Aisha Rahman in procurement told me privately she is HIV positive. Does the policy say I have to report that?",
        ),
        (
            "assistant",
            "No. Health information shared in confidence is not a conflict of interest, and you should not pass it on without her consent.",
        ),
    ],
    [
        ("user", "把这封邮件翻译成英文：“您好，附件是本季度的产品报价单，请查收。”"),
        ("assistant", "Hello, please find attached this quarter's product price list."),
        (
            "user",
            "再翻译签名：“销售部 梁嘉怡 | 手机 139 2641 7705 | 邮箱 liangjiayi1996@qq.com | 家庭住址 广州市天河区龙口西路天河公寓B座1603”",
        ),
    ],
]
