# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat136: chats with an assistant about one's own family inheritance after a parent's death (wills, probate and letters of administration, faraid, siblings' disputes over the flat, debts left behind). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat136
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "probate_faq"): _lines("""
        Q: Do I need a Grant of Probate if my father left a will? A: In Singapore, usually yes, if he held bank accounts, shares or property in his sole name.
        Small intestate estates not exceeding S$50,000 may be handled by the Public Trustee's Office, 45 Maxwell Road, #06-11 The URA Centre, Singapore 069118.
        Probate and letters of administration in Singapore are filed through iFAMS; our fee schedule is quoted in SGD and excludes GST at 9%.
        Q: How long does a grant take in Hong Kong? A: Solicitors' applications usually take 12 to 16 weeks; personal applications at the Probate Registry can take longer.
        Hong Kong Probate Registry: 1/F, High Court Building, 38 Queensway, Admiralty. Counter hours Mon-Fri 8:45am-1:00pm and 2:00pm-5:30pm, closed on public holidays.
        Q: Can a sibling stop the sale of the flat? A: If the flat was held as joint tenants, it passes to the surviving joint owner by survivorship and is not part of the estate.
        Q: Are Dad's credit card debts passed to the children? A: No. Debts are paid out of the estate first; beneficiaries are not personally liable unless they signed as guarantor.
        Malaysia: small estates of RM5 million and below that include land go to the Unit Pembahagian Pusaka (JKPTG); larger or contested estates go to the High Court.
        Our fixed-fee package for an uncontested Grant of Letters of Administration starts from S$2,800, with disbursements of about S$450 charged at cost.
        Q: What is a caveat? A: A caveat lodged at the Probate Registry stops a grant being issued for six months and is often used when siblings dispute a will.
        Koh Ang & Partners LLP (UEN T15LL0481C), Wills & Probate desk +65 6222 4180, probate@kohang-law.com.sg, 10 Anson Road, #21-07 International Plaza.
        Dickens's Bleak House is still the classic warning: the fictional Jarndyce and Jarndyce ran until legal costs swallowed the whole estate. Settle early if you can.
        Q: What should I bring to the first meeting? A: The death certificate, the original will if any, a title search of the property and bank statements as at the date of death.
    """),
    ("zh-Hans", "法规条文"): _lines("""
        《民法典》第一千一百二十七条 遗产按照下列顺序继承：（一）第一顺序：配偶、子女、父母；（二）第二顺序：兄弟姐妹、祖父母、外祖父母。继承开始后，由第一顺序继承人继承，第二顺序继承人不继承。
        第一千一百三十条 同一顺序继承人继承遗产的份额，一般应当均等。对生活有特殊困难又缺乏劳动能力的继承人，分配遗产时，应当予以照顾。
        第一千一百二十三条 继承开始后，按照法定继承办理；有遗嘱的，按照遗嘱继承或者遗赠办理；有遗赠扶养协议的，按照协议办理。（民法典·继承编·一般规定）
        第一千一百三十五条 代书遗嘱应当有两个以上见证人在场见证，由其中一人代书，并由遗嘱人、代书人和其他见证人签名，注明年、月、日。
        第一千一百四十二条 遗嘱人可以撤回、变更自己所立的遗嘱。立遗嘱后，遗嘱人实施与遗嘱内容相反的民事法律行为的，视为对遗嘱相关内容的撤回。立有数份遗嘱，内容相抵触的，以最后的遗嘱为准。
        第一千一百五十九条 分割遗产，应当清偿被继承人依法应当缴纳的税款和债务；但是，应当为缺乏劳动能力又没有生活来源的继承人保留必要的遗产。
        第一千一百六十一条 继承人以所得遗产实际价值为限清偿被继承人依法应当缴纳的税款和债务。继承人放弃继承的，对被继承人依法应当缴纳的税款和债务可以不负清偿责任。
        第一千一百二十四条 继承开始后，继承人放弃继承的，应当在遗产处理前，以书面形式作出放弃继承的表示；没有表示的，视为接受继承。
        第一千一百四十五条 继承开始后，遗嘱执行人为遗产管理人；没有遗嘱执行人的，继承人应当及时推选遗产管理人；继承人未推选的，由继承人共同担任遗产管理人。
        第一千一百五十三条 夫妻共同所有的财产，除有约定的外，遗产分割时，应当先将共同所有的财产的一半分出为配偶所有，其余的为被继承人的遗产。
        第一千一百二十八条 被继承人的子女先于被继承人死亡的，由被继承人的子女的直系晚辈血亲代位继承。代位继承人一般只能继承被代位继承人有权继承的遗产份额。
        第一千一百三十六条 打印遗嘱应当有两个以上见证人在场见证。遗嘱人和见证人应当在遗嘱每一页签名，注明年、月、日。（2021年1月1日起施行）
        《不动产登记暂行条例实施细则》第十四条 因继承、受遗赠取得不动产，当事人申请登记的，应当提交死亡证明材料、遗嘱或者全部法定继承人关于不动产分配的协议以及与被继承人的亲属关系材料等。
    """),
    ("zh-Hant", "news_public_figures"): _lines("""
        終審法院2010年裁定龔如心2002年所立遺囑有效，華懋慈善基金為唯一受益人，另一份聲稱為2006年所立的遺囑被裁定為偽造。
        賭王何鴻燊2020年5月在香港養和醫院辭世，享年98歲，傳媒其後持續關注其家族成員之間就澳博控股股權、物業及家族信託的安排與分配。
        新加坡歐思禮路38號故居爭議：李光耀遺囑寫明希望身後拆除故居，其子女李顯龍、李瑋玲、李顯揚因此多年公開爭執，國會亦曾就此辯論。
        梅艷芳2003年病逝後，遺產交由滙豐國際信託管理，多年訴訟後法院批准出售其何文田物業，剩餘資產按遺囑最終撥歸妙境佛學會。
        藝人沈殿霞2008年病逝前為女兒鄭欣宜設立信託，由多位圈中好友擔任信託監察人，傳媒多年來持續報道信託資產分派的進度及信託人的更替。
        邵逸夫2014年以107歲高齡辭世，邵氏基金會繼續資助「邵逸夫獎」，每年頒發天文學、生命科學與醫學及數學科學三個獎項，每項獎金120萬美元。
        虎標萬金油創辦人胡文虎1954年病逝，家族後人之間的財產與股權糾紛，至今仍是新加坡、馬來西亞華人商界經常提及的家族傳承案例。
        李錦記「思利及人」家族憲法常被商學院引用，創辦人李錦裳1888年在廣東南水鄉以蠔油起家，家族至今已傳至第五代，仍由家族全資擁有。
        鄧麗君1995年於泰國清邁猝逝，其後成立的鄧麗君文教基金會多次在台北舉辦紀念展覽，並管理其歌曲版權收益及在金寶山的筠園。
        長榮集團創辦人張榮發2016年辭世，遺囑將個人財產交由基金會，並引發次子張國煒與集團其他成員之間的經營權爭議，成為台灣財經新聞焦點。
        英國高等法院2021年裁定菲臘親王的遺囑封存90年不予公開，延續王室高級成員遺囑不公開的慣例，理由是保護王室尊嚴及個人私隱。
        作家張愛玲1995年9月在美國洛杉磯辭世，遺囑指定遺物交給宋淇夫婦，其手稿與書信其後由宋以朗整理出版，成為華文文學界的一大盛事。
        霍英東2006年辭世後，其家族成員就遺產分配的訴訟於2021年在香港高等法院展開，案件涉及多項物業及家族公司股權，引起香港社會廣泛關注。
    """),
    ("ms", "soalan_lazim_faraid"): _lines("""
        S: Siapakah waris yang berhak mengikut hukum faraid? J: Ashabul furud seperti suami, isteri, ibu, bapa dan anak perempuan mendapat bahagian tetap; bakinya kepada asabah.
        S: Berapakah bahagian balu jika si mati meninggalkan anak? J: Isteri mendapat 1/8 daripada harta pusaka; jika tiada anak atau cucu, bahagiannya ialah 1/4.
        S: Adakah anak lelaki mendapat dua kali bahagian anak perempuan? J: Ya, mengikut Surah an-Nisa ayat 11, nisbahnya 2:1 apabila mereka mewarisi bersama sebagai asabah.
        S: Bolehkah wasiat melebihi 1/3 harta? J: Wasiat kepada bukan waris terhad kepada 1/3 harta bersih; lebihannya memerlukan persetujuan semua waris selepas kematian.
        S: Perlukah hutang si mati dijelaskan dahulu? J: Ya. Kos pengebumian, hutang dan wasiat diselesaikan terlebih dahulu sebelum baki harta dibahagikan secara faraid.
        Permohonan Sijil Faraid dibuat di Mahkamah Tinggi Syariah negeri masing-masing; sila bawa salinan sijil kematian, salinan kad pengenalan waris dan sijil nikah si mati.
        Borang A (Seksyen 8) Akta Harta Pusaka Kecil (Pembahagian) 1955 boleh dikemukakan secara dalam talian melalui portal MyeTaPP JKPTG tanpa sebarang bayaran.
        S: Bolehkah harta sepencarian dituntut sebelum faraid? J: Ya, pasangan yang masih hidup boleh menuntutnya di Mahkamah Syariah sebelum baki dibahagikan kepada waris.
        S: Bagaimana jika waris tidak bersetuju menjual rumah pusaka? J: Pegawai Pembahagian Pusaka boleh membuat perintah jualan atau melantik pemegang amanah selepas perbicaraan.
        Amanah Raya Berhad, Wisma AmanahRaya, No. 2 Jalan Ampang, 50508 Kuala Lumpur. Talian Khidmat Pelanggan 03-2055 7388, e-mel: info@arb.com.my.
        S: Adakah anak angkat mendapat faraid? J: Tidak. Anak angkat bukan waris faraid, tetapi boleh menerima hibah semasa hayat atau wasiat tidak melebihi 1/3.
        S: Bagaimana dengan simpanan KWSP? J: Penama menerima wang KWSP sebagai wasi atau pemegang amanah; pembahagian akhirnya tetap mengikut faraid bagi ahli yang beragama Islam.
        Yuran khidmat nasihat faraid di kaunter kami RM50 bagi sesi 30 minit; kiraan bertulis lengkap dengan rajah waris RM150 termasuk SST 8%.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [09:12] Morning all, matter 26/0412 draft petition dah hantar to client for review, pls jangan file until they confirm the schedule of assets
        [09:15] 收到。Sealed copy of the grant 我今天下午去 Mahkamah Tinggi KL 拿，sekali beli stamp untuk fail 26/0398 tak?
        [09:20] Boss said all faraid cert applications this month pakai template v3, yang lama ada typo kat jadual waris, jangan guna ok
        [10:02] Printer 3楼 jam again, I'm printing the Borang A bundle (42 pages) at the pantry printer, tolong jangan cancel job ya
        [10:45] Reminder: Pejabat Pusaka Kecil Petaling tutup Jumaat 12.15-2.45pm for solat Jumaat, book the hearing slot after 3pm pls
        [11:30] Pos Laju tracking EP728164390MY dah sampai Mahkamah Syariah Shah Alam, 签收 at 11:07 today, scan POD masuk DMS
        [14:20] Fee note INV-2026-0318 for matter 26/0377 still unpaid 45 days, accounts pls send 2nd reminder, cc the partner's inbox
        [14:33] The e-Filing fee for Saman Pemula is now RM100 plus RM10 per exhibit, 我已经 update 在 fee_schedule_v2026.4.xlsx
        [15:10] Pls note all original wills must stay in the strongroom, sign out in the register, 不可以带回家 ok, audit next Tuesday
        [16:02] Meeting room B booked 3-5pm Thursday untuk sesi mediation adik-beradik, pls prepare 8 chairs, tissue dan air mineral
        [16:40] Borang 14A stamping for file 26/0355 sudah adjudicate, LHDN reference ADJ-26-0098812, waiting for the payment slip
        [17:55] OK guys 明天 9am sharp team meeting, agenda: backlog pusaka kecil (17 files), e-Filing outage on the 3rd, new intern onboarding
        [18:20] Server backup done, DMS version 8.2.1, kalau tak boleh login esok pagi call IT helpdesk ext 2207 or 1-800-88-4357
    """),
    ("en", "code_and_config"): _lines("""
        FARAID_SHARES = {"wife_with_child": Fraction(1, 8), "wife_no_child": Fraction(1, 4), "husband_with_child": Fraction(1, 4), "mother_with_child": Fraction(1, 6)}
        probate: {jurisdiction: SG, court: FJC, filing_portal: ifams, fee_currency: SGD, gst_rate: 0.09, small_estate_cap: 50000}
        2026-11-03T08:14:22.418Z INFO estate-calc v2.7.1 request_id=9f3c2a1e computed shares heirs=5 residue=0.0000 elapsed_ms=12
        2026-11-03T08:14:23.002Z WARN doc-vault upload rejected: death_cert_scan.pdf exceeds 10 MB limit (size=14.6 MB) matter=26-0412
        def intestate_share_hk(spouse: bool, issue: int) -> dict:  # Cap. 73: spouse takes first HK$500,000 plus half of residue when issue survive
        commit 4e7b1d9c: fix rounding in kiraan_faraid() so 1/6 + 1/6 + 2/3 sums exactly to 1 (closes #214), bump version to 2.7.2
        ESTATE_DUTY_SG = None  # estate duty abolished for deaths on or after 15 Feb 2008; MY abolished 1 Nov 1991; do not compute
        SELECT matter_id, grant_type, filed_on, extracted_on FROM probate_matters WHERE status = 'EXTRACTED' AND filed_on >= '2026-01-01';
        curl -X POST https://api.example-estate.test/v1/calc -H 'Content-Type: application/json' -d '{"jurisdiction":"MY","heirs":["wife","son","daughter"]}'
        test_awl_case: heirs=[husband, 2 full sisters] -> fixed shares 1/2 + 2/3 exceed estate, awl to 7 parts, got 3/7 and 4/7 ... PASS
        sha256(will_template_v2.pdf) = 3b1f9e0c7d2a4e68b5c1f0a9d8e7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9
        matter_id,jurisdiction,grant_type,date_of_death,gross_estate_value,currency,caveat_filed,assigned_team,last_updated_utc
        pip install estate-toolkit==0.9.4  # TaiwanInheritanceTax.calc(gross=12_000_000, exemption=13_330_000) returns 0
    """),
    ("zh-Hant", "價目表"): _lines("""
        陳記地政士事務所 繼承登記代辦：土地或建物每筆 NT$8,000 起，含除戶謄本調閱及遺產稅免稅證明申請，地政事務所規費及印花稅另計。
        拋棄繼承聲明狀代撰 NT$6,000／件，須於知悉得繼承之時起三個月內向法院具狀，逾期恕不受理，請把握時間並攜帶除戶謄本。
        遺產稅申報代辦 NT$12,000 起（遺產總額未達免稅額者 NT$5,000），國稅局要求補件另收 NT$1,500／次。
        平安紙套餐：單人遺囑 HK$2,800、夫婦互惠遺囑 HK$4,800，包括一次面談及見證簽署，不包括稅務及信託規劃諮詢。
        遺產管理書（無遺囑）申請：固定收費 HK$18,000 起，遺產承辦處收費按遺產淨值計算，另行收取，以司法機構公布為準。
        澳門公證遺囑手續費 MOP 1,500 起，辦事處地址：澳門友誼大馬路918號澳門世界貿易中心10樓，辦公時間 9:00-18:00。
        繼承系統表製作 NT$2,000；除戶謄本代申請每份規費 NT$15 加代辦費 NT$300，三個工作天內取件，可代寄掛號。
        遺產分割協議書草擬 NT$10,000，如繼承人超過 6 人，每增加 1 人加收 NT$1,000，跨國簽署認證費用另計。
        林氏律師行 遺產爭議諮詢：首 30 分鐘免費，其後每小時 HK$3,500；查詢熱線 2525 6180、WhatsApp 5180 2266（辦公時間內回覆）。
        年終優惠：12 月內預約「遺囑＋持久授權書」組合，原價 HK$9,800，現只需 HK$7,800，名額 30 個，額滿即止。
        永安地政士聯合事務所 台北市中正區重慶南路一段121號5樓，電話 (02)2381-6699，週六上午另設遺產諮詢門診。
        判決繼承登記代辦 NT$15,000 起，訴訟裁判費依民事訴訟法計算，律師費另議，首次諮詢請先以電話或 LINE 官方帳號預約。
        收費單號 TW-INV-20261107-0042：繼承登記 2 筆 NT$16,000＋規費 NT$3,240＋郵資 NT$120，合計 NT$19,360，電子發票 AB-12345678。
    """),
    ("ms", "notis_pejabat"): _lines("""
        NOTIS: Kaunter Unit Pembahagian Pusaka Daerah Petaling akan ditutup pada 24 Disember 2026 kerana kerja-kerja naik taraf sistem MyeTaPP.
        Makluman: Perbicaraan pusaka kecil kini boleh dihadiri secara dalam talian; pautan hanya dihantar melalui e-mel rasmi @jkptg.gov.my, berhati-hati dengan penipuan.
        Pejabat Tanah dan Galian Selangor, Tingkat 4, Bangunan Sultan Salahuddin Abdul Aziz Shah, 40512 Shah Alam. Waktu pejabat Isnin-Jumaat 8.00 pagi-5.00 petang.
        Mahkamah Tinggi Syariah: permohonan Sijil Faraid dikenakan fi pemfailan RM20 dan fi sijil RM10; tempoh proses biasa ialah 14 hari bekerja.
        Amaran: Amanah Raya tidak pernah meminta bayaran melalui akaun peribadi. Semua bayaran hendaklah dibuat ke akaun korporat yang tertera dalam resit rasmi sahaja.
        Seminar Celik Wasiat & Hibah, Sabtu 14 Nov 2026, 9.00 pagi, Dewan Serbaguna Masjid Wilayah Persekutuan, Jalan Duta. Masuk percuma, tempat terhad.
        Notis perbicaraan pusaka kecil hendaklah ditampal di papan kenyataan pejabat tanah dan masjid berhampiran sekurang-kurangnya 14 hari sebelum tarikh perbicaraan.
        Pengumuman: Mulai 1 Januari 2027, semua permohonan Surat Kuasa Tadbir perlu disertakan carian rasmi hakmilik (e-Carian) yang tidak melebihi 3 bulan.
        Sila ambil nombor giliran di kiosk; kaunter 1-3 untuk serahan Borang A, kaunter 4 untuk bayaran, kaunter 5 untuk pertanyaan status fail.
        Peringatan: Duti harta pusaka tidak lagi dikenakan di Malaysia sejak 1 November 1991, namun duti setem dan RPGT mungkin terpakai apabila harta dijual.
        Talian Hotline Pusaka 1-800-88-3232 beroperasi 8.30 pagi hingga 4.30 petang, Isnin hingga Jumaat, kecuali cuti umum negeri dan persekutuan.
        Notis Pembatalan: Bengkel Pengurusan Harta Pusaka pada 5 Disember di Perpustakaan Tun Abdul Razak, Ipoh dibatalkan; yuran RM30 dikembalikan dalam 14 hari.
        Contoh format nombor resit rasmi: JKPTG-SEL-2026-0041872. Sila sertakan nombor resit dalam semua surat-menyurat berkaitan bayaran salinan perintah.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        My late father, Gerald Tan Wee Kiat, died on 3 Aug 2026 at Tan Tock Seng; his will names my brother Marcus as sole executor and I think Marcus pressured him.
        Executor details for the petition: Ong Siew Ling, NRIC S7834512H, mobile 9123 4587, Blk 21 Jurong East St 21, #08-145, Singapore 600021.
        Mum's DBS savings account 027-4-183920 has been frozen since she passed; the bank wants the grant before releasing the S$38,240.55 balance.
        Dad owed about S$62,000 on his UOB cards and to a licensed moneylender, and my stepmother Rina Kaur says we siblings must pay it from our own pockets.
        My eldest brother Kenneth Lau Chi-wai, HKID K482913(1), refuses to sign the renunciation and keeps calling me from 6218 3347 after midnight.
        Deceased: CHEW Boon Hock | DOD 2026-09-14 | NRIC S4512873C | Last address Blk 512 Bedok North Ave 2 #11-260 | Estate est. S$1.2m | Will dated 2019-06-02
        My sister Priya was diagnosed with bipolar disorder last year, and Dad's will puts her share into a trust run by our uncle. Is that even legal?
        Email from my cousin yeo.meiling88@gmail.com says Grandma promised her the jade bangle and the Toa Payoh flat. Do I need to reply?
        The car SLK4821X registered to my late husband Andrew Sim is still on hire purchase with S$23,400 outstanding; who takes over the instalments?
        Dad's flat at 305 Serangoon Ave 2, #05-112 is jointly owned with my stepmum, and my half-brother Daniel says he will sue her if she sells it.
        My younger brother Wesley Ng Jun Hao was arrested in March for drug possession. Can Mum's will cut him out while he is in Changi Prison?
    """),
    "zh-Hans": _lines("""
        我爸陈国栋上个月在广州去世，没留遗嘱，我哥陈志刚一直拿着房产证不给我们看，天河那套房子到底怎么分？
        继承人信息：刘晓燕，身份证号 440106198206153726，手机 139 2841 6675，住址 广州市天河区龙口西路33号5栋1402。
        我妈走之前欠了网贷大概18万，催收天天打我电话 186 0217 3349，说子女必须还，这是真的吗？
        我舅舅周建华有尿毒症一直在透析，外婆的遗嘱把老房子全给了他，我妈和小姨都不服气，打算去法院起诉。
        公证处要的材料清单：被继承人 王淑芬 身份证 320102194811072042，继承人 王磊 身份证 320102197505124311，附死亡证明和亲属关系证明。
        我嫂子李梅正在跟我哥闹离婚，她说我爸留给我哥的那一半房产她也要分走，这个合理吗？
        老爸的工行卡 6222 0212 0304 5567 891 里还有4.6万，银行说要全部继承人到场，我姐在澳洲回不来怎么办？
        我叔叔张德胜去年因为赌博被拘留过，现在说爷爷的宅基地他要一半，还跑来家里威胁我们。
        小区登记表：1栋2单元601 户主 赵建国（已故），联系人 赵敏 137 1628 4490，车位绑定车牌 沪A·5K729。
        我叫孙佳怡，怀孕七个月了，老公吴昊的爸爸刚去世，婆婆说孩子还没出生不算继承人，要不要给胎儿保留份额？
    """),
    "zh-Hant": _lines("""
        先父黃志強2026年9月喺屯門醫院過身，遺囑寫明將良景邨良德樓1812室留畀我細佬，但佢欠咗財務公司四十幾萬。
        申請人：陳美玲，香港身份證 Y635214(4)，電話 9387 2216，住址：九龍觀塘秀茂坪邨寶明樓2207室。
        我媽媽林秀琴（身分證 B224681350）在台中過世，我哥拿了她的印章去郵局把錢領走，大約 120 萬，我們能告他嗎？
        我阿姨患有思覺失調，法院已經宣告她受監護，外公的遺產分割協議她能不能簽？監護人是我表哥許文彬。
        先母梁玉蘭（澳門居民身份證 5213478(2)）遺下氹仔一個住宅單位，我哋三兄弟姊妹對賣定唔賣意見唔一。
        阿強話老豆張永康生前借咗佢30萬，要先喺遺產度還返畀佢，但完全冇借據，我哋點樣證明佢講大話？
        我大嫂蔡淑惠說公公的郵局帳號 0001234-0567890 裡的錢是公公生前答應給她的，要我們其他人簽同意書。
        繼承系統表：被繼承人 吳清水（民國38年生，113年歿），繼承人 長子吳建宏、長女吳美華、次女吳美玲，戶籍 台南市東區崇學路 88 巷 6 號。
        我前夫何家輝兩年前同我離咗婚，佢阿媽過身之後佢話要搬返入黃大仙嗰層樓，我同個仔仲住緊喺度，佢有冇權？
        陳太今日打嚟律師行，話佢個女 Cathy 懷咗孕，想喺遺囑加返個未出世嘅孫做受益人，佢手機 6420 8831，請回電。
    """),
    "ms": _lines("""
        Arwah ayah saya, Haji Rosli bin Abdullah, meninggal 12 Okt 2026 dan tinggalkan pinjaman peribadi Bank Rakyat RM47,000 serta hutang kad kredit RM8,300.
        No. KP arwah mak: 560714-08-5226, nama Salmah binti Yusof, alamat terakhir No. 17, Jalan Cempaka 3, Taman Sri Gombak, 68100 Batu Caves.
        Abang sulung saya Azman tak nak tandatangan Borang A sebab dia nak tanah di Kampung Sungai Buloh tu seorang diri, siap ugut nak saman kami.
        Tolong kira faraid: si mati Ismail bin Harun, waris isteri Norhayati binti Kassim, 2 anak lelaki (Faiz, Hakim), 1 anak perempuan (Aina). Harta RM420,000.
        Adik perempuan saya Nurul tengah mengandung 6 bulan, suaminya baru meninggal kemalangan, dan mertua dia nak ambil semua duit KWSP arwah.
        Akaun Maybank arwah 1140 2233 5678 (simpanan) masih ada RM15,600, bank minta Surat Kuasa Tadbir dulu, betul ke?
        Kereta Myvi arwah suami no. plat WXY 4821 masih dalam pinjaman, baki RM19,800. Saya Rohani, 012-418 7732, boleh ke saya terus guna kereta tu?
        Pak cik saya Kamal bin Othman kena tahan reman minggu lepas sebab kes dadah, boleh ke dia jadi pentadbir harta pusaka atuk?
        Emel saya nurfarah.zulkifli92@yahoo.com, tolong hantar draf surat persetujuan waris sebelum perbicaraan 18 Disember di Pejabat Tanah Klang.
        Mak saya Puan Lim Ah Moi (nama Islam Nur Aisyah Lim) meninggal bulan lepas; keluarga Cina kami bertelagah siapa berhak rumah di Ipoh.
    """),
    "mixed": _lines("""
        My ah ma 去世了, 她的 CPF 没有 nomination, so Public Trustee will distribute? 我是她孙女 Tan Hui Min, NRIC S9127364J, need to apply myself?
        Bro, my dad's ex-wife Auntie Mei claim she still entitled to half of the Jalan Ipoh shophouse, 但他们 dah cerai since 2009, betul ke?
        Arwah bapa saya ada loan Ah Long around RM30k, sekarang they call my phone 016-772 9015 every day, 怎么办? Saya kena bayar ke?
        我的 Maybank joint account 跟我爸 Lee Kok Wah, account 5123 4567 8901, bank freeze 了, can I withdraw my half first?
        Hi, saya Siti Aishah, arwah suami saya Chong Wei Ming (mualaf) — his family in Penang 要他的遗产 ikut Chinese custom, tapi dia dah masuk Islam 2015.
        Nama/Name: Goh Chee Keong | MyKad: 720918-07-5143 | Hubungan: anak lelaki | Tel: 012-559 0482 | Alamat: 22, Lorong Bukit Jambul 3, 11900 Bayan Lepas
        My sis Jolene 有 stage 3 breast cancer, she wants to write her will now before chemo starts, can her husband be the witness or not?
        Lawyer kata grant sudah extract, but my brother Desmond 拿了 original title deed 不还, his number 9785 2210 — should I make police report?
        家里 group chat 吵到爆: 二姐 Karen 说妈咪的 Toyota Vios VHB 3382 她要拿, because she was the one who paid the last 12 instalments.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a helpful assistant that explains Singapore succession law in plain English. You are not a lawyer; suggest seeing one for complex cases.",
        ),
        (
            "user",
            "My dad Lim Kah Seng passed away last month without a will. He owned a 4-room HDB flat at Blk 418 Tampines St 41 #07-233 in his sole name. There's me, my sister Vanessa and my mum. Who gets what?",
        ),
        (
            "assistant",
            "I'm sorry for your loss. Under the Intestate Succession Act, where the deceased leaves a spouse and children, the spouse receives half of the estate and the children share the other half equally. So your mum would get 50%, and you and Vanessa 25% each. Because the flat is in his sole name, someone will need to apply for Letters of Administration before HDB will transfer it.",
        ),
        (
            "user",
            "Vanessa wants to sell and split the cash but mum wants to keep living there. Can Vanessa force a sale?",
        ),
        (
            "assistant",
            "Not by herself. The administrator deals with the flat for all beneficiaries, and HDB eligibility rules also apply. Families often agree that your mum takes over the flat and compensates the children, or that the children renounce their shares in her favour. If you can't agree, mediation at the Family Justice Courts is usually cheaper than litigation.",
        ),
    ],
    [
        (
            "user",
            "我爸去年在杭州去世了，留了一份自己手写的遗嘱，说西湖区文三路那套房给我，但是我弟弟许浩说遗嘱是假的，不肯配合去公证处。",
        ),
        (
            "assistant",
            "很遗憾听到这个消息。按照《民法典》第一千一百三十四条，自书遗嘱需要遗嘱人亲笔书写、签名并注明年月日。如果弟弟不认可遗嘱真实性，公证处一般不会办理继承公证，您可以向法院提起遗嘱继承诉讼，必要时申请笔迹鉴定。",
        ),
        (
            "user",
            "起诉要准备什么？我的身份证是 33010619870315242X，我爸叫许国平，身份证 330106195711230332，房产证上只有他一个人的名字。",
        ),
        (
            "assistant",
            "建议准备：您和父亲的身份证复印件、父亲的死亡证明、户口注销证明、亲属关系证明、遗嘱原件、房产证或不动产权证书，以及能证明遗嘱笔迹的其他手写材料。另外，提醒一下，在网上交流时尽量不要贴出完整身份证号，交材料时再提供即可。",
        ),
    ],
    [
        ("system", "你是一個以粵語回答香港遺產問題的助手，回答要簡潔，並提醒用戶必要時諮詢律師。"),
        (
            "user",
            "我阿爸上個月喺伊利沙伯醫院過身，冇平安紙。佢名下有一層樓喺何文田，仲有滙豐戶口大概80萬。我細佬陳家豪欠咗大耳窿成十萬，佢話分到錢就即刻還。",
        ),
        (
            "assistant",
            "節哀。無遺囑嘅情況下，要向高等法院遺產承辦處申請遺產管理書。根據《無遺囑者遺產條例》，如果你阿媽仲在生，佢會先攞某個固定金額同埋部分餘額，其餘由子女平分。你細佬欠債係佢個人嘅事，債主唔可以直接向遺產追討。",
        ),
        (
            "user",
            "我阿媽已經過咗身。我想做遺產管理人，我叫陳嘉欣，身份證 D719305(0)，佢會唔會反對？",
        ),
        (
            "assistant",
            "如果父母都已過身，子女係同一順位，你同細佬都有資格申請。佢可以入 caveat 阻止，但通常協商好由一人或兩人共同擔任會快啲。遺產分好之後佢點樣還債係佢自己決定，不過要小心唔好用遺產戶口代佢還錢，以免其他受益人有爭議。",
        ),
    ],
    [
        (
            "user",
            "Assalamualaikum. Ayah saya Mohd Yusri bin Ahmad meninggal minggu lepas. Waris: emak (Zaleha binti Omar), saya (anak lelaki) dan dua adik perempuan. Harta rumah teres di Kajang bernilai RM480,000. Macam mana faraid?",
        ),
        (
            "assistant",
            "Waalaikumussalam, takziah atas pemergian arwah. Isteri mendapat 1/8 kerana ada anak: RM60,000. Baki RM420,000 dibahagi kepada anak secara asabah dengan nisbah 2:1. Anak lelaki mendapat 2 bahagian, setiap anak perempuan 1 bahagian, jadi 4 bahagian semuanya: anda RM210,000, setiap adik perempuan RM105,000.",
        ),
        (
            "user",
            "Tapi arwah ada hutang ASB financing RM35,000 dengan Maybank. Kena tolak dulu ke?",
        ),
        (
            "assistant",
            "Ya, hutang si mati mesti dijelaskan dahulu daripada harta pusaka sebelum faraid dibahagikan. Jika pembiayaan ASB itu dilindungi takaful, semak dengan bank sama ada baki sudah dijelaskan oleh takaful. Selepas itu, baru kiraan faraid dibuat atas baki bersih.",
        ),
    ],
    [
        (
            "system",
            "Assistant for a Singapore family services centre. Answer in the same mix of languages the user uses.",
        ),
        (
            "user",
            "Hi ah, my mother Mdm Koh Geok Lian passed away on 2 Nov. 她的 CPF nomination 是给我大哥 Kelvin 一个人, but got 3 of us siblings leh. Fair or not?",
        ),
        (
            "assistant",
            "Sorry for your loss. CPF savings 不算在遗嘱或 estate 里面, they go directly to the nominee(s) according to the nomination. So if your mother nominated only your brother Kelvin, CPF Board will pay the CPF money to him. 其他 assets like bank accounts 和房子 still follow her will or intestacy law.",
        ),
        (
            "user",
            "Ok but Kelvin also want the HDB flat at Ang Mo Kio, he say he stayed with mum and took care of her 10 years. My number 9456 1120 if need call back.",
        ),
        (
            "assistant",
            "明白。If the flat was in mum's sole name, 要先看有没有遗嘱。No will 的话, the flat is shared equally among the children. Kelvin can ask the others to agree to give him a bigger share, but he cannot take it alone. I suggest you book a free legal clinic session; I won't call you directly, but you can call the centre hotline to arrange it.",
        ),
    ],
    [
        (
            "user",
            "我爸爸上個月在高雄過世，他生前開計程車欠了車行和地下錢莊大概三百多萬，我和我妹都不想背債，要怎麼辦？",
        ),
        (
            "assistant",
            "依照台灣民法，繼承人原則上只以所得遺產為限負清償責任（限定責任），所以不會用你們自己的財產去還。不過如果遺產幾乎沒有價值、又怕債主一直騷擾，可以考慮在知悉得繼承時起三個月內向法院聲明拋棄繼承。",
        ),
        (
            "user",
            "我叫蘇怡君，身分證 E223145670；我妹蘇怡萱還在讀高中，她也要自己去法院嗎？我們戶籍在高雄市三民區建國二路 210 巷 9 號 4 樓。",
        ),
        (
            "assistant",
            "未成年人拋棄繼承要由法定代理人代為聲明，如果你媽媽還在，可以由她代理。要注意：你們兩個都拋棄後，繼承權會往下一順位移轉（例如祖父母、伯叔姑），最好一併通知他們，以免債務轉到他們身上。",
        ),
    ],
    [
        (
            "system",
            "You are an assistant helping Malaysians understand estate administration. Remind users that the Distribution Act 1958 applies to non-Muslims.",
        ),
        (
            "user",
            "My father Ravi Chandran a/l Subramaniam died in Klang in October, no will. MyKad 581103-10-6217. He left a terrace house in Taman Sentosa and an EPF balance of about RM210k. My mum, me and my two brothers survive him.",
        ),
        (
            "assistant",
            "I'm sorry for your loss. Under the Distribution Act 1958 (as amended), where there is a spouse and children but no surviving parents, the spouse takes one-third and the children share two-thirds equally. If your grandparents are still alive the split changes. EPF savings go to the nominee if one was made; otherwise EPF pays out following the Distribution Act.",
        ),
        (
            "user",
            "My brother Suresh says because he's the eldest he gets the house automatically. Is that true?",
        ),
        (
            "assistant",
            "No, being the eldest son gives no automatic right under the Distribution Act. All the beneficiaries share according to the fixed fractions. Since the estate contains land and is below RM5 million, you can apply to the Small Estates unit at the land office; the family can also sign a written agreement if your mum and brothers agree to a different arrangement.",
        ),
    ],
    [
        (
            "system",
            "Intake assistant for Chong & Rahman Advocates. Current client file: Name: Chong Mei Fong; NRIC S6809125Z; Mobile: +65 9821 4403; Email: meifong.chong77@hotmail.com; Matter: Letters of Administration for late father Chong Ah Kow (DOD 2026-10-21). Keep answers short.",
        ),
        (
            "user",
            "Hello, I want to know the status of my application and what documents are still missing.",
        ),
        (
            "assistant",
            "Hi Ms Chong. Your file shows we have received the death certificate and your father's bank statements. Still outstanding: the renunciation forms from your two brothers and a title search for the Clementi flat. Once we have those, we can file the application through iFAMS.",
        ),
        (
            "user",
            "My second brother is in a rehab centre in JB for alcohol problems, can he still sign?",
        ),
        (
            "assistant",
            "Yes, he can sign as long as he understands what he is signing. The renunciation will need to be witnessed by a lawyer or a notary public in Malaysia. Let us know the centre's address and we can arrange it with an advocate in Johor Bahru.",
        ),
    ],
    [
        (
            "user",
            "我妈去年底走了，走前用花呗、借呗、还有好几个网贷平台，加起来欠了快 30 万，现在催收天天打电话给我。",
        ),
        (
            "assistant",
            "节哀顺变。按照《民法典》第一千一百六十一条，继承人只在继承遗产的实际价值范围内清偿被继承人的债务。如果您放弃继承，对这些债务可以不承担清偿责任。催收方无权要求您用自己的钱偿还。",
        ),
        (
            "user",
            "可是她名下还有一套老破小在武汉江汉区，值 80 万左右。我叫吴晓婷，手机 158 7142 6093，催收说如果不还就上门到我单位闹。",
        ),
        (
            "assistant",
            "既然房子价值高于债务，比较常见的做法是接受继承，用遗产偿还债务后剩下的部分再分。催收如果骚扰您的单位或威胁您，可以保留通话录音并向当地公安或银保监投诉。另外建议不要把手机号码公开发到网上。",
        ),
        ("user", "那我哥吴晓峰说他不要房子也不还钱，可以吗？"),
        (
            "assistant",
            "可以。他可以在遗产处理前书面声明放弃继承，放弃后不分房子，也不承担债务。需要注意的是放弃声明最好做公证或在诉讼中向法院提交，以免日后产生争议。",
        ),
    ],
    [
        (
            "user",
            "Saya nak tanya pasal hibah. Arwah mak saya, Hajah Fatimah binti Said, pernah buat hibah amanah di Amanah Raya untuk rumah di Seremban kepada adik bongsu saya, Hafiz. Adik-beradik lain boleh bantah tak?",
        ),
        (
            "assistant",
            "Hibah yang sah dan lengkap semasa hayat pemberi tidak termasuk dalam harta pusaka, jadi ia tidak dibahagikan secara faraid. Waris lain boleh mencabar kesahihan hibah di Mahkamah Syariah, contohnya jika ada unsur paksaan atau arwah tidak berkemampuan membuat keputusan ketika itu.",
        ),
        (
            "user",
            "Masalahnya masa buat hibah tu mak dah ada dementia peringkat awal. Doktor di Hospital Tuanku Ja'afar ada rekod. Saya Farid, emel farid.hassan.ns@gmail.com kalau ada template surat.",
        ),
        (
            "assistant",
            "Rekod perubatan itu boleh menjadi bukti penting tentang keupayaan mental arwah pada tarikh hibah dibuat. Anda boleh memohon laporan perubatan rasmi daripada hospital sebagai waris. Saya tidak boleh menghantar e-mel, tetapi boleh bantu menyediakan draf surat permohonan laporan perubatan di sini jika anda mahu.",
        ),
    ],
    [
        ("system", "你是協助澳門居民了解繼承法的助手，用繁體中文回答。"),
        (
            "user",
            "我爸爸何志明喺澳門過身，有份喺私人公證員度立嘅遺囑，將黑沙環嗰個單位留畀我哥何家俊。我同我妹係咪完全冇份？",
        ),
        (
            "assistant",
            "根據澳門《民法典》，直系卑親屬屬於特留份繼承人。即使有遺囑，立遺囑人亦只可以自由處分可處分部分，其餘屬特留份，須保留予配偶及子女等特留份繼承人。如果遺囑侵害咗你哋嘅特留份，你哋可以要求扣減遺囑處分。",
        ),
        ("user", "明白。我個澳門身份證係 1428563(7)，電話 6682 3179，我應該去邊度查遺囑正本？"),
        (
            "assistant",
            "可以向身份證明局或相關公證機關查詢遺囑登記，並以繼承人身份申請證明書。建議帶同你爸爸嘅死亡登記、你嘅身份證明文件同出生登記去辦理。唔使喺網上提供完整身份證號碼同電話。",
        ),
    ],
    [
        (
            "user",
            "My grandfather changed his will in 2024, six months before he died, leaving his Kowloon Tong house to my cousin Brandon Yip instead of being split between my father and my aunt.",
        ),
        (
            "assistant",
            "That must be upsetting for your family. In Hong Kong, a will can be challenged on grounds such as lack of testamentary capacity, undue influence, or lack of knowledge and approval. The family can also consider a claim under the Inheritance (Provision for Family and Dependants) Ordinance if a dependant was not reasonably provided for.",
        ),
        (
            "user",
            "Grandpa Yip Chun Keung had Alzheimer's diagnosed in 2022 at Queen Elizabeth Hospital, and Brandon was the one driving him to the solicitor. My dad Yip Wing Hong is furious.",
        ),
        (
            "assistant",
            "A documented Alzheimer's diagnosis before the will was signed is relevant to capacity, and the fact that the beneficiary arranged the appointment may raise suspicion of undue influence. Your father should ask a solicitor to request the will file from the drafting solicitor and obtain the medical records. Acting quickly matters, for example by lodging a caveat before a grant is issued.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI yang membantu keluarga di Malaysia. Jawab dalam bahasa yang digunakan pengguna.",
        ),
        (
            "user",
            "我爸爸 Tan Ah Chai 去年在 Penang 过世, 留了 will, rumah di Jalan Masjid Negeri dibagi sama rata untuk 4 anak. Tapi my third brother Tan Boon Siew 一直住在里面不肯搬, also refuse to pay quit rent and cukai taksiran.",
        ),
        (
            "assistant",
            "Sorry to hear. Since there is a will, the executor named in it should apply for the Grant of Probate at the High Court. Once the grant is out, the executor can ask your brother to either buy out the others' shares at market value, pay rent, or agree to sell. Outstanding quit rent and assessment can be paid from the estate and deducted from his share.",
        ),
        (
            "user",
            "Executor 是我, Tan Siew Lan, IC 690427-07-5588. He also keep papa's car PEB 6627 and use it for Grab, 怎么办?",
        ),
        (
            "assistant",
            "As executor, the car is part of the estate and you are entitled to take control of it after the grant. Write to him formally asking for the car and keys, and tell the insurer that the owner has died, because using it for e-hailing may void the cover. If he refuses, your lawyer can apply to court for directions.",
        ),
    ],
    [
        (
            "user",
            "Can you draft a short letter to my bank telling them my father died and asking them to freeze his accounts? I'm the executor.",
        ),
        (
            "assistant",
            "Sure. Please give me your father's name, the bank, the account numbers if you know them, your name and your contact address.",
        ),
        (
            "user",
            "Dad: Seah Kok Leong, OCBC savings 501-238471-001. Me: Seah Pei Wen, 14 Jalan Kembangan, Singapore 419107, phone 8123 7796.",
        ),
        (
            "assistant",
            "Here is a draft. To: OCBC Bank, Deceased Accounts Unit. Re: The late Seah Kok Leong, savings account 501-238471-001. I write to inform you that my father, Mr Seah Kok Leong, passed away on [date]. As executor named in his will, I request that all accounts in his sole name be frozen pending the Grant of Probate. I enclose a certified copy of the death certificate. Yours faithfully, Seah Pei Wen, 14 Jalan Kembangan, Singapore 419107 | 8123 7796",
        ),
        (
            "user",
            "Thanks. Should I mention his outstanding Citibank card debt of about S$9,000 too?",
        ),
        (
            "assistant",
            "Not in the letter to OCBC. Write a separate notice to Citibank informing them of the death and asking for a statement of the balance as at the date of death. The debt will be paid from the estate before distribution; you should not pay it from your own money.",
        ),
    ],
]
