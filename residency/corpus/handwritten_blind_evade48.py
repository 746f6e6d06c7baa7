# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set evade48: personal data with digits in other scripts (Tamil, Devanagari, Arabic-Indic, Thai, full-width, Roman, 大写 numerals, mixed). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-evade48
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("zh-Hans", "大写金额与票据"): _lines("""
        人民币（大写）：壹拾贰万叁仟肆佰伍拾陆元柒角捌分；（小写）¥123,456.78。
        根据《支付结算办法》，中文大写金额数字应用正楷或行书填写，如壹、贰、叁、肆、伍、陆、柒、捌、玖、拾、佰、仟、万、亿、元、角、分、零、整。
        支票出票日期必须使用中文大写，如“贰零贰伍年零壹月壹拾伍日”；月为壹、贰和壹拾的，应在其前加“零”。
        本合同总价款为人民币叁佰陆拾捌万元整（¥3,680,000.00），含13%增值税；甲方：深圳市鹏城建设工程有限公司，乙方：广东华穗机电设备有限公司。
        发票号码：25442000000187356201，开票日期2025年11月28日，价税合计（大写）柒仟玖佰壹拾元整（小写）¥7,910.00。
        收据　今收到________（单位/个人）交来________款，人民币（大写）____万____仟____佰____拾____元____角____分，收款人签章：________
        红包写“壹仟零捌拾捌”取“要发要发”的谐音，是广东一带婚宴上很常见的礼金数。
        银行柜台提示：¥1,409.50 应写成“人民币壹仟肆佰零玖元伍角”，中间连续的零只写一个“零”字。
        采购项目编号 GZCG-2025-0417，最高限价人民币贰佰捌拾万元整，投标保证金伍万元整；咨询电话 020-8316 2200（市政府采购中心）。
        国务院办公厅　二〇二五年十一月二十八日（此件公开发布）
        物业费公示：住宅每月每平方米贰元伍角，商铺每月每平方米陆元整，自二〇二六年一月一日起执行。
        Excel小技巧：=TEXT(A1,"[DBNum2]") 能把1234变成壹仟贰佰叁拾肆，做报销单的时候特别好用
    """),
    ("en", "unicode digit handling"): _lines("""
        In Python, '௧௨௩'.isdigit() is True and int('௧௨௩') returns 123, because int() accepts any Unicode Nd digit.
        JavaScript's /\\d/ only matches ASCII 0-9; use /\\p{Nd}/u if you want Arabic-Indic ٣ or Thai ๓ to match.
        ICU with locale th-TH-u-nu-thai formats 1234.56 as ๑,๒๓๔.๕๖.
        U+0BE6–U+0BEF are the Tamil digits zero to nine; U+0BF0 ௰ (ten), U+0BF1 ௱ (hundred) and U+0BF2 ௲ (thousand) are separate number signs.
        NFKC folds full-width ０１２ to ASCII 012 but leaves Devanagari ०१२ untouched, so call unicodedata.digit() on those as well.
        v2.14.3 (2025-11-18): phone parser now accepts Eastern Arabic (U+0660–U+0669) and Persian (U+06F0–U+06F9) digits, fixes #4172.
        assert normalize_digits("٠١٢٣-٤٥٦٧٨٩") == "0123-456789"
        Store phone numbers only after digit normalisation, otherwise '０１２３' and '0123' end up as two rows under the same UNIQUE index.
        Validation regex for Thai mobile numbers written in Thai digits: ^๐[๖๘๙][๐-๙]{8}$
        CLDR numbering system "hanidec" uses 〇一二三四五六七八九 positionally, whereas "hans" and "hansfin" are algorithmic (十百千 / 拾佰仟).
        Please don't paste real Aadhaar, NRIC or 身份证 numbers into bug reports — use the synthetic fixtures in tests/data/ids_synthetic.json.
        commit 7c41e09b: luhn() now maps Devanagari and Arabic-Indic digits before checksumming card input (closes #588)
    """),
    ("ta", "அறிவிப்புகள்"): _lines("""
        திருக்குறள் ௧௩௩ அதிகாரங்களில் ௧௩௩௦ குறள்களைக் கொண்டது; இதை இயற்றியவர் திருவள்ளுவர்.
        அருள்மிகு மீனாட்சி அம்மன் திருக்கோயில் சித்திரைத் திருவிழா ஏப்ரல் ௨௧ முதல் மே ௨ வரை நடைபெறும்.
        ஸ்ரீ மாரியம்மன் கோவில், ௨௪௪ சவுத் பிரிட்ஜ் சாலை, சிங்கப்பூர் — தரிசன நேரம் காலை ௭ மணி முதல் மதியம் ௧௨ மணி வரை.
        ௨௦௨௬–௨௭ கல்வியாண்டு சேர்க்கை: விண்ணப்பம் சமர்ப்பிக்க கடைசி நாள் ௧௫.௦௩.௨௦௨௬; மாணவர் பெயர் ____________, பெற்றோர் கைபேசி ____________
        இன்றைய பூ விலை: மல்லிகை ஒரு முழம் ₹௩௦, கனகாம்பரம் ₹௨௫, ரோஜா ஒரு கட்டு ₹௫௦.
        அவசர உதவிக்கு: காவல் ௧௦௦, ஆம்புலன்ஸ் ௧௦௮, தீயணைப்பு ௧௦௧ — இலவச அழைப்பு.
        மகாகவி பாரதியார் ௧௮௮௨ டிசம்பர் ௧௧ அன்று எட்டயபுரத்தில் பிறந்தார்.
        திருமண அழைப்பிதழ் மாதிரி: மணமகன் ____________ மணமகள் ____________ நாள் ____ முகூர்த்தம் காலை ___ மணி முதல் ___ மணிக்குள்.
        வைகை விரைவு வண்டி (௧௨௬௩௫) சென்னை எழும்பூரிலிருந்து மதுரைக்கு தினமும் இயக்கப்படுகிறது.
        ௨௦௧௧ மக்கள்தொகை கணக்கெடுப்பின்படி தமிழ்நாட்டின் மக்கள்தொகை ௭,௨௧,௪௭,௦௩௦.
        தமிழ் எண்கள் ௧ ௨ ௩ ௪ ௫ ௬ ௭ ௮ ௯ ௰ இன்று பெரும்பாலும் பஞ்சாங்கங்களிலும் கோயில் கல்வெட்டுகளிலும் மட்டுமே காணப்படுகின்றன.
        கடை எண் ௧௨, லிட்டில் இந்தியா ஆர்கேட், ௪௮ சிராங்கூன் சாலை — தீபாவளி சிறப்பு தள்ளுபடி ௨௦%.
    """),
    ("hi", "सार्वजनिक सूचना"): _lines("""
        ट्रेन संख्या १२३०१ हावड़ा–नई दिल्ली राजधानी एक्सप्रेस प्रतिदिन शाम १६:५० बजे हावड़ा से प्रस्थान करती है।
        आपातकालीन नंबर: पुलिस ११२, एम्बुलेंस १०८, महिला हेल्पलाइन १०९१, चाइल्डलाइन १०९८।
        महात्मा गांधी का जन्म २ अक्टूबर १८६९ को पोरबंदर में हुआ था।
        कृपया अपना आधार नंबर या OTP किसी अनजान कॉल पर न बताएं; UIDAI कभी OTP नहीं मांगता। शिकायत के लिए टोल-फ्री १९४७ पर कॉल करें।
        नगर निगम संपत्ति कर: वार्ड क्रमांक १७ में आवासीय दर ₹४.५० प्रति वर्ग फुट प्रति वर्ष, ३१ मार्च तक भुगतान पर ५% छूट।
        नाम: ____________ पिता/पति का नाम: ____________ जन्म तिथि: __/__/____ आधार संख्या: XXXX XXXX ____
        जनगणना २०११ के अनुसार भारत की जनसंख्या १,२१,०८,५४,९७७ थी।
        शर्मा स्वीट्स, चांदनी चौक — मोतीचूर लड्डू ₹४८० प्रति किलो, दुकान का फ़ोन ०११-२३२७ ४५६०।
        नेपाल राष्ट्र बैंक विनिमय दर (२०८२/०८/१९): १ अमेरिकी डलर = रु. १४२.३५ (खरीद)।
        सचिन तेंदुलकर ने टेस्ट क्रिकेट में १५,९२१ रन बनाए, जो आज भी एक रिकॉर्ड है।
        चंद्रयान-३ का लैंडर विक्रम २३ अगस्त २०२३ को चंद्रमा के दक्षिणी ध्रुव के पास उतरा।
        आदेश संख्या ४१७/स्था./२०२५ — सभी विभागाध्यक्ष कृपया कर्मचारियों के व्यक्तिगत रिकॉर्ड केवल कार्यालय के सर्वर पर ही रखें।
    """),
    ("ar", "إعلانات وأسعار"): _lines("""
        عرض خاص: هاتف جالكسي A٥٦ بسعر ١٬٢٩٩ درهم بدلاً من ١٬٥٩٩ درهم — حتى نفاد الكمية.
        سورة البقرة أطول سور القرآن الكريم، وعدد آياتها ٢٨٦ آية.
        للاستفسارات الصحية اتصل بمركز الاتصال الموحد لوزارة الصحة على الرقم ٩٣٧ على مدار الساعة.
        أوقات الصلاة اليوم في مكة المكرمة: الفجر ٥:٢٣، الظهر ١٢:٢٢، العصر ٣:٢٥، المغرب ٥:٤٦، العشاء ٧:١٦.
        فاتورة رقم INV-٢٠٢٥-٠٠٤٨١٧ بتاريخ ٢٠٢٥/١١/٣٠، المبلغ المستحق ٣٤٥٫٧٥ ريال شاملاً ضريبة القيمة المضافة ١٥٪.
        رقم التتبع ٧٧٤٥٢١٩٠٣٣٦٨: شحنتك وصلت إلى مركز الفرز في الرياض وستُسلَّم خلال ٢-٣ أيام عمل.
        نموذج: الاسم الكامل ________ رقم الهوية ١٠xxxxxxxx رقم الجوال ٠٥xxxxxxxx البريد الإلكتروني ________
        وُلد ابن خلدون في تونس سنة ٧٣٢ هـ الموافق ١٣٣٢ م، وهو صاحب «المقدمة».
        سجّل محمد صلاح ٣٢ هدفاً في الدوري الإنجليزي الممتاز في موسم ٢٠١٧–٢٠١٨.
        مستشفى الملك فيصل التخصصي ومركز الأبحاث: العيادات الخارجية من ٧:٣٠ صباحاً حتى ٤:٠٠ مساءً، من الأحد إلى الخميس.
        رحلة رقم EK٥٠٢ إلى مومباي تغادر من البوابة B١٢ الساعة ٢٢:٤٥ — يُرجى التوجه إلى البوابة قبل ٣٠ دقيقة.
    """),
    ("th", "ประกาศและข่าว"): _lines("""
        ประกาศกรมการปกครอง ลงวันที่ ๑๕ พฤศจิกายน พ.ศ. ๒๕๖๘ เรื่อง ขยายเวลาให้บริการทำบัตรประจำตัวประชาชนในวันเสาร์
        สายด่วนฉุกเฉิน: เหตุด่วนเหตุร้าย ๑๙๑ เจ็บป่วยฉุกเฉิน ๑๖๖๙ ตำรวจท่องเที่ยว ๑๑๕๕
        พระราชบัญญัติเลิกทาส ร.ศ. ๑๒๔ (พ.ศ. ๒๔๔๘) ประกาศใช้ในรัชสมัยพระบาทสมเด็จพระจุลจอมเกล้าเจ้าอยู่หัว
        ราคาน้ำมันวันนี้ แก๊สโซฮอล์ ๙๕ ลิตรละ ๓๗.๐๕ บาท ดีเซล ๓๒.๙๔ บาท มีผลตั้งแต่ ๐๕.๐๐ น.
        แบบฟอร์ม: ชื่อ-นามสกุล ........................ เลขประจำตัวประชาชน _-____-_____-__-_ โทรศัพท์ ........................
        โรงพยาบาลศิริราช เปิดคลินิกพิเศษนอกเวลาราชการ วันจันทร์–ศุกร์ เวลา ๑๖.๓๐–๒๐.๓๐ น.
        เลขพัสดุ EF๕๘๒๐๑๔๗๓๖TH สถานะ: นำจ่ายสำเร็จ ๐๔/๑๒/๒๕๖๘ ๑๔:๓๒
        ผลสลากกินแบ่งรัฐบาล งวดวันที่ ๑ ธันวาคม ๒๕๖๘ รางวัลที่ ๑ ๘๔๗๒๐๑ เลขท้าย ๒ ตัว ๓๕
        ใบเสร็จรับเงินเลขที่ ๐๐๔๑๒๗ ร้านข้าวมันไก่ประตูน้ำ ข้าวมันไก่ ๒ จาน น้ำเปล่า ๑ ขวด รวม ๑๒๐ บาท
        มาตรา ๒๖ แห่งพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. ๒๕๖๒ ห้ามเก็บข้อมูลสุขภาพโดยไม่ได้รับความยินยอมโดยชัดแจ้ง
        มหาวิทยาลัยธรรมศาสตร์ก่อตั้งเมื่อวันที่ ๒๗ มิถุนายน พ.ศ. ๒๔๗๗ โดยนายปรีดี พนมยงค์
    """),
    ("en", "roman numerals"): _lines("""
        Super Bowl LVIII was played on February 11, 2024, in Las Vegas.
        King Charles III was crowned at Westminster Abbey on 6 May 2023.
        Louis XIV reigned from MDCXLIII to MDCCXV, the longest recorded reign of any European monarch.
        Pope Leo XIV celebrated his inauguration Mass in St Peter's Square on 18 May 2025.
        Many clock faces show IIII instead of IV — watchmakers call it the "clockmaker's four".
        © MMXXV Northwind Press Ltd. All rights reserved. ISBN 978-0-306-40615-7
        Exam venue: Lecture Theatre XII, Block B, Faculty of Engineering — CS2040 final, 28 Nov, 9am, bring your matric card.
        Henry VIII Antiques Ltd — invoice HVIII-2025-0391, 1 Georgian writing desk, total £1,240.00 incl. VAT
        Apollo XI landed on the Moon on 20.VII.1969.
        The Equal Protection Clause is in Section 1 of Amendment XIV to the US Constitution.
        Games of the XXXIII Olympiad, Paris 2024 — 329 events in 32 sports.
    """),
    ("zh-Hant", "全形數字"): _lines("""
        臺北市政府市民當家熱線１９９９，外縣市請撥０２－２７２０－８８８９。
        統一發票１１４年９–１０月期特別獎號碼：１７４８２９０３，請於領獎期間內兌領。
        ７－ＥＬＥＶＥＮ取貨門市店號：１８２７４５，取貨截止日：１２／１０，逾期將退回。
        訂單編號：ＰＣ２５１２０４００８８１７，共３件，應付金額ＮＴ＄１，２８０（含運）。
        國父孫中山先生於１８６６年１１月１２日出生於廣東香山。
        消費者委員會投訴熱線：２９２９　２２２２（辦公時間內）。
        填寫範例：姓名：王小明　身分證字號：Ａ１２３４５６７８９（此為範例，請勿照抄）
        中正紀念堂　臺北市中正區中山南路２１號　開放時間０９：００－１８：００
        本大樓將於１２月１５日（一）０９：００～１７：００停水，請住戶預先儲水。管理委員會　敬啟
        綜合所得稅稅率級距：５％、１２％、２０％、３０％、４０％。
        法定最低工資由２０２５年５月１日起調升至每小時港幣＄４２．１。
    """),
    ("mixed", "multi-script notices"): _lines("""
        Lazada order ＬＺ２０２5１２０٣٤٤٨١٧ is delayed due to the year-end sale, sorry for the inconvenience.
        Do not feed the birds — Max fine $10,000 / 请勿喂鸟，最高罚款１０，０００元 / பறவைகளுக்கு உணவளிக்க வேண்டாம் — அதிகபட்ச அபராதம் ௧௦,௦௦௦ வெள்ளி
        Masukkan PIN / 请输入密码 / PIN-ஐ உள்ளிடவும் — OCBC 24-hour hotline 1800 363 3333
        Bug #2291: with locale ar-EG the receipt prints ٢٠٢٥-١٢-٠٤ ١٤:٣٢ and the import job fails; release ٣.١२.0 forces latn digits.
        Deepavali / 屠妖节 / தீபாவளி — ௨௦-௧௦-௨௦௨௫ — public holiday in Singapore and Malaysia.
        Stall #０１-２３, Tekka Centre, 665 Buffalo Road — 面档 closed Mondays, thosai $２.５० (price tag printer mixing digit scripts again)
        Invoice total: SGD ２,４८०.٠٠ (scanner mixed the digit scripts — please re-key before posting to the ledger)
        Talian Kasih ١٥٩٩٩ / Talian Kasih 15999 — 24 jam, percuma.
        Kedai Runcit Ah Seng — Milo 2kg RM３８.９０, beras 10kg RM３２, buka 7 pagi – ١٠ malam
        Build ७.٣.２-rc1 (sha256 4e1f0c9a2b) failed on the th-TH runner: expected "12:30", got "๑๒:๓๐".
    """),
}

PERSONAL: dict[str, list[str]] = {
    "zh-Hans": _lines("""
        出九成新婴儿推车，广州天河同城自提，加微信或打电话 壹叁捌壹贰柒陆肆伍玖零，陈小姐，非诚勿扰
        我身份证号是４４０１０６１９８７０３１２４５２０，名字叫黄嘉敏，帮我看看这个房贷预审材料还差什么
        张建华的手机号我念给你：幺五九 二零三四 八八幺七，他是我们楼上１５０２的租客，欠了三个月房租
        工资条｜姓名：王海燕｜工号 HR-0417｜应发工资：人民币壹万叁仟伍佰元整｜个税：贰佰捌拾元｜实发：壹万贰仟肆佰壹拾元
        借条　今借到周立明人民币伍万元整（¥50,000.00），借款人：孙浩，身份证号：叁贰零壹零贰壹玖柒肆壹壹叁零伍伍玖贰，于二〇二六年六月三十日前归还。
        我妈周桂芳今年陆拾柒岁，上个月在湘雅医院查出乳腺癌二期，现在在做化疗，家里住长沙开福区
        房租转到６２１７ ００１２ ８８３４ ６５１７（建行），户名李文静，备注十二月房租，谢谢房东
        快递一直说联系不上，我电话是186７30１22４5，收件人赵丽，杭州西湖区文三路４７８号华星时代广场对面小区
        （２０２５）粤０１０６民初１２３４５号　原告何晓东诉被告林建平民间借贷纠纷一案，被告住广州市天河区龙口西路８６号７栋２２０３
        黄子轩，初二（Ⅶ）班，学号２０２４０７１５，他有哮喘，体育课跑步时请老师多留意
    """),
    "zh-Hant": _lines("""
        本人王俊傑，身分證字號Ｆ１２８４７３６０５，手機０９３７－５１８－２６４，麻煩幫我把保單受益人改成我太太
        陳美玲　身份證號碼Ｋ４７２９１５（３）　住沙田禾輋邨豐和樓１２樓１２０８室　聯絡電話９１８３　４４６２
        支票抬頭：李志強先生，港幣壹拾貳萬元正，入匯豐戶口４００－２１８８７３－８３８，係佢賣車俾我嘅尾數
        吳淑芬（Ｅ２０３８５１７４８）於１１４年１１月２８日在台大醫院確診第二型糖尿病，需每日注射胰島素。
        搵我屋企人：梁太，電話六七二五 零三一八，住將軍澳尚德邨尚智樓，佢老公中風咗行唔到
        二〇二五年十二月一日，林怡君（身分證Ａ２３４５６７８９３）向臺灣臺北地方法院聲請與配偶離婚及子女監護權。
    """),
    "en": _lines("""
        Pls update my record: Tan Wei Ling, NRIC Ｓ８８１７４６３Ａ, new mobile ９１２７ ４４６０ (sorry my keyboard was on Chinese)
        Ring engraving: "Jun Hao & Mei Xin · XXI·IX·MMXV" — deliver to Mei Xin Goh, Blk 412 Tampines St 41 #08-233, S520412
        Patient: Rajesh Kumar s/o Murugan, DOB 14.III.1989, Ward VII bed 12, dx: end-stage renal failure, on HD thrice weekly
        refund pls: card ४५३२ ८१७६ ००९२ १४३७ exp 09/28, name on card ANIL MEHTA, charged twice on 2 Dec
        Emergency contact for Nurul Aisyah binti Rahman: husband Faizal Ismail, 01٢-٣٨٤ ٧٧١٦
        Md Jahid Hossain (WP holder, Tuas dorm) is still in the ICU at Ng Teng Fong — his wife's WhatsApp is +880 18১৯-৭৩৫০৬২, please update her tonight
        Marcus Lee Jia Wen, born MCMXCVI, Form IV teacher at our school, was suspended after the DUI charge — he lives at 23 Jalan Bukit Bintang, KL
    """),
    "ta": _lines("""
        என் பெயர் முருகேசன் செல்வராஜ், IC எண் ௮௮௦௪௧௫-௧௦-௫௬௭௩, கைபேசி ௦௧௨-௩௮௪ ௭௭௧௬, வீடு கிள்ளான், சிலாங்கூர்.
        திருமணம்: செல்வன் க. அருண்குமார் (திரு. கணேசன் – திருமதி லட்சுமி அவர்களின் மகன்) — செல்வி ப. கவிதா; பிப்ரவரி ௧௨, ௨௦௨௬; தொடர்புக்கு ௯௮௪௦௧ ௨௭௭௩௫
        அம்மா வள்ளியம்மை, NRIC S௭௭௩௪௯௨௧I, Blk ௫௧௨ Jurong West St ௫௨ #௧௧-௩௪௨ — அவருக்கு டிமென்ஷியா, தனியாக வெளியே அனுப்ப வேண்டாம்.
        ஆதார் எண்: ௭௩௪௧ ௮௨௬௫ ௦௯௩௬, பெயர்: ச. தமிழ்செல்வி, முகவரி: ௧௨, காமராஜர் தெரு, தாம்பரம், சென்னை ௬௦௦ ௦௪௫
        கணேஷ் ராமசாமிக்கு நவம்பர் சம்பளம் RM ௩,௨௦௦ இன்னும் வரவில்லை; அவருடைய Maybank கணக்கு ௫௧௪௦ ௧௨௮௮ ௭௬௨௩.
        வழக்கு எண் ௪௫௬/௨௦௨௫ — மனுதாரர் சு. பாண்டியன், எதிர்மனுதாரர் அவரது மனைவி ரா. மீனா, விவாகரத்து வழக்கு, குடும்ப நல நீதிமன்றம், மதுரை.
    """),
    "hi": _lines("""
        नाम: सुनीता देवी, आधार संख्या ५८२१ ६७९० ४३१६, पति: रमेश यादव, गाँव बरौली, जिला सीवान, बिहार ८४१२२६
        मेरा नंबर ९८७१३०५२६४ है — अजय वर्मा, मकान नं. ११२७, सेक्टर ४६, गुड़गांव। डिलीवरी शाम को ही करना।
        वेतन पर्ची नवम्बर: कर्मचारी दीपक शर्मा, PAN AKDPS४२१७M, मूल वेतन ₹८४,५००, PF कटौती ₹५,४००
        मेरी बहन पूजा मिश्रा (उम्र ३४) को पिछले हफ्ते AIIMS में टीबी की पुष्टि हुई, उसका OPD नंबर २०२५११२८०४४17 है।
        पापा का फोन 70२१४ ६8०९३ है (हरिओम गुप्ता), आज रात की ट्रेन से आ रहे हैं, स्टेशन से ले लेना।
    """),
    "ne": _lines("""
        नागरिकता प्रमाणपत्र नं. २७-०१-७४-०५६३१, नाम: बिष्णु प्रसाद अधिकारी, जन्म मिति २०४२/०५/१७, ठेगाना: काठमाडौं-१६, बालाजु
    """),
    "ar": _lines("""
        الاسم: أحمد سالم الكعبي، رقم الهوية ٧٨٤-١٩٨٨-٠٤١٧٥٢٩-١، الجوال ٠٥٠ ٤١٨ ٢٢٩٧، يرجى تحديث بيانات الكفيل.
        أرجو تحويل الراتب إلى حساب زوجتي نورة العتيبي، الآيبان SA٨١ ٨٠٠٠ ٠٥٠٤ ٦٠٨٠ ١٦٢٣ ٩٠١٤.
        المريض خالد يوسف الزهراني، العمر ٥٢ سنة، ملف رقم ٣٣٠٤٥٨، يعاني من فشل كلوي مزمن ويخضع للغسيل ٣ مرات أسبوعياً.
        الرقم القومي ٢٩٠٠٥١٤٠١٢٣٤٥٦ — محمود عبد الرحمن حسن، شقة ٧، ١٢ شارع مكرم عبيد، مدينة نصر، القاهرة.
        رقم واتساب أخي يوسف: +٩٦٦ ٥٥ ٣٠٢ ٧٨٤١، يشتغل في جدة وما يرد على المكالمات العادية.
    """),
    "fa": _lines("""
        نام: مریم رضایی، کد ملی ۰۰۷۲۱۵۴۸۹۶، تلفن همراه ۰۹۳۵ ۲۱۸ ۴۴۷۲، نشانی: تهران، خیابان ولیعصر، کوچه ۱۴، پلاک ۹
    """),
    "th": _lines("""
        นายธนากร ศรีสุข เลขประจำตัวประชาชน ๑ ๑๐๓๗ ๐๐๔๕๖ ๘๒ ๑ ที่อยู่ ๔๕/๑๒ หมู่ ๓ ต.บางพูด อ.ปากเกร็ด จ.นนทบุรี ๑๑๑๒๐
        ติดต่อคุณแพรวา (น้องสาวผม) โทร ๐๘๑-๔๔๗-๒๐๙๖ ไลน์ไอดี praewa.k99 นะครับ
        ผู้ป่วย น.ส.กมลวรรณ บุญมา อายุ ๒๘ ปี HN ๖๗-๐๔๕๑๒๓ วินิจฉัย โรคซึมเศร้า นัดพบจิตแพทย์ ๑๒ ธ.ค.
        เลขบัญชีกสิกร 0๓๘-๒-๑๔๕๗๗-9 ชื่อบัญชี นายวีระพงษ์ ทองดี โอนค่ามัดจำห้องมาได้เลยครับ
        ส่งของให้ คุณนิตยา แก้วมณี ๘๘/๒๔๗ คอนโดลุมพินี ชั้น ๑๙ ถ.พระราม ๙ โทร ๐๘๙ ๖๑๕ ๓๓๗๐ บัตร ปชช. ๓๕๐๑๒๐๐๙๘๗๑๓๖
    """),
    "bn": _lines("""
        আমার নাম মোঃ রাকিব হোসেন, FIN G৫১২৮৮৪৭K, থাকি Tuas South ডরমিটরি Blk ১২, মোবাইল ৮৯৪২ ৩৩০৬
        আব্বু আব্দুল করিম, এনআইডি ৪৬১৭২৩০৯৮৫, বাড়ি কুমিল্লা সদর, ফোন +৮৮০ ১৭১২-৪০৮৩৯৫ — উনার ডায়াবেটিস আছে, ইনসুলিন লাগে
    """),
    "ms": _lines("""
        فاطمة الزهراء بنت عثمان، نومبور KP ٩٢٠٨٢٣-١٤-٦٢٤٨، علامت: نو ٢٧، جالن SS١٥/٤C، سوبڠ جاي
        Tolong hantar ke Encik Lim Ah Kow, hp 016-二二九 四五〇八, No. ３２ Jalan Kenari ５, Taman Puchong Perdana
        Anak saya Muhammad Irfan bin Zulkifli, MyKad １５０５１７-０８-０４８１, kelas ４ Bestari, ada asma teruk — cikgu tolong simpan inhaler dia
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant that converts numbers between scripts."),
        ("user", "convert to normal digits pls: ๐๘๙ ๖๑๕ ๓๓๗๐"),
        ("assistant", "That is 089 615 3370."),
        (
            "user",
            "thx, it's my wife Siriporn's number, I need it for her visa form at the Singapore ICA",
        ),
    ],
    [
        ("user", "帮我写张借条，金额要用大写"),
        ("assistant", "好的，请提供出借人、借款人姓名、金额和还款日期。"),
        ("user", "出借人周立明，借款人何志强，捌万元，明年三月底还"),
        ("user", "借款人身份证 四二〇一〇六 一九八八〇八一七 六〇五九"),
        (
            "assistant",
            "借条：今借到周立明人民币捌万元整（¥80,000.00），借款人何志强，身份证号４２０１０６１９８８０８１７６０５９，于二〇二六年三月三十一日前归还。",
        ),
    ],
    [
        ("user", "مرحبا، أريد تجديد بطاقة الهوية"),
        ("assistant", "أهلاً بك، يمكنك التجديد عبر التطبيق الرسمي. هل تحتاج إلى مساعدة في الخطوات؟"),
        ("user", "نعم، اسمي سعيد راشد المهيري"),
        ("user", "رقم الهوية ٧٨٤-١٩٩١-٠٢٣٨٨٤٦-١ وساكن في العين، حي الجيمي، فيلا ٢٣"),
        ("assistant", "شكراً، اتبع الخطوات في التطبيق وسيتم إرسال الإشعار إلى هاتفك."),
    ],
    [
        ("user", "Can you translate this wedding invite into English?"),
        ("assistant", "Sure, please paste the text."),
        (
            "user",
            "செல்வி இரா. நந்தினி — செல்வன் மு. விக்னேஷ்; திருமண நாள் ௨௦௨௬ ஜனவரி ௨௫; வரவேற்பு: ஸ்ரீ நாராயண மண்டபம், புக்கிட் திமா",
        ),
        ("user", "also add at the bottom: RSVP Nandhini's dad Rajan ௯௬௮௪ ௨௨௧௭"),
    ],
    [
        ("user", "आधार में पता अपडेट कैसे करें?"),
        ("assistant", "आप myAadhaar पोर्टल पर लॉगिन करके पते का प्रमाण अपलोड कर सकते हैं।"),
        ("user", "मेरा आधार ९१४७ २३०८ है"),
        ("user", "आखिरी चार ५६६९, नाम कविता जोशी, नया पता फ्लैट ३०४, साईं रेजीडेंसी, बाणेर, पुणे ४११०४५"),
        ("assistant", "कृपया अपना आधार नंबर चैट में साझा न करें; पोर्टल पर ही प्रक्रिया पूरी करें।"),
    ],
    [
        ("system", "你是物業管理處的客服助手。"),
        ("user", "我想登記泊車位，要填咩資料？"),
        ("assistant", "請提供住戶姓名、單位、車牌同聯絡電話。"),
        ("user", "何家俊，Ｂ座１７樓Ｄ室，車牌ＸＡ１２８，電話５４３９　８８７１"),
        ("user", "身份證係Ｙ３０８１６７（０），唔該"),
    ],
    [
        ("user", "I want a minimalist tattoo with my daughter's birth date in Roman numerals"),
        ("assistant", "Nice idea! What's the date, and do you want dots or slashes as separators?"),
        (
            "user",
            "3 Nov 2019, dots. her name is Chloe Ng Yu Xuan, born at KK Hospital, she has a heart condition so this one means a lot",
        ),
        (
            "assistant",
            "That would read III.XI.MMXIX — a clean serif font works well on the forearm.",
        ),
    ],
    [
        ("user", "OCR of my receipt came out weird, can you fix the digits?"),
        (
            "user",
            "Card: ٤٣٨٨ ５７１２ ००६४ ๕๓๙๒  Name: SITI HAJAR BINTE OSMAN  Addr: Blk ２０８ Bishan St ２３ #０５-１７７",
        ),
        (
            "assistant",
            "Cleaned: Card 4388 5712 0064 5392, Name SITI HAJAR BINTE OSMAN, Blk 208 Bishan St 23 #05-177.",
        ),
    ],
    [
        (
            "system",
            "Fill the form template. Fields: {name}, {id_no}, {condition}. Never invent values.",
        ),
        ("user", "name = นางสาวสุภาพร ใจงาม"),
        ("user", "id_no = ๑๕๐๙๙๐๐๑๒๔๕๗๓"),
        ("user", "condition = ตั้งครรภ์ ๖ เดือน มีภาวะความดันโลหิตสูง"),
        (
            "assistant",
            "ชื่อ: นางสาวสุภาพร ใจงาม / เลขประจำตัวประชาชน: 1509900124573 / อาการ: ตั้งครรภ์ 6 เดือน มีภาวะความดันโลหิตสูง",
        ),
    ],
    [
        ("user", "boss, my kawan nak pinjam duit, dia bagi IC dia macam ni"),
        ("user", "七五〇三〇二 - 〇七 - 五一二九, nama Tan Kok Wai, rumah dia kat Bayan Lepas"),
        (
            "assistant",
            "That would be 750302-07-5129. Be careful sharing someone's IC number in chat.",
        ),
        ("user", "ok ok, dia pun ada hutang Ah Long RM 二万, I worried lah"),
    ],
]
