# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat84: assistant chats on one's own licence conversion, car import and road tax. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat84
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "chat_qa"): _lines("""
        User: How do I convert my foreign driving licence in Singapore? Assistant: Book and pass the Basic Theory Test at one of the three driving centres, then submit the conversion online through the Traffic Police e-services with your pass, the original licence and an official English translation if it is not in English.
        User: is a UK licence recognised for conversion in Malaysia? Assistant: Yes. JPJ converts licences from recognised countries at any state or branch office; bring the original licence, your passport with a valid pass, and a translation if the licence is not in English or Malay.
        User: What's the actual difference between ARF and COE? Assistant: The ARF is a tax charged as a percentage of the car's open market value when it is first registered; the COE is a separate 10-year right to own a car, bought through a monthly bidding exercise.
        User: I'm relocating from Shenzhen to Singapore next spring with my two kids, can I bring our 2019 Model 3? Assistant: Used cars must be under three years old from first registration to be imported for private use, so a 2019 car would not qualify by next spring; most families sell at home and buy locally.
        User: How is Malaysian road tax calculated for a 1.8 litre car in the Peninsular? Assistant: For a private saloon between 1,601 and 1,800cc it is RM200 plus 40 sen for every cc above 1,600, so a 1,798cc engine comes to RM279.20 a year.
        User: My Australian licence expires in three weeks. Should I renew it before applying for direct issue in Hong Kong? Assistant: Yes, renew first. The Transport Department wants the overseas licence to be valid when you apply, or not expired for more than three years, so a current one avoids extra questions.
        User: What does Puspakom actually check on a recond car from Japan? Assistant: The B5 inspection for imported vehicles checks the chassis and engine numbers against the documents, emissions, brakes, lights, side slip and whether any modification needs approval.
        User: Can I pay the Hong Kong vehicle licence fee at a post office? Assistant: Yes, you can renew at any post office or online with the renewal notice, a valid third party insurance cover note and payment; the new licence is mailed to the registered address.
        User: explain the VES bands for an imported EV pls. Assistant: VES puts cars into bands A1, A2, B, C1 and C2 by their worst pollutant; A1 and A2 get rebates off the ARF, B is neutral and the C bands pay a surcharge. Most EVs land in A1 or A2.
        User: Does mainland China accept an International Driving Permit? Assistant: No. China did not sign the conventions behind the IDP, so visitors cannot drive on one; residents have to convert their foreign licence at a vehicle management office, which normally includes the Subject 1 theory test.
        User: What documents does a Japanese used-car import into Malaysia need? Assistant: Typically the Approved Permit, the Japanese export certificate, the bill of lading, commercial invoice, the customs form K1 and, after arrival, a Puspakom B5 report before JPJ registration.
        User: Roughly what does it cost to import a used Alphard into Malaysia? Assistant: It depends heavily on the customs value; for a 2.5 litre MPV, import duty, excise and sales tax together often exceed the car's Japanese price, before AP, shipping and Puspakom costs.
        User: what's the LTA hotline? Assistant: The LTA contact centre is 1800 2255 582; for licence conversions the Traffic Police are the right contact, and most questions can be done online.
        User: My parents are retiring from Ipoh to KL next year. Do they need to change anything on their licences? Assistant: Not the licence itself, but they should update their address with JPJ through MyJPJ or at a counter within the required period, and update the car registration if they bring a car.
    """),
    ("en", "bare_request"): _lines("""
        Make me a checklist for converting a Philippine driving licence in Singapore, from BTT booking to collecting the card.
        Draft a template authorisation letter so a forwarding agent can collect my car from Port Klang. Leave [FULL NAME], [IC/PASSPORT NO.] and [AGENT NAME] as blanks.
        Compare the total first-registration cost of a car with a S$60,000 OMV in Singapore against a HK$600,000 taxable value in Hong Kong, in a table.
        Explain in three bullet points why a converted Class 3A licence does not let me drive a manual car.
        Write a Python function road_tax_peninsular(cc: int) -> float for private saloon cars using the JPJ bands; no sample owner data needed.
        Summarise the Hong Kong Transport Department rules for direct issue of a full driving licence to holders from recognised countries.
        What should I say at the JPJ counter if my licence translation was done by the embassy and not by a sworn translator?
        Give me a JSON schema for a licence conversion application with fields applicant_name, id_type, id_number, licence_number and issuing_country, with no example values.
        Write a WhatsApp message to a car forwarder asking for a quote to ship a 2018 Mazda CX-5 from Yokohama to Port Klang, RoRo, no names needed.
        Which menu in the Traffic Management 12123 app is used to book an appointment for exchanging an overseas licence?
        Rewrite this sentence to sound more formal: I want to know why my conversion is taking so long, it has been six weeks.
        List the steps to renew Malaysian road tax online through MyEG, including what to do if the insurance is still pending.
    """),
    ("en", "pasted_reference"): _lines("""
        Here is my receipt, what does the second line mean? Transaction No. T26-114-0087231 | Road tax renewal 12 months | Surcharge S$0.00 | Amount S$742.00 | Paid 04 Nov 2026 10:42
        Puspakom booking confirmed: Ref B2611-PKM-004518 | Inspection type B5 (imported vehicle) | Centre: Wangsa Maju | Slot 14:30 | Please arrive 15 minutes early. Is B5 the right one for a recond?
        COE results, 2nd bidding exercise of November 2026: Cat A $101,002, Cat B $118,889, Cat C $72,310, Cat E $119,501. Why did Cat C fall?
        Shipping quote Q-88412: RoRo Yokohama to Port Klang USD 1,450, ETA 21 days, marine insurance 1.2% of CIF, invoice INV-2026-11-0392 to follow. Is 1.2% normal?
        Are the Toyota Alphard AGH30W, Honda Vezel RU3 and Nissan Serena C27 all eligible for a used-import AP, or only some?
        The MyJPJ app shows error E1032 after I pay road tax, version 2.4.1 on Android 14. What does E1032 mean?
        Case ref TD/DL/2026/118734 says pending verification with issuing authority. How long does that stage usually take?
        Which JPJ branch handles postcode 50480?
        In a VIN, the tenth character is the model year. What year is an R, and what year is a T?
        Invoice ATC-7781 from the forwarder: import duty RM 38,420.50, excise RM 52,113.00, sales tax RM 9,032.70, handling RM 650.00. Is excise usually bigger than duty?
        Renewal notice for policy POL-MTR-2026-559102 shows NCD 55%. Can a no-claim discount from an Australian insurer be transferred to a Malaysian policy?
        Do the BMW X3 M40i and the Mercedes GLC 43 fall in the same VES band, or does the GLC 43 pay more?
    """),
    ("en", "public_figure_or_fiction"): _lines("""
        User: Who introduced the COE system and when? Assistant: The Certificate of Entitlement came in May 1990 under Lee Kuan Yew's government, run then by the Registry of Vehicles before LTA was formed in 1995.
        User: Anthony Loke said in 2023 that Malaysians no longer need to display the road tax sticker. Is that still the rule? Assistant: Yes, since 1 February 2023 Malaysian-owned private vehicles need not display it, but the road tax must still be valid and foreigners' vehicles are treated differently.
        User: In the Fast and Furious films, would Dominic Toretto's Charger even pass a Puspakom inspection? Assistant: Almost certainly not; the supercharger sticking through the bonnet and the modified exhaust would both need approval.
        User: Did Hong Kong's Chief Executive John Lee launch the Northbound Travel for Hong Kong Vehicles scheme? Assistant: The scheme started in July 2023 under his administration, letting Hong Kong private cars enter Guangdong through the Hong Kong-Zhuhai-Macao Bridge.
        User: Mr Bean's Mini has the plate SLW 287R in the show; is that a real UK format? Assistant: Yes, it is a pre-1983 style British suffix plate, where the final letter gives the year of registration; it belongs to the fictional car in the series.
    """),
    ("zh-Hans", "chat_qa"): _lines("""
        用户：外国驾照在国内怎么换？助手：持有效境外驾驶证的，可以到居住地车管所申请换领中国驾驶证，一般需要通过科目一考试，外籍人员还要提供护照、居留许可和驾照的中文翻译件。
        用户：从香港开车回内地，粤港两地牌怎么办？助手：两地牌需要满足在粤投资或纳税等条件，配额有限；如果只是偶尔北上，可以了解港车北上，申请门槛低很多。
        用户：1.5L的车一年车船税多少？助手：各省标准不同，1.0升以上至1.6升的乘用车一般在每年300元到540元之间，交强险续保时一起代收。
        用户：我在马来西亚工作了三年，回国能不能把那边的二手车带回来？助手：国内原则上禁止进口旧机动车，个人自用的二手车基本没办法报关上牌，通常建议在当地卖掉。
        用户：科目一可以选英文考吗？助手：可以，多数地方的科目一提供英语等多种外语版本，预约时选择语种即可。
        用户：帮我写一份驾照换证委托书模板，姓名和身份证号留空。助手：委托书 / 委托人：________ 身份证号：__________________ / 受托人：________ 身份证号：__________________ / 现委托受托人代为办理境外驾驶证换证手续。
        用户：12123上怎么预约境外驾照换证？助手：登录后在“驾驶证业务”里找到“境外驾驶证换证”，选择车管所和日期，提交后按短信时间带原件到现场。
        用户：新加坡驾照能在中国直接换吗？助手：可以申请换领，但不是直接换发，需要提交翻译件并通过科目一，部分地区还会核验你在新加坡的驾驶记录。
        用户：平行进口车和中规车在上牌和保修上有什么区别？助手：平行进口车同样可以正常上牌，但需要有合格的进口凭证和环保信息公开；保修一般由经销商提供，而不是原厂。
        用户：国六B对进口车上牌有什么影响？助手：进口车必须完成环保信息公开并符合当地执行的排放标准，否则车管所不予注册登记。
        用户：订单号 DD20261105883412 的驾照翻译件什么时候能寄到？助手：我查不到第三方订单，建议在翻译公司的订单页面或客服处查询物流。
        用户：车船税交错了能退吗？助手：可以，带上交强险保单和完税凭证到保险公司或税务机关申请退税，一般需要说明原因并提供收款账户。
        用户：国际驾照在国内能开车吗？助手：不能，国内不承认国际驾驶许可证，短期来访可以申请临时机动车驾驶许可。
    """),
    ("zh-Hant", "chat_qa"): _lines("""
        用戶：香港駕照可以在台灣換發嗎？助理：可以，持有效的香港正式駕照和經驗證的中文譯本，到監理站申請換發同等級的台灣駕照，一般不用考試。
        用戶：外地駕駛執照直接簽發要等多久？助理：運輸署一般在收齊文件後約十個工作天處理，若需向簽發當局核實則會較久。
        用戶：香港首次登記稅怎樣計？助理：私家車按應課稅價值分段計算，首十五萬元46%，其次十五萬元86%，再其次二十萬元115%，餘額132%。
        用戶：台灣的使用牌照稅和汽車燃料使用費有什麼不同？助理：牌照稅是地方稅，由地方稅務局每年開徵；燃料費由監理機關徵收，兩者都按汽缸排氣量計算。
        用戶：從日本進口二手車到台灣需要哪些文件？助理：通常需要原廠出廠證明或日本的登錄事項證明、進口報單、安審合格證明和排氣檢驗報告，車齡也有限制。
        用戶：請幫我寫一封信給運輸署查詢申請進度，個人資料部分留空即可。助理：敬啟者：本人（姓名：________，香港身份證號碼：________）於____年__月__日遞交駕駛執照申請，至今未獲通知，懇請告知進度。
        用戶：我的牌照費下個月到期，可以網上續嗎？助理：可以，用運輸署網上服務或 GovHK，準備好續期通知書和有效保險，付款後新牌照會郵寄給你。
        用戶：台灣駕照現在還要定期換照嗎？助理：一般駕照已取消定期換照，但年滿75歲要換發有效期三年的駕照，職業駕照仍要定期審驗。
        用戶：案件編號 TD-2026-11-004871 顯示「處理中」是甚麼意思？助理：即文件已收妥但仍在審批，通常毋須補交資料，如有需要運輸署會主動聯絡。
        用戶：港車北上要買內地保險嗎？助理：要，車輛須購買內地的交強險，亦建議加買商業第三者責任險，保額按個人需要。
        用戶：國際駕照在香港有效嗎？助理：訪客可用有效的國際駕駛許可證或原居地駕照在港駕駛最多十二個月，超過便要申請香港駕照。
        用戶：台灣監理站可以用信用卡繳燃料費嗎？助理：可以，監理服務網、超商和部分銀行都能繳，超商繳費單有條碼即可。
    """),
    ("ms", "chat_qa"): _lines("""
        Pengguna: Macam mana nak tukar lesen memandu luar negara kepada lesen Malaysia? Pembantu: Pergi ke pejabat JPJ dengan lesen asal, pasport, pas yang sah dan terjemahan jika lesen bukan dalam bahasa Inggeris atau Melayu; negara pengeluar mesti dalam senarai yang diiktiraf.
        Pengguna: Berapa cukai jalan kereta 1.5L di Semenanjung? Pembantu: Untuk kereta persendirian 1,401 hingga 1,600cc di Semenanjung, kadarnya RM90 setahun.
        Pengguna: Boleh renew roadtax kat MyEG kalau insurans belum renew? Pembantu: Tak boleh, sistem perlukan insurans yang sah dahulu; MyEG boleh buat kedua-duanya sekali dalam satu transaksi.
        Pengguna: Apa itu AP dan siapa yang boleh mohon? Pembantu: Permit Import (AP) dikeluarkan oleh MITI untuk mengimport kenderaan; kereta terpakai biasanya dibawa masuk oleh syarikat pemegang AP francais atau terbuka.
        Pengguna: Kereta recond dari Jepun perlu pemeriksaan Puspakom B5 ke? Pembantu: Ya, kenderaan import perlu lulus pemeriksaan B5 sebelum boleh didaftarkan di JPJ.
        Pengguna: Tolong buat templat surat kebenaran untuk wakil ambil lesen di JPJ, biar kosong nama dan no IC. Pembantu: Saya, ____________ (No. KP: ______-__-____), dengan ini memberi kebenaran kepada ____________ (No. KP: ______-__-____) untuk mengambil lesen memandu saya bagi pihak saya.
        Pengguna: Nombor talian JPJ berapa? Pembantu: Boleh hubungi Pusat Panggilan JPJ di 03-8000 8000 atau guna aplikasi MyJPJ untuk semakan.
        Pengguna: Saya nak pindah dari Kuching ke Johor Bahru, kena tukar alamat lesen ke? Pembantu: Ya, kemas kini alamat melalui MyJPJ atau di kaunter JPJ; lesen fizikal tidak perlu dicetak semula.
        Pengguna: Lesen P saya tamat bulan depan, boleh terus dapat CDL? Pembantu: Boleh, selagi tiada kesalahan yang menyebabkan lesen P dibatalkan, anda boleh memohon CDL di JPJ atau secara dalam talian.
        Pengguna: Kenapa status permohonan di MyJPJ masih Dalam Proses, no rujukan JPJ/PL/2026/0045213? Pembantu: Biasanya bermaksud dokumen sedang disemak; jika lebih 14 hari, hubungi cawangan JPJ tempat anda memohon.
        Pengguna: Kereta EV dapat pengecualian cukai jalan sampai bila? Pembantu: Pengecualian penuh diberi hingga 31 Disember 2025; mulai 2026 kadar baharu berasaskan kuasa motor dikenakan.
        Pengguna: Lesen Singapura boleh tukar ke lesen Malaysia? Pembantu: Boleh, Singapura termasuk negara yang diiktiraf; bawa lesen asal, pasport dan pas yang sah ke pejabat JPJ.
        Pengguna: Apa maksud kelas D dan DA pada lesen? Pembantu: D untuk kereta manual dan automatik, DA hanya untuk kereta automatik.
    """),
    ("mixed", "code_switched_request"): _lines("""
        bro nak tanya, convert lesen Aussie ke Malaysia kena ambil test lagi ke?
        我想问 road tax renew 可以用 MyEG 吗, 还是一定要去 JPJ counter?
        How to 办 国际驾照 from Malaysia? AAM ada buat kan, berapa lama siap?
        港車北上 的 insurance 要買 內地 交強險 ah? roughly how much ah
        COE so expensive now lah, better to import 二手 or just buy new?
        可以 help me translate this template 成 Bahasa Melayu: I, ______, holder of passport no. ______, hereby declare that the vehicle is for personal use.
        Singapore 的 BTT 考试 can book online 吗? 要不要先开 account?
        road tax dah expired dua bulan, kena saman berapa? 还可以直接 renew 吗
        想 import 一辆 2020 Honda Civic FK8 from UK to KL, AP cost roughly 多少?
        我的 licence 是 Taiwan 的, 要换 HK 的 需唔需要 翻譯 ah?
        COE renew 5 years or 10 years 哪个比较划算? car is 9 years old already
    """),
    ("mixed", "form_template"): _lines("""
        机动车驾驶证申请表 / 申请人姓名：______ / 身份证明名称及号码：______ / 境外驾驶证号码：______ / 联系电话：______ / 申请人签字：______
        Borang permohonan tukar lesen luar negara / Nama: ________ / No. KP atau Pasport: ________ / Negara pengeluar lesen: ________ / Kelas: ____ / Tandatangan: ________
        Notice: Your road tax for vehicle {plate_no} will expire on {expiry_date}. Renew via {channel} to avoid a late fee.
        {{applicant_name}}，您好！您的境外驾驶证换证申请（受理号{{receipt_no}}）已受理，请于{{exam_date}}前往{{dmv_name}}参加科目一考试。
        Surat Akuan: Saya, [NAMA PENUH], No. KP [__________], beralamat di [ALAMAT], dengan ini mengaku bahawa kenderaan [NO. PENDAFTARAN] adalah untuk kegunaan sendiri.
        授權書 / 本人 ________（身份證號碼 ________）授權 ________ 代為辦理車輛牌照續期手續，特此聲明。
        Vehicle import declaration / Importer: <name> / ID: <id_no> / Chassis No.: <chassis_no> / Engine No.: <engine_no> / Port of discharge: <port>
        Letter of Authority: I, __________ (NRIC/FIN: __________), authorise __________ (NRIC/FIN: __________) to collect my Singapore driving licence on my behalf.
        駕照換發申請書 / 姓名：＿＿＿ / 身分證統一編號：＿＿＿＿＿＿＿＿＿＿ / 原駕照國別：＿＿＿ / 聯絡電話：＿＿＿＿
        Hi {first_name}, your COE for {vehicle_no} expires in 30 days. Reply RENEW to get a PQP quote.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Please check my conversion form before I submit: Name: TAN WEI MING | NRIC: S8734216F | Foreign licence: Victoria, Australia, No. 048233917 | Class applied: 3 | Mobile: 9127 4580
        hi can u help me write to LTA, my road tax for SMB 4521 Y lapsed while I was working in Perth, car is under my name Rajesh s/o Kumaravel, I want to ask if the late fee can be waived
        Fix the grammar: Dear Sir, I Chloe Fernandez (FIN G5316782P) is writing to appeal the rejection of my licence conversion because my Philippine licence was issue less than one year before I arrive Singapore.
        Summarise this email from my forwarder: Hi Mr Ong Kah Seng, your Alphard (chassis AGH30-0412765) has cleared Port Klang customs, total duty payable RM 81,240.00, please settle by Friday so we can book Puspakom.
        My mum Lau Mei Fong is in Taipei for her cancer treatment and her HK licence expires next month. Her HKID is Y730415(1). Can she renew by post?
        Is it safe to type this into the JPJ portal? Card 4539 8012 7734 5610, exp 08/29, name on card DANIEL KOH JUN HAO
        remind me: road tax for my wife Siti Hajar binti Rosli, Myvi plate VHB 7721, due 14 Jan, she keeps forgetting
        Dear MR LIM CHEE KEONG, we refer to your application for conversion of a foreign driving licence (Malaysia, licence no. 780109-07-5231). Please attend the Basic Theory Test before 30 Jan 2027. | what does this letter want me to do?
        can u calculate how much my dad needs to pay? He is Krishnan a/l Muniandy, 67, Perodua Bezza 1.3, plate PKL 4410, road tax expired since August because he was in hospital
        Translate for the vehicle management office: I, Sarah Jane Whitfield, UK passport 548120937, holder of UK licence WHITF856021SJ9AB, residing at Room 1203, No. 18 Tianmu West Road, Jing'an, Shanghai, apply to exchange my licence.
        write a WhatsApp note to my cousin Benjamin Yeo (+65 9683 2145) telling him his COE bid for the Corolla failed again and he should raise it by 2k
        Support ticket #44812 | Customer: Nurul Izzati binti Hassan | 012-738 4415 | Paid road tax twice via MyEG for BPQ 6618 (RM 120 x2) | wants refund to her card
        My NRIC is T0245871Z and I just turned 23. The dealer said my provisional licence record shows a suspension, what does that even mean?
        Draft a letter to my insurer: policyholder Marcus D'Cruz, vehicle WXY 3391, claim no. CL-26-000812, rear-ended on 2 Nov at Jalan Ampang near the KLCC turning, I have the dashcam video.
    """),
    "zh-Hans": _lines("""
        帮我看看这份换证材料对不对：姓名 王思远，身份证 440305198806172431，境外驾照：新加坡 Class 3，手机 138 2651 7734
        我爸陈国华今年56岁，一直在吉隆坡开车，现在回北京想把马来西亚驾照换成国内的，他身份证是110105197004023918，要考科目一吗？
        车船税交了两遍，车主刘佳怡，粤B·7K29M，帮我写个退款申请给保险公司
        快递地址写错了，正确的是：杭州市西湖区文三路258号3幢1502室 周建平 收，电话159 6812 0473，帮我改一下给车管所的邮件
        我老婆李晓燕驾照已经扣了9分，这次在嘉定又被拍了闯红灯，会不会扣满12分要重新考？
        进口车到港后请加我微信 zhao_yifan_0912 联系，我是赵一帆，帮我把这句翻成英文发给货代
        护照号 EH4821937，姓名 ZHANG MINGHUI，帮我把这张外国人驾驶证申请表的英文部分填好
        帮我算一下我妈孙桂兰那辆2019款凯美瑞2.0在湖北交多少车船税，她身份证420106195603081263，车在她名下
        这是我的行驶证信息：所有人 吴振宇，住址 成都市武侯区科华北路 62 号 5 栋 2 单元 801，号牌 川A·3F8L2，车辆识别代号 LSGBE5346JF012873，帮我填年检预约
        客服让我发银行卡号退车船税：6228 4801 9932 7511 465，户名何静，这样发安全吗？
    """),
    "zh-Hant": _lines("""
        幫我寫一封信給運輸署：本人陳嘉欣，香港身份證 K482193(9)，於2026年10月遞交直接簽發駕駛執照申請，至今未有回覆，聯絡電話 6138 2047。
        我阿爸黃志強部車（車牌 PV 3318）牌費過咗期兩個禮拜，佢而家喺伊利沙伯醫院留醫，我可唔可以幫佢續？
        台灣換照資料：申請人 林怡君，身分證字號 F228710436，持澳洲駕照，住址 新北市板橋區文化路一段 188 號 7 樓，手機 0912-438-706，幫我檢查有沒有漏填
        我先生張家豪（B133906822）的汽車燃料費逾期沒繳，罰單寄到台中老家，要怎麼處理比較快？
        車主 Ho Ka Wai 架 Tesla Model Y 車牌 WR 8213，港車北上預約被拒，系統話保險資料不符，點算？
        媽咪 HKID R615082(8)，佢下個月搬去台中同我住，想轉台灣駕照，要唔要親身去監理站？
        請監理站回覆到我的電郵 yuting.hsu1990@gmail.com，我是許雨婷，國際駕照申請已經等了三週
    """),
    "ms": _lines("""
        Tolong semak borang ni: Nama: NUR AISYAH BINTI KAMARUDDIN, No. KP: 900314-10-5526, Alamat: No. 12, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam, Selangor. Nak tukar lesen UK ke lesen Malaysia.
        Cukai jalan kereta ayah saya, Haji Zulkifli bin Mat Isa, plat TBF 2207, dah tamat. Dia kena strok bulan lepas, boleh saya renew guna IC dia 580412-11-5173?
        Saya Muthu a/l Rajoo, no telefon 016-552 8130, nak tanya status AP untuk kereta recond saya yang masih tersangkut di pelabuhan
        Tolong draf emel minta bayaran balik cukai jalan terlebih bayar ke akaun Maybank 1640 2271 5538 atas nama Farah Nadia binti Azman
        Kak Yati (Rohayati binti Ismail, Taman Melawati) nak tukar hak milik Myvi WVC 8834 ke nama anak dia yang baru dapat kerja, dokumen apa perlu?
        Lesen adik saya Amir Hakimi bin Roslan, No. KP 010823-10-0365, dah lepas tempoh P tapi dia baru dapat saman JPJ sebab bawa tanpa lesen sah
        Emel saya hafiz.rahman88@yahoo.com, tolong buat draf surat ke Puspakom sebab kereta saya gagal B5 dua kali atas isu nombor casis
        Bil MyEG | Penerima: LEE SIEW LING | No. KP: 851130-12-6248 | Alamat: Lot 23, Taman Foh Sang, 88300 Kota Kinabalu | Cukai jalan SAB 7712 K RM 90.00 | kenapa ada caj RM 5?
    """),
    "mixed": _lines("""
        bro tolong check, my IC 850722-14-6093, roadtax kereta WXA 5528 expired or not ah? JPJ app cannot login
        我的 SG licence 要 convert 去 Malaysia, 名字 Goh Pei Shan, NRIC S7912384F, 现在住 Johor Bahru, phone 011-2384 7190, 需要准备什么?
        Daddy 的 car insurance 要 renew 了, his name Tan Kim Swee, plate JKB 9012, NCD 55%, 电话 012-718 3346, 帮我 write message to agent
        can 帮我 check 下 SKV 3307 A 是不是我 ex Darren Lim 的 car? He still owe me 3k for the road tax and insurance
        help me 写 email to 運輸署 pls, 我叫 Jeremy Cheng 鄭志明, HKID M290637(1), direct issue application 已經 8 個 week 都未有消息
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the AutoMove assistant for Sinar Relocations. Customer on this session: Aaron Pereira, moving from Perth to Kuala Lumpur in March, contact aaron.pereira.wa@gmail.com.",
        ),
        ("user", "Can I drive in KL on my WA licence or do I have to convert?"),
        (
            "assistant",
            "Hi Aaron, you can drive on your Western Australian licence for a limited period as a visitor, but once you hold a long-term pass you should convert it at JPJ. I'll email the checklist to aaron.pereira.wa@gmail.com.",
        ),
        ("user", "Great, also include the road tax part for the car we're shipping."),
    ],
    [
        ("user", "I need help filling in the BTT booking form."),
        (
            "assistant",
            "Sure. What name and NRIC/FIN should go on the form, and which driving centre do you prefer?",
        ),
        (
            "user",
            "Priya d/o Suresh, F2298405P, Bukit Batok centre, weekday mornings only because I work night shifts at the hospital.",
        ),
        (
            "assistant",
            "Got it: Priya d/o Suresh, FIN F2298405P, Bukit Batok Driving Centre, weekday mornings. Log in with Singpass and pick the earliest morning slot.",
        ),
    ],
    [
        ("user", "我想把澳洲驾照换成国内驾照，要准备什么？"),
        (
            "assistant",
            "需要身份证明、境外驾照原件及翻译件、体检证明和照片。方便的话告诉我你的户籍地，我帮你查对应车管所。",
        ),
        (
            "user",
            "我叫邓雅琪，身份证510107198305143712不对，是320102199108260482，户口在南京玄武，手机 186 5120 3398",
        ),
        (
            "assistant",
            "好的，邓雅琪，你应到南京市公安局交管局车管所办理，预约时填手机 186 5120 3398 即可收到短信。",
        ),
    ],
    [
        ("user", "港車北上申請卡咗喺驗證步驟，想問點算"),
        ("assistant", "可以講下係邊一步出錯？例如回鄉證、車輛登記文件定保險？"),
        (
            "user",
            "應該係回鄉證，我個號碼係 H60821947，車主名係我老公梁偉聰，車牌 VK 6202，佢授權咗我申請",
        ),
        (
            "assistant",
            "車主與申請人唔同嘅話，要上載梁偉聰簽署嘅授權書同埋佢嘅身份證明文件，再用你嘅回鄉證重新提交。",
        ),
    ],
    [
        (
            "user",
            "Suami saya Allahyarham Ramli bin Othman meninggal bulan lepas. Kereta Saga dia, plat BKR 3391, cukai jalan dah tamat. Macam mana nak renew?",
        ),
        (
            "assistant",
            "Takziah puan. Kereta perlu dipindah milik kepada waris dahulu. Boleh saya tahu nama puan dan sama ada ada surat kuasa mentadbir?",
        ),
        (
            "user",
            "Saya Zainab binti Yusof, IC 620518-03-5246, ada surat dari Pejabat Tanah Kota Bharu.",
        ),
        (
            "assistant",
            "Baik Puan Zainab. Bawa surat kuasa, sijil kematian, IC puan dan geran kereta BKR 3391 ke JPJ untuk pindah milik, kemudian baru boleh renew cukai jalan.",
        ),
    ],
    [
        (
            "user",
            "Can you read this bill of lading and tell me what to bring to customs? Consignee: Hannah Lee Shu Min, Blk 412 Ang Mo Kio Ave 10 #08-1123, Singapore 560412, Tel 9735 0416. Description: 1 unit used Volvo XC40 Recharge, VIN YV1XZEFV9P2011284.",
        ),
        (
            "assistant",
            "For a used EV you'll need the bill of lading, the invoice, the export and deregistration certificates, and a TradeNet permit raised by your agent. LTA will also want the vehicle's type approval before registration.",
        ),
        ("user", "ok and does the consignee have to be the same person as the buyer?"),
    ],
    [
        ("user", "My Class 3 conversion got rejected and I don't understand why."),
        (
            "assistant",
            "I can help you read the rejection letter. Can you paste it, with anything you'd rather not share removed?",
        ),
        (
            "user",
            "Dear Mr Kevin Ng Jun Wei, your application for conversion of your Indonesian licence was not approved as you did not hold a valid work pass at the time of application. Ref TP/FDL/26/08812.",
        ),
        (
            "assistant",
            "Kevin, it was rejected because your work pass wasn't valid on the date you applied, not because of the licence itself. Once your new pass is issued you can reapply.",
        ),
    ],
    [
        ("user", "帮我查下 COE 几时到期 leh, car is under my name"),
        (
            "assistant",
            "我没办法查 LTA 的系统, 但你可以登录 OneMotoring 查看. 需要的话我可以帮你算 PQP.",
        ),
        (
            "user",
            "ok 我的是 SNB 6205 K, 2017 年注册的, 名字 Chua Boon Hock, 想知道 renew 5 年大概要多少",
        ),
        (
            "assistant",
            "SNB 6205 K 是 2017 年注册, COE 应该 2027 年到期. 5 年 renew 的 PQP 是最近 3 个月 COE 均价的一半, 大约五万多.",
        ),
    ],
    [
        ("user", "Kereta saya gagal Puspakom sebab nombor enjin tak sama dengan geran"),
        (
            "assistant",
            "Itu biasanya perlu pengesahan JPJ. Boleh beri no pendaftaran dan nombor telefon supaya saya sediakan draf aduan?",
        ),
        (
            "user",
            "VFE 4127, nama Suresh a/l Ganesan, fon 019-332 6145, enjin tukar masa accident 2024",
        ),
        (
            "assistant",
            "Ini draf: Saya Suresh a/l Ganesan (019-332 6145) pemilik VFE 4127 memohon pengesahan penukaran enjin yang dibuat selepas kemalangan pada 2024.",
        ),
    ],
    [
        ("system", "用户档案：何建军，杭州，车牌 浙A·9H2M5，已开通车船税退税提醒。"),
        ("user", "去年车卖了，车船税多交的那部分能退吗？"),
        (
            "assistant",
            "何先生，您的浙A·9H2M5 已过户的话，可以凭过户证明向保险公司申请退还剩余月份的车船税。",
        ),
        ("user", "退到哪个卡？我的建行卡是 6217 0014 5620 3318 792"),
    ],
    [
        ("user", "國際駕照可以線上申請嗎？"),
        ("assistant", "可以在監理服務網線上申辦，再選擇郵寄或臨櫃領取。需要我幫你整理步驟嗎？"),
        (
            "user",
            "好，我的身分證字號 H214560377，名字 吳佩珊，寄到 桃園市中壢區中大路 300 號，我下個月要去德國開車",
        ),
        (
            "assistant",
            "吳佩珊您好，申請時填入 H214560377，寄送地址填中壢區中大路 300 號，記得上傳近六個月的照片。",
        ),
    ],
    [
        ("user", "I'm applying for direct issue of a HK licence from my UK one."),
        (
            "assistant",
            "You'll need your HKID, the UK licence, proof of address and the application form. Want me to pre-fill it?",
        ),
        (
            "user",
            "yes please. Oliver James Haddon, HKID P804125(7), flat 9B, 22 Conduit Road, Mid-Levels, mobile 9247 3180. UK licence HADDO803147OJ9XY.",
        ),
    ],
    [
        (
            "system",
            "Memory: user is Ethan Tay, lives in Punggol, drives SJX 1962 Y (2021 Hyundai Ioniq 5), prefers short answers.",
        ),
        ("user", "is there still an EV road tax rebate this year?"),
        (
            "assistant",
            "Ethan, EV road tax has been rising in steps; for your Ioniq 5 the rebate on the additional component has been reduced, so expect a higher bill at the next renewal.",
        ),
    ],
    [
        ("user", "Saya nak beli kereta recond dari dealer Jepun, dia minta details untuk invoice"),
        (
            "assistant",
            "Biasanya mereka perlukan nama penuh seperti dalam IC, alamat dan nombor telefon. Nak saya susun dalam format email?",
        ),
        (
            "user",
            "ok: Mohd Faizal bin Abdul Rahman, 880405-01-5517, No. 7 Jalan Kenanga 2, Taman Universiti, 81300 Skudai, Johor. 013-774 2081",
        ),
        (
            "assistant",
            "Dear Sir, please issue the invoice to: Mohd Faizal bin Abdul Rahman, NRIC 880405-01-5517, No. 7 Jalan Kenanga 2, Taman Universiti, 81300 Skudai, Johor, tel +60 13-774 2081.",
        ),
    ],
    [
        (
            "user",
            "My daughter is starting university in Shanghai and wants to convert her Singapore licence there.",
        ),
        (
            "assistant",
            "She'll need her passport, residence permit, the original licence with a certified Chinese translation, and a medical check. Do you want a document list in Chinese?",
        ),
        (
            "user",
            "Yes. Her name is Chloe Lim Xin Yi, passport K2390418F, she'll be at Fudan, dorm at Guoding Road. She gets motion sick so she's nervous about the test.",
        ),
    ],
    [
        ("user", "帮我写一封给车管所的说明信，我的驾照地址要改"),
        ("assistant", "好的，请告诉我姓名、身份证号和新旧地址。"),
        ("user", "周慧珍，旧地址深圳市南山区科苑路 15 号，新地址 广州市天河区体育西路 103 号 1806"),
        ("assistant", "身份证号呢？信里需要写上。"),
        ("user", "330106196211052845"),
    ],
    [
        ("user", "My card keeps getting declined paying the ARF on OneMotoring"),
        (
            "assistant",
            "That usually happens when the bank blocks large online payments. Which card are you using?",
        ),
        ("user", "Mastercard 5521 6400 2731 8965, name WONG KAI LUN, limit should be enough"),
        (
            "assistant",
            "Call your bank to lift the online limit on the card ending 8965 for the ARF amount, or pay by GIRO/bank transfer from OneMotoring instead.",
        ),
    ],
]
