# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms16: Bahasa Melayu perniagaan kecil dan kewangan peribadi (Shopee, TikTok Shop, pasar malam, koperasi, AKPK, e-dompet, scam, LHDN, KWSP). All names and values are invented.

Written blind on 2026-12-04; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms16
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "maklumat rasmi"): _lines("""
        Tarikh akhir pengemukaan BE (e-Filing) bagi Tahun Taksiran 2024 ialah 30 April 2025, dengan lanjutan 15 hari bagi pengemukaan secara e-Filing.
        Pelepasan cukai gaya hidup dihadkan sehingga RM2,500 termasuk pembelian buku, komputer, telefon pintar dan langganan internet.
        Mulai 1 Januari 2025, Nombor Pengenalan Cukai (TIN) individu bermula dengan awalan IG diikuti 11 digit nombor siri.
        Caruman KWSP pekerja ialah 11% daripada upah bulanan, manakala majikan mencarum 13% bagi upah RM5,000 dan ke bawah.
        Akaun Fleksibel KWSP membolehkan pengeluaran minimum RM50 pada bila-bila masa melalui aplikasi KWSP i-Akaun.
        Ahli boleh mendaftar i-Akaun (Ahli) di kiosk KWSP dengan membawa MyKad asal; pengaktifan perlu dibuat dalam tempoh 30 hari.
        Program Pengurusan Kredit (PPK) AKPK adalah percuma dan terbuka kepada individu yang berhutang dengan institusi kewangan dikawal selia BNM.
        Pemohon PPK mesti mempunyai sumber pendapatan tetap dan belum diisytiharkan bankrap.
        Kadar dividen KWSP bagi tahun 2024: 6.30% untuk Simpanan Konvensional dan 6.30% untuk Simpanan Syariah.
        Pelepasan individu dan saudara tanggungan RM9,000; pelepasan suami/isteri RM4,000; anak belum berkahwin bawah 18 tahun RM2,000 seorang.
        Ibu Pejabat Lembaga Hasil Dalam Negeri Malaysia: Menara Hasil, Persiaran Rimba Permai, Cyber 8, 63000 Cyberjaya, Selangor.
        Borang BE untuk individu pemastautin yang tidak menjalankan perniagaan; Borang B untuk yang ada pendapatan perniagaan, termasuk peniaga Shopee dan TikTok Shop.
        Pembayar cukai dengan jualan tahunan di bawah RM500,000 dikecualikan daripada pelaksanaan e-Invois, menurut garis panduan terkini LHDN.
    """),
    ("ms", "talian bantuan"): _lines("""
        Pusat Respons Scam Kebangsaan (NSRC): dail 997, beroperasi setiap hari dari 8 pagi hingga 8 malam.
        Talian CCID Scam Response Centre PDRM: 03-2610 1559 / 03-2610 1599
        Maybank Group Customer Care 1-300-88-6688 (dalam Malaysia) atau +603-7844 3696 (dari luar negara).
        AKPK | 1-800-22-2575 | Isnin–Jumaat 8.45 pg – 5.45 ptg | www.akpk.org.my
        BNMTELELINK: 1-300-88-5465, atau isi borang aduan di telelink.bnm.gov.my untuk isu berkaitan bank dan insurans.
        HASiL Care Line 03-8911 1000 (dalam negara) / +603-8911 1100 (luar negara)
        Pusat Panggilan KWSP: 03-8922 6000. Untuk pertanyaan bertulis, gunakan ruangan Maklum Balas dalam i-Akaun.
        Touch 'n Go eWallet Careline 03-5022 3888 (24 jam). Kami TIDAK akan meminta OTP atau PIN anda melalui telefon.
        Shopee Seller Centre > Pusat Bantuan > Hubungi Kami > Chat dengan Ejen; waktu operasi 9:00 pg – 6:00 ptg setiap hari.
        Ombudsman Perkhidmatan Kewangan (OFS) 03-2272 2811 — untuk pertikaian dengan bank atau syarikat insurans yang tidak selesai di peringkat bank.
        Semak nombor telefon atau akaun bank yang mencurigakan di portal Semak Mule CCID: semakmule.rmp.gov.my
        kalau kad kredit hilang terus call hotline belakang kad, jgn tunggu esok. CIMB 03-6204 7788, Public Bank 1-800-22-5555
    """),
    ("ms", "amaran scam"): _lines("""
        AMARAN: PDRM, BNM dan LHDN tidak akan sekali-kali meminta anda memindahkan wang ke "akaun selamat".
        RM0 MAYBANK2U: Akaun anda akan dibekukan dlm 24jam. Sila kemaskini maklumat di http://mbb2u-secure-verify.cc sekarang.
        Modus "Macau scam": pemanggil menyamar sebagai kakitangan mahkamah, kemudian "menyambungkan" mangsa kepada seorang "Inspektor" yang mendakwa akaun mangsa terlibat pengubahan wang haram.
        Tawaran kerja sambilan "like & follow TikTok dapat RM150 sehari" biasanya berakhir dengan mangsa diminta deposit untuk "tugasan premium".
        Video deepfake Perdana Menteri Datuk Seri Anwar Ibrahim yang mempromosikan platform pelaburan kripto adalah PALSU, kata Kementerian Komunikasi.
        Jangan buka fail .APK yang dihantar melalui WhatsApp seperti "Jemputan Kahwin.apk" atau "Gambar Parcel.apk" — ia boleh mencuri SMS TAC anda.
        Scam parcel: "Bungkusan anda ditahan, bayar RM3.50 untuk penghantaran semula." Pos Malaysia tidak menghantar pautan pembayaran melalui SMS.
        Pinjaman tanpa dokumen, lulus 5 minit, tak semak CCRIS/CTOS? Itu tanda along online atau penipuan yuran proses.
        Pengarah JSJK Bukit Aman, Datuk Seri Ramli Mohamed Yoosuf, berkata penipuan pelaburan mencatat kerugian tertinggi berbanding modus lain tahun ini.
        Beware of fake Boost and GrabPay "claim your RM88 angpau" pages circulating on Telegram — they are phishing sites.
        Tanda akaun keldai: orang asing menawarkan RM500 untuk "sewa" akaun bank anda. Menyerahkan akaun anda kepada orang lain kini satu kesalahan jenayah.
        注意！冒充银行职员的电话会叫你 download app，千万不要 install，马上挂断然后打 997 报案。
        Contoh mesej penipu: "Hai kak, saya ejen Shopee, akak menang hadiah misteri, sila bayar cukai RM45 ke akaun kami dulu ye."
    """),
    ("ms", "tips kewangan"): _lines("""
        Peraturan 50/30/20: 50% untuk keperluan, 30% untuk kehendak, 20% untuk simpanan dan bayar hutang.
        Bayar penuh baki kad kredit setiap bulan; kalau bayar minimum 5% je, caj kewangan sehingga 18% setahun akan terus bertambah.
        Tabung kecemasan sebaik-baiknya 3 hingga 6 bulan perbelanjaan, simpan dalam akaun berasingan yang tiada kad debit.
        Peniaga pasar malam: asingkan duit modal dan duit untung setiap malam, jangan campur dengan duit dapur.
        Semak laporan CCRIS anda secara percuma melalui eCCRIS di laman web BNM sebelum memohon pinjaman perumahan.
        DSR (nisbah khidmat hutang) yang bank selesa biasanya di bawah 60–70% daripada pendapatan bersih.
        Pinjaman koperasi potongan Angkasa memang senang lulus, tapi kira kadar efektif — "kadar rata 4%" sebenarnya hampir 7.5% setahun.
        Peniaga TikTok Shop, simpan semua resit kos iklan dan penghantaran; ia boleh ditolak sebagai perbelanjaan perniagaan dalam Borang B.
        Bila gaji masuk, set auto-transfer RM200 terus ke ASB atau Tabung Haji, baru belanja yang selebihnya.
        Kad kredit bukan duit tambahan. Kalau tak mampu bayar tunai, jangan swipe.
        做小生意的，每天记账很重要，用 Excel 或者 app 都可以，不然月尾都不知道赚多少。
        Tip seller Shopee: harga jual = kos barang + komisen (lebih kurang 10–15%) + caj transaksi + kos packing, baru tambah margin.
    """),
    ("ms", "templat"): _lines("""
        Nama Penuh (seperti dalam MyKad): ______________________   No. KP: ______-__-____
        Saya, [NAMA], No. KP [NO_KP], dengan ini memberi kebenaran kepada [NAMA KOPERASI] untuk membuat potongan gaji sebanyak RM[AMAUN] sebulan.
        Kepada: Pengurus Cawangan [NAMA BANK] — Perkara: Permohonan Penstrukturan Semula Pinjaman Peribadi No. Akaun {account_no}
        Hi {{buyer_name}}, terima kasih beli di kedai kami! Order #{{order_sn}} dah dipos guna {{courier}}, tracking: {{tracking_no}} 😊
        Laporan polis: Pada [TARIKH] jam [MASA], saya telah menerima panggilan daripada nombor [NO. TELEFON] yang mendakwa dirinya pegawai [AGENSI]...
        Slip Gaji Bulan: ______ | Gaji Pokok: RM____ | Elaun: RM____ | KWSP (11%): RM____ | PERKESO: RM____ | PCB: RM____
        Format No. MyKad: YYMMDD-PB-###G — PB ialah kod negeri/negara kelahiran, dan digit terakhir ganjil bagi lelaki, genap bagi perempuan.
        Butiran Penjamin: Nama: {penjamin_nama} | Hubungan: {hubungan} | Tel: {penjamin_tel} | Majikan: {majikan}
        Dear [Customer Name], the minimum payment of RM[amount] for your credit card ending XXXX is due on [date].
        Sila isi: Nama Bank Penerima / No. Akaun Penerima / Nama Pemegang Akaun / Rujukan Pembayaran (maks. 20 aksara)
        Borang aduan: Nama*, No. KP*, Emel*, No. Tel*, Jenis Pinjaman: [ ] Kad Kredit [ ] Peribadi [ ] Kenderaan [ ] Perumahan
        Peraturan masking: paparkan No. KP sebagai ******-**-1234 dan nombor kad sebagai **** **** **** 1234 dalam semua log sistem dan tiket sokongan.
    """),
    ("ms", "jualan online dan pasar malam"): _lines("""
        Order ID: 2411197QX8K2MN | Status: Untuk Dihantar | Jumlah: RM47.90 (termasuk penghantaran RM4.90)
        Tracking SPXMY045589217733 — Parcel telah tiba di hab Shah Alam, 19/11/2024 03:42
        Kuih Mak Jah Sdn. Bhd. (No. Syarikat 202301045612) — kuih tradisional Kelantan, live TikTok setiap malam jam 9!
        Flash sale 11.11! Tudung bawal cotton RM9.90 je, beli 5 free postage Semenanjung.
        Pasar malam Taman Tun Dr Ismail buka setiap Rabu, 5 ptg hingga 11 mlm — parking susah, datang awal.
        Yuran tapak pasar malam: RM5 semalam untuk lot 10x10 kaki, bayar guna aplikasi majlis bandaraya.
        Invois INV-2024-00831 | Kepada: Butik Aishah Collection Enterprise | Jumlah: RM1,280.00 | Tempoh bayaran: 30 hari
        Seller rating 4.9 ⭐ | 12.3k terjual | Respons chat dalam 1 jam
        Sambal Nyet Berapi, jenama milik pempengaruh Khairul Aming, terjual lebih 100,000 balang dalam jualan kilat, menurut kenyataan syarikat.
        J&T Express waybill 630087215594 — Delivered, signed by: Pengawal Keselamatan
        Komisen TikTok Shop untuk kategori Fesyen Muslimah dinaikkan kepada 8.64% berkuat kuasa 1 Julai.
        Taman Connaught 夜市 每个星期三，榴莲 RM15 一粒，先到先得！
        Buyer cancel lepas barang dah pos, boleh tak seller claim balik kos postage? Ada sesiapa pernah buat?
    """),
    ("ms", "berita dan statistik"): _lines("""
        Sebanyak 35,368 kes jenayah komersial dilaporkan sepanjang 2024 dengan kerugian melebihi RM1.5 bilion, menurut statistik PDRM.
        Menurut AKPK, kira-kira 47% peserta Program Pengurusan Kredit berusia antara 30 hingga 45 tahun.
        Gabenor Bank Negara, Datuk Seri Abdul Rasheed Ghaffour, berkata sistem perbankan kekal teguh dengan nisbah modal melebihi 18%.
        Menteri Kewangan II, Datuk Seri Amir Hamzah Azizan, berkata pelaksanaan e-Invois secara berperingkat akan diteruskan mengikut jadual.
        Tun Abdul Razak memperkenalkan Dasar Ekonomi Baru pada 1971, yang kemudiannya membawa kepada penubuhan Permodalan Nasional Berhad pada 1978.
        Data Jabatan Insolvensi: 4,780 individu diisytiharkan bankrap pada 2024, kebanyakannya berpunca daripada pinjaman sewa beli kenderaan.
        Nilai transaksi e-dompet di Malaysia terus meningkat, dengan Touch 'n Go eWallet melaporkan lebih 20 juta pengguna berdaftar.
        Harga purata nasi lemak biasa di pasar malam Lembah Klang naik daripada RM2.50 kepada RM3.00 sejak 2022.
        KWSP melaporkan sebahagian besar ahli bawah umur 55 tahun mempunyai simpanan Akaun Persaraan kurang daripada RM10,000.
        Pengasas Sea Ltd, Forrest Li, berkata Shopee Malaysia kekal antara pasaran yang mencatat keuntungan dalam laporan suku tahunan syarikat.
        Bank Negara kept the OPR unchanged at 2.75% at its Monetary Policy Committee meeting, citing steady domestic demand.
        Jalan Tun Razak, Jalan Tuanku Abdul Rahman dan Jalan Sultan Ismail akan ditutup sementara untuk larian amal literasi kewangan pada pagi Ahad ini.
    """),
    ("ms", "e-dompet"): _lines("""
        Touch 'n Go eWallet: Pembayaran RM25.00 kepada SHELL BANGSAR berjaya. Ref: 20241118110012345678. 18/11/2024 08:12
        Had dompet TNG eWallet bagi akaun yang telah lengkap eKYC ialah RM20,000; akaun tanpa pengesahan dihadkan RM200.
        GrabPay: Top up minimum RM10 melalui FPX; bayaran balik ke kad akan diproses dalam 3–5 hari bekerja.
        Boost app v5.12.0 (build 2024110801) — pembaikan pepijat untuk pembayaran DuitNow QR dan paparan sejarah transaksi.
        DuitNow QR kini diterima di lebih 2 juta peniaga di seluruh negara, termasuk gerai pasar malam dan pasar tani.
        Aktifkan "Kunci Dompet" di Tetapan > Keselamatan jika telefon hilang; semua transaksi akan digantung serta-merta.
        Promo: cashback 10% untuk bayaran tol RFID, maksimum RM5 sebulan, sah 1–30 November sahaja. Tertakluk kepada T&C.
        Error code TNG-E1042: Your eKYC verification could not be completed. Please retry in a well-lit area.
        Checksum resit (SHA-256): 9f2c1e7b4a0d83e6c5b2917f4e0a6d3c8b1f5e7a2d9c4b6e0f3a8d1c7b5e2f90
        GrabPay mengenakan caj RM0.50 bagi setiap pindahan ke akaun bank selepas 3 pindahan percuma sebulan.
        Kalau baki e-wallet tak masuk lepas top-up, tunggu 24 jam dulu sebelum buat aduan dan simpan screenshot resit FPX.
        Kredit eTunai RM100 akan dimasukkan ke e-dompet pilihan bagi warganegara berumur 18 tahun ke atas yang layak.
        MyKad tidak boleh digunakan sebagai e-dompet; abaikan mesej "aktifkan dompet MyKad anda di pautan ini".
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Nama penerima: Nurul Ain binti Kamarudin, 019-225 8013, No. 23, Jalan Seri Mutiara 3/7, Taman Seri Mutiara, 81200 Johor Bahru. COD ye.
        buyer ni dah 3x reject COD. nama Haziq Iskandar, fon 017-480 2265, alamat Lot 1128 Kg Padang Jawa Klang. jgn layan dia lagi geng
        Slip Gaji Okt 2024 — MOHD FAIZAL BIN ISMAIL, No. KP 850612-10-5273, Pembantu Tadbir N19, Gaji Pokok RM2,870.45, Potongan Angkasa (koperasi) RM612.00, Gaji Bersih RM1,544.20
        Saya Rosnah binti Abu (750830-06-5322), hutang kad kredit Maybank RM23,400 dan CIMB RM8,950, dah masuk AKPK bulan lepas, bayar RM520 sebulan.
        Laporan Polis No. TMN SRI/004512/24: Pengadu Ganesan a/l Muthusamy, KP 780304-08-5617, kerugian RM48,300 selepas memindahkan wang kepada individu yang mengaku pegawai SPRM.
        JANGAN TRANSFER!! Akaun CIMB 7064229813 atas nama NOR AZLINA BT RAHIM, jual iPhone 15 murah kat FB Marketplace, dah 6 orang kena. Share!
        Sis, tolong doakan mak saya Puan Hasnah binti Yusof, baru disahkan kanser payudara tahap 3, gerai kuih dia kat Pasar Malam Seksyen 7 Shah Alam tutup dulu ye.
        Pindahan RM350.00 ke MAYBANK 1620****2195 LIM CHEE HOONG berjaya. Ruj: 884512. Untuk: duit sewa tapak Nov
        Kad Visa Platinum 4570 0475 3478 5632, exp 08/27, atas nama TAN SIEW LING — tolong block, saya rasa dah kena skim kat stesen minyak.
        Encik Roslan bin Hamid, pemilik Perodua Myvi putih WVB 8821, kenderaan ditarik pada 14/11 kerana tunggakan 4 bulan berjumlah RM2,316.
        Notis Kebankrapan: Abdul Hadi bin Sulaiman, No. KP 710219-02-5517, No. 7, Lorong Mawar 2, Taman Mawar, 05400 Alor Setar, Kedah, diisytiharkan bankrap pada 3 Oktober 2024.
        KWSP Penyata Ahli 2024: CHONG MEI LING, No. Ahli 18734562, Akaun Persaraan RM45,322.18, Akaun Sejahtera RM16,004.55, Akaun Fleksibel RM2,110.90
        TNG eWallet saya (011-2894 6630) kena hack malam tadi, RM1,250 lesap. Nama akaun Aisyah Humaira binti Zainal. Tolong saya 😭
        Penjamin pinjaman koperasi: Shamsul Bahrin bin Othman, abang ipar, tel 013-602 7719, juruteknik TNB Kuala Terengganu, gaji RM4,100.
        Dayang Nurfarhana binti Awang Ismail, 030722-13-0418, pelajar UiTM Samarahan, disyaki jadi akaun keldai selepas "sewakan" akaun BSN kepada kawan FB dengan bayaran RM300.
        Abang saya Justin Gimbang (960214-12-5481) dah 2 bulan tak bayar ansuran along RM3,000, diorang dah tampal notis kat rumah kami di Taman Foh Sang, Kota Kinabalu.
        Pinjaman peribadi saya reject sebab CCRIS — nama Muhammad Aiman bin Razali, IC 010505-01-1129, ada tunggakan PTPTN RM14,800. Ada cara tak?
        Pembeli TikTok Shop: Siti Khadijah Mohd Ali, siti.khadijah.ma88@gmail.com, 012-738 4491 — minta refund tapi barang dah guna, video unboxing takde.
        Encik Kumar a/l Velu, No. 14, Jalan Sentosa 5, Taman Sentosa, 41200 Klang — tunggakan sewa tapak pasar malam 6 bulan, RM540, tel 016-331 9087.
        Akaun penerima: Public Bank 4418273092 — MOHD ZAKI BIN HASSAN. Ni untuk deposit rumah sewa kat Bandar Baru Bangi, RM1,800 ye bang.
        Suami saya Azlan bin Kassim, operator kilang di Senai, gaji RM2,400; hutang kereta RM680, koperasi RM450, kad kredit RM9,000 — dia layak masuk AKPK tak?
        Penyata PTPTN: Nurul Syafiqah binti Ramli, No. KP 980726-11-5602, No. Akaun Pinjaman 2019087734, baki RM21,488.30 setakat 30/09/2024.
        Ibu tunggal Sharifah Nor Aini binti Syed Ahmad, 41, dari Kampung Baru Subang, kerugian RM63,000 dalam skim pelaburan emas palsu, menurut anaknya.
        e-Filing: Kavitha a/p Raman, No. Cukai IG21348890060, tuntut pelepasan perawatan ibu bapa RM8,000 — ibu menjalani dialisis di Hospital Seberang Jaya.
        Lapor: Saya Chandran a/l Suppiah, tel 014-965 2201, tertipu beli tiket konsert di Carousell, bayar RM760 ke akaun Maybank 158022334097.
        Pelanggan: NURUL A** BINTI KAMAR****, KP 920317-03-****, Taman Guru, Kota Bharu — tunggakan pinjaman koperasi RM6,300, status: serah kepada peguam.
        Penama KWSP bagi pencarum Ahmad Fauzi bin Daud (640918-04-5237): Ahmad Fikri bin Ahmad Fauzi (anak) 45%, Nur Iman binti Ahmad Fauzi (anak) 55%.
        Pemilik gerai burger di Pasar Malam Bandar Tasik Selatan, Izzat Shahrin bin Mokhtar, 27, ditahan polis bersama wang tunai RM14,000 dipercayai hasil judi dalam talian.
        Ini no akaun Bank Rakyat saya 110329814415, nama Zurina binti Mat Saad, untuk bayar tempahan 50 bekas rendang ye kak.
        IC depan belakang dah upload: 880921-14-6044, Ooi Pei Shan, No. 8, Jalan SS 2/55, 47300 Petaling Jaya. Lepas ni apa lagi untuk eKYC?
        Saya Mohd Hafizuddin bin Jaafar, rider GrabFood, motor plate PKM 4417 kena tarik sebab 3 bulan tak bayar, gaji bulan ni cuma RM1,620.
        Boleh emel slip gaji ke farah.izzati.kamal@yahoo.com? Saya Farah Izzati binti Kamal, staf jualan Mydin Seremban, nak mohon pinjaman koperasi.
        Kepada AKPK: Saya Wong Kah Meng, IC 830415-08-5719, pemegang kad kredit Mastercard 5499 3865 9796 5706 (baki RM31,240), mohon penstrukturan semula.
        IC adik saya 050911-10-0733, nama Luqman Hakim bin Zulkifli, tolong daftarkan eTunai untuk dia ye.
        Pinjaman Bank Rakyat Cikgu Yusof bin Mamat, SK Kuala Besut: RM80,000, tempoh 10 tahun, ansuran RM918 sebulan melalui potongan Biro Angkasa.
        Kak Normah binti Saad yang jual nasi kerabu depan Masjid Muhammadi Kota Bharu tu rupanya dah diisytihar bankrap tahun lepas, patutlah tak boleh pergi umrah.
        Boost ID 011-6204 7715, pemilik Muhd Syahmi bin Rozali, pindah RM500 pada 12/11/2024 ke "dompet pelaburan" — mangsa scam pelaburan, laporan dibuat di IPD Sentul.
        Pesara JKR Ramasamy a/l Periasamy, 67, dari Ipoh, mengalami demensia awal dan telah menyerahkan kad ATM BSN serta PIN kepada seorang "pegawai bank", kata anaknya.
        Rujukan PPK AKPK DMP-2024-118734: Siti Rohaya binti Ismail, bayaran RM410 sebulan selama 84 bulan, bermula Januari 2025.
        Alamat pulangan: Hidayah binti Omar, Blok C-12-07, Pangsapuri Seri Pinang, Jalan PJU 10/4, 47830 Petaling Jaya. Hp 012-551 3087
        Abah saya Hj. Mokhtar bin Salleh, 70, kena tipu RM230,000 duit KWSP yang dia keluarkan masa umur 60, kes dah buka di IPD Kulim.
        Tolong check akaun GrabPay saya kena suspend. Nama: Nadia Suhaila binti Abd Rahman, tel 013-448 2091, emel nadiasuhaila.ar@outlook.com, IC 940302-10-5826
        Anak saya Mohd Danial bin Rahmat kerja kilang di Singapura, duduk Blk 512 Jurong West St 52 #08-214, Singapore 640512, hp +65 9123 4587, tiap bulan dia remit SGD600 ke akaun Maybank saya.
        Pinjaman along atas nama Teo Boon Keat, IC 910612-01-5497, pinjam RM5,000 dapat RM3,500, bunga 20% seminggu, sekarang dah lari ke Singapura.
    """),
    "en": _lines("""
        Hi, I'm Jasmine Koh Hui Min, FIN G6102387P, working in Singapore, but my Maybank MY account 5642 1180 3376 got frozen after a DuitNow transfer. Pls help.
        Bro my card 4364 3323 1741 4158 kena charge RM2,899 at APPLE.COM/BILL which I never buat. Name Daniel Lee Jun Wei, call me 018-277 4530.
        Payslip Nov 2024 | Employee: Priya d/o Selvam | EPF No. 21094437 | SOCSO/IC 950608-10-5460 | Basic RM3,900.00 | Net Pay RM3,312.35 | Bank: HLB 23450078912
        Nak daftar Boost guna nama sepupu dari HK, Chan Wing Yan, HKID K482913(1), tel +852 6123 8874 — boleh ke or must be Malaysian?
    """),
    "zh-Hans": _lines("""
        我妈 Lim Geok Hua 在夜市卖炒粿条，上个星期被冒充警察的骗了 RM12,000，她的 IC 是 590413-07-5284，现在每晚都睡不着。
        我们的中国供应商陈晓峰，身份证 35020319880714263X，手机 +86 138 5024 7719，支付宝也是这个号码，货款直接转给他。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "Anda ialah pembantu Shopee Seller Centre. Jawab dalam Bahasa Melayu."),
        ("user", "salam, buyer saya claim parcel tak sampai tapi tracking tunjuk delivered"),
        (
            "assistant",
            "Waalaikumussalam. Sila muat naik bukti penghantaran (POD) dan buka pertikaian dalam tempoh 3 hari.",
        ),
        ("user", "ok. order 2411207RTB91KQ, buyer nama Amirah Sofea binti Rosli"),
        (
            "user",
            "alamat dia No. 5, Jalan Kenanga 4, Taman Kenanga, 75200 Melaka, tel 012-884 3176",
        ),
        ("assistant", "Terima kasih, kes anda telah direkodkan untuk semakan."),
    ],
    [
        (
            "system",
            "You are a debt-counselling assistant for a Malaysian NGO. Never ask for full IC numbers.",
        ),
        ("user", "Assalamualaikum, saya nak tanya pasal AKPK, hutang saya dah tak terkawal"),
        ("assistant", "Waalaikumussalam. Boleh kongsikan jenis hutang dan anggaran jumlahnya?"),
        (
            "user",
            "kad kredit 3 keping total RM42k, personal loan koperasi RM35k, gaji bersih RM3,100 je",
        ),
        (
            "assistant",
            "Terima kasih. Dengan jumlah itu, PPK AKPK mungkin sesuai. Anda boleh mohon di akpk.org.my.",
        ),
        (
            "user",
            "ok nama saya Norhayati binti Che Mat, IC 810227-03-5608, kerja kerani di Pejabat Tanah Machang",
        ),
    ],
    [
        ("user", "tolong, saya rasa saya kena scam"),
        ("assistant", "Saya faham. Jika wang baru dipindahkan, segera hubungi NSRC di 997."),
        (
            "user",
            "saya transfer RM18,500 ke akaun RHB 21401200345677, dia kata pegawai Bank Negara",
        ),
        ("assistant", "Sila hubungi 997 sekarang dan buat laporan polis di balai berhampiran."),
        (
            "user",
            "dah call. untuk laporan polis nanti: nama saya Lee Mei Fong, 56 tahun, pesara guru, tinggal Taman Sri Andalas Klang, hp 016-772 0391",
        ),
    ],
    [
        (
            "user",
            "TNG eWallet saya tiba2 logout dan ada transaksi RM980 ke Shopee yg saya tak buat",
        ),
        (
            "assistant",
            "Sila hubungi Careline 03-5022 3888 dan aktifkan Kunci Dompet dengan segera.",
        ),
        ("user", "dah try tapi lama sgt tunggu"),
        ("user", "akaun berdaftar bawah no 019-653 2280"),
        ("user", "nama Muhammad Irfan bin Azhar"),
        ("assistant", "Baik. Simpan tangkap layar transaksi sebagai bukti untuk aduan."),
    ],
    [
        ("user", "Macam mana nak isi Borang B kalau saya jual kek kat TikTok Shop?"),
        (
            "assistant",
            "Pendapatan perniagaan diisytiharkan dalam Borang B. Tolak kos seperti bahan, pembungkusan dan iklan.",
        ),
        (
            "user",
            "Jualan saya tahun lepas RM86,400, kos bahan RM41,000, iklan RM7,200. No cukai IG20887415030, nama Suraya binti Hamzah",
        ),
        (
            "assistant",
            "Jika angka itu betul, pendapatan berkanun perniagaan anggaran ialah RM38,200.",
        ),
    ],
    [
        ("system", "Pembantu maya Koperasi Serba Guna. Jangan beri nasihat undang-undang."),
        ("user", "saya nak apply pinjaman RM30k, apa dokumen perlu?"),
        (
            "assistant",
            "Salinan MyKad, 3 bulan slip gaji terkini, penyata bank dan borang potongan Angkasa.",
        ),
        ("user", "ni details slip gaji saya bulan Oktober"),
        (
            "user",
            "Nama: Khairul Anuar bin Md Noor | KP 870509-06-5131 | Jawatan: Pembantu Perawatan Kesihatan U11, Hospital Tengku Ampuan Afzan | Gaji Pokok RM2,655.00 | Bersih RM1,892.40",
        ),
        ("assistant", "Terima kasih, permohonan anda akan disemak dalam 5 hari bekerja."),
    ],
    [
        ("user", "我妈妈在 pasar malam Taman Connaught 卖卤面，想申请 TEKUN 小贷款"),
        ("assistant", "可以的，TEKUN 提供给小商家的融资，需要 MyKad 和生意证明。"),
        ("user", "她叫 Yap Ah Moi，IC 640305-10-5486，电话 012-301 7745"),
        ("user", "去年她中风过一次，左手不太方便，会不会影响批准？"),
        ("assistant", "一般来说以还款能力为主，建议带上收入记录到分行询问。"),
    ],
    [
        ("user", "Hi, I want to dispute a transaction on my credit card"),
        ("assistant", "Sure. Please share the transaction date, amount and merchant name."),
        ("user", "18 Nov, RM1,450, merchant 'LZD*GLOBALTECH'. card starts 4916 4533"),
        ("user", "ends 3147 8939, cardholder Ahmad Razif bin Abdullah"),
        (
            "assistant",
            "Thank you. For security, please avoid sharing full card numbers here; call the number on the back of your card.",
        ),
    ],
    [
        ("user", "Boleh keluarkan duit KWSP sebab sakit?"),
        (
            "assistant",
            "Ya, Pengeluaran Kesihatan dibenarkan bagi penyakit kritikal yang disenaraikan, dengan laporan perubatan.",
        ),
        (
            "user",
            "Suami saya Rahimi bin Yaakob, no ahli KWSP 20417733, baru disahkan penyakit buah pinggang tahap akhir, kena dialisis 3 kali seminggu di Hospital Sultanah Bahiyah",
        ),
        (
            "assistant",
            "Maaf mendengarnya. Sila bawa laporan perubatan ke kaunter KWSP berhampiran.",
        ),
    ],
    [
        ("user", "along dah datang rumah, simbah cat merah kat pagar. apa saya nak buat?"),
        ("assistant", "Buat laporan polis segera. Ugutan dan khianat adalah kesalahan jenayah."),
        (
            "user",
            "takut nanti dia datang lagi. rumah saya No. 31, Jalan Melati 6, Taman Melati Indah, 34000 Taiping",
        ),
        ("user", "nama saya Suresh a/l Krishnan, pinjam RM4,000 je tapi dah bayar RM9,000"),
        ("assistant", "Sila hubungi balai polis terdekat atau 999 jika dalam bahaya."),
    ],
]
