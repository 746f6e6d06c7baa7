# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh242: Hong Kong home-renovation contractors and handymen (quotations, subdivided-flat works, owner disputes, worker WhatsApp groups, move-in inspections). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh242
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "報價單"): _lines("""
        【恒昌裝修工程有限公司】報價單編號 QT-2026-1184，有效期 30 日；全屋批盪翻新連油漆（立邦 Nippon 永得麗），以實用面積 450 呎計，HK$38,500 連料連工。
        廚房工程：拆舊櫃連清拆廢料 HK$4,800；新做地櫃 10 呎（夾板底、防火膠板面）HK$16,000；吊櫃 8 呎 HK$9,600；石英石檯面另計，每呎 HK$680。
        浴室全套翻新：打鑿舊磚至石屎面、做防水兩底兩面（Sika 1F）、鋪 600x300 磁磚（馬可波羅 Marco Polo 系列），工期約 10 個工作天，報價 HK$42,000。
        水喉工程：全屋更換銅喉（22mm 主喉、15mm 支喉），原有鍍鋅鐵喉拆除，須由持牌水喉匠施工並向水務署申報，參考價 HK$12,800 起。
        電力工程由註冊電業工程人員（REW）負責，完成後發出 WR1 表格；全屋換線 HK$15,000、加獨立冷氣掣 HK$850/個、13A 雙位插蘇 HK$380/個。
        付款安排：簽約付 30% 訂金，開工後兩星期付 30%，完工驗收付 35%，保養期滿（三個月）付餘額 5%；以上價錢未包括管理處按金及泥頭車費。
        備註：報價不包括傢俬搬運、冷氣機拆裝及大廈管理處要求之保險費；如發現隱蔽工程（例如樓板滲水、石屎剝落），將另行報價並先經客戶書面確認。
        鋁窗更換：拆除舊窗連安裝新 1.4mm 厚鋁窗（灰色粉末噴塗，5mm 茶色玻璃），每呎 HK$165，按小型工程監管制度第 III 級申報，由註冊小型工程承建商施工。
        地台工程：鋪強化木地板（Kronotex 12mm, AC4）每呎 HK$42 連腳線；如選用 Quick-Step 或 Pergo 型號，每呎加 HK$15，不包括清拆舊地膠及執平地台。
        油漆：天花及牆身用多樂士 Dulux 第一防霉，淺色兩度，每呎 HK$9；深色牆或特別顏色須加底漆一度，另計 HK$1,200，色辦以 Dulux 色卡編號為準。
        公司資料：商業登記號碼 71834592-000-06-25-A；註冊小型工程承建商（公司）編號 MWC 2019/0456(C)；辦公時間星期一至六 9:00-18:00，熱線 3188 2716。
        報價有效期至 2026 年 12 月 31 日；如物料價格因供應商調整（例如銅價上升超過 10%），本公司保留修改報價之權利，並會以書面通知客戶。
        冷氣工程：拆裝窗口機 HK$680/部，分體機新裝（1.5 匹，冷媒喉 15 呎內）HK$2,300；超出每呎 HK$120，如須搭棚另議，不包括窗框改動。
    """),
    ("zh-Hant", "工友群組訊息"): _lines("""
        聽朝 8 點半開工，J-2611 嗰單要先鋪好保護板同膠紙，管理處話 10 點前唔准開電鑽，大家準時到，遲咗俾保安截住唔好話我冇講。
        泥頭車約咗下晝 3 點，落貨區只可以停 20 分鐘，啲碎磚入袋每袋唔好超過 25 公斤，記得用貨用升降機，唔好用客用電梯，上次俾人投訴過。
        啱啱問過五金舖，Grohe 嗰款面盆龍頭缺貨，最快下個禮拜三先到，浴室嗰邊先做埋防水，龍頭遲啲先裝，唔阻住進度，供應商話到貨會直接送去寫字樓。
        提提大家：如果掛八號波或以上，全部工地即停，嘢料要收好入屋，窗邊唔好擺任何工具，等天文台除波之後再喺群組通知幾時返工，安全第一。
        今日收工相片已經 upload 咗去 Google Drive「2026-12 工程進度」folder，浴室防水試水 48 小時，唔該後日記得睇返有冇滲落樓下。
        西營盤個 job 個 drawing 改咗版，v3 嗰份先作準，廚房吊櫃高度由 2100 改做 2200mm，已經 cc 咗設計師，大家唔好再用舊圖開料。
        嘢料車今朝喺大窩口個倉出咗貨，石膏板 30 塊、輕鋼龍骨 2 捆、油灰 6 桶，收貨記得點清楚再簽 delivery note DN-889031，唔夠數即刻影相。
        溫馨提示：高空工作一定要扣安全帶，勞工處最近喺九龍東巡得好密，俾人捉到冇戴安全帽係個人罰款，公司唔會幫你俾，大家自己小心啲。
        請各位本月 25 號前交返工時表，強積金供款會跟糧一齊過數，有問題直接打公司寫字樓 3188 2716，唔好喺群入面講人工。
        電工師傅聽日入觀塘嗰單拉線，總掣箱要換 30mA RCCB，記得帶埋 WR1 表格，交俾業主之前要簽好蓋好公司印，影低副本上傳 Drive。
        呢排用開嗰隻 Bostik 瓷磚膠斷貨，暫時轉用 Mapei Keraflex，黏力差唔多，但開咗要 2 個鐘內用完，唔好一次過開咁多桶。
        頭先搬運公司話大廈電梯星期四做保養，改咗星期五 9:00 先可以搬舊櫃落樓，星期四大家集中做油漆底，唔好坐喺度等，浪費咗一日工。
        同大家講聲，聖誕假期 12 月 24 至 27 號停工，所有工地鎖門前影相放上群，鎖匙交返寫字樓，1 月 2 號照常開工，祝大家新年快樂。
    """),
    ("zh-Hant", "收樓驗樓清單"): _lines("""
        驗樓項目（一）大門：檢查門鉸是否鬆脫、門框有冇裂縫、防盜眼同門鐘能否正常使用；如有問題請喺收樓表格「缺陷編號」欄填寫並附相片。
        牆身及天花：用手電筒斜照檢查油漆有冇起泡、批盪不平或裂紋，並以空鼓錘輕敲瓷磚，聲音空洞即屬空鼓，須要求發展商維修，並在平面圖上標示位置。
        窗戶：開關每一扇窗最少三次，確認鉸位順暢、窗扣鎖得緊；用水樽沿窗邊淋水測試滲水，並檢查玻璃有冇刮花或缺少安全玻璃印記，並記錄窗號。
        浴室排水：放水入浴缸及企缸至 5cm 深，觀察去水速度，地台應向地漏傾斜；同時檢查坐廁沖水、水箱有冇長流水聲，以及玻璃門膠邊有冇漏水。
        電力：用三燈式插蘇測試器逐個插位測試接地及火零線，並按總掣箱 RCD 測試掣確認跳掣；記錄電錶讀數以便日後核對第一張電費單。
        廚房：檢查煤氣喉接駁位有冇泄漏（用番梘水塗抹觀察有冇起泡），抽油煙機各檔風速，以及星盆下去水喉有冇滴水，櫃門鉸位開合是否順暢。
        地板：木地板行過有冇異聲或起拱，瓷磚地台用水平尺檢查有冇凹凸；踢腳線與牆身接口唔應該有超過 2mm 嘅罅隙，門底亦唔應該刮地。
        帶備工具清單：手電筒、水平尺、空鼓錘、插蘇測試器、5 米捲尺、膠紙、標籤貼紙，以及平板電腦或手機用嚟拍照記錄每個缺陷，最好帶埋後備電池。
        一手樓保養期一般為交樓後 6 至 12 個月，詳情以臨時買賣合約及正式買賣合約條款為準，保養期內報修記得保留發展商回條。
        缺陷記錄表格欄位：缺陷編號｜位置（房／廳／廚／浴）｜描述｜相片檔名｜嚴重程度（高／中／低）｜發展商回覆日期｜跟進狀態｜業主確認（已修妥／未修妥）。
        相片命名建議：DEF-001_客廳_天花裂紋.jpg，依次編號，方便發展商客戶服務部對照；請避免用手機預設檔名如 IMG_4821.jpg。
        驗樓服務收費參考：實用面積 500 呎以下 HK$2,800，501 至 800 呎 HK$3,500，800 呎以上每呎 HK$4.5；報告於驗樓後 3 個工作天內以電郵發送。
        如發現結構性裂縫（闊度超過 0.3mm 或斜向延伸），應即時通知管理公司及屋宇署，屋宇署熱線 2626 1616；切勿自行鑿開檢查。
    """),
    ("en", "contractor_reviews"): _lines("""
        5/5 for Wing Kee Renovation Engineering Ltd – quoted HK$186k for a full 520 sq ft flat in Tai Koo Shing, finished in 7 weeks, only 2 items on the snag list and both fixed within a week.
        Ah Keung Plumbing & Electrical Co. on Reclamation Street answered our WhatsApp enquiry within an hour and replaced a leaking copper joint for HK$650 including parts. Would use again.
        2 stars. Golden Hammer Works pushed the start date back three times, and the final invoice was 18% over the quotation because of hidden works they never showed us photos of.
        Handy Andy Services HK is great for small jobs: hung 6 shelves, fixed a sliding wardrobe track and resealed the bathtub edge in under 3 hours, flat call-out fee HK$480.
        Modern Space Interiors: beautiful 3D renders, but their site team left cement dust all over the lift lobby and the management office charged us HK$2,000 from the deposit.
        Asked four companies to quote on a Yau Tong subdivided-unit conversion; only Tung Fat Engineering warned that it needed an Authorized Person and Buildings Department approval. Honest advice, 4/5.
        Kitchen Concept HK's showroom at 238 Lockhart Road, Wan Chai is worth a visit – full-size kitchen mock-ups with Blum hinges and Hettich drawers, and the staff don't hard-sell.
        Warning: a company calling itself HK Renovation Master took a 50% deposit through a Carousell ad and disappeared. We reported it to the Consumer Council (hotline 2929 2222) and the police.
        Great Wall Glass & Aluminium replaced all 5 windows in one day and handled the minor works submission to the Buildings Department themselves. Price was mid-range, workmanship excellent.
        Tip from someone who has renovated twice: always ask for the Registered Minor Works Contractor number and check it on the Buildings Department website before signing anything.
        Sun Moon Curtains & Blinds measured on Saturday and installed the following Friday, HK$7,400 for blackout roller blinds in 3 rooms. Colour matched the swatch exactly.
        Mr. Grout (yes, that is the company name) regrouted our whole bathroom for HK$3,200. The epoxy grout still looks new after 18 months. Booking via their website only.
        3/5 for Li Ka Renovation: solid carpentry, but the project manager changed twice and nobody updated the WhatsApp group, so we had to chase their office line 2577 3308 every other day.
    """),
    ("mixed", "發票_invoice"): _lines("""
        INVOICE No. INV-2026-03317 | 恒昌裝修工程有限公司 | Date: 2026-11-28 | Item: 浴室防水工程 (Sika 1F, 2 coats) | Qty 1 lot | Amount HK$8,600 | Payment terms: 14 days
        發票編號 HC-INV-0412 ｜ Supplier: 興興五金有限公司 (Hing Hing Hardware Ltd), 旺角上海街 512 號地舖 ｜ 6 x 3.5 吋不銹鋼門鉸 @ HK$38 ｜ Subtotal HK$228
        Tax Invoice TI-SG-77120 | Lion City Tile Supply Pte. Ltd. | UEN 201812345W | GST Reg. No. M90-1234567-8 | 60 boxes 600x600 porcelain 瓷磚 @ S$42.50 | GST 9%
        Invoice 發票 #MY-2026-1190 | Syarikat Perabot Jaya Sdn. Bhd. (202101034567) | FOB Port Klang 運往香港 | 40 pcs 實木門 solid meranti doors | RM 18,400 | 付款 T/T 30 日
        收據 Receipt R-55210 ｜ 已收訂金 deposit HK$12,000（轉數快 FPS ID 1654 3321，收款公司：恒昌裝修工程有限公司）｜ Job ref J-2611 ｜ 餘額於完工後支付
        Credit Note CN-0087 ｜ 退回 2 盒 Marco Polo 瓷磚（型號 MP-6630，運送途中破損）｜ -HK$760 ｜ 原發票 INV-2026-03188 ｜ 請於下次月結時扣除
        2026-12-03 發票 INV-2026-03342：泥頭車 5.5 噸 1 車 HK$1,800；建築廢物處置費（新界東南堆填區，每公噸 HK$200）HK$1,100；總數 HK$2,900
        Statement of Account 月結單 Nov 2026 ｜ Customer code C-0193（鴻運工程公司）｜ 承上結餘 HK$45,230 ｜ 本月發票 3 張 HK$28,900 ｜ 已收款 HK$40,000 ｜ 結欠 HK$34,130
        Proforma Invoice PI-2026-118 ｜ 佛山市南海区金盛陶瓷有限公司 USCC 91440605MA52K7QX3T ｜ 800x800 通体砖 400 箱 @ ¥128 ｜ CIF Kwai Chung ｜ Total ¥51,200
        工程款發票 Progress Claim No. 3 ｜ Project: 荃灣工業大廈 office fit-out ｜ 已完成工程 65% ｜ 本期申請 HK$156,000 ｜ 保留金 retention 5% HK$7,800 ｜ 實付 HK$148,200
        INVOICE 0000871 – Handy Andy Services HK – call-out fee HK$480 + 2 hrs labour @ HK$350 + 2 支矽膠 silicone @ HK$45 = HK$1,270, paid via PayMe for Business
        發票備註 Remarks: 所有物料保用 12 個月（人為損壞除外）；冷氣機壓縮機原廠保養 5 年，保養證由香港總代理發出；工程保養期 3 個月由驗收日起計。
        E-invoice 電子發票: SKU TOTO-CW887 座廁 x1 HK$4,980 ｜ SKU HG-71400 Hansgrohe 面盆龍頭 x1 HK$2,150 ｜ 送貨費 HK$200 ｜ Order ORD-20261129-0045
    """),
    ("zh-Hant", "法規指引"): _lines("""
        根據《建築物條例》（第 123 章），小型工程監管制度於 2010 年 12 月 31 日起實施，將小型工程按性質、規模及複雜程度分為三個級別，須由註冊小型工程承建商進行。
        第 I 級小型工程須委任訂明建築專業人士（例如認可人士）及註冊小型工程承建商，並於開工前最少 7 日向屋宇署提交訂明圖則及文件。
        第 III 級小型工程（例如在外牆安裝指定尺寸以內的冷氣機支架）毋須委任訂明建築專業人士，但承建商須於完工後 14 日內向屋宇署提交完工文件。
        分間單位工程如涉及改動排水渠、加建浴室或增加樓面荷載，可能屬須事先獲批的建築工程；屋宇署會優先處理影響樓宇結構安全及走火通道的違規個案。
        政府就「簡樸房」訂立規管制度，就分間單位的最低面積、窗戶及獨立衞生設施等訂立標準，業主出租前須向主管當局申請認可，裝修承建商宜預先了解要求。
        裝修期間產生的建築廢物須運往政府指定設施；根據建築廢物處置收費計劃，送往堆填區每公噸收費 200 元，承建商須預先向環境保護署開立繳費賬戶。
        除非持有建築噪音許可證，否則於晚上 7 時至翌日早上 7 時及公眾假期全日，不得於住宅附近使用動力機械設備進行一般建築工程。
        電力工程須由註冊電業工程人員進行，完工後由註冊人員簽發完工證明書（WR1），業主應保存正本，日後向電力公司申請加大電力供應時需要出示。
        水務工程方面，根據《水務設施條例》，除持牌水喉匠外，任何人不得建造、安裝或改動內部供水系統，違規者可被水務署檢控，業主聘用無牌人士亦有機會要負責。
        大廈公契及管理規則通常限制裝修時間，例如星期一至六上午 9 時至下午 6 時，星期日及公眾假期不准施工；承建商開工前須向管理處登記並繳交按金。
        石棉：如 1980 年代或以前落成的舊樓拆除工程涉及懷疑含石棉物料，須由註冊石棉顧問進行調查，並按《空氣污染管制條例》預先通知環保署。
        僭建物：屋宇署可根據《建築物條例》第 24 條發出清拆令，業主如不遵從可被檢控，清拆令亦會在土地註冊處註冊，影響物業轉售及按揭。
        室內裝修如不涉及結構改動（例如油漆、鋪地板、更換廚櫃），一般毋須向屋宇署申請，但拆除或改動承重牆、於樓板開孔則屬須申請的建築工程。
    """),
    ("en", "config_and_logs"): _lines("""
        [2026-12-04 09:15:22] INFO quote-service v2.8.1 generated QT-2026-1184 for job J-2611 (items=14, subtotal=186200.00, currency=HKD, valid_days=30)
        booking.yaml: slot_length_minutes: 120  working_hours: "09:00-18:00"  blackout_days: ["2026-12-25", "2026-12-26", "2027-01-01"]  max_jobs_per_team: 2
        SELECT job_id, district, stage, updated_at FROM jobs WHERE stage = 'snagging' AND updated_at > '2026-11-01' ORDER BY updated_at DESC LIMIT 50;
        WARN sms-gateway: template REMINDER_SITE_VISIT exceeded 70 UCS-2 chars (len=84), splitting into 2 parts; provider=twilio region=ap-east-1 retry=0
        CSV header: job_id,district,property_type,saleable_area_sqft,scope,quote_hkd,deposit_pct,start_date,target_finish,rmwc_no,status
        const DEFAULT_CONTACT = { hotline: "+852 3188 2716", whatsapp: "+852 5318 2716", email: "enquiry@hangcheong-reno.com.hk" }; // company lines printed on every quote PDF
        git commit 4f9c2ab1d7e03c58a1b6e920f4d3c7a8b5e61f02 "fix: round tile quantity up to full box (10% wastage) in estimate calculator"
        ERROR pdf-render: font NotoSansHK-Regular.otf missing glyph U+2E80 in template quotation_v5.html; fallback=NotoSansTC, job=J-2604, duration_ms=1833
        example .env: DB_URL=postgres://reno_app:changeme@localhost:5432/reno_dev  S3_BUCKET=reno-site-photos-dev  PHOTO_MAX_MB=12  TZ=Asia/Hong_Kong
        sha256(quotation_QT-2026-1184.pdf) = 9b2e7c41f0a3d85e6c1b47f29a0e8d3c5f7b1a2e4d6c8f0a9b3e5d7c1f2a4b6e verified OK at 2026-12-04T09:15:25+08:00
        Material price feed updated: SKU SIKA-1F-20KG HKD 685.00 -> 720.00; SKU NIPPON-ODOURLESS-5L HKD 398.00 (no change); SKU BLUM-CLIP-110 HKD 42.00 -> 45.00
        cron: 0 7 * * 1-6 /opt/reno/bin/send_site_digest --group ops --tz Asia/Hong_Kong  # daily 7am summary of active sites to the ops WhatsApp group
        2026-12-05T18:02:11+08:00 job=J-2611 stage_change from=plumbing to=tiling by=role:site_supervisor photos_uploaded=23 defects_open=4
    """),
    ("zh-Hans", "建材价目表"): _lines("""
        【佛山金盛陶瓷】通体大理石瓷砖 800x800mm，型号 JS-8812，一级品，每箱 3 片（1.92㎡），出厂价 ¥128/箱，香港送货另加运费，最低起订 50 箱。
        东鹏瓷砖 柔光系列 600x1200mm 岩板，厚度 9mm，吸水率 ≤0.5%，适用于客厅地面及背景墙，批发价 ¥89/片，深圳仓现货，下单后 48 小时发货。
        立邦 Nippon 净味二合一墙面漆 5L，符合 GB 18582-2020，覆盖面积约 35-40㎡/桶（两遍），团购价 ¥265，满 10 桶包邮至罗湖口岸。
        伟星 PPR 热水管 20mm×3.4mm，4 米/根，¥32/根；配套弯头、三通按清单报价，质保 50 年，可提供出厂检测报告编号 WX-QC-2026-11-0381。
        公牛 Bull 开关插座 G07 系列 86 型五孔插座 ¥18.5/个，港版 13A 三方脚款需另订，型号 BS-13A-UK，交期 7 天，批量 100 个以上九折。
        欧派 OPPEIN 定制橱柜 每延米 ¥1,680（含地柜＋吊柜，柜体 E0 级颗粒板，石英石台面），门板升级实木加 ¥600/延米，深圳宝安展厅可预约参观。
        九牧 JOMOO 智能马桶 型号 ZS700J，即热式，坑距 300/400mm 可选，零售价 ¥3,299，香港客户下单前请确认 220V/50Hz 电压及插头转换。
        发货说明：每周二、五从东莞仓发车经皇岗口岸过货至香港葵涌，整车 5 吨运费 ¥2,800，拼车按立方计 ¥180/m³，报关费另计。
        汉斯格雅 hansgrohe Talis E 面盆龙头 71710000，德国原装，官方指导价 ¥2,180，本店促销 ¥1,599，附中文说明书及 5 年保修卡。
        断桥铝合金门窗 70 系列，型材壁厚 1.8mm，中空玻璃 5+20A+5，¥880/㎡（含安装，不含拆旧），香港项目需按当地规范另行设计及申报。
        产品编号 SKU-GL-6031 龙牌石膏板 9.5mm×1200×2400，¥26/张；轻钢龙骨 C50 主龙骨 ¥8.6/米；满 ¥5,000 免费送货上门（限深圳市区）。
        常见问题：瓷砖色号（批次号如 B2611-03）不同会有轻微色差，同一空间请一次购足；退货需未拆箱且在收货后 7 天内申请。
        德国 Blum 百隆铰链 CLIP top BLUMOTION 110° 全盖，¥45/只，10 只起批；TANDEMBOX 抽屉滑轨 500mm ¥268/套，请扫描防伪码查询真伪。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        業主陳國輝先生，住址：九龍城衙前圍道 88 號 12 樓 C 室，手提 9482 6175，要求逢星期六先開工，鎖匙交咗俾管理處代收。
        林太話佢個仔有嚴重哮喘，油漆一定要用無味嗰隻，做完要開窗吹足三日先俾佢哋一家搬返入屋。
        阿明今個月糧都未出，佢話欠咗財務公司三萬幾，利息日日滾，問老細可唔可以預支兩千蚊俾佢頂住先。
        工地出入登記：黃志強師傅，身份證號碼 K312458(4)，工種：泥水，入場時間 08:12，離場時間 17:45。
        劏房租客李美華（深水埗北河街 156 號 3 樓 D2 房）投訴業主唔肯整漏水天花，佢個女半夜俾水滴醒，已經打咗去屋宇署。
        張麗珊女士拒絕支付尾數 HK$35,000，律師信已經寄去佢屋企（將軍澳翠嶺路 9 號 5 座 23 樓 F 室），限 14 日內回覆。
        工錢請過數去我匯豐戶口 168-352917-833，戶口名 NG KA LOK，多謝老細，今個月屋企等錢交租。
        業主何詠儀用佢手提 6381 5402 轉數快俾咗訂金 HK$8,000，入數紀錄截圖已經存咗入 J-2615 個 folder。
        車牌 PK 5093 嗰架白色 Hiace 係業主梁生自己嘅車，佢話泊喺停車場 B2 32 號位，叫工友落貨唔好阻住佢。
        周小姐 WhatsApp 咗張身份證正反面相過嚟做管理處登記，號碼 Y604217(A)，我已經轉咗去寫字樓，手機嗰張相記得 delete。
        鄧先生同太太離緊婚，佢話沙田第一城嗰層樓嘅裝修尾數要等法庭分咗家產先俾得，叫我哋唔好再打去佢公司搵佢。
        工友阿豪上星期喺荃灣地盤俾警察拉咗，涉嫌偷咗一批銅喉去賣，而家保釋緊，暫時唔好再派工俾佢。
        馮太懷咗五個月，醫生叫佢避開甲醛同油漆味，所以佢要求全屋用 E0 級板材，完工後仲要做埋空氣檢測先肯收樓。
        判頭話阿 Ken 做雜工日薪 HK$900，扣埋遲到一日得 HK$750，佢好唔開心，話要去勞工處投訴拖糧。
        J-2609,梁家豪,6234 8871,kaho.leung88@gmail.com,將軍澳寶琳北路 23 號 11 樓 A 室,全屋翻新,HK$268000,已簽約
        收樓驗樓委託書｜委託人：譚詠詩｜身份證號碼：R287341(8)｜聯絡電話：5702 3396｜物業地址：屯門嘉和里 12 號 28 樓 H 室｜驗樓日期：2026-12-12
        澳門業主謝家樂先生，澳門居民身份證 5213467(3)，電話 +853 6628 4107，想我哋過海睇埋佢氹仔嗰層樓，順便報價換廚櫃。
        台灣客吳佩珊小姐，身分證 A223817462，啱啱喺北角買咗樓，台灣手機 0935 271 846，訂金會由佢台灣戶口匯過嚟。
        工友陳啟德前日喺棚架跌落嚟，右腳骨折，入咗伊利沙伯醫院，公司要幫佢報工傷，佢太太話屋企得佢一份糧。
        業主 WhatsApp：「我係康怡花園 K 座 12 樓 E 室麥太，你哋師傅用我廁所仲整到污糟晒，我一定會去消委會投訴你哋！」
    """),
    "en": _lines("""
        Client: Mr. Kelvin Tsang Ho-yin, Flat 17A, Block 2, Harbour Crest, 38 Tai Hang Road, Causeway Bay; mobile +852 9736 0481; prefers updates by WhatsApp after 8 pm.
        Ms. Grace Teo Hui Min (NRIC S8734215H) wants us to quote for her HDB flat at Blk 412 Tampines Street 41, #08-226 once the Hong Kong job is done.
        Please send the revised quotation to the owner directly at brian.kwok.hk@outlook.com, not to his wife's email – they are separated and she should not see it.
        Jason Lau still owes us HK$48,000. He told the foreman he was laid off from the bank in October and is two months behind on his mortgage, so we agreed to take HK$8,000 a month.
        Mrs. Olivia Yip asked us to finish the bathroom before 15 January because her chemotherapy starts then and she cannot be around dust afterwards.
        The domestic helper, Maricel Dela Cruz, will let the workers in on Monday; her number is +852 6970 3128 and she only reads English and Tagalog.
        Incident report 2026-11-30: plasterer Lam Chi-wai (HKID M590263(6)) cut his left hand on a tile cutter at 14:20, 6 stitches at Queen Elizabeth Hospital, sick leave 7 days.
        Owner's car: grey Tesla Model Y, plate TS 6612, parked in space 47 on B1; workers must not block it or Mr. Chow says he will call the police again.
        Subdivided unit tenant Raju Thapa (Flat D3, 4/F, 201 Yu Chau Street, Sham Shui Po) says the landlord cut his water after he complained about the mould; his 3-year-old daughter has eczema.
        Refund of HK$6,500 approved for Ms. Ivy Chan Wing-sze; pay to her Hang Seng account 385-716203-882 and email the advice to ivychan.ws@gmail.com.
        Name: Daniel Wong Tsz-chun | Tel: 9157 4026 | Email: dwong.tc@yahoo.com.hk | Job: kitchen refit | Address: Flat 9C, Block 6, Lakeview Garden, Tai Po | Deposit: HK$15,000
        Malaysian tiler Lim Chee Keong, MyKad 850312-14-5527, asked us to send his December wages to his Maybank account 1142 7739 6021 in Kuala Lumpur.
    """),
    "mixed": _lines("""
        Hi 何生，個 quotation 我已經 send 咗去你 email hosiuming.ho@gmail.com，你睇完 confirm 我哋就 book 師傅 next Monday 開工 ok？
        業主 Ms Cheung 個 BB 上星期啱啱出世，佢話坐月期間 (until 1 月尾) 唔可以有 noise，所以 tiling 要 postpone。
        Site log: 2026-12-02 10:31 client=陳小芳 tel=6423 9017 addr=大埔安富道 12 號 15/F Flat B note=要求 cancel 廚房工程
        阿 Joe 話佢要請一個禮拜 sick leave，醫生 confirm 咗係 slipped disc，MRI report 佢 WhatsApp 咗俾我，我 forward 俾 HR。
        Deposit refund 已經 transfer 返俾 Mr. Leung Wing Kin，BOC account 012-583-2-198467，ref REF-88213，佢話收到會 reply。
        新租客 Priya Nair 簽咗劏房 tenancy，月租 HK$5,800，passport no. Z8472913，佢話之前喺新加坡嘅 FIN 係 G5529317T。
        Kelvin 哥，你老婆 Maggie 頭先打嚟話你仲欠佢三個月家用，叫我哋唔好再俾 cash 你，直接 pay 落佢 account。
        驗樓 report 已 email 俾 Dr. Sandra Fung (sandra.fung.md@gmail.com)，佢話 12/15 搬入，要我哋 before that 執好 12 個 defects。
        WhatsApp from owner:「我係 23 樓 F 室嘅 Tony Lai，你啲 worker 仲未 clear 走啲泥頭，I'll deduct HK$2,000 from the final payment.」
        劏房 landlord 吳老闆 (Mr. Ng Chi Hung, 9860 2247) 要求將單位 split 做 6 間，仲話唔使 submit 俾屋宇署，我哋 refuse 咗。
    """),
    "zh-Hans": _lines("""
        深圳过来的装修师傅刘建军，身份证号 440306198809172310，港澳通行证 CD4827165，手机 138 2651 9073，本周在观塘工地做木工。
        微信号 lxm_reno1988 的李小梅说她老公在工地摔伤后一直没拿到赔偿，想请我们公司帮忙写一份证明。
        东莞工人王海涛欠了老乡两万块，讨债的人已经找到工地来了，工头让他先回老家避一避。
        业主杨女士（内地手机 +86 139 2874 6510）委托我们把她在深圳市南山区海德三道 166 号 12A 的房子也一起装修。
        员工档案：姓名 邓丽娟，身份证 441422199203054820，工商银行卡 6217 0038 2047 5519 263，入职日期 2026-03-01，日薪 ¥480。
        报价单收件人：陈志伟先生，身份证 350583198502116033，电话 159 6084 3271，邮箱 chenzw1985@163.com，香港物业在红磡。
        群里说的那个木工小周，最近查出来有乙肝，其他工友不愿意跟他一起吃饭，老板让大家别乱传。
        装修合同甲方：黄建明（身份证 450321197906281018），住址：广西桂林市叠彩区中山北路 57 号 3 单元 402；乙方：恒昌装修工程有限公司。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你係一間香港裝修公司嘅客服助手，幫同事草擬俾業主嘅 WhatsApp 訊息，語氣要禮貌、簡潔。",
        ),
        (
            "user",
            "幫我寫個訊息俾業主蘇文傑先生（9328 6150），話佢浴室防水試水有滲，要延期三日，另外要加 HK$2,500 整返。",
        ),
        (
            "assistant",
            "蘇生你好！浴室防水試水時發現有輕微滲漏，為咗確保質素，我哋需要重新做防水，工期會延長三日。相關補救費用為 HK$2,500，如有疑問歡迎隨時聯絡我哋。",
        ),
        ("user", "語氣再客氣啲，提埋佢太太上次講過有腰患，話我哋會盡量安靜，唔會整到好嘈。"),
        (
            "assistant",
            "蘇生你好！好抱歉要通知你，浴室防水試水時發現有輕微滲漏，我哋會重新做防水，工期需要延長三日，補救費用為 HK$2,500。知道蘇太腰患未好，師傅施工時會盡量減低噪音，如有任何不便請隨時話我哋知，多謝體諒！",
        ),
    ],
    [
        (
            "user",
            "Draft a firm but polite payment reminder to our client Mr. Derek Ho, Flat 6B, 18 Kennedy Road, Mid-Levels. He still owes HK$62,000 for the kitchen and bathroom works finished on 10 November.",
        ),
        (
            "assistant",
            "Dear Mr. Ho, Re: Outstanding balance – renovation works at Flat 6B, 18 Kennedy Road Our records show that HK$62,000 remains unpaid for the kitchen and bathroom works completed on 10 November 2026. We would be grateful if you could settle this amount within 14 days. Please contact us if you have any questions about the invoice. Yours sincerely,",
        ),
        (
            "user",
            "Add that if we do not receive payment by 31 December we will file a claim at the Small Claims Tribunal.",
        ),
        (
            "assistant",
            "Added: 'If payment is not received by 31 December 2026, we will have no choice but to file a claim at the Small Claims Tribunal without further notice.' Claims up to HK$75,000 fall within the Tribunal's jurisdiction, so your HK$62,000 balance qualifies.",
        ),
    ],
    [
        (
            "system",
            "客戶資料：甘淑儀，HKID P418206(9)，電話 5561 0823，物業：青衣青綠街 7 號 20 樓 D 室，驗樓日期 2026-12-06。你負責將驗樓紀錄整理成報告。",
        ),
        (
            "user",
            "幫我將以下驗樓紀錄整理成表格：客廳天花裂紋、主人房窗扣鬆、浴室去水慢、廚房星盆下滴水、大門防盜眼朦。",
        ),
        (
            "assistant",
            "甘小姐物業驗樓報告（2026-12-06） 1｜客廳｜天花裂紋｜中 2｜主人房｜窗扣鬆脫｜中 3｜浴室｜去水緩慢｜高 4｜廚房｜星盆下去水喉滴水｜高 5｜大門｜防盜眼模糊｜低 建議先處理第 3 及第 4 項滲漏問題。",
        ),
        ("user", "報告封面要唔要寫埋佢身份證號碼？"),
        (
            "assistant",
            "唔建議。驗樓報告封面寫客戶姓名同物業地址已經足夠，身份證號碼屬敏感個人資料，根據《個人資料（私隱）條例》應盡量減少收集同披露，只需喺內部委託紀錄保存即可。",
        ),
    ],
    [
        (
            "user",
            "幫我計下阿 Sam 今個月人工：佢做咗 18 日，日薪 HK$1,300，要扣 MPF 5%，佢話上個月仲借咗公司 HK$2,000 要今個月扣返。",
        ),
        (
            "assistant",
            "阿 Sam 本月人工：18 日 x HK$1,300 = HK$23,400。僱員強積金供款 5% = HK$1,170。扣除借款 HK$2,000。實收 = 23,400 - 1,170 - 2,000 = HK$20,230。另外公司要供僱主部分 HK$1,170。",
        ),
        ("user", "ok thanks，佢話要 FPS 過數去佢手機 6487 2093，幫我寫句 payment note。"),
        (
            "assistant",
            "Payment note：12 月份工資 HK$20,230（已扣 MPF HK$1,170 及借款還款 HK$2,000），已經 FPS 轉帳至 6487 2093，請查收。",
        ),
    ],
    [
        ("system", "你是一名翻译助手，帮内地装修工人把普通话翻译成地道的粤语书面语。"),
        (
            "user",
            "帮我翻译给香港业主许先生（电话 6712 4590）：许先生您好，您家厨房的瓷砖明天到货，后天开始铺，您太太说的那个过敏问题我们会用无味的胶水。",
        ),
        (
            "assistant",
            "許生你好，你屋企廚房啲瓷磚聽日到貨，後日開始鋪。許太之前講過有過敏，我哋會用無味嘅瓷磚膠，請放心。",
        ),
    ],
    [
        (
            "user",
            "Hi, I'm Rachel Lim (NRIC T0361842G). I own a 4-room HDB flat at Blk 233 Bishan Street 22 and want to hack one non-structural wall. Does my contractor need a permit?",
        ),
        (
            "assistant",
            "Yes. In Singapore, hacking walls in an HDB flat requires an HDB renovation permit, and only some walls may be removed. Use a contractor listed in HDB's Directory of Renovation Contractors, who will apply for the permit on your behalf. Works must follow HDB's permitted hours, and noisy works are restricted on weekends and public holidays.",
        ),
        (
            "user",
            "Can I ask the contractor to start before the permit is approved? My mum moves in next month after her hip surgery.",
        ),
        (
            "assistant",
            "No, please do not start before approval; unauthorised works can lead to fines and reinstatement orders. Given your mother's hip surgery, ask the contractor to prioritise the bathroom grab bars and a non-slip floor, which are often quick to approve.",
        ),
    ],
    [
        (
            "user",
            "我住喺油麻地新填地街一個劏房（4 樓 C3 房），我叫區玉蓮，有腎病要每星期洗腎三次，業主唔肯整好個壞咗嘅熱水爐，我可以點做？",
        ),
        (
            "assistant",
            "區小姐，好遺憾聽到你嘅情況。你可以：1. 以書面（WhatsApp 或信件）要求業主維修並保留紀錄；2. 如涉及樓宇安全或違例工程，可致電 1823 向屋宇署舉報；3. 向差餉物業估價署查詢租務事宜；4. 聯絡區議員辦事處或關注劏房嘅社福機構尋求協助。",
        ),
        ("user", "如果我自己請師傅整，可唔可以喺租度扣返？"),
        (
            "assistant",
            "視乎租約條款。一般建議先書面通知業主，列明維修費用同期限，保留所有收據；未經同意自行扣租可能引起爭議，最好先向法律援助或社福機構查詢。",
        ),
    ],
    [
        (
            "system",
            "CRM bot. Customer record: name=Tommy Yeung Chi-fai; mobile=+852 9045 3318; email=tommy.yeung.cf@gmail.com; job=J-2618; stage=snagging; open_defects=5.",
        ),
        ("user", "send個 reminder 俾呢個客，話 5 個 defects 下星期二會執好，叫佢 confirm 時間。"),
        (
            "assistant",
            "Draft SMS to +852 9045 3318: 楊生你好，J-2618 尚有 5 項執漏工程，我哋安排咗下星期二上午 10 時上門處理，請回覆確認時間是否方便，多謝！",
        ),
        ("user", "再 cc 一份 email 版本。"),
        (
            "assistant",
            "To: tommy.yeung.cf@gmail.com Subject: J-2618 執漏工程安排 楊生你好，你單位尚有 5 項執漏工程，我哋安排咗下星期二上午 10 時上門處理，請回覆確認，多謝！",
        ),
    ],
    [
        (
            "user",
            "Write a warning letter to our subcontractor Fook Lee Engineering. Their worker Chan Ka-chun showed up drunk at the Kwun Tong site on 3 December and damaged a client's marble floor.",
        ),
        (
            "assistant",
            "Dear Sirs, Re: Conduct of site worker at Kwun Tong project On 3 December 2026 your worker, Mr. Chan Ka-chun, attended our Kwun Tong site under the influence of alcohol and damaged the client's marble flooring. This is a serious breach of our site safety rules. Please ensure he is not assigned to our projects again, and note that the repair cost will be deducted from your next payment. Yours faithfully,",
        ),
        ("user", "Should I mention that he has been in rehab before? His foreman told me."),
        (
            "assistant",
            "I would leave it out. His past rehabilitation is sensitive health information that is not needed to deal with the incident, and disclosing it could breach the Personal Data (Privacy) Ordinance. Stick to the facts of what happened on 3 December.",
        ),
    ],
    [
        (
            "user",
            "幫我將呢段 WhatsApp 對話入面嘅個人資料遮咗佢，我要放上公司培訓簡報：「陸家輝：我住西貢惠民路 8 號 3 樓，電話 9011 7452，你哋師傅打爛咗我個魚缸，賠 HK$3,000 啦」",
        ),
        (
            "assistant",
            "遮蓋後版本：「[業主]：我住[地址已刪除]，電話[已刪除]，你哋師傅打爛咗我個魚缸，賠 HK$3,000 啦」",
        ),
        ("user", "個金額要唔要都遮埋？"),
        (
            "assistant",
            "金額本身唔會識別到個人，可以保留作培訓例子；但如果同其他資料一齊可能令人認出係邊位業主，例如同事都知道呢單 case，就建議改為「若干金額」。",
        ),
    ],
]
