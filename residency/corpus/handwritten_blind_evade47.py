# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade47: personal data in vertical, transposed, columnar and boxed layouts. All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade47
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "竖排诗词与招牌"): [
        ("低 举 疑 床 静\n头 头 是 前 夜\n思 望 地 明 思\n故 明 上 月 李\n乡 月 霜 光 白"),
        (
            "上联：\n"
            "天\n"
            "增\n"
            "岁\n"
            "月\n"
            "人\n"
            "增\n"
            "寿\n"
            "\n"
            "下联：\n"
            "春\n"
            "满\n"
            "乾\n"
            "坤\n"
            "福\n"
            "满\n"
            "门\n"
            "\n"
            "横批：四季平安"
        ),
        ("陈\n记\n肠\n粉\n\n始于1986\n订餐热线 0757-8223 1066\n（堂食 外卖 均可）"),
        ("中\n山\n北\n路\n2\n0\n8号\n\n市人民政府信访接待中心 →"),
        (
            "【书法临帖】\n"
            "之 春 永\n"
            "兰 之 和\n"
            "亭 初 九\n"
            "修 会 年\n"
            "禊 于 岁\n"
            "事 会 在\n"
            "也 稽 癸\n"
            "　 山 丑\n"
            "　 阴 暮\n"
            "\n"
            "——王羲之《兰亭集序》节选，行书竖排，自右向左读"
        ),
        ("时\n珍\n大\n药\n房\n24小时营业｜医保定点\n药事咨询 0713-6210 3120"),
        ("为\n人\n民\n服\n务\n——毛泽东 题"),
        (
            "今日推荐（竖排菜牌，从右往左）\n"
            "蓉  蒸  红\n"
            "菜  鲈  烧\n"
            "心  鱼  肉\n"
            "二  六  四\n"
            "十  十  十\n"
            "二  八  八\n"
            "元  元  元\n"
            "　  蒜  清"
        ),
        (
            "鲁\n"
            "迅\n"
            "故\n"
            "居\n"
            "\n"
            "开放时间 9:00-16:00（周一闭馆）\n"
            "参观咨询 010-6616 4080\n"
            "门票：免费，凭预约二维码入场"
        ),
        ("逸\n夫\n楼\n\n3F 学术报告厅 ↑\n2F 计算机实验室 ↑\n1F 教务办公室 →"),
        (
            "不 玉 却\n"
            "下 又 说\n"
            "饭 病 宝\n"
            "也 了 玉\n"
            "懒 心 因\n"
            "去 中 见\n"
            "吃 放 黛\n"
            "\n"
            "（《红楼梦》第三十四回，竖排影印本转录）"
        ),
        ("开\n业\n大\n吉\n\n贺 鑫源五金店 隆重开张\n好运来超市 全体员工 敬贺"),
        (
            "温\n"
            "馨\n"
            "提\n"
            "示\n"
            "\n"
            "本小区物业服务中心电话：0571-8888 2100\n"
            "报修请拨 24 小时值班电话 0571-8888 2119"
        ),
    ],
    ("zh-Hans", "转置表格与框线"): [
        (
            "+------+-----------+-----------+-----------+\n"
            "| 参数 | X1 标准版 | X1 Pro    | X1 Ultra  |\n"
            "+------+-----------+-----------+-----------+\n"
            '| 屏幕 | 6.1" OLED | 6.7" OLED | 6.8" LTPO |\n'
            "| 电池 | 4500mAh   | 5000mAh   | 5500mAh   |\n"
            "| 存储 | 128GB     | 256GB     | 512GB     |\n"
            "| 售价 | ¥3999     | ¥4599     | ¥5999     |\n"
            "+------+-----------+-----------+-----------+"
        ),
        (
            "指标                 | 2022    | 2023    | 2024\n"
            "地区生产总值（亿元） | 18753.2 | 20116.7 | 21430.5\n"
            "同比增速             | 3.1%    | 5.4%    | 5.0%\n"
            "常住人口（万人）     | 1312.4  | 1318.9  | 1321.6"
        ),
        (
            "-[ RECORD 1 ]---------------\n"
            "订单号  | DD20251203117845\n"
            "商品   | 小米空气净化器 4 Lite\n"
            "数量   | 1\n"
            "实付金额 | 699.00\n"
            "支付方式 | 微信支付\n"
            "物流单号 | SF1402837719204\n"
            "状态   | 已签收"
        ),
        (
            "┌───────────────────────────────────────┐\n"
            "│ 姓名：＿＿＿＿＿＿＿＿　性别：□男 □女 │\n"
            "│ 身份证号：□□□□□□□□□□□□□□□□□□          │\n"
            "│ 联系电话：＿＿＿＿＿＿＿＿＿＿＿      │\n"
            "│ （请用黑色签字笔正楷填写，勿涂改）    │\n"
            "└───────────────────────────────────────┘"
        ),
        (
            "╔══════════════════════════════════╗\n"
            "║ 中国工商银行 客户服务热线 95588  ║\n"
            "║ 工作时间：7×24 小时              ║\n"
            "║ 谨防诈骗：工作人员不会索要验证码 ║\n"
            "╚══════════════════════════════════╝"
        ),
        (
            "车次   | G7           | G101           | G105\n"
            "始发   | 北京南 19:00 | 北京南 06:36   | 北京南 07:17\n"
            "终到   | 上海 23:38   | 上海虹桥 12:40 | 上海虹桥 13:03\n"
            "历时   | 4:38         | 6:04           | 5:46\n"
            "二等座 | ¥662         | ¥626           | ¥626"
        ),
        (
            "+------------------------------------------------+\n"
            "| ⚠ 群公告                                       |\n"
            "| 请勿在群内发送身份证号、银行卡号、             |\n"
            "| 家庭住址等个人信息；资料请走 OA 加密通道上传。 |\n"
            "| 违规截图将由管理员撤回。                       |\n"
            "+------------------------------------------------+"
        ),
        (
            "节次 | 周一 | 周二  | 周三  | 周四     | 周五\n"
            "1-2  | 高数 | 大物  | 高数  | 英语     | 线代\n"
            "3-4  | 英语 | C语言 | 体育  | 大物实验 | 思政\n"
            "5-6  | —    | 线代  | C语言 | —        | 班会"
        ),
        (
            "╭─────────────────────────────────────╮\n"
            "│ inventory-svc  v3.2.1               │\n"
            "│ build   20251204.7 (git a3f9c07e1b) │\n"
            "│ runtime openjdk 21.0.5              │\n"
            "│ profile prod-cn-shanghai            │\n"
            "╰─────────────────────────────────────╯"
        ),
        (
            "科室       | 心内科         | 消化内科       | 儿科\n"
            "楼层       | 门诊楼 3F      | 门诊楼 4F      | 儿科楼 1F\n"
            "分诊台电话 | 0371-6523 8031 | 0371-6523 8046 | 0371-6523 8102\n"
            "出诊时间   | 周一至周六     | 周一至周五     | 全天\n"
            "—— 仲景中医院 门诊指引（2025版）"
        ),
        (
            "┌────────────────────────────────────┐\n"
            "│ 【示例】填写样例                   │\n"
            "│ 姓名：张三                         │\n"
            "│ 手机：138****0000                  │\n"
            "│ 地址：XX省XX市XX区XX路XX号         │\n"
            "│ 以上均为示意，请按本人实际信息填写 │\n"
            "└────────────────────────────────────┘"
        ),
        (
            "代码   | 600519   | 000858 | 601318\n"
            "名称   | 贵州茅台 | 五粮液 | 中国平安\n"
            "收盘   | 1532.00  | 128.45 | 52.17\n"
            "涨跌幅 | +0.84%   | -1.12% | +0.35%"
        ),
        (
            "+------------------------------+\n"
            "| 顺丰速运 运单查询            |\n"
            "| 运单号：SF1402837719204      |\n"
            "| 状态：已签收（签收人：本人） |\n"
            "| 签收时间：2025-12-03 18:42   |\n"
            "| 快件服务热线 95338           |\n"
            "+------------------------------+"
        ),
    ],
    ("zh-Hant", "直排文字"): [
        ("過 立\n財 法\n政 會\n預 三\n算 讀\n案 通\n\n（頭版直排標題，本報記者）"),
        (
            "中 四 余\n"
            "國 十 致\n"
            "之 年 力\n"
            "自 其 國\n"
            "由 目 民\n"
            "平 的 革\n"
            "等 在 命\n"
            "　 求 凡\n"
            "\n"
            "——孫文《總理遺囑》"
        ),
        ("陳\n記\n燒\n臘\n\n叉燒 燒鵝 白切雞\n訂座及外賣 2385 4417"),
        ("中\n正\n紀\n念\n堂\n\n台北市中正區中山南路２１號\n開放時間 09:00-18:00"),
        ("上聯：有\n求\n必\n應\n下聯：誠\n心\n則\n靈\n（黃大仙祠 正殿門聯）"),
        (
            "茶餐廳餐牌（直排）\n"
            "茶  蘿  常\n"
            "十  油  餐\n"
            "八  十  三\n"
            "元  二  十\n"
            "　  元  八\n"
            "　  凍  元\n"
            "　  檸  菠"
        ),
        ("如 郭\n花 靖\n心 見\n中 黃\n一 蓉\n蕩 笑\n　 靨\n\n《射鵰英雄傳》第十二回"),
        (
            "誠\n"
            "聘\n"
            "\n"
            "門市銷售 兩名\n"
            "月薪 HK$16,000 起\n"
            "履歷請寄 hr@goldenlotus-bakery.hk\n"
            "（未獲通知者恕不另覆）"
        ),
        ("今\n晚\n節\n目\n\n19:00 新聞\n20:00 劇集《城寨風雲》\n21:30 體育世界"),
        ("把 明\n酒 月\n問 幾\n青 時\n天 有\n\n蘇軾《水調歌頭》　己亥年書"),
        (
            "┌──────────────────────┐\n"
            "│ 政府熱線 1823        │\n"
            "│ 24 小時 查詢及投訴   │\n"
            "│ 網址 www.1823.gov.hk │\n"
            "└──────────────────────┘"
        ),
        ("瑪\n麗\n醫\n院\n\n急症室 →\n日間醫療中心 ←\n查詢 2255 3838"),
        ("彌\n敦\n道\n\n往 尖沙咀 ↓\n往 旺角 ↑"),
    ],
    ("en", "ascii-boxes"): [
        (
            "+--------------------------------------+\n"
            "| deploy-bot v2.14.3  (build 7f3c9a1e) |\n"
            "| target : prod-ap-southeast-1         |\n"
            "| release: 2025-12-04T02:15:09Z        |\n"
            "| status : ROLLING (3/12 pods ready)   |\n"
            "+--------------------------------------+"
        ),
        (
            "+====================================+\n"
            "| AH HOCK HARDWARE PTE LTD           |\n"
            "| Blk 3017 Bedok North St 5 #01-22   |\n"
            "| Tel 6748 2210                      |\n"
            "+====================================+\n"
            "| Order  #SG-20251204-88172          |\n"
            "| 2x  PVC elbow 20mm        S$ 3.60  |\n"
            "| 1x  Bosch drill bit set   S$39.30  |\n"
            "| TOTAL                     S$42.90  |\n"
            "+====================================+\n"
            "| Thank you! No refund after 7 days. |\n"
            "+====================================+"
        ),
        (
            "┌────────────────────────────────────────────────┐\n"
            "│ APPLICATION FORM (BLOCK LETTERS)               │\n"
            "│ Name : [                              ]        │\n"
            "│ NRIC : [         ]   DOB : [  /  /    ]        │\n"
            "│ Mobile: [        ]   Email: [                ] │\n"
            "└────────────────────────────────────────────────┘"
        ),
        (
            "################################################\n"
            "# !! REMINDER !!                               #\n"
            "# Never paste customer NRIC / passport numbers #\n"
            "# into Slack or Jira. Use the ticket ID only.  #\n"
            "# Questions -> #data-protection                #\n"
            "################################################"
        ),
        (
            "╔═════════════════════════════════════╗\n"
            "║ HERITAGE TRAIL  Stop 3              ║\n"
            "║ Raffles Landing Site                ║\n"
            "║ Sir Stamford Raffles landed here on ║\n"
            "║ 28 January 1819.                    ║\n"
            "╚═════════════════════════════════════╝"
        ),
        (
            "CI summary\n"
            "+------+--------+------+\n"
            "| job  | status | time |\n"
            "+------+--------+------+\n"
            "| lint | pass   | 0:41 |\n"
            "| unit | pass   | 3:12 |\n"
            "| e2e  | FAIL   | 9:58 |\n"
            "+------+--------+------+\n"
            "commit 4be1d9c0f72a  branch main"
        ),
        (
            " _  __  ___   ____  ___\n"
            "| |/ / / _ \\ |  _ \\|_ _|\n"
            "| ' / | | | || |_) || |\n"
            "| . \\ | |_| ||  __/ | |\n"
            "|_|\\_\\ \\___/ |_|   |___|\n"
            "  kopi-cli 0.9.2 - brew like a local"
        ),
        (
            "╭──────────────────────────────────────────────╮\n"
            "│ BAKER STREET BOOK CLUB                       │\n"
            "│ December read: The Hound of the Baskervilles │\n"
            "│ Sherlock Holmes & Dr Watson, 221B Baker St   │\n"
            "│ Meet: Sat 3pm, Library@Orchard               │\n"
            "╰──────────────────────────────────────────────╯"
        ),
        (
            "┌─────────────────────────────────────────┐\n"
            "│ Feeling overwhelmed? You are not alone. │\n"
            "│ Samaritans of Singapore 24h: 1767       │\n"
            "│ SOS CareText (WhatsApp): 9151 1767      │\n"
            "└─────────────────────────────────────────┘"
        ),
        (
            "+-------------------------------------------+\n"
            "| TAN TOCK SENG HOSPITAL                    |\n"
            "| Clinic 4B  Specialist Outpatient          |\n"
            "| Queue No.  4127                           |\n"
            "| Please proceed when your number is shown. |\n"
            "+-------------------------------------------+"
        ),
        (
            "+---------------------------------+\n"
            "| INC0048213 | P2 | NetOps        |\n"
            "| Opened 2025-12-04T09:14:00Z     |\n"
            "| SLA breach in 01:45:00          |\n"
            "| Summary: BGP flap on edge-sg-02 |\n"
            "+---------------------------------+"
        ),
        (
            "********************************\n"
            "* BeanThere Cafe - Guest Wi-Fi *\n"
            "* SSID : BeanThere_Guest       *\n"
            "* Pass : latte2025!            *\n"
            "* Max 2 hrs per session        *\n"
            "********************************"
        ),
        (
            "┌────────────────────────────────────────────────────────┐\n"
            "│ Dear {{customer_name}},                                │\n"
            "│ Your order {{order_id}} ships to {{shipping_address}}. │\n"
            "│ Reply STOP to unsubscribe.                             │\n"
            "└────────────────────────────────────────────────────────┘"
        ),
    ],
    ("en", "transposed-tables"): [
        (
            "-[ RECORD 1 ]----------------------------------------\n"
            "sku        | KB-84-BRN\n"
            "name       | Mechanical keyboard 84-key, brown switch\n"
            "price_sgd  | 129.00\n"
            "stock      | 42\n"
            "updated_at | 2025-12-01 10:22:51+08"
        ),
        (
            "*************************** 1. row ***************************\n"
            "     Slave_IO_Running: Yes\n"
            "    Slave_SQL_Running: Yes\n"
            "          Master_Host: 10.12.4.21\n"
            "Seconds_Behind_Master: 0\n"
            "           Last_Error: \n"
            "1 row in set (0.00 sec)"
        ),
        (
            ">>> metrics.T\n"
            "           train  val    test\n"
            "precision  0.962  0.931  0.928\n"
            "recall     0.948  0.917  0.911\n"
            "f1         0.955  0.924  0.919\n"
            "support    18420  2303   2302"
        ),
        (
            "Name:         web-7d9c8b6f5-xk2lp\n"
            "Namespace:    storefront\n"
            "Node:         ip-10-0-3-118.ap-southeast-1.compute.internal\n"
            "Status:       Running\n"
            "IP:           10.0.3.71\n"
            "Restart Count: 2"
        ),
        (
            "plan      | Lite    | Plus | Max\n"
            "data      | 20GB    | 80GB | unlimited\n"
            "talktime  | 200 min | unl. | unl.\n"
            "price/mth | S$10    | S$25 | S$45"
        ),
        (
            "-[ RECORD 1 ]+-----------------------------------------\n"
            "company_name | Lim Brothers Trading Pte Ltd\n"
            "uen          | 201912345K\n"
            "main_line    | 6222 1234\n"
            "address      | 10 Anson Road #22-05 International Plaza\n"
            "industry     | Wholesale of hardware"
        ),
        (
            "flight   | SQ 826    | SQ 831\n"
            "from     | SIN 23:55 | PVG 08:05\n"
            "to       | PVG 05:25 | SIN 13:35\n"
            "aircraft | A350-900  | A350-900"
        ),
        (
            "name   | Lee Kuan Yew                | Tunku Abdul Rahman\n"
            "office | Prime Minister of Singapore | Prime Minister of Malaya\n"
            "term   | 1959-1990                   | 1957-1970"
        ),
        (
            "     | Mon | Tue | Wed | Thu\n"
            "high | 31C | 32C | 30C | 29C\n"
            "low  | 25C | 26C | 25C | 24C\n"
            "rain | 60% | 20% | 80% | 90%"
        ),
        (
            "*************************** 1. row ***************************\n"
            "     id: tpl_017\n"
            "subject: Welcome, {{first_name}}!\n"
            "   body: Hi {{first_name}} {{last_name}}, verify {{email}} within 24h.\n"
            " locale: en_SG\n"
            "1 row in set (0.00 sec)"
        ),
        (
            "benchmark (transposed)\n"
            "         v1.8    v1.9\n"
            "p50 ms   12.1    10.4\n"
            "p95 ms   48.0    39.6\n"
            "p99 ms   97.3    81.0\n"
            "rps      8,210   9,045"
        ),
        (
            "Region     APAC      EMEA      AMER\n"
            "Revenue    4.21m     3.87m     6.02m\n"
            "Churn      2.1%      2.8%      1.9%\n"
            "NPS        41        37        45"
        ),
        '{"city": ["Singapore", "Kuala Lumpur", "Hong Kong"], "population_m": [5.92, 2.08, 7.50], "area_km2": [735, 243, 1114]}',
    ],
    ("en", "vertical-signage"): [
        ("H\nO\nT\nE\nL\n\nVACANCY"),
        ("14 Down (7): Founder of modern Singapore\nR\nA\nF\nF\nL\nE\nS"),
        (
            "W ind that rattles the shutters\n"
            "I cicles hang from the eaves\n"
            "N ights grow long and slow\n"
            "T ea steams by the window\n"
            "E mbers glow in the grate\n"
            "R est now, the year is done"
        ),
        ("M\nc\nD\no\nn\na\nl\nd\n'\ns\n\nDRIVE-THRU 24/7 ->"),
        ("spelling practice\nc\na\nt\n\nd\no\ng\n\nf\ni\ns\nh"),
        ("Spine:\nH\nA\nR\nR\nY\n \nP\nO\nT\nT\nE\nR\n\nJ.K. ROWLING\nBLOOMSBURY"),
        ("NOW SHOWING\nZ\nO\nO\nT\nO\nP\nI\nA\n\n2\nHall 3 - 7:40pm"),
        ("you\nhad\none\njob\n\n(sign installed upside down at the MRT, lol)"),
        ("S/N\nK\n7\nX\n2\n-\n0\n4\n4\n1\n-\nQ\n9\n\nMODEL TX-220  MADE IN MALAYSIA"),
        ("^ Ward 5A - 5D\n^ Radiology\n< Lim Bo Seng Lecture Theatre\n> Pharmacy / Payment"),
        ("G\nR\nA\nN\nD\n\nO\nP\nE\nN\nI\nN\nG\n\n50% OFF ALL ITEMS THIS SAT"),
        ("E\nX\nI\nT\n\nFire escape staircase B - do not obstruct"),
    ],
    ("ms", "kotak dan lajur"): [
        (
            "╔═════════════════════════════╗\n"
            "║ TALIAN KASIH 15999          ║\n"
            "║ Aduan penderaan & kebajikan ║\n"
            "║ WhatsApp 019-261 5999       ║\n"
            "║ 24 jam setiap hari          ║\n"
            "╚═════════════════════════════╝"
        ),
        ("J\nA\nL\nA\nN\n\nT\nU\nN\n\nR\nA\nZ\nA\nK\n\n-> Ampang / KLCC"),
        (
            "+------------------------------------+\n"
            "| BORANG PENDAFTARAN                 |\n"
            "| Nama    : ________________________ |\n"
            "| No. K/P : ______-__-____           |\n"
            "| Tel     : ____________             |\n"
            "| (Isi dengan HURUF BESAR)           |\n"
            "+------------------------------------+"
        ),
        (
            "Barang     | Minggu 1 | Minggu 2 | Minggu 3\n"
            "Beras 10kg | RM26.00  | RM26.50  | RM27.00\n"
            "Minyak 5kg | RM30.90  | RM30.90  | RM31.50\n"
            "Telur (30) | RM12.90  | RM13.20  | RM13.20"
        ),
        (
            "┌──────────────────────────────┐\n"
            "│ HOSPITAL SULTANAH AMINAH     │\n"
            "│ Klinik Pakar Ortopedik       │\n"
            "│ No. Giliran: 2213            │\n"
            "│ Sila tunggu nombor dipanggil │\n"
            "└──────────────────────────────┘"
        ),
        (
            "+=======================================+\n"
            "| WAKTU SOLAT  Kuala Lumpur  5 Dis 2025 |\n"
            "| Subuh  5:52   Zohor  1:10             |\n"
            "| Asar   4:34   Maghrib 7:06            |\n"
            "| Isyak  8:21                           |\n"
            "+=======================================+"
        ),
        (
            "Bas       | T789                   | T790\n"
            "Bertolak  | Stesen MRT Kajang 7:00 | Stesen MRT Kajang 7:20\n"
            "Tiba      | Bandar Baru Bangi 7:35 | UKM 7:50\n"
            "Kekerapan | 20 min                 | 30 min"
        ),
        (
            "###############################################\n"
            "# PERINGATAN                                  #\n"
            "# JANGAN kongsi nombor MyKad, nombor akaun    #\n"
            "# atau TAC anda melalui WhatsApp / panggilan. #\n"
            "# Bank tidak akan meminta TAC anda.           #\n"
            "###############################################"
        ),
        ("S\nE\nL\nA\nM\nA\nT\n\nD\nA\nT\nA\nN\nG\n\nke Pasar Malam Taman Melawati"),
        (
            "+-----------------------------------+\n"
            "| KEDAI RUNCIT AH SENG              |\n"
            "| No. 12 Jalan Pasar, 34000 Taiping |\n"
            "| Tel 05-807 2231                   |\n"
            "+-----------------------------------+\n"
            "| Invois INV-2025-00871             |\n"
            "| Gula 2kg          RM 5.60         |\n"
            "| Susu pekat x4     RM14.80         |\n"
            "| Jumlah            RM58.30         |\n"
            "+-----------------------------------+"
        ),
        (
            "Parti      | Kerusi | Undi popular\n"
            "Gabungan A | 82     | 37.2%\n"
            "Gabungan B | 74     | 30.1%\n"
            "Gabungan C | 30     | 22.5%\n"
            "(keputusan tidak rasmi, dikemas kini 11:40 malam)"
        ),
        (
            "╭──────────────────────────────────╮\n"
            "│ Tunku Abdul Rahman Putra Al-Haj  │\n"
            "│ Bapa Kemerdekaan (1903-1990)     │\n"
            "│ Galeri Memorial, Jalan Dato' Onn │\n"
            "╰──────────────────────────────────╯"
        ),
    ],
    ("en", "column-layout"): [
        (
            "COUNCIL APPROVES       S$4.2m plan to add\n"
            "NEW CYCLE LANES        11km of protected\n"
            "The town council on    lanes by 2027, with\n"
            "Tuesday approved a     works starting Q2."
        ),
        (
            "OPTIONS\n"
            "-a, --all                 do not ignore entries starting with .\n"
            "-l                        use a long listing format\n"
            "-h, --human-readable      print sizes like 1K 234M 2G\n"
            "-t                        sort by time, newest first"
        ),
        (
            "LEVEL 1                   LEVEL 2\n"
            "Watsons       #01-12      Uniqlo        #02-01\n"
            "Toast Box     #01-20      Popular Books #02-15\n"
            "POSB ATM      #01-K3      Kopitiam      #02-30"
        ),
        (
            "MAINS                   DRINKS\n"
            "Nasi lemak   $5.50      Kopi O        $1.40\n"
            "Char kway teow $6.00    Teh tarik     $1.80\n"
            "Mee rebus    $4.80      Milo dinosaur $3.20"
        ),
        (
            "$ ls\n"
            "Dockerfile   docs/    main.go\n"
            "Makefile     go.mod   scripts/\n"
            "README.md    go.sum   vendor/"
        ),
        (
            "SHIFT A 07:00-15:00     SHIFT B 15:00-23:00\n"
            "Triage desk             Triage desk\n"
            "Bay 1-6                 Bay 7-12\n"
            "Resus backup            Discharge lounge"
        ),
        (
            "UEN     Unique Entity Number\n"
            "GST     Goods & Services Tax\n"
            "ACRA    Accounting & Corporate Regulatory Authority\n"
            "CPF     Central Provident Fund"
        ),
        (
            "Shall I compare thee    Rough winds do shake\n"
            "to a summer's day?      the darling buds of May,\n"
            "Thou art more lovely    And summer's lease hath\n"
            "and more temperate:     all too short a date;\n"
            "  - W. Shakespeare, Sonnet 18"
        ),
        (
            "Route 36                  Route 36 (rev)\n"
            "Changi Airport  06:00     Tomlinson Rd    06:10\n"
            "Marina Centre   06:42     Suntec City     06:31\n"
            "Orchard Rd      07:05     Changi Airport  07:20"
        ),
        (
            "LIM BO SENG                Born in Nan'an, Fujian,\n"
            "1909-1944                  he was captured in 1944\n"
            "Resistance fighter and     and died in Batu Gajah.\n"
            "leader of Force 136.       Memorial: Esplanade Park"
        ),
        (
            "Basic      Team         Enterprise\n"
            "1 user     10 users     unlimited\n"
            "5 GB       100 GB       custom\n"
            "$0         $49/mo       contact sales"
        ),
        (
            "  PID USER      %CPU %MEM COMMAND\n"
            " 1842 postgres  23.1  4.2 postgres: checkpointer\n"
            " 2207 www-data  11.8  1.1 nginx: worker process\n"
            "    1 root       0.0  0.1 systemd"
        ),
    ],
}

PERSONAL: dict[str, list[str]] = {
    "en": [
        (
            "┌─────────────────────────────────────────┐\n"
            "│ TAN TOCK SENG HOSPITAL   Ward 7B Bed 12 │\n"
            "│ NAME   : LIM SIEW LING (F)              │\n"
            "│ NRIC   : S8734521A                      │\n"
            "│ DOB    : 14/03/1987                     │\n"
            "│ ALLERGY: PENICILLIN  *** FALL RISK ***  │\n"
            "└─────────────────────────────────────────┘"
        ),
        (
            "-[ RECORD 1 ]----------------------\n"
            "id         | 48213\n"
            "full_name  | Marcus Goh Wei Jie\n"
            "email      | marcus.gohwj@gmail.com\n"
            "mobile     | +65 9127 4408\n"
            "nric       | T0352918A\n"
            "created_at | 2025-11-02 09:41:17+08"
        ),
        (
            "*************************** 1. row ***************************\n"
            "ticket_id: HK-558120\n"
            " customer: Wong Hoi Lam\n"
            "    phone: 6183 2904\n"
            "  address: Flat 18B, Tower 2, Laguna Verde, Hung Hom, KLN\n"
            "    issue: fridge compressor noise, 2nd visit\n"
            "1 row in set (0.00 sec)"
        ),
        (
            "pls call back\n"
            "R\n"
            "i\n"
            "t\n"
            "a\n"
            "\n"
            "(Mrs Chua)\n"
            "9\n"
            "6\n"
            "1\n"
            "4\n"
            "\n"
            "2\n"
            "2\n"
            "0\n"
            "8\n"
            "\n"
            "re her dad's dialysis Tue/Thu - he can't do mornings"
        ),
        (
            "field   | EMP0112                | EMP0113\n"
            "name    | Nurul Aisyah bt Kamal  | Daniel Koh Jun Hao\n"
            "basic   | 4,850.00               | 6,200.00\n"
            "OT      | 312.40                 | 0.00\n"
            "bank    | Maybank 1140 2287 5561 | DBS 027-883104-6\n"
            "remarks | on no-pay leave 3 days | PIP until Jan"
        ),
        (
            "TENANCY AGREEMENT  (page 1)      TENANT: Priya d/o Raman\n"
            "LANDLORD: Harjit Singh s/o       NRIC G5819032U (FIN)\n"
            "Balwant Singh                    Premises: Blk 412 Bedok North\n"
            "NRIC S7612398E                   Ave 2 #08-1174 S(460412)"
        ),
        (
            ">>> df.T\n"
            "              0              1\n"
            "name          Chen Jia Hui   Arjun Menon\n"
            "passport      E48217735      Z5593018\n"
            "nationality   CHN            IND\n"
            "room          1208           1209"
        ),
        (
            "+----------------------------------------------+\n"
            "| FOUND ITEM - GUARDHOUSE                      |\n"
            "| Black wallet belonging to JASON TEO KAI MING |\n"
            "| IC S9127704B, DBS card, Blk 25 unit #11-03   |\n"
            "| Please collect with ID before 10 Dec.        |\n"
            "+----------------------------------------------+"
        ),
        (
            "+===================================================+\n"
            "| DC/OC 1123/2025                                   |\n"
            "| Plaintiff : Gurpreet Kaur d/o Mohan Singh         |\n"
            "| Defendant : Koh Boon Seng Renovation (sole prop.) |\n"
            "|            owner Koh Boon Seng, 57                |\n"
            "| Claim     : S$38,400 unpaid deposit + damages     |\n"
            "+===================================================+"
        ),
        (
            "card no (read it off the photo, going down):\n"
            "4\n"
            "5\n"
            "5\n"
            "9\n"
            "5\n"
            "1\n"
            "0\n"
            "0\n"
            "4\n"
            "7\n"
            "3\n"
            "2\n"
            "9\n"
            "1\n"
            "8\n"
            "5\n"
            "MR K RAJAN  exp 08/28"
        ),
        (
            "╭───────────────────────────────────────╮\n"
            "│ IRONWORKS GYM - MEMBER CARD           │\n"
            "│ Member : Shanice Ong Li Xuan  #M20931 │\n"
            "│ Emergency: mum 9038 1172              │\n"
            "│ Medical: asthma, carries Ventolin     │\n"
            "╰───────────────────────────────────────╯"
        ),
        (
            "P3 Kindness class - allergy list (teachers only)\n"
            "          | Ethan Ng         | Chloe Tan Yu Xin | Ryan Iskandar\n"
            "allergy   | peanuts (EpiPen) | none             | shellfish\n"
            "parent HP | 9772 0148        | 8816 3305        | 9105 6627"
        ),
        (
            "emergency contacts (fridge)\n"
            "Mum                      Dad                  Grandma\n"
            "Grace Lau                Benjamin Lau         Lau Ah Mui\n"
            "9481 2270                8127 5503            6287 1149\n"
            "grace.lau81@yahoo.com    at work: ext 4417    Blk 108 Toa Payoh Lor 1"
        ),
        (
            "d\n"
            "a\n"
            "v\n"
            "i\n"
            "d\n"
            ".\n"
            "k\n"
            "o\n"
            "h\n"
            "8\n"
            "8\n"
            "@\n"
            "o\n"
            "u\n"
            "t\n"
            "l\n"
            "o\n"
            "o\n"
            "k\n"
            ".\n"
            "c\n"
            "o\n"
            "m\n"
            "\n"
            "^ that's my personal email, David Koh, send the offer letter there not to my work one"
        ),
    ],
    "zh-Hans": [
        (
            "┌─────────────────────────────────────┐\n"
            "│ 收件人：周晓雯                      │\n"
            "│ 手　机：159 2048 1736               │\n"
            "│ 地　址：杭州市西湖区文三路 259 号   │\n"
            "│ 　　　　昌地火炬大厦 1 号楼 1108 室 │\n"
            "│ 备　注：放前台，勿打电话到公司      │\n"
            "└─────────────────────────────────────┘"
        ),
        (
            "我的身份证号（竖着写方便你抄）：\n"
            "3\n"
            "1\n"
            "0\n"
            "1\n"
            "1\n"
            "5\n"
            "1\n"
            "9\n"
            "9\n"
            "2\n"
            "0\n"
            "7\n"
            "2\n"
            "8\n"
            "1\n"
            "6\n"
            "4\n"
            "1\n"
            "姓名 孙雨涵"
        ),
        (
            "+----------+---------------------+\n"
            "| 项目     | 2025年11月          |\n"
            "+----------+---------------------+\n"
            "| 姓名     | 刘建军              |\n"
            "| 工号     | SZ-0457             |\n"
            "| 基本工资 | 12,000.00           |\n"
            "| 绩效     | 3,600.00            |\n"
            "| 个税     | -1,028.00           |\n"
            "| 实发     | 14,572.00           |\n"
            "| 工资卡   | 6217 0021 3401 8870 |\n"
            "+----------+---------------------+"
        ),
        (
            "寻人启事\n"
            "０ 斌 穿 十 患 何\n"
            "３ 电 蓝 二 阿 秀\n"
            "９ 话 色 月 尔 英\n"
            "２ １ 棉 二 茨 女\n"
            "５ ８ 袄 日 海 七\n"
            "４ ６ 家 走 默 十\n"
            "　 ７ 属 失 病 三\n"
            "　 １ 何 身 于 岁"
        ),
        (
            "七 二 效 顺 沉\n"
            "十 月 于 先 痛\n"
            "九 一 二 生 悼\n"
            "岁 日 〇 因 念\n"
            "　 逝 二 病 父\n"
            "　 世 五 医 亲\n"
            "　 享 年 治 王\n"
            "　 年 十 无 德\n"
            "孝子 王磊　孝女 王芳 泣告\n"
            "联系电话 133 0571 8842"
        ),
        (
            "囍\n"
            "\n"
            "礼 许 一 谨\n"
            "　 佳 月 定\n"
            "　 宁 十 于\n"
            "　 举 日 二\n"
            "　 行 为 〇\n"
            "　 结 郑 二\n"
            "　 婚 浩 六\n"
            "　 典 然 年\n"
            "地点：成都市武侯区 锦江宾馆三楼宴会厅\n"
            "新郎电话 177 0852 3316"
        ),
        (
            "*************************** 1. row ***************************\n"
            "  user_id: 882031\n"
            " nickname: 小鱼儿\n"
            "real_name: 韩梦婷\n"
            "   mobile: 19951287460\n"
            "  id_card: 420106199508173029\n"
            "  address: 湖北省武汉市武昌区中南路 99 号 12 栋 2 单元 601\n"
            "1 row in set (0.00 sec)"
        ),
        (
            "+----------------------------------+\n"
            "| 门诊病历　精神科                 |\n"
            "| 姓名：孙丽娜　女　34岁           |\n"
            "| 诊断：重度抑郁发作（F32.2）      |\n"
            "| 处理：舍曲林 50mg qd，两周后复诊 |\n"
            "+----------------------------------+"
        ),
        ("车\n主\n：\n何\n志\n远\n\n浙A·7K2M9\n挪车请电 136 7190 2845"),
        (
            "╔══════════════════════════════════════════╗\n"
            "║ 借　条                                   ║\n"
            "║ 今借到李卫东人民币伍万元整（¥50,000.00） ║\n"
            "║ 借款人：王海涛                           ║\n"
            "║ 身份证：440106197809113534               ║\n"
            "║ 约定于 2026 年 6 月 30 日前还清          ║\n"
            "║ 2025 年 12 月 1 日                       ║\n"
            "╚══════════════════════════════════════════╝"
        ),
        (
            "学号 | 20230415                      | 20230416\n"
            "姓名 | 陈思远                        | 马可欣\n"
            "家长 | 陈国栋（父）                  | 马丽（母）\n"
            "电话 | 138 1726 4590                 | 150 1288 6403\n"
            "住址 | 朝阳区望京西园三区 312-5-1801 | 朝阳区花家地北里 6-2-402"
        ),
        (
            "甲方（出租方）：吴建平          乙方（承租方）：唐悦\n"
            "身份证：510107196704222910      身份证：330106200102054883\n"
            "电话：139 8012 5521             电话：181 5803 6627\n"
            "房屋坐落：成都市青羊区宁夏街 136 号 2 栋 1403"
        ),
        (
            "户\n"
            "名\n"
            "：\n"
            "杨\n"
            "秀\n"
            "兰\n"
            "\n"
            "6\n"
            "2\n"
            "2\n"
            "8\n"
            "4\n"
            "8\n"
            "0\n"
            "0\n"
            "9\n"
            "1\n"
            "2\n"
            "0\n"
            "5\n"
            "7\n"
            "3\n"
            "9\n"
            "\n"
            "农行 南京玄武支行　份子钱直接转这张卡"
        ),
        (
            "┌────────────────────────────┐\n"
            "│ 住户登记　翠苑三区         │\n"
            "│ 房号：12 幢 3 单元 502     │\n"
            "│ 住户：黄立新、钟敏（夫妻） │\n"
            "│ 电话：155 6703 9128        │\n"
            "│ 车牌：苏A·D52L8            │\n"
            "└────────────────────────────┘"
        ),
        (
            "检查项目     | 结果            | 参考\n"
            "姓名         | 冯晓峰          | —\n"
            "乙肝表面抗原 | 阳性(+)         | 阴性\n"
            "ALT          | 86 U/L ↑        | 9-50\n"
            "体检编号     | TJ2025112900318 | —\n"
            "备注：入职体检，结果仅本人可见"
        ),
        (
            "会员信息（纵向导出）\n"
            "会员号     VIP0038812\n"
            "姓名       赵晓萌\n"
            "手机       18810437752\n"
            "生日       1996-05-21\n"
            "累计消费   ¥28,460"
        ),
    ],
    "zh-Hant": [
        (
            "話 花 午 補 陳\n"
            "９ 園 三 習 太\n"
            "６ Ｊ 時 時 您\n"
            "１ 座 地 間 好\n"
            "４ 十 址 改 令\n"
            "５ 二 九 為 郎\n"
            "２ 樓 龍 星 陳\n"
            "０ Ｂ 灣 期 浩\n"
            "８ 室 德 六 賢\n"
            "　 電 福 下 的"
        ),
        (
            "+--------------------------------+\n"
            "| 香港永久性居民身份證（影印本） |\n"
            "| 姓名：梁嘉欣 LEUNG, Ka Yan     |\n"
            "| 出生日期：19-07-1994           |\n"
            "| 身份證號碼：K578213(9)         |\n"
            "+--------------------------------+"
        ),
        ("身\n分\n證\n字\n號\n\nF\n2\n2\n8\n7\n1\n0\n3\n4\n7\n\n林怡君　學生資料表附件"),
        (
            "欄位     | 保單一       | 保單二\n"
            "要保人   | 張志明       | 張志明\n"
            "被保險人 | 張志明       | 張宇翔（子）\n"
            "身分證   | S104629570   | （未成年）\n"
            "病史     | 第二型糖尿病 | 氣喘\n"
            "手機     | 0912-458-331 | 0912-458-331"
        ),
        (
            "壽 二 民 先\n"
            "八 十 國 嚴\n"
            "十 八 一 黃\n"
            "有 日 一 金\n"
            "六 壽 四 福\n"
            "　 終 年 府\n"
            "　 正 十 君\n"
            "　 寢 一 慟\n"
            "　 享 月 於\n"
            "孤子 黃啟明 泣血稽顙\n"
            "治喪處：台中市北屯區崇德路二段４６巷１２號"
        ),
        (
            "囍\n"
            "姐 李 二 謹\n"
            "舉 卓 月 訂\n"
            "行 謙 十 於\n"
            "婚 與 四 二\n"
            "禮 何 日 〇\n"
            "　 詠 為 二\n"
            "　 詩 長 六\n"
            "　 小 男 年\n"
            "敬請光臨　回覆 WhatsApp 6183 7725（李先生）"
        ),
        (
            "LINE ID 我直排寫給你：\n"
            "h\n"
            "s\n"
            "u\n"
            ".\n"
            "p\n"
            "e\n"
            "i\n"
            "l\n"
            "i\n"
            "n\n"
            "g\n"
            "0\n"
            "4\n"
            "1\n"
            "2\n"
            "許珮玲　台北市大安區"
        ),
        (
            "┌────────────────────────────────────────────────┐\n"
            "│ 台灣電力公司 電費通知單                        │\n"
            "│ 用戶名稱：蔡淑芬                               │\n"
            "│ 用電地址：高雄市苓雅區四維三路 185 號 9 樓之 2 │\n"
            "│ 電號：07-21-4453-18-6                          │\n"
            "│ 應繳金額：NT$2,318                             │\n"
            "└────────────────────────────────────────────────┘"
        ),
        (
            "╔═════════════════════════════╗\n"
            "║ 伊利沙伯醫院　病床卡        ║\n"
            "║ 病人：何家豪　男　62        ║\n"
            "║ 身份證：Y402917(6)          ║\n"
            "║ 診斷：急性心肌梗塞 PCI 術後 ║\n"
            "║ 床號：D6-21                 ║\n"
            "╚═════════════════════════════╝"
        ),
        (
            "       | 租客一                       | 租客二\n"
            "姓名   | 吳俊熙                       | 鄭曉彤\n"
            "身份證 | E960384(4)                   | Z318462(6)\n"
            "電話   | 5317 2268                    | 9628 0431\n"
            "單位   | 大角咀福全街 38 號 5 樓 A 室 | 同上"
        ),
    ],
    "ms": [
        (
            "No IC saya (tulis menegak):\n"
            "8\n"
            "7\n"
            "0\n"
            "4\n"
            "1\n"
            "2\n"
            "1\n"
            "4\n"
            "5\n"
            "5\n"
            "2\n"
            "3\n"
            "Nama: Mohd Faizal bin Ahmad Tajuddin"
        ),
        (
            "+------------------------------------------+\n"
            "| PENERIMA: Siti Nur Hidayah bt Rosli      |\n"
            "| No. 27, Jalan Mawar 3/2, Taman Sri Mawar |\n"
            "| 43000 Kajang, Selangor                   |\n"
            "| Tel: 012-738 4019                        |\n"
            "+------------------------------------------+"
        ),
        (
            "+------------------+----------------------------+\n"
            "| Butiran          | Pemohon                    |\n"
            "+------------------+----------------------------+\n"
            "| Nama             | Lee Chong Hin              |\n"
            "| No. K/P          | 650903-07-5071             |\n"
            "| Majikan          | Syarikat Pengangkutan Jaya |\n"
            "| Gaji bersih      | RM3,240                    |\n"
            "| Hutang sedia ada | PTPTN RM18,900             |\n"
            "+------------------+----------------------------+"
        ),
        (
            "KLINIK KESIHATAN                   Diagnosis:\n"
            "Nama: Kavitha a/p Subramaniam      Diabetes gestasi, 28 mgg\n"
            "K/P: 920715-10-6288                Temujanji: 12/12 9 pg"
        ),
        (
            "nombor WhatsApp Kak Salmah (jiran sebelah):\n"
            "0\n"
            "1\n"
            "9\n"
            "-\n"
            "4\n"
            "4\n"
            "2\n"
            "8\n"
            "7\n"
            "1\n"
            "3\n"
            "\n"
            "dia yang jaga kunci rumah mak"
        ),
        (
            "┌───────────────────────────────────────────┐\n"
            "│ NOTIS SAMAN                               │\n"
            "│ No. Kenderaan : WXY 4821                  │\n"
            "│ Pemilik       : Tan Kok Leong             │\n"
            "│ No. K/P       : 780221-13-5217            │\n"
            "│ Kesalahan     : Memandu melebihi had laju │\n"
            "└───────────────────────────────────────────┘"
        ),
        (
            "        | Murid 1             | Murid 2\n"
            "Nama    | Aiman Hakimi        | Nur Qistina\n"
            "Alahan  | udang               | ubat aspirin\n"
            "Penjaga | Rosnah 013-992 1045 | Hafiz 017-306 5582"
        ),
        (
            "╭─────────────────────────────────────╮\n"
            "│ Duit raya / sumbangan boleh masuk:  │\n"
            "│ Nama : Nurul Syafiqah bt Mohd Yusof │\n"
            "│ Maybank 1628 4410 3097              │\n"
            "│ Alamat: Lot 1123 Kg. Baru Sg. Buloh │\n"
            "╰─────────────────────────────────────╯"
        ),
        (
            "W S &\n"
            "A A F\n"
            "L H A\n"
            "I M R\n"
            "M A A\n"
            "A D H\n"
            "T D W\n"
            "U A A\n"
            "L N H\n"
            "U I I\n"
            "R A D\n"
            "U L A\n"
            "No. 8 Jalan Kenanga 2, Taman Kenanga, 75200 Melaka\n"
            "Sabtu 17 Jan 2026"
        ),
        (
            "###########################################\n"
            "# BANTU ADIK AIMAN (7 tahun) - LEUKEMIA   #\n"
            "# Bapa: Zulkifli bin Hashim 011-2617 3380 #\n"
            "# K/P bapa: 880615-01-5537                #\n"
            "# CIMB 7065 2281 90                       #\n"
            "###########################################"
        ),
    ],
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a helpful assistant for ward nurses. Be concise.",
        ),
        (
            "user",
            (
                "can you turn this handover box into a markdown table pls\n"
                "+--------------------------------------------+\n"
                "| BED 14  | Mdm ONG BEE LENG 81F             |\n"
                "| NRIC    | S4412937Z                        |\n"
                "| DX      | CHF exacerbation, AF on warfarin |\n"
                "| FAMILY  | son Kelvin 9355 0217 (only him)  |\n"
                "| DNR     | YES - signed 02/12               |\n"
                "+--------------------------------------------+"
            ),
        ),
        (
            "assistant",
            (
                "| Field | Detail |\n"
                "|---|---|\n"
                "| Bed | 14 |\n"
                "| Patient | Mdm Ong Bee Leng, 81F |\n"
                "| NRIC | S4412937Z |\n"
                "| Dx | CHF exacerbation, AF on warfarin |\n"
                "| Family | Son Kelvin, 9355 0217 (only contact) |\n"
                "| DNR | Yes, signed 02/12 |"
            ),
        ),
        (
            "user",
            "thanks",
        ),
    ],
    [
        (
            "user",
            "帮我把下面竖着写的快递信息转成一行，好复制到寄件小程序里",
        ),
        (
            "user",
            ("收\n货\n人\n：\n邓\n文\n静"),
        ),
        (
            "user",
            ("1\n3\n8\n5\n1\n6\n2\n7\n0\n4\n9"),
        ),
        (
            "user",
            ("南\n京\n市\n玄\n武\n区\n珠\n江\n路\n６\n８\n号\n\n７\n栋\n３\n０\n２"),
        ),
        (
            "assistant",
            "收货人：邓文静，电话：13851627049，地址：南京市玄武区珠江路68号7栋302。",
        ),
        (
            "user",
            "对的，她身份证 320102198811301763 实名寄件也要填吗",
        ),
        (
            "assistant",
            "寄件实名登记填写的是寄件人本人的证件信息，收件人的身份证号一般不需要提供。",
        ),
    ],
    [
        (
            "user",
            (
                "why does this join return the same customer twice?\n"
                "\n"
                "-[ RECORD 1 ]------------------------\n"
                "customer_id | 1207\n"
                "full_name   | Aaron Seah Zhi Wei\n"
                "email       | aaron.seah.zw@gmail.com\n"
                "mobile      | +65 8304 1926\n"
                "address_id  | 88\n"
                "-[ RECORD 2 ]------------------------\n"
                "customer_id | 1207\n"
                "full_name   | Aaron Seah Zhi Wei\n"
                "email       | aaron.seah.zw@gmail.com\n"
                "mobile      | +65 8304 1926\n"
                "address_id  | 91"
            ),
        ),
        (
            "assistant",
            "The customer has two rows in the addresses table (address_id 88 and 91), so the join produces one row per address. Either filter on a default-address flag or aggregate with DISTINCT ON (customer_id).",
        ),
    ],
    [
        (
            "user",
            "My mum has early dementia and sometimes gets lost. Can you make a small ASCII box card I can print and put in her wallet?",
        ),
        (
            "assistant",
            "Of course. Tell me what you would like on it - usually her name, a contact number and where she lives.",
        ),
        (
            "user",
            "Her name is Margaret Yeo Swee Lan, she lives at Blk 217 Serangoon Ave 4 #06-233, and the number is mine, Eugene 9018 4472",
        ),
        (
            "assistant",
            (
                "╔════════════════════════════════════════╗\n"
                "║ IF I SEEM LOST, PLEASE HELP ME         ║\n"
                "║ Name : Margaret Yeo Swee Lan           ║\n"
                "║ Home : Blk 217 Serangoon Ave 4 #06-233 ║\n"
                "║ Call : Eugene (son) 9018 4472          ║\n"
                "║ I have dementia. Please be patient.    ║\n"
                "╚════════════════════════════════════════╝"
            ),
        ),
    ],
    [
        (
            "system",
            "你是一位香港家務助理僱傭中介的客服助手。",
        ),
        (
            "user",
            (
                "合約資料我打咗個直表，幫我睇下有冇漏\n"
                "項目       | 資料\n"
                "僱主       | 麥志強\n"
                "僱主身份證 | C775120(4)\n"
                "僱主地址   | 將軍澳景林邨景楓樓 1412 室\n"
                "外傭       | SANTOS, Maricel Dela Cruz\n"
                "護照       | P4471826A\n"
                "月薪       | HK$4,990"
            ),
        ),
        (
            "assistant",
            "資料大致齊全，另外仲需要外傭嘅出生日期、僱主聯絡電話同埋合約開始日期。",
        ),
        (
            "user",
            "僱主電話 9274 6610，合約 2026 年 1 月 5 號開始",
        ),
    ],
    [
        (
            "user",
            "tolong buat susun atur menegak untuk kad kahwin, nama pengantin dan alamat rumah",
        ),
        (
            "assistant",
            "Boleh. Sila berikan nama penuh kedua-dua pengantin, nama ibu bapa, tarikh dan alamat majlis.",
        ),
        (
            "user",
            "Mohd Hafiz bin Rahmat & Nur Aina bt Zainal. Majlis di rumah ayah saya Rahmat bin Osman, No. 14 Lorong Seri Indah 5, Taman Seri Indah, 08000 Sungai Petani. 20 Dis 2025. RSVP Hafiz 013-458 2091",
        ),
        (
            "assistant",
            (
                "W\n"
                "A\n"
                "L\n"
                "I\n"
                "M\n"
                "A\n"
                "T\n"
                "U\n"
                "L\n"
                "U\n"
                "R\n"
                "U\n"
                "S\n"
                "\n"
                "Mohd Hafiz bin Rahmat\n"
                "&\n"
                "Nur Aina bt Zainal\n"
                "\n"
                "No. 14 Lorong Seri Indah 5\n"
                "Taman Seri Indah\n"
                "08000 Sungai Petani\n"
                "\n"
                "Sabtu, 20 Disember 2025\n"
                "RSVP: Hafiz 013-458 2091"
            ),
        ),
    ],
    [
        (
            "user",
            (
                "這是阿嬤寫的直式信，幫我轉成橫式打字：\n"
                "血 視 １ 證 乖\n"
                "壓 櫃 ８ 是 孫\n"
                "的 抽 １ Ｈ 宜\n"
                "　 屜 健 ２ 蓁\n"
                "　 我 保 ３ 阿\n"
                "　 的 卡 ３ 嬤\n"
                "　 藥 放 ９ 的\n"
                "　 是 在 ０ 身\n"
                "　 降 電 ５ 分"
            ),
        ),
        (
            "assistant",
            "乖孫宜蓁：阿嬤的身分證是 H233905181，健保卡放在電視櫃抽屜，我的藥是降血壓的。",
        ),
        (
            "user",
            "謝謝！阿嬤叫 陳玉梅，住 彰化縣員林市中山路二段 77 號，我要幫她約門診用的",
        ),
    ],
    [
        (
            "user",
            "make me a big ascii art banner for my son's 7th bday party invite",
        ),
        (
            "assistant",
            (
                " _   _    _    ____  ______   __\n"
                "| | | |  / \\  |  _ \\|  _ \\ \\ / /\n"
                "| |_| | / _ \\ | |_) | |_) \\ V /\n"
                "|  _  |/ ___ \\|  __/|  __/ | |\n"
                "|_| |_/_/   \\_\\_|   |_|    |_|\n"
                "\n"
                "What name should go under it?"
            ),
        ),
        (
            "user",
            "Isaac Lim Jun Kai, he's in P1 Hibiscus at Maple Grove Primary. party at our place 45 Jalan Kechubong S(457312) on 13 Dec, RSVP to me (Serene) 9742 6630",
        ),
    ],
    [
        (
            "user",
            (
                "the OCR messed up my form, it read the two columns across. can you fix?\n"
                "\n"
                "Name: NGUYEN THI HUONG        Employer: Sunrise Logistics\n"
                "FIN: F2245671R               Pte Ltd\n"
                "DOB: 03/09/1995              Pass: S Pass, exp 30/06/2027\n"
                "Nationality: Vietnamese      Salary: S$3,150"
            ),
        ),
        (
            "assistant",
            (
                "Left column: Name NGUYEN THI HUONG, FIN F2245671R, DOB 03/09/1995, Nationality Vietnamese.\n"
                "Right column: Employer Sunrise Logistics Pte Ltd, Pass S Pass exp 30/06/2027, Salary S$3,150."
            ),
        ),
    ],
    [
        (
            "user",
            ("卡号我竖着抄的，前八位：\n6\n2\n5\n9\n1\n7\n3\n0"),
        ),
        (
            "user",
            ("后八位：\n0\n0\n4\n8\n8\n1\n2\n2"),
        ),
        (
            "assistant",
            "合起来是 6259 1730 0048 8122，共 16 位，校验位也对得上。",
        ),
        (
            "user",
            "好，这是我老公 曾伟 的卡，他身份证 210202197310092452，你帮我写个转账备注格式",
        ),
        (
            "assistant",
            "建议备注写用途即可，比如「12月房租」；转账时不需要也不建议填写对方的身份证号。",
        ),
    ],
]
