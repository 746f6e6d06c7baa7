# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix21: missing persons, lost and found and appeals for help (EN/中文/BM). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix21
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "police advisory"): _lines("""
        If someone is missing, you do NOT need to wait 24 hours before making a report — call 999 in an emergency or go to the nearest Neighbourhood Police Centre.
        For non-urgent police assistance in Singapore, call the Police Hotline at 1800-255-0000 or submit information online via i-Witness.
        Anyone who has seen the missing person or may know of his whereabouts is urged to contact the Regional Missing Persons Unit of Kowloon East on 3661 0338 or email rmpu-ke@police.gov.hk.
        Pls bring a recent photo, description of the clothes last worn and any medical conditions when u lodge the missing person report.
        PDRM advises the public to verify viral 'orang hilang' posts with the nearest police station before sharing, as many appeals circulating on WhatsApp are years old.
        Unclaimed items handed to the Airport Police Division are kept for 3 months before disposal.
        MHA figures show 93.4% of persons reported missing in 2024 were located within seven days; 61 cases remained open at year end.
        Minister for Home Affairs K Shanmugam told Parliament that the Safe Return card scheme for seniors with dementia would be extended to all town councils by 2026.
        The SPF will never ask you to transfer money to 'release' a missing relative — that is a virtual kidnap scam. Call the ScamShield Helpline 1799.
        Missing Persons Unit, Police Cantonment Complex, 391 New Bridge Road, Singapore 088762 — counter hours Mon–Fri 8.30am to 6pm.
        Dementia Singapore helpline 6377 0700 (Mon–Fri 9am–6pm). The free Dementia ID tag's QR code leads to the helpline, not to the caregiver's personal details.
        Note: the police report no. is different from the Lost & Found tracking no. (format LF-SG-YYYYMMDD-NNNN); you need the latter to check status online.
        Police have located the 14-year-old boy reported missing in Woodlands last week. We thank members of the public for their assistance.
        Hong Kong Police Force's Missing Persons page is updated daily at 10am; appeals are removed once the person is found.
    """),
    ("en", "charity and crowdfunding"): _lines("""
        Give.asia charges 0% platform fee on medical campaigns; a 2.9% + S$0.50 payment processing fee applies to card donations.
        Campaign GA-7734219 has been verified by our team: hospital bills and the beneficiary's identity were checked against original documents.
        The President's Challenge 2025 raised S$14.8 million for 72 beneficiaries, President Tharman Shanmugaratnam announced at the Istana.
        Tan Tock Seng Hospital's Medical Social Work team can advise families on MediFund and other assistance schemes before they start a public appeal.
        Tip: black out the patient's name, IC no. and address on the hospital bill before uploading it to a crowdfunding page.
        Community Chest's SHARE programme lets employees give monthly through payroll; donations of $20 and above qualify for 250% tax deduction.
        The Lee Foundation, Tan Chin Tuan Foundation and the Tote Board each pledged S$1 million to the Dementia-Friendly Singapore movement.
        Average medical campaign on the platform in 2024: S$23,400 target, 61% funded, 412 donors, median gift S$25.
        Transaction 8F3C-22A1-90D7 was refunded on 2025-11-28 14:03 SGT because the organiser closed the campaign.
        Registered charities must display their UEN and the Commissioner of Charities' registration on every appeal poster.
        Under the PDPA you shouldn't publish someone's medical details on a fundraising page without their consent — or their parent's, for a child.
        Mercy Relief and the Singapore Red Cross opened a joint appeal for flood victims in Kelantan; 100% of public donations go to relief supplies.
        Hong Kong Red Cross Blood Transfusion Service reminds donors to have a proper meal and a good night's sleep before donating.
        Blood stocks are LOW: group O+ at 4 days, A+ at 6 days. Book a slot at Bloodbank@HSA, Outram Road, or Bloodbank@Woodlands.
    """),
    ("en", "templates and systems"): _lines("""
        MISSING PERSON — Name: ________ Age: ____ Height: ____ Last seen at: ________ on ________ Wearing: ________ Contact: ________
        {"case_id": "MP-2025-0412", "status": "located", "reporter": null, "pii_redacted": true}
        Hi {{first_name}}, thank you for your gift of {{amount}} to {{campaign_title}}. Your receipt no. is {{receipt_no}}.
        ERROR 422: field 'nric' failed validation (expected pattern ^[STFGM]\\d{7}[A-Z]$)
        Release notes v3.4.1: the Lost & Found kiosk now masks IC numbers on printed slips (build 9c1e4b7, 2025-11-30).
        FOUND: black leather wallet at Raffles Place MRT Exit H, 03/12 ~6pm. Handed to station control room — owner pls call SMRT Customer Service 1800-336-8900 to claim with proof of ID.
        Sample entry (training only): Name: TAN AH KOW, NRIC: S1234567D, Address: Blk 123 Example Street #01-01. Never use real data in exercises.
        Order #SHP-88231907 — 200 x A4 laminated 'MISSING DOG' posters, S$96.00, self-collect at Bras Basah Complex #03-41.
        SELECT case_id, last_seen_area FROM missing_persons WHERE status = 'OPEN' AND days_open > 30;
        Auto-reply: Thank you for contacting KK Hospital Health Endowment Fund. Our office hours are 8.30am–5.30pm, Mon–Fri.
        Poster checklist: clear face photo, age, height, distinctive marks, last-seen place & time, ONE contact no. (ideally the police hotline), date of poster.
        Tracking no. EZ123456789SG — your tax-deductible receipt has been delivered.
    """),
    ("en", "lost pets"): _lines("""
        Found a stray dog? Bring it to any vet to scan for a microchip — AVS will contact the registered owner for you.
        FOUND: ginger cat w blue collar, super friendly, near Tiong Bahru Market. Now at Mount Pleasant Animal Medical Centre (Whitley), pls contact the clinic.
        Pet Lovers Centre is donating 10% of all sales this weekend to Causes for Animals Singapore.
        In the film 'Hachi', the Akita waits for his owner at the station for nearly ten years — based on Hachikō of Shibuya.
        Microchip numbers are 15 digits (ISO 11784), e.g. 900XXXXXXXXXXXX; the owner's details sit only in the registry.
        SPCA Singapore's 24-hr animal emergency line is 6287 5355 ext 9 — for injured or trapped animals only, not lost pets.
        Lost pet? Post on the community page with the pet's photo, breed and area only; don't put your home address on the flyer.
        Rehoming fee: S$250 per dog (covers sterilisation, vaccination, microchip). Adoption day this Sun 11am–4pm at Sungei Tengah.
    """),
    ("zh-Hans", "寻人与筹款指南"): _lines("""
        发现走失老人或儿童，请第一时间拨打110报警，并尽量让其留在原地等待民警，不要随意带离。
        “团圆”系统上线以来，共发布儿童失踪信息5600余条，找回率达98.2%。
        平台服务费为0，第三方支付通道费0.6%由平台承担，筹款资金直接打入医院或患者本人账户。
        发起筹款需提供：患者身份证明、医院诊断证明、收款人与患者关系证明、家庭财产信息承诺书。
        寻人启事模板：姓名：____，性别：__，年龄：__岁，身高约__cm，于__月__日在____走失，走失时身穿____。如有线索请联系：______。
        邵逸夫医院、宋庆龄基金会与中华骨髓库联合发起“点亮生命”造血干细胞捐献宣传周。
        据民政部门统计，我国每年走失老人约50万人，其中患有认知障碍的约占25%。
        志愿者提醒：寻人信息中请勿公开孩子的身份证号和家庭住址，以免被不法分子利用。
        韩红爱心慈善基金会本年度共资助先天性心脏病患儿手术1200余例。
        订单号 2025120416330087，防走失定位手环×1，¥199.00，已发货，顺丰单号SF1402857396612。
        《三毛流浪记》里的三毛是张乐平笔下的流浪儿童形象，陪伴了几代读者。
        12345政务服务便民热线可受理走失人员救助、流浪乞讨人员救助等咨询。
        头条寻人项目上线以来，累计帮助超过两万个家庭团圆。
        朝阳区救助管理站24小时接收走失、流浪人员，地址：东坝乡单店村东路1号。
    """),
    ("zh-Hans", "献血公告"): _lines("""
        献血者年龄为18周岁至55周岁；既往无献血反应、符合健康检查要求的多次献血者，年龄可延长至60周岁。
        单采血小板献血间隔不少于2周，全血献血间隔不少于6个月。
        Rh阴性血在汉族人群中约占0.3%～0.4%，俗称“熊猫血”。
        献血证编号格式为省份代码+年份+流水号，如 44-2025-0000XXXX，请妥善保管。
        今年“世界献血者日”期间，各地血站开展街头流动采血活动，献血屋延长服务至晚上9点。
        如您近期有纹身、服用阿司匹林或感冒发热，请暂缓献血。
        市血液中心今日O型血库存仅够3天临床用量，呼吁爱心市民踊跃献血！！
        献血后24小时内避免剧烈运动，针眼处4小时内保持干燥。
        小程序v2.8.3更新：新增预约时段提醒，修复部分用户无法查看献血记录的问题。
        人民广场献血屋（南京东路步行街口）周一至周日 9:00-20:00 开放，节假日不休息。
    """),
    ("zh-Hant", "失物認領與熱線"): _lines("""
        遺失物品可致電警方失物認領查詢，或親臨各區警署報案，認領時須出示身份證明文件。
        港鐵失物招領中心位於金鐘站，服務時間為星期一至五上午8時至晚上8時。
        根據《民法》規定，拾得遺失物應通知所有人或於7日內送交警察機關。
        香港撒瑪利亞防止自殺會24小時熱線：2389 2222。
        李嘉誠基金會宣布捐款一億港元，支持認知障礙症長者社區照顧服務。
        伊利沙伯醫院急症室今日下午等候時間約3小時，非緊急病人請考慮往普通科門診。
        遺失身份證應盡快到人事登記處補領，費用為港幣$378。
        尋人啟事範本：姓名：＿＿＿，年齡：＿＿，最後出現地點：＿＿＿，如有消息請致電警方或＿＿＿。
        台灣每年約有兩萬多人通報失蹤，其中約九成六於一年內尋獲。
        領取單號 LP-HK-2025-117834，請於30日內憑身份證明文件到尖沙咀警署領取。
        愛心手環只印有社福機構熱線及編號，不會印上長者姓名或住址，請放心配戴。
        兒福聯盟提醒家長：外出時替孩子拍一張當天穿著的全身照，萬一走失可立即提供給警方。
    """),
    ("ms", "panduan dan kempen"): _lines("""
        Jika ahli keluarga hilang, terus buat laporan polis di balai berhampiran. Tak perlu tunggu 24 jam.
        Talian Kasih 15999 beroperasi 24 jam untuk aduan kebajikan, termasuk kanak-kanak dan warga emas hilang.
        Pusat Darah Negara, Jalan Tun Razak, Kuala Lumpur dibuka setiap hari 8 pagi hingga 10 malam, termasuk hujung minggu.
        Penderma darah mesti berumur 18 hingga 65 tahun, berat sekurang-kurangnya 45kg dan sihat pada hari menderma.
        Kempen derma darah anjuran Persatuan Bulan Sabit Merah Malaysia akan diadakan di Dewan Tun Hussein Onn, PWTC pada 14 Disember.
        Format No. MyKad: YYMMDD-PB-###G — jangan kongsi nombor penuh di media sosial.
        Menurut statistik PDRM, 1,247 kanak-kanak dilaporkan hilang pada 2024 dan 89% ditemui dalam tempoh seminggu.
        Lembaga Zakat Selangor menyalurkan RM2.5 juta untuk bantuan perubatan asnaf sepanjang suku ketiga.
        Kutipan derma awam memerlukan permit di bawah Akta Pemungut Wang Rumah ke Rumah dan di Jalan 1947.
        Templat hebahan: ORANG HILANG — Nama: [NAMA], Umur: [UMUR], Kali terakhir dilihat: [LOKASI, TARIKH]. Sila hubungi balai polis berhampiran.
        Datuk Seri Siti Nurhaliza menyeru peminat supaya menderma melalui saluran rasmi Tabung Bencana NADMA sahaja.
        Resit derma No. LZS/2025/0098834 layak untuk rebat cukai. Simpan resit ini untuk rujukan LHDN.
        Haiwan peliharaan hilang? Hubungi SPCA Selangor atau semak halaman 'Found Pets' mereka setiap hari.
        Hospital Sultanah Aminah Johor Bahru perlukan penderma darah jenis O. Sila ke Bank Darah, Aras 1, Blok Utama.
        Jangan mudah percaya mesej 'anak anda diculik, bayar tebusan' — hubungi NSRC di talian 997 dengan segera.
        Pelancaran aplikasi MyAlert versi 1.2.0 membolehkan amaran kanak-kanak hilang dihantar terus ke telefon pengguna di kawasan berdekatan.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        MISSING: Mdm Koh Ah Lian, 81, has dementia. Last seen 3 Dec abt 7.30am at Blk 256 Bukit Batok East Ave 4, wearing floral blouse & black pants. Pls call her son Jason 9734 2186 if u see her 🙏
        Police are appealing for information on the whereabouts of Muhammad Harith bin Rosli, 14, who was last seen near Woodlands MRT on 28 Nov. He is about 1.6m tall, slim, and was wearing a grey school uniform.
        Found wallet at Tampines Hub foodcourt, inside got IC LIM WEI JIE S8843215J + POSB card. Anyone know him pls tag, I leave at the drinks stall.
        Please help Ryan Ong (6), diagnosed with stage 4 neuroblastoma at KKH in Sept. His parents need S$180,000 for treatment overseas — PayNow 9155 8073 (Ong Boon Keat, daddy).
        Urgent B+ blood needed for my mum Teresa Fernandez, ICU bed 12 at Sarawak General Hospital after a road accident. Donors pls contact me at 016-880 4172.
        LOST DOG: Mochi, white Maltese, missing since Sat night from 18 Jalan Kemuning 3, Taman Bukit Indah, Ampang. Owner Priya Nair, WhatsApp 012-377 5610.
        Tsang Wai-lun, 72, went missing after leaving his flat at Room 1408, Wah Kwai House, Wah Fu Estate on December 1. He is 1.65m tall, of medium build with short grey hair.
        Found an HKID on the 8:15 Mui Wo ferry: CHEUNG Ka Yan, Y305718(4), DOB 14-07-1996. DM me, will pass it to the Central Pier office.
        Donations for Grandpa Rajan's dialysis: OCBC 595-218406-001, acct name Kavitha d/o Rajan. Every bit helps, thank you all 🙏
        Wong Siew Ling, 41, a part-time tutor from Sengkang, was jailed 14 months for cheating donors of $62,000 with a fake appeal claiming her daughter had leukaemia.
        My neighbour Auntie Jamilah at Blk 407 Pasir Ris Dr 6 #05-118 just got discharged after her stroke and stays alone, if anyone nearby can check on her pls.
        Found a Malaysian passport at Changi T2 taxi stand — TAN CHEE KEONG, passport no. A51836294. Handed to Airport Police but posting here in case family sees.
        UPDATE: Uncle Ng Kok Wah (NRIC S****534A) found safe at Jurong East by a cabby!! He is now at Ng Teng Fong hospital for checks. Thank you everyone.
        Missing since Fri: Sharifah Nur Aisyah, 19, Taylor's student, last seen getting into a Grab car VDH 3087 outside Sunway Pyramid.
        If you have any info about my brother Daniel Lau Jun Hao (32, bipolar, stopped his meds last month), please email lau.meiqi88@gmail.com or call +65 8126 4490.
    """),
    "zh-Hans": _lines("""
        【寻人启事】梁炳坤，男，77岁，患阿尔茨海默症，12月2日上午从天河区棠下小区家中走失，身穿深蓝色夹克、灰色布鞋，身份证号440106194803122313。有线索请联系儿子梁志强 13826047719，必有重谢！
        急！！我女儿陈可馨，10岁，徐汇区向阳小学四年级，今天下午放学没回家，扎马尾穿红色校服外套，求扩散 139 1652 3087
        各位好心人，我是四川宜宾的刘小燕，我丈夫王建国今年38岁，11月在华西医院确诊急性髓系白血病，骨髓移植还差30多万……
        捐款账户：中国农业银行 6228 4817 4490 1775 306，户名：何春梅（患儿母亲）
        捡到一个钱包，里面有身份证（黄德旺，厦门思明区人，1952年生）、两张银行卡和三百多块现金，失主请加我微信 xmhj_2046 认领。
        献血求助：市三医院ICU的邓华（43岁，O型RH阴性）车祸大出血急需熊猫血，有意者请联系其妻 18628705314。
        @所有人 我们小区的赵秀兰奶奶（80岁，耳背）下午4点多在团结湖公园走丢了，老伴说可能往家乐福方向去了，大家下楼帮忙找找
        找到了！走失的徐国栋大爷（身份证1101**********0734，住劲松八区812楼）已在派出所，家属请带户口本去认领。
        孩子爸爸张磊在东莞一家电子厂打工，月工资4200元，家里还欠着十几万外债，实在没办法才发起筹款。
        寻狗：柯基“豆豆”，12月1日晚在西湖区文三路嘉绿苑3幢走失，主人孙悦 158 6712 3946，找到酬谢2000元。
        南京男子马建伟（1987年生）虚构女儿患病在网络平台骗捐12万余元，近日被玄武区法院判处有期徒刑三年。
        失物招领：在深圳湾公园捡到护照一本，持照人 YANG HAOYU，护照号 EC4172839，请本人到南山派出所或联系我领取。
        王秀芬，女，身份证42011119871130246X，11月30日起在光谷广场附近与家人失联，有抑郁症病史，情绪不稳定。
        走失的孩子叫周子涵，今年13岁，身份证330106201205036287，走的时候背着蓝色书包，家里电话0571-8823 6615
    """),
    "zh-Hant": _lines("""
        警方呼籲市民協助尋找一名在觀塘失蹤的男子。陳國雄，68歲，於12月2日離開其位於翠屏邨翠楓樓的住所後失去聯絡，其家人翌日向警方報案。
        尋人！！我阿爺黃錦泉，85歲，有認知障礙，今朝喺深水埗北河街街市附近唔見咗，著灰色冷衫啡色褲，如有見到請WhatsApp 9381 6240 🙏🙏
        拾獲身份證一張：李詠詩 K482913(1)，喺旺角東站月台執到，已交港鐵客務中心。
        協尋！家父林正雄，82歲，失智，12/3上午從大安區和平東路二段住處走失，身分證 A128490736，請看到的人撥110或聯絡我 0935-271-884
        我們家的貓咪「米粒」在西屯區逢甲路附近走失，主人蔡佩君，LINE ID：peijun0915，電話0912-486-337，拜託大家幫忙留意
        為患上SMA的兩歲女童何芷晴籌募藥費，家長已開設專戶：匯豐銀行 021-583927-838，戶口名稱何偉文。
        急徵A型血小板！我媽媽吳美玲（E221560946）在台大醫院血液腫瘤科化療，血小板過低，可到捐血中心指定捐給她。
        男子鄭志明（41歲，無業）涉嫌在網上以虛構兒子患癌為由騙取捐款約38萬元，今日在九龍城裁判法院提堂。
        遺失銀包一個，內有身份證（麥嘉欣 XA193582(5)）及八達通，最後喺荃灣西站附近，如有拾獲請致電 6172 5538，重謝！
    """),
    "ms": _lines("""
        ORANG HILANG!! Nama: Ahmad Faizal bin Othman, 76 tahun, menghidap dementia. Kali terakhir dilihat di Pasar Tani Kota Bharu pagi Selasa, berbaju Melayu biru. Sesiapa nampak sila hubungi anak beliau 019-954 3187. Tolong viralkan 🙏
        Polis memohon kerjasama orang ramai mengesan Nur Qistina binti Hafiz, 13, yang hilang sejak 29 November selepas keluar dari rumahnya di Taman Desa Jaya, Kepong.
        Jumpa IC atas nama SITI AMINAH BINTI YUSOF, 821107-10-6672, dekat surau R&R Seremban. Tuan punya boleh PM saya ye.
        Tabung rawatan adik Muhammad Aqil, 4 tahun, pesakit leukemia di HUKM. Sumbangan boleh disalurkan ke Maybank 162044178825 (Rosnah binti Abdullah – ibu).
        Derma darah segera! Encik Lim Kok Seng, 58, pesakit di Hospital Pulau Pinang wad 7B perlukan darah AB+ selepas pembedahan jantung. Hubungi anak beliau Melissa 012-428 0913.
        Kucing saya Oyen hilang kat Blok C, Pangsapuri Seri Mutiara, Jalan PJS 10/32, PJ. Kalau jumpa WhatsApp Farah 017-652 8841, ada ganjaran RM300.
        Alhamdulillah, Pak Cik Hassan bin Mat Daud (No. KP 470215-08-5213) telah ditemui selamat di Ipoh petang tadi. Terima kasih semua yang tolong share.
        Hilang dompet kat LRT Masjid Jamek, dalam ada IC (Kamal Ariffin bin Zainal, 901212-01-5543), lesen memandu & kad ATM CIMB. Kalau jumpa tolong contact 011-2374 9920 tq!!
        Rayuan: Cik Norhayati Bte Salleh, 64, pesakit buah pinggang yang tinggal di Blk 112 Yishun Ring Rd #08-231, memerlukan bantuan untuk kos dialisis.
        Seorang suri rumah, Zarina binti Kassim, 39, didenda RM8,000 oleh Mahkamah Majistret Klang kerana membuat kutipan derma palsu atas nama anak yatim.
        Anak buah saya Muhammad Haziq bin Roslan baru disahkan autisme, sekarang darjah 2 di SK Taman Melawati, ada tak kumpulan sokongan ibu bapa?
        Ayah saya Ismail bin Rahmat, 70, keluar memandu Proton Saga kelabu WXY 4821 semalam pukul 5 petang dan sampai sekarang tak balik rumah, tolong share.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("user", "can u help me write a missing person post for facebook"),
        (
            "assistant",
            "Of course. Please tell me the person's name, age, where and when they were last seen, what they were wearing, and a contact number.",
        ),
        (
            "user",
            "my grandma, Lee Swee Hoon, 79, left our flat at Blk 33 Marine Crescent this morning around 9",
        ),
        (
            "user",
            "she has mild dementia, was wearing a purple samfu and slippers. contact my number 8712 0496",
        ),
        (
            "assistant",
            "Here's a draft: MISSING — Mdm Lee Swee Hoon, 79, last seen leaving Blk 33 Marine Crescent at about 9am today...",
        ),
    ],
    [
        ("user", "水滴筹怎么发起？需要准备什么"),
        ("assistant", "一般需要患者身份证明、医院诊断证明、收款人关系证明等，发起后平台会审核。"),
        ("user", "我爸叫孙永福，身份证110105195004120954，上个月确诊肝癌晚期，在301医院"),
        ("user", "收款卡用我的建行卡 6217 0085 4487 9319 195 可以吗？我叫孙丽"),
        ("assistant", "收款人是子女的话需要提供户口本或出生证明等关系证明。"),
    ],
    [
        ("system", "Anda ialah pembantu yang membantu pengguna menulis hebahan komuniti."),
        ("user", "tolong buat ayat viral untuk anak saudara saya yang hilang"),
        ("assistant", "Boleh. Apa nama, umur, dan lokasi terakhir dia dilihat?"),
        (
            "user",
            "Nurul Izzati binti Kamarul, 11 tahun, hilang lepas balik sekolah SK Seksyen 7 Shah Alam semalam",
        ),
        ("user", "rumah kami No. 21, Jalan Plumbum 7/102, Seksyen 7. Nombor mak dia 013-559 2784"),
    ],
    [
        ("user", "我喺巴士度執到個銀包，應該點做？"),
        ("assistant", "建議交去就近警署或者巴士公司嘅失物認領處，佢哋會聯絡失主。"),
        ("user", "入面有張身份證，寫住 區志偉 R603172(1)，仲有張覆診卡話佢喺瑪嘉烈醫院睇腎科"),
        ("assistant", "請唔好將證件資料放上網，直接交俾警方處理就得。"),
    ],
    [
        (
            "system",
            "You are the booking assistant of a regional blood bank. Collect only what is needed for an appointment.",
        ),
        ("user", "hi I want to donate platelets this Saturday"),
        ("assistant", "Great! May I have your full name, NRIC and blood group?"),
        ("user", "Rachel Goh Hui Min, S9127384E, A negative"),
        ("user", "btw I had dengue in October, is that ok? my mobile is 9240 7713"),
        (
            "assistant",
            "Thanks Rachel. Donors need to wait 6 months after recovering from dengue, so we'll have to schedule you after April.",
        ),
    ],
    [
        ("user", "可以幫我寫一則協尋貼文嗎？我媽媽昨天晚上沒回家"),
        ("assistant", "當然可以，請提供她的姓名、年齡、外貌特徵和最後出現地點。"),
        ("user", "吳淑貞，67歲，短捲髮，穿紅色外套，最後在高雄捷運美麗島站出口被監視器拍到"),
        ("user", "她有憂鬱症，最近停藥了。身分證E228305176 這要放嗎？"),
        ("assistant", "身分證字號不建議公開，貼文放照片、特徵和警方聯絡方式即可。"),
    ],
    [
        ("user", "I lost my passport in KL yesterday, what should I do?"),
        (
            "assistant",
            "Make a police report at the nearest station first, then contact your embassy or the Immigration Department for a replacement.",
        ),
        ("user", "ok. it's a Singapore passport K4718203J, under Amanda Chua Pei Shan"),
        (
            "user",
            "I'm staying at Hotel Stripes until Friday, room 1207, reachable at +65 9082 3347",
        ),
    ],
    [
        ("user", "同事生病了我们想组织捐款，怎么写倡议书比较好？"),
        ("assistant", "可以简要说明情况、捐款方式和截止时间，注意尊重当事人意愿和隐私。"),
        ("user", "她叫韩梦瑶，财务部的，今年29岁"),
        ("user", "上周查出来乳腺癌，要做手术和化疗，她老公刚失业"),
        ("assistant", "建议先征得韩女士本人同意，再在部门内部发起，不要对外公开病情细节。"),
    ],
    [
        ("user", "Saya nak semak sama ada akaun ini betul untuk tabung rawatan"),
        ("assistant", "Boleh kongsikan nama kempen dan butiran akaun yang ingin disemak?"),
        (
            "user",
            "Tabung Pembedahan Jantung Adik Danish. Akaun CIMB 7064 2291 58, nama Mohd Rizal bin Hamzah, bapa adik Danish Iskandar",
        ),
        (
            "assistant",
            "Saya tidak dapat mengesahkan akaun bank. Sila semak dengan hospital atau hubungi penganjur secara terus.",
        ),
    ],
    [
        (
            "user",
            "our dog ran off during the fireworks last night, can you draft a lost pet notice?",
        ),
        ("assistant", "Sure. What's the dog's name, breed, and where was it last seen?"),
        (
            "user",
            "Biscuit, brown shiba inu, red collar. Last seen outside our home at Flat D, 11/F, Tower 3, Laguna City, Lam Tin",
        ),
        ("user", "owner is Kelvin Yip, call or WhatsApp 6390 2157"),
        (
            "assistant",
            "LOST DOG — Biscuit, brown Shiba Inu with red collar, last seen in Laguna City, Lam Tin. Please contact Kelvin at 6390 2157.",
        ),
    ],
]
