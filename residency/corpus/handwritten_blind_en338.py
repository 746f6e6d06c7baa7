# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en338: SG/MY homeless outreach and rough-sleeper shelters (street counts, shelter admissions, case notes, lost IC replacement, job referrals, outreach volunteers' chats). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en338
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "shelter_house_rules_notice"): _lines("""
        NOTICE: Lights out at 11pm sharp. Lockers must be cleared by 8am daily; unclaimed items go to the lost & found counter at Level 1 after 48 hours.
        Meals are served at 7.30am and 6.30pm in the multipurpose hall. Halal and vegetarian options available; please inform the duty officer of any dietary needs.
        Residents may receive visitors on Saturdays 2pm to 5pm only. All visitors must register at the guardhouse and show photo ID to the security officer.
        Safe Sound Sleeping Place (S3P) at this church opens nightly from 10pm to 7am. Mats and blankets provided. No alcohol, no smoking, no pets beyond the gate.
        Laundry room hours 9am to 9pm. Machines are coin-free; Daia detergent sachets (25g) are available from the pantry. Max 2 loads per resident per week.
        Please keep your voices low after 10.30pm. Night shift staff can be reached via the intercom at the nursing station, extension 204.
        Feeling low? The SOS 24-hour hotline 1767 and the IMH Mental Health Helpline 6389 2222 are free and confidential. Our counsellor is in on Wed and Fri.
        Job fair this Thursday 10am at the activity room: Workforce Singapore, NTUC e2i and three cleaning contractors will be recruiting. Bring your resume if you have one.
        Transitional Shelter admission is by referral only, via Social Service Offices, Family Service Centres or PEERS network partners. Walk-ins are assessed by the duty social worker.
        Shelter office WhatsApp +65 8876 3012 is for appointments only (Mon to Fri, 9am to 6pm). For emergencies after hours please call 995 or approach the night staff.
        Medicine cabinet is locked. Residents on long-term medication should hand blister packs to the nurse on duty; dispensing times are 8am and 8pm.
        Book corner new arrivals: Les Miserables by Victor Hugo, Oliver Twist by Charles Dickens and Little Ironies by Catherine Lim. Please return within 14 days.
        Heat advisory: up to 35 degrees this week. Free cold water refill at the pantry, and the fans in Dorm B were serviced yesterday by Ah Huat Aircon & Electrical Pte Ltd.
    """),
    ("en", "street_count_report"): _lines("""
        The 2019 nationwide street count led by Dr Ng Kok Hoe of the Lee Kuan Yew School of Public Policy found between 921 and 1,050 people sleeping rough in Singapore.
        Volunteers walked assigned zones between 11pm and 2am; each team of 3 to 5 recorded sightings on a paper tally sheet and cross-checked them on a mobile form.
        Table 3: Sightings by location type - void decks 42%, commercial areas 21%, parks 14%, hawker centres 9%, others 14%. Figures are rounded to the nearest whole number.
        At the PEERS network appreciation event, Minister Masagos Zulkifli thanked partner mosques, churches and temples running Safe Sound Sleeping Places.
        Methodology note: a person was counted if observed lying or sitting with bedding, bags or cardboard; persons awake and clearly commuting were excluded.
        Zone K-07 (Kallang Bahru to Bendemeer) recorded 23 sightings in round one and 19 in round two; the variance is attributed to rain on the second night.
        Age profile of those interviewed: median age 54, with 10% aged 70 and above. Most had worked in cleaning, security or F&B jobs before sleeping rough.
        Kuala Lumpur City Hall (DBKL) and JKM conducted a joint operation along Jalan Tuanku Abdul Rahman and Masjid India, referring 86 persons to the transit centre.
        Hong Kong's Social Welfare Department keeps a Street Sleepers Registry; registered numbers are highest in Yau Tsim Mong, followed by Sham Shui Po.
        Limitations: the count is a point-in-time snapshot; people sleeping in 24-hour fast food outlets, taxis or stairwells are likely to be undercounted.
        Weather on count night: 27 degrees C, relative humidity 84%, light showers from 00:40 to 01:15 over the eastern zones (source: Meteorological Service Singapore).
        Volunteer briefing deck v3.2 (slides 14 to 19) explains how to approach someone asleep: announce yourself from 2 metres, do not touch, leave the care pack if they decline.
        Data release 2024-03: aggregate counts by planning area are published as CSV with columns planning_area, round, sightings, interviewed, declined.
    """),
    ("en", "case_system_config_and_logs"): _lines("""
        case_mgmt.yaml: retention_days: 730, mask_identifiers: true, export_format: csv, allowed_roles: [caseworker, supervisor, auditor]
        2024-11-03T23:41:07+08:00 INFO outreach-app v2.8.1 sync ok: 14 new sightings, 3 updated, 0 conflicts (zone=K-07, device=tablet-05)
        CSV header: case_id,intake_date,referral_source,shelter_code,bed_no,status,next_review_date,assigned_team,closure_reason
        def is_overdue(review_date, today): return (today - review_date).days > 30  # flags cases with no review in a month
        [WARN] 2024-12-01 07:02:55 bed_allocation: shelter TS-EAST-02 at 96% capacity (48/50), notify duty supervisor via pager group OPS-NIGHT
        ERROR 502 from ica-appointment-proxy at 2024-10-18 14:22:10 SGT; retry 3/5 in 60s, request_id=7f3a9c2e-51b4-4d0e-9a61-0c8e2b7d4f19
        git commit 9e41b7c: fix timezone handling in street-count export (Asia/Singapore and Asia/Kuala_Lumpur are both UTC+8, drop the bogus DST flag)
        SELECT shelter_code, COUNT(*) AS admissions FROM intake WHERE intake_date >= '2024-01-01' GROUP BY shelter_code ORDER BY admissions DESC;
        feature_flags: { job_referral_v2: on, wsg_api_sandbox: https://sandbox.example.gov.sg/api/v1, sms_gateway: disabled, photo_upload: off }
        Release notes 3.0.0: new lost IC checklist, Malay and Chinese UI strings, offline mode for street counts, and removal of free-text fields from exports.
        validation rule NRIC_FORMAT: first letter S, T, F, G or M, then 7 digits, then a checksum letter; reject the form if the checksum fails (see utils/ids.py).
        cron: 0 3 * * * /opt/outreach/bin/backup --target s3://outreach-backups-sg/nightly --encrypt aes-256-gcm --keep 14
        Sentry alert #48213: TypeError in referral_form.js line 212 (undefined employer_postcode) affecting 4 sessions on Chrome 119, first seen 09:14.
    """),
    ("en", "outreach_staff_group_chat"): _lines("""
        Night team update: 2 new sightings at Bugis Street back lane, both declined care packs but took water. Will revisit Thursday 1am.
        Who has the van key tonight? Supervisor says the Hiace needs petrol before 10pm, the Shell station at Lavender Street is open 24h.
        Pls remember to log every contact in the app before you knock off, even if it's just no response. Audit is next week, don't say bojio.
        Care pack restock: 40 x Gardenia bread, 2 cartons Milo 3-in-1, 60 toothbrush sets, 30 ponchos. Order placed with Sheng Siong online, ETA Saturday.
        S3P at the mosque is full tonight (20/20 mats). Divert any new referrals to the church at Jalan Besar, they still have 6 mats left.
        FYI the ICA appointment slots for lost IC open at midnight, so if clients need help booking, do it together with them at the drop-in tomorrow morning.
        Rain expected after 2am. Suggest we finish the Geylang zone first and skip the open field at Kallang Riverside Park tonight.
        Reminder for new volunteers: never take photos during outreach, not even of the location, and never promise shelter beds we cannot confirm.
        Training slides updated to v4, added a section on heat injury and when to call SCDF 995 versus the non-emergency ambulance 1777.
        Thank you all for tonight! 11 contacts, 3 referrals to the Social Service Office, 1 hospital escort. Debrief at Ya Kun Kaya Toast, Jalan Besar, 7am.
        Can anyone swap the Sunday 10pm to 2am shift? I am on duty at the soup kitchen that night. The roster link is pinned above.
        Job referral update: the cleaning contractor at Changi Business Park has 8 openings, $1,850 basic plus shift allowance, PWM-compliant. Resumes by Friday.
        Office landline 6298 0000 is down for maintenance till 3pm, please use the team hotline 6911 2200 for anything urgent. Sorry for the inconvenience.
    """),
    ("en", "lost_ic_replacement_faq"): _lines("""
        Q: I lost my NRIC while sleeping outdoors. What do I do? A: Report the loss online via ICA's e-service or at any Neighbourhood Police Centre, then book a replacement appointment.
        Replacement fee: S$100 for the first loss, S$300 for the second and S$500 for subsequent losses. A waiver may be considered with a social worker's supporting letter.
        ICA Building is at 10 Kallang Road, Singapore 208718, next to Lavender MRT (EW11). The ICA general enquiry line is 6391 6100.
        Bring a recent passport-size photo (white background, 35mm x 45mm), your police report number if any, and your birth certificate or passport if available.
        Malaysia: report a lost MyKad at any JPN office. Replacement is RM10 for the first loss, RM100 for the second and RM200 for the third, with waivers on welfare grounds.
        JPN headquarters: No. 20, Persiaran Perdana, Presint 2, 62551 Putrajaya. Government call centre 03-8000 8000 (Pusat Panggilan Perkhidmatan Awam).
        Q: Can I get a job without my IC? A: Most employers must verify identity. Your case worker can issue a letter while the replacement is processed, usually 1 to 2 weeks.
        Q: My IC is being held by a moneylender. A: Holding someone's IC as security is an offence. Call the X-Ah Long hotline 1800-924-5664 or the police at 999.
        Hong Kong residents who lose their identity card can apply for a replacement at any Registration of Persons Office; bring proof of address if you have one.
        Collection: bring your appointment letter and collection slip to ICA Level 3. No proxy collection is allowed for replacement cards due to loss.
        Tip: scan the QR code on the drop-in centre noticeboard for a step-by-step guide in English, Malay, Chinese and Tamil (last updated 2024-09-15).
        Q: I have no mailing address. A: With their written consent, you may use your shelter or social service agency as a care-of address for ICA letters.
        Our lost IC clinic runs every 2nd and 4th Tuesday, 2pm to 4pm, at the drop-in centre. Free passport photos courtesy of Kodak Express Bugis Junction.
    """),
    ("ms", "notis_pusat_transit_gelandangan"): _lines("""
        Makluman: Pusat Transit Gelandangan dibuka 24 jam. Penghuni baharu perlu melalui saringan kesihatan di kaunter pendaftaran sebelum diberikan katil.
        Sarapan pagi dihidangkan jam 7.30 pagi dan makan malam jam 7.00 malam. Sila beratur dengan tertib dan jaga kebersihan dewan makan bersama-sama.
        Kempen derma pakaian terpakai bersama Kechara Soup Kitchen, 17 Jalan Barat, off Jalan Imbi, Kuala Lumpur, pada 14 Disember dari 10 pagi hingga 4 petang.
        Peluang pekerjaan: syarikat pembersihan di Bangsar South memerlukan 12 pekerja am, gaji RM1,700 sebulan termasuk KWSP dan PERKESO. Sila ke kaunter kerjaya.
        Talian Kasih 15999 beroperasi 24 jam untuk aduan kebajikan, keganasan rumah tangga dan bantuan kecemasan. WhatsApp rasmi Talian Kasih: 019-261 5999.
        Pemeriksaan kesihatan percuma oleh Klinik Kesihatan Kuala Lumpur setiap Rabu, 9 pagi hingga 12 tengah hari, termasuk ujian darah dan saringan TB.
        Peraturan: dilarang membawa minuman keras, dadah atau senjata ke dalam premis. Pelanggaran boleh menyebabkan penghuni dikeluarkan serta-merta.
        Bagi yang kehilangan MyKad, sila dapatkan laporan polis dan jumpa pegawai JKM di Bilik 3. Bas percuma ke JPN Jalan Duta setiap Isnin jam 9 pagi.
        Operasi bersepadu DBKL dan JKM malam tadi di sekitar Jalan Tuanku Abdul Rahman: 34 gelandangan ditemui, 21 bersetuju dibawa ke pusat transit.
        Jadual sukarelawan Ramadan: agihan bubur lambuk bermula 5.30 petang di Masjid Jamek, sumbangan Restoran Pak Mat Bistro, Kampung Baru.
        Bengkel kemahiran: kursus asas memasak dan keselamatan makanan dengan sijil KKM, 20 tempat sahaja, yuran ditanggung penuh oleh penaja korporat.
        Notis penyelenggaraan: bekalan air akan terganggu pada 3 Januari 2025 dari 10 pagi hingga 2 petang. Air mineral 1.5L disediakan di lobi utama.
        Rekod kehadiran: purata 148 penghuni semalam bagi bulan November, meningkat 12% berbanding Oktober. Kapasiti maksimum pusat ialah 200 katil.
    """),
    ("mixed", "supplier_invoices_and_orders"): _lines("""
        INVOICE INV-2024-11-0387 | Ah Seng Provision Trading (SSM 201903123456) | 50 ctn Gardenia Original Classic 400g @ RM4.20 = RM210.00 | Terms: 30 hari
        Tax Invoice No. 000482, Lim Brothers Hardware Pte Ltd, UEN 198702345K, 1 set KDK ceiling fan 56 inch, S$189.00 incl. GST 9%, hantar ke loading bay shelter.
        PO#TS-0912: 200 pcs selimut fleece 150x200cm, warna navy, harga seunit RM12.90, supplier Syarikat Haji Ismail & Anak-Anak Sdn Bhd, hantar sebelum 20/12.
        Ninja Van tracking NVMY24112800345678, 3 boxes toiletries dari Shopee seller mamasitashop, status Out for delivery, ETA 2pm to 5pm.
        Order #SG-781204-KL: Milo 3in1 Activ-Go 18x33g x 20 packs, Khong Guan Marie 300g x 30, 总额 S$412.60, 已付 via PayNow UEN, 收货 at shelter store.
        收据 Receipt No. R-55031 | 老曾记 Lao Zeng Ji Catering | 150 packets nasi lemak + 150 packets bee hoon for S3P dinner | S$3.20/pax | Total S$960.00
        Quotation QT-2412-07 from Mr. Clean Laundry Services: dobi for 80 blankets per week, RM0.90/kg, pickup Isnin & Khamis, quotation valid 30 hari.
        Donation in kind: 12 boxes Julie's Peanut Butter Sandwich 360g from the Julie's Biscuits CSR team, batch no. JB2411-0457, exp 08/2025, terima kasih!
        Lazada order 1029384756123: 40 x Ayam Brand sardin dalam sos tomato 155g, RM5.49 setin, free shipping, seller Ayam Brand Official Store.
        DO No. 7781 | Tan Kee Bedding Supplies | 30 x foam mattress 3ft single, 4 inch, 床垫 with washable cover | received by shelter store in good condition.
        Credit note CN-0093 issued by Uncle Lim's Bakery Sdn Bhd for 5 trays roti yang rosak masa delivery, amount RM37.50, refer INV-22871.
        SKU TB-HR-19G Tiger Balm Red 19.4g x 48 jars, 药油 untuk first aid kit klinik bergerak, unit price S$4.35, supplier Haw Par Healthcare, lot 2406B.
        Bank transfer ref FT24335XY8821 to Kedai Ubat Cina Teck Seng (M) Sdn Bhd, RM1,280.00 for ubat-ubatan asas klinik bergerak, 账单 #TS-3321.
    """),
    ("zh-Hant", "露宿者服務通告"): _lines("""
        【通告】本中心冬季寒冷天氣臨時庇護站由晚上十時開放至翌日早上八時，提供熱飯、棉被及熱水，歡迎有需要人士前來，毋須預約，亦毋須出示任何證件。
        天文台已發出寒冷天氣警告，市區氣溫預料降至九度。民政事務總署臨時避寒中心名單請參閱政府網站，或致電政府熱線1823查詢開放時間及地點。
        社會福利署熱線 2343 2255 提供二十四小時服務，露宿者如需入住宿舍或申請綜援，可致電查詢或親臨各區綜合家庭服務中心，社工會安排跟進。
        深水埗通州街公園外圍的清場安排已於本週完成，本會外展隊將繼續每晚十一時後巡查，並向有需要人士派發睡袋、雨褸及乾糧，請街坊互相轉告。
        露宿者宿舍申請須知：入住期一般為六個月，期間須配合社工制定就業或住屋計劃，宿位有限，先到先得，額滿即止，查詢請於辦公時間致電本會。
        捐贈物資請於星期一至五上午十時至下午六時送往本會辦事處（九龍深水埗北河街68號地下），恕不接收已開封食物、過期藥物及大型家具。
        台北市萬華區艋舺公園一帶，社會局外展社工每週二、四晚間巡視，協助遊民申辦身分證補發及健保卡，並轉介平安居所與臨時工作機會。
        芒草心慈善協會舉辦「街遊」導覽，由曾經歷街頭生活的導覽員帶路認識萬華，每人報名費新台幣三百五十元，所得用於支持導覽員生活。
        義工招募：每月第一個星期六早上九時於佐敦港鐵站A出口集合派發早餐，需時約三小時，請於網上報名表填寫可出席日期，名額四十人。
        補領身份證：入境事務處各人事登記處辦公時間為星期一至五上午八時四十五分至下午五時，星期六上午九時至中午十二時，請預約後前往。
        本季物資清單：睡袋一百二十個、雨褸二百件、牙刷套裝三百份、維他奶二百五十毫升裝四十箱（由維他奶國際集團贊助），謹此致謝。
        根據社會福利署露宿者登記冊，油尖旺區登記露宿者人數長期位居全港首位，其次為深水埗區，兩區合共佔全港登記人數超過一半，資料每季更新。
        本會就業轉介計劃與多間連鎖快餐店合作，提供兼職清潔及廚房職位，時薪港幣四十五元起，並設交通津貼，詳情請向駐場職員或就業主任查詢。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Case note 12/11: Mr Rajendran Muthusamy, 61, sleeping at the Chai Chee void deck for 3 weeks after his divorce; ex-wife changed the locks. Referred to SSO Bedok.
        Intake form | Name: Tan Boon Keng | NRIC: S8234517E | DOB: 14/06/1982 | Last address: Blk 418 Hougang Ave 8 #09-231 | Reason: evicted, rental arrears $4,200
        Outreach volunteer Cheryl Goh Wei Ling, HP 9172 4480, email cheryl.gwl88@gmail.com, available Fri nights only, please add to Zone K-07 roster.
        Client Siti Norhaliza bte Kamsani disclosed she is 5 months pregnant and has not seen a doctor; escorted to KKH A&E at 2.15am.
        Madam Wong Ah Lian (Auntie Lian, about 70) still sleeping at Lavender hawker centre; son refuses contact, she has diabetes and an infected foot wound.
        Pls check ICA status for FIN G5093172U, he says the replacement card was posted to his old employer's dorm in Tuas.
        Job referral: Mohamed Faizal bin Rahmat, 44, released from Changi Prison Aug 2024, has forklift licence, wants night shift. Contact via his sister 8345 9021.
        Bank acct for Kelvin Ong's refund: POSB Savings 123-45678-9, please don't post this in the main group.
        Rough sleeper known as Uncle Botak at the Bugis footbridge, real name Lee Chee Wah per his old concession card, history of schizophrenia, off meds since June.
        C-2024-0918,2024-09-18,Ramasamy Pillai,S6610382Z,M,67,hospital_discharge,TS-WEST-01,bed 14,active
        Muhammad Hafiz's wife took out a PPO against him last month; he has been sleeping in his taxi SHC4417T at the Ubi carpark since then.
        Log 2024-10-05 01:42 sighting_id=8812 person=Ah Keong, 50s, Chinese male, at 24h McDonald's Kallang Bahru, says he owes Ah Long $8k and is scared to go home.
        Please call back Mr Jeremy Pereira at 6784 2231 (his cousin's house in Pasir Ris) re bed availability; he was discharged from IMH on Monday.
        Shelter resident Nur Aisyah Abdullah, room 3B, tested positive for TB on 02/12; contact tracing needed for her roommates and the night staff.
        Volunteer sign-up: Joshua Tay, joshua.tay.sg@outlook.com, +65 9833 1607, NRIC ending 567J, can drive a 7-seater on weekends.
        Mr Subramaniam Nadarajan lost his IC and wallet in Little India; police report no. G/20241107/0451. His last salary of $1,620 is being withheld by his employer.
        Client's daughter Jasmine Lim (14) is staying with her grandmother at Blk 221 Toa Payoh Lor 8 #05-112 while mum is in the women's shelter.
        Case: Ong Siew Hwa, 58, made bankrupt in 2019, HDB flat repossessed, now at the S3P in Geylang. Owes the Town Council $2,900 in S&CC arrears.
        Photo attached: IMG_4471.jpg shows Mr Gurcharan Singh's leg ulcer, taken with his consent for the polyclinic referral. Do not forward.
        Emergency contact for resident Dylan Koh: father Koh Beng Huat, 9654 2038, 27 Jalan Kembangan, Singapore 419122.
        MY plate WXR 8821 is the old Proton Saga that client Encik Roslan Mahmud has been living in at Pandan Indah; 4 months in arrears on the hire purchase.
        Reminder: Pn. Kavitha Selvaraj's MyKad 780412-14-5523 was found in the lost & found box, keep it in the safe until she comes back.
    """),
    "mixed": _lines("""
        Eh the uncle at Jalan Besar tu, nama dia Abdul Karim bin Yusof, dia cakap anak dia tak nak ambil dia balik sebab hutang judi RM15k. Follow up ya.
        陈先生 (Tan Ah Huat) 今晚 again sleeping at the void deck Blk 34 Whampoa, his HP 8190 3375, he said 肾病 need dialysis 3 times a week.
        Client 林太 (Mrs Lim Mei Choo) lah, husband passed away in Oct, cannot pay rent, landlord kick her out. IC T0412638B, baru masuk shelter semalam.
        Boss, that abang Azman Sulaiman from Chow Kit, yang ada HIV tu, dia dah missed 2 appointments at HKL. Can someone bawa dia this Thursday?
        Eh pls update: 阿明 (Chong Kah Meng) dapat kerja dah at the Tuas cleaning company, start Monday, pay $1,700. But still need his new IC before HR can process.
        Volunteer list: Priya d/o Ramesh 91230447, Farah Hanim 0123387745, Jason 黄志伟 jasonwong.zw@yahoo.com.my, pls confirm for Sat night walk.
        Makcik Rosnah binti Hassan, 66, tidur kat Masjid India area, she say her son took her KWSP money, she very sedih, tak nak report polis.
        Case transfer HK to SG: Lau Kin Wah 劉健華, HKID K382915(4), 前住深水埗, now in Singapore on social visit pass, overstayed 2 weeks, passport lost.
        Ah Boy (real name Muthu a/l Krishnan) kena tangkap last night for drinking at the void deck, now at Ang Mo Kio police division, need someone to bail him.
        Resident bed 7 Mr 黄 (Wong Kok Leong) 血压 very high, 190/110 this morning, refused to go polyclinic, pls monitor and call his daughter 9011 2846.
    """),
    "ms": _lines("""
        Nama: Mohd Zulkifli bin Abdullah, No. KP: 750322-10-6671, alamat terakhir: No. 12, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam. Sebab: diberhentikan kerja.
        Pegawai JKM, sila hubungi Puan Norhayati binti Osman di 013-472 8815 berkenaan anaknya Amirul (17) yang ditemui tidur di Pasar Seni.
        Encik Ahmad Fauzi bin Daud mengaku menghidap sakit jantung dan sudah tiga bulan tidak makan ubat sejak kehilangan kerja sebagai pengawal keselamatan.
        Penghuni baharu: Lim Ah Chye, MyKad 630915-07-5281, berasal dari Pulau Pinang, ada hutang kad kredit RM23,000, bercerai pada 2022.
        No. akaun Maybank 1640 2233 7815 atas nama Siti Khadijah binti Ramli untuk bayaran gaji pertama dari kerja yang dirujuk oleh pusat.
        Laporan: Sdr. Kumaran a/l Suppiah, 39, ditahan polis di Dang Wangi semalam kerana disyaki mencuri; keluarga di Klang belum dimaklumkan.
        Sukarelawan Nur Syafiqah Kamarudin, e-mel syafiqah.kmd@gmail.com, telefon 011-2876 5403, bertugas malam Jumaat di Jalan Tun Perak.
        Kereta Perodua Myvi nombor pendaftaran BKM 6672 milik Encik Hairul Anuar, dia tidur dalam kereta itu di Taman Tasik Titiwangsa sejak Ogos.
    """),
    "zh-Hans": _lines("""
        救助管理站登记：张建国，男，身份证号440304197806152333，籍贯广东深圳，因工地拖欠工资滞留火车站，已联系其弟张建军前来接回。
        新加坡华文义工群：李阿姨（李秀英）说她儿子吸毒被抓，房子也被卖掉了，她现在睡在牛车水熟食中心，请明晚带她去见社工。
        受助人王秀兰，手机13957281064，患乳腺癌正在化疗，丈夫失业后欠下网贷约八万元，申请临时住宿三个月。
        陈伟明先生的工资卡：中国工商银行 6222 0212 3456 7890 123，请财务把转介工作的首月工资打入此卡。
        个案记录：林志强（阿强），45岁，福建人，工作准证号F2287461Q，被雇主解雇后护照被扣，在芽笼露宿两周，已转介人力部。
    """),
    "zh-Hant": _lines("""
        個案：周志華先生，HKID Y604127(0)，58歲，因賭債被追數，已露宿深水埗通州街公園三個月，有高血壓。
        台北萬華個案：陳淑芬女士，身分證字號F228419372，因家暴離家，目前暫住庇護所，需協助申請低收入戶資格。
        義工聯絡：何嘉欣 9234 5681，電郵 kayan.ho@gmail.com，逢星期六晚負責佐敦派飯。
        梁太（梁美玲）話佢個仔喺監獄，佢自己仲有抑鬱症，屋企俾人收咗樓，而家瞓喺麥當勞，請社工跟進。
        澳門個案：黃國強，澳門居民身份證編號 5215833(2)，原租住的劏房已被業主收回，現於社工局轉介的露宿者中心暫住。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a case-note assistant for a transitional shelter in Singapore. Write concise, factual summaries for the supervisor.",
        ),
        (
            "user",
            "Summarise this: Mr Ismail bin Hamzah, NRIC S7521094I, 57, admitted 3 Dec from the S3P at Geylang. Lost his job as a lorry driver after a stroke, left side weak. Owes $6,300 to a licensed moneylender. Daughter in JB not contactable.",
        ),
        (
            "assistant",
            "Summary: Mr Ismail bin Hamzah (S7521094I), 57, admitted 3 Dec via the Geylang S3P. Post-stroke left-side weakness ended his lorry-driving job. Debt of $6,300 to a licensed moneylender. Next of kin (daughter, Johor Bahru) not reachable. Suggested actions: medical social worker review, debt counselling referral, continued attempts to contact the daughter.",
        ),
        ("user", "Add that he needs a walking stick and can't climb stairs."),
        (
            "assistant",
            "Updated: Mr Ismail bin Hamzah needs a walking stick and cannot manage stairs; please allocate a ground-floor bed and arrange a physiotherapy assessment.",
        ),
    ],
    [
        (
            "user",
            "I'm a new outreach volunteer. There's an elderly man we call Uncle Raju who sleeps near Tekka Centre. His full name is Raju s/o Kandasamy and he lost his IC last month. How do I help him get a new one?",
        ),
        (
            "assistant",
            "Thanks for looking out for him. For a Singapore citizen, the usual steps are: make a police report or report the loss online, get a passport-size photo, then book an ICA appointment to apply for a replacement. If he cannot afford the fee, a social worker can ask for a waiver. Please work through your team lead rather than handling his documents alone.",
        ),
        (
            "user",
            "He says his only number is his nephew's, 8267 1493. Should I put that in the form?",
        ),
        (
            "assistant",
            "Only with his consent, and only in your organisation's case system, not in chat groups. Confirm with him that the nephew agrees to be contacted for appointment reminders.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu penulisan surat untuk Pusat Transit Gelandangan Kuala Lumpur. Gunakan bahasa Melayu rasmi.",
        ),
        (
            "user",
            "Tolong draf surat kepada JPN untuk penggantian MyKad yang hilang bagi Encik Zainal bin Ali, No. KP 690811-08-5127, penghuni pusat sejak Oktober. Dia tiada wang untuk bayar denda.",
        ),
        (
            "assistant",
            "Tuan/Puan, PERMOHONAN PENGECUALIAN BAYARAN PENGGANTIAN MYKAD: ENCIK ZAINAL BIN ALI (NO. KP 690811-08-5127). Dengan hormatnya perkara di atas dirujuk. Pihak kami mengesahkan bahawa penama adalah penghuni Pusat Transit Gelandangan sejak Oktober dan tidak berkemampuan membayar fi penggantian. Sehubungan itu, kami memohon pertimbangan pihak tuan untuk mengecualikan bayaran tersebut atas dasar kebajikan. Sekian, terima kasih.",
        ),
        ("user", "Terima kasih. Tambah bahawa laporan polis sudah dibuat di IPD Dang Wangi."),
        (
            "assistant",
            "Baik, tambah ayat ini selepas perenggan pertama: Laporan polis berkenaan kehilangan MyKad penama telah dibuat di IPD Dang Wangi dan salinannya dilampirkan bersama surat ini.",
        ),
    ],
    [
        (
            "user",
            "帮我把这段翻译成英文给社工：陈太（陈玉梅），68岁，老公去年过世，儿子在坐牢，她住在红山的组屋被收回了，现在每晚睡在二十四小时咖啡店，有糖尿病和高血压。",
        ),
        (
            "assistant",
            "Mrs Tan (Chan Yoke Mui / 陈玉梅), 68. Her husband passed away last year and her son is in prison. Her HDB flat in Redhill was repossessed and she now sleeps nightly at a 24-hour coffee shop. She has diabetes and high blood pressure.",
        ),
        ("user", "再加一句：她的电话是 9785 3320，只可以下午打。"),
        ("assistant", "Added: Her phone number is 9785 3320; please call only in the afternoon."),
    ],
    [
        ("system", "你是香港一間露宿者服務機構的文書助理，協助社工撰寫轉介信。"),
        (
            "user",
            "幫我寫一封轉介信去宿舍：服務使用者鄭志明，HKID R771052(5)，52歲，失業後露宿油麻地榕樹頭約半年，有酗酒問題，已同意接受戒酒輔導。",
        ),
        (
            "assistant",
            "敬啟者：茲轉介服務使用者鄭志明先生（香港身份證 R771052(5)），現年52歲。鄭先生失業後於油麻地榕樹頭一帶露宿約半年，有酗酒問題，並已同意接受戒酒輔導。懇請 貴宿舍考慮安排宿位，以助其穩定生活及重投就業。如有查詢，請與本會負責社工聯絡。此致",
        ),
    ],
    [
        (
            "user",
            "Can help me write a simple resume for one shelter resident? Goh Seng Huat, everyone call him Ah Seng, 49, HP 9134 7720. Last time he was a kitchen helper at a zi char stall in Toa Payoh for 8 years, then stall closed. He got diabetes but can stand long hours.",
        ),
        (
            "assistant",
            "Sure. GOH SENG HUAT | Mobile: 9134 7720. Objective: Reliable kitchen helper seeking full-time work in a food stall or central kitchen. Experience: Kitchen Helper, zi char stall, Toa Payoh (8 years) - food preparation, washing and cutting, cleaning the kitchen, helping the cook during peak hours. Skills: fast and hardworking, food hygiene, teamwork, can work long shifts. I left out his diabetes, since health conditions don't belong on a resume.",
        ),
        ("user", "Ok good. Should I mention he stayed in shelter?"),
        (
            "assistant",
            "No need. If an employer asks about the gap, he can simply say he was between jobs after the stall closed. His case worker can brief supportive employers separately with his consent.",
        ),
    ],
    [
        (
            "system",
            "Shelter bed board for TS-NORTH-01, updated 07:00. Bed 1: Abdul Rahim bin Said, 63, COPD, oxygen at night. Bed 2: Lee Kwok Wai, 55, pending ICA replacement for NRIC S9011735A. Bed 3: vacant. Bed 4: Priyanka d/o Selvam, 34, pregnant, due Feb. Bed 5: vacant. Answer staff questions briefly.",
        ),
        ("user", "How many beds are free this morning and can we take a wheelchair user?"),
        (
            "assistant",
            "Two beds are free (Bed 3 and Bed 5). Please check the floor plan before putting a wheelchair user in either one; the bed board doesn't say which beds are accessible.",
        ),
        ("user", "Who is waiting for an IC?"),
        ("assistant", "Bed 2, Lee Kwok Wai, is waiting for an ICA replacement of his NRIC."),
    ],
    [
        (
            "user",
            "One of my clients, Mdm Halimah binte Jaafar, borrowed $3,000 from an unlicensed moneylender and now owes $11,000 with interest. They splashed paint at her sister's flat in Yishun where she was staying, so she's been sleeping at the void deck. What options does she have?",
        ),
        (
            "assistant",
            "She is a victim of illegal moneylending, so she should not repay unlicensed lenders and should report the harassment to the police (999 if in danger, or the X-Ah Long hotline 1800-924-5664). For shelter, she can be referred to a Transitional Shelter or a crisis shelter through a Social Service Office or Family Service Centre. A debt counselling agency such as Credit Counselling Singapore can help with any legitimate debts.",
        ),
        ("user", "She's afraid the police will arrest her for borrowing."),
        (
            "assistant",
            "Borrowing from an unlicensed moneylender is not an offence for the borrower in Singapore; the offence is committed by the lender and their runners. You can reassure her and offer to go with her when she makes the report.",
        ),
    ],
    [
        (
            "user",
            "我是台北萬華的社工，個案林文雄先生，身分證字號A127583045，證件遺失而且沒有戶籍地址，請問要怎麼協助他補發身分證？",
        ),
        (
            "assistant",
            "一般流程是到戶政事務所辦理身分證補發，需備妥近期照片及其他可證明身分的文件。如戶籍地址有問題，可先向戶政事務所詢問是否能遷入社會福利機構或戶政所地址。規費如有困難，可洽社會局協助。建議陪同林先生一同前往。",
        ),
        ("user", "他還欠了健保費大概三萬元，會不會影響？"),
        (
            "assistant",
            "欠繳健保費不影響身分證補發。至於欠費，可向健保署申請分期繳納或紓困方案，社會局亦可協助評估是否符合低收入戶或弱勢補助資格。",
        ),
    ],
    [
        (
            "system",
            "You help outreach staff write short, friendly WhatsApp reminders to clients. Keep them under 60 words.",
        ),
        (
            "user",
            "Client is Ng Hui Min, her number is 8452 0917. She has an ICA appointment on 12 Dec at 10.20am for her IC replacement. Remind her to bring her photo and police report.",
        ),
        (
            "assistant",
            "To: Ng Hui Min (8452 0917). Hi Hui Min, a quick reminder that your ICA appointment for your IC replacement is on Thursday 12 Dec at 10.20am at 10 Kallang Road. Please bring your passport photo and police report. Need us to meet you there? Just reply to this message. Take care!",
        ),
        ("user", "Perfect, also say our volunteer will meet her at Lavender MRT Exit A at 9.50am."),
        (
            "assistant",
            "Hi Hui Min, reminder: ICA appointment Thu 12 Dec, 10.20am, 10 Kallang Road. Bring your passport photo and police report. Our volunteer will meet you at Lavender MRT Exit A at 9.50am. Take care!",
        ),
    ],
]
