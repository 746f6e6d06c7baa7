# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat96: chats asking an assistant for help with neighbour disputes. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat96
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "chat-advice"): _lines("""
        User: My upstairs neighbour drags furniture at 1am almost every night. What can I do in Singapore before going to the tribunal? Assistant: Start with a polite note or a short chat, keep a dated log, then try free mediation at the Community Mediation Centre; the Community Disputes Resolution Tribunals generally expect you to have tried to settle it first.
        User: how strict are renovation hours in a condo? our by-laws say works only 9am-5pm weekdays Assistant: The by-laws set the hours, so drilling outside them is a breach you can report to the management office; they can issue a notice to the unit owner and, if the by-laws allow it, impose a penalty.
        User: Is it allowed to put a CCTV camera outside my HDB door facing the corridor? Assistant: It is generally possible with conditions: the camera must not look into a neighbour's flat, must not obstruct the corridor and must be installed without damaging common property. Check HDB's current guidelines before you buy one.
        User: The water stain on my ceiling keeps growing. Who pays — me, the owner upstairs or management? Assistant: It depends on where the water comes from. If it is the upstairs unit's pipes or floor waterproofing, that owner is usually liable; if it is a common pipe, the management body is. Get an inspection report first.
        User: Can you suggest a calm opening line for talking to a neighbour whose dog barks all day while they are at work? Assistant: Try: "Hi, I'm not sure you know this, but your dog seems to bark quite a lot while you're out — I thought you'd want to know."
        User: What does "nuisance" mean legally in a neighbour dispute? Assistant: In common-law systems, private nuisance is an unreasonable interference with someone's use and enjoyment of their property. Noise, smells, smoke or water coming in can all qualify if they are substantial and keep happening.
        User: A car keeps blocking my gate in a landed estate in KL. Should I call the police or DBKL? Assistant: If you are blocked in right now, call the police. For a recurring problem on a public road, the city council's enforcement unit handles obstruction and can issue compounds.
        User: Who wrote "Good fences make good neighbours"? Assistant: The line comes from Robert Frost's poem "Mending Wall" (1914). The speaker's neighbour repeats it, and the poem actually questions the saying rather than endorsing it.
        User: what's a good format for a noise diary? Assistant: One row per incident: date, start time, end time, type of noise, which room you heard it in, a decibel reading if you have one, how it affected you (woke up, could not work) and any witness.
        User: Our building passed a no-smoking-on-balconies rule. Can management really fine residents for it? Assistant: Only if the rule was properly adopted as a by-law at a general meeting and the by-laws provide for a penalty. Ask the management office for the resolution and the by-law number.
        User: I'm renting. Should I complain to the neighbour directly or go through my landlord? Assistant: Do both, but put it in writing to your landlord. An owner has more standing with the management body, and a written record protects you if the dispute affects your tenancy.
        User: Summarise My Neighbor Totoro in two sentences for my kid. Assistant: Two sisters move to the countryside while their mother is in hospital and befriend Totoro, a big, gentle forest spirit. With his help they find their way through worry and adventure until the family is together again.
        User: Write a small Python loop that appends a timestamp and a decibel value to noise_log.csv every 5 seconds. Assistant: import csv, time / while True: / with open("noise_log.csv", "a", newline="") as f: csv.writer(f).writerow([time.strftime("%Y-%m-%d %H:%M:%S"), read_db()]) / time.sleep(5)
        User: Is 65 dB at 11pm loud? Assistant: For a bedroom at night, yes. It is roughly the level of normal conversation at one metre, and night-time guidelines for indoor sleep are far lower, around 30-40 dB.
        User: How do I file a claim with the Tribunal for Strata Management in Malaysia? Assistant: Fill in the claim form, attach your evidence, pay the filing fee and lodge it with the tribunal's secretariat; the respondent is then served and a hearing date is fixed. Check the ministry's page for the current form and fee.
        User: someone keeps feeding stray cats at our void deck and the smell is terrible. who handles this? Assistant: The town council manages the common areas and cleaning, and the Animal & Veterinary Service handles community animal issues. Report to both with photos and the times you noticed it.
        User: Draft a short, friendly WhatsApp to the family upstairs asking them to stop the kids jumping after 10pm. Assistant: "Hi neighbours, hope you're well! Small request — we can hear quite a lot of jumping after 10pm and it keeps our little one awake. Would you mind keeping it gentle after then? Thanks so much!"
        User: The management corporation wants every owner to pay a special levy for roof repairs. Can I refuse because of my dispute with them? Assistant: Usually not. A levy properly approved at a general meeting binds every owner, and withholding it can lead to interest and recovery action; pursue your dispute separately.
    """),
    ("en", "template"): _lines("""
        Dear [Neighbour's Name], I am the owner of Unit [#XX-XX] directly below yours. Since [date], water has been seeping through my bathroom ceiling. Could we arrange a time for a plumber to inspect both units? Kind regards, [Your Name], [Unit]
        NOISE LOG | Date: ______ | Time from: ______ to: ______ | Type of noise: ______ | Room heard in: ______ | dB reading: ______ | Witness: ______ | Action taken: ______
        To: The Management Corporation Strata Title Plan No. [____] / Re: Renovation works outside permitted hours at Unit [____] / I write to report that works were carried out on [dates] between [times], contrary to By-law [__]. I request that the management take action under the by-laws.
        Request for Mediation | Applicant name: <NAME> | Contact: <PHONE> | Address: <ADDRESS> | Other party: <NAME OF NEIGHBOUR> | Nature of dispute: noise / parking / pets / smell / other | Preferred dates: <DATES>
        Friendly note template: "Hi, I'm your neighbour from [unit]. I've noticed [issue] around [time]. Could we find a moment to chat about it? Thanks, [your name]"
        NOTICE TO ALL RESIDENTS: Renovation works are permitted Monday to Friday 9am-6pm and Saturday 9am-1pm. No hacking, drilling or hammering on Sundays and public holidays. Contractors found working outside these hours will have their access cards suspended.
        Pet owners are reminded that dogs must be leashed in all common areas, including lifts, lift lobbies and the pool deck. Owners must clean up after their pets immediately. Repeated breaches will be referred to the council.
        Letter of demand template: "TAKE NOTICE that unless the sum of [RM amount], being the cost of repairs to [property], is paid within [14] days of the date of this letter, I shall file a claim at the [Tribunal] without further notice to you."
        Checklist before writing to management: 1) dates and times of each incident, 2) photos or videos, 3) the by-law or house rule breached, 4) what exactly you want them to do, 5) a reasonable deadline for their reply.
        NOTICE: Visitor parking lots are for visitors only. Resident vehicles parked in visitor lots for more than 3 hours will be clamped. Release fee: RM50 payable at the management office during office hours.
        Water seepage inspection report | Unit inspected: ______ | Date of inspection: ______ | Suspected source: floor slab / concealed pipe / external wall / other | Moisture reading: ___% | Recommended action: ______ | Inspector: ______
        Subject: Follow-up on complaint [TICKET NO.] submitted on [DATE] — no response after [X] working days. Dear Sir/Madam, I refer to the above complaint and would appreciate an update by [DATE].
    """),
    ("en", "hard-negative"): _lines("""
        User: my complaint ticket is MGT-2026-11-0382 and management said 5 working days. It's day 9. how do I follow up? Assistant: Reply on the same thread quoting MGT-2026-11-0382, state the date you filed and ask for the name of the officer handling it and a date for the inspection.
        User: The noise meter app shows peak 78.4 dB and LAeq 61.2 dB between 23:10 and 23:55 on 14/11/2026. Does that help my case? Assistant: Yes, as part of a pattern. Phone apps are not calibrated, so pair the readings with dated recordings and a written log rather than relying on the numbers alone.
        User: what number do I call in Singapore if the party next door is still going at 2am? Assistant: For an emergency call 999. For a non-urgent police matter you can use the Police Hotline at 1800 255 0000, and give the block and unit the noise is coming from.
        User: the contractor quoted SGD 3,480 to redo the bathroom waterproofing, invoice INV-20261103-117. is that fair for a 4-room flat? Assistant: It is within the usual range for hacking, membrane and re-tiling of one bathroom; ask for an itemised quote and a written warranty before you pay.
        User: a parcel with tracking SPXMY052917364810 was left in the corridor by the courier and my neighbour thinks I dumped it there. how do I show it isn't mine? Assistant: Look up the tracking number in the courier's app — it will show the delivery address and a photo — and share that page with management.
        User: Is postcode 560412 under Ang Mo Kio? I want to know which town council to write to. Assistant: Singapore postcodes beginning with 56 are in the Ang Mo Kio area, but town council boundaries follow constituencies, so confirm on the town council's website using the postcode.
        User: A Honda HR-V and a Toyota GR86 have been sitting in our visitor lots for three weeks. Can management tow them? Assistant: Only if the by-laws or house rules allow towing or clamping and notice has been given; otherwise the management should report abandoned vehicles to the authorities.
        User: I got case no. CMC/2026/04417 for a mediation session on 9 Dec at 10.30am. What happens there? Assistant: Each side speaks without interruption, then two volunteer mediators help you look for terms both can live with. It is confidential, and any agreement is written down for both to sign.
        User: Is the handbook with ISBN 978-981-3271-45-6 on strata living worth buying for a first-time owner? Assistant: I cannot confirm that specific edition, but a good strata handbook should cover by-laws, general meetings, maintenance charges and the tribunal process; check the publication year, since the rules change.
        User: my video of the noise has SHA-256 beadea43002e14b17b7af786c2af4e26fcf775872da5220115fb84d1e5ed5b8a. can I use the hash to prove I didn't edit it? Assistant: A hash proves the file hasn't changed since you recorded the hash, so note it down with the date or email it to yourself right away.
        User: which is quieter for thin walls, the Roborock S8 MaxV or the Xiaomi X20+? I want to run it at night without complaints. Assistant: Both are around 60-70 dB on normal suction; run either on quiet mode with the mop only, and schedule it before 10pm to be safe.
        User: the barrier log shows "2026-11-30 23:41:07, GATE-02, LOT B2-118, IN" and "2026-12-01 06:12:55, GATE-02, LOT B2-118, OUT". Does that prove the visitor lot was taken overnight? Assistant: It shows the lot sensor recorded an entry and exit, but not which car; ask management for the camera footage for the same timestamps.
    """),
    ("zh-Hans", "chat-advice"): _lines("""
        用户：楼上每天晚上十一点以后还在跳绳，咚咚响，我该怎么沟通比较好？ 助手：先挑白天的时间当面聊或写张便条，语气客气地说明噪音时段和对你的影响；如果没用，可以请物业协调，再不行可以找居委会或人民调解委员会调解。
        用户：楼上卫生间漏水到我家天花板，物业说让我自己跟楼上协商，这合理吗？ 助手：漏水属于相邻关系纠纷，楼上业主对其专有部分造成的损害通常要承担责任；物业有协助查找漏点的义务，你可以要求物业出具书面检查记录作为证据。
        用户：邻居装修，周末早上八点就开电钻，有规定吗？ 助手：很多城市和小区的装修管理规定都限制周末和节假日的施工时间，具体以当地规定和小区的《装修管理服务协议》为准，可以先向物业反映，让物业按协议约束施工方。
        用户：打12345投诉邻居噪音有用吗？ 助手：12345是政务服务便民热线，会把工单转给街道、城管或公安等部门处理；投诉时说清楚时间、地点和持续情况，并记下工单号以便跟进。
        用户：帮我写一段发在业主群里的话，提醒大家遛狗牵绳，不要点名。 助手：各位邻居好！最近有业主反映在小区里被没牵绳的狗狗吓到，小区里小朋友也多，麻烦大家遛狗时务必牵绳、及时清理粪便，谢谢理解和配合！
        用户："六尺巷"的故事是怎么回事？ 助手：清代大学士张英的家人与邻居因宅基地起了争执，写信到京城求助，张英回诗"一纸书来只为墙，让他三尺又何妨"，家人便退让三尺，邻居也退让三尺，就有了六尺巷。
        用户：小区地下车库有人长期占我的产权车位，物业不管，我能不能给他锁车？ 助手：不建议自行锁车或堵车，容易激化矛盾甚至被追责；更稳妥的做法是拍照留证、书面通知物业，必要时报警或起诉要求排除妨害。
        用户：噪音多少分贝算扰民？ 助手：可以参考《声环境质量标准》（GB 3096-2008），以居住为主的1类声环境功能区昼间限值55分贝、夜间45分贝；室内噪声还有单独的标准，具体以执法部门测量为准。
        用户：业主委员会和物业公司到底是什么关系？ 助手：业委会是业主大会的执行机构，代表全体业主；物业公司是业主选聘的服务企业，双方通过物业服务合同约定权利义务，业委会可以监督物业履约。
        用户：写个Excel公式，统计噪音记录表里22:00以后的记录条数，时间在B列。 助手：=COUNTIF(B2:B500,">="&TIME(22,0,0))，如果记录跨到凌晨，再加上 =COUNTIF(B2:B500,"<"&TIME(6,0,0))。
        用户：邻居在楼道里堆了鞋柜和纸箱，消防通道都快堵了，该找谁？ 助手：先向物业反映，物业有义务清理；如果不处理，可以拨打96119消防举报投诉热线，占用、堵塞疏散通道属于违法行为。
        用户：楼上空调外机滴水滴在我家窗台上，吵得睡不着，怎么解决？ 助手：可以请楼上加装冷凝水管接到排水立管，费用不高；沟通不成再请物业出面，长期影响生活的也可以申请调解。
        用户：去人民调解委员会申请调解需要准备什么？ 助手：一般需要身份证件、纠纷情况的书面说明、相关证据（照片、视频、维修单据等）以及对方的基本情况；人民调解不收费，达成的调解协议可以申请司法确认。
        用户：《请回答1988》里双门洞的邻里关系为什么让人这么羡慕？ 助手：剧中德善、正焕、善宇几家人互相送菜、一起看电视、遇事互相帮衬，那种没有防备的邻里温情正是现在城市生活里少见的。
        用户：装修时楼下说我家震裂了他家天花，我需要赔吗？ 助手：关键看因果关系。建议双方一起请物业或第三方鉴定裂缝原因，如果确实是装修造成的，施工方和你可能都要承担责任，可以先看装修合同里的责任条款。
    """),
    ("zh-Hans", "notice"): _lines("""
        【温馨提示】各位业主：根据本小区《装修管理规定》，装修施工时间为工作日8:00-12:00、14:00-18:00，周末及法定节假日禁止电钻、切割等噪音作业，如有疑问请联系物业服务中心。
        关于规范停车的通知：地下车库消防通道及非机动车位禁止停放机动车，违者物业将拍照上报并通知交警处理。——锦城花园物业服务中心 2026年11月20日
        停水通知：因12栋二单元给水立管漏水维修，11月28日9:00-15:00该单元停水，请各位住户提前储水，给您带来不便敬请谅解。
        物业服务中心24小时值班电话：0755-26831190，报修、投诉、噪音扰民均可来电，夜间值班人员会在30分钟内到场。
        投诉工单 GD20261102-0457 处理结果：经核查，夜间嗡嗡声来源为地下二层公共水泵房，已安排更换减振垫，预计12月5日前完成。
        文明养犬公约：一、出户牵绳；二、及时清理粪便；三、不在电梯、楼道内逗留；四、按时办理犬只登记和免疫；五、大型犬、烈性犬不得在本小区饲养。
        业主大会表决公告：关于使用专项维修资金维修3号楼外墙渗水的表决，投票时间为12月1日至12月15日，请各位业主通过小程序投票。
        人民调解协议书（模板）：甲方：________ 乙方：________ 纠纷事由：________ 经调解，双方自愿达成如下协议：一、________ 二、________ 本协议一式三份。
        关于高空抛物的警示：近期有业主反映楼上抛掷烟头、果皮，物业已在各楼栋加装朝上监控，一经查实将报公安机关依法处理。
    """),
    ("zh-Hant", "chat-advice"): _lines("""
        用戶：樓上滲水落我間屋，管理處話唔關佢事，我可以點？ 助手：可以向食環署及屋宇署滲水投訴聯合辦事處投訴，佢哋會安排測試搵出滲水源頭；同時亦可以寫信畀業主立案法團跟進公共喉管嘅可能性。
        用戶：隔籬屋成日半夜打麻雀，好嘈，報警得唔得？ 助手：得。夜間住宅噪音屬《噪音管制條例》範圍，由警方處理，可以打999或者去附近警署報案，警員會到場了解。
        用戶：1823可以投訴啲咩？ 助手：1823係政府綜合熱線，可以代你將投訴轉介去相關部門，例如食環署、屋宇署、地政總署等，亦會畀你一個個案編號方便跟進。
        用戶：想寫封信畀法團投訴有住戶喺後樓梯放雜物，幫我諗個開頭。 助手：「敬啟者：本人為貴大廈住戶，近月發現後樓梯長期堆放雜物，阻塞逃生通道，構成火警危險，懇請法團盡快跟進處理……」
        使用者：樓上鄰居每天半夜拖椅子，依《公寓大廈管理條例》可以怎麼處理？ 助理：住戶依第16條不得發出喧囂、振動等妨害他人的行為，可先請管委會勸阻；勸阻不聽，管委會可以報請地方主管機關處理。
        使用者：隔壁的狗整天叫，可以打1999嗎？ 助理：可以打1999市民熱線反映，也可以依《社會秩序維護法》請警察到場處理；記得先錄音、記錄時間，會比較好處理。
        使用者：存證信函要怎麼寄？ 助理：到郵局購買存證信函用紙或上網下載，一式三份，寄件人、收件人各一份，郵局留存一份，用雙掛號寄出，日後可以作為已通知對方的證明。
        使用者：區公所的調解委員會調解要收費嗎？ 助理：鄉鎮市區調解委員會調解不收任何費用；調解成立後經法院核定，與民事確定判決有同一效力。
        用戶：法團話要每戶夾錢整外牆，我唔想畀得唔得？ 助手：如果係業主大會按《建築物管理條例》正式通過嘅決議，業主一般都要按份數分擔；有異議可以喺會議上提出或者查閱會議紀錄。
        用戶：屋苑停車場有車泊喺消防通道，應該打去邊度？ 助手：屋苑私家地方先搵管理處處理；如果阻塞緊急車輛通道而管理處唔理，可以報警。
        使用者：樓上漏水造成我家天花板發霉，修繕費用應該誰負責？ 助理：依民法第191條，建築物或工作物所有人因設置或保管有欠缺致他人受損害，應負賠償責任；建議先請抓漏師傅出具報告。
        用戶：「遠親不如近鄰」英文點講比較自然？ 助手：可以譯做 "A good neighbour nearby is better than a relative far away."，或者直接用 "A near neighbour is better than a distant cousin."
        使用者：管委會可以在電梯貼出違規住戶的門牌嗎？ 助理：公布門牌涉及個人資料，做法有爭議；比較穩妥的是先以書面通知該住戶，公告時只寫違規事項，不寫門牌。
        用戶：大廈公契入面寫「不得飼養動物」，咁養貓會唔會被告？ 助手：公契對業主有約束力，法團或其他業主理論上可以入禀要求遵守；實際上多數先發警告信，建議你睇清楚公契條文同埋大廈嘅執行情況。
    """),
    ("ms", "chat-advice"): _lines("""
        Pengguna: Jiran atas selalu buat bising pukul 2 pagi. Apa langkah pertama yang patut saya ambil? Pembantu: Cuba bercakap secara baik dahulu; jika tidak berkesan, buat aduan bertulis kepada Badan Pengurusan Bersama (JMB) atau Perbadanan Pengurusan (MC) beserta catatan tarikh dan masa.
        Pengguna: Boleh tak saya buat tuntutan di Tribunal Pengurusan Strata sebab kebocoran dari unit atas? Pembantu: Boleh. Tribunal boleh mendengar tuntutan kerosakan akibat kebocoran antara pemilik petak, asalkan jumlahnya dalam had tuntutan tribunal dan anda ada bukti punca kebocoran.
        Pengguna: tolong buatkan surat aduan kepada pengurusan kondo pasal orang letak rak kasut kat koridor, tak payah letak nama. Pembantu: "Tuan/Puan, saya ingin memaklumkan bahawa terdapat rak kasut dan barang peribadi di koridor tingkat [__] yang menghalang laluan kecemasan. Mohon tindakan sewajarnya. Sekian, terima kasih."
        Pengguna: kucing jiran selalu berak dalam pasu bunga saya. ada undang-undang tak? Pembantu: Kebanyakan pihak berkuasa tempatan ada undang-undang kecil kawalan haiwan peliharaan; anda boleh berbincang dengan jiran dahulu, kemudian buat aduan kepada majlis jika berterusan.
        Pengguna: Kereta orang selalu parking depan pagar rumah saya di taman perumahan. Boleh kena saman ke? Pembantu: Majlis bandaraya atau perbandaran boleh mengeluarkan kompaun bagi halangan di jalan awam, dan polis boleh bertindak jika kereta menghalang laluan keluar masuk anda.
        Pengguna: Apa beza JMB dengan MC? Pembantu: JMB ditubuhkan sebelum hakmilik strata dikeluarkan dan dianggotai pemaju serta wakil pembeli; MC wujud selepas hakmilik strata dikeluarkan dan diuruskan oleh pemilik petak sendiri.
        Pengguna: Berapa had bunyi yang dibenarkan waktu malam di kawasan perumahan? Pembantu: Garis panduan Jabatan Alam Sekitar menetapkan had yang lebih rendah untuk waktu malam berbanding siang bagi kawasan kediaman; untuk penguatkuasaan, aduan biasanya dibuat kepada pihak berkuasa tempatan atau polis.
        Pengguna: Jiran buat renovation besar tanpa permit, boleh lapor ke mana? Pembantu: Laporkan kepada pengurusan bangunan dan pihak berkuasa tempatan yang mengeluarkan permit ubahsuai, contohnya DBKL atau MBPJ; sertakan gambar dan tarikh kerja dijalankan.
        Pengguna: "Jiran sepakat membawa berkat" tu maksudnya apa? Pembantu: Pepatah itu bermaksud jiran yang bersatu dan bertolak ansur akan membawa kebaikan kepada semua; ia sering digunakan dalam kempen kejiranan dan Rukun Tetangga.
        Pengguna: Boleh tak saya tahan bayar caj penyelenggaraan sebab tengah bertikai dengan MC? Pembantu: Tidak digalakkan. Pertikaian tidak membenarkan anda menahan bayaran; caj tertunggak boleh dikenakan faedah dan tindakan undang-undang. Teruskan aduan secara berasingan.
        Pengguna: nombor aduan saya ADU-2026-118305, dah 2 minggu tak ada tindakan. boleh eskalasi ke mana? Pembantu: Balas aduan itu dengan merujuk nombor ADU-2026-118305 dan minta nama pegawai yang mengendalikan; jika masih tiada tindakan, tulis kepada Pesuruhjaya Bangunan (COB) pihak berkuasa tempatan.
        Pengguna: Tolong terjemah "Please keep the noise down after 10pm" ke bahasa Melayu yang sopan. Pembantu: "Mohon kerjasama untuk memperlahankan bunyi selepas jam 10 malam. Terima kasih atas pertimbangan anda."
        Pengguna: Anjing jiran terlepas dan gigit kasut saya je, tak gigit orang. Perlu lapor ke? Pembantu: Elok dimaklumkan kepada jiran dan pengurusan supaya anjing itu dikawal; jika berulang atau ada risiko kepada kanak-kanak, buat aduan rasmi kepada majlis.
        Pengguna: Air dari unit atas meresap ke dinding bilik saya. Siapa yang kena bayar kos baiki? Pembantu: Biasanya pemilik petak yang menjadi punca kebocoran bertanggungjawab; jika punca dari paip harta bersama, MC atau JMB yang perlu membaiki. Minta laporan pemeriksaan bertulis.
    """),
    ("mixed", "chat"): _lines("""
        User: my upstairs neighbour everyday got marble dropping sound at night, confirm is them or is the pipe ah? Assistant: Not always them lah — that sound in flats is often from water pipes or the concrete slab contracting as it cools at night. Ask the town council to check before you go and confront anyone.
        User: 楼上的 aircon compressor 滴水到我的 window ledge，要找 town council 还是 MCST？ Assistant: 如果是 condo，找 MCST；如果是 HDB，找 town council，他们可以发 notice 给楼上单位，要求修好排水管。
        User: jiran sebelah buat karaoke sampai 1am every weekend, boleh report polis ke atau kena pergi majlis? Assistant: Untuk bising lewat malam, polis boleh datang terus; untuk masalah yang berulang, majlis perbandaran pun boleh ambil tindakan, jadi simpan rakaman dan tarikh.
        User: the management kena charge me RM200 because my dog in the lift, is that legal ah? Assistant: Only if the by-laws passed at a general meeting allow that penalty and the amount is within the limit; ask them for the by-law number in writing before you pay.
        User: 隔籬屋 renovation 成日 hacking 到晚上7點，building management 話 OK 喎，真係 OK？ Assistant: 睇吓大廈公契同裝修守則寫咩時間；一般住宅裝修嘅嘈音，晚上7點後同假日屬受管制時段，可以向環保署查詢。
        User: bro my neighbour's mango tree branch hanging over my car porch, can I cut myself or not? Assistant: Generally you can trim the part that hangs over your side up to the boundary, but tell the neighbour first and don't damage the tree itself — and offer to return the fruit, lah.
        User: 我们 condo 的 visitor parking 每天被同一辆车占，management 说没办法，can I complain to COB? Assistant: 可以，在吉隆坡可以向 DBKL 的 Commissioner of Buildings 投诉 management 没有执行 by-laws，附上照片和日期。
        User: neighbour smoke come into my flat every night, 有没有 law 可以管？ Assistant: In Singapore, smoke is one of the interferences listed in the Community Disputes Resolution Act, so you can try mediation first and, if that fails, file at the tribunal.
        User: can or not ask town council to install the anti-climb spikes at my corridor? Assistant: Corridors are common property, so you need the town council's approval for anything fixed there; write in with the reason and photos and they will advise.
        User: 楼下 uncle 说我家 kids 太吵，我们已经放了 foam mat 了，还能做什么？ Assistant: 可以把 foam mat 铺满主要活动区，晚上9点后改玩安静的游戏，也可以主动跟 uncle 说一声已经在改善，态度好很多问题就解决了。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you make this sound more professional? "To MCST 3318, I am Kelvin Tan Wei Ming (NRIC S7832145H), owner of 81 Toh Guan Road East #14-07, HP 9734 2816. The owner of #15-07 has been hacking tiles from 7.15am on Sundays and my ceiling has cracked."
        my neighbour Mdm Goh Siew Lan at Blk 227 Serangoon Ave 4 #09-31 keeps flicking cigarette butts into my planter. she's in her 70s and lives alone so i don't want to be harsh — how do i bring it up?
        Please check grammar: I, RAJENDRAN S/O MUTHUSAMY, NRIC S8264013D, residing at 19 Jalan Kembangan Singapore 419174, wish to report that on 02/11/2026 at about 11.40pm my neighbour at No. 21 shouted at me and kicked my gate after I asked him to lower his music.
        Filling up the CDRT e-form, is this right? Claimant: LIM PEI SHAN, T0318456G, Blk 682C Jurong West Central 1 #12-09 | Respondent: ZHANG HAO, FIN G5720138Q, #13-09 same block | Interference: excessive noise (thumping, furniture dragging) 11pm-2am since Aug 2026
        pls help me reply nicely to this whatsapp from upstairs: "Hi this is Joanne from 23-05, so sorry about the leak! Our plumber Mr Ong Boon Hock (8215 6093) will come this Sat 10am to check from your side, ok?"
        He finally agreed to pay $1,200 for my ceiling repair. His details: Marcus Lee Jun Hao, POSB savings 172-38516-4. Can you write a short note acknowledging receipt once the money is in?
        I want to email my neighbour at priya.nair.87@gmail.com about her dog biting my son Aiden on the stairs last Tuesday — he needed 3 stitches at KK Hospital and a tetanus jab. Help me keep it calm but clear.
        Draft a note for the windscreen of the white Vezel SMK 4721 P — it belongs to the guy in #05-12 and he parks across two lots every single night.
        My downstairs neighbour Mrs Wong Lai Kuen has dementia and bangs on our door at 3am thinking it's her old flat. Her son Terence's number is 9688 1047. How do I text him kindly?
        Noise log for the tribunal: 03/11 23:40-00:55 thumping / 05/11 00:10-01:30 dragging / 08/11 23:55-02:05 shouting | Source: Chua Beng Huat and family, Blk 108 Tampines St 11 #04-02 (I'm in #03-02). Can you turn this into a table?
        I paid the leak-detection company with my card 4556 1611 2233 4451 (exp 08/29) and got charged S$385 twice, on 12 and 13 Nov. Help me write to the bank's dispute team.
        My name is Chan Ka Ho, HKID Y217604(A), and I live at Flat C, 12/F, Block 3, Harbour Crest, 8 Tak Fung Street, Hung Hom. Water is seeping from 13/F C into my bathroom. Can you fill in the Joint Office complaint for me in English?
        Tidy this up for me: "Dear Mr Daniel Fernandez, for the third time this month your golden retriever was off-leash at the Block B playground and jumped on my daughter Chloe, who is 6. Please keep him leashed. Sarah O'Connell, 9-2, Block A"
    """),
    "zh-Hans": _lines("""
        帮我把这封投诉信改得正式一点：本人王丽，身份证440106198503124526，住广州市天河区锦绣苑7栋1202，电话13925817364。楼上1302住户从9月起每晚11点后跳绳、拖椅子，多次沟通无果，请物业尽快处理。
        调解申请书草稿帮我看看：申请人陈建国，男，1978年9月5日生，身份证号110105197809056717，住北京市朝阳区广顺南大街16号院5号楼903；被申请人住同楼1003，因卫生间漏水致我家吊顶损坏，要求赔偿6500元。
        业主群消息帮我润色一下再发：@张丽 3号楼2单元802的，你家泰迪这周第三次在电梯里尿了，监控都拍到了，麻烦管好你家狗。
        楼上装修队的包工头叫黄志强，电话158 2193 7740，把我家天花板震裂了，拖了三个月不修，我应该怎么写律师函？
        对方同意赔偿3800元，让我发账户，帮我写个收条：收款人周敏，农业银行卡号6228 4800 1234 5678 010，收到后双方漏水纠纷一次性了结。
        邻居孙秀英阿姨有抑郁症，最近半夜经常在楼道里哭喊，她女儿在深圳上班很少回来，我想给居委会写个情况说明请她们多关注，怎么写比较委婉？
        每天晚上都有一辆粤A·7K3M2的白色丰田占我的产权车位，物业查了说是8栋的业主郑海涛，我该怎么书面通知他？
        12345工单内容帮我精简一下：来电人吴芳，身份证320583199211300841，联系电话186 1042 7753，反映其楼下烧烤店油烟直排进卧室，多次投诉未解决。
        我叫刘洋，身份证510107199506072273，租的房子楼上漏水，房东一直不管，我能不能从房租里扣维修费？
    """),
    "zh-Hant": _lines("""
        幫我執一執封信：致海濱花園業主立案法團：本人陳美儀（電話 9631 2870），住第三座18樓B室，自今年8月起19樓B室經常滲水，浴室天花已剝落，懇請法團盡快跟進。
        聯合辦事處滲水投訴表咁填啱唔啱：投訴人姓名 LEUNG CHI KEUNG，身份證號碼 K482913(1)，地址 九龍旺角洗衣街123號7樓A室，懷疑滲水源頭 8樓A室。
        隔籬屋個阿伯黃國華成日喺走廊燒衣，啲煙搞到我個仔（8歲）哮喘發作入咗急症，我點樣同管理處投訴好？
        存證信函幫我看一下：寄件人 林怡君 新北市板橋區文化路一段268號5樓；收件人 張志明 同址6樓；主旨：台端住處浴室漏水致本人天花板受損，請於文到七日內修繕，否則依法求償。
        我要填調解聲請書，我的身分證字號是F228173648，對造是樓上的吳建宏先生，電話0912-483-651，漏水修繕費大概四萬二，這樣寫可以嗎？
        樓下鄰居王美玲（LINE ID: meiling.0307）一直說我家浴室漏水到她家，可是抓漏師傅說是共用管線，我要怎麼回她的LINE比較不會吵起來？
        車牌BKR-6603那台黑色休旅車每天停在我家車庫門口，車主是隔壁的許文雄，講了好幾次都不理，可以檢舉嗎？
        管理處要我交資料先處理冷氣滴水投訴：業主何志偉，身份證 XA335127(8)，單位 D座23樓5室，電話 6148 5392。幫我寫埋投訴內容。
    """),
    "ms": _lines("""
        Tolong semak surat ni: Saya, NUR AISYAH BINTI ABDUL RAHMAN (No. K/P: 920814-14-6288), pemilik unit A-12-3, Residensi Sri Damai, Jalan Klang Lama, ingin mengadu tentang kebocoran dari unit A-13-3 yang berlarutan sejak Jun 2026.
        jiran saya encik zulkifli bin hassan unit B-8-2 asyik letak motor depan pintu rumah saya, dah 3 kali tegur. camne nak buat aduan kat JMB?
        Kereta Myvi merah WVC 7731 tu milik jiran rumah No. 14, Jalan Mawar 3, Taman Sri Muda. Setiap pagi dia halang pagar saya. Tolong buatkan nota sopan untuk diletak di cermin kereta.
        Dia setuju bayar ganti rugi RM1,850 untuk siling yang rosak. Akaun Maybank saya 1640 2231 8879 atas nama Siti Hajar binti Mohd Noor. Tolong tulis resit ringkas.
        Anak jiran saya, Muhammad Danish bin Azman (7 tahun), ada autisme dan selalu menjerit waktu malam. Saya tak mahu mengadu, cuma nak tahu macam mana nak berbual dengan ibunya dengan baik.
        Tolong tulis mesej WhatsApp kepada kontraktor renovasi jiran, Ah Keong (012-658 3340), sebab pekerja dia pecahkan jubin porch saya semalam dan buat tak tahu je.
        Jiran sebelah, Encik Suresh a/l Krishnan di No. 22, Jalan Kenari 5, Bandar Puchong Jaya, bela 5 ekor anjing dan salakan sampai pukul 2 pagi. Boleh saya adu pada MBSJ?
        Borang Aduan JMB | Nama: TAN MEI LING | No. IC: 010925-01-0846 | Unit: C-5-7 | Tel: 011-2390 5517 | Aduan: kebocoran paip dari unit C-6-7, dinding bilik air berkulat
        e-mel saya hafiz.kamarul89@gmail.com — tolong susun semula surat aduan kepada MC pasal bau rokok dari unit sebelah, dan letak e-mel tu di bahagian bawah.
    """),
    "mixed": _lines("""
        eh can help me translate to 中文 ah: "Dear Mr Lim Chee Keong of #07-221, your renovation debris has been left at the lift lobby for 5 days, please clear it by Friday." want to paste on his door.
        my IC 850317-10-5523, nak isi borang Tribunal Pengurusan Strata online, the field "Nama Penentang" put what? the upstairs guy is Lee Kok Wai unit 17-3A, leak since March.
        我個 neighbour Ms Chan Siu Fong 成日擺啲 rubbish 喺 lift lobby，我想 send email 去 chansf.home@yahoo.com.hk 同佢講，help me write 一封 polite 嘅 email？
        the aunty at Blk 156 Ang Mo Kio Ave 4 #11-405 always hang wet clothes above my window, her name Ng Ah Moi, water drip onto my aircon. how to tell town council without making her angry?
        the guy who keep posting my car photo in the estate telegram group is @jason_lowkh (Jason Low Kok Hin, B-15-02), how to ask the admin remove the posts? so malu lah.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the resident helpdesk assistant for North Vale Town Council. Resident on this session: Nurul Huda binte Ismail, Blk 305 Woodlands St 31 #06-18, mobile 8736 1529.",
        ),
        (
            "user",
            "water keep dripping from my kitchen ceiling since last week, i think from the unit above",
        ),
        (
            "assistant",
            "Sorry to hear that, Ms Nurul. I've noted it against #06-18. Is the water clear or discoloured, and does it get worse when the unit above uses their kitchen?",
        ),
        ("user", "clear water, worse around 9pm. can someone come tmr morning?"),
    ],
    [
        (
            "user",
            "Help me write a letter to my condo management about the unit above doing renovation on Sundays.",
        ),
        (
            "assistant",
            "Sure. To make it specific, could you tell me your name, your unit, the dates it happened and which unit is doing the works?",
        ),
        (
            "user",
            "Arjun s/o Gopal, #10-04 Sunbright Court. Unit above is #11-04. Sundays 2, 9 and 16 Nov, drilling from 8am. my hp 8407 2213",
        ),
        (
            "assistant",
            "Here's a draft: 'Dear Management, I am Arjun s/o Gopal of #10-04. On Sundays 2, 9 and 16 November 2026, drilling was carried out in #11-04 from 8am, outside the permitted hours. Please remind the owner of the by-laws. I can be reached at 8407 2213.'",
        ),
    ],
    [
        ("user", "The tenant upstairs is a foreigner. Can I still file at the CDRT against him?"),
        (
            "assistant",
            "Yes. What matters is that you are neighbours in Singapore, not nationality. You'll need the respondent's name and address; an ID number helps with service.",
        ),
        (
            "user",
            "ok the agent gave me his details: NGUYEN VAN THANH, FIN F3391827P, #19-11, i'm at #18-11. he plays drums every night 10 to midnight",
        ),
    ],
    [
        (
            "user",
            "I'm in Hong Kong. Water is leaking from the flat above into my bathroom. Can you help me fill in the Joint Office form?",
        ),
        (
            "assistant",
            "Yes. The form asks for your name, HKID number, address and contact number, plus the suspected source. What should I put in?",
        ),
        (
            "user",
            "Name Tsang Wing Yan, HKID R903518(3), Flat 2, 15/F, Wing On Mansion, 38 Fuk Wa Street, Sham Shui Po, phone 5472 1836. Source probably Flat 2, 16/F.",
        ),
    ],
    [
        ("user", "楼上漏水把我家卫生间吊顶泡坏了，维修报价4200元，怎么跟楼上谈赔偿？"),
        (
            "assistant",
            "建议先请物业出具漏水原因的书面证明，再带着报价单和照片跟楼上协商。需要我帮你起草一份赔偿协议吗？",
        ),
        (
            "user",
            "要的。楼上业主叫赵磊，电话138 2745 6091，我叫孙婷，我们都住武汉武昌区南湖雅苑5栋，我1601他1701。",
        ),
        (
            "assistant",
            "协议草稿：甲方（漏水方）赵磊，南湖雅苑5栋1701，电话13827456091；乙方（受损方）孙婷，5栋1601。甲方于2026年12月15日前一次性支付乙方维修费4200元，双方就本次漏水不再另行追究。",
        ),
    ],
    [
        ("system", "你是一名社区法律助手，帮助居民准备人民调解申请材料。"),
        ("user", "我要申请调解，隔壁邻居在公共走廊装了摄像头，正对着我家门口。"),
        ("assistant", "可以。请提供申请人姓名、身份证号、住址和联系方式，以及对方的基本情况。"),
        (
            "user",
            "申请人李佳怡，女，身份证31011519900721302X，住上海市浦东新区锦绣路1888弄12号602，电话15821937740；对方是601的住户，姓钱。",
        ),
    ],
    [
        ("user", "我住槟城，楼下邻居说我家浴室漏水到他家，要我赔RM3000，我该怎么办？"),
        (
            "assistant",
            "先不要急着付钱，可以请MC安排检查，确认漏水来源是你的单位还是公共管道，有了报告再谈赔偿。",
        ),
        (
            "user",
            "管理层要我填表，问我的IC和联络号码。我叫 Ooi Chin Hock，IC 780402-07-5171，电话 016-338 1902。事情经过要怎么写？",
        ),
    ],
    [
        ("user", "我想寫封 email 畀法團主席投訴樓下食煙，啲煙味湧晒上嚟。"),
        ("assistant", "好，可唔可以講下你嘅單位、煙味出現嘅時段，同埋想法團點處理？"),
        (
            "user",
            "我係麥家欣，住7樓C室，晚晚11點後樓下6樓C室嗰位先生喺露台食煙。回郵用我個人 email mak.kayan@gmail.com。",
        ),
        (
            "assistant",
            "草稿：「主席先生：本人麥家欣（7樓C室），自上月起每晚約11時後有煙味由6樓C室露台飄入本單位，影響家人休息，懇請法團提醒有關住戶。如有查詢請電郵 mak.kayan@gmail.com。」",
        ),
    ],
    [
        ("user", "樓上鄰居裝修把我家的排水管弄壞了，想寄存證信函，可以幫我寫嗎？"),
        ("assistant", "可以，請告訴我寄件人與收件人的姓名、地址，以及損壞情形和你希望的處理期限。"),
        (
            "user",
            "寄件人是我，蔡承翰，身分證B109628533，台中市西屯區惠來路二段101號8樓；收件人楊淑芬，同棟9樓。浴室排水管破裂，希望14天內修好。",
        ),
        (
            "assistant",
            "存證信函內文：「寄件人蔡承翰（台中市西屯區惠來路二段101號8樓）致收件人楊淑芬：台端於本年11月裝修期間損壞本人浴室排水管，請於文到14日內修復，逾期本人將依法請求損害賠償。」",
        ),
    ],
    [
        ("user", "對面鄰居的狗每天早上五點開始叫，我已經一個月沒睡好了。"),
        (
            "assistant",
            "可以先錄音並記下時間，再向管委會反映；如果希望先私下溝通，我可以幫你想一段訊息。",
        ),
        (
            "user",
            "管委會主委說要我自己先跟飼主談。飼主叫鄭雅婷，她給過我LINE ID: yating_cheng77，電話0937-205-118。幫我想一段訊息。",
        ),
    ],
    [
        (
            "user",
            "Saya nak buat aduan bising kepada Majlis Bandaraya Ipoh. Jiran buat bengkel kereta di rumah sampai tengah malam.",
        ),
        (
            "assistant",
            "Boleh. Borang aduan biasanya perlukan nama, No. K/P, alamat, nombor telefon dan butiran gangguan. Boleh berikan butiran anda?",
        ),
        (
            "user",
            "Nama saya Mohd Faizal bin Othman, K/P 670511-08-5027, alamat No. 7, Jalan Bendahara 2, Taman Canning, 31400 Ipoh. Tel 019-227 8153. Bengkel tu dari 8 malam hingga 12 tengah malam setiap hari.",
        ),
    ],
    [
        (
            "user",
            "Jiran depan rumah selalu parking kereta betul-betul depan pagar saya. Macam mana nak tegur?",
        ),
        (
            "assistant",
            "Mulakan dengan teguran baik secara bersemuka atau nota ringkas. Kalau berterusan, ambil gambar dengan tarikh dan adu kepada majlis atau polis.",
        ),
        (
            "user",
            "Kereta dia Honda City putih BMK 2231, nama dia Rosli bin Ahmad, rumah No. 9, Jalan Cempaka 2, Taman Melawati. Dia marah bila saya hon.",
        ),
    ],
    [
        (
            "user",
            "neighbour renovation crack my wall, the contractor agree to pay RM2,400 but want my bank details in a proper letter",
        ),
        ("assistant", "Ok can draft. What name and account should I put?"),
        (
            "user",
            "Public Bank 3182047725, name Chong Siew Mei, address 18 Jalan SS 2/64, 47300 Petaling Jaya",
        ),
        (
            "assistant",
            "Draft: 'To Lim Renovation Works: Further to our agreement on compensation of RM2,400 for the cracked wall at 18 Jalan SS 2/64, please transfer the amount to Public Bank account 3182047725 (Chong Siew Mei).'",
        ),
    ],
    [
        (
            "user",
            "Summarise this email thread for me: 'From Grace Yeo: the roots of the angsana at No. 14 Jalan Kechubong have cracked my driveway at No. 12, please remove the tree.' / 'From Tom Henderson: the tree was there before we bought, we'll pay for root pruning only.'",
        ),
        (
            "assistant",
            "Summary: Grace Yeo (No. 12 Jalan Kechubong) says the Henderson family's angsana at No. 14 has damaged her driveway and wants it removed; Tom Henderson refuses removal but offers to pay for root pruning.",
        ),
        ("user", "Good. Now suggest a middle ground I can propose as Grace."),
    ],
    [
        ("user", "Is it okay to record my neighbours shouting through the wall, for evidence?"),
        (
            "assistant",
            "Generally, recording sounds that reach your own home, for use in a dispute, is acceptable. Keep the files unedited and note the dates.",
        ),
        (
            "user",
            "it's the couple next door at #08-06. the husband, Benjamin Sim, gets drunk and shouts at his wife most nights.",
        ),
        (
            "assistant",
            "That sounds worrying. If you ever think someone is being hurt, call the police straight away rather than waiting to collect evidence.",
        ),
        ("user", "If I call what do I say? I'm at Blk 41 Telok Blangah Rise #08-07."),
    ],
    [
        ("system", '你是"翠湖苑业主群"的群管助手，负责把群聊消息整理成物业工单。'),
        (
            "user",
            "请整理成工单：[9:02] 刘桂芳（6-2-301）：楼上401又在阳台晒被子滴水，我家衣服全湿了 [9:05] 马国栋（6-2-401）：我家今天没晒，别乱说 [9:07] 刘桂芳：我加物业QQ 2874519306 发照片",
        ),
        (
            "assistant",
            "工单：反映人刘桂芳，6栋2单元301；被反映方6栋2单元401（马国栋）；事项：阳台晾晒滴水至楼下；联系方式：QQ 2874519306；处理建议：物业上门查看并协调。",
        ),
    ],
    [
        ("user", "I got charged twice for a tribunal e-filing fee. How do I get a refund?"),
        (
            "assistant",
            "Contact the tribunal registry with your case number and transaction details; your bank can also open a dispute on the duplicate charge.",
        ),
        (
            "user",
            "Card is a Mastercard 5521 3380 4471 2191, name on card HUANG JIAYI, both charges on 28 Nov. Can you write the email to the bank?",
        ),
    ],
]
