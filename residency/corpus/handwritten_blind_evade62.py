# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade62: personal data in MT and language-learning text (TMX, XLIFF, bilingual subtitles, glossaries, flashcards). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade62
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("mixed", "tmx-xliff-segment"): _lines("""
        <tu tuid="000482" creationdate="20240311T091522Z"><tuv xml:lang="en-GB"><seg>Please enter your 18-digit resident ID number.</seg></tuv><tuv xml:lang="zh-CN"><seg>请输入您的18位居民身份证号码。</seg></tuv></tu>
        <tu><tuv xml:lang="en"><seg>Your order {0} has been shipped.</seg></tuv><tuv xml:lang="ms"><seg>Pesanan anda {0} telah dihantar.</seg></tuv></tu>
        <trans-unit id="signup.nric.hint"><source>NRIC/FIN (e.g. S1234567D)</source><target xml:lang="zh-CN">身份证/准证号码（例如 S1234567D）</target></trans-unit>
        <header creationtool="SDL Trados Studio" creationtoolversion="17.0.2.15" srclang="en-US" adminlang="en-US" datatype="xml" segtype="sentence" o-tmf="SDL TM8 Format"/>
        <tu tuid="1918"><prop type="x-domain">literature</prop><tuv xml:lang="en"><seg>Lu Xun published "A Madman's Diary" in 1918.</seg></tuv><tuv xml:lang="zh-CN"><seg>鲁迅于1918年发表《狂人日记》。</seg></tuv></tu>
        <trans-unit id="checkout.tracking" approved="yes"><source>Tracking number: {tracking}</source><target>Nombor pengesanan: {tracking}</target><note>Placeholder must not be translated.</note></trans-unit>
        <tu><prop type="x-client">Maybank Berhad</prop><prop type="x-project">MB-APP-2024-Q3</prop><tuv xml:lang="en"><seg>Transfer limit per day: RM 50,000.</seg></tuv><tuv xml:lang="ms"><seg>Had pindahan sehari: RM 50,000.</seg></tuv></tu>
        <tu tuid="88213"><tuv xml:lang="en"><seg>Invoice INV-2024-003187 is overdue by 14 days.</seg></tuv><tuv xml:lang="zh-TW"><seg>發票 INV-2024-003187 已逾期 14 天。</seg></tuv></tu>
        {"id":"seg-0041","src":"Your order has shipped; collect it with your pickup code.","tgt":"\\u8ba2\\u5355\\u5df2\\u53d1\\u8d27\\uff0c\\u8bf7\\u51ed\\u53d6\\u4ef6\\u7801\\u53d6\\u4ef6","lang":"zh-CN"}
        {"id":"otp-sms-07","src":"Your verification code is {code}, valid for 5 minutes.","tgt":"\\u60a8\\u7684\\u9a8c\\u8bc1\\u7801\\u662f {code}\\uff0c5\\u5206\\u949f\\u5185\\u6709\\u6548","qe_score":0.93}
        <trans-unit id="err.passport.format"><source>Passport number must be 9 characters, for example E12345678.</source><target>护照号码须为9位，例如 E12345678。</target></trans-unit>
        <tu><tuv xml:lang="en"><seg>Sun Yat-sen died in Beijing on 12 March 1925.</seg></tuv><tuv xml:lang="zh-TW"><seg>孫中山於1925年3月12日在北京逝世。</seg></tuv></tu>
        Call the Talian Kasih helpline at 15999 for support. ||| Hubungi Talian Kasih di talian 15999 untuk mendapatkan bantuan.
        <tu changeid="PM_admin" changedate="20231129T044710Z"><tuv xml:lang="en"><seg>The hospital is named after Tan Tock Seng, a 19th-century philanthropist.</seg></tuv><tuv xml:lang="zh-CN"><seg>这家医院以十九世纪慈善家陈笃生命名。</seg></tuv></tu>
        <tu><prop type="x-checksum">SHA-256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08</prop><tuv xml:lang="en"><seg>File verified.</seg></tuv><tuv xml:lang="ms"><seg>Fail disahkan.</seg></tuv></tu>
    """),
    ("mixed", "bilingual-subtitle"): _lines("""
        117 | 00:08:14,200 --> 00:08:16,950 | Where were you last night? | 你昨晚去哪儿了？
        WEBVTT | Kind: captions | Language: zh-Hant | X-TIMESTAMP-MAP=MPEGTS:900000,LOCAL:00:00:00.000
        Dialogue: 0,0:01:02.35,0:01:04.80,Default,,0,0,0,,我們走吧，天快黑了。\\N Let's go, it's getting dark.
        58 | 00:04:31,000 --> 00:04:33,500 | Quick, call 999! | 快打999！
        204 | 01:12:09,640 --> 01:12:12,100 | Holmes, the address is 221B Baker Street. | 福尔摩斯，地址是贝克街221B号。
        12 | 00:00:48,300 --> 00:00:51,020 | Nombor giliran 0427, sila ke kaunter 3. | Queue number 0427, please go to counter 3.
        331 | 00:22:17,880 --> 00:22:20,010 | 李慕白，你的劍呢？ | Li Mu Bai, where is your sword?
        [Documentary] 89 | 00:07:55,000 --> 00:08:00,400 | In 1965, Lee Kuan Yew announced Singapore's separation from Malaysia. | 1965年，李光耀宣布新加坡脱离马来西亚。
        15 | 00:01:10,500 --> 00:01:13,000 | [phone ringing] | [电话铃声]
        402 | 00:31:44,120 --> 00:31:47,900 | Tuan Hang Tuah, patik datang membawa titah Sultan. | Lord Hang Tuah, I bring the Sultan's command.
        [TV ad] 6 | 00:00:21,000 --> 00:00:24,500 | Hubungi talian khidmat pelanggan kami di 1-300-88-1234, dibuka 24 jam. | Call our customer service line at 1-300-88-1234, open 24 hours.
        Style: Bilingual,Noto Sans CJK SC,52,&H00FFFFFF,&H000000FF,&H00000000,&H64000000,0,0,0,0,100,100,0,0,1,2,1,2,10,10,30,1
        9 | 00:00:31,400 --> 00:00:35,900 | 乘客您好，本次列车开往吉隆坡中央车站。 | Penumpang sekalian, tren ini menuju ke KL Sentral.
        77 | 00:05:40,000 --> 00:05:41,800 | <i>&#35613;&#35613;</i> | <i>Thank you.</i>
    """),
    ("mixed", "flashcard"): _lines("""
        银行 | yínháng | bank | HSK2 | 我去银行取钱。 | I'm going to the bank to withdraw money.
        身份证 | shēnfènzhèng | identity card | 请出示您的身份证。 | Please show your ID card. | tags: HSK4 travel
        kad pengenalan | identity card | Sila tunjukkan kad pengenalan anda. | 请出示您的身份证。
        我的电话号码是______。 | My phone number is ______. | Nombor telefon saya ialah ______.
        {{c1::护照}}号码 | passport number | deck: Travel Chinese::Airport
        Front: How is the digit 1 read in Chinese phone numbers? | Back: yāo 幺, so that yī is not confused with qī
        Front: 一千二百三十四 | Back: 1234 | note: practise reading large numbers aloud
        孫中山 | Sūn Zhōngshān | Sun Yat-sen, founding father of the Republic of China | tags: history zh-Hant
        Front: 全角数字 １２３ 和半角数字 123 有什么区别？ | Back: 全角字符占一个汉字的宽度，常见于中文输入法。
        Front: 住址 | Back: zhùzhǐ, residential address | 例：住址：________省________市________区 | deck: Filling in Forms
        Front: Encik vs Tuan | Back: Encik = Mr (general use); Tuan = Sir (formal, also for a Haji)
        guid:Ka7#pQ2!xL;Note ID 1699872234561;Basic (and reversed card);学生证 xuéshēngzhèng;student ID card
        Front: 一九四九年十月一日 | Back: 1 October 1949, founding of the People's Republic of China
        Front: sembilan sembilan sembilan | Back: 999, nombor kecemasan Malaysia | 马来西亚紧急电话
        Front: 林黛玉 | Back: Lin Daiyu, heroine of 红楼梦 (Dream of the Red Chamber); frail and poetic, dies young of consumption
        deck.json base64: eyJkZWNrIjoiSFNLMyBWb2NhYnVsYXJ5IiwiY2FyZHMiOjYwMCwidmVyc2lvbiI6IjIuMSJ9
    """),
    ("mixed", "glossary"): _lines("""
        term_en;term_zh-Hans;term_zh-Hant;term_ms;note
        beneficiary;受益人;受益人;benefisiari;insurance, always singular in policy wording
        NRIC;新加坡身份证;新加坡身分證;Kad Pengenalan Pendaftaran Negara;keep the acronym NRIC in all targets
        attending physician;主治医生;主治醫師;pakar perunding;medical, hospital discharge summaries
        Tan Tock Seng Hospital;陈笃生医院;陳篤生醫院;Hospital Tan Tock Seng;proper name, do not translate "Tan Tock Seng"
        Jalan Tun Razak | 敦拉萨路 | 敦拉薩路 | street name, keep "Jalan" in ms targets
        Universiti Tunku Abdul Rahman (UTAR) | 拉曼大学 | 拉曼大學 | official short name is UTAR
        MyKad | 马来西亚身份证（MyKad） | 大馬身分證 | kad pengenalan | format YYMMDD-PB-###G, never translate the number
        next of kin;紧急联系人;緊急聯絡人;waris terdekat;hospital forms prefer 紧急联系人 over 近亲
        hire purchase;分期付款购买;分期付款;sewa beli;banking MY, an HP agreement is 租购协议
        Home Return Permit | 回乡证 | 回鄉證 | no Malay equivalent, keep the English term
        Zheng He / Cheng Ho;郑和;鄭和;Laksamana Cheng Ho;historical figure, Malacca museums use "Cheng Ho"
        ICD-10 J45.9;哮喘，未特指;氣喘，未明示;asma, tidak dinyatakan;medical code list v2019
        SKU MX-5-KIT;MX-5 保养套件;MX-5 保養套件;kit servis MX-5;product code, not a plate number
    """),
    ("en", "localisation-ticket"): _lines("""
        LOC-4821: zh-Hant strings truncated on the checkout page in build 3.14.2; reproduce with locale zh-TW and font scale 120%.
        Job #TR-2024-0913 | 4,250 words | en>ms | rate MYR 0.12/word | due 2024-10-04 17:00 MYT | status: in review
        QA check failed: segment 214 number mismatch (source "1,200" vs target "12,00"); segment 219 tag <b> missing.
        MT engine v2.7 on the en-zh-Hans test set: BLEU 38.4 (was 36.9), COMET 0.842; zh-Hant unchanged.
        Reminder to all vendors: redact NRIC, MyKad, passport and phone numbers before uploading TMX files to the portal; use [ID] and [PHONE] tokens.
        Vendor contact for Q4: Lingua Asia Pte Ltd, projects@linguaasia.com.sg, +65 6438 2210 (office hours 9am-6pm).
        Ticket CS-770193 closed: customer reported the wrong Malay term "kata kunci" for password; glossary now says "kata laluan".
        Style guide §4.2: render dates as DD/MM/YYYY for en-MY and YYYY年M月D日 for zh-CN; never localise IDs, order numbers or plate numbers.
        Please quote for subtitling a 92-minute documentary on Tunku Abdul Rahman into zh-Hans and zh-Hant; burn-in not required.
        Segment pretranslated from TM (87% fuzzy): "Your parcel MYX20241108437 is out for delivery." Review punctuation only.
        Form builder regex for MyKad: ^\\d{6}-\\d{2}-\\d{4}$ ; test fixtures must use 000000-00-0000, never real numbers.
        Invoice sent for project ZH-SUB-118 (audiobook subtitles, ISBN 978-7-02-000220-7); payment terms 30 days.
        mt-gateway 200 OK 143ms GET /v2/translate?src=zh&tgt=ms&q=%E8%AF%B7%E6%8A%8A%E8%BF%99%E5%8F%A5%E8%AF%9D%E7%BF%BB%E8%AF%91%E6%88%90%E9%A9%AC%E6%9D%A5%E8%AF%AD%EF%BC%9A%E6%98%8E%E5%A4%A9%E7%9A%84%E4%BC%9A%E8%AE%AE%E6%94%B9%E5%88%B0%E4%B8%8B%E5%8D%88%E4%B8%89%E7%82%B9
    """),
    ("zh-Hans", "textbook-exercise"): _lines("""
        第十二课 打电话 | A：喂，请问王老师在吗？ B：她不在，请问您是哪位？ A：我是她的学生。
        《中文听说读写》第三课：王朋和李友约时间看电影，李友说她星期四晚上有空。
        练习：用"把"字句改写下列句子。1. 我看完了那本书。 2. 他打扫干净了房间。
        HSK 四级真题 H41003，第46—50题，选词填空，答案：B F A C E
        语法点：的、得、地的区别——"高兴地说"、"跑得快"、"我的书"。
        课文：朱自清《背影》节选，"我看见他戴着黑布小帽，穿着黑布大马褂……"
        填空：我的护照号码是________，有效期到________年____月。
        情景对话：在银行开户 | 柜员：请出示身份证件。 顾客：好的，给您。 柜员：请在这里签名。
        听力原文：各位旅客请注意，由上海虹桥开往北京南的G12次列车现在开始检票。
        翻译练习（英译汉）："Zheng He led seven voyages to the Western Oceans between 1405 and 1433." 参考答案：郑和于1405年至1433年间七下西洋。
        数字读法：手机号码一般按"3-4-4"分组读，其中"1"读作"幺"，"7"和"1"要读清楚。
        作文题目：《我的家乡》，要求不少于400字，文中不得出现真实姓名和学校名称。
    """),
    ("zh-Hant", "translator-notes"): _lines("""
        譯者註：原文「身分證字號」請譯為 National ID No.，勿譯成 ID Card Number。
        術語庫更新（2024/05/02）：「健保卡」統一譯為 NHI card，「掛號費」譯為 registration fee。
        繁簡轉換注意：「頭髮」不可轉為「頭发」，「乾淨」與「幹部」的「干」須分別處理。
        客服話術中英對照：如需協助，請撥勞動部諮詢專線 1955。| For help, call the Ministry of Labor hotline 1955.
        香港政府熱線 1823 的英文譯法請用 "1823 government hotline"，不要加區號。
        校對意見：第 37 句「蔣經國時代」一詞，英譯建議作 "the Chiang Ching-kuo era"。
        字幕規範：每行不超過 16 個全形字，雙語字幕中文在上、英文在下。
        記憶庫匯出檔：zh-TW_en-US_2024Q2.tmx，共 182,406 個翻譯單位，大小 96.4 MB。
        台灣身分證字號格式為 1 個英文字母加 9 位數字，翻譯時保持原樣，不要加空格。
        範本：「茲證明 ________ 君（身分證字號 ________）於本公司任職」——空白處保留底線。
        金庸《射鵰英雄傳》人名譯法：郭靖 Guo Jing、黃蓉 Huang Rong，沿用 Anna Holmwood 英譯本。
    """),
    ("ms", "parallel-corpus"): _lines("""
        Saya tinggal di Kuala Lumpur. ||| I live in Kuala Lumpur.
        Tunku Abdul Rahman mengisytiharkan kemerdekaan di Stadium Merdeka pada 31 Ogos 1957. ||| Tunku Abdul Rahman proclaimed independence at Stadium Merdeka on 31 August 1957.
        Hang Tuah berkata, "Takkan Melayu hilang di dunia." ||| Hang Tuah said, "The Malays shall never vanish from the earth."
        Sila tulis nombor kad pengenalan anda tanpa tanda sengkang. ||| Please write your identity card number without dashes.
        Nombor rujukan kes anda ialah KES/2024/00873. ||| Your case reference number is KES/2024/00873.
        Soalan forum: Apakah beza "pun" dan "juga"? Contoh: "Saya pun nak pergi" berbanding "Saya juga nak pergi."
        Kad imbasan: kedai ubat = 药房 (yàofáng) = pharmacy | contoh ayat: Kedai ubat itu buka hingga jam 10 malam.
        Borang permohonan: Nama: ____________ No. K/P: ______-__-____ Alamat: ____________
        Kereta Proton Saga 1.3 Standard dijual pada harga RM34,800. ||| The Proton Saga 1.3 Standard sells for RM34,800.
        Poskod 50450 meliputi kawasan Jalan Ampang. ||| Postcode 50450 covers the Jalan Ampang area.
        Pelajaran 7: Di klinik | Doktor: Apa yang sakit? Pesakit: Kepala saya pening sejak semalam. | 第七课：在诊所
        P. Ramlee membintangi filem Ibu Mertuaku pada tahun 1962. ||| P. Ramlee starred in the film Ibu Mertuaku in 1962.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        TR-5530 | sworn translation of birth certificate for Kavitha a/p Subramaniam, MyKad 920817-14-6034 | she needs it before her UK student visa appointment on 18 Nov
        Anki note | deck: Daniel Tay::HSK3 oral | Front: 你住在哪儿？ | Back: 我住在淡滨尼22街287座08-114号 (Blk 287 Tampines St 22 #08-114, S521287), my actual flat, for the speaking exam
        S/N,Name,NRIC,Course,Balance | 14,GOH SIEW MEI,T0281946A,Mandarin Intermediate B,SGD 180.00 outstanding
        2024-11-02 08:14:55 WARN mt-gateway segment too long (412 chars) src="Dear Mr Ong Chee Hoe, your personal loan of RM45,000 has been approved and will be credited to CIMB account 7063882145 on ..."
        hi emily, tmr's mandarin lesson moved to 7pm, i'll ring you on 9127 4583 if the zoom link dies again
        Glossary row | client: Rajesh s/o Govindasamy | contact: rajesh.govind82@gmail.com, 016-2281 5739 | project: English translation of his late father's land title
        Language exchange profile: Amirah, 24, staff nurse at Hospital Sungai Buloh, learning Mandarin for HSK 3, free Sat mornings, add me on Telegram @amirahzul_96
        Billing note on TM project KR-PHR-07: card on file 4539 9812 0347 6125 exp 09/27, cardholder JONATHAN DE SOUZA
        Proofreader comment on seg 88: source still shows the patient's name (Marcus Pereira) and his HIV viral load result, please anonymise before sending to MT
    """),
    "zh-Hans": _lines("""
        <seg>委托人：孙雨桐，身份证号码：320102200109091284，住址：南京市玄武区北京东路71号3单元502室。</seg>
        家庭录像_2023春节.srt | 23 | 00:01:45,120 --> 00:01:48,300 | 刘晓雯，你妈刚打电话，说你爸胆结石住院了，在市一医院 | Liu Xiaowen, your mum just called, your dad is in hospital with gallstones
        学生作业（用汉字写出自己的手机号码）：黄子涵 —— 一三八 二七四一 九零六三
        王思远的微信：ｗｘｉｄ＿８ｋ２ｍ９ｑ４ｒ７ｔ０１，手机１５９１７２８４６３０，周末可以一对一练英语口语
        闪卡 | 正面：我的身份证号码 | 背面：440106199103143722（陈佳慧，出国办签证要背下来）
        翻译任务单 | 译员：何静 | 稿件：离婚协议书中译英 | 当事人：许文静、蔡明杰 | 内容涉及女儿抚养权及厦门思明区房产分割
        术语表备注：客户张德明（身份证420111196811114571）要求把他体检报告里的"高血压"统一译为 hypertension
        {"seg_id":2231,"src":"Applicant: Zhou Zixuan, passport E73018264","tgt":"\\u7533\\u8bf7\\u4eba\\uff1a\\u5468\\u5b50\\u8f69\\uff0c\\u62a4\\u7167\\u53f7 E73018264"}
        mt-gateway 200 OK 98ms GET /api/mt?from=zh&to=en&q=%E6%88%91%E5%8F%AB%E5%90%B4%E6%AC%A3%E6%80%A1%EF%BC%8C%E6%89%8B%E6%9C%BA13760415829%EF%BC%8C%E5%9C%A8%E6%B7%B1%E5%9C%B3%E5%8D%97%E5%B1%B1%E5%8C%BA%E5%81%9A%E4%BC%9A%E8%AE%A1
        双语对照：唐志强，男，1983年4月5日生，成都人，现在某物流公司当货车司机，今年驾照已被扣12分。| Tang Zhiqiang, male, born 5 April 1983, from Chengdu, lorry driver at a logistics firm, 12 points already deducted from his licence this year.
        家长群通知（中英）：黎晓彤妈妈，晓彤英语补习班学费 ¥3,600 还没交，请转到我的工行卡 6222 0216 0845 9733 019 | Parents of Li Xiaotong: the ¥3,600 tuition fee is still unpaid
    """),
    "zh-Hant": _lines("""
        翻譯社委託單｜姓名：林冠宇｜身分證字號：F123740969｜文件：戶籍謄本英譯｜取件電話：0912-478-305
        字幕校對備忘：第 12 分鐘畫面出現黃嘉欣嘅身份證 Y281946(3)，請打格仔再出片。
        雙語字卡｜正面：我叫鄭美玲，住在台北市大安區和平東路二段96巷7號4樓｜背面：My name is Cheng Mei-ling, I live at 4F, No. 7, Lane 96, Sec. 2, Heping E. Rd.
        澳門居民身份證 1283746(5)，持有人梁家豪，申請英文翻譯本用於赴台升學。
        家教媒合：蔡宇婷，高二，英文段考 42 分，家長希望週三晚上上課，LINE ID: yuting.0523
        補習社學生名單｜李卓楠 Lee Cheuk Nam｜中三｜家長電話 9137 2846｜已欠交兩個月學費
        <seg xml:lang="zh-TW">&#21555;&#20329;&#29642;（E271880635）上月確診乳癌，需將病歷摘要譯成英文給新加坡的醫院。</seg>
        譯稿：茲證明陳柏霖君（身分證字號 S139045215）自 2019 年 3 月起任職本公司業務部，月薪新台幣 48,000 元。
        回鄉證英譯：持證人 梁詠詩 LEUNG WING SZE，證件號碼 H10384726，香港身份證 R605338(5)，有效期至 2031 年。
    """),
    "ms": _lines("""
        Terjemahan sijil kelahiran | NAMA: NURUL AISYAH BINTI KAMARUDIN | NO. K/P: 010623-01-1148 | TEMPAT LAHIR: HOSPITAL SULTANAH AMINAH, JOHOR BAHRU
        nombor saya kosong satu tiga, lapan lapan empat, dua kosong tujuh satu, haziq bin roslan, kelas mandarin hari sabtu
        Kad imbasan | Depan: 我是老师 | Belakang: Nama saya Farah binti Yusof, saya guru Bahasa Inggeris di SK Taman Melawati 2 dan saya sedang mengandung lima bulan
        Sari kata video kenduri | 67 | 00:05:12,000 --> 00:05:16,200 | Terima kasih Pak Long Ahmad Faizal bin Othman, datang dari Kuching walaupun baru lepas pembedahan pintasan jantung | 感谢从古晋赶来的 Ahmad Faizal 伯伯，他刚做完心脏搭桥手术
        Yuran kelas bahasa Jepun bulan Mac dibayar ke akaun Maybank 1620 3147 9852 atas nama Siti Hajar binti Mokhtar
        Cikgu Priya d/o Raman, tutor BM SPM kawasan Kajang, WhatsApp +6019-447 3086, RM60 sejam
        Senarai pelajar kelas Mandarin Asas | 3. ADAM HAKIMI BIN ZAINAL | 990228-12-6293 | tidak hadir 4 kali, amaran kedua
        Terjemahan surat doktor: Pesakit Encik Lim Ah Kow, No. K/P 670719-08-5375, disahkan menghidap diabetes jenis 2 dan tidak layak memandu kenderaan berat. ||| Patient Mr Lim Ah Kow, IC 670719-08-5375, has type 2 diabetes and is unfit to drive heavy vehicles.
        Iklan cari rakan bahasa: Saya Nur Izzati Kamal, 28, akauntan di Shah Alam, nak belajar bahasa Korea. Emel saya izzati.kamal93@yahoo.com
        Pendaftaran peperiksaan HSK | Calon: TAN MEI LING | Pasport: A52937148 | Tarikh lahir: 12/04/1988 | Pusat: Universiti Malaya
        assalamualaikum semua, ustazah nak maklumkan anak saya Aiman Hakim (Darjah 3 Bestari, SK Seksyen 7 Shah Alam) kena denggi, minggu ni kelas bahasa Arab dia tak datang
    """),
    "mixed": _lines("""
        <tu tuid="77"><tuv xml:lang="en"><seg>Patient: TAN WEI LING, NRIC S8734521A, admitted 14/03 with dengue fever.</seg></tuv><tuv xml:lang="zh-CN"><seg>病人：陈慧玲，身份证 S8734521A，3月14日因骨痛热症入院。</seg></tuv></tu>
        <trans-unit id="p3.s7"><source>Applicant's passport number: EJ2856103</source><target>申请人护照号码：EJ2856103</target><note from="pm">Shen Mengqi's visa file, keep the number unchanged</note></trans-unit>
        <tu><prop type="x-learner-meta">eyJsZWFybmVyIjoiTGltIEJvb24gS2VhdCIsImljIjoiODgwNDEyLTEwLTU1MjMiLCJ0ZWwiOiIwMTItNzM4IDQxOTIifQ==</prop><tuv xml:lang="ms"><seg>Saya suka belajar bahasa Cina.</seg></tuv><tuv xml:lang="zh-CN"><seg>我喜欢学中文。</seg></tuv></tu>
        生日派對.srt | 31 | 00:02:40,500 --> 00:02:43,900 | 阿 Ka Ho 你個電話係咪 6245 1983？ | Ka Ho, is your number 6245 1983?
        guid:rT9@w1;Note ID 1700451230987;Basic;我的银行卡号;6228 4801 9276 3504 714（农行工资卡，别外传）;owner: 唐志强
        Seg 45 | EN: Mdm Seo Hui Min (S9162038C) is advised two weeks' medical leave for a slipped disc. | MS: Puan Seo Hui Min (S9162038C) dinasihatkan cuti sakit dua minggu kerana cakera tergelincir.
        vlog_ep12_zh-en.srt | 88 | 00:06:02,000 --> 00:06:05,300 | 我是卢诗琪，这就是我住的小区，南山区桃园路荔园小区7栋1203 | I'm Lu Shiqi and this is my estate, Block 7 unit 1203, Liyuan Estate, Taoyuan Road, Nanshan
        王老师您好 / Dear Ms Wong: 我女儿 Chloe Lim（Sec 2B）下周二做阑尾手术，请准假一周 | my daughter Chloe Lim (Sec 2B) has appendix surgery next Tuesday, please excuse her for a week. Lim Wei Jie, 9735 2610
        Interp-2024-1187 | Mandarin<>English | State Courts Singapore, Court 14A, 09:30 | accused: LOW KAH SENG, S8512746B | charge: drink driving | 被告：刘家成
        通知草稿 | 致 RAHMAN MD SHAHIN（FIN G5083721T）：您的工作准证将于2025年1月31日到期 | To RAHMAN MD SHAHIN (FIN G5083721T): your Work Permit expires on 31 Jan 2025
        閃卡｜Front: 香港身份證號碼 | Back: Z417290(7)，媽媽陳秀英嘅，幫佢填表用
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Tolong terjemah ke Bahasa Inggeris untuk surat akuan sekolah anak saya."),
        ("assistant", "Boleh. Sila tampal teks surat akuan itu."),
        (
            "user",
            "Saya, Mohd Rizal bin Ismail (No. K/P 750301-07-5281), dengan ini mengesahkan bahawa anak saya Nur Aina binti Mohd Rizal tinggal bersama saya di No. 14, Lorong Kenari 3, Taman Sri Rambai, 14000 Bukit Mertajam.",
        ),
        (
            "assistant",
            "I, Mohd Rizal bin Ismail (IC No. 750301-07-5281), hereby confirm that my daughter Nur Aina binti Mohd Rizal resides with me at No. 14, Lorong Kenari 3, Taman Sri Rambai, 14000 Bukit Mertajam.",
        ),
    ],
    [
        (
            "user",
            "how do i say 'add me on wechat, my id is marcus_lee_sg' in chinese? i'm marcus lee, i teach PE at a primary school in bishan",
        ),
        (
            "assistant",
            "加我微信吧，我的微信号是 marcus_lee_sg。(Jiā wǒ wēixìn ba, wǒ de wēixìn hào shì marcus_lee_sg.)",
        ),
        ("user", "and 'my phone number is 8362 1907'?"),
        ("assistant", "我的电话号码是 8362 1907。Read it as bā sān liù èr, yāo jiǔ líng qī."),
    ],
    [
        (
            "system",
            "You are a medical translation assistant. Translate faithfully and keep the layout.",
        ),
        (
            "user",
            "帮我把这段翻译成英文，给新加坡的医生看：患者张秀兰，女，68岁，2型糖尿病十年，今年3月因右膝骨关节炎在广州做了膝关节置换手术，术后恢复一般。",
        ),
        (
            "assistant",
            "Patient: Zhang Xiulan, female, 68. Type 2 diabetes for ten years. Underwent right knee replacement in Guangzhou in March this year for osteoarthritis; post-operative recovery fair.",
        ),
    ],
    [
        (
            "user",
            "请把户口本这一页翻成英文，办签证用：户主 刘建国 公民身份号码 110105197601305614 住址 北京市朝阳区望京西园四区412号楼2单元801 职业 出租车司机",
        ),
        (
            "assistant",
            "Head of household: LIU Jianguo | Citizen ID No.: 110105197601305614 | Address: Unit 801, Entrance 2, Building 412, Wangjing Xiyuan District 4, Chaoyang District, Beijing | Occupation: taxi driver",
        ),
        ("user", "住址那行能不能按英文地址习惯从小到大写？"),
        (
            "assistant",
            "Address: Rm 801, Entrance 2, Bldg 412, Wangjing Xiyuan Zone 4, Chaoyang District, Beijing, China",
        ),
    ],
    [
        ("user", "我下個月考 TOCFL 口說，幫我做幾張自我介紹的字卡，中英對照。"),
        ("assistant", "好的，請告訴我你想介紹的內容：名字、住哪裡、工作、興趣等。"),
        (
            "user",
            "我叫蔡宗翰，住桃園市中壢區，在工業區一家面板廠當製程工程師，身分證 H145602371，去年離婚，現在一個人帶兒子。",
        ),
        (
            "assistant",
            "字卡1：我叫蔡宗翰。| My name is Tsai Tsung-han. 字卡2：我住在桃園市中壢區。| I live in Zhongli, Taoyuan. 字卡3：我是面板廠的製程工程師。| I'm a process engineer at a display panel plant. 字卡4：我一個人帶兒子。| I'm raising my son on my own.",
        ),
    ],
    [
        ("user", "Can you fix the timing on these subtitles? Each cue should be 2 seconds later."),
        ("assistant", "Sure, paste the cues and I'll shift every timestamp by +2 seconds."),
        (
            "user",
            "1 | 00:00:01,000 --> 00:00:04,000 | Welcome to Paati Lakshmi a/p Krishnan's 80th birthday! | 2 | 00:00:04,500 --> 00:00:08,000 | Dinner is at her house, 23 Jalan SS 2/61, Petaling Jaya, call Kumar at 011-2694 1837 if you're lost",
        ),
        (
            "assistant",
            "1 | 00:00:03,000 --> 00:00:06,000 | Welcome to Paati Lakshmi a/p Krishnan's 80th birthday! | 2 | 00:00:06,500 --> 00:00:10,000 | Dinner is at her house, 23 Jalan SS 2/61, Petaling Jaya, call Kumar at 011-2694 1837 if you're lost",
        ),
    ],
    [
        (
            "user",
            "幫我將呢段租約譯做英文：租客 陳家偉（香港身份證 K734512(7)）承租九龍旺角西洋菜南街 88 號 12 樓 B 室，每月租金港幣 12,800 元，按金兩個月。",
        ),
        (
            "assistant",
            "Tenant: CHAN Ka Wai (HKID K734512(7)) leases Flat B, 12/F, 88 Sai Yeung Choi Street South, Mong Kok, Kowloon, at a monthly rent of HK$12,800, with a two-month deposit.",
        ),
    ],
    [
        (
            "user",
            "Help me write a short self-introduction in Malay for a job application at a clinic in Johor Bahru.",
        ),
        ("assistant", "Sure. Give me your name, experience and how they can reach you."),
        (
            "user",
            "Nicole Tan, NRIC S7620394F, staff nurse at a polyclinic in Woodlands for 5 years, contact 8841 0937",
        ),
        (
            "assistant",
            "Nama saya Nicole Tan (NRIC S7620394F). Saya telah bekerja sebagai jururawat di sebuah poliklinik di Woodlands selama lima tahun. Saya boleh dihubungi di talian +65 8841 0937.",
        ),
    ],
    [
        (
            "system",
            "You are a project assistant at a translation agency. Log new jobs in the tracker format.",
        ),
        (
            "user",
            "New job: notarised EN translation of Shen Mengqi's degree certificate and passport bio page. ID 330106199902260866, passport EJ2856103, she's applying for a master's in Melbourne.",
        ),
        (
            "assistant",
            "Logged: JOB-2411-062 | client: Shen Mengqi | docs: degree certificate, passport bio page | ID 330106199902260866 | passport EJ2856103 | purpose: master's application, Melbourne | status: new",
        ),
        ("user", "add that she wants pickup at our Hangzhou office, her mobile is 139 0571 2846"),
        (
            "assistant",
            "Updated JOB-2411-062: pickup at Hangzhou office; client mobile 139 0571 2846.",
        ),
    ],
    [
        (
            "user",
            "帮我写一段语言交换的自我介绍，中文和马来文都要：我叫何詠琪，香港人，在吉隆坡的私立医院做护士，想练马来话，Telegram 是 @wingki_ho",
        ),
        (
            "assistant",
            "中文：大家好，我叫何詠琪，来自香港，现在在吉隆坡一家私立医院当护士，想找人练习马来语，欢迎在 Telegram 找我：@wingki_ho。 | Bahasa Melayu: Hai semua, nama saya Ho Wing Ki dari Hong Kong. Saya jururawat di sebuah hospital swasta di Kuala Lumpur dan ingin berlatih bahasa Melayu. Hubungi saya di Telegram @wingki_ho.",
        ),
    ],
]
