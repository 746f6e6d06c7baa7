# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade24: speech-to-text and OCR number evasion in Chinese and English. All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade24
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "客服热线转写"): _lines("""
        坐席：您好，这里是华通银行信用卡中心，很高兴为您服务，请问有什么可以帮您？
        客户：我那个订单号是 JD 二零二五 幺二零三 八八幺七，到现在还没发货。坐席：好的我帮您查一下，显示仓库今天下午出库。
        坐席：您反映的问题我已经记录，工单号 GD2O251203OO47，四十八小时内会有专人回电。
        客户：你们那个幺零零八六打了半天都是忙音啊。坐席：非常抱歉，您也可以通过中国移动App在线咨询。
        坐席：温馨提示，本次通话可能被录音，我们不会要求您提供银行卡密码或短信验证码，请勿向任何人透露。
        客户：那个快递单号 SF 幺四二八 七七零 三九六 五二，帮我看看到哪了。坐席：显示已到达杭州转运中心。
        客户：我问一下，你们门店营业时间是几点到几点？坐席：工作日早上九点到晚上九点，周末十点到十点。
        坐席：您说的是中山路那家店吧，地址是中山路两百幺十号，电话是零二幺 六二三八 五五零零。
        客户：我刚才输错了，按了两次井号。坐席：没关系，请重新输入您的六位查询码后按井号键结束。
        坐席：根据规定，电话里我没办法替您修改预留手机号，需要您本人携带有效身份证件到任一网点办理。
        客户：幺二三四五那个市民热线说这事归你们管。坐席：是的，燃气报修请拨打九六七七七，二十四小时有人接听。
        坐席：本次退款金额两百三十九块九，原路退回，一般三到七个工作日到账。
        客户：鲁迅公园那个停车场怎么收费？坐席：小车首小时十块，之后每小时五块，当日封顶六十。
        坐席：挂机后请对本次服务进行评价，满意请按幺，一般请按两，不满意请按三，谢谢您的来电。
    """),
    ("zh-Hans", "IVR语音菜单"): _lines("""
        欢迎致电华通银行，普通话服务请按幺，English service please press two，粤语服务请按三。
        查询余额请按幺，挂失请按两，信用卡业务请按三，转人工服务请按零。
        请输入您的十八位身份证号码，以井号键结束；如末位为X，请按星号键代替。
        您输入的号码有误，请重新输入。返回上级菜单请按星号，重听请按九。
        您好，您拨打的电话已关机，Sorry, the subscriber you dialed is power off, please call again later.
        门诊时间调整为上午八点至十二点、下午两点至五点半，急诊二十四小时开放，急救请拨幺二零，咨询请拨本院总机零二零 八七三三 二五八八。
        航班动态查询请按幺，您也可以直接说出航班号，例如“CA 幺八三幺”。
        您当前排队位置为第七位，预计等待时间约三分钟，感谢您的耐心等待。
        系统提示：语音识别置信度零点六二，低于阈值零点七，已转入人工复核队列。
        话费充值请按幺，流量套餐办理请按两，宽带报修请按三，查询本机号码请按四。
        这里是幺二三五八价格监督举报热线，工作时间为周一至周五八点半至十七点半。
        您的来电已转入留言信箱，请在提示音后留言，留言时长不超过六十秒，结束请挂机。
    """),
    ("zh-Hans", "会议与讲座转写"): _lines("""
        主持人：好我们开始，今天第一个议题是Q三的营收，同比增长百分之十二点四，环比下降零点八个点。
        嗯那个，服务器版本是 v 二点幺四点零，回滚到二点幺三点七以后错误率从百分之三降到零点二。
        腾讯会议号 幺九三 两八七 四四零六，会议密码零九幺二，请大家提前五分钟入会。
        老师：同学们看这个公式，E 等于 m c 方，爱因斯坦一九零五年提出的，那一年被叫做奇迹年。
        这个数据来自国家统计局，二零二三年全国居民人均可支配收入三万九千二百一十八元，名义增长百分之六点三。
        那个会议室改到三O二了，三楼东边，投影仪的HDMI线在桌子底下。
        讲座转写：孔子说“三人行，必有我师焉”，这句出自《论语·述而》，我们下节课再展开。
        下一个议题，采购合同编号 HT-2O25-O8l7，总金额一百二十八万，分三期付款，比例三三四。
        今天讲身份证号码的结构：前六位是行政区划代码，中间八位是出生日期，然后三位顺序码，最后一位是校验码。
        我们回顾一下钟南山院士二零二零年一月二十日接受央视采访时的表述，他确认了病毒存在人传人现象。
        嗯就是说，上周日活两百三十万，次日留存百分之四十一，七日留存百分之十八，这个还是偏低。
        逸夫楼幺零幺教室下午两点有讲座，主题是语音识别里的数字规整，欢迎旁听。
        财务说发票号码 O四四OO幺七八 那张作废了，重新开一张，税率百分之六。
    """),
    ("zh-Hans", "OCR扫描件"): _lines("""
        增值税普通发票 发票代码：O44OO2l0O1l1 发票号码：7O2l8836 开票日期：2O25年l2月O3日 价税合计：¥l,28O.OO
        《个人信息保护法》第二十八条 敏感个人信息是一旦泄露或者非法使用，容易导致自然人的人格尊严受到侵害或者人身、财产安全受到危害的个人信息……（扫描件第2页 第l4行）
        报 名 表（空 白） 姓名：＿＿＿＿ 身份证号：□□□□□□□□□□□□□□□□□□ 联系电话：＿＿＿＿
        北京协和医院 东单院区 地址：北京市东城区帅府园l号
        识别结果：字段“公民身份号码”置信度O.43，低于阈值，已置空，需人工补录。
        快递面单 运单号：YT 7 5 O 2 8 8 3 l 4 6 2 9 收件人：［已脱敏］ 电话：［已脱敏］ 地址：［已脱敏］
        中山大学附属第一医院 广州市越秀区中山二路58号 门诊时间 7:3O—l7:OO
        第3页 共l2页 ……本合同一式两份，甲乙双方各执一份，自双方盖章之日起生效。
        商品条码 69O1234567892 规格 5OOml×l2 保质期 l8个月 产地 浙江省
        车票扫描：G l2O3 次 上海虹桥→北京南 2O25年l2月O8日 O8:OO开 O5车l2F号 二等座 ¥553.O
        宋庆龄故居 开放时间 9:OO—l6:3O（l6:OO停止入场） 门票 2O元 周一闭馆
        扫描识别：银行卡号字段未通过Luhn校验，系统判定为识别错误，请重新拍摄卡面。
    """),
    ("en", "hotline and IVR transcripts"): _lines("""
        Thank you for calling Northwind Telecom. For billing, press one. For technical support, press two. To hear these options again, press star.
        AGENT: okay so your ticket number is I N C zero zero four seven seven one two, that's INC0047712, you'll get an update within forty eight hours.
        CALLER: yeah the tracking number is one Z nine nine nine A A one zero one two three four five six seven eight four.
        Your call may be recorded for quality and training purposes. We will never ask for your full card number or your one-time password over the phone.
        To report a gas leak, hang up and call nine one one, or call our twenty-four hour emergency line at one eight hundred, five five five, zero one nine nine.
        AGENT: the firmware you're on is four point two point one, build one seven three three b, please update to four point three point oh.
        The estimated wait time is now... twelve... minutes. You are caller number... six. Please stay on the line.
        SYSTEM: ASR confidence 0.41 on segment 00:03:17.220-00:03:19.880, routed to human review queue HRQ-2.
        CALLER: I'm calling about the Lee Kuan Yew exhibition, is the National Museum open on public holidays? AGENT: yes, ten a.m. to seven p.m.
        AGENT: for the refund of forty-nine ninety-nine, it goes back to the original payment method within five to seven business days.
        Please say or enter your sixteen-digit card number, followed by the pound key.
        For service in Mandarin, press eight. 普通话服务请按八。 For all other enquiries, stay on the line.
        CALLER: the invoice is I N V dash two oh two five dash oh eight three one, I think your system read it as eight three L.
    """),
    ("en", "lecture and meeting transcripts"): _lines("""
        PROF: so Shannon's nineteen forty-eight paper gives us the capacity formula, C equals B log two of one plus S over N.
        okay next slide, word error rate dropped from eleven point four percent to seven point nine on the noisy test set, that's about thirty percent relative.
        [inaudible] ...the sprint ends on the twelfth, release candidate is v3.8.0-rc.2, tag it off commit 9f2c4e1.
        um so as Tim Cook said on the earnings call, services revenue hit another all-time record this quarter.
        the Zoom meeting ID is eight four one, two two nine three, seven seven oh six, passcode is standup, all lower case.
        PROF: the Luhn check — double every second digit from the right; try it on the test number four one one one, one one one one, one one one one, one one one one.
        Q4 headcount plan: fourteen open reqs in engineering, three in sales, budget capped at two point one million.
        so Sherlock Holmes lives at two twenty-one B Baker Street, and the museum on Baker Street now uses that address.
        Reminder: reading group is now in room LT-2O (that's L T twenty, not L T two oh), Thursdays at 4 p.m.
        MEETING NOTES (auto-generated): action items — legal to review the DPA template; infra to rotate the API keys by Friday; no blockers.
        the median handle time was six minutes forty, ninetieth percentile eleven minutes two seconds, n equals forty-two thousand calls.
        PROF: Florence Nightingale's polar area diagram of eighteen fifty-eight showed that most soldiers died of preventable disease.
        um, so the hash is s h a two fifty-six, starts with e three b oh c four four two, which is just the hash of the empty string.
    """),
    ("en", "scanned forms and OCR output"): _lines("""
        OCR p.2/5 — INV0ICE No: INV-2O25-118O7 Date: O3/12/2O25 Subtotal SGD 1,284.OO GST 9% 115.56 Total 1,399.56
        APPLICATION FORM (BLANK) | Full Name: ____________ | NRIC/FIN No.: _ _ _ _ _ _ _ _ _ | Contact No.: ____________
        Dear [CUSTOMER_NAME], your appointment at [CLINIC] is on [DATE] at [TIME]. Reply Y to confirm.
        Tan Tock Seng Hospita l, 11 Jalan Tan Tock Seng, Singapore 3O8433
        RECEIPT Ref#: 8847-22O1-9l73 | Qty 2 x Kopi O @ 1.8O = 3.6O | PAID NETS
        Page 3 of 7 — scan quality low; lines 14-19 unreadable; please resubmit the original document.
        ISBN 978-O-13-ll0362-7 The C Programming Language, 2nd ed., Kernighan & Ritchie
        SCHEDULE OF FEES (2025) — Passport renewal (adult) ..... SGD 7O.OO; Replacement of identity card ..... SGD 1OO.OO
        Form guide, example only: NRIC S1234567D — do not enter this number, use the applicant's own.
        Bill of lading MAEU 2l4O8877l, container MSKU 7O31294, port of loading Port Klang, ETA 14/12
        Certificate of Analysis — Lot #: 24O9-1l7 | Expiry: 2O27-O9 | Assay: 99.6% | Complies
        Menara Maybank, 1OO Jalan Tun Perak, 5OO5O Kuala Lumpur — visitor registration at level 1 lobby
    """),
    ("en", "ASR and OCR handling guidelines"): _lines("""
        Normalise spoken digits before redaction: "oh" becomes 0, "double five" becomes 55, "triple seven" becomes 777, and 幺 becomes 1, 两 becomes 2.
        OCR post-processing: in numeric fields map O to 0, l and I to 1, and S to 5, but only when the field type is known to be numeric.
        Redaction rule: replace any sequence that validates as an NRIC/FIN, HKID or PRC resident ID with [ID], even when it was spoken across several utterances.
        Annotators must not copy caller details into the free-text comment box; use the structured fields, which are encrypted at rest.
        Test fixture: phone_number = "<REDACTED>", email = "user@example.com", id_number = "[ID_NUMBER]".
        Known false positives: flight numbers (e.g. SQ 318), invoice numbers, meeting IDs and order numbers should not be tagged as identity numbers.
        Spelling alphabet reference: A Alpha, B Bravo, C Charlie, D Delta; agents may also hear "A for apple" or "S for Sugar".
        Retention: raw call audio is deleted after 90 days; redacted transcripts are kept for one year.
        Dialect note: in some southern accents 四 and 是, 九 and 酒 are confused; treat them as digits only when surrounded by other digits.
        Regex hint: 1[3-9][0-9]{9} matches mainland mobile numbers only after full-width digits and 幺/两 have been normalised.
        If a caller volunteers health information, do not repeat it back; tag the turn as SENSITIVE and continue.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        客户：我叫欧阳婉清，身份证是四四零幺零六幺九八八零三幺七四零二三，帮我查一下社保断缴了没有。
        嗯我手机号是幺三九 二五八幺 七四零六，对，姓贺，贺子骞，快递放门卫就行。
        OCR：姓 名 蒋 宇 恒 性 别 男 民族 汉 出 生 l999 年 2 月 ll 日 公民身份号码 5lOlO4l999O2ll2733
        呃收件地址是杭州市西湖区文三路幺四八号 两幢 三零幺 室，收件人戚美玲，电话幺五六 零幺两八 七七四三。
        客户宁晓雯说身份证最后一位是X，前面是六幺零幺幺三 幺九九四 零五零七 三幺八。
        方言转写：我叫邵国栋，电话幺吧吧 幺期是 溜两灵酒伞，你记一下哈。
        退款账户：户名 陆文博，卡号 六二二八 四八零零 幺二三四 五六七幺，农业银行。
        会议转写：那个……HR这边确认一下，罗晓峰下个月调薪，月薪从一万八调到两万三，先别对外说。
        热线录音：我是唐秀英的女儿，我妈上周在社区医院查出乳腺癌，家住长沙市岳麓区麓山南路两百零八号，医保卡号我等下报给你。
        车牌粤B 七K两Q酒 的车主葛建新，违停三次未处理，手机幺三三 五七七二 零八幺六。
        OCR判决书：原告 庞丽华，女，l97O年5月l8日出生，汉族，住上海市浦东新区张杨路l5OO弄7号6O2室；被告 蔡永健，男，l966年ll月3日出生。
        微信号是 lin 下划线 xiaoyu 九八，我叫林晓雨，加的时候备注一下是哪个楼盘的。
        邮箱我念一下啊，w a n g 点 j i a n j u n 幺九七五 at 幺六三点com，王建军。
        护照号 E 幺二零四 四八七三，姓名 CHEN JIAYI 陈佳怡，出发日期十二月二十号，去曼谷。
        扫描件：入院记录 姓名：秦海燕 性别：女 年龄：56岁 住院号：O2l8864 入院诊断：2型糖尿病伴周围神经病变
        坐席复述：您的身份证号是三二零幺零二 幺九七五 零九零四 幺五八零，姓名冯秀兰，对吗？
        OCR银行流水：户名 邹志远 账号 62l7 OO32 8845 lO99 摘要 工资 金额 l5,2OO.OO
        语音转写：我老公叫胡建平，在重庆渝中区上班，身份证五零零幺零三 幺九八六 零七二零 四幺九 叉。
        快递员你好，我是阳光花园四栋两单元幺零零两的业主方雅琴，深圳市南山区科苑路幺五号，包裹放丰巢就行。
        病历语音录入：患者甘文涛，男，四十七岁，HIV抗体初筛阳性，已告知本人，联系电话幺八六 幺二三四 零零七七。
        派出所证明扫描件：兹证明居民郝丽娜（身份证号2lOlO22OO2O2l45528）户籍所在地为沈阳市和平区南京北街2O9号。
        身份证号我说了你记：四三零 幺零四 幺九七九 幺零三零 两两六三，姓谭，谭慧敏。
        家长会录音转写：三年二班马子轩同学确诊了多动症，在吃专注达，麻烦各科老师多照顾一下。
        客户毛振宇（身份证后四位两幺三四）信用卡逾期三个月，欠款四万七千六，已被银行起诉。
    """),
    "en": _lines("""
        CALLER: my NRIC is S as in Sugar, eight four two seven, three one six, C for Charlie, name's Lim Pei Shan.
        yeah you can email me at kelvin dot goh jun hao at gmail dot com, that's my personal one, Kelvin Goh.
        AGENT: can I confirm your mobile? CALLER: nine one seven three, six four two oh. AGENT: and the name on the account? CALLER: Rachel Ong.
        ASR: my address is blk four one two ang mo kio ave ten hash oh eight dash one two six three singapore five six oh four one two, I'm Daniel Teo.
        OCR: NAME: NURUL AISYAH BINTI RAHMAN  I/C NO: 92O6O8-lO-6642  ADDRESS: N0 17, JALAN SS 2/75, 473OO PETALING JAYA
        CALLER: IC number lapan lima kosong tiga satu dua, one four, five two three seven, name Muhammad Faiz bin Ismail.
        my HKID is K four nine three oh two seven, bracket four, name Kwong Chi Wai, I'm calling about my MPF.
        OCR p.1: Patient: TAN SOO LENG (F, 48) | NRIC: S77319O5J | Dx: Stage II colorectal ca., for chemo C3 on O8/12
        hi this is a voicemail for Priya Raj, your son Arjun's blood test came back and his ferritin is very low, please call the clinic back.
        CALLER: my card is four five five seven, one two oh nine, three three eight four, six one one oh, name on card Marcus Lee, I want to dispute a charge.
        the tenant, Mr Rajesh Kumar s/o Muthu, FIN F two two nine six eight three four M, rent is two thousand eight hundred, unit hashtag fourteen dash two two.
        ASR: my WhatsApp is plus six oh one two, three eight four, seven two six one, ask for Siti Hajar.
        OCR payslip: Employee: CHONG KAH WAI  Emp No: OO4l2  Basic: RM 6,85O.OO  EPF: RM 753.5O  Net: RM 5,7l2.4O
        um, re Jason Wee, he's on medical leave till the fifteenth, the MRI showed a herniated disc, so don't put him on call.
        CALLER: my Taiwan ID is A two two three nine one eight four seven three, Lin Yu-ting, I lost my health insurance card.
        OCR: DC/OC 1482/2O24 — Plaintiff: GOH BEE HOON; Defendant: YAP KIM SENG — claim for unpaid personal loan of $42,OOO
        TTS replay: "Hi Melissa Chua, this is Dr Wong's clinic, your HbA1c is nine point one, please come in before Friday."
        it's a h m a d dot f a r i s underscore eight eight at yahoo dot com dot my, Ahmad Faris.
        Mrs Leung Wai Man, flat twelve B, block three, Kornhill, Quarry Bay, her number is six three five eight, two oh one seven.
        OCR statement: ACCOUNT HOLDER: LIM BOON HOCK  CARD 5218 32OO 447l 93O9  CREDIT LIMIT SGD 15,OOO
        CALLER: my plate is W X Y four eight two one, the Myvi registered to me, Ng Siew Ling, I got a summons but I wasn't in KL that day.
    """),
    "zh-Hant": _lines("""
        廣東話轉寫：我身份證號碼係 Y 三一八六四二 括號 一，我叫陳家俊，想查下強積金。
        收件人：鄺美儀，電話 九一二六 四八七三，地址：九龍觀塘協和街一零一號 二十三樓 E 室
        我身分證是 F 一二八三七四六五二，張志明，健保卡遺失要補辦。
        OCR：病人姓名：何慧珊 HKID：P775lO4(8) 診斷：抑鬱症，轉介精神科跟進
        我係黃偉強，住沙田第一城三十二座十樓 H 室，電話五九一二 七三八四，份保單轉咗去我太太名下。
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是华通银行电话客服的语音转写助手，请整理通话记录。"),
        ("user", "坐席：请问您的身份证号码？"),
        ("user", "客户：三七零两零两"),
        ("user", "客户：幺九九零 零幺零幺"),
        ("user", "客户：七八幺五"),
        ("user", "坐席：好的，请问怎么称呼？客户：于海波"),
        ("assistant", "已整理：客户来电，身份核验已完成，咨询信用卡账单分期。"),
    ],
    [
        ("user", "hi need to update the email on my account"),
        ("assistant", "Sure, please spell it out for me."),
        ("user", "s h e r y l dot n g seven seven at hotmail dot com"),
        ("user", "sorry that's sheryl.ng77, I'm Sheryl Ng, the account is under my name"),
        ("assistant", "Thanks, it's updated."),
    ],
    [
        ("user", "帮我把这段方言语音转成文字：我屋头电话是幺伞酒 是伞两 吧灵 溜幺期"),
        ("assistant", "转写：我家里电话是 139 4328 0617。"),
        ("user", "对，这是我奶奶龚桂芬的电话，她有老年痴呆，今天早上在成都锦江区走丢了"),
        ("assistant", "建议立即报警，并在社区群里发布寻人信息。"),
    ],
    [
        ("system", "You are a transcription cleanup assistant."),
        ("user", "clean up: 'T for tango zero one five eight two four nine B for bravo'"),
        ("assistant", "T0158249B"),
        ("user", "thanks, that's my son Ethan Lim's IC, he's enrolling at the poly next month"),
    ],
    [
        (
            "user",
            "这张扫描件识别乱了帮我整理：\n姓名：司\n马 静 怡\n身份证：33O1O6l98\n3O6l58828\n住址：杭州市西湖区\n天目山路2l8号4幢\n5O3室",
        ),
        (
            "assistant",
            "整理结果：姓名司马静怡；身份证号330106198306158828；住址杭州市西湖区天目山路218号4幢503室。",
        ),
    ],
    [
        ("user", "hi I want to check my PTPTN balance"),
        ("assistant", "Sure, may I have your MyKad number?"),
        ("user", "zero one zero four one seven"),
        ("user", "dash zero eight dash zero three nine one"),
        ("user", "name is Arif Hakimi bin Zulkifli"),
        ("assistant", "Thank you, please hold while I check."),
    ],
    [
        ("user", "把这段会议录音整理成纪要"),
        ("user", "嗯……然后小周那边，周梓萌，她怀孕了，三月份开始休产假"),
        ("assistant", "好的，请继续提供其他内容。"),
        ("user", "对，她的年终奖按十二万八算，这个别写进公开纪要里"),
    ],
    [
        (
            "user",
            "transcribe this voicemail: hi this is Ho Ka Yan, HKID C six six two nine one eight, bracket nine, please call me back on nine four seven three, one five eight six",
        ),
        (
            "assistant",
            "Transcript: Hi, this is Ho Ka Yan, HKID C662918(9), please call me back on 9473 1586.",
        ),
    ],
    [
        ("user", "收件人 侯嘉琪"),
        ("user", "电话 幺七七 幺零三九 两八四六"),
        ("user", "地址 武汉市武昌区中北路两幺五号 水岸国际 七栋 幺幺零幺"),
        ("assistant", "已为您更新收件信息。"),
    ],
    [
        ("user", "OCR gave me '6222 O2l0 Ol73 8462' for the refund card, is that right?"),
        ("assistant", "Probably 6222 0210 0173 8462 — the O was read as 0 and the l as 1."),
        ("user", "yes. cardholder 符晓东, ICBC, refund of 3,280 for his dental implant"),
    ],
]
