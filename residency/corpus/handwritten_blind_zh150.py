# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set zh150: Hong Kong small clinics and Chinese medicine halls (registration, sick leave, receipts, follow-ups, herb orders, complaints). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-zh150
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hant", "診所通告"): _lines("""
        本診所農曆新年假期安排：年廿九下午休息，年初一至初三休診，年初四照常應診。如有急症請前往就近急症室。
        【通告】由2027年1月1日起，普通科診金調整為 $320（包兩日藥），長者醫療券照常接受。
        颱風八號或以上信號懸掛期間暫停應診，信號除下後兩小時內恢復。
        本館逢星期日及公眾假期休息，針灸、推拿需預約，請致電 2381 6620 或 WhatsApp 9468 2315（本館預約專線，只限文字訊息）。
        溫馨提示：求診時請帶備香港身份證或出世紙正本，首次登記需時約10分鐘。
        本中心提供季節性流感疫苗接種：65歲或以上長者、6個月至未滿18歲兒童可參加政府資助計劃，名額有限，額滿即止。
        因應醫生外出進修，12月23日（星期二）晚診暫停一次，不便之處，敬請原諒。
        本診所已參加「醫健通」，病人可於登記時表示同意互通病歷。
        本館中藥材全部經檢測，顆粒沖劑每劑 $58 起，代煎服務每劑另加 $15，翌日下午三時後可取藥。
        請勿於候診室飲食；口罩請全程佩戴。發燒或有呼吸道症狀人士請先告知登記處職員。
        醫療券使用須知：每名合資格長者每年獲發 $2,000 醫療券，累積上限 $8,000；使用時須本人親臨並出示身份證明文件。
        遷址通告：本診所將於2027年3月1日遷往旺角彌敦道688號旺角中心一期12樓1205室，電話及傳真號碼不變。
        Walk-in 病人請於截症時間前登記：上午 12:30、下午 6:30 截症，額滿即止。
    """),
    ("zh-Hant", "掛號覆診問答"): _lines("""
        問：病假紙唔見咗可唔可以補發？答：可以，補發副本收費 $50，須由病人本人或持授權書人士領取。
        問：覆診使唔使預約？答：中醫覆診建議預約，西醫普通科可即日 walk-in，但繁忙時段需等候一至兩小時。
        請問睇中醫開嘅病假紙，公司係咪一定要收？根據《僱傭條例》，註冊中醫師簽發的病假證明書同樣有效。
        點樣網上預約？打開預約頁面 → 揀醫師同時段 → 填寫姓名及聯絡電話 → 收到確認短訊即完成。
        小朋友發燒 38.5 度以上，食咗退燒藥兩個鐘都未退，應該即刻去急症室定等診所開門？
        問：收據可以用英文嗎？保險公司要求列明診斷。答：請於登記時要求英文收據，並註明需要列出診斷及 ICD-10 編碼。
        轉介信一般有效期為六個月，病人須自行致電專科診所預約，並帶同轉介信正本及舊報告。
        問：中藥同西藥可唔可以一齊食？答：一般建議相隔最少一至兩小時，並主動告知醫師正服用的所有藥物。
        代領藥物須帶同病人覆診卡及代領人身份證明文件正本，診所不接受電話授權。
        網上取消預約最遲須於應診前 24 小時辦理，否則按金 $100 不設退還。
        問：醫療券可唔可以用嚟買藥材？答：醫療券只可用於註冊醫護人員提供的服務，不能單獨購買保健品或藥材。
        問：做完針灸幾耐可以沖涼？答：建議四至六小時後才洗澡，並避免當風及劇烈運動。
        問：病假紙可唔可以追溯之前嘅日子？答：醫生只會按求診當日的臨床評估簽發，一般不會追溯補寫。
    """),
    ("zh-Hant", "藥材訂單"): _lines("""
        訂單 PO-2026-11-0387｜北芪 5斤、黨參 3斤、當歸（岷歸）2斤、川芎 2斤｜供應商：永生參茸行｜交貨：12月9日上午
        送貨單 DN 884215：杞子（寧夏）10 包 × 500g，單價 $68，合共 $680，貨到付款。
        退貨通知：批次 LOT 26A0914 之熟地黃發現霉變，已退回供應商，退貨單號 RTN-0291。
        顆粒劑補貨清單：桂枝湯 ×12、小柴胡湯 ×8、銀翹散 ×20、葛根湯 ×6（規格 100g／瓶）
        請於星期五前覆實報價：陳皮（新會，十年）每斤 $480；川貝母每両 $95；冬蟲夏草暫停訂購。
        庫存盤點 2026-11-30：白朮 2.4kg、茯苓 6.1kg、甘草 3.8kg、黃連 0.6kg（低於安全存量，需補貨）。
        發票 INV-HK-0047782 金額 HK$12,460.00，付款期限 30 天，支票抬頭請寫「德和堂藥材有限公司」。
        順豐單號 SF1408 8823 6617 已出貨，預計 48 小時內送達上環批發倉。
        毒劇中藥材（如生川烏、生草烏）屬《中醫藥條例》附表一管制，入貨及配發紀錄須保存最少兩年。
        藥材編號 HCM-0213 白芍／HCM-0214 赤芍，請勿混淆，標籤顏色已分開。
        每月固定訂單：菊花 3斤、桑葉 2斤、夏枯草 4斤、雞骨草 4斤（煲涼茶用），逢每月 1 號送貨。
        供應商聯絡：德和堂批發部 2545 3108（星期一至六 9:00–18:00），傳真 2545 3109。
        SKU CM-GRN-0088 黃芪顆粒 200g × 24 @ HK$135 = HK$3,240；SKU CM-GRN-0091 丹參顆粒 200g × 12 @ HK$142 = HK$1,704
    """),
    ("en", "forms and templates"): _lines("""
        MEDICAL CERTIFICATE / This is to certify that Mr/Ms ________ (HKID No. ______(_)) attended this clinic on ________ and is unfit for duty from ________ to ________ inclusive.
        Receipt template: Receipt No. {receipt_no} | Patient: {patient_name} | Consultation HK$ {fee} | Medicine HK$ {med} | Total HK$ {total}
        Follow-up reminder SMS template: "Dear {name}, your follow-up at Harbourview Family Clinic is on {date} at {time}. Reply Y to confirm or N to cancel."
        Referral letter template: Dear Colleague, I would be grateful if you could see this {age}-year-old {sex} with {presenting_complaint}. Thank you for your kind attention.
        Consent to share records via eHealth: I, the undersigned, ______________, consent / do not consent (tick one) to this clinic accessing my eHealth record.
        Receipt No. R-26-118204 | Consultation HK$380 | Medicine (3 days) incl. | Elderly Health Care Voucher used HK$380 | Balance HK$0
        Sick leave certificates issued by registered Chinese medicine practitioners are recognised under the Employment Ordinance (Cap. 57) for sickness allowance.
        Please bring: HKID or passport, insurance card, previous prescriptions, and a list of current medications.
        Claim form Part C (to be completed by attending doctor): Diagnosis ________ ICD-10 ________ Date of first consultation ________ Signature & clinic chop ________
        Complaint acknowledgement: Thank you for your feedback (ref. CMP-2026-0412). We will reply in writing within 10 working days.
        Insurance billing codes: A01 GP consultation, A02 Specialist, B01 Chinese medicine (herbal), B02 Acupuncture, B03 Bone-setting / tui na.
        Opening hours: Mon–Fri 9:00–13:00, 15:00–19:30; Sat 9:00–13:00; closed Sundays & public holidays. Tel 2891 4420, Fax 2891 4421.
        Authorisation letter (sample): I, [patient name], authorise [collector name], holder of [ID type and number], to collect my medication and receipts on my behalf.
    """),
    ("mixed", "職員群組"): _lines("""
        打印機又 jam 紙，收據打唔到，暫時手寫先，記得抄返 receipt no. 入 system。
        板藍根顆粒得返兩樽，我 order 咗，星期三到貨。
        今日 walk-in 爆晒，下晝截症提早到 5:45，幫手喺門口貼張 notice。
        醫健通 system 又 down，IT 話 3 點前修好，期間唔好 upload 任何 record。
        煲藥機 2 號唔熱，已經 call 咗師傅，service ticket SR-55102。
        Reminder：每日收工前要 count cash，差額超過 $20 要寫 incident report。
        新版病假紙 template 放咗喺 shared drive /forms/MC_v3.docx，舊版唔好再用。
        流感針今日打咗 42 支，仲有 18 支存貨，下星期一再補 30 支。
        雪櫃溫度今朝 9 度，超咗 2–8 度範圍，疫苗已隔離，已 report 俾 supervisor。
        有冇人知 voucher 系統點 void 一張 transaction？撳錯咗金額。
        八號風球如果 5 點前落，晚診就唔開，大家留意 WhatsApp group。
        呢個月投訴 3 單：兩單等候時間，一單收費，已經全部覆咗。
        提提大家：病人資料唔好 send 落呢個 group，有需要就用診所 system 內部 message。
    """),
    ("zh-Hant", "投訴處理及統計"): _lines("""
        投訴處理程序：收到投訴後 3 個工作天內確認收件，10 個工作天內以書面回覆；如涉及專業操守，可轉介香港醫務委員會或香港中醫藥管理委員會。
        2026年第三季共接獲投訴 27 宗：等候時間 11 宗、收費 6 宗、職員態度 5 宗、藥物 3 宗、其他 2 宗。
        個案編號 CMP-2026-0387 已結案：投訴事項不成立，已向投訴人解釋收費準則。
        病人如不滿診所回覆，可向消費者委員會（熱線 2929 2222）或有關註冊管理委員會查詢。
        職員須於投訴紀錄表填寫：收件日期、渠道（電話／電郵／親臨）、類別、處理人、結果；不得在公開群組討論投訴人資料。
        根據《個人資料（私隱）條例》，病人有權要求查閱及更正其病歷，診所須於 40 日內回覆。
        常見投訴原因：預約時間延誤、病假紙日數與實際不符、收據未列明診斷、藥材份量不足。
        回覆範本：「有關閣下於＿＿年＿＿月＿＿日之投訴（編號＿＿＿＿），本館經調查後……」
        改善措施：由2027年1月起，所有中藥處方於執藥後由第二位配藥員覆核，以減少錯配。
        投訴個案平均處理時間由 14.2 日縮短至 8.6 日（2025年對比2026年）。
        匿名意見箱每月第一個星期一開箱，紀錄由兩名職員共同簽署。
        電話投訴可否錄音？本館政策：錄音前須先告知來電者並取得同意。
    """),
    ("zh-Hant", "中醫知識及公眾人物"): _lines("""
        李時珍著《本草綱目》，收錄藥物一千八百九十二種，是明代最重要的藥學著作。
        孫中山先生早年就讀香港西醫書院，1892年畢業，其後曾在澳門鏡湖醫院行醫。
        屠呦呦從東晉葛洪《肘後備急方》得到啟發提取青蒿素，2015年獲諾貝爾生理學或醫學獎。
        《倚天屠龍記》中的「蝶谷醫仙」胡青牛只醫明教中人，江湖人稱「見死不救」。
        張仲景《傷寒雜病論》奠定辨證論治基礎，桂枝湯被譽為「群方之冠」。
        香港《中醫藥條例》於1999年通過，其後分階段實施中醫師註冊及中藥規管制度。
        冬令進補小知識：體質偏熱者不宜多食當歸、羊肉，可改飲沙參玉竹湯。
        《紅樓夢》裡林黛玉自幼體弱多病，書中提到她常服「人參養榮丸」。
        東華三院自1872年起提供中醫服務，是香港歷史最悠久的慈善醫療機構之一。
        伍連德於1910年東北鼠疫中推行口罩防疫，被視為中國現代公共衞生先驅。
        華佗相傳創「五禽戲」及使用「麻沸散」，被後世尊為外科鼻祖。
        《大長今》劇中長今由宮女成為朝鮮王朝首位御醫女，劇集播出後帶動香港觀眾對藥膳的興趣。
    """),
    ("en", "system logs and config"): _lines("""
        2026-12-04 09:12:33 INFO booking-svc slot_released clinic_id=HV02 slot=2026-12-05T10:30 reason=no_show_policy
        ERROR sms-gateway 2026-12-04T18:02:11+08:00 template=FOLLOWUP_REMINDER status=429 retry_in=60s batch=7731
        config: clinic.timezone=Asia/Hong_Kong; receipt.prefix=R-26-; mc.max_days_without_review=3; voucher.enabled=true
        hkid_field: {type: string, pattern: '[A-Z]{1,2}[0-9]{6}[(][0-9A][)]', required: true, mask_on_print: true}
        SELECT COUNT(*) FROM appointments WHERE status = 'no_show' AND appt_date >= '2026-11-01'; -- 58 rows
        export_job id=EXP-8812 table=herb_orders rows=1204 md5=3b7e0c59d2a14f88e6c1907ab3d5f2e4
        WARN inventory low_stock item=HCM-0187 name=黃連 qty=0.6kg threshold=1.0kg
        POS terminal TID 60028814 settlement batch 000412 total HK$38,260.50 (Visa 41 / Mastercard 22 / UnionPay 9 / Octopus 113)
        clinic-app 3.14.2 (build 20261128) changelog: fixed MC print cutting off Chinese names longer than 4 characters.
        queue-board: now_serving=A047 next=A048,A049,B012 avg_wait_min=37
        cron 0 21 * * * /opt/clinic/bin/backup_emr.sh --encrypt --dest s3://hv-clinic-backup/daily
        audit 2026-12-03 17:45:09 user_role=reception action=reprint_receipt receipt_no=R-26-117950 result=ok
        mc_serial_format: MC-{yy}-{seq:05d}  # e.g. MC-26-00001, reset every 1 January
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hant": _lines("""
        病假證明書｜茲證明 梁詠詩 女士（香港身份證號碼：Y237733(9)）於2026年12月3日到本診所求診，診斷為急性腸胃炎，建議病假由12月3日至12月5日，共三天。
        覆診提提你：黃嘉欣小姐，你喺12月10日（三）下午3:15約咗李醫師針灸覆診，如需更改請回覆此短訊。
        收據 No. R-26-118377｜病人：CHEUNG HO YIN 張浩然｜診金 $350｜藥費（3日）$120｜合共 $470｜付款方式：八達通
        藥材送貨：何太，九龍城衙前圍道58號3樓B座，電話 9345 7012，代煎 7 劑，貨到收 $1,260。
        投訴信：本人鄧志強（電話 6728 4416）於11月28日帶兒子鄧樂軒到貴診所睇發燒，等咗兩個半鐘，登記處職員仲話「唔等得就走」，態度極之惡劣。
        登記表｜姓名：區美華｜性別：女｜出生日期：1958-04-12｜身份證：K015961(1)｜住址：沙田禾輋邨豐和樓1214室｜藥物敏感：盤尼西林
        客人陳偉業話佢阿媽陳李秀英（82歲）上星期食咗我哋開嘅藥之後肚瀉咗三日，要求退返藥費 $380。
        孕婦蔡穎琳懷孕 14 週，醫師交代針灸要避開合谷、三陰交，下次覆診 12/17 上午。
        轉數快退款：收款人 莫子健，FPS 登記電話 6402 7735，金額 $200（取消預約按金）。
        中藥處方｜病人：譚美玲（女，45歲）｜診斷：更年期綜合症、失眠｜處方：加味逍遙散加酸棗仁 15g，7 劑｜醫師：周
        內地旅客吳曉峰，居民身份證 44030419880315045X，往來港澳通行證 C60418273，行山扭傷右腳踝求診，收費 $680 以銀聯卡支付。
        家長留言：我個女何芷晴讀緊小五，今日發燒 39 度，可唔可以幫佢寫兩日病假紙俾學校？我電話 9870 1264。
        投訴跟進紀錄 CMP-2026-0418：投訴人麥淑儀女士指配藥員將其丈夫麥國雄的降血壓藥配錯劑量，已致電道歉並安排免費覆診。
        病人曾子軒（Z362634(3)）痛風復發，尿酸 520 μmol/L，已處方秋水仙鹼，囑戒啤酒海鮮。
        長者醫療券使用紀錄：李桂芳，HKID E007322(2)，本年已用 $1,650，餘額 $5,350。
        街坊群組：「有冇人識楊伯？佢住大埔廣福邨，琴日喺中醫館暈低咗送咗去那打素，佢個仔電話係 6159 0847，麻煩通知聲。」
        預約確認：12月12日 上午10:00｜推拿 45 分鐘｜客人：馮凱琪｜聯絡：5917 3380｜備註：左肩周炎
        僱主查詢：我哋公司同事蘇俊傑交咗張貴診所嘅病假紙（12月1日至4日），序號 MC-26-03318，想核實是否真確。
        覆診卡｜姓名：歐陽德明｜檔案號：HV-004512｜二型糖尿病｜HbA1c 7.8%｜下次覆診：2027-01-08 09:30
        補發收據申請：本人袁綺雯，身份證號碼 D618603(4)，因保險索償需要補發2026年10月三張收據，請電郵至 eleanor.yuen.hk@gmail.com。
        病人家屬 WhatsApp：「郭醫師你好，我老公郭志偉琴晚食完中藥之後心跳好快，成晚瞓唔著，係咪要停藥？」
        錯誤轉賬處理：客戶方嘉豪於11月30日經滙豐戶口 004-512-338129-838 誤轉 $1,480 至本館，已安排退回原戶口。
        病人溫寶儀要求病假紙唔好寫「抑鬱症」，改寫「身體不適」，醫生拒絕後病人情緒激動，喺候診室大叫。
        針灸同意書：本人龐浩賢（身份證 P651509(A)）已明白針灸可能引致瘀青、暈針等風險，同意接受治療。
        台灣旅客林佩珊，身分證字號 A223456781，手機 0912-384-657，因急性蕁麻疹求診，已處方抗組織胺。
        跌打館紀錄：石嘉俊，32歲，地盤紮鐵工人，右手腕骨裂，已轉介伊利沙伯醫院照X光，建議停工兩星期。
        藥材訂單（私人）：收件人 Wong Siu Fung，地址將軍澳唐德街9號將軍澳中心2座23樓F室，花旗參片 1 斤、石斛 4 両，信用卡 4570 4447 8732 9392。
        黑名單備註：葉振邦多次預約唔出現兼拖欠藥費 $2,340，以後只收現金，唔接受佢預約。
    """),
    "en": _lines("""
        Referral letter: Dear Dr. Lau, Re: Mr. Oliver Bentley (DOB 14/06/1971, HKID R435507(4)) — 3-week history of epigastric pain and 4 kg weight loss. Kindly arrange OGD.
        Sick leave certificate issued to Ms. Maricel Dela Cruz, domestic helper, for lower back strain, 2 days (4–5 Dec 2026). Employer: Mrs. Leung of Tai Koo Shing.
        Hi, this is Priya Nair, I booked cupping for Saturday 11am but need to move it to Sunday if possible. My number is 6685 2190.
        Insurance claim: claimant Rajinder Singh s/o Gurdev Singh, diagnosis lateral epicondylitis, 6 acupuncture sessions, total HK$2,880, paid by card 5523 1732 6881 9952.
        Patient Marcus Xavier Remedios, 67, on warfarin after valve replacement. Please flag: NO dan shen or dong quai in any herbal prescription.
        Complaint from Bimala Gurung (tel 9228 6503): charged twice for the same visit on 25 Nov, receipts R-26-116040 and R-26-116041. Requests refund.
        Singapore visitor Tan Wei Ling, NRIC S8734521A, +65 9137 4482, seen for food poisoning; receipt emailed to weiling.tan88@gmail.com.
        FOLLOW-UP: KWOK, Jason Tsz-Long | G728950(1) | post-viral fatigue | review 16 Dec 14:45 | Dr. Yip
        Mr. Ahmad Faizal bin Rosli (MyKad 850917-14-5523) paid HK$540 for ankle strapping and asked for an itemised receipt for his Malaysian insurer.
        Note to file: Mrs. Henrietta Lam-Castro called about her son Theo (age 9), asthma flare, needs salbutamol refill; call back on 6231 8847.
    """),
    "mixed": _lines("""
        Staff note: 羅家輝 today 第三次冇出現預約，按政策要扣 deposit，已 WhatsApp 佢 5136 9028 通知。
        外傭 Siti Aminah binti Sukardi 由僱主帶嚟睇咳，僱主要求將病假紙副本 email 去 chantai.home@yahoo.com.hk
        kelly: 我阿爺 chan kwok leung 聽朝 10 點覆診，佢唔識英文，麻煩叫佢個名嗰陣講中文 🙏
        Booking form | Name: TSE Chi Hung, Kelvin 謝志雄 | Mobile: 96214803 | Complaint: 慢性鼻竇炎 | Preferred: Dr. Ho, Sat AM
        藥單 from 李先生 Lee Ka Wai：鹿茸片 2 両、高麗參 1 斤，送去西環卑路乍街73號1樓，pay by AE 3776 5079 2353 580
        Fwd email from angela.szeto.wm@outlook.com — Subject: 病假紙 wrong date / 我 12 月 2 日睇醫生 but MC 寫咗 12 月 1 日，HR 唔收，please reissue ASAP
        LEUNG Wai Man 梁偉文 | HKID A622758(1) | walk-in 14:05 | 腰痛 | 已收 $320 現金 | MC 1 day
        前台 log 16:20：WONG Mei Ling 黃美玲（M710142(8)）投訴等候超過 90 分鐘，要求見經理，已登記 CMP-2026-0431。
        師傅，ah yan 話佢嫲嫲何陳玉蓮（住秀茂坪寶達邨）下個禮拜唔上嚟做推拿住，因為啱啱做完白內障手術。
        Telegram @lokman_hkfit 問可唔可以約跌打，話自己打波拗柴腫咗，叫我哋 DM 佢。
        Refund approved for Yvonne Choi Sze Wing 蔡思穎 — HK$850 膏方 cancelled, credit back to her Visa ending 7741。
        WeChat 付款備註：邱文傑 wxid_qiuwj_sz88 付 RMB 600 中藥代煎 ×10 劑，寄深圳福田區，佢話自己肝火盛失眠。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "你係康和中醫館嘅網上預約助手，負責處理針灸、推拿及中藥覆診預約。"),
        ("user", "你好，我想約星期六針灸，我叫梁淑華，電話 9157 2046，膝頭痛咗兩個月。"),
        ("assistant", "梁小姐你好！星期六上午 10:30 及 11:15 仲有位，請問你想揀邊個時段？"),
        ("user", "10:30 啦。另外我有高血壓，食緊 amlodipine，做針灸有冇問題？"),
    ],
    [
        (
            "user",
            "幫我寫封投訴信俾診所，我叫 Fiona Kwan Hoi Lam，11月30日喺佢哋度打流感針之後手臂腫咗成個禮拜，收據號碼 R-26-117702。",
        ),
        (
            "assistant",
            "好的，以下係草稿：「致診所負責人：本人於2026年11月30日在貴診所接種流感疫苗，其後注射部位持續紅腫一星期……懇請貴診所跟進並回覆。」需要加聯絡方法嗎？",
        ),
        ("user", "加埋我電話 5482 7761，同埋寫明我想醫生親自打返俾我。"),
    ],
    [
        (
            "system",
            "You are a reception assistant for Harbourview Family Clinic. Help staff look up patient registrations.",
        ),
        (
            "user",
            "Patient on the line says her HKID is XA518052(7) and she's registered as Ng Hoi Ting, but the system can't find her.",
        ),
        (
            "assistant",
            "Try searching by date of birth and the last four characters of the ID; older records sometimes store the name without a space.",
        ),
        (
            "user",
            "DOB 3 March 1990. She's coming in for her second antenatal check and is worried about spotting.",
        ),
    ],
    [
        (
            "user",
            "我屋企工人 Juliet Ramos 今日話唔舒服去咗睇醫生，張病假紙寫咗「急性支氣管炎，病假3日」，我係咪要俾疾病津貼佢？",
        ),
        (
            "assistant",
            "根據《僱傭條例》，僱員須連續放取不少於4天的病假，並符合累積有薪病假日數的條件，才可獲疾病津貼。3天病假一般不符合資格，但你仍不可因此解僱佢。",
        ),
        ("user", "明白。佢先返咗工兩個月，合約到明年10月，佢成日咳，我驚佢傳染俾我個BB。"),
    ],
    [
        ("user", "我阿媽蕭碧霞今年78歲，住觀塘翠屏邨翠楠樓，想搵間有上門服務嘅中醫館。"),
        (
            "assistant",
            "部分非牟利機構及私人中醫館提供上門診症，建議你先查詢區內長者地區中心，或者致電中醫館問清楚收費同服務範圍。",
        ),
        (
            "user",
            "佢有柏金遜症，行動好唔方便，上個月仲喺屋企跌過一次，有冇邊間可以一星期上嚟兩次？",
        ),
    ],
    [
        (
            "user",
            "Can you translate this sick note into English for my HR? 「茲證明 盧俊彥 先生（身份證號碼 C612629(2)）於二〇二六年十二月二日到本館求診，患上呼吸道感染，宜休息兩天。」",
        ),
        (
            "assistant",
            "This is to certify that Mr. Lo Chun Yin (HKID No. C612629(2)) attended this clinic on 2 December 2026 suffering from an upper respiratory tract infection and is advised to rest for two days.",
        ),
        ("user", "Perfect, thanks. Can you also add that he is fit to return on 4 December?"),
    ],
    [
        ("system", "你係一間網上中藥材店嘅客服助手。"),
        (
            "user",
            "我係簡曼婷（Mandy），訂咗靈芝孢子粉同西洋參，訂單號 HB-772910，收件地址係元朗朗屏邨玉屏樓1605室，但係你哋送咗去第二度。",
        ),
        (
            "assistant",
            "簡小姐，唔好意思！我哋會聯絡速遞公司追查，並安排重新送貨。請問你最方便收貨嘅時間係？",
        ),
        ("user", "平日夜晚7點後，我懷孕六個月唔方便落樓，可唔可以送上門？"),
    ],
    [
        ("system", "You are the billing assistant of a Hong Kong medical centre."),
        (
            "user",
            "我叫司徒詠恩，我張信用卡 4966 2998 6068 0208 喺 12月1日 俾你哋重複扣咗兩次 $560，可唔可以退返一次？",
        ),
        (
            "assistant",
            "司徒小姐，我會通知帳務部核對當日交易紀錄，一般 7 至 14 個工作天內完成退款。",
        ),
        ("user", "好，嗰日我係睇皮膚科濕疹覆診，收據我仲留住。"),
    ],
    [
        (
            "user",
            "我個仔林浩軒讀緊小三，成日流鼻血，中醫話佢「肺熱」，開咗桑白皮、黃芩、白茅根，你覺得安唔安全？",
        ),
        (
            "assistant",
            "呢幾味藥喺兒科都算常用，但劑量要按體重調整，亦要排除其他原因例如鼻腔血管問題或凝血異常，建議同時睇家庭醫生。",
        ),
        ("user", "佢8歲，25公斤，對花生敏感，上年喺瑪嘉烈驗過血話冇事。"),
    ],
    [
        (
            "user",
            "我係深圳過嚟睇中醫嘅，身份證 440106199207226549，叫馮思雨，想問可唔可以用微信支付，同埋開收據俾公司報銷？",
        ),
        (
            "assistant",
            "本館接受微信支付及支付寶香港，收據可列明公司抬頭及診症項目，請於付款前告知登記處。",
        ),
        ("user", "好呀，我係睇月經不調，收據可唔可以唔寫診斷？"),
    ],
    [
        (
            "user",
            "hi, i'm jess (jessica lo wing yan), 我喺你哋度覆診咗三次濕疹 still not better, can i get my full record sent to jesslo.wy@gmail.com?",
        ),
        (
            "assistant",
            "Hi Jess, to request a copy of your medical record you'll need to submit a data access request form together with a copy of your HKID. A small administrative fee may apply.",
        ),
        ("user", "ok my hkid is V547169(9), can i just send a photo of it here?"),
    ],
]
