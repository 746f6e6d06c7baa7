# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat88: chats asking an assistant for help with one's own noisy-neighbour or renovation-noise complaints. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat88
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "assistant-chat"): _lines("""
        User: What are the allowed renovation hours for HDB flats? Assistant: Generally 9am to 6pm on weekdays and Saturdays, with noisy works like hacking and drilling limited to 9am to 5pm on weekdays; no works on Sundays and public holidays. Check HDB's website or your Town Council for the latest rules.
        User: my upstairs neighbour drags chairs every night around midnight, is that something the police handle? Assistant: Usually not as an emergency. Start with a polite conversation or a note, then consider the Community Mediation Centre; if it carries on, the Community Disputes Resolution Tribunal can hear claims about excessive noise.
        User: Is a decibel meter app good enough as evidence? Assistant: It helps as a record, but phone apps aren't calibrated. Keep a diary with dates, times, duration and what you heard, plus short audio or video clips; the pattern matters more than exact dB figures.
        User: Who do I contact about construction noise from a worksite at 11pm? Assistant: For construction sites, NEA regulates permissible noise levels and working hours; you can report it through the OneService app or call NEA's contact centre at 6225 5632.
        User: The MCST says it can't do anything about noise inside a unit. Is that true? Assistant: Many condo by-laws do cover nuisance, so ask the managing agent which by-law they're relying on and request that they send a reminder to the unit concerned.
        User: can you explain what 'impact noise' means in simple words? Assistant: It's noise that travels through the structure when something hits the floor or wall — footsteps, dropped objects, furniture being dragged — as opposed to airborne noise like music or talking.
        User: Will foam panels on my ceiling stop the thumping from upstairs? Assistant: Probably not much. Acoustic foam reduces echo inside a room; low-frequency impact noise needs mass and decoupling, like a resiliently mounted false ceiling, which is a bigger job.
        User: Can I use a ceiling vibrator to get back at them? Assistant: I'd advise against it — it can itself count as a nuisance and would weaken your position if the dispute goes to mediation or a tribunal. Documenting and escalating through formal channels is safer.
        User: How long does CMC mediation usually take? Assistant: A session typically lasts a few hours and is scheduled some weeks after both parties agree to attend; it's voluntary and confidential, and any agreement reached is written up for both sides.
        User: Is there a noise limit for dogs barking in a condo? Assistant: There isn't one fixed decibel limit for pets; persistent barking is usually handled as a nuisance under the by-laws, or for HDB flats through the Town Council and AVS.
        User: Hong Kong: the flat above is drilling at 8pm on a weekday, is that allowed? Assistant: Under the Noise Control Ordinance, using powered mechanical equipment for construction work between 7pm and 7am, or on a general holiday, generally needs a construction noise permit; you can call the police at the time or complain to the EPD.
        User: what's a reasonable time to ask neighbours to keep music down? Assistant: Many buildings treat 10pm or 11pm as quiet hours; check your house rules, but a friendly note asking for lower volume after 10pm on weeknights is a fair request.
        User: Do I have to tell my neighbours before I renovate? Assistant: Your contractor must display the renovation notice and you should let neighbours know the schedule; many people also leave a short note and a small gift to smooth things over.
        User: Give me three tips to stay calm when speaking to a noisy neighbour. Assistant: Go when you're not angry, describe the noise and its effect rather than their character, and suggest one concrete fix such as felt pads under chair legs after 10pm.
        User: The tribunal form asks for the respondent's name but I only know their unit. Is that a problem? Assistant: Not usually — you can describe them as the occupier of that unit; the registry or the managing agent can help you confirm ownership details through proper channels.
    """),
    ("en", "letter-template"): _lines("""
        Dear Neighbour at [Unit No.], I hope you are well. I live directly below you at [Your Unit] and wanted to mention that we often hear loud thumping between [time] and [time]. Would you be open to a quick chat? Kind regards, [Your Name]
        Template – Renovation Notice: Dear residents, renovation works will take place at Unit #__-___ from [start date] to [end date]. Noisy works (hacking/drilling) will be carried out only between 9am and 5pm on weekdays. We apologise for any inconvenience. Contractor: [company name], Tel: [company number].
        NOISE DIARY (template) | Date | Start time | End time | Type of noise | Room affected | Effect (e.g. woke up) | Evidence (audio/video file name) |
        Subject: Request for assistance regarding recurring late-night noise – Unit [XX-XX] | To the Management Office, I am writing to ask for your help with [describe the pattern over the last 2–4 weeks]. I would appreciate it if you could remind the occupants of by-law [no.].
        Sample opening for a mediation request: 'I would like to resolve a long-running noise issue with my neighbour amicably and am willing to attend mediation at a time convenient to both parties.'
        Fill-in-the-blanks apology note for renovating households: 'Hi neighbours! We're the [family name] family at [unit] and our renovation runs from [date] to [date]. Sorry for the noise — if anything gets too much, please slip a note under our door.'
        Please write a neutral, non-accusing note I can slip under any neighbour's door about footsteps at night; leave the unit number and names as placeholders.
        Form field guide: 'Respondent's name – if unknown, write Occupier of followed by the unit address.' 'Nature of nuisance – describe the type, frequency and times of the noise.'
        Closing line options for a complaint email: 'Thank you for looking into this.' / 'I look forward to hearing from you within 14 days.' / 'I am happy to provide recordings if helpful.'
        Re: Feedback on noise from Block [xxx], Unit [#xx-xxx] | I spoke with the occupants on [date] but the problem continues. Please advise on next steps. Name: ______ Contact: ______ (template for Town Council feedback)
        Checklist before sending a noise complaint: 1) remove swear words 2) stick to dates and times 3) say what you want them to do 4) keep a copy 5) never threaten.
        Reply template when a neighbour complains about YOUR renovation: 'Thank you for letting us know. Our contractor will keep hacking to [hours] and the works end on [date]. Please contact [contractor hotline] if anything is unclear.'
    """),
    ("en", "tool-and-log"): _lines("""
        OneService case OS-2611-884213 status: Closed – referred to Town Council. Category: Noise > Renovation. Submitted 04/11/2026 10:42.
        dB log export: 2026-11-03 23:41:07, LAeq 58.2, Lmax 71.9 | 2026-11-03 23:47:52, LAeq 61.0, Lmax 74.3 | device: SLM-25 firmware v2.1.4
        Ticket #NN-20448 (renovation permit RP-2026-10477) – works approved 10/11/2026 to 05/12/2026, hacking permitted Mon–Fri 09:00–17:00 only.
        Order 7729-4410-0183 shipped: 3M Peltor X5A earmuffs x1, S$62.90, tracking SPX0931847265SG.
        def flag_late(events): return [e for e in events if e.hour >= 22 or e.hour < 7]  # quiet hours 10pm–7am, used for my noise diary
        ffmpeg -i noise_clip_2311.mp4 -vn -acodec pcm_s16le noise_clip_2311.wav && sox noise_clip_2311.wav -n stat
        CMC reference CMC/2026/03318 — mediation session scheduled 18 Dec 2026, 2:30pm; both parties to bring any recordings and notes.
        Invoice INV-2026-08817 from AcoustiFix Pte Ltd: rubber floor underlay 25 sqm @ $18 = $450, labour $320, GST 9% $69.30, total $839.30.
        Postal code 560412 — is that block right next to the MRT viaduct? Wondering about train noise before we buy a resale flat there.
        SHA-256 of recording: def1508f95616959a4989edd9325b9d2656c19ec052650837451664797d933e1 (keep the original file unmodified for the tribunal).
        Bosch GBH 2-26 DRE rotary hammer, 800 W, 2.7 J impact energy — this is what the contractor upstairs is using, how loud is it typically at one floor's distance?
        BEGIN:VEVENT SUMMARY:Quiet hours start – no laundry or vacuum RRULE:FREQ=DAILY DTSTART:20261201T220000 END:VEVENT
        HDB feedback acknowledgement: Ref 20261104-HDB-55172 received. A reply will be sent within 3 working days. Please do not reply to this automated email.
    """),
    ("en", "public-and-fiction"): _lines("""
        User: Who was the philosopher who wrote an essay complaining about noise? Assistant: Arthur Schopenhauer, in 'On Din and Noise' — he was especially annoyed by the cracking of whips in the street.
        User: Didn't Proust line his bedroom with cork because of noise? Assistant: Yes, Marcel Proust had his bedroom on Boulevard Haussmann in Paris lined with cork to shut out noise while he wrote.
        User: Ned Flanders is the ultimate good neighbour — write a Flanders-style cheerful note asking for quiet after 10pm. Assistant: Hi-diddly-ho, neighborino! Mind keeping things quiet-diddly-iet after ten? Thanks a bunch-a-roony!
        User: When was Singapore's Community Disputes Resolution Act passed? Assistant: Parliament passed it in 2015, when K Shanmugam was Minister for Law, and it set up the Community Disputes Resolution Tribunals.
        User: In The Big Bang Theory, why does Sheldon knock three times? Assistant: It's a running gag — he knocks three times and says the person's name each time, most famously 'Penny, Penny, Penny'.
        User: Kafka has a short piece about noise at home, right? Assistant: Yes, 'Great Noise' (Großer Lärm), written in 1911, describes the din of his family's flat as heard from his bedroom.
        User: What does the landlady in Kung Fu Hustle shout about? Assistant: The landlady of Pig Sty Alley, played by Yuen Qiu, screams at tenants over water, rent and noise — a comic exaggeration of a nagging landlord.
    """),
    ("zh-Hans", "assistant-chat"): _lines("""
        用户：楼上装修周末可以施工吗？助手：各地规定不同，很多小区的管理规约要求周末和法定节假日不得进行产生噪声的装修作业，具体以你所在小区的《装修管理规定》为准。
        用户：新的噪声污染防治法什么时候开始施行的？助手：《中华人民共和国噪声污染防治法》自2022年6月5日起施行，对社会生活噪声、室内装修作业时间等都有规定。
        用户：晚上十一点楼上还在蹦迪，打110还是12345？助手：正在发生、影响休息的可以拨打110请民警到场处理；非紧急的长期问题可以通过12345市民热线或物业、居委会反映。
        用户：楼上脚步声很重，怎么跟他们沟通比较好？助手：可以先敲门或留纸条，语气平和，说明具体时间段和影响，比如“晚上10点后能不能换软底拖鞋”，并表示愿意互相体谅。
        用户：震楼器合法吗？助手：使用震楼器本身就可能构成噪声扰民，严重的还可能被治安处罚，不建议以暴制暴，最好保留证据走正规途径。
        用户：录音可以作为证据吗？助手：在自己家中录制的噪声音频一般可以作为证据提交，最好同时记录时间、持续时长，并配合物业记录或出警记录。
        用户：工单号SH2026110800417一直显示“处理中”，怎么催？助手：可以再次拨打12345，报上工单号查询进度，也可以在线上渠道里申请催办。
        用户：帮我写个贴在电梯里的温馨提示，提醒大家晚上十点后注意噪音，不要点名。助手：温馨提示：各位邻居好，夜间22:00后请轻声关门、避免拖拽家具，给老人和孩子一个安静的夜晚。感谢配合！——XX小区物业服务中心
        用户：装修公司说隔音棉能降30分贝，靠谱吗？助手：这个数字通常是实验室条件下的隔声量，实际效果取决于结构和施工，对楼板撞击声帮助有限，可以要求对方给出检测报告。
        用户：租房的话，噪音问题应该找房东还是物业？助手：先找物业反映，同时告知房东；如果租赁合同里有相关条款，也可以依据合同协商。
        用户：物业说他们没有执法权，真的吗？助手：物业确实没有行政执法权，但有义务对违反管理规约的行为进行劝阻、制止，并向有关部门报告。
        用户：写一份给物业的投诉模板，名字和房号留空。助手：致XX物业服务中心：本人系__栋__单元__室业主，近期__室在__时段持续产生噪声……恳请物业上门劝导。投诉人：______ 联系电话：______
        用户：“人类的悲欢并不相通，我只觉得他们吵闹”是谁说的？助手：出自鲁迅《而已集·小杂感》，原文写的正是楼上楼下、左邻右舍的各种声响。
        用户：物业回执上写着“投诉编号 WY-20261107-0032，已派单”，这是什么意思？助手：说明物业已经登记了你的投诉并指派人员处理，你可以凭这个编号查询进度。
        用户：我自己家下个月要装修，怎么提前跟邻居打招呼？助手：可以在电梯和楼道张贴装修公告，写明施工周期和噪音较大的时段，再给上下左右邻居送点小礼物，留一个装修公司负责人的电话。
    """),
    ("zh-Hant", "rules-and-process"): _lines("""
        問：香港晚上七點後鄰居用電鑽裝修犯法嗎？答：根據《噪音管制條例》（第400章），晚上7時至翌日早上7時或公眾假期，使用機動設備進行建築工程一般須持有建築噪音許可證，可即時報警處理。
        問：鄰居半夜唱K，應該打999定1823？答：正在發生嘅住宅噪音可以報警，由警方到場處理；1823主要係一般查詢同投訴轉介。
        法團通告：各業主及住戶請注意，裝修工程只可於星期一至六上午9時至下午6時進行，星期日及公眾假期一律暫停。如有查詢，請致電管理處。
        業主立案法團會議紀錄摘要：議程三——討論修訂大廈公契內有關裝修時間的條款，議決於下次業主大會表決。
        問：樓上半夜喧嘩可以報警嗎？答：可以撥打110，警方可依《社會秩序維護法》處理深夜喧嘩；若是裝修機具噪音，也可向地方環保局陳情。
        公寓大廈管理委員會公告：本社區裝修施工時間為週一至週五08:00–12:00、13:30–17:30，週六、日及國定假日禁止施工，違者依規約處理。
        問：管委會可以罰樓上住戶嗎？答：依《公寓大廈管理條例》，住戶違反規約經制止而不遵從時，管委會可報請主管機關處理，能否罰款要看規約與相關規定。
        臺北市民當家熱線1999可以反映噪音問題，深夜喧嘩則建議直接撥110請員警到場。
        問：噪音計要用A加權還是C加權？答：一般環境噪音量測使用A加權（dB(A)），低頻噪音另有量測規範。
        環保署投訴參考編號：EPD/N/26/11073，個案已轉介區域辦事處跟進，預計十四個工作天內回覆。
        範本：致管理處：本人為__座__樓__室住戶，近日__室於晚間__時至__時持續發出噪音，懇請貴處代為勸喻。住戶簽署：______ 日期：______
        唔該幫我寫張紙仔貼喺升降機，提醒大家夜晚11點後細聲啲、唔好拖櫈，唔好點名。
        問：裝修公司話星期六都可以開工，係咪真㗎？答：要睇大廈公契同管理處規定，好多屋苑只准星期一至六指定時間內施工，星期日及公眾假期禁止。
    """),
    ("ms", "assistant-chat"): _lines("""
        Pengguna: Jiran buat renovate hari Ahad, boleh ke? Pembantu: Kebanyakan JMB/MC tidak membenarkan kerja ubah suai pada hari Ahad dan cuti umum. Semak undang-undang kecil bangunan anda dan maklumkan kepada pejabat pengurusan.
        Pengguna: Apa itu Tribunal Pengurusan Strata? Pembantu: Tribunal di bawah Akta Pengurusan Strata 2013 (Akta 757) yang mendengar tuntutan berkaitan hal strata, termasuk pelanggaran undang-undang kecil oleh pemilik atau penghuni.
        Pengguna: jiran atas selalu hentak kaki malam, macam mana nak tegur tanpa gaduh? Pembantu: Cuba bercakap secara baik pada waktu siang, terangkan bila bunyi itu berlaku dan kesannya, dan cadangkan penyelesaian kecil seperti alas getah pada kaki kerusi.
        Pengguna: Boleh ke saya buat aduan bunyi bising kepada PBT? Pembantu: Boleh, terutamanya untuk kerja ubah suai tanpa permit. Aduan juga boleh dihantar melalui SISPAA pihak berkuasa tempatan berkenaan.
        Pengguna: Tolong buat contoh notis untuk tampal di lif, tanpa nama sesiapa. Pembantu: NOTIS: Para penghuni dimohon tidak membuat bising selepas jam 11 malam demi keselesaan jiran. Kerjasama anda amat dihargai. — Pejabat Pengurusan
        Pengguna: Kalau jiran bising pukul 2 pagi, boleh call polis? Pembantu: Boleh hubungi 999 atau balai polis berdekatan jika gangguan sedang berlaku dan serius; untuk isu berulang, rekod tarikh dan masa sebagai bukti.
        Pengguna: Berapa lama kontraktor boleh buat kerja hacking? Pembantu: Bergantung pada peraturan bangunan; banyak kondominium hanya benarkan kerja bising Isnin hingga Jumaat, 9 pagi hingga 5 petang, dan memerlukan deposit ubah suai.
        Pengguna: Deposit renovation RM1,500 tu boleh dapat balik? Pembantu: Biasanya dipulangkan selepas pemeriksaan akhir jika tiada kerosakan harta bersama atau pelanggaran peraturan; pastikan anda simpan resit rasmi.
        Pejabat Pengurusan Residensi Seri Mutiara: 03-6142 8870 (Isnin–Jumaat, 9 pg–5 ptg). Aduan bunyi bising selepas waktu pejabat sila hubungi pengawal keselamatan di pondok utama.
        Pengguna: Apa beza JMB dengan MC? Pembantu: JMB (Badan Pengurusan Bersama) ditubuhkan sebelum hakmilik strata dikeluarkan, manakala MC (Perbadanan Pengurusan) mengambil alih selepas itu.
        Pengguna: Perlu ke minta kebenaran MC sebelum renovate? Pembantu: Ya, kebanyakan bangunan strata mewajibkan borang permohonan ubah suai, pelan kerja dan deposit sebelum kerja bermula; kerja tanpa kelulusan boleh dikenakan tindakan.
        Pengguna: anjing jiran menyalak sepanjang malam, nak buat apa? Pembantu: Semak sama ada haiwan peliharaan dibenarkan dalam undang-undang kecil, rekod waktu salakan, dan laporkan kepada pengurusan atau majlis tempatan jika berterusan.
        Pengguna: tulis surat aduan rasmi kepada JMB, biar nama dan nombor unit kosong. Pembantu: Tuan/Puan, ADUAN BUNYI BISING DARI UNIT ____. Saya, ______, penghuni unit ____, ingin memaklumkan … Sekian, terima kasih.
        No. rujukan aduan SISPAA: MBPJ/2026/ADU/015829 — status: Dalam Tindakan. Macam mana nak tahu pegawai mana yang uruskan?
    """),
    ("mixed", "user-request"): _lines("""
        eh how to tell my upstairs neighbour nicely their kid running around at 11pm very loud one, dun want to sound rude leh
        帮我 translate 这个 notice 去 Malay: 'Renovation works at this unit from 1 to 20 Dec, noisy works 9am–5pm weekdays only.'
        Can you 写一个 polite note 给 downstairs, say sorry for our reno noise, 不用写名字
        tolong explain apa maksud 'nuisance' dalam by-laws kondo, in simple English pls
        我的 condo 的 MCST 说 need 3 complaints before they act, is that normal 吗？
        Bro renovation contractor say hacking 2 weeks only, but now 5 weeks liao, can claim anything from developer or not?
        樓上成日 drop 嘢, 有冇 soundproof ceiling 推介? budget 大概 HK$20k
        jiran punya aircon compressor bising gila, buzzing all night, boleh complain ke MC or kena settle sendiri?
        how to say 'please keep noise down after 10pm' in 马来文 and Tamil, for a lift notice
        Help me compare: Community Mediation Centre vs CDRT — which one first ah?
        装修 deposit 被 MC 扣了 RM500 说 we damaged the lift, 怎么 appeal?
        Noise meter recommend? Ada Xiaomi punya, ada UNI-T UT353, which one more accurate for 记录 evidence?
        upstairs 那家 got 3 kids run around 到 midnight, 我应该 direct knock door or write letter first?
        pls help me 写 a short WhatsApp to the reno company asking them follow the 9am–5pm hacking rule, company name just put [ABC Reno]
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you make this sound less angry? 'To the owner of #11-214, Blk 627 Woodlands Ring Road: your hacking started at 8.05am again today, that's the third time this week.' I'm in #10-214, directly below.
        Please fill in the mediation form for me: Applicant: Priya d/o Ramasamy, NRIC S8734521A, mobile 9127 4836, Blk 118 Jurong East St 13 #07-402. Other party: household at #08-402 (name unknown).
        Here's my draft to the MCST, fix the grammar: 'I am Daniel Koh Wei Ming, owner of unit 12-03, writing again about the bass from 13-03 after midnight. My son Ethan has his PSLE next week and cannot sleep.'
        Log for evidence, can you tabulate it? 3 Nov 23:48 thumping | 4 Nov 00:15 chairs dragged | 5 Nov 01:02 shouting — all from Mdm Lim Siew Hoon's flat, Blk 203 Toa Payoh North #12-1187.
        my neighbour Kelvin Ng keeps revving his bike (FBL 3926 Y) at 1am in the MSCP below our block, his telegram is @kelvin_ng_sg — how do i tell him nicely without starting a fight
        Rewrite for the Town Council: Feedback from Mr Ahmad Faizal bin Rosli, contact 8362 1947, email faizal.rosli87@gmail.com, regarding renovation noise from the unit above his.
        I'm making a claim at CDRT. Claimant: TAN HUI LING, T0416823I. Respondent: GOH CHENG HOCK, #05-33 of the same block. Nuisance: excessive noise nightly since August. Can you help with the particulars of claim?
        The contractor wants me to transfer S$300 for the TC's noise fine to OCBC 501-438761-001 under LIM JUN HAO, his personal account — does that sound legit?
        Write a short apology note to my downstairs neighbours from me (Sarah Whitfield, #14-06) for our kitchen reno noise — we finish on 21 Nov and I'll leave my number 9738 5012 in case anything is too loud.
        Help me reply to the management office: I'm Wong Ka Yan, Flat C, 17/F, Block 3, tel 9623 1847. The flat above (D, 18/F) has been drilling on Sundays since October.
        Can you summarise the police report I made about the noise? 'Informant: Rajesh a/l Subramaniam, passport no. A38291746, residing at 22 Jalan SS 2/64, Petaling Jaya, reports loud banging from the neighbouring house after midnight.'
        My dad Chong Kok Wah is 71 and just had a heart bypass, and the piling next door starts at 7am — can you write to the developer asking them to start later?
        Draft a message to our landlord Mr Peter Lau: tenants of unit 6B (us, Jess Tan and Marcus Teo, marcus.teo88@gmail.com) want to end the lease early because of the nonstop renovation in 7B.
        Is this enough evidence? My doorbell cam shows the guy from #03-12, Sean Pereira, slamming his door at 2:14am on 9 Nov and 3:02am on 10 Nov.
        I got a counter-complaint. It says: 'The occupant of 47 Lorong Chuan, Ms Chloe Ang, has been banging on the ceiling with a broom.' That's me — how should I respond?
        Card 4541 9975 7111 6164 was charged S$89 by the noise monitoring company after I cancelled — help me write a dispute to the bank, name on card DEVI A/P MUNIANDY.
        Check this renovation permit application for me: site supervisor Rahman Mia, FIN F2947106K, HP 8841 6203, will be present during all hacking works at our unit.
    """),
    "zh-Hans": _lines("""
        帮我改一下这条给物业的投诉：我是5栋2单元1102业主刘晓燕，电话13826745190，楼上1202从晚上11点到凌晨1点一直有拖动家具的声音，已经持续两周了。
        帮我写一份12345投诉，投诉人陈志强，身份证440305198806143729，住深圳市南山区学府路海韵嘉园8栋1903，被投诉方是楼上2003在装修，周六早上7点就开始电钻。
        楼上那家姓周的，车牌粤B·7K2D9，每天半夜回来甩车门、穿高跟鞋咚咚咚，我想写个纸条贴他们门上，帮我措辞委婉一点
        我妈王秀兰今年68岁，有高血压，楼下装修吵得她天天头疼，社区医生说要静养。帮我写一封信给居委会说明情况。
        这是我在派出所做的笔录，帮我整理成要点：报警人张磊，联系电话159 2183 6047，反映楼上住户李建国于11月3日凌晨2时许大声播放音乐，经劝说仍不停止。
        邻居加了我微信 chenxiaomei_0612 说要商量噪音的事，结果一直骂人，我截图了，能帮我看看能不能作为证据吗
        装修公司要我赔楼下赵婷婷家的吊顶，让我转3800元到她的建行卡6217006322257218301，这个要求合理吗？
        我要起诉楼上噪音，起诉状里被告信息是：孙浩，男，1975年9月23日出生，身份证号110105197509234411，住北京市朝阳区某小区3号楼1502。原告信息该怎么写？
        QQ群里有人把我家门牌号发出来了：“文一西路金桂苑12幢502那个姓吴的女的天天投诉”，我叫吴佳琪，能不能要求群主删掉？
        业主群里这条消息怎么回：“@徐丽 你家孩子晚上十点还在拍球，楼下老人睡不着”——我就是徐丽，儿子徐子轩才6岁
    """),
    "zh-Hant": _lines("""
        幫我寫封信俾管理處：本人陳嘉欣，住沙田第一城34座12樓F室，電話6148 2093，樓上G室每晚凌晨都有人跳繩，已經影響我個仔溫書。
        我想填噪音投訴表格，身份證號碼 Y730264(7)，姓名李志明，地址觀塘順利邨利富樓1503室，咁樣填啱唔啱？
        請幫我潤飾這封給管委會的信：本人黃佳穎（身分證 F227063956），住新北市板橋區文化路二段182號9樓之3，樓上住戶從上週起每天早上七點就開始敲牆。
        樓上那個林先生（LINE ID: linjy.0975）說他晚上在家彈電子琴是他的自由，我要怎麼跟他溝通？他的手機是0975-203-681。
        幫我整理投訴時間表：12樓之2住戶蔡明哲，噪音紀錄 11/2 23:40、11/4 00:20、11/6 01:15，我已經打過110兩次。
        我係業主黃志偉，HKID K482915(8)，法團收咗我裝修按金HK$5,000，但收據寫錯咗我個名做黃志威，點樣要求佢哋改？
    """),
    "ms": _lines("""
        Tolong betulkan surat aduan ni: Saya, Nurul Aina binti Kamarudin (No. KP 900726-14-6018), penghuni unit B-12-07, Residensi Seri Mutiara, ingin mengadu tentang bunyi bising karaoke dari unit B-13-07 setiap malam Jumaat.
        jiran sebelah rumah, Encik Zulkifli bin Hassan, buat renovate dapur sampai pukul 11 malam, dah 3 minggu. nombor dia 012-384 7261, patut saya whatsapp dia dulu atau terus report JMB?
        Boleh ringkaskan laporan polis saya? 'Pengadu: Muhammad Hafiz bin Abdullah, KP 850312-10-5427, tel 016-772 4015. Pada 2/11/2026 jam lebih kurang 1.30 pagi, jiran di No. 14, Jalan Mawar 3 bergaduh dan membaling barang.'
        Anak saya Aisyah (Darjah 4) tak boleh tidur sebab kerja ubah suai rumah sebelah sampai lewat malam. Tolong tulis surat kepada majlis, nama saya Rosnah binti Yusof, alamat 27 Jalan H 3, Taman Melawati, 53100 Kuala Lumpur.
        Kereta jiran WXY 4821 selalu parking depan pagar saya dan hon kuat-kuat waktu subuh, pemiliknya Encik Lee Chee Keong. Nak buat aduan ke mana?
        Saya nak bayar deposit renovation RM2,000, tapi pengurusan minta masuk akaun Maybank 1641 2208 5317 atas nama Siti Hajar binti Omar — ni akaun peribadi ke? patut ke saya bayar?
        tolong buat template whatsapp kepada jiran atas, Kak Ros unit A-8-3, email dia rosmah.kamal@yahoo.com.my, pasal anak dia main bola dalam rumah pukul 12 malam
        Pengurusan kondo bagi saya notis kompaun RM200 sebab 'bunyi bising', tapi masa tu saya, Kavitha a/p Suppiah, berada di Hospital Ampang selepas bersalin pada 8 Nov. Tolong tulis rayuan.
    """),
    "mixed": _lines("""
        bro help me translate to formal English: 我楼上那个 Jason Lim Wei Jie, unit #15-09, every night 12am still drilling lah, I already complain to MCST twice liao
        Can you 帮我 check 这个 WhatsApp 要不要 send: 'Hi Mdm Chua, I'm the owner of #04-11 below you, my number is 8127 4095, can we talk about the noise at night?' 会不会太 direct?
        Tolong translate to Chinese for my upstairs uncle: 'Uncle Ong, saya Farah dari unit 9-2, anak saya baru lahir, tolong kurangkan bunyi lepas 11pm' — nombor saya 019 665 2380
        我爸 Lim Ah Kow 上个礼拜 kena stroke, doctor 说 must rest, but 隔壁 reno 天天 hacking. Can write to HDB branch ask for help? 地址 Blk 342 Ang Mo Kio Ave 1 #06-2231.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a friendly assistant helping Singapore residents with neighbour issues. Be practical and polite.",
        ),
        (
            "user",
            "my upstairs keeps dropping stuff like marbles at 1-2am, been like this since september. what can i do",
        ),
        (
            "assistant",
            "That sounds exhausting. A practical order of steps: 1) keep a noise diary for two weeks, 2) leave a polite note or speak to them, 3) ask your Town Council or the Community Mediation Centre for help, 4) as a last resort, file a claim at the CDRT. Would you like me to draft a note or a letter?",
        ),
        (
            "user",
            "letter to the town council pls. I'm Jonathan Seah, Blk 512 Bishan St 13 #07-118, the noise is from #08-118. contact me at 9462 0715",
        ),
        (
            "assistant",
            "Here's a draft: 'Dear Sir/Madam, I am Jonathan Seah, residing at Blk 512 Bishan St 13 #07-118. Since September I have heard objects dropping and rolling from #08-118 between 1am and 2am on most nights. I would be grateful if the Town Council could advise the occupants. I can be reached at 9462 0715. Yours faithfully, Jonathan Seah'",
        ),
    ],
    [
        ("user", "上海这边装修一般几点能开工？楼上天天七点半就开始砸墙"),
        (
            "assistant",
            "不少小区规定工作日上午8点前不得进行噪声作业，具体以小区的装修管理规定为准。七点半就开始砸墙，可以先向物业反映。需要我帮你写一份书面投诉吗？如果需要，请告诉我你的姓名、房号和联系方式。",
        ),
        (
            "user",
            "要的。我叫何静，浦东新区锦绣路盛世花园12号楼601，楼上是701，手机18602135578，从11月3号开始的。",
        ),
        (
            "assistant",
            "投诉书：致盛世花园物业服务中心：本人何静，系12号楼601室业主（联系电话：18602135578）。自11月3日起，楼上701室每日上午7:30左右即开始砸墙作业，严重影响休息，恳请物业核查其装修时间并予以劝导。投诉人：何静",
        ),
    ],
    [
        (
            "user",
            "Saya nak hantar aduan kepada JMB pasal unit atas buat renovate sampai pukul 10 malam. Boleh tolong buat surat?",
        ),
        (
            "assistant",
            "Boleh. Boleh berikan nama penuh anda, nombor unit anda dan unit yang terlibat, serta nombor telefon untuk dihubungi?",
        ),
        (
            "user",
            "Amirul Hakim bin Razak, unit C-5-2, unit atas C-6-2, tel +60 11-2385 6674. Dah mula sejak 20 Oktober.",
        ),
        (
            "assistant",
            "Kepada: Badan Pengurusan Bersama. Perkara: Aduan bunyi bising kerja ubah suai dari unit C-6-2. Saya, Amirul Hakim bin Razak, penghuni unit C-5-2, ingin mengadu bahawa sejak 20 Oktober kerja ubah suai di unit C-6-2 dijalankan sehingga pukul 10 malam. Mohon pihak JMB mengambil tindakan. Sekian, Amirul Hakim bin Razak (011-2385 6674)",
        ),
    ],
    [
        (
            "system",
            "你是屋苑住戶助手。已登記用戶資料：姓名 麥家豪；電話 5402 7719；地址 將軍澳 維景灣畔 5座 23樓 B室。",
        ),
        ("user", "隔籬地盤成晚10點後仲打樁，可唔可以投訴？"),
        (
            "assistant",
            "晚上7時至翌日早上7時使用機動設備進行建築工程一般需要建築噪音許可證，打樁喺晚間通常唔會獲批。你可以即時報警，或者向環保署投訴。要唔要我用你登記嘅資料幫你草擬投訴信？",
        ),
        ("user", "好，寫俾環保署。"),
        (
            "assistant",
            "致環境保護署：本人麥家豪，住將軍澳維景灣畔5座23樓B室（電話：5402 7719）。近兩星期鄰近地盤每晚10時後仍進行打樁工程，嚴重影響住戶休息，懇請貴署派員調查。麥家豪 謹啟",
        ),
    ],
    [
        (
            "user",
            "Got this note under my door, how should I respond?? 'To the people in 12A – your dog barks the whole day while you're at work. This is the 4th time I'm asking. – Gerald Fernandes, 11A, 9385 2206'",
        ),
        (
            "assistant",
            "It's firm but not abusive. I'd reply by acknowledging the problem, saying what you'll do about it (for example a dog walker or a trainer) and giving a timeline. Do you want to include your own name and number?",
        ),
        (
            "user",
            "yes, I'm Aditi Rao, my number is 8716 3304. we'll get a daytime dog walker from next monday.",
        ),
        (
            "assistant",
            "Hi Gerald, thank you for letting us know, and sorry it has taken this long. We've arranged a daytime dog walker starting next Monday. If the barking is still a problem after that, please text me on 8716 3304. – Aditi Rao (12A)",
        ),
    ],
    [
        ("user", "楼上噪音扰民，我想去法院起诉，民事起诉状怎么写？"),
        (
            "assistant",
            "民事起诉状一般包括：原告和被告的基本信息、诉讼请求、事实与理由、证据清单。被告姓名不清楚的话，可以先通过物业或不动产登记了解。你可以把信息发给我，我帮你填。",
        ),
        (
            "user",
            "原告：顾佳怡，女，1992年3月7日生，汉族，身份证号310115199203071284，住上海市浦东新区。被告：楼上1802室业主，名字还不知道。诉讼请求：停止侵害，赔偿精神损失5000元。",
        ),
        (
            "assistant",
            "原告：顾佳怡，女，1992年3月7日出生，汉族，公民身份号码310115199203071284，住上海市浦东新区××路××号。被告：××，1802室业主（待查明）。诉讼请求：一、判令被告立即停止噪声侵害；二、判令被告赔偿精神损害抚慰金5000元。",
        ),
    ],
    [
        (
            "user",
            "Filling in the Incorporated Owners' renovation application for our flat. Does this read right? Owner: CHEUNG Wai Man, HKID R159037(4), Flat 12B, Tower 2, contact 9318 4027. Works: bathroom retiling, 2–30 Dec.",
        ),
        (
            "assistant",
            "It reads fine. Two notes: many buildings only allow drilling on weekdays during office hours, so mention that noisy works will follow the house rules; and some IOs only need part of the HKID, so check whether you really need to give the full number.",
        ),
        (
            "user",
            "ok will leave it as is. also need to add the contractor: Kin Fung Decoration Co., registration RMW-4417.",
        ),
        (
            "assistant",
            "Updated: 'Applicant: CHEUNG Wai Man (HKID R159037(4)), owner of Flat 12B, Tower 2, tel 9318 4027. Contractor: Kin Fung Decoration Co. (RMW-4417). Works: bathroom retiling, 2–30 Dec; noisy works Mon–Sat within permitted hours only.'",
        ),
    ],
    [
        ("user", "樓上每天晚上都在裝潢到十點，台北市可以檢舉嗎？"),
        (
            "assistant",
            "可以向臺北市政府環境保護局陳情，或撥打1999市民當家熱線；如果深夜仍在施工，也可以直接報警。需要我幫你寫陳情內容嗎？",
        ),
        (
            "user",
            "好，陳情人王俊傑，電話0928 416 357，住址台北市大安區和平東路二段96巷8號5樓，吵的是6樓。",
        ),
        (
            "assistant",
            "陳情內容：陳情人王俊傑（聯絡電話0928-416-357），居住於臺北市大安區和平東路二段96巷8號5樓。樓上6樓住戶近日每晚裝潢施工至22時，影響居住安寧，懇請貴局派員稽查。",
        ),
        ("user", "系統還要填身分證字號 A235814677，要放在內文嗎？"),
        ("assistant", "不用放在內文，填在系統的身分證字號欄位就好，內文保留姓名和聯絡電話即可。"),
    ],
    [
        (
            "user",
            "Saya dah buat laporan polis pasal jiran bergaduh dan bising tiap malam. Apa langkah seterusnya?",
        ),
        (
            "assistant",
            "Simpan salinan laporan polis dan teruskan merekod tarikh serta masa gangguan. Anda juga boleh memaklumkan kepada pihak berkuasa tempatan atau persatuan penduduk. Nak saya bantu tulis surat?",
        ),
        (
            "user",
            "Ini butiran dalam laporan: Ganesh a/l Krishnan, KP 781104-07-5233, No. 9 Lorong Kenari 2, Bayan Lepas, Pulau Pinang. Nak tulis surat kepada MBPP, boleh guna ni?",
        ),
        (
            "assistant",
            "Boleh. Draf: 'Saya, Ganesh a/l Krishnan (No. KP 781104-07-5233), beralamat di No. 9 Lorong Kenari 2, Bayan Lepas, Pulau Pinang, ingin memaklumkan gangguan bunyi bising berterusan dari rumah jiran setiap malam. Laporan polis telah dibuat dan salinannya dilampirkan.'",
        ),
    ],
    [
        ("system", "Assistant for tenants in Singapore. Keep replies short."),
        (
            "user",
            "My landlord forwarded a complaint from the MCST saying I play drums after 10pm. I only play on an e-kit with headphones.",
        ),
        (
            "assistant",
            "Worth explaining calmly. Note that an electronic kit still sends pedal and pad impact through the floor, so neighbours may hear thuds even with headphones. Would you like help writing a reply?",
        ),
        (
            "user",
            "Yes. Tenant: Oliver Brandt, FIN G5183027Q, unit #09-04 at The Caspian. Lease ends Aug 2027 and the landlord is threatening to terminate.",
        ),
        (
            "assistant",
            "Draft: 'Dear Landlord, I, Oliver Brandt (FIN G5183027Q), tenant of #09-04 The Caspian, refer to the MCST complaint. I play an electronic kit with headphones and will stop playing after 9pm and add an isolation platform under the kit. I hope this resolves the matter before any termination is considered.'",
        ),
    ],
    [
        (
            "user",
            "neighbours complained to TC about noise at night from our flat. problem is it's my mum lah",
        ),
        (
            "assistant",
            "I'm sorry, that's a hard situation. Can you tell me a bit more about what happens at night, so I can suggest what to say to the Town Council?",
        ),
        (
            "user",
            "my mum Mdm Koh Bee Lian, 78, got dementia, she wakes up 3am and bangs the gate and shouts. we stay Blk 27 Jalan Bukit Merah #11-502. TC officer coming next week",
        ),
        (
            "assistant",
            "Be open with the officer — most people are understanding once they know it's a medical condition. You could also ask the Agency for Integrated Care (1800 650 6060) about night-time support. A note for neighbours: 'We are the family at #11-502. Our mother, Mdm Koh, has dementia and sometimes wakes at night. We are working with her doctors and apologise for the disturbance.'",
        ),
    ],
    [
        (
            "user",
            "帮我看看业主群里的聊天，我该怎么回比较得体：【3-1301 宋美玲】楼下1201天天半夜吵架摔东西，谁受得了？【3-1201 杜宏伟】我们家的事关你什么事？【3-1301 宋美玲】派出所都来过两次了你自己心里清楚",
        ),
        (
            "assistant",
            "建议不要在群里讨论别人家的家事，容易激化矛盾，也涉及隐私。如果你也受到影响，可以私下向物业反映。",
        ),
        ("user", "那帮我写一条私信给物业，说明1201的情况，我是3栋1101的黄蕾，电话13917402568"),
        (
            "assistant",
            "您好，我是3栋1101业主黄蕾（电话13917402568）。近一个月楼上1201室经常在深夜发出争吵和摔东西的声音，影响休息，麻烦物业了解情况并适当劝导，谢谢。",
        ),
    ],
    [
        (
            "user",
            "I ordered acoustic ceiling panels from QuietHome for S$640 to deal with the noise from upstairs and they never arrived. Help me write a complaint.",
        ),
        (
            "assistant",
            "Sure. What's the order number, the order date and how you paid? And which name and email should I sign it with?",
        ),
        (
            "user",
            "Order QH-558201, 12 Oct, paid with Mastercard 5523 4158 5230 9043. I'm Wei Ling Ho, wlho.design@gmail.com",
        ),
        (
            "assistant",
            "Subject: Non-delivery of order QH-558201. Dear QuietHome team, I placed order QH-558201 on 12 Oct for acoustic ceiling panels (S$640) and have not received them. Please deliver within 7 days or refund in full. Regards, Wei Ling Ho (wlho.design@gmail.com). Tip: you only need the last four digits of the card (9043), not the full number.",
        ),
    ],
    [
        ("user", "成都这边邻里噪音纠纷可以找社区人民调解吗？"),
        (
            "assistant",
            "可以。社区一般设有人民调解委员会，调解免费，达成的调解协议具有法律约束力。需要的话我可以帮你写调解申请书。",
        ),
        (
            "user",
            "申请人 罗建华，男，身份证510107198304180933，住武侯区玉林小区4栋801；被申请人 楼上901住户。帮我把纠纷事实那段写清楚：对方每晚十一点后在家跳操、放音响。",
        ),
        (
            "assistant",
            "纠纷事实：申请人罗建华（身份证号510107198304180933）居住于武侯区玉林小区4栋801室，被申请人居住于其楼上901室。自今年9月起，被申请人每晚23时后在家中跳操并播放音响，声响持续，严重影响申请人休息，经口头沟通未果，特申请调解。",
        ),
    ],
    [
        (
            "user",
            "Macam mana nak failkan tuntutan di Tribunal Pengurusan Strata pasal jiran bising?",
        ),
        (
            "assistant",
            "Anda perlu mengisi Borang 1, lampirkan bukti seperti rakaman dan rekod aduan kepada JMB/MC, dan bayar fi pemfailan. Berikan butiran anda kalau nak saya bantu isi bahagian butiran tuntutan.",
        ),
        (
            "user",
            "Okay. Penuntut: Nor Azlina binti Ismail, KP 930215-01-6782, unit 15-3A, Pangsapuri Bukit Indah, Johor Bahru. Penentang: penghuni unit 16-3A.",
        ),
        (
            "assistant",
            "Butiran tuntutan: 'Penuntut, Nor Azlina binti Ismail (No. KP 930215-01-6782), pemilik unit 15-3A, Pangsapuri Bukit Indah, Johor Bahru, menuntut agar penghuni unit 16-3A menghentikan bunyi bising melampau yang berlaku hampir setiap malam, yang melanggar undang-undang kecil bangunan.'",
        ),
    ],
    [
        ("user", "What do I need for a CDRT claim about noise?"),
        (
            "assistant",
            "You'll file through the Community Justice and Tribunals System, show that you tried to resolve things first (for example by attempting mediation), and attach evidence such as a noise diary and recordings.",
        ),
        (
            "user",
            "ok. claimant is me, Harpreet Kaur d/o Gurbachan Singh, S7612048Z. My daughter Simran's eczema flares up badly when she can't sleep, can I mention that?",
        ),
        (
            "assistant",
            "Yes — how the noise affects your household is relevant. For example: 'The Claimant, Harpreet Kaur d/o Gurbachan Singh (S7612048Z), states that the repeated late-night noise has disrupted her family's sleep, and her daughter Simran's eczema has worsened as a result.'",
        ),
    ],
    [
        ("user", "我在杭州租房，楼下在装修，吵得没法在家办公，可以要求房东减房租吗？"),
        (
            "assistant",
            "装修噪音一般不是房东造成的，减租要看合同约定和协商。可以先和房东沟通，说明对居住的影响。你们合同里有提前解约的条款吗？",
        ),
        (
            "user",
            "房东叫陈国平，电话13758926041，他说装修不是他家的，不管。我叫沈一帆，身份证330106199611022657，合同上写提前解约要赔一个月押金。",
        ),
        (
            "assistant",
            "可以这样跟陈先生说：“陈先生您好，我是租客沈一帆。楼下装修预计还要持续两个月，严重影响居住，希望您能考虑适当减免租金，或同意我提前解约并减免违约金。”",
        ),
    ],
]
