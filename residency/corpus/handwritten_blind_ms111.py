# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms111: fishing clubs, sea boats and island tourism in Malaysia (boat bookings, marine park permits, manifests, WhatsApp groups, incidents, gear rental). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms111
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "tempahan_bot"): _lines("""
        Tempahan BK-RDG-250814-0073 disahkan: bot laju 2 hala Merang–Redang, 14/08/2025 jam 9.30 pagi, 12 penumpang dewasa, 2 kanak-kanak. Jumlah RM1,260.00 (deposit 30% diterima).
        Slot trip memancing dasar 3H2M dari Jeti Tok Bali penuh sehingga 31 Ogos. Slot seterusnya: 5 Sep, 12 Sep, 19 Sep. Harga pakej RM850/kepala termasuk makan & ais.
        Ref: PLT-2025-04417 | Status: MENUNGGU BAYARAN | Tamat tempoh: 12/07/2025 23:59 | Jumlah: RM2,340.00
        Pembatalan kurang 72 jam sebelum tarikh belayar, deposit tidak akan dipulangkan. Penjadualan semula dibenarkan sekali sahaja tertakluk kepada keadaan cuaca.
        Bot 'Seri Bayu 3' (no. pendaftaran TRF 2A 4815) tidak beroperasi 20–24 Julai kerana servis enjin Yamaha 200HP. Tempahan pada tarikh tersebut dipindahkan ke 'Seri Bayu 5'.
        Tempahan korporat: 3 bot, 36 pax, 1 hari trip pancing tunda (trolling), invois INV/KPM/25/0912 dikeluarkan kepada syarikat, bayaran melalui FPX.
        Jadual feri Mersing–Tioman (Tekek, ABC, Salang): 8.00 pg, 11.30 pg, 2.30 ptg. Sila tiba 45 minit awal untuk daftar masuk di kaunter Jeti Mersing.
        Hai Tuan/Puan, tempahan anda #TIO-88213 telah dikemas kini. Bilangan penumpang: 4 → 6. Baki perlu dibayar: RM480.00. Terima kasih kerana memilih kami.
        Kod promosi MERDEKA68 beri diskaun 15% untuk tempahan snorkeling Pulau Kapas sebelum 31/08. Tidak sah untuk cuti umum dan hujung minggu.
        Harga sewa bot penuh (maks 8 pemancing): kawasan unjam 20-30 batu nautika RM1,500; kawasan luar 40 batu ke atas RM2,200. Caj minyak tambahan jika lebih 10 jam.
        Resit rasmi No. 004521 — Bayaran tempahan bot pancing, tarikh 03/03/2025, jumlah RM600.00, kaedah: DuitNow QR. Dicetak oleh: Kaunter 2.
        Nota tekong: trip malam candat sotong musim Mac hingga Jun, bot keluar 6.30 petang balik 6 pagi. Minimum 6 orang baru jalan.
        Kapasiti maksimum bot fiber 28 kaki ialah 10 orang termasuk kru. Tempahan melebihi kapasiti akan ditolak secara automatik oleh sistem.
    """),
    ("ms", "permit_taman_laut"): _lines("""
        Fi pemuliharaan Taman Laut: warganegara dewasa RM5, kanak-kanak/warga emas RM2.50; bukan warganegara dewasa RM30, kanak-kanak RM15. Sah untuk satu kemasukan sahaja.
        Permit No. JTL/RDG/2025/08812 — Kumpulan: 18 orang (16 dewasa, 2 kanak-kanak). Aktiviti: snorkeling. Zon: Pulau Pinang (Redang) Kawasan B. Tarikh: 22/06/2025.
        Aktiviti memancing DILARANG dalam lingkungan 2 batu nautika dari garis air surut terendah pulau-pulau Taman Laut di bawah Akta Perikanan 1985.
        Pengendali pelancongan diingatkan menghantar senarai penumpang lengkap ke kaunter Jabatan Perikanan sekurang-kurangnya 24 jam sebelum ketibaan. Borang TL-03 boleh dimuat turun dari portal.
        Notis: Pusat Taman Laut Pulau Tioman ditutup sementara pada 1–7 Disember untuk kerja naik taraf jeti. Urusan permit dibuat di kaunter Mersing.
        Statistik pelawat Taman Laut Pulau Redang 2024: 142,380 orang, meningkat 11.4% berbanding 2023. Bulan tertinggi: Jun (21,905 orang).
        Larangan: menyentuh, memijak atau mengambil batu karang; memberi makan ikan; membuang sampah; menggunakan losyen pelindung matahari yang tidak mesra terumbu.
        Kod QR permit: TMP-SIP-7F3A-22C9. Sila imbas di pintu masuk Pulau Sipadan. Kuota harian 176 permit; baki hari ini: 12.
        Pertanyaan permit pukal untuk agensi: hubungi talian pejabat 09-624 8800 (Isnin–Jumaat, 8 pagi–5 petang) atau emel permit.tamanlaut@contoh.gov.my.
        Bayaran permit gagal (kod ralat FPX 1A51). Sila cuba semula atau gunakan kad debit. ID transaksi: 2507111043557821.
        Caj pelampung tambatan (mooring buoy): RM20 sehari untuk bot bawah 15 meter. Berlabuh di atas terumbu karang boleh dikenakan kompaun sehingga RM5,000.
        Permit selam skuba hanya dikeluarkan kepada pemegang sijil Open Water atau setaraf; pusat selam bertanggungjawab menyemak buku log selam pelanggan.
        Zon C (Pulau Lima) ditutup untuk pemulihan karang hingga 30/09/2025. Sila rujuk peta zon terkini versi v4.2.
    """),
    ("mixed", "kumpulan_whatsapp"): _lines("""
        [06:12, 15/08/2025] Admin Kelab: Geng, angin barat daya 15-20 knot esok, ombak 2.5m. Trip Tok Bali TANGGUH. Deposit kekal untuk tarikh baru.
        Sape nak join trip unjam Sabtu ni? Tinggal 2 seat je. RM280 sorang, bawa joran sendiri. PM admin.
        Bro, umpan hidup tamban kat jeti dah habis pukul 7. Next time order awal kat kedai umpan depan masjid.
        Weh tengok GT ni, 14.2kg naik kat unjam 28! Pakai jig 80g warna pink. Tekong cakap arus tengah kuat masa tu.
        Reminder: bot bertolak tepat 5.00 pagi dari Jeti Marang. Lewat = tinggal. No refund ya semua 🙏
        Ada sesiapa pernah pancing area Pulau Perhentian? Boleh ke guna jig dalam kawasan taman laut? Takut kena saman.
        Ahli baru sila baca pinned message dulu: peraturan grup, jadual trip, cara bayar deposit. Jangan spam iklan dalam grup.
        Poll: Trip Raya Haji nak pergi mana? 1) Pulau Tenggol 2) Pulau Aur 3) Unjam Kuala Besut. Vote sebelum Jumaat.
        Cuaca ok, laut flat macam kaca. Hasil hari ni: 6 ekor kerapu, 3 jenahak, 1 ebek. Semua balik happy 😂
        Lesen memancing laut boleh mohon online kat portal Jabatan Perikanan, RM10 setahun je. Jangan lupa bawa masa trip.
        Sorry lambat reply, signal takde kat tengah laut. Next update bila bot masuk jeti dalam 2 jam.
        Tekong hari ni ganti sebab tekong biasa cuti. Bot sama, GPS point sama, jangan risau.
        Siapa tertinggal cooler box biru 45L kat bot semalam? Ada kat stor jeti, ambil sebelum Isnin.
    """),
    ("ms", "laporan_insiden"): _lines("""
        Laporan Insiden IR-2025-0147: Seorang penumpang dewasa tergelincir di tangga jeti semasa menaiki bot. Luka ringan di lutut, rawatan pertolongan cemas di tempat. Tiada rujukan ke hospital.
        09/07/2025 14:20 — Enjin kiri bot MV Pelangi 2 mati di perairan 3 batu nautika dari Pulau Kapas. Kesemua 11 penumpang dipindahkan ke bot sokongan. Tiada kecederaan.
        Kes sengatan obor-obor minggu ini: 4 kes (2 kanak-kanak, 2 dewasa), semuanya di Pantai Pasir Panjang. Cuka disediakan di setiap pondok penyelamat.
        Insiden No. 0082: jaket keselamatan tidak mencukupi semasa pemeriksaan Maritim Malaysia. Kompaun RM1,000 dikenakan kepada syarikat. Tindakan pembetulan: 20 jaket baharu dibeli.
        Ringkasan suku tahun Q2: 17 insiden dilaporkan — 9 mabuk laut teruk, 5 luka ringan, 2 kerosakan enjin, 1 bot terkandas di beting. Tiada kematian.
        Punca: tali tambat putus akibat ombak besar. Bot hanyut 200m dan terkandas di pantai. Kerosakan pada kipas dan sirip. Anggaran kos baik pulih RM8,500.
        Penyelam B (lelaki, 30-an) mengalami gejala dekompresi ringan selepas selaman kedua dan dihantar ke ruang hiperbarik. Pusat selam menyemak semula jadual selam.
        Borang Laporan Insiden (versi 3.1): Tarikh/masa: ____ | Lokasi: ____ | Nama bot: ____ | Bil. penumpang: ____ | Jenis insiden: ____ | Tindakan diambil: ____ | Disediakan oleh: ____
        Panggilan kecemasan diterima MRSC Kuantan pada 0415H. Koordinat 4°12.5'N 103°43.8'E. Bot nelayan ditunda ke Jeti Beserah oleh kapal APMM.
        Pemeriksaan selepas insiden: radio VHF berfungsi, bateri EPIRB tamat tarikh (Mac 2024) — perlu diganti segera. Flare tangan: 3 unit, tamat tempoh 2026.
        Dua pelancong asing dilaporkan hilang semasa snorkeling di Teluk Dalam, dijumpai 40 minit kemudian di batu berhampiran. Kedua-duanya selamat. Pemandu diberi amaran bertulis.
        Tindakan susulan insiden #IR-0139: taklimat keselamatan wajib sebelum setiap trip, termasuk demo pemakaian jaket keselamatan dan lokasi kit pertolongan cemas.
        Sebuah bot pancing terbalik di muara Sungai Kemaman pukul 5.40 petang semalam; kesemua 5 pemancing diselamatkan oleh nelayan tempatan.
    """),
    ("en", "sewa_peralatan"): _lines("""
        RENTAL-2025-00318 | Shimano Stella SW 8000HG x2 | Daiwa Saltiga jigging rod x2 | 3 days | RM390.00 | deposit RM500 (refundable)
        SKU SN-LJ-ADULT-M: life jacket, adult M, SIRIM approved, 24 units in stock; SKU SN-LJ-KID-S: 8 units in stock (reorder point 10).
        Snorkel set rental: mask + snorkel + fins RM15/day. Lost or damaged items are charged at replacement cost per price list v2025.2.
        Equipment returned late is charged RM20 per day. Reels must be rinsed with fresh water before return, otherwise a RM10 cleaning fee applies.
        Invoice INV-EQ-7781 | Item: Garmin Striker Vivid 7cv fishfinder | Rental: 2 days @ RM80 | Subtotal RM160.00 | SST 8% RM12.80 | Total RM172.80
        Out of stock: 30L dry bags (blue). ETA restock 18 Aug. Alternative: 20L dry bags available at the Jetty 2 counter.
        Damage report DR-0045: rod tip broken (Penn Battalion II, 6ft 6in). Signed checkout form on file. Charge per policy clause 4.2.
        Kayak rental: single RM40/hour, double RM60/hour. Helmet and PFD included. Stay within the buoyed zone marked in yellow.
        Price list 2025: jigs 60-200g from RM18; assist hook pack RM12; PE line 3.0 (300m) RM95; leader 80lb RM35; sinker 8oz RM4.50.
        Scuba package rental: BCD + regulator + 2 tanks + wetsuit RM180/day. Tanks filled at the dive centre only; tank serial numbers logged on the checkout sheet.
        POS export, 2025-07-14: 37 rentals, 4 late returns, 2 damage claims, revenue RM4,215.50.
        Terms: the renter is responsible for equipment from checkout until return. Photo ID must be shown at checkout but is not copied or stored.
        Batch 2025-07 life jacket inspection: 112 checked, 6 failed (torn straps), 6 retired. Next inspection due 2026-01.
    """),
    ("ms", "templat_manifest"): _lines("""
        SENARAI PENUMPANG (MANIFEST) — Nama Bot: ____ | No. Pendaftaran: ____ | Tarikh: ____ | Masa bertolak: ____ | Jeti: ____ | Nama Tekong: ____
        Bil | Nama Penuh (seperti dalam IC/Pasport) | No. IC/Pasport | Warganegara | No. Telefon Kecemasan | Tandatangan
        Lajur 'No. IC' mesti diisi penuh untuk semua penumpang berumur 12 tahun ke atas. Kanak-kanak bawah 12 tahun boleh guna no. sijil lahir.
        Ringkasan manifest trip 18/05/2025: 24 penumpang (20 warganegara, 4 bukan warganegara), 2 kru, 1 tekong. Semua memakai jaket keselamatan.
        Manifest mesti diserahkan kepada pos APMM/Polis Marin sebelum bot bertolak. Salinan disimpan oleh syarikat selama 2 tahun.
        Contoh isian: Nama: {NAMA_PENUH} | IC: {NO_KP} | Tel: {TELEFON} | Kenalan kecemasan: {NAMA_WARIS} ({HUBUNGAN})
        Data manifest dipadam daripada sistem selepas 24 bulan mengikut Akta Perlindungan Data Peribadi 2010 (PDPA).
        Penumpang 1–12: Kumpulan A (pakej snorkeling); Penumpang 13–20: Kumpulan B (pakej memancing). Jumlah 20 orang.
        Eksport CSV: manifest_20250622_RDG03.csv (20 baris, 7 lajur), SHA-256 3f9a1c0e7b2d44a8e61f5c9b0d7e2a31c4b8f6e0a9d25c7b1e3f804a6c2d9e57.
        Ralat: lajur 'warganegara' kosong untuk 3 rekod. Sila lengkapkan sebelum menghantar manifest.
        Templat mesej pengesahan: Salam {nama}, tempahan anda {kod_tempahan} untuk {tarikh} disahkan. Sila tiba di {jeti} jam {masa}.
        Kru bot: 1 tekong (lesen juragan kelas 2), 1 awak-awak. Nisbah kru kepada penumpang tidak boleh melebihi 1:12 untuk bot penumpang.
        Pelarasan manifest selepas pelepasan: 1 penumpang tidak hadir (no-show), 0 tambahan. Jumlah akhir: 15 orang.
    """),
    ("mixed", "forum_soalan"): _lines("""
        Macam mana nak ikat FG knot untuk sambung PE ke leader? Ada video tutorial yang senang faham tak?
        Jig berat berapa sesuai untuk kedalaman 40m arus sederhana kat Tok Bali? Newbie sini, first time nak try jigging.
        Baru habis baca semula The Old Man and the Sea karya Ernest Hemingway. Santiago tu tabah gila, 84 hari tak dapat ikan pun tetap keluar laut.
        Jalan Sultan Zainal Abidin sesak setiap hujung minggu, better parking kat Jeti Shahbandar dan jalan kaki ke kedai pancing.
        Kapten Haddock dalam komik Tintin tu asyik marah-marah, tapi bab kapal memang pakar. Budak-budak suka komik tu lepas trip bot.
        Perdana Menteri Anwar Ibrahim sebut insentif pelancongan pulau dalam ucapan Belanjawan — ada sesiapa tahu kelab pancing rekreasi layak mohon tak?
        Kalau tekong takde lesen juragan, boleh ke kita report? Nak tahu prosedur aduan ke Jabatan Laut.
        Ikan layaran kat Rompin tu wajib catch-and-release kan? Ada denda ke kalau bawa naik bot?
        Berapa lama reel perlu direndam air tawar lepas trip laut? Bearing reel saya dah berbunyi lepas 2 trip je.
        Hang Tuah kata orang pelaut hebat, tapi hikayat tu lebih banyak cerita pasal keris daripada memancing haha.
        Ada cadangan homestay dekat Jeti Kuala Besut yang ada parking kereta untuk 3 hari? Nak ke Perhentian bulan depan.
        Recommended ke beli joran kat Pancing Ah Seng Enterprise, Jalan Tun Ismail Kuantan? Harga ok tak berbanding Shopee?
        Jacques Cousteau la yang buat ramai orang minat menyelam, dulu tengok dokumentari dia kat TV1 tiap petang Ahad.
    """),
    ("en", "sistem_log"): _lines("""
        2025-08-14T05:12:44+08:00 INFO booking-svc v2.8.1 created booking BK-RDG-250814-0073 (pax=14, boat_id=17, status=PENDING_DEPOSIT)
        WARN permit-sync: marine park API returned HTTP 429, retrying in 30s (attempt 3/5) request_id=9c1e7f42-5b0a-4d6e-b3a1-0f88c2e6d719
        ERROR manifest-export: validation failed for 3 rows: field ic_no empty; export aborted. job=mf-20250622-03
        config: MAX_PAX_PER_BOAT=10; DEPOSIT_RATE=0.30; CANCEL_WINDOW_HOURS=72; TZ=Asia/Kuala_Lumpur; RETENTION_MONTHS=24
        commit a4f19c2 'fix: round RM totals to 2 dp before SST calculation' merged into release/2.8
        SELECT boat_id, COUNT(*) AS trips FROM bookings WHERE trip_date >= '2025-07-01' GROUP BY boat_id ORDER BY trips DESC;
        MetMalaysia feed: strong wind and rough sea warning (Kategori Kedua) for waters off Terengganu and Pahang, valid 2025-08-15 00:00 to 2025-08-16 23:59.
        cron: 0 3 * * * /opt/resv/bin/purge_manifests --older-than 24m --dry-run=false
        Release notes 3.0.0: tide chart widget, WhatsApp template approval for booking reminders, PDPA consent checkbox on the manifest form.
        Payment webhook received: gateway=billplz, bill_id=kx7q2m9w, amount=126000 (sen), state=paid, paid_at=2025-08-10 21:44:07
        Support contact for operators: support@pulaubooking.example.my, hotline 1-300-88-7766 (9am-6pm daily).
        Bayu Timur Marine Tours Sdn. Bhd. (202101034567 / 1433210-K), Lot 12, Jeti Merang, 21010 Setiu, Terengganu. Lesen MOTAC KPK/LN 10234.
        Dashboard Aug 2025: 1,284 bookings, 9.6% cancellation rate, average group size 7.3, top route Merang-Redang (41%).
    """),
}


PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Manifest bot Seri Bayu 3, 14/08: 1) Mohd Hafizuddin bin Abdul Rahman, KP 850314-11-5237, tel 013-928 4716; 2) Nur Syafiqah binti Mohd Hafizuddin, 12 thn.
        Tolong pulangkan deposit RM300 ke akaun Maybank 1620 4471 9382 atas nama Zulkarnain bin Hashim, trip 5 Sep dibatalkan sebab cuaca.
        Kenalan kecemasan untuk penumpang Siti Aminah binti Yusof: suami, Rosli bin Daud, 019-773 2058.
        Laporan insiden IR-2025-0151: penumpang Ahmad Faris bin Kamaruddin (KP 920728-03-6148) patah pergelangan tangan kiri ketika jatuh di dek, dihantar ke Hospital Besut.
        Pak Cik Leman tekong bot biru tu sebenarnya dah lama sakit jantung, anak dia tak bagi bawa bot lagi tapi dia degil.
        Kak Ros yang jaga kaunter permit Merang tu baru bercerai, sebab tu dia selalu minta cuti hujung minggu.
        Permohonan permit skuba: Lim Wei Kiat, NRIC S8734512B, sijil PADI Advanced, alamat Blk 412 Bedok North Ave 2 #09-118, Singapura.
        Kereta Honda City putih JVM 7731 parking kat Jeti Mersing dah 3 hari, tuan punya Encik Razali bin Osman, tolong call 012-338 5920.
        Abang Zul yang ambil booking trip Tenggol tu, bank dah nak tarik bot dia sebab tiga bulan tak bayar ansuran.
        Awak-awak baru, Rahim (warga Indonesia), pasport C4821937, permit kerja tamat 30/09 — majikan belum renew, jangan bagi dia turun bot dulu.
        Aduan: tekong bot TRF 2A 4815, Encik Mat Isa bin Che Long, didakwa mabuk semasa membawa penumpang pada 3 Ogos; kes disiasat Jabatan Laut.
        Nombor WhatsApp Puan Noraini untuk urusan sewa chalet dan bot: 011-2378 9045, dia tak angkat call, mesej je.
        Cikgu Hasnah minta jangan masukkan gambar anak dia, Irfan, dalam posting trip sebab kes hak jagaan dengan bekas suami belum selesai.
        Invois INV/KPM/25/0988 kepada Encik Kamal Ariffin bin Ismail, No. 27, Jalan Kenanga 3, Taman Seri Marang, 21600 Marang, Terengganu.
        Tolong jangan bagi Faizal anak Haji Mokhtar naik bot lagi, dia ada sawan, minggu lepas hampir terjatuh ke laut.
        Senarai menunggu trip unjam 20/9: Amirul Hakim (017-612 0493), Wan Nazri bin Wan Ismail (013-445 8802).
        Ahli kelab KPPT-0457, Encik Shahrul Nizam bin Adnan, tunggakan yuran RM240 sejak 2023; keahlian digantung sehingga bayaran dijelaskan.
        Makcik Kiah yang jual nasi dagang kat jeti Tok Bali tu masuk wad semalam, kena strok. Kelab nak kutip derma sikit untuk dia.
        Pemandu pelancong Tiong Siew Ling (KP 780905-12-5391), lesen MOTAC tamat 12/2025, alamat Lot 88, Kg. Likas, 88400 Kota Kinabalu.
        Saudara Ikhwan Hakimi dikenakan tindakan tatatertib oleh kelab kerana memukul ahli lain semasa pertandingan memancing Ogos lalu; digantung 6 bulan.
        Tekong Pak Su Mat (Mat Zain bin Awang) gaji RM2,800 sebulan tapi belum dibayar sejak Jun, dia dah buat aduan ke Jabatan Tenaga Kerja.
        Penumpang Kumaresan a/l Muniandy, KP 010222-14-0876, alah makanan laut (udang) — sila maklumkan tukang masak bot.
        Anak Tok Penghulu Kg. Penarik, si Azlan, kena tangkap dadah minggu lepas, sebab tu dia tak datang kerja kat jeti.
        Alamat pos sijil pertandingan: Nurfarhana binti Ramli, No. 14, Lorong Bayu 5, Taman Pantai Dalam, 24000 Kemaman, Terengganu.
    """),
    "en": _lines("""
        Please update the manifest: Daniel Pereira from Ujong Pasir replaces his brother Marcus Pereira, passport A58372914, mobile 016-284 7719.
        Dive log note: Ms Chloe Ng Hui Min, FIN G5528361W, Advanced Open Water, reported ear pain after the second dive; advised no diving for 48 hours.
        Card charged for equipment damage: 5521 1340 8876 2139, exp 09/27, cardholder Arjun s/o Ramasamy.
        Uncle Benny from the fishing club says his son Gerald is in rehab in Johor Bahru again, so he is skipping the Pulau Aur trip.
        Refund approved for booking TIO-88213: Mr Ong Kah Leng, 39 Jalan Mawar, Taman Sri Skudai, 81300 Johor Bahru.
        Complaint from Mrs Deborah Fernandez (IG @deb.fernandez.dives): the boatman refused to let her mother Agnes, who uses a wheelchair, board at Jetty 3.
        Please do not put Priya d/o Subramaniam on the same boat as her ex-husband, she has a protection order against him.
        Emergency contact for Kevin Lau: wife Melissa, +65 9127 4483, Telegram @mel_lau88.
        The new deckhand Joko is sending most of his pay home to Surabaya for his daughter's heart surgery, can we advance him RM500?
        Car plate DCE 2086 belongs to the guy who left without paying the RM850 charter balance, Wan Firdaus from Pasir Mas.
        Captain Ravi told me in confidence that he failed the eye test for his skipper licence renewal and is hiding it from the owner.
        Booking for Mr Huang Zhiqiang, PRC resident ID 440304198807153279, WeChat hzq_fishing1988, party of 4 from Shenzhen.
    """),
    "mixed": _lines("""
        Bro, aku PM nombor Aliff, 017-889 3021, dia yang ada spare reel Stella tu. Cakap aku bagi.
        Weh, Mei Ling dari grup ni kena warded kat Kuantan, food poisoning lepas makan sotong kat resort. Jangan share ye.
        Sapa kenal owner Hilux TBR 4417 yang block ramp bot kat Jeti Merang? Nama dia Che Wan Aziz kan, rumah dekat Kg. Rhu Sepuluh.
        Eh jangan cakap kat sesiapa, Jimmy Goh tu hutang along 20k, tu pasal dia jual bot dia murah-murah.
        Admin, please remove Saiful from group, dia transfer deposit guna akaun orang lain: CIMB 7603 2215 8847 19.
        Tekong cakap Aunty Rosie Pinto punya lutut tak boleh naik tangga bot, so kita arrange sampan kecil for her.
        Nak claim insurans untuk Siva — Sivakumar a/l Rajendran, IC 830611-08-5573, terseliuh kaki kat Pulau Tenggol, ada MC 5 hari.
        Nak join trip aku DM je Telegram @zul_jigger_kt, aku Zulhelmi, tekong part-time kat Marang.
        Bang Din bayar Joni, awak-awak dari Myanmar tu, RM900 je sebulan, bawah gaji minimum, kesian dia.
        Guys, Lisa Chong dari bilik 12 cakap ex dia asyik call resort tanya dia pergi pulau mana. Jangan bagi info kat sesiapa.
        Dah bank in RM280 ke akaun Public Bank 6372119048 atas nama Mohd Syazwan — tolong confirm ya, resit saya WhatsApp ke 014-901 6637.
        Nurse klinik Pulau Perhentian cakap Encik Badrul Hisham gula dia tinggi sangat, tak boleh ikut trip 2 hari.
        Boleh tukar nama booking dari Teo Kah Wai ke adik dia Teo Kah Yee? Kah Wai masuk IJN, kena buat bypass.
        Driver van pick-up dari KLIA nama Mr Subra, HP 012-775 4390, plate WPX 3381. Dia tunggu kat Door 4.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "Anda pembantu tempahan bot untuk syarikat pelancongan pulau di Terengganu."),
        (
            "user",
            "Nak tempah bot ke Redang untuk 6 orang, 22 Jun. Nama saya Haziq bin Ramlan, telefon 013-552 8170.",
        ),
        (
            "assistant",
            "Baik, Encik Haziq. Bot 2 hala Merang–Redang untuk 6 orang pada 22 Jun masih ada slot jam 9.30 pagi. Perlukan permit taman laut sekali?",
        ),
        ("user", "Ya, permit sekali. IC saya 900417-11-5093, yang lain saya hantar nanti."),
        (
            "assistant",
            "Terima kasih. Sila hantar nama penuh dan no. IC kelima-lima penumpang lain sebelum 20 Jun supaya permit boleh diproses.",
        ),
    ],
    [
        ("system", "You help a dive centre on Pulau Tioman write incident notes."),
        (
            "user",
            "Write a short note: my buddy Farah Liyana binti Azmi surfaced too fast at Chebeh yesterday and had joint pain, she was sent to the hyperbaric chamber in Lumut.",
        ),
        (
            "assistant",
            "Incident note: On the dive at Chebeh, diver Farah Liyana binti Azmi made a rapid ascent and later reported joint pain. She was referred for hyperbaric treatment in Lumut.",
        ),
        (
            "user",
            "Add that she is still on medical leave and cannot dive until her doctor clears her.",
        ),
    ],
    [
        ("system", "Pembantu khidmat pelanggan untuk kelab memancing."),
        (
            "user",
            "Bro trip I cancel sebab laut bergelora, nak refund RM450. Akaun Maybank 1144 2087 6635, nama Lee Choon Hock.",
        ),
        (
            "assistant",
            "Baik, permintaan refund RM450 direkodkan. Boleh beri kod tempahan supaya kami boleh padankan?",
        ),
        ("user", "PLT-2025-05102. Kalau ada masalah call I 016-720 3394."),
        (
            "assistant",
            "Terima kasih, refund akan diproses dalam 7 hari bekerja ke akaun yang diberikan.",
        ),
    ],
    [
        ("system", "Anda membantu pengendali menyemak borang permit taman laut."),
        (
            "user",
            "Semak baris ni: Nor Azlina binti Che Hassan, KP 870125-03-5244, warganegara Malaysia, kenalan kecemasan abang 019-338 4471.",
        ),
        (
            "assistant",
            "Format KP betul (lahir 25/01/1987, kod negeri 03). Nombor kenalan kecemasan juga lengkap.",
        ),
        ("user", "Dia ada asma teruk, perlu tulis dalam borang ke?"),
        (
            "assistant",
            "Ya, catat dalam ruangan keadaan kesihatan supaya tekong dan pemandu snorkeling tahu dan bawa inhaler.",
        ),
    ],
    [
        ("system", "You summarise WhatsApp group chats for a fishing club committee."),
        (
            "user",
            "Summarise: 'Aiman: saya tak dapat bayar yuran bulan ni, gaji kena potong. Kamal: ok takpe bro. Aiman: nanti saya bayar bulan depan, jangan bagitau orang lain.'",
        ),
        (
            "assistant",
            "Summary: Aiman said he cannot pay this month's fee because his salary was cut and asked to pay next month; Kamal agreed. Aiman asked for this to be kept private.",
        ),
        ("user", "Should the committee minutes mention Aiman by name?"),
        (
            "assistant",
            "Better not. Record it as one member requesting a fee deferral, and keep the name only in the treasurer's private notes.",
        ),
    ],
    [
        ("system", "You are an assistant for a boat and gear rental shop in Mersing."),
        (
            "user",
            "Customer broke our Garmin fishfinder. Charge his card 4111 7732 0954 1861 for RM1,200? Name on card is Rajesh Kumar a/l Krishnan.",
        ),
        (
            "assistant",
            "Before charging, check the rental terms he signed and photograph the damage. If clause 4.2 applies, you may charge the repair or replacement cost.",
        ),
        ("user", "He signed. Also his phone is 018-265 7730 if you need to draft the message."),
        (
            "assistant",
            "Draft: Dear Mr Rajesh, the fishfinder rented on your booking was returned damaged. As per clause 4.2 we will charge RM1,200 to the card on file. Please reply if you wish to discuss.",
        ),
    ],
    [
        ("system", "Anda pembantu kaunter jeti Kuala Besut untuk pelancong asing."),
        (
            "user",
            "A tourist from Xiamen wants to go to Perhentian: Chen Xiaoyu, resident ID 35020319950923184X, mobile 138 5921 0476.",
        ),
        (
            "assistant",
            "Noted. For the manifest please also record her passport number, since the resident ID is not accepted for foreigners at the marine park counter.",
        ),
        ("user", "Passport E59027318. She also asks if she can pay the RM30 fee by Alipay."),
        (
            "assistant",
            "The counter accepts cash, card and DuitNow only. She can pay RM30 by card at the counter.",
        ),
    ],
    [
        ("system", "Pembantu untuk menulis aduan kepada Jabatan Laut."),
        (
            "user",
            "Tolong tulis aduan: tekong bot pancing 'Mawar Laut', nama Ismail bin Jusoh, bawa 14 orang sedangkan bot muat 10, 3 Ogos di Marang.",
        ),
        (
            "assistant",
            "Aduan: Pada 3 Ogos di perairan Marang, bot pancing Mawar Laut yang dikendalikan oleh tekong Ismail bin Jusoh dipercayai membawa 14 penumpang melebihi kapasiti 10 orang.",
        ),
        (
            "user",
            "Tambah kereta dia Perodua Myvi TCM 6628 parking kat jeti masa tu, dan saya ada gambar.",
        ),
    ],
    [
        ("system", "You help a club secretary draft polite messages."),
        (
            "user",
            "Help me write to Auntie Margaret Sequeira. She fell on the jetty last month, her hip surgery cost a lot and she can't pay the charter fee yet.",
        ),
        (
            "assistant",
            "Dear Auntie Margaret, we hope your recovery after the surgery is going well. Please don't worry about the charter fee for now; we can settle it whenever you are ready.",
        ),
        (
            "user",
            "Nice. Don't mention the surgery, her children don't know about the money problem.",
        ),
        (
            "assistant",
            "Dear Auntie Margaret, we hope you are recovering well. There is no rush on the charter fee; let us know whenever it is convenient for you.",
        ),
    ],
    [
        ("system", "You assist an island resort with guest check-in records."),
        (
            "user",
            "Singapore student group arriving at Tioman. Leader is Nicholas Tay Jun Wei, NRIC T0412786I, mobile 9736 1052.",
        ),
        (
            "assistant",
            "Recorded. How many students in the group and will they need the marine park permit for snorkeling?",
        ),
        (
            "user",
            "12 students plus him. One of them, Ethan, has a severe peanut allergy, tell the kitchen.",
        ),
        (
            "assistant",
            "Noted: 13 guests, permits for snorkeling, and the kitchen will be told that Ethan has a severe peanut allergy.",
        ),
    ],
]
