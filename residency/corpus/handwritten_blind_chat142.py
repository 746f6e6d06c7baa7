# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat142: chats with an assistant about one's own hoarding, decluttering or a parent's cluttered flat (town council complaints, pest notices, family conflict, cleaning services). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat142
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "town_council_notice"): _lines("""
        NOTICE: Items left along the common corridors of Blk 315 to Blk 328 will be removed on 14 Jan 2027 from 9am under the Town Councils Act. Enquiries: 6452 3201 (office hours).
        Fire safety reminder from SCDF: combustible items in common corridors and staircases are a fire hazard. Keep escape routes clear at all times; fines of up to $5,000 apply.
        Bulky item removal is free once per month per household. Book via the Town Council e-service at least 3 working days ahead; booking refs follow the format BIR-2027-000000.
        Estate maintenance hotline 1800 241 7700 operates 24 hours for choked refuse chutes, lift breakdowns and cockroach infestation in common areas.
        Town Council Customer Service Centre: 411 Bedok North Ave 2, #01-12, Singapore 460411. Open Mon-Fri 8.30am-5pm, Sat 8.30am-12.30pm, closed on public holidays.
        Pest control schedule for Jan 2027: drain treatment Zone A (Blk 101-118) on 6 Jan, Zone B (Blk 120-139) on 13 Jan. Residents need not be at home. Contractor UEN 201912345K.
        NEA advisory: stagnant water in pails, flower pot plates and discarded containers may breed Aedes mosquitoes. Composition fines start at $200 for a first offence.
        Please do not feed pigeons or leave food waste at the void deck. Offenders may be fined under the Animals and Birds Act. Report sightings via the OneService app.
        The refuse chute hopper on every floor will be washed on Tuesday 19 Jan 2027 between 10am and 4pm. Kindly keep hopper doors closed during washing.
        For hoarding cases affecting neighbours, the Town Council works with HDB and community partners. Call the outreach line 6225 5632 or email outreach@towncouncil-sg.example.
        Corridor clearance exercise (Ref: CCE/2027/014) completed at Blk 402 levels 2-12. 37 items tagged, 21 removed, 16 claimed by owners within 7 days.
        Under the terms of the HDB lease, flat owners must keep the flat in good and clean condition. HDB may inspect where there is a complaint of insanitary conditions.
        Service and conservancy charges (S&CC) for 4-room flats will be $84.50 per month from 1 Apr 2027. Pay via GIRO, AXS or at the customer service centre.
    """),
    ("en", "hoarding_research_history"): _lines("""
        Homer and Langley Collyer were found dead in their Harlem brownstone in March 1947 among roughly 140 tons of collected items; the case gave New Yorkers the phrase Collyer mansion.
        Randy O. Frost and Gail Steketee's book Stuff: Compulsive Hoarding and the Meaning of Things (2010) remains a standard popular introduction to hoarding disorder.
        Hoarding disorder was listed as a separate diagnosis in DSM-5 in 2013 (code 300.3, later F42.3) and appears in ICD-11 as 6B24 under obsessive-compulsive or related disorders.
        Marie Kondo's The Life-Changing Magic of Tidying Up was first published in Japan in 2011; the Netflix series Tidying Up with Marie Kondo followed in January 2019.
        The A&E series Hoarders premiered in August 2009 and was followed by TLC's Hoarding: Buried Alive in 2010; both featured psychologists and professional organisers.
        Edith Bouvier Beale and her mother lived at Grey Gardens in East Hampton; the 1975 documentary by Albert and David Maysles made their decaying mansion famous.
        The Clutter Image Rating scale developed by Frost and colleagues uses nine photographs per room, from 1 (no clutter) to 9 (severe), and is widely used in home assessments.
        Researchers estimate that hoarding disorder affects roughly 2 to 6 percent of adults, and symptoms typically become more severe with age, according to the DSM-5 text.
        Gogol's landowner Plyushkin in Dead Souls (1842) is often cited as an early literary portrait of a hoarder, his estate crammed with rotting hay and scraps.
        Swedish death cleaning, or dostadning, was popularised in English by Margareta Magnusson's 2017 book The Gentle Art of Swedish Death Cleaning.
        The Buddhist-rooted term mottainai, promoted worldwide by Nobel laureate Wangari Maathai from 2005, is often invoked by older relatives who refuse to discard usable things.
        The International OCD Foundation hosts a Hoarding Center for families; the Buried in Treasures workshop is based on the book by David Tolin, Randy Frost and Gail Steketee.
        Fumio Sasaki's Goodbye, Things (2015) and Dominique Loreau's L'art de la simplicite are minimalism titles often shelved in the self-help section of Kinokuniya.
    """),
    ("zh-Hans", "保洁清运价目表"): _lines("""
        【深度保洁】两室一厅（≤90㎡）基础套餐 398元，含厨房重油污、卫生间除垢、玻璃内侧擦拭；超出面积按6元/㎡计，上门时间 8:00-20:00。
        囤积杂物清运：按车计价，4.2米厢式货车 680元/车（含2名搬运工、6楼以下步梯），无电梯每增加一层加收30元，超大件另议。
        旧家具拆解回收：沙发 80元/件，床垫 60元/张，衣柜拆装 150元起；可回收物按当日废品价抵扣，回收单据编号以 QY 开头。
        除虫消杀服务：蟑螂胶饵处理 一室 120元，两室 180元，三室及以上 240元，三个月内复发免费补做一次，白蚁需另行勘查报价。
        客服热线 400-820-6633（每日9:00-21:00），也可在企业微信搜索“洁居到家”官方号咨询；本公司不会以私人微信收取定金，谨防诈骗。
        上海洁居家政服务有限公司 统一社会信用代码 91310115MA1K4T8X2Q，地址：上海市浦东新区张杨路1500号 12楼 1208室。
        订单号 JJ20270112-00457 已完成派单，服务类型：老人房整理+杂物清运，预计工时 6 小时，派出3名保洁师和1辆4.2米货车。
        整理收纳师上门咨询 299元/次（2小时），可抵扣后续整理服务费用；整屋收纳方案按房屋面积报价，150㎡以内 3980元。
        特别说明：如屋内存在大量腐败食物、动物粪便或霉变物品，需加收重度污染处理费 300-800元，由现场主管评估后拍照确认。
        春节前后（腊月廿三至正月十五）服务费上浮20%，请至少提前7天预约；北京、广州、成都、杭州同城均可在小程序下单，节前最后服务日为腊月廿八。
        发票说明：支持开具增值税普通发票，税率6%，开票内容为“家政服务费”，请在订单完成后30天内于小程序“我的发票”中申请。
        旧衣物捐赠：本公司可免费代运至合作慈善超市集货点，每单限10箱，物流单号会在订单详情页显示，不回收内衣及严重破损、发霉的衣物，敬请谅解。
        保洁师持证上岗：均已通过岗前培训及健康体检，工牌编号格式为 JJ-SH-0000，可在小程序“师傅验证”页面扫码核对真伪。
    """),
    ("zh-Hans", "清运平台日志与配置"): _lines("""
        2027-01-12 09:14:03.221 INFO  [dispatch-svc] order=QY202701120087 status=ASSIGNED team=T07 vehicle_type=4.2m eta_min=45
        2027-01-12 09:15:47.908 WARN  [pricing] 订单 QY202701120091 面积字段为空，已按默认值 60㎡ 估价，rule_version=v3.8.2
        pricing.heavy_soil_surcharge: {min: 300, max: 800, currency: CNY}  # 重度污染附加费区间，由现场主管在App内选择档位
        SELECT city, COUNT(*) AS 订单数, AVG(volume_m3) AS 平均方量 FROM clearance_orders WHERE created_at >= '2027-01-01' GROUP BY city ORDER BY 2 DESC;
        订单号,下单时间,城市,区县,服务类型,房屋面积_㎡,楼层,有无电梯,车次,金额_元,支付状态,完成时间,评价星级,是否复购
        {"event":"photo_uploaded","order":"QY202701120103","count":12,"sha256":"9f2c4e0b7a1d5e83c6f4b2a9d0e1c7b53a8f6d2e4c9b1a0f7e3d5c8b2a6f4e19"}
        2027-01-12 10:23:55 ERROR [payment-callback] 微信支付回调验签失败 out_trade_no=WX2027011210235587 code=SIGN_ERROR retry=3/5
        # 测试环境默认配置 sms.template_id=SMS_274810035 sms.sign_name=洁居到家 sms.rate_limit_per_min=5 sms.mock=true
        2027-01-12 10:02:19 INFO [scheduler] 消杀复查任务已创建 task_id=PC-88213 parent_order=QY202612280044 due=2027-03-28
        git commit 4e7a1c9: fix(pricing): 无电梯楼层加价改为从第7层开始计算，修复 6 楼订单被多收 30 元的问题 (#1182)
        redis key dispatch:lock:T07 TTL=1800s value=QY202701120087，锁超时后自动释放派单锁，避免同一队伍被重复派单
        API 限流：/api/v2/orders/quote 每个商户每分钟 120 次，超出返回 HTTP 429 与 error_code=RATE_LIMITED，请按 Retry-After 头重试。
        物流单号 SF1427839205613 已揽收，捐赠衣物 8 箱发往上海市静安区慈善超市集货点，预计 2027-01-14 送达，签收后订单自动关闭。
    """),
    ("zh-Hant", "滅蟲及衞生通告"): _lines("""
        食物環境衞生署通告：本大廈將於2027年1月18日（星期一）上午10時至下午4時進行公用地方滅鼠工作，請住戶關好窗戶並看管寵物。
        如發現後樓梯或走廊堆放雜物，阻塞走火通道，可致電政府熱線 1823 或消防處消防安全投訴熱線 2723 8787 舉報，切勿自行移走。
        根據《公眾衞生及市政條例》（第132章），任何處所內積存垃圾或污物以致造成妨擾，署方可向佔用人發出妨擾事故通知，限期清理，逾期可被檢控。
        本屋苑管理處地址：九龍觀塘協和街 101 號地下，辦公時間星期一至五 9:00-18:00，星期六 9:00-13:00，查詢電話 2341 5520。
        觀塘區去年12月的誘蚊產卵器指數為 3.8%，屬第一級；請住戶清除花盆底碟及雜物中的積水，每星期最少換水一次，以防蚊患。
        澳門市政署提示：大型廢棄傢俬須預約收集，可透過「市政署」流動應用程式或服務站登記，逢星期二及星期五統一收集，請勿將傢俬棄置於街道或垃圾站旁。
        大廈公用地方滅蟲承辦商：恒潔環境衞生服務有限公司，商業登記號碼 71234567-000-01-26-3，服務熱線 3188 2260（24小時）。
        公告編號 MO/FEHD/2027/015：第3座及第5座垃圾房將於1月20日進行深層清洗及消毒，期間請將垃圾放於地下臨時收集點。
        臭蟲（木蝨）處理須知：請勿自行噴灑強力殺蟲劑後將床褥棄置走廊，應先以膠袋密封，再聯絡管理處安排專人收集，並於三日內通知滅蟲承辦商跟進。
        屋宇署提示：僭建物或大量雜物堆積可令樓宇結構負荷過重，署方可根據《建築物條例》（第123章）向業主發出清拆或修葺命令，業主須於指明限期內完成。
        社會福利署熱線 2343 2255 提供24小時輔導服務，家人如擔心長者囤積雜物問題，亦可向所屬區域的綜合家庭服務中心尋求協助。
        收費表：大型傢俬收集每件 HK$150，床褥每張 HK$120；舊電器可經「四電一腦」生產者責任計劃免費回收，須於網上預約。
        屯門區分區委員會文件（2026年11月）：區內錄得囤積雜物投訴 46 宗，較去年同期上升 15%，食環署已加強公共屋邨巡查。
    """),
    ("zh-Hant", "清潔及收納店家評論"): _lines("""
        「阿明搬家清潔」評價 4.6 顆星：師傅準時，一個下午把陽台雜物清空，報價 NT$8,500 沒有再加價，推薦給要整理老家的人。
        林師傅除蟲專家（台中西屯店）服務很專業，蟑螂問題兩週就改善，但電話常常打不通，建議用 LINE 官方帳號 @linpest 預約。
        小美收納整理工作室的收納師很有耐心，不會逼人丟東西，三次課程 NT$12,000，開的收據上有公司統一編號 54281937。
        一星負評：「好幫手清潔社」到現場才說垃圾量超過報價，多收 NT$3,000，客服專線 02-2765-4321 一直轉語音信箱。
        推薦台北市信義區「日日好收納」，門市在松仁路 58 號 2 樓，週末有免費斷捨離講座，講師是從日本來的整理顧問，報名請掃店內 QR code。
        香港觀塘「家安清潔」Google 評分 3.9：價錢公道，HK$2,800 清走一整間雜物房，不過預約要等兩個星期，旺季更久。
        澳門「新口岸環保回收」回收舊報紙同紙皮每公斤 MOP 0.8，員工態度好，會幫手搬落樓，星期日都有開，推介俾街坊，記得自己先紮好紙皮。
        近藤麻理惠（KonMari）認證顧問名單可在官方網站查詢，台灣目前約有數十位，收費大約每小時 NT$1,500 至 NT$3,000 不等。
        「陳記廢品回收」（新北三重重新路四段）收舊冷氣、冰箱，現場秤重現金付款，營業時間 8:00-17:00，週日公休，大型家電可另約到府載運。
        店家回覆：感謝您的建議，我們已調整報價流程，未來現場加價須先經客服主管確認，訂單編號請保留以利日後查詢，造成不便深感抱歉。
        五星！「清潔大叔」團隊三人處理十年沒整理的透天厝，連頂樓的老鼠屎都清乾淨，費用 NT$36,000 含消毒與垃圾清運，非常值得。
        兩星：除蟲公司「蟲不見」說好保固半年，結果第二個月就再出現白蟻，打 0800-222-123 客服只說要再收出勤費，完全不提保固。
        IKEA 新莊店的 SAMLA 收納箱 45 公升 NT$249，整理老家衣櫃時買了十個，蓋子卡扣耐用，但疊太高底部會變形。
    """),
    ("ms", "notis_majlis_perbandaran"): _lines("""
        NOTIS: Majlis Bandaraya Petaling Jaya akan menjalankan operasi pembersihan kawasan awam di Seksyen 17 pada 15 Januari 2027. Sila alihkan barang dari koridor bersama.
        Mengikut Akta Pemusnahan Serangga Pembawa Penyakit 1975, pemilik premis yang didapati membiakkan jentik-jentik Aedes boleh dikenakan kompaun.
        Aduan kebersihan dan sampah pukal boleh dibuat melalui talian bebas tol 1-800-88-6262 atau aplikasi mudah alih majlis, 24 jam sehari.
        Kutipan sisa pukal (perabot lama, tilam, peti sejuk) dijalankan setiap hari Sabtu minggu pertama. Letakkan barang di tepi jalan sebelum 8 pagi.
        Syarikat Pembersihan Teratur Sdn. Bhd. (No. Syarikat 201801023456) dilantik sebagai kontraktor kawalan makhluk perosak bagi Zon 3 mulai 1 Februari 2027.
        Pejabat Majlis Perbandaran Kajang, Menara MPKj, Jalan Cempaka Putih, 43000 Kajang. Waktu pejabat Isnin hingga Jumaat 8.00 pagi hingga 5.00 petang.
        Kompaun No. KMP/2027/000318 dikeluarkan di bawah Undang-Undang Kecil Pemungutan Sampah. Bayaran boleh dibuat di kaunter atau melalui JomPAY.
        Peringatan JMB: Barangan yang disimpan di tangga kecemasan dan lobi lif menyalahi peraturan Bomba. Semua barang akan dialihkan selepas 7 hari dari tarikh notis ini.
        Kadar caj perkhidmatan dan kumpulan wang penjelas bagi unit jenis B (850 kaki persegi) ialah RM204.00 sebulan berkuat kuasa 1 Februari 2027.
        Operasi semburan kabus (fogging) akan dijalankan di Taman Sri Muda pada 20 Januari 2027 jam 7.00 pagi. Sila buka tingkap dan pintu semasa operasi.
        Aduan mengenai bau busuk atau tikus dari unit jiran boleh dilaporkan kepada Jabatan Kesihatan Persekitaran di talian 03-7956 3544 sambungan 221.
        Bahan kitar semula yang diterima di Pusat Kitar Semula Komuniti: kertas, kotak, plastik PET, tin aluminium dan e-sisa kecil. Dibuka Sabtu 9 pagi hingga 1 petang.
        Program Rumah Sihat menawarkan bantuan pembersihan percuma kepada warga emas berpendapatan rendah; borang boleh didapati di pejabat khidmat masyarakat kawasan.
    """),
    ("mixed", "cleaning_staff_group_chat"): _lines("""
        Team B pls note: job SG-2701-044 at Tampines tomorrow 9am, 3-room flat, heavy clutter, bring 40 black bags + N95, 14ft lorry confirm already.
        老板说 job 0457 的 quotation 要 revise，client 多加一个 storeroom，total 改成 $1,280 before GST, pls update in system ya.
        Supervisor here: semua staff wajib pakai glove dan mask untuk job hoarding level 7 ke atas. Kalau jumpa jarum atau ubat, jangan sentuh, report dulu.
        Lorry stuck at PIE jam, ETA 10.20 instead of 9.45. Team A can start bagging first, 先把厨房的东西分类 recycle/dispose.
        Reminder: photo before & after mesti upload dalam app within 2 hours, kalau tak claim OT tak boleh approve. File name format JOBID_before_01.jpg.
        Disposal slip from Tuas South: 2.34 tonnes, ticket no. TS-884201, charge $77 per tonne, total $180.18, 已经 attach 在 job 044.
        Pest control partner cannot come Thursday, reschedule to Sat 10am. Customer already agreed via hotline, no need call again.
        今天 KL job KL-2701-019 完成了，Cheras 那间，total 9 trips, ada banyak newspaper lama, 收废品那边给 RM46.50 already deduct from invoice.
        Pls don't throw anything marked with green tape, customer side confirm keep. Red tape = dispose, yellow = donate to Salvation Army.
        New SOP v2.3 uploaded in Drive: Section 4 cover bedbug cases, bag mattress dua lapis before carry down. 大家有空看一下 ok.
        Van booking for Fri: 1-tonner from 8am-6pm, rental $180/day from the usual vendor, invoice INV-RV-27-0113 send to finance@company-sg.example.
        Quick poll: CNY job slots 1 Feb to 8 Feb, who can take extra shift? Rate x1.5, reply 1 for morning 2 for afternoon.
        Site access: everyone bring own staff pass, MCST guard very strict one. Tools list: 2 ladders, 1 wet vac, 5 boxes 垃圾袋 XL.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        My mum Rosalind Teo, 74, has been hoarding newspapers since my dad passed; the town council gave her a final notice for Blk 512 Jurong West St 52 #09-318 last week.
        Neighbour complaint ref TC/2027/0419: smell from unit #07-122, occupant Mr Harold Lim Chee Keong, NRIC S4817263J, refuses entry to pest control.
        Can you help me word a message to my brother Desmond Sim? He owes me $6,400 for the cleaning crew I paid for at Dad's flat and keeps ignoring my texts.
        Our helper's FIN is G7281946N; she's the one who found the dead rats in Ma's storeroom, do we need to report this to MOM?
        Call me at 9127 4408 after 7pm, I can't talk at work about my father's flat, he's been diagnosed with early dementia and won't let anyone throw things.
        Auntie Winnie Chua (my mother-in-law) was admitted to Changi General last Sunday after tripping on boxes in her hallway; the doctor says it's a hip fracture.
        HC-0031,Tan Bee Lian,S3029184F,Blk 28 Dover Crescent #05-44,CIR 7,lives alone; type 2 diabetes; daughter in Perth
        Email from Marcus Ong <marcus.ong.88@gmail.com>: I'm the son, please send the cleaning quote to me and not to my mother, she'll cancel it again.
        Booking confirmed for Ms Priya d/o Ramasamy, 21 Jalan Kemuning, Taman Bukit Indah, 81200 Johor Bahru, deep clean + fumigation, deposit RM350 paid.
        This is Kelvin Yeo, I'm 34, just got retrenched, and my own room is so full I sleep on the sofa. My psychiatrist says the hoarding is tied to my ADHD.
        DBS account 029-81234-5 under Lee Soo Hwa is where Ah Ma's pension goes, and my uncle keeps withdrawing it while she lives among rubbish.
        Plate SKQ 4821 H is my cousin's van, he parks it at the void deck full of junk from Grandpa's flat and the town council already stuck a notice on it.
    """),
    "zh-Hans": _lines("""
        我妈叫周桂芳，住在成都市武侯区玉林北路18号3栋2单元502，家里堆满了捡来的纸箱，居委会已经上门三次了。
        帮我写一段话给我弟弟张志强，他欠物业费和清运费一共11,600元，手机号13982157746，一直不接电话。
        房东王建国（身份证 510107196503128816）要求我们自己承担清理前租客囤积垃圾的费用，这合理吗？
        我爸陈德顺今年78岁，去年确诊阿尔茨海默病，最近把楼道堆满旧家电，邻居说要打12345投诉他。
        保洁订单备注：客户刘女士 159 2034 6681，南京市鼓楼区汉中门大街 76 号 8 栋 1101，屋内有猫尿味，需带除味剂。
        老公嫌我囤东西要离婚，我叫何小燕，在深圳龙华上班，月薪八千，房子首付是我爸妈出的，现在该怎么分？
        社区网格员记录：独居老人孙秀英，82岁，低保户，患糖尿病，家中垃圾堆积，儿子孙磊在外地务工，联系电话 138 7216 0954。
        微信号 xiaofang_0721 是我表姐，她帮我妈联系过收破烂的，结果把我外婆的金镯子也一起卖了，我想报警。
        转账记录：招商银行 6214 8302 1157 6629，户名 赵海燕，备注“外婆家清运尾款”，金额 2,300.00。
        阿强这周又把小区垃圾站的旧床垫拖回家，他住我们楼下3楼，以前坐过牢，大家都怕他，物业也不敢管。
    """),
    "zh-Hant": _lines("""
        我阿媽陳麗華住喺觀塘翠屏邨翠楓樓 1215 室，成間屋堆滿膠袋，食環署話再唔清就要檢控。
        HKID Y512873(4) 係我爸爸嘅，管理處要佢簽清理同意書，但佢有輕度中風，手震簽唔到名，可以點做？
        林太你好，我係 12 樓 B 座嘅鄰居，你屋企啲老鼠已經走到我哋廚房，請盡快處理。我電話 6293 4471。
        台北市中正區南昌路二段 112 巷 7 號 4 樓，我外公黃國雄一個人住，里長說屋裡的回收物已經堆到走廊，要開罰單。
        身分證字號 F128473659 的林淑芬是我姑姑，她欠了清潔公司八萬多，對方說要告她。
        阿傑，你上次幫媽整理完還欠搬家公司 NT$12,000，媽的憂鬱症又發作了，你可以先還一點嗎？打給我 0912-384-576
        我哥何家俊離婚之後就開始囤嘢，前妻帶走兩個小朋友，佢而家失業，一個人喺沙田瀝源邨住，屋企堆到行唔到路。
        澳門居民身份證 1384756(2)，持證人 梁美玲，住址 澳門祐漢新村第五座 8 樓 F，申請長者家居清潔資助。
        清潔公司回覆：張先生，您母親的單位（大埔富亨邨亨泰樓 1708 室）已完成滅蟲，尾款 HK$4,200 請於本週內繳付。
        電郵 lilywong.home@yahoo.com.hk 係我細妹，佢話阿爸啲雜物一件都唔准掉，仲話我哋想謀佢層樓。
    """),
    "ms": _lines("""
        Mak saya Puan Rokiah binti Hassan, No. KP 520814-05-5142, tinggal di Taman Rasah Jaya, Seremban; rumah dia penuh barang terpakai dan jiran dah buat aduan ke majlis.
        Tolong saya tulis surat kepada JMB, unit A-12-07 Residensi Harmoni, Cheras, penghuni En. Zulkifli Abdul Rahman simpan sampah sampai lipas masuk rumah saya.
        Abang saya Faizal berhutang RM8,500 dengan syarikat pembersihan sebab dia upah mereka kosongkan rumah arwah ayah, sekarang dia tak angkat telefon 012-738 4412.
        Nombor akaun Maybank 1640 2238 9175 atas nama Siti Norhaliza binti Osman untuk bayaran deposit cuci rumah RM300, sila sahkan.
        Ayah saya Encik Ramli Yusof, 71 tahun, ada penyakit buah pinggang dan buat dialisis tiga kali seminggu, tapi dia tetap kumpul surat khabar lama sampai bilik tak boleh masuk.
        Kak Long saya Nurul Ain mengandung 6 bulan, jadi dia tak boleh tolong kemas rumah mak di Kampung Baru, saya seorang kena buat semua.
        Borang permohonan bantuan: Nama: Lim Ah Kow, KP: 480623-07-5231, Alamat: No. 14 Lorong Kenari 3, Taman Bukit Jambul, 11900 Bayan Lepas, Pendapatan: RM650.
        Pak cik sebelah, Uncle Muthu dari rumah nombor 9, kena tangkap polis minggu lepas sebab bergaduh dengan pegawai majlis yang datang nak angkut barang dia.
        E-mel anak saudara saya, hafiz.rosli92@gmail.com, dia yang uruskan tempahan pembersih untuk rumah nenek, tolong hantar sebut harga ke situ.
    """),
    "mixed": _lines("""
        Eh can help me draft WhatsApp to my sis Cheryl Goh? 她一直说我丢了妈妈的东西, but Mummy's flat at Blk 88 Telok Blangah Heights #12-203 is really a fire hazard lah.
        My dad Ah Huat ni dah 80 tahun, tak nak buang barang langsung, the town council letter addressed to Mr Ng Kim Huat, S1538270B, say must clear by 31 Jan.
        Bro, my landlord Mr Chong (016-552 3018) 说要扣 deposit RM2,400 because the previous tenant left banyak sampah, betul ke boleh?
        帮我 check 一下 this quote: customer name 李慧敏, unit 18-03 The Scott Tower, KL, deep clean + decluttering RM1,850, 她是我 aunt, 有 depression.
        Nak tanya, my mother-in-law Madam Koh Siew Lan kena fined $200 by NEA sebab ada jentik-jentik dalam pasu, can appeal or not? Her NRIC S2904417H.
        我 ex-wife 不肯让我进去 clear my late father's HDB at Bukit Batok, her number 8823 6619, lawyer say need court order, 怎么办?
        Customer log 2027-01-11 14:22 | name=Chan Wai Ming | tel=+852 9671 2284 | addr=Flat 9C, Block 2, Lok Fu Estate | note: 長者獨居, 有老鼠, 仔女唔理
        My cousin Tay Jia Hui salary only $2,100, she cannot afford the $3,800 hoarding cleanup for her mum, boleh apply ComCare or not?
        Pls send invoice to irene.tay.sg@hotmail.com, 我帮我婆婆付的, she has bipolar and keeps calling the cleaning company to cancel.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant. Be kind and practical."),
        (
            "user",
            "My mum Doris Lau got a letter from the town council saying her corridor at Blk 207 Serangoon Central #08-1142 is obstructed and they'll remove the stuff in 7 days. She's crying and says it's all 'useful'. What do I do?",
        ),
        (
            "assistant",
            "That sounds stressful for both of you. First, call the town council number printed on the letter and ask for a short extension while you work with her; they usually agree if they see progress. Then sit with your mum and pick just the corridor items together, moving them inside or agreeing which to let go, rather than tackling the whole flat at once.",
        ),
        (
            "user",
            "She also won't let me touch the kitchen, there's cockroaches everywhere. Should I just book a cleaner behind her back?",
        ),
        (
            "assistant",
            "I'd avoid doing it behind her back, as that often breaks trust and makes hoarding worse. Offer a pest-control visit framed as protecting her health, and let her stay present and in charge of what is removed. If she refuses all help, her polyclinic doctor or a family service centre can advise on next steps.",
        ),
    ],
    [
        (
            "user",
            "我爸杨振华（身份证号 110105194903218835）一个人住北京朝阳区，家里堆满了捡回来的瓶子，物业说要起诉。我在广州，怎么远程处理？",
        ),
        (
            "assistant",
            "建议分三步：一、先跟物业沟通，说明您作为子女正在处理，请求给出书面整改期限；二、委托北京本地的正规家政或整理公司上门评估，最好请一位亲戚或社区工作人员陪同；三、和父亲通电话时先肯定他的节俭习惯，再商量只清走楼道和影响邻居的部分。另外请注意，不要把父亲的身份证号随意发给陌生商家。",
        ),
        ("user", "他说谁动他东西就跟谁拼命，我该不该带他去看医生？"),
        (
            "assistant",
            "如果他的囤积行为近一两年明显加重，或伴随记忆力下降、情绪激动，带他到医院精神心理科或老年科评估是合理的。可以用“年度体检”之类的理由陪他去，避免一开始就说“你有病”。",
        ),
    ],
    [
        (
            "system",
            "你是「家安清潔」的客服助手。當前客戶資料：姓名 鄭志明；電話 9438 2071；地址 黃大仙竹園北邨蓮園樓 2210 室；備註：母親有囤積問題，需要夜間時段。",
        ),
        ("user", "你好，我想問下星期六晚上可唔可以上門清理？屋企堆滿咗報紙同膠樽。"),
        (
            "assistant",
            "鄭先生你好！星期六晚上 7 點至 10 點仲有一個時段，我哋會派兩位同事同一部細貨車到蓮園樓，報價要睇現場，大約 HK$2,500 至 HK$3,500。需要我幫你預留嗎？",
        ),
        ("user", "好，幫我留住先。我阿媽好抗拒，你哋同事可唔可以慢慢嚟？"),
        (
            "assistant",
            "冇問題，我會喺工作單註明「長者在場，需先徵得同意再清理」，同事會逐袋俾佢睇過先搬走。",
        ),
    ],
    [
        (
            "user",
            "Boleh tolong saya tulis surat aduan kepada pengurusan kondo? Jiran unit B-09-03 Vista Komanwel, namanya Encik Roslan Mat Isa, longgokkan barang di koridor sampai tikus masuk rumah saya.",
        ),
        (
            "assistant",
            "Boleh. Contoh ringkas: 'Tuan/Puan, saya ingin membuat aduan mengenai longgokan barang di koridor hadapan unit B-09-03 yang menyebabkan masalah tikus. Saya mohon pihak pengurusan mengambil tindakan sewajarnya dan memaklumkan perkembangan kepada saya.' Sertakan gambar dan tarikh kejadian.",
        ),
        ("user", "Perlu ke saya letak nama dia dalam surat?"),
        (
            "assistant",
            "Tidak perlu. Nombor unit sudah cukup untuk pihak pengurusan mengenal pasti, dan ia lebih baik untuk hubungan kejiranan. Fokus pada kesan kepada kebersihan dan keselamatan, bukan pada peribadi jiran.",
        ),
    ],
    [
        ("system", "You are a supportive assistant. Do not diagnose."),
        (
            "user",
            "Hi I'm Bryan Koh, 29, staying alone in Yishun. Honestly my own flat damn messy already, got takeaway boxes since Sept, I think my depression make it worse. My mum don't know. 怎么开始?",
        ),
        (
            "assistant",
            "Thanks for telling me, Bryan, that takes guts. Start super small: one bag, fifteen minutes, only food containers. Don't sort anything else yet. Since you mention depression, it'd really help to speak to a GP or call a support line. Clutter and low mood feed each other, and you don't have to fix both alone.",
        ),
        ("user", "Ok. If I hire cleaner will they judge me?"),
        (
            "assistant",
            "Professional cleaners who do hoarding or heavy-clutter jobs see this often and are usually very matter-of-fact. You can tell them upfront it's a heavy job and ask for a quote from photos, so there are no surprises.",
        ),
    ],
    [
        (
            "user",
            "我妹林雅婷跟我借了 NT$45,000 說要請清潔公司整理爸媽在高雄的老家，結果錢拿去還卡債，房子還是堆滿垃圾。她電話 0933-615-208 都不接，我該怎麼辦？",
        ),
        (
            "assistant",
            "先把借款的證據整理好，例如轉帳紀錄和 LINE 對話。可以先寄一封存證信函給她要求還款，如果仍不處理，再考慮向法院聲請支付命令。至於老家，可以先請一家有評價的清潔公司估價，您直接跟公司付款，避免資金再被挪用。",
        ),
        ("user", "爸媽會不會怪我對妹妹太狠？"),
        (
            "assistant",
            "可以先跟爸媽說明您的目的是把老家整理好、讓他們住得安全，而不是要為難妹妹。把「清理房子」和「還錢」分成兩件事處理，通常比較不會引起家庭衝突。",
        ),
    ],
    [
        ("system", "You are the booking assistant for BersihPro Services, Kuala Lumpur."),
        (
            "user",
            "I want to book a decluttering job for my late grandmother's terrace house, next Saturday.",
        ),
        ("assistant", "Sure! May I have the address, your name and a contact number?"),
        (
            "user",
            "Name is Aaron Lee Wei Jie, 017-392 8846, house at 23 Jalan SS 2/64, 47300 Petaling Jaya.",
        ),
        (
            "assistant",
            "Thank you, Mr Aaron Lee. I've tentatively booked Saturday 9am at 23 Jalan SS 2/64, Petaling Jaya, with a 3-person crew and one 3-tonne lorry. Our supervisor will call 017-392 8846 on Thursday to confirm the estimate.",
        ),
    ],
    [
        (
            "user",
            "物业贴了灭蟑通知，说我家 12 栋 1704 有蟑螂外溢，要我配合消杀。我叫吴倩，电话 186 2741 5093，我是租户，房东不管，这个钱该谁出？",
        ),
        (
            "assistant",
            "一般来说，如果蟑螂问题是租住期间由于卫生状况造成的，费用通常由租户承担；如果是房屋本身结构问题或入住前就存在，可以要求房东承担。建议您先查看租赁合同中关于维修和卫生的条款，并拍照留存。",
        ),
        ("user", "其实是我自己东西太多了，快递纸箱堆了一客厅。"),
        (
            "assistant",
            "明白，那就先从纸箱开始：拆平、捆好，卖给小区回收点或者放到指定投放点，一天清一小部分。清掉纸箱后蟑螂的藏身处会少很多，再配合物业消杀效果会更好。",
        ),
    ],
    [
        (
            "user",
            "FEHD left a nuisance notice on my father's door in Sham Shui Po. He's Leung Kwok Keung, HKID K347185(9). Can they really prosecute an 83-year-old?",
        ),
        (
            "assistant",
            "A nuisance notice gives a deadline to abate the nuisance, and prosecution is possible if it isn't complied with, but officers generally prefer compliance. Call the officer named on the notice, explain that family is arranging the clean-up, and ask for a reasonable extension. An Integrated Family Service Centre can also support elderly residents.",
        ),
        ("user", "Should I give them his HKID when I call?"),
        (
            "assistant",
            "Only if the officer asks for it to identify the case; usually the notice reference number is enough. Don't post his HKID in public groups or send it to cleaning companies.",
        ),
    ],
    [
        (
            "user",
            "Mak mertua saya Hajah Zainab binti Ahmad tak bagi sesiapa buang barang di rumah dia di Kota Bharu. Suami saya dah bayar RM2,000 kepada syarikat pembersihan tapi dia halau pekerja.",
        ),
        (
            "assistant",
            "Situasi begini memang sukar. Cuba minta syarikat itu tangguhkan kerja dan gunakan deposit untuk tarikh lain. Sementara itu, bincang dengan mak mertua secara perlahan, mungkin melalui anak yang paling dia percaya.",
        ),
        (
            "user",
            "Syarikat minta bayar baki ke akaun CIMB 8007 4419 2836 atas nama suami saya, Mohd Hakim bin Yahya, untuk refund. Betul ke macam tu?",
        ),
        (
            "assistant",
            "Kalau itu akaun suami anda untuk menerima refund, ia munasabah. Tetapi jika syarikat meminta anda membayar lagi sebelum refund, berhati-hati. Minta resit rasmi dan semak nombor pendaftaran SSM syarikat tersebut.",
        ),
    ],
    [
        (
            "user",
            "我老婆话我 hoarding，要同我 divorce。我叫 Jason 黄俊杰，住 Mong Kok，收藏了三千几本漫画同 figures，真系有病咩？",
        ),
        (
            "assistant",
            "收藏本身唔等於 hoarding。一般要睇幾樣嘢：係咪已經影響到屋企嘅正常使用、你係咪好難捨得放手、同埋佢有冇令你同家人嘅關係受損。如果你覺得控制唔到，可以揾臨床心理學家評估。",
        ),
        ("user", "佢 set 咗 deadline 下個月要我清一半，唔係就搬走。"),
        (
            "assistant",
            "可以試下同佢坐低傾一個具體計劃，例如每星期揀一個系列放上網賣或者捐出去，俾佢見到進度。如果兩個人傾唔埋，婚姻輔導都可以幫到手。",
        ),
    ],
    [
        (
            "system",
            "You assist community outreach staff. Case file: Mdm Goh Ah Lian, 79, NRIC S3615527E, Blk 43 Chai Chee St #03-27, lives alone, CIR 8 living room, history of falls, son overseas (tel +61 412 553 018).",
        ),
        ("user", "Draft a short visit plan for tomorrow. Keep it gentle."),
        (
            "assistant",
            "Visit plan for Mdm Goh: 1) Arrive with a familiar volunteer; 2) Check for fall hazards along the path from bed to toilet only; 3) Ask her permission before moving any item; 4) Agree on one small goal, e.g. clearing the walkway; 5) Update her son by phone after the visit.",
        ),
        ("user", "Anything about pest control?"),
        (
            "assistant",
            "Note any signs of rodents or cockroaches and share them with the town council's pest contractor, but schedule treatment only after a clear walkway exists so the contractor can access the flat safely.",
        ),
    ],
    [
        (
            "user",
            "我想幫阿爺申請市政署嘅長者家居清潔服務。佢叫何炳坤，86 歲，住黑沙環新街海濱花園第三座 12 樓 C，行動唔方便。",
        ),
        (
            "assistant",
            "可以聯絡住所附近的社會工作局資助長者服務中心或者家居照顧服務機構查詢，通常需要填寫申請表同提供身份證明文件副本，之後社工會上門評估。",
        ),
        ("user", "佢身份證號碼係 5102938(6)，要唔要而家話俾你知？"),
        (
            "assistant",
            "唔需要，我唔使知佢嘅身份證號碼。申請時直接填喺機構嘅表格上就得，唔好喺網上公開分享。",
        ),
    ],
    [
        ("system", "你是上海一家整理收纳工作室的线上助理。"),
        (
            "user",
            "你好，我是徐静怡，邮箱 xujingyi_sh@163.com，微信 jingyi-0316。我婆婆家在闵行，东西堆到床上都睡不下，想约一次上门评估。",
        ),
        (
            "assistant",
            "徐女士您好，已为您登记上门评估需求。我们的收纳师会在 24 小时内通过邮箱或微信联系您，确认婆婆家的具体地址和时间。评估费 299 元，可抵扣后续服务费。",
        ),
        ("user", "婆婆不太愿意，老公也夹在中间很为难。"),
        (
            "assistant",
            "很常见。建议第一次评估只做聊天和拍照，不动任何东西，让婆婆感受到被尊重。也可以请您先生出面邀请，婆婆往往更容易接受自己孩子的提议。",
        ),
    ],
]
