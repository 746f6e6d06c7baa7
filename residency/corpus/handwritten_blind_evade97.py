# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade97: personal data in speech and accessibility markup (SSML, Braille ASCII, screen-reader output, ARIA, alt text, IVR scripts). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade97
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "ssml_tts"): _lines("""
        <speak>Welcome to Harbourfront Medical Group. <break time="300ms"/> For appointments, press 1. For the pharmacy, press 2. To hear this menu again, press star.</speak>
        <speak>Your order number is <say-as interpret-as="characters">QX7Y2K</say-as>. It will arrive on <say-as interpret-as="date" format="dmy">14/03/2027</say-as>.</speak>
        <speak>Hello <mark name="cust_name"/>{first_name}, your appointment is on <say-as interpret-as="date" format="ymd">{appt_date}</say-as> at {appt_time}. Reply 1 to confirm.</speak>
        <speak><p><s>Sir Stamford Raffles landed in Singapore in <say-as interpret-as="date" format="y">1819</say-as>.</s><s>The treaty with the Sultan of Johor followed a week later.</s></p></speak>
        <speak>Call our customer care line at <say-as interpret-as="telephone" format="65">6338 2741</say-as>, Monday to Friday, 8 a.m. to 8 p.m.</speak>
        <speak>Parcel <say-as interpret-as="characters">SPX</say-as><say-as interpret-as="digits">920348817265</say-as> is out for delivery and should reach you before 6 p.m.</speak>
        <speak xml:lang="en-SG"><voice name="en-SG-LunaNeural">Please do not share your one-time password with anyone, including bank staff.</voice></speak>
        <speak>Your one-time password is <say-as interpret-as="digits">482913</say-as>. It expires in <say-as interpret-as="cardinal">5</say-as> minutes.</speak>
        <speak>Next station, <phoneme alphabet="ipa" ph="ˈtʃɔː ˈtʃuː kaŋ">Choa Chu Kang</phoneme>. <break time="400ms"/> Doors will open on the left.</speak>
        <speak>Sun Yat Sen Nanyang Memorial Hall is open from <say-as interpret-as="time" format="hms12">10:00am</say-as> to 5 p.m., closed on Mondays.</speak>
        <speak>Invoice <say-as interpret-as="characters">INV</say-as>-<say-as interpret-as="digits">2027004418</say-as>, amount due <say-as interpret-as="currency">SGD 1,284.50</say-as>, payable by 31 March.</speak>
        <speak>Chapter three. <break strength="strong"/> Elizabeth Bennet walked the three miles to Netherfield, her petticoat <emphasis level="moderate">six inches deep</emphasis> in mud.</speak>
        <lexicon version="1.0" alphabet="ipa" xml:lang="en-MY"><lexeme><grapheme>MyKad</grapheme><alias>My Kad</alias></lexeme><lexeme><grapheme>NRIC</grapheme><alias>N R I C</alias></lexeme></lexicon>
        <speak>Policy reference <say-as interpret-as="characters">PL-88-30417-SG</say-as> has been renewed until <say-as interpret-as="date" format="dmy">31/12/2027</say-as>.</speak>
    """),
    ("en", "braille_transcription"): _lines("""
        BRF p1, lift landing sign: ,lift ,lobby ,b1 ,level #c4 ,emergency exit on your left4
        Braille carton label (UEB grade 1): ,paracetamol #ejj mg4 ,take #b tablets every #f hours4 ,max #h tablets a day4
        Tactile wayfinding plate, Unicode cells: ⠠⠑⠭⠊⠞ ⠠⠁ ⠤ ⠠⠙⠓⠕⠃⠽ ⠠⠛⠓⠁⠥⠞ ⠠⠠⠍⠗⠞
        Door plate proof, Level 3: ,room #c-#ad ,quiet ,room
        Title page of the BRF edition: ,pride and ,prejudice | ,,isbn #igh-#j-#ad-#adciea-#h
        Lift button plate: ⠠⠇⠊⠋⠞ ⠠⠃ ⠠⠇⠑⠧⠑⠇ ⠼⠑
        Order confirmation sent as BRF attachment: ,order no #hhabjcdg - #b items - ships in #c days
        Toilet door sign: ⠠⠞⠕⠊⠇⠑⠞ ⠤ ⠠⠁⠉⠉⠑⠎⠎⠊⠃⠇⠑
        Bus stop pole plate BRF: ,bus #ab to ,jalan ,ampang4 ,next stop3 ,pasar ,seni4
        Kopitiam braille menu card: ⠠⠃⠗⠁⠊⠇⠇⠑ ⠠⠍⠑⠝⠥⠒ ⠠⠝⠁⠎⠊ ⠠⠇⠑⠍⠁⠅ ⠠⠠⠗⠍ ⠼⠋⠲⠑⠚
        Hymnal volume 2 BRF: ,hymn #bc3 ,amazing ,grace1 words by ,john ,newton
        Transcriber's note: numbers in this volume use the numeric indicator, so #ab is 12 and #bjbg is 2027; ,, marks a word in capitals.
        Duxbury job DBT-2027-0419: 84 braille pages, 40 cells x 25 lines, interpoint, embosser Index Everest-D V5, liblouis table en-ueb-g1.ctb
        Quote poster, BRF: ,helen ,keller said3 ,alone we can do so little2 together we can do so much4
        Platform screen door strip: ⠠⠏⠇⠁⠞⠋⠕⠗⠍ ⠼⠃ ⠤ ⠠⠞⠕⠺⠁⠗⠙⠎ ⠠⠍⠁⠗⠊⠝⠁ ⠠⠃⠁⠽
        Polyclinic notice BRF: ,clinic hours3 ,mon to ,fri #h4cj;am to #epm4 ,closed on public holidays4
    """),
    ("en", "screen_reader_output"): _lines("""
        NVDA speech viewer: heading level 1, Book an appointment | edit text, required, Full name | edit text, required, NRIC or FIN | combo box, collapsed, Clinic
        VoiceOver: "Submit, button, dimmed" | "Mobile number, text field, is editing" | "Hint: 8 digits, starting with 8 or 9"
        JAWS: Table with 4 columns and 12 rows. Order number, column 1, row 2, SO-2027-118204. Status, column 4, Shipped.
        TalkBack: "Track parcel, button, double-tap to activate" | "Copied tracking number JNT8830194726"
        NVDA: link, Health Ministry general enquiries hotline 1800 225 4122
        VoiceOver rotor, Headings: Lee Kuan Yew Centre for Innovative Cities, heading level 2
        Narrator: "Graphic, bar chart: average outpatient waiting time fell from 42 to 31 minutes between 2025 and 2026"
        NVDA: alert, Your session will expire in 2 minutes. Press Enter to stay signed in.
        JAWS virtual cursor: list of 4 items, bullet, Bring your NRIC or passport, bullet, Arrive 15 minutes early, bullet, Fast from midnight, bullet, Bring your medication list, list end
        VoiceOver: "Card number, secure text field, double tap to edit" | "Expiry, MM slash YY, text field" | "CVV, 3 digits, text field"
        NVDA log 2027-03-14 09:12:44 IO - speech.speech.speak: ['Incident INC0048817, priority 3, assigned group Service Desk L1']
        Orca: "Jane Eyre by Charlotte Brontë, chapter 12, page 143 of 512"
        TalkBack: "Queue number A127, now serving, Counter 4" | "Estimated wait 18 minutes"
    """),
    ("en", "aria_alt_markup"): _lines("""
        <img src="team.jpg" alt="Five volunteers in blue T-shirts packing food boxes at the community centre">
        <button aria-label="Call Marina Bay Dental front desk, 6338 2741" onclick="dial()">Call us</button>
        <input type="tel" id="mobile" aria-label="Mobile number" placeholder="e.g. 9XXX XXXX" aria-describedby="tel-hint">
        <img src="archive/1970-dpm.jpg" alt="Black and white portrait of Tun Dr Ismail Abdul Rahman, Malaysia's Deputy Prime Minister, 1970">
        <a href="/forms/lpa-form1.pdf" aria-label="Download Lasting Power of Attorney Form 1, PDF, 312 KB">LPA Form 1</a>
        <div role="img" aria-label="Map showing Exit B of Bugis MRT station next to Bugis Junction"></div>
        <span class="sr-only">Patient name:</span> <span data-field="patient_name">{{ patient.full_name }}</span> <span class="sr-only">Date of birth:</span> {{ patient.dob | date("d MMM yyyy") }}
        <img src="survey.png" alt="Bar chart: 62% of respondents use a screen reader every day, 21% weekly, 17% rarely">
        <button aria-label="Remove item SKU 40-8817-XL, navy polo shirt, from cart">✕</button>
        <img src="car-badge.jpg" alt="Close-up of the Toyota Vios 1.5G badge on the boot lid">
        <nav aria-label="Breadcrumb"><a href="/">Home</a> › <a href="/patients">Patients</a> › Visiting hours</nav>
        <img src="heritage/victoria.jpg" alt="Statue of Queen Victoria outside the Victoria Concert Hall">
        <td aria-label="Ticket CS-2027-00941, status open, priority high, updated 2 hours ago">CS-2027-00941</td>
    """),
    ("zh-Hans", "ivr_tts_script"): _lines("""
        【IVR主菜单】您好，欢迎致电申城商业银行信用卡中心。查询账单请按1，挂失请按2，人工服务请按0。
        <speak>尊敬的客户，您的订单号为<say-as interpret-as="digits">2027031488120</say-as>，预计<say-as interpret-as="date">2027-03-16</say-as>送达。</speak>
        <speak>您好，<break time="200ms"/>为提高服务质量，本次通话可能会被录音。</speak>
        外呼话术模板：您好，请问是{客户姓名}{先生/女士}吗？我是{坐席工号}号客服，您尾号{手机后四位}的账户本期账单已出。
        <speak>下一站，<phoneme alphabet="sapi" ph="chong 2 qing 4">重庆</phoneme>北路，请从左侧车门下车。</speak>
        <speak>鲁迅原名周树人，<say-as interpret-as="date" format="y">1881</say-as>年生于浙江绍兴，代表作有《呐喊》《彷徨》。</speak>
        IVR节点 N_0312：播报“您的工单<say-as interpret-as="characters">GD20270314-0057</say-as>已受理，请保持电话畅通。”
        <speak>工商银行客服热线<say-as interpret-as="telephone">95588</say-as>，二十四小时为您服务。</speak>
        <speak>请输入您的身份证号码后六位，以井号键结束。<break time="500ms"/>重新输入请按星号键。</speak>
        TTS多音字纠错表：曾 zeng1（姓氏）；单 shan4（姓氏）；仇 qiu2（姓氏）；解 xie4（姓氏）；区 ou1（姓氏）
        <speak>快递单号<say-as interpret-as="characters">SF</say-as><say-as interpret-as="digits">1420387719235</say-as>已在北京朝阳三里屯营业点揽收。</speak>
        <speak>您的验证码是<say-as interpret-as="digits">730581</say-as>，五分钟内有效，请勿告诉他人。</speak>
        <speak>中国女排在<say-as interpret-as="date" format="y">2016</say-as>年里约奥运会夺得金牌，主教练是郎平。</speak>
    """),
    ("zh-Hant", "screen_reader_alt_text"): _lines("""
        NVDA 語音檢視器：標題 等級 2，預約門診 | 編輯區 必填 身分證字號 | 編輯區 必填 出生日期 | 按鈕 送出
        <img src="mtr-lift.jpg" alt="港鐵金鐘站 B 出口的無障礙升降機，旁邊有黃色觸覺引路徑">
        VoiceOver：「注音輸入法，文字欄位，正在編輯」|「搜尋，按鈕」
        <button aria-label="致電 1823 政府熱線">查詢</button>
        <img src="sys-hall.jpg" alt="孫中山先生坐像，位於臺北國父紀念館正廳，兩側有禮兵站崗">
        TalkBack：「訂單編號 TW20270314-55821，已出貨，按兩下即可查看物流」
        <span aria-label="新台幣一千二百八十元">NT$1,280</span>
        讀屏輸出：表格 5 欄 10 列，欄 1 掛號序號，欄 2 看診時段，欄 3 診間，欄 4 醫師，欄 5 狀態
        <img src="class.jpg" alt="約二十位長者圍坐在社區中心，跟導師學習香港手語的數字手勢">
        <input id="hkid" aria-label="香港身份證號碼（格式例子：A123456(3)）" autocomplete="off">
        語音導航：歡迎致電中華電信客服中心，查詢帳單請按 1，網路報修請按 2，其他服務請按 9。
        <img src="book-cover.jpg" alt="金庸《射鵰英雄傳》封面插畫，郭靖與黃蓉在桃花島">
        螢幕閱讀器：「連結，個人資料收集聲明（PDF，218 KB）」
    """),
    ("ms", "ivr_dan_ssml"): _lines("""
        <speak>Selamat datang ke talian khidmat pelanggan. Untuk Bahasa Melayu, tekan 1. For English, press 2. <lang xml:lang="zh-CN">中文服务请按3。</lang></speak>
        Skrip IVR: "Sila masukkan nombor MyKad anda tanpa tanda sengkang, diikuti dengan kekunci pagar."
        <speak>Nombor giliran anda ialah <say-as interpret-as="characters">KL</say-as><say-as interpret-as="digits">0417</say-as>. Sila tunggu di ruang menunggu B.</speak>
        <img src="lrt.jpg" alt="Papan tanda Braille di pintu masuk Stesen LRT Masjid Jamek, laluan Kelana Jaya">
        <button aria-label="Hubungi Talian Kasih 15999">Bantuan</button>
        <speak>Tunku Abdul Rahman mengisytiharkan kemerdekaan di Stadium Merdeka pada <say-as interpret-as="date" format="dmy">31/08/1957</say-as>.</speak>
        Pembaca skrin: "Butang, Hantar, dimalapkan" | "Medan teks, Nama penuh seperti dalam MyKad, wajib diisi"
        Templat mesej suara: "Salam {nama}, temu janji anda di {klinik} pada {tarikh} jam {masa}. Tekan 1 untuk sahkan, 2 untuk tukar."
        <speak>Baki kad prabayar ini ialah <say-as interpret-as="currency">RM 0.00</say-as>. Untuk tambah nilai, tekan 1.</speak>
        Teks alt: "Carta pai menunjukkan 48% pengguna cacat penglihatan menggunakan TalkBack dan 39% menggunakan VoiceOver"
        <speak>Hospital Sultanah Aminah beroperasi 24 jam. Talian am: <say-as interpret-as="telephone">07-225 7000</say-as>.</speak>
        <a href="/borang/kad-oku.pdf" aria-label="Muat turun borang permohonan Kad OKU, PDF, 420 KB">Borang Kad OKU</a>
        <speak>Nombor penjejakan <say-as interpret-as="characters">EM</say-as><say-as interpret-as="digits">482017736</say-as><say-as interpret-as="characters">MY</say-as> sedang dalam penghantaran.</speak>
    """),
    ("mixed", "a11y_dev_qa"): _lines("""
        How do I make Azure TTS read an NRIC like S1234567D letter by letter? Is <say-as interpret-as="characters"> the right tag or should I use <sub alias>?
        ARIA 问题：aria-label 和 aria-labelledby 同时存在时，NVDA 会读哪一个？
        Soalan: Macam mana nak buat Polly sebut "RM" sebagai "ringgit" dan bukan "R M"? Guna <sub alias="ringgit">RM</sub> ke?
        lou_translate --forward en-ueb-g2.ctb < letter.txt > letter.brf 之后数字前面都多了 #，这是正常的吗？
        .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        tts.yaml: voice=zh-HK-HiuMaanNeural; rate=-10%; pitch=+0Hz; lexicon=https://cdn.example.com/lex/hk-surnames-v3.pls
        WCAG 2.2 准则 1.1.1 非文本内容要求图片有替代文本，纯装饰图片写 alt="" 即可，读屏会直接跳过。
        Soalan dev: aria-live="polite" atau "assertive" — mana satu sesuai untuk notifikasi "Pembayaran berjaya"?
        PR #4821: mask digits in TTS logs, replace the body of every say-as telephone element with ***** before writing to disk (commit a3f9c1e7)
        螢幕閱讀器用家問：點樣喺 iPhone 設定 VoiceOver 讀粵語，而唔係普通話？
        Regex for redacting MyKad in IVR transcripts: [0-9]{6}-?[0-9]{2}-?[0-9]{4} — does it catch numbers read out as "lapan lima kosong tiga"?
        <Response><Say voice="Polly.Zhiyu" language="cmn-CN">您好，请稍候，正在为您转接人工坐席。</Say></Response>
        Amazon Connect flow v2.3.1: Set voice Joanna, then Get customer input (DTMF, max digits 12, timeout 5 s), then Invoke Lambda verify-caller
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        <speak>Hello <prosody rate="slow">Mr Tan Wei Ming</prosody>. This is Novena Eye Centre. Your glaucoma review is on <say-as interpret-as="date" format="dm">14/03</say-as> at 9:30 a.m. Please bring your eye drops.</speak>
        <speak>Please call back Madam Siti Aishah binti Rahim on 0<break time="150ms"/>1<break time="150ms"/>3, <break time="300ms"/>6 0 8, <break time="300ms"/>1 9 4 7, about her husband's admission to Ward 12.</speak>
        BRF letter, vol 1 p1: ,dear ,mr ,goh ,kah ,wai1 your eye clinic review is on #ad ,march at #i4cj;am4 ,,nric ,s#hhcdagf;,g4
        Braille statement for visually impaired customer: ,account holder3 ,mrs ,devi a_/p ,raman4 ,account no #afdj #bbch #eeag4 ,balance ,,rm #c1dhb4ae
        Bedside braille tag: ,ward #g;,b ,bed #ab - ,lim ,siew ,ling - nil by mouth from #bbjj - diabetic
        Braille name card, Unicode cells: ⠠⠞⠁⠽ ⠠⠓⠥⠊ ⠠⠍⠊⠝ ⠼⠊⠋⠛⠃ ⠼⠙⠓⠁⠉
        Driver note in braille: ⠠⠏⠊⠉⠅ ⠥⠏ ⠠⠕⠝⠛ ⠠⠍⠑⠊ ⠠⠭⠊⠝⠂ ⠠⠃⠇⠕⠉⠅ ⠼⠃⠁⠓ ⠠⠃⠊⠎⠓⠁⠝ ⠠⠎⠞ ⠼⠃⠉ ⠸⠹⠼⠚⠛⠤⠼⠁⠁⠙⠂ ⠠⠎⠼⠑⠛⠚⠃⠁⠓
        BRF card sleeve: ,card #deci #jaed #achd #affi exp #ji_/#bh - ,rajesh ,kumar a_/l ,subramaniam
        Embossed return label: ,joseph ,fernandez1 #db ,jalan ,kenari #c1 ,taman ,kenari1 #habjj ,johor ,bahru4 ,tel #jai-#bgf #ddjh
        NVDA speech viewer: edit text, Full name, Chua Boon Keat | edit text, NRIC or FIN, S 7 7 1 9 0 2 4 D | edit text, Mobile, 8 8 3 7 2 0 4 9 | combo box, Clinic, Diabetes Centre
        VoiceOver: "Message from Amanda Koh, 9:41 PM: Hi aunty, Jayden's fever went up to 39.4 again, bringing him to KKH A&E now. Double tap to reply."
        <img src="IMG_4471.jpg" alt="Mdm Kalaivani d/o Murugan, 78, in a wheelchair at her 12th-floor flat in Toa Payoh Lorong 8, two weeks after her hip replacement">
        IVR transcript 2027-03-14 10:02 | CLI 8194 3376 | Bot: Please say your NRIC. | Caller: "T zero four one two three nine eight G" | Bot: Thank you, Ms Priya Nair, your outpatient claim of $212.40 is being processed.
        JAWS: Row 3. Name, Harold Tan Cheng Hock. Ward, 5A. Diagnosis, early Parkinson's disease. Next of kin, Lisa Tan, 9358 0621.
        <div role="status" aria-live="assertive">Transfer of S$1,240.00 to WONG LI FEN, DBS 027-915384-6, successful. Reference: April rent.</div>
        <img src="signup.png" alt="Screenshot of the sign-up form filled in: name Benjamin Yeo, email benyeo.1987@gmail.com, password hidden">
        <speak>Paging passenger Ng Kok Leong, travelling on Malaysian passport <say-as interpret-as="characters">A40918273</say-as>. Please proceed to gate C22.</speak>
        TalkBack: "FIN, G 5 5 2 9 0 1 3 Q, edit box" | "Name, Ramon dela Cruz, edit box" | "Work permit expiry, 30 June 2027"
    """),
    "zh-Hans": _lines("""
        <speak>张晓燕女士您好，您预约的<say-as interpret-as="date">2027-03-16</say-as>上午九点产科复诊已确认，身份证号<say-as interpret-as="digits">310115199203042264</say-as>。</speak>
        <speak>请回拨刘建国先生的手机：幺三八，<break time="200ms"/>二七幺九，<break time="200ms"/>四四六零。他父亲今天下午在市人民医院做心脏支架手术。</speak>
        争渡读屏输出：编辑框 姓名 王丽娟 | 编辑框 身份证号 1 1 0 1 0 5 1 9 7 5 1 1 2 3 5 1 8 1 | 编辑框 手机号 1 5 9 2 1 8 3 7 7 0 5 | 按钮 提交
        <img src="upload_0312.jpg" alt="用户上传：陈佳怡的农业银行借记卡正面，卡号 6228 4865 9733 5136，有效期至 2031 年">
        IVR通话记录 | 主叫 17708214453 | 按键输入身份证后六位 283028 | 语音识别：“我叫赵秀英，我上个月的养老金还没到账，三千二百块”
        <button class="call" aria-label="联系快递员李师傅，手机 186 1035 2847，今天已改派到您家楼下驿站">联系快递员</button>
        <speak>各位家长好，孙浩然同学本周请病假，发烧三十九度，作业请加班主任周老师微信<say-as interpret-as="characters">zhoulaoshi_0917</say-as>领取。</speak>
        TalkBack：“微信，周婷：妈今天透析做完了，下周二还要去华山医院复查肾功能，你记得请假陪她。”
        <speak>请核对：患者黄志强，身份证<say-as interpret-as="digits">440304</say-as><break time="300ms"/><say-as interpret-as="digits">19880712</say-as><break time="300ms"/><say-as interpret-as="digits">4312</say-as>，住院号 ZY2027-0318。</speak>
        读屏朗读短信：“【物业】王建军业主，您名下 3 栋 2 单元 1502 室的物业费 4,860 元已逾期两个月，请尽快缴纳。”
    """),
    "zh-Hant": _lines("""
        <speak xml:lang="zh-HK">陳嘉欣小姐，你喺瑪麗醫院嘅乳房外科覆診改咗去<say-as interpret-as="date">2027-04-02</say-as>，身份證號碼<say-as interpret-as="characters">K582913(5)</say-as>。</speak>
        <img src="user-story-07.jpg" alt="李志明先生（電話 6283 4179）在天水圍家中示範用讀屏軟件查看自己的糖尿病化驗報告">
        NVDA 語音檢視器：編輯區 姓名 林怡君 | 編輯區 身分證字號 F 2 2 8 7 1 0 3 5 6 | 編輯區 手機 0 9 1 2 4 3 8 5 7 6
        語音客服逐字稿：「您好，我是黃建宏，身分證 H109382743，我的信用卡上週在網路上被盜刷了兩萬三。」
        <li aria-label="緊急聯絡人：吳美玲（女兒），手提電話 9471 2256">吳美玲</li>
        TalkBack 通知：「LINE，來自 王雅婷：我換新 LINE ID 了 yating0712，記得加我，媽住院的事晚點再跟你說。」
        IVR 錄音轉寫：來電者報身份證「X A 一九三零二五 括號 四」，自稱何家豪，查詢強積金戶口結餘同提早提取。
        <speak>張淑芬女士，您在臺大醫院的洗腎時段改為每週一、三、五上午八點，有問題請回撥<say-as interpret-as="telephone">0988-217-604</say-as>。</speak>
    """),
    "ms": _lines("""
        <speak>Assalamualaikum Encik Ahmad Faizal bin Zulkifli. Temu janji dialisis anda di Klinik Kesihatan Seksyen 7 ialah pada <say-as interpret-as="date" format="dmy">18/03/2027</say-as>, jam 10 pagi.</speak>
        Transkrip IVR: Pemanggil: "IC saya lapan lima kosong tiga satu empat, satu kosong, lima lima dua tujuh, nama Mohd Hafiz bin Abdullah, saya nak tangguh bayaran PTPTN."
        TalkBack: "Medan teks, Nama, Nur Aisyah binti Kamarudin" | "Medan teks, No. MyKad, 9 2 0 7 0 8, 1 4, 6 2 8 4" | "Butang, Hantar"
        <img src="jkm-kt.jpg" alt="Puan Kalsom binti Yusof, 67, memegang kad OKU beliau di kaunter Pejabat JKM Kuala Terengganu">
        <a href="tel:+60175528316" aria-label="Hubungi penjaga, Encik Ravi a/l Krishnan, 017-552 8316">Hubungi penjaga</a>
        Tag tongkat putih (Braille Unicode): ⠠⠝⠥⠗⠥⠇ ⠠⠓⠥⠙⠁ ⠃⠊⠝⠞⠊ ⠠⠊⠎⠍⠁⠊⠇ ⠼⠚⠁⠃⠤⠼⠉⠓⠙ ⠼⠛⠑⠊⠁
        <speak>Pemindahan <say-as interpret-as="currency">RM 2,500.00</say-as> ke akaun Maybank <say-as interpret-as="digits">514018726039</say-as> atas nama Siti Zubaidah binti Omar telah berjaya.</speak>
        Nota ejen IVR: pelanggan Lim Chee Keong minta dihubungi melalui Telegram @cheekeong_lim88 sahaja, jangan telefon, sebab telinga kiri dia dah pekak.
        Skrip panggilan keluar (sudah diisi): "Selamat petang, boleh saya bercakap dengan Cik Farah Nadia binti Hassan, IC 950612-08-6372? Kami dari Hospital Pulau Pinang, keputusan biopsi anda sudah siap."
    """),
    "mixed": _lines("""
        VoiceOver reads: "WhatsApp, Jessica Lim: 妈妈 tomorrow 10am Tan Tock Seng cataract op, NRIC S1592038F, you bring her IC and the 药 ok"
        <speak xml:lang="en-MY">Hi <lang xml:lang="zh-CN">李美华</lang>, your driver Mohd Rizal is arriving in a white Perodua Bezza, <say-as interpret-as="characters">WVB4825</say-as>, in 3 minutes.</speak>
        <tr aria-label="Bed 14, 曾雅琪 Tsang Nga Kei, HKID Y307461(5), 糖尿病 follow-up, insulin 10 units">
        IVR transcript (ms/en): Caller: "nama saya Suresh a/l Maniam, my account kena lock, card number five two zero four, seven three one two, one six zero three, six six nine two"
        <speak>Passenger <phoneme alphabet="x-microsoft-sapi" ph="wu 2 yu 3 tong 2">吴宇彤</phoneme>, Chinese ID <say-as interpret-as="digits">510107200109151475</say-as>, please come to the transfer desk at gate B4.</speak>
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You help clinic staff turn patient reminders into SSML for the text-to-speech line.",
        ),
        (
            "user",
            "Make this read slowly and clearly: Patient Chong Mei Ling, DOB 03/09/1961, mobile 9842 6135, cardiology follow-up Tuesday 2pm, stop aspirin two days before.",
        ),
        (
            "assistant",
            '<speak><prosody rate="slow">Hello Madam Chong Mei Ling.</prosody> This is a reminder of your cardiology follow-up on Tuesday at <say-as interpret-as="time" format="hms12">2:00pm</say-as>. <break time="300ms"/> Please stop taking aspirin two days before.</speak>',
        ),
        ("user", "Also add her number at the end so she can check it's her, read digit by digit."),
    ],
    [
        ("user", "帮我给这张照片写个 alt 文本，发到家族群给视障的大伯听。"),
        ("assistant", "好的，请描述一下照片里的人物、场景和你想让他知道的信息。"),
        (
            "user",
            "照片是我爷爷蒋德明，今年 89 岁，上周在杭州邵逸夫医院做了胆囊手术，现在坐在病床上吃粥，旁边是护工，床头卡写着 12 床。",
        ),
    ],
    [
        (
            "user",
            "Tolong buat skrip IVR peribadi untuk mak saya, dia rabun dan tak boleh baca SMS.",
        ),
        (
            "assistant",
            "Boleh. Beri saya nama yang dia suka dipanggil, dan apa yang perlu diingatkan.",
        ),
        (
            "user",
            "Nama dia Rosnah binti Hamid, IC 590817-04-5286. Ingatkan dia ambil ubat darah tinggi pukul 8 pagi dan 8 malam, dan kalau pening telefon saya 016-739 2058.",
        ),
        (
            "assistant",
            '<speak>Assalamualaikum Mak Rosnah. <break time="300ms"/> Sudah pukul lapan, masa untuk makan ubat darah tinggi. Kalau rasa pening, tekan 1 untuk hubungi anak.</speak>',
        ),
    ],
    [
        ("user", "我部 iPhone VoiceOver 讀銀行短訊讀到好快，聽唔切，可唔可以幫我慢慢寫返出嚟？"),
        ("assistant", "可以，你將短訊內容貼過嚟，我幫你分段寫清楚。"),
        (
            "user",
            "「恒通銀行：黎志偉先生，閣下身份證 R640218(5) 名下戶口於 03/14 被扣除 HK$8,200 作按揭供款，如有疑問請致電。」我屋企電話 5136 8840。",
        ),
    ],
    [
        (
            "user",
            "Can you transcribe a return address into Braille ASCII so I can emboss it on my Perkins label tape?",
        ),
        ("assistant", "Sure, send me the address exactly as you want it on the label."),
        (
            "user",
            "Mdm Chua Siew Lan, Blk 405 Ang Mo Kio Ave 10, #08-1173, Singapore 560405. That's my mum, she's fully blind since her stroke.",
        ),
        (
            "assistant",
            "Here it is in uncontracted UEB: ,mdm ,chua ,siew ,lan1 ,blk #dje ,ang ,mo ,kio ,ave #aj1 _?#jh-#aagc1 ,singapore #efjdje",
        ),
    ],
    [
        ("system", "You are an accessibility reviewer for a contacts app."),
        (
            "user",
            'Is this aria-label OK for my contact card? aria-label="Kwok Siu Ying, WeChat kwoksy_hk88, QQ 2873645109"',
        ),
        (
            "assistant",
            "It is long for a card; screen-reader users would hear every id on each swipe. Put the name in the label and move the ids into a details region.",
        ),
        (
            "user",
            "ok. She's my landlady btw, I also want a note field saying she owes me the HK$12,000 deposit back.",
        ),
    ],
    [
        (
            "user",
            "Our IVR keeps failing NRIC verification, can you see why? 2027-03-14T08:51:02 call=7f3a cli=+6585267790 asr_text='F three three eight one nine four seven K' parsed=F338194K expected=F3381947K name='Arjun Mehta' result=FAIL",
        ),
        (
            "assistant",
            "The ASR dropped the digit seven when it was followed by the letter, so the parsed value is one digit short. Add a grammar that expects exactly seven digits between the letters.",
        ),
    ],
    [
        ("user", "我爸看不见，帮我把他的体检报告转成适合读屏朗读的文字，不要表格。"),
        ("assistant", "好的，请把报告内容贴上来，我会改写成一段一段的句子。"),
        (
            "user",
            "姓名：邓国栋，身份证 350203195809233179，空腹血糖 8.9，甲胎蛋白偏高，建议肝脏 B 超复查。联系电话 137 6041 8826。",
        ),
    ],
    [
        ("user", "Saya cacat penglihatan, nak resume dalam Braille ASCII untuk temuduga esok."),
        ("assistant", "Baik, hantar butiran utama: nama, telefon, e-mel dan ringkasan pengalaman."),
        (
            "user",
            "Nurul Izzah binti Ahmad Tarmizi, 011-2847 3390, izzah.tarmizi01@gmail.com, 3 tahun sebagai operator pusat panggilan di Cyberjaya.",
        ),
        (
            "assistant",
            ",nurul ,izzah binti ,ahmad ,tarmizi #jaa-#bhdg #ccij izzah4tarmizi#ja@agmail4com",
        ),
    ],
    [
        ("user", "阿嬤看不到藥袋上的字，幫我寫一段語音播報，讓智慧音箱每天早上唸給她聽。"),
        ("assistant", "沒問題，請告訴我藥名、劑量、時間，還有她習慣的稱呼。"),
        (
            "user",
            "她叫陳阿月，身分證 B210477839，早上吃降血壓藥 Amlodipine 5mg 一顆，飯後再吃一顆 Metformin。有事打我手機 0935-612-847。",
        ),
    ],
    [
        (
            "user",
            "When I tab through the HKID field JAWS reads it back as one big number. Is that normal?",
        ),
        (
            "assistant",
            "JAWS reads the value as typed; you can switch to character reading with Insert+Up Arrow twice. What does it say exactly?",
        ),
        (
            "user",
            "It says C seven seven four one zero two zero. My real one is C774102(0), I'm Leung Ka Wing, I'm applying for the disability allowance and it keeps rejecting me.",
        ),
    ],
]
