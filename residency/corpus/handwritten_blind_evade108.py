# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade108: accessibility and transcription formats (SRT/VTT subtitles, screen-reader output, speech-to-text JSON with word timings, hOCR/ALTO OCR XML, alt text) with personal data hidden or encoded inside them. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade108
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "subtitle_srt_vtt"): _lines("""
        1 00:00:00,000 --> 00:00:03,240 [MUSIC] Previously on Harbour Lights, Season 2.
        WEBVTT - Kind: captions - Language: en-SG - X-TIMESTAMP-MAP=MPEGTS:900000,LOCAL:00:00:00.000
        00:12:04.880 --> 00:12:07.120 line:85% align:center <v Narrator>On 9 August 1965, Lee Kuan Yew announced Singapore's separation from Malaysia.</v>
        214 01:02:11,400 --> 01:02:14,020 <i>Holmes:</i> You have been in Afghanistan, I perceive. [door slams]
        NOTE cue text base64 for QC: RXBpc29kZSAxMjogVGhlIFN0cmFpdHMgU2V0dGxlbWVudHMsIDE4MjYtMTk0Ng== (title card, episode 12)
        00:00:41.500 --> 00:00:44.900 <v Announcer>For group bookings call our box office on 6555 0123 or write to boxoffice@harbourlightstheatre.sg</v>
        88 00:07:19,260 --> 00:07:21,980 (Training video, self-checkout kiosk) Your order SQ-20241106-7731 is ready for collection at Counter 3.
        00:03:02.000 --> 00:03:05.500 <v Speaker 1>Welcome back to the show.</v> <v Speaker 2>Thanks, great to be here.</v>
        STYLE ::cue(v[voice=Host]) { color: yellow; background: rgba(0,0,0,0.8) } /* house style v3.2, do not edit */
        45 00:02:58,010 --> 00:03:01,440 [Speaker of Parliament] The House will now proceed to the second reading of the Bill.
        00:18:33.700 --> 00:18:36.100 <v Commentator>Joseph Schooling touches the wall in 50.39 - an Olympic record!</v>
        1 00:00:01,000 --> 00:00:04,000 {DISPLAY_NAME} has joined the call. Press star six to unmute.
        00:00:00.000 --> 00:00:02.500 [Captions by the Accessibility Desk, ref CAP-2024-0918, caption engine v1.4.2]
    """),
    ("en", "screen_reader_and_alt_text"): _lines("""
        NVDA: link, Track order ORD-88213-SG, visited
        VoiceOver: Email address, text field, required, double-tap to edit
        TalkBack: Button, Pay S$128.40, double-tap to activate
        alt="Portrait of Sir Stamford Raffles, oil on canvas, by George Francis Joseph, 1817"
        alt="Front of a specimen identity card with placeholder number S0000000A and the word SPECIMEN printed across it"
        JAWS: heading level 2, Order summary, 3 items, subtotal 45 dollars 90 cents
        NVDA: table with 4 rows and 3 columns, row 2, column 1, Patient A, column 2, average wait 14 minutes
        alt="Bar chart: 1,284 caption requests in Q3, up 12% from Q2; 62% were for Chinese-language videos"
        VoiceOver: image, Statue of Confucius at the entrance of the school courtyard
        aria-label="Call our customer service line 1800 225 5663, open daily 8am to 10pm"
        NVDA: edit, Full name, blank, Enter your name exactly as it appears on your passport
        alt="Screenshot of the booking confirmation page, booking reference K7Q2XP, flight SQ 318 SIN-LHR, seat 42A"
        TalkBack: Heading, Sherlock Holmes and Dr Watson at 221B Baker Street, illustration by Sidney Paget
    """),
    ("en", "ocr_alto_hocr_xml"): _lines("""
        <String ID="S_12" CONTENT="SINGAPORE" HPOS="412" VPOS="88" WIDTH="210" HEIGHT="34" WC="0.97"/>
        <TextLine ID="TL_4"><String CONTENT="Mr" WC="0.91"/><SP/><String CONTENT="Lim" WC="0.88"/><SP/><String CONTENT="Kim" WC="0.90"/><SP/><String CONTENT="San" WC="0.89"/><SP/><String CONTENT="declares" WC="0.95"/><SP/><String CONTENT="new" WC="0.97"/><SP/><String CONTENT="flats" WC="0.93"/><SP/><String CONTENT="open" WC="0.96"/></TextLine>
        <span class='ocrx_word' id='word_1_44' title='bbox 322 1180 498 1214; x_wconf 93'>UEN</span> <span class='ocrx_word' id='word_1_45' title='bbox 510 1180 760 1214; x_wconf 91'>201912345K</span>
        <span class='ocr_line' id='line_1_9' title='bbox 80 400 1400 440; baseline 0 -8'>INVOICE NO. INV-2024-00871 Date 06/11/2024 Amount Due SGD 1,284.00</span>
        <Page ID="P1" PHYSICAL_IMG_NR="3" HEIGHT="6800" WIDTH="4800" ACCURACY="87.4" PC="0.874"> <!-- microfilm reel 1959-06-05, front page -->
        <String CONTENT="Customer" WC="0.94"/><SP/><String CONTENT="Name:" WC="0.96"/><SP/><String CONTENT="________________" WC="0.42"/><SP/><String CONTENT="Signature:" WC="0.95"/>
        <span class='ocrx_word' title='bbox 120 88 300 120; x_wconf 96'>Tan</span> <span class='ocrx_word' title='bbox 310 88 470 120; x_wconf 95'>Tock</span> <span class='ocrx_word' title='bbox 480 88 620 120; x_wconf 97'>Seng</span> <span class='ocrx_word' title='bbox 630 88 880 120; x_wconf 94'>Hospital</span>
        <String CONTENT="Hotline" WC="0.97"/><SP/><String CONTENT="6225" WC="0.93"/><SP/><String CONTENT="5554" WC="0.91"/><SP/><String CONTENT="(Mon-Fri," WC="0.88"/><SP/><String CONTENT="9am-6pm)" WC="0.90"/>
        <sourceImageInformation><fileName>bt_1965_08_10_p01.tif</fileName></sourceImageInformation><processingSoftware><softwareName>ABBYY FineReader</softwareName><softwareVersion>15.0.112</softwareVersion></processingSoftware>
        <span class='ocr_par' lang='eng' title='bbox 96 210 1620 980'>Jane Eyre, by Charlotte Bronte. Chapter I. There was no possibility of taking a walk that day.</span>
        <String CONTENT="ORDER#" WC="0.90"/><SP/><String CONTENT="SO-558120" WC="0.95"/><SP/><String CONTENT="SKU" WC="0.97"/><SP/><String CONTENT="BRL-40-BLK" WC="0.93"/><SP/><String CONTENT="QTY" WC="0.98"/><SP/><String CONTENT="2" WC="0.99"/>
        hocr-pdf --savefile out.pdf ./scans/ && grep -c ocrx_word scans/page_0042.hocr  # 1,872 words, mean x_wconf 89.6
        <String CONTENT="Dear" WC="0.97"/><SP/><String CONTENT="[Recipient]," WC="0.81"/><SP/><String CONTENT="your" WC="0.96"/><SP/><String CONTENT="parcel" WC="0.95"/><SP/><String CONTENT="SPX-SG-0048812377" WC="0.90"/>
    """),
    ("zh-Hans", "asr_json_word_timings"): _lines("""
        {"text":"您好，欢迎致电工商银行客服热线九五五八八","words":[{"w":"九","s":3.12,"e":3.30},{"w":"五","s":3.30,"e":3.46},{"w":"五","s":3.46,"e":3.61},{"w":"八","s":3.61,"e":3.80},{"w":"八","s":3.80,"e":4.02}]}
        {"utt_id":"call_20241106_0932_seg07","speaker":"坐席","text":"请问您的订单号是多少？","start":41.28,"end":43.05,"conf":0.93}
        {"utt_id":"call_20241106_0932_seg08","speaker":"客户","text":"订单号是 DD 二零二四一一零六八八二一三","start":43.40,"end":47.91,"conf":0.81}
        {"segment":12,"text":"袁隆平院士一生致力于杂交水稻研究","words":[{"word":"袁隆平","start":102.44,"end":103.10},{"word":"院士","start":103.10,"end":103.52}]}
        {"task":"asr","model":"paraformer-zh-v2.1.3","sample_rate":16000,"hotwords":["退货","物流单号","客服工号"],"vad":true,"itn":true}
        {"text":"顺丰单号 SF1402837719265，预计明天下午送达","lang":"zh-CN","duration":6.2,"speaker":"SPEAKER_00"}
        {"channel":1,"text":"本次通话可能会被录音，以提升服务质量","start":0.00,"end":3.85,"speaker_role":"IVR"}
        {"text":"查询余额请按一号键，转人工服务请按零号键","words":[{"w":"一号键","s":1.1,"e":1.6},{"w":"零号键","s":2.4,"e":2.9}]}
        {"utt":"孙悟空一个筋斗云十万八千里","src":"西游记有声书 第3集","start":622.18,"end":625.70}
        {"stats":{"calls":1284,"avg_wer":0.087,"avg_speakers":2.1,"redacted_spans":0},"date":"2024-11-06","site":"华东客服中心"}
        {"text":"欢迎收听，我是主持人，今天我们来聊聊无障碍出行","speaker":"SPEAKER_00","start":0.52,"end":5.18}
        {"hyp":"幺零零八六","ref":"10086","note":"数字规整测试：中国移动客服热线"}
        {"audio_id":"ann_t2_0412","text_b64":"6K6i5Y2VIENOMjAyNDExMDYtODgyMTMg5bey5Y+R6LSn","decoded_len":22,"voice":"zh-CN-XiaoxiaoNeural"}
    """),
    ("zh-Hans", "subtitle_and_alt_text"): _lines("""
        1 00:00:01,200 --> 00:00:03,800 【片头音乐】本节目由图书馆无障碍阅览室提供字幕
        00:05:12.000 --> 00:05:15.400 <v 旁白>1949年10月1日，毛泽东在天安门城楼宣告中华人民共和国中央人民政府成立。</v>
        <img src="/static/banner_1106.jpg" alt="双十一促销横幅：满300减50，活动编号 PROMO-1111-SH">
        alt="滨海湾花园擎天树夜景，灯光秀每晚19:45与20:45开始"
        37 00:02:44,600 --> 00:02:47,100 [电话提示音] 您拨打的用户暂时无法接通，请稍后再拨
        读屏：按钮，提交订单，订单金额 ¥268.00，双击激活
        读屏：编辑框，手机号码，必填，请输入11位手机号
        aria-label="联系客服 400-820-7788（工作日 9:00-18:00）"
        NOTE 字幕组校对版本 v2.3；来源 https://example.cn/v?title=%E6%BB%A8%E6%B5%B7%E6%B9%BE%E8%8A%B1%E5%9B%AD
        12 00:00:58,000 --> 00:01:01,500 林黛玉：我为的是我的心。贾宝玉：我也为的是我的心。
        alt="折线图：2024年1-10月字幕服务工单共3,412件，其中听障用户申请占41%"
        00:14:20.300 --> 00:14:23.900 <v 解说>姚明在2002年以状元秀身份加入休斯顿火箭队</v>
        读屏：图片，中山公园南门，孙中山先生铜像
    """),
    ("zh-Hant", "ocr_hocr_and_subtitles"): _lines("""
        <span class='ocrx_word' title='bbox 210 96 380 130; x_wconf 95'>統一編號</span> <span class='ocrx_word' title='bbox 392 96 560 130; x_wconf 92'>24536806</span>
        <span class='ocr_line' title='bbox 60 300 1500 340'>發票號碼 AB-12345678 總計 NT$1,280 含稅 賣方：聲景無障礙科技股份有限公司</span>
        <span class='ocr_line' title='bbox 40 120 1600 160'>香港鐵路有限公司 通告：觀塘綫 彩虹站 月台幕門維修，查詢熱線 2881 8888</span>
        1 00:00:02,000 --> 00:00:05,100 【旁白】1911年，孫中山領導辛亥革命，推翻清朝。
        <span class='ocrx_word' lang='chi_tra' title='bbox 88 40 520 92; x_wconf 97'>國立臺灣大學醫學院附設醫院</span>
        字幕檔 ep03_zh-TW.srt：共 612 句，平均 CPS 9.4，最長一句 42 字，已通過 QA v1.8
        <span class='ocr_line' title='bbox 40 600 1500 640'>姓名：＿＿＿＿＿ 身分證字號：□□□□□□□□□□ 出生日期：民國＿年＿月＿日</span>
        https://tw.example.com/caption?station=%E6%8D%B7%E9%81%8B%20%E6%9D%BF%E5%8D%97%E7%B7%9A%20%E5%BF%A0%E5%AD%9D%E5%BE%A9%E8%88%88%E7%AB%99&lang=zh-Hant
        00:21:07.400 --> 00:21:10.000 <v 主播>李安憑《少年Pi的奇幻漂流》第二度奪得奧斯卡最佳導演獎</v>
        讀屏：連結，訂單編號 TW2411060031，已出貨，宅配追蹤碼 9033-1845-2207
        <span class='ocr_line' title='bbox 60 700 1500 740'>商業登記證 登記證號碼 71234567-000-11-24-3 有效期至 2025年11月</span>
        替代文字：長條圖，顯示2023年全台手語翻譯場次共 2,184 場，較前年增加 18%
        {"team_hex":"e5ad97e5b995e7b584","episodes":24,"status":"已發布","format":"srt"}
    """),
    ("ms", "sarikata_dan_teks_alt"): _lines("""
        1 00:00:01,000 --> 00:00:04,200 [MUZIK] Selamat datang ke Berita Perdana jam lapan.
        00:03:15.500 --> 00:03:19.000 <v Pencerita>Pada 31 Ogos 1957, Tunku Abdul Rahman melaungkan Merdeka sebanyak tujuh kali.</v>
        alt="Logo Jabatan Pendaftaran Negara dengan latar belakang biru"
        Pembaca skrin: butang, Hantar permohonan, ketik dua kali untuk aktifkan
        Pembaca skrin: medan teks, Nombor MyKad, wajib, contoh format 000000-00-0000
        alt="Peta laluan MRT Kajang dari stesen Muzium Negara ke Pasar Seni"
        https://sarikata.example.my/cari?jalan=Jalan%20Tun%20Razak&kawasan=Kuala%20Lumpur%20Sentral
        24 00:01:48,300 --> 00:01:51,700 Nombor tempahan anda ialah KL-7781-2024, sila simpan untuk rujukan.
        00:09:02.000 --> 00:09:05.600 Datuk Lee Chong Wei memenangi pingat perak di Sukan Olimpik London 2012.
        alt="Carta pai: 58% aduan sarikata berkaitan penyegerakan, 27% ejaan, 15% lain-lain (jumlah 412 aduan)"
        {"fail":"berita_0611.vtt","bahasa":"ms","isyarat":312,"tempoh":"00:28:40","disemak_oleh":"Unit Kebolehcapaian"}
        Pembaca skrin: pautan, Hubungi kami di talian 1-300-88-1234 atau aduan@kebolehcapaian.example.my
        base64 tajuk: TWVuYXJhIEJlcmtlbWJhciBQZXRyb25hcw== (imej latar episod 5)
        00:12:40.000 --> 00:12:43.000 <v Hang Tuah>Takkan Melayu hilang di dunia.</v>
    """),
    ("mixed", "caption_pipeline_logs_encoded"): _lines("""
        2024-11-06T09:32:18+08:00 INFO asr.worker job=JOB-88213 lang=zh-CN audio=call_0932.wav dur=312.4s wer_est=0.091
        2024-11-06T09:33:02+08:00 WARN ocr.hocr page=42 low_conf_words=17 threshold=0.60 file=scan_bt_1965_08_10.tif
        GET /api/v2/captions?title=%E5%9B%BD%E5%AE%B6%E5%9B%BE%E4%B9%A6%E9%A6%86%20%E6%97%A0%E9%9A%9C%E7%A2%8D%E9%98%85%E8%A7%88%E5%AE%A4&fmt=vtt 200 14ms
        POST /v1/orders body_b64=eyJza3UiOiJIQi1BVUQtMjIwIiwibmFtZSI6IkhlYXJpbmcgbG9vcCBraXQifQ== status=201 order_id=ORD-SG-558120
        Ticket CAP-4471: Sarikata episod 7 lari 2.3 saat selepas minit 14; 字幕不同步，请重新对齐。Assigned to: Captioning Team B
        product_name_hex=427261696c6c6520446973706c61792042442d3430 qty=3 unit_price=SGD 2,890.00 po=PO-2024-1187
        sha256(ep12_en.srt)=9f2c4e1a7b6d3c0e8a5f1b2d4c6e8a0b1c3d5e7f9a2b4c6d8e0f1a3b5c7d9e2f size=48213 bytes
        [redactor] 0 spans matched in transcript_0611_ms.json; categories checked: NRIC, MyKad, phone, email, card
        ffmpeg -i ep03.mp4 -vf subtitles=ep03_zh-TW.srt:force_style='FontName=Noto Sans TC,FontSize=22' -c:a copy out.mp4
        Ticket #58812 via support@captionhub.example.asia: Customer A reports VTT cues overlapping in Safari 17.1; reproduced on build 3.4.0-rc2.
        2024-11-06 10:02:44 DEBUG tts voice=ms-MY-YasminNeural text=Kereta api seterusnya ke Gombak tiba dalam 3 minit chars=52
        alt_text_audit.csv: row 118,img_0093.png,Menara Kuala Lumpur pada waktu senja 黄昏时的吉隆坡塔,pass,len=44
        0 3 * * * /opt/caption/bin/purge --older-than 30d --dry-run=false  # retention per policy RET-07
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        57 00:04:11,300 --> 00:04:15,020 [Caller] Yeah it's Chua Boon Keat, my IC is S-7-6-1-2-0-4-8-Z and you can reach me on eight two six four, one zero nine three.
        NOTE speaker-map b64=U3BlYWtlciAyID0gVGFuIFdlaSBNaW5nLCBOUklDIFM4NzM0MTI2RywgbW9iaWxlIDk3MzUgMjQxOA==
        {"speaker":"caller","words":[{"w":"my","s":12.1},{"w":"email","s":12.3},{"w":"is","s":12.6},{"w":"priya","s":12.8},{"w":"dot","s":13.2},{"w":"nair","s":13.4},{"w":"eighty","s":13.8},{"w":"seven","s":14.1},{"w":"at","s":14.4},{"w":"gmail","s":14.6},{"w":"dot","s":15.0},{"w":"com","s":15.1}]}
        VoiceOver: message from Auntie Doris, Darren's chemo got moved to Thursday, don't tell his boss yet, 9:42 PM
        alt="Photo of Marcus Fernandez in his bed at Ward 64 after the stroke, his daughter Clara holding his hand"
        <span class='ocrx_word' title='bbox 100 200 180 230; x_wconf 90'>NRIC</span> <span class='ocrx_word' title='bbox 190 200 260 230; x_wconf 88'>T025</span> <span class='ocrx_word' title='bbox 270 200 340 230; x_wconf 86'>1937</span> <span class='ocrx_word' title='bbox 350 200 380 230; x_wconf 91'>I</span> <span class='ocrx_word' title='bbox 400 200 520 230; x_wconf 93'>Nur</span> <span class='ocrx_word' title='bbox 530 200 700 230; x_wconf 92'>Haziqah</span>
        <TextLine><String CONTENT="Blk" WC="0.95"/><SP/><String CONTENT="512" WC="0.93"/><SP/><String CONTENT="Bedok" WC="0.96"/><SP/><String CONTENT="North" WC="0.96"/><SP/><String CONTENT="Ave" WC="0.94"/><SP/><String CONTENT="2" WC="0.90"/><SP/><String CONTENT="#09-148" WC="0.87"/><SP/><String CONTENT="S460512" WC="0.85"/><SP/><String CONTENT="Attn:" WC="0.90"/><SP/><String CONTENT="Mdm" WC="0.92"/><SP/><String CONTENT="Rosnah" WC="0.91"/></TextLine>
        112 00:09:40,100 --> 00:09:44,800 <i>(Voicemail)</i> Hi Kelvin Teo, it's the clinic - your HIV test results are back, please call us before Friday.
        NVDA: edit, Card number, ４５３２ ７６１０ ４８３９ ２１７５, expiry 08/27, name on card LIM HUI SHAN
        TalkBack: notification, WhatsApp, Samantha Yeo: Boss cut my pay to 2,100 because of the MC days, I can't make rent this month
        aria-label="Volunteer captioner contact: jаson.koh.sg [at] gmail [dot] com, HP 81O5 2273"
        00:22:05.000 --> 00:22:09.300 <v Coach>Happy birthday Ahmad Faiz! And Faiz, your dad called - the custody hearing got pushed, he'll pick you up late.</v>
        <String CONTENT="Passport" WC="0.97"/><SP/><String CONTENT="No." WC="0.95"/><SP/><String CONTENT="E" WC="0.80"/><String CONTENT="7318" WC="0.82"/><String CONTENT="429" WC="0.79"/><String CONTENT="D" WC="0.86"/><SP/><String CONTENT="HOLDER:" WC="0.90"/><SP/><String CONTENT="BALASUBRAMANIAM" WC="0.92"/><SP/><String CONTENT="s/o" WC="0.70"/><SP/><String CONTENT="KRISHNAN" WC="0.93"/>
        GET /caption/request?requester=Rajesh%20a/l%20Muniandy&reply=rajesh.muniandy88%40yahoo.com&video=VID-2231 200 9ms
    """),
    "zh-Hans": _lines("""
        {"utt_id":"call_1106_1415_seg03","speaker":"客户","text":"我叫何建平，手机号幺三七六六零二幺八四五，快递一直没到","start":12.40,"end":19.85}
        {"speaker":"SPEAKER_01","words":[{"w":"身份证","s":20.1},{"w":"三一零一","s":21.0},{"w":"零五","s":21.6},{"w":"一九九二","s":22.0},{"w":"零三一四","s":22.8},{"w":"四零二二","s":23.5}],"note":"王丽娟 核实身份"}
        {"audio_id":"hotline_0611_22","meta_b64":"5byg5bu65Zu9IDQ0MDMwNDE5ODgwNTE3MjgzOQ==","dur":84.3}
        23 00:01:32,000 --> 00:01:35,600 [语音留言] 刘芳，你爸的透析改到周三了，他欠的房贷先别跟你哥说。
        alt="陈阿姨（3栋2单元502）坐着轮椅在小区门口等社区医生上门换药"
        读屏：微信消息，来自 老赵（赵国栋）：工资卡 6259 1127 0384 4157 先借你用，密码是我生日
        00:08:41.200 --> 00:08:44.900 <v 主持人>恭喜听众黄海涛中奖，登记电话 １８６０２１５７７３４</v>
        读屏：图片，体检报告截图，姓名 孙婷婷，乙肝表面抗原阳性，单位人事要求复查
        GET /asr/callback?caller=%E5%91%A8%E6%99%93%E7%87%95%2013928476610&job=JOB-7720 200
        字幕校对备注：第14集受访者马秀英讲到2019年被丈夫打伤住院、后来离婚的经过，她本人要求保留原名
        <span class='ocr_line' title='bbox 40 880 900 920'>微信号：xiaoyu_0817cq 备注：钱小雨 欠款 3,800 元 月底还</span>
        {"plate":"粤B·7K3Q9","owner_hex":"e99988e7be8ee78eb2","event":"占用无障碍车位","fine":200}
        00:31:10.500 --> 00:31:14.000 <v 社工>周三去看望独居的葛大爷，他儿子在深圳坐牢的事先别在楼里说。</v>
    """),
    "zh-Hant": _lines("""
        <span class='ocrx_word' title='bbox 120 300 260 340; x_wconf 91'>身分證</span> <span class='ocrx_word' title='bbox 270 300 330 340; x_wconf 88'>A22</span> <span class='ocrx_word' title='bbox 340 300 420 340; x_wconf 87'>3491</span> <span class='ocrx_word' title='bbox 430 300 510 340; x_wconf 89'>8561</span> <span class='ocrx_word' title='bbox 530 300 700 340; x_wconf 94'>吳建宏</span>
        https://tw.example.com/caption/apply?name=%E6%9E%97%E6%B7%91%E8%8A%AC%200928461337&ep=12
        {"caller_b64":"6buD5b+X6LGqIEs0ODI5MTMoMSk=","line":"客服熱線","reason":"八達通退款"}
        8 00:00:31,000 --> 00:00:34,500 【留言】何嘉欣，你阿嫲今朝喺瑪麗醫院入咗深切治療部，收工返嚟先講。
        替代文字：照片中是鄭志明先生在法院外，他因積欠卡債被銀行起訴後低頭離開
        00:02:10.000 --> 00:02:13.400 <v 主持>恭喜得獎聽眾李家豪，聯絡電話 ６１７３ ２９４８</v>
        讀屏：LINE 訊息，來自 小蔡（蔡佩君），LINE ID：peichun_0923，內容：我懷孕了先不要跟我媽說
        {"speaker_hex":"e999b3e7be8ee78eb2","role":"申訴人","issue":"主管在會議上公開她的病假紀錄"}
    """),
    "ms": _lines("""
        19 00:01:22,000 --> 00:01:27,400 [Pemanggil] Nama saya Siti Hajar binti Kamarudin, IC sembilan dua kosong tiga satu empat, sepuluh, enam dua satu empat.
        {"rakaman":"talian_aduan_0611_07.wav","meta":"eyJjYWxsZXIiOiJNb2hkIEZhaXphbCBiaW4gQWJkdWxsYWgiLCJpYyI6Ijg4MDUxNy0xNC01NTIzIn0="}
        {"penutur":"Encik Zulkifli","perkataan":[{"p":"kosong","m":4.1},{"p":"satu","m":4.3},{"p":"dua","m":4.5},{"p":"tujuh","m":4.8},{"p":"tiga","m":5.0},{"p":"lapan","m":5.2},{"p":"empat","m":5.4},{"p":"lima","m":5.6},{"p":"satu","m":5.8},{"p":"sembilan","m":6.0}]}
        Pembaca skrin: pautan, e-mel pengadu 6e7572756c2e61696e61393240676d61696c2e636f6d (hex), aduan gangguan di tempat kerja
        alt="Gambar Puan Kamala a/p Subramaniam di wad dialisis bersama cucunya selepas rawatan ketiga minggu ini"
        00:11:02.000 --> 00:11:06.500 <v Ustazah>Kita doakan adik Hafiz bin Roslan yang baru ditangkap kerana dadah, ibunya tak sanggup datang hari ni.</v>
        <span class='ocr_line' title='bbox 30 500 1200 540'>Kenderaan WQX 4821 milik Lim Ah Kow, No. 23, Jalan SS 2/64, 47300 Petaling Jaya - saman letak kereta OKU</span>
        Pembaca skrin: mesej Telegram daripada Kak Ros (Rosmawati binti Yusof): Gaji aku bulan ni RM1,850 je, hutang Ah Long RM6,000 belum habis
        {"teks":"nombor kad saya 5214 8833 0917 6022 tamat 03/28","penutur":"SPEAKER_02","nama_fail":"panggilan_bank_Devi_dp_Ramasamy.wav"}
        alt="Tangkap layar Instagram @syuhada.azman97 - Nur Syuhada binti Azman berkongsi keputusan ujian kehamilan"
    """),
    "mixed": _lines("""
        Ticket CAP-4490: 客户 Goh Siew Lan (FIN G5083714P) 投诉 the subtitle credits showed her HP 9051 7726, sila padam segera
        2024-11-06T11:04:52+08:00 WARN redactor missed span in transcript_0611_ms.json: saya Kumar s/o Rajendran, IC 750923-07-5131, tinggal Jalan Burma
        POST /v1/alt-text body_b64=eyJpbWciOiJJTUdfNDQ3MS5qcGciLCJhbHQiOiJOZW5layBXb25nIEFoIE1vaSwgODIsIOS4remjjuWQjuWcqOWutuWkjeWBpSBhdCBCbGsgMjA4IFRvYSBQYXlvaCBMb3IgNiAjMTEtMzIifQ== status=201
        [QC note] ep 9 字幕 mentions 我的同事 Melissa Goh 在 rehab for alcohol - client confirm boleh keluar ke?
        <span class='ocr_line' title='bbox 50 220 1500 260'>Applicant 陳志強 Chan Chi Keung HKID Y305716(8) 地址 九龍旺角通菜街88號5樓B室</span>
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a caption QA assistant. Fix timing and line breaks in SRT cues."),
        (
            "user",
            "Fix this cue: 14 00:00:51,200 --> 00:00:54,900 Hi this is Grace Lim from Blk 33 Jalan Bukit Merah #14-221, call me back on 9123 4587 about my mum's fall",
        ),
        (
            "assistant",
            "14 00:00:51,200 --> 00:00:54,900 Hi, this is Grace Lim from Blk 33 Jalan Bukit Merah #14-221. [line break] Call me back on 9123 4587 about my mum's fall.",
        ),
        ("user", "Thanks. Is the reading speed OK?"),
        (
            "assistant",
            "At about 3.7 seconds for 120 characters it is too fast; split it into two cues of roughly 60 characters each.",
        ),
    ],
    [
        ("system", "你是语音转写后处理助手，负责把逐词结果合并成句子。"),
        (
            "user",
            '把这些词合并：[{"w":"我","s":1.0},{"w":"叫","s":1.2},{"w":"宋志强","s":1.4},{"w":"身份证","s":2.0},{"w":"一一零一零八","s":2.6},{"w":"一九七六零九二三","s":3.4},{"w":"一五一六","s":4.2}]',
        ),
        ("assistant", "合并结果：我叫宋志强，身份证110108197609231516。"),
        ("user", "时间戳保留第一个词的开始就行。"),
        ("assistant", '好的：{"text":"我叫宋志强，身份证110108197609231516。","start":1.0}'),
    ],
    [
        ("system", "你是 OCR 校對助手，請修正 hOCR 的錯字。"),
        (
            "user",
            "這行辨識有錯：<span class='ocr_line'>姓名 王俊傑 身分證 Fl2884５0796 住址 臺中市西屯區河南路二段 58 號 7 樓</span>",
        ),
        (
            "assistant",
            "「l」應為數字 1，「５」為全形數字，修正後：姓名 王俊傑 身分證 F128845079６ 住址 臺中市西屯區河南路二段 58 號 7 樓。",
        ),
        ("user", "最後一位也請改成半形。"),
        (
            "assistant",
            "已修正：姓名 王俊傑 身分證 F1288450796 住址 臺中市西屯區河南路二段 58 號 7 樓。",
        ),
    ],
    [
        ("system", "Anda pembantu terjemahan sarikata Bahasa Melayu ke Bahasa Inggeris."),
        (
            "user",
            "Terjemahkan: 00:04:02.000 --> 00:04:06.000 Encik Roslan bin Hamid, MyKad 010808-13-0442, anak encik dimasukkan ke wad psikiatri semalam.",
        ),
        (
            "assistant",
            "00:04:02.000 --> 00:04:06.000 Mr Roslan bin Hamid, MyKad 010808-13-0442, your child was admitted to the psychiatric ward yesterday.",
        ),
        ("user", "Bagus, terima kasih."),
    ],
    [
        (
            "system",
            "You write concise, descriptive alt text for images in an internal HR newsletter.",
        ),
        (
            "user",
            "Write alt text for the photo of Benedict D'Cruz from Finance back at his desk after his knee surgery, still on crutches.",
        ),
        (
            "assistant",
            "alt: Benedict D'Cruz from Finance at his desk, crutches leaning on the chair, back at work after knee surgery.",
        ),
        ("user", "Shorter please, under 80 characters."),
        ("assistant", "alt: Benedict D'Cruz at his desk with crutches after knee surgery"),
    ],
    [
        ("system", "You help engineers debug a caption pipeline."),
        (
            "user",
            "Our log has speaker_meta=Tmd1eWVuIFRoaSBIb2EgfCBGSU4gRzc3MTkwNDNSIHwgSFAgODgzNyAxMjUwIHwgZG9ybSBUdWFzIFNvdXRoIEJsayA1ICMwMy0xNw== what is it?",
        ),
        (
            "assistant",
            "It is base64. It decodes to: Nguyen Thi Hoa | FIN G7719043R | HP 8837 1250 | dorm Tuas South Blk 5 #03-17. That is a worker's personal data and should not be in logs.",
        ),
        ("user", "OK, how do we stop it being logged?"),
        (
            "assistant",
            "Drop the speaker_meta field before the logger runs, or replace it with a salted hash of the speaker ID.",
        ),
    ],
    [
        ("system", "You are a transcription reviewer for a bank's call-centre recordings."),
        (
            "user",
            "The VTT has: 00:01:10.000 --> 00:01:16.000 <v Customer>card is four zero zero nine, one seven three three, six five zero two, eight one eight zero, name Winston Pereira</v> - should the numbers stay as words?",
        ),
        (
            "assistant",
            "House style writes digits, so it would read 4009 1733 6502 8180, but a full card number must be masked in a delivered transcript: use 4009 **** **** 8180.",
        ),
        ("user", "And the name?"),
        (
            "assistant",
            "Keep Winston Pereira only if the client's retention policy allows customer names in transcripts.",
        ),
    ],
    [
        ("system", "你是无障碍助手，为截图生成替代文本。"),
        (
            "user",
            "截图是和表姐的微信聊天，她微信号 lanlan_1988sz，说她叫杨兰兰，找我借两万块给老公还赌债，帮我写个 alt。",
        ),
        (
            "assistant",
            "alt：微信聊天截图，表姐杨兰兰（微信号 lanlan_1988sz）请求借款两万元，用于替丈夫偿还赌债。",
        ),
        ("user", "能不能不写微信号？"),
        ("assistant", "可以：alt：微信聊天截图，表姐杨兰兰请求借款两万元，用于替丈夫偿还赌债。"),
    ],
    [
        ("system", "你係讀屏輸出整理助手。"),
        (
            "user",
            "讀屏讀出：編輯框，香港身份證號碼，A B 九 二 六 零 四 一 括號 零，姓名 梁詠詩。幫我整理成正常格式。",
        ),
        ("assistant", "整理後：香港身份證號碼 AB926041(0)，姓名 梁詠詩。"),
        ("user", "好，唔該。"),
    ],
    [
        ("system", "You are a subtitle timing assistant for a documentary about migrant students."),
        (
            "user",
            "Interviewee card on screen reads: Lin Yu-Ting 林郁婷, ARC/ID B2710366483, mobile 0912 745 308, studying at a Kaohsiung night school. How long should this lower third stay up?",
        ),
        (
            "assistant",
            "For about 80 characters, keep it up for at least 4 seconds; 5 seconds is safer for viewers using screen magnifiers.",
        ),
        ("user", "Should we show her ID number at all?"),
        (
            "assistant",
            "No. Blur the ID B2710366483 and the mobile number in the edit; the name alone is enough for the credit.",
        ),
    ],
]
