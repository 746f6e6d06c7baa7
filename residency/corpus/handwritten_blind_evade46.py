# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade46: personal data written with emoji, keycaps, flags and pictograms. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade46
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "shop and brand promos"): _lines("""
        🍜 Ah Hock Fishball Noodles is back!! 📍 Blk 51 Old Airport Rd #01-121 ⏰ 7am–2pm, closed Mon 🚫
        ☎️ Customer care: 1️⃣8️⃣0️⃣0️⃣-2️⃣2️⃣5️⃣-5️⃣3️⃣2️⃣4️⃣ (Mon–Fri 9am–6pm) 💬 or chat with us in the app
        🎉 11.11 MEGA SALE 🛒 up to 7️⃣0️⃣% off + free shipping 🚚 above $2️⃣9️⃣ — use code SHIOK11 🔥
        🍗 Colonel Sanders' secret 1️⃣1️⃣ herbs & spices, now in a 🌶️ spicy version at KFC Singapore
        🏪 Tan Tock Seng Hospital retail pharmacy 💊 open 8:30am–8pm daily, 📍 11 Jalan Tan Tock Seng, S308433
        ☕ Mr Bean 🫘 new soya latte 🥛 $2️⃣.8️⃣0️⃣ at all outlets, while stocks last!
        🧁 Pre-orders for our 🎄 log cakes close 15 Dec — order via the website only, no DMs pls 🙏
        🛍️ Your order #️⃣ SG-2️⃣5️⃣1️⃣1️⃣0️⃣7️⃣-8️⃣8️⃣3️⃣1️⃣4️⃣ has shipped 📦 Track it: SPXSG0️⃣4️⃣7️⃣2️⃣9️⃣1️⃣8️⃣3️⃣5️⃣6
        ⭐⭐⭐⭐⭐ "Best laksa in Katong!" — 🍲 328 Katong Laksa, 📍 51 East Coast Rd
        🎟️ Jay Chou 🎤 Carnival World Tour Singapore — 📅 13–14 Jan, 🏟️ National Stadium, tix from S$1️⃣4️⃣8️⃣
        🔔 Reminder: our Raffles City 🏬 outlet closes early at 6pm on 🎆 31 Dec
        🎁 Spend $1️⃣0️⃣0️⃣, get a free 🧸 Hello Kitty plush — limit 1️⃣ per receipt, T&Cs apply
        💇 Salon Ivy & Co. 📞 6️⃣7️⃣3️⃣8️⃣ 2️⃣9️⃣0️⃣1️⃣ — walk-ins welcome ✂️ Tue–Sun 10am–8pm
    """),
    ("zh-Hans", "社交媒体与表情梗"): _lines("""
        📚 读书打卡 Day 1️⃣7️⃣：🐟华《活着》，福贵这一生看得我😭😭😭
        看图猜成语🧩：🐴 ➕ 🚀 ➕ 🌟 ➕ 🏃 答案评论区见👇
        🐒 孙悟空三打白骨精💀，这集小时候看了八百遍📺
        🐟秋雨《文化苦旅》写敦煌那篇🏜️，高中语文老师让我们背过
        🐴云说过：今天很残酷，明天更残酷，后天很美好💡 打工人共勉
        🐑过海🌊？不是，是杨过！《神雕侠侣》里断了一只胳膊那个🦅
        🏮 今晚8️⃣点央视春晚彩排🎆，节目单是不是已经泄露了👀
        ⏰南山院士🩺 当年那句"没有特殊情况不要去武汉"，现在看还是很有分量
        🌏 祝大家元旦快乐🎉 2️⃣0️⃣2️⃣6️⃣ 冲冲冲💪💪
        打卡🦊大姐酸辣粉🍜（胡大姐连锁第3️⃣7️⃣家店），人均¥2️⃣5️⃣，排队半小时
        📷 周末去了🐑家埠木版年画博物馆🏛️，门票¥4️⃣0️⃣，学生半价
        🎤 🐑坤演唱会📅 3️⃣月1️⃣5️⃣日 深圳湾体育中心🏟️，抢票链接放评论区了
        🧧 红包封面兑换码 HB7K2️⃣QX9️⃣M 先到先得，手慢无😜
    """),
    ("en", "dev changelogs and gitmoji"): _lines("""
        ✨ feat(auth): add passkey login 🔐 (#4️⃣1️⃣2️⃣7️⃣)
        🐛 fix: phone field no longer strips the leading `+` (closes #3️⃣8️⃣8️⃣0️⃣)
        🔖 Release v2️⃣.1️⃣4️⃣.0️⃣ — 🚀 faster cold start, 📉 bundle size -1️⃣8️⃣%
        ⬆️ bump pydantic from 2.7.1 to 2.9.2 🤖 dependabot
        🔒 Mask NRIC/HKID in logs: keep the first char + last 4️⃣, replace the rest with `*` 🙈
        📝 docs: example payload `{"name": "<NAME>", "phone": "+65 XXXX XXXX"}` 📄
        🧪 test fixture uses `user_id=0️⃣0️⃣0️⃣0️⃣0️⃣0️⃣0️⃣1️⃣` and `email=test@example.com` ✅
        🔑 commit 9f3c2a7e1b4d0c8f65a2e7d913b04c6f2a8e5d17 signed ✅ GPG key 0xA1B2C3D4E5F60718
        ⏱️ p95 latency 2️⃣4️⃣1️⃣ms → 1️⃣3️⃣8️⃣ms after 🗄️ index on orders(created_at)
        🚑 hotfix: revert 🐘 postgres 16.4 → 16.3, see incident INC-2️⃣0️⃣2️⃣5️⃣1️⃣2️⃣0️⃣4️⃣-0️⃣3️⃣
        🌐 i18n: add 🇲🇾 ms-MY and 🇹🇼 zh-TW locales, thanks to the translators 🙌
        👤 `git config user.name "Build Bot"` 🤖 and `user.email ci-bot@noreply.example.org`
    """),
    ("zh-Hant", "香港台灣公共資訊"): _lines("""
        🚨 緊急求助請撥 9️⃣9️⃣9️⃣；🚑 非緊急救護轉送服務 📞 2️⃣7️⃣3️⃣5️⃣ 3️⃣3️⃣5️⃣5️⃣
        🏛️ 入境事務處總部：📍 將軍澳寶邦路6️⃣1️⃣號入境事務處總部大樓
        🚇 港鐵屯馬綫 ⚠️ 信號故障，列車服務延誤約1️⃣5️⃣分鐘，請預留額外時間
        ☔ 天文台：⚠️ 八號東北烈風或暴風信號 🌀 將於下午4️⃣時2️⃣0️⃣分發出
        🏥 瑪麗醫院急症室 🕐 輪候時間：次緊急 約4️⃣小時，非緊急 約6️⃣小時
        🎓 葛量洪師範學院📚 係香港教育大學嘅前身之一
        🇹🇼 1️⃣6️⃣5️⃣ 反詐騙諮詢專線，接到可疑電話請先查證📞
        📦 國際包裹 RR4️⃣8️⃣2️⃣7️⃣0️⃣3️⃣1️⃣5️⃣6️⃣TW 目前狀態：✈️ 已離開台北航空郵件處理中心
        🏛️ 孫中山紀念館 📍 半山衛城道7️⃣號甘棠第 ⏰ 逢星期四休館
        📈 恒生指數收市 +3️⃣2️⃣1️⃣ 點，報 2️⃣0️⃣,4️⃣8️⃣7️⃣ 點，成交額 1️⃣,3️⃣4️⃣7️⃣ 億元
        🪪 「智方便」登記：帶齊香港身份證 ➡️ 去登記站 ➡️ 影相 📸，唔使預約
        👮 防騙：警方唔會喺電話叫你轉賬💸，有懷疑請打「防騙易熱線」1️⃣8️⃣2️⃣2️⃣2️⃣
        🏫 台北市立建國高級中學 🏀 校慶 1️⃣3️⃣0️⃣ 週年運動會
    """),
    ("ms", "pengumuman dan promosi"): _lines("""
        📢 Hospital Tengku Ampuan Rahimah Klang 🏥 klinik pakar tutup pada 🗓️ 2️⃣5️⃣ Dis (Krismas)
        🕌 Waktu solat Kuala Lumpur 🕐 Subuh 5️⃣:5️⃣8️⃣ Zohor 1️⃣:1️⃣6️⃣ Asar 4️⃣:3️⃣9️⃣ Maghrib 7️⃣:1️⃣2️⃣
        🎓 SK Tun Hussein Onn 📍 pendaftaran murid Tahun 1️⃣ bermula 🗓️ 5 Jan, bawa sijil lahir asal
        🛒 Promosi Mydin 🔥 beras 1️⃣0️⃣kg RM2️⃣6️⃣.9️⃣0️⃣, minyak masak 5️⃣kg RM2️⃣9️⃣.5️⃣0️⃣
        ☎️ Talian Kasih 1️⃣5️⃣9️⃣9️⃣9️⃣ 🤝 24 jam untuk mangsa keganasan rumah tangga
        🚦 Jalan Tun Razak ditutup sementara 🚧 pada 3️⃣1️⃣ Dis untuk perarakan 🎆 Tahun Baru
        🏦 Perhatian: bank tidak akan minta nombor 🔢 TAC atau PIN anda melalui telefon 📵
        📦 Pos Laju: no. penjejakan EP8️⃣2️⃣9️⃣1️⃣0️⃣4️⃣7️⃣3️⃣6️⃣MY sedang dihantar 🚚
        🍛 Nasi Kandar Pelita 🕐 buka 2️⃣4️⃣ jam, cawangan baru 📍 Jalan Ampang
        🇲🇾 Sejarah: Tunku Abdul Rahman 📣 melaungkan "Merdeka!" 7️⃣ kali pada 3️⃣1️⃣ Ogos 1️⃣9️⃣5️⃣7️⃣ 🏟️
        📝 Borang: Nama: __________ 🪪 No. KP: ______-__-____ 📞 Tel: __________
        🏆 Datuk Lee Chong Wei 🏸 legenda badminton negara, 3️⃣ pingat perak Olimpik 🥈🥈🥈
    """),
    ("en", "privacy guidance and templates"): _lines("""
        📋 Hi {{first_name}} 👋 your appointment is on 📅 {{date}} at ⏰ {{time}}. Reply 1️⃣ to confirm, 2️⃣ to reschedule.
        ⚠️ Don't post your 🪪 IC, 💳 card number or 🔑 OTP in this group — admins will delete it 🗑️
        🔐 PDPA tip: collect only what you need ✂️, keep it only as long as you need ⏳, tell people why 📣
        👤 Name: [REDACTED] 📞 Phone: [REDACTED] 📍 Address: [REDACTED] ✅ redacted per policy
        🧾 NRIC format: S/T/F/G/M + 7️⃣ digits + a checksum letter (e.g. S#######A) 📖
        🚨 Scam alert: if someone says they're from MOM and asks for your Singpass 🔑, hang up and call 1️⃣7️⃣9️⃣9️⃣
        💡 Numbers typed as keycaps (1️⃣2️⃣3️⃣) are still phone numbers if they belong to someone — mask them the same way 🙈
        🗂️ Retention: delete ID scans 🪪 within 3️⃣0️⃣ days after account verification ✅
        📬 Access request received 📨 ref DSR-2️⃣0️⃣2️⃣5️⃣-0️⃣4️⃣1️⃣7️⃣ — we'll respond within 3️⃣0️⃣ days ⏳
        ✍️ Email signature template: {Full Name} | {Job Title} | 📧 {email} | 📱 {mobile} | 🏢 Acme Pte Ltd
        🧑‍💼 Hiring: Data Protection Officer 🔒 5️⃣+ yrs exp, S$8k–11k 💰, apply via our careers page 🌐
        📊 Survey: 6️⃣8️⃣% of respondents 🙋 share their phone no. with delivery apps, 2️⃣1️⃣% use a second SIM 📱
        🧍 John Doe / Jane Doe 👫 are the placeholder names used in US court filings ⚖️
    """),
    ("mixed", "sports and flags"): _lines("""
        ⚽ 🇦🇷 3️⃣ – 3️⃣ 🇫🇷 (4–2 pens) 🏆 2022 World Cup final, Messi 🐐 finally lifts it
        🏸 🇲🇾 Lee Zii Jia vs 🇩🇰 Axelsen tonight 🔥 who you got?
        🏊 🇸🇬 Joseph Schooling 🥇 100m fly, Rio 2016, 5️⃣0️⃣.3️⃣9️⃣s Olympic record
        🏓 樊振东🇨🇳 4️⃣-1️⃣ 🇯🇵 张本智和，男单冠军🏆
        🏀 NBA: 🐐 LeBron passes 4️⃣0️⃣,0️⃣0️⃣0️⃣ career points 📈
        🏃 渣打香港馬拉松 🏅 名額 7️⃣4️⃣,0️⃣0️⃣0️⃣，抽籤結果 📅 1️⃣1️⃣月公布
        🥇 SEA Games medal table: 🇹🇭 1️⃣5️⃣7️⃣ 🇻🇳 1️⃣2️⃣3️⃣ 🇮🇩 9️⃣8️⃣ 🇸🇬 5️⃣1️⃣ 🇲🇾 3️⃣4️⃣
        🏎️ Singapore GP 🌃 Marina Bay, fastest lap 1️⃣:3️⃣4️⃣.4️⃣8️⃣6️⃣ 🏁
        🐉 赤柱龍舟賽 🛶 冠軍：香港仔漁民隊 ⏱️ 2️⃣:1️⃣4️⃣.6️⃣
        ⚽ Number 1️⃣0️⃣ 👕 at Liverpool 🔴 now belongs to Alexis Mac Allister
        🏅 Paris 2024 🗼 🇨🇳 4️⃣0️⃣ 🥇 🇺🇸 4️⃣0️⃣ 🥇 — tied for gold 🤝
        🎾 🇨🇳 郑钦文 🥇 巴黎奥运会女单金牌，中国网球历史首金🏆
    """),
    ("zh-Hans", "物流与订单通知"): _lines("""
        📦【顺丰速运】您的快件 SF1️⃣4️⃣0️⃣2️⃣7️⃣7️⃣3️⃣6️⃣5️⃣9️⃣0️⃣8️⃣7️⃣ 已到达【深圳宝安集散中心】🚚
        🛒 订单号 2️⃣0️⃣2️⃣5️⃣1️⃣2️⃣0️⃣4️⃣1️⃣9️⃣3️⃣3️⃣8️⃣0️⃣7️⃣2️⃣ 已发货，预计 📅 1️⃣2️⃣月7️⃣日送达
        🧾 电子发票号码 2️⃣5️⃣4️⃣4️⃣2️⃣0️⃣0️⃣0️⃣0️⃣0️⃣0️⃣0️⃣8️⃣8️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣ 价税合计 ¥3️⃣9️⃣9️⃣.0️⃣0️⃣
        📞 京东客服 9️⃣5️⃣1️⃣1️⃣8️⃣，🕐 7×24小时在线
        🏪 丰巢快递柜 📍 幸福里小区东门，取件码 8️⃣2️⃣4️⃣6️⃣1️⃣7️⃣，请在 ⏰ 18小时内取件
        🚚 德邦物流温馨提示：大件家具🛋️ 送货上楼按 ¥5️⃣/层 收费
        📮 EMS 1️⃣1️⃣8️⃣3️⃣5️⃣6️⃣2️⃣0️⃣4️⃣7️⃣3️⃣9️⃣4️⃣ 已签收 ✅ 签收方式：智能快递柜
        🍱 外卖订单 #️⃣1️⃣7️⃣ 已出餐，骑手正在赶来🛵 预计 2️⃣5️⃣ 分钟送达
        🔁 退货请寄：📍 江苏省苏州市工业园区星湖街3️⃣2️⃣8️⃣号 优品电子售后中心 📞 4️⃣0️⃣0️⃣-8️⃣8️⃣6️⃣-1️⃣2️⃣1️⃣2️⃣
        ⚠️ 快递员不会索要您的身份证号🪪和验证码🔢，谨防诈骗
        🎁 百亿补贴 📱 iPhone 1️⃣6️⃣ 256G 到手价 ¥5️⃣,4️⃣9️⃣9️⃣
        📊 双十一期间 🛍️ 全网快递揽收量达 6️⃣.7️⃣ 亿件，同比增长 1️⃣2️⃣%
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Lost 🐶 Mochi!! Owner Priya Raghunathan 📞 9️⃣1️⃣7️⃣3️⃣ 4️⃣6️⃣2️⃣8️⃣ 🏠 Blk 412 Tampines St 42 #08-117 S(520412) 🙏 pls call if found, reward 💵
        🎂 Happy 40th to my bro Marcus Teo Jun Hao!! 🥳 born 1️⃣4️⃣/0️⃣3️⃣/1️⃣9️⃣8️⃣6️⃣ at KK and still can't cook 😂
        🏥 update 🙏 Auntie Doris Lim (Lim Siew Hong) starts cycle 3️⃣ of chemo for 🎗️ breast cancer on Mon at NCCS, ward 7B bed 1️⃣2️⃣ — visiting 4-6pm only 💕
        🪪 NRIC 🇸 8️⃣8️⃣2️⃣3️⃣4️⃣1️⃣5️⃣ 🇩 — Kelvin Ong Jia Le, pls key into the tenancy form 📝 before Fri
        📧 jasmine.koh88@gmail.com 📱 +65 8️⃣2️⃣6️⃣4️⃣ 1️⃣9️⃣0️⃣5️⃣ — that's me, Jasmine Koh, for the Carousell 🛋️ sofa pickup this Sat
        pls email Chua Wei Ling (finance exec) at weiling.chua 🎯 gmail 🔘 com 👈 🎯 = @, 🔘 = dot, she hates spam bots 🤖
        💳 4️⃣5️⃣3️⃣2️⃣ 1️⃣8️⃣9️⃣0️⃣ 7️⃣7️⃣6️⃣6️⃣ 4️⃣1️⃣2️⃣6️⃣ exp 0️⃣8️⃣/2️⃣8️⃣ — mum's card (Helen Fong), only for the 🛫 Bali booking ok
        💰 Offer for Jonathan Seah 🤝 S$ 7️⃣,8️⃣0️⃣0️⃣/mth + 2️⃣ months AWS 🎉 start 🗓️ 2 Jan — pls keep 🤫 till HR announces
        ⚖️ saw at State Courts 👀 my neighbour Rajesh s/o Ganesan charged w/ 🍺 drink driving, case DAC-9️⃣1️⃣4️⃣2️⃣7️⃣0️⃣-2025, next mention 1️⃣9️⃣ Jan 😬
        🚗 SKP 4️⃣8️⃣2️⃣1️⃣ H (silver Vios) belongs to Mdm Ho Lai Fong at #05-22 Blk 108 Bishan St 12, keeps blocking my lot 😤
        🇯​🇪​🇳​🇳​🇾 🇱​🇮​🇪​🇼 📞 9️⃣3️⃣0️⃣5️⃣ 6️⃣7️⃣1️⃣8️⃣ 🏡 Blk 88 Lor 4 Toa Payoh #11-204 — for the 🍱 tingkat delivery
        🅼🅴🅻🆅🅸🅽 🆃🅰🅽 from #07-31 owes $3,600 rent, 3️⃣ months 😡 his IC ends 4️⃣1️⃣5️⃣J, anyone know where he moved?
        👵 Grandma Tay Ah Mui 🎂 turns 9️⃣0️⃣ on 2️⃣8️⃣ Dec 🎉 she has 🦴 osteoporosis so lunch is at home, 📍 1️⃣5️⃣ Jalan Kembangan, S419126
    """),
    "zh-Hans": _lines("""
        🐟先生（🐟建平）📞 1️⃣3️⃣8️⃣ 2️⃣7️⃣1️⃣6️⃣ 4️⃣4️⃣9️⃣0️⃣，快递📦放门口就行，别敲门孩子在睡觉
        📢寻人启事🙏 🐑秀兰，女，7️⃣3️⃣岁，患阿尔茨海默症🧠，12月3日在武汉市武昌区中南路走失，穿🟥红色棉袄，家属电话 1️⃣5️⃣9️⃣0️⃣2️⃣1️⃣3️⃣7️⃣7️⃣8️⃣5️⃣
        🪪 4️⃣4️⃣0️⃣1️⃣0️⃣6️⃣1️⃣9️⃣8️⃣8️⃣0️⃣5️⃣2️⃣3️⃣2️⃣4️⃣1️⃣8️⃣ 🐻志强 帮我订下周五去深圳北的🚄 二等座，靠窗🪟
        群公告📣 阳光花园3️⃣栋2️⃣单元5️⃣0️⃣1️⃣的⏰晓梅家孩子🤒出水痘了，这周大家别串门哈
        💳 6️⃣2️⃣2️⃣8️⃣ 4️⃣8️⃣0️⃣0️⃣ 1️⃣9️⃣3️⃣7️⃣ 4️⃣6️⃣5️⃣8️⃣ 农行 户名🐴丽娟，房租🏠直接转这个卡，备注房号就行
        💰工资条🧾 🦊建国 11月实发 ¥1️⃣8️⃣,6️⃣4️⃣0️⃣.0️⃣0️⃣，个税 ¥1️⃣,2️⃣3️⃣5️⃣，别外传🤐
        🏠收件人：🐷婷婷 📍上海市浦东新区张杨路1️⃣5️⃣0️⃣0️⃣弄3️⃣号1️⃣0️⃣2️⃣室 📱1️⃣8️⃣6️⃣7️⃣5️⃣3️⃣1️⃣0️⃣9️⃣2️⃣6️⃣
        加我🛜微信 xiaoyu_1️⃣9️⃣9️⃣9️⃣0️⃣1️⃣1️⃣4️⃣ 我是🐟晓雨，在杭州西湖区上班，想租你那套一居室🛏️
        ⚖️听说隔壁单元的🌬️国强欠钱被起诉了，判决书(2024)川0107民初8️⃣8️⃣2️⃣1️⃣号，要还2️⃣3️⃣万😱
        🎫 乘车人：🍃海萍 证件 3️⃣5️⃣0️⃣2️⃣0️⃣3️⃣********1️⃣1️⃣6️⃣7️⃣ 车次 G1️⃣6️⃣0️⃣8️⃣ 0️⃣7️⃣车1️⃣2️⃣F，我帮你值机了✅
        🚗 粤B·7️⃣K3️⃣2️⃣8️⃣ 车主⚡振华，天天停消防通道🚒，他住9️⃣栋，谁有他电话？
        🐮大爷（🐮德福）昨晚🚑进了华西医院ICU，急性心梗💔，儿子🐮伟在群里问谁能献💉O型血
        📞①⑤⑧⓪⑥⑦③②④⑨① 找🍑师傅（陶建军）修空调❄️，他就住我们小区⑧栋，报我名字打八折
        帮🐟晓雨报名🏃‍♀️杭马：身份证 3️⃣3️⃣0️⃣1️⃣0️⃣6️⃣1️⃣9️⃣9️⃣9️⃣0️⃣1️⃣1️⃣4️⃣5️⃣7️⃣2️⃣7️⃣，紧急联系人🐟妈 1️⃣3️⃣5️⃣8️⃣8️⃣4️⃣2️⃣0️⃣6️⃣1️⃣7️⃣
        🇼​🇦​🇳​🇬 🇱​🇪​🇮 📧 wanglei_sz@163.com，在🐧鹅厂做后端，月薪💰4️⃣万+，身高1️⃣7️⃣8️⃣，相亲资料💘
        ⚠️ 我的身份证 3️⃣2️⃣0️⃣1️⃣0️⃣2️⃣1️⃣9️⃣9️⃣3️⃣0️⃣4️⃣0️⃣4️⃣2️⃣8️⃣7️⃣X 被人拿去借了网贷😭 我是🐻磊，南京玄武区的，大家别信
    """),
    "zh-Hant": _lines("""
        我部🎧 AirPods Pro 唔見咗🥲 拾獲請WhatsApp 梁❤️怡（梁心怡）📱 6️⃣3️⃣8️⃣1️⃣ 2️⃣2️⃣0️⃣7️⃣ 🙏 有酬謝💰
        🪪 身份證 A4️⃣8️⃣2️⃣9️⃣1️⃣3️⃣(4️⃣) 黃🌙儀 — 填保險表用，唔好send錯group🙈
        🏠 送貨地址：九龍觀塘秀茂坪寶達邨達喜樓2️⃣1️⃣樓2️⃣1️⃣0️⃣8️⃣室 🐟太 📞 9️⃣2️⃣7️⃣6️⃣ 5️⃣0️⃣1️⃣3️⃣ 🚪按門鐘冇人就放門口
        🏥 阿爺⏰志雄喺伊利沙伯醫院洗腎💉 逢一三五，星期三我哋邊個得閒陪佢？🙋
        🆔 🌳🌳雅君（林雅君）身分證字號 A2️⃣1️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣8️⃣，健保卡補辦📄要用，幫我填一下
        📲 LINE: bear_0️⃣9️⃣2️⃣5️⃣ / 手機 0️⃣9️⃣2️⃣8️⃣-4️⃣1️⃣7️⃣-0️⃣9️⃣3️⃣ 熊佩珊🐻 台中西屯區家教📚 數學英文都可以
        ⚖️ 勞資審裁處 🐑家輝（楊家輝）告前僱主欠薪 💰2️⃣8️⃣萬，案件編號 LBTC 3️⃣4️⃣1️⃣7️⃣/2024，下個月開審
        🚙 RK 6️⃣0️⃣3️⃣8️⃣ 嘅司機🐴生喺屯門三聖邨停車場撞咗我部車仲走咗😡 有冇人識佢？
        👤 客戶：🦊 Ka Ming（胡家明）HKID K3️⃣0️⃣5️⃣7️⃣1️⃣8️⃣(6️⃣) 📧 kaming.wu@netvigator.com 🏦 開戶文件齊✅
        💊 🐟阿嬤（余秀鳳）糖尿病🩸 每日打胰島素2️⃣次，住🏠台南市東區崇學路1️⃣2️⃣巷7️⃣號，居服員逢二四到府
    """),
    "ms": _lines("""
        📢 Hilang!! 👦 Muhammad Aiman bin Rosli, 9️⃣ tahun, baju 🟡 kuning, kali terakhir dilihat di Taman Melawati petang tadi. Hubungi ayah 📞 0️⃣1️⃣9️⃣-6️⃣6️⃣5️⃣ 2️⃣0️⃣8️⃣3️⃣ 🙏
        🪪 IC 8️⃣8️⃣0️⃣4️⃣1️⃣2️⃣-1️⃣4️⃣-5️⃣6️⃣3️⃣3️⃣ — Faizal bin Othman, tolong isi borang 📝 KWSP i-Akaun
        🏠 Alamat: No. 2️⃣3️⃣, Jalan SS 2/7️⃣5️⃣, 47300 Petaling Jaya — Puan Siti Khadijah bt Ahmad 📱 0️⃣1️⃣7️⃣-2️⃣2️⃣0️⃣4️⃣ 8️⃣6️⃣1️⃣
        🤲 Mohon doa utk mak saya Hajah Rohani binti Ismail, disahkan 🎗️ kanser usus tahap 3️⃣, skrg di HKL wad 7️⃣ 😢
        💸 Transfer ke Maybank 🏦 1️⃣6️⃣2️⃣0️⃣ 4️⃣4️⃣8️⃣9️⃣ 3️⃣1️⃣7️⃣2️⃣ a/n Nur Izzati bt Hassan, duit kek 🎂 RM1️⃣8️⃣0️⃣ ye
        Slip gaji 🧾 Arul a/l Muthusamy — gaji pokok RM 4️⃣,2️⃣5️⃣0️⃣, potongan PERKESO RM 2️⃣1️⃣.2️⃣5️⃣, KWSP RM 4️⃣6️⃣8️⃣ 🤫
        🚘 WXY 8️⃣2️⃣3️⃣1️⃣ Myvi 🟥 merah, milik Cikgu Zulkifli Blok C Flat Sri Kenari, asyik parking depan pagar rumah saya 😤
        ⚖️ Jiran kami Lee Chee Keong, 4️⃣2️⃣, didakwa di Mahkamah Sesyen Shah Alam 💊 dadah, kes BA-6️⃣2️⃣-1️⃣3️⃣5️⃣-0️⃣9️⃣/2025
        🛂 Pasport 🇲🇾 A4️⃣0️⃣1️⃣7️⃣2️⃣9️⃣3️⃣8️⃣ — Nurul Hidayah bt Kamal, tamat 1️⃣1️⃣/0️⃣6️⃣/2️⃣0️⃣2️⃣9️⃣, utk visa 🇯🇵
        Emel 📧 amirul.hakim95 ＠ 🅶🅼🅰🅸🅻 . com — Amirul Hakim, pelajar UiTM Shah Alam, nak sewa bilik 🛏️ dekat Seksyen 7
        Nombor IC anak saya 👧 Aisyah Humaira 1️⃣5️⃣0️⃣3️⃣0️⃣8️⃣-1️⃣0️⃣-0️⃣6️⃣4️⃣2️⃣ utk daftar 🏫 tadika KEMAS
        🇸​🇺​🇷​🇮​🇦​🇳​🇮 ~ 📞 0️⃣1️⃣1️⃣-2️⃣0️⃣8️⃣7️⃣ 4️⃣4️⃣3️⃣1️⃣ ~ 🏠 Kampung Baru, KL — tukang jahit baju raya 🧵 buat kat rumah
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "帮我把这串emoji翻译成正常数字：1️⃣3️⃣9️⃣5️⃣8️⃣0️⃣0️⃣2️⃣7️⃣6️⃣1️⃣"),
        ("assistant", "翻译结果是：13958002761。"),
        ("user", "谢谢😊 这是我老婆🐑静的新号，我要存通讯录，备注写啥好"),
        ("assistant", "可以备注为「老婆 杨静❤️」，简单又好找。"),
    ],
    [
        ("system", "You are an onboarding assistant for Lumen Analytics Pte Ltd. Be concise."),
        ("user", "🆕 new joiner, pls create profile 👇"),
        ("user", "👤 Tan Wei Jie 🪪 🇸 7️⃣7️⃣0️⃣1️⃣3️⃣4️⃣9️⃣ 🇯 🎂 0️⃣3️⃣/0️⃣9️⃣/1️⃣9️⃣7️⃣7️⃣ 🏦 POSB 1️⃣8️⃣2️⃣-3️⃣9️⃣1️⃣8️⃣4️⃣-6️⃣ 💰 S$6️⃣,2️⃣0️⃣0️⃣"),
        (
            "assistant",
            "Profile drafted ✅ Please confirm the bank account before the payroll cut-off.",
        ),
    ],
    [
        ("user", "hi can your agent call me back re: the 🏠 HDB resale at Punggol?"),
        ("assistant", "Sure! Please share your name and a contact number 📞"),
        ("user", "Nur Aqilah, 9️⃣6️⃣1️⃣8️⃣"),
        ("user", "0️⃣4️⃣7️⃣2️⃣ after 6pm pls, I'm at work till then 🙏"),
        ("assistant", "Noted 👍 an agent will call after 6pm."),
    ],
    [
        ("user", "Salam, barang saya 📦 belum sampai, tracking NLMY0️⃣0️⃣4️⃣8️⃣2️⃣7️⃣1️⃣9️⃣3️⃣"),
        ("assistant", "Maaf atas kelewatan. Boleh sahkan alamat penghantaran?"),
        (
            "user",
            "🏠 No. 1️⃣4️⃣, Lorong Mawar 3️⃣, Taman Bukit Indah, 81200 Johor Bahru. Penerima Siti Aminah binti Yusof 📱 0️⃣1️⃣3️⃣-7️⃣7️⃣0️⃣ 2️⃣1️⃣4️⃣8️⃣",
        ),
        ("assistant", "Terima kasih, kami akan hubungi kurier 🚚."),
    ],
    [
        ("system", "你係一個幫業主草擬租約嘅助手。"),
        ("user", "租客資料：🐟 Wing Yan（余詠欣）HKID Y6️⃣2️⃣7️⃣0️⃣4️⃣4️⃣(A)"),
        ("user", "單位：🏢 荃灣綠楊新邨C座1️⃣8️⃣樓F室，月租 💰1️⃣6️⃣,8️⃣0️⃣0️⃣"),
        ("assistant", "收到，租約第一條草稿：業主同意將上述單位租予余詠欣女士，租期兩年……"),
    ],
    [
        ("user", "Can you help me write text for a 🎂 party invite? it's for my daughter"),
        ("assistant", "Of course! What's her name, age and the party details?"),
        (
            "user",
            "🐟 Si Qi (Yu Si Qi), turning 8️⃣ 🎈 Sat 13 Dec 2-5pm at our place 📍 Blk 2️⃣3️⃣8️⃣ Compassvale Walk #1️⃣2️⃣-4️⃣6️⃣, RSVP to me 📱 8️⃣7️⃣2️⃣0️⃣ 1️⃣9️⃣5️⃣3️⃣",
        ),
        (
            "assistant",
            "🎉 You're invited to Si Qi's 8th birthday party! 🎈 Saturday 13 Dec, 2–5pm.",
        ),
    ],
    [
        ("user", "搬家报价🚚 从 📍 成都市武侯区桐梓林北路6️⃣号7️⃣栋1️⃣单元1️⃣5️⃣0️⃣2️⃣ 搬到高新区天府三街"),
        ("assistant", "请问大概有多少家具，需要拆装吗？方便留个联系方式吗？"),
        ("user", "两室一厅，有台钢琴🎹。联系人🐟先生 1️⃣8️⃣0️⃣8️⃣1️⃣2️⃣6️⃣3️⃣4️⃣5️⃣0️⃣"),
        ("user", "全名🐟浩然，身份证后四位0️⃣0️⃣3️⃣0️⃣，物业登记要用"),
        ("assistant", "好的，已为您安排明天上午上门估价🗓️。"),
    ],
    [
        ("user", "想預約🦷牙科，週六早上還有名額嗎？"),
        ("assistant", "週六 9:30 還有空檔，請提供姓名、身分證字號與電話。"),
        ("user", "熊冠廷，F1️⃣2️⃣0️⃣9️⃣8️⃣7️⃣6️⃣5️⃣7️⃣，0️⃣9️⃣3️⃣3️⃣-6️⃣0️⃣5️⃣-2️⃣1️⃣8️⃣"),
        ("assistant", "已為您預約週六 9:30，請攜帶健保卡🪪。"),
        ("user", "另外我有💉血友病，拔牙要特別注意嗎"),
    ],
    [
        ("system", "You format contact cards with emoji for a CRM export."),
        (
            "user",
            "format this: Grace Ho, 15 Upper Serangoon View #09-33, grace.ho.sg@gmail.com, 91570324",
        ),
        (
            "assistant",
            "👤 Grace Ho\n📍 15 Upper Serangoon View #09-33\n📧 grace.ho.sg@gmail.com\n📱 9️⃣1️⃣5️⃣7️⃣ 0️⃣3️⃣2️⃣4️⃣",
        ),
    ],
    [
        ("user", "my colleague 💼 Kenneth 🐻 (熊家豪) fainted 😵 at the office just now"),
        ("assistant", "I'm sorry to hear that. If he is unresponsive, call 999 immediately."),
        (
            "user",
            "paramedics took him to 🏥 QEH, they said 🍬 hypo — he's type 1 diabetic. his staff no. is 0️⃣0️⃣4️⃣1️⃣7️⃣, do I need to tell HR?",
        ),
        (
            "assistant",
            "Let HR know he was taken to hospital; his medical details are his to share.",
        ),
    ],
]
