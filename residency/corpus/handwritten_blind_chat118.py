# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set chat118: chats with an assistant about one's own music hobby (guitar/piano lessons, band rehearsals, grade exams, buying instruments, gigs). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-chat118
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "buying_gear"): _lines("""
        User: Is the Fender Player II Stratocaster SKU 0140512502 worth RM 4,299 or should I wait for 11.11? Assistant: That is close to its usual street price; 11.11 sales on that model have typically taken 8-12% off, so waiting a month could save you around RM 400.
        User: my order #SL-20261104-88312 says 'awaiting pickup' but I chose delivery?? Assistant: That status sometimes shows while the courier is being assigned. Write to the store's support@ mailbox with the order number and ask them to switch it to delivery.
        User: Steinway Model B vs Yamaha C3X for a home studio with a 3.2 m ceiling and a 4.5 x 5 m room, which one? Assistant: A 211 cm Model B can overpower a room that size; the 186 cm C3X is easier to tame with a rug and curtains, and it costs far less.
        User: The invoice says INV-2026-004417, GST 9% S$ 171.00 on a S$ 1,900 digital piano. Did they calculate right? Assistant: Yes, 9% of 1,900 is 171, so the total payable should read S$ 2,071.00.
        User: what does Ernie Ball 2221 Regular Slinky 10-46 actually mean Assistant: 2221 is the catalogue number, and 10-46 are the gauges of the thinnest and thickest strings in thousandths of an inch.
        User: Tracking JNTMY0087742315 has been stuck at the Shah Alam hub for 4 days and my Kawai ES120 is inside. Assistant: Hubs often hold bulky parcels until a larger truck is free. Raise a ticket with the courier's hotline quoting the tracking number, and tell the seller so they can chase too.
        User: Taylor 214ce or Martin D-X2E for fingerstyle, budget about S$ 1,800? Assistant: The 214ce's Grand Auditorium body is more balanced for fingerpicking; the D-X2E is louder and boomier, better if you strum a lot.
        User: Trade-in quote says my used Boss Katana 50 MkII is worth 45% of RRP. Fair? Assistant: For a three-year-old practice amp in good condition, 40-50% is normal for trade-in; you might get 60% selling privately, with more hassle.
        User: The warranty card reads 'Warranty No: ________ Purchased from: ________ Date: __/__/____'. Do I fill it in or does the shop? Assistant: Usually the shop stamps it and writes the date; keep the card together with the receipt.
        User: Roland FP-30X at RM 2,899 vs Casio PX-S3100 at RM 2,599 for an adult beginner? Assistant: The FP-30X has the heavier, more piano-like action; the Casio is slimmer and has more sounds. For learning classical repertoire, the Roland is the safer pick.
        User: How do I tell if a second-hand Gibson Les Paul is genuine from the serial on the back of the headstock? Assistant: Check the serial format against Gibson's published decoder for that year, look at the truss rod cover and the headstock angle, and ask the seller for clear photos before paying.
        User: refund request for order 7731-0298-4415, capo arrived cracked, what do I write Assistant: Give the order number, attach a photo of the crack, and ask for a replacement or refund under the 7-day return policy. Nothing else is needed.
        User: Can I carry a guitar in a soft gig bag as cabin baggage on a flight to Penang? Assistant: Most airlines allow it if it fits in the overhead bin or a closet; board early and ask the crew politely. A hard case usually has to be checked in.
    """),
    ("en", "grade_exams"): _lines("""
        User: What's the pass mark for an ABRSM practical grade? Assistant: Practical grades are marked out of 150: 100 to pass, 120 for merit and 130 for distinction.
        User: Trinity Rock & Pop Grade 3 guitar, can one of my three songs be Seven Nation Army? Assistant: Only songs from the current Trinity Rock & Pop book for that grade or an approved own-choice song count, so check the syllabus list first.
        User: My exam entry reference is ABR-SG-26-118204 and the session is Period B. When do timetables come out? Assistant: Timetables are usually released about two to three weeks before the session starts; your teacher or the applicant who entered you receives it first.
        User: difference between ATCL and DipABRSM? Assistant: Both are first-level performance diplomas. Trinity's ATCL is a recital plus a programme note, while DipABRSM adds a viva voce and a written submission.
        User: In Chopin's Nocturne Op. 9 No. 2, is heavy rubato in bar 16 allowed in a grade exam? Assistant: Tasteful rubato is expected in Chopin; examiners mark musical shape, so just keep the pulse recognisable underneath.
        User: For Grade 6 piano scales, which ones are hands separately? Assistant: Under the current syllabus most are hands together; the chromatic contrary motion and a few arpeggios have specific requirements, so check the scale book for your year.
        User: I keep freezing on 6/8 in Grade 4 sight-reading. Tips? Assistant: Count in two big beats, clap the rhythm first, and practise one short 6/8 passage daily for two weeks.
        User: The results notice says 3 candidates from this centre achieved Distinction in Session 2026B. Is that a lot? Assistant: It depends on how many sat; 3 out of 20 would be above average, 3 out of 200 would not.
        User: Can I resit only the aural test? Assistant: No, a practical grade is assessed as a whole, so a resit means taking all sections again.
        User: Mark sheet: pieces 24/30, 26/30, 22/30; scales 15/21; sight-reading 14/21; aural 13/18. Did I pass? Assistant: That totals 114 out of 150, a pass, 6 marks short of merit.
        Write me a 4-week practice plan for Grade 2 violin, 20 minutes a day, with scales, pieces and aural.
        User: Is Bach's Invention No. 8 in F major, BWV 779, on the Grade 6 list this year? Assistant: It has appeared on past lists; compare with the current syllabus PDF, because lists change every two years.
        User: The exam centre is at the Yong Siew Toh Conservatory. Where do candidates wait? Assistant: Normally in a waiting room near the exam studio; the steward calls each entry number about 10 minutes before the slot.
    """),
    ("zh-Hans", "practice_and_exams"): _lines("""
        User: 中央音乐学院钢琴考级六级，《小狗圆舞曲》算哪一类曲目？ Assistant: 肖邦的《小狗圆舞曲》Op.64 No.1 在多数版本的教程里列为乐曲类，具体以你报考年份的教材为准。
        User: 我每天练琴40分钟，哈农第1到第10条要练多久才能提速到 ♩=120？ Assistant: 一般从 ♩=80 开始，每周加4到6拍，大概两个月能到，前提是手腕放松、不要硬冲速度。
        User: 订单号 202611180934275561，雅马哈 P-145 电钢琴，物流显示已签收但我没收到。 Assistant: 先问问门卫和快递柜，再联系店铺客服提供订单号申请核查，一般48小时内会有答复。
        User: 珠江钢琴 UP118 和卡瓦依 K-15 哪个更适合小户型？ Assistant: 两台高度都在118厘米左右，占地差不多；K-15 的键盘更轻，UP118 价格便宜不少，建议去琴行各弹十分钟再决定。
        User: 吉他新手，C 和弦换 G 和弦总是卡，有什么办法？ Assistant: 先只练换和弦不扫弦，每次换完停一拍；无名指可以当作支点，一周后再配合节奏。
        User: 考级准考证模板上写着「准考证号：__________ 考点：__________」，要我自己填吗？ Assistant: 这是空白样表，正式准考证由考级机构统一打印，考点和时间会在报名截止后发放。
        User: 周杰伦《晴天》前奏用的什么调弦？ Assistant: 标准调弦即可，原调是G调，很多人用C调指法加变调夹夹在5品来弹。
        User: 星海音乐学院的社会艺术水平考级报名费大概多少？ Assistant: 各级别收费不同，一般在两百到六百元之间，以当年官网发布的通知为准。
        帮我把这段音名改成简谱：E4 G4 A4 C5 | B4 A4 G4 - | 按C调写。
        User: 郎朗小时候一天练几个小时琴？ Assistant: 他在公开采访和自传里提到童年时期每天练琴好几个小时，不过每个孩子情况不同，不建议照搬。
        User: 我们琴行今年送考48人，通过46人，优秀21人，这个通过率高吗？ Assistant: 通过率约95.8%，优秀率约43.8%，在社会考级里属于偏高的水平。
        User: 尤克里里和古典吉他的弦距有什么区别？ Assistant: 尤克里里只有四根弦、琴颈更短，品格间距小很多；古典吉他弦距更宽，左手扩张要求更高。
        User: 节拍器App更新到 v3.8.2 (build 2611) 之后声音有延迟怎么办？ Assistant: 先关掉蓝牙耳机用手机外放测试；如果还延迟，可以在设置里打开低延迟模式或回退到上一版本。
    """),
    ("zh-Hant", "band_rehearsal"): _lines("""
        User: 我們樂團週六想訂排練室，Room C 每小時 HK$180，訂4小時有優惠嗎？ Assistant: 很多排練室連訂4小時以上會打九折，可以直接問場地的櫃台或看官網的套票。
        User: 預約編號 BK-HK-0417-2291 顯示「已確認」，但沒收到收據。 Assistant: 用預約編號寫信到場地的 bookings@ 信箱索取電子收據就可以了。
        User: 五月天〈倔強〉的主歌和弦進行是什麼？ Assistant: 常見的彈法是 C–G–Am–Em–F–C–Dm–G，原調較高，可以移調配合主唱。
        User: 鼓手說 click 要設 BPM 132，副歌要不要加快？ Assistant: 錄音時建議維持同一個速度；現場如果想要推進感，可以靠鼓的密度而不是真的加速。
        User: 排練室守則第7條「離場前請將音箱音量歸零」，為什麼？ Assistant: 避免下一團開機時突然爆音傷到喇叭和耳朵，也是基本禮貌。
        User: 台北的練團室一般怎麼收費？ Assistant: 大多以小時計，平日約新台幣350到600元，週末和晚上會貴一些，含鼓組和音箱。
        幫我做一個樂團排練出席表範本，欄位要有：日期、團員、樂器、到場時間、備註。
        User: 鄧麗君的〈月亮代表我的心〉適合改成 bossa nova 嗎？ Assistant: 很適合，旋律線條簡單，可以把和弦換成七和弦與九和弦，速度放在 BPM 120 左右。
        User: 調音台 Behringer X32 韌體從 4.06 升級到 4.13 會清掉場景嗎？ Assistant: 官方說明升級不會刪除場景，但建議先把場景匯出到 USB 備份。
        User: 團裡的主唱A和吉他手B為了編曲吵架，我當團長要怎麼調解？ Assistant: 先分開聽兩邊的想法，再一起錄兩個版本試聽，用作品說話比爭論誰對有效。
        User: 香港大會堂音樂廳大約可以坐多少人？ Assistant: 大約一千四百多個座位，適合室樂和中型樂團演出。
        User: 這一季共排練18次，平均出席率83%，算正常嗎？ Assistant: 業餘樂團能到八成以上已經不錯，可以固定排練時間讓大家更好安排。
        User: 李斯特《愛之夢》第三首改成小提琴加鋼琴，伴奏要怎麼配合？ Assistant: 鋼琴保留分解和弦的流動，把旋律讓給小提琴，高潮段落再加厚低音。
    """),
    ("ms", "belajar_muzik"): _lines("""
        User: Saya nak belajar gitar sendiri, berapa lama nak mahir kord asas? Assistant: Kalau berlatih 20 minit sehari, kebanyakan orang boleh tukar kord C, G, D dan Em dengan lancar dalam 4 hingga 6 minggu.
        User: Pesanan Shopee 2611129XK7Q4TB untuk piano digital Casio belum sampai lagi, dah 9 hari. Assistant: Semak status penghantaran dalam aplikasi; kalau melebihi tarikh jangkaan, buka pertikaian melalui pusat bantuan dengan nombor pesanan itu.
        User: Lagu P. Ramlee Getaran Jiwa guna kord apa? Assistant: Versi asal biasanya dimainkan dalam kekunci C dengan progresi C, Am, Dm, G7, dan ada sedikit kord diminished pada peralihan.
        User: Yuran peperiksaan ABRSM Gred 3 piano di Malaysia tahun ni berapa? Assistant: Yuran berubah setiap tahun; rujuk jadual yuran rasmi untuk Malaysia atau tanya guru yang mendaftarkan calon.
        User: Apa beza gitar klasik dengan gitar akustik tali besi? Assistant: Gitar klasik guna tali nilon dan leher lebih lebar, bunyinya lembut; gitar akustik tali besi lebih terang dan lantang.
        User: Kedai muzik di Jalan Tuanku Abdul Rahman buka pukul berapa hari Ahad? Assistant: Kebanyakan kedai di situ buka sekitar 11 pagi hingga 7 petang, tapi sebaiknya semak laman atau talian kedai dahulu.
        User: Invois INV/MY/2026/11/0583 caj SST 8% atas RM 350 yuran kelas bulanan, betul ke? Assistant: 8% daripada RM 350 ialah RM 28, jadi jumlah RM 378 adalah betul jika perkhidmatan itu memang dikenakan SST.
        Tolong buat jadual latihan piano 30 minit sehari untuk pemula dewasa, 5 hari seminggu.
        User: Dewan Filharmonik Petronas ada konsert Siti Nurhaliza bulan depan ke? Assistant: Saya tiada maklumat jadual terkini; semak laman rasmi dewan atau platform tiket untuk tarikh dan harga.
        User: Talian utama kedai tu 03-2691 4420, boleh saya call untuk tanya stok ukulele? Assistant: Boleh, itu talian perniagaan kedai; sediakan model dan warna yang anda mahu.
        User: Borang pendaftaran kelas tulis 'Nama: ______ No. Tel: ______ Instrumen: ______'. Kalau belum pasti instrumen, nak tulis apa? Assistant: Tulis 'belum pasti, ingin kelas percubaan' supaya pihak sekolah cadangkan sesi cubaan.
        User: Kumpulan kompang sekolah ada 12 orang, berapa kompang dan jidur perlu? Assistant: Biasanya 10 atau 11 kompang dan 1 atau 2 jidur untuk mengekalkan rentak asas.
        User: Sudirman menang Asia's No. 1 Performer tahun berapa? Assistant: Pada tahun 1989, di Royal Albert Hall, London.
    """),
    ("mixed", "gigs_and_tickets"): _lines("""
        User: Our band got the 8.30pm slot at the open mic lah, 4 songs max 15 mins, got time for soundcheck or not? Assistant: Usually only a quick line check of 3-5 minutes, so set your amp settings before going on stage.
        User: Ticket ESP-26-0912-A0347, Stalls Row K seat 14, for the Yiruma concert, can transfer to friend or not? Assistant: Most platforms allow transfer in the app up to 24 hours before the show; check the ticket terms.
        User: 明天 gig 在 Esplanade Outdoor Theatre, load-in 几点比较好? Assistant: 一般是演出前2到3小时, 跟 stage manager 确认 loading bay 的时段。
        User: Busking licence application, need to audition ah? Assistant: Yes, new applicants usually do a short audition before a panel, then the licence is valid for a set period.
        User: Venue main line 6744 2081 always engaged, got email instead? Assistant: Try the venue's enquiries@ or bookings@ role mailbox listed on its website and put the event date in the subject.
        User: 这个 gig 给我们 RM 800 lump sum, 5 个人怎么分比较 fair? Assistant: 平分就是每人 RM 160; 如果有人负责载器材, 可以先扣油钱再平分。
        User: Wedding gig rider template: 'Band name: [BAND] / Contact: [EMAIL] / Power: 2 x 13A sockets'. Anything missing? Assistant: Add stage size, set times, meals for the band, parking and the payment terms.
        User: Boleh tak bawa pedalboard dalam cabin flight ke KK? Assistant: Boleh jika dalam had saiz dan berat beg kabin; keluarkan bateri 9V dan simpan berasingan.
        User: Mayday concert at National Stadium, S$ 68 / 88 / 128 zones, which one got the best sound ah? Assistant: Seats facing the stage in the middle tier usually sound best; floor zones are loud but can be muddy.
        User: Setlist: Wonderwall (capo 2), 晴天 (no capo), Sepanjang Jalan Kenangan (key Bb). Can arrange by energy? Assistant: Start with Wonderwall, drop to Sepanjang Jalan Kenangan, and end with 晴天 for the sing-along.
        User: The promoter's UEN is 201834512K, how to check the company legit or not? Assistant: Search the UEN on the official business registry; it shows the registered name, status and address.
        User: Event company SSM number 202301045678 (1512345-T), can check where one? Assistant: Use the SSM e-Search service; a small fee gets you the company profile.
        User: Encore only 2 minutes, sound guy say curfew 10.30pm very strict. Assistant: Pick a short, well-known chorus and skip the long outro.
    """),
    ("en", "daw_and_tech"): _lines("""
        User: Ableton Live 12.1.5 keeps dropping out at a 128-sample buffer on my Scarlett 2i2 4th Gen. Assistant: Raise the buffer to 256, close browsers, and check that the sample rate in Ableton matches the interface.
        User: Is this right for a kick drum: channel: 10, note_on: 36, velocity: 100? Assistant: Yes, General MIDI drums are on channel 10 and note 36 is Bass Drum 1.
        User: sha256 of the amp-sim installer is 3f9a1c7e0b2d4e6f8a1b3c5d7e9f0a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e2f, how do I verify it on Windows? Assistant: Run certutil -hashfile on the installer with SHA256 and compare the output with the published hash.
        User: Python, convert a MIDI note number to frequency? Assistant: f = 440 * 2 ** ((n - 69) / 12); note 60 gives about 261.63 Hz.
        User: HX Stomp on firmware 3.71, is 3.80 safe to install the night before a gig? Assistant: Don't update the night before; back up presets and update after the gig when you have time to test.
        User: Logic Pro crash report says Thread 7 Crashed in an AudioUnit component at 0x00007ff8a31c, plugin problem? Assistant: Probably; launch Logic with the plugin manager, disable recently added AUs and re-enable them one by one.
        Write a Python script that reads practice_log.csv with columns date,minutes,instrument and plots weekly totals per instrument.
        User: MuseScore 4.4 exports the PDF with the title 'Untitled score'. Assistant: Set the title in File > Project properties, or edit the title frame at the top of the first page before exporting.
        User: Should I record piano at 44.1 kHz or 48 kHz? Assistant: Either is fine; choose 48 kHz if the audio will go with video, and record at 24-bit.
        User: Tuner API returns {'freq': 329.63, 'note': 'E4', 'cents': -3}. What does cents -3 mean? Assistant: The string is 3 cents flat, a hundredth of a semitone each, which is barely audible.
        User: Bluetooth MIDI latency on Android 14 around 25 ms, normal? Assistant: Yes, BLE MIDI often sits between 10 and 30 ms; use USB for tight playing.
        User: My IR file is Cab_4x12_V30_SM57_offaxis_48k.wav, what does each part mean? Assistant: A 4x12 cabinet with Vintage 30 speakers, captured with an SM57 mic placed off-axis, at a 48 kHz sample rate.
        User: Practice app shows error E-4021 licence server unreachable at 2026-11-30 21:14:07 UTC+8. Assistant: It is a connection check; retry on a different network, and if it persists contact the vendor's support desk with the error code.
    """),
    ("en", "lessons_and_notices"): _lines("""
        User: Our music school notice says Student A and Student B have moved to the Saturday 10am slot. How do I write a similar notice? Assistant: Keep it anonymous like that, state the old and new slot, the effective date, and who to contact at the front desk.
        User: Package is 12 lessons x 45 min at S$ 55 each with 2 free make-ups, is that normal? Assistant: That's within the usual range for private lessons in Singapore; two make-ups per term is generous.
        Turn this into a recital programme table: Performer: {name} | Piece: {title} | Composer: {composer} | Duration: {mm:ss}.
        User: Studio policy says cancellations less than 24 h before the lesson are charged in full. Is that allowed? Assistant: Yes, as long as the policy was stated when you signed up; it is a common term.
        User: Who was Clara Schumann and why was she on the old 100 Deutsche Mark note? Assistant: She was a leading 19th-century pianist and composer, and Germany honoured her on the 100 DM note from 1989 to 2001.
        User: The piano teacher at our community centre runs 3 groups of 6 adults; how many keyboards does the room need? Assistant: If the groups are at different times, 6 keyboards plus one for the teacher, so 7.
        User: What does Kousei Arima play at the final competition in Your Lie in April? Assistant: Chopin's Ballade No. 1 in G minor, Op. 23.
        User: Which Beethoven piece does Schroeder play most in Peanuts? Assistant: The strips quote many Beethoven passages, and the Pathetique and Hammerklavier sonatas show up often.
        Write a polite reminder from the studio manager to all parents about the recital dress code and the 2pm call time.
        User: Attendance export columns: lesson_id, slot, room, instrument, status. Sample row: L-88214, SAT-1000, R3, piano, no_show. How do I count no-shows per room? Assistant: In Excel use COUNTIFS on the room column and status equal to no_show, or build a pivot table.
        User: The school's office line 6295 1188 and the hello@ inbox, which is faster to reschedule? Assistant: Calling the office line during opening hours is faster; email is better if you need it in writing.
        User: Which is cheaper per hour: 4 lessons of 30 min at RM 70, or 2 lessons of 60 min at RM 130? Assistant: The first costs RM 140 per hour, the second RM 130, so the hour-long lessons are cheaper.
        User: Eric Clapton's Tears in Heaven, what tuning and key? Assistant: Standard tuning, in the key of A, played fingerstyle.
    """),
}


PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        User: My piano teacher Ms Lydia Fernandez keeps cancelling because she's going through chemo. Should I find another teacher or wait for her? Assistant: That's a kind dilemma; you could ask her directly whether she'd prefer you to pause or to take interim lessons.
        User: Draft a message to the seller with my delivery details: Marcus Lim Wei Jie, 9178 4423, 58 Jurong West St 42 #09-311, Singapore 640058.
        User: Filling the ABRSM entry for my daughter: candidate Tan Hui Min, DOB 14/03/2011, NRIC T1147382I, Grade 4 piano. Is the teacher supposed to hold this form?
        User: My bandmate Arjun s/o Ramasamy still owes me S$ 450 for the PA hire and he's ignoring my texts. How do I ask without breaking up the band?
        User: Pay my guitar lesson fees to DBS 072-318452-9, account name Goh Siew Ling. Is that the right format for PayNow or do I need her mobile?
        User: The Steinway deposit form wants my card 4556 8210 3947 2617 exp 08/29, is it safe to email that to the showroom?
        User: Our drummer Kenji Tanaka got caught drink-driving last week, so he can't drive the van to the Clarke Quay gig. How do we sort transport?
        User: Our bassist's IG is @shawnplucks_4strings and he posted our unreleased demo yesterday. Help me write a DM asking him to take it down.
        User: I'm Daniel Pereira, 34, my day job pays S$ 4,200 a month and I've got about S$ 9k saved. Can I afford a S$ 6k Martin without being stupid?
        User: Email the recital organiser at rachel.ong.pianist88@gmail.com saying my son Ethan will miss Saturday's rehearsal because of an asthma attack.
        User: My work permit FIN is G6120384U, I'm Rahim Uddin from Bangladesh, can I join the community band at the CC near my dorm? I play tabla.
        User: Mdm Koh from #07-215 bangs on my door every night about my drumming and says she'll report me to the town council. How do I soundproof a HDB room?
        User: One of my guitar students, Priya d/o Suresh, 12, has fresh cuts on her wrist and hides them during lessons. Who should I tell?
        User: Wong Ka Yan here, mobile 6124 8830, please write a WhatsApp to my piano tuner asking to move Thursday's appointment to the weekend.
        User: The teacher wrote in my daughter Chloe Ng's report book that she struggles with reading since her dyslexia diagnosis. Should I send that to the exam board for extra time?
        User: Our singer Jasmine got fired from her bank job last month and now can't pay her share of the studio rent. Should the rest of us cover it?
        User: My buddy Wei Ming's number is 8823 5190, he's selling a Yamaha FG830 for S$ 280, can you write me an offer message at S$ 230?
        User: Mr Ho, the choir conductor at St Andrew's, has been drinking before rehearsals and last week he yelled at my mum. Do I report him to the parish?
    """),
    "zh-Hans": _lines("""
        User: 帮我给琴行写个退款申请，我叫刘思远，手机 13817264590，订单号 DD20261103447，买的民谣吉他面板开裂了。
        User: 我的身份证号 440306199508173621，报名音协考级要填这个吗？填在网上会不会泄露？
        User: 我们乐队鼓手张浩最近查出抑郁症，排练老是缺席，我该怎么跟他聊又不伤他？
        User: 陈阿姨住3栋502，每次我练萨克斯她都敲墙，我想写张道歉卡片塞她门缝里，帮我写一下。
        User: 转账给吉他老师，招商银行卡号 6214 8390 2176 5433，户名黄婷婷，备注11月课时费，这样对吗？
        User: 我老婆王晓雯嫌我买琴花了三万二，天天吵，说要回娘家，我该怎么劝她？
        User: 电钢琴请寄到 上海市浦东新区张杨路1288弄12号601室，王建国收，电话 139 1642 8807，帮我填一下物流单。
        User: 我微信号 guitar_xiaoqiang1992，帮我写个二手吉他转让帖，雅马哈 F310，九成新，350元。
        User: 我妈周秀兰下个月要做心脏搭桥手术，我想在她生日那天弹《烛光里的妈妈》，帮我选个简单的编配。
        User: 考级报名表：姓名赵一鸣，出生日期2012年6月21日，身份证号110105201206212433，报考钢琴八级，帮我检查一下格式。
        User: 乐队贝斯手小胖（本名李俊杰）欠了我们1200块排练费，现在把我们全拉黑了，怎么办？
        User: 我是琴房老师，学生何子轩的家长跟我说家里欠了网贷，交不起下学期学费，我要不要免费教他？
    """),
    "zh-Hant": _lines("""
        User: 我的身分證字號 A238475618，報名台北的鋼琴檢定一定要填嗎？
        User: 吉他老師陳志明的手機是 0928 451 307，幫我寫一封簡訊跟他請假，下週二要加班。
        User: 我住香港，身份證 Y205916(7)，想分期買一部 Yamaha U1，需要準備什麼文件？
        User: 團員何嘉欣最近懷孕了，不想讓其他人知道，但跨年演出要跳舞，我要怎麼安排比較好？
        User: 我們主唱的 LINE ID 是 vocal_meimei0412，她已經兩週不回訊息了，幫我寫一封正式一點的訊息問她還要不要繼續。
        User: 電子琴寄到 新北市板橋區文化路一段188巷7號3樓，收件人林雅婷，電話 0935 662 018，幫我填寄件單。
        User: 四樓的張伯伯說我練鼓吵到他中風的太太休息，他太太好像快不行了，我是不是該先停練？
        User: 我女兒的鋼琴老師黃偉倫上課時一直摸她的手，女兒說不舒服，我應該直接報警嗎？
    """),
    "ms": _lines("""
        User: Nama saya Nurul Aisyah binti Kamarudin, IC 950927-14-6781, nak daftar kelas piano dewasa. Apa lagi dokumen yang perlu?
        User: Cikgu gitar saya, Encik Faizal bin Hamzah, dah 3 minggu tak datang sebab isteri dia sakit kanser tahap 4. Patut ke saya minta refund?
        User: Tolong tulis mesej WhatsApp kepada pembeli gitar saya, nama dia Hafiz, nombor 012-738 4451, cakap barang boleh ambil Sabtu.
        User: Hantar ukulele ke alamat ini: No. 27, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam, Selangor. Penerima Siti Rahmah. Betul ke format alamat ni?
        User: Anak saya Muhammad Irfan bin Azman, 10 tahun, ada ADHD dan susah fokus masa kelas muzik. Ada tips untuk cikgu dia?
        User: Ahli band kami Ravi a/l Krishnan pinjam amp saya bernilai RM 1,200 dan tak pulangkan sejak Jun. Macam mana nak tuntut?
        User: Akaun Maybank 1142 3308 7615 atas nama Tan Mei Ling, untuk bayar yuran kelas biola anak saya. Betul ke nombor akaun ada 12 digit?
        User: Proton Saga plat JQW 4418 tu kereta drummer kami, dia selalu parking depan studio sampai jiran marah. Macam mana nak tegur dia?
        User: IC saya 880412-10-5523, nama Lim Chee Keong, nak beli piano secara ansuran dari kedai. Dokumen apa lagi perlu?
        User: Kak Yah rumah sebelah, No. 14, asyik komplen anak saya main dram, dia kata nak report pada JMB. Macam mana nak berbaik?
    """),
    "mixed": _lines("""
        User: Eh can help me reply this guy, 他叫 Alvin Chua, number 9632 0417, he want to buy my Roland TD-07 for S$ 700, I want 780.
        User: Bro my NRIC S8734126G kena kept by the music studio as deposit for the key card, is that allowed ah?
        User: 我的 telegram 是 @jiayi_keys_sg, 帮我写一个 piano teacher intro post, rate S$ 60/hr, Bishan area.
        User: My student Aiman punya mak told me his dad masuk penjara last month, boleh I tell the other teachers or not?
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "You are a helpful assistant for a piano showroom."),
        ("user", "Hi, I'm deciding between the Yamaha U1 and a Kawai K-300 for my living room."),
        (
            "assistant",
            "Both are 121 cm uprights. The U1 sounds brighter, the K-300 a little warmer with a longer key action. Do you want delivery quoted too?",
        ),
        (
            "user",
            "Yes please. Deliver to Serene Lau, 21 Bedok North Ave 3, #04-118, Singapore 460021, mobile 9087 3316. Third floor lift landing is narrow.",
        ),
        (
            "assistant",
            "Noted. I'll mark the narrow landing so the movers bring the piano trolley and straps, and they will call 9087 3316 an hour before arrival.",
        ),
    ],
    [
        ("system", "你是一个帮助用户报名音乐考级的助手。"),
        ("user", "我想帮儿子报名钢琴考级四级，需要什么资料？"),
        ("assistant", "一般需要考生姓名、出生日期、身份证号或户口本页、一寸照片和指导老师信息。"),
        (
            "user",
            "好的，他叫孙浩然，身份证 320102199911234515，不对，这是我的，他的还在办。先用我的可以吗？",
        ),
        (
            "assistant",
            "不可以用家长的证件替代，考生信息必须是本人的。可以先用户口本上孩子那一页报名，身份证号在户口本上也有。",
        ),
    ],
    [
        ("system", "Anda pembantu yang membantu pengguna dengan hal muzik."),
        (
            "user",
            "Band saya ada gig di Kuching minggu depan, tapi saya ada masalah dengan seorang ahli.",
        ),
        ("assistant", "Apa masalahnya? Saya boleh bantu cadangkan cara berbincang."),
        (
            "user",
            "Pemain keyboard kami, Wan Amirul bin Wan Zaki, selalu lewat sebab dia kerja syif malam dan ada hutang kad kredit, jadi dia ambil kerja tambahan. Saya tak nak malukan dia.",
        ),
        (
            "assistant",
            "Bincang secara peribadi, bukan dalam grup. Tanya jadual yang sesuai dengan syif dia dan pertimbangkan latihan pada hujung minggu.",
        ),
    ],
    [
        ("system", "你是一位協助使用者學習吉他的助理。"),
        ("user", "我想找台中的吉他老師，一對一一小時大概多少錢？"),
        ("assistant", "台中一對一吉他課通常一小時新台幣 600 到 1,200 元，看老師資歷。"),
        (
            "user",
            "朋友介紹了一位老師，叫吳建宏，電話 0917 283 546，他說要先匯訂金到他個人帳戶，這樣正常嗎？",
        ),
        ("assistant", "收訂金不少見，但建議先上一堂試聽課、確認開立收據，再付款比較安心。"),
    ],
    [
        ("system", "You are a friendly assistant helping parents with music exams."),
        ("user", "Can candidates with anxiety get access arrangements in a piano grade exam?"),
        (
            "assistant",
            "Yes, exam boards publish access arrangements; you usually submit a request with supporting evidence when entering.",
        ),
        (
            "user",
            "My son Javier Tan Jun Kai has a diagnosed anxiety disorder and sees a psychiatrist at IMH every month. He panics when the examiner watches his hands.",
        ),
        (
            "assistant",
            "You can ask for a note to be passed to the examiner and for extra settling time. Share only what's needed, such as a brief letter confirming the condition.",
        ),
        ("user", "Okay, I'll ask his doctor for a letter."),
    ],
    [
        ("system", "You are an assistant that helps musicians with admin."),
        ("user", "Need to invoice a restaurant for a jazz trio gig, RM 1,500 for 3 hours."),
        (
            "assistant",
            "Include your name, the client's company name, gig date, duration, amount, and payment details.",
        ),
        (
            "user",
            "Ok put payment to CIMB 8601 4472 3915, name Kevin Raj a/l Subramaniam, and my mobile 016-552 7039.",
        ),
        (
            "assistant",
            "Here is a draft invoice: Jazz trio performance, 3 hours, RM 1,500. Payment to CIMB 8601 4472 3915 (Kevin Raj a/l Subramaniam). Contact 016-552 7039.",
        ),
    ],
    [
        ("system", "You are a helpful assistant."),
        ("user", "How can I practise drums in a flat without disturbing neighbours?"),
        (
            "assistant",
            "Use mesh heads or an electronic kit on an isolation riser, and keep practice to daytime hours.",
        ),
        (
            "user",
            "Too late, Mdm Tan from #05-12 already wrote to the town council and put my unit number in the neighbourhood chat. She says her husband has a heart condition.",
        ),
        (
            "assistant",
            "Apologise to her directly and offer fixed practice hours. A written note with your new arrangements often calms things before any mediation.",
        ),
    ],
    [
        ("system", "你是帮助用户买卖二手乐器的助手。"),
        ("user", "帮我写一个闲鱼转让帖，Fender Squier 电吉他，带音箱，1500元。"),
        ("assistant", "好的：Squier 电吉他加练习音箱，成色良好，附原装包，1500元，同城面交优先。"),
        (
            "user",
            "加上联系方式：微信 lzh_bass_0831，手机 15602178843，同城可以来我家试琴，地址是成都市武侯区玉林北路9号2单元。",
        ),
        ("assistant", "建议不要在帖子里写详细住址，先用微信沟通，面交可以选在商场或琴行。"),
    ],
    [
        ("system", "Anda pembantu kedai muzik dalam talian."),
        ("user", "Saya nak beli gitar akustik secara ansuran 12 bulan."),
        (
            "assistant",
            "Boleh. Kami perlukan salinan MyKad, slip gaji terkini dan penyata bank 3 bulan.",
        ),
        (
            "user",
            "Nama Nur Hidayah binti Rosli, MyKad 020315-01-3342, gaji RM 2,300 sebulan kerja kilang di Pasir Gudang.",
        ),
        (
            "assistant",
            "Terima kasih. Dengan gaji itu, ansuran RM 95 sebulan untuk gitar RM 1,140 adalah dalam had yang munasabah.",
        ),
    ],
    [
        ("system", "You are an assistant for a music store in Hong Kong."),
        ("user", "Can I buy a digital piano on a 0% instalment plan?"),
        (
            "assistant",
            "Yes, with selected credit cards over 12 or 24 months; we need your ID and proof of address.",
        ),
        (
            "user",
            "My name is Chan Siu Fung, HKID P731840(9), address Flat 12B, Block 3, Kwun Tong Garden Estate. Card is Mastercard 5204 7391 8265 0347.",
        ),
        (
            "assistant",
            "Please don't send full card numbers in chat. The store will process the card in person; I've noted your name for the appointment.",
        ),
    ],
    [
        ("system", "你是帮助乐队管理排练的助手。"),
        ("user", "我们乐队下个月要参加比赛，怎么安排排练比较高效？"),
        ("assistant", "建议每周两次排练，每次先过难点段落，最后完整走一遍全套曲目并录音回听。"),
        (
            "user",
            "问题是吉他手罗文杰上个月确诊了乙肝，其他两个人知道后不想跟他共用麦克风，还想把他踢出去。",
        ),
        (
            "assistant",
            "乙肝不会通过共用麦克风日常传播，可以各自准备麦克风套。他的健康信息是隐私，别在群里讨论，先私下跟另外两人说明情况。",
        ),
    ],
]
