# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en162: SG/MY modelling and talent agencies (casting calls, comp cards, measurements, contracts, minors' consent, payment disputes). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en162
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "casting_call"): _lines("""
        CASTING CALL: Female models 18-28, min height 170cm, for a skincare TVC shooting 14-15 Jan in Tanjong Pagar. Fee SGD 800/day + usage 6 months SG digital only. Email comp card and 2 digitals to castings@lumenmodels.sg, subject "SKN-TVC-0114".
        Looking for a Malay family (father, mother, 2 kids aged 5-9) for a Hari Raya print campaign, KL shoot on 2 March. Submissions through agencies only, no direct applications.
        Kids casting for a toy brand: boys and girls 4-7 years old, all races, must be comfortable in front of the camera. Parent must accompany at all times. Slots 10am-1pm this Saturday, studio in Ubi.
        URGENT: 3 male fitness talents (Chinese / Malay / Indian) for gym brand social content, Thu 9am-3pm, Bangsar. RM650 per pax, payment 60 days after invoice.
        Runway casting: women 175cm and above, men 185cm and above. Bring heels or walking shoes, wear black fitted clothing, no makeup. Casting ref SFW-RW-27.
        VO casting: Mandarin + Hokkien female voice, sounds 35-45, warm "auntie next door" tone, for a radio spot on estate upgrading works. Rate per script as per agency rate card.
        Open call at our Orchard studio this Sat, walk-ins 11am-4pm. Bring photo ID for sighting only, we do not photocopy or keep it. Under 18s must come with a parent or guardian.
        Extras needed for a Malay telemovie in Shah Alam, pasar malam scene, 40 pax, RM120 for 12 hours incl. makan. Report 6am, bring own baju kurung or baju melayu.
        Hand model casting: natural nails, no tattoos or scars on hands, ring size 5-7. Fee SGD 450 for half day. Ref HM-0926.
        Brand ambassador search for a Penang cafe chain: age 20-35, Hokkien a plus, 3-month contract, 4 IG posts + 2 reels per month.
        Seeking Eurasian or mixed-heritage male, 25-35, for a bank commercial. Must be SC or PR as the client will not sponsor a work pass for this job.
        Character casting: a Phua Chu Kang-style contractor for a home renovation ad, yellow boots, curly hair, heavy Singlish. Comedy timing essential.
        Callback list for the telco TVC will be published on the agency app on Friday 6pm. Please do not call the office to ask whether you made it.
    """),
    ("en", "agency_policy"): _lines("""
        Clause 7.2: The Agency shall remit the Model's fees within thirty (30) days of receipt of payment from the Client, less the Agency's commission of twenty per cent (20%).
        Clause 9: The Model shall not accept direct bookings from any Client introduced by the Agency for a period of twelve (12) months after termination of this Agreement.
        For talents under 18, the parental consent form must be signed by a parent or legal guardian, a chaperone must be on set at all times, and there is no filming after 10pm for under-16s.
        Measurements on comp cards are updated every six months. Models must inform their booker of any change above 2cm or a new hair colour before accepting further bookings.
        Payment schedule: fees for jobs completed in a calendar month are paid on the last Friday of the following month by bank transfer. GST is charged on the agency commission only.
        In line with the PDPC advisory guidelines, we do not collect full NRIC numbers unless required by law; call sheets show only the last four characters, e.g. S****567D.
        Usage rights: the standard licence covers Singapore digital for 12 months. Extension to Malaysia adds 50% of the base fee; print and OOH usage are quoted separately.
        Cancellation policy: client cancellations within 48 hours of call time are billed at 50% of the booking fee, and within 24 hours at 100%.
        Overtime is billed in 30-minute blocks at 1.5x the hourly rate after the 8th hour, and travel beyond 1 hour each way counts as working time.
        Anti-harassment rule: no photographer, stylist or client may be alone with a model in a closed changing area. Incidents go to the welfare officer within 24 hours and are handled in confidence.
        Foreign models need a valid work pass before any paid engagement in Singapore. Attending castings on a visit pass is allowed; shooting is not.
        TALENT DETAILS FORM / Model name: __________ / NRIC or Passport no.: __________ / Bank: __________ / Account no.: __________ / Signature and date: __________
        Lingerie, swimwear and implied nudity jobs require the model's written consent at least 72 hours in advance. The agency will never confirm such jobs on the model's behalf.
        Retention: casting submissions that are not shortlisted are deleted after 90 days; signed contracts and payment records are kept for 7 years.
    """),
    ("en", "advice_faq"): _lines("""
        How do I know if a modelling agency in Singapore is legit? Is it normal to be asked to pay $1,500 for a portfolio shoot before signing?
        A genuine agency earns from commission on your bookings, not from registration fees. If they push a "compulsory" course or photoshoot package, walk away.
        What goes on a comp card? Usually 4-5 photos (headshot, full length, a couple of lifestyle shots), plus height, bust or chest, waist, hips, shoe size, hair and eye colour, and the agency logo.
        My kid got scouted at a mall in Mid Valley yesterday. What should I ask the agency before signing anything?
        The agency has not paid me for a job I did four months ago. Can I go to the Small Claims Tribunals myself or do I need a lawyer?
        For unpaid fees in Malaysia, a letter of demand giving 14 days to pay is usually the first step before filing a claim in the Magistrates' Court.
        For digitals, wear a black fitted tank top and jeans, no makeup, hair tied back. Shoot in natural light: front, both profiles and full length.
        Freelance models in Singapore whose net trade income is above $6,000 a year have to make MediSave contributions as self-employed persons.
        How to measure hips correctly: around the fullest part, feet together, tape parallel to the floor, not pulled tight.
        Is it normal for a client to ask for my full IC number on the call sheet, or can I just give my name?
        Buyout vs usage fee: a usage fee licenses your image for a set media, territory and period; a buyout usually means the client can use it everywhere for the agreed term without paying more.
        Red flags for a scam casting on Telegram: a deposit to "secure your slot", a company you cannot find on ACRA or SSM, pressure to move to WhatsApp quickly, and rates that are far too good.
        Should a 16-year-old sign the contract herself or does the parent sign? And who keeps the money until she turns 18?
    """),
    ("en", "ops_log"): _lines("""
        INV-2026-11-0412 | Client: Kopi Lane F&B Pte Ltd | Job: CNY lookbook | Amount SGD 4,280.00 | Status: overdue 34 days
        Booking BKG-88214 confirmed: 2 talents, call time 07:30, wrap 16:00, Studio 3, Level 4, 61 Kaki Bukit Place
        Ticket #TKT-20417 closed: model app login loop on Android 14, fixed in release v3.8.2
        Payment batch PB-2026-48 released 05/12/2026 14:05, 37 transfers, total SGD 61,240.50
        Vendor onboarding: Lumen Talent Management Pte. Ltd., UEN 201934512K, GST Reg. No. M90372418X, payment terms 30 days
        Supplier record: Bintang Talent Sdn. Bhd., company no. 202201034517 (1457820-U), SST not registered
        Comp card print order #CC-7731: 200 pcs A5, 350gsm matte, double-sided, courier tracking NVSGLUM000418823
        Dec 06 09:14:22 casting-api[2231]: POST /v2/submissions 201 142ms submission_id=sub_7f3a9c21e4
        contract_template_v4.docx sha256 9f2c41d07be83a6c55e1f0a9d2b4c7e8813f6a20c94d5b7e1a3f08c6d2e9b417
        Rental order RO-55127: Sony A7 IV x2, Profoto B10X Plus x3, 85mm f/1.4 GM, return by 18:00 on 09/12
        Dispute case DSP-0093: escalated to finance, awaiting client remittance advice, next review 12/12/2026
        Policy ref INS-PL-2026-00871: public liability SGD 2,000,000, covers on-location shoots in SG and MY
        Rate card 2027 v1.3: print half day SGD 600, full day SGD 1,000, TVC day rate SGD 1,200 excluding usage
    """),
    ("mixed", "group_chat"): _lines("""
        Guys tmr call time 7am sharp ah, the studio at Ubi got no parking so take Grab or MRT
        Wardrobe say bring nude seamless undies + black heels, they provide the rest. Don't wear any jewellery k
        Client paid already for the Oct jobs, finance will bank in by Fri. Those who haven't sent invoice pls do asap
        Eh the casting today super long queue, better reach by 10. Bring own water, aircon quite weak
        Reminder: all kids jobs need a parent or chaperone onsite, no exceptions. Thank you parents 🙏
        Boss cakap shoot Sabtu ni postponed sebab hujan, new date TBC
        Makan provided lunch only, dinner no ah, plan accordingly
        今天 fitting 延迟到三点，大家不用急，慢慢来
        Anyone know usage fee for SG+MY digital usually how much? First time quoting on my own
        Pls don't post BTS on IG until client approve, NDA until campaign launch 15 Jan
        Who got steamer? Wardrobe's one spoil already
        Weather app says thunderstorm 3pm, outdoor segment move to morning
        Congrats to all who got shortlisted for the telco callback! List in the app, check yourself ya
    """),
    ("ms", "notis"): _lines("""
        Notis: Uji bakat untuk iklan Raya akan diadakan pada 8 Februari, 10 pagi hingga 4 petang di studio kami di Petaling Jaya. Sila bawa gambar terkini.
        Peserta bawah umur 18 tahun wajib hadir bersama ibu bapa atau penjaga yang sah.
        Bayaran akan dibuat dalam tempoh 45 hari selepas pelanggan menjelaskan invois.
        Semua model dikehendaki memakai pakaian sopan semasa sesi uji bakat; tiada pakaian renang diminta.
        Kami tidak pernah meminta sebarang yuran pendaftaran. Berhati-hati dengan penipuan yang menggunakan nama agensi kami.
        Borang kebenaran ibu bapa boleh dimuat turun dari laman web kami dan mesti ditandatangani sebelum penggambaran.
        Penggambaran di Melaka dibatalkan kerana amaran banjir; pelanggan akan menetapkan tarikh baharu.
        Ukuran badan dan saiz kasut perlu dikemas kini setiap enam bulan dalam aplikasi agensi.
        Talent lelaki dan perempuan, umur 20-30, untuk iklan minuman. Bayaran RM500 sehari termasuk makan.
        Pertanyaan berkaitan bayaran boleh dihantar ke akaun@bintangtalent.com.my pada waktu pejabat sahaja.
        Sila jangan kongsi skrip atau gambar set di media sosial sehingga kempen dilancarkan.
        Waktu panggilan 6.30 pagi; lewat lebih 30 minit akan dikenakan potongan 10% daripada bayaran.
    """),
    ("zh-Hans", "notice"): _lines("""
        【试镜通知】某护肤品牌广告招募女模特，年龄18-28岁，身高165cm以上，拍摄日期1月14日，地点新加坡丹戎巴葛。
        未满18岁的模特须由父母或监护人签署同意书，拍摄当天必须有监护人全程陪同。
        模特酬劳在客户付款后30天内转账，公司抽佣20%。
        请注意：本公司从不收取任何报名费或培训费，如有人以公司名义收费，请立即报警。
        模卡需包括头像、全身照以及身高、三围、鞋码等资料，每半年更新一次。
        明天的彩排改到下午两点，地点不变，请大家准时到。
        海外拍摄需要护照有效期六个月以上，签证由公司统一办理。
        品牌正式发布之前，请勿在社交媒体发布拍摄花絮。
        客户在拍摄前48小时内取消预约，需支付50%的费用。
        新加坡的自由职业模特如果年净营业收入超过6000新元，需要缴纳保健储蓄。
        这次吉隆坡的走秀需要男模5位、女模8位，身高要求男185、女175以上。
        请问在新加坡做童模需要办什么手续？孩子6岁，第一次接触这个行业。
    """),
    ("en", "industry_news"): _lines("""
        Ipoh-born Michelle Yeoh won the Academy Award for Best Actress in 2023 for Everything Everywhere All at Once.
        Sarawak-born Henry Golding made his feature film debut in Crazy Rich Asians in 2018.
        Amber Chia is often described as the first Asian model to front a global campaign for Guess Watches.
        Penang-born designer Jimmy Choo made his name with handmade shoes in London in the 1980s and 1990s.
        Datuk Seri Siti Nurhaliza has endorsed many beauty brands and launched her own skincare line, SimplySiti.
        Yeo Yann Yann won Best Supporting Actress at the Golden Horse Awards for Ilo Ilo.
        Fann Wong starred opposite Jackie Chan and Owen Wilson in Shanghai Knights (2003).
        Zoe Tay, often called Singapore television's "Ah Jie", has been a leading Mediacorp actress since the late 1980s.
        Crazy Rich Asians shot scenes at Gardens by the Bay and Newton Food Centre as well as in Penang and Langkawi.
        Industry survey: 62% of freelance talents in Singapore reported at least one late payment in 2025, with a median delay of 47 days.
        Several Malaysian agencies now publish their rate cards openly after complaints about hidden commissions of up to 40%.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        MODEL REGISTRATION | Name: TAN HUI MIN, CHLOE | NRIC: S8834127I | DOB: 12/03/1988 | Mobile: 9173 4528 | Height: 171 | B-W-H: 81-62-89 | Shoe: 38 | Bank: DBS 027-915483-6
        Comp card: NUR AISYAH BINTI ROSLAN / Ht 168cm / 32-25-35 / Shoe UK6 / Hair black / Eyes dark brown / IG @aisyahroslan.mdl / Bintang Talent KL
        PARENTAL CONSENT - Minor: Lim Jun Wei Ryan, age 7, P1 at Rosyth School / Parent: Lim Boon Keat (father), NRIC S7725093Z, HP 8826 1093 / Job: toy brand TVC, 17 Jan, 9am-1pm / Chaperone: mother
        Hi Jasmine Teo, Kopi Lane still hasn't paid your Oct job ($650). I've chased 3 times, will update you by Fri. - Ms Ong, booker
        Welfare log 02/12: Priya d/o Ramasamy reported that the photographer at the 28/11 swimwear shoot asked her to change in front of the crew. Welfare officer Faridah following up, client informed.
        Dear Lumen Talent, I am writing about my unpaid fees for BKG-88214 and BKG-88301 totalling SGD 1,840, now 97 days overdue. Please transfer to OCBC 601-284937-001 (GOH WEI LING) by 15 Dec or I will file at the Small Claims Tribunals. Goh Wei Ling, 9652 0381
        Booking: Arjun a/l Selvakumar | gym brand social | Thu 9am Bangsar | RM650 | HP 012-718 4403 | parking pass for his car WVX 8213
        This Agreement is made between Bintang Talent Sdn. Bhd. and MUHAMMAD HAZIQ BIN ZULKIFLI (NRIC 930204-07-5119) of No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor ("the Talent").
        Work pass application - Model: Daria Kuznetsova, Russian, passport 75 4812096, FIN G5583102K, staying at agency apartment 18 Lorong 20 Geylang #05-02 until 28 Feb
        Incident: Chong Mei Yee (S9176402D) fainted on set 03/12, history of asthma and low BP, taken to Changi General A&E. Claim filed under the client's public liability policy.
        Sat 20/12 kids shoot chaperones: Mdm Siti Zubaidah (mother of Aqil, 8), Mr Raymond Fernandez (father of Chloe, 6), Mrs Kavitha Nair (aunt of Dhruv, 9)
        2025 talent payment summary - Marcus Yeo Jun Hao (T0412385E): 14 jobs, gross SGD 11,360, commission SGD 2,272, net SGD 9,088
        @sharon.lee.wx your callback for the telco is tmr 2.15pm at Tanjong Pagar, bring your IC and the red dress you wore for the first casting
        KRISTINA DE SOUZA | Eurasian | 175cm | 32B-24-35 | shoe EU39 | hair chestnut | eyes hazel | small star tattoo left ankle (concealable) | +65 8390 7714
        Hi, my daughter Ng Xin Yi (14, Sec 2 at Nanyang Girls') was DM'd by someone claiming to be your scout and asked for a $300 deposit. Is this really from your agency?
        Invoice to Lumen Talent from Daniel Chia Kok Wee, 27 Jalan Kembangan, Singapore 419121. 2 days print @ $600. Please PayNow to 8147 2265.
        Internal: do not book Shawn Kwek (26, 184cm) for alcohol brands, he has a drink-driving conviction from 2024 that he disclosed at signing.
        Dear Ms Farah Nadia binti Ismail, we refer to your breach of Clause 9 by accepting a direct booking from Kopi Lane on 14/10. Your representation agreement is terminated with effect from 1 December 2026.
        #14 | Lee Jia Hui | 19 | 166cm | NYP Year 2 | HP 9320 4418 | weekends only
        Bangkok shoot travel list: Goh Wei Ling, SG passport K2849173M, exp 03/2029; Marcus Yeo, SG passport K4170528B, exp 11/2030
        Hi this is Deepa, Anika Ramesh's mum. Anika has HFMD, doctor gave MC until Tue, so she can't do Saturday's shoot. Sorry! 9734 1185
        Admin note: removed @bryanlowfit (Bryan Low Wen Jie) from the models group for sending unsolicited photos to two new girls. Banned from future castings.
        Transfer RM 1,200.00 to CIMB 8008457192 (SITI HAJAR BT MOHD NOOR) ref Raya print March
        Portfolio package paid by card 4265 8831 0472 9158 (Cheryl Ang, exp 09/28), refund requested after the agency was found to be unlicensed
        kavin's number is 016-443 1207, he's the tall guy from the Penang shoot, pls add him to the group
        HR: booker Melissa Chan is resigning, last day 31/12. She took 4 days of hospitalisation leave in Nov after surgery.
        App log 05/12 22:41: user 55821 (Hannah Oei) updated waist 64 to 61, hips 90 to 88, hair black to ash brown
        Wong Kar Yan is pregnant, pls take her off the swimwear shortlist and don't tell the client why
        LETTER OF DEMAND - Our client, Ms Tharshini a/p Murugan (NRIC No. 980611-08-5246), performed as a promoter for your event on 2-3 August and remains unpaid the sum of RM3,450.
        Referral: my cousin Aaron Teo, 22, just finished NS, 182cm, quite photogenic. His email is aaron.teo.ht@gmail.com
        Reply to review: Hi Vanessa Koh, we are sorry your refund for Ethan's workshop fee was delayed. Finance will credit $280 back to your card by 10 Dec.
    """),
    "ms": _lines("""
        BORANG KEBENARAN IBU BAPA / Nama kanak-kanak: AISYAH HUMAIRA BINTI MOHD FAIZAL / No. MyKid: 120905-10-0748 / Nama ibu: NORHAYATI BINTI ABDULLAH / No. K/P: 850918-10-5392 / Tel: 013-880 2157
        Salam, saya Hafiz bin Rahman, model freelance. Dah 3 bulan bayaran RM2,100 untuk job Shah Alam tak masuk. Akaun Maybank saya 1642 3319 8074. Tolong settle minggu ni.
        Makluman dalaman: Izzati binti Kamal tidak boleh ambil sebarang job sehingga 20 Disember kerana baru menjalani pembedahan apendiks.
        Senarai extras Shah Alam: 1) Zainal bin Osman 011-2387 6540 2) Chua Mei Ling 017-285 9916 3) Ravi a/l Subramaniam 019-662 3148
        Aduan: Anak saya Danish Iskandar (10 tahun, murid SK Taman Tun Dr Ismail) dipaksa bergambar sampai pukul 11 malam oleh krew. Saya nak penjelasan.
        Pengesahan: Nurul Izzah binti Hamdan, penggambaran Melaka 12/1, menginap di Holiday Inn Melaka bilik 1207, bas dari TBS jam 7 pagi.
        PIHAK KEDUA: LEONG KAH MUN, No. K/P 010823-13-0872, beralamat di Lot 1127, Jalan Stutong, 93350 Kuching, Sarawak
        Model baru Puteri Balqis binti Azlan, tinggi 170cm, sedia kerja hujung minggu. Emel: puteribalqis.99@yahoo.com
    """),
    "zh-Hans": _lines("""
        模特登记表：姓名 陈思颖，中国籍，身份证号 440304199907163620，护照号 E73829164，新加坡手机 8263 5109，身高172cm。
        林佳慧妈妈你好，佳慧下周六的童装拍摄改到早上九点，在Ubi那个摄影棚，请记得带她的学生证。
        付款纠纷：模特王志强投诉代理公司拖欠三个月酬劳共4,500令吉，他的电话是012-906 3375。
        内部备注：郑雅雯（18岁）上次拍摄迟到两个小时，客户投诉，暂停派单一个月。
        我是李子轩的爸爸，子轩在南洋小学读三年级，这个周末的试镜可以改时间吗？我的电话 9734 6021。
        拍摄意外：模特何嘉欣在圣淘沙外景时扭伤脚踝，已送往医院拍X光，客户同意支付医药费。
    """),
    "zh-Hant": _lines("""
        香港模特 張曉晴，香港身份證 Y482731(5)，電話 9152 6038，下月來新加坡拍攝，需要辦理工作准證。
        台灣模特 黃筱婷，身分證字號 A223847157，手機 0933-582-416，在吉隆坡拍攝期間住在 Bukit Bintang 的服務式公寓。
    """),
    "mixed": _lines("""
        eh babe ur Raya shoot payment dah masuk? Mine still tak masuk. Btw ur IC 961115-03-5084 right, finance need for the EA form
        @vignesh_r.talent bro ur callback 3pm Bangsar tmr, bring 2 shirts. Client suka ur look 👍
        Chua Mei Xin 妈妈, Mei Xin 的 comp card 已经 print 好了, pls collect at office. Also need her 出生证明 copy for the consent form
        Bro Syafiq bin Azman ur cheque for RM800 bounced ah, finance say pls resubmit bank details by Mon
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are an assistant for the booking team of a Singapore talent agency."),
        (
            "user",
            "Draft a polite WhatsApp to our model Clarissa Ho reminding her the skincare TVC is on 14 Jan, call time 7am at Tanjong Pagar, and her fee of SGD 800 will be paid end Feb.",
        ),
        (
            "assistant",
            "Hi Clarissa! Just a reminder that the skincare TVC is on 14 Jan, call time 7am at Tanjong Pagar. Your fee of SGD 800 will be paid at the end of Feb. Let me know if you have any questions. Thank you!",
        ),
        (
            "user",
            "Add that she must bring her NRIC S9962315B for the building security pass, the client already registered that number.",
        ),
    ],
    [
        (
            "user",
            "My son Aqil Haikal bin Mohd Yusri is 12 and an agency in KL offered him a job. They want me to sign a contract that lets them use his photos forever. Is that normal?",
        ),
        (
            "assistant",
            "A perpetual, unlimited usage clause is not standard for a child's booking. Ask for usage limited by media, territory and period (for example 12 months digital), a separate fee for any extension, and a clause that the photos will not be used for unrelated products.",
        ),
        (
            "user",
            "They also asked for his MyKid number 140227-01-0563 and my bank account. Should I give it before seeing the final contract?",
        ),
    ],
    [
        (
            "user",
            "I'm Nicole Pereira, freelance model. I did 3 jobs through Starline Models in Aug, total $1,950, still unpaid after 120 days. Help me write a letter of demand.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Sir/Madam, I refer to the three bookings I completed in August for a total of $1,950. Despite several reminders, payment remains outstanding. Please make full payment within 14 days of this letter, failing which I will file a claim at the Small Claims Tribunals without further notice.",
        ),
        (
            "user",
            "Put my address at the top: Blk 412 Bedok North Ave 2 #08-117 Singapore 460412, and my mobile 9047 3316.",
        ),
    ],
    [
        (
            "user",
            "Summarise this for HR in 3 bullet points: at the 28/11 lookbook shoot, stylist Kelvin Tay touched model Rachel Lim's waist while adjusting her dress without asking. She told him to stop, he laughed. She cried in the toilet afterwards and wants no further jobs with him.",
        ),
        (
            "assistant",
            "- 28/11 lookbook shoot: stylist Kelvin Tay touched model Rachel Lim's waist without consent while adjusting her dress. / - She asked him to stop; he laughed it off, and she was visibly distressed afterwards. / - Rachel requests not to be booked on any job with Kelvin Tay again.",
        ),
    ],
    [
        (
            "user",
            "Make a table for the client: Hannah Oei 170 82-60-88 shoe 38; Jolene Sim 168 80-61-87 shoe 37; Farah Hanim binti Yusof 172 84-63-90 shoe 39",
        ),
        (
            "assistant",
            "Model | Height | Bust-Waist-Hips | Shoe / Hannah Oei | 170 | 82-60-88 | 38 / Jolene Sim | 168 | 80-61-87 | 37 / Farah Hanim binti Yusof | 172 | 84-63-90 | 39",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis mesej sopan kepada Puan Rohana, beritahu anak dia Sofea Qistina tak boleh join shoot Ahad ni sebab doktor sahkan demam denggi, kita akan cari tarikh lain.",
        ),
        (
            "assistant",
            "Assalamualaikum Puan Rohana. Kami dimaklumkan Sofea Qistina disahkan demam denggi oleh doktor, jadi dia tidak perlu hadir penggambaran pada hari Ahad ini. Semoga Sofea cepat sembuh. Kami akan hubungi puan untuk tarikh baharu.",
        ),
    ],
    [
        (
            "user",
            "帮我翻译成英文：张美玲的护照号 E58213094 将于2027年3月到期，请尽快安排她的工作准证续签，她目前住在公司在裕廊东的宿舍。",
        ),
        (
            "assistant",
            "Zhang Meiling's passport (No. E58213094) expires in March 2027. Please arrange the renewal of her work pass as soon as possible. She currently lives in the company dormitory in Jurong East.",
        ),
    ],
    [
        (
            "user",
            "A so-called agency charged my card 5425 2390 7716 3483 twice, $388 each, for comp card printing I never received. How do I dispute it?",
        ),
        (
            "assistant",
            "Call your card issuer's hotline and ask to raise a chargeback for the duplicate charge and for goods not received. Keep screenshots of the order, any messages and the two transactions, and make a police report if the agency cannot be reached.",
        ),
        (
            "user",
            "The card is under my name Cheong Li Ting, do I need to go to the branch or can I do it in the app?",
        ),
    ],
    [
        (
            "user",
            "Our model Ahmad Firdaus bin Kamarul's Instagram @firdaus.kml got hacked and the hacker is DMing brands asking for deposits. Draft a short IG story for our agency account.",
        ),
        (
            "assistant",
            "PSA: The account @firdaus.kml has been compromised. Any messages from it asking for deposits or payments are not from Firdaus or from our agency. Please do not transfer any money and report the account. We are working to recover it.",
        ),
        (
            "user",
            "Also note for the police report that his recovery number is 017-552 3086 and he last logged in from his home in Kajang on 4 Dec.",
        ),
    ],
    [
        ("system", "You help a talent agency coordinator plan transport for child talents."),
        (
            "user",
            "Kids TVC on Sat: driver Mr Lim Ah Huat will pick up Ethan Goh (6), Zara Rahman (8) and Keshav Pillai (7) in van SGX 4821 L from Tampines at 6.30am. Write the message to the parents' group.",
        ),
        (
            "assistant",
            "Dear parents, for Saturday's TVC our driver Mr Lim Ah Huat will pick up Ethan, Zara and Keshav at 6.30am in Tampines (van SGX 4821 L). Please have the kids ready with breakfast eaten, and one parent is welcome to ride along as chaperone. Thank you!",
        ),
    ],
]
