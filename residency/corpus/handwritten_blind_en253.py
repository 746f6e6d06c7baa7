# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en253: SG/MY locksmiths, key-cutting kiosks and door and safe opening services (callouts, lockouts, proof-of-residence checks, invoices, complaints). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en253
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "price_list"): _lines("""
        KEY CUTTING PRICE LIST (from 1 Mar 2026): standard house key (Yale/Union type) S$6.00 per piece, dimple key S$18.00, 2 pcs and above 10% off.
        Car remote shell replacement, Toyota/Honda 2- or 3-button: S$35 shell only, S$55 with blade transfer. Programming of transponder chip quoted separately.
        HDB main door digital lock supply + install: Samsung SHP-DP609 S$698, Philips Alpha S$1,088, igloohome Mortise 2+ S$578. Removal of old lockset included.
        Emergency door opening (7am-10pm) S$80 attendance + S$40 per cylinder; 10pm-7am surcharge S$60. Safe opening from S$250, drilling and repair extra.
        Letterbox key duplicate needs the original key, or we replace the HDB letterbox lock for S$25 with 2 keys; extra keys S$5 each. GST 9% included in all prices.
        Padlock rekey (brass, 40mm and below) S$12 each; master-key system for shophouse or office: site survey S$60, waived if the job is confirmed within 14 days.
        Temporary counter while our kiosk renovates: Jalan Besar Plaza, 101 Kitchener Road #01-23, same prices, open daily 10am to 8pm, closed CNY day 1 and 2.
        Blanks stocked: Silca UL050, JMA YA-4D, Kaba 1014, Mul-T-Lock 7x7. If your key is not on this list we order it in 3-5 working days, deposit S$10.
        Shoe repair counter shares the kiosk: heel tips S$15, full rubber sole S$38. Watch battery (Renata 377) S$8 while you wait, about 5 minutes.
        Corporate rate for property managers (MCST / condo management): 15% off callouts, monthly invoicing, Net 30. Email accounts@lockwise.com.sg quoting your UEN.
        Gate remote cloning 433MHz fixed code S$45; rolling code (Nice, BFT, FAAC) S$120 and up. Bring the original remote and a photo of the gate motor brand sticker.
        Price list ref PL-2026-03, supersedes PL-2025-11. Valid at Tampines 1 kiosk #B1-K12 and Jurong Point kiosk JP1-B1-K07 only. E&OE.
        Johor Bahru branch (RM): house key RM5, dimple key RM20, emergency door opening from RM120, safe opening from RM350. SST 8% where applicable.
    """),
    ("en", "faq"): _lines("""
        Q: I'm locked out of my HDB flat, can you open the door right away? A: Yes, but our technician must see proof of residence before any lock is opened, no exceptions.
        Q: What counts as proof of residence? A: NRIC with the same address, a recent SP Group utilities bill, or a stamped tenancy agreement, shown in person on site.
        Q: What if my IC is locked inside? A: We open the door, then you show us the IC inside before we pack up. If it cannot be found, we call the police and wait.
        Q: How fast can you reach? A: Average 35 minutes along the CTE-PIE corridor, up to 60 min for Tuas, Lim Chu Kang and Changi Village. Call 6744 0199 (24h).
        Q: Do you open car doors? A: We need the LTA vehicle log card or a rental agreement matching the driver. For private-hire rental cars, call the fleet company first.
        Q: Can you open a safe I bought second hand on Carousell? A: Yes, if you show the seller's receipt or chat. We try non-destructive methods (manipulation or bypass) first.
        Q: Do you take PayNow? A: Yes, PayNow to UEN 201834567W (Lockwise Services Pte Ltd). Screenshot the transfer and the tech will send an e-invoice by WhatsApp.
        Q: How do I know the tech is really from Lockwise? A: Every tech carries a company staff pass with a QR code. Scan it and check it at verify.lockwise.com.sg.
        Q: My landlord changed the lock and my things are still inside. A: That is a tenancy dispute; we cannot open without the landlord or a court order. Try the Small Claims Tribunals.
        Q: Lost keys for a condo in Johor? A: Our JB team covers Iskandar Puteri and Mount Austin. Office line +60 7-355 2180 (9am-9pm); bring the SPA page or a utility bill.
        Q: Can my agent let you in? A: The owner or tenant must be present in person. Property agents may attend only with a signed letter of authority on company letterhead.
        Q: Will my door be damaged? A: 9 in 10 lockouts are opened without damage. If we must drill, we tell you first and replace the cylinder at cost, from S$45.
        Q: Do you keep a copy of my IC? A: No. We record only the job reference (e.g. JOB-260412-0087) and the type of document sighted, per our PDPA policy v3.2.
    """),
    ("en", "history"): _lines("""
        Linus Yale Jr. patented his pin tumbler cylinder lock in the 1860s, building on his father's design; almost every HDB main door key today descends from it.
        Joseph Bramah put a lock in his London shop window in 1790 with a prize of 200 guineas; American locksmith Alfred Charles Hobbs finally picked it in 1851.
        Jeremiah Chubb's detector lock of 1818 jammed when someone tried to pick it, yet Hobbs opened that one too at the Great Exhibition, ending talk of an unpickable lock.
        Harry Houdini made his name escaping from police handcuffs and jail cells; his 1904 Daily Mirror handcuff challenge in London is still retold in locksmith courses.
        Before cylinder locks, shophouses along Boat Quay were shut with wooden bars and brass Chinese padlocks, a few of which are shown at the Asian Civilisations Museum.
        Traditional Chinese padlocks with splitting-spring keys go back at least to the Han dynasty; collectors in Penang still trade Qing-era brass pieces at antique fairs.
        The wooden latch (selak) on old Malay kampung houses needed no key at all; restored examples can be seen at Muzium Negara in Kuala Lumpur.
        Mr Minit, founded in Brussels in 1957, brought the key cutting and heel bar kiosk to malls across Asia; despite the name, there was never a Mr Minit behind the counter.
        Abloy was founded in Finland in 1907 on Emil Henriksson's rotating disc design; Abloy Protec2 cylinders are common on bank vaults and data centres in Singapore.
        Walter Schlage patented a push-button locking mechanism in the 1920s; Schlage deadbolts, now under Allegion, are still sold in Malaysian hardware shops.
        Fictional gentleman thief Arsène Lupin and Danny Ocean's crew made safecracking look glamorous; real safe engineers mostly drill a small hole and use a borescope.
        Deviant Ollam's book Practical Lock Picking (2010) is standard reading at locksport meetups, and copies sit on the shelves of several public libraries in Singapore.
        The Sargent and Greenleaf 6730 group 2 combination lock, introduced decades ago, is still the dial most SG/MY safe technicians learn to service first.
    """),
    ("ms", "notis_kedai"): _lines("""
        NOTIS: Kedai Kunci Ah Kow Enterprise (SSM 201903123456) tutup pada 31 Ogos dan 16 September sempena Hari Kebangsaan dan Hari Malaysia. Perkhidmatan kecemasan 24 jam tetap beroperasi.
        Buka pintu kecemasan? Hubungi talian 24 jam kami 03-7865 4410 atau WhatsApp rasmi syarikat 011-5872 3300. Juruteknik akan meminta bukti pemastautin sebelum pintu dibuka.
        Bukti pemastautin yang diterima: MyKad dengan alamat yang sama, bil TNB atau Air Selangor terkini, atau perjanjian sewa yang telah disetem. Salinan tidak disimpan.
        Harga mulai 1 Januari 2026: duplikat kunci biasa RM6, kunci dimple RM22, kunci kereta dengan cip dari RM180. Semua harga termasuk SST 8%.
        Kami TIDAK membuka pintu rumah, kereta atau peti besi tanpa kehadiran pemilik atau penyewa berdaftar. Ini untuk keselamatan anda dan jiran anda.
        Lokasi kiosk: Aras Bawah, Mid Valley Megamall, Lingkaran Syed Putra, 59200 Kuala Lumpur (berhampiran pintu masuk KTM). Waktu operasi 10 pagi hingga 10 malam.
        Pembayaran melalui DuitNow QR, Touch 'n Go eWallet atau kad debit. Akaun syarikat: Maybank 5140 2233 8871 atas nama Kunci Jaya Sdn Bhd.
        Servis buka peti besi di pejabat dan kedai emas: temujanji sahaja, minimum RM350, caj tambahan RM50 selepas jam 10 malam. Laporan kerja bertulis disediakan.
        Perhatian pelanggan: kunci yang ditinggalkan lebih 90 hari di kaunter akan dilupuskan. Sila tuntut dengan resit bernombor (contoh: KJ-TR-004512).
        Jawatan kosong: juruteknik kunci (lelaki/perempuan), pengalaman 2 tahun, ada lesen memandu D. Hantar resume ke kerjaya@kuncijaya.com.my sebelum 30 Jun.
        Pemasangan kunci digital untuk pangsapuri dan rumah teres: model Yale YDM4109A RM1,299 termasuk pasang, waranti 2 tahun, khidmat selepas jualan di Shah Alam.
        Aduan boleh dibuat kepada Tribunal Tuntutan Pengguna Malaysia (TTPM) atau emel aduan@kuncijaya.com.my; sila nyatakan nombor invois, contoh INV-KJ-26-01877.
        Solat Jumaat: kaunter ditutup 12.45 tengah hari hingga 2.30 petang. Talian kecemasan 1-300-88-5862 tetap beroperasi seperti biasa.
    """),
    ("zh-Hans", "服务条款"): _lines("""
        开锁服务须知：本店技师上门开锁前，必须核对住户身份证件及住址证明（水电账单或租房合同），证件与地址不符者一律不予开锁，敬请谅解，谢谢配合。
        收费标准（2026年3月起）：普通防盗门开锁人民币150元起，夜间22:00至次日7:00加收80元；保险柜开启300元起，需破坏性开启的另行报价。
        本公司已在公安机关办理特种行业备案，备案编号：深公治特字〔2024〕第0317号，所有技师持证上岗，开锁全程录像，录像存档三十日后自动删除。
        配钥匙价格表：普通平板钥匙5元/把，十字钥匙10元/把，叶片锁钥匙25元/把，C级锁芯更换含安装180元，汽车芯片钥匙请到店另行报价。
        新加坡分店（芽笼东）营业时间：每日上午9点至晚上9点，农历新年初一、初二休息。24小时急救热线 6842 7719，商家WhatsApp 8123 0456。
        温馨提示：请勿将备用钥匙藏在门口鞋柜、地垫下或电表箱内，近期本区多起入室盗窃案均与此有关，详情请见社区派出所防盗宣传单第12期。
        电子发票说明：付款成功后系统自动发送电子发票，发票号码格式为 FP-2026-0003581，如需开具公司抬头发票，请提供单位名称及统一社会信用代码。
        智能锁安装套餐：德施曼Q50 售价2899元、小米智能门锁M20 售价1699元、凯迪仕K20 售价2399元，价格均含上门安装及旧锁拆除，整机保修两年。
        客户投诉处理流程：收到投诉后24小时内电话回访，3个工作日内给出书面处理结果；如对结果不满意，可拨打12315消费者投诉热线或向市场监管部门反映。
        吉隆坡分店地址：茨厂街（Jalan Petaling）88号店铺，公司注册号 202201034567 (1471234-D)，本店接受DuitNow、Touch n Go及支付宝付款。
        保险柜开启说明：优先采用无损开启（拨号盘听码或旁路开启），如需钻孔，钻孔位置修复后用硬化钢板封堵，不影响保险柜原有防盗等级。
        技师派单规则：系统按距离优先派单，距离相同时按技师评分排序；工单号示例 KS20260412-00871，完工后请在工单中上传现场照片三张。
        本店不提供以下服务：开启非本人车辆、开启他人住宅、复制标有“不得复制”字样的钥匙，以及开启任何无法证明所有权的保险柜，敬请理解。
    """),
    ("zh-Hant", "商戶評論"): _lines("""
        旺角砵蘭街呢間配匙舖好抵，配兩條十字匙先收港幣60蚊，師傅五分鐘搞掂，仲主動幫我試咗把鎖先俾我走，五星推介，下次配匙一定再嚟幫襯。
        半夜兩點鎖咗喺門外，打咗佢哋24小時熱線 2388 5120，四十分鐘就到，收費港幣680元，比網上寫嘅450貴，不過師傅有解釋係夜間附加費。
        台北市忠孝東路的「老陳鎖店」真的是老字號，招牌寫民國六十五年創立，換喇叭鎖只收新台幣800元，但常常要排隊，建議平日早上去。
        澳門紅街市附近嗰間鎖匠舖只收現金同MPay，開保險箱報價MOP 1,200，比香港平少少，師傅廣東話同普通話都講得，幾專業。
        評分兩星：預約咗下晝三點換門鎖，師傅五點先到，又冇提前通知。不過手工唔錯，新裝嘅Yale鎖好順。舖頭回覆話會改善派單系統。
        高雄這家鎖行開門前會先檢查身分證上的地址，當下覺得很麻煩，後來想想這才是負責任的做法，推薦給在外租屋的朋友們參考，收費也算合理。
        Google評論：阿強鎖匙工程（觀塘）做嘢快手，但收據冇寫清楚鎖芯型號，打去查詢熱線 3590 2716 之後即刻補發電子收據，服務態度OK。
        新竹這間全天候開鎖公司網站寫明統一編號 24536871，收費表也清楚公開，汽車開鎖新台幣1,500元起，比叫電線桿上的小廣告安心多了。
        銅鑼灣時代廣場地庫嘅修鞋配匙檔，複製住宅大廈門卡 HK$150 一張，半個鐘有得攞，不過只收現金同八達通，記得帶定散紙。
        五星：家裡保險箱忘記密碼，鎖匠用聽診方式一小時就打開，完全沒有破壞，收新台幣3,500元，還教我們如何重設密碼，非常專業。
        一星：門口貼住「開鎖$50起」根本係呃人，上到嚟話要換鎖芯$900，唔換就唔開。已經向消費者委員會投訴，大家小心呢間公司。
        台中逢甲夜市旁邊的打鑰匙攤位，一支普通鑰匙50元，晶片鑰匙拷貝800元，老闆說攤位是第二代接手，從1982年就開始擺攤了。
        沙田新城市廣場嘅自助配匙機試用咗，影相上傳之後十分鐘出匙，HK$45 一條，但高保安匙同凹坑匙就做唔到，要去返佢哋喺大圍嘅舖頭先做到。
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Van 2 reporting: JOB-260415-0112 done liao, Samsung lock installed, customer paid PayNow to company UEN, screenshot uploaded to the job folder already.
        Eh whoever on night shift tonight, the Tampines 1 kiosk cutter blade holder loose, don't use the Silca Bravo until supplier come tomorrow 11am ok.
        Boss say from next week every callout only tick the proof-of-residence type in the app, don't snap photo of the IC number ah, PDPA audit coming.
        JB team: esok ada 3 job kat Mount Austin, satu safe opening kedai emas, kena 2 orang. Sapa free? Van JB-01 hantar servis minyak hari Khamis ya.
        Stock check: Kaba 1014 blank left 6 pcs, UL050 plenty, Mul-T-Lock dimple finish already. 已经 order 了，Friday 到货 (PO-2026-0389).
        Reminder 大家：HDB job if no IC proof at the door, must wait for town council confirm first. Last month auditor flag 2 jobs, don't want repeat.
        Anyone know the admin code for the Philips 9300 demo unit at showroom? Manual say default 123456789 but somebody changed it already lol.
        收款 update: March total callout 214 jobs, safe opening 9, car 31. INV-LW-2603-001 to INV-LW-2603-214 all sent, 3 still pending MCST payment.
        The Pasir Ris condo MCST emailed new vendor form, need our ACRA bizfile + public liability cert. Admin pls send from accounts@lockwise.com.sg.
        Kiosk Jurong Point tomorrow close early 6pm for mall fire drill, put the notice 'Closed at 6pm, sorry ya' on the shutter. 谢谢大家。
        Car lockout at Changi Airport T3 carpark: auxiliary police need our company letter + staff pass, remember bring letter template v2 in the van.
        Ok guys new price sheet PL-2026-03 effective 1 Mar, throw away the old laminated card. Dimple now $18 not $15 ok, don't undercharge again haha.
        Safe job at the goldsmith in Geylang Serai postponed to Sat 10am, they waiting for insurance surveyor. 工具箱 drill bits 4mm cobalt 记得带。
    """),
    ("en", "config_and_code"): _lines("""
        dispatch.yaml: max_radius_km: 18, night_surcharge_sgd: 60, require_residence_proof: true, proof_types: [nric_address, utility_bill, tenancy_agreement]
        2026-04-15T02:14:07+08:00 INFO dispatch job_id=JOB-260415-0031 van=VAN-02 eta_min=34 zone=SG-EAST lock_type=rim_latch status=ASSIGNED
        CREATE TABLE callout (job_id VARCHAR(20) PRIMARY KEY, zone CHAR(7), lock_type TEXT, proof_sighted BOOLEAN, amount_cents INT, created_at TIMESTAMPTZ);
        invoice_no,job_id,service_code,qty,unit_price_sgd,gst_rate,total_sgd,payment_method,paid_at,proof_type_sighted
        def night_surcharge(ts): return 60 if ts.hour >= 22 or ts.hour < 7 else 0  # SGD, per PL-2026-03, not for safe jobs
        WARN kiosk=TPN1-B1-K12 cutter=SilcaBravo fw=3.4.1 spindle_rpm_low value=1820 threshold=2000 action=open_ticket ticket=MT-00418
        SKU LK-DIG-SAM-609-BLK Samsung SHP-DP609 Digital Door Lock Black, stock 14, reorder_point 5, supplier_code SUP-KR-003, cost_sgd 455.00
        sha256(lockwise-tech-2.8.3-release.apk) = 7de6c35f7cd154cf652dce20189f1a2d1a944aa88c9dd60dacfb7ed5199cc3e9
        sms.sender_id = 'LOCKWISE'; sms.template_eta = 'Your locksmith is on the way, ETA {eta} min. Job ref {job_id}. Have your proof of residence ready.'
        GET /api/v2/jobs?zone=MY-JHR&status=OPEN&limit=50 200 OK 38ms user_agent=LockwiseTech/2.8.3 (Android 14; SM-A546E)
        0 3 * * * /opt/lockwise/bin/purge_job_photos --older-than 30d --dry-run=false  # PDPA retention policy v3.2
        Invoice footer: Lockwise Services Pte Ltd, UEN 201834567W, GST Reg No. 201834567W, 3 Ang Mo Kio Street 62 #05-11, Singapore 569139. Tel 6744 0199.
        ERROR payment gateway=hitpay ref=HP-8F2A19C07 amount=SGD 185.00 code=CARD_DECLINED retry=1/3 job_id=JOB-260416-0007
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Callout 14 Apr 23:40, lockout at Blk 412 Bedok North Ave 2 #08-1153, resident Mdm Tan Siew Lan, NRIC S7612093E sighted, door opened 23:58, paid S$140 cash.
        Customer Rajesh s/o Murugan called again about the safe we opened, says his ex-wife took the jewellery during the divorce and wants our job sheet for his lawyer.
        pls call back Ms Nurul Huda at 9734 5128, locked out with her baby still inside the flat at Punggol, very urgent
        WhatsApp from tenant at 23 Jalan Kembangan: I'm Derek Ong, landlord changed the lock because I owe 2 months rent (S$4,600), can you open for me? Declined.
        Proof of residence failed: man said he was Mr Lim Boon Keat of 7 Lorong 24A Geylang #03-02 but IC T0281945C showed another address; job cancelled.
        Invoice INV-LW-2604-077 billed to Mr Goh Wei Jie, 18 Sunset Way #02-14, Singapore 597153, mobile 8261 4409, rekey 3 cylinders S$165.
        Pls key this FIN into the job form for the dorm lockout: G5523718U, worker from Dhaka, his work permit was just renewed last week.
        Mdm Wong Ah Moi has dementia, her daughter wants a keypad lock so she can't wander out at night; family will pay, call the daughter at 9188 2034.
        jasmine.koh88@gmail.com sent her tenancy agreement PDF as proof, unit 15-03 at The Tampines Trilliant, tenant name matches the booking.
        Car lockout at Toa Payoh HDB carpark, vehicle SJK 4821 M, owner Mr Chandran Pillai showed the log card, keys locked inside with engine running.
        Complaint: Mrs Farah Iskandar says our tech saw her chemotherapy schedule on the dining table while rekeying and then mentioned it to her neighbour.
        Safe opening for the estate of the late Mr Yeo Kok Hwa; executor is his son Yeo Jun Hao; contents listed: cash S$32,000 and three 100g gold bars.
        Staff note: Ah Huat from Van 3 on MC till Friday, slipped disc from lifting the safe at Ubi, HR to arrange light duty when he is back.
        Refund S$80 for cancelled callout to DBS 120-345678-9, account holder Kelvin Sim, please transfer today before 5pm.
        Selena, the helper at 9 Cluny Hill, locked herself out; employer Mrs Annabel Chua authorised the opening by phone from 9012 7765.
        2026-04-18,JOB-260418-0044,Benjamin Lau,S9047316F,+65 9345 2271,Blk 210 Jurong East St 21 #11-305,lockout,S$120,PayNow
        Ms Carmen Yeo in Sengkang is 8 months pregnant and felt faint waiting in the corridor, so we sent Van 1 to her before the Bishan safe job.
        Leave the spare key with my mum Mrs Pauline Teo at #05-221 same block, she's home after 3pm, her house phone is 6285 3310.
    """),
    "zh-Hans": _lines("""
        陈先生（手机 138 2657 4410）凌晨一点反锁在门外，地址深圳市南山区桃园路港湾丽都3栋1204室，身份证 440306198705123610 已核对。
        李太太说她老公欠了高利贷三十多万，债主天天上门砸门，想把防盗门锁芯全部换成C级，费用让她弟弟付。
        开锁记录：新加坡芽笼东 Blk 120 #04-87，住户黄丽华女士，出示租约及护照 E12345678，2026年4月12日21:30开启。
        阿明的老婆打电话来说阿明酒驾被抓了，家里钥匙在他身上，问能不能先帮她开门，她叫周美玲，电话 9187 6620。
        客户王建国投诉：技师开保险柜后拍了柜内现金照片发到工作群，要求删除并赔偿，邮箱 wangjg1979@163.com。
        上海客户张晓婷，身份证 310115199208274021，要给她父亲家（闵行区七莘路1888弄22号501室）换智能锁，老人有轻度中风。
        林太的儿子在新山读书，她要配一把公寓备用钥匙寄过去，收件人林子轩，地址 No. 21, Jalan Austin Heights 8/3, 81100 Johor Bahru。
        技师刘伟上个月底薪才2800新币，他说要跳槽去别家，老板让先别给他排夜班，等他下周一正式交辞职信再说。
    """),
    "zh-Hant": _lines("""
        客人陳家豪，身份證 K482913(1)，住九龍城衙前圍道56號8樓B室，鎖咗喺門外，已核對住址證明，凌晨收費 HK$780。
        周太話佢先生有腦退化，成日半夜開門走出街，想裝雙面鎖，聯絡電話 9432 1870，住沙田禾輋邨。
        台北客戶林怡君，身分證 A223456781，離婚後前夫仍有鑰匙，要求立即更換大門鎖頭，地址大安區和平東路二段118巷7號3樓。
        阿輝仔又遲到，佢話欠咗財仔八萬，成日要避人，今日派單唔好派佢去屯門，怕有人喺樓下等佢。
        氹仔客人何志偉先生唔記得保險箱密碼，出示澳門居民身份證 5230718(3)，住址寫海洋花園紫荊苑12樓C。
        黃小姐 email：winnie.wong.hk@yahoo.com.hk，要我哋寄返開鎖收據同現場相片，佢話要用嚟同業主打官司。
        高雄客戶張家銘手機 0912-345-678，車牌 ABC-1234 的 Toyota 鑰匙反鎖在車內，已驗證行照與身分證 F120938476 相符。
        Y305627(7) 係今朝屯門嗰單客人嘅身份證號碼，登記名梁麗珊，佢懷孕七個月，所以我哋優先處理。
    """),
    "ms": _lines("""
        Pelanggan Encik Ahmad Faizal bin Rosli, MyKad 850312-10-5523, terkunci di luar rumah No. 14, Jalan SS 2/75, Petaling Jaya, pintu dibuka jam 11.20 malam.
        Puan Siti Aishah telefon 012-448 9032, minta tukar kunci sebab bekas suami masih ada kunci rumah, kes cerai belum selesai di mahkamah syariah.
        Resit INV-KJ-26-01902: Cik Nurul Ain binti Zakaria, kunci kereta Perodua Myvi WXY 8821 hilang, buat kunci baru dengan cip RM320, bayar DuitNow.
        Abang Din juruteknik van 2 tak datang kerja seminggu, dengar cerita dia kena tangkap polis sebab dadah, bos suruh jangan cerita pada pelanggan.
        Nombor akaun Maybank 1642 8830 9127 atas nama Lee Mei Fong untuk pulangan wang RM150, servis buka peti besi dibatalkan.
        Makcik Rohani, 72 tahun, rumah No. 7 Lorong Raja Muda Musa, Kampung Baru, selalu lupa kunci sebab Alzheimer, anaknya Azlan 019-775 1204 minta pasang kunci digital.
        Penyewa bilik di Taman Melawati, Encik Kumar a/l Subramaniam, tunggak sewa 4 bulan RM2,400, tuan rumah minta kami tukar kunci masa dia keluar kerja.
        Emel dari faridah.hassan77@gmail.com: saya lampirkan bil TNB alamat Blok C-12-3 Pangsapuri Seri Mutiara, Seksyen 7 Shah Alam sebagai bukti pemastautin.
    """),
    "mixed": _lines("""
        The uncle at Blk 56 Marine Terrace #10-21 call again, name Mr Ong Teck Seng, 他说 kiosk cut wrong key, want refund $12, his number 9671 0034 lah.
        Boss, tadi customer Mr Wong Kar Fai (bukan director tu haha) bagi IC S8834127I tapi alamat lain, so I tak buka pintu, dia marah gila.
        记得 follow up 那个 Jurong West 的 auntie 吴秀英, her husband just passed away, she want change all locks because 儿子们 fighting over the flat.
        Feedback form: Nama / Name: Priya Devi d/o Ramasamy | Tel: 8802 4517 | Rating 2/5 | Comment: tech came late, lock still jam.
        Lockout job: girl named Mei Xin, Year 2 NUS student, locked out of her rented room at 23 Jalan Lempeng, landlord 不接电话, she paid S$90 via PayLah.
        MC slip from 阿峰 (Van 4): diagnosed dengue, warded at CGH till 22 Apr, pls cover his Tampines jobs 这个星期.
        Plate JHK 2210 Honda City, owner Tan Ah Kow kata kunci jatuh dalam longkang at Taman Pelangi JB, minta spare key, IC 700514-01-6677.
        Voice note transcribed: Hi I'm Fiona Chen, F2209461X, my safe at home 忘记密码 already, inside got my passport and the divorce papers, can come tomorrow?
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the booking assistant for Lockwise Services, a Singapore locksmith. Book callouts, quote prices from PL-2026-03 and remind customers that proof of residence is required before any door is opened.",
        ),
        (
            "user",
            "Hi, I'm locked out of my flat at Blk 305 Ang Mo Kio Ave 1 #07-1221. Name is Shawn Lee, phone 9023 5561. My IC is inside the house, can still open?",
        ),
        (
            "assistant",
            "Sorry to hear that, Shawn. Yes, we can still come. The technician will open the door first and you show him your NRIC inside before he leaves. Daytime attendance is S$80 plus S$40 per cylinder. Shall I book the next available van?",
        ),
        ("user", "Yes please, and send the invoice to shawnlee.amk@gmail.com."),
        (
            "assistant",
            "Booked: job JOB-260420-0015, ETA about 35 minutes. The e-invoice will go to shawnlee.amk@gmail.com after payment.",
        ),
    ],
    [
        (
            "user",
            "帮我写一封投诉信给开锁公司。我叫郑雅琪，住新加坡武吉巴督 Blk 178 #09-334，手机 9654 2208。上周六师傅开门后说要换锁芯，收了我480新币，比报价贵一倍。",
        ),
        (
            "assistant",
            "好的，以下是投诉信草稿：致开锁公司客服部：本人郑雅琪（联系电话 9654 2208），于上周六预约上门开锁服务，地址为武吉巴督 Blk 178 #09-334。师傅开门后称必须更换锁芯，最终收费480新币，远高于原报价。请于七个工作日内说明收费依据并退还差价。",
        ),
        ("user", "再加一句，如果不处理我就去找CASE。"),
        (
            "assistant",
            "已补充：如贵公司未能在期限内妥善处理，本人将向新加坡消费者协会（CASE）提出投诉。",
        ),
    ],
    [
        ("system", "Anda pembantu AI untuk Kunci Jaya Sdn Bhd. Jawab dalam Bahasa Melayu."),
        (
            "user",
            "Tolong tulis surat pengesahan bahawa saya tinggal di rumah ini, sebab tukang kunci minta bukti. Nama saya Nor Azizah binti Hamdan, MyKad 910722-14-5086, alamat No. 33, Jalan Setiawangsa 11, 54200 Kuala Lumpur.",
        ),
        (
            "assistant",
            "Baik. Surat Akuan Pemastautin: Saya, Nor Azizah binti Hamdan (MyKad 910722-14-5086), dengan ini mengesahkan bahawa saya menetap di No. 33, Jalan Setiawangsa 11, 54200 Kuala Lumpur. Sila lampirkan juga bil TNB atau Air Selangor terkini kerana surat akuan sahaja mungkin tidak diterima.",
        ),
    ],
    [
        (
            "user",
            "我阿爸上個月過身，屋企有個保險箱冇人知密碼。我係佢個仔李浩明，佢叫李國雄，住紅磡黃埔花園10期。開保險箱要準備咩文件？",
        ),
        (
            "assistant",
            "節哀順變。一般鎖匠會要求：你嘅身份證、死亡證副本、證明你同先人關係嘅文件（例如出世紙），以及遺產承辦書或授權書（如已申請）。如果有其他兄弟姊妹，最好一齊在場，避免日後爭拗。",
        ),
        ("user", "我家姐同我爭緊層樓，佢未必肯嚟。"),
        (
            "assistant",
            "咁建議先諮詢律師，等遺產承辦書批出後先開，或者安排律師在場見證及點算內容，保障雙方。",
        ),
    ],
    [
        (
            "system",
            "You summarise daily job logs for the Lockwise operations manager. Output a short bullet summary.",
        ),
        (
            "user",
            "Summarise: JOB-0031 Mdm Koh Bee Leng, Blk 88 Tanglin Halt Rd #05-12, lockout, S$120 paid. JOB-0032 car lockout SMB 7730 K, owner Harpreet Singh, S$150. JOB-0033 safe opening cancelled, customer Jonathan Tay hospitalised, will reschedule.",
        ),
        (
            "assistant",
            "- 3 jobs logged. - Lockout for Mdm Koh Bee Leng at Tanglin Halt, S$120 collected. - Car lockout SMB 7730 K for Harpreet Singh, S$150. - Safe opening for Jonathan Tay cancelled because he is in hospital; reschedule needed.",
        ),
        ("user", "ok 帮我 translate the last point to Chinese for the 老板."),
        ("assistant", "Jonathan Tay 的保险柜开启工作已取消，因为他住院了，需要重新安排时间。"),
    ],
    [
        (
            "system",
            "Customer record for this conversation: name Marcus Fernandez; mobile +65 8133 9027; address 41 Jalan Bunga Rampai, Singapore 538437; last job JOB-260301-0093 (digital lock install, Philips Alpha); note: customer disputes invoice amount.",
        ),
        (
            "user",
            "Hi, my Philips lock beeping and won't accept my fingerprint since yesterday. Can send someone?",
        ),
        (
            "assistant",
            "Hello Mr Fernandez, that often means the batteries are low. Try replacing all 8 AA batteries first. If it still fails, I can book a technician to 41 Jalan Bunga Rampai. The warranty covers the visit.",
        ),
        ("user", "Ok try batteries first, thanks."),
    ],
    [
        (
            "user",
            "Draft an invoice for a job we did: customer Mdm Zainab Abdul Rahman, 12 Lorong Marzuki, Singapore 416983, safe opening (non-destructive) S$320, callout S$80, GST 9%.",
        ),
        (
            "assistant",
            "INVOICE INV-LW-2604-118. Bill to: Mdm Zainab Abdul Rahman, 12 Lorong Marzuki, Singapore 416983. Items: Callout S$80.00; Safe opening, non-destructive S$320.00. Subtotal S$400.00; GST 9% S$36.00; Total S$436.00. Payment: PayNow to UEN 201834567W.",
        ),
        ("user", "Add note: paid by cash on site."),
        ("assistant", "Added: Paid in full by cash on site. Receipt issued."),
    ],
    [
        (
            "user",
            "我是台南的鎖匠，客人說他叫蔡明哲，身分證字號 H218765430，要我去開永康區一間透天厝的門，但他拿出來的水費單名字是他前女友的，我該開嗎？",
        ),
        (
            "assistant",
            "不建議直接開門。水費單名字不符，無法證明他有權進入。可以請他聯絡屋主到場，或請轄區派出所員警協助確認，再決定是否開鎖，並把過程記錄下來保護自己。",
        ),
        ("user", "他說前女友申請了保護令，他不能聯絡她。"),
        (
            "assistant",
            "那就更不能開了。對方有保護令在身，協助他進入可能讓你觸法。請婉拒並可通報警方。",
        ),
    ],
    [
        ("system", "You are a helpful assistant for a Johor Bahru locksmith."),
        (
            "user",
            "Translate this WhatsApp to English for my SG customer: Salam, saya Hafiz, kereta Proton X50 JTR 5518 terkunci kat parking Komtar JBCC, nombor saya 017-762 4419, boleh datang cepat?",
        ),
        (
            "assistant",
            "Hi, I'm Hafiz, my Proton X50 (plate JTR 5518) is locked at the Komtar JBCC car park, my number is 017-762 4419, can you come quickly?",
        ),
        (
            "user",
            "thanks, now reply to him in Malay that we come in 30 min and need his geran kereta.",
        ),
        (
            "assistant",
            "Salam Hafiz, juruteknik kami sampai dalam 30 minit. Sila sediakan geran kereta dan MyKad untuk pengesahan sebelum kami buka pintu kereta.",
        ),
    ],
    [
        (
            "user",
            "My ex Gary Low still has keys to my condo at 5 Bedok Reservoir View #12-07 and I got a PPO against him last month. Locksmith says need owner present but the flat is under both our names. What can I do? I'm Michelle Tan, 9288 4301.",
        ),
        (
            "assistant",
            "I'm sorry you're going through this, Michelle. As a joint owner you can usually authorise a rekey yourself. Bring your NRIC, the title deed or HDB/condo ownership document showing your name, and a copy of the PPO. Tell the locksmith about the PPO so they don't give keys to anyone else.",
        ),
        ("user", "Will the locksmith tell him?"),
        (
            "assistant",
            "A reputable locksmith should not contact the other owner or share your details. You can ask them to note 'do not release keys or information' on the job record.",
        ),
    ],
]
