# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix143: pig and poultry farms, abattoirs and wet-market butchers in MY/SG/HK/TW (livestock deliveries, vet inspections, worker permits, stall rentals, customer orders). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix143
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "vet_inspection_notice"): _lines("""
        NOTICE: All live pig consignments arriving at the lairage between 06:00 and 09:30 must present the import permit and veterinary health certificate at Gate B before unloading.
        Ante-mortem inspection of poultry batches is done by the duty Veterinary Officer; lorries without a valid DVS animal movement permit will be turned away at the weighbridge.
        Department of Veterinary Services advisory: report any sudden deaths of pigs with fever, cough or skin reddening to the district veterinary office within 24 hours.
        ASF biosecurity: boots must be dipped in the footbath (Virkon S, 1:200) at every shed entrance, visitors sign in at the guardhouse and wait 48 hours after any other farm visit.
        Sheung Shui Slaughterhouse will suspend receipt of live pigs on 14 Dec 2026 from 02:00 to 10:00 for maintenance of the stunning line; traders please arrange deliveries accordingly.
        Inspection result for Batch PLT-2026-1187 (broilers, 4,320 heads, Farm Reg. JPV/PRK/0417): no lesions found, released for slaughter at 07:42, 3 DOA recorded.
        The stall licence renewal window for Tekka Centre opens on 5 January; tenants should apply online with the stall number and the UEN of the operating company.
        Carcass condemnation summary, week 48: 12 pig carcasses condemned for abscesses, 3 for jaundice, 41 livers for milk spots; 1,286.4 kg sent for rendering.
        Cold Room 2 must stay between 0 and 4 degC; if the alarm sounds, call the contractor Arctic Serve Sdn Bhd on their 24-hour line 1-300-88-2736 and log the time.
        Avian influenza order: under the Animals Act 1953, movement of live poultry out of the 10 km control zone around the infected premises in Pasir Mas is prohibited until further notice.
        Inspection visit by the Singapore Food Agency on Thursday 10:00; all sheds to be washed down and the Q4 medication and withdrawal-period log printed for the site office.
        Fresh provision shops selling chilled chicken must display the Chilled Chicken signage issued by FEHD and keep the meat at 0-4 degC at all times, no exceptions.
        Withdrawal period reminder: pigs treated with amoxicillin (batch AMX-2611) may not be sent for slaughter before 28 Nov 2026; check the pen card before loading.
    """),
    ("zh-Hans", "屠宰场作业日志"): _lines("""
        2026-11-03 05:12:44 [INFO] 待宰圈L3接收生猪126头，批次号SZ20261103-07，动物检疫合格证明编号4400123456789已核验，平均活重118.6kg，无死亡。
        2026-11-03 05:40:02 [WARN] 电麻致昏设备#2输出电压低于设定值（实测215V，设定240V），已自动切换至备用线，已通知设备科到场检修。
        2026-11-03 06:15:30 [INFO] 宰前检验完成：体温异常2头已隔离至急宰间，其余124头放行进入屠宰线，驻场官方兽医已在系统中签字确认。
        2026-11-03 07:02:18 [ERROR] 胴体追溯标签打印机ZT410-03卡纸，批次SZ20261103-07第58至64号标签需补打，追溯码前缀CN44-0312，请品控复核。
        2026-11-03 08:30:00 [INFO] 白条猪出库：客户编码KH-0921（江南果菜批发市场猪肉区），冷链车厢温度2.8°C，出库净重3,412.5kg，随车单据3份。
        2026-11-03 09:10:47 [INFO] 非洲猪瘟PCR抽检样本12份已送市动物疫病预防控制中心，预计48小时内出结果，样本编号ASF-GZ-2611-001至012。
        2026-11-03 10:22:05 [WARN] 预冷间2号库温度6.1°C，超出0至4°C范围已持续12分钟，系统已自动启动2号压缩机，当班主管已在终端确认告警。
        2026-11-03 11:45:19 [INFO] 无害化处理：病害猪2头、不合格内脏38.4kg已交由市动物无害化处理中心收运，转运联单号WHH-20261103-0045，已拍照存档。
        2026-11-03 13:00:00 [INFO] 洗消记录：车辆洗消中心今日处理运猪车9台次，消毒剂为过氧乙酸0.3%，作用时间30分钟，记录已自动上传省级监管平台。
        2026-11-03 14:18:33 [DEBUG] sync_traceability() 向畜禽标识及可追溯平台上传126条记录，返回code=0，耗时842ms，客户端版本v3.7.2，无重试。
        2026-11-03 15:05:09 [INFO] 禽类屠宰线B今日完成白羽肉鸡18,600羽，副产品鸡爪1,120kg、鸡胗640kg已入冻库F-02，冻库当前温度-19.5°C。
        2026-11-03 16:40:55 [WARN] 分割车间工位C-07金属探测器报警1次，涉及前腿肉5kg装1箱，已剔除复检，确认为断针残留，已上报品控部并封存样品。
        2026-11-03 18:00:00 [INFO] 日结：生猪入厂126头，出白条124头，出肉率74.8%，用水96吨，用电2,310kWh，日报表已推送至生产管理群及厂长邮箱。
    """),
    ("zh-Hant", "街市肉檔價目表"): _lines("""
        新記鮮豬肉今日價目（上水屠房凌晨到貨）：梅頭$68/斤、豬扒$62/斤、五花腩$72/斤、豬骨$20/斤，叫貨請WhatsApp本檔 6123 4587，唔接私訊。
        本檔只賣本地新鮮豬，每朝四點上水屠房落貨，唔係冰鮮，唔係凍肉，街坊放心買。豬潤、豬腰、豬心數量有限，賣晒即止，唔好意思。
        走地雞$138/隻、清遠雞$168/隻、冰鮮雞$58/隻（巴西貨），劏好斬件唔另收錢，八達通、PayMe、轉數快FPS全部都收，唔收支票。
        農曆新年前一星期（2027年1月30日至2月5日）營業時間改為朝六晚八，燒豬要提早三日預訂，一隻二十斤起，訂滿即止，恕不另行通知。
        牛展$98/斤、牛腩$88/斤、牛坑腩$128/斤，全部係澳洲急凍貨解凍，唔係新鮮牛，講明先，費事有人話我哋掛羊頭賣狗肉。
        食環署提提你：街市檔位嚴禁售賣活家禽，冰鮮禽肉必須存放於攝氏4度或以下嘅雪櫃內，並須展示「冰鮮禽肉」標誌，違例者可被檢控。
        本檔位於北河街街市1樓B12號舖，星期一至日06:00至19:00營業，年初一至初三休息，年初四照常開檔，歡迎新舊街坊幫襯。
        豬手$45/隻、豬腳$38/隻、豬尾$30/條、豬耳$25/隻、粉腸$40/斤，煲湯用豬骨買滿$100送一斤，老火湯包另有現貨。
        今日活豬批發參考價（每擔）：本地豬$1,920、內地豬$1,760，資料只供參考，實際價錢以屠房拍賣結果為準，每日下晝更新。
        麥兜同麥太去街市買雞嗰段大家都識啦，本店今期同麥兜聯乘推出卡通環保袋，買滿$200送一個，送完即止，一人限拎一個，多謝大家支持。
        訂燒肉、燒鵝、白切雞請早一日講，取貨時間朝早十點後，訂單編號寫喺收據上面，例如A-0217，攞貨時出示收據就得，唔使報名。
        本檔鴨鵝供應商：元朗鴻福家禽批發有限公司，商業登記號碼38127465，每批貨都有漁護署發出嘅衞生證明書，客人可以隨時要求睇。
        價錢如有更改以門口白板為準，長者逢星期三九五折，教會同老人中心團體訂貨另有優惠，詳情請同櫃面職員查詢，多謝各位街坊多年支持。
    """),
    ("ms", "notis_permit_pekerja"): _lines("""
        Majikan ladang ternakan yang ingin memohon Pas Lawatan Kerja Sementara (PLKS) bagi pekerja asing sektor pertanian mesti mendaftar melalui portal FWCMS terlebih dahulu.
        Kuota pekerja asing bagi sektor penternakan ayam dan babi ditetapkan berdasarkan kapasiti ladang seperti yang disahkan oleh Jabatan Perkhidmatan Veterinar negeri.
        Semua pekerja rumah sembelih wajib menjalani pemeriksaan kesihatan FOMEMA dalam tempoh 30 hari dari tarikh ketibaan; keputusan tidak layak menyebabkan permit dibatalkan.
        Levi tahunan bagi pekerja asing sektor pertanian ialah RM640 seorang; bayaran dibuat oleh majikan dan tidak boleh dipotong daripada gaji pekerja dalam apa jua keadaan.
        Notis: Pekerja yang mengendalikan daging mentah mesti memakai apron, but getah dan penutup kepala pada setiap masa; sebarang pelanggaran akan direkodkan oleh penyelia syif.
        Mengikut Akta 446, penginapan pekerja di ladang ternakan mesti diperakui oleh JTKSM sebelum diduduki, termasuk bilangan katil, tandas dan bekalan air bersih.
        Tarikh akhir pembaharuan permit bagi kumpulan pekerja yang tamat tempoh Januari 2027 ialah 15 Disember 2026; sila serahkan dokumen asal ke pejabat HR di Blok C.
        Latihan KKP untuk operator mesin penyembelihan ayam akan diadakan pada 12 Disember 2026, jam 9.00 pagi di Dewan Latihan ladang, Lot 2231, Jalan Kebun Baru, Sungai Buloh.
        Pekerja yang meninggalkan ladang tanpa kebenaran lebih daripada 7 hari berturut-turut akan dilaporkan kepada Jabatan Imigresen mengikut prosedur operasi standard syarikat.
        Soalan lazim: Bolehkah pekerja PLKS dipindahkan dari ladang babi ke ladang ayam di bawah syarikat yang sama? Jawapan: Ya, tetapi perlu permohonan tukar lokasi melalui FWCMS.
        Slip gaji bulanan mesti diberikan sebelum 7 haribulan bulan berikutnya, termasuk butiran kerja lebih masa, elaun syif malam dan caruman PERKESO bagi setiap pekerja.
        Pertanyaan permit boleh diajukan kepada bahagian sumber manusia Ternakan Maju Jaya Sdn Bhd (201501023456) di talian pejabat 05-466 2831 atau hr@ternakanmajujaya.com.my.
        Gaji minimum RM1,700 sebulan terpakai kepada semua pekerja ladang ternakan termasuk pekerja asing, bagi majikan dengan lima pekerja atau lebih, mulai 1 Februari 2025.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning all, lorry 2 sampai abattoir dah 5.40am, 86 ekor babi semua ok, tapi ada 1 ekor lame, vet kata asingkan dulu dekat pen 4 sebelum slaughter.
        今日 ayam supply 少咗，Sungai Buloh 个 farm 那边只给 2,000 ekor，restaurant orders 先 priority，wet market 几个 stall 少拿一点 ok 吗？
        老闆話今日豬價起咗$2，price board 記得改，梅頭改$70，唔好又寫錯，上次 customer 投訴咗去管理處，好麻煩。
        Reminder: DVS inspection tomorrow 10am, semua reban kena cuci tonight, footbath chemical top up, 记得拍照 send 落 group 做 record.
        Chiller 2 temp naik to 7°C since 3am, aircond contractor from Arctic Serve coming 9am, meantime pindah semua carcass ke chiller 1 ya, jangan tunggu.
        Invoice INV-2611-0342 dah hantar to Jaya Grocer accounts dept, total RM18,460.00, payment term 30 days, 麻烦 admin update 进 system 先.
        Esok cuti Deepavali, slaughter line tutup, tapi poultry delivery to hotel kitchens tetap jalan, 两个 driver standby 6am ok? Lorry 1 and lorry 3.
        Who took the knife sharpener from cutting room B? 不见了咯, pls return by lunch, 不然 tomorrow the deboning team cannot work lah.
        SFA email says new import permit format effective 1 Jan 2027, 所有 consignment 都要用 new product code, admin team pls check and update the template.
        Pig feed 今天 delivered 12 tonnes, silo 3 dah penuh, balance 2 tonnes letak dalam store, check expiry date 2027-03-15 before use, FIFO ya.
        呢個禮拜 ASF 檢測全部 negative 呀，lab report 已經 upload 去 shared drive QA/2026/W49，大家可以安心啲，繼續做好 biosecurity。
        Wet market stall 23 rental naik to RM850 from next month, 管理处 notice 已经 paste 在 board, nak complain boleh bagi feedback sampai 20 Dec.
        Guys jangan post customer photos in this group ok, PDPA issue. Order screenshots pun crop dulu before share, 名字电话地址全部遮掉, 谢谢合作.
    """),
    ("en", "config_and_code"): _lines("""
        SLAUGHTER_LINE_ID=SG-JUR-02 LAIRAGE_MAX_HEADS=450 STUN_VOLTAGE_MIN=240 COLD_ROOM_ALERT_C=4.5 TRACE_API=https://api.example.com/v2/trace
        def carcass_yield(live_kg: float, hot_kg: float) -> float: return round(hot_kg / live_kg * 100, 1)  # 118.6 kg live, 88.7 kg hot -> 74.8
        CREATE TABLE delivery (id SERIAL PRIMARY KEY, batch_no VARCHAR(20), farm_reg VARCHAR(16), heads INT, arrived_at TIMESTAMPTZ, vet_ok BOOLEAN DEFAULT false);
        batch_no,farm_reg,species,heads,avg_live_kg,arrived_at,ante_mortem_result,condemned_count,lairage_pen
        PLT-2026-1187,JPV/PRK/0417,broiler,4320,2.31,2026-11-28T05:40:00+08:00,pass,0,P-07
        alert_rules: [{name: chiller_high_temp, expr: "chiller_temp_c > 4", for: 10m, labels: {severity: warning, site: abattoir-kl}}]
        git commit -m "fix(trace): zero-pad ear tag numbers to 15 digits for ISO 11784 FDX-B readers (closes #412)"
        EAR_TAG_SAMPLE = "458000012345678"  # ISO 11784 country code 458 = Malaysia, fake tag for unit tests only
        curl -X POST https://api.example.com/v1/orders -H 'Content-Type: application/json' -d '{"sku":"PK-BELLY-1KG","qty":40,"stall":"TKC-01-23"}'
        2026-12-01T04:55:12Z abattoir-gw v2.4.1 build=9f2c4e8a1b7d firmware sha256 ok, 3 scales online, weighbridge WB-01 calibrated 2026-11-15
        FEED_FORMULA = {"corn": 0.62, "soybean_meal": 0.24, "wheat_bran": 0.08, "premix": 0.04, "lysine": 0.02}  # grower phase 25-60 kg
        0 3 * * * /opt/farm/bin/export_sfa_report --site=SG-LCK --format=xml --out=/var/reports/sfa/  # nightly upload, Lim Chu Kang site
        FROM python:3.12-slim / ENV TZ=Asia/Kuala_Lumpur / COPY requirements.txt . / RUN pip install -r requirements.txt / CMD ["python", "-m", "weighbridge"]
    """),
    ("zh-Hant", "商家評論"): _lines("""
        第二市場裡的阿財土雞專賣，雞肉都是合格屠宰場當天配送，燉湯很清甜，老闆會幫忙剁塊，一斤180元算合理，推薦給愛喝雞湯的人。
        這間肉舖的豬肉都是台灣在地溫體豬，早上七點前去最新鮮，週一公休要注意，Google上的營業時間不準，建議先打店家電話04-2222-1234問一下。
        五顆星！黑豬肉香腸一斤320元，蒜味很夠，真空包裝可以宅配，訂單編號TW20261118-5521三天就到了，箱子裡還附了保冷劑，很用心。
        兩顆星。排隊排了四十分鐘，結果梅花肉賣完了，店員態度普通，只收現金不能刷卡也不能用LINE Pay，希望之後可以改進結帳方式。
        環南市場這家家禽批發品質穩定，土雞、烏骨雞都有屠宰衛生檢查合格標誌，我們餐廳固定跟他們進貨已經三年了，很少出問題，送貨也準時。
        鹽水雞跟白斬雞都好吃，但價格漲了不少，半隻從260元漲到300元，可以理解飼料和人工都在漲，不過錢包還是有點痛，給三顆星。
        三重果菜市場旁邊的豬肉攤，肉質沒問題但攤位地板有點髒，衛生可以再加強，另外附近很難停車，建議搭捷運到台北橋站再走過去大概十分鐘。
        去年台中出現非洲豬瘟案例之後，這家主動貼出豬隻來源牧場的登記證號和檢驗報告影本，誠意十足，讓人買得安心，給四顆星，會再回購。
        店名叫「豬八戒滷味」很有梗，滷大腸跟豬頭皮都很入味，小份一盤80元，豆干和海帶也滷得剛好，很適合晚上配啤酒當宵夜，下次想試滷豬腳。
        電話訂購後可以自取，他們官方LINE帳號@zhushiroutw回覆很快，也可以開統一編號24567813的公司發票，公司採購報帳很方便。
        北投市場一樓的雞肉攤每天早上由合格電宰場配送，雞腿肉嫩不腥，老闆娘會教你怎麼煮麻油雞，冬天來買的人特別多，要早點到才買得到。
        品質不錯，但網購的貢丸收到時已經有點退冰，寫信到客服信箱service@meatshop-example.tw反映後，隔天就回信說會補寄，處理態度算好。
        林園這家鴨肉飯的鴨子是自家合作鴨場來的，鴨肉切得厚，湯頭加了薑絲，整體很有古早味，價格也很親民，一碗才50元，中午常常客滿。
    """),
    ("en", "news_public_figures"): _lines("""
        Malaysia's Nipah virus outbreak of 1998-1999 led to the culling of more than one million pigs in Negeri Sembilan and Perak and reshaped the country's pig-farming industry.
        Virologist Chua Kaw Bing of Universiti Malaya is credited with first isolating the Nipah virus in 1999; it was named after Sungai Nipah, a village in Negeri Sembilan.
        In 1997 Hong Kong culled about 1.3 million chickens to stop the H5N1 outbreak, a decision defended at the time by then Director of Health Margaret Chan.
        Singapore phased out pig farming in the 1980s as the Punggol farms made way for new towns; the last pig farms closed by 1990 and pork has since been imported.
        In 2020 the World Organisation for Animal Health recognised Taiwan as free of foot-and-mouth disease without vaccination, 23 years after the 1997 outbreak hit the island's hog industry.
        Taiwan's Minister of Agriculture Chen Junne-jih announced a temporary nationwide halt to pig transport and slaughter after the first African swine fever case was confirmed in Taichung.
        Sheung Shui Slaughterhouse, opened in 1999 and run by Ng Fung Hong, handles most of Hong Kong's supply of fresh pork from live pigs slaughtered overnight.
        The Thai agribusiness group Charoen Pokphand, founded by brothers Chia Ek Chor and Chia Siew Whooy in 1921, supplies feed and day-old chicks to contract farms across Malaysia.
        Anthony Bourdain's visit to Penang featured char koay teow fried in lard, and food writers still credit the episode with bringing tourists to the hawker stalls of George Town.
        The area called Kandang Kerbau, Malay for buffalo pen, was once Singapore's cattle and livestock quarter before it gave its name to KK Women's and Children's Hospital.
        Peppa Pig, created by Neville Astley and Mark Baker, has become one of the most valuable pig characters in licensing, with branded play centres opening in China.
        Agriculture and Food Security Minister Mohamad Sabu said the ministry would step up checks on imported frozen chicken during the festive season to protect consumers.
        Hong Kong's Secretary for Environment and Ecology Tse Chin-wan told legislators that the government would keep reviewing the risk of avian influenza from live poultry retail.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Lairage log 28/11: driver Muthusamy a/l Rajendran (lorry WXT 4821) delivered 92 pigs late again; his MyKad 790615-08-5237 copied for the DVS movement record.
        Please deduct RM350 from Tan Wei Ling's December salary for the broken scale; she still owes RM1,200 from the advance she took when her father was hospitalised.
        Customer order: 2 whole roast pigs for Mr Desmond Koh's wedding dinner on 19 Dec, deliver to 27 Jalan SS2/64, Petaling Jaya, call him on 012-771 4590 on arrival.
        Worker Nguyen Van Thanh, FIN G7731824R, was sent to Ng Teng Fong Hospital after a deep knife cut to the left hand; MC for 5 days, WICA claim to be filed.
        Stall 14 tenant Mdm Lee Siew Hong has not paid rent for three months (S$2,640 outstanding) and told the market manager she is going through a divorce.
        Vet note: farmhand Ah Keong tested positive for Streptococcus suis after handling sick pigs last week and is currently warded in the ICU at Hospital Taiping.
        Refund S$86.40 to PayNow 9127 3408 (Jason Ong) for the duck order that was never collected, ref ORD-55127, please do it before Friday.
        Call back the auntie about the 30 kg pork belly order for her restaurant opening, her handphone is 9684 2217, she only picks up after 2pm.
        E0192,Rahim bin Osman,S8817345G,+65 8123 6675,Blk 572 Woodlands Drive 16 #08-114,WP expiry 2027-03-31,deboning
        Please send my Q4 payslip to my personal email kelvin.chua88@gmail.com instead of the company one, my wife reads the other inbox. Kelvin, poultry section.
    """),
    "zh-Hans": _lines("""
        屠宰场员工王建军，身份证号410522198703154419，手机13937215846，家住河南省安阳市文峰区光华路58号院3单元502室。
        猪场饲养员刘桂芳上个月查出乳腺癌，已经请了长病假在做化疗，场长说这几个月工资先按百分之七十发。
        李老板欠我们毛猪款86,400元到现在还没结清，他微信号是lilaoban_8866，再不还钱下个月就去法院起诉他。
        车牌粤A7K2C9的运猪车司机张师傅说他老婆这两天就要生了，明天不能来拉货，让调度另外安排人。
        客户订单：收货人陈美玲，手机18620395571，地址广州市天河区林和西路128号天河北苑9栋1704房，白条鸡20只，周六上午送。
        工资卡账号：中国农业银行6228480123456789017，户名赵小燕，麻烦财务这个月把工资打到这张新卡上。
        阿明昨天在分割车间和人打架，被派出所带走了，行政拘留五天，老板说等他出来就办离职手续。
        吉隆坡半山芭巴刹那个黄先生的太太在隔壁开鸡肉档，她的电话是016-338 7492，要订鸡得早上七点前打过去。
        新加坡工人登记表：姓名林志强，NRIC S7934512A，出生日期1979年3月8日，住址Blk 332 Jurong East Ave 1 #11-206。
        兽医检查记录备注：养殖场场主周德华承认瞒报病死猪37头，案件已移交县农业农村局执法大队调查处理。
    """),
    "zh-Hant": _lines("""
        陳太訂咗兩隻燒鵝同一斤叉燒，年廿八晏晝嚟攞，佢電話係9236 5184，記得留返最肥嗰隻俾佢，佢幫襯咗十幾年。
        上水屠房工人何志偉，身份證K638421(8)，住粉嶺華明邨添明樓1215室，工傷報告已經交咗去勞工處。
        肉檔夥計阿輝欠咗大耳窿十幾萬，成日有人嚟檔口搵佢，仲淋紅油喺閘度，老闆都唔知點算好。
        屠宰場移工資料：NGUYEN THI HOA，居留證統一證號F936025513，宿舍床位B-12，體檢結果B型肝炎帶原，需追蹤。
        雞場老闆林振興的身分證字號L124580934，手機0932-518-447，戶籍地址彰化縣芳苑鄉芳苑村斗苑路112號。
        黃生話佢個仔啱啱確診自閉症，想請兩個禮拜假陪佢去做評估同埋搵學校，佢話唔想俾其他夥計知。
        澳門紅街市雞檔租戶梁美華，澳門居民身份證5215634(2)，本月租金MOP 4,800未交，已發第二次催繳信。
        滙豐戶口 123-456789-833 戶名 CHAN KA MING，貨款HK$12,680請今日過數，過完WhatsApp張單過嚟。
        訂單：收件人吳淑芬，台北市大安區和平東路二段96巷12號4樓，電話02-2735-8841，黑豬香腸五斤，貨到付款。
        檔主肥仔強上個月中風，而家仲喺屯門醫院留醫，半邊身郁唔到，檔口暫時由佢老婆同個女睇住。
    """),
    "ms": _lines("""
        Pekerja ladang ayam Nur Aisyah binti Kamal, No. KP 950312-05-6284, beralamat No. 14, Jalan Melati 3, Taman Seri Rasah, 70300 Seremban, mohon cuti bersalin 98 hari mulai 2 Januari.
        Encik Azman dari gerai ayam No. 7 Pasar Chow Kit masih berhutang RM4,250 dengan kami sejak Ogos, dia kata bisnes teruk lepas bercerai dengan isteri.
        Tolong transfer gaji Rizal bulan ni ke akaun Maybank 1642 3358 9021, bukan akaun lama, dia dah tutup akaun CIMB dia.
        Pemandu lori JKV 7712, Abang Faizal, ditahan polis semalam kerana memandu tanpa lesen GDL, lori ayam tertahan di Tol Sungai Besi sampai pagi.
        Pelanggan nak 50 ekor ayam kampung untuk kenduri kahwin anak dia: Puan Rohani, 019-458 2231, Kampung Baru Sungai Ramal, Kajang, hantar hari Sabtu.
        Pekerja asing Mohammad Rakibul Islam, pasport Bangladesh BK0583217, permit PLKS tamat 30/01/2027, disahkan menghidap batuk kering dan perlu dihantar pulang.
        E-mel peribadi penyelia syif malam: hafiz.ladang92@yahoo.com, dia minta semua laporan suhu chiller hantar ke sini sebab e-mel syarikat bermasalah.
        Makcik Kiah yang jual ayam di pasar pagi Taman Perling tu dah masuk wad Hospital Sultanah Aminah, kencing manis teruk sampai kena potong kaki.
        Borang aduan: Nama: Lim Ah Chai; Tel: 011-2387 6410; Aduan: daging babi yang dibeli di gerai 3 berbau busuk; Resit no. 00871; Tarikh: 02/12/2026.
        Nombor tuan rumah untuk rumah sewa pekerja di Taman Ria: 017-602 9915, sewa RM900 sebulan, bayar tunai sebelum 5hb setiap bulan.
    """),
    "mixed": _lines("""
        Boss, Ah Huat 今天 MC again, 他说 gout 发作, 脚肿到不能走路, next week 可能 also cannot come, 你看怎样 arrange.
        Pls update customer record: Mdm 郑秀英, HP 9172 6640, Blk 115 Bedok North Rd #04-273, every Friday 1 whole chicken + 500g minced pork.
        新来的 Myanmar worker Thiri Aung, FIN F8023471Q, pregnancy test positive, MOM rule 是不是 kena repatriate? HR pls advise asap.
        Kak Ros punya husband pukul dia lagi, pagi tadi dia datang kerja muka lebam, 我们要不要 call 警察 or tolong dia report?
        Bayar Ah Seng guna Public Bank account 3192844760 for the 120kg pork belly, 记得 screenshot 给我 after transfer ya.
        新 staff 張家明 Marco, HKID Y425718(7), 住將軍澳尚德邨尚明樓2208室, MPF form 已填好, monthly salary HK$18,500.
        Lorry driver 老陈 kena saman RM300 dekat Rawang, plate BKN 3381, 他说 company should pay, 老板你 decide lah.
        客人 Amy 林 LINE ID amylin0815, 要訂 3 隻土雞 for 坐月子, 寶寶上禮拜出生, 地址新竹市東區光復路一段 in the 巷子 裡面.
        Mr Rajesh Kumar order 30 ekor ayam for Deepavali open house, HP 016-772 3319, alamat No 8 Lorong Bunga Raya 2, Klang, 下午三点前送到.
        Staff salary list leaked in group: Jenny 陈 RM3,800, Ahmad RM2,900, Suresh RM2,650, 谁 post 的 pls delete immediately.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a helpful assistant for a poultry distributor in Singapore. Keep messages short and polite.",
        ),
        (
            "user",
            "Draft a WhatsApp reminder to Mdm Goh Bee Lian, she owes us S$1,280 for November chicken deliveries to her zi char stall. Her number is 9835 1162.",
        ),
        (
            "assistant",
            "Here is a draft: Hi Mdm Goh, this is a friendly reminder that S$1,280 for November chicken deliveries is still outstanding. Could you arrange payment by this Friday? Thank you! You can send it to 9835 1162 on WhatsApp.",
        ),
        ("user", "Make it a bit firmer, she already missed October too."),
        (
            "assistant",
            "Hi Mdm Goh, our records show S$1,280 for November is unpaid, and October was also settled late. Please make payment by Friday 12 Dec, otherwise we will have to pause deliveries to your stall. Thank you for understanding.",
        ),
    ],
    [
        (
            "user",
            "帮我把这几个新工人的信息整理成表格：王海涛，身份证440106199208173629，电话15820736614；孙丽，身份证320583198504267315，电话13771624098。都是分割车间的。",
        ),
        (
            "assistant",
            "好的，整理如下：1. 王海涛｜440106199208173629｜15820736614｜分割车间；2. 孙丽｜320583198504267315｜13771624098｜分割车间。建议身份证复印件单独加密保存，不要放在共享群里。",
        ),
        ("user", "再加一列健康证到期日，王海涛是2027年5月，孙丽的还没办。"),
        (
            "assistant",
            "已补充：王海涛健康证到期2027年5月；孙丽健康证未办理，需在上岗前补办，否则不能进入生产车间。",
        ),
    ],
    [
        ("system", "你係一間香港燒味舖嘅助手，用廣東話回覆。"),
        (
            "user",
            "幫我寫個WhatsApp俾陳國榮陳生，佢訂咗一隻燒豬年廿九晏晝送去佢屋企，地址係大埔富亨邨亨翠樓1706室，仲未俾訂金。",
        ),
        (
            "assistant",
            "陳生你好！我哋收到你訂嘅一隻燒豬，年廿九晏晝送到大埔富亨邨亨翠樓1706室。麻煩你喺本星期內俾返訂金$500，方便我哋預留，多謝晒！",
        ),
        ("user", "佢話要改送去佢阿媽度，上水彩園邨彩華樓903室，幫我改埋。"),
        (
            "assistant",
            "陳生你好！已經幫你改咗送貨地址，年廿九晏晝會送去上水彩園邨彩華樓903室，記得俾返$500訂金，多謝！",
        ),
    ],
    [
        (
            "user",
            "Saya nak renew permit pekerja ladang babi saya, Ram Bahadur Gurung, pasport Nepal PA0417732, PLKS tamat 14 Februari 2027. Apa dokumen yang perlu?",
        ),
        (
            "assistant",
            "Untuk pembaharuan PLKS Ram Bahadur Gurung, biasanya anda perlukan pasport asal (sah sekurang-kurangnya 18 bulan), keputusan pemeriksaan FOMEMA terkini, bukti bayaran levi, dan permohonan melalui FWCMS. Pastikan pasport PA0417732 masih sah cukup lama sebelum memohon.",
        ),
        ("user", "Pasport dia tamat Mac 2027. Macam mana?"),
        (
            "assistant",
            "Pasport perlu diperbaharui dahulu di Kedutaan Nepal sebelum PLKS boleh dilanjutkan, kerana tempoh sah pasport tidak mencukupi. Mulakan segera supaya tidak melepasi tarikh 14 Februari 2027.",
        ),
    ],
    [
        (
            "system",
            "You help a small chicken slaughterhouse in Johor with payroll. Reply in the user's language mix.",
        ),
        (
            "user",
            "Ah Keat 这个月 salary RM2,400, 他之前 borrow 了 RM1,500 from company for his mother's operation, 每个月扣 RM300, 还剩多少?",
        ),
        (
            "assistant",
            "Kalau dah potong beberapa bulan, kita kena tahu berapa kali sudah potong. 如果这是第三个月扣, 已扣 RM900, 还剩 RM600, 这个月 net salary 是 RM2,100 (before KWSP and PERKESO).",
        ),
        (
            "user",
            "Ya betul bulan ketiga. Dia punya KWSP number 18473926, tolong masuk dalam payslip.",
        ),
        (
            "assistant",
            "Noted: Ah Keat, bulan ketiga potongan pinjaman RM300, baki pinjaman RM600, KWSP no. 18473926 dimasukkan dalam payslip. Jangan lupa simpan salinan perjanjian pinjaman dia.",
        ),
    ],
    [
        (
            "system",
            "Customer record for this session: Mrs Priya Nair, Block 409 Ang Mo Kio Ave 10 #05-1187, tel 8266 0943, standing order 2 kg chicken thigh and 1 kg pork collar every Tuesday, note: allergic to shellfish, diabetic.",
        ),
        ("user", "Can you summarise what the driver needs to know for tomorrow's delivery?"),
        (
            "assistant",
            "Tomorrow (Tuesday): deliver 2 kg chicken thigh and 1 kg pork collar to Mrs Priya Nair at Block 409 Ang Mo Kio Ave 10 #05-1187. Call 8266 0943 if nobody answers the door.",
        ),
        ("user", "Should the driver know about her health notes?"),
        (
            "assistant",
            "No, the driver does not need her allergy or diabetes notes for a delivery; those should stay in the order system only and not be printed on the delivery slip.",
        ),
    ],
    [
        (
            "user",
            "有位客人在Google留負評說我們的雞肉不新鮮，她叫蔡佩君，電話0921-377-590，說她孩子吃了拉肚子。幫我寫一段回覆。",
        ),
        (
            "assistant",
            "建議公開回覆不要提到客人的姓名或電話：「您好，非常抱歉造成您和家人的不適，我們已調閱當日的出貨與溫控紀錄，也希望能私下聯繫您了解狀況，請透過粉專私訊與我們聯絡。」私下再撥0921-377-590給蔡小姐致歉即可。",
        ),
        ("user", "好，那私下打電話要講什麼？"),
        (
            "assistant",
            "可以先關心孩子的身體狀況，詢問購買日期和發票號碼，說明店家會全額退款或換貨，並請她保留剩下的雞肉以便送驗。",
        ),
    ],
    [
        (
            "system",
            "You are assisting the farm veterinarian at a pig farm in Perak with writing reports.",
        ),
        (
            "user",
            "Write a short incident note: worker Subramaniam a/l Krishnan, MyKad 820914-08-6631, developed fever and hearing loss on 20 Nov after cutting his hand while handling a dead pig; Hospital Raja Permaisuri Bainun confirmed Streptococcus suis meningitis.",
        ),
        (
            "assistant",
            "Incident note: On 20 Nov 2026, farm worker Subramaniam a/l Krishnan (MyKad 820914-08-6631) developed fever and hearing loss following a hand laceration sustained while handling a pig carcass. Hospital Raja Permaisuri Bainun confirmed Streptococcus suis meningitis. Actions: cut-resistant gloves made mandatory for carcass handling, sick-pig disposal SOP reviewed, case notified to the district health office.",
        ),
        (
            "user",
            "Thanks. Add that he is still on medical leave and may have permanent hearing damage.",
        ),
        (
            "assistant",
            "Added: As of 7 Dec 2026 he remains on medical leave; the treating doctors indicate the hearing loss may be permanent. Consider a SOCSO (PERKESO) occupational disease claim on his behalf.",
        ),
    ],
    [
        (
            "user",
            "帮我给摊位业主写封信，说我想续租。我叫黄丽萍，马来西亚IC是780223-14-5516，现在租的是 Pasar Besar Kepong 的 C18 猪肉档，月租 RM780。",
        ),
        (
            "assistant",
            "尊敬的业主您好：本人黄丽萍（IC 780223-14-5516），现承租甲洞 Pasar Besar Kepong C18 号猪肉档，月租 RM780，租约即将到期。本人希望续租两年，并保持现有租金条件，敬请考虑。此致，黄丽萍。",
        ),
        ("user", "加一句我老公刚过世，生意有点困难，希望租金不要涨。"),
        (
            "assistant",
            "已加入：由于本人丈夫近期不幸离世，档口生意暂时受到影响，恳请业主体谅，续租期间维持 RM780 月租不作调整。",
        ),
    ],
    [
        (
            "system",
            "You are an HR assistant for a meat trading company in Kwai Chung, Hong Kong. Answer in Cantonese mixed with English.",
        ),
        (
            "user",
            "新請咗個 butcher 李偉強, HKID R093357(A), 佢俾咗 HKID copy 同 bank account 012-345-67890123 我, 我可唔可以 save 喺 shared folder?",
        ),
        (
            "assistant",
            "唔建議喺 shared folder 放李偉強嘅 HKID copy 同 bank account。根據私隱條例, 收集身份證副本要有需要, 而且要限制存取, 應該放喺 HR 專用嘅加密 folder, 只有處理 payroll 嘅同事先可以睇。",
        ),
        ("user", "OK, 咁 payroll setup 要啲乜?"),
        (
            "assistant",
            "Payroll setup 要: 全名、HKID 號碼、銀行戶口、入職日期、月薪同 MPF 計劃資料。搞掂之後記得 shred 咗紙本 copy。",
        ),
    ],
]
