"""Templates of records that carry personal information, per language and genre.

A template is ``(genre, body)``: ``body`` is a string (a ``{"id", "text"}`` record) or a
list of ``(role, content)`` pairs (a ``{"id", "messages"}`` chat).  Placeholders such as
``{CN_MOBILE}`` or ``{NAME_ZH}`` are filled by :mod:`residency.corpus.generator`;
``{NAME_ZH#1}`` repeats the same value within one record.  Hard-negative placeholders
(``{ORDER}``, ``{PRICE}`` ...) are filled too but carry no label.

Each list is split by position (even: ``dev``, odd: ``holdout``), so the holdout corpus is
made of sentences the detectors were never tuned on.
"""

from __future__ import annotations

Body = str | list[tuple[str, str]]
Template = tuple[str, Body]

ZH_HANS: list[Template] = [
    (
        "ticket",
        "您好，我叫{NAME_ZH}，订单{ORDER}一直没有发货，麻烦尽快处理，我的手机是{CN_MOBILE}。",
    ),
    (
        "ticket",
        "【退款申请】用户{NAME_ZH}，身份证号{CN_ID}，申请退还{PRICE}，退款请打到银行卡{CN_CARD}。",
    ),
    ("ticket", "收货地址改成{ADDR_ZH}，收件人{NAME_ZH}，电话{CN_MOBILE}，谢谢！"),
    (
        "ticket",
        "我在你们APP上绑定的手机号{CN_MOBILE}收不到验证码，已经试了三次了，版本是{VERSION}。",
    ),
    (
        "ticket",
        "投诉：快递员态度很差，运单号{TRACKING}，请联系我本人{NAME_ZH}，座机{CN_LANDLINE}。",
    ),
    ("ticket", "实名认证失败，提示证件号码格式不对，可我输入的就是{CN_ID}啊，怎么回事？"),
    ("ticket", "客服你好，{NAME_ZH}的会员卡积分没到账，邮箱{EMAIL}，请回复。"),
    ("ticket", "信用卡{CN_CARD}在{TIMESTAMP}被盗刷{PRICE}，请立即冻结，持卡人{NAME_ZH}。"),
    ("ticket", "发票抬头写个人就行，{NAME_ZH}，寄到{ADDR_ZH}。"),
    ("ticket", "麻烦帮忙查一下，我用{CN_MOBILE}注册的账号被封了，理由不明。"),
    (
        "ticket",
        "我妈{NAME_ZH}今年七十岁，在{ADDR_ZH}独居，之前登记的紧急联系人电话是{CN_MOBILE}，想改成我的。",
    ),
    ("ticket", "快递到了驿站但是取件码丢了，收件手机尾号不方便说，全号{CN_MOBILE}。"),
    (
        "instruction",
        "请把下面这段客户留言改写得更礼貌：\n“你们到底什么时候退钱？我{NAME_ZH}已经打了十次电话，号码{CN_MOBILE}，再不处理就投诉！”",
    ),
    (
        "instruction",
        "从以下文本中提取联系人信息并输出JSON：{NAME_ZH}，住{ADDR_ZH}，手机{CN_MOBILE}，邮箱{EMAIL}。",
    ),
    (
        "instruction",
        "总结这封邮件：{NAME_ZH}老师您好，附件是我的简历，身份证{CN_ID}，有问题请打{CN_MOBILE}联系我。",
    ),
    ("instruction", "翻译成英文：我叫{NAME_ZH}，住在{ADDR_ZH}，工作单位是一家小公司。"),
    (
        "chat",
        [
            ("user", "我的快递到哪了？"),
            ("assistant", "请提供下单手机号，我帮您查询。"),
            ("user", "{CN_MOBILE}"),
        ],
    ),
    (
        "chat",
        [
            ("user", "帮我写一份请假条，我叫{NAME_ZH}，明天要去医院复查。"),
            (
                "assistant",
                "好的，以下是请假条：\n尊敬的领导：本人{NAME_ZH#1}因需前往医院复查，特请假一天。",
            ),
        ],
    ),
    (
        "chat",
        [
            ("user", "绑定银行卡时提示卡号无效：{CN_CARD}"),
            ("assistant", "请确认卡号是否输入完整，并确认该卡已开通银联在线支付。"),
        ],
    ),
    (
        "chat",
        [
            ("system", "你是某电商平台的客服助手。"),
            ("user", "收件人{NAME_ZH}，地址{ADDR_ZH}，能改成下午送吗？"),
            ("assistant", "可以的，已为您备注下午配送。"),
        ],
    ),
    (
        "chat",
        [
            ("user", "我身份证{CN_ID}的实名信息被别人用了，怎么办？"),
            ("assistant", "建议您尽快联系平台客服冻结账户，并向公安机关报案。"),
        ],
    ),
    (
        "chat",
        [
            ("user", "能帮我查一下这个座机{CN_LANDLINE}是哪个城市的吗？我朋友{NAME_ZH}留的。"),
            ("assistant", "从区号看，这是国内的固定电话号码。"),
        ],
    ),
]

ZH_HANT: list[Template] = [
    ("ticket", "您好，我是{NAME_ZHT}，訂單{ORDER}到現在還沒出貨，請盡快處理，手機{TW_PHONE}。"),
    ("ticket", "申請退款：會員{NAME_ZHT}，身分證字號{TW_ID}，金額{PRICE}。"),
    ("ticket", "收件地址請改為{ADDR_ZHT}，收件人{NAME_ZHT}，電話{HK_PHONE}。"),
    ("ticket", "香港身份證{HKID}登記時出錯，請協助更正，聯絡人{NAME_ZHT}。"),
    ("ticket", "我的帳號被盜，綁定的電郵是{EMAIL}，手機{TW_PHONE}，麻煩幫我凍結。"),
    ("ticket", "送貨員打錯電話了，正確號碼是{HK_PHONE}，地址{ADDR_ZHT}。"),
    ("ticket", "您好，家母{NAME_ZHT}的健保卡資料要更新，身分證{TW_ID}，住址{ADDR_ZHT}。"),
    ("ticket", "請問{NAME_ZHT}的保單是否生效？聯絡電話{HK_PHONE}，電郵{EMAIL}。"),
    ("ticket", "信用卡{CN_CARD}被重複扣款{PRICE}，持卡人{NAME_ZHT}，請退回。"),
    ("ticket", "預約維修：{ADDR_ZHT}，冷氣不冷，聯絡{NAME_ZHT}先生 {TW_PHONE}。"),
    ("instruction", "請將以下客戶來信整理成摘要：{NAME_ZHT}表示包裹遺失，希望致電{TW_PHONE}聯絡。"),
    ("instruction", "從下列文字擷取姓名與身分證號：申請人{NAME_ZHT}，身分證字號{TW_ID}。"),
    ("instruction", "請翻譯成英文：我叫{NAME_ZHT}，住在{ADDR_ZHT}，電話是{HK_PHONE}。"),
    ("instruction", "改寫得更正式：嗨，我{NAME_ZHT}啦，東西壞了，打給我{TW_PHONE}。"),
    (
        "chat",
        [
            ("user", "我想更改收件資料"),
            ("assistant", "好的，請提供新的收件人與地址。"),
            ("user", "{NAME_ZHT}，{ADDR_ZHT}"),
        ],
    ),
    (
        "chat",
        [
            ("user", "幫我寫一封自我介紹信，我叫{NAME_ZHT}。"),
            ("assistant", "您好，我是{NAME_ZHT#1}，很高興認識您……"),
        ],
    ),
    (
        "chat",
        [
            ("user", "身份證號碼{HKID}可以用來開戶嗎？"),
            ("assistant", "一般可以，但需要本人攜帶證件正本到分行辦理。"),
        ],
    ),
    (
        "chat",
        [
            ("user", "我的手機{TW_PHONE}一直收到詐騙簡訊"),
            ("assistant", "建議您撥打165反詐騙專線並封鎖該號碼。"),
        ],
    ),
    (
        "chat",
        [
            ("system", "你是銀行客服。"),
            ("user", "卡號{CN_CARD}是我的，為什麼被停用？"),
            ("assistant", "為保障安全，請您致電客服中心核對身分。"),
        ],
    ),
    (
        "chat",
        [
            ("user", "澳門的朋友{NAME_ZHT}讓我寄東西到{ADDR_ZHT}，運費多少？"),
            ("assistant", "寄往港澳的小包一般需三至五個工作天。"),
        ],
    ),
]

EN: list[Template] = [
    (
        "ticket",
        "Hi, my name is {NAME_WESTERN} and my order {ORDER} still hasn't shipped. Please call me on {SG_PHONE}.",
    ),
    ("ticket", "Refund request: customer {NAME_LATIN}, NRIC {SG_NRIC}, amount {PRICE}. Thanks."),
    ("ticket", "Please update my delivery address to {ADDR_SG}. Contact: {NAME_SEAC}, {SG_PHONE}."),
    (
        "ticket",
        "I can't log in. The account email is {EMAIL} and the recovery number is {CN_MOBILE}.",
    ),
    (
        "ticket",
        "Hello team, {NAME_WESTERN} here. My card {CN_CARD} was charged twice for {PRICE} on {TIMESTAMP}.",
    ),
    ("ticket", "Complaint: the courier left my parcel ({TRACKING}) outside. Reach me at {EMAIL}."),
    ("ticket", "Our new hire {NAME_INDIAN} needs building access. IC: {MYKAD}, mobile {MY_PHONE}."),
    (
        "ticket",
        "Could someone phone {NAME_LATIN} back on {HK_PHONE}? She called about invoice {ORDER}.",
    ),
    ("ticket", "Ship the replacement to {ADDR_EN}, attention {NAME_WESTERN}."),
    (
        "ticket",
        "Urgent: my passport renewal form lists the wrong ID, it should be {SG_NRIC}. Name: {NAME_SEAC}.",
    ),
    (
        "ticket",
        "Hi, following up on ticket {ORDER}. You can WhatsApp me at {SG_PHONE} anytime after 6pm.",
    ),
    ("ticket", "Please remove my details from your mailing list: {NAME_WESTERN}, {EMAIL}."),
    (
        "instruction",
        "Summarise this voicemail: \"Hi, it's {NAME_WESTERN}, I'm calling about my subscription, please ring me back on {SG_PHONE}.\"",
    ),
    (
        "instruction",
        "Extract the contact details as JSON from: {NAME_LATIN} lives at {ADDR_SG} and can be reached at {EMAIL}.",
    ),
    (
        "instruction",
        'Rewrite politely: "This is {NAME_WESTERN}. Fix my broken laptop now or refund me. My number is {MY_PHONE}."',
    ),
    (
        "instruction",
        "Translate into Chinese: My name is {NAME_SEAC} and my Hong Kong ID is {HKID}.",
    ),
    (
        "chat",
        [
            ("user", "Where is my parcel?"),
            ("assistant", "Could you share the phone number used for the order?"),
            ("user", "sure it's {SG_PHONE}"),
        ],
    ),
    (
        "chat",
        [
            ("user", "Write a short cover letter for me. I'm {NAME_WESTERN}, a data analyst."),
            (
                "assistant",
                "Dear Hiring Manager, my name is {NAME_WESTERN#1} and I am a data analyst with five years of experience...",
            ),
        ],
    ),
    (
        "chat",
        [
            ("system", "You are a helpful bank assistant."),
            ("user", "My NRIC is {SG_NRIC}, can I open a joint account online?"),
            (
                "assistant",
                "Yes, joint accounts can be opened through the app after both holders verify with Singpass.",
            ),
        ],
    ),
    (
        "chat",
        [
            ("user", "Is {EMAIL} a valid address to use for the tax portal?"),
            ("assistant", "Any working address you control is fine for notifications."),
        ],
    ),
    (
        "chat",
        [
            ("user", "My landlord {NAME_LATIN} wants a copy of my IC {MYKAD}. Is that normal?"),
            (
                "assistant",
                "Landlords may verify identity, but you can ask them to view rather than keep a copy.",
            ),
        ],
    ),
    (
        "chat",
        [
            ("user", "Draft a reminder to {NAME_WESTERN} that rent is due, her email is {EMAIL}."),
            (
                "assistant",
                "Subject: Rent reminder\nHi {NAME_WESTERN#1}, just a friendly reminder that this month's rent is due on Friday.",
            ),
        ],
    ),
]

MS: list[Template] = [
    (
        "ticket",
        "Salam, saya {NAME_MALAY}. Pesanan {ORDER} masih belum sampai. Sila hubungi saya di {MY_PHONE}.",
    ),
    ("ticket", "Permohonan bayaran balik: pelanggan {NAME_MALAY}, No. KP {MYKAD}, jumlah {PRICE}."),
    (
        "ticket",
        "Tolong tukar alamat penghantaran ke {ADDR_MY}. Penerima: {NAME_INDIAN}, tel {MY_PHONE}.",
    ),
    ("ticket", "Akaun saya disekat. Emel berdaftar {EMAIL}, nombor telefon {MY_PHONE}."),
    ("ticket", "Kad {CN_CARD} saya dicaj dua kali sebanyak {PRICE}. Pemegang kad: {NAME_MALAY}."),
    (
        "ticket",
        "Selamat pagi, anak saya {NAME_MALAY} perlu kemaskini maklumat MyKad {MYKAD} dalam sistem sekolah.",
    ),
    ("ticket", "Bungkusan {TRACKING} hilang. Sila telefon {NAME_INDIAN} di talian {MY_PHONE}."),
    ("ticket", "Saya nak batalkan langganan. Nama {NAME_MALAY}, emel {EMAIL}. Terima kasih."),
    ("ticket", "Tuan/Puan, sila hantar invois kepada {NAME_SEAC} di {ADDR_MY}."),
    ("ticket", "Pekerja baru kami {NAME_MALAY} (IC {MYKAD}) perlukan pas masuk pejabat."),
    (
        "instruction",
        'Ringkaskan aduan ini: "Saya {NAME_MALAY}, barang rosak, sila call {MY_PHONE} segera."',
    ),
    (
        "instruction",
        "Terjemahkan ke bahasa Inggeris: Nama saya {NAME_MALAY} dan saya tinggal di {ADDR_MY}.",
    ),
    (
        "instruction",
        "Ekstrak nama dan nombor kad pengenalan daripada teks: Pemohon {NAME_INDIAN}, No. KP {MYKAD}.",
    ),
    (
        "instruction",
        'Tulis semula dengan lebih sopan: "Ni {NAME_MALAY}, refund duit saya, emel {EMAIL}."',
    ),
    (
        "chat",
        [
            ("user", "Parcel saya kat mana?"),
            ("assistant", "Boleh berikan nombor telefon pesanan?"),
            ("user", "{MY_PHONE}"),
        ],
    ),
    (
        "chat",
        [
            ("user", "Tolong tulis surat cuti sakit, nama saya {NAME_MALAY}."),
            ("assistant", "Tuan, saya {NAME_MALAY#1} memohon cuti sakit selama dua hari."),
        ],
    ),
    (
        "chat",
        [
            ("user", "No IC saya {MYKAD}, boleh semak status BR1M?"),
            (
                "assistant",
                "Sila semak melalui portal rasmi dengan log masuk menggunakan akaun anda.",
            ),
        ],
    ),
    (
        "chat",
        [
            ("system", "Anda pembantu khidmat pelanggan."),
            ("user", "Hantar ke {ADDR_MY}, penerima {NAME_MALAY}."),
            ("assistant", "Baik, alamat telah dikemas kini."),
        ],
    ),
    (
        "chat",
        [
            ("user", "Emel {EMAIL} saya tak terima OTP."),
            ("assistant", "Sila semak folder spam atau cuba lagi selepas lima minit."),
        ],
    ),
    (
        "chat",
        [
            (
                "user",
                "Jiran saya {NAME_INDIAN} minta saya bayar bil elektrik dia, nombor dia {MY_PHONE}.",
            ),
            ("assistant", "Anda boleh bayar melalui aplikasi dengan nombor akaun bil tersebut."),
        ],
    ),
]

MIXED: list[Template] = [
    ("ticket", "Hi 客服, 我的 order {ORDER} 还没 ship, pls call me {CN_MOBILE}, thx!"),
    ("ticket", "Boss, my parcel still haven't arrive lah. Contact {NAME_SEAC} at {SG_PHONE} can?"),
    (
        "ticket",
        "Dear CS, 收件人 {NAME_ZH}, address {ADDR_ZH}, mobile {CN_MOBILE}. Please confirm 一下。",
    ),
    ("ticket", "Saya punya refund belum masuk, akaun {CN_CARD}, nama {NAME_MALAY}, tq."),
    ("ticket", "请 update 我的 email 为 {EMAIL}，旧的不用了。ID 是 {CN_ID}。"),
    (
        "ticket",
        "Eh the delivery guy call wrong number again, my HP is {MY_PHONE} ok, not the old one.",
    ),
    ("ticket", "我在新加坡读书, NRIC {SG_NRIC}, 想开一个 student account, 可以吗?"),
    ("ticket", "HKID {HKID} 登記錯咗, please fix, 聯絡 {HK_PHONE}。"),
    ("ticket", "麻烦 check 一下 {NAME_ZH} 的 booking, 她的 WeChat 绑定手机 {CN_MOBILE}。"),
    ("ticket", "Pls send invoice to {EMAIL}, attn {NAME_LATIN}, 谢谢 ya."),
    (
        "instruction",
        "Translate to English: 你好，我是{NAME_ZH}，我的电话是{CN_MOBILE}，住在{ADDR_ZH}。",
    ),
    (
        "instruction",
        "把这段话翻成中文: Hi, I'm {NAME_SEAC}, my NRIC is {SG_NRIC} and my email is {EMAIL}.",
    ),
    ("instruction", "Summarise in English: 客户{NAME_ZHT}表示她的手機{TW_PHONE}收不到驗證碼。"),
    ("instruction", "Terjemahkan ke Mandarin: Saya {NAME_MALAY}, nombor telefon saya {MY_PHONE}."),
    (
        "chat",
        [
            ("user", "帮我 draft 一个 email 给 {NAME_WESTERN}, 说 meeting 改到周五。"),
            (
                "assistant",
                "Hi {NAME_WESTERN#1},\nJust a quick note: our meeting has moved to Friday. 谢谢！",
            ),
        ],
    ),
    (
        "chat",
        [
            ("user", "My mum's phone {CN_MOBILE} keep getting spam calls, 怎么 block?"),
            ("assistant", "在手机设置里打开骚扰拦截，或者使用运营商的防骚扰服务。"),
        ],
    ),
    (
        "chat",
        [
            ("user", "这个 IC {MYKAD} 是 valid 的吗?"),
            ("assistant", "I can't verify identity numbers; please check with JPN directly."),
        ],
    ),
    (
        "chat",
        [
            ("user", "Can help me 写一封信给房东 {NAME_INDIAN}? Rent 已经付了。"),
            ("assistant", "当然可以：\nDear {NAME_INDIAN#1}, 这个月的房租已经转账，请查收。"),
        ],
    ),
    (
        "chat",
        [
            ("user", "我朋友 {NAME_ZHT} 住 {ADDR_ZHT}, 寄 DHL 要几天?"),
            ("assistant", "DHL 寄往台港澳一般两到四个工作日。"),
        ],
    ),
    (
        "chat",
        [
            ("user", "Lost my card lah, number {CN_CARD}, 快帮我 freeze!"),
            ("assistant", "已为您临时冻结，请尽快到柜台补办。"),
        ],
    ),
]

PII_TEMPLATES: dict[str, list[Template]] = {
    "zh-Hans": ZH_HANS,
    "zh-Hant": ZH_HANT,
    "en": EN,
    "ms": MS,
    "mixed": MIXED,
}
