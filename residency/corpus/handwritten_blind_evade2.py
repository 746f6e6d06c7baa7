# ruff: noqa: RUF001
"""Blind check set ``blind-evade2``: evasion in chat.

Identifiers written in disguise (digits as English, Malay, Mandarin, Cantonese or
financial-numeral words, full-width or circled digits, emoji keycaps, digits split by
spaces, dashes, underscores or words, zero-width characters and soft hyphens, look-alike
letters, e-mails spelled "at ... dot ...") or spread over several chat turns (partial
values per turn, read-backs by the assistant, corrections in a later turn); and, as hard
negatives, harmless chats that look like that (order and tracking numbers spelled out,
hotlines and public service e-mails, Wi-Fi passwords, room and page numbers, lottery
numbers, scores, example ids in docs). Weighted to Taiwan and Hong Kong (Cantonese).
All names and values are invented; identifiers come from ``residency.corpus.identifiers``.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade2
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "customer service transcript"): _lines("""
        客: 我張單號碼係 A 零 三 八 七 二 九，幾時到？ / 客服: 預計聽日下晝送到，多謝耐心等候。
        客：訂單編號 ２０２６１２０３７７１５ 查不到 / 客服：請確認是否少打一碼，正確應為十四碼。
        客: 物流單號係 SF 一 四 零 七 跟住 三 三 二 一 九 八 / 客服: 已幫你查到，包裹喺沙田站。
        客：請問你們客服信箱是什麼？ / 客服：service[at]xiaomao-shop(dot)com.tw，週一到週五回覆。
        客: 你哋熱線幾多號？ / 客服: 熱線係 二 三 八 八 － 六 六 六 六，朝九晚六。
        客：我要改訂位，代號 Ｑ Ｆ ７ Ｋ ２ Ｘ / 客服：好的，已改到十二月二十四日晚上七點。
        客: 退款幾錢？ / 客服: 一共港幣三百九十八蚊，七至十個工作天退返你張卡。
        客：發票號碼是 ＡＢ－１２３４－５６７８ 對嗎？ / 客服：對，這是雲端發票號碼，可以自行對獎。
        客: 取件碼係咩？ / 客服: 取件碼 ⑦③⑨⑤，去智能櫃輸入就得。
        客：我的會員等級是幾級？ / 客服：您目前是第三級，再消費壹萬貳仟元可升第四級。
        客: 點樣聯絡你哋？ / 客服: 電郵 help at octo-mart dot hk 或者打 一 八 三 三 二 一 二。
        客：序號 S N 零 零 八 ８ ７ Ｘ 可以保固嗎？ / 客服：可以，保固到二〇二七年十一月。
    """),
    ("zh-Hant", "daily chat"): _lines("""
        今晚搭 一 一 八 號巴士定 二 七 一 號？邊架快啲
        高鐵 六 六 三 車次 九 點 零 五 分開，記得早啲去
        樂透號碼 ０３、１１、２２、２８、３５、４１，特別號 ０７，又冇中
        比分三比二，第八十九分鐘入波，正到爆
        咖啡店 Wi-Fi 密碼係 latte 二 零 二 六，大細階要跟
        咖啡廳的 Wi-Fi 密碼：ｍｏｃｈａ８８８８，店員說每月換一次
        我哋住 一 二 零 八 號房，早餐喺二樓
        飯店房號 ⑮⓪⑦，明天十點前退房
        老師：翻到第 一 百 二 十 三 頁，然後做第 四 題
        老師說第三十七頁到四十二頁要背，考試在禮拜五
        約翰福音 三 章 十 六 節，今日團契讀呢段
        一 加 二 乘 三 等於七，唔係九，先乘除後加減
        2️⃣0️⃣2️⃣6️⃣ 最後一日，大家除夕快樂
        六合彩今期號碼：５、１２、１９、２３、３１、４７
        捷運板南線 一 站 一 站 數，到市政府要十三站
        我哋今晚十二點零五分集合，唔好遲到
        臺北一〇一 八十九樓觀景台門票六百元
        今日跑咗 二 十 一 點 一 公里，半馬完成
        三 十 六 號 同 四 十 二 號 波衣已經訂咗
        奶茶店叫號 ８ ８ ７，我嘅仲未到
        他把 ５ ２ ０ 寫成 ⑤②⓪，其實就是我愛你
        電影院四號廳，Ｈ 排 十 二 同 十 三 號位
        桌遊暗號「零九一二」是我們社團成立日期：九月十二日
        我嘅幸運數字係 七，加埋就係 七 七 七
        車牌號碼唔好影，不過 ABC 一 二 三 四 只係例子
        嗰間舖頭電話係 (02) 二七二〇－八八八九，係門市，唔係私人
        活動報名序號 ＥＶ－〇〇一二三，請截圖保存
        我的考試座位號 二 十 五 號，在三樓教室
    """),
    ("zh-Hant", "docs and forms"): _lines("""
        範例：身分證字號格式為一個英文字母加九個數字，例如 A123456789（僅供示範）
        香港身份證格式例子：A123456(3)，請勿填寫真實號碼於測試環境
        表單欄位提示：手機號碼請填 09xx-xxx-xxx 格式，例如 0900-000-000
        產品型號 ＸＺ－９０１２－３４５，保固卡上的序號請勿撕除
        客服信箱 support[at]example(dot)com.tw 只是文件示意
        範例 LINE ID：@brandshop（官方帳號），個人帳號請勿公開
        統一編號為八碼數字，例如 一二三四五六七八，僅為說明用
        請在欄位輸入「零」而不是英文字母「O」，否則系統會報錯
        火車訂票代碼 Ｐ Ｎ Ｒ 七 Ｋ 四 九，請在取票機輸入
        課程代碼 ＣＳ一〇一，教室 Ｅ 棟 三〇五
    """),
    ("zh-Hans", "daily chat"): _lines("""
        客：快递单号是 幺 二 三 四 五 六 七 八 九 零，能查吗 / 客服：已查到，明天派送。
        客：你们客服邮箱是？ / 客服：kefu[at]mianbao-shop(dot)cn，工作日回复。
        坐 三 三 路 公交到 火车站，再换 两 号线
        双色球：红球 〇三 〇九 一四 二〇 二六 三一，蓝球 一二
        比分 壹 比 零，点球决胜
        酒店房间号 八 〇 六，早餐七点到十点
        咖啡店 WiFi 密码：ｃｏｆｆｅｅ２０２６
        老师说翻到第 一 百 零 八 页，做练习 五
        订单金额 叁仟贰佰元整，发票已开
        全国统一客服热线 四 〇 〇 － 八 八 八 － 一 二 三 四，节假日照常
        身份证号码格式示例：十八位，最后一位可能是 X，例如 110101199003077777 仅为示例
        验证码 ①②③④ 已过期，请重新获取（这是界面截图示意）
    """),
    ("en", "daily chat"): _lines("""
        Customer: my order number is W one two nine, eight eight, four zero / Agent: thanks, it ships tomorrow.
        Agent: you can reach us at support at parcelbee dot com, we reply within two business days.
        Tracking: one Z nine nine nine AA one zero one two three four five six seven eight four — that's the sample from the UPS docs
        Take the number one eight bus, then change to the forty-two at Clementi
        The café Wi-Fi password is b-e-a-n-s underscore two-zero-two-six
        We're in room one one zero eight, breakfast is on level two
        Page one hundred and twelve, question four, everyone
        The final score was three-nil, two goals in the last ten minutes
        Lottery picks this week: seven, thirteen, twenty-one, thirty-three, forty, forty-four
        Booking ref: Q as in Quebec, seven, X-ray, two, Lima, nine
        John three sixteen, then Psalm twenty-three
        Example NRIC format: S1234567D (dummy value, do not use)
        Two plus two is four, minus one that's three, quick maths
        Call our hotline 1800 two two two one two one two, open daily
        Your verification code ⑧⑧⑥⑤ is shown only as an example in this screenshot
        Product SKU: KB-zero-one-one-two, the blue variant
    """),
    ("ms", "daily chat"): _lines("""
        Pelanggan: nombor tempahan saya satu dua tiga empat lima / Ejen: terima kasih, sudah disahkan.
        Naik bas nombor tujuh lapan ke Bukit Bintang, lepas tu LRT
        Kata laluan WiFi kedai kopi: kopi tiga tiga tiga
        Bilik hotel kami nombor lima kosong lapan, tingkat lima
        Cikgu kata buka muka surat empat puluh dua, soalan tiga
        Harga semua sekali dua ratus lima puluh ringgit
        Talian khidmat pelanggan satu tiga zero zero, dua dua, satu dua satu dua
        E-mel aduan awam: aduan[at]majlis-contoh(dot)gov.my
        Keputusan perlawanan dua satu, menang tipis
        Contoh format MyKad: 900101-14-XXXX, jangan isi nombor sebenar
    """),
    ("mixed", "daily chat"): _lines("""
        我哋 order number 係 B 七 七 三 zero one，check 下 status 得唔得？
        Wi-Fi password 係 matcha 零 零 七，lowercase 呀
        Room 一 二 一 二 呀，breakfast 七點半 lobby 等
        Bus 一 九 零 then MRT 去 Jurong East，大概 forty minutes
        客服 email 係 hello at dimsum-house dot sg，唔係私人 email
        Lucky draw 號碼 ⑨⑨⑦，我差一個 number 就中
        Page 八十八 to ninety，notes 記得 highlight
        Booking code K P 二 Z 九，check-in 時講就得
        Tracking number 叁 叁 ０ ７ 壹，佢話 out for delivery
        Flight CX 二 五 一，gate 六十 三，boarding 十一點五
        Score 係 二十一比十九，deuce 咗好耐
        Promo code SAVE 二 零，全單八折
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        陳家豪手機 零 九 七 七 四 四 七 一 六 一，有事直接打畀佢
        我電話係 ０９７１－９６８－０３４，LINE 都係用呢個號碼搵我
        林美玲的手機是 09\u200b64\u200b483\u200b778，麻煩晚上再打
        阿俊新號碼：0️⃣9️⃣1️⃣4️⃣6️⃣3️⃣7️⃣4️⃣4️⃣8️⃣，舊嗰個唔用喇
        黃志偉身分證字號 Ｙ１４１４９０３２２，報名表幫我填一下
        我身分證 W 一 一 六 七 三 零 一 六 三，你幫我核對
        許雅婷 身分證：T2631８7430（中間那個是全形）
        佢香港身份證號碼係 G 一 零 七 六 三 四 括號 四
        我 HKID 係 D２５５９５９（６），報名用
        張嘉欣手機：九 七 九 零 跟住 四 一 二 八，WhatsApp 搵佢
        何浩然電話 6７8０-8１6２，返工時間唔好打
        我嘅 email 係 kayan.lau at gmail dot com，有消息通知我
        寄去 chiwai_ng[at]yahoo(dot)com.tw 畀我就得，唔該
        鄭佩珊信箱：pui.shan＠gmail．com
        蔡明哲的信箱 ming\u00adzhe.tsai@hotmail.com，資料寄這裡
        我家電話 (02) 二七五八－三一四六，找吳太太
        LINE ID：lin_yuqi_0321，加我之後跟我說你是誰
        我 LINE 係 ka.ho.wong 七七，加咗話我知
        羅子軒 手機 O9I1-676-496（係零唔係 O）
        王淑芬的身分證是 V２３〇２４〇２７３，請協助掛號
        周文傑 HKID：Q 二 二 五 八 零 七 (九)
        梁詠琪電話：五 一 一 七 － 四 三 六 九，晚上十點後唔好打
        我嘅手機號碼係 ⑨⑦①⑤⓪①⑨②，有急事打嚟
        轉帳去我張卡：陸 貳 零 壹 陸 貳 陸 肆 捌 捌 捌 肆 壹 玖 柒 零，戶名陳偉強
    """),
    "zh-Hans": _lines("""
        李晓东手机 幺 三 二 五 九 五 一 零 九 二 九，快递放门卫
        我手机号 １８８ ５８４５ ７８２０，到了打我
        王静的电话是 156\u200b6770\u200b2054，麻烦联系她
        身份证号 陆肆壹叁贰捌壹玖捌玖零肆零玖零伍零肆，帮我填表
        刘洋身份证：231506 1969 0225 3047，请核对
        我微信号 zhang_hui_1990，手机号 一 七 七 三 四 一 三 五 五 六 一
        工资卡 6２８１ 9６２２ 7７４７ 5８４２，开户行招商银行，户名赵敏
        邮箱 chenlei at qq dot com，简历发这里
        赵磊手机：两 两 ……不对，是 一 五 六 六 零 五 二 六 八 零 九
        杨帆的身份证号 5309０１１９６５０６０６６１４３，住址见附件
    """),
    "en": _lines("""
        Reach me on oh nine seven eight, one nine nine, three six seven — that's my Taiwan cell, ask for Kevin
        My NRIC is S-2-2-9-8-6-6-2-G, please update the form
        email me at jasmine dot koh at gmail dot com, not the work one
        Daniel Tan's number is eight four five two, four two two four
        My card number is six two zero one, four one eight three, seven one two nine, four four three eight
        Priya's email: priya.nair[at]outlook[dot]com
        Send the contract to marcus\u200b.lim@gmail\u200b.com please
        My HK mobile: nine zero one two, one nine zero nine (WhatsApp)
        NRIC: T０４１２４３９H — that's Wei Ling's, for the insurance claim
        Call Aaron on +65 9 6 1 4 7 6 3 0 after six
    """),
    "ms": _lines("""
        Nombor telefon saya kosong satu tiga, enam dua lima, dua dua empat kosong, nama Aisyah
        No IC saya 991229 - 04 - 9672, tolong isi borang
        Hubungi Encik Faizal di 0１７-７２２ ２１４６ selepas waktu pejabat
        Emel saya nurul.huda at yahoo dot com, hantar resit ke situ
        MyKad Siti: tujuh enam kosong empat satu empat, satu empat, tiga dua sembilan empat
        Nombor Zul: 012_982_4515, WhatsApp sahaja
    """),
    "mixed": _lines("""
        我 IC number 係 971127-14-5532，form 幫我 fill 咗佢
        Kelvin 個 number 係 nine six three four, six seven 六 四，佢喺 SG
        Call 我 0911 676 四 九 六 啦，LINE 都得
        我 email 係 siu.ming 點 chan at gmail 點 com
        NRIC 係 G 零 六 八 一 九 六 五 L，幫我 check 下 booking
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是網購平台的客服助理，用繁體中文回覆。"),
        ("user", "我想改收件電話"),
        ("assistant", "好的，請提供新的手機號碼。"),
        ("user", "前四位 0914"),
        ("user", "後面 772 512"),
        ("assistant", "跟您確認，新號碼是 0914-772-512，對嗎？"),
    ],
    [
        ("user", "幫我記低阿欣個電話"),
        ("assistant", "好，請講。"),
        ("user", "六 七 一 一"),
        ("user", "跟住 零 七 五 四"),
    ],
    [
        ("system", "You are a booking assistant for a clinic in Taipei."),
        ("user", "我要掛號，身分證 W2636"),
        ("assistant", "請提供完整的身分證字號。"),
        ("user", "18541，W263618541"),
    ],
    [
        ("user", "我手機 0958 904 235"),
        ("assistant", "收到，0958-904-235。"),
        ("user", "打錯，最後一個係 4 唔係 5"),
        ("assistant", "已更正為 0958-904-234。"),
    ],
    [
        ("user", "我嘅身份證號碼係 XB 七一零"),
        ("user", "三九二 括號 一"),
        ("assistant", "即係 XB710392(1)，啱唔啱？"),
        ("user", "啱"),
    ],
    [
        ("system", "你是银行客服机器人。"),
        ("user", "我要挂失银行卡"),
        ("assistant", "请提供卡号。"),
        ("user", "6232 9137 4764"),
        ("user", "4685 971"),
        ("assistant", "已为您挂失尾号 5971 的卡片。"),
    ],
    [
        ("user", "我手机号是一五二四六"),
        ("assistant", "还有后面几位呢？"),
        ("user", "九五二七三零"),
    ],
    [
        ("user", "身份证前六位 331402"),
        ("user", "出生日期 19831110"),
        ("user", "后四位 1246"),
        ("assistant", "好的，已登记。"),
    ],
    [
        ("user", "email 我：ho.ka.yan"),
        ("user", "@ 後面係 gmail"),
        ("user", "dot com"),
        ("assistant", "即係 ho.ka.yan@gmail.com，我稍後寄確認信畀你。"),
    ],
    [
        ("system", "You are a helpful assistant."),
        ("user", "my email is wei.jie.tan"),
        ("assistant", "Got it. Which domain?"),
        ("user", "at yahoo dot com dot sg"),
    ],
    [
        ("user", "NRIC: M one six zero four"),
        ("user", "nine seven two N"),
        ("assistant", "Thanks, I have M1604972N on file."),
    ],
    [
        ("user", "My number is 8993"),
        ("user", "then 7677"),
        ("assistant", "Saved as 8993 7677."),
    ],
    [
        ("user", "Nombor saya kosong satu satu"),
        ("user", "enam empat kosong kosong"),
        ("user", "lapan satu tujuh tiga"),
        ("assistant", "Baik, 011-6400 8173, betul?"),
    ],
    [
        ("system", "Anda pembantu pendaftaran klinik."),
        ("user", "IC saya 890726"),
        ("assistant", "Sila beri nombor penuh."),
        ("user", "14 2315"),
    ],
    [
        ("user", "LINE 加我：chen_yu_ting"),
        ("user", "後面再加 0915"),
        ("assistant", "所以 LINE ID 是 chen_yu_ting0915？"),
        ("user", "對"),
    ],
    [
        ("user", "我微信号是 liu_yang"),
        ("user", "下划线 八八"),
        ("assistant", "好的，我加 liu_yang_88。"),
    ],
    [
        ("user", "我電話 零九一九"),
        ("assistant", "然後呢？"),
        ("user", "二五八 九五四"),
    ],
    [
        ("system", "你是補習社嘅行政助理。"),
        ("user", "家長電話 6０6５8６7８"),
        ("assistant", "收到，我會打 6065 8678 搵陳太。"),
    ],
    [
        ("user", "我身分證 R28837"),
        ("user", "1043"),
        ("assistant", "R288371043，已幫你填入。"),
    ],
    [
        ("user", "my card ends 2088"),
        ("assistant", "Please provide the full card number for the refund."),
        ("user", "6211 9732 9448 2088"),
    ],
    [
        ("user", "呢個係我 HKID：E４７９２７０（３）"),
        ("assistant", "多謝，E479270(3) 已登記。"),
    ],
    [
        ("user", "my sg number is nine nine nine four"),
        ("user", "zero zero three three"),
    ],
    [
        ("user", "I'm in KL, call me on 018"),
        ("user", "884 3420"),
        ("assistant", "Okay, 018-884 3420, I'll call after lunch."),
    ],
    [
        ("system", "你係保險公司嘅客服。"),
        ("user", "我老公身份證 L三五七"),
        ("user", "三五九(四)"),
        ("assistant", "即係 L357359(4)，我幫你查保單。"),
    ],
    [
        ("user", "我手機 ０９４１８７９２７４"),
        ("assistant", "好的。"),
        ("user", "寄件人寫林志明就可以"),
    ],
    [
        ("user", "email 寄到 yi\u200bting.huang"),
        ("user", "[at] hotmail [dot] com"),
    ],
    [
        ("user", "收件电话 壹叁叁壹零"),
        ("user", "肆伍叁零壹陆"),
        ("assistant", "13310453016，已保存。"),
    ],
    [
        ("user", "我嘅號碼係 9 0 0 6"),
        ("assistant", "仲有四個字？"),
        ("user", "9 9 6 3，搵 Cathy"),
    ],
    [
        ("user", "身分證 K 二七三"),
        ("user", "一五四"),
        ("user", "三五七"),
        ("assistant", "K273154357，已查到您的預約。"),
    ],
    [
        ("user", "NRIC is S 9 7 6 3"),
        ("user", "7 9 5 D, name Rachel Ong"),
    ],
    [
        ("user", "No telefon: 014-188"),
        ("user", "6661, tanya Puan Rosnah"),
    ],
    [
        ("user", "我台灣號碼 ０９４５"),
        ("user", "三三三"),
        ("user", "一四七"),
        ("assistant", "0945-333-147，稍後簡訊通知您。"),
    ],
    [
        ("system", "你是快遞公司客服。"),
        ("user", "收件人手機 185 1801 7536"),
        ("assistant", "确认一下，185 1801 7563？"),
        ("user", "唔係，最後係 7536"),
    ],
    [
        ("user", "my mykad is 550216"),
        ("user", "zero one, one seven six two"),
    ],
    [
        ("user", "HKID 係 O 四二九八四二"),
        ("assistant", "括號入面係咩？"),
        ("user", "零"),
    ],
    [
        ("user", "e-mail 係 pui_yee.lam"),
        ("assistant", "@ 之後呢？"),
        ("user", "ｎｅｔｖｉｇａｔｏｒ．ｃｏｍ"),
    ],
]
