# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade131: personal data in travel-agency and tour-operator artefacts (rooming lists, group manifests, tour vouchers, guide assignment sheets, visa group lists, GDS queue dumps). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade131
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "gds_queue_dump"): _lines("""
        QT Q8C0 SIN1S2195 - TOTAL 14 PNRS IN QUEUE 8 CAT 0, OLDEST ITEM 04DEC 0912Z, TKTL DEADLINES DUE WITHIN 24H: 6
        RP/SIN1S2195/SIN1S2195 AA/SU 05DEC25/0330Z 6YH2KD  0.24HORIZON AUTUMN HOKKAIDO NM0  GRP BLOCK SQ 24 SEATS
        1 SQ 638 Y 12JAN 1 SINNRT HK24 2225 0630 13JAN E SQ/6YH2KD  2 NH4713 Y 13JAN 2 HNDCTS HK24 0900 1040 E NH/GRP
        SSR GRPF SQ GV24 FARE BASIS YGRPSG1 VALID 12JAN-19JAN NAMES DUE 22DEC OR SPACE WILL BE CANCELLED WITHOUT NOTICE
        AP SIN 6338 2140 - HORIZON HOLIDAYS PTE LTD - A / APE GROUPS@HORIZONHOLIDAYS.EXAMPLE / AP FAX SIN 6338 2141
        OPW-05DEC:1200/1C7/SQ REQUIRES TKT NUMBER OR NAMES BY 08DEC:1200/LT/SIN OPC-08DEC:1200/1C8/SQ CANCELLATION DUE TO NO TKT
        Q/12C3 MH GRP DESK: DEPOSIT 30 PCT RECEIVED FOR PNR 8KQ4ZT, BALANCE MYR 41,580.00 DUE 15JAN, REF INV MHG-2025-0917
        TST 00001 FXP/R,P/PAX ADT 24 FARE SGD 612.00 TAX 89.40YQ 65.20SG TOTAL SGD 766.60 BASE YGRPSG1 LAST TKT DTE 22DEC
        QE/SIN1S2195/50C2 MOVED 3 PNRS SCHEDULE CHANGE: CX 715 HKGSIN RETIMED 1605 TO 1635 ON 14FEB, ALL SEGMENTS HX/TK PLS ACCEPT
        RM GROUP CONTRACT TOUR CODE IT25SQHZN07 / NO REFUND AFTER DEPARTURE / CHILD RATE 75 PCT / INFANT 10 PCT NOT OCCUPYING SEAT
        SSR SPML SQ NN10 AVML/5 VGML/2 MOML/3 FOR GROUP SEGMENT 1 PER TOUR LEADER SHEET - COUNTS ONLY, NAMES TO FOLLOW WITH APIS
        1A QUEUE COUNT 05DEC 0800 LOCAL: Q0 12 / Q1 3 / Q7 41 / Q8 9 / Q12 0 / Q50 17 - WORKED BY NIGHT SHIFT, NO ESCALATIONS
        SABRE QC/ PCC 6YT2 QUEUE 100 ITEMS 27 - PNR XKPQJD GROUP KL-TAIPEI FAM TRIP 18 PAX, TTL 10DEC, OPERATOR LUMBA TRAVEL SDN BHD
    """),
    ("en", "rooming_list_config_and_code"): _lines("""
        rooming_list.csv header: group_code,room_no,room_type,bed_pref,pax_count,checkin,checkout,meal_plan,remarks
        ROOMING_TEMPLATE_VERSION=3.4.1  # roomtypes: SGL,TWN,DBL,TRP,QUAD  # default meal_plan=BB  # export=xlsx,csv
        SELECT group_code, COUNT(*) AS rooms FROM rooming WHERE hotel_id = 'HTL-KUL-0192' AND checkin = '2026-03-14' GROUP BY group_code;
        manifest_export: {format: 'IATA-PNRGOV', encoding: 'UTF-8', name_field: 'SURNAME/GIVEN', example: 'SAMPLE/PASSENGER MR'}
        def room_nights(checkin: date, checkout: date) -> int: return max((checkout - checkin).days, 1)  # used by voucher v2.7
        sha256(rooming_HZN-TYO-2601_v5.xlsx) = 9f3c1a7be2d44e08c6b1f0a5d7e2c39814a6be0f21d93c7a58e4f0b62d1c77a9
        GROUP,HOTEL,ROOMS,SGL,TWN,TRP,NIGHTS / KUL-TPE-0312,Grand Hyatt Taipei,18,2,14,2,4 / KUL-TPE-0312,Hotel Royal Nikko Taipei,10,0,10,0,1
        WARN 2026-01-09T03:14:22Z rooming.validate: room 1208 has 3 pax but room_type=TWN, suggest TRP or extra bed (EXB) at SGD 65/night
        api POST /v2/groups/HZN-SPR-0417/rooming 201 Created in 184 ms, rooms=22, pax=41, hotel_ref=MBS-GRP-55810, etag=W/7c1e09
        Excel macro note: column F (Passport Expiry) must be >= departure + 6 months; cells failing the rule turn red and block export to the visa sheet.
        config/hotels.yaml: - id: HTL-MFM-0044 name: Hotel Lisboa address: '2-4 Avenida de Lisboa, Macau' reservations: +853 2888 3888
        CHANGELOG 2.9.0: rooming PDF now prints hotel confirmation no. (e.g. CNF-4471902) and hides passport columns by default for supplier copies
        regex for group codes: ^[A-Z]{3}-[A-Z]{3}-[0-9]{4}$ - matches SIN-PEN-0115 and KUL-HKG-2207; rejects lowercase or missing dashes
    """),
    ("zh-Hans", "签证材料通知"): _lines("""
        【签证须知】赴新加坡旅游的中国公民自2024年2月9日起适用中新互免签证协定，单次停留不超过30天，团队游客仍需提前提交SG Arrival Card电子入境卡。
        赴马来西亚团队签证材料：护照原件（有效期六个月以上）、近期白底彩照两张、身份证复印件、在职证明或在读证明，材料请于出团前15个工作日交至门市。
        台湾线路团队游签注暂停期间，本社所有台湾线路暂不接受报名，已收订金将按原路退回，如有疑问请拨打客服热线400-820-6655咨询。
        港澳团队旅游签注（L签注）需由组团社统一办理，每团不少于2人，出入境须随团同进同出，团号格式为GD-HK-YYYYMMDD-序号，例如GD-HK-20260214-03。
        本社旅行社业务经营许可证编号L-GD-CJ00318，统一社会信用代码91440101MA5C7R2X4K，门市地址：广州市天河区体育西路103号维多利广场A座1706室。
        签证进度查询：登录官网后输入订单号（如VS20251203-0458）即可查看，状态分为已收件、已送签、已出签、已寄回四种，一般5至7个工作日。
        温馨提示：签证中心不提供复印服务，请自行准备A4复印件；照片尺寸为35×45毫米，头部占比70%至80%，不得佩戴深色眼镜或遮挡耳朵。
        团队名单提交截止时间为每周三下午17:00，逾期将顺延至下一批次送签；名单模板请使用《团队签证名单表V3.2》，字段不得增删或合并单元格。
        新加坡移民与关卡局（ICA）提醒：入境时须持有效期不少于六个月的护照、回程机票及足够旅费，电子入境卡须在抵达前三天内填写。
        关于马来西亚数字入境卡MDAC：中国护照持有人须在入境前三天内在线填写，官方渠道免费办理，请勿通过第三方付费网站提交个人资料。
        客服工作时间：周一至周六9:00-18:00，签证专线020-3825-6610，邮箱visa@huanyu-travel.example，法定节假日请在官网留言，我们将于次日回复。
        签证费用明细：马来西亚电子签证(eVisa)RM105加服务费RM20，合计约人民币215元；港澳L签注每次15元，由出入境管理部门统一收取。
        拒签说明：如遇拒签，签证费及服务费不予退还，团费按旅游合同第十二条处理；本社不对使领馆的审核结果作任何承诺，敬请各位游客谅解。
    """),
    ("zh-Hans", "地接报价单"): _lines("""
        【2026春节 新马五天四晚 地接报价】成人每位人民币3280元，儿童不占床2680元，单房差980元，小费每人每天RMB 30元，由领队统一收取。
        酒店标准：吉隆坡段入住Pullman Kuala Lumpur City Centre或同级，马六甲入住Hatten Hotel，新加坡入住Hotel Boss，均为双人标准间含早餐。
        用车：新加坡段45座旅游大巴每天SGD 780（10小时以内），超时每小时SGD 70；马来西亚段44座大巴每天MYR 1,350，含司机食宿及过路费。
        景点门票：滨海湾花园双馆SGD 53/人，环球影城一日票SGD 83/人，云顶缆车往返MYR 30/人，马六甲三宝山郑和文化馆团队参观免费。
        餐标：正餐每人每餐RMB 50，十人一桌八菜一汤；特色餐安排黄亚细肉骨茶及娘惹餐各一次，清真餐或素食需提前7天通知地接操作部。
        报价有效期：2026年1月1日至2026年3月31日，遇春节、开斋节及当地学校假期另行报价；以上报价不含签证、国际机票及个人消费。
        付款方式：确认团号后三个工作日内付定金30%，出团前14天付清尾款；收款单位为新马环宇地接（私人）有限公司，开户行为大华银行。
        导游服务费：中文导游每天SGD 180，团队20人以上配全陪一名，领队机票按16免1政策执行，导游不得擅自安排任何自费项目或购物。
        购物店安排：全程无强制购物，仅安排乳胶展示中心及美珍香（Bee Cheng Hiang）牛车水门店各一次，每次停留时间不超过45分钟。
        自费项目参考价：圣淘沙夜间表演Wings of Time每人SGD 22，夜间动物园含游园车SGD 56，均由游客自愿选择并在自费协议上确认。
        报价单编号QT-SGMY-2601-088，版本V2，制表日期2025-12-03，如有疑问请致电地接操作部+65 6291 4477（工作日上午9点至下午6点）。
        淡旺季价差：每年6月至8月学校假期每人加收RMB 350，12月20日至次年1月3日加收RMB 500，新加坡F1赛事周期间酒店价格另议。
        团队最低成团人数为16人（不含领队），不足16人按小包团报价，4至6人配7座商务车，司机兼导游，每天服务费SGD 520，含油费停车费。
    """),
    ("zh-Hant", "旅遊業法規"): _lines("""
        依《旅行業管理規則》規定，旅行業辦理團體旅遊應與旅客簽訂書面旅遊契約，並以交通部觀光署核定之定型化契約範本為準，不得任意刪減。
        香港旅遊業監管局規定，持牌旅行代理商須代出境團旅客繳付印花徵費，該款項撥入旅遊業賠償基金，用以保障旅客已繳付之團費，徵費金額須列明於收據上。
        《旅行代理商條例》（第218章）已由《旅遊業條例》（第634章）取代，自2022年9月1日起旅行代理商須向旅遊業監管局申領牌照方可營業。
        澳門旅遊局提醒：旅行社須持有有效經營准照，准照編號須刊登於所有宣傳品及收據上，未經許可經營旅行社業務者將被依法科處罰款並勒令停業。
        領隊人員須依《領隊人員管理規則》攜帶執業證，帶團出國期間應配戴於胸前明顯處，並應協助旅客辦理出入境、行李托運及登機手續，不得擅離團隊。
        旅行業應投保履約保證保險及責任保險，每一旅客意外死亡最低投保金額新臺幣二百萬元，意外事故所致體傷醫療費用新臺幣十萬元，並應於契約中載明。
        交通部觀光署旅行業註冊編號格式：綜合旅行社為「交觀綜」、甲種為「交觀甲」、乙種為「交觀乙」，後接四位數字，例如交觀甲7821。
        依《個人資料保護法》，旅行業蒐集旅客護照及身分證資料時應明確告知蒐集目的，並於行程結束後依內部規範期限刪除電子檔或銷毀紙本資料。
        香港持牌旅行代理商之外遊團須編配持證領隊，領隊證由旅遊業監管局發出，續期前須完成規定之持續專業進修學分及培訓時數，逾期不得帶團。
        旅客於出發前第四十一日以前解約者，應賠償旅遊費用百分之五；於出發前第二十一日至第三十日之間解約者，應賠償旅遊費用百分之二十。
        澳門特別行政區有關法令規範旅行社及導遊職業之經營，導遊須持有旅遊局發出之導遊工作證方可執業，並須於帶團期間全程佩戴證件以供稽查。
        旅行業舉辦團體旅遊因可歸責於旅行業之事由致旅客留滯國外時，旅客於留滯期間所支出之食宿及其他必要費用應由旅行業全額負擔，不得轉嫁旅客。
        中華民國旅行業品質保障協會受理旅遊糾紛申訴，旅客可至官網填寫線上申訴表，調處會議原則上於受理後一個月內召開，會員應出席。
    """),
    ("zh-Hant", "旅遊憑證"): _lines("""
        【酒店住宿憑證】憑證編號HTV-88231｜酒店：台北晶華酒店｜地址：台北市中山區中山北路二段39巷3號｜入住2026/02/14 退房02/17｜雙人房2間 含早餐
        【澳門一天遊憑證】集合時間08:30，集合地點：港珠澳大橋香港口岸旅檢大樓出境大堂A12櫃位，請出示本憑證及有效旅遊證件，逾時不候。
        憑證條碼：TV-MO-20260214-0032｜QR內容：eyJ2b3VjaGVyIjoiSFRWLTg4MjMxIiwiaG90ZWwiOiJIb3RlbCBKZW4gT3JjaGFyZGdhdGV3YXkiLCJuaWdodHMiOjMsInJvb21zIjoyfQ==
        午餐憑證：黃枝記（議事亭前地17號）雲吞麵套餐，每位憑券換領一份，不設找續，不可兌換現金，有效期至2026年3月31日止。
        下午茶券：安德魯餅店（路環市區撻沙街1號）葡撻兩件連飲品一杯，憑券於營業時間內換領，遺失恕不補發，亦不可轉讓予其他團隊使用。
        日月潭遊湖船票憑證：水社碼頭上船，船班每30分鐘一班，憑證號碼SML-BT-7716，限當日使用，如遇颱風停航則全額退款或改期。
        台鐵團體票憑證：自強號第172次 臺北→花蓮 2026/03/05 09:10開 第5車廂 座位1至30號，團體票號GT-1150305-0088，請提前20分鐘進站。
        景點門票憑證：國立故宮博物院正館團體票35張，預約時段10:00-10:30，預約碼NPM-G-260305-114，請由領隊統一至團體服務台換票。
        接送憑證：桃園國際機場第二航廈入境大廳B出口集合，接機車輛為43人座遊覽車，車行24小時服務專線03-398-2210，請勿自行離開。
        本憑證由港聯假期有限公司（旅行代理商牌照號碼354218）發出，客務熱線+852 2388 6012，WhatsApp +852 5321 7788，辦公時間星期一至六。
        阿宗麵線（西門町峨眉街8-1號）小吃體驗券，每券含大碗麵線一份，限團體使用，憑證編號XMD-0305-21，請於用餐前交予店員。
        九份老街導覽憑證：集合於九份派出所旁，導覽約90分鐘，結束後可自由參觀阿妹茶樓及昇平戲院，回程專車於17:30在集合點準時發車。
        注意事項：憑證一經使用即不予退款；如需更改日期，請於使用日前3個工作天以電郵 ops@konglun-holidays.example 通知客務部。
    """),
    ("ms", "soalan_lazim_pakej_umrah"): _lines("""
        S: Berapa lama tempoh sah visa umrah? J: Visa umrah elektronik sah selama 90 hari dari tarikh dikeluarkan, tetapi tempoh tinggal bergantung kepada pakej.
        S: Adakah pakej termasuk suntikan meningitis? J: Tidak, jemaah perlu mendapatkan vaksin meningokokal ACWY di klinik berdaftar sekurang-kurangnya 10 hari sebelum berlepas.
        Syarikat kami berlesen KPK/LN: 7215 dan berdaftar dalam Sistem e-Umrah Kementerian Pelancongan, Seni dan Budaya Malaysia (MOTAC).
        S: Bolehkah saya menukar nama jemaah selepas bayaran deposit? J: Boleh, dengan caj pentadbiran RM150 selagi permohonan visa belum diproses.
        Talian khidmat pelanggan: 03-2698 4411 (pejabat) atau WhatsApp 019-330 7725 (Isnin hingga Sabtu, 9 pagi hingga 6 petang). Emel: umrah@nurdamai-travel.example
        Alamat pejabat: Lot 3-12, Tingkat 3, Wisma Nur Damai, Jalan Tuanku Abdul Rahman, 50100 Kuala Lumpur. Berhampiran stesen LRT Masjid Jamek.
        S: Bilakah bayaran penuh perlu dijelaskan? J: Baki bayaran perlu dijelaskan 45 hari sebelum tarikh berlepas melalui FPX atau pindahan bank ke akaun syarikat.
        Harga pakej Umrah Ekonomi 12 hari 10 malam: RM8,990 (bilik berempat), RM9,690 (bertiga), RM10,890 (berdua). Harga bayi bawah 2 tahun RM2,500.
        S: Hotel di Makkah berapa jauh dari Masjidil Haram? J: Hotel pakej Premium terletak kira-kira 250 meter dari Pintu King Abdul Aziz (Pintu 1).
        S: Adakah mutawwif disediakan? J: Ya, setiap kumpulan 40 jemaah diiringi seorang mutawwif bertauliah dan seorang pengurus jemaah dari Malaysia.
        No. Pendaftaran Syarikat: 201501023456 (1148872-K). Ahli MATTA No. MA5521 dan BUMITRA. Sila semak status lesen kami di laman web rasmi MOTAC.
        S: Apakah dokumen yang diperlukan? J: Pasport sah sekurang-kurangnya 7 bulan, salinan MyKad, gambar berlatar putih dan kad vaksin. Jangan hantar dokumen asal melalui pos.
        Terma: Jika penerbangan ditunda oleh syarikat penerbangan, syarikat tidak menanggung kos tambahan kecuali yang dilindungi polisi insurans perjalanan Takaful.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [09:02] Ops KL: Bus for KUL-TPE-0312 confirmed, 44 seater dari Syarikat Bas Ekspres Harmoni, pickup KLIA T1 Door 3 at 05:30 pagi ya. 车公司 hotline 03-8787 2210.
        [09:05] Counter SG: 新加坡这边 Hotel Boss 回复了，group block 22 rooms confirmed, cutoff 7 days before arrival, confirmation CNF-4471902 已经 update 在 system.
        [09:11] Finance: invoice INV-HZN-2025-1187 已付 SGD 18,420.00 via GIRO, supplier 是 Marina Bay Sands group desk, please close the PO 谢谢.
        [09:14] Visa desk: MDAC portal lambat pagi ni, jangan submit batch besar dulu. 等下午再试，IT says maintenance until 12:00 MYT.
        [09:20] Ops KL: Reminder semua guide, uniform baru collect at HQ level 3 before Friday, size chart ada dalam Google Sheet tab Uniform2026.
        [09:31] Product: 新线路 Penang-Ipoh 3D2N 已上架，SKU PKG-PEN-IPH-3D2N, selling price MYR 899 twin share, 记得推 Nasi Kandar Line Clear 那一餐。
        [09:40] Counter HK: Madam Kwan's KLCC 訂位 confirm 咗 18:30 for 28 pax, set menu RM68/pax, deposit RM500 已過數，ref MK-KLCC-0214.
        [09:52] Ops SG: Jewel Changi Rain Vortex light show timings changed to 19:30/20:30/21:30, 请各位 guide update itinerary card v4。
        [10:03] IT: Amadeus queue Q50 got 17 items after the CX schedule change, 我写了 script auto-accept HX/TK, PR #482 please review 下午 merge.
        [10:15] Finance: Reminder all claim forms submit before 25hb, 超过截止日期 next month 才 process. Form template v1.9 dalam shared drive /Finance/Claims.
        [10:22] Ops KL: Genting Skyway closed for maintenance 12-14 Jan, 所有云顶团改 Awana Skyway, cable car tickets 我已经 rebook, booking ref GSW-88213.
        [10:40] Counter SG: STB reminder - all inbound group itineraries need TA licence no. printed, ours is TA02871, 请 check 所有 PDF footer.
        [10:55] Product: Ya Kun Kaya Toast 早餐 voucher 换成 Toast Box, cost 一样 SGD 6.80/set, supplier contract TB-2026-019 已签 by management.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        NM1TAN/WEILIANG MR NM1TAN/MEIHUA MRS SSR DOCS SQ HK1 P/MYS/A40218815/MYS/03MAR78/M/11AUG30/TAN/WEILIANG - PNR 6YH2KD pax 7-8
        Rooming list KUL-TPE-0312 rm 1208 TRP: LIM Kok Wah (MyKad 780612-08-5531), LIM Siew Ping, LIM Jun Hao (child, 9 yrs) - extra bed, nut allergy for child.
        Guide assignment: Bus 2 guide Ivan Chua Jun Ming, mobile +65 9176 4423, NRIC S8734215H, licence TG-2023-1184 - do NOT share with hotel.
        Tour leader note: Mrs Rosalind Yeo (pax 14) is on dialysis three times a week; we have booked a session at a clinic in Taipei on 16 Feb, please keep it discreet.
        Complaint log #C-2291: Mr Darren Koh says the guide on the Hokkaido tour shouted at his wife and demanded tips; he wants SGD 1,200 refunded to his DBS account 072-441983-5.
        P<SGPNG<<HUI<SHAN<JOANNE<<<<<<<<<<<<<<<<<<<< E7734218K4SGP8506142F3004157<<<<<<<<<<<<<<06
        Queue 8 remark: pax SEOW/ABIGAILMS missed the group flight because she was arrested at Changi for a customs offence, seat released, deposit forfeited.
        Pax 23 emergency contact: 9732 6614 (mother), second number +60 12-384 9021 after 7pm only.
        Visa group list row: 11 | CHEW Boon Keat | M | 1969-09-22 | passport A33908126 | occupation: retired | note: previous Taiwan overstay 2019
        Voucher reissue: booking made under the name of Shirley Wee, 15 Jalan Kuras, Taman Sri Petaling, 57000 Kuala Lumpur, e-mail shirley.wee88@gmail.com.
        Hi team, Farid from the Bali group told me privately he can't pay the balance because he's RM 23,000 in debt after his divorce, can we give him till March?
    """),
    "zh-Hans": _lines("""
        分房表 GD-HK-20260214-03：1806房 双床 张建国（身份证440306198804173525）、王秀英，备注：王女士怀孕五个月，请安排低楼层。
        导游派团单：第3车 全陪 刘晓峰，手机139 2874 6051，导游证号D-4403-017725，住址深圳市福田区莲花路2008号莲花北村12栋503。
        陈先生来电投诉：上次新马团他母亲在马六甲摔伤住院，医药费花了RM 8,400，要求旅行社赔偿，回电号码13816024477。
        团员名单CSV：序号,姓名,性别,出生日期,护照号 / 17,周丽娜,女,1992-08-23,EJ5528193
        阿明这次又没交尾款，听说他在外面欠了网贷十几万，老板说这个人以后的报名都别再收了。
        签证名单第8位 孙丽 身份证310115199208231048，在职证明显示月薪人民币6,500元，资产证明不足，建议补充房产证。
        林太的儿子上周在云顶被警察带走了，说是涉嫌赌博，林太现在不想继续行程，要求提前回国。
        订单VS20251203-0457 联系人：黄美玲 邮箱huangmeiling_1987@163.com 微信号hml19870611 护照E81736290
        系统日志 2025-12-04 14:22:07 INFO booking.create pax_name=赵宇航 id_no=510107197603052814 phone=186-0281-7734 route=CTU-KUL
        领队反馈：团员何志强患有癫痫，昨晚在吉隆坡酒店发作一次，已送双威医院，家属何太电话0755-8612 3390（家）。
    """),
    "zh-Hant": _lines("""
        Rooming List 台北晶華 2026/02/14：房號1512 陳志豪（身分證F228731042）、陳林玉珍，加床一張，陳先生行動電話0931-552-807。
        香港團員資料：黃嘉敏小姐 HKID K482716(3)，出生日期1990年7月12日，住址：九龍紅磡黃埔花園第8期10座18樓C室。
        導遊派團表：澳門一天遊 第1車 導遊 梁少輝，手機+853 6628 1943，工作證號MGT-0921，備註：梁先生本月薪金13,800澳門元尚未發放。
        團員吳佩珊（訂單連結 https://booking.example/p?name=%E5%90%B4%E4%BD%A9%E7%8F%8A&pp=309218774）要求退款，她說剛被診斷乳癌要開刀。
        旅客識別QR資料：6ZmI5b+X6LGqfEg2MDIxODg0NXwwOTMxLTU1Mi04MDc= （內含姓名、護照及電話，請勿外傳）
        李太話佢老公同佢離咗婚，今次日本團嘅訂金唔該退返去佢自己嘅匯豐戶口 004-512-339871-838，唔好再打俾前夫。
        簽證名單台胞證欄：蔡明哲 台胞證號 08721645 身分證B120658399 出生1975/04/30 職業：自營商 電話02-2758-3316（住家）
        阿傑昨晚喺澳門賭場輸咗二十幾萬，今朝同導遊借錢，仲話唔還得到就唔返香港，大家小心。
        旅客投訴信：本人許雅婷，電子郵件ya.ting.hsu@yahoo.com.tw，上月參加北海道團時在旅館跌倒骨折，要求貴社負擔醫療費新臺幣六萬元。
        名單：郭詠詩及其子 1.KWOK/WINGSZEMS 2.KWOK/HOIYANMSTR SSR DOCS CX HK1 P/HKG/H40917736/HKG/21SEP09/M/02JAN31/KWOK/HOIYAN
    """),
    "ms": _lines("""
        Senarai jemaah umrah kumpulan UMR-2603: 12. Nurul Aisyah binti Kamarudin, MyKad 850312-14-5528, pasport A51190826, bilik berempat.
        Pak Long Hamid minta kerusi roda di Jeddah sebab dia baru lepas pembedahan pintasan jantung bulan lepas, tolong maklumkan kepada mutawwif.
        Nombor telefon jemaah untuk kumpulan WhatsApp: 013-772 5410 (Encik Zulkifli), 017-228 9036 (isteri).
        Aduan: Puan Rosmah binti Yusof dari Taman Melawati, Kuala Lumpur, kata wang pakej RM9,690 belum dipulangkan selepas visa ditolak; akaun Maybank 1642 8830 1957.
        Kak Ton tak dapat ikut rombongan Bandung sebab suami dia masuk lokap minggu lepas, dia malu nak beritahu orang lain.
        Borang pendaftaran: Nama: Mohd Faizal bin Ismail | No. KP: 790824-01-6173 | Alamat: No. 27, Jalan Mawar 3, Taman Desa Jaya, 81100 Johor Bahru | Tel: 012-718 3340
        Mutawwif untuk kumpulan B: Ustaz Hafiz Roslan, gaji RM4,200 sebulan, masih ada hutang PTPTN RM38,000, minta potongan gaji diselaraskan.
        Jemaah Siti Khadijah binti Ahmad (pasport A49902735) sedang hamil 24 minggu; surat doktor Klinik Kesihatan Kajang dilampirkan untuk syarat syarikat penerbangan.
        Plat kereta jemaah yang diletak di parkir KLIA: WVK 8823 (Proton X70 putih), milik Encik Rahim, akan diambil oleh anaknya pada 20 Mac.
        Log tempahan: 2026-02-03 10:41 user=kaunter2 action=update pax=ABDULLAH/NORAZLANMR phone=+60192284716 email=norazlan.abd@gmail.com
    """),
    "mixed": _lines("""
        Rooming list Penang: rm 702 - Mr Ong Chee Seng 王志成 & Mdm Goh Lay Hoon 吴丽云, 他们要分床 because 最近在办离婚, please keep this quiet.
        Guide sheet: 导游 Ah Seng (real name Teo Kah Seng), HP 016-552 8810, 住在 Jalan Ipoh 的 Flat Sri Sentosa Blok C-8-3, standby for airport run 05:00.
        Visa group list SG to CN: row 5 | 李俊杰 LI JUNJIE | FIN G5129376U | work pass holder | 护照 EG4419827 | salary SGD 3,800/month per employer letter
        WhatsApp from pax: Hi, saya Mei Ling, 我的 passport 号码是 A62038519, boleh tolong check 我的 visa 已经 approved 吗?
        Voucher QR payload (group KUL-TPE-0312): eyJwYXgiOiJXT05HIEtBUiBNVU4iLCJwcHQiOiJLNTE4NzMzMDIiLCJkb2IiOiIxOTc5LTAyLTE0In0= 请 scan 后核对 pax 资料
        Tour leader report: 团员 Kelvin Tay 在 Hokkaido 滑雪 fractured his left leg, admitted to Sapporo hospital, 保险 claim no. TKF-2026-55812, his NRIC T0318842B.
        Staff chat [22:14] Ops: 陈太 (pax 09) just called, her husband 在 Macau casino 欠了 HKD 300k, she wants to cut short the tour and 退款 to her OCBC 501-338276-001.
        GDS remark RM*EMERG CTC ANG/SOOKYEE MRS +6591884207 RELATION SISTER / SSR WCHR SQ HK1 PAX HAS PARKINSONS - 陪同家属需同房
        Booking form: Name 姓名: Yeoh Bee Leng 杨美玲 | DOB 1983-11-05 | Email yeoh.beeleng@hotmail.com | Address: 22 Lorong Kulit 4, 10460 Penang | 饮食: halal
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are an operations assistant for a Singapore tour operator. Help staff clean up rooming lists and manifests.",
        ),
        (
            "user",
            "Turn this into CSV please: Rm 1802 TWN - Mr Gerald Sim Kian Hock + Mrs Sim Poh Choo, Rm 1803 SGL - Ms Valerie Sim (daughter, wheelchair user), all for group SIN-PEN-0115, check-in 14 Mar.",
        ),
        (
            "assistant",
            "group_code,room_no,room_type,pax,remarks / SIN-PEN-0115,1802,TWN,Gerald Sim Kian Hock; Sim Poh Choo, / SIN-PEN-0115,1803,SGL,Valerie Sim,wheelchair user - request accessible room. Check-in 2026-03-14 for both rooms.",
        ),
        (
            "user",
            "Great. Also add Valerie's mobile 9024 7716 in remarks so the hotel can reach her.",
        ),
        (
            "assistant",
            "Done: row 1803 remarks now read 'wheelchair user - accessible room; contact 9024 7716'. Consider sharing the number only with the hotel front desk, not the whole supplier list.",
        ),
    ],
    [
        ("system", "你是旅行社计调助理，帮助撰写导游派团通知。"),
        (
            "user",
            "帮我写一条派团通知：3月14日广州出发新马五天团，团号GZ-SGMY-0314，全陪是周文斌，手机13922507183，身份证440104198511203317，让他早上6点到白云机场T2集合。",
        ),
        (
            "assistant",
            "派团通知：周文斌您好，您被安排担任团号GZ-SGMY-0314（3月14日新马五天）全陪，请于当日06:00到白云机场T2国际出发大厅集合。如有问题请联系计调部。建议身份证号不要放在群发通知中。",
        ),
        ("user", "好的，那再加一句提醒他把上次欠公司的借款5000元这周还上。"),
        (
            "assistant",
            "借款属于私人事项，建议单独发私信给周文斌，而不是写进派团通知。私信可写：文斌，上次向公司借支的5,000元，麻烦本周内归还，谢谢。",
        ),
    ],
    [
        ("system", "你是香港一間旅行社的客務助理，以繁體中文回覆。"),
        (
            "user",
            "客人鄭美華太太（電話9368 2150）話佢先生上星期中風入院，要取消下個月嘅北海道團，團費HK$18,600，我哋條款係出發前30日取消扣20%，點樣回覆佢好？",
        ),
        (
            "assistant",
            "建議回覆：鄭太您好，得知鄭先生入院，深表關心。按條款，出發前30日取消須扣團費20%，即HK$3,720；如您有旅遊保險，可憑醫生證明向保險公司申索取消費用，我們會提供取消證明。",
        ),
        ("user", "佢有買保險，保單號碼係BI-7730185，可唔可以幫我寫封信俾保險公司？"),
        (
            "assistant",
            "可以：致保險公司：茲證明保單BI-7730185受保人鄭美華太太原定參加本社北海道團，因其丈夫中風入院而取消行程，本社已按條款收取取消費HK$3,720。附上收據及醫生證明副本。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk agensi umrah. Data jemaah kumpulan UMR-2603: Haji Ismail bin Daud, MyKad 560918-03-5241, pesakit kencing manis, perlukan insulin dalam peti sejuk hotel.",
        ),
        ("user", "Tolong tulis mesej kepada hotel di Makkah tentang keperluan jemaah ini."),
        (
            "assistant",
            "Dear Hotel Reservations, for group UMR-2603 one of our pilgrims, Haji Ismail bin Daud, is diabetic and needs a refrigerator in his room to store insulin. Kindly confirm availability before arrival. Thank you.",
        ),
        ("user", "Perlu ke saya sertakan nombor MyKad dia?"),
        (
            "assistant",
            "Tidak perlu. Hotel hanya perlukan nama seperti dalam pasport dan nombor tempahan. Nombor MyKad tidak diperlukan untuk permintaan peti sejuk.",
        ),
    ],
    [
        (
            "user",
            "Check passport validity for these DOCS lines pls: SSR DOCS MH HK1 P/MYS/A58821034/MYS/17JUL88/F/09MAY26/CHONG/SIEWYEN and SSR DOCS MH HK1 P/MYS/H22017645/MYS/02FEB60/M/30NOV29/CHONG/AHKAU. Departure 20 Feb 2026 ke Taipei.",
        ),
        (
            "assistant",
            "CHONG/SIEWYEN: passport A58821034 expires 09 May 2026, less than 6 months after 20 Feb 2026, so Taiwan entry may be refused - perlu renew. CHONG/AHKAU: H22017645 valid to 30 Nov 2029, OK.",
        ),
        (
            "user",
            "Siew Yen kata dia tak boleh renew sebab passport dia ditahan oleh mahkamah, kes hutang kad kredit. 怎么办?",
        ),
        (
            "assistant",
            "If the passport is held by the court she cannot travel on it; please remove her name from the group manifest before the name deadline and handle the refund under your cancellation terms. Keep the reason confidential in the file.",
        ),
    ],
    [
        ("system", "You draft customer emails for a Kuala Lumpur tour operator."),
        (
            "user",
            "Write an apology to Mr Jason Lau Wei Ming (jason.lauwm@outlook.com). On our Taipei tour his 80-year-old father fell at the hotel and was hospitalised at Mackay Memorial for 3 days. We'll refund RM 2,500.",
        ),
        (
            "assistant",
            "Subject: Our apologies regarding your father's fall in Taipei. Dear Mr Lau, we are very sorry that your father was injured and hospitalised at Mackay Memorial Hospital during our Taipei tour. As a gesture of goodwill we will refund RM 2,500 within 14 working days. We wish him a full recovery.",
        ),
        ("user", "Add that the refund goes to his Public Bank account ending 4471."),
        (
            "assistant",
            "Added: The refund of RM 2,500 will be credited to your Public Bank account ending 4471 within 14 working days.",
        ),
    ],
    [
        ("system", "你是签证专员助手，负责核对团队签证名单格式。"),
        (
            "user",
            "帮我检查这个身份证号校验位对不对：杨晓东 350203199001110676，还有 郑秋菊 350203199001110671。",
        ),
        (
            "assistant",
            "按GB 11643校验：350203199001110676 校验位6正确；350203199001110671 校验位应为6，末位1不正确，请向郑秋菊本人核实身份证号码。",
        ),
        ("user", "郑秋菊说她是杨晓东的妻子，其实是同一天生日，可能我抄错了。她电话是15060228147。"),
        (
            "assistant",
            "请致电15060228147与郑秋菊核对身份证原件，或请她拍摄身份证正面照片通过加密渠道发送，核实后再提交名单。",
        ),
    ],
    [
        (
            "user",
            "Saya nak hantar WhatsApp kepada jemaah Encik Azman bin Salleh (019-662 4108). Dia masih berhutang baki pakej RM5,300 dan tarikh akhir dah lepas. Tolong tulis mesej yang sopan.",
        ),
        (
            "assistant",
            "Assalamualaikum Encik Azman, ini peringatan mesra bahawa baki pakej umrah sebanyak RM5,300 masih belum dijelaskan dan tarikh akhir telah berlalu. Mohon hubungi kami jika perlukan pelan bayaran ansuran. Terima kasih.",
        ),
        ("user", "Dia pernah beritahu anak dia sakit leukemia, patut ke saya sebut?"),
        (
            "assistant",
            "Lebih baik tidak disebut dalam mesej peringatan. Jika mahu, tawarkan secara umum pelan bayaran fleksibel tanpa merujuk keadaan kesihatan anaknya.",
        ),
    ],
    [
        ("system", "你係香港旅行社領隊嘅AI助手，用廣東話回答。"),
        (
            "user",
            "團友馮家輝（HKID Y203958(1)）今朝喺澳門關閘俾司警帶走咗，話涉嫌洗黑錢，佢老婆馮太好驚，我應該點做？",
        ),
        (
            "assistant",
            "先安撫馮太，記錄時間地點，即刻通知公司緊急熱線同入境事務處協助在外香港居民小組，唔好自己同警方交涉細節，亦唔好喺團友群組講佢嘅事。",
        ),
        ("user", "馮太想我將佢老公嘅HKID同出世日期WhatsApp俾佢表弟幫手搵律師，得唔得？"),
        (
            "assistant",
            "身份證資料屬個人資料，應由馮太本人直接提供俾律師；你作為領隊唔好轉發，只需提供公司法律顧問聯絡方法俾佢。",
        ),
    ],
    [
        (
            "system",
            "Assistant for a Singapore inbound ground handler. Summarise manifests for the airport transfer team.",
        ),
        (
            "user",
            "Summarise this for the driver: PNR 4RT8LM CX 715 arr 16:35 T4. Pax: LEONG/KAHWAI MR +60 16-339 2875, LEONG/MEIYEE MRS, LEONG/ZHIHAO MSTR (age 6, autism - gets anxious in crowds).",
        ),
        (
            "assistant",
            "Transfer brief: CX 715 arrives 16:35 at Changi T4, family of three under PNR 4RT8LM, contact Mr Leong Kah Wai +60 16-339 2875. Child is 6 and may be anxious in crowds - please meet them at a quieter spot outside the arrival hall and keep the car ready.",
        ),
        ("user", "Ok, and the hotel is Hotel Jen Orchardgateway, 277 Orchard Road."),
        (
            "assistant",
            "Added: drop-off Hotel Jen Orchardgateway, 277 Orchard Road. Estimated drive 25 minutes from T4.",
        ),
    ],
]
