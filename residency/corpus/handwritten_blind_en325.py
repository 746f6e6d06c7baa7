# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en325: SG/MY beauty pageants and modelling agencies (contestant applications, measurements, portfolio shoots, minors' consent forms, scandals, agents' chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en325
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "casting_call_faq"): _lines("""
        Q: What is the minimum height to apply? A: There is no strict minimum, but most finalists are 165 cm and above barefoot, so please bring flat shoes to the measurement station.
        Q: Can I apply if I hold a Malaysian passport but work in Singapore? A: Only Singapore citizens and PRs aged 18 to 28 on 1 Jan 2027 are eligible; see clause 3.2 of the official rules.
        Q: Do I need a professional portfolio? A: No. Two unretouched phone photos taken in daylight (one full-length, one headshot, no filters) are enough for Round 1.
        Q: How do I submit? A: Apply online at apply.mirabellemodels.com.sg/2027 before 23:59 SGT on 15 Feb 2027; late or e-mailed forms will not be considered.
        Q: Who do I contact about the casting call? A: Email casting@mirabellemodels.com.sg or WhatsApp our front desk at +65 6838 2190 (Mon to Fri, 10am to 6pm, closed on PH).
        Q: Is there an entry fee? A: No. Anyone asking you to pay a registration deposit is not from us; please report it to the ScamShield Helpline at 1799.
        Q: What should I wear for the measurement session? A: Black fitted top, black leggings or bike shorts, nude heels of about 4 inches, hair tied back and minimal make-up.
        Q: Where is the open casting? A: Mirabelle Models, 51 Circular Road #03-02, Singapore 049406, a 5-minute walk from Raffles Place MRT Exit G.
        Q: Can under-18s attend? A: Applicants for the Teen & Kids division must come with a parent or legal guardian, who signs Form MM-07 (Parental Consent) on site.
        Q: Will my casting photos be used commercially? A: No. They are used only for selection and deleted 90 days after the final; read our PDPA notice v3.1 at mirabellemodels.com.sg/pdpa.
        Q: Is the agency licensed? A: Yes, Mirabelle Models Pte. Ltd., UEN 201734562K, holds EA Licence No. 17C8832 issued by the Ministry of Manpower.
        Q: I was in last year's top 20, can I re-apply? A: Yes, past finalists may re-apply once, but former national titleholders are not eligible to compete again.
        Q: When is the crowning night? A: The 2027 final is planned for 14 June at the Capitol Theatre, 17 Stamford Road; tickets from SGD 68 go on sale via SISTIC in April.
    """),
    ("en", "pageant_rules"): _lines("""
        3.1 Delegates must be female Malaysian citizens aged 18 to 27 as at 1 January of the competition year and must hold a valid passport by the date of the national final.
        4.2 Measurements (bust, waist, hips, height, weight) are taken once by the appointed medical officer on Day 2 and recorded in centimetres and kilograms; no re-measurement is allowed.
        5.4 Scoring weights: swimsuit or activewear round 15%, evening gown 25%, closed-door interview 35% and final question 25%; ties are broken by the interview score.
        6.1 Delegates shall not promote competitors of the title sponsors (skincare, haircare, bridal houses and jewellers) on any social media account from 1 May 2027 until crowning night.
        7.3 Cosmetic procedures carried out within 6 months of the final must be declared on Form R-12; failure to declare is grounds for disqualification or dethronement.
        8.1 The national titleholder receives RM 30,000 in cash, a 12-month contract with the Organisation and the right to represent Malaysia at the international final in Bangkok.
        9.2 A chaperone appointed by the Organisation must be present at all fittings; no photographer, designer or sponsor may be alone with a delegate in a closed room.
        10.1 Delegates under contract with a modelling agency must produce a written release letter from that agency by 31 March 2027; the Organisation will not pay buy-out fees.
        11.4 The decision of the panel of judges, chaired by the National Director, is final; score sheets are audited by an independent firm of chartered accountants before the announcement.
        12.2 During the reign the titleholder may not appear in advertising for alcohol, tobacco, vape products or gambling, in line with the Malaysian Content Code.
        13.1 The Organisation may withdraw the title for breach of contract, a criminal conviction or conduct bringing the title into disrepute, after a hearing of the Disciplinary Committee.
        14.5 Personal data collected under these rules are processed according to the Personal Data Protection Act 2010 (Act 709); retention periods are set out in Schedule C.
        15.3 Schedule of charges: lost sash replacement RM 180, lost crown replica RM 2,400, payable to Miss Heritage Malaysia Sdn. Bhd. (202101034567) within 14 days of notice.
    """),
    ("en", "booking_system_logs"): _lines("""
        2026-11-28T09:14:07+08:00 INFO booking-svc job=BK-20261128-0472 client=FairPrice Group shoot=CNY-2027-print status=CONFIRMED models=3 rate_sgd=650/half-day
        2026-11-28T09:14:09+08:00 WARN casting-api rate limit hit on /v2/submissions (429) retry_after=30s request_id=7f3a9c1e-2b44-4d1a-9e0c-55b8a1d2f6e0
        2026-11-28T11:02:51+08:00 ERROR media-store upload failed file=LOOKBOOK_SS27_0193.CR3 size=48.2MB md5=9b1e04c7aa3d5f2e61c0b8e7d4a92f13 reason=bucket quota exceeded
        agency.yaml: booking: { currency: SGD, gst_rate: 0.09, min_booking_hours: 4, overtime_multiplier: 1.5, cancellation_window_hours: 48, kids_max_hours: 4 }
        SELECT booking_id, client_code, shoot_date, hours FROM bookings WHERE shoot_date BETWEEN '2027-01-02' AND '2027-01-31' AND status <> 'CANCELLED' ORDER BY shoot_date;
        export COMP_CARD_TEMPLATE=compcard_v4.2.indd; export PRINT_VENDOR_API=https://api.printhub.example/v1; export DEFAULT_BLEED_MM=3
        def fmt_measurements(bust_cm: int, waist_cm: int, hip_cm: int) -> str: return f"{bust_cm}-{waist_cm}-{hip_cm}"  # e.g. 81-61-89 on the comp card
        2026-11-29 18:40:12 INFO invoice-gen INV-MM-2026-11-0388 issued to Shiseido Singapore Co. (Pte) Ltd total=SGD 7,412.00 incl. GST due=2026-12-29
        0 3 * * * /opt/agency/bin/purge_casting_photos --older-than 90d --dry-run=false >> /var/log/agency/purge.log 2>&1
        2026-11-30T22:05:33+08:00 INFO shipping courier=Ninja Van awb=NVSGMIRAB000482731 item=crown-replica-box status=OUT_FOR_DELIVERY hub=Tuas
        booking_id,client_code,job_type,shoot_date,location_code,model_count,day_rate_sgd,usage_months,territory,buyout_sgd,status
        2026-12-01T10:00:00+08:00 INFO release v3.8.1 deployed to casting-portal (commit a41f9e2, build 1187); changelog: height field now accepts cm and ft/in
        HTTP 200 GET /api/v2/castings?region=MY&category=runway&page=2 latency_ms=142 user_agent=CastingPortal-iOS/5.3.0 (build 611)
    """),
    ("en", "pageant_news_public_figures"): _lines("""
        Michelle Yeoh, crowned Miss Malaysia in 1983, went on to win the Academy Award for Best Actress in 2023 for Everything Everywhere All at Once.
        Deborah Henry, Miss Universe Malaysia 2011, is now better known for her advocacy for refugee children and the Fugee School she co-founded in Kuala Lumpur.
        Former Miss Hong Kong Michelle Reis, who won both Miss Hong Kong and Miss Chinese International in 1988, is still cited as one of the most famous pageant alumni.
        Maggie Cheung was first runner-up at Miss Hong Kong 1983 and represented Hong Kong at Miss World the same year, before her film career took off.
        Taiwanese model and actress Lin Chi-ling, often called Taiwan's first supermodel, fronted many Asian beauty and fashion campaigns in the 2000s.
        Penang-born shoe designer Datuk Jimmy Choo, whose name became a global luxury brand, is often cited by young Malaysian models as proof you can start from a small town.
        Victoria Kjaer Theilvig of Denmark was crowned Miss Universe 2024 in Mexico City, the first Danish winner in the pageant's history.
        Harnaaz Sandhu of India won Miss Universe 2021 at the final held in Eilat, Israel, ending a 21-year wait for her country.
        South Africa's Zozibini Tunzi, Miss Universe 2019, said in her final answer that the most important thing to teach young girls today is leadership.
        The Miss Heritage Malaysia Organisation said on Monday that this year's final will be broadcast live on TV3 and streamed on Tonton, with the top 5 revealed at 10.30pm.
        Fans compared the closing walk to the scene in The Devil Wears Prada where Miranda Priestly lectures her assistant about the cerulean sweater, and the clip trended within minutes.
        Anita Yuen, Miss Hong Kong 1990, later won Best Actress at the Hong Kong Film Awards, a path many TVB pageant winners have tried to follow.
        Vogue Singapore, launched in September 2020, ran a cover story on Southeast Asian pageant culture and how social media changed the way delegates are scouted.
    """),
    ("mixed", "agency_staff_group_chat"): _lines("""
        Guys the Sentosa swimwear shoot tmr call time 6.30am sharp at Tanjong Beach, sunrise only got 40 min window, don't be late ah, MUA van leaves office 5.45
        Client just called, they want the Raya look changed to baju kurung moden instead of kebaya, wardrobe pls pull 4 sets size S-M by Thurs can or not
        Invoice INV-2026-1142 for the Watsons shoot still unpaid leh, 60 days already, accounts pls chase their finance dept, PO number is 4500982217
        Studio B aircon rosak again lah, technician coming 2pm, move all the headshot sessions to Studio A ok? booking system already updated
        今晚的 fitting 改到 8pm, designer's atelier at Jalan Telawi, Bangsar, parking susah gila, better take Grab and claim from petty cash
        Reminder: all parental consent forms for the Kids division must be scanned to /Castings/2027/Kids/Consent before the shoot, no form no shoot, no exceptions ok
        Ah Hock Lighting quote came in: 2x Profoto B10 + 1 beauty dish + 4 C-stands, RM 850/day, deposit RM 500, can confirm for Sat?
        FYI the pageant org just emailed run-of-show v7, rehearsal moved to Sunday 2pm at the hotel ballroom, all walkers bring nude heels + black robe
        Haiya printer spoil again, comp cards for the Shanghai go-see cannot print, anyone going Bras Basah tmr can collect from the print shop? order no. PB-77812
        Wah the IG reel for the Tangs campaign already 120k views in 6 hours, marketing say boost another SGD 300, boss approved already
        Ok the Muji Malaysia lookbook confirmed, 2 days at the Publika studio, RM 1,200/day per model, usage 12 months SEA, buyout included
        Tolong check contract template v2.3, clause 8 still says GST 8%, should be 9% since Jan 2024, legal pls fix before we send out anything
        Casting poster approved: open call 18 Jan, 11am-5pm, ages 16-25, bring IC, wear black, venue our KL office Level 12, Menara Hap Seng 2, Jalan P. Ramlee
    """),
    ("ms", "notis_pertandingan"): _lines("""
        NOTIS: Uji bakat terbuka Miss Heritage Malaysia 2027 akan diadakan pada 18 Januari 2027, jam 10 pagi hingga 5 petang, di Dewan Serbaguna Kompleks Belia, Shah Alam.
        Syarat penyertaan: warganegara Malaysia, berumur 18 hingga 27 tahun, tinggi sekurang-kurangnya 163 cm, dan fasih berbahasa Melayu serta Inggeris.
        Peserta dikehendaki membawa salinan MyKad, dua keping gambar berukuran pasport dan borang penyertaan yang telah dilengkapkan (Borang MHM-01).
        Bagi peserta di bawah 18 tahun (kategori Remaja), borang kebenaran ibu bapa atau penjaga (Borang MHM-07) wajib ditandatangani di hadapan urus setia.
        Sebarang pertanyaan boleh diajukan kepada urus setia di talian 03-2141 8800 atau e-mel urusetia@missheritage.com.my pada waktu pejabat sahaja.
        Yuran penyertaan adalah PERCUMA. Penganjur tidak pernah meminta deposit melalui WhatsApp; sila laporkan sebarang penipuan kepada talian NSRC 997.
        Kod pakaian untuk sesi ukuran badan: baju-T hitam, seluar ketat hitam dan kasut tumit 3 inci; rambut diikat kemas tanpa solekan tebal.
        Jadual penggambaran portfolio: Kumpulan A 9.00 pagi, Kumpulan B 11.30 pagi, Kumpulan C 2.30 petang di Studio Cahaya, Jalan SS 2/24, Petaling Jaya.
        Penganjur: Miss Heritage Malaysia Sdn. Bhd. (No. Pendaftaran 202101034567), Aras 9, Menara Sentral, Jalan Stesen Sentral 5, 50470 Kuala Lumpur.
        Makluman: Malam kemuncak akan disiarkan secara langsung melalui TV3 pada 13 Jun 2027 jam 9 malam dan distrim di platform Tonton.
        Perhatian semua finalis: latihan catwalk ditunda ke hari Sabtu, 20 Februari, jam 2 petang di Dewan Tun Razak; sila bawa kasut tumit tinggi sendiri.
        Hadiah: Johan menerima wang tunai RM30,000, mahkota replika, kontrak setahun dengan penaja utama dan rawatan kulit percuma di klinik rakan kongsi.
        Dasar privasi: data peribadi peserta diproses mengikut Akta Perlindungan Data Peribadi 2010 dan dipadam 12 bulan selepas pertandingan tamat.
    """),
    ("zh-Hans", "模特经纪报价单"): _lines("""
        【星澜模特经纪 2027 报价单】平面拍摄（半天4小时）：新人模特 RMB 1,800；签约模特 RMB 3,500；超时每小时按日薪的1.5倍计算，不足1小时按1小时计。
        走秀报价：品牌发布会每场 RMB 2,500 起，含一次彩排；如需试装另加 RMB 600/次，外地活动另付往返高铁二等座车票及四星级酒店住宿。
        肖像使用权（买断）：中国大陆地区12个月加收拍摄费的80%，东南亚地区另加50%，港澳台地区另加40%，全球永久买断请单独询价。
        儿童模特（4–12岁）每天拍摄不得超过4小时，必须由监护人全程陪同，报价 RMB 1,200/半天，含一次服装更换，现场须备休息室。
        化妆造型：日常妆 RMB 500，新娘妆 RMB 1,200，舞台妆 RMB 800；发型单独收费 RMB 300 起，假发及头饰租赁另计，需提前两天预约。
        影棚租赁：A棚（白色无缝背景，300㎡）RMB 680/小时，3小时起租；B棚（自然光）RMB 480/小时。地址：上海市静安区昌平路990号2号楼5楼。
        联系方式：商务合作请致电 021-6288 5190 或发送邮件至 booking@xinglanmodels.cn，工作日 9:30–18:30，节假日请留言，我们会尽快回复。
        公司名称：上海星澜文化传播有限公司，统一社会信用代码 91310106MA1FY3K27X；开具发票请提供贵司税号、开户行及对公账号信息。
        付款方式：签约后支付50%定金，拍摄完成后7个工作日内付清尾款；仅接受对公账户转账，恕不接受任何个人账户收款，请谨防诈骗。
        取消政策：拍摄前72小时以上取消全额退还定金；48至72小时内取消扣除定金的30%；24小时内取消或当天改期，定金概不退还。
        选美赛事培训课程：台步、镜头表现、面试问答三项合一，共8节课 RMB 6,800；另有一对一私教课 RMB 980/节，可按需预约。
        模卡（Comp Card）制作：含拍摄、精修10张、排版及印刷200张，套餐价 RMB 2,980，订单号格式如 XL-CC-20270108-031，请妥善保存。
        备注：以上价格均不含6%增值税专用发票税点；春节期间（2027年2月4日至2月14日）所有项目价格上浮30%，档期紧张请提前预订。
    """),
    ("zh-Hant", "選美歷史"): _lines("""
        香港小姐競選始於1946年，自1973年起由無綫電視（TVB）主辦，數十年來一直是香港最具代表性、收視最高的選美活動之一，培養出不少影視紅星。
        1983年香港小姐競選中，張曼玉獲得亞軍，同年代表香港出戰世界小姐，其後轉戰影壇，成為國際知名的影后，至今仍常被視為港姐傳奇。
        李嘉欣於1988年同時奪得香港小姐冠軍及國際華裔小姐冠軍，被不少傳媒譽為「最美港姐」之一，其後在影視、廣告及時裝界發展多年，至今仍活躍於公眾視野。
        袁詠儀於1990年當選香港小姐冠軍，之後憑電影《新不了情》獲得香港電影金像獎最佳女主角，是港姐成功轉型為演員的經典例子之一，至今仍常被提及。
        台灣在1960年代曾舉辦「中國小姐」選拔，其後停辦多年，近年則由各類品牌代言人選拔及模特兒大賽取而代之，成為新人入行的途徑。
        林志玲早年以模特兒身份出道，2000年代成為台灣最具代表性的名模，被媒體稱為「台灣第一名模」，其後亦參與多部電影及電視劇演出，並擔任多個品牌代言人。
        楊紫瓊於1983年當選馬來西亞小姐，後轉戰香港影壇拍攝動作片，2023年憑《媽的多重宇宙》奪得奧斯卡最佳女主角，成為亞洲首位得主。
        國際華裔小姐競選自1988年起由無綫電視舉辦，參賽者來自世界各地華人社區，包括溫哥華、多倫多、吉隆坡、新加坡及悉尼等地。
        不少早年的電視大型節目曾在銅鑼灣利舞臺舉行，利舞臺於1991年拆卸，原址現為同名商業大廈利舞臺廣場，位於銅鑼灣波斯富街與禮頓道交界。
        1960至70年代，香港百貨公司如大丸、松坂屋經常舉辦時裝表演，培養出第一代本地職業模特兒，亦帶動了模特兒經理人行業的出現。
        選美比賽的泳衣環節近年備受爭議，部分國際賽事已改為運動服或取消此環節，香港小姐亦曾多次調整泳衣表演的形式、服裝款式與拍攝安排。
        張愛玲在小說《傾城之戀》中描寫的淺水灣酒店，後來成為不少時裝雜誌拍攝外景的熱門地點，白流蘇與范柳原的故事亦常被用作拍攝主題。
        澳門旅遊塔與新濠天地等地標，近年常被用作時裝品牌發佈會及模特兒大賽決賽場地，吸引香港、澳門、台灣及東南亞各地的參賽者與業界人士前來參與。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Application MHM-2027-0318: Nurul Izzati binti Rosli, 21, height 170 cm, bust-waist-hip 82-63-90, MyKad 050614-10-5432, mobile 013-782 4419, hometown Klang.
        Consent form MM-07: I, Tan Bee Lian (NRIC S7719263H), mother of Chloe Lim Xin Yi, aged 14, allow her to take part in the Teen Division catalogue shoot on 11 Jan 2027.
        Don't book Priya Ramasamy for the January swimwear job, she told me privately she's 3 months pregnant and hasn't told the client or her parents yet.
        Heard from the stylist that Jasmine Koh from our Tanjong Pagar roster is going through a messy divorce and her ex keeps turning up at the studio.
        Payout for the Sentosa shoot goes to POSB savings 188-45271-9 this time, not the agency account, she asked specially.
        Pls WhatsApp the new girl from Ipoh at 016-553 2087 to confirm her fitting on Thurs, she never checks her email.
        Courier the signed contract to her home: Blk 412 Bedok North Ave 2, #09-217, Singapore 460412, attention Ms Farah Hanim, call before delivery.
        Aisyah Kamal fainted at rehearsal; the clinic says it's an anorexia relapse with low potassium and the doctor wants her off the runway for at least 6 weeks.
        Reminder to Vanessa Teo: you still owe the agency SGD 4,850 for the portfolio package and test shoots; the balance must be cleared before we release your comp cards.
        The Penang delegate Michelle Ong Hui Ling was arrested last night near Gurney Drive for drink-driving, legal says nobody comments to the press.
        MHM-0412,Kavitha a/p Subramaniam,1999-08-21,990821-08-6124,kavitha.subra99@gmail.com,012-908 3351,172,80-61-88,Perak,finalist
        2026-12-02T14:22:10+08:00 INFO casting-portal login ok user=sharon.lee.yt@gmail.com ip=203.116.44.19 device=iPhone15 action=upload_bikini_test
        Contract renewal for Daniel Wong Jun Hao: retainer raised to SGD 3,200/month plus 20% commission, please do NOT tell the other male models.
        Child model registration: Arjun Menon, age 9, FIN G6623190P, guardian mobile 9736 2184, allergic to latex body paint, no face glitter.
        Email from the contestant's father Mr Chua Kok Wee (chua.kokwee@singnet.com.sg) threatening to sue because his daughter was cut from the top 20.
        Uploaded IMG_4471.jpg, unedited test shot of Rachel Seah in her Punggol flat, geotag 1.4043,103.9021 still in the EXIF, do NOT send to the client.
        The man who keeps waiting outside the agency drives a white Honda Vezel SNB4721K and has been following Sherlyn Goh home from the MRT since October.
        Ah Girl from the Johor batch, the one with the mole on her chin, keeps asking for cash advances because her father's gambling debts are piling up.
        Flight manifest for the Bangkok final: Nur Aleeya Zulkifli, passport A58124307, DOB 14/03/2004, seat 32A, vegetarian meal, chaperone seated 32B.
        Name: Celine Chan Wai Yee | HKID: K482913(1) | DOB: 02-09-2001 | Mobile: +852 9316 2048 | Address: Flat 12B, Block 3, Laguna City, Kwun Tong | Height: 174 cm
        Contestant 09 is actually Hannah Lim Jia Qi and she is 17, not 18, her birth cert says 12 Aug 2009, so we need her mum's consent form before the final.
        For bookings talk directly to me, not the agency ok: kelly.tanmodel@hotmail.com or 8125 6630, I can do cheaper than their rate.
    """),
    "mixed": _lines("""
        Eh the Miri girl, Stella anak Jugah, her mother called me crying, say Stella got depression and tak nak makan since the elimination, can we arrange counselling?
        Boss, Mei Ling 的 deposit RM 2,000 还没还 leh, she say next month gaji masuk baru bayar, her number 017-248 9051 you call her yourself lah.
        Update: Siti Hajar punya passport A61093572 dah expired, new one ready next Tues, for the Kuching show she use MyKad 030917-14-6288 for domestic flight first.
        陈太 call again about her daughter's swimsuit photos, she say we must delete all, her daughter only 16, call 陈太 back at 9027 3318 before 5pm.
        Model fee for Ravi pls bank in to Maybank 1142 0387 5621, nama Ravindran a/l Muthu, before Friday ok, he already chase me three times.
        Ah Boy the male model kena caught with vape at Changi, fined SGD 500, he begging us don't tell his parents lah, how now?
        Eh can help me tell the photographer, my address for the courier is No. 27, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam, under my name Amira Sofea.
        Lina 的 boyfriend 昨天来 studio 打她，she already made police report Brickfields/008721/26, security pls don't let him into the building.
    """),
    "ms": _lines("""
        Borang penyertaan: Nama: Nor Syafiqah binti Hamzah, No. MyKad: 010405-03-5782, Alamat: Lot 1123, Kampung Pulau Melaka, 15400 Kota Bharu, Kelantan, Tel: 019-944 2016.
        Puan Rohani, ibu kepada peserta remaja Dayang Nurfarah (15 tahun), telah memberi kebenaran bertulis untuk sesi fotografi pada 12 Januari; tel. penjaga 011-2735 8841.
        Finalis Sabah, Jessica Gimbang, memaklumkan bahawa dia menghidap asma teruk dan perlu membawa inhaler ke semua sesi latihan catwalk.
        Bayaran elaun peserta ke akaun CIMB 7062 1185 43 atas nama Mohd Hafiz bin Osman, untuk penggambaran iklan Hari Raya minggu lepas.
        Aduan: jurugambar itu menghantar mesej tidak senonoh kepada anak saya Nurin Aqilah melalui Instagram @nurinaqilah.ofc, sila ambil tindakan segera.
        Cik Farahin masih berhutang RM3,600 kepada agensi untuk kos kelas catwalk dan portfolio; surat tuntutan akan dihantar ke rumahnya di Kuantan minggu ini.
        Plat kenderaan lelaki yang mengekori peserta ialah WXY 8812, Proton X50 kelabu; peserta Aina Batrisya sudah membuat laporan polis di IPD Dang Wangi.
    """),
    "zh-Hans": _lines("""
        报名表：姓名 林晓雯，身份证号 440306199805173628，身高 172cm，三围 84-62-90，手机 139 2874 6051，现住 深圳市南山区南光路28号南光花园3栋1502。
        郑女士的女儿今年才13岁，她要求我们把孩子泳装试镜的照片全部删除，否则就投诉到妇联，联系电话 186 2071 4439。
        听说那个从成都来的模特小雪其实欠了网贷二十多万，最近一直找同事借钱，大家小心点别借给她。
        合同已寄到王梓涵家：上海市浦东新区张杨路1200弄18号602室，收件人王梓涵，手机 158 0216 7734，请注意查收。
        选手周欣怡确诊了甲状腺功能亢进，体重一个月掉了6公斤，医生建议退赛，这件事请不要在群里外传。
        模特佣金请转至招商银行 6214 8321 0563 9917，户名 刘佳琪，备注：12月车展礼仪三天。
        阿杰（男模，真名黄俊杰）上周因为打架被派出所行政拘留了五天，品牌方已经在问能不能换人。
    """),
    "zh-Hant": _lines("""
        參賽者資料：陳曉彤，香港身份證 Y305617(A)，出生日期 2003年6月18日，住址 新界沙田第一城38座21樓F室，電話 6392 1175。
        林太話佢個女 Kelly 今年先15歲，簽同意書之前要睇清楚泳衣環節，有問題打去佢手提 9481 6620。
        台北模特兒張雅婷，身分證字號 A235184067，地址 台北市大安區仁愛路四段27巷9號3樓，手機 0912-386-475，請更新到經紀合約。
        聽講黃家欣同個攝影師有債務糾紛，欠咗佢二十幾萬，而家日日畀人追數，佢老公仲同佢鬧緊離婚。
        澳門參賽者何嘉敏，澳門居民身份證 5213784(2)，因為懷孕已經退出比賽，大會對外只會話私人理由，請勿公開。
        阿May嘅模特費請過數去匯豐 168-520493-838，唔好轉去公司戶口，佢話屋企等錢交租。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking-desk assistant for a Singapore modelling agency. Keep messages short and friendly.",
        ),
        (
            "user",
            "Draft a WhatsApp to our model Eunice Lau (9361 4028) telling her the Tangs shoot moved to Saturday 9am, same studio, and she must bring her own nude heels.",
        ),
        (
            "assistant",
            "Hi Eunice! Quick update: the Tangs shoot has moved to Saturday, 9am, same studio as before. Please remember to bring your own nude heels. Let us know if you can make it, thank you!",
        ),
        ("user", "Add that the fee stays at SGD 650 and payment goes to her usual account."),
        (
            "assistant",
            "Hi Eunice! Quick update: the Tangs shoot has moved to Saturday, 9am, same studio. Please bring your own nude heels. Your fee stays at SGD 650 and will be paid to your usual account. Please confirm, thanks!",
        ),
    ],
    [
        (
            "user",
            "My daughter Sophia Lee, 12, NRIC T1456283J, got picked for a kids' fashion catalogue. The agency sent a consent form. What should I check before I sign?",
        ),
        (
            "assistant",
            "Good that you are reading it first. Check the maximum working hours per day, whether a parent may stay on set at all times, what wardrobe is involved, how long and where the photos may be used, the fee and when it is paid, and how you can withdraw consent. Avoid clauses granting perpetual worldwide usage without extra payment.",
        ),
        (
            "user",
            "It says usage is perpetual and worldwide, and the fee is only SGD 200. Also they want her home address 23 Jalan Kechubong, Singapore 578432 on the form. Is that normal?",
        ),
        (
            "assistant",
            "A perpetual worldwide buyout for SGD 200 is low; you can ask to limit usage to 12 months in Singapore and Malaysia. Agencies do need a guardian contact, but you can ask whether a mailing address is really necessary and how they protect it under the PDPA.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk peserta pertandingan ratu cantik. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Saya Nur Hidayah binti Azman, 20 tahun, MyKad 060211-01-5524, tinggi 165 cm, berat 58 kg. Saya nak masuk Miss Heritage tapi risau pinggang saya 70 cm. Ada peluang tak?",
        ),
        (
            "assistant",
            "Ada peluang. Ukuran badan hanya satu bahagian penilaian; sesi temu duga dan keyakinan di pentas biasanya membawa markah lebih tinggi. Fokus pada postur, latihan catwalk dan persediaan soalan akhir. Elakkan diet melampau sebelum sesi ukuran.",
        ),
        (
            "user",
            "Doktor kata saya ada PCOS, sebab tu berat susah turun. Perlu ke saya beritahu penganjur?",
        ),
        (
            "assistant",
            "Anda tidak wajib mendedahkan PCOS kecuali borang perubatan rasmi memintanya. Jika ditanya, nyatakan secara ringkas dan teruskan nasihat doktor anda. Maklumat kesihatan ialah data sensitif dan penganjur perlu menyimpannya secara sulit.",
        ),
    ],
    [
        ("system", "你是一家选美经纪公司的客服助理，帮助工作人员整理投诉内容。"),
        (
            "user",
            "帮我总结一下：选手许梦琪的父亲许建国（电话 137 6092 4418）昨晚打电话投诉，说女儿在泳装环节被摄影师偷拍，照片被传到小红书，他要求公司道歉并赔偿两万元。",
        ),
        (
            "assistant",
            "投诉摘要：投诉人为选手许梦琪的父亲许建国，联系电话 137 6092 4418。内容：称女儿在泳装环节被摄影师偷拍，照片被上传至小红书。诉求：公司公开道歉并赔偿人民币两万元。建议：尽快核实摄影师身份、联系平台下架照片，并由法务回复。",
        ),
        ("user", "再帮我写一句给他的初步回复，语气诚恳一点。"),
        (
            "assistant",
            "许先生您好，非常抱歉让您和梦琪受到困扰。我们已着手调查此事并联系平台删除相关照片，将在48小时内给您正式答复。",
        ),
    ],
    [
        (
            "user",
            "我係之前選過港姐嘅參賽者陳嘉儀，最近有人喺討論區貼咗我未修圖嘅泳衣相，仲寫埋我住喺將軍澳日出康城第5期。我可以點做？",
        ),
        (
            "assistant",
            "你可以先截圖保存證據，包括帖文連結同時間，然後向討論區管理員舉報要求刪除。如帖文披露你嘅住址，可以向個人資料私隱專員公署投訴；如果涉及起底或者滋擾，亦可以報警處理。",
        ),
        ("user", "如果查到係前經理人放出嚟，我可唔可以告佢？"),
        (
            "assistant",
            "有可能。可以先諮詢律師，視乎合約條款同資料取得方式，考慮違約、侵犯私隱或起底相關罪行。保留所有證據非常重要。",
        ),
    ],
    [
        (
            "system",
            "You help a KL modelling agency's accounts team compute payouts. Agency commission is 20%.",
        ),
        (
            "user",
            "Pls calculate nett payout for Raya shoot: Yasmin Idris RM 1,500 to Maybank 1640 2298 7713; Kenny Lau RM 1,200 to Public Bank 4-8831207-19; Thivya a/p Ganesan RM 900 to RHB 2-14533-0092184.",
        ),
        (
            "assistant",
            "After 20% commission: Yasmin Idris RM 1,200.00 (Maybank 1640 2298 7713); Kenny Lau RM 960.00 (Public Bank 4-8831207-19); Thivya a/p Ganesan RM 720.00 (RHB 2-14533-0092184). Total payout RM 2,880.00, agency commission RM 720.00.",
        ),
        ("user", "Thivya say she want cash instead, can or not?"),
        (
            "assistant",
            "You can, but record it with a signed cash receipt stating the amount and date, and keep it with the job file so the books still match.",
        ),
    ],
    [
        (
            "system",
            "Model profile loaded from CRM: Marcus Yeo Zhi Wei, NRIC S8823415D, DOB 1988-04-02, height 183 cm, chest 98 cm, waist 79 cm, mobile 9684 3310. Note: recovering from a knee ligament tear, no running until February.",
        ),
        (
            "user",
            "Marcus has a sportswear campaign in 6 weeks. Suggest a training plan to get camera-ready.",
        ),
        (
            "assistant",
            "Given his knee ligament recovery, focus on low-impact work: cycling or swimming 3 times a week, upper-body and core strength sessions, physio-approved leg work, and a steady diet with enough protein. Avoid running and jumping until his physiotherapist clears him in February.",
        ),
    ],
    [
        (
            "user",
            "A man has been following me home after every shoot. He drives a black Mazda 3, plate JQR 2417 from Johor. I live at 8 Lorong Ampang 4, Taman Bukit Indah. My name is Chong Yi Xuan. What should I do?",
        ),
        (
            "assistant",
            "Your safety comes first. Note dates, times and photos of the car, tell your agency so staff can escort you after shoots, vary your route home, and lodge a police report at the nearest station with the plate number. If he approaches you, call 999 immediately.",
        ),
        (
            "user",
            "My agency says it's not their problem. Can I ask them to stop giving out my schedule?",
        ),
        (
            "assistant",
            "Yes. Put it in writing: ask them not to share your schedule or address with anyone outside the booking team, and remind them they must protect your personal data under the PDPA.",
        ),
    ],
    [
        (
            "user",
            "Hi, anak saya Qistina Humaira, 16 tahun, ada eczema teruk kat lengan. Dia dapat panggilan untuk photoshoot baju sekolah. Boleh ke dia pergi?",
        ),
        (
            "assistant",
            "Boleh, tapi maklumkan agensi dan jurusolek lebih awal supaya mereka guna produk yang sesuai untuk kulit sensitif. Bawa krim yang doktor beri dan minta lengan panjang jika boleh. Sebagai penjaga, anda juga perlu menandatangani borang kebenaran.",
        ),
        (
            "user",
            "Agensi minta nombor telefon saya untuk borang, 012-665 3029, dan salinan MyKad dia 100822-10-6148. Selamat ke bagi?",
        ),
        (
            "assistant",
            "Untuk kontrak model bawah umur, agensi biasanya perlukan butiran penjaga dan pengenalan diri. Hantar melalui saluran rasmi agensi, bukan kepada individu, dan tanya bagaimana mereka menyimpan data itu.",
        ),
    ],
    [
        (
            "system",
            "You help models from Taiwan and mainland China prepare paperwork for jobs in Singapore.",
        ),
        (
            "user",
            "我是台灣模特兒 吳佩珊，身分證 F220477318，護照 358214906，下個月要去新加坡拍廣告。Can you draft an invitation letter the agency should send me?",
        ),
        (
            "assistant",
            "Sure. Draft: Dear Ms Wu Pei-Shan (Passport No. 358214906), we are pleased to invite you to Singapore from 10 to 14 January 2027 for a commercial shoot. Our agency will cover your return airfare and accommodation. Please note this letter does not replace any work pass required by the Ministry of Manpower.",
        ),
        (
            "user",
            "Also my colleague from Xiamen, 李思琪, ID 35020320040711842X, is coming too. Add her?",
        ),
        (
            "assistant",
            "Added: The invitation also covers Ms Li Siqi (PRC ID 35020320040711842X), who will join the same shoot. Remember that she may need a Singapore entry visa, so she should apply early.",
        ),
    ],
]
