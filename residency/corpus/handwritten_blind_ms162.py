# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms162: tadika dan taska swasta di Malaysia (pendaftaran kanak-kanak, yuran, alahan, pengambilan oleh ibu bapa, kecederaan, kumpulan WhatsApp guru). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms162
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_pendaftaran"): _lines("""
        NOTIS: Pendaftaran murid baharu sesi 2027 bagi kelas 4, 5 dan 6 tahun dibuka mulai 2 Januari 2027. Sila hubungi pejabat tadika di 03-6142 8870 (Isnin-Jumaat, 8.30 pagi-5.00 petang).
        Tadika Bintang Kecil Sdn. Bhd. (No. Syarikat 201901023456 / 1331245-K), No. 18, Jalan SS 2/64, 47300 Petaling Jaya. Berdaftar dengan KPM, No. Pendaftaran Tadika: PRA-B10-0457.
        Dokumen diperlukan semasa pendaftaran: salinan sijil kelahiran anak, salinan MyKad ibu dan bapa, rekod imunisasi dan 2 keping gambar berukuran pasport. Borang di www.tadikabintangkecil.com.my/daftar.
        Hari Terbuka Taska Seri Nilai akan diadakan pada Sabtu, 16 Januari 2027, 9.00 pagi hingga 1.00 tengah hari di Lot 2-1, Jalan Nilai Impian 1/2, 71800 Nilai. Percuma, tiada tempahan diperlukan.
        Makluman: Tadika ditutup pada 8 dan 9 Februari 2027 (Isnin dan Selasa) sempena cuti Tahun Baru Cina. Kelas akan bermula semula pada Rabu, 10 Februari 2027 seperti biasa.
        Program Transit selepas sekolah untuk murid Tahun 1-3 SK Taman Melawati: ambilan dari sekolah jam 1.15 petang dengan van tadika (VAN-02), makan tengah hari, kerja rumah dan solat Zohor berjemaah.
        Pihak taska memohon ibu bapa melabel semua botol susu, lampin dan pakaian ganti dengan nama anak. Barang tanpa label akan disimpan di kotak Lost & Found di kaunter pendaftaran.
        Hebahan: Sambutan Hari Kanak-Kanak Sedunia pada 20 November 2026 dengan tema 'Upin & Ipin Bersama Kawan-Kawan'. Murid dibenarkan memakai kostum watak kartun kegemaran masing-masing.
        Yuran pendaftaran RM350 dan deposit RM500 (dipulangkan selepas notis pengeluaran sebulan) perlu dijelaskan sebelum hari pertama. Akaun syarikat: Maybank 5141 2233 0098, Tadika Bintang Kecil Sdn Bhd.
        Ibu bapa yang ingin memohon bantuan yuran taska boleh merujuk kepada Pejabat Kebajikan Masyarakat Daerah Petaling atau menghubungi Talian Kasih 15999 untuk maklumat kelayakan.
        Kempen Baca Bersama: Minggu ini kita membaca 'The Very Hungry Caterpillar' karya Eric Carle dan 'Sang Kancil dan Buaya'. Setiap murid akan membawa pulang satu buku dari perpustakaan kelas.
        Notis Kenaikan Yuran: Berkuat kuasa 1 Januari 2027, yuran bulanan kelas sepenuh hari dinaikkan daripada RM480 kepada RM520 akibat kenaikan kos operasi dan gaji minimum RM1,700.
        Waktu operasi taska: 7.30 pagi hingga 6.30 petang. Caj lewat ambil RM10 bagi setiap 15 minit selepas 6.45 petang akan dikenakan dan direkodkan dalam invois bulan berikutnya.
    """),
    ("ms", "senarai_yuran"): _lines("""
        Senarai Yuran 2027 | Kelas 4 Tahun (separuh hari 8.00-12.00): RM280/bulan | Kelas 5 Tahun: RM300/bulan | Kelas 6 Tahun: RM320/bulan | Yuran tahunan: RM450
        Taska bayi (3 bulan-2 tahun): RM750 sebulan termasuk 3 kali makan, susu formula tidak termasuk. Diskaun adik-beradik 10% bagi anak kedua dan seterusnya.
        Pakej Buku & Bahan 2027: Buku Iqra' 1-6 RM36, set buku kerja KSPK RM128, beg sekolah berlogo tadika RM45, baju seragam (2 helai) RM70, baju sukan RM38.
        Caj tambahan: Kelas Fonik Bahasa Inggeris RM60/bulan, kelas Mandarin (Hanyu Pinyin) RM80/bulan, kelas renang di Kompleks Akuatik Shah Alam RM120 bagi 8 sesi.
        Transit & pengangkutan: Zon A (dalam 3 km) RM150/bulan, Zon B (3-6 km) RM200/bulan, Zon C (6-10 km) RM250/bulan. Harga tidak termasuk caj tol dan parkir.
        Yuran Program Cuti Sekolah (14-31 Disember 2026): RM65 sehari atau RM550 untuk 10 hari. Termasuk makan tengah hari, minum petang dan lawatan ke Petrosains KLCC.
        SKU: UNI-BJ-M05 Baju Kurung Seragam Tadika saiz M5, biru muda, RM42.00 | SKU: UNI-BM-M05 Baju Melayu Seragam saiz M5, RM40.00 | stok semasa: 24 unit
        Bayaran melalui DuitNow QR, FPX atau tunai di kaunter. ID DuitNow syarikat: 201901023456. Sila nyatakan nombor invois (cth. INV-2027-0012) sebagai rujukan pembayaran.
        Potongan awal: Bayar yuran 12 bulan sekali gus sebelum 15 Disember 2026 dan dapat diskaun 5% (jimat sehingga RM312 bagi kelas sepenuh hari RM520 sebulan).
        Tiada caj tambahan untuk menu bebas kacang, bebas gluten atau bebas laktosa. Semua bahan mentah dibeli daripada pembekal yang mempunyai sijil halal JAKIM yang sah.
        Insurans kemalangan berkelompok murid (Takaful) RM25 setahun, perlindungan sehingga RM10,000 untuk kos perubatan akibat kecederaan di premis tadika atau semasa lawatan.
        Yuran konvokesyen kelas 6 Tahun: RM150 termasuk jubah sewa, topi mortar, sijil, album foto dan jamuan di Dewan Serbaguna Seksyen 7, Shah Alam pada 5 Disember 2026.
        Perbandingan: Tabika KEMAS mengenakan yuran yang jauh lebih rendah, namun tadika swasta kami menawarkan nisbah guru kepada murid 1:10 serta kelas sepenuh hari sehingga 6.30 petang.
    """),
    ("ms", "soalan_lazim"): _lines("""
        S: Pada umur berapa anak boleh mula mendaftar? J: Taska menerima bayi seawal 3 bulan, manakala tadika menerima kanak-kanak berumur 4 hingga 6 tahun mengikut tahun kelahiran.
        S: Adakah tadika ini berdaftar? J: Ya, tadika berdaftar dengan Kementerian Pendidikan Malaysia di bawah Akta Pendidikan 1996 dan taska berdaftar dengan Jabatan Kebajikan Masyarakat.
        S: Bagaimana jika anak saya ada alahan makanan? J: Sila isi Borang Maklumat Kesihatan (Borang K2) dan lampirkan surat doktor. Guru kelas dan tukang masak dimaklumkan sebelum hari pertama.
        S: Siapa yang boleh mengambil anak? J: Hanya individu yang disenaraikan dalam Borang Kebenaran Pengambilan. Orang lain perlu membawa surat kebenaran bertandatangan dan menunjukkan kad pengenalan.
        S: Bolehkah saya bayar yuran secara ansuran? J: Boleh, yuran tahunan boleh dibayar dalam 3 ansuran (Januari, April, Julai). Sila e-mel akaun@tadikabintangkecil.com.my.
        S: Apakah prosedur jika anak cedera? J: Pertolongan cemas diberikan segera, ibu bapa dihubungi dalam masa 15 minit dan Laporan Insiden (Borang INS-01) disediakan dalam masa 24 jam.
        S: Adakah tadika dipasang CCTV? J: Ya, 12 kamera dipasang di kelas dan kawasan permainan. Rakaman disimpan 30 hari dan hanya boleh ditonton di pejabat dengan kelulusan pengetua.
        S: Bagaimana kalau anak demam? J: Anak bersuhu 37.5°C ke atas, atau menghidap HFMD, cacar air atau konjunktivitis tidak dibenarkan hadir sehingga mendapat surat pengesahan doktor.
        S: Adakah kumpulan WhatsApp ibu bapa? J: Ada, setiap kelas ada kumpulan WhatsApp sehala (hanya admin boleh hantar mesej). Notis rasmi juga dihantar melalui aplikasi Little Bee Parent.
        S: Berapa nisbah pengasuh dan kanak-kanak? J: Nisbah di taska ialah 1:3 bagi bayi bawah 1 tahun dan 1:10 bagi kanak-kanak 3 hingga 4 tahun, selaras dengan garis panduan JKM.
        S: Apa yang perlu dibawa setiap hari? J: Botol air, sepasang pakaian ganti, tuala kecil, kasut sukan pada hari Rabu dan sejadah kecil untuk murid beragama Islam.
        S: Adakah anak diajar membaca? J: Ya, kami menggunakan kaedah fonik, buku Iqra' dan modul Bacalah Anakku. Penilaian perkembangan dibuat berdasarkan KSPK (Semakan 2017).
        S: Bolehkah ibu bapa melawat semasa kelas? J: Lawatan perlu melalui temujanji di talian 03-6142 8870 atau WhatsApp pejabat +60 11-2345 6780 supaya rutin kelas tidak terganggu.
    """),
    ("mixed", "whatsapp_guru_kerja"): _lines("""
        [08:02] Admin Pejabat: Selamat pagi cikgu2 semua, reminder hari ni ada lawatan pegawai PPD Petaling Utama pukul 10. Pastikan RPH dan fail kemajuan murid up to date ya.
        [08:15] Cikgu Kelas Bintang: Noted. Kelas 5 Tahun nanti buat aktiviti sains 'Float or Sink', bahan semua dah siap dalam stor belakang.
        [09:40] Tukang Masak: Menu hari ni ubah sikit, ayam masak kicap tukar jadi ayam goreng kunyit sebab supplier hantar lambat. Versi bebas kacang tetap ada macam biasa.
        [10:05] Pengetua: Pegawai dah sampai. Please jangan guna handphone dalam kelas, semua gambar aktiviti upload through app lepas 12pm je.
        [11:20] Cikgu Kelas Pelangi: Projector kelas Pelangi rosak lagi, HDMI tak detect. Boleh tolong call vendor Dataprint IT Services 03-5521 7788? Ticket no TKT-88412.
        [12:45] Admin Pejabat: Invois Disember dah generate dalam sistem, 68 invois semua. Yang belum bayar bulan lepas, sistem auto hantar reminder esok 9am.
        [13:10] Pengasuh Taska: Stok lampin saiz M tinggal 2 pek je, Drypers Drypantz. Tolong order sebelum Jumaat ya, kod supplier BBX-DP-M58.
        [14:30] Pengetua: Mesyuarat PIBG mini Sabtu ni pukul 10 pagi kat dewan. Semua guru wajib hadir, pakai baju batik. Agenda: konvokesyen dan kalendar 2027.
        [15:00] Cikgu Kelas Bintang: Kotak first aid kelas Bintang dah habis plaster dan krim Burnol. Nanti saya isi borang stok FA-03 ya.
        [16:55] Pengawal: Van 2 dah balik dari SK Seksyen 9, semua murid transit dah dihantar. Pagar depan saya kunci pukul 7pm macam biasa.
        [17:30] Admin Pejabat: Sistem KidsDesk down kejap for maintenance 11pm-1am malam ni, versi baru v3.4.2. Attendance esok pagi key-in manual dulu dalam buku.
        [20:10] Pengetua: Tahniah semua, tadika kita dapat 4 bintang dalam penarafan kualiti prasekolah swasta tahun ni. Esok saya belanja Secret Recipe masa rehat! 🎉
        [21:00] Cikgu Kelas Pelangi: Esok theme day 'Ejen Ali', budak2 boleh pakai baju biru. Poster dah share dalam group parents kelas Pelangi.
    """),
    ("en", "config_and_logs"): _lines("""
        2026-12-03T07:42:18+08:00 INFO attendance.sync class=K5-BINTANG present=22 absent=3 late=1 source=tablet-03 duration_ms=412
        2026-12-03T07:58:01+08:00 WARN pickup.gate qr_scan=retry device=GATE-A fw=2.1.7 reason=low_light attempts=2 queue_len=4
        invoice_id,issue_date,class_code,plan,amount_myr,status | INV-2026-1207,2026-12-01,K6-PELANGI,FULLDAY,520.00,PAID
        SMTP_HOST=smtp.tadikabintangkecil.com.my SMTP_PORT=587 SMTP_USER=noreply@tadikabintangkecil.com.my NOTIFY_BCC=admin@tadikabintangkecil.com.my
        allergy_codes: {PN: 'peanut', TN: 'tree nut', EG: 'egg', ML: 'cow milk', SF: 'shellfish', GL: 'gluten'}  # kitchen menu filter, v1.8
        2026-12-03T12:05:44+08:00 ERROR billing.fpx txn=FPX2612030000871 bank=MBB0228 status=failed code=1A msg='Transaction cancelled'
        sha256(menu_2026w49.pdf) = 9f2c1e7a44b0d3e58a6c21f0b7d99e3a5c4f8e01b2d7a6c3f9e0d1b2a3c4d5e6
        def late_fee(minutes_late: int) -> int: return 0 if minutes_late <= 15 else 10 * ((minutes_late - 1) // 15)  # RM10 per 15-min block
        cron: 0 9 * * 1-5 python manage.py send_fee_reminders --overdue-days 14 --channel whatsapp --template fee_overdue_v2
        2026-12-04T10:17:09+08:00 INFO incident.create id=INS-2026-0041 class=K4-MENTARI type=minor_fall severity=1 first_aid=yes notified_within_min=9
        docker run -d --name kidsdesk-api -p 8080:8080 -e DB_URL=postgres://app:changeme@db:5432/kidsdesk kidsdesk/api:3.4.2
        J&T Express 630012874451: parcel from Pustaka Ilmu Sdn Bhd (KSPK workbooks, 3 boxes, 18.4 kg) delivered to Tadika Bintang Kecil reception 2026-11-28 14:22.
        SELECT class_code, COUNT(*) AS kids, SUM(CASE WHEN has_allergy THEN 1 ELSE 0 END) AS allergy_cnt FROM enrolment WHERE year = 2027 GROUP BY class_code;
    """),
    ("ms", "peraturan_dan_sejarah"): _lines("""
        Akta Taman Asuhan Kanak-Kanak 1984 (Akta 308) mewajibkan taska yang menjaga empat atau lebih kanak-kanak berumur bawah empat tahun didaftarkan dengan Jabatan Kebajikan Masyarakat.
        Menurut Akta Pendidikan 1996, pendidikan prasekolah adalah untuk murid berumur empat hingga enam tahun, dan tadika swasta wajib menggunakan Kurikulum Standard Prasekolah Kebangsaan.
        Setiap pengasuh taska dikehendaki menghadiri Kursus Asuhan dan Didikan Awal Kanak-Kanak (KAAK) sebelum atau dalam tempoh tertentu selepas mula bertugas di taska berdaftar.
        Konsep kindergarten diperkenalkan oleh Friedrich Fröbel di Bad Blankenburg, Jerman pada tahun 1837, manakala kaedah Montessori diasaskan oleh Dr. Maria Montessori di Rom pada 1907.
        Program PERMATA dilancarkan pada tahun 2007 dengan Datin Paduka Seri Rosmah Mansor sebagai penaung, memberi fokus kepada asuhan dan didikan awal kanak-kanak bawah empat tahun.
        Peraturan premis dalaman: setiap kelas mesti mempunyai ruang lantai sekurang-kurangnya 1.5 meter persegi bagi setiap murid, pagar setinggi 1.2 meter dan sijil kelulusan Bomba yang sah.
        Garis panduan kesihatan: kanak-kanak yang menghidap penyakit tangan, kaki dan mulut (HFMD) perlu dikecualikan dari taska sehingga semua lepuh kering, dan premis dibersihkan dengan larutan klorin.
        Tabika KEMAS mula dibuka pada awal 1970-an oleh Jabatan Kemajuan Masyarakat untuk memberi peluang pendidikan awal kepada kanak-kanak di kawasan luar bandar.
        Cadangan mewajibkan CCTV di semua taska berdaftar yang dibangkitkan oleh Menteri Pembangunan Wanita, Keluarga dan Masyarakat, Dato' Sri Nancy Shukri, mendapat liputan meluas dalam media.
        Peraturan dalaman 12(3): Pengendali hendaklah menyimpan rekod kehadiran harian, rekod kesihatan dan Borang Kebenaran Pengambilan bagi setiap kanak-kanak sekurang-kurangnya dua tahun.
        Akta Kanak-Kanak 2001 (Akta 611) seksyen 27 mewajibkan pemberi jagaan kanak-kanak yang mengesyaki penderaan untuk melaporkannya kepada Pegawai Kebajikan Masyarakat dengan segera.
        Pendeta Za'ba (Zainal Abidin Ahmad) menekankan kepentingan membaca sejak kecil; petikan daripada karyanya sering dipamerkan di sudut bacaan tadika sempena Bulan Bahasa Kebangsaan.
        Tadika swasta perlu memaklumkan Jabatan Pendidikan Negeri apabila berpindah premis, dan pelan lantai yang diluluskan pihak berkuasa tempatan mesti dikemukakan dalam tempoh 30 hari.
    """),
    ("en", "business_reviews"): _lines("""
        ★★★★★ Tadika Bintang Kecil SS2: clean classrooms, teachers very patient and the kitchen actually follows the nut-free list. Fees a bit steep at RM520 but worth it.
        ★★☆☆☆ Taska Seri Nilai: pickup area is chaos at 6pm, no parking at all, and the office line 06-799 1234 never picks up after 5. Staff are nice though.
        Reviewed Little Caliphs (Bandar Baru Bangi branch): strong on Islamic values and Iqra', weaker on English phonics. Their app is slick, daily photos come through by 3pm.
        ★★★★☆ Love the Q-dees programme, kids read simple sentences after 6 months. Minus one star because the uniform counter charges RM45 for a polo tee.
        Owner reply from Tadika Cahaya Aisyah: Thank you for the feedback. We have installed a new shade net over the playground and the sandpit is now cleaned every Friday.
        ★☆☆☆☆ Signed up for the holiday camp at Kinderhaus Mont Kiara and the promised Petrosains trip was cancelled with one day's notice. Refund took 5 weeks.
        ★★★★★ Kedai Uniform Pak Hamid on Jalan Tuanku Abdul Rahman has every tadika uniform size in stock, baju kurung M5 is RM42 and name embroidery is RM5.
        ★★★★☆ Brainy Bunch Cyberjaya campus is huge, Montessori materials everywhere. The principal's office responded within a day to our email about the bus route.
        ★★★☆☆ Food at this taska is okay, nasi lemak on Mondays and mee sup on Wednesdays, but portions look small for 5-year-olds. Cleanliness 4/5, communication 3/5.
        Smart Reader Kids Puchong: phonics teaching is solid, but they push paid weekend workshops at RM180 each almost every month. Think twice if budget is tight.
        ★★★★★ Taska Comel Sayang in Shah Alam Seksyen 13 saved us during MCO. CCTV you can view in the app, and they message you when the nappy is changed lol.
        ★★☆☆☆ The WhatsApp group is one-way only, so you can't ask anything. Office email hello@kinderhausmk.com.my replied after 4 days. Teachers lovely, admin not so much.
        Owner response: Dear parent, we apologise for the incident at the slide on 14 Nov. Incident report INS-2026-0038 has been shared and the slide has been padded since.
    """),
    ("mixed", "invois_dan_menu"): _lines("""
        INVOIS INV-2026-1188 | Tarikh: 01/12/2026 | Kepada: Tadika Bintang Kecil Sdn Bhd | Daripada: Katering Dapur Mak Teh (SSM 002345678-W) | 540 hidangan x RM4.50 = RM2,430.00
        Menu Minggu 49: Isnin nasi lemak + telur rebus; Selasa bihun goreng sayur; Rabu mee sup ayam; Khamis nasi ayam; Jumaat bubur jagung. Menu bebas kacang tanah setiap hari.
        Purchase Order PO-0927 to Eco-Shop Marketing Bhd: 40 pek tisu basah Pureen, 20 botol Dettol hand wash 250ml, 12 pek Drypers saiz L. Total RM1,126.40 incl. SST.
        Resit No. R-000451 | Dibayar kepada: TNB | Akaun premis tadika No. 2200 1475 9031 | Bil Nov 2026 RM1,284.60 | Kaedah: FPX
        Quotation QT-2026-077 dari Playtime Equipment (M) Sdn Bhd: set gelongsor modular + lantai getah EPDM 40mm, 48 m2, RM18,900.00 termasuk pemasangan di Petaling Jaya.
        Snack time menu: 10am pisang + Dutch Lady susu kotak 125ml; 3.30pm Julie's Peanut Butter Sandwich (NOT for nut-allergy table, ganti dengan Julie's Cheese Crackers).
        Invoice 2026/DS-314 from Dr. Smile Mobile Dental: saringan gigi 62 murid @ RM15 = RM930.00, less sponsorship RM300, balance RM630.00 due 31/12/2026.
        Menu taska (bayi 1-2 tahun): bubur nasi ikan bilis, labu kukus, epal puri. Semua bahan dari Pasar Borong Selayang, dihantar setiap pagi pukul 6.30 oleh pembekal.
        Delivery order DO-55821 | 10 karton Mamee Monster Perisa Ayam, 6 karton Mister Potato Crisps Original | penerima: Stor Tadika, Lot 3A | ditandatangani: Admin Pejabat
        Bil Unifi Biz akaun 1-2003388411 (Tadika Bintang Kecil) Dis 2026: pakej 300Mbps RM189.00 + SST 8% RM15.12 = RM204.12.
        Menu bebas alergen Jumaat: nasi putih, ayam panggang kunyit, sayur campur (tanpa kacang soya), buah tembikai. Disediakan dalam bekas hijau berlabel 'AF'.
        INVOICE KS-7781 Popular Bookstore Mid Valley: 30 unit 'The Gruffalo' by Julia Donaldson @ RM32.90, 30 unit 'Upin & Ipin: Hari Raya' @ RM12.90, total RM1,374.00.
        Nota kredit CN-0012: pemulangan 5 helai baju sukan saiz S (SKU UNI-SK-S03) ke Syarikat Jahitan Seri Mawar, nilai RM190.00, ditolak dalam invois bulan Januari 2027.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Borang Pendaftaran: Nama murid Muhammad Aqil Haziq bin Faizal, No. MyKad 210315-10-2457, Kelas 6 Tahun Bintang, alamat No. 27, Jalan Cempaka 3/2, Taman Cempaka, 68000 Ampang.
        Nama bapa: Faizal bin Roslan, MyKad 870922-14-5531, pekerjaan juruteknik, tel bimbit 013-274 8890, e-mel faizalroslan87@gmail.com.
        Alahan: Nur Aleesya Sofea (5 tahun, kelas Pelangi) alah teruk kepada kacang tanah dan telur, ada EpiPen Jr 0.15mg dalam beg. Ibu: Puan Rozita, 019-332 5106.
        Puan Hasliza minta kelonggaran bayar yuran tertunggak RM1,870 untuk anaknya Danish sebab suami baru kena buang kerja bulan lepas.
        Laporan Insiden INS-2026-0041: Adam Rayyan bin Khairul (4 tahun) jatuh dari gelongsor jam 10.20 pagi, luka di dahi 2 cm, dibawa ke Klinik Kesihatan Ampang. Ibu dimaklumkan jam 10.29.
        Peringatan: bapa Aisyah Humaira, En. Zulkarnain Ismail, TIDAK dibenarkan mengambil anak mengikut perintah Mahkamah Syariah bertarikh 3 Oktober 2026. Hanya ibu, Puan Nadia Hanim, boleh ambil.
        Cikgu Farah dah masuk 7 bulan mengandung, dia minta cuti bersalin mula 15 Januari, tolong cari guru ganti untuk kelas Mentari.
        Gaji Cikgu Syazwani Mohd Noor bulan November: gaji pokok RM2,100, elaun RM200, potongan KWSP RM253, bersih RM2,047, dikreditkan ke akaun Bank Islam 1202 3014 5566 78.
        Nombor plat kereta yang dibenarkan masuk untuk pengambilan Iman: WVD 4821 (Perodua Myvi putih, datuknya) dan BQM 7730 (Honda City kelabu, ibunya).
        Anak Puan Lim, Ethan Lim Jia Hao, disahkan autisme (ASD) oleh Hospital Tunku Azizah, perlukan pembantu khas di dalam kelas bermula Januari.
        Encik Rahmat yang selalu ambil cucu dia tu rupanya baru ditangkap polis minggu lepas kes dadah, jangan serah budak kat dia dulu.
        Sila hubungi saya di 012-905 6634 jika anak saya demam semasa di taska, saya kerja syif malam dan telefon rumah tidak berjawab.
        Pemindahan yuran Disember daripada akaun CIMB 7064 2231 8805 atas nama Norhayati binti Abdullah, rujukan: Yuran Aryan kelas 5 Tahun, RM480.00.
        Sijil kelahiran No. BT48216 bagi Qaisara Elvina binti Mohd Hafiz, lahir 8 Februari 2022 di Hospital Sultanah Aminah Johor Bahru, didaftar untuk kelas 5 Tahun sesi 2027.
        IC ibu: ******-01-6624, nama Siti Khadijah, tolong padankan dengan borang pengambilan anak dia, Rizqi.
        Rekod kesihatan: Harith Irfan (taska, 2 tahun) ada sejarah sawan demam dua kali tahun ini; ubat Diazepam rektal disimpan dalam peti ais pejabat.
        Puan Chong dan suami dalam proses cerai, minta taska jangan beri maklumat kehadiran anak kepada bapa, Mr. Chong Wei Keat, tanpa kebenaran peguamnya.
        Alamat ambil van transit: Blok C-12-3, Pangsapuri Seri Mutiara, Jalan PJU 1A/20, 47301 Petaling Jaya. Ambil Amirul dan adiknya setiap pagi jam 7.15.
        Gambar Nur Iman Safiya dengan lebam di lengan diambil guru pada 2 Dis 2026 jam 8.05 pagi semasa ibu menghantar; telah dilaporkan kepada JKM Petaling mengikut seksyen 27.
        Anak Encik Suresh, Kavin a/l Suresh, ada lelah (asma) teruk; inhaler Ventolin perlu dibawa setiap hari dan jangan beri aktiviti luar bila jerebu.
        Borang Kebenaran Pengambilan: 1) Norazlina binti Yusof (ibu saudara) MyKad 790611-08-5244, tel 017-442 9031; 2) Ahmad Kamal bin Yusof (bapa saudara) tel 011-2987 4410.
        Cikgu Mei Ling ambil MC tiga hari sebab kemurungan, doktor kata burnout teruk, jangan bagitahu ibu bapa ya.
    """),
    "en": _lines("""
        Enrolment form: Child Sophia Tan Xin Yi, DOB 14/06/2022, mother Jessica Ong Mei Kuan, mobile +60 16-338 2074, email jessica.ong.mk@yahoo.com, home 15 Jalan Setia Indah U13/22F, Setia Alam.
        Hi teacher, this is Ravi, Arjun's dad. Arjun has a mild egg allergy and also G6PD deficiency, please no mothballs or naphthalene near his cubby.
        Incident note 04/12: Chloe Wong (K4 Mentari) bitten on the left forearm by a classmate during free play, skin broken, cleaned with saline. Mum Mrs. Wong informed at 11:42.
        Please update my contact: new number 018-276 5590, the old one was lost with my phone. Thanks, Nurul's mum
        Outstanding fees: Daniel Hakimi, 3 months overdue (Sep-Nov), RM1,560; father Mr. Hakim Omar promised to settle after his bonus comes in January.
        Ms. Priya Nair, Class Pelangi teacher, has resigned effective 31 Dec due to her ongoing chemotherapy for breast cancer.
        Pickup authorisation: grandmother Madam Teoh Ah Moi, NRIC ending 5518, silver Proton Saga plate PKN 6624, may collect Ryan Teoh on Tuesdays and Thursdays.
        Hi, I'm Amelia's mum. Her dad now works in Singapore, his FIN is G5567891P, he needs the fee receipts for a company claim, can you email daniel.kok.sg@gmail.com?
        Payslip Nov 2026 | Assistant caregiver Lee Siew Mun | Basic RM1,750 | OT RM140 | EPF (employee) RM208 | Net RM1,682 | Public Bank acct 3156 7720 41
        Dear principal, my son Isaac was diagnosed with ADHD last month at KPJ Damansara. We'd prefer he's not seated at the back of the class. Regards, Mrs. Grace Liew
        Health form: Mikhail Chua, blood type O+, allergies penicillin and shellfish, mild asthma; paediatrician at Columbia Asia Puchong; emergency contact Mr. Chua Boon Kiat 012-668 1093.
        Our home address for the Hari Raya card: Unit 8-2, Residensi Vista Mutiara, Jalan Kepong, 52000 Kuala Lumpur. Thanks! From Hana and Ilyas' mummy
        CCTV request: Mr. Kumar (father of Tharshini, K5) wants footage of 27 Nov 3-4pm, claims a teacher pulled his daughter's ear; his police report no. is AMPANG/012345/26.
    """),
    "mixed": _lines("""
        Teacher, tomorrow my husband will pick up Zara, his car is grey Honda HR-V VGF 8823 ya. His name Azlan, IC 880214-05-6071.
        Eh admin, Puan Salmah tu dah 4 bulan tak bayar yuran, total RM2,080 already. Husband dia kata bisnes lingkup, nak declare bankrupt. Macam mana ni?
        Boss, slip gaji Cikgu Hidayah bulan ni salah, sepatutnya RM2,350 tapi dia dapat RM2,150 je. Her Maybank acc 1640 2298 5517, please top up the RM200.
        [WhatsApp Guru] Cikgu Ana: Mummy Aryana call, said Aryana vomit twice at home last night, suspect HFMD, doc confirm tomorrow. Kelas Mentari please sanitise all toys.
        Parents list K6 Pelangi: 1. Liyana Osman 012-377 4901, 2. Kevin Yap 016-221 8043, 3. Sharmila Devi 019-554 3276. Jangan forward ke group lain ok.
        Little Haris punya speech delay quite serious, speech therapist kat Hospital Serdang kata kena datang every 2 weeks, mak dia minta we do the exercises in class too.
        Adik Sara kena eczema teruk, tangan merah2 sampai berdarah, mummy dia hantar krim Elomet. Pls apply after makan tengah hari. Dia jugak alah susu lembu.
        Sorry teacher, Mia's daddy and I dah separate. From now on don't send any photos of Mia to his WhatsApp 017-209 6635, only to mine 012-781 4452. Thanks, Stephanie
        Ops note: driver Abang Jali kena tarik lesen lepas kes drunk-driving, so tomorrow Van 2 driven by Encik Mohd Rosli bin Daud, lesen no. 920418-10-5563.
        Student record export: id=S2027-0145, name='Aleena Batrisyia binti Rosman', dob=2022-03-30, mykad=220330-14-0892, allergy='peanut', guardian_tel='+60132741108'
        Mr. Tan kata dia akan transfer yuran lepas gaji masuk, his account Hong Leong 0210 5578 931, tapi minta resit bawah nama dia, Tan Kok Leong.
        Sis, Rania's mummy asked can her maid Dewi pick up today? Dewi passport no. C4478102, Indonesian, will come by Grab around 5.30pm.
        Teacher Kelly, your mum called the office, she's in Sunway Medical, stroke this morning. Go first, I cover your class.
        Pls note, Baby Ayden (11 months) panas 38.9°C, we've called his mummy at 6.10pm, she said will come in 20 min. Dah bagi Uphamol 2.5ml lepas dapat kebenaran.
        Cikgu Rina, parents Ammar dah complain kat FB page kita, said you scolded Ammar in front of the class. Tolong datang office pukul 2 bincang dengan Puan Pengetua.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu pentadbiran Tadika Bintang Kecil, Petaling Jaya. Tulis dalam Bahasa Melayu yang sopan.",
        ),
        (
            "user",
            "Tolong draf surat peringatan yuran tertunggak kepada Puan Norhayati binti Abdullah, ibu kepada Aryan (kelas 5 Tahun). Tertunggak Oktober dan November, jumlah RM960.",
        ),
        (
            "assistant",
            "Puan Norhayati binti Abdullah yang dihormati, dimaklumkan bahawa yuran bagi anak puan, Aryan (kelas 5 Tahun), untuk bulan Oktober dan November 2026 berjumlah RM960 masih belum dijelaskan. Mohon jelaskan sebelum 15 Disember 2026 atau hubungi pejabat untuk pelan ansuran.",
        ),
        (
            "user",
            "Tambah ayat bahawa kami faham keadaan dia sebab dia baru bercerai, tapi jangan terlalu terang.",
        ),
        (
            "assistant",
            "Baik. Saya cadangkan ayat ini: Pihak tadika memahami bahawa setiap keluarga mungkin melalui tempoh yang mencabar, dan kami sedia berbincang secara sulit tentang jadual bayaran yang lebih sesuai. Rujukan kepada perceraian tidak disebut dalam surat rasmi.",
        ),
    ],
    [
        (
            "user",
            "I run a small taska in Subang Jaya. One of our kids, Ethan Wong (4), has a severe cashew allergy and carries an EpiPen. His mum Mrs. Cheryl Wong's number is 012-880 3417. What should our allergy action plan include?",
        ),
        (
            "assistant",
            "An allergy action plan for a child like Ethan should include: a recent photo, the confirmed allergens, early and severe symptoms, step-by-step EpiPen instructions, who calls 999, and the parent contact to ring immediately after adrenaline is given. Keep one copy in the classroom and one in the kitchen.",
        ),
        ("user", "Should the kitchen staff know his name or just a code?"),
        (
            "assistant",
            "Kitchen staff need to recognise him reliably, so most centres use the name plus photo on a poster kept inside the kitchen, not in public areas. A colour-coded plate and lunchbox adds a second check.",
        ),
    ],
    [
        (
            "system",
            "You help kindergarten principals in Malaysia summarise staff WhatsApp threads. Reply in Manglish or BM as the user writes.",
        ),
        (
            "user",
            "Tolong summarise ni: [07:55] Cikgu Aini: Parents Danial marah sebab Danial jatuh semalam, bapa dia En. Shahrul call 3 kali dari 019-446 2108. [08:10] Pengetua: Saya handle. [08:30] Cikgu Aini: Dia nak CCTV footage dan nak report polis.",
        ),
        (
            "assistant",
            "Summary: Bapa Danial, En. Shahrul (019-446 2108), tidak puas hati selepas Danial jatuh semalam. Dia minta rakaman CCTV dan berhasrat membuat laporan polis. Pengetua akan uruskan sendiri. Cadangan: sediakan Laporan Insiden dan jadualkan pertemuan hari ini.",
        ),
        ("user", "Ok good, can you make it shorter for the board?"),
        (
            "assistant",
            "Aduan ibu bapa berkaitan kecederaan murid K5 (Danial) semalam. Bapa minta CCTV, mungkin buat laporan polis. Pengetua sedang uruskan.",
        ),
    ],
    [
        (
            "user",
            "Saya cikgu tadika. Tolong tulis laporan insiden: Irdina Sofea binti Azman, 5 tahun, jatuh dari palang gayut jam 11.05 pagi 3 Disember, tangan kiri bengkak, ibu Puan Suraya bawa ke Hospital Selayang, X-ray sahkan patah.",
        ),
        (
            "assistant",
            "LAPORAN INSIDEN. Nama murid: Irdina Sofea binti Azman (5 tahun). Tarikh/masa: 3 Disember 2026, 11.05 pagi. Lokasi: taman permainan, palang gayut. Kecederaan: bengkak pada tangan kiri, disahkan patah melalui X-ray di Hospital Selayang. Tindakan: pertolongan cemas, ibu (Puan Suraya) dimaklumkan dan membawa murid ke hospital.",
        ),
        ("user", "Perlu ke saya hantar laporan ni ke JKM?"),
        (
            "assistant",
            "Bagi taska berdaftar, kecederaan serius seperti patah tulang elok dimaklumkan kepada pejabat JKM daerah dan disimpan dalam fail. Untuk tadika di bawah KPM, semak garis panduan Jabatan Pendidikan Negeri. Simpan juga salinan laporan yang ditandatangani ibu bapa.",
        ),
    ],
    [
        (
            "system",
            "You are an assistant for childcare operators in Malaysia. Give practical, non-legal-advice guidance.",
        ),
        (
            "user",
            "Urgent. Mr. Lau Chee Meng just showed up at our gate to take his daughter Evelyn, but the mother gave us a court order saying he has no access until the custody hearing. He's shouting. What do we do?",
        ),
        (
            "assistant",
            "Do not release Evelyn. Keep her inside with a teacher, keep the gate locked, and calmly tell Mr. Lau the centre must follow the court order on file. Call the mother right away and, if he does not leave or becomes aggressive, call 999. Write down the time and what was said afterwards.",
        ),
        ("user", "He left. The mum is Mdm. Tan Hui Min, 016-552 9087. Should I message her now?"),
        (
            "assistant",
            "Yes, call her first rather than only texting, then follow up in writing with a short factual summary: time of arrival, what Mr. Lau asked for, and that Evelyn stayed safely inside. Keep a copy with the court order in her file.",
        ),
    ],
    [
        (
            "system",
            "Data pengambilan hari ini (dalaman, jangan kongsi): K4-MENTARI | Hanis Zulaikha | dijemput oleh: nenek Hajah Rokiah, 013-228 7415 | kereta JKT 2291. K4-MENTARI | Wei Jie | dijemput oleh: ayah Ng Kah Seng, 012-603 4478.",
        ),
        ("user", "Sapa yang ambil Hanis petang ni? Guard tanya."),
        (
            "assistant",
            "Hanis Zulaikha akan diambil oleh neneknya, Hajah Rokiah, dengan kereta JKT 2291. Nombor untuk dihubungi: 013-228 7415.",
        ),
        ("user", "Ok thanks, and Wei Jie?"),
        ("assistant", "Wei Jie akan diambil oleh ayahnya, Encik Ng Kah Seng (012-603 4478)."),
    ],
    [
        (
            "user",
            "Tolong tulis surat permohonan cuti bersalin. Saya Nurul Ain binti Kamarudin, MyKad 930507-06-5128, guru kelas Pelangi di Tadika Cahaya Aisyah, jangkaan bersalin 20 Februari 2027.",
        ),
        (
            "assistant",
            "Kepada Pengetua, Tadika Cahaya Aisyah. Perkara: Permohonan Cuti Bersalin. Saya, Nurul Ain binti Kamarudin (MyKad 930507-06-5128), guru kelas Pelangi, memohon cuti bersalin selama 98 hari bermula 6 Februari 2027, berdasarkan jangkaan tarikh bersalin 20 Februari 2027. Sijil doktor dilampirkan.",
        ),
        ("user", "98 hari tu betul ke untuk swasta?"),
        (
            "assistant",
            "Ya, selepas pindaan Akta Kerja 1955 yang berkuat kuasa 1 Januari 2023, pekerja wanita layak mendapat cuti bersalin bergaji sekurang-kurangnya 98 hari berturut-turut.",
        ),
    ],
    [
        (
            "user",
            "Clean up this CSV for our fee system: name,phone,class,balance / Tan Jun Hao,0126637102,K5,480 / Nur Qistina,0197721590,K6,0 / Arvind Raj,0163389014,K4,960",
        ),
        (
            "assistant",
            "name,phone,class,balance_myr / Tan Jun Hao,+60126637102,K5-BINTANG,480.00 / Nur Qistina,+60197721590,K6-PELANGI,0.00 / Arvind Raj,+60163389014,K4-MENTARI,960.00",
        ),
        ("user", "Now mask the phones so I can paste it in the staff group."),
        (
            "assistant",
            "name,phone,class,balance_myr / Tan Jun Hao,+6012****102,K5-BINTANG,480.00 / Nur Qistina,+6019****590,K6-PELANGI,0.00 / Arvind Raj,+6016****014,K4-MENTARI,960.00. Note the names and balances are still personal data, so consider sharing only with staff who need it.",
        ),
    ],
    [
        ("system", "You help parents write polite messages to their child's teacher."),
        (
            "user",
            "Help me write to Teacher Suzy. My daughter Ava Lim is 3, in the taska. Her eczema flared up badly since her dad moved out last month, she scratches at night. I want them to apply Cetaphil every 2 hours and call me at 017-390 2261 if it bleeds.",
        ),
        (
            "assistant",
            "Hi Teacher Suzy, hope you're well. Ava's eczema has flared up quite a bit recently and she's been scratching at night. Could the team please apply her Cetaphil cream every 2 hours? If any patch starts bleeding, kindly call me at 017-390 2261. Thank you so much for caring for her. Ava's mummy",
        ),
        ("user", "Should I mention the divorce?"),
        (
            "assistant",
            "It's your choice. A short line such as 'we've had some changes at home lately, so she may be more clingy' helps the teacher understand without sharing details you'd rather keep private.",
        ),
    ],
    [
        (
            "user",
            "Isi borang pendaftaran ni untuk saya: anak Muhammad Faris bin Hakimi, lahir 11/09/2021, bapa Hakimi bin Jusoh tel 014-990 3326, alamat No. 5 Lorong Damai 7, Taman Damai Jaya, 81300 Skudai. Alahan: tiada. Kelas 6 Tahun.",
        ),
        (
            "assistant",
            "BORANG PENDAFTARAN 2027. Nama murid: Muhammad Faris bin Hakimi. Tarikh lahir: 11/09/2021. Kelas: 6 Tahun. Nama bapa/penjaga: Hakimi bin Jusoh. Telefon: 014-990 3326. Alamat: No. 5, Lorong Damai 7, Taman Damai Jaya, 81300 Skudai, Johor. Alahan: Tiada.",
        ),
        ("user", "Tambah MyKad anak 210911-01-3387."),
        (
            "assistant",
            "Dikemas kini: No. MyKad murid: 210911-01-3387. Sila semak semula semua butiran sebelum menandatangani borang dan lampirkan salinan sijil kelahiran.",
        ),
    ],
]
