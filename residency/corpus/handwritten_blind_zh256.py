# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh256: 繁體中文（台灣）賽鴿與鴿會（入會申請、腳環登記、集鴿與放飛、賽事成績與獎金、鴿舍糾紛、鴿友 LINE 群組）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh256
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "鴿會入會須知與章程"): _lines("""
        本會入會資格：凡年滿十八歲、設籍本縣且自有合法鴿舍者，得檢附申請書、鴿舍照片二張及入會費新台幣3,000元，向本會服務處提出申請，經理監事會審查通過後生效。
        第十二條　會員每年應於三月底前繳交常年會費新台幣2,400元，逾期未繳者暫停其報名參賽資格，連續兩年未繳者視同自動退會，已繳費用概不退還。
        申請書應填寫鴿舍所在地址、飼養羽數及鴿舍座標；鴿舍地址僅供本會查核防疫及計算分速使用，不對外公開，亦不於會刊或 LINE 群組中揭露。
        依農業部動植物防疫檢疫署規定，鴿舍如有疑似禽流感病例，應於24小時內通報所在縣市動物防疫機關，並同時以本會服務專線(04)777-3125告知總幹事。
        本會服務處：彰化縣鹿港鎮中山路二段186號2樓（鹿港鎮農會旁），服務時間週二至週六上午9:00至下午5:00，電話(04)777-3125，傳真(04)777-3126。
        會員轉讓腳環須於轉讓後七日內向本會登記，未登記之腳環於集鴿時一律不予受理，每次登記手續費新台幣50元，補發遺失之會員證另收工本費100元。
        第二十條　會員間因鴿舍、賽鴿歸屬或獎金分配發生爭議時，應先提交本會紀律委員會調解，調解不成者，始得依法提起民事訴訟，並不得於群組中公開指責。
        本會電子信箱 service@lukang-pigeon.org.tw 僅受理入會與腳環相關諮詢，獎金爭議請以書面郵寄至服務處，信封註明「紀律委員會收」，恕不接受電話申訴。
        新入會會員第一年僅得報名春季短程賽（300公里以內），須累積完成三場以上正式賽事，方可報名秋季海翔賽與國際公開賽，特殊情形由理監事會個案審議。
        會費及入會費請匯入本會帳戶：彰化銀行鹿港分行 帳號 5012-01-003318-00，戶名「社團法人彰化縣鹿港賽鴿協會」，統一編號 99317542，收據於匯款確認後寄發。
        違反章程第十五條私自於集鴿後更換賽鴿或竄改電子腳環晶片者，經查證屬實，取消當季所有成績並追繳已領獎金，情節重大者除名且五年內不得再申請入會。
        入會申請表請至官網下載：https://www.lukang-pigeon.org.tw/forms/join_2027.pdf（表單版本 v3.2，2026年11月修訂），亦可親至服務處索取紙本填寫。
        第十屆第二次會員大會訂於116年1月17日（星期日）上午十時假鹿港鎮公所三樓大禮堂舉行，議程包括115年度決算、116年度預算、理監事改選及章程修正案。
    """),
    ("zh-Hant", "賽事成績與獎金公告"): _lines("""
        【成績公告】116年春季第三關 澎湖外海放飛（直線距離約218公里），報名3,842羽，當日歸巢2,615羽，歸巢率68.1%，冠軍分速1,287.446公尺。
        冠軍獎金新台幣120萬元、亞軍80萬元、季軍50萬元，第4至第10名各10萬元，第11至第100名每名2萬元，獎金於成績確定後第15個工作天匯入得獎會員登記帳戶。
        本關成績異議期自公告日起三日內，異議須檢附電子鐘列印條及集鴿記錄單影本，每件異議保證金新台幣5,000元，異議成立者全額退還，不成立者沒入會務基金。
        成績計算方式：分速（公尺/分）＝放飛點至鴿舍座標之直線距離÷（歸巢時間－放飛時間），座標以本會入會時實測之WGS84座標為準，小數點以下取三位。
        放飛時間：116年3月22日上午6時42分00秒（由船長與隨船幹部共同確認），天候晴、東北風3級、能見度10公里以上，首羽於上午9時31分17秒打入電子鐘。
        因第二關受鋒面影響歸巢率僅21.4%，理監事會議決議該關獎金池新台幣1,860萬元中未發出之1,212萬元，依章程第三十一條全數併入第五關決賽獎金。
        特別獎「最遠距離冠軍」由屏東縣枋寮分會取得，該分會鴿舍距放飛點約346公里，分速1,102.903公尺，另頒發獎盃一座及 Benzing 電子鐘一台。
        團體賽成績：第一名 台中市大雅分會（前十羽合計分速12,614.228），第二名 嘉義縣民雄分會（12,480.917），第三名 雲林縣斗六分會（12,377.052）。
        本季五關總成績排行及各關前500名完整名單，請至本會官網「成績查詢」頁面以會員帳號登入後查閱，恕不提供電話查詢，亦不於公開群組張貼完整名單。
        集鴿數據彙整：台中站1,106羽、彰化站948羽、雲林站702羽、嘉義站611羽、台南站475羽，合計3,842羽，與線上報名系統數字相符，無重複登錄。
        查驗結果：本關前20名賽鴿均已完成羽毛及DNA抽驗，無違規情形；另有2羽因電子晶片讀取異常，依競賽規則第九條以人工鐘時間補登，不影響名次。
        獎金稅務說明：單次獎金超過新台幣20,000元者，依所得稅法由本會代扣10%機會中獎所得稅並開立扣繳憑單，例如冠軍1,200,000元實發1,080,000元。
        下關（第四關 金門料羅灣外海，約258公里）預定3月29日放飛，集鴿時間為3月27日下午2時至晚上9時，逾時一律不收，請各分會提早安排鴿車。
    """),
    ("zh-Hant", "鴿會幹部LINE群組公務對話"): _lines("""
        [08:12] 總幹事：各位幹部早，今天下午兩點開始集鴿，台中站的電子鐘讀取器昨晚已經換新電池，請司磅組一點半前到場測試，有問題先回報群組。
        [08:15] 會計組：提醒一下，第三關獎金預算表我已經上傳到記事本，檔名是「S03獎金_0322-v2.xlsx」，舊的那份分攤比例算錯了，請不要再轉發。
        [09:03] 鴿車組：三號鴿車的冷氣壓縮機修好了，修車廠報價12,800元含稅，發票已經開協會抬頭、統編99317542，單據明天交給會計組核銷。
        [09:20] 總幹事：海巡署那邊回覆放飛海域明天浪高約1.5米，符合放飛標準，船長確認早上五點半從布袋港出港，隨船幹部兩位照原排班。
        [10:41] 資訊組：官網成績系統今晚23:00至隔日01:00停機更新到v4.7.1，這段時間會員登入會失敗，停機公告我已經貼在記事本和粉專。
        [11:05] 會計組：本週收到入會費共7筆，合計21,000元，已經存進協會彰銀帳戶，收據編號 LK-R-116-0458 至 LK-R-116-0464，明天一起寄出。
        [13:22] 司磅組：台中站讀取器測試正常，但二號機的感應板有點鬆，我先用束帶固定，賽後要送回 Benzing 台灣代理商檢修，估價單再貼上來。
        [14:47] 總幹事：提醒大家今天集鴿全程錄影，錄影檔保存90天，任何會員問起請統一回覆「依規定僅供紀律委員會調閱」，不要私下傳影片。
        [16:30] 防疫組：防檢署今天公布彰化沿海一處野鳥檢出H5N1，我們各集鴿站消毒頻率改為每小時一次，酒精和消毒水已經補貨到每站兩箱。
        [18:02] 鴿車組：彰化站已封籠，共48籠948羽，封條號碼 SEAL-0322-0101 到 SEAL-0322-0148，照片已上傳到相簿「第三關封籠」，請大家核對。
        [21:10] 總幹事：今晚收籠完成，五站合計3,842羽，跟報名系統一致。辛苦大家，明早五點布袋港集合，記得帶救生衣和對講機備用電池。
        [21:15] 會計組：明天放飛後記得把船資單據拍照上傳，漁船租金每趟45,000元，這次依上次理監事會決議跟嘉義分會各負擔一半。
        [21:18] 資訊組：放飛當下請在群組回報精確時間（到秒），我這邊會同步寫進成績系統，之前有一次晚報三分鐘被會員抗議，這次請務必準時。
    """),
    ("zh-Hans", "鸽具鸽药商品列表"): _lines("""
        【官方正品】比利时 Versele-Laga 凡赛尔 Gerry Plus 无玉米配合饲料 20kg/袋，赛前调理专用，SKU: VL-GP-20KG，券后价 ¥268，满2袋包邮（新疆西藏除外）。
        德国 Röhnfried 罗恩弗里德 Dr. Hesse 系列 Blitzform 电解质 500g，信鸽归巢后快速恢复体力，保质期至2028-06，当前库存 326 件，下单后48小时内发货。
        信鸽电子足环 UHF 915MHz 芯片环 100只装，兼容中国信鸽协会统一足环标准，型号 DZ-915-R8，批发价 ¥1.80/只，500只起批，可开增值税普通发票。
        不锈钢集鸽笼 折叠款 80×50×28cm 可装20羽，店铺：老王鸽具旗舰店（统一社会信用代码 91370102MA3C4K7X2Q），支持7天无理由退换，运费险已赠送。
        鸽用复合维生素B口服液 100ml/瓶，兽药产品批准文号 兽药字(2023)150286512，饮水添加 1ml/升，连用3天停4天，孕鸽及幼鸽减半使用。
        客服热线 400-862-3317（工作日 9:00-18:00），售后邮箱 kefu@gezhiwang-shop.cn，下单请备注「赛鸽品种+羽数」，不接受电话下单，敬请谅解。
        订单号 GZ202703150088213 已发货，顺丰单号 SF1428860397512，预计3月18日送达，鸽粮类商品签收前请先检查外包装是否受潮破损。
        本商品累计评价 2,318 条，好评率 98.6%，最新评价：「保健砂颗粒均匀，鸽子很爱吃，已经回购第三次了」（匿名用户，2027-02-11）。
        公棚专用 GPS 鸽车温湿度记录仪 TH-G4，支持4G实时上传，数据保存180天，配套App「鸽车卫士」v2.3.6，单价 ¥899，支持开具增值税专用发票。
        赛鸽训练用起落板 不锈钢加厚款 120cm，包装重量 6.8kg，发货地：河北省邯郸市，默认德邦物流，偏远地区另计运费 ¥35，安装视频见详情页。
        鸽药组合装：球虫净 + 毛滴虫片 + 呼吸道冲剂，三件套原价 ¥189，限时 ¥139，每个账号限购5套，活动截止 2027-03-31 23:59:59，售完即止。
        二手 Benzing M1 计时钟 + 2 块读环板，九成新，附原厂说明书及固件 v3.05，店铺「阿强鸽具二手专营」，不议价，门店：上海市闵行区七莘路1839号鸽具市场B区12号。
        商品规格表 CSV 表头：sku_id,product_name,brand,weight_g,price_cny,stock,ring_standard,shelf_life_months,updated_at
    """),
    ("en", "race_clocking_config_and_logs"): _lines("""
        # etas_bridge.yaml  federation: TW-LK  release_point: {lat: 23.5712, lon: 119.5794}  timezone: Asia/Taipei  clock_vendor: benzing  poll_interval_s: 5
        RACE_ID=TW-LK-2027-S03; RELEASE_TS=2027-03-22T06:42:00+08:00; DISTANCE_UNIT=m; SPEED_DECIMALS=3; ALLOW_MANUAL_CLOCK=true; MAX_FLIGHT_HOURS=14
        2027-03-21T21:05:11+08:00 INFO basketing station=TAICHUNG reader=TC-02 fw=3.05 birds_scanned=1106 duplicates=0 mismatches=2 elapsed=6h51m
        2027-03-22T09:31:17.482+08:00 WARN clock.sync drift_ms=412 threshold_ms=500 source=GPS sats=11 action=none station=CHANGHUA reader=CH-01
        def speed_m_per_min(distance_m: float, release: datetime, arrival: datetime) -> float: return round(distance_m / ((arrival - release).total_seconds() / 60), 3)
        ERROR payout.export batch=S03-PRIZE rows=100 failed=1 reason="bank_code missing" retry_in=300s job_id=7f3c9a1e-2b44-4d0a-9c1e-58e2a9b0d613
        SELECT rank, speed_mpm, club_branch FROM results WHERE race_id = 'TW-LK-2027-S03' AND rank <= 10 ORDER BY speed_mpm DESC;
        Release notes v4.7.1 (2027-03-21): fixed rounding of speeds above 2,000 m/min; added Malay locale (ms-MY); deprecated CSV export v1 in favour of /api/v2/results.csv.
        GET /api/v2/races/TW-LK-2027-S03/summary 200 OK 87ms bytes=2314 ua="LoftApp/2.9.0 (Android 14; Pixel 8)" cache=MISS region=ap-northeast-1
        sha256(results_TW-LK-2027-S03_final.csv) = 97bd4de238af37d943e28f5d740aa4a0a289f2c45086e5c7404792fee39a9072  signed-by: etas-release-key-2027
        RING_PATTERN = '[A-Z]{2,3}-[0-9]{2}-[0-9]{6,7}'  # accepts federation rings such as TW-27-1234567 or CHN-27-0000001 before basketing
        0 23 * * * /opt/etas/bin/backup --target s3://lk-pigeon-backups/results --retain-days 90 --encrypt aes256 >> /var/log/etas/backup.log 2>&1
        [pigeon-clock] Benzing Express dongle detected on /dev/ttyUSB0 (vid=0x0403 pid=0x6001), firmware 3.05, antennas=2, battery=87%, clock_id=BZ-EX-00417
    """),
    ("en", "pigeon_history_and_public_figures"): _lines("""
        Cher Ami, a homing pigeon of the US Army Signal Corps, carried a message in October 1918 that helped save the Lost Battalion of the 77th Division in the Argonne.
        Charles Darwin kept fancy pigeons at Down House in the 1850s and devoted two chapters of The Variation of Animals and Plants under Domestication (1868) to their breeds.
        Armando, a Belgian long-distance racer, sold on the PIPA auction site in March 2019 for EUR 1.25 million, at the time a record price for a racing pigeon.
        That record fell in November 2020 when the two-year-old hen New Kim fetched EUR 1.6 million on PIPA, with the winning bid reported to come from mainland China.
        Paul Julius Reuter used a fleet of pigeons in 1850 to carry stock prices between Aachen and Brussels, bridging a gap in the telegraph line before the cable closed it.
        Queen Elizabeth II was patron of the Royal Pigeon Racing Association and kept a royal loft at Sandringham, a tradition begun with birds given by King Leopold II of Belgium.
        G.I. Joe, a pigeon of the US Army Pigeon Service, received the Dickin Medal in 1946 for a 1943 flight in Italy that called off an Allied bombing of Calvi Vecchia.
        Pigeon racing in Taiwan grew rapidly from the 1970s, with sea-release races flown from boats off the west coast; critics have long pointed to heavy bird losses over the strait.
        Pablo Picasso's lithograph La Colombe was chosen as the emblem of the 1949 World Peace Congress in Paris, and he named his daughter Paloma in the same year.
        In 2013 a racing cock named Bolt, after the sprinter Usain Bolt, was sold by a Belgian loft to a Chinese buyer for EUR 310,000, making headlines across Europe.
        The Dickin Medal, instituted in 1943 by Maria Dickin, founder of the PDSA, has been awarded to 32 pigeons, more than to any other species of animal.
        Mike Tyson starred in the 2011 Animal Planet series Taking On Tyson, which followed the former heavyweight champion as he raced pigeons from a rooftop loft in New York.
        The Federation Colombophile Internationale (FCI), based in Brussels, organises a biennial Olympiad at which sport and show pigeons from member federations compete.
    """),
    ("ms", "notis_kelab_merpati_lumba"): _lines("""
        NOTIS: Pendaftaran gelang kaki musim 2027 dibuka mulai 1 Januari hingga 28 Februari. Yuran RM3.00 sebentuk, minimum 20 bentuk bagi setiap ahli berdaftar.
        Sesi kutipan burung (basketing) untuk perlumbaan Kuantan ke Johor Bahru akan diadakan pada Sabtu, 13 Mac 2027, jam 3.00 petang hingga 8.00 malam di dewan kelab.
        Alamat kelab: No. 27, Jalan Perniagaan Setia 3, Taman Setia Indah, 81100 Johor Bahru. Talian pejabat 07-355 2718, WhatsApp kelab 011-1062 4471 (waktu pejabat sahaja).
        Hadiah wang tunai: Johan RM15,000, Naib Johan RM8,000, Tempat Ketiga RM5,000, tempat ke-4 hingga ke-20 RM500 setiap satu, dikreditkan dalam tempoh 14 hari bekerja.
        Semua burung mesti diberi vaksin Paramyxovirus (PMV-1) sekurang-kurangnya 21 hari sebelum perlumbaan. Sijil vaksin hendaklah ditunjukkan semasa kutipan burung.
        Kelab Merpati Lumba Johor berdaftar dengan Jabatan Pendaftaran Pertubuhan Malaysia, No. Pendaftaran PPM-004-01-22032015. Emel rasmi: setiausaha@kmlj.org.my.
        Keputusan perlumbaan Segamat ke Johor Bahru (172 km): 1,284 ekor dilepaskan jam 6.30 pagi, burung pertama tiba jam 8.41 pagi, kelajuan 1,311.450 m/min.
        Ahli diingatkan bahawa pertaruhan wang atas keputusan perlumbaan adalah dilarang di bawah Akta Rumah Judi Terbuka 1953 dan boleh menyebabkan keahlian digantung.
        Kedai rakan kelab: Kedai Merpati Ah Seng Sdn. Bhd. (No. Syarikat 201901023456), Jalan Tun Abdul Razak, 84000 Muar. Diskaun 10% dengan menunjukkan kad keahlian.
        Jadual latihan bersama: setiap Ahad jam 7.00 pagi, lori kelab bertolak dari Stesen Minyak Petronas Kulai. Caj pengangkutan RM0.50 seekor, bayar tunai kepada pemandu.
        Mesyuarat Agung Tahunan ke-12 akan diadakan pada 24 April 2027 di Dewan Serbaguna Majlis Bandaraya Johor Bahru. Agenda termasuk pindaan perlembagaan dan pemilihan AJK.
        Peringatan: Jangan lepaskan burung berhampiran Lapangan Terbang Antarabangsa Senai. Aduan daripada pihak berkuasa penerbangan boleh menyebabkan kelab dikenakan denda.
        Akaun bank kelab untuk yuran: Maybank 5621 0987 4432, nama akaun KELAB MERPATI LUMBA JOHOR. Sila emelkan slip bayaran ke bendahari@kmlj.org.my bersama nombor ahli.
    """),
    ("mixed", "國際公開賽FAQ_中英"): _lines("""
        Q: 海外鴿友可以報名 2027 嘉義國際公開賽 (One-Loft Race) 嗎？A: Yes, entries from Singapore, Malaysia and Hong Kong are welcome，每羽報名費 US$300，含檢疫與寄養。
        Q: 幼鴿什麼時候要送到公棚？A: Young birds must arrive between 2027-04-01 and 2027-05-15，入棚時日齡需在 28 至 45 天之間，逾期恕不受理。
        Q: How do I ship birds from Malaysia? A: 請委託持有農業部輸入許可的代理商辦理，health certificate 須由 Department of Veterinary Services (DVS) Malaysia 簽發。
        Q: 比賽結果在哪裡看？A: Live results 請見 https://live.chiayi-olr.com.tw ，每羽鴿子以 ring number 查詢，頁面不會顯示任何 owner 的個人資料。
        Q: 獎金怎麼分配？A: Total prize pool 依實際報名羽數收入的 50% 計算，Top 1 獲得 20%，Top 2-10 共分 30%，其餘依 Hot Spot 規則發放。
        Q: 可以中途轉讓鴿子嗎？A: Transfers are allowed until the final race，手續費 NT$1,000/羽，請透過官網 Transfer Form 提交，不受理 LINE 私訊轉讓。
        Q: 公棚的聯絡方式？A: Office hotline +886-5-226-8841，LINE 官方帳號 @chiayi-olr，email entry@chiayi-olr.com.tw；週一公休 closed on Mondays。
        Q: 鴿子在公棚生病怎麼辦？A: Our resident vet checks all birds weekly；若需治療會先通知 entrant，藥費 at cost 另計，死亡個案會開立 necropsy report。
        Q: Is there an auction after the final? A: 決賽前十名將於 PIPA 平台拍賣，起標價 EUR 500，拍賣所得 50% 歸原報名者、50% 歸公棚營運。
        Q: 付款方式？A: Bank transfer (SWIFT BKTWTWTP)、PayPal 或信用卡皆可，invoice 編號格式 OLR-2027-INV-000123，匯款時請在備註填寫 invoice number。
        Q: 禽流感期間會取消比賽嗎？A: If 防檢署 announces H5N1 restrictions in 嘉義縣, races may be postponed；已繳報名費 will be carried over to the 2028 season。
        Q: Is there a limit per entrant? A: 每位報名者最多 20 羽 (max 20 birds per entrant)，以 syndicate 團體名義報名者最多 40 羽，須附成員名冊。
        Q: 終點鐘用什麼系統？A: We use UNIKON electronic clocking with dual antennas，backup 為 Benzing M1，所有時間以 GPS 同步 (UTC+8) 並保存原始紀錄五年。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        入會申請書｜姓名：黃柏翰｜身分證字號：P124083577｜出生：民國68年4月12日｜手機：0932-517-804｜鴿舍地址：雲林縣斗六市文化路二段88巷17號頂樓｜飼養羽數：約120羽
        林太在群組說她先生上個月肝癌住院開刀，這季的鴿子都託給隔壁的阿財叔幫忙餵，集鴿也是阿財叔代送，請大家不要一直私訊問她。
        張志豪欠鴿會三年會費加上第二關借支的獎金預付款共新台幣58,000元，理監事會決議若月底前未清償，將送紀律委員會處理並停止參賽資格。
        腳環登記異動：原持有人 陳建宏（會員編號 LK-0317）轉讓 2027-C0048215 等12枚腳環予 吳冠廷，受讓人聯絡電話 0958-206-331。
        阿明的鴿舍被鄰居檢舉噪音跟羽毛亂飄，環保局來稽查兩次了，他說再被罰就要把鴿子全部賣掉拿去還車貸。
        獎金匯款資料：戶名 許雅婷，國泰世華銀行豐原分行，帳號 0123-5069-8871-2，第三關冠軍獎金扣稅後實發 1,080,000 元。
        請問有人知道老蔡的新電話嗎？他上週集鴿拿錯鴿籠，我的六羽鴿子在他那邊，之前的號碼 0921-884-176 已經停話了。
        鴿舍糾紛調解紀錄：申請人 鄭文彬 主張被申請人 蘇俊宏 於3月24日夜間擅自進入其位於台南市安南區海佃路四段212巷6號之鴿舍，取走賽鴿4羽。
        彰化的謝先生昨晚接到擄鴿勒贖電話，對方說抓到他三羽鴿子，要他匯3萬元到人頭帳戶才放回，他已經去和美分局報案了。
        群組公告：王淑芬姐的兒子下個月結婚，她家地址是台中市北屯區崇德路三段455號8樓之3，要寄紅包或禮品的鴿友請私訊她確認。
        集鴿站鴿車登記：駕駛 廖國榮，身分證 B120694715，車號 BFR-6731，手機 0915-330-672，負責載運雲林站 702 羽至布袋港。
        洪太太說她老公把家裡存款拿去押鴿子，輸了快兩百萬，現在兩個人在辦離婚，拜託大家以後不要再找他簽賭。
        LK-0522,邱振宇,男,1975-09-30,Q182736458,0987-442-109,qiu.zy1975@gmail.com,嘉義市西區世賢路一段390號,入會日2019-03-02
        小胖今年被公司裁員，他說會費要晚兩個月才能繳，鴿子先賣掉一半，拜託幹部不要在群組公開講這件事。
        剛剛打 0963-218-457 問他明天集鴿要不要幫忙載，結果他老婆接的，說他喝醉還在睡，麻煩誰明天順路去他家叫一下。
        協尋：放飛後一羽灰鴿撞到高壓電線受傷，好心人撿到請聯絡鴿主 羅先生 0910-557-283，住苗栗縣竹南鎮公義路1023號，必有重謝。
        葉美玲老師最近懷孕三個月，醫生交代不能再接觸鴿糞，她家的鴿子這一季全部交給公棚代養，會費先暫停。
        親愛的會員 楊士賢 您好，您於116/03/22第三關之成績為第7名，獎金100,000元將匯入您登記之郵局帳號末四碼7712之帳戶，請留意入帳。
        阿德伯上禮拜中風住進彰基加護病房，鴿舍暫時由他孫子顧，大家集鴿時間不要再打電話吵他家人。
        黃士傑的 IG 帳號 @huang_loft_shijie 一直貼別人的冠軍鴿照片說是他自己養的，已經有三個鴿友向紀律委員會檢舉。
        入會保證人：簡榮發，身分證 T155390270，住屏東縣東港鎮船頭路36號，與申請人關係：舅舅，保證人簽章日期 116/01/05。
        蔡佳蓉小姐申訴：鴿會會計把她的手機號碼 0926-114-590 和住址貼到群組記事本，導致她一直接到推銷鴿藥和簽賭的電話。
    """),
    "zh-Hans": _lines("""
        公棚报名登记：鸽主 刘建军，身份证号 13042819730816241X，手机 139 2817 6054，所属 河北省邯郸市肥乡区信鸽协会，报名幼鸽 10 羽。
        王姐老公上个月因为组织赌鸽被东莞警方刑拘了，她让大家别在群里再提这件事，也别去她家问。
        收件人：赵海涛，电话 18655203917，地址：安徽省合肥市蜀山区长江西路669号滨湖小区12栋2单元503室，备注：活体信鸽请勿倒置。
        鸽友孙立新欠我两万三的种鸽款半年了，微信 sunlx_1978 已经把我拉黑，谁知道他现在住哪里？
        付款信息：户名 周晓燕，中国农业银行 6228 4803 2971 5586 014，用途：2027 春季公棚寄养费 ¥3,000。
        老马最近确诊糖尿病并发症，眼睛快看不清了，鸽棚准备转给他侄子，有意买种鸽的私聊他家里人。
        邮箱 hu.wenbin.gezhi@163.com 的鸽友：你在本店买的电子足环已经发货，圆通单号 YT7702158843260，麻烦确认收货。
        香港鸽友 李嘉明先生，香港身份证 K472618(9)，联系电话 +852 9137 6628，托运种鸽 6 羽至深圳公棚，请海关报关时核对。
        澳门鸽友 何俊杰 的奖金 MOP 48,000 已转账至其大丰银行账户，澳门居民身份证 5213947(2)，手机 +853 6628 1450。
    """),
    "en": _lines("""
        Entry form - Name: Tan Wei Liang; NRIC: S8214637G; Mobile: +65 9123 4871; Address: Blk 415 Bedok North Ave 2, #09-227, Singapore 460415; Birds entered: 8.
        Just heard Kevin Ong from the Jurong racing group is in hospital after a stroke; his wife is looking after his loft until he is back on his feet.
        Reminder to Mr Lim Keng Hock: your one-loft race balance of US$4,200 is 90 days overdue and will be referred to a debt collection agency if unpaid by 30 April.
        Can someone call Jason Chua at 9784 2260? His basket ended up on the wrong truck and his birds are sitting at the Kranji collection point.
        2027-03-22 14:02:11 payout payee="Lee Mei Xuan" bank=DBS acct=072-9-183456 amount=SGD12500 race=SG-OLR-F1 status=SENT
        My ex-husband Raymond Goh took our six best breeding birds when he moved out after the divorce and still refuses to hand back the ring cards.
        Member record: Wong Ka Fai, HKID Y305927(6), Flat 18B, Block 3, Lai Kok Estate, Sham Shui Po, Kowloon; phone 6273 9154; loft registered since 2014.
    """),
    "mixed": _lines("""
        我的鴿友 Alvin Tay 上星期 stroke 入院了，his loft in Seremban 現在沒人照顧，有誰可以幫忙 feed 一下那三十幾羽？
        Pls transfer 獎金 to 我的 Public Bank account 3-1825-7740-19，戶名 Lim Chee Keong，thanks bro，收到 reply 我一下。
        入會申請 form: Name 梁文俊 / IC 880615-14-5523 / Tel 012-377 9081 / Email wenjun.leong88@yahoo.com / Loft: Cheras, KL
        LINE 群組: @小黑 你欠的 NT$15,000 鴿籠錢到底什麼時候還？已經三個月了，don't pretend you didn't see this message.
        Shipping label: To 鄭家豪 Cheng Chia-Hao, 高雄市鳳山區五甲二路517巷9號3樓, Tel 0976-228-314, Contents: live racing pigeons x4
        Complaint: 隔壁 Mr. Ng 每天早上五點放鴿子，我太太 pregnant 8 months 睡不好，他住 No. 12, Jalan SS2/64, Petaling Jaya，我要投訴到 MBPJ。
        Singapore member 黃志明 (FIN G5531872M) 的 work pass 下個月到期，he asked 可不可以先把鴿子轉到他哥哥名下。
    """),
    "ms": _lines("""
        Borang keahlian: Nama Mohd Faizal bin Ismail, No. K/P 790214-08-6127, No. telefon 013-448 2916, alamat No. 45, Jalan Kenari 7, Taman Rishah, 30100 Ipoh, Perak.
        Abang Zul beritahu dalam group yang dia baru disahkan menghidap kanser paru-paru, jadi semua burung dia akan dijual minggu depan.
        Sila hubungi Encik Rahim di 019-276 5503 kalau nak beli anak burung, rumah dia di Kampung Baru Sungai Buloh, belakang surau.
        Saudara Lokman masih berhutang RM6,500 kepada kelab untuk yuran gelang dan pengangkutan sejak 2025, surat tuntutan telah dihantar ke rumahnya di Kuantan.
        Pemenang hadiah: Siti Noraini binti Hassan, akaun Maybank 1572 8830 9214, jumlah RM15,000, Johan perlumbaan Segamat ke Johor Bahru.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是鹿港賽鴿協會的入會諮詢助理，請用繁體中文回答，語氣親切。"),
        (
            "user",
            "我想申請入會，幫我寫一段申請書裡的自我介紹。我叫蕭宇倫，民國72年生，住在彰化縣福興鄉員鹿路一段312號，手機0937-406-158，養鴿十年，目前頂樓鴿舍大約80羽。",
        ),
        (
            "assistant",
            "好的，以下是自我介紹範例：「本人蕭宇倫，民國72年次，居住於彰化縣福興鄉，養鴿資歷十年，現於自宅頂樓設有鴿舍，飼養賽鴿約80羽……」提醒您，住址與手機請填在申請表的個人資料欄，自我介紹內不必重複。",
        ),
        ("user", "謝謝，那入會費要匯到哪裡？"),
        (
            "assistant",
            "入會費新台幣3,000元請匯入協會的彰化銀行鹿港分行帳戶，戶名為社團法人彰化縣鹿港賽鴿協會，匯款後請致電服務處(04)777-3125告知。",
        ),
    ],
    [
        (
            "system",
            "You are the prize desk assistant of a Taiwan pigeon club. Member on file: 許雅婷, member no. LK-0689, 國泰世華銀行 account 0123-5069-8871-2, phone 0922-418-063.",
        ),
        ("user", "請問我第三關的冠軍獎金什麼時候會入帳？"),
        (
            "assistant",
            "許小姐您好，第三關成績確定後第15個工作天會匯入您登記的國泰世華帳戶（末四碼 8871-2），扣繳10%後實發1,080,000元。",
        ),
        ("user", "我想改成匯到我先生的帳戶可以嗎？"),
        (
            "assistant",
            "依協會規定，獎金只能匯入得獎會員本人名下帳戶。如需變更，請本人攜帶身分證與新存摺封面至服務處辦理，無法匯給他人帳戶。",
        ),
    ],
    [
        (
            "user",
            "幫我寫一份鴿舍糾紛的調解申請書。我是鄭文彬，住台南市安南區海佃路四段212巷6號，電話0953-771-206。隔壁的蘇俊宏3月24日晚上偷爬進我頂樓鴿舍拿走四羽賽鴿，環號2027-T0117520到2027-T0117523。",
        ),
        (
            "assistant",
            "以下是調解申請書草稿：申請人：鄭文彬，住台南市安南區海佃路四段212巷6號，電話0953-771-206。相對人：蘇俊宏。事由：相對人於116年3月24日夜間未經同意進入申請人鴿舍，取走賽鴿四羽（環號2027-T0117520至2027-T0117523），請求返還並賠償損失。",
        ),
        ("user", "要不要附上監視器畫面？"),
        (
            "assistant",
            "建議附上監視器截圖與原始檔光碟，另外若已向派出所報案，也請附上報案三聯單影本，會增加調解委員判斷的依據。",
        ),
    ],
    [
        ("system", "你協助鴿友撰寫 LINE 群組公告，字數精簡。"),
        (
            "user",
            "幫我寫協尋公告：我的雨點母鴿今天從金門放飛後沒回來，環號 2027-C0063381，有人看到請打給我 羅志明 0910-557-283，必有重謝。",
        ),
        (
            "assistant",
            "【協尋賽鴿】雨點母鴿一羽，環號2027-C0063381，今日金門放飛後未歸巢。如有鴿友拾獲或目擊，請聯絡鴿主羅志明 0910-557-283，必有重謝，感謝大家幫忙轉傳！",
        ),
    ],
    [
        ("system", "你是一家大陆公棚的在线客服助手，使用简体中文。"),
        (
            "user",
            "我要报名春季公棚赛，姓名周晓燕，身份证340104198203275625，手机186 5520 4471，报5羽。",
        ),
        (
            "assistant",
            "周女士您好，已为您登记春季公棚赛5羽，每羽寄养费¥600，合计¥3,000。请在3月31日前付款，足环将按报名顺序分配。",
        ),
        ("user", "我身份证号发错了会有影响吗？"),
        (
            "assistant",
            "报名信息以付款时核对为准。建议您在付款备注中再次填写正确的身份证号，或直接致电公棚客服更正，以免影响奖金发放。",
        ),
    ],
    [
        (
            "user",
            "I'm a Singapore fancier and want to ship 8 young birds to the Chiayi one-loft race. My name is Tan Wei Liang, NRIC S8214637G, mobile +65 9123 4871. What paperwork do I need?",
        ),
        (
            "assistant",
            "You will need an AVS export health certificate from Singapore, an import permit arranged by a licensed agent in Taiwan, and the entry form. Put your name and NRIC exactly as on the permit application, and keep your mobile on the form so the loft can reach you.",
        ),
        (
            "user",
            "Can I put the birds under my brother Tan Wei Ming's name instead? He lives at Blk 415 Bedok North Ave 2 with me.",
        ),
        (
            "assistant",
            "Yes, any adult can be the entrant, but the import documents, entry form and prize payments must all be in the same person's name. If your brother is the entrant, he should sign the form himself.",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu setiausaha Kelab Merpati Lumba Johor. Jawab dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Tolong tulis surat rayuan. Saya Mohd Faizal bin Ismail, No. ahli KMLJ-0214, lewat bayar yuran gelang sebab saya dimasukkan ke Hospital Raja Permaisuri Bainun kerana denggi selama dua minggu bulan Februari.",
        ),
        (
            "assistant",
            "Berikut draf surat: Kepada Setiausaha KMLJ. Saya, Mohd Faizal bin Ismail (No. ahli KMLJ-0214), memohon pertimbangan atas kelewatan bayaran yuran gelang musim 2027 kerana saya telah dimasukkan ke hospital akibat demam denggi selama dua minggu pada bulan Februari. Salinan surat cuti sakit dilampirkan.",
        ),
        ("user", "Perlu lampirkan apa lagi?"),
        (
            "assistant",
            "Lampirkan salinan surat cuti sakit atau ringkasan discaj hospital dan resit bayaran yuran selepas anda membayar. Tidak perlu lampirkan salinan kad pengenalan kecuali diminta.",
        ),
    ],
    [
        (
            "user",
            "幫我 summarize 這段 LINE 群組：「阿財：老洪又去押鴿子輸了80萬，他老婆在哭」「小黑：我上次借他的 NT$15,000 也還沒還」「阿財：他家在鹿港鎮復興路 77 號，要討債直接去」",
        ),
        (
            "assistant",
            "摘要：群組成員討論一位綽號「老洪」的鴿友賭鴿輸了約80萬元，並有成員表示對方欠款NT$15,000未還，另有人公開了他的住址。提醒：群組中公開他人住址和債務屬敏感個資，建議管理員刪除該訊息。",
        ),
        ("user", "OK 那我要怎麼在群組委婉提醒大家？"),
        (
            "assistant",
            "可以這樣寫：「提醒各位鴿友，請勿在群組張貼他人住址、欠款或家庭狀況，如有金錢糾紛請私下處理或向紀律委員會申請調解，謝謝大家配合。」",
        ),
    ],
    [
        ("system", "你是鴿會資訊組的資料整理助理，輸出 CSV 時不加說明。"),
        (
            "user",
            "把這筆新會員資料轉成 CSV：邱振宇，男，1975年9月30日生，身分證Q182736458，手機0987-442-109，信箱 qiu.zy1975@gmail.com，住嘉義市西區世賢路一段390號。",
        ),
        (
            "assistant",
            "member_no,name,gender,birth_date,national_id,mobile,email,address | LK-0522,邱振宇,M,1975-09-30,Q182736458,0987-442-109,qiu.zy1975@gmail.com,嘉義市西區世賢路一段390號",
        ),
        ("user", "這份可以直接貼到群組記事本給大家看嗎？"),
        (
            "assistant",
            "不建議。這份資料含身分證字號、手機、信箱與住址，屬於個人資料，只應存放在協會內部的會員系統，群組記事本只需公告會員編號即可。",
        ),
    ],
    [
        (
            "system",
            "You help a Malaysian pigeon club treasurer. Reply in English mixed with Chinese when the user does.",
        ),
        (
            "user",
            "Prize list for Segamat race：冠軍 Siti Noraini binti Hassan, Maybank 1572 8830 9214, RM15,000；亞軍 梁文俊 IC 880615-14-5523, Public Bank 3-1825-7740-19, RM8,000. 幫我做成 bank upload format.",
        ),
        (
            "assistant",
            "Here is the upload list: 1, SITI NORAINI BINTI HASSAN, MAYBANK, 157288309214, 15000.00 | 2, LEONG WEN JUN, PUBLIC BANK, 31825774019, 8000.00 | Please double-check account 3-1825-7740-19 against his bank slip, the digit grouping looks unusual for Public Bank.",
        ),
        ("user", "Thanks. 可以把 IC number 也放進去嗎？"),
        (
            "assistant",
            "Only if the bank's bulk payment template requires a beneficiary ID. Otherwise leave the IC numbers out of the file and keep them in the club's member register only.",
        ),
    ],
]
