# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix19: speech transcripts (ASR calls, voice notes, consultations, police hotline and delivery calls; clean broadcasts, lectures, podcasts, traffic reports, announcements) in English, Malay and Chinese with code-switching. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix19
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "radio traffic reports"): _lines("""
        good morning it's seven forty five on ninety three point eight traffic on the pie towards changi is heavy from eunos to the tampines flyover
        accident on the cte after the braddell exit avoid lanes one and two says the lta traffic cam
        over in kl the federal highway is jammed from batu tiga to subang jaya because of a stalled lorry on the left lane
        if you're heading to the causeway this evening expect about ninety minutes at woodlands checkpoint
        roadworks on jalan tun razak near the national library will close one lane from ten pm to five am until the twenty third
        the sprint highway exit to damansara heights has reopened after the earlier flooding reports from jkr
        for live updates on the north south expressway call the plus line one eight hundred eight eight zero zero zero zero
        a shell tanker has overturned at kilometre two eight seven point four of the plus southbound bomba is on scene
        ktm komuter services between sentul and batu caves are delayed about twenty minutes due to a signal fault
        the circle line is running normally again after this morning's disruption and smrt says the bridging buses are withdrawn
        tune in again at eight fifteen for the next update i'm your host on the drive home show and yes i'm stuck in the same jam as all of you
        km forty six point two on the elite highway a container truck lost its load so crawl speed all the way to the nilai exit
    """),
    ("en", "lectures and podcasts"): _lines("""
        so in nineteen sixty five singapore separated from malaysia and lee kuan yew gave that famous televised press conference on the ninth of august
        newton published the principia in sixteen eighty seven so that's your date for the exam okay write it down
        today's episode is about how grab started as myteksi in two thousand twelve founded by anthony tan and tan hooi ling
        the formula e equals m c squared is from einstein's nineteen oh five paper not nineteen fifteen that one is general relativity
        if you look at slide twenty three gdp per capita went from about five hundred dollars to over eighty thousand in fifty years
        on this money podcast today's topic is the cpf full retirement sum which for twenty twenty five is two hundred and thirteen thousand dollars
        the isbn of the textbook is nine seven eight zero one three four six eight five nine one seven make sure you get the eleventh edition
        for the assignment please submit on the course portal not by email to me the module code is cs two zero three zero
        marie curie won two nobel prizes nineteen oh three in physics and nineteen eleven in chemistry
        my guest today wrote a book on the history of penang so we'll talk about francis light and the founding of george town in seventeen eighty six
        the case study this week is jack ma's alibaba ipo in september twenty fourteen on the new york stock exchange which raised twenty five billion dollars
        i grew up watching this show so it's kind of surreal to be presenting the lecture series on the same stage this year
    """),
    ("en", "public announcements"): _lines("""
        attention please flight sq three one eight to london heathrow is now boarding at gate b six
        this is a test of the public warning system siren there is no need for any action
        the next station is dhoby ghaut interchange station transfer to the north east line and the circle line
        please mind the platform gap and stand behind the yellow line
        the lost and found counter is on level one beside door five of terminal three
        for emergencies call nine nine five for fire and ambulance or nine nine nine for police
        ladies and gentlemen the library will close in fifteen minutes please bring your items to the loans counter
        this is a message from changi general hospital visiting hours are from twelve to two and from five thirty to eight thirty
        passengers for ets train nine one seven five to butterworth please proceed to platform four
        order number one zero four four seven eight two two is ready for collection at counter three
        queue number a two four six please proceed to counter eleven
        the ikea tampines store at sixty tampines north drive two will close at eleven tonight last orders at the restaurant ten thirty
    """),
    ("en", "call-centre scripts and enquiries"): _lines("""
        thank you for calling please note this call may be recorded for quality and training purposes
        press one for billing press two for technical support or stay on the line to speak to an agent
        hi i'm calling about the iphone sixteen pro is the two five six gig version in stock at your orchard road store
        your estimated waiting time is four minutes you are caller number seven in the queue
        i just want to ask what your opening hours are on public holidays thanks bye
        for security reasons our staff will never ask for your full card number or otp over the phone
        the promo code is raya twenty five it gives twenty five percent off and is valid until thirty one march
        hello can you check if the tampines branch has the billy bookcase in white article number zero zero two six three eight five zero
        the router firmware version is one point zero point four build two zero two four one one zero eight
        our office is at one raffles place level forty four and we're open monday to friday nine to six
        your reference number for this call is c s two five one one zero four three eight eight seven please quote it next time
    """),
    ("ms", "siaran radio, ceramah dan pengumuman"): _lines("""
        selamat pagi malaysia berita jam lapan perdana menteri akan membentangkan belanjawan di dewan rakyat petang ini
        trafik di lebuhraya utara selatan arah ke selatan sesak dari rawang hingga ke jalan duta
        orang ramai dinasihatkan menghubungi talian kasih satu lima sembilan sembilan sembilan jika memerlukan bantuan
        ramalan cuaca hujan lebat dijangka di kelantan terengganu dan pahang menurut metmalaysia
        perhatian kepada semua penumpang komuter tren ke pelabuhan klang akan bertolak dari platform tiga dalam lima minit
        kuliah hari ini tentang kesultanan melayu melaka yang diasaskan oleh parameswara sekitar tahun empat belas ratus
        tunku abdul rahman melaungkan merdeka tujuh kali di stadium merdeka pada tiga puluh satu ogos sembilan belas lima puluh tujuh
        harga minyak ron sembilan puluh lima kekal pada dua ringgit lima sen seliter minggu ini
        nombor pesanan anda ialah satu dua tiga empat lima enam tujuh lapan sila simpan untuk rujukan
        dalam podcast ni saya nak kongsi tips simpan duit untuk pelajar universiti mula dengan bajet lima puluh tiga puluh dua puluh
        jpj mengingatkan pemandu bahawa cukai jalan kini boleh diperbaharui secara dalam talian melalui mysikap
        masjid negara akan mengadakan ceramah umum selepas solat isyak malam jumaat ini terbuka kepada semua
        kadar inflasi malaysia bagi bulan ogos ialah satu perpuluhan lapan peratus menurut jabatan perangkaan
        pengumuman kepada pelanggan nombor giliran satu kosong tiga lima sila ke kaunter tujuh
    """),
    ("zh-Hans", "广播、课堂与播客"): _lines("""
        各位听众早上好现在是北京时间八点整欢迎收听新闻和报纸摘要
        京藏高速进京方向回龙观附近车多缓行请绕行
        本次列车是开往上海虹桥的g一零一次列车前方到站南京南站
        如遇紧急情况请拨打一一零报警或者一二零急救电话
        今天我们讲鲁迅先生一九一八年发表的狂人日记这是中国第一篇现代白话小说
        欢迎收听本期播客今天聊聊比亚迪和特斯拉在二零二四年的销量对比
        您的订单号是二零二五一一零八三四七七二一九请保存好以便查询
        乘客您好一号线开往苹果园方向的列车即将进站请注意安全
        苏轼在一零八二年写下了赤壁赋那一年他被贬到黄州
        市民热线一二三四五全天二十四小时为您服务
        本学期教材是同济大学的高等数学第七版书号九七八七零四零三九六六三八
        据国家统计局数据二零二四年全国居民人均可支配收入为四万一千三百一十四元
        我自己也是每天挤地铁上班的所以今天这期节目就聊聊通勤时间到底值多少钱
    """),
    ("zh-Hant", "電台節目與公共廣播"): _lines("""
        各位乘客下一站金鐘乘客可以轉乘荃灣綫同南港島綫
        交通消息紅隧九龍入口車龍已經伸延到漆咸道南
        天文台表示八號烈風或暴風信號將於下午兩點前後發出
        如有查詢請致電政府熱線一八二三
        今日節目我哋講吓李小龍喺一九七一年拍嘅唐山大兄
        台北捷運板南線因設備故障暫停行駛往南港展覽館方向的旅客請改搭接駁公車
        長榮航空br八七一往香港的班機即將開始登機請前往c三登機門
        澳門旅遊局提醒旅客大賽車期間東望洋街會封閉
        歡迎收聽科技播客今集講台積電喺一九八七年由張忠謀創立嘅故事
        你嘅排隊號碼係b三二七請到五號窗口
        孫中山先生喺辛亥革命之後喺一九一二年一月一號就任臨時大總統
        新北市一九九九市民熱線全年無休
        港鐵提提你如發現可疑物品請通知車站職員或者致電九九九報警
    """),
    ("mixed", "code-switching podcasts and broadcasts"): _lines("""
        ok guys welcome back to the podcast hari ni kita nak cerita pasal shopee vs lazada which one better untuk small sellers
        这个 lecture 我们讲 supply and demand 然后 next week 就 midterm 了
        traffic update the second link jam teruk sikit dari gelang patah arah ke tuas
        今日個 show 我哋請咗 guest 嚟講 mtr 點樣靠 property make money
        so basically lah the ringgit closed at four point four five against the us dollar today kata bank negara
        各位 listeners 今天的 topic 是 cpf 和 epf 有什么不同 我们会 compare 一下两个 system
        announcement kepada semua staff fire drill pukul tiga petang please assemble dekat carpark b
        grab 的 founder anthony tan 其实是 harvard business school 毕业的
        the version is two point three point one lah jangan install yang beta nanti crash
        maybank 的 customer hotline 是 one three hundred eight eight six six eight eight
        kalau nak full lecture slides boleh download kat portal module code ma satu lima zero eight
        这集 podcast 讲 jack ma 和 alibaba 的 history 还有 ant group ipo 为什么被叫停
        今天 radio 的 weather report 说 kuala lumpur 下午 ada ribut petir 大家 drive 小心
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        hi mum voice note okay my new number is nine one seven three four four zero two save it under jasmine
        caller says her name is priya d o ramasamy nric s eight seven four two one nine three g and she wants to dispute the charge
        so mr lim wei jie your hba1c came back at nine point one which is quite high so we need to start you on insulin
        yeah my ex boyfriend kelvin ong keeps calling me from eight eight two three one seven six five he stays at block four three two ang mo kio avenue three hash twelve dash two one seven
        delivery for mr farhan number eighteen jalan ss two slash forty four petaling jaya i'm outside the gate can you come down
        agent can i have the card number please caller four five three two eight eight one zero four four seven six two nine one five expiry zero eight twenty seven
        patient goh siew ling date of birth twelve march nineteen fifty eight presenting with chest pain since last night
        hi it's darren chua from block two one five bukit batok street twenty one unit zero six dash three three i want to complain about my neighbour's dog
        the suspect's car was a grey honda civic s k h four four one two c and the owner is some guy called marcus teo
        my email is wong dot meiling eighty eight at gmail dot com that's w o n g
        uh passport number k one two three four five six seven a holder name shaun tan kok wee travelling on the fifth
        voice note to self remind dad his fin is g five five three one two eight eight n the work pass renewal is due friday
        okay the patient mdm rosnah binti ahmad mykad six two zero four one seven dash zero one dash five zero six eight has stage three ckd
        hey it's bryan call me back on plus six five nine six four two seven seven one three or dm me on ig at bryan underscore lowkl
    """),
    "ms": _lines("""
        assalamualaikum saya puan zaleha nombor ic saya lapan satu kosong sembilan dua tiga sengkang sepuluh sengkang lima dua tiga empat
        abang rider rumah nombor dua puluh tujuh jalan seri putra tiga slash dua bandar seri putra penerima nurul izzah telefon kosong satu sembilan tiga tiga dua lapan empat tujuh satu
        doktor cakap anak saya muhammad danish bin azman umur enam tahun ada asma kena guna inhaler dua kali sehari
        saya nak buat laporan kereta saya perodua myvi nombor plat w k t tujuh lapan dua satu dicuri depan rumah saya di taman melawati
        encik boleh sahkan nombor akaun maybank satu lima enam satu dua tiga empat kosong tujuh lapan sembilan satu atas nama lim ah kow
        voice note untuk kakak ni nombor baru suami saya hafiz plus enam kosong satu dua tujuh tiga satu empat lima lapan sembilan
        pesakit encik ravi a l subramaniam kad pengenalan tujuh lima kosong dua satu satu kosong lapan lima satu tiga tiga menghidap hepatitis b
        hello polis ya jiran saya rosli bin kassim pukul isteri dia lagi rumah dia blok c tingkat empat unit empat kosong dua ppr kampung baru
        emel saya aisyah underscore hanim sembilan lima at yahoo dot com dot my tolong hantar resit ke situ
        nombor pasport saya a tiga dua satu lima empat empat lapan tujuh nama siti hajar binti md noor nak tukar tarikh penerbangan
    """),
    "zh-Hans": _lines("""
        喂你好我叫王建国身份证号是四四零三零六一九八五零七二三一六三五
        快递小哥你好我住在朝阳区望京西园三区三一二号楼二单元五零一到了打我电话一三九一二六八四七五三
        医生说我爸张德明的肺部ct有个两厘米的结节要做穿刺活检
        我要报警我老婆刘芳失联两天了她手机是一八六零七七五二三一九
        我的银行卡号六二二二零二一六零二零零四四八八三七七开户人李秀英工商银行
        语音转文字小陈你的车牌粤b七k五二九被拍了违停记得去处理
        客服你好我的护照号是e八八三四二六一七名字叫赵磊想改签机票
        我微信号是 chenxiaoyu_0915 你加我一下我是陈小雨
        病人周桂兰七十二岁糖尿病二十年了现在住幸福路一百零八号三栋二零二
        那个叫孙浩的人欠我五万块钱他身份证三二零一零二一九九零零一零一四八七x
        你好我是美团骑手请问是杨丽华女士吗手机一五八零二一三八八三二您的外卖到楼下了
    """),
    "zh-Hant": _lines("""
        喂你好我係陳志豪嘅太太佢身份證號碼係y三四五六七八括號九
        醫生講我阿媽李美琪有早期柏金遜要開始食藥
        送貨師傅我地址係沙田第一城三十二座十八樓g室電話九六三一四七二八
        我嘅台灣身分證字號係f二二六四零八五三一名叫蔡佩珊
        澳門身份證一五二三四八七括號三黃家樂想查詢社保供款
        報警我阿仔張浩然十五歲今朝出咗門到而家都未返佢電話係六七八九二三四一
        我架車車牌係lw八三二七上個禮拜喺旺角畀人刮花車主叫吳家偉
        我在台北的地址是大安區復興南路一段三百九十號七樓之二收件人林怡君電話零九三二五一七六八四
    """),
    "mixed": _lines("""
        hello ah boss this customer name tan bee hoon handphone nine seven three two eight one five four she say deliver after six pm
        我的 ic number 是 eight eight zero three one five dash one four dash five five two three 然后 name 是 lee mei fong
        doktor cakap my mother madam koh ah lian ada 糖尿病 then her blood pressure also high ah
        那个 police 问我 the guy's plate number 我说是 jqp 四四一八 他的名字叫 ahmad zulkifli
        okay so my nric is t zero one two three four five six j eh no wait t zero one seven seven two four one j
        bro 你帮我转账去这个 account 啦 cimb 八零零零 四三二一 九八 name wong kah meng
        rider ah saya dah sampai blok 五百二十三 jurong west street fifty two unit 是 hash zero nine dash three four four right ms nur aqilah
        call centre 这边 verify 一下 你的 date of birth 是 nineteen ninety two april fifth 然后 email 是 kelly.chua92 at hotmail dot com 对吗
        我朋友 siti nabilah 的 instagram 是 at siti dot nabilah dot ar 她最近 depression 很严重
        我的 passport 是 ea 四八二七一九三 name 是 huang zhiqiang 下个月要 renew
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "can you clean up this asr transcript from our call centre, just fix punctuation"),
        ("assistant", "Sure, paste the transcript and I'll tidy it up."),
        (
            "user",
            "agent thank you for calling may i have your full name caller yeah it's nicholas yeo boon hock",
        ),
        ("user", "agent and your nric please caller s nine one two two eight four seven f"),
        (
            "assistant",
            "Agent: Thank you for calling, may I have your full name? Caller: Yeah, it's Nicholas Yeo Boon Hock. "
            "Agent: And your NRIC, please? Caller: S9122847F.",
        ),
    ],
    [
        ("user", "tolong tukar voice note ni jadi ayat yang kemas"),
        ("assistant", "Boleh, tampal transkrip voice note tu di sini."),
        (
            "user",
            "mak ni nombor baru adik zul kosong satu satu dua lima enam tiga empat lapan sembilan dia dah pindah "
            "ke no lapan jalan kenanga dua taman sri muda shah alam",
        ),
        (
            "assistant",
            "Mak, ini nombor baru Adik Zul: 011-2563 4891. Dia dah pindah ke No. 8, Jalan Kenanga 2, "
            "Taman Sri Muda, Shah Alam.",
        ),
    ],
    [
        ("user", "帮我把这段门诊录音整理成病历摘要"),
        ("assistant", "好的，请把转写文本发给我。"),
        (
            "user",
            "医生你叫什么名字 病人何秀珍 医生多大了 病人五十四 身份证是三七零二一二一九七一零六零九二八四六",
        ),
        ("user", "医生最近怎么了 病人就是一直咳嗽还咳血 医生先去拍个胸片怀疑是肺结核"),
        (
            "assistant",
            "病历摘要：患者何秀珍，女，54岁。主诉持续咳嗽伴咯血，初步怀疑肺结核，建议胸片检查。",
        ),
    ],
    [
        ("user", "呢段係報警熱線嘅錄音轉寫 幫我整理下"),
        ("assistant", "可以，請貼上轉寫內容。"),
        ("user", "警員你好邊度報案 市民我喺觀塘翠屏邨翠楠樓一五零八室 我老公梁國強飲醉酒打人"),
        ("user", "警員你嘅電話 市民五一二三八七六四"),
        (
            "assistant",
            "報案人住觀塘翠屏邨翠楠樓1508室，指丈夫梁國強醉酒後使用暴力，聯絡電話5123 8764。",
        ),
    ],
    [
        ("user", "driver call transcript need to log the address properly"),
        ("assistant", "Go ahead, paste it."),
        (
            "user",
            "driver hello 我是 lalamove 的 driver 你是 mr jason lau 吗 customer yes yes "
            "driver 我到了 block 三百一十 clementi avenue four 你几楼 customer ten floor unit one one eight",
        ),
        ("assistant", "Logged: Jason Lau, Blk 310 Clementi Avenue 4, #10-118."),
    ],
    [
        ("user", "summarise this consult recording in two lines please"),
        (
            "user",
            "doctor morning mrs fernandez so your biopsy results came back and i'm afraid it is breast cancer stage two "
            "patient oh god okay doctor we'll refer you to the oncology team at national cancer centre",
        ),
        (
            "assistant",
            "Mrs Fernandez was told her biopsy confirmed stage 2 breast cancer. She is being referred to the oncology "
            "team at the National Cancer Centre.",
        ),
        (
            "user",
            "add her ic too it's s seven six three three zero two one e and her first name is angela",
        ),
    ],
    [
        ("user", "ni transkrip panggilan bank boleh betulkan ejaan"),
        (
            "user",
            "ejen boleh saya dapatkan nombor mykad tuan pemanggil sembilan satu kosong tiga dua sembilan "
            "sengkang satu empat sengkang enam tujuh kosong satu nama saya mohd faizal bin hamzah",
        ),
        (
            "assistant",
            "Ejen: Boleh saya dapatkan nombor MyKad tuan? Pemanggil: 910329-14-6701, nama saya Mohd Faizal bin Hamzah.",
        ),
    ],
    [
        ("user", "顺丰快递员的语音我听不清 你帮我看看转写"),
        ("assistant", "好的，发过来吧。"),
        ("user", "喂是吴敏吗我是顺丰的你的件到了"),
        ("user", "地址写的是天河区体育西路一百九十一号中石化大厦b座二十三楼二三零八"),
        ("user", "你电话一三七二八八四一零六五一直打不通"),
        (
            "assistant",
            "快递员说吴敏的件已到天河区体育西路191号中石化大厦B座2308，电话137 2884 1065一直打不通。",
        ),
    ],
    [
        ("user", "who is that person in this voice note? i need to call her back"),
        ("assistant", "Please share the transcript and I'll pull out the caller details."),
        (
            "user",
            "hi this is michelle tay from the condo downstairs unit zero three dash zero two "
            "the leak from your bathroom is coming through my ceiling again "
            "call me at eight one two seven five five six zero",
        ),
        (
            "assistant",
            "The caller is Michelle Tay, unit #03-02 downstairs; her number is 8127 5560.",
        ),
    ],
]
