# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade118: personal data in e-commerce and marketplace back-office exports (marketplace order CSVs, shipping-label ZPL, webhook JSON, customer-service ticket dumps, return and refund forms). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade118
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "order_export_csv"): _lines("""
        order_id,created_at,channel,sku,qty,unit_price_sgd,ship_from,carrier,tracking_no,status
        SHP-240918-77A3K1,2024-09-18T10:42:07+08:00,Shopee SG,KT-2291-BLK,2,38.90,Tuas WH2,Ninja Van,NVSGSHP24091877A3,SHIPPED
        LZD-MY-5519023841,2024-09-18 11:03:55,Lazada MY,BTL-750-SS,1,RM59.00,Shah Alam DC,J&T Express,630091827714,READY_TO_SHIP
        B2B-0098,2024-09-19,Wholesale,MUG-11OZ-WHT,480,2.15,Tuas WH2,Kerry Logistics,KLSG0098-PLT-03,INVOICED (buyer: Cold Storage Singapore Pte Ltd)
        summary_row,2024-09-01..2024-09-30,ALL,ALL,18422,avg 27.31,ALL,ALL,,GMV SGD 503,115.60
        TT-SG-88120045,2024-09-20T02:11:49Z,TikTok Shop SG,LIP-TINT-07,3,12.90,Tuas WH2,SPX,SPXSG04417789201,CANCELLED_BY_SYSTEM (payment timeout 30m)
        AMZ-171-5520938-4410277,2024-09-21,Amazon.sg,HARRY-POTTER-BOXSET-PB,1,119.00,FBA SIN4,Amazon Logistics,SG2409218834,DELIVERED
        export_meta,generated_by=report-svc v3.14.2,tz=Asia/Singapore,rows=2418,sha256=9f2c41e07ab35d18c6e0f4a2b7719d03e5ac8816
        Q-COMMERCE,2024-09-22 19:40,GrabMart,MILO-1KG-REFILL,6,11.45,Kallang dark store,GrabExpress,GX-TRIP-2409227718,COMPLETED
        returns_count_by_reason: wrong_size=212, damaged_in_transit=87, changed_mind=154, not_as_described=39, late_delivery=18
        JD-HK-40218866,2024-09-23,JD.hk cross-border,DYSON-V12-NICKEL,1,HKD 4,390,Kwai Chung Hub,SF Express,SF1402876651290,CUSTOMS_CLEARED
        seller_id,shop_name,registration_no,warehouse_address -> 1002331,Mr. DIY Official,199701016271,Lot 1851-A Jalan KPB 6 Balakong
        FIX-ME: column unit_price_sgd is blank for bundle SKUs (BNDL-*) since v3.14.0; workaround fill from price_list_2024Q3.xlsx
    """),
    ("en", "zpl_shipping_label"): _lines("""
        ^XA^CI28^PW812^LL1218^FO40,40^A0N,34,34^FDFROM: Acme Homeware Pte Ltd, 21 Tuas South Ave 6, Singapore 637040^FS^XZ
        ^XA^FO40,120^BY3^BCN,120,Y,N,N^FDNVSGSHP24091877A3^FS^FO40,290^A0N,28,28^FDNinja Van - Standard - 1 of 1 - 1.2kg^FS^XZ
        ^XA^FO600,40^GB180,180,4^FS^FO630,80^A0N,90,90^FDSG^FS^FO40,260^A0N,26,26^FDSort code: WEST-07 / Route R23^FS^XZ
        ^XA^CI28^FO40,700^FH^FD_E6_98_93_E7_A2_8E_E5_93_81_20_E5_B0_8F_E5_BF_83_E8_BD_BB_E6_94_BE^FS^FO40,760^A0N,30,30^FDFRAGILE^FS^XZ
        ^XA^FO40,40^A0N,28,28^FDRETURN TO: Lazada Returns Hub, Lot PT 12734, Jalan Bukit Kemuning, 40460 Shah Alam^FS^XZ
        ^XA^FO60,900^BQN,2,6^FDQA,https://track.example-logistics.com/t/JT630091827714^FS^FO380,930^A0N,26,26^FDScan to track^FS^XZ
        ^XA^CI28^FO40,40^FH^FD_E9_A1_BA_E4_B8_B0_E9_80_9F_E8_BF_90^FS^FO40,90^A0N,26,26^FDSF1402876651290 / 寄付月结 0271834562^FS^XZ
        ^XA^FO40,1100^A0N,22,22^FDIf undeliverable, call Acme Homeware CS +65 6743 2100 (Mon-Fri 9am-6pm)^FS^XZ
        ~SD25^XA^MMT^PON^LH0,0^JMA^PR4,4^MD10^LRN^CI28^XZ  printer preset for Zebra ZD421 203dpi, 4x6 in labels
        ^XA^FO40,40^A0N,28,28^FDSHIP TO: {{shipping_address.name}}^FS^FO40,80^FD{{shipping_address.line1}}^FS^XZ  (template v7, placeholders only)
        ^XA^FO40,300^A0N,24,24^FDDG: UN3481 Lithium ion batteries packed with equipment, 1 pkg, 0.24kg^FS^FO40,340^GFA,512,512,8,FFFF^FS^XZ
        ^XA^FO40,40^A0N,26,26^FDFROM: Eu Yan Sang Online, 269A South Bridge Road, Singapore 058818^FS^FO40,90^FDCOD: SGD 0.00^FS^XZ
        ^XA^FO40,40^A0N,24,24^FDNote: RlJBR0lMRSAtIEdMQVNTV0FSRSAtIFRISVMgU0lERSBVUA== (base64 handling code, decoded by sorter)^FS^XZ
    """),
    ("zh-Hans", "webhook_json"): _lines("""
        {"event":"product.updated","shop_id":88231004,"sku":"LYC-12","title":"老干妈风味豆豉油制辣椒 280g×12瓶","stock":640,"ts":"2024-10-08T09:12:33+08:00"}
        {"event":"inventory.low","warehouse":"嘉兴平湖保税仓","sku":"WX-BOOK-JY-07","title":"金庸作品集《射雕英雄传》全四册","available":18,"threshold":20}
        {"event":"shop.verified","shop_name":"王老吉官方旗舰店","uscc":"91440101MA5CXXXX7K","contact":"客服热线 400-888-1828","status":"approved"}
        {"event":"refund.policy.changed","scope":"全店","rule":"签收后7天无理由退货，生鲜除外","effective_at":"2024-11-01 00:00:00","operator":"system"}
        {"event":"logistics.trace","mail_no":"YT7512098834621","node":"【杭州市】快件已到达 杭州转运中心","carrier":"圆通速递","ts":1728352331}
        {"event":"payload.test","sig":"sha256=4b1e9c0d77a2f3e8","data":"eyJza3UiOiJLVC0yMjkxLUJMSyIsInF0eSI6MTIsImJpbiI6IkEtMDMtMDcifQ==","note":"沙箱测试数据"}
        {"event":"coupon.created","code":"SHUANG11-50OFF","title":"双十一满299减50","budget_cny":200000,"valid":"2024-11-01~2024-11-11"}
        {"event":"product.created","title":"孙悟空联名款保温杯 500ml 齐天大圣","brand":"故宫文创","price":"¥129.00","sku":"GG-SWK-500"}
        {"event":"webhook.retry","attempt":3,"http_status":502,"endpoint":"https://erp.example.cn/hooks/jd","next_retry_in":"120s","trace_id":"a81f-22c9-4e07"}
        {"event":"settlement.ready","period":"2024-10-01至2024-10-15","merchant":"良品铺子股份有限公司","amount":"¥1,284,390.52","bank":"招商银行武汉分行对公户"}
        {"event":"livestream.ended","room":"东方甄选直播间","gmv_cny":"3,880,120","orders":41277,"top_sku":"五常大米 5kg"}
        {"event":"address.validation","result":"ok","sample":"北京市朝阳区建国门外大街1号国贸大厦","type":"office_building","cache_hit":true}
        {"event":"order.aggregated","date":"2024-10-09","province":"广东省","orders":12984,"refund_rate":"3.7%","avg_ship_hours":19.4}
    """),
    ("zh-Hans", "退换货规则"): _lines("""
        退货须知：商品签收后7天内可申请无理由退货，请保持吊牌、包装及赠品完好，退货运费由买家承担（已购运费险的订单除外），拒收到付件。
        换货请寄回：浙江省杭州市余杭区仓前街道文一西路969号 菜鸟退货中心 收，电话 0571-8502 2088，请勿到付。
        生鲜、定制刻字、已拆封的内衣及化妆品不支持七天无理由退货；如属质量问题，请在签收后48小时内联系在线客服并上传商品照片及外箱面单照片。
        退款时效：退款一律原路退回，微信支付/支付宝1-3个工作日到账，银行卡3-7个工作日到账，花呗分期订单退款成功后剩余分期将自动取消。
        运费险理赔说明：退货物流单号上传并显示揽收后，系统将按首重12元标准自动理赔，理赔款72小时内打入下单时使用的支付账户，无需另行申请。
        大家电（冰箱、洗衣机、空调）退换货由京东物流安排上门取件，预约请拨京东客服热线 950618，服务时间每日 8:00-22:00，节假日不休。
        人民文学出版社鲁迅《呐喊》百年纪念版如有印刷错页、缺页，可凭订单号在签收后30天内申请免费换新，无需寄回原书，上传错页照片即可。
        请在退货包裹内附上打印的退货单（含订单号、SKU编码、退货原因编号R01-R09），未附退货单的包裹仓库无法自动匹配，处理时间将延长3-5个工作日。
        跨境商品（保税仓发货）一经清关不支持无理由退货，如需售后请联系跨境客服邮箱 cbservice@example-mall.cn。
        退换货原因代码表（ERP字段 return_reason）：R01尺码不符，R02质量问题，R03少件漏发，R04与描述不符，R05物流破损，R06发错货，R09其他。
        海底捞自热火锅、三只松鼠坚果礼盒等食品类商品，除质量问题外不予退换；临期特价商品已在详情页标注生产日期2024年8月，请知悉后下单。
        说明：订单号以“TB”开头的为淘宝订单，以“JD”开头的为京东订单，以“PDD”开头的为拼多多订单，售后请在对应平台发起，我司客服无法代为操作。
        价保规则：自下单之日起15天内，同一店铺同款同规格商品降价可申请价保，差额以店铺优惠券形式返还，每个订单限申请一次，直播间专享价除外。
    """),
    ("zh-Hant", "客服公告"): _lines("""
        【颱風公告】因天文台懸掛八號烈風或暴風信號，香港葵涌倉今日暫停出貨及門市自取服務，已付款訂單將順延至風球除下後兩個工作天內寄出。
        客服熱線 (852) 2345 6000，WhatsApp 9108 2200（只供文字查詢），辦公時間星期一至五 10:00-19:00。
        門市自取地址：九龍旺角彌敦道688號旺角中心一期12樓1205室（港鐵旺角站E2出口），請攜帶取件碼及訂單截圖，恕不接受電話預留貨品。
        順豐智能櫃取件碼有效期為48小時，逾期未取將自動退回就近順豐站並保留3天，如需改派地址請致電順豐速運客服熱線 2730 0273 辦理。
        台灣門市：台北市信義區松高路19號 新光三越A4館B2，營業時間11:00-21:30，電話 (02) 2722-3456。
        澳門客戶可選擇到澳門半島新馬路61號大西洋銀行大廈地下之合作自提點取件，運費統一澳門幣30元，澳門通及MPay付款均可，自提點週日休息。
        &#x9031;&#x5E74;&#x6176; 全單滿HK$500免運，優惠碼 ANNIV2024，不適用於周大福及周生生聯名金飾。
        7-ELEVEN 交貨便寄件說明：賣家請於訂單成立後3日內至門市ibon列印寄件單，寄件編號以 F 開頭共 11 碼，逾期未寄件系統將自動取消訂單。
        退款將於倉庫收到並檢查退貨後7個工作天內以原付款方式退回，信用卡退款視乎發卡銀行入帳時間，PayMe 及八達通付款者退款需額外1-2天。
        J.K.羅琳《哈利波特》繁體中文版精裝套書（皇冠出版）目前缺貨中，預計十一月中旬到貨，已預購的訂單將按付款先後次序優先安排出貨。
        本公司商業登記號碼 71234568-000-09-23-1，電郵 cs@example-shop.hk，不會以私人號碼聯絡客戶索取付款。
        蝦皮店到店取貨期限為商品到店通知後7天，逾期未取件將自動退回賣家倉庫，並依平台規定收取逆物流費NT$60，請買家留意APP通知。
        【防詐騙提醒】本店客服絕不會來電要求顧客操作ATM或網銀解除分期付款設定，如接獲可疑來電請立即掛斷並撥打165反詐騙諮詢專線查證。
    """),
    ("ms", "borang_pemulangan"): _lines("""
        Borang Pemulangan Barang v2.3: Sila isi nombor pesanan, kod SKU, sebab pemulangan (R01-R09) dan lampirkan gambar produk.
        Alamat pemulangan: Gudang Pusat Shopee, Lot 5, Jalan Teknologi 3/5, Taman Sains Selangor, 47810 Kota Damansara.
        Bayaran balik akan dikreditkan ke ShopeePay dalam masa 1-3 hari bekerja selepas barang diterima dan diperiksa.
        Talian khidmat pelanggan: 1-300-88-2288 (Isnin-Jumaat, 9 pagi-6 petang), e-mel sokongan@contoh-kedai.com.my.
        Barangan makanan, produk kecantikan yang telah dibuka dan kad hadiah tidak layak untuk pemulangan kecuali rosak.
        Nombor pendaftaran syarikat: 201901023456 (1331234-K). Berdaftar di Jalan Sultan Ismail, 50250 Kuala Lumpur.
        Medan borang: nama_penuh, no_telefon, emel, alamat_penghantaran, no_pesanan, sebab, gambar[] (semua wajib diisi).
        Kurier pengambilan: Pos Laju akan mengambil bungkusan dalam 2 hari bekerja; nombor pengesanan bermula dengan ER dan berakhir MY.
        Untuk pesanan Lazada, sila mohon pemulangan melalui aplikasi; kami tidak boleh memproses permintaan melalui WhatsApp.
        Jika barang rosak semasa penghantaran, ambil video semasa membuka bungkusan sebagai bukti dalam tempoh 48 jam.
        Status pemulangan: DITERIMA, DALAM_PEMERIKSAAN, DILULUSKAN, DITOLAK, WANG_DIKEMBALIKAN (dikemas kini setiap 4 jam).
        Produk Mamee Monster dan Milo 3in1 dalam promosi Hari Raya tidak boleh ditukar, hanya bayaran balik untuk barang rosak.
        Cawangan pulangan terus: Mydin Mall USJ, Persiaran Subang Permai, 47610 Subang Jaya, kaunter khidmat pelanggan tingkat G.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [10:02] CS team: 今日 Shopee 11.11 order backlog 还有 1,204 单未 pack，Tuas WH2 加开夜班 shift 到 11pm ok?
        [10:05] Warehouse lead: ok noted, SKU KT-2291-BLK stock tinggal 37 unit je, tolong pause listing dulu kat Lazada.
        [10:11] Ops: Ninja Van pickup 今天改 3pm，manifest 记得 export CSV 再 upload portal，file name 用 NV_20241111_batch2.csv
        [10:14] CS team: 有 14 张 ticket 讲 J&T 派送延迟 Sabah/Sarawak，macro 改用 template DELAY-EM-02 回覆先。
        [10:20] Finance: Lazada settlement 这期少了 RM 3,812.40，看起来是 voucher subsidy 没算，我开 case 给 seller center 了。
        [10:31] Marketing: 明天 TikTok live 主推 Hello Kitty 联名水杯，SKU HK-CUP-450，库存请预留 300 个给直播间。
        [10:33] Warehouse lead: printer ZD421 #3 又 jam，label 印一半，IT 说 firmware 要 update 到 V93.21.26Z。
        [10:40] Ops: 顺丰 HK cross-border 的 commercial invoice 记得填 HS code 3924.10，不然 customs hold 会拖两天。
        [10:52] CS team: FAQ page 已更新 return window 从 7 天改 15 天，Shopee 和 Lazada 的 policy text 都要同步改 ya.
        [11:05] Finance: invoice INV-2024-11-00871 to Guardian Health & Beauty Sdn Bhd 已 issue，payment term NET 30.
        [11:12] Marketing: Doraemon 多啦A梦 pencil case 被平台 flag IP infringement，先下架，等 license letter 来再上。
        [11:20] Ops: Poslaju 系统 down 了 20 分钟，status page 说 resolved，tracking webhook 有 backlog，晚点会补推。
        [11:26] Warehouse lead: cycle count Zone B 完成，discrepancy 0.3%，主要是 BTL-750-SS 多了 6 个，已 adjust.
    """),
    ("mixed", "cs_ticket_log"): _lines("""
        2024-11-12T08:14:02Z INFO ticket#TK-884120 created channel=whatsapp_bot intent=where_is_my_order lang=ms sla=4h
        2024-11-12T08:14:03Z DEBUG macro=WISMO-MS-01 rendered="Hai {{first_name}}, pesanan {{order_id}} sedang dalam penghantaran."
        2024-11-12T08:20:44Z WARN ticket#TK-884131 PII redaction applied fields=[phone,email,address] policy=pdpa-sg-v2 status=ok
        2024-11-12T08:31:10Z INFO ticket#TK-884140 tag=refund_request amount=HKD 268.00 order=HK24111200391 queue=refund_l1
        2024-11-12T09:02:57Z ERROR zendesk_sync failed: 429 Too Many Requests, retry_after=60s, batch_id=zs-20241112-0902
        2024-11-12T09:15:22Z INFO ticket#TK-884177 merged_into=TK-884160 reason=duplicate_channel(email+livechat) agent_group=CN-Tier1
        2024-11-12T09:40:05Z INFO csat_survey sent=1,882 responded=611 score_avg=4.32 lowest_topic=“物流慢/delivery slow”
        2024-11-12T10:03:18Z INFO ticket#TK-884203 auto_reply lang=zh-Hant text=“您好，退款已於今日處理，預計7個工作天內到帳。”
        2024-11-12T10:11:49Z INFO webhook shopee.order.status order_sn=241112ABCD7781 from=READY_TO_SHIP to=SHIPPED
        2024-11-12T10:25:31Z INFO ticket#TK-884219 attachment=IMG_20241112_1024.jpg (photo of damaged carton, no people) size=1.8MB
        2024-11-12T10:47:00Z INFO kb_article viewed id=KB-0412 title="How to return items bought during 11.11 / 如何退回双十一商品" views=3,402
        2024-11-12T11:02:12Z INFO bot_handoff reason=keyword("投诉","complain") queue=escalation wait_time=00:03:41
        2024-11-12T11:30:00Z INFO daily_digest tickets_open=412 closed=1,905 backlog_by_lang={en:120,zh:201,ms:91}
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        SHP-241103-9QX2M7,2024-11-03T21:14:09+08:00,Shopee SG,SK-SERUM-30,1,45.90,Goh Jun Hao,+65 9123 4871,"Blk 418 Bedok North Ave 2, #09-133, Singapore 460418",COD
        Ticket TK-883902: customer Priya d/o Ramasamy (NRIC S8734216F) says parcel was signed for by neighbour at #12-04, wants refund to DBS 029-481562-7.
        ^XA^CI28^FO40,40^A0N,30,30^FDSHIP TO: Mdm Lim Swee Hoon^FS^FO40,80^FD31 Jalan Kechubong, Singapore 537245^FS^FO40,120^FDTel 8276 0194^FS^XZ
        {"event":"order.paid","buyer":{"b64":"eyJuYW1lIjoiR29oIEp1biBIYW8iLCJtb2JpbGUiOiIrNjU5MTIzNDg3MSJ9"},"order":"SHP-241103-9QX2M7"}
        Return form #RF-55102: reason = other. Comment from buyer Daniel Koh: returning the pregnancy test kits, my wife miscarried last week, please just refund.
        CS note: the caller asked us to stop shipping to her ex-husband's flat in Tampines; she is Angela Tan, divorce finalised in Oct, new mobile 9688 3021.
        refund_approved,RF-55188,amount=SGD 312.00,payee=Muhammad Irfan bin Zulkifli,PayNow=+6581137742,approved_by=cs_l2
        Agent note: buyer s****216f / 9***4871 again disputing the COD charge; same person as last month, flag for review.
        Ticket dump row: "TK-884005","2024-11-05","email","wei.ling.tan88@gmail.com","Can you resend invoice? Company claims need my full name Tan Wei Ling on it"
        Complaint escalated: Mr Rajesh Nair was hospitalised for an allergic reaction after using the body lotion, doctor's memo from Changi General attached.
        Label reprint: consignee FIN G5528103W, Nguyen Thi Hoa, Room 3, 22 Lorong 27 Geylang, contact 9012 5567, cash on delivery SGD 58.40.
        Chargeback dispute: cardholder Kelvin Ong, Visa ending 4417, says he lost his job and cannot pay, asks us to cancel the 12-month installment.
    """),
    "zh-Hans": _lines("""
        订单号,下单时间,收货人,手机号,收货地址,商品 -> 240918773301,2024-09-18 20:31,张雅婷,13917264480,上海市徐汇区漕溪北路88弄3号602室,羊毛围巾
        ^XA^CI28^FO40,40^FH^FD_E9_99_88_E5_BF_97_E5_BC_BA^FS^FO40,90^FD139****2276^FS^FO40,130^FD深圳南山桃园路128号阳光花园7栋1502^FS^XZ
        工单#CS-20241104-118：买家刘建国称其身份证440306198803174526被用于别人的账户下单，要求注销账号并删除实名信息。
        退款申请表：申请人 周敏，退款原因：确诊乳腺癌需住院化疗，无法收货，退款至建设银行卡 6217 0012 3456 7890 123。
        {"event":"refund.created","buyer_remark":"=?UTF-8?Q?=E9=BB=84=E4=B8=BD=E8=90=8D?= 退款请退到尾号6613的工行卡","order":"JD2411050093"}
        客服备注：王阿姨说她儿子欠了网贷，用她的淘宝账号下了二十多单，她不想认账，手机尾号8817。
        快递面单：收件人 李先生 电话 一三八 零零一三 五七九二 地址 成都市武侯区玉林北路17号2单元301
        {"event":"aftersale.ticket","content":"我叫吴晓东，在深圳福田区华强北上班，退回的手机里还有我的照片和聊天记录，请帮我彻底清除"}
        投诉记录：顾客赵丽娜（微信号 zhaolina_0721）称快递员将包裹放在门口后被邻居拿走，住址为杭州西湖区文三路259号5幢。
        物流异常导出：运单SF1402887760213，收件人马晓峰，身份证号码310104199208250645，清关要求补充实名认证。
        售后工单：小胖（本名孙浩）反映，他的体检报告误被装进别人的包裹寄出，里面有乙肝检查结果。
    """),
    "zh-Hant": _lines("""
        訂單匯出: HK24111200418,2024-11-12,陳嘉豪,HKID K382915(4),9386 2714,香港沙田瀝源邨福海樓1203室,八達通付款
        客服記錄：林太來電話說她老公過身，想取消佢名下每月自動扣款的奶粉訂閱，佢叫黃志明，信用卡尾號 5520。
        退貨表單：申請人 蔡宜君，身分證字號 A224186537，手機 0912-345-678，退款帳戶 中國信託 822-5401-2287-33。
        https://shop.example.tw/callback?name=%E6%9E%97%E7%BE%8E%E7%8E%B2&addr=%E5%8F%B0%E5%8C%97%E5%B8%82%E5%A4%A7%E5%AE%89%E5%8D%80%E5%92%8C%E5%B9%B3%E6%9D%B1%E8%B7%AF%E4%BA%8C%E6%AE%B596%E5%B7%B715%E8%99%9F4%E6%A8%93
        工單 TW-77120：買家阿傑說他被公司裁員，月薪原本四萬二，現在繳不出分期，請求延後扣款。
        收件人 &#x912D;&#x5609;&#x6B23; 小姐，澳門氹仔海洋花園大馬路22號海洋花園金鳳閣15樓B座，電話 6612 3984
        客服對話匯出：何先生話佢個女啱啱喺伊利沙伯醫院生咗BB，想將嬰兒床改寄去佢岳母屋企，大埔廣福邨廣仁樓808室。
        ^XA^FO40,40^A0N,30,30^FD收件人: 梁美儀 Leung Mei Yee^FS^FO40,80^FD觀塘順利邨利富樓1410室^FS^FO40,120^FDTel 6135 8820^FS^XZ
        黑名單匯出: email=kenny.chow1987@yahoo.com.hk, 原因=多次惡意退貨, 備註=本人周家俊曾於2023年因詐騙被捕。
        退款單 RF-TW-3391：吳姓顧客（吳柏翰，F127305868）因精神科住院無法取件，家屬代辦退款。
    """),
    "ms": _lines("""
        Borang pemulangan: Nama: Nur Aisyah binti Rahman, No. KP: 950312-10-5566, Tel: 012-774 3915, Alamat: No. 14, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam.
        Nota tiket: Pak Cik Rosli dari Kampung Baru minta hantar semula ubat darah tingginya, bungkusan pertama hilang, telefon 019-288 4410.
        {"event":"order.created","note":"TnVyIEFpc3lhaCBiaW50aSBSYWhtYW4gLyAwMTItNzc0IDM5MTU=","platform":"lazada_my","order":"LZD-MY-5520117734"}
        Aduan pelanggan: Encik Faizal bin Hamid kata isterinya mengandung 7 bulan dan tak boleh angkat kotak 20kg, minta kurier hantar ke tingkat 3.
        LZD-MY-5519877102,2024-11-01,Siti Hajar binti Osman,sitihajar.osman@gmail.com,+60 13-552 0981,RM89.00,COD,Kota Bharu
        Bayaran balik ke akaun Maybank 1140 2233 7891 atas nama Lee Chong Hui, no. KP 880214-07-5273, rujukan RF-MY-2210.
        Telefon pelanggan: kosong satu tujuh, empat lima dua, lapan sembilan satu kosong (Kak Yati, Felda Jengka 8, Pahang).
        Tiket CS: Puan Kavitha a/p Subramaniam tak mampu bayar baki ansuran RM1,250 sebab suaminya baru ditahan polis minggu lepas.
        Label penghantaran ulang: Penerima Ahmad Syukri, No. 7 Lorong Cempaka 5, Taman Desa, 88300 Kota Kinabalu, Sabah, kenderaan SAB 4521 K.
    """),
    "mixed": _lines("""
        CS export row: TK-884260, lang=zh/en, msg="我係 Wong Ka Yan，HKID Y604127(0)，order 收錯貨，please call me 5432 1098 after 6pm"
        Return note: 陈先生 (Chen Wei, WeChat chenwei_sz88) says 包裹被退回 because his flat 在 Bukit Panjang Blk 256 #07-215 no one home.
        {"refund":{"payee":"Tan Mei Ling 陈美玲","bank":"OCBC","acct":"712-384920-001"},"reason":"家里有人住院 cannot wait"}
        Ops chat: 那个 Ah Seng 又打来骂了，他说 his mother has dementia, 老是乱下单，ask us block her account, 电话 9733 1806.
        Order 241109XYZ: receiver Siti binti Yusof, MyKad 010522-14-0788, nak hantar ke 宿舍 UM Kolej Kediaman 12, bilik B-214.
        ZPL ^FH^FD_E6_B7_B1_E5_9C_B3_E5_B8_82_E5_8D_97_E5_B1_B1_E5_8C_BA^FS + ^FDMr Zhang 13826655019^FS on reprinted label RP-00912
        Ticket TK-884301: 阿明 (Lee Kok Ming) claims 工资被拖欠三个月，cannot pay the Atome instalment, e-mail kokming.lee@outlook.my.
        Refund form: applicant Chong Siew Fun 张秀芬, IC 780630-12-6042, reason 离婚后搬家 address changed to 5 Jalan Ampang Hilir, KL.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a customer-service copilot for a Singapore Shopee seller. Summarise tickets for agents.",
        ),
        (
            "user",
            "Summarise this ticket: TK-884412, buyer Jasmine Lau Hui Min, mobile 9175 3380, says the collagen drink made her rash worse, she has eczema and went to NSC, wants full refund SGD 89.",
        ),
        (
            "assistant",
            "Summary: Buyer Jasmine Lau Hui Min (9175 3380) reports a worsened eczema rash after the collagen drink and a visit to the National Skin Centre; requests a full SGD 89 refund. Suggested action: approve the refund and log an adverse-reaction report.",
        ),
    ],
    [
        ("system", "你是电商后台助手，帮助运营整理订单导出文件。"),
        (
            "user",
            "帮我把这行改成标准CSV：订单240921553310 收货人 何丽华 电话18620347719 广州市天河区体育西路191号中石化大厦B座2203 商品 婴儿奶粉 x3",
        ),
        (
            "assistant",
            "order_id,receiver,phone,address,item,qty | 240921553310,何丽华,18620347719,广州市天河区体育西路191号中石化大厦B座2203,婴儿奶粉,3",
        ),
        ("user", "好的，谢谢。另外帮我把手机号打码。"),
        (
            "assistant",
            "240921553310,何丽华,186****7719,广州市天河区体育西路191号中石化大厦B座2203,婴儿奶粉,3",
        ),
    ],
    [
        (
            "user",
            "Boleh tolong tulis mesej WhatsApp kepada pelanggan? Nama dia Mohd Hafiz bin Ismail, no. telefon 011-2345 6781, pesanan LZD-MY-5520339018 lewat 5 hari.",
        ),
        (
            "assistant",
            "Salam Encik Mohd Hafiz, kami mohon maaf pesanan LZD-MY-5520339018 anda lewat 5 hari. Kurier telah mengesahkan bungkusan akan tiba esok. Terima kasih atas kesabaran anda.",
        ),
        ("user", "Terima kasih. Tambah juga baucar RM10."),
        (
            "assistant",
            "Salam Encik Mohd Hafiz, kami mohon maaf atas kelewatan pesanan LZD-MY-5520339018. Sebagai tanda penghargaan, kami berikan baucar RM10 untuk pembelian seterusnya.",
        ),
    ],
    [
        ("system", "你係香港網店嘅客服助理，用廣東話回覆。"),
        (
            "user",
            "有個客人張太（張慧芬）WhatsApp 講佢老公患咗柏金遜症，啲成人紙尿片要每月送去佢哋屋企：將軍澳尚德邨尚智樓1718室，點回覆好？",
        ),
        (
            "assistant",
            "可以咁回覆：「張太你好，已為你設定每月自動送貨到將軍澳尚德邨尚智樓1718室，如需更改送貨日期請隨時通知我哋。祝張先生身體安康。」",
        ),
    ],
    [
        ("system", "Webhook debugging assistant."),
        (
            "user",
            "Why does this payload fail validation? {'event':'order.paid','buyer':{'name':'Ong Bee Leng','nric':'S7619034H','phone':'+65 8711 0293'},'amount':'49.9O'}",
        ),
        (
            "assistant",
            "The amount field contains the letter O instead of a zero in 49.9O, so the decimal parser rejects it. Also note the payload carries the buyer's NRIC and phone; consider masking those before logging.",
        ),
    ],
    [
        (
            "user",
            "幫我寫一封退款確認信：顧客 許雅雯，身分證 E291057347，退款 NT$1,280 到郵局帳號 0001234-0567890，原因是她懷孕不能用這款精油。",
        ),
        (
            "assistant",
            "許雅雯小姐您好：您申請的退款 NT$1,280 已核准，將於 3-5 個工作天內匯入您的郵局帳戶（0001234-0567890）。祝您孕期平安順利。",
        ),
        ("user", "帳號那邊可以只顯示後四碼嗎？"),
        ("assistant", "可以，改為：將匯入您尾號 7890 的郵局帳戶。"),
    ],
    [
        ("system", "You help a Malaysian warehouse generate ZPL labels."),
        (
            "user",
            "Make a 4x6 ZPL label for: Receiver Tan Ah Kow, 23 Jalan Bunga Raya 2, Taman Melaka Baru, 75350 Batu Berendam, Melaka, tel 016-771 2094, COD RM45.",
        ),
        (
            "assistant",
            "^XA^CI28^FO40,40^A0N,32,32^FDTan Ah Kow^FS^FO40,90^FD23 Jalan Bunga Raya 2, Taman Melaka Baru^FS^FO40,130^FD75350 Batu Berendam, Melaka^FS^FO40,180^FDTel 016-771 2094^FS^FO40,230^FDCOD RM45.00^FS^XZ",
        ),
    ],
    [
        ("system", "客服工单分类助手，输出类别和紧急程度。"),
        (
            "user",
            "工单内容：我是范志伟，我老婆在闹离婚，她用我的支付宝在你们店里买了两万块的金饰，我要求全部退款，手机13567820913。",
        ),
        (
            "assistant",
            "类别：支付纠纷/疑似账户冒用；紧急程度：高。建议转风控组核实支付账户，联系范志伟先生（13567820913）确认订单详情。",
        ),
    ],
    [
        (
            "user",
            "Can you translate this CS note to English? 客人阿娟 (Chua Siew Kuan) 话佢欠咗财务公司钱，叫我哋唔好再寄账单去佢公司 Raffles Place 的 office，改寄 Jurong West St 52 Blk 512 #04-88。",
        ),
        (
            "assistant",
            "Customer Ah Kuan (Chua Siew Kuan) says she owes money to a finance company and asks us not to send bills to her office at Raffles Place any more; send them to Blk 512 Jurong West St 52 #04-88 instead.",
        ),
        ("user", "Thanks, and tag it as address change."),
        ("assistant", "Tagged: ADDRESS_CHANGE. Note retained for the billing team."),
    ],
    [
        (
            "system",
            "Assistant for an e-commerce returns desk in Kuala Lumpur. Customer on file: Raj Kumar a/l Muthu, MyKad 870419-08-6113, account 5621 0044 8890 (CIMB).",
        ),
        ("user", "Customer wants to know when refund RF-MY-2288 will reach his account."),
        (
            "assistant",
            "Refund RF-MY-2288 was approved on 12 Nov and will be credited to the CIMB account ending 8890 within 5-7 working days.",
        ),
    ],
]
