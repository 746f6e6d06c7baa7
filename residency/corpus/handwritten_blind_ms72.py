# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms72: Bahasa Melayu pusat khidmat ADUN dan ahli parlimen (aduan, surat sokongan, bantuan, program). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms72
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis program"): _lines("""
        NOTIS: Program Jualan Rahmah akan diadakan pada Sabtu, 13 Disember 2026, 8.00 pg - 12.00 tgh di Dewan Orang Ramai Taman Seri Kenari. Terbuka kepada semua penduduk.
        Pusat Khidmat ADUN N.27 Bukit Meranti dengan kerjasama Klinik Kesihatan Batu 9 menganjurkan Program Saringan Kesihatan Percuma pada 20 Disember 2026. Sila bawa kad pengenalan semasa pendaftaran.
        Makluman: Pusat khidmat ditutup pada 25 Disember 2026 sempena Hari Krismas. Urusan akan disambung semula pada 26 Disember, 9 pagi.
        Kelas Tuisyen Percuma SPM 2027 (Matematik & Sejarah) setiap Sabtu di Bilik Gerakan Pusat Khidmat, bermula 10 Januari. Tempat terhad kepada 40 pelajar sahaja.
        Majlis Penyampaian Bantuan Persekolahan kepada 350 murid sekolah rendah di DUN Bukit Meranti akan diadakan di SK Sultan Abdul Samad pada 3 Januari 2027.
        Program Gotong-Royong Perdana Cegah Denggi: Ahad ini 7.30 pagi, berkumpul di padang Taman Desa Aman. Sarapan disediakan.
        Klinik Guaman Percuma bersama Biro Bantuan Guaman, setiap Khamis minggu pertama, 2.00 - 5.00 ptg. Temujanji: 03-8736 4410 (pejabat).
        Pendaftaran Kursus Asas Jahitan untuk ibu tunggal dibuka sehingga 15 Januari 2027. Borang boleh diambil di kaunter pusat khidmat atau dimuat turun melalui pautan di Facebook rasmi ADUN.
        Sempena Bulan Kemerdekaan, Pertandingan Mewarna Kanak-Kanak Peringkat DUN akan diadakan di Dataran Bandar Kenari. Hadiah bernilai RM3,000 menanti.
        Jadual Khidmat Nasihat Cukai bersama LHDN: 17 Feb 2027, 9.00 pg - 1.00 ptg, Dewan Serbaguna Kampung Sungai Lalang. Bawa borang EA dan resit pelepasan cukai.
        Program Ziarah Kasih YB ke rumah-rumah warga emas di Mukim Semenyih akan diteruskan pada minggu hadapan mengikut jadual yang disusun oleh ketua-ketua kampung.
        Majlis Rumah Terbuka Deepavali Pusat Khidmat Parlimen P.102: 9 November, 7.30 malam, di perkarangan Kuil Sri Maha Mariamman Jalan Besar. Semua dijemput hadir.
        Sesi Dialog Bersama Penduduk mengenai Projek Pelebaran Jalan Persekutuan 1: Khamis, 8 Januari, 8.30 malam, Surau Al-Hidayah Kampung Parit Baru.
    """),
    ("ms", "templat surat sokongan"): _lines("""
        Dengan hormatnya saya merujuk kepada perkara di atas. 2. Saya dengan ini mengesahkan bahawa Encik/Puan ______________ (No. K/P: ______________) adalah pengundi berdaftar di DUN ______________.
        Rujukan Kami: PKA/SS/2026/____ | Tarikh: ____ | Kepada: Pengarah, Jabatan Kebajikan Masyarakat Daerah ____ | Per: Permohonan Bantuan Am Bulanan
        [NAMA PEMOHON] bin/binti [NAMA BAPA], No. MyKad [XXXXXX-XX-XXXX], beralamat di [ALAMAT PENUH] memohon sokongan untuk [TUJUAN PERMOHONAN].
        Surat ini dikeluarkan atas permintaan pemohon dan tidak boleh digunakan untuk tujuan lain. Sekian, terima kasih. "BERKHIDMAT UNTUK NEGARA"
        s.k. 1) Pegawai Daerah Hulu Langat / 2) Penghulu Mukim Semenyih / 3) Fail Pejabat
        Borang Aduan Awam — Nama: ____ | No. Tel: ____ | Alamat: ____ | Jenis Aduan: [ ] Jalan [ ] Longkang [ ] Lampu Jalan [ ] Sampah [ ] Lain-lain
        Saya, ______________, No. K/P ______________, dengan ini mengaku bahawa segala maklumat yang diberikan di dalam borang ini adalah benar. Tandatangan: ________ Tarikh: ________
        Senarai Semak Dokumen Permohonan Bantuan: (a) salinan MyKad pemohon dan pasangan; (b) slip gaji atau pengesahan pendapatan; (c) bil utiliti terkini; (d) salinan muka depan buku akaun bank.
        Dear {nama_penerima}, your application {no_rujukan} has been received by Pusat Khidmat Parlimen Bandar Kenari and is being processed. Status updates will be sent to {no_tel}.
        Ruang untuk kegunaan pejabat: Diterima oleh ______ | Tarikh terima ______ | Diproses oleh ______ | Status: LULUS / TIDAK LULUS / KIV
        Dengan segala hormatnya, pihak kami menyokong permohonan ini memandangkan pemohon merupakan isi rumah berpendapatan rendah (B40) yang memerlukan bantuan segera.
        Perkara: SURAT SOKONGAN PERMOHONAN KEMASUKAN KE SEKOLAH BERASRAMA PENUH — Nama Murid: ____ | Tingkatan: ____ | Sekolah Semasa: ____
        Cop rasmi & tandatangan: ______________ (YB ADUN / Setiausaha Politik / Pegawai Khas)
    """),
    ("ms", "prosedur dan soalan lazim"): _lines("""
        Soalan: Bolehkah pusat khidmat ADUN membantu memohon rumah PPR? Jawapan: Boleh, pusat khidmat akan mengeluarkan surat sokongan, tetapi kelulusan muktamad terletak pada Jabatan Perumahan Negara.
        Bagaimana nak mohon bantuan JKM untuk warga emas? Isi borang permohonan, sertakan salinan kad pengenalan dan penyata bank, kemudian hantar ke Pejabat Kebajikan Masyarakat Daerah.
        Aduan berkaitan lubang jalan di jalan negeri akan dipanjangkan kepada JKR Daerah, manakala jalan di taman perumahan adalah di bawah bidang kuasa Majlis Perbandaran.
        Tempoh biasa memproses surat sokongan ialah 3 hingga 5 hari bekerja selepas dokumen lengkap diterima.
        Pusat khidmat tidak mengeluarkan surat sokongan untuk permohonan pinjaman peribadi atau urusan mahkamah yang sedang berjalan.
        Untuk pertukaran alamat dalam daftar pemilih, pengundi perlu berurusan terus dengan SPR; pusat khidmat hanya boleh membantu menyemak status pengundi melalui portal MySPR Semak.
        Bantuan Ihsan Kematian: waris boleh memohon dalam tempoh 30 hari dari tarikh kematian dengan membawa sijil kematian dan salinan MyKad waris.
        Kenapa surat sokongan YB tak jamin permohonan lulus? Sebab surat sokongan hanya pengesahan status pemastautin; keputusan tetap ikut syarat agensi masing-masing.
        Peruntukan kawasan ADUN biasanya digunakan untuk projek kecil seperti baik pulih surau, lampu jalan tambahan dan sumbangan kepada persatuan penduduk.
        Bagi aduan kecemasan seperti pokok tumbang atau banjir kilat, sila hubungi Bilik Gerakan Bencana Daerah atau talian 999 terlebih dahulu.
        Apakah maksud status KIV dalam sistem aduan? KIV bermaksud aduan disimpan untuk tindakan kemudian kerana menunggu peruntukan atau maklum balas agensi.
        Pegawai pusat khidmat tidak dibenarkan menerima sebarang bayaran atau hadiah daripada pemohon bantuan. Laporkan sebarang salah laku kepada SPRM.
        Syarat Skim Bantuan Sewa Rumah Negeri: warganegara, bermastautin di negeri ini sekurang-kurangnya 5 tahun, pendapatan isi rumah tidak melebihi RM3,000 sebulan.
    """),
    ("ms", "kenyataan media dan laporan"): _lines("""
        KENYATAAN MEDIA: ADUN Bukit Meranti menggesa Majlis Perbandaran menyegerakan kerja membaiki longkang di Jalan Kenari 7 yang menyebabkan banjir kilat berulang sejak Oktober.
        Ahli Parlimen Bandar Kenari hari ini membangkitkan isu kekurangan doktor di Klinik Kesihatan Batu 9 dalam sesi soal jawab lisan di Dewan Rakyat.
        Sebanyak 1,284 aduan diterima oleh pusat khidmat sepanjang tahun 2026, dengan 46 peratus berkaitan infrastruktur jalan dan longkang.
        Laporan Suku Tahun Ketiga: 212 surat sokongan dikeluarkan, 87 untuk biasiswa, 64 untuk perumahan, 41 untuk bantuan JKM dan 20 untuk lain-lain.
        Menteri Besar merasmikan Jambatan Sungai Lalang yang baharu siap dengan kos RM4.2 juta, yang dijangka memendekkan perjalanan penduduk ke bandar sebanyak 20 minit.
        Peruntukan RM150,000 telah diluluskan untuk menaik taraf 12 gerai di Pasar Awam Tanjung Sepat.
        Dalam persidangan Dewan Undangan Negeri semalam, usul mengenai pengurusan sisa pepejal telah diluluskan sebulat suara.
        Detik Tunku Abdul Rahman melaungkan Merdeka di Stadium Merdeka pada 31 Ogos 1957 menjadi tema utama pameran sejarah di dewan komuniti minggu ini.
        Speaker Dewan Rakyat menolak usul tergempar berhubung kenaikan tarif air yang dikemukakan oleh seorang Ahli Parlimen pembangkang.
        Pusat khidmat mencatatkan 38 kes banjir kilat di 6 taman perumahan pada minggu lalu; bantuan awal diberikan kepada 95 keluarga terjejas.
        Sidang media Pusat Khidmat ADUN akan diadakan jam 11 pagi esok berhubung isu pencemaran bau dari kilang di Kawasan Perindustrian Kenari Jaya.
        Projek menaik taraf Sekolah Kebangsaan Hulu Lalang dijangka siap pada suku kedua 2027, menurut kenyataan Jabatan Pendidikan Negeri.
        The MP for Bandar Kenari told Parliament that 4,100 households in the constituency are still on the waiting list for low-cost housing.
    """),
    ("mixed", "chat kumpulan penduduk"): _lines("""
        Salam semua, reminder gotong-royong this Sunday 7.30am kat padang. Bawak sarung tangan & cangkul sendiri ya. Air & nasi lemak sponsor pusat khidmat 🙏
        Lampu jalan depan blok C dah padam since last week, ada sesiapa dah report ke pusat khidmat ke belum?
        Info: borang bantuan persekolahan boleh ambik kat pusat khidmat, office hour 9-5, Sabtu half day. Jangan lupa photocopy IC mak bapak.
        Guys, the longkang at Jalan Kenari 3 overflowing again. Anyone got the MPKJ aduan link?
        Pusat khidmat kata application rumah PPR kena tunggu JPN buka semula, maybe Feb next year.
        Sape nak join bas pergi program Hari Terbuka Parlimen, register dengan ketua blok sebelum Jumaat. Seat 44 je.
        Lori sampah tak datang dah 3 hari lah, bau sampai tingkat 5 😷
        JKKK meeting malam ni 9pm kat balai raya, agenda: laporan banjir, peruntukan lampu jalan, majlis Maulidur Rasul.
        Noted. Nanti pusat khidmat akan forward aduan ke JKR, they said 14 working days for inspection.
        Boleh call hotline Majlis Perbandaran 1-800-88-7727 untuk aduan pokok tumbang, 24 jam.
        Eh pasal bantuan banjir tu, kena ada nama dalam senarai ketua kampung dulu baru boleh claim.
        Alhamdulillah jalan masuk Kampung Parit Baru dah siap tar semalam, terima kasih YB & team 👍
        Can someone share the poster for the free health screening? Nak tahu tempat dengan masa dia.
    """),
    ("en", "service centre notices"): _lines("""
        The Bandar Kenari Parliamentary Service Centre is open Monday to Friday, 9.00 am to 5.00 pm, and Saturday 9.00 am to 1.00 pm. Closed on public holidays.
        Office contact: 03-8739 2210 | Fax: 03-8739 2211 | Email: aduan@adunbukitmeranti.my
        Please note that support letters are issued only to registered voters or residents of the constituency with proof of address.
        Complaints can be submitted through the online form, WhatsApp to our office line, or in person at the counter. Each complaint will receive a reference number.
        Our office does not handle police reports, court matters or immigration cases. Please contact the relevant agency directly.
        How do I check whether my name is on the electoral roll? Use the SPR MySPR Semak portal with your IC number, or ask our counter staff to check for you.
        Data protection notice: personal data collected by this centre is used only to process your request and will not be disclosed to third parties without consent, in line with PDPA 2010.
        Volunteers needed for the flood relief packing session on Saturday at the community hall; no registration needed, just turn up.
        The annual Hari Bersama Rakyat will feature free eye checks, MySejahtera assistance, and a blood donation drive by Pusat Darah Negara.
        Scholarship season: we can issue support letters for JPA, MARA and Yayasan Selangor applications. Bring your SPM result slip and offer letter.
        Reminder to all residents: the road closure on Jalan Besar will last from 10 pm to 5 am nightly until 15 January for resurfacing works.
        If your complaint has not been resolved after 30 days, you may escalate it by quoting your reference number at the counter.
        Welfare assistance FAQ: a single mother with a household income below RM2,000 may qualify for Bantuan Kanak-Kanak of up to RM500 monthly.
    """),
    ("ms", "rujukan dan log sistem"): _lines("""
        No. Rujukan Aduan: ADN-BM-2026-004812 | Kategori: Longkang tersumbat | Lokasi: Jalan Kenari 7 | Status: Dalam Tindakan MPKJ
        Tiket #20261204-0157 ditutup: lampu jalan di persimpangan Jalan Lalang / Jalan Perdana telah dibaiki oleh TNB pada 02/12/2026.
        Invois No. INV/PK/2026/0931 — Sewaan khemah 3 unit & 200 kerusi untuk Program Jualan Rahmah, jumlah RM2,450.00.
        Baucar bayaran BV-26-00417 bertarikh 28 Nov 2026: sumbangan kepada Persatuan Penduduk Taman Seri Kenari RM1,500.
        Rujukan surat JKR: JKR.HLG.600-1/3/12 Jld.4(27) bertarikh 19 November 2026.
        Laporan harian: 14 aduan baharu, 9 selesai, 3 KIV, 2 dipanjangkan ke Jabatan Alam Sekitar. Masa respons purata 2.3 hari.
        Poskod kawasan DUN Bukit Meranti: 43000, 43200, 43500 dan sebahagian 43800.
        Penghantaran bakul makanan: nombor penjejakan Pos Laju ER 412 093 771 MY — 120 bakul dihantar ke Dewan Orang Ramai Kampung Sungai Lalang.
        Kenderaan pusat khidmat: Toyota Hilux 2.4 (model 2022), kos servis RM1,180, rujukan bengkel SV-2211.
        Versi sistem e-Aduan dinaik taraf ke v3.4.1; medan No. KP kini disulitkan dalam pangkalan data.
        Sebut harga SH/ADUN/27/2026 untuk kerja menurap jalan 480 meter di Lorong Haji Salleh: tarikh tutup 12 Disember 2026, 12.00 tgh.
        Resit Rasmi No. 005217 — Yuran pendaftaran Kursus Jahitan, RM30.00 (tunai).
        Buku panduan program: ISBN 978-967-2412-08-3, Panduan Bantuan Kebajikan Negeri Selangor 2026.
    """),
    ("ms", "minit mesyuarat JKKK"): _lines("""
        Minit Mesyuarat JKKK Kampung Sungai Lalang Bil. 4/2026: Mesyuarat dimulakan jam 9.10 malam dengan bacaan doa. Seramai 17 AJK hadir.
        Perkara 3.1: Pengerusi memaklumkan peruntukan RM8,000 untuk baik pulih wakaf telah diterima daripada pusat khidmat ADUN.
        Perkara 4: Isu anjing liar di kawasan sekolah akan dirujuk kepada Majlis Perbandaran untuk tindakan tangkapan.
        Keputusan: Setiausaha akan menyediakan senarai isi rumah terjejas banjir untuk dihantar ke pusat khidmat sebelum 15 Disember.
        Hal-hal lain: Cadangan mengadakan kelas mengaji dewasa di surau pada setiap malam Selasa dipersetujui.
        Perkara 5.2: Mesyuarat bersetuju supaya papan tanda nama jalan yang rosak di Jalan Masjid diganti sebelum Tahun Baru Cina.
        Tindakan: Bendahari akan membentangkan penyata kewangan tahun 2026 dalam mesyuarat agung tahunan pada Januari.
        Mesyuarat ditangguhkan pada jam 11.05 malam. Mesyuarat akan datang dijadualkan pada 10 Januari 2027.
        Perkara 6: Wakil Balai Polis Semenyih menasihatkan penduduk supaya mengunci pagar dan memasang lampu sensor susulan kes pecah rumah di kawasan berhampiran.
        Ketua kampung mencadangkan agar permohonan pembinaan jambatan gantung baharu dipanjangkan kepada Ahli Parlimen kerana melibatkan peruntukan persekutuan.
        Pengerusi mengucapkan terima kasih kepada semua AJK yang terlibat dalam Program Maulidur Rasul yang berjaya menghimpunkan lebih 300 penduduk.
        Perkara 7.1: Yuran keahlian Persatuan Penduduk dikekalkan pada RM24 setahun bagi setiap isi rumah.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        SURAT SOKONGAN — Dengan hormatnya saya mengesahkan bahawa Encik MOHD HAFIZUDDIN BIN ABD RAHMAN (No. K/P: 780314-10-5523) beralamat di No. 23, Jalan Kenari 4/2, Taman Seri Kenari, 43000 Kajang adalah penduduk tetap kawasan ini dan layak dipertimbangkan untuk Skim Bantuan Sewa Rumah.
        Aduan #A0912: Puan Rosnah binti Ismail, 67 thn, tinggal sorang di Kg Sungai Lalang, bumbung rumah bocor teruk lepas ribut, anak semua kat KL. Tel: 013-284 7719.
        Senarai Penerima Bantuan Banjir Fasa 1 | 1. SITI AMINAH BINTI YUSOF | 840229-05-5846 | RM500 | 2. KUMAR A/L RAMASAMY | 551230-07-5131 | RM500 | 3. LIM AH HUAT | 650921-08-6127 | RM500
        Mohon sokongan YB utk anak saya Nurul Izzati binti Kamarulzaman, pelajar Tingkatan 5 SMK Bukit Meranti, nak mohon biasiswa Yayasan. Result SPM percubaan 7A. Ayah dia dah meninggal tahun lepas.
        Pemohon: RAJESWARI A/P SUBRAMANIAM | MyKad 891102-14-5688 | Ibu tunggal, 3 anak | Pendapatan: RM1,200 (operator kilang) | Bantuan dipohon: Bantuan Kanak-Kanak JKM
        Akaun untuk penyaluran bantuan: Maybank 1640 2233 8871 atas nama NORAZLINA BT HASHIM. Jumlah RM300 (Bantuan Ihsan Kematian suami).
        Nota lawatan: Rumah En. Chong Wai Keat, Lot 1142 Jalan Parit 3, Kampung Baru Sungai Lalang — isteri lumpuh separuh badan sejak strok Mac lalu, perlukan kerusi roda dan lampin dewasa.
        Aduan bising: jiran di No. 18 Jalan Mawar 2, Taman Desa Aman (En. Azlan, Honda City WXK 4821) selalu baiki kereta sampai jam 2 pagi dan parking halang laluan.
        Terima kasih YB atas bantuan. Saya Halimah binti Daud dari Blok B PPR Kenari, unit 7-12. Alhamdulillah suami dah dapat kerja semula kat kilang.
        Per: Permohonan Bantuan Rawatan. Pesakit: MUHAMMAD AIMAN BIN SAIFUL BAHRI, 17 tahun, K/P 090305-10-0347, menghidap talasemia major dan memerlukan pemindahan darah setiap bulan di Hospital Serdang.
        WhatsApp dari 019-775 3106 (Pak Senin bin Kassim, Kg Parit Baru): "Assalamualaikum tuan, rumah pakcik masuk air lagi, barang semua rosak, mohon bantu."
        Borang Pendaftaran Kursus Jahitan: Nama: FARAH NADIA BINTI MOHD ZAKI | No. Tel: 011-2345 8861 | E-mel: farahnadia.zaki92@gmail.com | Status: Ibu tunggal
        Kes ADN-BM-2026-005133: pengadu Encik Gurmit Singh a/l Harbans Singh mendakwa pagar rumahnya di No. 7 Lorong Haji Salleh 2 dirosakkan lori kontraktor JKR. Tuntutan RM2,800.
        Catatan kaunter 03/12: Puan Wong Siew Lan datang tanya status permohonan rumah PPR, dah tunggu 4 tahun, sekarang menyewa bilik RM450 di Taman Kenari Jaya. Minta call balik 012-390 4478.
        Permohonan biasiswa — Bapa: JIMMY ANAK JALONG (720817-13-5379), pekerja ladang, pendapatan RM1,500 | Anak: Melissa anak Jimmy, Diploma Perakaunan UiTM Shah Alam, semester 3.
        Laporan ziarah: Arwah Haji Kamaruddin bin Osman meninggal dunia 28/11/2026 di Kg Sungai Lalang. Waris: balu, Hajah Zainab binti Ali, 70 tahun, tiada pendapatan. Sumbangan khairat RM500 diserahkan.
        Saya nak buat aduan pasal pegawai penguatkuasa MPKJ, Encik Razif bin Mokhtar, minta duit kopi RM200 dari pakcik saya yang jual burger tepi jalan Taman Desa Aman.
        Permohonan kerusi roda: SUPPIAH A/L MUNUSAMY, 74 tahun, kaki kanan dipotong (kencing manis), alamat No. 51, Jalan Ladang, Estet Bukit Meranti, 43500 Semenyih. Tel anak: 016-772 0193.
        Kehadiran tuisyen SPM minggu 3: 1. Ahmad Danish bin Rosli (SMK Bukit Meranti) - 4/4 | 2. Tan Jia Yi (SMJK Chung Hua) - 3/4 | 3. Kavitha d/o Raju (SMK Seri Kenari) - 1/4, selalu ponteng
        YB, sy Norhayati, isteri kepada Mohd Fadzli bin Jamal yg ditahan di Penjara Kajang. Mohon surat sokongan utk lawatan anak2. IC sy 930608-06-5270.
        Maklumat bayaran lawatan sambil belajar: Kad 4570 1925 8954 9259, tamat 08/28, pemegang kad LEE CHEE MENG. Bayaran RM30 untuk anak, Lee Xin Yi (Tahun 5).
        Kes pencerobohan tanah: En. Ramli bin Ahmad (Lot 3321, Mukim Semenyih) mendakwa jirannya, Puan Sarimah binti Jusoh, membina pagar 2 kaki ke dalam tanahnya.
        Penerima Bantuan Rumah Mesra Rakyat 2026: ABDUL GHANI BIN SULAIMAN, 470101-03-5057, Kg. Parit Baru — rumah papan uzur, tinggal bersama cucu OKU.
        Pengesahan pemastautin: Cik NUR SYAFIQAH BINTI AZMAN (K/P: 011127-10-1264) telah menetap di No. 9, Jalan Kenari 1/5, Taman Seri Kenari sejak 2015 — untuk rayuan UPU.
        Nota telefon: Mr Marcus de Souza (No. 44, Jalan Kenari 9) call marah sebab longkang depan rumah dia tak dibaiki 3 bulan, ugut nak viral kat FB.
        Bantuan persekolahan — Akaun CIMB 7012 4496 83 milik penjaga, SARASWATHY A/P GOVINDASAMY, untuk anak Thivyaa (Tahun 4, SJKT Ladang Bukit Meranti).
        Aduan: Cikgu Khairul Anuar bin Hamdan, guru SK Sungai Lalang, didakwa memukul murid Tahun 3 sampai lebam. Dilaporkan oleh ibu murid, 017-660 2345.
        Penerima bakul Ramadan Blok PPR Kenari: Pn. Mariam bt Said (A-3-2), En. Yusri bin Latif (C-5-8), Pn. Leong Mei Fong (D-1-4).
        Rekod: Cik Priya a/p Ganesan, 19 tahun, baru keluar dari rumah perlindungan, minta bantuan tempat tinggal sementara & kerja. Dirujuk ke JKM Daerah Hulu Langat 04/12.
        Permohonan tapak gerai Pasar Tani: HJ. ZAKARIA BIN MAT NOR, 600412-11-5147, jual ikan masin, tel 014-918 3320, lesen penjaja MPKJ tamat Jun.
        Untuk tindakan: Cik Tan Pei Shan (pelajar UM, menyewa di Taman Seri Kenari) kehilangan dompet & IC, minta surat pengesahan untuk buat IC baru di JPN. Laporan polis KAJANG/012345/26.
        Sy En. Hafiz, Jln Kenari 4, rumah no 31. Jiran sebelah, Auntie Lucy Chew, bela 14 ekor kucing, bau busuk sampai rumah sy. Tolong ambil tindakan.
        Senarai penerima BKM: SITI KHADIJAH BINTI OMAR — BSN 1401 0291 0045 6632 — RM350 — warga emas, tinggal bersama anak OKU.
    """),
    "mixed": _lines("""
        Hi YB office, I'm Jason Teoh, my dad Teoh Kok Leong (78) kena scam RM40k by fake bank officer call. Boleh tolong refer ke polis & bank? My no 012-588 1934.
        bro, nama aku Syazwan, rumah aku Lorong 5 Taman Desa Aman no 12, tiang lampu depan rumah dah senget nak tumbang, pls settle before anak2 aku balik sekolah
        Boss, unit PPR B-9-3 tu, tenant Mr Ravi Chandran a/l Muthu dah 6 bulan tak bayar sewa, JPN nak evict. Can YB intervene?
        Madam Ng Sook Ching, your application for bantuan pesakit kanser has been approved, RM1,000 akan masuk Public Bank acc 3178 4402 19 by next week.
        Tolong check status aduan I, IC 960404-12-6018, name Juliana Gimbang, I duduk Taman Kenari Jaya now tapi asal Sabah. Dah 2 minggu no reply.
        FYI kakak I Aisyah binti Roslan kena buang kerja lepas cuti bersalin. Can pusat khidmat help refer ke Jabatan Tenaga Kerja? Her number 011-1098 2276.
        eh kak yati, nombor akaun abang zul utk claim bantuan banjir tu 1572 0098 3341 maybank, dia suruh i pass kat pusat khidmat
        Meeting dgn YB esok 10am confirmed utk En. Fauzi bin Jaafar re: status bankrap dia & hutang AKPK RM12k, dia datang dengan wife.
    """),
    "en": _lines("""
        Complaint from Mrs Kathleen Rozario, 12 Jalan Kenari 6, Taman Seri Kenari: the contractor's crane damaged her car (BKL 7730) on 2 December; she is requesting compensation of RM3,400.
        Dear YB, my name is Ahmad Faiz bin Kamal, IC 001012-10-5431. I was offered a place at UTM but cannot afford the registration fee of RM1,850. My father is a lorry driver earning RM1,800.
        Case note: Mr Goh Teck Seng, 58, ex-factory worker from Taman Kenari Jaya, laid off in October, has diabetes and hypertension, two children in university. Referred to PERKESO job-search programme.
        Please contact the applicant, Ms Deepa Nair, at deepa.nair.kj@gmail.com or 019-322 8470 regarding her housing support letter.
        Volunteer list for flood relief packing: Daniel Yap 012-201 5567; Aina Sofea 013-775 2091; Harpreet Kaur 017-388 4102.
        Visitor log 04/12/2026: LIM MEI LING, NRIC S8812345Z (Singaporean, married to a local resident), enquiry on support letter for long-term visit pass.
        Support letter request: Mr Andrew Tan Boon Huat's son Ethan Tan (Year 6, SJKC Kenari) needs a letter confirming residency at 27 Jalan Kenari 2/3 for a school transfer.
        Mrs Chandra d/o Velu was seen at the counter today; her husband passed away last month and she has no income. Home visit to follow, unit B-2-7 PPR Kenari.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu maya Pusat Khidmat ADUN Bukit Meranti. Terima aduan penduduk dan catat butiran.",
        ),
        ("user", "Salam, saya nak buat aduan jalan berlubang, dah 2 motor jatuh minggu ni."),
        (
            "assistant",
            "Waalaikumussalam. Baik, sila berikan lokasi tepat serta nama dan nombor telefon untuk dihubungi.",
        ),
        ("user", "Jalan Kenari 8 depan rumah saya no 16. Nama Zulkifli bin Mansor, 012-775 9034."),
    ],
    [
        ("user", "Boleh tolong semak status permohonan bantuan sewa rumah saya?"),
        ("assistant", "Boleh. Sila berikan nombor MyKad dan nama penuh anda."),
        ("user", "Roslan bin Idris, 720614-08-5239"),
        (
            "assistant",
            "Terima kasih Encik Roslan. Permohonan atas nama ROSLAN BIN IDRIS masih dalam semakan JKM Daerah; dijangka keputusan dalam 2 minggu.",
        ),
    ],
    [
        ("user", "hi, i need a support letter for my daughter's scholarship application"),
        ("assistant", "Sure. Please share the student's full name, school, form and IC number."),
        (
            "user",
            "Chloe Lau Wen Qi, SMK Seri Kenari form 5, IC 090812-10-0568. We stay at 15 Jalan Kenari 2/1.",
        ),
    ],
    [
        (
            "user",
            "My neighbour keeps burning rubbish every evening and my asthma is getting worse.",
        ),
        (
            "assistant",
            "Sorry to hear that. Could you share the address of the burning site so we can refer it to the council?",
        ),
        (
            "user",
            "It's No. 5 Jalan Mawar 3, Taman Desa Aman. The owner is Mr Sivakumar, he runs a motor workshop from the house.",
        ),
    ],
    [
        ("system", "Anda membantu pegawai pusat khidmat menyediakan draf surat rasmi."),
        (
            "user",
            "Tolong draf surat sokongan untuk Puan Normah binti Sulong, K/P 560318-03-5312, ibu tunggal, tinggal di Kg Parit Baru, mohon Bantuan Am Bulanan JKM.",
        ),
        (
            "assistant",
            "Dengan hormatnya saya merujuk kepada perkara di atas. 2. Saya mengesahkan bahawa Puan NORMAH BINTI SULONG (No. K/P: 560318-03-5312) beralamat di Kampung Parit Baru adalah ibu tunggal dan penduduk tetap kawasan ini. 3. Pihak kami menyokong permohonan beliau untuk Bantuan Am Bulanan.",
        ),
    ],
    [
        ("user", "Translate this complaint to English for the JKR officer please."),
        (
            "user",
            "Saya Mohd Nizam bin Yaakob, tinggal di No. 3 Jalan Parit 2, Kg Sungai Lalang. Longkang depan rumah saya runtuh sejak banjir, anak saya hampir jatuh. Hubungi saya 013-402 8851.",
        ),
        (
            "assistant",
            "I am Mohd Nizam bin Yaakob, living at No. 3 Jalan Parit 2, Kg Sungai Lalang. The drain in front of my house collapsed after the flood and my child nearly fell in. Contact me at 013-402 8851.",
        ),
    ],
    [
        ("user", "Boss nak tanya, boleh tak pusat khidmat bantu bayar bil hospital?"),
        ("assistant", "Bergantung kepada kes. Boleh berikan butiran pesakit dan jumlah bil?"),
        (
            "user",
            "Ayah saya Ismail bin Hassan, 71 tahun, masuk HTAR wad 5 sebab sakit jantung, bil RM6,800. Saya anak dia, Faridah, 019-445 2280.",
        ),
    ],
    [
        ("user", "bantuan banjir dah lulus ke belum? nak masuk akaun mana"),
        ("assistant", "Sila berikan nama pemohon dan nombor akaun bank untuk semakan."),
        ("user", "Kamisah binti Ahmad, Bank Islam 1204 2010 0334 57"),
    ],
    [
        (
            "user",
            "Hi, I'm Yap Mei Yin, my kedai runcit at 88 Jalan Besar Semenyih kena banjir semalam, all stock rosak.",
        ),
        (
            "assistant",
            "We are sorry. You can apply for Bantuan Usahawan Banjir. Do you want us to call you?",
        ),
        ("user", "WhatsApp better, 016-338 7042. Or WeChat yapmeiyin_88."),
    ],
    [
        (
            "user",
            "Anak saya Haikal bin Yusof kerja kilang di Singapura, FIN G5234781K. Dia cedera tangan masa kerja bulan lepas, majikan tak nak bayar pampasan.",
        ),
        (
            "assistant",
            "Kami boleh keluarkan surat sokongan kepada Pejabat Buruh. Siapa nama dan nombor telefon waris di Malaysia?",
        ),
        ("user", "Saya ayah dia, Yusof bin Hamid, 017-225 6193."),
    ],
    [
        ("system", "Anda membantu meringkaskan log aduan harian untuk Setiausaha Politik."),
        (
            "user",
            "Log hari ini: (1) Pn. Salmah bt Jaafar, Blok A PPR Kenari, lif rosak, dia guna tongkat. (2) En. Vincent Lau, kedai motor Jalan Besar, saman MPKJ RM300 nak rayu. (3) Cik Nadia, longkang.",
        ),
        (
            "assistant",
            "Ringkasan: 3 aduan. Keutamaan tinggi: Pn. Salmah bt Jaafar (warga OKU bertongkat, lif Blok A PPR Kenari rosak). Rayuan saman: En. Vincent Lau (kedai motor Jalan Besar, RM300). Infrastruktur: Cik Nadia (longkang).",
        ),
    ],
]
