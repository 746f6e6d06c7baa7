# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat39: family travel planning chats (visas, medical needs, elderly parents, children, bookings, insurance) in English, Chinese and Malay. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat39
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "assistant travel guidance"): _lines("""
        For mainland Chinese passport holders Malaysia currently allows visa-free stays of up to 30 days per visit, but always re-check the Immigration Department of Malaysia site before you fly since the rules get extended or changed.
        If your parent needs supplemental oxygen on board, most airlines want a MEDIF form signed by the treating doctor at least 72 hours before departure.
        Children need their own passport these days; you can no longer add a kid onto a parent's passport.
        Tip: carry a printed prescription list in English with the generic drug names, not only brand names. Japan bans some common ADHD meds like Adderall, so check before packing.
        Travel insurance normally excludes pre-existing conditions unless you declare them and pay the extra premium. Look for the "Pre-existing Medical Conditions" section in the policy wording.
        A relaxed 5D4N Taipei plan with grandparents: Day 1 arrive + Ximending dinner, Day 2 National Palace Museum (lifts available), Day 3 Jiufen by taxi not bus, Day 4 Beitou hot springs, Day 5 fly home.
        Sure! Packing checklist for a family of four: passports (6+ months validity), insurance certificate, kids' fever meds, ORS sachets, universal adaptor, and a car seat if you're renting a car.
        I can't view or store documents, so please don't paste passport or IC numbers into this chat. Key them in directly on the airline's booking page.
        hi can i bring expressed breast milk >100ml thru changi security?? flying w my 6mo next wk
        Wheelchair assistance is free on most carriers but should be requested 48h ahead. The codes are WCHR (can walk short distances), WCHS (can't manage steps) and WCHC (fully immobile).
        When a child travels with only one parent, some countries ask for a consent letter from the other parent; a notarised copy is the safest option.
        For an 11h flight, book the bassinet seats early. They sit in the bulkhead row and are usually limited to infants under 10 kg or 76 cm.
        Peppa Pig World at Paultons Park is a nice half-day stop if your kids are under 6; buying tickets online usually saves a few pounds each.
        Travelling w/ a toddler + a grandparent who uses a wheelchair, which airlines at KLIA do free buggy pickup at the gate?
    """),
    ("en", "visa and embassy notices"): _lines("""
        Embassy of the People's Republic of China in Malaysia, 229 Jalan Ampang, 50450 Kuala Lumpur. Visa applications are handled by the Chinese Visa Application Service Center, not the embassy counter.
        ICA Building, 10 Kallang Road, Singapore 208718. Passport collection is by appointment only; walk-ins will not be served.
        Immigration Department Headquarters, Immigration Tower, 7 Gloucester Road, Wan Chai, Hong Kong.
        Applicants aged 70 or above and children under 14 are exempt from fingerprint collection when applying for a Chinese visa.
        Reminder: all travellers entering Singapore must submit the SG Arrival Card within 3 days before arrival, using the ICA website or the MyICA Mobile app. The e-service is free of charge.
        Please print the DS-160 confirmation page with the barcode. You will need the application ID (format AA00XXXXXX) to retrieve a saved application.
        UK Electronic Travel Authorisation (ETA): £16 per applicant, valid for 2 years or until the passport expires, whichever comes first.
        Parents of Australian citizens may be granted a Visitor visa (subclass 600) with multiple entries over 3 years and stays of up to 18 months each.
        Japan single-entry tourist visa checklist: passport, one 45mm x 45mm photo taken within 6 months, completed form, flight reservation, bank statement for the last 3 months.
        Prime Minister Anwar Ibrahim announced the 30-day visa exemption for Chinese and Indian citizens at the PKR national congress in November 2023.
        Travel advisory level 2 (Exercise increased caution), updated 14 Nov 2025 09:30 SGT, advisory ID TA-2025-1147.
        Queen Elizabeth Hospital and Queen Mary Hospital both run 24-hour A&E; non-eligible persons (tourists) pay the higher HA fee, so keep your receipts for the insurer.
    """),
    ("en", "booking and insurance system messages"): _lines("""
        Booking ref: K7Q2MX | Status: TICKETED | 3 ADT 2 CHD 1 INF | Total MYR 8,462.40 incl. taxes
        Dear {{traveller.first_name}}, your claim {{claim_id}} has been received. We will contact you at {{traveller.mobile}} within 5 working days.
        Policy wording v4.2 (FamilyCare Plus), effective 01/07/2025: emergency medical evacuation covered up to SGD 1,000,000 per insured person.
        Claim CLM-25-0917734. Documents outstanding: original medical receipts, attending doctor's report, airline delay confirmation.
        SSR WCHR requested for pax 2 on SQ106 / SQ826; awaiting KK confirmation from carrier.
        Error 422: field passport_expiry must be at least 180 days after return_date.
        Passport return courier: SF Express waybill SF1408827736451, estimated delivery 2025-12-09.
        Premium summary: Single Trip Asia, 2 adults + 3 children, 8 days, SGD 148.60 (GST incl.). Add-on: pre-existing conditions +SGD 62.00.
        0 3 * * * python manage.py purge_expired_visa_uploads --older-than=30d  # PDPA retention rule
        Raffles Hotel Singapore, 1 Beach Road: shuttle pick-up for group code FAM-0912 at 08:15, look for the driver holding the company sign.
        Release 2.14.0: added "Travelling with infant" toggle; fixed bug where child age was computed from departure date instead of return date.
        Uploaded document digest sha256:9f2c4e1a7b0d5f63c8e2a91d4b7f0e6c3a58d2197e4b0f6a1c9d3e8b5f27a4c6 (file contents not retained).
    """),
    ("zh-Hans", "出行助手回复"): _lines("""
        带老人去日本玩，建议提前准备一份英文版用药清单和病历摘要，降压药、降糖药按全程天数再多带3天的量。
        儿童乘机：未满2周岁为婴儿票，需成人怀抱；2至12周岁购买儿童票，一般为成人全价票的50%。
        您好，我这边无法替您提交签证材料，也请不要在对话里发送身份证或护照照片，建议通过签证中心官网上传。
        孕妇乘机：怀孕满32周不足36周一般需提供72小时内开具的诊断证明，满36周以上多数航空公司不予承运，具体以航司规定为准。
        推荐路线：上海飞新加坡约5.5小时，第一天住圣淘沙，第二天环球影城，第三天滨海湾花园，适合带5岁以下小朋友。
        带两个娃和爸妈去马来西亚自由行，10天大概要准备多少预算啊？
        老人坐长途飞机容易下肢血栓，建议每1到2小时起身活动一下，穿医用弹力袜，多喝水少喝酒。
        孩子在新加坡夜里高烧不退的话，可以去陈笃生医院（Tan Tock Seng Hospital）急诊，24小时开放。
        港澳通行证签注可以在自助机上办，个人旅游签注每次在香港可停留7天。
        孙中山故居纪念馆、鲁迅纪念馆都适合带孩子去看看，注意周一大部分场馆闭馆。
        东京台场的哆啦A梦未来百货公司小朋友很喜欢，建议工作日上午去，人少一些。
        国家移民管理局12367服务热线可以咨询出入境证件办理问题，24小时有人工服务。
        爸妈第一次出国，要不要给他们办个随身wifi还是直接开国际漫游划算？
        以下是一份家庭出行清单：护照（有效期6个月以上）、签证页复印件、保险电子保单、儿童退烧药、晕车贴、转换插头。
    """),
    ("zh-Hans", "保险与签证条款"): _lines("""
        【保险责任】被保险人在境外旅行期间因意外伤害或突发急性病所产生的必要且合理的医疗费用，本公司在保险金额内按100%比例给付。
        【责任免除】投保前已患有的疾病（既往症）及其并发症所致的医疗费用，本公司不负赔偿责任，但经特别约定承保的除外。
        投保年龄：出生满30天至80周岁；71至80周岁被保险人意外身故、伤残保额减半。
        理赔所需材料：理赔申请书、被保险人身份证明、护照出入境记录页、医疗发票原件及费用明细、门急诊病历。
        保单号格式示例：TRV2025XXXXXXXX，请以您电子保单上显示的为准。
        订单号 CT20251203881044 的退改规则：起飞前7天以上免费退票，7天内收取票面价30%手续费。
        系统通知：您的签证申请材料已于 2025-12-03 14:22:08 通过初审，请于7个工作日内前往签证中心录入指纹。
        《个人信息保护法》第三十九条要求，个人信息处理者向境外提供个人信息的，应当向个人告知境外接收方的名称或者姓名、联系方式、处理目的等事项，并取得个人的单独同意。
        模板：兹证明{姓名}（护照号：{护照号}）系我单位员工，任{职务}一职，月收入{金额}元，此次赴{国家}旅游费用由其本人承担。
        申根签证旅行医疗保险保额不得低于3万欧元，且需覆盖全部申根国家及整个停留期间。
        客服热线：携程 95010，同程旅行 95711，航班延误险理赔请在航班落地后7天内提交。
        2024年全国移民管理机构累计查验出入境人员6.1亿人次，同比上升43.9%。
    """),
    ("ms", "panduan perjalanan keluarga"): _lines("""
        Untuk umrah, jemaah berumur 65 tahun ke atas digalakkan buat pemeriksaan kesihatan dan ambil suntikan meningokokal ACYW135 sekurang-kurangnya 10 hari sebelum berlepas.
        Bayi pun kena datang sendiri ke pejabat Imigresen untuk ambil gambar pasport, jadi bawa sekali surat beranak asal.
        Tip: bawa salinan surat beranak anak dan sijil nikah kalau nama bapa dalam pasport anak lain ejaan, kadang-kadang pegawai tanya.
        Maaf, saya tidak boleh menyimpan nombor IC atau pasport. Sila masukkan maklumat itu terus di laman tempahan syarikat penerbangan.
        ada tak insurans travel yg cover warga emas 75 thn ke atas? yg ada darah tinggi pun boleh claim ke
        Kalau bawa ubat tidur atau ubat berjadual ke Jepun lebih daripada bekalan sebulan, kena mohon Yakkan Shoumei dulu sebelum terbang.
        Cadangan 4H3M di Bandung dengan anak kecil: Hari 1 Tangkuban Perahu, Hari 2 Kawah Putih (bawa jaket), Hari 3 Farmhouse Lembang, Hari 4 balik.
        Kerusi roda di KLIA boleh ditempah melalui syarikat penerbangan sekurang-kurangnya 48 jam sebelum berlepas, tiada caj tambahan.
        Kanak-kanak bawah 2 tahun dikira bayi (INF) dan mesti duduk di riba penjaga; seorang dewasa hanya boleh bawa seorang bayi.
        Sebelum ke China, isi kad ketibaan dalam talian dan pastikan Alipay atau WeChat Pay dah sambung dengan kad Visa/Mastercard.
        Makam Hang Tuah di Tanjung Kling dan Muzium Samudera di Melaka sesuai untuk lawatan sehari dengan datuk nenek.
        Hospital Sultanah Aminah Johor Bahru ada unit kecemasan 24 jam, dekat dengan Tambak Johor kalau balik dari Singapura.
        Pakej keluarga Legoland Malaysia: 2 dewasa + 2 kanak-kanak RM 699 termasuk Water Park, sah sehingga 31 Mac 2026.
        Anak-anak memang suka Upin & Ipin, jadi singgah la kedai cenderamata mereka di pusat beli-belah sebelum balik kampung.
    """),
    ("ms", "notis rasmi dan insurans"): _lines("""
        Jabatan Imigresen Malaysia, Ibu Pejabat, No. 15, Persiaran Perdana, Presint 2, 62550 Putrajaya.
        Kadar bayaran pasport antarabangsa boleh disemak di laman rasmi Imigresen; kanak-kanak bawah 12 tahun dikenakan kadar yang lebih rendah.
        Polisi TravelEasy Keluarga: perlindungan perubatan luar negara sehingga RM 500,000 bagi setiap orang yang diinsuranskan, sehingga 4 orang anak tanpa caj tambahan.
        Tuntutan mesti dikemukakan dalam tempoh 30 hari dari tarikh pulang bersama resit asal dan laporan doktor.
        Templat: Saya, [NAMA PENUH], No. K/P [NO. KP], dengan ini membenarkan anak saya [NAMA ANAK] melancong bersama [NAMA PENJAGA] ke [NEGARA] dari [TARIKH] hingga [TARIKH].
        Untuk pertanyaan polisi, hubungi Pusat Khidmat Pelanggan di talian 1-300-88-1234 (Isnin hingga Jumaat, 9 pagi hingga 6 petang).
        Nombor rujukan tuntutan: TE-CLM-2025-118402. Status: Dalam semakan. Kemas kini terakhir: 03/12/2025 16:45.
        Jalan Tun Razak ditutup sebahagian pada 5 Dis untuk perarakan; penumpang ke KLIA disarankan bertolak lebih awal.
        Pemegang polisi wajib mengisytiharkan semua keadaan perubatan sedia ada semasa permohonan; kegagalan berbuat demikian boleh menyebabkan tuntutan ditolak.
        Institut Jantung Negara menyediakan surat kelayakan terbang (fit-to-fly) untuk pesakit selepas pembedahan, caj bergantung pada jenis pemeriksaan.
    """),
    ("mixed", "code-switched chat turns"): _lines("""
        eh any1 knows if my parents can use 回乡证 to fly from HK to Kunming direct? or need 身份证 also
        lah the K-ETA kena apply 72 hours before flight, don't last minute ok
        小朋友几岁开始要买 seat 啊? AirAsia say 2 years old onwards kena full seat
        Boleh guna Touch 'n Go eWallet kat Shenzhen tak? or must 开通支付宝 first?
        Tips from the assistant: 长者 travelling with CPAP machine, bring the device in cabin, it doesn't count towards hand-carry allowance on most airlines.
        wah the Genting Skyway queue damn long during school hols, better go weekday morning bring kids
        Sentosa Fun Pass 小孩 3 岁以下免费, 3-12 岁 child price, ticket counter at VivoCity level 3
        Kalau mak ayah nak pergi Mekah bulan Ramadan, book awal la, hotel dekat Haram memang full by Oktober.
        Assistant: Yes, for Hong Kong you can take the Airport Express to Kowloon Station, then the free K-shuttle to hotels on Nathan Road, good with strollers.
        Sir Run Run Shaw Hospital 在杭州, 国际医疗部有英文服务, 外国游客看急诊可以去
        FYI Dr. Sun Yat Sen Nanyang Memorial Hall at Balestier is free for Singaporeans and PRs, kids like the old bungalow.
        Can claim back the 预付 hotel if flight cancel ah? policy says "trip curtailment" only after departure leh
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Booking for my dad Lee Kok Wah, 81, NRIC S1284307J. He's on warfarin and got a pacemaker last March so he can't walk through the metal detector at Changi, pls add a note.
        Please update the emergency contact on our family policy to Priya Ramasamy (wife), +65 9124 7735, Blk 412 Bedok North Ave 2 #08-117, Singapore 460412.
        My son Ethan Chua Jun Hao (DOB 14/03/2017) has a severe peanut allergy and carries an EpiPen, please tell the crew on SQ12 on 20 Dec.
        Visa form details: WONG Mei Ling, HKSAR passport K05213479, issued 02 Jun 2021, expiry 01 Jun 2031, HKID Y620158(8).
        Card for the insurance top-up: 4532 1890 7766 3417 exp 08/28, name on card MR DANIEL TEO, only charge the senior add-on.
        Can we get a ground floor room? My mother-in-law, Mrs Kamala Devi Subramaniam, has Parkinson's and can't manage stairs anymore.
        Tan Siew Eng, FIN G5128834W, wants to bring her parents from Fuzhou on a long-term visit pass; her salary is S$6,800/month, is that enough?
        bali trip group: Kevin Lau's WhatsApp is +852 6123 4098 and Aunty Grace's email is grace.lau1962@gmail.com, she needs the e-VOA receipt forwarded
        Policy holder: Chan Yuk Ling | HKID R305***(*) | Mobile ****4417 | Declared condition: type 1 diabetes, insulin pump
        My brother Arjun Menon got refused for the UK visit visa under V4.2 because his bank balance was only £1,240, can he reapply for our sister's wedding?
        Additional driver: Michelle Ong Hui Min, Malaysian licence, born 12/04/1985, MyKad 850412-14-6398.
        Seat change for Mr & Mrs Lim (Lim Chee Keong & Goh Ai Hwa), PNR 6YHT2R. Mrs Lim had a hip replacement at Tan Tock Seng in Sept and needs an aisle seat.
    """),
    "zh-Hans": _lines("""
        给我妈黄秀英订一张去成都的机票，身份证440106195803142722，她腿脚不好，需要申请轮椅服务。
        我老公周俊杰，身份证310115198709224810，护照E68291735，你帮我核对下签证页信息对不对。
        我爸许成林今年73了，身份证号320102195211070830，有冠心病装了两个支架，这种情况保险公司能承保吗？
        同行人：赵一鸣，男，1990年2月3日生，手机 186 1023 7749，邮箱 zhaoyiming90@163.com
        我婆婆杨淑芬（510107196112304525）前年去泰国被拒签过一次，这次申请日本签证会不会受影响？
        保单寄送地址：厦门市思明区莲前西路188号莲花五村32号楼402室 陈雅婷 15980276134
        孩子叫何子轩，2019年6月出生，有自闭症谱系障碍，坐飞机容易情绪崩溃，能帮我们申请优先登机吗？
        我微信号 lily_zhou_0823，我是周丽，把行程单发我微信，我妈的护照 EJ5829614 也在里面。
        台湾亲戚林怡君也跟我们去北海道，她的身份证字号 A224768191，要填进团员名单。
        香港的阿姨陈玉珍，身份证K482913(1)，住九龙红磡黄埔花园12座18楼C室，电话9132 6608，到时候去她家接老人。
        签证保证金从这张卡出：6228 4801 2345 6789，户名王海燕。
        粤B·7K29Q 是我弟郑浩的车，送爸妈去机场，停车场预约就用这个车牌。
        我舅舅宋国平因为欠钱被法院列为失信被执行人，案号(2024)沪0115执12873号，他还能跟我们一起出国吗？
    """),
    "ms": _lines("""
        Saya nak tempah pakej umrah untuk mak saya, Hajah Rohani binti Ismail, No. KP 490707-01-5128, dia ada kencing manis dan perlukan kerusi roda.
        Alamat surat-menyurat: No. 27, Jalan Kenanga 3/2, Taman Sri Kenanga, 81300 Skudai, Johor. Penerima: Encik Azman bin Yusof, tel 012-734 5819.
        Anak saya Muhammad Irfan bin Khairul, MyKid 170902-14-1237, ada asma teruk, boleh tak bawa nebulizer dalam kabin?
        Gaji suami saya Faizal bin Hamdan RM 4,850 sebulan, cukup tak untuk sokong permohonan visa UK kami sekeluarga?
        Tolong hantar e-tiket ke emel nurul.aina88@yahoo.com dan WhatsApp 019-228 4761, atas nama Nurul Aina binti Zakaria.
        Pasport A57203148 ayah saya Tan Ah Kow dah tamat tempoh bulan lepas, boleh renew kat UTC Pudu tak?
        Caj insurans perjalanan keluarga ke kad Maybank 5522 8810 4397 1200 atas nama SITI HAJAR BT OMAR.
        Abang ipar saya Ravi a/l Krishnan, IC 580923-10-5273, baru lepas pembedahan pintasan jantung, boleh ke dia naik flight ke Chennai bulan depan?
        Kereta VFK 8823 (Proton X70 putih) milik Cik Aisyah Rahman akan diletak di parkir KLIA T1 dari 12 hingga 20 Dis.
        Mak mertua saya Puan Wong Siew Lan ada demensia peringkat awal, kadang-kadang dia sesat, jadi saya nak tempat duduk sebelah dia.
        Encik Hafiz bin Rahmat, NRIC T0357729A, Blk 178 Woodlands Street 13 #05-241 Singapore 730178, nak mohon visa umrah untuk ibu bapanya.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "my parents are coming from Dalian to visit us in Singapore, do they need a visa?",
        ),
        (
            "assistant",
            "Chinese passport holders can currently enter Singapore visa-free for up to 30 days under the mutual exemption. They still need to submit the SG Arrival Card.",
        ),
        ("user", "ok and if they want to stay 2 months?"),
        (
            "assistant",
            "They can apply to extend the visit pass online through ICA before it expires, usually with a local sponsor.",
        ),
        (
            "user",
            "I'll be the sponsor. Dad is Sun Guoqiang, ID 21020219550418281X, and I'm his daughter Sun Jia, S8817264G, mobile 9731 0582",
        ),
    ],
    [
        (
            "system",
            "You are a travel concierge for Pelangi Holidays. Customer profile: Mdm Lim Bee Hoon, member no. PH-0048217, Gold tier. Notes: on haemodialysis Mon/Wed/Fri at NKF Bishan centre, travelling with daughter.",
        ),
        (
            "user",
            "Hi, we want to go Taipei for 6 days in March. Can you find a dialysis centre near Zhongshan?",
        ),
        (
            "assistant",
            "Certainly. Several hospitals in Zhongshan District offer holiday dialysis for visitors; sessions must be booked about 4 weeks ahead with a recent medical report.",
        ),
    ],
    [
        ("user", "帮我爸妈办申根签证，要准备什么？"),
        (
            "assistant",
            "一般需要：护照、申请表、近6个月照片、行程单、酒店预订、保额3万欧元以上的保险、银行流水和退休证明。",
        ),
        ("user", "我妈叫沈月华"),
        ("user", "身份证 330106195009093024"),
        ("user", "她去年做了乳腺癌手术，保险会不会拒保？"),
        (
            "assistant",
            "既往症通常属于责任免除，建议如实告知，并选择可以附加既往症保障的产品。",
        ),
    ],
    [
        ("user", "Assalamualaikum, nak tanya pakej umrah untuk warga emas ada tak?"),
        (
            "assistant",
            "Waalaikumussalam. Ada, kebanyakan agensi ada pakej mesra warga emas dengan hotel dekat Masjidil Haram dan khidmat kerusi roda.",
        ),
        (
            "user",
            "Ok, untuk ayah saya Haji Osman bin Ibrahim, dia baru lepas strok bulan 8 hari tu, sebelah kiri lemah sikit",
        ),
        ("user", "nombor telefon saya 013-662 0917, nama Rosmah, tolong call petang ni"),
    ],
    [
        ("user", "Need help with a claim. My daughter was admitted in Bangkok with dengue"),
        (
            "assistant",
            "I'm sorry to hear that. Could you share the policy number and the hospital name?",
        ),
        (
            "user",
            "Policy TRV-SG-2025-0771943, she's Chloe Tan Xin Yi, 8 years old, NRIC T1892467B, Bumrungrad, 4 nights in ward",
        ),
        (
            "assistant",
            "Thanks. Please upload the discharge summary and itemised bill in the claims portal; dengue is covered as an acute illness.",
        ),
    ],
    [
        ("user", "带孩子去新加坡要什么材料？孩子6岁"),
        (
            "assistant",
            "孩子需要自己的护照，入境前3天内填写SG Arrival Card，如只有一方家长同行建议带上另一方的同意书。",
        ),
        (
            "user",
            "好的，孩子叫刘思彤，护照号EH4471290，我是她爸爸刘涛，身份证440305198807276515，她妈妈这次不去",
        ),
    ],
    [
        ("user", "Going to Osaka with my mum who uses a walking frame. Any tips?"),
        (
            "assistant",
            "Request WCHS when booking, choose hotels near JR stations with step-free access, and use taxis for short hops.",
        ),
        (
            "user",
            "Thanks! Please put the booking under Cheung Wai Man, HKID A731224(8), and her mum Leung So Fong, HKID Z318406(5)",
        ),
        (
            "assistant",
            "Noted. I'll flag Ms Leung for wheelchair assistance at KIX on arrival.",
        ),
    ],
    [
        ("user", "nak claim insurans sebab flight delay 9 jam"),
        (
            "assistant",
            "Boleh. Sila berikan nombor polisi dan surat pengesahan kelewatan daripada syarikat penerbangan.",
        ),
        ("user", "polisi TE-2025-448120, nama Norhayati binti Salleh"),
        ("user", "IC 620815"),
        ("user", "08-5642"),
        ("assistant", "Terima kasih Puan Norhayati, tuntutan anda telah direkodkan."),
    ],
    [
        ("user", "Is it safe to fly at 31 weeks? We're going to Perth for Christmas"),
        (
            "assistant",
            "Most airlines accept passengers up to 36 weeks for a single pregnancy, but from about 28 weeks they usually want a doctor's letter stating the due date.",
        ),
        (
            "user",
            "ok my wife Rachel Koh will be 31 weeks on 22 Dec, her gynae is at Thomson Medical. can you email the form to rachel.koh.sy@outlook.com",
        ),
    ],
    [
        ("user", "老人有高血压和糖尿病，可以买境外旅游险吗？"),
        ("assistant", "可以，但需要在投保时如实告知，部分产品对慢性病并发症不承保。"),
        (
            "user",
            "我爸邓永福，1947年11月2日生，身份证430102194711021630，去年在湘雅医院查出糖尿病肾病3期，一直在透析前期，帮我看看哪款能保",
        ),
    ],
    [
        ("user", "can you confirm my booking pls"),
        (
            "assistant",
            "Your booking is confirmed: Mr Ahmad Zulkifli bin Rashid, Ms Farah Nadia binti Ahmad (child, 9), KUL-ICN on 14 Dec, seats 32A-32B. Confirmation sent to +60 11-2384 7751.",
        ),
        ("user", "ok tq"),
    ],
    [
        ("user", "入境美国需要带病历吗？我女儿有癫痫在吃药"),
        ("assistant", "建议携带医生出具的英文诊断证明和处方，药品放在原包装里并随身携带。"),
        (
            "user",
            "明白了。女儿叫马欣怡，在天津市儿童医院看的，主治是神经内科，药是左乙拉西坦，我是她爸马立伟，电话13820457136",
        ),
    ],
    [
        ("user", "Nak sewa kereta kat Langkawi untuk 3 hari, apa dokumen perlu?"),
        ("assistant", "Biasanya lesen memandu yang sah, IC atau pasport, dan deposit RM200-RM300."),
        (
            "user",
            "Ok, pemandu nama Syafiq bin Azhar, lesen CDL kelas D, IC 910228-13-5519, no fon 017-882 4603",
        ),
    ],
    [
        (
            "user",
            "my grandma wants to come Singapore for my graduation, but she only speaks Hokkien lol",
        ),
        (
            "assistant",
            "That's lovely! She can use the SG Arrival Card in Chinese and ask for help at the Changi Transfer counters.",
        ),
        (
            "user",
            "她叫林阿妹 from Xiamen, 身份证 350203... no wait that's my aunt. grandma is 陈秀兰, 88岁, got osteoporosis, broke her wrist last yr",
        ),
        ("user", "my number is 8123 5590 if the airline needs someone to meet her"),
    ],
    [
        (
            "user",
            "Can you fill this consent letter for me? My son travels to Bali with his grandparents",
        ),
        ("assistant", "Sure, please give me the details you want to appear in the letter."),
        (
            "user",
            "I, Melissa Fernandez, NRIC S9034571J, allow my son Lucas Fernandez, T1144592B, to travel with his grandparents Anthony and Rosa Pereira from 18 to 24 Dec 2025",
        ),
        (
            "assistant",
            "Here is your letter: I, Melissa Fernandez (NRIC S9034571J), consent to my son Lucas Fernandez (NRIC T1144592B) travelling to Bali with Anthony and Rosa Pereira from 18 to 24 December 2025.",
        ),
    ],
    [
        ("user", "台湾自由行 带长辈 有什么推荐"),
        ("assistant", "可以考虑台中和花莲，节奏慢一些，高铁有无障碍座位。"),
        (
            "user",
            "订房用我舅舅的资料：吴建宏，身份证字号F123984050，LINE id: wu.jh0715，他有心律不整要住离医院近一点的",
        ),
    ],
    [
        ("user", "Bawa anak pergi Korea, perlu K-ETA ke?"),
        (
            "assistant",
            "Rakyat Malaysia perlu K-ETA kecuali jika dikecualikan; kanak-kanak bawah 17 tahun biasanya dikecualikan, tapi sila semak laman rasmi.",
        ),
        (
            "user",
            "ok noted. husband I Kamal Ariffin pasport A48812065, I'm Siti Zubaidah, anak Aqil 10 thn and Hana 7 thn, we all stay No. 8 Jalan SS 15/4B, Subang Jaya",
        ),
    ],
    [
        ("user", "I was charged twice for the family travel plan"),
        ("assistant", "Sorry about that. Which card was it, the last 4 digits are fine."),
        ("user", "ending 3159"),
        (
            "user",
            "account is under Joanne Pereira, 23 Jalan Bukit Pantai, Bangsar, 59100 KL. The first charge was 2 Dec 10:14pm",
        ),
        (
            "assistant",
            "Thank you Ms Pereira, the duplicate charge of RM 312.00 will be reversed within 7 working days.",
        ),
    ],
    [
        ("user", "老人从香港过关去深圳看病，要带什么？"),
        ("assistant", "带回乡证或身份证、病历资料、医保卡（如有），建议提前在深圳医院线上预约。"),
        (
            "user",
            "我爸何志强，回乡证 H12076338，住沙田禾輋邨豐和樓1208室，这个月要去港大深圳医院复查肺癌",
        ),
    ],
    [
        (
            "user",
            "Dad has Alzheimer's, we're transiting Changi for 6 hours. What if he wanders off?",
        ),
        (
            "assistant",
            "You can ask the airline for meet-and-assist service and register him with the Changi Care programme. A card with your contact and hotel in his pocket also helps.",
        ),
        (
            "user",
            "Good idea. The card would say: Mr Rajesh Pillai, 79, has dementia, if found please call son Vikram +65 8462 1937",
        ),
    ],
    [
        (
            "user",
            "Bayi saya baru lahir, nak buat pasport untuk bawa balik kampung suami di Sabah... eh Sabah tak perlu pasport kan?",
        ),
        (
            "assistant",
            "Betul, rakyat Malaysia dari Semenanjung boleh guna MyKad atau surat beranak untuk masuk Sabah. Untuk bayi, bawa surat beranak.",
        ),
        (
            "user",
            "ok baby nama Nur Aleya binti Jefri, lahir 11 Jun 2025 di Hospital Tengku Ampuan Rahimah Klang, berat 2.1kg, masih kena check jantung",
        ),
    ],
    [
        ("user", "need my bank statement translated for the Japan visa"),
        (
            "assistant",
            "Most embassies accept English statements; only translate if the original is in another language.",
        ),
        (
            "user",
            "it's from Bank of China, account holder 韩晓东, monthly salary 18,500 RMB from Shenzhen Xunlei Tech, balance 236,410.55",
        ),
    ],
    [
        (
            "system",
            "CRM context. Caller: Mr Goh Teck Seng, HP 9688 2140, DOB 03/07/1958. Open case: travel claim for hospitalisation in Chiang Mai (pneumonia) for his wife Mdm Ong Lay Hoon.",
        ),
        ("user", "Hi, any update on my claim?"),
        (
            "assistant",
            "Good afternoon! Your claim is with our medical assessor; we expect a decision within 10 working days.",
        ),
    ],
    [
        ("user", "帮忙订下周三上海到北海道的机票，三个大人一个小孩"),
        ("assistant", "好的，请提供乘机人的姓名和证件信息，建议在官方页面填写证件号。"),
        ("user", "大人：常宏亮、常宏亮妻子方琳、常宏亮母亲曹桂兰，小孩常乐乐4岁"),
        ("user", "证件号晚点我在页面填，先帮我留座，宏亮手机 139 1673 0825"),
    ],
    [
        ("user", "Want to bring my domestic helper to Japan with the family, she's Filipino"),
        (
            "assistant",
            "She will need her own Japan visa applied from Singapore with an employer's letter and her work permit.",
        ),
        (
            "user",
            "ok her name is Maricel Dela Cruz, FIN F2093318Q, passport P7723091B, salary $650/month, she has hypertension but it's controlled",
        ),
    ],
]
