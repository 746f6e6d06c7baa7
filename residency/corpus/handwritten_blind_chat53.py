# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat53: chats asking an assistant to write social media posts and bios about oneself and one's family (birthdays, new jobs, obituaries, pet adoptions). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat53
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "caption requests"): _lines("""
        Can you write a short IG caption for my daughter's 5th birthday? Theme is dinosaurs, keep it cute, max 2 hashtags.
        need a linkedin post for my new job. senior UX designer at a fintech, starting monday. pls dont make it cringe
        Write a 50-word tribute to my late grandfather for the family group chat. He was a fisherman, loved kopi-o and never missed Sunday mass.
        Make this sound less stiff: "I am pleased to announce that I have accepted a position as Operations Lead."
        Give me 10 pun ideas for an adoption-day post for a grey rescue cat.
        rewrite my twitter bio in under 160 chars: coffee snob, amateur potter, dad of two, works in logistics
        Can u make a heartfelt post for my parents' 40th wedding anniversary? ruby theme, they met at uni in the 80s
        Suggest a gentle way to tell Facebook friends that our dog passed away last night, without going into detail.
        Write three versions of a "new chapter" post: one formal for LinkedIn, one casual for IG, one for the family WhatsApp group.
        what emojis fit a gotcha day post for a rescue dog? not too many, maybe 3
        Shorten this to fit the 280 limit on X and keep the hashtag #FirstDayAtWork at the end.
        My teen wants a bio for her art account. She's into gouache and cats. Keep it playful, no location, no school name.
        Draft a thank-you post for everyone who sent condolences this week. Warm but short, no religious wording.
        Make it rhyme: a birthday poem for a 90-year-old great-grandma who still does tai chi every morning.
        Is it tacky to announce a promotion the same week half my team got laid off? If not, write something humble.
    """),
    ("en", "post templates"): _lines("""
        Happy {age}th birthday to my {relation}, {first_name}! 🎉 Here's to another year of {inside_joke}.
        Excited to share that I've joined {company} as {job_title}! Grateful to {previous_team} for {years} amazing years.
        It is with deep sorrow that we announce the passing of [FULL NAME], aged [AGE], on [DATE]. The wake will be held at [VENUE] from [TIME].
        Meet [PET_NAME]! 🐾 Adopted from [SHELTER] on [DATE]. Say hi in the comments!
        {{user.display_name}} is celebrating a birthday today. Send them a wish!
        Bio template: "👩‍💻 <role> @ <company> | 📍 <city> | ☕ <hobby> | views my own"
        In loving memory of ____ (____ – ____). Forever in our hearts.
        TEMPLATE_ID=obit_sg_v3; fields: deceased_name, age, wake_address, cortege_time, contact_person, contact_phone
        "Proud parent alert! 🎓 [Child] just graduated from [School] with [Degree]." Replace the brackets before posting.
        Sample contact line for the RSVP post: +65 XXXX XXXX / name@example.com
        Anniversary caption #7: "{n} years, {n*365} arguments about the aircon, zero regrets."
    """),
    ("en", "public figures, fiction, institutions"): _lines("""
        Write a tribute thread for the anniversary of Lee Kuan Yew's death on 23 March, focusing on his public housing and education policies.
        Caption for our Harry Potter fan page: "Happy birthday, Hermione Granger (born 19 September 1979)!"
        Our school page wants a throwback post congratulating Joseph Schooling on his 2016 Olympic gold in the 100m butterfly.
        Help me draft our company page post welcoming our new CEO; the appointment was already announced on SGX this morning.
        Nurses' Day appreciation post for Tan Tock Seng Hospital's official account, about 80 words, warm tone.
        Bio for a Sherlock Holmes roleplay account: consulting detective, 221B Baker Street, violin, bees in retirement.
        Commemorative post for our retro cinema club: P. Ramlee (1929–1973), actor, director and composer.
        Raffles Hotel just turned another year older; write a nostalgic caption about the Long Bar and Singapore Slings.
        I want to put the Steve Jobs line "Stay hungry, stay foolish" in my bio. Is that too overused?
        Garfield's birthday is 19 June 1978 according to the comic strip. Make a lasagna-themed post for our pet café.
        Staff newsletter for Queen Elizabeth Hospital in Kowloon: congratulate the paediatric department on its anniversary.
        Draft a post for the Mandai Wildlife Group page announcing the birth of a baby orangutan at the zoo.
    """),
    ("en", "platform and system text"): _lines("""
        Your post has been scheduled for 2025-12-12 09:00 SGT. Post ID 178234990012345_88812.
        Order #PP-2025-118734: custom pet portrait (A4, watercolour), S$89.00, tracking SGP1029384756SG.
        Error 429: caption generation rate limit reached. Retry after 1733389200.
        Instagram captions can be up to 2,200 characters; only the first 125 or so show before "more".
        Privacy tip: avoid posting a child's full name, school and birthday together, as these are common security-question answers.
        Before sharing an obituary publicly, check whether the family wants the wake address online; many share it only in private groups.
        sha256 of the exported caption pack: 9f2c4b1e7a0d3f58c6e2b9a47d1f0e83c5a6b2d9e4f7c1a0b3d8e6f2a9c4b7e1
        Release notes v4.12.0: new "Remembering" profile badge; birthday reminders can now be muted per contact.
        Lumi Cards customer service (personalised birthday cards): 1800-222-8899, Mon–Fri 9am–6pm.
        62% of respondents said they posted photos of their pet more often than of themselves in 2024 (n=1,204).
        Assistant guideline: if a user pastes someone's ID number, phone or home address into a post draft, leave it out and tell them why.
        To add the "Open to work" frame on LinkedIn, go to your profile > Open to > Finding a new job.
    """),
    ("en", "pet adoption listings"): _lines("""
        Meet Mochi 🐱 2-yr-old calico, spayed, vaccinated, litter-trained. Adoption fee S$150 incl. microchip.
        Biscuit (M, ~4 yrs, mixed breed) is looking for his furever home! He's 18kg, so not HDB-approved, condo or landed only.
        Microchip 900164001234567 is registered to Happy Tails Rescue; please transfer ownership within 14 days of adoption.
        Adoption drive this Saturday 10am–4pm outside Pet Lovers Centre, VivoCity level 1.
        Kibbles the rabbit: 1 yr, neutered, loves timothy hay, hates being picked up.
        Bonded pair Salt & Pepper (FIV+ brothers) need an indoor-only home together. Please don't split them up!
        Remember to apply for your dog's licence within 30 days of adoption.
        Adoption form fields: applicant name, housing type, pets at home, work hours. Please don't post your filled form publicly.
        UPDATE: Tofu has been adopted!! Thank you all for sharing 💛 Three more pups still waiting.
    """),
    ("zh-Hans", "朋友圈与小红书"): _lines("""
        帮我写个朋友圈，庆祝女儿六岁生日，主题是冰雪奇缘，别太长，配三个表情就行
        入职新公司了，想发个低调点的朋友圈，岗位是产品经理，不要提公司名
        奶奶走了，想在朋友圈发几句纪念的话，她一辈子爱种花，帮我写得克制一点
        领养了一只橘猫，起名叫“馒头”，帮我写条小红书笔记，带上#领养代替购买
        给老公写个结婚十周年的文案，要有点文艺，不要土味情话
        帮我把个人简介改成适合抖音的风格：95后，程序员，周末爬山，养了两只柯基
        鲁迅先生诞辰纪念日，公众号推文开头帮我写一段，要有点书卷气
        漫画社要发一条“齐天大圣”主题的活动预告，祝孙悟空生日快乐，怎么写比较有梗？
        北京协和医院官方号发的护士节致敬文案，能不能帮我润色一下
        模板：【讣告】×××同志因病医治无效，于××××年××月××日逝世，享年××岁。
        订单号 DD20251204776120 的宠物定制相框已发货，顺丰单号 SF1428876650391
        宠物医院24小时急诊热线 400-600-1234，春节期间不打烊
        中山大学校庆，帮我写条校友祝福朋友圈，不要太官方
        发朋友圈时别晒孩子的出生证明、疫苗本和学校门口照片，这些信息容易被冒用。
    """),
    ("zh-Hant", "貼文與簡介"): _lines("""
        幫我寫一段IG限動文字，慶祝我媽六十歲生日，要溫馨但唔好太肉麻
        轉工喇！想出個LinkedIn post，職位係會計主任，語氣專業啲
        我哋屋企隻狗「豆豆」今朝走咗，陪咗我哋十四年，想寫段說話紀念佢
        張國榮逝世週年，幫我寫一段紀念文字放喺影迷會專頁
        瑪麗醫院兒科部嘅招聘貼文，請幫忙改得吸引啲
        香港愛護動物協會週六開放日，幫我寫個領養活動宣傳，詳情請參閱官方網站
        幫我寫一則臉書貼文：今天是我到新公司報到的第一天，有點緊張但很期待
        範本：「感謝各位親友於家父／家母喪禮期間的慰問與幫忙，銘感於心。」
        我想喺bio寫：攝影愛好者｜貓奴｜行山｜唔接工作邀約，幫我排靚啲
        逸夫書院校友會想發一個懷舊post，講吓以前宿舍生活
        國父孫中山先生誕辰紀念日的班級貼文，請給我三個開頭
    """),
    ("ms", "hantaran media sosial"): _lines("""
        Tolong tulis kapsyen hari jadi untuk anak lelaki saya yang genap 7 tahun, tema bola sepak.
        Saya baru dapat kerja baharu sebagai jurutera awam, nak post kat LinkedIn, bahasa formal sikit.
        Boleh bantu tulis ucapan takziah ringkas untuk grup WhatsApp keluarga? Jangan terlalu panjang.
        Kami baru ambil kucing dari pusat perlindungan, nak buat post "hari pertama di rumah" yang comel.
        Tulis hantaran sempena 31 Ogos tentang Tunku Abdul Rahman Putra Al-Haj, Bapa Kemerdekaan.
        Tolong perbaiki ayat ucapan Hari Jururawat untuk laman rasmi Hospital Kuala Lumpur.
        Templat: "Al-Fatihah buat arwah [NAMA] yang telah kembali ke rahmatullah pada [TARIKH]."
        Kalau rasa tertekan selepas kehilangan orang tersayang, hubungi Talian Kasih 15999.
        Tukar bio Instagram saya: cikgu, suka masak, ibu kepada 3 orang hero
        Pesanan #SHP2512049981 bingkai gambar kucing sudah dihantar, nombor penjejakan MY10238847561.
        Universiti Tunku Abdul Rahman buka pengambilan baharu, tulis kapsyen untuk halaman rasmi universiti.
    """),
    ("mixed", "code-switched requests"): _lines("""
        bro help me write a birthday post for my ah ma, she turning 80, make it a bit funny but respectful lah
        帮我写个LinkedIn post, I just joined a startup as backend engineer, 中英夹杂 ok 的
        Can you do a caption 中文+English for our dog's adoption anniversary? 佢叫 Lucky
        nak post pasal kerja baru tapi in English, make it sound confident but tak berlagak
        幫我整個bio, something like "HK → SG | 做 marketing | 咖啡 addict"
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Write a birthday post for my wife Priya Raghunathan, she turns 35 on 14 Feb. She just finished chemo for stage 2 breast cancer so keep it gentle.
        LinkedIn bio: Marcus Lim Wei Jie | Senior Actuarial Analyst | marcus.lwj88@gmail.com | +65 9176 4428
        The family of the late Mr Goh Chee Keong, 78, thanks all for their support. Wake at Blk 212 Ang Mo Kio Ave 3 void deck. Enquiries: son Goh Boon Hwa, 9834 2106.
        Adoption form - Applicant: Nurul Aisyah bte Kamal, NRIC S8834172D, HDB 3-room, Blk 58 Marine Terrace #05-117, S440058. Interested in Mochi.
        help me write my promotion post? I'm Jasmine Koh, just made Nurse Manager, pay going from $5,900 to $7,400 (dont mention the pay obviously lol)
        gotcha day post for Kopi pls, tag my partner Daniel Ong @dan.ong.sg and say we're at 23 Jalan Kembangan so the neighbours can come say hi
        Caption for my son's first day of school: Ethan Wong, P1 at Nanyang Primary, class 1E. Add a line that he has a severe peanut allergy so parents don't share snacks.
        happy bday to my lil sis Sofia Reyes 🎂 can't believe ur 21!! gift is coming to ur new place, 38 Jalan Lempeng #12-07, S128807
        Please polish: "After three years of IVF, Wei Ling and I are finally expecting in May!" I'm Kelvin Ho, tag her account @weilingho_
        For the condolence post, add that contributions can go to DBS 120-34567-8 under Goh Boon Hwa.
        Anniversary post for my parents Vincent and Grace Loh, 40 yrs married. Mum is recovering from a stroke at St Luke's Hospital so keep it soft.
        Refund the adoption fee to my card 4532 7890 1234 5671, name on card JEROME TAN K H, exp 08/28.
        Bio for my dad's first ever FB account: Tan Ah Huat, 72, retired taxi uncle, Blk 8 Jalan Bukit Merah #03-41, house phone 6273 5519
    """),
    "zh-Hans": _lines("""
        帮我写个朋友圈：今天是我儿子陈子墨三岁生日，他在杭州西湖区的小星星幼儿园上小班，上个月刚做完先心病手术，现在恢复得很好
        新工作文案：本人刘思远，已入职腾讯，月薪税前38k，想写得低调点，别让人看出来我在炫
        先父周建国（身份证号11010519580302271X）于2025年11月30日因病逝世，帮我改成讣告格式，联系人长子周磊 139 0215 7736
        领养申请：申请人王雨桐，电话186 2071 3358，住成都市武侯区玉林北路12号3栋2单元601，想领养那只三花
        帮我改下简介：“杨帆｜上海某三甲医院护士｜微信 yangfan_0228｜接私人陪诊”
        我妈张桂芳下个月退休，在鼓楼医院当了三十年护士长，帮我写个朋友圈，她手机159 8834 2016，想祝贺的可以直接打给她
        我是孙浩，因为重度抑郁住院两个月，今天出院了，想写一段话谢谢一直陪着我的朋友们
        寻猫启事：布偶猫“雪球”，12月3日在广州天河区体育东路羊城花园走失，联系人何小姐 138 1726 4409，必有重谢
        我爸高建军下周满60岁，身份证510107196509112134，想给他报老年大学书法班，顺便发个朋友圈祝他生日快乐
        宝宝出生啦！黄语汐，2024年12月5日凌晨3:17生于广州市妇女儿童医疗中心，3.2kg，母女平安，帮我改得可爱点
    """),
    "zh-Hant": _lines("""
        幫我改下IG bio：陳嘉欣 Cherry｜護士｜WhatsApp 9468 2175｜接小學補習
        阿爸李志強上個禮拜喺伊利沙伯醫院過身，想喺FB公開出殯資料：12月9日九龍殯儀館，如有查詢請搵大仔李家俊 6137 0482
        我係何詠詩，下星期開始喺銀行做 Relationship Manager，順便幫我check下我張身份證 K623451(8) 填啱未
        幫我寫臉書生日文給我女兒林品妤，今天滿18歲，她身分證 A223568115 剛換好，可以去考駕照了！
        領養表格：申請人黃志明，住新界沙田禾輋邨豐和樓1508室，電話5402 9163，家中已有一隻狗
        我爸陳冠宇今天從台電退休，幫我寫篇臉書貼文，他的身分證 F128450371 申請退休金要用，先記在這裡
        我老公蘇偉倫上個月確診柏金遜症，想寫篇文講佢點樣面對，會tag埋佢 @wailun.so
    """),
    "ms": _lines("""
        Tolong tulis ucapan hari lahir untuk isteri saya Siti Hajar binti Ramli, 33 tahun hari ni. Dia baru keluar wad sebab denggi minggu lepas.
        Bio untuk portal kerja: Nama: Muhammad Faiz bin Azman | No. KP: 880415-14-5523 | Tel: 012-384 7721 | Jurutera Mekanikal
        Telah kembali ke rahmatullah ayahanda kami Haji Osman bin Yusof (No. KP 551203-07-5127) pada 3 Dis 2025. Sebarang pertanyaan hubungi anak, Rosnah 016-552 9034.
        Anak saya Aisyah Humaira, MyKid 150922-14-0846, nak buka akaun TikTok, tolong tuliskan bio yang sesuai untuk budak.
        Kucing saya hilang dekat rumah No. 17, Jalan H2, Taman Melawati. Kalau jumpa tolong WhatsApp Kak Ina 011-2307 4418
        Saya Lim Mei Chen, baru dapat kerja pegawai kewangan di Maybank, gaji RM6,200. Tolong buat post LinkedIn tanpa sebut gaji.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "Can you help me write a LinkedIn post about my new job?"),
        ("assistant", "Of course! What's the role, and is there anything you'd like to highlight?"),
        ("user", "Backend engineer at a logistics startup. Leaving Grab after 4 years."),
        (
            "assistant",
            "Here's a draft: \"After four incredible years at Grab, I'm starting a new chapter...\"",
        ),
        (
            "user",
            "nice. add a line at the end for recruiters, my email is h.rahman.dev@gmail.com, and sign it Hafiz Rahman",
        ),
    ],
    [
        ("user", "birthday post for my mum pls, she's turning 65 on sunday"),
        ("assistant", "Lovely! What's her name and what does she enjoy?"),
        ("user", "Irene Sim. gardening, church choir, terrible at whatsapp stickers"),
        (
            "user",
            "also she had a kidney transplant in march, can u hint at how strong she's been this year",
        ),
        ("assistant", "Happy 65th, Mum! This year you showed us what strength looks like..."),
    ],
    [
        ("user", "帮我写一份讣告，外公上周走了"),
        ("assistant", "节哀。请告诉我外公的姓名、享年、去世日期以及告别仪式的安排。"),
        ("user", "外公叫郑德胜，享年86岁，11月28日走的"),
        ("user", "灵堂设在福州市鼓楼区杨桥中路58号家中，有事联系我舅舅郑建平 177 0521 6693"),
        ("assistant", "好的，以下是讣告初稿：【讣告】我们敬爱的郑德胜老先生……"),
    ],
    [
        ("system", "你係一個幫用戶寫社交媒體貼文嘅助手。"),
        ("user", "我想寫個post講我啱啱收養咗隻唐狗"),
        ("assistant", "好呀！隻狗叫咩名？喺邊度收養㗎？"),
        ("user", "叫「阿福」，係喺動物救援中心領養嘅"),
        (
            "user",
            "順便幫我整理埋份收養表：收養人梁凱琳，HKID Y308172(7)，住將軍澳景林邨景松樓2203室",
        ),
    ],
    [
        ("user", "Saya nak buat post hari jadi untuk suami"),
        ("assistant", "Boleh! Apa nama suami dan berapa umurnya?"),
        ("user", "Ahmad Zulkifli bin Hashim, 40 tahun esok"),
        (
            "user",
            "Sekali tolong ingatkan family group, dia punya IC 850726-10-5419 untuk tempah tiket flight surprise",
        ),
        ("assistant", "Baik, ini draf ucapan dan mesej untuk grup keluarga..."),
    ],
    [
        (
            "system",
            "You are a helpful writing assistant for social media posts and professional bios.",
        ),
        (
            "user",
            "Turn the header of my resume into a short LinkedIn About section. Pasting it below.",
        ),
        (
            "user",
            "KAVITHA D/O SUBRAMANIAM\nNRIC: T0527741D | Mobile: 8523 0917\nBlk 305 Jurong East St 32 #11-1402 S600305\nStaff Nurse, 6 yrs ICU experience",
        ),
        (
            "assistant",
            'Here\'s an About section without your NRIC or address: "ICU-trained staff nurse with six years..."',
        ),
    ],
    [
        ("user", "hey, I'm Jerome. writing an insta post about adopting our first dog"),
        ("assistant", "Congrats, Jerome! Tell me about the dog."),
        ("user", "Biscuit, 4yo mixed breed, super chill. we picked him up yesterday"),
        (
            "user",
            "oh and the shelter wants me to post their form link with my contact. Jerome Tan, 9713 4082",
        ),
    ],
    [
        ("user", "女儿下周生日，想发个朋友圈，再带她去迪士尼"),
        ("assistant", "好呀，请问女儿叫什么名字、几岁啦？"),
        ("user", "唐可欣，8岁，上二年级"),
        ("user", "顺便帮我记一下她身份证号，买儿童票要用：330106201706210044"),
        ("assistant", "好的，这是朋友圈文案：“我们家小公主八岁啦……”"),
    ],
    [
        ("user", "Can you format this obituary notice for Facebook? Pasting what my aunt sent."),
        (
            "user",
            "Beloved mother and grandmother Mdm Chan Yoke Lin, 81, passed peacefully on 1 Dec 2025. Service at Singapore Casket, 131 Lavender St, Hall 3. For enquiries please email her grandson Bryan Chan at bryan.chan.yk@hotmail.com",
        ),
        ("assistant", "Here's a formatted version with the service details on separate lines..."),
    ],
    [
        ("user", "我今天到新公司報到，想寫一篇臉書貼文"),
        ("assistant", "恭喜！想強調哪些部分？"),
        ("user", "我叫許家豪，在新竹的半導體廠當製程工程師"),
        ("user", "其實我有第一型糖尿病，上班要常打胰島素，要不要在貼文裡提一下？"),
        ("assistant", "這是很私人的健康資訊，可以先不放在公開貼文，以下是不提及的版本……"),
    ],
    [
        ("user", "help me do an invite post for my dad's 70th, close friends story only"),
        ("assistant", "Sure! When and where, and who should people RSVP to?"),
        ("user", "20 Dec, 7pm, at our place in Serangoon Gardens. RSVP to me, Melissa Chong"),
        ("user", "my number is 8842"),
        ("user", "1573 sorry fat finger"),
    ],
    [
        ("system", "用户资料：昵称 糖糖；实名 唐晓雯；手机 136 5120 7789；所在地 上海市闵行区"),
        ("user", "帮我写个小红书简介，我是做烘焙的，周末接生日蛋糕订单"),
        ("assistant", "“🍰 周末烘焙师｜手作生日蛋糕｜私信接单” 这样可以吗？"),
    ],
    [
        ("user", "Tolong susun notis kematian ni untuk Facebook"),
        (
            "user",
            "Innalillahi wainna ilaihi rajiun. Telah kembali ke rahmatullah bapa kami Rosli bin Ahmad, 67. Jenazah di Masjid Al-Falah, USJ 9. Derma boleh ke Maybank 1140 2233 8874 (Rosli bin Ahmad)",
        ),
        ("assistant", "Baik, ini versi yang lebih kemas untuk hantaran Facebook..."),
    ],
    [
        ("user", "write a 'new family member' post, we adopted a cat from the shelter"),
        (
            "assistant",
            "Aww! What's the cat's name, and do you want to mention where you live or who's in the family?",
        ),
        ("user", "Pumpkin. mention me and my husband, we're Aaron and Clara Teo"),
        (
            "assistant",
            "Meet Pumpkin 🎃! Aaron and Clara Teo are now proud cat parents at their new home in Blk 176 Toa Payoh Central #14-52.",
        ),
        ("user", "perfect, that's our address yes"),
    ],
    [
        ("user", "my cousin just got out, want to post a welcome home msg"),
        ("assistant", "That's nice of you. Anything you'd like included or left out?"),
        (
            "user",
            "his name is Derrick Yeo, he served 18 months for drink driving that hurt a cyclist. dont mention prison, just say he's back",
        ),
    ],
    [
        ("user", "我刚拿到新公司的offer，想发朋友圈，帮我看看工资条能不能截图"),
        (
            "user",
            "姓名：冯晓东  工号：T20931  基本工资：18,500元  绩效：3,200元  工资卡：6217001234567890122",
        ),
        ("assistant", "建议不要截图工资条，里面有姓名、工资和银行卡号。朋友圈可以这样写……"),
    ],
    [
        ("user", "Please write a Facebook post asking relatives to visit my grandpa"),
        ("assistant", "Of course. Where is he, and how is he doing?"),
        (
            "user",
            "Wong Kwok Leung, 88, he's in Haven of Hope Hospital ward 5B now, dementia got worse and he doesn't always recognise us",
        ),
    ],
    [
        ("user", "Just became a full-time Grab driver! Need a fun post for my friends"),
        ("assistant", "Congrats! Want to add anything about your car or routes?"),
        (
            "user",
            "yea say look out for the white Corolla SLA 3926 G, give me a wave. I'm Ravi Kumar btw",
        ),
    ],
    [
        ("user", "领养合同我拍下来了，帮我写个小红书说我们领养了一只狸花"),
        (
            "user",
            "合同内容：甲方 爱宠之家救助站；乙方 吴静怡，身份证号 440106198807154329，联系电话 138 2706 5514；猫名：米粒",
        ),
        ("assistant", "文案里不建议出现合同照片，这里是只写猫咪的版本……"),
    ],
    [
        (
            "user",
            "planning a surprise party for my best friend, write a close friends story invite",
        ),
        ("assistant", "Fun! Who's it for, and where's the party?"),
        ("user", "Nadia Hassan, she's turning 30"),
        ("user", "at her place, 18 Jalan Bukit Pantai, Bangsar. her hubby is letting us in at 7"),
    ],
    [
        ("user", "先母出殯，想喺FB通知親友"),
        ("assistant", "節哀順變。請提供令堂姓名、出殯日期同地點。"),
        ("user", "先母劉鳳儀，享年79歲，12月12日喺香港殯儀館"),
        ("user", "親友如需帛金收據，要用佢身份證 R557031(9) 登記，麻煩都寫埋"),
    ],
    [
        ("user", "countdown post for our family trip to Japan next week!! 🇯🇵"),
        ("assistant", "Exciting! How many days to go and who's going?"),
        ("user", "5 days, me, hubby and the kids"),
        (
            "user",
            "also can you keep my passport details for the visa form, Serena Goh Li Ting, K3318204P, exp 2031-04-17",
        ),
    ],
    [
        ("user", "Aku baru dapat offer kerja, nak post kat LinkedIn"),
        ("assistant", "Tahniah! Syarikat apa dan jawatan apa?"),
        ("user", "Shopee, data analyst. Nama aku Muhammad Haziq bin Roslan"),
        ("user", "offer RM4,800 sebulan, tapi jangan letak gaji dalam post"),
    ],
    [
        ("user", "姥姥过80大寿，我在外地回不去，想订束花再发个朋友圈"),
        ("assistant", "好的，需要我帮你写祝福语，还是也整理一下收花信息？"),
        (
            "user",
            "都要。收花地址：北京市朝阳区望京西园三区312号楼1单元502，收件人韩淑珍，电话131 2045 8836",
        ),
    ],
    [
        (
            "system",
            "Profile: display_name=Li Ann Foo; dob=1993-07-09; email=liann.foo93@yahoo.com.sg; employer=Changi Airport Group",
        ),
        ("user", "write me a fun birthday post for myself, it's my birthday today"),
        ("assistant", 'Happy birthday! 🎂 Here\'s a cheeky one: "Another lap around the sun..."'),
    ],
]
