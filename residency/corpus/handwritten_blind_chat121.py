# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat121: chats with an assistant about one's own blood donation, organ donation pledge and health screening results. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat121
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "assistant_answers_on_donor_rules"): _lines("""
        In Singapore you can usually donate whole blood if you are 16 to 60 years old and weigh at least 45 kg; 16- and 17-year-olds need a signed parental consent form. Check the HSA website before you go, as the criteria do get updated.
        A finger-prick haemoglobin test is done before every donation, and the usual cut-off is 12.5 g/dL for women and 13.0 g/dL for men. Being turned away for low haemoglobin is a temporary deferral, not a ban.
        After a new tattoo or piercing, most blood services ask you to wait about 4 months, to cover the window period for infections such as hepatitis B and C.
        Whole blood donations are generally spaced at least 12 weeks apart, while apheresis platelet donors can often come back after 2 to 4 weeks.
        Under HOTA, Singapore citizens and PRs aged 21 and above are included as kidney, liver, heart and cornea donors unless they opt out; the MTERA pledge is a separate, voluntary register.
        An LDL cholesterol of 4.1 mmol/L is above the optimal range for most adults, but a doctor will read it together with blood pressure, smoking status and diabetes risk before suggesting medication.
        An HbA1c between 5.7% and 6.4% is usually labelled prediabetes, and 6.5% or higher on two separate tests is consistent with diabetes.
        Donating blood does not change your blood type, and O negative units are often kept for emergencies because they can be given to most patients.
        Travel to a malaria-risk area can defer you for a while, so tell the nurse the country and dates and they will check them against the current list.
        If you had a cold or flu, wait until you have been well for at least a week and have finished any antibiotics before booking a slot.
        James Harrison, the Australian donor known as the man with the golden arm, gave plasma more than 1,100 times and his antibodies were used to make anti-D injections for pregnant women.
        A reactive result on a donor screening test is not a diagnosis; the blood service will normally invite the donor back for confirmatory testing and counselling.
        Eat a proper meal and drink about 500 ml of water before donating, and avoid heavy exercise or lifting for the rest of the day.
    """),
    ("zh-Hans", "体检报告指标提问"): _lines("""
        体检报告里如果出现“谷丙转氨酶 ALT 58 U/L↑”，一般意味着什么？参考范围是不是 9–50？
        美年大健康和爱康国宾的入职体检套餐一般包括哪些项目？价格大概在什么区间？
        尿酸 480 μmol/L 算高尿酸血症吗？男性和女性的判断标准是不是不一样？
        甲状腺彩超写“TI-RADS 3类”的话，一般建议多久复查一次？
        请解释一下血常规里 RBC、HGB、HCT、MCV 这几个缩写分别代表什么。
        碳13呼气试验的 DOB 值达到多少才算幽门螺杆菌阳性？不同医院标准一样吗？
        体检前要空腹多久？前一天晚上可以喝水吗？高血压患者抽血前能不能照常吃降压药？
        为什么“癌胚抗原 CEA”轻度升高不一定代表癌症？吸烟会让它偏高吗？
        肺部CT提示“右肺上叶磨玻璃结节 5mm”的情况，指南上一般怎么安排随访？
        单位组织的体检，用人单位能不能直接看到每个员工的详细结果？有没有相关规定？
        体检中心的电子报告一般用订单号查询，比如 TJ20261107-0832 这种格式，还需要短信验证码吗？
        总胆固醇、甘油三酯、高密度和低密度脂蛋白这四项里，哪一项对心血管风险的参考价值最大？
        报告上的“↑”“↓”和“*”分别表示什么？有的机构用 H/L 标记，意思一样吗？
    """),
    ("zh-Hant", "捐血器官捐贈公告與資訊"): _lines("""
        香港紅十字會輸血服務中心提醒：捐血前四小時內請進食正餐，切勿空肚捐血。
        根據衞生署資料，登記「中央器官捐贈登記名冊」可經網上或郵寄遞交，登記人亦可隨時更改或撤回意願。
        台灣血液基金會說明：年滿17歲、體重45公斤以上一般可捐全血250毫升，捐500毫升則有較高的體重要求。
        健保卡可加註器官捐贈意願，加註後卡面不會印出，但醫療院所讀卡時可以查到。
        國民健康署提供40歲以上未滿65歲民眾每3年一次、65歲以上每年一次的成人預防保健服務。
        本捐血站營業時間：週一至週五 09:00–19:00，週六日 10:00–17:00；如遇颱風警報將另行公告。
        旺角捐血站本週六舉行「捐血送電影換票證」活動，數量有限，送完即止。
        澳門捐血中心提示：曾於1980至1996年間在英國累計居住滿3個月者，依現行規定暫不接受捐血。
        器官捐贈卡只是表達個人意願，實際捐贈時醫院仍會徵詢家屬，建議平日先與家人溝通。
        捐血後如感到頭暈，請立即坐下或平躺並通知護士；手臂瘀青一般一至兩週會自行消退。
        仁心健康檢查中心查詢熱線 2388 6120，傳真 2388 6121，電郵 enquiry@yanxin-checkup.com.hk，地址：九龍彌敦道 688 號旺角中心一期 15 樓。
        成人健康檢查套餐A（HK$1,880）包括血脂、血糖、肝腎功能、尿常規及心電圖，報告約5個工作天發出。
        1901年奧地利醫生卡爾・蘭德施泰納發現ABO血型系統，並於1930年獲諾貝爾生理學或醫學獎；6月14日世界捐血日即以他的生日而定。
    """),
    ("ms", "soalan_umum_derma_darah_dan_ikrar"): _lines("""
        Berapa lama kena tunggu untuk derma darah lagi selepas derma darah penuh? Ada beza untuk lelaki dan perempuan ke?
        Pusat Darah Negara di Jalan Tun Razak buka hari Sabtu tak? Ramai kata nak derma platelet kena buat temujanji dulu.
        Ikrar derma organ boleh buat melalui aplikasi MySejahtera, kan? Lepas ikrar, ada kad penderma fizikal ke?
        Kalau bulan Ramadan, boleh ke derma darah selepas berbuka puasa? Ada kempen malam tak?
        Apa pandangan Islam tentang derma organ? Betul ke Majlis Fatwa Kebangsaan dah putuskan ia harus sejak tahun 1970?
        Saringan kesihatan percuma di bawah skim PeKa B40 meliputi ujian apa saja, dan siapa yang layak?
        Kalau laporan ujian darah tulis eGFR 78 mL/min/1.73m², maksudnya fungsi buah pinggang masih okay ke?
        Klinik Kesihatan ada buat ujian kolesterol dan gula percuma untuk orang umur 40 tahun ke atas tak?
        Kempen Derma Darah di Masjid Al-Hidayah, Taman Sri Muda pada 14 Disember, 9 pagi hingga 1 petang; sila bawa MyKad dan sarapan dulu.
        Kenapa penderma kena isi borang soal selidik setiap kali datang walaupun dah selalu derma?
        BP Healthcare ada pakej saringan kesihatan bawah RM200 tak? Termasuk ujian fungsi hati dan buah pinggang?
        Tolong terangkan beza derma darah penuh dan derma afaresis dalam bahasa yang mudah.
        Borang ikrar perlu diisi dengan nama penuh, No. MyKad (contoh: XXXXXX-XX-XXXX) dan nombor telefon waris untuk dihubungi.
    """),
    ("en", "pasted_confirmations_logs_and_code"): _lines("""
        Your appointment at Bloodbank@Dhoby Ghaut is confirmed for 14 Jan 2027, 10:30 AM. Booking ref: BDB-27-0114-3381. Reply CANCEL to cancel.
        2026-11-28T09:14:52+08:00 INFO donor-portal slot_sync completed: 312 slots updated, 0 errors (build 4.18.2-rc1)
        Order #SCR-884120 | Essential Health Screening (Female) | Qty 1 | S$168.00 | Status: Report ready
        {"event":"pledge_submitted","template":"{{donor_name}} / {{nric_masked}}","count":1542,"date":"2026-10-01"}
        Dear <NAME>, thank you for donating at Bloodbank@Westgate on <DATE>. Your next eligible date is <NEXT_DATE>.
        Tracking no. SPX-MY-7730192841: your home lipid test kit has been dispatched from the Shah Alam warehouse.
        Report template v2.3: HbA1c {{value}}% (ref 4.0–5.6), fasting glucose {{fpg}} mmol/L (ref 3.9–6.0), flag H if above range.
        SELECT donor_id, COUNT(*) AS donations FROM donations WHERE donated_at >= '2026-01-01' GROUP BY donor_id HAVING COUNT(*) >= 4;
        Test account for the pledge form: name 'Test User', phone +65 0000 0000, email test@example.com; do not use in production.
        Invoice INV-2026-11-0457 | Harbourfront Wellness Clinic Pte Ltd, UEN 201912345K | Corporate screening x 30 | S$4,950.00 | Pay to DBS current account 072-908812-3.
        Your NRIC is shown as S****123A on the receipt for your protection; please present your physical IC at the counter to collect the printed report.
        Release notes v5.2.0: new donor badges (Bronze at 10 donations, Silver at 25, Gold at 50); fixed a timezone bug in slot booking.
        SHA-256 of consent_form_template_2027.pdf: 9b74c9897bac770ffc029102a200c5de0c6a4b8e93f6c2a4e1d3f7c8b2a9e0d1
    """),
    ("mixed", "code_mixed_user_questions"): _lines("""
        Eh can donate blood one day after getting the flu jab or not ah? HSA website say what ah?
        Wah the Bloodbank@Woodlands queue very long leh, weekday morning got less people anot?
        请问 Healthier SG 的 health screening 是不是 free 的？要先 enrol 哪一间 GP clinic？
        Boleh ke derma darah kalau semalam makan panadol? Sakit kepala biasa je.
        如果 opt out HOTA，是不是 kidney、liver、heart、cornea 全部都不捐了？可以只 keep cornea 吗？
        Screening package kat Pantai Hospital tu include tumour markers tak? CEA, AFP semua.
        捐血之后 can drink kopi or not? 还是要等几个钟头？
        The MySejahtera pledge page keep loading only, anyone else got this issue? Dah try clear cache.
        公司的 annual health check 通常是 Fullerton Health 做的，report 一般几天出来？
        Platelet donation need to sit there how long ah? 听说要一个多小时 leh.
        Doctor say borderline high for cholesterol means must makan ubat already or can try diet first?
        有冇人知道 Red Cross 捐血車下個禮拜喺邊度？想趁 lunch time 去捐。
        Kalau PDN detect something dalam darah, dorang hantar SMS ke atau kena call sendiri?
    """),
    ("en", "clinic_listings_and_invoices"): _lines("""
        Tan & Partners Family Clinic: Basic Health Screening S$88 (lipids, glucose, kidney, urine FEME). Walk-in Mon–Sat, call 6555 0123 or email enquiries@tanpartnersclinic.sg.
        Dr Lim's Medical Centre (Bukit Batok): Executive Screening S$420 incl. ECG, chest X-ray and abdominal ultrasound. Company Reg. No. 201734567D.
        Premier Wellness KL: Pakej Emas RM599, 72 parameters, hotline 03-2333 8800, business WhatsApp 011-1222 3300.
        Invoice No. HS-2026-1187 | Bill to: Acme Logistics Pte Ltd | 45 x Staff Screening Package B @ S$135 = S$6,075.00 | Pay to OCBC 501-234567-001.
        Listing: Home HbA1c test kit, SKU HK-A1C-10, 10 tests per box, RM189.00, ships within 2 working days.
        Siew Clinic & Surgery, Blk 123 Ang Mo Kio Ave 6 #01-4012, Singapore 560123; closed on public holidays, last registration 8:30 PM.
        Mount Vista Medical Centre screening counter, Level 2, Tel 6235 8800, Fax 6235 8801, screening@mountvista.com.sg.
        Corporate package: minimum 20 pax, on-site blood draw at your office, results on a secure portal within 5 working days.
        Promo code SCREEN25 gives 25% off the Women's Wellness Package until 31 Dec 2026; not valid with other offers.
        Receipt: RM350.00 received via FPX, ref FPX2611280093412, for Pakej Saringan Asas, Klinik Wong & Anak Sdn Bhd (201501012345).
        Price list from 1 Jan 2027: Vitamin D S$60, Thyroid panel S$75, Hepatitis B surface antigen S$35, HIV Ag/Ab S$45.
        Uncle Lee's Herbal Tea Shop offers a free blood pressure check every Sunday morning, no appointment needed, 35 Jalan Besar.
        Corporate statement for Bright Harbour Engineering Sdn Bhd: 62 employees screened, 9 referred for follow-up, invoice total RM24,180.00.
    """),
    ("zh-Hans", "献血器官捐献科普与政策"): _lines("""
        《中华人民共和国献血法》自1998年10月1日起施行，提倡十八周岁至五十五周岁的健康公民自愿献血。
        按照国家标准，两次全血献血间隔不少于6个月，单采血小板的间隔不少于2周。
        在支付宝上可以通过中国人体器官捐献管理中心的入口进行器官捐献志愿登记，之后还能查询或撤销。
        某市血液中心通报：今年1至10月全市共有12.6万人次参加无偿献血，采血量达21.3万单位。
        各地政策不同，部分城市规定献血者本人累计献血达到一定量后可终身免费用血，具体请以当地血站说明为准。
        献血车今日停靠：深圳市福田区华强北步行街，09:00–17:30，献血可获纪念品一份。
        体检报告属于个人健康信息，体检机构未经本人同意不得向第三方提供，用人单位一般只能获取与岗位相关的结论。
        一位阿姨在献血前检测时发现血红蛋白偏低，工作人员建议她先去医院排查是否缺铁。
        献血证编号格式示例：440000-2026-XXXXXX，请勿在网上公开真实证号和二维码。
        康泰体检中心（南山店）预约电话 0755-8666 1234，地址：深圳市南山区高新南七道18号3楼，周一休息。
        2010年中国启动公民逝世后器官捐献试点，2015年起公民自愿捐献成为器官移植的唯一合法来源。
        小程序配置：{"appid":"wx1234567890abcdef","page":"pages/booking/index","maxSlotsPerDay":200}
        患者A，男，52岁，体检发现空腹血糖7.8 mmol/L，复查后确诊2型糖尿病；本案例仅用于教学，已匿名化处理。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, my NRIC is S8734152F and I donated at Bloodbank@Dhoby Ghaut on 3 Nov; can you help me write to HSA asking why my donation was flagged?
        My Parkway screening last week: total cholesterol 6.8, LDL 4.9, HbA1c 6.7%, and the doctor says I'm diabetic. I'm Marcus Lee, 44, what should I ask at my follow-up?
        Please draft a note to my manager Jolene Tay saying I need Friday off because my hepatitis B test from the blood drive came back reactive and I have a confirmatory test at SGH.
        2026-11-14,Bloodbank@Westgate,Ng Wei Jie,T0258316F,9183 4472,O+,450ml,deferred_low_hb
        My mum Chua Bee Lian (born 12/03/1958) wants to withdraw her MTERA pledge; her address is Blk 418 Tampines St 41 #07-233, Singapore 520418. Can you fill in the form for her?
        My brother Daniel Wong was told at the blood bank he can't donate any more because he is HIV positive; how do I support him without telling the rest of the family?
        Can you check my pledge card details: Priya d/o Ramasamy, FIN G5831724T, mobile 8271 0395, next of kin husband Suresh.
        My colleague Farhan Ismail fainted during his platelet donation yesterday and is on MC for 3 days for vasovagal syncope; should HR record it?
        {"donor":"Lim Shu Fen","dob":"1991-06-22","blood_group":"AB-","phone":"+65 9736 2180","last_donation":"2026-09-30"}
        Rachel Goh here, I'm 14 weeks pregnant and my antenatal bloods showed Hb 9.8, so the blood bank turned me away on Saturday. Can you suggest iron-rich hawker food?
        Email my results to my personal address kelvin.ong88@gmail.com please: ALT 112, AST 87, grade 2 fatty liver on ultrasound.
        My father Hassan bin Osman, 71, of 27 Jalan Kembangan, Singapore 419133, is in ICU after a stroke and the transplant coordinator asked about his pledge; what does that mean for us?
        The refund for my cancelled screening should go to my POSB savings 188-52731-6 under Tan Kok Meng; can you word the request to the clinic?
        My tuition student's mum, Mrs Serene Kwek from Sengkang, told me her son Ethan in Class 5B has thalassaemia minor and can never donate blood; is that true?
    """),
    "zh-Hans": _lines("""
        我叫王海涛，身份证号440304198607124537，上周在深圳市血液中心献血后收到短信说乙肝表面抗原阳性，我该怎么办？
        帮我把体检结果整理成表格：姓名 刘思琪，电话 139 2847 6610，甲状腺结节 TI-RADS 4a，医生建议穿刺。
        我婆婆陈秀兰今年67岁，住上海市长宁区天山路600弄3号602室，体检查出肺部有2.1cm的结节，医生怀疑是肺癌，要不要先瞒着她？
        2026-11-30 10:22:17 donor_id=D0932281 name=赵磊 idcard=110108197811056037 mobile=18611297354 result=ALT异常 status=淘汰
        我同事孙悦上个月刚查出怀孕，入职体检时还拍了胸片，她很担心会影响胎儿，我该怎么劝她？
        我老公张志强（身份证510107199002143875）累计献血1200毫升，现在我住院要用血，可以报销吗？需要带什么材料？
        微信号 lily_chen0915 是我表妹陈莉的，她想登记器官捐献但家里反对，你能帮我写一段话劝劝她爸妈吗？
        楼下3单元201的李建国大爷去年做了肾移植，现在每天吃抗排异药，他还问我能不能去献血，怎么跟他解释？
        体检报告摘录：受检者 周敏，女，身份证310105199203272841，报告编号 MN2026110803，HPV16阳性，宫颈TCT ASC-US。
        我的工商银行卡 6222 0212 3456 7890 123（户名黄建国）被体检中心重复扣了599元，帮我写一封投诉信。
        我爸何振华上周体检PSA是12.3，他的手机是13770512268，你帮我写条短信提醒他这周去泌尿科复查。
    """),
    "zh-Hant": _lines("""
        我係陳嘉欣，HKID K482913(1)，上個月喺旺角捐血站捐完血之後收到信話我嘅血有梅毒反應，係咪一定有病？
        幫我覆核器官捐贈登記資料：姓名 黃志明，身份證 Y305728(1)，電話 6123 4589，地址 九龍紅磡黃埔花園第5期12座18樓C室。
        我阿媽李玉珍身體檢查發現有乳癌，佢唔想我話俾屋企人知，但佢之前登記咗器官捐贈，仲可唔可以捐？
        我的身分證字號是 A124839577，想在健保卡加註器官捐贈意願，請問線上填寫需要準備哪些資料？
        表哥林建宏在台中上班，今年健檢發現B肝帶原又有脂肪肝，他的LINE ID是 jianhong_0712，可以幫我寫一段提醒他的話嗎？
        捐血紀錄：2026/10/05｜台北捐血中心｜吳佳蓉｜F227160343｜O型｜500ml｜血紅素11.9 未達標準
        我老公張偉倫嘅身體檢查報告話佢膽固醇7.2、血壓160/100，佢喺觀塘揸的士又成日飲酒，點樣勸佢去睇醫生？
        我係梁家豪，澳門身份證 5203841(3)，手機 6688 1234，想登記做骨髓捐贈者，應該去邊度辦？
        我女兒王詩涵今年15歲，讀中三，學校體檢發現脊柱側彎同埋貧血，老師叫我帶佢去覆診，要準備啲咩？
        請把報告寄到 ivy.tsang.hk@yahoo.com.hk，我係曾綺雯，健康檢查嘅甲狀腺 TSH 8.9 偏高，想問下點解。
    """),
    "ms": _lines("""
        Nama saya Nurul Aina binti Rahman, IC 880415-10-5672, saya nak batalkan ikrar derma organ sebab suami tak setuju. Macam mana caranya?
        Tolong semak borang ni: Nama: Muhammad Hafiz bin Zulkifli, No. KP: 920803-07-5129, Tel: 012-457 8830, Kumpulan darah: B+, Alamat: No. 15, Jalan Mawar 3, Taman Bukit Jambul, 11900 Bayan Lepas, Pulau Pinang.
        Abang saya Azlan Shah bin Yusof baru dapat tahu dia ada hepatitis C lepas derma darah di PDN, dia bawa Grab di Cheras; patut ke dia beritahu isteri dia dulu?
        Keputusan saringan mak saya, Puan Siti Hajar binti Abdullah, 62 tahun: gula darah puasa 9.4, tekanan darah 165/98, doktor Klinik Kesihatan Kajang kata diabetes. Apa pantang makan?
        Saya Rajesh a/l Muthu, telefon 017-328 9014, nak tukar temujanji derma platelet ke hujung minggu; tolong tuliskan mesej kepada PDN.
        2026-11-02 14:05 | penderma=Lee Mei Ling | KP=750129-14-6248 | Hb=11.2 | status=DITANGGUHKAN
        Jiran sebelah rumah saya di Taman Melawati, Kak Rosnah, baru keguguran minggu lepas dan sekarang anemia teruk; boleh ke saya derma darah terus untuk dia?
        Tolong hantar salinan sijil penderma ke emel saya faizal.karim91@gmail.com, saya Faizal bin Abdul Karim, ini derma kali ke-25.
        Akaun Maybank saya 1640 2233 8871 atas nama Wan Nor Izzati; klinik patut pulangkan RM250 untuk saringan yang dibatalkan. Tolong karang emel.
        Anak saudara saya Adam Danish, 7 tahun, murid Tahun 1 di SK Seksyen 7 Shah Alam, disahkan thalassemia major dan perlu transfusi setiap bulan; macam mana nak cari penderma tetap?
    """),
    "mixed": _lines("""
        Bro my IC 010611-01-0937, nak check my organ pledge dah masuk system ke belum, MySejahtera tak show apa-apa pun.
        我的 NRIC 是 S7619043G，昨天 HSA call 我说 my blood sample got issue，叫我 go back for retest，会不会是 HIV？
        My aunt Madam Koh Ah Moi, 70 already, stay alone at Blk 56 Toa Payoh Lor 5 #11-02; screening found her kidney function very low and she need dialysis soon, can help me find subsidies?
        我 colleague Jason Teo 的 WhatsApp 9027 6613，他是 Rh-negative 的 rare blood type，hospital 要他 urgently go donate，帮我 draft 一个 message。
        My helper Nguyen Thi Hoa, FIN F2947106K, her work permit medical screening detected TB; MOM will cancel her permit ah?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant."),
        ("user", "How long after recovering from dengue can someone donate blood in Singapore?"),
        (
            "assistant",
            "Blood services usually ask donors to wait several months after full recovery from dengue. HSA publishes the exact deferral period on its eligibility page, and the nurse will confirm it at the pre-donation interview.",
        ),
        (
            "user",
            "OK, for context: I'm Alvin Chew, NRIC T1372508F, I was warded at CGH for dengue from 2 to 9 October. Can you write a short email to HSA asking when I can book again?",
        ),
        (
            "assistant",
            "Sure. Subject: Donation eligibility after dengue. Dear HSA Blood Services, I am Alvin Chew (NRIC T1372508F). I was admitted to Changi General Hospital for dengue from 2 to 9 October 2026 and have since recovered. Could you advise the earliest date I may book a whole blood donation? Thank you.",
        ),
    ],
    [
        ("system", "你是一个健康科普助手，回答时提醒用户以医生意见为准。"),
        ("user", "体检报告里的乳腺超声 BI-RADS 分级是什么意思？"),
        (
            "assistant",
            "BI-RADS 是乳腺影像报告的分级系统：1-2类一般为阴性或良性，3类可能良性建议短期随访，4类有一定恶性可能，通常建议活检，5类高度怀疑恶性。",
        ),
        (
            "user",
            "这是我的报告，帮我看看：姓名 郭晓燕，女，37岁，身份证310115198909186249，手机15821937460，左乳外上象限低回声结节 1.4cm，BI-RADS 4a类。",
        ),
        (
            "assistant",
            "4a类表示低度可疑，恶性可能性较低但需要进一步检查。建议你尽快到乳腺外科就诊，医生通常会安排穿刺活检来明确性质。",
        ),
    ],
    [
        ("system", "Anda ialah pembantu AI yang membantu pengguna dalam Bahasa Melayu."),
        (
            "user",
            "Kakak saya, Farah Wahidah, baru disahkan leukemia di Hospital Sultanah Aminah Johor Bahru. Keluarga kami nak anjurkan kempen derma darah untuk dia. Macam mana nak mula?",
        ),
        (
            "assistant",
            "Saya doakan Farah cepat sembuh. Anda boleh hubungi unit perubatan transfusi di hospital tersebut untuk menyelaraskan kempen, tetapkan tarikh dan lokasi, dan hebahkan melalui komuniti setempat.",
        ),
        (
            "user",
            "Boleh tolong tulis poster ringkas? Dia guru di SK Taman Universiti, jadi ramai bekas murid mungkin nak tolong.",
        ),
        (
            "assistant",
            "Boleh. 'Jom Derma Darah untuk Cikgu Farah Wahidah! Cikgu kesayangan SK Taman Universiti sedang dirawat kerana leukemia dan memerlukan bekalan darah. Datanglah ke kempen derma darah kami, bawa MyKad dan sarapan dahulu.'",
        ),
    ],
    [
        ("system", "你係一個用廣東話回答嘅助理。"),
        (
            "user",
            "我爸爸何國強住喺沙田禾輋邨德和樓15樓1503室，佢上星期做完身體檢查，醫生話佢腎功能好差，eGFR得28。",
        ),
        (
            "assistant",
            "eGFR 28 屬於慢性腎病第四期，需要腎科醫生跟進。建議盡快預約覆診，注意控制血壓、血糖同飲食中嘅鹽份同蛋白質。",
        ),
        ("user", "佢一個人住，我喺將軍澳返工，有冇啲社區服務可以上門幫佢睇住？"),
        (
            "assistant",
            "可以考慮向社會福利署或者區內長者中心查詢家居照顧同送飯服務，亦可以申請平安鐘，等佢有事可以即時求助。",
        ),
    ],
    [
        ("system", "You are a helpful assistant."),
        (
            "user",
            "What's the difference between opting out of HOTA and not signing the MTERA pledge?",
        ),
        (
            "assistant",
            "HOTA is an opt-out scheme covering kidneys, liver, heart and corneas for citizens and PRs aged 21 and above. MTERA is an opt-in pledge for any organ or tissue, for transplant, education or research. Opting out of HOTA has consequences for priority on the transplant waiting list.",
        ),
        (
            "user",
            "My wife Michelle Sim, NRIC S8290461A, has lupus and thinks her organs would be useless anyway. She wants to opt out. Can you fill in the opt-out form text for her? Our address is 8 Lorong Chuan #05-11, Singapore 556741.",
        ),
        (
            "assistant",
            "I can draft the details, but she will need to sign the form herself: Name: Michelle Sim; NRIC: S8290461A; Address: 8 Lorong Chuan #05-11, Singapore 556741. It may also help for her to speak with her rheumatologist first, since having lupus does not automatically rule out donation.",
        ),
    ],
    [
        ("system", "You are a helpful assistant for HR staff."),
        (
            "user",
            "Our company blood drive was last week. One of our guys, Benjamin Koh from the Jurong warehouse, got a letter saying his sample tested positive for syphilis.",
        ),
        (
            "assistant",
            "That is sensitive health information. It should only be known to Benjamin and, if he chooses, his doctor. HR should not record or share it.",
        ),
        (
            "user",
            "Ya but he told his supervisor and now the whole forklift team knows sia. He's very paiseh. What should HR do?",
        ),
        (
            "assistant",
            "HR should remind the team privately that medical information must not be spread, take action if there is gossip or harassment, and offer Benjamin support such as confidential leave for treatment. His supervisor should also be reminded of the confidentiality rules.",
        ),
    ],
    [
        ("system", "你是一個協助使用者安排捐血的助理，使用繁體中文回答。"),
        (
            "user",
            "幫我寫一則簡訊提醒我弟弟蔡宗翰下週六去捐血，他電話是 0928-416-735，上次因為血紅素太低被退。",
        ),
        (
            "assistant",
            "好的，以下是傳給蔡宗翰（0928-416-735）的簡訊：宗翰，下週六記得去捐血喔！上次血紅素偏低沒捐成，這週多吃紅肉和深綠色蔬菜，前一晚早點睡。",
        ),
        ("user", "很好，再幫我加上捐血室地址：台北市中正區公園路 ... 算了不用，他知道。"),
        ("assistant", "沒問題，簡訊保持原本的內容就好。"),
    ],
    [
        ("system", "你是一个健康咨询助手。"),
        (
            "user",
            "我叫马俊峰，手机18926470381，昨天血站打电话说我献的血HIV初筛有反应，要我去疾控复检，我现在非常害怕。",
        ),
        (
            "assistant",
            "先别太紧张。献血初筛有反应不等于确诊，可能是假阳性。请按照血站通知尽快去疾控中心做确证试验，期间注意保护性行为。",
        ),
        ("user", "如果确诊了，我单位会知道吗？我在广州天河的一家物流公司上班。"),
        (
            "assistant",
            "根据相关规定，检测结果和个人信息都应保密，未经你本人同意不会告知单位。你可以放心去复检。",
        ),
    ],
    [
        ("system", "Anda pembantu AI yang mesra."),
        ("user", "Ikrar derma organ tu boleh ditarik balik ke kalau saya berubah fikiran?"),
        (
            "assistant",
            "Boleh. Ikrar derma organ adalah sukarela dan boleh dibatalkan pada bila-bila masa melalui saluran yang sama anda gunakan untuk berikrar, contohnya aplikasi MySejahtera atau pusat transplan.",
        ),
        (
            "user",
            "Okay. IC saya 850227-14-5321, nama Khairul Anuar bin Hamzah. Saya dah ikrar tahun 2019 tapi sekarang ada sakit buah pinggang tahap 3. Masih boleh derma ke?",
        ),
        (
            "assistant",
            "Encik Khairul, penyakit buah pinggang tahap 3 mungkin menjejaskan kesesuaian buah pinggang anda, tetapi organ lain seperti kornea mungkin masih boleh didermakan. Keputusan dibuat oleh pasukan perubatan pada masa itu.",
        ),
    ],
    [
        (
            "system",
            "You are an assistant that summarises health screening data for an occupational health nurse.",
        ),
        (
            "user",
            'Summarise this: {"employee":"Goh Chee Wai","staff_id":"E10457","dob":"1979-02-14","bp":"172/104","ldl":5.2,"hba1c":7.9,"remarks":"smoker, 20/day"}',
        ),
        (
            "assistant",
            "Goh Chee Wai (E10457, born 14 Feb 1979) has stage 2 hypertension (172/104), high LDL (5.2 mmol/L) and an HbA1c of 7.9% consistent with poorly controlled diabetes; he smokes 20 a day. Recommend an urgent doctor's review.",
        ),
        ("user", "Thanks. Draft a short referral letter to his GP."),
        (
            "assistant",
            "Dear Doctor, please review Mr Goh Chee Wai (DOB 14/02/1979), found at our annual screening to have BP 172/104, LDL 5.2 mmol/L and HbA1c 7.9%. He is a current smoker. Kindly assess and manage. Thank you.",
        ),
    ],
    [
        ("system", "你係一個有用嘅助理。"),
        ("user", "去完日本旅行返嚟，可唔可以即刻捐血？"),
        (
            "assistant",
            "一般去日本旅遊之後，如果冇發燒或者其他病徵，通常唔需要特別等；但最好喺捐血前向護士講清楚行程，佢哋會根據最新規定判斷。",
        ),
        (
            "user",
            "好。順便幫我填捐血預約表：周文傑，HKID P617240(0)，手機 9476 2038，血型 A+，上次捐血係2026年8月。",
        ),
        (
            "assistant",
            "已整理好：姓名 周文傑；香港身份證 P617240(0)；手機 9476 2038；血型 A+；上次捐血 2026年8月。全血捐贈一般要相隔至少三個月，所以而家可以預約。",
        ),
    ],
    [
        ("system", "You are a helpful assistant. Users in Malaysia may mix languages."),
        (
            "user",
            "我妈妈 Tan Siew Lan 在 Ipoh 做了 health screening，医生说她 ESR 很高，还有 rheumatoid factor positive，这是什么意思？",
        ),
        (
            "assistant",
            "ESR 高表示身体有炎症，rheumatoid factor 阳性可能与类风湿性关节炎有关，但也可能出现在其他情况。需要风湿科医生结合症状判断。",
        ),
        ("user", "她 already 68，手很痛很久了，一直不肯去 hospital。怎样说服她？"),
        (
            "assistant",
            "可以从她的日常困扰入手，比如手痛影响煮饭或者拿东西，告诉她早点治疗可以减少关节变形。也可以请她信任的亲戚或者家庭医生一起劝。",
        ),
    ],
    [
        (
            "system",
            "You are the donor relations assistant for a blood bank. Donor on file: Ong Boon Keat, NRIC S8153726G, mobile 9648 2210, blood group B-, last whole blood donation 2026-09-12.",
        ),
        ("user", "Hi, when can I donate again?"),
        (
            "assistant",
            "Hi Mr Ong Boon Keat! Your last whole blood donation was on 12 Sep 2026, so you can donate again from 5 Dec 2026. I will send a reminder to your registered mobile 9648 2210. As a B negative donor, your donation is especially valuable.",
        ),
        ("user", "Great, please book me for Saturday morning at Westgate."),
        (
            "assistant",
            "Done. You are booked at Bloodbank@Westgate on Saturday at 9:30 AM. Please bring your NRIC and have a good meal beforehand.",
        ),
    ],
    [
        ("system", "你是一个写作助手。"),
        (
            "user",
            "帮我写一条朋友圈，我大学同学周子轩在北京大学人民医院住院，急性髓系白血病，化疗期间需要大量B型血小板。",
        ),
        (
            "assistant",
            "好的：【求助转发】我的大学同学周子轩正在北京大学人民医院接受急性髓系白血病化疗，急需B型血小板。符合条件的朋友可以到北京市红十字血液中心献血小板，并说明是为他互助献血。谢谢大家！",
        ),
        ("user", "再加一句，他刚结婚半年，老婆怀孕四个月，家里压力很大。"),
        (
            "assistant",
            "已加上：子轩刚结婚半年，妻子怀孕四个月，一家人正在一起面对这段艰难的日子，每一份帮助都很珍贵。",
        ),
    ],
]
