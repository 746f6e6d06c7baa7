# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh310: 繁體中文（香港）跌打館、中醫診所與涼茶舖（病歷、針灸療程、藥方、保險索償、醫師排班、WhatsApp群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh310
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "診所告示"): _lines("""
        本館由2025年1月2日起，逢星期一至六上午10:00至下午8:00應診，星期日及公眾假期休息；預約請致電 2385 6612 或 WhatsApp 9123 0486（只限文字訊息，恕不接聽來電）。
        各位街坊：因颱風襲港，天文台已懸掛八號烈風或暴風信號，本館今日下午暫停應診，已預約人士請留意WhatsApp通知，我哋會盡快安排改期。
        本診所接受長者醫療券，65歲或以上持有效香港身份證之長者均可使用；每次針灸連診金 $380，醫療券不足之數需以現金或八達通補付。
        溫馨提示：針灸前請勿空肚或過飽，孕婦、裝有心臟起搏器人士或正服用薄血藥物者，請於登記時主動告知當值中醫師，以便調整治療方案。
        登記須知：初診請攜帶身份證明文件正本，本館只作核對用途，不會影印存檔；如需保險收據，請於結帳時說明保險公司名稱及計劃類別。
        本館所有中醫師均為香港中醫藥管理委員會轄下中醫組之註冊中醫，註冊資料可於中醫組網站（www.cmchk.org.hk）公開查閱，歡迎核實。
        跌打推拿每節45分鐘 $450，如需加敷藥另收 $60；急性扭傷48小時內建議先冷敷，唔好自行搽熱性藥酒或者用力搓，以免腫得更犀利。
        本館地址：九龍旺角西洋菜南街188號好景商業大廈12樓1203室（港鐵旺角站E2出口步行約3分鐘，信和中心斜對面），升降機直達。
        中秋節假期安排：10月6日（星期一）照常應診，10月7日（中秋節翌日）休息一天，10月8日起恢復正常應診時間，不便之處敬請原諒。
        本館代煎中藥服務：每劑收費 $25，煎好後真空包裝，可冷藏保存3日；即日下午3時前落單，晚上7時後可到登記處憑收據號碼取藥。
        失物認領：上星期六於候診區拾獲黑色摺遮一把及藍色保溫杯一個，請失主於辦公時間內向登記處查詢，一個月後仍無人認領將會捐贈予慈善機構。
        深水埗分館電話更改：由11月1日起，新電話號碼為 3460 2217，舊號碼 2776 0154 將會停用；傳真號碼維持不變（2776 0155）。
        本館榮獲業界團體頒發2024年度「優質中醫服務獎」，感謝各位街坊多年嚟嘅支持同信任，日後我哋會繼續以專業同耐心服務大家。
    """),
    ("zh-Hant", "涼茶舖價目表"): _lines("""
        今日涼茶：廿四味 $12／碗、五花茶 $10／碗、火麻仁 $14／碗、雞骨草 $16／碗；外賣樽裝另加 $3，自備杯減 $1，多謝支持環保。
        今日老火湯：霸王花無花果煲豬踭，每碗 $22；配白粥或椰汁糕套餐 $30，下午2點至5點兩位同行，第二碗半價，售完即止。
        龜苓膏（細）$28、（大）$38，加煉奶或蜜糖 +$2；陳皮紅豆沙 $20，冬天限定薑汁撞奶 $26，每日限量供應，售完即止。
        竹蔗茅根水1公升裝 $32，菊花茶1公升 $30，夏枯草1公升 $34；訂購10樽以上可安排送貨，港島及九龍區免運費，新界區另議。
        價目表（2025年7月起生效）：感冒茶 $15、銀菊露 $12、羅漢果茶 $14、酸梅湯 $16、生魚湯（需提早一日預訂）$48。
        涼茶包外賣：去濕茶（5包裝）$68、清熱茶（5包裝）$68、咳茶（3包裝）$58，貨品編號 LC-QR-0505 / LC-KC-0303，可郵寄。
        付款方式：八達通、AlipayHK、WeChat Pay HK 及 PayMe 均可，單次消費滿 $100 可享會員積分雙倍；現金只收港幣，恕不找續外幣。
        發票號碼 INV-LC-20250814-0137：廿四味 x3 $36、五花茶 x2 $20、龜苓膏（大）x1 $38，小計 $94，八達通付款，多謝惠顧。
        夏日套餐A：冬瓜茶 + 綠豆沙 $25；套餐B：五花茶 + 龜苓膏（細）$36；套餐C：雞骨草 + 豆腐花 $30（只限堂食，外賣加 $2）。
        公司團購價：廿四味或五花茶一次訂購50杯以上，每杯 $9，需提早兩日 WhatsApp 5408 3391 落單，請附公司名稱及送貨地址。
        價格調整通知：因藥材來貨價上升約18%，由2025年3月1日起部分涼茶由 $10 調整至 $12，龜苓膏及各款糖水維持原價不變。
        招牌推介：「金銀花露」用本地養蜂場蜂蜜，每樽350ml $22；「雪梨川貝」每盅 $35，燉足兩個鐘，每日限量40盅，可預留。
        季節限定：立秋後供應沙參玉竹湯（$24）、南北杏雪耳糖水（$20），適合秋燥喉乾人士；孕婦及體質虛寒人士飲用前請先向店員查詢。
    """),
    ("zh-Hant", "員工WhatsApp群"): _lines("""
        [14/03/2025, 09:12] 前台: 早晨各位，今日預約爆滿，10點到12點已經冇位，walk-in 嘅請佢哋留低聯絡方法等通知，唔好話實有得睇住。
        [14/03/2025, 09:20] 藥房: 黃芪同當歸得返半斤，下晝三點前要叫貨，我已經send咗訂單去供應商，單號 PO-2025-0314-07，收貨記得點數。
        [14/03/2025, 10:05] 店長: 提提大家，三號房部電針機（型號 KWD-808I）又出錯，暫時唔好用住，維修公司話聽日上嚟睇，有需要用二號房。
        [14/03/2025, 13:47] 前台: 下星期排班改咗，星期二早更兩位醫師、夜更一位，星期六全日加多個推拿師傅，最新排班表已經pin咗喺group頂。
        [14/03/2025, 18:30] 二號房: 一次性針（0.25 x 40mm）只剩兩盒，另外火罐膠圈爛咗三個，麻煩下次叫貨一齊加埋，唔該晒。
        [15/03/2025, 08:55] 店長: 保險公司新表格（2025版）已經放咗喺前台第二個櫃桶，寫收據時記得填埋診斷同ICD code，唔好漏蓋診所印。
        [15/03/2025, 11:02] 藥房: 顆粒沖劑今個月盤點差咗3包川芎，大家執藥之後記得喺系統scan barcode，唔好再手寫記錄，月尾要交數。
        [15/03/2025, 16:40] 前台: 清潔公司聽日冇人嚟，收工前各位執返自己間房，用過嘅毛巾放入藍色袋，針筒回收盒滿咗就封好放後樓梯。
        [16/03/2025, 10:15] 店長: 上個月營業額 $386,420，比二月多咗12%，醫療券佔大約三成，多謝大家辛苦晒，月尾一齊去飲茶慶祝。
        [16/03/2025, 14:22] 二號房: 中醫藥管理委員會嚟信話下個月會巡查藥房，附表1毒劇中藥嘅記錄簿要update，唔好漏簽名同日期。
        [16/03/2025, 19:05] 前台: 今日收工現金 $12,680，八達通 $8,450，FPS $3,200，已經對好數放入夾萬，明早麻煩開舖嗰位再點一次。
        [17/03/2025, 09:40] 店長: 新嘅預約系統今晚11點至凌晨1點升級，期間唔可以入單，有人打嚟就先寫喺簿仔度，聽朝再補入系統。
        [17/03/2025, 12:30] 藥房: 供應商話今批陳皮係2015年新會柑皮，每斤 $1,280，要唔要入兩斤？價錢有啲貴，想問吓大家意見先落單。
    """),
    ("zh-Hant", "歷史與老字號"): _lines("""
        黃飛鴻（1856–1925）於廣州仁安街開設「寶芝林」醫館，以跌打醫術同洪拳聞名，後來成為大量粵語電影嘅主角，關德興同李連杰都演過佢。
        王老吉涼茶由王澤邦於清道光年間（1828年）在廣州創製，被視為涼茶始祖；2006年涼茶被列入首批國家級非物質文化遺產名錄。
        明代醫藥學家李時珍歷時二十七年編成《本草綱目》，全書五十二卷，收錄藥物一千八百九十二種、附方逾萬首，1596年於南京首次刊行，對後世中醫藥影響深遠。
        屠呦呦從東晉葛洪《肘後備急方》「青蒿一握，以水二升漬，絞取汁」得到啟發，成功提取青蒿素，並於2015年獲諾貝爾生理學或醫學獎。
        胡文虎、胡文豹兄弟將虎標萬金油由仰光推廣至新加坡及香港，1935年落成嘅虎豹別墅曾經係大坑一帶最有名嘅地標之一，現已活化為虎豹樂圃。
        白花油由顏玉瑩於1927年在新加坡創製，其後喺香港設廠生產，至今仍以藍白色包裝及「和興」商標為香港人所熟悉，亦係好多人出門旅行必備嘅舒緩油。
        余仁生由余廣於1879年喺馬來亞霹靂州務邊創辦，最初為錫礦工人提供中藥，今日分店遍布新加坡、馬來西亞及香港，以燕窩同人參產品最為人熟悉。
        五六十年代香港嘅街頭涼茶舖好多都設有點唱機同黑白電視，年輕人一邊飲廿四味一邊聽歌傾偈，係嗰一代香港人嘅集體回憶，可惜而家已經買少見少。
        葉問於1950年代由佛山移居香港，喺港九飯店職工總會教授詠春，門下弟子包括後來揚名國際嘅李小龍，佢嘅故事亦多次被拍成電影。
        張仲景《傷寒雜病論》確立辨證論治原則，被後世尊為「醫聖」；書中桂枝湯、小柴胡湯等方劑至今仍為香港同內地中醫師臨床上最常用嘅處方之一。
        香港《中醫藥條例》於1999年7月獲立法會通過，同年成立香港中醫藥管理委員會，其後推行中醫註冊制度，並設表列中醫過渡安排。
        香港首間中醫醫院位於將軍澳，由政府資助、香港浸會大學負責營運，分階段提供門診及住院服務，亦肩負中醫藥教研、臨床研究同人才培訓嘅工作。
        華佗創製「麻沸散」同「五禽戲」，相傳因拒絕為曹操長期侍醫而被殺；《三國演義》中為關羽刮骨療毒一幕更加係家傳戶曉，成為民間傳頌嘅神醫故事。
    """),
    ("zh-Hant", "店舖評論"): _lines("""
        ★★★★★ 呢間跌打館喺上環樓上舖，師傅手勢好準，扭親腳去咗兩次已經消腫好多，收費 $420 一次包敷藥，價錢合理，唯一係要預約。
        ★★☆☆☆ 排咗成個鐘先到我，前台態度麻麻，問收據可唔可以寫英文都話唔得；醫師本身都幾好，但成個登記同收費流程真係要改善吓，唔係好難再嚟。
        灣仔呢間百年涼茶舖廿四味夠苦夠正宗，$12 一碗抵飲，龜苓膏都唔錯，但係張枱有啲黐笠笠，衞生方面可以再做好啲，整體都會推介俾朋友。
        ★★★★☆ 觀塘分店新裝修好光猛，針灸房有獨立冷氣同布簾，醫療券用得，但係星期六下晝好難book，建議早兩日WhatsApp預約。
        朋友推介，食「蛇王芬」之前先去隔籬涼茶舖飲碗五花茶，店員好熱情介紹邊款啱熱氣人士，整體體驗俾4.5分，下次帶埋屋企人一齊再嚟。
        Google評論 4.2（共1,286則）：大部分人讚推拿師傅手勢好，負評主要係等候時間長同埋唔收信用卡，店方回覆會於年底加裝POS機。
        ★★★★★ 第一次試拔罐，醫師好細心解釋會有瘀痕三至五日先退，全程唔痛，診所好乾淨，下次會再嚟做埋刮痧同艾灸，真心推介俾長期膊頭痛嘅人。
        呢間中醫診所喺尖沙咀加連威老道，交通方便，不過藥費另計，一劑顆粒要 $95 有啲貴，如果公司有醫療保險可以報銷就冇所謂啦，整體都OK。
        ★☆☆☆☆ 網上寫住星期日有開，行到去先知冇開，打電話又冇人聽，浪費成個鐘，希望店方盡快更新Google地圖嘅營業時間。
        荃灣呢間「李氏涼茶」開咗四十幾年，招牌仲係手寫字，雞骨草煲得夠火候，店員話秋冬最出名係蛇膽陳皮，經過荃灣西站一定要試吓。
        評分：環境 4/5、服務 5/5、價錢 3/5、衞生 4/5；醫師把脈好仔細，開嘅藥唔會太苦，但係每次覆診都要再俾 $200 診金。
        「梁伯跌打」呢個招牌喺油麻地掛咗五十年，而家由第三代打理，藥酒自家浸，膝頭痛搽完即刻暖笠笠，一支藥酒 $80 街坊價，值得一試。
        ★★★★☆ 澳門新馬路附近嘅涼茶舖，葡式裝修好有特色，菊花茶同竹蔗水澳門幣12蚊一杯，遊客多但係出品速度都算快，行完大三巴可以順路去飲杯。
    """),
    ("en", "insurance_claim_faq"): _lines("""
        Q: Does my VHIS plan cover Chinese medicine? A: Standard Plans under the Voluntary Health Insurance Scheme focus on inpatient care; outpatient acupuncture and bone-setting depend on your optional rider.
        To submit a claim, attach the original receipt showing the practitioner's registration details, the diagnosis, the date of treatment and the clinic chop; photocopies are not accepted by most insurers.
        Billing desk: 2388 7105 (Mon–Sat 10:00–19:00) or WhatsApp 6033 7105 for claim documents; please do not send medical reports through Facebook Messenger.
        Most group medical plans reimburse up to HK$250 per visit for registered Chinese medicine practitioners, capped at 20 visits per policy year; listed practitioners are often excluded.
        Q: Can I claim herbal granules bought without a consultation? A: No. Insurers require a prescription issued on the same day by the treating practitioner; over-the-counter tonics are not reimbursable.
        Claim form checklist: Part A completed by the policyholder, Part B by the clinic, original receipts and a referral letter if your plan requires one; we stamp Part B within 3 working days.
        For Singapore patients: Chinese medicine is claimable under some Integrated Shield riders only when provided at approved TCM clinics; MediSave generally cannot be used for outpatient acupuncture.
        Our business registration number is 61782304-000-08-25-6 and our invoices carry the prefix TFH-INV; please quote the invoice number, e.g. TFH-INV-2025-04417, in every claim enquiry.
        Claim status codes: P01 = received, P02 = pending documents, P03 = approved, P04 = paid by FPS, R09 = rejected (treatment not covered). Status is refreshed every weekday at 6 pm.
        If your claim is rejected because the receipt lacks a diagnosis, email billing@tungfookhall.hk with the invoice number and we will reissue a corrected receipt free of charge within two working days.
        Acupuncture for sports injuries is sometimes covered under physiotherapy and chiropractic limits rather than Chinese medicine limits; check the schedule of benefits before buying a 10-session package.
        Reimbursement example: 6 acupuncture sessions at HK$480 each = HK$2,880; the plan pays 80% up to HK$300 per visit, so the reimbursable amount is HK$1,800 and you pay HK$1,080.
        Macau residents can use the Macau Health Care Voucher only at healthcare providers registered in Macau; receipts from our Hong Kong branches cannot be reimbursed under that government scheme.
    """),
    ("mixed", "booking_system_config_logs"): _lines("""
        BOOKING_API_URL=https://api.tungfookhall.hk/v2/appointments  # 預約系統 endpoint，staging 請改用 https://staging.tungfookhall.hk
        2025-03-17T09:14:22+08:00 INFO booking.create id=APT-20250317-0042 branch=MK room=R3 service=acupuncture_45 status=CONFIRMED latency_ms=184
        2025-03-17T09:15:07+08:00 WARN sms.gateway retry=2 template=reminder_zh_hant provider=twilio error=rate_limited next_retry_in=30s
        CREATE TABLE prescription (id BIGSERIAL PRIMARY KEY, visit_id BIGINT NOT NULL, herb_code VARCHAR(12), dose_g NUMERIC(5,1), 煎法 TEXT DEFAULT '先煎');
        herbs.yaml: - code: HB-0231  name_zh: 黃芪  name_en: Astragalus root  unit: g  max_daily_dose: 30  supplier: "廣州採芝林藥業"
        def calc_copay(total_hkd: int, voucher_balance: int) -> int:  return total_hkd - min(total_hkd, voucher_balance)  # 醫療券扣減後需付金額
        2025-03-17T18:02:51+08:00 ERROR payment.octopus terminal=POS-MK-02 txn=OCT-77810392 reason=card_read_timeout amount=380.00 currency=HKD
        git commit 3f9a2c1: fix(receipt): 收據加返 ICD-10 診斷碼欄位 (M54.5 腰痛 / S93.4 踝扭傷)，保險公司要求，release v3.4.1
        whatsapp_bot: reply_template=「多謝查詢！預約請回覆 1，價目請回覆 2，地址請回覆 3。」 business_number=+852 5408 3391 verified=true
        CSV header: appointment_id,branch_code,room,practitioner_code,service_type,start_time,end_time,voucher_used,amount_hkd,insurer_code
        cron: 0 22 * * * /opt/clinic/bin/export_daily_sales --branch=SSP --format=csv --out=/data/reports/sales_$(date +%F).csv  # 深水埗分館每日營業額
        sha256(prescription_template_v7.docx) = 9c1e4b7a02d3f58e6a91b0c4d7e2f3a5b6c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2  # 已上載到 SharePoint 藥方範本
        feature_flags: { "enable_online_deposit": true, "deposit_amount_hkd": 100, "max_bookings_per_day": 3, "locale_default": "zh-HK" }
    """),
    ("zh-Hans", "中成药商品列表"): _lines("""
        【官方旗舰店】云南白药气雾剂 85g+30g 套装，活血散瘀、消肿止痛，用于跌打损伤；商品编号 YNBY-QWJ-8530，到手价 ¥49.90，满99元包邮。
        北京同仁堂 乌鸡白凤丸 9g×10丸，补气养血、调经止带；国药准字Z11020201，批号 24080315，有效期至2027年7月，支持七天无理由退货。
        片仔癀 3g×1粒 正品保真，漳州片仔癀药业出品，批号 2410218，有效期至2028年9月，港澳地区可经跨境电商渠道发货。
        王老吉 凉茶 310ml×24罐 整箱，配料：水、白砂糖、仙草、鸡蛋花、布渣叶、菊花、金银花、夏枯草、甘草；生产日期见罐底。
        黄道益活络油 50ml（香港版），用于舒筋活络、跌打扭伤，外用勿内服；本店为授权经销商，订单号以 DD 开头可在线查询物流。
        中药配方颗粒：黄芪 10g/袋 × 100袋，相当于饮片 30g，仅供医疗机构凭处方调配使用，个人请勿自行购买，详情请咨询店铺客服。
        滋补推荐：东阿阿胶 250g 铁盒装 ¥1,298；新会陈皮（2012年）500g 礼盒 ¥880；长白山人参 15年 2支装 ¥1,580，节日送礼首选。
        物流信息：顺丰速运 SF1423876509821，已从深圳宝安转运中心发出，预计2月21日送达香港九龙；清关编号 HK-CUS-2025-00917。
        商品评价（4.8分，共3,214条）：包装严实、药味正、物流快；少量差评反映外包装盒有轻微压痕，客服已承诺免费补发，整体购物体验良好，值得回购。
        【限时秒杀】马百良 安宫牛黄丸 3g×1丸 香港原装 ¥568；另有陈李济 乌鸡丸、李众胜堡 保济丸 同店可选，凑单满300减30。
        药品说明书摘要：板蓝根颗粒 10g×20袋，清热解毒、凉血利咽；孕妇慎用，糖尿病患者请选择无蔗糖型；贮藏：密封，置阴凉干燥处。
        店铺资质：统一社会信用代码 91440101MA5D2K8R3B，药品经营许可证 粤AA0201234，企业地址：广州市荔湾区清平路38号二楼。
        用户问答：问「活络油小朋友可以用吗？」答：「三岁以下婴幼儿请勿使用，皮肤破损处禁用，使用后如有红肿请停用并咨询医师或药剂师。」
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        病歷卡｜姓名：區家豪｜性別：男｜出生日期：1987-05-21｜HKID：K382107(2)｜電話：6218 4407｜主訴：右膝半月板撕裂術後復健，每週針灸兩次。
        陳太今朝打嚟話佢個仔阿朗上星期打波甩骹，想預約聽日下晝三點，佢手機係 9372 1158，記得WhatsApp回覆確認。
        林伯（林志輝）嘅糖尿病腳部潰瘍唔好再用敷藥，醫師已經寫咗轉介信去伊利沙伯醫院，家人話下星期先帶佢去。
        保險索償：受保人 鄧凱琳，保單號碼 AXA-HK-88231907，診斷 腰椎間盤突出（M51.2），治療日期 2025/02/03–2025/02/24，共8次針灸，申索金額 HK$3,840。
        麥小姐話佢懷孕十二週，之前喺我哋度做開肩頸推拿，問可唔可以繼續，佢唔想俾屋企人知住，記錄請唔好打電話去佢屋企。
        藥方：患者 梁詠詩（女，34歲），失眠伴心悸三月，處方：酸棗仁15g、茯神12g、遠志6g、夜交藤20g、炙甘草6g，七劑，每日一劑，水煎分兩次服。
        送藥地址：新界沙田禾輋邨豐和樓1416室 黃婆婆收，電話 2691 3027（屋企電話），每週一送涼茶包同代煎藥，佢行動不便要送上樓。
        阿Ken（鍾家健）上個月嘅推拿費 $2,350 仲未找數，WhatsApp佢幾次都已讀不回，下次嚟要佢先清咗數先再幫佢做。
        醫療券使用記錄：曾秀蘭，HKID E614925(5)，醫療券賬戶餘額 $1,620，本次使用 $380，簽名已核對。
        前台記低：何先生太太話佢哋而家辦緊離婚，以後何先生嘅覆診時間唔好話俾佢知，佢驚佢會上嚟診所搵人。
        員工資料更新：推拿師傅 蘇偉強，新住址 九龍土瓜灣美景街23號3樓B室，緊急聯絡人 太太 蘇劉美玲 5560 8812。
        涼茶舖CCTV：2025-04-02 21:40 熟客「肥仔輝」（李俊輝）被拍到拎走收銀枱嘅利是封，已經報咗警，差人話會再聯絡我哋。
        甘醫師留言：病人許嘉欣，乳癌術後化療緊，想用中藥調理，佢腫瘤科喺瑪麗醫院跟，開藥要小心同化療藥物相互作用。
        轉數快付款記錄：付款人 伍嘉樂，FPS 識別碼 1627339，匯豐戶口 512-338190-833，金額 $1,280（十次針灸套票）。
        阿May話佢老公成日飲醉打佢，手臂啲瘀傷唔係跌親，佢求我哋唔好同人講；我已經俾咗和諧之家熱線佢。
        覆診提醒：鄭國棟先生，你預約咗3月22日（六）上午11:15於深水埗分館進行第五次針灸，如需改期請回覆此訊息。（手機：+852 6987 2245）
        會員資料：鄺美儀｜會員編號 LC-M-00871｜生日 8月14日｜電郵 kwongmy.0814@gmail.com｜最常買：雞骨草、五花茶｜過敏：蜂蜜
        澳門街坊梁國強，澳門居民身份證 1347652(3)，手機 +853 6628 4139，有痛風，每月過嚟拎一次藥，今次要多開兩星期份量。
        台灣病人林怡君，身分證字號 F228391048，來港工作期間落枕兩次，希望收據寫英文，方便返台灣向保險公司申請理賠。
        張sir個女今年考DSE，壓力大到成日頭痛同甩頭髮，佢問可唔可以開啲安神嘅藥，但係唔想個女知道食緊中藥。
        員工薪金：前台 吳詠琪 月薪 $16,500，另加每月佣金約 $1,200；強積金由三月起供款，身份證號碼 Y207733(5)。
        江先生架私家車（車牌 PX 2687）成日泊喺診所門口上落貨區，管理處已經警告過兩次，下次會叫人拖車。
    """),
    "zh-Hans": _lines("""
        患者信息：姓名 刘建军，身份证号 440304197806121537，深圳福田来港看诊，主诉颈椎病伴手麻两年，询问港澳药械通能否报销。
        病人王丽娟（手机 139 2817 4406）预约下周二针灸，她说最近查出乳腺结节，想先中药调理再决定要不要做手术。
        快递单：收件人 周晓峰，广州市天河区员村二横路9号之二1502房，电话 186 2045 7731，内含代煎中药14包，收到请冷藏。
        跨境转账记录：付款人 陈美玲，招商银行卡号 6225 8812 3456 7898，金额 ¥5,600，备注：母亲张秀英中风后康复针灸费用。
    """),
    "en": _lines("""
        Patient intake: Mr. Daniel Cheung Ho-yin, DOB 12/09/1979, HKID R559014(A), mobile 9458 2016, complaint: frozen shoulder (left), previous cortisone injection at a private clinic in Central.
        Hi doctor, this is Priya Menon, I had my second acupuncture session yesterday and the point on my wrist is still bleeding a bit. I am on warfarin, did I mention that at intake?
        Claim ref CLM-2025-118273: insured Mr. Lim Wei Jie, Singapore NRIC S8234157I, treatment for lumbar strain at our Wan Chai branch, 6 sessions, amount HK$2,880.
        Please refund HK$1,500 for the cancelled cupping package to account holder Sarah O'Neill, HSBC account 808-472913-001, as agreed on the phone.
        Front desk note: Kevin Tsang, who came in at 4pm, said he was just released on bail and cannot leave HK; wants his herbs posted to Flat 7C, 18 Po Shan Road, Mid-Levels.
        Roster remark: Ah Fai (Chan Ka-fai) is off sick all week with a hepatitis B flare-up, doctor's certificate attached; please do not mention it to patients.
        SMS from 6172 3358 at 23:47: im the guy with the bad ankle from tuesday, my knee also swelling now, can u reschedule me to sat morning?
        Reminder sent to jason.wongkm@outlook.com: your 10-session acupuncture package PKG-0093 expires on 30 June; 4 sessions remain unused.
        Ms. Angela Fung told the herbalist she has been struggling to repay HK$180,000 in credit card debt since her divorce and asked whether she could pay her bill in monthly instalments.
        New patient Oliver Brandt, passport no. C4K7X29R1, allergic to ginseng and ephedra; emergency contact his wife Julia Brandt, +852 5321 0874.
    """),
    "mixed": _lines("""
        [WhatsApp] 林太: 醫師你好，我個女 Chloe 今朝驗到有 COVID，聽日 10:30 嗰個 appointment 可唔可以改去下星期？my number 係 9087 5521 btw
        Receipt 收據 No. TFH-INV-2025-05532 | Patient 病人: Wong Siu Ming 黃小明 | Dx 診斷: Lateral ankle sprain 踝關節扭傷 | Fee: HK$480 | Bupa member no. BP-7734109-02
        patient_id,name,hkid,phone,dx → P-20431,Yeung Wai Kit 楊偉傑,Z736208(1),6734 9021,腰痛 low back pain
        師傅，Jacky 哥話佢嗰筆跌打錢 $3,600 下個月先 pay 得，因為佢而家 unemployed 緊，問可唔可以分三期俾。
        2025-04-08T15:22:10+08:00 INFO sms.sent to=+85298126640 template=reminder_zh_hant patient_id=P-18872 name="Ho Ka Yan 何嘉欣"
        新加坡分店 walk-in：Tan Hui Min 陳慧敏，NRIC S7612094C，HP 9183 4470，坐骨神經痛 sciatica，由 polyclinic 轉介。
        MyKad 880315-10-5482，Mr. Ong Chee Keong 王志強 from Klang，佢話想嚟香港做兩星期針灸治療中風後遺症，要我哋出 invitation letter。
        阿Bo（Bosco Lee）嘅 blood test report 顯示 ALT 偏高，醫師話暫停何首烏，please update 佢個 file 同埋通知藥房。
        請幫手 book：Mrs. Fiona Tse 謝太，住九龍塘根德道22號地下，年紀大行動唔方便，要上門推拿，逢星期三下晝。
        IG DM from @kellyy_0921：佢話拔完罐之後背脊起水泡，影咗相話要 post 上網同投訴上消委會，佢真名係袁嘉儀。
    """),
    "ms": _lines("""
        Pesakit: Nurul Aina binti Hassan, No. MyKad 910724-14-6208, telefon 012-418 7356, datang untuk akupunktur kerana sakit pinggang selepas bersalin.
        Encik Rajesh a/l Murugan masih berhutang RM2,400 untuk 12 sesi urutan tradisional; sila hubungi beliau di 016-775 2093 sebelum akhir bulan.
        Alamat penghantaran ubat herba: Puan Lee Siew Ping, No. 18, Jalan SS 2/75, 47300 Petaling Jaya, Selangor; pesakit kencing manis, jangan masukkan gula batu.
        Tuntutan insurans: Mohd Faizal bin Abdullah, nombor polisi GE-MY-55012876, rawatan patah tangan kanan, bayaran balik ke akaun Maybank 1140 2287 6613.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你係「同福堂」中醫診所嘅預約助手，用廣東話回覆，唔好俾醫療診斷。"),
        (
            "user",
            "我想幫阿媽約針灸，佢叫李玉珍，今年72歲，有高血壓，前年通波仔裝咗心臟支架，聯絡電話 2345 8816。",
        ),
        (
            "assistant",
            "收到，多謝提供資料。因為李玉珍女士有高血壓同心臟支架，初診時醫師會先了解佢食緊嘅藥（例如薄血藥），再決定用唔用電針。請問想約邊一日同邊個時段？",
        ),
        ("user", "下星期三朝早得唔得？佢用醫療券㗎。"),
        (
            "assistant",
            "下星期三上午11:00仲有位。請李女士帶同香港身份證正本嚟登記醫療券，診金連針灸 $380 可以用醫療券扣減。需要我幫你確認預約嗎？",
        ),
    ],
    [
        (
            "user",
            "Can you help me write a short cover letter for my insurance claim? My name is Marcus Leung Chi-wai, policy number FWD-HK-30718846, I had 8 acupuncture sessions for a slipped disc between 3 Feb and 24 Feb.",
        ),
        (
            "assistant",
            "Sure. Here is a draft: Dear Claims Team, I, Marcus Leung Chi-wai (policy FWD-HK-30718846), am submitting a claim for 8 acupuncture sessions received between 3 and 24 February for a lumbar disc herniation. Original receipts with diagnosis and practitioner details are enclosed. Kind regards.",
        ),
        ("user", "Thanks. Should I include my HKID number too? It's C604318(4)."),
        (
            "assistant",
            "Most insurers identify you by policy number, so the HKID is usually only needed on the official claim form itself. Avoid putting it in the cover letter or email body unless the form asks for it.",
        ),
    ],
    [
        (
            "system",
            "You summarise the WhatsApp group of a Hong Kong bone-setting clinic for the owner. Today's messages: 前台: 陳錦華先生 (9625 1187) 話佢個膊頭跌親之後仲未好，要改期；藥房: 黃芪要叫貨；二號房: 電針機壞咗。",
        ),
        ("user", "幫我 summary 今日 group 有咩重要嘢，用 bullet points。"),
        (
            "assistant",
            "今日重點：1) 病人陳錦華先生（9625 1187）肩膊跌傷未康復，要求改期，前台需要回覆；2) 藥房黃芪存貨不足，要叫貨；3) 二號房電針機故障，需要安排維修。",
        ),
        ("user", "OK，幫我寫句 WhatsApp 覆陳生，話星期五下晝有位。"),
        (
            "assistant",
            "陳生你好，星期五下晝三點仲有位，如果方便請回覆「OK」確認，我哋會幫你安排返同一位師傅。祝早日康復！",
        ),
    ],
    [
        (
            "user",
            "我是深圳来的，想去香港看中医针灸。我叫何雪梅，身份证 440106198509234021，有港澳通行证，之前在深圳做过腰椎手术，请问需要带什么资料？",
        ),
        (
            "assistant",
            "何女士您好。去香港注册中医诊所看诊，一般需要带港澳通行证作身份核对，以及深圳医院的手术记录和影像报告（如MRI），方便医师评估。内地身份证号码通常不需要提供给诊所。",
        ),
        ("user", "费用可以用医保报销吗？"),
        (
            "assistant",
            "内地医保一般不覆盖香港诊所的门诊费用，建议保留收据，并向您购买的商业保险公司查询是否可以理赔境外门诊。",
        ),
    ],
    [
        ("system", "Assistant for a TCM clinic in Singapore. Be concise."),
        (
            "user",
            "Hi, I'm Goh Siew Lan, NRIC S8812346H, 52 years old, with knee osteoarthritis. Can I use MediSave for acupuncture at your Toa Payoh clinic? My HP is 9735 2210.",
        ),
        (
            "assistant",
            "Hi Ms Goh, thanks for reaching out. MediSave generally cannot be used for outpatient acupuncture. Some Integrated Shield riders or corporate plans may cover TCM, so please check with your insurer. Would you like us to call you at 9735 2210 to arrange a first consultation?",
        ),
        ("user", "Yes please, weekday mornings are best."),
    ],
    [
        (
            "user",
            "Saya nak tanya pasal sinseh patah tulang di Kuala Lumpur. Ayah saya, Encik Tan Ah Kow, 68 tahun, jatuh di bilik air dan pergelangan tangan bengkak. Nombor saya 012-339 8054.",
        ),
        (
            "assistant",
            "Maaf mendengar tentang ayah encik/puan. Jika pergelangan tangan Encik Tan bengkak teruk atau bentuknya berubah, sila dapatkan X-ray di hospital atau klinik dahulu untuk pastikan tiada patah tulang sebelum berjumpa sinseh.",
        ),
        ("user", "Dia ada kencing manis juga, boleh guna minyak angin?"),
        (
            "assistant",
            "Untuk pesakit kencing manis, elakkan menggosok kuat pada kulit yang luka atau lebam teruk. Sebaiknya rujuk doktor yang merawat Encik Tan dahulu sebelum guna ubat luar yang panas.",
        ),
    ],
    [
        ("system", "你係涼茶舖老闆嘅文書助手，幫手寫客氣但清楚嘅訊息。"),
        (
            "user",
            "幫我寫個訊息俾熟客阿強（全名羅志強），佢由上年十月開始賒數，欠咗我 $1,860 涼茶同湯錢，佢電話 6543 2790，我想佢月尾前還。",
        ),
        (
            "assistant",
            "強哥你好，我係涼茶舖老闆。翻查記錄，由去年十月起嘅涼茶同湯錢合共 $1,860 仲未結清，麻煩你月尾前抽空過嚟清數，或者用轉數快過數都得。多謝你一直幫襯！",
        ),
        ("user", "語氣可以再軟啲嗎？唔想佢覺得尷尬。"),
        (
            "assistant",
            "強哥，好耐冇見你過嚟飲涼茶喇！想同你講聲，之前賒咗嘅 $1,860 唔急，月尾前方便嘅時候再同我計返就得，有咩唔方便隨時話我知。",
        ),
    ],
    [
        (
            "system",
            "CRM record loaded: Patient 伍詠欣 Ng Wing-yan, HKID D417208(7), mobile 5127 6634, dx: 產後腰痛 postpartum low back pain, last visit 2025-05-02, outstanding balance HK$960.",
        ),
        ("user", "Front desk 問：呢位病人下次幾時覆診？有冇數未找？"),
        (
            "assistant",
            "伍詠欣（Ng Wing-yan）上次係 2025-05-02 睇產後腰痛，系統未有下次預約；另外佢仲有 HK$960 未付。可以打 5127 6634 提佢約覆診同埋順便處理餘款。",
        ),
    ],
    [
        ("user", "我叫鄧詠恩，而家懷孕20週，成日腰痛同腳腫，朋友話可以去中醫做艾灸，安唔安全？"),
        (
            "assistant",
            "恭喜你！懷孕期間部分穴位（例如合谷、三陰交）同腰骶部一般唔建議針灸或艾灸。建議你先同跟進產檢嘅醫生傾，再搵有處理孕婦經驗嘅註冊中醫，初診時講清楚懷孕週數。",
        ),
        ("user", "我之前流產過一次，會唔會有影響？"),
        (
            "assistant",
            "有流產病史就更加要小心，請主動話俾中醫師同產科醫生知，由佢哋一齊評估。如果出現出血、腹痛或者胎動減少，要即刻去急症室。",
        ),
    ],
    [
        ("system", "You help a clinic manager in Hong Kong build weekly rosters."),
        (
            "user",
            "Make a roster for next week. Practitioners: Dr. Kwok Mei-chi (mobile 9012 7745, can't do Tuesdays because of her chemo follow-up), Dr. Yip Chun-hei (mobile 6689 3301), and bone-setter Ah Sing (Lo Kwok-sing, 5432 1980).",
        ),
        (
            "assistant",
            "Draft roster: Mon AM Dr. Kwok, PM Dr. Yip; Tue AM and PM Dr. Yip (Dr. Kwok unavailable); Wed AM Dr. Kwok, PM Dr. Yip; Thu AM Dr. Yip, PM Dr. Kwok; Fri AM Dr. Kwok, PM Dr. Yip; Sat full day Ah Sing (bone-setting) with Dr. Kwok in the morning.",
        ),
        (
            "user",
            "Please don't put the reason for Dr. Kwok's Tuesdays in anything shared with staff.",
        ),
        (
            "assistant",
            "Understood. The shared version will simply say Dr. Kwok is unavailable on Tuesdays, with no reason given, and I will leave out personal mobile numbers too.",
        ),
    ],
]
