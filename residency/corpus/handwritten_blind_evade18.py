# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade18: 中英马混合聊天与贴文中的规避写法（拆分号码、双语数字、粤语谐音、注音拼音、图片alt文字、emoji与markdown包裹）. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade18
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("mixed", "大马华人群聊日常"): _lines("""
        Guys今晚mamak还是lok lok? 我ok je, 反正payday还没到 😂
        Bak kut teh那间涨价了, 一碗RM十八 now, dulu lima belas je. 真的mahal gila
        明天Jalan Tun Razak那边jam teruk, polis buat sekatan jalan raya, 大家早点出门ya
        Anyone nak share Grab pergi KLIA2? Flight我pukul tujuh pagi, 大概RM六十五 split三个人
        eh 那个kuih lapis sold out liao, next batch hari Sabtu baru ada
        Cuti sekolah开始了, Genting塞到sampai九km, 不要上去lah
        Group规矩: jangan post人家IC/电话dalam group ni, 要PM自己settle. Admin会delete 😤
        Nasi lemak ayam goreng + teh o ais limau = RM 9️⃣.5️⃣0️⃣ 而已, worth it
        今年CNY红包rate berapa? 我kasi sepupu RM十je, 太kedekut吗 🤣
        Banjir kat Taman Sri Muda lagi 😢 有old clothes可以drop di佛教会, Sabtu sampai五点
        Lunch order: 2 x char kuey teow (tak nak taugeh), 1 x wantan mee kosong, 3 x 冰kopi peng
        我妈的WhatsApp group又在传 'minum air suam boleh bunuh virus' 那种fake news, 谁来explain一下
    """),
    ("yue", "香港論壇與IG粵語諧音"): _lines("""
        屯門呢間茶記個常餐 $衫十八 仲跟凍飲, 真係抵食到喊
        今日恒指又插, 收市跌咗衫百幾點, 我啲科技股全部on9晒
        收皮啦你, 講到咁5 up係咪想呃like
        啲MK仔成日打 '88' 即係bye bye, '7' 就唔使我解啦
        新樓盤呎價 $一萬衫千, 五百呎都要 $六百幾萬, 點上車啊 😭
        九巴2️⃣7️⃣1️⃣今朝又塞, 大埔公路車龍排到林錦
        1823政府熱線得閒打去投訴冷氣滴水, 佢話會轉介畀食環
        有冇人知Uniqlo嗰件fleece貨號470512仲有冇L碼? 旺角店話斷貨
        旺角嗰間西多士 $衫十蚊兩件, 排隊排到彌敦道 😂
        唔好再喺IG story出身份證full photo啦, 遮咗頭個字母同括號入面個數都冇用, 騙徒照樣砌得返
        陳奕迅紅館加場2️⃣6️⃣號開售, 飛價 $衫百八至 $一千一, 又要同黃牛搶
    """),
    ("mixed", "网购订单与优惠码"): _lines("""
        Shopee 11.11 voucher code: 🎁 SHPMY1111X 🎁 min spend RM五十, 先到先得
        Lazada order #3️⃣1️⃣4️⃣5️⃣6️⃣0️⃣2️⃣9️⃣8️⃣7️⃣7️⃣ 已经shipped, J&T tracking 6300 4481 2075, sampai esok katanya
        淘宝集运收件人统一填【会员ID】+【唛头】, 例如 MY-会员ID-海运, 不需要写真名
        SKU: XM-RN13-8G256-BLK (黑色 8+256), 价钱RM八百九十九after回扣
        Pos Laju tracking EN 2418 7736 5 MY — parcel stuck di Shah Alam hub dua hari dah
        顺丰单号SF1427 6603 9185 2 显示已签收, 但是guard house说没收到 🙄
        Taobao买phone case, 型号写 'A3106' 是iPhone model number啦, 不是什么IC
        Invoice INV-2025-11-00873, jumlah RM 1,2️⃣4️⃣8️⃣.00 termasuk SST 8%, due 30 hari
        Return流程: 拍照 + 填form + 写order no., 不用给IC. Refund 3-5 hari bekerja masuk ShopeePay
        Seller回复: 'Hi dear, barang ready stock, pink剩2 pcs, 下单用code 𝐂𝐍𝐘𝟐𝟔 ada diskaun 10%'
        GrabFood promo 'MAKAN50' 今天last day, max discount RM五块
        快递柜取件码 8-4-1-6-0-2 是系统随机生成的, 超过24小时自动失效
    """),
    ("mixed", "万字票与彩票号码"): _lines("""
        昨晚Magnum 4D首奖 8️⃣4️⃣2️⃣1️⃣, 二奖 0️⃣3️⃣7️⃣9️⃣, 三奖 6️⃣6️⃣1️⃣5️⃣ — semak sendiri ya
        千字图: ular = 0️⃣1️⃣8️⃣, kemalangan kereta = 三四七, 我box了RM2 试试看
        Toto 6/58 jackpot RM三千二百万lagi, last draw号码 05 17 22 38 41 56
        Da Ma Cai 3D开 'lapan satu 九', 我差一个号码 😭
        六合彩逢星期二、四、六攪珠, 網上投注截止時間係晚上九點十五分
        Uncle说 'ekor empat kosong' 就是0000, 他每期都买, 三十年都没中过
        Kedai nombor ekor在Jalan Pudu那间排队很长, 今天special draw
        中国福利彩票双色球第2025138期开奖: 红球 03 09 14 22 27 31, 蓝球 12
        Permutation 4D: 1️⃣2️⃣3️⃣4️⃣ i-box ada 24 kombinasi, RM1 satu, 算你RM二十四
        买万字要满21岁, kedai只check年龄, 不会留你IC copy, 有人叫你拍IC就是scam
        今期六合彩: 03, 11, 19, 27, 34, 46, 特別號碼08, 頭獎冇人中, 下期估計 $衫千萬
    """),
    ("mixed", "公共热线与机构地址"): _lines("""
        Talian Kasih 一五九九九 (15999) 24 jam, WhatsApp 019-261 5999 — 家暴或dera kanak-kanak都可以call
        Befrienders KL: 03-7627 2929 (24 jam), 心情不好真的可以打, 不会judge你
        SG有事call 995救护车, 999警察, 不要打九九九问巴士路线 😅
        香港撒瑪利亞防止自殺會熱線 2389 2222, 24小時, 粵語/English都得
        政务服务便民热线12345, 消费投诉12315, 打一二三一五比跑市场监管局快
        Hospital Kuala Lumpur, Jalan Pahang, 50586 Kuala Lumpur — 急诊入口在Jalan Pahang那边, 不是main lobby
        伊利沙伯醫院地址: 九龍加士居道30號, 入到去跟住急症室指示牌行
        Singapore General Hospital, Outram Road, Singapore 169608 — A&E在Block 1
        SOS (Samaritans of Singapore) 24-hour hotline 1767, CareText WhatsApp 9151 1767
        MyGCC政府热线03-8000 8000只是general enquiry, 补办IC要亲自去JPN counter
        Lee Kong Chian Natural History Museum在NUS, 2 Conservatory Drive — 是博物馆的地址lah
        Tan Kah Kee MRT出口走五分钟就到Hwa Chong, 陈嘉庚是历史人物啦不是你uncle
    """),
    ("en", "审核规则与规避写法讨论"): _lines("""
        Moderation note: users increasingly spell mobile numbers as 'kosong satu dua' + 三四五 to dodge filters; treat mixed-language numerals as digits before matching.
        Synthetic example: 'hp aku 01X-XXX XXXX, 打给我' — the X's are placeholders, never log the real value.
        Cantonese homophone table for reviewers: 衫=3, 死=4, 唔=5, 碌=6, 發=8, 狗=9, 鈴=0. Context matters; 狗 alone usually just means dog.
        Redaction rule: replace IC / NRIC / 身份证号 with [ID] and phone numbers with [PHONE]; keep the surrounding text so the example stays natural.
        Reminder: keycap emoji such as 0️⃣ and 9️⃣ are a digit followed by U+FE0F U+20E3; normalise them before any number check.
        If someone splits an identifier across messages ('前面6位…', '后面4位…'), review the conversation as a whole, not message by message.
        Alt text counts as content. A screenshot described only as 'photo of IC front' is flagged for review, but it only contains personal data if the details are actually there.
        Zhuyin in Taiwanese posts is mostly slang — ㄅㄅ = bye bye, ㄏㄏ = laughing, ㄍㄋ = swearing — not names.
        Escalation template: 'User {user_id} posted {id_type} in {channel} at {timestamp}; action: {remove|warn}'.
        Spoiler tags (||...||) and inline code (`...`) hide nothing from the pipeline; the text is still in the payload.
        False-positive review: '4D number 8421 again lah' was flagged as a partial IC. It is a lottery result; dismissed.
        Policy v3.2 (2025-09-14): pinyin or zhuyin spellings of a name are still that name, so 'Chén Jiāxīn' is treated like the hanzi.
        Quarterly stats: 12,408 posts reviewed, 1,931 removed for doxxing, median time-to-action 38 min.
    """),
    ("mixed", "图片alt文字"): _lines("""
        [图片: mamak菜单, Roti canai RM1.50, Teh tarik RM2.20, Maggi goreng RM6.00]
        ![poster](cny2026.png "Kedai Elektrik Hup Seng 新春大促销 Jan 20–Feb 5, 全场8折, hotline 1-300-22-8888")
        alt="Screenshot of a Touch 'n Go receipt: Toll Plaza Sungai Besi, RM 1.30, 08:42, 2025-11-03, Ref TNG8830417"
        [图片描述: 周杰伦嘉年华演唱会Bukit Jalil舞台照, 紫色灯光, 台下一片手机灯]
        [Image: whiteboard with the SPM trial exam timetable — BM 11/11, English 12/11, Sejarah 13/11]
        alt text: 'Packaging of Milo 3in1, barcode 9556001 288233, best before 2026-08'
        [相片: 九龍城街市白板菜價 — 菜心 $十五一斤, 番茄 $十二一斤]
        [image: Upin & Ipin plushies on a shelf, price tag RM 三十九.90 each]
        Alt: 'Sports day photo taken from the back of the field, banner reads 第45届运动会, no faces visible'
        [图: Anwar Ibrahim在Dewan Rakyat发表Belanjawan 2026演讲的新闻截图]
        [image: signboard 'Kawasan Letak Kereta Bermusim — Lot 1-120 sahaja', no cars or plates in frame]
    """),
    ("zh-Hant", "台灣注音文與拼音"): _lines("""
        ㄅㄅ 我要去上班ㄌ, 晚點再回ㄋ
        ㄏㄏ 這個梗已經用到爛了好ㄇ
        今天去中山北路那間拉麵, 一碗ㄧ百ㄅㄚ十, CP值普普
        孫悟空的拼音是Sūn Wùkōng, 注音ㄙㄨㄣ ㄨˋ ㄎㄨㄥ, 老師要我們背起來
        國父孫中山 / Sun Yat-sen, 國小社會課一定會考ㄉ
        羅斯福路三段公館夜市好吃ㄉ很多, 推地瓜球ㄧ包NT$50
        統一發票11-12月特別獎號碼請上財政部網站查, 不要相信LINE群組亂傳
        165反詐騙專線記起來: ㄧ六五, 接到自稱檢察官ㄉ電話先掛掉
        林黛玉ㄌㄧㄣˊ ㄉㄞˋ ㄩˋ是紅樓夢角色啦, 不是我同學XD
        台大醫院在中山南路7號, 掛號可以用App, 不用排隊
        Dcard版規: 請勿公開他人姓名、電話、學號, 用注音或諧音打也一樣會被刪文
    """),
    ("mixed", "开发者代码与日志"): _lines("""
        re.compile(r'(kosong|零|〇|0)[ -]*(satu|一|1)') — 用来catch 'kosong satu' 开头的写法, just a regex
        release v2.14.0-rc3 (commit 9f3ac21e7b) — fix: 马来文数字 'sembilan' 没被normalise
        2025-12-01T08:15:42+08:00 INFO normaliser: replaced 14 emoji keycaps, 3 fullwidth digits in batch #00417
        sha256: 4f9c1e2a8b7d6e5f03a1c2b4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7a8 — 这是dataset shard的hash不是密码
        TODO(normaliser): 衫/死/碌/發/狗 只在数字上下文替换, 否则 '狗仔队' 会变成 '9仔队' 😂
        test fixture: `{"phone": "01X-XXXXXXX", "ic": "YYMMDD-PB-####"}` — placeholder格式only
        Jira TKT-44871: 注音转拼音的mapping少了ㄦ, assignee: team-nlp
        错误log: ValueError: invalid literal for int() with base 10: '三四五' — 需要先跑cn2an
        UUID 3f2b9c1e-7a4d-4e8f-b6a1-0c9d2e5f7a13 是request id, 不用mask
        benchmark: 1,000,000条 / 42.7 s on c6i.2xlarge, p95 latency 3.1 ms
    """),
}

PERSONAL: dict[str, list[str]] = {
    "mixed": _lines("""
        Eh我IC是920514 lah, 然后state code一四, 最后five six seven two. 名字Tan Mei Ling, tolong isi form untuk saya
        hp aku kosong satu dua - 三八四 - tujuh 九 2 0, 找Ahmad Faizal bin Rosli, after 6pm ok
        📞 0️⃣1️⃣7️⃣-6️⃣2️⃣0️⃣ 4️⃣8️⃣1️⃣9️⃣ ← 这个是我老婆Lim Siew Peng的number, 送货到了call她
        ![IC depan](https://i.imgur.com/x8Kq2.jpg "MyKad: LEE SIEW CHOO, 880723-10-6148, No 12 Jalan SS2/64, 47300 Petaling Jaya")
        我bank acc Maybank 1️⃣6️⃣4️⃣2️⃣ 1️⃣0️⃣7️⃣7️⃣ 3️⃣9️⃣0️⃣2️⃣, nama Wong Kah Yee, 租金transfer进来就好
        Rumah saya: No. 27, Jalan Mawar 3, Taman Sri Bunga, 81300 Skudai, Johor — 我是Siti Noraini, 包裹放门口鞋柜上 🙏
        我弟弟Kelvin Ng Wei Jie (SMK Taman Universiti Form 4) 上个月diagnos了leukemia, 现在在Hospital Sultanah Aminah做kemo, 大家帮忙pray 🙏
        我老公Ravi a/l Chandran一个月gaji RM四千lapan ratus, 扣EPF后剩三千九, bank说不够loan
        WeChat: `chloe_yap0619`, 叶思琪Chloe Yap, 住Puchong, 加我记得备注Shopee
        SG的朋友Jasmine Goh, NRIC前面S89, 然后32471, 最后一个字母H, 她叫我帮她book clinic
        Flight booking untuk mak saya: PUAN ZAINAB BINTI HASSAN, passport A 4️⃣7️⃣1️⃣9️⃣ 0️⃣3️⃣2️⃣6️⃣, DOB 14/03/1961
        租客资料: Muthu a/l Krishnan, IC 850317-08-5419, 电话kosong一一 - 2734 8810
        我ex Joanne Low的车是WYB 4821 Myvi putih, 每天停在Pangsapuri Seri Ria Block C楼下
        @Kevin 记得transfer给我: CIMB 7️⃣0️⃣6️⃣2️⃣ 4️⃣1️⃣8️⃣3️⃣5️⃣9️⃣ (Chong Wai Keat), 十月电费share RM八十七
        [Screenshot WhatsApp: 'Doktor cakap 阿嬷Ong Ah Moi stage 3 kidney failure, dialysis 3x seminggu di Pusat Dialisis Klang']
        寄给我表姐Cheryl Teo: Blk 412 Bedok North Ave 2, #07-1185, S460412, hp 9️⃣1️⃣7️⃣3️⃣ 4️⃣4️⃣2️⃣8️⃣
        FIN是G55 (ignore the space) 28143, last letter U ya — Nguyen Thi Lan, work permit renewal要用
        Daughter Ariel Koh Xin Yi的NRIC ||T1183920C||, 明年P6 PSLE registration要用
    """),
    "yue": _lines("""
        我個number係 狗發衫碌 唔死衣零, 搵阿Ken就得, 佢全名梁家健
        身份證頭個字母係K, 之後碌零狗 二唔衫, 括號入面係唔 — 陳詠欣, 幫我填張表
        屋企地址: 沙田禾輋邨豐和樓衫死零衣室, 寄俾我阿媽黃秀英得喇
        我老公張志偉上個禮拜喺瑪麗醫院確診肝癌第三期, 而家請咗長假
        WhatsApp我: 5️⃣1️⃣ 衫發 9️⃣0️⃣ 死七, Ho Wing Sze何詠詩, 收貨之後再過數
        [圖片: 香港身份證正面, 姓名 LAI Ka Ming 黎家明, 號碼 Y274018(2), 出生日期 03-09-1988]
        我阿仔李浩然喺觀塘讀中四, 成日俾人蝦, 班主任話佢有ADHD要睇心理醫生
        上個月人工衫萬八, 同事Mandy周美玲仲多我五千, HR send錯晒全部payslip
        FPS轉數: 6️⃣衫 死衣 2️⃣狗 發碌, 收款人CHEUNG Tsz Yan張芷欣
        ID放喺code block度 `Z551936(6)`, 名係 `Tsang Hoi Lam`, 幫我check下邊度領獎
    """),
    "zh-Hant": _lines("""
        ㄌㄧㄣˊ ㄧˇ ㄊㄧㄥˊ就是我們三年二班那個, 她現在在台大醫院做化療, 乳癌二期, 大家不要亂傳喔
        身分證F126, 後面407731, 最後一碼8, 我阿公ㄏㄨㄤˊ ㄇㄧㄥˊ ㄉㄜˊ (黃明德) 要辦健保卡
        LINE ID用注音怕被抓: ㄒㄧㄠˇ ㄩˇ 0️⃣8️⃣2️⃣7️⃣ = xiaoyu0827, 我陳曉雨本人, 台中人, 歡迎私訊
        手機零九three two, 五ㄅㄚ一, seven六四, 給學妹蔡佩君ㄉ, 她在找家教
        [圖片: 健保卡照片, 姓名 吳怡君, 身分證 B2133905840, 出生 民國84年6月2日]
        Cheng Ya-Ting (鄭雅婷) 住新北市板橋區文化路一段188巷12號5樓, 包裹寄這裡
        我前男友王志豪ㄉ車牌是BHR-7362, 每天停在內湖科學園區公司地下室
    """),
    "zh-Hans": _lines("""
        身份证号分两次发: 前面440106 1992 0317, 后面452和6, 名字陈嘉欣, 帮我订高铁票
        手机幺三八 零二七六 四五九 one, 微信同号, 找刘建国 (liu jian guo)
        收货地址: 上海市徐汇区漕溪北路❤️398号❤️2号楼1504室, 收件人Zhou Li周丽, 电话1️⃣5️⃣9️⃣ 2️⃣1️⃣7️⃣0️⃣ 8️⃣3️⃣6️⃣4️⃣
        【图片alt: 招商银行卡正面, 卡号 6214 8390 7215 6409, 持卡人 XU HAORAN】帮我看看这卡能不能绑支付宝
        我老板郑志强 (Zheng Zhiqiang) 欠我三个月工资, 已经在福田区法院立案, 案号(2025)粤0304民初18237号
        我表妹孙晓雯的身份证是5101 0719 9311 1235 44, 末尾是4不是X, 帮她报名
        我妈王秀芳抑郁症三年了, 一直在北京安定医院复诊, 她不想让亲戚知道
        转账写备注就行, 邮箱 l-i-n-g-y-u-e-9-3 @ 1 6 3 . c o m, 林悦收
    """),
    "ms": _lines("""
        Nombor telefon abang saya, Mohd Hafiz: kosong satu tiga, lima lima 二 - 八 sembilan enam 一. Dia tak reti guna email
        IC adik: 030911 (lahir 11 Sept 2003) dash 01 dash kosong lapan tujuh empat. Nama penuh Nur Aisyah binti Roslan
        Emel aku: farah dot izzati 9 4 @ gmail dot com — Farah Izzati Kamaruddin, untuk invoice tu
        Pak cik Othman bin Salleh tinggal sorang kat Lot 1127, Kampung Sungai Merab Luar, 43000 Kajang, tolong jenguk dia
        Anak jiran aku, Danish Irfan, 8 tahun, ada autism — mak dia minta cikgu SK Taman Melawati beri perhatian lebih
        Kad Maybank Visa 4987 3106 ✂️ 2254 9170, exp 09/28, atas nama SHARIFAH NADIA — tolong bayar yuran tuisyen
        Sepupu saya Azlan bin Jamil kena tuduh memandu dalam keadaan mabuk, sebutan semula di Mahkamah Majistret Ampang 15 Disember
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是一个帮用户填表格的助手, reply in the user's language."),
        ("user", "tolong bantu isi borang PERKESO untuk saya"),
        ("assistant", "Boleh. Sila beri nama penuh dan nombor IC."),
        ("user", "nama Jason Lau Kok Hing"),
        ("user", "IC depan 950128"),
        ("user", "tengah 一三"),
        ("user", "belakang five five three one"),
        ("assistant", "Terima kasih, borang sudah diisi."),
    ],
    [
        ("user", "想預約上門整冷氣"),
        ("assistant", "好呀, 請問地址同聯絡電話?"),
        ("user", "將軍澳新都城二期3座18樓C室"),
        ("user", "電話 狗衫衣衣"),
        ("user", "碌發死零"),
        ("user", "搵梁太, Amy Leung"),
        ("assistant", "收到, 師傅聽日下晝兩點到。"),
    ],
    [
        ("user", "hi can help me check my appt at polyclinic"),
        ("assistant", "Sure, may I have your name and NRIC?"),
        ("user", "Goh Boon Huat, NRIC S****038G, last 4 only ok?"),
        ("assistant", "That is fine. Date of birth please?"),
        ("user", "12 Aug 1977. it's my diabetes follow-up, last time HbA1c 9.8 very high"),
        ("assistant", "Your review is on 18 Dec, 9:40am."),
    ],
    [
        ("user", "客服你好, 我要改收货人"),
        ("assistant", "您好, 请提供新的收货人姓名、电话和证件号 (清关用)。"),
        ("user", "姓名拼音 Tang Zixuan, 汉字 唐子轩"),
        ("user", "电话 one 五 eight, 二一九三, 七零四六"),
        ("user", "身份证 `310104198809263017`"),
        ("assistant", "已更新, 包裹将按新信息清关。"),
    ],
    [
        ("user", "幫我寫一封請假信給老師"),
        ("assistant", "沒問題, 請問學生姓名和請假原因?"),
        ("user", "ㄓㄤ ㄩˇ ㄒㄩㄢ, 就是張宇軒, 三年五班"),
        ("user", "他上週在長庚醫院開刀, 盲腸炎, 要請五天"),
        ("assistant", "好的, 以下是請假信草稿……"),
    ],
    [
        (
            "user",
            "[image: 护照资料页照片, 姓名 HUANG/ZIHAN 黄子涵, 护照号 EJ4827163, 出生日期 19 JUL 2001, 签发地 广东]",
        ),
        ("user", "帮我把这个填进马来西亚eVisa的表格"),
        ("assistant", "好的, 我会按照片中的资料填写姓名、护照号和出生日期。"),
    ],
    [
        ("user", "bro rumah sewa tu alamat dia"),
        ("user", "No. 8"),
        ("user", "Jalan Kenari 5, Bandar Puchong Jaya"),
        ("user", "47100 Puchong. Tuan rumah Mr Yap Chee Keong, hp 0️⃣1️⃣6️⃣-2️⃣2️⃣9️⃣ 7️⃣4️⃣1️⃣3️⃣"),
        ("assistant", "Ok noted, nanti saya WhatsApp dia untuk viewing."),
    ],
    [
        ("user", "幫我check下身份證號碼格式啱唔啱"),
        ("assistant", "可以, 請貼上號碼。"),
        ("user", "||XA||"),
        ("user", "||120487||"),
        ("user", "括號入面係1, 我叫區嘉欣, Au Ka Yan"),
        ("assistant", "格式正確, 校驗碼亦吻合。"),
    ],
    [
        (
            "system",
            "Customer profile — name: 吴俊杰 (Ng Jun Jie), WeChat: wjj_8821, VIP since 2019, address: 新加坡 Blk 221 Jurong East St 21, #11-402",
        ),
        ("user", "Is the air fryer back in stock?"),
        ("assistant", "Yes, the 5L model is back. Shall I reserve one for you?"),
        ("user", "ok reserve 1"),
    ],
    [
        ("user", "帮我写个message给银行dispute一笔交易"),
        ("assistant", "可以, 请提供卡号、持卡人姓名和交易详情。"),
        ("user", "卡号前半段6222 0243"),
        ("user", "后半段0051 8872 635"),
        ("user", "持卡人梁晓燕 Liang Xiaoyan, 11月28号被扣了RM2,380, 不是我刷的"),
        ("assistant", "Dear Sir/Madam, I would like to dispute the following transaction..."),
    ],
]
