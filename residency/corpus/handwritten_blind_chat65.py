# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat65: chats asking an assistant to recover one's own hacked or locked accounts. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat65
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "assistant-chat"): _lines("""
        User: My Instagram got hacked and the hacker changed both the email and the phone. Is there any way back in? Assistant: Yes — on the login screen tap "Get help logging in", then "Need more help?" and follow the video selfie check; Instagram compares it with photos already on your profile.
        User: someone did a SIM swap on me, my phone suddenly shows "SOS only". what do i do first? Assistant: Call your telco from another phone right away to freeze the line, then call your bank's fraud hotline and ask them to block online banking until the SIM is back in your hands.
        User: I lost the phone that had Google Authenticator on it, how do I get into my Gmail now? Assistant: Use one of the backup codes you saved when you set up 2-Step Verification; if you have none, start account recovery from a device and network you have used before.
        User: Is it safe to give the 6-digit code to the "Facebook support" guy on WhatsApp? Assistant: No. Meta never asks for your login codes over chat or phone; anyone who does is trying to take over your account.
        User: What's the actual difference between SMS 2FA and an authenticator app? Assistant: SMS codes can be stolen through a SIM swap or an intercepted message; an app like Authy or Microsoft Authenticator makes the codes on the device itself, so a stolen number alone is not enough.
        User: My mum clicked a parcel link and now her WhatsApp is logged out on her phone. What should she do? Assistant: Re-register WhatsApp with her own number, enter the 6-digit SMS code, then turn on two-step verification with a PIN so the other device is kicked out and can't come back.
        User: Can you write me a checklist for right after an e-wallet scam? Assistant: 1) Call the bank or wallet hotline to freeze the account 2) Change passwords and PINs 3) Make a police report within 24 hours 4) Keep screenshots of every message and every transaction ID.
        User: how long does Meta usually take to reply to a hacked-account report? Assistant: Anything from a few hours to several weeks; submitting the same form many times does not speed it up and can get it flagged as spam.
        User: Jack Dorsey's Twitter account was taken over in 2019 — how did that even happen? Assistant: Attackers got his phone number moved to a SIM they controlled and used Twitter's old SMS-to-tweet feature to post from his account.
        User: Is a passkey really better than password plus OTP? Assistant: For most people, yes — a passkey is bound to the real site's domain, so a phishing page cannot capture it and replay it.
        User: my TikTok says "Too many attempts. Try again later." how long is the lock? Assistant: Usually a few hours and at most about 24 hours; avoid retrying during that window because repeated attempts can extend it.
        User: The hacker turned on 2FA with their own phone. Can I still recover the account? Assistant: Often yes. Most platforms let the owner of the original email reset 2FA after an identity check; look for "Can't use your authentication app?" on the login page.
        User: In the July 2020 Twitter hack, why were Obama's and Elon Musk's accounts posting bitcoin giveaways? Assistant: Attackers social-engineered Twitter staff, reached internal admin tools and hijacked about 130 high-profile accounts to push a crypto "double your money" scam.
        User: Should I pay the guy on Telegram who says he can "unlock any Facebook in 24h"? Assistant: No — paid "recovery services" like that are almost always a second scam; they take an upfront fee and then vanish or ask for more.
        User: For an Apple ID, which is safer, a recovery key or a recovery contact? Assistant: A recovery key gives you full control, but if you lose it Apple cannot help you; a recovery contact is easier for most people because a trusted person's device can generate the code.
        User: can you explain "account takeover" in simple words for my grandparents? Assistant: It's when a stranger gets hold of your login and uses your account as if they were you — reading your messages, spending your balance or asking your friends for money.
        User: Vitalik Buterin's X account got hacked in 2023 — what should normal users learn from that? Assistant: That SMS-based recovery is still weak; where a site lets you use an authenticator app or security key, remove your phone number as a recovery option.
        User: why does my bank's app say "device binding failed" after I reinstalled it? Assistant: Reinstalling wipes the secure token on the phone, so the bank treats it as a new device; re-bind it through the in-app flow or at a branch, and expect a cooling-off period for large transfers.
    """),
    ("en", "template"): _lines("""
        Dear Meta Support, my account [profile URL] was accessed without my permission on [date]. The email was changed to an address I do not own. I attach a photo of my ID and ask that access be restored to [your email].
        SIM swap complaint to your telco (template): "I, [FULL NAME], holder of mobile number [NUMBER], did not request a SIM replacement on [DATE] at [TIME]. Please tell me which outlet and staff ID processed it."
        Police report draft (fill in): On [date] at about [time] I received a call from a person claiming to be from [bank]. I gave the TAC [do not write the code here]. Loss: RM [amount] from account ending [last 4 digits].
        Have this ready before you call the bank: Name as per IC: ________ / Last 4 digits of card: ____ / Time of last genuine transaction: ____ / Transactions you don't recognise: ____
        Subject: Request to reset two-factor authentication for account <username> | Body: I no longer have access to the phone number ending <XXXX>. I can verify through the email address on file.
        Hi [friend's name], my Facebook was hacked yesterday — if "I" message you asking for money or a code, it's not me. Please don't click anything and report the account.
        Group chat template: ⚠️ My WhatsApp number has been taken over since [time]. Do NOT transfer money or send codes to any message from it. I'll post here once I have it back.
        Incident log for your own records — Date | Platform | What happened | Reference no. | Who you spoke to | Next step
        Apple ID locked — checklist: ☐ last password you remember ☐ a trusted device ☐ trusted phone number ☐ recovery key ☐ Account Recovery request number
        Statutory declaration (template): I, ______________ (NRIC/Passport No. ______________), do solemnly and sincerely declare that I did not authorise the transactions listed in Appendix A.
        Letter of authority (sample): I, <account holder's name>, authorise <family member's name> to speak to <bank name> on my behalf regarding case <reference number>.
    """),
    ("en", "notification"): _lines("""
        Security alert: New sign-in to your account from Chrome on Windows, 03 Dec 2026 22:41 (GMT+8), approximate location Kuala Lumpur. If this was you, you can ignore this email.
        Your Meta case number is 1029384756102. Keep it for your records; we'll review your report and get back to you within 30 days.
        Error 403: ACCOUNT_TEMPORARILY_LOCKED — retry_after=86400, request_id=7f3a9c2e-51b4-4d8e-9a0f-2c6e8b1d4a77
        Your verification code is 482913. It expires in 5 minutes. Never share this code with anyone, including our staff.
        totp: issuer=ExampleBank, algorithm=SHA1, digits=6, period=30  # secret is read from the vault at runtime, never hard-coded
        Ticket #INC-2026-118304 | Category: Account takeover | Status: Pending identity verification | SLA: 72h
        Order SHP2612034471MY was cancelled because payment authentication failed. A refund of RM 89.90 will be credited within 3-7 working days.
        We received a SIM replacement request (ref SR-88321047) at 14:02 today. If you did not make this request, call our 24-hour hotline immediately.
        Account Recovery for your Apple ID has started. Estimated date of access: 9 December 2026. Request number 100123456789.
        Google Account: we couldn't verify it's you. For your security, you can try again in 72 hours (request 2P7X-QK4M-9TZL).
    """),
    ("zh-Hans", "assistant-chat"): _lines("""
        用户：微信被冻结了，提示“账号存在异常”，怎么解封？ 助手：在登录页点“紧急冻结/解冻”，按提示完成好友辅助验证或人脸识别；如果是被盗后冻结，建议先改密码再解冻。
        用户：支付宝被盗刷了两千多，第一步做什么？ 助手：马上在支付宝里挂失，拨打官方客服95188冻结账户，同时保留交易截图去派出所报案。
        用户：我的QQ被人改了密码和密保，还能找回吗？ 助手：可以通过QQ安全中心的“帐号申诉”，填写以前用过的密码、常用登录地和好友信息，填得越详细通过率越高。
        用户：手机突然没信号，然后收到一堆银行验证码，是不是被补卡了？ 助手：很可能。请用别的手机打运营商客服（移动10086、联通10010、电信10000）确认有没有人补办你的SIM卡，并立即冻结银行卡。
        用户：有个“京东金融客服”说要帮我注销学生贷，让我共享屏幕，这是真的吗？ 助手：这是典型的“注销校园贷”诈骗，正规平台不会要求共享屏幕或转账，请挂断并拨打96110咨询。
        用户：抖音号被封，说“涉嫌违规”，怎么申诉？ 助手：打开抖音→我→设置→反馈与帮助→账号申诉，按要求上传材料，一般3到7个工作日会有结果。
        用户：Apple ID 显示“已因安全原因被锁定”怎么办？ 助手：访问 iforgot.apple.com，用受信任的手机号码或设备重设密码；都用不了的话就发起“账户恢复”，可能要等好几天。
        用户：有人冒充我在朋友圈借钱，我该怎么办？ 助手：先发一条朋友圈说明账号被盗，再通过微信里的“腾讯110”举报，提醒亲友不要转账。
        用户：国家反诈中心APP到底有什么用？ 助手：可以识别诈骗电话和短信、举报可疑号码，还能查询自己名下办了几张手机卡和几个支付账户。
        用户：手机丢了，谷歌验证器在上面，币安怎么登录？ 助手：用当初保存的备份密钥恢复验证器；没有的话只能走“重置安全验证”流程，上传证件并做人脸验证。
        用户：帮我写一条发到家族群的消息，说我微信被盗了。 助手：【提醒】我的微信今天被盗，凡是用我名义借钱、发链接、要验证码的消息一律不要理会，请直接打电话给我确认。
        用户：被骗以后有人说能“帮忙追回损失”，要先交手续费，可信吗？ 助手：不可信，这是常见的二次诈骗，公安机关追赃挽损不收取任何费用。
        用户：微博被盗，绑定的手机号也被换了，怎么弄？ 助手：通过微博客服的账号申诉提交注册时间、常用登录地等信息，申诉通过后可以重新绑定你自己的手机号。
        用户：淘宝一直提示“异地登录”，是什么意思？ 助手：说明有设备在你不常用的城市登录；如果不是你本人，请立刻修改密码，并在安全中心里下线所有设备。
        用户：听说2G网络下短信验证码会被“嗅探”，是真的吗？ 助手：确实有这种案例，所以重要账户最好不要只靠短信验证码，能用App内确认或安全密钥就尽量用。
    """),
    ("zh-Hant", "assistant-chat"): _lines("""
        使用者：我個 Facebook 俾人盜咗，對方用我帳號同朋友借錢，點算好？ 助理：先去 facebook.com/hacked 嘗試取回帳號，同時用其他渠道通知朋友唔好過數；如有損失可以打防騙易熱線 18222。
        使用者：轉數快過咗錢俾騙徒，仲有冇得追？ 助理：即刻打俾你間銀行要求暫停交易，再報警；警方嘅止付機制有機會喺款項被轉走之前截停。
        使用者：LINE 顯示「已在其他裝置登入」，是不是被盜了？ 助理：很可能。請在手機上用門號重新登入 LINE 取得驗證碼，對方就會被登出；之後到「設定→帳號」關閉「允許自其他裝置登入」。
        使用者：有人自稱中華電信說我的門號要停話，要我按1轉接，是詐騙嗎？ 助理：是常見的假冒電信業者詐騙，請直接掛斷；有疑問可以撥 165 反詐騙諮詢專線。
        使用者：街口支付被盜刷，要先找誰？ 助理：先打街口客服凍結帳戶，再到派出所報案並索取「受（處）理案件證明單」，之後向支付平台申請調查。
        使用者：PayMe 收到陌生裝置登入通知，我應該點做？ 助理：即刻喺 App 入面改密碼、登出所有裝置，再聯絡 PayMe 客服，並開啟生物認證。
        使用者：咩係「SIM卡調包」？ 助理：騙徒冒認你向電訊商申請補發 SIM 卡，成功之後就收到你嘅短訊驗證碼，可以重設你銀行同社交帳戶嘅密碼。
        使用者：Instagram 顯示「你的帳號已被停用」，申訴要等幾耐？ 助理：一般 30 日內會有回覆，期間唔好開新帳號，否則可能被當成規避停權。
        使用者：Google 兩步驗證嘅備用碼應該點樣保存？ 助理：建議列印出嚟放喺安全地方，或者存入密碼管理器；唔好截圖存喺同一部手機入面。
        使用者：165全民防騙網可以查什麼？ 助理：可以查最新詐騙手法、假投資網站名單和高風險賣場，也能在線上報案。
        使用者：幫我擬一封給銀行的信，說信用卡被盜刷，先用佔位符就好。 助理：敬啟者：本人【姓名】，持有貴行信用卡（末四碼【XXXX】），於【日期】發現數筆非本人交易，懇請協助止付並展開調查。
        使用者：WhatsApp 兩步驗證個 PIN 唔記得咗點算？ 助理：可以用你登記咗嘅電郵重設；如果冇設定電郵，就要等 7 日先可以重設。
        使用者：想查一個叫我過數嘅電話係咪騙子，香港有冇工具？ 助理：可以用警方嘅「防騙視伏器」（Scameter），輸入電話號碼、網址或戶口號碼，就會顯示風險評級。
        使用者：蝦皮帳號被盜，還用我綁定的信用卡買東西怎麼辦？ 助理：立刻打給發卡銀行掛失並申請爭議款項，再向蝦皮客服檢舉帳號被盜用，並移除所有已綁定的付款方式。
    """),
    ("ms", "assistant-chat"): _lines("""
        Pengguna: Akaun Touch 'n Go eWallet saya kena hack, duit dah hilang. Apa nak buat? Pembantu: Segera hubungi Careline TNG eWallet untuk bekukan akaun, kemudian telefon NSRC di talian 997 dan buat laporan polis.
        Pengguna: apa sebenarnya NSRC 997 ni? Pembantu: Pusat Respons Scam Kebangsaan — talian untuk mangsa scam kewangan membuat laporan segera supaya bank boleh menyekat aliran wang.
        Pengguna: FB saya kena hack, orang tu dah tukar emel. Boleh dapat balik tak? Pembantu: Boleh cuba melalui facebook.com/hacked; pilih pilihan akaun telah dikompromi dan ikut langkah pengesahan identiti.
        Pengguna: telefon saya tiba-tiba "No Service", takut kena SIM swap. Pembantu: Hubungi telco anda guna telefon lain dan tanya sama ada ada permintaan tukar SIM baru-baru ini; kalau ada, minta disekat serta-merta.
        Pengguna: Macam mana nak aktifkan pengesahan dua langkah WhatsApp? Pembantu: Tetapan → Akaun → Pengesahan dua langkah → Hidupkan, kemudian masukkan PIN 6 digit dan e-mel pemulihan.
        Pengguna: Ada orang mengaku pegawai LHDN suruh saya klik pautan untuk bayaran balik cukai, betul ke? Pembantu: Itu taktik scam biasa; LHDN tidak menghantar pautan bayaran melalui WhatsApp. Semak terus di laman rasmi atau hubungi talian rasmi LHDN.
        Pengguna: tolong buat mesej untuk group keluarga, WhatsApp saya kena curi. Pembantu: "Assalamualaikum semua, WhatsApp saya telah dicuri sejak pagi tadi. Jangan layan apa-apa permintaan duit atau kod dari nombor saya sehingga saya maklumkan semula."
        Pengguna: Apa beza TAC dengan Secure2u? Pembantu: TAC dihantar melalui SMS, manakala Secure2u ialah pengesahan dalam aplikasi, jadi lebih selamat kalau SIM anda dicuri.
        Pengguna: Shopee saya ada order pelik yang saya tak buat. Pembantu: Tukar kata laluan, log keluar dari semua peranti, batalkan pesanan jika masih boleh dan laporkan kepada Pusat Bantuan Shopee.
        Pengguna: ada orang kata boleh bayar RM300 untuk "unlock" akaun IG, patut ke? Pembantu: Jangan. Perkhidmatan pemulihan berbayar macam tu biasanya scam kedua.
        Pengguna: Berapa lama Instagram ambil masa untuk semak video selfie? Pembantu: Biasanya satu hingga tiga hari bekerja, tetapi kadang-kadang lebih lama.
        Pengguna: Bank Negara ada senarai amaran syarikat tak berlesen ke? Pembantu: Ada, Financial Consumer Alert List di laman web BNM menyenaraikan syarikat dan laman web yang tidak dibenarkan.
        Pengguna: Apa itu "kill switch" dalam aplikasi bank? Pembantu: Ciri yang membolehkan anda membekukan akaun sendiri serta-merta jika mengesyaki penipuan, sebelum sempat menghubungi bank.
        Pengguna: semak pautan ni selamat ke: maybank2u-verify-login.com Pembantu: Tidak selamat — domain rasmi Maybank2u ialah maybank2u.com.my; jangan masukkan apa-apa maklumat di pautan itu.
        Pengguna: Semak Mule PDRM tu untuk apa? Pembantu: Portal itu membolehkan anda menyemak nombor akaun bank atau telefon sebelum membuat pemindahan, untuk tahu sama ada ia pernah dilaporkan dalam kes penipuan.
    """),
    ("mixed", "assistant-chat"): _lines("""
        User: my IG kena hack lah, the fella already tukar password, how ah? Assistant: Try "Get help logging in" dulu, then pilih video selfie verification — usually dapat balik dalam beberapa hari.
        User: 我的 Telegram 突然被 log out 了，说 "new login from Android"，怎么办？ Assistant: 用手机号重新登录，然后去 Settings → Devices → Terminate all other sessions，再开 Two-Step Verification。
        User: got email say my Singpass account locked, click here to unlock. phishing or not? Assistant: Very likely phishing — Singpass doesn't send unlock links; open the Singpass app directly or call the official Singpass helpdesk.
        User: 我 mother 的 WeChat 被冻结了，她只有 SG number，可以解冻吗？ Assistant: 可以，境外手机号也能做好友辅助解冻，通常需要符合条件的微信好友帮忙验证。
        User: ScamShield app worth installing or not ah? Assistant: Worth it — it filters scam SMS and lets you report suspicious numbers; in Singapore you can also call the ScamShield Helpline at 1799.
        User: 银行 app 说 "device not recognised"，要 re-bind 吗？ Assistant: 对，新手机需要重新绑定 digital token，一般要在旧设备确认或者去分行办理。
        User: Boleh tak recover Gmail kalau phone number lama dah expired? Assistant: Boleh, guna recovery email atau jawab soalan pemulihan dari peranti yang anda selalu guna.
        User: 那个 "DBS" SMS 叫我 click link to stop a transaction, real or fake? Assistant: Fake. Banks in Singapore no longer send clickable links by SMS; call the number on the back of your card to check.
        User: kena scam on Carousell, already paid $450 by PayNow, can the bank reverse? Assistant: PayNow transfers are instant and usually can't be reversed, but report to the police and your bank quickly so the receiving account can be frozen.
        User: 2FA code keep say "invalid" leh, time zone problem ah? Assistant: Likely your phone clock is off; turn on automatic date and time and the authenticator codes will match again.
        User: 香港嘅 Scameter 同台灣 165 有咩分別？ Assistant: 兩個都係官方防騙工具，Scameter 由香港警方推出，可以查電話、網址同戶口；165 係台灣警政署嘅反詐騙專線同網站。
        User: Saw a deepfake video of PM Lee Hsien Loong promoting a crypto app, I already signed up, how to close my account? Assistant: That video was a known scam; stop depositing, change the password you used there, and report the site to ScamShield and the police.
    """),
    ("mixed", "notification"): _lines("""
        【微信团队】你的微信账号于12月5日 02:14 在新设备登录，如非本人操作，请立即修改密码。
        【支付宝】您的账户存在异常登录风险，已临时限制转账功能，如需解除请在App内完成人脸验证。
        【中国移动】您已成功办理SIM卡补换卡业务，受理单号 2026120514230918，如非本人办理请立即拨打10086。
        Maybank: Permintaan Secure2u pada peranti baharu ditolak. Jika bukan anda, hubungi 1-300-88-6688 segera.
        TNG eWallet: Peranti baharu telah didaftarkan pada akaun anda pada 05/12/2026 09:31. Jika bukan anda, hubungi Careline kami dengan segera.
        【國泰世華】您的信用卡於 12/04 21:07 有一筆 NT$29,990 網路交易，如非本人交易請立即來電客服。
        Scameter 結果：網址 hk-post-redelivery.top 被評為「高危」，已有 213 宗相關舉報。
        Shopee: Kod OTP anda ialah 731 904. JANGAN kongsi kod ini dengan sesiapa termasuk kakitangan Shopee.
        G-582031 是您的 Google 驗證碼。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        User: Please fix the grammar: "My name is Darren Koh Jun Hao and my Instagram @darrenkoh.eats was hacked on 2 Dec, the hacker is now selling fake iPhones to my 8k followers."
        User: my card 4563 5150 2477 2061 got charged 3 times for "STEAM PURCHASE TR" while I'm in Singapore, write me a short msg to the bank
        Draft to Singtel: "I am Priya d/o Ramasamy, NRIC S8234517E, mobile 9127 4053. A replacement SIM for my line was issued at a retail shop on 30 Nov without my consent. Please investigate and tell me how to request the CCTV."
        User: my dad Lim Ah Seng (72) fell for a "CPF officer" call and moved S$21,500 out of his POSB account, he's too ashamed to report it, how do I talk to him?
        User: Can you help me ask Google to restore my son's account? It's ethan.goh.2011@gmail.com, he's 15 and his phone was confiscated at school so he couldn't get the code.
        The hacker swapped my recovery email; the original was mei.ling.chua88@hotmail.com and my number is +65 9683 2147 — can you fill in the Microsoft recovery form answers for me?
        Forwarded from family group: "Guys this is Ravi's new number 012-648 3390, old one kena hijack, ignore anything from the old number"
        Notes for Coinbase recovery — backup email kelvin.yap.work@gmail.com | old phone 016-223 8871 (Maxis, lost in a Grab car) | new phone 011-2734 5508 | last login from Genting
        User: Write a police statement for me: I'm Jonathan Fernandez, 34, of Blk 412 Bedok North Ave 2 #08-117. On 1 Dec someone posing as a Shopee officer got my OTP and emptied my GrabPay wallet (S$860).
        Dispute form (pasted): Cardholder: TAN SIEW LING / FIN: G5528731M / Card no.: 5521 1512 2073 2317 / Disputed: 3 transactions, total USD 1,284.60 / Contact: 9745 6021 / Reason: account takeover
        User: my sister's Facebook (facebook.com/farah.izzati.92) has been posting crypto "investment" ads since last night and she can't log in, how do I report it for her?
        User: Binance wants my passport again for the 2FA reset — it's A51274836, name MUHAMMAD HAFIZ BIN ZAINAL, expiry 14/03/2030. Is it safe to upload it again?
    """),
    "zh-Hans": _lines("""
        帮我写申诉：本人张晓燕，身份证号 310115198709224167，微信账号被盗后被冻结，原绑定手机 139 1847 2265，请求解封。
        我爸王建国的支付宝被盗刷了8600元，他今年67岁不太会用手机，我能替他去派出所报案吗？
        农行卡 6228 4898 2190 4586 195 半夜收到两笔陌生消费，我要挂失，打电话时该怎么说？
        我的QQ号 2847193560 被盗，密保手机 158 2736 4410 也被改了，帮我写一份申诉材料
        群聊截图文字：@陈志伟 你微信是不是被盗了？刚才用你的号找我借3000块，还发了个收款码过来
        报案材料草稿：受害人刘思雨，女，2000年1月29日出生，身份证510107200001291425，住成都市武侯区玉林北路18号3栋2单元502，被冒充“快递理赔客服”骗走12800元。
        我妈李桂芳的抖音号“桂芳的小菜园”被人登录了，还换绑了手机，原来绑的是 135 8821 4073，怎么找回？
        客服回访记录：黄俊杰，电话 186-2047-3391，反映京东账户12月2日在深圳被异地登录并下单2台iPhone，已建议其冻结账户并报警。
        我叫孙浩然，在南京读大三，被“注销校园贷”骗了4200元，是从我建行卡转出去的，辅导员让我写情况说明，你帮我写一下
    """),
    "zh-Hant": _lines("""
        幫我改這封信：本人陳嘉欣，香港身份證 Y482613(0)，手提電話 9364 2817，於11月27日發現 PayMe 帳戶被盜用，損失 HK$6,500。
        我阿媽梁玉珍嘅 WhatsApp 俾人 hack 咗，對方而家用佢個號碼 6218 3907 同親戚借錢，點算？
        報案資料：姓名 林怡君／身分證字號 F133950628／手機 0912-348-765／LINE ID：yijun0815／遭假冒蝦皮客服詐騙 NT$48,000
        我老公黃志明的 IG @chiming_huang_tw 被盜了，現在被拿去賣假的演唱會門票，我要怎麼幫他檢舉？
        幫我寫封信俾 HSBC：我叫何俊傑（HO Chun Kit），信用卡號 4041 1740 8059 9489，12月1號有三筆唔係我簽嘅網上交易。
        阿嬤張秀英接到假冒「健保署」的電話被騙匯了12萬，我們已經到台中市第一分局報案，請問還有機會追回嗎？
        我個 Telegram @kelvin_lsk852 俾人盜咗，對方用嚟同我啲朋友推銷假投資，我應該點樣通知大家？
        帳號復原清單：Email：kuo.yuting.1990@gmail.com／備用手機：0988 215 604／生日：1990/08/15／最後成功登入：台北
        使用者：蝦皮客服說要我提供身分證字號才能解鎖帳號，我的是 A204175832，這樣給他安全嗎？
    """),
    "ms": _lines("""
        Akaun dibekukan — NUR AISYAH BINTI ROSLAN | No. KP: 950811-08-6342 | Tel: 013-774 5290 | Kerugian: RM4,850 melalui DuitNow pada 28/11/2026
        Tolong betulkan laporan polis saya: Saya Mohd Faizal bin Abdullah, No. KP 910314-10-5423, beralamat di No. 23, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam. Pada 2 Disember saya menerima panggilan daripada 'pegawai bank' dan memberikan TAC.
        Abang saya Azman kena scam "kerja part-time like video", dah transfer RM12,300 dari akaun Maybank 1642 3308 9175 dia, boleh ke bank tahan lagi?
        nombor saya 017-392 8846 kena SIM swap semalam, Celcom cakap ada orang tukar SIM kat kedai di Seremban, sekarang akaun TNG saya kosong
        Senarai saudara yang WhatsApp kena curi minggu ni: Mak Cik Rohani (019-668 2741), Pak Long Hassan (012-905 3318) — tolong buat mesej amaran untuk group keluarga
        Rayuan Facebook: Nama penuh saya Siti Khadijah binti Osman, akaun facebook.com/sitikhadijah.osman, e-mel pemulihan khadijah.osman@yahoo.com, akaun diambil alih pada 3 Disember.
        Saya Kavitha a/p Subramaniam, guru di SK Taman Melawati, akaun Shopee saya digodam dan ada pesanan RM2,100 atas nama saya. Tolong tulis aduan.
        Borang pertikaian kad — Nama pemegang kad: ONG KAH HENG / No. kad: 5203 0863 6144 7462 / No. KP: 880128-12-5277 / Transaksi dipertikai: RM3,480 (2 transaksi)
    """),
    "mixed": _lines("""
        帮我 check 这个 email 的语气: "Hi Grab Support, my name is Chloe Lau Yi Ting, phone +65 8261 5093, my GrabPay got drained S$640 on 3 Dec, please freeze it."
        Tolong translate ke English: "Nama saya Lim Mei Fong, IC 770905-07-5132, akaun Touch 'n Go saya dicuri dan baki RM1,930 hilang."
        我的 NRIC 是 T0318462A，Singpass 被 lock 了，想问 walk-in 要带什么？
        bro my Carousell acc @jaysonwong_sells kena hijack, scammer using it to sell fake PS5, can help me write police report?
        HKID K730952(A) 同 passport 都 upload 咗俾 Binance，但係 2FA reset 仲係 fail，係咪要再 upload？
        我表哥 Zhang Hao 的身份证是 330106197802115355, someone used a fake copy to 补办 his SIM at a 营业厅 in Hangzhou, can we ask them for the CCTV?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the in-app help assistant for KiraPay wallet. Signed-in customer: Marcus Teo Wei Jie | mobile +65 9045 3128 | NRIC S7741093G | wallet balance S$1,204.55 | last login 05 Dec 2026 23:12 from a new device (Android, Batam).",
        ),
        (
            "user",
            "I got an alert that someone logged in from Batam. I'm in Singapore, I haven't been there.",
        ),
        (
            "assistant",
            "I've flagged that session. Since the login came from a new Android device in Batam, I recommend freezing the wallet now. Shall I freeze it and sign out all devices?",
        ),
        ("user", "yes freeze it please. did they take any money?"),
        (
            "assistant",
            "Done — your wallet is frozen and every device is signed out. There were no outgoing transfers after your last genuine login, so your balance is still S$1,204.55. Please set a new PIN when you log back in.",
        ),
    ],
    [
        ("user", "My Instagram got hacked last night, can you help me write to Meta?"),
        (
            "assistant",
            "Of course. To make the appeal specific, tell me the username, the email that was originally on the account, and roughly when you lost access.",
        ),
        (
            "user",
            "username @sarah.lim.bakes, original email sarahlim.bakes@gmail.com, lost it around 11pm on 29 Nov. it's my home baking business so I really need it back",
        ),
        (
            "assistant",
            "Here's a draft: Hello, my Instagram account @sarah.lim.bakes was taken over at about 11pm on 29 November 2026. The original email, sarahlim.bakes@gmail.com, was replaced without my permission. I run a small home baking business from this account and ask that access be restored after identity verification.",
        ),
    ],
    [
        ("user", "我微信被盗了，现在被冻结，解冻要好友辅助，但我好友都不在身边，怎么办？"),
        (
            "assistant",
            "可以在登录页选择“申诉解封”，需要提供身份信息和近期的支付记录。要我帮你整理申诉材料吗？",
        ),
        ("user", "要的。我叫周雨桐，身份证 110105199506070289，微信绑定的手机是 186 1034 7725。"),
        (
            "assistant",
            "好的，申诉说明可以这样写：本人周雨桐（身份证号110105199506070289），微信绑定手机18610347725，于12月4日发现账号被他人登录并向好友发送借款消息，现账号已冻结，申请解封并找回账号。",
        ),
    ],
    [
        ("user", "我部電話突然冇晒訊號，之後收到銀行 SMS 話已更改登記電話，係咪俾人 SIM swap？"),
        (
            "assistant",
            "好大機會係。請即刻用另一部電話打俾你嘅電訊商同銀行凍結帳戶。要唔要我幫你寫報案撮要？",
        ),
        (
            "user",
            "要。我叫鄭家豪，HKID R615084(4)，電話 6038 2951，中銀戶口今朝俾人轉走咗 HK$23,000。",
        ),
        (
            "assistant",
            "報案撮要：事主鄭家豪（HKID R615084(4)），其手提電話 6038 2951 於12月5日早上無故失去訊號，隨後其中銀戶口被轉走 HK$23,000，懷疑有人冒認其身份申請補發 SIM 卡。",
        ),
    ],
    [
        ("user", "我的LINE被盜了，對方一直傳訊息跟我朋友要遊戲點數。"),
        (
            "assistant",
            "先用門號在自己手機重新登入LINE把對方踢掉，再撥165報案。需要我幫你寫一則通知給朋友嗎？",
        ),
        ("user", "好，麻煩了。我叫蔡佩妤，LINE ID 是 peiyu_tsai90，大頭貼是一隻柴犬。"),
        (
            "assistant",
            "【緊急通知】我是蔡佩妤，我的LINE（ID：peiyu_tsai90，大頭貼是柴犬）今天被盜用，任何要求買遊戲點數或轉帳的訊息都不是我本人，請勿理會並協助檢舉，謝謝！",
        ),
    ],
    [
        ("user", "Akaun Touch 'n Go eWallet saya kena hack, baki RM1,200 dah hilang."),
        (
            "assistant",
            "Maaf mendengarnya. Sila hubungi Careline TNG eWallet dan NSRC 997 segera. Saya boleh bantu draf aduan — boleh berikan nama penuh, nombor telefon berdaftar dan masa kejadian?",
        ),
        (
            "user",
            "Nama Nurul Huda binti Ismail, telefon 012-581 4479, jadi pukul 2 pagi tadi, 5 Disember.",
        ),
        (
            "assistant",
            "Draf aduan: Saya, Nurul Huda binti Ismail, pemilik akaun TNG eWallet berdaftar dengan nombor 012-581 4479, mendapati baki RM1,200 telah dipindahkan tanpa kebenaran sekitar jam 2.00 pagi pada 5 Disember 2026. Mohon akaun dibekukan dan transaksi disiasat.",
        ),
    ],
    [
        (
            "user",
            "my dad got scam call, guy say he is from MAS, now his OCBC account kena drain. how to help him?",
        ),
        (
            "assistant",
            "Call the bank's 24-hour fraud line now and use the kill switch in the app if you have his phone, then make a police report. Do you want me to draft the police report summary?",
        ),
        (
            "user",
            "ok. his name Goh Teck Seng, 71 years old, stay at Blk 208 Toa Payoh Lor 8 #05-233, lost about S$38,400 over 3 transfers on 4 Dec",
        ),
        (
            "assistant",
            "Draft: Mr Goh Teck Seng, 71, residing at Blk 208 Toa Payoh Lorong 8 #05-233, received a call on 4 Dec 2026 from a man claiming to be a MAS officer and made three transfers totalling about S$38,400 from his OCBC account to accounts he did not know.",
        ),
    ],
    [
        (
            "user",
            "there are 3 charges on my Visa I didn't make, all Apple.com/bill, can you help me dispute them?",
        ),
        ("assistant", "Sure. Which bank issued the card, and what are the amounts and dates?"),
        (
            "user",
            "Maybank, card 4221 7027 1351 6082, RM449 x3 on 2 Dec. name on card ARJUN A/L KRISHNAN",
        ),
        (
            "assistant",
            "Here's your dispute note: Cardholder ARJUN A/L KRISHNAN, card 4221 7027 1351 6082, disputes three charges of RM449 each from Apple.com/bill dated 2 Dec 2026, none of which were authorised. Tip: next time share only the last 4 digits of the card.",
        ),
    ],
    [
        ("user", "我被“刷单返利”骗了，已经报警了，你帮我看看回执，下一步该干嘛"),
        ("assistant", "好的，把回执内容发给我就行，不需要的信息可以先遮住。"),
        (
            "user",
            "受案回执：报案人 何静，女，身份证 350203198905173843，联系电话 159 5920 3346，被骗金额 26,500 元，厦门市公安局思明分局 2026年12月3日受理。",
        ),
        (
            "assistant",
            "收到。何静女士，你的案件已由思明分局受理。下一步：1）保留所有转账记录和聊天截图；2）不要相信任何声称能“帮你追回损失”的人；3）可以定期致电受理单位询问进展。",
        ),
    ],
    [
        ("user", "Page Facebook kedai saya kena hack, saya tak boleh masuk Meta Business Suite."),
        (
            "assistant",
            "Adakah anda masih admin dalam Business Manager? Kalau tidak, kita perlu buat rayuan melalui facebook.com/hacked.",
        ),
        (
            "user",
            "Dah tak. Page tu 'Kek Lapis Mak Jah Kuching', admin asal saya, Rahimah binti Jaafar, emel rahimah.jaafar77@gmail.com. Hacker tukar nama page jadi 'Crypto Signals VIP'.",
        ),
        (
            "assistant",
            "Baik, Puan Rahimah. Dalam rayuan, nyatakan bahawa anda (rahimah.jaafar77@gmail.com) ialah admin asal page 'Kek Lapis Mak Jah Kuching' dan nama page telah ditukar kepada 'Crypto Signals VIP' tanpa kebenaran anda.",
        ),
    ],
    [
        ("user", "How do SIM swap scams usually work in Malaysia?"),
        (
            "assistant",
            "Typically the scammer uses stolen IC details to get a replacement SIM from the telco, then receives your TACs and logs into your online banking before you notice the line is dead.",
        ),
        (
            "user",
            "I think it happened to my uncle. Selvam a/l Muniandy, his number 016-482 7713 went dead on Tuesday and then RM7,000 left his CIMB account.",
        ),
        (
            "assistant",
            "That fits the pattern. Ask your uncle to go to his telco with his IC today to block the new SIM, call CIMB's fraud line, and lodge a police report saying that 016-482 7713 lost service just before the transfers.",
        ),
    ],
    [
        ("user", "QQ被盗了怎么申诉？"),
        ("assistant", "打开QQ安全中心的“帐号申诉”，填写你记得的历史密码、常用登录地和好友。"),
        (
            "user",
            "我的QQ是 1538620477，昵称“小鱼儿”，大概2012年在武汉注册的，好友里有我室友吴昊和高中同学邓佳琪，这样写可以吗？",
        ),
        (
            "assistant",
            "可以。申诉时写明：QQ号1538620477，约2012年在武汉注册，常用好友包括吴昊、邓佳琪，再尽量补充你记得的旧密码，通过率会更高。",
        ),
    ],
    [
        ("user", "Binance 2FA reset keeps failing. What documents do they actually want?"),
        (
            "assistant",
            "Usually the same passport or national ID you used for KYC, plus a live selfie. Which document did you verify with originally?",
        ),
        (
            "user",
            "Chinese passport EK3907284, name LIU ZIHAN, born 07/04/1993. I'm in KL now so I don't have my Chinese number.",
        ),
        (
            "assistant",
            "Then upload passport EK3907284 again under the exact name LIU ZIHAN, with all four corners visible and no glare, and take the selfie in daylight; a mismatch between the photo and the selfie is the most common reason for failure.",
        ),
    ],
    [
        ("user", "我妈的 WeChat 被冻结了, she's in Ipoh, can I 帮她解冻 remotely?"),
        (
            "assistant",
            "可以，只要她的手机在身边，让她在登录页点“解冻”，你作为好友可以帮她辅助验证。她需要用注册的手机号收验证码。",
        ),
        (
            "user",
            "ok her number is +60 12-538 9046, name 黄美玲 / Wong Mei Ling, wechat id meiling_ipoh63",
        ),
        (
            "assistant",
            "好的。让黄阿姨用 +60 12-538 9046 收短信验证码，然后把辅助验证的二维码发给你，你在自己的微信里扫一下就行。",
        ),
    ],
    [
        ("user", "阿爺收到自稱「入境處」嘅電話，話佢身份證涉及洗黑錢，叫佢轉錢去「安全戶口」。"),
        (
            "assistant",
            "呢個係典型假冒官員騙案，政府部門唔會叫市民轉錢去任何戶口。佢有冇已經過咗數？",
        ),
        ("user", "有，轉咗 HK$180,000。佢叫李國強，82歲，住觀塘秀茂坪邨，我哋聽日去觀塘警署報案。"),
        (
            "assistant",
            "明白。報案時帶齊李國強先生嘅身份證、銀行轉帳紀錄同通話紀錄截圖，同時即刻打 18222 防騙易熱線，問銀行可唔可以止付。",
        ),
    ],
    [
        ("user", "Google says 'Google couldn't verify this account belongs to you'. What now?"),
        (
            "assistant",
            "Try again from a device and Wi-Fi you've used before, and give the most recent password you remember. Do you still have the recovery email or phone?",
        ),
        (
            "user",
            "recovery email is hannah.oconnor.kl@outlook.com, the phone was +60 19-347 2086 but that SIM got cancelled when I moved back to Ireland",
        ),
        (
            "assistant",
            "Then use hannah.oconnor.kl@outlook.com as your recovery route; Google will send a code there. Since +60 19-347 2086 no longer works, remove it from the account once you're back in.",
        ),
    ],
    [
        ("user", "Macam mana nak report akaun Shopee yang digodam?"),
        (
            "assistant",
            "Pergi ke Saya → Pusat Bantuan → Hubungi Kami dan pilih isu akaun digodam. Sertakan tangkap layar pesanan yang tidak dikenali.",
        ),
        (
            "user",
            "Ok. Ni untuk anak saudara saya, Aiman bin Rosli, pelajar Tingkatan 5 di SMK Bandar Baru Bangi. Akaun dia kena godam dan ada order RM890 yang dia tak buat.",
        ),
        (
            "assistant",
            "Baik. Dalam aduan, nyatakan nama Aiman bin Rosli sebagai pemilik akaun dan bahawa pesanan RM890 itu dibuat tanpa kebenarannya; lampirkan tangkap layar pesanan tersebut.",
        ),
    ],
]
