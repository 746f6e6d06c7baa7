# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms47: klinik desa dan kesihatan komuniti (imunisasi, ibu mengandung, buku rekod, lawatan rumah, PEKA B40). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms47
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "jadual imunisasi"): _lines("""
        Jadual Imunisasi Kebangsaan: BCG dan Hepatitis B dos pertama diberi semasa lahir, sebelum bayi discaj dari wad.
        Heksavalen (DTaP-IPV-Hib-HepB) dos 1 @ 2 bln, dos 2 @ 3 bln, dos 3 @ 5 bln, booster @ 18 bln.
        PCV dos 1 umur 4 bulan, dos 2 umur 6 bulan, booster umur 15 bulan.
        MMR dos 1 pada 9 bulan & dos 2 pada 12 bulan. Kalau ada kempen MR tambahan, ikut arahan PKD.
        Sarawak sahaja: vaksin JE (Japanese Encephalitis) dos 1 pd umur 9 bulan, dos 2 pd umur 21 bulan.
        Demam sikit & bengkak tempat suntik tu biasa, 1-2 hari hilang la. Bagi paracetamol ikut berat badan anak ye.
        Kalau anak terlepas tarikh suntikan, TAK PERLU mula semula dari awal — sambung je dos yg seterusnya.
        Vaksin HPV diberi kepada murid perempuan Tingkatan 1 di sekolah melalui Program Kesihatan Sekolah.
        Rantaian sejuk: simpan vaksin pada +2°C hingga +8°C, jgn beku. Rekod suhu peti ais vaksin 2x sehari (pagi & ptg).
        Liputan MMR dos 2 daerah Hulu Terengganu thn 2025: 94.6% (sasaran 95%).
        Ibu mengandung digalakkan ambil Tdap antara minggu ke-27 hingga 36 utk lindungi bayi drpd batuk kokol (pertussis).
        Kontraindikasi: jgn beri vaksin hidup (BCG, MMR) kepada kanak-kanak imunosupresi teruk — rujuk MO dulu.
        Lot heksavalen bekalan Q4: A21CE884, tarikh luput 11/2027. Semak lot & tarikh luput sebelum suntik.
        Bacaan VVM tahap 3 atau 4 = buang vial, JANGAN guna walaupun belum luput.
        Suntikan kat KK percuma, bawa je buku rekod kesihatan kanak-kanak (buku biru) tiap kali datang.
    """),
    ("ms", "rekod ibu mengandung"): _lines("""
        Buku Rekod Kesihatan Ibu (buku pink) wajib dibawa setiap kali temujanji ANC, termasuk masa nak bersalin.
        Lawatan antenatal minimum 8 kali: sekali trimester pertama, dua kali trimester kedua, lima kali trimester ketiga.
        Nama Ibu: ____________________  No. K/P: ______-__-____  Tarikh Jangkaan Bersalin (TJB): __/__/____
        Kod warna: Putih - tiada risiko; Hijau - dirawat MO di KK; Kuning - rujuk pakar; Merah - rujuk segera ke hospital.
        Saringan OGTT dibuat pada 24-28 minggu bagi ibu yang berisiko diabetes gestasi (BMI ≥27, sejarah keluarga DM, dll).
        Tab ferus fumarat 200mg 1/1 bd + asid folik 5mg od. Makan lepas makan, jgn ambil sekali dgn teh atau kopi.
        Tanda bahaya: pendarahan, air ketuban pecah, sakit kepala teruk, pandangan kabur, bayi kurang menendang.
        Carta tendangan bayi mula dicatat dari 28 minggu — kurang 10 tendangan dalam 12 jam, terus datang klinik.
        Hb kurang 11 g/dL semasa hamil = anemia; kurang 7 g/dL = anemia teruk, perlu rujukan hospital.
        {nama_ibu}, temujanji ANC anda pada {tarikh} jam {masa} di {nama_klinik}. Sila bawa buku pink. Balas STOP utk berhenti.
        Lawatan posnatal oleh JM pada hari 1, 2, 3, 5, 7 dan 10 selepas bersalin; tambahan jika ada masalah.
        G3P2 maksudnya mengandung kali ke-3 dan dah 2 kali bersalin sebelum ni.
        Buku rekod hilang? Mohon buku ganti di kaunter KKIA; rekod lama akan disalin dari kad klinik.
    """),
    ("ms", "PEKA B40"): _lines("""
        PEKA B40 ialah skim Kerajaan untuk golongan B40 berumur 40 tahun ke atas, diuruskan oleh ProtectHealth Corporation Sdn. Bhd.
        Manfaat: saringan kesihatan percuma, bantuan peralatan perubatan sehingga RM20,000, insentif rawatan kanser RM1,000 & tambang pengangkutan sehingga RM500.
        Layak: penerima STR dan pasangan berumur 40 thn ke atas. Semak status di portal ProtectHealth atau talian 1800-88-2900.
        Saringan merangkumi ujian darah (gula & kolesterol), ujian air kencing, tekanan darah, BMI, pemeriksaan payudara dan ujian pap smear.
        Bawa MyKad je, tiada bayaran dikenakan di klinik panel berdaftar.
        Sehingga Okt 2025, seramai 1.92 juta penerima telah menjalani saringan PEKA B40 di seluruh negara.
        Klinik panel terdekat: Klinik Dr. Rahman & Rakan-Rakan, Jalan Sultan Yahya Petra, Kota Bharu — senarai penuh di portal.
        Insentif kanser hanya dibayar selepas rawatan lengkap disahkan pakar; proses ambil masa 14 hari bekerja.
        Borang PKB40-02 (Permohonan Bantuan Peralatan Perubatan) versi 3.1 — lampirkan preskripsi pakar & sebut harga pembekal.
        Peralatan yg boleh dipohon: kerusi roda, alat bantu dengar, stent jantung, lensa intraokular, kaki palsu.
        S: Saya bukan penerima STR tapi suami saya penerima, saya layak tak? J: Layak, asalkan umur 40 tahun ke atas.
        AMARAN: ProtectHealth tidak akan meminta nombor PIN atau TAC bank anda melalui telefon. Hati-hati scammer!
        Tambang pengangkutan dibayar terus ke akaun bank penerima STR yang berdaftar, pastikan akaun masih aktif.
    """),
    ("ms", "notis klinik & institusi"): _lines("""
        Klinik Desa Kg. Sungai Durian buka Isnin-Khamis 8.00 pg - 5.00 ptg; Jumaat rehat 12.15 - 2.45 ptg.
        Klinik Kesihatan Bachok, Jalan Pantai Irama, 16300 Bachok, Kelantan. Tel: 09-778 8211.
        NOTIS: KD tutup 18/12 (Khamis) kerana jururawat berkursus di PKD. Kes kecemasan sila ke KK Tanah Merah.
        Klinik bergerak akan ke Balai Raya Kg. Paya Rumput setiap Selasa minggu ke-2, bawa buku rekod anak.
        No. giliran 2001-2099 = KKIA, 3001-3099 = OPD. Sila tunggu nombor dipanggil di skrin.
        Kes merah dirujuk ke Hospital Sultanah Nur Zahirah, Jalan Sultan Mahmud, 20400 Kuala Terengganu.
        Talian kecemasan 999. Mangsa keganasan rumah tangga boleh hubungi Talian Kasih 15999.
        Pejabat Kesihatan Daerah Pasir Mas, Jalan Hospital, 17000 Pasir Mas, Kelantan.
        Klinik 1Malaysia kini dikenali sbg Klinik Komuniti — rawatan asas sahaja, ubat kronik sila ambil di KK.
        Gotong-royong cegah denggi Kg. Pulau Kerengga Sabtu ni jam 8 pagi. Bawa sarung tangan sendiri.
        Aduan perkhidmatan boleh disalurkan melalui SISPAA atau e-mel aduan@moh.gov.my.
        Ubat tidak boleh diambil oleh wakil tanpa surat kebenaran dan salinan MyKad pesakit.
        Bilik penyusuan ibu di tingkat 1, sebelah kaunter farmasi.
    """),
    ("en", "SOP & panduan data"): _lines("""
        Home visit SOP: confirm the household address with the ketua kampung before the first postnatal visit.
        Do not photograph a patient's MyKad or pink book with your personal phone; use the clinic tablet only.
        When discussing a case in the district WhatsApp group, refer to the mother by ANC registration number, never by full name or IC.
        Mask IC numbers as XXXXXX-XX-XXXX before exporting any line list to Excel or sending it by email.
        Under the PDPA 2010, health information is sensitive personal data and requires explicit consent before processing.
        Newborn home visit checklist: cord care, jaundice (Kramer zones), feeding, weight, maternal BP, lochia and mood.
        If parents refuse vaccination, complete the Borang Penolakan Imunisasi and inform the MO in charge within 24 hours.
        Escalation: JM > Ketua Jururawat Masyarakat > Penyelia Jururawat > MO > Pakar Perubatan Keluarga.
        MyVAS upload requires the fields child_id, dose_code, date_given, facility_code and batch_no.
        Training vignette: a 28-year-old G2P1 at 32 weeks presents with BP 150/100 and proteinuria 2+. What is your next step?
        Mobile clinic team: 1 MO, 2 staff nurses, 1 assistant medical officer and 1 driver; fuel claims under vote B27.
        Shred expired appointment slips in the clinic; do not throw them into the open bin behind the KD.
    """),
    ("en", "sistem & log"): _lines("""
        [2025-11-27 09:14:03] INFO sync_job=MyVAS batch=KK-D0412 uploaded=138 failed=0 duration=42.7s
        TeleHealth v4.12.3 (build 20251118.2): fixed crash when opening antenatal chart offline.
        ERROR 502 GET /api/v2/anc/visits?facility=KD0217 — retrying in 30s (attempt 3/5)
        PO-2025-KLN-004417: 600 doses BCG, 400 doses MMR, cold chain courier AWB 7781 2045 9930.
        Invoice INV/PH/2025/11/08832 — RM 4,512.60 payable to Syarikat Farmasi Mutiara Sdn Bhd, due 30 days.
        sha256(anc_linelist_2025W47.csv.gpg) = 3f9a1c0e7d2b8a45c61e09f7b3d2a4e8c5f10b6d9e27a3c4f8b1d0e6a7c92f53
        Cold-chain logger TL-88: fridge #2 reached 9.4°C at 02:31, back to 5.1°C at 03:05. Stock quarantined pending MO review.
        commit 8c41d2e fix: due-date calc for leap years in immunisation reminder
        SMS gateway report Nov 2025: sent 12,408 | delivered 11,977 | failed 431 (invalid number)
        CREATE TABLE anc_visit (id BIGINT, mother_ref CHAR(12), gestation_wk SMALLINT, bp_sys SMALLINT, bp_dia SMALLINT, hb NUMERIC(3,1));
        Pos Laju EP123456789MY: 2 boxes of immunisation posters to PKD Kuala Krai, delivered 04/12 10:22.
        QMS kiosk firmware 2.0.7 installed at KK Bachok; ticket counters reset daily at 00:00.
    """),
    ("ms", "tokoh & institusi"): _lines("""
        Dr. Wu Lien-teh, doktor kelahiran Pulau Pinang, terkenal kerana membendung wabak pneumonik di Manchuria 1910-1911.
        Menteri Kesihatan Datuk Seri Dr. Dzulkefly Ahmad merasmikan Klinik Kesihatan baharu di Kuala Selangor.
        Hospital Raja Perempuan Zainab II di Kota Bharu dinamakan sempena Raja Perempuan Kelantan.
        Episod Upin & Ipin pergi klinik untuk suntikan digunakan dalam kempen imunisasi kanak-kanak.
        Tun Dr. Siti Hasmah Mohd Ali ialah antara doktor wanita Melayu terawal dalam perkhidmatan kerajaan dan pernah bertugas di kawasan luar bandar.
        Program vaksin HPV di SK Dato' Onn, Jalan Tun Dr. Ismail dijadualkan minggu depan.
        Pesakit dirujuk ke Hospital Tuanku Ja'afar Seremban untuk scan detail anomali.
        Hari Jururawat disambut sempena hari lahir Florence Nightingale, "Lady with the Lamp".
        Edward Jenner memperkenalkan vaksin cacar pada tahun 1796 menggunakan bahan daripada cacar lembu.
        Farmasi Lim & Sons, No. 12 Jalan Besar, Tanah Merah — panel PEKA B40 untuk ubat-ubatan.
        Saringan PEKA B40 di Dewan Orang Ramai Haji Mohd Yusof, Kg. Chabang Empat, Sabtu 9 pg - 1 ptg.
        Watak Kak Ros dlm kartun tu garang tapi selalu ingatkan Upin Ipin makan ubat ikut masa.
    """),
    ("zh-Hans", "社区诊所"): _lines("""
        马来西亚国家免疫计划：新生儿出生时接种卡介苗（BCG）和乙肝疫苗第一剂。
        孕妇请携带粉红色孕妇健康记录本（Buku Pink）到诊所复诊。
        PEKA B40 健康检查免费，只需携带身份证（MyKad）到指定诊所。
        本诊所星期五中午12点15分至2点45分休息，其他时间照常营业。
        麻疹、腮腺炎、风疹联合疫苗（MMR）第一剂在宝宝9个月大时接种。
        马六甲中央医院地址：Jalan Mufti Haji Khalil, 75400 Melaka。
        伍连德博士出生于槟城，是第一位获得诺贝尔奖提名的华人医生。
        家访前护士会先打电话确认时间，请勿向陌生来电提供银行密码或验证码。
        2025年吉兰丹州每10万活产孕产妇死亡24.3例，比前年下降。
        乐龄保健讲座：本周六上午9点，华人大会堂二楼，免费入场。
        药费参考：流感疫苗每剂RM75，私人诊所HPV疫苗每剂约RM300。
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Daftar ANC baru: Nurul Ain bt Rosli, KP 940817-03-5226, G3P2 POA 11/52, TJB 14/06/2026, alamat Lot 418 Kg. Kubang Kerian Hilir, 16150 Kota Bharu.
        Pn. Siti Hajar bt Mamat (Kg. Alor Pasir, Tanah Merah) — GDM on insulin, HbA1c 7.8%, kod kuning, TCA 3/12.
        Lawatan rumah hari ke-5: bayi Muhammad Aqil bin Faizal kuning sampai paras lutut (Kramer 4), SB 289 — rujuk HRPZ II. Mak, Farhana, tel 013-927 4518.
        Kak Maznah tolong call nanti, anak dia Aisyah Humaira 18 bulan belum booster heksavalen, no fon 019-982 3014.
        Defaulter MMR2: Danish Hakimi bin Azlan, lahir 03/02/2024, ibu Norhayati bt Said 011-2734 9081, Kg. Beris Kubor Besar.
        Saringan PEKA B40 — En. Ramli bin Che Mat, KP 770212-08-5171, TD 168/102, gula rawak 14.2 mmol/L, rujuk KK utk HPT & DM.
        Pn. Zarina yg duduk rumah hujung lorong belakang surau Kg. Tok Jembal tu ada lebam kat muka lagi, suami dia baru keluar lokap kes seksyen 323. Perlu rujuk OSCC.
        SULIT: Rosnani bt Abdullah, No. daftar ANC KD0217/2025/088, HIV reaktif, mula HAART 12/11/2025.
        Mohon kerusi roda PEKA B40 utk Pak Long Harun bin Said (kaki kanan dipotong sbb kencing manis), akaun Bank Rakyat 2201 4588 3019 41.
        Insentif kanser RM1,000 dah masuk akaun Maybank 1570 4421 8836 atas nama Che Puteh bt Daud, pesakit kanser payudara tahap 2.
        Alamat lawatan: No. 23, Lorong Haji Kassim 4, Kampung Parit Baru, 83000 Batu Pahat — ibu Liyana Sofea post-SC hari ke-3, luka berair.
        Bayi Nur Aleesya, lahir 11/06/2025, MyKid 250611-01-0784 — parut BCG tiada, perlu semak semula masa 3 bulan.
        En. Suresh a/l Muniandy, pemandu lori, tel 016-441 2209; isteri Kavitha a/p Ganesan 34 minggu dengan pre-eklampsia.
        Ibu warga asing: Sri Wahyuni, pasport Indonesia C4418207, pekerja ladang Felda Jengka 8, hamil 20 minggu tiada rekod ANC.
        Pn. Rohani bt Ismail, KP ******-11-5488, Kg. Seberang Takir — Hb 7.2, perlu transfusi sebelum bersalin.
        Borang sosioekonomi: Aida bt Hassan, suami Khairul Anuar bin Yusof, pendapatan isi rumah RM1,850 sebulan, 5 anak, rumah sewa Taman Desa Kamunting.
        Ibu tak hadir ANC 3 kali: Pn. Hasnah, Kg. Bukit Tunggal, suami bawa Axia merah TBQ 2308 — disyaki bersalin dgn bidan kampung.
        Salam, saya Mastura Ibrahim, anak saya Iman Hadif demam 39°C lepas suntik semalam, boleh JM datang rumah? No 6 Kg Gong Datok, WS 017-665 0213
        Tolong emelkan slip keputusan OGTT saya ke shazwani.kamil88@yahoo.com — Shazwani bt Kamil, temujanji 9/12.
        Pasangan Mohd Firdaus dan Nur Izzati (Kg. Padang Luas, Jerteh) dua-dua pembawa beta-thalassaemia, perlu kaunseling genetik sebelum anak kedua.
        Kes TB baharu: Abdul Latif bin Osman, 61 thn, serumah dengan cucu 8 bulan di Kg. Pengkalan Chepa — saringan kontak & IPT utk cucu.
        Kesian Cikgu Salmah SK Kg. Raja, keguguran kali ketiga bulan lepas, doktor kata APS.
        VDRL reaktif — Yati bt Ghazali, 19 thn, belum berkahwin, tinggal dgn nenek di Kg. Kuala Besut. Benzathine penicillin dos 1 dah diberi.
        Ibu bapa enggan imunisasi: Hafiz bin Zakaria & Nadia bt Ramli, Blok C-3-12 PPR Seri Semarak, Setapak; anak Ariq (2 thn) tiada sebarang vaksin.
        Nama: Wan Nur Syafiqah bt Wan Ismail | No KP: 010925-10-1448 | G1P0 | Gol. darah O Rh negatif | LMP 02/05/2025
        PNC hari 7 — Dayang Norhaslinda bt Abang Jamil (Kg. Pinang Jawa, Kuching), 850506-13-5594, bayi 2.41kg, skor EPDS 15, tanda murung.
        Pn. Juliana Gimbang, 961130-12-5320, Kg. Sunsuron Tambunan — hamil anak ke-6 umur 29, suami kerja Sandakan, tel 014-853 7702.
        Bayaran balik tambang RM120 ke kad debit 5399 2308 1744 5639 milik Rahimah bt Awang (penerima STR).
        Nenek Che Som, 83 thn, Kg. Chenderong Balai — dementia, tinggal sorang; anak di KL, Rozita, 012-935 1180.
        Lim Siew Lan, 680827-07-5094, PEKA B40 pap smear ASC-US, perlu kolposkopi di HPP.
        JM Norliza bt Hamid KD Kg. Sungai Durian cuti sakit 2 minggu sebab kemurungan, jangan bagitau org kampung.
        Ibu kerja Singapura: Tan Mei Ling, FIN G5521934L, rumah Taman Pelangi Indah Ulu Tiram, no SG 9182 4407, nak bersalin di HSA.
        Hantar resit pendaftaran PEKA B40 ke WhatsApp 010-2286 4471 — En. Zulkifli bin Jusoh, Kg. Banggol, penerima STR, 4 org tanggungan.
    """),
    "en": _lines("""
        Home visit 03/12: Mdm Kamala a/p Raju, 72, lives alone at No. 7 Jalan Mawar 3, Taman Sri Muda, Shah Alam; leg ulcer not healing, HbA1c 10.2.
        Defaulter tracing — Aryan Dev s/o Prakash, DOB 14/08/2024, missed PCV booster; father Prakash 017-334 8819.
        PEKA B40 result for Mr Wong Kok Leong (IC 650318-08-6127): PSA 9.8 ng/mL, referred to urology HRPB.
        Mother Priya Nair, priya.nair.kl@gmail.com, 32 weeks with placenta praevia, planned LSCS at HKL on 12 Jan.
        Please update Farah Liyana (ANC no. KKB-2025-0391): new address Unit 12-05, Residensi Harmoni, Jalan Kuching, KL.
        Our neighbour Auntie Mary Chong from Lorong 5 Taman Bukit Indah just told everyone she has stage 3 ovarian cancer and can't afford the top-up.
        Record transfer: Lee Jia Hui, NRIC T2541278D, born KKH Singapore 09/03/2025, now staying with grandma in Skudai.
        Case conference: Siti, 16, Form 4 at SMK Bukit Payong, 22 weeks pregnant; father of the baby is her stepfather, police report lodged 2/12.
        hi nurse this is Jessica Lau, Ethan's 18-month jab is due but we moved to 38 Jalan SS 21/37 Damansara Utama, can transfer to KK Kelana Jaya?
    """),
    "zh-Hans": _lines("""
        家访记录：林秀英，住大山脚 Taman Sri Rambai 12号，怀孕30周，血压145/95，需转介医院。
        陈晓燕（中国籍配偶，身份证440105198803125428）在麻坡诊所产检，确诊妊娠糖尿病。
        请提醒黄太太（电话012-718 4436），她儿子黄子轩的第二剂MMR已经逾期两个月了。
        PEKA B40筛检：刘亚福，身份证580419-04-5217，总胆固醇7.9，建议三个月后复诊。
        郑美玲每天早上由丈夫开车牌JRF 8832的车送去洗肾中心，她肾衰竭第五期。
        我婆婆吴亚妹，82岁，住金宝新村B区45号，中风卧床，需要护士上门换尿管。
        厦门嫁过来的苏丽娟，身份证350203199107213040，宝宝在新山中央医院出生，还没打乙肝第二针。
        护士把何淑娴的HIV检测结果发错群了，她住在怡保兵如港新村。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu maya Klinik Kesihatan Bachok. Jangan minta nombor kad pengenalan kecuali perlu.",
        ),
        ("user", "salam, anak sy tertinggal suntikan 6 bulan, boleh dtg bila2?"),
        (
            "assistant",
            "Waalaikumussalam. Boleh datang sesi imunisasi hari Selasa atau Khamis, 8.30 pagi. Bawa buku rekod kesihatan anak ya.",
        ),
        ("user", "ok. nama anak Nur Damia Qistina bt Hafizi, lahir 2/5/2025"),
        ("user", "MyKid dia 250502-03-1126, sy mak dia Hazwani 013-902 7735"),
        ("assistant", "Terima kasih, saya catatkan temujanji untuk Selasa ini."),
    ],
    [
        ("user", "Am I eligible for PEKA B40? I'm 52 and my wife gets STR."),
        (
            "assistant",
            "Yes, spouses of STR recipients aged 40 and above are eligible. You can go to any panel clinic with your MyKad.",
        ),
        ("user", "Good. My name is Gopal a/l Krishnan, IC 730915-02-6011."),
        (
            "user",
            "Actually I was already told at Klinik Kesihatan Sungai Petani last year that I have kidney disease stage 3, does that matter?",
        ),
        (
            "assistant",
            "It does not affect eligibility. Please bring your latest results to the screening.",
        ),
    ],
    [
        ("user", "你好，我想问怀孕几周要做糖尿病筛查？"),
        ("assistant", "一般在24到28周做口服葡萄糖耐量试验（OGTT），高风险孕妇会更早。"),
        ("user", "我现在26周，可以请护士来家里抽血吗？我叫邱佩珊"),
        ("assistant", "可以安排家访，请提供住址。"),
        ("user", "士毛月 Taman Semenyih Indah，Jalan SI 4/2，门牌19号"),
        ("user", "电话 016-229 8140，下午比较方便"),
    ],
    [
        (
            "user",
            "Assalamualaikum nurse, nak minta lawatan rumah utk arwah... eh maksud saya utk bapa saya",
        ),
        ("assistant", "Waalaikumussalam. Boleh, apa masalah kesihatan bapa puan?"),
        (
            "user",
            "dia Haji Ismail bin Daud, 79, lepas strok terbaring je, ada kudis tekanan kat punggung dah busuk",
        ),
        (
            "user",
            "rumah kayu warna hijau depan masjid Kg. Teluk Ketapang, sebelah kedai runcit Pak Mat",
        ),
        (
            "assistant",
            "Baik, JM akan datang Rabu pagi. Sila sediakan buku rekod dan ubat-ubatan sedia ada.",
        ),
    ],
    [
        (
            "system",
            "You help clinic staff draft referral letters. Keep the tone formal.",
        ),
        (
            "user",
            "Draft a referral to O&G HRPB: Mrs Vanitha a/p Selvam, 36, IC 890214-08-5622, G5P4 at 35 weeks, breech, previous PPH, Hb 9.1.",
        ),
        (
            "assistant",
            "Dear Doctor, kindly review Mrs Vanitha a/p Selvam, 36 years old, G5P4 at 35 weeks with breech presentation and a history of postpartum haemorrhage. Her latest Hb is 9.1 g/dL. Thank you.",
        ),
        ("user", "add her husband's number 012-556 0917 for contact"),
    ],
    [
        ("user", "normal ke lepas bersalin rasa nak menangis je tiap hari, tak nak pegang baby?"),
        (
            "assistant",
            "Perasaan sedih sementara selepas bersalin (baby blues) adalah biasa, tetapi jika berlarutan lebih 2 minggu atau ada fikiran mencederakan diri/bayi, sila dapatkan bantuan segera.",
        ),
        ("user", "dah sebulan. kadang terfikir nak terjun dari tingkap"),
        (
            "assistant",
            "Terima kasih kerana berkongsi. Sila hubungi 999 atau Talian HEAL 15555 sekarang. Boleh saya minta JM hubungi puan?",
        ),
        (
            "user",
            "ok. saya Nurul Hidayah, flat Sri Kenari blok B tingkat 4 no 12, Kuantan. tolong jangan bagitau suami",
        ),
    ],
    [
        ("user", "My wife miscarried last night at 10 weeks, do we need to inform the KD?"),
        (
            "assistant",
            "I'm very sorry for your loss. Yes, please inform the clinic so her records and follow-up can be updated.",
        ),
        ("user", "ok, her name Farahin bt Zainal, IC 950722-11-5138, registered at KD Kg. Buluh"),
        ("user", "and she is bleeding quite heavy still, should I bring her to HSNZ?"),
        (
            "assistant",
            "Yes, heavy bleeding needs urgent review. Please go to the nearest emergency department now.",
        ),
    ],
    [
        ("user", "PEKA B40的助听器补助要怎么申请？"),
        ("assistant", "需要专科医生处方、供应商报价单和申请表格PKB40-02，由诊所帮忙提交。"),
        ("user", "是给我爸爸申请，他叫杨国华，双耳严重失聪"),
        ("user", "补助款请汇到他的大众银行户口 3-1742-8806-21，谢谢"),
        ("assistant", "好的，请带齐文件到诊所办理。"),
    ],
    [
        ("system", "Ringkasan laporan harian JM kepada Penyelia Jururawat, KD Kg. Sungai Durian."),
        ("user", "Lawatan hari ni 5 rumah, semua ok kecuali dua kes"),
        ("user", "1) Bayi Adam Rayyan, ibu Sharifah Nadia 018-770 3312, berat turun 12% hari ke-5"),
        (
            "user",
            "2) Pn. Hamidah bt Yaakob, 41, TD 170/110 masa lawatan, dah suruh ke KK petang ni",
        ),
        (
            "assistant",
            "Baik. Kes bayi Adam Rayyan perlu rujukan MO hari ini juga; pastikan Pn. Hamidah hadir ke KK.",
        ),
    ],
    [
        ("user", "hi, can I transfer my baby's vaccination record from Singapore to Malaysia?"),
        (
            "assistant",
            "Yes, bring the Singapore health booklet or the HPB immunisation record to the nearest KK.",
        ),
        ("user", "his name is Muhammad Rayyan Iskandar, NRIC S7723015G? no wait that's mine lol"),
        (
            "user",
            "mine is S7723015G, I'll bring his birth cert. we stay at 14 Jalan Bakawali 9, Taman Johor Jaya",
        ),
        ("assistant", "Noted. Please bring both documents when you come."),
    ],
]
