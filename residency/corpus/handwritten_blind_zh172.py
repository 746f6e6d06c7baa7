# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh172: Taiwan sneaker, streetwear and resale shops (raffles, pre-orders, proxy buying, authentication, return disputes, LINE groups). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh172
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "raffle notice"): _lines("""
        【抽籤公告】Air Jordan 1 Retro High OG "Black Toe" 貨號 DZ5485-106，登記時間 12/14(六) 10:00 至 12/15(日) 23:59，限官方 LINE 好友參加，每人限登記一次。
        中籤結果將於 12/16(一) 20:00 以 LINE 官方帳號推播通知，未收到訊息即為未中籤，恕不個別回覆。
        本次抽籤採實名制，現場取貨需出示與登記相同之身分證件正本，證件姓名不符者視同放棄。
        中籤者請於 12/18 21:00 前完成付款，逾時資格自動釋出給備取，備取順位依系統亂數排序。
        登記表單欄位：姓名／手機／身分證後四碼／鞋碼（US 7–12），送出後無法修改，請確認後再送出。
        本季門市抽籤統計：共 18,420 筆登記，剔除重複與人頭帳號 2,316 筆，實際中籤 240 雙，中籤率約 1.49%。
        提醒：同一手機號碼、同一身分證、同一收件地址僅能登記一次，發現以人頭帳號重複登記者將取消全部資格。
        抽籤不收取任何費用，若有人私訊自稱小編要求先匯「保證金」，均為詐騙，請撥打 165 反詐騙專線查證。
        New Balance 990v6 "Grey" U990GR6 門市抽籤配額：台北信義店 40 雙、台中勤美店 24 雙、高雄漢神店 16 雙。
        本次抽籤尺寸分布：US8 有 12 雙、US9 有 18 雙、US10 有 14 雙、US11 有 6 雙，半號尺寸不另外釋出。
        現場排隊抽籤已改為線上登記，請勿於前一晚在店門口過夜排隊，以免影響鄰居安寧，大樓管委會已多次反映。
        中籤名單公告方式改為「訂單編號末四碼」，例如 #0417、#2290、#3861，請自行比對，本店不再公布任何姓名。
        Travis Scott x Air Jordan 1 Low OG "Reverse Mocha" 補貨傳聞不實，本店目前無任何貨源，請以品牌官方公告為準。
        【SNKRS 抽籤提醒】台灣區 Dunk Low "Panda" 今日上午 10:00 開放登記、10:30 截止，中籤者將收到 App 推播並自動扣款。
    """),
    ("zh-Hant", "pre-order and proxy-buying terms"): _lines("""
        【預購須知】日本代購商品預計到貨時間 14–21 個工作天，遇海關抽驗或颱風停班則順延，恕不接受催單。
        代購費用計算：商品日幣售價 × 當日匯率 0.215 ＋ 代購費 8%（最低 NT$200）＋ 國際運費每公斤 NT$180。
        預購訂金為售價的 30%，商品到台後通知付尾款，尾款 7 日內未付清者訂金恕不退還。
        韓國代購連線時間 1/8–1/12，開放喊單品項：ADER ERROR、thisisneverthat、Stüssy 首爾限定 T。
        依消費者保護法，通訊交易享有 7 日解除權，但客製化商品與已拆封之個人衛生用品依規定排除適用。
        海外代購進口貨物完稅價格超過 NT$2,000 需繳納關稅與營業稅，由買家自行負擔，本店會附上海關稅單影本。
        依關務署規定，個人網購進口需以 EZ WAY 易利委 App 完成實名認證委任，未完成者貨物將被退運。
        預購款式：Supreme FW25 Week 12 Box Logo Hooded Sweatshirt，尺寸 S–XL，顏色以官網實際發售為準。
        代購代表本店僅「代為購買」，不保證商品於當地一定買得到；若當地缺貨，全額退款不收手續費。
        喊單格式：#品名 #尺寸 #數量，例如「#Samba OG 白綠 #US7 #1」，格式錯誤者不予計算。
        匯款請使用 ATM 轉帳並於備註欄填寫訂單編號，本店不接受無摺存款，也不會要求您操作 ATM「解除分期」。
        價格異動說明：因日圓升值，1/15 後成立之預購單將以新匯率 0.221 重新計算，已付訂者不受影響。
        預購商品一律不接受取消，若因品牌延期發售超過 60 天，買家可選擇退訂並取回全額訂金。
    """),
    ("zh-Hant", "authentication guide"): _lines("""
        鑑定 Jordan 1 第一步看鞋盒標籤：貨號、尺碼、UPC 條碼與生產國應一致，字體粗細與間距是常見破綻。
        內標生產日期格式為「起始日期 – 結束日期」，例如 08/12/23 – 10/05/23，區間過短或早於發售前一年都值得懷疑。
        紫外線燈照鞋身中底若出現大面積螢光或筆記號，多半為工廠瑕疵品流出或仿品，正品通常僅有微量反應。
        Yeezy Boost 350 V2 的 Primeknit 編織要看條紋角度，仿品常有線頭外露與鞋跟拉環車線歪斜。
        本店鑑定服務：線上圖片鑑定 NT$150／雙，實體鑑定 NT$300／雙，出具附 QR Code 之鑑定證書，證書編號可於官網查詢。
        鑑定證書編號範例：AUT-2025-118204，掃描 QR Code 會導向本店官網查驗頁，非本店網域一律為偽造。
        注意：鑑定結果僅代表鑑定師依當下照片判斷，照片模糊、角度不足或經後製者，本店保有拒絕鑑定之權利。
        Dunk Low 正品鞋舌標籤 NIKE 字樣與勾勾間距均勻，仿品的 ® 符號常偏大或偏高。
        公司貨與平輸貨差異：公司貨附中文吊牌與台灣代理商標示，平輸貨為國外購入，兩者都可能是正品。
        Off-White 與 Nike 聯名系列「The Ten」由 Virgil Abloh 設計，鞋帶上的 "SHOELACES" 引號字樣為辨識重點之一。
        灌籃高手裡櫻木花道一開始穿的是 Air Jordan 1 "Chicago"，後來換成 Air Jordan 6，這也是很多人入坑 AJ 的原因。
        鞋墊底部印刷若模糊或出現多餘膠痕，建議搭配重量比對，正品單腳重量誤差通常在 10g 內。
        鑑定師培訓課程大綱：第 1 週 鞋盒與配件、第 2 週 車線與材質、第 3 週 氣味與重量、第 4 週 實際案例考核。
    """),
    ("zh-Hant", "LINE group chatter"): _lines("""
        各位群友晚安，明天早上十點開賣，連結會在 9:55 貼在記事本，請不要私訊小編問連結。
        +1 US9.5 謝謝
        有人知道這雙 Samba 要不要買大半號嗎？我腳背比較高
        今天信義區那間快閃店人超多，排到第 40 號就說沒了
        群規：禁止轉賣加價、禁止發廣告、禁止私訊騷擾，違者直接踢出不另行通知。
        提醒大家不要點陌生人私訊的「賣貨便」連結，最近很多假賣場在騙信用卡資料
        小編公告：本週五群組團購襪子，3 雙一組 NT$390，滿 10 組開團。
        請問有人有中 Union LA 那雙嗎？想看上腳照
        剛剛 SNKRS 又當機了，按了三次都跳「無法連線」
        這雙我穿了兩個月，鞋頭有點摺痕是正常的嗎？
        問：實名制抽籤可以請家人代領嗎？答：須攜帶雙方身分證與委託書，詳見記事本第 3 則。
        週末華山的球鞋市集有人要擺攤嗎？主辦說攤位費一天 NT$800，要先在表單登記
        哈哈哈 我又摃龜了 這季 0/14
        誰有 New Balance 2002R 的鞋撐推薦？我的鞋頭一直塌
    """),
    ("zh-Hant", "returns and customer service"): _lines("""
        退貨流程：① 於 7 日內填寫線上退貨單 ② 將商品與吊牌、鞋盒完整包裝 ③ 至 7-ELEVEN 以退貨代碼寄回，運費由本店負擔。
        訂單編號 SS20251204-00873 已出貨，黑貓宅急便追蹤碼 9061 4728 3305，預計 12/6 配達。
        電子發票號碼 QX-48210376，隨機碼 5821，如需統一編號請於結帳時填寫，開立後無法更改。
        退款作業時間：信用卡退刷約 7–14 個工作天，依發卡銀行作業為準；ATM 匯款退款需 3 個工作天。
        鞋盒壓損不屬於商品瑕疵，恕不接受以「盒損」為由退貨，如介意請勿下單。
        客訴案件 CS-2025-0331 已結案：經鑑定為正品，依平台規則駁回退貨申請。
        若對處理結果不滿意，可向行政院消費者保護會線上申訴，或撥打 1950 消費者服務專線。
        本店營業登記：小鹿球鞋工作室，統一編號 90416280，客服電話 02-2765-3148（週一至週五 13:00–20:00）。
        超商取貨付款未取件，包裹將於 7 日後退回，第二次未取件者將停止提供貨到付款服務。
        賣貨便包裹編號 F21874936051 狀態：已送達門市，請於 7 日內取件。
        瑕疵認定標準：開膠、車線斷裂、左右尺寸不一屬瑕疵；鞋墊輕微歪斜、膠痕 2mm 內屬正常工藝範圍。
        RMA 單號 RMA-TW-77319 對應退貨品項：Salomon XT-6 US10 ×1，退貨原因：尺寸不合。
        信用卡分期付款僅限 3 期、6 期零利率，適用銀行請見結帳頁，不適用於預購商品。
        請勿將退貨商品寄到門市，門市不受理收件，所有退貨一律寄回倉庫：桃園市蘆竹區南崁路一段 88 號（小鹿球鞋 倉儲部）。
    """),
    ("en", "resale market and shop policy"): _lines("""
        Resale prices for Dunk Low "Panda" have fallen below retail in most Asian markets as Nike kept restocking the pair.
        SNKRS terms state that entries using bots, multiple accounts or address jigging may be cancelled without notice.
        Michael Jordan signed with Nike in 1984, and the Air Jordan 1 released the following year in the Chicago colourway.
        Authentication checklist: box label, size tag, insole print, stitching count, smell, weight — never rely on a single tell.
        Pre-order terms: a 30% deposit secures your pair; the balance is due within 7 days of arrival in Taiwan.
        Order #TW-88213 shipped via SF Express, waybill SF1408 2739 5561, estimated delivery 3–5 business days.
        Return window is 7 days from delivery; items must be unworn with the original box, tags and extra laces.
        Virgil Abloh's "The Ten" collaboration with Nike debuted in 2017 and changed how deconstructed design was marketed.
        Raffle FAQ: Can I enter for a friend? No — entries are tied to the app account and the ID shown at pickup.
        Our Ximending store customer service line is +886 2 2388 0415, open Tuesday to Sunday 12:00–21:00.
        Template: Dear [Customer Name], your raffle entry for [Product] in size [US Size] has been received. Results will be sent on [Date].
        GOAT and StockX both charge seller fees that vary by seller level; factor these in before quoting a resale price.
        Size conversion: US 9 = UK 8 = EU 42.5 = 27 cm for Nike men's; some adidas models run about half a size larger.
    """),
    ("zh-Hans", "proxy buying and authentication (mainland)"): _lines("""
        得物鉴定流程：卖家发货至鉴定中心，经多道鉴别工序后加装防伪扣，再寄给买家。
        跨境电商零售进口单次交易限值为人民币 5000 元，年度交易限值为 26000 元，超出部分按一般贸易方式征税。
        代购须知：因海关清关需要，下单时请填写与收件人一致的实名信息，本店仅用于报关，不作他用。
        退货说明：商品签收后 7 天内，鞋盒、吊牌、鞋撑完好可申请无理由退货，运费由买家承担。
        订单号 DW2025112801837462 已完成鉴定，状态：已发货，顺丰单号 SF1592037486215。
        群公告：本群只做正品代购，台湾直邮大陆走集运，每公斤运费 ¥38，首重 1 公斤起算。
        鉴定小课堂：AJ1 鞋盒标签上的 "MADE IN CHINA" 字样，正品字距均匀，假货常常偏粗。
        价格播报：Dunk Low "Panda" 42 码今日成交均价 ¥689，较上周下跌 4%。
        请勿相信私聊你的"客服"，本店所有收款均走平台担保交易，不会让你扫个人收款码。
        发售日历：12 月 13 日 Air Jordan 4 "White Thunder"，12 月 20 日 Yeezy Slide "Onyx" 补货。
        李宁"韦德之道"系列由德怀恩·韦德代言，近年在球鞋圈人气持续上升。
        预售规则：定金 ¥200，尾款到货后补齐，定金不退，尺码请下单前自行确认。
        模板：收件人：____ 电话：1XX-XXXX-XXXX 地址：____省____市____区____
    """),
    ("mixed", "shop system config and logs"): _lines("""
        raffle.yml: max_entries_per_phone: 1 / max_entries_per_id: 1 / draw_seed: ${DRAW_SEED} / notify_channel: line_oa
        CREATE TABLE raffle_entry (id BIGSERIAL PRIMARY KEY, product_sku VARCHAR(16), size_us NUMERIC(3,1), phone_hash CHAR(64), created_at TIMESTAMPTZ);
        [2025-12-04 10:00:03] INFO draw started sku=DZ5485-106 entries=18420 winners=240 store=tpe-xinyi
        SKU 對照表 | FV5029-141 | Air Jordan 4 "Military Blue" | US7–13 | 建議售價 NT$6,800
        webhook: POST https://api.example-shop.tw/v1/line/notify {"order_id": "SS20251204-00873", "status": "shipped"}
        訂單編號驗證規則 ^SS[0-9]{8}-[0-9]{5}$，通過後才呼叫物流 API 建立託運單。
        export_columns = ["訂單編號", "品名", "尺寸", "數量", "金額", "出貨日"]  # 不含姓名與電話
        2025-12-05 14:22:18 WARN line_bot rate_limit reached, retry_after=30s, group=G_sneaker_tp_03
        label image sha1: 4c1e9b3f27a0d86e5f12c7a9b0d3e84f61a2c57e，比對鞋盒標籤是否為重複使用之翻拍圖。
        UPC 195244873913 / EAN 0195244873913 對應 Dunk Low Retro "White Black" US9
        參考書目：ISBN 978-986-235-814-6《球鞋收藏入門》第 4 章「鞋盒標籤的演變」。
        cron: 0 10 * * 6 python draw.py --sku DZ5485-106 --store tpe-xinyi --dry-run
        v2.14.3 更新說明：修正抽籤重複登記判斷、新增鑑定證書 QR 驗證、移除已停止服務的 LINE Notify 串接。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        【實名抽籤登記】姓名：林佳蓉｜手機：0928-517-364｜身分證：F228314069｜尺寸：US7｜取貨門市：台北信義店
        中籤名單公告：陳冠廷 US9、黃詩涵 US6.5、吳柏翰 US10，請於 12/18 前至信義店付款取貨，逾期視同放棄。
        黑名單公告：買家 周家豪（LINE ID: haoha0_0815）預購 Supreme 外套付了訂金後失聯，尾款 NT$8,600 至今未付，各位賣家注意。
        退貨糾紛紀錄｜客人：蔡孟儒 小姐｜電話 0918 263 471｜訂單 SS20251122-00412｜主張收到的鞋子左右尺寸不同，已請她拍照並寄回倉庫鑑定。
        代購匯款資訊請確認：戶名 鄭宇翔，中國信託(822) 帳號 4605-4018-2973，匯款後請回傳帳號末五碼。
        收件資料：王思穎 / 0975-308-216 / 新北市板橋區文化路一段 266 巷 9 號 5 樓 / 備註：白天不在家請放管理室
        鑑定申請：委託人 許哲瑋，送鑑 Air Jordan 1 "Lost & Found" US10，自稱於蝦皮以 NT$9,200 購入，鑑定結果：仿品。
        員工請假單｜門市：台中勤美店｜姓名：劉品妤｜假別：病假｜事由：腸胃炎急診，附診斷證明｜日期：12/03–12/04
        面交確認：明天晚上 7 點板橋站 2 號出口，我開白色 Altis 車牌 BFR-2736，到了打 0921-640-185 給我
        詐騙報案紀錄：被害人 楊雅筑（R224609182）於 LINE 群被假賣家騙走 NT$12,500 購買 Yeezy 350，已至板橋分局報案。
        會員資料變更：會員 K129073658 申請更換綁定手機為 0963 782 415，已完成簡訊驗證。
        預購訂單表：#A031 邱子軒 US9.5 訂金已付 NT$2,040 / #A032 曾郁婷 US6 訂金未付 / #A033 簡承恩 US11 訂金已付 NT$2,040
        付款失敗通知：卡號 3562 8904 1735 6217 的交易於 12/05 21:14 被拒，請持卡人賴冠宇先生聯繫發卡銀行。
        小編私訊紀錄：阿哲（LINE: jay.sneaker_tw）說他幫老婆抽中了 Dunk，但她人在高雄住院開刀，問能不能延到下週取貨。
        黃牛名單（禁止參加本店抽籤）：謝明翰 0910-827-335、蘇冠霖 0988-415-602、高子晴 0955-270-819
        信用卡爭議款通知：持卡人 CHIANG CHENG-HAN 江承翰，卡號 4532-0178-3462-1594，主張未收到商品提出扣款爭議，金額 NT$15,800。
        地址更正：原收件地址 台南市東區大學路 22 巷 5 號 改為 台南市北區公園路 731 號 8F-3，收件人 施柏均 不變。
        客訴信件來自 ting.yu.hsieh1996@gmail.com：「我已經等了 45 天，預購的鞋還沒到，再不退款我就要去找消保官。」
        代購小幫手排班：週一 何宜蓁、週三 潘俊傑（晚班，需提早離開接小孩）、週五 游筱涵
        外籍會員資料：NGUYEN THI HOA（阮氏花），居留證號 F802135471，手機 0903-215-774，預購 adidas Samba OG US5.5。
        退款帳戶：郵局(700) 局號 0031276 帳號 0458193，戶名 羅佩珊，退款金額 NT$3,280。
        群組管理紀錄：已將「小米粥」踢出群組，本名鍾易辰，在群裡散布其他群友的收件地址，截圖已存證。
        抽籤登記匯出（部分）：E125938475,翁志豪,0972-118-540,US10 | D215388044,戴心怡,0926-503-917,US7
        鑑定師內部備註：客人孫郁凱這是第三次送鑑同一批 Off-White，每次都說是朋友的，懷疑在洗貨，之後請主管處理。
        中籤通知：親愛的方筱雯您好，恭喜您抽中 New Balance 990v6 US8，請於 12/18 前攜帶身分證至信義店付款取貨。
        分店群組：明天 Jason（林俊佑）請喪假，他阿嬤過世，信義店早班請 Amy 支援一下。
        收到匯款：12/04 14:32 國泰世華(013) 帳號末五碼 38271，備註「Q230641720 黃曉琪 預購訂金」
        拍賣留言：賣家 boyu_kicks（本名彭柏宇）聲稱是正品，我送鑑定是假的，他現在把我封鎖了，大家小心！
        店長筆記：常客「阿德」就是住永和中正路那位謝德明，每次都要貨到付款又不取件，已經第三次了，之後請他先付款。
        得標通知：恭喜 IG @wei.kicks.tpe（吳家瑋）以 NT$11,300 得標 Travis Scott Jordan 1 Low，請於 24 小時內匯款。
        簽收異常：收件人賴欣妤（P219047365）表示外箱破損、鞋盒凹陷，已拍照存證，聯絡電話 0935-462-108。
    """),
    "zh-Hans": _lines("""
        清关实名信息：收件人 李思远，身份证号 350203199704023819，手机 186 5921 3047，地址 福建省厦门市思明区莲前西路 288 号 6 栋 1203。
        代购群：@小鱼 周佳怡 你的 AJ4 已经到集运仓了，尾款 ¥1,150 记得今天付，微信 zhoujiayi_0819 转账备注订单号。
        退货纠纷：买家王浩然（手机 139 2580 6137）称鞋子有胶水味要求退款，已提交平台仲裁，案件号 AR2025120400318。
        海关补充材料：订购人 陈晓婷 440304199308174520 的包裹因身份证与支付人不一致被退回，需要重新申报。
        鉴定师排班：张磊本周三请假（孩子发烧住院），由刘倩代班。
        北京客户赵子豪，身份证 110108199506217630，要求开具个人抬头发票，发送至邮箱 zzh_kicks95@163.com。
        黑名单：QQ 2847196053 昵称"阿飞"，本名孙一帆，收货后以"假货"为由拒付，已被三家店拉黑。
    """),
    "en": _lines("""
        Singapore pop-up raffle entry confirmed — Marcus Tan Wei Jie, NRIC S9176428H, mobile 9371 5208, size US 10, collection on 14 Dec.
        EMS label from Taipei: Nurul Aina binti Hashim, 28 Jalan SS 15/4C, 47500 Subang Jaya, Selangor, tel 017-229 0615.
        Dispute note: Priya d/o Ramasamy says the Jordan 4s she bought from us on 2 Nov were replicas; she has filed a chargeback and is threatening to post on Reddit.
        HK buyer Chan Ka Ho, HKID K381946(9), phone 9436 2817, asked for his pre-order to go to his office in Kwun Tong instead.
        hi this is daniel okafor, i paid the deposit for the supreme hoodie with my card ending 2270 but got charged twice, pls refund one — d.okafor.kicks@outlook.com
        Staff note: Kevin Lau (part-timer, Ximending) will miss Saturday's drop, he's in hospital after a scooter accident on Thursday.
        Pre-order #P-118 | Jonathan de Souza | FIN G7741203X | US 8.5 | deposit NT$4,200 paid via Wise, balance pending
    """),
    "mixed": _lines("""
        代購 order from Malaysia：Muhammad Haziq bin Rosli，IC 960712-14-5283，WhatsApp 012-738 4291，要兩雙 Samba 寄到 Kuala Lumpur。
        Raffle winners 名單 (Singapore pop-up)：Tan Mei Ling T0452871E US6 / Arjun a/l Subramaniam FIN F2318764R US9.5
        客人 Kelly 張凱莉 LINE: kelly_0326 說她的 card 5521 3490 6178 2439 被盜刷 NT$6,480，懷疑是在假網站刷的。
        HK 代購收件：黃嘉欣 HKID Y274615(6)，電話 5128 7730，地址 九龍旺角砵蘭街 112 號 7 樓 B 室。
        Malaysian buyer Siti Khadijah binti Abdullah，MyKad 990305-10-6042，要改寄到她在台中唸書的宿舍，聯絡 0958-331-207。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是小鹿球鞋工作室的 LINE 客服助理，協助查詢抽籤結果與訂單。"),
        ("user", "你好 我想查我有沒有中 Jordan 1 的籤"),
        ("assistant", "您好！請提供登記時使用的姓名與手機號碼，我幫您查詢。"),
        ("user", "張詠晴 0916-284-503 身分證 H120765395 我登記的是 US8"),
        ("assistant", "已查到您的登記紀錄，本次未中籤，已為您列入備取第 12 順位。"),
    ],
    [
        ("user", "我上禮拜退貨的鞋子已經寄回去了，退款要匯到哪裡？"),
        ("assistant", "請提供退款帳戶資訊：銀行代碼、帳號與戶名，我們會在 3 個工作天內匯款。"),
        ("user", "台新銀行 812，帳號 2008-1004-563218，戶名 魏子翔，訂單是 SS20251118-00295"),
    ],
    [
        (
            "user",
            "我要檢舉一個詐騙，這個人叫 簡宏達，LINE ID 是 hongda.kicks88，他在群裡賣 Yeezy 收了錢就消失",
        ),
        (
            "assistant",
            "很抱歉發生這種事。建議您保留對話截圖與匯款紀錄，撥打 165 反詐騙專線並至警局報案。",
        ),
        ("user", "好 他的電話是 0982-716-430，我轉給他 NT$7,800"),
    ],
    [
        ("user", "預購的 Supreme 外套可以改地址嗎？"),
        ("assistant", "可以的，商品尚未出貨前都能修改，請提供訂單編號與新的收件地址。"),
        (
            "user",
            "訂單 SS20251201-00116，改寄 台北市中山區民生東路二段 147 巷 3 弄 6 號 2 樓，收件人 古雅婷 0912-609-384",
        ),
        ("assistant", "已為您更新收件資料，出貨時會再以簡訊通知。"),
    ],
    [
        ("system", "你是代购店的客服助手，负责处理清关实名认证。"),
        ("user", "我的包裹卡在海关了，说要补实名信息"),
        ("assistant", "您好，请提供收件人姓名与身份证号码，需与支付人一致。"),
        (
            "user",
            "收件人 林浩宇，身份证 440106199403120266 是我老婆的，我用她的支付宝付的款，手机 13925806137",
        ),
    ],
    [
        (
            "user",
            "Hi, I pre-ordered the New Balance 990v6 from Hong Kong, can you ship to a locker instead?",
        ),
        (
            "assistant",
            "Sure, we can ship to an SF locker. Please share the recipient name, HKID for customs and a contact number.",
        ),
        ("user", "Wong Tsz Kin, HKID M502873(1), mobile 6087 3519, SF locker in Sha Tin please"),
    ],
    [
        ("user", "你們鑑定說我的鞋是假的，但我是在官網買的！"),
        ("assistant", "了解您的心情，可以提供購買證明與鑑定證書編號嗎？我們會請主任鑑定師複檢。"),
        (
            "user",
            "我是 蕭育豪，證書 AUT-2025-118377，發票在這，刷的是我的卡 4041 3125 7830 9645，請幫我重新看",
        ),
        ("assistant", "已收到，複檢結果會在 3 個工作天內通知您。"),
    ],
    [
        (
            "user",
            "幫我寫一則給店內群組的公告，說 B288135704 那位同事 蔡宛臻 這週確診 A 流，週四週五的班要找人代",
        ),
        (
            "assistant",
            "建議公告不要附上身分證號與病名，可以寫成「宛臻本週請病假，週四、週五的班需要支援，請有空的同事回覆」。",
        ),
        ("user", "好 那就這樣發，再加一句她的班原本是信義店早班 10:00-18:00"),
    ],
    [
        (
            "user",
            "幫我擬一篇黑名單貼文：買家 盧建志 0930-258-617，住桃園中壢，貨到付款三次都不取件",
        ),
        (
            "assistant",
            "公開他人姓名與電話可能涉及個資與妨害名譽問題，建議只在賣家群內部提醒，並以訂單紀錄作為依據。",
        ),
        (
            "user",
            "那就只寫在我們賣家群，訂單是 SS20251015-00088、SS20251102-00154、SS20251120-00231",
        ),
    ],
    [
        (
            "user",
            "hi boss, I'm Farah binti Ismail from JB, can I order 1 pair Samba US6 for pickup in Taipei next week?",
        ),
        (
            "assistant",
            "Of course! Please share your WhatsApp number and the date you'll be in Taipei so we can hold the pair for you.",
        ),
        (
            "user",
            "whatsapp 017-559 3082, I arrive 18 Dec, staying near Taipei Main Station until 23 Dec",
        ),
    ],
    [
        ("user", "我的會員帳號好像被盜了，有人用我的帳號抽籤"),
        ("assistant", "請提供會員註冊的身分證字號與手機，我們協助您凍結帳號並重設密碼。"),
        (
            "user",
            "S127650939，0947-381-226，我叫 侯柏凱，帳號登記的 email 是 bokai.hou@yahoo.com.tw",
        ),
        ("assistant", "已暫時凍結該帳號，重設連結已寄至您的信箱，本季抽籤紀錄也會一併清查。"),
    ],
]
