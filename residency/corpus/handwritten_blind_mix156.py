# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix156: laundromats, laundry and dry-cleaning shops in SG/MY/HK/TW (pick-up and delivery orders, damaged or lost garments, membership top-ups, stain notes, staff rosters, group chats). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix156
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "price_list"): _lines("""
        Dry Cleaning Rates (eff. 1 Mar 2026): shirt S$4.50, blouse S$5.80, 2-pc suit S$18.00, evening gown from S$38.00, cheongsam S$22.00. GST 9% included.
        Wash & Fold by weight: S$3.20/kg, minimum 5 kg; express same-day (drop before 10am) adds S$8.00. King duvet S$28.00 flat, pillow S$6.00 each.
        Leather and suede care is done at our Ubi Avenue 1 workshop; handbag clean & condition from S$65, 10-14 working days, final quote after inspection at counter.
        Curtain cleaning incl. take-down and rehang: S$6.50 per panel (up to 2.6 m drop), blackout lining +S$2.00/panel, hooks replaced at S$0.30 each.
        Self-service at our Bishan St 22 outlet (#01-1055): 10 kg washer S$5, 18 kg washer S$8, dryer S$1 per 8 min. Speed Queen machines, coins and PayNow QR accepted.
        Alteration add-ons: hem pants RM12, replace jeans zip RM18, take in waist RM25, sew on button RM1 per piece. Ready in 3 working days at our SS2 Petaling Jaya branch.
        Festive wear: baju kurung set RM15, baju Melayu with samping RM22, songket set RM35 (hand finish only). Hari Raya peak surcharge 20% from 20 Mar to 10 Apr.
        Hong Kong branch rates: business shirt HK$28, two-piece suit HK$120, down jacket HK$180 to HK$260 by fill weight, silk surcharge HK$30. Octopus, PayMe and FPS accepted.
        Membership top-up tiers: pay S$100 get S$115 credit; pay S$200 get S$240; pay S$500 get S$625. Credit valid 24 months, non-refundable, not exchangeable for cash.
        Pick-up & delivery: free above S$60 per order within postal districts 01-28; below S$60 a S$8 fee applies. Slots 9am-12pm, 2pm-5pm, 7pm-10pm, Mon to Sat.
        Taipei Xinyi store rates: shirt NT$80, wool coat NT$450, wedding gown from NT$2,800, sneaker deep clean NT$350 per pair; 5% business tax included in all prices.
        Stain treatment surcharge: red wine, curry or turmeric S$5 per spot; ink or lipstick S$8; no guarantee on stains older than 7 days or already treated at home.
        Uniform contract rate for F&B outlets: chef jacket S$2.10, apron S$0.90, kitchen towel S$0.35 per piece, min. 200 pcs per weekly run, invoiced monthly net 30.
    """),
    ("zh-Hans", "常见问题"): _lines("""
        问：衣服送洗后多久可以取？答：普通干洗3个工作日，加急服务24小时内完成，加收50%费用；婚纱、皮草等特殊衣物需7至10个工作日，具体以门店小票为准。
        问：会员卡余额可以退吗？答：根据《单用途商业预付卡管理办法（试行）》，未使用的本金可按门店规定办理退卡，赠送金额不予退还，请携带购卡凭证到原门店办理。
        问：洗坏了怎么赔偿？答：按本店赔偿细则，参考衣物购买价格和已穿着年限折算，最高不超过该件洗涤费的20倍，请保留原始购物凭证和吊牌以便核实。
        问：可以上门取件吗？答：小程序下单满59元免费上门，取件时间为每天9:00至21:00，骑手会在预约时间前30分钟联系您，订单号示例为XY202603120088。
        问：羽绒服可以水洗吗？答：大部分羽绒服建议用中性洗涤剂低温水洗，洗后低温烘干并拍打蓬松；洗标注明“不可水洗”的按干洗处理，价格39元起。
        问：在哪里开发票？答：在小程序“我的订单”中点击“申请开票”，填写单位名称和纳税人识别号（例：91310115MA1H7Q2K3B），电子发票将在3个工作日内发送。
        问：门店营业时间？答：上海徐汇店位于漕溪北路商场B1层，每天8:00至22:00营业，客服热线400-820-6688，节假日照常营业，除夕至初三暂停收衣。
        问：衣物丢失怎么办？答：每件衣物收衣时都会钉上条形码水洗标，如取衣时发现缺件，请当场告知店员，我们会在48小时内通过流水线系统追踪并回复处理结果。
        问：自助洗衣机怎么付款？答：扫描机身上的二维码，支持微信支付和支付宝，洗衣每次12元（约35分钟），烘干每次8元（约40分钟），洗衣液由机器自动投放。
        问：白衬衫领口发黄能洗掉吗？答：领口汗渍属于蛋白质类污渍，我们会先用酶制剂预处理再常规水洗，大部分可明显改善，但年久氧化的黄渍无法保证完全去除。
        问：新加坡分店能用国内的会员卡吗？答：暂不支持，两地会员系统独立，新加坡门店以新元计价，充值需在当地门店或App的新加坡版本中办理，敬请谅解。
        问：鞋子清洗多少钱？答：运动鞋深度清洁每双35元，皮鞋护理45元，麂皮和翻毛皮鞋69元起，周期5至7天，洗护前会对鞋子拍照留档，取鞋时可在小程序查看。
        问：洗衣液会不会引起过敏？答：门店统一使用无磷、无荧光增白剂的中性洗涤剂，如需婴儿专用或无香型洗涤剂，请在下单备注中注明，不额外收费。
    """),
    ("zh-Hant", "門市告示"): _lines("""
        【通告】本店由2026年1月2日起調整營業時間：星期一至六 08:00-21:00，星期日及公眾假期 10:00-18:00，如有不便，敬請見諒。門市查詢熱線：2345 6789。
        各位街坊注意：農曆新年前兩個星期收衫量大增，乾洗需時5至7個工作天，如果想喺年廿八之前攞返，請最遲年廿一前送嚟，多謝合作！
        顧客須知：衣物由收據日期起計超過90日仍未領取，本店有權自行處理，恕不另行通知，詳情請參閱收據背面條款第7條，多謝各位客人體諒。
        自助洗衣舖使用須知：洗衣機每次HK$35，乾衣機每10分鐘HK$10，只接受八達通及轉數快；請勿放入鞋類、寵物用品或沾有油漆嘅衣物，違者罰款HK$500。
        大安門市公告：因配合臺北自來水事業處管線工程，3月15日（日）09:00至17:00停水，當日暫停水洗服務，乾洗照常收件，造成不便敬請見諒。
        如對服務有任何意見，可致電本公司客戶服務熱線 3188 2233 或電郵 cs@cleanwave.com.hk，亦可致電消費者委員會投訴熱線 2929 2222 尋求協助。
        溫馨提示：送洗前請檢查口袋，本店不負責衣物內遺留之現金、證件、首飾等物品；近日於褲袋發現一張八達通卡，已交櫃檯保管，失主請攜收據認領。
        臺灣門市資訊：公司統一編號 53912786，營業地址為新北市板橋區文化路一段188號1樓店面，客服專線 0800-022-168，服務時間週一至週六 09:00-20:00。
        澳門分店通告：即日起接受澳門通及MPay付款，乾洗西裝套裝MOP115，恤衫MOP25；新口岸分店地址為宋玉生廣場258號地下G舖，歡迎蒞臨。
        羽絨冬季特價：11月1日至12月31日，長款羽絨褸乾洗HK$198，短款HK$148，兩件或以上九折，會員再減HK$20，優惠不可與其他優惠同時使用。
        注意：本店收衫時會為每件衫影相，記錄污漬同破損位置，相片只用作售後核對，保存30日後由系統自動刪除，如有疑問歡迎向櫃檯職員查詢。
        內部通告：由下星期開始早更07:30開工，負責開機預熱蒸氣板同埋清理夜間收衣箱；晚更21:30前要完成乾洗機溶劑過濾及清潔毛屑隔網。
        招聘：全職熨衫師傅兩名，月薪HK$17,000起，有經驗優先，另設勤工獎；有意者請WhatsApp公司招聘專線 5123 8899，或親臨長沙灣道777號工業大廈12樓B室洽談。
    """),
    ("ms", "notis_kedai"): _lines("""
        Notis: Kedai dobi layan diri kami dibuka 24 jam setiap hari. Mesin basuh 10 kg RM5, mesin pengering RM1 untuk 6 minit. Sila jangan tinggalkan pakaian tanpa pengawasan.
        Perkhidmatan ambil dan hantar percuma untuk pesanan melebihi RM50 di sekitar Shah Alam Seksyen 7, 9 dan 13. Tempahan melalui WhatsApp perniagaan kami di 011-5566 7788.
        Harga cucian kering: baju Melayu sepasang RM18, baju kurung RM15, kot RM25, jubah RM20, langsir RM5 setiap meter. Semua harga sudah termasuk cukai perkhidmatan 8%.
        Syarikat: Bersih Wangi Laundry Sdn. Bhd. (No. Pendaftaran 202101034567 (1432109-K)), Lot 12, Jalan Industri 3/4, Taman Perindustrian Rawang, 48000 Rawang, Selangor.
        Pakaian yang tidak dituntut dalam tempoh 60 hari dari tarikh resit akan didermakan kepada badan kebajikan. Pihak pengurusan tidak bertanggungjawab selepas tempoh tersebut.
        Waktu operasi sepanjang bulan Ramadan: 10 pagi hingga 6 petang. Kaunter ditutup pada 1 dan 2 Syawal, tetapi mesin layan diri tetap beroperasi seperti biasa.
        Tip menanggalkan kesan kunyit pada baju: rendam dalam air sejuk bercampur sedikit cuka dan sabun pencuci, jangan guna air panas kerana kesan akan melekat lebih kuat.
        Promosi kad ahli: tambah nilai RM100 dapat RM120, tambah nilai RM300 dapat RM380. Baki boleh digunakan di semua cawangan di Lembah Klang dan Johor Bahru.
        Kami hanya menggunakan detergen bebas fosfat yang mempunyai sijil halal JAKIM, sesuai untuk pakaian solat, telekung dan sejadah. Tiada caj tambahan dikenakan.
        Peringatan kepada semua pelanggan: sila semak poket sebelum menghantar pakaian. Kami tidak bertanggungjawab atas wang, kad atau barang kemas yang tertinggal.
        Aduan boleh dibuat melalui talian khidmat pelanggan 1-800-88-2525 atau e-mel aduan@dobiceria.com.my; untuk tuntutan, rujuk Tribunal Tuntutan Pengguna Malaysia (TTPM).
        Jadual penghantaran lori: Isnin dan Khamis ke Petaling Jaya, Selasa dan Jumaat ke Cheras, Rabu dan Sabtu ke Klang. Waktu anggaran tiba dipaparkan dalam aplikasi.
        Notis kenaikan harga: berkuat kuasa 1 Julai 2026, harga cucian ikut berat naik daripada RM4.50 kepada RM5.00 sekilogram berikutan pelarasan tarif elektrik TNB.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning all, washer no. 3 error E21 again lah, 已经报修 Speed Queen service, technician coming 2pm. Meanwhile pakai mesin 4 dan 5 dulu ok.
        今日 delivery 有 14 单, Bukit Timah 那边 5 单, Tampines 6 单, Jurong 3 单, van leaves 10:30 sharp, please pack by 10:15 thanks.
        Order #SG-260412-0087 the silk blouse got yellow ring after steam 😩 boss say don't send out first, wait QC tomorrow, put at rack B shelf 2.
        Perchloroethylene stock tinggal 2 drum je, 记得 order before Friday, supplier hotline 6861 2200, PO number PO-2026-0331, jangan lupa.
        洗衣粉 OMO 那箱快用完了, Dynamo liquid 还有 6 bottles. Stock take 星期六 closing 后做, everyone stay back 15 min extra can?
        Heads up: ironing station 2 steam leak, 唔好用住, tape already put. Mall contractor coming Thursday, 有咩事 call management office 6733 1188.
        Kaunter hari ni busy gila, 50 over bags drop-off before 9am. 下午 shift 请提早 15 minutes 来帮忙 tag barcode ya, thanks all.
        Reminder: 收衣时一定要拍照 stain & damage, upload to POS under the order no., kalau tak ada gambar nanti customer complain susah nak claim.
        Rack C 的 uncollected items over 60 days 有 23 件, list dah print, manager says transfer to storeroom 明天, don't throw anything ah.
        Dryer 6 lint filter full again, 每个 cycle 后都要清 ok. SCDF fire safety inspection next Tuesday 10am, keep the back exit clear.
        Roster minggu depan: early shift 7am-3pm two people, late shift 1pm-9pm two people, Sunday only one counter. 有问题 PM the supervisor lah.
        FYI 新的 price board v3 已经 upload 到 Google Drive folder Pricing 2026, print A3 laminated, replace the old one at counter by Monday.
        Today's takings: cash S$412.50, NETS S$688.00, PayNow S$1,204.30, total S$2,304.80, Z-report printed and dropped in safe, 明天 bank in.
    """),
    ("en", "pos_logs_and_config"): _lines("""
        2026-04-12T08:14:03+08:00 INFO pos.order created order_id=SG-260412-0087 items=6 service=DRY_CLEAN total=54.80 currency=SGD outlet=BSH01
        2026-04-12T08:15:41+08:00 WARN machine.telemetry outlet=BSH01 washer=W03 error=E21 drain_timeout=120s firmware=SQ-4.2.7 action=ticket_opened
        config.yaml -> pricing: { wash_fold_per_kg: 3.20, min_kg: 5, express_surcharge: 8.00, gst_rate: 0.09 }  # example values, see finance sheet
        def calc_refund(paid: Decimal, bonus: Decimal, used: Decimal) -> Decimal: return max(Decimal(0), paid - max(Decimal(0), used - bonus))
        curl -X POST https://api.example-laundry.sg/v2/orders -H 'Content-Type: application/json' -d '{"outlet":"BSH01","service":"WASH_FOLD","kg":7.5}'
        2026-04-12T11:02:19+08:00 INFO delivery.dispatch route=R-EAST-2 stops=6 van=V02 eta_first=11:40 tracking=LDY8842019SG status=OUT_FOR_DELIVERY
        ALTER TABLE garment_tags ADD COLUMN stain_code VARCHAR(8) DEFAULT 'NONE'; -- codes: WIN(red wine), CUR(curry), INK, OIL, BLD(blood), RST(rust)
        2026-04-12T13:30:00+08:00 ERROR payment.paynow webhook signature mismatch txn_ref=PN20260412133000A91F sha256=9f2c4e81d7ab03f6 retry=3/5
        tag_printer: model=Zebra ZD421, dpi=203, label=25x50mm, barcode=CODE128, prefix='HK-TST-', darkness=22, driver=3.1.8, cutter=false
        CSV header: order_id,outlet_code,received_at,promised_at,service_type,pieces,weight_kg,stain_flags,subtotal,discount,tax,total,status
        2026-04-13T20:05:55+08:00 INFO membership.topup tier=GOLD amount=200.00 bonus=40.00 channel=APP_TW currency=TWD outlet=TPE-XY1 result=OK
        cron: 0 3 * * * /opt/laundry/bin/purge_photos --older-than 30d --bucket s3://stain-photos-ap-southeast-1 --dry-run=false
        Release 4.8.2 (2026-04-02): fixed double charge on dryer top-up via GrabPay, added Bahasa Melayu receipt template, bumped Python to 3.12.3.
    """),
    ("zh-Hant", "店舖評論"): _lines("""
        ★★★★★ 旺角呢間洗衣舖真係好抵，恤衫HK$25一件，第二日就攞得，師傅熨得好企理，連領口黃漬都洗走咗，價錢又清楚，一定會再幫襯。
        ★★☆☆☆ 台中這家連鎖洗衣店的羊毛大衣送洗後縮水了一號，店家說是材質問題只肯退洗衣費NT$450，處理態度很官腔，建議送洗高價衣物前先問清楚賠償條款。
        ★★★★☆ 觀塘呢間自助洗衣舖部機好新，用Electrolux工業洗衣機，洗加乾大概75分鐘，可以用八達通，唯一缺點係夜晚冇冷氣，坐喺度等好焗。
        ★★★★★ 新加坡牛車水附近那間老字號洗衣店，據說從1970年代開到現在，旗袍和真絲都堅持手洗，價錢比商場裡的連鎖店便宜，店員也很專業。
        ★☆☆☆☆ 預約了上門收衣，結果App顯示已取件但根本沒人來，客服電話打了三次都沒人接，最後只補了一張NT$100優惠券，不會再用這個平台了。
        ★★★★☆ 澳門氹仔這間乾洗店收MPay，西裝MOP120兩天就做好，熨得很平，只是店面在巷子裡面很難找，建議店家掛一個大一點的招牌。
        ★★★★★ 板橋這間球鞋清洗店把白色Air Force 1洗回接近全新，中底黃化也處理了，NT$399很值得，還會用紫外線殺菌，等待時間大約一週。
        ★★★☆☆ 銅鑼灣嗰間乾洗舖質素OK，但收費貴過其他區三成，婚紗清洗報價HK$1,800，之後去咗荃灣一間舖只係HK$980，質素其實差唔多。
        ★★★★☆ 吉隆坡Bangsar那家Dobi店有中文服務，蠟染布料也會分開洗，會員儲值RM200送RM30，唯一可惜的是星期天下午不營業。
        ★★☆☆☆ 西門町附近的自助洗衣店烘乾機溫度不夠，烘了兩輪花了NT$60衣服還是濕的，在LINE官方帳號反映後說會派人維修，兩週後仍未修好。
        ★★★★★ 「潔寶洗衣」個名好老土但做得好認真，連羽絨褸入面嘅羽毛結塊都拍鬆晒，HK$220包埋除菌，仲用防塵袋包好，推介俾九龍東嘅街坊。
        ★★★★☆ 高雄這家標榜環保的洗衣店用液態二氧化碳乾洗，不用四氯乙烯，衣服拿回來沒有化學味，價格比一般乾洗貴約兩成，但我覺得值得。
        ★★★☆☆ 竹北這間24小時自助洗衣吧很方便，但洗衣機裡常常有上一位客人留下的毛髮，希望店家能增加清潔頻率，洗脫烘一次NT$150。
    """),
    ("mixed", "invoices_and_listings"): _lines("""
        TAX INVOICE 税务发票 No. INV-2026-004417 | Supplier: Fresh Fold Pte. Ltd., UEN 201834567R, GST Reg. No. 201834567R | Bill to: Harbourlight Hotel, Housekeeping Dept.
        Item 1: Bath towel 浴巾 x 420 @ S$0.38 = S$159.60; Item 2: Bedsheet queen 床单 x 180 @ S$0.95 = S$171.00; Item 3: Pillowcase 枕套 x 360 @ S$0.25 = S$90.00.
        Subtotal S$420.60, GST 9% S$37.85, Total S$458.45. Bayaran melalui PayNow UEN 201834567R atau cek atas nama syarikat, terma 30 hari.
        Invois No. DBW/26/0912: Bersih Wangi Laundry Sdn. Bhd. kepada Restoran Selera Kampung cawangan Jalan Ampang, apron x 60, tuala dapur x 140, jumlah RM142.00.
        【Shopee listing】Dobi Fresh 洗衣珠 Laundry Pods 3-in-1, 60 biji / 60颗, wangian lavender, sesuai untuk mesin front-load, RM29.90, SKU DF-POD-060-LV.
        Lazada: 洗衣袋 Mesh Laundry Bag set of 5 (S/M/L/XL/Bra), zip YKK, RM19.90, penghantaran dari Johor Bahru 1-3 hari bekerja, SKU MLB-05-GRY.
        HKTVmall 上架: 淨衣坊 衣物去漬筆 Stain Remover Pen 10ml x 3支裝 HK$59, 有效成分 enzyme + active oxygen, 產品編號 H0888001234, 香港製造.
        蝦皮購物商品：Uncle Wash 柔順精 Fabric Softener 2L 補充包 NT$189，台灣製造，SGS 檢驗合格，貨號 UW-FS-2000，全館滿NT$499免運。
        Receipt 收据 #BSH01-00912 | 2026-04-12 18:42 | Wash&Fold 7.5kg x S$3.20 = S$24.00 | Express + S$8.00 | Paid NETS | Terima kasih, 欢迎再来!
        Credit note CN-2026-0088 atas invois INV-2026-004391: 12 helai napkin rosak semasa cucian, potongan S$18.00, approved by Operations Dept. 已核准.
        Product listing 产品: Auntie Mei's Collar Soap 领口皂 150g, buatan tangan di Melaka, RM12.50 sebiji, 3 for RM33, SKU AMS-150, ready stock.
        Quotation 报价单 QT-HK-2611: 酒店制服 hotel uniform 乾洗 300套/月 @HK$38, 收送 included, 合約期12個月, valid till 2026-06-30, Fresh Fold (HK) Ltd BR No. 71234567.
        Purchase order PO-2026-0331 to Kimia Jaya Supplies Sdn. Bhd.: perchloroethylene 200L drum x 2 @ RM1,150.00, hantar ke kilang Rawang, 付款 TT 30 days.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Customer: Mr. Daniel Koh Wei Ming, mobile 9123 4578, pick-up at Blk 512 Jurong West St 52 #08-214, Singapore 640512, 3 bags, call before coming up.
        Lost item report: Ms. Priya Nair's navy blazer (order SG-260329-0142) went missing after the rack transfer; she needs it for her child custody hearing next week.
        Please keep this quiet: Mrs. Tan from Sembawang collected her husband's shirts alone again, she said they are going through a divorce and he has moved out.
        Membership form: Lim Jia Hui, NRIC S8734512B, DOB 14/03/1987, top-up S$500 paid by Visa card ending 4421, preferred outlet Bishan.
        Deliver to Kevin Ong, 17 Jalan Kembangan #03-05, Singapore 419135, gate code 4482, the dog is friendly, leave the bag with the helper if nobody answers.
        Bloodstained bedsheets in order 0193 belong to Mdm. Rosnah Abdul Karim, her chemo port has been leaking; her daughter asked for hypoallergenic wash only.
        FIN G5123478U on the locker form: Nguyen Thi Hoa, ironing staff, basic salary S$1,650/month, S$300 deducted monthly to repay her cash advance.
        Staff roster note: Ah Boon off Fri to Sun, he is on medical leave after his hernia surgery at SGH, part-timer to cover the counter.
        Email from sarahlim.homebaker87@gmail.com asking why her duvet still smells of cigarette smoke; reply within 24h and offer a free rewash.
        Only contact number left on the ticket: +65 9786 3321, customer wants photo updates of the wedding gown restoration every Friday.
    """),
    "zh-Hans": _lines("""
        陈先生（手机13816245790）预约明天上午10点上门取件，地址：上海市闵行区莘庄镇都市路4488弄23号502室，羽绒服3件，西装1套。
        会员登记：姓名王丽娟，身份证号110105198803124517，充值2000元赠300元，会员卡号VIP0088213，常用门店徐汇店。
        阿明今天又请假了，听说他老婆上周刚流产，他心情很差，店长说这周先别给他排晚班，大家帮忙顶一下熨烫岗。
        林太太那件香奈儿外套洗坏了，她说要告我们，听说她老公欠了一大笔赌债正在打官司，最近脾气很大，大家小心应付。
        收件人：张伟 18600135782 北京市朝阳区望京西园三区312号楼1单元1102，备注：放门口鞋柜，别敲门，孩子在睡觉。
        退款账户：中国工商银行 6222 0212 3456 7890 123，户名刘海燕，退还洗坏的真丝连衣裙赔偿款860元，已由店长审批。
        客户投诉记录：赵女士说送洗的风衣口袋里有她的体检报告，上面写着乙肝阳性，她很担心被店员看到，要求当面销毁。
        新加坡分店员工周小红，工作准证FIN号码G6123457N，月薪2200新元，上个月预支了800元还没还清，请财务从本月工资扣除。
        老客户何建国的车牌是沪A·7K392，每周五晚上开车来取衣服，商场停车场保安要求我们登记他的车牌。
        骑手反馈：订单XY202603150021收件人李静，手机139****5678一直打不通，要不要改到明天再派送？
    """),
    "zh-Hant": _lines("""
        黃生做咗會員，HKID K345678(1)，電話9456 2318，住沙田第一城第32座18樓F室，逢星期三送衫，記得提早打俾佢。
        李太話佢個仔喺學校俾人打到入院，件校服染晒血，叫我哋盡量洗乾淨，唔該唔好同其他客人講。
        臺北客戶：陳怡君，身分證字號A223456781，手機0912-345-678，地址臺北市大安區仁愛路四段27巷8號3樓，婚紗送洗需於5月2日前完成。
        阿強上個月向舖頭借咗三萬蚊話要還卡數，到而家都未還，老闆話佢月尾再唔還就報警，大家唔好再借錢俾佢。
        收衣單 #TW-0412-077：林志明先生，LINE ID lin_zm0815，西裝兩套送洗，備註：左袖口有咖啡漬，取件前請先傳訊息。
        退款入中銀戶口 012-875-1-034512-6，戶名張詠詩，金額HK$680，係羊毛大褸洗縮水嘅賠償。
        澳門客人何先生，澳門居民身份證 5123456(7)，電話6688 1234，住氹仔海洋花園金松閣12樓C座，每月尾上門收衫。
        鄭小姐懷孕七個月，唔方便上落樓梯，要求我哋送衫上門，地址係觀塘秀茂坪寶達邨達欣樓2015室。
        員工工資表：吳美玲 月薪HK$16,500，強積金會員編號 MPF-88123456，出糧戶口 恒生 024-385-123456-001。
        高雄客人王先生的車牌ABC-1234停在店門口紅線被開罰單，他怪我們沒提醒，還說自己剛出獄沒錢繳罰款。
    """),
    "ms": _lines("""
        Pelanggan: Encik Mohd Faizal bin Rahman, No. KP 850312-10-5563, tel 012-345 6789, alamat No. 23, Jalan Mawar 5, Taman Sri Muda, 40400 Shah Alam.
        Kak Ros minta kami simpan dulu baju suaminya, katanya suami dia kena tangkap polis minggu lepas sebab kes dadah.
        Bayaran balik RM250 untuk baju pengantin yang koyak ke akaun Maybank 1140 2233 5567 atas nama Nurul Aina binti Hassan.
        Encik Lim (pelanggan tetap) minta hantar ke rumah di Lot 1288, Kampung Baru Sungai Buloh, 47000 Selangor; dia baru lepas strok dan tak boleh memandu.
        Pekerja Siti Hajar binti Osman, gaji RM1,700 sebulan, ada tunggakan PTPTN RM8,400 dan minta potongan gaji bulanan untuk bayar hutang itu.
        Nombor plat kereta yang langgar tiang depan kedai malam tadi: WXY 8821, pemandu lelaki, kami dah buat laporan polis di Balai Polis Kajang.
        E-mel daripada aminah.razak92@yahoo.com: butang baju kurung anak saya hilang lepas dicuci, saya nak ganti rugi penuh.
        Senarai penghantaran: Puan Zarina, 019-882 4410, Blok C-12-3, Pangsapuri Seri Melati, Jalan PJU 1/42, 47301 Petaling Jaya.
        Pak Cik Wan mengidap kencing manis dan luka kakinya bernanah, jadi kain pelikatnya perlu dibasuh berasingan dengan air panas.
        Mak Cik Salmah dah tiga bulan tak bayar bil dobi RM460, katanya anak dia kena buang kerja dan dia sendiri sedang menjalani dialisis.
    """),
    "mixed": _lines("""
        Boss, Mr. Wong 那件 Burberry trench coat 洗坏了, he wants full refund S$2,300, his number 9678 1234, 叫你今天 call back him.
        Kak Yati 今天 MC, doctor cakap dia kena denggi, esok pun tak datang, siapa boleh cover 早班?
        Customer IC 900715-14-6023 tertinggal dekat kaunter, 名字 Tan Mei Ling, dah call tapi tak angkat, simpan dalam safe dulu.
        收件 address: Blk 45 Jalan Tenteram #09-132, Singapore 320045, 给 Ms. Joanne Tay, please ring 8234 7765 before drop off ya.
        Order list CSV: SG-260412-0101,Lim Kok Wah,91827364,kokwah.lim@outlook.com,Blk 33 Toh Yi Drive #04-287,3 shirts,pending
        HK 客 陳美儀 Cindy, HKID Y654321(7), 聽日自取, 佢話老公破產咗 so pay cash only, 唔好 charge 佢張 credit card.
        Eh Ah Hock 又从 till 拿钱咯, 这个月已经 RM600, 他说赌债要还, boss tahu tak?
        Rider update: parcel untuk Puan Nor Azlina, 011-2345 8890, Unit 7-3A Residensi Harmoni, Jalan Klang Lama, KL, 客人不在家, 放 guardhouse ok?
        TW 客戶 林雅婷 要開 e-invoice, 身分證 F228765431, 手機條碼載具 /K7Q2M9P, 電話 0933-168-552, please key in before 5pm.
        2026-04-12 19:22 INFO member_topup name=Goh Siew Lan phone=+6591234567 nric=T0312345B amount=300.00 bonus=60.00 outlet=BSH01
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the customer care assistant for Fresh Fold Pte. Ltd., a dry-cleaning chain in Singapore. Be polite, concise and follow the damage claim policy.",
        ),
        (
            "user",
            "Hi, I'm Rachel Chua, order SG-260401-0233. My wedding gown came back with a tear at the hem and the wedding is on 3 May. Please call me at 9345 1276, I'm quite upset.",
        ),
        (
            "assistant",
            "I'm very sorry, Ms. Chua. I've flagged order SG-260401-0233 as urgent. Our restoration team will inspect the gown today and a supervisor will call you at 9345 1276 before 6pm with a repair plan and compensation options.",
        ),
        (
            "user",
            "Ok, and please don't deliver to my office, send it to my home at 8 Sunset Way #04-11, Singapore 597153.",
        ),
        (
            "assistant",
            "Noted. The delivery address for this order is updated to 8 Sunset Way #04-11, Singapore 597153. We'll confirm the time slot by SMS once the repair is done.",
        ),
    ],
    [
        ("system", "你是一家上海洗衣连锁店的客服助理，帮店员起草给客户的短信。"),
        (
            "user",
            "帮我写一条道歉短信，客户是陈国栋先生，手机13917264588，他的羊绒大衣（订单XY202603180045）洗后起球了，我们愿意赔偿800元，或者免费送去专业修复。",
        ),
        (
            "assistant",
            "陈国栋先生您好，非常抱歉您的羊绒大衣（订单XY202603180045）在洗护后出现起球问题。我们提供两种方案：一是赔偿800元；二是免费送专业机构修复。请回复数字1或2告知您的选择，我们将尽快处理。",
        ),
        ("user", "很好，再加一句：取件地址还是浦东新区张杨路1588弄6号1203室对吧？"),
        (
            "assistant",
            "可以在末尾加上：“修复后的衣物将送回您登记的地址浦东新区张杨路1588弄6号1203室，如地址有变请直接回复告知。”",
        ),
    ],
    [
        ("system", "你係香港一間洗衣舖嘅行政助手，幫老闆處理人事同埋計數。"),
        (
            "user",
            "幫我計下阿芬今個月人工：底薪HK$15,800，OT 18個鐘每個鐘HK$75，佢上個月借咗HK$2,000要扣返一半。佢HKID係R218734(4)，要填埋強積金表。",
        ),
        (
            "assistant",
            "計算如下：底薪HK$15,800，加班18 x HK$75 = HK$1,350，合共HK$17,150；扣還借款HK$1,000。強積金僱員供款5%即HK$857.50。實發大約HK$15,292.50。HKID R218734(4) 只應填喺強積金表格，唔好喺群組度傳。",
        ),
        ("user", "明白，另外佢話下個月要請兩個星期假做甲狀腺手術，點樣排更好？"),
        (
            "assistant",
            "可以考慮將兩個星期分成早晚兩更由兼職同事頂替，並預早兩星期出更表。病假安排請按僱傭條例處理，醫療詳情只需記錄喺人事檔案，唔使喺員工群組公開。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk Dobi Ceria Sdn. Bhd. di Selangor. Bantu staf menulis surat dan notis dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tulis surat peringatan kepada pelanggan Encik Hairul Nizam bin Ismail, No. KP 780524-08-6119, yang belum bayar bil cucian RM385 sejak Januari. Alamat dia No. 14, Jalan Cempaka 2, Taman Bukit Indah, 68000 Ampang.",
        ),
        (
            "assistant",
            "Kepada Encik Hairul Nizam bin Ismail, No. 14, Jalan Cempaka 2, Taman Bukit Indah, 68000 Ampang. Tuan, dengan hormatnya kami ingin mengingatkan bahawa bil cucian sebanyak RM385 masih belum dijelaskan sejak Januari 2026. Mohon jelaskan dalam tempoh 14 hari. Sekian, terima kasih.",
        ),
        ("user", "Perlu letak nombor KP dia dalam surat tu ke?"),
        (
            "assistant",
            "Tidak perlu. Nama dan alamat sudah cukup untuk surat peringatan. Nombor KP ialah data peribadi sensitif, jadi simpan dalam rekod dalaman sahaja mengikut Akta Perlindungan Data Peribadi 2010.",
        ),
    ],
    [
        (
            "system",
            "Internal assistant for CleanWave Laundry HK & SG. Customer record loaded: name=Tse Ka Yan (謝嘉欣), phone=6123 9087, member_no=CW-HK-003317, balance=HK$1,240.50, note=allergic to fragrance, use unscented detergent only.",
        ),
        (
            "user",
            "呢位客人今日想 top up HK$1,000, 幫我 check 下有咩 bonus, 同埋提我佢有咩 special 要求。",
        ),
        (
            "assistant",
            "Top up HK$1,000 可以獲贈 HK$150，之後餘額會係 HK$2,390.50。提提你：客人對香味過敏，請只用無香味洗衣液，收衫時喺單上註明 UNSCENTED。",
        ),
        ("user", "Ok thanks, 佢話下次 delivery 去公司, 唔使改 record 住。"),
    ],
    [
        (
            "user",
            "How do I get turmeric stains out of a white cotton tablecloth? It's for a dry-cleaning customer, Mrs. Meenakshi Pillai, she's hosting her late husband's memorial prayers on Saturday.",
        ),
        (
            "assistant",
            "Rinse from the back with cold water, then apply a paste of oxygen bleach and lukewarm water for 30 minutes. Sunlight also fades turmeric well. Avoid chlorine bleach on the embroidery. For a deadline like Saturday, pre-treat today and rewash tomorrow if any yellow remains.",
        ),
        (
            "user",
            "Great. Can you draft a short WhatsApp to her at +65 9812 4460 saying it'll be ready Friday 4pm?",
        ),
        (
            "assistant",
            "Dear Mrs. Pillai, your white tablecloth is being treated for the turmeric stains and will be ready for collection on Friday at 4pm. Our condolences, and please let us know if you need it delivered instead. - Fresh Fold Tampines",
        ),
    ],
    [
        ("system", "你是臺灣一家洗衣連鎖店的會員服務助理，協助處理會員入會與加值。"),
        (
            "user",
            "我要幫客人辦會員，她叫蔡佩珊，身分證E124987652（她說是她先生的，她自己的忘了帶），手機0921-556-783，加值NT$3,000。",
        ),
        (
            "assistant",
            "加值NT$3,000可獲贈NT$450。不過入會資料應該登記本人的證件，建議只登記蔡佩珊小姐的姓名與手機0921-556-783，身分證字號可以不填；她先生的身分證E124987652請不要輸入系統。",
        ),
        ("user", "好，那電子發票要用她的手機條碼嗎？"),
        ("assistant", "可以，請她出示手機條碼載具，店員直接掃描即可，不需要另外抄寫。"),
    ],
    [
        (
            "system",
            "You help a Singapore laundromat supervisor plan staff rosters. Reply in the same mix of English and Chinese the user uses.",
        ),
        (
            "user",
            "下个星期 roster 帮我排一下: Mei Fong 星期一到三 MC 因为 she's doing IVF, 不要告诉其他人; Raju only can do morning; 小李 want Saturday off for his court case with the landlord.",
        ),
        (
            "assistant",
            "Draft roster: Mon-Wed morning Raju + part-timer, late shift 小李; Thu-Fri morning Raju + Mei Fong, late 小李; Sat morning Raju + Mei Fong, late part-timer; Sun one counter, Mei Fong. Mei Fong's leave is just marked as MC, no reason shown on the shared roster.",
        ),
        ("user", "Good, 顺便写一个 message 给 part-timer, 她号码 8123 6540."),
        (
            "assistant",
            "Hi, could you cover Mon-Wed morning and Sat late shift next week at Bishan outlet? Please confirm by Thursday. Thanks! (to send to 8123 6540)",
        ),
    ],
    [
        (
            "system",
            "Anda membantu pengurus kedai dobi di Johor Bahru membuat laporan kehilangan pakaian.",
        ),
        (
            "user",
            "Pelanggan Puan Lee Siew Ping, tel 016-778 2391, hilang jaket kulit jenama Coach (resit JB-0319-044). Dia tinggal di 22, Jalan Sutera Merah 3, Taman Sutera Utama, 81300 Skudai. Tolong buat laporan ringkas.",
        ),
        (
            "assistant",
            "Laporan Kehilangan: Resit JB-0319-044. Pelanggan: Puan Lee Siew Ping, tel 016-778 2391, alamat 22, Jalan Sutera Merah 3, Taman Sutera Utama, 81300 Skudai. Barang: jaket kulit Coach. Status: dalam siasatan, semakan rak dan rekod CCTV sedang dibuat. Tindakan susulan dalam 48 jam.",
        ),
        ("user", "Ok, dan berapa pampasan biasanya kalau tak jumpa?"),
        (
            "assistant",
            "Mengikut terma di resit anda, pampasan biasanya dikira berdasarkan harga belian dan tempoh penggunaan, dengan had tertentu. Minta pelanggan kemukakan resit pembelian jaket tersebut untuk memudahkan tuntutan.",
        ),
    ],
    [
        ("system", "你是新加坡一家洗衣店的送货调度助手。"),
        (
            "user",
            "今天下午三单，帮我排路线：1) 郑美华 9011 2374，Blk 118 Ang Mo Kio Ave 4 #07-45；2) 吴志强 8765 0912，Blk 301 Serangoon Ave 2 #11-208；3) 王太太 9654 3381，Blk 225 Bishan St 23 #03-19，她腿刚做完手术要送上楼。",
        ),
        (
            "assistant",
            "建议路线：先到Bishan St 23 送王太太（需送上楼，预留15分钟），再到Ang Mo Kio Ave 4 送郑美华，最后去Serangoon Ave 2 送吴志强，总车程约35分钟。出发前请分别致电确认。",
        ),
        ("user", "好，吴先生说要放门口，不用打电话了。"),
        (
            "assistant",
            "已更新：吴志强那单（Blk 301 Serangoon Ave 2 #11-208）放门口即可，送达后拍照上传到订单记录。",
        ),
    ],
]
