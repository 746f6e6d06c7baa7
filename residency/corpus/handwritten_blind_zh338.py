# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh338: 繁體中文（台灣）器官捐贈與安寧緩和醫療（簽署意願書、健保卡註記、家屬會議、安寧病房、志工排班、LINE群）. All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh338
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "安寧病房公告"): _lines("""
        【安寧病房公告】本院6B安寧病房自2026年1月5日起調整探病時間為每日10:00-20:30，每床同時陪伴以2人為限，12歲以下兒童探視請先至護理站登記。
        家屬休息室微波爐與冰箱僅供病家使用，食物請標註床位與日期（例：6B-12、1/8），每週五下午3點統一清理，逾期或未標註者將直接丟棄，敬請見諒。
        本病房每週三14:00於芳療室舉辦「生命回顧團體」，由安寧共照團隊社工師與臨床心理師共同帶領，歡迎病人及家屬自由參加，不需事先報名。
        2026年春節期間（2/14-2/22）安寧居家療護暫停新收案，既有個案如有緊急狀況請撥24小時諮詢專線 (02)2737-6128 轉6B護理站，分機3621。
        台灣安寧照顧協會「四全照顧」公益講座：全人、全家、全程、全隊，2026/03/21（六）09:30於台大醫院國際會議中心301室，免費入場，名額180位，額滿為止。
        病房花園「心願樹」即日起開放懸掛祈福卡，請勿書寫病人全名、床號或病歷號，僅以祝福語及日期留念，卡片於每月最後一個週日由志工室統一收存。
        志工招募：本院安寧療護志工第28期基礎訓練課程共24小時，報名截止日2026/02/27，洽志工室 (04)2205-2121 分機1725，週一至週五08:30-17:00。
        寵物探視須事先申請，犬貓須施打狂犬病疫苗並出示證明，每次停留30分鐘以內，限於單人房或家屬會談室進行，申請表請至6B護理站索取並於三日前送件。
        依《安寧緩和醫療條例》第7條，末期病人得選擇不施行心肺復甦術或維生醫療，相關意願書可至一樓服務台索取或於本院官網「病人自主」專區下載列印。
        樓層公告：6B病房茶水間熱水機於1/12（一）上午9:00-11:00進行濾心更換（維修單號 MT-2026-0112-07），施工期間請改用6A茶水間，造成不便敬請見諒。
        感謝「佛教慈濟慈善事業基金會」捐贈電動氣墊床12張與電動移位機2台，設備已於2025年12月完成驗收並投入本院安寧病房使用，特此公告致謝。
        「安寧療護推廣週」靜態展：回顧馬偕紀念醫院1990年於淡水設立全台第一個安寧病房的歷史照片，展期3/2至3/15，地點B1藝廊，開放時間09:00-17:00。
        安寧病房音樂治療時段調整為每週二、四下午3點，由合作單位派員於交誼廳現場演奏，曲目以巴哈《G弦之歌》、德布西《月光》、鄧雨賢《望春風》為主。
    """),
    ("zh-Hant", "常見問答_健保卡註記"): _lines("""
        Q：簽了器官捐贈同意書，多久會註記到健保卡上？ A：登錄中心收到正本後約需1至2個月完成建檔，之後至任一醫療院所插卡更新，晶片即會寫入「器官捐贈」意願註記。
        Q：健保卡註記後還可以撤回嗎？ A：可以。填寫「意願撤回聲明書」寄回登錄中心，完成撤銷後再次插卡即會更新晶片資料，整個流程不收取任何費用。
        Q：未滿18歲可以簽署器官捐贈同意書嗎？ A：可以表達意願，但依《人體器官移植條例》規定，未成年人簽署須經法定代理人同意，並於同意書上共同簽名。
        Q：預立醫療決定書與DNR意願書有什麼不同？ A：前者依《病人自主權利法》須先完成預立醫療照護諮商並經公證或兩名見證人，適用五款臨床條件；後者依《安寧緩和醫療條例》僅適用末期病人。
        Q：預立醫療照護諮商（ACP）要收費嗎？ A：費用由各院自訂，多數醫學中心一次約新台幣2,000至3,500元，中低收入戶或符合特定條件者可向地方衛生局申請補助。
        Q：器官捐贈後遺體外觀會受影響嗎？ A：摘取手術由專業醫療團隊在手術室執行，結束後會以縫合及敷料妥善處理，原則上不影響入殮與告別式瞻仰遺容。
        Q：線上簽署需要準備什麼？ A：可使用自然人憑證，或以健保卡加上註冊密碼登入線上簽署系統完成，送出後畫面會顯示受理編號，請自行截圖保存。
        Q：健保卡上看得到我簽了什麼嗎？ A：卡面不會印出任何文字，註記僅存在晶片中，醫事人員以讀卡機讀取時才會顯示「安寧緩和醫療意願」「器官捐贈意願」等欄位。
        Q：家屬反對時醫院會怎麼做？ A：臨床上仍會召開家屬會議說明病人本人意願，由主治醫師、社工師與器官勸募協調師共同溝通，必要時安排醫學倫理委員會諮詢。
        Q：捐贈者家屬有補助嗎？ A：依衛生福利部相關規定可申請喪葬補助費，另有器官勸募醫院提供的悲傷關懷服務，詳情請洽各院器官勸募小組或社會工作室。
        Q：在國外發生意外，台灣健保卡的註記有效嗎？ A：註記僅供國內醫療院所讀取，海外醫院無法讀取晶片內容，建議隨身攜帶器官捐贈卡並事先與親友溝通。
        Q：哪裡可以做預立醫療照護諮商？ A：請洽各醫院ACP門診預約專線，或參考衛福部公布之「預立醫療照護諮商機構」名單，全台已有超過200家醫療機構提供服務。
        Q：安寧居家療護健保有給付嗎？ A：有。符合收案條件的末期病人，醫師、護理師及社工師居家訪視費用均依全民健康保險醫療服務給付項目及支付標準申報。
    """),
    ("zh-Hant", "LINE群工作訊息"): _lines("""
        【6B護理站】今晚大夜班還缺一位，有空的學姊學妹請在群組+1，22:30交班前確認即可，加班費依院內規定申報，謝謝大家🙏
        志工組長：本週六上午9-12點芳療課的精油已送到，薰衣草10ml×6瓶、甜橙10ml×4瓶，放在志工室第二層櫃子，用完請登記在借用表上。
        社工室通知：明天14:00的家屬會議改到第三會議室，投影機遙控器在護理站左邊抽屜，麻煩主治醫師團隊提早5分鐘到場準備，會議記錄表格請用FM-02新版。
        再提醒一次：LINE群組內請勿張貼病人姓名、床號與病歷號，交班資訊一律使用院內HIS系統，違者依本院資訊安全管理規範處理喔～
        器官勸募協調群：今晚移植手術室OR-7已保留，器官運送車預計01:40抵達急診側門，請保全先淨空救護車道，移植團隊00:50在三樓集合。
        麻煩大家更新一下2月志工排班表，Google表單連結已放在記事本，截止時間是1/25（日）晚上10點，逾時未填就由組長直接排班了喔。
        藥局通知：Morphine 10mg/mL 針劑本週缺貨，替代品 Fentanyl patch 12mcg/h 已補到6B藥車，如有用藥疑問請撥藥局分機2318。
        今天下午慈濟志工團隊會來病房唱歌，走廊會比較熱鬧，請護理同仁協助提醒需要安靜休息的病床拉上隔簾，活動預計15:00-16:00😊
        安寧共照門診本週四由腫瘤科與家醫科合診，時段13:30-16:30，掛號代碼 FM-PC-04，各病房轉介時請記得勾選電子單上的「共照」欄位。
        冰箱裡那盒芒果蛋糕是家屬送給全體護理人員的心意，大家下班前記得吃！盒子請丟資源回收，不要放在護理站桌上，保冷袋記得還給家屬喔，感謝配合～
        明天早上8點電梯保養，1號、2號梯暫停到10點，推床請走3號梯；安寧病房的遺體護送動線改從B2太平間專用梯，請大夜班交接清楚。
        資訊室回報：健保卡讀卡機驅動程式已更新至 v5.1.3.8，如出現「註記讀取失敗」錯誤碼 E-2107，請先重新插卡，仍失敗再重開電腦。
        下週一的安寧病房讀書會讀《凝視死亡》第6章，作者葛文德（Atul Gawande）談到長照與醫療選擇的兩難，有空的同仁一起來討論～
    """),
    ("en", "regulations_policy"): _lines("""
        Under Singapore's Human Organ Transplant Act (HOTA), citizens and permanent residents aged 21 and above who are not mentally disordered are included in the opt-out scheme unless they register an objection.
        The Medical (Therapy, Education and Research) Act, known as MTERA, lets people pledge organs and tissues beyond those covered by HOTA, such as skin and bone, for transplant, education or research.
        Taiwan's Patient Right to Autonomy Act took effect on 6 January 2019, widely described as the first law in Asia to give adults a comprehensive right to refuse life-sustaining treatment through an advance decision.
        Section 14 of the hospital donor policy: brain death must be determined by two qualified physicians in two separate tests, neither of whom may be a member of the transplant team.
        In Hong Kong, the Centralised Organ Donation Register run by the Department of Health lets people aged 18 or above record their wish online; entries can be amended or withdrawn at any time.
        Malaysia's National Transplant Resource Centre at Hospital Kuala Lumpur coordinates deceased donation; pledges may be made online through the Ministry of Health portal or at government hospitals.
        Policy HPC-07 rev. 3 (effective 2026-03-01): every patient admitted to the palliative care unit must have a documented goals-of-care discussion within 72 hours of admission.
        Volunteers must complete 24 hours of basic hospice training, a tuberculosis screen and a confidentiality undertaking before their first shift; the supervision ratio is one coordinator to twelve volunteers.
        China's Regulation on Human Organ Transplantation, first issued by the State Council in 2007 and revised in 2023, bans the sale of human organs and requires allocation through the national computer system.
        WHO Guiding Principle 5 states that organs should be donated freely, without any monetary payment, although reimbursement of reasonable and verifiable expenses incurred by the donor is permitted.
        Clause 9.2: family meetings for patients at the end of life shall include the attending physician, a nurse and a social worker; minutes are filed on form FM-02 within 24 hours.
        Retention schedule: signed DNR forms are scanned within 2 working days and kept for the full medical record retention period, which is at least 7 years under Article 70 of Taiwan's Medical Care Act.
        Hospice Palliative Care Act, Article 5: a person with full legal capacity may sign a letter of intent choosing hospice palliative care and may also appoint a healthcare agent to sign on their behalf.
    """),
    ("zh-Hans", "新闻_公众人物"): _lines("""
        据新华社报道，原卫生部副部长黄洁夫曾多次公开表示，自2015年1月1日起，公民逝世后自愿捐献成为中国器官移植的唯一合法来源。
        台北市前市长柯文哲早年任台大医院外科加护病房主任，曾参与推动葉克膜（ECMO）技术及器官移植团队建设，这段经历在其从政后常被媒体提及。
        新加坡《人体器官移植法》（HOTA）1987年实施时仅涵盖肾脏，此后经多次修订，逐步扩展至肝脏、心脏和角膜，并取消了原有的年龄上限。
        台湾安宁疗护先驱赵可式教授曾在多场演讲中强调“善终”与“好走”的意义，其著作被多所护理学院列为安宁疗护与生死学课程的必读参考书目。
        据中国人体器官捐献管理中心介绍，公众可通过“施予受”微信小程序办理器官捐献志愿登记，完成实名认证后即可生成电子登记卡，随时可以查询或撤销。
        作家琼瑶2024年12月离世前曾发表文字谈及“尊严善终”，引发两岸网友关于安宁疗护、生前预嘱与临终选择的广泛讨论，相关话题登上微博热搜。
        知名体育主播傅达仁2018年赴瑞士接受协助死亡，生前多次呼吁台湾推动善终立法，此事令《病人自主权利法》再度受到社会关注。
        深圳市2022年修订《深圳经济特区医疗条例》，首次在地方性法规中写入“生前预嘱”相关条款，被媒体称为内地首个相关立法实践。
        北京生前预嘱推广协会推出的《我的五个愿望》文本，已被多地安宁疗护试点机构采用，作为医护人员与患者沟通临终意愿的工具，文本可在协会官网免费下载。
        香港特区政府近年持续推广中央器官捐赠登记名册，市民可通过卫生署网站或“智方便”平台登记，医管局亦在各公立医院设置宣传展板。
        1968年台大医院李俊仁医师团队完成亚洲首例成功的肾脏移植手术，被视为台湾器官移植史的起点，相关史料现藏于台大医院院史室。
        马来西亚国家移植资源中心公布的数据显示，华裔公民登记器官捐献意愿的比例长期偏低，当地华团与宗教团体近年持续在庙宇和会馆加强推广。
        电影《入殓师》（おくりびと）2009年获得奥斯卡最佳外语片，主演本木雅弘的演出让不少观众开始正视殡葬与临终关怀行业的价值。
    """),
    ("mixed", "config_log"): _lines("""
        volunteer_roster.yaml: ward: "6B-Hospice", shift_slots: ["08:00-12:00", "13:00-17:00", "18:00-21:00"], min_volunteers: 2, notify_channel: "line_notify"
        2026-01-09T02:14:37+08:00 INFO nhi_card.reader 註記欄位讀取成功 flags=[ORGAN_DONOR, HPC_DNR] device=CHT-RD-0042 latency=182ms
        ERROR 2026-01-09 07:45:02 [ACP-Scheduler] 預約時段衝突 slot_id=ACP-20260115-1330 room=R302 code=SLOT_OVERLAP retry=3 next_try=07:50
        CREATE TABLE hospice_shift (shift_id SERIAL PRIMARY KEY, ward_code VARCHAR(8), start_at TIMESTAMPTZ, volunteer_id UUID, status VARCHAR(16) DEFAULT '待確認');
        LINE_CHANNEL_SECRET=your_channel_secret_here LINE_WEBHOOK_URL=https://example.org/webhook/hospice RATE_LIMIT=30/min # 請勿commit真實金鑰
        shift_date,ward,slot,volunteer_uuid,role,check_in,check_out,hours,remarks_不含個資,approved_by_role
        def mask_chart_no(s: str) -> str: return s[:2] + "*" * (len(s) - 4) + s[-2:]  # 病歷號遮罩，單元測試輸入 "TEST000001"
        GET /api/v2/donor-registry/stats?region=TW-TPE&year=2025 200 OK 0.214s bytes=1842 ua="HospiceDashboard/3.4.1"
        git commit 7f3a9c2e: fix(roster): 修正志工排班跨月時週次計算錯誤，closes #218；bump version 2.7.0 -> 2.7.1
        Dockerfile: FROM python:3.12-slim; ENV TZ=Asia/Taipei LANG=zh_TW.UTF-8; EXPOSE 8080; CMD ["gunicorn","roster.wsgi:app","-w","4"]
        {"event":"family_meeting.scheduled","meeting_id":"FM-2026-0031","ward":"6B","room":"家屬會談室B","start":"2026-01-20T15:00:00+08:00","duration_min":60}
        sha256(hpc_consent_form_v4.pdf) = 9c1e4b7a2f0d63e8b5a1c7d94f2e086b3a7c5d1e9f04b28a6c3d7e1f5b9a0c24，版本 4.2，共 3 頁
        cron: 0 6 * * 1 python manage.py export_roster --ward=6B --format=xlsx --mail-to=hospice-office@example-hospital.org.tw  # 每週一早上6點寄排班表
    """),
    ("ms", "notis_hospis"): _lines("""
        Hospis komuniti kami menyediakan penjagaan paliatif di rumah secara percuma di sekitar Cheras dan Ampang; sila hubungi talian pejabat 03-9173 2841 pada waktu pejabat.
        Notis: Kaunter ikrar penderma organ di lobi utama Hospital Kuala Lumpur dibuka setiap Isnin hingga Jumaat, 9.00 pagi hingga 4.00 petang, kecuali cuti umum.
        Majlis Fatwa Kebangsaan telah memutuskan pada tahun 1970 bahawa pemindahan organ seperti mata dan jantung adalah harus dalam keadaan darurat untuk menyelamatkan nyawa.
        Jadual sukarelawan wad paliatif bulan Februari telah dikemas kini dalam kumpulan WhatsApp; setiap syif 4 jam dan sukarelawan baharu mesti hadir taklimat pada Sabtu pertama.
        Kad ikrar penderma organ bukan dokumen undang-undang; keluarga tetap akan dirujuk sebelum pendermaan dilakukan, jadi bincanglah hasrat anda dengan ahli keluarga terdekat.
        Harga kit latihan sukarelawan: RM35 termasuk buku panduan, lencana dan beg kain; bayaran melalui DuitNow QR atas nama persatuan, No. Pendaftaran PPM-007-07-12031998.
        Minggu Kesedaran Pendermaan Organ 2026 akan diadakan di Pavilion Bukit Jalil dari 10 hingga 12 April, dengan pameran, ceramah dan kaunter pendaftaran ikrar.
        Program "Bicara Paliatif" di Dewan Kuliah 2, Hospital Pulau Pinang, Jalan Residensi, 10990 George Town, pada 14 Mac 2026 jam 2.30 petang; tempat terhad kepada 120 peserta.
        Soalan Lazim: Adakah agama saya membenarkan pendermaan organ? Kebanyakan agama utama di Malaysia termasuk Islam, Buddha, Kristian dan Hindu menyokong pendermaan organ.
        Peringatan kepada semua sukarelawan: jangan ambil gambar pesakit atau kongsi maklumat wad di media sosial; pelanggaran boleh menyebabkan keahlian digantung serta-merta.
        Sumbangan kepada tabung hospis layak mendapat potongan cukai di bawah Seksyen 44(6) Akta Cukai Pendapatan 1967; resit rasmi akan dikeluarkan dalam tempoh 14 hari bekerja.
        Di Singapura, warganegara beragama Islam telah dimasukkan ke dalam skim HOTA sejak pindaan tahun 2008, namun mereka masih boleh mendaftar bantahan jika tidak bersetuju.
        Bengkel menulis surat kasih untuk keluarga di Pusat Komuniti Ipoh Garden, Jalan Ipoh Garden 5, Ipoh, pada 22 Mac; yuran RM10 untuk bahan kraf dan minum petang.
    """),
    ("zh-Hant", "義賣商品_發票"): _lines("""
        【安寧病房愛心義賣】手工羊毛氈小熊 NT$280／隻，商品編號 HB-FELT-003，每隻約12公分高，所得全數撥入本院安寧療護基金，可開立捐款收據。
        電子發票 QT-82736415，賣方：仁心醫療器材有限公司（統一編號 24817365），品項：電動氣墊床 ×2，金額 NT$76,000（含稅），開立日期 2026/01/07。
        「阿嬤的麵包坊」協力供應安寧病房家屬下午茶：蔓越莓司康 NT$45、紅豆麵包 NT$35，每週三、六上午配送，團購訂購專線 (02)2597-3318。
        「陳記花藝」告別式花牌與病房鮮花訂購：小型桌花 NT$650起、大型花牌 NT$3,800起，門市地址：台北市大安區信義路三段147巷5號1樓。
        安寧居家療護自費項目價目表：居家芳香按摩 NT$1,200／次（60分鐘）、居家沐浴車 NT$1,800／次，交通費依里程另計，台北市區內每趟 NT$300。
        二手書義賣：《當呼吸化為空氣》（保羅・卡拉尼提著）NT$150、《最後14堂星期二的課》（米奇・艾爾邦著）NT$120，共28本，售完為止。
        出貨通知：訂單 ORD-20260112-0457 已交由黑貓宅急便寄出，追蹤號碼 9012-3456-7821，預計 1/14 送達本院志工室，收件單位：安寧病房志工組。
        品名：器官捐贈宣導別針（綠絲帶款），規格 2.5cm，單價 NT$60，最低訂購量 200 個，供應商：綠光文創工作室，統一編號 90312574。
        收據編號 HPF-2026-000812：捐款用途「安寧療護基金」，捐款方式：信用卡定期定額，本收據可作為綜合所得稅列舉扣除憑證，請妥善保存。
        聯名款「Morrie 週二手帳」限量500本，每本 NT$380，以《最後14堂星期二的課》中的莫瑞教授為靈感設計，部分收益捐贈安寧照顧基金會。
        療癒蠟燭 Hospice Glow 系列：薰衣草、檜木、白茶三款，每款 NT$420，容量 200g，燃燒時數約 40 小時，國際條碼 4710123456781。
        採購單 PO-2026-0118：志工背心（深綠色，M/L/XL）共 60 件，單價 NT$350，小計 NT$21,000，預計 2/5 前交貨至本院志工室。
        財團法人晨光安寧關懷基金會 聖誕卡義賣：一組5張 NT$250，郵政劃撥帳號 19653218，戶名「財團法人晨光安寧關懷基金會」，滿千元免運費。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        病人林秀琴（女，78歲，病歷號 0047823165）胰臟癌末期，已於1/6簽署不施行心肺復甦術意願書，長子陳建宏為醫療委任代理人。
        志工排班調整：週四下午原由黃美玲師姊負責的6B病房陪伴，因她確診乳癌正在做化療，暫由組長代班到三月底。
        器官捐贈同意書 簽署人：張志偉 身分證字號：F126403981 出生日期：1985/07/14 聯絡電話：0912-348-657 捐贈項目：全部器官及組織
        家屬會議紀錄：病人吳金水之女吳淑芬表示父親生前曾說過「不要插管」，但二兒子吳俊傑堅持要急救，雙方當場爭執，社工師安排下週再談。
        LINE群：@阿德 你爸爸明天轉安寧病房的床位確定了，6B-08，記得帶他的健保卡和重大傷病卡來辦手續喔
        健保卡註記查詢結果：姓名 王麗華，身分證 E205173649，器官捐贈意願：已註記（2019/03/22），安寧緩和醫療意願：已註記（2021/11/05）。
        林太說她先生欠了地下錢莊快兩百萬，現在住進安寧病房，債主還打電話到護理站找人，請大家接到電話不要透露任何消息。
        0933-781-264 這支是蔡先生女兒的手機，她說白天在上班，病人有狀況請先傳LINE，晚上八點後才方便接電話。
        安寧居家訪視地址：新北市板橋區文化路二段182巷7弄3號4樓，個案李阿嬤（李陳玉霞），失智合併第三期褥瘡，外籍看護 Siti 同住。
        預立醫療決定書見證人：周雅婷（B220469812）、鄭文雄（R123698549），諮商日期 2025/12/18，意願人郭美惠已完成公證。
        病人楊國華的太太剛剛在走廊哭，說先生住院前被公司資遣，保險又斷繳，醫藥費已經刷爆兩張信用卡了。
        志工許淑惠 0921-556-083，負責週二、五上午；志工劉建國 0958-204-719，負責週六全天，兩位都已完成24小時基礎訓練。
        中國信託 帳號 822-5401-2736-1958 戶名 蘇明德，家屬說奠儀和病房感謝金都匯到這個帳戶，請社工協助確認。
        阿珠姨的孫子剛從澳洲回來，他說阿嬤生前的心願是捐眼角膜，家屬會議預計週六早上10點，請協調師先準備同意書。
        病人謝志明 HIV 陽性，此資訊僅限主治醫師團隊知悉，家屬尚不知情，請勿在明天的家屬會議中提及。
        小萱（本名陳筱萱）今年才29歲，懷孕五個月時發現子宮頸癌轉移，她決定先把寶寶生下來再接受安寧照護。
        車號 BKR-3692 是病人家屬鄭先生的車，停在急診側門救護車道上已經一小時，請保全廣播請他移車。
        健保卡號 000012847365 的病人羅玉蘭今天插卡顯示已撤回器官捐贈註記，請器官勸募小組再與家屬確認。
        江伯伯的大兒子因為酒駕被關在台中監獄，社工正在申請讓他戒護外出，回來見父親最後一面。
        遺體護理紀錄：2026/01/10 03:25 病人曾清泉宣告死亡，家屬曾玉梅（女兒，0986-407-352）在場，遺體已於04:40移至太平間。
        地址：台中市北屯區崇德路三段455巷12號，收件人：洪素珍，內容物：往生者遺物（眼鏡、手錶、佛珠），請以掛號寄出。
        志工范志豪上個月離婚後情緒很不穩定，已經連續三次沒來排班，組長建議先請他暫停服務並轉介心理諮商。
    """),
    "zh-Hans": _lines("""
        患者周国强，男，68岁，身份证号 350203195708142032，肝癌晚期，家属已签署放弃心肺复苏同意书，目前在安宁病房。
        器官捐献登记：登记人黄晓敏，手机 138-2654-7193，邮箱 huangxm1980@163.com，志愿捐献全部器官及眼角膜。
        王阿姨的儿子在微信群里说，他妈妈的癌症已经扩散到骨头了，医生说最多还有三个月，想找一家能用医保的安宁疗护机构。
        家属会议：患者李淑华（身份证 310115196206054822）的丈夫张伟明与女儿对是否转入ICU意见不一，社工建议下次邀请主治医生参加。
        陈志强 440306198003221515 申请生前预嘱公证，联系地址：深圳市南山区桃园路168号怡海花园3栋1502室。
        老赵（赵德海）去年做了肾移植，术后一直吃他克莫司，最近肌酐又升高了，他老婆在群里问抗排斥药能不能报销。
        护工孙丽，微信号 sunli_hugong88，每天260元，照顾3床的马大爷，家属反映她夜里常常睡着不给老人翻身。
        志愿者刘婷婷的银行卡 6222 0212 3456 7890 123 用于报销交通补贴，本月共8次，合计320元。
        患者钱玉珍的女儿在香港，电话 +852 6123 4578，香港身份证 K382915(4)，需要她回来签署器官捐献知情同意书。
        郑阿婆是低保户，欠医院两万多元住院费，儿子在外地打工联系不上，社工正在帮她申请大病救助。
    """),
    "en": _lines("""
        Palliative referral: Mdm Tan Siew Lian, 82, NRIC S5810427B, end-stage heart failure, lives alone at Blk 214 Ang Mo Kio Ave 3 #08-1127, Singapore 560214.
        Volunteer roster: Kelvin Lim Wei Jie, mobile 9127 4836, email kelvin.lwj@gmail.com, Tuesdays 2-6pm, completed hospice orientation on 12 Jan 2026.
        Family meeting note: Mr Raj Kumar's son Vikram wants everything done, while his wife asked us privately whether he can die at home; Mr Kumar no longer has capacity.
        Jason Ong still owes the funeral parlour S$8,400 for his late father's wake and has asked the hospice social worker to help him apply for a Medifund waiver.
        Organ pledge form. Name: Nurul Aisyah binti Kamal; NRIC T0219563H; DOB 03/05/2002; Blood group O+; Next of kin: Kamal bin Osman (father), 8235 6109.
        Mr Ho's eldest son is in remand at Changi Prison on drug charges; we need to arrange an escorted compassionate visit before Mr Ho passes.
        Hi Auntie Mei, this is the nurse from Ward 6B. Your husband's morphine dose was increased this morning, please call me back at 9648 2017 when you can.
        Donor coordinator log: Ng Kok Hwa, 46, brainstem death confirmed 02:10 after a motorcycle accident on the PIE; wife Serene Ng consented to kidney and cornea donation.
    """),
    "ms": _lines("""
        Pesakit Encik Ahmad Faizal bin Rahman, No. MyKad 680312-10-5471, kanser paru-paru tahap 4, telah dirujuk ke hospis; isteri boleh dihubungi di 012-734 5190.
        Puan Lakshmi a/p Subramaniam sedang mengandung 7 bulan dan suaminya baru disahkan mati otak; keluarga masih berbincang sama ada bersetuju menderma organ.
        Sukarelawan Siti Hajar, alamat No. 27, Jalan Mawar 4, Taman Sri Gombak, 68100 Batu Caves, Selangor, minta tukar syif Sabtu kerana anaknya demam.
        Pak Long Hassan masih berhutang RM12,000 dengan ah long dan anak-anaknya tak tahu; dia minta kita jangan beritahu semasa mesyuarat keluarga esok.
    """),
    "mixed": _lines("""
        病人家屬 Mr Chua 說 his mum 蔡金枝 wants to 捐眼角膜，他的 WhatsApp +65 9735 2486，請 coordinator 今晚 call 他。
        Ward 6B roster update：志工 Amy 張（張惠雯）改到 Fri PM，email amy.chang.0923@yahoo.com.tw，phone 0919-372-845。
        FYI 家屬會議 tmr 3pm：patient 游振興的 daughter 說 dad 已經 bankrupt，住院費想申請社會救助，SW please follow up.
        CSV row: 2026-01-11,6B-05,"邱美珠",D225917306,0928-615-703,DNR=Y,organ_donor=N,ACP=done
        阿偉（林志偉）的 MyKad 880915-14-6637，他在吉隆坡工作，爸爸住在台北的安寧病房，需要他盡快回來 sign 同意書。
        [LINE] 06:12 夜班：N127843065 這位病人（彭先生）凌晨血氧掉到82%，家屬 request 不要插管，已 call 值班醫師。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是醫院安寧病房的行政助理，協助護理站撰寫給家屬的通知訊息，語氣溫和、簡潔。"),
        (
            "user",
            "幫我寫一段LINE訊息通知家屬：病人陳碧霞（6B-11）明天下午兩點開家屬會議，要討論是否撤除鼻胃管，聯絡人是她兒子黃俊明，電話 0937-482-106。",
        ),
        (
            "assistant",
            "黃先生您好，這裡是6B安寧病房護理站。關於令堂陳碧霞女士的照顧計畫，醫療團隊預計於明天下午2點在家屬會談室召開家屬會議，討論鼻胃管的後續安排。若您或其他家人無法出席，請回覆此訊息或來電護理站，我們再協助調整時間。謝謝您。",
        ),
        ("user", "可以再短一點嗎？他不太看長訊息。"),
        (
            "assistant",
            "黃先生您好：明天（週四）14:00 於6B家屬會談室，討論陳碧霞女士鼻胃管安排，請撥空出席，無法前來請回覆。6B護理站敬上",
        ),
    ],
    [
        (
            "user",
            "Hi, I want to register an objection under HOTA for myself. My name is Melissa Goh Hui Min, NRIC S7734218D. Can you fill in the form for me?",
        ),
        (
            "assistant",
            "I can't submit forms on your behalf, and it's safer not to share your NRIC in a chat. You can register an objection through the Ministry of Health's HOTA objection form using Singpass, or by posting the hard-copy form to the National Organ Transplant Unit.",
        ),
        ("user", "OK. Will my family be told if I object?"),
        (
            "assistant",
            "The registry doesn't notify family members automatically. It's a good idea to tell your next of kin yourself so that your wishes are clear to them.",
        ),
    ],
    [
        (
            "system",
            "你是一名安宁疗护咨询助手，回答用户关于内地安宁疗护机构、医保报销及生前预嘱的问题。",
        ),
        (
            "user",
            "我妈刘桂芳，72岁，肺癌脑转移，现在在上海市第六人民医院住院，医生建议转安宁疗护。我叫何建军，电话 139-1762-4385，想问一下转到社区的舒缓疗护病床，医保怎么结算？",
        ),
        (
            "assistant",
            "何先生您好。上海的社区卫生服务中心舒缓疗护病床一般按住院标准纳入医保结算，具体比例取决于您母亲的参保类型。建议您先向主管医生开具转诊单，再联系户籍所在地社区中心预约评估。",
        ),
        (
            "user",
            "她是退休职工医保，户口在闵行区莘庄，住址是莘松路 288 弄 15 号 602 室，离哪个中心比较近？",
        ),
        (
            "assistant",
            "按您提供的地址，可以先咨询莘庄镇社区卫生服务中心，电话可在闵行区卫健委官网查询。评估时请带上您母亲的医保卡、出院小结和近期影像报告。",
        ),
    ],
    [
        (
            "user",
            "Saya Nor Azlina binti Yusof. Ayah saya, Yusof bin Mat Isa (MyKad 520804-03-5129), baru dimasukkan ke wad paliatif Hospital Raja Perempuan Zainab II. Boleh dia derma kornea pada usia 73 tahun?",
        ),
        (
            "assistant",
            "Puan Nor Azlina, secara umum umur bukan halangan utama untuk menderma kornea; penilaian dibuat oleh pasukan perubatan selepas kematian. Sila maklumkan hasrat ayah puan kepada jururawat wad dan pegawai penyelaras transplan hospital.",
        ),
        ("user", "Abang saya tak setuju. Macam mana nak bincang dalam mesyuarat keluarga?"),
        (
            "assistant",
            "Cuba mulakan dengan hasrat ayah sendiri, bukan pendapat sesiapa. Minta pegawai kerja sosial perubatan atau penyelaras transplan hadir untuk menerangkan prosedur dan pandangan agama, supaya semua ahli keluarga mendapat maklumat yang sama.",
        ),
    ],
    [
        (
            "system",
            "你是志工排班助理。目前2月排班資料：週二AM 志工 Irene 曾（曾怡君，0955-130-274）；週二PM 志工 Kevin 吳（吳冠廷，0916-882-305）；週六AM 志工 阿芬（黃淑芬，0963-417-529）。請依使用者需求調整。",
        ),
        ("user", "Irene 說她媽媽開刀住院，2月第二週週二不能來，可以幫我找人 cover 嗎？"),
        (
            "assistant",
            "可以。目前週二PM 的吳冠廷尚有空檔，建議詢問他是否能改為當天全天支援；若不行，也可以請週六AM 的黃淑芬調班。需要我幫你草擬LINE訊息給他們嗎？",
        ),
        ("user", "好，幫我寫給 Kevin，簡單就好。"),
        (
            "assistant",
            "Kevin 你好～2/10（二）上午原本是 Irene 的班，她家裡有事無法到，想問你當天能否早上也一起支援？方便的話回覆我一下，謝謝你！",
        ),
    ],
    [
        (
            "user",
            "我叫賴彥廷，身分證 L125830460…… 算了不重要。我去年確診漸凍症（ALS），現在還能打字，想先寫好預立醫療決定的內容，請幫我整理重點。",
        ),
        (
            "assistant",
            "賴先生您好，謝謝您信任我。建議您不要在對話中提供身分證字號。依《病人自主權利法》，預立醫療決定書須先完成預立醫療照護諮商，再經公證或兩位見證人見證，並註記於健保卡。內容上可以考慮：是否接受氣切與呼吸器、是否接受鼻胃管或胃造口等人工營養、以及指定醫療委任代理人。",
        ),
        (
            "user",
            "我想指定我太太簡佩珊當代理人，她手機 0982-660-417。如果我以後不能說話，也不想插氣切管。",
        ),
        (
            "assistant",
            "了解。您可以在預立醫療決定書中勾選「極重度失能」等適用條件下拒絕維持生命治療，並在醫療委任代理人欄填寫簡佩珊女士的資料。建議您與她一同前往ACP門診，讓她也清楚您的意願。",
        ),
    ],
    [
        ("system", "You are a helpful assistant for a Hong Kong family caregiver support line."),
        (
            "user",
            "My dad Wong Chi Keung is 79, HKID Y604172(6), he has end-stage kidney failure and stopped dialysis last month. He wants to register on the Centralised Organ Donation Register. Is that still possible?",
        ),
        (
            "assistant",
            "He can still register his wish, though whether organs or tissues such as corneas can be used will be assessed by the medical team at the time. Registration can be done on the Department of Health's CODR website. Please don't share his HKID in chats; enter it only on the official site.",
        ),
        (
            "user",
            "Thanks. I'm Wong Ka Yan, his only daughter, my number is 9472 1358 in case the hospice needs to reach me.",
        ),
        (
            "assistant",
            "Please give that contact number directly to the hospice nursing team and make sure you are listed as next of kin in his hospital record, so they can reach you promptly.",
        ),
    ],
    [
        ("system", "你是安寧志工組長的助理，負責摘要LINE群組對話。"),
        (
            "user",
            "幫我摘要昨晚群組：『[21:03] 淑娟：6B-03 的張老師今天一直說想回家看他的狗。[21:10] 志工小莊：張老師女兒 張怡如 說下週三可以接他回家半天，她電話 0920-315-846。[21:40] 淑娟：張老師血壓偏低，記得跟護理站說。』",
        ),
        (
            "assistant",
            "摘要：1. 6B-03 張老師表達想回家探望寵物的心願。2. 女兒張怡如表示下週三可接父親返家半天，聯絡電話 0920-315-846。3. 張老師昨晚血壓偏低，需告知護理站評估是否適合外出。",
        ),
        ("user", "好，另外提醒大家群組裡不要再貼電話，幫我寫一句公告。"),
        (
            "assistant",
            "【提醒】為保護病人與家屬隱私，群組內請勿張貼姓名以外的聯絡電話、病歷號或病況細節，需要聯繫家屬請透過護理站。感謝大家配合！",
        ),
    ],
    [
        ("system", "你是澳门一家私立医院的社工助理，帮助整理家属会议纪要。"),
        (
            "user",
            "请帮我整理会议纪要：患者梁锦荣，65岁，胃癌末期，澳门居民身份证 5184026(3)。出席：妻子何美玲、儿子梁家豪。儿子表示父亲在内地欠了三十多万赌债，担心债主来医院闹事；妻子希望父亲最后能回家。",
        ),
        (
            "assistant",
            "家属会议纪要｜患者：梁锦荣（65岁，胃癌末期）｜出席家属：何美玲（妻）、梁家豪（子）｜讨论要点：1. 家属关注患者债务问题可能引起的安全顾虑，建议与院方保安部沟通访客管理。2. 妻子希望患者返家度过最后时光，团队将评估居家安宁服务的可行性。｜后续：社工跟进安全安排及居家照护资源转介。",
        ),
        ("user", "纪要里能不能不写赌债，只写经济困难？"),
        (
            "assistant",
            "可以。第一点可改为：家属表示患者有经济困难及相关安全顾虑，建议与保安部沟通访客管理。这样既保留需要跟进的事项，也避免在纪要中记录过多敏感细节。",
        ),
    ],
    [
        (
            "user",
            "幫我把這幾筆 data 轉成 CSV：林俊毅 0910-458-273 週一PM；Grace 蔡 grace.tsai88@gmail.com 週三AM；阿明（陳志明）台北市士林區中正路 235 巷 8 號 週日全天",
        ),
        (
            "assistant",
            "name,contact,shift ／ 林俊毅,0910-458-273,週一PM ／ Grace 蔡,grace.tsai88@gmail.com,週三AM ／ 陳志明（阿明）,台北市士林區中正路235巷8號,週日全天",
        ),
        ("user", "Thanks! 阿明那欄可以只留姓名嗎？他不想住址外流。"),
        (
            "assistant",
            "沒問題，已移除住址： ／ name,contact,shift ／ 林俊毅,0910-458-273,週一PM ／ Grace 蔡,grace.tsai88@gmail.com,週三AM ／ 陳志明（阿明）,,週日全天",
        ),
    ],
]
