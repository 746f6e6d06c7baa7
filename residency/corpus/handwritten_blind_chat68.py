# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat68: chats asking an assistant for help with stalking, harassment and doxxing. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat68
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "chat-advice"): _lines("""
        User: my ex keeps making new accounts to message me after I block him, can the platform actually do anything? Assistant: Most platforms treat that as ban evasion. Report the new profile, mention that you blocked the earlier one, and attach dated screenshots of both so the reviewer can see the pattern.
        User: in Singapore is a PPO the same thing as a POHA protection order? Assistant: No. A Personal Protection Order falls under the Women's Charter and covers family members, while a protection order under the Protection from Harassment Act can be sought against anyone, including neighbours, strangers and ex-partners.
        User: how do I screenshot messages so they still count as evidence later? Assistant: Capture the whole screen with the sender's profile and the timestamps visible, keep the original files, export the full chat if the app allows it, and never crop or annotate the originals.
        User: someone posted my home address in a Telegram group last night, what do I do first? Assistant: Screenshot the post with the group name and time, report the message and the group to Telegram, then make a police report; if you feel unsafe tonight, stay with someone you trust.
        User: should I tell the guy who's been following me that I'm going to the police? Assistant: Usually it's safer not to negotiate. One short, clear message asking him to stop contacting you is enough; after that, don't reply and keep logging everything.
        User: can my Android phone detect a hidden tracker in my bag? Assistant: Yes. Recent Android versions have unknown tracker alerts, and you can run a manual scan under Settings > Safety & emergency > Unknown tracker alerts.
        User: is it worth changing my phone number or will that just make him angrier? Assistant: It depends on your risk. Many people keep the old number on a spare phone to collect evidence and give the new one only to people they trust.
        User: what columns should an evidence log have? Assistant: Date, time, what happened, how it reached you (call, text, DM, in person), where it happened, any witnesses, and the file name of the screenshot or recording.
        User: a guy I matched with on a dating app found out where I work, how is that even possible? Assistant: Common routes are reverse image searches of profile photos, a first name plus job title on LinkedIn, or background details in photos such as a lanyard or office view.
        User: can the police trace calls from a withheld number? Assistant: The police can request call records from the telco as part of an investigation, so note the exact date and time of every withheld call when you make your report.
        User: my daughter is being cyberbullied by an anonymous account at her secondary school, how do we raise it with the school? Assistant: Ask for a meeting with the form teacher and the school counsellor, bring printed screenshots with dates, and ask what the school's procedure is for online bullying between students.
        User: is doxxing actually a crime in Hong Kong? Assistant: Yes. Since the 2021 amendments to the Personal Data (Privacy) Ordinance, disclosing someone's personal data without consent with intent to cause harm is an offence, and the PCPD can investigate and prosecute.
        User: the fake account harassing me uses a photo of Lisa from BLACKPINK, can I report it as impersonation? Assistant: Impersonation reports generally have to come from the person being impersonated or their representative, so report the account for harassment and as a fake profile instead.
        User: what is a safety plan and do I need one? Assistant: A safety plan is a short written list of what you will do if things escalate: safe places to go, people to call, a packed bag, copies of documents, and code words with friends.
        User: is it legal to record phone calls from someone who's harassing me in Malaysia? Assistant: Recording a call you are part of is generally not prohibited, but take legal advice before relying on it in court and keep the original file untouched.
        User: should I hide my running routes on Strava? Assistant: Yes. Set activities to followers only, approve followers manually, and add a privacy zone around your home and office so start and end points are hidden.
        User: my colleague keeps showing up at my gym after work, is that harassment or am I overreacting? Assistant: If it is repeated, unwanted and makes you fear for your safety, it can amount to harassment; write down each occasion and consider telling HR.
        User: how do I turn off read receipts so he can't tell when I've seen his messages? Assistant: In WhatsApp go to Settings > Privacy and switch off Read receipts; note this also hides other people's receipts from you.
    """),
    ("en", "template-request"): _lines("""
        Draft a one-time cease-contact message: "[Name], I am asking you not to contact me again by any means. Any further contact will be reported to the police."
        Make me an empty evidence log table with the columns Date | Time | Type | Description | Witness | File name, I'll fill it in myself.
        Give me a fill-in-the-blanks police statement: I, [FULL NAME], NRIC [__________], residing at [ADDRESS], wish to report that on [DATE] at about [TIME] ...
        Write a letter to my condo management asking them not to tell visitors which unit any resident lives in; use [Management Office] and [Unit No.] as placeholders.
        Template email to HR: "Dear [HR contact], I am writing to report unwanted contact from [person / description] since [date]. I have attached a log of the incidents ..."
        Checklist please: what to bring to a protection order hearing in Singapore, generic, no personal details.
        Format this sample row properly: 2025-03-14 | 22:47 | WhatsApp | 11 missed calls from unknown number, then a voice note | none | IMG_4471.PNG
        Template for reporting a doxxing post on X: Reported post URL: [link] / Private information exposed: [home address / phone number / workplace] / Reported account: [@handle]
        Rewrite this to sound firmer but not aggressive: "Please stop contacting me. I have kept copies of every message."
        Write a short note for my neighbours: "If you see someone waiting outside [block / unit] for a long time, please call me at [my number] or the police at 999."
        Write a phone script for reporting a pattern of being followed to the police non-emergency line, with blanks for dates and places.
        Suggest subject lines for an email to student affairs about being harassed by another student; don't include any names.
        Sample affidavit paragraph with placeholders: "On [date], the Respondent [name] sent me [number] messages between [time] and [time], copies of which are exhibited as [Exhibit]."
        What should a masked ID look like in a court bundle, e.g. S•••••••A, so the other side can't copy it?
    """),
    ("en", "public-process"): _lines("""
        Summarise Singapore's Protection from Harassment Act 2014 and what the 2019 amendments added about doxxing.
        Malaysia made stalking an offence in 2023 under Section 507A of the Penal Code; what's the maximum sentence and can the court add a protection order?
        Why did the Privacy Commissioner Ada Chung Lai-ling say the PCPD had issued thousands of cessation notices after the doxxing law came in?
        Explain in English what Taiwan's Stalking and Harassment Prevention Act covers and who issues a written warning.
        User: the officer gave me report number E/20250311/0932, how do I follow up? Assistant: Call the investigation unit listed on the acknowledgment slip and quote the report number, or check whether the force has an online status page.
        Is Joe Goldberg in the Netflix series You a realistic depiction of how stalkers behave, or is it exaggerated for TV?
        After Kim Kardashian's 2016 robbery in Paris, did celebrities really stop posting their locations in real time?
        What share of stalking victims know the person stalking them? I keep reading that it's about four in five.
        What is a geofence warrant and have police in Southeast Asia ever used one in a harassment case?
        Who runs the National Anti-Violence and Sexual Harassment Helpline on 1800 777 0000 and what happens when you call?
        How does the Protection from Harassment Court decide whether to grant an expedited protection order?
        What did the UK's Protection from Harassment Act 1997 change compared with the old common-law position?
    """),
    ("en", "platform-report"): _lines("""
        User: Instagram sent "Report submitted. Reference IG-HR-2025-0417-88231. We'll let you know in your Support Requests." What happens next? Assistant: A reviewer checks the content against the community guidelines; you'll see the outcome in Support Requests, usually within a few days.
        Got this from X: "Your report (case #0938271645) has been reviewed. We found a violation of our private information policy." Does that mean the account is banned?
        The helpdesk closed ticket #HX-55120 saying the doxxing post was removed, but a repost is still up. Can I reopen the same ticket?
        Config review: pii_report: {categories: [home_address, phone, id_document], sla_hours: 24, escalate_if: repeat_reporter}. Is 24 hours too slow?
        Write a regex to flag Malaysian IC numbers in chat exports before they go into a court bundle: [0-9]{6}-[0-9]{2}-[0-9]{4}; does it need word boundaries?
        Python: write a function that creates evidence_log.csv with the header date,time,channel,description,witness,file and appends one row per call.
        User: I hashed the WhatsApp export for my lawyer, SHA-256 3b7e0c9f21aa4d58e6b1f07c92d3e845a0b6f1c27d3e98a4c5b60f1e2d7a9c34; does that prove it wasn't edited? Assistant: It proves the file hasn't changed since you hashed it, not that the chat itself is complete.
        The bundle index lists Exhibit A-1 to A-14 on pages 23 to 41; how should I label the screenshots I add later?
        Signal 7.31 changed disappearing messages, will the harasser's messages vanish before I can screenshot them?
        Meta's privacy violation form asks for: country, whether you are the person in the content, link to the content, and a description. Which option do I choose for a leaked address?
    """),
    ("zh-Hans", "对话"): _lines("""
        用户：前男友一直换号码给我打电话，拉黑了也没用，怎么办？ 助手：可以开启陌生号码拦截，同时把每次来电的时间截图保存，累积起来去派出所报警，并要求民警出具受案回执。
        用户：人身安全保护令要去哪个法院申请？ 助手：向申请人或被申请人居住地、家庭暴力发生地的基层人民法院申请；法院一般在72小时内作出裁定，情况紧急的在24小时内。
        用户：被人开盒了，手机号和学校都被挂在网上，第一步做什么？ 助手：先截图保存帖子链接和发布时间，再向平台举报“泄露个人隐私”，然后带着截图去派出所报案。
        用户：网上有人造谣我出轨，能起诉吗？要准备什么？ 助手：可以以名誉权纠纷起诉，证据最好通过公证或区块链存证平台固定，并尽量保留发帖账号的主页截图。
        帮我写一个报警材料模板，姓名、身份证号、住址、联系电话都留空，我自己填。
        用户：微博上被人挂了，投诉入口在哪？ 助手：点开该条微博右上角的“…”，选择“投诉”，类型选“侵犯个人隐私”，按提示上传证明材料。
        用户：《治安管理处罚法》里关于发送恐吓信息、干扰他人正常生活的规定是怎么处罚的？
        用户：受案回执上写着“沪公(浦)受案字〔2025〕10472号”，这个编号是什么意思？ 助手：这是公安机关的受案登记编号，以后查询进度或补充材料时报这个号就行。
        用户：快递单号SF1428830762514能查到收件人地址吗？我担心有人通过快递单找到我家。 助手：正规快递平台对外只显示脱敏信息，但拆下来的面单一定要涂掉或撕碎再扔。
        用户：怎么关闭微信“通过手机号搜索到我”？ 助手：我→设置→朋友权限→添加我的方式，把“手机号”“微信号”“群聊”都关掉。
        用户：12110短信报警怎么用？ 助手：在不方便打电话时，可以编辑短信发送到12110（部分地区需加本地区号），写清地点和情况，警方会回电或出警。
        用户：公司同事总在下班后跟着我走到地铁站，我该先找HR还是先报警？
        用户：请介绍一下《民法典》第1032条关于隐私权的规定。
        用户：电视剧《不要和陌生人说话》里的安嘉和那种人，现实中受害者能申请保护令吗？
    """),
    ("zh-Hant", "對話"): _lines("""
        使用者：台灣的跟騷法是哪一年開始施行的？ 助理：《跟蹤騷擾防制法》於2022年6月1日施行，警察機關受理報案後調查屬實，可以對行為人核發書面告誡。
        使用者：書面告誡跟保護令差在哪裡？ 助理：書面告誡由警察機關核發；如果對方在告誡後兩年內再犯，被害人就可以向法院聲請保護令。
        使用者：在香港被人起底，可以向私隱專員公署投訴嗎？ 助理：可以，起底罪行由私隱公署負責刑事調查及檢控，可透過網上表格舉報，附上帖文連結及截圖。
        使用者：LINE的對話要怎麼備份下來當證據？ 助理：在聊天室設定選「傳送聊天記錄」匯出文字檔，同時逐頁截圖，圖片要看得到對方名稱和時間。
        使用者：113保護專線是24小時的嗎？ 助理：是，113全年無休，可以提供家暴、性侵害、兒少保護等諮詢與轉介。
        幫我擬一份報案筆錄大綱，人名一律用「○○○」代替，地址用「○○路○○號」。
        使用者：報案三聯單上那串編號是做什麼用的？ 助理：那是受理案件的編號，之後查詢進度、補件或轉到其他分局時都會用到。
        使用者：IG有人一直開小帳在我貼文底下留言騷擾，怎麼檢舉比較有效？
        使用者：香港申請禁制令要經區域法院嗎？ 助理：家庭暴力相關的禁制令一般向區域法院申請，緊急情況可以單方面申請，先取得臨時命令。
        使用者：《跟蹤騷擾防制法》第3條列了哪八種行為？
        使用者：騷擾電話都在凌晨2:13、2:47、3:05打來，連續一週，這樣算跟騷嗎？
        使用者：臺北市政府警察局在延平南路96號，去那邊報案跟去派出所報案有差嗎？
        使用者：手機好像被裝了定位App，要怎麼檢查？ 助理：檢查裝置管理員、無障礙權限和背景定位權限，看到不認識的App先截圖再移除，必要時把手機恢復原廠設定。
    """),
    ("ms", "sembang"): _lines("""
        Pengguna: Bekas teman lelaki asyik tunggu depan rumah, boleh buat laporan polis ke? Pembantu: Boleh. Sejak 2023 perbuatan menghendap ialah kesalahan di bawah Seksyen 507A Kanun Keseksaan; bawa tangkapan skrin serta tarikh dan masa setiap kejadian ke balai polis berdekatan.
        Pengguna: Apa beza IPO dengan PO dalam Akta Keganasan Rumah Tangga? Pembantu: Perintah Perlindungan Interim diberi semasa siasatan polis masih berjalan, manakala Perintah Perlindungan dikeluarkan oleh mahkamah selepas prosiding jenayah bermula.
        Pengguna: Nombor Talian Kasih berapa ya? Pembantu: Hubungi 15999, atau WhatsApp 019-261 5999, dibuka 24 jam.
        Pengguna: Macam mana nak buat aduan ke MCMC pasal akaun palsu yang sebar gambar saya?
        Tolong buat templat laporan polis, tinggalkan ruang kosong untuk nama, no. KP, alamat dan nombor telefon.
        Pengguna: Laporan polis saya ada nombor rujukan SENTUL/004812/25, perlu simpan salinan asal ke? Pembantu: Ya, simpan salinan asal dan buat beberapa salinan, kerana mahkamah dan majikan mungkin minta.
        Pengguna: Boleh tak saya rakam perbualan telefon dengan orang yang ganggu saya?
        Pengguna: Apa istilah Bahasa Melayu untuk "doxxing"? Pembantu: Biasanya disebut pendedahan maklumat peribadi tanpa izin, atau "doxing" dalam laporan media.
        Pengguna: Akaun TikTok palsu guna gambar saya, nak report macam mana? Pembantu: Tekan ikon kongsi pada profil itu, pilih Laporkan, kemudian "Menyamar sebagai orang lain" dan pilih "Saya".
        Pengguna: Biasanya berapa lama polis ambil masa untuk siasat kes gangguan?
        Pengguna: Apa yang Menteri Azalina Othman Said sebut masa bentang pindaan kesalahan menghendap di Dewan Rakyat?
        Senaraikan apa yang patut ada dalam log bukti: tarikh, masa, platform, huraian kejadian, saksi.
        Pengguna: Cyber999 tu untuk apa? Pembantu: Ia perkhidmatan CyberSecurity Malaysia untuk orang awam melaporkan insiden siber seperti gangguan dalam talian dan penipuan.
        Pengguna: Jiran cerita ada lelaki pelik tunggu depan pagar malam-malam, patut terus telefon 999?
    """),
    ("mixed", "chat"): _lines("""
        User: eh how to apply POHA protection order ah, need lawyer or not? Assistant: No need lawyer one. You can file online through the Community Justice and Tribunals System and the Protection from Harassment Court will fix a hearing date.
        User: 我被人dox了 in a Telegram group, then what should I do first ah?
        User: my boss keep WhatsApp me at 2am say weird things, can report to MOM or TAFEP or not?
        User: boleh ke buat police report online untuk harassment, atau kena pergi balai?
        User: 我朋友被ex跟踪，她不敢报警，I should push her or not?
        User: this one count as stalking anot: he like every story within one minute and always appear at the same hawker centre I go
        User: 帮我check这个message语气ok不ok: "Please stop contacting me. This is my last reply."
        User: 想问一下 PDPC 同 police，边个处理 doxxing？ Assistant: In Singapore, doxxing a person is an offence under POHA, so go to the police; PDPC deals with organisations that mishandle personal data.
        User: someone keep sending COD parcels to my house that I never order, tracking SPXMY04582917364, how to stop this?
        User: kalau dia buat akaun baru hari-hari, IG ada function block future accounts tak? Assistant: Ada, bila tekan Block pilih "Block this account and any new accounts they may create".
        用户: 香港起底罪最高判几多？ Assistant: 最嚴重一級最高可判罰款港幣100萬及監禁5年。
        User: the report number format E/2025xxxx/xxxx is normal meh, why got slash one?
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you tidy this up for my POHA application: Applicant: Tan Hui Min, NRIC S9812345H. Respondent: Kelvin Ong Jun Wei, my former colleague. He has followed me from Tampines MRT to my block at least six times since January.
        Evidence log row to format: 14/03 23:12, call from 9127 4408 (Marcus), 7 calls in 20 minutes, then a text saying "I know you're at your mum's place in Bedok".
        Fix the grammar: "On 2 Feb at around 8.40pm, a man I know as Darren Lim Wei Jie waited at the void deck of Blk 412 Hougang Ave 8 and grabbed my arm when I tried to walk past."
        he drives a grey Honda Vezel SKV 4821 A and parks opposite my office at Paya Lebar Quarter every morning, can I put the plate number in the police report?
        my sister Priya d/o Ramasamy is the one being harassed, she's 19 and at Ngee Ann Poly, the guy keeps emailing her at priya.ramasamy04@gmail.com from different accounts. how do I help her block them all?
        Draft an email to HR: I am reporting repeated unwanted messages from Mr Bryan Goh (Finance, Level 12) to me, Nurul Aisyah binti Kamarulzaman, Customer Operations, starting 3 March.
        Someone posted this and I want to report it, which category fits? "this is her: Chloe Wong Hoi Yan, HKID Y273519(7), works at a dental clinic in Mong Kok, phone 6285 4410, go say hi"
        ugh my ex Jason Tay found my new flat, help me write it up for the police: he turned up at 27 Jalan Kembangan #03-11 on Saturday night with flowers and refused to leave until my flatmate threatened to call 999.
        Protection order hearing prep: I'm Farah Lee Mei Ling, FIN G5518203K, Malaysian on an S Pass. Respondent is my ex-boyfriend. Do I need to bring my passport as well?
        The Telegram account leaking my photos is @jaredkoh_95, real name Jared Koh Zhi Hao, he's in my cohort at SIT. Write a complaint to the university for me.
        Note for my lawyer: Respondent: Alvin Chua Kok Leong, DOB 11/06/1986, last known address 58 Lorong 4 Toa Payoh #09-221, mobile 8463 2915; police warning in 2023 for the same conduct.
        my ex keeps using my Visa 4556 3381 9204 7359 to order food delivered to my flat so I know he's watching. can the bank stop it without cancelling the card?
        Please translate this for the PCPD: I, Ho Ka Yan, am the person whose address (Flat C, 18/F, Block 3, Kornhill) and mobile number 9163 2874 were posted on a Facebook page on 3 May.
    """),
    "zh-Hans": _lines("""
        帮我改一下报警材料：报警人王思琪，身份证号310115198707220488，住浦东新区崂山路216弄7号502室，自今年2月起多次被前同事尾随到小区门口。
        这个人叫刘俊峰，手机138 2741 6093，天天在我们小区门口蹲我，我想申请人身安全保护令，被申请人信息这样写可以吗？
        证据记录：3月8日21:40，微信号lin_xy0912发来我家楼下的照片，配文“你今天穿的白裙子挺好看”。帮我整理成表格。
        我妈张桂芳今年62岁，最近有人冒充居委会天天用159-0216-8834打她电话，问我住在哪，这个能报警吗？
        群里转来的开盒帖：“大家认识一下这个女的，陈雨桐，浙大研二，住西湖区文三路那边，电话18620473315”——我就是陈雨桐，要怎么向平台投诉？
        申请书草稿：申请人赵敏，女，1993年8月18日出生，身份证号110105199308180460；被申请人周浩，系申请人前夫，离婚后多次到申请人单位纠缠。
        我弟弟李嘉豪在学校被人网暴，对方把他的QQ号2847719306和班级（七中初二3班）都发到贴吧了，怎么让贴吧删帖？
        帮我把这段话写正式一点：跟踪我的那个男的开一辆白色大众，车牌粤B·3KX72，连续三天停在我公司楼下。
        我的工行卡6222 0210 0384 7261 594被前男友绑到了他的支付宝上，他一直看我的消费记录，知道我每天去哪，怎么解绑？
    """),
    "zh-Hant": _lines("""
        請幫我寫報案內容：我叫林佩君，身分證字號A274819036，從去年11月起，前男友黃志明幾乎每天在內湖科技園區我公司門口等我下班。
        他的LINE ID是wei.chen0728，本名陳韋成，我已經封鎖他，但他一直用新帳號加我，跟騷法可以處理嗎？
        證據清單第4項：1月22日23:05起，0928 416 537（張家豪）來電共16通，全部未接，幫我整理格式。
        我哋屋企地址（沙田愉翠苑E座1512室）同我個女陳詠琪嘅相畀人貼咗上連登，點樣叫私隱公署take down？
        保護令聲請狀草稿：聲請人吳雅婷，住臺中市西屯區福星路318巷12號5樓；相對人劉建宏，二人曾為同居關係，分手後持續跟蹤。
        我老公個表弟梁卓軒，HKID R904127(2)，成日跟蹤我返工，我去警署報案要帶乜嘢？
        幫我看這封信：「致人資部：本人蔡宜蓁（員工編號T2317）因同事郭子豪自三月起持續傳送騷擾訊息，嚴重影響工作，懇請公司處理。」
        他的車牌是BKR-2719，白色Toyota Altis，車主是我前同事許文傑，已經第三次出現在我家巷口。
    """),
    "ms": _lines("""
        Tolong semak laporan polis ni: Saya Nur Syafiqah binti Ahmad Fauzi, No. KP 920417-10-5286, beralamat di No. 14, Jalan SS 15/4C, Subang Jaya, ingin melaporkan seorang lelaki dikenali sebagai Hafiz telah mengekori saya dari stesen LRT sejak dua minggu lepas.
        Bekas suami saya Mohd Rizal bin Ismail (KP 880923-14-6071) masih hantar mesej ugutan walaupun IPO dah dikeluarkan, apa lagi saya boleh buat?
        Nombor yang ganggu saya 013-482 7759, dia mengaku nama Amir, dah tiga minggu telefon tengah malam. Boleh polis jejak nombor ni?
        Myvi hitam VEA 7731 ni dah empat kali parking depan rumah mak saya di Taman Melawati, pemiliknya Faizal, kawan lama adik saya. Perlu ke letak nombor plat dalam laporan?
        Akaun Maybank saya 1640 2231 8856 diceroboh bekas tunang, dia tukar nombor TAC ke nombor dia 017-520 3318. Tolong draf aduan kepada bank.
        Adik saya Siti Hajar binti Osman, 16 tahun, pelajar SMK Seri Setia, kena ugut oleh akaun IG yang nak sebar gambar dia. Macam mana nak lapor?
        Tolong betulkan BM surat ni untuk mahkamah: Pemohon: Kavitha a/p Subramaniam, No. KP 950112-07-5448. Responden: Suresh a/l Muniandy, suami pemohon, yang telah mengekori pemohon ke tempat kerja.
        Mesej dari grup WhatsApp taman: "Hati-hati dengan lelaki ni, nama Zulkifli, duduk No. 8 Lorong Mawar 3, selalu skodeng rumah orang malam-malam." Saya nak lapor, kena pergi mana?
    """),
    "mixed": _lines("""
        eh can help me write police report, the guy is Ah Beng aka Lim Chee Keong, he keep calling my office line and my hp 9772 0163 until my boss also scared
        我的ex Wong Kar Lok 一直用新account follow我个IG @kayee.wong_，我要点样report佢？
        Boss tolong check: Saya Lee Siew Ling, IC 790330-01-5532, nak apply IPO against my husband Tan Boon Hock sebab dia pukul saya and ikut saya pergi kerja.
        帮我写个statement: On 5 April, 我在Jurong East Blk 233楼下 saw Ryan Teo again, the court already gave PO against him last year but he still come.
        她的Telegram @meimei_sg 和 phone +65 9045 1782 都被leak去那个group了，我帮她report要写什么？
        gurl my stalker found my Carousell account sherlyn.ng.98 and keep chatting me as a buyer, his name Nicholas Yeo, can report to Carousell or not?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "How do I apply for a protection order under POHA if the person is an ex-colleague?",
        ),
        (
            "assistant",
            "You can file online through the Community Justice and Tribunals System. If you tell me the applicant's and respondent's details and what happened, I can help you draft the statement.",
        ),
        (
            "user",
            "Applicant is me, Goh Shu Qi, NRIC T0347291J. Respondent is Leonard Sim Boon Kiat, he used to sit next to me at work. Since I resigned he has sent 40+ messages and waited at Bishan MRT exit C twice.",
        ),
        (
            "assistant",
            "Draft: I, Goh Shu Qi (T0347291J), apply for a protection order against Leonard Sim Boon Kiat, a former colleague, who has sent me more than 40 unwanted messages since my resignation and has twice waited for me at Bishan MRT Exit C.",
        ),
    ],
    [
        (
            "system",
            "You are a caseworker assistant at a women's refuge. Active client: Melissa Fernandez, 38, NRIC S8834152Z, in residence since 12 Oct. Respondent: Daniel Pereira (ex-husband), bail condition not to approach her. Keep notes short.",
        ),
        ("user", "Draft today's safety plan summary for the file."),
        (
            "assistant",
            "Safety plan, M. Fernandez: stays inside the refuge after 9pm; work shuttle instead of MRT; Daniel Pereira's photo given to reception; call 999 and her caseworker if he is sighted.",
        ),
    ],
    [
        ("user", "有个男的一直跟踪我，我想去派出所报警，报警材料要写哪些内容？"),
        (
            "assistant",
            "一般写清楚时间、地点、对方的外貌或身份信息、具体行为，以及你手里有哪些证据。方便的话把情况告诉我，我帮你整理。",
        ),
        (
            "user",
            "他叫孙立强，以前是我租房的邻居，手机号17708519246。从上个月开始每天晚上十点左右在我单元楼下站着，还给我发“我看到你灯亮了”。",
        ),
        (
            "assistant",
            "整理如下：被反映人孙立强（原租房邻居，手机17708519246），自上月起每晚约22时在报警人单元楼下徘徊，并发送“我看到你灯亮了”等信息，报警人已截图保存。",
        ),
    ],
    [
        ("user", "我被开盒了，帖子里把我的所有信息都放出来了，求助"),
        (
            "assistant",
            "先别慌。请把帖子里泄露的内容告诉我（可以打码关键位），我帮你判断该向平台和警方分别提交什么。",
        ),
        (
            "user",
            "原帖：徐佳怡，身份证330106200009110123，杭州师范大学研三，宿舍仓前校区12号楼，手机13651907724。下面一堆人说要去找她。",
        ),
    ],
    [
        ("user", "跟騷法的報案要準備什麼資料？"),
        (
            "assistant",
            "身分證件、被跟騷的時間地點紀錄、對話截圖或錄影，以及對方的姓名或特徵。如果需要，我可以幫你把經過寫成報案陳述。",
        ),
        ("user", "我是鄭雅雯，身分證號F228741039。對方是健身房教練簡柏翰，電話0975-203-881。"),
        ("user", "他下課後會跟著我騎車回到板橋區文化路二段的住處，已經連續兩週。"),
    ],
    [
        ("user", "我喺香港俾人起底，有人將我啲資料貼咗上IG story，應該點做？"),
        (
            "assistant",
            "你可以截圖保存、向平台舉報，並向私隱專員公署或警方報案。想我幫你寫投訴內容嘅話，話我知泄露咗啲乜。",
        ),
        ("user", "佢貼咗我全名何梓晴、身份證K618402(2)、電話5471 9023，仲有我喺觀塘返工嘅公司名。"),
        (
            "assistant",
            "投訴內容草稿：本人何梓晴（香港身份證K618402(2)）之姓名、身份證號碼、手提電話5471 9023及工作地點，於未經同意下被人於Instagram限時動態公開，要求即時移除。",
        ),
    ],
    [
        ("user", "Saya nak mohon Perintah Perlindungan Interim. Apa maklumat diperlukan?"),
        (
            "assistant",
            "Biasanya nama dan No. KP pemohon, butiran responden, hubungan antara kedua-dua pihak dan ringkasan kejadian. Kalau nak, berikan butiran dan saya susun dalam bentuk kenyataan.",
        ),
        (
            "user",
            "Pemohon: Norhayati binti Abdul Rahman. Responden: suami, Azman bin Yusof, KP 860208-13-5129.",
        ),
        (
            "user",
            "Dia pukul saya 2 Mac di rumah kami di Taman Tabuan Jaya, Kuching, lepas tu asyik tunggu depan pejabat saya.",
        ),
        (
            "assistant",
            "Kenyataan ringkas: Pemohon Norhayati binti Abdul Rahman memohon IPO terhadap suaminya Azman bin Yusof (KP 860208-13-5129) yang telah memukul pemohon pada 2 Mac di kediaman mereka di Taman Tabuan Jaya, Kuching, dan kerap menunggu di luar pejabat pemohon.",
        ),
    ],
    [
        ("user", "Ada kereta sama ikut saya balik kerja tiap petang, saya patut buat apa?"),
        (
            "assistant",
            "Jangan terus balik ke rumah; pandu ke balai polis berdekatan. Catat nombor plat, model kereta, masa dan lokasi setiap kali ia muncul.",
        ),
        (
            "user",
            "Plat dia WVX 4827, Honda City putih. Rupanya pemandu tu Shahrul Nizam, bekas pekerja syarikat saya yang kena buang bulan lepas. Dia tahu saya tinggal di Kota Damansara.",
        ),
    ],
    [
        ("user", "eh need help, this guy from Tinder cannot take no for answer"),
        (
            "assistant",
            "I'm sorry that's happening. What has he been doing, and do you want help with a report to the app, the police, or both?",
        ),
        (
            "user",
            "his name Marcus Lau, Tinder then Insta @marcus.lau.fit, after I unmatch he DM me 30 times and show up at my workplace at Raffles Place. my number 8120 5539 also he got somehow",
        ),
        ("user", "help me write the report to Instagram first can"),
    ],
    [
        ("user", "Can you turn my notes into a proper evidence log table?"),
        (
            "assistant",
            "Sure, paste the notes and I'll put them into Date | Time | Channel | Description | Evidence.",
        ),
        (
            "user",
            "3/2 9pm Eugene Ng called from 9368 7714 x5 / 5/2 7.30am Eugene waiting at Blk 622 Bukit Batok Central lift lobby / 9/2 SMS from 9368 7714: 'u cant hide from me Jess'",
        ),
        (
            "assistant",
            "03/02 | 21:00 | Call | Five calls from Eugene Ng on 9368 7714 | Call log screenshot / 05/02 | 07:30 | In person | Eugene Ng waiting at Blk 622 Bukit Batok Central lift lobby | Witness: neighbour / 09/02 | n/a | SMS | 'u cant hide from me Jess' from 9368 7714 | SMS screenshot",
        ),
    ],
    [
        (
            "user",
            "There's a fake Facebook profile pretending to be my daughter and messaging boys from her school. How do I get it taken down?",
        ),
        (
            "assistant",
            "You can report it as impersonation from the fake profile's page. As her parent you can also use Facebook's form for reporting an account of a minor. What details do you have?",
        ),
        (
            "user",
            "She's Aisha Rahman, 14, Secondary 2 at Yishun Town Secondary. The fake profile is facebook.com/aisha.rahman.2011.official and it's using her real school photo.",
        ),
    ],
    [
        (
            "user",
            "帮我写人身安全保护令申请书。申请人：孔晓雯。被申请人：邓志军，男，身份证号420111198305290352，申请人前男友。",
        ),
        ("assistant", "好的。请补充：你们分手的时间、他最近的具体行为和你手里的证据。"),
        ("user", "去年12月分手，之后他在我武汉光谷的公司楼下堵我四次，还往我爸妈家寄了一只死鸟。"),
        (
            "assistant",
            "申请事实与理由：申请人孔晓雯与被申请人邓志军（身份证号420111198305290352）于去年12月结束恋爱关系后，被申请人四次在申请人位于武汉光谷的单位楼下堵截，并向申请人父母住处寄送死鸟，申请人人身安全受到严重威胁。",
        ),
    ],
    [
        ("user", "Could you help me write to the PCPD in English about a doxxing post?"),
        ("assistant", "Of course. Tell me what was posted, where and when, and whose data it was."),
        (
            "user",
            "It's my dad, Cheung Wai Man. A LIHKG thread on 14 June posted his HKID XA417263(6), our flat in Tsz Wan Shan and said he 'deserves a visit' because of a parking dispute.",
        ),
    ],
    [
        (
            "user",
            "My manager sends me messages every night and now he's turned up at my condo twice. Is this something I can report?",
        ),
        (
            "assistant",
            "Yes, repeated unwanted contact and turning up at your home can amount to harassment. Would you like help writing to HR or to the police?",
        ),
        (
            "user",
            "HR first. I'm Deepa Nair, Operations, personal email deepa.nair.sg@outlook.com. Manager is Gerald Soh, Head of Ops. He came to my condo on 18 and 21 Nov.",
        ),
        (
            "assistant",
            "Dear HR, I, Deepa Nair (Operations), wish to report repeated unwanted contact by Gerald Soh, Head of Operations, including nightly messages and two visits to my residence on 18 and 21 November. Please reply to deepa.nair.sg@outlook.com.",
        ),
    ],
    [
        ("user", "男生被跟騷也可以報案嗎？"),
        (
            "assistant",
            "可以，《跟蹤騷擾防制法》不分性別。你願意的話可以說說發生了什麼，我幫你整理。",
        ),
        (
            "user",
            "我叫蕭承恩，身分證E158302645，前女友一直用不同的LINE帳號傳訊息給我，還跑到我在高雄苓雅區的租屋處按電鈴，她叫顏若涵。",
        ),
    ],
    [
        (
            "user",
            "Someone got into my bank app and I think it's the same person who's been stalking me. What should I do?",
        ),
        (
            "assistant",
            "Call your bank's fraud line now to freeze the account, change your passwords from a clean device, and make a police report. Which bank is it?",
        ),
        (
            "user",
            "CIMB, account 7062338144 under my name Shalini a/p Krishnan. Last week my ex Vignesh a/l Rajan showed me a screenshot of my balance, so it must be him.",
        ),
        (
            "user",
            "also he knows my new address in Bangsar South, please include that in the police report draft",
        ),
    ],
    [
        ("user", "我在马来西亚留学，被一个同校的人跟踪，要给大使馆写信求助，怎么写？"),
        (
            "assistant",
            "可以写明你的身份、所在学校、遭遇的情况和已经采取的措施，请领事保护协助。需要的话告诉我具体信息。",
        ),
        (
            "user",
            "我叫杨博文，护照号E61538207，在Universiti Malaya读硕士。跟踪我的是同实验室的学长，经常深夜在宿舍楼下等我，还翻我的垃圾。",
        ),
        (
            "assistant",
            "尊敬的领事保护部门：本人杨博文（护照号E61538207），现为马来亚大学硕士研究生，近期多次遭同实验室学长深夜在宿舍楼下守候并翻动本人垃圾，特请求领事协助。",
        ),
    ],
]
