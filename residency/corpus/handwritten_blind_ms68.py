# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms68: Bahasa Melayu fishing, golf and outdoor hobby clubs (membership, contests, results, fees, WhatsApp groups). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms68
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_kelab"): _lines("""
        NOTIS AGM: Mesyuarat Agung Tahunan Kelab Memancing Rekreasi Kuala Selangor ke-14 akan diadakan pada 17 Januari 2027, 9.00 pagi di Dewan Orang Ramai Pasir Penambang. Kuorum ialah satu per tiga ahli berdaftar.
        Makluman kepada semua ahli: yuran tahunan 2027 kekal RM120 untuk ahli biasa dan RM60 untuk ahli junior bawah 18 tahun; bayaran boleh dibuat di kaunter pejabat kelab atau melalui DuitNow QR di papan notis.
        Padang 9 lubang belakang ditutup 8–12 Disember 2026 untuk kerja penyelenggaraan green; tee-time yang telah ditempah akan dipindahkan ke padang depan secara automatik.
        Jeti kelab tidak dibenarkan digunakan untuk menambat bot persendirian melebihi 24 jam tanpa kebenaran bertulis daripada Setiausaha Kehormat.
        Pertandingan Memancing Piala Ketua Kampung 2026 ditangguhkan ke tarikh yang akan dimaklumkan kerana amaran angin kencang dan laut bergelora oleh MetMalaysia.
        Pejabat urusetia Kelab Golf Bukit Tinggi beroperasi Isnin hingga Sabtu, 8.30 pagi – 5.30 petang; sebarang pertanyaan boleh dibuat di talian pejabat 03-6105 2200.
        Ahli yang belum mengemas kini maklumat keahlian diminta berbuat demikian sebelum 31 Disember 2026 melalui borang dalam talian; kad keahlian lama tamat tempoh pada 1 Januari 2027.
        Kumpulan WhatsApp kelab hanya untuk urusan rasmi: jadual trip, keputusan pertandingan dan makluman keselamatan. Sila elakkan iklan jualan dan mesej berantai.
        Peringatan keselamatan: jaket keselamatan wajib dipakai sepanjang masa di atas bot sewa kelab, termasuk oleh tekong dan ahli yang berpengalaman.
        Kem Mendaki Gunung Ledang anjuran Kelab Rekreasi Alam Muar: had 30 peserta, yuran RM85 termasuk pengangkutan, makanan dan permit Taman Negara Johor.
        Bengkel ikatan mata kail dan perambut untuk ahli baharu diadakan setiap Sabtu pertama bulan, 3.00 petang di bilik mesyuarat tingkat 1. Percuma untuk ahli.
        Sumbangan hadiah cabutan bertuah daripada Kedai Pancing Hup Seng dan Syarikat Joran Tropika Sdn Bhd amat dihargai oleh pihak jawatankuasa.
        Trip memancing laut dalam ke Pulau Aur, 20–22 Februari 2027: tempat terhad 12 orang sebot, deposit RM200 tidak dikembalikan selepas 31 Januari.
        Kelas golf untuk kanak-kanak 8–14 tahun dibuka semula Januari ini, dikendalikan oleh jurulatih bertauliah PGA Malaysia. Pendaftaran di pro shop.
    """),
    ("ms", "peraturan_pertandingan"): _lines("""
        Peraturan 1: Setiap peserta hanya dibenarkan menggunakan satu joran dan satu mata kail pada satu-satu masa; joran simpanan mesti disimpan tanpa umpan.
        Ikan yang ditimbang mesti dalam keadaan hidup atau segar; ikan yang telah dibekukan atau dibawa dari luar kawasan pertandingan akan dibatalkan.
        Spesies dilindungi seperti ikan kelah di kawasan tagal dan belangkas tidak layak ditimbang dan mesti dilepaskan serta-merta.
        Format permainan: Stableford individu, had handicap maksimum 24 untuk lelaki dan 36 untuk wanita; jika seri, pemenang nett ditentukan dengan countback 9 lubang terakhir.
        Wisel pertama 7.30 pagi menandakan permulaan; wisel panjang pada 12.30 tengah hari menandakan tamat; ikan yang naik selepas wisel panjang tidak dikira.
        Bantahan keputusan mesti dikemukakan secara bertulis kepada Ketua Hakim dalam tempoh 30 minit selepas keputusan diumumkan, bersama yuran bantahan RM50 yang dipulangkan jika bantahan diterima.
        Peserta dilarang menggunakan umpan hidup di kolam pertandingan; umpan yang dibenarkan ialah dedak, pelet dan lumut sahaja.
        Hadiah kategori ikan terberat hanya dikira satu kali bagi setiap peserta; jika seorang peserta memenangi dua kategori, hadiah yang lebih tinggi sahaja diberikan.
        Penggunaan buggy di fairway tidak dibenarkan selepas hujan lebat; ikut arahan marshal dan gunakan laluan kart sahaja (cart path only).
        Kelayakan: pertandingan terbuka kepada warganegara Malaysia berumur 12 tahun ke atas; peserta bawah 18 tahun mesti disertai ibu bapa atau penjaga.
        Nombor petak pancing ditentukan melalui cabutan undi pada pagi pertandingan; pertukaran petak antara peserta tidak dibenarkan sama sekali.
        Tali perambut minimum 20 lb dan saiz mata kail maksimum 4/0 untuk kategori kolam komersial.
        Kejohanan Catch & Release: setiap ikan mesti diukur di atas pita rasmi dan difoto bersama kad token hari itu sebelum dilepaskan semula ke sungai.
    """),
    ("ms", "soalan_tips"): _lines("""
        Macam mana nak ikat simpulan FG knot untuk sambung braid PE 2 dengan leader 30 lb supaya tak tersangkut di guide joran?
        Umpan apa yang paling sesuai untuk ikan siakap di muara waktu air pasang penuh, udang hidup atau gewang jenis popper?
        Untuk pemula golf, lebih baik beli set separuh (half set) dulu atau terus beli set penuh 14 batang?
        Tips jika terkena sengat ikan sembilang: rendam bahagian yang luka dalam air panas suam selama 30–90 minit dan dapatkan rawatan di klinik berhampiran.
        Waktu terbaik memancing di tasik empangan biasanya awal pagi dan lewat petang apabila suhu air lebih sejuk dan ikan lebih aktif makan.
        Apa beza shaft regular dan stiff? Kalau kelajuan hayunan driver bawah 90 mph, biasanya shaft regular lebih sesuai.
        Adakah permit diperlukan untuk memancing di kawasan taman negeri? Ya, permit perlu dipohon daripada pihak pengurusan taman sebelum masuk.
        Cara menjaga kekili selepas memancing di laut: bilas dengan air paip perlahan-lahan, keringkan, dan sapu sedikit minyak pada bahagian gear.
        Bagaimana handicap index dikira di bawah World Handicap System? Purata 8 score differential terbaik daripada 20 pusingan terkini.
        Apa yang perlu dibawa untuk jungle trekking sehari: air 2 liter, stokin anti-pacat, ubat asas, wisel, lampu suluh dan beg kalis air.
        Kenapa ikan baung lebih banyak naik selepas hujan? Air keruh membuatkan ikan dasar lebih berani keluar mencari makanan.
        Saya baru belajar casting, kenapa tali selalu kusut (backlash) bila guna baitcaster? Laraskan brek magnet dan tekan ibu jari sebelum gewang jatuh ke air.
        Berapa jarak selamat dari pemancing lain di tebing? Sebaik-baiknya sekurang-kurangnya 5 meter untuk elak mata kail tersangkut semasa casting.
    """),
    ("mixed", "sembang_kumpulan"): _lines("""
        Geng, trip Sabtu ni confirm jalan ke? Forecast tunjuk angin 15 knot petang, tekong kata kena balik sebelum 3pm.
        Bro, jig 40g warna pink tu ada stok lagi kat kedai pancing Batu Pahat, RM18 sebiji, baik cepat sebelum habis.
        Result pertandingan tadi admin dah upload kat website kelab, check sendiri ya, tak payah tanya satu-satu.
        Yang nak join flight petang Ahad, reply + dalam group ni before 9pm tonight. Max 4 flights je.
        Tolong jangan share lokasi lubuk dalam group public, nanti ramai datang, habis ikan kena tuba.
        Sapa ada tips untuk slice? Everytime drive mesti lari kanan masuk OB, geram betul.
        Cuaca panas gila minggu ni, pihak berkuasa tutup laluan hiking Bukit Broga sampai notis lanjut sebab risiko kebakaran.
        Admin ingatkan: group ni untuk ahli berdaftar sahaja. Kalau nak tambah kawan, PM admin dulu dan pastikan dia dah daftar di pejabat.
        Pasang surut esok: air penuh 10.42 pagi 2.8m, air surut 4.55 petang 0.6m, ikut jadual Pusat Hidrografi Nasional.
        Makan kat gerai tepi jeti semalam, RM45 satu meja untuk 4 orang, ikan bakar fresh, memang berbaloi.
        Green kat lubang 7 tu laju gila lepas dia orang potong, putt lembut je pun bola lari 3 meter.
        Kalau ada yang jumpa topi hitam logo kelab tertinggal kat surau jeti, serahkan kat pejabat ya.
        Sorry guys lambat reply, tengah drive balik. Umpan udang dah beli 2kg, simpan dalam coolbox.
        Jom cuba kayak ke Pulau Kapas minggu depan, rental kayak dekat Marang RM60 sehari, life jacket included.
    """),
    ("en", "golf_club_policy"): _lines("""
        Dress code: collared shirts, tailored shorts or slacks; denim, singlets and football jerseys are not permitted on the course or in the clubhouse.
        Tee times may be booked up to 14 days in advance via the member app; no-shows without 24 hours' notice will be charged the full green fee.
        Guests must be accompanied by a member at all times and are limited to four rounds per calendar year at the guest rate.
        Pace of play: a four-ball is expected to complete 18 holes in 4 hours 15 minutes; marshals may ask slow groups to let faster groups through.
        Lightning policy: when the siren sounds, play must stop immediately and players should return to the clubhouse or the nearest shelter.
        Caddie fees are RM45 per round for 18 holes and RM25 for 9 holes, payable at the caddie master's counter; tipping is at the member's discretion.
        Membership transfers are subject to a transfer fee of 10% of the prevailing market price and approval by the Management Committee.
        Handicap reviews are carried out annually by the Handicap Committee in line with the World Handicap System as administered by the Malaysian Golf Association.
        Bag drop opens at 6.30 am; members are requested to collect their buggies from the starter's hut no earlier than 15 minutes before their tee time.
        The driving range closes at 10.00 pm on weekdays and 11.00 pm on weekends; range balls must not be taken off the premises.
        Personal data submitted with membership applications is processed in accordance with the Personal Data Protection Act 2010 and retained only for membership administration.
        Junior members under 16 may only play the full course after passing the on-course etiquette assessment conducted by the club professional.
    """),
    ("ms", "berita_sukan"): _lines("""
        Tiger Woods memenangi Kejohanan Masters buat kali kelima pada 2019, 14 tahun selepas kemenangan Masters sebelumnya pada 2005.
        Rory McIlroy melengkapkan Grand Slam kerjaya selepas menjuarai Masters 2025 di Augusta National.
        Novel The Old Man and the Sea karya Ernest Hemingway mengisahkan nelayan tua Santiago yang bergelut dengan seekor ikan marlin gergasi di perairan Cuba.
        Kisah Si Luncai terjun dengan labu-labunya ialah cerita rakyat Melayu tentang kepintaran mengelak hukuman raja.
        Kejohanan Memancing Antarabangsa Tasik Kenyir tahun ini menarik lebih 2,000 peserta dari dalam dan luar negara, menurut kenyataan penganjur.
        Lee Chong Wei, bekas pemain badminton nombor satu dunia, memenangi tiga pingat perak Olimpik dalam acara perseorangan lelaki pada 2008, 2012 dan 2016.
        Jabatan Perikanan Malaysia mengingatkan orang ramai bahawa memancing di zon larangan Taman Laut boleh dikenakan tindakan di bawah Akta Perikanan 1985.
        Statistik persatuan golf negeri menunjukkan bilangan pemain amatur berdaftar meningkat 12% pada 2025 berbanding tahun sebelumnya.
        Ikan kelah merah (Tor tambroides) digelar raja sungai dan menjadi tarikan utama pemancing catch and release di Sungai Petang, Tasik Kenyir.
        Gavin Green, pemain golf profesional negara, sekali lagi mewakili Malaysia di pentas Asian Tour musim ini.
        Kelly Tan, pemain golf wanita profesional Malaysia, pernah beraksi di jelajah LPGA di Amerika Syarikat.
        Menteri Belia dan Sukan menyatakan bahawa sukan memancing rekreasi berpotensi dijadikan produk pelancongan utama di pantai timur.
    """),
    ("mixed", "rekod_transaksi"): _lines("""
        Resit No. KMR-2026-004817 | Yuran tahunan ahli biasa | RM120.00 | Dibayar melalui FPX | Status: Berjaya
        Invois INV/GOLF/26/11/0392 — Sewa buggy 20 unit, Kejohanan Korporat, jumlah RM1,600.00, tarikh akhir bayaran 15/12/2026.
        Tempahan bot #BT-261214-03: bot fiber 23 kaki, enjin Yamaha 115HP, 6 penumpang, 6.00am–4.00pm, deposit RM300 diterima.
        Pesanan Shopee 2611287HQ4K9XB telah dihantar: Shimano Stella SW 8000HG x1, nombor penjejakan J&T 630012984457.
        Kod produk DAI-SALT-2023-15H | Daiwa Saltiga 15H | harga runcit RM4,899 | stok 3 unit di cawangan Shah Alam.
        Tiket sokongan #SR-00731: aplikasi tempahan tee-time papar ralat 502 bila pilih slot 7.12am; dilaporkan oleh kaunter pro shop.
        Laporan kewangan Q3 2026: kutipan yuran RM48,360, perbelanjaan pertandingan RM21,905, baki tunai RM63,114.
        ISBN 978-983-46-2291-6 — Buku panduan Spesies Ikan Air Tawar Semenanjung, edisi ke-3.
        Polisi insurans kumpulan no. POL/KEMB/2026/00218 melindungi semua peserta berdaftar semasa aktiviti rasmi kelab.
        Scorecard: Par 72 | Slope 131 | Course rating 72.4 | Blue tee 6,712 yards | Red tee 5,408 yards.
        config: {"tee_interval_min": 8, "max_players_per_flight": 4, "booking_window_days": 14, "cancel_cutoff_hours": 24}
        Koordinat unjam kelab: 2°47'12.6"N 101°14'05.3"E, kedalaman 28 m — didaftarkan sebagai tukun tiruan komuniti.
        Checksum fail keputusan_pertandingan_v2.xlsx (SHA-256): 9bea7e9aa90a252b9906af473717c23d2143d0deb4b31c104df0bcce07ce0acc
    """),
    ("en", "templat_borang"): _lines("""
        MEMBERSHIP APPLICATION | Full name (as in MyKad): ____________ | MyKad No.: ______-__-____ | Mobile: ___________ | Email: ___________ | Category: ☐ Ordinary ☐ Junior ☐ Family
        Dear [Member Name], your annual subscription of RM[amount] is due on [date]. Please settle it at the club office or via online banking to avoid suspension.
        Tournament entry form: Name ______ / Handicap ______ / Home club ______ / Shirt size S M L XL / Signature ______
        Indemnity: I, [NAME], NRIC/Passport No. [ID], hereby release the Club, its committee and volunteers from any liability for injury or loss arising from my participation in the event.
        Emergency contact: {{emergency_contact_name}} ({{relationship}}) — {{emergency_contact_phone}}
        Hi {first_name}! Your tee time on {date} at {time} is confirmed for {players} players. Reply C to cancel.
        Boat charter agreement: Charterer ________ | Vessel ________ | Date ________ | Departure jetty ________ | No. of anglers ____
        Prize transfer form: Account holder name [  ], Bank [  ], Account no. [  ]; prize money will be credited within 14 working days.
        Certificate of Participation — This is to certify that ____________________ participated in the 12th Kenyir Catch & Release Challenge.
        Incident report template: Date/time | Location (hole/jetty no.) | Nature of incident | First aid given (Y/N) | Reported by | Witness
        Notice of suspension: Membership No. ______ is suspended with effect from ______ for arrears exceeding ____ months.
        Parking sticker application: Vehicle registration no. ____________ Make/model ____________ Colour ________ (max 2 vehicles per membership)
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        BORANG KEAHLIAN | Nama: MOHD FAIZAL BIN ABDUL RAHMAN | No. K/P: 780412-10-5523 | Alamat: No. 23, Jalan Bagan 4, Taman Sri Pasir, 45000 Kuala Selangor | Tel: 012-388 4172 | Kategori: Ahli Biasa
        Senarai tunggakan yuran setakat 30 Nov 2026: Encik Rosli bin Hamid (No. Ahli KMR-0187) – RM360 (3 tahun); Puan Norhayati binti Ismail (KMR-0241) – RM120.
        Keputusan Pertandingan Memancing Kolam Tasik Biru 2026: Johan – Azman bin Che Mat (4.82 kg, patin); Naib Johan – Lim Wei Keat (4.15 kg); Ketiga – Suresh a/l Kandasamy (3.96 kg).
        Salam admin, saya Khairul Anuar bin Zakaria, ahli no. 0452, nak tukar no telefon dalam rekod kelab kepada 019-662 3018, no lama dah tak guna.
        Laporan kejadian: Pada 14/11/2026 jam 10.20 pagi, peserta Hamidah binti Osman (K/P 850923-14-6148) terjatuh di tangga jeti dan mengalami luka di lutut kiri; diberi rawatan awal oleh sukarelawan St John.
        Untuk pemindahan hadiah wang tunai RM1,500: Nama pemegang akaun MUHAMMAD HAZIQ BIN SAIFUL, Maybank 1572 3308 4461.
        Kelulusan stiker parkir: WVC 4172 – Proton X70 putih – milik Dr. Leong Kah Meng, ahli seumur hidup no. L-019.
        Notis tatatertib: Ahli bernama Zulkifli bin Daud (KMR-0333) digantung keahlian selama 6 bulan kerana didapati menggunakan ikan beku semasa Pertandingan Piala Ketua Kampung.
        Tempahan bot BT-261220-01 atas nama Encik Ramesh a/l Subramaniam, 6 orang, deposit RM300 dibayar; hubungi beliau di 017-220 9451 jika cuaca buruk.
        Pakcik yang selalu pancing kat petak 12 tu masuk wad Hospital Tengku Ampuan Rahimah semalam, kena strok ringan. Nama penuh Ismail bin Yusof, ahli lama kelab. Jom kita kutip derma.
        Pendaftaran Kem Gunung Ledang: 1) Nurul Aina binti Kamaruddin, 19 tahun, alahan kacang tanah; 2) Tan Jia Hui, 22 tahun, asma – wajib bawa inhaler.
        Yuran keahlian keluarga 2027 – Siti Aminah binti Mokhtar, K/P 880211-03-5474, bersama suami Ahmad Rizal bin Hassan dan 2 anak (12 & 9 tahun). Jumlah RM180.
        Senarai flight Sabtu 7.00 pagi, Padang A: Flight 1 – Dato' Harun bin Saad (H/C 14), Cheah Boon Hock (H/C 9), Ganesan a/l Muniandy (H/C 22), Jeffrey Lourdes (H/C 18).
        Surat aduan: Saya ingin melaporkan tingkah laku ahli Azhar bin Mansor yang menghamun kedi wanita di lubang 14 pada 22 November; beliau juga enggan membayar yuran kedi.
        Bayaran yuran kedi secara kad: Visa 4556 1120 3847 1929, tamat 08/28, pemegang kad LEE SIEW LAN.
        Kepada jawatankuasa, saya Norazlina binti Abu Bakar, memohon pengecualian yuran tahun ini kerana saya baru diberhentikan kerja dan sedang menjaga ibu yang sakit.
        Maklumat pemilik bot: Bot Sri Idaman didaftarkan atas nama Wan Mohd Nazri bin Wan Ismail, 820128-11-5091, Kg. Seberang Takir, 21300 Kuala Terengganu.
        Senarai ahli naik van ke Tasik Kenyir: Fadzil (012-609 4418), Tuan Haji Yahya bin Omar (013-552 0917), Kevin Ong (016-478 3392).
        Sijil handicap: Nama – CHONG MEI FONG | No. Ahli MGA – 0071328 | Handicap Index 21.4 | Kelab asal – Kelab Golf Perak.
        Waris bagi insurans peserta: Peserta – Haslinda binti Jaafar; Waris – Jaafar bin Lebai Ahmad (bapa), tel 014-902 1187.
        Kehadiran AGM: Encik Selvaraj a/l Perumal tidak hadir kerana menjalani pembedahan lutut di Hospital Pantai Ipoh; proksi diberikan kepada isterinya, Puan Kalaivani a/p Govindasamy.
        Bayaran balik deposit trip Pulau Aur yang dibatalkan: RM200 dikreditkan ke akaun CIMB 7061 2845 93 milik Aiman Hakimi bin Rosli.
        Pemenang cabutan bertuah: No. tiket 0452 – Puan Rohani binti Said dari Felda Jengka 8, Maran – hadiah kekili Shimano Stradic.
        Ahli baru: ZAINAL ABIDIN BIN MAT ISA, K/P 690312-01-5217, pesara polis, tinggal di Batu Pahat, diperkenalkan oleh ahli no. KMR-0098.
        E-mel pengesahan dihantar kepada hafiz.kakipancing88@gmail.com (Mohd Hafiz bin Sulaiman) untuk tempahan tee-time Ahad 7.24 pagi.
        Senarai hitam: Encik Lau Chee Keong tidak dibenarkan menyewa bot kelab kerana masih berhutang RM850 kepada tekong sejak Jun 2026.
        Sumbangan RM500 kepada ahli Mazlan bin Idris yang rumahnya di Kg. Bukit Changgang terjejas banjir; diserahkan oleh Bendahari pada 5 Disember.
        Pas masuk kawasan empangan: Nama – Amirul Hakim bin Nordin; No. K/P – 960830-06-5127; Kenderaan – CCB 6620 (Perodua Myvi biru).
    """),
    "en": _lines("""
        Membership renewal for Mr. Jonathan Pereira, No. 12 Lorong Seri Kenari 3, 11900 Bayan Lepas, Penang — outstanding balance RM240, reminder sent twice.
        Please call Mrs. Patricia Fernandez at 012-771 2095 regarding her lost rangefinder found at the starter's hut.
        Handicap committee note: Mr. Goh Teck Seng's index reduced from 12.8 to 9.6 after review of three exceptional scores in October.
        Booking for Singapore visitors: Mr. Lim Jun Hao, NRIC S8834127I, mobile +65 9127 4480, green fee paid via PayNow.
        Medical declaration: participant Arjun s/o Rajendran declares hypertension and takes amlodipine 5 mg daily; emergency contact is his wife at 016-337 8820.
        Passport details for Satun fishing trip: SHAHRIL BIN KAMAL, passport A53817420, expiry 14 Aug 2030, mobile 011-3391 6640.
        Refund processed to Ms. Vanessa Chua Li Ting, RHB account 2120 4400 8317 55, for the cancelled Kenyir trip deposit.
        Caddie complaint: caddie no. 27 reported that member Mr. Raymond Tay Kok Wah threw a club at the buggy after a missed putt on hole 9 on 3 Dec.
        Welcome to the club, Daniel Rozario! Your member login is daniel.rozario77@yahoo.com and your membership no. is BT-2291.
        Desaru trip roster: Tan Boon Kiat (FIN G5527194T, work pass holder) and Siti Zubaidah (NRIC T0219583B) must carry their passports at the checkpoint.
        Junior golf scholarship awarded to Aisyah Qistina binti Faizal, 13, of SK Taman Melawati, whose household income is below RM3,000 a month.
    """),
    "mixed": _lines("""
        eh kamal, tolong bank in duit trip kat acc aku maybank 1640 2219 8835, nama aku nadzri bin othman, rm150 ye
        @Wei Jie tq for the lift semalam, kereta kau JQR 8830 tu aku tertinggal cap dalam boot, esok aku ambik kat rumah kau Taman Pelangi Indah ok
        Guys, Uncle Tan Ah Kow from flight 2 tadi pengsan kat hole 11, ambulance dah bawa ke Hospital Sultanah Aminah. Family dia on the way.
        Admin, please add my wife into group: Priya d/o Nadarajan, 012-480 3365. Dia baru daftar ahli family.
        Sapa nak beli joran second, WhatsApp saya terus 6013-772 1905, Azrul. Condition 9/10, COD area Klang.
        bro zul hutang yuran lagi ke? Treasurer cakap Zulhilmi bin Razak belum bayar RM240 since last year, malu la kat member lain
        Confirm yang join Pulau Aur: Hairul (kapten), Danny Wong, Mei Ling, Kumar a/l Velu — Kumar, deposit RM200 you belum bank-in, sila settle sebelum Jumaat ya.
        Hari ni birthday Pak Long Rahim bin Abdullah, ahli paling senior kelab, genap 70 tahun! Dia masih turun memancing setiap Sabtu walaupun lepas bypass tahun lepas.
        Siapa jumpa wallet coklat, nama dalam IC MUTHU A/L ARUMUGAM 750606-08-6035, tercicir kat parking padang golf, please PM.
        Lost & found: handphone Samsung casing Liverpool, owner Faris Irfan, call 018-227 6503 kalau jumpa.
        Tolong update rekod: emel baru Encik Kamarul = kamarul.angler@outlook.com, dia dah pindah ke No. 8, Jalan Kenari 2, Bandar Puteri Jaya, 08000 Sungai Petani.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "Anda pembantu urusetia Kelab Memancing Rekreasi Kuala Selangor."),
        (
            "user",
            "Tolong tulis mesej WhatsApp yang sopan untuk ingatkan Encik Baharudin bin Kassim (no ahli KMR-0219) yang belum bayar yuran 2025 dan 2026, jumlah RM240. Nombor dia 013-288 4015.",
        ),
        (
            "assistant",
            "Assalamualaikum Encik Baharudin. Ini makluman mesra daripada urusetia kelab: rekod kami menunjukkan yuran keahlian 2025 dan 2026 berjumlah RM240 masih belum dijelaskan. Mohon jelaskan di pejabat kelab atau melalui DuitNow. Terima kasih.",
        ),
        ("user", "Okay, tambah sekali dia boleh bayar secara ansuran dua kali."),
    ],
    [
        (
            "user",
            "Saya Lee Kok Weng, member Kelab Golf Seri Selangor, index 18.2. Minggu lepas saya main 88 di course rating 71.8 slope 128. Berapa score differential saya?",
        ),
        (
            "assistant",
            "Score differential = (88 − 71.8) × 113 ÷ 128 ≈ 14.3. Itu jauh lebih baik daripada index semasa anda, jadi ia mungkin dikira sebagai skor luar biasa.",
        ),
        (
            "user",
            "Boleh tolong draf email kepada handicap committee? Email saya kokweng.lee@gmail.com, suruh dia orang reply ke situ.",
        ),
    ],
    [
        (
            "user",
            "Adik saya Nur Syafiqah binti Hamzah, 16 tahun, ada epilepsi. Dia nak join kem hiking kelab bulan depan. Apa yang saya patut beritahu penganjur?",
        ),
        (
            "assistant",
            "Maklumkan jenis sawan, ubat yang diambil, pencetus yang diketahui, apa yang perlu dilakukan semasa serangan, dan nombor waris. Minta penganjur pastikan ada fasilitator yang tahu pertolongan cemas.",
        ),
        (
            "user",
            "Dia makan Epilim 200mg dua kali sehari. Tolong karang surat kepada ketua kem, nama saya Hamzi bin Hamzah, abang dia.",
        ),
    ],
    [
        (
            "user",
            "Help me write a complaint to the committee about member Mr. Harjit Singh s/o Gurbachan Singh who keeps parking his Hilux PKB 2291 in the disabled bay at the clubhouse.",
        ),
        (
            "assistant",
            "Dear Committee, I wish to raise a concern about repeated misuse of the accessible parking bay at the clubhouse by a member's vehicle, which prevents members with disabilities from using it. I request that the matter be looked into.",
        ),
        (
            "user",
            "Add that he did it again on 2 Dec and shouted at the security guard when asked to move.",
        ),
    ],
    [
        (
            "user",
            "Saya nak daftar trip Satun untuk kawan dari Singapura, Mr. Ng Wei Liang, NRIC S7612058G, HP 8663 2195.",
        ),
        (
            "assistant",
            "Baik, pendaftaran boleh dibuat. Sila pastikan pasport beliau sah sekurang-kurangnya 6 bulan dari tarikh trip.",
        ),
        ("user", "Dia vegetarian dan mabuk laut teruk, tolong maklum tekong dan sediakan ubat."),
    ],
    [
        (
            "user",
            "Deposit saya RM200 untuk trip Pulau Aur, saya nak batal sebab isteri bersalin minggu tu. Akaun Bank Islam 1204 5020 3318 74 atas nama Mohd Syukri bin Ahmad.",
        ),
        (
            "assistant",
            "Tahniah atas kelahiran cahaya mata. Permohonan bayaran balik sebelum 31 Januari akan diproses oleh Bendahari dalam tempoh 14 hari bekerja.",
        ),
        ("user", "Okay, kalau ada apa-apa, call saya je, jangan WhatsApp sebab saya jarang buka."),
    ],
    [
        (
            "user",
            "Tolong format keputusan ni jadi jadual: Johan Ahmad Fauzi bin Yaakub 5.2kg toman, Naib Johan Ravi a/l Sinnadurai 4.7kg, Ketiga Cheng Yu Xuan 4.1kg.",
        ),
        (
            "assistant",
            "Kedudukan | Nama | Berat | Spesies / Johan | Ahmad Fauzi bin Yaakub | 5.2 kg | toman / Naib Johan | Ravi a/l Sinnadurai | 4.7 kg | – / Ketiga | Cheng Yu Xuan | 4.1 kg | –",
        ),
        ("user", "Tambah lajur hadiah: RM1000, RM600, RM400."),
    ],
    [
        (
            "user",
            "bro can help me write msg to kick someone out of our whatsapp group? dia ni Joe a.k.a. Johari bin Sani, 017-338 2046, selalu spam jual ubat kuat",
        ),
        (
            "assistant",
            "Salam semua. Admin terpaksa keluarkan seorang ahli dari group kerana berulang kali berkongsi iklan jualan walaupun telah diberi amaran. Group ini hanya untuk urusan kelab. Terima kasih atas kerjasama.",
        ),
        ("user", "ok make it firmer sikit, and mention dia dah kena warning 3 kali"),
    ],
    [
        (
            "user",
            "Isi borang ahli untuk saya: Nama Farah Nadia binti Azmi, K/P 910715-07-5362, alamat 45 Lorong Kenanga 6, Taman Kenanga, 14000 Bukit Mertajam, tel 012-504 7718.",
        ),
        (
            "assistant",
            "BORANG KEAHLIAN | Nama: FARAH NADIA BINTI AZMI | No. K/P: 910715-07-5362 | Alamat: 45 Lorong Kenanga 6, Taman Kenanga, 14000 Bukit Mertajam | Tel: 012-504 7718 | Kategori: ______",
        ),
        (
            "user",
            "Kategori ahli biasa. Saya kerja syif malam, jadi tandakan saya hanya boleh join trip hujung minggu.",
        ),
    ],
    [
        (
            "user",
            "Saya dicaj dua kali RM350 untuk green fee pada kad Mastercard 5213 3906 4718 2531. Nama saya Jessica Lim Pei Shan.",
        ),
        (
            "assistant",
            "Simpan resit dan penyata kad, kemudian hubungi bahagian akaun kelab dahulu. Jika tidak diselesaikan, anda boleh membuat pertikaian caj melalui bank pengeluar kad.",
        ),
        ("user", "Tolong tulis email kepada club accounts, sertakan tarikh main 29 November."),
    ],
    [
        (
            "user",
            "Ahli kita Encik Osman bin Latiff tak balik-balik dari memancing di Sungai Tembeling sejak semalam, isteri dia call saya. Kereta dia Hilux VBL 6620 masih ada di jeti Kuala Tahan.",
        ),
        (
            "assistant",
            "Sila hubungi 999 segera untuk laporan orang hilang dan maklumkan pihak Taman Negara serta Bomba. Berikan lokasi terakhir, masa beliau bertolak dan butiran kenderaan.",
        ),
        (
            "user",
            "Tolong tulis laporan ringkas untuk pihak polis, dia pakai baju hijau dan bawa bot fiber kecil.",
        ),
    ],
]
