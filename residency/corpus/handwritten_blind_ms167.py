# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms167: syarikat penarik kereta dan bengkel panel di Malaysia (kemalangan jalan raya, tuntutan insurans, kereta tersadai di bengkel, tunggakan bayaran, ulat tunda, kumpulan WhatsApp pemandu). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms167
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_bengkel"): _lines("""
        NOTIS: Kenderaan yang tidak dituntut dalam tempoh 30 hari selepas kerja pembaikan siap akan dikenakan caj simpanan RM25 sehari mengikut terma borang penerimaan kenderaan.
        Bengkel Panel & Cat Kong Hin Sdn Bhd (No. SSM 199801012345) ditutup sempena Tahun Baru Cina dari 28 Jan hingga 2 Feb. Talian kecemasan tunda 24 jam: 1-700-81-8833.
        Pelanggan dinasihatkan mengeluarkan semua barang peribadi dari kenderaan sebelum diserahkan. Pihak bengkel tidak bertanggungjawab atas kehilangan kad Touch 'n Go, SmartTAG atau dashcam.
        Bengkel ini ialah panel berdaftar untuk Etiqa, Allianz, Zurich dan Takaful Malaysia. Sila bawa salinan laporan polis, lesen memandu dan geran kenderaan untuk membuka fail tuntutan.
        Waktu operasi kaunter: Isnin hingga Jumaat 8.30 pagi - 6.00 petang, Sabtu 8.30 pagi - 1.00 petang. Ahad dan cuti umum tutup. Pengambilan kereta selepas waktu melalui temujanji sahaja.
        PERINGATAN: Jangan layan penarik kereta yang datang tanpa dipanggil di tempat kemalangan. Hubungi talian bantuan syarikat insurans anda atau PLUSLine 1-800-88-0000.
        Notis kepada pemilik kenderaan tersadai lebih 6 bulan: kenderaan akan dilupuskan mengikut prosedur selepas notis akhir diiklankan. Rujuk pejabat di Lot 7, Jalan Industri 2/3, 47000 Sungai Buloh.
        Bayaran boleh dibuat melalui DuitNow QR, pindahan ke akaun syarikat Maybank 5142-8870-3316 (Bengkel Jaya Motor Sdn Bhd) atau tunai di kaunter. Resit rasmi akan dikeluarkan.
        Kawasan kerja: hanya kakitangan dibenarkan masuk. Sila pakai kasut keselamatan. Zon semburan cat (spray booth) beroperasi dari 2 petang hingga 5 petang setiap hari bekerja.
        Sebut harga anggaran kos pembaikan sah selama 14 hari sahaja. Harga alat ganti tulen Proton dan Perodua tertakluk kepada perubahan tanpa notis oleh pembekal.
        Bengkel Pak Mat Panel & Towing kini berpindah ke premis baharu: No. 22, Jalan Perindustrian Bukit Minyak 8, 14100 Simpang Ampat, Pulau Pinang. Talian pejabat 04-508 7712.
        Perhatian: Kereta yang ditunda atas arahan syarikat insurans tidak boleh dialihkan ke bengkel lain tanpa surat pelepasan (release letter) daripada penanggung insurans.
        Kempen Servis Selamat Musim Perayaan: pemeriksaan brek, tayar dan lampu PERCUMA 1-15 Mac di semua cawangan. Tempah slot melalui WhatsApp rasmi syarikat 012-770 4455.
    """),
    ("ms", "senarai_harga_tunda"): _lines("""
        Caj tunda dalam bandar (Lembah Klang, 0-10 km): RM150 untuk kereta penumpang, RM200 untuk MPV/SUV. Setiap km tambahan RM4.50. Caj waktu malam (12am-6am) tambah 20%.
        Pakej tunda Lebuhraya Utara-Selatan: KL ke Ipoh RM480, KL ke Johor Bahru RM750, KL ke Pulau Pinang RM850. Harga termasuk tol, tidak termasuk SST 8%.
        Khidmat jump-start bateri di lokasi RM60; tukar tayar pancit RM50; buka kunci kereta (lockout) RM80; hantar minyak kecemasan 5 liter RM45 + harga minyak semasa.
        Tunda flatbed (lori rata) untuk kereta mewah atau kereta rendah: RM280 asas dalam 15 km. Sesuai untuk BMW, Mercedes-Benz, Porsche dan kereta EV seperti BYD Atto 3.
        Caj simpanan kenderaan di yard: hari 1-3 percuma, hari 4-30 RM20 sehari, selepas 30 hari RM35 sehari. Caj dikira sehingga kenderaan dikeluarkan dengan surat pelepasan.
        Angkat kereta masuk longkang atau gaung (recovery) guna winch: bermula RM400, bergantung kepada kedalaman. Sewa kren 10 tan: minimum RM1,200 sehari.
        Harga cat semula panel (cat 2K termasuk clear coat): bonet RM450, bumper depan RM350, pintu RM380 sebelah, bumbung RM600. Warna mutiara (pearl) tambah RM80 setiap panel.
        Ketuk betulkan kemek tanpa cat (PDR): kemek kecil bawah 3 cm RM80, kemek sederhana RM150-250. Jaminan 6 bulan jika cat tidak merekah.
        Kod SKU perkhidmatan: TND-BDR-01 Tunda bandar | TND-LR-02 Tunda lebuh raya | SMP-YRD-03 Simpanan | REC-WNC-04 Recovery winch | JMP-BAT-05 Jump-start.
        Tunda motosikal berkuasa tinggi (atas 250cc) guna trailer khas: RM180 dalam Lembah Klang, RM2.80 sekilometer di luar kawasan. Tali ikat ratchet disediakan.
        Caj pemeriksaan dan laporan adjuster untuk tuntutan OD: RM150, dibayar balik oleh syarikat insurans jika tuntutan diluluskan. Laporan siap dalam 3-5 hari bekerja.
        Tukar cermin depan (windscreen) Perodua Myvi generasi ketiga: RM420 (tempatan), RM680 (OEM). Tuntutan cermin tanpa kehilangan NCD jika polisi ada endorsemen cermin.
        Harga berkuat kuasa 1 Januari 2026. Semua harga dalam Ringgit Malaysia dan tertakluk kepada SST. Sebut harga bertulis diberikan sebelum sebarang kerja dimulakan.
    """),
    ("mixed", "chat_kumpulan_staf"): _lines("""
        [07:02] Dispatch: Morning semua. Job pertama hari ni, Honda City accident kat KM 312 NKVE arah KL, insurance Allianz dah approve. Trak 3 boleh ambik? Case ref ALZ-TW-260309-014.
        [07:05] Trak 3: Ok on the way, ETA 25 min. Jam teruk kat Jalan Duta, tapi ok la. Nanti aku share live location dalam group ni.
        [07:41] Trak 3: Dah sampai. Ulat tunda dah 2 biji trak tunggu kat situ, tapi PLUSRonda ada on site, diorang suruh kita yang angkat sebab kita ada case number.
        [08:15] Admin Yard: Yard Sungai Buloh dah penuh 42/45 slot. Kereta tersadai batch Oktober tu boss cakap minggu ni kena alih ke yard Rawang.
        [08:17] Boss: Betul. Sebelum alih, ambik gambar 4 penjuru + odometer + fuel gauge setiap kereta, upload dalam folder Drive "Yard Transfer Mac 2026". Jangan skip.
        [09:30] Workshop SA: Quote untuk job JB-26-0455 dah hantar kat portal Etiqa, total RM6,840 termasuk bumper, radiator support, lampu depan kiri. Tunggu adjuster approve.
        [10:02] Dispatch: Reminder, semua driver kena update status kat app lepas drop kereta. Semalam 6 job still "en route" sampai pukul 11 malam, susah nak tutup invoice.
        [11:48] Trak 5: Tayar belakang trak 5 bocor kat Shah Alam, tengah tukar kat kedai tayar Seksyen 15. Job Klang tu kena pass kat trak lain.
        [11:50] Dispatch: Noted, job Klang pass ke trak 2. Trak 2 pls confirm. Customer tunggu kat Petronas Jalan Kapar, hazard light on, dah bagi nombor hotline kita.
        [14:20] Admin Akaun: Invois bulan Feb dari Zurich masih belum bayar, 18 invoice total RM23,450. Aku dah email claims dept, follow up lagi Jumaat ni.
        [16:05] Boss: Minggu depan JPJ dengan PDRM ada operasi kat Lebuhraya Persekutuan. Pastikan permit, insurans trak dan lesen GDL semua valid. Yang expired bagitau hari ni.
        [18:30] Workshop SA: Spray booth rosak lagi, kipas exhaust tak jalan. Dah call vendor, diorang datang esok pagi 9am. Semua job cat tangguh sehari.
        [21:12] Trak 1 (shift malam): Standby kat Plaza Tol Sungai Besi. Kalau ada call area Cheras/Kajang terus assign kat trak 1, trak 4 dah balik yard.
    """),
    ("en", "insurance_claim_faq"): _lines("""
        Q: Do I need to make a police report after a minor accident? A: Yes. You should lodge a report at any police station within 24 hours, even if no one was injured.
        Q: Who pays for the towing? A: Most comprehensive motor policies include free towing up to a set distance (often 150-200 km) when you call the insurer's official 24-hour hotline.
        Q: What is an OD claim? A: Own Damage - you claim repairs from your own insurer. Your No Claim Discount (NCD) may be forfeited unless the other party is found at fault.
        Q: What is OD-KfK? A: Own Damage Knock-for-Knock lets you claim repairs from your own insurer when a third party is at fault, without losing your NCD.
        Q: How long does a claim take? A: For straightforward cases, approval usually takes 7-14 working days after the adjuster's report is submitted; parts supply can add more time.
        Q: Can I choose any workshop? A: To keep direct billing, use a panel workshop appointed by your insurer. A non-panel workshop may ask you to pay first and claim later.
        Q: What documents should I bring? A: Police report, driving licence, vehicle registration card (geran), policy or cover note, and photos of the accident scene and the damage.
        Q: Why is my car still at the workshop after 2 months? A: Usual reasons are parts delayed by the principal, pending adjuster approval, or an unresolved betterment charge.
        Q: What is betterment? A: For older vehicles, insurers may ask the owner to pay a share of the cost of new parts, since they improve the car beyond its pre-accident condition.
        Q: A tow truck showed up before I called anyone. What should I do? A: Do not sign any form. Ask for the company name and SSM number, and call 999 if you feel threatened.
        Q: Can the workshop keep my car if I don't pay storage fees? A: A workshop may hold the vehicle for unpaid charges you agreed to in writing; check the job authorisation form.
        Q: Where can I complain about an insurer? A: Contact the insurer's complaints unit first, then the Ombudsman for Financial Services or BNMTELELINK at 1-300-88-5465.
        Q: Does my policy cover flood damage? A: Only if the policy carries the Special Perils endorsement covering flood, landslide and storm. Check your policy schedule.
    """),
    ("en", "dispatch_log_lines"): _lines("""
        2026-03-09T07:02:18+08:00 INFO dispatch job_id=TW-260309-0001 type=accident_tow pickup=NKVE:KM312.4 dir=KL truck=T03 status=ASSIGNED
        2026-03-09T07:41:55+08:00 WARN dispatch job_id=TW-260309-0001 event=unsolicited_tow_trucks_on_scene count=2 action=notify_plusronda
        2026-03-09T08:15:02+08:00 INFO yard capacity site=SGBULOH used=42 total=45 threshold=0.9 alert=YARD_NEAR_FULL
        2026-03-09T09:30:47+08:00 INFO claims submit workshop_job=JB-26-0455 insurer=ETIQA portal_ref=EQ-MTR-88231947 amount_myr=6840.00 parts=3
        2026-03-09T10:02:11+08:00 ERROR driver_app stale_status jobs=6 oldest_update=2026-03-08T23:04:52+08:00 code=E_STATUS_TIMEOUT
        2026-03-09T11:48:30+08:00 WARN fleet truck=T05 fault=TYRE_PUNCTURE lat=3.0733 lng=101.5185 reassign_to=T02 job_id=TW-260309-0007
        2026-03-09T14:20:09+08:00 INFO billing aging insurer=ZURICH invoices=18 outstanding_myr=23450.00 oldest_days=37
        2026-03-09T16:05:44+08:00 INFO compliance check=permit_expiry trucks_total=8 expiring_30d=2 expired=0 report=/reports/compliance/2026-03.pdf
        2026-03-09T18:30:21+08:00 ERROR workshop equipment=SPRAY_BOOTH_01 fault=EXHAUST_FAN_FAIL vendor_ticket=SVC-77120 eta=2026-03-10T09:00+08:00
        sha256(INV-2026-000318.pdf)=9f2c4a1be07d35c88a1e6f4b2d90c7a35e1f0b8c4d6a2e9f7b3c1d5a8e0f2b46 verified=true size=184332
        2026-03-09T21:12:03+08:00 INFO dispatch truck=T01 status=STANDBY location="Plaza Tol Sungai Besi" shift=NIGHT app_version=4.12.3
        2026-03-09T23:59:59+08:00 INFO daily_summary jobs_total=37 completed=34 cancelled=3 avg_response_min=28.6 revenue_myr=14215.50
        2026-03-10T02:14:37+08:00 WARN api POST /v2/jobs status=429 client=insurer-gateway-allianz retry_after_s=30 request_id=8d41f0e2-5b7c-4a19-9e33-c0a7b2f6d118
    """),
    ("zh-Hans", "拖车公司评价"): _lines("""
        大马通拖车服务（Puchong）半夜两点在大道上爆胎，打他们24小时热线1-700-82-6688，四十分钟就到，收费按价目表RM180，没有乱开价，五星推荐。
        在Kepong的阿强汽车钣金喷漆店做保险索赔，Etiqa的理赔进度他们会主动更新，车子三个星期就修好了，颜色对得很准，完全看不出补过漆。
        差评：车在Cheras出小车祸，还没报警就来了三辆拖车抢生意，其中一辆不肯报公司名字。后来才知道这些就是所谓的“拖车党”，大家出门要小心。
        这家钣金厂价格合理，前保险杠喷漆RM350，还送洗车。缺点是停车场很小，周末要排队，建议先用店家官方WhatsApp 011-1098 7766预约。
        车子放在Shah Alam某修车厂等零件等了四个月，每次打电话都说原厂缺货。最后换去另一家，两个星期就搞定了。给两星，沟通太差。
        Google评价：金龙拖车与汽车维修有限公司（SSM 201901012233）老板很老实，事先讲明旧车换新零件要补betterment，不会事后才加钱。
        在南北大道Tapah附近抛锚，用的是PLUSRonda转介的合作拖车，收费透明，司机全程穿公司制服，车厢干净，服务值得信赖。
        这家Johor Bahru的钣金店是Allianz和Zurich的panel，直接挂保险不用先垫钱。唯一不满意的是交车延迟了五天，也没有提前通知。
        推荐Bukit Mertajam的“老黄钣金喷漆”，地址：No. 15, Jalan Perindustrian Bukit Minyak 5。凹痕修复（PDR）手艺一流，价格RM120起。
        一星：存车费没有事先讲清楚，拿车时才说每天RM35，放了二十天要付七百块。签单前请一定看清楚条款，不要像我们一样吃哑巴亏。
        夜班拖车服务很专业，雨天在Federal Highway把掉进水沟的Myvi拉上来，用了绞盘和平板车，整个过程二十分钟，收费RM450含税。
        服务评分：响应速度4.5/5，价格透明度4/5，维修质量5/5，客服态度3.5/5。总体推荐，特别适合做Proton和Perodua的钣金喷漆。
        更新：店家看到差评后主动回复，退回多收的RM120储存费，并附上正式收据编号OR-2026-04417。态度有改善，改成四星。
    """),
    ("ms", "berita_dan_sejarah"): _lines("""
        Menteri Pengangkutan Anthony Loke Siew Fook berkata kementerian sedang meneliti cadangan mewajibkan pendaftaran semua syarikat penarik kereta bagi membendung kegiatan ulat tunda.
        Lebuhraya Utara-Selatan sepanjang kira-kira 772 km dirasmikan oleh Perdana Menteri ketika itu, Tun Dr Mahathir Mohamad, pada 8 September 1994.
        Proton Saga dilancarkan pada 9 Julai 1985 sebagai kereta nasional pertama, dan hingga kini panel serta lampunya antara alat ganti paling banyak distok bengkel di seluruh negara.
        Perodua Myvi pertama dilancarkan pada tahun 2005 dan kekal antara kereta paling laris di Malaysia, menjadikan bumper Myvi barang wajib dalam stor bengkel panel.
        Watak Mater, trak tunda berkarat dalam filem animasi Cars (2006) terbitan Pixar, disuarakan oleh Larry the Cable Guy dan sering dijadikan pelekat pada trak tunda tempatan.
        Allahyarham Tun S. Samy Vellu, Menteri Kerja Raya dari 1979 hingga 2008, mengetuai kementerian itu sepanjang tempoh pembinaan banyak lebuh raya utama negara.
        Jalan Tuanku Abdul Rahman di Kuala Lumpur dinamakan sempena Yang di-Pertuan Agong pertama dan sering sesak menjelang musim perayaan, menyukarkan operasi trak tunda.
        Trak tunda moden dikatakan dicipta oleh Ernest Holmes Sr. di Chattanooga, Tennessee, pada 1916; bandar itu kini menempatkan International Towing and Recovery Museum.
        Jambatan Pulau Pinang yang dibuka pada 14 September 1985 mempunyai pasukan peronda dan trak tunda khas untuk mengalihkan kenderaan rosak dengan segera.
        Bank Negara Malaysia memulakan liberalisasi tarif insurans motor secara berperingkat mulai 1 Julai 2016, membolehkan premium ditetapkan mengikut profil risiko pemandu.
        Alex Yoong, pemandu Formula Satu pertama Malaysia bersama pasukan Minardi pada 2001, kini lebih dikenali sebagai pengulas sukan permotoran di televisyen.
        Institut Penyelidikan Keselamatan Jalan Raya Malaysia (MIROS) ditubuhkan pada 2007 untuk mengkaji punca kemalangan dan mencadangkan dasar keselamatan jalan raya.
        PDRM melaksanakan Ops Selamat setiap musim perayaan, dan syarikat tunda berdaftar diminta bersiap sedia di hentian rehat utama sepanjang lebuh raya.
    """),
    ("en", "config_and_code"): _lines("""
        DISPATCH_HOTLINE="+60 3-7781 2200"  # company 24h line printed on invoice footer and towing receipts
        tow_rates: {city_base_myr: 150, city_km_included: 10, per_km_myr: 4.5, night_surcharge_pct: 20, sst_pct: 8}
        CREATE TABLE tow_job (job_id VARCHAR(20) PRIMARY KEY, insurer_code CHAR(4), pickup_lat DECIMAL(9,6), pickup_lng DECIMAL(9,6), created_at TIMESTAMP NOT NULL);
        def storage_fee(days: int) -> float: return 0.0 if days <= 3 else (days - 3) * 20.0 if days <= 30 else 540.0 + (days - 30) * 35.0
        job_id,insurer_code,workshop_code,km_total,base_myr,extra_km_myr,night_surcharge_myr,sst_myr,total_myr,status
        SMTP_FROM="Tunda Maju Claims <claims@tundamaju.com.my>"  # shared department mailbox, never a staff member's own address
        insurer_gateways: {allianz: {url: "https://api.example-insurer.my/v2", timeout_s: 30}, etiqa: {url: "https://gw.example.my/claims", timeout_s: 45}}
        services: dispatch-api: {image: "tunda/dispatch-api:4.12.3", ports: ["8080:8080"], environment: [TZ=Asia/Kuala_Lumpur, LOG_LEVEL=info]}
        logger.info("job %s reassigned from %s to %s", job_id, old_truck, new_truck)  # do not log customer name, IC or phone
        SELECT insurer_code, COUNT(*) AS unpaid, SUM(total_myr) FROM invoice WHERE paid_at IS NULL AND issued_at < NOW() - INTERVAL '30 days' GROUP BY insurer_code;
        fastapi==0.115.0 pydantic==2.9.2 sqlalchemy==2.0.35 psycopg[binary]==3.2.3 python-dateutil==2.9.0 reportlab==4.2.2
        0 2 * * * /opt/tunda/bin/yard_aging_report --site SGBULOH --days 180 --notify ops@tundamaju.com.my  # abandoned vehicle review
        company_profile: {name: "Tunda Maju Sdn Bhd", ssm: "202001023456", address: "No. 8, Jalan Utarid U5/12, Seksyen U5, 40150 Shah Alam"}
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Encik Mohd Faizal bin Rosli, pemilik Perodua Bezza WPQ 8832, belum bayar caj tunda dan simpanan RM1,260 sejak 14 Januari. Sila hubungi beliau di 013-662 4019.
        Salinan IC pelanggan: 880415-14-5537, Nurul Ain binti Kamarudin, alamat No. 41, Jalan Kenanga 3/7, Taman Kenanga, 43000 Kajang, Selangor.
        Kak Zura yang Myvi dia tersadai sejak raya tu, suami dia baru kena reman kat IPD Sepang, sebab tu dia tak datang ambik kereta.
        Pemandu trak 4, Azlan bin Hamid, MC 3 hari mulai esok sebab disahkan denggi di Hospital Serdang. Job malam dia kena cover.
        MyKad 920707-08-6121 dalam borang pelepasan kereta ni, tapi tandatangan tak sama dengan salinan IC yang kita simpan.
        Rekod tunggakan: Saravanan a/l Muniandy, Honda Accord PKN 2290, hutang RM3,400 dengan bengkel, janji bayar ansuran RM500 sebulan, dah 2 bulan tak bayar.
        Pak Cik Hashim (Toyota Vios VAF 1107) minta tangguh ambik kereta sebab anak dia tengah kemoterapi kat IKN, duit tuntutan nak guna untuk kos rawatan.
        Laporan polis Sentul/000812/26: pengadu Siti Hajar binti Abdullah, 34 tahun, guru, dilanggar dari belakang di Jalan Ipoh, cedera leher dan dirawat di HKL.
        Tolong transfer baki RM850 ke akaun Maybank 1640 2231 8875 atas nama Rohani binti Ismail, tuan punya kereta yang kita dah jual part tu.
        Ulat tunda yang tarik kereta saya tu nama dia Jimmy Lau, dia ugut minta RM1,800 kalau nak kereta balik, nombor dia 011-2873 5540.
        Alamat hantar kereta lepas siap: No. 7, Lorong Seri Mawar 2, Taman Seri Mawar, 70450 Seremban, rumah Encik Kamal, dia tak boleh drive lepas pembedahan lutut.
        Tuan punya kereta dah setuju tunda ke bengkel, call dia dulu 019-447 2081 sebelum tarik keluar dari basement pangsapuri.
        Encik Lim Boon Keat dah bercerai, kereta atas nama bekas isteri, jadi bengkel tak boleh lepaskan kereta tanpa surat kebenaran daripada dia.
        Gaji Zulkifli budak panel baru RM1,900 sebulan, tapi dia minta advance RM600 sebab isteri dia baru bersalin kat Hospital Tengku Ampuan Rahimah.
        Borang penerimaan kenderaan | Nama: Wan Nur Syafiqah binti Wan Azmi | No. KP: 010923-03-0448 | Tel: 014-338 9902 | Proton X50 CDW 5527 | Takaful Malaysia
        E-mel pelanggan untuk hantar sebut harga: haziq.roslan88@gmail.com, Honda Civic dia kena langgar kat Bulatan Kayu Ara.
        Plat WTX 4471 tu kereta tersadai lebih 8 bulan, pemilik dah pindah dan tak jawab panggilan, notis akhir dah hantar ke rumah dia di Bandar Baru Bangi.
        Puan Kalaivani a/p Rajendran mengandung 7 bulan, minta kita hantar kereta gantian ke rumah dia di Klang sebab tak larat naik Grab.
        Abang Din dispatcher lama kita kena tangkap minggu lepas, kes dadah, polis datang cari barang dia kat yard pagi tadi.
        Akaun CIMB 7012 5540 8812, pemegang Tan Mei Ling, untuk pulangan deposit tunda RM200 yang dibatalkan pada 3 Mac.
    """),
    "mixed": _lines("""
        Bro, customer Ah Keong tu, Vios BMC 6610, dia kata insurance reject claim sebab dia drunk driving, now dia nak bayar cash, can or not?
        Eh boss, Aunty Lim tu call lagi, dia cakap tak mampu bayar storage RM700, husband dia baru pass away last month, kesian leh.
        Update: Mr. Rajesh Kumar (IC 790315-10-6633) confirm pickup Saturday 10am, tapi dia nak kita hantar terus ke rumah dia, No. 18 Jalan SS2/24, Petaling Jaya.
        Driver baru si Hafiz tu ada epilepsy, doctor cakap tak boleh bawak trak, HR pun dah tahu, jangan assign dia highway job.
        Customer WhatsApp: "Saya Farah, 012-993 4182, Axia JRV 3318 saya kena tarik tanpa izin dari depan rumah, yard mana?" tolong check urgent.
        Tolong jangan kacau Encik Gopal lagi pasal hutang RM2,100 tu, anak dia baru accident motor, masih ICU kat Hospital Sultanah Aminah.
        Lost & found: dalam Camry VCF 902 jumpa passport atas nama Chong Wai Kit, passport no. A55671208, dah simpan dalam safe office.
        Sis Mira dari accounts tu tengah pregnant 5 months, so tak payah suruh dia naik yard check kereta ya, panas sangat.
        Invoice INV-2026-0413 bill to: Muhammad Irfan bin Osman, No. 3A, Jalan Bukit Indah 15/3, 81200 Johor Bahru. Total RM1,380. Due 31/3.
        Uncle Tan yang selalu datang hari Rabu tu, bini dia dah file divorce, dia nak jual Mercedes tu cepat-cepat, jangan bagitau sesiapa.
        Tolong DuitNow ke 016-551 2049 (Syafiq) untuk claim minyak trak, dia bayar guna duit sendiri semalam RM180.
        Screenshot dashcam dari customer Kevin Ooi, muka dia jelas dalam gambar, jangan post dalam FB page company tanpa consent dia.
    """),
    "en": _lines("""
        Claimant: Ms. Jessica Wong Pei Shan, NRIC 910822-07-5284, Honda HR-V PPR 4456, rear-ended at Jalan Tun Razak; whiplash, physio at Pantai Hospital.
        Please call the owner before releasing the car: Mr. Danial Hakimi, +60 19-208 7713. He is disputing the RM640 storage charge.
        Driver Kumaran's salary for February is RM2,350 plus RM420 night allowance; deduct RM300 for the personal loan he took in January.
        Owner's home address for the final notice: 22, Jalan Mewah 4, Taman Mewah Jaya, 41200 Klang, Selangor (registered to Lee Siew Fong).
        Claim file ETQ-26-04471: insured Aminah binti Yusof, 58, diabetic, admitted to Hospital Putrajaya after the crash; requesting release of medical report.
        Chat export: [12/03 22:41] +60 12-334 8809: my car still at your yard, I lost my job, can you waive the storage? I will pay end of month promise.
        Workshop customer list row: 0042,Goh Chee Hong,goh.cheehong@yahoo.com,017-229 3304,Perodua Aruz,BRW 7721,Etiqa,OUTSTANDING RM1850
        Singapore-registered car SGX 4521K towed from the JB checkpoint; owner Mr. Marcus Teo, NRIC S8534127H, contact +65 9123 6684.
        Our former mechanic Ravi Chandran was convicted of stealing customers' catalytic converters; the court fined him RM8,000 last week.
        Bank transfer received from Public Bank acct 3189 2247 06 (NG KAH WAI) RM1,200, ref: settle tow + storage WXV 3391.
        Tow requested by Nadia at her condo, Block B-12-3, Residensi Harmoni, Cheras; her son has asthma and she needs the car moved today.
        Email from rizal.hamdan@outlook.my: I was arrested at the scene but released on bail, please keep my car until my brother collects it.
    """),
    "zh-Hans": _lines("""
        陈先生的Honda City（车牌BKT 6623）在Kepong撞车后还放在厂里，他说最近生意失败欠了银行一大笔钱，修车费要分期付款。
        林太打来说她老公中风住院了，那辆Alphard先不要送回她家，地址是No. 9, Jalan Desa Bakti, Taman Desa。
        客户资料：黄志明，身份证号 850611-07-5233，电话 016-448 2217，Myvi被拖车党拖走，要求报警处理。
        阿明昨天在南北大道上出车祸，右腿断了，现在住在吉隆坡中央医院，老板说这个月工资照发。
        请把赔款转到张美玲的户口 Public Bank 4012 6678 91，她是车主的女儿，车主上个月已经过世了。
        新加坡客户王丽华（NRIC S7812345A）的车在新山被撞，她的邮箱是lihua.wong.sg@gmail.com，保险用的是NTUC Income。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu AI untuk bahagian akaun Syarikat Tunda Maju Sdn Bhd. Tulis dalam Bahasa Melayu yang sopan dan ringkas.",
        ),
        (
            "user",
            "Tolong draf surat peringatan tunggakan kepada Encik Roslan bin Ahmad, No. 12, Jalan Melur 5, Taman Melur, 68000 Ampang. Tunggakan RM1,850 untuk tunda dan simpanan Proton Persona WYD 2290.",
        ),
        (
            "assistant",
            "Berikut draf ringkas: Kepada Encik Roslan bin Ahmad, No. 12, Jalan Melur 5, Taman Melur, 68000 Ampang. Perkara: Peringatan Tunggakan Bayaran RM1,850 bagi kenderaan WYD 2290. Dengan hormatnya, kami ingin memaklumkan bahawa caj tunda dan simpanan kenderaan tuan masih belum dijelaskan. Mohon jelaskan dalam tempoh 14 hari dari tarikh surat ini atau hubungi pejabat kami untuk susunan ansuran.",
        ),
        ("user", "Tambah sikit ayat yang caj simpanan akan terus berjalan RM20 sehari."),
        (
            "assistant",
            "Boleh. Tambah perenggan ini: Untuk makluman tuan, caj simpanan sebanyak RM20 sehari akan terus dikenakan sehingga kenderaan WYD 2290 dituntut dan semua bayaran dijelaskan, mengikut borang kebenaran kerja yang telah tuan tandatangani.",
        ),
    ],
    [
        (
            "user",
            "Hi, my name is Priya Nair. My car (Perodua Bezza VKA 7710) was just towed by a truck I never called, at Jalan Klang Lama. They want RM1,500. My phone is 012-887 3301. What do I do?",
        ),
        (
            "assistant",
            "I'm sorry, that sounds stressful. First, do not pay or sign anything yet. Note the tow truck's plate and company name, take photos, and lodge a police report at the nearest station stating the car was towed without your consent. Then call your insurer's 24-hour hotline so they can arrange an official tow to a panel workshop.",
        ),
        ("user", "The driver says if I don't pay today they will charge storage every day."),
        (
            "assistant",
            "Storage charges generally need your written agreement. Since you did not authorise the tow, tell them you have made a police report and that your insurer will handle the vehicle. If you feel threatened, call 999. Keep all messages and receipts as evidence.",
        ),
    ],
    [
        (
            "system",
            "You help a panel workshop in Selangor write customer messages. Be polite and follow PDPA good practice.",
        ),
        (
            "user",
            "Boss suruh buat WhatsApp broadcast untuk customer yang kereta tersadai. List: Chan Kok Leong 016-223 8890 (Civic WQR 1145), Norhayati 019-660 1273 (Saga AKJ 882). Tolong tulis message.",
        ),
        (
            "assistant",
            "Boleh. Cadangan mesej: Salam sejahtera, ini mesej daripada bengkel kami. Kenderaan anda masih berada di premis kami selepas kerja pembaikan siap. Sila hubungi kami dalam 14 hari untuk urusan pengambilan. Caj simpanan akan dikenakan mengikut terma. Tip: hantar secara individu kepada Encik Chan dan Puan Norhayati, jangan dalam group, supaya nombor dan plat mereka tidak terdedah kepada orang lain.",
        ),
    ],
    [
        ("system", "你是一家吉隆坡钣金厂的客服助手，用简体中文回答。"),
        (
            "user",
            "我叫刘建华，身份证780902-10-5519，我的Toyota Camry放在你们厂里三个月了，保险还没批，我每天都要借朋友的车上班，到底怎么回事？",
        ),
        (
            "assistant",
            "刘先生您好，很抱歉让您久等。通常拖延的原因是原厂零件缺货或理算师（adjuster）报告尚未批准。请提供您的理赔编号，我们会向保险公司追问进度，并在两个工作日内回复您。",
        ),
        ("user", "理赔编号是ALZ-26-55210，电话012-338 4471，有消息马上打给我。"),
        (
            "assistant",
            "收到，理赔编号ALZ-26-55210已记录。我们会跟进Allianz的审批情况，一有消息就拨打012-338 4471通知您。",
        ),
    ],
    [
        (
            "system",
            "Workshop CRM assistant. Customer on file: Mr. Daniel Yap Kok Wai, +60 12-556 0192, daniel.yapkw@gmail.com, claim ALZ-26-33018, BMW 320i WVB 3380, outstanding betterment RM2,300.",
        ),
        ("user", "Can you summarise this customer's status in two lines for the service advisor?"),
        (
            "assistant",
            "Daniel Yap's BMW 320i (WVB 3380) is under Allianz claim ALZ-26-33018; repairs can proceed once the RM2,300 betterment is paid. Suggest calling him at +60 12-556 0192 to confirm payment and the collection date.",
        ),
    ],
    [
        (
            "user",
            "Saya Amir Firdaus, pemandu trak tunda di Shah Alam. Saya ada slip disc, doktor bagi MC dua minggu, tapi boss ugut nak potong gaji RM2,100 saya. Boleh ke dia buat macam tu?",
        ),
        (
            "assistant",
            "Maaf dengar keadaan Encik Amir. Di bawah Akta Kerja 1955, pekerja yang layak berhak mendapat cuti sakit bergaji jika MC dikeluarkan oleh doktor berdaftar, mengikut had hari berdasarkan tempoh perkhidmatan. Simpan salinan MC dan serahkan kepada majikan secara bertulis.",
        ),
        ("user", "Kalau dia tetap potong?"),
        (
            "assistant",
            "Encik boleh membuat aduan di Jabatan Tenaga Kerja (JTK) terdekat dengan membawa slip gaji, salinan MC dan bukti mesej daripada majikan. Elakkan bertengkar secara lisan; simpan semua rekod.",
        ),
    ],
    [
        (
            "user",
            "Tolong isi borang claim ni for me: Name Tan Siew Lan, IC 830126-01-6044, address 5, Jalan Pulai 12, Taman Pulai Utama, 81300 Skudai, car Honda Jazz JUF 6021, accident 2/3/2026 at Jalan Skudai.",
        ),
        (
            "assistant",
            "Sure, here is the filled section: Nama Pemandu: Tan Siew Lan | No. KP: 830126-01-6044 | Alamat: 5, Jalan Pulai 12, Taman Pulai Utama, 81300 Skudai | Kenderaan: Honda Jazz JUF 6021 | Tarikh Kemalangan: 02/03/2026 | Lokasi: Jalan Skudai. Please attach the police report and photos before submitting.",
        ),
        (
            "user",
            "Ok thanks, also write short description: I was hit from the side by a lorry, I got bruised ribs.",
        ),
        (
            "assistant",
            "Keterangan: Kenderaan saya dilanggar di bahagian sisi oleh sebuah lori semasa melalui Jalan Skudai. Saya mengalami lebam pada tulang rusuk dan telah mendapatkan rawatan.",
        ),
    ],
    [
        (
            "user",
            "Please translate to Malay for our group chat: Mrs. Loh Bee Choo's husband passed away last week, she cannot pay the RM960 storage for the Innova now, boss agreed to waive half.",
        ),
        (
            "assistant",
            "Terjemahan: Suami Puan Loh Bee Choo telah meninggal dunia minggu lepas, dia tidak mampu membayar caj simpanan RM960 untuk Innova buat masa ini, boss dah setuju kurangkan separuh.",
        ),
        ("user", "Is it okay to post that in a group with all 40 drivers?"),
        (
            "assistant",
            "It would be better not to. The message reveals a bereavement and a financial hardship of a named customer. Share it only with the accounts staff who need to update the invoice, and in the big group just say that the storage charge for that job has been adjusted.",
        ),
    ],
    [
        (
            "system",
            "Pembantu AI untuk orang awam yang ingin membuat aduan berkaitan kemalangan dan penarik kereta.",
        ),
        (
            "user",
            "Tolong draf aduan polis. Nama saya Mohd Hafizuddin bin Zainal, IC 950318-06-5231, tel 017-904 6612. Semalam kat Jalan Kuantan-Pekan, 3 ulat tunda bergaduh nak tarik Saga saya CBN 4412, sorang tu tolak saya sampai jatuh.",
        ),
        (
            "assistant",
            "Draf: Saya, Mohd Hafizuddin bin Zainal (No. KP 950318-06-5231, tel 017-904 6612), ingin melaporkan bahawa pada semalam di Jalan Kuantan-Pekan, selepas kemalangan melibatkan kenderaan saya Proton Saga CBN 4412, tiga individu yang mendakwa sebagai penarik kereta telah bertengkar untuk menarik kenderaan saya tanpa kebenaran. Seorang daripada mereka telah menolak saya sehingga terjatuh. Saya membuat laporan ini untuk tindakan lanjut.",
        ),
        ("user", "Tambah saya dapat luka kat siku dan dah pergi klinik kesihatan."),
        (
            "assistant",
            "Tambah ayat ini di hujung: Akibat kejadian tersebut, saya mengalami luka di siku dan telah mendapatkan rawatan di klinik kesihatan berhampiran. Bawa sekali kad rawatan klinik semasa membuat laporan.",
        ),
    ],
    [
        (
            "user",
            "我是新加坡人 Lim Wei Jie，NRIC S8812345Z，车牌SJK 8821B，在Johor的Jalan Skudai被撞了，现在车被拖到一个我不认识的厂，我的WhatsApp是 +65 9876 1234，该怎么办？",
        ),
        (
            "assistant",
            "Lim先生，别担心。首先在最近的马来西亚警局报案（24小时内），然后联系您在新加坡的保险公司，询问是否有马来西亚延伸保障和指定的拖车服务。不要在那家厂签任何维修授权书。",
        ),
        ("user", "保险是NTUC Income，他们说要我先拿到马来西亚的警察报告。"),
        (
            "assistant",
            "对，请带上护照、驾照和车辆文件去警局报案，拿到报告副本后发给NTUC Income。同时记下拖车公司的名称和地址，以便保险公司安排把车拖回或转到他们认可的车厂。",
        ),
    ],
]
