# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat24: chats asking for help with personal messages (condolences, eulogies, speeches, letters to family, school and landlord, birth and death posts, helper care notes). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat24
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "templates with placeholders"): _lines("""
        Dear [Name], I was so sorry to hear about the passing of your [relation]. [He/She] will be deeply missed by everyone who knew [him/her].
        With heavy hearts, we announce the passing of {full_name}, aged {age}, on {date} at {place}. The wake will be held at {wake_address} from {start_date} to {end_date}.
        It's a {boy/girl}! {baby_name} arrived on {dob} at {time}, weighing {weight} kg. Mum and baby are doing well 💙
        Dear [Landlord's name], I am writing about the [issue] at [property address], which has not been repaired since [date]. Please arrange a repair by [deadline].
        Dear Mr/Ms {teacher_surname}, please excuse {child_name} from school on {date} due to {reason}. Yours sincerely, {parent_name}
        Toast opener: "Good evening everyone! For those who don't know me, I'm [NAME], the [RELATION] of the [bride/groom]..."
        In loving memory of <NAME> (<YEAR>–<YEAR>). Forever in our hearts.
        Helper care sheet — Medication: ______ Dose: ______ Time: ______ | Allergies: ______ | Emergency contact: ______ (name) ______ (phone)
        Replace XXXX XXXX with the mobile number of the family member handling the funeral arrangements before you post.
        Happy 80th, {Grandpa/Grandma}! Eight decades of {quality}, and we're grateful for every single one of them.
        Thinking of you and your family during this difficult time. With deepest sympathy, [Your names]
        Eulogy outline (5-7 min): 1. opening line  2. who they were  3. two or three short stories  4. what they taught you  5. farewell
        Apology letter checklist: say what you did; acknowledge how it hurt; no "but"; say what you'll change; don't demand forgiveness.
    """),
    ("en", "etiquette advice"): _lines("""
        In Chinese custom the white envelope (帛金) given at a wake usually holds an odd amount, e.g. $31 or $51, never an even round number.
        Don't post about a death on social media before the immediate family has announced it themselves.
        At a Malay funeral visitors usually offer the Al-Fatihah and keep conversation quiet; bringing flowers isn't customary.
        A wedding speech should run 3 to 5 minutes. Skip the exes, the stag-do stories and anything Grandma shouldn't hear.
        For older relatives a handwritten condolence card is still appreciated, even if you've already sent a short WhatsApp.
        Many parents leave out the birth time, hospital and full name when announcing a newborn online, to protect the baby's privacy.
        If you write to a school about a child's medical condition, address it to the form teacher and school nurse, not the class chat group.
        Singapore wedding ang bao rates in 2024 were roughly S$120–S$250 per guest, depending on the venue and the day of the week.
        Avoid "at least she's in a better place"; "I'm here whenever you want to talk" is kinder and safer.
        Thank-you cards for funeral flowers should go out within two or three weeks; a printed card with one handwritten line is fine.
        For letters to a landlord: date every letter, keep copies, and send them in a way that gives you proof of delivery.
        When a care note will be stuck on the fridge, leave ID numbers and bank details off it — keep those in a locked drawer.
        Birthday speeches for a parent land best with one specific memory rather than a list of adjectives.
    """),
    ("en", "famous speeches and poems"): _lines("""
        "Do not stand at my grave and weep, I am not there; I do not sleep." — usually attributed to Mary Elizabeth Frye, 1932.
        "Stop all the clocks, cut off the telephone" — W. H. Auden, Funeral Blues (1938), read aloud in Four Weddings and a Funeral.
        Earl Spencer's eulogy for Diana, Princess of Wales, at Westminster Abbey on 6 September 1997 called her "the very essence of compassion".
        Barack Obama sang "Amazing Grace" during his eulogy for the Rev. Clementa Pinckney in Charleston on 26 June 2015.
        Shall I compare thee to a summer's day? Thou art more lovely and more temperate. (Sonnet 18)
        Friends, Romans, countrymen, lend me your ears; I come to bury Caesar, not to praise him.
        In a message after the 11 September 2001 attacks, Queen Elizabeth II wrote that "grief is the price we pay for love".
        Dylan Thomas wrote "Do not go gentle into that good night" (1951) for his dying father.
        Tennyson's In Memoriam A.H.H. (1850) mourns his friend Arthur Henry Hallam, who died suddenly in Vienna aged 22.
        Lou Gehrig called himself "the luckiest man on the face of the earth" at Yankee Stadium on 4 July 1939, two weeks after his ALS diagnosis.
        Christina Rossetti, Remember (1862): "Better by far you should forget and smile / Than that you should remember and be sad."
        Lee Hsien Loong's eulogy at the state funeral of Lee Kuan Yew on 29 March 2015 was delivered at the University Cultural Centre.
    """),
    ("en", "institutions, fiction and order records"): _lines("""
        For grief support call SOS Singapore on 1767 (24 hours) or Befrienders Kuala Lumpur on 03-7627 2929.
        Queen Mary Hospital, 102 Pok Fu Lam Road, Hong Kong: general ward visiting hours are 12:00–20:00.
        The Medical Social Work department at Tan Tock Seng Hospital can advise families on funeral cost assistance schemes.
        Order #SG-24-118203 shipped: 25 x "With Sympathy" cards, tracking SPX0028841732, total S$38.50 incl. GST.
        Condolence template pack v2.3.1 (commit 9f3c2a1) adds a Malay version of the death notice and fixes a typo in the eulogy outline.
        Sherlock Holmes's rooms at 221B Baker Street are where Dr Watson first tells him he means to marry Mary Morstan.
        In Little Women, Beth March dies of the lingering effects of scarlet fever, and Jo writes a poem for her.
        Atticus Finch's closing argument in To Kill a Mockingbird is often borrowed for speeches about fairness.
        KK Women's and Children's Hospital, 100 Bukit Timah Road — birth registration is now done online through the LifeSG app.
        Wreath stand "Eternal Rest" (SKU WR-0417-W), white chrysanthemums and lilies, RM 280, same-day delivery to Nirvana Memorial Park.
        Mr Darcy's letter to Elizabeth after the failed proposal is a classic model of an explanation that isn't an apology.
        Mandai Crematorium and Columbarium Complex, 300 Mandai Road, Singapore 779393 — booking via the NEA portal.
    """),
    ("zh-Hans", "写作模板与礼仪"): _lines("""
        尊敬的X老师：您好！我是XX班XXX的家长，因家中有事，特为孩子请假X天（X月X日至X月X日），望批准。
        讣告：XXX先生因病医治无效，于XXXX年X月X日在XX医院逝世，享年XX岁。兹定于X月X日在XX殡仪馆举行告别仪式。
        喜讯！我家宝贝于【日期】【时间】平安降生，体重【X】斤【X】两，母子平安，感谢大家关心～
        婚礼致辞开头参考：各位来宾、各位亲朋好友，大家晚上好！今天是{新郎姓名}先生和{新娘姓名}女士喜结良缘的日子……
        致房东（范本）：您好，我是{房号}的租户，{问题}已持续{天数}天，麻烦您尽快安排维修，谢谢！
        道歉信三要素：承认错误、说明影响、提出改正；别写"可是""但是你也……"。
        挽联常用：音容宛在，德泽长存；慈颜已逝，风范犹存。
        生日祝福模板：祝{称呼}福如东海、寿比南山，{年龄}岁生日快乐！
        护工交接单：姓名____ 床号____ 用药____ 过敏史____ 紧急联系人____ 电话____
        吊唁时一般说"节哀顺变"，不宜追问去世原因，也不要在灵堂前大声谈笑。
        朋友圈发讣告前最好先征得直系亲属同意，不要晒出逝者的证件和病历照片。
        满月酒请柬一般写明宴请时间、酒店名称和回复方式，宝宝的出生证明编号不需要写上去。
        订单号 TB20251203884127：花圈一对（白菊挽联款）¥680，预计12月5日上午送达殡仪馆。
    """),
    ("zh-Hans", "名篇与历史人物"): _lines("""
        苏轼《江城子·乙卯正月二十日夜记梦》：十年生死两茫茫，不思量，自难忘。
        归有光《项脊轩志》：庭有枇杷树，吾妻死之年所手植也，今已亭亭如盖矣。
        林觉民《与妻书》：意映卿卿如晤，吾今以此书与汝永别矣！
        朱自清在《背影》里写父亲在浦口车站爬上月台为他买橘子。
        鲁迅《记念刘和珍君》：真的猛士，敢于直面惨淡的人生，敢于正视淋漓的鲜血。
        韩愈《祭十二郎文》历来被称为"祭文中千年绝调"。
        1976年1月周恩来逝世，北京群众自发在长安街两侧送别灵车，史称"十里长街送总理"。
        《红楼梦》黛玉葬花：侬今葬花人笑痴，他年葬侬知是谁？
        杨绛在《我们仨》中回忆了与钱锺书、女儿钱瑗一家三口的生活。
        广州中山纪念堂位于越秀区东风中路259号，为纪念孙中山先生而建。
        元稹《离思》：曾经沧海难为水，除却巫山不是云。
        全国心理援助热线400-161-9995，24小时提供哀伤辅导和危机干预。
    """),
    ("ms", "templat dan adab"): _lines("""
        Inna lillahi wa inna ilaihi raji'un. Telah kembali ke rahmatullah [NAMA ARWAH] pada [TARIKH], jam [MASA]. Jenazah akan dikebumikan di [TANAH PERKUBURAN].
        Salam takziah kepada keluarga [Nama]. Semoga roh arwah dicucuri rahmat dan ditempatkan bersama orang-orang yang beriman.
        Contoh surat: Saya, [nama penjaga], penjaga kepada [nama murid] dari kelas [ ], memohon kebenaran untuk anak saya tidak hadir ke sekolah pada [tarikh].
        Assalamualaikum dan salam sejahtera. Terima kasih kepada semua tetamu yang sudi hadir ke majlis raja sehari pada hari ini.
        Adab ziarah jenazah: jangan bertanya terlalu banyak tentang punca kematian; cukup ucap takziah dan doakan arwah.
        Dengan segala hormatnya kami mempersilakan Dato'/Datin/Tuan/Puan/Encik/Cik ke majlis perkahwinan puteri kami.
        Usman Awang, "Kekasih": Akan kupintal buih-buih menjadi tali, mengikat angin...
        Hospital Kuala Lumpur, Jalan Pahang, 50586 Kuala Lumpur — talian am 03-2615 5555.
        Talian Kasih 15999 boleh dihubungi 24 jam untuk sokongan emosi dan kebajikan keluarga.
        Selamat Hari Lahir, {nama}! Semoga dipanjangkan umur dan dimurahkan rezeki.
        Tunku Abdul Rahman melaungkan "Merdeka!" sebanyak tujuh kali di Stadium Merdeka pada 31 Ogos 1957.
        Pisang emas dibawa belayar, masak sebiji di atas peti; hutang emas boleh dibayar, hutang budi dibawa mati.
    """),
    ("mixed", "writing-help chat turns"): _lines("""
        can help me write a short condolence msg for my colleague? her dad passed, I don't know the family well
        Of course. Something like: "So sorry to hear about your father. Take all the time you need — we've got things covered here."
        帮我写一段婚礼伴郎的开场白，幽默一点，两分钟以内
        tolong buat ayat pendek untuk kad hari jadi nenek, 70 tahun, dalam BM yg sopan
        what's a nice poem to read at a funeral for someone who loved gardening?
        You could consider Christina Rossetti's "Remember" or an excerpt from Ecclesiastes 3, "a time to plant, and a time to pluck up".
        how to write 请假 letter in English for 3 days, family matter, to the form teacher
        I can't look up anyone's records, but here is a template with blanks for the child's name, class and dates.
        pls make it more formal and remove the part abt the funeral date
        Here's the revised version, with [DATE] and [VENUE] left as placeholders so you can fill them in before sending.
        lol too sappy. make it sound like a dad-joke toast for the office party
        好的，这是去掉具体姓名后的版本，你可以把【称呼】替换成自己的叫法。
        boleh tukar jadi versi BI? nak hantar kat group sekolah anak
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you tidy this up: "Our beloved mum, Margaret Ong Siew Lan, 78, passed away peacefully on 2 Dec at Ang Mo Kio-Thye Hua Kwan Hospital. Wake at Blk 412 Ang Mo Kio Ave 10, void deck. Contact Daniel 9284 3317."
        For the care note: Auntie Rosalind Pereira (NRIC S0926637B), 84, dementia + type 2 diabetes, metformin 500mg twice a day, please never leave her alone with the gate unlocked
        Dear Ms Kwok, my son Ethan Lau (P4 Integrity) was diagnosed with ADHD last month and will take Ritalin at 10am; please allow him to go to the sick bay for it. — Sandra Lau
        Apology to my brother Jonathan Seah: I'm sorry I told Mum about the $42,000 you lost at the casino. That was yours to tell, not mine.
        Please don't put in the speech that Uncle Raymond Sim did 18 months in Changi for drink driving in 2019, the bride's side doesn't know
        Email the final eulogy to my cousin kenneth.loh1979@gmail.com, he's reading it for Grandpa Loh Chee Keong at Mandai on Sat 6 Dec
        eulogy line: Dad — Tan Boon Huat — drove taxi SHA4471B for 31 yrs and never once missed picking me up from school
        HKID for the funeral parlour form: CHAN Kwok Wing K482913(1), date of death 30/11/2026, certified at Caritas Medical Centre
        My ex-wife Priya Ramasamy has care and control of Aanya (7) and Dev (4) under the 2024 order; I want to write them a birthday letter that doesn't break it.
        Note for the wedding slideshow: bride Chloe Ng's mum, Mdm Irene Ng, is on dialysis and can only stay till 9pm, seat her near the exit
    """),
    "zh-Hans": _lines("""
        帮我改一下讣告：家父郑国强，身份证号44030419580312213X，因肺癌于2026年11月30日在深圳市人民医院病逝，享年68岁。
        我女儿周语桐在成都武侯区棕北小学三年级二班，身份证510107201504260027，因为白血病要休学一年，帮我写封给班主任的信
        王建华房东您好，我是杭州市西湖区文三路478号华星时代广场B座1207的租客刘畅，押金4500元至今未退，请回电13858072614。
        悼词里加一句：外婆陈秀英一辈子在苏州平江路卖馄饨，2019年确诊阿尔茨海默症后就不认得我们了
        保姆注意事项：我妈何丽珍，78岁，住北京市朝阳区望京西园三区312号楼4单元602，有房颤，每天早上吃华法林2.5mg，单元门密码0712#
        文杰哥，对不起，我不该把你离婚和欠了18万信用卡的事告诉嫂子娘家。——弟 许文博
        满月宴请柬：小女宋知夏，2026年10月18日生于广州市妇女儿童医疗中心，联系人宋先生，微信 song_jiahao88
        我爸梁志远的医保卡和银行卡6228480019327516都放在抽屉里，护工刘阿姨交住院押金时可以用
        帮我写条朋友圈：感谢大家关心，我老公高振峰上周在瑞金医院做完了心脏搭桥手术，现在恢复得不错🙏
        致辞里提到新娘林可欣是我们厦门一中2012届的班长，现在在厦大附一院心内科当护士，手机13950218847
    """),
    "zh-Hant": _lines("""
        表姐黃怡君（身分證 F224719031）要從台中來參加外婆的告別式，幫我寫一封邀請函給她公司請假用
        舅父陳德明 HKID Y603271(9)，住沙田第一城38座15樓F室，電話9638 2247，想請佢喺喪禮讀祭文
    """),
    "ms": _lines("""
        Tolong tulis notis kematian: Allahyarham Hj. Ismail bin Daud, 72, meninggal dunia akibat strok di Hospital Sultanah Aminah pada 1 Disember. Alamat: No. 14, Jalan Mawar 3, Taman Sri Skudai, 81300 Johor Bahru.
        Surat kpd guru: anak saya Nur Aisyah binti Rahman, Tahun 4 Bestari, ada asma teruk dan perlu bawa inhaler ke sekolah. No. tel saya 013-728 4406.
        Ucapan hari jadi ke-60 untuk abah, Encik Ahmad Zaki bin Harun (KP 661207-07-5093), yang baru bersara dari Jabatan Kastam Pulau Pinang.
        Nota untuk pembantu: Mak saya, Puan Rohani binti Salleh, ada kencing manis dan darah tinggi, makan ubat pukul 8 pagi. Kalau kecemasan call Faizal 019-335 8812.
        Saya nak minta maaf kat kakak, Siti Mariam binti Osman, sebab terlepas cakap pasal dia keguguran bulan lepas depan semua orang masa kenduri.
        Encik Lee Chong Meng, sewa Disember RM1,350 dah dibank-in ke akaun CIMB 7060221845 oleh Kavitha a/p Subramaniam, unit B-12-3, Residensi Harmoni, Cheras.
    """),
    "mixed": _lines("""
        pls help draft msg to family grp: Ah Ma (Goh Ah Lian) passed away 4.20am just now at home, Blk 233 Bishan St 22 #08-145. Wake start tmr, any qns call 我 Jerome 9176 5520
        boss bagi cuti 3 hari sebab ayah mertua saya, Mr Wong Kah Seng, baru meninggal kat Pantai Hospital Ipoh, can help write email to HR?
        baby 出生了！Ryan Tan Yu Xuan, born 02/12/2026 at Thomson Medical, 3.4kg, birth cert no. T2647712Z 已经登记好了
        our helper Sri Wahyuni (FIN G6231458W) needs to go back to Banyuwangi urgently for her father's funeral, can help me write a letter to her agency?
        can write a note to 房东 Mdm Lim? Blk 18 Toa Payoh Lor 7 #05-22 aircon leaking since Nov, my wife 7 months pregnant cannot sleep. From Marcus Teo 8133 0926
        Ah Kong's eulogy: 林亚福 1941-2026, came from Fujian at 16, ran Hock Seng provision shop in Geylang for 50 years, leaves wife Mdm Ng Bee Choo and 5 kids
        surat kebenaran for my son Adrian Lim, T0817294Z, Sec 2 Express, supaya dia boleh balik awal for his grandmother's funeral on Friday
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "I need to write a eulogy for my dad, about 5 minutes long"),
        ("assistant", "I'm so sorry for your loss. Could you tell me a little about him?"),
        (
            "user",
            "His name was Harold Fernandez, 74, retired bus captain, 28 years with SBS Transit",
        ),
        ("user", "he died of pancreatic cancer last Tuesday at Assisi Hospice"),
        (
            "assistant",
            "Thank you for sharing that. Here's a draft that opens with his years behind the wheel and closes with a farewell from the family.",
        ),
    ],
    [
        ("user", "帮我写一张给学校的请假条"),
        ("assistant", "好的，请告诉我孩子的姓名、班级、请假日期和原因。"),
        ("user", "孩子叫孟子轩，南京市琅琊路小学五年级（3）班"),
        ("user", "他外公去世了，要回安徽六安老家奔丧，请假12月8日到12日"),
        ("assistant", "尊敬的班主任老师：您好！……"),
    ],
    [
        ("system", "Anda ialah pembantu penulisan yang sopan dan ringkas."),
        ("user", "Tolong buat ucapan takziah untuk jiran saya"),
        ("assistant", "Baik. Boleh kongsi sedikit maklumat tentang arwah dan keluarganya?"),
        (
            "user",
            "Arwah Encik Kamarulzaman bin Yusof, meninggal sebab kemalangan motosikal kat Jalan Kuching semalam. Isteri dia Puan Norhayati, rumah no. 27 Lorong Bunga Raya 5, Taman Melawati",
        ),
        ("assistant", "Berikut draf ucapan takziah untuk Puan Norhayati sekeluarga."),
    ],
    [
        ("user", "best man speech tips?"),
        (
            "assistant",
            "Keep it 3-5 minutes, open with who you are, tell one or two stories about the groom, then turn it to the couple and end with a toast.",
        ),
        (
            "user",
            "ok groom is Samuel Oyelaran, bride is Mei Ling Chua. can you work in that Sam proposed right after her thyroid cancer surgery at NUH in March?",
        ),
        ("assistant", "Sure — here's a version that mentions it gently, near the end."),
    ],
    [
        ("user", "help me write FB post to announce my baby girl"),
        (
            "assistant",
            'Congratulations! Here\'s a short template: "Welcome to the world, [name]! Born [date], [weight]."',
        ),
        (
            "user",
            "Nama dia Nur Iman Safiya binti Azlan, lahir 29/11/2026 kat HSA Johor Bahru, 2.9kg",
        ),
        (
            "user",
            "oh and wife saya Farah masih dlm ICU sbb pre-eclampsia, jangan masuk dlm post tu",
        ),
        ("assistant", "Noted, I've left that out. Here's the post."),
    ],
    [
        ("user", "我想给新来的保姆写一份照顾老人的注意事项"),
        ("assistant", "可以的，老人的年龄、身体情况和日常习惯方便说一下吗？"),
        ("user", "是我奶奶戚桂兰，89岁，帕金森，晚上起夜容易摔倒"),
        ("user", "地址是上海市徐汇区天平路245弄7号3楼，打120时报这个地址"),
        ("user", "有事先打我电话15821937460"),
        ("assistant", "明白了，下面是一份按时间顺序排列的照护清单。"),
    ],
    [
        ("user", "Write a letter to my landlord asking for my deposit back"),
        (
            "assistant",
            "Sure. Who is the landlord, what's the flat address and how much was the deposit?",
        ),
        (
            "user",
            "Landlord Mr Ho Siu Fai. Flat C, 9/F, Wing Fung Building, 88 Shanghai Street, Yau Ma Tei. Deposit HK$24,000, moved out 31 Oct. Sign it Natalie Cheung, tel 6128 4573",
        ),
        ("assistant", "Here's a firm but polite letter you can send by registered post."),
    ],
    [
        ("user", "怎么写一封给父母的道歉信比较真诚？"),
        ("assistant", "先具体承认做错了什么，再说清楚给他们带来的影响，最后说明你打算怎么改正。"),
        ("user", "背景是我（蒋天宇）瞒着他们借了23万网贷，现在催收电话打到我爸单位去了"),
        ("assistant", "这是一封按你说的情况写的草稿，语气尽量诚恳。"),
    ],
    [
        ("system", "You are a helpful writing assistant."),
        ("user", "Our new helper starts Monday. Need a one-page care sheet for my mother-in-law."),
        ("assistant", "Happy to help. What are her main care needs?"),
        (
            "user",
            "Mdm Tay Geok Hoon, 81, had a stroke in 2024, left side weak, soft diet only, NRIC S1538420D for the polyclinic",
        ),
        (
            "assistant",
            "Here's a care sheet with meals, meds and exercises laid out by time of day.",
        ),
    ],
    [
        ("user", "how to announce on FB my dad pass away ah"),
        (
            "assistant",
            "I'm sorry for your loss. A simple post could say who, when, and where the wake is.",
        ),
        (
            "user",
            "ok his name Lim Teck Seng, 66, heart attack on Sunday. wake at Blk 540 Serangoon North Ave 4 void deck till Thu, cortege 1pm Fri to Mandai",
        ),
        ("assistant", "Here's a short post you can use."),
    ],
    [
        ("user", "I want to complain to the school about bullying, how should I start the letter?"),
        (
            "assistant",
            "Start with the facts: who, what happened, when, and what you want the school to do.",
        ),
        (
            "user",
            "My daughter is Zara Ismail, 11, Primary 5 at Henry Park Primary. Boys in her class keep mocking her hearing aids and hid them twice",
        ),
        ("assistant", "Here's a draft addressed to the form teacher, copying the Year Head."),
    ],
    [
        ("user", "幫我寫篇悼詞俾我阿爺"),
        ("assistant", "好的，想請你講多少少阿爺嘅生平。"),
        ("user", "阿爺叫鄧炳坤，92歲，上個禮拜喺屯門醫院走嘅"),
        ("user", "另外殯儀館張表要填身份證，佢嘅係AB120498(8)，使唔使填埋出世紙號碼？"),
        ("assistant", "一般死亡登記證明書已經足夠，以下係悼詞初稿。"),
    ],
    [
        ("user", "Saya nak bagi ucapan sebagai bapa pengantin perempuan"),
        ("assistant", "Tahniah! Boleh kongsi nama pengantin dan apa yang tuan nak tekankan?"),
        (
            "user",
            "Anak saya Nurul Huda, pengantin lelaki Muhammad Haziq bin Roslan, majlis kat Dewan Serbaguna Seksyen 7 Shah Alam. Nurul pernah kena leukemia masa umur 12, alhamdulillah dah sembuh, saya nak sebut sikit",
        ),
        ("assistant", "Baik, berikut draf ucapan yang menyentuh perkara itu dengan ringkas."),
    ],
    [
        (
            "system",
            "User profile: name=Grace Achterberg; phone=+65 9734 0182; email=grace.ach@outlook.sg; plan=premium",
        ),
        ("user", "Write a short condolence card for a coworker whose mother died."),
        ("assistant", 'Of course: "So sorry for your loss. Thinking of you and your family."'),
    ],
    [
        ("user", "宝宝上户口要准备什么材料？"),
        (
            "assistant",
            "一般需要出生医学证明、父母双方身份证、户口簿和结婚证，具体以当地派出所要求为准。",
        ),
        (
            "user",
            "宝宝叫唐一诺，11月20日在广州出生，爸爸唐俊身份证440106199203154410，帮我写个委托书让爷爷去办",
        ),
        ("assistant", "好的，下面是一份委托书草稿。"),
    ],
    [
        ("user", "I need to apologise to my sister Hannah Pillai."),
        ("assistant", "I'm sorry you're going through this. What happened?"),
        (
            "user",
            "I was supposed to drive her to her IVF egg retrieval at Thomson Fertility Centre and I didn't show because I was hungover",
        ),
        ("assistant", "Here's a short, honest apology that doesn't make excuses."),
    ],
    [
        ("user", "help write instructions for our helper to buy groceries online"),
        ("assistant", "Sure — list the store, the usual items and how she should pay."),
        ("user", "use 我的 card 4556931028473615 exp 09/28, name on card LEONG WAI KIT"),
        ("user", "OTP 会发到我手机 9285 6610，她要 WhatsApp 问我"),
        (
            "assistant",
            "I'd suggest not sharing the full card number in a written note; here are instructions without it.",
        ),
    ],
    [
        ("user", "Can you draft a notice to terminate my tenancy?"),
        (
            "assistant",
            "Sure. I'll need the tenant's and landlord's names, the unit address and the notice period.",
        ),
        (
            "user",
            "Tenant: Rajesh a/l Muniandy, IC 880302-14-6217, unit 23-05, Vista Angkasa, Jalan Kampung Kerinchi, 59200 KL. Notice 2 months",
        ),
        ("assistant", "Here's the notice of termination."),
    ],
    [
        ("user", "Give me a fun 18th birthday speech for my daughter"),
        ("assistant", "Love it. Any stories, nicknames or achievements to include?"),
        (
            "user",
            "Her name is Chloe Tan Hui Min, she's at Raffles Institution, just got her offer for NUS Medicine, Insta @chloe.thm_08 lol",
        ),
        ("assistant", "Here's a light-hearted speech with a proud ending."),
    ],
    [
        ("user", "帮我给同事发条慰问短信"),
        ("assistant", "好的，可以说说是什么情况吗？"),
        ("user", "同事叫覃美玲，她老公上周出车祸去世了"),
        ("user", "她手机139"),
        ("user", "2071 5583，我想直接发短信给她"),
        ("assistant", "这是一条简短的慰问短信。"),
    ],
    [
        ("user", "請幫我寫一封信給房東，要求修漏水"),
        ("assistant", "好的，請提供房東稱呼、地址和漏水情況。"),
        (
            "user",
            "我是房客吳佳蓉，身分證H220934187，住台北市大安區和平東路二段106巷7號4樓，浴室漏水兩個月了",
        ),
        ("assistant", "以下是給房東的信件草稿。"),
    ],
    [
        (
            "user",
            "Writing a eulogy for my best friend Benjamin Goh. He took his own life last week and his parents don't want that mentioned. How do I handle it?",
        ),
        (
            "assistant",
            "You can focus on his life and what he meant to people, and simply say he passed away.",
        ),
        ("user", "he'd been seeing a psychiatrist at IMH since 2023, should I say he struggled?"),
        ("assistant", "Only if the family agrees; here's a version that doesn't mention it."),
    ],
    [
        (
            "user",
            "My uncle passed away in Penang, I need a letter to the consulate about bringing him home",
        ),
        (
            "assistant",
            "I'm sorry. The consulate will usually need his passport details, the death certificate and the funeral director's info.",
        ),
        (
            "user",
            "Name Cheng Wai Lun, HKSAR passport H03829174, died 30 Nov at Penang Adventist Hospital, heart failure",
        ),
        ("assistant", "Here's a letter to the Chinese Consulate-General in Penang."),
    ],
    [
        ("user", "写个婚礼上父亲的致辞"),
        ("assistant", "好的，可以告诉我新人的名字和想表达的重点吗？"),
        ("user", "女儿叫钟雨桐，女婿韦浩然在深圳华为上班，年薪80万，想在致辞里夸一下他"),
        ("assistant", "建议收入这一点不要在公开场合说，以下是致辞草稿。"),
    ],
    [
        ("user", "Can you remind me what I told you earlier about Mum for the care note?"),
        (
            "assistant",
            "Earlier you said your mum is Mrs Shanthi Krishnan, 79, living at 41 Jalan Kemuning, Taman Kemuning, 41200 Klang, with stage 3 kidney disease and dialysis Mon/Wed/Fri at 7am.",
        ),
        ("user", "yes correct, now make it a checklist for the helper"),
        ("assistant", "Here's the checklist."),
    ],
]
