# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix146: bird parks, zoos and wildlife rescue centres in SG/MY/HK/TW (animal adoption programmes, volunteer keepers, visitor injuries, rescue hotline reports, donor lists). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix146
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "visitor_notice"): _lines("""
        Bird Paradise, 20 Mandai Lake Road, Singapore 729825: the Heart of Africa aviary will close from 09:00 to 12:30 on 14 Jan 2027 for net repairs. Penguin Cove remains open.
        NOTICE: Please do not feed the lorikeets with your own food. Nectar cups are sold at the Lory Loft kiosk at S$5 each (limit 2 per guest). Thank you for keeping our birds healthy.
        Lost and found items can be collected at the Guest Services counter near the main entrance; for enquiries call our general line 6269 3411 between 08:30 and 18:00 daily.
        Kadoorie Farm and Botanic Garden, Lam Kam Road, Tai Po: the Wild Animal Rescue Centre does not accept walk-in visitors. Injured wildlife should be reported to 1823 first.
        Zoo Negara Malaysia, Hulu Kelang, 68000 Ampang, Selangor: Giant Panda Conservation Centre hours revised to 10:00-16:30 from 1 March 2027; last entry at 16:00.
        Sign at the Hong Kong Zoological and Botanical Gardens: Feeding or teasing the animals is an offence under the Pleasure Grounds Regulation. Maximum fine HK$2,000.
        Taipei Zoo (No. 30, Sec. 2, Xinguang Rd, Wenshan District) reminds visitors that the Giant Panda House limits each viewing to 5 minutes on weekends and public holidays.
        Adoption certificates for the Adopt an Animal programme are emailed within 7 working days. Queries: adopt@mandai.example.org, quoting your order number, e.g. ADP-2027-004512.
        Heat advisory: when the WBGT index exceeds 31, the 11:00 Kings of the Skies show at the Amphitheatre moves to 16:30. Water refill points are marked on the park map.
        Visitors with strollers please use Lift B beside the Crimson Wetlands exit; the ramp near Winged Sanctuary is closed until 30 Nov for resurfacing by Lim Bros Engineering Pte Ltd.
        Jurong Bird Park (1971-2023) was the brainchild of Dr Goh Keng Swee; its flamingos, hornbills and penguins were moved to Bird Paradise in Mandai in early 2023.
        Wildlife emergency in Singapore? Call the ACRES 24-hour Wildlife Rescue Hotline at 9783 7782 or the NParks Animal Response Centre at 1800 476 1600.
        Pet-free zone: dogs, cats and other pets are not permitted within the park, except certified guide dogs. Kennel lockers (S$8/day) are at Car Park B, Lot 2.
    """),
    ("zh-Hans", "认养计划常见问题"): _lines("""
        问：认养一只动物需要多少钱？答：标准认养为每年人民币688元，金牌认养1888元，费用全部用于动物饲料、医疗及丰容，认养期满前30天会发送续期提醒。
        问：认养后可以把动物带回家吗？答：不可以。认养属于象征性支持，动物仍由园区饲养员照顾，您将收到认养证书、季度成长报告和一次饲养员导览的预约资格。
        问：如何查询订单？答：请登录小程序“我的认养”，输入订单号（如 RY20270315008841）即可查询；如有疑问请拨打园区客服热线 400-820-6688。
        问：企业可以认养吗？答：可以，企业认养需提供营业执照上的统一社会信用代码（18位），发票抬头须与执照名称完全一致，不接受个人名义开具企业发票。
        问：新加坡出生的大熊猫“叻叻”现在在哪里？答：叻叻已按合作协议送回四川，由中国大熊猫保护研究中心饲养，本园暂不接受对其的认养。
        问：发票什么时候开？答：付款成功后3个工作日内开具电子发票，发送至下单时填写的邮箱；如需纸质发票请在备注栏注明并另付邮费10元。
        问：认养证书上的名字可以改吗？答：证书打印前（付款后48小时内）可在小程序修改一次，之后修改需另付工本费20元，重新打印的证书约7个工作日内寄出。
        问：退款政策是怎样的？答：认养属捐赠性质，一经付款不予退还；如因系统故障重复扣款，请提供交易流水号（如 4200001234202703150123456789）申请退回。
        问：志愿饲养员的报名条件是什么？答：年满18周岁、每月至少服务2天、完成8小时岗前培训并通过考核；未成年人可参加周末亲子科普活动。
        问：园区怎么去？答：长隆野生动物世界位于广州市番禺区汉溪大道东，可乘地铁3号线或7号线至汉溪长隆站，E口出站步行约10分钟。
        问：可以带无人机进园拍鸟吗？答：园区全域禁飞无人机，违者将由安保人员劝离。专业拍摄须提前14天向市场部提交拍摄申请表，并缴纳场地使用费。
        问：我认养的金刚鹦鹉“大蓝”去世了怎么办？答：我们会以邮件通知，并将剩余认养期转至同一展区的另一只鹦鹉，证书免费补发，原认养期限保持不变。
        问：参观时被动物抓伤怎么办？答：请立即到最近的医务室（熊猫馆旁、鸟语林入口）处理，园区已投保公众责任险，保单号 PZAA202744010000123。
    """),
    ("zh-Hant", "新聞"): _lines("""
        【本報訊】海洋公園大熊貓「盈盈」於2024年8月15日誕下一對雙胞胎，成為首對在香港出生的大熊貓幼崽，兩隻幼崽其後命名為「加加」和「得得」。
        臺北市立動物園表示，大貓熊「圓仔」迎來十歲生日，園方當天準備竹筍冰蛋糕慶祝；動物園位於文山區新光路二段30號，當日入園人次逾兩萬。
        行政長官李家超昨日出席嘉道理農場暨植物園成立70週年典禮，讚揚其野生動物拯救中心多年來救治大量受傷猛禽及爬蟲類，並承諾政府會繼續支持本地生物多樣性保育工作。
        漁農自然護理署發言人指出，去年接獲有關受傷野生動物的求助個案共4,312宗，較前年上升12%，市民如發現受傷野生動物可致電1823求助，切勿自行處理。
        香港動植物公園於1864年開放予公眾，是香港歷史最悠久的公園之一，因鄰近舊港督府而俗稱「兵頭花園」，園內現飼養約四百隻雀鳥、哺乳類及爬蟲類動物。
        立法會議員在食物及衞生事務委員會會議上質詢，要求當局交代動植物公園多隻猴子因類鼻疽死亡的調查報告及改善措施進度，康文署表示已加強園內消毒及土壤檢測。
        新加坡萬態野生動物保育集團宣布，飛禽公園（Bird Paradise）開幕首年接待遊客逾兩百萬人次，園內共飼養約3,500隻鳥類。
        澳門石排灣郊野公園大熊貓館公告：「開開」與「心心」所生的雙胞胎「健健」、「康康」本週日休館半天，進行例行體檢，館方呼籲市民改於下午二時後入館參觀。
        臺北市長蔣萬安今日視察動物園新建的穿山甲保育中心，並表示市府將追加新台幣1.2億元預算，改善動物醫院及救傷設施，預計2028年底前完工啟用。
        馬來西亞國家動物園大熊貓「興興」和「靚靚」於2014年抵馬，其在當地出生的首隻幼崽「暖暖」已於2017年按協議送返中國。
        香港愛護動物協會今日發布年報，全年共救援野生及流浪動物逾六千隻，並呼籲市民切勿自行捕捉或飼養野生雀鳥，發現受傷動物應致電該會熱線求助。
        嘉義縣政府與林業及自然保育署合作設立的臺灣獼猴救傷站正式啟用，首批收容六隻遭捕獸夾所傷的獼猴，預計康復後經評估野放回原棲地附近山區。
        屏東科技大學保育類野生動物收容中心公布，今年已野放黑鳶11隻、食蛇龜40隻，並感謝各地消防局、警察局及縣市動保處協助通報及運送救援個案。
    """),
    ("ms", "senarai_harga"): _lines("""
        Zoo Negara - Harga tiket masuk 2027: Dewasa (MyKad) RM45.00, Kanak-kanak 3-12 tahun RM20.00, Warga emas 60+ RM20.00, OKU masuk percuma dengan kad OKU.
        Bukan warganegara: Dewasa RM85.00, Kanak-kanak RM43.00. Tambahan Pusat Panda + Tram RM12.00 seorang. Harga termasuk SST 8% kecuali dinyatakan.
        Program Angkat Haiwan Zoo Taiping & Night Safari: Kategori Gangsa RM250/tahun, Perak RM600/tahun, Emas RM1,500/tahun, Platinum RM5,000/tahun.
        Taman Burung Kuala Lumpur, 920 Jalan Cenderawasih, Taman Tasik Perdana - Tiket dewasa RM85, kanak-kanak RM65; makanan burung (bekas biji) RM5 sekotak.
        Sewa kerusi roda RM10 (deposit RM50, dikembalikan), stroller RM15 sehari, loker kecil RM8, loker besar RM12 - bayar di kaunter Pusat Maklumat.
        Sesi Keeper-for-a-Day (2 jam, umur 12 tahun ke atas): RM180 seorang, termasuk baju-T, sijil dan makan tengah hari ringan; maksimum 6 peserta setiap sesi.
        Tiket kombo Zoo Melaka + Night Safari: RM60 dewasa, RM40 kanak-kanak; sah untuk 1 hari sahaja, tidak boleh dipindah milik atau dipulangkan.
        Harga borong makanan haiwan (untuk pusat penyelamatan): Cengkerik hidup 1kg RM38, Ulat hongkong 1kg RM42, Pelet burung 5kg RM55, Buah campur 10kg RM30.
        Caj parkir: Kereta RM3 untuk 2 jam pertama, RM1 setiap jam berikutnya; Bas persiaran RM15 sehari; Motosikal percuma. Terima e-wallet Touch 'n Go.
        Pakej lawatan sekolah (minimum 30 pelajar): RM12 seorang termasuk taklimat pendidikan 45 minit oleh Unit Pendidikan; guru pengiring 1:10 masuk percuma.
        Sewaan dewan seminar zoo: Separuh hari RM800, Sehari penuh RM1,400; sistem PA dan projektor disediakan. Tempahan: sales@zoonegara.example.my.
        Yuran keahlian tahunan Persatuan Zoologi Malaysia: Individu RM120, Keluarga (2 dewasa + 3 anak) RM280, Pelajar RM60 - akses tanpa had selama 12 bulan.
        Tajaan papan tanda kandang: RM3,000 setahun untuk papan 60x40cm dengan logo syarikat; invois INV-ZN-2027-0455 dikeluarkan atas nama Malaysian Zoological Society.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        [08:02] Morning team, hornbill enclosure B3 netting got one hole near the feeder, maintenance coming at 10am. Pls keep the birds in holding until then ok 🙏
        [08:15] Noted. Macaw show 11am tetap jalan ke? Forecast kata hujan lebat from 10:30, kalau hujan kita shift ke indoor amphitheatre.
        [09:40] 各位，今日企鵝館 chiller 又跳掣，temperature 去到 9°C，已經 call 咗 Daikin 嘅 service hotline，ticket no. DK-SG-778120。
        [10:05] Vet team update: the rescued Oriental pied hornbill from Pasir Ris Park is eating again, weight 712g vs 650g on admission. Good sign lah.
        [10:22] Reminder semua: SOP baru, setiap kes gigitan atau cakaran pelawat mesti isi Incident Form IF-03 dalam masa 2 jam dan hantar ke Safety Office.
        [11:48] 今天鹦鹉区的 feed order 还没到，supplier 说 lorry 卡在 Woodlands checkpoint，估计下午3点前到，先用 backup stock 撑一下。
        [12:30] Ah Meng memorial plaque at the old orangutan area kena graffiti again 😤 Security pls check CCTV cam 14 dari pukul 06:00 hingga 07:30.
        [13:05] Rescue hotline got 3 calls about a monitor lizard at Sengkang Riverside Park, NParks already on site, we stand down ya.
        [14:10] 星期六嘅 volunteer briefing 改咗去 Education Centre Room 2，10:00 開始，記得帶埋 name tag 同 safety boots。
        [15:30] FYI inventory: Vitamin E supplement tinggal 2 tubs je, PO-2027-0318 dah submit kat Finance, tunggu approval.
        [16:45] The new Pinky flamingo plushie (SKU FL-PNK-30CM) sold out at the retail shop again, pls ask merch to top up before the school holidays.
        [17:20] Night shift handover: all 4 Sunda pangolins fed, ambient 27.5°C, humidity 78%, nothing unusual. Door log synced to server at 17:18.
        [18:02] 明天 audit 有 WAZA 派人嚟，all keepers pls update husbandry records in ZIMS before 9pm tonight, thank you all 辛苦晒！
    """),
    ("en", "log_lines"): _lines("""
        2027-03-15T06:42:17+08:00 INFO hotline.intake ticket=WR-27-003184 species=Asian_koel location=Bishan-Ang_Mo_Kio_Park zone=N2 priority=P3 status=QUEUED
        2027-03-15T06:58:03+08:00 WARN dispatch.router ticket=WR-27-003185 no_responder_available region=West retry_in=300s queue_depth=7
        2027-03-15T07:10:44+08:00 INFO vetclinic.admit case=VC-0447 species=Sunda_slow_loris weight_g=812 triage=amber ward=ICU-2 admitted_by=role:duty_vet
        2027-03-15T07:11:02+08:00 DEBUG sms.gateway provider=twilio template=TPL_CALLER_ACK_EN status=202 latency_ms=184 region=ap-southeast-1
        2027-03-15T08:00:00+08:00 INFO cron.daily_report file=/reports/2027/03/15/rescue_summary.pdf rows=41 sha256=9f2c4e7a1b0d3c58e6f7a2b4c9d8e1f0a3b5c7d9e2f4a6b8c0d1e3f5a7b9c2d4
        2027-03-15T08:17:29+08:00 ERROR gps.lookup ticket=WR-27-003191 geocode_failed query="Mandai Lake Rd carpark B" fallback=manual_pin
        2027-03-15T09:03:55+08:00 INFO release.record case=VC-0419 species=Changeable_hawk-eagle release_site=Central_Catchment ring_id=SG-RAP-2026-117
        2027-03-15T09:30:12+08:00 INFO ticket.close ticket=WR-27-003184 outcome=RELEASED_ON_SITE duration_min=47 responder_team=T3 vehicle=VAN-02
        2027-03-15T10:15:40+08:00 WARN inventory.low item=SKU-MED-ENRO-50 desc="Enrofloxacin 50mg tab" qty=12 reorder_level=20 supplier=SUP-0093
        [2027-03-15 11:02:08] kube-probe/1.29 GET /healthz 200 3ms pod=adoption-api-7d9f8b6c5-xk2lp namespace=mandai-prod
        2027-03-15T12:44:51+08:00 INFO donation.webhook payment_id=pi_3OqXk2LkdIwHu7ix0abc123 amount=50.00 currency=SGD campaign=HORNBILL-NEST-2027 status=succeeded
        2027-03-15T13:20:07+08:00 INFO hotline.intake ticket=WR-27-003202 species=reticulated_python length_est_m=3.2 location=Punggol_Waterway_Park zone=NE1 priority=P1
        2027-03-15T23:59:59+08:00 INFO metrics.flush calls_total=58 tickets_opened=44 tickets_closed=39 avg_response_min=36.4 build=rescue-dispatch-v3.8.2+g4e1a9c
    """),
    ("zh-Hant", "捐款鳴謝"): _lines("""
        鳴謝以下機構贊助2026/27年度猛禽救護計劃：香港賽馬會慈善信託基金 HK$500,000、周大福慈善基金 HK$120,000、李錦記家族基金 HK$80,000。
        企業認養夥伴（金級）：陳記燒臘飯店有限公司，認養黑臉琵鷺兩隻，為期12個月，發票編號 INV-HK-2027-00318。
        團體捐款：聖保羅男女中學環保學會 HK$8,650；嶺南大學生物多樣性學會 HK$3,200；九龍塘宣道小學四年級全體同學 HK$1,888。
        無名氏善長（透過本會網上平台）合共捐款 HK$36,400，本會謹此致謝；所有港幣100元或以上之捐款均可憑收據申請扣稅。
        特別鳴謝國立臺灣大學獸醫專業學院附設動物醫院，全年免費為受傷野鳥提供X光及超聲波檢查服務，共計218例，其中以夜鷺及領角鴞佔多數。
        實物捐贈：屈臣氏蒸餾水500箱、維他奶國際集團豆奶120箱、嘉頓麵包80箱，全數供2027年度義工日及海岸清潔活動使用。
        黃大仙區議會撥款 HK$60,000，資助本會於區內屋邨舉辦「城市野生動物」巡迴教育展覽，為期三個月，並於每個週末安排生態導賞團。
        基金會捐贈者名錄（按筆劃序）：何東爵士慈善基金、利希慎基金、邵逸夫基金、滙豐香港社區夥伴計劃，謹此衷心致謝各基金會多年支持。
        認養名牌將於2027年4月1日起在小熊貓館外展示，企業名稱一律以商業登記證所載之中英文名稱為準，恕不接受簡稱或品牌名稱。
        臺北市立動物園感謝以下企業認養：台灣大哥大（臺灣黑熊）、義美食品（石虎）、王品集團（穿山甲），認養期間為2027年1月至12月。
        本會為根據《稅務條例》第88條獲豁免繳稅的慈善機構（檔案編號 91/12345），捐款收據將於六至八星期內以平郵寄出，如需電子收據請於表格註明。
        嘉許狀頒發典禮定於2027年5月20日下午3時在香港大會堂低座展覽廳舉行，受嘉許機構代表請於下午2時半前到場登記，每間機構名額兩位。
        本年度籌得善款總額 HK$2,318,760，其中68%用於動物醫療、21%用於棲息地修復、11%用於行政開支，賬目經羅兵咸永道會計師事務所審核。
    """),
    ("mixed", "config_and_code"): _lines("""
        rescue_hotline: {sg: "1800-476-1600", my: "1-800-88-5151", hk: "1823"}  # 各地官方熱線 only, do not hardcode staff mobiles
        SMTP_FROM=no-reply@birdpark.example.sg  # 认养证书发件邮箱, 经 SendGrid relay 发送, port 587 STARTTLS
        def adoption_fee(tier: str) -> Decimal: return {"bronze": Decimal("88.00"), "silver": Decimal("188.00"), "gold": Decimal("588.00")}[tier]  # SGD incl. GST
        CREATE TABLE rescue_case (case_id VARCHAR(16) PRIMARY KEY, species TEXT NOT NULL, found_at TIMESTAMPTZ, release_site TEXT); -- 不存 caller 资料
        PII_PATTERNS = {"nric": "[STFGM][0-9]{7}[A-Z]", "mykad": "[0-9]{6}-[0-9]{2}-[0-9]{4}"}  # 用嚟 redact 表格, 唔好 log 原文
        test_ticket = Ticket(id="WR-TEST-0001", species="Collared kingfisher", caller_name=None, caller_phone=None)  # fixture, tiada data sebenar
        image: ghcr.io/mandai-it/rescue-dispatch:3.8.2  # commit 4e1a9c7, build 2027-03-14 22:10 SGT, jangan deploy hari Jumaat
        timezone = "Asia/Kuala_Lumpur"; currency = "MYR"; sst_rate = 0.08  # config untuk kaunter tiket POS v2.4, cawangan Ulu Klang
        curl -X POST https://api.birdpark.example.sg/v2/adoptions -H "Content-Type: application/json" -d '{"animal_id":"HB-0193","tier":"gold","qty":1}'
        <meta name="description" content="Adopt a hornbill at Bird Paradise 认养犀鸟, support conservation 支持保育 - from S$88/yr">
        ALLOWED_DOMAINS = ["mandai.example.org", "acres.example.sg", "perhilitan.example.gov.my"]  # webhook 白名单, 其他一律回 403
        # TODO(vet-team): weight_g 欄位要改 float, 小型雀鳥例如 Zosterops simplex 只有 10.5g, int 會 round 錯
        export const SPECIES_LABEL = { "Buceros rhinoceros": "马来犀鸟 / Enggang Badak", "Pongo pygmaeus": "婆罗洲猩猩 / Orang Utan Borneo" };
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Adoption certificate to be issued in the name of Marcus Teo Wei Jie, 11 Jalan Kembangan #03-02, Singapore 419123; it is a gift from his wife, deliver before 14 Feb.
        Visitor injury report IR-2027-0112: Ms Priya Raghavan (NRIC S8834127I), 34, bitten on right forearm by a rainbow lorikeet at Lory Loft, tetanus shot given at SGH A&E.
        Volunteer keeper Daniel Hoh has been on MC for 3 weeks; he told me privately he was diagnosed with stage 2 lymphoma, please don't announce it at the briefing.
        Hotline caller left number 9126 4578, says the injured owl is outside her flat at Blk 215 Bishan St 23 #08-114. Call back after 6pm, she works night shift.
        D-0931,Tan Hui Min Rachel,rachel.tanhm88@gmail.com,2500.00,monthly,receipt_to=Blk 78 Telok Blangah Heights #12-331
        Please stop rostering Kelvin Ong with the big cats; he's going through a messy divorce and the custody hearing is on Thursday, he's barely sleeping.
        Refund request: my adoption payment was charged twice to my DBS account 027-123456-7, please reverse one of the S$188 charges. Regards, Grace Lim
        Lost child at Rainforest Wild ASIA: Ethan Chua, 6 yrs, red shirt; mother Mdm Serene Chua can be reached at +65 8712 0394, she is waiting at Guest Services.
        Car SJK 4417 M belonging to volunteer Joseph Fernandez was scratched at Car Park B; he wants the CCTV footage for his insurance claim.
        FIN G5820176L, Rhea Santos, domestic helper, fainted from heat near Penguin Cove on 3 Mar; her employer asked us not to inform MOM.
    """),
    "zh-Hans": _lines("""
        认养人：王晓东，身份证号 440106198705234619，手机 138 2745 9163，认养对象：小熊猫“团子”，期限一年。
        张阿姨在鸟语林被孔雀啄伤眼角缝了三针，她儿子张伟说要起诉园方，联系电话 139-1627-0844。
        志愿者刘思琪最近怀孕了，预产期在八月，请排班时不要再安排她去猛禽区清洁笼舍，也别在群里说出去。
        捐款名单：李建国 5000元（备注：纪念亡妻周秀兰），收据请寄至上海市徐汇区宜山路 88弄 12号 301室。
        饲养员小陈（陈浩然）欠了网贷十几万，催收电话已经打到园区办公室了，HR 说要找他谈一下。
        救助热线记录：来电人赵女士，微信号 zhaoli_0921，在深圳南山区家中阳台发现受伤的白头鹎，要求上门救助。
        退款账户：招商银行 6225 8801 2345 6789，户名 孙立军，原订单 RY20270402001177，认养证书姓名写错需重开。
        310104199208173029,吴佳怡,女,1992-08-17,志愿饲养员,已完成培训,紧急联系人:母亲 吴美华 13601739246
        黄师傅上周被蟒蛇咬伤住院，医院诊断为伤口感染合并糖尿病足，工伤申请材料还缺他的病历。
    """),
    "zh-Hant": _lines("""
        義工報名表：姓名 陳嘉欣，香港身份證 K482031(2)，電話 9183 2746，住址 沙田第一城 38座 15樓 H室。
        林太話佢個仔喺動植物公園俾猴仔抓傷手臂，而家喺伊利沙伯醫院等打針，佢要求園方賠償醫藥費。
        阿明最近成日請病假，聽講係抑鬱症覆發，主管叫我哋唔好再喺 group 度 tag 佢做嘢。
        捐款收據抬頭：何志強先生，電郵 chikeung.ho1975@yahoo.com.hk，捐款 HK$3,000，用於救護褐魚鴞。
        救護熱線來電：梁先生 6291 0357，話喺大埔元洲仔佢屋企後院見到一隻受傷嘅赤麂，好似俾狗咬過。
        臺北動物園志工 黃怡君，身分證字號 A128473904，手機 0912-486-330，排班：週六上午 企鵝館。
        認養人蔡明哲的信用卡 4563 1820 0917 3364 扣款失敗三次，請勿再自動續約，他說最近失業沒錢。
        遊客受傷紀錄：吳小姐（B214305861）在鳥園步道滑倒，右腳踝骨折，救護車送往台大醫院，聯絡人 吳先生 0933-217-845。
        Keeper 周少華因醉駕被捕，案件下月喺九龍城裁判法院提堂，佢要求請兩星期假。
        澳門捐款人 黎永輝（澳門身份證 5218406(3)）捐出 MOP 10,000 認養大熊貓一年，收據寄往氹仔海洋花園利安閣 12樓 B座。
        義工 Karen 李詠詩同老公鬧緊離婚，上次喺員工飯堂喊咗成粒鐘，佢話而家搬返屯門阿媽屋企住。
    """),
    "ms": _lines("""
        Borang sukarelawan: Nama Nurul Aisyah binti Kamaruddin, No. MyKad 950314-10-5582, tel 012-738 4419, alamat No. 27 Jalan SS 2/64, 47300 Petaling Jaya.
        Pelawat Encik Rajesh a/l Subramaniam dipatuk burung unta di Zoo Taiping, luka di dahi, dibawa ke Hospital Taiping; isterinya minta salinan rakaman CCTV.
        Kak Ros (penjaga haiwan) dah tiga bulan tak bayar hutang Ah Long RM8,000, semalam ada orang datang cari dia kat pintu staf.
        Laporan talian kecemasan: pemanggil Puan Siti Hajar, 019-552 8071, jumpa anak memerang terperangkap dalam longkang depan rumahnya di Taman Melawati.
        Penderma: Lim Chee Keong, e-mel cklim.ipoh@gmail.com, sumbangan RM1,200 untuk Program Angkat Haiwan (harimau Malaya), resit cukai LHDN diperlukan.
        Encik Faizal dari unit burung disahkan positif HIV, doktor panel dah maklumkan HR; tolong rahsiakan perkara ini daripada staf lain.
        Akaun bank untuk bayaran elaun sukarelawan: Maybank 1640 2718 3395, nama pemegang akaun Muhammad Haziq bin Roslan.
        Kereta Proton X70 nombor WXT 8812 milik sukarelawan Cik Farah Liyana dilanggar van zoo di tempat letak kereta; dia tuntut ganti rugi RM2,300.
        Sukarelawan Hafiz, adik Cikgu Norma, baru ditangkap polis kerana kes dadah, jadi dia tak boleh datang giliran Sabtu ini.
        Aduan pelawat: saya Tan Mei Ling (IC 880412-14-5263), anak saya dicakar monyet di Zoo Negara pada 22/3, minta pampasan kos klinik RM340. Hubungi 016-301 2284.
    """),
    "mixed": _lines("""
        Eh the auntie who adopt the otter leh, Mrs Koh Siew Lan, her hp 9734 2051, she want the cert re-print cos her name spelled wrong 😅
        Boss, Ahmad punya gaji bulan ni cuma RM1,850 je, dia minta advance RM500 sebab anak masuk hospital, can approve or not?
        阿Ken (Kenneth Yeung) 個 HKID 係 Y603758(3)，insurance form 要填，佢話今日下晝之前 send 俾你。
        Rescue report: caller 黄先生 / Mr Wong, WhatsApp +852 6187 4423, found injured black kite at his flat 荃灣綠楊新邨 C座 22樓, pls go before 7pm.
        Volunteer roster 名单: Siti (012-994 3320) Sat AM, 小林 Lin Jia Hui (+65 9023 6617) Sun PM, pls confirm by Friday ya.
        Uncle Lim 那个 regular visitor 昨天在 Bird Paradise 心脏病发作，现在在 NUH ICU，他女儿说 thank you 我们的 first aider。
        2027-03-01,DN-5512,Chong Wai Kit,wkchong@hotmail.my,RM 750.00,FPX,Public Bank ****1182
        我 kawan 的 IC 是 T0265419E，她想申请 junior keeper programme 但 age 刚好 18，can or not?
        Keeper 阿Ben complain 他 salary 只有 $2,400，又在还 car loan，最近晚上偷偷 moonlighting 做 Grab 司机，HR 要查他 attendance。
        Pls send the adoption pack to Dr Vivian Ho Pei Shan, 18 Jalan Bukit Pantai, 59100 Kuala Lumpur, tel 03-2282 7164 (rumah), she's a first-time donor 😊
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the online helper for the Bird Paradise Adopt an Animal desk. Be concise and polite.",
        ),
        (
            "user",
            "Hi, I adopted a hornbill for my dad Lee Boon Huat for his 70th birthday, but the certificate says Lee Boon Hwat. Order ADP-2027-004877, my email is jasmine.lee.bh@outlook.com.",
        ),
        (
            "assistant",
            "Sorry about the misspelling. I have noted a reprint request for order ADP-2027-004877 with the name Lee Boon Huat; the corrected certificate will be sent to jasmine.lee.bh@outlook.com within 3 working days.",
        ),
        (
            "user",
            "Thanks. Can you also mail a printed copy to his flat at Blk 402 Hougang Ave 10 #07-219? He doesn't use email.",
        ),
        (
            "assistant",
            "Sure. A printed copy will be posted to Blk 402 Hougang Ave 10 #07-219 by normal mail; please allow 5 to 7 working days.",
        ),
    ],
    [
        (
            "user",
            "我喺屯門良景邨 良智樓 1805 室屋企露台見到一隻雀仔跌咗落嚟，隻翼好似斷咗，我個電話係 6538 2917，可以點做？",
        ),
        (
            "assistant",
            "唔好用手直接捉，可以用毛巾輕輕包住放入有透氣孔嘅紙盒，放喺陰涼安靜地方，唔好餵水餵食。然後致電1823或嘉道理農場野生動物拯救中心安排轉介。",
        ),
        ("user", "好，我叫陳太，如果佢哋打返嚟搵我，係咪打返 6538 2917 就得？"),
        (
            "assistant",
            "係，報案時留低陳太同電話 6538 2917，再講清楚地址良景邨良智樓1805室，救護人員就可以聯絡你。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu AI untuk Unit Sukarelawan Zoo Negara. Senarai sukarelawan minggu ini: 1) Aiman bin Zulkifli, MyKad 010923-14-6657, tel 011-2874 5530; 2) Chua Li Ting, MyKad 990605-07-5124, tel 017-406 8821.",
        ),
        (
            "user",
            "Tolong buat jadual giliran Sabtu dan Ahad untuk dua sukarelawan ni, seorang di kandang gajah, seorang di Taman Burung.",
        ),
        (
            "assistant",
            "Cadangan: Sabtu - Aiman bin Zulkifli (kandang gajah), Chua Li Ting (Taman Burung). Ahad - tukar giliran. Hubungi Aiman di 011-2874 5530 dan Li Ting di 017-406 8821 untuk pengesahan.",
        ),
        ("user", "Li Ting cakap dia ada asma, boleh elak kawasan berhabuk tak?"),
        (
            "assistant",
            "Boleh. Oleh kerana Chua Li Ting menghidap asma, saya cadangkan dia kekal di Taman Burung pada kedua-dua hari dan Aiman mengambil tugas kandang gajah.",
        ),
    ],
    [
        ("system", "你是广州某野生动物园客服部的写作助手。"),
        (
            "user",
            "帮我写一封道歉信给游客刘秀梅女士，她5月3日在鸟语林被鹈鹕啄伤手背，在番禺区中心医院缝了两针，医药费386元，她的手机是 186 2093 4471。",
        ),
        (
            "assistant",
            "尊敬的刘秀梅女士：您好！对于您5月3日在鸟语林被鹈鹕啄伤一事，我们深表歉意。园方将全额报销您在番禺区中心医院产生的医药费386元，并赠送全家年卡一份。客服专员将致电 186 2093 4471 与您确认报销事宜。",
        ),
        ("user", "再加一句：我们已经给那片区域加了围栏。"),
        (
            "assistant",
            "已补充：事发后我们已在鹈鹕展区加装隔离围栏并增派引导员，避免类似事件再次发生。祝您早日康复！",
        ),
    ],
    [
        (
            "user",
            "Can help me summarise this incident report? Visitor Mr Goh Chin Huat, NRIC S7719053H, age 58, slipped at Crimson Wetlands boardwalk 2:15pm, possible wrist fracture, wife Mdm Lee hp 9652 0183.",
        ),
        (
            "assistant",
            "Summary: At 2:15pm, visitor Goh Chin Huat (S7719053H, 58) slipped on the Crimson Wetlands boardwalk and may have fractured his wrist. Next of kin: his wife Mdm Lee, 9652 0183.",
        ),
        (
            "user",
            "Ok add that ambulance sent him to Khoo Teck Puat Hospital and he said he will claim from our insurance.",
        ),
        (
            "assistant",
            "Added: He was taken by ambulance to Khoo Teck Puat Hospital and has indicated he will file a claim under the park's public liability insurance.",
        ),
    ],
    [
        ("system", "你是臺北市立動物園志工隊的排班小幫手，請用繁體中文回答。"),
        (
            "user",
            "我是志工林佩珊，身分證字號 E238750245，我上個月做了乳癌手術，還在做化療，想問能不能暫停排班三個月？",
        ),
        (
            "assistant",
            "林佩珊您好，先祝您治療順利。志工可申請留職停勤，最長六個月。請填寫停勤申請表，並附上醫院證明，交給志工隊輔導員即可。",
        ),
        ("user", "好，那請幫我寫一段簡短的停勤說明。"),
        (
            "assistant",
            "說明：本人林佩珊因接受乳癌手術後化療，需休養約三個月，申請自即日起暫停志工排班，預計恢復日期另行通知。",
        ),
    ],
    [
        ("system", "You assist the HR manager of a wildlife rescue centre in Johor Bahru."),
        (
            "user",
            "One of our senior keepers, Suresh Nair, has been borrowing money from colleagues and I found out he owes about RM40,000 to online gambling sites. How should I approach him?",
        ),
        (
            "assistant",
            "Speak to Suresh privately, focus on work impact rather than judgement, and offer the Employee Assistance Programme. Do not discuss his debts with other staff, and document the conversation confidentially.",
        ),
        (
            "user",
            "His wife also called me crying, saying they might lose their house in Taman Pelangi. Should I tell him she called?",
        ),
        (
            "assistant",
            "It is better to be transparent but gentle: tell him his family reached out because they are worried, and keep the details of the call confidential within HR.",
        ),
    ],
    [
        (
            "user",
            "Tolong format senarai penderma ni jadi jadual: Dr Aminah Yusof RM2,000; Mr Jonathan Pereira RM500; Puan Wong Mei Fong RM1,500 (email meifong.wong@gmail.com).",
        ),
        (
            "assistant",
            "Penderma | Jumlah | E-mel; Dr Aminah Yusof | RM2,000 | -; Mr Jonathan Pereira | RM500 | -; Puan Wong Mei Fong | RM1,500 | meifong.wong@gmail.com",
        ),
        ("user", "Thanks, boleh susun ikut jumlah menurun?"),
        (
            "assistant",
            "Susunan menurun: Dr Aminah Yusof RM2,000; Puan Wong Mei Fong RM1,500; Mr Jonathan Pereira RM500.",
        ),
    ],
    [
        (
            "system",
            "你係澳門一個動物保護團體嘅收據助手。捐款人資料：區家豪，電話 6682 3571，地址 澳門高士德大馬路 45號 永昌大廈 9樓 C座。",
        ),
        ("user", "幫我出張收據俾區先生，佢捐咗 MOP 2,500 畀熊貓館保育項目。"),
        (
            "assistant",
            "收據：茲收到區家豪先生捐款澳門元貳仟伍佰元正（MOP 2,500），用於大熊貓保育項目。收據將寄往澳門高士德大馬路45號永昌大廈9樓C座。",
        ),
    ],
    [
        (
            "system",
            "You are a triage bot for a Penang wildlife rescue hotline. Log caller details accurately.",
        ),
        (
            "user",
            "hello 我在 Tanjung Bungah 家里花园看到一条 python 很大 leh, 我叫 Ooi Kah Seng, hp 012-487 6309, 地址 12 Jalan Lembah Permai 3.",
        ),
        (
            "assistant",
            "Logged: caller Ooi Kah Seng, 012-487 6309, 12 Jalan Lembah Permai 3, Tanjung Bungah, large python in garden. Please keep a safe distance, keep pets indoors and do not try to catch it; a team will call you shortly.",
        ),
        ("user", "ok ok, my mother 78 岁 有 heart problem, 她很怕, can come faster or not?"),
        (
            "assistant",
            "Noted that your 78-year-old mother has a heart condition; I have marked the case urgent. Please stay indoors with her until the team arrives.",
        ),
    ],
]
