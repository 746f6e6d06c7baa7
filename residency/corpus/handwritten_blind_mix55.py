# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix55: 深港跨境生活（港車北上、跨境學童、通關、北上睇醫生、樓宇與銀行戶口）, in Cantonese, Mandarin and English. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix55
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "港車北上公告"): _lines("""
        「港車北上」措施自2023年7月1日起實施，合資格香港私家車可經港珠澳大橋往返香港與廣東省，毋須取得常規配額。
        申請人須為車輛的登記車主，並持有有效的香港永久性居民身份證、港澳居民來往內地通行證及香港正式駕駛執照。
        系統維護通知：「港車北上」預約系統將於2026年12月13日（星期日）凌晨01:00至05:00暫停服務，不便之處，敬請原諒。
        運輸及物流局局長林世雄今日表示，「港車北上」累計接獲逾十萬宗申請，當局會與廣東省檢視口岸處理能力，再決定是否進一步擴展。
        行政長官李家超在施政報告中提到，政府會繼續與廣東省研究「粵車南下」安排，讓廣東私家車經港珠澳大橋駛入香港市區。
        抽籤結果將於每月第一個工作天下午5時公布，申請人可憑申請編號及驗證碼於網上系統查閱，本署不會另行致電通知。
        每次北上逗留期不超過30日；車輛須於出發前完成預約，逾時未出境將影響下次申請資格。
        填表示例：姓名 陳大文 CHAN Tai Man；身份證號碼 A123456(3)；車牌號碼 AB 1234（僅供參考，請填寫閣下本人資料）。
        表格 NB-01 第3部：請以正楷填寫「車主姓名（須與身份證相同）」及「聯絡電話」，切勿留空或使用塗改液。
        駕駛者在內地須靠右行駛並遵守《中華人民共和國道路交通安全法》，違章記錄將以電子方式通知車主。
        如有查詢，請致電運輸署電話查詢熱線 2804 2600，或瀏覽 www.td.gov.hk「港車北上」專頁。
        港珠澳大橋香港口岸旅檢大樓位於香港國際機場東北面的人工島，可乘搭 B4 線巴士由機場博覽館前往。
        提提你：電子車牌標籤只適用於已登記車輛，切勿轉讓、拆除或黏貼於其他車輛擋風玻璃上。
    """),
    ("zh-Hans", "口岸通关资讯"): _lines("""
        福田口岸旅检通道开放时间为06:30至22:30，深圳湾口岸旅检通道开放时间为06:30至24:00。
        罗湖口岸今日出入境旅客约18.6万人次，其中港澳居民占比约62%，高峰时段为08:00至09:30。
        温馨提示：周五晚及节假日前一天皇岗口岸车流量大，建议错峰出行，实时排队情况可关注“深圳口岸”微信公众号。
        莲塘/香园围口岸地址：深圳市罗湖区莲塘街道罗沙路与莲塘二路交汇处，旅检大楼设有无障碍通道。
        港澳居民持回乡证可在口岸自助备案机办理自助通关备案，全程约1分钟，无需预约。
        旅客携带物品超出规定限值的，须选择申报通道，如实填写《中华人民共和国海关进出境旅客行李物品申报单》。
        永东巴士深圳湾线单程票价港币45元，学生优惠价港币38元，首班车07:00开出，末班车22:30。
        深圳湾海关近日查获一宗“水客”夹带案件，涉案手机72部、平板电脑15台，案值约人民币58万元，案件已移交缉私部门。
        港澳居民来往内地通行证有效期：成年人10年，未满18周岁者5年，可提前到中国旅行社办理换证。
        节日通关预测：2026-12-24至2026-12-26预计日均出入境旅客72.5万人次，同比增长8.3%。
        深圳北站至香港西九龙站高铁最快约18分钟，二等座票价以12306及港铁官网公布为准。
        如遇证件遗失，请立即向口岸边检站值班室报告，或拨打12367移民管理服务热线咨询补办流程。
        皇岗口岸重建工程进入收尾阶段，新联检大楼建成后将实行“一地两检”，旅客只需排一次队。
    """),
    ("yue-Hant", "跨境學童家長群"): _lines("""
        各位家長早晨☔ 今日落大雨，保姆車會遲15分鐘左右到皇岗口岸集合點，請大家預早少少出門。
        聽日學校假期，保姆車唔開，記得同小朋友講唔使早起😂
        請問有冇人知過境學童配額幾時開始申請？今年係咪仍然係網上交表？
        溫馨提示：學生證同回鄉證一定要一齊帶，冇帶過唔到關，保姆都冇辦法幫手。
        落車地點由下星期一開始改咗去福田口岸B出口，唔係A出口，唔該大家留意返。
        學校通告：12月18日（星期四）舉行聖誕聯歡會，當日12:30放學，保姆車時間另行通知。
        提提大家，呢度係跨境學童交流群，唔好喺群入面發小朋友全名、證件號碼同住址，有需要請私訊保姆車公司。
        禁區紙續期表格放咗喺群文件，檔名「2027學年_過境學童名額申請表_空白.pdf」，大家自己下載填寫。
        學童專用通道開放時間 07:00-09:00 同 15:00-18:30，一般唔使排好耐。
        保姆車月費 HK$2,350，包來回；12月因為有聖誕假，會按上課日數計。
        今日上水路段塞車，保姆車預計16:50先到福田，各位家長唔好心急🙏
        新聞話今年跨境學童大約有2.4萬人，比疫情前少咗兩成幾。
        有冇家長試過喺深圳報補習班？數學同普通話邊間好啲？求推介🙏
    """),
    ("zh-Hans", "深圳就医指南"): _lines("""
        香港大学深圳医院地址：深圳市福田区海园一路1号，普通门诊时间为周一至周日08:00-12:00、14:00-17:30。
        港澳居民可凭回乡证在港大深圳医院建档，首次就诊请提前通过医院官方公众号预约挂号。
        香港长者医疗券可在港大深圳医院使用，适用于门诊及部分检查项目，住院费用不适用。
        挂号咨询可拨打深圳市政务服务便民热线12345，或使用“健康深圳”App在线预约。
        全科门诊诊金人民币100元，专科门诊诊金200至300元，药费及检查费另计，可用微信或支付宝付款。
        中山大学附属第八医院位于深圳市福田区深南中路3025号，设有港澳居民就医服务窗口。
        中山大学孙逸仙纪念医院深汕中心医院已纳入“港澳药械通”指定医疗机构名单，可使用部分在港注册药品。
        体检套餐A（男）：血常规、尿常规、肝功能、肾功能、血脂四项、腹部彩超、胸部DR，价格¥680。
        港人北上看牙：洗牙约人民币200-300元，种植牙约人民币6,000-12,000元/颗，价格仅供参考，以诊所报价为准。
        钟南山院士团队今日在深圳发布呼吸道感染防治研究阶段成果，建议高危人群在流感季前接种疫苗。
        就诊须知：请携带本人有效证件原件，就诊人姓名须与预约姓名一致，代诊请出示委托书。
        电子病历模板字段：{患者姓名}、{性别}、{年龄}、{证件号码}、{主诉}、{现病史}，测试环境请勿填写真实信息。
        在深港人可选择参加深圳基本医疗保险，一档、二档缴费标准由市医保局每年公布。
    """),
    ("en", "banking and property"): _lines("""
        Cross-boundary Wealth Management Connect: eligible Greater Bay Area residents may invest up to RMB 3 million each under the Southbound Scheme.
        To open an account at our Shenzhen branch, Hong Kong residents need their HKID, Home Return Permit and a proof of address issued within the last 3 months.
        Premier customers can call our 24-hour hotline on 2233 3322 for account enquiries.
        Txn ref FPS20261205-8837210094 | HKD 12,800.00 | Status: COMPLETED | 2026-12-05 09:41:17 HKT
        For sale: 3-bed unit, 89 sqm, Qianhai, Nanshan District, asking RMB 9.8M, 15 min walk to Qianhai metro station, no agent fee.
        Shenzhen new home prices fell 0.4% month on month in November, while the Centa-City Leading Index in Hong Kong edged up to 135.2.
        Dear {customer_name}, your remittance of {amount} to the account ending {last4} has been processed on {value_date}.
        Please never send your full card number, CVV or one-time password via WhatsApp or WeChat; our staff will never ask for them.
        SWIFT codes: Bank of China (Hong Kong) BKCHHKHHXXX; China Merchants Bank, Shenzhen CMBCCNBS.
        The Buyer's Stamp Duty on residential property bought by non-permanent residents was scrapped in the February 2024 Budget.
        The Li Ka Shing Faculty of Medicine at HKU supports clinical teaching and training at the HKU-Shenzhen Hospital.
        Mortgage illustration: loan HK$4,200,000, tenor 25 years, 3.625% p.a. gives a monthly instalment of about HK$21,309.
        Fee schedule v2.3 (effective 2027-01-01): outward TT to mainland CNY accounts HK$100 per transaction at the branch, free via mobile banking.
        Bank of China (Hong Kong) Limited, Bank of China Tower, 1 Garden Road, Central, Hong Kong.
    """),
    ("en", "commuter forum"): _lines("""
        Anyone else find the Shenzhen Bay queue insane this Friday? Took me 55 mins at 7pm, only 4 counters open.
        PSA: the cross-border coach from Kowloon Bay to Futian now leaves every 20 min instead of 15 since Dec 1.
        Tip for newbies: link your HK card to Alipay HK or WeChat Pay before going north, lots of places don't take cash anymore.
        Just drove up via the HZMB for the first time, the whole crossing was about 40 mins port to port. Smooth tbh.
        Does Northbound Travel for HK Vehicles cover Shenzhen Bay yet or is it still HZMB only?
        Avoid Lok Ma Chau on Sunday evenings, the spur line platform gets packed after 6pm.
        Shenzhen Metro Line 4 from Futian Checkpoint to Shenzhen North takes around 30 min, fare is like RMB 5.
        Eason Chan's concerts at the Shenzhen Universiade Centre sold out in minutes, heard half the crowd crossed over from HK.
        My kid keeps asking to watch McDull on the bus ride, the episode where Mrs Mak drags him up north for dim sum lol
        Walked past the Deng Xiaoping statue at Lianhuashan Park this morning, the view of Futian CBD from up there is worth it.
        Tracking no. SF1402938475612 stuck at Huanggang customs for 3 days now, anyone had this?
        Rate on my app says 1 HKD = 0.9132 CNY today, best I've seen since March.
    """),
    ("yue-Hant", "北上討論區"): _lines("""
        北上飲茶攻略：蛇口海上世界嗰幾間酒樓點心平過香港一半，週末記得早啲book位。
        過咗深圳灣轉地鐵2號線去海上世界，成程唔使一個鐘，好方便。
        大家北上睇牙會揀邊間？聽講有啲診所專做港人生意，收港紙都得。
        佛山黃飛鴻紀念館值唔值得去？想帶埋細路睇醒獅表演。
        順德李小龍樂園其實好細，打卡影相就走得，唔使特登留成日。
        麥兜同深圳歡樂海岸嘅聯乘展開到1月，有冇人去過？值唔值得排隊？
        呢排羅湖商業城冇以前咁多人，好多舖頭都執咗。
        港車北上中籤率聽講得3%左右，抽咗半年都未中😩
        提提大家：喺內地揸右軚車要特別小心爬頭，同埋記住靠右行。
        山姆會員店年費¥260，好多香港人專登上去買瑞士卷同烤雞。
        Dear all，我整咗個Excel計北上油費同過路費，有興趣可以攞嚟用，入面全部係sample data。
        深圳灣口岸今晚八點排隊大約半個鐘，比上個禮拜好啲。
    """),
    ("zh-Hans", "系统日志与代码"): _lines("""
        [2026-12-05 08:13:27.551] INFO  border-gate-svc  lane=FT-E07 passed=1342 avg_wait_s=186 build=3.14.2
        def mask_hkid(hkid: str) -> str: return hkid[0] + "*" * (len(hkid) - 4) + hkid[-3:]  # 只保留首字母与校验位
        CREATE TABLE cross_border_student (student_id BIGINT PRIMARY KEY, name_enc VARBINARY(256), hrp_no_hash CHAR(64), school_code CHAR(6), quota_year SMALLINT);
        e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  northbound_quota_2026Q4.csv
        {"plate_region": "HK", "permit_type": "NORTHBOUND", "quota_remaining": 1287, "updated_at": "2026-12-05T10:00:00+08:00"}
        正则说明：内地手机号 ^1[3-9]\\d{9}$；香港手机号 ^[5679]\\d{7}$；回乡证号 ^[HM]\\d{8}(\\d{2})?$
        接口文档：POST /api/v2/appointments 请求体字段 holderName、permitNo、plateNo 均为必填，示例值请使用“张三”“H00000000”“XX 0000”。
        发版说明 v2.8.0：修复粤港两地车牌识别时“港”字被截断的问题；回乡证OCR准确率提升至99.2%。
        commit 9f3c2a1e: fix(quota): booking window now uses Asia/Hong_Kong instead of UTC (#4412)
        数据脱敏规范第4.2条：证件号码仅保留首位及末两位，中间以*替代；姓名仅保留姓氏。
        订单号 SZ20261205093388172，商品：港版奶粉 ×6，合计¥1,458.00，物流：顺丰 SF1387266054201。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "yue-Hant": _lines("""
        我個仔陳梓朗讀緊上水鳳溪第一小學P4，屋企喺福田皇岗村，每朝坐保姆車過關，有咩事打我9682 3147。
        張家豪架車VK 5138中咗港車北上，電子標籤編號NB2026118842，下個禮拜一第一次揸上深圳。
        老婆喺港大深圳醫院驗出乳癌二期，下個月開始化療，佢叫何穎珊，有冇人識得好嘅腫瘤科醫生？
        失物認領：喺福田口岸執到張身份證Y486201(3)，英文名LAU Chi Keung，請本人PM我。
        我阿媽梁鳳英，身份證K730945(7)，而家住深圳龍崗，想問長者醫療券點樣喺深圳用？
        東莞鳳崗碧桂園8座1902放租，業主陳國輝，WhatsApp 6173 4829，直接搵佢。
        大家小心呢個代購，IG @sz_mandy_daigou，真名黃曉雯，收咗我HK$3,800冇交貨，我已經報咗警。
        我老公周志偉喺前海做IT，月薪RMB 32,000，兩地走，想問佢應該喺邊度報稅？
        回鄉證H60318274遺失，持證人鄧嘉欣，1991年5月23日出生，如有拾獲請聯絡5127 0936，感激不盡。
        地址：新界元朗天水圍天恩邨恩澤樓1512室，收件人譚詠詩，電話9318 2465（順豐到付）
        細佬吳俊傑上個禮拜喺深圳灣口岸俾海關截咗，喼入面有40部iPhone，聽講會被控走私。
        阿爺李炳坤84歲，逢一三五下晝喺羅湖醫院洗腎，想搵人陪診，有興趣加我WeChat: bingkun_family88
        FPS ID 1683209，收款人CHEUNG Wai Man，訂金HK$5,000，訂咗蛇口嗰層樓。
        匯豐戶口023-418276-833，戶名MAK KA YAN，租金每月1號入數。
        我個女王思穎有哮喘，喺粉嶺讀K2，保姆車上面可唔可以俾佢帶埋噴劑？
        麻煩改預約：車主歐陽志明，HKID R201836(4)，車牌PX 2719，由12月20號改去12月27號。
        我個partner叫Kelvin鄭，香港手機+852 9045 6612，深圳嗰邊+86 138 2654 0917，兩個都WhatsApp/微信得。
    """),
    "zh-Hans": _lines("""
        业主林晓燕，身份证440304198607120325，不动产权证号粤（2021）深圳市不动产权第0083715号，委托我司出售香蜜湖房产。
        【深圳交警】李建华您好，您名下粤B·D82731于12月4日在深圳湾口岸东侧违停，已被拖移至南山区停车场。
        您好，我是港澳居民邓嘉欣，居住证号码81000019910523042X，想在南山区办理社保参保登记，需要带什么材料？
        患者：黄美玲，女，58岁，香港居民，回乡证H52817036，诊断：2型糖尿病伴周围神经病变，建议每3个月复诊。
        收款人：刘国栋，招商银行6214 8592 0113 3475，深圳车公庙支行，房租¥6,500/月，每月5号前转账。
        跨境学童陈梓朗的家长陈伟强，联系电话13823961507，居住地址深圳市福田区福保街道益田村62栋503。
        申请人郭志明，往来港澳通行证CK8392716，拟于12月8日经罗湖口岸赴港探望在港居住的女儿。
        深圳市福田区人民法院（2026）粤0304民初18837号：原告何秀芬诉被告谢永康房屋租赁合同纠纷一案，定于12月16日开庭。
        张丽家长您好，吴诗涵（身份证440305201508090141）的学位申请材料已审核通过，请于12月12日前到南山区教育局确认。
        微信号sz_kevin1988，真名许嘉俊，在东门卖港货，之前收了我2000块定金就拉黑了，大家别上当。
        我爸罗振华在北大深圳医院做了心脏搭桥，现在住12楼心外科23床，想请个会讲粤语的护工。
        客户林晓燕，手机139****8826，身份证后四位0325，跨境按揭申请已受理，请等候审批。
        租客：谢婉婷，香港身份证M305871(4)，在前海一家基金公司上班，月收入约4.5万，入住南山区蛇口兰溪谷二期3栋1801。
        收件人：蔡文辉 / 18926731408 / 广东省深圳市龙岗区坂田街道岗头社区风门坳村23号3楼
        车主苏国豪的粤Z·E128港两地牌车辆年审将于2027年1月到期，请提前预约检测。
        台胞陈怡君（台湾身份证F228714032，台胞证09281736）在前海开了一家咖啡店，需要办理个体工商户登记。
        王国强在深圳湾口岸附近多次超速被扣满12分，驾照已被暂扣，需要重新参加科目一考试。
    """),
    "en": _lines("""
        Hi, this is Sandra Ho, HKID Z667120(A), I need to update the address on my Northbound permit to Flat 12C, Tower 3, Park Island, Ma Wan.
        Tenant: Mr Kwok Ka-ming, mobile 6391 8274, lease ref SZ-QH-2026-0419, Unit 2306, Block B, Qianhai Yuehai Garden, Nanshan, Shenzhen.
        Wire to LEUNG Hoi Yan, CMB card 6225 8801 1427 9053, for the Shenzhen Bay flat deposit, she's my cousin, Dec 15 latest.
        Patient Raymond Tse, 67, HK resident, had cataract surgery at a Luohu eye clinic on 28 Nov; allergic to penicillin; review on 12 Dec.
        My wife Joanne Lam (HRP H37192048) got stuck at Lok Ma Chau because her Home Return Permit expired last week, can she cross with just her HKID?
        Driver: Tommy Yip Chun-wai, HK plate TX 6640, Northbound approval no. 2026-NB-0381927, mainland policy PDAA2026440300002718.
        Our helper Maricel Santos (passport P3928175A) comes with us to Shenzhen on weekends, does she need a separate visa?
        Reference: Alan Cheung has worked at our Futian office since 2019 on RMB 45,000 a month plus housing allowance; reach him at alan.cheung.sz@gmail.com.
        Mr Lo Wing-hong was fined RMB 2,000 and lost his mainland driving permit for drink-driving his HK car KE 908 near Huanggang on 3 Dec.
        Emergency contact for Chloe Wong (P.3, cross-boundary student, Sheung Shui): mother Vivian Wong +852 5604 3318 / +86 135 9021 7486.
        Client Tan Wei Ling (NRIC S8823417J) opened an account at our Shenzhen branch; home address Blk 418 Tampines St 41 #08-233, Singapore 520418.
        The buyer, Mr Yeung Chi-fai (HKID P903571(4)), completed the purchase of Unit 17A, Tower 2, Shenzhen Bay No.1 on 30 Nov for RMB 21.8M.
        Visa 4563 5100 4932 7181 exp 09/29, cardholder FUNG SIU LING, please charge the clinic bill of HK$3,260 to this card.
        Sorry I'm late, my son Ethan Lui had a seizure on the school bus at Futian checkpoint, we're at HKU-Shenzhen Hospital A&E now.
        Selling my parking space at Xiangmihu, Futian, RMB 380k. Jason Kwan, WeChat jasonkwan_hk / WhatsApp 9273 5580.
        Mainland ID 440306199202281523 belongs to Zheng Xiaoli, who co-owns the Bao'an flat with her husband Ken Ho; both signed the mortgage on 2 Dec.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你係「港車北上」預約小助手，用廣東話回答車主問題。"),
        ("user", "你好，我想改北上日期"),
        ("assistant", "冇問題，請提供車主身份證號碼同車牌號碼，方便我查閱預約紀錄。"),
        ("user", "身份證G482016(8)"),
        ("user", "車牌係 LM 3307，車主係我本人 方志強"),
        ("assistant", "收到，方生，你原本預約12月14號經港珠澳大橋出境，想改去邊日？"),
        ("user", "改21號啦，唔該"),
    ],
    [
        ("system", "你是深圳某医院国际门诊的预约助理，请用普通话回复。"),
        ("user", "我想帮我妈妈挂个内分泌科的号，她是香港人"),
        ("assistant", "好的，请提供就诊人姓名、证件类型和号码，以及大致病情。"),
        ("user", "她叫区秀琼，回乡证H58203917，今年71岁"),
        ("user", "在香港确诊了甲状腺癌，做完手术要复查，想在深圳做随访"),
        ("assistant", "已为您预约12月11日上午内分泌科专家门诊，请携带既往病历和回乡证原件。"),
    ],
    [
        ("user", "hi 我想問下你哋保姆車仲有冇位？"),
        ("assistant", "你好！請問小朋友喺邊度上車同埋讀邊間學校？"),
        ("user", "喺深圳灣嗰邊上車，讀元朗嘅小學，P1"),
        ("assistant", "深圳灣線而家仲有兩個位，月費HK$2,500。方便提供小朋友資料登記嗎？"),
        ("user", "佢叫蘇凱晴，2019年3月出世"),
        ("user", "屋企住南山區後海大道濱海之窗5棟2602，我係佢媽媽，電話6547 1190"),
    ],
    [
        (
            "system",
            "You are a virtual assistant for a bank's cross-boundary account opening service.",
        ),
        ("user", "Can I open a mainland account before I move to Shenzhen?"),
        (
            "assistant",
            "Yes, under the GBA account opening witness service you can apply at selected Hong Kong branches with your HKID and Home Return Permit.",
        ),
        ("user", "ok great. My name is Winnie Chow, I'm starting at a Nanshan tech firm in Jan"),
        ("user", "HKID V123808(6), mainland mobile will be 15013842269"),
        (
            "assistant",
            "Thanks Ms Chow, I've noted your details. A branch officer will call you to book an appointment.",
        ),
    ],
    [
        ("user", "帮我起草一份深圳的租房合同要点"),
        (
            "assistant",
            "租房合同一般包括：出租方和承租方信息、房屋地址、租期、租金及支付方式、押金、维修责任、违约责任和争议解决方式。",
        ),
        ("user", "好的，出租方是我，杨静怡，身份证440106197803154423"),
        ("user", "承租方是香港人麦嘉俊，HKID A123457(1)，房子是福田区景田北街 景鹏大厦 11楼B座"),
        ("assistant", "已按您提供的信息填入合同第一条“当事人信息”，租金和押金部分请再确认。"),
    ],
    [
        (
            "user",
            "I work in Shenzhen 4 days a week but live in Tai Po. Where do I pay salaries tax?",
        ),
        (
            "assistant",
            "It depends on your employment contract and days present in the mainland; over 183 days in a year usually triggers mainland individual income tax.",
        ),
        ("user", "my employer is in Qianhai, pays me RMB 38,000 a month"),
        (
            "user",
            "name on the contract is Patrick Siu Ho-yin, in case you need it for the template",
        ),
        ("assistant", "Noted. I'll prepare a day-count template you can fill in for the year."),
    ],
    [
        ("user", "我爸喺羅湖口岸跌咗個銀包"),
        (
            "assistant",
            "唔好意思聽到咁。你可以聯絡口岸失物認領處，或者打12367查詢。銀包入面有咩證件？",
        ),
        ("user", "有佢身份證同回鄉證"),
        ("user", "佢叫馮德昌，身份證號碼係 XA120583(5)"),
        ("assistant", "建議盡快去入境處補領身份證，並喺網上掛失回鄉證。"),
    ],
    [
        ("system", "你是一家保险公司的理赔客服。"),
        ("user", "我在深圳看急诊的费用能不能用香港的医疗保险报销？"),
        ("assistant", "大部分计划涵盖大湾区门诊或急诊，具体以保单条款为准。请问您的保单号是多少？"),
        ("user", "保单号 HKM-2026-557310"),
        ("assistant", "收到，请上传收据和诊断证明。赔款将退回至您登记的银行卡。"),
        (
            "user",
            "卡号改成6228 4800 3918 2065吧，持卡人是我太太孔美华，她上周在南山医院急诊确诊了急性阑尾炎",
        ),
    ],
    [
        (
            "user",
            "my mum wants to sell her flat in Sheung Shui and buy in Shenzhen, what docs does she need?",
        ),
        (
            "assistant",
            "Generally her HKID, Home Return Permit, proof of income, and for the mainland purchase a notarised identity certificate.",
        ),
        ("user", "she's Lee Mei Kuen, 63, retired nurse"),
        ("user", "flat is at Flat 9D, Block 2, Choi Yuen Estate, Sheung Shui"),
        ("user", "her number 9826 4413 if the agent needs to call"),
        ("assistant", "Thanks, I'd suggest she speaks to a solicitor in HK about the sale first."),
    ],
    [
        ("user", "有冇人可以介紹深圳睇皮膚科？"),
        ("assistant", "可以考慮港大深圳醫院皮膚科，或者有港澳窗口嘅三甲醫院。"),
        ("user", "唔該！我朋友想加你微信問詳細啲"),
        (
            "user",
            "佢微信係 ycl_",
        ),
        ("user", "0926hk，叫袁芷琳，佢有嚴重濕疹好多年"),
        ("assistant", "我哋冇辦法加微信，建議佢直接喺醫院公眾號預約。"),
    ],
]
