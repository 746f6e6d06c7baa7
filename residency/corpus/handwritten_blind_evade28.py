# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade28: edits and corrections (typo fixes, 更正, pembetulan, strike-through, diffs, tracked changes, find-and-replace) in English, Chinese and Malay. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade28
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "code diffs and commit messages"): _lines("""
        diff: -  "version": "2.3.1",  +  "version": "2.3.2",  (package.json, bump after hotfix)
        fix: correct typo in README — "recieve" -> "receive" (closes #4821)
        @@ -42,7 +42,7 @@ class HttpClient:  -    MAX_RETRIES = 3  +    MAX_RETRIES = 5
        Revert "Update phone regex to accept +65 8-digit numbers" — This reverts commit 9f3c2a17e4b05d88c1a6e0f2b7d94c3e51a08b6d.
        -    user_email = "test@example.com"  +    user_email = fixture.email  # don't hardcode test data in specs
        chore(deps): bump lodash from 4.17.20 to 4.17.21 (#1337)
        Fix off-by-one in pagination: page_size * (page - 1) instead of page_size * page. Verified against order IDs ORD-20251104-00017 to ORD-20251104-00093.
        sorry, typo in my last commit msg — it's CVE-2024-3094 not CVE-2024-3049, amending now
        -  timeout: 30s  +  timeout: 45s   # per SRE request, ticket OPS-7712
        refactor: rename DijkstraRouter to ShortestPathRouter; keep the old name as an alias until v4.0
        - TZ = "Asia/Kuala_Lumpur"  + TZ = "Asia/Singapore"  (both UTC+8, ops just wants SG for log correlation)
        Co-authored-by: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>
        nit: line 88 should be `if not record.get("phone"):` — right now it checks "phnoe" (typo) so the null-check never fires
        squash: 3 commits (a1b2c3d, e4f5a6b, 0c9d8e7) -> "feat: add MyKad format validator (no real IDs in tests, only generated ones)"
    """),
    ("en", "errata and corrigenda"): _lines("""
        Erratum, p. 214: "Stamford Raffles founded modern Singapore in 1821" should read "1819".
        Correction: An earlier version of this article misstated the population of Penang Island. It is about 740,000, not 1.74 million.
        Errata for 3rd edition, Table 4.2: median monthly household income for 2023 is S$11,297, not S$11,279 as printed.
        Corrigendum to "Dengue incidence in Selangor, 2015–2022" (J. Trop. Med. 2024;18:233–241): in Figure 3 the y-axis should be labelled "cases per 100,000".
        Correction (updated 14:05 SGT): The Minister for Health spoke at the opening, not the Minister for Manpower as previously reported.
        Erratum: In Chapter 7, Elizabeth Bennet's elder sister is Jane, not Jean. We regret the error.
        Correction: the hotline for the Flood Relief Fund is 1800-22-5566 (toll-free), not 1800-22-5656 as printed on the flyer.
        Errata slip: page 56, line 12, for "Dr. Sun Yat-sen arrived in Penang in 1911" read "1910".
        Correction notice — Invoice INV-2025-08841 was issued with the wrong SST rate (6%). Replacement invoice INV-2025-08841-R1 at 8% supersedes it.
        Update 3 Dec: The recall covers lot numbers 24B117 through 24B129, not 24B117 through 24B192.
        Errata to the API docs: the endpoint is POST /v2/orders/{order_id}/refund, not PUT. The sample order_id 7730019284 in the example is fictitious.
        Clarification: the quote attributed to Tunku Abdul Rahman in last week's editorial was from his 1957 Merdeka speech, not a 1963 address.
    """),
    ("en", "tracked changes in templates and policies"): _lines("""
        [Deleted: "the Customer"] [Inserted: "the Client"] throughout clauses 3.1–3.9 — global change, accepted by Legal.
        Comment [A1]: Please use the placeholder {{applicant_name}} here instead of a realistic-looking example name.
        Track changes: "within 7 days" → "within 14 working days" (Section 5.2, Refund Policy v3.4)
        {--Lot 12, Jalan Ampang--}{++Menara Suria, Jalan Ampang++} — the office moved; update the letterhead only.
        Accepted change: replaced the sample NRIC "S1234567D" with "SXXXX567D" per the PDPC masking guidance.
        <del>Effective 1 January 2025</del><ins>Effective 1 March 2025</ins>, the late payment fee is RM10 per month.
        Reviewer note: strike out the whole of Annex B (sample customer records) before this goes to the vendor; swap in the synthetic dataset.
        ~~Free shipping above $50~~ Free shipping above $60 (Singapore addresses only)
        Changed "Dear Sir/Madam" to "Dear {{ salutation }} {{ last_name }}" in the renewal letter template.
        Suggested edit: "Mr Lee Kuan Yew's" → "Lee Kuan Yew's" (house style drops honorifics for historical figures).
        Version 2.1 → 2.2: Section 8 "Data Retention" now says personal data is deleted 24 months after account closure (was 36).
        {~~Blk 123~>Blk 456~~} in the sample address is illustrative only — the form just needs the order blk / street / unit / postal code.
    """),
    ("en", "find-and-replace and config edits"): _lines("""
        Find: "colour" Replace: "color" — Match case, Whole word only, Replace All (312 replacements).
        sed -i 's/api.staging.example.com/api.example.com/g' deploy/*.yaml
        In the Q3 deck, replace every "Q3 FY25" with "Q3 FY2025" and fix the chart title on slide 14.
        Find-and-replace tip: regex ([0-9]{4})-([0-9]{2})-([0-9]{2}) → $3/$2/$1 switches ISO dates to DD/MM/YYYY.
        Ctrl+H: replace "Raffles Place MRT" with "Raffles Place MRT (EW14/NS26)" in all station signage drafts.
        Please update the template: {{first_name}} should become {{ customer.first_name | title }} — the old variable is deprecated.
        - SUPPORT_PHONE=+65 6123 4567  + SUPPORT_PHONE=+65 6123 4568  (the old hotline was retired on 1 Dec)
        Replace the dummy card number 4111 1111 1111 1111 with the token tok_visa in all Postman collections.
        git commit --amend -m "docs: fix broken link to privacy policy"
        Search-and-replace done: "Orchard Rd" → "Orchard Road" (41 hits); "Blk" left as is.
        Correction to yesterday's runbook: restart order is redis → api → worker, not api → redis → worker.
        CHANGELOG 4.8.2 — Fixed: masking now covers all but the last 4 digits of phone numbers in exported CSVs (#2290).
    """),
    ("zh-Hans", "更正启事与勘误"): _lines("""
        更正启事：本报12月3日第A05版《地铁14号线东段开通》一文中，“全长38.3公里”应为“全长47.3公里”，特此更正。
        勘误：第三章第二节“鲁迅于1918年发表《狂人日记》”无误，原书注释中的“1919年”系排印错误。
        关于《2025年度招生简章》的更正说明：招生咨询电话由010-6275 1230更正为010-6275 1203，其余内容不变。
        订正：图5-2纵坐标单位应为“万人”，而非“人”。
        更正：昨日发布的快递停运通知中，恢复时间为12月8日（周一）0时，非12月6日。
        【更正】订单号 DD20251203447192 的退款金额应为 ¥128.50，系统误显示为 ¥1,285.00，现已修复。
        勘误表：P.73 第8行“诸葛亮”误作“诸葛量”；P.102 图注“赤壁之战（公元208年）”无误。
        更正：市政府新闻发布会上的发言人为市卫健委主任（非副主任），特此更正并致歉。
        本公司客服热线更正为 400-618-9900，原宣传册印刷的 400-618-9090 已停用。
        《红楼梦》第五回判词“可叹停机德”一句，前版误作“可叹停机得”，今据庚辰本订正。
        更正：年报第12页“营业收入同比增长17.4%”应为“同比增长14.7%”。
        勘误：宋庆龄故居地址为北京市西城区后海北沿46号，原文误写为64号。
        更正说明：第2版第4条中“个人信息保存期限不超过3年”改为“不超过实现处理目的所必要的最短时间”。
        修订记录：v1.3 → v1.4，删除附录C中的示例身份证号，统一改为“110101********1234”格式的占位符。
    """),
    ("zh-Hans", "文档修订与批注"): _lines("""
        【批注】此处“甲方”与“乙方”位置写反了，请对调后再走签批流程。
        修订：将“本协议自双方签字之日起生效”修改为“本协议自双方签字盖章之日起生效”。
        删除线：~~报名截止日期：12月10日~~ 报名截止日期：12月15日
        请把全文的“客户姓名”统一替换成“{客户姓名}”占位符，模板里不要出现任何真实姓名。
        diff 说明：config.yaml 中 region 由 cn-north-1 改为 cn-northwest-1，其余不变。
        修改意见：第3页表格中的“张三、李四”仅为示例，建议改为“用户A、用户B”以免读者误会。
        审阅者建议：“截至2025年11月30日，平台注册用户1.2亿”中的数据需注明来源。
        【修订】第四条“每人每月限购2件”改为“每个账号每月限购2件”。
        这里原稿写的是“中山路”，编辑改成了“中山北路”，我核对过地图，中山北路是对的。
        查找“V2.3.0”，全部替换为“V2.3.1”，共27处，已逐一确认。
        注：第7条中的“逸夫楼”是学校教学楼名称，不是人名，无需脱敏。
        修订痕迹已接受：删除“试用期三个月”，新增“试用期六个月（依据《劳动合同法》第十九条）”。
    """),
    ("zh-Hant", "更正與校對"): _lines("""
        更正：本刊第218期第15頁「東涌綫延線」通車日期應為2029年，而非2026年。
        勘誤：孫中山紀念館位於半山衛城道7號，原文誤植為「衛城道17號」。
        校對意見：「伊利沙伯醫院」英文名稱應為 Queen Elizabeth Hospital，全文請統一。
        更正啟事：本公司客戶服務熱線為 2833 0000，前稿誤印為 2833 0001，敬請留意。
        修訂：第6.2條「14個工作天內」改為「10個工作天內」。
        ~~截止日期：12月20日~~ 更正為12月22日（星期一）下午5時前。
        勘誤：表3「2024年年中香港人口」應為7,524,100人，非7,542,100人。
        更正：臺北市立聯合醫院仁愛院區地址為大安區仁愛路四段10號，前文誤植為100號。
        請將全文「閣下」統一改為「您」，語氣較親切；{客戶名稱} 佔位符保留不變。
        更正：昨日報道中特區政府首長的職銜應為「行政長官」，非「政務司司長」，特此致歉。
    """),
    ("ms", "pembetulan notis dan dokumen"): _lines("""
        PEMBETULAN: Tarikh tutup permohonan biasiswa ialah 15 Januari 2026, bukan 5 Januari 2026 seperti yang dinyatakan sebelum ini.
        Pembetulan kepada notis gangguan bekalan air: kawasan Taman Tun Dr Ismail terjejas pada 9 Dis, 9 pagi hingga 5 petang.
        Ralat: Dalam kenyataan media semalam, jumlah kes denggi minggu epidemiologi ke-47 ialah 1,284, bukan 1,824.
        Harap maaf, terdapat kesilapan dalam invois INV/2025/11/0387. Jumlah sebenar ialah RM 2,450.00 (termasuk SST 8%).
        Sila abaikan emel sebelum ini — pautan yang betul untuk borang ialah https://portal.contoh.edu.my/daftar2026.
        Pembetulan: nombor Talian Kasih untuk bantuan ialah 15999, bukan 15099.
        Ralat buku teks Sejarah Tingkatan 4, muka surat 88: Tunku Abdul Rahman mengisytiharkan kemerdekaan pada 31 Ogos 1957 di Stadium Merdeka, bukan di Dataran Merdeka.
        Cari "Jalan Sultan Ismail" dan gantikan dengan "Jln Sultan Ismail" supaya konsisten dengan format alamat pejabat kami.
        Nota versi: aplikasi dikemas kini dari 1.1.34 ke 1.1.35 — pembetulan pepijat paparan tarikh.
        Nota: contoh No. KP "YYMMDD-PB-###G" dalam borang hanyalah format, jangan isi data sebenar semasa sesi latihan.
        Pembetulan harga: Nasi Lemak Ayam Rendang RM9.90 (bukan RM6.90). Harap maklum ya semua.
        ~~Mesyuarat Agung Tahunan pada 12 Disember~~ Mesyuarat ditunda ke 19 Disember 2025, 3.00 petang, Dewan Kuliah Hospital Sultanah Aminah.
        typo tadi, sorry — nombor tracking Pos Laju yang betul ER 284 731 905 MY, bukan ER 284 731 950 MY.
        Pembetulan jadual: Klinik Kesihatan Seksyen 7 dibuka 8.00 pagi – 5.00 petang pada hari Sabtu, bukan 8.00 pagi – 1.00 petang.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Sorry typo in my earlier email — my mobile is 9736 2841, not 9736 2814. Thanks, Daniel Koh
        Correction: the beneficiary's NRIC should read S8734216F (I keyed S8734261F by mistake). Beneficiary: Chua Boon Keat, my nephew.
        - email: rachel.tan88@gmail.com  + email: rachel.tan.88@gmail.com   (customer Rachel Tan Hui Min asked us to fix the missing dot)
        ~~Blk 412 Tampines St 41 #08-233~~ Blk 412 Tampines St 42 #08-233, S520412 — pls update delivery address for Mdm Lim Siew Hoon
        Tracked change [Inserted]: "The tenant, Mr Arjun Pillai (FIN G5817302P), shall vacate the premises at 15 Jurong West St 91 #03-17 by 31 Jan 2026."
        Find "the Employee" and replace with "Ms Priya Ramasamy" in the offer letter; her salary is S$6,850/month, start date 5 Jan.
        Re my last msg: it's my son Ethan Wong (DOB 14/03/2017) who has the peanut allergy, not his twin Lucas. Please correct the school nurse's record.
        oops wrong card, use 4556 1234 0098 7657 exp 08/28 instead, name on card MELVIN SOH K H
        Erratum to case note 2025/DC/0412: the accused is Goh Wei Lun, not Goh Wei Lin; he was fined S$4,000 for the 3 Sept drink-driving offence.
        [Comment J2]: Replace "Patient A" with the actual patient — Mr Harold Fernandez, 67, stage 3 CKD, dialysis Tue/Thu/Sat at the Bukit Batok centre.
        Amended payroll row: - Kelvin Ong Jun Hao | basic 4,200 | CPF 840   + Kelvin Ong Jun Hao | basic 4,650 | CPF 930
        Correction to the guest list: Mr & Mrs Rajesh Menon, room 1207, arriving 22 Dec — contact +65 8274 1935 (the number we had was disconnected).
        pls fix in the HR system: my emergency contact is my wife Chloe Yeo, 9158 3362 (not 9158 3326)
        diff crm/leads.csv: -"Vincent Low","9023 7718","vlow@"  +"Vincent Low","9023 7718","vincent.low@lowbuilders.sg"
        @@ payroll_nov.csv @@ -S7719840G,Loh Mei Ling,5200  +S7719840G,Loh Mei Ling,5600
        Correction to refund slip RF-30912: the card ending •••• 8771 belongs to Mr Teo Chee Wah (not his brother) — refund S$312.40 to that card.
    """),
    "zh-Hans": _lines("""
        更正：刚才发的身份证号少了一位，正确的是440304198803122715，姓名陈俊杰。
        不好意思打错了，收件人电话是138 2716 4490，不是138 2716 4409。收件人刘晓梅，深圳市南山区桃园路田厦翡翠明珠花园3栋1203。
        【修订】将“患者：某女，45岁”改为“患者：周丽华，45岁，乳腺癌术后第3次化疗”。
        ~~王建国~~ 王建华，工号 HR20180437，2025年11月月薪 ¥23,500，请财务按更正后的姓名发放。
        请把合同里所有“乙方”替换成“孙志强（身份证号 320502197508231413）”，替换完发我确认。
        上条微信号发错了，我的微信是 lixiaoyu_0921，加我时备注“团购”。——李晓雨
        diff：- 联系人：黄先生 139 0572 3318  + 联系人：黄伟东 139 2847 6610（原号码已停机）
        更正：昨天说的银行卡号末四位错了，完整卡号 6228 4800 1673 9218，户名赵雅琪，开户行建行杭州西湖支行。
        补充前一条：我妈妈叫吴秀兰，住在成都市武侯区玉林北路3号附12号2单元502，糖尿病20年了，每天打胰岛素。
        批注：此处“某员工”应写明——运营部郭海涛，2025年9月因违纪被辞退，仲裁案号 京海劳人仲字〔2025〕第06132号。
        更正车牌：粤B·7K29Q，不是粤B·7K92Q，车主林志斌，12栋801业主，请物业重新登记。
        修订后的紧急联系人：配偶 何静，手机 150 1378 2264；原填写的 150 1378 2246 为笔误。
        更正：学生张子涵（身份证 510107199901014487）学籍档案中的出生日期应为1999年1月1日，不是1月10日。
        打错字了——护照号是 E58213764，不是 E58213746，姓名拼音 XU MINGYUAN。
        把“客户A”替换回真实信息再发律所：客户马丽娟，身份证330106198602285127，住杭州市西湖区文一西路588号西溪诚园7幢1单元801。
    """),
    "zh-Hant": _lines("""
        更正：陳美玲小姐的身份證號碼應為 Y520917(8)，之前誤寫為 Y520917(3)。
        sorry 打錯字，我手機係 9438 2716 唔係 9438 2761。收件人梁嘉欣，將軍澳寶琳邨寶智樓2214室。
        校對更正：受保人何志明（HKID XA104773(3)）確診第二型糖尿病，非第一型，請更新保單附註。
        修訂：請把「承租人」改為「黃國雄先生（身分證字號 F128764138）」，租金每月新台幣18,500元。
        剛才地址打錯了，正確是台北市大安區復興南路二段151巷8號4樓，收件人林怡君，電話0928-517-306。
        更正：員工張偉傑的MPF成員編號為 8820-1937-44，月薪為 HK$32,000（非 HK$23,000）。
    """),
    "ms": _lines("""
        Maaf, salah taip. No. IC saya 850312-14-5327, bukan 850312-14-5372. Nama: Hafiz bin Osman.
        Pembetulan alamat: Puan Noraini binti Yusof, No. 27, Jalan Melur 3/2, Taman Sri Gombak, 68100 Batu Caves, Selangor.
        ~~012-3874 921~~ nombor baru Encik Kamal Ariffin ialah 017-662 0483, sila kemas kini dalam sistem.
        Tolong tukar semua "Pelajar X" dalam laporan disiplin kepada nama sebenar: Muhammad Aiman bin Rosli, 4 Bestari, digantung sekolah 3 hari.
        sorry bos, akaun bank saya yang betul Maybank 1640 2277 8391, nama Siti Aishah bt Kamarudin — yang semalam tu akaun suami.
        Pembetulan rekod pesakit: Encik Lim Chee Keong (IC 680915-07-5213) alah kepada penisilin, bukan aspirin.
        Edit sikit: gaji En. Farid Hakimi untuk Nov ialah RM5,300 (bukan RM3,500), potongan KWSP 11%.
        Pembetulan: nombor plat kereta Puan Kavitha Subramaniam ialah WVR 4827, bukan WVR 4872. Dia tinggal di Blok C-12-3, Pangsapuri Seri Intan, Setapak.
        tadi terhantar separuh je — no IC anak saya 150704-10-1286, nama Nur Alya Sofea, untuk daftar tadika.
        Betulkan nama dalam sijil: "Tan Ah Bee" → "Tan Ah Bee @ Tan Bee Lian", No. KP 560214-08-5042.
        WhatsApp saya dah tukar: +60 11-2387 4410 (lama: +60 11-2387 4401). — Azlan, Unit 3A-07, Residensi Harmoni, Cheras.
        Pembetulan berita: tertuduh Rosmadi bin Jaafar dari Kampung Baru Sungai Buloh berumur 43 tahun, bukan 34, dan mengaku bersalah mencuri kabel.
        Pembetulan pasport: A32187719, nama NURUL AIN BINTI HASHIM, tarikh luput 02/09/2030.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are the customer support assistant for QuickCart SG."),
        ("user", "hi my parcel hasn't arrived, order QC-88120457"),
        ("assistant", "Sorry about that! Could you confirm the delivery address?"),
        ("user", "Blk 118 Bedok North Rd #05-"),
        ("user", "sorry sent too early. #05-342, S460118"),
        ("user", "name is Farhan Ismail, phone 8162 4407"),
        ("assistant", "Thanks Farhan, I've flagged it with the courier."),
    ],
    [
        ("user", "帮我填一下酒店入住登记表"),
        ("assistant", "好的，请提供入住人姓名和证件号码。"),
        ("user", "宋婉清，身份证 110108199205"),
        ("user", "17302"),
        ("user", "少打了一位，最后是1，完整的是110108199205173021"),
        ("assistant", "已记录，入住人宋婉清，证件号已核对。"),
    ],
    [
        ("user", "Saya nak buat tuntutan insurans kemalangan"),
        ("assistant", "Baik, sila berikan nama penuh dan nombor kad pengenalan pemegang polisi."),
        ("user", "Aisyah binti Rahman, 920728-10-6148"),
        ("user", "eh salah, pembetulan: 920728-10-6184"),
        (
            "user",
            "alamat No. 8, Jalan SS 2/64, 47300 Petaling Jaya. Patah kaki kiri, masuk wad 5 hari",
        ),
        ("assistant", "Terima kasih, tuntutan anda sedang diproses."),
    ],
    [
        ("system", "You help HR staff tidy up document wording."),
        (
            "user",
            "Can you clean up this redlined clause? [Deleted: 'Employee A'] [Inserted: 'Mr Bryan Lim Wei Jie'] is granted 30 days of medical leave from 3 Nov 2025 for treatment of major depressive disorder.",
        ),
        (
            "assistant",
            "Clean version: Mr Bryan Lim Wei Jie is granted 30 days of medical leave from 3 November 2025 for treatment of major depressive disorder.",
        ),
    ],
    [
        ("user", "我想改一下會員資料"),
        ("assistant", "請提供會員號碼或登記電話。"),
        ("user", "電話 6138 2740，唔好意思打錯，係 6138 2704"),
        ("user", "身份證 K381264(2)，名 鄭家豪，改住址去 沙田禾輋邨豐和樓1508"),
        ("assistant", "已更新，多謝。"),
    ],
    [
        ("system", "You are a document assistant. Fill templates exactly as asked."),
        (
            "user",
            "Template: 'I, {{name}}, NRIC {{nric}}, of {{address}}, consent to ...'. Replace {{name}} with Joanne Pereira, {{nric}} with T0352718I, {{address}} with 23 Lorong Ah Soo #11-04, S536744.",
        ),
        (
            "assistant",
            "I, Joanne Pereira, NRIC T0352718I, of 23 Lorong Ah Soo #11-04, S536744, consent to ...",
        ),
    ],
    [
        ("user", "工资卡换了，麻烦帮我改一下"),
        ("assistant", "请提供新的银行卡号和开户行。"),
        ("user", "6259 0812 3456 781"),
        ("user", "漏了最后一位 1"),
        ("user", "开户行招商银行广州天河支行，户名 邓志远，工号 GZ-03391"),
        ("assistant", "已提交变更，下个发薪日生效。"),
    ],
    [
        ("user", "Guys correction ya, my dad not at Ward 12, he's at Ward 21 HKL"),
        ("assistant", "Noted, thanks for the update."),
        (
            "user",
            "Mr Ganesan a/l Muthu, 71, stroke on Sunday, still in ICU step-down. Visiting only 12-2pm, pls don't all come at once",
        ),
    ],
    [
        ("system", "You are a senior engineer helping with git hygiene."),
        (
            "user",
            "Oops, someone committed real customer data. The diff is: -  name: 'Test User'  +  name: 'Nadia binti Karim', phone: '+60 13-948 2271', ic: '010415-07-0942'. How do I purge it from history?",
        ),
        (
            "assistant",
            "Use git filter-repo (or BFG) to rewrite the file out of history, force-push, rotate any exposed secrets and tell everyone to re-clone.",
        ),
    ],
    [
        ("user", "幫我把報名表上的錯誤改一下"),
        ("assistant", "好的，請問要修改哪些欄位？"),
        ("user", "身分證字號原本寫 B102938447，應該是 B102938474"),
        ("user", "姓名吳承翰，生日 1994/06/18，住新北市板橋區文化路一段288巷5號3樓"),
        ("assistant", "已更正，報名資料已更新。"),
    ],
]
