# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh259: 简体中文 书法篆刻与书画培训（兴趣班报名、考级、刻章定制、书画展览与拍卖、学员群、作品寄售）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh259
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "招生通知"): _lines("""
        【暑期书法班招生】墨香书院2026年暑期少儿硬笔、软笔书法班开始报名，7月6日开课，每周二、四、六上午9:00-10:30，小班制每班不超过12人，咨询热线400-826-3175。
        成人楷书入门班（欧体《九成宫醴泉铭》）第18期招生：共16课时，学费1680元，含毛毡、字帖及练习纸，报名地址：杭州市西湖区南山路218号二楼前台。
        篆刻体验课每周日下午开设，学习执刀、印稿反书与白文、朱文基础刀法，每位学员课上完成一方青田石姓名章，材料费另收120元，年满10周岁即可报名。
        本机构已在上海市徐汇区教育局备案，办学许可证编号：教民131010470001234号，收费标准公示于前台，请家长通过官方公众号“墨缘书画”缴费，切勿向任何个人账户转账。
        国画花鸟班（小写意）秋季班9月12日开课，教材为《芥子园画传》及齐白石、吴昌硕虾蟹花卉范本，适合有一年以上基础的学员，学费2280元/学期。
        老年书法班特惠：凭65周岁以上老年证报名享八折，上课地点为朝阳区社区文化中心三层多功能厅，班车路线及时刻表请见附件，咨询电话010-6552-8830。
        因场地改造，原定8月3日开课的行书提高班调至8月10日，已缴费学员课时顺延，如需退费请于7月31日前凭收据到前台办理，给您带来不便敬请谅解。
        寒假集训营（隶书《曹全碑》专题）招生：5天共20课时，营期1月20日至24日，午餐由机构统一订餐，报名截止1月10日，名额满即止，早鸟价1980元。
        少儿书法启蒙课试听活动：本周六上午10点、下午3点两场，每场限8组家庭，请在小程序“书香课堂”预约，到场出示预约码即可，不接受现场报名。
        新加坡分校（牛车水史密斯街42号二楼）开设周末华文书法班，适合7至12岁学生，学费S$320/10堂，课程内容与本地小学华文课程衔接，详询 +65 6225 8790。
        吉隆坡书艺中心2026年第一季度课程表已出炉：周一楷书、周三行书、周五篆刻、周六国画山水，每堂两小时，学费RM180/月，报名请联系官方WhatsApp +60 3-2078 5521。
        【教师招聘】本院招聘兼职书法教师2名，要求书法学专业本科以上学历、持有教师资格证书，有少儿教学经验者优先，简历请发送至 hr@moxiangshuyuan.cn，邮件标题注明“应聘+科目”。
        开班须知：学员请自备毛笔一支（建议兼毫中楷）、墨汁一瓶（一得阁或曹素功均可）、毛边纸一刀，机构统一提供毛毡与笔洗，课后请自行清洗笔具并归位。
    """),
    ("zh-Hans", "考级常见问题"): _lines("""
        问：软笔书法考级共分几级？答：按社会艺术水平考级标准，软笔书法分为一至十级，一至三级为初级、四至六级为中级、七至十级为高级，可逐级或经评估跨级报考。
        问：考级报名需要提供哪些材料？答：需提供考生身份证件或户口本复印件、近期一寸免冠照片两张及报名表，由培训机构统一汇总提交，考生信息仅用于制作证书。
        问：一年可以报考几次？答：每年设春季（4月）和秋季（10月）两个考期，同一考期只能报考一个级别，跨级报考需提供上一级别证书或经考官现场评估。
        问：考试时长和纸张规格是多少？答：一至三级考试时长60分钟，使用四尺三开宣纸；四级及以上时长90分钟，使用四尺对开宣纸，考场统一发放，不得自带已写字的纸张。
        问：考级费用如何收取？答：一级至三级每级报名费260元，四至六级320元，七至十级420元，均含证书工本费，缴费后因个人原因缺考的不予退费。
        问：成绩何时公布？答：考后约45个工作日在考级中心官网公布，输入准考证号即可查询，证书由报名机构统一领取后发放，查询入口：https://kaoji.example.org.cn/score
        问：硬笔和软笔可以同时报考吗？答：可以，硬笔与软笔属于不同专业，可在同一考期分别报考，但两场考试时间可能冲突，请在报名时注明，以便考务老师安排场次。
        问：篆刻有考级吗？答：部分考级机构开设篆刻专业考级，考生需现场完成一方2厘米见方的印章并提交印蜕，考核内容包括篆法、章法和刀法三项，各占三分之一。
        考场规则第5条：考生须于开考前20分钟凭准考证入场，迟到超过15分钟不得入场，考试期间禁止使用手机、字帖及任何电子设备，违者取消本次考试资格。
        问：考级证书有什么用？答：考级证书是衡量业余书法水平的参考，部分地区中小学艺术特长评定会参考此证书，但并非升学加分的必要条件，具体以当地教育部门政策为准。
        2026年秋季考级安排：报名时间8月15日至9月20日；考试时间10月18日至19日；考点设在本机构教学楼三楼A、B两个考场，具体场次以准考证打印信息为准。
        问：考试内容可以自选吗？答：一至六级考生须从指定碑帖中选临，如颜真卿《多宝塔碑》、欧阳询《九成宫醴泉铭》、柳公权《玄秘塔碑》；七级以上须创作一件自作诗词书法作品。
        问：证书上的名字写错了能改吗？答：可以，请在成绩公布后30日内由报名机构提交更正申请及身份证明复印件，考级中心核实后重新制证，工本费50元。
    """),
    ("zh-Hans", "刻章价目表"): _lines("""
        【石印定制】青田石姓名章 2×2cm 手工刻 88元/方；3×3cm 128元/方；双面印加收60元；印文可选白文或朱文，篆法由刻印师傅设计后发稿确认。
        寿山石闲章（芙蓉石）2.5×2.5cm 手刻380元起，印文不超过6字，附送紫檀印盒一只，工期7-10个工作日，加急3天另收100元，节假日顺延。
        书画落款套章（姓名章+斋号章+引首章）三方组合价468元，适合书画初学者，下单时请备注需要刻的文字及字体偏好（小篆、缪篆、鸟虫篆）。
        SKU: SEAL-QT-2020-BW｜商品：青田石方章（白文）｜规格：20×20×60mm｜库存：136｜单价：¥88.00｜重量：65g｜发货地：浙江省温州市瓯海区
        注意：单位公章、财务章、合同章须凭营业执照及公安机关备案手续刻制，本店为艺术篆刻工作室，不承接任何单位公章、发票专用章业务，敬请理解。
        牛角章（水牛角）1.8cm圆章 机刻45元、手刻78元；黄杨木章35元；铜章（激光雕刻）120元，铜章仅提供机刻，下单前可提供数字印稿供审稿。
        仿刻说明：本店不提供仿刻古代名家或当代艺术家印章的服务，如吴昌硕“缶庐”、齐白石“白石翁”等印文一律不接单，学习临刻请选择教学用石。
        订单号 ZK20261107-0458 已完成印稿设计，印文：“上善若水”四字白文，请于48小时内在订单页面点击“确认印稿”，逾期默认确认并安排上刀。
        印泥价目：西泠印社朱砂印泥30g 168元、潜泉八宝印泥30g 320元、漳州丽华斋八宝印泥60g 680元，印泥怕晒怕冻，收到后请置于阴凉处保存。
        刻章工作室营业时间：周二至周日 10:00-19:00，周一休息；门店地址：苏州市姑苏区平江路128号（近大儒巷），工作室电话0512-6758-2209。
        邮寄说明：寿山石、青田石易碎，本店统一使用珍珠棉+木盒包装，顺丰快递发出，运单号在下单后48小时内更新到订单详情，如收到破损请拍开箱视频联系客服。
        企业礼品定制：刻字印章礼盒100套起订，每套含印章一方、印泥一盒、锦盒一只，单价198元起，可开具增值税专用发票，统一社会信用代码：91330106MA2KD3XY7P。
        自选印文示例：“宁静致远”“上善若水”“墨缘”“心远地自偏”“吉祥”等，亦可刻斋号，如“听雨轩”“半亩堂”，斋号请尽量避免与已故名家斋号重名。
    """),
    ("zh-Hans", "拍卖图录"): _lines("""
        Lot 1023 启功（1912-2005）行书七言诗 立轴 水墨纸本 99×46cm 钤印：启功之印、元白 估价：RMB 180,000-250,000 出版：《启功书法作品选》
        Lot 1024 吴昌硕（1844-1927）篆书石鼓文八言联 对联 水墨洒金笺 172×38cm×2 款识：集猎碣字 缶道人 无上款 估价：RMB 800,000-1,200,000
        Lot 1031 齐白石（1864-1957）虾 镜心 设色纸本 68×34cm 款识：白石老人 钤印：齐大 备注：附原装旧框及早年出版图录复印页 估价：RMB 1,500,000-2,000,000
        拍卖规则第14条：竞买人须于预展期间审看拍品原物，本公司对拍品之真伪及品质不承担瑕疵担保责任，成交价另加15%佣金，款项须在成交后7日内付清。
        预展时间：2026年11月20日至22日 9:00-18:00；预展地点：北京市朝阳区东三环北路8号亮马河大厦宴会厅；拍卖时间：11月23日上午10点“中国书画专场”。
        Lot 2008 沙孟海（1900-1992）行书“龙飞凤舞”横幅 水墨纸本 34×136cm 题识：乙丑秋日书于杭州 钤印：沙孟海印 估价：RMB 120,000-180,000
        Lot 2015 清 寿山田黄石薄意山水印章 3.2×3.2×6.1cm 重78.5g 印文：“长乐未央” 附：陈巨来刻印印蜕一纸 估价：RMB 300,000-500,000
        成交结果：本场中国书画专场共上拍286件，成交241件，成交率84.3%，总成交额RMB 3,862万元，其中Lot 1031齐白石《虾》以RMB 2,300,000落槌。
        竞买号牌办理：个人竞买人须出示有效身份证件并缴纳保证金RMB 50,000，号牌当场发放，未成交者保证金于拍卖结束后7个工作日内无息退还。
        Lot 3102 弘一（李叔同，1880-1942）楷书五言联“华枝春满 天心月圆” 立轴 水墨纸本 132×32cm×2 估价：RMB 600,000-900,000
        网络同步拍卖平台 https://auction.example.cn/live/2026autumn ，加价幅度：RMB 10,000-30,000 每次1,000；30,000-50,000 按2,000、5,000、8,000递增。
        图录订购：本期《中国书画》秋拍图录一套三册，定价380元，邮购请汇款至本公司对公账户：中国工商银行北京朝阳支行 0200 0014 0920 0123 456，注明“图录”。
        Lot 4056 黄宾虹（1865-1955）黄山汤口 立轴 设色纸本 89×41cm 款识：宾虹 钤印：黄宾虹 出版：《黄宾虹全集》第4卷第112页 估价：RMB 2,800,000-3,500,000
    """),
    ("zh-Hant", "展覽公告"): _lines("""
        【展覽預告】「筆墨春秋——香港當代書法篆刻展」將於2026年12月12日至18日在香港中央圖書館展覽館舉行，開放時間上午10時至晚上8時，免費入場。
        主辦單位：香港書法篆刻研究會；協辦：康樂及文化事務署；展出作品共一百二十件，涵蓋篆、隸、楷、行、草五體及篆刻印屏，歡迎學校團體預約導賞。
        澳門藝術博物館「金石書畫——澳門篆刻百年」專題展即日起至2027年3月1日，地址：澳門新口岸冼星海大馬路澳門文化中心，逢星期一休館，公眾假期照常開放。
        國立故宮博物院本季展出懷素《自敘帖》及蘇軾《寒食帖》高仿複製品，原件因保存需要不常展出，參觀前請至官網確認展期，團體導覽專線 (02) 2881-2021。
        本會第三十屆會員書法聯展徵件公告：每位會員限送作品一件，尺寸不超過四尺整張，請於11月30日前將作品裝裱後送達會址，逾期恕不受理，敬請見諒。
        展場須知：展品均屬私人或機構收藏，請勿觸摸、勿使用閃光燈拍攝，場內禁止飲食，大型背包請寄存於服務台，如需借用輪椅請洽展場工作人員。
        何創時書法藝術基金會「明清書法精品展」導覽場次：每週六、日下午2:30，每場約50分鐘，名額25人，請於基金會官網線上報名，地址及交通方式詳見官網。
        新加坡中華總商會三樓展廳將舉辦「墨韻獅城」書畫展，展期2026年10月3日至10月9日，開幕式於10月3日下午3時舉行，由主辦單位會長主持剪綵。
        展覽作品銷售說明：部分參展作品可供認購，價格請向服務台查詢，認購後須待展期結束方可取件，所得款項扣除百分之二十行政費後撥歸作者。
        開幕酒會流程：15:00 嘉賓簽到；15:30 主禮嘉賓致辭；15:45 剪綵；16:00 現場揮毫示範（行草、大字榜書）；17:00 自由參觀，敬請各位準時出席。
        「吳昌碩與海上畫派」公開講座：探討吳昌碩石鼓文書風對近代篆刻之影響，日期12月14日（星期日）下午3時，地點香港大學美術博物館演講廳，座位有限，先到先得。
        由於天文台發出颱風預警，原定本週六舉行之書法示範活動延期，新日期將於本會Facebook專頁及網站公佈，已登記人士無須重新報名，敬請留意。
        香港藝術館「虛白齋藏中國書畫」展廳重新開放，地址：九龍尖沙咀梳士巴利道10號，逢星期四休館（公眾假期除外），標準票價港幣十元，全日制學生半價。
    """),
    ("en", "consignment_terms"): _lines("""
        Consignment Terms v3.2: artworks accepted for consignment must be mounted or framed, come with a condition report, and stay on display for at least 90 days unless withdrawn with 14 days' written notice.
        Commission: the gallery retains 30% of the final sale price for calligraphy and ink paintings and 25% for carved seals; payment to the consignor is made within 30 days of the buyer's payment clearing.
        Pricing: the consignor sets the reserve; the gallery may suggest adjustments based on comparable sales, e.g. a four-chi (69 x 138 cm) running-script scroll by an emerging artist typically lists at SGD 800-2,400.
        Insurance: all consigned works are covered under the gallery's fine art policy (Policy No. FA-SG-2026-00418) while on the premises at 51 Waterloo Street, #02-07, Singapore 187969.
        Works attributed to deceased masters such as Qi Baishi, Wu Changshuo or Zhang Daqian are accepted only with a documented provenance and an authentication letter from a recognised institution.
        Unsold works: if a consigned piece has not sold after 180 days, the consignor will be asked to collect it within 30 days; uncollected works incur a storage fee of SGD 5 per piece per day.
        Photography: the gallery photographs each consigned work for its online catalogue and social media; image rights stay with the artist and every photo is credited as courtesy of the artist.
        Seal consignments: carved seals must come with a clear impression (yinlu) on xuan paper and the stone type stated (Shoushan, Qingtian, Changhua, Balin); chipped edges must be disclosed.
        Listing ID CSN-2026-0871 | Medium: ink on paper | Script: clerical (lishu) | Size: 34 x 136 cm | Status: On display | Price: SGD 1,280 | Framing: paulownia box included
        Payouts are made by bank transfer or PayNow to the account registered on the consignment agreement; the gallery never pays in cash and does not transfer proceeds to third parties.
        Kuala Lumpur branch: Lot 12, Jalan Tun H.S. Lee, 50000 Kuala Lumpur; consignment intake Tuesday and Thursday 11am-5pm; enquiries to consign@inkstonegallery.my or +60 3-2031 6640.
        The gallery reserves the right to decline any work that, in its reasonable opinion, is not authentic, has unclear ownership, or shows content that may breach local laws in Singapore or Malaysia.
        Invoice INV-2026-11-0193 issued by Inkstone Gallery Pte Ltd (UEN 201812345K): 1 x framed calligraphy, Heart Sutra in small regular script, SGD 2,680.00, GST 9% SGD 241.20, total SGD 2,921.20.
    """),
    ("mixed", "系统日志与配置"): _lines("""
        2026-11-07T09:14:22+08:00 INFO enroll-svc POST /api/v2/classes/KS-2026-Q4-018/enroll status=201 latency=87ms trace_id=9f2c4e1a7b3d4f60 seats_left=3
        2026-11-07 09:15:03 WARN payment-gw 微信支付回调重复通知 out_trade_no=MX202611070915030042 amount=1680.00 已幂等处理，返回SUCCESS
        config.yaml -> exam: {season: 2026-autumn, levels: [1,2,3,4,5,6,7,8,9,10], fee_cny: {1-3: 260, 4-6: 320, 7-10: 420}, paper_size: 四尺三开}
        [seal-designer] render job #55821 finished: font=xiaozhuan style=baiwen size=20x20mm text=墨缘 output=s3://seal-previews/2026/11/55821.png elapsed=2.4s
        SELECT class_code, COUNT(*) AS enrolled FROM enrollments WHERE term = '2026Q4' AND status = 'paid' GROUP BY class_code ORDER BY enrolled DESC LIMIT 20;
        ERROR auction-sync 2026-11-22 23:58:41 拍品同步失败 lot_id=1031 reason=image_size_exceeds_20MB retry=3/5 next_retry_at=2026-11-23T00:03:41+08:00
        .env.example: SMS_SIGN=墨香书院 SMS_TEMPLATE_ID=SMS_284610392 WECHAT_APPID=wx1234567890abcdef OSS_BUCKET=moxiang-artworks REGION=cn-hangzhou
        CREATE TABLE consignments (id BIGSERIAL PRIMARY KEY, artwork_title TEXT NOT NULL, medium VARCHAR(32), size_cm VARCHAR(32), reserve_cny NUMERIC(12,2), status VARCHAR(16) DEFAULT 'draft');
        seal_orders.csv 示例行：ZK20261107-0458,2026-11-07 10:22,SEAL-QT-2020-BW,上善若水,小篆,2x2cm,青田石,1,88.00,12.00,SF1402698533170,已发货
        cron: 0 3 * * * /opt/moxiang/bin/backup.sh --db enroll --target oss://moxiang-backup/daily --keep 30 >> /var/log/backup.log 2>&1
        2026-11-08 20:00:01 INFO notify-svc 课程提醒批量推送完成 template=class_reminder_v4 sent=1284 failed=3 failed_reason=openid_unsubscribed channel=wechat_mp
        git commit 3f9a2c7e1b: fix(exam): 考级报名截止时间按 Asia/Shanghai 时区计算，修复新加坡分校报名页提前8小时关闭的问题 (#412)
        HTTP 429 Too Many Requests from api.seal-preview.example.com, rate_limit=60/min, retry_after=35s, endpoint=/v1/render?font=miaozhuan&size=30
    """),
    ("zh-Hans", "员工群工作消息"): _lines("""
        【教务群】明早9点少儿软笔A班教室换到302，301空调维修师傅10点上门，麻烦前台早点开门，毛毡和笔洗我今晚已经搬过去了，大家上课前再确认一下。
        今天收到寄售作品11件，已经拍照编号JS-1126至JS-1136，装裱有两件起皱需要返工，清单放在共享盘“寄售/2026-11”文件夹，大家核对一下尺寸。
        提醒各位老师：考级报名系统本周五18:00关闭，还没提交的班级报名表请今晚前发到教务邮箱 jiaowu@moxiangshuyuan.cn，逾期系统不再接收。
        库存提醒：青田石2cm方章只剩23方，寿山芙蓉石3cm的已经断货，采购下周一去青田进货，这周有定制单的先跟客户说明工期顺延三天。
        拍卖预展布展分工：A区启功、沙孟海书法由书画组负责挂，B区印章玻璃柜由篆刻组负责，灯光公司下午2点到场调试，布展截至晚上8点。
        公众号今天的推文《王羲之〈兰亭序〉里的二十个“之”字》阅读量破3万了，评论区很多人问线上课，运营组明天把网课链接加到菜单栏里。
        财务通知：11月课时费统一在12月5日结算，请各位老师本月30日前在系统里核对课时记录，有出入的直接在工单里备注班级和日期，不要私信财务。
        周末书法进社区活动：地点是海淀区图书馆一层大厅，需要4位老师现场写春联，红纸和金墨已备好，有空的老师请在群里接龙报名，午饭机构统一订。
        刚刚有家长来电反映周六班教室太吵，查了一下是隔壁商铺装修，已经跟物业沟通，本周六上午暂停施工，前台请在各班家长群统一回复一下。
        展厅明天下午闭馆半天做消防检查，原定2点的篆刻体验课改到3号教室上，已通知报名学员，请篆刻组把刻刀、印床和印石提前搬过去。
        宣纸新到货：红星牌四尺单宣3刀、净皮四尺2刀，放在二楼仓库左侧货架，领用请在共享表格登记，请勿直接从展厅库存里拿，月底要盘点。
        网站后台显示本周新增报名67人，其中成人行书班已报满，已开启候补名单，候补超过15人就开第二个班，请教务排一下周三晚上的师资。
        拍卖公司那边确认Lot 1031齐白石《虾》撤拍，原因是鉴定意见还没出，图录勘误页今晚印出来，明早随图录一起派发给来宾。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        报名表：学员姓名 周子涵，性别 女，出生日期 2016-03-14，监护人 周建伟（父），联系电话 139 2718 4460，家庭住址：成都市武侯区玉林北路17号3栋2单元502，报名课程：少儿软笔启蒙班。
        考级报名信息：考生 何思远，身份证号 330106201105142314，报考级别 软笔五级，准考证号 ZJ2026A05-0318，报名机构 墨香书院。
        张老师您好，我是刘一诺的妈妈，孩子最近查出来有多动症，在吃药，上课坐不住请多担待，如果影响其他同学可以先让她在后排练字。
        群公告：王梓轩同学的爸爸上周因为经济纠纷被拘留了，家里情况特殊，这学期学费先缓交，请各位家长不要在群里议论。
        刻章订单备注：印文“赵秀兰印”白文，收件人赵秀兰，电话 158 6023 9187，地址 河北省石家庄市长安区建设北大街55号院8号楼1单元301。
        退费申请：学员陈浩然（成人行书班）因确诊胃癌需住院化疗，申请退还剩余12课时费用1260元，退款至建设银行卡 6217 0012 3456 7890 123，户名陈浩然。
        寄售协议：寄售人 林雅婷，身份证 350203198807152045，作品《秋山图》设色纸本 68×136cm，底价8000元，结算账户 招商银行 6225 8812 3456 7788。
        阿强，上次你借我的三千块什么时候还？书画展布展的钱我都垫了，老婆天天问，你别在学员群里装没看见。
        楼下书法班的孙阿姨说她上个月离婚了，房子判给了男方，现在一个人租住在新街口外大街那边，课也不想上了。
        学员档案：黄振宇，男，47岁，高血压三级、有脑梗病史，练字时如出现头晕请立即停止并联系其女儿黄婷婷 186 0571 3392。
        请前台今天下午回拨13800136621，是上周来咨询暑期班的那位家长，想约周六上午的试听课。
        老郑这次考级又没过，他跟我说退休金每月才2800，还要帮儿子还房贷，明年不打算再报了。
        微信转账记录：2026-11-06 14:32 向 毛笔字班-许老师（微信号 xu_moxiang1988）转账1680.00元，备注：许嘉怡 成人楷书第18期学费。
        快递单：寄件人 墨缘刻章工作室，收件人 钱梦洁 152 1096 8874，浙江省宁波市鄞州区天童南路588号钱湖人家小区12幢1703，顺丰 SF1402735591620。
        学员群里冯诗琪妈妈说：孩子爸爸一个月工资就七千多，国画班实在报不起了，能不能分期？我可以先交一半。
        课堂签到导出：2026-11-08,成人行书班,吴志明,13917265503,已签到,补课1次,备注：左手书写
        拍卖竞买登记：竞买人 邓国平，号牌 0826，身份证 440305196502283416，保证金5万元已从中国银行账户 6013 8206 0000 1234 567 转入。
        杨老师，我家欣怡怀孕四个月了，医生让她少久坐，周六的篆刻课先请假一个月，等胎稳了再来。
        投诉记录：2026年11月2日，家长曹丽娟（手机 135 6688 2109）投诉任课老师在课堂上推搡其儿子曹子墨，导致孩子左臂擦伤，已到儿童医院验伤。
        寄售结算明细：作者 韦振华 作品《兰亭序》临本 成交价 5200元，扣佣30%后应付 3640元，收款支付宝账号 weizhenhua66@163.com。
        车牌粤B·7K29M的车主请注意，您的车停在书画院门口消防通道，已影响布展车辆进出，请尽快挪车。
        备忘：刻章师傅蒋文博欠工作室两个月房租共9600元，说等年底书画展卖了作品再还，欠条在我抽屉里。
        报名回执｜姓名：潘若曦｜手机：17702136548｜邮箱：panruoxi_art@qq.com｜课程：国画山水提高班｜缴费：2280元｜发票抬头：个人
        书法班老学员马建国上周因肺癌去世，家属要求他的遗作在协会展厅展出后不出售，全部捐给区文化馆。
        刻章顾客留言：我叫田宇航，1995年6月出生，想刻一方“田宇航印”加一方生肖章（猪），寄到广州市天河区体育东路138号前台转交，电话13725804416。
        肖像授权书：家长 严家豪 同意机构在公众号使用其女儿 严梓萌（8岁，少儿软笔A班）的练字照片及作品照片，签字日期2026-09-01。
        昨晚书画店被盗，店主谢国栋报了警，监控拍到的是以前的学员卢伟，已经被派出所带走了，听说他在外面欠了二十多万网贷。
        老陈的银行卡号 6228 4801 2345 6789 012 农行，这个月课时费直接打这张卡，别走工作室对公账户了。
        考级成绩单：准考证号 ZJ2026A05-0318 何思远 软笔五级 不合格（章法42分，笔法38分），家长何立新申请复核，家中座机 0571-8765 2230。
        学员郭晓雯有抑郁症，最近情绪不太稳定，她姐姐嘱咐我们上课不要点名让她当众展示作品，请各位老师知悉并注意保密。
    """),
    "zh-Hant": _lines("""
        報名表：學員姓名 陳嘉欣，香港身份證號碼 K234567(6)，聯絡電話 9123 4876，住址：九龍觀塘協和街101號花園大廈B座12樓8室，報讀課程：成人篆刻初班。
        梁太話佢個仔梁浩賢最近確診自閉症，想問書法班有冇小班或者一對一，星期六上晝上堂，佢電話 6388 1024。
        寄賣協議：寄賣人 黃志強，身分證字號 F224187360，作品：行書中堂「寧靜致遠」，底價新臺幣 30,000 元，匯款帳號：臺灣銀行 004-123-45678-9。
        澳門書畫班學員何詠琪（澳門居民身份證 5215299(8)）因懷孕須暫停課程三個月，已提交醫生證明，學費保留至明年三月。
        林先生，閣下訂製的「林國榮印」及「守拙齋」兩方印已刻好，請於本週內到尖沙咀加連威老道店取件，或回覆住址以順豐寄出，如有疑問請致電 5567 2093 找我們。
        老師好，我是李美玲的先生，美玲上個月中風住院，右手暫時不能寫字，國畫班剩下的堂數可否轉給我們女兒李芷晴上？
        台北書法社學員通訊錄：吳佩珊｜0912-345-678｜peishan.wu1990@gmail.com｜台北市大安區和平東路二段96巷5號3樓｜楷書進階班
        拍賣成交確認：買家 張耀宗（號牌 C-1188），成交拍品 Lot 2015 壽山田黃印章，落槌價港幣 420,000，應付總額港幣 504,000，請於七日內付款。
    """),
    "en": _lines("""
        Student registration: Tan Wei Ling, NRIC S8834521E, mobile +65 9127 4408, 25 Jurong East Street 21, #08-112, Singapore 600025, enrolled in Saturday adult regular-script calligraphy.
        Hi teacher, this is Marcus Lim's mum. Marcus was diagnosed with dyslexia last month, so please be patient with his character copying; his therapist suggested shorter sessions.
        Consignor payout failed: payee Ng Boon Keat, Maybank account 1640 2234 5578, RM 1,860.00 for seal carving set KL-0419; bank rejected the transfer due to a name mismatch.
        Bidder: Evelyn Chua Siew Hoon, FIN G5129348M, paddle 312, deposit SGD 5,000 paid by card ending 4417, billing address 8 Holland Grove Road, Singapore 278798.
        Note from front desk: Mr. Rajesh Kumar called again about the refund; he says he lost his job in October and cannot pay the remaining SGD 640 for the ink painting course.
        From: david.ong.brush@gmail.com To: enquiry@inkstonegallery.sg Subject: seal order - please send both seals to my home at Blk 412 Bedok North Ave 2 #05-33, I won't be at the office next week.
        Attendance export row: 2026-11-09, Adult Xingshu, Chong Mei Fen, +60 12-338 4410, MyKad 880915-10-5524, paid RM180, remarks: asthmatic, keep windows open.
    """),
    "mixed": _lines("""
        新生资料：Jason Teo Jun Hao，NRIC T0512873G，parent 手机 +65 8234 5567，email teo.family88@gmail.com，报读 Junior Brush Calligraphy Level 2。
        老师，anak saya Nur Aisyah binti Rahman tak dapat hadir kelas khat Sabtu ini sebab demam denggi, masih di Hospital Selayang，谢谢。
        Order #ZK20261112-0733 收件人: Kelvin Chan 陳家樂, Flat 15C, Block 3, Laguna City, Kwun Tong, Kowloon, Tel 9876 5213, 印文「家樂」朱文 2cm.
        吉隆坡学员 Wong Kar Mun 的 MyKad 920418-14-6632，住址 No. 23, Jalan SS2/55, Petaling Jaya，she still owes RM 540 tuition since August，请财务跟进。
        FYI 篆刻班的 Alvin 说他 drink driving 被抓了，license suspended，以后星期三晚上来不了，叫我们别在群里讲。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是墨香书院的课程报名助手，负责解答课程问题并帮助家长填写报名信息。"),
        (
            "user",
            "我想给女儿报少儿软笔启蒙班，她叫许若彤，今年8岁，在杭州市西湖区文三路小学读二年级。我的手机是13651829047，周六上午有位置吗？",
        ),
        (
            "assistant",
            "您好！少儿软笔启蒙班周六上午9:00-10:30的班还有3个名额。我先为您登记：学员许若彤，8岁，联系电话13651829047。请问孩子之前有练过毛笔字吗？",
        ),
        ("user", "没有练过，不过她有点轻微弱视，坐得离黑板近一点比较好。"),
        (
            "assistant",
            "好的，我会在报名备注里写明需要安排前排座位，并提醒任课老师。报名确认后会有短信发到您的手机。",
        ),
    ],
    [
        (
            "user",
            "帮我写一条催款消息，发给学员马立强，他国画班的学费3200元拖了两个月了，之前说是做生意亏了钱。语气别太凶。",
        ),
        (
            "assistant",
            "马先生您好，打扰了。您报名的国画班学费3200元目前尚未结清，理解您近期生意上可能有些困难，如有需要可以和我们商量分期安排。方便的话请回复一下您的打算，谢谢！",
        ),
        ("user", "可以，再加一句如果月底前还不交就暂停上课。"),
        (
            "assistant",
            "马先生您好，打扰了。您报名的国画班学费3200元目前尚未结清，如有困难可以和我们商量分期。若本月底前仍未缴纳或沟通，课程将暂时停止，敬请谅解。谢谢！",
        ),
    ],
    [
        ("system", "你是香港一家篆刻工作室的客服助理，使用繁體中文回覆。"),
        (
            "user",
            "你好，我想訂一方印，印文係我個名「鄭詠欣」，要朱文，2.5cm，寄去沙田美林邨美桂樓1023室，電話 6172 3058。",
        ),
        (
            "assistant",
            "鄭小姐你好！已記錄：印文「鄭詠欣」朱文，2.5cm青田石，收件地址沙田美林邨美桂樓1023室，聯絡電話 6172 3058。印稿約三個工作天內以WhatsApp發給你確認。",
        ),
        ("user", "好，付款用FPS得唔得？"),
        (
            "assistant",
            "可以的，請轉數至本工作室FPS識別碼後，把付款截圖回傳給我們，我們收到後會安排刻製。",
        ),
    ],
    [
        (
            "system",
            "You are the consignment assistant for a calligraphy gallery in Singapore. Help artists prepare consignment forms.",
        ),
        (
            "user",
            "I'd like to consign three of my cursive-script scrolls. My name is Lim Hui Min, NRIC S7945120G, and I live at 36 Toh Tuck Road #03-11, Singapore 596709.",
        ),
        (
            "assistant",
            "Thank you, Ms Lim. I've noted your details for the consignment form. Could you tell me the size, medium and the reserve price you want for each scroll?",
        ),
        (
            "user",
            "All 69 x 138 cm ink on xuan paper, reserve SGD 900 each. Please pay me into DBS 028-4-561203 under my name.",
        ),
        (
            "assistant",
            "Noted: three scrolls, 69 x 138 cm, ink on xuan paper, reserve SGD 900 each, payouts to DBS 028-4-561203 in the name of Lim Hui Min. The gallery will email you the agreement to sign.",
        ),
    ],
    [
        (
            "system",
            "以下是学员资料，仅供任课老师参考：学员 石佳琪，女，12岁，患有1型糖尿病，随身携带胰岛素笔，家长 石振东 电话 13810426673。",
        ),
        ("user", "这个学生下周要参加三小时的书法集训，我需要注意什么？"),
        (
            "assistant",
            "建议每隔一小时安排休息，允许石佳琪随时吃点心或测血糖；教室里备好含糖饮料；如她出现出汗、发抖、头晕等低血糖症状，立即停下并联系家长石振东（13810426673）。",
        ),
        ("user", "好的，要不要告诉其他学生？"),
        ("assistant", "不建议在全班公开她的病情，只需让助教知情，并尊重孩子和家长的意愿。"),
    ],
    [
        (
            "user",
            "Saya nak daftar anak untuk kelas kaligrafi Cina di Johor Bahru. 孩子叫 Lee Zi Xuan，10岁，MyKad 160722-01-3348。",
        ),
        (
            "assistant",
            "Terima kasih! 我已记下：Lee Zi Xuan，10岁，MyKad 160722-01-3348。请问家长的联系号码和希望的上课时间？",
        ),
        (
            "user",
            "我的 WhatsApp 是 +60 17-765 2281，我叫 Lee Mei Ling，星期六下午比较方便。住 Taman Molek, Jalan Molek 2/8, No. 15。",
        ),
        (
            "assistant",
            "好的 Puan Lee，已为您登记星期六下午 2:30 的少儿班，确认信息会发送到 WhatsApp +60 17-765 2281。",
        ),
    ],
    [
        ("system", "你是一家拍卖公司的客服助手，协助客户办理竞买登记。"),
        (
            "user",
            "我要办竞买号牌，身份证号110108196203072514，名字叫孙德胜，保证金从工行卡6222 0202 0011 2233 445转。",
        ),
        (
            "assistant",
            "孙先生您好，已记录您的竞买登记信息：姓名孙德胜，身份证号110108196203072514，保证金转出账户工行6222 0202 0011 2233 445。请携带身份证原件于预展期间到现场领取号牌。",
        ),
        ("user", "我年纪大了眼睛不好，白内障刚做完手术，能不能电话委托竞投？"),
        (
            "assistant",
            "可以的，我们提供电话委托竞投服务，请填写委托竞投表并注明联系电话，拍卖当天会有专人致电与您确认出价。",
        ),
    ],
    [
        (
            "user",
            "我父亲吴德昌去年因肝癌去世，他生前在苏州教了三十年书法，我想给他办一个遗作展，帮我写一段前言。",
        ),
        (
            "assistant",
            "好的。可以先告诉我一些他的生平细节吗？比如擅长的书体、代表作或者对学生的影响，这样前言会更有温度。",
        ),
        (
            "user",
            "他擅长隶书，临了一辈子《张迁碑》，晚年化疗期间还坚持每天写字。展览定在苏州市姑苏区他老房子附近的社区文化中心。",
        ),
        (
            "assistant",
            "前言草稿：先父吴德昌先生一生寄情翰墨，尤精隶书，临习《张迁碑》数十年不辍。晚年病中化疗，犹日日展纸挥毫。今辑其遗墨于此，以慰先人，亦谢三十年来诸位学生与同道。",
        ),
    ],
    [
        (
            "system",
            "You are an assistant helping an art school administrator clean up spreadsheets.",
        ),
        (
            "user",
            "Sort these by class please: name,phone,class | Chen Jia Hui,+65 9345 2210,Seal Carving | Ahmad Faizal,+65 8123 9087,Brush Basics | Siti Norhaliza,+65 9011 3456,Seal Carving",
        ),
        (
            "assistant",
            "Sorted by class: name,phone,class | Ahmad Faizal,+65 8123 9087,Brush Basics | Chen Jia Hui,+65 9345 2210,Seal Carving | Siti Norhaliza,+65 9011 3456,Seal Carving",
        ),
        ("user", "Thanks. Also mark that Chen Jia Hui hasn't paid for October."),
        (
            "assistant",
            "Done: Chen Jia Hui (+65 9345 2210, Seal Carving) is flagged as unpaid for October.",
        ),
    ],
    [
        (
            "system",
            "你是墨缘刻章工作室的订单查询助手，可以读取订单系统。订单 ZK20261118-0921：收件人 邱振宇，手机 18912673305，地址 南京市鼓楼区草场门大街101号6栋402，印文“邱振宇印”白文，状态：已发货，顺丰 SF1402786640219。",
        ),
        ("user", "帮我查一下订单ZK20261118-0921到哪了。"),
        (
            "assistant",
            "查询到订单ZK20261118-0921：收件人邱振宇，收件地址南京市鼓楼区草场门大街101号6栋402，印文“邱振宇印”白文，已由顺丰SF1402786640219发出，预计明天送达。",
        ),
        ("user", "地址改一下，我这周在公司，改成南京市玄武区珠江路88号前台。"),
        (
            "assistant",
            "已为您提交改址申请：新地址为南京市玄武区珠江路88号前台，收件人邱振宇，手机18912673305不变。顺丰确认后会短信通知您。",
        ),
    ],
]
