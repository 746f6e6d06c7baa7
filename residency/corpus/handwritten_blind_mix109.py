# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set mix109: dim sum restaurants and Chinese banquet halls in SG/MY/HK. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-mix109
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "banquet package"): _lines("""
        Wedding Dinner Package 2027 (Mon–Thu): 8-course Chinese set, $1,288++ per table of 10, minimum 15 tables, complimentary 2-tier model cake and one 30-litre barrel of beer.
        Weekend lunch banquet at the Jade Pavilion Ballroom: $988++ per table, valid Saturday and Sunday 11:30–15:30, subject to 10% service charge and prevailing GST.
        Birthday Longevity Set: longevity buns and longevity noodles included; add a whole roast suckling pig for $268 nett.
        Deposit schedule: 30% upon confirmation, another 50% six months before the event, balance on the day itself by bank transfer or cheque.
        Corkage is waived for the first 10 bottles of hard liquor; $30++ per additional bottle, wine corkage $25++ per bottle.
        Full Moon celebration package: red eggs and pickled ginger, 6 dishes for 10 pax, from RM1,388 nett, private room for up to 3 tables at no extra charge.
        Our Grand Hall seats up to 60 tables (600 guests) banquet style; the Orchid Room takes 8–12 tables with a stage and LED wall.
        Cancellation within 90 days of the event forfeits the full deposit; one postponement is allowed, subject to date availability.
        Food tasting for 10 persons is complimentary for bookings of 25 tables and above, Monday to Thursday only, excluding public holidays.
        Lunar 7th Month promotion: 20% off per table for weddings held between 13 Aug and 10 Sep 2027, while dates last.
        Menu A: roast suckling pig combination platter | braised fish maw with sea cucumber | steamed garoupa Hong Kong style | fried rice with conpoy | red bean soup with lotus seeds.
        Prices are per table of 10 persons; each additional guest beyond 10 is charged at one-tenth of the table price.
        Pork-free banquet menu available at our Bangsar outlet; the halal certificate is displayed at the reception counter.
    """),
    ("zh-Hant", "酒樓告示"): _lines("""
        各位貴賓：由即日起星期一至五早市點心八折，週末及公眾假期除外。
        婚宴訂席滿20圍，免費送乳豬全體一隻及香檳塔一座。
        敬請留意：八號或以上颱風信號或黑色暴雨警告生效時，早茶暫停營業，已訂枱客人會另行安排。
        點心紙請自行剔選，埋單時請出示枱號，多謝合作。
        本店收加一服務費，茶芥每位$18，三歲以下小童免收。
        壽宴套餐包括壽包、壽麵及燒味拼盤，每圍HK$6,888起。
        訂枱熱線：2388 6812（辦公時間上午九時至晚上九時），亦可於本店網站預訂。
        蝦餃、燒賣、叉燒包、鳳爪、腸粉，全部係我哋師傅每日新鮮手工製作嘅招牌點心。
        聖誕節及除夕晚上只設兩輪入座：第一輪6:00pm，第二輪8:30pm。
        已付訂金恕不退還，但可於六個月內轉為其他日期使用一次。
        本酒樓持有食物環境衞生署發出之普通食肆牌照，牌照號碼已張貼於大堂。
        宴會廳可容納40圍，設有獨立新娘房及全套音響燈光設備。
        謝師宴優惠：每圍$4,288，送汽水啤酒任飲兩小時。
    """),
    ("zh-Hans", "宴会须知与问答"): _lines("""
        宴会预订须知：确认桌数后请于三个工作日内支付定金，逾期系统将自动释放场地。
        婚宴最低消费为15桌，不足15桌按15桌计费。
        请问在新加坡办婚宴，一般每桌的红包行情大概是多少？
        满月酒和百日宴有什么区别？酒楼一般怎么安排菜单？
        如何估算婚宴桌数：宾客人数除以10，再预留1到2桌作为备用桌。
        吉隆坡的中式酒楼办寿宴，一般需要提前多久预订？
        本店所有点心均为每日现做，素食者请提前告知服务员。
        宴会当天如需加桌，请于开席前48小时通知宴会部，临时加桌视厨房情况安排。
        订单号 BQ20271108-0342 已生成，请在30分钟内完成支付，否则订单自动取消。
        粤菜宴席传统上菜顺序：冷盘、汤羹、海鲜、肉类、主食、甜品。
        春节期间（除夕至年初三）营业时间调整为上午10点至晚上10点。
        员工守则第7条：上班时间不得使用私人手机，手机须锁在员工柜内。
    """),
    ("ms", "notis restoran"): _lines("""
        Notis: Restoran akan ditutup pada hari pertama dan kedua Hari Raya Aidilfitri, dibuka semula pada hari ketiga.
        Pakej majlis perkahwinan termasuk 8 hidangan, hiasan pelamin dan minuman ringan tanpa had selama 3 jam.
        Deposit sebanyak RM2,000 diperlukan untuk menempah dewan, baki perlu dijelaskan 14 hari sebelum majlis.
        Semua kakitangan dapur wajib memakai penutup kepala dan apron bersih sepanjang waktu bertugas.
        Bolehkah saya menempah meja untuk 30 orang pada malam Tahun Baru Cina? Berapa deposit yang diperlukan?
        Harga dim sum pagi ini: har gow RM9.80, siu mai RM8.80, char siu pau RM7.50 (3 biji).
        Jadual syif: syif pagi 6:00 pagi – 2:00 petang, syif petang 2:00 petang – 11:00 malam, rehat 1 jam.
        Caj perkhidmatan 10% dan SST 6% akan dikenakan ke atas semua bil.
        Tempahan untuk majlis hari jadi boleh dibuat melalui laman web kami atau di kaunter penyambut tetamu.
        Aduan pengguna boleh dikemukakan melalui talian KPDN 1-800-886-800 atau aplikasi Ez ADU.
        Pekerja asing perlu memiliki Pas Lawatan Kerja Sementara (PLKS) yang sah sebelum mula bekerja.
        Kenduri kesyukuran untuk 200 tetamu: sila pilih menu A (RM1,088 semeja) atau menu B (RM1,288 semeja).
        Bagaimana cara membatalkan tempahan dewan dan adakah deposit akan dipulangkan?
    """),
    ("mixed", "staff group chat"): _lines("""
        今日早市 full house 啊, table 8 to 15 要 combine for the 11am tea ceremony, 麻烦 captain arrange.
        Kitchen say siu mai 今日 short, pls tell customers har gow can, siu mai need wait 20 min.
        明晚 Grand Hall 38 围 wedding, all staff report 4:30pm, uniform black shirt, 唔好迟到.
        Boss said this month OT claim submit by 25th ya, borang ada kat office counter.
        Aircon table 21 bocor lagi, 已经 call contractor, 佢话 tomorrow morning come fix.
        Reminder: 冷库 temperature log 每两个钟 check 一次, supervisor sign off before closing.
        Tonight 有 2 桌 vegetarian, tolong inform dapur no onion no garlic 啊.
        Dim sum trolley no.3 wheel rosak, jangan guna dulu until repair.
        有客投诉 yesterday 嘅 roast duck too salty, chef 话 will adjust marinade, everyone pls don't argue with customer.
        Deposit for booking ref HB-27-0915 received RM5,000, 已 update 系统 liao.
        CNY eve 两 seating, 5pm and 8pm, 全部 fully booked liao, walk-in 唔收.
        Dishwasher chemical sudah habis, 我 order 咗 from supplier, delivery Thursday.
        FYI new POS update tonight after closing, v4.12.3, cashier tomorrow pls test void function first.
    """),
    ("en", "reviews and procedures"): _lines("""
        Review: the har gow had thin, translucent skin and the prawns were fresh, but service was slow on Sunday morning. 4/5.
        PDPA notice: personal data collected for reservations is used only for booking confirmation and is deleted 12 months after the event.
        How do I politely decline a relative's request to add three extra tables after the wedding invitations are printed?
        Yum cha culture in Guangzhou is often traced to the "yi li guan" tea houses of the Qing dynasty, which served tea with simple snacks.
        Tim Ho Wan was founded by chef Mak Kwai Pui, formerly of Lung King Heen, and became known as a budget Michelin-starred dim sum shop.
        Dear [Guest Name], thank you for choosing us for your [Event Type] on [Date]. Your deposit of [Amount] has been received.
        What's the difference between a Cantonese and a Teochew banquet menu, and which suits a 70th birthday?
        Complaint handling SOP: acknowledge within 24 hours, offer a callback, escalate to the outlet manager if compensation exceeds $200.
        Invoice INV-2027-004518 | 25 tables x $1,388 = $34,700 | service charge 10% | GST 9% | total payable $41,605.30
        Staff handbook: employees on medical leave must submit the MC to HR within 48 hours; MCs are kept in a locked cabinet.
        Our new outlet opens at Tanjong Pagar, Singapore 078881 — banquet reservations open from 1 March.
        Tip for couples: confirm the final table count two weeks before the wedding, because most halls bill for the guaranteed number.
    """),
    ("mixed", "system log"): _lines("""
        [2027-03-14 10:42:17] booking.create id=BK-88231-SG hall=ORCHID tables=12 status=PENDING_DEPOSIT
        POS receipt #000473921 | 4x har gow, 2x char siu bao, 1x lo mai gai | tea 4 pax @ $2.20 | total $58.96
        Payment gateway txn 7f3c9a21e4b0 status=SUCCESS amount=MYR 3000.00 channel=FPX ref=FPX2703140012874
        Supplier PO 2027/DS/0419: 200 pcs frozen siu mai, 150 pcs lo mai gai, delivery to central kitchen Shah Alam.
        config: deposit_percent=30, cancellation_forfeit_days=90, max_tables_grand_hall=60, currency=SGD
        UEN 201534567K registered for Golden Lotus Banquet Pte Ltd; PayNow to UEN accepted for deposits.
        Table layout v3.2: T1–T5 VIP near stage, T6–T30 general, T31–T35 reserved for vendors and photographers.
        Temperature log 07:00 chiller 3.1°C, freezer -19.4°C, steam cabinet 92°C, all within limits.
        Error 409: hall already reserved for 2027-11-20 dinner slot; suggest 2027-11-21 lunch.
        SKU DS-HG-012 Har Gow (4pcs) cost RM3.10 sell RM9.80 margin 68%
        Lucky draw ticket nos. 0188 to 0288 issued for the company annual dinner; prize collection at counter.
        Queue ticket A047 called at 11:26; average waiting time today 38 min.
        Event order EO-1127 | Birthday 80th | Lotus Room | 6 tables | menu B | red tablecloth | longevity peach buns x60
    """),
    ("zh-Hant", "討論區問答"): _lines("""
        想問下各位，喺香港擺婚宴，一圍大概要幾錢先算合理？
        酒樓話要俾三成訂金，如果之後因為天氣取消，訂金可唔可以退？
        飲茶嗰陣用茶洗杯洗筷，其實有冇衞生作用？
        有冇推介旺角附近可以坐20人嘅點心包廂？
        擺滿月酒通常請幾多圍先夠？
        酒樓單上面嘅「加一」同「茶芥」究竟係咩？
        消費者委員會熱線 2929 2222 可唔可以處理酒樓訂金糾紛？
        壽宴除咗壽包同壽麵，仲有咩傳統習俗要注意？
        新郎新娘敬酒一般喺第幾道菜之後？
        點心紙上面嘅「小點、中點、大點、特點、頂點」係咩意思？
        有冇人試過喺酒樓用八達通畀錢？
        訂婚宴同正日婚宴可以喺同一間酒樓做嗎？
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        BANQUET BOOKING FORM | Name: TAN WEI LIANG | NRIC: S8834152Z | Mobile: 9123 4871 | Event: Wedding Dinner 14/11/2027 | Tables: 32 | Deposit paid: $12,000 (PayNow)
        Refund request from Mdm Lim Soo Hwa: she cancelled her mother's 80th birthday (8 tables, 3 Jan) because her mother was admitted to SGH; refund to DBS acct 120-3-045871.
        Complaint #C-2291: customer Rajesh s/o Murugan found a piece of steel wire in the steamed fish at his daughter's engagement lunch on 6 Feb and wants a letter for his insurer.
        Roster wk 12 | Nur Aisyah binti Kamarudin (captain) 07:00–15:00, hp 016-287 4419 | off day Thu
        Card on file for guarantee: VISA 4563 9642 9518 8880 exp 08/29, cardholder JONATHAN DE SOUZA, 2 tables on Christmas Eve.
        Seating chart Table 7 (bride's side): Mdm Wong Kit Ying, Mdm Wong Kit Man, Mrs Irene Chua, Mr & Mrs Leong Kah Wai + 2 kids.
        Lost & found: black Longchamp bag left at Table 18 after the Ong–Koh wedding; owner Ms Cheryl Ong Hui Min called from 8298 3306, collecting Monday.
        Incident report 23/4: waiter Muhammad Haziq bin Rosli slipped near the dishwashing area, sprained left ankle, sent to CGH A&E, MC 3 days.
        FIN G5513820L, Nguyen Thi Lan, dim sum chef on work permit, permit expires 30/06/2028; renewal documents to HR by May.
        Hi, this is Priya d/o Selvam, I booked the Orchid Room for my parents' 40th anniversary on 9 Oct, can you change it from 10 to 12 pax? Email priya.selvam88@gmail.com
        Note to captain: the groom's father, Mr Benjamin Yeo Chee Keong, is diabetic and needs the sugar-free dessert; serve Table 1 separately.
        Warning letter issued to kitchen helper Lau Chee Meng for reporting drunk for the Saturday morning shift on 12 July 2027 (second offence).
    """),
    "zh-Hans": _lines("""
        宴会预订单：新郎 陈嘉豪，身份证 440106198704123212，电话 138 2745 6619，婚宴日期 2027年10月2日，28桌，定金 HK$30,000 已付。
        客户投诉：林晓燕女士称其父亲林国栋在寿宴当天吃了虾饺后过敏送医，要求酒楼赔偿医药费。
        点心部早班 黄志强，微信号 huangzq_dimsum88，有急事直接加他。
        退定金申请：王丽华，因孕期出现并发症需卧床，取消12月的订婚宴10桌，退款至招商银行卡 6225 8852 6018 1599。
        寿宴请帖寄送：郑美玲（主家），Blk 128 Lorong 1 Toa Payoh #08-214 新加坡 310128。
        吉隆坡分店通知：收银员 刘慧敏 上月短款 RM420，已从薪水中扣除。
        订位：周俊杰先生，护照号 E58213946，广州来港，3月15日中午包厢8人。
        婚宴当天新娘 许佳怡 的母亲坐轮椅，请安排1号桌靠近出口，联系手机 +86 139 2210 8753。
        新员工入职资料：蔡雅琴，身份证号 350203197908261449，岗位 点心部学徒，试用期三个月。
    """),
    "zh-Hant": _lines("""
        訂枱紀錄：何太 何麗珍 9376 2841，星期日早茶4位，要卡位，BB凳一張。
        婚宴按金收據 No.00417：新郎 梁志明 HKID K482913(1)，已收按金 HK$50,000（滙豐支票 512-883214-001）。
        投訴跟進：區浩然先生投訴週六喺酒樓被樓面經理當眾責罵，要求書面道歉，手機 6128 5593。
        員工請假：點心師傅 鄧永康 因痛風發作請病假三日，已交醫生紙。
        壽宴請柬寄送地址：九龍黃大仙竹園北邨桂園樓1215室 陳福來 收。
        婚宴主家席：黃家輝（新郎）、李曉琳（新娘）、黃國強（新郎父親）、吳淑芬（新郎母親）、譚美玉（新娘母親）。
        滿月酒訂位：張小姐 Y203715(5)，2月8日晚6圍，已用信用卡 5264 2327 3167 9394 付訂金。
        經理備忘：侍應 馬家豪 本月第三次遲到，已口頭警告，下次再犯即時解僱。
        新娘 Ka Yan 叫我哋上載婚宴相嗰陣 tag 佢 IG @kayan_mrsfung2027，攝影師請留意。
    """),
    "ms": _lines("""
        Borang tempahan | Nama: NURUL HUDA BINTI ABDULLAH | No. K/P: 910723-10-6342 | Tel: 012-384 7726 | Majlis: kenduri kahwin, 40 meja, 18 Disember 2027
        Aduan: Encik Faizal bin Hashim mengadu anaknya keracunan makanan selepas majlis hari jadi pada 3 Mac dan dirawat di Hospital Selayang.
        Ravi a/l Subramaniam (pencuci pinggan) bercuti tanpa gaji 1 hingga 15 Jun untuk menjaga isterinya yang baru bersalin.
        Deposit RM5,000 oleh Puan Lee Mei Ling dipindahkan dari akaun Maybank 1142 3308 7715 pada 2 Mei.
        Slip gaji Jun: Mohd Azlan bin Yusof, tukang masak, gaji pokok RM2,800 + OT RM460, potongan KWSP RM358.
        Tempahan hari jadi untuk Cik Kavitha a/p Ramasamy, 6 orang, Sabtu jam 7 malam, emel kavitha.rsamy@yahoo.com
        Surat amaran kepada Tan Ah Kow, penyelia dapur, kerana menggunakan bahasa kesat terhadap pekerja asing pada 14/5.
        Kereta Encik Zainal Abidin bin Omar, plat VBC 7316, diparkir di lorong bomba, sila minta beliau alihkan.
        Rekod kehadiran: Hafizah binti Mat Isa tidak hadir 3 hari berturut-turut tanpa MC, gaji dipotong.
    """),
    "mixed": _lines("""
        Ah Keong (Lim Ah Keong from Ipoh branch) 今日 MC 啊, 他 call 我说 fever 39 度, morning dim sum section short 一个人.
        pls call back Mrs Florence Chew 9658 1204 re her 60th bday booking, 她 want change menu B to menu C 同 add 1 table.
        Bride Chloe Teo, groom Marcus Lim, wedding 21/11 Grand Hall, 新娘 allergic to shellfish, table 1 所有 prawn dish 换 chicken.
        Deposit $3,000 from Jason Kwok 郭家俊 via PayNow but he key wrong ref, 他的 NRIC T0217745A, pls match manually.
        Customer Sharifah Aminah binti Syed Ahmad tanya boleh bawa kek sendiri untuk majlis tunang dia 12 Okt, 她 number 019-662 0385.
        Ah Mei (Chong Siew Mei) 辞职 liao, last day 30/6, 她 said boss 欠她 2 months OT, 要去 MOM complain.
        Table 12 大叔 Mr Gopal Krishnan 醉到 vomit, 他 daughter 说 he 有 heart condition, 已经 call 995 ambulance.
        HK branch 經理 Kelvin Mok 莫家傑 personal WhatsApp +852 9547 3318, 有急事先搵佢.
        Booking under Alvin Ho 何文俊, S7621093D, 8 tables for 奶奶 95 大寿, 奶奶 no teeth 要 soft food.
        Telegram @mrs_yeo_bakes is the bride's sister Yeo Pei Shan, she bringing the dessert table, coordinate direct with her.
        Captain pls note: Darren Fernandez (T1458302A) banned from all outlets after the fight at his cousin's wedding last month.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are the reservations assistant of Golden Phoenix Banquet, a Chinese restaurant in Singapore. Help guests book tables and explain the deposit rules.",
        ),
        (
            "user",
            "Hi, I want to book the Phoenix Hall for my wedding dinner on 20 Nov 2027, about 30 tables.",
        ),
        (
            "assistant",
            "Congratulations! The Phoenix Hall is available for dinner on 20 Nov 2027. A 30% deposit confirms the date. May I have the name of the person booking and a contact number?",
        ),
        (
            "user",
            "Bryan Koh Jun Wei, 9731 5528. My fiancée is Vanessa Lee. Do you need my IC for the deposit receipt?",
        ),
        (
            "assistant",
            "Thank you, Mr Koh. We only need your name and mobile for the booking; please don't send your full NRIC here.",
        ),
        (
            "user",
            "ok but the bank form asked, it's S8745021Z. I'll PayNow the deposit tomorrow morning.",
        ),
    ],
    [
        ("user", "你好，我想訂滿月酒，3月9號晚上，8圍。"),
        ("assistant", "恭喜晒！3月9號晚上仲有位，請問點稱呼同聯絡電話？"),
        ("user", "我姓麥，麥詠詩，電話 5629 1147。BB係早產嘅，想搵間獨立房俾佢休息得唔得？"),
        ("assistant", "可以嘅，我哋可以預留宴會廳旁邊嘅小房，有梳化同嬰兒床。"),
        ("user", "好呀，訂金收據要寫身份證號碼嗎？我嘅係 A917264(8)。"),
    ],
    [
        (
            "user",
            "Assalamualaikum, saya nak tempah dewan untuk majlis kahwin anak saya, 25 meja, menu halal.",
        ),
        (
            "assistant",
            "Waalaikumussalam. Dewan Seri Melati boleh memuatkan 25 meja. Boleh berikan nama penuh, nombor telefon dan tarikh majlis?",
        ),
        (
            "user",
            "Zaleha binti Ismail, 017-502 6634. Majlis anak saya Amirul Hakim bin Zulkifli pada 5 Februari 2028.",
        ),
        (
            "assistant",
            "Terima kasih Puan Zaleha. Deposit RM3,000 diperlukan untuk mengesahkan tarikh.",
        ),
        ("user", "Baik, untuk resit tulis No. K/P saya 680215-01-5428."),
    ],
    [
        (
            "user",
            "I want to complain about your Jurong outlet. My family had dim sum there yesterday.",
        ),
        ("assistant", "I'm very sorry to hear that. Could you tell me what happened?"),
        (
            "user",
            "My name is Melissa Tan Hui Ling. My son is 4 and has a peanut allergy. I told the waitress but the lo mai gai came with peanuts, he broke out in hives and we rushed him to KK hospital.",
        ),
        (
            "assistant",
            "That is very serious and I apologise. I will escalate this to the outlet manager today. How would you like us to contact you?",
        ),
        (
            "user",
            "Email me at melissa.tanhl@hotmail.com and I want the manager to call me personally.",
        ),
    ],
    [
        (
            "system",
            "You are the HR helpdesk bot for Dragon Pearl Restaurant Group in Malaysia. Answer staff questions about leave and claims.",
        ),
        (
            "user",
            "hi, saya Lee Chun Kit dari dapur dim sum Cheras branch. doctor 说 我 slipped disc, MC 2 weeks, 可以 claim 吗?",
        ),
        (
            "assistant",
            "Yes, paid sick leave covers certified medical leave. Please submit the MC to your outlet manager and HR within 48 hours.",
        ),
        ("user", "ok my IC 880412-14-5527, staff no DP-0318, MC photo 我 email 给 HR later."),
    ],
    [
        ("user", "你好，我们是深圳的，想在香港尖沙咀办婚宴，20桌左右，2028年1月。"),
        ("assistant", "您好，恭喜！2028年1月的周末还有几个日期可选，请问联系人姓名和联系方式？"),
        (
            "user",
            "新娘 罗思颖，身份证 440304199211300586，微信 luosiying_1130，港澳通行证 C28471953。",
        ),
        ("assistant", "收到，我们会通过微信发送菜单和场地报价给您。"),
        ("user", "好的，新郎的家人都在深圳，到时候会有两桌长辈从罗湖过关。"),
    ],
    [
        (
            "user",
            "Hi, I need a refund of the deposit for booking BK-77120, the event is cancelled.",
        ),
        (
            "assistant",
            "I'm sorry to hear that. May I know the name on the booking and the reason for cancelling?",
        ),
        (
            "user",
            "It's under Harpreet Kaur. My father passed away last week, so we're cancelling his 70th birthday dinner.",
        ),
        (
            "assistant",
            "My deepest condolences. Given the circumstances we will refund the deposit in full to the original card.",
        ),
        ("user", "Thanks. It was the Mastercard 5412 7627 5795 1054, please refund there."),
    ],
    [
        ("user", "hello 我要 book 一个 table for my mum's birthday, 10 pax, this Sat lunch."),
        ("assistant", "Sure! Saturday lunch 10 pax is available. Any special requests?"),
        (
            "user",
            "my mum 叫 Goh Ah Lian 吴亚莲, 她 has dementia, sometimes will wander off, can give us corner table away from the exit?",
        ),
        (
            "assistant",
            "Of course, we'll reserve the corner table at the back of the hall and brief the captain.",
        ),
        ("user", "ok put the booking under her grandson Jerome Goh, contact 8462 0917."),
    ],
    [
        (
            "user",
            "Draft a warning letter for our banquet captain, Kumar a/l Velu, who was caught taking cash from the wedding couple's red packet box on 3 Sept.",
        ),
        (
            "assistant",
            "Here is a draft: 'Dear Mr Kumar, this letter concerns the incident on 3 September in which you were observed removing cash from the couple's red packet box...'",
        ),
        (
            "user",
            "Add that this is a final warning, his employee ID is GP-2231 and he has been with us 8 years.",
        ),
    ],
    [
        ("user", "请帮我写一条WhatsApp信息，通知宾客婚宴改地点。"),
        (
            "assistant",
            "好的：各位亲友好，因场地安排调整，我们的婚宴将改在同一日期的新地点举行，详情请见附件，敬请留意。",
        ),
        (
            "user",
            "收件人是我表哥 杨振宇，电话 +65 9284 6610，他住 Blk 402 Ang Mo Kio Ave 10 #05-1187，喜帖也要寄到那里。",
        ),
    ],
]
