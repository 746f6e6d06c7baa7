# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix28: 中英混合的数据分析产物（notebook、DataFrame、SQL 结果、JSON 样例、BI 看板、A/B 报告、数据字典、标注规范）. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix28
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("mixed", "notebook 代码与输出"): _lines("""
        df = pd.read_parquet("s3://dw-prod/ads/dws_user_active_1d/dt=2025-11-30/")  # 约1.2亿行，先 sample 1%
        Out[7]: (18342907, 27)
        df['phone'] = df['phone'].astype(str).str.replace(r'(\\d{3})\\d{4}(\\d{4})', r'\\1****\\2', regex=True)  # 脱敏后再导出!!
        In [12]: df.groupby('city_level')['gmv'].agg(['mean', 'median', 'count']).round(2)
        CPU times: user 3min 12s, sys: 18.4 s, total: 3min 30s   Wall time: 3min 31s
        /opt/conda/lib/python3.10/site-packages/pandas/core/frame.py:3641: UserWarning: Boolean Series key will be reindexed to match DataFrame index.  先忽略，下周重构
        # TODO(ds-growth): merge 之后行数从 203,118 变成 211,406，怀疑 dim_user 有重复 key，明天查
        X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=2024, stratify=y)
        print(f"AUC={roc_auc_score(y_te, p):.4f}")  →  AUC=0.7813
        KeyError: 'id_card_no'   ← 新表里字段改名成 cert_no_hash 了，feature list 记得同步改
        !pip install -i https://pypi.tuna.tsinghua.edu.cn/simple lightgbm==4.3.0 shap==0.44.1
        fake = Faker('zh_CN'); Faker.seed(42)  # 以下 demo 数据全部由 Faker 生成，不对应任何真实用户，可以放心截图
        %%sql SELECT dt, COUNT(DISTINCT uid) AS dau FROM ods.app_event_log WHERE dt BETWEEN '2025-11-01' AND '2025-11-30' GROUP BY dt ORDER BY dt;
    """)
    + [
        "Out[15]:\n            mean   median    count\ncity_level\n一线      312.47   189.00   402118\n新一线    268.90   159.00   611734\n二线      231.05   139.00   587260\n三线及以下 198.66   119.00  1093321",
    ],
    ("mixed", "SQL 查询结果与聚合"): _lines("""
        (23 rows affected)  Query OK, elapsed 1.87 sec, scanned 4.2 GB
        SELECT COUNT(*) FROM dwd_order_di WHERE receiver_phone IS NULL;  -- 返回 41,207，占比 0.37%，正常
        年龄段分布 18-24: 21.3%，25-34: 38.9%，35-44: 24.1%，45+: 15.7%（n=1,204,556，已去标识化）
        订单号 E20251130184422917736 状态=已签收，物流单号 SF1489023376512，实付 ¥1,299.00，优惠券 CP-1111-300
        top5 门店 by GMV：张小泉(南京西路店)、李宁(淮海中路旗舰店)、王老吉天猫官方店、周大福(中环店)、陈李济(北京路店)
        p95 latency 842ms, p99 1.93s, error rate 0.041%（2025-12-01 00:00–23:59 CST）
        复购 cohort（11月首单）：M0 100%，M1 31.2%，M2 22.7%，M3 18.6%
        NULL 比例：birthday 62.1%，gender 8.3%，email 71.4%，wechat_openid 0.0%
        uid_hash = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' 其实是空串的 sha256，说明上游没传 uid，不是真用户
        Result: 0 rows.  2025-11-28 分区没跑出来，调度 job_id=dw_daily_4471 失败，已重跑
    """)
    + [
        "+------------+----------+----------+\n| dt         | dau      | new_user |\n+------------+----------+----------+\n| 2025-11-29 | 3,812,406|   92,117 |\n| 2025-11-30 | 3,790,115|   88,452 |\n| 2025-12-01 | 3,655,983|   71,030 |\n+------------+----------+----------+",
        "  province  users    pct\n0      广东  1832410  14.2%\n1      浙江  1120934   8.7%\n2      江苏  1098771   8.5%\n3      上海   903316   7.0%\n[31 rows x 3 columns]",
        "mysql> SELECT pay_channel, COUNT(*) cnt, ROUND(AVG(amount),2) avg_amt FROM dwd_pay GROUP BY 1;\nwechat   | 6120334 | 87.42\nalipay   | 4418720 | 102.15\nunionpay |  312904 | 356.80\n3 rows in set (2.41 sec)",
    ],
    ("mixed", "数据字典"): _lines("""
        | 字段名 | 类型 | 说明 | 敏感级别 |
        cert_no_hash | CHAR(64) | 身份证号加盐 SHA-256 后的值，原文不入仓 | L3
        receiver_mobile | VARCHAR(20) | 收货人手机号，ODS 层明文，DWD 层起脱敏为前3后4 | L4
        gender | TINYINT | 0=未知 1=男 2=女（参照 GB/T 2261.1-2003） | L2
        region_code | CHAR(6) | 行政区划代码，例：310104 = 上海市徐汇区，440305 = 深圳市南山区 | L1
        birth_ym | CHAR(6) | 出生年月 yyyyMM，只保留到月，不保留日 | L3
        order_id | VARCHAR(32) | 订单号，规则 E + yyyyMMddHHmmss + 8位随机数 | L1
        device_id | VARCHAR(64) | Android 取 OAID，iOS 取 IDFV；2023-09 起不再采集 IMEI | L3
        hkid_masked | VARCHAR(12) | 香港身份证只保留首字母和括号内校验位，形如 A******(#) | L3
        Table dim_store（门店维表）owner: 数据平台组，SLA T+1 09:00，约 12.4k 行，主键 store_id
        is_vip | BOOLEAN | 近 365 天实付 ≥ 5000 元记为 1，每日 02:00 重算
        Data classification: L4 = 直接标识符（姓名/手机/证件号/银行卡），L3 = 间接标识符，L2 = 业务敏感，L1 = 公开
        dt | STRING | 分区字段，yyyy-MM-dd，Asia/Shanghai 时区，保留 730 天
    """),
    ("zh-Hans", "标注规范"): _lines("""
        【PER】“李白”“林黛玉”“孙悟空”均标为 PER，历史人物和虚构人物一样标，但不进入敏感信息统计。
        地址实体 LOC-ADDR 要标到门牌号，例如“上海市徐汇区宜山路600号（上海市第六人民医院）”整体标成一个实体。
        遇到疑似真实手机号、身份证号的样本，标注员不得复制外传，直接点“含敏感信息”跳过，由质检组统一处理。
        情感示例：“雷军说小米SU7首月交付破万，真香”→ 正向；评价对象是产品，不是人。
        “鲁迅先生说过：其实地上本没有路，走的人多了，也便成了路。”属于引用名言，意图标 闲聊/引用。
        意图一共14类：查订单、改地址、退换货、催发货、开发票、投诉、咨询优惠、账号安全、会员权益、物流异常、支付问题、商品咨询、售后维修、其他。
        一致性要求：双标 Cohen's kappa ≥ 0.80，否则整批返工；本批 B-2025-1203-07 kappa=0.83，通过。
        机构名：“宋庆龄基金会”“邵逸夫医院”“中山大学”一律标 ORG，不要从里面拆出人名。
        模板类文本如“尊敬的{客户姓名}，您尾号{后四位}的银行卡于{时间}消费{金额}元”标为 系统通知，不算个人信息。
        客服热线 95588、10086、12345 属于机构号码，不用打码；但用户自己留的手机号必须打码。
        易错点：“周黑鸭”“张亮麻辣烫”“杨国福”都是品牌店名，标 BRAND，不是 PER！！
        判定口径：能单独或者结合其他信息识别到特定自然人的，就算个人信息（参考《个人信息保护法》第四条）。
        标注平台 https://label.internal.example.cn/task/8821 ，每人每天上限 800 条，超过不计工时。
    """),
    ("mixed", "A/B 实验报告"): _lines("""
        exp_checkout_v3：对照组 n=412,337，实验组 n=410,892，CVR 3.81% vs 4.02%，相对提升 +5.5%，p=0.0031，显著
        SRM check: chi2=1.84, p=0.175 → 没有样本比例失衡 ✅
        Guardrail：退款率 1.12% → 1.15%（+0.03pp，ns），客诉率无变化
        结论：v3 按钮文案「立即抢购」全量，旧文案「去结算」下线；owner 增长组，计划 2025-12-08 上线
        CUPED 调整后方差下降 37%，所需样本量从 2.1M 降到 1.3M
        Note: 双11 当天流量异常，剔除 2025-11-10 ~ 11-12 三天后重算，结论不变
        分桶规则 bucket = murmurhash3(uid + 'exp_0917') % 100，0-49 对照，50-99 实验
        Novelty effect 很明显：第1周 +9.8%，第3周回落到 +3.1%，建议再跑两周再决策
        Power analysis: MDE 2%, α=0.05, power 0.8, baseline CVR 3.8% → 每组约需 289k 用户
        李佳琦直播间引流过来的用户单独做了分层，占实验流量 6.4%，剔除后结论一致
        Segment breakdown: iOS +6.1%, Android +4.9%, 小程序 +2.2% (ns)
        AA test 连续 7 天 p 值都 > 0.1，分流系统 OK
    """),
    ("mixed", "BI 看板备注"): _lines("""
        【看板说明】数据源 ads_sales_daily，T+1 更新；口径：GMV 含税不含运费，剔除已退款订单。
        11月 GMV 环比 +23.4%，主要是双十一拉动，同比 -2.1%
        华东大区 Q3 达成率 96.7%，华南 103.2%，华北 88.9%（未达标，已同步区域负责人）
        FineBI 报表 /sales/region_v2 已迁到 Superset dashboard id=143，旧链接 12/31 下线
        ⚠️ 12-02 数据延迟：上游 Kafka topic order_events 堆积 2.3M 条，预计 14:00 前补齐
        文创门店排行：中山纪念堂文创店 ¥12.1万、鲁迅纪念馆书店 ¥9.8万、宋庆龄故居纪念品部 ¥6.3万
        Tableau extract refresh failed: error code 4A8F2B1C，请联系 BI 平台值班（内线 8008）
        新口径 DAU = 当日有任意前台事件的去重 device_id 数，不含 push 到达
        客服热线 400-820-8820 12月第一周来电 3.4 万通，接通率 91%，平均等待 42s
        会员等级分布：普通 71.2%，银卡 19.8%，金卡 7.1%，黑卡 1.9%
        权限：L4 字段（手机号、证件号）只对风控组开放，申请走 OA 流程 DATA-ACCESS-07
        Bug：同比用的是 2024-11-29，对齐错了一天，已修复 commit a91e0f3
    """),
    ("en", "JSON 样例"): _lines("""
        {"order_id": "E20251201093015442817", "status": "SHIPPED", "carrier": "SF", "tracking_no": "SF1492207731846", "amount": 359.00, "currency": "CNY"}
        {"user_id": "u_000000001", "name": "张三", "phone": "13800000000", "_comment": "synthetic placeholder for unit tests, not a real user"}
        {"event": "page_view", "ts": 1764576000123, "page": "/product/88213", "ab_bucket": 57, "app_ver": "8.14.2"}
        {"schema_version": "2.3.0", "fields": [{"name": "mobile", "type": "string", "pii": true, "mask": "3-4"}, {"name": "city", "type": "string", "pii": false}]}
        Sample generated by Faker(locale="en_US", seed=7) for the docs only: {"name": "John Doe", "email": "john.doe@example.com", "phone": "+1-555-0100"}
        {"speaker": "林黛玉", "source": "红楼梦 第二十七回", "text": "花谢花飞花满天，红消香断有谁怜？", "label": "poetry"}
        {"entity": "Tsinghua University", "type": "ORG", "address": "Haidian District, Beijing 100084", "switchboard": "+86 10 6278 5001"}
        {"quote": {"speaker": "Tim Cook", "role": "CEO, Apple", "event": "WWDC25 keynote", "sentiment": 0.82}}
        {"kpi": "retention_d7", "value": 0.284, "ci95": [0.279, 0.289], "n": 98213, "dt": "2025-11-30"}
        {"commit": "9c1e4b7a2f03d6e58b1a7c0f4d29e3b6a8f15c07", "pipeline": "feature_build", "duration_s": 1843, "status": "success"}
        {"template_id": "SMS_2025_031", "content": "【XX商城】亲爱的${name}，您的订单${order_no}已发货，快递单号${tracking}。"}
    """),
    ("mixed", "周报与会议纪要"): _lines("""
        本周完成：用户画像标签 v2 上线 37 个标签；下周：接入小程序埋点 + 标签质检
        风险：数据出境的个人信息保护影响评估（PIA）还没过，offshore 训练场景暂停；法务建议走标准合同备案
        周会结论：所有导出 csv 必须过脱敏 UDF mask_pii()，禁止在群里发明文样本，违者通报
        Q4 OKR KR2：风控模型 AUC 0.76 → 0.80，当前 0.781，还差一点
        分享会：吴恩达 Andrew Ng 在公开课里讲的 data-centric AI，笔记在 wiki DS-2231
        合作方 瑞金医院信息科（上海市黄浦区瑞金二路197号）只提供去标识化的汇总数据，不给明细
        CLUENER2020 共 10 类实体，train 10,748 条，可以直接当 baseline
        本周 on-call 告警 17 次，其中 12 次是 Hive metastore 超时，已提工单 INFRA-5521
        hotfix v2.8.3 (build 20251203.1742) 修了埋点 SDK 在 HarmonyOS 上重复上报的问题
        需求池：DS-1187 渠道归因、DS-1203 流失预警、DS-1219 标签质检工具，优先级 P1/P1/P2
        Reminder：年终 review 材料 12/15 前交，模板见共享盘 /DS/templates/review_2025.pptx
        外采数据：天眼查企业工商 API，按次计费 ¥0.12/次，只含企业主体信息
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        bad case #0412：用户原话“我叫何俊峰，身份证440305199302264812，帮我把绑定手机换成15921870433”，模型没识别出证件号。
        流失用户回访备注：陈美玲（会员号 M20190388127）说最近在做乳腺癌化疗，暂时不网购了，12月再联系她。
        大客户名单第3行：王建国，年消费 ¥386,200，收货地址 北京市海淀区万柳中路18号院3号楼1单元502，电话 186 2104 5527。
        风控样本 label=1：申请人 李志强，身份证 110108197909301555，月收入填 45000，实际流水只有 8,200，疑似虚报。
        质检发现有人把“孙晓雯 13761392208 杭州文三路那个小区”整段标成了 LOC，漏标 PER 和 PHONE，已退回。
        离职分析明细里有一行：赵一鸣，算法工程师 P7，年薪 68 万，离职原因写的是 妻子怀孕要回深圳照顾。
        | 88123 | 刘欣然 | 女 | 1996-08-18 | 武汉市洪山区珞喻路1037号紫菘公寓9栋 | 17717650934 |
        司机画像样本：车牌 沪A·7K29Q，车主 吴海涛，近30天违章3次，常驻闵行区莘庄镇，晚上经常跑机场单。
        投诉工单 CS20251128004471：客户郑丽华说快递员把她家门牌（浦东新区张杨路1500弄12号601）拍照发群里了，要求删除。
        测试环境发现一条没脱敏的生产数据：姓名 许文博，银行卡 6222021004388711，开户行 工商银行深圳南山支行。
        法务同步：用户 钱秀英 起诉我司泄露其购药记录，（2025）沪0115民初48827号，下月开庭，相关日志请保全。
        反馈样本：张桂芬，72岁，独居，阿尔茨海默症早期，一般是儿子张磊（13391820576）帮她下单。
        风控标记：微信号 lin_yuting0921 关联三笔异常订单，实名是 林雨婷，1996年生，武汉人，身份证 420111199608182724。
        会员手工登记表 OCR：姓名 高淑珍 电话 15013876402 生日 1972年5月21日 住址 苏州市吴中区东吴北路88号3幢402
        薪酬分析异常点：员工 E0317 马俊杰 月薪 92,000 元，是同级中位数的 2.4 倍，需 HR 复核。
        面试数据集里混进了一份真实简历：黄思琪，2001年11月生，身份证 330106200111150420，浙大统计硕士在读。
        物流异常：收件人 韩冬梅 18126649031，广州市天河区体育西路103号维多利广场B座2815，连续三次派送失败。
        征信数据样例（未脱敏！）：谢宏亮，510107198504036178，招行信用卡逾期187天，欠款 ¥63,480。
        实习生把标注数据转到了个人邮箱，里面样本 #77：潘雪梅，身份证 310115199406272844，浦东新区锦绣路2580弄8号1103，已报安全部。
    """),
    "mixed": _lines("""
        df.loc[df.uid == 20231877] → name=罗佳怡, phone=+86 199 0215 8847, email=luojiayi.work@163.com, vip_level=gold
        prod log 里抓到的 sample：{"uid": 7730125, "real_name": "邓志远", "id_no": "440106199001092338", "city": "广州"}
        HK 用户样本：陳嘉欣 Chan Ka Yan，HKID K527310(2)，tel 9683 2154，九龍旺角亞皆老街83號12樓C室
        SG 分公司 export：Tan Wei Ming, NRIC S8834127I, HP 9127 4408, Blk 412 Bedok North Ave 2 #08-317 S(460412)
        MY lead list row 17：Nurul Aisyah binti Ahmad, MyKad 920807-10-6348, 016-720 3358, No. 21 Jalan SS 2/64, 47300 Petaling Jaya
        TW 測試集混入真人資料：林怡君 A2238475618，手機 0933-518-207，台北市大安區和平東路二段96巷7號3樓
        feature store 里 user_profile 第一行：{name: '方琪 Fang Qi', dob: '1994-06-27', passport: 'EA5827163', 出行目的: 留学}
        标注样本（真实客服对话）：hi 我是 Kevin 周凯文，收货地址改成 深圳市南山区高新南九道10号深圳湾科技生态园10栋B座1706，手机 13602487715
        信用卡分期模型 bad sample：card 4532017766023181, holder LIU YANG, exp 08/28，上海徐汇，已逾期3期
        ⚠️ dashboard drill-down 暴露了明细：客户 何慧玲 Irene Ho（HKID Y830416(3)）的保单 PL-2209-88172，年保费 HK$48,600
        Malaysia churn list：Lim Chee Keong, 880315-14-5521, 012-387 4519, cheekeong.lim88@gmail.com — 减薪后取消了会员
        脱敏不彻底：姓名已打码成 许**，但同一行保留了身份证 320506197205210880 和车牌 苏E·6H3K8，还是能直接定位到本人
        SELECT * FROM crm_contact WHERE wechat_id='chenhao_1990'; → 陈浩 | 男 | 深圳 | 孩子在南山实验学校读三年级 | 老婆在平安上班
        SG HR dataset row：Priya d/o Raman, FIN G5521037W, work permit, monthly salary S$2,150, dorm 8 Tuas South Ave 1
        notebook output 里打印出了 梁志偉 Leung Chi Wai 的病歷：T2DM，HbA1c 8.9%，瑪麗醫院 2026-01-12 覆診，tel 6120 7789
        A/B debug：bucket 57 里 uid 8812033 不是内部测试号，是真实用户 苏晓燕，手机 139 1762 8804，投诉说实验组价格更贵
        kNN 找相似用户时发现 uid 552019 和 552020 是同一个人：郑晓玲 Zheng Xiaoling，310104198807123029，两个号都绑 zxl0712@qq.com
    """)
    + [
        "Out[23]:\n      user_id  name     mobile        city   ltv\n0    10084417  周婉清   13817294056   上海   18342.5\n1    10084418  唐振宇   15800263179   南京    2210.0\n[2 rows x 5 columns]",
    ],
    "en": _lines("""
        Row 4412 of the raw export: Amy Zhang, amy.zhang1993@outlook.com, +86 135 2089 4471, Apt 5-1102, 1203 Jinqiao Rd, Pudong, Shanghai
        Anomaly flagged: customer David Wong (HKID P116852(9)) placed 14 orders from 3 devices in 2 hours; home is Flat 7B, Block 3, Laguna City, Kwun Tong
        Pre-annotation leaked a real person: "Sarah Lim, NRIC T0215689F, born 2002, year 2 at NUS, lives at Blk 25 Jurong West St 81 #11-204"
        Case study slide draft: "Mr. Huang Zhiwei, 45, from Chengdu, was declined because our model flagged his gambling-related transfers" — remove before sharing
        Support log sample: caller Chua Mei Ling, NRIC S7615302G, asked us to unlink her card 6259074412855033 from the wallet
        Survey free-text (respondent #1188, Grace Tan, grace.tan.sg@gmail.com): "I was diagnosed with depression last year and the reminders really helped me."
        Payroll join debug: emp_id 10027 = Raymond Chow, base HKD 72,000/month, paid into BOC HK a/c 012-875-0-031264-5
        Driver dataset sample: Ahmad Faizal bin Roslan, plate WXA 3281, Grab driver since 2019, phone +60 11-2874 6601
        Passport OCR test image 7 is a real scan: ZHENG, XIAOLING / passport E73915824 / CHN / DOB 12 JUL 1988 / Shanghai
        Fraud ring table: Wang Lei (WeChat wl_8866vip) and his brother Wang Qiang (190 0218 4375) share one shipping address, Rm 1502, No. 8, Lane 299 Zhaojiabang Rd, Xuhui
        Court-records feature: plaintiff Liang Xiuqin v. defendant Zhou Peng, both private individuals, (2024) Yue 0106 Min Chu 21734, loan dispute RMB 150,000
        Recon mismatch: card 6217002233014572 belongs to Mr. Fu Jianping, but the refund went to 6228480037165203, an account of his ex-wife Lu Hong
        Labelling note: the line "my husband Jason Ng is on dialysis at PYNEH every Tue/Thu, call me at 5437 9012" must be tagged HEALTH + PHONE
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful data science assistant for an e-commerce analytics team."),
        ("user", "帮我看下这个 merge 为啥行数变多了，df_a 和 df_b 都按 uid join"),
        (
            "user",
            "df_a.head(2):\n    uid   name    phone         city\n0  1021  苏文静  13917628805  杭州\n1  1022  潘志明  18758302146  宁波",
        ),
        ("assistant", "多半是 df_b 里 uid 不唯一，先跑 df_b.uid.duplicated().sum() 看看。"),
        ("user", "确实，有 8000 多条重复，谢了"),
    ],
    [
        ("user", "写个 SQL 帮我按身份证前6位统计用户所在地区"),
        (
            "assistant",
            "SELECT SUBSTR(cert_no, 1, 6) AS region_code, COUNT(*) FROM dim_user GROUP BY 1; 建议在脱敏表上跑。",
        ),
        ("user", "跑出来有一条很怪，cert_no 是 440304198711053310"),
        ("user", "对应 name 是 钟立新，注册手机 15099372840，我怀疑是黄牛"),
        ("assistant", "可以单独看下他的下单频次和收货地址分布再判断。"),
    ],
    [
        ("user", "Can you help me parse this JSON from our HK claims API?"),
        (
            "user",
            '{"claim_id": "HKC-2025-00871", "insured": "Cheung Wing Sze", "hkid": "C418275(6)", "diagnosis": "breast cancer stage II", "hospital": "QMH"}',
        ),
        ("assistant", "Sure, use json.loads() and then pd.json_normalize() to flatten it."),
    ],
    [
        ("user", "标注的时候遇到这条不确定算不算个人信息"),
        ("user", "“我姐叫邱美华，在上海第六人民医院住院，精神科，别告诉她单位”"),
        (
            "assistant",
            "算的，姓名加上住院科室属于敏感个人信息，应该标 PER + HEALTH，并且点“含敏感信息”。",
        ),
        ("user", "好的，那我跳过"),
    ],
    [
        ("system", "你是 BI 助手，回答要简洁。"),
        ("user", "帮我把这周黑卡客户 top3 拉一下"),
        ("assistant", "请提供表名或者直接贴数据。"),
        (
            "user",
            "1. 宋雅琴 消费 ¥412,800 住 上海市长宁区虹桥路1438号古北国际花园6号楼2101\n2. 卢国庆 ¥388,150\n3. 彭丽娜 ¥301,920 手机 13501847263",
        ),
        ("assistant", "已整理。提醒一下，这里面有住址和手机号，分享前请先脱敏。"),
    ],
    [
        ("user", "hi, need help cleaning our Malaysia lead list, the ic column has mixed formats"),
        ("assistant", "Share a few sample values and I'll write a regex to normalise them."),
        (
            "user",
            "e.g. 900412105523, 900412-10-5523 — that one's Siti Hajar binti Yusof, 011-2398 7745",
        ),
        ("assistant", "Use re.sub(r'[^0-9]', '', s) then reformat as YYMMDD-PB-NNNN."),
    ],
    [
        ("user", "Need a regex to validate Singapore NRIC in pandas"),
        (
            "assistant",
            r"Try df['nric'].str.match(r'^[STFGM]\d{7}[A-Z]$') and then verify the checksum.",
        ),
        (
            "user",
            "thx. test value S9023716J fails?? it's our customer Ong Bee Hoon, lives in Tampines",
        ),
        (
            "assistant",
            "That NRIC's checksum is valid, so the regex should match; check for trailing spaces.",
        ),
    ],
    [
        ("user", "我在做 30 天再入院预测，特征里有病人姓名要不要删"),
        ("assistant", "要删，姓名对模型没有意义，而且是直接标识符。"),
        ("user", "ok，顺便帮我看下这个样本为啥预测 0.97"),
        (
            "user",
            "patient=姚建华, age=67, dx=COPD+心衰, 住址 成都市武侯区玉林南路22号, 出院 2025-11-20, 11-27 又住进来了",
        ),
        ("assistant", "两次住院间隔 7 天、合并心衰，这些都是强特征。"),
    ],
    [
        ("user", "A/B 结果出来了但是有个用户投诉"),
        ("user", "他叫 曹文杰"),
        ("user", "说同一个商品他老婆手机上便宜 20 块，他的号是 18817265093"),
        ("assistant", "可能是分桶不同导致的价格实验差异，建议客服先补偿并把该 uid 加入白名单。"),
    ],
    [
        ("user", "台灣那邊的資料表要對一下身分證格式"),
        ("assistant", "台灣身分證是 1 個英文字母加 9 位數字，最後一位是檢查碼。"),
        ("user", "這筆 F1284059378 是 陳冠宇 的，系統說格式錯"),
        ("user", "他住新北市板橋區文化路一段188巷5號4樓，電話 0921-706-385"),
        ("assistant", "這個號碼的檢查碼是正確的，可能是欄位有全形字元。"),
    ],
]
