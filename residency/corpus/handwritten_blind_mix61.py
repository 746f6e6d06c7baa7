# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix61: Singapore HDB flats (BTO ballots, resale, HFE letters, grants, MOP, upgrading, town council notices). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix61
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "HDB announcements"): _lines("""
        HDB will offer 5,548 BTO flats across 9 projects in the February 2026 sales exercise, in Bukit Merah, Kallang/Whampoa, Sembawang, Tengah and Toa Payoh.
        Applications open at 10am on 11 Feb 2026 and close at 11.59pm on 18 Feb 2026. Apply via the HDB Flat Portal using your Singpass.
        Tengah Garden Ridges (Plus): 1,120 units from 2-room Flexi to 5-room; estimated waiting time 46 months; indicative 4-room prices from $438,000 before grants.
        Flats under the Plus and Prime models come with a 10-year MOP and a subsidy recovery clawback upon resale.
        First-timer families applied 3.1 times the number of 4-room flats at Kallang Horizon; for second-timers the rate was 12.4.
        Lim Kim San, HDB's first chairman, led the building of more than 21,000 flats in under three years from 1960.
        Queen Elizabeth II visited Blk 53 Toa Payoh Lorong 5 in 1972, and residents still call it the "VIP block".
        Then-PM Lee Hsien Loong announced the Standard, Plus and Prime classification of new flats at the 2023 National Day Rally.
        Flash estimates show the Resale Price Index rose 1.1% in Q3 2026, compared with 2.7% in the previous quarter.
        A total of 7,213 resale transactions were registered in Q3 2026, 4.6% fewer than in Q2.
        The Home Improvement Programme (HIP) is offered to eligible blocks built in 1997 or before; Essential Improvements are fully funded by the Government.
        Flat buyers may book an appointment at HDB Hub, 480 Lorong 6 Toa Payoh, Singapore 310480, or at any HDB Branch.
        Key collection for Bidadari Alkaff Vista is expected to start in Q2 2027. Buyers will be notified by e-mail and SMS.
    """),
    ("en", "town council notices"): _lines("""
        NOTICE OF LIFT REPLACEMENT WORKS - Blk 217 to 220 Jurong East St 21. Lift B will be out of service from 3 Nov to 28 Dec 2026. We apologise for any inconvenience caused.
        Water supply to Blk 615 Yishun Ring Rd will be temporarily disrupted on Tue, 18 Nov 2026, 9am - 1pm, for replacement of the water tank ball valve. Pls store water beforehand.
        Please do not place bulky items along the common corridor. Obstructing an escape route is an offence under the Fire Safety Act, with fines of up to $5,000.
        KILLER LITTER KILLS. Throwing objects from height endangers lives. Report sightings to the Town Council at 6383 7770.
        S&CC charges for 4-room flats in Sengkang will be revised to $92.00/month (incl. GST) w.e.f. 1 Jan 2027.
        Thermal fogging at Blk 302-310 Woodlands St 31 on 12 Nov 2026, 7.00pm. Please close your windows and keep all food covered.
        24-hour Essential Maintenance Service Unit (EMSU): 1800 863 6266 - for lift breakdowns, water leaks and power failures only.
        Meet-the-People Session every Monday, 7.30pm, at the void deck of Blk 123 Hougang Ave 1. Please bring your letters and supporting documents.
        Repairs & Redecoration (R&R) works for Blk 501-520 Tampines Central will be carried out by Ah Seng & Sons Building Contractor Pte Ltd, site office tel 6458 2231.
        Residents of the #07 stack will receive a notice 3 days before the corridor pipe replacement starts.
        Feeding of pigeons is prohibited. First-time offenders may be fined up to $5,000 under the Wildlife Act.
        Bulky item removal is free for 1 item per household per month. Book via the Town Council app or call 6312 0770.
        The Town Council Annual Report FY2025/26 is available for viewing at the Town Council office at Blk 260 Toa Payoh East and on our website.
    """),
    ("en", "forum posts"): _lines("""
        Anyone applied Tengah Feb launch? Got q no 1,6xx for 4rm, think can get or not ah
        HFE letter approved liao, valid 9 months. Loan amt lower than expected sia
        Tip: don't rush to exercise the OTP until the valuation comes back. COV quite low now but still must check.
        MOP just hit last month, already 3 agents spamming the letterbox lol
        Like Phua Chu Kang always say, "use your brain!" - check your contractor is on the HDB Directory of Renovation Contractors before hacking any wall.
        Went viewing at Punggol, the unit facing the LRT track super noisy at 5.45am when the first train starts.
        CPF Housing Grant + PHG can stack or not? parents stay Bedok, we looking within 4km.
        Bro the upgrading letter say HIP poll need 75% yes votes, our block confirm pass one lah
        Balloted 3 times still no luck, already got the extra ballot chance also. SIAN.
        Any ID recco? Got quote $38k for 4rm resale, hacking + kitchen + 2 toilets. Reasonable anot?
        BTO defect checking: bring masking tape, spirit level and torchlight. Mark all the hollow tiles.
        The Jurong West resale we viewed is 10 min walk to Ng Teng Fong hospital, good for the old folks.
        2rm Flexi in mature estates very little supply this round, expect long queue.
        Just collected keys at Tengah!! 4 years 2 months wait, finally can stop paying rent 🥲
        Those MOP in 2027 can start looking and apply HFE now, but resale completion only after your MOP date hor.
    """),
    ("en", "grants and HFE explainers"): _lines("""
        The HDB Flat Eligibility (HFE) letter tells you upfront whether you can buy a flat, which CPF housing grants you qualify for, and your HDB housing loan amount.
        An HFE letter is valid for 9 months from the date of issue. You need a valid HFE letter to apply for a flat or to get an OTP for a resale flat.
        The income ceiling for families buying a 4-room or bigger BTO flat is $14,000 average gross monthly household income.
        CPF Housing Grant for resale flats: $80,000 for 2- to 4-room flats and $50,000 for 5-room or bigger flats (first-timer families).
        Proximity Housing Grant (PHG): $30,000 if you buy a resale flat to live with your parents or child, $20,000 if you live within 4km of each other.
        The Minimum Occupation Period is 5 years for Standard flats. During the MOP you cannot sell the flat, rent out the whole flat, or buy a private residential property.
        Income is assessed on the average of the past 12 months' gross income, including allowances, overtime and commissions.
        HDB will never ask you to send payslips or NRIC images by e-mail or WhatsApp. Upload documents only through the HDB Flat Portal after logging in with Singpass.
        Self-employed persons should submit their Notice of Assessment from IRAS for the past year instead of payslips.
        Under the Fiance/Fiancee Scheme, you must submit your marriage certificate before you can collect the keys.
        Singles aged 35 and above can buy a 2-room Flexi flat in any location under the Single Singapore Citizen Scheme.
        The Step-Up CPF Housing Grant of $15,000 applies to second-timer families moving from a 2-room flat to a 3-room Standard flat.
        Under the Lease Buyback Scheme, seniors aged 65 and above can sell part of the remaining flat lease back to HDB to supplement their retirement income.
    """),
    ("en", "systems and templates"): _lines("""
        Dear {applicant_name}, your HFE letter {hfe_ref} has been issued and is valid until {expiry_date}. Please log in to the HDB Flat Portal to view it.
        SMS template: "HDB: Your flat application <APP_NO> is successful. Your queue no. is <Q_NO>. Do not reply to this SMS."
        {"project_code": "TGH-N9-2602", "flat_type": "4RM", "units": 412, "median_wait_months": 46}
        2026-11-28T10:42:17+08:00 INFO hfe-assess v4.2.1 req=7c3e9a1f2b84 stage=income_check result=PASS latency_ms=212
        commit 3f9b2c8e1d: fix rounding of EHG tier for income band 8001-8500 (closes #1427)
        SELECT town, flat_type, AVG(resale_price) FROM resale_txn WHERE month >= '2026-01' GROUP BY town, flat_type;
        Invoice INV-TC-2026-0081347: S&CC for Oct 2026, $78.50, GIRO deduction on 15 Nov 2026.
        Masking rule: display NRIC as S****123A (last 3 digits + checksum letter only). Never write the full NRIC to application logs.
        month,town,flat_type,block,street_name,storey_range,floor_area_sqm,flat_model,lease_commence_date,remaining_lease,resale_price
        2026-10,ANG MO KIO,3 ROOM,406,ANG MO KIO AVE 10,07 TO 09,68,New Generation,1979,52 years 03 months,418000
        Error HFE-E1024: Myinfo retrieval failed. Please try again after 15 minutes or call the HDB Customer Service Centre at 1800 866 3066.
        Renovation permit REN-2026-0438812 approved for window replacement works; permit valid for 3 months from 02/11/2026.
        Officer-in-charge: <OFFICER_NAME> | Ext: <EXT> | Ticket: <TICKET_ID> - do not paste resident NRIC or phone numbers into this field.
        Hi {{first_name}}, your viewing at Blk {{block}} #{{unit}} is confirmed for {{date}}, {{time}}. Reply 1 to confirm, 2 to reschedule.
    """),
    ("zh-Hans", "组屋新闻与讨论"): _lines("""
        建屋发展局宣布，2026年2月预购组屋销售活动将推出5548个单位，分布在武吉美拉、加冷/黄埔、三巴旺、登加和大巴窑。
        首次购屋家庭可获得最高12万元的加强版公积金购屋津贴（EHG），具体金额视家庭月入而定。
        组屋最低居住年限（MOP）一般为五年，优选（Plus）和黄金（Prime）组屋则为十年。
        请问有人抽过登加的预购组屋吗？排到一千多号，四房式还有机会吗？
        转售组屋价格指数第三季度上涨1.1%，涨幅较上一季度放缓。
        宏茂桥市镇理事会通知：第415座电梯将于11月10日至12月20日进行更换工程，不便之处，敬请原谅。
        HFE信的有效期是九个月，过期了要重新申请，记得提前准备好最近12个月的工资单。
        陈笃生医院附近的组屋转售价一直偏高，主要是因为靠近诺维娜地铁站。
        李光耀曾说，让每个家庭拥有自己的房子，是国家稳定的基础。
        家居改进计划（HIP）必须获得至少75%的合格屋主投票支持才能进行。
        中介费一般是成交价的1%到2%，买卖双方各自付给自己的中介。
        请勿通过微信或WhatsApp发送您的身份证号码和工资单，建屋局只通过官方网站收取文件。
        新加坡建屋发展局总部地址：大巴窑6巷480号，邮区310480。
        楼主问的那个项目叫"登加花园岭"，3房式指示价从$29万起，还没扣津贴。
        有没有人知道MOP到了之后，要等多久才可以把整间组屋租出去？
    """),
    ("ms", "notis dan panduan"): _lines("""
        Permohonan flat BTO bagi pelancaran Februari 2026 dibuka dari 11 hingga 18 Februari melalui Portal Flat HDB.
        Geran Perumahan CPF Dipertingkat (EHG) sehingga $120,000 diberikan kepada keluarga pembeli kali pertama.
        NOTIS: Kerja-kerja mengecat semula Blok 101 hingga 110 Bedok North Ave 4 akan bermula pada 1 Disember 2026.
        Tempoh Penghunian Minimum (MOP) bagi flat Standard ialah lima tahun.
        Jangan tinggalkan barang di koridor - ia menghalang laluan kecemasan.
        Sesi Bertemu Rakyat diadakan setiap Rabu, 8 malam, di dek kolong Blok 21 Marsiling Drive.
        Flat berdekatan Hospital Khoo Teck Puat di Yishun masih mendapat permintaan tinggi.
        Ada sesiapa dah dapat surat HFE? Aku tunggu dah 3 minggu, status masih "processing".
        Harga purata flat jualan semula 4 bilik di Woodlands ialah $560,000 pada suku ketiga.
        Untuk bantuan, hubungi Pusat Khidmat Pelanggan HDB di talian 1800 866 3066.
        Bekalan air akan terganggu pada 20 Nov, 10 pagi hingga 2 petang, kerana kerja membaiki tangki air.
        Projek BTO Prime di Jalan Besar terletak berhampiran Masjid Sultan dan Kampong Glam.
    """),
    ("ta", "அறிவிப்புகள்"): _lines("""
        வீடமைப்பு வளர்ச்சிக் கழகம் (HDB) பிப்ரவரி 2026 BTO விற்பனையில் 5,548 வீடுகளை வழங்குகிறது.
        குறைந்தபட்ச குடியிருப்புக் காலம் (MOP) ஐந்து ஆண்டுகள் ஆகும்.
        மின்தூக்கி மாற்றும் பணிகள் நவம்பர் 10 முதல் டிசம்பர் 20 வரை நடைபெறும்.
        HFE கடிதம் ஒன்பது மாதங்களுக்குச் செல்லுபடியாகும்.
        உதவிக்கு நகர மன்றத்தின் 24 மணி நேர சேவை எண் 1800 863 6266 ஐ அழைக்கவும்.
        புதிய BTO திட்டங்களுக்கான விண்ணப்பம் 18 பிப்ரவரி அன்று முடிவடைகிறது.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        HFE letter ref HFE2026-0914-338172 issued to TAN WEI MING (S8234517E) and LIM XIU HUI (T0312468H). Max HDB loan $412,000; EHG $45,000.
        Hi agent, my parents stay at Blk 268C Punggol Field #09-217 S(823268), we looking for resale within 4km for PHG. Contact me Kelvin Ong 9123 4876.
        Income check for our HFE: Bryan Chia earns $5,800 gross as a bus captain at SBS Transit, his wife Jasmine Teo $4,200 at DBS, so $10k total, still under the ceiling right?
        MSW referral: Mdm Rahimah bte Osman, 71, of Blk 34 Marsiling Dr #02-118, has Stage 4 CKD on haemodialysis 3x weekly and requests transfer to a ground-floor unit.
        FJC order in FC/D 3817/2024: the matrimonial flat at Blk 715 Woodlands Dr 70 #11-88 is to be sold on the open market and net proceeds split 60:40 between Goh Chee Keong and Serene Lau Mei Ling.
        BTO booking downpayment $2,500 charged to card 4557 0123 4567 8126 (cardholder JASMINE TEO SHU WEN), e-receipt sent to jasmine.teo88@gmail.com
        Season parking for SMX4821R at the Blk 412A Fernvale Link MSCP - vehicle owner Darren Koh, unit #12-345.
        REMINDER: To Mr Muhammad Hafiz bin Rosli, Blk 34 Marsiling Dr #09-56. Outstanding S&CC: $1,284.60 (9 months). Please settle by 30 Nov 2026 to avoid legal action.
        My neighbour Uncle Rajan Pillay at Blk 22 Jalan Membina #05-112 is hoarding again, his dementia getting worse and the smell reaching the lift lobby already.
        Mr Ng Kok Chuan (NRIC ending 342A), Blk 509 Bishan St 11 #08-1021, outstanding HDB loan $86,215.40 as at 31 Oct 2026.
        Hi I'm Priya d/o Ramasamy, FIN F2948173M, LTVP holder married to a SC, we want to buy a resale 3rm in Toa Payoh. My WhatsApp +65 8274 1903.
        fwd SMS: "Dear LEE JIA HUI, your application for Feb 2026 BTO Tengah Garden Ridges is successful. Queue no: 0418." omg finally!!
        Appeal for HDB loan: I, Chua Boon Huat, was retrenched from Micron on 14 Aug 2026 and my income dropped from $6,900 to $0; my wife Angeline is 7 months pregnant.
        Quotation for Mdm Wong Siew Lan, Blk 152 Serangoon North Ave 1 #04-330, tel 6281 4472: hack kitchen wall + redo 2 toilets, $18,600 nett.
        CPF statement: LOW HUI MIN S7649021Z, OA balance $63,412.09 as at 30 Sep 2026; amount used for housing $142,880.00.
        Reported to HDB: Blk 188 Bukit Batok West Ave 6 #10-251, owner Tay Kim Seng rented out the whole flat to 6 workers before his MOP ended.
        Occupier to be added: Nguyen Thi Lan, FIN G5731820T, Vietnamese, LTVP holder, married to flat owner Lee Chee Wah on 3 Mar 2026.
        Joint applicants Nurul Huda binte Ismail (S9172635A) and Ahmad Faizal bin Salleh (S8039462D), 3rm BTO Sembawang, household income $6,150.
        Pls call my dad Lim Ah Huat 9736 2250 when the HIP contractor comes, he stays alone at Blk 61 Lengkok Bahru #03-441 and is hard of hearing.
        Buyer Chan Ka Wai, HKID K628314(4), SC by registration in 2021, buying a 5rm resale at Sengkang East Way; completion on 12 Jan 2027.
        Hi, I'm Ong Pei Shan (S6523081Z), application N9-2602-0038811. I was diagnosed with breast cancer in Sept, can I defer my key collection?
        Valuation for Blk 406 Ang Mo Kio Ave 10 #08-1147 (owners Mr & Mrs Sim Teck Leong): $428,000 as at 21 Oct 2026.
        Lost keys at the void deck - if found pls return to Benjamin Ho, #15-08 Blk 621B Punggol Central, tele @benho_621b
        Resale completion: buyer Joanne Pang Li Ting (S9623147D), seller Ravi s/o Chandran (S4871205C), 14 Jan 2027, 10.30am at HDB Hub.
        LOST CAT - answers to Mochi. Owner Karen Lim, Blk 640 Rowell Rd #03-56, pls call 8814 3075 if seen!!
        Fiance/Fiancee Scheme: Darius Seah Wen Jie (T0145827I), 25; fiancee Rachel Goh, 24, staff nurse at SGH earning $3,900/month.
        COV $15,000 to be transferred to DBS a/c 072-123456-7 in the name of Soh Geok Hua before completion.
    """),
    "zh-Hans": _lines("""
        我太太陈丽娟，身份证350203198604173022，是新加坡公民的配偶，我们想用非居民配偶计划申请两房式灵活组屋。
        买家黄志强 S8815342A，电话 9488 2716，已付$4000选购权费，单位是盛港东道 Blk 330B #14-527。
        我妈妈刘秀英，83岁，住在大巴窑8巷Blk 231 #05-1210，中风后行动不便，已经申请了EASE安装扶手。
        离婚后前夫郑国华一直不肯签字卖组屋，家事法庭案件 FC/D 1264/2025 下个月开庭。
        租客王磊，中国护照 E68213574，微信号 wanglei_sg88，租约到2027年3月，房间在 Blk 501 Jurong West St 51 #07-212。
        屋主吴美玲在宏茂桥的食阁做收银，月薪$3,800，她的HFE信显示贷款额只有$210,000。
        邻居林德发（大家叫他林伯）住 #11-23，每天晚上在走廊喝酒骂人，我们已经投诉到市镇理事会三次了。
        转售买家周建平，新加坡永久居民，身份证 S7302918Z，原籍江苏昆山，中国身份证 320583197911024762。
        我老公梁伟杰的银行卡 5222 8800 1234 9870 每个月被扣市镇理事会杂费，帮我改成GIRO。
        台湾配偶李怡君，身分证 A1238456709，想以家庭成员身份列入我们的组屋申请。
        我儿子陈俊杰 T0598127H 今年21岁，想和女朋友用未婚夫妻计划申请BTO，他月薪$4,600。
        收房时发现漏水，请联系屋主张美华 +65 9021 6634，单位 Blk 472C Tengah Garden Walk #16-102。
    """),
    "ms": _lines("""
        Isteri saya Nurul Aina binti Kamarudin, MyKad 920708-01-6642, PR Singapura sejak 2019, nak jadi pemohon bersama untuk BTO.
        Encik Zulkifli bin Hassan, Blk 21 Marsiling Dr #06-43, tunggakan S&CC $986.20 - sila jelaskan sebelum 15 Disember.
        Mak saya Puan Salmah binte Abdul Rahman, 68 tahun, ada kencing manis dan baru potong kaki kiri, perlukan flat tingkat bawah di Bedok.
        Hubungi abang saya Faizal di WhatsApp 012-738 4219, dia penjamin untuk sewa bilik di Blk 118 Bedok North Rd #08-290.
        Kad debit Maybank 4901 2345 0012 8878 atas nama Rosnah bte Latiff digunakan untuk bayar deposit kontraktor ubahsuai.
        Penyewaan haram di Blk 655 Jurong West St 61 #12-110: pemilik Haji Osman bin Said sewakan seluruh flat sebelum MOP tamat.
        Ayah saya Encik Ramli bin Jaafar, NRIC S6950184B, kena strok bulan lepas, kami nak mohon Skim Jual Balik Pajakan untuk flat dia.
        Pemohon kedua: Tan Siew Peng, MyKad 850312-14-5238, PR, gaji bulanan $3,300 sebagai kerani di Woodlands.
    """),
    "ta": _lines("""
        என் அம்மா திருமதி லட்சுமி சுப்பையா, Blk 45 Sims Drive #08-112, சிறுநீரக நோயால் வாரம் மூன்று முறை டயாலிசிஸ் செய்கிறார்.
        வாங்குபவர் முருகன் s/o கணேசன், NRIC S7124096G, தொலைபேசி 9675 3318.
        என் கணவர் ரவிசங்கர் பழனிசாமியின் மாத சம்பளம் $5,200; எங்கள் HFE கடிதம் எண் HFE2026-1102-557281.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the HDB Flat Portal virtual assistant. Never ask users for their NRIC.",
        ),
        ("user", "hi my HFE still pending after 4 weeks, why"),
        (
            "assistant",
            "HFE assessments usually take about 1 month. Have you uploaded all the requested documents?",
        ),
        ("user", "yes uploaded payslips already. applicant is me, Marcus Yeo Jun Hao"),
        ("user", "NRIC S8436271I if u need"),
        (
            "assistant",
            "Please don't share your NRIC here. You can check the status by logging in with Singpass.",
        ),
    ],
    [
        ("user", "Ceiling leaking from upstairs unit, water dripping onto my bed!!"),
        (
            "assistant",
            "Sorry to hear that. Inter-floor leaks are usually the upper unit owner's responsibility, but the Town Council can inspect. May I have the block and unit?",
        ),
        (
            "user",
            "Blk 289E Compassvale Cres #08-414. upstairs is #09-414, the auntie there Mdm Koh Bee Leng never answer door",
        ),
        ("assistant", "Noted. An officer will contact you within 3 working days."),
        ("user", "ok call me at 9347 1028, I'm Shirley"),
    ],
    [
        ("user", "请问买转售组屋要先拿HFE信吗？"),
        ("assistant", "是的，卖方发出购屋选择权（OTP）之前，您需要持有有效的HFE信。"),
        (
            "user",
            "好的。我和我丈夫何家豪一起申请，他是马来西亚人，MyKad 880914-10-5531，现在是永久居民。",
        ),
        ("assistant", "新加坡公民与永久居民配偶可以组成家庭核心购买转售组屋。"),
    ],
    [
        ("system", "You help property agents draft WhatsApp messages to clients."),
        ("user", "draft msg to seller confirm viewing Sat 3pm"),
        (
            "assistant",
            "Hi! Just confirming the viewing this Saturday at 3pm. Please let me know if the timing still works. Thank you!",
        ),
        (
            "user",
            "add the address pls: Blk 510 Tampines Central 1 #10-522, seller is Mr Kumar Selvam, his hp 9158 3302",
        ),
        (
            "assistant",
            "Hi Mr Kumar, confirming the viewing at Blk 510 Tampines Central 1 #10-522 this Saturday at 3pm. See you then!",
        ),
    ],
    [
        ("user", "Boleh saya guna CPF untuk bayar ansuran HDB?"),
        (
            "assistant",
            "Boleh, anda boleh gunakan simpanan Akaun Biasa CPF untuk membayar ansuran pinjaman perumahan.",
        ),
        (
            "user",
            "Gaji saya $3,100 sebulan, isteri tak kerja sebab jaga anak OKU. Nama saya Rizal bin Mohd Noor, S5817392D.",
        ),
        (
            "assistant",
            "Terima kasih. Sila jangan kongsi nombor NRIC di sini; anda boleh semak kelayakan melalui Portal Flat HDB.",
        ),
    ],
    [
        ("user", "When will HIP start for Blk 98 Whampoa Dr?"),
        (
            "assistant",
            "The Town Council will put up notices about 2 weeks before works begin. You can also check the HIP schedule on the HDB website.",
        ),
        (
            "user",
            "My father Mr Teo Hock Chye lives there alone at #06-27, he has Parkinson's and can't leave the flat. Can the contractor work in phases?",
        ),
        (
            "assistant",
            "Yes, you can ask the HIP site office to arrange phased works for residents with mobility needs.",
        ),
    ],
    [
        ("user", "divorced already, how to handle the BTO? MOP not up yet"),
        (
            "assistant",
            "If the MOP has not been met, the flat generally has to be returned to HDB or transferred to a party who is eligible to keep it.",
        ),
        ("user", "我前妻许雅婷 T0276531J 不肯搬走，Blk 419B Northshore Dr #13-61，我该怎么办"),
        ("assistant", "建议您先咨询律师，或向家事司法法庭申请相关命令。"),
    ],
    [
        ("system", "Internal CRM summariser. Summarise the ticket in one sentence."),
        (
            "user",
            "Ticket #TC-55821: caller paid S&CC arrears with Amex 376812345678902, name on card Ho Mei Xin, wants receipt sent to meixin.ho@yahoo.com.sg",
        ),
        ("assistant", "Resident paid S&CC arrears by card and requested an e-receipt by e-mail."),
    ],
    [
        ("user", "my grandma wants to apply for a 2-room Flexi short lease"),
        (
            "assistant",
            "Seniors aged 55 and above can buy a short-lease 2-room Flexi flat, with a lease of 15 to 45 years.",
        ),
        ("user", "She's Mdm Sng Ah Moi, 78"),
        (
            "user",
            "currently staying with us at Blk 7 Telok Blangah Crescent #14-07 but she got early dementia, can she still sign the documents herself?",
        ),
        (
            "assistant",
            "If there is doubt about mental capacity, a Lasting Power of Attorney or a court-appointed deputy may be needed.",
        ),
    ],
    [
        ("user", "HFE letter eppadi apply pannuradhu?"),
        ("assistant", "HDB Flat Portal-la Singpass use panni apply pannalaam."),
        (
            "user",
            "Enakku FIN F7712046R, en wife citizen, Meena Rajendran. Naanga Yishun-la resale paakurom, my number 8362 9045",
        ),
        (
            "assistant",
            "Nandri. Non-citizen spouse scheme kaaga neenga rendu perum HFE apply pannanum.",
        ),
    ],
]
