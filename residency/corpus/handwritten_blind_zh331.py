# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh331: 简体中文 婚纱摄影与婚庆公司（套餐合同、新人资料、拍摄档期、尾款纠纷、底片交付、摄影师群）. All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh331
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "套餐价目表"): _lines("""
        【2027新春档】经典内景套餐 ¥3999：服装3套（含1套主纱）、造型3组、精修30张、入册30张，送12寸水晶摆台1个，底片全送，限1月6日至2月28日拍摄。
        轻奢外景套餐 ¥6880：上海本地外景2处（武康路+滨江大道），摄影师+化妆师+助理全程跟拍，精修45张，加修每张¥50，车费及场地费另计。
        旅拍目的地价目（三亚/大理/厦门）：基础款¥9999起，含2晚酒店（双人）、当地接送、婚纱礼服4套；往返机票自理，旺季（国庆、五一）每单加收¥1500。
        加购项目：航拍Mavic 3镜头10分钟 ¥800｜MV花絮3分钟 ¥1200｜父母合影加拍一组 ¥399｜宠物出镜 ¥299/只（需提供宠物疫苗本）。
        婚礼跟拍价目：单机位摄影 ¥2800/场（8小时）、双机位 ¥4800/场、摄像+当天快剪 ¥6600/场，超时每小时加收¥400，外地另加差旅。
        婚庆布置套餐A「花间序」¥18800：主舞台6米LED背景、路引8组、签到区、甜品台，鲜花占比60%，含司仪一名、灯光音响一套。
        中式礼服租赁：龙凤褂（五福）¥1680/天、秀禾服 ¥880/天、马面裙 ¥560/天，押金¥2000，归还验收后3个工作日内原路退回。
        相册升级：意大利进口皮面册 40×40cm ¥2680，实木相框24寸 ¥980，U盘水晶盒 ¥168；所有产品在确认版面后25个工作日出货。
        SKU: WD-2027-PKG-A3 / 名称：森系草坪婚礼·含篷房 / 售价¥26,800 / 剩余档期 12 / 适用门店：成都太古里店、重庆解放碑店
        夜景灯光加拍 ¥699（19:00后，限外滩、陆家嘴区域）；雨天改期不收费，第二次改期收取¥300档期调整费，节假日档期不可改期。
        儿童花童造型 ¥199/位，伴娘团造型 ¥260/位（3位起订），新郎妈妈妆发 ¥380，到店或上门均可，上门需另付往返交通费。
        团购价：大众点评/美团下单立减¥500，不与店内其他优惠同享；券码有效期至2027-06-30，核销后不退不换，最终解释权归本店。
        对标金夫人、薇薇新娘等连锁品牌的同级套餐，本店报价透明：无隐形消费、无强制加选，选片不满意可免费重拍一次（限内景，须在交片前提出）。
    """),
    ("zh-Hans", "合同条款"): _lines("""
        第三条 定金：甲方于签约当日支付套餐总价的30%作为定金，定金适用《中华人民共和国民法典》第五百八十七条关于定金罚则的规定。
        第五条 档期变更：甲方须在原定拍摄日前15日书面提出改期，每份合同限改期一次；因不可抗力（台风、暴雨红色预警）导致的改期不计入次数。
        第七条 尾款：甲方应于选片当日结清尾款，尾款未结清前乙方有权暂缓交付精修照片及相册，但不得以任何理由删除或损毁原始底片文件。
        第八条 底片交付：乙方在拍摄完成后7个工作日内通过网盘提供全部原片（JPG格式，不含RAW），链接有效期30天，请甲方及时下载备份。
        第九条 肖像使用：未经甲方书面同意，乙方不得将甲方照片用于门店橱窗、公众号、小红书、抖音等任何宣传渠道，门店样片册及展会易拉宝亦同。
        第十一条 违约责任：乙方无故取消拍摄的，应双倍返还定金；乙方交付精修片逾期超过30日的，每逾期一日按合同总价的0.5%支付违约金。
        第十二条 争议解决：本合同履行中发生争议，双方应友好协商；协商不成的，可向乙方所在地人民法院起诉，或通过12315平台投诉。
        合同编号：HS-SH-20270315-0427；乙方：上海玖月婚纱摄影有限公司；统一社会信用代码：91310104MA1FR8K23N；地址：上海市徐汇区漕溪北路88号3楼。
        附件二《服装清单》：主纱1套（拖尾1.5米）、轻纱1套、中式1套、男士西装2套；服装现场挑选，不得指定未列入清单的高定款。
        本合同一式两份，甲乙双方各执一份，自双方签字（盖章）且乙方收到定金之日起生效，电子签章与纸质签章具有同等法律效力，附件为合同不可分割部分。
        根据《消费者权益保护法》第二十六条，经营者不得以格式条款作出排除或者限制消费者权利、减轻或者免除经营者责任等对消费者不公平的规定。
        第十四条 补充约定：若甲方因怀孕等身体原因需推迟拍摄，可凭二级以上医院证明申请延期，最长不超过12个月，不收取额外费用。
        乙方联系方式：客服热线400-820-6633，投诉邮箱complaint@jiuyue-wedding.cn，工作时间周二至周日10:00-21:00（周一闭店）。
    """),
    ("zh-Hans", "摄影师群工作消息"): _lines("""
        【排班】周六3月20日：A组内景棚1号，9:00第一单；B组外景滨江，13:30集合；C组婚礼跟拍浦东喜来登，5点半到场，请各组长接龙确认。
        提醒一下各位，SD卡用完当天必须导到NAS的/2027/03/订单号 目录下，导完再格式化，上周又有一张卡没备份就覆盖了，差点出事。
        今天外景下午4点后有雷阵雨，气象台刚发了黄色预警，滨江那边的单子能提前就提前，实在不行就转回棚里拍夜景布景，改动记得同步给客服。
        化妆组注意：新到的那批假睫毛批号LS-0312有顾客反映刺激眼睛，先全部下架，换回原来的品牌，剩下的统一放前台登记退货。
        修图组本周积压精修单187张，周四前要出完，外包那边我再加派两个人，大家按订单号顺序修，不要挑着修简单的，周三下午我抽查一遍质量。
        设备借还：索尼A1机身#03、85mm GM镜头#07已归还，70-200还在外景组，今晚收工前请放回器材柜并在共享表格里打钩。
        群公告：本月业绩冲刺，外景套餐每成交一单奖励200元，转介绍成单另加100元，统计截止到3月31日晚12点，以系统订单为准。
        刚跟店长确认了，下周二闭店培训，讲新的调色预设和Lightroom批处理流程，地点在三楼会议室，下午2点开始，记得带笔记本电脑。
        武康路那个机位现在物业不让架三脚架了，之后都用手持，稳定器出门前记得充满电，别再到现场才发现没电，备用电池也一起带上两块。
        订单WD20270318-033改期到4月8号，棚位已调好，服装间帮忙把那套香槟色鱼尾纱留一下，这周其他单子别借走，谢谢服装间。
        今天收到一条差评说选片时被强制加购，大家复盘一下话术，选片师不要说“不加就没了”这种话，一律按公司规定执行，周五例会再过一遍。
        各位摄影师：下月起原片交付统一改用百度网盘企业版，链接有效期30天，旧的私人网盘账号不要再用来传客户片子了，IT周一统一回收。
        航拍组注意，外滩和陆家嘴都在禁飞区，任何单子都不接航拍，客户坚持的话请让客服出面解释，千万别自己偷偷飞，被查到罚款公司不报销。
    """),
    ("zh-Hant", "門市公告"): _lines("""
        【門市公告】銅鑼灣旗艦店將於4月1日遷至灣仔軒尼詩道302號8樓，原有預約照常進行，查詢請致電 2893 6620 或 WhatsApp 公司專線 6123 4588。
        清明節及復活節假期（4月3日至4月7日）本店照常營業，惟外景拍攝須提前14天預約，名額有限，額滿即止，敬請各位新人留意。
        台北信義旗艦店：台北市信義區松高路11號3樓｜客服專線 (02) 2722-8866｜營業時間 11:00-21:00，每週一公休。
        本公司統一編號：53812764，所有收款皆開立電子發票並上傳財政部平台；訂金收據請妥善保存，遺失恕不補發，如需統編請於付款前告知。
        婚紗租借須知：禮服歸還時如有染色、撕裂，將按損壞程度收取清潔或修補費用HK$300至HK$3,000不等，詳見租借條款第6條。
        香港婚姻登記處（大會堂）拍攝須遵守政府場地規定，不可使用三腳架及反光板，每對新人拍攝時間以15分鐘為限，敬請配合現場職員指示。
        澳門分店：澳門新馬路大堂巷7號地下，電話 +853 2835 1122，提供大三巴牌坊、議事亭前地及路環聖方濟各堂外景拍攝服務。
        春季限定：3月至5月簽約的婚紗攝影套餐，加送手工喜帖50份及喜餅禮盒試吃一份（由老字號奇華餅家提供），數量有限，送完即止。
        高雄門市自7月起改為預約制，現場不接待未預約客人；預約請使用官方LINE帳號 @kh-bridal 或致電 (07) 536-2218。
        本店所有婚紗均為自家設計，涉嫌仿製 Vera Wang、Pronovias 款式者均已下架，如需國際品牌正品請洽合作訂製店。
        八號或以上熱帶氣旋警告信號、黑色暴雨警告生效期間，當日外景拍攝自動順延，毋須另付改期費，本店將於警告解除後主動致電聯絡改期。
        底片領取：精修檔案將以USB及雲端連結雙重交付，雲端連結有效期60日；逾期重新上傳需收取行政費NT$500，請於期限內自行下載備份。
        公司名稱：囍悅婚禮顧問有限公司｜商業登記號碼 71234568-000-04-26-9｜地址：九龍尖沙咀廣東道30號新港中心2座15樓。
    """),
    ("en", "faq"): _lines("""
        Q: How much deposit do I need to pay? A: We collect 30% of the package price upon signing; the balance is due on photo selection day via PayNow to UEN 201834562K or by card.
        Q: Can we shoot at Gardens by the Bay? A: Yes, but the Flower Dome and Cloud Forest require a commercial photography permit, which we apply for on your behalf at S$150.
        Q: Do you provide RAW files? A: No. All unedited photos are delivered as high-resolution JPEGs within 10 working days; RAW files remain the property of the studio.
        Q: What if it rains on our outdoor day? A: We check the NEA forecast the evening before and reschedule once free of charge; an indoor backup set is available at our Tanjong Pagar studio.
        Q: How do I reach you? A: Call 6225 8810, WhatsApp our studio line +65 8123 4400 (Tue-Sun, 11am-8pm), or email hello@everaftersg.com.sg; we reply within one working day.
        Q: Can we bring our own gown from a designer like Vera Wang or Elie Saab? A: Absolutely. Please drop it at the studio at least two days before the shoot so our stylist can steam it.
        Q: Is there a cancellation policy? A: Cancellations more than 60 days before the shoot forfeit the deposit only; within 60 days, 50% of the total package price is payable.
        Q: Do you travel to Malaysia? A: Yes, our Johor Bahru and Malacca pre-wedding packages start at S$3,280, inclusive of transport across the Causeway but excluding hotel stays.
        Q: How long will the album take? A: Albums are printed in Italy and typically arrive 8-10 weeks after you approve the final layout, which we send as a PDF proof.
        Q: Can you photograph our ROM solemnisation? A: Yes. Coverage at the Registry of Marriages on Canning Rise is S$680 for 2 hours, including 80 edited images.
        Q: Do you offer payment plans? A: Yes, we partner with Atome and Grab PayLater for 3-month instalments on packages above S$2,000, subject to their approval.
        Q: Will our photos appear on your Instagram? A: Only with your written consent under Clause 9 of the contract; you may withdraw it at any time by emailing privacy@everaftersg.com.sg.
        Q: What equipment do you use? A: Our teams shoot on Canon EOS R5 bodies with RF 28-70mm f/2 and RF 85mm f/1.2 lenses, plus Profoto B10 lights for evening sessions.
    """),
    ("mixed", "配置与日志"): _lines("""
        2027-03-18T09:14:22+08:00 INFO [upload-svc] order=WD20270318-017 files=612 size=18.4GB dest=nas01:/photos/2027/03/WD20270318-017 status=OK elapsed=842s
        2027-03-18T21:03:09+08:00 WARN [delivery] share link expired order=WD20270211-052 share_id=bd_8f3a2c91 ttl_days=30 action=notify_cs retry=2
        DB_HOST=10.0.12.5 DB_USER=studio_app DB_PASS=changeme_example SMTP_FROM=noreply@jiuyue-wedding.cn  # 示例配置，部署前请替换
        CREATE TABLE booking (id BIGINT PRIMARY KEY, order_no VARCHAR(32), shoot_date DATE, package_code VARCHAR(16), deposit_cents INT, balance_cents INT, status TINYINT);
        order_no,package_code,shoot_date,studio_id,photographer_team,deposit_cny,balance_cny,retouch_count,delivery_status,created_at
        ERROR [payment] 尾款回调验签失败 trade_no=4200001843202703189917 channel=wechat amount=6880.00 sign_type=RSA2 code=SIGN_MISMATCH
        lightroom_preset: name=「奶油胶片v3」 exposure=+0.35 contrast=-12 highlights=-40 shadows=+25 temp=5350 tint=+6 hsl_orange_sat=-8  # 修图组统一预设
        git commit 3f9c1e7 "fix(schedule): 档期冲突检测未考虑跨天婚礼跟拍, closes #214" — author: ci-bot, branch: release/2.8.1
        {"event":"photo_selected","order":"WD20270322-008","picked":45,"package_quota":30,"extra":15,"extra_fee_cny":750,"ts":1774166400}
        cron: 0 3 * * * /opt/studio/bin/purge_raw.sh --older-than 180d --bucket oss://jiuyue-raw-archive --dry-run=false >> /var/log/purge.log 2>&1
        sha256(WD20270318-017_final.zip)=9b4e1f0c7a2d3e58f6b1c0a9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9 校验通过，已推送至下载页
        nginx: 10.244.1.1 - - [18/Mar/2027:14:22:10 +0800] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" upstream=studio-api:8080
        config.yaml: watermark.text="© 玖月婚纱摄影 JIUYUE STUDIO" watermark.opacity=0.18 export.long_edge=4096 export.jpeg_quality=92 export.color_space=sRGB
    """),
    ("ms", "notis_pakej"): _lines("""
        Pakej Pra-Perkahwinan Klasik RM2,888: 2 pasang gaun, 1 set baju Melayu, 30 keping foto suntingan, album 12x12 inci dan semua fail asal dalam pendrive.
        Notis: Studio kami di Jalan Ipoh, Kuala Lumpur ditutup pada 31 Mac sempena Hari Raya Aidilfitri dan akan dibuka semula pada 4 April 2027.
        Bayaran deposit 30% diperlukan untuk mengesahkan tarikh penggambaran; baki perlu dijelaskan pada hari pemilihan gambar melalui FPX atau kad kredit.
        Lokasi luar popular: Putrajaya (Masjid Putra dan Jambatan Seri Wawasan), Taman Tasik Perdana dan Pantai Batu Ferringhi, Pulau Pinang. Permit lokasi dicaj berasingan.
        Syarikat: Bahagia Bridal Studio Sdn. Bhd. (No. Pendaftaran SSM 201901023456 / 1334567-T), Lot 2-15, Wisma Pengantin, Jalan Tun Razak, 50400 Kuala Lumpur.
        Hubungi talian rasmi kami di 03-2715 8800 atau WhatsApp perniagaan 011-2345 6677 (Isnin hingga Sabtu, 10 pagi - 7 malam). E-mel: tempahan@bahagiabridal.com.my
        Pakej Majlis Persandingan RM12,800 merangkumi pelamin, solekan pengantin untuk dua sesi, jurufoto dan jurukamera selama 6 jam serta 300 keping foto suntingan.
        Sebarang penangguhan tarikh mesti dimaklumkan sekurang-kurangnya 21 hari lebih awal; penangguhan kali kedua akan dikenakan caj pentadbiran RM200.
        Fail asal akan dihantar melalui pautan Google Drive dalam masa 14 hari bekerja dan pautan itu sah selama 30 hari sahaja. Sila muat turun dan simpan salinan.
        Ulasan Google 4.8 bintang daripada lebih 1,200 pasangan — terima kasih atas sokongan anda! Kami komited untuk tidak mengenakan sebarang caj tersembunyi.
        Promosi Merdeka: tempah sebelum 31 Ogos dan dapatkan potongan RM500 serta sesi bergambar tambahan di Dataran Merdeka secara percuma.
        Nombor invois INV-BB-2027-00419 bertarikh 15/03/2027: Pakej Klasik RM2,888.00, tambahan album RM450.00, SST 8% RM267.04, jumlah RM3,605.04.
        Pihak studio tidak bertanggungjawab atas kehilangan barang kemas atau aksesori yang dibawa semasa penggambaran; sila simpan di loker yang disediakan.
    """),
    ("zh-Hans", "行业新闻与商家点评"): _lines("""
        据新华社报道，民政部自2021年6月起在多地试点婚姻登记“跨省通办”，不少婚纱摄影公司随之推出“领证跟拍”套餐，价格在599元至1999元之间。
        设计师郭培的高定礼服多次亮相巴黎高级定制时装周，此后国内不少婚纱工作室纷纷推出“中式高定”系列，主打苏绣、盘金绣与金线钉珠工艺。
        末代皇帝溥仪1922年大婚时使用的龙凤喜轿与婚服部分藏于故宫博物院，近年成为古风婚礼布置和中式婚纱照的热门参考对象，吸引不少影楼前去取材。
        张爱玲在《红玫瑰与白玫瑰》中写道“也许每一个男子全都有过这样的两个女人”，这句话竟被一些影楼印在了样册扉页上，引发网友吐槽。
        大众点评用户评价“蒙娜丽莎婚纱摄影（徐汇店）”：服务流程很规范，化妆师手法好，就是选片环节推销太多，最后多花了两千块，给4星。
        小红书热帖：“避雷某连锁影楼！底片要加钱才能全部拿到”，评论区不少网友表示，签合同前一定要白纸黑字写清楚“底片全送、不另收费”。
        中消协发布消费提示：婚纱摄影领域投诉主要集中在“低价引流、高价加选”“拖延交片”“擅自使用客户照片做宣传”三类问题，提醒消费者保留凭证。
        评价：这家“阿May手作婚纱”店名听着像个人工作室，其实是有营业执照的正规公司，试纱环境不错，价格比婚纱一条街便宜三成。
        梁山伯与祝英台“化蝶”题材的中式婚纱照在浙江上虞一带颇受欢迎，当地景区还专门建了梁祝文化园供拍摄取景，节假日需提前预约。
        根据企业信息公示平台，上海玖月婚纱摄影有限公司成立于2016年，注册资本500万元，近三年涉及合同纠纷诉讼4起，均为尾款争议。
        携程数据显示，2026年国庆黄金周三亚婚纱旅拍订单同比增长37%，亚龙湾、蜈支洲岛和后海村是最受欢迎的三个取景地，客单价约1.2万元。
        摄影师陈漫为时尚杂志拍摄的婚纱大片曾引发仿拍热潮，业内人士提醒，影楼直接照搬他人作品构图与布光可能涉及著作权侵权问题，应取得授权。
        点评：上海浦东喜来登由由酒店宴会厅层高7米，适合做大型吊顶花艺，婚宴每桌报价6888元起，含6小时场地使用和基础灯光音响。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        新人资料：新郎 周振宇，身份证 440306199108173526，手机 13926514870；新娘 许曼婷，手机 18620937745，拍摄日期 2027-04-12，套餐：轻奢外景。
        许曼婷 备注：已怀孕4个月，拍摄时避免束腰款婚纱，外景不超过两小时，化妆品需无香精，她不想让男方父母知道怀孕的事。
        尾款纠纷：客户何建军（订单WD20270211-052）至今欠付尾款¥8,400，多次催缴未果，本人称最近生意失败、信用卡逾期，请法务出律师函。
        陈先生说他和太太正在闹离婚，原定下月的结婚十周年纪念照不拍了，要求退定金，他太太那边又坚持要拍，两人在门店吵起来了。
        底片发送记录：网盘链接已发至 lin.xiaowen1994@163.com，提取码 7k2m，收件人 林晓雯，订单 WD20270305-021。
        快递单：收件人 邓雅琪 15800721936，上海市闵行区七莘路1888弄22号1103室，内件：40×40相册1本+水晶摆台1个。
        阿杰（二组那个修图师）这个月请了病假，抑郁症复发正在吃药，大家别在群里@他催片了。
        客户杨婧的妈妈上周确诊乳腺癌晚期，婚礼从5月提前到下个月，请婚庆组优先安排档期，布置从简。
        婚礼跟拍需求表｜新人：王浩然 & 刘思琪｜婚礼日期：2027-05-20｜酒店：杭州西湖国宾馆｜女方家地址：杭州市西湖区文三路478号华星小区6幢502｜接亲时间 7:30
        退款账户：户名 赵丽娜，开户行 招商银行深圳科技园支行，账号 6214 8378 5502 1196，退还定金¥1,999。
        签约人证件：310115199302240629（已与合同甲方本人核对一致，复印件存档于财务室）
        13761205839 这个号码是3月8号那单新娘的，她说下午三点后再打，上午在医院产检。
        投诉记录：客户孙伟（男，35岁）称其婚纱照被我司擅自发布在小红书账号上，照片中可见其与前妻合影，要求立即删除并赔偿精神损失。
        工资条：三月 摄影师 吴磊 底薪6500 + 提成4,320 + 全勤200 − 社保个人部分 1,086 = 实发 9,934
        婚车安排：头车 沪A·7K2Q9 奥迪A6L，车主是新郎表哥黄志强，电话 139 1652 0784，早上6点半到新娘家楼下。
        WD20270318-033,张梦瑶,13512806347,1994-11-02,上海市浦东新区张杨路1500弄8号,轻奢外景,6880,已付定金
        小周（化妆师周倩）昨天被派出所带走了，据说是涉嫌帮前男友洗钱，这周她的单子全部改派给别人。
        新娘马佳怡对海鲜和芒果严重过敏，婚宴甜品台和伴手礼请务必避开，她的哮喘喷雾由伴娘随身携带。
        老刘家的闺女刘欣然下个月办婚礼，男方彩礼给了28万8，听说女方父亲欠了一屁股赌债，彩礼一到账就被拿去还钱了。
        客户微信号 zhangkai_0615，备注：张凯，新郎，选片日改到周六，之前在选片室情绪激动砸坏了一个摆台，需照价赔偿¥380。
        邱阿姨打电话来说女儿邱婉清的婚纱照要撤掉男方单人照，两家婚前财产协议没谈拢，婚礼暂停，相册先别印。
        发票抬头：个人 - 郑文博，电子发票接收邮箱 zwb_1989@qq.com，手机 15201347682，金额¥12,800（婚庆布置套餐）。
        身份证 330106199211091282 的新娘叶琳琳，户籍浙江杭州，系二婚，要求婚礼司仪词里不要提及前一段婚姻和孩子。
        摄影师群：@全体 明天那对新人，新郎韩东是聋哑人，沟通请用手机打字或者请他太太帮忙，别让人家尴尬。
        【选片预约】3月22日 14:00 唐思远/彭悦 夫妇，住址：广州市天河区誉城苑3栋1802，联系人彭悦 18998172635
    """),
    "zh-Hant": _lines("""
        新人資料表｜新娘：陳詠詩｜身份證號碼：K482716(3)｜手提電話：9123 5784｜住址：沙田第一城32座18樓D室｜拍攝日期：2027年5月1日
        林太今朝打嚟話佢個女婿欠咗大耳窿幾十萬，婚禮可能要延期，叫我哋暫時唔好收尾數，亦唔好打去新郎公司。
        台灣新人：李佳蓉，身分證字號 F228517300，手機 0928-416-573，戶籍地址 新北市板橋區文化路一段188巷5號4樓。
        黃先生（黃子軒）上月因醉駕被捕，佢未婚妻想取消婚宴，要求退返全數訂金 HK$18,000，請經理跟進。
        收據：客戶 張家豪，八達通付款 HK$3,800，聯絡電話 6387 2109，電郵 cheungkaho88@gmail.com，婚紗租借兩天。
        澳門客戶 梁嘉欣，澳門居民身份證 5215378(2)，電話 +853 6628 4105，住址：氹仔海洋花園4座12樓B，婚紗照訂單已付訂金。
        高雄門市預約：王小姐（王怡君）懷孕七個月，想拍孕婦婚紗照，聯絡電話 0936-207-418，醫生說不可久站，請安排坐姿造型。
        陳詠詩同老公已經分居，佢話相冊只寄去佢娘家地址：荃灣海濱花園5座9樓F室，千祈唔好寄去舊屋。
        退款資料：戶名 蔡明哲，中國信託銀行（822）帳號 0125-4098-3371，退款金額新台幣 NT$25,000，原因：婚期取消。
        阿儀（我哋化妝師）話佢老公失業咗半年，屋企環境好差，想預支下個月人工 HK$8,000，老闆叫我哋唔好張揚。
    """),
    "en": _lines("""
        Client intake: Bride Rachel Tan Hui Min, NRIC S8834512F, mobile 9137 2468, email rachel.tanhm@gmail.com, ROM date 14 Feb 2027.
        Groom Marcus Lim asked us not to post any of their photos online because he is in the middle of a custody dispute with his ex-wife.
        Balance reminder: Mr Darren Goh still owes S$2,150 for package PW-0923; he says he was retrenched last month and asks to pay in three instalments.
        Album delivery address: Blk 412 Ang Mo Kio Ave 10, #08-1127, Singapore 560412, attn. Priscilla Ng, hp 8246 1930.
        FIN G5518204W belongs to the groom Arjun Mehta, Indian national on an Employment Pass; venue needs his passport copy for the guest list.
        Note from the shoot: bride Jasmine Koh had a panic attack during the outdoor session and is on anxiety medication; keep her next session short and indoors.
        Refund to DBS account 027-915483-2 (holder: Kelvin Ong Wei Jie) for the cancelled pre-wedding shoot, amount S$1,200.
    """),
    "ms": _lines("""
        Maklumat pengantin: Nurul Aisyah binti Ahmad Fauzi, No. K/P 960412-10-5348, tel 012-738 4619, alamat No. 23, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam.
        Encik Hafiz (pengantin lelaki) minta tangguh bayaran baki RM4,500 sebab isterinya baru keguguran bulan lepas dan masih dalam rawatan.
        Pemindahan wang balik ke akaun Maybank 1140 2288 5731 atas nama Siti Khadijah binti Rosli, jumlah RM1,500, pembatalan pakej.
        Kak Ros jurusolek kita tu dah disahkan kanser serviks tahap dua, dia cuti panjang, tempahan dia bulan depan kena agihkan.
    """),
    "mixed": _lines("""
        新娘 Chloe 黄可欣 WhatsApp +60 16-552 8310，住 Bukit Jalil 的 Residensi Jalil Tower B-12-5，pre-wedding 在 Penang 拍，deposit RM1,000 已收。
        客人 Kenneth 欠 balance S$3,400，说 bonus 下个月才出，他老婆不知道这件事，叫我们 don't call home number 6457 2201。
        Hi team, 今天 ROM 那对 couple 的 groom Jonathan 吴，他 HKID Y305129(1)，venue 要 check ID，pls 提前拍照存档。
        Booking log: 2027-04-02 11:20 user=hsiao.ting.wu@gmail.com action=cancel reason="未婚夫住院，婚期未定" refund=NT$12,000
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是婚纱摄影门店的客服助理，语气礼貌、简洁。"),
        (
            "user",
            "帮我写一条催尾款的微信消息，客户叫刘畅，手机13817460923，订单WD20270211-044，还欠尾款5600元，已经拖了一个多月，她说最近刚被公司裁员。",
        ),
        (
            "assistant",
            "刘女士您好，这里是玖月婚纱摄影客服。您的订单WD20270211-044尚有尾款5600元未结清，理解您近期可能有些困难，如需分期支付可以随时和我们商量，期待您的回复。",
        ),
        ("user", "语气再软一点，别提裁员的事。"),
        (
            "assistant",
            "刘女士您好，打扰了～您的精修照片已经准备好啦。订单WD20270211-044还有5600元尾款，方便时可以和我们约个时间结清，也可以分两次支付，有任何想法随时告诉我们哦。",
        ),
    ],
    [
        (
            "system",
            "客服机器人。当前客户档案：姓名 赵子涵；电话 15961287340；订单 WD20270305-019；拍摄日 2027-03-05；底片状态：已上传，链接已过期；备注：客户曾因交付延迟投诉一次。",
        ),
        ("user", "你好，我的底片链接打不开了，能重新发一下吗？"),
        (
            "assistant",
            "赵女士您好，您订单WD20270305-019的原片网盘链接已过期，我已为您申请重新生成，新链接将在2小时内发送到您尾号7340的手机上，请注意查收。",
        ),
        ("user", "好的，麻烦这次有效期长一点。"),
        ("assistant", "好的，已为您备注延长至60天有效，也建议下载后在电脑和手机各备份一份。"),
    ],
    [
        (
            "user",
            "幫我寫一封投訴信俾婚紗公司，我叫何凱琳，住將軍澳日出康城2期5座26樓A室，電話9468 2017。佢哋答應三個月交相冊，而家拖咗半年都未交。",
        ),
        (
            "assistant",
            "好的，以下是投訴信草稿：致囍悅婚禮顧問有限公司：本人何凱琳於去年簽訂婚紗攝影套餐，貴公司承諾三個月內交付相冊，惟至今已逾半年仍未交付。請於14日內交付相冊或全數退還款項，否則本人將向消費者委員會投訴。聯絡電話：9468 2017；地址：將軍澳日出康城2期5座26樓A室。",
        ),
        ("user", "加多句，我老公下個月要出國工作，如果相冊趕唔切就冇意義。"),
        (
            "assistant",
            "已加入：由於本人丈夫下月將赴海外工作，如相冊未能於此前交付，對本人而言已失去意義，懇請貴公司盡快處理。",
        ),
    ],
    [
        ("system", "You are a scheduling assistant for a Singapore bridal studio."),
        (
            "user",
            "Please make a shoot schedule for Saturday. Couple: Bryan Chua and Melissa Wong, contact 9725 3381. Melissa has a knee injury from a recent surgery so no long walks. Locations: Fort Canning and Marina Barrage.",
        ),
        (
            "assistant",
            "Saturday plan for Bryan & Melissa (contact 9725 3381): 7:00 makeup at studio; 8:30 Fort Canning, using the spots near the Spice Garden entrance only; 10:30 break; 16:30 Marina Barrage rooftop by lift. Walking is kept to under 5 minutes between shots because of Melissa's knee.",
        ),
        ("user", "Good. Add a buggy at Fort Canning if possible."),
        (
            "assistant",
            "Noted. I've added a request to NParks for a buggy at Fort Canning from 8:30 to 10:30; please confirm with Melissa that she's comfortable with this.",
        ),
    ],
    [
        (
            "user",
            "Tolong buat invois untuk pelanggan Muhammad Irfan bin Zulkifli, No. K/P 930225-08-6127, pakej Persandingan RM12,800, deposit RM3,000 sudah dibayar.",
        ),
        (
            "assistant",
            "INVOIS INV-BB-2027-00433 | Pelanggan: Muhammad Irfan bin Zulkifli (K/P 930225-08-6127) | Pakej Majlis Persandingan RM12,800.00 | Deposit diterima RM3,000.00 | Baki perlu dibayar RM9,800.00.",
        ),
        ("user", "Tambah alamat dia: No. 8, Jalan Kenanga 2/4, Taman Kenanga, 75200 Melaka."),
        (
            "assistant",
            "Sudah ditambah. Alamat pelanggan: No. 8, Jalan Kenanga 2/4, Taman Kenanga, 75200 Melaka.",
        ),
    ],
    [
        (
            "user",
            "帮我把这段翻译成英文发给新郎家里：新娘李思敏有一型糖尿病，婚礼当天需要每隔三小时测一次血糖，请在化妆间准备一个冰箱放胰岛素。",
        ),
        (
            "assistant",
            "Here is the translation: The bride, Li Simin, has type 1 diabetes. On the wedding day she needs to check her blood sugar every three hours, so please prepare a fridge in the makeup room for her insulin.",
        ),
        ("user", "Thanks, 再加一句 her mum's number is +65 9318 6625 for emergencies."),
        (
            "assistant",
            "Added: In case of emergency, please contact the bride's mother at +65 9318 6625.",
        ),
    ],
    [
        ("system", "你是影楼内部助手，负责总结员工群消息。"),
        (
            "user",
            "总结一下今天群里的事：1. 摄影师老马（马国栋）说他腰椎间盘突出又犯了，明后天外景去不了；2. 修图师小方这周要回老家处理父亲的丧事；3. 订单WD20270320-011改期。",
        ),
        (
            "assistant",
            "今日要点：① 马国栋因腰椎间盘突出复发，明后两天外景需改派摄影师；② 小方本周回老家处理父亲丧事，修图任务需重新分配；③ 订单WD20270320-011已改期，请客服通知相关组。",
        ),
        ("user", "好，帮我写个简短的群公告，别提具体病情和家事。"),
        (
            "assistant",
            "【群公告】明后两天外景摄影师及本周修图排班有调整，新排班表稍后发在群文件，请各组留意；订单WD20270320-011已改期，客服负责对接。",
        ),
    ],
    [
        (
            "user",
            "帮我写一段婚礼司仪开场词，新郎叫程一鸣，新娘叫苏晓晴。新娘的父亲去年因病去世了，今天由她舅舅牵她入场，要提一下但别太伤感。",
        ),
        (
            "assistant",
            "各位来宾，欢迎来到程一鸣先生与苏晓晴女士的婚礼。今天，有一份爱虽然不在现场，却一直在晓晴心里——她的父亲在天上，一定正微笑着看着她。接下来，请晓晴的舅舅牵着她的手，替父亲把最珍贵的女儿交到一鸣手中。",
        ),
        ("user", "很好，舅舅的名字叫苏建国，也加进去。"),
        (
            "assistant",
            "已修改：接下来，请晓晴的舅舅苏建国先生牵着她的手，替父亲把最珍贵的女儿交到一鸣手中。",
        ),
    ],
    [
        ("system", "Convert CSV rows from the booking export into JSON. Keep all fields."),
        (
            "user",
            "Two rows: WD20270401-002,Ethan Lee Jun Hao,ethan.ljh@outlook.com,+65 9054 7713,T0217364B,Pre-wedding Classic,2880,paid ; WD20270401-003,Grace Yeo,grace.yeo92@gmail.com,+65 8831 2046,S9281736I,ROM Coverage,680,pending",
        ),
        (
            "assistant",
            '[{"order":"WD20270401-002","name":"Ethan Lee Jun Hao","email":"ethan.ljh@outlook.com","phone":"+65 9054 7713","nric":"T0217364B","package":"Pre-wedding Classic","amount":2880,"status":"paid"},{"order":"WD20270401-003","name":"Grace Yeo","email":"grace.yeo92@gmail.com","phone":"+65 8831 2046","nric":"S9281736I","package":"ROM Coverage","amount":680,"status":"pending"}]',
        ),
    ],
    [
        (
            "user",
            "我在台中跟一家婚紗公司有尾款糾紛，我叫吳佩珊，身分證字號 B120493852。他們說我沒付尾款三萬二就不給底片，可是合約寫的是選片後付款，我還沒選片。",
        ),
        (
            "assistant",
            "依您的描述，若合約明定「選片後付款」，業者在您選片前即要求結清尾款並扣留底片，可能不符合約定。建議您先以存證信函要求業者依約安排選片，並可向台中市政府消費者服務中心申訴或撥打1950消費者服務專線。",
        ),
        ("user", "存證信函要寫什麼？我的地址是台中市西屯區河南路二段262號9樓之3。"),
        (
            "assistant",
            "存證信函可包含：寄件人吳佩珊（台中市西屯區河南路二段262號9樓之3）、收件人公司名稱與地址、合約簽訂日期與編號、合約中「選片後付款」的條款內容、要求業者於文到七日內安排選片並交付底片，否則將依法請求。",
        ),
    ],
]
