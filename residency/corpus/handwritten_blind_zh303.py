# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh303: 简体中文 文具店、打印复印店与图文快印（打印订单、证件复印、简历打印、会员卡、客户文件遗留、店员群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh303
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "价目表"): _lines("""
        【快印价目表 2026年12月起执行】A4黑白单面0.5元/张，双面0.8元/张；A4彩色单面2元/张，A3彩色单面4元/张；满200张黑白按0.35元/张计，学生凭校园卡再打九折。
        证件照冲印：一寸/二寸蓝白红底各8张一版25元，含基础修图；签证照（美国51×51mm、申根35×45mm）每版35元，电子回执另收10元，约15分钟取件。
        胶装标书：20页以内皮纹纸封面+透明胶片15元/本，21-100页25元/本，100页以上每增加50页加8元；骑马钉画册A5规格50本起订，3个工作日交付。
        工程图纸打印（CAD蓝图）A1每张6元，A0每张10元，晒图折图另收1元/张；接受DWG、PDF格式，请在图框右下角注明比例，本店不负责核对图纸内容。
        名片印制：300g铜版纸单面100张38元、双面48元，覆哑膜加10元，烫金120元/盒起；设计费30元一款，确认稿后24小时出货，同城闪送费用另计。
        扫描服务：A4普通扫描0.5元/页，拆订扫描1元/页，转可编辑Word（OCR）每页2元；U盘拷贝免费，需发送到邮箱或网盘的请在前台登记订单号。
        过塑/覆膜：A4冷裱3元、热裱2元，A3热裱4元，菜单、价目牌批量过塑满50张8折；KT板写真60×90cm 45元/块，易拉宝80×200cm含架子120元。
        简历打印套餐：A4 120g加厚纸彩印单面3元/张，配透明文件袋加1元；应届生简历模板排版每份20元，只调整版式和字体，不代写任何内容。
        会员卡充值档位：充100送10，充300送40，充500送80（仅限本店消费，不可兑现）；会员黑白打印0.4元/张，每月8号会员日彩印八五折。
        发票说明：可开增值税普通发票和数电发票，抬头须提供单位名称与统一社会信用代码；单笔不足10元的订单不单独开票，可累计到月底合并开具。
        证件复印：身份证正反面同版1元/张（A4），加印“仅供××业务使用”水印免费；护照、户口本整本复印按页计费，每页0.5元，彩色复印每页1.5元。
        大幅面写真：PP背胶每平方米35元，户外灯布每平方米25元，相纸每平方米60元；最小计费面积0.5平方米，当天急单加收30%加急费。
        外发业务参考价：铭牌激光雕刻每个15元起，单位公章刻制（需公安备案）120元起，请持营业执照副本及单位授权书原件到店办理，个人印章不代刻。
    """),
    ("zh-Hans", "店员群工作消息"): _lines("""
        @全体成员 今天下午三点理光MP C3004的售后工程师来换定影组件，前台左手边那台先贴“暂停使用”，急单都走二号机，预计两小时修好。
        早班交接：A4 70g复印纸还剩6箱，80g的剩2箱，已在得力供货平台下单（采购单PO-20261207-015），周二上午到货，到了记得点数签收。
        再提醒一次，客户U盘用完一律当面拔下交还，电脑桌面“今日打印”文件夹每晚关店前清空，回收站也要清，上周抽查还有三台没清。
        美团外卖打印这个渠道今天单量很大，截至18:40一共87单，退款2单都是文件页数超限，下单页面的页数上限我已经改成300页了。
        仓库盘点结果：晨光K35按动中性笔黑色少了两盒，得力0.5mm笔芯多出一盒，可能上周入库登记错了，明天白班对一下入库单RK-1128。
        夜班注意：胶装机预热要8分钟，热熔胶条快用完了，备用的在二楼储物柜第三格，用完在群里说一声，我周一统一跟供应商补货，胶条型号是KS-200。
        这周五附近两所中学期末复习资料印量大，周四晚上估计要加班到十一点，能来的在群里接龙，加班费按店里规定每小时35元，月底一起结。
        刚收到总部通知：12月15日起黑白打印调价到0.5元/张，门口价目牌和小程序价格我今晚一起改，大家收银时注意别再按旧价收。
        收银系统更新到v3.8.2了，退款需要店长权限码，扫码枪连不上先重启收银机再重新配对蓝牙，还不行就打系统服务商客服400-820-3168。
        今天自助区又有人落下一份装订好的合同，我已装进遗留文件袋放保险柜，登记在遗留本第42页，来取的时候一定要核对订单号和付款记录。
        京东快递下午五点来揽件，今天寄出的画册一共14箱，运单号已经批量生成好了，贴单时别把A区和B区的箱子混在一起，寄件方统一写门店名称和座机。
        明早谁先到店记得先开空调和除湿机，昨晚店里湿度到了78%，相纸和铜版纸都有点卷边，写真机上那卷PP背胶先别用，等湿度降到60%以下再上机。
        新到的HP DesignJet T650墨盒型号712，品红和青色各3个，已放设备柜，旧空盒别扔，攒够10个可以找代理商换积分。
    """),
    ("zh-Hans", "门店告示"): _lines("""
        【证件复印须知】本店复印身份证件仅用于顾客本人办理业务，复印件可免费加盖用途水印；复印完成后请当场取回原件，勿遗留在复印机台面。
        【遗留物品处理办法】顾客遗留在本店的文件、U盘及证件，统一登记封存保管30天；逾期无人认领的纸质文件用碎纸机销毁，证件送交辖区派出所。
        本店自助打印机支持微信、支付宝扫码上传文件，文件在打印完成10分钟后自动从设备删除，云端不保留副本，请放心使用；如遇扫码失败请联系店员协助。
        温馨提示：涉密文件及盖有单位公章的空白文书本店依法不予复印；如需复印红头文件，请出示加盖公章的单位介绍信原件，谢谢理解与配合。
        营业时间调整通知：自2026年12月10日起，本店营业时间调整为周一至周六8:00-21:30，周日9:00-18:00，元旦当天照常营业。
        本店地址：上海市徐汇区漕溪北路398号一楼102室（地铁1号线徐家汇站11号口出，步行约5分钟），门店座机021-6438-2207。
        毕业季简历打印优惠：凭学生证可享简历彩印1.5元/张，活动时间2027年3月1日至4月30日，限A4单面，不与会员折扣同时使用。
        会员卡须知：会员卡余额有效期两年，卡片遗失可在小程序内凭注册手机号挂失补办，补卡工本费5元，积分每100分可抵扣1元，积分不可转让给其他会员。
        安全提示：激光打印机出纸口温度较高，请勿让儿童靠近；覆膜机、切纸机、胶装机仅限店员操作，顾客请勿自行使用，如需帮助请按柜台服务铃。
        上海汇印图文快印有限公司 统一社会信用代码91310104MA1FL3K28X，本店已通过徐汇区市场监督管理局年度公示，欢迎顾客监督服务质量。
        投诉与建议：对本店服务有任何意见，可拨打服务热线400-886-1205，或发送邮件至service@huiyin-print.com.cn，我们将在两个工作日内回复。
        碎纸服务：本店使用德国HSM保密碎纸机，安全等级P-4，每公斤3元，顾客可在现场监督销毁全过程，监督不另收取任何费用，大批量销毁请提前一天预约。
        自助装订区现已恢复开放，订书机、打孔机、长尾夹、书钉均可免费使用，用完请放回原位；如需胶装、打孔装订或过塑，请到二号柜台找店员办理。
    """),
    ("zh-Hant", "常見問題"): _lines("""
        問：影印身份證後，店舖會否保留副本？答：本店影印機不設硬碟儲存，影印完成即清除緩存，如有需要可即場加印「只供申請用途」字樣。
        問：可以用八達通付款嗎？答：本店接受八達通、PayMe、轉數快FPS及信用卡，FPS收款識別碼為本公司商業登記號碼，付款後請出示交易紀錄。
        問：打印履歷表有甚麼紙可以揀？答：一般建議用100gsm或120gsm白色雪面紙，彩色打印每張港幣3元，黑白每張港幣1元，即日可取。
        問：遺留在店內的文件怎樣領回？答：請提供訂單編號及付款紀錄，店員核對後即可領回；遺留物品保存期為30日，期滿後以碎紙機銷毀。
        問：旺角分店喺邊度？答：旺角彌敦道688號旺角中心一期地下12號舖，港鐵旺角站E2出口步行約3分鐘，分店查詢電話2388 6120。
        問：可以即日印咭片嗎？答：上午11時前確認設計稿，可於當日下午6時後取貨；100張單面港幣88元，加過膠另加港幣20元。
        問：可以開發票嗎？答：台灣門市可開立電子發票，如需統一編號請於結帳時告知公司統編，本店統編為53812047，雲端發票可存入手機條碼載具。
        問：超商列印和門市列印有甚麼不同？答：7-ELEVEN ibon及全家FamiPort僅提供A4、B4黑白與彩色列印，門市另可處理大圖輸出、膠裝與騎馬釘。
        問：可以代印准考證嗎？答：可以，請自行登入考選部網站下載PDF檔，於店內自助電腦開啟列印，店員不會代為登入任何個人帳號。
        問：會員卡可以在澳門分店使用嗎？答：港澳門市會員系統已於2026年9月合併，澳門新馬路分店同樣可使用積分，澳門查詢熱線2835 1688。
        問：大量印講義有冇折？答：500張以上黑白影印每張港幣0.35元，1000張以上每張0.3元，須提前一日電郵至orders@inkpoint.com.hk落單。
        問：可以掃描舊相片嗎？答：可以，600dpi掃描每張港幣5元，1200dpi每張港幣8元，檔案可存入閣下自備的USB或以WeTransfer連結傳送。
        問：公司文件影印本需要核證嗎？答：本店只提供影印服務，不提供核證；如需核證副本，請向律師行或公司註冊處查詢，商業登記號碼以正本為準。
    """),
    ("en", "print_server_log"): _lines("""
        2026-12-07T09:14:22+08:00 INFO job=PJ-20261207-00318 queue=bw_a4_duplex pages=42 copies=3 device=RICOH-MPC3004-SN-E204M830112 status=completed duration=118s
        2026-12-07T09:15:03+08:00 WARN device=HP-T650-SN-CN9A81F2KX tray=roll1 media=pp_adhesive_36in remaining_m=4.2 threshold_m=5.0 action=notify_staff_group
        2026-12-07T10:02:41+08:00 INFO kiosk=SELF-03 upload_id=up_7f3c9a1e size_kb=2048 format=pdf pages=12 payment=wechat_pay amount_cny=6.00 pickup_code=8351
        2026-12-07T10:12:55+08:00 INFO kiosk=SELF-03 purge upload_id=up_7f3c9a1e reason=post_print_ttl ttl_s=600 files_deleted=1 bytes_freed=2097152
        2026-12-07T11:30:17+08:00 ERROR device=KONICA-C558-SN-A7PU021009812 code=SC2412 msg="fusing unit temperature abnormal" jobs_paused=4 ticket=MNT-5521 vendor_hotline=400-880-9100
        2026-12-07T12:48:09+08:00 INFO order=WM-88301225 channel=meituan_print items=resume_a4_color*2,file_bag*1 total_cny=7.00 rider_eta=12min store_id=SH-XH-002
        2026-12-07T13:05:44+08:00 AUDIT terminal=staff_terminal_02 action=export_report report=daily_sales_20261206.csv rows=312 dest=sftp://reports.internal/daily/
        2026-12-07T14:21:30+08:00 INFO lost_found register entry=LF-2026-1207-03 item=bound_contract_copy pages=28 location=safe_box_B retention_days=30 order_ref=PJ-20261207-00402
        2026-12-07T15:00:00+08:00 CRON job=member_points_expire scanned=18422 expired_accounts=0 next_run=2026-12-08T15:00:00+08:00 service=membership-svc/2.14.1
        2026-12-07T16:12:58+08:00 INFO shipment carrier=SF tracking=SF1409283371562 parcels=14 weight_kg=86.5 destination=hub_pudong pickup_window=17:00-18:00
        2026-12-07T17:40:11+08:00 WARN toner device=CANON-iR-ADV-C5535 color=cyan level=8% auto_reorder=true supplier_po=PO-20261207-021 sku=GPR-55C
        2026-12-07T21:30:02+08:00 INFO close_of_day store=SH-XH-002 jobs=1043 pages_bw=18237 pages_color=2210 revenue_cny=14382.50 shred_kg=12.4 temp_purged=true
        2026-12-07T21:31:15+08:00 DEBUG sha256(daily_sales_20261207.csv)=9b1e4c0f7a2d83e65c11f0a9d4e7b2c3a6f8d01e5b9c7a2f4e6d8b0c1a3e5f79 signed_by=pos-key-2026q4
    """),
    ("mixed", "config_and_code"): _lines("""
        RETENTION_SECONDS = 600  # 自助打印上传文件保留10分钟后自动删除，对应门店《客户文件处理规范》第3条
        kiosk: {id: SELF-03, store: SH-XH-002, payment: [wechat_pay, alipay, unionpay_qr], upload_max_mb: 50, purge_after_print: true}  # 徐家汇店三号机
        def unit_price(color: bool, duplex: bool) -> Decimal: return Decimal("2.00") if color else Decimal("0.80" if duplex else "0.50")  # 黑白/彩色单价
        SELECT order_no, channel, pages, amount FROM print_orders WHERE store_id = 'SH-XH-002' AND created_at >= '2026-12-01' ORDER BY created_at DESC LIMIT 50;  -- 查本月订单
        smtp: {host: smtp.exmail.qq.com, port: 465, sender: noreply@huiyin-print.com.cn, subject_tpl: "【汇印快印】您的订单{order_no}已完成，请凭取件码到店领取"}
        order_no,created_at,channel,product_sku,qty,unit_price,amount,store_id  # 导出CSV表头，按合规要求不含顾客姓名与手机号字段
        if job.pages > 300 and job.channel == "meituan": raise OrderRejected("页数超出外卖打印上限300页，请引导顾客到店打印")
        LABEL_TEMPLATE = "订单号:{order_no} | 取件码:{pickup_code} | 份数:{copies} | 装订:{binding}"  # 小票模板，不打印任何顾客信息
        cron: "0 21 * * *"  # 每晚21:00清空 /srv/kiosk/uploads 与打印机缓存；command: kiosk-purge --all --shred-passes 3
        "printer_map": {"bw_a4": "RICOH-MPC3004", "color_a3": "KONICA-C558", "plot": "HP-T650"}, "fallback": "bw_a4"  // 门店打印机映射，改完需重启网关
        member_tiers = {"普通": 1.0, "银卡": 0.95, "金卡": 0.9, "学生": 0.9}  # 会员折扣系数；会员号规则为M加8位流水号，由系统自动生成
        docker run -d --name print-gateway -p 8631:631 -e TZ=Asia/Shanghai -e STORE_ID=SH-XH-002 registry.cn-shanghai.aliyuncs.com/huiyin/cups-gateway:2.3.4  # 打印网关
        commit 4e1f9c2a7b: fix(pricing): 修复A3彩色双面重复计费问题，bump version 3.8.1 -> 3.8.2，关联工单 #2217，已在徐家汇店灰度验证
    """),
    ("ms", "notis_kedai"): _lines("""
        NOTIS: Perkhidmatan fotostat kad pengenalan RM0.20 sehelai (A4 hitam putih). Kami boleh cop "Untuk Kegunaan Permohonan Sahaja" pada salinan tanpa caj tambahan.
        Waktu operasi cawangan Jalan Tuanku Abdul Rahman: Isnin hingga Sabtu 9.00 pagi - 9.00 malam, Ahad 10.00 pagi - 6.00 petang. Kedai ditutup pada Hari Krismas.
        Harga cetakan warna A4: RM1.00 sehelai, A3: RM2.00 sehelai. Pelajar dengan kad matrik yang sah mendapat diskaun 10% untuk cetakan resume dan tesis.
        Dokumen yang tertinggal di kedai akan disimpan selama 30 hari. Selepas tempoh itu, dokumen akan dimusnahkan dengan mesin pencincang kertas demi keselamatan data pelanggan.
        Penjilidan tesis kulit keras dengan cetakan emas pada kulit: RM35 senaskhah, siap dalam 2 hari bekerja. Sila semak format fakulti sebelum menghantar fail PDF.
        Untuk tempahan pukal, hubungi talian WhatsApp Business kedai di 011-5521 8840 atau e-mel tempahan@cetakpantas.com.my. Kami tidak menerima tempahan melalui DM Instagram.
        Kedai Cetak Pantas Sdn. Bhd. (No. Pendaftaran SSM: 201801034512 (1293847-K)), No. 12, Jalan SS 15/4, 47500 Subang Jaya, Selangor. Tel pejabat: 03-5633 2190.
        Kad ahli: setiap RM1 perbelanjaan = 1 mata ganjaran. 500 mata boleh ditebus untuk baucar RM5. Mata ganjaran tamat tempoh 12 bulan dari tarikh transaksi.
        Pembayaran diterima melalui DuitNow QR, Touch 'n Go eWallet, Boost dan kad debit. Harap maaf, cek tidak diterima untuk pesanan di bawah RM500.
        Cetakan gambar pasport (35mm x 50mm) untuk permohonan di Jabatan Imigresen Malaysia: RM12 untuk 4 keping, latar belakang putih, siap dalam 10 minit.
        Peringatan kepada staf: dilarang menyimpan salinan dokumen pelanggan dalam telefon peribadi. Semua fail pada komputer kedai dipadam setiap malam jam 9.30.
        Stok baharu tiba: pen Faber-Castell 1423 (biru, hitam, merah) RM0.80 sebatang, buku latihan Campap 80 muka surat RM1.50, kertas PaperOne A4 80gsm RM13.90 serim.
        Cetak banner vinyl untuk Hari Sukan sekolah: RM8 setiap kaki persegi, minimum 3 x 6 kaki, termasuk lubang cincin (eyelet). Hubungi cawangan untuk sebut harga.
    """),
    ("zh-Hans", "商品列表"): _lines("""
        【百乐 PILOT】Juice Up 果汁笔 0.4mm 按动中性笔 LJP-20S4 黑色10支装，日本进口，到手价59元，满99减10，下午4点前下单当天发货。
        辉柏嘉（Faber-Castell）经典红杆六角铅笔 HB 12支盒装 9000系列，德国制造，适合素描与考试涂卡，店铺价28.8元，量大可议。
        施德楼 Staedtler Mars Lumograph 100 绘图铅笔12支套装（6B-4H），蓝色笔杆，美术联考常用，参考价76元/盒，现货秒发。
        派克（Parker）威雅XL 金夹墨水笔 F尖，附赠Quink蓝黑墨水胆两支，礼盒包装，可代写贺卡，圣诞节日价268元。
        晨光文具 孔庙祈福系列 中性笔 0.5mm 12支/盒 AGPK3507，考试专用，每盒9.9元，学校团购50盒以上另有优惠。
        田英章楷书硬笔字帖 7000常用字（升级版），华夏万卷出品，附描红纸和控笔训练册，定价19.8元，店内现货，可代开发票。
        司马彦字帖 小学生同步练字本 三年级上册 人教版，配套生字表和笔顺图解，单本6.5元，上下册套装12元，班级团购满30套包邮送到学校门卫室。
        《鲁迅全集》人民文学出版社 2005年版 18卷精装，店内可预订；另售鲁迅《朝花夕拾》《呐喊》学生版各19.8元，两本同购送同款书签。
        得力（deli）0394 重型订书机，可订200页，配23/13订书钉一盒，适合胶装前预订，单价85元，SKU DL-0394-GR。
        国誉（KOKUYO）Campus 活页本 B5 26孔 WCN-CNB1510，附活页纸100张，颜色随机发货，到手价32元。
        马可（Marco）雷诺阿系列 48色油性彩铅 3100-48CB，铁盒装，适合初学者，活动价69元，再送卷笔刀一个和美术生速写本一本。
        樱花（Sakura）Pigma Micron 针管笔6支套装 0.05-0.5mm，防水耐光，漫画勾线专用，店铺价58元；哈利·波特联名笔记本另售35元。
        万宝龙（Montblanc）大班系列146钢笔 14K金尖 M尖，专柜正品，附购买凭证与国际保修卡，仅展示可预订，价格请到店咨询。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        【遗留证件登记】12月6日晚自助区拾得身份证一张，姓名：钱雨桐，身份证号320106199304122314，已放保险柜B格，前台请尽快联系本人。
        客户蒋志鹏订的简历20份已经印好了，他电话138 1762 4059，说下午六点以后来取，取件码8824，别给错人。
        刚才那个林太又来了，说她老公欠她哥八万块钱不还，要我们把借条复印十份寄到她老公单位去，我先婉拒了，大家留意一下。
        会员卡资料：卡号M20318847，姓名孙佳琪，手机15921873340，生日1996-03-21，余额¥186.40，注册门店徐家汇店。
        订单备注：收件人黄晓东，地址上海市闵行区七宝镇漕宝路3366弄15号602室，电话18601739925，简历装订3份，顺丰到付。
        今天帮一位姓邓的阿姨打印了病历和化验单，是乳腺癌术后复查的报告，她说要给保险公司理赔用，文件已当面交回，电脑里已删。
        阿明那份离婚协议书昨天打完没拿走，里面夹着他和他老婆的身份证复印件，我放遗留柜了，他微信号是aming_1988sh，谁联系他一下。
        复印登记：2026-12-07 10:22 客户刘建华复印户口本整本共14页，附其子刘子轩出生医学证明（编号O310452871），用途：小学入学登记。
        实验小学的王秀芬老师订的期末试卷200份，她私人手机13917328806，让印好直接送到她家长宁区仙霞路520弄8号301室。
        前台记录：曹磊的简历里写期望月薪税前18000，他说上一份工作是被裁员的，让我们帮忙把“离职原因”那栏改成“个人发展”。
        快递底单：寄件人许晴 13524907781，寄往北京市朝阳区望京西园三区312楼1104，内件为毕业证书及学位证书公证件。
        何晓雯又在自助机打印法院传票了，案号（2026）沪0104民初18832号，她是被告，欠信用卡4.7万，说是前夫留下的债。
        证件照订单ZJ-1207-066：姓名马俊杰，二寸蓝底8张，用于护照申请，身份证310115200108254416，已取件。
        彭姐说她女儿怀孕了还没跟男方家里说，让我们把B超单复印两份别让别人看到，单子上写的是彭雨萱，孕11周。
        客户汤卫东要打印工资流水办房贷，招商银行卡号6214 8321 0658 4473，流水显示月入9800元，已打印6个月共4页。
        帮客户复印行驶证和驾驶证，车牌沪A·7K29D，车主范立新，说明天要去车管所办过户，复印件3份已交。
        会员导出 member_id,name,phone,balance,store: M20411206,吕思远,17721846390,52.00,SH-XH-002
        帮胡美玲阿姨打印了60份寻狗启事，上面印着她手机13661984417和住址静安区共和新路1201弄12号，说狗是昨晚在小区门口走丢的。
        简历打印预览：郑雅琪 | 女 | 26岁 | 复旦大学会计学硕士 | 邮箱zhengyaqi_96@163.com | 手机139 1640 2853 | 求职意向：审计助理
        遗留U盘里有一份《邵文斌_入职体检报告.pdf》，结论栏写着乙肝表面抗原阳性，U盘已封袋，大家不要再打开了。
    """),
    "zh-Hant": _lines("""
        有位陳嘉欣小姐將身份證影印本留低喺影印機，HKID Y418273(A)，已放入失物袋，佢電話9617 3842，麻煩夜更打俾佢。
        履歷表訂單：李俊傑，電郵leeckit2024@yahoo.com.hk，手提6283 1947，住址九龍觀塘協和街101號8樓C室，要求用120gsm紙印10份。
        台北門市客訴：林美惠小姐表示店員把她的離婚協議書影本誤交給其他客人，要求賠償；身分證字號A223456781，手機0932-418-576。
        澳門分店：何太（何詠珊）張會員卡仲有MOP 320，佢電話6638 2914，話下星期返嚟用晒先取消會籍。
        陳生話佢個仔喺學校畀人記大過，要我哋幫手影印校方通知書俾律師睇，佢叫我哋千祈唔好話俾人知。
        訂單HK-20261207-0192：收件人黃志強，地址新界沙田第一城38座12樓F室，聯絡5120 7386，內容：破產申請表格影印三份。
        台中店遺留物：全民健保卡一張，姓名張雅婷，身分證B212345670，出生1991/05/12，已交店長保管。
        員工群組：阿May今日請病假，佢話係抑鬱症覆診，大家唔好喺客人面前提，佢嘅更由我頂住。
        會員資料匯出：M-TW-008812,吳宗翰,0918-552-307,wu.tsunghan@hotmail.com,高雄市苓雅區四維三路6號14樓之2
        影印紀錄：客戶羅家豪影印澳門居民身份證1302874(6)正反面兩份，用途：銀行開戶，聯絡電話6625 0183。
    """),
    "en": _lines("""
        Lost & found log: NRIC S8834127I belonging to Tan Wei Jie was left on the photocopier glass on 6 Dec; he can be reached at 9173 6284.
        Customer Priya Ramasamy wants 10 copies of her CV on 120gsm paper; send the proof to priya.ramasamy88@gmail.com before 5pm.
        Mr. Goh from Blk 412 Ang Mo Kio Ave 10 #08-1172 wants his bankruptcy notice scanned and emailed to his lawyer, please handle quietly.
        Order note: deliver 200 wedding invitations to Nurul Aisyah binti Kamal, 23 Jalan Melati 5, Taman Melawati, 53100 Kuala Lumpur, tel 012-338 4175.
        Guys, don't leave Jason's payslip on the counter again, it shows his salary of SGD 2,350 and the CPF deductions for everyone to see.
        FIN G7123456N, holder Nguyen Thi Lan, asked for two copies of her work permit and said not to hand any copy to her agent.
        2026-12-05,PJ-20261205-00771,Lim Soo Hwa,+65 8264 1193,resume_color_x5,15.00,PAYNOW
        Complaint: Mrs. Chua says her son's medical report (ADHD diagnosis) was handed to another customer by mistake and she wants the CCTV footage.
    """),
    "ms": _lines("""
        Nur Farhana binti Zulkifli, No. KP 950312-10-5642, tertinggal salinan sijil SPM di mesin fotostat. Telefon dia 013-274 5819.
        Encik Ahmad Faizal dari Taman Sri Muda minta cetak 50 salinan notis tuntutan hutang RM12,000 terhadap adik kandungnya sendiri.
        Tempahan kad nama: Muhammad Hafiz bin Rosli, e-mel hafizrosli.87@yahoo.com, alamat rumah No. 8, Lorong Cempaka 3, Taman Cempaka, 68000 Ampang, Selangor.
        Kak Yati minta fotostat keputusan ujian darah dia, dia baru disahkan diabetes jenis 2, jangan cerita dengan pelanggan lain ya.
        Rekod ahli: ID AHL-22871, Chong Mei Yee, telefon 016-719 2284, tarikh lahir 14/07/1992, baki mata ganjaran 1,240.
        Slip gaji tertinggal: Rajesh a/l Subramaniam, gaji pokok RM3,150, akaun Maybank 1640 2287 3391, sila hubungi dia untuk ambil semula.
    """),
    "mixed": _lines("""
        客户Jessica Wong的resume已印好10份，她WhatsApp +60 12-776 3018，说tomorrow早上来拿，记得staple好。
        Lost & found：一本马来西亚passport，holder 林志豪 Lim Chee Hou，passport no. A47291836，已交manager保管。
        阿Ken話佢上個月冇出糧，老闆欠佢RM2,800，叫我哋print勞工部投訴form兩份，佢電話017-622 4081。
        Order #SG-1207-044 收件address: Blk 628 Jurong West St 65 #11-304 Singapore 640628，contact 黄美玲 Ng Mei Ling 9045 7712。
        Uncle Lim又拿他的medical report来print，上面写stage 3 colon cancer，他儿子Kelvin叫我们不要收他钱。
        會員data row: M-MO-00421 | 梁嘉豪 Leong Ka Ho | 6682 4719 | ho.leong.mo@gmail.com | 澳門氹仔海洋花園紫樹苑15樓B
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是汇印快印徐家汇店的排版助手，帮店员把顾客提供的简历内容整理成统一模板。"),
        (
            "user",
            "帮我把这段整理成简历表格：吴思彤，女，1999年生，电话13816274903，邮箱wusitong@qq.com，华东师范大学汉语言文学本科，求职意向小学语文老师。",
        ),
        (
            "assistant",
            "好的，整理如下：姓名：吴思彤｜性别：女｜出生年份：1999｜电话：13816274903｜邮箱：wusitong@qq.com｜学历：华东师范大学 汉语言文学 本科｜求职意向：小学语文教师。需要我再加一栏“实习经历”吗？",
        ),
        ("user", "不用了，帮我设成A4单页，字体用思源黑体。"),
        ("assistant", "已按A4单页排版，标题18号、正文11号思源黑体，页边距2厘米，可以直接送打印。"),
    ],
    [
        (
            "user",
            "顾客落了一张身份证在复印机上，名字是冯建业，号码440306198709153622，我该怎么处理？",
        ),
        (
            "assistant",
            "建议先把证件装进遗留物品袋封好，登记拾得时间、位置和登记人，不要拍照外传。可以通过当天的订单记录或监控确认是哪位顾客，再电话通知本人凭有效信息领取；30天无人认领就交辖区派出所。",
        ),
        ("user", "订单里有他留的手机18926473105，我直接打过去可以吗？"),
        (
            "assistant",
            "可以，打电话时只说“您在本店遗留了一张证件”，不要在电话里念出完整证件号，等本人到店后核对身份再交还。",
        ),
    ],
    [
        ("system", "你係一間香港影印舖嘅客服助理，幫店員草擬WhatsApp訊息，語氣要有禮貌。"),
        (
            "user",
            "幫我寫個訊息俾陳太（電話9283 4417），佢尋日喺度影印咗佢老爺嘅腎透析病歷，漏咗原本喺店，叫佢返嚟攞。",
        ),
        (
            "assistant",
            "陳太您好，我哋係旺角分店嘅店員。您尋日影印完嘅文件正本仲喺店內，我哋已經密封保管，請方便時帶同收據返嚟領取，營業時間係朝十晚九，多謝！",
        ),
        ("user", "好，唔該。"),
    ],
    [
        (
            "system",
            "You are an assistant for a Singapore print shop. Help staff write customer emails.",
        ),
        (
            "user",
            "Draft an apology email to Mr. Daniel Koh (daniel.koh.sg@outlook.com). We printed the wrong NRIC copy for him — his is S0214876E but we gave him someone else's.",
        ),
        (
            "assistant",
            "Subject: Apology for the mix-up with your photocopied documents. Dear Mr. Koh, we sincerely apologise for handing you an incorrect copy during your visit. The copy has been retrieved and shredded, and your correct copies are ready for collection at no charge. We have reviewed our counter procedures to prevent this from happening again. Kind regards, Counter Team",
        ),
        ("user", "Good, but don't mention the number in the email."),
        (
            "assistant",
            "Understood, the draft above does not include any identification number, so you can send it as is.",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis mesej WhatsApp kepada Encik Azman Shah (019-448 2107), dia masih ada baki RM450 untuk cetakan banner kenduri kahwin anak dia.",
        ),
        (
            "assistant",
            "Assalamualaikum Encik Azman, ini daripada Kedai Cetak Pantas Subang Jaya. Untuk makluman, baki bayaran bagi tempahan banner sebanyak RM450 masih belum dijelaskan. Encik boleh bayar melalui DuitNow QR di kedai atau pindahan bank. Terima kasih dan tahniah atas majlis anak Encik!",
        ),
        ("user", "Terima kasih, nanti saya hantar."),
    ],
    [
        (
            "system",
            "Member lookup context: M-SG-10237, Samantha Lee Hui Min, +65 9832 4471, balance SGD 23.40, tier 金卡. 只能回答该会员本人的查询。",
        ),
        ("user", "Hi, 我想check我的member card还有多少钱？"),
        (
            "assistant",
            "您好 Samantha，您的会员卡 M-SG-10237 目前余额是 SGD 23.40，金卡会员彩印享九折。",
        ),
        ("user", "OK thanks, 可以帮我top up 50块吗？"),
        ("assistant", "充值需要在柜台或 app 内完成，我这边无法直接扣款，您到店时出示会员码即可。"),
    ],
    [
        (
            "user",
            "帮我查一下这几行会员数据有没有重复：M20500112,秦晓燕,13671829045；M20500187,秦晓燕,13671829045；M20500203,董浩然,15800926631",
        ),
        (
            "assistant",
            "前两行姓名和手机号完全一致（秦晓燕，13671829045），会员号不同，疑似重复注册，建议保留M20500112并把M20500187的余额合并过去；董浩然那行没有重复。",
        ),
        ("user", "合并以后旧卡怎么处理？"),
        (
            "assistant",
            "在后台把M20500187标记为“已合并”并停用，积分和余额转入主卡，保留操作日志，方便以后对账。",
        ),
    ],
    [
        ("system", "你是台灣一家影印店的客服助理，協助店長撰寫道歉信。"),
        (
            "user",
            "請幫我寫一封道歉信給林小姐（林佩君，0921-337-468），上週我們店員把她的離婚協議書影本誤交給了別的客人。",
        ),
        (
            "assistant",
            "林小姐您好：對於上週本店店員將您的文件影本誤交他人一事，我們深感抱歉。該份影本已全數追回並當場銷毀，我們也已加強交件時核對訂單編號的流程。為表歉意，本店將全額退還該筆費用並提供一年免費影印服務。敬祝 平安 店長敬上",
        ),
        ("user", "可以不要寫「離婚」兩個字嗎？"),
        ("assistant", "可以，上面的版本只寫「您的文件影本」，沒有提到文件內容，可以直接使用。"),
    ],
    [
        (
            "user",
            "Can you polish the header of my cover letter before I print it here? Rachel Ong Xin Yi, 18 Taman Bukit Indah 2, 81200 Johor Bahru, rachel.ongxy@gmail.com, 012-905 3346.",
        ),
        (
            "assistant",
            "Here is a cleaner header: Rachel Ong Xin Yi | 18 Taman Bukit Indah 2, 81200 Johor Bahru | rachel.ongxy@gmail.com | +60 12-905 3346. I would put your name in 16pt bold and the contact line in 10pt.",
        ),
        ("user", "Perfect, I'll print 5 copies on 100gsm."),
    ],
    [
        ("system", "你是图文快印店的排班助手，根据店长的要求生成下月排班表。"),
        (
            "user",
            "下个月排班注意一下，小周（周婷）怀孕五个月了，医生说不能久站，也不能靠近写真机的溶剂味，尽量给她排前台收银的白班。",
        ),
        (
            "assistant",
            "明白，下月排班中周婷只安排前台收银白班（9:00-17:00），不安排写真和胶装岗位，每周最多5天，其余岗位由其他同事轮换。需要我把产检的日子也空出来吗？",
        ),
        ("user", "要，她每月第二个周三上午产检。"),
        ("assistant", "已把每月第二个周三上午标为周婷休息，前台由早班机动人员顶岗，排班表已更新。"),
    ],
]
