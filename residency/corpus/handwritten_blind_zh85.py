# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh85: 社区团购与业主接龙（团长、接龙名单、自提点、售后、退款、拼单群）. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh85
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "团长群公告"): _lines("""
        【截单通知】今晚21:00准时截单，明天下午3点后到3号门自提点取货，过时不候哈～
        各位邻居，明天暴雨预警，自提点改到地下车库B1电梯厅，别跑错了🙏
        今天到的荔枝有一箱压坏了，我已经跟供应商反馈，坏的拍照发群里统一补
        再说一次：自提点只放到晚上8点，8点以后没取的放物业前台，丢了我真赔不起😂
        学雷锋志愿服务日，本周六上午9点在中心花园帮独居老人代收团购菜，欢迎报名当志愿者
        新邻居看群公告：①先付款再接龙 ②售后48小时内 ③群里不许发广告，违者移出
        鸡蛋团到了，一共63份，剩2份没人认领，谁的赶紧来拿
        明天团的褚橙不是褚时健老爷子当年亲手种的那批了哈，现在是他家公司的果园，一样甜
        本群仅限阳光花园业主，进群请把群昵称改成"楼号-房号"，不改的周五统一清理
        自提点地址：中山路与逸仙路交叉口，全家便利店旁边那个绿色货架
        周末团长休息，周一恢复开团，急事找物业前台 0755-2666 8830
        温馨提醒：取货请核对自己的接龙序号，别拿错，拿错的麻烦主动放回
        🍉麒麟瓜今天8块9一斤，起拼10份，不满10份自动退款
        社区卫生服务中心（人民路128号）下周二上午在自提点旁义诊量血压，带医保卡就行
    """),
    ("zh-Hans", "接龙模板"): _lines("""
        #接龙 阳光玫瑰 2斤装 ¥29.9 格式：序号. 楼号-房号 昵称 数量
        例：1. 张三 3-2-501 草莓×1（请按这个格式，别写手机号）
        1. 【楼栋-房号】【微信昵称】【商品】×【数量】【备注】
        接龙模板：{序号}. {收货人} {楼栋}-{单元}-{房号} {商品}×{份数} 已付/未付
        接龙时不用写全名和电话，写楼号+房号就够了，团长核对订单用
        接龙已满120份，后面的请排候补，候补1-15按顺序补位
        统计：本期接龙共87单，草莓52份、蓝莓35份，合计¥3,462.50
        导出表头：序号 | 昵称 | 楼栋 | 房号 | 商品 | 数量 | 金额 | 是否已取
        快团团接龙导出.xlsx（共214行）仅供团长分拣用，分拣完请删除，不要转发到别的群
        群接龙小程序 v3.8.2 更新：支持按楼栋自动排序、默认隐藏手机号中间四位
        候补规则：前面有人取消，按候补顺序自动递补，递补成功会收到小程序通知
        接龙格式错的我统一改了，以后麻烦按模板来，不然分拣对不上
    """),
    ("zh-Hans", "售后退款规则"): _lines("""
        售后须知：生鲜类商品签收后48小时内凭照片申请，超时不予受理。
        退款1-3个工作日内原路返回，微信支付的退回零钱或原银行卡。
        订单号 202512050831447719 已退款 ¥36.80，退款流水号 4200002381202512051837624519
        缺货商品系统自动退款，无需申请，48小时未到账请联系平台客服 400-618-9090
        破损、漏发、错发请拍外箱+面单+商品三张照片，团长统一提交给供应商
        依据《消费者权益保护法》第二十五条，鲜活易腐商品不适用七日无理由退货。
        投诉流程：先找团长，团长处理不了找平台，平台也处理不了可以打12315。
        按重量退差价：订购2.5kg，实收2.3kg，退 ¥4.20
        售后工单 SH-20251203-00418 状态：已审核，补发单号 YT7503318842016
        提醒：任何自称"平台客服"索要银行卡密码、短信验证码的都是诈骗，官方客服不会要验证码。
        团长代收的售后照片请在工单关闭后7天内删除，不要留在个人相册里。
        拒收的冷链商品退回仓库，退款扣除运费¥6，其余原路退回
        本周售后率1.8%，主要是草莓压伤和鸡蛋破损，下周换加厚泡沫箱
    """),
    ("zh-Hans", "团品文案"): _lines("""
        老干妈风味豆豉油制辣椒 280g×3瓶 团购价¥29.8，保质期至2027年3月
        张小泉不锈钢厨房剪刀 ¥39 两把包邮，杭州老字号
        王守义十三香 45g×5袋，炖肉卤菜必备，¥19.9
        李锦记薄盐生抽 1.65L ¥26.5，比楼下超市便宜4块
        周黑鸭锁鲜装鸭脖 280g ¥35.9，冷链直送自提点
        小猪佩奇联名儿童酸奶 100g×12杯，低温奶，当天取当天喝
        孙悟空金箍棒造型棒棒糖 六一特供 30支/盒 ¥24
        陈克明龙须挂面 1kg×3 ¥18.8，批号20251108A，保质期12个月
        五常大米 10kg ¥79，地理标志产品，溯源码 2301840026573
        土猪前腿肉 ¥16.8/斤，当天屠宰，动物检疫合格证明编号 3201022251204019
        阿克苏冰糖心苹果 果径80-85mm 10斤 ¥45.9，现摘现发
        袁米 海水稻大米 5kg ¥59.9，纪念袁隆平院士的那个牌子
        东坡肉半成品 500g ¥32，微波加热3分钟即食
    """),
    ("zh-Hans", "系统日志"): _lines("""
        2025-12-05T08:31:44+08:00 INFO order.create id=202512050831447719 group_id=G88213 sku=SKU-STRAW-500 qty=2 amount=59.80
        [WARN] pickup_point PP-0371 capacity exceeded: 142/120 parcels, batch=20251205-AM
        refund.callback status=SUCCESS out_refund_no=RF20251205000372 refund_fee=3680 currency=CNY
        顺丰单号 SF1408823376512 已签收，签收点：阳光花园自提点（丰巢柜A03）
        sha256(export_20251205.csv) = f93f79d9bb9bb2e4b97f88adebf45c8dcf99876bc67933f70a162b5e37decf6a
        app_version=6.12.3 build=20251201.1842 os=iOS 18.2 device=iPhone15,3 crash_rate=0.07%
        分拣任务 #T-5821 完成：自提点12个，包裹1,304件，异常3件，耗时46分钟
        ERROR mask_phone(): input length 10 != 11, skipped; record_id=5f3a9c21
        京东物流 JDX024518837201 运输中 → 武汉转运中心 → 预计12月6日送达自提点
        SELECT pickup_point_id, COUNT(*) FROM orders WHERE status='UNPICKED' AND created_at < NOW() - INTERVAL '2 day' GROUP BY 1;
        cron: 0 21 * * * /opt/tuangou/bin/close_group --tz Asia/Shanghai --notify
        发票号码 25442000000183726504，价税合计 ¥1,268.00，购买方：深圳市邻里鲜电子商务有限公司
    """),
    ("zh-Hans", "行业新闻"): _lines("""
        2020年12月22日，市场监管总局联合商务部召开规范社区团购秩序行政指导会，阿里、腾讯、京东、美团、拼多多、滴滴6家平台企业参加。
        "九不得"明确，社区团购平台不得低价倾销、不得大数据杀熟、不得违法收集使用个人信息。
        拼多多创始人黄峥于2021年3月卸任董事长，由联合创始人陈磊接任。
        兴盛优选创始人岳立华多次公开表示，团长是社区团购最核心的节点。
        2022年起多家平台收缩社区团购业务，部分城市的网格仓陆续关停。
        《个人信息保护法》第十三条规定，处理个人信息应取得个人同意，但为订立、履行合同所必需的除外。
        调查显示，一线城市约37%的受访家庭每周至少参与一次社区团购（n=2,046）。
        某区市场监管局通报：抽检社区团购生鲜样品210批次，合格204批次，合格率97.1%。
        商务部等部门印发意见，推进城市一刻钟便民生活圈建设，鼓励发展社区团购等新业态。
        浦东新区市场监督管理局消费投诉受理窗口：合欢路2号1楼，工作日9:00-17:00。
        京东旗下的社区团购业务"京喜拼拼"于2021年上线，后并入京喜事业群。
        中心仓、网格仓、自提点构成社区团购的三级履约体系，团长佣金一般为销售额的5%-10%。
    """),
    ("zh-Hant", "港台團購群"): _lines("""
        【團購截單】今晚11點截單，星期六下晝2點至6點喺荃灣楊屋道街市門口自取
        日本士多啤梨一盒$88，6盒起團，唔夠數全數退款
        自取點改咗去葛量洪醫院巴士站對面嘅7-Eleven，唔好行錯
        順豐站852TL自取，取件碼會SMS send去你落單嗰個電話
        有問題可以打消委會投訴熱線 2929 2222 或者 1823 政府熱線
        李錦記XO醬 80g $58；陳李濟追風丸今期唔團，唔好再問
        團購訂單編號 HK20251205-0381 已出貨，預計星期一到
        台灣團購：好市多 科克蘭衛生紙 30捲 NT$599，滿20份才開團
        匯款請轉公司帳戶：國泰世華 013，統一編號 83726150（鄰里好物有限公司）
        國父紀念館站2號出口取貨，時間19:00-20:00，逾時不候
        收據抬頭寫公司名就得，個人資料唔會印喺收據上面
        逸夫書院學生團購，宿舍樓下交收，記得帶學生證核對
    """),
    ("en", "SG/MY group buy"): _lines("""
        GB closing tonight 10pm! Musang King 400g box $22, collection at Tampines West CC, 5 Tampines Ave 3, Sat 2-5pm
        Pls PayNow to UEN 202301234K (FreshMart Pte Ltd) and drop screenshot here, no need to PM
        Reminder: don't post your full NRIC or unit number in this chat, block number is enough for sorting
        Self-collection near Lee Kong Chian Natural History Museum side gate, look for the blue canopy
        Tracking no. SPXSG03718826411 shows delivered to pickup pt, if missing pls inform admin within 24h
        Refund for OOS items will be processed by 8 Dec - total 37 orders, S$412.60 returned
        Pickup at Dewan Orang Ramai Taman Tun Dr Ismail, Jalan Datuk Sulaiman, 10am-12pm Sunday
        Ang ku kueh GB from Ji Xiang Confectionery, 10 pcs $13.50, min 30 orders to open
        Eu Yan Sang bird's nest 6 btl x 70g, GB price $88 (U.P. $118)
        NO cash at collection ok, PayNow only lah, admin cannot keep track of coins
        Admin note: order list will be deleted 7 days after collection, per PDPA guidelines
        TTSH staff GB - deliver to Tan Tock Seng Hospital Annex 2 lobby, Mon-Fri 12-1pm
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        接龙第17位：王丽娟 6栋2单元1402 阳光玫瑰×2 电话13826174059
        团长@全体：5栋802的刘秀梅阿姨有糖尿病，她家那份蛋糕换成无糖的，别搞错了
        退款麻烦打我工行卡 6222 0210 0384 7519 264，户名邓佳琪，上次少退了12块
        跨境奶粉清关要身份证：孙蕾 440305198806123023，收货地址 深圳南山区蛇口海月花园三期7栋1805
        自提点门口那辆白色特斯拉 粤B·D38K72 是14栋陈建国的，每次取货都堵着门
        团长周晓燕（碧桂园凤凰城二期那个）上个月光佣金就拿了11820，她自己在群里晒的工资条
        3号楼1202的赵志强欠团购供应商货款被起诉了，案号（2025）沪0115民初34521号，这周六开庭
        拼单群加我微信 xiaoyu_0613，李晓雨，住锦绣华庭9-1102
        收货人：陈*婷 138****4059 深圳市南山区桃源街道桃源村三期12栋1203（放门口鞋柜）
        我是9栋坐轮椅的那个韩阿姨，903，菜帮我送上楼，电梯坏了我下不去
        发票开个人，抬头黄敏，发邮箱 huangmin_1987@163.com，就是上周五草莓那单
        独居的郑宝根大爷88岁，住4-1-101，阿尔茨海默早期，每周三志愿者帮他接龙买菜，他女儿电话13761092258
        12栋1203的吴倩怀孕七个月了，团长说米面油这种重的直接给她送到家
        周欣怡（朵朵）小朋友花生严重过敏，3栋601，坚果礼盒千万别给她家配错
        日本代购团清关用：孙浩然，护照号 E58213647，出生日期1991-02-23
        售后登记：业主冯建军，7幢3单元502，电话159 2187 3346，退西瓜2个 ¥39.6
        新团长申请：杜建伟，身份证310115199102234515，自提点设在浦东新区金杨路568弄12号楼下车库
        @蒋丽 你老公昨天在群里骂人那事，物业说他去年在小区门口打架被行政拘留过
        2-3-701的杨老师说她确诊乳腺癌在化疗，大家团的鸽子汤都给她送过去吧
        退款到这张招行卡 6214 8307 5520 3915，户名马文涛
        快递地址改一下：武汉市武昌区中北路保利中央公馆2栋3102，收件人宋雨桐 18612047739
        接龙第8位@小鱼儿 就是7栋2201的林小宇，她老公姓钱，有事打 177 0218 3365
        团长说实话我最近失业了，房贷都还不上，这单能不能先赊着 —— 4栋1501 何芳
        去网格仓提货的车 苏A·5H3N1，司机是我爸曹德明，停仙林湖东门
        退款申请人：方淑珍，身份证号320106196504170827，原因：鸡蛋碎了6个
        快团团收货人导出第1条：许静 13651827704 朝阳区望京花家地北里6号楼4门502
        我婆婆贺桂兰住院了，湘雅二医院心内科17床，这周的菜别送家里，直接送医院
        群里的"Lily"就是8栋的叶莉莉，在招行南山支行上班，听说月薪两万多
        陈美华 微信chenmama_hz 西湖区文三路嘉绿苑19幢2单元301 身份证330106198203057020
        团长我要当自提点：罗慧，手机199 5126 7708，成都市武侯区玉林北路12号3栋2单元801，身份证510107199308153363
        刚才拿错菜的是11栋1901胡先生，他家儿子有自闭症，当时在闹，大家别怪他
        转账截图：付款人谭晓峰 账号6212 2640 0079 3154 689 金额¥268.00 备注：3-1-402鸡蛋
        我爸何振东（身份证110108195603021631）前天心梗装了支架，团购的菜暂时停一个月
        拼单群里那个开宝马的熊子豪，身份证420106200001182511，欠了我们三家的拼单钱一直不还
    """),
    "zh-Hant": _lines("""
        團長你好，我係陳嘉欣，HKID K734218(7)，奶粉清關要用，送貨去將軍澳日出康城第3期5座28樓B室，電話9431 2268
        今日自取名單第6號 黃志明先生 6182 7705 大埔太和邨麗和樓1215室 雞蛋×2
        阿May（梁美儀）話佢老公李國雄上個月中風入咗瑪麗醫院，佢哋嗰份團購可唔可以遲啲先攞？
        團購匯款後五碼38172，戶名林怡君，身分證字號F226381900，寄新北市板橋區文化路一段188巷12號4樓
        我阿公張文雄（E120677431）在洗腎，週二週四去亞東醫院，團購的菜放管理室就好，電話0912-338-507
        WhatsApp 6821 4930 搵Kelvin 吳家豪，屯門兆康苑E座1807
        退款請入HSBC戶口 004-512-387654-838，戶名 LAU WING SZE 劉詠詩
        B210877651蔡淑芬的團購包裹被管委會簽收了，她人在住院開刀，請先幫她保管
        Y508213(5)係我阿媽何秀英嘅身份證，佢七十幾歲唔識用手機，團購登記用我號碼5138 6624
    """),
    "en": _lines("""
        Durian GB delivery for Tan Wei Ling, NRIC S8834127I, Blk 412 Yishun Ring Rd #08-1123, pls leave at door
        Refund pls PayNow to 9736 4182 (Jasmine Ong), she paid twice for the crab GB
        Collecting for my dad Lim Chee Keong (S7612093E), he just had knee surgery at CGH and can't come down
        My son Ryan Goh Jun Jie, T0217745A, will collect on Sat - he books out from camp Fri night
        Our helper will collect: Siti Rahayu, FIN G5527163T, Blk 210 Tampines St 23 #05-271
        Musang King GB: Wong Mei Ling 016-229 0415, C-12-3 Desa Villas, Taman Desa, IC 880514-10-5238
        Sharon Teo from Blk 308A Punggol Waterway #12-45 asked to pay later, her husband got retrenched last month
        Email the receipt to kevin.lau.sg88@gmail.com - Kevin Lau, 8162 0937, Blk 75 Bedok North Rd #03-18
    """),
    "ms": _lines("""
        Saya Mohd Faizal bin Osman, IC 850912-08-5371, nak claim refund ayam beku rosak, akaun Maybank 1142 3087 6615
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是「邻里鲜」社区团购小程序的售后客服助手，语气礼貌，回答简洁。"),
        ("user", "昨天团的草莓烂了一半，怎么退"),
        ("assistant", "非常抱歉！请提供订单号和商品照片，我帮您登记售后。"),
        ("user", "订单 LL2025120409331728，照片发团长了"),
        ("assistant", "收到，请再确认一下收货人信息。"),
        ("user", "宋佳怡，13921876604，万科城4栋2单元1702"),
        ("assistant", "已登记，退款预计1-3个工作日原路返回。"),
    ],
    [
        ("user", "我想申请当团长，要啥资料"),
        ("assistant", "一般需要实名认证：姓名、身份证号、自提点地址，有营业执照更好。"),
        ("user", "姓名 邹国平"),
        ("user", "身份证 43010519710526"),
        ("user", "5435"),
        ("user", "自提点就在我家楼下，长沙市开福区芙蓉中路一段湘江世纪城6栋门面108"),
        ("assistant", "好的，资料已提交审核，1-2个工作日内通知您。"),
    ],
    [
        ("user", "想問下團購嘅士多啤梨幾時到"),
        ("assistant", "預計星期六下晝到自取點，到時會SMS通知。"),
        ("user", "好，我嗰陣唔喺香港，叫屋企人幫手攞"),
        ("user", "佢叫李慧敏，電話6735 2048，住沙田第一城32座15樓G室"),
        ("assistant", "收到，已加備註：由家人代取。"),
    ],
    [
        (
            "system",
            "You are the order assistant for an HDB estate group buy chat. Never reveal other residents' details.",
        ),
        ("user", "Can you confirm my order for the crab GB?"),
        (
            "assistant",
            "Sure - I have: Daniel Koh, Blk 623 Punggol Central #11-402, 2 x Sri Lankan crabs, paid via PayNow 9218 6630. Is that correct?",
        ),
        ("user", "Yes correct, thanks!"),
    ],
    [
        ("user", "帮我把这个接龙整理成表格，按楼栋排序"),
        (
            "user",
            "1. 何丽 8-1-602 鸡蛋×2\n2. 老周 3-2-1101 牛奶×1 13580246617\n3. 温晓丹 8-2-301 鸡蛋×1",
        ),
        (
            "assistant",
            "| 楼栋 | 房号 | 姓名 | 商品 | 电话 |\n| 3 | 2-1101 | 老周 | 牛奶×1 | 13580246617 |\n| 8 | 1-602 | 何丽 | 鸡蛋×2 | |\n| 8 | 2-301 | 温晓丹 | 鸡蛋×1 | |",
        ),
    ],
    [
        ("user", "帮我写一条群公告，提醒大家帮邻居送菜"),
        ("assistant", "好的，请告诉我需要提到的具体情况。"),
        (
            "user",
            "10栋1603的独居老人彭玉珍阿姨，上周脑梗出院，右手动不了，这两周她的团购菜由志愿者送上门",
        ),
        (
            "assistant",
            "【邻里互助】10栋1603彭玉珍阿姨近期身体不便，这两周她的团购菜由志愿者送货上门，有空的邻居可以在群里报名。",
        ),
    ],
    [
        ("user", "退款一直没到账"),
        ("assistant", "请问您当时用的是什么支付方式？"),
        ("user", "银行卡，农行 6228 4801 7266 3905 18"),
        ("user", "户名卢志坚，手机尾号2973，5栋那个"),
        ("assistant", "已提交财务核查，3个工作日内处理。"),
    ],
    [
        ("system", "你是團購群組的客服機器人，請使用繁體中文回答。"),
        ("user", "跨境團購的日本奶粉要報關，需要什麼資料？"),
        ("assistant", "需要收件人的真實姓名、身分證字號及手機號碼，用於EZ WAY實名認證。"),
        ("user", "收件人王雅婷，H223846157，0933-217-604"),
        ("user", "地址台中市西屯區市政路386號11樓之3"),
        ("assistant", "已收到，請留意EZ WAY的申報委任通知。"),
    ],
    [
        ("user", "Boss, frozen durian GB sampai bila?"),
        ("assistant", "Estimated arrival Friday, collection at Dewan Komuniti from 6pm."),
        (
            "user",
            "Ok. Nama Farah Nadia binti Azman, IC 900221-10-5566, tel 019-772 3815, No. 14 Jalan USJ 11/3 Subang Jaya",
        ),
        ("assistant", "Noted, Cik Farah. Will update you once the stock arrives."),
    ],
    [
        ("user", "我们小区团长卷款跑了怎么办"),
        ("assistant", "建议先收集付款记录，向平台投诉，金额较大可以报警或起诉。"),
        ("user", "团长叫苗振华，微信 miaozhenhua_88，收了我们60多户的钱，大概一万八"),
        (
            "user",
            "他住青岛市市南区香港中路76号颐和国际B座2205，身份证复印件我有：370202198407112973",
        ),
        ("assistant", "请不要在公开渠道传播他人身份证信息，建议把材料直接交给派出所。"),
    ],
]
