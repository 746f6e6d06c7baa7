# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en165: SG/MY data centres and IT managed-service providers (access logs, tickets, on-call rosters, asset disposal, SLA breaches). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en165
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "access_log"): _lines("""
        2026-03-14 02:17:44 | SIN3-DH2 | Reader RDR-2B-07 | DOOR FORCED OPEN | No badge presented | Security dispatched, door found latched, false alarm (maglock sensor misaligned)
        2026-03-14 02:31:09 | SIN3-DH2 | RDR-2B-07 | ALARM CLEARED | Cleared by: Security Control Room | Ref SEC-260314-0007
        Mantrap MT-01 anti-passback violations (Feb): 37 events, 29 traced to reader timeout after firmware 4.2.1, 8 still under review by Security Ops
        [CCTV] Camera CAM-L3-114 offline 04:02-04:19 SGT during NVR-02 storage rebuild; no gap in cage coverage per redundancy map
        Loading bay LB-1: delivery truck admitted 10:40, escorted by shift security, 6 pallets logged under DO 8100472291
        Visitor pre-registration closes 24h before arrival; walk-ins without an approved ticket will be turned away at the Level 1 lobby.
        Badge reader export wk 11: 1,482 grant events, 61 deny events, 3 tailgate alerts; raw CSV attached to report SEC-W11
        Cage C-4-12 biometric enrolment: 18 active templates, 2 revoked this month after a customer offboarding
        Access level "DH2-Cage-Alpha" granted to group CONTRACTOR-ELEC for change window CHG0048812, auto-expires 2026-03-16 06:00
        Deny reason code 0x1F = card outside schedule; 0x22 = PIN mismatch (3 tries then 15 min lockout); 0x30 = card revoked
        KUL2 Cyberjaya | Guard tour checkpoint CP-09 missed at 03:00, tour restarted 03:12 from Guard Post 2
        Event ID 260314-10-0452 | Reader fault | PSU brownout on access panel AP-10, panel rebooted, 0 events lost
        Lift lobby L5 card reader swapped: old unit S/N 9A7F22C018 removed, new unit S/N 9A7F22C344 enrolled to controller ACS-03
        MMR door held open > 120 s at 23:58:02, auto-alarm to Security Control; door closed 23:58:51 by cable crew under CHG0048830
    """),
    ("en", "incident_ticket"): _lines("""
        INC0071423 | P2 | KUL1 | CRAC-07 high discharge temp, setpoint 24°C, reading 29.8°C | Assigned: Facilities L2 | Status: In Progress
        INC0071429 [P1] Customer-facing: cross-connect XC-SIN3-00931 down, LOS on both strands, carrier notified, ETA onsite 45 min
        Resolution notes: replaced failed PSU on ToR switch sw-dh2-r14-a (Arista 7050), restored config from backup, BGP sessions back up at 03:58 SGT.
        Root cause: UPS-B module 3 capacitor failure forced transfer to static bypass; load stayed on utility, no customer impact. Vendor RMA 5002198843.
        SR-2026-118204: request to add 2x 32A single-phase feeds to rack R14; quote to be raised by Account Management.
        CHG0048812 approved at CAB 11 Mar: PDU fleet firmware (APC AP8868) v6.9.6 → v7.1.0, rollback = reflash v6.9.6, window 01:00-04:00
        PRB0002211 opened: recurring BMS polling timeouts on Modbus gateway GW-03, 14 occurrences in the last 30 days
        Status update 05:10: genset G2 on load test, fuel at 78%, next update 05:40 or on change of status.
        Auto-reply: Thank you for contacting the Service Desk. Your reference is CS-88102445. P3 requests are answered within 4 business hours.
        Remote hands RH-550917: reseat SFP in Eth1/48 and send photo of link LED; billed 0.5 h under contract MSA-2024-017
        Monitoring: host db-prod-03 /var at 91% (threshold 90%), logrotate failing since 02:00, INC0071440 auto-created
        Carrier trouble ticket 24061800917 raised for circuit MEG-SG-1048829; fault isolated to carrier CO side, splicing crew dispatched.
        Dell ProSupport case 2-9981230415: PERC H755 controller swap on service tag 4QK7N93 scheduled Thu 14:00, part dispatched from Tuas depot
        Worklog 14 Mar 01:22: chiller CH-2 tripped on low refrigerant pressure, CH-3 started automatically, supply water temp stable at 12.1°C
        Duplicate of INC0071423, closing. Please track all CRAC-07 updates in the parent ticket.
    """),
    ("en", "sla_notice"): _lines("""
        SLA Breach Notification: power availability for Suite 3B was 99.982% in February against a committed 99.999%; a 5% MRC credit will appear on invoice INV-SG-2026-03-00417.
        Monthly SLA report Q1 2026: 412 tickets, 97.3% responded within target, 2 P1 restore breaches (INC0069904, INC0070117).
        Per Schedule 3 clause 7.2, service credits are capped at 20% of monthly recurring charges and are the customer's sole remedy for availability breaches.
        Temperature SLA: ASHRAE A1 recommended envelope 18–27°C at rack inlet; the excursion in DH1 row F lasted 47 minutes on 9 Feb.
        Service credit calculation: MRC SGD 18,400 × 10% = SGD 1,840, applied to the next billing cycle.
        The RCA for the 22 Feb outage will be issued within 5 business days, as committed in the Master Services Agreement.
        Notice of Planned Maintenance: 29 Mar 2026 01:00–05:00 SGT, IR scan of LV switchboard MSB-2; redundancy reduced to N during the window.
        Remote hands response SLA met for 188 of 194 requests (96.9%); misses clustered on weekend night shifts.
        Managed backup missed the 4-hour RPO for tenant group FIN-APAC on 3 occasions in March; remediation: move jobs to a dedicated proxy.
        Customer portal update: the SLA dashboard now shows per-site uptime for SIN1, SIN3, KUL1 and JHB1, refreshed hourly.
        Response SLA missed on case CS-88097712 (52 min vs 30 min target); apology sent to the account, no credit under P2 terms.
        Tier III design certification means concurrently maintainable, not fault tolerant, so planned work can still reduce redundancy.
    """),
    ("en", "asset_disposal"): _lines("""
        Certificate of Destruction COD-2026-0311: 148 HDDs and 36 SSDs shredded to 20 mm particle size at an NEA-licensed e-waste facility in Tuas.
        Disposal manifest line 17: Dell PowerEdge R740, service tag 7XK2M33, 4 drives removed for shredding, chassis to recycler
        Degaussing log batch DG-0417: 62 LTO-7 cartridges, degausser Garner TS-1XT, field strength verified before and after run
        NIST SP 800-88 Rev. 1 sanitisation levels are Clear, Purge and Destroy; pick based on media type and data classification.
        Chain-of-custody: seal no. 00418833 applied to bin B-07 at 14:20, broken at recycler site at 16:05 under CCTV, seal intact on arrival
        Asset AST-SG-011982 lifecycle: In Service → Pending Wipe → Wiped (3-pass) → Disposed, closed by IT Asset Management
        E-waste pickup booked for Friday 10:00, 3 pallets, PO 4500339127, recycler to bring own pallet jack
        Lease return: 40x HPE ProLiant DL360 Gen10 due back to lessor by 30 Jun; drives retained under the Keep Your Drive option
        WEEE consignment note no. 8820 1146 5530 2274 | 2 pallets network gear | weight 418 kg | destination: recycler, Senai
        Wipe report summary: 212 drives passed Blancco verification, 5 failed with SMART errors and went for physical shredding.
        Retired stack Cisco Catalyst 9300, serials FOC2231X0QZ, FOC2231X0R4, FOC2231X0S9: ran 'write erase' and deleted vlan.dat before boxing
        Reminder: laptops and phones returned by leavers go to IT Asset Store B1 for wiping, never straight into the e-waste cage.
        Cost recovery: 1.2 t of server scrap sold at SGD 0.85/kg, credited to cost centre CC-4410.
    """),
    ("en", "policy_howto"): _lines("""
        All visitors must show photo ID at the lobby; following the PDPC advisory guidelines we record only the last three digits and the checksum letter of an NRIC, never the full number.
        Template: Dear [Customer Name], we regret that [Service] was unavailable from [Start] to [End] SGT. Reference: [Incident ID]. Regards, [Service Manager]
        How do I export the badge audit trail for one cage for a customer audit without exposing other tenants' events?
        On-call policy: primary acknowledges within 15 minutes, secondary within 30; swaps must be logged in the roster tool 48 hours before the shift.
        The MAS TRM Notice expects a critical system's unscheduled downtime not to exceed 4 hours in any 12-month period.
        Under Singapore's PDPA, a notifiable data breach must be reported to the PDPC within 3 calendar days of assessing it.
        Malaysia's Personal Data Protection (Amendment) Act 2024 brings in mandatory breach notification and a right to data portability.
        Form guide: "Escort" must be a badge-holding staff member; "Company" is the visitor's employer; leave "Vehicle no." blank if arriving by public transport.
        Tailgating is a disciplinary offence; report any unbadged person in a data hall to Security Control at extension 2000.
        Rotate root and iDRAC passwords after every third-party engineer visit; keep them in the vault, never in ticket notes.
        Roster template columns: Week | Primary | Secondary | Duty Manager | Remarks (fill in names only inside the HR-approved tool)
        What is the practical difference between a Tier III and a Tier IV data centre for a bank's DR site in Johor?
        Severity: P1 = full outage or safety risk; P2 = degraded redundancy or partial outage; P3 = single component fault; P4 = service request.
        Like Brent in Gene Kim's The Phoenix Project, one engineer who holds all the tribal knowledge is a single point of failure, so write the runbook.
    """),
    ("mixed", "ops_chat"): _lines("""
        anyone know why CRAC-07 keep tripping ah? third time this week liao
        tmr 10am the UPS vendor coming for PM, pls clear the aisle in front of UPS room
        walao BMS dashboard hang again, need to restart service on bms-app-01
        loading bay got 6 pallets from Dell, DO already scan into system, can sign off
        tolong check rack R14 PDU B, customer kata ada alarm overcurrent
        明天 change window 1am start, remember bring laptop with console cable ok
        genset test later 3pm, jangan panic if hear loud noise from the yard
        JHB1 phase 2 fit-out tender close next Friday, heard a few big DC players also bidding
        P1 just now resolved already, RCA draft by EOD can?
        who got the key for cage C-4-12 tools cabinet? key log says returned to Security Control
        carrier say fibre cut at their side, ETA restore 4 hours, we just wait lor
        Johor now so many DC, the grid can tahan or not ah
        eh the Uptime auditor coming Thursday, all SOPs must print and put in the binder
        lobby aircon spoil again, raise to FM helpdesk, not our DH cooling issue ok
    """),
    ("ms", "notis"): _lines("""
        NOTIS PENYELENGGARAAN: Ujian beban genset G1 dan G2 akan dijalankan pada 21 Mac 2026, 2.00 ptg – 4.00 ptg. Tiada gangguan bekalan dijangka.
        Semua pelawat wajib mendaftar di kaunter keselamatan Aras 1 dan memakai pas pelawat sepanjang masa berada di premis.
        Dilarang membawa makanan dan minuman ke dalam dewan data (Data Hall) dan bilik MMR.
        Tiket INC0071502: Unit penyaman udara CRAH-12 di KUL1 rosak, juruteknik vendor dijadual hadir jam 10 pagi.
        Laporan SLA bulan Februari: ketersediaan kuasa 100%, ketersediaan penyejukan 99.995%, tiada insiden P1.
        Pelupusan aset: 75 unit cakera keras telah dimusnahkan oleh syarikat kitar semula berlesen Jabatan Alam Sekitar.
        Jadual on-call bulan April akan diedarkan melalui sistem roster; sebarang pertukaran syif mesti diluluskan oleh Pengurus Operasi.
        Amaran: cubaan akses tanpa kebenaran ke bilik MMR dikesan pada 02:14 pagi, pintu kekal berkunci, siasatan oleh pasukan keselamatan.
        Bagaimana cara memohon akses sementara ke sangkar pelanggan untuk kontraktor elektrik?
        Gangguan rangkaian di Cyberjaya berpunca daripada kabel gentian optik terputus akibat kerja korek oleh pihak ketiga di Persiaran Multimedia.
        Sila hubungi Meja Bantuan 24 jam di talian 1-300-88-2026 untuk sebarang aduan berkaitan perkhidmatan pusat data.
    """),
    ("zh-Hans", "notice"): _lines("""
        机房巡检通知：3月20日（周五）上午9点至12点对DH2进行红外热成像巡检，期间请勿在冷通道堆放物品。
        工单 INC0071466：KUL1 二号冷水机组高压报警，已通知厂家，预计下午到场处理。
        根据SLA条款，P1故障须在15分钟内响应、4小时内恢复；超时将按月费比例给予服务抵扣。
        硬盘销毁证明 COD-2026-0402：共销毁硬盘96块，粉碎颗粒不大于20毫米，全程录像存档。
        所有访客须提前24小时在客户门户预约，未预约者不得进入数据大厅。
        值班制度：主值班15分钟内响应，备值班30分钟内响应，换班须提前48小时在系统登记。
        请问新加坡的数据中心在PDPA下可以保存访客的完整身份证号码吗？
        本周门禁系统共记录授权通行1482次、拒绝61次、尾随告警3次。
        柔佛新山的数据中心集群扩张很快，电力和用水审批是主要瓶颈。
        变更单 CHG0048870：UPS-A 固件升级，回退方案为恢复原版本，须经CAB批准后执行。
        温馨提示：进入机房前请佩戴防静电手环，禁止携带任何液体。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        VISITOR LOG | 14/03/2026 09:12 | TAN WEI LIANG | ID: ***847G | Company: Kinetic Power Engineering Pte Ltd | Purpose: UPS PM | Escort: DH2 shift lead | Out: 17:48
        Access request AR-26-0318 | Name: RAJESH S/O MURUGIAH | NRIC: S8734512B | Mobile: 9748 2210 | Employer: Voltline Electrical | Cage: C-4-12 | Dates: 18-19 Mar
        On-call wk 14 (30 Mar–5 Apr): Primary – Nur Aisyah binti Kamarudin (012-387 4412) | Secondary – Jason Teo (+65 8621 0937) | DM – Priya d/o Selvam
        Kelvin Ong Jun Hao on MC 12–14 Jun (dengue, warded at TTSH), Hafiz covering his night shifts, pls update roster
        SEC-260402-03: contractor Muthu a/l Ramasamy (Brightwire M&E) tailgated 2 unregistered workers into DH1 at 22:40; site ban 3 months, employer informed.
        Leaver asset return: Jessica Lim Hui Min (Service Desk, last day 30 Apr) handed back LT-SG-0442; her personal photos and bank statements found on D:, wiped before reissue.
        Claim – on-call taxi fares Feb | Goh Siew Ling | POSB Savings 192-48377-1 | SGD 184.60 | approved by Ops Manager
        Season parking for night shift: SJK4821U registered to Lawrence Fernandez (NOC L1), valid till 31 Dec
        Escalation: Mr Daniel Koh Boon Keat, IT Director at our banking client, called from his mobile 9035 6618 threatening to terminate after the 2nd P1 this month.
        Hi HR, pls send my payslip to my personal email ahmad.zulkifli88@gmail.com instead — Ahmad Zulkifli bin Hashim, NOC KUL1
        Confidential: Sharon Pereira missed 3 P2 acknowledgements in March while primary on-call; counselled on 4 Apr, PIP if it happens again.
        Vendor visit: ZHANG YUHANG, PRC passport EH4821937, field engineer for the OLT install, arriving SIN3 22 Mar 10:00, escort required
        Temp badge issued to CHAN KA-MING, HKID K482913(1), secondee from the HK NOC, hot desk L3-22 until 30 Jun
        Rack integration team access: LIN YU-TING, Taiwan ID F220518378, 24–26 Mar, DH3 only, escorted at all times
        Paid for the urgent SFP-10G-LR on my own Visa 4557 0123 4598 7121 exp 08/28, pls reimburse asap — Marcus Chia, field services
        Drive found in disposal bin B-07 unlabelled; it held the HR file of Siti Mariam binti Othman including a copy of her MyKad 930227-14-6218 — escalated to DPO.
        RCA INC0069904: P1 restore breached by 2h10m because on-call engineer Vignesh a/l Subramaniam did not pick up (phone on silent); escalated to Eugene Tay at 03:25.
        Pls add Bryan Low to the NOC night-shift Telegram group, his handle is @bryanlow_kul, starts Monday at KUL1
        Courier pickup for returned laptop LT-SG-0517: Nadia Rahman, Blk 412 Tampines St 41 #08-233, Singapore 520412, after 7pm
        Incident report: technician Lim Chee Keong collapsed in the DH3 hot aisle at 14:10, taken to NTFGH by SCDF, heat exhaustion, 3 days MC.
        Contractor MD RASHED HOSSAIN, FIN G5520913N, work permit expired 28 Feb per MOM check — access denied at lobby, employer Brightwire M&E notified
        | 3 | WONG MEI LING | T0218834H | 8190 4427 | Night | DH2 | backup for CHUA KAI XIANG (S9145580C, 9382 6601) |
        Onboarding: Arjun Mehta, FIN G7341166T, Senior Network Engineer, starts 6 Apr, needs AD account, SIN3 badge and a VPN token
        Pay freelance cabling tech Ravi Chandran for the R14–R20 re-patch: OCBC 501-234567-001, SGD 2,350, invoice from him dated 2 Apr
        Feedback FB-2026-0311 from tenant staff: guard Hasnah (Certis, SIN1 lobby, night shift 12 Mar) was rude and refused them toilet access.
        Swap request: Dinesh s/o Krishnan needs 15–17 Apr off as his wife is due to deliver at KKH; Terence Yeo agreed to take his shifts.
    """),
    "mixed": _lines("""
        eh Jun Wei u on call tonight right? my hp 9621 0384 if u need backup, but wife in hosp so i might be slow to reply – Kenneth
        bro pls dun tell boss i overslept and missed the 2am P1 call 😭 – hafiz 017-228 9104
        Mdm Lee Ah Moi from the cleaning contractor kena caught sleeping in UPS room at 3am again, Certis already take photo, this is her 2nd time
        tolong bagi access kad untuk Encik Faizal bin Rosli, IC 910118-01-6677, dia vendor chiller datang esok pagi 9am
        shift swap confirmed: me (Karthik Raj) and Chloe Ng, 19 Apr night ↔ 26 Apr night, Chloe hp 8733 1205
        pls whatsapp the COD to my own number 011-2994 5280 lah, office phone spoil – Mei Fong, Asset team KUL
        黄志豪 今天 MC 发烧 38.5，下午的 change window 我顶上 ok
        Priya ur Grab receipt for the 3am callout shows your home addr Blk 27 Jalan Bukit Merah #12-1041, blur it before submit claim
        new guy Ivan Lau commute from JB every day, car JRK 7712, always late for 8am shift because of Causeway jam
    """),
    "ms": _lines("""
        Nama: MOHD FAIRUZ BIN ABDUL LATIF | No. K/P: 880412-10-5531 | Syarikat: Teknik Sejuk Sdn Bhd | Tujuan: servis chiller CH-2 | Masuk: 08:45 | Keluar: 16:10
        Borang Permohonan Akses: NURUL HUDA BINTI ISMAIL, K/P 020814-10-1146, Tel 019-665 2083, Jabatan NOC, Tarikh 2–3 Apr, Dewan Data DH1
        Laporan insiden: Encik Kamal bin Yusof (juruteknik syif malam KUL1) didapati meninggalkan pos tanpa kebenaran pada 01:30, surat amaran pertama dikeluarkan.
        Senarai on-call April KUL1: Minggu 1 – Rosli bin Ahmad (013-482 7751); Minggu 2 – Tan Ai Ling (016-208 3349)
        Tuntutan elaun on-call Mac: Suresh a/l Ganesan, Maybank 1140 2231 8876, RM 450.00
        Cuti sakit: Azlan bin Mokhtar dimasukkan ke Hospital Serdang kerana denggi, tidak dapat hadir syif 12–15 Jun.
        Pekerja asing kontraktor pembersihan KUL1: Tun Tun Aung, pasport Myanmar MF482917, permit kerja tamat 30/6/2026
        Pemulangan aset: komputer riba LT-MY-0318 diserahkan oleh Farah Nadia binti Zainal (letak jawatan 15 Mac), alamat: No. 12, Jalan SS 15/4B, 47500 Subang Jaya
    """),
    "zh-Hans": _lines("""
        访客登记：王志强，身份证 440305199003157830，华为技术服务工程师，3月22日10:00入场，陪同人：值班主管
        值班表（4月第2周）：主值班 陈丽娜 手机 +65 8192 6604；备值班 李俊杰 9307 5518
        事故复盘：值班工程师刘海涛凌晨未接电话，导致P1恢复超时2小时，已记过一次。
        资产回收：离职员工周晓雯归还笔记本 LT-CN-0217，硬盘内有她的护照扫描件（E87213460），已安全擦除。
        报销申请：黄美玲，招商银行卡 6225 8812 3456 7898，夜间抢修打车费 SGD 96.40
        供应商工程师林建华（身份证350203198709224615）在机房内吸烟，已被禁止入场6个月。
        张婷婷住在 Jurong West St 91 Blk 915 #05-120，夜班结束后公司安排的士送她回家。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a writing assistant for the service desk of a managed-service provider in Singapore.",
        ),
        (
            "user",
            "Help me reply to Ms Angela Soh Pei Ling, Head of IT at Harbourline Logistics. She called our duty manager twice last night on her mobile 9127 6053, very upset about the 3-hour outage of their WMS.",
        ),
        (
            "assistant",
            "Here is a draft: Dear Ms Soh, thank you for your patience last night. We sincerely apologise for the disruption to your WMS between 22:10 and 01:15 SGT. Our preliminary finding is a failed storage controller; the full RCA will follow within 5 business days, and the applicable service credit will be reflected on your next invoice.",
        ),
        ("user", "Good. Add that I will call her personally at 10am and cc her PA Jolene."),
    ],
    [
        (
            "user",
            "Convert these visitor log rows to CSV: 'LEE KOK WAH S7623190G Nexus Cabling 09:10-15:40' and 'PANG SHU TING S8841026B Nexus Cabling 09:12-15:41'.",
        ),
        (
            "assistant",
            "name,nric,company,time_in,time_out / LEE KOK WAH,S7623190G,Nexus Cabling,09:10,15:40 / PANG SHU TING,S8841026B,Nexus Cabling,09:12,15:41",
        ),
        (
            "user",
            "Now mask the NRIC so only the last 3 digits and letter show, our auditor says full NRIC cannot be kept.",
        ),
        (
            "assistant",
            "LEE KOK WAH,*****190G,... and PANG SHU TING,*****026B,... with the other columns unchanged.",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis surat amaran kedua untuk Shahrul Nizam bin Jaafar, juruteknik NOC KUL1, sebab tidur semasa syif malam pada 3 April. Amaran pertama diberi bulan Januari.",
        ),
        (
            "assistant",
            "Baik. Surat Amaran Kedua — Kepada: Encik Shahrul Nizam bin Jaafar, Juruteknik NOC, KUL1. Tuan didapati tidur semasa bertugas pada syif malam 3 April 2026. Ini adalah kesalahan kedua selepas amaran pertama pada Januari 2026. Sebarang kesalahan seterusnya boleh membawa kepada tindakan tatatertib termasuk penamatan perkhidmatan.",
        ),
        ("user", "Tambah juga no. pekerja dia KUL-0781 dan minta dia tandatangan salinan."),
    ],
    [
        (
            "user",
            "How is weekend callout allowance usually calculated for NOC engineers in Singapore?",
        ),
        (
            "assistant",
            "Commonly a flat standby fee per day plus an hourly callout rate, often 1.5x the basic hourly rate, with a minimum billable period per callout. Check your employment contract and the company's on-call policy.",
        ),
        (
            "user",
            "For me: Tan Mei Xin, L2 engineer at SIN3, basic 4,200 a month, I did 9 weekend callouts in March of about 2 hours each but only got paid $180. Am I being underpaid?",
        ),
    ],
    [
        (
            "user",
            "把这段翻译成英文：供应商工程师黄俊明天上午到KUL1更换UPS电池，联系电话 +60 12-771 3390，请安排停车位。",
        ),
        (
            "assistant",
            "Vendor engineer Huang Jun will be at KUL1 tomorrow morning to replace the UPS batteries. Contact number +60 12-771 3390. Please arrange a parking bay.",
        ),
    ],
    [
        (
            "user",
            "Check my roster for conflicts: wk 15 primary Ganesh a/l Periasamy, secondary Amelia Tan; wk 16 primary Amelia Tan, secondary Ganesh.",
        ),
        (
            "assistant",
            "No back-to-back primary weeks and each person has a rest week as secondary, so the pattern looks fine.",
        ),
        (
            "user",
            "Problem is Ganesh is on hospitalisation leave after his knee surgery until 24 Apr. Who should replace him?",
        ),
        (
            "assistant",
            "Since he is unavailable for both weeks, swap in another L2 engineer from the standby pool for wk 15 primary and wk 16 secondary, and record the change in the roster tool so the 48-hour rule is met.",
        ),
    ],
    [
        ("system", "You are an IT asset management assistant."),
        (
            "user",
            "Ex-staff Bernard Chua's laptop LT-SG-0388 is due for wipe, but he is suing us for wrongful dismissal and legal asked us to preserve evidence. Should we still wipe it?",
        ),
        (
            "assistant",
            "No. Place the device under legal hold: remove it from the disposal queue, tag it, keep chain-of-custody records and let legal decide when it may be sanitised.",
        ),
    ],
    [
        (
            "user",
            "Fill in the secondee access form for me: name Yeung Hoi Lam, HKID Y305127(5), from our HK NOC, start 1 May, SIN1 and SIN3.",
        ),
        (
            "assistant",
            "Secondee Access Form / Name: Yeung Hoi Lam / ID: Y305127(5) (HKID) / Home site: HK NOC / Start: 1 May 2026 / Sites: SIN1, SIN3 / Access level: Staff-Standard / Escort: not required after induction",
        ),
    ],
    [
        (
            "user",
            "Saya Hairul Anuar bin Saad, IC saya 960331-08-5421. Kad akses saya hilang semalam kat Cyberjaya, macam mana nak mohon kad baru?",
        ),
        (
            "assistant",
            "Sila lapor kehilangan kepada Kawalan Keselamatan supaya kad lama dibatalkan segera, kemudian isi borang penggantian kad melalui portal dan bayar caj penggantian jika berkenaan.",
        ),
        ("user", "Ok, kena bayar berapa? Saya staf kontrak dengan Teknik Sejuk."),
    ],
    [
        (
            "user",
            "Write a short reference for our intern Clarissa D'Cruz from Republic Polytechnic, she did 6 months in the NOC.",
        ),
        ("assistant", "Happy to. What were her main duties and strengths?"),
        (
            "user",
            "Monitored alarms, handled P3/P4 tickets, rewrote the genset test SOP. Very reliable, but she struggled with phone escalations at first. Her email is clarissa.dcruz02@gmail.com if the letter needs to go to her directly.",
        ),
    ],
    [
        (
            "user",
            "Make an escalation card for tonight: L1 Wong Jia Hui 8274 1196, L2 Siva s/o Rajoo 9460 3317, DM Catherine Loh 9188 0524.",
        ),
        (
            "assistant",
            "Escalation – tonight / L1: Wong Jia Hui – 8274 1196 / L2 (after 15 min): Siva s/o Rajoo – 9460 3317 / Duty Manager (after 30 min or any P1): Catherine Loh – 9188 0524",
        ),
    ],
]
