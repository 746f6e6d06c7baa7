# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms44: koperasi Malaysia (skim kutu, pinjaman koperasi, dividen, mesyuarat agung, ahli lembaga). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms44
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis mesyuarat agung"): _lines("""
        NOTIS MESYUARAT AGUNG TAHUNAN KE-41 KOPERASI GURU-GURU DAERAH HULU LANGAT BERHAD
        Dengan ini diberitahu bahawa Mesyuarat Agung Tahunan (MAT) ke-41 akan diadakan pada Sabtu, 18 April 2026, jam 8.30 pagi di Dewan Tun Hussein Onn, Pusat Dagangan Dunia Putra, Kuala Lumpur.
        Agenda: 1) Ucapan alu-aluan Pengerusi; 2) Mengesahkan minit MAT ke-40; 3) Membentangkan Laporan Tahunan & Penyata Kewangan berakhir 31.12.2025; 4) Meluluskan cadangan pembahagian keuntungan; 5) Pemilihan Ahli Lembaga; 6) Hal-hal lain.
        Kuorum mesyuarat ialah 100 orang anggota atau satu perlima daripada jumlah anggota, mengikut mana yang lebih kecil, selaras dengan Undang-Undang Kecil koperasi.
        Jika kuorum tidak dicapai dalam masa setengah jam, mesyuarat akan ditangguhkan ke jam 10.00 pagi pada hari yang sama dan anggota yang hadir ketika itu dikira sebagai kuorum.
        Usul daripada anggota hendaklah sampai ke pejabat koperasi selewat-lewatnya 14 hari sebelum tarikh mesyuarat dan disokong oleh sekurang-kurangnya 5 orang anggota.
        Pencalonan Ahli Lembaga Koperasi (ALK) dibuka mulai 2 Mac hingga 16 Mac 2026. Borang boleh diambil di kaunter atau dimuat turun dari laman web koperasi.
        Syarat calon ALK: berumur 21 tahun ke atas, bukan bankrap, tiada sabitan jenayah, dan memegang modal syer sekurang-kurangnya RM1,000 pada 31 Disember 2025.
        Anggota diingatkan membawa MyKad asal untuk pendaftaran. Tiada pendaftaran selepas jam 10.30 pagi. Cenderahati terhad kepada 1,200 anggota terawal.
        Dengan perintah Lembaga, Setiausaha Kehormat, Koperasi Pekerja Majlis Perbandaran Kemaman Berhad, 12 Februari 2026.
        MAT ke-27 dijalankan secara hibrid: fizikal di Dewan Seri Melati dan dalam talian melalui Zoom (ID mesyuarat 892 4417 3305, kod laluan dihantar melalui SMS kepada anggota berdaftar).
        Peringatan: pengundian ALK adalah secara sulit; setiap anggota ada satu undi sahaja tanpa mengira jumlah syer yang dipegang.
        Draf minit MAT ke-40 boleh disemak di papan kenyataan pejabat dari 1 hingga 15 April 2026.
        Mengikut Undang-Undang Kecil koperasi, undian secara proksi tidak dibenarkan dalam mesyuarat agung.
    """),
    ("ms", "pinjaman koperasi"): _lines("""
        Pembiayaan Peribadi-i Koperasi: kadar keuntungan serendah 4.2% setahun (kadar rata), tempoh sehingga 10 tahun, maksimum RM200,000.
        Potongan bulanan melalui Biro Perkhidmatan Angkasa (BPA) tertakluk kepada baki gaji bersih sekurang-kurangnya 40% selepas semua potongan.
        Contoh pengiraan: pembiayaan RM30,000 selama 5 tahun pada kadar rata 4.5% → ansuran bulanan RM612.50.
        Dokumen diperlukan: salinan MyKad (depan & belakang), 3 slip gaji terkini, penyata bank 3 bulan, surat pengesahan majikan dan borang BPA yang lengkap.
        Saya, [NAMA PENUH], No. K/P [______-__-____], No. Anggota [______], dengan ini membenarkan potongan gaji sebanyak RM[____] sebulan bagi bayaran balik pembiayaan.
        Status permohonan PJN-2026-11-08843: DILULUSKAN. Pengeluaran wang dijangka dalam 3–5 hari bekerja.
        Caj: duti setem 0.5% daripada jumlah pembiayaan; takaful pembiayaan wajib; tiada caj penyelesaian awal selepas 12 bulan.
        Penjamin tidak diperlukan bagi pembiayaan di bawah RM20,000 sekiranya pemohon kakitangan tetap kerajaan.
        Pembiayaan yang tidak dibayar melebihi 3 bulan akan dirujuk kepada panel peguam dan kos guaman ditanggung peminjam.
        NOTIS: Koperasi TIDAK PERNAH meminta bayaran pendahuluan untuk memproses pinjaman. Hati-hati dengan sindiket yang menyamar sebagai ejen koperasi.
        Jadual ansuran dijana pada 2026-11-28T09:14:22+08:00 oleh sistem e-Pinjaman v4.3.1.
        Kadar rata 4.5% untuk 5 tahun bersamaan kadar keuntungan efektif kira-kira 8.29% setahun, sila semak Helaian Fakta Produk sebelum menandatangani.
        Pembiayaan Kenderaan: margin sehingga 90%, tempoh maksimum 9 tahun, untuk kereta baharu atau terpakai tidak melebihi 5 tahun.
        Borang pinjaman yang mengandungi data peribadi mesti diimbas ke sistem, salinan fizikal dikunci dalam kabinet kalis api, dan salinan IC anggota jangan sekali-kali dihantar melalui WhatsApp peribadi.
    """),
    ("ms", "dividen dan kewangan"): _lines("""
        Lembaga mencadangkan dividen 6.5% ke atas modal syer dan bonus naungan 3% ke atas keuntungan pembiayaan bagi tahun kewangan 2025.
        Keuntungan sebelum cukai: RM12.48 juta (2024: RM11.02 juta), meningkat 13.2%.
        Dividen akan dikreditkan ke akaun simpanan anggota pada atau sebelum 30 Jun 2026. Anggota yang belum mengemas kini nombor akaun bank sila berbuat demikian di portal.
        Peruntukan statutori: 15% keuntungan bersih ke Kumpulan Wang Rizab Statutori, 2% ke Kumpulan Wang Amanah Pendidikan Koperasi dan 1% ke Kumpulan Wang Amanah Pembangunan Koperasi.
        Contoh: anggota dengan modal syer RM10,000 akan menerima dividen RM650 pada kadar 6.5%.
        Penyata kewangan disediakan mengikut MPERS dan diaudit oleh Tetuan Ahmad Zaki & Rakan, Akauntan Bertauliah (AF 001872).
        Jumlah aset meningkat kepada RM387.6 juta, dengan pembiayaan kepada anggota menyumbang 71% daripada aset.
        Dividen tahun 2024 sebanyak 5.8% telah dibayar pada 27 Jun 2025 kepada 18,904 orang anggota.
        Rujukan FPX 2606301245558812 — status BERJAYA — RM1,284,550.00 (pembayaran pukal dividen, kelompok 3/5).
        Nisbah kos kepada pendapatan turun kepada 38.4% berbanding 41.9% tahun sebelumnya.
        S: Kenapa dividen saya lain daripada kawan sepejabat? J: Dividen dikira ikut purata bulanan modal syer, bukan baki akhir tahun.
        Bonus naungan Kedai Koperasi: 1.5% daripada jumlah belian tahunan anggota, dikreditkan ke akaun syer, bukan tunai.
        Hasil pelaburan hartanah (Wisma Koperasi, Jalan Sultan Sulaiman, Kuala Terengganu) menyumbang RM1.92 juta sewa setahun.
    """),
    ("ms", "skim kutu dan penipuan"): _lines("""
        Skim kutu ialah simpanan bergilir: setiap peserta menyumbang jumlah tetap setiap bulan dan seorang peserta menerima kutipan penuh mengikut giliran.
        Di bawah Akta Kumpulan Wang Kutu (Larangan) 1971 (Akta 28), menganjurkan kutu secara bidaan atau sebagai perniagaan adalah satu kesalahan.
        Kutu RM200 x 12 kepala = RM2,400 sebulan. Cabut undi giliran Ahad depan lepas Asar kat surau.
        Tanda kutu palsu: janji pulangan tetap, tiada senarai peserta, penganjur minta bayar ke akaun orang ketiga.
        Kutu bida: peserta yang perlukan duit awal bida diskaun, dan diskaun tu dibahagi kepada peserta lain sebagai "untung".
        Mangsa penipuan sila buat laporan polis dan hubungi Pusat Respons Scam Kebangsaan (NSRC) di talian 997.
        Anggaran media: lebih RM4 juta kerugian berkaitan kutu dan pelaburan tidak wujud dilaporkan di Johor sepanjang 2025.
        Koperasi menawarkan Akaun Simpanan Bergilir sebagai alternatif yang sah kepada kutu tradisional.
        Sebelum transfer duit kutu, semak nombor akaun penerima di semakmule.rmp.gov.my.
        Kutu bulan Disember dah penuh. Bayaran sebelum 5hb setiap bulan, lewat kena denda RM10. No excuse ya geng 🙏
        Kajian kecil: 63% responden di kawasan PPR pernah menyertai kutu sekurang-kurangnya sekali dalam 5 tahun lepas.
        Dalam cerpen "Kutu Terakhir", watak Mak Som melarikan duit kutu satu kampung seminggu sebelum Hari Raya.
        Resit kutu #K-0925-07 — RM300.00 — giliran ke-7 daripada 10.
    """),
    ("ms", "grup whatsapp koperasi"): _lines("""
        Assalamualaikum semua anggota, pejabat koperasi tutup 24–26 Dis sempena cuti umum. Urusan pinjaman sambung 29hb ya.
        Slip dividen dah boleh download kat portal ye. Login guna no anggota + kata laluan, kalau lupa tekan "Lupa Kata Laluan".
        Sapa nak join Kursus Asas Pengurusan Koperasi anjuran Institut Koperasi Malaysia (IKMa), yuran percuma, tempat terhad 30 org.
        Tq admin 👍 dividen 6.5% ok la naik dari tahun lepas
        Bro MAT tu ada makan tengahari x? Tahun lepas nasi beriani sedap gila 😂
        Reminder: jgn share screenshot penyata akaun dlm group ni, ada IC & no akaun. PM pejabat je.
        Harga Kedai Koperasi minggu ni: Beras Faiza 10kg RM32.90, minyak masak Saji 5kg RM29.50, gula 1kg RM2.85.
        Link borang pencalonan ALK: https://koop-kgdhl.org.my/alk2026 — tutup 16 Mac 11.59 mlm.
        Admin, koperasi kita ada skim pembiayaan emas x? Nak beli simpan utk anak2
        Kedai Koperasi cawangan Jalan Tun Abdul Razak buka semula 8am–10pm mulai Isnin.
        Semua ALK diminta hadir Mesyuarat Lembaga Bil. 11/2026 hari Khamis 3 ptg di bilik mesyuarat tingkat 2.
        Nak semak baki pinjaman, SMS BAKI <no anggota> ke 32728. Caj RM0.30 setiap SMS.
        Hari Koperasi Negara tahun ni di Melaka, ada bas untuk 40 wakil anggota. Berminat daftar kat kaunter.
        Yg tanya pasal kutu tu, koperasi x terlibat dgn mana2 kutu ye. Kalau ada org guna nama koperasi utk kutu, report terus.
    """),
    ("en", "co-op governance and systems"): _lines("""
        Under the Co-operative Societies Act 1993 (Act 502), a co-operative must hold its annual general meeting within six months after the close of its financial year.
        Board attendance for 2025 averaged 91%; the full attendance table is disclosed on page 34 of the annual report.
        Credit co-operatives are expected to keep liquid assets of not less than 10% of members' deposits at all times.
        CREATE TABLE members (member_no CHAR(6) PRIMARY KEY, full_name VARCHAR(150) NOT NULL, nric CHAR(12) UNIQUE, joined_on DATE, share_capital NUMERIC(12,2) DEFAULT 0);
        MYKAD_RE = re.compile(r"^\\d{6}-?\\d{2}-?\\d{4}$")  # validate format only; never log the matched value
        e-Koop Core v3.12.4 (build 20261118, commit 7c1e9a04b2) fixes dividend rounding on accounts with share capital above RM99,999.99.
        SELECT member_no, SUM(amount) FROM deductions WHERE period = '2026-11' AND source = 'BPA' GROUP BY member_no HAVING SUM(amount) > 0;
        Annual report PDF sha256: 3b9d4f0e7a6c21d58e0f94b2a7c6e13d5f8a0b9c2e4d7f61a3c5b8e0d2f4a6c9
        Kutu, also known as a tontine or ROSCA, is a rotating savings and credit association common across Southeast Asia, India and Africa.
        Dividend = average monthly share capital × declared rate, e.g. RM8,400 × 6.5% = RM546.00.
        Privacy notice: we collect your name, NRIC number, address and bank details only to administer membership, financing and dividends, in line with the Personal Data Protection Act 2010.
        Quorum check failed: 87/100 members registered at 09:00; meeting adjourned to 09:30 per by-law 14(3).
        Support: helpdesk@ekoop-system.com.my or 1-300-88-2662 (Mon–Fri, 9am–6pm).
        Ticket #EK-40917: BPA deduction file BPA_202611_KGDHL.txt rejected, record length 120 expected, 118 found on line 4,211.
    """),
    ("zh-Hans", "合作社与标会"): _lines("""
        本合作社常年会员大会订于2026年4月18日上午9时在吉隆坡暨雪兰莪中华大会堂举行，请会员携带身份证原件报到。
        理事会建议派发6%股息及2%回扣，经会员大会通过后于6月底前存入会员户口。
        标会在马来西亚受《1971年标会（禁止）法令》管制，请勿参加来历不明的网上标会。
        10个会脚，每人每月RM500，第一个月会头收，之后每月投标，出价最高者得会。
        提醒：会员身份证号码和银行户口只能由职员在系统内处理，不得转发到私人微信或WhatsApp群组。
        贷款申请须附上最近三个月薪水单及雇主证明信，经由BPA扣薪还款。
        被誉为“大马合作社之父”的皇家教授翁姑阿兹（Ungku Aziz）于2020年逝世，享年98岁。
        本社服务热线 03-7956 2288（星期一至五，上午9时至下午5时）。
        合作社股金每股RM10，新会员最低认购100股，入会费RM30。
        股息以每月平均股金计算，年终结余不作为计算依据。
    """),
    ("ms", "sejarah dan tokoh koperasi"): _lines("""
        Gerakan koperasi di Tanah Melayu bermula pada 1922 dengan penubuhan koperasi jimat cermat dan pinjam-meminjam pekerja kerajaan di Kuala Lumpur.
        Profesor Diraja Ungku Abdul Aziz digelar Bapa Koperasi Malaysia dan merupakan pengasas ANGKASA pada 1971.
        Perintis Rochdale membuka kedai koperasi mereka di Toad Lane, England pada tahun 1844.
        Friedrich Wilhelm Raiffeisen mempelopori koperasi kredit luar bandar di Jerman pada abad ke-19.
        Bank Kerjasama Rakyat Malaysia Berhad (Bank Rakyat) ditubuhkan pada 1954 sebagai bank koperasi.
        Institut Koperasi Malaysia (IKMa), dahulu Maktab Kerjasama Malaya, terletak di Jalan Templer, Petaling Jaya.
        Koperasi sekolah SMK Tunku Abdul Rahman Putra memenangi Anugerah Koperasi Sekolah Terbaik peringkat negeri tahun ini.
        Tujuh prinsip koperasi ICA: keanggotaan sukarela dan terbuka; kawalan demokratik; penyertaan ekonomi anggota; autonomi; pendidikan; kerjasama antara koperasi; keprihatinan terhadap komuniti.
        Koperasi Kakitangan Hospital Sultanah Nur Zahirah Berhad menganjurkan jualan murah di lobi utama pada 10–12 Disember.
        Kertas kerja Ungku Aziz pada 1959 mencetuskan idea penubuhan Tabung Haji.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Mohd Faizal bin Rahim (No. K/P 780514-10-5523), No. Anggota 004418, memohon pembiayaan peribadi RM45,000 selama 8 tahun; gaji pokok RM4,860.00.
        Penjamin: Nor Hafizah binti Che Mat, 850923-03-6012, guru DG44 di SK Kubang Kerian 2, tel 013-915 2264.
        Kak Ros (Rosnah binti Yaakob) yg jadi kepala kutu kat Taman Seri Mawar tu dah lari bawak RM38k, rumah dia No. 27 Jalan Mawar 3/2, 43000 Kajang, skrg kosong.
        Sila kreditkan dividen saya ke akaun Maybank 1622 1084 3375 atas nama Abdul Ghani bin Mamat, no anggota 01277. Terima kasih.
        Penama: isteri, Siti Aminah binti Jusoh, K/P 720811-11-5204, tel 019-772 8103, alamat Lot 1123 Kg Gong Badak, 21300 Kuala Nerus, Terengganu.
        ALK En. Zulkarnain bin Hashim (No. Anggota 00356) digantung keahlian lembaga kerana diisytiharkan bankrap oleh Mahkamah Tinggi Shah Alam pada 3 Okt 2026.
        Anggota no 02291 Puan Kamala a/p Subramaniam minta tangguh bayaran 3 bulan sbb baru lepas pembedahan histerektomi di Hospital Raja Permaisuri Bainun.
        Admin tolong tukar emel saya kpd meiling.tan91@hotmail.com ye, no anggota 03185 — Tan Mei Ling
        Slip Gaji Mac 2026 | Nama: LIM CHEE KEONG | No. K/P: 820208-07-5631 | Jawatan: Penolong Pegawai Tadbir N29 | Gaji Pokok: RM3,412.50 | Potongan BPA (Koperasi): RM612.00 | Gaji Bersih: RM1,987.40
        Anggota: NUR AISYAH BINTI K***, K/P 880412-**-5566, No. Anggota 004512, tunggakan RM2,310.40 (4 bulan). Surat peringatan kedua dihantar ke alamat berdaftar di Taman Bukit Indah, Johor Bahru.
        Calon ALK: Haji Ismail bin Daud, 63 tahun, pesara guru, K/P 630825-06-5049, dicadang oleh No. Anggota 00812 dan disokong oleh No. Anggota 01144.
        Myvi plat WVF 7731 milik anggota Nurul Syafiqah binti Azman akan ditarik sbb pembiayaan kenderaan tertunggak 5 bulan.
        Duit kutu bulan ni sy dah transfer kat Kak Lina, CIMB 7060441283 a/n Salina binti Osman. Giliran sy no. 9, nanti dapat RM3,000.
        Pak Ngah Razak (Abd Razak bin Mahmud) x bayar kutu dah 3 bulan, no dia 017-338 4170, rumah sebelah masjid Kg Batu 5 Jalan Kuantan.
        Kepada Encik Muthu a/l Rajan, No. 14, Lorong Sri Ampang 2, Taman Sri Ampang, 31400 Ipoh. Baki pembiayaan RM18,422.15 hendaklah dijelaskan dalam tempoh 14 hari dari tarikh notis ini.
        Pendaftaran anggota baharu: Margaret anak Ambau, lahir 17/01/1995, K/P 950117-13-5730, Jururawat U5 Hospital Umum Sarawak, tel 014-830 2967.
        Pemohon: Rusdi bin Lasiman, 870304-12-5871, nelayan, pendapatan anggaran RM1,800 sebulan, 4 orang tanggungan, Kg Tanjung Aru Lama, 88100 Kota Kinabalu.
        Minit ALK: Lembaga bersetuju menghapus kira hutang Allahyarham Hassan bin Omar; anaknya Hafiz bin Hassan (tel 018-225 6071) akan menerima baki modal syer RM7,450.
        Anggota No. 00987, Puan Wong Siew Lan, mengadu suaminya Chong Kok Wai memalsukan tandatangannya untuk pinjaman koperasi RM25,000.
        Elaun ALK 2025: Pengerusi En. Azhar bin Yusof RM1,500 sebulan; Bendahari Pn. Rohaya binti Ali RM1,000 sebulan (Koperasi Nelayan Kuala Besut Berhad).
        En. Faridzuan bin Kamal (No. Pasport A52817734) kerja di Singapura, bayaran balik pinjaman koperasi melalui arahan tetap akaun CIMB beliau.
        Sila caj yuran keahlian RM30 ke kad Visa 4563 8642 3259 0133, tamat 08/29, pemegang kad Aina Sofea binti Rosli.
        Nurul Syafiqah bt Azman IC 010519101338 dah lulus jadi anggota, masukkan dlm senarai kutu koperasi sekali
        Laporan polis KAJANG/008812/26 dibuat oleh Norlela binti Ahmad, 45, suri rumah, yang rugi RM12,000 selepas sertai kutu dalam talian.
        Senarai giliran kutu Dis: 1. Kak Yah 012-271 9553 2. Mira 011-2735 8840 3. Cik Ton 016-445 2091 4. Abang Joe 019-330 7128
        ALK baharu Cik Puspa a/p Rama (No. Anggota 02108) memaklumkan beliau menghidap kanser payudara tahap 2 dan mungkin tidak hadir mesyuarat sehingga Mac.
        Bendahari koperasi sekolah SK Seri Gading, Pn. Latifah binti Musa, dituduh di Mahkamah Sesyen Batu Pahat kerana menyeleweng RM86,000 wang koperasi.
        Alamat surat-menyurat: B-12-07, Pangsapuri Sri Ria, Jalan PJU 1A/3, 47301 Petaling Jaya — Mohd Hairul bin Zakaria, No. Anggota 05531.
        Pemohon ada rekod CCRIS tertunggak dgn AEON Credit, nama Jeffry bin Sulaiman, IC 900305-08-6273, tolak dulu permohonan dia.
        Bayaran balik lebihan potongan RM306 ke akaun Bank Islam 12034010055672 a/n Sharifah Norliza binti Syed Hamzah.
    """),
    "en": _lines("""
        Member update: Mr. Lim Chee Keong has moved to 22, Lorong Kenari 5, Taman Bukit Jambul, 11900 Bayan Lepas; new mobile +60 12-488 3017.
        Loan officer note: applicant Tan Mei Ling (member 03185) disclosed she is on long-term medication for lupus, route to takaful underwriting.
        Hi admin, I'm Deepa d/o Krishnan, IC 930227-14-5082, pls confirm my dividend RM1,142.60 was credited to my RHB acct 21201300678902?
        Kutu payout Nov, turn #4: Jason Ong Wei Ming, PayNow +65 9183 4420, he works in SG and stays at Blk 312 Jurong East St 32 #08-115.
        Member Kelvin Goh Chin Huat (FIN G5129834P) works in Woodlands, salary S$3,650, requests loan repayment by GIRO instead of BPA.
        Board minutes: Director Ahmad Tarmizi bin Yusri declared a conflict of interest, as his brother-in-law Roslan bin Hamid owns the contractor bidding for the shoplot renovation.
        AGM attendance list no. 211: Siti Khadijah binti Ramli, IC 860715-10-5328, signed in at 08:42.
        This is to confirm that Mr. Arun a/l Perumal (NRIC 820919-07-5447) has been employed as a technician with us since 2014 at a monthly salary of RM4,250.
        Share top-up paid by Mastercard 5412 6545 7330 1418, cardholder CHAN SOO PENG, exp 11/28.
        Kutu organiser Rosli "Bob" bin Harun, 52, of Taman Rasah Jaya was charged at the Seremban Magistrate's Court on 14 Nov 2026 under the Kutu Funds (Prohibition) Act 1971.
        Nominee 1: daughter, Aisyah binti Mohd Faizal, DOB 14/02/2009, IC 090214-10-1184 (minor, guardian: father).
        Dear Sir, my late husband Gopal a/l Murugiah (member 00654) left his shares to me. I am Letchumy a/p Sinnasamy, please call me at 016-729 4418.
    """),
    "zh-Hans": _lines("""
        会员陈美玲（会员编号03392）申请紧急贷款RM5,000，原因是丈夫黄志强上个月中风住院，联络电话012-677 3095。
        标会会头刘秀英卷走约RM60,000潜逃，她住士古来Taman Seroja, Jalan Seroja 5, No. 12，警方已立案。
        股息请汇入我的大众银行户口 3182744095，户名 KHOO BEE LIAN，谢谢。
        我太太是中国人，身份证号440582198307150629，她可以用自己的名义入社吗？我的会员编号01876，名字郑文杰。
        理事会会议记录：理事林建华（IC 700612-07-5391）涉嫌挪用公款RM120,000，即日起暂停职务。
        会脚名单：阿玲 016-488 2705，肥仔明 012-390 6614，Auntie Koh 017-552 0937（住蒲种）
        我叫苏伟伦，台湾身分证 F128403998，现在槟城工作，请问外国人可以参加合作社吗？
        香港亲戚代缴股金，付款人何家欣，HKID K604213(9)，电话 9612 4873。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu maya Koperasi Guru-Guru Daerah Hulu Langat Berhad. Jangan dedahkan maklumat anggota lain.",
        ),
        ("user", "salam, nak tanya baki pinjaman sy"),
        ("assistant", "Waalaikumussalam. Boleh berikan nombor anggota dan nombor MyKad tuan/puan?"),
        ("user", "no anggota 004771, IC 790622-10-5846, Roslina binti Hamzah"),
        (
            "assistant",
            "Terima kasih. Untuk keselamatan, baki pinjaman akan dihantar melalui SMS ke nombor telefon berdaftar.",
        ),
    ],
    [
        ("user", "Tolong buatkan mesej peringatan kutu yg sopan utk group"),
        (
            "assistant",
            'Boleh. Contoh: "Salam semua, peringatan mesra bayaran kutu bulan ini sebelum 5hb. Terima kasih atas kerjasama."',
        ),
        (
            "user",
            "ok tapi sebut sekali Kak Mah (Rahmah bt Ismail) blm bayar 2 bulan RM600, dia ckp suami dia Hamdan kena buang kerja",
        ),
        (
            "assistant",
            "Saya cadangkan perkara itu dibincang secara peribadi, bukan dalam kumpulan.",
        ),
    ],
    [
        ("user", "nak semak status permohonan pinjaman"),
        ("assistant", "Sila berikan nombor MyKad."),
        ("user", "850101"),
        ("user", "14"),
        ("user", "5373"),
        ("assistant", "Terima kasih. Boleh sahkan nama penuh?"),
        ("user", "Azlan bin Mokhtar, kerja kat JKR Putrajaya"),
    ],
    [
        ("system", "You help the co-op secretary draft AGM minutes in English."),
        ("user", "Draft item 7: incident during the AGM."),
        (
            "assistant",
            "Item 7 — Incident: The meeting was briefly paused due to a medical emergency. The meeting resumed at 11:20 a.m.",
        ),
        (
            "user",
            "Please be specific: member Raymond Lee Kah Fatt (no. 01562) had a heart attack at the mic and was taken by ambulance to Pantai Hospital Cheras.",
        ),
    ],
    [
        ("user", "我在新加坡打工，可以跟马来西亚的标会吗？"),
        ("assistant", "私人标会有法律风险，建议考虑合作社的正规储蓄配套。"),
        ("user", "我的NRIC是T0327815D，新加坡PR，老家在居銮，名字张慧敏"),
        ("assistant", "请勿在对话中分享身份证号码，入社手续请到合作社柜台办理。"),
    ],
    [
        ("user", "Can you calculate my DSR for a co-op loan?"),
        ("assistant", "Sure, please share your gross salary and total monthly commitments."),
        (
            "user",
            "Gross RM5,200, car loan RM780, PTPTN RM150. I'm Farah Nadia binti Zainal, admin assistant at Majlis Bandaraya Shah Alam.",
        ),
        ("assistant", "Your current DSR is about 17.9% before the new financing."),
    ],
    [
        ("user", "dividen sy x masuk lagi, kawan2 dah dapat"),
        ("assistant", "Mohon maaf. Mungkin nombor akaun bank dalam rekod tidak tepat."),
        ("user", "akaun betul Maybank 5142 9937 0812, nama Kamarul Ariffin bin Johari"),
        ("user", "no anggota 02870 kalau perlu"),
    ],
    [
        ("user", "saya nak tukar penama dlm borang koperasi"),
        ("assistant", "Sila isi Borang Penama dan lampirkan salinan MyKad penama."),
        (
            "user",
            "penama baru anak sulung saya Muhammad Irfan bin Saiful, IC 040918-01-0713, tinggal dgn saya di No. 8 Jalan Kenanga 2, Taman Kenanga, 86000 Kluang",
        ),
    ],
    [
        (
            "system",
            "Profil anggota: Norazlina binti Wahab, No. Anggota 006120, K/P 811203-02-5162, baki pinjaman RM21,540.30, alamat 45 Lorong Cempaka 4, 05400 Alor Setar.",
        ),
        ("user", "Bila tarikh akhir bayaran bulan ni?"),
        ("assistant", "Bayaran melalui potongan gaji BPA akan dibuat pada 25hb seperti biasa."),
    ],
    [
        ("user", "老婆是中国籍，想帮她办合作社的附属会员"),
        ("assistant", "需要配偶的护照或身份证明、结婚证明副本。"),
        ("user", "她叫杨晓琳，身份证350203199002234523，老家在厦门市思明区莲前西路"),
        ("user", "我这边会员是 MOHD AMIR BIN ABDULLAH，电话 011-2094 7781"),
    ],
]
