"""The base of every country recognizer: Presidio patterns plus character-window context.

Presidio's own context enhancer works on spaCy tokens; Chinese text has no spaces, so
``身份证号110101…`` is one token and the context word is never seen.  These recognizers
therefore look at the raw characters around a match themselves:

* a positive context word (English or Chinese) shortly before or after a match raises its
  score by ``CONTEXT_BOOST`` and marks it as context-enhanced (Presidio then leaves it alone);
* patterns listed in ``CONTEXT_REQUIRED`` are dropped unless a context word is right before
  the match (only "glue" such as ``:``, ``号``, ``is`` in between), e.g. bare QQ numbers;
  those in ``CONTEXT_NEAR`` need a context word anywhere in the window (bare 8-digit
  phone numbers: ``WhatsApp me at 9123 4567``);
* with ``STANDALONE_IS_CONTEXT``, a field that is the value and a few words (a chat reply
  ``sure it's 9123 4567``) counts as context;
* a negative word (order number, ISBN, tracking, version ...) nearest before a match drops
  it: those digit runs are not personal information.

Validation (``validate_result``) follows Presidio: ``True`` makes a result certain,
``False`` rejects it, ``None`` keeps the pattern score.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Sequence
from typing import Any, ClassVar

import regex
from presidio_analyzer import PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from residency.detectors.chinese.hant import to_hans
from residency.detectors.patterns import Pattern
from residency.detectors.turns import TURN_BREAK

# Digit/letter boundaries that also work between CJK characters and digits (\b does not).
NB = r"(?<![0-9A-Za-z])"
NA = r"(?![0-9A-Za-z])"
# ... and for a local number of eight digits, not the first part of a longer grouped number
# (``Maybank 5621 4430 8812``: an account, not a Hong Kong mobile).
NOT_BEFORE_GROUP = r"(?![ -]\d{4}(?![0-9]))"
# For the regions whose numbers have no area code (Singapore, Hong Kong, Macau): a local
# number is not the tail of another region's international number (``+852 9123 4567``,
# ``+86 10 6552 9988``) nor the local part after an area code (``03-5510 0000``, ``(03)
# 5510 0000``, ``010-6275 1234``): that number is its own region's finding.
NOT_AFTER_CODE = (
    r"(?<!\+\d\d[ -])(?<!\+\d\d\d[ -])(?<!\+\d\d[ -]\d\d[ -])(?<!\+\d\d[ -]\d[ -])"
    r"(?<!\d[-–])(?<!\d\))(?<!\d\) )"
)

# A code's segment glued right before a value by a dash, a slash or an underscore
# (``SKU-``, ``CS-``): the value is the code's next segment, not a phone or an id.
CODE_SEGMENT_BEFORE = re.compile(r"(?<![A-Za-z0-9])(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{2,}[-_/]$")

# A reference's word and its number sign right before a value (``Warranty claim WC-26-00731``,
# ``Baucar bayaran BV-26-00417``, ``案件 #A1130928-17``): the value is the reference's
# number, whose check digit held by chance.
REFERENCE_BEFORE = re.compile(
    r"(?:(?i:\b(?:claim|ticket|order|invoice|case|job|booking|ref|reference|receipt|rma|"
    r"warranty|tracking|serial|voucher|baucar|resit|invois|tiket|tempahan|rujukan|ruj|"
    r"pesanan|aduan|kes)\b)|案件|案號|案号|單號|单号|編號|编号|訂單|订单|工單|工单|收據|收据)"
    r"(?:\s+(?i:bayaran|pembayaran|payment))?(?:\s*(?i:no\.?|number|bil\.?|#))?\s*[:：#]?\s*$"
    # (or a number sign alone, glued to the value: ``案件 #A1130928-17``)
    r"|(?<![A-Za-z])(?<![證证號号])(?<!ID )(?<![證证號号] )#$"
)

# Words for an organisation's service line: a number right after one is the
# organisation's (``hotline 1800 ...``, ``客服电话 400 ...``; ``店电话``: a shop's or branch's).
SERVICE_LINE_WORDS: tuple[str, ...] = (
    "hotline", "helpline", "infoline", "toll-free", "toll free", "freephone", "customer service",
    "customer care", "call centre", "call center", "contact centre", "contact center",
    "switchboard", "khidmat pelanggan", "pusat panggilan", "热线", "熱線", "专线", "專線",
    "客服", "客服电话", "客服電話", "服务电话", "服務電話", "店电话", "店電話", "总机", "總機",
    "reservations", "24-hour line", "24-hour hotline", "24 hour line", "support line",
    "shop line", "store line", "outlet line", "branch line", "office line", "main line",
    # (a mall's concierge, a store's customer service department: ``call the concierge line
    # +65 …``, 顧客服務部公告…查詢請致電)
    "concierge line", "concierge desk", "顧客服務部", "顾客服务部", "客戶服務部", "客户服务部",
    # (a notice's "for enquiries, please call": 查詢請致電 2833 8338)
    "查詢請致電", "查询请致电",
    # (a business's partner line, a collection yard's, a finance department's: ``call the
    # partner line 6291 0088``, ``call our tow partner at``, 集貨場電話, 联系财务部)
    "partner line", "our tow partner", "集貨場電話", "集货场电话", "财务部", "財務部",
    # (a secretariat's WhatsApp in Malay: ``WhatsApp urus setia 011-…``)
    "whatsapp urus setia", "whatsapp sekretariat",
    # (a business's WhatsApp by the place that answers it: ``Our Penang outlet WhatsApp line
    # +60 12-…``, ``WhatsApp pejabat +60 11-…``; a duty landline, 值班座机)
    "outlet whatsapp", "branch whatsapp", "office whatsapp", "whatsapp pejabat", "值班座机",
    "值班座機", "值班电话", "值班電話",
    "general line", "enquiry line", "enquiries line", "enquiry hotline",
    "查询电话", "查詢電話", "咨询电话", "諮詢電話", "谘询电话",
    # A hotline's number for callers abroad (``(overseas +65 6225 5577)``, ``from overseas
    # call +603-2174 1717``).
    "overseas", "from overseas call", "calling from overseas",
    # A body's care line and Malay service lines (``HASiL Care Line``, ``talian bebas tol``).
    "care line", "careline", "talian bebas tol", "talian khidmat", "talian aduan",
    "talian bantuan",
    # An insurer's or a card's assistance line (``24-hour emergency assistance: +603 ...``).
    "emergency assistance", "assistance line", "travel assistance",
    # A university's or a charity's crisis line (``the NUS Lifeline at 6516 7777``).
    "lifeline", "crisis line", "crisis hotline",
    # A mosque's, a temple's or an office's admin line (``the masjid admin line 03-...``).
    "admin line",
    # Overseas callers' and helpdesks' lines (``境外请拨+86-10-95588``, ``HR helpdesk:``),
    # a named hotline (``Talian Kasih``).
    "境外请拨", "境外拨打", "海外请拨", "境外致电", "helpdesk", "help desk", "shared services",
    "talian kasih",
    # A public office's duty line (``值班电话 0571-...``).
    "值班电话", "值班電話",
    # A shop's line (``李宁专卖店，电话 0731-...``) and a company's office line in Malay
    # (``WhatsApp pejabat 03-3122 4590``).
    "专卖店", "專賣店", "旗舰店", "旗艦店", "门店", "門店", "门市", "門市", "分店",
    "pejabat", "talian pejabat", "tel pejabat", "no. pejabat", "whatsapp bisnes",
    # A company's corporate line (``talian korporat kami di 03-2141 8820``).
    "talian korporat", "corporate line", "corporate hotline", "corporate sales line",
    # (``WhatsApp our business line +60 12-…``)
    "business line", "our business line",
    # (an association's official line, a control room, a business's WhatsApp account:
    # ``talian rasmi persatuan di 03-...``, ``Bilik Kawalan 24 jam di 03-...``,
    # ``WhatsApp商業帳號號碼係 +852 ...``)
    "talian rasmi", "bilik kawalan", "商業帳號", "商业账号", "商業帳户", "商业帐户",
    # (a centre's or a shop's own WhatsApp: ``中心的WhatsApp 6012 8834``)
    "中心的whatsapp", "中心whatsapp", "公司的whatsapp", "店的whatsapp", "门市whatsapp",
    # (a centre's line: ``the centre WhatsApp line at +65 …``; not 前台, a colleague's post
    # too: 前台小周)
    "centre whatsapp", "center whatsapp",
    # ... and a company's or a shop's own WhatsApp and line (``the company WhatsApp line``,
    # ``WhatsApp syarikat``, ``talian butik``).
    "company whatsapp", "whatsapp syarikat", "talian butik", "talian kedai",
    # (and its official account: ``official WhatsApp 5180 1000 (company account)``)
    "official whatsapp", "whatsapp rasmi", "官方whatsapp", "官方 whatsapp",
    # ... and a building's management office (``WhatsApp resit ke pejabat pengurusan 011-...``).
    "pejabat pengurusan", "management office",
    "whatsapp business",
    "whatsapp biz",
    # A clinic's or a shop's booking line (``预约请拨打 03-7957 2288``), a body's report line
    # (``Laporkan kepada talian 03-...``).
    "预约电话", "預約電話", "预约请拨打", "預約請撥打", "预约请致电", "預約請致電",
    "kepada talian", "hubungi talian",
    # (a hospital's or an office's duty line after hours: 非工作时间请拨打总值班 0571-...)
    "总值班", "總值班",
    # A workshop's or a depot's duty and booking lines (``the night supervisor line 6262
    # 1145``, ``WhatsApp bookings 8118 2261``).
    "supervisor line", "duty line", "night line", "operations line", "ops line",
    "booking line", "bookings line", "whatsapp bookings", "whatsapp booking", "order line",
    "orders line", "whatsapp orders",
    # (a studio's or a shop's own desk: ``WhatsApp our front desk at +65 ...``, ``Hubungi
    # kaunter kami di 03-...``)
    "our front desk", "front desk at", "kaunter kami",
    # An event's safety or security line (``call the convention safety line at +65 ...``).
    "safety line", "security line", "safety hotline",
    # A shop's own line in Malay (``WhatsApp kedai di 03-...``, ``Tel kedai:``).
    "whatsapp kedai", "tel kedai", "telefon kedai", "no. kedai",
    # A business's own line in Malay (``WhatsApp talian perniagaan kami 03-...``).
    "talian perniagaan", "talian bisnes",
    # A complaint line in Malay, an institution's own line (``Aduan ... melalui talian``,
    # ``本館電話``), a cloud's or an IT desk's support (``Acme Cloud Support, +65 ...``).
    "melalui talian", "本馆电话", "本館電話", "cloud support", "technical support",
    "tech support", "it support",
    # A kindergarten's, a school's or an office's own line (``本园办公室电话``), a guard post's
    # (``pondok pengawal di talian 04-...``), a counter's (``hubungi kaunter di 03-...``).
    "本园办公室电话", "本園辦公室電話", "本校办公室电话", "本校辦公室電話", "办公室电话", "辦公室電話",
    "pondok pengawal", "pos pengawal", "pengawal di talian", "guardhouse", "guard house",
    # (and a department's line, 护理部电话 0571-..., a company's official WhatsApp in Malay)
    "护理部电话", "護理部電話", "客服部电话", "客服部電話", "whatsapp rasmi syarikat",
    "whatsapp kaunter",
    # (an organiser's emergency line on race day: ``Talian kecemasan penganjur``)
    "talian kecemasan", "talian kecemasan penganjur",
    # (a company's number in Cantonese, an official website's phone: ``WhatsApp查詢請發送至
    # 公司號碼 5123 8800``, ``官網電話 02-2508-3316``)
    "公司號碼", "公司号码", "官網電話", "官网电话",
    # (a config's business number, a front desk reached on it: ``business_number: '+852
    # …'``, ``Contact the front desk on 6338 2015``)
    "business_number", "front desk on",
    # (an agency's own line: ``Talian agensi: 03-9130 2244 (pejabat)``)
    "talian agensi", "agency line", "agency hotline",
    # (an event's organising desk: ``查詢請 WhatsApp 會務組 9188 3026``)
    "會務組", "会务组", "whatsapp 會務組", "whatsapp 会务组",
    # (a firm's personnel office in a job advertisement: ``Call HR 03-...``, 请致电人事部)
    "talian utama kami", "talian utama kolej", "call hr", "致电人事部", "致電人事部", "人事部电话", "人事部電話", "our 24h line", "our 24-hour line",
    # (a salon's or a shop's official WhatsApp: ``nombor rasmi salun``, ``WhatsApp Business
    # salun``, ``WhatsApp perniagaan``)
    "nombor rasmi", "whatsapp business", "whatsapp perniagaan",
    # (a shop's main line in Malay, a registry export's or a config's support phone:
    # ``talian utama kedai di 03-...``, ``"HelpTelephone"="+60 3-..."``)
    "talian utama", "helptelephone", "support phone", "supportphone", "hq phone",
    # (a counter's, a general and a fax line: ``WhatsApp our counter line``, ``talian am
    # kami``, ``talian faks Kastam``)
    "counter line", "talian am", "talian faks", "fax line", "talian kelab",
    # (a business's own WhatsApp, said by it: ``Our WhatsApp line +65 ... is for bookings
    # only``, ``WhatsApp kami di 012-...``)
    "our whatsapp", "whatsapp kami",
    # (a studio's own line, a shop's counter in Malay: ``WhatsApp our studio line 6912 ...``,
    # ``hubungi kaunter jualan 07-...``)
    "studio line", "our studio", "hubungi kaunter", "kaunter jualan",
    # (a registration or an enquiry line: ``Talian pendaftaran: 03-6188 2475``)
    "talian pendaftaran", "talian pertanyaan", "registration line", "enquiry line",
    # (a restaurant's booking WhatsApp, a billing desk, a market office's or an enquiry
    # phone: ``WhatsApp bookings only: +65 …``, ``our reservations WhatsApp line``,
    # ``Billing desk: 2388 7105``, 市场管理处电话, 洽詢電話)
    "whatsapp bookings", "whatsapp bookings only", "reservations whatsapp", "reservation whatsapp", "booking whatsapp",
    "billing desk", "claims desk", "管理处电话", "管理處電話", "洽询电话", "洽詢電話",
    # (a business's WhatsApp number, a booking WhatsApp, a building's management: ``WhatsApp
    # 商业号 +60 …``, ``WhatsApp 預約：5408 2276``, ``WhatsApp building management 03-…``)
    "商业号", "商業號", "商业号码", "商業號碼", "whatsapp 预约", "whatsapp 預約",
    "building management", "book via whatsapp", "book via", "business whatsapp",
    "whatsapp_business",
    "kaunter di", "talian rasmi", "talian rasmi pusat", "official line", "official hotline", "nombor office", "no. office", "office number", "咨询请拨打", "諮詢請撥打", "咨询请致电", "諮詢請致電",
    # (a depot's dispatch line, a restaurant's or a parlour's table-booking WhatsApp:
    # ``message our dispatch line +65 …``, ``訂枱WhatsApp 6123 8800``)
    "dispatch line", "our dispatch", "events desk", "course desk", "desk line", "公司whatsapp",
    "service line", "订货电话", "訂貨電話", "office 电话", "office 電話", "店內電話", "店内电话",
    "公司 whatsapp", "whatsapp 查詢", "whatsapp 查询",
    "whatsapp查詢", "whatsapp查询", "訂枱whatsapp", "訂枱 whatsapp", "订台whatsapp",
    "订台 whatsapp", "訂座whatsapp", "订座whatsapp", "訂位whatsapp", "订位whatsapp",
    # (an operations team's shared handset, an office's WhatsApp, a reception desk's line, an
    # office to contact: ``the company ops handphone 8123 4077``, ``our office WhatsApp line
    # 8112 6040``, ``接待电话 0596-...``, ``詳情請洽辦公室 +60 4-...``)
    "ops handphone", "ops phone", "duty handphone", "duty phone", "office whatsapp",
    "接待电话", "接待電話", "洽办公室", "洽辦公室",
    # (an operator's SMS service centre: ``smsc_addr ... (SMSC-B Jurong, +65 9640 0001)``)
    "smsc",
    # (a body's round-the-clock line in Malay, a stall's or a shop's own, a platform's
    # merchant line: ``talian 24 jam kami di 03-...``, ``WhatsApp本檔 6123 4587``)
    "talian 24 jam", "本档", "本檔", "本店", "本舖", "本铺", "merchant whatsapp", "merchant line",
    # (a shop's new line after a move, a business's WhatsApp in Chinese, a workshop's line in
    # Malay: 新舖電話, WhatsApp商务号, ``call line bengkel``)
    "新舖電話", "新铺电话", "whatsapp商务号", "whatsapp商務號", "line bengkel", "talian bengkel",
    # (a shop's counter and its official handset in Taiwan: 櫃台電話, 店內公務機)
    "櫃台電話", "柜台电话", "櫃檯電話", "公務機", "公务机",
    # (a firm's, a boutique's, an enquiry line in Malay, an association's, an official
    # number, an events team in Malay)
    "firm's whatsapp", "firm whatsapp", "boutique line", "talian pertanyaan", "协会电话",
    "協會電話", "官方号码", "官方號碼", "pasukan acara",
    # (a finance department's line, an admin WhatsApp in Malay)
    "致电财务部", "致電財務部", "财务部电话", "財務部電話", "whatsapp pentadbiran",
    # (a desk's WhatsApp, an emergency line in Malay: ``our front desk WhatsApp line``,
    # ``talian kecemasan 03-...``)
    "front desk whatsapp", "talian kecemasan",
    # (a lift contractor's control room, a shop's WhatsApp, an official WhatsApp channel, a
    # parcel station's line: ``call control room 6100 7788``, 店舖WhatsApp：, WhatsApp官方頻道,
    # 驿站电话)
    "control room", "店舖whatsapp", "店铺whatsapp", "官方頻道", "官方频道", "驿站电话", "驛站電話",
    # (a secretariat's or a management's line in Malay: ``hubungi sekretariat di 03-…``,
    # ``WhatsApp pengurusan 011-…``)
    "hubungi sekretariat", "sekretariat di", "whatsapp pengurusan", "talian pengurusan",
    # (a church's line, a shop's WhatsApp for enquiries: ``the church WhatsApp line``,
    # 查詢WhatsApp 5123 8806)
    "church whatsapp", "parish whatsapp", "查詢whatsapp", "查询whatsapp", "查詢 whatsapp",
    "查询 whatsapp",
)  # fmt: skip

# An organisation's premises: an address or a fixed line right after one of these is the
# organisation's (``our service centre at 10 Anson Road``, ``the clinic, 6354 2211``),
# unless somebody's home or person is named near it (each user has its own guard).
PREMISES_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:office|offices|headquarters|hq|head office|store|shop|branch|showroom|"
    r"museum|gallery|studios?|campus|restaurant|caf[eé]|hotel|embassy|consulate|library|"
    r"hospital|clinic|school|academy|university|college|church|temple|mosque|company|firm|"
    r"factory|warehouse|facility|depot|venue|theatre|theater|stadium|station|airport|council|"
    # (a bus terminal, an exhibition centre: ``Terminal Amanjaya, Bandar Meru Raya``,
    # ``Singapore EXPO, 1 Expo Drive``)
    r"terminal|expo|exhibition cent(?:re|er)|convention cent(?:re|er)|"
    # (a law firm in Malay: ``Tetuan Azmi & Rakan, Peguamcara ..., No. 12-3, Jalan ...``)
    r"tetuan|peguamcara|"
    r"ministry|bank|"
    r"centre|center|outlet|salon|counter|reception|(?:pte\.? )?ltd|limited|sdn\.? bhd|management|"
    r"managing agent|agency|enrichment|tuition|learning cent(?:re|er)|kindergarten|preschool|"
    r"childcare|gym|fitness|dental|pharmacy|bakery|workshop|boutique|samaritans?|befrienders|"
    # (a club's house: ``lodged in writing at the clubhouse, 3 Kaki Bukit Avenue 2``)
    r"clubhouse|club house|"
    # (a business's classroom or its return locker, a licensed agency operating there:
    # ``our Robertson Quay classroom (30 Robertson Quay``, ``the 24h locker at 51 Ubi``,
    # ``beroperasi di Lot 2-15``)
    r"classroom|(?:24h|24-hour|24 hour) locker|beroperasi|operating from|operates from|"
    # ... and a company filing's ``Principal place of business:``, ``Registered address:``.
    r"place of business|registered (?:office|address)|business address|industrial estate|"
    # ... and a licence's or a business's premises (``the licensed premises at 101 ...``).
    r"licensed premises|business premises|commercial premises|"
    # ... and an MP's weekly session (``Meet-the-People Session ... at Blk 445 Fajar Rd``).
    r"meet-the-people sessions?|"
    # ... and a committee's or a review board's secretariat (``the IRB secretariat at``).
    r"secretariat|urus setia|review board|ethics committee|"
    # ... and a public building by name (``the ICA Building, 10 Kallang Road``).
    r"building|complex|mall|shopping cent(?:re|er)|department|archives?|"
    # ... and a marketing e-mail's footer (``Unsubscribe | Manage preferences | 1 Marina
    # Boulevard #28-00``).
    r"unsubscribe|manage preferences|"
    # ... and a shop's or a restaurant's receipt (``Receipt from Ho Lee Fook, 3-5 Elgin St``).
    r"receipt from|tax invoice from|invoice from|tribunals?|courts|chamber|auditorium|"
    r"concert hall|recital hall|"
    # ... and a charity's line in Macau's Portuguese (``Linha Aberta de Vida da Cáritas``).
    r"linha aberta|c[áa]ritas|"
    r"customer (?:affairs|relations|services?|care)|"
    # ... and an association or a society (``the Consumers Association of Singapore (CASE)
    # at 6277 5100``).
    r"association|society|federation|canteen|cafeteria|food court|our stall|"
    # (a coffee shop or a hawker centre: ``Ah Hock Kopitiam at Blk 51 Old Airport Road``)
    r"kopitiam|coffee ?shop|eating house|kedai kopi|hawker cent(?:re|er)|food cent(?:re|er)|"
    # ... and an estate agency, and a business's own website (``Hubungi Hartanah Prima
    # Realty 09-296 1100``, ``di laman web kami atau hubungi 03-2698 1180``).
    r"realty|hartanah|laman web kami|our website|"
    # ... and in Malay: a head office, a department, a clinic, a school, a mosque, a shop,
    # a branch, a tower or a public building by its kind (``Ibu Pejabat JPN: No. 20, ...``).
    r"ibu pejabat|pejabat|jabatan|kementerian|klinik|sekolah|masjid|surau|balai polis|pusat|"
    r"bilik gerakan|ipd|bahagian|"
    r"kedai|cawangan|kompleks|menara|wisma|bangunan|perpustakaan|muzium|universiti|kolej|"
    r"majlis|mahkamah|kilang|gudang|restoran|bilik pameran|lembaga|agensi|suruhanjaya|persatuan|"
    # (a company by the word opening its name: ``call Syarikat Sewa Genset Sinar Jaya 03-...``)
    r"syarikat|"
    # (and a firm by the word ending its name: ``call vendor Dataprint IT Services 03-...``)
    r"(?-i:(?<=[A-Z] )Services|(?<=[A-Z][a-z] )Services|(?<=[a-z] )Service|Solutions|Trading|"
    r"Technologies|Models))"
    r"(?![A-Za-z])"
    # ... in Chinese: a school's or hospital's department, a shop, a management office.
    r"|工作部|办公室|辦公室|管理处|管理處|服务中心|服務中心|学院|學院|医院|醫院|门市|門市|"
    # (a warehouse's or a factory's desk: 电话写仓库座机 0769-...)
    r"仓库|倉庫|集运仓|集運倉|工厂|工廠|"
    r"支行|分行|网点|網點|营业厅|營業廳|法院|立案庭|仲裁委|仲裁委员会|秘书处|祕書處|事务所|事務所|"
    r"律所|援助中心|服务处|服務處|庙方|廟方|寺方|宫方|宮方|店里|店裡|"
    # (a shop by its measure word or its branch: 那家店, 分店, 门店)
    r"家店|分店|门店|門店|总店|總店|樂器行|乐器行|琴行|"
    # ... and a shop's after-sales or returns desk (退货请寄回：...售后部).
    r"售后|售後|退货地址|退貨地址|退货请寄|退貨請寄|换货请寄|換貨請寄|退货中心|退貨中心|"
    r"舖頭|铺头|店舖|店铺|(?<=地下)\s?[A-Z0-9]{1,3}\s?[舖铺]|物业|物業|前台|前臺|教务处|教務處|学生处|學生處|部门|部門|"
    # ... a public body, a firm or an institution (身份證明局, 香港天文台, 銀行, 診所).
    r"政府|[\u4e00-\u9fff]{2}[局署]|天文台|热线|熱線|专线|專線|客服|委员会|委員會|公司|银行|銀行|协会|協會|基金会|基金會|"
    r"大学|大學|中学|中學|小学|小學|学校|學校|幼儿园|幼兒園|招生办|招生辦|招生处|招生處|"
    r"诊所|診所|酒店|餐厅|餐廳|图书馆|圖書館|博物馆|博物館|"
    r"事务所|事務所|律师行|律師行|"
    # ... and a job advert's or a company's place of work (工作地点：, 公司地址：).
    r"工作地[点點]|办公地[点點]|辦公地[点點]|公司地址|注册地址|註冊地址|"
    # ... and an institution speaking of itself (本院预约挂号电话, 本校, 本公司).
    r"本院|本校|本店|本公司|本中心|本行|本会|本會|校务处|校務處|"
    # ... and a public office, or any premises giving its opening hours (公证处办公时间：...).
    r"公证处|公證處|登记处|登記處|办事处|辦事處|服务大厅|服務大廳|办公时间|辦公時間|营业时间|營業時間|"
    r"总务处|總務處|办公电话|辦公電話|"
    r"开放时间|開放時間|opening hours|office hours|operating hours",
    re.IGNORECASE,
)

# Text about validating ids (a check digit said to be wrong, a test, an example): a
# labelled id-shaped value in it is a test vector, not a holder's mistyped number.
ABOUT_VALIDATING_IDS = re.compile(
    r"校验|校驗|检验|檢驗|验证|驗證|检查码|檢查碼|错误|錯誤|不正确|不正確|无效|無效|测试|測試|"
    r"示例|範例|范例|样例|样本|樣本|示范|示範|虚构|虛構|"
    # (a check that fails, not a card scan that failed: ``concession scan failed for FIN
    # G7765432N``; a test, not the ``test`` of ``latest``)
    r"(?i:invalid|wrong|(?:check(?:sum| digit| letter| character)?|validation|verification)s?\s+"
    r"(?:fails?|failed)|fails?\s+(?:the\s+)?(?:check|checksum|validation|verification)|reject|"
    r"\btest|example|sample|dummy|fictitious|placeholder)"
)

NEGATIVE_CONTEXT: tuple[str, ...] = (
    "order no",
    "order number",
    "order #",
    "order id",
    "order:",
    "tracking",
    "invoice",
    # (a supplier's quotation: ``quotation Q-2611-038``, 报价单)
    "quotation",
    "qtn",
    "报价单",
    "isbn",
    "issn",
    "sku",
    "serial no",
    "serial number",
    "version",
    "build",
    # (a CI system's run: ``Run ID 13572468013 · attempt 2``)
    "run id",
    "run #",
    "pipeline id",
    "commit",
    "hash",
    "sha1",
    "sha256",
    "md5",
    "timestamp",
    # An organisation's service number identifies nobody (the post-filter drops a phone
    # after these words too), nor a business's customer-service, booking or switchboard
    # line.
    *SERVICE_LINE_WORDS,
    "customer service line",
    "support line",
    "enquiry line",
    "box office",
    "reservations",
    "talian pertanyaan",
    "客户服务",
    # A reference's, a notice's or a summons's number (``a saman with reference 0412 8873
    # 2019``, ``Notice No. 7704 2291 0035``).
    "reference",
    "ref no",
    "notice no",
    # (a licence's or a permit's number: ``Liquor Licence No. 0912-802417``)
    "licence no",
    "license no",
    "licence number",
    "license number",
    "summons no",
    "no. saman",
    "no saman",
    "nombor saman",
    "no. notis",
    "compound no",
    "kompaun",
    # A bill's, a payment slip's or an order's number (``繳費單號 9113 0827 4410 5526``).
    "单号",
    "單號",
    # A support ticket's or a case's number (``your ticket #CS-7730185``).
    "ticket",
    "ticket no",
    "ticket #",
    "case no",
    "case #",
    "case number",
    "工单号",
    "工單號",
    # A Taiwan business's unified number (統一編號 90416280).
    "统一编号",
    "統一編號",
    "统编",
    "統編",
    # A parcel's tracking or waybill number (追蹤號碼 8213-4467-0921, 运单号, an air waybill's
    # ``AWB 176-48201937``).
    "awb",
    "mawb",
    "hawb",
    "waybill",
    "air waybill",
    "追踪号码",
    "追踪号",
    "运单号",
    "快递单号",
    "物流单号",
    # A booking's confirmation number (``nombor pengesahan 88120437``).
    "confirmation no",
    "confirmation number",
    "confirmation code",
    "nombor pengesahan",
    "no. pengesahan",
    "kod pengesahan",
    "nombor tempahan",
    "确认号",
    "確認號",
    "客戶服務",
    "服务中心",
    "服務中心",
    "txn",
    # A business's tax or company registration (``GST Reg No. M2-0123456-7``, ``UEN``).
    "gst reg",
    "gst reg no",
    "gst registration",
    "gst no",
    "company reg",
    "company registration",
    "co. reg",
    "co reg",
    "uen",
    "business registration",
    # A fundraising campaign's number (``Campaign GA-7734219``).
    "campaign",
    "campaign id",
    "transaction id",
    "订单",
    "单号",
    "运单",
    "快递",
    "物流",
    "发票",
    # A lottery's or a receipt lottery's winning number (統一發票特別獎號碼為58203716).
    "奖号码",
    "獎號碼",
    "中奖号码",
    "开奖号码",
    "winning number",
    "追踪",
    "追踪码",
    "追踪号",
    "型号",
    "型號",
    "货号",
    "貨號",
    "料号",
    "料號",
    "参考编号",
    "參考編號",
    "part",
    "part no",
    "model no",
    "serial",
    "流水号",
    "交易号",
    "序列号",
    "版本",
    "时间戳",
    "哈希",
    "批次",
    "条码",
    # Work tickets, cases, contracts and vouchers are numbered documents, not people.
    "工单",
    "报修单",
    "案号",
    "案件号",
    "合同号",
    "合同编号",
    "凭证号",
    "凭证编号",
    "单据",
    "批号",
    "提单",
    "报关单",
    # Traditional forms (Hong Kong, Macau, Taiwan)
    "訂單",
    "單號",
    "運單",
    "快遞",
    "發票",
    "序號",
    "條碼",
)
# The words above for an identity card's number: a guard house or a counter is where a
# card is shown (``Imbasan MyKad di pondok pengawal: 880612-14-5523``), not whose number
# it is, so those are left out (a hotline's words stay: a hotline's digits can take a
# card's shape, ``客服热线 400-820-8820 12月``).
_PLACES_CARDS_ARE_SHOWN = frozenset(
    {"pondok pengawal", "pos pengawal", "guardhouse", "guard house"}
)
ID_NEGATIVE_CONTEXT: tuple[str, ...] = tuple(
    w for w in NEGATIVE_CONTEXT if w not in _PLACES_CARDS_ARE_SHOWN
)

# What may sit between a context word and the value it announces ("QQ号：12345"); the
# Cantonese copula 係 (read 系; 喺 typed for it) is 是 (``QQ 係 28374651``).
_GLUE = re.compile(
    r"(?:[\s.:：=#()（）\[\]【】<>《》\"'“”/|-]|号码|编号|号|是|为|係|系|喺|帐号|账号|"
    # (a PDF form field's value key: ``/T (銀行帳號) /V (012-882-7-014593-1)``)
    r"(?<=/)V(?=\s)|"
    # (a transcript's speaker tag: ``passport number [caller] K0471829C``)
    r"\[(?i:caller|agent|customer|staff|officer|pemanggil|pegawai)\]|\[[\u4e00-\u9fff]{1,3}\]|"
    # (the part of a number given first: ``身份证前十四位 11010519880722``)
    r"前[0-9一二三四五六七八九十]{1,3}位|"
    # Malay puts the possessive after the noun: ``no. pasport saya A12345678``.
    # (and an account's word: ``my telegram handle is @jeremy_ong92``)
    r"(?i:id|is|no\.?|number|account|savings|current|handle|username|as|saya|aku|kami|dia|"
    # (and the caller's own "me on" / "me at": ``call me on 2577 3186``)
    r"ialah|adalah|me|on|at))*"
)


# A field is "the value and little else" when what is left has no digits and few words.
_STANDALONE_REST = 24
_HAS_DIGIT = re.compile(r"\d")


# Words that make a short field an amount, a sum or a code rather than a reply.  A slash
# beside a Chinese character separates fields (``李先生/9123 4567/自取``), not numbers.
_NOT_A_REPLY = re.compile(
    r"(?<![A-Za-z])(?:price|total|amount|sum|usd|sgd|hkd|myr|rm|rmb|cny|ntd|twd|id|no|ref|"
    r"code|isbn|order|invoice|tracking|version|build)(?![A-Za-z])|[$¥€£=+×÷*^#%]|"
    r"(?<![\u3400-\u9fff])/(?![\u3400-\u9fff])|"
    r"元|块|价|额|计|号|號|码|碼",
    re.IGNORECASE,
)


def is_standalone(text: str, start: int, end: int) -> bool:
    """Whether ``text`` is the value at ``[start, end)`` and a few words (a short reply)."""
    rest = (text[:start] + " " + text[end:]).strip()
    return (
        len(rest) <= _STANDALONE_REST
        and not _HAS_DIGIT.search(rest)
        and not _NOT_A_REPLY.search(rest)
    )


def first_character_guard(words: Sequence[str]) -> str:
    """A zero-width check that the next character is the first one of a word of ``words``
    (``""``: none possible, some word is empty).

    Put before a case-insensitive alternation of the words (:func:`_word_regex`: its
    look-behinds read nothing, so a word's match starts with the word's first character),
    it changes no match: it only lets the engine leave most positions after one test
    instead of one per word.  ``re`` folds case alike in a character set and a literal
    (``tests/detectors/test_context_required.py`` checks every code point).
    """
    if not words or not all(words):
        return ""
    return "(?=[" + "".join(re.escape(c) for c in sorted({w[0] for w in words})) + "])"


def word_start_guard(words: Sequence[str]) -> str:
    """A zero-width check that a word of ``words`` can start at the next character, put
    before a case-insensitive alternation of :func:`_word_regex` (``""``: none possible,
    some word is empty).

    The character is the first one of a word and, if all such words start with the
    look-behind :func:`_word_regex` gives them, no ASCII letter stands before it: the
    same test, so it changes no match (as :func:`first_character_guard`, which it
    narrows); the engine leaves a position inside a word after it instead of trying the
    look-behind of every word.
    """
    if not words or not all(words):
        return ""
    bounded = sorted({w[0] for w in words if _starts_bounded(w)})
    free = sorted({w[0] for w in words if not _starts_bounded(w)})
    parts = [f"(?=[{''.join(re.escape(c) for c in bounded)}])(?<![A-Za-z])"] if bounded else []
    if free:
        parts.append(f"(?=[{''.join(re.escape(c) for c in free)}])")
    return "(?:" + "|".join(parts) + ")"


def _starts_bounded(word: str) -> bool:
    """Whether :func:`_word_regex` wants no letter before ``word``."""
    return word.isascii() and word[:1].isalnum()


def _word_regex(words: Sequence[str]) -> str:
    """Alternation of context words, longest first; ASCII words need letter boundaries."""
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        escaped = re.escape(w)
        if _starts_bounded(w):
            escaped = r"(?<![A-Za-z])" + escaped
        if w.isascii() and w[-1:].isalnum():
            escaped += r"(?![A-Za-z])"
        parts.append(escaped)
    return "|".join(parts)


# Words of a trade's name (``Ah Hock Kopitiam - 6277 5100`` is the shop's line).
_TRADE_WORD = (
    r"(?:Kopitiam|Coffee|Cafe|Restaurant|Aircon|Service|Services|Clinic|Trading|Enterprise|"
    r"Motor|Motors|Workshop|Bakery|Movers|Mart|Store|Shop|Seafood|Catering|Renovation|Tuition|"
    r"Centre|Center|Plumbing|Electrical|Transport|Florist|Agency)\b"
)
# A person by honorific (or the Hokkien ``Ah``) and name right before a value, maybe with a
# colon, dash or bracket between: ``movers (Ah Boon 9158 0362)``, ``Mdm Tan - 9123 4567``.
_HONOURED_NAME_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:Ah|Mr|Mrs|Ms|Mdm|Madam|Uncle|Auntie|Aunty|Encik|Puan|Cik|Kak|Abang|"
    r"Pakcik|Makcik|Dr)\.?(?: (?!" + _TRADE_WORD + r")[A-Z][a-z]+){1,2} ?[:(-]? ?$"
)

# ... or a writer introducing themselves right before it (``Hi this is Derek, 9665 0213``).
_SELF_INTRO_BEFORE = re.compile(
    r"(?i:\b(?:this is|i am|i'm|it's|saya|ini)\s)(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s?[,:(-]?\s?$"
)
# ... or a name's words in capitals joined to it by underscores, as a referral code builds
# one (``ref=GOH_JUNJIE_91234880``): its first word a surname or a given name.
_JOINED_CAPS_BEFORE = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2,12})_[A-Z]{2,12}(?:_[A-Z]{2,12})?_$")


def _joined_name_before(before: str) -> bool:
    from residency.detectors.malaysia.my_given_name_recognizer import GIVEN_NAME_SET
    from residency.detectors.malaysia.my_name_recognizer import SEA_CHINESE_SURNAME_SET

    joined = _JOINED_CAPS_BEFORE.search(before)
    if joined is None:
        return False
    first = joined.group(1).title()
    return first in SEA_CHINESE_SURNAME_SET or first in GIVEN_NAME_SET


def _overlap(a: RecognizerResult, b: RecognizerResult) -> bool:
    return a.start < b.end and b.start < a.end


class CountryPatternRecognizer(PatternRecognizer):
    """A ``PatternRecognizer`` with character-window context in English and Chinese."""

    patterns: list[Pattern]  # set by PatternRecognizer.__init__ (untyped upstream)
    ENTITY: ClassVar[str]
    COUNTRY_CODE: ClassVar[str | None] = None
    PATTERNS: ClassVar[list[Pattern]]
    CONTEXT: ClassVar[list[str]] = []
    CONTEXT_ZH: ClassVar[list[str]] = []
    NEGATIVE_CONTEXT: ClassVar[tuple[str, ...]] = NEGATIVE_CONTEXT
    # Pattern names whose matches need a context word right before them.
    CONTEXT_REQUIRED: ClassVar[frozenset[str]] = frozenset()
    # Pattern names whose matches need a context word anywhere in the window around them
    # (``WhatsApp me at 9123 4567``), or a field that is the value and little else.
    CONTEXT_NEAR: ClassVar[frozenset[str]] = frozenset()
    # Whether a field holding the value and a few words (``sure it's 9123 4567``, a reply
    # to "what is your number?") counts as context: phone numbers, not ids.
    STANDALONE_IS_CONTEXT: ClassVar[bool] = False
    # Whether a person named by honorific right before the value counts as context
    # (``movers (Ah Boon 9158 0362)``): phone numbers, not ids.
    NAME_IS_CONTEXT: ClassVar[bool] = False
    CONTEXT_BEFORE: ClassVar[int] = 32
    # Whether a context word anywhere in a line's label counts, the label ending in a colon
    # right before the value (``Nombor plat kereta jiran yang … depan pagar saya: WVB
    # 8821``): plates, which nobody's service line is.
    LABEL_IS_CONTEXT: ClassVar[bool] = False
    CONTEXT_AFTER: ClassVar[int] = 16
    CONTEXT_BOOST: ClassVar[float] = 0.4
    MAX_CONTEXT_SCORE: ClassVar[float] = 1.0
    # Compiled patterns one of which searches every text where ``extra`` finds something
    # (the pre-filter's gate for a recognizer with extra findings; none: always run).
    EXTRA_PATTERNS: ClassVar[tuple[re.Pattern[str], ...]] = ()
    # Patterns are case-sensitive (Presidio's default flags include IGNORECASE).
    REGEX_FLAGS: ClassVar[int] = re.DOTALL | re.MULTILINE

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        supported_language: str = "en",
        supported_entity: str | None = None,
        name: str | None = None,
    ) -> None:
        # Both word lists apply to both languages: records mix English and Chinese.
        context = list(context) if context else [*self.CONTEXT, *self.CONTEXT_ZH]
        super().__init__(
            supported_entity=supported_entity or self.ENTITY,
            patterns=list(patterns) if patterns else list(self.PATTERNS),
            context=context,
            supported_language=supported_language,
            name=name or f"{type(self).__name__}_{supported_language}",
            global_regex_flags=self.REGEX_FLAGS,
            country_code=self.COUNTRY_CODE,
        )
        # Words and text are compared in their Simplified reading (one character for one):
        # a Simplified list word announces a Traditional value (聯繫電話, 帳號) and back.
        positive_words = _with_hans(context)
        negative_words = _with_hans(self.NEGATIVE_CONTEXT)
        positive = _word_regex(positive_words)
        negative = _word_regex(negative_words)
        # (each word search tried only where a word's first character stands, the outer
        # guard, and then only where one of the words can start: see word_start_guard)
        # (the expressions are compiled on first use, once per process for all the
        # recognizers sharing them: most recognizers never see a match, and compiling the
        # word lists was most of the scanner's start-up)
        self._positive_source = (
            first_character_guard(positive_words)
            + f"(?:{word_start_guard(positive_words)}(?:{positive}))"
            if positive
            else None
        )
        self.patterns = [self._needing_context(p, context) for p in self.patterns]
        # A lookahead finds overlapping words ("加微信号" holds both 加微 and 微信号); a
        # negative word is tried first where both start ("call centre" before "call").
        self._any_word_source = (
            first_character_guard([*positive_words, *negative_words])
            + "(?="
            + "|".join(
                f"(?P<{g}>{word_start_guard(words)}(?:{rx}))"
                for g, rx, words in (
                    ("neg", negative, negative_words),
                    ("pos", positive, positive_words),
                )
                if rx
            )
            + ")"
        )

    @property
    def _positive(self) -> re.Pattern[str] | None:
        """The context words, any of them (compiled on first use)."""
        source = self._positive_source
        return None if source is None else _compiled_words(source)

    @property
    def _any_word(self) -> re.Pattern[str]:
        """The negative words (group ``neg``) and the positive ones (``pos``), overlapping."""
        return _compiled_words(self._any_word_source)

    def _needing_context(self, pattern: Pattern, context: Sequence[str]) -> Pattern:
        """``pattern`` itself, or for a ``CONTEXT_REQUIRED`` one a copy that finds nothing in
        a text holding none of the context words (all its matches would be dropped)."""
        if pattern.name not in self.CONTEXT_REQUIRED:
            return pattern
        twin: Any = copy.copy(pattern)  # Presidio types compiled_regex as None
        flags = self.global_regex_flags
        twin.compiled_regex = _ContextRequired(
            regex.compile(pattern.regex, flags=flags), _with_hans(context)
        )
        twin.compiled_with_flags = flags
        return twin

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Pattern matches, then context from the characters around each match."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        kept = []
        for result in results:
            if self._apply_context(text, result) and self.keep(text, result):
                kept.append(result)
        if self.ENTITY in entities:
            kept += [r for r in self.extra(text) if not any(_overlap(r, k) for k in kept)]
        return kept

    def keep(self, text: str, result: RecognizerResult) -> bool:
        """Last check of a match in its text (override: organisations' premises ...)."""
        return True

    def extra(self, text: str) -> list[RecognizerResult]:
        """Findings beyond the patterns' (override: a holder's own mistyped number); those
        overlapping a pattern's finding are dropped."""
        return []

    def _apply_context(self, text: str, result: RecognizerResult) -> bool:
        """Adjust one result in place from its surroundings; False drops it."""
        before = text[max(0, result.start - self.CONTEXT_BEFORE) : result.start]
        kind, nearest, glue = self._nearest_word(before)
        if kind is None and self.LABEL_IS_CONTEXT:
            # (a longer label, its word further back, then a colon right before the value)
            label = _LABEL_BEFORE.search(text, max(0, result.start - _LABEL_CHARS), result.start)
            if label is not None:
                # (a boost only: a value that needs its word right before it still does)
                kind, nearest, _ = self._nearest_word(label.group(1))
                kind = kind if kind == "pos" else None
        adjacent = kind is not None and _GLUE.fullmatch(glue) is not None
        if adjacent and kind == "neg" and TURN_BREAK not in glue:
            return False  # an order/invoice word in an earlier chat turn does not count
        explanation = result.analysis_explanation
        pattern_name = explanation.pattern_name if explanation else None
        if (
            pattern_name in self.CONTEXT_REQUIRED
            and not (
                adjacent
                and kind == "pos"
                and self.adjacent_ok(glue, text[result.start : result.end])
            )
            and not self.announced_elsewhere(text, result)
        ):
            return False
        word: str | None = nearest if kind == "pos" else None
        if word is None and self._positive is not None:
            after = self._positive.search(
                _reading(text[result.end : result.end + self.CONTEXT_AFTER])
            )
            word = after.group(0) if after else None
        if (
            word is None
            and self.STANDALONE_IS_CONTEXT
            and is_standalone(text, result.start, result.end)
        ):
            word = "(standalone value)"
        if (
            word is None
            and self.NAME_IS_CONTEXT
            and (
                _HONOURED_NAME_BEFORE.search(before)
                or _SELF_INTRO_BEFORE.search(before)
                or _joined_name_before(before)
            )
        ):
            word = "(a person named before it)"
        if word is None and pattern_name in self.CONTEXT_NEAR:
            return False
        if word is not None:
            boosted = min(result.score + self.CONTEXT_BOOST, self.MAX_CONTEXT_SCORE)
            result.score = max(result.score, boosted)
            result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
            if explanation is not None:
                explanation.set_supportive_context_word(word)
                explanation.set_improved_score(result.score)
        return True

    def _nearest_word(self, before: str) -> tuple[str | None, str, str]:
        """Kind ("pos"/"neg"), text and trailing glue of the context word ending last."""
        best: tuple[int, int, str, str] | None = None
        neg_ends: set[int] = set()
        before = _reading(before)  # the glue too: 號碼 is 号码
        for m in self._any_word.finditer(before):
            kind = m.lastgroup
            if kind is None:
                continue
            if kind == "neg":
                neg_ends.add(m.end(kind))
            key = (m.end(kind), m.end(kind) - m.start(kind), kind, m.group(kind))
            if best is None or key[:2] > best[:2]:
                best = key
        if best is None:
            return None, "", before
        start = best[0] - best[1]
        # (a negative word negated is none: ``bapa (bukan nombor pejabat): 019-…``, "not the
        # office number")
        if best[2] == "neg" and _NEGATION_BEFORE.search(before, max(0, start - 16), start):
            return None, "", before
        glued = start in neg_ends or (start - 1 in neg_ends and before[start - 1 : start] == " ")
        if best[2] == "pos" and glued:
            # A negative word glued to the positive one makes one compound: 發票號碼,
            # 訂單號碼, "part number" are an invoice's, an order's, a part's number.
            return "neg", best[3], before[best[0] :]
        return best[2], best[3], before[best[0] :]

    def adjacent_ok(self, glue: str, value: str) -> bool:
        """Extra check for context-required matches (override to be stricter)."""
        return True

    def announced_elsewhere(self, text: str, result: RecognizerResult) -> bool:
        """Whether a context-required match is announced in a way a context word before it
        cannot say (override: ``@jolene.tan on Instagram``)."""
        return False


@functools.lru_cache(maxsize=64)
def _hans_text(text: str) -> str:
    """:func:`_reading` of a whole text, once for the several recognizers that ask."""
    return _reading(text)


# A label of a line or a clause (no sentence's end in it) and the colon ending it right
# before a value.
_LABEL_CHARS = 96
_LABEL_BEFORE = re.compile(r"(?:^|(?<=[\n。！？!?;；|]))([^\n。！？!?;；|:：]{1,90})[:：]\s*$")


@functools.cache
def _compiled_words(source: str) -> re.Pattern[str]:
    return re.compile(source, re.IGNORECASE)


def _reading(text: str) -> str:
    """How context is compared: Simplified characters (one for one), and Taiwan's 身分
    read as 身份 (``身分證字號`` announces a MyKad or an NRIC as ``身份证`` does), and a
    key's underscore before ``id`` as a space (``"LINE_ID":`` announces an id as ``LINE
    ID:`` does; ``call_20261203`` and ``policy_no`` stay as they are)."""
    return _KEY_ID.sub(" ", to_hans(text).replace("身分", "身份"))


_KEY_ID = re.compile(r"(?<=[A-Za-z])_(?=(?i:id)(?![A-Za-z0-9]))")


def _with_hans(words: Sequence[str]) -> list[str]:
    """``words`` in their Simplified reading (context is matched in that reading)."""
    return [_reading(w) for w in words]


class _ContextRequired:
    """A compiled ``CONTEXT_REQUIRED`` pattern that finds nothing, without searching, in a
    text where no context word occurs anywhere.

    Such a match is kept only when a positive context word ends right before it, and a word
    found in a window of the text is in the text: the words are looked for as bare
    substrings (no word boundaries, same case folding as ``_any_word``), which is looser
    than the window check, so nothing it would keep is skipped.
    """

    __slots__ = ("_last", "_rx", "_words")

    def __init__(self, rx: Any, words: Sequence[str]) -> None:
        self._rx = rx
        alternation = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
        self._words = re.compile(
            first_character_guard(words) + f"(?:{alternation})" if alternation else "(?!)",
            re.IGNORECASE,
        )
        # The last text asked about and the answer (the gate's search and the recognizer's
        # finditer ask about the same text in a row); one tuple, so threads never see a
        # text paired with another text's answer.
        self._last: tuple[str, bool] = ("", False)

    def possible(self, text: str) -> bool:
        last = self._last
        if last[0] is text:
            return last[1]
        # ``words`` are in their Simplified reading (see ``_with_hans``); so is the text.
        found = self._words.search(_hans_text(text)) is not None
        self._last = (text, found)
        return found

    def finditer(self, text: str, *args: Any, **kwargs: Any) -> Any:
        return self._rx.finditer(text, *args, **kwargs) if self.possible(text) else iter(())

    def search(self, text: str, *args: Any, **kwargs: Any) -> Any:
        return self._rx.search(text, *args, **kwargs) if self.possible(text) else None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._rx, name)


# Context words shared by the phone recognizers of Hong Kong, Singapore and Malaysia
# (English, Malay, Chinese); each adds its own place names.
# Family members and next of kin a bare eight-digit number is given for (``DNR signed by
# daughter (Ong P.L., 9265 4471)``): Singapore's and Hong Kong's numbers need a word nearby.
FAMILY_CONTEXT = [
    "daughter", "son", "wife", "husband", "mother", "father", "mum", "mom", "dad", "brother",
    "sister", "next of kin", "nok", "caregiver",
]  # fmt: skip
# A phone's icons, which stand for the word (``📞 011-2087 4431``).
PHONE_ICONS = ("📞", "☎", "📱")
PHONE_CONTEXT = [
    # (a number to message somebody at: ``ping him at 9128 4407``)
    "ping him at",
    "ping her at",
    "ping me at",
    # (or to reply to somebody at: ``reply to the parent at 9821 6637``)
    "parent at",
    "parents at",
    "mother at",
    "father at",
    "mum at",
    "dad at",
    # (a number somebody asks to have changed: ``my number changed, pls update to 8612
    # 0475``)
    "update to",
    "changed to",
    "new number",
    "phone",
    "mobile",
    "handphone",
    # (a telco's record of a subscriber's number: ``msisdn=60137742091``, an SMS gateway's
    # ``dest_addr=85263917254``, a switch's ``calling party``)
    "msisdn",
    "dest_addr",
    "source_addr",
    "destination_addr",
    "calling party",
    "called party",
    "calling number",
    "called number",
    "hp",
    "h/p",
    # (a home line's label after it, as a fax header prints it: ``FROM: 6452 8817 (HOME)``)
    "(home)",
    "(rumah)",
    "tel",
    "call",
    "callback",
    "call-back",
    "ring",
    "text",
    "sms",
    "whatsapp",
    # (Malaysian and Singaporean chat's WhatsApp: ``WS adik kat 011-...``, ``wasap``)
    "ws",
    "wasap",
    "wa",
    "wa me",
    "reach",
    "contact",
    # Chat slang for "contact me on": ``hit me up on 9284 1684``, ``msg me at``.
    "hit me up",
    "hmu",
    "msg me",
    # A private message or an inbox (``kalau nk order pm dia terus 013...``, ``dm 9123 ...``).
    # (as a phrase: a bare ``pm`` is also the time, ``Fri 7.45pm``)
    "pm dia",
    "pm me",
    "pm saya",
    "pm aku",
    "pm terus",
    "pm je",
    "dm me",
    "dm dia",
    "inbox",
    "mesej",
    "message me",
    "ping me",
    "buzz me",
    "phone number",
    "contact number",
    "my number",
    # (or asked for by itself: ``Just the number pls: 8132 0947``)
    "number pls",
    # (a home's fixed line: ``my home line is 03-6142 2851.``)
    "home line",
    "house line",
    "home number",
    "house phone",
    "home phone",
    "landline",
    "my line",
    "number please",
    # Somebody else's number, or one announced: "gave me his number", "the number is".
    "his number",
    "her number",
    "your number",
    "their number",
    "number is",
    # Cantonese mixing English: ``佢個 number 係 9634 6764`` (his number is).
    "number 係",
    "number係",
    "個 number",
    "個number",
    "嘅 number",
    "嘅number",
    # "my no. is 8880 8622", and a delivery form's receiver (``Receiver: Siti | 6522 2632``).
    "my no",
    "my num",
    # (``my new no. is 9024 7713``; calls made to it: ``five calls to 5589 3026``)
    "new no",
    "calls to",
    # (a phone's call log: ``01:47 outgoing 9682 4415``, ``incoming 8123 7709 (missed)``; a
    # caller's number: ``the owner called from 6329 4815``)
    "outgoing",
    "incoming",
    "missed call",
    "called from",
    "calling from",
    "his no",
    "her no",
    "receiver",
    "recipient",
    "penerima",
    "nombor",
    # A Malaysian e-wallet paid to by phone number (``transfer to TNG eWallet 018-...``).
    "ewallet",
    "e-wallet",
    "tng",
    "duitnow",
    "no. hp",
    "no hp",
    "hubungi",
    "telefon",
    # Colloquial Malay spelling of "phone": ``no fon``, ``nombor fon``, ``fon bimbit``.
    "fon",
    "talian",
    "nombor telefon",
    "no. telefon",
    "no. tel",
    "panggil",
    # Payment ids that are phone numbers (Hong Kong's FPS and PayMe, Singapore's PayNow,
    # Malaysia's DuitNow): ``FPS 6288 1937``.
    "fps",
    "payme",
    "paynow",
    # (and DBS's PayLah!, paid to by phone number: ``his paylah 9653 8804``)
    "paylah",
    "duitnow",
    # "Ask for X" before the number that reaches X.
    "ask for",
    # The phone's icons: ``📞 011-2087 4431``.
    *PHONE_ICONS,
    # Tamil (Singapore, Malaysia): telephone, mobile, phone.
    "தொலைபேசி",
    "கைபேசி",
    "அலைபேசி",
    "கைத்தொலைபேசி",
    "போன்",
]
PHONE_CONTEXT_ZH = [
    "电话",
    "電話",
    "手机",
    "手機",
    "联系",
    "聯絡",
    "联络",
    "号码",
    "號碼",
    "致电",
    "致電",
    "转数快",
    "轉數快",
    # Calling verbs (请打, Cantonese 打俾/打畀 "call", 拨打): ``有見到請打9512 6038``.
    "请打",
    "請打",
    "打俾",
    # (and "call me back" in Cantonese: ``你打返俾我 6930 4571 啦``)
    "打返俾",
    "打返畀",
    "打畀",
    "拨打",
    "撥打",
    "打电话",
    "打電話",
    # (Cantonese "call here": 你得閒打嚟 6633 9120)
    "打嚟",
    "打过嚟",
    "打過嚟",
    # (Cantonese "mobile": 打我手提 9187 3345)
    "手提",
    # A parcel's recipient, as "recipient" in English: a name, then the number.
    "收件人",
    "收货人",
    "收貨人",
    # A caller's number as a phone shows it (收到個陌生來電 5642 0718, 未接来电); not a shop's
    # "welcome to call" (欢迎来电).
    "陌生来电",
    "陌生來電",
    "未接来电",
    "未接來電",
    "来电号码",
    "來電號碼",
    "来电显示",
    "來電顯示",
]


# A word that negates the context word after it (``bukan nombor pejabat``, ``not the office
# line``, 不是公司電話).
_NEGATION_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?:bukan|not|not the|not my)\s(?:nombor |no\.? |number |the )?|非|不是|唔係)$",
    re.IGNORECASE,
)


# The score of a labelled id whose check digit fails.
MISTYPED_ID_SCORE = 0.6


class MistypedIdRecognizer(CountryPatternRecognizer):
    """An id given right after its label whose check digit fails: a mistyped number that
    still points to its holder, so it is kept (fail closed) -- except in text about
    validating ids (:data:`ABOUT_VALIDATING_IDS`), where it is a test vector.

    Subclasses give the labelled pattern (at :data:`MISTYPED_ID_SCORE`) and a
    ``validate_result`` that rejects a valid number (the main recognizer reports it).
    """

    def keep(self, text: str, result: RecognizerResult) -> bool:
        return ABOUT_VALIDATING_IDS.search(text) is None
