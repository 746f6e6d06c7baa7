# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en181: SG/MY insurance agents and financial advisers (client meetings, policy reviews, claims help, referrals, compliance notes, WhatsApp follow-ups). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en181
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "policy_faq"): _lines("""
        Q: Does my MediShield Life cover treatment at a private hospital? A: Only up to the MediShield Life claim limits; you need an Integrated Shield Plan and rider for the private ward portion.
        Can I still buy a hospital plan if I had my gallbladder removed two years ago? Usually yes, but the insurer may add an exclusion, so declare it honestly in the health questions.
        If I surrender my whole life policy in year 5, will I get back what I paid? Most likely not; surrender values in the early years are usually lower than the total premiums paid.
        What is the difference between term and whole life? Term covers you for a fixed period at low cost; whole life builds cash value but costs several times more for the same sum assured.
        My father is 68, is it too late to get him critical illness cover? Options are limited after 65; look at MediShield Life, CareShield Life and senior plans with a smaller sum assured.
        How long is the free-look period in Singapore? 14 days from receiving the policy documents; you get a refund less any medical examination costs.
        Can CareShield Life premiums be paid with MediSave? Yes, they can be fully paid from MediSave, even using a family member's account.
        Can a foreigner on an Employment Pass buy a Singapore life policy? Yes, most insurers accept EP and S Pass holders, though some products need a minimum period of stay.
        What happens if I miss the premium due date? There is usually a 30-day grace period, after which the policy may lapse or an automatic premium loan kicks in.
        Should I nominate under Section 49L or 49M of the Insurance Act? A 49L trust nomination ring-fences the proceeds for spouse and children; a 49M revocable nomination can be changed anytime.
        In Malaysia, does the life insurance tax relief include my medical card premiums? No, education and medical insurance is a separate relief category; check the current limits on the LHDN website.
        Is co-payment compulsory for new Integrated Shield riders? Since April 2019, new riders must carry at least 5% co-payment, capped at $3,000 per policy year.
        My claim was rejected because of a pre-existing condition, what can I do? Ask the insurer for the reason in writing, then escalate to FIDReC if you still disagree.
        Does travel insurance pay if my flight to Penang is delayed by haze? Check the wording; many plans only pay travel delay for listed causes such as severe weather or industrial action.
        How do I trace policies bought by a parent who has passed away? Ask the insurers directly or through the LIA in Singapore; in Malaysia, also check eGUMIS for unclaimed moneys.
        Why did my hospital plan premium jump when I turned 41? Many hospital and term riders are priced by age band, so the premium steps up when you enter a new band.
    """),
    ("en", "compliance_note"): _lines("""
        MAS Notice FAA-N16 reminder: a needs-based fact-find must be completed and signed before any recommendation; record the basis of recommendation in the client file.
        Representatives must never ask clients to sign blank or partially completed forms. Any alteration on a proposal form must be countersigned by the client.
        Balanced Scorecard: Q3 audit sample is 10 cases per representative; grade C or D findings will lead to withholding of variable remuneration.
        CPD for the year: 30 hours in total, of which at least 6 hours must be on ethics and rules & regulations. Submit certificates by 15 December.
        A Customer Knowledge Assessment must be done before selling an investment-linked policy; if the client does not pass, advise them in writing before proceeding.
        Selected Client rule: clients aged 62 and above, not proficient in English, or with education below GCE N/O level must be offered a trusted individual at the meeting.
        BNM Policy Document on Fair Treatment of Financial Consumers: agents must not use pressure tactics or overstate projected returns of investment-linked takaful products.
        Do not keep client NRIC or MyKad copies on personal phones or in WhatsApp chats. Upload to the agency portal and delete local copies within 7 days.
        PDPA: get consent before adding a prospect to a marketing broadcast list, and check the DNC Registry before any voice call or SMS.
        Replacement of policies: complete the switching disclosure form and explain the loss of surrender value, new waiting periods and higher premiums at the current age.
        Gifts from clients above S$200 in value must be declared to Compliance within 5 working days; cash gifts of any amount must be declined.
        Complaint SLA: acknowledge within 2 working days and resolve within 4 weeks; refer unresolved cases to FIDReC (SG) or the Ombudsman for Financial Services (MY).
        Audit finding AUD-24Q3-0117: three files missing signed product summaries; branch to remediate by 15 Nov and re-submit for sampling.
        Before a new recruit meets any client, check that their appointment appears on the MAS Register of Representatives.
        Client particulars form — Name: ________ | NRIC/FIN: ________ | Mobile: ________ | Occupation: ________ | Annual income: ________ | Smoker: Y / N
    """),
    ("en", "whatsapp_broadcast"): _lines("""
        Good morning all! 🌞 GIRO deductions for annual premiums due in December will be on 15 Dec. Please make sure there are enough funds to avoid a lapse.
        Dear clients, if you can't reach me during the CNY holidays, AIA Singapore's customer hotline is 1800 248 8000. Gong Xi Fa Cai! 🍊
        Heads up: dengue cases are rising in Tampines and Bedok. Most hospital plans cover dengue admissions, but do check your outpatient benefits. Stay safe!
        Selamat Hari Raya Aidilfitri, maaf zahir dan batin to all clients and friends! Office closed 31 Mar–1 Apr; for urgent claims call your insurer's 24h hotline.
        Happy Deepavali to everyone celebrating! 🪔 Reminder: for planned surgery, you can request Shield pre-authorisation through the insurer app beforehand.
        New launch alert: 5-year guaranteed endowment, 3.10% p.a. maturity yield, min premium S$20,000, closes 30 Jun or when fully subscribed. PM me for the product summary.
        If your Shield plan premium is paid by MediSave, please check your MediSave balance can cover the next deduction, especially after the annual premium revision.
        Haze season again 😷 GP and polyclinic visits for breathing problems can be claimed under the outpatient rider. Keep your receipts!
        Prudential's customer line 1800 333 0333 will be down for maintenance this Sunday 2am–6am. Please use PRUaccess for urgent requests.
        Flood warning for Kelantan & Terengganu: motor policyholders, check if you bought the special perils (flood) extension. Etiqa towing: 1-300-13-8888.
        Market update: global equity funds are down about 4% this month. Please don't panic-switch your ILP funds; we'll review your risk profile at the annual review.
        Seminar this Sat 10am at Suntec Convention Centre, Level 3: "Retirement planning with CPF LIFE". Free entry, light refreshments. Register via the link in the group description.
        Parents with a new baby this year 👶 remember to update your nominations and consider a hospital plan before any health issues appear.
        Save these numbers for after-hours claims: Great Eastern 1800 248 2888, Income Insurance 6788 1122, Singlife 6827 9933.
        Thank you for 10 years of trust! From 1 March our agency office moves to 1 Raffles Place #20-01, Singapore 048616. Same hotline, same friendly faces.
        Remember Joseph Schooling's Olympic gold in Rio 2016? Even top athletes need disability income cover — a career can end with one injury. Is your income protected?
        Fun fact for tonight's talk: MediShield Life was announced by PM Lee Hsien Loong at the 2013 National Day Rally and launched in November 2015.
    """),
    ("en", "claims_procedure"): _lines("""
        Hospitalisation claim checklist: final hospital bill, discharge summary, inpatient referral letter, and the pre-authorisation letter if one was issued.
        Death claim (Singapore): certified copy of the death certificate, claimant's identity document, the policy contract or a letter of indemnity if lost, and Grant of Probate if there is no nomination.
        Critical illness claim: the attending specialist completes the insurer's Attending Physician Statement; the report fee is usually borne by the claimant.
        Claim ref CL24-0093817 | Type: Hospital & Surgical | Status: Pending documents | Outstanding: histology report | Last update: 12/08/2024
        Motor claim (Malaysia): lodge a police report within 24 hours of the accident, notify your insurer, then send the car to a panel workshop for inspection.
        Knock-for-Knock: when you claim own damage from your own insurer and you are not at fault, your NCD is not forfeited.
        For panel GP visits under the group insurance, show your staff card at the clinic; you only pay for non-covered items such as supplements.
        Lost baggage claim: get a Property Irregularity Report from the airline before leaving the airport and keep the original receipts of the items claimed.
        Claims submitted more than 30 days after discharge are still accepted, but late submissions may take longer. Usual turnaround is 10–14 working days.
        Appeal route: write to the insurer's claims review committee within 6 months of the decision letter, enclosing any new medical evidence.
        A TPD claim usually needs a 6-month deferment period to confirm the disability is permanent, unless it is a specified loss such as loss of two limbs.
        Batch upload log 2024-10-03 14:22:05 — 48 claims received, 45 accepted, 3 rejected (missing invoice PDF). Batch id BCH-7731-A.
        Panel hospitals for the takaful medical card include KPJ Damansara Specialist Hospital, Sunway Medical Centre and Gleneagles Kuala Lumpur; check the list before admission.
        Early critical illness: ask the specialist to state the stage clearly in the report (e.g. carcinoma in situ), otherwise the claim may be sent back for clarification.
    """),
    ("mixed", "agent_chat"): _lines("""
        Eh bro, the new LIA critical illness definitions apply to all CI plans sold after 2020 right? Income product summary still show the old wording leh
        Wah this month MDRT chase very siong, still short 30k FYC 😩 anyone got hot leads to share lol
        Anyone got the latest product summary for the new ILP? The one in portal still v3.2, outdated already
        Boss say Friday team meeting shift to 2pm at the usual Tanjong Pagar office, bring your BSC files ok
        Kakak semua, salinan IC client jangan hantar dalam WhatsApp group ya, compliance dah bagi warning
        Lunch at Lau Pa Sat after the roadshow? Heard the satay stall still ok
        Client ask can use CPF OA to pay whole life premium or not. I think cannot, except CPFIS-included ILPs, correct me if wrong
        Roadshow booth at Jurong Point this weekend, need 2 more people for Sunday shift, who free?
        Tolong check: takaful family plan cooling-off 15 hari kan, bukan 14?
        Walao the portal down again, cannot submit e-app since morning 😤 IT say fix by 3pm
        Reminder: 新人 training on Tuesday, topic is objection handling, bring your notebook ah
        Got new promo for the hospital plan, first year premium 10% off if submit before 31/12. Share with your prospects lah
        Phua Chu Kang also bought insurance in that old episode right? 😂 use the clip for the seminar intro can or not
        Who going to the LIAM convention in KL next month? Can share Grab from KLIA
        Anyone know if Hospital Sultanah Aminah accept GL from our company or not? Need to tell the family before admission
    """),
    ("ms", "notis_takaful"): _lines("""
        Peringatan: Caruman takaful anda perlu dibayar sebelum tarikh matang untuk mengelakkan sijil terlucut. Tempoh tangguh ialah 30 hari.
        Bagi tuntutan kemasukan hospital, sila kemukakan bil akhir hospital, ringkasan discaj dan surat jaminan (GL) jika ada.
        Tempoh bertenang bagi pelan takaful keluarga ialah 15 hari dari tarikh penerimaan sijil.
        Hibah takaful dibayar terus kepada penerima hibah yang dinamakan, tanpa perlu melalui proses faraid.
        Notis: Pejabat cawangan Kota Bharu ditutup pada hari cuti Nuzul Al-Quran. Pusat panggilan beroperasi seperti biasa.
        Sila kemas kini penama anda selepas berkahwin atau mendapat anak. Borang penamaan boleh dimuat turun dari portal pelanggan.
        Untuk tuntutan kematian, waris perlu mengemukakan sijil kematian, salinan MyKad penuntut dan laporan polis jika kematian akibat kemalangan.
        Tuntutan No. TK-2024-118402: dokumen lengkap, dalam proses penilaian. Anggaran keputusan dalam 14 hari bekerja.
        Caruman takaful keluarga layak untuk pelepasan cukai di bawah kategori insurans hayat dan KWSP, tertakluk kepada had semasa LHDN.
        Ejen bertauliah mesti menunjukkan kad kuasa ejen semasa berjumpa pelanggan. Semak status ejen di laman web BNM atau MTA.
        Skim mySalam memberi perlindungan penyakit kritikal kepada golongan B40 tanpa perlu membayar caruman.
        Jangan kongsi kata laluan atau kod TAC anda dengan sesiapa, termasuk ejen takaful anda sendiri.
    """),
    ("zh-Hans", "客户须知"): _lines("""
        温馨提示：保单犹豫期为收到保单后14天，期间退保可全额退还保费（扣除体检费用）。
        理赔所需文件：住院账单正本、出院小结、医生转介信，以及投保人身份证明文件副本。
        新加坡的综合健保计划（Integrated Shield Plan）由终身健保（MediShield Life）与私人保险公司的附加部分组成。
        如需更改受益人，请填写提名表格，并由两名年满21岁的见证人签署。
        重要通知：本公司不会通过WhatsApp要求您提供银行密码或一次性验证码（OTP）。
        投资相连保险（ILP）的回报不保证，过往表现不代表未来表现。
        春节期间办公室休息，紧急理赔请拨打保险公司24小时热线。
        保单号码格式示例：L-0000000-0，请勿与身份证号码混淆。
        重疾险一般设有90天等待期，等待期内确诊的疾病不予赔付。
        马来西亚的伊斯兰保险（Takaful）遵循伊斯兰教法原则，由参与者互助共担风险。
    """),
    ("en", "crm_template"): _lines("""
        lead_id=LD-20241103-0457; source=roadshow_jurong_point; stage=fact_find_scheduled; owner_team=T07; consent_pdpa=Y
        SELECT policy_no, product_code, premium_mode FROM policies WHERE status = 'LAPSED' AND lapse_date >= '2024-01-01';
        Annual review checklist: 1) Family changes (marriage/birth) 2) Income change 3) New loans 4) Health updates 5) Nominations 6) Next review date ____
        Export config: mask_nric=true, mask_mobile=last4, include_fields=[policy_no, product, sum_assured, next_due]
        Product code WL-PAR-20 | Sum assured S$200,000 | Premium term 20 yrs | Annual premium S$4,812.60 | Illustration ver 2.1
        Referral card — Referred by: __________ | Prospect name: __________ | Relationship: __________ | Best time to call: __________
        Pipeline report Oct: 42 fact-finds, 19 proposals, 11 submitted, 9 issued; conversion 21%. Top product: hospital rider.
        cron: 0 9 * * 1 send_premium_due_reminders --days-ahead=14 --channel=whatsapp --dry-run=false
        Policy no. 0081-5529-3310 issued 04/11/2024 | Term Protector 65 | Sum assured S$500,000 | Mode: monthly | Status: in force
        Meeting slot template: [Day] [Time] at [Venue] with [Client] — agenda: [policy review / claims / new needs]
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Client: TAN WEI MING (NRIC S8197083A), 43, branch manager at DBS, smoker 10/day. Recommended term to 75 S$800k plus early CI S$200k.
        Fact-find 12/09: Nurul Aisyah binti Rahman, 29, staff nurse at Tan Tock Seng Hospital, married, 1 son (2yo), take-home ~$3.8k, existing cover: Shield plan only.
        Claims help for Mdm Lim Ah Moi: warded at Changi General 3–7 Jun for pneumonia, bill $6,420, Shield paid, still need to claim the rider co-payment portion.
        Please call my client Mr Rajesh s/o Kumaravel at 9672 3184 after 7pm, he wants to discuss upgrading his hospital plan.
        Referral from Jasmine: her brother-in-law Darren Koh, engineer at Micron Woodlands, just had twins, looking at education savings. Mobile 8815 2043.
        Compliance note 2024-10-14: client MR GOH KENG HUAT (S0045444C), 74, not proficient in English; trusted individual (daughter) present throughout the meeting.
        GIRO form — Account holder: CHUA MEI LING | Bank: DBS Savings Plus 027-91344-2 | Policy: L8830125 | Monthly limit: S$450
        Pls update payor card for Ong Siew Hoon: Visa 4556 3312 9000 8548 exp 09/27, premium $212.30 monthly.
        Nomination: 49L trust nomination by Mr Arun Pillai in favour of wife Kavitha d/o Suppiah (S8537872D) 60% and son Nikhil Pillai (T1680554D) 40%.
        Claim rejected for Siti Hajar binti Osman — hysterectomy in 2023 considered pre-existing (fibroids noted at her 2021 health screening). Draft FIDReC appeal.
        Home visit Sat 10am: Blk 412 Bedok North Ave 2 #08-115, Mdm Wong (wheelchair user, husband bedridden) — bring CareShield claim forms.
        jason lee kah wai 017-650 9012, ex-colleague's cousin, self-employed Grab driver in Cheras, no hospital plan, interested in PA
        MR MUTHU A/L RAMASAMY | IC 670811-08-5421 | Ipoh | Hospital & surgical claim | Type 2 diabetic, toe amputation Oct 2024 | GL approved
        Payout sent: RM48,200 to Maybank 164087392015 (a/c holder Faridah binti Yusof), hibah from her late husband's takaful plan.
        Note for file: Kelvin Ng told me he was retrenched from his e-commerce job in Aug and wants to pause premiums for 6 months. Applied premium holiday on the ILP.
        Email from client priya.rajan88@gmail.com: "Hi, can you resend the CI claim form? The oncologist confirmed stage 2."
        Travel claim: LEOW CHEE KEONG, passport K4471829M, SQ flight to Tokyo delayed 11 hrs on 2 Aug, claiming S$300 delay benefit.
        Beatrice de Souza, 56, retired teacher living in Katong, wants to convert her term policy before it expires at 60; hypertension, on medication since 2019.
        Vehicle SMF4821K belongs to Mr Hafiz bin Ismail — accident at PIE exit 24 on 3/2, third-party claim lodged with Income.
        Lead: ahmad zaki, 019-302 5571, night shift at the Kerteh refinery, wife 7 months pregnant, wants a medical card for the baby.
        Update: Mr Low Boon Hock passed away on 2 Nov; his son Low Jun Yi (S9349039H) is the claimant, death cert received, bank details pending.
        Underwriting query: Cheryl Tay Hui Min, BMI 33, HbA1c 7.1, on metformin — loading +50% offered on the hospital rider, client considering.
        Birthday list Dec: Mdm Kamala d/o Ganesan (5 Dec, turning 61), Mr Yeo Teck Seng (12 Dec, 47), Ms Farah Lim Shu Qi (19 Dec, 35) — send hampers.
        Client reached at +65 9031 7726, wants to complain that her previous agent switched her policies without explaining the surrender loss.
        Maybank2u screenshot: transfer from WONG KAR LOK to agent's personal account, RM1,850 for PA premium. Cash to agent not allowed — refund and ask him to pay the insurer directly.
        Proposal: life assured HO JIA XIN (T1266490C), DOB 14/03/2012, Nan Hua Primary; payor mother HO LI TING (S8867240B), annual premium S$2,400.
        Fiona's referral: her neighbour Mrs Ramlah Abdullah at 23 Jalan SS2/75, Petaling Jaya — widowed last year, 3 kids in school, no life cover at all.
        CKA outcome: Mr Edwin Chong Wai Keat — not met (no investment experience, diploma in hospitality). Advised in writing; he still wants the ILP, escalated to supervisor.
        Premium overdue: (1) Lee Soo Fen $312.40 / 45 days (2) Kumar a/l Velu $88.00 / 32 days (3) Ng Pei Shan $1,205.00 / 60 days, lapse letter sent.
        WhatsApp from Mr Bala (012-718 3390): "Sorry boss this month salary late, can pay premium next week?"
        Card on file for auto-debit: 5200 4029 5008 4728, cardholder Teo Yong Jie, expiry 11/26.
        Meeting notes — Mr Abdul Karim bin Said & Mdm Rosnah, Tampines St 81, combined income S$11k, HDB loan S$280k left, 2 kids at Temasek Primary; gap: no mortgage cover.
        FIN G8548957M — Filipino nurse at Mount Elizabeth on S Pass, wants a term plan before she returns to Manila in 2026.
        Agent code A10293 — Shirley Goh Pei Ling — under investigation for forged client signatures on 3 replacement forms (ref CMP-24-0412).
        MyKad 920728-14-6184 — please check against the takaful proposal, the DOB on the form says 28/07/1993.
    """),
    "ms": _lines("""
        Pelanggan: NOR AZLINA BINTI MOHD NOOR, No. KP 850314-10-5528, tuntutan kemasukan Hospital Serdang, diagnosis denggi, jumlah bil RM3,240.
        Encik Shahrul bin Kamal, 016-224 8173 — berminat pelan takaful pendidikan untuk 2 anak, pendapatan RM5,500 sebulan, tinggal di Seremban.
        Bayaran hibah RM100,000 telah dikreditkan ke akaun CIMB 7065334218 atas nama Puan Halimah binti Ali pada 12/11.
        Makcik Salmah binti Hassan dari Taman Melawati baru keluar wad lepas strok, anak dia nak tanya pasal tuntutan penyakit kritikal.
        Nota ejen: Encik Faizal bin Abdullah (780102-07-5013) mengaku merokok 20 batang sehari, tidak diisytiharkan dalam borang cadangan — perlu pengisytiharan semula.
        Aduan: Puan Devi a/p Muniandy mendakwa ejen tidak menjelaskan caj penyerahan sijil ILP. Nombor telefon 011-2387 4419.
        Senarai penerima hibah: isteri Aminah binti Yaacob (60%), anak Muhammad Irfan bin Zulkifli (40%); peserta Zulkifli bin Hamid, 47, guru di Kuantan.
    """),
    "zh-Hans": _lines("""
        客户陈美玲（S8365200D）上周在中央医院做了胆囊手术，账单约新币9,800元，需要协助索赔。
        转介：林志强先生，手机 +65 8234 6610，在裕廊做电工，刚结婚，想了解定期寿险。
        王秀英女士（中国公民，身份证号 320102198706154829）为女儿在新加坡投保教育储蓄计划，缴费人为本人。
        黄国伟先生说他太太最近确诊乳腺癌二期，想问重疾理赔流程，他的微信号是 hgw_1978。
    """),
    "mixed": _lines("""
        Eh remind me follow up uncle Teo Ah Kow tmr, his Shield plan lapse already because GIRO fail, his HP 9880 1245
        Boss, client Mdm Chia Bee Lian 中风 last week, now at 中央医院 ward 57, family want to claim CI. Her son number 8123 5567
        Kak Ros, your client Encik Azman bin Hussin call office marah-marah, say claim RM12k still tak approve after 2 months. IC dia 880506-12-5267
        Bro the referral Vincent Lau Chee Meng from your church, he say can meet Sat at Causeway Point, got 3 kids, wife not working, no coverage at all 🙈
        Tolong update alamat client Encik Rahim bin Jusoh: Lot 27, Kampung Baru Sungai Buloh, 47000 Selangor. Surat polisi returned twice already
        Ms Ang pls send me ur bank acct for the refund hor — ok it's OCBC 601-482913-001 under Angeline Ang Hui Ting 🙏
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer service assistant of a Singapore insurance agency. Be polite and concise.",
        ),
        (
            "user",
            "Hi, my GIRO for policy L2231908 got deducted twice this month, $286.50 x2. Can refund?",
        ),
        (
            "assistant",
            "Sorry about that! I can raise a refund request. May I have the policyholder's full name, NRIC and a contact number for verification?",
        ),
        ("user", "Lee Mei Fong, S7825584F, 9746 1320. Pls call after 6pm, I'm at work."),
    ],
    [
        (
            "user",
            "Help me draft a WhatsApp follow-up to my client Mr Sanjay Menon. He had an angioplasty at Mount Elizabeth Novena last month and his CI claim was only partially paid. Keep it warm, not salesy.",
        ),
        (
            "assistant",
            "Here's a draft: 'Hi Mr Menon, hope you're recovering well after the procedure. I've received the insurer's letter on your claim: the angioplasty benefit was paid at 10% of the sum assured as per the policy. Happy to go through it with you whenever you're feeling up to it.'",
        ),
        ("user", "Good. Add that I can drop by his place at Sixth Avenue on Saturday morning."),
    ],
    [
        (
            "user",
            "Bro my father Chong Kim Seng warded at Hospital Pulau Pinang since Monday, stroke. IC 560214-07-5237. He got medical card, how to get GL?",
        ),
        (
            "assistant",
            "Sorry to hear about your father. Ask the hospital billing counter whether they accept a guarantee letter from his insurer; the agent or the insurer's hotline can request it with the policy number and admission details.",
        ),
        (
            "user",
            "Ok his policy no is T-5510982. His agent Puan Sarimah not picking up since yesterday.",
        ),
    ],
    [
        ("system", "You help financial advisers write needs-analysis summaries."),
        (
            "user",
            "Summarise: Client Ivan Tay Jun Hao, 34, software engineer at GovTech, wife Sherlyn 32 (homemaker), daughter 3. Income $9.2k/mth. HDB 4-room in Punggol, loan $310k. Existing: company group term $100k only.",
        ),
        (
            "assistant",
            "Summary: single-income household with a young child and a mortgage. Main gaps: death/TPD cover well below 9-10x annual income, no personal CI cover, no mortgage protection, and hospitalisation cover for the family should be confirmed.",
        ),
        ("user", "Thanks. Also note he has had asthma since childhood and still uses an inhaler."),
    ],
    [
        (
            "user",
            "你好，我想问一下理赔进度。我是刘佩君，保单号 P7720351，上个月在竹脚妇幼医院剖腹产。",
        ),
        (
            "assistant",
            "刘女士您好，恭喜您！生育相关费用是否可赔需视保单条款而定。请留下您的联系电话，我们会请理赔部门尽快回复您。",
        ),
        ("user", "电话是 9158 4427，下午比较方便，谢谢。"),
    ],
    [
        (
            "user",
            "Write a short incident summary: Rep Marcus Yeo (agent code SG-44817) submitted a proposal where the client's signature did not match her NRIC copy. The client, Mdm Soh Gek Choo, 71, says she never met him.",
        ),
        (
            "assistant",
            "Incident summary: A signature discrepancy was identified on a proposal submitted by representative Marcus Yeo (SG-44817). The client, Mdm Soh Gek Choo (71), states she never met the representative. Recommended actions: suspend further submissions, interview the representative, contact the client to confirm her instructions, and report to MAS if misconduct is confirmed.",
        ),
        (
            "user",
            "Add that she is a Selected Client and her daughter lodged the complaint by email on 3 Oct.",
        ),
    ],
    [
        (
            "user",
            "My client Grace wants to refer her colleague. How do I introduce myself without sounding pushy?",
        ),
        (
            "assistant",
            "Keep it short and let Grace warm the lead first. Something like: 'Hi, I'm a financial adviser. Grace mentioned you might want someone to look over your coverage, no obligation at all.'",
        ),
        (
            "user",
            "Ok the colleague is Tasha Fernandez, 8742 9036, she just moved from KL and works at Changi Airport Group. Write the message to her.",
        ),
        (
            "assistant",
            "Hi Tasha, Grace passed me your number. Welcome to Singapore! Since you've just relocated from KL, it might be worth checking how your existing cover works here. Happy to have a quick coffee near the airport whenever convenient.",
        ),
    ],
    [
        (
            "user",
            "Assalamualaikum, saya nak tuntut hibah arwah suami saya, Rosli bin Ahmad. No. sijil TK-882014.",
        ),
        (
            "assistant",
            "Waalaikumussalam puan, takziah atas pemergian suami puan. Sila sediakan sijil kematian, salinan MyKad penuntut dan butiran akaun bank penerima hibah.",
        ),
        (
            "user",
            "Nama saya Norhayati binti Ismail, IC 951230-13-6058. Akaun Bank Islam 12014018773329. Saya tinggal di Kuching sekarang dengan anak.",
        ),
    ],
    [
        ("user", "How much does a hospital plan roughly cost for a 9 year old in Singapore?"),
        (
            "assistant",
            "For a child, an Integrated Shield Plan with a private hospital rider typically costs a few hundred dollars a year, and the base portion can be paid by MediSave.",
        ),
        (
            "user",
            "It's for my son Ethan Lim Zi Hao, T1527439A. He's at Rosyth School and has eczema and mild asthma. Will the insurer exclude those?",
        ),
        (
            "assistant",
            "Possibly. Underwriters often apply exclusions or ask for a doctor's memo for asthma; eczema is sometimes accepted without exclusion if well controlled. Declare both fully on the proposal.",
        ),
    ],
    [
        (
            "user",
            "Draft an appeal letter to FIDReC for my client Mr Kenneth Loh Wei Jie of Blk 285 Yishun Ring Road #05-231, Singapore 760285. His claim for slipped disc surgery was rejected as pre-existing, but his first back pain consult was only in 2023, after the policy started.",
        ),
        (
            "assistant",
            "Dear Sir/Madam, I write on behalf of Mr Kenneth Loh Wei Jie to appeal the insurer's rejection of his claim for lumbar disc surgery. The insurer has treated the condition as pre-existing; however, his medical records show the first consultation for back pain took place in 2023, after the policy inception date...",
        ),
        (
            "user",
            "Please add his contact number 9623 0518 and that he was on MC for 6 weeks after the operation.",
        ),
    ],
]
