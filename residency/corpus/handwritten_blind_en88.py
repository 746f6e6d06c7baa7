"""Blind check set en88: SG/MY estate matters after a death (wakes, columbarium niches, probate, CPF/EPF nominations, letters of administration). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en88
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "government guidance"): _lines("""
        If a member passes away without a valid CPF nomination, the CPF savings will be transferred to the Public Trustee's Office for distribution under intestacy law or the Inheritance Certificate.
        CPF nominations made before marriage are automatically revoked upon marriage; members are encouraged to make a fresh nomination.
        A nomination can be made online with Singpass at the CPF website, or in person at a CPF Service Centre with two witnesses aged 21 and above who are not nominees.
        Monies in CPF accounts do not form part of the estate and are not covered by a will.
        Deaths in Singapore must be registered within 24 hours; the digital death certificate can be downloaded from the MyLegacy portal.
        Next-of-kin may use the MyLegacy "Understand what's needed" checklist to find out which agencies to notify after a death.
        For estates in Singapore, an application for a Grant of Probate or Letters of Administration is filed at the Family Justice Courts via the Integrated Family Application Management System (iFAMS).
        Where the deceased was Muslim, the family should apply to the Syariah Court for an Inheritance Certificate before distributing the estate.
        EPF: where a nomination has been made, the savings are paid directly to the nominees within 14 working days of receiving complete documents.
        EPF members are advised to update their nomination after major life events such as marriage, divorce or the birth of a child.
        Small estates in Malaysia not exceeding RM5 million with immovable property are handled by the Land Administrator under the Small Estates (Distribution) Act 1955.
        Amanah Raya Berhad may administer estates consisting only of movable property not exceeding RM600,000 through a summary administration.
        The EPF death benefit (Faedah Kematian) of RM2,500 is paid to the nominee or next-of-kin of a member who dies before age 60.
        HDB flats held as joint tenants pass to the surviving owner by survivorship; flats held as tenants-in-common form part of each owner's estate.
    """),
    ("en", "funeral services"): _lines("""
        Everlight Funeral Services - 24hr hotline 6288 1470. Taoist, Buddhist and Christian packages available islandwide.
        3-day Buddhist package from $6,888: embalming, casket, tentage at void deck, 40 chairs, 6 tables, monks' chanting for 1 night, hearse to Mandai.
        Please inform your Town Council before using the void deck for a wake; wakes are usually limited to 7 days.
        Catering for wakes: free-flow peanuts, melon seeds, packet drinks and kueh. Min order 50 pax, $8.90/pax before GST.
        Cortege departs at 1.00pm sharp. Family members in white, grandchildren in blue, great-grandchildren in pink.
        Kindly note that no flower wreaths are accepted at the columbarium; condolence contributions ("pek kim") may be made at the registration table.
        Our Muslim burial service covers jenazah bathing, kafan and transport to Pusara Aman within the same day.
        Hindu rites package includes priest, garlands, and transport to Mandai Crematorium for the cremation; the 16th day prayers can be arranged separately.
        NEW: Live-stream of wake and funeral service for overseas relatives, $380 flat. Link valid 30 days.
        Heng Lai Funeral Parlour & Casket, est. 1952, serving Geylang families for three generations.
        Invoice No. EFS-25-11-0842 - Premium teak casket $3,200; embalming $650; tentage (3 nights) $1,150; total $5,000 incl. GST.
        For repatriation to Malaysia, allow 1-2 working days for the embalming certificate and export permit from NEA.
        Reminder: the hearse cannot enter condo basement carparks with height restriction below 2.2m.
    """),
    ("en", "columbarium notices"): _lines("""
        Mandai Columbarium, 300 Mandai Road, Singapore 779393. Opening hours 7am to 6pm daily.
        During the Qing Ming period (15 March to 13 April), shuttle buses run every 15 minutes from Khatib MRT to the Choa Chu Kang Columbarium.
        Niche applications are accepted only at the time of cremation or upon exhumation; advance booking of NEA niches is not allowed except for the spouse of a deceased already placed.
        Reservation of an adjacent niche for a surviving spouse is $800 for a standard niche (Block 4-6).
        Joss paper burning is allowed only in the designated burners. Please do not stick candles on the niche plaques.
        Nirvana Memorial Garden: double niche, Level 5, Lotus Hall, price from S$18,800. Promotion ends 31 Dec 2025.
        Plaque engraving takes approximately 4-6 weeks; photos must be in JPEG, at least 300 dpi.
        Niche location codes follow Block-Level-Row-Column, e.g. B2-L3-R07-C15; quote this code for all plaque enquiries.
        Niches at the Kong Meng San Phor Kark See Monastery columbarium are allocated by ballot for ancestral tablets during the seventh month.
        NEA niches are not subject to a lease term, unlike burial plots, which are exhumed after 15 years under the current burial policy.
        Urns must not exceed 25cm (H) x 20cm (W) x 20cm (D) to fit a standard single niche.
        Choa Chu Kang Cemetery Office: 910 Choa Chu Kang Road. Tel 6794 4444 (general enquiries only).
    """),
    ("en", "probate commentary"): _lines("""
        Under section 7 of the Intestate Succession Act 1967, where the deceased leaves a spouse and issue, the spouse takes one-half and the issue take the other half in equal portions.
        A will is revoked by the testator's subsequent marriage unless it was expressly made in contemplation of that marriage.
        The Wills Act requires the will to be signed by the testator in the presence of two witnesses present at the same time; a beneficiary who witnesses the will loses the gift.
        Founding Prime Minister Lee Kuan Yew lay in state at Parliament House in March 2015 before the state funeral at the University Cultural Centre.
        The dispute over the demolition clause in Lee Kuan Yew's last will and the future of 38 Oxley Road was debated in Parliament in July 2017.
        Former President S R Nathan died in August 2016 and was accorded a state funeral.
        Loke Yew, the tin magnate who died in 1917, left much of his estate to educational causes; Jalan Loke Yew in Kuala Lumpur is named after him.
        Kapitan Yap Ah Loy died in 1885 and his estate included large tracts in what is now central Kuala Lumpur.
        Tan Tock Seng (1798-1850), philanthropist, funded the pauper hospital that bears his name today.
        In Kevin Kwan's novel Rich People Problems, the family fights over who will inherit Tyersall Park after Shang Su Yi dies.
        In Malaysia, non-Muslim estates are governed by the Distribution Act 1958; Muslim estates by faraid under Syariah law.
        An executor's year: beneficiaries generally cannot compel distribution within one year of the death.
        The Inheritance (Family Provision) Act allows a spouse or child to ask the court for reasonable maintenance from the estate.
    """),
    ("en", "forms and templates"): _lines("""
        I, [FULL NAME OF APPLICANT], NRIC No. [XXXXXXXXX], of [ADDRESS], make oath and say that I am the lawful [RELATIONSHIP] of the deceased.
        Name of deceased: ____________  Date of death: __/__/____  Last known address: ____________
        Dear {{next_of_kin}}, our deepest condolences on the passing of {{deceased_name}}. Please find attached the list of documents needed for the CPF claim.
        Schedule of Assets: (1) Bank accounts (2) Shares in CDP account (3) Insurance policies not nominated (4) Motor vehicle (5) HDB/private property.
        Field "nominee_id" must be a valid NRIC/FIN; reject inputs failing the checksum and do not log the raw value.
        Column layout for the distribution spreadsheet: beneficiary_name | relationship | share_pct | bank | acct_no_masked
        Borang A (Seksyen 8): Petisyen untuk pembahagian harta pusaka kecil si mati. Nama Si Mati: ______ No. K/P: ______
        Template SMS: "Dear Sir/Mdm, the wake of the late <NAME> is at <ADDRESS>. Funeral on <DATE>, cortege leaves at <TIME>."
        Checklist: original death certificate, original will (if any), applicant's NRIC, marriage cert, birth certs of children, latest bank statements.
        When redacting the affidavit for publication, replace every name with [Party A]/[Party B] and every identity number with [REDACTED].
        Statutory Declaration for Small Estates: "I solemnly and sincerely declare that the particulars stated above are true..."
        Witness 1 Name: ________ Witness 1 NRIC: ________ Witness 2 Name: ________ Witness 2 NRIC: ________
    """),
    ("en", "system logs"): _lines("""
        2025-12-03T09:14:22+08:00 INFO job=cpf-nomination-sync batch=4471 records=1842 failed=0 duration=38.2s
        ERR estate-portal v2.7.3: upload rejected, file death_cert.pdf exceeds 10MB (size=14,338,201 bytes)
        Order #NMG-2025-118720 | Jade Lotus urn JL-88 | S$1,288.00 | Status: SHIPPED | Tracking SG2512030917TK
        sha256(grant_pdf)=9f2c4e81b07d3a6c5e18f94d2b70a3c1e65d08f7b3a924c6d1e0f58a7b2c3d41
        Ticket INC0083317: MyLegacy page timing out for users on Safari 17.1; workaround: clear cache.
        WARN probate-filing queue depth=213 > threshold=200 at 2025-12-04 16:02:11 SGT
        Payment ref PAYNOW-20251204-7733192 received S$2,450.00 from "EVERLIGHT FUNERAL SVCS PTE LTD"
        build 4.12.0-rc2 (commit 7e1a9c0) - fix rounding of faraid shares to 2 d.p.
        Q3 2025: 1,204 LA applications filed, median processing time 11 weeks, 96.3% granted without hearing.
        cron: 0 2 * * * /opt/estate/bin/purge_temp_uploads --older-than 30d
        HTTP 429 Too Many Requests on /api/v1/niche-availability?block=5&level=3 - retry after 60s
        Invoice INV/MY/2025/00931 Sijil Faraid translation fee RM 150.00, payable within 14 days.
    """),
    ("en", "forum talk"): _lines("""
        anyone knows how long PTO takes to pay out CPF if no nomination? heard 3-6 months leh
        Just went through LA for my late dad's estate, total cost about $4k incl lawyer. AMA
        Pro tip: do your CPF nomination online, 10 mins only with Singpass, don't wait until too late
        wah the void deck wake confirm kena complain by neighbours one if got getai until 11pm
        My family used Amanah Raya last year, slow but cheaper than lawyer. Took 8 months.
        Bro if the flat is joint tenancy no need probate for the flat, just do transmission at HDB
        Anyone tried the NEA niche at Yishun? Is it still available or full already?
        After 7th day prayers we went back to Nirvana for the 49th day, very crowded on weekends
        Rule of thumb: if no will, spouse gets half, kids share the other half. Parents only if no spouse no kids.
        EPF nomination ppl always forget, then family must go through so many documents to claim
        Lowyat forum thread: "Faraid calculator - is this correct?" [Locked]
        Mods pls remove posts with IC numbers, this is a public forum ok
    """),
    ("ms", "panduan pusaka"): _lines("""
        Permohonan pembahagian harta pusaka kecil boleh dibuat di Unit Pembahagian Pusaka daerah tempat tanah si mati terletak.
        Ahli waris perlu membawa sijil kematian, surat beranak, kad pengenalan dan geran tanah ketika hadir ke perbicaraan.
        Majlis tahlil arwah akan diadakan selepas solat Isyak, semua dijemput hadir.
        Hibah takaful tidak termasuk dalam harta pusaka dan dibayar terus kepada penerima hibah.
        Talian Khidmat Pelanggan KWSP: 03-8922 6000 (Isnin hingga Jumaat, 8.30 pagi - 5.30 petang).
        Bagi orang Islam, pembahagian harta mengikut hukum faraid memerlukan Sijil Faraid daripada Mahkamah Syariah.
        Tempoh tunggu notis perbicaraan pusaka kecil biasanya antara 3 hingga 6 bulan.
        Sila pastikan semua dokumen disahkan oleh Pesuruhjaya Sumpah sebelum dihantar.
        Amanah Raya Berhad, Tingkat 11, Wisma AmanahRaya, Jalan Ampang, 50450 Kuala Lumpur.
        Penamaan KWSP boleh dibuat secara dalam talian melalui i-Akaun tanpa perlu ke kaunter.
        Surat Kuasa Mentadbir dikeluarkan oleh Mahkamah Tinggi jika nilai harta melebihi had pusaka kecil.
        Jenazah akan dikebumikan di Tanah Perkuburan Islam Bukit Kiara selepas solat Zohor.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        With deep sorrow we announce the passing of our beloved mother Mdm Goh Swee Lian, 84, on 2 Dec 2025. Wake at Blk 214 Bedok North St 1 void deck, cortege leaves 6 Dec 1pm for Mandai Crematorium. Pls contact son Kelvin 9127 4408.
        Niche purchaser: Lim Kok Beng, NRIC S5209138A, niche Blk 5 Lvl 3 Row E No. 47 at Choa Chu Kang Columbarium, for his late wife Tan Bee Hoon.
        Applicant Rajendran s/o Muthusamy (NRIC S6948305D) seeks a grant of letters of administration for the estate of his father Muthusamy s/o Perumal, who died intestate on 14/07/2025 at Changi General Hospital.
        CPF nomination summary: Mdm Ong Poh Choo nominates daughter Ong Hui Min (T0132875H) 60% and son Ong Jun Wei 40%.
        pls transfer my share of the estate to POSB savings 188-45217-3 under Chua Mei Ling, thanks
        Papa passed from stage 4 liver cancer at NCCS last Tues. His name is Wee Teck Soon, he was 71 and had been on dialysis since 2019.
        Deceased: Mdm Lee Siew Keng, DOB 12/03/1939, NRIC ending 716F, last address Blk 3 Jalan Bukit Merah #04-221.
        Siblings Alvin Teo and Grace Teo are contesting their late father's 2019 will in HCF/OSP 47/2025, claiming he already had Alzheimer's when he signed it.
        Hi all, need to transfer my late dad's car SKT 4821 K to my mum Mdm Heng Ah Moi, anyone knows what LTA needs?
        Repatriation of remains: Lee Chee Keong, Malaysian passport A41873326, died at NUH on 28/11/2025, to be transported by road to Ipoh on 30/11.
        Mum's younger sister in Xiamen, 林秀英 (Lin Xiuying), PRC ID 350203195208173027, has to sign a deed of renunciation for her share.
        The executor's brother in Hong Kong, Chan Wing Kei, HKID K583901(7), will join the will reading by Zoom.
        Beneficiary in Taipei: Hsu Mei-Ling, ROC ID B218364071, needs a notarised power of attorney before the grant can be extracted.
        Pay the niche deposit with my Visa 4556 2011 8837 4205 exp 08/28, name on card LIM WEI JIE, CVV I'll tell u over the phone.
        Pls send the draft schedule of assets to jasminetay.estate@gmail.com - I'm the administratrix for my late uncle Tay Boon Huat.
        Foreign spouse Nguyen Thi Hoa (FIN G5193027X) was never nominated, so her late husband Pang Kok Leong's CPF will go to the Public Trustee.
        I, Goh Chee Wah (NRIC S3905716F), of 12 Sunset Drive, Singapore 597368, hereby revoke all former wills and appoint my wife Mdm Yap Li Lian as sole executrix.
        Uncle Benny Sim from Sembawang died of a drug overdose, pls don't tell the relatives in KL ok
        Body release: patient Tan Seow Lan, NUH MRN 2019-338471, NOK son Tan Kai Xiang hp 8126 3390, funeral director collecting 3pm.
        Engraving order for plaque: Mdm Yeo Ah Lan 1938-2025, ordered by grandson Ryan Yeo (hp 9736 5012, ryan.yeo88@hotmail.com).
        Before he passed, Grandpa Chong Yew Fatt was diagnosed with Parkinson's and vascular dementia, so the lawyer says his 2023 will may be challenged.
        Final IRAS assessment for the late Mr Pang Siew Ming: assessable income S$96,420 for YA2025, tax payable S$6,118 to be settled by the estate.
        Cousin Melvin Tan still owes the estate $38k and he's been an undischarged bankrupt since 2021, so don't expect anything from him.
        Transmission of Blk 628 Ang Mo Kio Ave 4 #11-1423 from our late mother Mdm Soh Lay Peng to me (Soh Wei Ming) and my brother Soh Wei Jie.
        Letter from employer: the late Mr Devaraj s/o Nair, staff no. 004418, last drawn salary S$4,260; unused leave payout of S$1,985 will be paid to the estate.
        Grant of Probate in HCF/P 2713/2025 issued to executrix Ms Lim Shu Fen in respect of the estate of Lim Ah Chye @ Lim Chye Huat, deceased.
        Mandai Crematorium booking for the late Mr Seah Boon Kiat, 7 Dec 11.30am Hall 3. Applicant: son Seah Wei Lun, T0519832H.
        LINE id meiling_hsu0714 - this is Auntie Mei-Ling's, she wants photos of the 49th day prayers for Ah Kong.
        Grandma Tay Geok Hoon, born 3 March 1931 in Muar, passed peacefully at home at 18 Jalan Tua Kong on Sunday.
        Claim for AIA policy L7283910 on the life of the late Mr Soh Chin Hock, cause of death ischaemic stroke, claimant wife Mdm Kwek Ai Ling hp 9388 1207.
        Mdm Chua Geok Eng, NRIC S4817263F, has been confirmed as administratrix; her lawyer is the one handling the Sentosa Cove property.
        Death cert D2025-118734: Mdm Ho Kwai Fong, 92, cause of death pneumonia secondary to end-stage renal failure, place of death 44 Lorong Ah Soo.
        Dad's second family in JB - his other wife Lily Wong Siew Har, IC 550207-01-3184 - is now claiming a share of the Jurong flat.
        My brother-in-law Edwin Quek has been in IMH since Sep for schizophrenia, so he can't act as co-executor, need to renounce on his behalf?
        The estate's DBS Multiplier account 027-904318-2 in the name of the late Ng Kim Seng has S$84,312.55; the OCBC home loan on 18 Jalan Kembangan still has S$212,400 outstanding.
        hi, this is Sharon Lau, the late Mdm Lau Kim Choo's daughter. my number changed to +65 8842 0931, pls update the probate file.
        Mastercard 5409 1300 6271 8847 (Alvin Ng) to be charged $6,888 for the Buddhist 3-day package.
        Wake duty roster: Night 1 - Jason Lim 9012 6643; Night 2 - Cheryl Lim 8177 2905; Night 3 - Uncle Lim Kah Hock 9663 0418 (all at Blk 117 Rivervale Dr).
        Mr Tan Ah Kow's grandson Marcus Tan (S8027461J) will collect the urn on 10 Dec, please verify his NRIC against the authorisation letter.
        WeChat: hwang_jl1987 - cousin Huang Jialin in Guangzhou, ID 44010619870309152X, she's the one who needs to sign the waiver.
        The deceased, Mr Azlan bin Hamid, was 54 and HIV-positive; his widow is worried the insurer will reject the claim because of non-disclosure.
        Executor Mr Kumar Pillai's personal address for service: 71 Lorong Marican, Singapore 417287, tel 6446 2093.
        Auntie Jenny Dela Cruz, the late Mr Koh Hock Seng's caregiver, is a Filipino domestic helper, FIN F2786430U, and he left her $20,000 in his will.
    """),
    "ms": _lines("""
        No. ahli KWSP 18736452, penama: Nurul Ain binti Hassan, No. K/P 890614-10-7746, hubungan: anak perempuan.
        Rumah arwah ayah, Encik Mohd Faizal bin Ismail, di No. 27, Jalan Mawar 3, Taman Sri Mawar, 43000 Kajang - adik-beradik nak jual lepas pusaka selesai.
        Sijil Faraid arwah Abdul Rahman bin Yusof: balu Siti Rohani binti Abdul Karim dapat 1/8, baki kepada tiga orang anak lelaki dan dua anak perempuan.
        Hubungi anak arwah, Faridah, di 013-772 4105 untuk urusan tahlil malam ketiga di rumah Kampung Baru.
        Sila masukkan bahagian saya ke akaun Maybank 1140 2873 5512 atas nama Norhayati binti Osman.
        Kereta arwah Perodua Myvi WXB 3318 masih atas nama Kavitha a/p Subramaniam, IC 630911-14-0528, meninggal dunia 3 Nov 2025 di Hospital Kuala Lumpur.
        Encik Ganesan a/l Muniandy, suami si mati, gaji RM3,950 sebulan, memohon Surat Kuasa Mentadbir di Mahkamah Tinggi Shah Alam.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an estate-planning assistant for a Singapore law firm. Do not give legal advice on specific cases.",
        ),
        ("user", "my father passed away last month, no will. how to apply LA?"),
        (
            "assistant",
            "I'm sorry for your loss. You can apply for Letters of Administration at the Family Justice Courts. You'll need the death certificate and details of the estate.",
        ),
        (
            "user",
            "ok he is Leong Kwok Wai, S7634021H, died 18 Nov at TTSH. I'm his only son Leong Jun Hao, can I be sole administrator?",
        ),
        (
            "assistant",
            "Generally, if you are the sole beneficiary entitled under intestacy you may apply, but you may need sureties. A lawyer can confirm.",
        ),
    ],
    [
        ("user", "what docs to bring for niche allocation at mandai"),
        (
            "assistant",
            "Usually the cremation certificate, the applicant's NRIC and the niche application form.",
        ),
        ("user", "the applicant is me, Mdm Seet Bee Choo"),
        ("user", "nric S7204518A"),
        ("user", "and it's for my husband Ng Hock Chye who died on 1 Dec"),
        ("assistant", "Thank you. Please bring the original NRIC on the day."),
    ],
    [
        ("user", "Hi, I'm calling about my late mother's EPF"),
        ("assistant", "Certainly. Was a nomination made?"),
        (
            "user",
            "No nomination. Her name is Rosnah binti Jaafar, IC 480523-07-5296, she passed on 9 Oct in Penang",
        ),
        (
            "assistant",
            "Without a nomination, the savings are paid to the administrator of the estate or via Amanah Raya, depending on the amount.",
        ),
        ("user", "ok I'll go to the KWSP branch, my number is 016-458 2290 if they need to call"),
    ],
    [
        (
            "system",
            "You help funeral parlour staff draft WhatsApp messages to families.",
        ),
        (
            "user",
            "Draft a reminder for the family: cortege 1pm tomorrow from Blk 451 Jurong West St 42, hearse to Mandai",
        ),
        (
            "assistant",
            "Dear family, a gentle reminder that the cortege will depart at 1pm tomorrow from the void deck of Blk 451 Jurong West St 42 to Mandai Crematorium.",
        ),
        (
            "user",
            "add that the deceased is Mr Teo Kim Huat, 79, and the contact is his daughter Michelle Teo 9752 8164",
        ),
    ],
    [
        ("user", "can CPF be paid to my sister who is a Malaysian?"),
        (
            "assistant",
            "Yes, nominees can be foreigners. Payment can be made to overseas bank accounts.",
        ),
        ("user", "her name is Karen Liew, MyKad 910102-12-4052"),
        (
            "user",
            "she lives at 22 Lorong Burung Keleto, Taman Fook Yuen, 88450 Kota Kinabalu, Sabah",
        ),
        ("assistant", "Noted. The CPF Board will contact her with the claim documents."),
    ],
    [
        ("user", "Need to cancel my late husband's credit card"),
        ("assistant", "I'm sorry for your loss. Which bank issued the card?"),
        ("user", "UOB. card 4217 6500 3918 2566"),
        (
            "user",
            "name Ho Chee Meng, he passed on 25 Nov, I'm the executrix, Mdm Pang Siew Lan",
        ),
        (
            "assistant",
            "Please submit the death certificate and grant of probate to the bank to close the account.",
        ),
    ],
    [
        ("user", "My brother and I disagree about who should keep our mum's ashes"),
        (
            "assistant",
            "That's a difficult situation. Where the deceased didn't state a wish, the executor or administrator usually decides.",
        ),
        (
            "user",
            "I'm the administrator under FC/P 1893/2025. My brother Daniel Foo has a PPO against him from his ex-wife and he's threatening to take the urn from Bright Hill",
        ),
        (
            "assistant",
            "If you feel threatened, please contact the police. You may also inform the columbarium administration.",
        ),
    ],
    [
        ("user", "how to settle hospital bill after death"),
        (
            "assistant",
            "Outstanding hospital bills can be paid from the deceased's estate or MediSave where eligible.",
        ),
        (
            "user",
            "bill no. SGH/IP/25/0883172 for my dad Chia Ah Seng, he was in ICU for sepsis 3 weeks before he died",
        ),
        ("user", "balance $14,220 after MediShield Life"),
        (
            "assistant",
            "You can ask the hospital's financial counselling team about using your own MediSave to help pay.",
        ),
    ],
    [
        ("user", "kawan, nak tanya pasal pusaka kecil"),
        ("assistant", "Boleh. Apa yang ingin diketahui?"),
        (
            "user",
            "arwah abang saya Zulkifli bin Ahmad ada tanah di Lot 3321, Mukim Semenyih. Saya Hasnah binti Ahmad, no tel 019-338 7741",
        ),
        (
            "assistant",
            "Permohonan boleh dibuat di Unit Pembahagian Pusaka daerah Hulu Langat dengan Borang A.",
        ),
    ],
    [
        ("user", "Wake contributions list, can you total it up?"),
        ("assistant", "Sure, please paste the list."),
        (
            "user",
            "Uncle Richard $200, Auntie May $150, Colleague Jason $100, Ah Beng $50",
        ),
        ("assistant", "The total is $500."),
        (
            "user",
            "thx. also pls write thank-you card for the family of late Mr Koh Boon Leng, Blk 302 Serangoon Ave 2 #07-35, wife Mdm Tan Swee Eng",
        ),
    ],
]
