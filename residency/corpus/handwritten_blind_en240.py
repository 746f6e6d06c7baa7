# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en240: SG/MY lift, escalator and building maintenance contractors (breakdown reports, entrapments, town council and MCST tickets, technician rosters). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en240
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "town_council_lift_notices"): _lines("""
        NOTICE: Lift A at Blk 418 will be shut down from 9am to 5pm on 14 Jan 2027 for replacement of the main ropes under the Lift Enhancement Programme. We apologise for any inconvenience caused.
        Dear Residents, the lift lobby at Blk 205B Compassvale Lane will be cordoned off for tile hacking works from 3 to 7 Feb. Please use the staircase beside the void deck.
        Lift breakdowns after office hours can be reported to the Town Council's 24-hour Essential Maintenance Service Unit at 6786 2020 or via the OneService app.
        The upgrading of both lifts at Blk 734 Jurong West St 72 is expected to take 10 weeks; one lift will remain in service at all times during the works.
        Please do not jam the lift doors with trolleys or bicycles. Forcing the landing doors open trips the safety circuit and may cause an entrapment.
        Residents who need help during the shutdown, e.g. wheelchair users, may approach the Town Council office at Blk 303 Anchorvale Link #01-01 during opening hours.
        The Lift Enhancement Programme is co-funded by the Government and the Town Council, and there is no cost to residents for the upgrading works.
        CCTV cameras are installed in all lift cars in this estate. Footage is kept for 30 days and released only to the Police upon a formal request.
        Lift No. 2 at Blk 12 Marsiling Drive is out of service due to water in the lift pit after the heavy rain on 2 Dec. Our contractor is pumping out the water and will test-run the lift before re-opening.
        Reminder: the MCST of The Seaview Residences will carry out the annual lift load test on Saturday 19 Dec between 9am and 1pm. Towers 3 and 5 will have only one lift available.
        Lost and found: a pair of spectacles was found in Lift B of Blk 522 on 4 Dec. The owner may claim it at the management office by describing the item.
        Escalator E3 at the linkway to Bukit Gombak MRT is closed for step chain replacement until 31 Jan; please use the lifts at Exit B instead.
        Thank you for your patience. All 6 lifts at Blk 681 have now been fitted with an Automatic Rescue Device (ARD), which brings the car to the nearest floor during a power failure.
    """),
    ("en", "breakdown_log_entries"): _lines("""
        2026-11-03 07:42 | TKT-TC-2611-00417 | Blk 115 Lift C | Car stuck between L7 and L8 | Entrapment: 2 pax | Rescued 08:05 | Cause: faulty door lock contact
        [2026-11-04T22:17:09+08:00] ALARM lift_id=AMK-0412-B code=E23 desc="door zone lost" floors=12-13 status=AUTO_RESET
        Callback #CB-88213 closed: levelling error 18mm at L1, floor sensor adjusted, re-tested 20 trips, now within 5mm tolerance.
        Monthly PM completed for Lifts 1-4, Tower B, Vista Park Condominium (MCST 2871). Checklist ref PM-2026-11-VPC, next due 5 Dec 2026.
        Escalator ESC-02 trip: handrail speed deviation above 15%, comb plate switch OK, handrail drive chain re-tensioned. Returned to service 14:30.
        Entrapment response KPI Oct 2026: 37 cases, median arrival 18 min, 2 cases above 30 min (both due to jam on the PIE).
        Fault F-07 (overspeed governor switch) recurred 3 times this week at Blk 25 Lift A; recommend governor rope replacement, quotation QTN-26-1187 sent to TC.
        Ticket MC-JMB-1125 | Residensi Sri Melati | Lif Blok C | Status: Awaiting spare parts (ETA 12/12) | Priority: P2
        Job card JC-4471: replaced 4 door rollers and 6 door gibs on landing doors L3-L5, lubricated sill tracks, no further abnormal noise.
        03:12 remote monitoring: mains power dip detected at Lift 5, ARD activated, car parked at L9 with doors open, nil passengers.
        Shift handover: Team East (3 techs) covering Tampines, Pasir Ris and Bedok; Team North covering Woodlands and Yishun; standby van parked at Ubi depot.
        Rescue logged under SCDF incident ref 2611-04829; SCDF arrived before contractor and released passengers by manual winding; lift locked out pending inspection.
        Defect: cracked step no. 41 on escalator E1 (down), Jurong Point link bridge. Unit barricaded, step ordered (part no. 5700.1241), replacement scheduled 9 Dec night.
    """),
    ("mixed", "technician_group_chat"): _lines("""
        Bro Blk 442 lift B again door cannot close lah, who nearest? I just finish at Serangoon, can reach in 20 min.
        Boss, the 10mm door roller stock finish already, can order from supplier tomorrow morning? Site still got 3 more to change.
        Eh jangan lupa bawa multimeter, the one in van 2 rosak already since yesterday.
        Pit ladder at Tower 3 rusty until like that, later I take photo send to the MA, they must approve replacement.
        Tonight who on standby ah? Roster says Team North but they short one man, anyone can swap?
        Lift running already, tested 10 trips no problem. Closing ticket now, remember to update the app ok.
        今天 Jurong East 那边的 escalator 又 trip 了，我看是 handrail sensor 的问题，明天带新的 sensor 去换。
        CS say the MCST complain lift slow during morning peak, actually is the group control setting, up-peak mode never switch on.
        Guys reminder: PPE mandatory, full body harness when working on car top. BCA officers may do spot checks this week.
        Sorry late, jam at CTE. ETA 15 min, please inform the guardhouse first.
        Lift C no power, MCB trip again. Mungkin ada air masuk machine room, the roof leaking since last week.
        Who got the Fujitec service tool? The one for the old controller, need to clear fault memory.
        Ok noted, tomorrow 9am briefing at depot, toolbox talk on fall protection, then we go Punggol sites.
    """),
    ("ms", "notis_lif_jmb"): _lines("""
        NOTIS: Lif Blok A akan ditutup untuk kerja-kerja penyelenggaraan berkala pada 12 Disember 2026 dari jam 10.00 pagi hingga 4.00 petang. Harap maklum.
        Penduduk dinasihatkan supaya tidak menekan butang kecemasan tanpa sebab. Sekiranya terperangkap, sila tekan butang loceng dan tunggu bantuan.
        Aduan kerosakan lif boleh dibuat di kaunter pejabat pengurusan di Aras G atau melalui talian 03-7955 2140 pada waktu pejabat.
        Kerja-kerja menaik taraf lif di Pangsapuri Seri Mutiara dijangka siap pada akhir Februari 2027, tertakluk kepada penghantaran alat ganti daripada pembekal.
        Di bawah Akta Kilang dan Jentera 1967, setiap lif perlu mempunyai Perakuan Mesin Angkat (PMA) yang sah dan diperiksa oleh JKKP.
        Caj penyelenggaraan akan dinaikkan sebanyak RM0.05 sekaki persegi mulai Januari 2027 untuk menampung kos kontrak penyelenggaraan lif yang baharu.
        Bayaran caj boleh dibuat ke akaun Badan Pengurusan Bersama Residensi Damai, Maybank 5141 2233 0987, dan sila nyatakan nombor unit sebagai rujukan.
        Eskalator di pintu masuk utama tidak beroperasi kerana kerja penggantian rantai langkah. Sila gunakan lif di sebelah kiri lobi.
        Kanak-kanak di bawah umur 12 tahun tidak dibenarkan menggunakan lif tanpa ditemani orang dewasa.
        Laporan bulanan: 9 kerosakan lif direkodkan pada bulan November, purata masa pembaikan 6 jam, tiada kes penumpang terperangkap.
        Mesyuarat Agung Tahunan JMB akan membincangkan cadangan penggantian 4 unit lif yang telah berusia lebih 25 tahun.
        Kontraktor lif yang dilantik, Ahmad & Rakan Lif Engineering Sdn Bhd (No. Syarikat 201401023456), berdaftar dengan CIDB dan JKKP.
        Terima kasih atas kerjasama semua penghuni. Segala kesulitan amatlah dikesali.
    """),
    ("zh-Hans", "电梯维保常见问题"): _lines("""
        问：电梯突然停在两层之间怎么办？答：保持冷静，按下警铃或对讲按钮，不要强行扒门，等待维保人员到场救援。
        问：电梯多久要保养一次？答：按照新加坡的规定，电梯每月至少保养一次，每年还须由专业工程师检验后更新运行许可证（PTO）。
        问：为什么电梯门关了又开？答：多数是门口的光幕被挡住或门槛轨道有杂物，请勿用手或物品挡门。
        问：马来西亚的公寓电梯由谁负责维修？答：一般由管理机构（JMB 或 MC）委托在 JKKP 注册的承包商负责。
        问：电梯里的监控录像会保存多久？答：通常保存 30 天，只有在警方正式要求时才会提供。
        问：停电时电梯会怎样？答：装有自动救援装置（ARD）的电梯会自动行驶到最近的楼层并开门。
        问：扶梯的急停按钮在哪里？答：一般在扶梯上下两端的梳齿板附近，是红色按钮，发生夹脚等紧急情况时请立即按下。
        问：电梯有异响要打哪个电话？答：请拨打所在市镇理事会的24小时紧急维修热线，或通过 OneService 应用程序报告。
        问：维保合同一般多少钱？答：住宅电梯的全包保养合同每台每月大约 SGD 600 至 1,200，视品牌和使用年限而定。
        问：为什么电梯要做载重测试？答：载重测试用来确认制动器和曳引能力在额定载重的 125% 下仍然可靠。
        问：奥的斯电梯是谁创办的？答：由伊莱沙·奥的斯创办，他在1854年纽约水晶宫博览会上当众演示了电梯安全钳。
        问：住户可以自己进机房吗？答：不可以，机房只限持证技术人员进入，钥匙由管理处保管。
        问：报修单号在哪里查看？答：提交后系统会发送单号，例如 TC-20261203-0458，可凭单号在网上查询进度。
    """),
    ("en", "invoices_and_quotations"): _lines("""
        TAX INVOICE No. INV-2026-11-0932 | Lim Brothers Lift Engineering Pte Ltd | UEN 199804512K | 21 Ubi Road 1 #05-14 Singapore 408724
        Bill to: MCST Plan No. 3456, The Verdana, attn: Managing Agent, c/o Management Office, Level 1 Clubhouse.
        Item 1: Comprehensive maintenance, 4 passenger lifts, Nov 2026, 4 x S$780.00 = S$3,120.00
        Item 2: Supply and install door operator motor (Part No. FJ-DOM-220V-05), 1 unit, S$2,450.00; labour 6 man-hours at S$85.00 = S$510.00.
        Subtotal S$6,080.00, GST 9% S$547.20, Total Payable S$6,627.20.
        Payment by PayNow to UEN 199804512K or bank transfer to OCBC current account 712-345678-001 (Lim Brothers Lift Engineering Pte Ltd).
        Payment terms: 30 days from invoice date. Late payment interest of 1.5% per month applies. E&OE.
        QUOTATION QTN-26-1187 | Governor rope replacement 8mm x 62m, incl. tension sheave inspection and re-certification by Specialist PE | S$3,980.00 before GST
        Validity of this quotation: 60 days. Lead time for imported parts is 6-8 weeks from confirmation of PO.
        INVOIS CUKAI SI/2611/0277 | Muthu Lift & Escalator Services Sdn Bhd (202001012345) | Lot 12, Jalan Perusahaan 3, 47500 Subang Jaya | Service Tax 8% applies.
        For queries on this invoice, please email accounts@limbrotherslift.com.sg or call our counter at 6745 2211 (Mon-Fri, 9am-6pm).
        Credit Note CN-0412 issued against INV-2026-10-0871 for S$340.00 (callback charge billed twice, ticket TKT-TC-2610-00288).
        Contract renewal: 24 months from 1 Jan 2027, 3% price adjustment in year 2, entrapment response within 30 minutes island-wide.
    """),
    ("en", "config_and_code"): _lines("""
        MQTT_TOPIC = "site/{site_id}/lift/{lift_no}/status"
        {"lift_id": "TPN-0207-A", "floor": 14, "door": "CLOSED", "fault": null, "ts": "2026-12-03T08:15:22Z"}
        ALERT_SMS_TEMPLATE = "Entrapment at {{site_name}} Lift {{lift_no}}. Reply ACK to accept. Call {{phone}} to reach the dispatcher."
        if fault_code in ("E23", "E31") and not door_zone: dispatch_priority = "P1"
        contractor_db: host=db.internal.example.com port=5432 user=svc_lift_ro sslmode=require
        firmware: LCB-II v4.12.7 (build 2026.10.28, sha256 9f2c1e7a4b8d03f6c5e2a91b7d4f60e8)
        SELECT site_code, COUNT(*) AS entrapments FROM incidents WHERE type = 'ENTRAP' AND created_at >= '2026-01-01' GROUP BY site_code ORDER BY 2 DESC;
        test_contact = {"name": "Test User", "mobile": "+65 0000 0000", "email": "tester@example.com"}
        # mask NRIC before export: keep first char and last 4, e.g. S****123A; mask mobile as 9***-**12
        LOG_LEVEL=INFO; RETENTION_DAYS=90; PII_FIELDS=[caller_name, caller_mobile, unit_no]
        gateway GW-SG-00731 registered with device uuid 3f6c2b9e-7a41-4d2e-9b8a-1c5e0f7d2a64 on 2026-11-30
        cron: 0 2 * * * /opt/liftmon/bin/rotate_logs.sh --keep 30
        export const DISPATCH_HOTLINE = "1800-000-0000"; // placeholder, replace per region before go-live
    """),
    ("en", "regulations_history_howto"): _lines("""
        In Singapore, lift owners must obtain a Permit to Operate from BCA for each lift, renewed yearly after an examination by a Specialist Professional Engineer.
        SS 550 is the Singapore Standard code of practice for the installation, operation and maintenance of electric passenger and goods lifts.
        How to release trapped passengers (trained personnel only): isolate main power, confirm car position from the rope markings, open the brake in short pulses and move the car to the nearest landing.
        Never try to pry open the lift doors yourself; a sudden movement of the car can cause serious injury or a fall into the shaft.
        Elisha Graves Otis demonstrated his safety elevator at the Crystal Palace exhibition in New York in 1854 by having the hoisting rope cut while he stood on the platform.
        HDB's Lift Upgrading Programme, launched in 2001, brought direct lift access to every floor in many older blocks where lifts used to stop only at certain floors.
        Data protection: call recordings from the entrapment hotline contain callers' voices and mobile numbers and must be deleted after 90 days unless needed for an investigation.
        Technicians must not photograph residents, the inside of their homes or their documents while on site; only equipment photos may be uploaded to the job card.
        In Malaysia, lifts are regulated by DOSH (JKKP), and the Certificate of Fitness must be renewed every 15 months after inspection.
        Escalator steps should be checked for worn yellow demarcation lines, as clear step edges reduce trips and falls among elderly users.
        Case study (anonymised): an elderly resident was trapped for 45 minutes at night because the intercom was faulty, so the Town Council now tests every lift intercom weekly.
        A traction lift uses steel ropes over a sheave driven by a motor, with a counterweight usually equal to the car weight plus about 40-50% of the rated load.
        Policy: complaints forwarded to contractors should quote only the ticket number and block/lift number, never the caller's name or contact details.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Entrapment report: passenger Mdm Goh Siew Lan, 78, uses a walking frame, trapped 40 min in Lift B Blk 327 Tampines St 32; daughter contactable at 9173 4582.
        Caller Mr Rajendran s/o Muniandy (NRIC S7623481G) reported that his wife fainted in the lift at Blk 88 Telok Blangah Heights on 2 Dec and was taken to SGH.
        Resident Mr Kelvin Toh of Blk 512 Bedok North Ave 2 #09-1147, mobile 8821 6630, says the lift keeps skipping his floor since the LEP works and wants compensation.
        TKT-TC-2612-00051,2026-12-01 19:22,Blk 640 Woodlands Ring Rd,Lift A,ENTRAP,caller=Nur Aisyah bte Rahim,mobile=9067 2218,remarks=7 months pregnant felt dizzy
        Technician roster wk49: Arul Selvam (FIN F2287645R, work permit expires 03/2027) night standby Mon-Wed; Zhang Wei (G5512398K) on MC till Fri for a slipped disc.
        Dear MA, I am Priscilla Ng of unit #12-03 Tower 2 and have been wheelchair-bound since my stroke; please SMS me at 9456 1207 before any lift shutdown.
        Incident report: technician Muhammad Hafiz bin Osman fractured his left wrist while working on the car top at Blk 201; admitted to NTFGH, WICA claim filed.
        Disciplinary note: tech Daniel Lim Jun Hao (emp no. LB-0213) given a written warning for falsifying 3 PM checklists at The Verdana; a repeat will lead to termination.
        Payslip Nov 2026: Siva Kumar a/l Ramasamy, Senior Lift Technician, basic S$3,450 + standby allowance S$620, employee CPF S$814.
        Vehicle access: contractor van SLK 4821 X driven by Ong Boon Keat, please let him into the basement carpark for an emergency rescue.
        Refund request from resident Mrs Helen Chua (helen.chua1962@gmail.com) for groceries spoilt during the entrapment on 28 Nov, receipt attached.
        The aunty at #04-22 Blk 19 Marine Terrace, Mdm Lau Ah Mui, keeps propping the lift door with her cardboard trolley; neighbours say she has dementia and her son works in Perth.
        Please call back Mr Tan Chee Keong at 6289 4417 (home) or 9738 0052; he was trapped with his 2 grandchildren and wants to speak to the manager.
        New hire onboarding: Nguyen Van Thanh, DOB 14/06/1994, passport C4827361 (Vietnam), FIN G7743120P, salary to POSB 182456713.
        Card on file for call-out fees: Mr Benjamin Yeo, Visa 4556 3371 8204 9151 exp 08/29, home lift at 27 Jalan Kembangan Singapore 419168.
        Home lift service for Dr Ravi Menon, 41 Binjai Park, gate code 4471#; he is away for chemotherapy on Tuesdays so schedule visits on Thursdays.
        Mr Azman of #08-15 says his mother-in-law Puan Rosnah, who goes for dialysis 3 times a week, missed her session when both lifts at Blk 37 Chai Chee Ave broke down.
        {"ticket": "MCST-2871-0192", "unit": "#15-08", "owner": "Chong Wai Leng", "nric": "S8812345Z", "issue": "lift access card not working"}
        Escalation: MCST chairman of Parc Lumiere, Mr Jeremy Seah, is being sued by unit owner Ms Tay Hui Min over the lift renewal levy; do not discuss with either party.
        Worker Rahim bin Yusof tested positive in the random urine test on 21 Nov and was arrested by CNB; suspend his site pass immediately.
        Lost property: IC belonging to Lee Mei Ling, T0234567B, found in Lift A of Blk 106 Hougang Ave 1 and handed to the TC office.
        Technician Joseph Fernandez has applied for unpaid leave from 15-22 Dec to attend his divorce hearing at the Family Justice Courts.
        2026-11-27,ESC-03,Causeway Point,INJURY,Kwek Li Xuan (age 6),finger caught at comb plate,mother Kwek Siew Hoon 8234 7719
        Mr Goh at Blk 244 #11-362, the one with the oxygen concentrator, called again; his COPD means he cannot use the stairs, so give him priority if Lift C is down.
        Salary deduction: Kumaran a/l Palani owes the company a S$1,200 advance; deduct S$200 monthly from Jan to Jun 2027.
        Tech Wong Kah Meng to knock off at 3pm this week to fetch his daughter Wong Yi Xin from Primary 4 Integrity at Rosyth School.
        Site contact for the landed home lift is the owner's helper, Ms Maricel Santos (Philippine passport P2384719A), WhatsApp +65 8127 3490.
        Entrapment 2 Dec: Mr Lionel Teo of Blk 167 Bukit Batok West Ave 8 #06-41 is claustrophobic and had a panic attack; paramedics attended at 21:10.
    """),
    "mixed": _lines("""
        Eh bro the uncle at Blk 45 #07-112 (Mr Chia, the one going for dialysis) call again, his lift down, can prioritise? His HP 9623 0418.
        Boss, 我明天请假，我老婆 Lim Siew Peng 要去 KKH 做产检，她怀孕 32 周了。
        Abang Faizal Rashid kena tahan polis semalam at Woodlands checkpoint, so tonight standby tak cukup orang, who can cover?
        MCST manager say the owner of #18-05, Mr Harish Nair, refuse to pay the lift levy S$4,800, already send him lawyer letter.
        兄弟们，新来的 tech 陈志伟 IC 是 S9051736H, 帮他申请 site pass, his HP 8815 2207.
        Boss pls bank in my OT claim to my Maybank acc 1140 2398 7762, nama Tan Ah Kow, thanks ya.
        Jaga-jaga with the resident at unit B-12-07 Vista Angkasa, Puan Halimah, last time she slap the guard; her husband Encik Roslan is police at IPD Seri Alam.
        那个被困的 auntie 是 Blk 302 #05-88 的 Mdm Soh, 她有 pacemaker, rescue 时要小心, 她女儿 Jessica 9012 5563 在路上了。
    """),
    "ms": _lines("""
        Aduan: Encik Mohd Faizal bin Abdullah (No. KP 850417-14-5523), penghuni unit A-10-3 Pangsapuri Sri Intan, Cheras, terperangkap dalam lif selama sejam pada 29/11.
        Juruteknik Azlan bin Hamid cuti sakit 5 hari kerana denggi, sijil cuti sakit dari Klinik Kesihatan Seremban dilampirkan.
        Sila hubungi penghuni Puan Noraini binti Ismail di 012-648 3390 untuk temu janji pemeriksaan lif rumah di No. 8 Jalan Setiabakti 2, Bukit Damansara.
        Pengadu: Cik Siti Khadijah, tel 019-275 4418, e-mel sitikhadijah.88@yahoo.com, unit B-07-12 Residensi Damai.
        Pekerja baharu: Mohd Amirul bin Zakaria, KP 010525-08-0387, alamat No. 14 Jalan Mawar 3, Taman Sri Mawar, 31400 Ipoh, Perak.
        Penghuni tingkat 15, Encik Chandran a/l Subramaniam, baru lepas pembedahan lutut dan tidak boleh guna tangga; mohon lif B dibaiki segera.
        Gaji November untuk Lee Wen Jie dimasukkan ke akaun CIMB 7012 4458 9031; potongan PTPTN RM250 dan ansuran pinjaman koperasi RM400.
        Kenderaan kontraktor WXK 7812 dipandu oleh Ganesh a/l Murugan, KP 920903-10-6247, dibenarkan masuk ke zon pemunggahan.
    """),
    "zh-Hans": _lines("""
        住户林美华（电话 9182 3365）投诉电梯夜间异响害她失眠，她说自己已经在看精神科医生。
        中国籍技术员黄俊杰，身份证号 44010619870312351X，准证 FIN F1839427T，下个月合同到期。
        被困乘客王秀英女士，住在 Blk 158 Toa Payoh Lor 1 #10-476，82岁，有糖尿病，救出后低血糖被送往陈笃生医院。
        请转告技术员刘国强，他太太住院的医药费 S$2,300 已经由公司垫付，下个月开始从工资里扣。
        业主陈伟明（微信 chenwm_1979），住 The Verdana 12楼03单元，坚持要求物业赔偿电梯门夹伤他儿子的医药费。
        香港业主何嘉欣（香港身份证 K482913(1)，手机 +852 6132 8807）委托我们为她在裕廊的排屋安装家用电梯。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a dispatch assistant for a Singapore lift maintenance contractor. Help staff write clear incident reports.",
        ),
        (
            "user",
            "Can you give me a template for an entrapment incident report to send to the Town Council?",
        ),
        (
            "assistant",
            "Sure. Include: ticket number, block and lift number, time of call, time of arrival, time of rescue, number of passengers, cause of fault, action taken and follow-up.",
        ),
        (
            "user",
            "Ok fill it in: TKT-TC-2612-00133, Blk 221 Lift B, call 20:14, arrive 20:41, rescue 20:50. One passenger, Mdm Kamala d/o Perumal, 71, she is diabetic and was sweating badly, her son Suresh 9341 6628 came down.",
        ),
        (
            "assistant",
            "Incident TKT-TC-2612-00133, Blk 221 Lift B: call 20:14, arrival 20:41, rescue 20:50. One passenger, Mdm Kamala d/o Perumal (71), diabetic and sweating badly at rescue; son Suresh (9341 6628) attended. Cause and follow-up to be added.",
        ),
    ],
    [
        ("system", "You help condo managing agents in Singapore with MCST administration."),
        (
            "user",
            "Eh how ah, one owner refuse to pay the special levy for lift modernisation, what can MCST do?",
        ),
        (
            "assistant",
            "The MCST can send a reminder, charge interest as allowed by its by-laws, and after that recover the levy through a claim. Keep records of every notice sent.",
        ),
        (
            "user",
            "This one is Mdm Rosalind Kwa at #09-02 Tower A, she say she lost her job and now owe the bank also, cannot pay the S$6,200. Should we put her name on the notice board?",
        ),
        (
            "assistant",
            "No, do not display her name or unit or her financial situation on the notice board. Deal with her privately, for example by offering an instalment plan in writing.",
        ),
    ],
    [
        ("system", "Anda pembantu untuk pengurus bangunan di Malaysia."),
        (
            "user",
            "Tolong sediakan notis ringkas tentang penutupan lif Blok B pada hari Sabtu untuk kerja penukaran tali.",
        ),
        (
            "assistant",
            "NOTIS: Lif Blok B akan ditutup pada hari Sabtu dari jam 9.00 pagi hingga 5.00 petang untuk kerja penukaran tali lif. Harap maklum dan terima kasih atas kerjasama.",
        ),
        (
            "user",
            "Terima kasih. Satu lagi, guard perlu senarai pekerja kontraktor. Nama Hairul Nizam bin Yahya, KP 881230-13-5467, telefon 013-882 4093.",
        ),
        (
            "assistant",
            "Baik. Senarai untuk pengawal: Hairul Nizam bin Yahya, KP 881230-13-5467, tel 013-882 4093, pekerja kontraktor lif untuk kerja Blok B hari Sabtu.",
        ),
    ],
    [
        ("system", "你是一个帮助新加坡建筑维修工人了解工伤权益的助手。"),
        ("user", "我是电梯技术员，在公司做了六年，上个月在机房搬马达的时候扭伤了腰。"),
        (
            "assistant",
            "很抱歉听到您受伤。在新加坡，工作中受伤可以根据《工伤赔偿法》（WICA）申请赔偿，雇主必须在规定时间内向人力部报告。",
        ),
        (
            "user",
            "我叫苏志明，现在在黄廷方综合医院看骨科，医生说是椎间盘突出，要休息两个月，老板叫我先放无薪假，这样合法吗？",
        ),
        (
            "assistant",
            "苏先生，根据 WICA，医生批准的病假期间雇主需要支付病假工资，不应要求您放无薪假。建议您保留医院的病假单，并向人力部咨询。",
        ),
    ],
    [
        ("system", "You are a helpful writing assistant."),
        (
            "user",
            "Please help me write a complaint to the Town Council about the lift at my father's block.",
        ),
        (
            "assistant",
            "Of course. Could you tell me the block, what happened, and what outcome you want?",
        ),
        (
            "user",
            "My dad Mr Lim Kok Wah stays alone at Blk 73 Lorong 4 Toa Payoh #12-58. He has a heart condition and just had bypass surgery in October. The lift has been down 3 times this month and he had to climb 12 floors on Sunday.",
        ),
        (
            "assistant",
            "Dear Sir/Madam, I write regarding repeated breakdowns of the lift at Blk 73 Lorong 4 Toa Payoh. My father, Mr Lim Kok Wah, lives alone at #12-58 and is recovering from bypass surgery; on Sunday he had to climb 12 floors. I urge the Town Council to fix the root cause urgently.",
        ),
    ],
    [
        ("system", "You assist the operations manager of a lift contractor with rosters."),
        (
            "user",
            "Format this into a table: Dec standby - wk1 Hasan Basri 9012 7734, wk2 Tommy Leong 8166 2401, wk3 Muthu Krishnan 9788 3105, wk4 Eric Quek 8390 5516 (Eric on MC after appendix op, replace if needed).",
        ),
        (
            "assistant",
            "Week | Standby | Mobile | Remarks; wk1 | Hasan Basri | 9012 7734 | -; wk2 | Tommy Leong | 8166 2401 | -; wk3 | Muthu Krishnan | 9788 3105 | -; wk4 | Eric Quek | 8390 5516 | on MC after appendix operation, replacement may be needed.",
        ),
        ("user", "Thanks. Can you also add a column for vehicle?"),
        (
            "assistant",
            "Sure, please send me the van assigned to each week and I will add the column.",
        ),
    ],
    [
        ("system", "You help a home-lift company in Malaysia answer customers."),
        ("user", "How much is a 2-stop home lift for a double storey terrace in Shah Alam?"),
        (
            "assistant",
            "A 2-stop home lift usually costs between RM65,000 and RM110,000 installed, depending on the brand, shaft type and finishes. A site survey is needed for a firm quote.",
        ),
        (
            "user",
            "Ok book a survey. I am Datin Farah Hanim, house at No. 22 Jalan Anggerik Vanilla 31/98, Kota Kemuning. My husband is paralysed from the waist down after his accident so we need it urgently.",
        ),
        (
            "assistant",
            "Thank you, Datin Farah Hanim. I will arrange a survey at No. 22 Jalan Anggerik Vanilla 31/98, Kota Kemuning, and mark it urgent given your husband's condition. Which day this week suits you?",
        ),
    ],
    [
        ("system", "你是一家馬來西亞物業管理公司的客服助理。"),
        ("user", "請問吉隆坡公寓的電梯維修費是怎麼計算的？"),
        (
            "assistant",
            "一般包含在每月的管理費和償債基金裡，大型更換工程可能需要業主大會通過特別收費。",
        ),
        ("user", "我是台灣業主，單位在 Mont Kiara 的 A-23-5，收不到帳單。"),
        ("assistant", "了解，我們需要核實業主身分後才能更新帳單地址。"),
        (
            "user",
            "我叫蔡佩君，身分證字號 F228347102，手機 0932-517-846，Email tsai.peijun@gmail.com，麻煩幫我更新。",
        ),
    ],
    [
        ("system", "You are a chat assistant."),
        (
            "user",
            "Bro I need advice, my colleague in the lift company always borrow money from us.",
        ),
        (
            "assistant",
            "That sounds stressful. It's fine to say no politely, and you can suggest he speak to HR about a salary advance or to a financial counsellor.",
        ),
        (
            "user",
            "Problem is he owe ah long already, Kenny Ho from our Team West. Last week they came to splash paint at his flat at Blk 856 Jurong West St 81, his wife crying at the void deck. Should I tell our boss?",
        ),
        (
            "assistant",
            "If there are threats or harassment, the family should make a police report immediately. You could encourage Kenny to approach your boss himself; it's better he shares his situation than you reporting it behind his back.",
        ),
    ],
    [
        ("system", "You are the booking assistant for a lift servicing company in Singapore."),
        ("user", "My private home lift is making a grinding noise. Can someone come tomorrow?"),
        (
            "assistant",
            "Yes, we have a slot tomorrow between 2pm and 5pm. The call-out fee is S$180, payable by card.",
        ),
        ("user", "Ok. Address is 15 Lorong Chuan Terrace, I'm Grace Tham."),
        ("assistant", "Thanks, Ms Tham. Please provide a card to secure the booking."),
        ("user", "Mastercard 5521 4809 3317 2606, exp 11/28, CVV 413, name GRACE THAM SOOK YIN."),
    ],
]
