# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh294: 繁體中文（香港）茶樓、酒家與到會服務（訂枱、壽宴、滿月酒、到會訂單、員工更表、食物投訴、熟客）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh294
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "茶樓告示"): _lines("""
        各位街坊：本茶樓由2026年7月1日起早市改為06:00開門，點心紙截單時間為14:30，星期六日及公眾假期茶芥每位$18，長者憑樂悠咭茶芥九折。
        因應食物環境衞生署巡查要求，即日起所有外賣點心須於出爐後兩小時內食用，如有查詢請致電門市熱線 2385 6170 或 WhatsApp 9170 2288（只處理外賣）。
        通告：三樓宴會廳由8月12日至8月15日進行冷氣系統維修，期間壽宴及滿月酒將移至二樓金鳳廳舉行，已訂枱客人無須另行登記，詳情可向樓面部長查詢。
        本店已領有普通食肆牌照（牌照編號 2211803457），另持有准許售賣奶類飲品及冰凍甜點許可證，牌照正本張貼於收銀處旁，歡迎查閱。
        颱風及暴雨安排：天文台懸掛八號風球或黑色暴雨警告時，本酒家暫停營業；已付訂金之宴會可於三個月內免費改期一次，請帶同訂枱單號（例：BQ-2026-0731-018）到收銀處辦理。
        溫馨提示：本店乳豬、燒鵝每日限量供應，需提前一天預訂；午市12:00至14:00繁忙時間每枱限坐90分鐘，敬請準時離座，多謝合作。
        失物認領：8月3日（星期日）午市於二樓18號枱拾獲黑色長柄雨傘一把及銀色保溫壺一個，請失主於三十日內帶同證明到收銀處認領，逾期將交警署處理。
        福滿樓誠聘點心師傅、樓面部長、洗碗阿姐、傳菜，月薪$17,000起，另有勤工獎及雙糧，有意者請電郵 hr@fukmunlau.com.hk 或親臨觀塘開源道61號地下面試。
        鳴謝：本酒家榮獲2025年度香港優質旅遊服務協會「優質商戶」認證，並連續三年入選米芝蓮指南「必比登美食推介」，感謝各位新舊顧客支持。
        滿月酒優惠：凡於本年度預訂滿月酒滿十二席，送紅雞蛋及子薑二百份、乳豬全體一隻，另可免費使用LED大屏幕及音響設備，名額有限，先到先得。
        致歉啟事：本月18日因大廈供電故障，早市延遲至08:15開門，令各位顧客久候，深表歉意；當日光顧之收據可於下次光臨時換領蘿蔔糕一碟。
        停車安排：顧客消費滿$800可享樓下停車場兩小時免費泊車，請於埋單時出示泊車票；電動車充電位共6個，位於B2層C區，收費另計。
        澳門分店通告：氹仔官也街分店（澳門氹仔官也街28號地下）將於2026年9月1日起暫停營業裝修，期間請移玉步至新口岸分店，訂座電話 (853) 2882 6145。
    """),
    ("zh-Hant", "宴會菜單及價目表"): _lines("""
        「福壽雙全」壽宴菜單（每席十二位）：鴻運乳豬全體、金華玉樹雞、蟹肉扒時蔬、紅燒雞絲翅、清蒸沙巴龍躉、壽桃伊麵、壽包十二個，每席 HK$8,988，另加一服務費。
        滿月酒套餐「弄璋之喜」：乳豬拼盤、西蘭花炒帶子、當紅炸子雞、瑤柱蛋白炒飯、薑醋豬腳蛋及紅雞蛋每位一隻，每席 $6,388 起，星期五六日及假期另加$800。
        到會價目表（10人起）：叉燒包每籠3件 $36、蝦餃每籠4件 $48、燒賣每籠4件 $42、腸粉每條 $32；運費港島九龍 $300、新界 $450、離島另議。
        酒水價目：開瓶費每枝 $200（烈酒 $400），青島啤酒每支 $38，橙汁及汽水任飲每席 $480，自攜紅酒每席豁免兩枝開瓶費，香檳另計。
        點心紙（早市）：小點 $22、中點 $29、大點 $35、特點 $39、頂點 $45；06:00-10:00 點心八折，長者每位另送普洱一壺。
        季節小菜：陳皮蒸乳鴿 $168、李錦記蠔皇扒北菇 $128、何首烏燉雞湯（需預訂）$298、薑蔥炒花蟹時價，以上菜式不設外賣。
        壽宴加菜：加龍蝦每位 $188、加燕窩每位 $228、加「孔雀開屏」凍拼盤每席 $988；改用南非6頭鮑魚每位加 $168。
        冷凍點心零售：SKU BY-DS-0412 蝦餃20粒裝 $138；SKU BY-DS-0415 燒賣20粒裝 $108；SKU BY-DS-0520 流沙包12個裝 $96，價錢有效期至2026-12-31。
        團體訂座按金：每席訂金 $2,000，須於簽約後七天內以支票（抬頭「福滿樓飲食集團有限公司」）或轉數快（商戶識別碼 108742903）繳付。
        素宴菜單「蓮花盛放」：羅漢齋、鼎湖上素、雲耳炒雜菌、素翅羹、麻婆豆腐（不辣）、素炒飯、紅豆沙，每席 $4,288，適合佛誕及盂蘭節使用。
        下午茶套餐（14:30-17:00）：任揀兩款點心加一壺茶 $58；加 $12 轉熱奶茶或凍檸茶；外賣盒每個 $2，交回環保膠盒回贈 $1。
        兒童餐「麥兜魚蛋粗麵」$48（附送麥兜貼紙一張，送完即止），只適用於十二歲以下小朋友堂食，逢星期一至五供應，不可與其他優惠同時使用。
        澳門分店宴會價目（澳門元）：八人套餐 MOP 2,680、十二人壽宴 MOP 7,880、滿月酒 MOP 6,280，另收一成服務費，信用卡及MPay均可。
    """),
    ("zh-Hant", "歷史與新聞"): _lines("""
        香港早年茶樓多以「居」「樓」「室」為名，上世紀二三十年代上環、中環一帶茶樓林立，「一盅兩件」成為碼頭苦力及勞動階層每日早晨的生活日常。
        陸羽茶室於1933年開業，店名取自唐代被尊為「茶聖」的陸羽，其著作《茶經》被視為世上第一部茶學專著，茶室至今仍保留舊式裝潢及吊扇。
        點心車曾是香港酒樓的標誌，九十年代起多數酒樓改用點心紙甚至平板電腦落單，現時只有少數老店仍保留推車叫賣「蝦餃燒賣叉燒包」的傳統。
        美心集團由伍舜德及伍沾德兄弟於1956年在中環創辦，第一間店為美心餐廳，其後發展成旗下擁有多個中菜酒家品牌的大型飲食集團。
        梁實秋在《雅舍談吃》中寫及南北飲食差異，唐魯孫亦有多篇文章描述舊日茶樓點心，兩人的飲食散文至今仍常被香港報章的飲食專欄引用。
        「鮑魚大王」楊貫一以溏心鮑魚揚名，其富臨飯店曾獲米芝蓮三星評級，楊氏於2023年辭世，飲食界多位名廚及業界團體紛紛發文悼念。
        2003年沙士期間香港飲食業生意大跌，不少酒樓推出半價晚飯及「一蚊雞」等優惠吸客，亦有經營數十年的老字號酒家因此捱不住而結業。
        新聞：食物安全中心今日公布，上月抽驗的點心樣本中有三個燒賣樣本檢出二氧化硫超標，涉事食肆已停售相關產品，中心已發出警告信。
        新聞：旅遊發展局宣布「香港點心節」將於2026年10月在中環海濱舉行，屆時將有超過四十間酒樓參展，市民可免費入場，部分攤位接受電子支付。
        粵語「飲茶」不單指喝茶，亦包括吃點心；而「嘆茶」「問位」「搭枱」「撐枱腳」「揭蓋」等詞，都是從茶樓文化衍生出來的日常用語。
        澳門老茶樓多保留木枱椅及掛雀籠的鐵鈎，早年茶客會攜雀籠上茶樓，一邊聽雀唱一邊嘆茶，俗稱「雀仔茶」，此風氣於上世紀八十年代後逐漸式微。
        周星馳1996年電影《食神》中的「黯然銷魂飯」實為叉燒煎蛋飯配菜心，不少茶餐廳及酒樓至今仍以此為噱頭推出同名菜式，售價由$58至$98不等。
        粵劇名伶任劍輝、白雪仙的經典劇目《帝女花》中的〈香夭〉，至今仍是不少酒家壽宴及婚宴卡拉OK的熱門點唱歌曲，長輩尤其喜愛。
    """),
    ("zh-Hant", "食肆評論"): _lines("""
        呢間酒家嘅蝦餃皮薄餡靚，蝦肉爽口，燒賣都夠大粒，不過星期日十點後要等成個鐘，服務員態度一般，加茶要叫好多次，總分4/5。
        同屋企人去慶祝壽宴，十二位一圍，乳豬皮脆，不過清蒸魚蒸過咗龍，肉質有啲鞋；每圍收八千幾連加一，以觀塘區嚟講算合理，會考慮再嚟。
        灣仔「陳記粥麵」嘅及第粥用料十足，豬潤夠滑，炸兩都脆，可惜地方細要搭枱，而且只收現金同八達通，冷氣亦唔係好夠凍，夏天食會出汗。
        睇完蔡瀾先生喺電視節目推介，專程去上環試呢間老字號，流沙包真係流到成手都係，但叉燒腸粉嘅豉油偏甜，唔係個個啱，整體值 3.5 星。
        公司周年午宴叫咗「福滿樓到會」八十人份量，準時送到，熱盤保溫做得好，唯一缺點係沙律醬汁分開裝但冇附匙羹，整體滿意，下次會再幫襯。
        ★★☆☆☆ 等位等咗四十五分鐘，拎咗籌又冇人叫，問部長佢淨係話「就快」，最後入座時叉燒包同馬拉糕已經賣晒，好失望，唔會再嚟。
        西貢「珍姐海鮮酒家」嘅椒鹽瀨尿蝦大隻多膏，蒜蓉蒸扇貝都唔錯，兩個人食咗 $1,280，環境有少少嘈，但老闆娘會主動推介時令海鮮。
        澳門三盞燈附近嘅老茶樓仲有點心車推出嚟，雞扎、鳳爪、馬拉糕都係舊時味道，茶位每位 MOP 12，感覺好似返咗去八十年代。
        做滿月酒揀咗呢度，宴會廳樓底高、冇柱，十五圍都坐得舒服，仲有獨立休息室可以俾湊BB用，經理好有耐性幫手改菜單，大力推薦。
        新加坡牛車水嘅港式茶樓水準唔差，鮮蝦腸粉好滑，但奶黃包甜咗少少，兩個人連茶 S$46.80，侍應識講廣東話好加分，會再去。
        喺尖沙咀「老夫子懷舊茶樓」食早茶，牆上貼滿王澤嘅漫畫，菠蘿包即焗好鬆軟，可惜凍檸茶太甜，下次要記得叫少甜，整體都值得一試。
        吉隆坡 Jalan Imbi 嘅港式酒家點心水準高，XO醬炒蘿蔔糕好香，星期日要早啲去，十點之後一定滿座，人均 RM55 左右。
        一星：燒鵝皮唔脆仲要好肥，例牌收 $298 完全唔抵，叫咗三次先有人加茶，經理只係話「會跟進」，真係好冇誠意，唔推介俾朋友。
    """),
    ("en", "catering_faq"): _lines("""
        Q: What is the minimum order for outside catering? A: Our minimum is 20 guests or HK$4,000 per order, whichever is higher; orders must be confirmed at least 72 hours in advance via catering@fukmunlau.com.hk.
        Q: Do you deliver to the outlying islands? A: We deliver to Lantau, Lamma and Cheung Chau with a surcharge from HK$800 depending on ferry schedules; delivery to Macau is not available.
        Q: Can you cater for vegetarian guests? A: Yes, our vegetarian menu is prepared in a separate area, but our kitchen is not halal-certified, so for halal events please use a certified caterer.
        Q: How do I pay the deposit? A: A 50% deposit is payable by transfer to HSBC account 004-512-387690-838 (Fook Mun Lau Catering Ltd) or by FPS to our merchant ID 108742903.
        Q: What happens if Typhoon Signal No. 8 is hoisted on the event day? A: Events cancelled due to Signal No. 8 or a Black Rainstorm Warning can be rescheduled once within 90 days at no charge.
        Q: Do you provide service staff at the venue? A: Yes, one captain and one waiter per 30 guests at HK$680 per staff member for up to four hours; overtime is HK$180 per hour per person.
        Q: Are your dishes labelled for allergens? A: Every tray carries a label, and our menu sheet marks peanuts, shellfish, gluten, sesame and egg; please tell us about allergies when you place the order.
        Q: Can I order a roast pig for a shop opening ceremony? A: Whole roast suckling pigs (approx. 5-6 kg) cost HK$2,280 and need two days' notice; red cloth and a ceremonial knife are included.
        Q: How do I track my delivery? A: About two hours before arrival you will receive an SMS with a tracking link such as track.fmlcatering.hk/t/CT260614-0932 from our logistics partner.
        Q: Who handles corporate accounts? A: Please email corporate@fukmunlau.com.hk or call our banquet office on +852 2385 6171 (Mon-Sat 10:00-19:00); our BR number is 61234578 for vendor registration.
        Q: Do you cater in Singapore? A: Our Singapore branch at 1 Kim Seng Promenade handles catering islandwide; GST is charged at 9% and our UEN is 201912345K.
        Q: Can the longevity peach buns be customised? A: Yes, we can print up to four Chinese characters such as 福如東海 on each bun for HK$8 per bun, minimum 30 buns per order.
        Q: Can leftover food be kept after the event? A: Hot dishes should be eaten within two hours of delivery; following Centre for Food Safety advice, we do not recommend keeping food beyond four hours.
    """),
    ("en", "pos_log_lines"): _lines("""
        2026-06-14T07:02:11+08:00 INFO pos-terminal-03 order=DS-260614-0007 table=T18 items=6 subtotal=186.00 tea_charge=54.00 total=240.00 pay=octopus status=PAID
        2026-06-14T07:15:43+08:00 WARN kds-steamer-2 ticket=K-0419 item=har_gow qty=3 wait_sec=912 threshold_sec=600 msg="steam basket over SLA"
        2026-06-14T11:58:02+08:00 INFO booking-svc action=hold_table venue=HQ-2F table=VIP3 party_size=12 slot=19:00 ref=BQ-2026-0614-031 source=web
        2026-06-14T12:30:19+08:00 ERROR payment-gw provider=alipayhk txn=AHK2606141230190042 code=96 msg="issuer timeout" retry=true attempt=2
        2026-06-14T14:31:00+08:00 INFO inventory sku=BY-DS-0412 desc="har gow 20pcs frozen" on_hand=42 reorder_point=50 action=PO_CREATED po=PO-HK-26-00871 supplier=SUP-0093
        2026-06-14T15:05:27+08:00 INFO catering-dispatch order=CT-2026-04817 vehicle=VAN-04 route=KT-CEN eta=16:10 sf_tracking=SF1402938475612
        2026-06-14T18:44:52+08:00 WARN pos-terminal-01 user=cashier_02 action=void order=DN-260614-0233 amount=388.00 reason="dish returned - oversalted" approved_by=role:floor_manager
        2026-06-14T19:02:10+08:00 INFO printer kitchen-hot-1 job=88213 bytes=2048 template=banquet_ticket_v3 table=HALL-A-07 course=3/9
        2026-06-14T21:17:36+08:00 INFO eod-report outlet=MO-TAIPA covers=312 revenue_mop=58420.50 avg_check=187.24 top_item="steamed BBQ pork bun"
        2026-06-14T23:59:59+08:00 INFO backup job=nightly db=pos_hq size=1.8GB sha256=9f2c4e1a7b3d5e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f status=OK
        2026-06-15T06:00:03+08:00 INFO shift-svc roster_published week=2026-W25 outlet=HQ staff_count=48 shifts_total=291 unfilled=3 roles=[dim_sum,floor,dishwash]
        2026-06-15T06:31:47+08:00 DEBUG pos-terminal-03 app_version=4.12.7 build=20260602.1 device=SUNMI-T2s os=android-11 printer=EPSON-TM-T82III
        2026-06-15T09:12:05+08:00 INFO complaint-svc ticket=CMP-26-00512 channel=whatsapp_business category=food_quality dish=siu_mai severity=medium assigned=role:qa_supervisor
    """),
    ("mixed", "員工工作群組"): _lines("""
        【樓面】今晚三樓壽宴改咗 19:30 入席，VIP3 同 VIP5 要打通，麻煩 setup team 六點前搞掂，壽桃包已經 order 咗 120 個。
        點心部注意：明早蝦餃皮 supplier 遲送，預計 07:30 先到，頭一輪蝦餃暫停，先推燒賣同腸粉，唔該 update 埋點心紙。
        Kitchen update：燒味部乳豬爐今日 service 緊，下午兩點前冇乳豬出，有客要預訂嘅請改聽日，唔好應承住先。
        到會單 CT-2026-04822 係中環一間律師行嘅 lunch，50 人，11:45 要到，van 2 負責，記住帶埋保溫箱同 extra 即棄餐具。
        食環下晝嚟巡，各部門記得凍櫃溫度表要填齊，洗手盆唔好擺雜物，垃圾桶要有蓋，manager 三點會 check 一次，唔該大家合作。
        更表已經 post 喺 staff room，今個禮拜 W25 早更 06:00-14:30、中更 10:30-19:00、夜更 15:00-23:30，有問題搵 HR，唔好私下調更。
        收銀提提你：八達通機今朝 reset 咗，如果顯示 error code 22 就重啟一次，再唔得打 POS 供應商 hotline 3188 2450。
        大家留意今晚八號波機會高，天文台話六點前會考慮，如果掛波宴會全部延期，樓面跟住訂枱 list 逐枱打電話通知，打完喺 sheet 度剔。
        FYI 新 menu 下星期一 launch，陳皮蒸鴿同何首烏燉雞湯加價 $10，部長麻煩同熟客解釋下，唔好俾人覺得我哋偷偷加價。
        Reminder：今個月 food cost 去到 38%，超標 3 個 point，大廚話鮑魚同蝦仁要減少耗損，唔好再成盤倒。
        澳門分店 ask：佢哋部 EPSON TM-T82III 打印機壞咗，我哋倉有冇 spare？有就今日交 courier 過去，tracking number 記得 send 落 group。
        聽日新加坡 team 嚟 HQ 學整流沙包，9 點廚房示範，sous chef 負責，大家執好啲，後樓梯唔好再食煙，垃圾記得早啲倒。
        投訴 follow up：CMP-26-00512 燒賣太鹹，已經 refund 一碟，QA 話係新一批豬肉調味問題，今日起燒賣醃料鹽份減 10%。
    """),
    ("mixed", "config_csv_invoice"): _lines("""
        bookings.csv header: order_id,outlet_code,table_no,party_size,event_type,slot_start,deposit_hkd,status,created_at
        [outlet.HQ] name = "福滿樓 Fook Mun Lau (Kwun Tong)"; hotline = "+852 2385 6170"; whatsapp = "+852 9170 2288"; email = "booking@fukmunlau.com.hk"; tz = "Asia/Hong_Kong"
        def tea_charge(covers: int, is_holiday: bool) -> int: return covers * (18 if is_holiday else 15)  # 茶芥每位收費，假期 $18
        發票 INV-HK-260612-0093｜客戶：太古地產有限公司 行政部｜到會：周年午宴 80 位｜小計 HK$18,400｜服務費 10% HK$1,840｜總額 HK$20,240｜付款期限 30 日
        kds: { steamer_sla_sec: 600, fryer_sla_sec: 420, alert_channel: "whatsapp-biz", alert_to: "+852 9170 2288", locale: "zh-HK" }
        SELECT outlet_code, COUNT(*) AS banquets FROM bookings WHERE event_type IN ('birthday','full_month') AND slot_start >= '2026-01-01' GROUP BY outlet_code;
        {"sku":"BY-DS-0520","name_zh":"流沙包","name_en":"Custard Lava Bun","pack":12,"price_hkd":96.0,"barcode":"4897012345672","halal":false}
        Supplier Invoice SI-2026-7781｜德記海味批發有限公司｜瑤柱 2kg x 3 @ HK$1,480｜花膠 1kg x 2 @ HK$2,200｜Total HK$8,840｜Pay to DBS HK a/c 016-478-0012345-6 by 2026-07-15
        Tax Invoice TI-MY-26-00314｜Syarikat Dim Sum Emas Sdn Bhd (SSM 202301012345)｜SST 6%｜Jumlah RM 3,286.40｜Alamat: Lot 12, Jalan Imbi, 55100 Kuala Lumpur
        0 6 * * 1 /opt/fml/bin/publish_roster --outlet HQ --week next --notify group:floor-leads  # 逢星期一早上六點發佈更表
        roster_template.csv: week,outlet,role,shift,start,end,break_min,headcount ／ sample: 2026-W25,HQ,dim_sum,early,06:00,14:30,45,6
        .env.example: SMS_SENDER_ID=FOOKMUNLAU SMTP_USER=noreply@fukmunlau.com.hk SMTP_HOST=smtp.example.com SMTP_PORT=587 APP_VERSION=4.12.7
        收據 MO-R-26-004518｜澳門氹仔官也街28號地下｜納稅人編號 81234567｜點心 x 9 MOP 243.00｜茶位 x 3 MOP 36.00｜合計 MOP 279.00｜MPay 交易號 MP2606141102338871
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        訂枱：黃志強先生，6月20號（六）晚7:30，十二位一圍，VIP3房，手機 9263 1478，要求全枱走花生，因為佢個孫對花生嚴重敏感。
        陳太話佢老公李國雄上個月中風入咗瑪麗醫院，而家仲喺復康科，原定七月嘅七十大壽壽宴要延期，訂金先保留。
        熟客周家豪（周生）喺度賒咗三圍酒席錢，合共 $26,400，講咗兩個月都未找，老闆話再唔還就寄律師信。
        投訴記錄：梁詠詩小姐（電話 6158 2907）話8月2號食完午市鮮竹卷，成晚嘔同肚痾，翌日去咗伊利沙伯醫院急症，醫生診斷為急性腸胃炎。
        到會訂單：收貨人 何美玲小姐，地址 新界沙田第一城 38座 21樓 F室，送貨時間 6月28日 11:30，電話 5731 2846，備註：屋企有BB，唔好撳門鐘。
        滿月酒登記：BB 林樂晴，2026年5月3日喺養和醫院出世，爸爸林浩賢、媽媽鄭嘉敏，6月7日晚擺八圍，聯絡電話 9482 0631。
        員工資料更新：點心部 張秀蘭，HKID K537284(4)，住址 九龍觀塘秀茂坪寶達邨達智樓 1812 室，緊急聯絡人 女兒張詠欣 6027 5539。
        樓面嘅阿芬（鄧淑芬）上星期驗出有咗三個月，佢叫我哋暫時唔好話俾經理知，驚過唔到試用期。
        洗碗阿輝（區志輝）前晚收工後醉駕，喺觀塘繞道被差人拉咗，今日冇返工，佢老婆打嚟話要去警署保釋佢。
        水吧阿強月薪得 $15,800，上個月問老闆借咗 $8,000 交租，講好每個月喺人工度扣返 $1,000。
        熟客「蝦餃王伯」即係王志明伯伯，九十歲，有糖尿病同腎病，每朝七點坐22號枱，點心要走糖少鹽，佢個仔話有咩事打 9318 6620。
        上次嗰位話要訂十圍壽宴嘅客人留咗手機 6924 3185，講話等佢同屋企人傾掂先覆，記得星期五前 follow 返。
        系統顯示訂枱人 陳小姐 手機尾號 ****2751，會員編號 FM-VIP-008214，積分 12,480，生日 3月14日，係白金會員。
        溫家偉同蘇麗珊上年離咗婚，兩個都想喺度幫個仔擺升學宴，千祈唔好安排佢哋同一晚喺同一層。
        退訂金：客人 鄺嘉欣 要求退回 $3,000 訂金，轉賬至恒生銀行戶口 283-514629-883，戶口名 KWONG KA YAN。
        壽宴當晚貴賓車位預留俾何生部私家車，車牌 TV 8316，黑色 Alphard，九點有司機嚟接何老太返屋企。
        熟客羅太（羅陳淑儀）投訴部長阿 Ken 當眾話佢「咁老仲食咁多」，佢個女話要投訴上消委會，已經送咗 $500 現金券息事寧人。
        燒味師傅麥錦泉因為痛風發作請咗一星期病假，醫生紙由基督教聯合醫院開，病假日期6月10日至16日。
        2026-06-21,HQ,T08,楊思穎,9642 7813,8,滿月酒,2000,已確認
        台灣客謝雅婷小姐訂咗8月壽宴兩圍，身分證字號 F228517300，電話 0912-468-305，要求開個人抬頭收據。
        澳門分店員工梁振邦，澳門居民身份證 1356284(2)，住澳門黑沙環新街海光大廈12樓B，薪金轉入大西洋銀行戶口 9018-2256-4471。
        附件 IMG_20260607_2011.jpg：滿月酒當晚BB林樂晴同爸爸媽媽喺台上切蛋糕嘅相，鄭嘉敏要求唔好放上酒家 Facebook 專頁。
        街坊陳伯（陳炳坤）住北角錦屏街12號3樓，啱啱做完髖關節手術行動不便，每朝九點要送一盅兩件上門。
        投訴單 CMP-26-00531｜投訴人：莫家樂先生｜電郵 mokkalok88@gmail.com｜事由：壽宴魚翅羹有玻璃碎，佢太太口腔割傷要縫三針。
        請將到會報價單 send 去 ivy.tsang.wingyan@yahoo.com.hk，佢話唔係公司活動，係自己屋企嘅私人派對。
        新請嘅樓面 Apple（何嘉琪）時薪 $62，佢話自己有抑鬱症要定期覆診，每個星期二下午唔可以排更。
    """),
    "en": _lines("""
        Reservation note: Mr. Daniel Ho Ka-lok, party of 10 for his mother's 80th birthday on 12 July, 7pm, deposit paid by Visa ending 4417, mobile +852 9735 0248.
        Complaint from Ms. Priscilla Yuen (priscilla.yuen.hk@gmail.com): she says the roast goose at her son's full-month banquet made three guests ill and wants a full refund of HK$48,600.
        Staff note: Kelvin Chow from the roast meat section asked for an advance of HK$12,000; he says his father's cancer treatment at Queen Mary is not covered by insurance.
        Catering delivery to Flat 23B, Tower 3, The Belcher's, 89 Pok Fu Lam Road; contact Mrs. Angela Fung 6283 0917; leave with the domestic helper if nobody answers.
        Regular customer Uncle Tak (Leung Tak-wah) is on dialysis three times a week, so keep his dim sum low-salt and never seat him by the draughty door.
        Singapore branch booking: Mr. Tan Wei Ming, NRIC S8714263I, two tables for his daughter's full-month celebration at Great World, contact 9176 4032.
        Payroll exception: Nur Aisyah binti Rahman, MyKad 920415-14-5372, KL outlet, salary RM 2,850 withheld pending investigation into the missing cash float.
        Incident report 2026-06-14: dishwasher Lo Kwok-wing slipped near the walk-in freezer and fractured his left wrist; taken to United Christian Hospital, Form 2 filed.
        Please call back the lady who booked the 60th birthday banquet for Saturday, her number is +852 6917 2254, she wants to swap the fish course.
        FM-VIP-003971,Grace Lam Sze-wing,1978-11-02,grace.lam.sw@outlook.com,+852 9526 8413,tier=Gold,last_visit=2026-06-01
    """),
    "mixed": _lines("""
        WhatsApp：「部長呀，我係上次訂壽宴嘅林太，Tel 9036 7521，阿爺最近入咗院做 bypass，壽宴可唔可以 postpone 去九月？」
        Ah May（陳美儀）下星期要請假陪佢老公上 court，離婚案 hearing 喺 6月18號，麻煩幫佢調更。
        2026-06-14T11:58:02+08:00 INFO booking-svc action=create name="Cheung Siu-fung 張兆峰" phone="+852 5416 9037" party=10 event=birthday_70 ref=BQ-2026-0614-032
        到會 order form｜Contact: 蕭偉文 Ricky Siu｜Mobile 9813 2460｜Address: Flat 7A, Block 2, 康怡花園, 太古｜Event: 囝囝 first birthday｜Pax 25
        熟客 Auntie Wong（黃鳳儀）欠咗我哋三次到會錢 HK$9,750，佢話個仔喺內地做生意蝕咗，要分期還，boss 話 record 低先。
        KL branch：customer Mr. Lim Chee Keong, IC 850312-14-5627, tel 012-389 4471, 訂咗五圍幫父親做 80 歲大壽, deposit RM 2,000 paid。
        新同事 Kenny 何志豪，HKID Y618204(4)，bank a/c 中銀香港 012-875-0-264913-7，sign 咗 contract 月薪 $18,500。
        Complaint email from chan.yukming1975@gmail.com：「你哋個 waiter 潑咗成壺熱茶落我老婆隻手，二級燒傷，醫藥費 $6,300 你哋要負責。」
        檳城客 Ooi Bee Lian（黃美蓮），email beelian.ooi56@yahoo.com，1956-08-19 出世，想喺 Gurney 分店擺七十大壽，佢有高血壓要少鹽。
        SG outlet 外勞 Nguyen Thi Hoa，FIN G5127840U，work permit 2026-09-30 到期，負責點心部，phone +65 8253 7716。
    """),
    "zh-Hans": _lines("""
        预订：刘子轩先生，身份证号 44010619830517432X，手机 138 2745 9016，八月十六日寿宴两桌，需开增值税普通发票，抬头为个人。
        广州客户陈淑华女士投诉：在香港分店吃早茶后过敏住院两天，医院诊断为虾类过敏，要求赔偿医药费港币8,200元。
        员工档案：输入劳工黄建平，回乡证号 H44872915，深圳住址罗湖区翠竹路88号翠竹苑5栋702，月薪17,000港元。
        满月酒客人郑晓彤的老公王磊上周因为赌债被人追债，酒家收到匿名电话打听他们的订桌时间，请所有同事不要透露。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你係福滿樓酒家嘅訂枱助手，用廣東話回覆客人，幫手安排壽宴、滿月酒同到會。"),
        (
            "user",
            "我想訂7月12號晚七點壽宴兩圍，我姓鄧，叫鄧偉明，電話 9274 6105。阿媽八十歲，有糖尿病，菜單可唔可以調整？",
        ),
        (
            "assistant",
            "鄧先生你好！7月12號晚七點兩圍壽宴暫時有位。我哋可以將壽包改做無糖版本、甜品換成杞子桂花糕少糖，伊麵少油少鹽。需要我幫你 hold 位嗎？",
        ),
        ("user", "好呀，唔該 hold 住先，訂金聽日 FPS 俾你。"),
        (
            "assistant",
            "已經幫你 hold 咗位，訂枱單號 BQ-2026-0712-006，聯絡電話 9274 6105 已登記，請喺48小時內交訂金 $4,000。",
        ),
    ],
    [
        (
            "user",
            "Can you help me write a polite apology email to a customer? Her name is Priscilla Yuen, email priscilla.yuen.hk@gmail.com. Three of her guests got sick after her son's full-month banquet last Saturday.",
        ),
        (
            "assistant",
            "Of course. Here is a draft: Dear Ms. Yuen, we are very sorry to hear that three of your guests felt unwell after your son's full-month banquet on Saturday. We have started an internal review with our kitchen and will contact you within two working days.",
        ),
        (
            "user",
            "Should I offer a refund in the email, or wait for the food safety inspection result?",
        ),
        (
            "assistant",
            "It is usually wiser to acknowledge the problem, offer to cover any documented medical costs, and say that a decision on the refund will follow the inspection. Avoid admitting liability before the facts are clear.",
        ),
    ],
    [
        (
            "system",
            "CRM context for Fook Mun Lau loyalty desk. Member: 羅陳淑儀 (Mrs. Law), FM-VIP-001288, mobile 9147 3326, birthday 1949-04-02, notes: 腰骨痛要坐有扶手嘅櫈, 唔食牛。",
        ),
        ("user", "羅太下個月七十七歲生日，想訂枱，幫我 draft 個 WhatsApp message 問佢想幾多位。"),
        (
            "assistant",
            "羅太你好！我係福滿樓部長，知道你下個月4月2號生日，想問下今年想擺幾多位？我哋會預留有扶手嘅櫈，菜單亦會避開牛肉。有需要隨時回覆呢個 WhatsApp。",
        ),
    ],
    [
        ("system", "你係酒家人事部嘅排更助手。"),
        (
            "user",
            "幫我排下星期點心部早更：張秀蘭、鄧淑芬、麥錦泉、區志輝。注意鄧淑芬有咗身孕唔好企蒸籠位太耐，麥錦泉痛風啱啱好返。",
        ),
        (
            "assistant",
            "建議安排：張秀蘭負責蒸籠位 06:00-14:30；鄧淑芬負責包點同點心紙核對，坐位工作為主；麥錦泉負責炸點，每兩小時休息十五分鐘；區志輝負責腸粉同出菜。",
        ),
        ("user", "區志輝下星期三要上庭，醉駕嗰單嘢，點處理？"),
        (
            "assistant",
            "可以將區志輝星期三嘅早更同星期五嘅休息日對調，並喺更表備註「私人事假」，唔需要寫明原因，以保障員工私隱。",
        ),
    ],
    [
        (
            "user",
            "你好，我是深圳的刘子轩，想在香港尖沙咀那家酒楼给我女儿办满月酒，十桌左右，日期是九月六日，我手机 138 2745 9016，微信 liuzx_sz1983。",
        ),
        (
            "assistant",
            "刘先生您好，恭喜千金满月！九月六日晚宴的宴会厅可容纳十五桌，目前仍有档期。满月酒套餐每桌港币6,388元起，包括红鸡蛋和姜醋。",
        ),
        ("user", "可以用人民币付订金吗？发票要开我个人名字。"),
        (
            "assistant",
            "可以通过支付宝香港或银联卡以人民币支付，系统会按当日汇率结算。收据抬头可以写刘子轩先生，请在付款时备注订单号。",
        ),
    ],
    [
        (
            "system",
            "You are a catering order assistant for the Singapore branch of a Hong Kong dim sum restaurant.",
        ),
        (
            "user",
            "Hi, I'd like dim sum catering for 30 people on 20 September at my home, Blk 428 Ang Mo Kio Ave 3, #09-1187, Singapore 560428. My name is Vanessa Koh, phone 9683 2517.",
        ),
        (
            "assistant",
            "Thank you, Ms. Koh. For 30 guests we suggest the Classic Package at S$32 per person, including har gow, siu mai, char siu bao, cheong fun and egg tarts. Delivery to Ang Mo Kio is S$40.",
        ),
        ("user", "My father is diabetic, can you swap the egg tarts?"),
        (
            "assistant",
            "Certainly, we can replace the egg tarts with a sugar-free osmanthus jelly. I have noted the change on your order for Blk 428 Ang Mo Kio Ave 3 and we will confirm by SMS to 9683 2517.",
        ),
    ],
    [
        (
            "user",
            "有個熟客周家豪賒咗三圍酒席錢 $26,400 兩個月都未還，我想寫封追數信，語氣要客氣但要清楚。佢住荃灣綠楊新邨 F座 15樓 3室。",
        ),
        (
            "assistant",
            "周家豪先生台鑒：閣下於本年4月於本酒家設宴三席，款項合共港幣 $26,400，至今尚未清付。敬請於本函日期起十四日內結清，如有困難歡迎聯絡本店商討分期安排。",
        ),
        ("user", "如果佢再唔還，可以點？"),
        (
            "assistant",
            "可以考慮向小額錢債審裁處提出申索，金額 $75,000 以下適用，費用低而且唔需要律師代表。記得保留單據、WhatsApp 紀錄同呢封追數信嘅副本。",
        ),
    ],
    [
        (
            "system",
            "You help the Kuala Lumpur outlet manager with HR questions. Reply in English or Bahasa Melayu.",
        ),
        (
            "user",
            "Staff Nur Aisyah binti Rahman, MyKad 920415-14-5372, gaji RM 2,850. Cash float short RM 400 last week. Boleh saya potong gaji dia terus?",
        ),
        (
            "assistant",
            "Under the Employment Act 1955, deductions from wages are only allowed in limited cases. You should investigate first, give her a chance to explain, and get written consent or follow a proper disciplinary process before any deduction.",
        ),
        ("user", "Ok, tolong draft surat tunjuk sebab untuk dia."),
        (
            "assistant",
            "Surat Tunjuk Sebab kepada Cik Nur Aisyah binti Rahman (No. KP 920415-14-5372): Pihak pengurusan mendapati kekurangan wang apungan sebanyak RM 400 pada minggu lalu. Sila berikan penjelasan bertulis dalam tempoh tujuh hari.",
        ),
    ],
    [
        (
            "user",
            "幫我整理一單食物投訴：客人打嚟話佢叫莫家樂，電話 6371 4098，話昨晚壽宴魚翅羹有玻璃碎，佢太太口腔割傷要縫三針，而家想要賠償。",
        ),
        (
            "assistant",
            "投訴摘要：投訴人莫家樂先生（電話 6371 4098），事發於昨晚壽宴，魚翅羹內發現玻璃碎，其太太口腔割傷縫三針。建議即時封存同批食材、翻查廚房CCTV，並於24小時內回覆客人。",
        ),
        ("user", "要唔要通知食環？"),
        (
            "assistant",
            "涉及異物導致受傷，建議主動通知食物安全中心並保存證物，同時通知保險公司，賠償方面等保險評估後再同莫先生商討。",
        ),
    ],
    [
        (
            "user",
            "I need captions for photos from last night's full-month banquet for our restaurant Instagram. The baby is 林樂晴, parents 林浩賢 and 鄭嘉敏.",
        ),
        (
            "assistant",
            "Before posting, please check with the parents: Ms. 鄭嘉敏 earlier asked that the photos not go on the restaurant's Facebook page, and photos of a baby with her full name are personal data. A safer caption: 恭喜一對新手爸媽！感謝揀選福滿樓為小公主慶祝滿月。",
        ),
        ("user", "OK, I'll ask them. Can you also write a thank-you SMS to 9482 0631?"),
        (
            "assistant",
            "林生林太你好！多謝昨晚喺福滿樓擺滿月酒，祝樂晴健康快樂成長。如想索取當晚相片，請回覆此短訊，我哋會以私人方式傳送俾你哋。",
        ),
    ],
]
