# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en334: SG/MY church offices and parish secretariats (baptism and marriage registers, pastoral care visits, tithe and donation receipts, prayer requests, cell-group chats). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en334
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "parish_bulletin_notices"): _lines("""
        Parish Office hours from 1 Jan 2027: Tue-Fri 9.30am-5.30pm, Sat 9am-12.30pm, closed Mon and PH. Call 6337 2036 or WhatsApp 8125 4470 (office line, text only).
        Infant Baptism preparation for parents and godparents: 2nd Saturday of each month, 2.30pm, Room 3-02, Catholic Centre, 'A' Queen Street, Singapore 188533. Register at least 6 weeks ahead.
        Marriage Preparation Course run 27/2026 is full. Next run starts 9 Jan 2027; fee S$380 per couple incl. materials and lunch. Enquiries: mpc@famlifeoffice.org.sg or 6858 3011.
        Reminder from the Cathedral office: Mass intentions for the week of 14-20 Dec close this Wednesday noon. Offering envelopes are at the Welcome Desk beside the Holy Water font.
        St Anne's Novena resumes every Tuesday 7.45pm at the Church of St Anne, 66 Sengkang East Way. Basement parking is free for the first 2 hours with the parish season label.
        Christmas Eve Vigil Mass in Mandarin at 7pm, English at 9pm and midnight; Tamil Mass on Christmas Day at 11am. Shuttle bus from Bukit Panjang MRT Exit B every 15 min from 6pm.
        Cardinal William Goh will celebrate the Chrism Mass on Holy Thursday at 10am. Clergy and religious please assemble at the sacristy by 9.15am. Live-stream on the archdiocese YouTube channel.
        Columbarium niche applications for 2027 open 5 Jan. Single niche S$4,800, double niche S$8,200, upkeep S$50/yr. Forms at the Parish Office, Level 1, or download from the parish website.
        Lost and found: one black Totes umbrella, one Samsung Galaxy Tab with blue cover and a Jerusalem Bible with floral cover left at Pew 14 after the 11am Mass. Claim at the office counter.
        Blood donation drive with the Singapore Red Cross at the Parish Hall, Sun 21 Dec, 9am-1pm. Walk-ins welcome; bring your own NRIC or passport for registration on the day.
        The Archdiocese of Kuching office at Jalan Tun Abang Haji Openg will be closed 1-3 Feb for Chinese New Year. For urgent sacramental needs call the duty line 082-242 634.
        Bulletin deadline: items for the 4th Sunday of Advent issue must reach bulletin@stignatius-parish.sg by Tue 16 Dec 6pm, max 120 words, JPEG posters no larger than 2 MB.
        Pastoral Care Ministry is recruiting volunteers for hospital visits at Tan Tock Seng and KTPH. Orientation on 10 Jan, 2pm; contact the ministry hotline 6451 7788 ext 214.
    """),
    ("en", "donation_receipts_and_tax"): _lines("""
        OFFICIAL RECEIPT No. OR-2026-018443 | Church of the Divine Mercy (UEN T08CC3156F) | Building Fund | Amount: S$500.00 | Mode: PayNow UEN | Date: 07/12/2026
        This receipt is tax-deductible at 250% under IPC status (IPC No. IPC000712) valid until 30 Jun 2028. Deductions are auto-included if a tax reference number was given at the time of donation.
        PayNow to UEN S62SS0047H, reference field TITHE-DEC26. Please do not key your name into the reference; the finance team matches transfers by the envelope code.
        Cheques payable to 'Parish of St Ignatius - Offertory Account', OCBC current account 501-123456-001. Write the fund code (BF, MF, WF) on the back of the cheque.
        Summary for FY2026: 1,842 receipts issued, total tithes S$2,316,480.55, thanksgiving offerings S$184,220.00, mission fund S$96,310.40; 27 receipts voided and re-issued.
        Receipt numbering: prefix DR for tax-deductible donations, NR for non-deductible (tithes, Mass offerings), running 6 digits reset every 1 Jan. Example: DR-000451, NR-013870.
        Tithes and offerings to the church for worship purposes are NOT tax-deductible under IRAS rules; only gifts to the church's approved charity arm, e.g. the welfare fund, qualify.
        Invoice INV/2026/1128 from Bethel Printing Sdn Bhd (SSM 199701024418) to the parish: 5,000 offering envelopes 4x9in, 1 colour, RM1,350.00 + SST 8% RM108.00 = RM1,458.00.
        Receipt reprint request form v3.2 - fields: receipt_no, donation_date, amount, fund_code, reason_for_reprint. Processing time 5 working days; fee waived for the first reprint.
        Online giving via GIRO: deduction on the 5th of each month, first deduction takes 4-6 weeks to activate. Bank charges are absorbed by the parish. Form GIRO-P07 at the Welcome Desk.
        Mass offering guideline: S$20 per intention for weekday Mass, S$30 for Sunday, S$600 for Gregorian Masses (30 consecutive days), effective 1 Jan 2025 per archdiocesan circular 14/2024.
        Credit Note CN-2026-0093 issued against receipt DR-000451: S$150.00 reversed due to duplicate PayNow transfer, bank txn ref 20261203SGD45817720, approved by Finance Committee.
        Grace Methodist Church Petaling Jaya, ROS PPM-004-10-13031956, approved under s44(6) ITA 1967, ref LHDN.01/35/42/51/179-6.6218. Official receipts issued within 14 days.
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning all, aircon in Room 2-05 rosak again lah, the Daikin technician coming 2pm. Pls shift the RCIA session to the Parish Hall, I already update the booking sheet.
        Office copier jam again, toner also habis. I ordered 2 boxes from Fujifilm Business Innovation, PO-26-0417, delivery tmr before 12. Don't print the bulletin first ok.
        Baptism certs for Sunday batch printed already, 14 sets, all signed by parish priest except two waiting for godparent confirmation. Put in the red folder on the counter.
        Eh the church WhatsApp line 9177 3020 got so many msg overnight, mostly asking Christmas Mass timing. Can we set auto-reply with the schedule link? Thanks ya.
        Reminder: finance says all tithe envelopes must be counted by 2 counters together, sign off on form F-02, then lock in safe before 1pm. Jangan leave on the table.
        CNY open house catering confirmed: 200 Old Chang Kee curry puffs, 3 trays bee hoon, yusheng from Jumbo Seafood. Total est S$1,460, pls raise PR before Friday.
        Wedding at 3pm Sat, florist from Far East Flora coming 12.30 to set up. Pls remind sacristan don't let them tape on the pews, last time the varnish peel off.
        不好意思 today I late a bit, MRT breakdown at Jurong East. Can someone open the columbarium office at 9? Key in the grey box, code same as last week.
        ParishSoft will be down Sat 10pm-2am for upgrade to v4.8. Don't key in new baptism records during that time, later sync problem again. 明天早上再做.
        Sabah BM Mass roster Dec dah siap, I upload to shared drive /Liturgy/2026/Dec. Lectors and wardens please check, kalau clash let me know by Friday.
        Received 3 boxes of Our Daily Bread booklets, Q1 2027 edition, 600 copies. Stacked at the back of the bookshop, pls don't block the fire exit ya.
        Heads up: NEA officer coming Thursday for mosquito inspection, pls check the flower pots at the Lourdes grotto and the drain near the carpark. 谢谢大家!
        Parish priest says the Advent Reconciliation Service move to 18 Dec 8pm, 6 priests confirmed from the Jesuit and Franciscan communities. Pls update FB page and bulletin.
    """),
    ("zh-Hant", "堂區歷史"): _lines("""
        澳門聖若瑟修院及聖堂建於1758年,由耶穌會士主持興建,其巴洛克式圓頂為遠東少見,2005年隨澳門歷史城區列入聯合國教科文組織世界遺產名錄。
        香港聖約翰座堂位於中環花園道,1849年落成,是香港現存最古老的西式教會建築;首任維多利亞主教施美夫(George Smith)於1850年抵港就任。
        大三巴牌坊原為聖保祿教堂前壁,教堂於1835年一場大火中焚毀,僅餘前壁及六十八級石階,現為澳門最具代表性的地標,每年吸引大量旅客參觀。
        台南太平境馬雅各紀念教會源自1865年英國長老教會宣教師馬雅各醫生來台行醫傳道,是台灣基督長老教會歷史最悠久的教會之一,現址位於台南市中西區。
        利瑪竇(Matteo Ricci)於1582年抵達澳門學習中文,其後入華傳教,與徐光啟合譯歐幾里得《幾何原本》前六卷,於1607年在北京刊行,影響深遠。
        馬禮遜(Robert Morrison)1807年抵達廣州,是首位來華的基督新教傳教士,他與米憐合譯的中文《聖經》於1823年在麻六甲出版,史稱《神天聖書》。
        新加坡善牧主教座堂於1847年落成,由巴黎外方傳教會神父 Jean-Marie Beurel 主持興建,1973年被列為國家古蹟,2016年完成大規模修復後重新開放。
        香港聖母無原罪主教座堂位於堅道16號,1888年祝聖啟用,為天主教香港教區的主教座堂,建築採用哥德復興式風格,教區秘書處亦設於座堂附近。
        萬金聖母聖殿位於屏東縣萬巒鄉,始建於1863年,現存建築於1870年完工,1984年獲教宗若望保祿二世冊封為宗座聖殿,是台灣最古老的天主教堂之一。
        宋尚節博士(John Sung)於1935年至1939年間多次到新加坡、馬來亞及荷屬東印度佈道,組織佈道團,對當地華人教會影響深遠,至今仍常被教會史研究引用。
        台北濟南基督長老教會建於1916年,原為日治時期日本基督教會台北幸町教會,紅磚與石材砌成的哥德式外觀保存完好,已列為台北市市定古蹟。
        澳門玫瑰聖母堂由道明會士於1587年創立,現存建築為十八世紀重建,黃色外牆與白色灰泥裝飾為其特色,堂內聖物寶庫陳列約三百件宗教藝術品。
        教區檔案處公告:查閱1950年以前的領洗及婚配登記冊須預約,僅限學術研究或本人申請,開放時間為星期二及星期四上午十時至下午四時,公眾假期休息。
    """),
    ("ms", "notis_gereja"): _lines("""
        Misa Bahasa Malaysia setiap hari Ahad jam 9.00 pagi di Gereja St. Francis Xavier, Jalan Gasing, Petaling Jaya. Umat dari Sabah dan Sarawak dialu-alukan untuk menyertai koir.
        Pendaftaran Sakramen Pembaptisan Bayi dibuka hingga 31 Januari 2027. Sila bawa salinan sijil kelahiran dan sijil perkahwinan gereja ibu bapa ke Pejabat Paroki.
        Kursus Persediaan Perkahwinan (KPP) Siri 1/2027 akan diadakan pada 17-18 Januari di Dewan Paroki, Kota Kinabalu. Yuran RM150 sepasang termasuk makan tengah hari.
        Pejabat Paroki ditutup pada 25 dan 26 Disember sempena Hari Krismas. Untuk keperluan sakramen kecemasan, hubungi talian bertugas pejabat di 088-712 450.
        Kutipan kedua minggu ini adalah untuk Tabung Mangsa Banjir Kelantan dan Terengganu. Sumbangan boleh juga dibuat melalui DuitNow QR yang dipaparkan di pintu masuk gereja.
        Persekutuan Kristian Malaysia (CFM) menyeru semua gereja mengadakan doa khas untuk keamanan negara pada Ahad, 29 Ogos, sempena Hari Kebangsaan ke-70.
        Jadual Misa Krismas: Malam Krismas 24/12 jam 7.00 mlm (BM), 9.30 mlm (Inggeris), 12.00 tgh malam (Mandarin); Hari Krismas 25/12 jam 8.00 pagi (Tamil) dan 10.00 pagi (BM).
        Kelas Katekismus Remaja bermula semula pada 11 Januari. Ibu bapa diminta membeli buku teks Siri Iman Kita Jilid 3 (RM18.50) di kedai buku paroki sebelum kelas pertama.
        Gereja SIB Kuala Lumpur akan menganjurkan Konvensyen Belia Borneo 2027 di Kota Kinabalu dari 5 hingga 8 Jun. Yuran pendaftaran awal RM220 seorang sebelum 31 Mac.
        Peringatan kepada petugas kaunter: resit derma mesti dicetak dari sistem, bukan ditulis tangan. Nombor resit bermula dengan KK-2027- diikuti enam digit, contoh KK-2027-000125.
        Sumbangan ke Tabung Kebajikan paroki layak potongan cukai di bawah subseksyen 44(6) Akta Cukai Pendapatan 1967, rujukan kelulusan LHDN.01/35/42/51/179-6.7731.
        Kumpulan Pelawat Pastoral akan melawat Rumah Seri Kenangan, Cheras pada Sabtu 13 Disember jam 10 pagi. Sila berkumpul di tempat letak kereta gereja jam 9.15 pagi.
        Buku Doa Harian edisi 2027 kini dijual di kedai buku paroki pada harga RM12.00 senaskhah. Diterbitkan oleh Komisi Liturgi Keuskupan, ISBN 978-967-0123-45-6.
    """),
    ("en", "parish_system_logs_config"): _lines("""
        2026-12-07T09:14:22+08:00 INFO registers.baptism: batch import finished, 42 rows ok, 0 rejected, source=BAP_2026Q4.csv, sha256=9f2c1e7a0b44d8e3c6a51f0e2d7b9a8c13f4e6d2
        [2026-12-07 18:02:55 SGT] WARN giving.paynow: webhook retry 3/5 for txn_ref=PN26120718024471, merchant_uen=T08CC3156F, http_status=502, next_attempt_in=120s
        config receipts.prefix_deductible=DR receipts.prefix_other=NR receipts.reset=yearly receipts.pdf_template=templates/receipt_v7.html tz=Asia/Singapore
        CSV header: register_no,entry_date,sacrament,celebrant_code,parish_code,book_no,page_no,line_no,remarks,created_by_role,last_modified_utc
        ERROR 2026-12-06 23:59:01 cellgroup-bot: Telegram API rate limit (429) when posting weekly reminder to chat_id=-1001827364510, backoff 30s, attempt 2 of 4
        DB migration 0047_add_confirmation_sponsor_field applied in 1.84s on pg 15.6; rows affected 0; schema version now 2026.12.1; rollback script 0047_down.sql verified.
        example .env: PARISH_CODE=SG-CDM-07 SMTP_HOST=smtp.example.org SMTP_USER=noreply@example.org RECEIPT_START=100000 CURRENCY=SGD DEBUG=false
        INFO 2026-12-05 10:22:17 mass-intentions: 317 intentions scheduled for 8-14 Dec across 19 Masses; avg 16.7 per Mass; overflow queue empty; job took 2.3s.
        pytest -k test_receipt_numbering passed (12 tests, 0.43s); coverage giving/receipts.py 94%; flake8 clean; build 2026.12.07-rc2 tagged as a3f9c21.
        GET /api/v2/registers/marriage?year=1998&book=12&page=45 200 OK 87ms user_role=archivist ip=10.12.0.4 request_id=7c1e-44b2-9a0d
        Backup job nightly-registers completed 02:00-02:41, 18.6 GB to bucket parish-archive-sg (ap-southeast-1), retention 35 days, md5 5d41402abc4b2a76b9719d911017c592.
        SMS gateway config: sender_id=STMARYPAR template_id=TPL-0923 body='Your Mass intention request {{ref}} is confirmed for {{date}}. Thank you.' max_len=160
        WARN 2026-12-07 07:45:03 attendance-counter: sensor ENTRANCE-B offline 14 min; estimated headcount for 7.30am Mass = 642 (+/-5%), fallback to usher tally.
    """),
    ("zh-Hans", "洗礼婚配常见问题"): _lines("""
        问:婴儿领洗需要准备什么文件?答:父母的教会婚配证明、婴儿出生证明复印件,以及代父母所属堂区出具的推荐信,请于领洗前六周交到堂区办公室。
        问:可以在非本堂区举行婚礼吗?答:可以,但需先向本堂区神父申请转堂许可函,一般办理时间为两至三周,不收取任何费用,许可函有效期为六个月。
        问:领洗证书遗失了怎么办?答:请填写证书补发申请表(表格编号 SR-05),注明领洗日期及堂区,手续费新币10元,约七个工作日后可到办公室领取。
        问:什么是慕道班(RCIA)?答:为有意加入天主教会的成年人而设的课程,为期约九个月,每周四晚上八时在圣堂二楼会议室上课,于复活节前夕领洗。
        问:奉献可以申请扣税吗?答:在新加坡,只有捐给具IPC资格的慈善基金才可扣税;主日奉献和什一奉献属于宗教崇拜用途,不能申请扣税。
        问:婚配登记册可以查阅吗?答:登记册属于教会档案,只有当事人本人或持授权书的代表可申请摘录,不对外公开,也不接受电话查询,敬请见谅。
        问:办公室的联络方式?答:电话 6280 1450,电邮 office@sacredheart-parish.sg,星期二至星期六上午九时至下午五时办公,公共假期休息。
        问:坚振圣事几岁可以领?答:一般为十五岁以上、已完成三年要理课程的青少年,成人可随慕道班一并领受。报名截止日期为每年二月底。
        问:可以用PayNow奉献吗?答:可以,扫描圣堂门口的二维码,或输入堂区UEN号码 T08CC2207K,在备注栏写明用途,例如“建堂基金”或“慈善基金”。
        问:追思弥撒怎样预订?答:请至少提前两周在办公室登记,每台弥撒献仪建议新币20元,可指定日期,但圣诞节及复活节期间不接受指定日期。
        问:马来西亚的天主教徒在新加坡结婚,证书需要认证吗?答:需要。婚礼后由本堂区签发的婚配证书,须经总教区秘书处盖章,方可在马来西亚堂区登记。
        问:殡葬礼仪谁负责安排?答:请家属先联系殡仪公司,再致电堂区办公室确认神父时间;骨灰安置于本堂灵骨塔须另行申请,费用请参阅价目表。
        问:细胞小组怎样加入?答:请在主日弥撒后到接待处填写意向表,牧灵组会按您居住的区域(如淡滨尼、盛港、裕廊西)安排合适的小组。
    """),
    ("en", "bookshop_price_list"): _lines("""
        Bookshop price list Dec 2026: 'The Return of the Prodigal Son' by Henri Nouwen, paperback, S$24.90; 'Mere Christianity' by C.S. Lewis, S$19.50; member discount 10%.
        SKU RS-0412 Rosary, olive wood from Bethlehem, 6mm beads, S$18.00 | SKU RS-0415 Rosary, sterling silver, S$129.00 | SKU RS-0420 St Benedict medal bracelet, S$22.00
        Statue of St Joseph the Worker, resin, 30cm, hand-painted, made in Italy by Fontanini, S$145.00; Our Lady of Lourdes 45cm S$210.00. Blessing by priest after weekend Masses.
        Catholic Youth Bible (NABRE), Saint Mary's Press, RM89.90; Alkitab Deuterokanonika edisi saku RM35.00; 圣经思高本 RM48.00; prices include SST, stock at St Pauls counter.
        Baptism gift set: white candle with Chi-Rho design, shell and certificate holder, S$35.00 per set; personalised engraving on candle add S$8.00, ready in 7 working days.
        Advent wreath kit with 3 purple and 1 rose candle, 12in frame, S$28.00. Refill candles pack of 4, S$9.50. Stock on hand: 46 kits as at 7 Dec, 3pm.
        Our Daily Bread devotional, Jan-Mar 2027, English and Chinese editions, free of charge with donation box beside the counter; large print edition S$2.00 each.
        Hymns Ancient and Modern, New Standard, hardback, S$42.00; Mission Praise combined words edition, S$26.00; Worship IV choir edition by GIA Publications, S$68.00.
        Jesus Calling by Sarah Young, 10th anniversary edition, RM55.90; The Purpose Driven Life by Rick Warren, RM49.90; The Chosen Season 4 DVD set, RM79.00.
        Clearance: 2026 liturgical calendars by Claretian Publications S$3.00 each while stocks last; holy cards of St Teresa of Calcutta, St Francis Xavier and St Josemaria Escriva, 3 for S$1.
        Order PO-BK-2026-0311 to Pauline Books and Media: 40 x Youcat English, 25 x Docat, 30 x Youcat for Kids, ETA 20 Dec, shipping S$45.00, payment term 30 days.
        Opening hours of the parish bookshop: Sat 5pm-8pm, Sun 7.30am-1.30pm; cash, NETS and PayNow accepted; card minimum spend S$10. Bookshop counter line 6748 0233.
        Mother Teresa, Come Be My Light, hardcover, Doubleday 2007, edited by Brian Kolodiejchuk MC, S$38.00, 2 copies left on shelf B4; reorder code DBL-0385520379.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Baptism register entry 2026/B/0412: Ethan Matthias Koh, born 03/08/2026 at KKH, father Desmond Koh Wei Liang, mother Charmaine Lee Hui Min, godparents Joel Tan and Rachel Ong.
        Prayer request (please keep confidential): for Mdm Rosalind Pereira, 74, recently diagnosed with stage 3 colon cancer, starting chemo at NCCS on 15 Dec. Her son Gerard asks for the Anointing of the Sick.
        Donor record: Mr Alphonsus Chua Kok Meng, NRIC S8734521A, tel 9683 2174, pledged S$200/month to Building Fund via GIRO from DBS a/c 027-1-458823.
        Pastoral visit note 04/12: Bro Samuel Jeyakumar still unemployed since Aug, 3 months behind on rent at Blk 417 Pasir Ris Dr 6 #08-231; wife asked if SVDP can help with groceries.
        Marriage register 2026/M/0087: Bridegroom Kenneth Raj Anthony (FIN F2284619K), Bride Stephanie Lim Pei Shan (NRIC T0312876D), solemnised 22/11/2026, witnesses Aaron Lim and Priya Fernandez.
        Hi office, can update my email for the tithe receipts? Now using ling.mabel82@gmail.com, the old hotmail one got hacked. Thanks - Mabel Ling, Sunday 9am choir.
        Cell group prayer list Wk 49: pray for Uncle Ah Seng's knee surgery at CGH Thurs; for Joanne's husband who lost his job at the bank; for Melvin, struggling with gambling debts again.
        Can someone visit Mrs Teresa Gomez at SGH Ward 67 Bed 14? She had a fall at her home at 28 Jalan Kembangan, and her daughter in Perth can only fly back next week (+61 412 558 903).
        Missed call log 06/12 15:42 - caller wants infant baptism slot in Feb, pls call back 9735 6120 after 6pm only, did not leave name.
        Annulment enquiry forwarded to the Tribunal: Ms Grace Wong Shu Fen, civil divorce granted 2024, wants to remarry in church; ex-husband moved to Hong Kong and is not contactable.
        Tithe receipt DR-004817 issued to Dr Vincent Xavier Rajoo, 12 Jalan SS 21/37, Damansara Utama, 47400 Petaling Jaya, MyKad 780512-10-5237, RM3,000.00.
        Funeral booking: the late Mr Leonard Soh Ah Kow, 81, passed away 6 Dec; wake at Blk 203 Toa Payoh North void deck; family contact Maureen Soh 9172 4408; cremation Mandai 10 Dec.
        RCIA file: Kavitha d/o Subramaniam, 29, Hindu family, parents not yet told of her decision to be baptised at Easter; please do NOT call her home number 6782 3015.
        Counselling referral: Jerome Tay, 16, Sec 4 student, disclosed self-harm to his youth leader on 30 Nov; mother Angela informed; first appointment with the counsellor on 9 Dec.
        PayNow received S$150.00 from LIM KAI XIANG, ref 'tithe nov', mobile 9xxx 4471, please match to envelope no. 2231 before closing the Nov ledger.
        Sponsor letter: I, Benedict Ooi Teck Huat (NRIC S8120466G), confirm that I am a practising Catholic registered at Church of the Risen Christ and agree to be confirmation sponsor for my nephew Lucas Ooi.
        Season parking labels for Sunday volunteers: SKL 4721 J (Honda Jazz, owner Patrick Ng), SGF 882 C (Toyota Wish, owner Ruth Chelliah). Labels valid till 31 Mar 2027.
        Confidential: Michelle, our cell group leader in Punggol, is 10 weeks pregnant and not married; she asked us not to tell the cell until she speaks with her parents first.
    """),
    "mixed": _lines("""
        Pastor ah, Auntie Lucy Tan 陈美玲 from our Tuesday cell admitted to NUH last night, suspected stroke. Her son 阿强 number 9021 6637, pls call him before visiting ok.
        Tithe envelope no. 1187 belongs to 黄志伟 Wong Chee Wai, MyKad 850314-14-5523, bank-in from Maybank acc 5141 2290 8834, RM500 for Nov. Pls key in system.
        CSV row: 2026-11-30,BAP,0419,Chloe Ng Xin Yi 黄欣怡,2026-05-17,Ng Boon Hock,Tan Li Ping,Blk 12 Jalan Bukit Merah #15-88 Singapore 150012
        Eh don't tell anyone ah, 林太 said her husband kena arrested last week for the CBT case, she very shame to come church. Maybe pastor can visit her at home in Sengkang?
        Bro Marcus 借了教会互助基金 RM8,000 for his kid's uni fees, still owe RM5,600, promised pay back RM400 every month but Oct Nov tak bayar lagi.
        Wedding rehearsal: groom Daniel Chong 张家豪 +60 12-338 7015, bride Joanna Lee 李慧敏 +60 16-742 2906, 9 Jan 2027 at 7pm, 婚前辅导 completed 2 Nov.
        Pls pray for my sister-in-law 王秀英 in 深圳 hospital, kidney failure, need dialysis 3x a week. Family collecting funds, her 身份证 110105197511032878 needed for the hospital fund form.
        Ms Priya Nair tel 8816 0392 wants to book the chapel for her parents' 40th anniversary thanksgiving Mass, 她说 budget not much because just retrenched last month.
        Sis Angeline 的 HKID K382917(0), need for the Hong Kong parish transfer letter, 她 moving back to Tsuen Wan next month lah, pls prepare by Fri.
    """),
    "ms": _lines("""
        Permohonan Sijil Baptis: Nama Maria Goretti anak Jimbun, No. KP 920817-13-6084, dibaptis di Gereja St. Joseph, Kuching pada 15 Ogos 1993. Telefon 013-845 2291.
        Doa syafaat: Sila doakan Puan Josephine Lajim yang sedang menjalani rawatan dialisis di Hospital Queen Elizabeth, Kota Kinabalu. Anaknya Rudy boleh dihubungi di 019-883 1207.
        Rekod ziarah: Encik Albert Gunsalam, 68, tinggal seorang diri di Lot 22, Kampung Penampang Baru, Penampang. Mengalami kemurungan selepas isteri meninggal dunia, perlu lawatan mingguan.
        Sumbangan RM1,000 daripada Sdr. Stephen Ling Hock Seng, MyKad 770211-13-5513, akaun CIMB 7012 4488 3019, untuk Tabung Pembinaan. Resit dihantar ke stephen.ling77@yahoo.com.
        Pasangan Florence Mojuntin dan Jeffery Sipaun mohon melangsungkan perkahwinan pada 14 Feb 2027. Florence sedang mengandung 4 bulan, mohon kes dibincang secara sulit dengan Paderi.
        Sila hubungi saya di 011-2398 4471 tentang pendaftaran kelas katekismus anak saya, saya hanya boleh jawab selepas jam 6 petang. Terima kasih.
        Saudara Moses anak Ngau ditahan polis di Miri minggu lepas kerana kes dadah. Keluarga minta bantuan guaman dari gereja, tolong rahsiakan dari jemaah.
        Borang Ahli Sel: Nama: Evelyn Chin Mei Ling | Alamat: No. 8, Jalan Mutiara 3/2, Taman Mutiara, 43000 Kajang, Selangor | Tel: 012-665 3380 | Kumpulan Sel: Kajang Timur
    """),
    "zh-Hans": _lines("""
        代祷事项:请为陈国华弟兄代祷,他上个月确诊肝癌晚期,目前在中山医院住院,太太和两个孩子情绪都很低落,请大家暂时不要去医院探望。
        领洗登记:姓名 刘思雨,圣名 玛利亚,出生日期 2026年4月2日,父亲 刘建军,母亲 周燕,住址 广州市天河区体育西路128号3栋1502室。
        奉献收据补发:王先生,手机 13826475903,2026年11月什一奉献人民币2,000元,请把电子收据发到 wangjw1980@163.com。
        小组长反映:张姐的老公最近欠了三十多万赌债,家里天天被追债,她不敢来聚会了,想请牧师私下探访她。
        婚配登记补录:新郎 郑浩然 身份证 440304198806123414,新娘 许婷婷 身份证 350203199202145621,于2026年10月3日在深圳举行婚礼。
        探访记录:李阿姨独居,上周在家跌倒后左手骨折,女儿在美国,邻居电话 139 1672 4085,有事可以先联系邻居。
        细胞小组签到表:阿明 138 2297 6410,小芳 159 0211 7368,老周 136 6652 8803;下周轮到阿明家聚会。
        经济援助申请:申请人 黄丽华,女,42岁,离婚后独自抚养两个孩子,月收入约新币1,800元,已欠房租三个月,请慈善组尽快审核。
    """),
    "zh-Hant": _lines("""
        代禱:請為何太禱告,她上星期流產,情緒很差,丈夫何志強請大家暫時不要打電話給她,讓她好好休息。
        堂區登記表:姓名 陳嘉欣,香港身份證 Y540218(0),電話 9436 2281,地址 九龍觀塘秀茂坪邨秀明樓1815室,所屬小組 觀塘青年團契。
        婚配登記:新郎 林冠宇(身分證 A128733503),新娘 吳佩珊(身分證 F234077817),2026年11月14日於台北聖家堂舉行婚禮。
        梁文傑先生(澳門居民身份證 5183427(3),電話 6628 1947)申請補發1998年在聖老楞佐堂的領洗證明,需於下月寄往葡萄牙。
        關懷探訪:黃伯伯八十二歲,住台北市大安區和平東路二段96巷7號4樓,患失智症,由外傭照顧,兒子在上海工作,每月只回來一次。
        奉獻轉帳:張美玲姊妹11月十一奉獻新台幣12,000元,轉出帳號 國泰世華 0123-5068-7732,請開立收據寄到她家。
        阿傑最近因為欠了網上借貸十幾萬,追債的人打電話到教會辦公室,請同工接到電話時不要透露他的任何資料。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a drafting assistant for the parish office of the Church of St Michael, Singapore. Keep letters formal and short.",
        ),
        (
            "user",
            "Pls draft a letter confirming baptism for Mr Clement Yeo Boon Keng, NRIC S7619043G, baptised 12 May 1985 in this church, Register Book 14 page 88. He needs it for his wedding in Melbourne.",
        ),
        (
            "assistant",
            "Certificate of Baptism - To whom it may concern: This is to certify that Mr Clement Yeo Boon Keng (NRIC S7619043G) was baptised at the Church of St Michael, Singapore on 12 May 1985, as recorded in Baptismal Register Book 14, page 88. Issued for the purpose of marriage. Parish Priest, signature and parish seal.",
        ),
        ("user", "Good. Add that no marginal notation of marriage appears in the register."),
        (
            "assistant",
            "Added: The register contains no marginal notation of any previous marriage as at the date of this certificate.",
        ),
    ],
    [
        (
            "user",
            "Summarise my pastoral visit notes for the monthly report: visited Mdm Koh Siew Lan, 79, Blk 52 Chai Chee St #05-114, early dementia, keeps forgetting her meds; her son Roland Koh 9466 1803 works night shift and she is alone most days.",
        ),
        (
            "assistant",
            "Summary: One home visit to an elderly parishioner living alone with early dementia and medication lapses; family support limited due to work schedule. Suggested follow-up: weekly visits, medication reminder arrangement, referral to a senior activity centre. For the report I have left out her name, address and her son's number.",
        ),
        ("user", "Ok thanks, also suggest what to tell the cell group without sharing too much."),
        (
            "assistant",
            "You could say: One of our elderly members is unwell and lives alone; please keep her in prayer, and let the pastoral team know if you can help with weekly visits. Avoid mentioning the diagnosis or where she lives.",
        ),
    ],
    [
        (
            "system",
            "Donor table for Dec reconciliation: envelope,name,nric,amount | 2231,Lim Kai Xiang,S9012784D,150.00 | 2240,Esther Manogaran,T0146652J,300.00 | 2251,Ho Wai Keen,S7711029C,1200.00",
        ),
        ("user", "What is the total for these three envelopes and which one is above 1000?"),
        (
            "assistant",
            "The total is S$1,650.00. Envelope 2251 is the only one above S$1,000 (S$1,200.00).",
        ),
    ],
    [
        (
            "user",
            "I want to post a prayer request in the parish Telegram: my husband Bryan Sim was just diagnosed with bipolar disorder and he lost his job at Changi last week. Can you help me word it?",
        ),
        (
            "assistant",
            "Here is a gentle version: Dear friends, please pray for my family during a difficult season of health and work challenges. We are trusting God for healing, peace and provision. Thank you for your love. I left out your husband's name, diagnosis and workplace since the group is large; you can share details privately with the pastoral team.",
        ),
        ("user", "Maybe just mention Bryan's name can?"),
        (
            "assistant",
            "Sure: Please pray for Bryan and our family during a difficult season of health and work challenges. Thank you for standing with us.",
        ),
    ],
    [
        ("system", "你是一个帮助新加坡细胞小组组长写信息的助手,用简单的英文和华文。"),
        (
            "user",
            "帮我写个 WhatsApp message 给 Jasmine Teo,她最近 depression 很严重,两个星期没来 cell 了,她的号码是 9350 7726。我不想让她觉得有压力。",
        ),
        (
            "assistant",
            "Hi Jasmine, thinking of you this week 🙂 No pressure at all to come for cell, just want you to know we miss you and are praying for you. If you feel like having kopi or a short walk anytime, I am free. 想你了,有需要随时找我。",
        ),
        ("user", "Nice, can add a Bible verse?"),
        (
            "assistant",
            "You can add Psalm 34:18 - The Lord is close to the brokenhearted and saves those who are crushed in spirit.",
        ),
    ],
    [
        (
            "user",
            "Tolong format these marriage register entries into a table ya: 1) 2026/KK/031 Rayner Gansau (KP 900412-12-5371) & Felicia Tan Siew Ling (KP 930228-12-6044), 7 Nov; 2) 2026/KK/032 Jonathan Majimbun & Cecilia Lojuntin, 14 Nov.",
        ),
        (
            "assistant",
            "No. | Date | Groom | Groom IC | Bride | Bride IC -- 2026/KK/031 | 7 Nov 2026 | Rayner Gansau | 900412-12-5371 | Felicia Tan Siew Ling | 930228-12-6044 -- 2026/KK/032 | 14 Nov 2026 | Jonathan Majimbun | (not provided) | Cecilia Lojuntin | (not provided)",
        ),
        ("user", "Thanks, entry 32 IC nanti I tambah sendiri."),
    ],
    [
        ("system", "你是新加坡一间华文堂会办公室的文书助手。"),
        (
            "user",
            "请帮我写一条慰问短信给林志明弟兄的家属,他昨天在樟宜医院去世,丧礼在宏茂桥第326座楼下,家属联络人是他女儿林慧珊,电话 8127 5590。",
        ),
        (
            "assistant",
            "林慧珊姊妹平安:惊闻令尊林志明弟兄安息主怀,教会上下同感哀伤。愿主的安慰与您全家同在。我们会安排牧者到宏茂桥第326座灵堂主持追思礼拜,如需协助请随时联络教会办公室。主内肢体敬上。",
        ),
        ("user", "很好,再加一句教会会送花圈。"),
        ("assistant", "已加入:教会将致送花圈,以表哀思。"),
    ],
    [
        (
            "user",
            "幫我整理這張堂區新教友登記:鄭偉倫,HKID R227645(2),手機 6173 4420,住沙田第一城38座12樓F室,太太區嘉慧,兩個小朋友,想加入週五家庭小組。",
        ),
        (
            "assistant",
            "新教友登記摘要 - 姓名:鄭偉倫;香港身份證:R227645(2);手機:6173 4420;地址:沙田第一城38座12樓F室;家庭:太太區嘉慧及兩名子女;意向:週五家庭小組。建議資料只存於堂區系統,不要貼在小組群組。",
        ),
        ("user", "好,順便寫一句歡迎訊息給他。"),
        (
            "assistant",
            "歡迎偉倫一家加入我們的堂區大家庭!週五晚上八時的家庭小組很期待與你們見面,願主賜福你們一家。",
        ),
    ],
    [
        (
            "system",
            "Anda pembantu setiausaha gereja di Sarawak. Tulis dalam Bahasa Malaysia yang sopan.",
        ),
        (
            "user",
            "Tolong sediakan surat pengesahan keahlian gereja untuk Puan Rosalind anak Bujang, No. KP 850706-13-5218, ahli sejak 2009, untuk permohonan biasiswa anaknya Kelvin.",
        ),
        (
            "assistant",
            "SURAT PENGESAHAN KEAHLIAN - Dengan hormatnya dimaklumkan bahawa Puan Rosalind anak Bujang (No. KP 850706-13-5218) adalah ahli berdaftar gereja ini sejak tahun 2009 dan aktif dalam pelayanan. Surat ini dikeluarkan atas permintaan beliau bagi menyokong permohonan biasiswa anaknya, Kelvin. Sekian, terima kasih. Setiausaha Gereja.",
        ),
        ("user", "Tambah tarikh hari ini dan cop gereja."),
        (
            "assistant",
            "Sudah ditambah: Tarikh: 8 Disember 2026. (Cop rasmi gereja) di bawah tandatangan Setiausaha.",
        ),
    ],
    [
        (
            "user",
            "Saya nak buat resit derma untuk Encik Harvey Lo, sumbangan RM2,500 untuk tabung banjir, bayar guna DuitNow dari akaun Public Bank 3198 4420 67. Boleh bagi format?",
        ),
        (
            "assistant",
            "RESIT DERMA - No. Resit: KK-2027-000xxx | Diterima daripada: Encik Harvey Lo | Jumlah: RM2,500.00 | Tujuan: Tabung Mangsa Banjir | Cara bayaran: DuitNow (Public Bank, akaun berakhir 4420 67) | Tarikh: ___ | Tandatangan Bendahari: ___",
        ),
        ("user", "Kena letak nombor KP dia tak untuk potongan cukai?"),
        (
            "assistant",
            "Ya, untuk tuntutan potongan cukai di bawah subseksyen 44(6), resit perlu ada nama dan nombor kad pengenalan penderma serta nombor rujukan kelulusan LHDN organisasi. Minta nombor KP daripada Encik Harvey terus dan jangan hantar melalui kumpulan WhatsApp.",
        ),
    ],
]
