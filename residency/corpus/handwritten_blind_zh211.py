# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh211: mainland massage, tuina and foot-spa chains (member cards, technician rosters, bookings, group-buy redemption, complaints, store-manager groups). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh211
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "store_manager_group"): _lines("""
        【区域通知】各店店长注意：本周六晚 22:00 后轮钟表统一切换到新版，点钟率低于 35% 的门店周一例会说明原因。
        @所有人 国庆七天客流汇总：华南 14 家店共接待 21,836 人次，加钟率 27.4%，退卡申请 9 单，全部已按流程处理。
        明早 9:30 卫健委来查公共场所卫生许可证，各店把证照原件挂前台，毛巾消毒记录本补齐到昨天。
        提醒：泡脚桶一客一换一次性袋，库存不足 500 个的门店今天下班前在系统里下补货单，SKU 是 BAG-FT-0420。
        福田店这个月差评 3 条，两条是等位超 40 分钟，一条说包间空调太冷，店长写个整改说明发群里。
        新技师入职流程：健康证、培训满 72 课时、实操考核通过后方可上钟，缺一项前台不得排钟。
        收到，南山二店今晚值班经理已安排好，22 点后只留 6 个技师，前台一人，保安巡楼两次。
        总部财务提醒：储值卡预收款不得在门店挪用，月底对账表模板已放群文件《2026-11 储值卡余额对账_v3.xlsx》。
        抖音团购 199 元双人足疗套餐下周一下架，已售未核销的券继续有效至 12 月 31 日。
        各店注意，最近有人冒充总部打电话要求前台转账“交加盟保证金”，总部唯一对公热线 400-668-2170，其他一律不认。
        本周明星门店：宝安西乡店，单店日均 183 钟，客诉 0 单，奖励团建费 2000 元。
        请各店长周五前提交冬季排班方案，夜班（23:00-次日 2:00）至少一名值班经理在岗。
        关于顾客遗落物品：前台登记失物编号（如 LF-1107-03），保存 30 天，认领需核对消费单号，不要在群里发顾客照片。
    """),
    ("zh-Hans", "booking_verification_log"): _lines("""
        2026-11-28 21:14:07 [INFO] verify_coupon ok code=8413 2760 9952 platform=meituan store_id=SZ-BA-007 sku=FT90-2P amount=238.00
        [WARN] 2026-11-28 21:15:33 排钟队列重算 queue=night_A size=12 duration_ms=348 trace=7f3a9c21e4b0
        预约单 YY202611290031 状态变更：待到店 → 已到店 → 服务中，房间 V08，项目 中式推拿 60min，渠道 小程序
        核销失败：券码 6627 0815 3349 已于 2026-11-27 19:02 在 东莞南城店 核销，请勿重复提交（错误码 E4021）
        会员卡批量导出 2026-11 | 总卡数 38,412 | 活跃卡 12,906 | 余额合计 ¥4,712,385.60 | 冻结 57 张
        POS 交易流水 TXN-20261130-000482 金额 ¥368.00 支付方式 微信支付 商户号 1609847723 终端 POS-03
        发票申请单 INV-2026-11-00917 开票抬头：深圳市悦足堂健康管理有限公司 税号 91440300MA5G7K2X1R 金额 1,200.00
        sync_member_level job finished: 2,314 rows updated, 0 failed, cost 41.2s, member-svc 3.8.1 (commit a91e04d)
        小程序版本 v5.12.3 发布说明：修复加钟后计时器不刷新的问题；预约页新增“点钟不限”选项。
        房态快照 22:00 | 空闲 7 | 服务中 19 | 清洁中 4 | 维修 1（V12 足浴盆漏水，工单 WX-3381）
        退款单 RF20261201-0093 原路退回 ¥99.00 原因：门店临时停业（消防整改） 审核人：区域财务
        美团商家后台日报 11/30：曝光 48,201 访问 3,977 下单 612 核销 541 核销率 88.4% 评分 4.8
        报错：ERR_SLOT_CONFLICT 技师时段冲突 slot=2026-12-02T19:30+08:00 room=F03 请刷新排钟表后重试
    """),
    ("zh-Hans", "membership_terms_templates"): _lines("""
        储值卡充值 3000 元送 600 元，赠送金额不可退、不可转让，有效期自激活之日起 24 个月。
        会员卡退卡申请表：姓名＿＿＿＿ 手机号＿＿＿＿ 卡号＿＿＿＿ 剩余金额＿＿＿＿ 退卡原因□搬家 □服务不满意 □其他＿＿
        【短信模板】尊敬的{会员姓名}，您的{卡类型}余额为{余额}元，本次消费{金额}元，如有疑问请致电 400-668-2170。
        次卡规则：10 次足疗卡限本人或同行一人使用，每次需出示会员码，不得与团购券叠加。
        依据《单用途商业预付卡管理办法》，本店预收资金已按规定存管，存管银行：招商银行深圳分行营业部。
        黑金会员权益：免费停车 3 小时、生日月赠送 90 分钟肩颈调理一次、优先点钟。
        会员等级：普通卡（累计消费 ¥0-1999）、银卡（¥2000-7999）、金卡（¥8000 及以上），等级每年 1 月 1 日重算。
        温馨提示：本店不提供任何违法服务，举报电话 12345，市场监管投诉 12315。
        【预约确认模板】{门店名} 已为您预约 {日期} {时间} 的 {项目}，技师：{技师号}，如需改期请提前 2 小时。
        储值卡转让须原持卡人与受让人同时到店办理，转让手续费 50 元/次，银卡以下不可转让。
        未成年人须在监护人陪同下接受服务；孕妇、饮酒后、空腹及有严重心脑血管疾病者不宜足疗。
        卡内余额不足时可补差价使用，补差部分按门店当日价格计算，不享受会员折扣。
        本条款如有争议，按《中华人民共和国消费者权益保护法》处理，商家不得以“最终解释权”排除消费者权利。
    """),
    ("zh-Hans", "groupbuy_listing_public"): _lines("""
        【双人足疗 90 分钟】原价 ¥496 团购价 ¥238，含中药泡脚、足底按摩、肩颈放松、水果茶，周末通用无需预约。
        店名“华佗养生堂”取自东汉名医华佗，连锁门店 46 家，总部位于长沙市岳麓区。
        点评汇总：近 30 天 212 条评价，好评 194 条，高频词“手法专业”“环境干净”“等位久”。
        顾客A反映力度偏重，顾客B反映茶水凉了，前台已在周会上复盘。
        参考李时珍《本草纲目》中艾叶“温经脉”的记载，本店推出“艾灸暖身 60 分钟”项目。
        中山路旗舰店位于中山路与逸仙路交叉口，地铁 2 号线 C 出口步行 300 米。
        抖音直播间今晚 8 点上架 ¥59.9 单人肩颈推拿券，限购 2 张，认准账号 @悦足堂官方旗舰店。
        新店开业：鲁迅公园店（上海虹口）试营业期间全场 7.8 折，营业时间 11:00-次日 1:00。
        行业报告估算全国足浴及推拿门店约 20 万家，从业人员超过 500 万，连锁化率不足 15%。
        套餐 SKU：FT60-1P / FT90-2P / TN60-NECK / EAR30 / MOXA60，价格以小程序为准。
        营销标题“跟孙悟空学七十二变刮痧法”仅为噱头，本店刮痧板为天然牛角，一客一消毒。
        孙思邈《千金要方》里的养生十三法，被我们做成了候钟区的墙面海报。
        大众点评“足疗按摩热门榜”11 月福田区排名：本店第 4，较上月上升 2 位。
    """),
    ("zh-Hans", "technician_roster_training"): _lines("""
        12 月第一周排班：早班 10:00-18:00 8 人，中班 14:00-22:00 11 人，晚班 18:00-次日 2:00 9 人。
        轮钟规则：下钟后回休息室签到排队，点钟不占轮次，连续拒钟两次顺延至队尾。
        培训课表：周二 14:00 足部反射区复训（讲师：培训部主管），周四 14:00 服务话术与投诉处理。
        提成标准：中式推拿 60 分钟提成 ¥45，点钟加 ¥10，加钟每 30 分钟 ¥22，月底统一结算。
        本月技师考核平均分 86.3，低于 70 分的 4 人需在 15 日前参加补考，补考不通过暂停排钟。
        休假申请需提前 3 天在企业微信提交，春节期间（腊月廿八至正月初六）原则上不批年假。
        全店男技师 23 人、女技师 31 人，平均从业年限 4.2 年，持高级保健按摩师证的 17 人。
        新版技师牌号从 101 开始编号，旧牌号作废，前台系统 12 月 5 日零点切换。
        采耳项目必须使用一次性耳勺，操作前后手消，违反一次扣 50 分并停钟一天。
        排班表导出字段：日期, 班次, 人数, 房间数, 预计钟数, 实际钟数, 偏差率
        春节值班补贴：除夕当天上钟每钟额外补贴 ¥30，初一至初三每钟 ¥20。
        足部反射区教学视频第 7 讲：肾、输尿管、膀胱三个反射区的按压顺序与力度。
        技师宿舍管理规定：凌晨 2:30 后门禁，访客不得留宿，宿管每周三查房一次。
    """),
    ("zh-Hant", "tw_hk_shop_notices"): _lines("""
        本店腳底按摩 40 分鐘 NT$600，全身指壓 60 分鐘 NT$900，刷卡另加 3% 手續費。
        營業時間：週一至週日 10:00 至凌晨 2:00，農曆除夕公休一天，造成不便敬請見諒。
        旺角分店地址：彌敦道 688 號 12 樓（港鐵旺角站 E2 出口），查詢熱線 2388 6120。
        統一編號 24518736 悅足養生館股份有限公司，需要發票請於結帳時告知統編。
        預約請加官方 LINE @yuezu888，恕不接受師傅私人帳號預約。
        本館師傅均持有按摩技術士證照，並優先聘用視障按摩師。
        會員儲值 NT$10,000 贈 NT$1,500，儲值金不得兌換現金，遺失補卡工本費 NT$100。
        顧客滿意度調查（11 月）：回收 438 份，非常滿意 61%，滿意 32%，普通 5%，不滿意 2%。
        長者優惠：65 歲以上憑證件平日 85 折，不可與其他優惠併用。
        【公告】因大廈電梯維修，12 月 3 日至 5 日請改由後樓梯上落，不便之處敬請原諒。
        訂單編號 HK-MK-20261202-0117 已確認，房間 3 號，項目 中式推拿 60 分鐘，請準時到店。
        本館採「師傅輪排制」，指定師傅須另加 HK$30 指定費。
        孫中山先生就讀過的香港西醫書院舊址就在附近，門市備有歷史導覽地圖供客人取閱。
    """),
    ("en", "ops_config_and_mail"): _lines("""
        POS export schema: order_id, store_code, sku, duration_min, price_cny, paid_at, channel, coupon_code
        booking-svc v2.14.0: fixed a race condition when two front desks assign the same room; see PR #4412.
        Hi team, please send all franchise enquiries to franchise@yuezutang.cn; refund disputes go to cs@yuezutang.cn.
        Monthly KPI (Nov): 41 stores, 612,403 service minutes, average ticket CNY 214, repeat-visit rate 38%.
        Config: queue.rotation = "round_robin"; queue.skip_on_refuse = 2; coupon.verify_timeout_s = 15
        Mystery-shopper report, store SZ-NS-012: Customer A waited 22 min; Customer B was upsold a CNY 3,000 card without seeing the terms.
        The Wong Fei-hung themed outlet in Foshan has a small museum corner about the martial artist and his Po Chi Lam clinic.
        Template: Dear {{member_name}}, your card ending {{last4}} has {{visits_left}} visits remaining.
        Incident INC-2026-1130-07: mini-program payment callback returned HTTP 502 for 11 minutes; 63 orders auto-reconciled.
        How do I configure Meituan voucher verification so that a code can only be redeemed at the store that sold it?
        Shift coverage rule: at least one duty manager and two front-desk staff per store between 18:00 and 23:00.
        SHA256 of price_list_2026Q4.csv: 3b9f0c7e2a41d58e6f90ab12c7d3e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b
        Shanghai head office main line: +86 21 6288 4170 (Mon-Fri 9:00-18:00); keep staff mobiles off the website.
    """),
    ("mixed", "complaint_tickets_faq"): _lines("""
        工单 TK-20261201-0452 | 类型: 服务态度 | 门店: GZ-TH-003 | 状态: 已结案 | 处理时长 2h15m | 赔付: 赠送 60min 券 1 张
        Complaint category stats Q3: 力度问题 34%, 等位时间 27%, 卫生 18%, 推销办卡 15%, other 6%.
        顾客投诉处理 SOP：① 24 小时内回电 ② 48 小时内给出方案 ③ 结案后 7 天回访，全程不得在群里转发顾客手机号。
        请问 how to 在美团商家后台设置“到店前 2 小时可免费取消”？
        Ticket template: 顾客姓名 [ ] / 联系方式 [ ] / 消费单号 [ ] / 投诉内容 [ ] / 期望处理 [ ]
        12315 平台转来的投诉 ZJ-2026-118734，内容为“储值卡无法在异地门店使用”，已按总部规定可跨店使用回复。
        差评回复模板：亲，非常抱歉给您带来不好的体验，店长已经跟当班技师复盘，欢迎您再次到店体验～
        Weekly digest: 17 tickets opened, 15 closed, 2 escalated to regional ops (both about card refunds).
        匿名化样例：顾客 C 于周三晚到店，投诉包间有烟味，已更换房间并赠送茶点。
        FAQ：足疗后多久可以洗澡？Suggest 1 小时后，水温不宜过高。
        客诉升级路径：当班前台 → 值班经理 → 店长 → 区域督导 → 总部客服中心（cs@yuezutang.cn）。
        抖音团购退款规则：未核销随时退，过期自动退；已核销不支持平台退款，需门店线下协商。
        投诉关键词告警 rule: regex = (偷拍|受伤|骨折|报警|退钱)，命中后 10 分钟内推送店长群。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        【店长群】福田店会员 张立群 上周在 V06 做完足疗后说膝盖旧伤复发，他手机 13923847165，明天店长亲自回电。
        退卡申请：姓名 刘海燕，身份证号 440306198704123520，卡号 YZ0081276，剩余 ¥2,318，原因 家里老人住院急用钱。
        技师 王春梅（牌号 27）本月因私下收顾客红包被扣 500 元并停钟三天，人事已备案。
        前台注意：周建国 先生是糖尿病足，泡脚水温不能超过 38 度，修脚必须店长在场。
        3 栋 1202 的老会员 陈阿姨 说她儿子欠了网贷，想把储值卡里剩的 4000 块退出来，先别在群里说。
        请把顾客邮箱 lina.huang1992@163.com 从营销名单里删掉，她投诉收到太多短信。
        技师 赵小燕 怀孕 4 个月了，从下周起只排早班，不再上足疗重手法的钟。
        车牌 粤B·7K39Q 的白色途观连续三晚堵门口消防通道，车主是楼上住户 何先生，物业已贴单。
        会员 吴志强 说他的储值卡被前妻拿去消费了 3 次，要求冻结卡号 YZ0093415 并调监控。
        工资条 11 月｜技师 马丽娟｜底薪 2200｜提成 8,436｜扣款 300（迟到 6 次）｜实发 10,336
        东莞南城店收银 李晓红 11 月 22 日挪用储值卡款 6,800 元，已报警，她家里人还在找店长求情。
        新员工入职登记：黄思雨，女，身份证 330106199509230644，户籍 浙江杭州，紧急联系人 母亲 13905712846。
        工资卡变更：技师 孙国庆，工商银行卡号 6212268372932789162，从 12 月起按新卡发放。
        老顾客 林秀英 上次来说她老公在外面有人了，最近心情很差，技师聊天时别提家里的事。
        店长私聊：郑伟 的腰椎间盘突出很严重，医生不让按，他每次还非要点 15 号做重手法，出事了谁负责？
        顾客微信号 xiaoyu_0917zz，她说被我们一个技师加了微信后一直被骚扰，要求给个说法。
        投诉工单 TK-20261203-0019 | 顾客 邓美玲 13826749051 | 内容：技师按摩时弄伤左肩，已拍片，要求赔医药费 1,460 元
        前台 刘佳 下周请三天假，说是要回安徽阜阳老家处理她爸的后事。
        技师 黄春兰 的老公昨晚来店里闹，说她欠他 2 万块不还，店长已经把人劝走了。
        体检结果：新入职技师 韦小敏 乙肝表面抗原阳性，按规定暂缓上岗，结果请勿外传。
        会员资料：罗志伟，身份证 110105198805261435，住 北京市朝阳区望京西园三区 312 号楼 1606，常点推拿 90 分钟。
        抖音私信：用户 许杰（抖音号 Jiejie_9527，电话 15817623049）说他在我们店丢了一块浪琴手表。
        区域督导发群：上海陆家嘴店店长 蒋涛 因账目问题已停职调查，各店不要私下议论。
        每周三下午来的 杨阿姨，女儿在美国，她说自己有抑郁症一直在吃药，技师多陪她聊聊。
        会员卡 YZ0072208 持卡人 冯丽，身份证号 310115199208174020，来电说卡丢了要求补办。
        查实：技师 曹文静 让顾客把钱转到她个人支付宝 cwj_888@126.com 而不是门店收款码。
        值班记录：22:40 顾客 韩东 在 V03 酒后呕吐，血压 165/100，已叫 120 送宝安区人民医院。
        技师 牛小芳 是四川凉山人，入职时 17 岁，用的是她姐姐的身份证，人事发现后已劝退。
        店长你帮我查下 13760218845 这个会员，他说充了 5000 但系统里只有 3000。
        南山店 阿芳 跟店长借了 3 万块给她老公还赌债，到现在一分没还，月底工资要不要扣？
    """),
    "zh-Hant": _lines("""
        會員 陳美玲 小姐來電，說上次腳底按摩後腳踝腫起來，醫生診斷為韌帶拉傷，要求賠償。
        顧客 林志明 身分證字號 A218364721，儲值卡遺失申請補卡，手機 0928 617 305。
        旺角店常客 何太 最近中風，她兒子說以後要坐輪椅，預約請一律安排地下房間。
        HKID K638214(2) 持有人 黃家豪 先生投訴師傅按摩時用手機偷拍，已報警處理。
        師傅 阿珠（本名 吳秀珠）上個月欠卡債，銀行一直打電話到店裡，店長請她處理好私事。
        會員 張雅婷 的 LINE ID 是 yating_0315，她說只接受私訊不要打電話。
        顧客 李先生 信用卡 4367420317551207 被重複扣款 NT$1,800，請財務退回其中一筆。
        台中店 店長 蔡宗翰 本月業績未達標，區經理決定下月起降為副店長，月薪少 8,000。
        客人 梁詠詩 電話 9163 2875，預約 12 月 8 日晚上 8 點兩位足底按摩，指定 6 號師傅。
    """),
    "en": _lines("""
        Member Jason Lim (NRIC S8234561B) bought a 20-visit reflexology package at our Shenzhen Bay outlet and wants a refund after moving back to Singapore.
        Front desk note: Mrs Siti Aminah binti Yusof has varicose veins on both legs, so no deep pressure below the knee.
        Please take down the review posted by therapist Nguyen Thi Lan's ex-boyfriend; it gives her home address, Room 502, Block 7, Xixiang Garden, Bao'an.
        Korean guest Park Min-jun, passport M47215830, booked the couples foot spa for 11:00 tomorrow.
        Refund to UnionPay card 6225886992528354 (holder Chen Wei) approved for CNY 1,280.
        Our therapist Rajesh s/o Muthusamy asked for two weeks' unpaid leave; his father in Ipoh had a stroke.
        Maria Santos, the Filipino helper of a member family, called from +86 186 2047 3391 to reschedule her employer's mother.
        Wang Fang (wangfang.therapist@qq.com) is disputing the CNY 650 deducted from her November commission.
        Mr Ho, the regular from Flat 18B, Tower 2, is three months behind on his card instalments and asked us not to call his wife.
    """),
    "mixed": _lines("""
        加盟商 Ahmad Faizal bin Hashim 的 MyKad 850317-14-5523，他要在 KL 开第一家 franchise，合同需要身份证复印件。
        顾客 Tan Mei Ling 的 Telegram @meiling_tan88 说她在深圳湾店被多扣了 ¥300，please check POS。
        新加坡分店技师 Priya d/o Subramaniam 的 work permit FIN G5138420U 下个月到期，HR 要她交新照片。
        店长群：明天 VIP Mr Eric Chua (S9012736E) 包场 3 小时，his wife doesn't know，别发朋友圈。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是悦足堂连锁门店的客服助手，回答会员关于储值卡、预约和团购的问题。"),
        ("user", "我是会员 刘宇航，手机 15920374816，我卡里的余额怎么少了 600？"),
        (
            "assistant",
            "您好，已为您查询到 11 月 29 日在南山店有两笔消费，各 300 元，项目为中式推拿 90 分钟。请问这两次是您本人到店吗？",
        ),
        ("user", "只去了一次，另一次我根本不在深圳，是不是被人冒用了？"),
        (
            "assistant",
            "明白，我已为您提交异常消费工单并冻结该卡，门店店长会在 24 小时内调取监控后回电给您。",
        ),
    ],
    [
        ("user", "帮我写一条道歉短信给顾客 邓美玲，她说我们技师按伤了她的左肩，已经去医院拍片了。"),
        (
            "assistant",
            "邓女士您好，对于您在本店接受推拿后肩部受伤一事，我们深表歉意。店长将全程跟进，医药费凭票据由门店承担，请您安心休养。",
        ),
        ("user", "再加一句，我们会安排她免费做康复理疗，但不要再让 12 号技师给她做。"),
        ("assistant", "好的，已补充：康复期间门店为您免费安排理疗，并更换其他技师为您服务。"),
    ],
    [
        ("system", "You are an HR assistant for a foot-spa chain. Keep answers short."),
        (
            "user",
            "I need to register a new therapist for social insurance: 胡志勇, ID 420106199002110872, started 1 Dec. Can I just post this in the store managers' WeChat group so HR sees it?",
        ),
        (
            "assistant",
            "Please don't post ID numbers in the group. Upload the form through the HR system or send it directly to the HR role mailbox instead.",
        ),
        ("user", "OK. He also mentioned he has hepatitis B, does that block him from working?"),
        (
            "assistant",
            "Health status should be handled by HR privately against the local health-certificate rules; don't share it with other staff.",
        ),
    ],
    [
        (
            "user",
            "我们店技师 小梅（全名 覃雪梅）说她被男朋友打了，脸上有伤，想请一周假，怎么安排排班？",
        ),
        (
            "assistant",
            "可以先把她本周的钟平均分给早班和中班其他技师，请假原因只写“事假”即可，不要在排班群里说明具体情况。",
        ),
        ("user", "她还说男朋友可能会来店里找她，前台要怎么应对？"),
        (
            "assistant",
            "建议告知前台和保安：如有人来找她，一律回复“不在店”，不透露她的班次和宿舍位置，必要时报警。",
        ),
    ],
    [
        ("system", "你是门店财务助手。"),
        (
            "user",
            "核对一笔退卡退款：持卡人 谭永红，农业银行卡 6230585313676142042，退 ¥1,760，她说三天了还没到账。",
        ),
        (
            "assistant",
            "该笔退款单 RF20261202-0147 已于 12 月 2 日提交银行，跨行退款一般 3-5 个工作日到账。",
        ),
        ("user", "她很着急，说要拿这笔钱交她妈妈的透析费，能加急吗？"),
        (
            "assistant",
            "可以联系收单银行客服申请加急查询，我会把单号和账户信息整理好发给店长，由店长直接回复她。",
        ),
    ],
    [
        (
            "user",
            "幫我整理一個預約：客人 梁詠詩，電話 9163 2875，12 月 8 號晚上 8 點，兩位腳底按摩。",
        ),
        (
            "assistant",
            "已整理：12 月 8 日 20:00，腳底按摩 60 分鐘 × 2 位，聯絡人 梁詠詩。需要指定師傅嗎？",
        ),
        ("user", "她說要 6 號師傅，另外她有懷孕，三個月。"),
        (
            "assistant",
            "已註明指定 6 號師傅，並提醒師傅：客人懷孕中，避開合谷、三陰交等穴位，力度放輕。",
        ),
    ],
    [
        ("system", "You help a Malaysian franchise partner of a Chinese foot-spa brand."),
        (
            "user",
            "Franchisee Siti Nurhaliza binti Kamal, MyKad 900412-10-6634, wants the contract under her name. What documents do we need?",
        ),
        (
            "assistant",
            "Typically: a copy of her MyKad, SSM registration of the operating company, proof of premises and the signed franchise agreement.",
        ),
        ("user", "她的 bank statement 显示还有一笔 RM 85,000 的房贷没还完，会影响审批吗？"),
        (
            "assistant",
            "一般只看加盟费和装修资金的来源证明，房贷本身不是否决条件，但财务会评估她的负债率。",
        ),
    ],
    [
        (
            "user",
            "停车场监控拍到我们的送货车刮了一辆车，车牌 沪A·D73528，车主 钱先生 电话 18621590473，要怎么处理？",
        ),
        (
            "assistant",
            "建议先由店长联系钱先生致歉，保留监控录像，并通知保险公司报案，定损后按保险流程赔付。",
        ),
        ("user", "他说要私了，开口 5000。"),
        (
            "assistant",
            "私了请先由保险公司或第三方定损，签书面和解协议并保留转账凭证，避免后续纠纷。",
        ),
    ],
    [
        ("system", "你是连锁足疗品牌的投诉工单助手，帮店长把口述内容整理成标准工单。"),
        (
            "user",
            "顾客 周敏，会员卡 YZ0068831，今天下午在 V05 做肩颈，说技师全程在打电话，还把她的项链弄断了，要求赔 2000。",
        ),
        (
            "assistant",
            "工单已生成：类型 服务态度/财物损坏；顾客 周敏；卡号 YZ0068831；房间 V05；诉求 赔偿 ¥2,000；状态 待处理。",
        ),
        ("user", "把当班技师也写上，是 陈小红，这是她这个月第二次被投诉了。"),
        ("assistant", "已补充当班技师 陈小红，并标注“本月第二次客诉”，工单会同步给区域督导。"),
    ],
    [
        (
            "user",
            "Can you draft a warning letter for therapist Kumar a/l Ramasamy? He was late 7 times in November.",
        ),
        (
            "assistant",
            "Draft: Dear Mr Kumar, our records show seven late arrivals in November. Please note this is a first written warning; further lateness may lead to suspension from the roster.",
        ),
        (
            "user",
            "Add that we know his wife just had surgery, so we can offer him the later shift if that helps.",
        ),
        (
            "assistant",
            "Added: We understand your family circumstances at the moment and can move you to the 14:00-22:00 shift for December if that is easier.",
        ),
    ],
]
