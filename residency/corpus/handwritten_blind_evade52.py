# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade52: personal data in subtitles and transcripts (SRT cues, speaker labels, values split across cues). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade52
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "film and TV subtitles"): [
        "1\n00:00:02,000 --> 00:00:04,750\n[THUNDER RUMBLES]\n\n2\n00:00:05,100 --> 00:00:07,300\nMrs. Hudson! Has anyone seen my violin?",
        "00:12:41,520 --> 00:12:44,010\nThe name's Bond. James Bond.",
        "214\n01:02:17,880 --> 01:02:20,340\n- So where do you live?\n- 742 Evergreen Terrace. Springfield.",
        "88\n00:41:09,600 --> 00:41:12,100\nJust call me. 555-0147.\nAny time, day or night.",
        "57\n00:08:33,000 --> 00:08:35,900\n<i>Previously on Harbour Lights...</i>",
        "00:23:05,410 --> 00:23:08,200\nMy name is Walter Hartwell White.\nI live at 308 Negra Arroyo Lane, Albuquerque.",
        "1203\n01:44:59,999 --> 01:45:02,480\n♪ Happy birthday, dear Matilda ♪",
        "Subtitles by the OpenCaption volunteer team · synced for WEB-DL 1080p · rev 2.1",
        "19\n00:01:58,200 --> 00:02:00,900\n[Dr. Gregory House]\nIt's not lupus. It's never lupus.",
        "Sherlock.S02E01.A.Scandal.in.Belgravia.720p.BluRay.x264-SPARKS.en.srt",
        "76\n00:05:44,320 --> 00:05:46,900\nBruce Wayne's parents were shot\nin Crime Alley, Gotham City.",
        "WEBVTT\n\nNOTE en-US closed captions, v3\n\n00:00:01.000 --> 00:00:03.500 line:90%\n[soft piano music]",
        "33\n00:02:59,080 --> 00:03:01,500\nOk, ok. Stay calm.\nBreathe.",
        "34\n00:03:01,620 --> 00:03:04,010\n(MULDER) Scully, it's me.\nI'm at the motel in Bellefleur.",
    ],
    ("zh-Hans", "影视与纪录片字幕"): [
        "1\n00:00:01,000 --> 00:00:03,500\n本片根据真实事件改编\n\n2\n00:00:03,600 --> 00:00:06,000\n片中人物姓名均为化名",
        "00:15:22,300 --> 00:15:25,100\n孙悟空：俺老孙去也！",
        "128\n00:47:03,450 --> 00:47:06,220\n报告旅长，李云龙请求归队！",
        "00:31:17,800 --> 00:31:20,400\n甄嬛：臣妾做不到啊！",
        "本字幕由风车字幕组制作，仅供学习交流，请于下载后24小时内删除",
        "00:02:10,000 --> 00:02:13,200\n（旁白）鲁迅，1881年生于浙江绍兴，原名周树人。",
        "00:44:51,600 --> 00:44:54,000\n如遇火情请拨打119，急救电话120",
        "5\n00:00:18,200 --> 00:00:21,700\n（画外音）2008年8月8日晚8点，北京国家体育场",
        "912\n01:12:40,330 --> 01:12:42,900\n张三：这合同我不签！\n李四：由不得你。",
        "00:09:12,500 --> 00:09:15,800\n钟南山院士在发布会上表示，该病毒存在人传人现象。",
        "【中英双语】TED演讲：如何与焦虑相处｜ted_2019_anxiety_zh-en.srt，共 312 条字幕",
        "00:36:40,000 --> 00:36:43,600\n（字幕）顺丰运单样例 SF1428867730215，仅作演示",
        "00:51:02,100 --> 00:51:04,900\n贾宝玉：林妹妹，你这又是何苦？",
    ],
    ("zh-Hant", "新聞直播字幕"): [
        "00:00:05,000 --> 00:00:08,200\n行政長官李家超今早出席行政會議前會見傳媒",
        "00:01:12,400 --> 00:01:15,900\n天文台表示，八號烈風或暴風信號將於下午四時四十分發出",
        "00:01:40,000 --> 00:01:43,300\n如有需要，可致電社會福利署熱線 2343 2255 查詢",
        "00:02:30,000 --> 00:02:33,100\n警方呼籲市民如有消息，致電 3661 1300 與調查人員聯絡",
        "00:03:45,500 --> 00:03:48,000\n瑪嘉烈醫院及伊利沙伯醫院急症室今日輪候時間超過八小時",
        "00:05:01,000 --> 00:05:04,300\n恒生指數收市報 17,402 點，跌 213 點，成交額 1,032 億元",
        "【即時字幕】立法會財務委員會會議 2024-06-14｜語音辨識自動生成，或有錯漏",
        "00:06:20,700 --> 00:06:24,000\n消費者委員會提醒，網購時切勿向陌生人透露信用卡資料",
        "00:07:02,200 --> 00:07:05,900\n李小龍逝世五十周年，香港文化博物館舉辦紀念展覽",
        "00:08:33,400 --> 00:08:36,000\n港鐵東鐵綫服務受阻，金鐘站至紅磡站延誤約十五分鐘",
        "00:09:10,000 --> 00:09:12,400\n（粵）咁大家記得帶遮呀，聽日仲有驟雨㗎",
        "00:10:22,800 --> 00:10:26,100\n中央氣象署：颱風中心目前位於鵝鑾鼻東南方約 320 公里海面",
        "00:11:45,000 --> 00:11:48,600\n逸夫書院及邵逸夫堂今日暫停開放，市民可留意中大網頁公布",
    ],
    ("en", "meeting and call transcripts"): _lines("""
        [00:00:03] Chair: Okay, let's start. Item one is the Q3 subtitle backlog — we're at 1,284 episodes.
        [00:04:17] Speaker 2: The vendor invoice INV-2024-08831 was paid on the 12th, so that one's closed.
        [00:11:52] PM: Ticket SUB-4471, the cue overlap bug on the Thai track, is fixed in build 3.8.2.
        [00:15:40] Speaker 1: I think the CFO said on the earnings call that margins recover by Q2, not Q1.
        Keynote transcript, Computex 2024 — speaker: Jensen Huang, CEO of NVIDIA · 1h 58m · auto-captions en / zh-Hant
        [01:02:09] Interviewer: Walk me through how you'd design a rate limiter. Candidate: Sure, I'd start with a token bucket...
        [00:22:35] Unknown Speaker: sorry you're on mute — [crosstalk] — can everyone see my screen?
        [00:31:08] Facilitator: Please don't say customer names on the recording; use the case ID, like CASE-00917.
        Action items: (1) localisation team to re-time ep. 7 cues 410–455; (2) Legal to clear the music licence for "Moon River".
        [00:45:00] Speaker 3: PO 4500127783 left Yantian on the 3rd, ETA Rotterdam the 29th, container MSKU 7731048.
        Otter summary: meeting ran 47 min · 5 speakers · keywords: churn, onboarding, SRT export, pricing tier.
        [00:52:14] HR lead: Reminder — salary bands live in the confidential folder, don't paste them in the chat.
        [00:00:09] IVR: Thank you for calling Singtel. For mobile enquiries press 1. Calls may be recorded.
    """),
    ("en", "transcription style guide"): [
        "Replace any spoken phone number with [PHONE] and any caller's name with [NAME]; keep the timestamps unchanged.",
        "If a value is split across cues (e.g. a card number read in two breaths), redact both cues, not just the first.",
        "Speaker labels: use S1, S2, S3… in order of first appearance. Real names only for officials speaking in an official capacity.",
        "Template:\n{cue_no}\n{start} --> {end}\n[{speaker}]: {text}",
        "Max 42 characters per line, max 2 lines per cue, minimum duration 00:00:00,833, gap between cues ≥ 2 frames.",
        "Example of a correctly redacted cue:\n17\n00:01:22,400 --> 00:01:25,000\nMy IC number is [ID REDACTED].",
        "Do not transcribe medical records that are read aloud; write [medical information omitted] and flag the file to the privacy officer.",
        "Non-speech tags go in square brackets, lowercase: [laughs], [door slams], [phone rings].",
        "SRT timestamps are HH:MM:SS,mmm with a comma; WebVTT uses a full stop (00:01:05.250).",
        "For Mandarin–English code-switching keep the original words, e.g. 'OK 那我们 next week 再 sync 一下'.",
        "Use obvious dummy values in training clips only: S1234567D, 000000-00-0000, name 'Tan Ah Kow (sample)'.",
        "Retention: raw call audio is deleted after 30 days; redacted transcripts are kept 12 months in the KL region.",
    ],
    ("ms", "sari kata dan transkrip"): [
        "1\n00:00:01,500 --> 00:00:04,000\n[MUZIK LATAR]\n\n2\n00:00:04,200 --> 00:00:06,800\nSelamat datang ke Buletin Utama.",
        "00:03:12,000 --> 00:03:15,400\nPerdana Menteri Datuk Seri Anwar Ibrahim berucap di Dewan Rakyat pagi tadi.",
        "00:05:40,100 --> 00:05:43,000\nOrang ramai boleh menghubungi Talian Kasih 15999 untuk bantuan.",
        "00:07:22,300 --> 00:07:25,900\nHospital Tunku Azizah dan Hospital Sultanah Aminah buka klinik vaksin hujung minggu.",
        "Sari kata oleh Pasukan Terjemahan · diselaraskan untuk versi 1080p · v1.4",
        "00:09:01,000 --> 00:09:03,500\nJalan Tun Razak ditutup sementara untuk perarakan Hari Kebangsaan.",
        "[00:12:44] Pengacara: Kita rehat sebentar. Jangan ke mana-mana!",
        "00:14:10,800 --> 00:14:13,200\nLHDN mengingatkan tarikh akhir e-Filing Borang BE ialah 30 April.",
        "Transkrip mesyuarat AJK surau: baki tabung RM 4,312.50; kutipan Jumaat lepas RM 612.",
        "00:16:55,000 --> 00:16:58,400\nAllahyarham P. Ramlee menghasilkan lebih 60 filem sepanjang kariernya.",
        "Sila gantikan nombor IC dalam sari kata dengan XXXXXX-XX-XXXX sebelum dimuat naik.",
        "00:18:30,200 --> 00:18:33,000\nNo. aduan TNB-2024-0098813. Bekalan elektrik dijangka pulih jam 5 petang.",
    ],
    ("en", "ASR and caption tooling logs"): _lines("""
        2024-11-03T08:14:22.511Z INFO whisper-large-v3 decoded 00:42:17 of audio in 00:03:51 (RTF 0.091), dev WER 7.8%
        ffmpeg -i ep07_master.mov -map 0:s:0 -c:s srt ep07_en.srt
        WARN cue 1184 overlaps cue 1185 by 120 ms (01:31:02,340 --> 01:31:04,100)
        sha256(ep07_zh-Hans.srt) = 9f2c4e81b07a3d55c6e1f0a8b2d94e7c13a6f5d8e0b7c2a941d3e6f8a0c5b712
        pysubs2 1.7.2 | pyannote.audio 3.1.1 | diarization: 4 speakers detected (SPEAKER_00 … SPEAKER_03)
        {"start": 12.48, "end": 15.02, "speaker": "SPEAKER_01", "text": "okay so the next slide"}
        ERROR: SRT parse failed at line 3321: expected '-->' got '->'
        Job 7f3a-91bc finished: 1,932 cues, 3 languages (en, zh-Hant, ms), burn-in off, export VTT+SRT.
        redact.py --patterns phone,email,nric,mykad --mask '[REDACTED]' --input transcripts/ --dry-run
        Caption QA 96.4/100 — 12 reading-speed violations (>20 cps), 0 missing cues, 2 orphan italics tags.
        NRIC_RE = r"^[STFGM]\\d{7}[A-Z]$"; MYKAD_RE = r"^\\d{6}-\\d{2}-\\d{4}$"
        Build 2025.01.17+git.3e9a1c0 released: fixes CEA-608 roll-up captions on Safari 17.2.
    """),
    ("zh-Hans", "课程与讲座转写"): _lines("""
        [00:02:15] 讲师：今天我们讲《个人信息保护法》第十三条，处理个人信息的合法性基础。
        [00:10:40] 讲师：比如身份证号，一共18位，最后一位是校验码，可能是X，所以不能按纯数字存。
        [00:18:05] 主持人：欢迎本期嘉宾，历史学者易中天先生，今天聊聊三国。
        [00:25:33] 学生A：老师，那脱敏以后的数据还算不算个人信息呀？
        [00:33:20] 讲师：诸葛亮在《出师表》里写“臣本布衣，躬耕于南阳”。
        [00:41:12] 助教：作业提交截止时间是12月20日23:59，逾期一天扣10分。
        腾讯会议自动转写 · 会议号 482 913 075 · 时长 01:32:14 · 参会 36 人
        [00:47:55] 讲师：北京协和医院、华西医院这些三甲医院都有自己的数据合规团队。
        [00:52:30] 讲师：像“张某，男，35岁，住某市某区”这种写法，就是判决书公开时常用的去标识化处理。
        第3讲_字幕.srt（自动生成，人工校对2处）下载次数 1,204
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": [
        "45\n00:03:12,100 --> 00:03:13,900\nyeah my number's nine-one-seven-\n\n46\n00:03:14,000 --> 00:03:16,200\nthree, four-eight-two-six. It's Priya Raman btw",
        "[10:42:07] PROSECUTOR: Mr. Desmond Lau Kok Wai, you were driving SKQ 4821 H on the night of 14 March?\n[10:42:15] ACCUSED: Yes, Your Honour.",
        "[00:01:45] AGENT: Can I have the long card number please?\n[00:01:49] CALLER: 4532 8190\n[00:01:53] CALLER: 7364 2151, exp 09/27, name on card Jonathan Reyes",
        "Session 6 — client: Marcus Tan (DOB 02/11/1991)\n[00:14:20] Marcus: the panic attacks are back since I came off the sertraline in August.",
        "00:02:41,000 --> 00:02:44,500\nso my mum Linda Okafor just got diagnosed\nwith early-onset Alzheimer's, she's only 58",
        "[00:00:12] Host (Rachel Goh): before we start — if you need the recording, email rachel.goh.hr@gmail.com or WhatsApp me on +65 8254 6019",
        "301\n00:22:10,400 --> 00:22:11,800\nIC number? S88...\n\n302\n00:22:11,900 --> 00:22:13,600\n23145G. Under Lim Hui Min.",
        "Q: State your full name and address for the record.\nA: Daniel Cheong Wei Ming, Blk 412 Bedok North Ave 2, #09-117, Singapore 460412.",
        "[02:11:30] Q. And your base salary at Hartwell Freight in 2023? A. (Ms Fiona Marsh) £68,500, plus a bonus of about twelve thousand.",
        "[00:05:02] AGENT: so that's Harpreet Sandhu, DOB 14/06/1979, card ending ••3044 — I'll cancel it now and post a new one to EH6 7QT.",
        "[00:37:10] GUEST: my flatmate Tomasz Nowak — he won't mind me saying — has been HIV positive for ten years and honestly he's fine",
        "Interview transcript — candidate Wong Jia Hui, current salary SGD 7,800, expected 9,500, notice 2 months.\n[00:00:40] Interviewer: Thanks Jia Hui, let's start.",
        "Voicemail from +44 7911 482306 (00:00:27): hi love it's Gran, Margaret Ellis, they've moved my hip op to Tuesday, Royal Infirmary ward 12",
        "[23:14:02] OFFICER: Licence please.\n[23:14:10] DRIVER: Chloe Brennan, it's DL 4829117, I live at 18 Harbour View Rd, Devonport",
    ],
    "zh-Hans": [
        "17\n00:01:05,200 --> 00:01:07,000\n身份证号我念一下，4403051988\n\n18\n00:01:07,100 --> 00:01:09,300\n07124538，名字是郑嘉豪",
        "[00:00:32] 客服：请问您的手机号？\n[00:00:35] 客户：139 2846 7105，我叫范晓雯，收货地址杭州市西湖区文三路478号华星时代广场A座1207",
        "审判长：被告人陈国栋，男，1979年2月11日出生，身份证号110108197902113615，住北京市海淀区学院路30号院5号楼302室，是否属实？\n被告人：属实。",
        "00:12:40,000 --> 00:12:43,500\n家人们，我表妹刘思琪抑郁症住院了，\n就在华西医院心理卫生中心七楼",
        "[00:08:15] 候选人（周文博）：我现在月薪税前28K，年终4个月，期望35K以上，最快下个月到岗。",
        "203\n00:14:02,300 --> 00:14:03,500\n你记一下，一五八\n\n204\n00:14:03,600 --> 00:14:05,200\n二一零三，四七九六\n\n205\n00:14:05,300 --> 00:14:06,800\n找我老婆唐莉就行",
        "[00:03:11] 医生：马建军是吧，62岁，上次CT肺部那个结节1.8厘米。\n[00:03:20] 患者：对，我烟抽了四十年了。",
        "[00:02:44] 客户：卡号6228 4804 1273 9150，户名何雨桐，麻烦帮我冻结一下，卡丢了",
        "00:21:16,700 --> 00:21:19,800\n撞我的是沪A·F3821，车主叫蒋立新，住徐汇区宛平南路88弄7号",
        "[00:40:02] 主播：想报名的加我助理微信 yangxiaomei_0917，她叫杨晓梅，备注“直播间”",
        "[00:15:30] 班主任：王子轩同学（三年级二班）有癫痫病史，家长王海峰电话186 0157 2239，大家多留意。",
        "[00:06:12] 客服：核对一下，您是袁丽娟女士，身份证尾号2873，住成都市武侯区玉林北路12号3栋2单元，对吗？",
        "00:05:10,000 --> 00:05:13,000\n我护照号EJ4829173，名字拼音XU MENGYAO，\n机票名字订错了怎么办啊",
    ],
    "zh-Hant": [
        "56\n00:04:20,100 --> 00:04:21,800\n身份證號碼係 Y 五三一\n\n57\n00:04:21,900 --> 00:04:23,600\n四七零，括號二。陳美玲。",
        "[10:15:22] 裁判官：被告梁志豪，你被控於2023年5月喺旺角西洋菜南街一間便利店盜竊，你明唔明白控罪？",
        "[22:41:05] 主持：下一位聽眾黃太，你講。\n[22:41:09] 黃太：我叫黃秀英，住天水圍天瑞邨瑞和樓1204室，我老公中風之後冇人理……",
        "[00:01:20] 客戶：保單號 HL-88213457，受保人係我阿爸何志強，HKID K482913(1)，佢上個月喺屯門醫院做咗心臟搭橋。",
        "[00:25:48] 來賓：我同事林怡君，身分證 F228731051，被詐騙集團冒名辦了三支門號……",
        "[00:12:03] 人資：新進人員張志明，月薪 52,000，3/1 到職，勞保投保薪資 53,000。",
        "00:08:14,300 --> 00:08:17,000\n（旁白）蘇穎欣嘅電話係 6382 1947，\n佢住沙田第一城 32 座 18 樓 F 室",
        "[00:33:40] 學員：老師你加我 LINE，ID 是 chen.yuting0521，我叫陳郁婷，想問我媽的乳癌化療療程。",
        "00:00:45,000 --> 00:00:48,500\n車牌 RT 3829，司機叫葉家輝，\n我影咗佢身份證：P916305(4)",
    ],
    "ms": [
        "112\n00:09:14,200 --> 00:09:15,900\nNombor IC saya 880415\n\n113\n00:09:16,000 --> 00:09:17,800\n14-5524, nama Nurul Aina binti Hashim",
        "[14:05:11] Pengadu: Saya Muhammad Hafiz bin Razali, tinggal di No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam. Kereta saya WXY 4821 dicuri.",
        "[00:02:10] Ejen: Boleh sahkan nombor telefon?\n[00:02:14] Pelanggan: 012-478 3391, atas nama Siti Khadijah Mohd Noor.",
        "00:15:02,000 --> 00:15:05,400\nAyah saya, Encik Rosli bin Ahmad, 67 tahun,\nbaru disahkan kanser prostat tahap 3",
        "[00:20:30] HR: Gaji pokok En. Kumar a/l Selvaraj RM 6,850 sebulan, mula 1 Februari, no. KWSP 19482736.",
        "Transkrip Mahkamah Majistret: Tertuduh Tan Ah Seng, 45, mengaku tidak bersalah memandu dalam keadaan mabuk di Jalan Ipoh pada 3 Mac.",
        "[00:44:10] Penceramah: Sesiapa nak daftar, WhatsApp isteri saya Puan Zulaikha Idris 019-225 8840 ya.",
        "[00:03:30] Pelanggan: Akaun Maybank 1142 3309 8817 atas nama Lee Mei Fong, tolong sekat kad 5204 7311 6829 3044.",
    ],
    "mixed": [
        "88\n00:06:40,200 --> 00:06:41,900\nRumah dia kat 27 Jalan... eh, Lorong\n\n89\n00:06:42,000 --> 00:06:44,500\nLorong Maarof 3, Bangsar, the yellow house. Tanya Aunty Sharifah Aminah.",
        "[00:09:50] S2: eh my FIN is G5518327P lah, name Arjun Mehta, can help me check my work pass renewal or not?",
        "[00:17:22] Jessica：OK 那我把 Kevin 林志强 的 email 发你，kevin.lim.zq@outlook.com，phone +86 137 1642 8850，他 next week 做 knee surgery",
        "00:11:05,000 --> 00:11:08,000\n我 NRIC 是 T0312678H，名字 Ong Kai Xuan，\nplease update address to Blk 231 Tampines St 21 #05-332",
        "[00:05:45] 客户：我的 IC 920811-10-6284，名字 Chong Pei Ling，地址 No. 8, Jalan SS2/24, Petaling Jaya",
        "[00:30:12] 阿Ben：我老婆 Carmen Yip 嘅 HKID 係 AB207816(1)，你 book 手術嗰陣用佢張 ID check 吓",
        "Cue 77 [00:04:01,200]: ID is 5101071995\nCue 78 [00:04:02,900]: 06192873, Deng Yuxin, pls double check",
        "23\n00:01:40,500 --> 00:01:43,000\nMdm Kamala Devi, 74, lives alone at\n\n24\n00:01:43,100 --> 00:01:46,000\nBlk 58 Marine Terrace #11-205, dementia stage 2, son Ravi 9841 2736",
    ],
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a subtitle timing assistant. Fix overlapping cues; do not change the text.",
        ),
        (
            "user",
            "fix timing pls\n\n14\n00:01:02,000 --> 00:01:04,500\nOk my home address is\n\n15\n00:01:04,200 --> 00:01:06,900\n16 Sunset Way #03-12, Clementi, S597215\n\n16\n00:01:06,950 --> 00:01:08,000\n— Wendy Sim, mobile 9027 5518",
        ),
        (
            "assistant",
            "Cue 15 starts before cue 14 ends. I moved cue 15 to 00:01:04,600 --> 00:01:06,900; cue 16 is unchanged.",
        ),
    ],
    [
        ("user", "帮我把这段庭审转写翻成英文"),
        ("user", "[09:32:10] 审判员：原告孙丽华与被告吴建平离婚纠纷一案，现在开庭。"),
        (
            "assistant",
            "[09:32:10] Judge: The court is now in session for the divorce dispute between the plaintiff Sun Lihua and the defendant Wu Jianping.",
        ),
        ("user", "另外原告身份证 320582198309271400 在字幕里要不要打码？"),
        (
            "assistant",
            "建议打码，身份证号属于敏感个人信息，可显示为 3205**********1400 或直接删除。",
        ),
    ],
    [
        ("system", "Anda pembaca pruf sari kata Bahasa Melayu."),
        (
            "user",
            "Tolong semak ejaan:\n\n41\n00:02:30,000 --> 00:02:33,000\nSaya Aisyah binti Kamarul, IC 910723-08-5568,\n\n42\n00:02:33,100 --> 00:02:36,000\nsaya hidap diabetis jenis 1 sejak umur 12 tahun",
        ),
        (
            "assistant",
            "Pembetulan: 'hidap diabetis' → 'menghidap diabetes'. Lain-lain ejaan betul.",
        ),
    ],
    [
        ("user", "幫我整理一段留言錄音嘅文字稿"),
        ("assistant", "好，請貼上錄音轉寫內容。"),
        ("user", "留言人係吳淑儀，講話要改約覆診時間，佢喺瑪麗醫院腎科跟進緊洗腎"),
        ("user", "佢留低嘅電話係 9 2 0 4"),
        ("user", "8 1 3 6"),
        ("assistant", "整理：吳淑儀來電要求更改腎科覆診時間，回覆電話 9204 8136。"),
    ],
    [
        (
            "user",
            "editing my podcast ep 31 — can you give me the cut points? around 00:41:10 my guest says her sister Chua Mei Ling was sectioned last year for bipolar disorder and she didn't clear that with her sister",
        ),
        (
            "assistant",
            "Sounds like you should remove it. Send me the transcript from 00:40:30 to 00:42:30 and I'll suggest in/out points that keep the flow.",
        ),
        (
            "user",
            "[00:41:08] GUEST: ...and my sister, Mei Ling, she was sectioned at IMH last March\n[00:41:14] GUEST: bipolar one, they said",
        ),
    ],
    [
        (
            "system",
            "Score the agent on a 1–5 scale for empathy, verification and resolution. Output JSON.",
        ),
        (
            "user",
            "[00:00:05] AGENT: Thanks for calling, who am I speaking with?\n[00:00:08] CALLER: Bryan Teo\n[00:00:20] AGENT: and your date of birth?\n[00:00:23] CALLER: 3rd of May 1986\n[00:00:41] CALLER: card is 6217 0028 1934 5564, I think someone used it in Bangkok",
        ),
        (
            "assistant",
            '{"empathy": 4, "verification": 3, "resolution": 4, "note": "full card number read aloud; transcript should be redacted"}',
        ),
    ],
    [
        ("user", "summarise this Zoom transcript into action items"),
        (
            "user",
            "[00:03:12] Li Na: 我下周出差，有事直接打我 +86 135 7720 4168\n[00:03:20] Li Na: 或者加微信 lina_sz1990\n[00:04:02] Tom: ok noted, I'll send the SRT by Friday",
        ),
        (
            "assistant",
            "Action items: Tom sends the SRT by Friday. Li Na is travelling next week; contact her on her mobile or WeChat.",
        ),
    ],
    [
        ("system", "你是逐字稿校對助理，只修正錯字，不要改動內容。"),
        (
            "user",
            "[00:02:10] 記者：請問您貴姓？\n[00:02:12] 受訪者：我姓郭，郭俊宏，身分証 B120493870，住臺北市大安區和平東路二段 96 巷 15 號 4 樓",
        ),
        ("assistant", "更正：「身分証」→「身分證」。其餘無誤。"),
    ],
    [
        ("user", "my dad's IC is 750302-07-"),
        ("user", "5121"),
        ("assistant", "Noted. What do you need help with?"),
        (
            "user",
            "can u write subtitles for the video call w the doctor, name Lim Chee Keong, he's in Penang GH ward 7 for dialysis, first cue starts 00:00:03",
        ),
    ],
    [
        (
            "system",
            "You produce bilingual zh-Hans/en subtitles for medical interpreting recordings.",
        ),
        (
            "user",
            "1\n00:00:01,000 --> 00:00:04,000\n医生：韦小芳，28岁，孕32周，妊娠期糖尿病\n\n2\n00:00:04,100 --> 00:00:06,500\n医生：你电话还是135 8842 0913吧？",
        ),
        (
            "assistant",
            "1\n00:00:01,000 --> 00:00:04,000\nDoctor: Wei Xiaofang, 28, 32 weeks pregnant, gestational diabetes\n\n2\n00:00:04,100 --> 00:00:06,500\nDoctor: Is your number still 135 8842 0913?",
        ),
    ],
]
