# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms61: perkahwinan campur dan dokumen (visa pasangan, daftar kelahiran, kewarganegaraan, imigresen). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms61
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "panduan imigresen"): _lines("""
        Pas Lawatan Sosial Jangka Panjang (PLSJP) bagi pasangan warganegara asing boleh diluluskan untuk tempoh 1 hingga 5 tahun mengikut budi bicara Jabatan Imigresen.
        Permohonan PLSJP mesti dibuat oleh pasangan warganegara Malaysia sebagai penaja, dan kedua-dua suami isteri WAJIB hadir semasa sesi temu duga.
        Senarai semak: salinan pasport (semua muka surat), sijil nikah/perkahwinan yg telah didaftarkan di Malaysia, 2 keping gambar 35mm x 50mm berlatar putih, dan borang permohonan yang lengkap diisi.
        Pemegang PLSJP pasangan warganegara dibenarkan bekerja tanpa menukar status pas, dengan syarat endorsemen "Dibenarkan Bekerja" dicop pada pas tersebut.
        Bayaran pas ialah RM90 setahun ditambah fi visa mengikut negara; bayaran proses tidak akan dikembalikan sekiranya permohonan ditolak.
        Permohonan lanjutan hendaklah dikemukakan sekurang-kurangnya 3 bulan sebelum tarikh tamat pas semasa. Permohonan lewat akan dikenakan kompaun.
        Pasangan asing yang telah menetap di Malaysia sekurang-kurangnya 5 tahun dengan PLSJP boleh memohon Taraf Penduduk Tetap di bawah kategori pasangan warganegara.
        Bagi perkahwinan yang didaftarkan di luar negara, sijil perkahwinan perlu diterjemah ke Bahasa Melayu atau Bahasa Inggeris oleh penterjemah bertauliah.
        Anak tiri di bawah umur 18 tahun kepada pemegang PLSJP boleh dimasukkan sebagai tanggungan, tertakluk kepada surat kebenaran bapa/ibu kandung.
        Temu janji dibuat secara dalam talian sahaja. Sila bawa dokumen ASAL berserta satu set salinan semasa hadir ke kaunter.
        Status permohonan boleh disemak 14 hari bekerja selepas tarikh serahan dokumen lengkap.
        Bagi pasangan beragama Islam yang bernikah di luar negara, nikah tersebut perlu didaftarkan semula di Pejabat Agama Islam negeri sebelum memohon pas.
        Penaja perlu mengemukakan penyata bank 3 bulan terkini dan surat pengesahan majikan atau dokumen SSM jika bekerja sendiri.
    """),
    ("ms", "kelahiran & kewarganegaraan"): _lines("""
        Kelahiran hendaklah didaftarkan dalam tempoh 60 hari dari tarikh lahir di mana-mana pejabat JPN atau kaunter JPN di hospital kerajaan.
        Pendaftaran lewat (melebihi 60 hari) dikenakan penalti dan memerlukan kehadiran ibu bapa serta saksi yang mengenali keluarga tersebut.
        Anak yang lahir di Malaysia kepada bapa warganegara yang berkahwin secara sah adalah warganegara melalui kuat kuasa undang-undang, walaupun ibunya warga asing.
        Sekiranya perkahwinan ibu bapa belum didaftarkan, status kewarganegaraan anak mungkin dicatatkan sebagai "Belum Ditentukan" dalam sijil kelahiran.
        Dokumen yang diperlukan: Borang JPN.LM01, dokumen pengenalan ibu dan bapa, sijil nikah atau sijil perkahwinan, dan surat pengesahan kelahiran dari hospital.
        Permohonan kewarganegaraan bagi isteri warganegara di bawah Perkara 15(1) memerlukan pemohon bermastautin di Malaysia selama 2 tahun berturut-turut sebelum tarikh permohonan.
        Pemohon di bawah Perkara 19 yang berumur 21 tahun ke atas wajib menghadiri ujian lisan Bahasa Melayu dan temu duga.
        Tempoh pemprosesan permohonan kewarganegaraan lazimnya antara 1 hingga 3 tahun, bergantung kepada kelengkapan dokumen dan tapisan keselamatan.
        Upacara penyerahan Sijil Kewarganegaraan akan dimaklumkan melalui surat rasmi; pemohon wajib mengangkat sumpah taat setia di hadapan pegawai JPN.
        MyKAS berwarna hijau dikeluarkan kepada pemastautin sementara dan perlu diperbaharui setiap 5 tahun. MyPR pula berwarna merah.
        Malaysia tidak mengiktiraf dwi kewarganegaraan; warganegara dewasa yang secara sukarela memperoleh kerakyatan negara lain boleh dilucutkan kewarganegaraannya.
        Kanak-kanak yang dilahirkan di luar negara perlu didaftarkan melalui Kedutaan/Pesuruhjaya Tinggi Malaysia dalam tempoh satu tahun dari tarikh lahir.
        Pindaan Perlembagaan berhubung kewarganegaraan anak yang lahir di luar negara kepada ibu warganegara Malaysia berkuat kuasa mengikut tarikh yang diwartakan.
    """),
    ("ms", "templat & borang"): _lines("""
        Nama Pemohon: ______________________   No. Kad Pengenalan: ______-__-______
        Saya, [NAMA PENUH], No. KP [NO. KP], dengan sesungguhnya dan sebenarnya mengaku bahawa saya adalah suami/isteri yang sah kepada [NAMA PASANGAN].
        Tarikh Lahir Anak: {{tarikh_lahir}} | Tempat Lahir: {{hospital}} | Status Kewarganegaraan: {{status_kw}}
        Ruangan 7: Maklumat Pasangan (Nama seperti dalam pasport, Warganegara, No. Pasport, Tarikh Tamat Pasport)
        Salinan diakui sah oleh: Nama ____________ Jawatan ____________ Cop Rasmi ____________
        Format No. KP: YYMMDD-PB-###G (contoh: 991231-14-XXXX). Jangan gunakan nombor contoh ini semasa mengisi borang.
        Tuan/Puan, saya ingin memohon temu janji untuk lanjutan PLSJP bagi pasangan saya, <NAMA PASANGAN>, No. Pasport <NO. PASPORT>. Sekian, terima kasih.
        Lampiran A - Senarai Semak (tandakan ✓): ☐ Pasport ☐ Sijil Nikah ☐ Surat Penaja ☐ Penyata Bank 3 bulan ☐ Gambar pasport
        Akuan Penaja: Saya bertanggungjawab sepenuhnya ke atas kos penghantaran pulang pasangan saya sekiranya diperlukan oleh Jabatan.
        Bahagian C - Untuk Kegunaan Pejabat Sahaja. No. Rujukan: ________ Diterima oleh: ________ Tarikh: __/__/____
        Nama Saksi 1: Ali bin Abu (contoh) | No. KP: 000000-00-0000
        Nota pengisian: tulis nama pasangan asing SAMA seperti dalam pasport, termasuk nama keluarga; jangan singkatkan.
    """),
    ("ms", "sistem & notifikasi"): _lines("""
        [MyIMMs] Permohonan anda No. Rujukan PLSJP/2025/WPKL/004871 telah DITERIMA. Sila semak status selepas 14 hari bekerja.
        Pos Laju: Bungkusan EP482915736MY telah diterima di Pusat Mel Nasional Shah Alam. Status terkini: Dalam penghantaran, 10:42 pagi.
        Resit No. JPN-RS-2025-0918344 | Fi Pendaftaran Lewat Kelahiran | RM 10.00 | Tunai | Kaunter 3
        MyJPN v3.4.12 (build 20251104): pembetulan ralat paparan status permohonan kewarganegaraan pada Android 15.
        SHA-256 (senarai_semak_PLSJP_2025.pdf): 9f2c4e1b7a0d53e8c6f41b2a7de90c3f5b8a17e2d4c60f9b13e7a52d8c0f4b61
        2025-11-28T09:15:02+08:00 INFO queue=kaunter-B token=B047 counter=6 status=CALLED
        Sistem e-Janji Temu akan diselenggara pada 6 Dis 2025, 12.00 tengah malam hingga 6.00 pagi. Harap maaf atas kesulitan.
        Ralat 403: Sesi anda telah tamat. Sila log masuk semula menggunakan MyDigital ID.
        Kuota temu janji harian Pejabat Imigresen Kelana Jaya: 120 slot (PENUH untuk 12/12/2025 hingga 19/12/2025).
        Invois INV-LAW-2025-0331: Yuran guaman permohonan PR pasangan, RM 3,500.00 (tidak termasuk SST 8%). Tarikh akhir bayaran: 31/12/2025.
        Kod status: 01=Dalam Proses, 02=Lulus, 03=Ditolak, 04=KIV (dokumen tambahan diperlukan), 05=Dibatalkan
        Talian Hotline Jabatan Imigresen: 03-8000 8000 | Isnin-Jumaat 8.30 pagi-5.30 petang
    """),
    ("ms", "berita & sejarah"): _lines("""
        Menteri Dalam Negeri, Datuk Seri Saifuddin Nasution Ismail, membentangkan rang undang-undang pindaan Perlembagaan berhubung kewarganegaraan di Dewan Rakyat.
        Kumpulan advokasi Family Frontiers menyambut baik peruntukan kewarganegaraan anak melalui ibu, tetapi membantah beberapa pindaan yang disifatkan regresif.
        Presiden Family Frontiers, Suriani Kempe, menggesa kerajaan mempercepat proses permohonan kewarganegaraan anak yang lahir di luar negara.
        Statistik: sebanyak 41,387 perkahwinan melibatkan pasangan warganegara asing didaftarkan pada tahun lalu, majoritinya dengan warga Indonesia, Thailand dan China.
        Sultan Abu Bakar dari Johor pernah berkahwin dengan Cecilia Catharina Lange, seorang wanita berketurunan Denmark-Cina, yang kemudiannya dikenali sebagai Sultanah Zubaidah.
        Tunku Abdul Rahman, Perdana Menteri pertama Malaysia, berkahwin dengan Violet Coulson, seorang wanita Inggeris, pada tahun 1930-an.
        Dalam filem "Ibu Mertuaku" (1962), watak Kassim Selamat terpaksa berpisah dengan Sabariah akibat tentangan ibu mertuanya.
        Jabatan Imigresen memperkenalkan sistem temu janji dalam talian bagi semua permohonan pas pasangan mulai 1 Januari, kata Ketua Pengarah Imigresen dalam kenyataan media.
        Satu kajian akademik tempatan mendapati 62% pasangan asing menghadapi kesukaran mendapatkan pekerjaan kerana endorsemen pas yang tidak jelas.
        Hospital Tunku Azizah di Jalan Raja Muda Abdul Aziz merekodkan lebih 15,000 kelahiran setahun, termasuk kelahiran kepada ibu warga asing.
        Suruhanjaya Hak Asasi Manusia Malaysia (SUHAKAM) menerima 214 aduan berkaitan keanakan tanpa kerakyatan sepanjang tahun lepas.
        Lebuhraya Sultan Iskandar ditutup sementara untuk kerja penyelenggaraan; orang ramai yang ada temu janji di Kompleks Kastam, Imigresen dan Kuarantin (CIQ) Bangunan Sultan Iskandar dinasihatkan bertolak awal.
    """),
    ("en", "panduan & firma guaman"): _lines("""
        Under Article 15(1) of the Federal Constitution, a foreign wife of a Malaysian citizen may apply to be registered as a citizen after two years of continuous residence.
        The spouse pass is usually issued for 1 to 5 years and is renewable; the Malaysian spouse must sponsor and attend the interview.
        Tan, Rahman & Partners offers a fixed-fee package for foreign spouse PR applications. Call our office at 03-2161 8800 for a consultation.
        Tip from an immigration consultant: bring original wedding photos and joint utility bills, officers may ask for proof of genuine marriage.
        FAQ: Can I work on a spouse visa? Yes, provided your pass carries the "Permitted to take employment" endorsement.
        MM2H is NOT a spouse visa. Please don't confuse the two when filling in the online form.
        Singapore: the Long-Term Visit Pass for foreign spouses of citizens is administered by ICA, and the Pre-Marriage LTVP Assessment is optional but recommended.
        ICA Building, 10 Kallang Road, Singapore 208718 (next to Lavender MRT station).
        Obtain a Certificate of No Impediment (CNI) from your embassy before registering a civil marriage at the JPN marriage registry.
        Sample entry: John Doe, Passport No. X00000000, Nationality: Utopian. Replace with the applicant's actual details.
        Data protection notice: copies of passports and identity cards submitted to us are stored encrypted and deleted 12 months after your case is closed.
        Domestic violence support: Women's Aid Organisation (WAO) hotline 03-3000 8858, or WhatsApp TINA at 018-988 8058.
        In Tan Twan Eng's novel "The Gift of Rain", Philip Hutton, the half-English son of a Penang trading family, struggles with a divided sense of belonging.
    """),
    ("zh-Hans", "华文指南与社群"): _lines("""
        外籍配偶申请长期社交访问准证（LTSVP）时，马来西亚籍配偶必须作为担保人一同出席面试。
        中国籍一方需在户籍所在地公证处办理未婚公证，并经外交部领事司及马来西亚驻华使馆认证后才能在大马注册结婚。
        根据联邦宪法第15(1)条，外籍妻子在大马连续居住满两年后可申请成为公民，但审批往往需要好几年。
        孩子在大马出生，父亲是大马公民且父母已合法注册结婚，孩子即自动成为公民。
        中华人民共和国驻马来西亚大使馆地址：No. 229, Jalan Ampang, 50450 Kuala Lumpur。
        吉隆坡移民局位于Jalan Duta政府综合大楼，停车位有限，建议搭Grab前往。
        有人知道LTSVP续签现在要等多久吗？听说最近大概要两个月。
        温馨提示：请勿在群里公开发布配偶的护照或身份证照片，如需核对资料请私信管理员。
        申请人姓名：＿＿＿＿  护照号码：＿＿＿＿（请按护照上的拼写填写）
        孙中山槟城基地纪念馆位于120 Armenian Street，是了解南洋华人历史的好去处。
        出生证上“公民身份”一栏如显示“Belum Ditentukan”，表示公民身份尚待确定，需另行申请。
        马来西亚移民局总部：Blok 2G4, Presint 2, 62550 Putrajaya，办公时间周一至周五。
        配偶准证费用：每年RM90，另加签证费，具体以移民局柜台为准。
    """),
    ("ms", "forum & nasihat"): _lines("""
        Sape2 yg pernah apply PLSJP kat Putrajaya, skrg kena buat appointment online ke boleh walk-in lagi?
        Tip: bawa album gambar kahwin yg asal, pegawai mmg tanya. Jgn lupa salinan IC penaja yg dah certified.
        Admin: Sila JANGAN post gambar pasport/IC dlm group ni. Kalau nak tanya kes, PM je.
        Utk anak lahir kat hospital kerajaan, boleh terus daftar kat kaunter JPN dlm hospital, x payah pi pejabat JPN.
        Kalau nikah kat Songkhla, kena daftar semula kat pejabat agama negeri dlm masa 6 bulan, kalau tak kena denda.
        PR utk pasangan memang lama, ada yg tunggu 5-6 thn. Sabar dan pastikan PLSJP tak pernah lapse.
        Surat sokongan ADUN boleh membantu ke? Setahu sy tak wajib, tapi ada org kata mempercepatkan.
        Terjemahan sijil nikah Vietnam biasanya RM150-RM250 sehelai, cari penterjemah yg berdaftar dgn ITBM.
        Thread ni dah panjang sgt, sy summary: (1) buat temu janji (2) lengkapkan dokumen (3) hadir berdua (4) tunggu SMS.
        Jgn percaya ejen yg janji "PR lulus dalam 3 bulan" - itu penipuan. Semua urusan terus dgn Jabatan.
        Mohon kerjasama, jgn sebut nama penuh atau no. pasport pasangan dlm komen, guna inisial je.
        SK pun boleh terima murid yg status "belum ditentukan", tp kena mohon kelulusan PPD dulu dan bawa surat JPN.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Isteri saya Nguyen Thi Thu Hang, pasport Vietnam C4827163, PLSJP tamat 14/03/2026. Boleh tolong semak status lanjutan dia?
        Nama penaja: Mohd Faizal bin Ramli, No. KP 850214-10-5547, alamat No. 23, Jalan Seroja 4/2, Taman Seroja, 43000 Kajang, Selangor.
        Anak kami Aisyah Putri binti Hafiz lahir 02/09/2025 di Hospital Putrajaya, tp sijil lahir tulis "Bukan Warganegara" sbb nikah kami blm daftar.
        Sdr. Rajesh a/l Muniandy (KP 790611-08-5233) telah memohon PLSJP bagi isterinya, Priya Lakshmi, warganegara India, pasport no. T8235716.
        Tolong WhatsApp saya 012-738 4402 (Puan Norliza), isteri adik sy org Filipina nama Maricel Dizon, nak tanya pasal PR dia.
        Pemohon: NUR FARHANA BT A*** (KP: 910527-03-****), pasangan: Zhang Wei (pasport EA4418290), status: DITOLAK - bukti tempat tinggal tidak mencukupi.
        Suami saya, Encik Somchai Boonmee (warga Thailand), disahkan positif HIV semasa saringan perubatan, adakah PLSJP dia akan ditolak?
        Penyata gaji penaja: Lim Chee Keong, Jurutera Kanan, gaji pokok RM 7,850 sebulan, dikreditkan ke akaun Maybank 1642 3398 7105.
        Kes Mahkamah Tinggi Syariah Shah Alam: tuntutan fasakh oleh Dewi Kartika binti Sutrisno terhadap suaminya Azlan bin Hamid akan didengar 18 Nov 2025.
        Saya Marlina binti Jusoh, 013-902 5518. Anak saya dgn suami warga Pakistan (Imran Khalid, pasport AB1847293) lahir di Lahore, nak mohon Perkara 15(2).
        Pemegang MyKAS: Tran Van Duc, No. 780304-71-5163, menetap di Lot 512, Kampung Baru Sungai Buloh, 47000 Selangor.
        Bayaran fi pas dibuat guna kad Visa 4556 9182 3740 1529 atas nama AHMAD ZAKI B OTHMAN, tamat 09/28.
        Kereta penaja Perodua Bezza VFK 3392, pemilik Kamarul Ariffin bin Yusof, tinggal di Flat PKNS Blok C-4-12, Seksyen 17, Shah Alam.
        Sila emel dokumen ke sharifah.aini88@gmail.com. Saya Sharifah Aini, isteri kepada warga Bangladesh, Mohammad Rafiqul Islam.
        Yg lahir 12 Julai lepas tu anak Kak Rosmah Kampung Padang dgn laki dia org Myanmar, nama budak tu Muhammad Ayaan, sampai skrg x dpt daftar lahir sbb bapak takde dokumen.
        Isteri: Li Meifang, No. Kad Pengenalan Penduduk China 53262619930118402X, tarikh masuk Malaysia 04/05/2023.
        Pasport Filipina P4827391B milik Jocelyn Ramos Villanueva tamat tempoh pada 15/01/2027, perlu diperbaharui sebelum lanjutan pas.
        Saya, Nor Azimah binti Che Mat, No. KP 880423-11-5086, mengaku bahawa saya telah bercerai dengan bekas suami warga Indonesia, Agus Setiawan, pada 2021.
        Encik Gurdeep Singh a/l Harbans Singh (016-441 2870) ialah penaja kepada isterinya dari Punjab, Harpreet Kaur, pasport Z5102846.
        No. Daftar Nikah 0417/2019, Pejabat Agama Islam Daerah Klang: Zulkifli bin Osman (KP 830916-10-6011) dan Sri Wahyuni (pasport Indonesia B7263014).
        Majikan mengesahkan Encik Arun Kumar a/l Selvam bekerja sebagai juruteknik dengan gaji RM3,200 sebulan sejak Mac 2018.
        Hantar ke: Puan Lee Siew Ping, 15, Lorong Bukit Indah 3/7, Taman Bukit Indah, 81200 Johor Bahru. Tel 07-234 5610.
        Isteri saya Thida Aung (warga Myanmar) mengandung 7 bulan dan ada diabetes gestasi, boleh ke dia bersalin di hospital kerajaan dgn kadar warganegara?
        Abang ipar saya Hendra Wijaya ditahan di Depot Imigresen Semenyih sejak 3 Okt sebab pas tamat, no. tahanan D-SMY-2025-1184.
        Keputusan saringan: BUI THI LAN, pasport C8391045, keputusan TIDAK LAYAK (tuberkulosis aktif), suami penaja: Roslan bin Daud.
        Pn. Halimah binti Zakaria, guru SK Taman Melati, suaminya warga Syria (Omar Haddad) dan permohonan PR beliau telah ditolak 3 kali.
        Boleh contact isteri sy terus, Siti Rahayu, WhatsApp +62 812-3390-7714, dia masih kat Surabaya tunggu visa.
    """),
    "en": _lines("""
        Hi, I'm Daniel Okafor, Nigerian, married to Farah Liyana binti Rosli (IC 920815-14-5316). Our LTSVP was rejected twice, any lawyer recommendations? Reach me at +60 11-2390 4471.
        Spouse: Emily Jane Carter, British passport 548213907, DOB 03/11/1990, current pass expires 30 Jun 2026.
        My husband Kenji Watanabe's PR interview is on 9 Jan at Putrajaya. He's been on antidepressants since the last rejection and is really anxious.
        Birth registration for baby boy Lucas Tan Jia Hao, born 21/10/2025 at Sunway Medical Centre; father Tan Wei Jie (IC 880729-10-5637), mother Anna Kowalska (Polish passport EK4519372).
        Can someone check my SD? "I, Priyanka Nair, holder of Indian passport No. W7294031, residing at B-12-3, Residensi Harmoni, Jalan PJU 1A/41, Petaling Jaya..."
        Reminder: client Ahmed Al-Sayed's Art. 15(1) file for his wife Nurul Huda binti Ismail (860509-02-5472), chase JPN on the missing residency letter.
        Proof of joint account: CIMB 8010 2456 7731, holders MUHAMMAD HAFIZ BIN SALLEH & YUKI TANAKA.
        Our daughter Sofia is stateless. She was born in Sandakan to me, Marites Cabrera, and her dad Jumadil bin Saman, who passed away before we could register our marriage.
        LTVP applicant Wang Li Na, FIN F2398475W, wife of Ong Boon Huat (NRIC S7951836J), residing at Blk 27 Jalan Bukit Merah #12-331, Singapore 150027.
        My wife Chloe Ho's HKID is K652093(6). We're moving to KL and want to know if our HK marriage certificate needs an apostille.
        Paid the renewal fee with my Mastercard 5204 1738 6629 0487, cardholder Peter Lindqvist, but the receipt never came.
    """),
    "zh-Hans": _lines("""
        我老婆叫陈晓燕，福建惠安人，身份证号350521199003145628，LTSVP下个月到期，续签要准备什么？
        我是黄志明，大马公民，IC 870312-07-5319，太太是越南人阮氏梅，孩子出生证上写“非公民”怎么办？
        担保人：林国强，电话 016-558 2093，住址：No. 8, Jalan Mutiara Emas 5/12, Taman Mount Austin, 81100 Johor Bahru。
        我太太许美玲是台湾人，身份证字号 E224561874，去年嫁来槟城，现在想申请PR。
        内子周嘉欣，香港身份证 Y318274(4)，我们在吉隆坡注册结婚后要帮她申请配偶准证。
        王丽娟的体检报告显示乙肝表面抗原阳性，移民局会不会因此拒绝她的长期准证？她老公是我表哥李振华。
        我是周美琪，微信 zhou_meiqi1989，嫁到怡保三年了，想找同样是中国籍配偶的姐妹交流入籍经验。
        吉隆坡高庭：刘秀英诉前夫吴俊杰抚养权案，法庭裁定两名孩子由母亲抚养，前夫每月支付赡养费RM1,500。
        宝宝陈子轩2025年8月3日生于新山苏丹娜阿米娜医院，父亲陈伟明（IC 900617-01-5627），母亲黎氏兰（越南护照 C6230917）。
        我妈郑桂芳在国内的电话是 +86 139 5071 2846，来马探亲签证要填紧急联系人，就写她。
        蔡雅婷（身份证 445281199108032642）的配偶准证被拒，理由是结婚时间太短，她先生想上诉。
        银行卡 6228 4807 1935 6021（户名：何秀兰）用来交签证费，被扣了两次款。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu maya bagi sebuah agensi perunding imigresen. Jawab dalam Bahasa Melayu.",
        ),
        ("user", "Salam, nak tanya pasal lanjutan PLSJP isteri saya"),
        (
            "assistant",
            "Waalaikumussalam. Boleh saya tahu bila tarikh tamat pas semasa dan warganegara isteri tuan?",
        ),
        ("user", "Dia org Indonesia, pas tamat bulan 2 tahun depan"),
        (
            "assistant",
            "Baik. Permohonan lanjutan perlu dibuat sekurang-kurangnya 3 bulan sebelum tamat. Tuan mahu kami bantu buat temu janji?",
        ),
        (
            "user",
            "Ye boleh. Nama dia Yuliana Sari, pasport X2947315. Sy Azman bin Karim, 019-662 3051",
        ),
    ],
    [
        (
            "user",
            "Anak baru lahir semalam kat Hospital Sultanah Aminah, isteri warga Thailand. Boleh daftar terus kat hospital?",
        ),
        (
            "assistant",
            "Boleh, sekiranya hospital mempunyai kaunter JPN. Bawa sijil nikah, MyKad bapa dan pasport ibu.",
        ),
        ("user", "Ok. Nama yg nk daftar Muhammad Irfan bin Shahrul"),
        ("user", "IC sy 870925-01-5893"),
        ("user", "mak dia Pimchanok Srisuk, pasport AA7735120"),
        ("assistant", "Terima kasih. Sila bawa dokumen asal ke kaunter dalam tempoh 60 hari."),
    ],
    [
        (
            "system",
            "You are a helpful assistant for expat families in Malaysia. Never ask for full identity numbers.",
        ),
        ("user", "How do I get my wife on my Employment Pass as a dependant? She's Brazilian."),
        (
            "assistant",
            "Your employer files a Dependant Pass application through ESD. You'll need your marriage certificate and her passport copy.",
        ),
        (
            "user",
            "Thanks. Could you draft an email to HR? My name is Marco Bianchi and my wife is Rafaela Souza Lima, her email is rafaela.slima@outlook.com, please cc her",
        ),
        (
            "assistant",
            "Sure, here is a draft you can adapt: 'Dear HR, I would like to apply for a Dependant Pass for my spouse...'",
        ),
    ],
    [
        ("user", "我是中国籍配偶，想问入籍要考马来语吗？"),
        (
            "assistant",
            "根据第15(1)条申请的配偶一般需要具备基本马来语能力，面试时会问一些简单问题。",
        ),
        ("user", "好的。我叫邓小琴，身份证号前面是350582198905"),
        ("user", "后面是213026，你帮我看看资料对不对"),
        ("assistant", "抱歉，我无法查询官方记录，建议携带护照亲自前往国民登记局柜台查询。"),
    ],
    [
        ("user", "PR utk suami warga asing, syarat dia kena tinggal berapa lama?"),
        (
            "assistant",
            "Lazimnya sekurang-kurangnya 5 tahun di bawah PLSJP, tetapi keputusan adalah budi bicara Jabatan Imigresen.",
        ),
        ("user", "Dah 7 thn. Tp permohonan dia KIV sejak 2022"),
        (
            "assistant",
            "Tuan/puan boleh menulis surat susulan kepada Bahagian Pas dengan menyertakan nombor rujukan permohonan.",
        ),
        (
            "user",
            "Boleh tolong tulis? Suami sy Mohammed Tariq Hussain, pasport Pakistan CK6618042, alamat kami 47, Jalan Anggerik 2, Taman Anggerik, 08000 Sungai Petani, Kedah.",
        ),
    ],
    [
        ("system", "You are a paralegal assistant at a family law firm in Singapore."),
        ("user", "Draft a short cover letter for the LTVP renewal for our client."),
        (
            "assistant",
            "Certainly. Please provide the applicant's and sponsor's details, or I can leave placeholders.",
        ),
        ("user", "Applicant: Tran Thi Ngoc Anh, Vietnamese, FIN G6172034R."),
        (
            "user",
            "Sponsor: husband Goh Kah Wai, NRIC S8734521A, Blk 418 Bedok North Ave 2 #07-215, Singapore 460418, mobile 9127 4460.",
        ),
        ("assistant", "Here is the draft cover letter addressed to ICA's Visitor Services Centre."),
    ],
    [
        ("user", "Kalau pas dah tamat 2 bulan, isteri sy boleh kena tangkap ke?"),
        (
            "assistant",
            "Tinggal melebihi tempoh adalah kesalahan di bawah Akta Imigresen 1959/63. Sebaiknya segera ke pejabat imigresen untuk menyelesaikan status.",
        ),
        (
            "user",
            "Dia takut. Nama dia Sumarni binti Wagiman, skrg duk rumah mak sy kat No. 9, Lorong Haji Taib 3, Chow Kit, Kuala Lumpur.",
        ),
        (
            "assistant",
            "Saya faham kebimbangan itu. Tuan boleh mendapatkan nasihat daripada peguam atau Biro Bantuan Guaman sebelum hadir.",
        ),
    ],
    [
        ("user", "Hi, quick question about FOMEMA-style medicals for spouse pass renewal."),
        (
            "assistant",
            "For a spouse pass, a medical report from a registered clinic is usually required. What's your concern?",
        ),
        (
            "user",
            "My husband Arjun Mehta was diagnosed with pulmonary TB in August, still on treatment at Klinik Kesihatan Petaling Bahagia.",
        ),
        (
            "user",
            "Will his renewal be rejected? His pass no. is on file with you, ref client 2291.",
        ),
        (
            "assistant",
            "Active TB may delay approval until treatment is completed and a clearance letter is issued. I'd recommend speaking to his doctor.",
        ),
    ],
    [
        ("user", "离婚后孩子的抚养权和签证怎么办？我是外籍妈妈。"),
        (
            "assistant",
            "抚养权由法院决定；如果孩子是大马公民，您可以考虑申请以照顾孩子为由的长期社交访问准证。",
        ),
        ("user", "我叫罗佩珊，前夫是林志豪，他家暴我，警察报告编号 IPD-PJ-2025-008731"),
        ("user", "孩子林心怡今年5岁，现在跟我住在八打灵再也"),
        ("assistant", "很遗憾听到您的遭遇。建议尽快联系妇女援助组织（WAO）获取法律援助。"),
    ],
    [
        ("user", "Berapa lama nak dapat sijil kewarganegaraan bawah Perkara 15(1)?"),
        ("assistant", "Tempoh berbeza-beza, biasanya 1 hingga 3 tahun selepas temu duga."),
        ("user", "Isteri sy dah temu duga Jun 2024 tp senyap je"),
        (
            "assistant",
            "Anda boleh menyemak status melalui portal JPN atau menghubungi Bahagian Kewarganegaraan.",
        ),
        (
            "user",
            "Ok terima kasih. Nama isteri sy Đỗ Thị Hồng Nhung, no. rujukan permohonan KW15/2023/0098712, IC suami 810304-06-5421",
        ),
    ],
]
