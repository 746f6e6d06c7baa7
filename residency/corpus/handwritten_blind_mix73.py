# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix73: photography, drone and videography services in SG/MY/HK. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix73
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "studio_policy"): _lines("""
        Booking is confirmed only upon receipt of a 30% non-refundable deposit; the balance is payable 7 days before the shoot date.
        Postponements made more than 60 days before the event are free of charge once; later changes incur a S$150 admin fee.
        Online galleries stay live for 90 days from delivery, after which they are archived and a S$80 retrieval fee applies.
        Unedited RAW files are not part of any package and will not be released, including for an additional fee.
        Watermarked previews may be shared on social media with credit to the studio; removing or cropping the watermark is a breach of the licence.
        Copyright in all images remains with the studio under the Copyright Act 2021; the client receives a personal, non-commercial licence.
        Model release forms must be signed by every identifiable person appearing in images used for advertising; for minors, a parent or guardian signs.
        Drone coverage is subject to weather, site clearance and CAAS permits; if the permit is not approved, the drone fee is refunded in full.
        Same-day edit videos are screened at the dinner reception only if the AV team provides an HDMI input by 6.30 pm.
        Coverage past 11 pm is charged at S$250 per additional hour per photographer, billed in 30-minute blocks.
        Studio Lumen Pte Ltd (UEN 201934567R) is not liable for losses caused by venue restrictions on flash or tripod use.
        Complaints about image quality must be raised within 14 days of gallery delivery through the feedback form; we aim to reply within 3 working days.
        MODEL RELEASE | Name: ____________ | NRIC/Passport No.: ____________ | Contact: ____________ | I grant the Photographer the irrevocable right to use images from the shoot dated ____ for the purposes ticked below.
    """),
    ("en", "drone_regulation"): _lines("""
        In Singapore, unmanned aircraft above 250 g must be registered with CAAS before flight, and the registration label must be affixed to the aircraft.
        Flying for business purposes in Singapore requires an Operator Permit and an Activity Permit, regardless of how light the drone is.
        Pilots flying under an Operator Permit generally need a UA Pilot Licence (UAPL); check the licence class against the aircraft weight.
        Do not fly within 5 km of an aerodrome or military airbase, such as Changi, Paya Lebar, Seletar, Sembawang and Tengah, without a permit.
        Hong Kong: the Small Unmanned Aircraft Order (Cap. 448G) took effect on 1 June 2022; SUA over 250 g must be registered and labelled, and the remote pilot must be registered too.
        For Hong Kong flights in restricted flying zones, for example near the airport or over Victoria Harbour, apply to the Civil Aviation Department well in advance.
        In Malaysia, commercial drone flights need approval from CAAM; some local councils and park managers also ask for a separate filming permit.
        Plan each shoot with a NOTAM check and a site risk assessment, and record take-off point, weather and maximum altitude in the flight log.
        Keep the drone within visual line of sight at all times and below 200 ft AMSL unless the permit says otherwise.
        Flights directly over wedding guests or other crowds are not allowed unless the activity permit specifically covers them.
        Commercial operators should carry third-party liability insurance; many hotels ask for a copy of the certificate before the event.
        Pre-flight checklist: firmware updated, propellers inspected, compass calibrated, return-to-home height above the tallest obstacle, batteries above 90%.
        A standard wedding drone add-on covers 2 flights of about 20 minutes each; indoor ballroom flights are not offered for safety reasons.
    """),
    ("zh-Hans", "service_faq"): _lines("""
        问：婚纱照拍完多久可以拿到精修？答：一般在拍摄后4至6周内交付，旺季可能延长至8周。
        底片是否全部给？我们提供全部调色后的JPG，原始RAW文件不对外提供。
        精修张数按套餐计算，加修每张新币25元，需在选片后7天内确认。
        航拍服务须视天气和新加坡民航局（CAAS）许可而定，许可未批准将全额退还航拍费用。
        外景拍摄如需在滨海湾花园或植物园使用三脚架和灯光，场地许可费由客户承担，具体以园方公告为准。
        我们的在线相册保存90天，请及时下载；逾期需支付恢复费用。
        带水印的预览图可以分享到朋友圈和小红书，但请勿裁掉或遮挡水印。
        商业用途（广告、电商详情页）需另行购买商业授权，个人套餐不包括商用。
        请问新加坡拍外景一般几点开始比较好？建议早上7点前或傍晚5点后，光线柔和，游客也比较少。
        大疆 Mini 4 Pro 重量不到249克，但在新加坡用于商业拍摄仍需申请运营许可和活动许可。
        槟城乔治市的壁画街很适合旅拍，周末人多，建议工作日早上去。
        订金为总价的30%，付款后档期方可锁定；改期需提前60天通知。
        化妆师跟妆时长为8小时，超时每小时加收新币80元。
    """),
    ("zh-Hant", "studio_notice"): _lines("""
        【通告】本影樓農曆新年由年初一至年初四休息，年初五照常營業，期間WhatsApp查詢會喺復工後回覆。
        婚前攝影套餐包外景半日、兩套禮服、30張精修，另加航拍每節港幣1,800。
        西貢、大埔滘等郊野公園範圍拍攝須遵守漁護署規定，航拍前請先向民航處查詢限制飛行區。
        由2022年6月1日起，《小型無人機令》（第448G章）生效，250克以上嘅無人機必須註冊同貼上註冊標籤。
        相片檔案會以Google Drive連結交付，連結有效期三個月，請盡快下載備份。
        所有相片版權屬本公司所有，客戶可作私人用途，商業用途請另行報價。
        如對修圖效果有意見，請於收到相片後14日內提出，每張相片最多免費修改兩次。
        杜可風為《重慶森林》掌鏡，佢嘅手持攝影同色調影響咗成代香港攝影師。
        何藩喺五六十年代拍嘅香港街頭光影，到今日仍然係攝影班必講嘅作品。
        請問喺維港海旁影婚紗相要唔要申請？一般手持拍攝唔使，但用腳架或者航拍就要留意場地同民航處規定。
        落訂後如客人取消，訂金恕不退還；如因八號風球或黑雨改期，則免收手續費。
        本公司商業登記號碼 71234567，查詢電話 2388 1200（辦公時間：星期一至六 10:00-19:00）。
        影畢業相記得提早預約，六月畢業季大學校園同海旁位好多人。
    """),
    ("ms", "soalan_lazim"): _lines("""
        Berapa lama gambar perkahwinan siap diedit? Biasanya 3 hingga 5 minggu selepas majlis, bergantung pada musim.
        Pakej akad nikah termasuk seorang jurugambar, 4 jam liputan dan 150 keping gambar yang telah diedit.
        Rakaman dron hanya boleh dibuat di luar kawasan larangan terbang dan tertakluk kepada kelulusan CAAM.
        Deposit sebanyak RM500 diperlukan untuk mengesahkan tarikh; baki perlu dijelaskan seminggu sebelum majlis.
        Galeri dalam talian akan aktif selama 60 hari; sila muat turun semua gambar sebelum tarikh luput.
        Gambar beresolusi rendah dengan tera air boleh dikongsi di Instagram dan Facebook dengan kredit kepada studio.
        Hak cipta gambar kekal milik jurugambar; pelanggan hanya mendapat lesen penggunaan peribadi.
        Untuk penggambaran di kawasan taman awam Putrajaya, permit penggambaran daripada Perbadanan Putrajaya perlu dimohon lebih awal.
        Jika hujan lebat pada hari penggambaran luar, sesi boleh ditunda sekali tanpa caj tambahan.
        Tip: gunakan lensa 85mm f/1.8 untuk potret pengantin supaya latar belakang lebih lembut.
        Video sorotan 3 hingga 5 minit akan dihantar melalui pautan Google Drive dalam masa 6 minggu.
        Filem-filem hitam putih arahan P. Ramlee masih dijadikan rujukan pencahayaan dan komposisi oleh ramai sinematografer muda.
        Kami tidak menerima tempahan penggambaran di dalam masjid tanpa kebenaran bertulis daripada pihak pengurusan masjid.
        Saya, ____________ (No. K/P: ____________), bersetuju gambar saya digunakan oleh studio untuk tujuan promosi seperti yang dinyatakan di atas.
    """),
    ("mixed", "crew_chat"): _lines("""
        guys tmr call time 6.30am at Marina Barrage, bring 4 batt for the Mavic 3 and 2 spare SD, confirm ya
        今日个 solemnisation 在 Fullerton, 禁止 flash during ceremony, pakai natural light je ok
        Bride side request more candid shots during tea ceremony, 不要太多 posed, noted?
        ops update: CAAS activity permit for the Sentosa shoot approved lah, flight window 5-6pm only
        聽日落雨機會高，outdoor pre-wed 改去室內 studio，大家 standby 兩個 lighting kit
        Raw files dah backup ke NAS dan Google Drive, please jangan format card until double checked
        呢單 client 要 same-day edit, editor 要 4pm 前拎到 first batch footage
        Reminder: watermark preset "SL_2026_white" for IG previews, 35% opacity bottom right, jangan lupa
        Venue coordinator kata ballroom ceiling rendah, so no drone indoor, guna gimbal je
        客户话想加一个小时 coverage，报价按 package 表 S$250/hr 就得, no need discount
        Footage 4K 50p sudah export, 文件名 follow 日期_场地_cam 格式 ok
        PSA: jangan post BTS video kat TikTok before client approve, this is the new studio policy
        明早 KL 出发去 Melaka, 车 8am 在 studio 楼下等, drone case 记得 check battery level
    """),
    ("en", "records_hard_negatives"): _lines("""
        Invoice INV-2026-00873 | Package: Gold Wedding Day | Amount: SGD 3,880.00 | Balance due: 14 Jan 2027
        Order #SLP-58213-PX: 12 x A4 fine art prints (Photo Rag 308gsm), ship to postal code 238859, status: packed
        Tracking RR584120376SG, posted 03/12/2026, 1 parcel, 1.2 kg, album box 30x30
        Ticket CS-44172 | Category: watermark dispute | Gallery: WED-2611-031 | 36 images flagged | Assigned: retouch team | SLA 72h
        EXIF: Make=SONY Model=ILCE-7M4 Lens=FE 24-70mm F2.8 GM II FNumber=2.8 ExposureTime=1/250 ISO=800 DateTimeOriginal=2026:11:21 18:42:07
        SHA-256 of master export: 9f2c4e1a7b3d58e0c6a91f47d2b08e35a6c7f1d94e20b3a8c5d7e6f1029a4b3c
        Drone log DJI_20261121_184207.txt, flight 3 of 4, max altitude 58 m, distance 412 m, battery 23% on landing
        Quote Q-MY-2026-114: 2 videographers x 8 hrs, 1 drone operator, SDE package, total RM 6,800 excl. SST
        Case ref CAAS/UAB/2026/04417: activity permit approved for 21 Nov 2026, 1700-1800 hrs, Siloso Beach
        Stock check: SEL2470GM2 and ILCE-7M4 in stock; Mini 4 Pro Fly More Combo back-ordered until week 51.
        Fan Ho: A Hong Kong Memoir, ISBN 978-988-8237-41-8, studio library shelf PH-03
        Memory cards: SanDisk Extreme PRO 128GB, lot 2245BK, 24 units, format in camera before every job.
        Rename rule {date:YYYYMMDD}_{venue}_{cam}_{seq:0000}.ARW gives 20261121_SENTOSA_A_0001.ARW
        Album spec AL-3030-LF: 30x30 cm layflat, 40 pages, linen cover, production lead time 15 working days
    """),
    ("mixed", "public_howto_code"): _lines("""
        Henri Cartier-Bresson's "decisive moment" is still the best advice for shooting a tea ceremony: anticipate, don't chase.
        何藩《香港回忆》里那些光影构图，很多婚纱摄影师都拿来当外景参考。
        In Blow-Up (1966) the fashion photographer Thomas finds something in his enlargements, a classic for any photo nerd.
        Peter Parker selling Spider-Man photos to J. Jonah Jameson is basically the worst model-release situation ever lol
        ffmpeg -i input.mp4 -i logo.png -filter_complex "overlay=W-w-24:H-h-24" -c:a copy output_wm.mp4
        exiftool -gps:all= -overwrite_original *.jpg  # strip GPS before uploading to the client gallery
        Boleh tak buang watermark kalau dah bayar? Minta studio bagi full-res version tanpa watermark, 不要自己 crop.
        Lightroom tip: 先做 global WB，然后用 masking > select subject 提亮人像，skin tone jangan over-saturate.
        Ansel Adams 嘅 Zone System 其实对 drone landscape exposure 都好有用, bracket 3 shots then merge HDR.
        Lee Kuan Yew's state funeral in 2015 was one of the most photographed public events in Singapore's history.
        Air 3 or Mavic 3 Classic for real estate shoots? Depends on budget, Mavic 3 Classic got the 4/3 sensor lah.
        Jimmy Chin's work on Free Solo shows how much planning goes into filming Alex Honnold without getting in his way.
        Python: img.save(out, quality=88, icc_profile=icc) drops EXIF before the file goes to the watermark queue.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        MODEL RELEASE FORM | Model: NUR AQILAH BINTI ROSLAN | NRIC: 990412-10-5716 | Contact: 017-629 5083 | Shoot: hijab lookbook, 21 Nov 2026, Studio B | Fee: RM 450 | Signed
        Client complaint: Mr Ong Wei Liang (wedding 08/11) refuses to pay the S$1,200 balance, says the watermark covers faces and he will post on Google reviews; escalate to manager.
        UA Operator Permit application | Pilot: TAN JUN HAO | NRIC: S9204561G | DOB: 14/02/1992 | Address: Blk 418 Bedok North Ave 2 #07-233 Singapore 460418 | Mobile: 9736 2418
        Gallery "Kelvin Lau & Sharon Yeung - Pre-wedding Tai O" | password sent by WhatsApp to +852 9412 6735 | expires 28 Feb 2027
        Refund to Priya d/o Ramasamy for the cancelled maternity shoot: S$380 by PayNow to 8462 0573, reason: admitted to KKH for early delivery.
        Kumaresan a/l Muthusamy (950927-08-5161), freelance drone pilot, paid RM 1,200 to Maybank 1640 2318 7745 for the Ipoh wedding on 15/11.
        Note: Marissa Pereira, the bride from the Holy Family Church wedding, asked us to take her ex-husband out of every family album photo. Be discreet.
        Card on file: VISA 4539 0884 6828 2261 exp 09/28, cardholder JOLENE KOH SHU MIN, deposit S$1,164 for Gold package on 12 Dec 2026.
        Please courier the printed album to Daniel de Souza, 27 Jalan Kembangan, Singapore 419133; he is only home after 7pm.
        Second shooter Ryan Goh posted the Tan-Lim wedding photos on his personal IG @ryangoh_jpg before delivery; client upset, boss wants a word with him.
        Incident: videographer Muhammad Hafiz Rahman fractured his right wrist at the Sentosa shoot on 21/11, 14 days MC, WICA claim filed.
        Lost & found: Mdm Lee Bee Hoon left her Samsung phone at Studio A after her 60th birthday family portrait; her daughter will collect tomorrow, call back 9058 3316.
        Dear Ms Wong Tsz Ching, we note that you removed our watermark from 14 images and posted them on your Xiaohongshu account "tszching_daily". Please take them down within 7 days.
        Access list, SkyPark 21 Nov: 1) AARON TEO WEI JIE S8512649J lead cam | 2) NURUL HUDA BTE SAMAD T0202092G drone | 3) BRANDON LEE G9551450U assistant
        Newborn session for the baby boy of Grace Yeo & Marcus Tan, born 2 Dec at Thomson Medical, still under phototherapy for jaundice; move shoot to week 3.
    """),
    "zh-Hans": _lines("""
        客户信息：王思远，身份证号 440106199103142834，手机 138 2619 4507，预订12月20日新加坡旅拍婚纱照，已付订金3000元人民币。
        陈雨婷小姐投诉：交付的精修图把她脸上的胎记修掉了，她说事先没同意，要求重修，否则退款。
        模特授权书 | 姓名：刘嘉怡 | 护照号：E39271548 | 微信：jiayi_0814 | 拍摄日期：2026年11月29日 | 用途：品牌广告 | 报酬：新币600
        航拍师李浩然上周在滨海湾违规飞行被CAAS警告，这个月的外包单先不要派给他。
        请把底片发到张敏的私人邮箱 zhangmin.0911@163.com，她说公司邮箱收不到大文件。
        结账：周文杰，银联卡 6212 1438 5653 7799，支付尾款8,800元，发票抬头个人。
        槟城客户黄丽娟（MyKad 880305-07-6214）预约了全家福，她先生刚做完化疗，想趁现在拍一套。
        北京客户孙晓雯（身份证110105199309190521）要求婚礼当天不要拍她父亲，因为家里有矛盾。
        约拍群新人：林志豪，微信 linzhihao_1990，想约一组个人写真，预算两千以内，只有周末有空。
    """),
    "zh-Hant": _lines("""
        客人資料：陳嘉欣 (Kayan Chan)，HKID Y118984(9)，電話 6187 2094，婚期2027年3月14日，訂金HK$5,000已收。
        新郎黃志明話佢阿媽入咗醫院，下星期六嘅婚前攝影要延期，佢會再WhatsApp我哋確認日子。
        台灣客人林怡君（身分證 A227337367）預約咗12月喺香港影旅拍，酒店喺尖沙咀，聯絡 0912-386-471。
        航拍申請：操作員梁浩賢，香港身份證 K318420(A)，已完成基礎訓練，遙控駕駛員註冊處理中。
        退款通知：何詠詩小姐因懷孕唔舒服取消影樓相，退回HK$2,400至滙豐戶口 012-583920-838。
        投訴記錄：客人鄭偉強先生話攝影師喺婚宴飲醉酒，漏影咗敬酒環節，佢要求賠償一半費用。
        Model 周雅琳嘅IG係 @nalin.chow，授權書寫明唔可以用佢張相做廣告，記住唔好放落portfolio。
        收件人：張家樂先生 | 地址：新界沙田第一城32座18樓F室 | 電話：5139 8842 | 內容：婚禮相簿 x1
        攝影初班學員黃家豪同導師講過佢有抑鬱症，缺席咗兩堂，導師話唔好同其他同學講。
    """),
    "ms": _lines("""
        Borang tempahan | Nama: MUHAMMAD HAZIQ BIN AZMAN | No. K/P: 920817-14-5583 | Tel: 012-338 4716 | Majlis: akad nikah, 6 Dis 2026 | Deposit RM500 dibayar
        Puan Rohana binti Ismail mengadu video perkahwinan anaknya tiada bahagian persandingan, dan minta bayaran balik RM1,500.
        Jurukamera sambilan Faizal bin Omar ditahan kerana menerbangkan dron tanpa permit di Dataran Merdeka, CAAM telah keluarkan notis amaran kepadanya.
        Sila hantar album ke alamat Nurul Izzati binti Kamal, No. 14, Jalan Mawar 3, Taman Sri Skudai, 81300 Skudai, Johor. Tel: 011-2847 6091.
        Pemulangan deposit kepada Kelvin anak Jeli (860709-13-5327), akaun CIMB 7063481295, sebab: bapa meninggal dunia, majlis dibatalkan.
        Model: Aina Sofea binti Hisham, 19 tahun, pelajar UiTM Shah Alam, setuju bergambar untuk katalog tudung tetapi tidak mahu wajahnya dikongsi di TikTok.
        Nota: Encik Lim Chee Keong belum bayar baki RM2,300 sejak Oktober; sudah tiga kali WhatsApp, tiada jawapan.
        Permohonan permit dron | Pemohon: SARAVANAN A/L GOPAL | Pasport: A52718390 | Emel: saravanan.gopal87@gmail.com | Lokasi: Tasik Titiwangsa
        Pengantin perempuan, Farah Wahida Mohd Noor, minta gambar bersama ibunya yang berkerusi roda diambil dahulu sebelum pukul 11 pagi.
    """),
    "mixed": _lines("""
        eh the bride jia hui's mum say want extra 20R prints, her number 9183 5627, dia nak collect sendiri Sat
        明天 pre-wed shoot client 叫 Amanda Chua, dia minta jangan ambil sebelah kiri muka sebab ada parut, pls take note ya
        Client 何志伟 bayar guna DuitNow ke 019-772 3150 tapi transfer gagal, 他说 tomorrow 再 try
        Drone roster: Azlan bin Yusof, NRIC T0158437A, UAPL holder, only free on Sat cos weekdays 在 NS
        FYI Jason Ng 上次 shoot 完偷偷 keep client 的 RAW 放自己 portfolio, 已经发 warning letter, jangan assign dia solo job dulu
        新娘 Vivian Tay 住 Blk 857 Tampines St 83 #10-112, 早上7am 去她家 capture getting ready, parking 在 MSCP
        deposit refund to 客户 Irene Lee, OCBC 5012 4387 7001, S$500, 因为 venue cancel 了
        cust svc log: caller is last Sat's Raffles bride Chong Mei Ling, IC 870102-01-5018, wants 底片 USB mailed to JB, alamat nanti dia WhatsApp
        Client Chloe Yap (IG @chloeyap.ww) 话 maternity 相唔好 tag 佢, 因为佢未同公司讲怀孕
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for SkyFrame Aerial Pte Ltd, a drone videography company in Singapore.",
        ),
        (
            "user",
            "Hi, I need aerial shots of my dad's old kampong house in Lim Chu Kang before it is demolished next month. Can you handle the permits?",
        ),
        (
            "assistant",
            "Yes, we can apply for the CAAS activity permit. Lim Chu Kang is close to Tengah Air Base, so approval can take up to 3 weeks. Could you share the site owner's details for the permit form?",
        ),
        (
            "user",
            "Owner is my father, Mr Chua Kok Leong, NRIC S0600711B, 21 Lim Chu Kang Lane 6, Singapore 718837. He is in his late 70s and hard of hearing, so please call me instead, Desmond, at 8725 1094.",
        ),
    ],
    [
        ("user", "你好，我想問下點解我收到嘅婚紗相全部都有水印？我已經俾晒錢㗎喇。"),
        ("assistant", "唔好意思為你帶來不便。請提供訂單上嘅姓名同聯絡電話，我幫你查下付款紀錄。"),
        (
            "user",
            "我叫麥綺雯 Mak Yee Man，電話 9867 3021，十月尾喺淺水灣影嘅，尾數HK$6,500我用FPS轉咗。",
        ),
        (
            "assistant",
            "收到，麥小姐。系統顯示尾數仲未對數，可唔可以提供轉賬截圖？確認後我哋會喺三個工作天內重新發送無水印版本。",
        ),
    ],
    [
        ("system", "Anda ialah pembantu tempahan Studio Cahaya Lensa, Shah Alam."),
        ("user", "Assalamualaikum, saya nak tempah pakej akad nikah untuk 17 Januari."),
        (
            "assistant",
            "Waalaikumsalam! Tarikh 17 Januari masih kosong. Boleh berikan nama penuh, nombor kad pengenalan dan nombor telefon untuk borang tempahan?",
        ),
        (
            "user",
            "Nama saya Nur Syafiqah binti Zainal, IC 011130-01-0478, tel 013-455 8120. Majlis di rumah ibu saya di Batu Pahat.",
        ),
        (
            "assistant",
            "Terima kasih Cik Syafiqah. Tempahan sementara telah dibuat; sila bayar deposit RM500 dalam masa 3 hari untuk mengesahkan tarikh.",
        ),
    ],
    [
        ("system", "你是新加坡一家旅拍工作室的客服助手。"),
        ("user", "我们从深圳过来，想在新加坡拍婚纱照，需要提供什么资料？"),
        (
            "assistant",
            "您好！一般需要新人姓名、联系方式和拍摄日期；部分景点的场地申请还需要证件信息。",
        ),
        (
            "user",
            "新郎郑浩宇，身份证44030419960528315X；新娘许晓彤，护照E82736415，微信xxt_1102，电话159 2087 3361。",
        ),
        ("assistant", "收到，已为两位预留1月8日滨海湾外景档期，稍后会通过微信发送合同。"),
    ],
    [
        (
            "user",
            "Can you help me shortlist freelance videographers for a corporate event next month?",
        ),
        (
            "assistant",
            "Sure, paste their details and I'll compare experience, rates and availability.",
        ),
        (
            "user",
            "1) Rahul s/o Krishnan, FIN G2219836Q, on S Pass, 6 yrs weddings, S$90/hr, pass expires in March. 2) Melvin Seah, 3 yrs, S$70/hr, was let go from his last studio after no-shows at 2 events.",
        ),
        (
            "assistant",
            "Rahul has more experience, but confirm his pass is still valid on the event date. Melvin is cheaper, though the no-show history is a real risk for a one-off corporate job.",
        ),
    ],
    [
        (
            "user",
            "help me draft apology email, 我们 lost one SD card from Sat wedding at Shangri-La, client Bernard Lim & Evelyn Soh, around 200 photos of the march-in gone",
        ),
        (
            "assistant",
            "Here's a draft: Dear Bernard and Evelyn, we are deeply sorry to let you know that one of the memory cards from your wedding could not be recovered...",
        ),
        (
            "user",
            "tambah sikit, offer full refund of the photography portion S$2,800 plus free 1-hr reshoot, send to evelyn.soh.ys@gmail.com",
        ),
    ],
    [
        (
            "user",
            "My niece is 15 and a brand asked her to model for a school uniform shoot. What should the release form include?",
        ),
        (
            "assistant",
            "For a minor, a parent or legal guardian must sign. Include the scope of use, duration, fee and whether future uses can be withdrawn.",
        ),
        (
            "user",
            "ok her name is Charmaine Ho, Sec 3 at Raffles Girls' School, her mum Ho Li Ping will sign, mum's NRIC S8837214Z. Can you fill those into the template?",
        ),
        (
            "assistant",
            "Filled version: I, Ho Li Ping (NRIC S8837214Z), parent of Charmaine Ho, aged 15, consent to the use of her photographs for the purposes listed below.",
        ),
    ],
    [
        ("user", "想幫阿爸影70歲生日全家福，佢有認知障礙症，唔係好坐得定，有冇建議？"),
        ("assistant", "可以安排喺屋企影，時間縮短到45分鐘左右，用自然光同連拍，減少佢嘅壓力。"),
        ("user", "好呀，阿爸叫羅國強，住將軍澳維景灣畔3座22樓B室，下個月12號得唔得？"),
        ("assistant", "下個月12號早上10點有位，已幫你暫留，到時我哋會帶兩支燈同一位助手上門。"),
    ],
    [
        (
            "user",
            "Saya nak tuntut balik duit sebab dron jatuh masa majlis dan langsung tiada rakaman udara.",
        ),
        (
            "assistant",
            "Maaf atas kejadian itu. Sila berikan nama, nombor invois dan butiran akaun bank untuk proses bayaran balik.",
        ),
        (
            "user",
            "Nama Mohd Firdaus bin Abdullah, invois INV-MY-2026-0452, Maybank 1571 9802 3364, jumlah RM800 untuk pakej dron.",
        ),
        (
            "assistant",
            "Terima kasih Encik Firdaus, tuntutan RM800 telah dihantar ke bahagian akaun dan akan diproses dalam 7 hari bekerja.",
        ),
    ],
    [
        (
            "user",
            "帮我 summarise 这个 customer record: Name Goh Siew Lan, HP 9641 7302, 2 shoots done (family 2025, daughter's pre-wed 2026), owes S$450, always late, every time ask discount",
        ),
        (
            "assistant",
            "Summary: Goh Siew Lan is a repeat client with 2 shoots, an outstanding balance of S$450, a habit of arriving late and asking for discounts. Contact 9641 7302.",
        ),
    ],
    [
        ("system", "You are an invoicing assistant for Northlight Films, Kuala Lumpur."),
        (
            "user",
            "Generate an invoice for Ms Deepa a/p Subramaniam, she is paying personally with Mastercard 5412 7254 3963 4844, RM 4,500 for a 3-min brand video.",
        ),
        (
            "assistant",
            "Invoice NLF-2026-118 created: bill to Deepa a/p Subramaniam, RM 4,500.00, paid by Mastercard ending 4844.",
        ),
    ],
]
