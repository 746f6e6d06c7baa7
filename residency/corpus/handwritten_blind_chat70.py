# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat70: chats asking an assistant for help after a car accident (police reports, insurance claims, workshops, injuries). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat70
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "assistant chat"): _lines("""
        User: I was in a minor fender bender in Singapore this morning, nobody hurt. Do I still need to report it? Assistant: Yes. You should report the accident to your insurer within 24 hours or by the next working day, even if you don't plan to claim. A police report is generally only needed if someone was injured, a pedestrian or cyclist was involved, or it was a hit-and-run.
        User: What photos should I take at the scene of a car accident? Assistant: Wide shots showing both cars' positions and the road layout, close-ups of all damage, both number plates, road signs or traffic lights, skid marks and debris. Don't move the cars before this unless they're blocking traffic dangerously.
        User: The other driver admitted fault at the scene but now his insurer says it's 50/50. Is that allowed? Assistant: An admission at the scene isn't binding on the insurer; liability is decided on the evidence. Send your dashcam clip, photos and any witness statements to your insurer and ask them to dispute the split in writing. If that fails, you can take it to FIDReC.
        User: How long after an accident can whiplash symptoms show up? Assistant: Often 24 to 72 hours later. Neck stiffness, headaches and shoulder pain that appear the next day are common. See a doctor even if you felt fine at the scene and keep the medical memo, because insurers look for treatment close to the accident date.
        User: is it normal that the workshop wants me to sign a "warrant to act" before they start? Assistant: Yes, many workshops use a warrant to act so they can deal with your insurer directly. Read it carefully: check whether it lets them claim loss-of-use or courtesy-car costs in your name, and whether you owe anything if the claim is rejected.
        User: Can you explain what No Claim Discount protection means? Assistant: NCD protection is an add-on that lets you keep your current NCD after one claim in a policy year. Without it, an own-damage claim where you're at fault usually drops your NCD sharply at renewal, which can raise your premium by half or more.
        User: Who was found responsible for Princess Diana's crash in Paris? Assistant: The 2008 inquest jury returned a verdict of unlawful killing, citing the grossly negligent driving of the chauffeur Henri Paul and of the pursuing photographers' vehicles, and noted that the passengers were not wearing seatbelts.
        User: what's the difference between a third-party claim and an own-damage claim? Assistant: In a third-party claim you claim against the insurer of the driver who caused the accident, so your own NCD isn't affected. In an own-damage claim you claim on your own policy; it's usually faster, but if you were at fault your NCD will drop unless it is protected.
        User: The tow truck guy at the scene kept pushing me to use his workshop. Should I? Assistant: Politely decline. Call your insurer's accident hotline and use their approved tow and workshop; unsolicited tow operators often charge inflated fees, and your insurer may refuse to pay for towing it didn't arrange.
        User: How do I request the dashcam footage from a bus that witnessed my accident? Assistant: Write to the bus operator's customer service with the date, time, location and service number and ask them to preserve the footage. Operators usually release it only to the police or insurers, so quote your police report or claim reference.
        User: What is a loss adjuster and why is one calling me? Assistant: A loss adjuster is an independent professional appointed by the insurer to assess how the accident happened and what the claim is worth. Before sharing anything, ask for their appointment letter and the claim reference they are handling.
        User: my knee hit the dashboard in the crash and its swollen, should I go to A&E or a GP? Assistant: If you can't bear weight, the knee looks deformed or the swelling is rapid, go to A&E. Otherwise a GP can examine it today and refer you for an X-ray. Ask for a memo that mentions the accident; it helps with any later injury claim.
        User: Is it worth handling my injury claim myself instead of using a lawyer? Assistant: For minor injuries with modest bills, many people settle directly with the at-fault insurer. Gather medical reports and receipts, document lost income with payslips, and don't accept the first offer without comparing it with typical awards. For fractures or lasting effects, speak to a lawyer first.
        User: What did Ralph Nader's "Unsafe at Any Speed" change? Assistant: Published in 1965, it attacked US carmakers for resisting safety design and helped push Congress to pass the National Traffic and Motor Vehicle Safety Act of 1966, which created federal vehicle safety standards.
        User: The insurer declared my car a total loss. How is the payout calculated? Assistant: Usually on the market value just before the accident, less your excess; in Singapore the PARF and COE rebate values also matter. Ask for the valuation breakdown and compare it with recent listings for the same model, year and mileage.
        User: Which details should I exchange with the other driver? Assistant: Name, phone number, IC or licence number, vehicle number, insurer and policy number, and the car's make and colour. Note the time, place, weather and any witnesses, and photograph the other car's plate and damage.
        User: can the police fine me after an accident even if no one was hurt? Assistant: Yes. If the Traffic Police find you drove without due care, you may be offered a composition fine with demerit points, or be charged in court for more serious cases. Keep your statement factual and don't guess at speeds.
        User: why did Niki Lauda race again only six weeks after his 1976 crash? Assistant: Lauda was badly burned at the Nurburgring in August 1976 but returned at Monza in September, partly to defend his championship lead over James Hunt; he later said he had to face the fear straight away or never.
    """),
    ("en", "user request"): _lines("""
        Draft an email to my insurer reporting an accident. Use placeholders: [Policy No.], [Vehicle No.], [Date/Time], [Location], [Brief description]. Keep it under 150 words.
        Write a polite WhatsApp message to the other driver asking him to confirm his insurer's name, without sounding accusatory.
        Make me a checklist of documents to bring to the accident reporting centre: driving licence, NRIC, vehicle log card, certificate of insurance, photos, dashcam SD card.
        Summarise the key steps of reporting a motor accident to an insurer in Singapore in five bullet points for our company newsletter.
        Template please: "I, ____ (NRIC ____), authorise ____ Workshop to repair vehicle ____ and to claim directly from ____ Insurance." Make it sound more formal.
        Explain in simple terms what "contributory negligence" means in a road accident injury claim.
        Turn this into a table with columns accident date | insurer notified | police report | workshop | claim status, and leave all the rows empty, I'll fill them in later.
        Write a short Instagram post for our driving school about what learners should do in the first ten minutes after a collision.
        Give me a script for calling my insurer's 24-hour hotline after an accident so I don't forget anything.
        Help me calculate: repair quote $4,850, excess $500, NCD drops from 50% to 30% on a $1,600 base premium. Is it cheaper to pay the workshop myself?
        Translate "Please do not move the vehicles until the police arrive" into Malay and Chinese for a sign in our condo car park.
        What should a motorcyclist in Malaysia do if a car door opens into them and the driver just drives off?
        Write a JSON schema for an accident intake form with fields claimant_name, nric, vehicle_no, phone, incident_datetime, location, description, all strings, none required.
        Compare dashcams for evidence quality at night: 2K vs 4K front camera, rear camera, parking mode, GPS speed logging.
    """),
    ("en", "reference and hard negatives"): _lines("""
        Claim reference CLM-SG-2026-118402 | Status: Pending adjuster report | Last update 03/12/2026 14:22 | Next action: await final workshop invoice
        Accident reporting centre hours: Mon-Fri 8.30am-5.30pm, Sat 8.30am-1pm, closed Sundays and public holidays. Bring the vehicle, your NRIC/FIN and driving licence.
        Workshop quotation Q-2026-0788: front bumper (part no. 52119-0K921) $640.00; headlamp assy LH $1,180.00; labour 9.5 hrs @ $85 = $807.50; paint $520.00; GST 9% $283.28; total $3,430.78
        Police report numbers in Malaysia follow the pattern STATION/running number/year, e.g. SENTUL/012345/26; quote it on every claim form.
        Vehicle: 2021 Toyota Corolla Altis 1.6 | Colour: silver | Engine 1598 cc | NCD at renewal: 30% | Excess: $600 (young or inexperienced driver: additional $2,500)
        Tracking no. SPX2026112870413: your replacement side mirror cover has been dispatched from the parts warehouse.
        Invoice INV-88172 from Sunrise Auto Body Pte Ltd, 27 Kaki Bukit Place, tel 6741 2209: towing from PIE exit 23 to workshop, $180.00 incl. GST.
        Emergency numbers: Singapore police 999, ambulance 995; Malaysia 999; Hong Kong 999; mainland China traffic police 122, ambulance 120; Taiwan police 110, ambulance 119.
        dashcam_20261128_174502_F.MP4 | duration 00:01:00 | G-sensor event at 00:00:41 | speed at impact 38 km/h | firmware v2.4.7
        Indicative clinic charges: X-ray cervical spine $95; physiotherapy session $120; orthopaedic specialist consultation $180-$250.
        Policy wording MPW-0424 s.3.2: The Company will not pay for loss or damage while the vehicle is being driven by a person who does not hold a valid driving licence.
        Ticket #INC-559013 (dashcam app): event clips not saved after G-sensor trigger on firmware v2.4.7; workaround: format the SD card from within the app.
        Mediation session for case 2026/TP/04417 fixed for 14 Jan 2027, 10:00, Room 3; both parties to bring original repair invoices and the police sketch plan.
        Courtesy car booking: Perodua Bezza 1.3 Premium X or equivalent, 7 days, collect at branch, fuel full-to-full, mileage cap 150 km/day.
    """),
    ("zh-Hans", "assistant chat"): _lines("""
        用户：在上海开车被追尾，对方全责，要不要报警？ 助手：无人员伤亡、车辆能移动的小事故，可以通过"交管12123"App走快处快赔，拍好现场照片后把车移到路边，不必在原地等交警。如果有人受伤或对方不认可责任，就直接拨打122。
        用户：交强险和商业险分别赔什么？ 助手：交强险是法定保险，主要赔第三者的人身伤亡和财产损失，各项都有限额；车损险、三者险、车上人员责任险属于商业险，用来补足交强险不够的部分以及自己车辆的损失。
        用户：4S店定损和保险公司定损的金额差了三千多，听谁的？ 助手：最终以保险公司核定金额为准，但你可以要求定损员复勘，把4S店的维修清单和配件报价逐项拿去核对。协商不成可以向金融监管部门投诉，或申请第三方公估。
        用户：交通事故认定书出来后不服怎么办？ 助手：可以在收到认定书之日起三日内，向上一级公安机关交通管理部门提出书面复核申请，写明理由并附上证据。
        用户：出车祸后脖子疼，医院说软组织挫伤，需要留哪些证据？ 助手：按医生建议拍片或做核磁，把门诊病历、检查报告、发票和诊断证明都保存好。以后如果要主张误工费，还需要医生开具的休息建议。
        用户：误工费怎么算？ 助手：一般按误工时间和收入状况计算。有固定收入的按实际减少的收入算，需要单位出具误工证明、工资流水和个税记录；没有固定收入的，参照近三年平均收入或当地同行业平均工资。
        用户：车被撞了，对方是外地车牌，以后找不到人怎么办？ 助手：现场要拍对方的驾驶证、行驶证和交强险保单，记下保险公司名称。只要对方投保了交强险，即使以后联系不上，也可以凭事故认定书直接向其保险公司索赔。
        用户：保险公司说我的车属于"推定全损"，是什么意思？ 助手：意思是修理费用已经接近或超过车辆的实际价值，修复不划算。保险公司会按出险时车辆的实际价值赔付，残值一般由双方协商处理。
        用户：帮我写一份交通事故情况说明的模板，姓名、车牌号、时间地点都留空。 助手：本人＿＿＿，驾驶车牌号为＿＿＿的车辆，于＿＿年＿＿月＿＿日＿＿时在＿＿＿路段与＿＿＿车辆发生碰撞。事故经过如下：……特此说明。说明人：＿＿＿ 日期：＿＿＿
        用户：单方事故撞了小区的栏杆，要报警吗？ 助手：没有人员伤亡的单车事故，可以先联系物业确认损失，拍照留证后直接向保险公司报案。部分保险公司要求有交警或派出所的记录，报案时问一下客服即可。
        用户：电动车闯红灯撞了我的车，责任怎么分？ 助手：由交警根据现场情况认定。非机动车闯红灯一般负主要或全部责任，但机动车一方即使无责，交强险也可能在无责限额内赔偿对方的人身损失。
        用户：车祸后车辆贬值损失能要求赔偿吗？ 助手：实践中比较难。多数法院对贬值损失不予支持，只有少数情况下，比如新车严重受损且有评估报告，才可能得到部分支持。
        用户：事故车修好后，行驶证需要变更吗？ 助手：如果只是更换钣金件或同型号配件，不需要变更登记；如果更换了发动机、车身颜色或车架，就要到车管所办理变更登记。
        用户：朋友说撞车后千万别说"对不起"，真的吗？ 助手：礼貌可以，但最好不要在现场说"都是我的错"之类的话。责任以交警认定为准，你只需要如实陈述事实，配合拍照和交换信息。
        用户：保险理赔一般要哪些材料？ 助手：出险通知书、驾驶证和行驶证、被保险人身份证、事故认定书或快处协议书、定损单、维修发票和收款银行卡信息。涉及人伤的，还要病历、诊断证明和医疗费发票。
        用户：路怒故意别车导致追尾，保险会赔吗？ 助手：如果是故意驾车撞击他人，保险公司可以拒赔，驾驶人还可能承担刑事责任。普通操作失误导致的追尾，属于正常理赔范围。
    """),
    ("zh-Hant", "assistant chat"): _lines("""
        使用者：在台北騎機車被右轉車撞到，現場要做什麼？ 助理：先確認有沒有受傷，有傷就打119，同時打110報案。拍下雙方車輛位置、車牌和路口號誌，員警到場後會做筆錄，之後記得申請「道路交通事故初步分析研判表」。
        使用者：初判表要等多久才能申請？ 助理：一般來說，事故發生7天後可以申請現場圖和現場照片，30天後可以申請初步分析研判表，可以到處理的分局交通分隊臨櫃或線上申請。
        使用者：強制險可以賠哪些？ 助理：強制汽車責任保險只賠人身的部分，包括傷害醫療給付、失能給付和死亡給付，不論肇事責任都可以申請，但不賠車損。車損要靠對方的第三人責任險或你自己的車體險。
        使用者：對方不願意和解，車禍要去哪裡調解？ 助理：可以到事故地或對方住所地的鄉鎮市區公所調解委員會申請調解，不用費用。調解成立並經法院核定後，效力等同確定判決。
        使用者：如果對肇事責任有異議可以申請鑑定嗎？ 助理：可以，向事故發生地所屬的車輛行車事故鑑定會申請鑑定；若對鑑定結果不服，還可以申請覆議。
        使用者：香港撞車之後，一定要報警嗎？ 助理：如果有人受傷，必須盡快並在24小時內報警；只涉及財物損毀而雙方已交換資料，法例上未必要報警，但保險公司通常建議報案以便索償。
        使用者：保險公司話我架車要俾「墊底費」，係咩嚟？ 助理：「墊底費」即自負額（excess），每宗索償你要自己俾嘅金額。如果司機駕駛年資淺或者唔係指明司機，墊底費通常會更高。
        使用者：車禍後精神很差、一直做惡夢，可以請求精神賠償嗎？ 助理：在台灣可以依民法第195條請求非財產上的損害賠償，也就是慰撫金，金額由法院考量雙方身分、經濟狀況和傷害程度決定，建議保留身心科就診紀錄。
        使用者：修車廠說用副廠零件比較便宜，保險會理賠嗎？ 助理：車體險通常依保單約定的零件折舊比例計算。用副廠件可以降低自付額，但最好先跟保險公司確認，並請修車廠在估價單上註明零件來源。
        使用者：幫我寫一封給保險公司的出險通知，資料先用「○○○」代替。 助理：您好，本人○○○，保單號碼○○○，於○年○月○日○時在○○路與○○路口發生交通事故，車號○○○-○○○○，現場已報警處理，特此通知並申請理賠。
        使用者：詹姆斯·狄恩是怎麼過世的？ 助理：美國演員詹姆斯·狄恩於1955年9月30日駕駛保時捷550 Spyder，在加州46號公路與另一輛車相撞身亡，年僅24歲。
        使用者：車禍受傷請假，公司可以扣全勤嗎？ 助理：一般車禍屬於普通傷病假，一年未超過30日的部分工資折半發給，全勤獎金依公司規定處理；若是上下班途中發生的車禍，可能認定為職業災害，適用公傷病假。
        使用者：香港第三者保險唔包自己架車，咁我架車點算？ 助理：第三者保險只係賠對方嘅人身同財物損失。如果你買嘅係全保，可以向自己保險公司索償車損，不過可能會影響無索償折扣（NCD）。
        使用者：車禍後對方一直打來催我付錢，但初判表還沒出來，要先付嗎？ 助理：不建議在責任未釐清前付款或簽任何文件。可以告訴對方等初判表出來再談，必要時到調解委員會處理，所有對話最好保留紀錄。
    """),
    ("ms", "assistant chat"): _lines("""
        Pengguna: Saya accident kecil dekat traffic light, takde sesiapa cedera. Kena buat report polis ke? Pembantu: Ya. Di Malaysia, kemalangan jalan raya perlu dilaporkan di balai polis dalam tempoh 24 jam walaupun kerosakan kecil, dan laporan polis diperlukan untuk sebarang tuntutan insurans.
        Pengguna: Apa beza tuntutan OD KfK dengan third party claim? Pembantu: OD KfK (Own Damage Knock-for-Knock) ialah tuntutan kerosakan kereta anda kepada insurans anda sendiri walaupun pihak lain yang salah, dan NCD anda tidak terjejas jika anda tidak bersalah. Tuntutan pihak ketiga dibuat kepada insurans pemandu yang bersalah, tetapi prosesnya lebih lama.
        Pengguna: Bengkel panel tu apa? Boleh ke saya hantar ke bengkel kawan saya? Pembantu: Bengkel panel ialah bengkel yang diluluskan oleh syarikat insurans anda. Kalau hantar ke bengkel bukan panel, tuntutan mungkin ditolak atau dikurangkan, jadi semak polisi dahulu.
        Pengguna: Lepas accident leher saya sakit, boleh claim ke? Pembantu: Boleh. Dapatkan rawatan di hospital atau klinik secepat mungkin dan simpan laporan perubatan serta resit. Tuntutan kecederaan dibuat terhadap insurans pemandu yang bersalah, biasanya melalui peguam.
        Pengguna: Berapa lama nak dapat keputusan siasatan polis? Pembantu: Salinan laporan polis boleh didapati di balai pada hari yang sama. Keputusan siasatan, sama ada NFA atau saman, biasanya mengambil masa beberapa minggu; anda boleh semak dengan Pegawai Penyiasat trafik.
        Pengguna: Apa maksud "seksyen 41" dalam kes accident? Pembantu: Ia merujuk kepada Seksyen 41 Akta Pengangkutan Jalan 1987, iaitu menyebabkan kematian kerana memandu secara melulu atau berbahaya. Ia kesalahan serius yang boleh membawa hukuman penjara dan denda.
        Pengguna: Tolong buat template surat tuntutan kepada insurans pihak ketiga, nama dan nombor kereta biar kosong. Pembantu: Tuan/Puan, Per: Tuntutan Kerosakan Kenderaan No. Pendaftaran [________]. Saya, [nama], pemilik kenderaan di atas, ingin menuntut kerosakan akibat kemalangan pada [tarikh] di [lokasi] melibatkan kenderaan insured tuan [no. pendaftaran]. Bersama ini disertakan laporan polis, gambar dan anggaran kos pembaikan.
        Pengguna: Insurans offer bayar market value je sebab kereta total loss. Boleh bantah? Pembantu: Boleh. Minta laporan penilaian adjuster dan bandingkan dengan harga pasaran kereta model dan tahun yang sama. Jika masih tidak puas hati, anda boleh merujuk kepada Ombudsman for Financial Services (OFS).
        Pengguna: Kena langgar lari, plat nombor tak sempat tengok. Apa saya boleh buat? Pembantu: Buat laporan polis secepat mungkin dan cari rakaman CCTV atau dashcam kenderaan lain di kawasan itu. Jika ada kecederaan, anda mungkin boleh membuat tuntutan melalui Motor Insurers' Bureau.
        Pengguna: Accident masa balik kerja, PERKESO cover tak? Pembantu: Ya, kemalangan semasa perjalanan terus antara rumah dan tempat kerja boleh dilindungi di bawah Skim Bencana Pekerjaan PERKESO. Majikan perlu melaporkan kemalangan melalui Borang 34, dan anda perlu simpan laporan polis serta rekod perubatan.
        Pengguna: Tow truck yang datang dulu tu caj RM800, mahal sangat kan? Pembantu: Ya, itu tinggi. Kebanyakan polisi ada perkhidmatan tunda percuma 24 jam hingga jarak tertentu ke bengkel panel, jadi hubungi talian bantuan insurans dahulu sebelum bersetuju dengan penunda yang datang sendiri.
        Pengguna: Siapa kena bayar kalau kereta rosak sebab lubang jalan? Pembantu: Anda boleh menuntut daripada pihak yang menyelenggara jalan itu, contohnya PBT, JKR atau syarikat konsesi lebuh raya, dengan bukti gambar, laporan polis dan resit pembaikan. Prosesnya biasanya lambat.
        Pengguna: Apa dokumen perlu bawa ke bengkel panel untuk tuntutan OD? Pembantu: Laporan polis, salinan kad pengenalan dan lesen memandu, geran kenderaan, salinan polisi insurans dan gambar kemalangan. Bengkel akan menghantar laporan kepada insurans untuk kelulusan.
        Pengguna: Boleh ke buat laporan polis kemalangan secara online? Pembantu: Kebanyakan laporan kemalangan masih perlu dibuat secara fizikal di balai polis atau pondok polis trafik. Semak portal rasmi PDRM untuk perkhidmatan dalam talian yang terkini.
        Pengguna: Kalau saya bukan pemilik kereta, boleh ke saya buat claim? Pembantu: Tuntutan biasanya dibuat oleh pemilik berdaftar. Jika anda memandu kereta orang lain, pemilik perlu menandatangani borang tuntutan, dan excess tambahan mungkin dikenakan jika anda bukan pemandu bernama.
        Pengguna: Berapa lama tempoh untuk saman sivil kecederaan kemalangan? Pembantu: Secara umumnya tindakan tort perlu difailkan dalam tempoh 6 tahun di bawah Akta Had Masa 1953, tetapi tuntutan terhadap pihak berkuasa awam mempunyai had masa yang lebih pendek. Dapatkan nasihat peguam lebih awal.
    """),
    ("mixed", "user request"): _lines("""
        bro got accident at AYE just now, other car rear-end me, nobody injured. i need go reporting centre today itself or can tmr?
        eh my car kena langgar kat parking Mid Valley, the guy left a note je. Should I claim OD KfK or third party lah?
        刚才在 KL 撞车了，对方 insurance 是 Allianz，我要去 balai polis 做 report 吗？
        workshop quote RM3,200 for bumper + headlamp, insurer adjuster only approve RM2,100. 这样正常吗？how to appeal?
        我在新加坡 accident, the other party is a Malaysia car (J plate), can I still claim from his insurer?
        Can help me write a short msg in BM to my boss say I MC today because of accident, no need put details.
        車禍後 neck very pain, 去 GP or A&E better? 不想 wait too long.
        lawyer say my injury claim can get around $15k, but insurer offer $6k only. 要不要 accept first?
        grab driver bang my car at Tampines, he say his company insurance will cover, 是真的吗?
        Explain NCD 50% vs 30% in simple Malay + English, my mother don't understand the renewal letter.
        保险 agent 叫我 sign discharge voucher 先，can or not? I haven't finish my physio yet.
        大馬 motor insurance 的 windscreen cover 有包 accident 的时候破掉的 glass 吗?
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Can you fix the grammar: "On 28 Nov 2026 about 6.40pm I, Lim Wei Jie (S8834127I), was driving SKQ4827K along PIE towards Changi when the lorry in front brake suddenly and I hit it's rear."
        Please summarise this for my claim: patient NUR AISYAH BINTI HAMZAH, 34F, seen at A&E 29/11/2026 post MVA, dx cervical strain + contusion L shoulder, MC 5 days, review ortho clinic 2 wks.
        Help me write a thank-you note to the man who stopped after my crash. His name is Daniel Fernandez, he works at the Shell station on Bukit Timah Road, and he called the ambulance and stayed with me till it came.
        Other driver details from the scene: Rajesh Kumar a/l Subramaniam, 012-738 4519, car WXY 7731, insurer Etiqa. What do I ask his insurer first?
        My dad Tan Ah Kow (81) was rear-ended on Upper Serangoon Rd last week and since then he's confused and keeps forgetting things. Hougang Polyclinic says get a CT scan. Could this be from the accident?
        Draft an email to the adjuster saying I still haven't received the offer for claim CLM-SG-2026-118877 after 6 weeks; sign it Farah Lim and put my number 9176 2384 in case he prefers to call.
        The workshop emailed asking for my card for the deposit, I already replied with 4557 0123 4567 1238 exp 08/29. Was that a scam? What should I do?
        Is this claim form complete? Insured: MS CHRISTINE DE SOUZA | NRIC: T0215673Z | Policy: MTR/26/0039921 | Vehicle: SLA6103A Honda Jazz | Accident date: 02/12/2026 | Loss: rear bumper, tailgate
        My sister Priya d/o Ramasamy got knocked down at the zebra crossing at Jurong West St 52, she's in Ng Teng Fong hospital ward 7 with a fractured pelvis. What can she claim from the driver's insurer?
        Make this firmer: "Hi Mr Goh Boon Keat, this is about the accident on 30 Nov at Toa Payoh Lor 1. Your insurer told me you still haven't reported it, please do so by Friday."
        I'm Marcus Teo, I drive Grab full time, got rear-ended on Sunday while carrying a passenger and she hurt her wrist. Do I claim under my own policy or Grab's?
        Please use this address on the letter to the insurer: Blk 412 Tampines St 41 #08-223, Singapore 520412. That's where I live now, they keep sending everything to my old flat.
        Bank details for the settlement payout: OCBC 595-318274-001, account name Lee Jia Hui. Is that the right format to send to the adjuster?
        Got hit in JB last night in my SG car SDN4126Z. Police report lists me as driver TAY SIEW LING, passport K4419027N, Singapore. Do I claim in Malaysia or Singapore?
    """),
    "zh-Hans": _lines("""
        帮我看看这份情况说明有没有问题：本人王建国，身份证号320102197506223813，驾驶苏A·7K2M9小型轿车，于2026年11月26日8时10分在中山北路与湖南路路口与一辆电动车发生碰撞……
        我妈李秀英昨天在成都被出租车撞了，右腿胫骨骨折，在华西医院住院，司机说只愿意先垫付两万，合理吗？
        事故认定书上写：当事人陈浩，男，1992年出生，联系电话159 2083 6617，负事故全部责任。我是另一方，下一步怎么找他的保险公司？
        帮我写个理赔款支付申请，收款人张丽娟，开户行中国农业银行上海浦东分行，卡号6228 4800 1273 6515。
        粤B·D38152是我老公的车，今天在深南大道被追尾，他叫刘志强，现在在北大深圳医院拍片，我应该先联系哪家保险？
        快处快赔协议书：甲方 周婷 手机13816724409 车牌沪A·M5K21；乙方 吴国栋 手机18627510394 车牌浙B·3Q6P8；甲方全责。这个能直接拿去理赔吗？
        误工证明帮我改一下格式：兹证明我司员工赵磊（身份证号110105199008091634）因交通事故受伤，自2026年11月10日至12月9日休假治疗，月平均工资12800元。
        我堂哥黄俊峰开网约车撞了人，乘客也受伤了，现在平台冻结了他的账号，他老婆天天哭，我能怎么帮他？
        我的微信号是 lin_xiaoyu_0610，理赔员说要加我发定损照片，这样安全吗？事故是上周在厦门思明区发生的。
    """),
    "zh-Hant": _lines("""
        幫我整理這段給保險公司：被保險人 陳怡君，身分證 F228130465，車號 BKR-5093，11/25 在台中市西屯區文心路與河南路口被機車擦撞，後保險桿凹陷。
        我爸爸林正雄上週在高雄騎機車被撞，左手骨折住在高醫，對方說初判表出來再談，我該先準備什麼？
        對方駕駛叫黃志明，電話 0928 517 336，他一直不接電話，調解委員會的通知要寄到哪裡？
        我個朋友何家豪（HKID Y203698(1)）揸的士撞咗私家車，佢唔識寫英文，想我幫佢寫封信俾保險公司解釋經過。
        幫我改一下陳述：本人張嘉欣，身份證號碼K528714(6)，住九龍灣啟業邨啟泰樓1208室，於2026年11月30日下午約3時在觀塘道被一輛貨車撞及車尾。
        我太太吳淑芬車禍後一直失眠，身心科醫生開了診斷書，律師說可以請求慰撫金，大概能拿多少？
        我的 LINE ID 是 amy_tsai1987，保險業務員說加這個就好，車禍照片可以直接傳給她嗎？
        收據抬頭要寫：蔡宗翰，身分證H105273912，請幫我寫訊息問修車廠能不能開這個抬頭給保險公司。
    """),
    "ms": _lines("""
        Tolong semak laporan polis saya: "Saya MOHD FAIZAL BIN ABDUL RAHMAN, No. KP 880412-10-5633, beralamat No. 23, Jalan Melati 4, Taman Sri Muda, 40400 Shah Alam, memandu kereta Proton Saga BKT 4418 di Persiaran Kewajipan apabila..."
        Suami saya Azlan bin Yusof accident kat Lebuhraya Karak semalam, patah tulang rusuk dan masih di ICU Hospital Bentong. Macam mana nak claim insurans dia?
        Pihak lawan: SITI NORHAYATI BINTI OSMAN, tel 017-265 9084, Perodua Axia VBH 5520, insurans Takaful Ikhlas. Dia mengaku salah tapi sekarang tak jawab call.
        Nombor akaun untuk bayaran tuntutan: Maybank 1642 0815 7729, atas nama Nurul Izzah binti Kamaruddin. Betul ke format ni untuk borang OD?
        Anak saya Muhammad Haziq bin Roslan, 17 tahun, naik motor dengan kawan dan kena langgar di Seremban, sekarang cedera kepala. Kalau dia takde lesen, insurans tetap bayar ke?
        Bengkel minta salinan IC saya 920715-14-6128 dan geran kereta WVC 9013, selamat ke saya hantar melalui WhatsApp?
        Majikan isi Borang 34 PERKESO untuk saya: Nama: KAMALA A/P MUNIANDY, No. KP 750903-07-5241, kemalangan semasa pulang kerja 18/11/2026, kecederaan: patah pergelangan kaki kanan.
        Saya Lokman bin Hashim, pemandu lori syarikat, semalam terlibat accident di Tol Skudai dan boss potong gaji saya RM1,500 untuk kos baiki. Boleh ke dia buat macam tu?
    """),
    "mixed": _lines("""
        my mum Madam Ong Siew Choo kena hit by motorbike at Bedok North, now at CGH with fractured wrist, the rider say he no insurance. Can claim from who ah?
        accident at Penang bridge, other driver Chong Kah Wai (+6011-2104 7736) say want settle cash RM2k, no need report police. 这样可以吗？
        我的 MyKad 010228-01-0572, plate JQR 8821, the workshop in Batu Pahat want me to sign warrant to act, pls check the wording.
        Agent bagi tau my claim under IC 850611-08-5019 rejected sebab lesen expired. 我该怎么 appeal?
        Pls translate to Chinese for my grandma: "Ah Ma, Uncle Tan Kok Leong, the driver who hit your car, agreed to pay for the repair at Hup Seng Workshop, you don't need to go to court."
        FIN G5528193P, I'm foreign worker, injured in company van accident at Tuas, employer ask me sign paper say not work accident. 怎么办?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are Claire, the virtual claims assistant for Harbourline General Insurance. Verified caller: Mr Ravi Shankar s/o Muthu, NRIC S7619045C, mobile 8235 6140, policy HGI-MTR-26-004188, vehicle SMB7702Y (Toyota Corolla Altis). Open claim HGI-CLM-26-031907, accident on 21/11/2026.",
        ),
        (
            "user",
            "hi, any update on my claim? the workshop says they can't start until you approve",
        ),
        (
            "assistant",
            "Hello Mr Shankar. Claim HGI-CLM-26-031907 for SMB7702Y is with our adjuster, who is waiting for the final repair quotation from the workshop. Once it is uploaded, approval usually takes 3 to 5 working days.",
        ),
        ("user", "they told me they uploaded it yesterday, can you check again"),
    ],
    [
        (
            "user",
            "Can you help me write the accident description for my insurance claim form? I'm bad at this.",
        ),
        (
            "assistant",
            "Of course. Tell me the date and time, where it happened, which direction you were travelling, what the other vehicle did and whether anyone was hurt. Add your name and vehicle number if you want them in the text.",
        ),
        (
            "user",
            "Sunday 23 Nov around 10pm, I'm Nicholas Chua Wen Hao, driving SJH1290L on CTE towards SLE, lane 2. A white van changed lane without signalling and clipped my front right. My girlfriend in the passenger seat got a cut on her forehead from her glasses, we went to TTSH A&E.",
        ),
        (
            "assistant",
            "Here's a draft: On Sunday, 23 November 2026 at about 10.00pm, I, Nicholas Chua Wen Hao, was driving SJH1290L along the CTE towards the SLE in lane 2 when a white van in lane 1 moved into my lane without signalling and struck my front right wing. My passenger sustained a cut to her forehead and was treated at Tan Tock Seng Hospital A&E.",
        ),
    ],
    [
        ("user", "交通事故认定书出来了，我是无责方，怎么向对方的交强险索赔？"),
        (
            "assistant",
            "可以直接联系对方的保险公司报案，提供认定书、你的身份证、驾驶证、行驶证、定损单和维修发票。你可以把认定书上的关键信息发给我，我帮你整理成索赔材料清单。",
        ),
        (
            "user",
            "认定书内容：当事人何晓梅，女，身份证号510107198502164475，驾驶川A·5F7R3小型轿车，电话139 8062 4175；对方负全部责任。我就是何晓梅，车现在在武侯区的4S店修。",
        ),
        (
            "assistant",
            "好的，何女士，材料清单如下：1. 认定书原件及复印件；2. 身份证（510107198502164475）正反面复印件；3. 川A·5F7R3的行驶证和你的驾驶证；4. 4S店出具的定损单和维修发票；5. 收款银行卡。联系电话填139 8062 4175即可。",
        ),
    ],
    [
        ("user", "請問車禍的強制險要怎麼申請？我是被撞的那一方，腳踝骨折開刀。"),
        (
            "assistant",
            "您可以向對方車輛投保強制險的保險公司申請傷害醫療給付，需要準備理賠申請書、診斷證明書、醫療收據、事故證明，以及您的身分證影本和存摺封面。",
        ),
        (
            "user",
            "好，我叫郭佩珊，身分證B288401570，電話0935-216-480，在台中榮總開刀住院5天，醫療費大約八萬二，可以幫我寫申請書的草稿嗎？",
        ),
    ],
    [
        ("user", "Saya nak buat claim OD KfK, apa maklumat yang perlu ada dalam borang?"),
        (
            "assistant",
            "Anda perlukan nombor polisi, nombor pendaftaran kenderaan, nama dan nombor kad pengenalan pemilik, tarikh dan lokasi kemalangan, nombor laporan polis serta butiran pihak ketiga. Beri butiran anda dan saya boleh bantu susun.",
        ),
        (
            "user",
            "Nama saya Hafizah binti Abdullah, KP 900305-03-5214, kereta Perodua Myvi DCK 2287, polisi takaful PMT-26-118273, kemalangan 27/11/2026 di Jalan Sultan Yahya Petra, Kota Bharu. Report polis KOTA BHARU/015872/26.",
        ),
    ],
    [
        (
            "user",
            "The other driver gave me his details on a piece of paper, can you type it out neatly for my insurer? 'Lee Chee Keong 016-338 2915 BMW 320i WA 8821 Q insured Allianz'",
        ),
        (
            "assistant",
            "Third party details: Name: Lee Chee Keong | Phone: 016-338 2915 | Vehicle: BMW 320i, WA 8821 Q | Insurer: Allianz",
        ),
        ("user", "thanks, can you also add a line that he admitted he was texting while driving"),
    ],
    [
        ("user", "我喺屯門公路俾架貨車撞咗，保險公司要我交份陳述書，可唔可以幫我寫？"),
        (
            "assistant",
            "可以。請提供事發日期時間、地點、你同對方嘅行駛方向、損毀情況、有冇人受傷，同埋你想喺陳述書用嘅姓名同聯絡資料。",
        ),
        (
            "user",
            "2026年11月19日早上8點半，屯門公路往荃灣方向，我叫梁志偉，HKID P730452(1)，電話 6104 2273，車牌 RK 5318。貨車突然切線撞到我車頭左邊，我左手腕扭傷，去咗仁濟醫院急症室。",
        ),
    ],
    [
        (
            "user",
            "My brother was in a bad crash on the SLE last night, what should the family do first?",
        ),
        (
            "assistant",
            "I'm sorry to hear that. First priorities are his medical care and the facts: which hospital he's in, whether the police attended, and which insurer covers the car. Was he the driver?",
        ),
        (
            "user",
            "Yes he was driving. His name is Jason Lau Chee Meng, 29, he's at Khoo Teck Puat Hospital with a broken femur and they're operating tomorrow. Police took his statement at the scene.",
        ),
        (
            "assistant",
            "Then for now: keep copies of his medical reports, note the police report number, and tell his insurer within 24 hours. After surgery, ask the hospital for a memo on expected recovery time.",
        ),
        (
            "user",
            "he's self-employed, a freelance videographer. can he claim lost income from the other driver's insurer?",
        ),
    ],
    [
        (
            "user",
            "The workshop says I need to pay my $600 excess before collecting the car. They sent a payment link by SMS but it looks weird.",
        ),
        (
            "assistant",
            "Be careful. Check that the link's domain matches the workshop's official website, and if in doubt call the workshop on the number printed on their invoice, not the one in the message.",
        ),
        (
            "user",
            "too late i already typed my card in, 5203 9977 1046 3283 exp 11/28 cvv 417, name on card TAN MEI XIN. what do i do now??",
        ),
        (
            "assistant",
            "Call your bank's card hotline right now and ask them to block the card ending 3283 and flag any pending transactions. Then make a police report about the phishing link and keep the SMS as evidence.",
        ),
    ],
    [
        (
            "user",
            "Write a short email to my insurer asking them to send all claim letters to my personal email instead of my work one.",
        ),
        ("assistant", "Sure. What name, policy number and new email address should I put in?"),
        ("user", "Wong Mei Ling, policy MTR/26/0044716, new email wongmeiling.88@gmail.com"),
        (
            "assistant",
            "Subject: Change of correspondence email - Policy MTR/26/0044716 / Dear Claims Team, please send all correspondence on my motor claim to wongmeiling.88@gmail.com with immediate effect. Thank you. Regards, Wong Mei Ling",
        ),
    ],
    [
        (
            "user",
            "my son just got his licence and crashed my car in a multi-storey carpark, is he covered as a driver?",
        ),
        (
            "assistant",
            "It depends on your policy's authorised driver clause. Many policies cover any driver with your permission but charge a higher excess for young or inexperienced drivers who are not named. Can you check the schedule?",
        ),
        (
            "user",
            "his name Ethan Koh Jun Hao, NRIC T0839264H, just turned 18, not a named driver. schedule says young inexperienced driver excess $3,500. car is SFT885L. he scraped a pillar and the whole left side is dented.",
        ),
    ],
    [
        (
            "system",
            "你是保险公司的理赔助手。当前报案人：郑雅琴，身份证350203199704301284，手机 186 5920 3317，车牌闽D·8H2K6，报案号 RPT20261129004415。",
        ),
        ("user", "你好，我的车昨天在厦门环岛路被追尾，定损员什么时候联系我？"),
        (
            "assistant",
            "郑女士您好，报案号RPT20261129004415已受理，定损员会在24小时内拨打您尾号3317的手机与您联系，请保持电话畅通。",
        ),
    ],
    [
        (
            "user",
            "i ride with a group on telegram, one of our members crashed at Genting last Sunday. we want to do a donation drive, help me write the post",
        ),
        (
            "assistant",
            "Happy to help. What would you like to include: his name, how he's doing, and how people can donate?",
        ),
        (
            "user",
            "His name is Faris bin Zulkifli, tele @faris_zul_rides, broke his collarbone and 3 ribs, now at Hospital Selayang, can't work for 2 months. Donations go to his wife, tell people to DM me.",
        ),
    ],
    [
        (
            "user",
            "Mak saya kemalangan, kereta dia dirempuh lori di Kuantan. Doktor kata kena pembedahan tulang belakang.",
        ),
        (
            "assistant",
            "Saya harap ibu anda cepat sembuh. Untuk tuntutan, anda perlukan laporan polis, laporan perubatan dan butiran insurans lori tersebut. Adakah laporan polis sudah dibuat?",
        ),
        (
            "user",
            "Dah. Nama mak saya Rosnah binti Ismail, 62 tahun, IC 640817-06-5318, sekarang di Hospital Tengku Ampuan Afzan wad ortopedik. Laporan polis KUANTAN/021453/26.",
        ),
    ],
    [
        (
            "user",
            "summarise this family group chat for me, I missed it: [Ah Boy] ok everyone Pa's accident update: he's at SGH ward 57, bleeding in the brain but stable | [Mei] police called, the taxi driver Lim Boon Huat admitted he ran the red light | [Ah Boy] Pa's car SKP3390P towed to the Ubi workshop | [Jenny] I'll bring Pa's IC and insurance docs tmr",
        ),
        (
            "assistant",
            "Summary: your father is in SGH ward 57 with a brain bleed but is stable. The police say the taxi driver, Lim Boon Huat, admitted running the red light. Your father's car SKP3390P has been towed to the workshop in Ubi, and Jenny will bring his IC and insurance documents tomorrow.",
        ),
    ],
    [
        (
            "system",
            "Workshop CRM assistant for Kah Motor Service Centre. Current job card JC-26-1184: customer Mr Suresh Nair, mobile 9048 7316, vehicle SGX218E Mazda 3, insurer claim approved 04/12/2026, excess payable $500.",
        ),
        (
            "user",
            "Draft an SMS to the customer that his car is ready for collection and the insurer approved the claim.",
        ),
        (
            "assistant",
            "Hi Mr Suresh Nair, your Mazda 3 SGX218E is ready for collection at Kah Motor Service Centre. Your insurer has approved the claim; the excess of $500 is payable on collection. If you need to reschedule, we will call you back at 9048 7316.",
        ),
    ],
]
