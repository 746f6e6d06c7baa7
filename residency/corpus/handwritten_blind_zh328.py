# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh328: 繁體中文（香港）當鋪與押店（典當記錄、身份證登記、贖回與斷當、失竊物品報案、利息計算、WhatsApp群）. All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh328
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "門市告示"): _lines("""
        本押依照《當押商條例》（第166章）領有牌照，牌照號碼 PB/0473/2026，每張當票借款上限港幣十萬元，月息不超過3.5%，詳情請細閱當票背面條款。
        通告：由2026年12月1日起，本押營業時間改為星期一至六上午9:30至下午6:30，星期日及公眾假期休息；贖當請於下午5:45前到櫃位辦理。
        旺角彌敦道分店由11月20日起裝修約兩星期，期間暫停收當，贖當及續當客人請移玉步到油麻地上海街分店辦理，查詢熱線 2384 6120（辦公時間內）。
        本押只收黃金、鑽石、名錶及名牌手袋，恕不接受手提電話、平板電腦、相機、電動單車及任何未能提供來源證明之物品，如有不便，敬請見諒。
        提提你：當期為四個農曆月，期滿未贖亦未續當者，物品即作斷當處理，本押恕不另行通知，請自行記低當票上嘅到期日，或者用手機日曆設定提醒。
        鑑於近期區內有人以失竊物品典當，本押所有收當物品資料均按《當押商條例》記錄於押簿，警務人員可隨時到店查閱，如有可疑情況本押會即時報警，請各位街坊合作。
        新春營業安排：年廿九至年初三休息，年初四（2027年2月9日）上午十點照常營業，當日足金收當價參考周生生及周大福門市牌價，到期當票可提早於年廿八前辦理續當。
        付款方式：現金或轉數快（FPS識別碼 1738264，收款人「永昌押業有限公司」，商業登記號碼 71845203），恕不接受支票、信用卡及八達通，轉帳後請出示付款紀錄。
        永昌大押總店：香港灣仔莊士敦道168號地舖（近修頓球場）；油麻地分店：九龍上海街307號地下（近油麻地果欄），兩間分店均設無障礙通道及獨立估價房。
        遺失當票者，請盡快攜同身份證明文件親臨本押辦理掛失，掛失手續費港幣二十元，補發當票需時三個工作天，掛失期間任何人持原當票到店均不獲辦理贖當。
        顧客須知：本店櫃位及門口均設有閉路電視，錄影片段保存三十日，只作保安及協助警方調查之用，並按《個人資料（私隱）條例》處理，查閱資料請以書面向本押提出。
        WhatsApp查詢請傳物品品牌、型號、購買年份及正背面相片，報價只供參考，實際借款額以驗貨師傅檢定為準。店舖WhatsApp：6038 2715。
        「謝瑞麟」、「周生生」、「六福」等品牌首飾需附原裝單據或證書，冇單據者只按金重計算，鑽石及寶石部分一概不作價；GIA證書鑽石0.5卡以上另由師傅獨立估價。
    """),
    ("zh-Hant", "常見問題"): _lines("""
        問：利息點計？答：月息3.5%，不足一個月作一個月計。例如借$10,000，當咗一個半月，利息為$10,000×3.5%×2＝$700。
        問：可唔可以幫屋企人贖當？答：可以，本押「認票不認人」，持當票正本者即可贖回，毋須出示原典當人證件，所以當票一定要收好，千祈唔好影相放上網。
        問：續當要幾多錢？答：續當只需清付到期利息，本金可以唔使還，新當票會重新計四個月當期，每張當票最多續五次，第六次起須還部分本金先可以再續。
        問：斷當之後仲攞唔攞得返？答：斷當物品屬本押所有，如未售出或未送拍賣，可按當時市價回購，但價錢一般會高過原本借款，所以最好喺到期前處理。
        問：金器點樣估價？答：師傅會用試金石及X光光譜機驗成色，再按當日金價七至八成計借款，18K金按75%含金量折算，空心或灌膠款式要先剪開檢查。
        問：名錶冇盒冇證書收唔收？答：勞力士、歐米茄、百達翡麗等品牌可以收，但要開底驗機芯及對錶殼編號，需時約二十分鐘，借款額會較有齊盒證低一至兩成。
        問：手袋點估？答：Hermès Birkin、Kelly 及 Chanel Classic Flap 等熱門款式接受典當，需檢查皮質、五金、車線及編碼，舊款按八成新計。
        問：要帶咩證件？答：香港居民帶身份證正本，旅客帶護照、回鄉證或往來港澳通行證正本，本押會按條例登記證件資料，唔收影印本或手機相片。
        問：當票上面寫嘅「月息」同「年息」有咩分別？答：月息3.5%約等於年息42%，本押所有報價均以月息列示，唔會另收手續費。
        問：可唔可以分期還本？答：可以，每次還本最少$1,000，還本後下個月利息按餘額計算，收據會列明已還本金、餘額及新到期日，請保留收據同當票一齊存放。
        問：物品放喺押店安唔安全？答：所有當物存放於銀行級夾萬，24小時保安監察，並購買全額保險，承保公司為保誠保險，保單每年續期，如有損失按估價賠償。
        問：喺澳門當嘅嘢可唔可以喺香港贖？答：唔得，港澳兩地押店牌照獨立，請返回原本典當嘅押店，例如新馬路德成按舊址已改為展覽館，唔再收當。
        問：網上見到話押店會收「殘值」手機，係咪真？答：本押唔收任何電子產品，如有人冒本押名義收機，請致電 2891 5306 舉報。
    """),
    ("zh-Hant", "員工WhatsApp群"): _lines("""
        [09:12] 灣仔總店: 今朝九九九九金牌價每兩$34,180，收當照牌價七成計，即係每兩借最多$23,900，各分店今日照跟。
        [09:15] 油麻地分店: 收到。昨晚夾萬B格嗰三條金條已經轉咗去總店，交收單號 TR-261114-03，麻煩總店簽收後回覆。
        [10:41] 深水埗分店: X光機又死機，顯示 Error 07，已經打咗去代理 2750 3368 報修，師傅話下晝三點前到。
        [11:03] 灣仔總店: 提提大家，下星期三警方會嚟抽查押簿，2026年8月至10月嘅紀錄麻煩整理好，唔好有空格，證件號碼一欄要寫齊，唔好用簡寫。
        [12:30] 旺角分店: 今日收咗兩隻 Rolex Submariner 126610LN，一隻有卡一隻冇卡，已經對過警方失物通告 SPB-2026-1187，冇 match。
        [14:22] 油麻地分店: 斷當清單已出，11月共42件，金器31件、名錶7件、手袋4件，請總店安排下星期一拍賣前估價。
        [15:05] 灣仔總店: 收銀機 Z-report 對唔埋數，差$350，應該係頭先轉數快退款未入系統，聽朝開舖先再對一次。
        [16:40] 深水埗分店: 系統升級到 v4.2.1 之後列印當票個二維碼變咗細咗，打印機要改返 300 dpi，IT 話今晚會 patch。
        [17:18] 旺角分店: 有客想當 Hermès Kelly 25，皮料 Togo，刻印 W，話係2024年買，同總店報價 $58,000 得唔得？
        [17:25] 灣仔總店: Kelly 25 Togo 最多借 $52,000，冇單要扣一成，記住影晒五金同刻印相存檔先好收。
        [18:02] 油麻地分店: 今日收當18單、贖當23單、續當9單，現金結餘 $412,600，已入夾萬，明早九點半開舖。
        [18:30] 灣仔總店: 聖誕節前一星期會加開星期日半日，25號同26號照休，排更表已放咗喺 Google Drive「2026年12月更表」。
        [21:47] 旺角分店: 鐵閘個鎖好似有啲甩，已經 WhatsApp 咗鎖匠舖 9188 2460，佢話聽朝八點嚟換，開舖前應該搞得掂。
    """),
    ("zh-Hant", "行業歷史"): _lines("""
        魯迅在《吶喊》自序中寫道，少年時「有四年多，曾經常常，——幾乎是每天，出入於質鋪和藥店裏」，成為現代文學中最著名的當鋪描寫。
        香港押店招牌多為「蝙蝠咬金錢」造型，取「福在眼前」之意；舖面多設高屏風，據說是方便街坊低頭入舖，免被熟人認出，「押」字招牌亦成為街頭標誌。
        灣仔莊士敦道的和昌大押唐樓建於1888年前後，屬二級歷史建築，經市區重建局活化後改作餐廳，外牆至今仍保留「大押」兩個大字，成為電車路上的地標。
        舊時典當業分「典、當、按、押」四級，典規模最大、當期最長，押規模最小、當期最短；香港法例統稱「當押商」，民間則慣叫「押」或「大押」。
        南北朝時寺院經營「質庫」，一般被視為中國典當業的起源，到宋代寺院質庫又稱「長生庫」，明清時期徽商與晉商相繼主導當業，有「無徽不成典」之說。
        《紅樓夢》第五十七回，邢岫煙把棉衣當到「恆舒典」，後來才知道這間當鋪正是薛家的生意，薛寶釵打趣說「人沒過來，衣裳先過來了」。
        徽州人稱當鋪掌櫃為「朝奉」，高高的櫃枱令典當者要仰頭遞物，朝奉則居高臨下壓價，「朝奉臉」一詞亦由此而來，形容人面色冷淡、愛理不理。
        澳門新馬路的德成按建於1917年，停業後活化為典當業展示館，保留了高櫃台、碉堡式貨樓及防盜鐵窗等建築特色，是認識澳門舊日當押業的好去處。
        戰後五六十年代，香港押店數目眾多，不少基層家庭在月尾將棉被、衣物、腕錶拎去押，出糧後再贖返，循環不息，押店幾乎成為街坊嘅「月尾銀行」。
        新加坡典當業早年多由客家人經營，現時由律政部轄下的當商註冊官規管，上市公司 ValueMax 及 MaxiCash 在全島設有多間分店。
        台灣法規寫作「當舖」，依《當舖業法》經營，由直轄市及縣市警察局負責許可及管理，業者須將許可證懸掛於店內明顯處所，收當時亦須查驗及登記證件。
        馬來西亞的伊斯蘭典當稱為 Ar-Rahnu，不收利息而收保管費（ujrah），由國家銀行及合作社委員會監管，與傳統當鋪並存。
        新馬師曾、梁醒波等諧星活躍的五六十年代，粵語長片經常出現押店場景，常以「當咗件長衫去買米」製造笑料，反映當年基層市民捉襟見肘的生活。
    """),
    ("en", "regulations"): _lines("""
        Under the Pawnbrokers Ordinance (Cap. 166), a pawnbroker's licence is issued by the Commissioner of Police and must be renewed every year on payment of the prescribed fee.
        The Ordinance applies to loans of not more than HK$100,000; the maximum rate of interest is 3.5 per cent per month and the pledge is redeemable within four lunar months.
        A pawnbroker must keep a pawn book recording each pledge, the amount lent, the date and the description of the article, and produce it for inspection by any police officer on demand.
        A pawnbroker who suspects that an article offered in pawn was stolen is expected to detain the article and inform the police without delay.
        In Singapore, the Pawnbrokers Act 2015 is administered by the Registry of Pawnbrokers under the Ministry of Law; the interest cap is 1.5 per cent per month and the redemption period is six months.
        Singapore pawnbrokers must display the prevailing interest rates and the Registry's hotline prominently at the shop front and on every pawn ticket.
        Malaysia's Pawnbrokers Act 1972 is enforced by the Ministry of Housing and Local Government (KPKT); the maximum interest is 2 per cent per month and the redemption period is six months.
        Pledges for a loan of S$50 or below are forfeited on expiry in Singapore, while larger pledges must be sold by public auction with notice published in advance.
        Under the PRC Pawn Administration Measures (2005), the pawn term for movable property is capped at six months and the monthly composite fee for movable property at 4.2 per cent.
        Pawn tickets shall state the name and licence number of the pawnbroker, the ticket number, the amount lent, the rate of interest and the last day for redemption.
        Licence conditions and house rules commonly bar taking pledges from minors or from anyone who appears intoxicated, and staff must record the identity document seen.
        The Hong Kong Money Lenders Ordinance (Cap. 163) does not apply to licensed pawnbrokers acting within the scope of the Pawnbrokers Ordinance, which is a separate regime.
        In Macau, pawnshops operate under a separate licensing regime, and many outlets cluster around the casinos on Avenida de Almeida Ribeiro and in Cotai.
    """),
    ("en", "business_reviews"): _lines("""
        ★★★★★ Wing Cheong Pawn on Shanghai Street gave me a fair price on a 22K bangle, weighed it in front of me and explained the 3.5% monthly interest clearly.
        ★★☆☆☆ Waited 40 minutes at the Mong Kok branch because the X-ray machine was down. Staff polite but nobody told us the wait time.
        ★★★★☆ ValueMax at Toa Payoh Lorong 4 was efficient, renewal done in ten minutes, and the ticket printout shows the exact redemption date.
        ★★★★★ The Pawn restaurant in Wan Chai keeps the old 和昌大押 facade beautifully. Go for the Sunday roast and look at the original pawnshop counter.
        ★☆☆☆☆ Lee's Pawn & Jewellery refused to value a Tudor Black Bay without the warranty card. Fine, but say so on the website instead of making me queue.
        ★★★★☆ Chan Kee Pawnshop in Sham Shui Po is a proper old-school 押, high counter and all. They offered 70% of the day's gold price, which seems standard.
        ★★★☆☆ MaxiCash Jurong Point branch: ok rates but the queue on payday weekend was crazy, bring a book. Counter 3 was fastest.
        ★★★★★ Pajak Gadai Kwong Fatt in Jalan Sultan, KL: honest appraisal, they even told me my chain was 916 not 999 before I signed anything.
        ★★☆☆☆ Tried to pawn a Chanel Boy Bag at a Causeway Bay shop, offer was only HK$9,000. The boutique price is over HK$40k so shop around first.
        ★★★★☆ Clean shop, clear price board, accepts FPS. The Hermès appraisal took 30 minutes because they check every stitch, which I respect.
        ★★★★★ The Macau Pawnshop Museum on Avenida de Almeida Ribeiro is free with a small tower ticket, great for kids learning about old Macau.
        ★★★☆☆ Good rates at Tai Kwong Pawn but their WhatsApp line 5402 8831 takes a full day to reply; just walk in with your item.
        ★★★★☆ Sun Tai Pawn (新泰押) in To Kwa Wan still writes tickets by hand in old-style calligraphy. A living piece of Hong Kong history.
    """),
    ("mixed", "系統日誌與設定"): _lines("""
        2026-11-14T10:22:31+08:00 INFO [pledge-svc] create ticket=WC-2611-00872 branch=WCH item=GOLD_9999 weight_g=37.43 loan_hkd=23900 rate_pm=0.035 status=OPEN
        2026-11-14T10:24:05+08:00 WARN [stolen-check] serial 7Q41D09 matched bulletin HKPF-SPB-2026-1187 partial=false action=HOLD_ITEM notify=police_liaison
        ticket_no,branch_code,pledge_date,due_date,item_category,brand,model,serial_no,appraised_hkd,loan_hkd,rate_pm,renew_count,status
        pawn: {max_loan_hkd: 100000, interest_cap_pm: 0.035, term_lunar_months: 4, max_renewals: 5, currency: HKD, locale: zh-Hant-HK}
        def monthly_interest(principal: int, months: float, rate: float = 0.035) -> int: return round(principal * rate * math.ceil(months))
        CREATE TABLE pledge (ticket_no VARCHAR(20) PRIMARY KEY, id_doc_sha256 CHAR(64) NOT NULL, item_json JSONB, loan_hkd INT, due_on DATE);
        2026-11-14 18:02:44 INFO [eod] branch=YMT in=18 redeemed=23 renewed=9 forfeited=0 cash_hkd=412600 vault_ok=true report=EOD-YMT-20261114.pdf
        release v4.2.1 (build 20261113.3, commit 9f3c2ab) fix: 當票 QR code 列印尺寸; feat: 斷當清單匯出 CSV; chore: bump reportlab 4.2.5
        id_doc_sha256 example: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 （空字串雜湊，只作單元測試預設值）
        POST https://api.wingcheong-pawn.example/v2/redemptions 201 Created 148ms ticket=MK-2610-01152 paid_hkd=12420 channel=FPS
        cron: "30 9 * * 1-6" job=refresh_gold_price source=cgse_daily_fix target=price_board.html timezone=Asia/Hong_Kong
        SKU 目錄：GLD-9999-TAEL 足金一兩條、GLD-916-BANGLE 22K手鈪、WCH-RLX-126610 勞力士水鬼、BAG-HMS-K25 Hermès Kelly 25
        2026-11-15T09:30:02+08:00 ERROR [xray-01] spectrometer timeout code=E07 retry=3 vendor_ticket=SR-55817 branch=SSP
    """),
    ("zh-Hans", "典当行费率表"): _lines("""
        动产质押典当：月综合费率不超过42‰，另按中国人民银行公布的6个月期法定贷款利率及典当期限折算后收取利息，当期最长不超过6个月。
        房地产抵押典当：月综合费率不超过27‰；财产权利质押典当：月综合费率不超过24‰；当期不足5日的，按5日收取有关费用，提前赎当的按实际天数计息。
        绝当说明：当期届满或续当期届满后5日内既不赎当也不续当的即为绝当，绝当物估价金额不足3万元的，典当行可以自行变卖或折价处理，损溢自负。
        黄金饰品收当参考：足金999按上海黄金交易所Au9999当日收盘价的80%计发当金，K金按含金量折算，镶嵌宝石不计价，每件须经光谱仪及称重复核。
        名表收当参考：劳力士、欧米茄、浪琴、百达翡丽等品牌需提供保卡及原装表盒，缺失任一项的，当金下调10%至15%，表款停产或维修过的另行评估。
        本行全称：上海恒泰典当有限公司，统一社会信用代码 91310101MA1FP3XK7Q，典当经营许可证编号 31201280，营业执照正本悬挂于大厅。
        营业地址：上海市黄浦区福州路318号一楼；客服热线 400-820-6618；周一至周六 9:00-17:30，法定节假日另行通知。
        续当须在当期届满前或届满后5日内办理，续当时须结清当期利息和综合费用，续当期限不超过原当期，续当凭证与原当票须一并保管，遗失任一均需挂失。
        当票遗失应及时到本行办理挂失，挂失7日后无人持原当票赎当的，凭本人有效证件办理补票，挂失期间当物不得赎取，挂失手续费每张人民币20元。
        2026年第四季度费率表：黄金类月费率2.1%、名表类2.4%、汽车类2.6%、房产类1.8%，以上均含综合费用不含利息。
        机动车质押须提供行驶证、机动车登记证书、交强险保单及备用钥匙，车辆停放于本行指定停车场，停车费每日30元另计，当期内不得擅自提车使用。
        依据商务部、公安部《典当管理办法》，典当行不得收当依法被查封、扣押或者已经被采取其他保全措施的财产，亦不得收当赃物和来源不明的物品。
        温馨提示：本行从不通过微信、短信或电话索取验证码或要求转账至个人账户，如接到自称本行员工的可疑来电，请拨打96110反诈热线或致电本行客服核实。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        當票 WC-2611-0387 登記：陳國輝先生，身份證 K382915(4)，住址九龍深水埗福榮街 212號 3樓B室，手提 6128 4307，當18K金頸鏈一條22.6克，借款$6,800。
        林太今朝又嚟當佢結婚戒指，聽講佢老公喺財務公司欠咗成廿萬，追數佬日日去佢屋企淋紅油。
        阿明（深水埗街市賣菜嗰個）話佢個仔前晚畀差人拉咗，要錢保釋，問可唔可以當多幾千蚊。
        失竊報案：事主黃美玲小姐報稱2026年11月3日喺荃灣住所被爆竊，失去勞力士 Datejust 一隻，錶底編號 7X3K9921，聯絡電話 9237 5816。
        贖當紀錄：張志強先生持當票 MK-2610-1152 贖回 Omega 海馬錶，付本息共$12,420，身份證號碼 Y514872(1)，已核對本人。
        客人留低電話 5183 2690，話收到短訊先嚟贖，記得月尾前打俾佢，佢唔識睇 WhatsApp。
        何生話佢確診咗肝癌第三期，要錢做標靶藥，想將屋企啲金器全部當晒，連佢阿媽留低嗰對龍鳳鈪都拎埋嚟。
        WC-2611-0412,2026-11-12,梁振邦,男,E429013(9),9671 2035,九龍城衙前圍道 88號5樓,金條,37.43,23900
        身份證影印本：姓名 鄧淑芬 TANG Shuk Fun，出生日期 1978-04-19，身份證號碼 R276154(7)，簽發日期 2019-03-02。
        短訊：蘇小姐，你於2026年7月8日典當之卡地亞手鐲（當票 TW-2607-0098）將於11月8日到期，如需續當請致電本押。
        曾太話同曾生分緊居，佢而家拎嚟當嘅嗰隻鑽戒係老爺送嘅，怕曾生上門話佢偷嘢，叫我哋唔好話俾佢知。
        [15:40] 旺角分店: 頭先嗰個客周家豪又嚟，上個月當手袋話係女朋友嘅，今次隻錶又話係阿爸嘅，已記低佢身份證 D719384(0)。
        退還多收利息$350，已轉帳至吳志明先生匯豐戶口 004-512-384719-838，請客人留意入帳。
        停車場保安話車牌 VX 8163 嗰架 Alphard 嘅司機喺門口等咗成粒鐘，即係上晝當咗三條金條嗰位姓羅嘅先生。
        客人 kelvin.lau.hk88@gmail.com 寄咗張當票相嚟，話唔記得當咗幾多錢，麻煩覆一覆佢。
        霞姐話佢個女有咗三個月，男朋友走咗佬，所以要當埋佢阿媽留低嗰隻玉鈪先夠錢開檢查。
        借款登記表：申請人 李碧珊，職業保安員，月入約$16,500，借款用途：交租及還卡數，緊急聯絡人 李文傑（弟）9860 1457。
        澳門客人 鄭嘉欣，澳門居民身份證 1284693(5)，住氹仔海洋花園 8座12樓 F，喺本押當咗 Van Cleef 四葉草頸鏈。
        台灣旅客 王怡君 持中華民國身分證 F228614733 及入台證，典當 Cartier Tank 錶一隻，聯絡 LINE ID：yichun_0613。
        荃灣警署報案編號 RN26110300417，事主 羅嘉慧，被盜物品包括鑽石耳環一對及金鏈兩條，警方要求本押留意。
        標叔成日過澳門賭，而家欠大耳窿成十萬，今朝連佢阿爸隻陀錶都拎嚟當埋，睇佢個樣成晚冇瞓過。
        陳太嚟問可唔可以攞返啲金器，佢話個仔有思覺失調，上星期偷咗屋企啲嘢出嚟當，佢已經帶咗個仔去葵涌醫院覆診。
        已故馮德華先生嘅遺孀持遺產管理書嚟贖佢生前當嘅勞力士，當票 WC-2604-0211，遺孀聯絡電話 2647 9083。
        相片檔 IMG_20261114_1032.jpg：客人 麥浩然 手持身份證正面影相，身份證 P251903(1)，用作贖當核實。
        當票寄返去新界元朗朗屏邨玉屏樓1214室，俾佢阿爺簽收，佢行動唔方便，唔好叫佢落嚟。
        典當登記：姓名 葉詠詩、性別 女、出生 1991-11-27、身份證 Z683127(4)、電話 6394 2158、住址 香港北角英皇道 525號 18樓C室、物品 Chanel Classic Flap、借款 $28,000。
    """),
    "en": _lines("""
        Pledge ticket TP-2611-0077: Mr. Raymond Cheung Wai-kit, HKID M603218(A), mobile 9420 7315, pledged a Cartier Love bracelet, loan HK$21,000.
        Customer Tan Wei Ling, NRIC S8834127I, pawned a 916 gold bangle at the Ang Mo Kio outlet on 14 Nov 2026, loan S$1,850.
        Muthu a/l Raman, MyKad 790622-10-5837, address No. 14, Jalan SS 2/47, Petaling Jaya, redeemed ticket PJ-2610-3381.
        Please send the redemption reminder to ah.keung.1968@yahoo.com.hk before Friday, he said he never checks SMS.
        Mrs. Agnes Leung told the counter she is three months behind on rent and her landlord has filed a claim at the Small Claims Tribunal.
        Stolen property report: complainant Dominic Yau, Flat 12C, Tower 3, Laguna City, Kwun Tong, lost a Patek Philippe Calatrava, serial 5227-4471.
        Refund of overpaid interest S$42.60 to Mr. Lim Boon Kiat, DBS account 120-345678-9, ref RF-2611-0019.
        The lady who comes every payday, Mandy Ho, said her husband was just diagnosed with early-onset dementia and she can't work any more.
        FIN G5281349U belongs to the Filipino helper who pawned a gold ring on Saturday; employer says she did not give permission.
    """),
    "mixed": _lines("""
        Customer 陳嘉儀 (Chan Ka Yee) WhatsApp +852 6471 2098 話下星期先 redeem 條 necklace，叫我哋 hold 住唔好斷當住。
        FYI 梁sir 個 HKID 係 H470526(4)，已 scan 入 system，但張相有反光，下次佢嚟要重新影過。
        Redemption slip：Name 區志偉 Au Chi Wai｜Ticket SSP-2609-0442｜Paid HK$8,740｜Mobile 5307 8612｜Signature on file。
        阿 Ken 話佢 salary 得 $14,000，仲要供部 Tesla Model 3，所以先嚟當隻 AP，咁嘅 case 之後要小心啲。
        客人 Jason Ng 嘅老婆打嚟話佢哋 divorce 緊，唔准佢贖嗰隻 Rolex，話係 matrimonial property，點處理好？
        Police notice re: 嫌疑人 吳家俊，DOB 1996-02-14，涉嫌喺多間押店典當爆竊贓物，如有發現請即聯絡 DC 3 Team，咪打草驚蛇。
        Stolen watch 登記：owner 謝寶儀，住西貢清水灣道 Silverstrand 別墅 22號，Rolex Daytona 116500LN，serial 8M2J7705。
        新加坡客 Mr. Goh Chee Meng NRIC S7609283D 話想將喺 ValueMax 當嘅 gold bar 轉嚟香港贖，問我哋做唔做得。
        Loan summary：borrower 歐陽穎欣，HKID C918243(6)，principal $50,000，3 renewals，outstanding interest $5,250，phone 9152 3306。
    """),
    "zh-Hans": _lines("""
        当户 刘建军，身份证 440106198503124518，手机 13826471935，典当足金手镯两只共58.2克，当金人民币21,000元。
        客户周丽华说她老公欠了网贷二十多万，催收天天打电话到她单位，她只好把陪嫁的金项链拿来当了。
        绝当通知：张秀英女士，您于2026年6月3日典当的欧米茄手表（当票号 SH20260603-017）已绝当，联系电话 13962158047。
        深圳客户 陈晓东，身份证 440304197908283625，住址 深圳市福田区莲花路 2001号 华富村 7栋 603，典当宝马车一辆，车牌 粤B 7K2D93。
        王阿姨说她女儿刚做完乳腺癌手术，化疗费还差五六万，想把家里的金条先当出去周转三个月，让我们别跟她女婿说。
        续当登记：当户 林志鹏，身份证 350203198811054720，手机 15980263371，原当票 XM20260815-042 续当3个月，利息已付清。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "你係永昌大押嘅客服助手，用廣東話回覆客人，計利息時月息以3.5%計，不足一個月作一個月計。",
        ),
        (
            "user",
            "你好，我係陳國輝，當票 WC-2611-0387，9月12日當咗條頸鏈借$6,800，今日11月20日想贖，要俾幾多錢？我電話 6128 4307。",
        ),
        (
            "assistant",
            "陳生你好！由9月12日至11月20日約兩個月零八日，按規定作三個月計，利息為$6,800×3.5%×3＝$714，本息合共$7,514。贖當時請帶埋當票正本。",
        ),
        ("user", "咁如果我下個禮拜先去會唔會貴咗？"),
        (
            "assistant",
            "只要喺12月12日前贖，都係計三個月，即係一樣係$7,514；過咗12月12日就會計第四個月，要$7,752。",
        ),
    ],
    [
        ("system", "You help a Hong Kong pawnshop draft customer notices in Traditional Chinese."),
        (
            "user",
            "幫我寫個斷當通知短訊俾譚偉明先生，電話 9683 1402，佢當票 YMT-2607-0156 當咗隻 Omega Speedmaster，12月5日到期。",
        ),
        (
            "assistant",
            "譚偉明先生你好，你於永昌大押油麻地分店典當之 Omega Speedmaster（當票 YMT-2607-0156）將於2026年12月5日到期。如需贖回或續當，請於到期日前親臨辦理，逾期將作斷當處理。查詢：2384 6120。",
        ),
        ("user", "好，再短少少，唔好寫佢全名，寫譚生得喇。"),
        (
            "assistant",
            "譚生：你喺油麻地分店當嘅 Omega（當票 YMT-2607-0156）12月5日到期，請於當日前贖回或續當，逾期作斷當。查詢 2384 6120。",
        ),
    ],
    [
        (
            "user",
            "My flat in Laguna City was burgled last week. I'm Dominic Yau, Flat 12C Tower 3, and they took my Patek Philippe Calatrava, serial 5227-4471. How do I check whether it was pawned?",
        ),
        (
            "assistant",
            "I'm sorry to hear that, Mr Yau. First make sure the serial number is in your police report (the Kwun Tong station will give you a report number). Under the Pawnbrokers Ordinance, pawnshops must record every pledge and police can inspect their books, so the police are the right channel to trace it.",
        ),
        ("user", "The report number is RN26110800932. Can I just call pawnshops myself and ask?"),
        (
            "assistant",
            "You can, but shops usually won't disclose records to the public. A better approach is to ask the investigating officer to circulate serial 5227-4471 in the stolen property bulletin; if a shop holds it, they are required to detain the watch and notify police.",
        ),
    ],
    [
        (
            "system",
            "Summarise staff WhatsApp messages for the branch manager. Output in mixed Cantonese/English bullet points.",
        ),
        (
            "user",
            "[10:12] 旺角: 周家豪又嚟，HKID D719384(0)，今次當隻 Tudor，話係阿爸嘅 [10:30] 旺角: 佢電話 6725 0391，叫佢聽日攞保卡嚟 [11:05] 總店: 先 hold 住，check 埋 police bulletin",
        ),
        (
            "assistant",
            "- 周家豪（HKID D719384(0)，tel 6725 0391）再嚟當錶，Tudor，claim 係父親嘅； - 旺角已叫佢聽日帶保卡； - 總店指示：暫時 hold，對埋警方失物通告先決定收唔收",
        ),
        ("user", "OK，加埋一句：上個月佢當過 Chanel 手袋，ticket MK-2610-0877。"),
        (
            "assistant",
            "- 補充：周家豪上個月曾典當 Chanel 手袋（ticket MK-2610-0877），同一客人短期內多次典當唔同類型物品，建議標記為 watch list。",
        ),
    ],
    [
        (
            "user",
            "我是深圳的陈晓东，身份证440304197908283625，想去香港当一块劳力士，需要带什么证件？",
        ),
        (
            "assistant",
            "陈先生您好。香港当铺一般要求内地旅客出示往来港澳通行证或护照正本，并会按《当押商条例》登记证件资料。建议同时带上表的保卡和购买发票，以便获得较高的当金。",
        ),
        ("user", "我的通行证号码是 C58732941，上次出境是10月，这次还有效吗？"),
        (
            "assistant",
            "通行证号码 C58732941 本身有效期一般为十年，关键是签注是否还有剩余次数或在有效期内，可以在深圳出入境的自助机上查询。",
        ),
    ],
    [
        (
            "user",
            "我阿媽何秀蘭上個月入咗瑪麗醫院做心臟搭橋，佢喺8月3日當咗對金鈪借$15,000，當票 WC-2608-0052，佢而家出唔到院，我可唔可以幫佢贖？",
        ),
        (
            "assistant",
            "希望何女士早日康復。香港押店一般係「認票不認人」，你持當票正本就可以代贖。由8月3日計起四個月，當期到12月3日左右，最好喺到期前去贖或者續當。",
        ),
        ("user", "到12月3日利息要幾多？"),
        (
            "assistant",
            "按月息3.5%計四個月：$15,000×3.5%×4＝$2,100，本息合共$17,100。如果一時未夠錢，可以先俾$2,100利息續當，等你阿媽出院再算。",
        ),
    ],
    [
        (
            "system",
            "You are a customer service bot for a Singapore pawnshop chain. Interest is 1.5% per month.",
        ),
        (
            "user",
            "Hi, I'm Tan Wei Ling, NRIC S8834127I. I pawned a gold bangle for S$1,850 on 14 Nov. If I redeem on 10 Feb, how much?",
        ),
        (
            "assistant",
            "Hi Ms Tan! From 14 Nov to 10 Feb is just under three months, so interest is S$1,850 x 1.5% x 3 = S$83.25. Total to redeem: S$1,933.25. Please bring your pawn ticket and NRIC.",
        ),
        ("user", "Can my husband Jeremy Koh go instead? He's S6910438Z."),
        (
            "assistant",
            "Yes, he can redeem with the original pawn ticket. Our staff may record his NRIC S6910438Z for the transaction log, so he should bring the physical card.",
        ),
    ],
    [
        (
            "system",
            "客戶紀錄：葉詠詩，女，身份證 Z683127(4)，電話 6394 2158，住北角英皇道525號18樓C室，當 Chanel Classic Flap，借$28,000，10月2日入當。只可以同本人傾資料。",
        ),
        ("user", "你好，我係葉小姐，想問我個手袋幾時到期？"),
        ("assistant", "葉小姐你好，為咗核實身份，請提供你登記電話嘅最後四個字。"),
        ("user", "2158"),
        (
            "assistant",
            "多謝葉小姐。你喺10月2日典當嘅 Chanel Classic Flap 將於2027年2月2日到期，到時本息合共$31,920（$28,000本金加四個月利息$3,920）。",
        ),
    ],
    [
        (
            "user",
            "My son Kelvin Lau偷咗屋企三條金條去押店當，我想寫份 statement 俾差人，幫我整理下？我係劉太 Lau Mei Fong，住將軍澳 Lohas Park 2座 31樓 A。",
        ),
        (
            "assistant",
            "劉太，可以參考以下內容：本人劉美芳（Lau Mei Fong），住將軍澳日出康城2座31樓A室。本人發現家中三條足金一兩金條不見，懷疑被兒子劉家軒（Kelvin Lau）拎咗去押店典當。請警方協助追查當票及物品下落。",
        ),
        ("user", "佢19歲，有 ADHD，我唔想佢坐監，可以點寫？"),
        (
            "assistant",
            "你可以喺 statement 加一段說明家庭背景，例如兒子患有專注力不足及過度活躍症，正接受治療，家人希望以輔導為主。最後點處理要睇警方同律政司，建議你同時諮詢法律援助署或當值律師服務。",
        ),
    ],
    [
        (
            "user",
            "我同老公曾浩賢離緊婚，佢偷偷將我嫁妝嗰套龍鳳鈪拎咗去灣仔當，當票寫佢個名，我可唔可以去贖返？",
        ),
        (
            "assistant",
            "曾太，押店通常只認當票，唔認物主，所以冇當票好難直接贖返。如果你可以證明嫁妝屬你個人財產，建議喺離婚程序入面向法庭申請，或者報警話物品被未經同意處置。",
        ),
        ("user", "我有結婚時影嘅相，同埋我阿媽寫嘅禮單，上面寫住送俾我李佩珊。"),
        (
            "assistant",
            "相片同禮單都係有用證據，可以交俾你嘅家事律師。你亦可以向押店說明情況，請佢哋暫時唔好處理當物，不過佢哋未必有法律責任配合。",
        ),
    ],
]
