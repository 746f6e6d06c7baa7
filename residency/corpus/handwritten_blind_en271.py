# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set en271: SG/MY flight schools, pilot training academies and air-sports clubs (student pilot logbooks, aviation medicals, simulator bookings, fees, incident reports, instructor rosters). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-en271
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("en", "notices"): _lines("""
        NOTICE: Runway 03 at Seletar (WSSL) closed for resurfacing 0100-0500L from 12 Jan to 18 Jan 2027; all dawn circuits are moved to the 0630 slot.
        All student pilots must sign the Hangar 2 tech log before each sortie. Keys for 9M-SKB and 9M-SKC are now held at the ops counter, not in the crew room.
        Reminder: CAAS Class 2 medical renewals can be booked with any AME on the CAAS list; bring your previous certificate and your spectacles if applicable.
        Thunderstorm policy: no solo departures when lightning is detected within 10 NM of the aerodrome. Ops desk will post the latest METAR on the whiteboard every 30 min.
        Saturday ground school on Principles of Flight moves to Classroom B, Level 2, Skypark Terminal, Subang. Please bring your Jeppesen Private Pilot Manual.
        Lost and found: one David Clark H10-13.4 headset, one kneeboard with E6B computer, one pair of Ray-Ban Aviators. Collect from the ops counter before 31 Dec.
        Avgas 100LL uplift now requires a signed docket from the Shell Aviation bowser; docket numbers start with FD-27- from 1 January onwards.
        Open Day at Royal Selangor Flying Club, Sat 6 Mar 2027, 9am-4pm: trial flights RM450, free entry, parking at the Skypark multi-storey carpark.
        Hari Raya Aidilfitri closure: the academy is closed 20-22 Mar 2027. Simulator bookings on those dates will be credited back to your account automatically.
        Cross-country route WMSA-WMKM-WMSA suspended until the Melaka TMA frequency change is published in AIP SUP 14/27. Plan the Batu Pahat leg instead.
        Please do not park in Lots 1-6 along West Camp Road; these are reserved for the maintenance contractor's tow tractors and the airport fire tender.
        The Amelia Earhart Scholarship for women in aviation 2027 is now open; forms at reception or on our website. Closing date 28 Feb, results in April.
        Hangar doors may be operated only by staff holding a valid airside pass. Students waiting for the shuttle to Yio Chu Kang MRT, please use the sheltered walkway.
    """),
    ("en", "price_list"): _lines("""
        PPL(A) Integrated Package: 45 hrs dual/solo on Cessna 172S, 40 hrs ground school, 2 skill tests: S$38,900 (excl. GST 9%). Instalment plan available.
        Trial Introductory Flight, 30 min on Diamond DA40, incl. pre-flight briefing and certificate: RM 520. Add GoPro video: RM 80. Voucher valid 6 months.
        Simulator (ALSIM AL42) wet rate S$210/hr with instructor; dry rate S$140/hr. Peak surcharge S$20/hr for weekend slots 0800-1200.
        Landing fee at WMKM per movement, aircraft under 2,000 kg MTOW: RM 15.90; parking after the first 2 hours RM 8.50 per hour or part thereof.
        Night rating add-on: 5 hrs dual incl. 1 hr nav, 5 solo take-offs and full-stop landings: RM 4,750. Requires a valid PPL and current Class 2 medical.
        Paramotor tandem flight, Kuala Kubu Bharu, 15 min: RM 280 per pax; weight limit 95 kg; weekends only, subject to surface wind below 10 knots.
        Headset rental S$12/day, Garmin aera 760 rental S$35/day, lifejacket S$5/day. Deposit S$200 by card, refunded on return of equipment.
        Ground school module Air Law and ATC Procedures: 18 hrs, S$650. The exam fee payable directly to CAAS is not included in this price.
        Gliding club membership 2027: joining fee RM 300, annual RM 960, winch launch RM 35 per launch, aerotow to 2,000 ft AGL RM 180.
        ATPL theory (EASA syllabus), 14 subjects, 650 hrs blended learning: RM 28,800; CAE Oxford textbooks RM 3,200 extra, question bank RM 450.
        Instrument Rating IR(A) on Piper PA-44 Seminole, 15 hrs aircraft + 25 hrs FNPT II: S$46,500. Multi-engine class rating sold separately.
        Skydiving AFF Levels 1-7 at the Batu Pahat dropzone: RM 7,900 incl. gear rental, 7 jumps and ground school; re-jump RM 850 per level.
        Late cancellation (less than 24h) of an aircraft booking: 50% of the hourly wet rate. No-show: 100%. Weather cancellations decided by the CFI are free.
    """),
    ("en", "log_lines"): _lines("""
        2027-01-14T06:42:11+08:00 INFO booking.svc slot=SIM-AL42-02 start=0700 end=0900 status=CONFIRMED ref=BK-27-004518 channel=web
        2027-01-14T06:45:03+08:00 WARN wx.fetch METAR WSSL 140600Z 04008KT 9999 FEW018CB SCT300 29/24 Q1009 TEMPO TSRA stale_after=1800s
        2027-01-14T07:02:55+08:00 INFO techlog.sync aircraft=9V-FTA hobbs_start=4821.3 hobbs_end=4822.6 fuel_uplift_l=62 defect_count=0
        [2027-02-02 09:15:44] ERROR invoice-gen: template fees_v3.html missing field gst_rate; fallback 0.09; invoice INV-SG-2027-00931 regenerated
        2027-02-02 10:01:07 +0800 sched INFO roster published week=2027-W05 instructors=11 aircraft=7 sims=2 conflicts=0 checksum=sha256:9f2c1ab7e4d0
        2027-02-03T22:10:00Z DEBUG adsb.rx icao24=75C3A1 callsign=FTS21 alt=1500 gs=95 lat=1.417 lon=103.867 src=feeder-seletar-01
        2027-02-05 13:20:31 WARN maint.due aircraft=9M-SKB item=100HR_INSPECTION due_hobbs=6200.0 current=6188.4 remaining=11.6h
        2027-02-05 13:20:32 INFO payment.gw txn=pi_3OqL8xZ2 amount=MYR 520.00 method=FPX bank=MBB status=succeeded order=ORD-MY-27-1187
        2027-02-06T08:00:00+08:00 INFO notam.poll source=CAAM count=4 new=[A0231/27, A0232/27] affected=[WMSA, WMKK] next_poll=900s
        2027-02-06 14:47:19 ERROR sim.host ALSIM-02 visual channel 3 lost heartbeat after 12000 ms; session paused; ticket IT-5583 auto-raised
        2027-02-07 07:30:02 INFO fuel.bowser dispensed=48.0L product=AVGAS100LL docket=FD-27-00412 meter_before=183204 meter_after=183252
        2027-02-07 17:05:45 WARN api.gateway 429 rate limit on /api/v2/bookings for integration key pk_test_51Hc2Qd (partner=travel-portal) retry_after=60
        2027-02-08 06:00:00 INFO backup.job db=flightops_prod size=2.4GB dest=s3://fts-backups-ap-southeast-1/2027/02/08/ duration=214s ok
    """),
    ("en", "config_and_code"): _lines("""
        SIM_BOOKING_MAX_HOURS_PER_DAY = 4  # fatigue guideline for student pilots; override only with CFI approval
        aircraft: { reg: '9V-FTB', type: 'C172S', mtow_kg: 1157, fuel_cap_l: 212, hobbs_offset: 0.0, base: 'WSSL' }
        CREATE TABLE sortie (id BIGSERIAL PRIMARY KEY, aircraft_reg VARCHAR(8), dep_icao CHAR(4), arr_icao CHAR(4), block_off TIMESTAMPTZ, block_on TIMESTAMPTZ);
        student_id,full_name,nric_fin,licence_type,medical_class,medical_expiry,total_hours,solo_hours,last_sortie_date,instructor_id
        def wet_rate(base: float, fuel_l: float, price_per_l: float = 4.85) -> float: return round(base + fuel_l * price_per_l, 2)
        SMTP_FROM=noreply@skywardflight.example.sg SMTP_HOST=smtp.example.sg SMTP_PORT=587 REPLY_TO=ops@skywardflight.example.sg
        # Example only: user = {'name': 'Jane Doe', 'phone': '+65 6000 0000'}; replace with fixtures from tests/data before committing
        WX_MINIMA = {'solo_vis_m': 5000, 'solo_ceiling_ft': 1500, 'max_xwind_kt': 12, 'max_gust_kt': 20}  # school SOP rev 7
        GET /api/v2/slots?resource=SIM-AL42-01&date=2027-03-02&tz=Asia/Singapore HTTP/1.1 Accept: application/json
        cron: '0 22 * * *'  # 06:00 SGT daily, pull METAR/TAF for WSSL WMSA WMKM WMKC and push to the ops dashboard
        ALTER TABLE students ADD COLUMN medical_class SMALLINT CHECK (medical_class IN (1, 2, 3)), ADD COLUMN medical_expiry DATE;
        python logbook_export.py --format=pdf --template=caas_logbook_v2 --from=2026-01-01 --to=2026-12-31 --dry-run
        i18n: { ms: { booking_confirmed: 'Tempahan anda telah disahkan', sim_slot: 'Slot simulator' }, zh: { booking_confirmed: '预订已确认' } }
    """),
    ("mixed", "staff_group_chat"): _lines("""
        Morning all, WSSL got TEMPO TS until 0900, so the 0730 solo circuits scrap first ah. Duals can still go if ceiling ok, check with CFI.
        9M-SKC left brake spongy again lah, already wrote in tech log. Engineer say can only look after lunch, so don't assign that plane for 10am slot.
        Sim 2 visual channel hang again, ticket IT-5583 raised. Students booked 2-4pm pls move to Sim 1, I already informed front desk.
        Avgas bowser docket book habis already, anyone know where the new FD-27 book kept? Not in the ops drawer leh.
        Reminder CAAM audit next Tues, all training records must be in the blue files by Friday 5pm. Jangan lupa sign the instructor column.
        Ops hotline +65 6481 2290 down since morning, telco say fibre cut near Seletar. Use the company ops handphone 8123 4077 for now.
        Roster week 6 sudah publish. Got 3 slots no instructor Saturday morning, whoever free pls claim in the system, don't WhatsApp one by one.
        New batch of Jeppesen charts reached already, 40 sets, put in store room B. Old ones expire 27 Jan, please bin them, don't give students.
        Wah today crosswind 15 gusting 22 at Subang, all first solo cancel. Tell the parents waiting at the cafe we will call to rebook.
        FYI the ALSIM engineers from France coming 18-20 Feb for annual QTG, sim 1 offline those 3 days. 外面的 booking 先不要接。
        明天 cross-country 去 Melaka 的 two aircraft 记得 file flight plan before 0700, ATC 说上次 filed late 被 delay 45 min.
        Management say new uniform arrive next week, size chart already in shared drive folder HR/Uniform/2027, pls submit by Monday.
        Fire drill at hangar 3pm today, semua keluar ikut assembly point near the windsock. Aircraft on the apron stay, chocks in.
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Berapa lama untuk mendapatkan lesen PPL? J: Biasanya 6 hingga 9 bulan, bergantung kepada cuaca, ketersediaan pesawat dan kekerapan anda terbang.
        S: Adakah saya perlu pemeriksaan perubatan sebelum terbang solo? J: Ya, sijil perubatan Kelas 2 CAAM yang sah diperlukan sebelum solo pertama.
        S: Di manakah kelas teori diadakan? J: Di Aras 2, Bangunan Terminal Skypark, Lapangan Terbang Sultan Abdul Aziz Shah, 47200 Subang, Selangor.
        S: Boleh bayar secara ansuran? J: Boleh, pelan ansuran 12 bulan tersedia melalui kad kredit Maybank, CIMB dan Public Bank tanpa faedah.
        S: Apakah had umur minimum? J: 16 tahun untuk terbang solo dan 17 tahun untuk memohon lesen PPL, mengikut peraturan penerbangan awam Malaysia.
        S: Bagaimana jika cuaca buruk pada hari tempahan saya? J: Penerbangan dijadualkan semula tanpa caj. Keputusan dibuat oleh Ketua Jurulatih Penerbangan.
        S: Adakah akademi menyediakan asrama? J: Ya, asrama pelatih di Batu Berendam, Melaka, RM650 sebulan termasuk pengangkutan ke lapangan terbang.
        S: Bagaimana hendak menghubungi pejabat? J: Talian am 03-7846 5521 (Isnin-Jumaat, 9 pagi-6 petang) atau e-mel pendaftaran@akademiudara.example.my.
        S: Adakah jam simulator dikira dalam jam penerbangan? J: Sehingga 5 jam latihan FNPT II boleh dikreditkan untuk PPL, tertakluk kepada kelulusan CAAM.
        S: Apakah dokumen yang perlu dibawa semasa pendaftaran? J: Salinan MyKad atau pasport, sijil SPM, sijil perubatan dan dua keping gambar saiz pasport.
        S: Bolehkah pelajar antarabangsa mendaftar? J: Boleh. Akademi kami berdaftar dengan SSM (No. 201901023456) dan memohon Pas Pelajar melalui EMGS.
        S: Apakah pesawat yang digunakan? J: Cessna 172S dengan Garmin G1000 dan Piper PA-28 Archer untuk latihan navigasi jarak jauh ke Kuantan dan Ipoh.
        S: Adakah yuran dikenakan SST? J: Yuran latihan penerbangan dikecualikan, tetapi sewaan peralatan seperti headset dikenakan SST 8% mengikut kadar semasa.
    """),
    ("zh-Hans", "航空史"): _lines("""
        1909年9月21日，冯如在美国奥克兰驾驶自制的“冯如1号”试飞成功，飞行高度约4.5米、距离约800米，被后人誉为“中国航空之父”。
        1911年3月，比利时飞行员克里斯蒂安斯（Joseph Christiaens）在新加坡跑马场完成当地首次动力飞行表演，吸引大批市民围观。
        加冷机场于1937年启用，曾被誉为“大英帝国最好的机场”，其标志性航站楼至今仍保留在旧机场路一带，现为受保护的历史建筑。
        实里达机场建于1928年，最初是英国皇家空军基地，如今是新加坡通用航空、公务机维修与飞行培训的主要基地，ICAO代码为WSSL。
        2003年10月15日，杨利伟乘坐神舟五号飞船进入太空，成为中国第一位航天员，此前他是中国人民解放军空军的歼击机飞行员。
        2007年10月，马来西亚首位航天员谢赫·慕斯札法（Sheikh Muszaphar Shukor）搭乘联盟号飞船前往国际空间站，停留约九天。
        苏邦机场（现名苏丹阿卜杜勒阿齐兹沙机场）曾是吉隆坡的主要国际机场，1998年吉隆坡国际机场启用后转为以涡桨和公务航班为主。
        2001年，东尼·费尔南德斯以象征性的1令吉连同债务收购亚洲航空并重组，如今亚航已成为亚洲规模最大的低成本航空集团之一。
        1919年12月，史密斯兄弟（Ross Smith与Keith Smith）驾驶维克斯维梅轰炸机从英国飞往澳大利亚，途中在新加坡花拉公园跑马场降落。
        莱特兄弟于1903年12月17日在北卡罗来纳州基蒂霍克完成首次有动力、可操纵的持续飞行，当天最长一次飞行约59秒、260米。
        1937年6月，美国女飞行员阿梅莉亚·埃尔哈特在环球飞行途中经停新加坡，一个月后在太平洋上空失踪，成为航空史上最著名的悬案之一。
        中国民航飞行学院的前身是1956年成立的中国民用航空第二航空学校，位于四川广汉，是亚洲规模较大的民航飞行训练机构之一，每年培养大量商用驾驶员。
        圣埃克苏佩里的《夜航》与《人的大地》取材于他在法国邮政航空公司担任航线飞行员的经历，至今仍是许多飞行学员床头常备的读物。
    """),
    ("zh-Hant", "商家評論"): _lines("""
        ★★★★★ 香港飛行總會的體驗課安排得很專業，簡報清楚，教練很有耐心，起飛後看到吐露港和八仙嶺的風景，整體來說值回票價。
        ★★★☆☆ 模擬機設備不錯，但週末預約很難排到，官方LINE帳號回覆慢了兩天。每小時新台幣4,500元，價格在同業中算中上。
        ★★★★☆ 台東鹿野高台的滑翔傘雙人飛行，起飛前教練做了完整的安全說明，裝備很新，空拍影片另收NT$500，整體很推薦。
        ★★☆☆☆ 澳門這間飛行模擬體驗館環境乾淨，可惜A320模擬艙有兩個螢幕故障，店員說要等原廠零件寄到，希望盡快修好再來。
        ★★★★☆ 新加坡實里達的PPL課程全程用英文上課，但櫃台有會講中文的職員，報名流程順利，學費表透明，沒有任何隱藏收費。
        ★☆☆☆☆ 臨時改期竟收取一半費用，條款寫在網站最下方很小的字，打客服熱線(852) 3188 6600也只說按公司規定處理，非常失望。
        ★★★★☆ 屏東這間飛行學校的機隊是Tecnam P2008，教室冷氣很足，地面學科講義整理得很好，唯一缺點是離高鐵站實在太遠。
        ★★★★★ 帶小朋友參加香港航空青年團的開放日，可以坐進直升機駕駛艙拍照，活動完全免費，交通建議搭港鐵屯馬綫到啟德站，再步行約十分鐘。
        ★★★☆☆ 高雄這家飛行模擬館的波音737體驗，90分鐘NT$6,800，有機長制服可以拍照，不過講解節奏偏快，新手可能會跟不上。
        ★★★★☆ 台中水湳這家無人機與飛行培訓中心的收據上印有統一編號24536817，公司報帳很方便，很適合安排員工團體課程。
        ★★☆☆☆ 飛行體驗本身很好，可是停車場只能免費停兩小時，超時每半小時收港幣三十元，一個下午下來停車費比咖啡還貴，建議搭巴士前往。
        ★★★★★ 看完《捍衛戰士：獨行俠》就報名了體驗課，教練笑說每個月都有人自稱Maverick來上課，氣氛輕鬆，機上風景超美。
        ★★★☆☆ 桃園這家航空訓練中心的體驗套裝含45分鐘模擬機與機場導覽，新台幣3,980元，訂單編號與發票號碼都會寄到信箱，流程很清楚。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "en": _lines("""
        Student pilot Darren Koh Wei Jie (S8834172D) logged 1.3 hrs solo circuits on 9V-FTA, 14 Jan 2027; instructor endorsement still pending.
        Hi, this is Priya Ramasamy's mother. Since her Class 2 medical she keeps feeling dizzy and the AME found a heart murmur, please cancel her Saturday sortie.
        Outstanding fees: Muhammad Hafiz bin Rosli owes RM 18,450 for ATPL theory; third reminder sent, he says his father's hardware business went bankrupt.
        Pls call back +65 9127 4580 re refund of the cancelled trial flight, customer very upset.
        Incident report IR-27-014: during the flare student Chloe Tan (19) bounced and had a prop strike on 9V-FTB; no injuries, student in tears, parents informed.
        Roster note: Capt. Ravi Menon off on medical leave 3-17 Feb after his knee surgery at Mount Elizabeth Novena, swap his Tuesday checkrides.
        STU-0412,Nur Aisyah binti Kamal,990214-14-5682,CAAM Class 2,2027-06-30,57.4,12.1,+60 12-338 9047,aisyah.kamal99@gmail.com
        Please send the logbook scan to jason.lee.flies@outlook.com, thanks!
        Mrs Goh called: her son Ethan was arrested last month for drink-driving and may lose his SPL; she asked us to keep it quiet from the other cadets.
        Sim booking BK-27-004519 for Wong Kah Mun, contact 016-773 2841, paid via DuitNow from Maybank account 1142 8830 5127.
        Home address on enrolment form: Blk 418 Ang Mo Kio Ave 10, #09-1132, Singapore 560418 (student Marcus Lim, Batch 14).
        Medical result: Farah Izzati binti Azman, Class 1 deferred for colour vision deficiency (Ishihara 6/14 errors), referred to the CAAM medical board.
        Deducted S$1,200 from instructor Benjamin Ong's pay for the damaged pitot cover; his monthly basic is S$5,800 before CPF.
        Parent's car SNB 4827 K keeps parking in the fuel bowser lane at Seletar, it belongs to trainee Kelvin Chua's father.
        FIN G6623158K, cadet Nguyen Thi Lan, student pass expiring 12 Mar 2027, needs ICA renewal before her CPL skill test.
        Cadet Amanda Seah declared her pregnancy (week 14); AME advises no solo flight until review. Keep this confidential from the batch.
        Logbook 22/01/27 C172S 9M-SKB WMSA-WMKM dual 1.8, instructor Harjit Singh Gill, student Lee Zhi Hao, remarks: first nav, drifted left of track.
        The guy who crashed the ultralight at KKB last week, Azlan the tall one from Batch 12, is still in HKL ICU and his family is asking for donations.
        Refund to POSB savings 182-45637-9 in the name of Tay Hui Min, S$2,340 for the withdrawn IR module.
        Passport A41782295 (Malaysia) for student Tan Jun Hao, expiring 09/2028, copy attached for the Thai glider camp visa.
        Noted Daniel Fernandez is going through a messy divorce and has missed 4 ground classes; CFI suggests counselling before his next solo check.
        Emergency contact for trainee Ahmad Firdaus: wife Nurul Huda, +60 13-992 4105, Lot 27, Jalan Seri Kembangan 3/5, 43300 Seri Kembangan, Selangor.
    """),
    "mixed": _lines("""
        Eh the Ah Boy from Batch 9 ah, the one with asthma, his mum Mrs Lau say he cannot fly anymore, AME fail him liao.
        陈先生 call again about his son's refund lah, his number 9682 3317, pls someone handle before he come down to Seletar again.
        Student Kumar a/l Subramaniam punya medical expire 28/02, dia ada high blood pressure, kena jumpa AME sebelum boleh solo.
        林太 say her daughter Jia Xin cannot come for sim tomorrow because 她住院了, dengue, so pls cancel BK-27-004602.
        Finance update: Encik Rashid dari Batch 11 masih hutang RM 6,200, dia minta bayar ansuran sebab gaji dia kena potong separuh.
        阿明 the ramp guy's motorbike JQR 3318 kena clamp at the staff carpark, tell him go settle with security.
        Trainee NRIC T0219485B wrongly typed in the CAAS portal as T0219458B, pls correct before logbook submission, student is Isaac Yeo.
        Kak Ros from the canteen cakap anak dia Faiz got accepted into the cadet pilot programme but cannot afford the bond, she cried in the pantry.
        Sim instructor Capt Desmond 的 email 换了 desmond.yap.atp@gmail.com, 以后 roster 直接 send 这个 address.
        Borang: Nama Loh Mei Ling | IC 950314-10-5237 | Tel 012-557 8093 | Alamat No. 12, Jalan SS2/64, 47300 Petaling Jaya | Kursus PPL(A)
    """),
    "ms": _lines("""
        Pelatih Nurul Syafiqah binti Ismail gagal pemeriksaan perubatan Kelas 1 kerana masalah pendengaran; sila maklumkan kepada bapanya secara peribadi.
        Sila pindahkan bayaran balik RM 1,850 ke akaun CIMB 7064 2281 93 atas nama Mohd Zulkifli bin Hassan.
        Nombor telefon baharu pelajar: 019-664 3120 (Amirul), sila kemas kini dalam sistem tempahan simulator.
        Laporan insiden: En. Shahrul Nizam, jurulatih, didapati mengambil ubat penenang sebelum penerbangan; digantung tugas sementara siasatan.
        Alamat surat-menyurat: Siti Khadijah binti Omar, No. 45, Lorong Bunga Raya 2, Taman Melaka Baru, 75350 Batu Berendam, Melaka.
        MyKad 010719-03-6648 didaftarkan untuk kursus paramotor hujung minggu, peserta dari Kota Bharu.
        Puan Rohana memaklumkan suaminya, pelatih Batch 10 Hairul Anuar, ditahan polis minggu lepas; yuran semester belum dijelaskan.
        Jurulatih Zainal Abidin bin Yusof, gaji pokok RM 9,400 sebulan, elaun terbang RM 85 sejam, caruman KWSP 11%.
    """),
    "zh-Hans": _lines("""
        学员王思远，身份证号440305199708123614，已通过民航二级体检，请安排下周一的模拟机训练。
        张女士来电：她儿子张浩然训练中晕机严重，医生诊断为前庭功能障碍，家长要求暂停课程并退还剩余学费。
        请把飞行记录本扫描件发到 liu.yuhang1997@163.com，他的手机是 138 2745 6198，有事直接联系他。
        教员刘建军最近因为离婚官司情绪不稳，上周两次迟到，建议暂时不要安排他带学员做单飞前检查。
        退款信息：户名赵婷婷，招商银行卡号 6225 8801 2345 6789，金额12,800元，原因：体检不合格无法继续PPL课程。
    """),
    "zh-Hant": _lines("""
        學員陳柏翰（身分證 F228173648）的模擬機時數已達20小時，請通知其父親陳先生到桃園訓練中心簽署同意書。
        李太太投訴：她女兒李詠恩在體驗飛行後嘔吐昏倒，送入瑪嘉烈醫院，要求公司賠償全部醫療費用。
        會員資料：黃志強，HKID K483920(A)，手機 9162 3548，住址九龍觀塘協和街101號12樓B室，報讀滑翔傘初級班。
        阿傑上個月欠了五十幾萬卡數，把自己的耳機和航圖都賣掉了，教練說他暫時不適合單飛。
        澳門學員何嘉欣已懷孕四個月，婦產科醫生建議即時停止高空跳傘訓練，請勿在學員群組公開此事。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "You are a helpful assistant for a flight school in Singapore. Be concise and professional.",
        ),
        (
            "user",
            "Can you help me write an email to my CFI? I'm Joanne Quek, student ID STU-0388. I missed my 0800 solo nav on 9V-FTA today because I had a migraine attack and vomited, and my GP gave me 2 days MC.",
        ),
        (
            "assistant",
            "Sure. Subject: Missed solo nav sortie today (STU-0388). Dear Captain, I am writing to inform you that I was unable to attend my 0800 solo navigation sortie on 9V-FTA today due to a migraine attack. My GP has issued 2 days of medical leave, which I have attached. I would be grateful if the sortie could be rebooked once I am fit to fly. Regards, Joanne Quek",
        ),
        ("user", "Thanks. Should I tell the AME about the migraine too?"),
        (
            "assistant",
            "It is a good idea to mention it to your AME, because recurrent migraines can be relevant to medical fitness. Only the AME can decide whether it affects your Class 2 certificate.",
        ),
    ],
    [
        (
            "system",
            "Booking assistant for Skyward Flight Academy, Subang. Current student record: name=Lim Wei Xiang; MyKad=000823-10-4471; phone=+60 17-628 3390; balance_due=RM 3,150; medical_expiry=2027-04-30.",
        ),
        ("user", "hi can i book sim 2 this saturday 10am?"),
        (
            "assistant",
            "Hi Wei Xiang, Sim 2 is available this Saturday from 1000 to 1200. Please note there is an outstanding balance of RM 3,150 on your account, which needs to be settled before the booking can be confirmed.",
        ),
        ("user", "ok i will pay by friday. confirm first pls"),
        (
            "assistant",
            "Noted. I have placed a provisional hold on Sim 2, Saturday 1000-1200. It will be confirmed automatically once the payment is received by Friday 6pm.",
        ),
    ],
    [
        (
            "user",
            "Tolong bantu saya tulis surat rayuan untuk bayar yuran secara ansuran. Nama saya Mohd Irfan bin Zakaria, No. KP 980611-02-5319, pelatih CPL Batch 7 di akademi di Melaka. Ayah saya baru diberhentikan kerja dan kami tak mampu bayar RM 21,000 sekali gus.",
        ),
        (
            "assistant",
            "Baik. Berikut draf ringkas: Tuan/Puan, Saya, Mohd Irfan bin Zakaria (No. KP 980611-02-5319), pelatih CPL Batch 7, ingin memohon kebenaran untuk menjelaskan baki yuran RM 21,000 secara ansuran. Ini kerana bapa saya baru diberhentikan kerja dan keluarga kami tidak mampu membuat bayaran penuh. Saya mencadangkan bayaran bulanan selama 12 bulan. Sekian, terima kasih.",
        ),
        ("user", "Boleh tambah yang saya sanggup bayar RM 1,750 sebulan mulai bulan depan?"),
        (
            "assistant",
            "Boleh. Tambah ayat ini selepas cadangan: Saya sanggup membayar RM 1,750 sebulan bermula bulan hadapan sehingga baki dijelaskan sepenuhnya.",
        ),
    ],
    [
        ("system", "你是飞行学校安全部门的助手，负责整理事件报告。"),
        (
            "user",
            "帮我把这段整理成正式报告：今天下午三点，学员周子轩驾驶9V-FTB在实里达做起落航线，落地时偏出跑道边线约两米，右轮压坏一个跑道灯。带飞教员是何国栋。学员本人说前一晚失眠只睡了三个小时。",
        ),
        (
            "assistant",
            "事件报告：日期：今日 15:00；地点：实里达机场（WSSL）；航空器：9V-FTB；人员：学员周子轩，带飞教员何国栋。经过：起落航线训练着陆时，航空器偏出跑道边线约2米，右主轮压损一盏跑道边灯，无人员受伤。相关因素：学员自述前一晚失眠，仅睡约三小时，可能存在疲劳。建议：复核学员飞行前自我评估（IMSAFE）执行情况。",
        ),
        ("user", "好的，再加一句已经通知了家长。"),
        ("assistant", "已补充：后续处理：已将事件情况通知学员家长。"),
    ],
    [
        (
            "user",
            "我想報名香港的滑翔傘課程，表格要填體檢資料。我叫鄭家豪，HKID Y251736(A)，有輕微癲癇病史，已經三年沒有發作，這樣可以參加嗎？",
        ),
        (
            "assistant",
            "鄭先生你好。有癲癇病史的人參加滑翔傘訓練前，一般需要由主診醫生評估並簽署適合參與的證明。建議你先向醫生索取書面評估，再如實填寫表格，由教練和會方決定是否接受報名。",
        ),
        ("user", "明白，醫生證明要寫什麼內容？"),
        (
            "assistant",
            "通常包括：診斷與目前控制情況、最近一次發作日期、現用藥物及副作用，以及醫生對你參與高空運動的意見和任何限制。",
        ),
    ],
    [
        (
            "user",
            "Can help me format this into a roster table? Sat: Capt Rizal 0700-1300 (9M-SKB), hp 012-409 7716; Capt Lee Boon Keat 1300-1900 (9M-SKC), hp 9033 5821; Sim: Ms Vanessa Tan 0800-1600, hp 8451 2209",
        ),
        (
            "assistant",
            "Here you go: Day | Instructor | Time | Resource | Mobile. Sat | Capt Rizal | 0700-1300 | 9M-SKB | 012-409 7716. Sat | Capt Lee Boon Keat | 1300-1900 | 9M-SKC | 9033 5821. Sat | Ms Vanessa Tan | 0800-1600 | Sim | 8451 2209.",
        ),
        ("user", "Good, but remove the hp numbers, this one going to students' group."),
        (
            "assistant",
            "Updated: Day | Instructor | Time | Resource. Sat | Capt Rizal | 0700-1300 | 9M-SKB. Sat | Capt Lee Boon Keat | 1300-1900 | 9M-SKC. Sat | Ms Vanessa Tan | 0800-1600 | Sim.",
        ),
    ],
    [
        (
            "system",
            "You answer general questions about aviation medical requirements in Singapore and Malaysia. You are not a doctor.",
        ),
        (
            "user",
            "I'm Aaron Pereira, 24, and I was diagnosed with Type 1 diabetes last year, on insulin pump now. Can I still get a Class 2 medical from CAAS?",
        ),
        (
            "assistant",
            "Insulin-treated diabetes is handled case by case by aviation medical authorities, and some permit a Class 2 certificate with restrictions and close glucose monitoring. You should book an AME, bring your endocrinologist's reports and HbA1c history, and ask whether CAAS would consider an assessment.",
        ),
        ("user", "ok and what if they reject?"),
        (
            "assistant",
            "You can usually ask for a review or an appeal with further specialist evidence. Options like gliding or microlight flying may have different medical standards, so it is worth asking the clubs too.",
        ),
    ],
    [
        (
            "user",
            "Please make a CSV row for our student database: Nicholas Teo, NRIC S9107736A, born 3 Jun 1991, mobile 9746 1083, email nick.teo91@yahoo.com.sg, PPL student, total 32.5 hrs.",
        ),
        (
            "assistant",
            "full_name,nric,dob,mobile,email,course,total_hours then: Nicholas Teo,S9107736A,1991-06-03,9746 1083,nick.teo91@yahoo.com.sg,PPL,32.5",
        ),
        ("user", "thanks, add medical expiry 2027-08-31 at the end"),
        (
            "assistant",
            "Nicholas Teo,S9107736A,1991-06-03,9746 1083,nick.teo91@yahoo.com.sg,PPL,32.5,2027-08-31",
        ),
    ],
    [
        ("system", "Pembantu maya kelab terjun udara di Johor. Jawab dalam Bahasa Melayu."),
        (
            "user",
            "Saya nak isi borang pelepasan tanggungan untuk terjunan tandem minggu depan. Nama Farhana binti Rahim, IC 030405-01-7724. Kenalan kecemasan abang saya Faizal, 011-2356 7780. Saya ada sejarah patah tulang belakang 2022, perlu declare ke?",
        ),
        (
            "assistant",
            "Ya, Cik Farhana, sejarah kecederaan tulang belakang mesti diisytiharkan dalam borang kerana terjunan tandem melibatkan hentakan semasa membuka payung dan mendarat. Kelab mungkin meminta surat pengesahan doktor sebelum membenarkan terjunan.",
        ),
        ("user", "Kalau doktor kata ok, boleh terjun kan?"),
        (
            "assistant",
            "Biasanya boleh, tetapi keputusan akhir terletak pada ketua jurulatih terjunan selepas menyemak surat doktor dan keadaan anda pada hari tersebut.",
        ),
    ],
    [
        (
            "user",
            "我兒子林冠宇在新加坡讀飛行學校，身分證字號A129034572，他說學校要收一筆 S$4,800 的重考費，因為他第二次技能考試沒過。這合理嗎？",
        ),
        (
            "assistant",
            "林先生/林太太您好。許多飛行學校的合約都會規定重考需另行收費，內容包含考官費、飛機租用與額外的複訓時數。建議您請學校提供收費明細與合約條款，確認 S$4,800 包含哪些項目。",
        ),
        ("user", "他最近壓力很大，還說想放棄。學校有輔導嗎？"),
        (
            "assistant",
            "可以直接詢問學校的學員服務或首席飛行教官是否有輔導資源。若冠宇的情緒持續低落，也建議他尋求專業心理諮詢，新加坡有多個輔導熱線與診所可以提供協助。",
        ),
    ],
]
