# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat155: chats with an assistant about one's own eyesight or hearing problems (LASIK regrets, hearing-aid costs, a glaucoma diagnosis, a driving-licence medical, insurance claims, accommodations at work). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat155
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "price_list"): _lines("""
        Hearing aid price list effective 1 Mar 2026: Phonak Audéo Sphere Infinio 90 S$8,980/pair; Oticon Intent 1 S$9,450/pair; Signia Pure Charge&Go IX 7 S$6,200/pair; GST included.
        Starkey Genesis AI 24 RIC — RM 11,800 per pair incl. 3-year warranty, 4 free fine-tuning sessions and 1 loss & damage replacement (excess RM 950).
        Tom Ford FT5634-B blue-block frame RM 1,290; Oliver Peoples Gregory Peck OV5186 RM 1,650; lenses from RM 380 (Hoya Nulux 1.60) to RM 2,400 (Zeiss SmartLife progressive).
        Pure tone audiometry + tympanometry S$85; speech-in-noise test S$40; real-ear measurement S$60 — waived with any hearing aid purchase above S$3,000 at our Tampines Hub counter.
        Glaucoma screening package (IOP, OCT RNFL, visual field 24-2) S$210 at Novena Vision Centre, 10 Sinaran Drive #08-33; screening is not Medisave-claimable.
        Traffic Police medical for drivers aged 65 and above: S$45 per examination, results submitted electronically the same day; bring your current spectacles or contact lenses.
        Batteries size 312 (Rayovac Extra, 6-pack) RM 18; size 13 RM 18; size 10 RM 16; Duracell ActivAir 675 RM 22 — buy 5 packs get 1 free, while stock lasts.
        ReSound Nexia 9 rechargeable: S$7,600/pair list price, less Senior Mobility Fund subsidy where eligible; final subsidy amount is set after the means test.
        Ortho-K night lenses (Menicon Bloom Night) 1st-year package S$2,380 incl. 6 reviews; replacement lens S$480 each; not suitable for myopia above -6.00D.
        Custom swim plugs S$120/pair, musician ER-15 filter plugs S$320/pair, sleep plugs S$95/pair; impressions taken on site, ready in 10 working days.
        Owndays ION Orchard B3-32: single-vision lenses included with frame from S$98; 1.74 ultra-thin add-on S$100; blue-light add-on free for members until 31 May 2026.
        Post-LASIK enhancement policy: free within 12 months if residual refraction is -0.75D or worse; 12-24 months S$1,200 per eye; after 24 months S$2,150 per eye.
        Mr Spex Optometry Studio, 391 Orchard Road #04-21 Ngee Ann City: comprehensive eye exam S$60, dilated fundus exam S$40, contact lens fitting S$50 (waived with purchase).
    """),
    ("en", "config_and_logs"): _lines("""
        audiology_booking: {clinic_code: SGH-ENT-02, slot_minutes: 45, max_daily: 18, reminder_sms: true, sender_id: SGHENT, timezone: Asia/Singapore}
        2026-04-02T08:15:44+08:00 INFO hearing-fit svc=fitting-sync device=OTI-INTENT1-R fw=2.4.1 session=fs_9c31e7 result=OK latency_ms=212
        2026-04-02T08:16:02+08:00 WARN claims-api POST /v2/claims/optical 422 reason=MISSING_INVOICE_PDF claim_ref=CLM-2026-004417 retry_in=300s
        SELECT sku, brand, model, price_myr FROM hearing_aids WHERE brand IN ('Phonak','Signia','Widex') AND rechargeable = 1 ORDER BY price_myr;
        VA_THRESHOLDS = {'class3_min': '6/12', 'psv_min': '6/9', 'monocular_field_deg': 120}  # binocular, correction allowed
        docker run -d --name audiogram-ocr -p 8088:8080 -e MODEL=paddleocr-v4 -e LANG=ch_en registry.example.com/med/audiogram-ocr:1.7.3
        sha256 7ccf7c29f4df63168e59feae359a1e7e6f1aef59f435cdc79f8ffeae4df0f84f  iol-calculator-2.3.0-linux-x86_64.tar.gz
        claim_ref,policy_type,benefit_code,item,invoice_no,invoice_date,amount_sgd,status,reviewer_team
        2026-04-02 09:03:11 [eyeq-scheduler] job=oct_upload batch=B-20260402-07 files=146 bytes=2.31GB dest=s3://eyeq-imaging-prod/oct/ status=done
        # device recall contacts, replace before deploy: support_email = 'recalls@hearingco.example' ; hotline = '+65 6000 0000'
        feature_flags: lasik_quote_widget=on, glaucoma_reminder_push=on, tinnitus_diary=beta, dark_mode_high_contrast=on, font_scale_max=200%
        GET /api/v1/stores?near=1.3048,103.8318&radius_km=3&service=hearing_test 200 OK 38ms (items=7, cache=HIT)
        Release 3.12.0 (2026-03-28): added WCAG 2.2 AA contrast tokens, screen-reader labels on claim forms, caption toggle for tele-audiology video; fixed OCR of Snellen charts.
    """),
    ("zh-Hans", "医院公告"): _lines("""
        复旦大学附属眼耳鼻喉科医院汾阳院区通知：自2026年3月1日起，青光眼专病门诊调整至每周二、周四上午，请通过官方微信公众号预约，现场号源每日限30个，额满即止。
        温馨提示：全飞秒（SMILE）术前检查需停戴软性隐形眼镜至少1周、硬性角膜接触镜（RGP）至少3周，检查当日请勿化眼妆，并由家属陪同，检查时间约2至3小时。
        听力中心通知：纯音测听、声导抗、耳声发射检查每日上午8:00开始叫号；新生儿听力复筛每周一、三、五下午进行，请携带出生医学证明及初筛报告单。
        医保提示：根据本市规定，白内障超声乳化联合人工晶体植入术已纳入日间手术管理，进口多焦点人工晶体差价部分需自费，具体金额以收费窗口公示为准。
        机动车驾驶人体检须知：申请小型汽车准驾车型，两眼裸视力或者矫正视力达到对数视力表4.9以上，无红绿色盲；两耳分别距音叉50厘米能辨别声源方向。
        服务热线：400-820-3366（工作日8:00-17:00），预约挂号请登录“健康云”平台或拨打12320；咨询邮箱 service@mingshi-eye.example.cn，本邮箱不受理退费申请。
        元旦假期安排：1月1日至1月3日普通门诊停诊，眼科急诊24小时照常开放，急诊地址为门诊楼一层东侧，急诊电话020-87330000，请勿拨打医生个人电话。
        助听器验配室公告：本周六（4月12日）进行设备年度校准，暂停真耳分析及助听器调试服务，已预约患者将由客服另行电话通知改期，给您带来不便敬请谅解。
        青光眼患者用药提醒：拉坦前列素滴眼液开封后请在4周内用完，未开封时2-8℃避光保存；如出现眼红、睫毛变长多属常见反应，请勿自行停药，复诊时告知医生。
        《近视防治指南（2024年版）》解读讲座：3月22日14:00，门诊楼5层学术报告厅，主讲为视光中心主任医师团队，免费入场，限额80人，请提前在公众号报名。
        收费公示：角膜地形图120元/次；光学相干断层扫描（OCT）200元/次；视野检查60元/次；非接触眼压10元/次；以上价格依据省医疗服务价格目录执行。
        失物招领：3月18日在二楼验光区拾获黑色助听器盒一个（内有耳背式助听器一只），请失主携带购买凭证到一楼服务台认领，电话0571-87000000转8012。
        温馨提示：散瞳检查后4至6小时内会出现视物模糊、畏光，请勿自行驾车，建议家属陪同；儿童睫状肌麻痹验光使用阿托品需提前连续点药3天。
    """),
    ("zh-Hans", "历史与科普"): _lines("""
        1955年，微生物学家汤飞凡首次用鸡胚卵黄囊接种法分离出沙眼病原体，被誉为“衣原体之父”，此后沙眼在我国的患病率大幅下降，曾是致盲首因的沙眼逐步被控制。
        贝多芬二十多岁时开始听力下降，1802年写下《海利根施塔特遗嘱》，倾诉失聪带来的痛苦；晚年几乎全聋，却仍完成了《第九交响曲》，首演时需旁人提醒他转身看观众的掌声。
        路易·布莱叶（Louis Braille）3岁时在父亲的马具作坊里意外伤眼，后双目失明；15岁时他在夜间文字的基础上发明了六点盲文体系，1829年首次出版盲文说明。
        海伦·凯勒19个月大时因病失去视力和听力，在老师安妮·莎莉文的帮助下通过手掌拼写学会语言，后毕业于拉德克利夫学院，成为第一位获得文学学士学位的聋盲人。
        眼科学家陈耀真与毛文书夫妇于1965年参与创建中山医学院眼科医院，这就是今日中山大学中山眼科中心的前身，他们也被认为是我国现代眼科学的重要奠基人。
        1990年希腊眼科医生Ioannis Pallikaris发表了LASIK术式，结合角膜板层刀制瓣与准分子激光切削；1999年美国FDA批准首批用于LASIK近视矫正的准分子激光设备。
        2005年春晚舞蹈《千手观音》由中国残疾人艺术团的21位聋人演员表演，领舞邰丽华后来出任中国残疾人艺术团团长，并当选全国政协委员，节目在海内外巡演多年。
        爱迪生自少年时期便听力严重受损，他曾说耳聋让他免受外界干扰、更专注于工作；1877年他发明了留声机，据说调试时要用牙齿咬住木板来感受声音的振动。
        人工耳蜗的先驱之一、澳大利亚耳科医生格雷姆·克拉克（Graeme Clark）于1978年在墨尔本完成了首例多通道人工耳蜗植入手术，其成果后由Cochlear公司商业化。
        科普：青光眼被称为“视力的小偷”，早期多无明显症状，视神经损伤不可逆转；40岁以上人群应定期测量眼压、检查眼底和视野，有家族史者更应提早筛查。
        科普：世界卫生组织《世界听力报告》估计，到2050年全球约有25亿人存在不同程度的听力损失，其中至少7亿人需要听力康复服务，噪声暴露是可预防的主要原因。
        金针拨障术在唐代已有记载，诗人刘禹锡曾作《赠眼医婆罗门僧》，白居易晚年亦有《眼病二首》等诗作描写眼疾之苦，可见白内障在古代已是常见的致盲眼病。
        科普：LASIK术后干眼多在3至6个月内逐步缓解，少数人持续更久；由于不需要制作角膜瓣，全飞秒（SMILE）被认为可降低角膜瓣相关并发症的风险，但并非人人适合。
    """),
    ("zh-Hant", "insurance_faq"): _lines("""
        問：醫療保險是否賠償激光矯視（LASIK）？答：一般屬矯視或美容用途，列為不保事項；如因眼疾（例如圓錐角膜）需進行角膜手術，須附眼科專科醫生證明書。
        問：助聽器可否透過自願醫保（VHIS）索償？答：標準計劃不包括助聽器等醫療器材，部分靈活計劃另設附加保障，詳情請查閱保單附表第4項「附加醫療器材保障」。
        長者醫療券可用於視光師的視力檢查及部分眼科服務，每年額度為港幣2,000元，累積上限港幣8,000元；購買助聽器能否使用，須視乎服務提供者是否已登記參與計劃。
        香港眼科醫院位於九龍亞皆老街147K號，專科門診須持醫生轉介信預約，新症按病情分流為第一優先、第二優先及穩定個案，輪候時間可於醫管局網站查閱。
        運輸署提示：年滿70歲的駕駛執照持有人申請續期時，須提交由註冊醫生簽發的體格檢驗報告（TD256表格），正式駕駛執照有效期為1年至3年不等。
        索償所需文件：正本收據、醫生轉介信、聽力測試報告（須列明各頻率聽力損失分貝值）、保單號碼及已填妥的索償表格；影印本恕不受理，文件一經遞交概不退還。
        部分危疾保險將「嚴重失明」列為受保疾病，定義一般為雙眼永久及不可逆轉地喪失視力，經矯正後較佳一隻眼的視力為6/60或以下，並須由眼科專科醫生確診。
        查詢熱線：2880 8000（星期一至五 9:00-18:00），WhatsApp 客服 5123 8800，電郵 claims@harbourlife.example.hk，理賠編號格式為 HL-CL-YYYYMM-NNNNN。
        等候期說明：新保單生效後首30日內確診之疾病不獲賠償（意外除外）；白內障及青光眼手術另設12個月等候期，續保保單則不受等候期限制。
        綜援受助人如經醫生證明需要助聽器或特別眼鏡，可向社會福利署申請特別津貼，金額按實際費用或核准上限發放，詳情可致電社署熱線或向所屬社會保障辦事處查詢。
        理賠狀態說明：「已收件」代表文件齊備；「補件中」代表須提交額外文件；「審批中」一般需時10個工作天；「已批核」後3個工作天內以原付款方式退款。
        台灣身心障礙者輔具費用補助：助聽器補助金額依障礙類別及等級而定，須先經輔具評估人員評估，並於購買後6個月內檢附收據及保固書向戶籍地公所申請。
        Harbour Life Assurance (Hong Kong) Limited 商業登記號碼 71234567-000，辦事處地址為香港灣仔港灣道18號中環廣場35樓，非辦公時間請使用網上理賠平台遞交文件。
    """),
    ("zh-Hant", "員工群組訊息"): _lines("""
        【庫存】Oticon Intent 1 耳後型 米白色 目前剩2組，週五前一定要補貨，麻煩採購那邊幫忙下單，料號 OT-INT1-MRIE-BE，數量先抓6組。
        信義店今天自動驗光儀又當機，已經報修了，廠商說下午3點會派人來，這段時間請大家先引導客人去2樓備用驗光室，結帳櫃台暫時只留一位同事。
        提醒各位：本月起助聽器試戴一律填寫新版試戴同意書（版本 v2026.03），舊版表格請全部回收銷毀，不要再拿給客人填，有問題找店長確認。
        黑貓宅急便單號 9038-4471-2295 的鏡片今天到了，共12片蔡司鑽立方防藍光，請早班同事點收後放在B櫃，破損的話拍照回報群組。
        週六的社區聽力篩檢活動在大安區的里民活動中心，需要4位同事支援，早上9:00集合，記得帶攜帶型聽力計兩台和延長線，午餐公司會準備。
        系統公告：POS 明晚 22:00-23:30 更新到 5.8.2 版，期間無法開立電子發票，請各店先準備好手開三聯式發票，更新完成後會在群組通知。
        剛剛總部通知，Hoya 新樂學離焦鏡片 4/1 起漲價5%，價目牌請在3/31下班前全部換好，已經報價但還沒結帳的單子一律照舊價處理。
        健保署公告人工電子耳給付條件有修正，相關文件我放在共用雲端「法規/2026」資料夾裡了，大家有空看一下，下週晨會會花十分鐘討論。
        這週兩件客訴都是鏡片加工時間太長，主管希望把標準作業時間從5天縮短到3天，大家有什麼想法請週三會議提出，加工廠那邊我再去談。
        提醒：驗光師執業執照更新截止日是6月30日，繼續教育積分還不夠的同事請盡快報名公會的線上課程，公司可以補助一半報名費，收據記得留著。
        店內廣播音量已經調低了，因為有聽損的客人反映背景音樂太大聲會影響對話，之後請維持在音量12格以下，試聽室那邊更要保持安靜。
        發票號碼 AB-12345678 那張已作廢，重開為 AB-12345690，會計請注意月底對帳時不要重複計算，作廢聯請釘在日報表後面。
        明天新人訓練講角膜塑型片的清潔與保存流程，請資深同事準備示範片和保存液，會議室已經借好，時間是14:00到16:00，請準時。
    """),
    ("ms", "soalan_lazim"): _lines("""
        Soalan: Adakah saya perlu pemeriksaan perubatan untuk memperbaharui lesen memandu? Jawapan: Pemohon lesen PSV dan GDL wajib mengemukakan laporan perubatan daripada pengamal perubatan berdaftar.
        Ujian penglihatan untuk lesen memandu dijalankan di kaunter JPJ menggunakan carta Snellen; pemohon yang memakai cermin mata atau kanta sentuh perlu memakainya semasa ujian.
        PERKESO menyediakan alat bantuan pendengaran kepada orang berinsurans yang layak di bawah Skim Bencana Pekerjaan, tertakluk kepada pengesahan Lembaga Perubatan.
        Waktu operasi Klinik Mata Hospital Selayang: Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang; pesakit baharu perlu membawa surat rujukan dari klinik kesihatan.
        Harga ujian pendengaran di pusat kami: audiometri nada tulen RM 120, timpanometri RM 60, pakej kanak-kanak RM 180; bayaran boleh dibuat melalui DuitNow QR atau kad debit.
        Hubungi talian WhatsApp rasmi Pusat Dengar Jaya Sdn. Bhd. (202301045678) di 011-5566 7788 atau emel khidmat@pusatdengarjaya.example.my, Isnin-Sabtu 9 pagi - 6 petang.
        Pembedahan LASIK tidak dilindungi oleh kebanyakan polisi insurans perubatan kerana dianggap prosedur elektif; sila semak bahagian pengecualian dalam polisi anda.
        Orang Kurang Upaya (OKU) pendengaran boleh memohon bantuan alat tiruan daripada Jabatan Kebajikan Masyarakat (JKM) dengan melampirkan laporan pakar dan sebut harga.
        Glaukoma ialah antara punca utama buta kekal; pakar mata mengesyorkan pemeriksaan tekanan mata sekurang-kurangnya setiap dua tahun bagi mereka yang berumur 40 tahun ke atas.
        Adakah majikan perlu menyediakan penyesuaian munasabah? Akta Orang Kurang Upaya 2008 menggalakkan akses sama rata, termasuk perisian pembaca skrin dan sari kata dalam mesyuarat.
        Nombor rujukan tuntutan berformat TPA-MY-2026-XXXXXX akan dihantar melalui SMS selepas dokumen diterima; gunakan nombor ini untuk semakan status di portal dalam talian kami.
        Alamat cawangan: Lot 2.14, Tingkat 2, Sunway Pyramid, No. 3 Jalan PJS 11/15, Bandar Sunway, 47500 Petaling Jaya, Selangor. Tempat letak kereta di Zon Oren.
        Bateri alat bantuan pendengaran saiz 312 perlu ditukar setiap 5 hingga 7 hari; tanggalkan pelekat dan biarkan selama 1 minit sebelum dimasukkan untuk prestasi terbaik.
    """),
    ("mixed", "product_listing"): _lines("""
        【Ready Stock KL】Phonak Audéo Lumity L70-R 充电式助听器 1 pair, Original Malaysia set + 2 tahun waranti, RM 7,899 free postage Semenanjung.
        Acuvue Oasys 1-Day for Astigmatism 30pcs 散光日抛 -2.75/-0.75x180 有货 | RM 135 | Shopee Mall Official Store, COD available.
        Signia Insio Charge&Go AX 入耳式 IIC custom made, 订做需 10 working days, harga RM 9,200 sepasang termasuk fitting & 3 sesi follow-up.
        Essilor Varilux XR Series 渐进镜片 1.67 + Crizal Sapphire coating — promo S$880 (U.P. S$1,160), valid till 30/6, T&C apply, 每单限一副.
        Tom Ford TF5401 玳瑁色眼镜框 ori made in Italy, 9成新 no scratches, RM 650 nego, COD Mid Valley only, 不包邮.
        Ray-Ban RB5154 Clubmaster Optics 51mm 黑金 + lensa anti-blue 1.56, pakej lengkap RM 599, siap dalam 1 jam di kedai kami.
        Rayovac 助听器电池 size 675 (blue tab) 60 biji/box, expiry 2029-08, RM 95 — sesuai untuk BTE power aids & cochlear processor.
        Cochlear Nucleus 8 Sound Processor 配件：Aqua+ 防水套 SKU Z639247，原厂 Australia 正货，HK$1,380，順豐到付，門市自取另有9折。
        Jins Screen 防蓝光眼镜 25% cut, 儿童款 sesuai untuk kelas online, S$78, 2 for S$138 at Jins Plaza Singapura B1, while stocks last.
        Oakley Holbrook RX 处方太阳镜 prescription up to -6.00D, polarised Prizm, 订制 7-10 hari bekerja, RM 1,480 termasuk cermin.
        Mini Bluetooth TV listener 电视耳机 for elderly 长辈看电视专用, volume adjustable max 110 dB, ready stock Penang, RM 189 sahaja.
        Gentle Monster Lang 01 frame + Zeiss 1.6 DuraVision BlueProtect, full set S$520, item code GM-LANG01-BK, ship from Singapore 3 hari.
        Bausch + Lomb Renu 多功能药水 500ml twin pack, exp 11/2027, RM 49.90 (U.P. RM 62), limit 3 sets per order, order no. prefix SO-MY-.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Hi, I'm Rachel Koh Mei Ling, 34, and since my LASIK at a clinic in Orchard last March I get halos so bad that I've stopped driving at night. Is this normal?
        My NRIC is S8734216F, could you help me fill in the MediShield Life claim form for my dad's cataract op? He's 71 and the surgery is on 14 May at SGH.
        Just text me at 9736 2184 when my Oticon aids are back from repair, I can't hear phone calls properly without them.
        Patient: Desmond Tan Wei Jie | DOB 1961-08-22 | Dx: primary open-angle glaucoma OU | IOP R 28 / L 31 mmHg | Rx latanoprost 0.005% nocte | next review 2026-06-03
        My husband Kelvin has been hiding his hearing loss from his boss for two years because he's afraid he'll lose his job at the port.
        Reimbursement: please transfer the S$1,240 hearing-aid claim to my DBS account 072-451836-9, account name Goh Siew Hwa.
        I failed the eye check at my over-65 driving medical yesterday, they said it's early macular degeneration. I'm Francis Lim, 67, and I still drive my grandkids to school.
        Claim form extract: Insured: Nurul Ain binti Rosli, Policy HL-8842150, Diagnosis: sudden sensorineural hearing loss (L), Admitted 3 Feb 2026, Hospital: Gleneagles Penang.
        You can send the audiogram to my personal email priya.sundaram84@gmail.com, not my work one, I don't want HR to see it.
        My home address for the hearing-aid delivery is Blk 418 Bedok North Ave 2, #09-1172, Singapore 460418, please ring twice because I won't hear a knock.
        Our receptionist Winnie has tinnitus and partial deafness in her right ear after chemo; can I move her to a back-office role without it being discrimination?
        Car plate SJQ 5718 E is mine, the condo gantry keeps flagging it and I missed the notice letter because I can barely read small print since the glaucoma got worse.
    """),
    "zh-Hans": _lines("""
        我叫王晓峰，身份证号440106198703152310，去年在广州做的全飞秒，现在右眼一直干涩畏光，想问能不能找医院索赔？
        我妈刘桂兰今年68岁，上个月查出青光眼晚期，左眼基本看不见了，医生说只能尽量保住右眼，我该怎么跟她说？
        帮我写个请假条：本人张磊，因双耳突发性耳聋需住院治疗两周（3月10日至3月24日），联系电话139 2471 8836。
        助听器邮寄地址：上海市浦东新区张杨路1580弄12号602室，收件人周阿姨，电话13601758842，麻烦备注“老人耳背请多敲门”。
        赵建国，男，52岁，货车司机，体检左眼矫正视力4.6，不符合A2驾驶证换证要求，已建议转眼科进一步检查眼底。
        医保报销用的工商银行卡号6222021003874653，户名孙丽娟，人工耳蜗那笔钱一直没到账，已经三个月了。
        我老公陈志强欠了近视手术中介三万多块钱，说是分期做ICL晶体植入，现在天天有人打电话催债，我们该怎么办？
        阿明，你上次说的那家配助听器的店在哪？我爸去年中风后耳朵越来越背，电视开到最大声，邻居都来投诉了。
        患者：黄淑芬 | 门诊号 MZ20260311047 | 诊断：双眼年龄相关性白内障 | 拟行右眼超声乳化+IOL植入 | 手机 186 2093 5517
        我是做会计的，叫林雅婷，视力只剩0.1，公司说要把我调去前台，工资从9000降到5500，这合法吗？
    """),
    "zh-Hant": _lines("""
        我係陳嘉欣，HKID K382915(4)，想問用醫療券買助聽器需要帶咩文件？我阿媽都有份用。
        林太話佢老公上個月喺九龍醫院確診青光眼，而家唔敢揸車，佢哋仲有筆車貸未供完，好擔心。
        駕照體檢表：姓名 吳俊宏，身分證 A223817462，色盲檢查：紅綠色弱，聽力：右耳需配戴助聽器，檢查日期 115年3月5日。
        我老婆懷孕七個月，最近視力突然模糊，醫生懷疑係妊娠高血壓影響視網膜，佢叫何靜雯，而家喺伊利沙伯醫院留醫。
        助聽器送貨地址：新北市板橋區文化路一段188巷7號5樓，收件人鄭先生，手機0932-518-476，白天家裡沒人請放管理室。
        我在科技廠上班，叫蔡宗翰，因為聽損開會常聽不清楚，主管說我態度不好，今年考績被打丙，年終也少了一半。
        阿強上個禮拜做完LASIK之後角膜瓣移位，又要再做手術，保險公司話唔賠，佢仲欠咗診所兩萬蚊。
        理賠申請：被保險人 劉美玲，保單號碼 TW-HL-00718234，身分證 F127365800，申請項目：白內障手術自費人工水晶體，金額 NT$98,000。
        我叫梁家豪，澳門電話6628 4173，想問仁伯爵醫院耳鼻喉科輪候要幾耐？我右耳耳鳴已經三個月了。
        麻煩把報告寄到我電郵 kaman.wong1990@yahoo.com.hk，唔好寄去公司，我唔想老細知道我有視網膜脫落。
    """),
    "ms": _lines("""
        Saya Muhammad Hafiz bin Abdullah, no. IC 850312-14-5521, nak tanya macam mana nak tuntut PERKESO untuk alat bantu pendengaran selepas kemalangan di tapak binaan.
        Suami saya, Encik Azman, baru disahkan glaukoma dan doktor kata dia tak boleh bawa lori lagi. Kami masih ada hutang kereta RM 38,000.
        Tolong hantar alat pendengaran ke alamat rumah saya: No. 27, Jalan Kenari 5, Taman Desa Jaya, 81100 Johor Bahru, Johor. Tel: 017-762 4391.
        Nombor akaun Maybank saya 1142 8830 5716, atas nama Siti Khadijah binti Omar, untuk bayaran balik tuntutan cermin mata dari majikan.
        Anak saya Aiman, 7 tahun, disahkan pekak sebelah kiri sejak lahir; cikgu di sekolah selalu marah sebab dia tak dengar arahan.
        Kak Ros jiran sebelah baru buat LASIK tapi sekarang penglihatan malam dia teruk, dia takut nak bagitahu suami sebab kosnya RM 7,000 guna duit simpanan.
        Pemeriksaan perubatan JPJ: Nama: Rajesh a/l Murugan, No. KP 790614-08-6237, Penglihatan: 6/18 kanan, 6/9 kiri, Catatan: tidak layak lesen GDL sehingga rawatan katarak.
        Plat kereta saya WVX 8214, tadi saya terlanggar tiang di parkir sebab mata kabur, boleh ke saya claim insurans walaupun belum buat rawatan?
        Hubungi saya di 019-335 8810 selepas jam 6 petang, saya kerja syif dan tak boleh angkat telefon sebab ada masalah pendengaran di tempat bising.
        Nama saya Tan Mei Fong, kerani di Klang, gaji RM 2,800 sebulan; majikan tolak permohonan saya untuk perisian pembesar skrin walaupun saya ada kad OKU penglihatan.
    """),
    "mixed": _lines("""
        Doc, my audiogram 报告 shows 右耳 65 dB loss, I'm Jason Ong, 41, kerja construction, can PERKESO cover 助听器 or not ah?
        我的NRIC是T0251873I, LASIK 做完 three months still 有 ghosting, clinic cakap normal tapi I tak puas hati lah.
        Eh bro Ah Keat, your eye op result how? 听说你 glaucoma 要开刀 then cannot drive Grab already, you ok anot?
        Customer: Wong Kah Wai 黄家伟 | Tel +60 16-228 9417 | Order HA-2026-0388 | Phonak L90 pair | Deposit RM 2,000 paid | Balance RM 6,990 ansuran 12 bulan
        老婆 Siew Lan 的 insurance claim kena reject, they say LASIK is cosmetic, but her 近视 -9.00D 真的很严重, can appeal or not?
        Pls update my address to 22 Jalan SS2/61, 47300 Petaling Jaya 因为我搬家了, the new hearing aid batteries send there ya, thanks. Mr Lim
        HR 说 my colleague Farah Hanim 有 retinitis pigmentosa, want to terminate her contract bulan depan, is this legal in Singapore?
        我个 Macau 身份证 5215830(6), 想 claim 医疗券 for 眼镜 and hearing test, is it possible at 山顶医院 optometry 那边?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a patient-support assistant for an eye clinic group in Singapore. Be kind, do not diagnose, and suggest a review with a doctor when symptoms are new or worsening.",
        ),
        (
            "user",
            "Hi, I'm Melissa Chua. I did LASIK at your Paragon branch in 2023 and honestly I regret it. My eyes are dry all day at work and I see starbursts around headlights. Did I make a mistake?",
        ),
        (
            "assistant",
            "I'm sorry you're going through this, Melissa. Dryness and starbursts after LASIK are known side effects and often improve with treatment, such as preservative-free drops or punctal plugs. Since it's been over two years, it's worth booking a review so the doctor can check your tear film and corneal surface.",
        ),
        (
            "user",
            "Ok. My mobile is 9148 2063, can someone call me to book? I'm also on night shifts now so evenings are better.",
        ),
        (
            "assistant",
            "Thanks. I can't place calls myself, but you can ask the clinic to call you back in the evening at the number you gave. When you book, mention the night driving problem and your work hours so they can plan the right tests.",
        ),
    ],
    [
        (
            "user",
            "我爸上周体检查出眼压很高，医生说可能是青光眼，让去做视野和OCT。他叫李国华，今年63岁，还在开出租车，会不会以后不能开车了？",
        ),
        (
            "assistant",
            "先别太担心。眼压高不一定就是青光眼，要结合视野、OCT和眼底检查才能确诊。即使确诊，早期青光眼通过滴眼药控制眼压，很多人视野都能长期保持稳定。能否继续驾驶要看换证体检时的视力和视野是否达标，建议尽快完成检查。",
        ),
        (
            "user",
            "他有高血压，还在吃氨氯地平，这个会影响吗？另外他医保卡是上海的，在杭州看病能报销吗？",
        ),
        (
            "assistant",
            "降压药一般不会导致青光眼，但就诊时要告诉医生所有正在服用的药物。异地就医可以先在上海医保的线上渠道办理异地就医备案，之后在杭州的定点医院就能直接结算，具体比例以当地政策为准。",
        ),
    ],
    [
        (
            "system",
            "你是香港一間助聽器公司的客服助手，用廣東話書面語回覆，可以介紹產品價錢，但不要承諾政府資助金額。",
        ),
        (
            "user",
            "你好，我想幫我阿爸買助聽器，佢八十歲，兩邊耳都聽唔清。我係佢個女周詠詩，電話 9462 7315，想知大概要幾多錢？",
        ),
        (
            "assistant",
            "你好，多謝查詢。入門級充電式助聽器一對大約港幣一萬至一萬五千元，中高階型號約二萬至四萬元，價錢包括驗配及一年內調校。建議先帶爸爸做一次聽力測試，再揀適合嘅型號。",
        ),
        ("user", "佢有長者醫療券，仲有綜援，可唔可以抵扣？"),
        (
            "assistant",
            "長者醫療券能否使用，要睇驗配人員是否屬於計劃認可的醫療專業人員；綜援方面可以向社署申請特別津貼。詳細金額要以社署及醫療券計劃的審批為準，我哋門市同事可以幫你準備報價單。",
        ),
        ("user", "好，咁請你哋寄報價單去 沙田禾輋邨豐和樓1215室，收件人周生。"),
    ],
    [
        (
            "system",
            "Anda ialah pembantu maya untuk soalan tentang lesen memandu dan kesihatan mata di Malaysia. Jawab dalam Bahasa Melayu yang mudah.",
        ),
        (
            "user",
            "Assalamualaikum. Saya Nor Azlina binti Kamarudin, IC 880421-10-5374. Saya nak sambung lesen GDL untuk bawa van sekolah tapi saya baru tahu ada katarak awal di mata kanan. Boleh lulus tak?",
        ),
        (
            "assistant",
            "Waalaikumussalam. Untuk lesen GDL, anda perlu pemeriksaan perubatan oleh doktor berdaftar termasuk ujian penglihatan. Jika penglihatan dengan cermin mata masih memenuhi had minimum, anda mungkin lulus. Jika tidak, doktor mungkin cadangkan pembedahan katarak dahulu.",
        ),
        (
            "user",
            "Kalau buat pembedahan, berapa lama baru boleh drive semula? Saya takut hilang pendapatan sebab ini kerja utama saya.",
        ),
        (
            "assistant",
            "Biasanya pesakit boleh memandu semula selepas beberapa minggu apabila doktor mengesahkan penglihatan sudah stabil, tetapi tempohnya berbeza bagi setiap orang. Bincang dengan pakar mata tentang jadual pembedahan supaya tidak bertembung dengan musim persekolahan.",
        ),
    ],
    [
        (
            "system",
            "User profile (from HR portal): name Daniel Seah Kok Leong; FIN G5128347W; department: Finance Ops; flagged condition: bilateral moderate hearing loss; manager: Operations Director.",
        ),
        (
            "user",
            "My boss keeps scheduling calls on Teams without captions and I miss half the discussion lah. Can I ask for accommodations or will it look bad?",
        ),
        (
            "assistant",
            "You can ask, and it shouldn't count against you. Reasonable adjustments for hearing loss often include turning on live captions, sharing agendas and minutes, and using a headset that connects to your hearing aids. The Tripartite Guidelines on Fair Employment Practices encourage employers to support this.",
        ),
        (
            "user",
            "Ok but don't tell my manager about my hearing test result ya, the one showing 55 dB in both ears.",
        ),
        (
            "assistant",
            "Understood. I won't share your results. If you decide to raise it, you can describe what support you need without giving the audiogram details.",
        ),
    ],
    [
        (
            "user",
            "Hi, my insurer in Malaysia rejected my claim for ICL surgery. Policy number PA-77102394, name Kevin Raj a/l Selvam. They said it's elective. But my myopia is -14.00D and contact lenses gave me ulcers twice.",
        ),
        (
            "assistant",
            "That's frustrating. Insurers often treat refractive surgery as elective, but with very high myopia and a history of contact-lens-related ulcers, there may be grounds for an appeal. Ask your ophthalmologist for a letter explaining why ICL was medically necessary and why other options failed.",
        ),
        (
            "user",
            "Can you draft the appeal? Send replies to kevinraj.selvam@outlook.my, that's where the insurer writes to me.",
        ),
        (
            "assistant",
            "Here is a draft: 'Dear Claims Team, I am appealing the rejection of my claim under policy PA-77102394. My ophthalmologist has confirmed high myopia of -14.00D and two episodes of contact-lens-related corneal ulcers, so contact lenses are no longer safe for me. I attach the specialist letter and medical records and request that the claim be reconsidered.' You can send it from the email address on your policy.",
        ),
    ],
    [
        (
            "user",
            "我是聽障者，右耳重度聽損，要去監理站考普通小型車駕照，聽說體檢聽力不過會被刷掉？我叫許書豪，身分證 E216493072。",
        ),
        (
            "assistant",
            "依照規定，聽力未達標準的人仍可以考普通小型車駕照，只是在體檢表上註記。建議你先到指定醫院做體檢，帶著助聽器一起去，若戴助聽器後能達標，也請醫院在表上註明。",
        ),
        ("user", "那我開車時一定要戴助聽器嗎？如果被警察攔下會怎樣？"),
        (
            "assistant",
            "如果你的駕照有註記需要配戴助聽器，開車時就應該戴著；若只是註記為聽障，可以依一般方式駕駛。被攔查時可以出示駕照並用紙筆或手機打字溝通，大部分員警都能理解。",
        ),
    ],
    [
        ("system", "你是一个保险理赔助手，帮助用户整理报销材料，不提供法律意见。"),
        (
            "user",
            "我女儿朵朵三岁，去年在广州做了人工耳蜗植入，花了二十八万。给她买的少儿重疾险有一项“严重听力丧失”，但保险公司说植入时她不满三周岁不赔，我该怎么办？",
        ),
        (
            "assistant",
            "很多少儿重疾险的“严重听力丧失”条款确实有年龄限制，通常要求年满3周岁后确诊。建议先确认合同原文的定义和等待期，再看看是否有医疗险或地方残联的人工耳蜗救助项目可以申请。",
        ),
        (
            "user",
            "她全名叫何思朵，身份证号310115199207084621是我的，她的还没办。保单是我投保的，我要准备哪些材料？",
        ),
        (
            "assistant",
            "一般需要：投保人和被保险人的身份证明（孩子可用户口簿或出生医学证明）、保单、诊断证明、手术记录、听力检查报告、费用发票及明细清单，以及您的银行账户信息。提交前把所有材料按日期排好，复印留底。",
        ),
    ],
    [
        (
            "user",
            "Saya kerja sebagai juruaudit di sebuah syarikat di Cyberjaya. Nama saya Lim Wei Siang. Baru-baru ini saya disahkan retinitis pigmentosa dan penglihatan saya makin sempit. Saya takut majikan tahu.",
        ),
        (
            "assistant",
            "Terima kasih kerana berkongsi. Anda tidak wajib mendedahkan diagnosis kepada majikan, tetapi jika anda perlukan penyesuaian seperti monitor besar, perisian pembesar skrin atau pencahayaan yang lebih baik, lebih mudah jika majikan tahu apa yang diperlukan.",
        ),
        (
            "user",
            "Kalau saya daftar OKU, gaji saya RM 6,500 kena potong tak? Dan ada insentif cukai untuk majikan ke?",
        ),
        (
            "assistant",
            "Pendaftaran OKU tidak sepatutnya menjejaskan gaji anda. Malah, majikan yang menggaji pekerja OKU boleh menikmati potongan cukai tambahan di bawah peruntukan Lembaga Hasil Dalam Negeri. Anda juga boleh mendapat pelepasan cukai individu OKU.",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for a Hong Kong optometry practice. Patient record loaded: Mr Chan Tai-man (HKID Y604127(0)), 72, primary angle-closure glaucoma, post laser iridotomy both eyes, driving licence renewal due 2026-09.",
        ),
        (
            "user",
            "My TD256 medical is due soon. Will the glaucoma stop me from renewing my licence?",
        ),
        (
            "assistant",
            "Mr Chan, glaucoma alone doesn't automatically stop a licence renewal. The doctor who fills in the TD256 will look at your visual acuity and visual field. Since you've had laser treatment on both eyes, bring your latest visual field report and eye drop list to the appointment.",
        ),
        (
            "user",
            "And if the field is bad? I still need to drive my wife to dialysis three times a week.",
        ),
        (
            "assistant",
            "If the field test shows significant loss, the doctor may recommend not driving or a shorter licence period. It's worth looking into the Hospital Authority's non-emergency ambulance transfer service or Rehabus for your wife's dialysis trips, just in case.",
        ),
    ],
    [
        (
            "user",
            "Hello, saya nak tanya pasal hearing aid price kat Penang. My mother, Madam Ooi Ah Moi, 79, 耳朵很背, the audiologist quote RM 12,000 for a pair, mahal sangat ke?",
        ),
        (
            "assistant",
            "Harga RM 12,000 sepasang biasanya untuk model pertengahan hingga premium. Ada juga model asas sekitar RM 3,000 hingga RM 6,000 sepasang yang sesuai untuk orang tua dengan keperluan mudah seperti menonton TV dan berbual di rumah.",
        ),
        (
            "user",
            "她只会讲福建话, TV and family talk only. Can she get JKM help? Her IC is 470918-07-5162.",
        ),
        (
            "assistant",
            "Boleh cuba. Jika ibu anda berdaftar sebagai OKU pendengaran, dia boleh memohon bantuan alat tiruan daripada JKM dengan laporan pakar dan sebut harga. Bawa salinan kad pengenalan dan kad OKU semasa memohon di pejabat kebajikan daerah.",
        ),
    ],
    [
        (
            "user",
            "我去年在深圳一家机构做了近视手术，当时销售说是全飞秒，结果病历写的是半飞秒。现在我晚上看灯有很严重的眩光，后悔死了。",
        ),
        (
            "assistant",
            "很理解你的心情。首先可以申请复印完整病历和手术记录，确认实际术式。如果机构宣传与实际手术不一致，可以向当地卫生健康委员会投诉，也可以咨询律师是否构成欺诈。眩光问题建议到三甲医院眼科做一次全面复查。",
        ),
        (
            "user",
            "当时还在他们推荐的平台借了1.8万分期，现在每个月还1600，我叫吴嘉怡，手机号15817263094，平台天天打电话催。",
        ),
        (
            "assistant",
            "分期借款和手术纠纷是两件事：借款合同仍需履行，但如果催收有骚扰行为，可以向平台所在地的金融监管部门投诉。同时保留所有宣传材料、聊天记录和付款凭证，作为维权证据。",
        ),
    ],
    [
        (
            "system",
            "CRM context for this session: customer Aisha Rahman, S7619042I, Tampines; bought Signia Styletto 7X in 2024; warranty ends 2027-01-15; notes: tinnitus worsens in open-plan office, prefers WhatsApp at 8317 4429.",
        ),
        (
            "user",
            "The ringing gets really bad in the afternoon at work. Is there a tinnitus setting on my hearing aids?",
        ),
        (
            "assistant",
            "Yes, your model has a tinnitus therapy feature that plays a soft background sound. It has to be switched on by your audiologist, who can then adjust the level. You could also ask your employer about a quieter desk or noise-reducing partitions.",
        ),
        ("user", "Can you book me for next Tuesday after 5?"),
        (
            "assistant",
            "I've noted a request for Tuesday after 5 pm. The clinic will confirm by WhatsApp at 8317 4429. Please bring your hearing aids and charger so they can update the firmware at the same time.",
        ),
    ],
    [
        (
            "user",
            "我阿婆住喺澳門，今年八十五歲，最近耳仔好聾，叫佢都唔應。我想帶佢去做聽力檢查，唔知邊度做比較好？",
        ),
        (
            "assistant",
            "可以先去所屬的衛生中心，由醫生評估後轉介到仁伯爵綜合醫院的耳鼻喉科做聽力測試；如果想快一點，也可以去私家聽力中心自費檢查。做檢查前最好先清理耳垢，因為耳垢阻塞都會令聽力下降。",
        ),
        (
            "user",
            "佢叫黃好娣，住喺望廈新村第三座八樓C，我平日返工，通常係菲傭帶佢去。佢仲有糖尿病，眼睛都開始矇。",
        ),
        (
            "assistant",
            "明白。糖尿病會影響眼底，建議同時安排糖尿病視網膜檢查。預約時可以讓姐姐帶齊阿婆的身份證、健康卡和藥物清單，並寫低你的聯絡方法，方便醫院有需要時聯絡家人。",
        ),
    ],
]
