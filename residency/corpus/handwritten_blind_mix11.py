# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix11: spoken-language ASR transcripts (calls, voice assistants, voice notes, meetings) in zh/yue/en/ms and Singlish/Manglish. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix11
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "ivr prompt"): _lines("""
        thank you for calling for mobile enquiries press one for broadband press two to speak to a customer service officer press zero
        please key in your eight digit case reference number followed by the hash key
        your call is important to us the current waiting time is approximately twelve minutes you may also write to us at help at example dot com
        please enter your sixteen digit card number followed by the hash key for your security do not say it out loud
        for english press one 请讲华语请按二 untuk bahasa melayu tekan tiga for tamil press four
        our hotline operating hours are monday to friday nine a m to six p m excluding public holidays
        to report a lost or stolen card press one now or call our twenty four hour hotline at one eight hundred one one one two two two two
        the number you have dialled is not in service please check the number and try again
        you are caller number four in the queue please stay on the line
        to hear this menu again press the star key to return to the main menu press nine
        you have entered order number one one zero two three three eight if this is correct press one to re enter press two
        for testing purposes please dial five five five zero one two three this is a test line only
    """),
    ("en", "radio traffic"): _lines("""
        traffic update at seven forty five there's an accident on the p i e towards changi after the adam road exit two left lanes blocked so expect delays
        on the c t e um heavy traffic from braddell road all the way to the a y e so give yourself an extra twenty minutes
        over at the causeway it's about an hour's jam into johor bahru right now and the second link is slightly better at forty minutes
        a stalled lorry on the a y e near the west coast road exit the tow truck is on the way keep to the right lanes
        road works on bukit timah road outside the former ford factory until the end of the month one lane closed from ten p m to five a m
        the k p e tunnel has reopened after this morning's vehicle breakdown traffic is moving well again
        kl bound traffic on the federal highway is crawling from the subang toll up to mid valley so take the n p e if you can
        and a reminder the e r p gantry on the c t e after braddell is now two dollars during the morning peak
        this is your ninety three point eight traffic watch um it's a wet one so slow down and keep a safe distance
        police are conducting a roadblock on jalan tun razak near the hospital kuala lumpur junction expect slow traffic both ways
    """),
    ("en", "podcast and lecture"): _lines("""
        so when lee kuan yew announced the separation on the ninth of august nineteen sixty five he famously broke down on live television
        okay in today's lecture we'll look at the central limit theorem um basically if you take the mean of enough samples it tends to a normal distribution
        welcome back to the podcast today we're talking about the straits settlements penang malacca and singapore under british rule
        as prime minister lawrence wong said in his national day rally speech housing remains um a key priority for the government
        so the big o of this loop is n squared right because for each i we run j from zero all the way to n minus one
        sun yat sen actually stayed at the villa in balestier a few times which is now the memorial hall you can visit it
        the sha two five six of an empty string starts with e three b zero c four four two so if you see that hash you know the input was empty
        the patient in this case study we'll call her patient a is a woman in her fifties with type two diabetes and um poorly controlled blood sugar
        sherlock holmes of course lives at two two one b baker street which didn't actually exist when conan doyle wrote the stories
        uh next slide the census says about seventy four percent of residents are ethnic chinese thirteen percent malay and nine percent indian
    """),
    ("en", "order readout"): _lines("""
        [agent] okay so your order number is s g two four one one zero eight seven three five and it's already been shipped out [caller] okay thanks
        [agent] the ticket reference is i n c zero zero four five five two one please quote that if you call back
        [agent] the refund of forty nine ninety has been processed to the card ending four two one one it should reflect in five to seven working days
        [agent] can i have your order number please [caller] um it's one one zero two double three nine [agent] thank you i see two items a rice cooker and a kettle
        [agent] your invoice number is i n v dash two zero two six dash zero zero eight one two and the amount payable is three hundred twelve dollars forty cents
        [agent] the firmware on your router should be version three point one four point two if yours is lower please update it first
        [agent] for verification i'll read back the masked number star star star star star star five six seven eight is that right [caller] yah correct
        [agent] your parcel with tracking number s p x s g zero three three four eight eight two one nine is at the pickup point at tampines hub
        [caller] hi i'm calling about flight s q three two one tomorrow is it delayed [agent] let me check sir it's on schedule departing eleven fifty five
        [agent] for your security i will not ask for your pin or o t p at any point during this call [caller] okay good
        [agent] the serial number on the back of the unit should start with c n and then eight digits can you read it to me [caller] c n four one seven seven zero two nine
    """),
    ("en", "singlish recipe and food"): _lines("""
        eh the chicken rice at maxwell food centre ah stall number ten that one the queue damn long one lah but worth it
        okay so for the kaya you need um five eggs two hundred grams of sugar and the coconut milk must be fresh one don't use the box one
        then you add in the sambal two tablespoon ah fry until the oil split out then can put the kangkung already
        for laksa gravy one packet of rempah four hundred ml santan and you simmer for twenty minutes don't let it boil over
        the bak kut teh at rangoon road open until two a m you know that one got the peppery soup teochew style
        steam the fish eleven minutes for six hundred grams then pour the hot oil over the ginger and spring onion can already
        uh then you order at table number twenty three using the q r code the number is on the sticker
        the durian stall in geylang lorong twenty nine sell mao shan wang now twenty eight dollars per kilo cheaper than last week
    """),
    ("zh-Hans", "voice assistant"): _lines("""
        小爱同学 明天上海天气怎么样 要不要带伞
        嘿siri 设一个明天早上七点半的闹钟
        导航到北京南站 呃 避开拥堵的路线
        帮我查一下 那个 G 一 零 二 次列车 几点到 上海虹桥
        播放 周杰伦 的 晴天
        打开 客厅 的 空调 调到 二十六 度
        查一下 快递 单号 S F 幺 四 零 二 六 八 三 九 五 七 七 二 一 到哪了
        今天 人民币 兑 美元 汇率 多少
        提醒我 呃 下午三点 开 部门 周会
        小度小度 上海 迪士尼 乐园 几点 关门
        给我 讲 一个 嗯 孙悟空 三打 白骨精 的 故事
        拨打 中国移动 客服 幺 零 零 八 六
    """),
    ("zh-Hans", "announcement and ivr"): _lines("""
        各位 旅客 请注意 您 乘坐 的 CA 幺 八 幺 幺 次 航班 现在 开始 登机 请 您 到 二十三 号 登机口 登机
        乘客 您好 本次 列车 开往 浦东 国际 机场 下一站 陆家嘴 请 从 右侧 车门 下车
        您好 欢迎 致电 中国 工商 银行 九五五八八 个人 业务 请按 一 信用卡 业务 请按 二
        您 拨打 的 电话 已关机 请 稍后 再拨 sorry the number you dialed is power off
        请 输入 您的 订单号 后 六位 以 井号键 结束
        请 幺 零 八 号 顾客 到 三 号 窗口 办理 业务
        温馨 提示 验证码 请勿 告知 他人 客服 人员 不会 向 您 索要 验证码
        本次 通话 可能 会被 录音 以便 提升 服务 质量
        您好 您 尾号 五六七八 的 手机 本月 话费 余额 为 三十二 元 五角
        那个 今天 的 会议 纪要 我 说 一下 第一 Q 三 的 GMV 同比 增长 百分之 十二 第二 新版本 二 点 三 点 零 下周三 发布
        各位 听众 朋友 这里 是 交通 广播 目前 延安 高架 往 虹桥 方向 车多 缓行
        内环 高架 中山 北路 到 武宁路 之间 发生 一起 追尾 事故 占用 一根 车道 请 过往 车辆 注意 避让
    """),
    ("zh-Hans", "podcast and lecture"): _lines("""
        鲁迅 先生 在 一九 二一 年 发表 了 阿Q正传 那个 阿Q 这个 人物 呢 其实 就是 当时 国民性 的 一个 缩影
        好 同学们 我们 今天 讲 呃 勾股 定理 a 方 加 b 方 等于 c 方
        袁隆平 院士 一辈子 都在 研究 杂交 水稻 他 那句 禾下 乘凉 梦 大家 都 知道
        嗯 这个 函数 的 时间 复杂度 是 O n log n 因为 每一层 都要 遍历 一遍 数组
        这一期 播客 我们 聊聊 那个 苏轼 被 贬 黄州 以后 写 的 赤壁赋
        根据 国家 统计局 的 数据 二零二五 年 全国 居民 人均 可支配 收入 呃 大概 是 四万 多 元
    """),
    ("zh-Hant", "cantonese announcement and radio"): _lines("""
        各位 乘客 下一站 金鐘 轉乘 港島綫 或 南港島綫 請 喺 呢個 站 落車
        交通 消息 而家 紅隧 九龍 往 港島 方向 車龍 去到 漆咸道 大家 盡量 改用 東隧
        獅子山 隧道 往 沙田 方向 有 架 貨車 壞咗 佔用 快綫 請 駕駛 人士 留意
        你好 多謝 致電 香港 電訊 查詢 賬單 請按 一 報告 故障 請按 二
        唔該 請 輸入 你 嘅 八 位數 賬戶 號碼 然後 按 井字鍵
        天文台 已經 發出 八號 東北 烈風 或 暴風 信號 巴士 同 渡輪 服務 會 陸續 暫停
        行政 長官 李家超 今日 喺 立法會 答問 大會 講 咗 房屋 政策 嘅 最新 進展
        張國榮 嘅 風繼續吹 係 一九八三 年 嘅 歌 到 而家 都 好多 人 識 唱
        呃 個 單號 係 H K 七 五 三 二 零 一 四 八 八 你 可以 上網 追蹤
        我哋 嘅 客戶 服務 中心 喺 九龍灣 宏照道 三十三 號 辦公 時間 朝 九 晚 六
    """),
    ("zh-Hant", "cantonese recipe and podcast"): _lines("""
        嗱 今日 教 大家 整 豉油雞 首先 雞髀 用 兩 湯匙 生抽 一 茶匙 老抽 醃 半 個 鐘
        啲 蝦 要 剝殼 挑 咗 蝦腸 先 然後 用 生粉 同 鹽 抓 一 抓 沖水 咁 就 會 爽口 啲
        今集 節目 我哋 講 下 李小龍 喺 九龍塘 嗰 間 屋 後尾 點樣 變成 咗 時鐘 酒店
        咁 臺北 一 ○ 一 喺 二零零四 年 落成 當時 係 全世界 最 高 嘅 大廈
    """),
    ("ms", "ivr and announcement"): _lines("""
        terima kasih kerana menghubungi pusat panggilan kami untuk aduan bekalan elektrik tekan satu untuk bil tekan dua
        sila masukkan nombor akaun anda sebanyak dua belas digit diikuti dengan tanda pagar
        perhatian kepada semua penumpang tren ke kajang akan tiba di platform dua dalam masa tiga minit
        nombor giliran anda ialah A satu dua tujuh sila tunggu di kaunter lima
        panggilan ini mungkin dirakam untuk tujuan latihan dan kawalan kualiti
        untuk semakan baki tekan dua untuk bercakap dengan ejen kami tekan kosong
        laporan trafik lebuhraya utara selatan arah ke selatan sesak dari rawang hingga ke jalan duta
        nombor penjejakan pos laju anda E R satu dua tiga empat lima enam tujuh lapan sembilan M Y
        penerbangan M H lapan lapan ke tokyo narita kini membuat panggilan terakhir di pintu C dua puluh satu
        ingatan jangan kongsikan nombor tac atau kata laluan anda dengan sesiapa termasuk kakitangan bank
    """),
    ("ms", "podcast and recipe"): _lines("""
        podcast kita hari ni pasal sejarah tunku abdul rahman masa laungan merdeka tujuh kali tu kat stadium merdeka
        perdana menteri dalam ucapan bajet dua ribu dua puluh enam umumkan bantuan tunai untuk isi rumah berpendapatan rendah
        okay so resepi nasi lemak hari ni ah santan dua ratus ml daun pandan dua helai garam secubit
        lepas tu tumis bawang merah bawang putih cili kering kisar sampai pecah minyak baru masuk ikan bilis
        macam saya cakap minggu lepas kadar inflasi malaysia bulan oktober sekitar satu perpuluhan tujuh peratus je
        then you all try la kuih seri muka ni lapisan bawah pulut lapisan atas kastard pandan kukus empat puluh minit
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        [agent] can i get your n r i c number please [caller] s eight seven three four two one six f
        hey bro it's me marcus just reminding you my new number is nine one seven four double two eight three save it ah
        A: so who is handling the claim B: that one is mr rajendran from block four five six ang mo kio avenue ten he say his knee surgery still got complications
        um for the h r item aisyah from finance will be on medical leave for three weeks she just got diagnosed with dengue so please don't schedule her for the audit
        [agent] may i confirm your delivery address [caller] blk two one seven bedok north street one hashtag zero five dash two two eight singapore four six zero two one seven
        [agent] and your passport number [caller] k zero four seven one eight two nine c expiry twenty thirty one
        voice note for jia hui the money went to my posb savings one two three four five six seven eight nine don't transfer to the old one
        [caller] i'm calling for my mother lim ah mui she's eighty two she was admitted to tan tock seng ward nine yesterday with a stroke can i visit
        hello this is a message for klaus weber about your appointment at the dermatology clinic on thursday please call us back on plus four nine one seven one five five two three eight one four
        [agent] and the vehicle [caller] s k q four one eight two t grey honda vezel it's parked at my condo at one two jalan kembangan
        [caller] yes my email is wendy dot koh eighty eight at gmail dot com the other one i don't use already
        so the new hire is nurul izzati binti kamal she starts on the third her fin is g five zero six three one two nine q and work pass still pending
        [agent] sir your telegram handle is at jeremy underscore ong nine two right [caller] yah correct that one
        um hi doctor this is about my son ethan chua primary four he has been having seizures again twice this week after the new medication
        okay then the transfer from tan boon kiat to my dbs card four five five seven zero one two zero eight eight three four two seven six five went through already
    """),
    "zh-Hans": _lines("""
        [客服] 请问 您的 身份证 号码 [客户] 呃 四四零三零六 一九八八 零七一二 三四一九
        我 手机号 是 幺三八 二六七四 幺九零五 你 加我 微信 也是 这个 号
        那个 咱们 销售 二部 的 张伟 他 媳妇 上个月 查出来 乳腺癌 现在 在 肿瘤 医院 住着 呢 大家 别 到处 说 啊
        快递 放 北京市 朝阳区 望京 西园 三区 三一二 号楼 二单元 一零二 收件人 王秀英 电话 幺五九 幺零二八 三三七六
        [坐席] 您的 银行卡号 我 再 跟您 核对 一下 六二一七 零零二九 三零五四 六六幺幺
        语音 备忘 明天 去 接 李梓萱 放学 她 班主任 刘老师 电话 幺八六 零二一三 七七四八
        呃 我 微信号 是 x i a o m e i 下划线 幺九九三 你 搜 一下 就 出来 了
        A 我 叫 陈志强 车牌 是 粤 B 八 G 六 二 七 黑色 的 比亚迪 汉 停在 地库 B 二
        那个 我 QQ 是 幺 二 三 八 七 四 五 六 九 零 有 啥事 你 QQ 上 找我
        [客户] 我 妈 叫 赵桂兰 身份证 是 幺幺零幺零八 幺九五六 零九幺五 二二四五 她 今天 来不了
        会议 记录 呃 人事 这边 说 一下 孙丽 下周 开始 休 产假 预产期 是 十二月 二十号
        [坐席] 您 护照号 是 E 七 三 零 四 九 五 幺 八 对吧 [客户] 对 E 开头 的
        我们 楼下 五零二 的 刘阿姨 就是 成都 锦江区 天府 花园 三栋 的 那个 最近 老年痴呆 越来越 严重 昨天 又 走丢 了
        提醒 自己 还 房租 给 房东 周建国 工商 银行 卡号 六二二二 零二幺零 零三幺二 四七五二
        [客服] 您 登记 的 邮箱 是 wang dot lei 八六 at 一六三 dot com 对吗
    """),
    "zh-Hant": _lines("""
        [職員] 唔該 身份證 號碼 [客人] K 四 七 二 八 一 九 括號 A
        喂 阿明 呀 我 新 電話 係 九 四 三 二 幺 八 七 六 你 save 低 佢
        我 住 沙田 禾輋邨 豐和樓 十二 樓 一二零八 室 你 叫 速遞 送 嚟 呢度 就 得 收件人 寫 何家豪
        陳太 個 仔 嘉俊 喺 馬鞍山 讀 緊 中三 醫生 話 佢 有 過度 活躍症 要 定期 覆診
        我 個 Whatsapp 都 係 呢個 號碼 六 七 八 二 五 四 一 三 有 咩 搵 我 啦
        嗯 我 的 身分證 字號 是 F 二 二 六 三 零 九 七 五 七 出生 日期 民國 八十 年
        嗯 那個 我的 LINE ID 是 a m y 點 c h e n 零 三 二 一 你 加 一下
        [職員] 轉數快 號碼 係 咪 你 個 手機 九 一 五 六 三 七 八 二 呀 [客人] 係 呀 收款人 寫 黃美玲
        我 老公 李志偉 上 個 禮拜 喺 瑪麗 醫院 做 咗 心臟 搭橋 手術 而家 仲 喺 深切 治療部
        請 寄 到 臺北市 大安區 和平東路 二段 一百 零六 巷 十 號 三樓 林怡君 收 電話 零 九 二 八 六 一 三 四 七 五
        [職員] 你 嘅 澳門 身份證 號碼 係 [客人] 五 二 一 五 八 三 四 括號 六 我 住 高士德 大馬路
    """),
    "ms": _lines("""
        [ejen] boleh saya dapatkan nombor kad pengenalan [pemanggil] sembilan satu kosong tiga dua lima kosong satu lima lima tujuh lapan
        aiyo bro my ic number is eight eight zero seven one two dash one four dash five three two one you key in for me lah
        nombor telefon saya kosong satu sembilan tiga lapan dua tujuh empat satu enam kalau tak dapat whatsapp je
        [pemanggil] alamat saya nombor dua puluh tiga jalan melati lima taman sri muda seksyen dua puluh lima shah alam
        mak cik saya puan rohana binti ismail dah masuk wad hospital kuala lumpur sebab kencing manis dia teruk sangat
        akaun maybank saya satu lima satu dua tiga empat lima enam tujuh lapan sembilan kosong atas nama ahmad faizal bin rosli
        bro my car plate w x b seven seven two one the myvi you know that one kena saman again at jalan tar
        nota suara ingatkan nurul bayar duit sewa kat tuan rumah encik lim nombor dia kosong satu dua lapan lima tujuh tiga satu sembilan empat
        [ejen] email encik ialah haziq dot rahman sembilan tujuh at yahoo dot com betul [pemanggil] betul
        okay next item kak siti from accounts dia on mc this week sebab baru lepas operation appendix so the claims kena tunggu
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "can you summarise this call transcript for the crm [agent] good morning how can i help [caller] hi um my name is priya nair i'm calling because my aircon servicing never come my number is nine eight two two six one four zero",
        ),
        (
            "assistant",
            "Summary: Customer Priya Nair reported that her scheduled aircon servicing did not take place. Contact number: 98226140. Action: reschedule the servicing and call her back.",
        ),
        ("user", "great also draft a short sms to her apologising"),
    ],
    [
        (
            "user",
            "帮我 把 这段 会议 录音 转写 整理 成 纪要 呃 第一 项目 进度 正常 第二 研发部 的 吴海涛 因为 抑郁症 要 请 一个月 病假 他 的 工作 先 由 小何 接手",
        ),
        (
            "assistant",
            "会议纪要：1. 项目进度正常。2. 研发部吴海涛因病请假一个月，其工作暂由小何接手。",
        ),
        ("user", "病因 那块 要不要 写进去"),
    ],
    [
        (
            "user",
            "幫 我 改 返 呢段 語音 轉文字 啲 錯字 我 叫 梁 凱 晴 身份 證 係 Y 三 零 五 一 二 六 括號 七 想 預約 下 禮拜 三 去 入境處 換 證",
        ),
        ("assistant", "修正後：我叫梁凱晴，身份證係 Y305126(7)，想預約下禮拜三去入境處換證。"),
    ],
    [
        (
            "user",
            "tolong terjemah voice note ni ke english abang kurier tolong hantar barang ke rumah saya nombor lapan jalan kenari tiga bandar puchong jaya nama saya farah aqilah",
        ),
        (
            "assistant",
            "Translation: Hi courier, please deliver the parcel to my house at No. 8, Jalan Kenari 3, Bandar Puchong Jaya. My name is Farah Aqilah.",
        ),
        ("user", "thanks can you make it sound more polite"),
    ],
    [
        (
            "user",
            "clean up this dictated note please um patient mr goh keng swee no not that one mr goh eng hock sixty seven from jurong west st sixty one follow up for c o p d exacerbation his nric s seven six five two three zero eight h",
        ),
        (
            "assistant",
            "Cleaned note: Patient Mr Goh Eng Hock, 67, of Jurong West St 61. Follow-up for COPD exacerbation. NRIC S7652308H.",
        ),
    ],
    [
        (
            "user",
            "我 收到 一条 语音 帮我 提取 收件 信息 那个 寄 到 杭州市 西湖区 文三路 九十 号 东部 软件园 对面 的 小区 七幢 四零一 黄晓燕 手机 幺三九 五七零八 二六一四",
        ),
        (
            "assistant",
            "收件人：黄晓燕；电话：13957082614；地址：杭州市西湖区文三路90号附近小区7幢401",
        ),
        ("user", "地址 格式 再 规范 一点"),
    ],
    [
        (
            "user",
            "幫我把這段 LINE 語音 打成字 嗯 媽 我 是 怡婷 我 的 健保卡 跟 身分證 放 在 家裡 抽屜 身分證 號碼 是 A 二 三 五 八 一 四 二 六 六 你 幫 我 拍 照 傳 過來",
        ),
        (
            "assistant",
            "逐字稿：媽，我是怡婷，我的健保卡跟身分證放在家裡抽屜，身分證號碼是 A235814266，你幫我拍照傳過來。",
        ),
    ],
    [
        (
            "user",
            "punctuate this voice message for me eh later you pick up my girl chloe from nanyang primary at one thirty ok her student card lost so if they ask her ic is t one four five nine zero two seven c",
        ),
        (
            "assistant",
            "Eh, later you pick up my girl Chloe from Nanyang Primary at 1:30, okay? Her student card is lost, so if they ask, her IC is T1459027C.",
        ),
        ("user", "ok now make it less rude"),
    ],
    [
        (
            "user",
            "transcribe this voicemail from my landlord in utrecht hi it's pieter van dijk about the rent please use the new account n l six six r a b o zero three one seven two four five eight zero six",
        ),
        (
            "assistant",
            "Transcript: Hi, it's Pieter van Dijk about the rent. Please use the new account NL66 RABO 0317 2458 06.",
        ),
        ("user", "is that iban format right"),
    ],
]
