# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms67: Bahasa Melayu hutang, AKPK dan kebankrapan. All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms67
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "ceramah kewangan"): _lines("""
        Slaid 3: Peraturan 50/30/20 — 50% untuk keperluan, 30% untuk kehendak, 20% untuk simpanan dan bayaran hutang tambahan.
        Sebelum ambil pinjaman peribadi, kira dulu nisbah khidmat hutang (DSR) anda; kalau dah melebihi 60% daripada gaji bersih, tolong berhenti dulu.
        Ceramah "Urus Duit, Jangan Duit Urus Kita" anjuran AKPK dengan kerjasama Masjid Al-Ikhlas akan diadakan selepas solat Isyak, masuk percuma.
        Kaedah bola salji (snowball): lunaskan hutang paling kecil dahulu untuk dapat momentum, kemudian gandakan bayaran ke hutang seterusnya.
        Kaedah runtuhan salji (avalanche) pula fokus pada hutang dengan kadar faedah tertinggi — biasanya kad kredit pada 15% hingga 18% setahun.
        Ingat, bayaran minimum kad kredit hanya 5% daripada baki tertunggak; kalau bayar minimum sahaja, hutang RM10,000 boleh ambil lebih 10 tahun untuk habis.
        Dalam novel David Copperfield, Mr. Micawber berkata pendapatan dua puluh paun dan belanja sembilan belas paun membawa kebahagiaan, belanja dua puluh paun enam peni membawa kesengsaraan.
        Bapa Charles Dickens sendiri pernah dipenjarakan di Marshalsea kerana hutang pada tahun 1824, pengalaman yang banyak mempengaruhi tulisannya.
        Dana kecemasan sekurang-kurangnya tiga hingga enam bulan perbelanjaan wajib — simpan dalam akaun berasingan yang tidak ada kad debit.
        Soalan peserta: "Kalau saya masuk DMP, boleh tak saya masih guna kad kredit?" Jawapan penceramah: tidak, semua kad kredit akan dibatalkan semasa program.
        Modul POWER! AKPK wajib bagi penjawat awam yang memohon pembiayaan perumahan kerajaan buat kali pertama.
        Tip minggu ini: senaraikan semua komitmen bulanan dalam satu jadual — pemiutang, baki, kadar faedah, bayaran bulanan, tarikh akhir.
        Jangan sesekali pinjam daripada Ah Long untuk bayar hutang bank; faedah 20% seminggu akan menjadikan masalah anda sepuluh kali ganda.
        Beli Sekarang Bayar Kemudian (BNPL) pun hutang juga — tiga ansuran "0%" boleh bertukar jadi caj lewat bayar kalau tak pantau.
    """),
    ("ms", "templat surat tuntutan"): _lines("""
        NOTIS TUNTUTAN | Kepada: [NAMA PENGHUTANG] | No. K/P: [__________] | Alamat: [ALAMAT SURAT-MENYURAT]
        Tuan/Puan, kami diarahkan oleh anak guam kami untuk menuntut daripada tuan/puan jumlah tertunggak sebanyak RM[jumlah] berserta faedah pada kadar 5% setahun.
        Sila jelaskan jumlah tersebut dalam tempoh empat belas (14) hari dari tarikh surat ini, jika gagal kami akan memulakan tindakan undang-undang tanpa notis lanjut.
        Surat ini adalah tanpa prejudis kepada hak-hak anak guam kami yang lain dan kos surat ini sebanyak RM100.00 hendaklah ditanggung oleh pihak tuan/puan.
        PERINGATAN AKHIR: Akaun pembiayaan peribadi anda No. {{account_no}} telah tertunggak {{bulan}} bulan. Jumlah tunggakan: RM{{amount}}.
        Sekiranya bayaran telah dibuat, sila abaikan notis ini dan kemukakan salinan resit kepada Jabatan Kutipan kami.
        Templat SMS: "Pelanggan yang dihormati, bayaran ansuran bulan ini belum diterima. Sila bayar sebelum <TARIKH> untuk elak caj lewat. Abaikan jika telah bayar."
        Surat Tuntutan Pertama (LOD1) dihantar 30 hari selepas tunggakan; LOD2 selepas 60 hari; rujukan kepada peguam selepas 90 hari.
        "Kami difahamkan bahawa tuan/puan merupakan penjamin kepada kemudahan tersebut dan oleh itu bertanggungjawab secara bersesama dan berasingan."
        Dengan hormatnya perkara di atas adalah dirujuk. | Bertarikh: ____ / ____ / 20____ | Tandatangan: ____________
        Notis Kebankrapan hendaklah diserahkan secara kendiri kepada penghutang; jika gagal, pemiutang boleh memohon kebenaran mahkamah untuk penyampaian ganti.
        Format tajuk surat: "TUNTUTAN TUNGGAKAN SEWA BELI KENDERAAN NO. PENDAFTARAN [          ]"
        Ruang balasan: Saya, ____________ (No. K/P: ____________), bersetuju membayar secara ansuran sebanyak RM______ sebulan mulai ____________.
        Surat ini dijana oleh komputer dan tidak memerlukan tandatangan.
    """),
    ("ms", "soalan lazim AKPK"): _lines("""
        S: Adakah perkhidmatan AKPK dikenakan bayaran? J: Tidak, khidmat nasihat, kaunseling dan Program Pengurusan Hutang (DMP) adalah percuma.
        S: Hutang apa yang layak untuk DMP? J: Pinjaman dengan institusi kewangan yang dikawal selia Bank Negara Malaysia, seperti kad kredit, pinjaman peribadi, sewa beli dan pinjaman perumahan.
        S: Adakah hutang dengan koperasi tidak berdaftar atau Ah Long boleh dimasukkan? J: Tidak, hanya pinjaman daripada bank dan institusi kewangan peserta.
        S: Berapa lama tempoh DMP? J: Bergantung kepada jumlah hutang dan kemampuan bayaran bulanan, biasanya sehingga 10 tahun bagi hutang tidak bercagar.
        S: Adakah nama saya akan disenarai hitam? J: Penyertaan DMP dipaparkan dalam CCRIS, tetapi AKPK tidak menyenaraihitamkan sesiapa.
        Dokumen diperlukan: salinan MyKad, slip gaji tiga bulan terkini, penyata bank, penyata pinjaman/kad kredit terkini dan bil utiliti.
        Hubungi Pusat Khidmat Pelanggan AKPK di 1-800-22-2575 (Isnin hingga Jumaat, 9.00 pagi - 5.00 petang) atau layari www.akpk.org.my.
        Selepas tamat DMP, AKPK akan mengeluarkan Surat Penyelesaian dan bank akan mengemas kini status dalam CCRIS.
        S: Bolehkah saya keluar dari DMP lebih awal? J: Boleh, tetapi bank berhak mengembalikan kadar faedah dan caj asal.
        S: Saya sudah diisytiharkan bankrap, boleh ikut DMP? J: Tidak, individu bankrap tidak layak; sila rujuk Jabatan Insolvensi Malaysia.
        Aduan mengenai amalan kutipan hutang yang tidak beretika boleh dibuat kepada BNMTELELINK di 1-300-88-5465 atau melalui portal BNMLINK.
        Apakah beza AKPK dengan syarikat "debt consolidation" swasta yang beriklan di Facebook? AKPK ialah agensi yang ditubuhkan oleh Bank Negara Malaysia pada 2006 dan tidak mengenakan yuran.
        Kaunseling boleh dibuat secara bersemuka di cawangan, melalui telefon atau dalam talian menerusi portal POWER! dan aplikasi AKPK.
        S: Adakah AKPK akan menghubungi majikan saya? J: Tidak, kecuali anda memilih potongan gaji sebagai kaedah bayaran.
    """),
    ("ms", "notis awam dan berita"): _lines("""
        Akta Insolvensi (Pindaan) 2023 menaikkan had minimum hutang untuk petisyen kebankrapan daripada RM50,000 kepada RM100,000.
        Menteri di Jabatan Perdana Menteri (Undang-Undang dan Reformasi Institusi), Datuk Seri Azalina Othman Said, membentangkan pindaan itu di Dewan Rakyat.
        Di bawah pendekatan peluang kedua, bankrap yang mematuhi syarat boleh dipertimbangkan untuk pelepasan tanpa perlu menunggu bantahan pemiutang diselesaikan satu persatu.
        Statistik: majoriti kes kebankrapan baharu melibatkan individu berumur 35 hingga 44 tahun, dengan punca utama pinjaman sewa beli kenderaan dan pinjaman peribadi.
        Jabatan Insolvensi Malaysia mengingatkan orang ramai supaya menyemak status kebankrapan melalui saluran rasmi, bukan ejen pihak ketiga yang mengenakan bayaran.
        Bank Negara Malaysia menerbitkan garis panduan amalan kutipan hutang yang adil, termasuk larangan mengancam, memalukan atau menghubungi jiran dan rakan sekerja penghutang.
        Kenyataan media: AKPK melancarkan kempen "Bijak Wang" di 50 buah IPT bagi meningkatkan literasi kewangan dalam kalangan graduan baharu.
        Menurut tinjauan literasi kewangan, lebih separuh pekerja mengaku sukar mengumpul RM1,000 untuk kecemasan tanpa meminjam.
        Mahkamah Tinggi Shah Alam beroperasi seperti biasa; petisyen kebankrapan boleh difailkan melalui sistem e-Filing.
        Amaran: sindiket menyamar sebagai pegawai Jabatan Insolvensi menelefon mangsa dan mendakwa mereka akan diisytiharkan bankrap jika tidak membuat bayaran segera. Jabatan tidak pernah meminta bayaran melalui telefon.
        Gabenor Bank Negara Malaysia, Datuk Seri Abdul Rasheed Ghaffour, menekankan perlindungan pengguna kewangan dalam ucapan perasmian Minggu Kewangan Pengguna.
        Seksyen 5 Akta Insolvensi 2017 menyenaraikan syarat pemiutang boleh memfailkan petisyen, termasuk jumlah hutang minimum dan perbuatan kebankrapan oleh penghutang.
        Penjamin sosial tidak lagi boleh dikenakan tindakan kebankrapan di bawah Akta Insolvensi 2017.
        Jadual ceramah kewangan Disember: 6/12 Dewan Orang Ramai Seksyen 7 Shah Alam, 13/12 Masjid Negeri Kuantan, 20/12 Dewan Sri Pinang.
    """),
    ("mixed", "forum dan group chat"): _lines("""
        guys, kalau dapat call dari "Bank Negara" kata akaun korang frozen sebab hutang, itu scam ok, jangan bagi OTP.
        Bro, AKPK ni memang free ke? Aku takut kena charge macam company consolidate hutang yang iklan kat TikTok tu.
        Sharing: lepas masuk DMP tiga tahun, CCRIS aku memang tunjuk AKPK tapi at least tak ada lagi call collector setiap hari.
        Collector boleh datang rumah ke? Setahu aku boleh, tapi dia tak boleh ugut atau buat kecoh depan jiran, itu dah langgar garis panduan BNM.
        Siapa ada pengalaman buat surat rayuan kurangkan ansuran car loan? Share template sikit, nama letak XXX pun takpe.
        Tak payah panik sangat dapat LOD, baca betul-betul, check amount, then call bank nego. Jangan ignore je.
        Btw CTOS score bawah 600 biasanya susah nak approve housing loan, so settle dulu kad kredit before apply.
        Anyone tahu Jabatan Insolvensi cawangan Shah Alam buka Sabtu tak? Nak tanya pasal semakan status.
        Admin note: group ni untuk sharing tips hutang sahaja, please jangan post IC, nombor akaun atau nombor telefon sesiapa.
        Eh bahaya la Ah Long ni, dorang siram cat merah rumah orang. Better report polis terus.
        Wah dah dua tahun PTPTN tak bayar? Takpe, boleh mohon penstrukturan semula, diskaun pun ada kalau bayar lump sum.
        Collector call masa waktu kerja, boss tanya siapa — memang memalukan. Kau boleh minta dorang contact by email je.
        Lesson learned: jangan jadi penjamin untuk sesiapa, even adik-beradik sendiri.
        Nak tanya, kalau bankrap boleh keluar negara tak? Kena minta kebenaran Ketua Pengarah Insolvensi dulu kan?
    """),
    ("en", "collection agency SOP"): _lines("""
        Agents must identify themselves, the agency and the creditor they act for at the start of every call.
        Calls are not to be made before 8.00 am or after 8.00 pm, and never on public holidays unless the customer has agreed in writing.
        Never disclose the debt to any third party, including family members, neighbours or colleagues, except a verified authorised representative.
        Escalation matrix: 1-30 DPD soft reminder (SMS/IVR); 31-60 DPD agent call; 61-90 DPD field visit; 90+ DPD legal referral.
        If the customer states they are under an AKPK Debt Management Programme, stop all collection activity and flag the account as DMP within 24 hours.
        Field visit reports must record date, time, outcome code and a photo of the premises only, never photos of the customer or family members.
        Outcome codes: PTP (promise to pay), RTP (refuse to pay), NC (no contact), WN (wrong number), DEC (deceased - refer to estate team).
        Scripts must not use words such as "police", "jail" or "blacklist" to pressure a customer.
        Training reminder: a bankruptcy search result must be confirmed through the MdI official e-search before an account is marked as bankrupt.
        QA sampling: 5% of recorded calls per agent per month are scored against the Fair Debt Collection checklist.
        All call recordings are retained for seven years and access is restricted to QA, Compliance and Legal.
        Hardship programme eligibility: loss of employment, critical illness, death of the main income earner, or a natural disaster affecting the household.
    """),
    ("ms", "rujukan dan resit"): _lines("""
        No. Rujukan AKPK: DMP-2025-0418832 | Status permohonan: Dalam semakan
        Resit Pembayaran No. RCP-20251103-00927 | Jumlah: RM450.00 | Kaedah: FPX
        No. Kes Mahkamah: BA-29NCC-1184-07/2025 | Jenis: Petisyen Pemiutang | Tarikh sebutan: 14/01/2026
        Invois INV/2025/11/00318 — Yuran guaman penyediaan surat tuntutan, RM318.00 termasuk SST 8%.
        Kod produk BNPL-3X-0APR; versi terma dan syarat v2.4 berkuat kuasa 01/09/2025.
        Poskod 40000 Shah Alam, 50450 Kuala Lumpur, 10200 Pulau Pinang — cawangan AKPK yang dibuka hari Sabtu.
        Tiket aduan BNMLINK No. 2025-11-0073419 telah ditutup; jawapan telah dihantar melalui portal.
        Nombor Polisi Takaful Pelindung Pembiayaan: TPP-0045-778210 | Status: Berkuat kuasa
        Kadar faedah efektif: 14.95% setahun; caj lewat bayar: 1% setahun atas ansuran tertunggak.
        Jadual pembayaran DMP: 120 bulan | Bayaran bulanan RM612.40 | Tarikh potongan: 25 hb setiap bulan
        Buku "Panduan Bebas Hutang Untuk Keluarga Malaysia", ISBN 978-967-2345-18-3, cetakan ketiga 2025.
        Nombor pengesanan Pos Laju EP509174237MY — surat tuntutan berdaftar telah dihantar dan menunggu penghantaran.
        Kenderaan untuk lelongan: Perodua Myvi 1.5 AV, Proton X70 1.8 TGDI, Honda City 1.5 V — tawaran di Pusat Lelong Glenmarie.
    """),
    ("mixed", "kod dan konfigurasi"): _lines("""
        SELECT account_no, dpd, outstanding FROM collections WHERE dpd > 90 AND dmp_flag = 0;
        config: {"sms_window": "08:00-20:00", "max_calls_per_day": 3, "skip_if_dmp": true}
        if customer.status == "BANKRUPT": route_to("legal_insolvency_team")  # jangan hantar SMS kutipan
        MYKAD_PATTERN = "^[0-9]{6}-[0-9]{2}-[0-9]{4}$"  # semak format sahaja, bukan kesahihan
        cron: 0 9 * * 1-5 /opt/collect/bin/send_reminders --template=LOD1 --dry-run
        2025-11-04T09:12:44Z INFO batch=CLX-7781 sent=1204 failed=17 reason=invalid_msisdn
        def dsr(commitments, net_income): return round(sum(commitments) / net_income * 100, 1)
        ALTER TABLE debtors ADD COLUMN akpk_ref VARCHAR(20) NULL;
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        NOTIS TUNTUTAN | Kepada: ENCIK MOHD FAIZAL BIN ABDUL RAHMAN | No. K/P: 850314-10-5527 | No. 27, Jalan Kenari 3/2, Taman Bukit Indah, 81200 Johor Bahru, Johor | Tunggakan: RM18,742.50
        Puan Noraini binti Ismail (No. K/P 790622-01-6188) telah bersetuju dengan pelan pembayaran semula DMP sebanyak RM530 sebulan selama 84 bulan.
        Catatan panggilan 03/11: Hubungi En. Rajesh a/l Subramaniam di 012-738 4419, janji bayar RM300 pada 10/11, isteri beritahu dia baru berhenti kerja.
        Borang Permohonan DMP | Nama: TAN MEI LING | No. MyKad: 880117-08-6034 | Majikan: Klinik Pergigian Senyum Sdn Bhd | Gaji bersih: RM3,850 | Jumlah hutang: RM61,200
        Notis Kebankrapan BA-29NCC-562-03/2025: Kepada NIK AZMAN BIN NIK MAT (No. K/P: 671209-03-5121), beralamat di Lot 1123, Kampung Pulau Melaka, 15400 Kota Bharu, Kelantan.
        Kak Ton, sila masukkan duit ansuran ke akaun Maybank 1640 2258 3917 atas nama Siti Zaleha binti Omar sebelum Jumaat.
        Lampiran Penyata Hal Ehwal: Penghutang Jenny anak Jimbun, 950430-13-5946, tanggungan 3 orang anak, pendapatan RM2,100 sebulan sebagai pembantu tadbir.
        Pemungut hutang telah menelefon majikan Encik Hafiz bin Yusof di Pejabat Tanah Daerah Kuala Selangor dan mendedahkan tunggakan kad kreditnya kepada penyelia beliau.
        Senarai Hadir Ceramah Kewangan 22/11 | 1. Roslan bin Kassim 019-225 0663 | 2. Ong Siew Peng 016-481 2270 | 3. Kavitha a/p Ramasamy 013-905 1184
        Saya, MUHAMMAD AMIRUL BIN ZAINAL (No. K/P: 920805-14-5233), dengan ini mengaku berhutang kepada Pemiutang sebanyak RM7,600 dan bersetuju membayar RM400 sebulan.
        Laporan lawatan lapangan: No. 8, Lorong Cempaka 5, Taman Sri Cempaka, 34000 Taiping, Perak — rumah berkunci, jiran kata Pn. Rohana Mat Isa sekeluarga pindah ke Ipoh bulan lepas sebab hutang.
        Kepada Ketua Pengarah Insolvensi: Saya Chong Kok Leong, bankrap sejak 2019, memohon kebenaran ke Singapura untuk bekerja; No. Pasport A38472651.
        Rekod CCRIS ringkas — Nama: SARAVANAN A/L MUNIANDY | IC: 830911075389 | Kad Kredit: tunggakan 4 bulan | Pinjaman Peribadi: tunggakan 2 bulan
        Aduan ke BNM: Ejen kutipan datang ke rumah saya di No. 15, Jalan SS 2/64, 47300 Petaling Jaya dan menjerit di depan anak-anak saya. — Ahmad Nizam bin Rosli, 017-662 3408
        Pak Mat kedai runcit Kampung Sungai Udang tu dah tiga bulan tak bayar hutang beras dengan pemborong, sampai lori tak nak hantar barang lagi.
        Penjamin: Encik Wong Kah Fai, No. K/P 760508-12-5413, akan dihubungi sekiranya penghutang utama gagal membuat bayaran bulan Disember.
        Salam Puan Azlina binti Hashim, ini Faridah dari unit kutipan. Ansuran kereta Myvi VEB 4821 puan dah tertunggak 3 bulan, mohon hubungi saya segera.
        Penerima kaunseling: Ramlah binti Che Din, 61 tahun, pesara guru, hutang kad kredit anak lelakinya yang didaftarkan atas namanya berjumlah RM23,000.
        Pemindahan: RM250.00 ke akaun Public Bank 3186 0427 15 (LIM SOO KIM) — Rujukan: bayar ansuran Nov
        Salinan penyata bank dilampirkan: CIMB 7063 4482 19, atas nama Nurul Huda binti Kamaruddin, baki akhir RM12.37.
        Minit mesyuarat kes 14/11: Encik Daniel Pereira (K/P 790112-04-5171) dari Ujong Pasir, Melaka — cadangan tawaran penyelesaian 60% daripada baki, bayar sekali gus sebelum 31/12.
        Assalamualaikum abang Zul, saya Kamal Ariffin (011-2873 4051) yang pinjam RM3,000 tu, minggu ni gaji belum masuk, boleh tangguh sampai 7hb?
        Notis lelongan: rumah teres milik Suhaimi bin Ahmad Tajuddin di No. 42, Jalan Merbau 7, Bandar Baru Bangi, 43650 Selangor akan dilelong pada 18/02/2026, harga rizab RM380,000.
        Kes no. 4 dalam ceramah hari ni (dengan izin peserta): Encik Lokman bin Harun, juruteknik kilang di Shah Alam, 38 tahun, ada enam kad kredit dan hutang RM94,000.
        Maklumat Pemohon: NAMA: A. SELVAM | NO. TEL: 014-338 2907 | E-MEL: selvam.a78@gmail.com | HUTANG: RM41,500 (kad kredit x3)
        Penghutang Fatimah binti Yaakub (810330-11-5252) telah diisytiharkan bankrap oleh Mahkamah Tinggi Kuala Terengganu pada 12 Mac 2024.
        Encik, anak Encik, Jason Lau Chee Hoong, dah pinjam dengan kami RM5k, kalau dia tak bayar minggu ni, kami datang rumah Encik kat Taman Melawati.
        Pengesahan potongan gaji AKPK untuk Cikgu Norhayati binti Salleh, SK Seri Gombak 2, sebanyak RM615 sebulan mulai Januari 2026.
        Memo dalaman: akaun pelanggan Lim Boon Hock, kad 4571 4038 1300 3057, telah dibekukan kerana tunggakan melebihi 90 hari.
    """),
    "en": _lines("""
        Dear Mr. Harvinder Singh s/o Balwant Singh, our records show your personal loan account remains in arrears of RM9,420.15 despite our reminders dated 2 and 16 October.
        Call log 11/11 14:32 — spoke to debtor Ms Priya d/o Rajan, 019-447 2813, RTP, says she is disputing the balance with the bank.
        Customer profile: Marcus de Silva, DOB 21/03/1987, NRIC (SG) S8734521A, employed in Singapore, outstanding Malaysian credit card balance RM27,300.
        Please update address for Chua Li Ting: Blk 412 Jurong West St 42, #08-117, Singapore 640412; she relocated after losing her job in Penang.
        Settlement letter issued to Mr Hairul Anuar bin Jaafar, IC 870704-02-5097: full and final settlement of RM4,000 accepted for his credit card balance.
        Hardship application | Applicant: Kevin Ng Wei Jie | Reason: diagnosed with stage 3 colon cancer, on unpaid leave | Requested: 6-month moratorium on housing loan
        Email from nora.kamal88@yahoo.com: "I already paid RM600 via JomPAY on 5 Nov, why is your agent still calling my mother?"
        Field agent note: vehicle JQT 7719 (Honda City, registered to Mr. Ganesan a/l Pillai) spotted at his workplace carpark in Kulai; repossession scheduled.
        Bankruptcy search result: GOH CHEE KEONG, IC 931126-05-5145, status BANKRUPT (adjudication date 04/09/2023), Insolvency Office: Seremban.
        Hi Mr. Tan Boon Seng, this is Aisyah from Card Services, you can reach me direct at 012-661 9038 regarding your restructuring request.
    """),
    "mixed": _lines("""
        bro aku dah tak tahan, collector tu call mak aku kat 013-382 7745 tiap2 hari, padahal hutang tu atas nama aku, Shahrul Nizam bin Abu Bakar.
        Eh korang kenal tak Ah Keong yang buka kedai handphone kat Jalan Pasar Klang tu? Dia dah kena declare bankrupt last month, kedai pun dah tutup.
        Reminder for myself: bayar AKPK RM530 ke akaun 5621 4378 9012, ref IC 900219065660 before 25hb.
        Sis, boleh tolong transfer RM200 ke CIMB 8011 2764 5530 91 (Hanis) for ansuran PayLater dia, nanti i bayar balik.
        Admin: tolong jangan share lagi ss IC Puan Salmah binti Daud dari Taman Permata, dah ada orang guna untuk apply loan online atas nama dia.
        Update kes: Mr. Ravi & wife (Lakshmi a/p Kannan), total debt RM112k, dah sign up DMP, first payment on 25 Dec.
        Nak tanya, boleh tak mintak bank stop call ofis I? Nama I Michelle Yap, staff HR kat Sunway, collector asyik call extension I pasal hutang kad.
        Kawan aku Farid (Telegram @faridhafiz_92) tengah cari orang nak pinjam duit, dia sendiri dah kena blacklist CCRIS.
        WeChat id lingling_8823 — Ling Ling hutang RM8,000 kat aku sejak CNY, tak reply langsung.
        Appointment AKPK cawangan Ipoh, 9 Dis 10.30 pagi — Pemohon: Loo Kah Meng, No. Tel: 011-2658 7740, bawa slip gaji dan penyata kad kredit.
        Pn. Siti Aminah binti Jusoh, 740815-04-5368, request tangguh bayaran 3 bulan sebab baru lepas operation jantung.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu maya khidmat pelanggan yang membantu pengguna memahami Program Pengurusan Hutang.",
        ),
        ("user", "Saya nak daftar DMP. Nama saya Zulaikha binti Mohd Noor, IC 010225-10-0772."),
        (
            "assistant",
            "Terima kasih, Cik Zulaikha. Boleh nyatakan jenis hutang dan jumlah anggaran yang tertunggak?",
        ),
        (
            "user",
            "Kad kredit Hong Leong RM14,200 dan pinjaman peribadi RM9,800. Gaji saya RM2,900 je, kerja kerani di Shah Alam.",
        ),
    ],
    [
        ("user", "Tolong draf surat rayuan kepada bank untuk kurangkan ansuran kereta saya."),
        ("assistant", "Baik. Sila berikan nama penuh, nombor akaun pembiayaan dan sebab rayuan."),
        (
            "user",
            "Nama saya Mohd Hazwan bin Idris, akaun sewa beli 1024 8861 3372, alamat No. 3, Jalan Delima 2, Taman Delima, 08000 Sungai Petani. Saya kena potong gaji 30% sejak Ogos.",
        ),
    ],
    [
        ("user", "Collector ni dah melampau. Dia WhatsApp adik saya, kata saya penipu."),
        (
            "assistant",
            "Itu mungkin melanggar garis panduan kutipan hutang. Anda boleh simpan tangkapan skrin dan buat aduan kepada bank serta Bank Negara.",
        ),
        (
            "user",
            "Ok, adik saya nama Nur Syafiqah binti Rahim, nombor dia 019-803 2145. Saya Nur Aqilah binti Rahim, hutang kad kredit RM6,300 je pun.",
        ),
    ],
    [
        (
            "user",
            "Ayah saya Ismail bin Hassan, 62 tahun, dah bankrap sejak 2016 sebab jadi penjamin kawan. IC dia 630418-07-5329.",
        ),
        (
            "assistant",
            "Saya bersimpati. Beliau mungkin boleh memohon pelepasan daripada kebankrapan. Adakah beliau masih membuat caruman bulanan kepada Jabatan Insolvensi?",
        ),
        (
            "user",
            "Ada, RM150 sebulan. Sekarang dia sakit buah pinggang, kena dialisis tiga kali seminggu di Bukit Mertajam.",
        ),
    ],
    [
        ("user", "Can you help me calculate whether I can afford a DMP plan?"),
        (
            "assistant",
            "Sure. Please share your net monthly income, fixed expenses and total unsecured debt.",
        ),
        (
            "user",
            "I'm Arjun Nair, senior accountant at a logistics firm in Port Klang. Net income RM6,200, rent RM1,400, debts RM78,000 across four cards. My wife Deepa is pregnant so expenses will go up.",
        ),
        (
            "assistant",
            "Thank you, Arjun. With those figures a 10-year plan would be roughly RM650 to RM750 a month, depending on the rates the banks agree to.",
        ),
    ],
    [
        (
            "user",
            "Tolong ringkaskan log panggilan ni: 'Pn. Chin Yoke Lan, 012-503 8816, PTP RM500 pada 15/11, anak kedua baru masuk universiti, suami tak bekerja.'",
        ),
        (
            "assistant",
            "Ringkasan: pelanggan berjanji membayar RM500 pada 15/11; keadaan kewangan keluarga tertekan kerana suami tidak bekerja dan kos pengajian anak.",
        ),
        ("user", "Ok, tambah juga dia minta collector jangan call lepas pukul 6 petang."),
    ],
    [
        (
            "user",
            "Saya kerja di Singapura, FIN G5823014L. Boleh ke saya masih masuk program AKPK untuk hutang di Malaysia?",
        ),
        (
            "assistant",
            "Secara umumnya pemohon perlu mempunyai pendapatan tetap dan hutang dengan institusi kewangan di Malaysia. Pendapatan luar negara boleh diambil kira.",
        ),
        (
            "user",
            "Nama saya Yusri bin Kamarudin, gaji SGD3,400, hutang PTPTN dan kad Maybank dalam RM35k. Mak saya di Muar yang selalu kena call.",
        ),
    ],
    [
        (
            "user",
            "my brother jason teo wei ming kena declare bankrupt 2022. boleh dia jadi director syarikat kawan dia tak?",
        ),
        (
            "assistant",
            "Seorang bankrap tidak boleh menjadi pengarah syarikat tanpa kebenaran mahkamah atau Ketua Pengarah Insolvensi. Dia perlu memohon kebenaran terlebih dahulu.",
        ),
        (
            "user",
            "ok. dia tinggal dengan i kat 21 jalan pju 10/4a damansara damai, so surat insolvensi semua datang sini.",
        ),
    ],
    [
        ("user", "Tolong buat bajet bulanan untuk keluarga saya."),
        ("assistant", "Boleh. Berapakah pendapatan isi rumah dan tanggungan anda?"),
        (
            "user",
            "Saya Rosnah binti Abdullah, suri rumah, suami Azman bin Latif pemandu lori gaji RM2,400. Anak tiga, yang sulung Aiman di SMK Taman Selayang, ada hutang Ah Long RM4,000 yang kami tengah bayar RM200 seminggu.",
        ),
    ],
    [
        ("user", "Translate this demand letter to English please."),
        ("assistant", "Sure, please paste the text."),
        (
            "user",
            "'Kepada: Puan Kalaiselvi a/p Murugan, No. K/P 860927-08-5620, No. 11, Lorong Bunga Raya 4, 31400 Ipoh, Perak. Tuan/Puan dikehendaki menjelaskan tunggakan RM12,480.90 dalam tempoh 14 hari.'",
        ),
    ],
    [
        ("system", "You are a helpful financial counselling assistant."),
        (
            "user",
            "hi, saya Desmond Fernandez, my card 5520 8882 1381 1399 kena decline, bank kata akaun dah masuk recovery.",
        ),
        (
            "assistant",
            "That usually means the account has been passed to the bank's recovery unit after several missed payments. I would not share the full card number here; contact the bank directly.",
        ),
        ("user", "ok noted. my email desmond.fdz@outlook.com kalau counsellor nak contact."),
    ],
]
