# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh173: cemetery and columbarium management (plots, reburial, Qingming bookings, fees, family disputes). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh173
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "notice"): _lines("""
        【清明祭扫公告】2025年清明期间（3月29日至4月6日）本园实行预约入园，请通过「南山福寿陵园」微信公众号提前三天预约，每个墓位每日限预约2人次。
        为落实文明祭扫，园区内禁止焚烧纸钱、燃放鞭炮，园方在各入口免费提供鲜花，数量有限，发完即止。
        关于缴纳墓位维护管理费的通知：凡2005年以前购置的墓位，20年使用期已届满或即将届满，请墓位持证人携带《墓位使用证》原件到服务中心办理续期手续。
        温馨提示：清明当日地铁3号线延长运营，园区至地铁站摆渡车每15分钟一班，首班6:30，末班17:00。
        骨灰堂B座三楼因消防改造，3月10日至3月20日暂停开放，已寄存骨灰的家属如需祭拜请至一楼临时祭扫厅。
        根据《殡葬管理条例》，禁止在公墓和农村公益性墓地以外的耕地、林地建造坟墓，违规私建的由民政部门责令限期改正。
        迁葬（起灵）服务须提前7个工作日预约，由园区专业人员操作，家属不得自行开启墓穴。
        本园生态葬区（树葬、花坛葬、草坪葬）对本市户籍居民免费，名额每年两批，具体以区民政局公告为准。
        墓碑刻字、描金、补字统一由园区石材部承接，外来石匠一律不得进园施工。
        服务中心办公时间：周一至周日 8:30-16:30，节假日不休息；咨询电话 0571-8653 2200（工作时间），投诉电话 0571-8653 2219。
        2025年度管理费标准：单穴墓每年120元，双穴墓每年180元，壁葬格位每年60元，可一次性预缴10年。
        冬至祭扫高峰期间，南门仅供步行进入，自驾车辆请停放至P2停车场（收费5元/次）。
        寄存到期提醒：骨灰寄存期满未续存且联系不上家属的，园方将在公告期满90天后按规定集中安置。
        特此公告：本园从未委托任何第三方电话推销「升值墓位」「投资型墓位」，请广大市民谨防以投资名义实施的墓位诈骗。
        代客祭扫服务：园区工作人员代为清洁墓碑、献花、默哀并拍摄视频发送给委托家属，收费200元/次。
        烈士陵园清明期间对公众开放，团体悼念活动请提前与陵园管理处联系，悼念时请保持肃静。
    """),
    ("zh-Hans", "faq"): _lines("""
        请问父母合葬需要准备哪些材料？一般需要火化证明、墓位使用证、申请人身份证明以及与逝者的关系证明。
        外地户口可以在本市公墓买墓位吗？大部分经营性公墓不限户籍，但部分公益性公墓只面向本地居民。
        墓位使用年限到了不续费会怎么样？会不会被直接挖掉？
        迁坟要挑日子吗？家里老人很在意这个，有没有比较科学的说法？
        从老家农村把爷爷的坟迁到城里公墓，需要办哪些手续，要不要村委会开证明？
        骨灰可以一直放在自己家里吗？法律上有没有限制？
        墓位使用证丢了怎么补办？通常需要登报声明作废，再凭身份证明到陵园办理补证。
        兄弟姐妹对父母墓位怎么处理意见不一致，法律上墓位使用权到底归谁？
        管理费一次交20年和每年交一次，哪个更划算？中途陵园倒闭了怎么办？
        海葬怎么报名？很多城市的海葬由民政部门统一组织，并对参加的家庭给予一次性补贴。
        清明没有预约上，当天可以直接去吗？会不会被拦在门口？
        买墓位时销售说「朝南」「靠水」的位置要加钱，这个合理吗？
        异地迁葬时骨灰可以坐高铁随身带吗？一般需要随身携带火化证明，骨灰盒要妥善包装。
        公益性公墓和经营性公墓有什么区别？价格差多少？
        寿穴（生前预购墓位）现在还能买吗？听说好多地方已经明确禁止炒卖寿穴了。
        墓碑上可以刻二维码吗？就是扫码能看到老人生平和照片的那种。
    """),
    ("zh-Hans", "records"): _lines("""
        预约成功｜预约单号 QM2504040817｜日期 2025-04-04｜时段 08:00-10:00｜入园口 北门｜人数 2
        墓位信息：福寿区 A3 排 12 号 07，占地 0.8 ㎡，黑金沙碑，售价 ¥68,800（含20年管理费）
        收据 No. 0037215，项目：墓位管理费（2025-2034），金额：1,200.00 元，收款方式：扫码支付
        交易流水号 4200002417202504031530218847，商户：南山福寿陵园服务中心，金额 ¥180.00
        合同编号 NSFS-2024-HT-00317，墓型：双穴立碑墓，付款方式：全款，销售渠道：门店
        工单 #88231：C区排水沟堵塞，雨后积水漫到第5排，已派维修组处理，预计周五完工。
        骨灰寄存格位编号 B-3F-12-045，寄存期 3 年，到期日 2027-06-30，状态：已缴费
        清明期间预约统计：3月29日 8,412 人次，3月30日 11,207 人次，4月4日峰值 19,856 人次。
        石材报价单：芝麻灰碑 3,800 元，山西黑 6,500 元，印度红 5,200 元，刻字 8 元/字，描金 3 元/字
        南山福寿陵园 地址：杭州市萧山区福寿路 88 号 邮编 311200（园区办公地址，非邮寄骨灰地址）
        发票号码 25332000000012847361，开票日期 2025-03-18，项目名称：*生活服务*殡葬服务费
        迁葬作业单 QZ-250312-06：起灵时间 3月12日 9:00，作业人员 2 名，车辆：园区灵车 3 号，状态：已完成
        扫码祭扫凭证 ID：8f3a9c2e-51b7-4d0e-9a6e-0c7d2b184f55（当日一次性有效）
        墓区平面图 v2.3（2024-11 更新）：A-F 区为传统立碑墓，G 区为壁葬，H 区为树葬，J 区在建。
        年度管理费催缴汇总：应缴 3,218 户，已缴 2,604 户，逾期 614 户，其中逾期超过3年的 87 户。
        碑文样稿：先考□□□ 先妣□□□ 之墓 / 孝男□□ 孝女□□ 敬立 / 公元二〇二五年清明
        墓位使用证（空白样张）：持证人________ 身份证号__________________ 墓位号________ 有效期至____年__月__日
    """),
    ("zh-Hans", "history"): _lines("""
        中山陵位于南京紫金山南麓，1929年6月1日孙中山先生灵柩奉安于此。
        鲁迅先生1936年逝世后安葬于上海万国公墓，1956年迁葬至虹口公园（今鲁迅公园）。
        宋庆龄陵园前身为万国公墓，宋庆龄1981年逝世后安葬在宋氏墓地，与父母墓并列。
        梅兰芳墓位于北京西山脚下的万花山，每年清明都有戏迷自发前往献花。
        八宝山革命公墓安葬有任弼时等革命先辈，是全国重点烈士纪念建筑物保护单位。
        杭州岳王庙内有岳飞墓，墓前跪着秦桧等四人的铁铸像。
        邓丽君1995年逝世，安葬于台湾新北市金宝山的筠园，至今每年仍有歌迷前往祭扫。
        张国荣的骨灰安放在香港沙田宝福山，每逢忌日都有影迷献花。
        明孝陵是明太祖朱元璋与马皇后的合葬陵墓，2003年作为明清皇家陵寝的扩展项目列入世界文化遗产。
        《红楼梦》中秦可卿托梦王熙凤，劝她趁盛时在祖茔附近多置田庄房舍，以备家族败落后仍可供祭祀。
        上海福寿园以人文纪念公园著称，园内设有多位文化名人的纪念雕塑，是殡葬改革的典型案例。
        王羲之墓相传位于浙江嵊州金庭观附近，当地每年举办书圣祭祀活动。
    """),
    ("zh-Hant", "notice"): _lines("""
        食物環境衞生署公眾骨灰龕位採用電腦隨機抽籤編配，申請人須為先人的直系親屬或合法遺產代理人。
        清明節及重陽節期間，和合石及沙嶺墳場一帶實施交通管制，市民應盡量乘搭公共交通工具前往。
        根據《私營骨灰安置所條例》（第630章），未獲發牌照的私營骨灰安置所不得出售龕位或新增安放骨灰。
        綠色殯葬：市民可選擇在食環署轄下紀念花園撒放骨灰，或申請海上撒灰服務，兩者均免費。
        網上追思服務平台讓市民隨時隨地為先人建立紀念網頁，毋須親身前往墳場。
        臺北市殯葬管理處提醒民眾，清明掃墓請錯開連假高峰，並可多加利用線上祭祀服務。
        本塔位管理費每年新臺幣 1,200 元，可一次繳清十年，逾期未繳者暫停晉塔及換位服務。
        樹葬區不設墓碑、不立標記，骨灰以可分解容器植存，植存後不得要求撿拾或遷出。
        問：祖先牌位與骨灰可以放在同一個塔位嗎？答：部分納骨塔設有「牌位加骨灰」合一的家族位，收費另計。
        撿骨（拾骨）一般在土葬後七年左右進行，須委託合格業者並向公所申請起掘許可。
        墳場管理辦事處開放時間：上午七時至下午六時；清明、重陽期間延長至晚上七時。
        龕位編號 WHS-N5-07-112，雙人龕，狀態：已編配，待安放；收據編號 FEHD-CL-2025-018342。
        骨灰龕場內嚴禁焚燒衣紙，請使用指定化寶爐，並於離開前帶走祭品。
        本公司不會以電話要求閣下轉賬繳交「龕位升級費」，如有懷疑請致電 18222 防騙易熱線查詢。
    """),
    ("en", "policy"): _lines("""
        NEA-managed columbaria include Mandai, Choa Chu Kang and Yishun; niches are applied for online and the niche fee is payable upfront.
        Under the 15-year burial policy, graves at Choa Chu Kang Cemetery are exhumed after 15 years and the remains cremated or reinterred.
        Visiting hours during Qing Ming: gates open 7am to 7pm; shuttle buses run from the MRT station every 10 minutes.
        How do I transfer a niche licence to another family member after the original applicant has passed away?
        Reminder: annual maintenance fees for perpetual-care plots are invoiced in January and can be paid by GIRO, PayNow (company UEN) or at the office counter.
        Receipt ref. MC-2025-004817 | Item: niche plaque engraving, 24 characters | Amount: S$168.00 | Status: Paid
        Karl Marx is buried at Highgate Cemetery in London; his tomb is a Grade I listed monument.
        Bruce Lee and his son Brandon Lee are buried side by side at Lake View Cemetery in Seattle.
        Is it legal to scatter ashes at sea in Hong Kong, and do I need a permit for it?
        In Dickens' Great Expectations, Pip first meets Magwitch in the churchyard where his parents lie buried.
        Disinterment requests must be submitted at least 14 working days before the proposed date, with a copy of the burial permit and written consent of all next of kin.
        Family disputes over who controls a burial plot are common; most operators require every registered owner to sign before any transfer or exhumation.
        Plot ID: SEC-F / ROW-14 / NO-22, double depth, status: reserved, deposit invoice INV-40217, balance due 2025-08-31.
        Sunrise Memorial Park office: +60 3-8736 2211 (Mon-Sat, 9am-5pm); niche viewing by appointment only.
    """),
    ("mixed", "ops"): _lines("""
        SELECT plot_id, holder_id, due_date FROM mgmt_fee WHERE status = 'OVERDUE' AND due_date < CURRENT_DATE - INTERVAL '3 years';
        reminder_job: { cron: "0 9 1 * *", template: "fee_overdue_v3", channel: "sms", batch_size: 500 }
        2025-04-04 07:58:12 INFO gate=N2 scanned=1842 booking_ok=1831 rejected=11 (expired_qr=9, wrong_date=2)
        清明值班群：明早 6:00 北门集合，志愿者穿红马甲，鲜花点 3 个，垃圾车 10 点、14 点各清运一次。
        @全体成员 今天下午3点碑文校对会，石材部、销售部各来一人，带上本周的刻字单。
        预约小程序 v3.4.1 已上线，修复了「同一墓位重复预约」和「时段显示错乱」两个 bug。
        Qing Ming booking API: POST /api/v2/bookings {plot_code, date, slot, visitors} -> 201 Created / 409 Slot full
        管理费 overdue 短信模板：【{陵园名称}】尊敬的{持证人姓名}，您名下墓位{墓位号}管理费已逾期{月数}个月，请于{截止日期}前缴纳。
        迁葬 checklist：☐火化证明 ☐墓位使用证 ☐委托书（如代办）☐新墓位合同 ☐运输车辆预约
        export: plots_2025Q1.csv, rows=12480, sha256=3b7e1f0c9a2d4e68b5c1f7a90d3e2b6c4f8a1d0e9b7c5a3f2e1d0c9b8a7f6e5d
        销售周报：本周成交 17 单，其中双穴墓 11 单、壁葬 4 单、树葬 2 单，客单价 ¥52,300。
        骨灰堂温湿度告警：B座3F 湿度 82%（阈值 75%），已开启除湿机，请巡检员 30 分钟后复测。
        Staff reminder：请勿在工作群转发家属的身份证照片，所有证件一律上传到档案系统，群内只说单号。
        Family dispute SOP：双方意见不一致时，暂停一切迁葬、改碑操作，书面告知各方，等待协商一致或法院生效判决。
        客诉月报：3 月共受理投诉 23 件，其中墓碑施工损坏 6 件、管理费争议 9 件、家属内部纠纷 5 件、其他 3 件，已全部回访。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        墓位购买登记表｜购买人：王建国｜身份证号：11010519680314931X｜手机：139 1024 7785｜墓位：福寿区A3-12-07｜逝者：王德福（父）
        迁葬申请：申请人刘美华（逝者之女），身份证 310104197509228768，拟将母亲骨灰由宝山区一处老公墓迁至本园，联系电话 18621937764。
        【管理费催缴】尊敬的陈志强先生，您名下墓位 C区-05-18 管理费已逾期 26 个月，累计欠费 2,340 元，请于 6 月 30 日前缴清，否则将按规定公告处理。
        清明预约名单 4/4 08:00-10:00：赵丽萍 138****2915 2人；孙海涛 15967321048 3人 车牌浙A·7K3M9；周玉兰 186 5730 2241 1人
        值班记录：下午两点张卫东（墓主长子）到服务中心吵闹，称其弟张卫平未经他同意私自把母亲骨灰迁走，要求调监控，已报派出所。
        退款申请：因家属协商一致改选海葬，原墓位定金 5,000 元退回至申请人 黄淑芬 农业银行卡 6228 4826 8906 5336 172。
        骨灰寄存续存：寄存人 林国栋，电话 137 5926 4108，住址 厦门市思明区莲前西路 218 号 603 室，续存 3 年，费用已付。
        李桂香阿姨（72岁，独居，就住园区对面新村14栋）每周都来给老伴扫墓，最近走路不稳，门卫说上周她在台阶上摔了一跤。
        合葬办理：申请人 吴建平，身份证 330106195901180217，申请将母亲郑秀珍骨灰与父亲合葬于原墓位，碑文需加刻。
        @何晓明 你家那个墓位的管理费我上个月就垫了，1800，你到现在一分没转给我，别装没看见。
        客服工单 #20250317-041：客户 马丽娟 来电反映购墓时销售员口头承诺赠送刻字，签约后又被收费 680 元，要求退还。回拨号码 15802173396。
        代客祭扫订单：委托人 Zhou Yifan（现居美国），微信号 zyf_la1988，代扫墓位 H区树葬 0231，每年清明、冬至各一次。
        迁出证明：兹证明 杨春生（身份证 420106196508055619）之父杨德厚骨灰已于 2025 年 3 月 12 日自本园 D 区迁出。
        纠纷调解笔录：甲方 许文斌，乙方 许文静（兄妹），争议事项：父亲墓位使用证持证人变更。许文斌称已全额出资 4.8 万元，许文静称出资单据系伪造。
        骨灰堂访客登记 2025-04-05 09:12｜郭志刚｜身份证后四位 8411｜手机 13696025518｜祭拜格位 B-2F-08-033
        墓位转让：原持证人 韩雪梅（身份证 120103195310022083）自愿将墓位 A1-03-09 使用权转让给外甥韩斌，已办理公证。
        短信发送失败清单：罗建华 13905718826（空号）、唐秀英 18968042217（停机）、谢永福 15157139902（关机）
        家属留言：我是11排6号潘阿婆的女儿潘丽，我妈墓碑上的字掉金了，麻烦帮忙补一下，我电话 177 0571 3368，下周六过来付钱。
        业务员提成表（3月）：销售顾问 邓凯 成交 6 单 提成 14,220 元；销售顾问 冯晓燕 成交 2 单 提成 3,860 元，试用期考核未通过。
        投诉：贵园保安马德胜清明当天对我父亲（82岁，坐轮椅）态度恶劣，还推搡轮椅，要求严肃处理。投诉人：宋雅琴，电话 18357102264。
        生前预购墓位登记：购买人 夏立军、蒋红 夫妇，身份证号 51010719880211105X / 440305198607234820，住址 成都市武侯区科华北路 66 号 2 栋 1102。
        律师函：受彭建军先生委托，就其继母钟慧兰擅自在其父墓碑上加刻本人姓名一事，要求贵园于 15 日内恢复原碑文。
        海葬报名表｜姓名：袁丽君｜与逝者关系：女儿｜手机：13357120486｜随行家属：4 人｜身份证：330102196304152268
        预约系统备注：董振华每次都要求停北门第一个车位，车牌苏A 5D8K2，腿脚不便（持残疾证）。
        管理费代缴：熊海燕通过工商银行卡 6222 0272 9168 4617 705 代其舅舅缴纳 2025-2034 年管理费 1,200 元。
        陆先生您好，您订的黑金沙墓碑已到货，刻字请再确认：先考陆永年之墓，孝子陆伟、陆强敬立。（回复至陆伟 13816270945）
        家属纠纷记录 12/03：墓主二女儿蔡红（电话 139 6812 4457）不同意大哥把父亲的坟迁回湖南老家，表示若园方配合起灵将起诉园方。
        东区7排那个欠费十年的，持证人叶国强，户籍地址沈阳市和平区南京南街 29 号 3-2-1，挂号信被退回了，要不要走公告？
        清明错峰改签：原预约人 高志远 手机 18705718812，改签至 4 月 8 日 14:00-16:00，改签原因：本人胃癌术后住院。
        购墓分期：付款人 田静，招商银行卡 6225 8856 8152 4716，首付 20,000 元，余款分 12 期每期 3,900 元，已逾期 2 期。
    """),
    "zh-Hant": _lines("""
        龕位申請表｜申請人：陳家豪｜香港身份證：K482613(2)｜與先人關係：兒子｜聯絡電話：9136 2875｜地址：九龍觀塘協和街 101 號 12 樓 B 室
        李太（李陳美玲）話佢老爺嘅龕位管理費一直係小叔李志偉交，而家小叔移咗民，叫我哋直接 WhatsApp 佢 +852 6218 4739。
        林淑華女士您好，您於本塔認購之家族位（編號 F-3-118）尚有尾款新臺幣 86,000 元未繳，請於 5 月 31 日前匯款，如有疑問請回電 0912-385-046 與您確認。
        起掘許可申請：申請人 黃志明，身分證統一編號 A128367401，申請起掘其祖父墓（新北市公墓第八區），預定 113 年 4 月撿骨。
        撿骨師傅蘇文雄，手機 0928-517-330，上次幫我們家撿骨收了三萬六，人很老實，推薦給你。
        張美玲（身分證 F225190834）與其兄張志成就母親塔位使用權發生爭執，雙方均持有繳費收據，管理處暫停該塔位任何異動。
        投訴個案：何偉強先生（電話 6482 1057，HKID R719204(4)）指管理公司擅自將其父龕位移至另一層，要求賠償及書面道歉。
        清明拜山：阿芬（鄭淑芬）、佢老公同兩個仔，星期六朝早7點喺沙田站B出口等，揸嗰架車牌 NV 3287。
    """),
    "en": _lines("""
        Niche booking confirmation - Applicant: TAN WEI LING, NRIC S7342816E, mobile 9127 4063, Mandai Block 5, Level 3, niche 1187, for her late father.
        Dear Mr Rajesh s/o Krishnan, the annual upkeep fee of S$240 for plot B-14-22 is now 8 months overdue. (sent to rajesh.krishnan71@gmail.com)
        Exhumation consent signed by next of kin: (1) Lim Boon Huat, FIN G5536918L; (2) Lim Jun Hao (grandson), NRIC T0218457A.
        Aunt Mei Ling refuses to sign the plot transfer because she says my brother Daniel Ong still owes her $3,000 from Grandma's funeral. Daniel's number is 8264 1930 if you want to reach him.
        Complaint log 12/04: Mr Harold D'Souza (about 70) reported that his wife's urn on Level 2 was put in the wrong niche; he visits every Sunday and was very distressed. Contact +65 9381 6620.
        Warning letter issued to caretaker Ahmad Faizal bin Rosli, found asleep in the columbarium office during the night shift on 3 April.
        Refund of RM 350.00 for cancelled Qing Ming prayer package to card 4563 5116 3655 6307, cardholder LEE CHUI YEE, mobile 012-338 7416.
    """),
    "mixed": _lines("""
        客户 Jason Wong 王志杰，HK mobile 5427 9063，想把外婆的骨灰从香港移到深圳的陵园，需要我们出具接收证明，email: jasonwongcz@outlook.com
        晚上好～我是Wendy，我爸叫 Chen Guoliang 陈国良，他的墓位管理费我想用信用卡一次交10年，卡号 5187 1086 1846 8115，exp 09/28。
        Pls note 家屬 Kelvin Lau 劉家樂 is the only authorised contact for niche A-12-033，其他兄弟姊妹打嚟都唔好透露資料。His mobile: 9736 4102.
        Booking ref QM-0404-221 | 姓名: 蔡丽丽 CAI LILI | pax 3 | car: 沪C 2Q7X8 | remark: 孕妇，需轮椅
        台灣客戶 黃建宏 Henry，身分證 B140277354，想在大陆买双穴墓给父母预留，LINE ID: henryhuang0923，台胞证号码待补。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是陵园服务中心的文书助手，帮助工作人员起草通知和函件。"),
        (
            "user",
            "帮我写一封管理费催缴函，收件人叫孟庆华，地址是青岛市市南区香港中路 72 号 5 单元 302，他的墓位 E区-11-04 欠了 5 年管理费共 900 元。",
        ),
        (
            "assistant",
            "孟庆华先生：您好！您在本园的墓位（E区-11-04）自 2020 年起管理费未缴，累计 900 元。请于 30 日内到服务中心或通过公众号缴纳。如有困难可申请分期。南山福寿陵园服务中心",
        ),
        ("user", "再加一句，他身份证是 370202199211192558，上次来办事登记的，写上方便他核对。"),
    ],
    [
        ("user", "我哥要把我爸的骨灰从杭州迁回安徽老家，我和我妈都不同意，他能自己去陵园办吗？"),
        (
            "assistant",
            "一般情况下，陵园办理迁出需要墓位使用证持证人申请，并往往要求其他直系亲属同意。建议先确认持证人是谁，如有争议可书面通知陵园暂停办理。",
        ),
        (
            "user",
            "持证人是我妈沈月娥。我哥叫沈志勇，手机 15968157730，他说已经找好人下周三去起坟了，我该怎么跟陵园说？",
        ),
        (
            "assistant",
            "可以由您母亲沈月娥本人携带身份证和墓位使用证到陵园，书面声明未经她同意不得办理迁出，并要求陵园留存记录。",
        ),
    ],
    [
        ("system", "You are the booking assistant for a columbarium in Singapore."),
        (
            "user",
            "Hi, I want to apply for a niche next to my late mum's. Her niche is Block 3, Level 2, 0456.",
        ),
        ("assistant", "Sure. Please provide the applicant's full name, NRIC and a contact number."),
        ("user", "Ong Siew Hoon, S6817203I, 9648 2375. I'm her eldest daughter."),
    ],
    [
        ("user", "我想幫阿爸申請食環署個龕位，要準備啲咩？"),
        (
            "assistant",
            "一般需要先人的死亡登記證明、火化許可證，以及申請人的身份證明文件和與先人關係的證明。",
        ),
        (
            "user",
            "好，我叫梁嘉慧，身份證 Y305917(9)，住屯門友愛邨愛勇樓 1508 室，電話 6375 9012，你幫我填好張表先。",
        ),
    ],
    [
        ("system", "你是某陵园清明预约客服机器人，只收集预约必需信息。"),
        ("user", "我要预约4月5号上午去扫墓，墓位是G区壁葬 3-118"),
        ("assistant", "好的，请提供预约人姓名、手机号和随行人数。"),
        ("user", "姜文涛，13575418926，3个人，开车去，车牌浙A·3G7L2"),
        (
            "assistant",
            "已为姜文涛预约 4 月 5 日 08:00-10:00 时段，G区壁葬 3-118，3 人，车牌浙A·3G7L2，请凭短信二维码入园。",
        ),
    ],
    [
        (
            "user",
            "帮我把这段值班记录整理成正式的事件报告，语气客观一点：今天上午九点多，卢红霞和她老公曹军来给她爸扫墓，正好碰到她弟媳范敏也在，两个人为墓碑上要不要刻范敏的名字吵起来了，曹军动手推了范敏，范敏说要去医院验伤，已经报警。",
        ),
        (
            "assistant",
            "事件报告：当日上午9时许，家属卢红霞、曹军夫妇与范敏在墓位前因碑文加刻姓名问题发生争执，期间曹军推搡范敏。范敏表示将前往医院验伤，现场已报警处理。",
        ),
    ],
    [
        (
            "user",
            "Can you help me write a polite email to my brother about splitting the cemetery fees for Dad's plot?",
        ),
        ("assistant", "Of course. Who is it going to, and what amounts are involved?"),
        (
            "user",
            "My brother is Marcus Goh, marcus.goh.sg@gmail.com. The maintenance fee is S$1,800 for 10 years; I paid it all in March. He also still hasn't paid back the S$2,500 for the headstone. I'm Rachel Goh.",
        ),
        (
            "assistant",
            "Hi Marcus, I hope you're well. In March I paid the S$1,800 ten-year maintenance fee for Dad's plot, and the S$2,500 for the headstone is still outstanding. Could we split these equally? Thanks, Rachel",
        ),
    ],
    [
        ("user", "請問台灣的納骨塔位可以轉讓給親戚嗎？"),
        (
            "assistant",
            "多數私立納骨塔允許在繳清費用後辦理使用權轉讓，需雙方簽署轉讓書並持身分證至管理處辦理，部分業者會收取手續費。",
        ),
        (
            "user",
            "我是吳宗翰，身分證 H120945375，塔位登記在我名下，要轉給我表妹蔡佩珊，他身分證 E228731603，電話 0935-226-718，轉讓書要怎麼寫？",
        ),
    ],
    [
        ("system", "You are a customer support agent for a memorial park in Selangor."),
        (
            "user",
            "hi i bought a family niche last year under my name, want to change the contact person to my sister",
        ),
        (
            "assistant",
            "No problem. May I have the purchaser's name and MyKad number for verification?",
        ),
        (
            "user",
            "chong kah meng, 780412-10-5233. sister is Chong Mei Fong 650923-07-5018, her hp 016-552 0938",
        ),
        (
            "assistant",
            "Thank you, Mr Chong. We will update the contact person to Ms Chong Mei Fong and send a confirmation SMS to 016-552 0938.",
        ),
    ],
    [
        ("user", "迁葬退款要填收款账户，格式怎么写？"),
        ("assistant", "一般写收款人姓名、开户行、卡号即可，收款人应与申请人一致。"),
        (
            "user",
            "那我填：收款人 邱宏伟，建设银行 6217 0076 9064 9409 427，申请人身份证 430104198403176519，你帮我检查下格式对不对。",
        ),
        (
            "assistant",
            "格式没问题：收款人邱宏伟，开户行建设银行，卡号 6217 0076 9064 9409 427，与申请人身份证信息一致即可提交。",
        ),
    ],
    [
        (
            "user",
            "Excel里怎么按逾期月数排序？下面是我导出的几行：E区-02-11 付秀梅 13867452219 逾期38个月 | F区-07-03 邵建军 18258160934 逾期14个月 | A区-09-21 汪玉珍 15088712356 逾期61个月",
        ),
        (
            "assistant",
            "选中数据区域，点「数据」-「排序」，主要关键字选逾期月数所在列，次序选降序即可；如果月数和文字在同一格，先用公式提取数字。",
        ),
    ],
]
