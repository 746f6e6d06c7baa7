# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en230: SG/MY kite flying, model aircraft, RC car and drone hobby clubs. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en230
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "field_notices"): _lines("""
        NOTICE: Flying field at Lorong Halus closed 14-16 Mar for grass cutting by the contractor. Sessions resume Sat 7am. Please do not park on the verge along the access road.
        Reminder to all members: max altitude at our field is 200 ft as per the Activity Permit conditions. The RSO on duty has the final say.
        Frequency board: 2.4GHz pilots no peg needed; 35MHz and 72MHz legacy sets must take the peg before switching on. No peg, no power.
        Kite flying on the Marina Barrage green roof is allowed, but no kites with metal line or glass-coated string (manja). Staff may ask you to reel in during events.
        Pit rules: props off in the pits, batteries charged only at the charging table inside LiPo bags, fire extinguisher is behind the container next to the first aid box.
        Annual subscription 2027: ordinary member S$120, junior (below 18) S$40, family add-on S$30. PayNow to UEN T15SS0148H (Skylark Aeromodellers Society) with your membership number as reference.
        Lost property: one Radiomaster TX16S in a grey case and a bag of 5x4.5 props left at the shelter on Sunday. Describe the sticker on the case to the committee to claim.
        Pasir Gudang kite festival shuttle bus runs from Bukit Indah every 30 min from 8am; kite arena entry is free, parking RM5 per entry at Bukit Layang-Layang.
        Drone pilots: our field sits inside the 5km radius of Seletar Airport, so every flight needs the permit. No exceptions, no just-hovering-only lah.
        Club AGM on 18 January 2027, 7.30pm at the community club function room 2. Quorum is 20 ordinary members. Proxy forms from secretary@skylarkaero.org.sg.
        RC car track: the 1/10 touring layout changes this week, new layout map is pinned at the marshal tower. Nitro engines only after 9am due to noise complaints from the estate.
    """),
    ("en", "shop_orders"): _lines("""
        Order #HBK-2026-118734 confirmed: 2x Gens Ace 1300mAh 4S 120C (SKU GA-1300-4S-120) S$38.90 each, 1x Nazgul5 V3 frame S$89.00. Subtotal S$166.80, GST 9% S$15.01.
        Invoice INV/MY/2026/004412, Hobby Angkasa Sdn Bhd (202001023456 (1371845-K)): 1x FrSky X20S Tandem RM2,899.00. Balance due RM0.00.
        Ninja Van tracking NVSGHOBBY0029384711: out for delivery, estimated 2pm-6pm. Parcel contents: 1/8 buggy tyres set (4).
        RMA ticket RMA-55817: FPV goggles left screen flicker, unit received at service centre, diagnosis 5-7 working days. Warranty status: valid until 03/2027.
        Price list Dec 2026: balsa sheet 1/16 x 4 x 36 in S$4.50, thin CA glue 20g S$6.80, covering film red 2m S$21.00, 9g metal gear servo S$7.50.
        Promo code KITEFEST27 gives 12% off all kite line spools until 31 Jan 2027, cannot be combined with member discount.
        Refund processed for order 7713-2209-5 to original payment method, reference RFD00881934. Allow 7-14 business days.
        Shopee order 261204AB7XKQ31, seller Toy Drone Hub KL, status: To Ship. Item: bamboo wau bulan kit 36 inch, qty 2.
        Stock count 05/12: LiPo 3S 2200 = 14, 4S 1500 = 22, 6S 1100 = 9, JST-XH balance leads = 40, XT60 pairs = 115.
        For wholesale enquiries please WhatsApp our hotline +65 6748 2031 (Mon-Sat 11am-8pm) or email sales@skyhobby.com.sg.
        Quotation Q-2026-0391 to SMK Taman Desa STEM club: 10x Tello EDU RM549 each, 10x spare battery RM79 each, total RM6,280.00, valid 30 days.
    """),
    ("en", "permits_rules"): _lines("""
        Q: Do I need to register a 1.2kg quad I only fly for fun at the club field? A: Anything above 250g must be registered; check the CAAS UAS portal for the training certificate thresholds.
        Activity Permit application checklist: flight area map (KML), operations manual section 4, risk assessment, proof of third-party insurance, landowner consent letter.
        Template: I, [FULL NAME], NRIC/FIN [XXXXXXXXX], member no. [____], agree to abide by the field safety rules. Signature: ________ Date: ________
        Malaysia: check the CAAM registration requirements before flying anywhere near Putrajaya; the government precinct is a restricted area.
        How do I find out if a spot is inside a no-fly zone? Use the official drone query map and remember nature reserves and water catchments have their own rules.
        Kite line safety: keep at least 100 m from overhead power lines; if a kite snags on a cable, let go of the line and call the utility company hotline, never pull it down.
        Insurance clause: the Society's public liability cover is S$2,000,000 per occurrence and applies only to members flying at approved sites during approved hours.
        Form UA-REG-01 field list: applicant name, identification type, identification number, contact number, email, UA make, UA model, serial number, MTOM (g).
        5.8GHz Raceband: R1 5658, R2 5695, R3 5732, R4 5769, R5 5806, R6 5843, R7 5880, R8 5917 MHz.
        Flying without the required permit is an offence; see the authority's website for the current penalties before you ask in the group.
        Junior members under 16 fly on a buddy box with an instructor until they pass the solo test: takeoff, 2 circuits, figure 8, landing in the box.
    """),
    ("en", "race_results"): _lines("""
        Round 3 results, 1/10 Electric Touring Modified: A-Main 8 cars, winner TQ'd by 0.12s, fastest lap 11.842s, 34 laps in 5:00.
        Overall standings after 4 rounds: Team Rotorheads 312 pts, Petaling Props 298, Layang Ipoh Crew 251, Kallang Quads 240.
        On this day in 1903 Orville Wright flew the Wright Flyer for 12 seconds at Kitty Hawk; our 1:8 replica is on show at the open day.
        Fun fact for the open day panel: the Malaysia Airlines logo is a stylised wau, the moon kite of Kelantan.
        Igor Sikorsky's VS-300 inspired our scale heli trophy, the Sikorsky Cup, won this year by the Johor Bahru team with a judge score of 94.5.
        Kite festival statistics: the 2026 edition drew 61 international teams from 28 countries, 312 registered kites, 4 line breaks reported, no injuries.
        Lap times (anonymised, pilot IDs only): P07 1:12.48, P12 1:13.02, P03 1:13.77, P21 1:14.10.
        Race director's note: 2 false starts in Heat 6, restarted under rule 4.3; results stand after the 30-minute protest deadline.
        Amelia Earhart Class (vintage free flight) moved to Sunday because of the crosswind forecast; models must be built to pre-1945 plans.
        Class entry numbers 2022-2026: 2WD Buggy 18/22/25/19/27, 4WD Buggy 14/15/20/23/24, Touring Stock 31/29/26/28/30.
        Astronaut Sheikh Muszaphar Shukor flagged off the national junior water rocket finals this morning, 146 school teams took part.
    """),
    ("en", "incident_log"): _lines("""
        INC-2026-041 | 06/12/2026 09:14 | Flyaway, 5-inch FPV quad, signal loss at approx 300 m, failsafe set to drop, model recovered in lalang 40 m north of runway. No injuries.
        INC-2026-042 | Kite line crossed the jogging path at East Coast Park Area C, one cyclist stopped, no contact. Action: cone off the lawn on festival days.
        LiPo puffed and vented while charging at pit table 3; put out with the sand bucket, no injury. Charger was set to 4S on a 3S pack. Reminder issued to all members.
        Near miss reported through the occurrence form: helicopter crossing at about 400 ft, all models landed within 20 seconds on the RSO's call. Ref MOR-0932.
        Member A (junior) was nicked by a propeller during a bench test; first aid given on site, no hospital visit needed. Bench tests now props-off only.
        Incident summary Q3: 7 crashes, 2 flyaways, 1 minor injury, 0 third-party damage claims. All reviewed at the committee meeting.
        Drone landed on the roof deck of a multi-storey car park; recovered with the help of the management office, no damage to property.
        Site supervisor of the construction contractor asked us to keep away from the crane zone on weekdays; agreed, boundary flags moved 30 m west.
        RC car hit the spectator fence at turn 4 at about 45 km/h, fence panel bent, repaired same day by the track crew. S$85 charged to the maintenance fund.
        Incident form: Date/time ___ Location ___ Model type ___ Description ___ Injuries (Y/N) ___ Reported by (role) ___
        Bird strike: a black kite (the bird, Milvus migrans) hit a 2m glider at 150 ft, glider landed safely, bird flew off. Logged for the wildlife survey.
    """),
    ("mixed", "forum_posts"): _lines("""
        Anyone know where to buy 1.5mm carbon rod in SG ah? The shop at Sim Lim closed liao.
        Bro the wind at Punggol waterway today super shiok, perfect for delta kite, but after 5pm got thunderstorm warning so pack up early lah.
        Saya baru beli Radiomaster Pocket, how to bind with ELRS receiver version 3.4? Binding phrase must same both side kan?
        请问 anyone tried the new Tinyhawk? 室内飞 ok 吗? Or too loud for void deck?
        WTS used Kraton 6S, run 5 times only, with 2x 6S packs, S$650 nego, COD at Jurong East MRT only.
        PSA: Sentosa beaches are not drone-friendly, the staff will come and ask for your permit one.
        今天 Pasir Gudang 风很大, layang-layang semua naik tinggi, best giler!
        Betaflight 4.5 vs 4.4 got big difference anot? My quad oscillates after update, PID already reset to default.
        Kids' class at the CC this Saturday: build a bamboo kite in 2 hours, materials provided, $15 per child, parents pls stay with the kids.
        Who remember the old hobby shop at Peninsula Plaza? 80s time all the uncles buy Futaba radios there, now become bubble tea shop already.
        The Jalan Sultan Ismail hobby mall 3rd floor shop got sale, 20% off all Mugen spares until Sunday.
    """),
    ("ms", "notis_kelab"): _lines("""
        Notis: Padang terbang di Taman Tasik Cempaka ditutup sementara pada 20-22 Disember kerana kerja penyelenggaraan oleh pihak majlis bandaraya.
        Yuran keahlian tahunan 2027 ialah RM60 untuk ahli biasa dan RM25 untuk pelajar. Bayaran melalui DuitNow ke akaun kelab, rujukan: nombor ahli.
        Semua juruterbang dron mesti mematuhi had ketinggian 400 kaki dan tidak boleh terbang berhampiran lapangan terbang tanpa kebenaran CAAM.
        Pertandingan Wau Tradisional peringkat negeri Kelantan akan diadakan di Pantai Geting, Tumpat. Kategori: wau bulan, wau kucing, wau jala budi.
        Peraturan trek RC: enjin nitro hanya dibenarkan selepas jam 9 pagi. Sila sapu kawasan pit selepas sesi.
        Mesyuarat Agung Tahunan kelab akan diadakan pada 11 Januari 2027, jam 8 malam di dewan serbaguna. Korum ialah 15 orang ahli.
        Borang pendaftaran ahli baharu: Nama: ______ No. Kad Pengenalan: ______ No. Telefon: ______ Tandatangan: ______
        Kejadian: sebuah dron jatuh di kawasan parkir kerana bateri lemah. Tiada kecederaan. Ahli diingatkan supaya memeriksa voltan sebelum terbang.
        Kursus asas membuat wau untuk kanak-kanak, 3 sesi, RM30 seorang, bahan disediakan. Tempat terhad kepada 20 peserta.
        Keputusan perlumbaan dron pusingan kedua: 27 peserta, 3 tidak hadir, masa pusingan terpantas 38.6 saat.
        Untuk pertanyaan, hubungi talian pejabat kelab 03-7781 2240 (Isnin-Jumaat, 9 pagi-5 petang) atau e-mel setiausaha@kelabrcselangor.org.my.
        Pesanan #KRC-88120: 2 unit motor brushless 2207 1950KV, RM178.00, dihantar melalui Pos Laju ER408821157MY.
        Peringatan: wau dengan tali tajam (tali kaca) diharamkan di kawasan festival demi keselamatan pengunjung dan penunggang motosikal.
    """),
    ("zh-Hans", "club_notices"): _lines("""
        通知：本周六裕廊湖花园放风筝活动因天气预报有雷暴，改到下周六上午八点。
        航模协会2027年会费：普通会员120新元，学生会员40新元，请于1月31日前缴交。
        无人机飞行须知：重量超过250克的无人机须先注册，飞行前请查看禁飞区地图。
        遥控车比赛第四站成绩：共24辆车参赛，冠军最快圈速11.9秒，全部结果已上传至协会网站。
        订单号 SG20261205-0047，商品：碳纤维螺旋桨 5x4.3x3，数量10对，合计28.50新元，已发货。
        新手请注意：锂电池充电时必须放在防爆袋内，充电过程中人不可离开。
        会员大会议程：一、主席报告；二、财务报告；三、选举新一届理事会；四、其他事项。
        有人知道新山哪里可以买到做风筝用的竹篾吗？最好是批发价。
        今年国际风筝节共有来自20个国家的45支队伍参加，现场展出风筝超过300只。
        报名表格：姓名＿＿＿ 证件号码＿＿＿ 联系电话＿＿＿ 紧急联系人＿＿＿
        事故记录：一架固定翼模型在降落时撞到围栏，无人受伤，机身损坏已自行修理。
        如有疑问请联系协会秘书处：info@skylark-aero.sg 或拨打办公室电话 6291 4408。
        莱特兄弟于1903年完成人类首次动力飞行，本会将于12月17日举办纪念飞行日。
    """),
    ("en", "config_exports"): _lines("""
        set failsafe_procedure = DROP
        # Betaflight / STM32F7X2 (S7X2) 4.5.1 Nov 20 2024 / 10:55:32 (77d01ba3b) MSP API: 1.46
        ELRS TX: packet rate 250Hz, telemetry ratio 1:128, switch mode Hybrid, model match on, firmware 3.4.3
        [race] class=5inch_open; max_cell=6S; vtx_power_mw=25; channels=R1,R3,R6,R8; laps=3; min_lap_s=15
        sha256(field_rules_2027.pdf) = 3b9e1c07d44a8f2e6b05c9a1d7e3f8820a4c6e91b2d7f035e8c4a19b6d20f7e3
        SELECT class, COUNT(*) AS entries FROM race_entries WHERE event_id = 'KRC-2026-R4' GROUP BY class ORDER BY entries DESC;
        members.csv header: member_no,name,id_type,id_last4,phone,email,joined,expiry,class_ratings
        timing export: event=R4, heat=7, lane=3, transponder=TX-4471-0093, laps=34, best=11.842, total=300.117
        model WAU_GLIDER_2M: timer1=06:00 THR>5%, mixes CH1 AIL, CH2 ELE, CH5 FLAP -30%, expo 25%
        FENCE_ALT_MAX 60, FENCE_RADIUS 150, FENCE_ACTION 1, RTL_ALT 3000, BATT_LOW_VOLT 14.0
        0 6 * * 6,0 /opt/club/bin/post_weather.sh --station S24 --channel @skylarkfield_announce
        a41c9e2 fix lap timer overflow when a race exceeds 99 laps (v2.3.1)
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Membership renewal: Goh Wei Liang, NRIC S8834127I, mobile 9736 4182, Class B fixed-wing rating, expiry 31/12/2026.
        Please update my emergency contact to my wife Nurul Ain binti Rosli, 8241 0937. I'm Muhammad Hafiz bin Kamarudin, member no. 0417.
        INC-2026-039: Rajesh s/o Subramaniam (member 0288) hit by his own prop on the right palm, 6 stitches at the A&E, advised no flying for 3 weeks.
        Committee only: Uncle Teo from the Thursday glider group has been asking to pay his subscription in instalments since he lost his job at the shipyard, please don't raise it at the AGM.
        Jasmine Pereira will miss the Penang kite festival, she's on chemo until February; her dad asked us to send her the team photo.
        UA registration transfer: seller Lim Kok Hwa, NRIC T0356219G, buyer Arjun Menon, serial 1581F5FJD22310047, please update both records.
        Refund to card 4556 3120 1847 3925 for the cancelled indoor arena booking BK-5531, cardholder TAN SHU MIN.
        Pay the kite workshop instructor fee of S$450 to DBS 027-91834-6, account name Siti Hajar binti Othman.
        Disciplinary: Bryan Koh Jun Jie suspended 3 months for flying over the PIE on 23 Nov despite the RSO's instruction; second offence after July.
        WTS Arrma Typhon 6S, S$520, contact Shawn at 9058 3314 or tele @shawnbashes, meet at Blk 617 Choa Chu Kang St 62.
        Car SLK4821X parked across the field gate again on Sunday, it's Kelvin Ng's, someone please tell him before the landowner tows it.
        Home delivery for order 2026-7781: Mdm Saraswathy d/o Krishnan, Blk 45 Telok Blangah Drive #08-1123, Singapore 100045, tel 9612 7405.
        Aunty Rosmah from #05-12 complained again that Faizal's son flies his drone outside her bedroom window at night; the town council wants our club to speak to the family.
        From daniel.fernandez.sg@gmail.com: requesting my lap times and heat footage from R3, I think my transponder was swapped with someone else's.
        Ong Beng Huat's cheque for the new container bounced again; he says his renovation business is closing and he will pay cash at month end.
        Festival team list: Chua Li Ting, passport E7734281K, DOB 14/07/1996, shirt size S.
        Junior member Ethan Lim Zhi Hao, 12, mother Mrs Lim 9437 2216, allergy: bee sting, carries an EpiPen in his field bag.
        FIN F6271935N, Pham Van Duc, work permit holder at a Tuas shipyard, asked if he needs his employer's letter to sit the UA basic training course.
        Vijay Kumar a/l Ramasamy's divorce hearing falls on the day of the final round, so the Bedok team will need a different spotter.
        Confidential: part-time track marshal Joseph D'Cruz, Nov 2026 gross S$1,450, CPF employee share S$290, payslip attached.
        Hi, I'm Grace Tay, my 5-inch quad was seized at Bishan Park on 2 Dec and I've been called for an interview next week, do I need a lawyer?
        Please don't pair Mei Ling with Darren for the team relay, they broke up last month and it got very messy.
        Overdue: Harpreet Kaur d/o Gurdev Singh still owes S$240 for the club jacket and two race entries; third reminder sent.
        Mr Ramli from the Pasir Ris field says he can't fly anymore, glaucoma in both eyes, so he wants to sell off all his gliders quietly.
    """),
    "ms": _lines("""
        Ahli baharu: Nur Aisyah binti Zulkifli, No. KP 930907-10-6218, tel 016-772 9053, alamat No. 12, Jalan Cempaka 3/2, Taman Cempaka, 68000 Ampang, Selangor.
        Pakcik Salleh yang selalu main wau di Pantai Geting tu baru keluar hospital, sakit jantung, jadi dia tak dapat masuk pertandingan tahun ni.
        Bayaran yuran pertandingan ke akaun Maybank 5621 4408 7713 atas nama Mohd Firdaus bin Azman, sila hantar resit ke WhatsApp 012-438 7701.
        Aduan: Encik Tan Ah Kow di Lot 2281, Kampung Baru Sungai Buloh kata dron ahli kita ambil gambar rumah dan anak perempuan dia.
        Kak Yati dah berhenti kerja kilang sebab nak jaga mak dia yang kena strok, jadi dia minta tangguh bayar yuran kelab.
        Senarai peserta pasukan Perak: Muthu a/l Arumugam, KP 781129-08-5547, kategori wau kucing dewasa.
        Kereta Proton Saga WXY 8823 milik Encik Azlan bin Hashim diletak menghalang laluan kecemasan trek, sila alihkan segera.
        Saya Wong Mei Fong, emel meifong.wong88@yahoo.com, nak tanya pasal kelas wau untuk anak saya yang berumur 9 tahun.
        Cikgu Rahimah dari SK Seri Bunga kena tindakan disiplin sebab bawa murid terbang dron tanpa surat kebenaran ibu bapa.
    """),
    "zh-Hans": _lines("""
        会员登记：陈志明，身份证 S7612048Z，手机 8876 2315，住址：淡滨尼21街第218座 #06-77。
        3栋的陈阿姨说她儿子上个月放风筝时从楼梯摔下来，腿骨折了，现在还在住院。
        中国队员名单：王海涛，身份证号 440306198807143612，手机 138 2746 9051，护照号 EJ4829173。
        退款请转到林美华的银行卡 5521 4607 8813 0255（户名：林美华），金额 350 元。
        遥控车队的李国强最近欠了不少赌债，俱乐部那台比赛车可能被他拿去卖了，大家先别声张。
        微信号 zhang_fpv_1992 的张伟上周在东海岸公园炸机，把一个路人的手划伤了，对方要求赔偿800新元。
        厦门来的郑晓燕（身份证350203199102234029）报名参加风筝节，紧急联系人是她丈夫 159 0312 7784。
        模型店的黄师傅这个月工资又被拖欠了，他在那里做了六年，老板说年底才付。
    """),
    "zh-Hant": _lines("""
        香港隊員何家豪，身份證 K582163(0)，電話 6389 2145，請在報名表上補填緊急聯絡人。
        台灣來的飛手蔡宜蓁，身分證字號 A227810361，LINE ID: yichen_fly0928，手機 0928 471 356。
        梁太話佢個仔喺比賽嗰日暈低咗，醫生話係心律不正，之後都唔准再玩遙控車。
    """),
    "mixed": _lines("""
        Bro, Ah Boon's IG is @boonflies_sg, he the one crash into the lamp post at Punggol, his ah ma very angry already lol.
        那个 Siva a/l Muniandy 还没还 club 的 charger, dia cakap minggu depan, but already three weeks liao.
        Eh my MyKad 010522-01-7731 kena scan at the festival gate, the volunteer took photo of it, is that ok or not?
        Don't tell the others ya, Jia Hui from the Tampines group failed her UA basic training test twice already, she very paiseh.
        Pls transfer deposit to Nicholas Chong OCBC 601-283947-001, then WhatsApp him at 8362 4190 for the Losi spare parts.
        Auntie Lakshmi's grandson Dinesh is the one who took the wau from the storeroom, she already paid back RM80 but begged us not to lapor polis.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the membership helpdesk assistant for Skylark Aeromodellers Society."),
        (
            "user",
            "Hi, I want to renew for 2027. Samuel Yeo Kian Hock, NRIC S9021476D, member no 0733.",
        ),
        (
            "assistant",
            "Thanks Samuel. The 2027 ordinary rate is S$120 via PayNow with your member number 0733 as reference. Anything to update on your record?",
        ),
        ("user", "Yes, change my mobile to 9480 1627, the old one is my company phone."),
        (
            "assistant",
            "Noted, I will update the mobile on record for member 0733 to 9480 1627 once the payment comes in.",
        ),
    ],
    [
        (
            "system",
            "You help hobbyists understand drone registration steps in Singapore. Be brief.",
        ),
        (
            "user",
            "I bought a used Mavic from a guy on Carousell, Marcus Low. He gave me his FIN G5530812N for the transfer. How do I do it?",
        ),
        (
            "assistant",
            "The current registered owner normally starts the transfer from their own account, so ask Marcus to do it and send you the confirmation; you should not need to keep his FIN.",
        ),
        ("user", "ok then I delete the screenshot of his card?"),
        (
            "assistant",
            "Yes, once the transfer is done there is no reason to keep a copy of his identification.",
        ),
    ],
    [
        ("system", "Anda membantu setiausaha kelab RC menulis laporan kejadian."),
        (
            "user",
            "Tolong tulis laporan: semalam Khairul Anuar bin Ismail, ahli no. 112, jari kena kipas masa test motor, dibawa ke Hospital Shah Alam, dapat 4 jahitan.",
        ),
        (
            "assistant",
            "Laporan Kejadian: Pada 5 Disember 2026, ahli no. 112, Khairul Anuar bin Ismail, tercedera di jari semasa ujian motor dan dibawa ke hospital; beliau menerima 4 jahitan.",
        ),
        ("user", "Boleh buang nama dia untuk versi yang kita hantar ke group WhatsApp?"),
        (
            "assistant",
            "Boleh: Pada 5 Disember 2026 seorang ahli tercedera di jari semasa ujian motor dan menerima rawatan hospital. Ahli diingatkan untuk tanggalkan kipas semasa ujian.",
        ),
    ],
    [
        ("system", "你是风筝节报名助理。"),
        ("user", "帮我登记：刘佳怡，新加坡手机 9367 5820，带两个孩子参加亲子风筝工作坊。"),
        ("assistant", "已记录：刘佳怡，联系电话 9367 5820，亲子工作坊共三人。请问孩子的年龄？"),
        ("user", "一个7岁一个10岁，小的有哮喘，请工作人员注意。"),
        ("assistant", "好的，已备注年幼的孩子有哮喘，会提醒现场急救人员。"),
    ],
    [
        ("system", "You format volunteer rosters for a kite festival committee."),
        (
            "user",
            "Make a table: Gate A Sat - Priya d/o Nadarajan 9152 8846; Gate B Sat - Low Siew Lan 8723 1195; First aid Sun - Adrian Sequeira 9684 0372.",
        ),
        (
            "assistant",
            "Shift | Post | Volunteer | Mobile; Sat | Gate A | Priya d/o Nadarajan | 9152 8846; Sat | Gate B | Low Siew Lan | 8723 1195; Sun | First aid | Adrian Sequeira | 9684 0372.",
        ),
        ("user", "Thanks, can you also make a public version for the Facebook page?"),
        (
            "assistant",
            "Public version: Sat Gate A and Gate B, Sun First Aid tent, all staffed by festival volunteers. Contact the committee mailbox for enquiries.",
        ),
    ],
    [
        ("system", "You are a neutral assistant for an RC car racing club's race control."),
        (
            "user",
            "I want to protest R4. Darren Goh Zhi Wei ran an unapproved motor in the A-Main, I saw him swap it after tech inspection.",
        ),
        (
            "assistant",
            "Protests must be lodged within 30 minutes with the protest fee. State the heat, the car number and what you observed; race control will re-inspect the car.",
        ),
        (
            "user",
            "Car 17. Also he did the same in Johor last year and was banned there for 2 months.",
        ),
        (
            "assistant",
            "Stick to what happened at R4 in the written protest; past matters at another club are for the committee, not race control.",
        ),
    ],
    [
        ("system", "You are the customer service bot of an online hobby shop."),
        (
            "user",
            "My order HBK-2026-119020 still not arrived. Deliver to Blk 302 Ang Mo Kio Ave 3 #11-214, Singapore 560302, name Chloe Tan.",
        ),
        (
            "assistant",
            "Thanks Chloe. Order HBK-2026-119020 shows a failed delivery attempt yesterday. Shall we reschedule to the same address?",
        ),
        ("user", "Yes, and my NRIC is T1147730A if the courier needs to verify."),
        (
            "assistant",
            "The courier only needs your name and order number, so please don't share your NRIC. I've rescheduled the delivery for tomorrow 2pm-6pm.",
        ),
    ],
    [
        ("system", "You help a model aircraft club committee word sensitive messages kindly."),
        (
            "user",
            "Our oldest member, Mr Francis Chong, 81, has dementia now. He keeps turning up at the field alone and forgets his way home. His daughter asked us to call her.",
        ),
        (
            "assistant",
            "That's a kind thing to handle carefully. You could message his daughter privately, let her know when he was last seen at the field, and agree who calls her if he turns up alone.",
        ),
        ("user", "Should I tell the whole WhatsApp group about his condition?"),
        (
            "assistant",
            "Better not; share only what the duty RSO needs, for example that he should not fly unaccompanied, and keep the medical details between the committee and the family.",
        ),
    ],
    [
        ("system", "You are a helpful assistant."),
        (
            "user",
            "Bro how to write msg in Malay ask Azman bin Yusof pay back RM350 for the drone race entry? He always say next week.",
        ),
        (
            "assistant",
            "Try: Salam Azman, nak ingatkan pasal RM350 untuk yuran perlumbaan dron hari tu. Boleh bayar sebelum 15 Disember? Terima kasih.",
        ),
        ("user", "Add my account also, CIMB 7023 5518 4296, name Teh Kah Leong."),
        (
            "assistant",
            "Added: Boleh masukkan ke akaun CIMB 7023 5518 4296 atas nama Teh Kah Leong. Terima kasih banyak.",
        ),
    ],
    [
        ("system", "你是一個協助香港航拍愛好者的助理。"),
        ("user", "我叫陳嘉欣，身份證 P370914(4)，上星期喺西貢飛航拍機被警察扣咗部機，點樣攞返？"),
        (
            "assistant",
            "一般要跟警方提供的案件編號查詢，準備好身份證明文件及購買證明。需要我幫你寫一封查詢信嗎？",
        ),
        ("user", "好呀，我電話係 6482 0915。"),
        (
            "assistant",
            "可以。信件會寫明你的姓名、聯絡電話 6482 0915 及扣機日期，身份證號碼只在警方要求核對時才提供。",
        ),
    ],
]
