# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en196: SG/MY smart-home installers, electricians and CCTV/alarm companies. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en196
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "quotation"): _lines("""
        QUOTATION Q-24-1187 | 4-room HDB smart home package: 6x smart switch (1-gang/2-gang, no-neutral), 1x Zigbee hub, 2x door sensor, installation & config | Subtotal S$1,146.00 | GST 9% S$103.14 | Total S$1,249.14 | Valid 30 days
        Item 3: Hikvision DS-2CD2143G2-IS 4MP AcuSense dome x4 @ $168 = $672; Item 4: DS-7608NXI-K1 8ch NVR with 2TB WD Purple @ $385; cabling per point $45 (up to 20m, casing included)
        Quote covers surface trunking along ceiling cornice only. Concealed wiring that needs hacking is subject to HDB renovation guidelines and will be quoted separately at $60/m.
        Terms: 50% deposit upon confirmation, balance upon completion. Payment by PayNow to UEN 201734512K (Brightwire Engineering Pte Ltd) or bank transfer. Cheques payable to company name only.
        Option A (wired alarm, 8 zones) RM2,350 vs Option B (wireless Ajax Hub 2 kit with 4 MotionProtect, 2 DoorProtect, 1 siren) RM3,180. Both include 12 months monitoring trial.
        DB upgrade for landed terrace: replace old rewirable fuse board with 63A 3-phase DB, 30mA RCCB + 100mA RCCB, 10x MCB. Labour + materials: S$2,680. LEW endorsement and turn-on application included.
        Price revision notice: from 1 Jan, 2.5mm² PVC cable price up 8%. Quotes issued before 15 Dec will be honoured till 31 Jan.
        Smart lock supply & install: Samsung SHP-DP609 S$899, Philips Alpha S$1,099, Igloohome Mortise 2+ S$629. Door modification for HDB main door +$80. Fire-rated door check required.
        Revised quote Rev.2 for Ref Q-MY-0934: removed 2 bullet cams at back lane per site meeting, added 1 PTZ at porch. New total RM4,870 nett, SST where applicable.
        Ceiling fan installation: $55 per unit (existing point), $120 per unit (new point with wiring up to 6m). Fan with light kit +$15. Dismantling old fan +$20, disposal +$10.
        Quotation for condo lift-lobby CCTV upgrade, MCST project: 24 cameras, 2 NVRs, 1 monitor at guardhouse. Tender closing date 29/11/2024, submission via managing agent only.
        Annual maintenance contract (AMC): 2 preventive visits/yr, 4-hour response for critical faults, lens cleaning, HDD health check. S$360/yr for up to 8 cameras; +$30 per additional camera.
        Inverter aircon isolator + dedicated 20A circuit for 1 unit: $280. Each additional unit on same trip: $180. Excludes aircon supply.
        Note: price excludes skylift for external wall mounting above 3.5 m; skylift rental RM650/day charged at cost if required.
    """),
    ("en", "site_survey"): _lines("""
        SITE SURVEY SS-1042 | Property: 5-room HDB, Sengkang | DB location: beside main door, 2x 40A RCCB present | Wi-Fi: router in living room, 2.4GHz signal weak in master bedroom (-78dBm) | Recommend mesh node before smart switch install
        Switch boxes checked: 9 of 11 have no neutral wire. Recommend no-neutral Zigbee switches or run new neutral ($35/pt).
        Corridor camera position: owner wants it to face main door only. Advised camera must not cover neighbour's unit; apply privacy masking on left 40% of frame.
        Landed semi-D, Bukit Timah: perimeter 62m, 3 blind spots at side gate, back yard, car porch. Recommend 6 bullet cams + 1 doorbell cam, PoE switch in store room.
        Condo unit survey: management requires renovation form approval for any drilling; work hours Mon-Fri 9am-5pm, Sat 9am-1pm, no work on Sun/PH. Lift padding booking via concierge.
        Measured earth loop impedance at DB: 0.42 ohm. Insulation resistance >200 MΩ on all circuits. Existing wiring OK for smart switch retrofit.
        Terrace house, Taman Desa: old 2-wire system, no earth at upstairs sockets. Recommend rewiring upstairs before installing smart plugs. Estimate 2 days.
        Ceiling void access: false ceiling in living room has access panel near kitchen; cable run to NVR rack possible via ceiling, approx 14m.
        Survey checklist: [ ] DB photo [ ] switch box depth [ ] router location [ ] ceiling height [ ] door frame material [ ] preferred app (Tuya/Aqara/HomeKit)
        Shophouse, Jalan Besar: 3 storeys, signal check for 4G alarm communicator: -95 dBm on ground floor, recommend external antenna on 2nd floor window.
        Note for survey team: take photos of the DB with cover closed and open; do not photograph family photos, documents or anything personal in the unit.
        Executive maisonette: upper floor has 4 bedrooms; 2 routers needed or Ethernet backhaul. Existing CAT5e point in study tested OK at 1Gbps.
        Power point for outdoor gate motor located 11m from DB; recommend 2.5mm² armoured cable via trunking along boundary wall.
        Survey fee S$50 waived if job confirmed within 14 days. Survey by Team C, 2.15pm-3.05pm, photos uploaded to job folder JF-2024-0716.
    """),
    ("en", "installation_report"): _lines("""
        INSTALLATION REPORT IR-2024-0581 | Job: 4 dome cams + 4ch NVR | Cameras mounted at living, kitchen, corridor, service yard | Recording: continuous 7 days @ H.265+ | Remote view tested on 4G | Status: Completed
        NVR firmware updated from V4.30.085 to V4.62.210. Default admin password changed and handed over in sealed envelope. Owner advised to enable 2FA in app.
        Smart switches paired: 7/7 on Zigbee channel 15. Hub placed at TV console. Scenes configured: 'Good Night', 'Leaving Home'. Voice assistant linked (Google Home).
        Issue encountered: camera 3 no video, PoE budget exceeded on switch port 3. Replaced with 60W PoE switch (TP-Link TL-SG1005P). Rechecked: all 4 online.
        Alarm panel zone test: Z1 main door contact OK, Z2 living PIR OK, Z3 kitchen PIR OK, Z4 panic button OK. Siren 112dB tested 3s. Entry delay 30s, exit delay 45s.
        Wiring done in white PVC trunking 25x16; screw holes sealed with silicone at external wall. Debris cleared, floor protection removed.
        RCD trip test at 1x IΔn: 21ms; at 5x IΔn: 9ms. Pass. Test instrument Megger MFT1741, calibration due 03/2025.
        Doorbell camera installed on HDB main door frame using bracket, no drilling into fire-rated door leaf. Chime plugged into socket in living room.
        Handover: owner shown app, sharing to family members, playback and clip export. User manual and warranty card given. Signature obtained on job sheet.
        Ceiling fan KDK K15UX installed at master bedroom, existing point. Fan balanced, no wobble at speed 5. Remote paired. Old fan taken away for disposal.
        Incomplete: 2 switches pending due to wrong box size (3x3 vs 3x6). Revisit to be scheduled after parts arrive; job remains open.
        Solar 4G camera installed at estate gate, Kulai. Panel facing north-west, battery 98% after 2h. Data SIM from company pool, 10GB/month plan.
        LPR camera at condo main gate calibrated: capture angle 25°, plate recognition rate 97% over 200 test passes, day and night.
        Post-install checklist: labels on all cables (C1-C8), NVR time synced to sg.pool.ntp.org, HDD status 'Normal', motion zones drawn, notifications on.
    """),
    ("en", "warranty_policy"): _lines("""
        Warranty: 1 year labour, 2 years on cameras and NVR (manufacturer), 3 years on HDD (WD Purple). Warranty void if device opened, relocated by third party or damaged by lightning/surge.
        To claim warranty, WhatsApp our service line with your invoice number, device model and a short video of the fault. We respond within 1 working day.
        Claim RMA-24-0312 status: unit received at service centre, fault confirmed (IR LED failure), replacement shipped via Ninja Van, tracking NVSGBRIWS000418723.
        Out-of-warranty repairs: inspection fee $40, waived if repair proceeds. Replaced parts carry a 90-day warranty.
        Smart lock warranty does not cover battery leakage damage. Replace all 4 AA batteries every 6-9 months or when the low-battery alert shows.
        Lightning damage is not covered. We recommend a surge protection device (SPD) at the DB for landed property; insurance claims may be filed with your home insurer using our inspection report.
        Warranty transfer: if the property is sold, remaining warranty transfers to the new owner upon submitting the original invoice and completion certificate.
        Claim form fields: Invoice No. ____ / Date of purchase ____ / Model ____ / Serial ____ / Fault description ____ / Preferred visit date ____
        For Ajax devices, warranty is 2 years from the activation date shown in the PRO app; keep the hub online so the activation date registers.
        Claim WC-2411-0088 rejected: water ingress because camera was mounted facing upward without sun shield, contrary to installation guide; chargeable repair quoted at S$95.
        Dead-on-arrival (DOA) units within 7 days of installation replaced on the spot if stock available. DOA report must include serial number and photo of packaging.
        Our warranty is in addition to your rights under the Lemon Law (CPFTA): defects reported within 6 months of delivery are presumed to have existed at delivery.
        Batch recall notice: doorbell model VD-200 serial range 2306A0001 to 2306A4800 may have a charging fault. Affected units will be swapped free of charge.
    """),
    ("en", "app_support"): _lines("""
        Q: App shows 'Device offline' but camera light is solid blue. A: Check router DHCP lease, power-cycle camera, then remove and re-add device in app if still offline after 10 min.
        How do I share my camera with family? Go to Device > Settings > Share > enter their registered app account. They get view-only by default; owner can grant playback.
        Error code E-1009: cloud subscription expired. Recording to local SD card continues; renew under Me > Cloud Service to restore cloud playback.
        Password reset: tap 'Forgot password' on the login screen, enter the e-mail or mobile number you registered with, and key in the 6-digit OTP within 5 minutes.
        Support ticket #TK-558201 closed: issue resolved after firmware 2.3.17 update. Reopen within 14 days by replying to the ticket e-mail.
        RTSP stream URL format: rtsp://<user>:<password>@<camera-ip>:554/Streaming/Channels/101 (main) or /102 (sub-stream).
        Default IP of new cameras is 192.168.1.64; activate via SADP tool and set a strong password before adding to the NVR.
        Account deletion: in app go to Me > Account & Security > Delete Account. All devices will be unbound and cloud clips erased after 15 days.
        Why no push notifications on Xiaomi/Oppo phones? Enable autostart and turn off battery optimisation for the app; some Android skins kill background apps aggressively.
        Hi {first_name}, your support ticket {ticket_id} has been updated. Our technician will visit on {visit_date} between {slot}. Reply STOP to opt out.
        Two-factor authentication is mandatory for admin accounts from v5.2. Households sharing one login should create individual accounts instead.
        Known issue in iOS app 4.8.0: playback timeline jumps to 00:00 when switching day. Fix in 4.8.1, rolling out this week.
        The region selected at sign-up determines which data centre your account uses; devices cannot be moved across regions after pairing.
        Live chat hours: Mon-Fri 9am-9pm, Sat-Sun 10am-6pm. Hotline 6100 2846 (SG) / 1-300-88-7323 (MY). Our staff will never ask for your password.
    """),
    ("mixed", "group_chat"): _lines("""
        Boss, the 6 dome cam from distributor reach already, tmr 8.30 load van at Ubi warehouse ok?
        Sengkang job postpone to Thursday lah, MCB keep tripping, need to check for earth leakage first
        Eh who took the Fluke tester? Not in the toolbox leh, need it for Punggol job 2pm
        Team B pls remember bring 8ft ladder and the 25mm trunking, the Bedok condo no stock downstairs
        Today Tampines 2 jobs done, Pasir Ris 1 pending (nobody home, reschedule). Mileage claim submit by Friday ya
        Wah the hub firmware update brick 2 units liao, don't update on site until vendor confirm
        Sabtu ni half day je, pukul 1 tutup stor. Sesiapa nak ambil barang, ambil before 12 ok
        Reminder: all techs must wear company T-shirt + lanyard on site, MCST complain last week contractor got no pass
        Later 3pm toolbox meeting at office, topic working at height + ladder safety. Compulsory ah
        Supplier say WD Purple 4TB out of stock till mid Dec, use Seagate SkyHawk first can?
        JB job tomorrow need cross Causeway 6am, bring your own passport, petrol claim as usual
        Bukit Jalil condo job want add 2 more cam, I quote RM380 each inclusive wiring, ok boss?
        老板 invoice INV-2311-0462 already send to the MCST, payment term 30 days
    """),
    ("ms", "notis"): _lines("""
        NOTIS: Gangguan bekalan elektrik dirancang di Blok A & B pada 14 Disember, 9 pagi hingga 1 petang, untuk kerja naik taraf papan suis utama. Harap maklum.
        Sebut harga QT-MY-2024-118: pemasangan 4 kamera CCTV 4MP, 1 NVR 4 saluran, HDD 1TB, kabel & upah. Jumlah RM2,150. Sah selama 30 hari.
        Waranti tidak meliputi kerosakan akibat kilat, banjir atau pengubahsuaian oleh pihak ketiga. Sila simpan resit asal untuk tuntutan.
        Untuk aduan kerosakan selepas waktu pejabat, sila hubungi talian kecemasan syarikat 03-5882 1460. Jangan buka penutup papan suis sendiri.
        Pemeriksaan pendawaian mesti dilakukan oleh pendawai elektrik berdaftar dengan Suruhanjaya Tenaga sebelum sambungan bekalan baharu.
        Pengguna aplikasi: kemas kini ke versi 3.2.0 untuk membaiki masalah notifikasi lewat. Tiada data pengguna terjejas.
        Jadual pemasangan minggu ini: Isnin Shah Alam (2 kerja), Selasa Klang, Rabu cuti, Khamis Puchong, Jumaat Cyberjaya. Pasukan bertolak 8.30 pagi.
        Harga promosi penggera tanpa wayar: kit asas RM999 termasuk 1 panel, 2 sensor pintu, 1 PIR, 1 siren. Tawaran sehingga 31 Januari.
        Hubungi talian TNB 15454 untuk gangguan bekalan di kawasan anda; untuk kerosakan pendawaian dalam rumah, hubungi pendawai elektrik anda.
        Sila pastikan Wi-Fi 2.4GHz diaktifkan sebelum juruteknik tiba. Kamera pintar tidak menyokong rangkaian 5GHz sahaja.
    """),
    ("zh-Hans", "客服"): _lines("""
        您好，门铃摄像头显示离线，请先确认路由器是否为2.4GHz，再长按复位键5秒重新配网。
        报价单Q-24-1203：智能开关6个、网关1个、人体感应器2个，含安装共新币1,080元，有效期30天。
        保修期内摄像头红外灯故障可免费更换，请提供发票号码和机身序列号，不需要提供身份证号码。
        安装时间一般为周一至周六上午9点至下午6点，组屋装修需遵守建屋局规定的施工时间。
        师傅们注意：明天榜鹅两个单，早上8点半仓库集合，记得带梯子和测电笔。
        App账号被锁定是因为连续5次输错密码，30分钟后自动解锁，或点击“忘记密码”重设。
        我们的客服热线：6100 2846，营业时间星期一至五上午9点到晚上9点。
        吉隆坡和新山地区的上门检修费为RM80，若确认维修则免收。
        请问无中性线的开关盒可以装智能开关吗？可以，选择单火线版本即可，但部分LED灯可能会闪烁。
        硬盘录像机默认保存7天录像，如需保存30天请升级至4TB硬盘。
    """),
    ("en", "industry_news"): _lines("""
        The Energy Market Authority reminds homeowners that electrical installation work must be carried out by licensed electrical workers.
        Xiaomi founder Lei Jun said at the launch that the company's smart-home ecosystem now links hundreds of millions of connected devices.
        The 'war of the currents' between Thomas Edison and Nikola Tesla still explains why our homes run on AC while solar panels and batteries produce DC.
        The PDPC's advisory guidelines on CCTV say organisations should put up notices informing people that CCTV is in operation.
        Ajax Systems, founded in Kyiv by Oleksandr Konotopskyi, has grown into one of Europe's largest makers of wireless alarm systems.
        Malaysia's Energy Commission (Suruhanjaya Tenaga) requires wiremen to hold a competency certificate appropriate to the voltage and scope of work.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        JOB SHEET JS-24-0917 | Customer: TAN BOON HOCK | Address: Blk 287C Compassvale Crescent #12-455, Singapore 543287 | Tel: 9736 2418 | Scope: 4 CCTV + NVR | Deposit paid $600 (PayNow)
        Warranty claim WC-2411-0102 | Claimant: Noraini binti Kassim | NRIC: S7295577C | Model VD-200, SN 2306A1187 | Fault: battery swelling, unit hot to touch | Contact 8842 1079
        Note for tomorrow: Mr Rajesh s/o Ganesan has a pacemaker, keep the magnetic bit set away from him and finish before 11am, he goes for dialysis after lunch
        Customer Geraldine de Souza called again about the alarm going off at 3am; she lives alone since her husband passed and is very anxious, pls prioritise her visit
        Refund approved: S$420 to Lim Wei Ming, POSB savings 188-42716-3, for cancelled smart lock job Q-24-1190.
        Card on file for AMC auto-renewal: VISA 4556 3230 4752 8092 exp 09/27, cardholder KELVIN ONG JIA HAO
        App login issue: user jasonlim.88@gmail.com cannot log in after changing phone; account registered to +65 9018 6653; OTP going to old number.
        Install address only, no name given: 23 Jalan SS 2/64, 47300 Petaling Jaya, Selangor - gate code 4417#, dog in compound
        LPR whitelist update for Upper Thomson condo: add SJL3307P (owner Mr Chua Kok Leong, #15-03), remove SMF812M (tenant Mr Aaron Yip moved out end Oct).
        Technician Muhammad Hafiz bin Yusof on MC 12-13 Nov (dengue), his Woodlands jobs reassigned to Team C.
        Site contact for Bukit Timah semi-D: Mrs Angela Whitfield, away in Perth till 20 Dec, helper Rosalinda will open the gate, call 8127 4490
        FIN G5527720L - Zhang Xiaoyu, electrician on work permit, renewal due 02/2025; must work under LEW supervision for all DB jobs.
        Complaint: Ms Priya d/o Ramasamy says our tech left drilling dust on her sofa and scratched her door frame; she wants $150 compensation. HP 9655 0312.
        Footage request from police IO: case involving Mr Ho Chee Keong, 58, who collapsed at his corridor on 04/11; household consents to release clip 07:42-07:55.
        Payment received: RM1,860 via DuitNow from NUR AISYAH BINTI ROSLAN, ref INV-MY-24-0338, Maybank acc 1642 7730 9152
        ID check at handover: Ahmad Faizal bin Othman, MyKad 850314-10-5523, confirmed as owner before releasing NVR admin password.
        Email from client: 'Hi, Clement Pereira here, my cameras at 14 Jalan Kembangan stopped recording since Sunday, I'm overseas till Friday, pls fix asap'
        Alarm monitoring call list, account MON-3371: 1) Mr Goh Teck Seng 9284 1153 2) son Goh Jun Wei 8390 7726 3) neighbour at #05-14 (no number)
        Pls remove camera sharing for wendy.koh.79@hotmail.com - owner Eric Lau requested after the divorce, verified with his NRIC S7803651F
        Site survey SS-1051, Mr & Mrs Balakrishnan, Blk 118 Tampines St 11 #03-201: wheelchair user in household, switches at 1m height, voice control priority
        Quotation addressed to: Mr Wong Kah Wai, 17 Jalan Setia Indah U13/8D, Setia Alam, 40170 Shah Alam | H/P 016-224 9087 | Total RM5,240
        HR: Lee Jia Hui (admin exec), last drawn salary S$2,800, resignation accepted, last day 31 Dec, unused leave 4 days to be paid out.
        Doorbell cam registered to muthu.kumar78@yahoo.com.my, hub serial AJX-H2-0039921, install at Lot 2245 Kampung Baru Sungai Buloh
        To whom it may concern: we confirm that on 2 Nov the DB at the home of Mr Low Chee Meng, 41 Sunrise Drive, Singapore 806432, was damaged by lightning; repair cost S$1,340.
        Booking Sat 9am aircon isolator x2, cust Daniel Tan 9460 2285, pay cash, wife just delivered so don't ring doorbell, text when downstairs
        Overdue: Mr Sivakumar a/l Muniandy still owes RM2,150 for CCTV job since Aug, 3 reminders ignored, next step letter of demand from lawyer.
        Customer acknowledgement signed, IC no. 920817-14-6042
        Blk 412 Bedok North Ave 2 #08-123 S460412 - smart lock jammed, old uncle staying alone cannot get in, URGENT
        Telegram @kelvinong_sg keeps messaging our techs at night for free help with his Aqara setup, pls block him and refer to support
        From: Nurul Huda Hamzah <nurulhuda.h@gmail.com> | Subject: Warranty - NVR beeping non-stop | Bought from you last year, invoice INV-2305-0211, I'm at home weekdays after 6pm.
        Causeway pass list for Kulai factory job: Goh Wei Jie, Malaysian passport A38291047, entering via Woodlands 6am Tuesday
        Mdm Lau Siew Lan (78) wants a fall-detection sensor in the toilet after her hip surgery; daughter Jenny will pay, contact her at 9187 3320
        GIRO form | Account holder: CHEN MEI LING | DBS 027-6-318845 | NRIC S8428491B | Monthly S$30 cloud plan starting Jan
    """),
    "mixed": _lines("""
        boss the aunty at Blk 652 Jurong West St 61 #10-388 say cam cannot see at night again, her son Marcus say he will pay for the IR illuminator
        eh uncle Ramli bin Sulaiman call me 3 times today, his alarm keep false trigger, he say next time call +6017-680 2243 not the house phone
        Jason Lim dah bayar deposit RM500 ke? He ask can install Sabtu, rumah dia 12 Jalan Molek 2/5, Taman Molek, JB
        tmr 10am Puan Zarina binti Hashim punya rumah, 55 Jalan Mawar 3, Taman Bukit Indah, dia pregnant so no strong smell pls, open window when using sealant
        陈志明 already PayNow $780 from his 8566 3310, pls update job sheet JS-24-0988 and release the warranty card
        helper Maria at Mr Ong Kian Huat's house in Sunrise Terrace says madam warded at CGH, so reschedule lock install to next week
        careful ah this customer Lakshmi a/p Krishnan very fierce one, every visit also scold, last time threaten to report us to CASE
    """),
    "ms": _lines("""
        Nama: MOHD KHAIRUL ANUAR BIN ABDULLAH | No. K/P: 880925-01-6375 | Alamat: No. 8, Jalan Kenanga 4, Taman Kenanga, 81300 Skudai, Johor | Kerja: pasang 6 CCTV
        Encik Azman bin Ibrahim (012-738 4152) minta juruteknik datang Sabtu, rumah teres dua tingkat di Kajang, pendawaian lama selalu trip.
        Tuntutan waranti daripada Puan Rohani binti Yaakob: kamera pintu rosak selepas 3 bulan, beliau minta bayaran balik ke akaun CIMB 7063884215.
        Aduan: pelanggan Kamal bin Hassan kata juruteknik kita datang lewat 2 jam dan bercakap kasar; beliau mahu diskaun 20% atas invois.
        Senarai hubungan kecemasan sistem penggera: Cik Farah Nadia 019-352 6610 (anak), Encik Zulkifli 013-815 9026 (jiran)
        Pn. Salmah binti Ali, 67 tahun, guna kerusi roda - pasang suis pintar pada paras rendah, rumah di Lot 1123 Kampung Sungai Penchala
    """),
    "zh-Hans": _lines("""
        客户：林慧敏小姐，手机 9371 5508，地址：淡滨尼21街 Blk 201 #06-45，安装智能门锁，定金$200已付。
        黄国栋先生投诉上周安装的摄像头拍到邻居家门口，邻居已向市镇会投诉，他要求我们免费调整角度。
        保修申请：申请人郭秀英，NRIC S6956815G，门铃不响，购买日期2024年3月，联系电话 9820 1147。
        师傅注意：明天去新山 Taman Daya 的刘家，刘太太刚动完手术在家休养，进屋请小声，联系人刘俊杰 016-718 2390。
        退款：陈美玲女士，马来亚银行账号 1142 8806 3357，退还多付的RM320。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the support assistant for the SafeNest Home app in Singapore. Be brief and polite.",
        ),
        ("user", "my camera cannot add to app, keep say QR code invalid"),
        (
            "assistant",
            "Sorry about that. Please make sure your phone is on 2.4GHz Wi-Fi, hold the reset button for 5 seconds until you hear a beep, then scan the QR code again from about 20cm away.",
        ),
        (
            "user",
            "ok can already. but the account is under my wife Jessica Tan Shu Ying, jessica.tan.sy@gmail.com, registered with 9107 3345. can transfer owner to me?",
        ),
    ],
    [
        ("user", "hi need electrician urgently, whole house trip when I switch on water heater"),
        (
            "assistant",
            "Please keep the water heater switched off for now. Our earliest slot is tomorrow 10am-12pm. May I have the address and a contact name and number?",
        ),
        (
            "user",
            "Blk 506 Hougang Ave 8 #04-1120 S530506. name Mohamed Rizwan, hp 8906 1124, I WFH so anytime ok",
        ),
    ],
    [
        (
            "system",
            "Warranty claims assistant for Brightwire Engineering. Collect invoice number, model and fault.",
        ),
        ("user", "I want to claim warranty for my doorbell, it stopped charging"),
        (
            "assistant",
            "Sure. Could you share the invoice number, the doorbell model and the name the purchase was made under?",
        ),
        (
            "user",
            "INV-2402-0175, model VD-200. Name Sharon Yeo Hui Min, NRIC S8989165E. I'm usually home Tue and Thu if your tech needs to come.",
        ),
    ],
    [
        ("user", "Saya nak tuntut waranti kamera CCTV, satu kamera gelap waktu malam"),
        (
            "assistant",
            "Baik. Mohon berikan nombor invois, model kamera dan nama pembeli seperti dalam invois. Kalau boleh, sertakan juga video pendek rakaman malam.",
        ),
        (
            "user",
            "Invois INV-MY-24-0219. Nama Nor Azlina binti Md Yusof, IC 950730-12-5446, tel 011-2635 7794, rumah di Kota Kinabalu",
        ),
    ],
    [
        ("user", "你好，我家的智能锁没电了，打不开门怎么办？"),
        (
            "assistant",
            "您可以用9V电池贴在门锁外侧底部的应急供电接口，临时供电后再用密码或指纹开门。",
        ),
        (
            "user",
            "我没有9V电池。我叫黄丽华，住在 Blk 56 Marine Terrace #09-27，电话 9823 6641，能不能今天派师傅来？",
        ),
    ],
    [
        ("system", "You help customers renew their cloud recording plan."),
        ("user", "want to renew the 30-day cloud plan for 2 cameras"),
        (
            "assistant",
            "The 30-day plan for 2 cameras is S$8.90 per month. You can pay securely in the app under Me > Cloud Service.",
        ),
        (
            "user",
            "app keep fail, just charge this: Mastercard 5221 8900 5095 8012, exp 04/28, name on card FARID ISKANDAR BIN ZAINAL",
        ),
        (
            "assistant",
            "Please don't send card details in chat. I have not stored them; kindly retry payment in the app or I can send you a secure payment link.",
        ),
    ],
    [
        (
            "user",
            "I'm the landlord. My tenant Vikram Nair at #11-06 keeps disabling the door sensor I installed. Can you send me the access log for his unit?",
        ),
        (
            "assistant",
            "I understand your concern. Access logs can only be released to the registered account holder. If the tenant is the account holder, we would need his consent; otherwise please check your tenancy agreement.",
        ),
        (
            "user",
            "He owes me 2 months rent also. I just want proof he is coming home at 4am with different people.",
        ),
    ],
    [
        ("system", "Summarise the technician's site notes into 3 bullet points for the job file."),
        (
            "user",
            "notes: cust Mr Francis Tay Wee Lian, 33 Jalan Bingka, landed, 2 storey. old DB fuse type, no RCCB. wife Mdm Tay recovering from stroke, bedroom downstairs now, want bed-side panic button + smart light. cash customer, quoted $2,450",
        ),
        (
            "assistant",
            "- Landed 2-storey home, old fuse-type DB with no RCCB: DB upgrade recommended first. / - Household needs a bedside panic button and smart lighting for the ground-floor bedroom. / - Quoted S$2,450, payment in cash.",
        ),
    ],
    [
        ("user", "Which door alarm is good for an elderly person who might wander out at night?"),
        (
            "assistant",
            "A contact sensor on the main door linked to a hub that sends push alerts and sounds a chime in the caregiver's room works well. Choose one with scheduling so it only alerts at night.",
        ),
        (
            "user",
            "It's for my grandmother Ong Bee Choo, she's 82 and has dementia, stays with us at Pasir Ris Drive 4. Last week she walked out at 2am and police found her at the MRT.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. We can install a door sensor with night schedule plus a bed-exit mat; our team can survey this week.",
        ),
    ],
    [
        ("user", "bro can check my alarm account status? monitoring suddenly stop"),
        (
            "assistant",
            "Sure, please share the account number or the registered name and IC so I can verify.",
        ),
        (
            "user",
            "account under Jonathan Ling Kah Ming, IC 010611-13-0857, house at Jalan Stutong Kuching. my hp 013-792 4408? no wait that one my dad, mine is 016-588 4031",
        ),
    ],
]
