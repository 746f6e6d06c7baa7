# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix62: Chinese New Villages in Malaysia (village committees, land titles, temples, durian orchards, reunions, family businesses). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix62
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "heritage and history"): _lines("""
        Over 450 New Villages were created between 1950 and 1952 under the Briggs Plan, resettling roughly 570,000 people, most of them Chinese squatters on the jungle fringe.
        Lt-Gen Sir Harold Briggs, Director of Operations from 1950, drew up the resettlement scheme; General Sir Gerald Templer later made "hearts and minds" its slogan.
        Tan Cheng Lock, founding president of the MCA, lobbied for citizenship for the new villagers and ran a welfare lottery to fund clinics inside the fences.
        Jinjang New Village was one of the largest in Selangor — the perimeter fence, curfew gate and police post are all still marked on the 1953 survey sheet.
        Chin Peng, secretary-general of the Communist Party of Malaya, died in Bangkok in 2013 and was never allowed back to Sitiawan.
        SJK(C) Pei Min was built in 1953 on land donated by the rubber dealers' guild; enrolment fell to 87 pupils in 2024.
        The oral history project "Voices of the Fence" recorded 62 interviews with first-generation villagers in Perak between 2009 and 2012; transcripts are at the UM library.
        Museum hours: Tue–Sun 9.30am–5pm, closed Mondays and on the first day of CNY. Entry RM5 adults, RM2 students, free for 60+.
        "Ah Kiu stood at the gate with her ration card, counting the grains of rice she had hidden in her bun." — from the novel The Barbed Wire Season (2016).
        Census estimates put the New Village population at about 1.2 million, roughly one in five Malaysian Chinese.
        Sekinchan's paddy fields were opened in 1953 by resettled Teochew farmers and now yield close to 10 tonnes of padi per hectare.
        Heritage trail stop 7: the old curfew gate at Jalan Besar, rebuilt in 2018 with a plaque sponsored by the Kinta Heritage Society.
        State EXCO for New Villages YB Chong Wei Ming told the assembly that 41 villages in the state will get new drainage in 2027.
    """),
    ("zh-Hans", "村委会通告"): _lines("""
        【新村发展官方通告】本村2026年度地税（cukai tanah）须于5月31日前缴清，逾期将被罚款，可通过 e-Tanah 或到县土地局柜台付款。
        村委会定于12月14日（星期日）晚上8时在华小礼堂召开村民大会，议程：1）沟渠提升工程；2）路灯维修；3）新春团拜安排。
        通告：因TNB进行电缆提升工程，12月9日上午9时至下午5时，第3巷至第8巷暂停供电，不便之处敬请原谅。
        申请新村屋地契延期所需文件：地契副本、最新地税收据、身份证副本及申请表格（Borang 5A），详情请洽县土地局。
        村民如发现沟渠堵塞、路灯损坏，可拨打市议会投诉热线 1-800-88-7726 或通过 iKPKT App 提交报告。
        村委会主席致词模板：“各位乡亲父老，大家好！我谨代表{村名}新村发展与安全委员会，感谢{赞助单位}对本届中秋晚会的支持……”
        本村骨痛热症（dengue）喷雾将于本周三及周五傍晚6时半进行，请村民届时关好门窗，收好衣物。
        2026年度新村小型工程拨款共RM180,000：沟渠提升RM95,000，篮球场翻新RM48,000，村口牌坊油漆RM37,000。
        村长办公时间：星期一至五 上午9时至12时，地点：村委会办公室（大伯公庙旁），公共假期休息。
        提醒：近期有人冒充土地局官员上门收取“地契更新费”，土地局不会派员上门收费，如有疑问请拨县土地局 05-254 1187。
        州政府公布：新村住宅地段由99年租借地转为永久地契的附加费为地价的10%，申请截止日期为2027年6月30日。
        州行政议员叶嘉伟今日为本村新建的多用途礼堂主持开幕，工程总拨款为RM650,000。
        村委会会议记录（第11/2026次）：出席委员9人，缺席2人，会议于晚上10时15分结束。
    """),
    ("ms", "tanah dan hakmilik"): _lines("""
        Hakmilik sementara HS(D) boleh ditukar kepada hakmilik tetap (GRN) selepas ukuran halus oleh JUPEM disiapkan.
        Pajakan tanah kampung baru selama 99 tahun boleh dilanjutkan tertakluk kepada bayaran premium mengikut kadar Pihak Berkuasa Negeri.
        Contoh format: Hakmilik PN {no_hakmilik}, Lot {no_lot}, Mukim {mukim}, Daerah {daerah}, Negeri Perak.
        Cukai tanah 2026 bagi lot kediaman kampung baru: RM0.035 sekaki persegi, minimum RM30 setahun.
        Pejabat Tanah dan Galian Negeri Selangor, Tingkat 4, Bangunan Sultan Salahuddin Abdul Aziz Shah, 40512 Shah Alam.
        Permohonan Lesen Pendudukan Sementara (TOL) untuk tapak gerai durian tepi jalan mesti dihantar sekurang-kurangnya 60 hari sebelum musim.
        Nombor rujukan permohonan: PTG/PRK/KB/2026/004817 — sila simpan untuk semakan status di portal e-Tanah.
        Seksyen 76 Kanun Tanah Negara 1965 membenarkan Pihak Berkuasa Negeri memberi milik tanah secara pajakan tidak melebihi 99 tahun.
        Daripada 613 kampung baru di Semenanjung, kira-kira 38% masih memegang hakmilik pajakan yang tamat sebelum 2040.
        Kaunter Hasil PTD Kinta dibuka Isnin–Jumaat 8.00 pagi hingga 4.30 petang; rehat Jumaat 12.15 – 2.45 petang.
        Borang 14A (pindahmilik) mesti disetemkan di LHDN dalam tempoh 30 hari dari tarikh ditandatangani.
        Geran hilang atau rosak? Buat laporan polis, iklan dalam akhbar, kemudian mohon hakmilik gantian di bawah Seksyen 175A KTN.
    """),
    ("zh-Hans", "庙宇与神诞"): _lines("""
        九皇爷诞（农历九月初一至初九）期间，本庙每天下午3时至晚上11时开放，信众请穿白衣、吃素。
        大伯公庙2027年农历新年“抢头香”于除夕晚上11时开始，庙方将设排队围栏，请勿推挤。
        中元节普渡：农历七月十五晚上7时开始，大士爷纸像将于午夜火化，义卖所得捐给华小建校基金。
        拿督公神龛多设在大树下，供品包括槟榔、荖叶、香烟和沙爹，忌用猪肉。
        本庙创建于1952年，由首批迁入新村的客家村民集资兴建，供奉谭公爷，1998年重修。
        关帝诞（农历六月廿四）节目：上午10时祝寿仪式，下午舞狮，晚上8时潮剧《包公审郭槐》。
        香油钱可扫 DuitNow QR，庙方户口名称：Persatuan Penganut Kuil Tua Pek Kong Kampung Baru Jinjang，Public Bank 3187 4420 19。
        第三十八签：“屋前流水绕山来，春风吹得百花开”——上上签，问功名者吉。
        庙宇理事会选举将于2027年1月10日举行，投票时间上午9时至下午3时，凭会员证投票。
        天后宫收据编号 TH-2026-11-03582，金额 RM88.00，项目：光明灯一盏（全年）。
        游神路线：庙前出发→第1巷→巴刹→华小→返回庙前，全程约3.2公里，交警将封路两小时。
        大伯公庙百年庆典特刊已出版，内收1952年至今历届理事会合照，每本RM30，售完即止。
    """),
    ("en", "durian orchard trade"): _lines("""
        Musang King (D197) Grade A RM68/kg at the farm gate this week; D24 RM35/kg; Black Thorn (D200) RM95/kg, limited stock.
        Order #DRN-2026-07-00418 dispatched via J&T Express, tracking JT6048831127MY, ETA 2-3 working days to Klang Valley.
        MyGAP cert no. MYGAP-DUR-PRK-0133 valid until 2028; exporters must attach the phytosanitary certificate for shipments to China.
        Frozen whole durian exports to China require GACC registration; 23 Malaysian packing houses were listed as of 2026.
        Tip: a good Musang King has a star-shaped pattern at the bottom and a moist stem. Skip any fruit that smells sour.
        Durian buffet at Bukit Tinggi: RM78 per adult for 1.5 hours, kids below 12 half price, no takeaway.
        INV-0012875 | 40 kg D24 @ RM32 = RM1,280.00 | Delivery RM60 | Total RM1,340.00 | Terms: COD
        Raub main season forecast: mid-June to August 2027, peak around the second week of July.
        Fertiliser schedule: NPK 15-15-15 at 2 kg per tree after harvest, switch to 12-12-17+2MgO before flowering.
        Raub Durian Growers' Association office line 09-355 2781 (Mon–Fri, 9am–5pm).
        Foreign worker levy for the plantation sector: RM640 per worker per year (2026 rate).
        Pop-up stall at SS2 PJ open 4pm till midnight — cash, TnG eWallet and DuitNow all accepted.
        Grafting guide: use 8-12 month rootstock, cleft graft and wrap with parafilm; expect ~75% survival under 50% shade.
    """),
    ("zh-Hans", "家族生意与老字号"): _lines("""
        “亚坤咖啡店”创立于1956年，第三代传人仍坚持用炭炉烤面包，店址就在新村巴刹对面。
        陈记肉骨茶（Restoran Tan Kee Bak Kut Teh Sdn. Bhd.，公司注册号 201901023456 (1331234-K)）冷冻汤料包现已上架。
        本公司客服热线 1-300-22-8866（上午9时至晚上9时），WhatsApp 订购请扫描店内二维码。
        家族企业传承讲座：邀请中华总商会代表分享“二代接班”的法律与税务问题，12月20日下午2时，村礼堂。
        新村酱油厂仍坚持古法晒制，一缸酱油要晒足180天，和李锦记等大厂的工艺完全不同。
        华成五金（Wah Seng Hardware）已于2025年结业，原店屋将改建为新村文物馆。
        贷款试算：贷款RM150,000，年利率4.2%，期限10年，每月供款约RM1,533。
        林氏宗祠（Persatuan Keturunan Lim）会所：No. 12, Jalan Pasar, 31650 Ipoh, Perak，每逢初一十五开放。
        SST发票号 SST-W10-1808-32000123 | 椰子糖 x 20包 | 单价RM4.50 | 合计RM90.00
        招聘：本饼家诚聘包装员2名，月薪RM1,800起，包午餐，有意者请亲临店面洽谈。
        老字号“源珍香”肉干春节预购开放至1月15日，每公斤RM128，满RM300免运费。
        本店第三代接班后推出网店，2026年线上销售额比去年增长37%。
    """),
    ("mixed", "reunion group chat"): _lines("""
        各位亲戚，今年团圆饭订在 Restoran Jin Xiang 金香酒家，18 tables confirmed already, RM1,388 per table ya.
        Reunion dinner menu: 捞生 yee sang, 佛跳墙, 蒸石斑, 南乳猪手, 腊味饭, dessert 红豆沙.
        Parking very limited near the restaurant, pls carpool or park at the SJK(C) field, guard open gate at 6pm.
        Ang pao rate this year 😂 unmarried nieces/nephews RM10, in-laws' kids RM20, don't compete pls.
        Balik kampung jam: avoid leaving KL 2pm-9pm on 除夕, LLM traffic line 1-800-88-7752 says can be 7 hours.
        Template: 亲爱的{称呼}，欢迎回到{村名}，今年团圆饭在{地点}，{时间}开席，请准时出席！
        Group photo 7.30pm sharp in front of 祖屋, Studio Kenny Lim Photography already booked.
        Who bringing 年饼? Need kuih kapit, kuih bangkit, pineapple tarts and 花生饼, reply with your item.
        Mahjong after dinner, 4 tables, max 10 sen per point, all winnings donate to the temple ok.
        Reminder 初二 all go 外婆家 side, lunch at 12, durian from the orchard will be frozen ones because off-season.
        Poll: 团圆饭 date – A) 除夕 5 Feb 2027 B) 初一 C) 初三. Vote by Friday.
        Family tree project: we use Gramps 5.2 to map 5 generations since 太公 came from Meixian in 1921, pls upload old photos to the shared Drive folder.
    """),
    ("en", "data handling and code"): _lines(r"""
        PDPA reminder for committee volunteers: do not photograph residents' MyKad for the aid registry; record only the last 4 digits and shred paper forms after 6 months.
        Field mapping for the land-title digitisation tool: owner_name -> VARCHAR(120), ic_no -> CHAR(14) encrypted at rest, lot_no -> VARCHAR(20).
        MyKad regex ^\d{6}-\d{2}-\d{4}$ — validate the format only and never write the matched value to logs.
        def mask_ic(ic: str) -> str: return ic[:6] + "-**-****"  # keep birth date only for age bands
        Sample payload: {"lot_no": "<LOT>", "owner_ic": "XXXXXX-XX-XXXX", "mukim": "Jinjang"}
        Release notes v2.3.1 (build 8f3a9c1): fixed the lease-expiry calculator for 99-year titles issued before 1966.
        2026-11-28T09:14:22+08:00 job=geran_ocr status=OK pages=1842 errors=0
        SHA-256 of the exported survey archive: d26fbf67c09595430b90c5aa546af5669382164a2c853ddf79fe81a5c1b8b68c
        Consent template (EN/BM/中文): "I consent to the committee using my contact details only for the CNY aid distribution." Leave name and signature blank.
        CCTV footage at the village gate is kept for 30 days and released to PDRM only on written request.
        Test fixtures must use the dummy IC 000000-00-0000 and phone 01X-XXX XXXX; real residents' data is not allowed in the repo.
        CSV header: bil,nama_pemilik,no_kp,no_lot,mukim,tarikh_tamat_pajakan
        ERROR 4031: lease_end_date earlier than grant_date for record_id=77812 (lot masked)
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Mdm Chong Siew Lan, 78, of No. 42, Lorong 5, Kampung Baru Jinjang Selatan, 52000 Kuala Lumpur, has been bedridden since her stroke in March; her son Chong Kah Weng (012-387 4415) handles the welfare aid.
        Title transfer: Lot 3317, Mukim Batu, from Lee Ah Choy (IC 460719-10-5133) to his daughter Lee Mei Fong (IC 790223-10-5626), consideration RM1, love and affection.
        Orchard worker Sutrisno bin Hadi, Indonesian passport C4418273, permit expires 14/03/2027, employed at Tan's Durian Farm in Raub at RM1,700 a month.
        Pls refund to my Maybank Visa 4556 8321 0744 9122, name on card LOH KAR MUN, the durian box arrived rotten.
        My cousin Ong Li Ting from Singapore, NRIC S7834152A, is coming for the reunion — her address is Blk 512 Jurong West St 52, #09-117, Singapore 640512.
        Uncle Heng the orchard caretaker (Heng Boon Keat) was diagnosed with stage 3 colon cancer last month and can't climb the hill anymore.
        PP v Yap Chee Meng, Sessions Court Ipoh, AA-62-1107-11/2025: the accused, a farmer from Kampung Baru Pusing, is charged under s.379 Penal Code with stealing durians from his neighbour's orchard.
        Mdm Lau Poh Kuan, Ah Seng's wife, borrowed RM45,000 from an Ah Long and has missed every payment since August.
        Contact for the clan scholarship: Ms Teoh Hui Min, teohhm.1996@gmail.com, 017-521 0934 (personal mobile, call after 6pm).
        Kenny Lim's HKID is K327815(8) and his mobile is 9137 6624, he's flying back on 初三.
        The silver Myvi WNB 8826 belongs to Lim Jun Hao, Puan Lim's son from Lorong 3 — he parks it in front of the temple every night.
        Payslip Nov 2026 — Goh Wei Lun, cashier, Goh & Sons Trading: basic RM2,300, EPF RM253, SOCSO RM11.25, EIS RM4.60, net RM2,031.15.
        Aid list row 17: CHEAH Kim Loy | IC 520804-08-**** | Lot 118, Kampung Baru Papan | widow, diabetic | monthly aid RM300
        Please tell Wong Siew Peng of 33 Jalan Mawar 3, Taman Sekinchan Jaya, 45400 Sekinchan that her shophouse loan on Public Bank a/c 3182044715 was rejected.
        My son Yeoh Zhi Hao works in Tuas now, FIN G5128447Q, and drives his boss's car SLK 4521 L back on weekends.
        The guy selling durians off the blue lorry at the Bentong junction is Phang Yew Fook (Ah Fook) — he only got out of Kajang prison last year after a drug trafficking sentence.
        Our Taiwan relative Lin Yi-Chun, ROC ID F228174065, LINE id yichun_0815, will stay with us from 3 to 10 Feb.
    """),
    "zh-Hans": _lines("""
        村民余秀英（身份证 550316-08-5412，住本村第7巷门牌88号）申请贫困援助每月RM300，已获批准。
        我姑丈梁国华在怡保中央医院洗肾，每周三次，他的手机是 016-552 8910，有事打给他。
        这个月榴梿园的租金RM2,500请转到 CIMB 户口 7006221843，户名 钟美玲。
        大马表哥黄俊杰，微信号 jj_wong8866，手机 +60 11-2738 4590，你去深圳前先联系他。
        中国亲戚李桂英，身份证 441481195803174721，梅州兴宁人，明年想来马来西亚寻亲，护照号 EF3782915。
        叶伟强名下的地：GRN 58821，Lot 4403，Mukim Sungai Buloh，租期2031年到期，他说准备卖给发展商。
        阿妹（陈丽珍）昨晚在巴刹被摩托撞伤，现在住 Hospital Sungai Buloh 五楼骨科病房，左腿骨折。
        团圆饭名单：二伯张振发（九十岁，坐轮椅）、三姑张秀梅及姑丈何志明，联系电话 012-610 2857。
        香港表姐邝慧敏，身份证 Y604219(6)，住九龙观塘协和街101号8楼C室，电话 6274 8135。
        侄子周俊豪（NRIC T0517736C）明年来拉曼大学金宝校区读书，住我们家，邮箱 junhao.chew05@gmail.com。
        庙理事何金发的儿子何志伟欠赌债六万令吉，被大耳窿泼红漆，门牌是 Lot 215, Kampung Baru Kepayang。
        车牌 PKT 3318 那辆白色 Hilux 是我们园主刘德胜的，每天早上五点来收榴梿。
        新年抽奖头奖得主：第12巷门牌45号的邱月娥阿姨，手机尾号4417，请本人带身份证到村委会领奖。
        卓文辉在吉隆坡高庭离婚案已判决，孩子抚养权归前妻邓嘉敏，他每月须付赡养费RM1,500。
        我老爸罗国良退休后每月领橡胶局退休金RM1,420，公积金（EPF）户口还剩RM38,200。
        应聘榴梿园管理员：林志远，1988年4月2日生，MyKad 880402-07-5671，电邮 lzy880402@yahoo.com。
        刘秀凤怀孕七个月了，孩子爸爸是隔壁村的 Ah Boon，她家里人还不知道。
    """),
    "ms": _lines("""
        Encik Tan Boon Hock, No. KP 600925-06-5037, pemilik Lot 772, Kampung Baru Sungai Ruan, Raub, dikehendaki hadir ke Pejabat Tanah pada 12 Januari 2027.
        Pekerja ladang durian Ahmad Faizal bin Rosli, tel 019-774 2063, gaji RM1,900 sebulan dibayar ke akaun Bank Islam 12035010089412.
        Saman trafik untuk kenderaan AKH 5512 yang dipandu oleh Ng Kok Wai di Jalan Kampar pada 03/11/2026, kompaun RM300.
        Puan Siti Aminah binti Ismail dari Kampung Baru Bukit Beruntung menghidap kanser payudara tahap 2 dan memohon bantuan Baitulmal.
        Sila hubungi penyewa gerai No. 14 Pasar Kampung Baru, Encik Lai Yoke Chuen, di 012-905 3381 atau laiyc.gerai14@gmail.com.
        Surat tuntutan: Chew Ah Kau (KP 530118-08-5219) berhutang RM12,400 kepada Syarikat Baja Hijau sejak 2024; tindakan mahkamah akan diambil.
        Waris Lim Ah Poh: Lim Kok Seng (KP 720405-10-5583) dan Lim Siew Ling (KP 750919-10-5090), pembahagian Lot 2281 Mukim Rawang.
        Wong Kam Heng, 81 tahun, dari Kampung Baru Pusing dimasukkan ke ICU Hospital Raja Permaisuri Bainun kerana serangan jantung malam tadi.
        Pasport anak saya Ooi Jia Xin: A41827356, tamat tempoh 2029 — perlu untuk tiket ke Guangzhou.
        Pemohon Kong Mei Yee, 18 Jalan Besar, Kampung Baru Semenyih, 43500 Semenyih, Selangor; pendapatan isi rumah RM2,850 sebulan (B40).
    """),
    "mixed": _lines("""
        Eh Ah Hock's daughter 美华 got dengue lah, admitted Hospital Kuala Kubu Bharu since Mon, her IC 030614-14-0882 needed for the insurance claim.
        大家注意 pls transfer the reunion $$ to 阿玲 (Tan Siew Ling) Maybank 114288306617, then WhatsApp her the resit at 012-775 3904 ok.
        My 表哥 Kelvin Ho Wai Keat kena retrenched from the glove factory, now jobless with RM80k housing loan, pls don't mention at dinner.
        初一 Uncle Seow bringing his new wife from Guangzhou, 黄晓燕, 身份证 440103199307215127, help her fill the MM2H form can?
        SG buyer Mr Tay Kian Seng, NRIC S6623094E, HP 9123 6641, wants 200 kg Musang King every Fri, pay by PayNow.
        Ah Mooi's new address 23-05, Blok C, Pangsapuri Seri Kenanga, Jalan Kepong, 52100 KL — send the 年饼 there ya, she cannot come back because of chemo.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the assistant of a New Village heritage society. Help members plan oral history interviews.",
        ),
        (
            "user",
            "We want to interview first-generation villagers who remember the 1950s resettlement.",
        ),
        (
            "assistant",
            "Great idea. Start with a consent form, a quiet setting, and an interviewer who speaks the family's dialect.",
        ),
        (
            "user",
            "My grandmother Ng Ah Yoke is 94, Cantonese speaker, still lives at No. 7, Lorong 2, Kampung Baru Bukit Merah.",
        ),
        (
            "user",
            "Her hearing is very bad and she has early dementia, so call my mum's house line 05-891 2237 first.",
        ),
    ],
    [
        ("user", "Hi boss, still got Musang King? Want 10 kg for Saturday"),
        ("assistant", "Yes, Grade A RM68/kg. Please send the delivery name, address and phone."),
        ("user", "Name: Cheng Wai Leng"),
        ("user", "Address: 19, Jalan SS 21/37, Damansara Utama, 47400 Petaling Jaya"),
        ("user", "HP 016-338 2075, pay by card ok? 5424 1800 3360 1755 exp 09/28"),
        (
            "assistant",
            "Received, please don't send card details here, I'll send a payment link instead.",
        ),
    ],
    [
        ("user", "地契快到期了，要怎么申请延期？"),
        ("assistant", "一般要准备地契副本、最新地税收据、身份证副本和申请表格，到县土地局提交。"),
        ("user", "地主是我妈 苏桂芳，IC 490612-08-5380，Lot 1526, Mukim Sungai Raya, Kinta"),
        ("assistant", "好的，建议带齐原件到土地局柜台办理。"),
    ],
    [
        ("user", "庙里的捐款收据可以拿去报税吗？"),
        ("assistant", "如果寺庙是内陆税收局核准的机构（有 s44(6) 批准），收据就可以申请扣税。"),
        (
            "user",
            "那麻烦开收据给 陈家豪，IC 900815-10-6213，捐款RM5,000，寄到 No. 8, Jalan Kenari 2, Kampung Baru Balakong, 43300 Seri Kembangan",
        ),
    ],
    [
        ("user", "help me write a WhatsApp msg to invite relatives to the reunion dinner"),
        (
            "assistant",
            "Sure: 'Dear family, our reunion dinner will be on 除夕 at 7pm at Jin Xiang Restaurant. Please RSVP by 25 Jan!'",
        ),
        ("user", "nice. add RSVP to my auntie Foo Mei Chin, her number is 012-"),
        ("user", "884 6190"),
        (
            "assistant",
            "Updated: '...Please RSVP to Auntie Foo Mei Chin at 012-884 6190 by 25 Jan!'",
        ),
    ],
    [
        ("system", "你是一个帮助家族企业处理日常事务的助手。"),
        ("user", "我们家饼店要调薪，帮我写个通知"),
        ("assistant", "好的，请告诉我调薪幅度和生效日期。"),
        (
            "user",
            "师傅 温国强 从RM3,200调到RM3,600，一月生效。另外他上个月因为抑郁症请了两个星期病假，这个不要写进通知",
        ),
    ],
    [
        (
            "user",
            "My Singapore cousin wants to join the durian trip to Raub, what does she need at the Causeway?",
        ),
        (
            "assistant",
            "Singapore citizens only need a valid passport; the MDAC digital arrival card is exempted for Singaporeans.",
        ),
        (
            "user",
            "ok her details for the homestay booking: Ng Pei Shan, NRIC S8512046H, 8 Hougang Ave 3 #04-22, Singapore 538786, mobile 8236 4410",
        ),
    ],
    [
        ("user", "香港嘅表哥想返嚟拜山，要准备咩？"),
        ("assistant", "可以提早同庙方或义山管理处确认清明期间嘅开放时间同泊车安排。"),
        ("user", "佢叫 吴家乐，HKID P118374(9)，电话 5412 8837"),
        ("user", "顺便帮佢订 Ipoh 嘅酒店，4月3号到6号"),
    ],
    [
        ("user", "台湾的亲戚要来马来西亚参加阿公的九十大寿"),
        ("assistant", "欢迎！台湾护照入境马来西亚免签停留30天，入境前要填 MDAC。"),
        (
            "user",
            "她叫 曾雅婷，身分证 E120935572，LINE: yating.tseng，住高雄市苓雅区三多四路88号12楼",
        ),
        ("assistant", "好的，我会把这些资料用于订房和接机安排。"),
    ],
    [
        ("user", "帮我查一下从广州寄年货到吉隆坡的运费"),
        ("assistant", "一般海运约7-15天，空运3-5天，价格按重量计算。"),
        ("user", "寄件人是我表哥 许文辉，身份证 350583199006221533，微信 xwh_nanan90"),
        ("user", "银联卡 6214 8309 1236 5474 付款"),
    ],
]
