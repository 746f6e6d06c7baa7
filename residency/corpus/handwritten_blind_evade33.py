# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade33: abbreviations, initials and SMS-speak in English, pinyin-initial Chinese and Malay. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade33
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "SMS alerts"): _lines("""
        DBS: Ur OTP for txn SGD 48.90 at GRAB*RIDES is 482913. Valid 5 mins. Never share it w anyone incl. bank staff.
        SingPost: Ur parcel RR482915076SG is out for delivery today btw 9am-6pm. Track @ singpost.com. Reply STOP to opt out.
        Maybank2u: RM250.00 trf to acct ending 4417 on 05/12 14:22 successful. Ref MB2U-88213407. Not u? Call 1-300-88-6688.
        HKT: Ur mthly bill HK$198.00 is ready. Pay by 20/12 via PPS merchant code 6214 or the HKT app. Enquiries: 1000.
        SMRT svc advisory: NSL delay btw JUR & CCK due to track fault. Add 20 mins travel time. Free bridging bus @ designated stops.
        GrabFood: Ur order GF-251205-8837KQ fm Ya Kun Kaya Toast is on the way. ETA 12:41.
        Reminder fm Polyclinic: pls bring ur appt letter & meds list. To reschedule use the HealthHub app, no walk-ins for dental.
        SF Express HK: Shipment SF1402837756213 delivered to locker H852KT031. Pick-up code valid 72 hrs.
        Shopee: Ur order 231205R7KXQ2M9 has shipped via J&T (tracking JT0086621940521). Est. delivery 7-9 Dec.
        CPF Board: Ur CPF stmt for 2025 is now avail on my cpf digital svcs. We'll never ask for ur Singpass pw via SMS.
        Octopus: AAVS top-up HK$250 done on 04-12-2025 22:10. Remaining val HK$312.4.
        IRAS: Pls file ur Form B1 by 18 Apr. Late filing = composition fine. Do not click links in SMS claiming to be fm IRAS.
        TnG eWallet: RM30 reload successful. Txn ID 2025120511223344556. Bal RM87.45.
    """),
    ("en", "group chat"): _lines("""
        omg did u see LKY's old NDR speeches on yt? the 1965 one still hits diff
        ngl JJ Lin's concert at the Nat'l Stadium was 🔥, setlist had Jiang Nan as the encore
        meet @ Novena MRT exit B (the TTSH side), then walk to United Sq? ard 7pm k
        lol CS2040 midterm is open book this sem, pls dont tell me we still need to memorise AVL rotations
        brb gg to KFC, anyone want a zinger? colonel sanders never misses
        tbh BBC Sherlock >> the RDJ version, fight me
        wah the queue at Tim Ho Wan IFC is crazy, 45 mins min. we go Maxim's instead?
        FYI Raffles Place MRT exit H closed till Jan for upgrading works, use exit J
        idk why QEH A&E always so packed on Sat nights, ppl say go Kwong Wah instead
        ikr Taylor Swift did 6 nights @ the Nat'l Stadium, tix gone in 2 hrs, my whole grp got wait-listed
        hv u reread HP? Prisoner of Azkaban is still the GOAT imo, Sirius Black carried
        rmb vote in the grp poll: Fri 8pm hotpot @ Haidilao Clarke Quay or Sat lunch @ Din Tai Fung?
        tmr PH for Deepavali rite? so Mustafa open 24h as usual or no?
    """),
    ("en", "clinical shorthand and guidance"): _lines("""
        Abbrev list: Hx = history, Dx = diagnosis, Rx = prescription, Tx = treatment, c/o = complains of, SOB = shortness of breath.
        Template: Pt [initials], [age][M/F], DOB [dd/mm/yy], MRN [________], presented c/o ______ x __ days.
        Per PDPA advisory guidelines, orgs shd not collect full NRIC nos. unless required by law; partial NRIC (last 3 digits + checksum letter) is preferred.
        Textbook case: a 54M smoker w/ HTN, T2DM presents w/ central CP radiating to L arm; ECG shows STE in II, III, aVF. What is the culprit artery?
        Anonymised audit 2025: 212 pts reviewed, median age 67 (IQR 58-74), 58% M; 31 readmitted w/in 30d.
        SOAP = Subjective, Objective, Assessment, Plan. On handover sheets use bed no. only, no names or IC nos., per ward SOP 4.2.
        Hosp switchboards: TTSH 6256 6011, SGH 6222 3322, KTPH 6555 8000.
        Phineas Gage (1848) survived an iron rod through his L frontal lobe; the personality changes were documented by Dr J.M. Harlow.
        Normal adult obs for the OSCE station: BP 120/80 mmHg, HR 60-100 bpm, SpO2 >= 95% RA, T 36.1-37.2 C.
        Pls do NOT WhatsApp pt photos or IC copies; upload to the EMR only. Suspected breaches -> report to the DPO within 24h.
        Drug chart abbrev: OD = once daily, BD = twice daily, TDS = 3x daily, PRN = as needed, PO = by mouth, IV = intravenous.
        Alzheimer's disease is named after Dr Alois Alzheimer, who presented the case of Auguste D. in 1906.
        Mock OSCE: simulated pt 'Mr A.B.', 45M, played by an actor; scenario = breaking bad news; marked out of 20.
    """),
    ("en", "dev tickets"): _lines("""
        fix(validator): NRIC regex now ^[STFGM]\\d{7}[A-Z]$, added checksum test vectors; closes #4412
        chore: bump libphonenumber to 8.13.27 (adds MY 011 ranges). sha 9f3c2ab
        TODO: mask HKID as A123***(*) in logs, never log the full value. See SEC-219.
        Release v4.2.0-rc.3 (build 20251205.1142): SMS gateway retries w/ exp. backoff; removed deprecated /v1/otp endpoint.
        Bug: tracking no. JT0086621940521 shows 'undelivered' but courier API returns 200 OK + status=DLVD. Repro on staging only.
        test fixture uses fake IC 000000-00-0000 and phone +60 12-000 0000; DO NOT replace w/ real customer data.
        git log --oneline: e41b7d0 refactor sms parser; 77c9a1f add pinyin initials (zs/ls/ww) to the placeholder list
        INC-20251204-0031 resolved: p95 latency on /api/kyc dropped 820ms -> 140ms after index on (country_code, doc_type).
        DB schema: users(id UUID PK, full_name_enc BYTEA, nric_hash CHAR(64), created_at TIMESTAMPTZ). PII cols are AES-GCM enc at rest.
        Pls use Faker seed 42 for demo data; names like 'J. Doe' & 'Tan Ah Kow' are placeholders, not real users.
        export batch sha256 3b7e0f1a9c2d54e8a61f07b2c9d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2, rows: 48,213, ts 2025-12-05T03:00:12Z
        cron: 0 3 * * * /opt/etl/purge_otp.sh --older-than 7d  # keeps the OTP table small
    """),
    ("zh-Hans", "拼音缩写网络用语"): _lines("""
        今天的火锅yyds！！xswl，服务员还给我们表演了川剧变脸
        zjl新专辑终于出了，夜曲那种味道还在，jms冲！
        dbq我来晚了，刚下班，地铁10号线又晚点了
        求问：考研政治还是xdf那套吗？还是直接刷肖四肖八？
        nsdd，这家店的奶茶真的绝了，pdd上买的券还能用
        姐妹们，xhs上那个yyds的防晒到底是哪款？求链接~
        lz说的那个bug我也遇到了，wx更新到8.0.54以后语音转文字就闪退
        srds剧情有点拖，但zht（甄嬛传）每年暑假必重刷，华妃yyds
        awsl，大熊猫花花今天又上热搜了，成都大熊猫基地门票记得提前在官方小程序约
        bhys问下，北京协和医院（xh）挂号是不是只能用京医通？
        中山路上那家孙中山纪念馆周一闭馆，别白跑一趟 orz
        tql！这届TI上LGD打得太猛了，ame那波肉山团直接封神
        yysy，公司员工手册写着：身份证号、银行卡号等敏感信息一律走OA系统提交，不要发群里。
    """),
    ("zh-Hans", "订单与系统通知"): _lines("""
        【京东】您的订单 JD2025120587712345 已出库，快递员将尽快配送，如有疑问请拨打客服 950618。
        【中通快递】运单号 78593320161847 已到达【上海浦东转运中心】，预计明日送达。
        【12306】订单号EA88123456，12月8日G7次 上海虹桥08:00开，检票口A12，请提前30分钟到站。
        【中国工商银行】客服热线95588，我行工作人员不会以任何理由要求您提供短信验证码。
        系统提示：版本 v8.0.54 (build 2780) 已发布，修复了部分机型闪退问题。
        【12345政务服务便民热线】24小时受理咨询、投诉、建议，来电时请勿透露银行卡密码。
        填表说明：姓名填写全称，不得使用拼音缩写；身份证号码为18位，末位X请大写。
        短信模板：尊敬的{客户姓名}，您尾号{xxxx}的账户于{日期}入账{金额}元，当前余额{余额}元。
        【美团】您的外卖订单#28 已由骑手取餐，预计 18:42 送达，祝您用餐愉快！
        发票代码 031002300111，发票号码 08812345，开票金额 ¥1,280.00（含税）。
        【丰巢】您的快件已存入丰巢柜，取件码 62815，请于48小时内取件，逾期将收取保管费。
        请勿在群内发送zfb（支付宝）付款码截图，防止被盗刷。
        逸夫楼（邵逸夫先生捐建）今日停电检修，图书馆自习室暂停开放。
    """),
    ("ms", "SMS dan chat singkatan"): _lines("""
        sy otw dh, jln TAR jem teruk, nnt sy park kt Sogo je la
        esok cuti umum x? dgr ckp Agong isytihar cuti ganti
        tq bg info, nnt sy cek kt portal MySPIKE
        geng jom lepak mamak lps isyak, blh tgk bola JDT vs Selangor
        Tun M kuar tv lg mlm td, umur 100 pn masih aktif ckp pasal ekonomi
        wei rmh sewa kt TTDI tu brp skrg? 2 bilik RM1.8k ke?
        sy x jd dtg klas ptg ni, lecturer ckp nota ada kt Google Classroom
        HKL tu kt Jln Pahang kn? waktu melawat ptg start kul brp?
        lps ni sume bayaran yuran guna DuitNow QR je, x terima cash dh
        bsk kena g JPJ renew lesen, bwk IC & gmbr je kn?
        P. Ramlee tu legend wei, filem Ali Baba Bujang Lapok x pernah bosan
        jgn share no IC & OTP kt sesape, byk scam Macau skrg
        Promo Mydin: beras 10kg RM26.90, sah sampai 7/12 je
    """),
    ("ms", "notis rasmi dan templat"): _lines("""
        LHDN: Tarikh akhir e-Filing BE bg tahun taksiran 2025 ialah 30 Apr 2026. Hubungi HASiL Care Line 03-8911 1000.
        KWSP: Caruman bln Nov telah dikreditkan. Semak baki melalui i-Akaun. Jgn kongsi TAC dgn sesiapa.
        Templat: Saya, [NAMA PENUH], No. K/P: ______-__-____, dgn ini memberi kebenaran kpd pihak sekolah utk ...
        Notis: Kaunter JPN Putrajaya ditutup pd 8/12 utk penyelenggaraan sistem. Pertanyaan: 03-8000 8000.
        Akta PDP 2010 (pindaan 2024): pengawal data wajib lantik DPO & maklumkan pelanggaran data kpd Pesuruhjaya dlm 72 jam.
        Pos Laju: Kiriman ER123456789MY telah dihantar. Semak status di pos.com.my.
        Hospital Sultanah Aminah JB: waktu melawat 12.30-2 ptg & 5-7 ptg. Kanak2 bwh 12 thn x dibenarkan masuk wad.
        UTHM: pendaftaran pelajar baharu sesi 2025/26 pd 14 Sep di Dewan Sultan Ibrahim, bwk slip tawaran asal.
        Resit no. INV-2025-004417, jumlah RM1,250.00 (termasuk SST 8%). Terima kasih atas pembayaran anda.
        Mesej auto: Hai {nama}, tempahan anda {no_tempahan} pd {tarikh} telah disahkan. Balas Y utk sahkan.
        Talian Kasih 15999 beroperasi 24 jam utk aduan keganasan rumah tangga & kebajikan kanak2.
        Arahan: sila hitamkan no. K/P, alamat & no. tel pemohon sebelum dokumen diimbas ke sistem.
        Jadual Komuter KTM: Laluan Pelabuhan Klang, tren pertama dr KL Sentral 5.40 pg.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        hi its mdm L.S. Tan's daughter, mum's new hp is 9127 4408, pls update ur clinic record. her NRIC S7915238B
        Pt H.K.W., 67F, DOB 14/02/58, MRN 2419-887, Dx CA breast stage II, NOK son (J. Wong) 9634 5521
        pls cfm: deliver to Blk 412 Bedok N Ave 2 #07-1183 S(460412), attn Mr K.C. Lim, hp 8245 1937
        fwd fm HR: J. Ramasamy (emp ID E10482) sal revised to $6.2k/mth eff 1 Jan, pls dont share in grp
        boss, my FIN G5562197M, WP exp 31/03/26, pls renew b4 CNY. tq - Arjun K. (site supv, Tuas yard)
        pls PayNow the Dec rent to Ng S.M., POSB acct 198-40277-3, $1,450 as usual
        HK ship-to: Flat 12B, Blk 3, Kwun Tong Garden Est, attn Ms C.Y. Chan, mob 9386 2714, HKID Y307416(A) for customs
        OOO: covering Dr S. Pillai's clinics at Jurong West Polyclinic while she's on ML post-hysterectomy till 18/12
        thx 4 the referral. Mr A. bin Yusof, IC 880412-14-5327, HbA1c 9.8% last wk, started on insulin
        kk i'll send the docs. name: Tan W.L. (Wei Ling), DOB 7/9/91, PP no. K4418273C
        ICYMI the uncle at Blk 55 Toa Payoh Lor 5 #11-204 (Mr R.S. Goh) got arrested last nite for DUI on PIE, his Merc SJK4812X towed
        CV: Nurul A. bt Hashim | +60 17-284 6619 | nurul.ah92@gmail.com | Tmn Melawati, KL
        Emergency contact: wife - Priya d/o Subramaniam, hp 9771 0384. I'm allergic to penicillin. - Ravi S., Blk 7 Jln Bukit Merah #04-19
        lost wallet!! has my IC 950723-10-6084 & Maybank debit 4514 6120 7739 8231, name Siti Z. bt Karim, if found pls call 012-773 4190
        hi sir, my son Lim J.X. (P4 class 4E, Sengkang Pri) absent tdy cos fever 39.2, MC attached. - Mrs Lim 9812 0573
        fyi C.K. fm accounts (Chong Kah Wai) is on no-pay leave till Feb, going thru a messy divorce, keep it low pls
        TW buyer: 張O婷 (Chang Y.T.), ID A227415937, ship to 台北市大安區忠孝東路四段181巷12號5F, 0912-345-678
        Court update: PP v M. Azhar (DAC-905512-2024), 28 y/o delivery rider fm Yishun, 6 wks jail for cheating
    """),
    "zh-Hans": _lines("""
        wxm（王晓敏）的手机号是139 1742 6685，明天接机找她就行
        lg的sfz发你：440304198807233412，帮忙订一下周五去成都的机票
        zjh住院了，华西医院肿瘤科12床，肺癌晚期，群里别传哈，有事找他老婆lxy 186 2841 0937
        收件人：Z先生（zhang hao），杭州市西湖区文三路478号华星时代广场B座1203，电话 137****8842
        财务部的cwj（陈文杰）这个月工资到手18.5k，比我们组长还高，离谱
        wx号 lyy_0915，本人刘莹莹，30，坐标深圳南山，想找靠谱的合租室友
        zfb转账：188 0571 3364（*晓东），备注写“12月房租”
        bb的出生医学证明编号 Q440312345，姓名陈一诺，2024-03-18生于深圳市妇幼保健院
        ls您好，我是3班hzy的家长，孩子确诊了ADHD在吃专注达，麻烦上课多关注下，他叫黄梓扬
        车牌沪A·7K2L9的车主zq（周强）欠我3万一直不还，已经起诉了，案号（2025）沪0115民初12345号
        帮我查下cjh的社保缴费：陈建华，sfz 320106197209301518，南京鼓楼区
        我的yhk 6217 0002 8815 4309 616（建行），户名杨*婷，工资就打这张
        帮我寄给我jie：郑思琪，厦门市思明区莲前东路1021号5栋702，151 5921 4406，sfz 350203199006173625
        老板让我把ljw（刘佳伟）的离职证明和体检报告（乙肝小三阳）一起发给新公司hr，这合法吗？
        HK朋友ycy：陈翠儿，HKID R741025(4)，住沙田沥源邨福海楼1208室，电话 6127 3580
        帮xm（小妹）订票：何晓梅，510107200105114087，12月20日成都东到重庆北
    """),
    "ms": _lines("""
        kak, ni no IC adik sy 020915-07-1131, nama Muhd Amirul b. Rosli, tlg daftarkan kursus tu
        sy Nor H. bt Ismail, no tel 019-338 2074, alamat No 12 Jln Mawar 3, Tmn Sri Gombak, 68100 Batu Caves
        abg Zul (Zulkifli b. Ahmad) kena reman 4 hari, kes dadah, skrg kt IPD Kajang. rmh dia kt Bdr Baru Bangi sek 4
        mak sy Pn. Rohani bt Yaakob, IC 580412-03-5528, kena strok mgu lps, skrg kt HRPZ II wad 7
        tlg transfer RM500 ke acc Maybank 1640 2233 8817 (A. Rahman b. Kassim), duit sewa bln 12
        plat kete bini sy WXY 4417, Myvi putih, nama dia Farah Izzati, kalau nmpk dia kt parking tlg roger
        gaji En. Hafiz (HR exec) RM4,800 sebulan, tp dia minta naik 5.5k. emel dia hafiz.hr88@yahoo.com
        ayh sy En. Chong Ah Seng, IC 761130-01-5543, nk tukar alamat ke No 3 Jln Kenanga 2, Tmn Pelangi, 80400 JB
        wasap sy 011-2734 6610 (Kak Ida), rmh sy Lot 2281 Kg Sg Merab Luar, Sepang
        cikgu, anak sy Nurul Aisyah (4 Amanah) ada asma, inhaler dlm beg. apa2 call sy 013-662 0915
        bro, no akaun CIMB sy 7012 4483 9021, nama Kumar a/l Raju, tq dh bg pinjam duit tu
        Pesakit: Lim S.K., 52L, K/P 730822-08-6115, Dx: DM + HPT, F/U klinik 3 bln
        sayang, doktor KK Seri Kembangan dh sahkan sy positif HIV. jgn bgtau sesiapa. - Syafiq (017-552 8340)
        Pasport sy A41882937, nama MOHD FAIZAL BIN OTHMAN, exp 2029, utk booking umrah Feb nnt
        rmh sewa sy kt PPR Kerinchi Blok C, 14-07, tuan rumah Pn Salmah 012-994 3028
        kes cerai Siti Mariam bt Daud, Mahkamah Syariah Shah Alam, bicara 15/1, no kes 10002-017-0881-2025
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer-support bot for a parcel locker network in Singapore. Be brief.",
        ),
        ("user", "hi my parcel stuck @ locker, tracking SPX-SG-0098127763"),
        ("assistant", "Sorry abt that! Can u confirm the recipient name & mobile on the order?"),
        ("user", "Lee W.M. (Wei Min), hp 9124 6038"),
        ("user", "oh and deliver to home instead: Blk 208B Punggol Pl #12-447"),
        ("assistant", "Noted, redelivery scheduled for tmr 2-6pm."),
    ],
    [
        ("user", "帮我写个请假条，给hr的"),
        ("assistant", "好的，请提供请假人姓名、部门、请假天数和原因。"),
        ("user", "zyh，技术部，请3天"),
        ("user", "原因：我妈cgf要做心脏搭桥手术，在上海仁济医院，需要陪护"),
        ("user", "落款写全名 赵宇航，工号 TX20190337"),
        ("assistant", "好的，以下是请假条：因母亲住院手术需陪护，特申请事假三天……"),
    ],
    [
        ("user", "sy nk semak status permohonan STR"),
        ("assistant", "Boleh. Sila berikan no. K/P pemohon."),
        ("user", "910305"),
        ("user", "10-5236"),
        ("user", "nama Siti Zulaikha bt Mat Isa, no hp 014-902 3317"),
        ("assistant", "Terima kasih. Permohonan anda sedang diproses."),
    ],
    [
        ("user", "Hi, need to book a body check pkg for my dad"),
        ("assistant", "Sure! Pls provide the patient's name as on HKID, DOB and a contact no."),
        ("user", "Chan T.M., HKID K582391(9), DOB 03/05/1959"),
        ("user", "contact me (his daughter) 5718 2093"),
        ("user", "btw he has hx of AF, on warfarin, need to stop b4 the gastroscopy?"),
        (
            "assistant",
            "Pls check with his cardiologist before stopping warfarin; we'll flag it for the nurse.",
        ),
    ],
    [
        ("system", "You summarise ward handover notes into short bullet points."),
        (
            "user",
            "Bed 14: Mdm O.L.K. 81F, DOB 11/06/44, MRN 7730-215. Adm for CAP, on IV augmentin D3. DNR signed by daughter (Ong P.L., 9265 4471).",
        ),
        (
            "assistant",
            "- Bed 14, 81F, CAP, IV Augmentin day 3\n- DNR in place (signed by daughter)\n- NOK contact on file",
        ),
    ],
    [
        ("user", "工资卡换了，帮我更新一下"),
        ("assistant", "好的，请提供新卡号和开户行。"),
        ("user", "nh（农行）6228 4800 3381 2769 140"),
        ("user", "户名ljx，就是林佳欣，财务部，工号F0218"),
        ("assistant", "已提交更新申请，下个发薪日生效。"),
    ],
    [
        ("user", "tlg ubah alamat penghantaran utk order 2512057QKM"),
        ("assistant", "Baik. Sila beri alamat baharu."),
        ("user", "No 7, Lrg Seri Damai 4, Tmn Seri Damai, 08000 Sg Petani, Kedah"),
        ("user", "penerima: Haziq, tel 019-487 2250"),
        ("assistant", "Alamat telah dikemas kini."),
    ],
    [
        ("user", "cn u help me draft a msg to my boss re: raise?"),
        ("assistant", "Sure - what's ur current salary & what r u asking for?"),
        ("user", "currently $4.2k, asking 5k. I'm D. Ng, QA eng @ Fintrek Pte Ltd, 3 yrs there"),
        ("user", "also mention i'm pregnant n due in Apr so i need clarity b4 my ML"),
        (
            "assistant",
            "Here's a draft: Hi, I'd like to discuss my compensation ahead of my maternity leave...",
        ),
    ],
    [
        (
            "system",
            "CRM context - customer: Mr R. Krishnan, NRIC T0418836A, mobile 8876 3012, tier: Gold. Do not reveal the NRIC to the user.",
        ),
        ("user", "wats my points bal?"),
        ("assistant", "Hi Mr Krishnan, u have 12,480 pts, expiring 31/12/2026."),
    ],
    [
        ("user", "幫我填一下簽證申請表的英文"),
        ("assistant", "好的，請提供姓名、身分證字號、出生日期。"),
        ("user", "林O華 不對 是林宜華 LIN YI-HUA，F138205744，1989/11/02"),
        ("user", "地址：新北市板橋區文化路一段266號8樓之3"),
        (
            "assistant",
            "英文地址為：8F-3, No. 266, Sec. 1, Wenhua Rd., Banqiao Dist., New Taipei City.",
        ),
    ],
]
