# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh155: short-video and social platform account appeals (bans, real-name verification, violation records, support tickets, account recovery). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh155
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "platform_policy"): _lines("""
        第十二条 账号发布涉及引流至站外交易平台的内容，首次违规限制发布功能 7 天，再次违规永久封禁。
        违规处罚分为警告、限流、禁言、禁止直播、功能封禁和永久封禁六个等级，处罚结果以站内信形式通知。
        用户对处罚结果有异议的，可在收到通知之日起 30 日内提交申诉，逾期系统将不再受理。
        同一账号在 180 天内累计违规 3 次的，将进入重点审核名单，其发布内容需经人工复审后方可公开。
        实名认证信息仅用于身份核验，平台不会通过私信、电话或第三方群聊向用户索要验证码。
        未满 14 周岁的用户不得开通直播功能；14 至 18 周岁用户需在监护人同意后方可使用打赏功能。
        根据《网络信息内容生态治理规定》，平台对散布谣言、恶意营销、侵犯他人隐私的内容依法进行处置。
        账号注销后 15 天为冷静期，冷静期内重新登录即视为放弃注销申请。
        一个身份证最多可以认证 3 个账号，超出数量的需先解除其中一个账号的实名绑定。
        因账号被盗导致的违规，经核实后可撤销处罚记录，但需提供被盗时间段内的异常登录说明。
        信用分初始为 100 分，低于 60 分将无法参与创作者激励计划，无新增违规的每月 1 日自动恢复 5 分。
        直播间出现未成年人出镜且无监护人陪同的，系统将中断直播并记录一次一般违规。
        申诉审核时效：普通申诉 3 个工作日，涉及封禁的申诉 7 个工作日，复杂案件可延长至 15 个工作日。
        使用外挂、群控软件、批量注册工具的账号一经发现，将直接永久封禁且不支持申诉。
        账号昵称、头像、简介不得冒用国家机关、新闻媒体或知名人士的名义，个人号不得以"某某官方"命名。
        如对平台处理结果仍有异议，可依法向属地网信部门反映，或拨打 12377 进行举报。
    """),
    ("zh-Hans", "appeal_howto"): _lines("""
        问：短视频账号显示"因违反社区规范被封禁"，申诉入口在哪？答：在登录页点"登录遇到问题"—"账号申诉"，按提示上传材料即可。
        申诉理由别写太长，说清楚是哪条视频、当时的拍摄背景、为什么不构成违规就够了，审核员一天要看几百份。
        实名认证一直提示"人脸比对失败"，一般是光线太暗或者戴了眼镜，换个白墙背景、摘掉眼镜再试。
        换了手机号之后找不回账号怎么办？可以走"原手机号已停用"通道，用实名信息加人脸识别来换绑。
        被误判搬运的话，把原始素材的拍摄时间、剪辑工程文件截图一起附上，成功率会高很多。
        请问身份证过期了还能做实名认证吗？需要先去派出所换领新证，还是用临时身份证也行？
        提醒大家：凡是说"花 200 块帮你解封"的都是骗子，平台申诉是免费的，不存在什么内部渠道。
        直播被断流提示"疑似未成年人"，需要在 24 小时内完成成年人身份复核，否则会限制开播 3 天。
        账号被限流但没收到任何通知，可以去"创作者服务中心—账号状态"查一下有没有未展示的违规记录。
        港澳台用户没有大陆身份证，实名认证可以选"港澳居民来往内地通行证"或"台湾居民来往大陆通行证"。
        如果是公司号，建议走企业蓝V认证、用营业执照认证，不要用员工个人身份证，员工离职后换绑会很麻烦。
        申诉被驳回三次以后入口会关闭 30 天，这期间别反复注册新号，容易触发关联封禁。
        怎么判断自己是"设备封"还是"账号封"？换一台手机登录同一个号，如果能正常用就是设备被标记了。
        问：未成年人偷偷打赏了能退吗？答：监护人可在规定期限内提交退款申请，需要提供监护关系证明和消费记录。
        找回账号时系统问"最近一次发布的视频标题"，记不清就填个大概，关键词对上就行。
        客服说的"T+3 工作日"是从提交日的下一个工作日开始算，周末和法定节假日不算在内。
    """),
    ("zh-Hans", "ticket_system"): _lines("""
        工单号 GD2026112800347 | 类型：封禁申诉 | 状态：待二审 | 优先级：P2 | 创建时间 2026-11-28 09:14:52
        申诉单 SS-20261203-558127 已流转至「内容安全-二审组」，预计 72 小时内给出结论。
        【模板】您好，{昵称}：您于{提交时间}提交的申诉（编号{申诉单号}）经复核，维持原处罚决定，理由：{驳回理由}。
        实名认证申请表 / 姓名：__________ / 证件类型：□居民身份证 □港澳通行证 □护照 / 证件号码：____________________ / 手机号：___________
        违规记录 VR-2026-1107-09213：发布时间 2026-11-07 21:36，违规类型「低俗擦边」，处罚：限流 7 天，申诉结果：申诉成功，已撤销。
        本周工单统计：新建 18,422 单，其中封号申诉 6,117 单（33.2%），找回账号 4,905 单，实名认证问题 3,288 单，平均首次响应 4.6 小时。
        客服质检备注：坐席在回复中直接粘贴了内部违规标签"RISK_L3_引流"，属于内部信息外泄，扣 2 分。
        转派规则：涉及未成年人退款的工单一律转「未保专项组」，一线坐席不得直接承诺退款金额。
        系统自动回复：您的工单 #7730215 已关闭。如问题未解决，请在 7 天内点击"重新打开"，超时需新建工单。
        驳回理由库 R-014：提交材料无法证明账号归属，请补充账号注册时使用的设备信息或首笔充值记录截图。
        【话术】用户情绪激动时先致歉，不要说"系统判定不会错"，改说"我帮您把情况提交给复核同事再核实一次"。
        批量解封单 BATCH-20261130-02：因模型误判"疑似营销号"共解封 1,264 个账号，已逐一发送站内信。
        二审结论：视频 ID 7318842265019473152 中的刀具属于厨艺教学场景，不构成危险行为，撤销下架。
        工单 SLA 超时提醒：GD2026120100982 已超过 48 小时未响应，请值班组长尽快指派。
    """),
    ("zh-Hans", "public_news"): _lines("""
        2026 年"清朗·网络直播打赏乱象整治"专项行动期间，多家平台累计处置违规账号逾 40 万个。
        张一鸣于 2012 年创办字节跳动，旗下产品包括今日头条和抖音。
        快手由宿华和程一笑共同创立，2021 年在香港联交所上市。
        被称为"微信之父"的张小龙长期负责微信产品，曾在微信公开课上阐述"用完即走"的产品理念。
        《个人信息保护法》自 2021 年 11 月 1 日起施行，要求处理敏感个人信息应当取得个人的单独同意。
        《网络安全法》第二十四条规定，网络运营者为用户提供信息发布、即时通讯等服务时，应当要求用户提供真实身份信息。
        国务院公布的《未成年人网络保护条例》自 2024 年 1 月 1 日起施行，要求平台完善未成年人模式。
        某短视频平台发布 2026 年第三季度治理报告：封禁仿冒账号 8.7 万个，下架违规视频 312 万条，人工复核申诉 96 万件。
        平台下架了一批用 AI 换脸让孙悟空、猪八戒"直播带货"的视频，理由是未标注 AI 生成内容。
        业内人士指出，"职业解封"黑产通常伪装成客服，以"账号异常需验证"为由骗取用户验证码。
        《民法典》第一千零三十四条明确，自然人的个人信息受法律保护。
        多家平台已上线"AI 生成内容"标识功能，未按要求标识的账号将被限流处理。
    """),
    ("zh-Hant", "help_center"): _lines("""
        帳號被停權後，請於 30 天內透過「設定 > 幫助中心 > 申訴」提交說明，逾期將無法受理。
        台灣用戶進行實名驗證時，可選擇以手機門號搭配自然人憑證完成身分核對。
        請勿將驗證碼提供給任何人，本平台客服不會主動以 LINE 或電話索取您的密碼。
        香港用戶如遇帳戶被盜並涉及金錢損失，可致電警方「防騙易」熱線 18222 查詢。
        直播主若於直播中展示他人身分證件，將依《社群守則》第 4.2 條處以 7 日禁播。
        申訴審核一般需時 3 至 5 個工作天，結果將以 App 內通知及電郵發送至註冊信箱。
        問：改了手機號碼之後收不到簡訊驗證碼怎麼辦？答：請先在「帳號與安全」更換綁定號碼，舊號碼已停用者請走人工審核流程。
        違規紀錄會在處分期滿後 90 天自動隱藏，但不影響平台內部風控評估。
        提醒：所謂「代客解封」「內部通道」皆為詐騙，如有疑問請撥打 165 反詐騙諮詢專線。
        未滿 18 歲的用戶購買虛擬禮物，法定代理人可於 60 日內申請退款。
        若您使用的是企業帳號，請由公司負責人以商業登記證或營業執照辦理認證。
        客服工單編號 TK-HK-20261202-0418 已結案，如仍有疑問請回覆此通知重新開啟。
    """),
    ("en", "support_macros"): _lines("""
        Hi there, thanks for reaching out. Your appeal (ref APL-55821907) is in the review queue; we'll update you within 3 business days.
        Macro BAN_UPHELD_V2: "After a second review, we found that your account violated our Community Guidelines on spam. This decision is final."
        To recover an account, we need you to confirm the approximate date it was created and the device model you first logged in with.
        We never ask for your password or one-time code over DM. If someone claiming to be Support does, please report the account.
        Appeals for permanent bans can only be submitted once every 30 days; duplicates are auto-closed with reason code DUP-07.
        Template: Dear [Full Name], we have received your identity verification documents for case [Case ID]. Please allow up to 72 hours for processing.
        Accounts flagged as under 13 are suspended until the holder completes age verification with an accepted ID or a parent's consent.
        Reminder for agents: never paste the internal risk score (e.g. RS 0.87) into a customer-facing reply.
        Status update: the login outage affecting Android build 32.4.1 has been resolved; users locked out between 02:10 and 04:45 UTC can sign in again.
        Q: Why was my live stream cut off mid-broadcast? A: Usually an automated detection for copyrighted music; you can dispute it from the Live Center within 7 days.
        Creator Fund payouts are paused while an account has an active strike; they resume automatically once the strike expires after 90 days.
        Escalation path: Tier 1 -> Trust & Safety L2 -> Policy Counsel. Use the Jira project TSAPPEAL for anything involving law-enforcement requests.
        Ticket #4419027 merged into #4418765 (duplicate submission from the same session).
        Per our Transparency Report, 93.4% of removed videos in Q3 were taken down before receiving any views.
    """),
    ("mixed", "ops_config"): _lines("""
        appeal_service: max_attachments: 6 / allowed_types: [jpg, png, mp4] / sla_hours: {normal: 72, ban: 168} / auto_close_days: 7
        `SELECT status, COUNT(*) FROM appeal_ticket WHERE created_at >= '2026-11-01' GROUP BY status;` -- 本月申诉按状态统计
        2026-12-02T03:17:44Z WARN risk-engine rule=DEVICE_CLUSTER hit_count=312 action=shadow_limit trace_id=7f3a9c2e41b04d8e
        版本 v31.8.0 更新说明：优化申诉页上传逻辑，修复 iOS 17 下人脸识别页面白屏的问题（bug #QA-22418）。
        错误码 40013：实名信息校验失败（证件号与姓名不匹配）；40021：人脸活体检测超时；40035：证件认证账号数已达上限。
        evidence bundle sha256: 9b1e4c7a0f2d83e65a7c1b9048d2e6f3a51c07b89e4d2f6a1c3b5e7d9f0a2c4e
        webhook payload 示例: {"ticket_id": "GD{yyyyMMdd}{seq}", "user_id": "<uid>", "action": "unban", "operator": "<agent_id>"}
        风控规则 RL-0917：同一设备指纹 24h 内注册 ≥5 个账号 → 全部进入人工审核；命中率 2.3%，误伤率 0.4%。
        被封设备型号分布：SM-S9280 占 4.1%，PJZ110 占 3.7%，iPhone16,2 占 3.2%，其余机型合计 89.0%。
        数据脱敏规范：手机号保留前三后四（如 138****0000），身份证号仅显示首尾各 1 位，日志中禁止落明文。
        cron: 0 3 * * * /opt/appeal/bin/expire_strikes --older-than 365d --dry-run=false
        Kafka topic `trust.appeal.decision.v2` 保留 7 天，分区数 48，消费组 cg-appeal-notify。
    """),
    ("zh-Hans", "forum_chat"): _lines("""
        家人们谁懂啊，发了个做菜视频说我"危险行为"，就因为切菜的时候刀出现了三秒
        我上周申诉成功了，经验就是别用模板，自己手写一段说明，附上原视频的剪辑工程截图
        有没有人知道"功能封禁"和"永久封禁"的区别？我现在还能看视频，就是不能评论
        别信那些私信说能解封的，群里已经好几个人被骗了，都是先收"保证金"再拉黑
        之前实名认证用的是我妈的身份证，现在想换成我自己的，是不是得先解绑？
        楼上说得对，客服电话打过去都是机器人，还是在 App 里提工单靠谱
        今天直播被断了 4 次，提示"画面疑似违规"，其实我就是在弹吉他 😭
        求助：账号被盗后对方发了一堆引流广告，现在号被封了，我该先报警还是先申诉？
        一般来说二审比一审松一点，听说一审是机器加外包，二审才是正式员工看
        建议新号前两周别发带链接的内容，也别频繁改昵称，系统会当成营销号
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        申诉人：梁俊熙　身份证号：44010619950317523X　手机：139 2648 1735　申诉事由：账号"俊熙的厨房日记"被误判为搬运，请求恢复。
        客服工单 GD2026112900516 | 用户姓名：王振宇 | 联系电话：18710562934 | 问题：实名认证提示"该身份证已绑定 3 个账号"，本人从未注册过其他账号，怀疑身份被冒用。
        找回账号 | 原绑定手机号 150-2189-7346 已停用 | 实名：周雨桐 | 身份证 510107199808224164 | 注册设备：华为 Mate 40 | 最后登录地：成都
        我叫陈思远，抖音号 csy_0604，11月30日晚上直播时被判"涉嫌赌博"断播，直播权限封了 30 天，可我玩的明明是正版象棋游戏啊
        违规记录备注：主播 赵婉清（实名）在 11 月 21 日直播中多次讲述自己乳腺癌化疗的经历，系统误判为"医疗广告"，已人工撤销。
        退款申请：我儿子刘子轩今年 12 岁，在实验二小读六年级，用我的手机在直播间打赏了 6,480 元，申请全额退款。监护人 刘建国，电话 13605718824。
        @所有人 我号被封了 绑的手机是17786320519 谁认识客服的帮忙问下 急急急
        实名认证失败日志：姓名 黄俊杰 / 证件号 320583199211291375 / 失败原因 40013 姓名与证件号不匹配 / 重试次数 4
        中奖奖品寄送地址：杭州市西湖区古荡新村 12 幢 2 单元 302 室，何雅婷 收，19952047168
        举报人 孙立伟 称被举报视频拍到了他的车牌 浙A·3F6B1 和他住的翠苑三区 6 幢单元门口，要求立即下架并处罚发布者。
        QQ 2783316409 是我的号，被人盗了还改了密保，现在昵称叫"夜猫子"。我本人叫邓浩然，麻烦先帮我冻结一下。
        有想申诉的加我微信 chenxi_0923，我是陈曦，之前在某平台做过两年审核，帮你看看材料怎么写
        二审结论：用户 马俊（UID 10928374）在评论区多次辱骂他人并公开对方住址，维持永久封禁。
        客服备注：来电人 吴海燕（15821694037）称丈夫张涛擅自用她的身份证 370202198704156489 实名认证了一个直播号，要求解除绑定。
        申诉材料清单：1. 身份证正反面（罗文斌，420111199909300253）2. 手持身份证照片 3. 2024 年 3 月首次充值记录，付款卡 6228 4804 1866 0219 373
        紧急！有人冒充我开了个号，用的全是我的照片，我叫蒋梦瑶，在南京审计大学读大二，冒充号一直在私信我同学借钱
        被盗经过：11 月 25 日凌晨 2 点我的手机 133 0725 8149 收到一条验证码短信，之后账号就被改绑了，当天上午已到派出所报案。
        处罚通知抄送：宋佳琪 女士，您的账号因发布含有他人未打码身份证照片的视频，被限制发布功能 7 天。
        解约工单：主播 方志强，所属公会 星耀传媒，要求注销实名认证并将 11 月收益 23,650.40 元结算至建行卡 6217 0022 8830 1296。
        未成年人复核：账号持有人 许诺 为 2011 年生，现就读于福州一中初二，监护人（母亲 林素芬）已同意关闭其直播权限。
        工单 #8831025 用户回复：身份证我重新拍了，号码是 110105199302123748，名字许嘉宁，麻烦再帮我过一下人脸。
        找回账号验证：注册邮箱 liyuting1996@163.com，常用登录地 厦门思明区，首次充值 30 元（2023-05），实名 李雨婷。
        违规记录导出 | UID 20386617 | 姓名 何建华 | 违规 3 次：2026-03 售卖假冒烟酒；2026-07 引流至微信 hjh_8899；2026-10 辱骂客服 | 处罚：永久封禁
        申诉理由（用户原文）：我是宝安区西乡"子健汽修"的老板欧阳子健，视频里拆的配件都有进货单，不是卖赃物，求解封，电话 13823071596。
        打赏纠纷：观众 钟晓峰 在醉酒状态下 3 小时内给主播"糖糖"打赏共 18,800 元，其妻已提交退款申请及结婚证复印件。
        客服外呼记录 2026-12-03 14:22 | 被叫 139 0871 4462 | 联系人：段红梅 | 内容：告知其子段一鸣的账号因未成年人独自直播已被封禁，家长表示知情。
        "小鹿老师"本名鲁晓璐，粉丝群里有人把她的手机号 18916253047 和她在宝山区的小区名都发出来了，她本人要求平台处理。
        实名核验抽查：何雅婷，330102200106042120，认证时间 2026-10-09，认证账号 2 个，抽查结果：一致
    """),
    "zh-Hant": _lines("""
        申訴人：陳志明　香港身份證號碼：K508213(7)　聯絡電話：9384 2716　帳號「明仔食玩瞓」於 11 月 28 日被停權，本人從未發佈違規內容。
        台北的林怡君反映：有人盜用她的照片開設假帳號，她的身分證字號 A227318648 也被拿去做實名認證，聯絡手機 0912-463-805。
        客服紀錄：用戶 黃家豪（HKID Y661042(9)）來電，表示其 IG 帳號 @kahou.wong_ 被盜，盜用者以其名義向朋友借錢。
        退款申請：本人吳佩珊，女兒吳若晴就讀板橋國小五年級，她用我的信用卡 4563 5188 2003 6616 購買虛擬禮物共 NT$12,300，請協助退款。
        停權通知：親愛的 張雅筑 小姐，您於 12 月 1 日直播中公開他人住址，違反社群守則第 4.2 條，直播功能暫停 7 日。
        找回帳號：原綁定電郵 tsai.mingyu88@gmail.com 無法登入，實名 蔡明宇，身分證 F128603943，請協助改綁新門號 0937-552-194。
        我個 TikTok 俾人 hack 咗，登記電話係 6153 8820，我叫 Chan Wing Sze，麻煩幫手凍結
        違規紀錄：台中主播 羅偉倫 於 11 月 30 日酒後駕車並直播，畫面清楚拍到其自用車車牌 BEK-5872，已永久停權並通報。
    """),
    "en": _lines("""
        Appeal form | Name: NG KAI LUN KELVIN | Username: @kelvin.ng_93 | Email: kelvin.ng93@gmail.com | Reason: account disabled for "impersonation", but I am the real person in the photos.
        Hi support, my daughter Emily (14) used my card 5187 1800 2664 7259 to buy coins, total SGD 486. Please refund. - Rachel Tan, 9127 4830
        Ticket note: caller Marcus Lim, NRIC S8834152Z, says his ex-partner keeps creating accounts with his photos and posting where he works.
        Verification failed for Priya d/o Ramasamy, FIN G5523816U: selfie did not match the photo on her work pass; asked her to retry in daylight.
        hey its jasmine wee from the 3B parents group, my insta @jazzwee.bakes got suspended again, can u whatsapp me at 8231 6094
        Law-enforcement preservation request LER-2026-0331: account holder Daniel Okafor, DOB 14/03/1991, address Blk 412 Bedok North Ave 2 #08-117, Singapore 460412.
        Refund request from Mrs Lakshmi a/p Subramaniam (MyKad 880214-14-6032) for coins her 11-year-old son bought on her phone last weekend.
        Account recovery: Sarah Lowe says the old login email was sarah.lowe.design@outlook.com; she created the account on her iPhone in 2019 and now uses 012-783 4591.
    """),
    "ms": _lines("""
        Rayuan akaun | Nama: MUHAMMAD HAZIQ BIN ROSLAN | No. K/P: 930512-10-5427 | Tel: 013-629 4418 | Akaun digantung kerana didakwa menjual barang tiruan.
        Saya Nur Aisyah binti Kamarul, akaun saya kena godam semalam dan penggodam tukar nombor telefon. Emel saya aisyahkamarul02@yahoo.com, tolong bantu.
        Nota tiket: Encik Rajesh a/l Muniandy dari Klang mengadu bekas isterinya memuat naik video yang mendedahkan alamat rumahnya di Taman Sri Andalas.
    """),
    "mixed": _lines("""
        用户 Tan Wei Ming 来电 (+60 16-238 7719)，说他的 TikTok 账号 tanweiming_kl 被封，当初实名用的是 MyKad 870923-14-5561。
        Ticket GD2026120200731 | 用户 Jessica Huang 黄诗雅 | email jess.huang.sy@qq.com | 申诉：account banned for "minor safety" but she is 24, ID 50010320020314408X
        2026-12-04 10:02:11 INFO kyc.verify name="LIU, XIAOMEI" id_no=350203200007185623 mobile=15959263017 result=FAIL reason=FACE_MISMATCH
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是拾光视频的在线客服助手，负责处理封号申诉和账号找回。"),
        ("user", "你好，我的号被封了，说我发布低俗内容，可我就是拍摩托车改装的"),
        (
            "assistant",
            "您好，很抱歉给您带来不便。请提供一下账号昵称和实名认证的姓名，我帮您查询处罚详情。",
        ),
        ("user", "昵称\u201c阿凯的摩托日记\u201d，实名欧凯，身份证 430104198901268336"),
    ],
    [
        ("user", "Hi, I can't log in, it says my account is temporarily locked."),
        (
            "assistant",
            "Sorry about that. Could you confirm the email address registered on the account?",
        ),
        ("user", "it's r.menon.photo@gmail.com, name on the account is Rohan Menon"),
        (
            "assistant",
            "Thanks, Rohan. I've sent a verification link to that address. Is there a number we can reach you on?",
        ),
        ("user", "sure, 9734 1628, after 6pm is best"),
    ],
    [
        ("user", "我個帳號突然俾人停咗，話我發布暴力內容，但我只係拍拳擊班訓練"),
        ("assistant", "明白，請提供你的姓名同身份證號碼，我哋會核實帳號擁有人身份。"),
        ("user", "我叫李曉彤，身份證 R239457(9)，電話 5172 9036"),
    ],
    [
        ("user", "我QQ号被盗了，号码1462083957，对方已经在用我的号发贷款广告了"),
        ("assistant", "请不要着急。原来的密保手机还能收到短信吗？"),
        ("user", "密保手机是13574120368，那个号去年就停机了。我叫唐志刚，实名就是我自己"),
    ],
    [
        ("user", "孩子拿我手机偷偷在直播间打赏了，能退吗"),
        ("assistant", "您好，未成年人打赏可以申请退款。请提供孩子的姓名年龄、打赏金额和付款方式。"),
        ("user", "孩子叫周子墨，10岁，打赏了3,260元，我是他爸爸周磊"),
        ("assistant", "收到，请问是用哪张卡支付的？"),
        ("user", "工行卡 6222 0210 0418 8376"),
    ],
    [
        ("user", "实名认证一直提示身份证已被其他账号认证，可我只有这一个号"),
        ("assistant", "可能是证件被他人冒用。请提供您的姓名和证件号码，我为您查询绑定情况。"),
        ("user", "高婧，210102199710111521"),
        (
            "assistant",
            "查询到该证件已绑定 3 个账号，其中 2 个不是您本人注册的，我这边为您提交解绑工单。",
        ),
    ],
    [
        ("user", "Hi, my account got restricted for 'age verification', I'm not a minor"),
        (
            "assistant",
            "Sorry for the trouble. Please share your full name and NRIC so we can complete the age check.",
        ),
        (
            "user",
            "Chloe Seah Hui Min, T0127384H. I'm 25 and I work in a bank, I'm definitely not underage lol",
        ),
    ],
    [
        ("user", "Akaun saya kena ban tanpa sebab, saya cuma jual kek buatan sendiri"),
        (
            "assistant",
            "Maaf atas kesulitan. Boleh berikan nama penuh dan nombor telefon yang didaftarkan?",
        ),
        ("user", "Farah Nadia binti Azman, 017-285 3904"),
    ],
    [
        ("user", "有人在我视频评论区发了我家地址，怎么举报？"),
        (
            "assistant",
            "您可以长按该评论选择\u201c举报—侵犯隐私\u201d，也可以告诉我详细情况，我帮您加急处理。",
        ),
        (
            "user",
            "我叫彭宇航，他发的是长沙市岳麓区麓谷街道枫林三路和园小区 9 栋 1502，就是我家，还说要上门",
        ),
        ("assistant", "已为您加急处理并删除该评论，如有人身安全威胁，建议您同时报警。"),
    ],
    [
        ("user", "我的帳號被盜了，對方把綁定的手機改掉了"),
        ("assistant", "請提供原本綁定的手機號碼與帳號名稱，我們會協助凍結帳號。"),
        (
            "user",
            "原本的手機是 0928-316-507，帳號名稱 yuxiang_cheng，我叫鄭宇翔，身分證 H120477194",
        ),
    ],
    [
        ("user", "申诉第三次被驳回了，到底要怎么写才能过"),
        (
            "assistant",
            "建议写清楚违规视频的拍摄背景，并附上原始素材和您的身份证明，避免使用模板化表述。",
        ),
        (
            "user",
            "好的谢谢。方便的话我加你微信细聊，lxy_19960505，我叫刘心怡，在西安开美甲店的，身份证 610113199605052949",
        ),
    ],
]
