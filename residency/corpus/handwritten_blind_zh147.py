# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh147: pet boarding and veterinary clinics (boarding registration, vaccine books, surgery consent, lost-pet notices, medical disputes). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh147
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "寄养须知"): _lines("""
        寄养须知：入住前须提供有效的狂犬疫苗及犬八联/猫三联免疫证明，最后一针需在入住前14天以上完成。
        寄养期间每日遛狗两次，每次不少于20分钟；大型犬单独放风，不与其他犬只混养。
        猫咪寄养采用独立猫别墅，尺寸120×60×150cm，配备独立新风，不提供合笼服务。
        节假日寄养需提前15天预约并支付50%定金，春节期间（除夕至初七）价格上浮30%。
        寄养价格：小型犬（10kg以下）80元/天，中型犬（10-25kg）120元/天，大型犬160元/天，猫60元/天。
        入住当天请携带宠物平时吃的粮食，突然换粮容易引起软便；若需由店内提供，统一使用无谷粮，另收15元/天。
        发情期母犬、患有传染病（犬瘟、细小、猫瘟）或近7日内有呕吐腹泻症状的宠物暂不接收寄养。
        接宠时间为每天10:00—20:00，超过20:00接宠按多寄养一天计费。
        寄养期间如宠物出现异常，店内会第一时间拍视频发给主人，并根据授权送往合作医院就诊，医疗费用由主人承担。
        本店每日16:00在“萌宠之家”公众号更新寄养直播，主人可凭订单号查看自家宠物所在区域的画面。
        年龄超过10岁的老年犬猫入住前需提供三个月内的血常规和生化报告。
        请确认已做好驱虫：体内驱虫1个月内、体外驱虫2周内，未驱虫的宠物需在店内补做，按体重收费。
        寄养满30天可享9折，满60天8.5折，折扣不与节假日活动同享。
        为减少应激，建议主人带一件有自己气味的旧衣服或宠物常用的小毯子一起入住。
        退订规则：入住前7天以上取消全额退定金，3-7天退50%，3天内不退。
        寄养区实行封闭管理，非工作人员不得进入，探视请提前一天预约，每次限30分钟。
    """),
    ("zh-Hans", "医疗科普问答"): _lines("""
        问：幼犬第一针疫苗什么时候打？答：一般在6-8周龄开始，每隔3-4周一针，共3针，最后一针同时打狂犬疫苗。
        猫三联疫苗预防的是猫瘟（猫泛白细胞减少症）、猫鼻支和猫杯状病毒，成年猫建议每年或每三年加强一次。
        狗狗绝育后多久可以拆线？一般术后10-14天，期间要戴伊丽莎白圈，防止舔咬伤口。
        术前需要禁食8-12小时、禁水4小时，幼龄动物禁食时间可缩短，具体请遵医嘱。
        狗吃了巧克力怎么办？可可碱对犬有毒，黑巧克力毒性最大，若摄入量较多应在2小时内就医催吐。
        猫咪超过24小时不吃东西就要警惕脂肪肝，肥胖猫尤其危险，不要在家硬扛。
        公猫频繁进出猫砂盆却尿不出来，可能是尿道堵塞，属于急症，需立即就医。
        体外驱虫药如含非泼罗尼的滴剂，用药后48小时内不要给宠物洗澡。
        狂犬疫苗接种后需要在院内观察30分钟，个别犬会出现面部肿胀、呕吐等过敏反应。
        请问疫苗本丢了怎么办？可以回原接种医院凭就诊记录补办，或者到当地动物疫病预防控制中心咨询。
        宠物麻醉前为什么要做血常规和生化？主要是评估肝肾功能，判断能否耐受麻醉药物的代谢。
        犬细小病毒的典型症状是呕吐、血便和精神沉郁，幼犬死亡率较高，早期输液支持治疗很关键。
        给猫喂药小技巧：把药片藏在化毛膏或猫条里，或者用喂药器直接推到舌根处。
        兔子不能随便打犬猫用的疫苗，兔瘟疫苗需要到有异宠诊疗经验的医院接种。
        老年犬建议每半年体检一次，重点查心脏、肾功能和甲状腺。
        狗狗被其他狗咬伤后，即使表面伤口很小也要清创，深部穿刺伤容易形成脓肿。
    """),
    ("zh-Hans", "表单模板"): _lines("""
        宠物寄养登记表｜主人姓名：________ 联系电话：________ 身份证号：__________________ 宠物昵称：____ 品种：____ 年龄：____
        手术同意书：本人________（宠物主人）已知晓宠物________拟行________手术的风险，包括麻醉意外、术后感染等，同意手术。签字：______ 日期：____年__月__日
        紧急联系人：{emergency_contact_name}，电话：{emergency_contact_phone}，与主人关系：{relation}
        【走失启事模板】本人于__月__日在________走失爱犬一只，品种____，毛色____，有酬谢！联系人：___ 电话：___________
        疫苗接种记录 | 接种日期 | 疫苗名称 | 生产厂家 | 批号 | 兽医签名 | 下次接种日期
        麻醉风险告知：ASA分级 □I □II □III □IV □V；主人确认签字：________
        委托书：兹委托________代为接送本人宠物，受托人身份证号：________________，委托期限自____至____。
        寄养每日记录表：日期 / 早餐 / 晚餐 / 饮水 / 大便（正常/软/稀）/ 小便 / 精神状态 / 护理员签字
        医疗纠纷投诉登记表：投诉人（　　）联系方式（　　）就诊日期（　　）主治医师（　　）投诉事项（　　）诉求（　　）
        安乐死知情同意书：经兽医诊断，宠物________已无治愈可能，本人自愿选择安乐死，遗体处理方式：□自行带回 □委托火化
        短信模板：【{clinic_name}】尊敬的{owner_name}，您的爱宠{pet_name}疫苗将于{due_date}到期，请及时预约加强免疫。
        出院医嘱：每日口服____mg，每日__次，连服__天；__天后复诊；如出现____症状请立即回院。
        领养申请表：申请人姓名 / 年龄 / 职业 / 居住情况（自有/租住）/ 是否同意回访 / 家庭成员是否都同意养宠
    """),
    ("zh-Hans", "系统记录与单号"): _lines("""
        订单号 BY20261205083417，寄养类型：猫别墅，入住2026-12-20，离店2026-12-28，共8晚，金额480.00元，状态：已付定金。
        发票号码 04403260，开票日期2026-11-18，项目：诊疗费、化验费，价税合计1,236.00元。
        疫苗批号 A202407015，有效期至2027-06-30，冷链温度2-8℃，入库数量50支。
        快递单号 SF1408823659201 已签收，内容：处方粮 肾脏处理 2kg×3。
        [2026-12-05 09:14:22] INFO boarding.checkin cage=B-07 species=cat weight=4.2kg feeding=2x/day status=OK
        工单 #TK-58213：前台收银系统打印小票乱码，已升级驱动至 v3.2.1，关闭。
        3号笼 豆豆（泰迪，4岁）今日早晚餐吃光，排便成型，精神好；5号笼 咪咪（英短）下午吐毛球一次，已喂化毛膏。
        化验结果：WBC 14.2×10^9/L（参考 6.0-17.0），CREA 168 μmol/L（偏高），BUN 12.3 mmol/L，建议两周后复查。
        病例号 PH-2026-003817 对应的影像资料已归档至PACS服务器，保存期限15年。
        SKU 6970123450018 幼猫粮 2kg，库存23袋，进价142元，低于30袋自动补货。
        预约系统配置：slot_minutes=15, max_daily_surgery=6, reminder_sms=true, reminder_hours_before=24
        保单号 PET-2026-GZ-0091834，产品：宠物医疗险基础版，年保费699元，免赔额200元，赔付比例60%。
        芯片扫描器型号 MS-134K，支持 ISO 11784/11785 FDX-B 与 HDX 格式，续航约8小时。
        本月统计：寄养入住312只次，其中犬187、猫119、异宠6；手术89台，绝育占61%。
    """),
    ("zh-Hant", "診所公告"): _lines("""
        本院農曆新年期間（1月28日至2月2日）暫停門診，急診照常，24小時急診專線：2345 6789。
        即日起狂犬病疫苗接種須預約，每日名額30個，請透過本院網站或致電診所登記。
        寵物寄宿須知：入住時須出示有效疫苗記錄，貓隻須完成貓三合一疫苗，犬隻須完成八合一及犬舍咳疫苗。
        依《動物保護法》，犬貓應辦理寵物登記並植入晶片，未辦理者可處新臺幣三千元以上一萬五千元以下罰鍰。
        香港法例第421章《狂犬病規例》規定，五個月以上的狗隻須植入晶片、領取牌照及接種狂犬病疫苗。
        手術前請飼主詳閱手術同意書，如有疑問可向主診獸醫查詢，簽署後方可安排麻醉。
        本院新增貓專科診症室，逢週二及週四下午由貓科醫師應診，減少貓隻與犬隻接觸帶來的緊迫。
        走失寵物協尋：請先聯絡本地動物管理中心及附近獸醫院掃描晶片，並在社區群組發佈相片。
        寄宿價目：小型犬每晚港幣280元，中型犬350元，貓每晚220元，另設獨立空調房。
        醫療爭議處理流程：先向本院客戶服務部書面投訴，十四個工作天內回覆；如未能解決，可向獸醫管理局提出。
        術後常見問題：傷口輕微紅腫屬正常，若有滲液、異味或縫線鬆脫，請即回院檢查。
        臺北市動物保護處提醒：飼主帶寵物外出應使用牽繩，並隨手清理排泄物。
    """),
    ("en", "clinic notices and FAQ"): _lines("""
        Boarding check-in is between 9am and 12pm; check-ins after 6pm incur a $25 after-hours fee.
        All boarding dogs must be current on DHPP, rabies and Bordetella; we accept certificates from any licensed vet.
        Q: Can I bring my cat's own litter? A: Yes, please label the bag; we use unscented clumping litter by default.
        Spay/neuter surgery includes pre-anaesthetic bloodwork, IV fluids, three days of pain relief and a cone; cats from $380.
        Our emergency line is open 24/7 at 6251 8800; for poison advice outside hours, use the helpline listed on our website.
        Invoice INV-2026-11873: consultation, SNAP 4Dx test, Nexgard Spectra (M) x3, total S$214.50, paid by card.
        Lost pet tips: check local shelters daily, ask vets to scan any found dog for a microchip, and keep your chip registry details up to date.
        Template: "Dear {owner}, {pet} is due for the annual booster on {date}. Reply YES to confirm the slot."
        Consent form section 4: I understand that no anaesthetic procedure is without risk and that the clinic will call me before any work exceeding the estimate by more than 20%.
        Case reference VC-2026-0419 has been closed after mediation; both parties agreed to the revised invoice.
        Cats should travel in a hard-sided carrier with a towel over it; never let them roam loose in the car.
        AVS requires all dogs in Singapore to be licensed and microchipped; HDB flats allow one dog from the approved list of breeds.
        Post-op checklist: cone on at all times, no stairs for 10 days, leash walks only, recheck on day 3 and day 14.
    """),
    ("mixed", "公开资讯与名人"): _lines("""
        鲁迅在《狗·猫·鼠》中写自己“仇猫”的缘由，源于童年时心爱的隐鼠据说被猫吃掉。
        丰子恺的随笔《白象》写的是家里一只白猫，他的漫画里也常出现猫。
        《加菲猫》Garfield 由 Jim Davis 于1978年首次发表，主角是一只爱吃千层面的橘猫。
        Snoopy 在《花生漫画》Peanuts 中的主人是查理·布朗 Charlie Brown，作者是 Charles M. Schulz。
        《一〇一忠狗》101 Dalmatians 的反派 Cruella de Vil 想用斑点狗的皮做大衣。
        英国首相官邸的“首席捕鼠官”拉里 Larry the Cat 是一只虎斑猫，自2011年起住在唐宁街10号。
        Hachiko, the Akita who waited at Shibuya Station for nearly ten years after his owner died, has had a bronze statue there since 1934.
        夏目漱石的小说《我是猫》以一只无名猫的视角讽刺明治时代的知识分子。
        美国总统拜登的德国牧羊犬 Commander 多次咬伤白宫特勤人员，2023年被送离白宫。
        新瑞鹏、瑞派等连锁宠物医疗集团近年快速扩张，行业报告显示全国宠物医院数量已超过2万家。
    """),
    ("zh-Hans", "纠纷与法规"): _lines("""
        《动物诊疗机构管理办法》规定，动物诊疗机构应当使用规范的病历、处方笺，病历档案应当保存3年以上。
        执业兽医应当在注册的动物诊疗机构执业，兽医助理不得独立开具处方或实施手术。
        宠物医疗纠纷常见的争议焦点包括：术前告知是否充分、是否超范围诊疗、病历是否完整、收费是否透明。
        发生医疗纠纷后，主人应尽快要求封存病历并保留缴费凭证，必要时可委托有资质的机构进行尸检。
        某地法院审理的一起寄养纠纷中，寄养犬在店内被其他犬咬伤，法院认定店方未尽管理义务，承担70%责任。
        消费者协会提示：选择寄养机构要查看营业执照和动物防疫条件合格证，签订书面合同并明确伤病死亡的责任划分。
        《上海市养犬管理条例》规定，个人在重点管理区域内每户限养一条犬，犬只应当每年接种狂犬病疫苗。
        宠物在诊疗过程中死亡的，主人可以要求医院出具死亡证明及诊疗记录复印件。
        投诉渠道：可拨打12345政务服务便民热线或12315消费者投诉举报专线反映宠物医院收费问题。
        问：寄养期间狗狗走失，店家要赔多少？答：一般按宠物购买价格、已支出的医疗费等实际损失协商，合同有约定的从约定。
        律师提醒：手术同意书中“一切后果由主人承担”的格式条款，不能免除医院因重大过失造成损害的责任。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        寄养登记｜主人：陈思媛 电话：139 1627 4085 身份证：310115198804122361 宠物：可乐（金毛，公，3岁，已绝育）入住12/20 离店12/27
        走失启事：12月3日晚在朝阳区望京花家地北里附近走失一只白色比熊，名叫“棉花”，戴红色项圈。如有线索请联系刘女士 186-1045-7723，必有重谢！
        投诉：本人何婷，12月1日带猫“年糕”到瑞和宠物医院做绝育，术后当晚猫咪死亡，医院拒绝提供麻醉记录，要求退还手术费1,860元并赔偿。
        @王建伟 哥，你家大黄今天又把笼子门拱开了，明天接的时候记得带牵引绳哈
        疫苗本｜犬主：周慧琴 住址：武汉市江岸区沿江大道188号3栋1702 犬名：旺财 狂犬疫苗 2026-03-15 接种，下次 2027-03-15
        退款申请：孙浩然 取消春节寄养，定金300元请退至建设银行 6217 0051 6555 9333 075（户名孙浩然）。
        接送登记：12/24 下午3点 车牌 沪A·K73N2（俞美芳女士，白色特斯拉）来接两只猫，已核对身份。
        赵振宇先生您好，您的爱犬“黑豆”拆线复诊已预约在12月9日10:30，请准时到店。
        前台交班：黄志鹏的柯基今天做了TPLO，家属说别打电话只发微信 hzp_corgi88，有情况微信联系。
        领养回访记录：领养人蒋雨桐，复旦大学在读研究生，住北区宿舍，第二次回访发现猫已私下转送他人，列入拒绝领养名单。
        有人认识绿地香樟苑6栋的杨桂兰阿姨吗？她家白色泰迪昨晚在楼下咬了我儿子，她一直不肯拿疫苗本出来
        病历摘要：主人张伟 手机13761528804，犬“Lucky”，拉布拉多，9岁，诊断髋关节发育不良，建议手术，预估费用12,000元，主人表示需考虑。
        宠物险理赔申请：被保险人王建伟，身份证370202199003115638，保单PET-2026-QD-0047719，申请理赔3,420元，事由：犬只异物梗阻手术。
        寻猫启事：12月1日于杭州西湖区文三路华星时代广场附近走失三花母猫，主人俞美芳，微信 yu_meifang1979，电话 137-5712-6630
        医生笔记：邵德明大爷72岁独居，老狗肾衰末期，他坚持不做安乐死，诊疗费已经欠了两千多，说下个月退休金到了再结。
        寄养合同乙方：赵振宇，身份证号码 110108198605303273，住址：北京市海淀区学院路30号院12号楼405室。
        回复@陈思媛 女士：关于您反映的寄养期间可乐掉毛严重的问题，店长已电话联系您（尾号4085）并退还两天寄养费。
        快来帮忙找猫！灰色英短，脖子上挂铃铛，是金桥碧云东方公寓5号楼1203王秀英奶奶的，老人家急得直哭
        预约单：何婷 / 158 2896 0417 / 猫 年糕 / 绝育 / 12-01 09:00 / 已付预约金100元
        手术同意书签字页：宠物主人黄志鹏（身份证440305199207184515）已知晓柯基“豆包”行TPLO手术的麻醉风险，同意手术。签字：黄志鹏 2026-11-27
        异宠咨询：冯宇航 fengyuhang.pets@163.com，玄凤鹦鹉左翅骨折两天，问能不能做固定手术。
        犬伤登记：伤者孙浩然，男，25岁，12月2日在寄养店被一只金毛咬伤左手背，已在社区医院接种首针人用狂犬疫苗。
        调解笔录：申请人周慧琴称其犬“旺财”在贵院输液后抽搐死亡，要求院方赔偿8,000元；院方主治医师吴磊认为系原发病所致。
        排班通知：护理员马晓东本周六值夜班，手机15921730846，寄养犬有异常直接打给他。
        QQ群公告：本周六领养日志愿者集合，负责人潘一鸣 QQ 2837461092，请提前私聊报名。
        收件人：何婷 15828960417 四川省成都市锦江区东大街紫东楼段99号2单元801 ｜ 内容：处方粮 泌尿道 1.5kg×2
        急诊登记 02:40 车主梁振华 车牌粤BD17235，送来被车撞的边牧，左后腿开放性骨折，已付押金5,000元。
        群里说一下：老吴（吴国栋，3号楼开面馆那个）家的萨摩耶查出细小了，最近大家别带狗去他店门口
    """),
    "zh-Hant": _lines("""
        寵物寄宿登記表 飼主：陳家豪 身份證號碼：K482913(1) 電話：9321 5708 寵物：Mochi（柴犬，4歲）入住日期：2026年12月22日
        走失啟事：12月4日於沙田第一城走失一隻啡色貴婦狗，名叫「Coco」，如有發現請致電 6185 2397 黃小姐，必有重酬。
        手術同意書 飼主：吳佩珊 身分證字號 A228173509 手機 0912-386-475 寵物：橘子（米克斯貓）手術：子宮蓄膿摘除 日期：2026/11/30
        醫療糾紛陳情：林冠宇先生表示其狗「阿福」於本院麻醉後未甦醒，要求調閱病歷並提出賠償，已轉法務處理。
        @張雅婷 妳家布丁的疫苗本我放在櫃檯了，妳LINE是 yating_pudding 嗎？我加妳傳收據給妳
        寄宿收據 客戶：李志明 Y305716(8) 貓2隻 7晚 港幣3,080元 信用卡 4563 5104 6738 1397 付款
        領養人資料：何淑儀，住址：九龍旺角彌敦道600號12樓B室，職業：護士，家中已有一隻貓。
    """),
    "en": _lines("""
        BOARDING FORM | Owner: TAN WEI MING | NRIC: S8834127I | Mobile: 9178 2046 | Pet: Bobo (Shih Tzu, 7y) | Check-in 20/12 | Emergency contact (wife): 9638 1157
        LOST DOG!! Brown mini poodle "Biscuit" went missing near Tampines St 81 on Sat evening. Pls call Priya 8823 4619 or WhatsApp. Reward offered.
        Hi Dr Lim, this is Rachel Goh, Milo's mum. His vomiting came back overnight, can we come in before 10? my number is 96120387
        Complaint from Mr Kumar a/l Subramaniam: charged RM1,450 for dental scaling of his cat Oreo without a prior estimate; requests an itemised bill. Contact 012-738 4415.
        Vaccination card. Owner: Nurul Aisyah binti Rahman, IC 920705-14-6318. Kitten "Comel", F3 vaccine 1st dose 02/11/2026.
        I, Daniel Pereira (FIN G5172834W), owner of "Rocky", consent to a splenectomy and accept the estimate of S$3,800. Signed 28/11/2026.
        Refund to card 5187 6313 2494 1968 for Mrs Helen Fernandez's cancelled boarding, booking ref BK-7731, amount S$420.
        Ahmad bin Ismail (880314-10-5823) picked up both cats at 7pm, paid cash, said the ginger one is still sneezing. Follow-up call 019-221 8374.
        Emma Schofield emailed from emma.schofield82@gmail.com asking whether her rescue greyhound Juno's heartworm test came back positive.
        Staff memo: Joanne de Souza (kennel assistant) is on medical leave until 15 Dec after a dog bite to her right forearm; Marcus covers her shifts.
        Pick-up authorisation: owner Wong Kar Hei authorises his helper Maria Santos (passport P4827193A) to collect Lucky on 3 Jan.
    """),
    "mixed": _lines("""
        寄宿登記 Owner: Kelvin Lee 李俊傑, HKID P671284(7), WhatsApp 9432 6018, 兩隻貓 Dec 23 - Jan 2, 要獨立房
        lily姐你家momo的血检出来了，CREA 198 有点高，医生说下周复查，你wechat是 lily_chen0612 吧我发报告给你
        寻猫 Lost cat: 橘猫 "Mango" 在 Bishan Blk 153 附近走失, owner Chloe Ng 9817 3364, reward $200
        Booking confirmed: Siti Hajar binti Yusof, 2 ekor kucing spay, 14/12 9am, deposit RM100 paid via DuitNow 017-552 9083
        Foster volunteer: Chua Jia Hui (T0251736H), NUS Year 3, 家里住 Clementi, fostering 2 kittens until adoption day
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "帮我写一个寻狗启事，狗叫“土豆”，柯基，三岁，12月5号下午在上海闵行区七宝老街走丢的。",
        ),
        (
            "assistant",
            "好的，请问联系人和电话写谁的？另外狗狗有没有明显特征，比如项圈颜色、有没有绝育？",
        ),
        ("user", "联系人写我，沈佳怡，电话 13916274085，狗戴蓝色项圈，尾巴是断的。"),
        (
            "assistant",
            "寻狗启事：12月5日下午于闵行区七宝老街走失柯基一只，名叫“土豆”，3岁，戴蓝色项圈，短尾。如有线索请联系沈佳怡 139 1627 4085，必有重谢！",
        ),
    ],
    [
        ("system", "你是一家宠物医院的客服助手，负责整理客户投诉并生成工单。"),
        (
            "user",
            "我叫俞美芳，上个月在你们滨江店给猫洗牙，收了2,600元，结果回家牙龈一直出血，复诊又收了800。",
        ),
        ("assistant", "非常抱歉给您带来困扰。为便于核实，请提供就诊时登记的手机号或病例号。"),
        (
            "user",
            "手机 137 5712 6630，病例号我找不到了，身份证是330106197902031183，你们系统应该能查到。",
        ),
    ],
    [
        ("system", "You are the booking assistant for a pet hotel in Singapore."),
        ("user", "hi i want to book boarding for my 2 dogs from 24 dec to 1 jan"),
        (
            "assistant",
            "Sure! May I have the owner's full name, NRIC for the boarding contract, and a contact number?",
        ),
        (
            "user",
            "Lim Shu Fen, S7619042I, 8162 0493. Dogs are Kopi and Teh, both mini schnauzers, vaccinated in June.",
        ),
        (
            "assistant",
            "Thanks Ms Lim, I've placed a tentative hold for Kopi and Teh from 24 Dec to 1 Jan. A deposit of S$150 will confirm the booking.",
        ),
    ],
    [
        ("user", "我係寵物診所嘅前台，想你幫我將呢段改寫成正式嘅手術同意書開頭。"),
        ("assistant", "冇問題，請貼上原文。"),
        (
            "user",
            "飼主陳家豪，身份證K482913(1)，電話93215708，同意佢隻柴犬Mochi做膝蓋骨脫位手術，費用大約港幣18,000。",
        ),
        (
            "assistant",
            "本人陳家豪（香港身份證號碼：K482913(1)；聯絡電話：9321 5708），為犬隻「Mochi」（柴犬）之飼主，茲同意貴院為其施行膝蓋骨脫位矯正手術，預計費用約港幣18,000元。",
        ),
    ],
    [
        ("user", "I need to claim pet insurance for my cat's surgery. What documents do I need?"),
        (
            "assistant",
            "Usually the claim form, the itemised invoice, the medical report from the vet, and proof of payment. Some insurers also ask for the vaccination record.",
        ),
        (
            "user",
            "ok. policyholder is me, Nurul Aisyah binti Rahman, IC 920705-14-6318, policy no. PA-88321907, cat Comel had pyometra surgery at Klinik Haiwan Setia on 20 Nov, bill RM2,870.",
        ),
        (
            "assistant",
            "Got it. Fill section A with your name and IC exactly as on the policy, attach the RM2,870 invoice from Klinik Haiwan Setia, and ask the clinic to sign the vet's statement in section C.",
        ),
    ],
    [
        ("system", "你是兽医院的医务助理，帮医生整理医疗纠纷材料。"),
        (
            "user",
            "帮我把这段整理成时间线：11月20日周慧琴带旺财来看呕吐，11月21日输液，当晚抽搐死亡，她22号来院闹，要求赔8000，她手机是186 7120 3954。",
        ),
        (
            "assistant",
            "时间线：11/20 初诊（主诉呕吐，犬主周慧琴）；11/21 静脉输液治疗，当晚出现抽搐并死亡；11/22 犬主到院提出赔偿8,000元。",
        ),
        ("user", "再加一句：她老公王先生说要去12345投诉，并且要把吴磊医生的名字发到小红书。"),
    ],
    [
        ("user", "我家老猫不行了，想请医生上门做安乐死，你们有这个服务吗？"),
        (
            "assistant",
            "有的，上门安乐死需要提前预约，医生会先评估，并请您签署知情同意书。请提供上门地址和方便联系的时间。",
        ),
        (
            "user",
            "地址是南京市鼓楼区湖南路16号颐和公馆2栋601，我叫孙浩然，明天下午都在家，电话 17751826093。",
        ),
    ],
    [
        ("user", "Klinik haiwan ni ada boarding untuk kucing tak? Saya nak tinggal 5 hari."),
        (
            "assistant",
            "Ada. Bilik kucing RM35 semalam, perlu rekod vaksin terkini. Boleh saya dapatkan nama dan nombor telefon?",
        ),
        (
            "user",
            "Nama saya Ahmad bin Ismail, 019-221 8374. Kucing dua ekor, Oyen dan Tompok. Alamat No. 12, Jalan SS2/55, Petaling Jaya.",
        ),
        (
            "assistant",
            "Terima kasih Encik Ahmad. Saya dah rekod tempahan untuk Oyen dan Tompok, 5 malam. Sila bawa buku vaksin semasa check-in.",
        ),
    ],
    [
        ("user", "請問你們寵物旅館春節還有空房嗎？我家是兩隻貓。"),
        ("assistant", "目前除夕到初五還有兩間貓房，每晚新臺幣900元。請問飼主大名和聯絡方式？"),
        (
            "user",
            "我是張雅婷，LINE ID: yating_pudding，手機0935-207-816，身分證B215739049，訂房要寫嗎？",
        ),
        (
            "assistant",
            "張小姐您好，訂房只需姓名與手機即可，身分證字號入住時核對就好，不用傳給我們。已為您保留兩間貓房。",
        ),
    ],
    [
        ("system", "你是流浪动物救助群的管理员助手。"),
        (
            "user",
            "帮我写一条领养公示：小白（母，1岁，已绝育）由蒋雨桐领养，她是华东师大的研究生，住闵行校区附近，微信 jyt_0823。",
        ),
        (
            "assistant",
            "建议领养公示不要公开领养人的微信和住址，可以写成：小白已由蒋同学领养，感谢大家关注。",
        ),
        ("user", "不用改，我们群规就是要公示全名和微信，方便大家监督回访。"),
    ],
]
