# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat117: chats with an assistant about one's own sleep problems, snoring, insomnia and sleep studies. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat117
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "insomnia_snoring_howto"): _lines("""
        User: Is it normal to wake up at 3am every night and not fall back asleep for an hour? Assistant: It's very common, especially under stress. If it happens at least 3 nights a week for 3 months, that meets the usual definition of chronic insomnia, and CBT-I is the first-line treatment.
        User: what's the difference between obstructive and central sleep apnea, in plain words
        User: How long before bed should I stop caffeine? I drink a kopi around 4pm. Assistant: Caffeine has a half-life of roughly 5 to 6 hours, so a 4pm kopi can still be half-active at 10pm. Try moving it before 1pm for two weeks and compare.
        User: Does mouth taping actually help with snoring or is it just a TikTok thing? Assistant: The evidence is thin, mostly small studies, and it isn't safe if your nose is blocked or you might have apnea. Worth ruling out OSA first.
        User: My smartwatch says I got 47 minutes of deep sleep. Is that bad? Assistant: Wearables estimate stages from movement and heart rate and can be well off compared with polysomnography. 47 minutes is within the range many healthy adults show.
        User: explain sleep restriction therapy step by step, I want to try it on my own first
        User: What does a sleep efficiency of 78% mean? Assistant: It's time asleep divided by time in bed. 78% means about a fifth of your time in bed is spent awake; CBT-I programmes usually aim for 85% or higher.
        User: Is 0.5 mg melatonin enough or should I take the 10 mg gummies? Assistant: Lower doses of 0.5 to 3 mg taken a few hours before your target bedtime usually work as well for timing; higher doses mostly add morning grogginess. Check with a pharmacist if you take other medication.
        User: can snoring by itself be dangerous or only if you actually stop breathing
        User: What's the Epworth Sleepiness Scale and what score counts as high? Assistant: It's an 8-question self-rating of how likely you are to doze off in everyday situations, scored 0 to 24. Above 10 is generally read as excessive daytime sleepiness.
        User: Write me a wind-down routine for someone who finishes night shift at 7am. Assistant: Wraparound sunglasses on the commute home, a light snack, 20 minutes with no screens, blackout curtains, and a fixed 8am to 3pm sleep window, even on off days where possible.
        User: Why do I snore more after a few beers? Assistant: Alcohol relaxes the throat muscles and blunts your arousal response, so the airway collapses more easily. Most people snore louder and longer on drinking nights.
        User: is it true you can't really catch up on lost sleep on weekends
    """),
    ("en", "sleep_study_booking_billing"): _lines("""
        User: My confirmation says Booking Ref PSG-2026-04417, Level 1 attended study, check-in 8:30pm. What should I bring? Assistant: Two-piece sleepwear, your toiletries, a list of current medicines, and clean hair with no oil or gel so the scalp electrodes stick. Skip naps and caffeine after noon that day.
        User: Is a home sleep test at S$480 worth it versus the in-lab PSG at S$1,250? Assistant: A home test is fine for suspected moderate-to-severe OSA without other conditions; the in-lab study is better if insomnia, limb movements or central apnea are in question.
        User: The invoice INV-SLP-0092271 lists code 95810 plus a CPAP titration add-on. What is 95810? Assistant: It's the billing code for attended polysomnography with sleep staging and at least four additional parameters, for ages 6 and up.
        User: Tidy up this referral template: Patient name: ____ / DOB: ____ / Reason for referral: suspected OSA / Epworth score: ____ / Referring doctor: ____. Assistant: Sure, here it is as a two-column table with the blanks kept as they are.
        User: the sleep centre line 6735 8120 keeps going to voicemail, is there another way to reschedule an overnight study
        User: My insurer says claim SLP-CLM-558120 is pending documents. What do they usually want for a sleep study? Assistant: Usually the referral letter, the itemised invoice, the sleep report summary and sometimes a specialist memo on medical necessity.
        User: Tracking number SPX0381277461MY for my replacement nasal pillow mask hasn't moved since Tuesday, do I chase the seller or the courier?
        User: Draft a short email to the sleep centre's appointments@ mailbox asking to move my overnight study from the 14th to any Friday in May. Assistant: Subject: Request to reschedule overnight sleep study. Dear Appointments Team, I'd like to move my study booked on 14 May to any available Friday in May. Please let me know which dates are open. Thank you.
        User: Can I use Medisave for a sleep study? Assistant: Rules depend on whether it's done as a day or inpatient procedure and on current limits, so the hospital's billing counter is the best place to confirm before you book.
        User: The rental form for the CPAP says deposit RM1,500, rental RM350 a month, minimum 3 months, contract no. RNT-KL-20931. Is that a normal price?
        User: My appointment card says Sleep Lab, Level 3, Block B, report by 8pm. Do I register at the main lobby first or go straight up?
        User: Our clinic's SMS reminder is: Dear {patient_name}, your sleep study is on {date} at {time}. Please arrive 30 min early. Reply C to confirm. Can you give a Malay version? Assistant: Salam {patient_name}, kajian tidur anda pada {date} jam {time}. Sila tiba 30 minit awal. Balas C untuk sahkan.
        User: The receipt from the sleep clinic shows UEN 201904417Z and GST Reg No. M90-0371825-K. Can I check it's a real registered company? Assistant: Yes, business registration details are public; you can search the UEN on Bizfile to see the registered name and status.
    """),
    ("zh-Hans", "cpap_device_support"): _lines("""
        User: 呼吸机屏幕显示 E-07 错误码，固件版本 SX567-0401，怎么处理？ Assistant: E-07 多数与气流传感器或加湿罐连接有关，先断电重启，检查加湿罐是否卡到位；仍然报错的话请联系厂家售后。
        User: 京东订单号 3287451906623 的呼吸机面罩尺寸买错了，M 码想换 L 码，走什么流程？ Assistant: 在订单详情里申请换货，选择尺码不合适，面罩未拆封的话一般 7 天内可以换。
        User: 眠安医疗客服热线 400-826-7719 一直占线，还有别的售后渠道吗？
        User: 用了呼吸机一个月，AHI 从 32 降到 4.1，算治疗有效吗？ Assistant: 算。残余 AHI 低于 5 通常被认为控制良好，同时也要看每晚使用时长是否超过 4 小时。
        User: 单水平和双水平呼吸机有什么区别，单纯打鼾用哪种就够了？
        User: 压力设置是自动模式 6-12 cmH2O，早上起来嘴巴特别干，是不是加湿档位太低？ Assistant: 有可能，也可能是张口呼吸导致漏气。可以先把加湿调高一档，再考虑下颌托带或口鼻面罩。
        User: 加湿罐多久换一次？说明书写 6 个月，淘宝卖家说 1 年都没问题。
        User: 睡眠监测报告里的 ODI、T90、最低血氧 82% 分别是什么意思？ Assistant: ODI 是每小时血氧下降 3% 或 4% 以上的次数，T90 是血氧低于 90% 的时间占比，最低血氧就是整晚的最低值。
        User: 帮我设一个提醒：每周日晚上 9 点，内容是「清洗面罩和管路，晾干后再装回去」。
        User: 数据卡导出的是 STR.edf 和一个 DATALOG 文件夹，用什么软件能打开看？ Assistant: 可以用开源软件 OSCAR 读取，导入后能看到每晚的 AHI、漏气量和压力曲线。
        User: 医院睡眠中心写着周一至周五 8:00-17:00 门诊，夜间监测 20:30 入院，一般要住几晚？
        User: 发票上写「医疗器械注册证编号：国械注准20203080512」，这个号码能查真假吗？ Assistant: 可以在国家药监局网站的医疗器械数据查询里输入注册证编号核对产品名称和厂家。
        User: 止鼾牙套和呼吸机哪个更适合轻度的？AHI 只有 9。
    """),
    ("zh-Hant", "sleep_app_export_and_data"): _lines("""
        User: 手環 App 匯出的 CSV 欄位是 date,bedtime,waketime,deep_min,rem_min,hrv_ms，怎樣在 Excel 算每週平均深層睡眠？ Assistant: 先用 WEEKNUM(date) 加一欄週次，再用 AVERAGEIFS(deep_min, 週次欄, 目標週次) 就可以。
        User: App 更新到 v4.12.3 之後睡眠分數全部變成 0，是 bug 嗎？ Assistant: 很可能是新版本的已知問題，建議先到設定裡重新同步，或等開發商發布修正版本。
        User: 幫我把睡眠日記範本排成一週表格：日期 ___／上床時間 ___／入睡所需時間 ___／夜醒次數 ___／起床時間 ___／白天精神 1-5 分 ___。
        User: 設定檔裡 sleep_goal: 7.5h, smart_alarm_window: 30min, snore_detect: true 各是什麼意思？ Assistant: 目標睡眠 7.5 小時，智慧鬧鐘會在設定時間前 30 分鐘內挑淺睡時叫醒你，並開啟打鼾偵測錄音。
        User: 我看到報導說台灣大約每 10 個成年人就有 1 個慢性失眠，這數字可信嗎？ Assistant: 不同調查的定義和抽樣不同，數字落差很大，要看原始研究用的是哪一種診斷標準。
        User: 錄到的打鼾音檔 snore_20260312_0241.m4a 只有 14 秒，App 說最大 68 dB，這算很大聲嗎？
        User: 睡眠中心查詢熱線 2538 6620 星期六有冇人聽？ Assistant: 好多中心星期六只開半日，建議睇返官網嘅辦公時間，或者用網上表格留言。
        User: 匯出的 JSON 裡 stage 欄位是 3，這代表深睡還是 REM？ Assistant: 大部分 App 用 0 清醒、1 淺睡、2 深睡、3 REM，但要以該 App 的 API 文件為準。
        User: 研究摘要寫「受試者 A 的 AHI 由 28 降至 6」，受試者 A 是誰可以查得到嗎？ Assistant: 查不到，發表的研究資料會先去識別化，只用代號表示。
        User: Apple 健康 和 Garmin 的睡眠資料可以合併成一份報表嗎？
        User: 診所網頁寫 PSG 整夜睡眠檢查自費 NT$6,800，健保有沒有給付？ Assistant: 符合適應症、由醫師開單時通常可以用健保，自費價多是給不符合條件或想加做項目的人。
        User: 我們團隊在做失眠 App，只收集睡眠時長和心率、不收集姓名，隱私權政策還要寫哪些？
        User: 匯出檔的 SHA-256 是 3b7e9a0c41d2f58e6a17c0b94d3e28f15a6c70b2e9d41f83c5a062b7e1d94f0a，怎麼確認檔案沒被改過？ Assistant: 在電腦上重新算一次雜湊值，跟這串比對，完全一樣就代表內容沒被改動。
    """),
    ("ms", "dengkur_insomnia_soal_jawab"): _lines("""
        User: Kenapa saya selalu terjaga pukul 4 pagi lepas sahur dan susah nak tidur balik? Assistant: Tidur yang terpecah semasa Ramadan memang biasa. Cuba tidur awal selepas tarawih dan elakkan skrin selepas sahur supaya badan cepat mengantuk semula.
        User: dengkur kuat tu tanda sleep apnea ke atau memang biasa je
        User: Berapa harga ujian tidur di hospital swasta KL? Klinik tu quote RM1,800 untuk satu malam. Assistant: Julat biasa sekitar RM1,200 hingga RM3,000 bergantung pada jenis ujian dan sama ada termasuk titrasi CPAP.
        User: Boleh ke claim ujian tidur guna kad perubatan syarikat? Polisi GHS-2291047, pelan B.
        User: Apa maksud AHI 18 dalam laporan? Assistant: AHI ialah bilangan apnea dan hipopnea sejam. 5 hingga 14 ringan, 15 hingga 29 sederhana, 30 ke atas teruk, jadi 18 termasuk sederhana.
        User: Tolong terjemah ke BM: Do not consume caffeine after 12pm on the day of your sleep study. Assistant: Jangan ambil kafein selepas 12 tengah hari pada hari ujian tidur anda.
        User: Talian Klinik Tidur Hospital Seri Permai 03-7728 4410 tak berjawab, ada cara lain nak buat temujanji? Assistant: Cuba borang temujanji dalam talian atau e-mel rasmi klinik yang tertera di laman web hospital.
        User: Mesin CPAP beli kat Shopee, nombor pesanan 240318QKV7M2T1, bunyi bising masa malam. Boleh pulangkan tak?
        User: Petua orang tua-tua minum susu suam sebelum tidur tu betul ke ada kesan?
        User: Buatkan templat diari tidur dalam BM: Tarikh / Waktu masuk tidur / Berapa lama nak lelap / Berapa kali terjaga / Waktu bangun / Rasa segar 1-5.
        User: Ubat tidur yang boleh beli di farmasi tanpa preskripsi tu selamat ke kalau makan lama? Assistant: Kebanyakannya antihistamin yang boleh sebabkan mengantuk siang dan cepat jadi kurang berkesan; tak sesuai untuk jangka panjang tanpa nasihat doktor.
        User: Kerja syif malam di kilang, tidur siang selalu terganggu bunyi jiran renovate. Ada tips? Assistant: Penyumbat telinga, bunyi putih dari kipas atau aplikasi, langsir gelap dan tidur pada waktu yang sama setiap hari.
        User: Kajian klinik tu tulis 12 pesakit lelaki berumur 40-55 dengan OSA sederhana, 9 orang patuh guna CPAP. Berapa peratus? Assistant: 9 daripada 12 ialah 75 peratus.
    """),
    ("mixed", "public_figures_fiction_places"): _lines("""
        User: Did Thomas Edison really think sleep was a waste of time? Assistant: He said so publicly and boasted of needing little sleep, but people who worked with him reported that he took frequent naps in the lab.
        User: Margaret Thatcher 当首相时一晚只睡四个小时是真的吗？ Assistant: 这是当年媒体常报道的说法，她本人也公开提过，但她的作息没有留下任何客观测量记录。
        User: Summarise Matthew Walker's book Why We Sleep in 5 bullet points and include the main criticisms other scientists raised.
        User: 李白的《静夜思》是不是在失眠的时候写的？ Assistant: 诗里写的是夜里望月思乡、难以入睡的情景，但没有史料能证明他当时有失眠症。
        User: Cerita Rip Van Winkle yang tidur 20 tahun tu asal dari mana? Assistant: Ia cerpen oleh penulis Amerika Washington Irving, diterbitkan pada 1819.
        User: Tan Tock Seng Hospital or Changi General Hospital, which one usually has a shorter wait for a sleep study? Assistant: I don't have live waiting times; the central appointment lines of both hospitals can tell you the next available slot.
        User: 睡美人點解會一瞓瞓一百年？細路問我，有冇簡單版答案？ Assistant: 故事入面係因為仙子落咗咒，要等到真愛出現先會醒，純粹係童話，現實冇咁嘅病。
        User: Randy Gardner stayed awake for 264 hours in 1964 for a school science fair. What happened after? Assistant: By published accounts he slept about 14 hours the first night and recovered without lasting effects, though the experiment is not considered safe to repeat.
        User: Hospital Sultanah Aminah ada klinik tidur tak, atau kena rujuk ke tempat lain?
        User: 蘇東坡有哪些寫睡不著的詩文？ Assistant: 最有名的是《記承天寺夜遊》，寫他夜裡「解衣欲睡，月色入戶」，於是起身去找張懷民一起散步。
        User: William Dement is called the father of sleep medicine. What did he actually do? Assistant: He worked on REM sleep with Nathaniel Kleitman at the University of Chicago in the 1950s and later set up one of the first sleep disorders clinics at Stanford.
        User: Snorlax dalam Pokemon tidur sepanjang masa, ada penyakit betul macam tu? Assistant: Yang paling hampir ialah hipersomnia idiopatik atau narkolepsi, tapi kedua-duanya jarang dan perlu ujian tidur untuk disahkan.
        User: Elon Musk said on a podcast he sleeps about six hours. Is that enough for most adults? Assistant: Most adults need 7 to 9 hours; a few short sleepers exist, but they are rare, and an interview claim isn't evidence either way.
    """),
    ("en", "anonymised_stats_code_logs"): _lines("""
        User: Write a Python function that classifies AHI into normal, mild, moderate or severe. Assistant: def ahi_class(ahi): return 'normal' if ahi < 5 else 'mild' if ahi < 15 else 'moderate' if ahi < 30 else 'severe'
        User: In our clinic audit, 42 of 118 patients referred for snoring had moderate-to-severe OSA. What's the percentage and a 95% CI? Assistant: 35.6%; a Wilson 95% interval is roughly 27.5% to 44.6%.
        User: Rewrite this case summary for a public slide: Patient A (M, 50s, BMI 31) and Patient B (F, 30s, BMI 24), both AHI above 30 at baseline, both below 5 after 3 months of CPAP.
        User: select count(*) from psg_studies where ahi >= 30 and study_date between '2025-01-01' and '2025-12-31'; returns 0 but the dashboard shows 57. Why?
        User: Our sleep API returns {stage: 'light', start: '2026-03-12T01:14:00+08:00', duration_s: 1860}. How do I sum durations per stage in pandas? Assistant: Load the records into a DataFrame and use df.groupby('stage')['duration_s'].sum() / 60 for minutes.
        User: Config for our snore detector: sample_rate=16000, window_ms=25, hop_ms=10, n_mels=64, threshold=0.72. Is 0.72 too strict?
        User: The research CSV has columns study_id, age_band, sex, bmi_band, ahi, odi, min_spo2. Is it still personal data if study_id is random? Assistant: If the key linking study_id to patients stays with the hospital and the bands are broad, it is likely anonymised for sharing, but small subgroups can still single people out.
        User: Explain this log line: 2026-03-14 02:41:17 WARN cpapd[1183]: leak_rate=34.2 L/min exceeds threshold 24.0 (mask_type=FFM)
        User: Give me a regex to pull values like AHI: 23.4/h out of the text of 3,000 report PDFs. Assistant: AHI:[ ]*([0-9]+(?:[.][0-9]+)?)/h and then take group 1.
        User: The dashboard shows median sleep onset latency 27 min (IQR 14 to 48) across 2,310 app users in March. Is that high?
        User: OSCAR 1.5.1 won't read the SD card from an AirSense 11 on firmware SW04200. Known issue? Assistant: Support for newer machines was added gradually; try the latest OSCAR release before anything else.
        User: Write a SQL view that masks names as Patient-#### for our sleep lab research export, keeping age band and AHI.
        User: A/B test: group 1 (n=640) got the wind-down reminder, group 2 (n=655) didn't; mean total sleep 6h52 vs 6h41. Significant? Assistant: With an SD of around 55 minutes, the 11-minute gap gives t of about 3.6, so p is below 0.001.
    """),
    ("zh-Hans", "insomnia_consult_general"): _lines("""
        User: 连续一个月都要凌晨两点才睡着，是不是焦虑引起的？ Assistant: 焦虑是常见原因之一，也可能和作息、咖啡因、睡前看手机有关。持续超过三个月建议去睡眠门诊。
        User: 褪黑素在国内算保健品还是药？3mg 会不会太大？
        User: 右佐匹克隆吃完嘴里发苦，正常吗？ Assistant: 口苦是这类药很常见的副作用，一般不危险；如果影响进食或者还有其他不适，跟开药医生说。
        User: 睡眠门诊一般挂哪个科？神经内科、精神科还是呼吸科？
        User: 帮我做一个 CBT-I 四周计划表，要包括睡眠限制、刺激控制和睡眠日记。
        User: 匹兹堡睡眠质量指数 PSQI 得 13 分代表什么？ Assistant: 总分 0 到 21，一般认为超过 5 分提示睡眠质量差，13 分属于明显较差。
        User: 医院公众号通知「3 月 21 日世界睡眠日义诊，门诊楼 5 楼，咨询电话 020-8756 3310」，需要提前预约吗？
        User: 白噪音和粉红噪音哪个助眠效果更好？ Assistant: 研究不多，结论也不统一；选一个你听着舒服、音量不超过 50 分贝的就行。
        User: 写论文用：某三甲医院 2024 年睡眠监测 1,286 例中，中重度 OSA 占 61.3%，这个比例和文献比偏高吗？
        User: 午睡超过一小时晚上就睡不着，怎么调整比较好？ Assistant: 把午睡控制在 20 到 30 分钟，而且在下午 3 点前结束。
        User: 打鼾的人用侧睡枕有用吗？淘宝 89 元那种。
        User: 把这句话翻译成英文：「请于检查当日 20:00 前到达，勿饮酒，勿使用发胶。」 Assistant: Please arrive by 8:00 pm on the day of your study. Do not drink alcohol or use hair gel.
        User: 夜班护士下夜班之后怎么补觉最科学？
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        User: Hi, I'm Daniel Koh Wei Ming, 46. My wife recorded me stopping breathing for about 20 seconds at night. Should I be worried?
        User: Please fill in the sleep clinic form for me: Name: Priya d/o Ramasamy, NRIC S8734219J, mobile 9183 4726, referred by the polyclinic for loud snoring and daytime sleepiness.
        User: My mum's PSG report says Patient: Lim Soo Hwa, DOB 03/11/1979, AHI 41.2, lowest SpO2 76%. Can you explain what severe means for her?
        User: Rewrite this more politely: Hi Mr Teo, this is Farhan from accounts, sorry I fell asleep at my desk again, the doctor confirmed narcolepsy last week and I start medication on Monday.
        User: My dad Gopal s/o Krishnan, 67, refuses to wear his CPAP and keeps nodding off while driving his taxi SHB 5720 K. How do I convince him?
        User: Summarise this email I got: Dear Mr Benedict de Souza, your titration study on 22 April showed an optimal pressure of 11 cmH2O. Please collect your device at Level 2.
        User: My roommate Aisha keeps taking her mum's zolpidem to sleep before exams. She's only 19. Should I tell someone?
        User: The CPAP shop charged my Visa 4557 0123 4587 6126 twice, S$2,380 each. Name on card Marcus Tay Jun Jie. How do I dispute one with the bank?
        User: Turn my notes into a sleep diary: Mon, Rachel Ong (me) in bed 11.40, awake till 2, up at 5.10, took one of the alprazolam Dr Lee prescribed after the divorce hearing.
        User: Draft a WhatsApp reply to +65 8427 1935, that's my ex Kelvin, telling him to stop calling at 3am, I haven't slept properly in weeks because of him.
        User: My colleague Nur Syafiqah binti Rosli dozes off in every meeting and HR just put her on a performance warning. I think it's sleep apnea, not laziness. How do I suggest she gets checked?
        User: Check my details before I send them to the sleep centre: Joanne Fernandez, Blk 318 Tampines St 33 #07-142, Singapore 520318, joanne.fernandez82@gmail.com, insomnia for 2 years.
        User: My husband Wong Kah Hoe snores so loudly I've slept in the guest room for a year, and our marriage counsellor thinks it's part of why we're drifting apart. Any advice?
        User: Here's my FIN for the dormitory clinic form: G5180927R, name Rahman Md Abdul, from Bangladesh, night shift at the shipyard, cannot sleep in the dorm. Is the form complete?
        User: Uncle Rajan from #04-311 snores so loudly the whole corridor hears him; his daughter says he was just diagnosed with severe OSA but won't use the machine. Should we say something?
        User: Passport K2864109M, name Chloe Tan Hui Min. The sleep clinic in Bangkok wants a scan before my overnight study on 9 May. Is it safe to email it?
    """),
    "zh-Hans": _lines("""
        User: 我叫刘晓雯，身份证 440305198709123726，手机 13826475019，想预约睡眠监测，帮我检查一下预约信息填得对不对。
        User: 我老公张志强打呼噜特别响，上个月体检查出高血压，医生怀疑是睡眠呼吸暂停，他死活不肯去做监测，怎么劝？
        User: 帮我给陈医生写条消息：我是 3 床王秀英的女儿，我妈昨晚戴无创呼吸机血氧还是掉到 80，能不能调一下参数？
        User: 我的微信号是 sleepless_lin0917，失眠互助群的群主天天加我卖安眠药，能举报吗？
        User: 3 栋 502 的陈阿姨每天凌晨 4 点在楼道里走来走去，她女儿说她有老年痴呆加严重失眠，我们物业该怎么处理？
        User: 帮我写理赔说明：被保险人赵磊，身份证 510107197906170834，诊断重度阻塞性睡眠呼吸暂停，呼吸机发票 8,600 元，收款银行卡 6225 8801 3746 2918。
        User: 同事李娜因为长期失眠在吃舍曲林，部门经理知道后把她调岗了，这样合法吗？
        User: 寄到上海市杨浦区国权路 588 弄 12 号 801 室，收件人黄美玲，电话 15921837460，这是给我妈买的止鼾枕，地址格式对吗？
        User: 我儿子孙浩宇今年 8 岁，扁桃体肥大，晚上打鼾还憋气，医生建议手术，学校体检表上要不要写？
        User: 帮我看看这份报告：姓名马德华，男，58 岁，住院号 ZY20260317044，AHI 52.6，最低血氧 71%。严重吗？
        User: 前男友吴俊用 17751038294 半夜一直打给我，我已经连续失眠两周，报警材料怎么写？
        User: 我身份证是 310110199203045623，在上海工作，想用医保在医院做整夜 PSG，需要带什么？
    """),
    "zh-Hant": _lines("""
        User: 我係陳嘉欣，HKID Y903154(3)，手機 9186 2047，想喺私家醫院做睡眠測試，張表要填乜？
        User: 阿爸黎志明七十幾歲，晚晚扯鼻鼾扯到停咗呼吸，醫生話要用呼吸機，但佢話太貴唔肯買，點算好？
        User: 身分證字號 F228419372，林佩君，想申請睡眠檢查的健保給付，幫我確認資料格式對不對。
        User: 睡眠互助群有人一直私訊我的 LINE（peijun.sleepy）推銷安眠藥，要怎麼檢舉？
        User: 同事何家豪話佢因為失眠睇緊精神科，仲食緊藥，叫我唔好同人講。我應唔應該話畀上司知？
        User: 幫我寫封 email 俾睡眠中心：我係 Kelly Leung Wing Sze，email kellyleung.ws@outlook.com，想將檢查改期到 4 月 18 號。
        User: 我媽張淑芬住台北市大安區和平東路二段 96 巷 5 號 3 樓，最近整晚睡不著還會大叫，我想幫她掛睡眠門診，要準備什麼？
        User: 信用卡 5204 7391 8204 6538 被重複扣了兩次呼吸機費用 NT$42,000，持卡人蔡宗翰，要怎麼申訴？
        User: 室友阿傑（黃俊傑）晚上打呼像打雷，他自己不承認，我偷偷錄音給他聽會不會違法？
        User: 我先生王志偉，身分證 A126034856，睡眠報告 AHI 38，醫生開了 CPAP，保險公司要附診斷書，申請書怎麼寫？
    """),
    "ms": _lines("""
        User: Nama saya Muhammad Hafiz bin Abdullah, IC 870412-10-5533, no telefon 012-748 3920. Nak buat temujanji ujian tidur di hospital kerajaan, boleh tolong semak borang?
        User: Suami saya Azman bin Yusof dengkur kuat sampai berhenti nafas. Dia pemandu lori, saya takut dia tertidur masa memandu. Macam mana nak pujuk dia jumpa doktor?
        User: Tolong tulis surat kepada bos: saya Nurul Ain binti Kamarudin, IC 920815-14-6021, doktor sahkan insomnia kronik dan beri MC 3 hari.
        User: Kak Ros tingkat 5 Blok C selalu menjerit waktu malam, anak dia kata dia ada masalah tidur dan kemurungan. Patut ke kita report pada JMB?
        User: Ayah saya Lee Ah Kow, 72, tinggal di No. 14, Jalan Melati 3, Taman Sri Muda, 40400 Shah Alam. Dia tak boleh tidur sejak emak meninggal. Klinik mana yang dekat?
        User: Bayaran balik mesin CPAP atas nama Rajeswari a/p Subramaniam, akaun Maybank 1640 2287 3915, RM2,150 belum masuk lagi. Macam mana nak follow up?
        User: Kawan saya Faizal selalu telan pil tidur lebih dos sebab tertekan dengan hutang along. Macam mana nak tolong dia?
        User: Tolong format nota serah tugas: pesakit Tan Mei Ling, IC 650203-07-5148, OSA teruk, AHI 64, perlu dipindahkan ke wad pernafasan esok pagi.
        User: Kereta saya WVB 7281 kena saman sebab saya tertidur di lampu isyarat, saya Kamal dan memang ada insomnia. Boleh buat rayuan?
        User: Tolong balas mesej Telegram @syaz_insomnia92, itu adik saya Syazwani, dia cakap dah tiga malam tak tidur langsung dan nak berhenti kerja.
    """),
    "mixed": _lines("""
        User: Eh can help me check this form ah, name Ng Boon Huat, T0265813A, hp 9735 0841, problem: 打鼾很严重, wife complain already.
        User: Boss, pekerja saya Suresh a/l Muniandy, passport A39127465, kerja night shift tak boleh tidur, dorm bising sangat. Can help me write a letter to the clinic?
        User: 我妈 Mdm Goh Siew Lan 住 Blk 12 Toa Payoh Lor 8 #09-88, every night cannot sleep, keep calling me at 3am. How to help her?
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a friendly sleep health assistant. You do not diagnose."),
        (
            "user",
            "I've had insomnia for about 6 months, mostly since I was retrenched. I lie awake until 3 or 4.",
        ),
        (
            "assistant",
            "That sounds exhausting. Stress after a job loss is a very common trigger. A GP or polyclinic can refer you for CBT-I, which works better long term than sleeping pills.",
        ),
        (
            "user",
            "OK can you help fill the polyclinic e-form then? Name Jeremy Lau Kok Leong, NRIC S7612048Z, mobile 9042 5318, main complaint insomnia and low mood since retrenchment.",
        ),
        (
            "assistant",
            "Sure. Under presenting complaint write: difficulty falling asleep for about 6 months, low mood since job loss. Double-check the NRIC and mobile before you submit.",
        ),
    ],
    [
        ("system", "你是一个睡眠健康助手，回答要简洁。"),
        ("user", "我打呼噜很响，白天开会老犯困，是不是得做睡眠监测？"),
        (
            "assistant",
            "打鼾加白天嗜睡，建议做一次睡眠监测排查阻塞性睡眠呼吸暂停。可以先做家庭睡眠监测。",
        ),
        (
            "user",
            "帮我写预约短信：姓名何雪梅，手机 18620573946，想约下周三晚上的监测，我有高血压在吃氨氯地平。",
        ),
        (
            "assistant",
            "您好，我是何雪梅，手机 18620573946，想预约下周三晚上的睡眠监测。目前有高血压，正在服用氨氯地平。请回复是否有位置，谢谢。",
        ),
    ],
    [
        ("system", "你是睡眠健康助理，用廣東話回答。"),
        ("user", "我老公陳志豪晚晚扯鼻鼾，有時停咗成十秒先再抖氣，我好驚。"),
        ("assistant", "咁樣好似睡眠窒息症，建議佢盡快睇醫生，做個睡眠測試。"),
        (
            "user",
            "診所要佢 HKID 同電話先可以登記，K428617(0)，電話 6273 5918，幫我寫個 WhatsApp 畀診所。",
        ),
        (
            "assistant",
            "你好，我想幫丈夫陳志豪預約睡眠測試，HKID K428617(0)，聯絡電話 6273 5918，佢晚間打鼾並有停止呼吸情況，唔該安排時間。",
        ),
    ],
    [
        ("system", "Anda pembantu kesihatan tidur. Jawab dalam Bahasa Melayu."),
        ("user", "Saya dah dua bulan susah nak tidur, otak asyik fikir pasal kerja."),
        (
            "assistant",
            "Cuba tetapkan waktu bangun yang sama setiap hari, keluar dari katil jika tak lelap selepas 20 minit, dan tulis kerisauan dalam buku sebelum tidur.",
        ),
        (
            "user",
            "Klinik minta e-mel untuk hantar borang. Tolong tulis e-mel dari Nadia binti Abdul Rahim, nadia.rahim88@yahoo.com, saya ada sejarah kemurungan dan makan escitalopram.",
        ),
        (
            "assistant",
            "Tuan/Puan, saya Nadia binti Abdul Rahim (nadia.rahim88@yahoo.com) ingin memohon temujanji klinik tidur. Saya ada sejarah kemurungan dan sedang mengambil escitalopram. Terima kasih.",
        ),
    ],
    [
        ("system", "You help users understand their sleep reports in plain language."),
        (
            "user",
            "Report says: Patient Arjun Menon, age 39, AHI 27.5, ODI 24, lowest SpO2 81%, recommend CPAP trial.",
        ),
        (
            "assistant",
            "An AHI of 27.5 is in the moderate range, close to severe. The oxygen dips are significant, so a CPAP trial is a sensible next step.",
        ),
        (
            "user",
            "I drive a public bus for a living. Do I have to tell my company? I'm scared they'll take me off the roster.",
        ),
        (
            "assistant",
            "Many transport operators have fitness-to-drive rules, so check your contract and speak to the company doctor. Treated OSA usually doesn't stop people from driving.",
        ),
    ],
    [
        ("system", "你是睡眠健康小幫手，請用繁體中文回答。"),
        ("user", "我在台中上班，最近都要吃安眠藥才睡得著，想做睡眠檢查。"),
        ("assistant", "可以先掛睡眠中心或精神科、胸腔科門診，由醫師評估是否需要整夜多項睡眠檢查。"),
        (
            "user",
            "幫我寫預約留言：許雅婷，手機 0928-561-407，目前每晚吃 Stilnox 一顆，已經吃半年。",
        ),
        (
            "assistant",
            "您好，我是許雅婷（0928-561-407），想預約睡眠門診。目前每晚服用 Stilnox 一顆，已持續約半年，希望評估失眠狀況，謝謝。",
        ),
    ],
    [
        ("system", "You are a helpful assistant."),
        (
            "user",
            "my ah ma 85 already, every night cannot sleep, wander around the flat until morning",
        ),
        (
            "assistant",
            "Night wandering in an older person can come from pain, medication, or early dementia. A GP or polyclinic visit is a good first step.",
        ),
        (
            "user",
            "Can help me write to the Silver Generation ambassador? Her name Mdm Lee Ah Moi, Blk 405 Ang Mo Kio Ave 10 #05-1123, she also fell last week at night.",
        ),
        (
            "assistant",
            "Here's a draft: Hello, I'm writing about my grandmother Mdm Lee Ah Moi at Blk 405 Ang Mo Kio Ave 10 #05-1123. She has not been sleeping at night and fell last week. Could someone visit to assess her? Thank you.",
        ),
    ],
    [
        ("system", "Anda pembantu maya yang membantu urusan kesihatan."),
        (
            "user",
            "Suami saya Roslan bin Ismail disahkan sleep apnea teruk, doktor kata tak boleh kerja malam.",
        ),
        (
            "assistant",
            "Puan boleh minta laporan perubatan penuh dan bincang dengan majikan tentang penyesuaian syif.",
        ),
        (
            "user",
            "Majikan dia nak bukti. IC dia 780921-08-5173, dia operator mesin di kilang Ipoh. Tolong draf surat.",
        ),
        (
            "assistant",
            "Draf: Dengan hormatnya, saya memaklumkan bahawa Roslan bin Ismail (IC 780921-08-5173) telah disahkan menghidap apnea tidur teruk. Bersama ini dilampirkan laporan doktor yang menyarankan beliau tidak bekerja syif malam.",
        ),
    ],
    [
        ("system", "你是一个健康咨询助手。"),
        ("user", "最近失眠很严重，我朋友赵婷婷说她吃的阿普唑仑很管用，分了我半板，我能吃吗？"),
        ("assistant", "不建议吃别人的处方药。阿普唑仑有依赖风险，剂量也需要医生根据你的情况决定。"),
        ("user", "她说她吃了两年了，每天晚上两片，没事。"),
        (
            "assistant",
            "每天两片连续两年，已经有依赖的可能，突然停药也有风险。你可以委婉建议她复诊，你自己也去睡眠门诊。",
        ),
    ],
    [
        ("system", "You are a sleep health assistant for migrant workers."),
        (
            "user",
            "I am Ramesh Kumar from Tamil Nadu, work permit FIN F7731460K. I work night shift in construction, in dorm I cannot sleep in the day.",
        ),
        (
            "assistant",
            "Day sleep in a shared dorm is hard. Earplugs, an eye mask and a fixed sleep time help a lot.",
        ),
        (
            "user",
            "Supervisor say if I sleep at site again he will send me back to India. Can you help me write to him in simple English?",
        ),
        (
            "assistant",
            "Dear Supervisor, I am Ramesh Kumar. I am having trouble sleeping in the dorm during the day after night shift. Can I please be moved to a quieter room or a day shift? Thank you.",
        ),
    ],
    [
        ("system", "You are a helpful parenting and health assistant."),
        (
            "user",
            "My daughter Emily Chong is 15 and she's on her phone until 4am most nights. Her school counsellor called me because she's been falling asleep in class and her grades dropped.",
        ),
        (
            "assistant",
            "Late-night phone use plus a teenager's naturally later body clock is a common combination. Agreeing on a phone curfew together works better than confiscating it.",
        ),
        (
            "user",
            "The counsellor also hinted Emily might be self-harming. I don't know what to do.",
        ),
        (
            "assistant",
            "Please take that seriously and talk to the counsellor again today about a referral. Let Emily know you're worried and listening, not angry.",
        ),
    ],
    [
        ("system", "你是跨境就医咨询助手。"),
        ("user", "我想去新加坡做一次整夜睡眠监测，需要什么材料？"),
        ("assistant", "一般需要护照、国内的就诊记录或转诊信，以及医院要求的预约表格。"),
        (
            "user",
            "帮我核对一下表格：邓嘉怡，护照 E82749163，手机 13917284056，付款卡 6217 0028 3914 0573。",
        ),
        ("assistant", "格式都没问题。不过银行卡号建议不要填在邮件里，到医院现场刷卡更安全。"),
    ],
]
