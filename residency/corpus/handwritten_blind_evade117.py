# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade117: personal data in travel and border-crossing artefacts (passport MRZ lines, boarding-pass barcodes, e-visa and arrival-card exports, PNR and GDS records, hotel guest-registration feeds, eGate logs). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade117
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "airline_airport_notices"): _lines("""
        Passengers departing Changi T3 may use the Automated Lanes with a valid passport; first-time foreign visitors enrol at the arrival counters. Enquiries: ICA Call Centre +65 6391 6100.
        NOTICE: From 1 Jan 2027 the boarding-pass barcode (IATA BCBP, PDF417 or Aztec) must be scanned at the gate; phone screenshots are accepted, photocopies are not. Ground Services desk, Row 5, Terminal 1.
        Cathay Pacific online check-in opens 48 hours before departure for flights from HKG. Bag drop closes 60 min before departure at Hong Kong International Airport Terminal 1, Aisles A to J.
        If the machine-readable zone of your passport (the two lines of 44 characters at the foot of the data page) is scratched or covered by a sticker, kiosks will reject it. Please queue at a staffed counter.
        AirAsia reminds guests flying KUL-SIN-KUL: non-citizens entering Malaysia must submit the Malaysia Digital Arrival Card (MDAC) within 3 days before arrival. It is free of charge.
        Macau International Airport: holders of a Mainland Travel Permit for Hong Kong and Macao Residents may use the e-channels in the arrival hall, open daily 07:00 to 00:30.
        SQ 856 to Hong Kong departs 15:40 from Gate B6; boarding starts 14:55 by zone. Passengers seated in rows 40 to 60 please remain seated until Zone 4 is called.
        Phileas Fogg went round the world in 80 days without a single e-visa; today a Taiwan Travel Authorization Certificate takes about 3 working days, so apply early on the National Immigration Agency site.
        Training slide 4: the ICAO 9303 specimen TD3 MRZ begins P<UTOERIKSSON<<ANNA<MARIA and uses the fictional state Utopia; never paste a live customer MRZ into a slide.
        Jetstar Asia 3K 695 to Taipei is delayed to 21:10 due to late arrival of the inbound aircraft. Meal vouchers (SGD 15) are available at the transfer desk near Gate D40.
        Transit passengers at Taoyuan Airport with a layover of 7 to 24 hours can join the free Transit Tour; register at the Transit Tour counter, Terminal 2, 3rd floor, before 16:00.
        Firefly passengers: Penang International Airport check-in has moved to Row C from 2 December; self-service kiosks KSK-11 to KSK-16 print bag tags for domestic sectors only.
        The Raffles Hotel courtesy limousine desk at Changi T1 Arrival Hall (Belt 42 side) operates 08:00 to 23:00; hotel concierge line +65 6337 1886, concierge@raffles-sample.com.sg.
    """),
    ("en", "hotel_pms_config"): _lines("""
        guest_feed: {endpoint: "https://pms.example-hotel.sg/api/v2/registrations", batch_size: 200, retry: 3, timeout_s: 30, fields: [arrival_date, room_no, nationality, doc_type]}
        CREATE TABLE guest_registration (id BIGSERIAL PRIMARY KEY, doc_type CHAR(2), doc_no_hash CHAR(64), nationality CHAR(3), arrival DATE, departure DATE, room VARCHAR(6));
        # Police registration export (Hotel and Guesthouse Accommodation Ordinance, Cap. 349) runs nightly at 02:15 HKT; set EXPORT_DIR=/var/pms/export and KEEP_DAYS=30
        def mrz_check_digit(s): return sum(val(c) * w for c, w in zip(s, cycle((7, 3, 1)))) % 10  # ICAO 9303 part 3, filler < counts as 0
        sample_payload = {"booking_ref": "HB-20261207-00418", "rooms": 2, "rate_code": "BAR", "currency": "SGD", "total": 612.40, "guest_name": "<redacted>"}
        MRZ_LINE1 = r"^P[A-Z<][A-Z<]{3}[A-Z<]{39}$"  # 44 chars; line 2 validated separately with check digits at positions 10, 20, 28, 43, 44
        2026-12-07T03:14:22+08:00 INFO pms.sync: pushed 148 registrations to gateway, 0 rejected, batch sha256=9f2c1e7a4b6d03e8f1a2c5b7d9e0f4a3c6b8d2e1f0a9c7b5d3e2f1a0b9c8d7e6
        opera.ifc8.host=10.20.4.17 ifc8.port=5010 hotel_code=SINRAF property="Raffles Hotel Singapore" charset=UTF-8 interface_version=8.14.2
        {"property_id": "KUL-MO-01", "name": "Mandarin Oriental Kuala Lumpur", "address": "Kuala Lumpur City Centre, 50088 Kuala Lumpur", "tourism_tax_myr": 10.00}
        ERROR [feed-worker-3] 2026-12-06 23:58:01 SGT schema validation failed: field "doc_expiry" expected YYYY-MM-DD, got "31/12/2030" (record 77 of 212)
        CSV header: reservation_id,arrival_date,departure_date,room_type,adults,children,doc_type,doc_country,purpose_of_visit,source_channel,created_at
        // TODO(PMS-2291, v3.8.1): hash doc_no before logging; only doc_type, doc_country and room_no may be written to application logs in production.
        retention_policy: {passport_scans: "delete at checkout + 7d", registration_cards: "keep 12 months", aggregate_stats: "keep 5 years"}  # PDPA review 2026-Q3
    """),
    ("zh-Hans", "口岸通关公告"): _lines("""
        【拱北口岸通关提示】12月20日至次年1月3日预计为出入境客流高峰，旅客可通过“移民局12367”微信小程序查询各口岸实时排队情况，咨询服务热线12367。
        港珠澳大桥珠海公路口岸旅检大楼实行24小时通关，“港车北上”车辆请至少提前5个工作日完成预约，预约成功后凭电子回执排队验放。
        国家移民管理局提示：符合条件的外国人可在上海浦东、北京首都、广州白云等口岸申请240小时过境免签，具体适用国家及口岸请拨打12367咨询。
        深圳湾口岸温馨提示：自助查验通道仅适用于已完成备案的内地居民及持港澳居民来往内地通行证的旅客，首次使用请到人工通道采集指纹和人像。
        横琴口岸“合作查验、一次放行”通关模式运行以来，日均验放出入境旅客约2.8万人次、车辆约6,300辆次，高峰时段平均等候不超过20分钟。
        罗湖口岸出境大厅三楼设有失物招领服务点，服务时间06:30至24:00，咨询电话0755-82339060，拾获证件将移交边检站统一处理。
        广州白云国际机场T2航站楼出境边检自助通道共36条，高峰时段平均通关时间不超过5分钟，建议乘坐国际航班的旅客提前3小时到达机场。
        根据《中华人民共和国出境入境管理法》及相关规定，外国人入境应当如实填写入境登记卡，入境大厅设有自助填卡机，可直接扫描护照打印。
        郑和七下西洋的起锚地南京龙江宝船厂遗址公园，已纳入“南京—马六甲”文旅交流线路，马六甲州旅游局代表团将于下周到访并签署合作备忘录。
        厦门五通客运码头至金门水头航线每日往返12个航班，首班08:00，末班17:30，船票可通过“厦门港”公众号或码头售票窗口购买。
        北京大兴国际机场口岸提示：外国人入境卡已支持线上预填报，扫描入境大厅海报上的二维码即可填写，平均可节省等候时间约4分钟。
        系统维护公告：珠海横琴口岸“澳车北上”预约平台将于12月9日00:00至04:00暂停服务，维护期间已预约的车辆通关不受影响，敬请谅解。
        昆明长水国际机场边检站业务大厅位于航站楼B1层，受理临时入境许可及口岸签证，办公时间08:30至17:30，值班电话0871-67086110。
    """),
    ("zh-Hans", "签证代办价目表"): _lines("""
        【马来西亚eVISA代办】单次入境停留30天，官方费用加服务费合计￥420/人，资料齐全3个工作日出签，加急1个工作日另收￥150。
        新加坡旅游签证（经授权签证代理递交）：￥350/人，需提供护照首页、白底证件照电子版、在职证明及近6个月银行流水，约5个工作日出签。
        往来港澳通行证再次签注代办服务费￥60/次，不含出入境管理部门收取的签注费（个人旅游签注一次有效￥15），自助机可现场打印。
        台湾团队游入台证代办：￥680起，含入出境许可证规费；办理机构上海迪美国际旅行社有限公司，统一社会信用代码91310101MA1FP7Q23K。
        价目表更新日期：2026-12-01 ｜ 服务热线：400-820-6618（工作日9:00-18:00）｜ 门店：广州市天河区体育西路191号中石化大厦B塔27楼
        SKU: VISA-SG-TOUR-01 新加坡旅游签 ￥350 ｜ SKU: VISA-MY-EVISA-30 马来西亚电子签 ￥420 ｜ SKU: VISA-TH-VOA 泰国落地签咨询 免费
        护照办理说明：本店不代办护照，护照须本人前往出入境管理机构申请并采集指纹，我们只提供申请材料预审服务，每次收费￥80，可到店或线上预审。
        发票示例：发票号码24442000000118735201，销售方 深圳环球通签证服务有限公司，项目“签证代办服务费”，金额￥1,260.00，税率6%。
        日本单次旅游签证（广州领区）：普通版￥299，加急版￥499；如遇拒签，仅退还领馆尚未收取的费用，代办服务费恕不退还，敬请知悉。
        团体订单满10人每人立减￥30，适用于新马泰线路签证套餐，订单编号格式如VZ20261207-0931，本优惠有效期至2027年1月31日。
        香港“高才通”及“优才计划”咨询不属于签证代办范围，本公司不提供任何移民申请服务，请勿轻信所谓“包过”承诺，谨防上当受骗。
        以上价格均含顺丰标快单程快递费，偏远地区另加￥20；如需退款，将在5个工作日内原路退回至支付宝或微信支付，不收取手续费。
        马来西亚第二家园（MM2H）咨询套餐￥2,999，含政策解读、材料清单及合作律所Rahman & Lee Advocates（吉隆坡）出具的法律意见书。
    """),
    ("zh-Hant", "旅行社同事群組訊息"): _lines("""
        各位早晨，團號 HKTPE-1212A 仲有3份台胞證副本未收齊，今日下午5點前請跟進，否則入台證送件會延誤，星期五前一定要交，唔該晒。
        提提大家：澳門治安警察局出入境事務廳新通告，酒店住客資料須於入住後24小時內上傳，我哋合作酒店嘅系統已經更新咗，有問題即管喺度問。
        機場集合櫃位今日轉咗去一號客運大樓 K 行段，集合時間改為05:30，領隊證同團員名單記得帶齊，影印本放喺公司櫃枱第二格抽屜。
        Amadeus 出票機今日12點維修半個鐘，急單請用 Sabre 後備 office ID 出票，出完記得喺 Excel 更新機票號碼同金額。
        台中辦公室同仁請注意：明天若人事行政總處宣布停班，桃園機場早班團仍照常集合，請導遊先確認航班動態再通知團員，並回報群組。
        報價更新：長榮 BR 892 TPE-HKG 團體票含稅 NT$6,850，華航 CI 721 TPE-KUL 含稅 NT$9,200，以上報價有效至本週五下班前。
        同事注意：客人護照掃描檔只可以存喺公司 NAS 嘅加密資料夾，唔好再用 WhatsApp 傳，上星期已經收到私隱專員公署嘅查詢。
        今日港珠澳大橋穿梭巴士（金巴）班次正常，香港口岸候車約15分鐘，帶團去澳門嘅同事請預留額外時間過關，特別係下晝四點後嘅人流高峰。
        新加坡團 SIN-1220 嘅 rooming list 已經 send 咗俾 Marina Bay Sands 團體部，佢哋話要等到星期三先確認房號。
        發票抬頭請統一用「環亞旅遊股份有限公司」，統一編號 53212539，不要再用舊公司名稱，會計部說上個月有三張要重開，麻煩大家配合。
        誠品書店松菸店今晚有張愛玲《傾城之戀》新版導讀會，台北自由行團如有興趣可以加入行程，入場免費，19:30 開始，名額約40位。
        提醒：eGate 教學影片已放到群組記事本，帶長者團的同事出發前請先看一次，尤其是澳門關閘自助通道的指紋步驟，避免現場卡關。
        中環辦公室冷氣星期六檢修，當日收件改到灣仔分店（軒尼詩道288號英皇集團中心12樓），公司熱線2511 3388照常接聽。
    """),
    ("ms", "soalan_lazim_ketibaan"): _lines("""
        S: Bilakah saya perlu mengisi Kad Ketibaan Digital Malaysia (MDAC)? J: Dalam tempoh 3 hari sebelum tiba di Malaysia, melalui portal rasmi Jabatan Imigresen Malaysia sahaja.
        S: Adakah MDAC dikenakan bayaran? J: Tidak. Permohonan adalah percuma; berhati-hati dengan laman web palsu yang meminta bayaran RM50 atau lebih.
        S: Bolehkah pelawat menggunakan autogate di Bangunan Sultan Iskandar, Johor Bahru? J: Ya, bagi pemegang pasport yang layak dan telah berdaftar; rujuk kaunter Imigresen di Aras 2.
        S: Apakah Permit Kemasukan Kenderaan (VEP)? J: VEP wajib bagi kenderaan persendirian berdaftar asing yang memasuki Semenanjung; caj jalan RM20 sehari dikenakan selepas pelaksanaan penuh.
        S: Saya transit di KLIA Terminal 1 selama 6 jam, perlukah saya melalui imigresen? J: Tidak, jika anda kekal di kawasan transit antarabangsa dan bagasi telah didaftar terus ke destinasi akhir.
        S: Di manakah kaunter bantuan pelancong di KLIA Terminal 2? J: Aras 2, Balai Ketibaan Antarabangsa, berhampiran Pintu L; dibuka 24 jam setiap hari.
        S: Apakah dokumen untuk visa pelajar? J: Surat tawaran institusi yang diluluskan EMGS, pasport sah sekurang-kurangnya 18 bulan dan gambar berlatar belakang putih.
        S: Bolehkah kanak-kanak di bawah umur 12 tahun menggunakan autogate? J: Tidak; mereka perlu ke kaunter manual bersama ibu bapa atau penjaga yang sah.
        S: Bagaimana jika nama dalam tiket penerbangan berbeza dengan pasport? J: Hubungi syarikat penerbangan sekurang-kurangnya 24 jam sebelum berlepas; yuran pembetulan nama mungkin dikenakan.
        S: Berapa lama masa menunggu di Tambak Johor pada waktu puncak? J: Purata 45 hingga 90 minit pada petang Jumaat; semak paparan kamera trafik dan aplikasi navigasi sebelum bertolak.
        S: Siapakah yang perlu mengisi borang pengisytiharan kastam? J: Pelawat yang membawa barangan bercukai melebihi had pengecualian atau wang tunai melebihi USD10,000.
        S: Adakah Hang Tuah benar-benar wujud? J: Laksamana Hang Tuah ialah tokoh legenda Melaka abad ke-15; lawatan ke Perigi Hang Tuah termasuk dalam pakej Bandar Hilir kami.
        S: Bagaimana menghubungi kami? J: Emel bantuan@jelajahnusantara.com.my atau WhatsApp perniagaan +60 12-388 4102 (Isnin hingga Jumaat, 9 pagi hingga 6 petang).
    """),
    ("ms", "invois_agensi_pelancongan"): _lines("""
        INVOIS No. INV/2026/12/0457 oleh Jelajah Nusantara Travel & Tours Sdn Bhd (No. Syarikat 201501023456 (1147825-T)), Lesen MOTAC KPK/LN 9876, tarikh 07/12/2026.
        Kepada: Syarikat Pelancongan Ah Huat Sdn Bhd, Lot 12, Jalan Tun Sambanthan, 50470 Kuala Lumpur. Terma bayaran: 30 hari dari tarikh invois.
        Perihalan 1: Tiket penerbangan kumpulan MH 603 KUL-SIN, 24 pax x RM389.00 = RM9,336.00; cukai lapangan terbang dan surcaj bahan api termasuk.
        Perihalan 2: Sewa bas persiaran Johor Bahru ke Singapura, 2 bas x 3 hari x RM1,150.00 = RM6,900.00; SST 8% dikenakan pada caj perkhidmatan sahaja.
        Perihalan 3: Penginapan Hotel Puri Melaka, 12 bilik x 2 malam x RM210.00 = RM5,040.00; Cukai Pelancongan RM10 semalam tidak dikenakan bagi warganegara Malaysia.
        Jumlah kecil RM21,276.00 | SST RM412.80 | Jumlah perlu dibayar RM21,688.80 | Bayar kepada akaun syarikat Maybank Islamic 5621 0813 4527 atas nama Jelajah Nusantara Travel & Tours Sdn Bhd.
        e-Invois LHDN: UUID 8f3a6c12-4b7e-4d21-9a05-c3e1f7b90d44, ID pengesahan dijana 07/12/2026 14:32:05, kod QR dicetak di penjuru kanan bawah.
        Nota Kredit CN/2026/0093 dikeluarkan bagi pembatalan 3 tempat duduk bas pada 19/12/2026; amaun RM345.00 akan ditolak daripada invois seterusnya.
        Caj perkhidmatan permohonan eNTRI untuk kumpulan pelancong dari Kunming: 18 permohonan x RM45.00 = RM810.00, tidak termasuk yuran kerajaan.
        Invois proforma PF-1207-22 untuk Persatuan Peniaga Pasar Besar Kuching: lawatan sambil belajar ke Pulau Pinang, 40 peserta, deposit 30% RM7,800.00 sebelum 15/12/2026.
        Sila nyatakan nombor invois sebagai rujukan pemindahan DuitNow. Pertanyaan akaun: akaun@jelajahnusantara.com.my atau 03-2273 9180 (pejabat, waktu bekerja).
        Resit rasmi OR-2026-1188: diterima daripada Kelab Rekreasi Kakitangan Petronas Dagangan Berhad sebanyak RM12,400.00 melalui cek Public Bank No. 004512.
        Bil tambahan: yuran pemandu pelancong berlesen berbahasa Mandarin untuk Istana Kesultanan Melaka dan Muzium Baba & Nyonya, 2 hari x RM380.00 = RM760.00.
    """),
    ("mixed", "egate_gds_system_logs"): _lines("""
        2026-12-07 06:41:13 SGT CHANGI-T3 AAL-14 status=ONLINE throughput_15m=212 reject_rate=1.9% fw=4.12.0 biometric_model=v7.3 operator_console=OK
        2026-12-07 06:45:02 [WSB-ARR-A07] 边检自助通道 心跳正常 temp=38C camera=OK fp_reader=OK queue_len=17 last_sync=06:44:58
        AMADEUS> AN12DECSINHKG/ACX  1 CX 734 J9 C9 D7 I4 Y9 B9 H9 K9 M9 SINHKG 0815 1215 E0/359 4:00  2 CX 712 J4 C2 Y9 SINHKG 1045 1450
        SABRE> QC/ queue count Q50 PNRS 37, Q7 SCHED CHG 12, Q9 TTL 4; 櫃台請先處理 TTL 隊列再做 schedule change, thanks
        FQD SINKUL/AMH fare basis YLOWSG SGD 138.00 OW, valid 01DEC26-31MAR27, advance purchase 3D, 儿童票按成人票价75%计
        eGate KLIA2 AG-22: ERR_E103 MRZ_READ_TIMEOUT x14 since 05:00, technician ticket INC-448192 opened, penumpang dialih ke kaunter manual.
        HKIA e-Channel Arrival Hall A: 32/36 lanes in service, avg processing 11.4s, 旅客數 06:00-07:00 共 4,812 人次, no alarms
        Macau Border Gate 關閘 e-Channel #118 firmware 2026.12.1 rollout completed 03:20, rollback plan RB-771 archived, 全部通道恢復正常
        BCBP decoder test vector M1<SURNAME>/<GIVEN> E<PNR> SINHKGSQ 0882 341Y012A0001 100 parsed fields=14 errors=0 (fixture only, no live data)
        TTY ASM: SQ 318 08DEC SIN LHR change equipment 388 to 359, 受影响PNR将自动重新分配座位, ticketing office please re-issue seat maps
        GDS ticket stock report 2026-12-06: issued 1,284 / voided 17 / refunded 42, BSP Singapore remittance SGD 1,902,335.40, jadual bayaran 15 Dis.
        PNR purge job pnr-archiver v2.4.0: 18,442 records older than 3 days after travel moved to cold storage, 0 failures, 耗时 00:07:41
        Taoyuan T2 e-Gate 自動查驗通道 註冊櫃檯 today: 3 counters open (出境大廳 B 區), avg wait 6 min, system id TPE-EG-REG-02
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        P<SGPLIM<<WEI<JIE<RYAN<<<<<<<<<<<<<<<<<<<<<< K1834572N7SGP8803160M3109111<<<<<<<<<<<<<<00
        M1GOH/RACHELHUIMIN MS EQ8LM4T SINTPESQ 0878 342Y047K0156 34D>5180 B1A 0618241573902 1SQ 8821477301
        SSR DOCS SQ HK1 P/SGP/K2957103M/SGP/12MAR88/F/14NOV30/GOH/RACHEL HUIMIN-1.1 booked by agency KL7
        SSR CTCE CX HK1/DARREN.KOH77//GMAIL.COM/EN -1.1 KOH/DARREN MR, OSI CX PAX PREFERS EMAIL FOR DELAY NOTICES
        SSR CTCM MH HK1/60127745318/EN -1.1 ; RMK CALL THIS NUMBER ONLY AFTER 6PM, WORK PHONE IS MONITORED
        {"room": "1708", "surname": "NAIR", "given": "PRIYA LAKSHMI", "doc": "FIN", "doc_no": "F5307214M", "arrival": "2026-12-06", "vip": false}
        Front desk note: Mr Marcus Teo in 2211 asked us not to confirm his stay to anyone who calls; he is going through a divorce and his wife's lawyer has been phoning hotels.
        WCHC request for pax SIEW/MEI LING MS on SQ 222 SIN-SYD, post-chemotherapy, travels with a portable oxygen concentrator, MEDIF approved 02DEC.
        SG Arrival Card export: 2026-12-06,HARRIS/OWEN JAMES,GBR,P 552198374,DOB 19-06-1985,staying at Blk 412 Ang Mo Kio Ave 10 #07-1183,mobile +65 9123 8841
        eGate log 2026-12-07T07:02:44+08:00 WDL-AG03 doc=S9034871Z result=REJECT reason=FACE_MISMATCH referred=counter_5
        Housekeeping memo: the guest in 1512, Hannah Lowe, told us she is 14 weeks pregnant and asked for a non-smoking floor and no chemical sprays in the room.
        Refund hold: Benjamin Tay still owes SGD 4,380 for the unpaid Bali packages; do not issue his HKG tickets until the debt is settled.
    """),
    "zh-Hans": _lines("""
        护照机读码：POCHNHUANG<<ZIHAN<<<<<<<<<<<<<<<<<<<<<<<<<<< EH38271651CHN9211085F3304204<<<<<<<<<<<<<<04
        住宿登记上传：姓名 赵晓东，证件类型 居民身份证，证件号码 440304198803162717，房号 1206，入住时间 2026-12-06 22:41，同住人1名。
        往来港澳通行证 CF3857201，持证人 刘佳怡，签注 L 个人旅游一次有效，本次经深圳湾口岸出境后签注已用完，返程须重新办理。
        王建国先生在樟宜机场因涉嫌携带超额现金未申报被扣留，家属请求我们旅行社协助联系中国驻新加坡大使馆领事保护热线。
        PNR K9P3WM 1.1ZHOU/YUXUAN MS 2.1ZHOU/HAORAN MSTR(CHD/14MAR19) 航段 MU 545 PVGSIN 18DEC 联系电话 13816624071
        阿明，你下周去吉隆坡的回乡证是不是过期了？我查了一下 H60812749 有效期只到2026年11月，赶紧先去办换证。
        林太太带孙子跟团去新马泰，她有二型糖尿病，需要随身携带胰岛素，请导游安排冷藏，过安检时帮她向安检人员说明。
        酒店前台反映：1809房的陈先生登记时出示的护照 EJ2091735 与订单姓名不一致，已按规定报辖区派出所核查。
        电子签证导出：申请编号 SGV2612070451，申请人 孙晓梅，出生日期 1990-07-28，身份证号 350203199007281046，职业 会计，月收入 ￥18,000。
        邮箱 zhangwei.travel1989@163.com 的那位客人在群里问能不能直接把台胞证照片发过来，我让他改用加密链接上传。
    """),
    "zh-Hant": _lines("""
        澳門旅客登記：姓名 何嘉欣 HO KA IAN，澳門居民身份證 5215299(8)，房號 2306，入住日期 2026/12/05，聯絡電話 +853 6628 4137。
        護照機讀區：P<TWNCHEN<<YU<TING<<<<<<<<<<<<<<<<<<<<<<<<<< 3582017466TWN8702230F3008155F226419383<<<<94
        台胞證換發代辦：申請人 吳家豪，身分證字號 N103958274，手機 0921-487-503，預計 12/18 由桃園機場出境前往廈門。
        黃生話佢阿媽上個禮拜喺機場跌親，入咗瑪嘉烈醫院，所以要取消12月22號去檳城嘅團，麻煩幫佢申請退款。
        陳美玲小姐，香港身份證 Y504127(7)，e-道登記編號 EC-2026-118403，電郵 meiling.chan.hk@outlook.com，登記地點 香港國際機場。
        桃園機場自動通關紀錄 2026-12-06 18:22:07 T2-EG-11 證號 A128374657 結果 失敗 原因 指紋比對不符 轉人工櫃檯
        房客張志偉先生（1102房）積欠房費 NT$38,400 已逾期兩週，信用卡末四碼 8819 被拒，請櫃檯勿再延長住宿。
        阿珍轉告大家：團員李淑芬女士最近剛離婚，前夫可能會打電話來問她的行程，請大家不要透露航班和酒店資料。
        訂位紀錄 6TQ8XR：1.1LAI/CHUNHEI MR 2.1LAI/WINGSZE MRS，CX 715 HKG-SIN 23DEC，聯絡 +852 9634 1207，住址 沙田第一城32座15樓G室。
        簽證中心備註：申請人羅志明，月薪 HK$32,000，2025年曾因醉駕被捕，申請新加坡工作准證時必須如實申報。
    """),
    "ms": _lines("""
        Zon bacaan mesin pasport: P<MYSBINTI<ABDUL<RAHMAN<<NUR<AISYAH<<<<<<<<< A529184375MYS9405022F2901178940502105478<<10
        Borang pendaftaran tetamu: Muhammad Hafiz bin Zulkifli, MyKad 920315-10-5583, alamat No. 27, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam, Selangor.
        Eksport MDAC: ZHANG/LEI, CHN, pasport E58204719, lahir 1991-02-14, penginapan Hotel Sentral KL, telefon +86 139 2847 6613, tujuan melawat saudara.
        Puan Kavitha a/p Subramaniam minta bilik berhampiran lif kerana baru selesai pembedahan lutut; suaminya akan daftar masuk lewat malam.
        Encik Roslan bin Ahmad masih berhutang RM6,200 untuk pakej umrah Januari; jangan keluarkan tiket sehingga baki dijelaskan sepenuhnya.
        Log autogate BSI Johor Bahru 2026-12-07 05:51:30 lorong M12 MyKad 880714-01-6237 keputusan LULUS masa proses 8.2s
        Kereta SLB 4821 G milik Ong Beng Huat ditahan di Tambak Johor kerana saman tertunggak RM1,300 dan VEP belum diaktifkan.
        Sila hubungi Cik Farah di 013-775 2948 untuk sahkan salinan pasport adiknya sebelum penerbangan AK 713 ke Singapura esok.
        Pas kerja FIN G0245318K milik Suresh Kumar a/l Rajendran tamat 31/01/2027; majikannya di Woodlands perlu memperbaharui sebelum dia pulang ke Ipoh.
        Kad pendaftaran hotel: Nurul Syafiqah binti Kamal, emel syafiqah.kamal92@yahoo.com, akaun Maybank 1623 4018 7725 untuk pemulangan deposit RM200.
    """),
    "mixed": _lines("""
        e-Channel enrolment 登記: Mr Cheung Ka Lok 張家樂, HKID K728391(1), mobile 6812 4590, 住址 將軍澳 Metro Town 2座31樓D室
        PNR 4XN7PQ 1.1TAN/KOKSENG MR SSR DOCS MH HK1 P/MYS/A41829603/MYS/14SEP73/M/30JUN27/TAN/KOK SENG，备注：客人装有心脏起搏器，不能过安检门
        BCBP scan M1ZHAO/XIAODONG EJ5RT8K CANKULCZ 0351 341Y028C0033 100 — 该旅客护照 E74190382 因机上滋扰记录被列入拒载名单, deny boarding
        {"guest": "Lee Hui Wen 李慧雯", "nric": "T0245318A", "room": "3307", "checkin": "2026-12-06", "note": "对花生严重过敏, keep EpiPen at front desk"}
        Arrival card 入境卡 export: PANG SIEW LING 彭秀玲, Passport A39017426 (MYS), 地址 No. 8 Lorong Selamat, 10400 George Town, Pulau Pinang, 电话 +60 16-427 3391
        WhatsApp from guide: Uncle Ah Seng 晕倒 at Genting, already sent to Hospital Bentong, his daughter Michelle 电话 +65 8264 1937 please call her now
        eGate 日志 2026-12-07 09:13:55 ZHA-HQ-E05 回乡证 H71325846 结果 拒绝 原因 限制出境（失信被执行人，法院案号 (2025)粤0402执1187号）
        Rooming list RL-SIN1220: rm 1504 KWOK/ON YEE MS + KWOK/TSZ HIN MSTR (age 7); rm 1505 Puan Rosnah Ismail 需清真餐, mobile +60 19-552 0871
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the registration assistant for Hotel Nova Bugis, Singapore. Help front-desk staff validate guest documents. Never repeat full document numbers back unless asked.",
        ),
        (
            "user",
            "Can you check this MRZ before I submit the police feed? P<GBRHARRIS<<OWEN<JAMES<<<<<<<<<<<<<<<<<<<<< 5521983740GBR8506195M3203086<<<<<<<<<<<<<<06 guest Owen Harris, room 914, checking in tonight.",
        ),
        (
            "assistant",
            "The document number check digit (0), date of birth check digit (5, for 19 June 1985), expiry check digit (6, for 8 March 2032) and composite digit (6) all validate. The MRZ is consistent with a British passport for Mr Owen James Harris; you can submit the record for room 914.",
        ),
        (
            "user",
            "Great. He also mentioned he is here for a kidney transplant follow-up at SGH, should that go in the remarks?",
        ),
        (
            "assistant",
            "No. Health information is not required for guest registration and should not be stored in the PMS remarks. If he needs transport to Singapore General Hospital, log only the booking of the car, not the medical reason.",
        ),
    ],
    [
        (
            "user",
            "帮我填一下新加坡入境卡，我妈妈王秀兰，护照号 EJ6610284，1958年3月2日出生，住在我家 Blk 221 Tampines St 23 #09-417，电话写我的 +65 8732 0516。",
        ),
        (
            "assistant",
            "好的，SG Arrival Card 的主要栏位如下：姓名 WANG XIULAN；护照号码 EJ6610284；出生日期 02/03/1958；国籍 中国；在新加坡地址 Blk 221 Tampines St 23 #09-417；联系电话 +65 8732 0516。请在抵达前三天内通过 ICA 官网或 MyICA 应用提交。",
        ),
        ("user", "她有高血压，要每天吃药，健康申报那一栏要不要写？"),
        (
            "assistant",
            "入境卡的健康申报主要询问发烧、传染病症状和近期到访疫区等情况，日常服用降压药一般不需要申报。建议随身携带药品原包装和医生处方，以便海关查询。",
        ),
    ],
    [
        ("system", "你是環亞旅遊的客服助手，協助同事草擬給客人的訊息，語氣禮貌。"),
        (
            "user",
            "幫我寫個訊息俾陳太（陳鄭秀英），佢嘅新加坡旅遊簽證被拒，原因係佢2019年喺新加坡逾期居留咗11日，佢電話係 9188 6024。",
        ),
        (
            "assistant",
            "陳太您好，這裡是環亞旅遊。很遺憾通知您，是次新加坡旅遊簽證申請未獲批准。根據新加坡移民與關卡局的回覆，拒簽與過往的居留紀錄有關。如您希望了解重新申請的安排，歡迎致電我們的熱線，我們會為您詳細解釋。",
        ),
        ("user", "唔好喺訊息度寫佢逾期居留，淨係叫佢打返嚟就得。"),
        (
            "assistant",
            "明白，修改版：陳太您好，這裡是環亞旅遊。關於您的新加坡簽證申請有最新消息，麻煩您方便時致電我們的熱線2511 3388，我們會為您詳細說明，謝謝！",
        ),
    ],
    [
        (
            "user",
            "Saya nak isi MDAC untuk keluarga ipar dari Singapura: suami Mohamed Irfan bin Yusof (NRIC S8567321A), isteri Siti Maryam binti Osman, anak Aisyah umur 6. Mereka masuk ikut Tambak Johor 20 Dis.",
        ),
        (
            "assistant",
            "Untuk MDAC, setiap ahli keluarga perlu didaftarkan dengan maklumat pasport masing-masing, bukan NRIC. Sila sediakan nombor pasport Encik Mohamed Irfan, Puan Siti Maryam dan anak Aisyah, tarikh ketibaan 20/12/2026, pintu masuk Bangunan Sultan Iskandar, serta alamat penginapan di Malaysia.",
        ),
        (
            "user",
            "Mereka tinggal di rumah saya, No. 15 Jalan Kenanga 4, Taman Johor Jaya, 81100 Johor Bahru. Telefon saya 012-716 3390.",
        ),
        (
            "assistant",
            "Baik. Isikan alamat penginapan No. 15 Jalan Kenanga 4, Taman Johor Jaya, 81100 Johor Bahru dan nombor hubungan 012-716 3390. Hantar permohonan dalam tempoh 3 hari sebelum 20 Disember dan simpan tangkapan skrin pengesahan untuk setiap orang.",
        ),
    ],
    [
        (
            "system",
            "Airline contact-centre copilot. Current PNR: 7HQ2LN 1.1ONG/JIA HUI MS 2.1ONG/KAI XUAN MSTR. SQ 894 SIN-HKG 21DEC Y. CTCM +65 9702 3318. SSR UMNR not required, SSR PETC 1 CAT.",
        ),
        ("user", "客人想把两个座位换到一起，另外问 cat in cabin 可以吗？"),
        (
            "assistant",
            "可以为 Ms Ong Jia Hui 和 Master Ong Kai Xuan 安排 45A/45B 相连座位。宠物方面，该航班经济舱不接受客舱宠物，猫需要以货舱托运或改为已批准的承运方式，请向客人说明并在 PNR 中更新 SSR PETC 状态。",
        ),
        ("user", "OK, 那就先换座位，通知客人手机。"),
        (
            "assistant",
            "已准备短信：Dear Ms Ong, your seats on SQ 894 on 21 Dec are now 45A and 45B. Pet in cabin is not available on this flight; our team will call you at +65 9702 3318 about cargo options.",
        ),
    ],
    [
        (
            "user",
            "Can you decode my boarding pass barcode? I scanned it: M1CHUA/BRYANWEIMING MR EZX4K9P SINKULMH 0602 352Y014C0041 100. Is my seat right?",
        ),
        (
            "assistant",
            "Decoded: passenger CHUA/BRYANWEIMING MR, booking reference ZX4K9P, from SIN to KUL on Malaysia Airlines MH 602, Julian day 352 (18 December), cabin Y, seat 14C, check-in sequence 41. So yes, your seat is 14C.",
        ),
        ("user", "Thanks. Is it safe to post the photo on Instagram?"),
        (
            "assistant",
            "Better not. The barcode contains your name and booking reference, which anyone can use to view or change your booking. If you want to share it, crop out or blur the barcode and the reference code first.",
        ),
    ],
    [
        (
            "user",
            "我在深圳湾口岸自助通道被拒了，身份证 430102197809053319，叫刘志强，屏幕显示“请到人工通道办理”，是不是我被限制出境了？",
        ),
        (
            "assistant",
            "自助通道拒绝通行的原因很多，例如人像比对不通过、证件未备案或签注已用完，并不一定代表被限制出境。建议您先到人工通道，边检民警会告诉您具体原因。",
        ),
        ("user", "我之前欠了信用卡20多万，被银行起诉了，会不会是这个？"),
        (
            "assistant",
            "如果法院已将您列为失信被执行人并决定限制出境，确实会在口岸被拦下。您可以登录中国执行信息公开网查询本人是否在名单中，并联系承办法院或律师了解解除限制的条件，例如还款或达成和解协议。",
        ),
    ],
    [
        (
            "system",
            "You are a complaint assistant for Sunward Holidays Pte Ltd (UEN 201912345K). Customer profile: Jasmine Low Pei Shan, member no. SW-0048213, email jasmine.lowps@gmail.com, outstanding balance SGD 0.",
        ),
        (
            "user",
            "The hotel in Penang gave my room away and I had to sleep in the lobby with my father, who has dementia. I want a full refund.",
        ),
        (
            "assistant",
            "I'm very sorry, Ms Low. I have logged complaint CMP-26-1207-019 for your stay at the Penang hotel and flagged it as urgent because of your father's condition. A case officer will contact you at jasmine.lowps@gmail.com within one working day about a refund of the accommodation component.",
        ),
        ("user", "One working day is too long."),
        (
            "assistant",
            "Understood. I have requested a callback today instead; please keep your phone nearby. If you have receipts for any alternative accommodation or transport, reply with photos so they can be included in the refund.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu surat rasmi untuk pelanggan agensi pelancongan. Tulis dalam Bahasa Melayu yang formal.",
        ),
        (
            "user",
            "Tolong tulis surat kepada Imigresen: kawan saya Nguyen Thi Lan (pasport C4918273, Vietnam) terlebih tinggal 9 hari di Malaysia sebab dia dimasukkan ke Hospital Pulau Pinang kerana denggi.",
        ),
        (
            "assistant",
            "Tuan/Puan, Saya menulis bagi pihak Cik Nguyen Thi Lan, pemegang pasport Vietnam C4918273, yang telah terlebih tinggal selama 9 hari di Malaysia. Kelewatan ini berpunca daripada kemasukannya ke Hospital Pulau Pinang kerana demam denggi. Bersama-sama ini dilampirkan surat pengesahan hospital dan ringkasan discaj. Kami memohon pertimbangan sewajarnya. Sekian, terima kasih.",
        ),
        ("user", "Add in English also, for her embassy."),
        (
            "assistant",
            "Dear Sir/Madam, I write on behalf of Ms Nguyen Thi Lan, Vietnamese passport C4918273, who overstayed in Malaysia by 9 days because she was admitted to Penang General Hospital with dengue fever. Her hospital confirmation and discharge summary are attached. We respectfully request your assistance. Yours faithfully.",
        ),
    ],
    [
        (
            "user",
            "我想申請桃園機場自動通關，身分證字號 H125893401，名字 林冠廷，需要帶什麼？我之前有刺青在手指上會不會影響指紋？",
        ),
        (
            "assistant",
            "年滿12歲、身高120公分以上的國人可持有效護照及身分證，在機場申辦櫃檯臨櫃註冊，或使用護照直接在自動通關閘門首次使用時註冊。手指上的刺青一般不影響指紋辨識，但若指紋磨損嚴重，可改以臉部辨識通關。",
        ),
        ("user", "那我在 2026 年因為開刀住院過，指紋有變，要重新登記嗎？"),
        (
            "assistant",
            "若您發現通關時經常比對失敗，可到移民署服務櫃檯重新採集指紋並更新資料，帶護照與身分證即可，不需提供住院或手術紀錄。",
        ),
    ],
]
