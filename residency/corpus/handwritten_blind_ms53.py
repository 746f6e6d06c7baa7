# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms53: pusat jagaan warga emas dan rumah orang tua (pendaftaran, lawatan keluarga, ubat, yuran, aduan, sukarelawan). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms53
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis pusat jagaan"): _lines("""
        NOTIS: Waktu lawatan keluarga ialah 10.00 pg - 12.00 tgh dan 3.00 ptg - 6.00 ptg setiap hari. Jumaat 3.00 ptg - 6.00 ptg sahaja.
        Pelawat WAJIB daftar masuk di kaunter keselamatan dan pakai pelitup muka jika ada simptom selesema.
        Makanan dari luar hendaklah diserahkan kpd jururawat bertugas utk semakan diet (ramai penghuni kencing manis & darah tinggi).
        Kanak-kanak bawah 12 thn dibenarkan melawat di ruang tamu Blok A sahaja, bukan di wad jagaan rapi.
        Pusat akan ditutup kpd pelawat pd 1 & 2 Syawal; program rumah terbuka pada 3 Syawal, 11 pg - 4 ptg.
        Makluman: Latihan kebakaran bersama BOMBA Stesen Seri Kembangan pada Sabtu 29/11, 9.30 pg. Lif akan ditutup 1 jam.
        Parkir pelawat di Jalan Tun Dr. Ismail (sebelah surau), jangan halang laluan ambulans di pintu belakang.
        Sila jgn bagi duit terus kpd penghuni. Simpanan peribadi boleh diserahkan ke pejabat & akan direkod dlm buku akaun.
        Tahniah kpd semua staf! Rumah Jagaan Kasih Bonda Sdn Bhd menerima Anugerah Pusat Jagaan Cemerlang JKM Negeri Selangor 2025.
        Aktiviti minggu ini: senamrobik kerusi (Isnin), gotong-royong taman herba (Rabu), tayangan filem P. Ramlee "Madu Tiga" (Jumaat).
        Kolam ikan di belakang kantin sedang dibaiki. Harap penghuni tidak dibawa ke kawasan tersebut sehingga notis lanjut.
        Peringatan: bekalan air akan terganggu 14/12 dari 9 pg hingga 5 ptg (kerja-kerja Air Selangor). Tangki simpanan 20,000 liter mencukupi.
        Pengumuman: Majlis sambutan Hari Warga Emas Kebangsaan di Dewan Tunku Canselor UM, 1 Oktober, bas bertolak 7.30 pagi.
        Mesyuarat waris tahunan akan diadakan di Dewan Tunku Abdul Rahman, aras bawah, Sabtu 13/12 jam 10 pagi.
        Staf baru sila ambil kad akses di pejabat pentadbiran, Aras 1, sebelum 5 ptg.
    """),
    ("ms", "ubat & kesihatan am"): _lines("""
        Metformin 500mg: ambil bersama atau selepas makan utk kurangkan kesan loya. Jangan hancurkan tablet pelepasan lanjutan (XR).
        Amlodipine 5mg 1 kali sehari — pantau tekanan darah pagi sebelum beri ubat; tahan dos jika sistolik < 100 mmHg dan maklumkan MO.
        Warfarin: elakkan perubahan mendadak dlm pengambilan sayur hijau (vitamin K). INR sasaran biasanya 2.0 - 3.0.
        Troli ubat mesti dikunci setiap kali ditinggalkan walaupun seminit. Kunci disimpan oleh jururawat syif sahaja.
        Pemberian ubat ikut prinsip 5B: Betul pesakit, Betul ubat, Betul dos, Betul masa, Betul cara.
        Ubat yg luput tarikh hendaklah diasingkan dlm bekas merah dan dihantar balik ke Farmasi Klinik Kesihatan utk pelupusan.
        Suntikan vaksin influenza tahunan utk warga emas 65 thn ke atas akan diberi di Klinik Kesihatan Seksyen 7 Shah Alam bulan Mac.
        Panadol 500mg: dos maksimum dewasa 8 biji (4g) sehari; utk warga emas berat badan rendah, rujuk doktor (biasanya ≤ 3g).
        Lampin dewasa saiz M/L ditukar sekurang-kurangnya setiap 4 jam atau bila basah, utk elak ulser tekanan.
        Pusingkan pesakit terlantar setiap 2 jam. Catat dlm carta pusingan (Borang KK-07) dan tandatangan.
        Skala Braden < 12 = risiko tinggi ulser tekanan; guna tilam angin dan semak tumit & punggung setiap syif.
        Cecair pekat (thickened fluids) tahap 2 utk penghuni yg ada masalah menelan; rujuk jadual IDDSI di dinding dapur.
        Hospital Tengku Ampuan Rahimah Klang menerima rujukan klinik geriatrik setiap Selasa & Khamis, temujanji melalui Klinik Kesihatan.
    """),
    ("ms", "yuran & pembayaran"): _lines("""
        Kadar yuran 2026: bilik berkongsi (4 katil) RM1,850/bln; bilik berdua RM2,600/bln; bilik single RM3,400/bln. Deposit 2 bulan.
        Caj tambahan: lampin dewasa RM180/bln, susu formula khas RM120/bln, fisioterapi RM60/sesi, pengangkutan ke hospital RM50/trip.
        Yuran perlu dijelaskan sebelum 7hb setiap bulan. Lewat bayar dikenakan caj RM30, bukan faedah.
        Bayaran boleh dibuat ke akaun syarikat: Maybank 5143 8800 2217, atas nama PUSAT JAGAAN SEJAHTERA SDN BHD (202101034455).
        Invois INV-PJS-2025-11-0087 berjumlah RM2,030.00 telah dikeluarkan; sila rujuk nombor invois semasa membuat pembayaran.
        No. resit OR-004512 bertarikh 03/11/2025 — bayaran tunai RM1,850.00 diterima di kaunter.
        FPX ref 2511031045223981 berjaya. Status: SUCCESSFUL. Amaun: RM 2,600.00.
        Bantuan Warga Emas (BWE) JKM kini RM600 sebulan bagi yang layak; permohonan melalui portal eBantuanJKM.
        Potongan 10% utk pendaftaran 2 orang penghuni dari keluarga yg sama (suami isteri / adik-beradik).
        Yuran tidak dikembalikan jika penghuni keluar sebelum tamat bulan; deposit dipulangkan dalam 30 hari selepas semakan inventori.
        Penyata akaun bulan Oktober akan diemel secara automatik pada 1hb dari billing@pjsejahtera.com.my.
        Pakej jagaan harian (daycare) RM45/hari atau RM900/bulan, 8 pg - 6 ptg, termasuk makan tengah hari & minum petang.
        Pusat kami tidak mengenakan SST atas yuran penjagaan; caj perkhidmatan 6% hanya utk sewaan peralatan (kerusi roda, katil hospital).
    """),
    ("ms", "peraturan, akta & data"): _lines("""
        Akta Pusat Jagaan 1993 (Akta 506) mewajibkan setiap pusat jagaan berdaftar dengan Jabatan Kebajikan Masyarakat.
        Nisbah minimum penjaga kepada penghuni terlantar ialah 1:5 pada syif siang mengikut garis panduan JKM.
        Semua rekod perubatan penghuni mesti disimpan dalam kabinet berkunci dan hanya boleh diakses staf yg diberi kuasa (Akta Perlindungan Data Peribadi 2010).
        JANGAN hantar salinan IC atau laporan perubatan penghuni dalam group WhatsApp. Guna portal waris atau e-mel rasmi pusat sahaja.
        Sebelum ambil gambar penghuni utk media sosial, dapatkan borang persetujuan bertulis dari penghuni atau waris yang sah.
        Permintaan akses data oleh waris hendaklah dibuat secara bertulis kpd Pegawai Perlindungan Data dan dijawab dalam 21 hari.
        Rekod CCTV disimpan 30 hari sahaja dan dipadam secara automatik kecuali ada siasatan polis.
        Aduan boleh dikemukakan terus kepada Jabatan Kebajikan Masyarakat Daerah Petaling, Aras 3, Wisma Persekutuan, Jalan Tengku Ampuan Zabedah, 40100 Shah Alam.
        Talian Kasih 15999 beroperasi 24 jam bagi laporan penderaan atau pengabaian warga emas.
        Befrienders Kuala Lumpur 03-7627 2929 menyediakan sokongan emosi percuma 24 jam.
        Pusat jagaan yang beroperasi tanpa pendaftaran boleh didenda sehingga RM10,000 atau penjara 2 tahun di bawah seksyen 5 Akta 506.
        Data statistik: menjelang 2030, kira-kira 15.3% penduduk Malaysia dijangka berumur 60 tahun ke atas.
    """),
    ("ms", "sukarelawan & program"): _lines("""
        JOM JADI SUKARELAWAN! Kami perlukan 15 orang utk program potong rambut & manicure warga emas, Ahad 7/12. Daftar melalui Google Form di bio.
        Syarat sukarelawan: umur 18 thn ke atas, lulus semakan rekod jenayah, hadir taklimat keselamatan 1 jam sebelum aktiviti.
        Terima kasih Kelab Rotaract Universiti Putra Malaysia atas sumbangan 40 kotak lampin dewasa dan 2 buah kerusi roda!
        Program bacaan puisi: penghuni akan mendeklamasikan sajak "Pak Utih" karya Usman Awang, bimbingan pelajar SMK Dato' Abdul Razak.
        Sesi karaoke petang Khamis: lagu-lagu klasik Saloma, P. Ramlee dan Sudirman. Sukarelawan tolong susun kerusi jam 2.30.
        Sukarelawan tidak dibenarkan memberi sebarang ubat, makanan atau minuman kepada penghuni tanpa kebenaran jururawat.
        Lawatan kanak-kanak Tadika KEMAS Taman Melawati: persembahan nasyid & pertandingan mewarna bersama "Opah".
        Tayangan episod Upin & Ipin bersama Opah dan Tok Dalang petang Sabtu — penghuni paling suka babak Kak Ros marah.
        Terima kasih kepada Yayasan Tun Suffian atas tajaan kelas fisioterapi berkumpulan selama 6 bulan.
        Slot kelas mengaji utk penghuni wanita setiap Selasa selepas Zohor, dikendalikan oleh ustazah dari Masjid Sultan Salahuddin Abdul Aziz Shah.
        Lawatan Kelab Lions Petaling Jaya: pemeriksaan mata percuma utk 60 penghuni, 14 orang dirujuk utk pembedahan katarak.
        Jadual sukarelawan Disember: minggu 1 - mengecat pagar; minggu 2 - kelas kraftangan; minggu 3 - sambutan Krismas; minggu 4 - gotong-royong.
        Kutipan derma tabung kaunter bulan November: RM3,412.60. Terima kasih semua penyumbang.
    """),
    ("ms", "borang & templat"): _lines("""
        Saya, [NAMA WARIS], No. K/P [____________], waris kepada [NAMA PENGHUNI], bersetuju dengan terma penjagaan yang dinyatakan.
        Nama Penghuni: __________  No. K/P: ______-__-____  Tarikh Masuk: __/__/____  Katil: ____
        Hubungan dengan penghuni: [ ] Anak  [ ] Suami/Isteri  [ ] Adik-beradik  [ ] Lain-lain (nyatakan): ________
        Format no. telefon: 01X-XXX XXXX (tanpa kod negara). Contoh K/P: YYMMDD-PB-####.
        Contoh pengisian latihan: No. K/P 123456-78-9012 — jangan guna IC sebenar semasa latihan staf.
        Mesej SMS automatik: "Salam {nama_waris}, yuran bulan {bulan} bagi {nama_penghuni} berjumlah RM{amaun} perlu dijelaskan sebelum {tarikh}."
        Templat laporan insiden: Tarikh/Masa | Lokasi | Penghuni terlibat (kod sahaja) | Kecederaan | Tindakan segera | Waris dimaklumkan (Y/T).
        Senarai semak pendaftaran: salinan MyKad penghuni & waris, laporan perubatan terkini (< 3 bulan), senarai ubat semasa, 2 keping gambar.
        Borang Persetujuan Rawatan Kecemasan (Versi 4.2, dikemas kini Jun 2025) mesti ditandatangani sebelum penghuni mula tinggal.
        Tandatangan Waris: ______________   Tarikh: ____________   Disaksikan oleh (Staf): ______________
        Nota: Maklumat dalam borang ini adalah SULIT dan hanya digunakan untuk tujuan penjagaan penghuni.
        Bahagian C: Sejarah alahan ubat / makanan (jika ada): _____________________________
    """),
    ("en", "ops, systems & notices"): _lines("""
        MyCareHome v3.4.1 released: fixes medication chart export to PDF, adds bed occupancy dashboard.
        2025-11-14T02:00:03+08:00 [INFO] nightly backup completed, 1,284 records, sha256=9f2c41d87e0ab3c5f61e2d0947b8a1c6e35f0d2a7b9c4e81f6a2d3b05c7e9184
        Pos Laju tracking EP558102447MY — 3 cartons of Ensure Gold delivered to the centre's store room.
        J&T parcel 630027781145 (wheelchair cushions, supplier invoice SUP-88231) out for delivery.
        Occupancy report Q3: 86 of 92 beds filled (93.5%), average length of stay 2.7 years, 4 discharges to family.
        Shift handover template: Bed | Vitals | Intake/Output | Meds given | Incidents | Remarks. Use bed codes only, no names on the whiteboard.
        SELECT bed_no, COUNT(*) FROM med_rounds WHERE round_time >= '2025-11-01' GROUP BY bed_no;
        Reminder: the resident portal password policy requires 12+ characters; reset links expire after 30 minutes.
        Customer support for the nurse-call system: Aiphone Malaysia hotline 1-300-88-2474, Mon-Fri 9am-6pm.
        Our new branch is at Jalan Sultan Ismail, right next to the Tun Razak Exchange MRT exit B.
        Sultanah Bahiyah Hospital in Alor Setar will be the referral hospital for our Kedah branch from January.
        Shortlisted for the Sime Darby Foundation community grant (ref SDF-CG-2025-0419), RM50,000 for a dementia garden.
    """),
    ("zh-Hans", "安老院通告"): _lines("""
        探访时间：每日上午10点至12点，下午3点至6点；星期五只限下午。请家属遵守。
        本院月费：四人房RM1,850，双人房RM2,600，单人房RM3,400（包三餐、洗衣、基本护理）。
        义工招募！每月第二个星期六上午，协助长者剪发、剪指甲、聊天。请提前向办公室报名。
        中秋节敬老晚会将于9月17日晚上7点在礼堂举行，欢迎家属出席，一起吃月饼、看表演。
        感谢马来西亚佛教慈济基金会捐赠轮椅10辆及成人纸尿片50箱。
        提醒：请勿带榴莲、过甜或太咸的食物给长者，如需带食物请先交给护士检查。
        本院已在社会福利局（JKM）注册，注册编号：JKM.SEL.PJ/506/2019/114。
        长者每天下午4点有太极班，由槟城钟灵中学校友会义工带领。
        流感疫苗接种日：12月6日上午，地点：一楼活动室，由本院合作诊所负责。
        本院地址：No. 18, Jalan Tan Cheng Lock 路口旁，近陈祯禄大厦，搭巴士可到。
        请在《入住登记表》填写：长者姓名、身份证号码、紧急联络人及电话（格式：01X-XXX XXXX）。
        请家属注意，所有长者的医疗报告只会发给登记在案的家属，不会在电话中透露。
    """),
}


PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Pendaftaran penghuni baru: Puan Kamsiah binti Daud, 78 thn, No. K/P 470521-01-5238, strok ringan 2023, waris: anak lelaki Rosli Ismail 012-773 4291.
        Salam puan, sy anak Pak Mat Isa (Encik Mohd Isa bin Lebai Hashim) bilik 14. Ayah sy kencing manis, tolong jgn bagi kuih manis time minum ptg ya. Tq
        Lawatan 16/11/2025 - Tan Boon Hock (anak) lawat bapa Tan Ah Kow katil B-07, masuk 3.10ptg keluar 4.45ptg, kereta WVB 4471.
        Ubat Pn. Letchumi a/p Muniandy: Donepezil 5mg 1 biji mlm, Quetiapine 25mg bila gelisah. Dementia tahap sederhana, kerap cuba keluar pagar.
        Yuran Nov-Dis utk Encik Harun bin Salleh RM4,900 masih tertunggak. Anak dia Zarina (017-652 0934) janji bayar sebelum 31/12.
        Saya nak buat aduan rasmi. Mak saya Hajah Rokiah binti Md Isa ada lebam besar kat lengan kiri lepas dimandikan staf syif malam 11/11. Nak tengok CCTV.
        Permohonan sukarelawan: Nur Syafiqah binti Azman, pelajar Diploma Kejururawatan UiTM Puncak Alam, tel 011-2384 7719, e-mel syafiqah.azman98@gmail.com
        Alahan penisilin!! Tuan Haji Mokhtar bin Yaakob (katil 3A) - ruam teruk masa dirawat di Hospital Sultanah Aminah bulan Mac lepas.
        Laporan insiden: Pn Wong Mei Ling, 84 thn, jatuh dlm tandas jam 2.15 pg 12/11, luka dahi 3cm, dihantar ke HTAR dgn ambulans.
        Encik Gopal a/l Krishnan makan sayur sahaja (penganut Hindu, berpuasa setiap Selasa) - dapur sila ambil perhatian.
        Auto-debit yuran bulanan: kad Visa 4147 2018 0347 5524, pemegang LIM SIEW LAN, luput 08/28. Caj pada 5hb setiap bulan.
        Pembantu penjagaan baru dari Indonesia: Sri Wahyuni, paspot C4418273, PLKS tamat 14/03/2026, gaji RM1,700 sebulan.
        Alamat surat-menyurat waris: Norhayati bt Kassim, No. 23, Jalan Melati 4/2, Taman Sri Melati, 81300 Skudai, Johor.
        Tolong add sy dlm group WhatsApp waris Blok C. Farid, anak Pn Che Minah, 019-334 8812
        IC: 4709**-07-**34, Ong Gaik Choo, bilik 205, diabetes jenis 2 + hipertensi - salinan utk klinik panel.
        Gaji jururawat terlatih Siti Aishah binti Kamarudin naik ke RM3,150 mulai Jan 2026, elaun syif malam RM250.
        Saman Pemula No. BA-24NCvC-1187-09/2025 di Mahkamah Tinggi Shah Alam: permohonan anak perempuan, Rohana, utk dilantik pengurus harta bapanya Encik Kassim bin Hamid yg hilang keupayaan mental.
        Waris Pn Zaleha bilik 9, kereta Myvi putih VBH 2290 selalu parking depan pagar kecemasan, dah ditegur 3 kali.
        Bayaran yuran DuitNow dari akaun Maybank 1143 2207 8891 atas nama MUTHU A/L RAMASAMY, rujukan "yuran appa Okt".
        Kak, mak sy Pn Aminah Jusoh baru discharge dari HKL semalam, doktor kata buah pinggang tahap 4, kena dialisis 3x seminggu. Boleh ke pusat hantar dia?
        Encik Chong Kah Wai, 81, HIV positif sejak 2009, ARV (Biktarvy) 1 biji pagi - SULIT, hanya jururawat bertugas yg tahu.
        Nama: Salmah binti Abu Bakar | K/P: 430311-02-5662 | Alamat: Lot 882, Kampung Padang Lalang, 06000 Jitra, Kedah | Waris: Halim (anak) 013-459 2208
        Sy Aziz, anak sulung Hj Ramli Sulaiman bilik 6. Ayah sy dah x kenal org sejak bulan lepas, minta doktor buat penilaian MMSE semula.
        Pn. Kalsom Othman (bilik 8) dah 3 hari x buang air besar, dah beri Lactulose 15ml, tolong pantau.
        Sukarelawan En. Daniel Lee Wei Jie dibatalkan penyertaan - semakan PDRM tunjuk rekod jenayah (kes curi 2019).
        Penjamin yuran: Encik Rizal bin Omar, No. K/P 750914-14-5567, bekerja di Petronas, gaji kasar RM8,400 sebulan.
        Pak Abu (Abu Bakar bin Said, 88) ditukar ke katil berpagar sebab meracau malam, anak dia Suhaimi dah setuju ikat tangan bila perlu.
        Tuan, nombor telefon rumah keluarga Pn. Yap Siew Kim yg baru: 04-657 2281, alamat baru 12 Lorong Seri Impian 3, 14000 Bukit Mertajam.
        Minta hantar semula resit ke e-mel waris jeyaseelan.p@outlook.com (bapa: Peter Jeyaseelan, bilik 11).
        Yuran Encik Zainal Abidin bin Hassan dibiayai zakat - Lembaga Zakat Selangor lulus bantuan asnaf RM900/bln, fail LZS/ASNAF/2025/04418.
        Makcik Tijah (Khatijah binti Daud, bilik 3) menangis cari suaminya, padahal suaminya dah meninggal 2021 - dia ada Alzheimer.
        Anak Pn. Ng Ah Moi yg kerja di Singapura, Ng Wei Ming, NRIC S7421086D, tel +65 9127 4408, nak tukar nama penjamin kpd dia.
    """),
    "en": _lines("""
        Hi, I'm visiting my grandma Mdm. Lee Poh Lin in room 302 this Sat, can I bring her some durian? Her sugar's been high lately.
        Resident admission - Mr. Rajendran s/o Subramaniam, DOB 02/09/1939, IC 390902-08-5021, bedridden post-CVA, PEG tube feeding.
        Volunteer roster Sat 22/11: Chloe Tan (0162215093) & Haziq Rahman (0138852741) - karaoke session, 10am-12pm.
        Please stop calling my mum's handphone 012-887 4102 about the outstanding fees, I'm her son Kelvin Goh and I handle all payments.
        Incident: Mr. Ho Kok Leong, 79, found wandering outside the gate at 5:40am, returned unharmed; daughter Michelle informed at +65 8326 1174.
        Complaint: Mrs. Veronica D'Cruz's gold bangle went missing from her locker on 8 Nov; police report IPD Petaling Jaya 008123/25 lodged by her nephew Alan D'Cruz.
        Dad (Mr. Chan Yuk Fai) moved here from HK, HKID K482613(2) - pls update his record and keep a copy in the file.
        Monthly fee for Mdm Siti Hawa will be charged to my Mastercard 5521 3800 7264 9010, cardholder Faizal Ismail, exp 11/27.
        Our volunteer Priya Nair told us she's pregnant (12 weeks), so she'll pause lifting duties - please update the roster.
        FYI my aunt Mrs. Margaret Soo (rm 17) was diagnosed with stage 3 breast cancer at Sunway Medical last week, we haven't told her yet.
    """),
    "zh-Hans": _lines("""
        我妈妈黄秀英住在你们老人院三楼，她是从广州嫁过来的，身份证 440106195203142729，请帮忙开一份居住证明。
        林阿姨（林月娥）昨晚血压 180/100，值班护士已通知她女儿陈美玲 012-493 5520。
        本月住宿费从我的户口转账：Public Bank 4-8872231-09，户名 KHOO CHENG HUAT，附言：父亲 Khoo Teik Seng 十二月费用。
        我是谢伯伯的儿子谢国荣，住在台湾，身份证字号 B120457865，微信 xiegr_tw88，有事请直接联系我。
        义工蔡佩珊（Chua Pei Shan）住在 No. 7, Jalan Bunga Raya 2, Taman Bukit Indah, 81200 Johor Bahru，手机 016-778 3012。
        刘老先生（刘金水，88岁，208房）确诊前列腺癌晚期，家属要求不要告诉他本人。
        我外婆邱亚妹的 MyKad 号码是 360817-07-5178，你们登记成 5176 了，请改正。
        桂林的舅舅苏振华（身份证 450302195506111839）想来马来西亚陪我外公住一个月，需要什么文件？
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu maya Pusat Jagaan Warga Emas Seri Bahagia. Jawab dengan sopan dalam Bahasa Melayu.",
        ),
        ("user", "salam, nak tanya prosedur daftar mak sy masuk pusat"),
        ("assistant", "Waalaikumsalam. Boleh saya tahu nama penuh dan umur ibu puan/encik?"),
        ("user", "Fatimah binti Ahmad, 81 thn"),
        ("user", "IC dia 441208-10-5386, skrg tinggal dgn sy kat Taman Sri Muda, Shah Alam"),
        ("assistant", "Terima kasih. Adakah ibu mempunyai sebarang penyakit kronik?"),
        ("user", "Parkinson, tangan menggigil teruk, x boleh makan sendiri dah"),
    ],
    [
        ("user", "Hi, what's the visiting hours on Sunday?"),
        ("assistant", "Visiting hours on Sunday are 10am-12pm and 3pm-6pm."),
        (
            "user",
            "Ok thanks. Also I want to complain, last week the night nurse gave my father the wrong pills",
        ),
        (
            "assistant",
            "I'm sorry to hear that. Could you share the resident's name and room so we can investigate?",
        ),
        (
            "user",
            "Mr. Teoh Chin Huat, room 115. He got someone else's sleeping pills and was drowsy the whole next day, almost fell.",
        ),
    ],
    [
        ("user", "Nak bayar yuran bulan ni utk ayah sy, boleh guna kad kredit?"),
        ("assistant", "Boleh, kami terima Visa dan Mastercard. Sila berikan butiran kad."),
        ("user", "4571 2300 9812 3346"),
        ("user", "exp 06/27, nama atas kad ROSMAH BT YUSOF"),
        ("assistant", "Terima kasih, bayaran RM2,600 sedang diproses."),
    ],
    [
        ("user", "你好，我想预约这个星期六去探望我爸爸"),
        ("assistant", "好的，请问长者的姓名和房号？"),
        ("user", "杨德发，二楼 21 号房"),
        ("user", "我叫杨丽珠，电话 012-338 6619，会带我两个孩子一起去"),
        ("assistant", "已为您登记星期六下午3点的探访。"),
    ],
    [
        ("user", "Assalamualaikum, nak mohon jadi sukarelawan hujung minggu"),
        ("assistant", "Waalaikumsalam, terima kasih! Sila berikan nama, no. telefon dan e-mel."),
        ("user", "Muhammad Haikal bin Zulkifli, 014-962 3370, haikal.zul@yahoo.com"),
        ("user", "Alamat: No. 45, Jalan Cempaka 7, Bandar Baru Bangi, 43650 Selangor"),
        ("assistant", "Terima kasih Haikal, kami akan hubungi untuk taklimat."),
    ],
    [
        ("system", "You are an assistant for the care staff. Summarise handover notes clearly."),
        ("user", "Summarise: bed 4 ok. bed 5 refused lunch. bed 6 BP 150/90."),
        (
            "assistant",
            "Bed 4 stable; bed 5 refused lunch, monitor intake; bed 6 BP 150/90, recheck in 2 hours.",
        ),
        (
            "user",
            "Bed 6 is Mdm Kavitha Ramasamy btw, her son Suresh said she has been depressed since her husband died, she talks about wanting to die.",
        ),
        (
            "assistant",
            "Noted. Please inform the medical officer and put her on suicide risk observation.",
        ),
    ],
    [
        (
            "system",
            "Profil penghuni: Encik Yusof bin Mahmud, 83 thn, K/P 420615-03-5123, bilik 12. Diagnosis: kegagalan jantung, buta mata kanan. Waris: Norazlina (anak) 017-284 6650.",
        ),
        ("user", "Apa ubat pagi utk penghuni ni?"),
        ("assistant", "Furosemide 40mg dan Bisoprolol 2.5mg selepas sarapan."),
    ],
    [
        ("user", "Hi, I'm based in Singapore, paying fees for my mother at your JB branch"),
        ("assistant", "Thank you. May we have your details for the guarantor record?"),
        ("user", "Name: Tay Li Hua, NRIC S8013457F"),
        ("user", "mobile +65 9873 2106, mum is Mdm Tay Ah Lian, bed C-14"),
        ("assistant", "Noted, we will update the guarantor record."),
    ],
    [
        ("user", "Boleh tak dapat potongan yuran? Sy B40"),
        (
            "assistant",
            "Kami ada skim subsidi untuk isi rumah berpendapatan rendah. Boleh kongsi sedikit maklumat?",
        ),
        (
            "user",
            "Nama sy Norlela binti Hamzah, suami dah meninggal, sy kerja cleaner gaji RM1,600",
        ),
        (
            "user",
            "Mak sy Pn Sepiah binti Mat Ali dlm pusat ni dah 2 thn, dia ada kencing manis & kaki dah potong sebelah",
        ),
        ("assistant", "Terima kasih, sila isi borang subsidi di kaunter bersama penyata gaji."),
    ],
    [
        ("user", "我要投诉！你们的员工把我妈妈的金项链弄丢了"),
        ("assistant", "非常抱歉，请问长者姓名？"),
        ("user", "Madam Chin Siew Fong, 3楼 305"),
        ("user", "我弟弟 Chin Kok Wah 昨天已经报警了，他的车 JQA 8821 还被你们保安刮到"),
        ("assistant", "我们会立即调查并回复您。"),
    ],
]
