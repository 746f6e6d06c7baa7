# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat95: chats asking an assistant for help with one's own tenancy problems (tenant or landlord). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat95
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "chat-qa"): _lines("""
        User: My landlord is keeping my whole deposit for "general wear and tear" after 2 years. Is that allowed in Singapore? Assistant: Fair wear and tear is normally excluded from deductions. Check the deposit clause in your tenancy agreement, ask for an itemised list with receipts, and if he still refuses you can file at the Small Claims Tribunals.
        User: how many months deposit is normal for a condo in SG? Assistant: One month's rent for a 1-year lease and two months for a 2-year lease is the usual market practice, plus a good-faith deposit when the letter of intent is signed, which is later converted into the security deposit.
        User: What does the diplomatic clause in my lease actually mean? Assistant: It lets an expatriate tenant end the lease early, usually only after the first 12 months and with 2 months' written notice, if they are transferred or leave Singapore for work. It is not a right to leave for any reason, and the landlord may claw back part of the agent's commission.
        User: The aircon broke in week 3. Who pays? Assistant: Many Singapore leases have a minor repair clause where the tenant pays the first $150 or $200 per item, but defects existing at handover or within the first month are normally the landlord's cost. Tell the landlord in writing with photos before you book a technician.
        User: Is it legal for my landlord to come in when I'm not home? Assistant: Most agreements allow entry only at reasonable times with prior notice, often 24 to 48 hours, except in an emergency such as a burst pipe. Read the inspection clause and put your objection in writing if he keeps doing it.
        User: I'm two weeks late on rent because my salary was delayed. What should I tell the landlord? Assistant: Tell them before they chase you, give a specific date you will pay, offer to pay the late interest the agreement sets out, and confirm the arrangement in a message so there is a record.
        User: Can a landlord in Hong Kong evict me without a court order? Assistant: No. To recover possession the landlord must go through the Lands Tribunal; changing the locks, removing your belongings or cutting off water and electricity to force you out is unlawful.
        User: what is Form CR109 for? Assistant: It is the Rating and Valuation Department's notice of a new letting or renewal. For a regulated tenancy of a subdivided unit the landlord has to submit it within 60 days after the tenancy starts.
        User: Who was the landlady in the Sherlock Holmes stories? Assistant: Mrs Hudson, who let the rooms at 221B Baker Street to Holmes and Dr Watson and put up with a great deal of pistol practice indoors.
        User: Can I rent out my whole HDB flat? Assistant: Only after you have met the minimum occupation period, usually 5 years, and obtained HDB's approval; the tenants must be eligible, any non-citizen tenants must fit within the quota for the block and neighbourhood, and the tenancy has to be registered with HDB.
        User: Who pays stamp duty on a lease in Singapore, tenant or landlord? Assistant: By custom the tenant pays it, via IRAS e-Stamping within 14 days of signing if the agreement is signed in Singapore, though the agreement can allocate it differently.
        User: Is there a maximum deposit in Malaysia? Assistant: There is no residential tenancy statute in force yet, so it's whatever the agreement says. The common market norm is 2+1: two months' security deposit and one month's utility deposit, sometimes with an extra month's advance rent.
        User: The ceiling leaked from the unit upstairs and ruined my sofa. Landlord says not his problem. Assistant: He may be right about the sofa: your own belongings are usually only covered by your own contents insurance. The leak itself should be reported to the management office so the upstairs owner or the MCST fixes its source, and the landlord should repair the ceiling.
        User: How long does a landlord have to return the deposit? Assistant: There is no fixed statutory period in Singapore or Malaysia; most agreements say 14 days after the tenancy ends and the keys are returned, less any lawful deductions, so check your clause.
        User: When did Singapore end rent control? Assistant: The Control of Rent Act was repealed in 2001, and the remaining rent-controlled premises, mostly old shophouses, moved to market rents after a transition period.
        User: As a landlord, can I refuse to renew just because my tenants had a baby? Assistant: At the end of a fixed term you are generally free not to renew, but check whether there is an option-to-renew clause; if the tenant has exercised a valid option you cannot refuse for that reason.
        User: My tenant gave notice by WhatsApp. Is that valid? Assistant: It depends on the notice clause. If the agreement requires written notice to a stated address or email, reply asking for formal notice; many courts accept messages as writing, but it's safer to get it in the agreed form.
        User: The agent wants me, the tenant, to pay half a month's commission for a $2,900 room. Is that normal? Assistant: For rentals under two years it's common for tenants with their own agent to pay them; if you don't have an agent and only dealt with the landlord's agent, you usually shouldn't pay. Check the agent on CEA's public register first.
    """),
    ("en", "user-request"): _lines("""
        Draft a polite reminder to my tenant that rent for [month] is overdue. Leave blanks for the name and amount, I'll fill them in.
        Make this firmer please: "Dear [Tenant Name], re: [Unit Address], rent arrears of $[amount] for the period [from] to [to] remain unpaid despite our reminders of [dates]."
        Give me a checklist for the move-out inspection of a 3-bedroom condo, room by room.
        Create an inventory table for a furnished unit with columns: item | condition at check-in | photo ref | condition at check-out | remarks.
        Explain the difference between a tenancy and a licence (like renting a single room) in simple words.
        Fix the grammar: "Dear Landlord, the water heater is not working since Monday, please arrange repair soonest, thank you."
        What exactly should I photograph on the day I collect the keys to a rented flat?
        Write a friendly WhatsApp message to my property agent asking when the landlord will fix the leaking kitchen tap.
        I'm a landlord renting out one room in my HDB flat. What records should I keep for income tax?
        Translate this template into Malay: "I, ________ (NRIC No. ________), hereby acknowledge receipt of S$________ being the security deposit for the premises at ________."
        Calculate pro-rated rent: monthly rent is $2,850 and I move out on the 19th of a 30-day month.
        Write a notice to all tenants in my shophouse that water will be shut off on 14 March from 10am to 2pm for pipe replacement.
        Suggest a reasonable late-payment interest clause for a residential lease, something a court wouldn't see as a penalty.
        Make a table comparing the Small Claims Tribunals and the Community Disputes Resolution Tribunals for a deposit dispute: cost, limits, lawyers allowed, timeline.
    """),
    ("en", "hard-negative"): _lines("""
        Repair ticket #RQ-2025-04418 | Unit type: 2BR | Issue: water heater tripping | Reported: 2025-11-03 09:42 | Status: contractor assigned | SLA: 48h
        User: I filed my deposit claim online and got reference SCT/2025/003871. How long until the consultation? Assistant: Usually a few weeks; the notice will give the date, and you should bring the tenancy agreement, the inventory list, photos and the messages about the deposit.
        User: Invoice INV-88021 from the aircon company is $180 for 3 units, chemical wash. Can I deduct it from rent? Assistant: Only if the agreement makes servicing or that repair the landlord's responsibility and you told him first; otherwise quarterly servicing is normally on the tenant.
        User: The stamp certificate shows duty of $307 for a 2-year lease at $3,200 a month. Did the agent compute it right? Assistant: Yes. For leases up to 4 years it's 0.4% of the total rent: $76,800 x 0.4% = $307.20, rounded down to $307.
        User: Is postal code 529510 in Tampines? Looking for rooms near there. Assistant: Yes, Singapore postal codes beginning with 52 are in the Tampines area, so that's close to Tampines MRT and the interchange.
        User: I sent the termination notice by registered post, tracking RB482193756SG, and it shows "delivered". Does that count as served? Assistant: If the notice clause allows registered post to the landlord's address in the agreement, delivery usually counts; keep the tracking printout and the posting receipt.
        User: Order #SHP-77120934 was a replacement digital lock for $389. Can I charge it to my tenant who lost both key cards? Assistant: You can ask for the cost of replacing the lost cards; a brand-new lock set is only chargeable if the old one couldn't be recoded.
        User: Lease 01/06/2025 to 31/05/2027, rent S$3,200, deposit S$6,400, agent fee S$1,712 incl. GST. Does the fee look right? Assistant: Half a month's rent plus 9% GST is $1,744, so $1,712 is slightly below that; for a 2-year lease one month is also common.
        User: My home contents policy HC-SG-2025-009812 has a "tenant's liability" section. Does that cover damage to the landlord's built-in wardrobe? Assistant: Usually yes, up to the sub-limit shown in the schedule, if the damage is accidental; wear and tear is excluded.
        Our rent ledger export from PropMan v3.2.1 has columns unit_no, due_date, paid_date, amount. Write an Excel formula that flags rows where paid_date is more than 7 days after due_date.
        SELECT unit_no, SUM(amount) FROM rent_ledger WHERE status = 'OVERDUE' GROUP BY unit_no; -- why does this double count units with partial payments?
    """),
    ("zh-Hans", "chat-qa"): _lines("""
        用户：房东说我提前两个月退租，押金要全扣，合理吗？ 助手：要看合同里提前解约的违约条款。如果合同约定违约金为一个月租金，房东一般只能扣一个月；约定不清楚的，可以协商或按实际损失主张。
        用户：押一付三是什么意思？ 助手：就是交一个月租金作押金，再一次性预付三个月租金，之后每三个月交一次房租。
        用户：北京这边中介费一般收多少？ 助手：常见是一个月租金，也有平台收半个月或按比例收取；签约前问清楚是谁付、什么时候付、退租是否退还。
        用户：房子漏水，房东一直拖着不修，我能自己找人修然后从房租里扣吗？ 助手：根据《民法典》第七百一十三条，出租人未履行维修义务的，承租人可以自行维修，维修费用由出租人负担。建议先书面催告并保留发票和照片。
        用户："买卖不破租赁"是什么意思？ 助手：《民法典》第七百二十五条规定，租赁物在承租人按照租赁合同占有期限内发生所有权变动的，不影响租赁合同的效力，新房东要继续履行原合同。
        用户：房东要卖房子，我作为租客有优先购买权吗？ 助手：有。依《民法典》第七百二十六条，出租人出卖租赁房屋应当在出卖之前的合理期限内通知承租人，承租人享有以同等条件优先购买的权利，但卖给近亲属等情形除外。
        用户：租房合同不去备案有效吗？ 助手：有效。《民法典》第七百零六条规定，当事人未办理登记备案手续的，不影响合同的效力，但有些城市办居住证、积分落户需要备案。
        用户：房东不退押金，打12345有用吗？ 助手：可以拨打12345政务服务便民热线反映，也可以向当地住建部门投诉；如果协商不成，押金金额不大可以走小额诉讼程序。
        用户：二房东转租给我，现在大房东要赶我走，怎么办？ 助手：根据《民法典》第七百一十六条，承租人转租须经出租人同意。如果大房东不同意转租，你可以向二房东主张违约责任，要求退还租金押金并赔偿损失。
        用户：退租时墙上有几个钉子孔，房东说要扣500块刷墙费，合理吗？ 助手：少量钉孔一般属于正常使用损耗，除非合同明确禁止打孔。可以请房东提供报价，或者自己修补后再验房。
        用户：鲁迅在上海住的大陆新村是租的房子吗？ 助手：是的，鲁迅1933年起租住在山阴路大陆新村9号，直到1936年在那里去世，现在是鲁迅故居纪念馆。
        用户：《功夫》里的包租婆是谁演的？ 助手：是元秋，她和元华演的包租公包租婆是猪笼城寨的房东。
        用户：合同编号ZL-2025-0618-032里写着"租期内不得涨租"，房东现在要每月涨300，我该怎么回？ 助手：可以直接引用该条款书面回复，说明合同期内按原租金履行，续租时再协商新价格。
        用户：房东让我把房租直接转到他个人账户，不走平台了，安全吗？ 助手：先核实他就是产权人，比对房产证和身份证姓名一致，转账备注写明房号和月份，并保留每一笔转账记录。
    """),
    ("zh-Hant", "chat-qa"): _lines("""
        用戶：劏房新例係咪規定業主唔可以亂收水電費？ 助手：係，喺規管租賃下，業主只可以按水務署同電力公司實際收費向租客攤分，唔可以額外加錢。
        用戶：差餉同管理費應該係業主定租客俾？ 助手：睇租約點寫。香港一般寫明差餉、地租由業主負責，管理費多數包喺租金入面，但都有例外。
        用戶：一年死約一年生約，我做咗八個月想走，要賠幾多？ 助手：死約期內提早走，業主可以追討餘下租期嘅租金損失，通常會協商賠一至兩個月租金，按金可能會被扣。
        用戶：小額錢債審裁處可以追按金嗎？上限係幾多？ 助手：可以，申索金額上限係港幣75,000元，唔使請律師，入表費按申索金額計算。
        用戶：兩年租約嘅印花稅點計？ 助手：租期超過一年但不超過三年，印花稅係平均年租嘅0.5%，習慣上業主同租客各付一半。
        用戶：業主話要收返層樓俾個仔住，俾一個月通知，合法嗎？ 助手：如果仲喺固定租期內，除非租約有收樓條款，否則業主唔可以單方面提早收樓；固定期滿後就按租約嘅通知期處理。
        使用者：房東說申請租金補貼會被查稅，不讓我申請，怎麼辦？ 助手：中央擴大租金補貼不需要房東同意，只要有租約或租賃證明即可申請，房東也不能因此終止租約。
        使用者：台灣押金最多可以收幾個月？ 助手：依《租賃住宅市場發展及管理條例》，押金不得超過二個月租金總額，超收的部分承租人可以抵付租金。
        使用者：租約還有半年，房東說物價漲了要加房租，可以嗎？ 助手：租期內房東不能單方調漲，除非契約另有約定；續約時才能重新議價。
        使用者：幫我把這段改得客氣一點：「房東你好，冷氣壞了兩個禮拜了，請盡快處理。」 助手：房東您好，不好意思打擾，房間冷氣從兩週前開始無法運轉，想麻煩您方便時安排師傅來看看，謝謝！
        使用者：住宅租賃定型化契約「不得記載事項」有哪些重點？ 助手：例如不得約定拋棄審閱期、不得限制承租人申報租賃費用支出或遷入戶籍、不得約定押金超過兩個月租金等。
        使用者：要怎麼查包租代管業者有沒有合法登記？ 助手：可以到內政部的租賃住宅服務業資訊網查詢業者名稱、登記字號和租賃住宅管理人員名單。
    """),
    ("ms", "chat-qa"): _lines("""
        Pengguna: Tuan rumah tak pulangkan deposit sewa dah 2 bulan, apa saya boleh buat? Pembantu: Hantar surat tuntutan bertulis dahulu. Jika tiada jawapan, anda boleh failkan tuntutan kecil di Mahkamah Majistret untuk jumlah sehingga RM5,000 tanpa peguam.
        Pengguna: apa maksud deposit 2+1+1 yang ejen sebut tu? Pembantu: Dua bulan deposit keselamatan, satu bulan deposit utiliti, dan satu bulan sewa pendahuluan untuk bulan pertama.
        Pengguna: Perjanjian sewa kena setem ke? Pembantu: Ya, perjanjian sewa perlu disetemkan melalui sistem STAMPS LHDN; kadarnya bergantung pada sewa tahunan dan tempoh sewaan, dan salinan kedua dikenakan duti tetap.
        Pengguna: Boleh tak tuan rumah potong bekalan elektrik sebab saya lambat bayar sewa? Pembantu: Tidak boleh. Seksyen 7 Akta Relief Spesifik 1950 melarang pengusiran penyewa tanpa prosiding mahkamah, dan memotong utiliti untuk memaksa penyewa keluar boleh dianggap pengusiran secara tidak sah.
        Pengguna: Tolong tulis mesej WhatsApp yang sopan untuk ingatkan penyewa sewa bulan ini belum masuk, jangan letak nama. Pembantu: Salam dan selamat petang, harap sihat. Sekadar mengingatkan sewa bulan ini masih belum diterima. Mohon jelaskan sebelum hujung minggu ini ya, terima kasih.
        Pengguna: Siapa tanggung kos baiki paip bocor dalam dinding? Pembantu: Paip tersembunyi dalam struktur biasanya tanggungjawab tuan rumah kerana ia sebahagian daripada bangunan, kecuali kerosakan berpunca daripada kecuaian penyewa.
        Pengguna: Rumah PPR boleh disewakan semula ke? Pembantu: Tidak. Unit PPR diberikan untuk didiami sendiri, dan menyewakan semula boleh menyebabkan tawaran atau perjanjian anda dibatalkan oleh pihak berkuasa.
        Pengguna: Ejen minta yuran RM500 untuk "processing" sebelum saya boleh tengok rumah, normal ke? Pembantu: Tidak biasa. Pastikan ejen itu berdaftar dengan Lembaga Penilai, Pentaksir, Ejen Harta Tanah dan Pengurus Harta (LPPEH) dan jangan bayar apa-apa sebelum melihat unit dan perjanjian.
        Pengguna: berapa lama notis kalau nak keluar awal dari sewa setahun? Pembantu: Ikut perjanjian; biasanya notis dua bulan secara bertulis, dan jika keluar sebelum tamat tempoh, deposit mungkin dilucutkan sebahagian atau sepenuhnya.
        Pengguna: Nombor tiket aduan JMB saya JMB/ADU/2025/0412, paip bocor dari unit atas belum dibaiki 3 minggu. Apa langkah seterusnya? Pembantu: Hantar peringatan bertulis kepada JMB dengan merujuk nombor tiket itu, dan jika masih tiada tindakan, adukan kepada Pesuruhjaya Bangunan di pihak berkuasa tempatan.
        Pengguna: Bil air RM48.60 dan bil elektrik RM213.45 bulan lepas, macam mana nak bahagi antara 4 penyewa bilik? Pembantu: Cara paling adil ialah bahagi bil air sama rata (RM12.15 seorang) dan elektrik ikut meter kecil atau jam penggunaan aircond setiap bilik.
        Pengguna: Bagi contoh surat notis pengosongan premis untuk penyewa. Pembantu: Kepada [Nama Penyewa], [Alamat Premis]. Tuan/Puan, dengan ini dimaklumkan bahawa perjanjian sewaan bertarikh [tarikh] akan tamat pada [tarikh] dan tuan/puan dikehendaki mengosongkan premis pada atau sebelum tarikh tersebut.
        Pengguna: Apa status Akta Sewaan Kediaman yang kerajaan cadangkan tu? Pembantu: Ia masih di peringkat cadangan dan rundingan awam; buat masa ini pertikaian sewa diselesaikan melalui Akta Kontrak 1950, Akta Relief Spesifik 1950 dan mahkamah biasa.
    """),
    ("mixed", "user-request"): _lines("""
        landlord say aircon chemical wash must do every 3 months by tenant, is this standard or not ah
        bro my agent say I need pay 1 month commission even tho landlord also got agent, co-broke means I no need pay right?
        房东 keep 扣我 deposit for curtain washing, 这个合理吗 in Singapore?
        Tenant dah lambat bayar 2 bulan, boleh I tukar lock terus ke? Nak tahu legal ke tak sebelum buat.
        業主話 inventory list 冇寫個雪櫃本身有花，而家要我賠，點算好？
        help me translate this clause into 中文: "The Tenant shall keep the interior of the premises in good and tenantable repair, fair wear and tear excepted."
        can landlord increase rent mid-lease or not, my contract 2 years, he say market up 20% so must top up
        rumah sewa kat PJ ni ada anai-anai, tuan rumah suruh I bayar pest control sendiri, fair ke?
        Writing a 租屋 house rules poster for my 4 room tenants: quiet hours after 11pm, no cooking after 10pm, 轮流倒垃圾. Make it bilingual EN/中文.
        我的 tenancy agreement 有个 clause 说 "tenant to bear first $200 of repairs"，那如果洗衣机坏到要换新的呢？
        房东 WhatsApp 我说 next month 要带 buyers 来 view unit，我一定要让吗？
        lah the deposit until now still never return, SCT filing fee how much ah? claim is about $3k
    """),
    ("zh-Hans", "template"): _lines("""
        房屋租赁合同（范本）出租方（甲方）：________ 身份证号：________ 承租方（乙方）：________ 联系电话：________ 房屋坐落于：____市____区____路____号，租期自____年__月__日起至____年__月__日止。
        押金收据：今收到________交来房屋押金人民币（大写）________元整（¥______），退租时房屋无损坏、无欠费的，押金全额无息退还。收款人：________ 日期：________
        房屋交接清单：序号 | 物品 | 品牌/型号 | 数量 | 状态 | 备注；水表读数：____ 电表读数：____ 燃气表读数：____ 钥匙：____把
        催租通知：尊敬的租户：您所租住的____室本月租金尚未缴纳，请于____前缴清，逾期将按合同约定每日收取____%的滞纳金。特此通知。
        解除租赁合同通知书：致________：因________，根据双方于____年__月__日签订的《房屋租赁合同》第__条约定，本人决定于____年__月__日解除合同，请于该日前办理交接。
        维修申请单：房号____ 报修内容：□水管 □电路 □门锁 □空调 □其他____ 期望上门时间：____ 是否同意维修人员在无人时进入：□是 □否
        退租确认书：双方确认房屋已于____年__月__日完成交接，水电燃气费用已结清，押金扣除____元（原因：____），余额____元于____日内退还。
        转租同意书：本人作为________号房屋的出租人，同意承租人将该房屋（□全部 □部分）转租给第三方，转租期限不得超过原租赁合同剩余期限。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Please check my LOI before I send it: "Letter of Intent / Tenant: Daniel Ho Wei Jie, NRIC S8837215H / Premises: Blk 412 Tampines Street 41 #08-233 Singapore 520412 / Rent: $2,700 per month / Good faith deposit: $2,700 / Lease: 2 years from 1 Jan"
        my tenant Priya d/o Ramasamy has been late 3 months running, now owes $5,400, her number is 9734 2186. draft a final reminder before I go to SCT
        TENANCY SUMMARY / LANDLORD: KOH SIEW LAN (S7629104G) / TENANT: MARCUS LINDQVIST (FIN G6158273N) / UNIT: 27 MEYER ROAD #11-04 / RENT: S$5,800 / TERM: 24 MONTHS / can you spot anything missing in this summary?
        Shorten this email to my agent: "Hi Jasmine, this is Aaron Pereira from unit 12-04 at Casuarina Grove. My deposit of $7,200 was due back on 3 October and I've heard nothing, even though the landlord signed off the handover checklist."
        For the deposit refund, the landlord asked where to send it. Is this message ok? "Please transfer to DBS 027-91843-6, account name Lim Kai Xiang, thanks!"
        The landlord wants first month by card over the phone. Is it safe to read him this: VISA 4532 1708 4385 9083 exp 09/28?
        My mum Rosalind D'Cruz, 71, rents out her spare room to a student who hasn't paid since August. She has early dementia so I manage her affairs now. How do I give notice on her behalf?
        Dear Mr Leung, I write on behalf of your tenant Chan Ka Yan (HKID Y402981(8)) regarding the water seepage in the bathroom of Flat 7C, which has now lasted six weeks. Can you make this sound more formal?
        Unit 07-11 | Tenant: Nurul Aina binti Zulkifli | Rent RM1,350 | Paid 2025-09-08 | Late 7 days | Tel 012-738 4521 -- turn this row into a polite late-payment note
        can u help me write to HDB? I'm Tay Boon Huat, I rent out 2 rooms at Blk 233 Yishun Ring Road #11-1457 and one tenant left last week without paying $312 of utilities
        I want to complain to CEA. Agent Kelvin Ong Jun Hao took a $1,800 "holding deposit" from me by PayNow for a condo in Sengkang, then blocked my number. What should I include?
        Move-out inspection 28/10: tenant Sarah Whitfield and her two kids; dog scratches on timber floor in bedroom 2; she agreed to a $650 deduction. Please turn my notes into a proper report.
        pls reply to my landlord for me, his number is +65 8265 0913, tell him I'll transfer the rent on Friday because my pay comes in late this month
        Send the signed TA to my personal email jolene.tham92@gmail.com, not the office one. Can you rewrite that line so it sounds less blunt?
    """),
    "zh-Hans": _lines("""
        帮我看看这份租房合同有没有问题：甲方（出租方）：王建国，身份证号：310115198709220713；乙方（承租方）：李思雨，身份证号：510107199506030284，电话：15921873406；房屋地址：上海市浦东新区张杨路1200弄8号602室，月租金6800元，押一付三。
        租客张浩然已经欠了两个月房租了，微信也不回，他电话是138 2645 9173，我能直接换锁吗？
        帮我写一句话给房东：押金请退到我的工行卡6212 2610 0213 4567 895，户名陈佳怡，谢谢。
        我妈刘桂芬今年68岁，有糖尿病，房东突然要她一个月内搬走，老人家在那儿住了十年了，我们该怎么办？
        中介赵一鸣收了我3000块看房费就把我拉黑了，他开的车是粤B·7K3M9，我能报警吗？
        房东的微信号是 lijun_8812，他不让我提前退租还说要扣全部押金，帮我把聊天记录整理成投诉材料。
        报修记录：2025-11-02 | 1栋2单元502 | 租户：周晓梅 139 0274 5318 | 热水器漏水 | 已派单，请帮我写一条回访短信。
        我是房东，租客孙磊（身份证420106199908270311）退租时把我的沙发和冰箱都搬走了，能报警吗？
        帮我写退押金的催款函：我叫何俊杰，2023年3月到2025年3月租住深圳市南山区粤海街道海月花园3栋1102，押金13000元，房东至今没退。
        租客登记表：姓名 马文涛 | 身份证 440305199103140278 | 工作单位 某科技公司 | 紧急联系人 马建平（父） 186 5520 7139，帮我检查有没有漏填的项。
    """),
    "zh-Hant": _lines("""
        業主陳國強要加租兩成，我份約仲有半年先滿，佢要我喺新約寫埋身份證號碼K736215(3)，咁樣安全嗎？
        幫我寫封信俾業主何太：我係深水埗福華街123號5樓B室嘅租客黃詠琪，部冷氣壞咗三個禮拜仲未整。
        租客資料：譚志明 電話 6923 4187 欠租兩個月共HK$16,400，我想寄律師信，應該點寫？
        房東蔡淑芬把她的身分證影本傳給我（A223817462），也要我給她我的，租屋交換身分證影本要注意什麼？
        我住台北市大安區和平東路二段96巷7號3樓，房東林先生說下個月要收回房子，我叫吳宜庭，手機0912-387-546，幫我寫回覆。
        請幫我整理存證信函：寄件人 張志豪 身分證 H120763588 住 新北市板橋區文化路一段188號5樓，收件人為房東，主旨為請求返還押金新台幣四萬元。
        按金請轉入滙豐戶口 168-392047-838，戶口名稱 LAM SIU FUNG，麻煩幫我寫成英文 WhatsApp 俾業主。
        我爸爸李文雄上個月中風住院，他是房東，房客一直欠租三個月，我要怎麼代他處理？
    """),
    "ms": _lines("""
        Tolong semak perjanjian sewa ni: Tuan Rumah: MOHD FAIZAL BIN ABDUL RAHMAN (No. K/P: 880412-10-5673); Penyewa: SITI HAJAR BINTI OTHMAN (No. K/P: 950817-14-6238); Premis: No. 23, Jalan SS 15/4C, 47500 Subang Jaya; Sewa: RM1,600 sebulan.
        penyewa saya Kumaresan a/l Muniandy dah 3 bulan tak bayar sewa RM1,800 sebulan, nombor dia 017-392 6608, apa langkah seterusnya?
        Sila pulangkan deposit ke akaun Maybank 1142 7608 3391 atas nama Nur Izzati binti Kamal. Betul tak ayat ni untuk hantar kepada tuan rumah?
        Saya Azman bin Yusof, penyewa di Flat Sri Kenanga Blok C-3-12, Jalan Kenanga, 55200 Kuala Lumpur. Tuan rumah ugut nak tukar kunci esok, apa hak saya?
        Kereta bekas penyewa saya WXY 4521 masih parking di petak saya sebulan lepas dia keluar, pemiliknya Chong Wei Ming, boleh saya tunda?
        Emel tuan rumah saya faridah.hashim72@yahoo.com, dia tak jawab pasal aircond rosak dah dua minggu, tolong buat emel susulan.
        Rekod bayaran sewa bilik: Jan RM1,200 (Raju a/l Perumal, tunai) / Feb belum bayar / Mac RM600 separuh sahaja. Tolong kira baki tertunggak dan buat penyata.
        Mak saya Hajah Rokiah binti Said, 74 tahun, baru keluar hospital sebab buah pinggang. Dia sewakan rumah di Kota Bharu, penyewa tak bayar 4 bulan. Saya nak uruskan bagi pihak dia.
        Saya nak buat laporan polis, penyewa lari bawa TV dan peti sejuk: nama Lee Chee Keong, IC 910203-07-5521, telefon +60 11-2387 4490. Tolong susun ayat laporan.
        Semak notis ni: Kepada Encik Hafiz bin Rosli, Unit A-12-05 Residensi Harmoni, Cheras. Sewa bulan Oktober dan November berjumlah RM2,600 masih tertunggak.
    """),
    "mixed": _lines("""
        landlord uncle Tan Ah Kow say he won't return my $2k deposit bcos I kept a cat, his hp 9186 3724, how to reply him nicely but firm?
        我的房东 Encik Roslan bin Ismail 说要 increase rent RM200，agreement 上写他的 IC 750314-01-5597，他可以这样涨吗？
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "My landlord hasn't returned my deposit and it's been 5 weeks since I moved out. Can you write a firm but polite email?",
        ),
        (
            "assistant",
            "Of course. To make it specific, tell me your name, the property address, the move-out date, the deposit amount, and whether any deductions were agreed.",
        ),
        (
            "user",
            "Melissa Goh Hui Min, #05-02, 8 Holland Avenue. Moved out 30 Sep, deposit $4,600, no deductions agreed, his agent signed the handover photos.",
        ),
        (
            "assistant",
            "Subject: Return of security deposit, #05-02, 8 Holland Avenue / Dear Sir, I, Melissa Goh Hui Min, handed over the above unit on 30 September with the handover photos acknowledged by your agent. The full deposit of $4,600 has not been returned. Please transfer it within 7 days, failing which I will file a claim at the Small Claims Tribunals.",
        ),
    ],
    [
        (
            "system",
            "你是「安居租」App的客服助手。当前登录用户：韩雪（租客），手机 177 5123 0846，在租房源：杭州市西湖区文三路478号华星小区5幢1单元701，合同期2025-03-01至2026-02-28，月租4300元。",
        ),
        ("user", "我下个月想提前退租，押金能退吗？"),
        (
            "assistant",
            "韩女士您好，根据您的合同，提前退租需提前30天书面通知，押金一般会扣除一个月租金作为违约金，剩余部分在交接后7个工作日内退回。",
        ),
        ("user", "那我这个月15号搬走，钥匙交给谁？"),
    ],
    [
        (
            "user",
            "Penyewa saya dah tiga bulan tak bayar sewa. Saya nak hantar notis rasmi dulu sebelum ambil tindakan mahkamah.",
        ),
        (
            "assistant",
            "Baik. Untuk notis itu, saya perlukan nama penuh penyewa, alamat premis, jumlah tunggakan dan tarikh akhir yang anda mahu beri.",
        ),
        (
            "user",
            "Nama dia Mohd Shahrul Nizam bin Abdullah, IC 930725-08-5183. Premis No. 14, Jalan Teratai 3, Taman Bukit Indah, 81200 Johor Bahru. Tunggakan RM3,900 (Ogos hingga Oktober). Bagi 14 hari.",
        ),
        (
            "assistant",
            "NOTIS TUNTUTAN TUNGGAKAN SEWA / Kepada: Mohd Shahrul Nizam bin Abdullah, No. 14, Jalan Teratai 3, Taman Bukit Indah, 81200 Johor Bahru. Tuan dikehendaki menjelaskan tunggakan sewa sebanyak RM3,900 dalam tempoh 14 hari dari tarikh notis ini, jika gagal tindakan undang-undang akan diambil tanpa notis lanjut.",
        ),
    ],
    [
        ("user", "我住劏房，業主成日話要加水電費，每度電收$1.8，合法嗎？"),
        (
            "assistant",
            "喺規管租賃下，業主只可以按電力公司實際收費向你收回電費，唔可以加價。你可以保留單據，向差餉物業估價署查詢或者求助。",
        ),
        ("user", "幫我寫張字條俾業主。我叫梁嘉欣，住大角咀福全街62號3樓C室，電話5478 2031。"),
        (
            "assistant",
            "梁小姐，以下係草稿：「致業主：本人梁嘉欣，為大角咀福全街62號3樓C室租客。根據規管租賃條文，電費只可按實際收費攤分，請提供電費單據並按實際金額收取。如有疑問請致電5478 2031。」",
        ),
    ],
    [
        (
            "user",
            "The house I rent in Puchong has termites in the kitchen cabinet, landlord says it's my problem. Fair?",
        ),
        (
            "assistant",
            "Termites usually come from the structure, not from how a tenant lives, so treatment is normally the landlord's cost unless your agreement says otherwise. Tell him in writing with photos.",
        ),
        (
            "user",
            "ok I paid RM850 for pest control myself. landlord is Mr Gan Teck Seng, I pay rent to his Public Bank acct 3178552046. can I just transfer RM850 less this month? draft a whatsapp to him",
        ),
        (
            "assistant",
            "Hi Mr Gan, as informed earlier, the termite treatment in the kitchen cost RM850 (receipt attached). As it relates to the structure of the house, I will deduct this amount from this month's rent transfer to your Public Bank account. Please let me know if you'd like to discuss. Thank you.",
        ),
    ],
    [
        ("system", "You are a helpful assistant."),
        (
            "user",
            "My company is relocating me to Sydney in January. My lease runs until Aug 2026 and has a diplomatic clause. What do I need to do?",
        ),
        (
            "assistant",
            "Check that you've passed the minimum period, usually 12 months, then give the notice the clause requires, typically 2 months in writing, with a letter from your employer confirming the transfer.",
        ),
        (
            "user",
            "Please draft the notice. Tenant: Julien Marchand, FIN F2781946W, unit 15 Cairnhill Rise #09-03. Employer letter from Arcadia Freight Pte Ltd dated 3 Nov confirms my transfer.",
        ),
    ],
    [
        ("user", "我想申請租金補貼，但房東說會被查稅不讓我申請，怎麼辦？"),
        (
            "assistant",
            "中央擴大租金補貼不需要房東同意。準備身分證、租約影本和存摺封面，線上申請即可，房東也不能因此終止租約。",
        ),
        (
            "user",
            "幫我確認這樣填對不對：申請人 陳怡君 身分證 R286501936 租屋地址 臺中市西屯區河南路三段120號8樓之2 月租12,500元",
        ),
        (
            "assistant",
            "陳小姐，欄位大致正確：申請人陳怡君、身分證R286501936、地址臺中市西屯區河南路三段120號8樓之2。另外記得附上租約首頁與簽名頁。",
        ),
    ],
    [
        (
            "user",
            "hi i rent out common room in my hdb, tenant is a student from china, she say want to move out early, can i keep deposit?",
        ),
        (
            "assistant",
            "Depends on your agreement. If there's a lock-in period and she leaves before it ends, you can usually keep the deposit as stated; without a lock-in, only deduct actual losses.",
        ),
        (
            "user",
            "ok her name Zhang Yutong, passport E83917264, studying at the poly, still owe me $650 for Nov. lock-in is 6 months she stay 4 only",
        ),
        (
            "assistant",
            "Got it. Message draft: Hi Yutong, noted that you plan to move out. As the agreement has a 6-month lock-in, the deposit will be forfeited, and the $650 rent for November is still outstanding. Please settle it before you hand back the keys. Thanks!",
        ),
    ],
    [
        ("user", "我爸是房东，他最近脑梗住院了，租客合同月底到期，我能代他签续租合同吗？"),
        (
            "assistant",
            "需要您父亲出具书面授权委托书，写明委托事项和期限；如果他目前无法签字，可能需要走监护或公证程序。",
        ),
        (
            "user",
            "我爸叫周建华，65岁，在华山医院神经内科住院，神志还清楚。租客是钱晓东，想续两年，租金每月5500，委托书怎么写？",
        ),
        (
            "assistant",
            "授权委托书：委托人周建华，现因病住院，特委托受托人（您的姓名及身份证号）代为办理与承租人钱晓东续签房屋租赁合同事宜，租期两年，月租金5500元……",
        ),
    ],
    [
        (
            "system",
            "You are ListingBot for Harbourline Realty agents. Current listing: 3BR HDB at Blk 512 Bishan Street 13 #14-22. Owner: Mdm Rosnah binti Jaafar, mobile 9461 0372, prefers viewings after 6pm on weekdays, asking rent $3,600, available 1 Feb.",
        ),
        ("user", "Write a listing description for the portals. Don't include the owner's details."),
        (
            "assistant",
            "Bright 3-bedroom HDB flat in Bishan, high floor, 5 minutes to Bishan MRT and Junction 8, near top schools. Fully furnished, renovated kitchen. $3,600/month, available 1 Feb. Weekday evening viewings.",
        ),
    ],
    [
        (
            "user",
            "Tuan rumah suruh saya keluar dalam 7 hari sebab saya lambat bayar sewa sebulan. Saya baru bersalin, ada bayi 2 bulan. Boleh dia buat macam tu?",
        ),
        (
            "assistant",
            "Tidak. Pengusiran mesti melalui perintah mahkamah di bawah Akta Relief Spesifik 1950. Bayar tunggakan secepat mungkin dan simpan semua rekod.",
        ),
        (
            "user",
            "Nama saya Nor Aisyah binti Hamzah, rumah sewa di No. 7, Lorong Mawar 2, Taman Sri Muda, 40400 Shah Alam. Dia dah tukar kunci pintu pagar semalam. Tolong tulis surat kepada dia.",
        ),
    ],
    [
        (
            "user",
            "Landlord wants the first month plus deposit ($5,700) by credit card through a link he sent on WhatsApp. Is that normal?",
        ),
        (
            "assistant",
            "Not really. A bank transfer with a receipt is normal. Don't enter card details in a link sent over chat; it could be a phishing page.",
        ),
        (
            "user",
            "too late, I already typed my Mastercard 5520 3371 8460 2957 exp 11/27 and the CVV. what do I do now",
        ),
        (
            "assistant",
            "Call your bank's card hotline now on the number printed on the back of the card and block the card, then check recent transactions and file a police report if money was taken.",
        ),
    ],
    [
        (
            "user",
            "中介收了我一个月租金的中介费，结果房子是二房东的，现在真房东要我搬走，我能找中介退费吗？",
        ),
        (
            "assistant",
            "可以主张。中介未如实报告房屋权属情况，依《民法典》第九百六十二条可以不支付报酬并要求赔偿损失。",
        ),
        ("user", "中介叫吴志强，手机186 0274 9931，现在不接电话。我交了4200，有转账记录。"),
        (
            "assistant",
            "建议：1. 保留与吴志强的聊天和4200元转账记录；2. 向12345或住建部门投诉该中介；3. 协商不成可以起诉要求返还。",
        ),
    ],
    [
        (
            "user",
            "Moving out of my flat in Sai Ying Pun. Landlord wants to deduct HK$9,000 for repainting after 2 years. Fair?",
        ),
        (
            "assistant",
            "Repainting after two years of normal use is usually fair wear and tear, unless you damaged the walls or the agreement requires repainting on exit.",
        ),
        (
            "user",
            "Ok, draft the claim summary for the Small Claims Tribunal. Claimant: Oliver Brennan, HKID R118374(4), Flat 12B, 38 High Street, Sai Ying Pun. Defendant: the landlord company Wing Fat Investment Ltd. Claim HK$9,000.",
        ),
    ],
    [
        ("user", "我是房東，房客說要提前解約，兩個月押金我可以全部沒收嗎？"),
        (
            "assistant",
            "依住宅租賃定型化契約應記載事項，提前終止租約時，違約金不得超過一個月租金，所以不能把兩個月押金全部沒收。",
        ),
        (
            "user",
            "房客資料：黃柏翰 E125830947 電話 0987 221 634，他說工作調到高雄。幫我寫一封 LINE 訊息說明押金怎麼扣。",
        ),
    ],
    [
        (
            "user",
            "Me and 3 housemates share a rented terrace in Cheras. One of them keeps not paying his share of the utilities. How do we handle it?",
        ),
        (
            "assistant",
            "Agree the split in writing, share the bills in the group every month, and set a due date. If he keeps refusing, the landlord or the main tenant can deal with it under the agreement.",
        ),
        (
            "user",
            "his name is Darren Yap Kah Seng, he owes RM486 over 3 months and keeps saying he's broke since he lost his job at the car wash. draft a group message",
        ),
        (
            "assistant",
            "Hi all, quick update on utilities: Darren, your share for the last 3 months comes to RM486. We understand things have been tough since the job change, so can we agree a plan, e.g. RM162 a month? Let us know by Sunday.",
        ),
    ],
    [
        ("user", "Tenant baru nak bayar deposit 2+1, macam mana nak buat resit yang betul?"),
        (
            "assistant",
            "Resit patut ada nama pembayar, jumlah, tujuan bayaran (deposit keselamatan dan utiliti), alamat premis, tarikh dan tandatangan penerima.",
        ),
        (
            "user",
            "ok buat resit: diterima daripada Tan Mei Ling (IC 020611-13-0456) RM4,050, bayar ke akaun Maybank saya 5642 1190 7731 atas nama Abdul Rahim bin Salleh.",
        ),
        (
            "assistant",
            "RESIT PENERIMAAN DEPOSIT / Diterima daripada: Tan Mei Ling (No. K/P 020611-13-0456) / Jumlah: RM4,050 (deposit keselamatan dan utiliti) / Dibayar ke: Maybank 5642 1190 7731, Abdul Rahim bin Salleh / Tandatangan penerima: ________",
        ),
    ],
]
