# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh188: Taiwan interior design and renovation (quotes, contracts, extra charges, leak disputes, neighbour complaints, crew LINE groups). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh188
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "報價單項目"): _lines("""
        報價單號 Q-2026-0314-07｜拆除工程：浴室壁磚、地磚打除（含清運）1式 NT$18,000
        泥作工程：浴室地坪及牆面防水（彈性水泥兩道＋不織布補強）6.5坪 × NT$2,800 = NT$18,200
        木作工程：客廳造型天花板，日本麗仕矽酸鈣板 6mm＋角材，12坪 × NT$3,200 = NT$38,400
        系統櫃｜主臥衣櫃 W240×H240×D60cm｜E1級塑合板、KD木紋門片、緩衝鉸鍊｜NT$52,800
        油漆工程：全室牆面批土兩次、乳膠漆三度（得利竹炭健康漆），約38坪，每坪 NT$2,100
        水電工程：全室電線更新 2.0mm² 太平洋電線，開關插座 Panasonic 星光系列，共 42 口，每口 NT$1,450
        衛浴設備：TOTO 單體馬桶 CW887RB 一座 NT$16,900（不含安裝及舊品拆除）
        廚具：一字型 300cm，人造石檯面，櫻花 R-3260 除油煙機＋G-2522 檯面爐，含安裝 NT$128,000
        冷氣：大金 RXM50VVLT／FTXM50VVLT 一對一變頻，標準安裝含冷媒管 4m，超過每米 NT$800
        鋁窗：YKK 氣密窗 4A等級，5+5 膠合玻璃，訂製 180×150cm，含拆舊及防水填縫
        保護工程：電梯及公共走道 PP瓦楞板保護、地坪防護毯，1式 NT$8,000
        備註：本報價有效期限30天，未含室內裝修許可申請費用及社區施工保證金。
        付款方式：簽約 30%／水電泥作完成 30%／木作完成 30%／驗收完成 10%
        第二次追加減明細：取消玄關鞋櫃（-NT$24,000）、新增陽台洗衣機龍頭一組（+NT$2,500），淨減 NT$21,500
        統一發票 XK-48203915｜賣方統一編號 53028718｜營業稅 5% 已內含
    """),
    ("zh-Hant", "工程合約與追加款條款"): _lines("""
        第五條 工程期限：乙方應於開工日起90個日曆天內完工，因天災或甲方變更設計致延誤者，工期得順延。
        第八條 逾期罰款：每逾一日，按契約總價千分之一計罰，累計以契約總價百分之十為上限。
        第十條 追加減工程：任何追加或變更應以書面為之，經雙方簽認數量及單價後始得施作，口頭約定不生效力。
        第十二條 保固：防水工程保固二年，其餘工程保固一年，自驗收合格之日起算；人為損壞不在保固範圍。
        甲方：＿＿＿＿＿＿　身分證字號：＿＿＿＿＿＿＿＿　地址：＿＿＿＿＿＿＿＿＿＿＿＿　電話：＿＿＿＿＿＿
        變更設計同意書（範本）：本人同意將原設計第＿項變更為＿＿＿＿，追加金額新台幣＿＿＿＿元整，工期順延＿日。
        尾款支付條件：乙方完成驗收缺失改善並經甲方複驗無誤後七日內，甲方應支付尾款。
        乙方施工致鄰房損壞者，應負責修復或賠償；乙方應投保營造綜合保險，第三人意外責任每一事故保額不低於新台幣200萬元。
        保留款：工程總價5%作為保留款，於保固期滿且無待修項目後無息退還。
        甲方逾期付款達十四日，經乙方書面催告仍未給付者，乙方得暫停施工，工期順延。
        契約編號 HX-2026-0087 第一期工程款已於 2026/04/02 入帳，請財務開立發票並更新收款表。
        施工保證金：依社區規約繳交新台幣3萬元，完工後經管委會會同檢查公設無損壞即無息退還。
        本契約一式二份，甲乙雙方各執一份；附件包括報價單、平面配置圖、立面圖及材料表，與本契約有同一效力。
        設計費以室內實際坪數計算，每坪 NT$6,000，平面配置確認後不退還；若後續簽訂工程約，設計費得折抵工程款 50%。
    """),
    ("zh-Hant", "工班LINE群"): _lines("""
        【公告】明天（週三）早上8:30拆除進場，電梯保護板請先鋪好，管理室規定9點前不能敲打。
        泥作今天收工前請把排水孔用膠帶封起來，上次水泥流進去被管委會罵到臭頭😅
        系統櫃週五下午2點到貨，需要兩個人幫忙卸貨，貨車停後門卸貨區，不要停大門口。
        試水48小時從今天17:00開始，浴室門口貼了告示，請大家不要進去踩。
        油漆師傅注意：主臥牆面批土還沒乾，濕度計顯示75%，先開除濕機，明天再看。
        收到👌 我明天7點半到
        材料行說6mm矽酸鈣板缺貨到下週二，天花板進度往後延3天，其他工種照常。
        垃圾清運車今天16:00到，拆下來的舊鋁窗先集中放陽台，不要堆樓梯間。
        水電明天要做熱水管保壓測試，10kg 保壓30分鐘，現場請幫忙拍壓力錶照片上傳記事本。
        提醒大家社區週六日禁止施工，違規一次罰3,000，上週已經被開過一次了🙏
        今天的照片都上傳到記事本了，天花板封板前的管線照大家再看一下有沒有漏拍。
        廚房壁磚貼到一半發現色號批號不一樣（B2418 跟 B2420），先停，等材料行換貨。
        冷氣排水管洩水坡度不夠，明天請冷氣師傅回來重拉，天花板那塊先不要封。
        如果下週一放颱風假就全部停工，以市政府公告為準。
        鑰匙盒密碼已經換了，新的各自私訊，不要貼在群組裡。
        這次驗收缺失共12項，清單在記事本，各工種認領自己的項目，週五前改完回報。
    """),
    ("zh-Hant", "漏水與鄰里糾紛問答"): _lines("""
        問：樓上浴室漏水到我家天花板，管委會說是住戶之間的事不管，我該怎麼辦？答：先請抓漏師傅判斷漏水來源並拍照存證，再依公寓大廈管理條例請樓上修繕。
        公寓大廈管理條例第12條：樓地板及其內之管線，其維修費用由該樓地板上下方之區分所有權人共同負擔；但因可歸責於一方之事由所致者，由該方負擔。
        鄰居拒絕讓人進屋檢查漏水？依公寓大廈管理條例第6條，住戶不得拒絕他住戶因維護、修繕專有部分所必要之進入或使用。
        漏水鑑定可以找各縣市土木技師公會或結構技師公會，費用依案件複雜度從數萬元起跳，通常由申請人先墊付。
        壁癌不一定是樓上漏水，也可能是外牆磁磚縫滲水或室內濕度過高，建議先用含水率計量測再判斷。
        裝修噪音擾鄰：除社區規約外，可撥打各縣市環保局陳情專線或1999，由稽查人員到場量測噪音。
        鄰里糾紛可向鄉鎮市區公所調解委員會聲請調解，不收費用；調解成立經法院核定後，與民事確定判決有同一效力。
        拆除隔間牆、增設廁所或變更防火區劃，依建築物室內裝修管理辦法應申請審查許可，不能只靠管委會同意。
        跟裝修公司有糾紛，可先撥打1950消費者服務專線申訴，或向各縣市室內設計裝修商業同業公會申請調處。
        設計師收了訂金卻遲遲不開工，建議先寄存證信函定期催告，逾期仍不履行即可解除契約並請求返還訂金。
        保固期內發生漏水，業者拒絕處理時，請保留施工照片、契約保固條款與LINE對話紀錄，作為後續調解或訴訟證據。
        外牆或屋頂漏水屬共用部分，原則上由管理委員會負責修繕，費用由公共基金支付。
        樓上住戶一直拖著不修怎麼辦？可先請管委會出面協調，仍無結果再向法院起訴請求修繕及損害賠償。
        冷氣室外機或抽風機噪音吵到鄰居，也可能違反噪音管制標準，環保局可以到場量測。
        新成屋交屋後發現浴室漏水，應先通知建商依保固處理，不要自行打除，以免喪失保固權利。
    """),
    ("zh-Hans", "装修攻略"): _lines("""
        水电改造一定要拍照留底，尤其是墙面开槽的走线位置，以后挂画打孔才不会打到电线。
        卫生间闭水试验至少 48 小时，淋浴区墙面防水高度建议做到 1.8 米以上。
        半包和全包的区别：半包只包人工和辅料，主材自己买；全包连瓷砖、地板、洁具都由装修公司采购。
        装修合同里一定要写清楚增项怎么计价，不然中途被加钱会很被动。
        入住前做甲醛检测，建议找有 CMA 资质的第三方机构，别只信商家送的检测盒。
        瓷砖空鼓率一般要求不超过 5%，验收时拿空鼓锤一块一块敲。
        台湾说的“系统柜”基本就是大陆的“定制柜”，板材常见 E1、E0 和日本 F4 星等级。
        订单号 ZX20260518-0093 已确认，定制柜预计 15 个工作日出货，物流单号另行通知。
        木语全屋定制 售后服务热线 400-862-1938，工作日 9:00-18:00。
        吊顶一般用轻钢龙骨加石膏板，厨房卫生间用铝扣板更防潮。
        大部分小区规定工作日 8:00-12:00、14:00-18:00 才能做有噪音的施工，具体以物业通知为准。
        房龄二十年以上的老房子翻新，建议全屋换线换水管，别省这笔钱。
    """),
    ("en", "renovation notices and advice"): _lines("""
        NOTICE TO RESIDENTS: Renovation works at Unit 11F-2 will run from 3 March to 28 April 2026, Mon–Fri 9:00–17:00. We apologise for any noise.
        Quote ref QT-88231 is valid for 30 days; prices exclude 5% business tax and the building's renovation deposit.
        Tip: get the waterproofing membrane brand and number of coats in writing before any tiles go down.
        A flood test should run for at least 48 hours before tiling; photograph the water line at start and finish.
        Invoice INV-2026-0457 | Balance due: NT$128,600 | Payable within 14 days of handover.
        In Taiwan, removing partition walls or adding a bathroom generally needs an interior renovation permit, not just the building committee's okay.
        Tadao Ando made fair-faced concrete fashionable, but it is unforgiving: one bad pour can't really be patched.
        Shipment of your custom cabinets: SF Express waybill SF1408237716395, expected delivery 18 April.
        Questions about your order? Call our Neihu showroom at (02) 2658-4410, Tue–Sun 10:00–19:00.
        Warranty covers workmanship defects for 12 months from handover; damage caused by occupants or pets is excluded.
        How much does a full gut renovation of a 30-ping apartment in Taipei cost these days? Roughly NT$2.5–4 million depending on finishes.
        Meeting minutes template — Date: ____ / Attendees: ____ / Decisions: ____ / Extra costs approved: ____
    """),
    ("mixed", "工地材料與進度"): _lines("""
        浴室 wall tile 用 30x60 matte，floor 用 60x60 止滑 R11，填縫劑選 Mapei Ultracolor Plus 113 cement grey。
        Site log 05/14：木作 80% done，天花板 next Mon 封板，油漆預計 05/25 進場。
        Defect list v3 更新：total 18 items，closed 11，open 7（主要是 cabinet door alignment）。
        矽利康要用中性還是酸性？石材跟鏡子旁邊一定要用 neutral cure，不然會吃色。
        PO-7731 已下單：LED 崁燈 9W 3000K × 36 顆，ETA 3/28，到貨後先點數量。
        BIM model v2.3 已上傳 shared drive，請先 check MEP clash 再 confirm 天花板高度。
        義大利進口 porcelain slab lead time 要 10–12 週，layout 確定後再下單比較保險。
        牆面 moisture reading 還有 18%，too high for paint，除濕機再開三天。
        電箱改 NFB 20A × 12 回路，浴室跟廚房另加 ELCB 漏電斷路器。
        FYI 這週水泥又漲了，50kg 一包從 NT$185 漲到 NT$205，後面的報價要 update。
        Drawing set rev C 已發行，檔案 checksum 3e7a9c1d，舊版 rev B 請全部作廢。
        config: site_id=TPE-DA-042, noise_window=09:00-17:00, weekend_work=false, photo_upload=daily
    """),
    ("zh-Hant", "社區公告與施工申請"): _lines("""
        【晴光苑管理委員會公告】住戶裝修須於施工前七日提出申請，並繳交施工保證金新台幣3萬元。
        施工時間：週一至週五 9:00–12:00、13:30–17:30；週六、日及國定假日一律禁止施工。
        本週四 10:00–12:00 電梯例行保養，裝修材料請避開該時段搬運，造成不便敬請見諒。
        近期B棟多戶反映施工噪音，請各裝修戶嚴守施工時間，違者依規約第十八條處罰。
        裝修申請表：申請戶別＿棟＿樓　施工期間＿年＿月＿日至＿年＿月＿日　施工廠商＿＿＿＿　廠商聯絡電話＿＿＿＿
        裝修廢棄物不得堆置於樓梯間或地下室車道，經發現將逕行清除，費用由施工戶負擔。
        中山北路側門僅供住戶進出，裝修材料一律由長春路後門卸貨區進出。
        停水通知：因台灣自來水公司管線工程，本社區3/18 9:00–15:00停水，詳情請洽自來水客服1910。
        台北市民當家熱線1999（外縣市請撥02-2720-8889），可反映違規施工及噪音問題。
        國父紀念館周邊巷弄禁止大型貨車白天臨停卸貨，請施工廠商改於早上7點前或晚上進料。
        感謝各位住戶配合，本社區外牆拉皮工程已於11/30完工，公共基金收支明細公布於一樓公告欄。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        報價單 No. Q-2026-0311-02｜客戶：陳怡君 小姐｜手機：0928-517-362｜施工地址：新北市板橋區文化路一段188巷12號4樓｜總價 NT$1,286,000（含稅）
        工程承攬契約書　甲方：林志豪　身分證字號：A134031467　住址：台北市大安區和平東路二段76巷5弄3號2樓　乙方：木心室內裝修有限公司　契約總價新台幣貳佰參拾萬元整
        吳佩珊小姐您好，浴室改乾濕分離及前陽台鋁窗更換兩項追加共 NT$87,400，追加單已附上，麻煩確認後於4/30前匯款，謝謝您🙏
        我是12樓的住戶黃淑芬，你們11樓每天早上七點半就開始敲，我婆婆上週剛開完髖關節手術在家休養，拜託遵守規約九點以後再施工！
        阿凱 明天8點直接到中壢環中東路二段417號11樓之3，鑰匙跟管理員拿，報屋主吳太太就好，她手機 0975-204-813 有事先打給她
        存證信函｜寄件人：張美玲，台中市西屯區市政北二路238號17樓｜收件人：許家銘，同址18樓｜主旨：貴戶浴室漏水致本戶天花板及主臥牆面受損，請於文到七日內修繕，否則依法請求損害賠償。
        工安事故紀錄 2026/05/08 14:20｜泥作工劉文雄（54歲）於後陽台搬運水泥時閃到腰，送亞東醫院急診，診斷為腰椎椎間盤突出，醫囑休養兩週，已通報職災。
        這期水電款麻煩直接匯給我本人：郵局(700) 0021465-0318827 戶名 鄭國輝，匯好拍收據給我 謝謝老闆
        信用卡授權書｜持卡人：CHEN YU-TING｜卡號：4563 0014 6491 9801｜有效期限：08/29｜授權金額：NT$150,000（設計訂金）｜簽名：陳郁婷
        保固登記卡 W-26-0412｜屋主：蔡明哲｜聯絡電話：0933-618-250｜保固項目：浴室防水（2年）、系統櫃五金（1年）
        板橋的設計師蕭柏宇收了我們30萬訂金後已讀不回兩個月，工作室也人去樓空，已經到派出所報案，有一樣狀況的可以私訊我一起提告
        第三案：B棟8樓之2 趙宏偉 住戶於裝修期間擅自拆除陽台外牆窗台，經本會決議依規約罰款新台幣一萬元，並限期一個月內回復原狀。
        驗收紀錄 2026/07/02｜屋主李雅雯到場驗收，缺失：主臥衣櫃門片不平、廚房矽利康發霉、客廳插座一組無電｜屋主簽名：李雅雯
        6/12 出工表｜木工：王俊傑 0910-583-214、林順發｜油漆：邱大川｜工地：大安區瑞安街 陳宅｜7:30 現場集合
        團體意外險加保名單（臨時工）：黃志明 H105638799 生日67/02/11；蘇建宏 D108743686 生日72/09/27
        收據｜茲收到 楊淑惠 女士交付系統櫃訂金新台幣伍萬元整（NT$50,000），付款方式：現金
        漏水鑑定申請書　申請人：何宗翰　身分證統一編號：F126907500　電話：0921-736-045　鑑定標的：新北市新店區中正路512號3樓 主臥天花板滲水
        晴光苑7F-1的林依潔（Amy）堅持她家浴室天花板的水漬是我們這戶造成的，要我們賠整片天花板重做6萬，抓漏師傅已經證明是她自己冷氣排水管破掉
        陳情人：廖家豪｜電話：0988-142-697｜地址：台北市中山區松江路318巷9號5樓｜陳情內容：隔壁6樓裝修連續三週週六施工，電鑽聲從早上八點響到傍晚
        @所有人 13樓那位游振宇先生今天又下來罵人，還拿手機拍師傅的臉說要PO爆料公社，大家先不要跟他起衝突，有事叫我
        裝修貸款申請｜申請人：潘志偉｜任職：聯發科 資深工程師｜年收入：NT$2,160,000｜申貸金額：NT$800,000｜期數：84期
        屋主夫妻在辦離婚，太太羅美華說合約不是她簽的，尾款38萬叫我們去找先生周文彬要，兩個人現在都不接電話
        台中北屯的小玉要找木工師傅做床架跟書桌，有推薦的麻煩加我 LINE: yuyu_0319 感恩
        3D圖跟平面配置圖請寄到 kevinhsu.tw@yahoo.com.tw 給許凱文，他週末會跟老婆一起看
        江宜蓁設計師的私人手機 0955-870-316，她說晚上十點後請勿來電，工程問題請先在群組留言
        業主施佳蓉有氣喘病史又對甲醛過敏，全室板材指定F1等級、油漆用水性漆，交屋前要做甲醛檢測並把報告給她看
        屋主太太葉庭瑜懷孕七個月，預產期九月底，他們要求八月中一定要完工入住，油漆味要提前散掉
        鄰損鑑定報告（摘要）｜鄰戶：謝忠義｜地址：新北市三重區重新路四段61號2樓｜損壞情形：客廳牆面裂縫3處，最大寬度0.3mm
        室內裝修審查送件：所有權人郭靜宜（A245441104）身分證正反面影本、建物權狀影本、委託書各一份，已掃描上傳
        管理室通知：11樓徐先生裝修期間，其自用車 BKT-6273 暫停B2-35訪客車位至5/31，請其他住戶勿占用。
        監工日誌 2026/04/09｜屋主邱秀琴到場選磁磚：客浴30x60霧面灰，要求主臥床頭增設雙插座兩組，同意追加 NT$3,600，已簽追加單。
        泥作師傅陳永福昨晚在工地喝酒喝到吵鬧被鄰居檢舉，管委會說以後不准他再進社區
    """),
    "zh-Hans": _lines("""
        业主王丽娟（陆配，居留证 A952601810），大陆身份证 440305199208090465，想把深圳南山的老房子也交给我们设计，先加她微信 lijuan_wang0809 沟通
        尾款 ¥28,600 请转到 招商银行 6225 8830 7145 9262 户名 周海涛，转好截图发群里
        业主 张晓敏 电话 138 2947 5061，深圳蛇口 全屋翻新预算 35 万，要求 6 月底前完工
        楼上1602的刘建国家卫生间漏水漏到我们家天花板已经三个月了，物业说让我们自己协商，他一直说没空
        水电分包个人签约：周海涛，身份证号 350203198605143175，联系电话 139 5018 2746，开户行 招商银行厦门分行
        木工师傅何军上周在工地被电锯割伤左手，缝了12针，这个月工钱先按出勤15天结算
    """),
    "en": _lines("""
        Client: Mr. Daniel Whitfield | ARC: F858135372 | Mobile: 0936-025-789 | Site: 9F, No. 233, Sec. 1, Dunhua S. Rd., Da'an Dist., Taipei | Brief: kitchen island + tatami room
        Hi, this is Kelvin Lau, we moved from Hong Kong last year. HKID K634218(3). Can the contract be under my wife Winnie Cheung's name instead? Her ARC isn't ready yet.
        Buyer: NUR AISYAH BINTI RAZALI | MyKad: 910925-10-6342 | Unit 15F-2, Zhubei | Renovation quote pending; buyer overseas until July.
        Received 30% deposit of NT$240,000 from Rajesh s/o Subramaniam (NRIC S8834129E) by telegraphic transfer on 12 Mar.
        ★☆☆☆☆ Designer Vincent Ho took our NT$300k deposit, never started the job and has ignored us for two months. Stay away.
        Please send the final invoice to Sarah Lindqvist at sarah.lindqvist83@gmail.com; she's in Stockholm until 20 May and will pay the balance then.
    """),
    "mixed": _lines("""
        @Jason 今天 site visit 業主 Mrs. Huang (0917-263-940) 說要改 kitchen layout，她說 budget 不能超過 1.5M，請明天前出新 plan
        FYI 水電 Eric 陳志成 的 account：台新 812 2888-1004-5573-16，this month 工資 NT$64,000 記得 transfer
        Leak case update：17F owner 鄭文傑 (LINE: cheng_17f) 還是 refuse 讓我們進他浴室做試水，16F 的 Ms. Tan Mei Ling 已經找律師了
        Mr. Tan Wei Ming 從 KL 來台灣買房，MyKad 870312-14-5527，full renovation 訂金 he wants to pay by 信用卡 5409 4651 3021 1098
        業主 Jessica 吳 的 LINE 是 jess.wu.1130，她 prefer 晚上八點後聯絡，白天在醫院上班（護理師）
        Handover checklist signed by owner 戴志遠 on 2026/08/15，鑰匙 3 把 + 門禁卡 2 張已交付，剩 defect 2 項 pending
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "我家在新北市永和區中正路327號6樓，設計師賴俊明原本報價145萬，現在說要追加28萬，理由是「現場狀況跟預期不同」，但追加單我一張都沒簽。可以幫我寫一段LINE訊息回他嗎？",
        ),
        (
            "assistant",
            "可以，以下是草稿：「賴設計師您好，關於您提出的28萬追加款，依合約第十條，追加工程須以書面經雙方簽認數量與單價後始得施作。目前我未簽署任何追加單，請先提供逐項明細與現場照片，我們再約時間討論，謝謝。」",
        ),
        ("user", "再幫我加上我的手機 0963-481-572，請他白天打給我，不要一直傳語音。"),
    ],
    [
        ("system", "你是協助使用者撰寫法律文書的助理。"),
        (
            "user",
            "幫我寫存證信函給樓上住戶。他叫曾國峰，住高雄市鼓山區美術東二路95號9樓，我住同址8樓。他家浴室漏水到我家主臥已經半年，一直拖著不修。",
        ),
        (
            "assistant",
            "好的，草稿如下：「敬啟者：台端所有之高雄市鼓山區美術東二路95號9樓浴室漏水，致本人8樓主臥天花板滲水、油漆剝落已逾半年，屢經通知未獲處理。請於文到十日內會同抓漏廠商修繕，逾期本人將依法請求修繕費用及損害賠償。」寄件人姓名請您填上。",
        ),
        ("user", "寄件人寫蘇怡萱，要不要附上我的身分證字號 R223490769？"),
        (
            "assistant",
            "存證信函一般只需寄件人與收件人的姓名、地址，不必填寫身分證字號；若日後提起訴訟，起訴狀才需要記載。建議拿掉，避免個資外流。",
        ),
    ],
    [
        (
            "user",
            "我們工班的師傅江文彬（身分證 T173587128）上週在工地從合梯上摔下來，右手腕骨折開刀打鋼釘。他是臨時工，老闆沒幫他保勞保，這樣還能申請職災給付嗎？",
        ),
        (
            "assistant",
            "可以。勞工職業災害保險及保護法施行後，受僱於登記有案事業單位的勞工，即使雇主未申報加保，發生職災仍可向勞保局請領給付，雇主則會被處罰並繳納相關費用。建議保留就醫診斷書、出工紀錄及工資轉帳紀錄。",
        ),
        ("user", "好，他手機是 0919-402-337，可以幫我寫一段訊息傳給老闆，請他配合開證明嗎？"),
    ],
    [
        (
            "user",
            "幫我把這兩位客戶資料整理成表格：1. 孫文慧 0912-684-305 台北市士林區中正路455號7樓 預算120萬 想做北歐風；2. 馮建華 0926-113-748 新北市汐止區大同路二段186號3樓 預算80萬 只做廚房跟浴室",
        ),
        (
            "assistant",
            "姓名 | 電話 | 地址 | 預算 | 需求 / 孫文慧 | 0912-684-305 | 台北市士林區中正路455號7樓 | 120萬 | 北歐風全室 / 馮建華 | 0926-113-748 | 新北市汐止區大同路二段186號3樓 | 80萬 | 廚房、浴室",
        ),
    ],
    [
        ("system", "你是木心室內裝修有限公司的客服助理，協助客戶預約丈量與查詢工程進度。"),
        (
            "user",
            "你好，我是丁嘉玲，合約編號 HX-2026-0112，想把這週六的丈量改到下週三下午，我的手機 0932-557-018。",
        ),
        (
            "assistant",
            "丁小姐您好，已為您登記改期需求：下週三下午丈量，專人會於今天下班前以電話與您確認時段。",
        ),
        ("user", "地址是桃園市桃園區中正路1088號12樓之5，管理室要換證，請師傅記得帶證件。"),
    ],
    [
        (
            "user",
            "深圳的装修工长覃志刚收了我5万进场费就跑了，他电话 186 2075 9314 现在一直关机。我该怎么维权？",
        ),
        (
            "assistant",
            "建议先保留转账记录、聊天记录和收据，到辖区派出所报案，同时可以拨打12315投诉，并向法院起诉要求返还款项。如果他挂靠了装修公司，也可以一并追究公司责任。",
        ),
        ("user", "我叫刘芳，住南山区后海大道88号3栋1702，这些要写进报案材料里吗？"),
    ],
    [
        (
            "user",
            "I'm renting in Taipei and my landlord, Mr. Kuo Ching-hsiang, refuses to fix the leaking ceiling. The flat is 5F, No. 17, Lane 112, Sec. 4, Roosevelt Rd. What can I do?",
        ),
        (
            "assistant",
            "Under Taiwan's Civil Code the landlord must keep the property fit for use. Send a written notice with photos giving a reasonable deadline; if he still refuses, you may repair it yourself and deduct the cost from the rent, or apply for mediation at the district office.",
        ),
        (
            "user",
            "He's also holding my NT$36,000 deposit. My name is Tom Beckett, ARC A858898664, in case the complaint needs it.",
        ),
    ],
    [
        (
            "user",
            "Hi, saya Farid bin Hashim dari Johor, baru beli unit di Taichung 七期. MyKad 880604-01-5391. Nak buat renovation penuh, boleh bagi quotation?",
        ),
        (
            "assistant",
            "Terima kasih Encik Farid! Kami boleh aturkan lawatan tapak untuk ukur unit dahulu, kemudian sediakan quotation lengkap dalam 7 hari bekerja.",
        ),
        (
            "user",
            "Boleh hantar quotation ke farid.hashim88@gmail.com? Budget around NT$2 juta, saya balik Taiwan bulan depan.",
        ),
    ],
    [
        (
            "user",
            "幫我寫一張公告貼電梯：11樓的簡志明家在裝修，他的車 RAS-1028 每天停在消防車道，還讓工人在樓梯間抽菸，講了三次都不理。",
        ),
        (
            "assistant",
            "建議公告先不要指名道姓，以免引起妨害名譽的爭議，例如：「近期有裝修戶車輛占用消防車道、工人於樓梯間吸菸，請立即改善，違者依規約處理。」",
        ),
        ("user", "沒關係，名字跟車牌都寫上去，主委陳伯偉已經同意了。"),
    ],
    [
        (
            "user",
            "幫我算這個月工資：油漆宋志強出工18天、日薪3,200；泥作洪春美出工21天、日薪3,500。宋志強的帳戶是中國信託 822 5403-1728-6695，洪春美是玉山 808 0968-979-104528。",
        ),
        (
            "assistant",
            "宋志強：18 × 3,200 = NT$57,600，匯至中國信託 5403-1728-6695；洪春美：21 × 3,500 = NT$73,500，匯至玉山 0968-979-104528；合計 NT$131,100。",
        ),
    ],
]
