# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms84: Malay house-moving and lorry-rental services (quotes, damage, crew, payment, complaints). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms84
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "iklan dan sebut harga"): _lines("""
        Pakej Pindah Rumah Studio/Bilik: lori 1 tan + 2 pekerja, dari RM250 dalam Lembah Klang (bawah 20 km). Harga termasuk pembalut plastik dan tali pengikat.
        Pakej Keluarga 3 Bilik: lori 5 tan + 4 pekerja, RM1,200–RM1,600 bergantung kepada tingkat dan jarak. Caj tangga RM10 setiap tingkat tanpa lif.
        Sewa lori 3 tan tanpa pemandu: RM280 sehari, deposit RM500 boleh dipulangkan, minyak ditanggung penyewa.
        PROMOSI DISEMBER: diskaun 15% untuk tempahan pindah pejabat sebelum 20 Dis 2026. Kod promo PINDAH15, tidak boleh digabung dengan tawaran lain.
        Servis angkut barang pukal & buang perabot lama: RM150 untuk satu trip lori 1 tan ke pusat pelupusan.
        Sebut harga anggaran: Shah Alam → Johor Bahru, 2 bilik, lori 5 tan, 3 pekerja, RM2,350 termasuk tol dan minyak. Sah 14 hari.
        Pindah antara negeri setiap hari! KL–Penang, KL–JB, KL–Kuantan. Kongsi lori (part load) serendah RM480.
        Caj tambahan: bongkar & pasang katil RM40/unit, almari 3 pintu RM60, mesin basuh RM30, pasang TV di dinding RM80.
        Kotak kadbod saiz sederhana (45 x 35 x 35 cm) RM4.50 sebiji, pita selotep RM3 segulung, bubble wrap 1 m x 50 m RM55.
        Hubungi talian tempahan Lori Kita di 1-300-88-7468 atau WhatsApp bisnes syarikat 011-5400 8821, Isnin–Sabtu 9 pagi hingga 6 petang.
        Lori Kita Sdn Bhd (No. Syarikat 201901023456 (1331234-K)) – pakar pindah rumah sejak 2009, berdaftar dengan APAD.
        Sebut harga percuma melalui video call: tunjukkan barang anda dan kami beri harga tetap dalam masa 30 minit.
        Untuk pindah ke Sabah dan Sarawak, barang dihantar dalam kontena 20 kaki melalui Pelabuhan Klang; tempoh penghantaran 10–14 hari bekerja.
        Harga di atas tidak termasuk SST 8% dan caj parkir di kondominium yang mengenakan bayaran.
    """),
    ("ms", "terma dan syarat"): _lines("""
        Deposit 30% diperlukan untuk mengesahkan tempahan; baki perlu dijelaskan sebelum barang dipunggah di lokasi baharu.
        Pembatalan kurang daripada 48 jam sebelum tarikh pindah akan dikenakan caj RM150 yang ditolak daripada deposit.
        Syarikat tidak bertanggungjawab atas kerosakan barang yang dibungkus sendiri oleh pelanggan kecuali kerosakan berpunca daripada kecuaian pekerja semasa mengangkat.
        Tuntutan kerosakan mesti dibuat secara bertulis dalam tempoh 3 hari selepas pindahan beserta gambar dan resit pembelian.
        Pampasan maksimum bagi setiap barang tanpa insurans tambahan ialah RM200, tertakluk kepada penilaian susut nilai.
        Insurans transit pilihan: 1.5% daripada nilai barang yang diisytiharkan, minimum RM50.
        Barang berbahaya seperti tong gas, petrol, cat dan bahan mudah terbakar tidak akan diangkut.
        Penyewa lori mesti berumur 21 tahun ke atas dan memiliki lesen memandu kelas D yang sah sekurang-kurangnya 2 tahun.
        Lori sewa perlu dipulangkan dengan tangki penuh; kekurangan minyak akan dicaj RM3.50 seliter termasuk caj perkhidmatan.
        Saman trafik, saman parkir dan tol yang berlaku sepanjang tempoh sewaan adalah tanggungjawab penyewa.
        Pelanggan perlu mendapatkan kebenaran pengurusan bangunan untuk penggunaan lif servis dan membayar deposit lif jika dikenakan.
        Masa menunggu melebihi 1 jam di lokasi akan dicaj RM50 sejam atau sebahagian daripadanya.
        Data peribadi pelanggan diproses mengikut Akta Perlindungan Data Peribadi 2010 dan hanya digunakan untuk tujuan tempahan.
        Sebarang pertikaian akan dirujuk kepada Tribunal Tuntutan Pengguna Malaysia sebelum tindakan mahkamah diambil.
    """),
    ("ms", "soalan lazim dan tips"): _lines("""
        S: Berapa awal saya perlu buat tempahan? J: Sekurang-kurangnya 7 hari, atau 3 minggu sebelum hujung bulan dan musim cuti sekolah.
        Tips: labelkan setiap kotak dengan nama bilik dan tulis 'RAPUH' pada kotak pinggan mangkuk.
        Kosongkan dan cairkan ais peti sejuk 24 jam sebelum hari pindah supaya air tidak bocor dalam lori.
        Mesin basuh jenis pemuatan depan perlu dipasang bolt pengangkutan (transit bolt) sebelum diangkat.
        S: Boleh tak pekerja bantu kemas barang? J: Boleh, servis packing penuh dikenakan RM35 sejam bagi setiap pekerja.
        Tanaman dalam pasu besar sebaiknya dibawa dengan kereta sendiri kerana boleh layu dalam lori tertutup.
        S: Lori saiz apa sesuai untuk rumah teres 2 tingkat 4 bilik? J: Biasanya lori 5 tan, atau dua trip lori 3 tan.
        Jangan letak barang kemas, dokumen penting dan ubat-ubatan dalam kotak yang dibawa lori; bawa sendiri.
        Untuk pangsapuri tanpa lif, maklumkan bilangan tingkat semasa minta sebut harga supaya harga tidak berubah pada hari pindah.
        S: Adakah harga berubah jika hujan? J: Tidak, tetapi kami mungkin lewat sedikit kerana perlu menutup barang dengan kanvas.
        Ambil gambar sambungan wayar di belakang TV dan komputer sebelum dicabut supaya senang dipasang semula.
        Semak had ketinggian tempat letak kereta bawah tanah; lori 3 tan biasanya setinggi 3.2 meter.
        S: Bolehkah saya naik lori bersama pemandu? J: Atas sebab insurans, hanya seorang penumpang dibenarkan di kabin.
        Kemas kini alamat dengan bank, TNB, Air Selangor dan JPJ dalam tempoh sebulan selepas berpindah.
    """),
    ("mixed", "group chat operasi"): _lines("""
        Lori 3 tan unit #07 dah sampai site Puchong, tapi lif servis booking start 10am, so team tunggu bawah dulu.
        Guys, esok job Cyberjaya kena bawa 2 troli dan 6 selimut tebal, ada piano upright.
        Tol Sungai Besi jam teruk, ETA Cheras lambat 40 min, tolong inform office.
        Team B dah settle 3 job hari ni, total 14 jam kerja, OT claim submit by Friday ya.
        Reminder semua: pakai uniform dengan tag syarikat, management kondo Mont Kiara sangat strict.
        Stok kotak medium tinggal 40 je kat stor Shah Alam, sapa lalu Kinrara ambil 100 lagi.
        Lori 5 tan unit #02 brake bunyi pelik, hantar workshop Batu Caves petang ni, job esok guna unit #05.
        Customer Job 1147 minta tukar tarikh ke 22 Dis, office dah approve, no extra charge.
        Jangan park tepi Jalan Tun Razak lama-lama, DBKL tengah buat operasi saman.
        Bubble wrap besar jangan guna untuk kotak buku, membazir, guna kertas surat khabar cukup.
        Site Bangsar tak ada parking lori, kena angkat jauh 50m, tolong charge extra RM80 macam dalam quote.
        Office tutup 25 Dis, job on call only, roster cuti Tahun Baru Cina nanti HR share.
        Update: semua lori kena pasang GPS tracker baru minggu depan, vendor datang depoh Rawang hari Isnin.
        Safety reminder: angkat guna lutut bukan belakang, dan minimum 2 orang untuk almari lebih 40 kg.
    """),
    ("ms", "log sistem dan tiket"): _lines("""
        JOB-2026-11-0483 | Status: SELESAI | Lori: 5 tan | Jarak: 38 km | Pekerja: 4 | Caj: RM1,150.00
        INV/2026/12/0157 dijana 03/12/2026 10:42, jumlah RM2,350.00, status BELUM DIBAYAR
        Tiket #SUP-88314 dikemas kini: kategori 'Kerosakan barang', keutamaan SEDERHANA, diserahkan kepada Unit Tuntutan.
        GPS unit LK-07: 14:05 Lebuhraya Persekutuan KM 12.4, kelajuan 72 km/j, enjin ON.
        Sebut harga SH-26-1211 tamat tempoh pada 20/12/2026 23:59.
        Pembayaran FPX diterima: rujukan 2026120388123410, amaun RM700.00, untuk tempahan BK-55190.
        Nombor penjejakan kontena: MYPKG 0048 2291 7730, destinasi Kuching, ETA 16/12.
        Laporan bulanan Nov 2026: 412 tempahan, 37 aduan, 9 tuntutan diluluskan, purata rating 4.3.
        ERROR 502 di /api/v2/quotes/calc – timeout selepas 30s, cuba semula 3 kali.
        Konfigurasi: caj_tingkat_tanpa_lif=10.00; had_berat_lori_3tan=3000; sst_kadar=0.08
        Tiket #SUP-88402 ditutup automatik selepas 7 hari tanpa maklum balas.
        Inventori depoh Rawang: 9 lori (3 x 1 tan, 4 x 3 tan, 2 x 5 tan), 2 dalam servis.
        Notifikasi SMS dihantar kepada 58 pelanggan untuk pindahan 07/12/2026.
        Aplikasi pemandu versi 3.8.2 (build 2026.11.27) – baiki pepijat muat naik foto bukti penghantaran.
    """),
    ("en", "company notices and news"): _lines("""
        Notice to all crew: starting 1 January 2027, every lorry must carry a fire extinguisher and a first-aid kit checked monthly.
        JPJ reminder: drivers of goods vehicles need a valid GDL (Goods Driving Licence) in addition to the class E licence.
        Our Penang branch is relocating to Bayan Lepas Industrial Park Phase 4 from 2 January; the branch line 04-643 2215 remains unchanged.
        Industry survey: 62% of Klang Valley households that moved in 2025 hired a mover, up from 48% in 2019.
        Holiday schedule: no moves will be scheduled on Christmas Day, and Chinese New Year bookings open on 5 January.
        Blog: five things to check before signing a moving contract – insurance, cancellation fee, stair charges, waiting time and payment terms.
        Fuel surcharge revised: RM0.20 per km for interstate trips above 150 km, effective 1 December 2026.
        Press release: Lori Kita Sdn Bhd wins the 2026 SME Logistics Excellence Award in the small-fleet category.
        Our crew completed the NIOSH manual handling course at the Shah Alam training centre on 28 November.
        Reminder: the Ampang depot will be closed for floor repairs from 10 to 12 December; pick-ups move to the Cheras depot.
        From our history series: the first Proton Saga rolled off the line in 1985, launched by then Prime Minister Mahathir Mohamad.
        Customer satisfaction for Q3: 4.5/5 from 1,208 reviews; the top complaint category was late arrival (41%).
        Case study: moving a 60-person architecture firm from Jalan Ampang to TRX over one weekend without a day of downtime.
        Fleet upgrade: four new Isuzu NPR 75 and two Hino 300 XZU 730 lorries join the Klang Valley fleet this month.
    """),
    ("mixed", "ulasan dan forum"): _lines("""
        Team dia on time, barang satu pun tak calar. Memang recommend, 5 bintang!
        Anyone pernah guna lori sewa dari Shah Alam ke Penang? Berapa harga roughly untuk 2 bilik?
        Harga ok tapi datang lambat 2 jam, lepas tu minta tambah caj tangga yang tak ada dalam quote. 3/5.
        Tips dari saya: ambil video semua perabot sebelum pekerja angkat, senang nak claim kalau rosak.
        Pekerja sangat sopan, siap tolong pasang balik katil bayi. Terima kasih team Lori Kita!
        Kalau pindah dalam bulan puasa, book awal, banyak lori dah penuh minggu terakhir sebelum raya.
        Lori sewa 1 tan cukup tak untuk barang bujang? Ada katil single, almari, meja dan 10 kotak.
        Worst experience, peti ais kemek dan claim ambil masa 2 bulan baru settle. Tak nak guna lagi.
        Dulu P. Ramlee dalam Bujang Lapok tiga orang kongsi satu bilik, sekarang pindah rumah pun kena sewa lori 5 tan haha.
        For expats: movers in KL generally quote per trip, not per hour, so always ask what is included.
        Quote dapat dari 3 company: RM900, RM1,050 dan RM1,400 untuk benda sama, gila beza.
        Berbaloi ambil insurans transit kalau ada TV besar, saya bayar RM60 je.
        Sape tahu lori boleh masuk Jalan Petaling waktu siang tak? Ada larangan lori berat ke?
        Lagi murah sewa lori self-drive, tapi kena cari kawan tolong angkat, belakang sakit seminggu lol.
    """),
    ("ms", "templat dan borang kosong"): _lines("""
        Nama Pelanggan: ____________ | No. K/P: ______-__-____ | No. Tel: ____________ | Alamat Asal: ____________
        Kepada [NAMA PELANGGAN], terima kasih kerana memilih kami. Pindahan anda dijadualkan pada [TARIKH] jam [MASA].
        Saya, ________________, mengesahkan bahawa semua barang telah diterima dalam keadaan baik. Tandatangan: ________
        Senarai semak hari pindah: ☐ bacaan meter elektrik direkod ☐ kunci diserahkan ☐ bilik diperiksa kosong ☐ sampah dibuang
        Borang Tuntutan Kerosakan – Bahagian A: Butiran Tempahan (No. Tempahan, Tarikh) / Bahagian B: Senarai Barang Rosak / Bahagian C: Gambar
        Hi {customer_name}, lori anda akan tiba dalam {eta_minutes} minit. Pemandu: {driver_name}, No. Pendaftaran: {plate_no}.
        Inventori: Bil | Barang | Kuantiti | Keadaan Sebelum | Keadaan Selepas | Catatan
        Perjanjian Sewa Lori antara LORI KITA SDN BHD ('Pemilik') dan ____________ ('Penyewa') bagi tempoh ____ hari.
        Dear [Customer], your deposit of RM[amount] has been received. Reference: [booking_no].
        Slip Gaji Harian Pekerja Sambilan – Nama: ______ Tarikh: ______ Jam Kerja: ______ Kadar: RM____ Jumlah: RM____
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        BORANG TEMPAHAN PINDAH RUMAH | Nama: MOHD FAIZAL BIN RAMLI | No. K/P: 850312-14-5327 | Tel: 012-387 4410 | Alamat asal: B-12-07, Residensi Seri Kembangan, 43300 Seri Kembangan | Tarikh pindah: 14/12/2026
        Aduan #AD-2026-1183: Puan Nurul Aisyah binti Kamarudin melaporkan cermin almari soleknya pecah semasa pindah dari Bangi ke Kajang dan menuntut RM650 dimasukkan ke akaun Maybank 1620 4419 8823.
        Senarai pekerja sambilan minggu 49: Hafiz bin Osman (990114-10-5963) RM90/hari; Ganesan a/l Subramaniam – MC 3 hari, sakit belakang; Mohd Khairul bin Azmi – digantung tugas menunggu siasatan.
        Perjanjian sewa lori 3 tan RL-2026-3318: Penyewa LIM CHEE KEONG, K/P 780125-07-5211, lesen D & E, deposit RM500 tunai, pulang 18/12 jam 6 petang.
        salam bang, sy kak ros dr taman melawati, rumah no 14 jln g3, nak angkut peti ais & dapur gas sabtu ni boleh? tel sy 019-552 8063
        Surat Amaran Pertama: Pemandu Zulkarnain bin Yusof didapati memandu lori JTK 8831 pada 112 km/j di Lebuhraya Utara-Selatan pada 2 November 2026; saman RM300 akan dipotong daripada gaji Disember.
        Resit No. R-04412: Diterima daripada Encik Rajesh Kumar a/l Maniam sebanyak RM1,850.00 melalui DuitNow (017-6230915) bagi pindahan Cheras ke Seremban 2.
        Nota team: Makcik Halimah, No. 7 Lorong Bunga Raya 3, Taman Sri Gombak, baru operasi lutut minggu lepas – angkat katil ke bilik bawah, jangan suruh dia angkat apa-apa.
        Tuntutan kerosakan TK-0291: TV 55 inci milik Cik Angela anak Jimbun (K/P 951102-13-5870) retak skrin semasa dipunggah di Batu Kawa, Kuching; nilai tuntutan RM2,399.
        SENARAI HITAM: TAN KOK WAI | 016-704 2298 | batal 3 tempahan tanpa notis, cek RM1,200 tendang (Mac 2026) | jangan terima tempahan tanpa bayaran penuh
        Gaji Nov 2026 – Muthusamy a/l Krishnan, kapten pasukan B: pokok RM2,450 + OT RM380 − pendahuluan RM200; kredit ke Public Bank 3198227405.
        Laporan Kemalangan: Aiman bin Rosli (22) terseliuh buku lali semasa turun tangga Blok C PPR Kerinchi, dirawat di Klinik Kesihatan Pantai, MC 2 hari.
        Surat Pengesahan Majikan: SITI HAJAR BINTI ABDUL RAHMAN (880227-05-6212) bekerja sebagai kerani operasi di syarikat kami sejak Jun 2019 dengan gaji pokok RM2,800 sebulan.
        Sebut harga SH-26-0917 untuk Dr. Kavitha d/o Ramasamy: dari 22, Jalan Setiawangsa 9, 54200 Kuala Lumpur ke Cyberjaya, 3 bilik, lori 5 tan + 4 pekerja, RM2,300.
        Abang Joe (Johari bin Mat Saman) kena tahan JPJ kat Sungai Buloh semalam, lesen GDL dia dah tamat; lori VJE 9032 kena tunda ke depoh JPJ.
        Barang tertinggal dalam lori: beg sandang hitam berisi pasport A55283041 atas nama WONG SIEW LAN – sila tuntut di kaunter pejabat Cheras.
        Serahan kunci: penyewa Encik Shahrul Nizam bin Ahmad Tajuddin keluar 30/11; tunggakan sewa 2 bulan RM2,600 belum dijelaskan, deposit ditahan.
        Pekerja asing: MD RAHIM UDDIN, pasport Bangladesh EH0394417, permit kerja tamat 03/2027, tinggal di rumah kongsi Jalan Kebun Nanas, Klang.
        Aduan pelanggan Bandar Kinrara: pekerja team Puchong bernama Syafiq, 24 tahun, bertatu di lengan kiri, didakwa ambil duit syiling dari laci rumah; kes dirujuk ke Balai Polis Puchong.
        Deposit RM300 dengan Visa 4556 3371 0284 5191 (tamat 08/28) atas nama NOR AZLINA BT HUSIN – caj selepas pelanggan sahkan tarikh.
        Puan Chong Mei Fong minta pindahan dibuat masa suami tiada di rumah kerana sedang dalam proses cerai; alamat baru di Klang JANGAN didedahkan kepada sesiapa.
        Jadual 12/12, 8.00 pagi: Encik Lau Boon Hock, Vista Komanwel C-08-3, Bukit Jalil → Puchong Utama; telefon 012-665 3190 sebelum naik.
        Hafizah 011-2384 7716 pindah Ahad, 2 bilik, Wangsa Maju
        Semakan rujukan: bekas pemandu Kumaravel a/l Perumal berhenti April 2026 selepas ujian air kencing positif dadah; tidak disyorkan untuk diambil semula.
        Peringatan tunggakan kepada Puan Rosnah binti Ibrahim, Lot 1127, Kampung Sungai Ramal Dalam, 43000 Kajang: RM450 bagi invois INV-2026-10-0087 masih belum dibayar.
        RODNEY GIMBANG, K/P 810605-12-5479, sewa lori 1 tan cawangan Kota Kinabalu 20–22 Dis, deposit dibayar, hubungi 014-903 1225.
        Kereta Encik Amirul Hakim (BNF 2209, Honda City putih) dilanggar lori kami semasa undur di parkir Kondo Idaman; tuntutan baiki bumper RM1,150.
    """),
    "mixed": _lines("""
        Bro, customer Jason Teoh tu, unit 17-3A Pangsapuri Cempaka, Ampang, dia cakap sofa dia koyak sebab team tarik, claim RM800. No dia 013-882 4107, you call la.
        Reminder: Ms. Priya d/o Suresh moving from SG, NRIC S8812345Z, barang sampai Pasir Gudang 9 Dec, customs form kena dia sign sendiri.
        Auntie Lucy Pereira dari Melaka (600723-04-5018) nak hantar piano ke rumah anak dia di Ipoh, dia cakap sakit pinggang so tak boleh ada masa loading.
        Boss, Kelvin Ng punya payment dah masuk, CIMB transfer RM2,100 ref 88213, tapi dia minta resit atas nama company dia.
        Team, rumah Encik Faridzuan bin Mokhtar No. 3 Jalan Kenari 5, Bandar Puchong Jaya ada anjing garang, jangan masuk pagar before dia ikat.
        FYI driver Suresh a/l Govindasamy MC hari ni, denggi, admitted Hospital Serdang, so job Klang swap dengan team C.
        Customer @amyrahsyaz kat TikTok tag kita cakap barang hilang, actually dia Amyrah Syazwani, booking BK-55102, pindah Wangsa Maju minggu lepas.
        Ms Joanne Lim, FIN G5521907P, work pass holder kat SG, pindah dari Tampines ke Iskandar Puteri, nak quote before Friday, email joanne.lim.sk@gmail.com
        Pls update: lori WVB 4471 assign kat Ah Seng (Tan Ah Seng, 019-220 4751) untuk seminggu, dia bawa balik rumah kat Kepong.
        Tolong check, kad Mastercard Cik Farah Nadia 5521 5100 4837 2616 declined dua kali, dia kata bayar cash on moving day.
        ok noted, nanti i whatsapp uncle wong 012-218 6647 pasal almari jati dia tu, dia nak simpan kat storage kita 3 bulan sebab renovate rumah.
        Kak Zura (Zuraida binti Hamzah) minta invoice tulis nama suami, Encik Rosli bin Kassim, sebab majikan suami yang reimburse relocation.
    """),
    "en": _lines("""
        Customer feedback | Name: Daniel Fernandez | Phone: +60 12-940 3318 | Move date: 28/11/2026 | Rating: 2/5 | Comment: crew came 3 hours late and dented my late grandmother's cabinet.
        Incident log 04/12: helper Aravind s/o Ramesh dropped a cooler box of Mrs. Chua Siew Ping's insulin pens at her new flat in Sri Petaling; replaced at company cost.
        Quote request from Mr. Henry Tay, moving out of 5 Jalan Bukit Pantai, 59100 KL after a job transfer to Penang; budget RM3,000; call after 6pm on 016-338 2047.
        Deposit refund approved: Ms. Ooi Wei Ling, RHB 2140 3300 1822 95, RM500 – lorry returned clean with a full tank.
        Relocation file: Mr. Zhang Hao, PRC resident ID 440304198809173724, moving from Mont Kiara back to Shenzhen; sea freight container booked for 19 Dec.
        HR note: driver Vincent Raj was convicted in August of drink driving; do not assign him to company lorries until the review panel decides.
        Storage unit 14B is rented by Mrs. Margaret D'Cruz, recently widowed, who moved in with her daughter in Petaling Jaya; RM180 monthly auto-debit from Visa 4027 5611 8830 4721.
        Packing notes for Encik Hairul Anuar bin Jamil's family (2 adults, 3 kids, the youngest uses a wheelchair): request ground-floor unloading and a ramp at Taman Desa Jaya, Kepong.
        Job offer: Muhammad Danial bin Zainal, 19, SPM leaver from SMK Seksyen 7 Shah Alam, IC 070318-10-0743, to start 15 Dec as a mover at RM85/day.
        Expat move: Oliver Bennett, UK passport no. 533107428, moving from Bangsar to London with his cat Milo; contact oliver.bennett77@outlook.com.
        Payment dispute: Mr. Loh Kah Meng says he paid RM1,400 cash to our supervisor at his Seri Kembangan house but only RM1,000 was recorded; supervisor Roslan bin Harun is under investigation.
        Lorry rental check-out: Siti Khadijah binti Mahmud, licence class D, MyKad 020926-14-0742, Isuzu NLR 1-tonne, odometer 84,112 km, out 7:30am, back 9:10pm.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu tempahan Lori Kita Sdn Bhd. Jawab dalam Bahasa Melayu dengan sopan.",
        ),
        (
            "user",
            "Assalamualaikum, saya nak tempah pindah rumah 20 Disember, dari Keramat ke Gombak.",
        ),
        (
            "assistant",
            "Waalaikumussalam. Boleh berikan nama penuh, nombor telefon dan alamat lengkap kedua-dua rumah?",
        ),
        (
            "user",
            "Nama saya Mohd Hafizuddin bin Saari, tel 013-274 5590. Rumah sekarang No. 41, Jalan Keramat Hujung 2, 54000 KL, pindah ke Blok D-3-11, Apartment Gombak Utara.",
        ),
        (
            "assistant",
            "Terima kasih, Encik Hafizuddin. Tempahan sementara BK-55231 telah dibuat; sila bayar deposit 30% untuk mengesahkan.",
        ),
    ],
    [
        (
            "user",
            "Hi, saya nak buat claim. Meja makan marble saya retak lepas movers you hantar semalam.",
        ),
        (
            "assistant",
            "Minta maaf atas kejadian ini. Boleh kongsi nombor tempahan dan gambar kerosakan?",
        ),
        (
            "user",
            "Booking BK-54987, atas nama Cheong Wai Kit. Gambar dah email. Harga meja RM1,800, kalau approve tolong bank in ke CIMB 8004 5521 6731 09.",
        ),
        ("assistant", "Baik, tuntutan anda akan dinilai oleh Unit Tuntutan dalam 5 hari bekerja."),
    ],
    [
        ("system", "You are the self-drive lorry rental assistant for a Malaysian moving company."),
        ("user", "Nak sewa lori 3 tan Sabtu ni, apa dokumen perlu?"),
        ("assistant", "Salinan MyKad, lesen memandu kelas D yang sah, dan deposit RM500."),
        (
            "user",
            "Ok, IC saya 900430-01-6648, Tan Mei Ling, lesen D dah 8 tahun. Boleh ambil di depoh Skudai pukul 8 pagi?",
        ),
        ("assistant", "Boleh, Cik Tan. Lori akan disediakan di depoh Skudai jam 8 pagi Sabtu."),
    ],
    [
        (
            "user",
            "Saya Ahmad Zaki bin Hussin, pekerja angkat barang team A. Isteri saya dijangka bersalin minggu depan di Hospital Ampang, boleh saya mohon cuti paterniti?",
        ),
        (
            "assistant",
            "Boleh. Di bawah Akta Kerja 1955, pekerja lelaki yang layak berhak mendapat 7 hari cuti paterniti berbayar.",
        ),
        (
            "user",
            "Terima kasih. Tolong bagitahu supervisor saya tak boleh ambil job Rawang 15 hingga 21 Dis.",
        ),
    ],
    [
        (
            "user",
            "Hello, I'm moving from Woodlands to Johor Bahru next month, can your lorry cross the Causeway?",
        ),
        (
            "assistant",
            "Yes, we handle cross-border moves through the Second Link with customs documentation. May I have your details?",
        ),
        (
            "user",
            "Ok. Darren Koh Jun Wei, NRIC T0256381E, HP 9127 4836. Current address Blk 688 Woodlands Drive 75, #08-214.",
        ),
        (
            "assistant",
            "Thank you, Mr Koh. Our cross-border team will send a quotation within two working days.",
        ),
    ],
    [
        (
            "user",
            "Tolong draf surat amaran untuk pekerja kami, Kamal bin Idris, sebab datang lambat 5 kali bulan November dan sekali guna telefon semasa memandu lori.",
        ),
        (
            "assistant",
            "Berikut draf ringkas: 'Surat Amaran Pertama – Pihak pengurusan mendapati tuan telah lewat hadir bertugas...'",
        ),
        ("user", "Tambah no IC dia 850706-06-5537 dan tarikh mula kerja 3 Mac 2023."),
    ],
    [
        (
            "user",
            "Can you help me write a complaint to the moving company? They lost my box of wedding photos.",
        ),
        ("assistant", "Sure. Please share the move date, addresses and what happened."),
        (
            "user",
            "I'm Sharmila a/p Rajendran, moved on 21 Nov from 9 Jalan Anggerik 4, Taman Sri Muda, Shah Alam to Bukit Raja. Box #12 never arrived and the supervisor says it was left at the old house.",
        ),
        (
            "assistant",
            "Here is a draft: 'Dear Sir/Madam, I am writing to report the loss of box #12 during my move on 21 November...'",
        ),
    ],
    [
        (
            "user",
            "Saya kena keluar rumah sewa hujung bulan ni sebab tuan rumah nak jual. Ada servis pindah murah tak untuk ibu tunggal?",
        ),
        (
            "assistant",
            "Ada. Kami ada pakej kongsi lori dan diskaun untuk isi rumah berpendapatan rendah.",
        ),
        (
            "user",
            "Saya Norhayati binti Said, unit A-5-2 PPR Seri Pantai, anak 3 orang, gaji RM1,700 je. Nombor 012-771 0348.",
        ),
        (
            "assistant",
            "Terima kasih Puan Norhayati, pegawai kami akan hubungi puan esok untuk sebut harga.",
        ),
    ],
    [
        (
            "user",
            "Lori sewa saya kena saman parkir di Petaling Jaya semalam, tapi saya dah pulangkan lori. Boleh check?",
        ),
        ("assistant", "Boleh. Sila berikan nombor kontrak sewaan."),
        (
            "user",
            "Kontrak RL-2026-3390, penyewa Gopal a/l Muniandy. Masa tu kereta saya PLH 612 parking kat depoh, boleh tengok CCTV.",
        ),
        ("assistant", "Terima kasih, kami akan semak rekod CCTV dan masa pemulangan lori."),
    ],
    [
        (
            "user",
            "Ayah saya ada demensia, kami nak pindahkan dia ke rumah adik di Seremban. Macam mana nak kurangkan stres untuk dia?",
        ),
        (
            "assistant",
            "Pastikan barang kegemarannya diangkut dahulu dan susun bilik baharu seakan-akan bilik lama.",
        ),
        (
            "user",
            "Nama ayah Haji Ismail bin Daud, 78 tahun, sekarang tinggal di No. 58 Jalan Raja Muda Musa, Kampung Baru. Team boleh datang pagi 16 Dis?",
        ),
        (
            "assistant",
            "Boleh, kami akan hantar pasukan kecil yang berpengalaman jam 9 pagi 16 Disember.",
        ),
    ],
]
