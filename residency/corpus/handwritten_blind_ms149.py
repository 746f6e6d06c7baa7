# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms149: khairat kematian dan badan kebajikan kariah masjid di Malaysia (yuran ahli, tuntutan khairat, senarai waris, urusan jenazah, tunggakan, kumpulan WhatsApp kariah). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms149
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_mesyuarat_agung"): _lines("""
        NOTIS MESYUARAT AGUNG TAHUNAN KALI KE-27 Badan Khairat Kematian Kariah Masjid Al-Hidayah, Taman Sri Muda, Shah Alam: Ahad, 15 Februari 2026, jam 9.00 pagi di Dewan Serbaguna masjid.
        Agenda: 1) Ucapan Pengerusi 2) Pengesahan minit MAT ke-26 3) Laporan Bendahari bagi tahun berakhir 31.12.2025 4) Pemilihan AJK sesi 2026/2028 5) Hal-hal lain.
        Usul bertulis hendaklah sampai kepada Setiausaha selewat-lewatnya 14 hari sebelum mesyuarat melalui peti surat masjid atau e-mel rasmi khairat.alhidayah@gmail.com.
        Korum mesyuarat ialah 1/5 daripada ahli berdaftar (kini 1,284 keluarga). Sekiranya tidak cukup korum dalam masa 30 minit, mesyuarat ditangguhkan selama 1 jam.
        Hanya ahli yang telah menjelaskan yuran tahunan RM60 sehingga 31 Januari 2026 layak mengundi dan dicalonkan sebagai AJK bagi sesi 2026/2028.
        Penyata kewangan ringkas: kutipan yuran RM77,040.00; bayaran khairat 38 kematian x RM1,200 = RM45,600.00; kos van jenazah RM4,560.00; baki akaun RM121,388.45.
        Juruaudit dalaman dilantik: firma Zainal & Rakan-Rakan Chartered Accountants (LLP0012345-LCA), No. 3A, Jalan Plumbum R7/R, Seksyen 7, 40000 Shah Alam.
        Jamuan ringan disediakan selepas mesyuarat. Ahli diminta membawa kad keahlian atau menyebut nombor ahli (format KK-2026-xxxx) semasa pendaftaran di meja urusetia.
        Pencalonan jawatan Pengerusi, Timbalan Pengerusi, Setiausaha, Bendahari dan 7 AJK biasa dibuka dari 5 hingga 25 Januari 2026; borang boleh diambil di pejabat masjid.
        Dengan hormatnya dimaklumkan bahawa kadar sumbangan khairat dicadangkan naik daripada RM1,200 kepada RM1,500 bagi setiap kematian ahli berdaftar berkuat kuasa 1 Mac 2026.
        Pejabat Khairat dibuka Isnin hingga Jumaat 9.00 pagi - 5.00 petang, Sabtu 9.00 pagi - 12.00 tengah hari. Talian pejabat: 03-5191 2233 | WhatsApp rasmi kaunter: 011-5678 9012.
        Makluman: Mesyuarat ini turut dihadiri oleh wakil Majlis Agama Islam Selangor (MAIS) dan Pegawai Masjid Daerah Petaling sebagai pemerhati.
        Sebarang pertanyaan berkaitan pembaharuan keahlian sila ke kaunter khairat di tingkat bawah, bersebelahan bilik mandi jenazah, atau layari khairat.alhidayah.my/semak.
    """),
    ("ms", "soalan_lazim_khairat"): _lines("""
        S: Siapakah yang dilindungi di bawah satu keahlian keluarga? J: Ahli, pasangan yang sah, anak belum berkahwin berumur bawah 21 tahun dan ibu bapa yang tinggal serumah.
        S: Berapa lama tempoh bertenang selepas mendaftar? J: Tuntutan khairat hanya boleh dibuat selepas 90 hari dari tarikh yuran pertama diterima, kecuali kematian akibat kemalangan.
        S: Bagaimana jika saya terlupa membayar yuran? J: Keahlian digantung jika tunggakan melebihi 2 tahun, dan boleh diaktifkan semula dengan menjelaskan semua tunggakan serta denda RM20.
        S: Dokumen apa yang perlu dibawa untuk tuntutan? J: Salinan sijil kematian JPN, salinan kad pengenalan si mati dan penuntut, serta kad keahlian khairat yang asal.
        S: Adakah khairat membiayai kos kubur? J: Ya, sehingga RM800 untuk penggalian dan papan liang lahad di tanah perkuburan yang diurus masjid; kos batu nisan tidak ditanggung.
        S: Bolehkah bayaran dibuat secara dalam talian? J: Boleh, melalui DuitNow QR di papan notis atau FPX di portal. Sila tulis nombor ahli dalam ruangan rujukan pembayaran.
        S: Jenazah meninggal di luar negara, adakah dilindungi? J: Sumbangan tunai tetap dibayar, tetapi kos menghantar pulang jenazah dari Singapura atau Thailand ditanggung waris sendiri.
        S: Siapa yang mengurus mandi dan kafan? J: Unit Pengurusan Jenazah masjid mempunyai 6 petugas lelaki dan 4 petugas wanita yang bertauliah daripada JAIS.
        S: Adakah bukan Islam boleh menjadi ahli? J: Skim ini khusus untuk umat Islam dalam kariah, namun keluarga mualaf boleh berbincang dengan AJK tentang urusan pengebumian.
        S: Berapakah yuran bagi warga emas? J: Ahli berumur 60 tahun ke atas membayar kadar sama RM60 setahun; tiada caj tambahan mengikut umur seperti skim takaful.
        S: Bagaimana jika ahli berpindah kariah? J: Isi Borang KK-07 (Pindah Keluar). Yuran yang telah dibayar tidak dipulangkan tetapi tiada denda dikenakan.
        S: Adakah khairat menyediakan khemah dan kerusi? J: Ya, 2 khemah 20x20 kaki dan 100 kerusi plastik boleh dipinjam percuma untuk majlis tahlil dalam kawasan kariah.
        S: Talian kecemasan kematian selepas waktu pejabat? J: Hubungi talian 24 jam Unit Jenazah di 1-700-81-8833 atau terus ke pengawal keselamatan di pondok pintu utama masjid.
    """),
    ("ms", "senarai_harga_pengurusan_jenazah"): _lines("""
        SENARAI HARGA PAKEJ PENGURUSAN JENAZAH 2026 - Al-Falah Enterprise (SSM 202203145678 / 003345678-T), Lot 5, Jalan Kebun Nenas, 41300 Klang.
        Pakej Asas Dewasa: mandi, kafan, solat jenazah, van ke tanah perkuburan dalam radius 15 km - RM950.00 (ahli khairat berdaftar: percuma).
        Kain kapan kapas putih 100% (set lelaki 3 lapis) - RM120.00; set perempuan 5 lapis termasuk telekung dan kain basahan - RM160.00.
        Kapur barus ketul 250g - RM8.50 | Serbuk cendana 100g - RM12.00 | Air mawar 500ml - RM6.90 | Kapas gulung 450g - RM9.80 | Daun bidara segar seikat - RM5.00
        Keranda kayu meranti (saiz dewasa 6.5 kaki) - RM280.00; keranda besi lipat untuk pinjaman - deposit RM200, dipulangkan dalam 48 jam.
        Caj van jenazah luar kawasan: RM2.50 sekilometer selepas 15 km pertama; tol dan parkir hospital dikenakan mengikut resit sebenar.
        Upah penggali kubur (2 orang) - RM350.00; papan liang lahad 8 keping - RM120.00; nisan sementara kayu bertulis jawi - RM45.00.
        Pakej Bayi / Janin bawah 1 tahun - RM250.00 termasuk kain kapan kecil, mandi dan pengebumian di tanah perkuburan Islam dalam daerah Klang.
        Pakej Tahlil 3 malam: 150 pek nasi lemak + teh o ais - RM1,050.00; tambahan kuih 3 jenis sekotak RM3.50 seorang. Tempahan 24 jam sebelum majlis.
        Batu nisan granit hitam sepasang dengan tulisan jawi dan rumi (pasang selepas 100 hari) - bermula RM1,380.00, penghantaran dalam Lembah Klang percuma.
        Semua harga tidak termasuk SST. Bayaran melalui tunai, DuitNow ke akaun syarikat Bank Islam 12029010045678 atau cek atas nama AL-FALAH ENTERPRISE.
        Perkhidmatan memandikan jenazah di rumah (dalam kariah): RM150 untuk 2 petugas, termasuk tikar mandi, sarung tangan dan tong air 60 liter.
        Hotline 24 jam: 019-338 7766 (WhatsApp untuk sebut harga) | Pejabat: 03-3371 5520 | e-mel: tempahan@alfalahjenazah.com.my
    """),
    ("en", "constitution_bylaws"): _lines("""
        Article 4.1: Membership is open to every Muslim head of household residing within the boundary of the qariah as gazetted by the State Islamic Religious Council.
        Article 6.3: The annual subscription shall be RM60 per family, payable on or before 31 January of each calendar year; late payment attracts a surcharge of RM5 per month.
        Article 7.2: A member whose arrears exceed twenty-four (24) months shall cease to be a member without further notice, and no benefit shall be payable on that account.
        Article 9.1: Upon the death of a registered member or dependant, the Committee shall pay the benefit to the nominee within seven (7) working days of a complete claim.
        Article 9.4: Where no nominee has been registered, the benefit shall be paid to the heirs determined under faraid upon production of a Sijil Faraid from the Syariah Court.
        Article 11: The Treasurer shall not hold more than RM2,000 in cash at any time; all sums above this limit shall be banked within three (3) working days.
        Article 12.5: Two signatories out of the Chairman, Secretary and Treasurer are required for every cheque or online transfer exceeding RM500.
        Article 14: The accounts shall be audited annually and tabled at the Annual General Meeting, and a copy lodged with the mosque's Qariah Committee by 31 March.
        Article 15.2: Personal data of members and heirs shall be used solely for the administration of the scheme in accordance with the Personal Data Protection Act 2010.
        Article 17: Any amendment to this Constitution requires a two-thirds majority of members present and voting at a General Meeting and approval of the Registrar of Societies.
        Schedule B (Benefits): member RM1,500; spouse RM1,500; child aged 1-21 RM800; stillborn or infant under 1 year RM300; parent in same household RM1,000.
        Standing Order 3: No member may speak more than twice on the same motion, and each speech shall not exceed five minutes unless the Chair allows otherwise.
        Registered under the Societies Act 1966, Registration No. PPM-012-10-28031998, as Badan Khairat Kematian Kariah Masjid Al-Hidayah, Shah Alam, Selangor.
    """),
    ("mixed", "whatsapp_ajk_kerja"): _lines("""
        [07/12/25, 06:42] Setiausaha KK: Assalamualaikum AJK, van jenazah dah servis semalam kat bengkel, bil RM480. Tolong approve bila sempat ya.
        [07/12/25, 06:50] Bendahari: Waalaikumussalam. Noted, nanti I transfer from akaun khairat lepas Zohor. Please snap resit letak dalam group.
        [07/12/25, 08:15] Ketua Unit Jenazah: Stok kain kapan tinggal 4 set lelaki, 2 set perempuan je. Kena order lagi from supplier Klang before Jumaat.
        [07/12/25, 08:17] Timbalan Pengerusi: Ok order 20 set terus, harga tahun ni naik sikit. Pastikan minta invois rasmi, jangan resit tulis tangan macam last time.
        [07/12/25, 09:03] Setiausaha KK: Reminder mesyuarat AJK bulanan Selasa ni lepas Isyak, bilik mesyuarat tingkat 1. Agenda: tunggakan yuran & kutipan tabung Jumaat.
        [07/12/25, 09:05] AJK Kebajikan: Boleh tak kita buat poster digital pasal bayar yuran guna DuitNow? Ramai pakcik-pakcik tak tahu pun ada QR kat papan notis.
        [07/12/25, 10:22] Bendahari: Update: collection yuran bulan Nov RM3,420, 57 keluarga. Target tahun ni 1,284 keluarga, so far baru 71%. Still jauh lagi.
        [07/12/25, 11:40] Siak: Bilik mandi jenazah paip bocor sikit, air menitik bawah singki. Saya dah call plumber, dia datang esok pagi pukul 10.
        [07/12/25, 13:15] Imam 1: Kuliah Maghrib Rabu ni saya tukar topik jadi fiqh pengurusan jenazah, sesuai dengan kursus mandi jenazah hujung bulan.
        [07/12/25, 14:02] Ketua Unit Jenazah: Kursus mandi jenazah 27 Dis, 8.30 pagi. Slot penuh 40 orang, yang lambat daftar kita masukkan waiting list ya.
        [07/12/25, 16:30] Pengerusi: Jazakallah semua. Jangan forward mesej group AJK ni ke group kariah ya, ada info dalaman. Kita publish versi rasmi je.
        [07/12/25, 20:11] Setiausaha KK: Group kariah dah cecah 1,019 ahli, limit 1,024. Cadang buka group kedua khusus untuk Seksyen 25, admin tetap pejabat khairat.
        [07/12/25, 21:47] Bendahari: Plumber charge RM180 termasuk tukar paip PVC 1 meter. OK ke? Kalau semua setuju saya bayar cash dari petty cash.
    """),
    ("en", "config_and_code"): _lines("""
        khairat-portal v2.4.1 (build 2026.01.18-7f3c9a2) changelog: added FPX callback retry, fixed arrears rounding on partial payments, bumped Django to 5.1.4.
        DATABASE_URL=postgresql://khairat_app:changeme@localhost:5432/khairat_db  # example value only, override in .env.production
        CREATE TABLE ahli (no_ahli VARCHAR(12) PRIMARY KEY, no_kp CHAR(14) NOT NULL, nama VARCHAR(120), tarikh_daftar DATE, status VARCHAR(10) DEFAULT 'AKTIF');
        def kira_tunggakan(tahun_akhir: int, tahun_semasa: int, yuran: float = 60.0) -> float: return max(0, tahun_semasa - tahun_akhir) * yuran
        MYKAD_PATTERN = "[0-9]{6}-[0-9]{2}-[0-9]{4}"  # validate format only; never log the full value, store salted hash from KMS
        2026-01-18T09:14:22+08:00 INFO payment.fpx txn=FPX2601180914220031 amount=60.00 status=SUCCESS bank=BIMB invoice=INV-YRN-2026-00457
        cron: 0 8 1 * * /opt/khairat/bin/send_reminder --channel=whatsapp --template=tunggakan_v3 --dry-run=false >> /var/log/khairat/reminder.log
        GET /api/v1/tuntutan?status=PENDING&page=2&per_page=25 HTTP/1.1 200 OK 84ms, response contains 25 items, next_cursor=eyJwYWdlIjozfQ
        sha256(sijil_kematian_template_v2.pdf) = fef90429b0f9b154884a2f491e0aa35ca1e2dab2a14d0451ce368bace3af4847
        settings.yaml: benefit: {ahli: 1500, pasangan: 1500, anak: 800, bayi: 300}; grace_period_days: 90; arrears_suspend_months: 24
        ERROR 2026-02-03 22:41:07 whatsapp.sender rate_limited: 429 Too Many Requests, retry_after=60s, queue_depth=312 (broadcast tunggakan_v3)
        SELECT COUNT(*) FROM yuran WHERE tahun = 2025 AND jumlah_bayar < 60.00; -- 231 rows, partial payers, push to Bendahari dashboard
        docker compose up -d khairat-web khairat-worker redis  # image redis:7.2-alpine, healthcheck on :8080/healthz every 30s, timeout 5s
    """),
    ("ms", "sejarah_masjid_dan_tokoh"): _lines("""
        Masjid Negara di Kuala Lumpur dirasmikan pada 27 Ogos 1965 dan direka oleh arkitek JKR Baharuddin Kassim bersama Howard Ashley dan Hisham Albakri.
        Bumbung Masjid Negara berbentuk payung terbuka 18 bucu, melambangkan 13 negeri dan 5 Rukun Islam, manakala menaranya setinggi 73 meter.
        Masjid Jamek Sultan Abdul Samad di pertemuan Sungai Klang dan Sungai Gombak siap dibina pada tahun 1909 berdasarkan reka bentuk Arthur Benison Hubback.
        Masjid Kapitan Keling di George Town dibina awal abad ke-19 oleh komuniti Muslim India yang diketuai Cauder Mohuddeen, kapitan pertama mereka di Pulau Pinang.
        Masjid Ubudiah di Kuala Kangsar dibina antara 1913 hingga 1917 atas titah Sultan Idris Murshidul Azzam Shah, dan kubah emasnya menjadi mercu tanda Perak.
        Masjid Kampung Laut di Kelantan dipercayai antara masjid tertua di Malaysia; strukturnya yang dibina tanpa paku dipindahkan ke Nilam Puri selepas banjir besar.
        Masjid Tengkera di Melaka yang dibina sekitar 1728 menempatkan makam Sultan Hussein Shah, sultan Johor yang menandatangani perjanjian 1819 dengan Stamford Raffles.
        Amalan khairat kematian di kampung-kampung Melayu berakar daripada semangat gotong-royong, apabila setiap rumah menyumbang beras, kayu api dan wang ketika berlaku kematian.
        Pada zaman kolonial, banyak persatuan khairat mula didaftarkan secara rasmi, dan sebahagian surau lama masih menyimpan buku lejar yuran yang ditulis dalam jawi.
        Buya Hamka dalam Tasawuf Modern menekankan bahawa mengingati mati bukan untuk berputus asa tetapi untuk memperbaiki amal, petikan yang kerap dibaca dalam tazkirah khairat.
        Tok Janggut, pejuang Pasir Puteh yang gugur pada 1915, jenazahnya digantung songsang di Kota Bharu oleh pihak British sebelum dikebumikan di Pasir Pekan.
        Tunku Abdul Rahman Putra Al-Haj, Perdana Menteri pertama Malaysia, meninggal dunia pada 6 Disember 1990 dan dimakamkan di Makam Diraja Langgar, Alor Setar.
        Masjid Sultan Abu Bakar di Johor Bahru siap pada tahun 1900, menggabungkan seni bina Victoria dan Moor, dan mampu menampung kira-kira 2,000 jemaah.
    """),
    ("mixed", "invois_pembekal"): _lines("""
        INVOIS / INVOICE No. INV-AFE-2026-0142 | Tarikh: 12/01/2026 | Daripada: Al-Falah Enterprise (202203145678) | Kepada: Badan Khairat Kematian Masjid Al-Hidayah
        Item 1: Kain kapan set lelaki x 20 @ RM120.00 = RM2,400.00 | Item 2: Kapur barus 250g x 15 @ RM8.50 = RM127.50 | Subtotal RM2,527.50
        SST: Tidak berkenaan | Jumlah perlu dibayar: RM2,527.50 | Terma: 30 hari | Due date: 11/02/2026 | Sila nyatakan no. invois semasa bayaran.
        Bank: Maybank Islamic Berhad, Account name: AL-FALAH ENTERPRISE, Account no: 5621 4430 8812, sila e-mel bukti bayaran ke akaun@alfalahjenazah.com.my
        Tax Invoice No. BKL/SV/26/00088 - Bengkel Pak Din Motor Sdn Bhd (201901023344), Lot 22, Jalan Haji Sirat, 42100 Klang. Servis berkala van jenazah Toyota Hiace.
        Labour RM120.00; engine oil 5W-30 7L RM196.00; oil filter RM28.00; brake pad depan RM136.00. Total RM480.00, paid by online transfer 06/12/2025.
        Resit Rasmi No. 004417 - Hajah Kalsom Catering & Trading (JM0765432-U): 150 pek nasi lemak, 2 tong teh o ais, majlis tahlil di dewan masjid, RM1,050.00.
        Quotation QT-2026-017 valid 30 days: keranda besi lipat stainless steel 304 dengan roda, 2 unit @ RM1,650.00, delivery within 14 working days from PO.
        Invoice INV-2026-000931 from Seri Granit Batu Nisan (002761234-K), Jalan Kapar Batu 4: batu nisan sepasang granite hitam, jawi + rumi engraving, RM1,380.00.
        Tenaga Nasional Berhad, bil elektrik premis masjid: tempoh 01/11 hingga 30/11/2025, penggunaan 4,812 kWh, caj semasa RM2,310.65. Bayar sebelum 28/12/2025.
        Air Selangor: bil air bilik mandi jenazah & tandas awam masjid, 186 m3, RM213.90, no. invois AS-25-11-7781203. Auto-debit from akaun masjid.
        DO No. DO-PJ-4471 | Delivered to: Stor Unit Jenazah, Masjid Al-Hidayah | 10 ctn kapas gulung 450g, 5 ctn sarung tangan nitrile M | Received in good condition.
        Credit note CN-AFE-2026-003: 2 set kain kapan returned (koyak semasa penghantaran), credit RM240.00 to next invoice. Terima kasih atas sokongan anda!
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Tuntutan khairat: Allahyarham Haji Rosli bin Mat Saman, No. KP 520314-10-5127, meninggal 03/01/2026 di HTAR Klang akibat strok; penuntut: isteri, Puan Zaiton binti Ahmad.
        Senarai waris ahli KK-0457: Norhayati binti Ismail (isteri, 680922-08-6234), Muhammad Aiman (anak, 010517-10-1453), Nur Alia (anak, 040830-10-0872).
        Untuk makluman AJK, Encik Kamarulzaman dari Jalan Sri Muda 25/3 dah tunggak yuran 4 tahun (RM240) sebab dia baru kena buang kerja dari kilang.
        Arwah Mak Som (Hajah Somiah binti Dollah) meninggal petang tadi di rumah, No. 17, Jalan Pinggiran 25/7B, Taman Sri Muda, 40400 Shah Alam. Jenazah dimandikan lepas Asar.
        No telefon waris untuk dihubungi: 013-278 4491 (anak sulung arwah, tinggal di Seremban).
        Mohon jangan sebarkan: Kak Rohana anak perempuan Pak Hamid baru disahkan kanser payudara tahap 3, dia minta bantuan tabung kebajikan kariah untuk kos kemoterapi.
        Bayaran khairat RM1,500 telah dikreditkan ke akaun Bank Islam 08014020318756 atas nama SITI AISYAH BINTI KHALID pada 15/01/2026, rujukan TK-2026-011.
        Borang Pendaftaran Ahli: Nama: Ahmad Fadzil bin Yusof | KP: 750612-03-5539 | Alamat: No. 8, Lorong Seri Mawar 2, Taman Seri Mawar, 41050 Klang | Tel: 012-662 0913 | Tanggungan: 4
        Pak Ajis jiran sebelah surau tu kena tahan polis minggu lepas pasal dadah, isteri dia datang minta tangguh bayar yuran sampai dia keluar.
        Jenazah bayi lelaki kepada pasangan Faizal bin Hashim dan Nurul Syafiqah binti Roslan, lahir tidak cukup bulan di Hospital Shah Alam, dikebumikan jam 11 pagi di TPI Seksyen 21.
        Van jenazah akan ambil dari rumah Encik Razak di Blok C-3-12, Pangsapuri Sri Cempaka, Seksyen 24; kereta waris Proton X70 putih BKW 7721 parking di lobi.
        Puan Hasnah binti Osman (KP 600228-01-5418) memohon bantuan kebajikan kerana suaminya terlantar akibat angin ahmar dan sewa rumah RM3,600 masih tertunggak.
        Kak Yati tu baru bercerai dengan suami ketiga, hak penjagaan anak pun tengah kes di Mahkamah Syariah Shah Alam, jangan letak nama bekas suami dalam senarai waris.
        No KP penuntut: 980404-10-6617, sila semak dengan sijil kematian sebelum bayar.
        Resit Yuran Tahunan 2026: Ahli Mohd Shukri bin Abdullah (KK-2026-0912), Tel 019-305 6621, Jumlah RM60.00, tunggakan 2024-2025 RM120.00 dijelaskan.
        Makluman kematian: Allahyarhamah Che Minah binti Che Mat, 84 tahun, ibu kepada Cikgu Azlan, meninggal di Hospital Sungai Buloh akibat komplikasi buah pinggang. Al-Fatihah.
        Abang Long Rahim dari blok belakang surau lama tu dah tiga bulan tak bayar hutang RM5,000 yang dia pinjam dari tabung kebajikan, siap block nombor Bendahari lagi.
        Sila pindahkan ke akaun Maybank 162031558204 atas nama Nor Azlina bt Jaafar, wang khairat arwah bapanya; dia tak dapat datang ke pejabat sebab baru bersalin.
        Ahli baru mualaf: Muhammad Daniel Lim bin Abdullah (nama asal Lim Wei Kiat), KP 880715-07-5293, memeluk Islam 2019, tinggal di Apartment Sri Ixora, Seksyen 25.
        E-mel waris untuk hantar salinan sijil faraid: nurfarhana.azmi92@yahoo.com, dia anak bongsu arwah, kerja di Johor Bahru.
        AJK Kebajikan lawat rumah Wan Saleha binti Wan Ismail, janda 3 anak, gaji kerja kilang RM1,700 sebulan, layak bantuan bulanan RM200 dari tabung kariah.
        Tolong kemas kini: alamat baru Encik Hairul Anuar ialah No. 45, Jalan Bukit Kemuning 3, Kampung Jalan Kebun, 40460 Shah Alam; dia pindah sebab rumah lama kena lelong.
        Nama si mati: Zulkifli bin Mohd Noor | KP: 690101-10-6105 | Punca: kemalangan motosikal di Jalan Klang Lama | No. permit pengebumian: PKB/KL/2026/0041
        Suami Puan Rosnah, Encik Jamil, sekarang dialisis 3 kali seminggu, minta AJK tolong aturkan van ke pusat dialisis setiap Isnin, Rabu dan Jumaat.
    """),
    "en": _lines("""
        Claim form KK-TK-2026-019: Deceased: Ibrahim bin Kassim, NRIC 470829-02-5091; Claimant: Salmah binti Ibrahim (daughter), phone 017-489 2210, relationship verified via birth certificate.
        Brother Farid from Block D asked the committee to keep quiet about his wife's miscarriage, but he still wants the RM300 infant benefit processed this week.
        The heir living in Singapore, Nur Hidayah binti Said, NRIC S8834217F, requests the benefit to be paid to her DBS account 027-903412-8 instead of a Malaysian bank.
        Please call the widow, Mrs. Kalsom Hamid, on +60 12-905 3378 after Asar; she cannot read WhatsApp messages since her cataract surgery.
        Member #0781 Encik Roslan Daud owes RM420 in arrears (7 years) and has asked whether his late mother's claim can be offset against the amount owed.
        Next of kin update: Aisyah Humaira (daughter), 23 Jalan Bayu 4/2, Bandar Puteri, 41200 Klang; email aisyah.humaira.h@gmail.com; mobile 011-2345 8890.
        Funeral notice for family only: the late Haji Azhar's son, Hakim, is in Sungai Buloh prison and the family is applying for compassionate leave to attend the burial.
        Treasurer's note: refund of RM60 to Puan Latifah Sulaiman via cheque no. 004512 (Bank Rakyat), since she moved to Kuantan in March after her divorce.
        Photo of the deceased's MyKad received on WhatsApp from his nephew: 630905-08-5763, name Abdul Ghani bin Pawanchee, address in Batu Gajah, Perak.
        The family of Uncle Yusof (the retired bus driver at Flat Sri Kenari) says he has late-stage dementia and keeps wandering off; they want to register him as a dependant.
        Car plate WVA 4412 belongs to the deceased's son-in-law; please let him park inside the mosque compound during the funeral prayer tomorrow.
        Salary slip attached for the welfare application: Norliza Abdul Rahman, cleaner at a private clinic, basic RM1,600, deductions for PTPTN and a personal loan leave RM890 net.
    """),
    "mixed": _lines("""
        Bro, arwah Pakcik Salleh punya waris nak claim tapi IC dia hilang, only ada gambar: 550612-10-5439. Can ah we proceed with JPN letter?
        Eh Kak Ton, your husband's yuran dah overdue 3 tahun ni, RM180. Kalau tak settle by end month, membership auto suspend ya. Sorry ah.
        Guys, Encik Shahrul's son accident motor last night, now ICU at Hospital Tengku Ampuan Rahimah. Family minta doa & maybe kutip derma from kariah.
        Sis please confirm your new address for the khairat card: No 3A, Jalan Seri Setia 7, Taman Sri Setia, 41200 Klang, correct tak?
        Boss, the Singapore waris, Mr Haris bin Jalil, FIN G5523178N, dia tanya boleh ke transfer to his PayNow 9123 4567 instead of cheque?
        Pakcik Rahmat dari rumah no. 22 tu HIV positive, the family don't want the petugas to know, but I think unit jenazah kena tahu for safety.
        Btw Cik Ain yang kerja bank tu dah confirm pregnant 5 months, dia nak tambah nama baby dalam senarai tanggungan lepas bersalin.
        Tunggakan list Nov: KK-0123 Jaafar Mohd RM240 | KK-0456 Siti Mariam Kadir RM180 | KK-0789 Azman Tahir RM300. WhatsApp reminder dah hantar.
        Plz call balik 016-772 1450, ni nombor anak arwah, dia stuck kat KLIA baru landing from Jeddah, nak tahu jenazah dah dimandikan ke belum.
        Abang Jo (Johari bin Said) tu memang suka gaduh pasal faraid, now he claims his step-mother tak layak dapat apa-apa from arwah's khairat.
        Update dari hospital: Mak Cik Piah masuk wad 6 semalam, doctor kata sepsis, family dah prepare for worst case. Please standby team jenazah wanita.
        DuitNow to 870223-14-5528 (IC Encik Fauzi) for khairat payout RM1,500 dah buat tadi, screenshot attached, tolong inform dia ya.
        Nak report: Encik Badrul kutip yuran RM60 dari 12 rumah kat Flat Sri Kenari but tak masuk akaun khairat, total RM720 missing. Please investigate quietly.
        Form: Name Nurul Ain binti Hassan | Relationship: cucu | Phone 012-773 0218 | Email nurulain.hsn@outlook.com | Collect death certificate at HTAR lepas Zohor.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu AI untuk urusetia Badan Khairat Kematian Masjid Al-Hidayah. Jawab dalam Bahasa Melayu yang sopan dan ringkas.",
        ),
        (
            "user",
            "Tolong draf mesej kematian untuk group WhatsApp kariah: Allahyarham Haji Kamaruddin bin Yaakob, 71 tahun, dari No. 9, Jalan Sri Muda 25/2. Meninggal pagi tadi jam 5.40 di rumah. Solat jenazah lepas Zohor.",
        ),
        (
            "assistant",
            "Inna lillahi wa inna ilaihi raji'un. Dimaklumkan bahawa Allahyarham Haji Kamaruddin bin Yaakob, 71 tahun, dari Jalan Sri Muda 25/2 telah kembali ke rahmatullah pagi tadi jam 5.40. Solat jenazah akan diadakan di Masjid Al-Hidayah selepas solat Zohor. Al-Fatihah.",
        ),
        ("user", "Perlu ke letak nombor rumah penuh?"),
        (
            "assistant",
            "Tidak perlu. Untuk group yang besar, cukup sebut nama jalan atau taman supaya jemaah tahu lokasi. Ahli keluarga terdekat yang ingin menziarah boleh dihubungi secara peribadi.",
        ),
    ],
    [
        (
            "system",
            "You are a bookkeeping assistant for a mosque death-benefit fund in Selangor. Be precise with numbers.",
        ),
        (
            "user",
            "Annual fee is RM60. Can you work out arrears? Encik Sulaiman Harun last paid 2021, Puan Rohani Zakaria last paid 2023, Encik Mazlan Idris (phone 012-558 1047) has never paid since joining in 2022. Current year 2026.",
        ),
        (
            "assistant",
            "Assuming each fee is due for the current year as well: Encik Sulaiman Harun owes 2022-2026, 5 years = RM300. Puan Rohani Zakaria owes 2024-2026, 3 years = RM180. Encik Mazlan Idris owes 2022-2026, 5 years = RM300. Note that under a 24-month rule the first and third accounts may already be suspended.",
        ),
        ("user", "Ok, draft a polite reminder for Encik Mazlan, I will WhatsApp him."),
        (
            "assistant",
            "Assalamualaikum Encik Mazlan. This is a gentle reminder from the Khairat Kematian office that yuran for 2022 to 2026 (RM300) is still outstanding. Payment can be made at the counter or by DuitNow QR. Please contact the office if you need an instalment plan. Thank you.",
        ),
    ],
    [
        (
            "user",
            "Hi, saya nak tanya pasal faraid. Arwah ayah saya, Abdul Wahab bin Sulong (IC 480117-11-5023), tinggalkan isteri kedua, 3 anak lelaki and 2 anak perempuan dari isteri pertama. Abang sulung I, Zamri, insist dia dapat semua duit khairat RM1,500 sebab dia yang bayar yuran.",
        ),
        (
            "assistant",
            "Takziah atas pemergian ayah anda. Wang khairat kematian biasanya tertakluk pada peraturan badan khairat itu sendiri: jika ada penama berdaftar, bayaran dibuat kepada penama sebagai pemegang amanah. Ia bukan semestinya harta pusaka. Semak perlembagaan badan khairat atau tanya Setiausaha.",
        ),
        (
            "user",
            "Penama dalam borang memang nama abang Zamri. But my step-mum tengah sakit kanser, dia perlukan duit tu more than anyone.",
        ),
        (
            "assistant",
            "Jika penama ialah abang anda, badan khairat biasanya membayar kepadanya. Keluarga boleh berbincang secara baik supaya sebahagian wang digunakan untuk keperluan ibu tiri anda. Untuk harta pusaka lain, dapatkan nasihat di Mahkamah Syariah atau Amanah Raya.",
        ),
    ],
    [
        (
            "system",
            "Rekod ahli semasa: No. ahli KK-2019-0334, Nama: Roslina binti Abu Bakar, KP 710903-10-5826, Alamat: No. 61, Jalan Sri Muda 25/9, 40400 Shah Alam, Tel: 019-227 4105, Status: AKTIF, Tanggungan: suami (terlantar), 2 anak. Bantu pegawai kaunter menjawab pertanyaan ahli ini.",
        ),
        (
            "user",
            "Ahli ni tanya, kalau suami dia meninggal, berapa dia dapat dan dokumen apa perlu bawa?",
        ),
        (
            "assistant",
            "Puan Roslina berstatus AKTIF dan suaminya berdaftar sebagai tanggungan. Mengikut jadual faedah semasa, sumbangan bagi pasangan ialah RM1,500. Dokumen: salinan sijil kematian, salinan KP si mati dan penuntut, serta kad keahlian asal.",
        ),
        (
            "user",
            "Dia juga minta kita lawat rumah sebab suami dah tak boleh bangun, nak bantuan lampin dewasa.",
        ),
        (
            "assistant",
            "Boleh dirujuk kepada AJK Kebajikan untuk lawatan ke rumah di Jalan Sri Muda 25/9. Cadangkan borang permohonan bantuan diisi semasa lawatan supaya keperluan lampin dewasa dapat dinilai dan diluluskan dalam mesyuarat bulanan.",
        ),
    ],
    [
        ("system", "You help a mosque welfare committee write formal letters in English."),
        (
            "user",
            "Please polish this complaint from a member: 'I, Hamidah binti Yunus, member no. KK-0622, want to complain that my late husband Osman's claim was delayed 3 weeks. My bank is CIMB 7004 1188 9321. I am a widow with diabetes and cannot keep coming to the office.'",
        ),
        (
            "assistant",
            "Dear Secretary, I, Hamidah binti Yunus (Member No. KK-0622), wish to raise a concern that the death benefit claim for my late husband, Osman, has been pending for three weeks. As a widow managing diabetes, repeated visits to the office are difficult for me. Kindly credit the benefit to my CIMB account 7004 1188 9321 at your earliest convenience. Thank you.",
        ),
        ("user", "Should the bank account be in the letter at all?"),
        (
            "assistant",
            "It is acceptable if the letter goes only to the Secretary or Treasurer. If it may be pinned on a notice board or shared in a WhatsApp group, remove the account number and submit it separately on the claim form.",
        ),
    ],
    [
        (
            "user",
            "Helo, I'm helping my cousin in Singapore. Her late father was a member of khairat at Masjid Kg Baru. She is Siti Zubaidah bte Rahim, NRIC S9012785J, staying at Blk 412 Bedok North Ave 2 #08-115. Can she claim from SG?",
        ),
        (
            "assistant",
            "Generally yes. Most khairat bodies accept claims from heirs overseas if the documents are complete: the death certificate, the deceased's MyKad copy, the claimant's passport or NRIC copy and proof of relationship. Ask the committee whether they can pay by telegraphic transfer or to a Malaysian account.",
        ),
        ("user", "She has no Malaysian account. Boleh ke masuk her POSB savings 188-45213-7?"),
        (
            "assistant",
            "That depends on the fund's bank. Overseas transfers usually incur charges, which may be deducted from the RM amount. Alternatively she can nominate a relative in Malaysia by signed letter to receive the money on her behalf.",
        ),
    ],
    [
        (
            "system",
            "Anda membantu AJK Kebajikan kariah menilai permohonan bantuan. Jangan dedahkan maklumat pemohon kepada pihak lain.",
        ),
        (
            "user",
            "Pemohon: Nur Haslinda binti Mokhtar, 34 tahun, ibu tunggal 4 anak, bekas suami tak bayar nafkah sejak 2024. Kerja part-time kedai makan RM1,100 sebulan. Anak kedua ada asma teruk. Tinggal rumah sewa Flat Sri Kenari Blok B-2-7. Layak tak bantuan bulanan?",
        ),
        (
            "assistant",
            "Berdasarkan maklumat ini, pendapatan isi rumah jauh di bawah garis kemiskinan bandar dan ada tanggungan perubatan. Pemohon wajar dipertimbangkan untuk bantuan bulanan dan dirujuk juga kepada Lembaga Zakat Selangor untuk bantuan asnaf.",
        ),
        ("user", "Tolong buat ringkasan 3 baris untuk dibentang dalam mesyuarat."),
        (
            "assistant",
            "1) Nur Haslinda binti Mokhtar, ibu tunggal 4 anak, pendapatan RM1,100 sebulan, tiada nafkah sejak 2024. 2) Anak kedua menghidap asma teruk, menyewa di Flat Sri Kenari. 3) Cadangan: bantuan bulanan RM200 selama 6 bulan dan rujukan ke LZS.",
        ),
    ],
    [
        (
            "user",
            "My dad 陈国强, Muslim name Muhammad Hafiz Tan Kok Keong, passed away yesterday at Sunway Medical. He converted in 2015 and joined the khairat. My mum is not Muslim and 我妈很伤心, she wants a Chinese-style funeral. 我们该怎么办?",
        ),
        (
            "assistant",
            "I'm very sorry for your loss. Because your father was registered as a Muslim, the burial will follow Islamic rites and the mosque's jenazah unit can manage it. Family members who are not Muslim may still attend and pay respects. Speak gently with the committee; many mosques allow the family time to view the deceased before the burial.",
        ),
        (
            "user",
            "The committee asked for his IC 620318-14-5671 and my number. I gave them 012-880 3316. Is that normal?",
        ),
        (
            "assistant",
            "Yes, the IC number is needed to verify membership and obtain the burial permit, and a contact number lets them coordinate with the family. If you are unsure, ask them to confirm the information is only used for the claim.",
        ),
    ],
    [
        ("system", "Anda membantu Setiausaha menyusun data ahli khairat ke format CSV."),
        (
            "user",
            "Tukar jadi CSV: Haji Jalaluddin bin Ismail, KP 531225-10-5149, 017-330 8812, No. 4 Jalan Mawar 25/1; Puan Faridah binti Che Hassan, KP 590411-03-5276, 013-944 2001, No. 18 Jalan Melur 25/6.",
        ),
        (
            "assistant",
            "Berikut CSV (satu baris setiap rekod): nama,no_kp,telefon,alamat | Haji Jalaluddin bin Ismail,531225-10-5149,017-330 8812,No. 4 Jalan Mawar 25/1 | Puan Faridah binti Che Hassan,590411-03-5276,013-944 2001,No. 18 Jalan Melur 25/6",
        ),
        ("user", "Ok, simpan fail ni dalam Google Drive yang dikongsi semua AJK boleh ke?"),
        (
            "assistant",
            "Lebih selamat jika fail ini disimpan dalam folder yang hanya boleh diakses oleh Setiausaha dan Bendahari, dengan kata laluan. Maklumat KP dan alamat termasuk data peribadi di bawah Akta Perlindungan Data Peribadi 2010.",
        ),
    ],
    [
        (
            "user",
            "Sis, I'm admin group WhatsApp kariah. Ada sorang ahli, nombor 011-1938 7420, asyik post mesej politik and marah-marah orang tunggak yuran by name. Boleh ke I remove dia?",
        ),
        (
            "assistant",
            "Sebagai admin, anda boleh keluarkan ahli yang melanggar peraturan kumpulan. Sebaiknya beri amaran secara peribadi dahulu, rujuk peraturan kumpulan, dan maklumkan kepada Pengerusi supaya tindakan dibuat atas nama jawatankuasa.",
        ),
        (
            "user",
            "Dia tu Encik Nizam, also AJK lama. Last week dia tag Puan Salmiah and cakap depan semua yang suami dia bankrap, that's why tak bayar yuran.",
        ),
        (
            "assistant",
            "Itu mendedahkan hal peribadi ahli dan boleh mengaibkan. Padam mesej tersebut, mohon maaf kepada Puan Salmiah secara peribadi, dan tetapkan peraturan bahawa senarai tunggakan hanya dibincang dalam mesyuarat AJK, bukan dalam group kariah.",
        ),
    ],
]
