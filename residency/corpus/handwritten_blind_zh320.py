# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh320: 繁體中文（台灣）漁會與漁船船員管理（船員名冊、外籍漁工、出港申報、海上事故、薪資糾紛、LINE群）. All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh320
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "漁會公告"): _lines("""
        【海豐區漁會公告】114年度漁船船員基本安全訓練第三梯次訂於3月16日至20日於本會三樓禮堂辦理，報名請洽推廣股 07-8215506 分機 213，名額40名，額滿為止。
        本會漁民保險櫃台自即日起延長服務至下午5時30分，辦理漁保加退保請攜帶船員手冊正本及漁船執照影本，代辦者須另附委託書，逾時恕不受理。
        颱風警報期間所有漁船暫停出港，已在海上作業之船筏請於24小時內返港或就近避風，岸上聯繫請打本會24小時值班專線 07-8217710。
        農曆三月廿三日天上聖母聖誕，本會與前鎮漁港各船主協會聯合舉辦海上遶境，參與船隻請於3月18日前至服務台登記船名及漁船統一編號。
        114年漁船用油補貼第一期款項已於4月8日撥入各船主帳戶，未入帳者請攜帶存摺封面至信用部二號窗口查詢，查詢電話 07-8215506 分機 301。
        冷凍廠檢修公告：第二冷凍庫（-35°C）於5月2日08:00至5月3日17:00停機保養，期間漁獲請改送第一冷凍庫，造成不便敬請見諒。
        敬告各船主：外籍船員居留證到期前30日須辦理展延，逾期將無法隨船出港；相關表單可至本會網站 www.haifeng-fa.org.tw/download 下載。
        本會信用部代收漁船海事保險費，20噸以上漁船年繳新台幣48,600元起，詳細費率請參閱一樓公告欄或來電 07-8215506 分機 305 洽詢。
        拾獲公告：本會於漁港北側卸魚場拾獲救生衣一批（共12件，印有「金順發」字樣），請船主於30日內持船籍證書至總務股認領，逾期將依規定處理。
        第19屆漁民節表揚大會訂於6月1日上午10時假本會大禮堂舉行，恭請漁業署長官蒞臨頒獎，得獎船隊及會員代表請穿著會服準時出席。
        本會與高雄市政府海洋局合辦「漁船防火及落海求生」講習，由海洋大學輪機系教授主講，全程參與可登錄4小時船員訓練時數，歡迎各船船員踴躍報名。
        114年度第2次會員代表大會議程：一、上次會議紀錄確認；二、113年度決算報告；三、魚市場屋頂改建案；四、臨時動議。請各區會員代表準時出席。
        漁港北堤新增岸電設施12座，每度電收費5.2元，使用前須至漁港管理中心（07-8219980）申請磁卡，刷卡後即可接電，夜間亦可使用。
    """),
    ("zh-Hant", "LINE群_辦公室工作訊息"): _lines("""
        各位早，明天05:30要出港的「順億興26號」出港申報單已經送海巡安檢所了，船員名冊共11人（本國3人、外籍8人），主任記得在下午四點前蓋章喔。
        冰廠那邊說今天碎冰只剩80噸，中午前要領冰的船請先在群組登記，一艘最多15噸，下午3點後才會再補貨，晚到的船可能要改去林記那邊領。
        提醒：VMS回報異常清單已經上傳到雲端「2025出港資料/VMS」資料夾，共3艘，負責的同仁請今天下班前在群組回覆處理狀況，謝謝大家。
        會計這邊月底要結帳，請各船把12月份的油單、冰單、伙食單拍照上傳到記事本，照片要清楚看得到發票號碼，模糊的會被退件，感謝配合。
        剛剛漁業署來電，遠洋漁船觀察員登船排程有變，下個月開始改成每航次出港兩週前通知，細節晚點我再把公文PDF貼上來，請大家先看過。
        收到👌卸魚場明天改成早上4點開始卸貨，拍賣6點半，大家記得提醒船上早點進港，不然又要在港口外排隊排到中午，冰也會不夠用。
        船員訓練教室的投影機壞了，已經報修，廠商說週四才能來，這週四下午的安全講習先改到二樓會議室，茶水和簽到表照舊準備，請總務先去借延長線。
        群組公告：請勿在工作群傳貼圖及轉傳長輩圖，重要公文請用「記事本」功能，不然訊息一多就被洗掉了，找公文會找很久，拜託大家配合。
        仲介公司回覆這批新船員的體檢報告都合格了，文件正本週五寄到，掛號號碼 RR123456789TW，櫃台請注意收件，收到後拍照回報群組。
        海巡署剛發布東北季風強風特報，明後兩天澎湖海域浪高3到4公尺，小船筏建議暫停出海，請各股轉知所屬船隻，已出海的請用無線電通知。
        修船廠報價單出來了：主機吊缸 NT$385,000、螺旋槳修整 NT$62,000、船底除藻油漆 NT$148,000，請主任過目後簽核。
        明天上午10點視訊會議連結 meet.google.com/xyz-abcd-efg，議題是外籍漁工薪資直接入帳新制，請各部門派一人參加。
        下週一開始漁會大樓電梯保養兩天，要搬文件的請走貨梯，貨梯在魚市場那一側，鑰匙放在總務櫃台，用完請記得歸還並在登記簿寫上使用時間。
    """),
    ("zh-Hant", "法規與申報須知"): _lines("""
        依「境外僱用非我國籍船員許可及管理辦法」規定，經營者應與非我國籍船員簽訂書面契約，約定之每月工資不得低於美金550元，並應載明工作時間、休息及保險事項。
        經營者應確保船員每日休息時間不少於10小時，並製作休息時間紀錄，於主管機關查核時提供，紀錄應保存至少一年，並應提供船員本人閱覽及確認簽名。
        遠洋漁船應全程開啟船位回報器（VMS），依規定頻率回報船位；設備故障時應於規定時限內改以其他方式回報並儘速修復，修復後應檢附維修證明送主管機關備查。
        漁船出港前應向海巡機關申報船員名冊及出港資料，名冊所載人數應與實際在船人數相符，不符者不予放行出港，並依相關規定查處，情節重大者得移送檢察機關。
        雇主應為外籍漁工投保意外及醫療保險，並將保險單影本交付船員收執；保單應載明保險期間、保險金額及理賠聯絡窗口，並以船員能理解之語文說明。
        仲介機構不得向船員收取法定以外之費用，亦不得扣留船員之護照、船員證件或其他財物，違者依法處罰並得廢止許可，經營者知情者亦應連帶負責。
        漁船發生船員傷亡、失蹤或海難事故時，船長應於事故發生後立即通報主管機關，並於返港後七日內提出海事報告書，檢附航海日誌及相關人員陳述。
        經營者應於工資給付日將工資全額直接匯入船員本人指定之金融機構帳戶，不得預扣、代領或以實物替代工資給付，並應交付載明各項金額之工資單。
        違反前項規定者，處新臺幣五十萬元以上二百五十萬元以下罰鍰，並得視情節收回漁業證照一年至五年；再次違反者，得廢止其漁業證照。
        本辦法所稱境外僱用，指經營者於我國境外依當地法令聘僱非我國籍船員，並於境外港口登船作業者，不包括依就業服務法於國內聘僱之外籍漁工。
        漁船船員手冊有效期間為五年，期滿前三個月內得申請換發；遺失者應檢具切結書向原核發機關申請補發，補發期間不得以影本代替出港。
        出港申報應於預定出港時間前二小時完成，臨時增減船員者，應重新申報並經安檢人員核對證件後始得出港，未完成申報者一律不予放行。
        附表二：工資以美金計價者，匯率以給付日前一營業日臺灣銀行牌告買入匯率為準，計算至小數點後第二位，以下四捨五入，匯差由經營者負擔。
    """),
    ("en", "crew_agency_faq"): _lines("""
        Q: How long does a distant-water crew permit take? A: Usually 10-14 working days after the Fisheries Agency receives a complete application from a licensed agency.
        Q: Can crew keep their own passports on board? A: Yes. No owner, captain or agency may hold a crew member's passport or seaman's book, for any reason.
        Q: Where can foreign fishers report wage or abuse problems? A: Call the 1955 hotline (free, 24 hours, Indonesian, Vietnamese, Tagalog, Thai and English).
        Q: What is the minimum monthly wage for distant-water crew? A: USD 550, paid directly into the fisher's own bank account, with a payslip in a language they understand.
        Q: Do we declare crew changes made at a foreign port? A: Yes. Upload the updated crew list to the e-declaration portal within 24 hours, with the port name and date.
        Q: Our VMS stopped reporting last night, what now? A: Report positions manually every 4 hours and ask the installer to repair it at the next port (quote your service ticket, e.g. VMS-2025-0871).
        Q: Is Wi-Fi on board mandatory? A: Not yet, but the 2024 guidelines encourage owners to provide at least 2 GB of satellite data per crew member per month.
        Q: What does a new crew member need before boarding in Kaohsiung? A: A valid passport, seaman's book, basic safety certificate, a health check within 3 months and a signed contract.
        Q: Are rest hours recorded? A: Captains log rest hours daily on Form FA-RH-03; logs are checked during port inspections at Qianzhen and Donggang fishing harbours.
        Q: Who pays the airfare home when the contract ends? A: The employer pays the return ticket; agencies may not deduct it from wages or from any deposit.
        Office hours Mon-Fri 08:30-17:30, Sat 09:00-12:00. Main line +886 7 821 6600, WhatsApp duty desk +886 912 000 660, email crew-help@bluewake-manning.com.tw
        Q: Can a crew member transfer to another vessel? A: Yes, with written consent; the agency files a new contract and no transfer fee may be charged to the fisher.
        Q: What is the grievance form? A: Form SG-01 (v3.2, revised 2024-07) lets crew complain in their own language; each filing receives a case number like SG-2025-00417.
    """),
    ("mixed", "系統日誌與設定"): _lines("""
        2025-03-14T05:31:07+08:00 INFO vms.ingest vessel=CT6-1874 call_sign=BJ2871 lat=22.4417 lon=120.3815 speed=7.8kn heading=213 status=DEPARTED
        2025-03-14T05:31:09+08:00 WARN vms.ingest vessel=CT4-0532 gap_minutes=95 last_fix=2025-03-14T03:56:00Z action=notify_port_office retries=2
        [crew-roster-api] POST /api/v2/rosters 201 Created roster_id=RST-20250314-0087 vessel_no=CT6-1874 crew_count=11 foreign=8 elapsed=143ms
        departure_report: {deadline_hours: 2, require_crew_photo: true, endpoint: "https://api.example.tw/v1/declare", timeout_s: 30, retry: 3}
        ERROR payroll.sync batch=PAY-2025-02 bank=TWB rows=312 failed=3 reason="account_format_invalid" retry_at=2025-03-01T02:00:00+08:00
        CREATE TABLE crew_roster (roster_id VARCHAR(20), vessel_no VARCHAR(12), seat_no INT, role VARCHAR(16), nationality CHAR(2), boarded_on DATE);
        船名,漁船統一編號,CT級別,船籍港,出港時間,預計返港,船員人數,外籍人數,申報單號,安檢所,VMS狀態,觀察員登船,最後回報時間,備註
        2025-03-15 21:02:44 [line-bot] webhook event=message type=text group_id=C4f9a1e0b2d3c5e7f8a9b0c1d2e3f4a5 len=38 routed=duty_desk
        fishing_log.export(vessel="順億興26號", from_date="2025-01-01", to_date="2025-03-31", fmt="xlsx") -> fishlog_CT6-1874_2025Q1.xlsx (2.4 MB)
        docker run -d --name vms-gateway -p 8443:8443 -e VMS_PROVIDER=argos -e PORT_CODE=TWKHH registry.example.com/fishery/vms-gateway:1.8.3
        sha256(crew_roster_2025Q1.csv)=9f2c4e81b7a03d55c6e1f0a2b4d8c3e7a9f1b2c3d4e5f60718293a4b5c6d7e8f size=48213 uploaded_by=svc-roster-sync
        2025-03-16T11:20:00+08:00 INFO weather.alert source=CWA region=台灣海峽南部 wind=NE 8-9級 wave=3.5m advisory=小型船舶嚴禁出海
        i18n.zh_TW.departure_form.title="漁船進出港檢查申報書" i18n.en.departure_form.title="Fishing Vessel Port Clearance Declaration" version=4.12.0
    """),
    ("zh-Hans", "新闻_公众人物"): _lines("""
        台湾地区领导人赖清德视察高雄前镇渔港，听取远洋渔业劳动条件改善进度汇报，并与当地渔会代表及船主协会进行座谈，承诺年内提出新的配套措施。
        新加坡总理黄循财在国会答问时表示，新加坡将继续加强海事劳工保障，并与区域伙伴合作打击非法、不报告和不受管制的捕捞活动，相关法案将于下月提交国会审议。
        马来西亚首相安瓦尔宣布，沙巴与砂拉越沿海渔民的柴油补贴将延长至年底，补贴后的每公升价格维持不变，相关拨款已获内阁批准，渔民无需重新登记。
        作家廖鸿基的散文集《讨海人》描写花莲沿岸渔民的海上生活，至今仍被不少海洋文学课程列为必读书目，他本人也长期参与鲸豚保育工作。
        海明威在《老人与海》中塑造了古巴老渔夫圣地亚哥的形象，这部小说1952年出版，次年获得普利策小说奖，海明威也于1954年获得诺贝尔文学奖。
        郑成功于1661年率舰队渡海攻台，船队经鹿耳门进入台江内海，台南至今仍保留延平郡王祠等多处纪念他的庙宇与史迹，吸引大量游客参观。
        妈祖相传原名林默娘，为北宋福建莆田湄洲人，被沿海渔民奉为海上守护神，每年农历三月台湾各地宫庙都会举行盛大的进香与绕境活动，吸引数十万信众参加。
        农业农村部渔业渔政管理局发布通知，2025年东海伏季休渔自5月1日12时开始，部分作业类型至9月16日12时结束，休渔期间渔船须回港停泊并关闭动力设备。
        国际劳工组织《渔业工作公约》（第188号）于2007年通过、2017年生效，对渔船船员的工作时间、住宿和伙食作出最低规定。
        台湾“海洋委员会”主委管碧玲在记者会上表示，将加强对远洋渔船的登检，并公布近一年的登检与查核统计数据，同时与劳动部门合作加强外籍船员权益保障。
        美国劳工部在其童工与强迫劳动产品清单中列入台湾远洋渔业捕捞的鱼类，台湾渔业主管部门随后公布了改善行动计划，内容包括提高船员工资和强化登检。
        香港渔农自然护理署提醒渔民，本年度渔业持续发展基金申请截止日期为6月30日，查询可致电政府热线1823，或亲临长沙湾政府合署办理。
        澳门海事及水务局公布，内港码头改造工程第二期本月动工，期间渔船停泊位置将临时调整至路环码头一带，预计工期约十八个月，具体安排另行公告。
    """),
    ("ms", "notis_pelabuhan"): _lines("""
        NOTIS: Semua vesel zon C dan C2 wajib menghidupkan MTU/VMS sebelum keluar dari Pelabuhan Perikanan Tanjung Manis. Pemeriksaan rawak bermula 1 April 2025.
        Kaunter Lesen Vesel LKIM Kuala Kedah dibuka Isnin hingga Jumaat, 8.30 pagi hingga 4.30 petang. Sila bawa salinan Sijil Pendaftaran Vesel dan resit bayaran terkini.
        Harga ais blok di Kompleks Pendaratan Ikan hari ini: RM12.50 sebongkah (50 kg). Tempahan lebih 100 bongkah sila hubungi pejabat koperasi 04-762 1880.
        Amaran cuaca: MetMalaysia mengeluarkan amaran angin kencang dan laut bergelora di perairan Pantai Timur Sabah. Bot kecil dinasihatkan tidak turun ke laut hingga Ahad.
        Krew asing: Pasport anda adalah milik anda. Majikan atau ejen tidak boleh menyimpan pasport. Aduan boleh dibuat ke talian 1955 (Taiwan) secara percuma 24 jam.
        Program Latihan Keselamatan Asas Nelayan Siri 3/2025 akan diadakan di Dewan Nelayan Kuala Besut pada 12-14 Mei. Yuran percuma, makan tengah hari disediakan.
        Subsidi diesel nelayan bulan Mac telah dikreditkan. Sebarang pertanyaan sila ke Pejabat Persatuan Nelayan Kawasan, Lot 12, Jalan Pelabuhan, 23000 Dungun.
        Gaji bulanan krew kapal laut dalam ialah USD 550 dan mesti dibayar terus ke akaun bank krew sendiri. Slip gaji mesti diberi dalam bahasa yang anda faham.
        Jeti Nelayan Kampung Sungai Udang ditutup sementara 3-5 Jun untuk kerja pembaikan tiang. Vesel diminta berlabuh di jeti alternatif berhampiran Pasar Ikan.
        Senarai semak sebelum belayar: jaket keselamatan mencukupi, pelampung, flare belum tamat tempoh, radio VHF saluran 16, peti pertolongan cemas dan air minuman.
        Pendaftaran peserta Pesta Laut 2025 dibuka di pejabat persatuan. Pertandingan perahu hias bermula jam 9 pagi, hadiah utama RM3,000 tajaan Koperasi Nelayan.
        Makluman: Pejabat LKIM ditutup pada 31 Mac dan 1 April sempena Hari Raya Aidilfitri. Permohonan permit kecemasan boleh dihantar ke kaunter@nelayan-dungun.org.my.
        Harga tangkapan minggu ini di kompleks: ikan kembung RM9/kg, sotong RM24/kg, udang putih RM38/kg, ikan tenggiri RM32/kg, tertakluk kepada gred.
    """),
    ("mixed", "船具行發票與價目"): _lines("""
        阿忠船具行 統一編號 54839217｜發票號碼 QK-38217745｜救生衣 CE認證 x12 @NT$680，小計 NT$8,160，營業稅 NT$408，含稅合計 NT$8,568。
        林記製冰廠 Ice Price List 2025：碎冰 NT$1,150/噸，塊冰 NT$1,320/噸，夜間（22:00-04:00）加收 NT$150/噸，訂冰專線 07-841 1356。
        Invoice No. INV-2025-03-0418 | Bill to: 順億興漁業股份有限公司 | Item: Furuno FCV-628 echo sounder, qty 1, USD 1,850.00 | Terms: Net 30
        陳媽媽便當 漁港店｜船員伙食團購價：排骨便當NT$85、雞腿便當NT$100、素食便當NT$75，20個以上免運送到碼頭，LINE官方帳號 @chenmama-bento
        海豐加油站 漁船用油單據 No. 0031872｜船名：金長興 CT3-2256｜油品：漁業用免稅柴油 4,200 公升｜單價 NT$19.8｜合計 NT$83,160
        大洋漁網工廠 型號 GN-3000-120 單絲刺網，網目 120mm，長 3,000m，每張 NT$23,500；PE繩 8mm 每捆 NT$1,280，現貨供應。
        【價目表】船底清洗 每呎 NT$180、防污漆（Jotun SeaQuantum X200）每公升 NT$1,650、陽極鋅塊更換 每片 NT$420，報價有效期30天。
        Quotation Q-7731 from Kaohsiung Marine Electronics Co., Ltd. (Reg. No. 24591863): ICOM IC-M330 VHF radio x2 NT$16,800, McMurdo EPIRB x1 NT$28,500.
        阿美漁具行 週年慶：釣線買十送一，鉛墜5折，滿NT$3,000送保冷箱一個，活動期間4/1-4/15，地址：高雄市前鎮區漁港中二路18號。
        Receipt 收據 #R-20250402-117 | 前鎮第三魚市場 拍賣手續費 2.5% | 漁獲總額 NT$1,284,600 | 手續費 NT$32,115 | 船號 CT6-1874
        訂單 PO-2025-0311 向旺來船舶五金訂購不鏽鋼錨鍊 10mm x 50m、卸扣 x20，預計 3/18 到貨，新竹物流貨運單號 5829 3310 4471。
        船員制服訂製報價：反光工作背心 NT$390/件、防水雨衣褲組 NT$1,250/套、安全鞋 NT$1,680/雙，30件以上九折，報價單位：業務部。
        SKU FV-LJ-150N-ORG｜150N 自動充氣救生衣（橘）｜庫存 86｜單價 NT$2,350｜供應商：海安救生器材有限公司｜最後更新 2025-03-20 14:05
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        順億興26號船員名冊第3列：輪機長 黃國棟，身分證字號 T122048154，船員手冊號碼 KH-108-004512，手機 0932-517-604。
        阿財這個月又跟仲介預支了三萬，說是老婆在越南生病住院，船長說再預支就要從年終分紅裡扣。
        林太今天來漁會哭，說她先生在模里西斯外海落海失蹤已經第五天，問撫卹金要怎麼申請。
        印尼籍船員 Agus Setiawan（居留證號 E803124579）反映被扣薪四個月，共 USD 2,200，已轉介1955專線立案。
        出港申報補件：船員蔡明宏 出生日期 1979/08/23，戶籍地址 屏東縣東港鎮新興里中正路二段145巷7號，請於今日補傳身分證正反面。
        陳船長的兒子上週在高雄地院因為走私菸品被判八個月，現在碼頭都在傳，說他以後可能不能再當船長了。
        請撥款至船員林志豪郵局帳戶：局號 0081234 帳號 0567890，戶名林志豪，金額 NT$46,800（含十二月份獎金）。
        輪機員 Nguyen Van Thanh 薪資條：底薪 USD 550、加班 USD 120，實領 USD 670，護照號碼 C4827195，匯入其越南帳戶。
        「阿雄仔剛剛被海巡帶走了，聽說是上次酒駕撞到人的案子，明天出港要另外找人頂他的位置。」
        船主王進福先生的自小貨車 BKE-7362 停在卸魚場出口擋住冷凍車，請廣播請他盡快移車。
        海事事故報告：2025/02/11 03:40 作業中甲板手曾文雄（42歲）右手遭捲揚機夾傷，三指截斷，已送東港安泰醫院急診。
        船員體檢異常通知：菲律賓籍 Rodel Manalo 胸部X光疑似肺結核，暫停登船，須至衛生所複檢通過後方可出港。
        吳太太來電說她跟吳船長正在辦離婚，要求漁會不要把漁保給付匯到先生的帳戶，請承辦人回電 0919-306-228。
        張淑芬（漁會會員編號 HF-03127）申請急難救助，家中漁船全損，目前積欠農會貸款約 NT$3,200,000，兩個小孩還在念書。
        7,江俊傑,大副,TW,K133901272,0928-443-115,2025-01-06,前鎮
        阿娟（冰廠櫃台那個）懷孕四個月了，她請大家先不要在群組講，等她跟老闆談完產假再說。
        薪資糾紛調解紀錄：申請人許家銘，主張2024年7至11月漁獲分紅短少NT$187,000，雇主順億興漁業否認，下次調解3/27上午。
        船員家屬周美玲，住宜蘭縣蘇澳鎮南寧路88號3樓，電話 03-996-3518，她要來領先生的漁保死亡給付。
        LINE群截圖：「@黃建宏 你上次借的十萬什麼時候要還？再不還我就去你家找你老婆談。」
        外籍漁工 Budi Santoso 印尼身分證號 3273011208890004，家鄉地址 Jl. Cibadak No. 17, Bandung，緊急聯絡人是他太太。
        漁保傷病給付申請：被保險人鄭雅惠，身分證 A277152038，傷病名稱腰椎椎間盤突出，住院12天，申請給付NT$36,000。
        老張上禮拜喝醉在船上跟越南船員打架，對方眼角縫了七針，船東說要扣他這一航次的分紅。
    """),
    "zh-Hans": _lines("""
        大陆船员名单：郭志强，身份证号 350582198304172636，籍贯福建晋江，联系电话 138 5066 2917，上船港口马公。
        舟山的王师傅说他儿子在宁波住院做心脏手术，急需用钱，想提前结清这个航次的工资3.8万元。
        工资纠纷：船员刘海涛，身份证 330902199106254818，称2024年8月至12月未领工资共计人民币42,000元，已向劳动监察部门投诉。
        阿强昨晚在船上突发癫痫，船长已经联系海巡，他老婆电话是 137 2290 4415，麻烦通知一下家属。
        李阿姨（船东家属）要求把保险赔付打到她的农业银行卡 6228 4801 2937 4415 016，户名李秀英。
        事故通报：3月2日“闽晋渔05872”在台湾海峡翻沉，船员陈海生（47岁）获救，另一名船员林阿水至今失踪。
        湛江的小梁说他欠了渔具店两万多块钱还不上，老板天天打电话到他家里，他妈妈都被吓病了。
        外派船员登记表｜姓名：邓伟杰｜证件号：44078119870912302X｜邮箱 dengwj1987@163.com｜家庭住址：广东省湛江市霞山区海滨大道南55号2栋603。
    """),
    "en": _lines("""
        Crew member Marvin Ocampo Bautista (Philippine passport P4418207B) says his March salary of USD 550 was paid to the agency instead of his own account.
        Please call the wife of deckhand Teguh Prasetyo on +62 812 3371 9046 - he was medevaced to Kaohsiung with a suspected stroke last night.
        Grievance SG-2025-00417: Mr. Hendra Wijaya alleges the captain confiscated his passport and seaman's book and threatened to leave him in Port Louis.
        Incident report: at 22:15 local time crew member Phan Van Long (ARC T822109361) fell overboard 180 nm east of Mauritius; search suspended after 72 hours.
        Tom, the chief engineer on the Jin Chang Hsing, says he is getting divorced and wants his wages sent to a new Bank of Taiwan account 081-004-99345-561.
        Roster row: 9 | Ariel Santos Villanueva | Bosun | PH | Passport P7720914A | DOB 1985-11-02 | ariel.villanueva85@gmail.com
        Singapore-based crew manager Ms. Tan Hui Min (NRIC S8234517E) co-signed the loan for the vessel and now personally owes the bank SGD 240,000.
        Hi, it's Rahim's sister. He's still in the ICU after the winch accident, please send any updates to rahimfam.lee@yahoo.com, not to the agency.
    """),
    "mixed": _lines("""
        LINE from 船長：Budi 明天不用來了，他 visa 過期 overstay 三個月，仲介說會把他送去收容所等遣返。
        緊急聯絡 emergency contact：船員 Sutrisno 的太太 Dewi，WhatsApp +62 857 4102 8836，她只會講印尼話 please use Bahasa。
        小黃 still owes the 仲介 NT$90,000 placement fee, every month 扣 NT$5,000 from salary，他說要去 1955 申訴。
        Crew roster 2025Q1｜No.4｜Trần Minh Hải｜Vietnam passport C3390871｜居留證 Q900477127｜mobile 0968-203-417｜boarded 2025-01-06
        跟新加坡 crew agent Mr. Lim Boon Keat（NRIC S7812349D）聯絡，his HP +65 9127 4408，他答應 refund 船員的 agency fee。
        馬來西亞籍輪機長 Ahmad Faizal bin Razak，MyKad 820514-12-5573，家住 Sandakan, Taman Indah Jaya Lorong 3 No. 21，每月寄 RM2,500 回家。
        香港船東代表 Mr. Chan Ka-fai（HKID K582103(1)）話佢 mother 喺瑪麗醫院做緊化療，下個月先可以返台灣處理薪資問題。
    """),
    "ms": _lines("""
        Nelayan Zulkifli bin Hassan, No. KP 780923-03-5217, melaporkan bot gentiannya karam di perairan Tumpat; beliau kini dirawat di Hospital Raja Perempuan Zainab II.
        Sila hubungi isteri Pak Leman di 013-448 2915, suaminya belum pulang sejak 3 hari lepas dan botnya tidak dapat dikesan.
        Krew Indonesia Slamet Riyadi mengadu gajinya dipotong RM600 sebulan oleh tekong kerana hutang judi; beliau minta bantuan kesatuan.
        Borang pendaftaran krew: Nama: Mohd Azlan bin Yusof, No. MyKad 900214-11-6033, Alamat: No. 14, Kampung Seberang Takir, 21300 Kuala Terengganu, Tel: 019-936 2047.
        Mak Cik Senah dari Kampung Nelayan Sungai Udang kata anak lelakinya ditahan polis marin minggu lepas sebab membawa pendatang tanpa izin.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你是海豐區漁會的行政助理，協助承辦人整理出港申報資料，回答請使用繁體中文。"),
        (
            "user",
            "幫我把這段整理成船員名冊表格：船長 黃建宏 身分證 U155032783 手機 0921-338-470；大副 江俊傑 K133901272；甲板手 印尼籍 Agus Setiawan 居留證 E803124579。",
        ),
        (
            "assistant",
            "整理如下：1. 船長｜黃建宏｜U155032783｜0921-338-470；2. 大副｜江俊傑｜K133901272｜（未提供手機）；3. 甲板手｜Agus Setiawan｜印尼｜居留證 E803124579。請確認大副手機是否需要補填。",
        ),
        ("user", "大副手機是 0928-443-115，另外出港時間寫明天 05:30 前鎮。"),
        (
            "assistant",
            "已更新：大副江俊傑手機 0928-443-115；出港時間 05:30，出港港口前鎮漁港。送安檢所前請再核對證件正本。",
        ),
    ],
    [
        (
            "user",
            "I need help writing a wage complaint. I am Hendra Wijaya, Indonesian, passport B7731024, working on a Taiwanese longliner. Four months unpaid, USD 2,200 total.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. Here is a draft: To the Fisheries Agency / 1955 Hotline - I, Hendra Wijaya (passport B7731024), crew on a distant-water longliner, have not received wages for four months, totalling USD 2,200. I request an investigation and direct payment to my own account.",
        ),
        (
            "user",
            "Can you add that the captain kept my passport until last week and my wife's number +62 813 5520 7741 for contact?",
        ),
        (
            "assistant",
            "Added: The captain held my passport until last week, which is not allowed. Family contact: my wife, +62 813 5520 7741. You can send this to the 1955 hotline or ask them to file it for you, free of charge.",
        ),
    ],
    [
        ("system", "你是面向渔民家属的咨询助手，请用简体中文回答，语气耐心。"),
        (
            "user",
            "我丈夫刘海涛在台湾渔船上干活，上个月被缆绳打伤了腿，现在在东港住院。我叫孙丽娟，电话 139 6802 3317，想问问工伤怎么赔？",
        ),
        (
            "assistant",
            "孙女士您好。刘海涛先生在渔船上作业受伤，一般可以向船东投保的保险公司申请伤病给付，也可以联系台湾的1955专线协助。建议先向船东要医院诊断证明和保险单号码。",
        ),
        ("user", "船东说他没买保险，只肯给两万台币，怎么办？"),
        (
            "assistant",
            "依规定船东应为外籍和境外船员投保。您可以保留通话记录，并通过中介或1955专线反映船东未投保一事，要求按规定赔偿，不必当场接受两万台币的和解。",
        ),
    ],
    [
        (
            "system",
            "Crew record loaded: name=Trần Minh Hải; nationality=VN; passport=C3390871; ARC=Q900477127; mobile=0968-203-417; vessel=CT6-1874; 入港日 2025-01-06",
        ),
        ("user", "我想問 1955 可以用越南話打嗎？我的薪水條看不懂。"),
        (
            "assistant",
            "可以的，1955 專線提供越南語服務，24小時免付費。Anh Hải, nếu cần, bạn có thể đọc số居留證 Q900477127 để họ查你的資料。",
        ),
        ("user", "OK thanks, 請幫我看這張：底薪 550 USD，扣 伙食 80，扣 仲介費 150。"),
        (
            "assistant",
            "依規定伙食應由船東提供，仲介費也不得從薪資扣除。建議你把這張薪資條拍照，打 1955 反映扣款共 USD 230 的問題。",
        ),
    ],
    [
        (
            "user",
            "Saya isteri kepada Zulkifli bin Hassan, No. KP 780923-03-5217. Bot suami saya karam minggu lepas di Tumpat. Macam mana nak mohon pampasan?",
        ),
        (
            "assistant",
            "Puan, saya bersimpati. Puan boleh memohon bantuan bencana melalui LKIM atau Jabatan Perikanan negeri. Bawa salinan MyKad suami, sijil pendaftaran vesel dan laporan polis.",
        ),
        (
            "user",
            "Suami masih di hospital, patah kaki. Nombor saya 012-775 3046 kalau pegawai nak hubungi.",
        ),
        (
            "assistant",
            "Baik. Sertakan juga surat doktor tentang kecederaan kaki suami, dan tulis nombor puan 012-775 3046 dalam borang supaya pegawai boleh hubungi puan terus.",
        ),
    ],
    [
        ("system", "你是漁船公司辦公室的助理，幫忙摘要 LINE 工作群組訊息，輸出重點條列。"),
        (
            "user",
            "摘要一下：「阿財又預支三萬，說老婆在越南住院」「許家銘說分紅少了十八萬七要去調解」「老張喝醉打人，對方縫七針」「明天05:30出港」",
        ),
        (
            "assistant",
            "重點：1. 阿財再次預支 NT$30,000，理由為配偶在越南住院；2. 許家銘主張分紅短少 NT$187,000，將申請調解；3. 老張酒後在船上打人致對方縫七針，需處理紀律；4. 明天 05:30 出港。",
        ),
        ("user", "第三點不要寫名字，改成「某船員」。"),
        (
            "assistant",
            "已修改：3. 某船員酒後在船上與他人衝突，對方眼角縫七針，建議船東依工作規則處理。",
        ),
    ],
    [
        (
            "system",
            "You help a Kaohsiung fishing company write incident reports in English for the flag-state authority.",
        ),
        (
            "user",
            "Write the report: 11 Feb 2025, 03:40, deckhand Rodel Manalo, 34, Filipino, passport P6628013C, left hand crushed by line hauler, two fingers amputated, evacuated to Port Louis hospital.",
        ),
        (
            "assistant",
            "Incident Report - Date/time: 11 Feb 2025, 03:40 ship's time. Casualty: Rodel Manalo, 34, Philippine national, passport P6628013C, deckhand. Injury: left hand crushed in line hauler, two fingers amputated. Action: first aid on board, medical evacuation to hospital in Port Louis.",
        ),
        ("user", "Add his next of kin: mother, Lourdes Manalo, +63 917 204 5531."),
        (
            "assistant",
            "Added: Next of kin notified - mother, Lourdes Manalo, +63 917 204 5531. Please attach the captain's statement and the hospital discharge note before submission.",
        ),
    ],
    [
        (
            "user",
            "我爸爸曾文雄是東港的漁民，身分證 G104623917，上個月在船上被捲揚機夾斷三根手指，漁保可以申請什麼給付？",
        ),
        (
            "assistant",
            "曾先生的情況可依漁民健康保險或漁船船員保險申請傷病給付與失能給付。準備資料：診斷證明書（載明截斷指數）、事故證明、身分證影本及存摺封面。",
        ),
        ("user", "他的存摺是東港區漁會信用部 帳號 21-003-0045817，這樣寫可以嗎？"),
        (
            "assistant",
            "可以，申請書的給付帳戶請寫：東港區漁會信用部 21-003-0045817，戶名需與被保險人曾文雄相同。失能等級由醫師評定後再送件。",
        ),
    ],
    [
        (
            "system",
            "Bạn là trợ lý dịch thuật cho ngư dân Việt Nam làm việc trên tàu Đài Loan. Trả lời bằng tiếng Việt và tiếng Trung phồn thể.",
        ),
        (
            "user",
            "Tôi là Nguyễn Văn Thành, hộ chiếu C4827195. Xin dịch giúp câu này sang tiếng Trung: Tôi bị đau lưng nặng, cần đi bệnh viện, xin thuyền trưởng cho nghỉ 3 ngày.",
        ),
        (
            "assistant",
            "中文：我是阮文成，護照號碼 C4827195。我背痛得很嚴重，需要去醫院，請船長讓我休息三天。",
        ),
        ("user", "Thêm: vợ tôi đang mang thai tháng thứ 7 ở Nghệ An, tôi muốn về nước sớm."),
        (
            "assistant",
            "中文：另外，我太太在越南乂安懷孕七個月了，我希望能提早回國。Bạn có thể đưa câu này cho thuyền trưởng hoặc công ty môi giới.",
        ),
    ],
    [
        ("system", "你是漁會的簡訊草擬助手，只負責撰寫簡訊內容。"),
        (
            "user",
            "幫我寫一則簡訊給林太，她先生林志豪在模里西斯外海落海失蹤，搜救已經第五天，提醒她明天下午兩點來漁會辦撫卹，電話 0917-552-830。",
        ),
        (
            "assistant",
            "林太太您好，我們是海豐區漁會。關於林志豪先生的搜救，目前仍持續進行中，我們與您一樣掛念。請您明天（週四）下午2點至本會二樓辦理撫卹相關手續，如有任何問題請直接回電。",
        ),
        ("user", "要記得附上需要帶的文件。"),
        (
            "assistant",
            "補充：請攜帶您本人身分證、戶口名簿、林志豪先生的船員手冊影本及您的存摺封面。簡訊將發送至 0917-552-830，感謝您。",
        ),
    ],
]
