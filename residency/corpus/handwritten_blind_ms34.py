"""Blind check set ms34: Bahasa Melayu hartanah dan perumahan (PR1MA, Rumah Selangorku, jual beli rumah, peguam hartanah, notis lelong, JMB). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms34
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "iklan hartanah"): _lines("""
        For sale!! Teres 2 tingkat Taman Sri Muda Seksyen 25 Shah Alam, 22x75, 4R3B, freehold, RM 538K nego. Bank value tinggi, full loan boleh arrange 😍
        Pangsapuri Seri Cempaka, Bandar Baru Bangi, tingkat 7, 3 bilik 2 bilik air, 850 kps, leasehold 99 thn (baki 82 thn), harga RM 245,000.
        DIJUAL: Rumah Selangorku Jenis C di Semenyih, pemilik asal dah cukup tempoh moratorium 10 tahun, harga RM 250k, nak cepat. PM utk details.
        Condo Residensi Jalan Tun Razak near KLCC, fully furnished, 1,200 sqft, 2 car park, rental RM 3,800/month. Hartamas Realty Sdn Bhd, No. Pendaftaran Firma E (1) 1587.
        Semi-D Bandar Puteri Klang, corner lot, tanah lebih 2,100 kps, 5 bilik, harga bawah pasaran RM 1.15 juta. Open house Sabtu 10am-4pm.
        Flat 4 tingkat Taman Tun Hussein Onn, Cheras, tingkat 3, dapur dah reno, RM 199k sahaja, sesuai untuk first house buyer.
        LELONG BANK? Bukan! Ini subsale, owner relocate ke Penang. Service apartment The Henge Kepong, 650 kps, RM 330k.
        🔥 Projek baharu: Residensi Mahkota Alam, Cyberjaya. Harga dari RM 398,000. Booking RM 1,000 sahaja! Free legal fees SPA & loan agreement. *Tertakluk kepada terma dan syarat.
        Tanah lot banglo 0.5 ekar Kampung Sungai Merab, status Rizab Melayu, geran individu, RM 42 kps. Sesuai buat rumah atau homestay.
        Room for rent: bilik master Jalan Kuchai Lama, dekat MRT, RM 750 termasuk utiliti & wifi, female only, no pets.
        Townhouse Bandar Seri Putra, ground floor unit, 3+1 bilik, maintenance RM 95/bln, harga RM 420k (bank value RM 450k). Ref listing: MUD-88231745.
        Kedai 2 tingkat Jalan Sultan Ismail, Kuala Terengganu, disewa kepada 7-Eleven sehingga 2028, yield ±5.6% setahun.
        Teres setingkat Taman Sultan Abdul Aziz, Kajang — 20x70, 3 bilik, kosong, kunci ada dengan agensi. Harga RM 365k.
    """),
    ("ms", "PR1MA dan Rumah Selangorku"): _lines("""
        Rumah Selangorku ditawarkan pada harga antara RM 42,000 hingga RM 250,000 bergantung kepada jenis unit (Jenis A, B, C, D dan E).
        Syarat permohonan Rumah Selangorku: warganegara Malaysia, berumur 18 tahun ke atas, bermastautin atau bekerja di Selangor, dan belum memiliki rumah.
        Pendapatan isi rumah maksimum bagi kelayakan PR1MA ialah RM 15,000 sebulan dan pemohon mestilah berumur 21 tahun ke atas.
        Semakan status permohonan boleh dibuat di portal rasmi PR1MA menggunakan No. MyKad anda — jangan kongsikan nombor tersebut dalam kumpulan WhatsApp.
        Tempoh moratorium bagi unit Rumah Selangorku ialah 10 tahun; unit tidak boleh dijual atau dipajak tanpa kebenaran LPHS.
        Talian PR1MA Careline: 1-800-88-7762 (Isnin–Jumaat, 8.30 pagi–5.30 petang). E-mel: careline@pr1ma.example.my
        Majlis penyerahan kunci 412 unit Rumah Selangorku Residensi Damai, Puncak Alam disempurnakan oleh Menteri Besar Selangor, Dato' Seri Amirudin Shari.
        Skim Rumah Pertamaku (SRP) membolehkan pembiayaan sehingga 110% bagi rumah pertama berharga RM 500,000 dan ke bawah.
        PR1MA Residensi Bandar Tasik Selatan: 1,018 unit, keluasan 900–1,089 kps, harga jualan RM 250,000–RM 340,000 selepas subsidi.
        Dokumen yang perlu dimuat naik: salinan MyKad (depan & belakang), slip gaji 3 bulan terkini, penyata KWSP dan sijil nikah (jika berkaitan).
        Harap maklum: Undian (balloting) unit PR1MA Alam Damai akan diadakan secara maya pada 14 Januari 2027 jam 10.00 pagi.
        LPHS (Lembaga Perumahan dan Hartanah Selangor), Tingkat 3, Bangunan Sultan Salahuddin Abdul Aziz Shah, 40503 Shah Alam.
        Rumah Mampu Milik Wilayah Persekutuan (RUMAWIP) mempunyai siling harga RM 300,000 seunit dan diuruskan oleh Kementerian Wilayah Persekutuan.
        Pemohon OKU diberi keutamaan di bawah kuota khas — sertakan salinan kad OKU JKM yang masih sah semasa permohonan.
        Status 'KIV' biasanya bermaksud dokumen pendapatan tidak lengkap atau pasangan sudah memiliki rumah atas nama sendiri.
        Bil. pemohon berdaftar RSKU sehingga Oktober 2026: 187,442; unit yang telah diserahkan: 41,906.
    """),
    ("ms", "notis lelong"): _lines("""
        LELONGAN AWAM: Atas arahan Pemegang Gadaian, Malayan Banking Berhad, hartanah di bawah akan dijual secara lelongan awam pada hari Rabu, 21 Januari 2027 jam 10.30 pagi di Bilik Lelong, Mahkamah Tinggi Shah Alam.
        Butiran hakmilik: Hakmilik Strata PN 12345/M1-A/7/183, Lot 27381, Mukim Damansara, Daerah Petaling, Negeri Selangor.
        Harga rizab: RM 288,000.00. Deposit 10% daripada harga rizab dalam bentuk Bank Draf atas nama pemegang gadaian sebelum lelongan dimulakan.
        Hartanah tersebut ialah sebuah unit pangsapuri 3 bilik di tingkat 9, Pangsapuri Sri Ixora, Sungai Buloh, dengan keluasan lantai 75 meter persegi.
        Baki harga belian hendaklah dijelaskan dalam tempoh 90 hari dari tarikh lelongan kepada pemegang gadaian.
        Penawar dinasihatkan memeriksa hartanah dan membuat carian hakmilik rasmi di Pejabat Tanah dan Galian sebelum lelongan.
        Lelong online via eLelong: daftar akaun, muat naik MyKad & bayar deposit melalui FPX sebelum 5.00 ptg sehari sebelum tarikh lelongan.
        Tetuan Azmi & Rakan, Peguamcara bagi Pemegang Gadaian, No. 12-3, Jalan Setia Prima S U13/S, Setia Alam. Tel: 03-3359 8821. Ruj: AR/LIT/MBB/4512/26.
        Lelong kali ke-3: harga rizab diturunkan 10% daripada RM 320,000 kepada RM 288,000.
        Notis ini dikeluarkan menurut Seksyen 257 Kanun Tanah Negara. Lelongan tertakluk kepada Syarat-syarat Jualan dan boleh dibatalkan tanpa notis.
        Kos guaman dan yuran lelong ditanggung oleh pembeli berjaya; duti setem dikira atas harga jualan lelongan.
        Senarai lelong minggu ni: 48 unit Selangor, 21 unit KL, 9 unit Johor. Harga rizab paling rendah RM 61k (flat Klang).
    """),
    ("ms", "JMB dan strata"): _lines("""
        NOTIS MESYUARAT AGUNG TAHUNAN Badan Pengurusan Bersama Residensi Harmoni 2 akan diadakan pada 17 Januari 2027 (Sabtu), 9.00 pagi di Dewan Serbaguna Blok A.
        Agenda: (1) Pengesahan minit AGM 2025; (2) Penyata kewangan beraudit; (3) Pelantikan juruaudit; (4) Pemilihan AJK 2027/2028; (5) Hal-hal lain.
        Caj penyelenggaraan RM 0.28 sekaki persegi + kumpulan wang penjelas (sinking fund) 10% daripada caj, dibayar sebelum 7hb setiap bulan.
        Hanya pemilik petak yang telah menjelaskan semua tunggakan sebelum tarikh AGM layak mengundi (Akta Pengurusan Strata 2013, Jadual Kedua).
        Bayaran boleh dibuat ke akaun JMB Residensi Harmoni 2, CIMB Bank 8010 4521 77, sila WhatsApp resit ke pejabat pengurusan 011-5602 3318.
        Peringatan: Dilarang menjemur pakaian di balkoni dan koridor. Kompaun RM 200 boleh dikenakan di bawah undang-undang kecil perenggan 12.
        Gangguan bekalan air pada 9/12 dari 10 pagi–4 petang untuk pembersihan tangki di bumbung Blok B & C. Harap maaf atas kesulitan.
        Lif Blok A (lif no. 2) dalam penyelenggaraan oleh kontraktor; dijangka beroperasi semula Isnin.
        Kad akses baharu: RM 50 sekeping, maksimum 4 kad bagi setiap unit. Borang boleh diambil di kaunter pengurusan.
        Tribunal Pengurusan Strata boleh mendengar tuntutan sehingga RM 250,000; fi pemfailan borang tuntutan ialah RM 150.
        Penyata kewangan 2025: kutipan caj RM 1,284,530.00, perbelanjaan RM 1,109,274.50, kadar kutipan 86.4%.
        Aduan berkaitan JMB/MC boleh dikemukakan kepada Pesuruhjaya Bangunan (COB), Majlis Bandaraya Petaling Jaya, Jalan Yong Shook Lin, 46675 Petaling Jaya.
        Kenderaan pelawat wajib didaftarkan di pondok pengawal; kenderaan tanpa pelekat akan diapit (clamp) selepas 24 jam.
        Minit AJK: cadangan kenaikan caj daripada RM 0.25 ke RM 0.28 sekaki persegi disokong majoriti dan akan dibawa ke AGM.
    """),
    ("ms", "peguam dan jual beli"): _lines("""
        Untuk subsale, deposit 10% biasanya dibayar: 2-3% earnest deposit semasa tandatangan surat tawaran, baki 7-8% semasa tandatangan SPA.
        Duti setem MOT: 1% untuk RM100k pertama, 2% untuk RM100,001–RM500k, 3% untuk RM500,001–RM1 juta, 4% selebihnya.
        Fi guaman SPA dikira mengikut Perintah Saraan Peguamcara; contoh, rumah RM 400k fi guaman lebih kurang RM 5,000 + SST + disbursement.
        Senarai dokumen untuk peguam: salinan MyKad pembeli & penjual, salinan geran, resit cukai tanah & cukai pintu terkini, penyata caj penyelenggaraan.
        Templat: Saya, [NAMA PENUH], No. K/P [XXXXXX-XX-XXXX], beralamat di [ALAMAT], dengan ini bersetuju membeli hartanah yang dinyatakan dalam Jadual 1.
        Penyelesaian (completion) dalam tempoh 3 bulan dari tarikh SPA, dengan lanjutan automatik 1 bulan, faedah lewat 8% setahun.
        Kebenaran pindah milik (consent to transfer) daripada Pihak Berkuasa Negeri diperlukan bagi hakmilik pajakan; proses 1–3 bulan di PTG.
        Tetuan Hashim Lee & Partners bertindak sebagai stakeholder dan menahan 3% harga belian sehingga RPGT diselesaikan.
        RPGT untuk individu warganegara: 30% tahun 1–3, 20% tahun 4, 15% tahun 5, 0% selepas tahun ke-6.
        Borang CKHT 1A dan CKHT 2A perlu dikemukakan ke LHDN dalam tempoh 60 hari dari tarikh pelupusan.
        Ruj. kami: HLP/CONV/SPA/2026/0883 — sila nyatakan nombor rujukan ini dalam semua surat-menyurat.
        Fail dibuka 03/11/2026, carian hakmilik rasmi selesai 05/11/2026, tiada kaveat atau perintah larangan didaftarkan.
        Loan agreement & deed of assignment ditandatangani di hadapan peguam panel bank; bank release mengikut jadual progres pembinaan.
        Bayaran ke akaun klien Tetuan Hashim Lee & Partners sahaja: Maybank 5141 2234 6608. Kami TIDAK akan menukar akaun melalui WhatsApp.
    """),
    ("ms", "forum hartanah"): _lines("""
        Bro, rumah selangorku ni boleh sewakan ke orang lain x? Ke kena duduk sendiri? 🤔
        Tips aku: jangan sign apa2 dengan agent sebelum buat carian rasmi kat PTG. Ramai kena tipu dgn geran palsu.
        PR1MA kat Kota Warisan tu berbaloi ke? Dengar kata ada isu kebocoran paip lepas VP.
        Sapa pernah beli rumah lelong? Takut ada penghuni lama degil tak nak keluar, macam mana proses vacant possession dia?
        JMB condo aku naikkan maintenance 30% tanpa AGM, boleh report ke COB tak?
        Kalau beli bawah harga bank value boleh dapat cash back ke? Bank skrg strict, max 70% margin je utk rumah ketiga.
        Lawyer fee untuk rumah RM 400k dalam RM 9.8k sekali disbursement. Mahal ke murah ni geng?
        OPR naik 25bps, installment naik ~RM 70 sebulan. Patut refinance ke fixed rate?
        Rumah lelong memang murah tapi kena ready tunai 10% deposit + tunggakan maintenance yg JMB claim, jangan lupa kira.
    """),
    ("ms", "undang-undang dan statistik"): _lines("""
        Menurut NAPIC, sebanyak 25,816 unit kediaman siap dibina tetapi tidak terjual (overhang) pada suku ketiga 2025, bernilai RM 16.2 bilion.
        Akta Pemajuan Perumahan (Kawalan dan Pelesenan) 1966 (Akta 118) mewajibkan pemaju membayar ganti rugi tertentu (LAD) jika lewat menyerahkan milikan kosong.
        Akta Pengurusan Strata 2013 (Akta 757) memperuntukkan penubuhan Badan Pengurusan Bersama dalam tempoh 12 bulan selepas penyerahan milikan kosong.
        Indeks Harga Rumah Malaysia (MHPI) S2 2025: 214.3 (2010=100), naik 1.9% tahun ke tahun.
        Kementerian Pembangunan Kerajaan Tempatan (KPKT), Aras 2-7, Blok K, Pusat Pentadbiran Kerajaan Persekutuan, 62100 Putrajaya.
        Menteri KPKT berkata kerajaan mensasarkan 500,000 unit rumah mampu milik dibina dalam tempoh Rancangan Malaysia Ketiga Belas.
        Kawasan perumahan awam terawal di Kuala Lumpur dibangunkan pada era Perdana Menteri pertama, Tunku Abdul Rahman Putra Al-Haj.
        Kadar Dasar Semalaman (OPR) dikekalkan pada 2.75% oleh Bank Negara Malaysia dalam mesyuarat MPC November 2026.
        Dalam PJD Regency Sdn Bhd v Tribunal Tuntutan Pembeli Rumah, Mahkamah Persekutuan memutuskan tempoh LAD dikira dari tarikh bayaran deposit.
        Nisbah median harga rumah kepada pendapatan isi rumah di Malaysia ialah 4.4, dikategorikan 'seriously unaffordable'.
        Tribunal Tuntutan Pembeli Rumah boleh mendengar tuntutan sehingga RM 50,000 dan award hendaklah dibuat dalam tempoh 60 hari.
    """),
    ("ms", "sistem dan templat"): _lines("""
        SMS [PR1MA]: Tahniah! Permohonan anda No. Ruj {ref_no} telah LULUS ke peringkat pemilihan unit. Log masuk ke portal untuk tindakan seterusnya.
        {"applicant": {"name": null, "mykad": "<redacted>", "income_band": "RM3001-5000", "district": "Petaling"}}
        2026-12-03T09:14:22+08:00 INFO lelong-sync: fetched 1284 listings from eLelong, 37 new, 12 withdrawn (batch 7f3a9c2e)
        def mask_mykad(ic: str) -> str: return ic[:6] + "-**-****"  # jangan log nombor penuh
        Invois INV-JMB-2026-11-00871 | Unit: {unit_no} | Caj penyelenggaraan Nov 2026 RM 245.00 + Sinking fund RM 24.50 = RM 269.50
        Release notes MyStrata v3.8.2: fixed bug e-receipt PDF tunjuk parcel unit salah; tambah DuitNow QR & FPX B2C.
        SHA-256 fail SPA bertandatangan: 9f2b7c41e0a8d35c6b1f4e2a7d90c3b85e61f2a4c7d9b03e18f5a6c2d4e7b910
        MYKAD_NO CHAR(64) NOT NULL -- simpan HMAC-SHA256 sahaja, bukan teks biasa (PDPA 2010 s.9)
        Tracking Pos Laju ER284731556MY: Dokumen geran asal telah diserahkan ke Pejabat Tanah Daerah Petaling.
        Data ujian QA: Nama: Ali bin Abu (DUMMY), K/P 000000-00-0000, Tel 03-0000 0000, Alamat: Jalan Contoh 1, 00000 Bandar Ujian.
        Sila padam salinan MyKad dan slip gaji pemohon daripada folder kongsi dalam tempoh 7 hari selepas keputusan undian dikeluarkan.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Salam tuan, saya Nurul Aina binti Kamaruddin, K/P 910417-10-5568, nak semak status permohonan Rumah Selangorku saya, dah 8 bulan tak ada jawapan.
        Pemohon: Mohd Hafizi bin Zainal, 33 thn, gaji RM 3,650 (kerani), isteri suri rumah, 3 anak. Alamat sekarang: No. 14, Jalan Mawar 3/2, Taman Mawar, 43000 Kajang.
        Hi, boleh call saya balik pasal unit PR1MA Brickfields tu? 012-658 4403, nama Kavitha Subramaniam.
        Encik Tan Boon Keat (unit B-12-07) masih tertunggak caj penyelenggaraan RM 4,218.60 sejak Mac 2025; notis tuntutan kedua telah dihantar ke boonkeat.tan77@gmail.com.
        ANTARA Malayan Banking Berhad (Pemegang Gadaian) DAN Rosli bin Hamid (No. K/P: 750312-10-5537) (Penggadai) — Perintah Jualan bertarikh 2 Oktober 2026, Saman Pemula No. BA-24FC-1187-06/2026.
        Penjual: Lim Siew Ling (K/P 680921-07-5244), beralamat di 22, Lorong Kenari 5, Bayan Lepas, 11900 Pulau Pinang; Pembeli: Goh Chee Wai (K/P 850107-07-6031).
        Pembeli warga China, Zhang Haoran, No. pasport EJ4418207, ID 440304198706227312, beli kondo di Forest City bawah skim MM2H.
        Sila bank in deposit 2% RM 8,400 ke akaun saya: Maybank 1142 8809 3516, atas nama Farah Adilah binti Roslan. WhatsApp resit ke 019-337 2185.
        Bayar booking fee PR1MA guna kad saya 4556 1234 0987 6513 exp 08/29, nama atas kad WONG MEI KEI.
        Makluman AJK: Puan Saadiah binti Omar di unit A-3-2 menjalani dialisis tiga kali seminggu, mohon beri laluan parking depan lobi untuk van hospital.
        Pelekat parkir: WVT 8812 (Honda City kelabu) & BPK 3307 (Myvi) — pemilik Rajesh a/l Muniandy, unit C-15-02, tel 016-442 9071.
        Permohonan Rumah Selangorku Encik Azman bin Said (K/P 800223-14-5671) ditolak kerana beliau diisytiharkan bankrap sejak 2019.
        Saya dah bercerai dengan Khairul Anuar bin Mat Isa tahun lepas, rumah PR1MA Alam Damai atas nama bersama, mcm mana nak pindah milik penuh kpd saya? — Siti Hajar, 013-774 5120
        Senarai penghutang tertinggi: 1) Unit D-8-10, Pn. Haslinda Y., K/P 8803**-**-5128, tunggakan RM 7,905.
        Slip gaji Oktober 2026: Muhammad Irfan bin Suhaimi, No. Pekerja PKN-22871, Gaji Pokok RM 4,320.00, KWSP RM 475.20, Gaji Bersih RM 3,612.45.
        Laporan CTOS Lee Jia Hui (IC 920815-10-6042): skor 548, 2 akaun PTPTN tertunggak, 1 saman JPJ belum bayar.
        Arwah ayah, Haji Osman bin Yusof, meninggal Feb 2024; saya anak sulung, Zulkifli bin Osman, K/P 790220-03-5285, nak tukar nama geran rumah di Pasir Mas.
        Penyewa unit saya, Encik Hariz Danial, 011-2348 5670, dah 4 bulan tak bayar sewa RM 1,300 — boleh ke saya tukar kunci?
        Hantar surat tawaran ke: Amirah Zulaikha, amirah.zulaikha94@yahoo.com, No. 7, Jalan Bukit Idaman 8/3, Selayang, 68100 Batu Caves.
        Nak beli rumah lelong cepat, contact Syafiq (wasap wa.me/60173318842), IC 960704-08-5117 dah ready utk daftar bidder.
        Tuntutan Tribunal Pengurusan Strata No. TPS/SGR/0914/2026: Pihak Menuntut Chong Kah Meng lwn JMB Pangsapuri Indah Jaya, kebocoran siling bilik air unitnya.
        Pengawal melaporkan Encik Faizal bin Ramli (unit B-4-1) ditahan polis pada 28/11 kerana kes dadah; AJK minta kad aksesnya disekat.
        Mak saya, Puan Che Minah binti Awang, 71 tahun, ada demensia, tak boleh tandatangan SPA. Saya nak mohon perintah mahkamah untuk uruskan harta dia.
        Lampiran: Kad OKU JKM No. 0412-88231 atas nama Nur Izzati binti Hamzah, kategori penglihatan, untuk kuota OKU Rumah Selangorku.
        Congrats boss! Unit 12-03 Residensi Vista dah sold kepada Mr. Vincent Yap Choon Hock, loan RHB lulus 90%, SPA sign minggu depan 🎉
        Kunci rumah saya di No. 31, Jalan Teratai 9, Taman Desa Jaya, 81100 Johor Bahru boleh ambil dgn jiran sebelah, saya Norazlina Hassan tgh outstation.
        En. Roslan Abdullah dari C-9-5 dimasukkan ke HTAR Klang akibat strok semalam, keluarga minta jiran tolong tengok-tengokkan rumah.
        Pemohon: Lau Pei Shan, lahir 14/03/1993, K/P 930314-10-5286, nama ibu: Ong Lay Hoon, No. ahli KWSP 18837261.
        Suami saya Adam kerja Grab, income tak tetap dlm RM 2.5k, saya Nabilah cikgu tadika RM 1,800 — layak PR1MA tak? IC saya 950812-10-6210.
        Pembeli: Aqil Haziq bin Roszaimi, PR Singapura, NRIC T0219584J, alamat Blk 221 Jurong East St 21 #05-118, Singapore 600221.
        Surat tawaran pinjaman Bank Rakyat No. BR/HL/2026/77410 kepada Puan Rohani binti Ismail: RM 285,000, tempoh 35 tahun, ansuran RM 1,187/bulan.
        IC hujung 5533, nama Ahmad Fadzli, unit E-2-9 — tolong semak kenapa kad akses saya tak boleh guna sejak semalam.
        Pemilik berdaftar Lot 4417 (Geran 58812), Mukim Rawang: Hjh. Kalsom binti Daud, No. K/P 550930-05-5012.
        Unit ni lot bumi, tapi pembeli kita En. Daniel Hakim Lim bin Abdullah dah masuk Islam tahun 2024 (sijil MAIS/2024/3381), jadi boleh proceed.
        Anak saya Aisyah (8 thn, SK Taman Permata) dan Harith (5 thn, autisme) tinggal dgn saya di 10-07 Pangsapuri Permata, Wangsa Maju — Suraya binti Ahmad.
        Peringatan tunggakan: Unit A-5-12, En. Gopal a/l Krishnan, RM 2,910.40. Sila hubungi 012-398 7745 sebelum 15/12 untuk elak sekatan kad akses.
        Pengeluaran KWSP Akaun 2 untuk beli rumah: Ismail bin Jusoh, No. Ahli 15528837, jumlah RM 38,000, rumah di Kuala Terengganu.
        Jiran atas, Mr. Cheng Wei Lun unit 15-08, pernah ugut nak pukul saya pasal bising; saya dah buat repot polis KLANG/012345/26.
        Tuan rumah: Puan Yap Siew Mei, tel +60 12-771 0458, akaun Public Bank 6405881231, sewa RM 1,450 bayar setiap 1hb.
        IC saya 870303-14-5879, Azrul. Tolong isi borang bidder untuk lelong Khamis ni.
        Nama: Hj. Mohd Noor bin Abd Latif; pesara guru; pencen RM 2,760/bln; alamat Kg. Padang Jawa, 40000 Shah Alam; tel 019-667 3082.
        Sarjan Abdul Rahim bin Zakaria, No. Badan 118402, IPD Ipoh, memohon rumah PPAM; gaji RM 3,980, isteri penghidap kanser payudara tahap 2.
    """),
    "en": _lines("""
        Our client Mr Darren Koh Wei Ming (NRIC S8834127I), of Blk 418 Tampines Street 41 #09-233, Singapore 520418, wishes to purchase a freehold unit in Iskandar Puteri.
        Vendor is Chan Ka Yan (HKID K482913(1)), residing at Flat 12B, Tower 3, Laguna Verde, Hung Hom; she has granted a PA to her sister in KL.
        Dear Sir, I am Priya Nair, purchaser of Unit A-21-05 The Meridin Medini. Please refund my booking fee of RM 5,000 to CIMB 7012448812. Regards, Priya (017-223 6609)
        Complaint against negotiator: Mr Jason Teoh took RM 3,000 cash deposit from me (Melissa Wong, 016-508 2241) and stopped answering calls.
        Dear Ms Ho Li Ting, as discussed, the redemption statement for your HSBC housing loan 301-774512-801 shows RM 212,450.77 outstanding.
        Passport K4418290A / Taiwan ID F128374652 — buyer Robert Chen Yi-Feng, DOB 1979-05-22, purchasing via his nominee company.
        Buyer contact: Mrs Leung Pui Shan, HK mobile 9128 6653, email leung.puishan@netvigator.com, prefers calls after 7pm HK time.
        Tax file no. SG 2108845320 (Chia Mei Ling) for the CKHT 1A form; she sold the Ampang unit for RM 610k in Oct 2026.
        FYI the owner of 8-2 is Dr. Harvinder Singh Gill, he's in the middle of a divorce so please don't mention the sale to his wife.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "Anda ialah pembantu maya PR1MA. Jawab dalam Bahasa Melayu dengan sopan."),
        ("user", "salam, sy nak tanya kelayakan PR1MA"),
        (
            "assistant",
            "Waalaikumsalam. Pemohon mestilah warganegara Malaysia, berumur 21 tahun ke atas dan pendapatan isi rumah tidak melebihi RM 15,000 sebulan.",
        ),
        (
            "user",
            "ok sy Faridah binti Mokhtar, IC 890625-01-5394, gaji sy RM 4,100, suami RM 3,200",
        ),
        (
            "assistant",
            "Terima kasih. Pendapatan isi rumah anda RM 7,300, masih dalam had kelayakan.",
        ),
    ],
    [
        ("user", "Siling bilik air saya bocor lagi, dari unit atas"),
        (
            "assistant",
            "Maaf atas kesulitan. Boleh berikan nombor unit anda dan nombor untuk dihubungi?",
        ),
        ("user", "A-11-06, Kelvin Ooi"),
        ("user", "no fon 017-829 4310"),
        ("assistant", "Terima kasih Encik Kelvin, juruteknik akan datang esok jam 10 pagi."),
    ],
    [
        ("user", "kalau rumah kena lelong boleh stop lagi tak?"),
        (
            "assistant",
            "Biasanya boleh dirundingkan dengan bank sebelum tarikh lelongan, contohnya melalui penstrukturan semula pinjaman atau menjelaskan tunggakan.",
        ),
        (
            "user",
            "rumah saya kat Taman Klang Jaya, No. 5 Jalan Kemuning 3, dah tertunggak 7 bulan dgn CIMB, nama saya Rahimah binti Sulaiman. lelong 21 Jan ni",
        ),
        (
            "assistant",
            "Saya cadangkan hubungi AKPK untuk khidmat nasihat pengurusan hutang secepat mungkin.",
        ),
    ],
    [
        ("system", "You are a conveyancing assistant for a law firm in Petaling Jaya."),
        ("user", "I want to open a file for my subsale purchase"),
        ("assistant", "Certainly. Please provide the purchaser's full name and NRIC number."),
        ("user", "Nicholas Tan Jun Hao"),
        ("user", "NRIC 880514-14-"),
        ("user", "5223"),
        ("assistant", "Thank you. Our clerk will email the draft SPA within 3 working days."),
    ],
    [
        ("user", "Rumah Selangorku ada keutamaan untuk pesakit kronik tak?"),
        (
            "assistant",
            "Ada pertimbangan khas bagi kes tertentu; sila sertakan laporan perubatan semasa memohon.",
        ),
        (
            "user",
            "Suami saya, Zainuddin bin Harun, baru disahkan kanser usus tahap 3 di Hospital Serdang, kami sewa rumah di Seri Kembangan je sekarang",
        ),
        (
            "assistant",
            "Semoga suami puan cepat sembuh. Sila lampirkan laporan onkologi bersama permohonan.",
        ),
    ],
    [
        ("user", "Hi, can a Singaporean buy a Rumah Selangorku unit?"),
        (
            "assistant",
            "No, Rumah Selangorku is only for Malaysian citizens. Foreigners may buy open-market units above the state threshold.",
        ),
        (
            "user",
            "ok then I'll look at condos in JB. my details for the agent: Ong Shu Fen, S7712093I",
        ),
        ("user", "Blk 107 Bishan St 12 #11-340, Singapore 570107, +65 9663 1582"),
        ("assistant", "Noted, I'll pass these to the JB agent."),
    ],
    [
        ("user", "Macam mana nak halau penyewa yang tak bayar sewa?"),
        (
            "assistant",
            "Anda perlu mendapatkan perintah mahkamah; menukar kunci atau memutuskan bekalan tanpa perintah adalah menyalahi undang-undang.",
        ),
        (
            "user",
            "Penyewa tu nama Mohd Shahrul Nizam, kerja kilang kat Nilai, nombor dia 014-903 2276. Dah 5 bulan tak bayar RM 900 sebulan",
        ),
    ],
    [
        ("user", "agent, tolong hantar surat tawaran ke email saya"),
        ("assistant", "Baik, boleh berikan alamat e-mel dan alamat surat-menyurat?"),
        ("user", "hafiz.rahman.88@gmail.com"),
        (
            "user",
            "alamat No. 19, Jalan Cempaka 2/4, Taman Cempaka, 68000 Ampang. Nama Hafiz Rahman bin Jaafar",
        ),
        ("assistant", "Sudah dihantar. Sila semak folder spam jika tiada dalam inbox."),
    ],
    [
        ("user", "nak bayar booking fee RM 2,000 untuk unit PR1MA"),
        ("assistant", "Bayaran boleh dibuat melalui FPX atau kad kredit di portal."),
        ("user", "portal error. boleh saya bagi nombor kad kat sini? 5212 9300 4417 8268"),
        ("user", "exp 11/28, nama Tengku Nurul Huda"),
        (
            "assistant",
            "Mohon jangan kongsi maklumat kad di sini. Sila cuba semula di portal atau hubungi Careline.",
        ),
    ],
    [
        ("system", "Pembantu AI untuk pejabat pengurusan Pangsapuri Seri Mutiara."),
        ("user", "Siapa pemilik unit C-3-12 sekarang? Saya nak hantar notis."),
        (
            "assistant",
            "Maaf, maklumat pemilik tidak boleh didedahkan. Notis boleh diserahkan melalui pejabat pengurusan.",
        ),
        (
            "user",
            "Tak apa, saya tahu dah, Puan Lin Xiaowen, warga China, ID 350203199103142863. Dia sewakan unit tu Airbnb, melanggar by-law.",
        ),
        ("assistant", "Aduan anda telah direkodkan dan akan dibawa ke mesyuarat AJK."),
    ],
]
