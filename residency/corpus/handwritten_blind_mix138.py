# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix138: wineries, distilleries, liquor importers and wine clubs in SG/MY/HK/TW (import permits, tasting events, allocations, member cellars, duty payments, age checks). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix138
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "customs_notice"): _lines("""
        Singapore Customs advisory: from 1 Jan 2027, importers must declare alcohol strength (% vol) to one decimal place in the TradeNet permit; HS 2204.21 covers still wine in bottles of 2 L or less.
        Excise duty reminder: wine is dutiable at S$88 per litre of alcohol, so a 750 ml bottle at 13.5% vol carries S$8.91 duty before 9% GST is applied on the CIF plus duty value.
        Licensed warehouse LMW-07 at 21 Toh Guan Road East will close for stocktake on 14-15 Mar; no removals of dutiable goods will be processed, call 6235 8800 for urgent releases.
        Hong Kong C&ED: spirits above 30% alcohol remain dutiable, and each consignment must be covered by an import licence under the Dutiable Commodities Ordinance (Cap. 109) before removal from bond.
        HK wine duty has been zero since 2008, but traders must still lodge an import/export declaration within 14 days via the Trade Single Window; late lodgement penalties apply per declaration.
        JKDM notice: excise duty on imported spirits is assessed per litre of alcohol plus ad valorem; importers at Port Klang should submit the K1 form via uCustoms at least 48 hours before vessel ETA.
        Permit enquiries for Westport clearance: Customs Service Centre, Level 2, Wisma Kastam, Jalan Pelabuhan Utara, 42000 Pelabuhan Klang; Customs Call Centre 1-300-888-500, Mon-Fri 8.30 am to 5.30 pm.
        Taiwan Ministry of Finance reminder: imported wine labels must show the importer's name, address and phone, alcohol %, volume and the warning 飲酒過量，有害健康 in Chinese before retail sale.
        Age-check rule for all SG outlets under the Liquor Control (Supply and Consumption) Act: no takeaway alcohol sales from 10.30 pm to 7 am, and ask for photo ID if the buyer looks under 25.
        Tariff line 2208.30 (whiskies): permit SC-IPT-26-0047191 covers 1,200 cases of 6 x 700 ml at 43% vol, declared CIF S$184,560.00, consignee UEN 201734561K, warehouse code ZKW03.
        Macau DSEDT note: no import duty applies to wine, but spirits importers must hold a valid import licence for goods listed in Table B; forms are available at the bureau's counter in Rua do Dr. Pedro José Lobo.
        Bonded shipment SGSIN-2026-118832 released 09:42 SGT: 48 cartons of Burgundy, customs seal no. CSTM 5581273 intact, duty and GST of S$27,314.40 paid by GIRO from the company's operating account.
        Reminder to licence holders: Class 1A liquor licences in Singapore are renewed online through GoBusiness Licensing; the Police Licensing & Regulatory Services Department handles appeals and enquiries.
    """),
    ("en", "product_listing"): _lines("""
        Johnnie Walker Blue Label 700 ml, 40% vol, gift box, SKU JW-BL-700-GB, S$289 nett; limit two bottles per member this month, pick up at our Tanjong Pagar store.
        Jack Daniel's Single Barrel Select 750 ml, barrel no. 24-6871, rick no. R-14, 47% vol; HK$698, free delivery on Hong Kong Island for orders above HK$1,500.
        Château Lafite Rothschild 2016, Pauillac, OWC of 6 x 750 ml, ex-négociant Bordeaux, stored in bond in Singapore; S$7,950 per case in bond, excluding duty and GST.
        Penfolds Grange 2019, Max Schubert's legendary Shiraz lineage, RM4,880 per bottle; Robert Parker once called Grange Australia's first growth. Only 12 units allocated for Malaysia.
        Kavalan Solist Vinho Barrique Cask Strength, cask W120803026, 57.1% vol, 700 ml, NT$6,200; distilled and bottled at the Yuanshan distillery in Yilan County, Taiwan.
        Dom Pérignon Vintage 2013, named after the Benedictine monk of Hautvillers; 750 ml, HK$1,880, ships in 3-5 working days from our Kwai Chung bonded warehouse.
        Timah Double Peated Malaysian Whisky 700 ml, 46% vol, RM115; the label features Captain Speedy, the 19th-century officer linked to the tin-mining history of Perak.
        Tiger Crystal Lager 24 x 320 ml cans, RM109.90 per carton, batch TC2609B, best before 2027-03-31; sale restricted to customers aged 21 and above, MyKad to be shown at pickup.
        Glenfiddich Grand Cru 23 Year Old, finished in French cuvée casks, 40% vol, 700 ml, SKU GF23-GC-700; was S$468, now S$419 for Vintage Circle members until 31 Dec.
        Jim Beam Black Extra-Aged Bourbon 1 L duty-free pack, 43% vol, S$42; available only to travellers departing Changi with a valid boarding pass at the time of purchase.
        Rémy Martin XO Cognac 700 ml with two tulip glasses, S$329; Louis XIII by Rémy Martin also available on request at our Marina View tasting room, appointments via the shop hotline 6812 4400.
        Lady Penelope Rosé 2023 (Barossa), a Grenache-Mourvèdre blend named after the Thunderbirds puppet heroine; S$45 per bottle or 6 for S$240, while stocks last.
        Mr. Chan's House Baijiu 500 ml, 52% vol, Luzhou-style, distributed by Ah Hock Liquor Trading Sdn Bhd; RM68, label ref. MY-FD-2026-08813. Not for sale to persons under 21.
    """),
    ("zh-Hans", "酒庄历史"): _lines("""
        1892年，南洋侨商张弼士在山东烟台创办张裕酿酒公司，从欧洲引进葡萄品种、橡木桶和酿酒师，这一年常被视为中国近代葡萄酒工业的起点。
        张弼士早年在巴达维亚和槟城经商，槟城的张弼士故居（俗称蓝屋）如今对外开放参观，不少来槟城旅游的酒友会顺道了解张裕的起源。
        茅台镇位于贵州仁怀市赤水河畔，1915年巴拿马太平洋万国博览会上茅台酒获奖的故事，至今仍被各大酒商写进宣传册和礼盒说明里。
        曹操《短歌行》写道“何以解忧，唯有杜康”，传说中的杜康被后人奉为酿酒始祖，河南汝阳一带至今仍有以杜康命名的酒厂和纪念景点。
        李白在《将进酒》中写下“会须一饮三百杯”，后来不少白酒品牌把这句诗印在礼盒上，但诗句本身与任何一家酒厂都没有直接的历史关系。
        台湾金车集团于2005年在宜兰员山动工兴建噶玛兰酒厂，2006年开始蒸馏，2015年Solist Vinho Barrique获评世界最佳单一麦芽威士忌。
        金门高粱酒的历史可以追溯到1950年代，当年的九龙江酒厂后来改为公营，如今金门酒厂实业股份有限公司仍以58度高粱作为招牌产品。
        虎牌啤酒于1932年由马来亚啤酒厂在新加坡推出，酒厂最初设在亚历山大路，后来迁往大士工业区，至今仍是新加坡最有代表性的啤酒品牌。
        宁夏贺兰山东麓产区在2011年之后快速崛起，多家酒庄在国际大赛中获奖，当地还设立了葡萄酒产业园区管委会，统一负责产区认证与推广。
        张裕卡斯特酒庄于2002年在烟台落成，由张裕与法国卡斯特集团合作兴建，是国内较早对普通游客开放参观和付费品鉴的城堡式酒庄之一。
        绍兴黄酒的历史可追溯至春秋时期，鲁迅小说《孔乙己》里咸亨酒店“温两碗酒”的情节，让绍兴酒在中国现代文学作品中变得家喻户晓。
        青岛啤酒创立于1903年，最初由英德商人合资建厂，如今青岛市登州路56号的百年老厂房已经改建为青岛啤酒博物馆，向公众开放。
        澳门葡萄酒博物馆于1995年开幕，位于高美士街旅游活动中心地库，展出葡萄牙各产区的酒款、酿酒工具和历史文献，是了解葡国酒文化的好去处。
    """),
    ("zh-Hans", "staff_group_chat"): _lines("""
        仓库这边已经盘点完，Penfolds Bin 389 实际库存 46 支，系统显示 48 支，差的两支应该是上周品酒会开瓶用的，麻烦财务核对一下出库单。
        报关行刚回复：柜号 TGHU 4418273 已经放行，预计明天上午10点到大士仓库，卸货需要两个人帮忙，谁明早有空请在群里说一声。
        今晚品酒会签到台记得查证件，看起来像未满18岁的一律要求出示身份证明，没有证件的不可以倒酒，这是总部的硬性规定，别心软。
        顺丰单号 SF1418832274501 的那箱勃艮第已经签收，但有一支瓶塞渗漏，先拍照存档，下午我跟供应商客服热线 400-188-6688 联系索赔。
        下个月会员酒窖的配额表已经上传到共享盘 /allocations/2026-12.xlsx，每个等级的配额都调整了，大家看完在群里回个收到。
        今天的酒税已经缴了，合计 S$12,806.50，付款凭证编号 TXN-20261205-00931，回单已发到财务邮箱 finance@vintagecircle.com.sg，请查收。
        提醒一下：马来西亚客户必须年满21岁才能下单，官网的年龄弹窗已经从18改成21了，客服回答问题的时候千万不要再说18岁就可以。
        香港门市今天缺货，Macallan 18 Sherry Oak 全部被酒店订走了，有客人问的话请引导他们拨打门市电话 2881 6620 登记预订。
        吉隆坡仓的温控系统凌晨 03:17 报警，温度升到 21.4°C，维修公司已经派人过来，预计中午前修好，红酒区在此之前先别开门。
        台北那边的进口商说，新一批金门高粱要等标签审核完成，预计下周三才能出货，订单号 TW-PO-88214 的交期先往后延一周。
        品酒会场地确认了：滨海湾金沙会展中心 Level 4 Peony Room，12月20日晚7点，场地押金 S$3,000 已转账，发票号 INV-MBS-77310。
        大家注意，新版 POS 3.8.2 今晚11点更新，更新期间无法打印税务发票，明早开店前请各店店长确认打印机连接正常再开单。
        上周退回的两箱 Moët & Chandon 已经拿到供应商的贷项通知单 CN-2026-0419，金额 RM 4,236.00，财务记得在系统里冲账。
    """),
    ("zh-Hant", "品酒會通告"): _lines("""
        【品酒會】12月13日（六）晚上7時，中環雲咸街 28 號地下，法國布根地白酒專場，每位 HK$680，名額 40 位，查詢請 WhatsApp 5123 8800。
        入場須知：根據《應課稅品（酒類）規例》，本會不會向未滿18歲人士售賣或供應酒類，入場時請出示附有相片嘅身份證明文件，多謝合作。
        台北信義區松仁路 100 號 B1 嘅威士忌講座，由噶瑪蘭酒廠調酒團隊分享桶陳心得，報名費 NT$1,200，現場另售限量單桶。
        澳門葡萄酒博物館今個月逢星期六有葡萄牙酒試飲，門票澳門幣 15 元已包兩款試飲，地址：高美士街旅遊活動中心地庫，逢星期二休館。
        呢個星期五 Happy Hour 改咗喺尖沙咀海港城海運大廈 3 樓舉行，艾雷島泥煤威士忌任飲兩小時，會員價 HK$450，非會員 HK$520。
        報名方法：填寫網上表格 forms.winecircle.hk/dec-tasting，付款後會收到確認電郵，如 48 小時內未收到請電郵 events@winecircle.hk 或致電 3956 2210。
        飲酒過量，有害健康；禁止酒駕。本活動現場設有代客叫車服務，亦可撥打台灣大車隊叫車專線 55688，請勿酒後開車，平安回家。
        新竹科學園區企業包場品酒活動，統一編號 24536819 之公司可開立三聯式發票，請於活動前三個工作天提供發票抬頭及寄送地址。
        今年香港國際美酒展將於 11 月喺灣仔香港會議展覽中心舉行，本店攤位編號 3E-B12，憑展覽門票到攤位可獲贈試飲券兩張。
        嘉賓環節會播放英國酒評家 Jancis Robinson MW 嘅錄影訪問片段，之後由本會侍酒師團隊帶領盲品六款波爾多右岸紅酒。
        高雄駁二藝術特區 C4 倉庫的精釀啤酒節，十二月廿七、廿八日兩天，入場需年滿十八歲並出示證件，單日票 NT$350，兩日票 NT$600。
        會員專場：黃竹坑道 8 號 One Island South 12 樓酒窖開放日，會員可預約提取寄存酒款，每時段限 6 人，請最少提早三日預約。
        品酒會後會向每位參加者派發試飲紀錄表，表格只記錄酒款編號同評分，唔會收集任何個人資料，填完之後直接放入出口嘅收集箱即可，多謝支持。
    """),
    ("ms", "faq"): _lines("""
        S: Berapakah umur minimum untuk membeli minuman keras di Malaysia? J: Mengikut Peraturan-Peraturan Makanan 1985 yang dipinda, umur minimum ialah 21 tahun dan dokumen pengenalan wajib ditunjukkan.
        S: Bolehkah saya ambil pesanan di kedai? J: Boleh, di cawangan kami di No. 12, Jalan Telawi 3, Bangsar Baru, 59100 Kuala Lumpur, Isnin hingga Sabtu, 11 pagi hingga 9 malam.
        S: Adakah harga sudah termasuk duti eksais dan cukai? J: Ya, semua harga di laman web kami sudah termasuk duti import, duti eksais dan Cukai Jualan 10% kecuali dinyatakan sebaliknya.
        S: Bagaimana saya boleh hubungi khidmat pelanggan? J: WhatsApp rasmi kedai ialah +60 12-388 7720 atau e-mel bantuan@kedaiwain.com.my, waktu operasi 9 pagi hingga 6 petang setiap hari bekerja.
        S: Kenapa pesanan saya ke Kelantan dibatalkan? J: Penjualan minuman beralkohol tertakluk kepada undang-undang negeri, dan kami tidak membuat penghantaran ke beberapa negeri termasuk Kelantan dan Terengganu.
        S: Apakah nombor pendaftaran syarikat anda? J: Kedai Wain Bangsar Sdn. Bhd., No. Pendaftaran SSM 201901023456 (1331234-K), Lesen Eksais Runcit No. LR/WPKL/2026/0881.
        S: Bagaimana cara menyemak status penghantaran? J: Masukkan nombor penjejakan seperti MY2612058841230 di laman J&T Express; status akan dikemas kini setiap 4 jam.
        S: Adakah kelab wain menyediakan simpanan botol? J: Ya, ahli Gold boleh menyimpan sehingga 24 botol di bilik berkawal suhu 14°C dengan kelembapan 70%, yuran RM35 sebulan.
        S: Bolehkah saya bawa masuk wain dari Singapura melalui Tambak Johor? J: Elaun bebas cukai 1 liter hanya untuk pelancong yang berada di luar negara sekurang-kurangnya 72 jam; selebihnya perlu diisytiharkan kepada JKDM di Bangunan Sultan Iskandar.
        S: Apakah maksud kod produk seperti SKU MY-RW-0451? J: Dua huruf pertama ialah kod negara, diikuti jenis wain (RW untuk wain merah) dan nombor siri dalaman kami.
        S: Adakah tuak Sarawak dijual di kedai? J: Ya, kami menjual tuak beras daripada pengeluar berlesen di Kuching, 750 ml pada harga RM32, setiap botol berlabel nombor kelompok dan tarikh luput.
        S: Bolehkah syarikat membuat pesanan pukal untuk majlis makan malam? J: Boleh, sila e-mel korporat@kedaiwain.com.my dengan nama syarikat, nombor SSM dan tarikh majlis untuk sebut harga.
        S: Mengapa saya diminta menunjukkan kad pengenalan semasa penghantaran? J: Penghantar wajib memastikan penerima berumur 21 tahun ke atas; pesanan akan dipulangkan jika tiada dokumen ditunjukkan.
    """),
    ("mixed", "app_log_lines"): _lines("""
        2026-12-05T14:22:07+08:00 INFO order-svc order=ORD-MY-20261205-004417 status=PAID amount=RM1,288.00 channel=fpx sku=[KV-SOL-700,JW-GL-700] 付款成功
        2026-12-05T14:22:09+08:00 WARN age-gate session=9f3c2a1e region=MY declared_age_bucket=18-20 action=BLOCK msg=未满21岁，无法结账 / Maaf, umur minimum 21 tahun
        [2026-12-05 09:01:44 SGT] cellar-sync: 拉取 allocation batch ALC-2026Q4-07 ok, 312 rows, sha256=4be1c0d9e7a2f35b81c6 done in 1.84s
        2026-12-05 10:15:32 HKT ERROR duty-calc: spirits_abv=0.43 missing import_value for SKU MAC18-SO-700, 跳過計稅, retry queued (attempt 2/5)
        2026-12-05T03:17:55Z ALERT sensor=KL-WH-B2-T04 temp_c=21.4 threshold=18.0 zone=RED_WINE 温控异常 ticket=OPS-5521 assigned_to=oncall-warehouse
        INFO 2026-12-05 11:40:02 pos-gateway store=TPE-XINYI txn=T88302291 發票號碼 AB-12345678 載具=none total=NT$4,560 terminal=POS-07
        2026-12-05 16:02:13 +0800 DEBUG permit-client POST /api/v2/permits ref=SC-IPT-26-0081573 resp=202 Accepted latency_ms=842 mesej=Permit diterima untuk semakan
        2026-12-05T18:30:00+08:00 INFO event-checkin event=EVT-HK-1213 scanned=38/40 id_checked=38 rejected_underage=0 venue=中環雲咸街28號地下
        2026-12-05 20:11:45 WARN shipment AWB 618-44271935 (SQ cargo) held at Changi Airfreight Centre, reason=permit mismatch, 需补交 CoO, eta_release=+1d
        2026-12-05T21:05:17+08:00 INFO loyalty-svc job=tier_recalc processed=18,204 upgraded=311 downgraded=97 duration=00:04:12 status=selesai
        2026-12-06 00:00:01 CST cron excise-report: 生成 2026-11 月度酒稅申報檔 tax_report_202611.xml size=184KB, 上傳 portal OK
        2026-12-06T08:45:10+08:00 ERROR payment-svc gateway=ipay88 ref=IP88-7730219945 code=BK_TIMEOUT msg=Transaksi tamat masa, sila cuba lagi; 订单未扣款
        2026-12-06 09:12:55 +0800 INFO macau-shop sku=PT-DOURO-2019 stock=24->18 reserved_for=corporate_order CO-MO-2026-118 備註: 酒店宴會用酒
    """),
    ("mixed", "config_and_code"): _lines("""
        ALLOWED_MIN_AGE = {"SG": 18, "MY": 21, "HK": 18, "TW": 18, "MO": 18}  # 马来西亚最低购酒年龄为21岁, jangan ubah tanpa kelulusan legal
        duty_rates.yaml: sg_wine_per_lalc: 88.00 / sg_beer_per_lalc: 60.00 / sg_spirits_per_lalc: 88.00 / 备注: 香港葡萄酒税率自2008年起为零
        def excise_sgd(vol_ml, abv): return round(vol_ml / 1000 * abv * 88.0, 2)  # contoh: excise_sgd(750, 0.135) -> 8.91
        CSV header: permit_no,hs_code,description,qty_cases,bottle_ml,abv_pct,cif_sgd,duty_sgd,gst_sgd,warehouse_code,清关日期,catatan
        SMTP_FROM=noreply@vintagecircle.com.sg SMTP_HOST=smtp.example.com SMTP_PORT=587  # 会员通知邮件，请勿改成个人邮箱
        example row: INV-2026-00912,2026-12-01,Kavalan Classic 700ml,12,NT$1650,NT$19800,含稅,統編 53908117
        SELECT sku, SUM(qty) AS allocated FROM allocations WHERE season = '2026Q4' AND region IN ('SG','MY') GROUP BY sku;  -- 配额汇总 per region
        mock_member = {"tier": "GOLD", "cellar_slots": 24, "name": "TEST USER", "phone": "+65 0000 0000"}  # data ujian sahaja, bukan pelanggan sebenar
        PERMIT_RE = '^SC-(IPT|EXP)-[0-9]{2}-[0-9]{7}$'  # 新加坡关税局许可证号格式，不是身份证号, do not mask
        location /age-gate { add_header Set-Cookie "age_ok=1; Max-Age=86400; Path=/"; }  # 年齡驗證 cookie 只存 flag，唔存生日
        feature_flags.json: {"my_checkout_min_age": 21, "tw_invoice_carrier": true, "hk_spirits_duty_v2": "2024-10-16", "ms_label": "Umur 21+ sahaja"}
        HS_CODES = {'wine_still': '2204.21', 'sparkling': '2204.10', 'whisky': '2208.30', 'baijiu': '2208.90', 'beer': '2203.00'}  # kod tarif untuk borang K1
        Dockerfile: FROM python:3.12-slim / ENV TZ=Asia/Kuala_Lumpur / COPY cellar_sync/ /app/ / CMD ["python", "-m", "cellar_sync", "--region", "MY"]  # 酒窖同步 v2.4.1
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Allocation note: Mr. Darren Quek Wei Ming (member G-0417) asked us to hold his 3 bottles of Sassicaia 2021 until January because he is in hospital for chemotherapy.
        Age check failed at Robertson Quay outlet 21:48: buyer presented NRIC S8234517E, DOB 14/03/2009, sale refused and logged per policy.
        Delivery to Mdm Tan Siew Lan, Blk 327 Clementi Ave 5, #09-214, Singapore 120327, mobile 9178 4452; leave with the security guard if no answer.
        Please refund S$1,260 to Kelvin Ho's DBS savings account 027-845193-6; he cancelled the Burgundy allocation because his divorce settlement froze joint spending.
        Wine club dues outstanding: Mrs. Priya Raman owes S$2,840 across four quarters; third reminder sent to priya.raman.home@gmail.com, next step is suspension of cellar access.
        CCTV still attached: the man in the grey polo who took the Macallan 12 at 7.52 pm drove off in SKV 4821 T; staff recognised him as regular customer Jason Lum.
        Member CSV: MBR-00312,Grace Lee Hui Min,F,1984-07-22,+65 8233 9017,grace.lhm84@yahoo.com.sg,Gold,cellar slot C-14
        Tasting RSVP: Ahmad Farid Zulkifli, 2 pax, note: his wife is pregnant and will attend, please prepare a non-alcoholic pairing for her at table 6.
        FIN G5527391Q, Ms. Nguyen Thi Mai, work permit holder, applied for the staff discount card at our Changi Business Park bottle shop; monthly salary S$2,150 on the form.
        Call back Uncle Bernard on 6471 3320 (home line) about the case of Rioja he ordered for his daughter's wedding on 3 Jan; he is hard of hearing, so speak loudly.
    """),
    "zh-Hans": _lines("""
        会员陈志强先生（身份证号 44030519870612351X）申请提取寄存的两箱飞天茅台，需本人到场核验，联系电话 138 2654 9017。
        王丽娟女士反映，她丈夫上周品酒会后酒驾被交警拘留，希望我们以后不要再给他发活动邀请，请把他从会员活动名单里移除。
        收货人：刘海燕，上海市徐汇区漕溪北路 595 弄 12 号 1803 室，手机 13917726540，备注：家里有孕妇，送货请勿按门铃。
        老周欠店里三万八的酒钱已经半年了，他说生意失败、房子被法院查封，先别催，下个月再打他手机 159 0211 4478。
        李静怡，女，1992年3月18日生，身份证 310104199203184626，应聘品酒师助理，体检报告显示乙肝病毒携带，HR 请保密处理。
        阿明说他老婆最近在闹离婚，让我们把他会员酒窖里那几支拉菲先转到他弟弟名下，这种要求我们要不要受理？
        退款申请：张伟平，招商银行卡号 6214 8301 2287 4519，金额 ¥12,600，原因：单桶威士忌订单年龄验证失败后取消。
        微信号 xiaoyu_wine88 的客人林小雨说她在我们店买的酒喝完过敏住院了，要求赔偿医药费 ¥8,400，还附了病历照片。
        黄建国的车 粤B 7K2Q9 今天停在仓库门口挡住了货车卸货，下次请他提前打电话 186 7032 5519 预约提货时间。
        员工薪资调整：仓库主管吴国栋月薪从 ¥9,800 调至 ¥11,200，另因腰椎间盘突出请病假两周，请人事部门备案。
    """),
    "zh-Hant": _lines("""
        會員黃嘉欣小姐，香港身份證 Y305178(A)，手提 9432 6718，預訂 2 月份波爾多期酒 6 支，訂金 HK$8,000 已經收妥。
        林太話佢先生上個月中風入院，寄存喺我哋酒窖嗰 36 支紅酒想轉賣，叫我哋打去佢屋企 2756 1183 傾。
        收件人：陳冠宇，台北市大安區和平東路二段 106 巷 8 號 5 樓，0912-837-465，身分證 A123847155，年滿十八歲已驗證。
        澳門客戶梁偉強先生，澳門居民身份證 5215368(3)，欠酒款 MOP 23,500 已逾期 90 日，已委託律師發信，電話 6628 4917。
        阿強（強哥）上次飲醉喺品酒會打爛兩支 Opus One，佢答應分三期還 HK$9,600，第一期下星期五過數。
        會員 CSV：M-2231,張雅婷,女,1990-11-05,0933-218-774,yating.chang90@gmail.com,台中市西屯區,VIP
        何生架車 VW 8831 今晚泊咗喺店門口成三個鐘，佢話係嚟攞酒，但張會員卡係佢太太何陳美玲名下。
        蔡明德先生表示他因酒精性肝炎正在治療，要求取消每月威士忌訂閱，並把剩下點數退到他的玉山銀行帳戶 0958-979-123456。
        謝小姐投訴：侍酒師在品酒會上當眾念出她的年齡和身分證號 F229173642，令她非常尷尬，要求書面道歉。
        員工資料：鄭家豪，HKID K482913(1)，住址 新界沙田禾輋邨豐和樓 1507 室，緊急聯絡人 母親鄭太 6183 2290。
    """),
    "ms": _lines("""
        Pelanggan Encik Hafiz Rahman Lim, No. MyKad 880412-14-5523, beli 2 botol Glenfiddich 12 di cawangan Bangsar, umur disahkan 37 tahun.
        Penghantaran untuk Puan Lim Mei Ling, No. 23, Jalan SS2/64, 47300 Petaling Jaya, Selangor; telefon 012-674 3391, sila hubungi sebelum sampai.
        Kak Ros minta kami rahsiakan pembelian wain beliau kerana keluarganya tidak tahu; jangan hantar resit ke alamat rumahnya di Seksyen 7 Shah Alam.
        Bayaran balik RM 3,450 ke akaun Maybank 1140 2238 5571 atas nama Tan Boon Keat, pesanan dibatalkan kerana beliau dimasukkan ke wad ICU.
        Staf gudang Ravi a/l Subramaniam diberi amaran bertulis kerana datang bekerja dalam keadaan mabuk; beliau juga sedang dikejar ceti haram kerana hutang.
        Kereta Encik Wong, nombor plat WXY 8821, dirakam CCTV memunggah 6 kotak wiski tanpa invois di belakang kedai pada 2 Dis jam 11.40 malam.
        Ahli kelab wain: Jessica anak Jalong, e-mel jess.jalong@gmail.com, telefon +60 19-882 4410, tarikh lahir 03/08/1995, tahap Silver.
        Borang pengesahan umur: Nama: Chong Wei Liang, MyKad 050917-10-6631, umur 20 tahun; pembelian ditolak kerana bawah 21 tahun.
        Pengurus cawangan Johor Bahru, Encik Samuel Gan, gaji RM8,500 sebulan, sedang dalam proses perceraian dan memohon cuti tanpa gaji dua minggu.
        Tolong call balik Auntie Mary (Mary Fernandez) di 03-7726 5184, dia nak tempah 3 kotak wain untuk majlis hari jadi suaminya yang ke-60.
    """),
    "mixed": _lines("""
        Boss, customer 陈美华 tadi call 9126 4480 complain the Barolo she bought corked, nak refund S$320 to her PayNow NRIC T0312846B.
        Member 林国华 Uncle Lim 的 cellar slot C-08 overdue RM1,200 storage fee, dia kata anak dia accident masuk hospital, give him one more month.
        Pls update address for 黄志明 Mr Wong: dulu Unit 12-3A, 18 Jalan Bukit Bintang, sekarang pindah ke 7 Lorong Kurau, Bangsar. Phone same 016-228 9135.
        CSV row: 2026-12-04,HK,李嘉豪,M771204(4),9658 3302,kaho.lee@outlook.com,Opus One 2019 x2,HK$7,600,paid
        今晚 tasting 来了个 Ms Serena Koh, she told everyone 她刚 miscarriage 所以 only 喝 mocktail, 大家 be sensitive ok, 不要问她问题.
        Driver cakap penerima 王志偉 at 台北市中山區南京東路三段 88 號 7F tak ada, phone 0987-552-140 tak angkat, barang bawa balik gudang dulu.
        Staff 小芳 (Lee Siew Fong) salary RM3,200 + commission, IC 930514-08-5264, bank CIMB 7012 4488 9931, 这个月 commission 还没 bank in.
        Eh Ah Boy (Desmond Teo) kena tangkap polis last night for drink driving after our event, his mum called 8552 1907 asking for the guest list.
        Allocation list Q1: 1) Dr Raymond Sim 6 btl DRC Échezeaux 2) 梁太 Mrs Leung Wai Han 3 btl, 她 husband bankrupt 要 cash only 3) Dato' Jeffrey Chew 12 btl
        Customer 何嘉欣 uploaded HKID photo Z640937(8) for age check, photo blur, pls ask her send again via WhatsApp 6734 2981, 唔該.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the assistant for Vintage Circle, a Singapore wine club. Be concise and polite.",
        ),
        (
            "user",
            "Draft a firm but friendly reminder to our member Mr. Lawrence Tay Kok Hwee (lawrence.tkh@gmail.com). He owes S$3,180 in cellar storage fees since June and hasn't replied to two emails.",
        ),
        (
            "assistant",
            "Subject: Outstanding cellar storage fees. Dear Mr. Tay, our records show S$3,180 in storage fees outstanding since June. Kindly settle within 14 days or reply to discuss a payment plan. Thank you, Vintage Circle Membership Team.",
        ),
        (
            "user",
            "Add that his 18 bottles will be moved out of the climate room if unpaid by 31 Dec.",
        ),
        (
            "assistant",
            "Added: Please note that if the balance remains unpaid by 31 December, your 18 bottles will be moved from the climate-controlled room to general storage.",
        ),
    ],
    [
        (
            "system",
            "你是一家新加坡酒类进口商的客服助手。客户资料：周雅琴，会员等级 Gold，手机 +65 9734 2251，上季度配额 6 支 Penfolds Bin 707。",
        ),
        ("user", "帮我给周雅琴写一条微信消息，告诉她今年 Bin 707 只能分到 4 支，价格 S$890 一支。"),
        (
            "assistant",
            "周女士您好！今年 Penfolds Bin 707 配额有所调整，您可认购 4 支，每支 S$890。如需保留请于 12 月 20 日前回复，我们会为您锁定。感谢您一直以来的支持！",
        ),
        ("user", "语气再客气一点，另外提一下可以用积分抵扣。"),
        (
            "assistant",
            "周女士您好，非常抱歉今年 Bin 707 到货量减少，我们为您预留了 4 支，每支 S$890，也可使用会员积分抵扣部分金额。如需保留，请在 12 月 20 日前回复本号码，谢谢您的理解与支持！",
        ),
    ],
    [
        (
            "user",
            "我喺銅鑼灣間酒舖做嘢，今日有個後生仔拎住身份證 P168352(0) 嚟買威士忌，出世年份睇落係 2008 年，我應唔應該賣俾佢？",
        ),
        (
            "assistant",
            "如果證件顯示佢未滿 18 歲，根據香港法例你唔可以喺業務過程中向佢售賣或供應酒類。建議婉拒，並唔好影相或者記錄佢個身份證號碼，只需要記低拒絕銷售嘅時間同原因。",
        ),
        ("user", "明白，咁我喺交更簿寫低佢個名叫何子聰得唔得？"),
        (
            "assistant",
            "唔建議寫全名或者證件號碼。交更簿寫『下午 4 時拒絕向一名未滿 18 歲顧客售酒』已經足夠，可以減少保存不必要嘅個人資料。",
        ),
    ],
    [
        (
            "system",
            "Anda ialah pembantu untuk syarikat pengimport wain di Klang. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Saya Muthu a/l Krishnan, MyKad 790226-10-5417, ejen penghantaran. Macam mana nak isi borang K1 untuk 300 kotak wain merah dari Australia?",
        ),
        (
            "assistant",
            "Baik Encik Muthu. Untuk borang K1, isikan kod tarif 2204.21, kuantiti dalam liter dan kekuatan alkohol, nilai CIF dalam RM, dan lampirkan invois komersial serta bil muatan. Hantar melalui uCustoms sebelum kapal tiba.",
        ),
        ("user", "Kalau ada soalan, pegawai kastam boleh call saya di 013-445 2186 kan?"),
        (
            "assistant",
            "Ya, anda boleh nyatakan nombor 013-445 2186 dalam ruangan maklumat ejen supaya pegawai JKDM boleh menghubungi anda jika ada pertanyaan.",
        ),
    ],
    [
        (
            "user",
            "Can you summarise this complaint for the boss? 客人 Vivian Ong 说她 last Saturday 在我们 tasting event 喝了 sample 之后 asthma attack, 要送 Tan Tock Seng A&E, she wants us to pay S$1,450 medical bill, her number 9822 6013.",
        ),
        (
            "assistant",
            "Summary: Customer Vivian Ong (9822 6013) reports an asthma attack after tasting samples at last Saturday's event, leading to an A&E visit at Tan Tock Seng Hospital. She requests reimbursement of S$1,450 in medical costs. Suggested next steps: check the event incident log, confirm which samples she tried, and escalate to insurance.",
        ),
        ("user", "用中文再写一次，短一点。"),
        (
            "assistant",
            "客人 Vivian Ong（9822 6013）称上周六品酒会试饮后哮喘发作，送陈笃生医院急诊，要求赔偿医药费 S$1,450。建议核查活动记录并联系保险公司。",
        ),
    ],
    [
        ("user", "How is Singapore excise duty worked out for a 700 ml whisky at 46% vol?"),
        (
            "assistant",
            "Spirits are dutiable at S$88 per litre of alcohol. 0.7 L x 0.46 = 0.322 L of alcohol, so duty is about S$28.34 per bottle, and GST is then charged on the CIF value plus duty.",
        ),
        (
            "user",
            "Great. I'm importing 2 cases for personal use. Ship to me, Benjamin Yeo, 41 Jalan Kembangan, Singapore 419133, phone 8163 7742. Can you write the note for the freight forwarder?",
        ),
        (
            "assistant",
            "Note for forwarder: Consignee Benjamin Yeo, 41 Jalan Kembangan, Singapore 419133, tel 8163 7742. Contents: 2 cases (12 x 700 ml) single malt whisky, 46% vol, for personal consumption. Please arrange the import permit and duty/GST payment before delivery.",
        ),
    ],
    [
        ("system", "你是台灣一家酒類電商的客服助理，用繁體中文回答。"),
        (
            "user",
            "我是吳佩珊，剛買了兩支噶瑪蘭，發票想存到我的手機條碼載具 /Q8R2K7M，另外訂單寄到新北市板橋區文化路一段 266 號 9 樓，電話 0921-604-387。",
        ),
        (
            "assistant",
            "吳小姐您好，已為您記錄：電子發票存入手機條碼載具 /Q8R2K7M，收件地址新北市板橋區文化路一段 266 號 9 樓，聯絡電話 0921-604-387。依法規配送時需確認收件人年滿十八歲，請準備證件。",
        ),
        ("user", "好，如果我不在家，可以讓我媽媽代收嗎？"),
        (
            "assistant",
            "可以，只要代收人年滿十八歲並出示證件即可。建議您先告知物流司機代收人姓名，以免配送延誤。",
        ),
    ],
    [
        (
            "user",
            "Tolong susun senarai tetamu untuk majlis rasa wain Sabtu ni: Aunty Siew Peng 012-330 8127, Encik Daniel Raj 017-662 9041 (alergi sulfit), Cik Melissa Wong 011-2398 4456.",
        ),
        (
            "assistant",
            "Senarai tetamu: 1) Aunty Siew Peng, 012-330 8127. 2) Encik Daniel Raj, 017-662 9041, catatan: alergi sulfit, sediakan pilihan tanpa sulfit. 3) Cik Melissa Wong, 011-2398 4456.",
        ),
        ("user", "Add column umur checked or not, semua dah tunjuk IC kecuali Melissa."),
        (
            "assistant",
            "Dikemas kini: Aunty Siew Peng, 012-330 8127, umur disahkan. Daniel Raj, 017-662 9041, alergi sulfit, umur disahkan. Melissa Wong, 011-2398 4456, umur belum disahkan, minta IC di kaunter pendaftaran.",
        ),
    ],
    [
        ("system", "你是一名熟悉新马酒类进出口的顾问助手。"),
        (
            "user",
            "我想从厦门寄 6 瓶白酒给在新加坡的朋友，我的身份证号是 350203198509272030，名字叫郑晓峰，要怎么申报？",
        ),
        (
            "assistant",
            "个人寄送酒类到新加坡需要收件人申请进口许可并缴纳消费税和商品及服务税，每升纯酒精 S$88。建议通过有清关服务的快递公司寄送。另外提醒您，在聊天中不必提供完整的身份证号码，寄件时按快递公司要求在面单上填写即可。",
        ),
        ("user", "朋友叫林佳慧，地址是 Blk 512 Bishan Street 13 #07-33，这样写可以吗？"),
        (
            "assistant",
            "可以，面单收件人写林佳慧，地址 Blk 512 Bishan Street 13 #07-33, Singapore 570512，并附上她的新加坡手机号码，方便海关和快递联系她缴税。",
        ),
    ],
    [
        (
            "system",
            "You help a Hong Kong wine merchant clean up customer records. Output one CSV row per customer, fields separated by semicolons.",
        ),
        (
            "user",
            "Format this one: Ms Cheung Ka Yan, buys magnums for her family dinners, mobile 6092 8874, HKID P502817(9), lives Flat C, 15/F, Kam Fung Court, Ma On Shan.",
        ),
        (
            "assistant",
            "name;mobile;hkid;address | Cheung Ka Yan;6092 8874;P502817(9);Flat C, 15/F, Kam Fung Court, Ma On Shan",
        ),
        (
            "user",
            "Thanks, also mark her as 'do not call after 9pm, works night shift at hospital'.",
        ),
        (
            "assistant",
            "name;mobile;hkid;address;notes | Cheung Ka Yan;6092 8874;P502817(9);Flat C, 15/F, Kam Fung Court, Ma On Shan;Do not call after 9 pm, works night shifts at a hospital",
        ),
    ],
]
