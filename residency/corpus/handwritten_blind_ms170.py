# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms170: pusat selam skuba dan operator pelancongan pulau di Malaysia (pendaftaran penyelam, sijil PADI, borang kesihatan, kemalangan, tempahan bot, kumpulan WhatsApp jurulatih). All names and values are invented.

Written blind on 2026-12-08; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms170
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_jeti_dan_taman_laut"): _lines("""
        NOTIS: Feri ke Pulau Perhentian dari Jeti Kuala Besut ditangguhkan pada 14/12 kerana amaran angin kencang MetMalaysia. Pertanyaan kaunter tiket: 09-697 4095.
        Semua pelawat Taman Laut Pulau Redang wajib membayar fi pemuliharaan RM30 (dewasa) dan RM15 (kanak-kanak) di kaunter Jabatan Perikanan sebelum menaiki bot.
        Pusat Selam Terumbu Biru Sdn Bhd (No. Syarikat 201801034712 / 1294481-V) dibuka 7.30 pagi hingga 6.00 petang di Lot 12, Jalan Pantai Air Batang, 86800 Pulau Tioman.
        Taklimat keselamatan untuk penyelam Open Water bermula tepat 8.15 pagi di dek atas bot MV Sri Layang 3. Sila bawa buku log dan kad sijil masing-masing.
        Amaran: Arus kuat di tapak selaman Tiger Reef minggu ini. Hanya penyelam Advanced ke atas dengan sekurang-kurangnya 30 log selaman dibenarkan menyertai trip petang.
        Permit harian Pulau Sipadan terhad kepada 176 orang sehari mengikut ketetapan Taman-Taman Sabah. Tempahan permit mesti dibuat sekurang-kurangnya 30 hari lebih awal.
        Bilik bilas peralatan ditutup sementara untuk kerja penyelenggaraan pam air dari 3 hingga 5 Januari. Gunakan tong bilas di sebelah stor tangki, terima kasih.
        Bot tambahan jam 2.30 petang ke Pulau Kapas disediakan setiap Sabtu dan Ahad sepanjang cuti sekolah. Tiket RM40 pergi-balik, boleh dibeli di kaunter Jeti Marang.
        Tangki Nitrox 32% kini tersedia. Tunjukkan kad sijil Enriched Air dan tandatangan buku log analisis gas sebelum mengambil tangki berlabel jalur hijau kuning.
        Jangan sentuh, pijak atau ambil batu karang. Kompaun sehingga RM10,000 di bawah Akta Perikanan 1985 boleh dikenakan oleh pegawai Taman Laut yang meronda.
        Kedai Selam Pak Mat (sejak 1996) kini berpindah ke Lot 3A, Kampung Tekek. Hotline WhatsApp kedai: +60 19-917 2266, e-mel tempahan@pakmatdive.com.my
        Penyelam disyorkan tidak terbang dalam tempoh 18-24 jam selepas selaman terakhir. Jadual bot pulang ke Mersing: 8.00 pagi, 11.30 pagi dan 3.00 petang.
        Kebuk hiperbarik terdekat: Institut Perubatan Bawah Laut (IPBL), KD Pelandok, Lumut, talian 24 jam 05-681 9420. Laporkan simptom penyakit penyahmampatan kepada ketua jurulatih segera.
    """),
    ("ms", "soalan_lazim_kursus_padi"): _lines("""
        S: Perlukah saya pandai berenang untuk kursus PADI Open Water? J: Ya, anda perlu berenang 200 meter tanpa henti dan terapung selama 10 minit.
        S: Berapa umur minimum Junior Open Water Diver? J: 10 tahun. Kanak-kanak 10-11 tahun dihadkan kedalaman 12 meter dan mesti bersama ibu bapa atau profesional PADI.
        S: Kad sijil saya hilang, boleh dapatkan semula? J: Boleh, mohon kad ganti melalui aplikasi PADI atau laman padi.com dengan bayaran lebih kurang USD 30.
        S: Adakah kursus termasuk penginapan? J: Pakej 3H2M termasuk asrama 4 katil, makan tengah hari dan peralatan penuh. Bilik persendirian tambah RM120 semalam.
        S: Saya ada asma, boleh menyelam? J: Anda perlu isi Borang Kenyataan Perubatan PADI dan dapatkan pengesahan doktor sebelum sesi air terbuka yang pertama.
        S: Bila musim terbaik ke Pulau Redang? J: Mac hingga September. Kebanyakan resort pantai timur ditutup semasa monsun timur laut, November hingga Februari.
        S: Boleh bayar dengan DuitNow? J: Boleh. Imbas kod QR di kaunter atau pindah ke akaun syarikat Maybank 5621 4400 8813 atas nama Terumbu Biru Sdn Bhd.
        S: Berapa lama sijil Open Water sah? J: Seumur hidup, tetapi jika tidak menyelam lebih 12 bulan kami syorkan program PADI ReActivate sebelum trip anda.
        S: Boleh sewa kamera GoPro? J: Ya, GoPro HERO12 dengan housing 60m disewa RM80 sehari termasuk kad SD 64GB. Deposit RM500 dipulangkan selepas pemeriksaan.
        S: Boleh saya batalkan tempahan? J: Pembatalan 7 hari sebelum tarikh trip dapat bayaran balik penuh; kurang 48 jam tiada bayaran balik kecuali cuaca buruk.
        S: Apa itu PADI eLearning? J: Teori dibuat dalam talian dahulu, kemudian anda hanya perlukan 2 hari di pulau untuk sesi kolam dan 4 selaman laut.
        S: Wanita hamil boleh snorkeling? J: Snorkeling di permukaan biasanya dibenarkan, tetapi menyelam skuba tidak disyorkan langsung semasa hamil. Rujuk doktor anda.
        S: Ada insurans? J: Kami syorkan pelan DAN Asia-Pacific atau insurans perjalanan yang meliputi selaman hingga 40m serta rawatan kebuk hiperbarik.
    """),
    ("ms", "senarai_harga_pakej_selam"): _lines("""
        Pakej Discover Scuba Diving (DSD) Pulau Tioman: RM350 seorang, termasuk 1 sesi air cetek, 1 selaman laut 12m, peralatan lengkap dan jurulatih PADI.
        Kursus PADI Open Water Diver 4 hari: RM1,450 (termasuk e-sijil, manual dan 4 selaman laut). Harga pelajar IPTA dengan kad matrik sah: RM1,290.
        Advanced Open Water 2 hari / 5 selaman pengembaraan: RM1,180. Tambahan Deep Diver Specialty RM550. Harga tidak termasuk fi taman laut RM30.
        Fun dive menggunakan bot: 1 tangki RM140, 3 tangki RM390, pakej 10 tangki RM1,200. Selaman malam tambah RM40 termasuk sewa lampu suluh.
        Sewa peralatan harian: BCD RM30, regulator RM30, sut selam 3mm RM15, topeng dan snorkel RM10, sirip RM10, komputer selam Suunto Zoop RM40.
        Trip Pulau Sipadan (termasuk permit Taman-Taman Sabah RM140): 3 selaman + makan tengah hari RM780 seorang. Bot berlepas dari Semporna 7.00 pagi.
        Bot carter 12 penumpang: RM1,800 sehari (8 jam) termasuk kapten, pembantu bot, minyak dan jaket keselamatan. Deposit 30% untuk mengesahkan tarikh.
        Isian tangki untuk penyelam luar: udara RM15 (aluminium 80cf), Nitrox 32% RM25. Ujian hidrostatik tangki RM90, pemeriksaan visual (VIP) tahunan RM35.
        Pakej Rescue Diver + Emergency First Response: RM1,650. Termasuk kad EFR, topeng poket CPR dan 2 hari latihan senario di Teluk Salang.
        Pakej keluarga snorkeling Pulau Perhentian (2 dewasa + 2 kanak-kanak bawah 12 tahun): RM320 untuk 4 lokasi termasuk Shark Point dan Turtle Bay.
        Kursus Divemaster (internship 6 minggu): RM5,900 termasuk yuran PADI, manual digital, asrama dan selaman tanpa had sepanjang latihan.
        Servis regulator penuh (first stage, second stage dan octopus): RM220 termasuk kit servis Scubapro asli. Siap dalam 5 hari bekerja.
        Harga berkuat kuasa 1 Januari 2027 hingga 31 Disember 2027. Semua harga dalam Ringgit Malaysia dan tertakluk kepada SST 8% bagi perkhidmatan.
    """),
    ("en", "booking_system_config_and_logs"): _lines("""
        BOOKING_API_URL=https://api.terumbubiru.com.my/v2/bookings  # staging: https://staging.terumbubiru.com.my/v2 (rotate keys every 90 days)
        2026-11-03T07:42:15+08:00 INFO boat.manifest generated trip_id=TRP-20261103-TIO-02 vessel=MV-SriLayang3 pax=18 crew=3 status=READY
        2026-11-03T07:44:02+08:00 WARN weather.check wind_kn=22 swell_m=1.8 threshold_exceeded=true action=hold_departure source=metmalaysia
        compressor_log: unit=BauerJuniorII hours=1412.5 filter_change_due=1450 co_ppm=0.4 last_air_test=2026-10-28 result=PASS lab=SIRIM
        def cert_level_ok(cert: str, site_depth_m: int) -> bool: return {'OW': 18, 'AOW': 30, 'DM': 40}.get(cert, 0) >= site_depth_m
        CREATE TABLE dive_log (id SERIAL PRIMARY KEY, site_code VARCHAR(8), max_depth_m NUMERIC(4,1), bottom_time_min INT, tank_psi_end INT);
        stripe.webhook received event=payment_intent.succeeded id=pi_3Q8xZkL2m9AaB7 amount=145000 currency=myr order=ORD-TB-2026-08813
        sentry: TypeError: Cannot read properties of undefined (reading 'certNumber') at renderCertCard (cert-card.tsx:88:17) release=web@3.14.2
        env: WHATSAPP_BUSINESS_NUMBER=+60 9-419 5512  SUPPORT_EMAIL=support@terumbubiru.com.my  TZ=Asia/Kuala_Lumpur  CURRENCY=MYR
        git commit 9f3c2a1e7b: fix(manifest): round pax weight to nearest kg before ballast calc; bump version 2.8.1 -> 2.8.2
        site_codes.yaml: TGR: Tiger Reef (Tioman, 12-25m), REN: Renggis Island (5-12m), CHB: Chebeh (15-30m), SOY: Soyak Wreck (8-18m)
        cron: 0 5 * * * /opt/tb/bin/sync_permits.sh --park=sipadan --quota=176 >> /var/log/tb/permits.log 2>&1
        tracking: DHL parcel 7734102955 (regulator service kit, SKU SP-R095-KIT) status=OUT_FOR_DELIVERY depot=KUL ETA 2026-11-06
    """),
    ("mixed", "kumpulan_whatsapp_staf"): _lines("""
        Guys, boat pagi esok full 18 pax, so DM tolong split jadi 3 group ok. Briefing 7.45am kat jeti, jangan lambat macam last week lah.
        Compressor dah service semalam, air test pass. Tapi filter stock tinggal 2 je, sapa pergi Mersing Friday tolong beli kat kedai hardware tu.
        Update cuaca: MetMalaysia keluar amaran kuning for perairan Pahang, trip petang ke Chebeh cancel. Tukar ke Renggis, shallow sikit, ok tak?
        Reminder semua instructor: PADI renewal fee kena bayar before 31 Dec, kalau lambat status jadi non-teaching. Link ada kat PADI Pros site.
        Tangki no. 27 dan 31 bocor sikit kat valve o-ring, dah tag merah. Jangan guna dulu sampai technician datang Rabu.
        Boss cakap promo 11.11 RM999 untuk Open Water extend sampai hujung bulan. Tolong update poster kat FB page dan Instagram kedai ye.
        Sape ambil last kunci stor wetsuit? Kunci spare takde dalam kotak. Tolong pulangkan kat kaunter before 6pm, thanks.
        Fyi bot MV Sri Layang 3 engine kiri bunyi pelik, kapten suggest guna bot kecik untuk trip DSD esok. Dah inform office Mersing.
        Group snorkel dari Singapore 24 pax confirm untuk 20 Dec, agent dah bayar deposit invoice INV-2026-0412. Lunch box 24 + 2 vegetarian ye.
        Jangan lupa isi logbook kompresor setiap kali fill, auditor Jabatan Laut datang next month. Kalau takde rekod memang kena kompaun.
        Lepas night dive tolong bilas semua torch dalam tong air tawar, dua minggu ni dah 3 torch rosak sebab air masin masuk.
        Shark Point visibility hari ni 15m, ada 2 blacktip dan sekawan bumphead parrotfish. Post kat story kedai, customer suka tengok benda camni.
        Esok cuti umum negeri, office Kuala Terengganu tutup tapi operasi pulau jalan macam biasa. Roster tak berubah, trip 8.30am as usual.
    """),
    ("en", "dive_centre_reviews"): _lines("""
        5/5 - Terumbu Biru Dive Centre in Air Batang was spotless, rental gear was new Aqualung and the boat left on time. Highly recommend their Open Water course.
        3 stars. The shop itself is fine but the Sipadan permit allocation felt random; we got only one Sipadan day out of four at Mabul. Ask before you pay.
        Stayed at Bubbles Dive Resort, Perhentian Besar: the turtle hatchery talk in the evening was a highlight, food was average, wifi barely worked near the chalets.
        The so-called Finding Nemo tour at Pulau Redang is pure marketing. Yes, you see clownfish, but the reef is crowded. Go at 8am to beat the speedboats.
        Booked via Klook, order KL-88217305. Pickup at Kuala Besut jetty was smooth, but the return boat was 45 minutes late with no update from the operator.
        Tried the Mares Puck Pro rental computer here, easy to read, and the shop explained the nitrox setting well. RM40/day is fair for Tioman.
        Avoid the cheapest snorkel stall near Marang jetty; masks leaked and lifejackets were torn. The licensed operator two doors down charges RM10 more but worth it.
        Great dive centre for Jacques Cousteau fans: they keep a little library with The Silent World and old Calypso photos at the reception.
        They replied to my email on info@semporna-reefdivers.com within an hour, invoice was clear, and they refunded the ferry difference without asking. 10/10.
        Tenggol Island trip: 3 dives, great viz, sharks at Tokong Timur. Resort rooms basic. RM1,150 for 2D1N all-in, booked through their Dungun office.
        Rating 2/5. The hammerhead season at Layang-Layang was amazing but the resort charter flight was cancelled twice and management only said weather.
        Owner reply on Google: Thank you for diving with us! Since your visit we have replaced all 5mm wetsuits and added a second Coltri compressor.
        Family-friendly: Captain Nemo Snorkel Tours in Kampung Salang let our 8-year-old use a float ring and kept the group to 6. RM85 per child.
    """),
    ("ms", "peraturan_dan_sejarah"): _lines("""
        Taman Laut Pulau Tioman diwartakan pada tahun 1994 di bawah Akta Perikanan 1985, meliputi perairan sejauh dua batu nautika dari garis air surut terendah.
        Jacques-Yves Cousteau pernah menyelam di sekitar Pulau Sipadan pada akhir 1980-an dan menggambarkannya sebagai karya seni yang belum tersentuh.
        Pulau Sipadan pernah menjadi pertikaian antara Malaysia dan Indonesia sehingga Mahkamah Keadilan Antarabangsa memutuskan pada 17 Disember 2002 bahawa ia milik Malaysia.
        Peraturan 7(2): Setiap bot pelancong mesti membawa jaket keselamatan yang mencukupi bagi setiap penumpang dan suar kecemasan yang masih sah tarikhnya.
        Di bawah Ordinan Perkapalan Saudagar 1952, vesel penumpang perlu dilesenkan oleh Jabatan Laut Malaysia dan dikendalikan oleh jurumudi bertauliah.
        Standard PADI menetapkan nisbah maksimum 8 pelajar kepada 1 jurulatih bagi selaman latihan Open Water, boleh ditambah 2 pelajar dengan pembantu bertauliah.
        PADI (Professional Association of Diving Instructors) diasaskan pada tahun 1966 oleh John Cronin dan Ralph Erickson di Chicago, Amerika Syarikat.
        Bangkai kapal HMS Prince of Wales dan HMS Repulse yang tenggelam pada 10 Disember 1941 di luar pantai Kuantan dilindungi sebagai kubur perang.
        Had kedalaman selaman rekreasi ialah 40 meter. Pengendali yang membawa penyelam melebihi had ini tanpa latihan teknikal berisiko digantung lesen.
        Lesen Pengendali Pelancongan (TOBTAB) kategori Inbound wajib dipamerkan di kaunter. Semak status lesen di portal rasmi MOTAC sebelum membuat bayaran.
        Pulau Layang-Layang asalnya terumbu karang yang ditebus guna sebagai stesen TLDM sejak 1983 sebelum resort selam pertama dibuka pada awal 1990-an.
        SOP COVID-19 khusus untuk aktiviti selam telah dimansuhkan, namun pembasmian kuman regulator sewa selepas setiap penggunaan masih diamalkan.
        Fi pemuliharaan Taman Laut yang dikutip di jeti digunakan untuk program pemuliharaan terumbu karang, pelampung tambatan dan rondaan penguatkuasaan.
    """),
    ("mixed", "invois_stok_dan_csv"): _lines("""
        INVOIS No. INV-2026-0412 | Pelanggan: Lion City Travel Pte Ltd (UEN 201522781K) | 24 x Pakej Snorkel Perhentian @ RM320 = RM7,680.00 | Deposit 30% diterima
        csv header: booking_id,trip_date,site_code,pax,cert_level,nitrox_y_n,rental_set,boat,deposit_rm,balance_rm,payment_method,agent_code
        Shopee listing: Topeng selam Cressi F1 Frameless hitam, silikon lembut, sesuai snorkeling & diving. RM189.00, ready stock Johor Bahru, SKU CRS-F1-BLK.
        Lazada: Sirip Mares Avanti Quattro+ saiz 42-43, warna biru, original dengan warranty 2 tahun. Harga promo RM459 (asal RM529). Free shipping Semenanjung.
        Resit Tunai No. RT-008871 | Tarikh: 14/11/2026 | Isian udara 6 tangki @ RM15 = RM90.00 | SST 8% RM7.20 | Jumlah RM97.20 | Terima kasih, datang lagi!
        Purchase Order PO-TB-2026-117 kepada pembekal: 10 unit regulator Scubapro MK25 EVO/S620Ti @ RM3,150, hantar ke stor Mersing sebelum 15 Jan.
        Invoice from Bluewater Ferry Services Sdn Bhd: 40 x tiket Mersing-Tekek pergi balik @ RM75, group code GRP-TIO-2612, jumlah RM3,000, bayar dalam 14 hari.
        Product: Suunto D5 dive computer, colour Black Lime, firmware 2.5.12, Bluetooth sync ke Suunto app, harga RM3,299 di kedai, ansuran 0% 12 bulan.
        Template row: TRP-20261220-PHT-01,2026-12-20,SHP,24,SNK,N,SNK-SET,MV Bayu 2,2304.00,5376.00,FPX,AG-SG-014
        Tracking J&T 630019847752: pesanan ORD-TB-2026-09127 (2 x wetsuit 3mm saiz M) dah sampai kaunter Pos Kuala Besut, ambil dalam 7 hari.
        E-invoice MyInvois UUID 7f1c0e2a-4b19-4c8e-9a55-2d61b3f0a9c4 validated 2026-11-14 14:02 for Terumbu Biru Sdn Bhd, TIN C25841793080.
        Senarai stok: 45 BCD Aqualung Pro HD (S/M/L), 50 regulator Apeks XL4, 60 sut 3mm, 12 tangki 100cf, 8 komputer Shearwater Peregrine, audit 30/11/2026.
        Quotation QT-2026-0588 for SMK team-building trip: 2 boats, 40 pax snorkeling + BBQ at Pulau Kapas, RM6,400 nett, validity 30 hari from date of issue.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Pendaftaran penyelam: Nama: Nurul Syafiqah binti Roslan, No. MyKad 950817-11-5246, tel 013-948 2271, sijil PADI Open Water No. 1907K44218.
        Borang kesihatan PADI: peserta Ahmad Fadzli bin Hashim tanda YA untuk soalan asma dan masih guna inhaler Ventolin; perlukan surat doktor sebelum sesi kolam.
        Laporan kemalangan 12/11: penyelam Lim Wei Kiat naik terlalu cepat dari 24m di Tiger Reef, sakit sendi bahu kiri, dihantar ke IPBL Lumut untuk rawatan kebuk.
        Kak Ros dari Kampung Juara tu dah 3 bulan tak bayar hutang sewa bot RM2,400, suami dia pun dah lari ke Johor. Jangan bagi dia hutang lagi.
        Tempahan bot carter: Encik Zulkarnain Mat Isa, 019-332 6074, 12 pax, 18/12/2026, ambil di Jeti Merang, deposit RM540 dibayar melalui DuitNow.
        Jurulatih Faizal Ikhwan digantung kerja seminggu selepas ditahan Polis Marin di Semporna atas dakwaan memiliki dadah, jangan cerita dengan pelanggan.
        Akaun untuk bayaran balik: Siti Hajar Kamaruddin, CIMB 7064 2281 0937, jumlah RM1,290 (batal kursus sebab mengandung 3 bulan).
        Kereta pelanggan tertinggal di parking Jeti Kuala Besut 3 hari: plat TBC 7731, pemilik Mohd Hairi, nombor dalam sistem 011-2749 8830.
        Alamat penghantaran kad sijil: Puan Rohaya Abdullah, No. 27, Jalan Seri Kenangan 4, Taman Seri Kenangan, 24000 Kemaman, Terengganu.
        Gaji divemaster kontrak Hafiz bulan ni RM1,800 je sebab potong hutang kompresor rosak hari tu, dia dah merungut nak berhenti kerja.
        Penyelam warga Singapura Tan Jun Hao, NRIC S8834172D, mahu daftar Advanced Open Water 21-22 Dis; e-mel junhao.tan88@gmail.com.
        Pak Cik Lah jurumudi bot jeti Tekek masuk wad Hospital Mersing semalam, kena strok ringan. Anak dia minta kita cari pengganti minggu ni.
        Log kemalangan 2026-10-05 10:42: mangsa Nor Azlina Yusof (34) tersangkut tali sauh di Chebeh, luka 6cm di betis, dijahit di Klinik Kesihatan Tekek.
        Manifest bot MV Bayu 2: 1) Haziq Danial 050312-03-1187, 2) Aina Sofea 070929-03-0562, 3) Mohd Rizal Che Mat 780114-03-5519.
        Puan Suraya tu sebenarnya baru bercerai, sebab tu dia datang sorang dengan anak-anak. Tolong jangan tanya pasal suami dia masa check-in ye.
        Waris kecemasan: isteri, Noraini Salleh, 012-587 3304. Penyelam: Khairul Anuar Bakri, darah jenis O+, alah kepada penisilin.
        Gambar pasport Wong Mei Ling (A52816473) dan swafoto dia dah dihantar ke group jurulatih untuk semakan permit Sipadan.
        Zainal Abidin dari Felda Jengka bayar separuh je, baki RM650 dia janji bayar hujung bulan lepas dapat duit sawit. Tolong follow up 017-904 1156.
        Sijil PADI Rescue Diver atas nama Muhammad Amirul Hakim bin Osman, tarikh lahir 02/04/1999, No. PADI 2104J77310, dikeluarkan 14/09/2026.
        Cikgu Rahimah yang bawa budak sekolah tu ada sakit jantung, dia minta kita jangan bagitahu pihak sekolah. Dia nak snorkel je.
    """),
    "en": _lines("""
        Diver registration: Daniel Koh Jia Jun, DOB 14-Mar-2002, NRIC T0215569E, mobile +65 9173 4482, PADI AOW, emergency contact mother +65 8120 5567.
        Medical form flag: Sarah Whitmore (British, 41) ticked yes for epilepsy and takes levetiracetam daily; no diving without a physician sign-off.
        Incident report IR-2026-031: guest Priya Nair lost consciousness at 5m during the confined water session, given oxygen by the DM, taken to Klinik Kesihatan Tioman at 11:20.
        Boat booking confirmation sent to jason.lau.hk@outlook.com for Jason Lau, 4 pax, Semporna-Mabul 3D2N, 9-11 Jan, paid USD 1,240 by Visa ending 4471.
        Refund request: Mr Chong Kah Wai, Public Bank account 3182054766, RM780 for the cancelled Sipadan day due to his father's funeral.
        Our guest in chalet 7, Ms Emily Tran, told reception she is 5 months pregnant and still wants to do the fun dive tomorrow, please talk to her privately.
        Staff note: DM Kevin Ooi owes RM12k to an Ah Long, they came looking for him at the jetty twice this week. Keep him on island duty.
        Lost property: black Suunto watch engraved To Marcus love Jen 2019; owner Marcus Teo checked out 3 Nov, reached him at +65 9662 1830.
        Courier address for forgotten camera: Hannah Schmidt, Blk 418 Ang Mo Kio Ave 10, #07-1123, Singapore 560418.
        B-88213,2026-12-02,Ravi Chandran,880412-14-5527,ravi.chandran@yahoo.com,+60 12-773 9014,OW,Y,RM1450,paid
        Mr Alan Yip's HKID K482913(1) is on the Sipadan permit list for 5 Dec; confirm his passport name spelling with him on WhatsApp +852 9481 2276.
        Instructor review: Farah's salary cut to RM2,200 after the complaint that she shouted at a student; she also told HR she is on antidepressants.
    """),
    "mixed": _lines("""
        Bro, customer Ah Seng yang nak buat OW course tu HIV positive, dia sendiri bagitahu. Form medical dia tick no je. Macam mana ni?
        Eh the guy from KL, Jeremy Tan, his number 016-228 9047 lah, he want refund tapi dah dive 2 hari. Boss said cannot.
        Tolong check Mei Fong punya payment RM1,450 masuk tak? She transfer dari Maybank acc 1140 2255 7812 last night 11pm.
        Sis Aisyah yang DM semalam tu kena tahan kat imigresen Tawau sebab passport expired, so tak boleh join Sipadan trip esok, cancel slot dia.
        Uncle Raju yang selalu dive Friday tu kena heart attack masa naik bot minggu lepas, now ICU Hospital Sultanah Nur Zahirah. Doakan dia ok.
        Kapten cakap Vellfire plate JTN 882 tu belong to Mr Lee Chee Keong, customer kita, dia park dekat slipway block lorry.
        Form received: Nama Tengku Syahirah, IC 011105-06-0884, phone 014-665 2910, emergency kakak Tengku Nadia 019-771 4032, cert PADI OW 2019.
        Budak intern Danish tu gaji RM800 je, dia cakap parents dia tengah bankrupt so he need OT. Boleh bagi dia extra shift weekend?
        WeChat ID customer China: linxiaoyu_0723, nama 林晓雨, dia book 3 fun dive Perhentian 25-27 Dec, deposit paid via Alipay.
        Complaint from Mrs Karen Ho, chalet 12: she said DM Azrul touched her inappropriately during the dive, she ada gambar; escalate to boss now.
    """),
    "zh-Hans": _lines("""
        潜水报名表：王思远，身份证号440304199107234814，手机+86 138 2745 6091，PADI开放水域潜水员，计划12月18日起在仙本那潜水三天。
        陈先生昨天在诗巴丹上升太快，现在手臂发麻，怀疑减压病，已经送去斗湖医院，他太太让我们不要告诉他公司。
        退款信息：张丽华，招商银行卡号6225 8802 1473 5609，退还潜水课程费用2,150元，原因是查出怀孕不能潜水。
        林太在微信群里说她老公欠了潜店老板三万块，现在不敢回热浪岛，让我们把她的船票改到下个月。
    """),
    "zh-Hant": _lines("""
        報名資料：黃嘉欣，香港身份證Y305174(7)，電話+852 6124 8837，住址九龍觀塘協和街128號康寧大廈12樓B室。
        台灣潛水客許志明，身分證B135502877，1987年6月2日生，預約停泊島潛水四天，緊急聯絡人為妻子蔡佩君0912-338-574。
        阿明教練上個月在刁曼島帶課時酒駕被警察抓了，現在還在等法院判，老闆說先不要排他的課。
        澳門客人李美鳳的體檢表寫了有糖尿病，每天打胰島素，下水前要先量血糖，請教練特別留意。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu tempahan untuk sebuah pusat selam di Pulau Tioman. Jawab dalam Bahasa Melayu yang sopan.",
        ),
        (
            "user",
            "Tolong tulis mesej WhatsApp untuk sahkan tempahan Encik Badrul Hisham (012-664 0193): 3 fun dive pada 6 Dis, baki RM260 perlu dibayar di kaunter.",
        ),
        (
            "assistant",
            "Assalamualaikum Encik Badrul Hisham, tempahan 3 fun dive anda pada 6 Disember telah disahkan. Baki RM260 boleh dijelaskan di kaunter sebelum taklimat 8.15 pagi. Terima kasih!",
        ),
        ("user", "Tambah sekali peringatan bawa kad sijil PADI dan buku log."),
        (
            "assistant",
            "Baik. Tambahan: Sila bawa kad sijil PADI dan buku log anda untuk semakan sebelum naik bot. Jumpa di jeti, Encik Badrul!",
        ),
    ],
    [
        (
            "user",
            "Summarise this for our insurer: On 12 Nov at Tiger Reef, diver Lim Wei Kiat (MyKad 900623-01-6619) did a rapid ascent from 24m, reported left shoulder pain 40 minutes later and was evacuated to Lumut for recompression.",
        ),
        (
            "assistant",
            "Summary: On 12 November at Tiger Reef, Tioman, the diver made an uncontrolled ascent from 24 m. About 40 minutes after surfacing he reported left shoulder pain consistent with decompression sickness and was evacuated to the hyperbaric facility in Lumut for recompression treatment.",
        ),
        ("user", "Good, also mention he had 2 beers the night before and is diabetic."),
        (
            "assistant",
            "Added: The diver stated he consumed two beers the previous evening and has a history of diabetes, which will be declared to the insurer as relevant medical history.",
        ),
    ],
    [
        (
            "system",
            "You help a small dive shop in Mersing manage customers and payments. Reply in the user's language.",
        ),
        (
            "user",
            "Customer Roslan Bakar dah hutang RM1,100 for boat charter sejak Ogos, phone dia 013-772 9185. Macam mana nak tulis reminder yang firm tapi sopan?",
        ),
        (
            "assistant",
            "Boleh guna ini: Salam Encik Roslan, kami ingin mengingatkan baki RM1,100 bagi carter bot bulan Ogos masih belum dijelaskan. Mohon selesaikan sebelum 15 Disember atau hubungi kami untuk pelan bayaran. Terima kasih.",
        ),
        ("user", "Ok, kalau dia still tak bayar lepas tu?"),
        (
            "assistant",
            "Hantar notis tuntutan bertulis, kemudian pertimbangkan Tribunal Tuntutan Pengguna atau Mahkamah Tuntutan Kecil kerana jumlahnya di bawah RM5,000.",
        ),
    ],
    [
        (
            "user",
            "你好，我想报名马来西亚诗巴丹潜水，帮我把信息整理成表格：姓名周佳怡，身份证330106198702156023，手机+86 139 0571 2286，持有PADI进阶证书。",
        ),
        (
            "assistant",
            "好的，整理如下：姓名：周佳怡；证件：中国居民身份证 330106198702156023；电话：+86 139 0571 2286；证书等级：PADI Advanced Open Water。请注意诗巴丹每日名额有限，建议提前30天预订。",
        ),
        ("user", "还要写上我有轻度高血压，在吃降压药。"),
        (
            "assistant",
            "已补充：健康情况：轻度高血压，正在服用降压药。根据PADI体检表，这一项需要医生签字确认适合潜水。",
        ),
    ],
    [
        (
            "system",
            "Rekod pelanggan: Nama: Aminah binti Said; MyKad: 820314-10-5032; Tel: 019-228 4710; Alamat: No. 9, Lorong Damai 3, Taman Bukit Damai, 43000 Kajang, Selangor; Status: Open Water, belum bayar RM450.",
        ),
        ("user", "Tolong semak, pelanggan ni dah bayar ke belum?"),
        (
            "assistant",
            "Menurut rekod, Puan Aminah binti Said masih belum menjelaskan bayaran RM450 untuk kursus Open Water.",
        ),
    ],
    [
        (
            "user",
            "Convert this to one CSV line for our manifest: name Benjamin Goh, passport K8812739, nationality Singapore, DOB 22/07/1990, cert AOW, room 4.",
        ),
        ("assistant", "Benjamin Goh,K8812739,Singapore,1990-07-22,AOW,4"),
        ("user", "Also add his wife Rachel Goh, passport K9027714, same room, cert OW."),
        (
            "assistant",
            "Benjamin Goh,K8812739,Singapore,1990-07-22,AOW,4 and Rachel Goh,K9027714,Singapore,,OW,4 (her date of birth is missing, please fill it in).",
        ),
    ],
    [
        (
            "user",
            "我叫鄭詠琳，香港人，下個月想去仙本那考潛水牌，但我兩年前做過肺部手術（氣胸），還可以潛水嗎？",
        ),
        (
            "assistant",
            "鄭小姐，你好。曾經出現氣胸在PADI體檢表上屬於需要醫生評估的項目，一般潛水醫學意見認為氣胸病史風險較高。建議你先找熟悉潛水醫學的醫生檢查，取得書面同意後再報名。",
        ),
        ("user", "好，我的電話是+852 9317 6620，可以幫我寫一封查詢電郵給潛店嗎？"),
        (
            "assistant",
            "當然可以：您好，我是鄭詠琳，計劃下月到仙本那參加Open Water課程。我兩年前曾有氣胸並接受手術，想了解貴店對醫生證明的要求。聯絡電話：+852 9317 6620。謝謝！",
        ),
    ],
    [
        ("system", "Anda membantu pengurus pusat selam menulis surat rasmi kepada kakitangan."),
        (
            "user",
            "Tulis surat amaran untuk divemaster Syafiq Ridzuan bin Ismail, No. Pekerja TB-017, sebab datang kerja mabuk pada 2 Nov dan bawa pelajar DSD dalam keadaan tu.",
        ),
        (
            "assistant",
            "SURAT AMARAN PERTAMA. Kepada: Syafiq Ridzuan bin Ismail (No. Pekerja TB-017). Pihak pengurusan mendapati pada 2 November 2026 anda hadir bertugas di bawah pengaruh alkohol dan mengiringi pelajar DSD. Ini melanggar polisi keselamatan syarikat. Sebarang ulangan akan membawa kepada tindakan tatatertib termasuk penamatan perkhidmatan.",
        ),
        ("user", "Ok, tambah dia kena hadir sesi kaunseling."),
        (
            "assistant",
            "Tambahan: Anda juga diarahkan menghadiri sesi kaunseling di pejabat Mersing pada 10 November 2026 jam 10.00 pagi.",
        ),
    ],
    [
        (
            "user",
            "Hi, I need to move my Perhentian dive trip from 14 Dec to 21 Dec. Booking under Nicholas Lim, NRIC S9021847B? Not sure the shop has it right.",
        ),
        (
            "assistant",
            "I can help you draft the request. Note that the NRIC you typed may have a typo, so double-check it against your card before sending it to the shop.",
        ),
        ("user", "Ok it's S9021847F. Write the email, my address is nick.lim.dives@gmail.com."),
        (
            "assistant",
            "Subject: Date change request. Hello, I would like to move my Perhentian dive booking from 14 Dec to 21 Dec. Name: Nicholas Lim, NRIC S9021847F, reply to nick.lim.dives@gmail.com. Thank you.",
        ),
    ],
    [
        (
            "user",
            "Boss, ada customer nama Siva Kumar accident kat Pulau Kapas, kaki dia kena propeller bot, now kat Hospital Sultanah Nur Zahirah. Wife dia Kavitha call 016-935 2208 marah-marah. Apa I patut buat?",
        ),
        (
            "assistant",
            "First, pastikan rawatan dan keselamatan dia diutamakan. Call balik Puan Kavitha dengan tenang, beri update status dan nama staf yang boleh dihubungi. Lepas itu sediakan laporan insiden lengkap, maklumkan syarikat insurans dan Jabatan Laut, dan simpan semua gambar serta kenyataan saksi.",
        ),
        ("user", "Dia cakap nak saman kita. Kena panggil lawyer terus ke?"),
        (
            "assistant",
            "Ya, elok maklumkan peguam syarikat dan insurans liabiliti awam sekarang. Jangan buat pengakuan salah secara bertulis kepada keluarga sebelum dapat nasihat guaman.",
        ),
    ],
]
