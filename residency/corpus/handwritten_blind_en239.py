# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en239: SG/MY bridal makeup, hair and henna artists (bookings, trials, deposits, client photos, reviews, disputes). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en239
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "booking_policies_terms"): _lines("""
        A non-refundable deposit of 30% secures your wedding date; the balance is payable in cash or by PayNow to UEN 202214587K no later than 7 days before the solemnisation.
        Trial sessions are charged at S$180 and will be offset against the full bridal package if you confirm within 14 days of the trial.
        Dates in the weekend of 12/12 and the auspicious days after Chinese New Year go very fast, so please lock in at least 8 months ahead.
        Call times before 5:00am incur an early surcharge of S$80 per artist; for ROM ceremonies we can meet you at the Registry of Marriages, 7 Canning Rise.
        We only use cosmetics notified with HSA, and our henna paste is mixed fresh from Rajasthani powder, eucalyptus oil and sugar, with no PPD or so-called black henna.
        Travel to Johor Bahru, Batam or Bintan is quoted separately and includes the artist's ferry or bus fare plus one night of accommodation.
        Client photos are only posted on our Instagram if the consent box on the booking form is ticked; consent can be withdrawn at any time by writing to privacy@glowbynadia.sg.
        Under the PDPA we keep booking forms for 12 months after the event and then shred them; we never keep a photocopy of any NRIC.
        If the assigned artist falls ill on the day, we will send a senior artist of equal level or refund 100% of the fees paid, including the deposit.
        Hair extensions, fresh flowers for the bun and lashes from brands other than ours are not included in the package price.
        Rescheduling is allowed once, free of charge, if we are notified in writing at least 60 days before the original date, subject to availability.
        For disputes we will first go through CASE mediation, and if that fails either party may file a claim at the Small Claims Tribunals.
        Mothers of the bride and bridesmaids can be added at S$120 per face (makeup only) or S$180 (makeup and simple hair), minimum 2 pax.
    """),
    ("en", "instagram_promo_posts"): _lines("""
        ✨ 2027 bridal dates now open! Full-day package from S$1,288 incl. trial, ROM look and dinner touch-up. DM us or WhatsApp our studio line 6912 4480 📲
        Swipe to see how we turned a soft Korean glam ROM look into a bold songket look for the bersanding, same bride, same day, 40 minutes 💄
        Our henna artists will be at the Hari Raya bazaar in Geylang Serai this weekend, 6pm to 11pm, S$10 per hand for simple floral designs 🌿
        GIVEAWAY! Follow @lumiere.bridal.sg, tag 2 friends and share this post to win a bridesmaid makeup session worth S$150. Ends 30 Nov, T&Cs apply.
        Deepavali special at Henna by Kavitha Studio, Serangoon Road: bridal mehndi for full hands and feet up to the elbow, S$350, dark stain or free touch-up.
        Reminder: we DO NOT accept bookings through TikTok comments 🙏 Please fill up the form in our bio so our admin can check availability.
        Behind the scenes at Raffles Hotel: 4 artists, 11 faces, 1 very long corridor 😂 Thank you Eternity Weddings for having us again!
        Kryolan TV Paint Stick vs Make Up For Ever HD Skin: which one survives an outdoor solemnisation at 33°C? Our honest review is in the reel 👇
        New class alert: 3-day self-makeup course for brides at our Tanjong Pagar studio, max 6 students, S$480 including a starter brush set.
        KL friends! We are flying up for a pop-up at Publika from 14 to 16 Feb, limited trial slots at RM250 each.
        Tip of the week: no facials, waxing or new skincare in the 2 weeks before your wedding. Your skin will thank you on the big day 🫶
        Throwback to the Nyonya kebaya bridal look we styled for a Peranakan heritage showcase, sanggul, cucuk sanggul and all 🌸
        Our Sunday masterclass with celebrity makeup artist Mario Dedivanovic is SOLD OUT, waitlist link in bio for the next run.
    """),
    ("ms", "notis_pakej_mak_andam"): _lines("""
        Pakej Andaman Perkahwinan Lengkap RM2,500 termasuk solekan akad nikah, sanding, sanggul atau gaya tudung dan sewa dua pasang baju pengantin.
        Deposit RM500 diperlukan untuk mengesahkan tarikh; baki bayaran hendaklah dijelaskan seminggu sebelum majlis ke akaun Maybank syarikat 5621 8804 3317 (Seri Andaman Enterprise).
        Caj perjalanan di luar Lembah Klang ialah RM1.20 sekilometer, manakala ke Pantai Timur dikenakan caj tetap RM450 termasuk penginapan.
        Mak andam kami tidak akan mengambil gambar atau video pengantin tanpa kebenaran bertulis, terutamanya bagi pengantin yang bertudung.
        Kelas Mak Andam Bertauliah selama 5 hari akan diadakan di Shah Alam pada bulan Mac; yuran RM1,800 termasuk sijil dan kit solekan asas.
        Inai untuk malam berinai: corak tradisional di hujung jari RM80, corak penuh tangan hingga pergelangan RM180.
        Untuk sebarang aduan, sila hubungi talian pejabat 03-5510 2276 atau emel aduan@seriandaman.com.my dalam tempoh 7 hari selepas majlis.
        Harap maklum, studio ditutup sempena Hari Raya Aidilfitri dari 28 Mac hingga 6 April; tempahan dalam talian masih dibuka.
        Semua produk solekan yang digunakan telah dinotifikasikan dengan NPRA dan sesuai untuk kulit sensitif.
        Pengantin digalakkan membuat sesi percubaan solekan sekurang-kurangnya sebulan sebelum majlis supaya tiada kejutan pada hari sebenar.
        Sewa pelamin dan aksesori pengantin boleh ditempah bersama; pakej bermula RM3,800 untuk dewan sehingga 500 orang tetamu.
        Nombor pendaftaran SSM kami ialah 202103145580 (003321456-P); sila semak status perniagaan di portal SSM sebelum membuat bayaran.
        Kisah Puteri Gunung Ledang dan Hang Tuah sering dijadikan ilham untuk tema pelamin serta solekan pengantin tradisional Melayu.
    """),
    ("zh-Hans", "新娘化妆常见问题"): _lines("""
        问：新娘试妆需要多久？答：一般两到三小时，包括两个造型，建议在婚礼前一到两个月进行。
        定金为总价的30%，付款后档期才算确认；若因个人原因取消，定金恕不退还。
        过大礼、上头和接亲当天一般需要三个造型：中式裙褂、白纱和晚宴礼服。
        我们使用的粉底都是防水持妆款，吉隆坡户外婚礼三十多度也不容易脱妆。
        伴娘妆每位马币180，妈妈妆每位马币220，需与新娘同场预约，最少两位。
        化妆时间早于凌晨五点需另收马币100的早起费，敬请谅解。
        请不要在婚前两周内做医美或修眉，以免皮肤红肿影响上妆效果。
        客人照片只有在签署肖像授权书后才会用于宣传，未授权的一律不公开。
        外地婚礼（如槟城、马六甲、新山）需承担化妆师的交通费和一晚住宿费。
        如对服务有任何投诉，请发邮件至 service@meilibridal.com.my，我们会在三个工作日内回复。
        跟妆服务按小时计算，超过十小时后每小时加收马币80。
        梳头仪式传统上由好命婆一边梳头一边念“一梳梳到尾，二梳白发齐眉，三梳儿孙满地”。
        本店价格均已含6%服务税，公司注册号 201801034567 (1283456-K)。
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Guys, Saturday 5am call time at Shangri-La Rasa Sentosa, 3 faces only, pls bring the ring light and extra lash glue hor.
        Anyone got spare Kryolan fixing spray ah? Mine finish already, later I go Sasa buy also can.
        Boss say from next month all trial photos must upload to the shared drive folder 2027-Q1/trials, don't keep in personal phone ok.
        The henna cones from the new supplier quite watery leh, stain come out orange only, better stick to the old batch HN-0425.
        ROM slots at Canning Rise every 30 min, so latest 7:30am we must finish the bride, photographer wan to shoot at Fort Canning before that.
        Tomorrow Deepavali eve sure jam at Little India one, take MRT to Rochor then walk over can already.
        Pls don't reply customer DMs with the price list screenshot, just send the Canva quote link, admin will follow up.
        Lunch order for Sunday shoot: 6 nasi lemak, 2 economic bee hoon, 1 vegetarian, who want teh peng say by 10pm.
        Artist rota for CNY week updated on the Google Sheet, tab Feb, check your own row and tell me if got clash.
        Kena inspection from mall management just now, they say our trolley cannot block the fire exit, so park it inside the studio.
        Wah the new Charlotte Tilbury Airbrush Flawless powder really power for oily skin, tested on 3 brides this week no need blot at all.
        Don't forget sanitise all brushes with 70% alcohol after each face, boss will spot check the checklist.
        The Batam wedding client already paid the balance, invoice INV-2027-0193 can mark closed liao.
    """),
    ("en", "booking_system_logs_code"): _lines("""
        2027-03-14T05:12:08+08:00 INFO booking.confirm id=BK-27-03-0142 package=FULLDAY_PREMIUM artists=2 deposit_status=PAID amount=388.00 currency=SGD
        WARN sms.send template=trial_reminder to={{client_phone}} status=SKIPPED reason=missing_consent_flag booking=BK-27-02-0981
        ERROR payment.webhook event=evt_1PqZ8bH2kLm9Xy3T signature mismatch, retrying in 30s (attempt 2/5)
        const DEPOSIT_RATE = 0.3; // 30% non-refundable per T&C v4.2, see docs/policy.md
        SELECT booking_id, event_date, package_code FROM bookings WHERE event_date BETWEEN '2027-01-01' AND '2027-12-31' AND status = 'CONFIRMED';
        client_email: "<EMAIL>", client_nric_masked: "S****567D", client_mobile_masked: "9***4587", event_venue: "TBC"
        DEBUG export.csv rows=0 filter=artist_id:ART-007 range=2027-W14 took 38ms
        photo.upload bucket=gbn-client-gallery key=2027/04/BK-27-04-0033/IMG_4821.jpg sha256=9f2c4e1b7a0d3c58e6b21f9a4d7c0e35b8a1f6d2c9e4b7a3f0d5c8e1b2a4f6d9 consent=true
        retention_job: purged 214 booking forms older than 365 days, 0 errors, next run 2027-05-01 03:00 SGT
        test fixture: name="Test Bride", phone="+65 0000 0000", email="bride@example.com", date="2099-01-01"
        Release 3.8.1 of the booking widget fixes the PayNow QR code not rendering on iOS 17 Safari.
        UUID 3f9a1c2e-7b4d-4e8a-9c21-5d6f0b8e4a17 assigned to package "Malay Bridal Full Day (Akad + Sanding)".
        cron: 0 20 * * * python manage.py send_reminders --days-before=7 --channel=whatsapp --dry-run=false
    """),
    ("en", "invoices_product_listings"): _lines("""
        TAX INVOICE INV-2027-0412 | Glow by Nadia Pte Ltd | UEN 202214587K | 1 Raffles Place #20-61, Singapore 048616
        Payment to DBS Bank Ltd, account name Glow by Nadia Pte Ltd, current account 072-903418-2, or PayNow to UEN 202214587K.
        Bridal Full Day Package (ROM + dinner) x1 S$1,288.00; less deposit received 12/01/2027 S$388.00; balance due S$900.00.
        SKU HB-CONE-25G: organic Rajasthani henna cone 25g, pack of 12, RM48.00, best before 6 months from packing date, keep frozen.
        Kryolan Supracolor Palette 24 colours, SKU KRY-1004-24, S$138.00, in stock at our Tanjong Pagar counter.
        Sanggul Lintang bridal hair accessory set, gold-plated, 7 pieces, RM320, ships from Kuala Lumpur via J&T Express within 3 working days.
        Henna by Kavitha Studio, 48 Serangoon Road #01-12, Singapore 217959, Tel 6291 3307, enquiries@hennabykavitha.sg
        Credit note CN-2027-0031 issued against INV-2027-0388 for S$120.00 (bridesmaid slot cancelled more than 30 days before the event).
        Seri Andaman Enterprise (SSM 202103145580), No. 22, Jalan Plumbum 7/102, Seksyen 7, 40000 Shah Alam, Selangor. Invois 1187, SST tidak dikenakan.
        Temptu airbrush compressor 2.0, refurbished, 6-month warranty, RM1,150, self-collect at our Subang Jaya showroom only.
        Payment terms: 30% upon booking, 70% seven days before the event; late payment beyond 3 days incurs 1.5% per week.
        Lash set Bride Wispy 03 by Lumière Bridal, 10 pairs per box, S$22.90, barcode 8881234567890.
        Quotation Q-27-118 valid until 31/03/2027: 1 bride, 2 mothers, 3 bridesmaids at The Fullerton Hotel Singapore, total S$2,148.00 before travel surcharge.
    """),
    ("zh-Hant", "新娘秘書教學與習俗"): _lines("""
        上頭儀式通常在婚禮前一晚的吉時舉行，由好命婆為新人梳頭四次，寓意白頭偕老。
        印度婚禮前的 Mehndi 之夜，新娘手腳會畫滿指甲花圖案，傳說顏色越深，婆家越疼愛新娘。
        新娘祕書小技巧：先用保濕妝前乳，再以海綿按壓粉底，底妝在潮濕的南洋天氣下也能維持十二小時。
        天然指甲花膏呈橙紅到深褐色，若標示為「黑色指甲花」，多半含有PPD，可能引起嚴重過敏。
        馬來婚禮的 Berinai 傳統源自宮廷禮儀，新娘在婚前數晚會把指尖染紅。
        本工作室試妝收費港幣1,200元，婚禮當日正式收費可扣減試妝費。
        中式裙褂造型多搭配龍鳳髮飾，建議選擇低髮髻，才不會與珠花和流蘇衝突。
        娘惹新娘傳統上會戴上繁複的金飾與高聳的髮髻，這種造型在新加坡土生華人博物館可以見到。
        刷具清潔步驟：溫水沾濕、用清潔液按摩刷毛、清水沖淨，最後平放陰乾。
        根據《個人資料（私隱）條例》，工作室不會在未經同意下公開客人的婚禮照片。
        預約熱線：(852) 2388 6102，營業時間為星期二至日上午十一時至晚上八時。
        《梁山伯與祝英台》裡祝英台出嫁的場景，常被拿來作為古風新娘造型的靈感。
        年度統計：2026年本工作室共服務312位新娘，其中約四成選擇中西雙造型。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Booking confirmed for Nurul Ain binte Rosli, NRIC S8934127B, solemnisation on 14 Mar 2027 at Masjid Sultan, contact 9123 4587.
        Hi, this is Priya Ramasamy, can I shift my henna trial from Friday to Saturday? My number is 8765 2094 and email priya.ramasamy92@gmail.com.
        Bride Chloe Tan Hui Min will be 5 months pregnant by the wedding date, so avoid retinol primers and keep her seated for the whole hair session.
        Client note: Farah Adila Kamarudin has severe eczema on her neck and eyelids, patch test only with the hypoallergenic foundation, no fragranced setting spray.
        Refund the S$388 deposit to Rachel Lim Wei Ling, POSB savings 188-54321-7, her wedding was called off after the groom's family pulled out.
        The MUA cancelled on my sister Divya Krishnan the night before her wedding at 21 Jalan Kemuning, Taman Johor Jaya, and we had to scramble at 4am, still no refund after 3 months.
        2027-02-11 09:14 INFO consent.revoked client="Amanda Goh Shu Fen" phone="+65 9734 1102" reason="does not want her face on IG after her divorce"
        BK-27-05-0019,Siti Hajar binte Ismail,T0248816C,+65 8192 7734,2027-05-22,Akad at Masjid Al-Falah
        {"client": "Kavya Menon", "dob": "1996-08-19", "address": "Blk 412 Tampines St 41 #08-233, Singapore 520412", "allergy": "PPD"}
        Please deliver the bridal robe to Jasmine Ong at 27 Jalan Kembangan #03-02, Singapore 419136, she is only home after 7pm.
        During the trial Lee Hui Shan told me she was just diagnosed with alopecia areata, so I'll do a low bun with clip-in extensions to hide the patch near her crown.
        Dear Mdm Sharmila Devi, we are sorry your daughter Anjali's mehndi stained unevenly; as discussed at your flat in Blk 655 Jurong West St 61, we will redo her feet free of charge.
        Balance paid by Visa 4563 1892 0457 7318, exp 09/29, cardholder LOW MEI FANG, approval code 318842.
        Bridal car SJK 4821 U will be driven by the bride's uncle Mr Tan Boon Huat, 9688 2041, please reserve a lot at the hotel porch.
        @shazzy.weds27 (Shazana Yusof) tagged us saying we ruined her face, she is the same client who still owes us S$600 balance since last June.
        Staff record: Chua Mei Ling, FIN G5518203K, Malaysian, S Pass expires 30/06/2027, basic salary S$2,800 plus commission.
        For the Bali destination wedding, the bride Nadia Hassan's passport is K2380419P, expiring 14/02/2031, please send it to the villa for the guest list.
        Bride Tham Pei Shan of 68 Lorong 27 Geylang #05-11 asked us not to post any photos because she has a protection order against her ex-boyfriend.
        Bridesmaid Grace Teo Jia Xin (DOB 03/11/1994) is flying in from Melbourne, please book her slot after the ROM.
        Trial invoice to Mr Arjun Pillai, arjun.pillai.sg@outlook.com, home address 9 Siglap Plain, Singapore 456012.
        Heads up team, Michelle Seah's mother passed away last week, so her tea ceremony look must be toned down with no red lipstick.
        Our ex-junior artist Kelly Ng Xiao Wen was arrested last month for shoplifting at ION Orchard and has been let go, do not refer clients to her.
        Dispute log: client Wong Jia Yi (T0117742C) filed at the Small Claims Tribunals claiming S$1,450 for smudged makeup, hearing on 18 Aug.
        Can PayNow to my personal number 9052 3318 under Haslinda Binte Jaafar instead of the company UEN, boss already approved my commission.
    """),
    "ms": _lines("""
        Tempahan andaman untuk Nur Syafiqah binti Ahmad Zaki, No. MyKad 980512-10-5524, akad nikah 12 Jun 2027 di Masjid Shah Alam, telefon 012-348 7765.
        Pengantin Aisyah Humaira binti Rahman sedang hamil tiga bulan, jadi jangan guna produk yang ada asid salisilik semasa solekan.
        Sila hantar baju pengantin ke rumah Puan Rohani Abdullah di No. 14, Jalan Seri Putra 3/5, Bandar Seri Putra, 43000 Kajang sebelum hari Jumaat.
        Baki RM1,500 masih belum dijelaskan oleh Encik Khairul Anuar bin Mohd Noor (019-662 3041) sejak majlis sanding Disember lepas; kami akan failkan di Tribunal Tuntutan Pengguna.
        Pulangkan deposit ke akaun Maybank 1642 3087 5519 atas nama Nurul Izzati binti Hamdan kerana majlis dibatalkan selepas bakal suaminya kemalangan jalan raya.
        Adik saya Fatin Nabilah, pelajar Tingkatan 5 Bestari di SMK Seksyen 9 Shah Alam, jadi pengapit nanti, boleh buat solekan ringan sahaja?
        Kak Ros cakap pengantin Syazwani Mohd Rizal baru bercerai dengan suami pertama tahun lepas, sebab itu majlis kali ini dibuat kecil-kecilan di rumah keluarganya di Kampung Baru.
        Kereta pengantin WXY 5821 milik Encik Faizal Hakim bin Osman, sila benarkan masuk ke perkarangan dewan jam 10 pagi.
    """),
    "zh-Hans": _lines("""
        新娘林晓雯，手机 138 2647 9153，身份证 440304199308173528，8月18日在深圳办婚礼，需要早上五点上门化妆。
        客户陈佩琪对睫毛胶过敏，上次试妆后眼睛肿了两天，这次请改用无乳胶的胶水。
        请把试妆照片发到新娘黄美仪的微信 wxid_huangmeiyi_0917，不要发到工作群里。
        新娘黄嘉欣家住蕉赖 Taman Connaught, 21 Jalan Cerdas 3，婚礼当天早上四点半到她家楼下。
        伴娘郑雅婷上个月刚做完甲状腺手术，脖子有一道疤，化妆时要用遮瑕膏盖住。
        新郎的妈妈刘秀兰至今还欠工作室马币800元尾款，反而在Facebook上说我们骗钱。
        退款请转入新娘本人的招商银行卡 6225 8801 2345 6783，户名周诗琪。
        化妆师李美玲的私人手机是 016-752 3398，她下个月开始休产假，新娘有事先找她。
    """),
    "zh-Hant": _lines("""
        新娘陳凱琳，香港身份證 K385216(4)，電話 6127 4830，十月在半島酒店擺酒，需要兩位化妝師。
        台北新娘吳佩珊，身分證 A227150431，手機 0928-615-307，預約十一月的新秘試妝。
        客人何綺雯試妝時說她有嚴重的玫瑰痤瘡，正在看皮膚科，婚禮當天只用她自己帶的藥膏和底妝。
        澳門新娘梁詠詩住氹仔海洋花園第三座12樓B，澳門身份證 5213478(6)，上門化妝請預早半小時到。
    """),
    "mixed": _lines("""
        Sis, my cousin Aishah Sofea's wedding at Dewan Sivik PJ, her hp 011-2384 7790, she nak full package with inai, can PM her direct?
        Eh the bride Vanessa Lee from the Sentosa wedding, her card kena declined twice already, she say her salary only come in on the 25th, can hold the booking until then?
        我的新娘 client Jayanthi Subramaniam 一直在 IG @jayanthi.mehndi.diaries tag 我们，说 henna 让她手起 blister 要我们赔钱。
        Bride's mum Auntie Lim Siew Hong just had knee surgery so cannot stand long, pls prepare a chair at her house Blk 118 Bishan St 12 #10-45.
        Kak, nak confirm booking: nama Amira Natasha, IC 950902-07-4418, tarikh 3/9, majlis di rumah Bayan Lepas, hp 017-425 9061.
        Boss, Ravi from the photo team say he going through bankruptcy, so dun pay him by cheque, transfer to his wife Mala's OCBC 601-238894-001 instead.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the booking assistant for a bridal makeup studio in Singapore."),
        (
            "user",
            "Hi, what's included in your full-day bridal package? My ROM is in the morning and dinner at night.",
        ),
        (
            "assistant",
            "Our full-day package covers a trial, the ROM look, a hairstyle change and a dinner touch-up, from S$1,288. A 30% deposit secures the date.",
        ),
        (
            "user",
            "Ok can book for 20 Nov 2027. Name is Vanessa Koh Li Ting, NRIC S9052316C, mobile 9471 2286, ROM at Fort Canning Green.",
        ),
        (
            "assistant",
            "Thank you, I have noted the date and details for the studio admin, who will send the deposit link.",
        ),
    ],
    [
        ("system", "Anda pembantu tempahan untuk sebuah studio mak andam di Shah Alam."),
        ("user", "Assalamualaikum, berapa harga inai pengantin untuk malam berinai?"),
        (
            "assistant",
            "Waalaikumussalam. Corak hujung jari RM80 dan corak penuh hingga pergelangan RM180.",
        ),
        (
            "user",
            "Ok. Sebenarnya saya Nur Hidayah Azman, pengantin bulan depan. Saya baru tahu saya hamil enam minggu, inai tu selamat tak untuk saya?",
        ),
        (
            "assistant",
            "Inai asli tanpa PPD biasanya selamat, tetapi sebaiknya dapatkan nasihat doktor dahulu dan kami boleh buat ujian tompok di pergelangan.",
        ),
    ],
    [
        ("system", "你是一家吉隆坡新娘化妆工作室的客服助理。"),
        (
            "user",
            "帮我写一封道歉信给新娘王丽娜，我们的助理没经过她同意就把她的婚礼照片放上了小红书。她的电话是 012-778 4312，我想先私下联系她。",
        ),
        (
            "assistant",
            "好的。王小姐您好，我们对未经您同意发布婚礼照片一事深感抱歉，照片已全部删除，我们希望能当面向您致歉并商讨补偿。",
        ),
    ],
    [
        ("system", "You help users write complaints and reviews."),
        (
            "user",
            "Help me write a Google review lah, the bridal makeup artist from Lumière Bridal came 2 hours late for my wedding.",
        ),
        ("assistant", "Sure. Should I mention the date and what happened in the morning?"),
        (
            "user",
            "Yes, and put that she came to my flat at Blk 233 Yishun Ring Road #07-1182 only at 7am, my gate ceremony already started, my mother-in-law very angry.",
        ),
        (
            "assistant",
            "Draft: The artist arrived two hours late to my home on my wedding morning, after the gate crash had already started. Very disappointing for such an important day.",
        ),
    ],
    [
        ("system", "You are an assistant for a henna and bridal makeup business in Singapore."),
        ("user", "How do I write a letter of demand for an unpaid balance?"),
        (
            "assistant",
            "State the services provided, the amount owed, a deadline for payment and that you will file at the Small Claims Tribunals if unpaid.",
        ),
        (
            "user",
            "It's for Deepa Raghavan, we did her sangeet and wedding henna in March, she still owes S$720 and told my staff her husband lost his job so she can't pay.",
        ),
        (
            "assistant",
            "Here is a draft addressed to Ms Deepa Raghavan for the S$720 outstanding, giving 14 days to pay or propose an instalment plan before any claim is filed.",
        ),
    ],
    [
        ("system", "你是香港一間新娘化妝工作室的助理。"),
        ("user", "請問上頭儀式需要準備甚麼？"),
        ("assistant", "一般需要龍鳳梳、紅頭繩、新衣和碌柚葉水，並請好命婆在吉時梳頭。"),
        (
            "user",
            "好，我叫李嘉欣，上頭那晚想請化妝師上門，地址是將軍澳尚德邨尚禮樓2314室，晚上十一點到。",
        ),
        ("assistant", "明白，我們會安排化妝師晚上十點半前抵達，並帶備上頭用品。"),
    ],
    [
        ("system", "You are an HR helper for a small bridal makeup studio."),
        (
            "user",
            "One of my artists, Nadirah Salleh, gave me an MC for two weeks. The doctor letter says major depressive disorder. How do I rearrange her bookings?",
        ),
        (
            "assistant",
            "Reassign her weddings to artists of the same level, tell the brides there is a change of artist without giving medical details, and keep the MC in a locked HR file.",
        ),
        (
            "user",
            "She also said she might need to reduce to part-time after this, can I cut her pay?",
        ),
        (
            "assistant",
            "Any change to salary or hours should be agreed in writing with her; check the Employment Act and MOM guidelines before changing her contract.",
        ),
    ],
    [
        ("system", "Anda membantu susun senarai tempahan untuk pasukan mak andam."),
        (
            "user",
            "Tolong susun jadual hujung minggu ni dalam bentuk senarai ikut masa, data ada dalam mesej sebelum ni.",
        ),
        (
            "assistant",
            "Sabtu 5.00 pagi: Siti Maisarah binti Yusri, 013-290 6648, rumah di No. 8 Jalan Mawar 2, Taman Melawati. Sabtu 2.00 petang: Nur Alya Batrisya, 019-337 1820, Dewan Seri Melati Ampang.",
        ),
        ("user", "Terima kasih, tambah catatan alergi."),
        (
            "assistant",
            "Siti Maisarah alah kepada lateks pada gam bulu mata; Nur Alya Batrisya tiada alahan direkodkan.",
        ),
    ],
    [
        ("system", "You are a customer service assistant for a henna studio on Serangoon Road."),
        (
            "user",
            "My friend Harini Balakrishnan got blisters on both hands two days after your artist did her bridal mehndi. She is at Tan Tock Seng A&E now.",
        ),
        (
            "assistant",
            "I'm very sorry to hear this. Could you share the booking number so we can check the batch of paste used?",
        ),
        (
            "user",
            "Booking HK-27-0415. Her number is 8826 5190, please call her husband if she doesn't answer.",
        ),
        (
            "assistant",
            "Thank you. We will call Ms Harini today, cover her medical bills and send the paste batch for testing.",
        ),
    ],
    [
        ("system", "你是新加坡一家新秘工作室的客服，用中文或英文回答。"),
        ("user", "Hi, 你们明年五月有档期吗？想问 Chinese + western 双造型的价钱。"),
        ("assistant", "五月还有几个周末档期，中西双造型配套 S$1,480，含试妆一次。"),
        ("user", "好的，先帮我留5月15号。"),
        ("assistant", "没问题，请留下联系方式，我们的 admin 会发订金链接给您。"),
        ("user", "我是新娘郭欣怡，微信 guo_xinyi_1988，手机 9318 6674，婚礼在 Marina Bay Sands。"),
    ],
]
