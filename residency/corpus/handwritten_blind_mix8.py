"""Blind check set mix8: mixed Chinese and English technical data (code, SQL, JSON, CSV, logs, configs, API docs, tests, masking docs). All names and values are invented.

Written blind on 2026-12-03; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix8
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("mixed", "code"): _lines("""
        def mask_phone(phone: str) -> str:  # 手机号脱敏，保留前三后四
        return phone[:3] + "****" + phone[-4:]  # 例如 13812345678 -> 138****5678
        // 校验身份证最后一位校验码，权重数组来自 GB 11643-1999
        const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]; // 加权因子，余数映射 10X98765432
        # 注意：这里的 user_id 是自增主键，不要直接暴露给前端，对外统一用 uuid
        if len(id_card) != 18: raise ValueError("身份证号长度应为18位")
        logger.info("订单 %s 已发货，物流单号 %s", order_no, tracking_no)  # 不要打印收件人姓名和电话
        public static final String CUSTOMER_SERVICE_HOTLINE = "400-820-1234"; // 公司客服热线，前端页脚统一引用
        # 散列策略参考 Knuth《计算机程序设计艺术》第 3 卷 6.4 节
        func maskIDCard(id string) string { return id[:6] + strings.Repeat("*", 8) + id[14:] } // 保留地区码和后四位
        # 邮箱脱敏：a***@example.com，@ 之前只保留首字母
        const DEFAULT_AVATAR = "https://cdn.example.com/static/avatar/default.png"; // 用户未上传头像时的默认图
        # TODO(perf): 批量插入改成 executemany，每批 1000 条，压测 QPS 从 800 提到 3200
        raise PermissionError("无权限访问该用户的敏感字段，请先申请 pii:read 权限")
    """),
    ("mixed", "sql"): _lines("""
        CREATE TABLE customer (id BIGINT PRIMARY KEY, name VARCHAR(64) COMMENT '姓名', mobile VARCHAR(20) COMMENT '手机号(加密存储)', id_card_enc VARBINARY(256) COMMENT '身份证号密文');
        INSERT INTO customer (name, mobile, email) VALUES ('张三', '13800000000', 'zhangsan@example.com'); -- 示例数据，仅用于本地开发
        SELECT order_no, status, paid_at FROM orders WHERE paid_at >= '2025-11-01' AND status = 'SHIPPED' LIMIT 50;
        UPDATE customer SET mobile = CONCAT(LEFT(mobile, 3), '****', RIGHT(mobile, 4)) WHERE env = 'staging'; -- 测试库统一脱敏
        ALTER TABLE user_address ADD COLUMN district_code CHAR(6) NOT NULL DEFAULT '000000' COMMENT '行政区划代码';
        -- 统计各省注册用户数，只输出聚合结果，不含明细
        SELECT province, COUNT(*) AS cnt FROM user_profile GROUP BY province ORDER BY cnt DESC;
        INSERT INTO sku (sku_code, title, price_cent) VALUES ('SKU-20251203-0042', '无线降噪耳机 Pro 2 代', 129900);
        GRANT SELECT ON analytics.order_summary TO 'bi_reader'@'10.%'; -- BI 只读账号，不给明细表权限
        DELETE FROM sms_log WHERE created_at < NOW() - INTERVAL 180 DAY; -- 短信日志保留 180 天，满足最小必要原则
    """),
    ("mixed", "json"): _lines("""
        {"code": 0, "msg": "success", "data": {"orderNo": "SO202512030001873", "status": "PAID", "amount": 259.00}}
        {"name": "李四", "phone": "138****5678", "idCard": "4403**********1234", "masked": true}
        {"error": {"code": "INVALID_MOBILE", "message": "手机号格式不正确", "field": "mobile"}}
        {"traceId": "7f3c9a2e-4b1d-4e8a-9c55-0d2f6b1e8a77", "latency_ms": 183, "upstream": "payment-gateway"}
        {"example": {"email": "user@example.com", "mobile": "+86 13800138000"}, "note": "文档示例值，非真实用户"}
        {"version": "2.14.3", "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "released": "2025-10-28"}
        {"province": "浙江省", "city": "杭州市", "district": "西湖区", "adcode": "330106"}
        {"hotline": "95588", "bank": "中国工商银行", "service_hours": "7x24"}
        {"trackingNo": "SF1428903367512", "carrier": "顺丰速运", "lastEvent": "快件已到达【杭州转运中心】"}
        {"card_bin": "622202", "issuer": "ICBC", "card_type": "DEBIT", "length": 19}
        [{"date": "2025-11-30", "dau": 182344, "new_users": 5120, "retention_d1": 0.412}]
    """),
    ("mixed", "csv"): _lines("""
        order_no,sku_code,qty,unit_price,created_at
        SO202511280004411,SKU-8831,2,49.90,2025-11-28T10:22:31+08:00
        province,registered_users,paying_users,arpu
        广东省,1204331,88210,36.7
        id,name,mobile,note
        1,测试用户A,13800000001,压测账号-请勿外呼
        date,channel,sms_sent,sms_failed,fail_rate
        2025-12-01,阿里云短信,48213,37,0.08%
    """),
    ("mixed", "log"): _lines("""
        2025-12-03 09:14:22.118 INFO  [order-svc] 订单 SO202512030001873 支付成功, amount=259.00, channel=WECHAT_PAY
        2025-12-03 09:14:23.402 WARN  [sms-svc] 发送验证码到 138****5678 失败: 触发流控 (limit=5/min)
        2025-12-03 09:15:01.007 ERROR [gateway] upstream timeout host=10.12.8.43:8080 path=/api/v2/orders cost=3002ms
        [2025-12-03T01:15:44Z] DNS resolver fallback: 223.5.5.5 -> 114.114.114.114
        2025-12-03 10:02:11 INFO  [auth] login ok uid_hash=5e884898da28047151d0e56f8dc62927 client=ios/17.2 app=4.8.0
        2025-12-03 10:02:13 DEBUG [kyc] 身份证号已脱敏: 110***********1182, 实名结果=PASS
        Exception in thread "main" java.lang.NullPointerException: Cannot invoke "String.length()" because "mobile" is null
        at com.example.crm.service.CustomerService.normalizeMobile(CustomerService.java:142)
        2025-12-03 11:30:00 INFO  [cron] 清理过期会话 12843 条, 耗时 1.7s
        nginx: 203.0.113.45 - - [03/Dec/2025:11:31:07 +0800] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28"
        2025-12-03 12:00:05 WARN  [risk] 设备指纹 d41d8cd98f00b204e9800998ecf8427e 1 分钟内注册 37 个账号，已拦截
    """),
    ("mixed", "config"): _lines("""
        spring.datasource.url=jdbc:mysql://db.internal.example.com:3306/crm?useUnicode=true&characterEncoding=utf8mb4
        pii.mask.enabled: true  # 生产环境必须开启，关闭需安全组审批
        alert.receivers: ["sre-oncall@example.com", "dingtalk://robot/ops-alerts"]  # 告警发到值班群，不要写个人手机号
        nameserver 119.29.29.29
        redis: {host: redis-master.svc.cluster.local, port: 6379, db: 3, timeout_ms: 200}
        log.pattern: "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n"
        sms.template.verify: "【示例科技】您的验证码为${code}，5分钟内有效，请勿泄露给他人。"
        [retention] raw_logs_days = 30 ; 超过 30 天的原始日志自动删除
    """),
    ("zh", "api-doc"): _lines("""
        POST /api/v1/users/verify —— 实名认证接口，请求体需包含 name 与 id_card 字段，服务端不落盘明文。
        参数 mobile：string，必填，11 位中国大陆手机号，例如 13800138000（示例值）。
        返回码 40013 表示身份证号校验位错误，请提示用户重新输入。
        接口限流：同一 IP 每分钟最多 60 次请求，超出返回 HTTP 429。
        回调地址需使用 HTTPS，示例：https://merchant.example.com/notify/pay
        字段 bank_card 在响应中仅返回后四位，如 "**** **** **** 1234"。
        如对接中遇到问题，请拨打开放平台技术支持热线 400-600-8899 或发送邮件至 open-support@example.com。
    """),
    ("en", "api-doc"): _lines("""
        GET /v2/orders/{order_no} returns 404 if the order does not belong to the caller's merchant_id.
        The `email` field is validated against RFC 5322; use alice@example.com and bob@example.org in integration tests.
        Rate limits reset every 60 seconds; inspect the X-RateLimit-Remaining response header.
        Card numbers must pass the Luhn check; 4111 1111 1111 1111 is the standard Visa test number and is rejected in live mode.
        All timestamps are ISO 8601 in UTC, e.g. 2025-12-03T01:14:22Z.
    """),
    ("mixed", "masking-doc"): _lines("""
        正则 ^1[3-9]\\d{9}$ 匹配中国大陆 11 位手机号，第二位为 3-9。
        身份证正则 ^[1-9]\\d{5}(18|19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx]$ 可初步过滤，但仍需计算校验位。
        脱敏规则：姓名保留姓氏，如"王**"；手机号保留前三后四；银行卡只保留后四位。
        Masking policy: replace the middle ten digits of an 18-digit resident ID with asterisks, e.g. 1101**********123X.
        示例身份证号 11010519491231002X 常见于各类技术文档，仅作格式演示，不对应任何真实个人。
        Tokenization vs. masking: tokens like tok_9XkL2pQ7 are reversible via the vault, masks like 138****5678 are not.
        k-匿名要求每个准标识符组合至少出现 k=5 次，否则对邮编做泛化（如 310012 -> 3100**）。
        邮箱正则 ^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$ 不能覆盖所有合法地址，仅用于前端提示。
    """),
    ("mixed", "test"): _lines("""
        def test_mask_phone(): assert mask_phone("13800138000") == "138****8000"
        @pytest.mark.parametrize("raw,expected", [("zhangsan@example.com", "z*******@example.com")])
        FAKE_CUSTOMER = {"name": "测试用户", "mobile": "13900000000", "id_card": "110101199003074477"}  # Faker 生成，非真实数据
        expect(validateIdCard("110101199003071234")).toBe(false); // 校验位错误，应返回 false
        assert luhn_valid("6212260000000000000") is True  # 构造的卡号，只为满足 Luhn
        it("rejects a landline without area code", () => expect(isMobile("8888 6666")).toBe(false));
        fixtures/orders.yaml: - {order_no: SO-TEST-0001, amount: 0.01, buyer: test_buyer_01}
        self.assertEqual(mask_name("欧阳锋"), "欧阳*")  # 复姓用例，名字取自《射雕英雄传》
        Faker('zh_CN').name() 每次运行生成不同的假名，seed 固定为 42 以便复现。
    """),
    ("en", "notebook"): _lines("""
        Out[12]: shape=(1204331, 18), null ratio in column 'mobile': 0.37%
        df['mobile'].str.match(r'^1[3-9]\\d{9}$').mean()  -> 0.9942
        Out[7]: Index(['order_no', 'sku_code', 'qty', 'province', 'paid_at'], dtype='object')
        Accuracy on the held-out NER set: PER 0.912, LOC 0.887, ORG 0.853, ID_CARD 0.998
        Out[21]: 0 rows matched the unmasked ID pattern after applying mask_id()
        Training loss after epoch 3: 0.4127, eval loss: 0.4390, lr=2e-5
    """),
    ("mixed", "public"): _lines("""
        # 致敬 Linus Torvalds：git 仓库的第一个提交是 e83c5163316f89bfbde7d9ab23ca2e25604af290，写于 2005 年 4 月。
        雷军在小米 SU7 发布会上宣布标准版售价 21.59 万元，README 里的价格计算示例沿用了这个数字。
        按照《个人信息保护法》第二十八条，身份证号、金融账户属于敏感个人信息。
        12306 客服电话、110 报警电话、120 急救电话在号码校验里需要作为白名单短号处理。
        中国移动客服 10086、中国联通 10010、中国电信 10000 不属于个人手机号，正则不应命中。
        Release notes v3.2.0 (2025-11-18): fixed a bug where masked phones such as 139****0000 were re-exposed in CSV exports.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh": _lines("""
        客户王建国，手机 13917264085，身份证 330106198704152317，住杭州市西湖区文三路 478 号华星小区 6 幢 302 室。
        工单备注：用户刘秀英来电说她儿子在读高三，最近查出抑郁症，想把保单受益人改成她老伴陈德福。
        退款审核：陈丽娟，工行卡 6222021003147285194，退款 3,280 元，原因是她住院没法去上课。
        快递面单：收件人 赵美玲 15266840397 广东省深圳市南山区粤海街道科苑南路 2288 号蔚蓝海岸三期 11 栋 2B
        催收记录：借款人 孙志强（身份证 510107198811260575）已逾期 96 天，欠款 47,350.22 元，其妻电话 17702153368。
        客服回访：黄女士说她住在望京西园三区 412 号楼 2 单元 1103，上周快递员把她家门牌号拍到了业主群里。
        体检报告导出：周晓梅，女，34 岁，乙肝表面抗原阳性，手机 135 8812 6074。
        身份证号码是 四四零三零五 一九九二 零八一七 六四二九，名字叫林佳怡，帮我查下她的社保缴纳记录。
        员工离职交接：运维郑磊的私人手机 18816475023，半夜告警都打这个号，他老家是湖北黄冈的。
        贷款申请：申请人 吴海燕，月收入 6800，名下负债 23 万，配偶 何军 已失业半年。
        家长群截图转文字：我是三年二班何子涵的妈妈，孩子对花生严重过敏，电话 13162908857。
        用户反馈：我叫杨帆，我的邮箱 yangfan.1990@163.com 被你们泄露了，现在天天收到贷款短信。
        导出的会员表第 3 行：马晓东 | 男 | 1995-06-10 | 青岛市市南区香港中路 36 号 | 370202199506102839
        理赔材料：被保险人 郭淑芬 于 2025 年 10 月确诊乳腺癌二期，联系电话 19930582714。
        表格第 12 行：宋佳 / 女 / 15968123407 / 离婚诉讼中，要求不要把账单寄到家里
        医生备注导入失败: {patient_id: 'P-0009812', name: '雷淑珍', diagnosis: '2型糖尿病', phone: '13925087614'}
    """),
    "en": _lines("""
        WARN password reset requested for jessica.huang88@gmail.com from 223.104.3.17, token sent
        ERROR failed to send SMS to +86 150 7721 9380 (user: Chen Yutong): carrier rejected
        Support ticket #48213: Mr. David Liu says his ex-wife keeps logging into his account from Shenzhen; his number is +86 186 2031 7749.
        Customer Emily Zhou, DOB 1993-02-24, resident ID 310115199302240688, flagged for manual KYC review.
        IdCardValidationError: unexpected whitespace in '4201 0619 8301 2745 14' (applicant_name='Tang Wei')
        Shipping label: Kevin Xu, Flat 5B, Block 3, 88 Jinqiao Road, Pudong, Shanghai, tel 158 2903 4416
        Call note: Fang Li (card 6217 0001 2345 9876 045) says her father was admitted to Ruijin Hospital with a stroke and she wants to pause repayments.
        Bug report attachment: Hi, I'm Grace Wu, room 1702, 55 Tianmu West Road, Jing'an, my parcel shows delivered but I never got it.
        DEBUG request body: {"username":"leo_zhang","email":"leo.zhang@outlook.com","phone":"13658043127"}
        The fixture users.json was copied from prod: {"name": "Xu Jiahui", "mobile": "18930176652", "address": "Room 602, No. 17, Lane 1399 Hongqiao Road"}
        Payroll export row: Li Na, Engineer II, base 28,500 CNY, bonus withheld due to sick leave (depression)
        Incident postmortem: the leaked row belonged to customer Huang Qiang, whose card 6228 4804 3917 6022 739 was charged twice.
        3,Tang Xiaomei,13810427765,tang.xm@gmail.com,2025-11-02,refund pending
        INFO [notify] sent invoice INV-2025-11-0931 to he.ruoxi@126.com
    """),
    "mixed": _lines("""
        INSERT INTO customer (name, mobile, id_card) VALUES ('林晓燕', '13657019824', '320502199009293045');
        2025-12-03 14:22:09 ERROR [kyc] 实名校验失败 name=冯建华 idcard=350203198607140955 reason=人脸比对分数 0.41
        2025-12-03 14:25:51 INFO [mail] 重置密码邮件已发送至 wangxiaoyu_sz@qq.com (user=王晓雨)
        Caused by: IllegalStateException: 重复开户 idCard=210102197805213361 name=于桂兰 at com.example.kyc.AccountService.open(AccountService.java:88)
        61,李建军,15821467730,北京市海淀区清河小营西路27号院5号楼3单元601,VIP
        {"customerName": "邓佳琪", "mobile": "17612390584", "bankCard": "6214837558201934483", "bank": "招商银行"}
        # 这个 case 是从线上 copy 的，用户 谢文博 13482205769 反馈收不到验证码，先写死复现
        fixture = {"name": "韩雪莹", "id_card": "610113199912037626", "phone": "15001893346"}  # prod dump 2025-11-30
        Out[15]: 0  曹丽  18217640925  长沙市岳麓区  高血压二级  2025-11-02
        webhook payload 里带了明文: {"openid": "oX1a9Fq2Lr7", "nickname": "小鹿", "realName": "彭静", "phone": "13761258094"}
        调试日志忘删了：print(f"user={user.name} card={user.card}") 输出 user=袁志刚 card=6236680214583371909
        alert: on-call 升级到 贾明 (个人微信 jiaming_1988, 手机 18605713382)，他老婆在预产期，尽量别半夜打
        commit message: fix(crm): 修复客户 唐国强 的地址被截断问题 (原地址: 成都市武侯区玉林北路 12 号 3 栋 2 单元 504)
        2025-12-03 16:40:12 WARN [risk] 用户 cai.yuqing@foxmail.com 30 分钟内 5 次异地登录 (IP 183.14.132.9, 深圳)
        assert parse_id("430104200103081278").birthday == date(2001, 3, 8)  # 单测直接用了用户 许浩然 的真实证件号
        SELECT * FROM patient WHERE name = '沈玉兰' AND id_card = '110108197503021182'; -- 急诊科要的查询，查完删
        regex 测试样本混进了真实数据："联系人：蒋小军，电话 13386054921，地址：南京市鼓楼区北京西路 72 号 2 单元 401"
        Caused by: DuplicateKeyException: Duplicate entry '440106199405123620' for key 'uk_id_card'，是用户 梁晓薇 重复注册
        邮件退信日志：550 User unknown <zhou.mingxuan@sina.com>，收件人 周明轩 的账单未送达
        DEBUG [sms] code=482913 to=19157236840 template=LOGIN
    """),
}

#: Multi-turn chats; every chat is personal (some turn reveals personal information).
CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "这条 SQL 报错 Data too long for column 'address'，帮我看看：INSERT INTO customer (name, mobile, address) VALUES ('罗春燕', '15967320418', '浙江省宁波市鄞州区首南街道天童南路 588 号银泰城公寓 2 号楼 1907 室');",
        ),
        (
            "assistant",
            "address 列的长度不够存这么长的地址，可以把 VARCHAR(32) 改成 VARCHAR(255)。另外建议不要把真实客户的姓名、电话和住址贴到外部工具里。",
        ),
        ("user", "好，改成 255 就行了，谢谢。"),
    ],
    [
        ("user", "我写的身份证正则 ^\\d{17}\\d$ 为什么匹配不上我妈的身份证 23010319700612352X？"),
        ("assistant", "因为最后一位可能是 X，\\d 匹配不了字母。改成 ^\\d{17}[\\dXx]$ 就可以了。"),
        ("user", "好了，能匹配了。"),
    ],
    [
        (
            "user",
            "Can you write a Python function that extracts the email from log lines like this?",
        ),
        ("assistant", "Sure, paste a sample line and I'll build the regex around it."),
        (
            "user",
            "2025-12-02 22:41:07 ERROR [billing] charge failed for olivia.tan.sh@gmail.com (card ending 4417), retry 3/3",
        ),
        (
            "assistant",
            "re.search(r'for (\\S+@\\S+) ', line).group(1) works for that format. Consider masking the address before the log is written.",
        ),
    ],
    [
        ("user", "Luhn 校验的原理是什么？"),
        (
            "assistant",
            "从右往左数，偶数位乘 2，结果大于 9 的减 9，所有位加起来能被 10 整除就通过。",
        ),
        ("user", "那我自己的卡 6225 8802 1374 6507 算下来对吗？户名是我，高婷婷，建行的。"),
        ("assistant", "按规则算是能通过校验的，不过卡号属于敏感信息，以后别发在对话里。"),
    ],
    [
        ("user", "帮我把下面的 CSV 转成 JSON 数组，字段名用英文。"),
        ("assistant", "好的，把 CSV 发过来。"),
        (
            "user",
            "姓名,电话,地址\n潘志伟,13867012345,杭州市拱墅区大关路 100 号 4 幢 201\n潘美华,13867054321,杭州市拱墅区大关路 100 号 4 幢 201",
        ),
        (
            "assistant",
            '[{"name": "潘志伟", "phone": "13867012345", "address": "杭州市拱墅区大关路 100 号 4 幢 201"}, {"name": "潘美华", "phone": "13867054321", "address": "杭州市拱墅区大关路 100 号 4 幢 201"}]',
        ),
    ],
    [
        (
            "user",
            "线上报了这个异常，什么意思？ com.example.kyc.IdCardException: birth date out of range for id=410105196509032488 (user 钱桂芝)",
        ),
        (
            "assistant",
            "这个证件号的出生日期是 1965-09-03，看起来合法，可能是你们的年龄校验只允许 18-60 岁。建议异常信息里不要带证件号和姓名。",
        ),
        ("user", "对，她今年六十岁出头，被年龄上限拦了。"),
    ],
    [
        (
            "user",
            "Our PagerDuty config falls back to a personal number. Is this YAML valid? escalation: {name: Zhang Hao, phone: '+86 181 2076 3395'}",
        ),
        ("assistant", "The YAML is valid. The quoted phone will stay a string."),
        (
            "user",
            "Good. He's on medical leave for his back surgery until January though, so maybe I should swap him out.",
        ),
        ("assistant", "Yes, point the escalation at a team rotation instead of a single person."),
    ],
    [
        (
            "user",
            "用 pandas 画个折线图，数据是我爸董振华这几个月的空腹血糖：9月 8.2，10月 7.6，11月 9.1。",
        ),
        (
            "assistant",
            "df = pd.DataFrame({'month': ['9月', '10月', '11月'], 'glucose': [8.2, 7.6, 9.1]}); df.plot(x='month', y='glucose')",
        ),
        ("user", "11 月又升上去了，医生说他可能要打胰岛素了。"),
    ],
    [
        (
            "user",
            "单测 fixture 我直接从生产库导了一条，这样写可以吗？USER = {'name': '石文静', 'id_card': '500103198511194628', 'mobile': '18523617740', 'addr': '重庆市渝中区解放碑八一路 177 号 22-3'}",
        ),
        (
            "assistant",
            "不建议。测试数据应该用 Faker 或者明显的假值，比如 13800000000 和 example.com 邮箱，生产数据要脱敏后再用。",
        ),
    ],
]
