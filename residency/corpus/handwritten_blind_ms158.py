# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms158: kedai kopi, warung dan kedai makan di Malaysia (tempahan katering, hutang pelanggan, pekerja asing, pemeriksaan kesihatan, aduan, kumpulan WhatsApp). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms158
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_premis"): _lines("""
        NOTIS: Kedai ditutup pada 25 Disember 2026 (Hari Krismas) dan dibuka semula seperti biasa pada 26 Disember jam 6.30 pagi. Harap maklum, terima kasih.
        Premis ini telah menerima Gred A daripada Jabatan Kesihatan Negeri Selangor pada pemeriksaan 14/11/2026. Sijil asal dipamerkan di kaunter bayaran.
        Tempahan katering untuk kenduri, akikah dan mesyuarat pejabat: WhatsApp 019-338 4710 (talian perniagaan, 9 pagi hingga 6 petang sahaja, Isnin hingga Sabtu).
        Harap maaf, mesin kad rosak. Bayaran melalui DuitNow QR, tunai atau e-wallet Touch 'n Go sahaja buat sementara waktu sehingga juruteknik bank datang.
        Dilarang merokok dan vape dalam kawasan premis makanan termasuk kaki lima berbumbung di bawah Akta 852. Kesalahan boleh dikompaun oleh pegawai kesihatan.
        Jawatan kosong: pembantu dapur dan tukang bancuh air (warganegara sahaja). Gaji permulaan RM1,800 + elaun makan. E-mel resume ke kerjaya@kopitiamsinarjaya.com.my.
        Waktu operasi bulan Ramadan: 3.00 petang hingga 2.00 pagi. Gerai juadah di hadapan kedai dibuka 4.30 petang setiap hari kecuali Jumaat.
        Alamat baharu kami: Lot 17, Kompleks Medan Selera MBKT, Jalan Sultan Zainal Abidin, 20000 Kuala Terengganu. Kedai lama di Jalan Banggol sudah ditutup sepenuhnya.
        Air kosong suam percuma untuk pelanggan yang makan di sini. Ais kosong dikenakan caj 30 sen kerana harga ais ketul daripada pembekal naik bulan ini.
        Peringatan kepada semua pelanggan: buku hutang ditutup mulai 1 Januari 2027. Semua pembelian mesti dibayar tunai atau QR. Maaf atas kesulitan.
        Premis ini dimiliki oleh Restoran Mak Teh Sdn. Bhd. (No. SSM 202403118826) dengan lesen perniagaan MPAJ/LP/2026/04417 yang sah sehingga 31/12/2027.
        Kutipan tabung di kaunter akan diserahkan kepada Masjid Jamek Kampung Baru pada hari Jumaat terakhir setiap bulan. Jazakallahu khairan.
        Aduan mengenai harga makanan dan minuman boleh disalurkan kepada KPDN melalui talian 1-800-886-800 atau aplikasi Ez ADU KPDN.
    """),
    ("ms", "menu_senarai_harga"): _lines("""
        Teh tarik RM2.20 | Teh O ais RM2.00 | Kopi O kaw RM2.10 | Milo dinosaur RM4.50 | Limau ais RM2.50 | Sirap bandung RM2.80 | Neslo ais RM3.80
        Nasi lemak biasa RM3.50, tambah ayam goreng berempah RM5.00, tambah sotong sambal RM6.50, telur mata RM1.20, rendang daging RM7.00
        Roti canai kosong RM1.50 • roti telur RM2.50 • roti bom RM3.00 • roti tisu RM4.00 • murtabak daging (S/M/L) RM7/RM10/RM13
        Set Pagi A (07:00–11:00): Roti bakar kaya + 2 biji telur separuh masak + kopi/teh panas = RM6.90. Tambah RM1.00 untuk minuman sejuk.
        Menu Hari Ini (Rabu): asam pedas ikan pari, gulai lemak nangka, kangkung belacan, ikan keli berlada, sambal petai udang — harga ikut pinggan.
        Mee Kari Ah Seng RM9.50 (biasa) / RM11.50 (special, tambah kerang & tauhu pok). Kuey teow goreng basah RM8.00, char kuey teow RM9.00.
        Pakej Katering Kenduri 100 pax: nasi minyak, ayam masak merah, dalca sayur, acar buah, air sirap — RM1,450 (termasuk khemah 1 unit dan 2 pekerja).
        Harga baharu berkuatkuasa 01/03/2027 kerana kenaikan harga gula dan susu pekat: semua minuman panas naik 20 sen, minuman sejuk naik 30 sen.
        Nasi Kandar Special: nasi + ayam madu + kuah campur banjir + telur dadar + bendi = RM14.80. Kuah banjir percuma, sayur tambahan RM1.50.
        Kuih-muih (sebiji): karipap RM0.80, kuih lapis RM0.70, onde-onde RM0.60, seri muka RM1.20, pulut panggang RM1.50. Tempahan 50 biji ke atas diskaun 10%.
        Caj tapau: tambah 20 sen untuk bekas biodegradasi dan 20 sen untuk beg plastik, mengikut kempen Hari Tanpa Beg Plastik negeri Selangor.
        Sup tulang merah (mangkuk besar) RM18.00, roti Benggali sekeping RM1.20, air bandung cincau RM3.50 — menu hujung minggu sahaja, sementara stok ada.
        Dijual di kaunter: Serbuk Kopi Hang Tuah 1kg RM28, Kopi Tenom Sabah 500g RM21, Teh BOH 100 uncang RM14.90. Had 3 bungkus seorang.
    """),
    ("ms", "peraturan_kebersihan_makanan"): _lines("""
        Di bawah Peraturan-Peraturan Kebersihan Makanan 2009, setiap pengendali makanan wajib menghadiri Kursus Latihan Pengendali Makanan di institusi yang diiktiraf KKM.
        Pengendali makanan hendaklah menerima suntikan pelalian anti-tifoid dan mengulanginya mengikut tempoh ditetapkan; kad suntikan perlu dibawa semasa bertugas.
        Premis yang didapati kotor boleh diarahkan tutup sehingga 14 hari di bawah Seksyen 11 Akta Makanan 1983 untuk kerja-kerja pembersihan menyeluruh.
        Pemeriksaan PBT menilai kebersihan lantai, sistem perparitan, perangkap minyak, penyimpanan makanan mentah, kawalan tikus dan lipas, serta tandas pelanggan.
        Pekerja asing dalam sektor restoran mesti lulus saringan kesihatan FOMEMA sebelum PLKS dikeluarkan, dan saringan diulang mengikut syarat Jabatan Imigresen.
        Suhu peti sejuk mesti dikekalkan antara 1°C hingga 4°C dan peti beku pada -18°C atau lebih rendah. Bacaan suhu dicatat dua kali sehari dalam log harian.
        Pengendali makanan dilarang memakai barang kemas kecuali cincin perkahwinan yang licin, dan mesti memakai apron, penutup kepala serta kasut bertutup.
        Mengikut Akta Kerja 1955 (pindaan 2022), waktu bekerja maksimum ialah 45 jam seminggu dan kerja lebih masa dibayar sekurang-kurangnya 1.5 kali kadar biasa.
        Perintah Gaji Minimum 2024 menetapkan gaji minimum RM1,700 sebulan dan terpakai kepada semua majikan mulai 1 Ogos 2025, termasuk majikan kecil.
        Sistem Penggredan Premis Makanan: Gred A (86–100 markah), Gred B (71–85 markah), Gred C (51–70 markah). Premis 50 markah ke bawah boleh diarah tutup.
        Minyak masak terpakai tidak boleh dibuang ke longkang; ia mesti diserahkan kepada pengumpul berlesen dan rekod serahan disimpan sekurang-kurangnya 3 tahun.
        Gerai pasar malam mesti menutup makanan, menyimpan air bersih dalam bekas bertutup dan memakai sarung tangan pakai buang semasa menyentuh makanan siap.
        Menteri Kesihatan Datuk Seri Dr. Dzulkefly Ahmad berkata kempen premis makanan bersih akan diperluaskan ke semua pihak berkuasa tempatan pada 2027.
    """),
    ("en", "catering_faq"): _lines("""
        Q: How early must I book catering for a wedding? A: At least 3 weeks ahead for 300 pax and above; a 30% deposit confirms the date.
        Q: Do you deliver outside the Klang Valley? A: Yes, to Seremban, Nilai and Port Dickson with a transport charge of RM120 per trip.
        Q: Is your kitchen halal certified? A: Yes, our central kitchen in Shah Alam holds a JAKIM halal certificate under MS 1500:2019, valid until 30 June 2028.
        Q: Can I pay by bank transfer? A: Yes. Company account: Maybank 5124 8800 3317 (Dapur Selera Timur Sdn. Bhd.). Please send the slip to orders@selera-timur.my.
        Q: What is the minimum order for office lunch boxes? A: 30 boxes per drop-off point, ordered by 4pm the day before. Nasi ayam, nasi goreng kampung and mee hoon available.
        Q: Do you provide tables, chairs and canopies? A: Canopy 20x20 ft RM250, round table with 10 chairs RM45 per set; buffet line setup free for packages above RM3,000.
        Q: Can I cancel after paying the deposit? A: Cancellations made 14 days before the event get 50% of the deposit back; within 7 days the deposit is forfeited.
        Q: Do you cater for vegetarian or allergy requests? A: Yes, tell us at booking. Our kitchen handles peanuts, shellfish and gluten, so we cannot promise zero cross-contact.
        Q: Who do I contact on the event day? A: Our operations hotline +60 3-5523 8014 is manned from 6am until the buffet line is cleared.
        Q: Is SST charged? A: Yes, 6% service tax under registration no. B16-1809-32000471. The tax invoice shows our SSM number 201901034562 (1334201-K).
        Q: Can you do a teh tarik live station? A: Yes, one puller for 3 hours at RM380, good for about 250 cups. Each extra hour is RM90.
        Q: Are your staff trained food handlers? A: All 24 kitchen staff hold valid food handler training certificates and typhoid vaccination cards, checked monthly by our supervisor.
        Q: Can I taste the menu first? A: Tasting is every Saturday 3pm at our outlet, No. 8, Jalan Plumbum V7/V, Seksyen 7, 40000 Shah Alam, for bookings above 200 pax.
    """),
    ("en", "pos_log_lines"): _lines("""
        2026-12-07T06:31:04+08:00 INFO pos.shift opened terminal=KOPI-T01 outlet=SS15 float=RM200.00 role=cashier_morning
        2026-12-07T07:12:48+08:00 INFO order.created id=ORD-20261207-0042 table=B7 items=3 subtotal=14.60 sst=0.88 total=15.48
        2026-12-07T07:13:02+08:00 WARN printer.kitchen timeout device=EPSON-TM-T82X ip=192.168.1.45 retry=2/3 queue_len=4
        2026-12-07T08:40:19+08:00 INFO payment.duitnow ok ref=DN20261207084019MY0031 amount=RM22.30 merchant_id=MBB0003311422
        2026-12-07T09:05:55+08:00 INFO grabfood.webhook order=GF-261207-8842113 status=DRIVER_ASSIGNED eta_min=12 outlet_code=MY-SEL-00417
        2026-12-07T11:58:00+08:00 ERROR inventory.sync failed sku=BEV-MILO-1KG qty_expected=12 qty_actual=9 source=stock_take v2.3.1
        2026-12-07T13:20:41+08:00 INFO einvoice.submit uuid=7f3c9a12-4b8e-4d21-9c55-0e6b1f2d8a77 status=Valid myinvois_ref=MYINV2612070001337 type=01
        2026-12-07T14:02:10+08:00 DEBUG config loaded currency=MYR tax_rate=0.06 rounding=0.05 receipt_footer='Terima kasih, datang lagi!' version=4.12.0
        2026-12-07T15:30:00+08:00 INFO cron.backup done file=pos_db_20261207.sql.gz size=48.2MB sha256=3b9f0c1e7a55d2f49e10c8b7a6d43e21f0b9c88a12d4e6f7a0b1c2d3e4f5a6b7
        2026-12-07T18:45:12+08:00 INFO foodpanda.order id=x9kq-7m2p status=PICKED_UP rider_eta=2026-12-07T18:59:00+08:00 basket=RM38.40
        2026-12-07T21:10:03+08:00 WARN fridge.sensor id=CHILLER-02 temp_c=6.8 threshold_c=4.0 duration_min=25 alert=sent_to_group
        2026-12-07T23:02:59+08:00 INFO shift.closed terminal=KOPI-T01 cash=RM1,842.70 qr=RM2,311.40 card=RM0.00 variance=-0.30 z_report=Z-000918
        2026-12-08T00:00:01+08:00 INFO loyalty.expire points_batch=2025Q4 members_affected=1184 job=expire_points.py commit=a41c9e7
    """),
    ("mixed", "whatsapp_staf_kerja"): _lines("""
        [07/12/26, 6:02 AM] Dapur: Gas tong 14kg tinggal satu je. Dah call Syarikat Gas Maju 03-3341 2207, diorang hantar before 9am ok.
        [07/12/26, 6:15 AM] Kaunter: Roti supplier lambat lagi hari ni. Lori Gardenia stuck kat Federal Highway, ETA 7.30. Buat roti canai dulu lah.
        [07/12/26, 9:41 AM] Tauke: Semua please ingat, pegawai kesihatan MBPJ datang pemeriksaan minggu depan. Apron, penutup kepala, kasut tutup. No excuse ya.
        [07/12/26, 10:03 AM] Dapur: Chiller no. 2 suhu naik 7°C pagi tadi. Dah call Cool-Tech Refrigeration, tiket servis CT-88231, technician datang lepas lunch.
        [07/12/26, 11:30 AM] Kaunter: Order katering office Menara TM 80 pax confirmed for Friday, nasi ayam + air kotak. Invoice INV-2026-1207-03 dah email ke admin diorang.
        [07/12/26, 12:48 PM] Tauke: Lunch crowd ramai gila hari ni 🔥 Yang shift petang boleh masuk awal sikit? OT kira macam biasa 1.5x.
        [07/12/26, 2:20 PM] Dapur: Stok santan habis. Tolong beli 10 kotak Kara 1L kat Mydin, resit simpan untuk claim petty cash.
        [07/12/26, 3:05 PM] Kaunter: Tablet GrabFood hang lagi, order GF-261207-9913 masuk lambat 15 min. Dah report kat Grab merchant support, case #MY-4471920.
        [07/12/26, 4:12 PM] Tauke: Reminder: kursus pengendali makanan batch Januari 2027 kat Kolej Komuniti Subang Jaya, yuran company bayar. Daftar sebelum 20/12.
        [07/12/26, 5:30 PM] Dapur: Longkang belakang tersumbat balik, grease trap penuh. Kena panggil lori sedut sebelum inspection, tauke approve?
        [07/12/26, 5:34 PM] Tauke: Approve. Guna vendor biasa, quotation RM350. Bayar guna akaun syarikat, jangan guna duit laci.
        [07/12/26, 8:55 PM] Kaunter: Closing report: jualan RM4,152.10, QR RM2,311.40, tunai RM1,840.70. Beza 30 sen je. Ok tak boss?
        [07/12/26, 9:02 PM] Tauke: Ok good job semua 👍 Khamis ni cuti Hari Keputeraan Sultan Selangor, kita buka half day, 6.30am sampai 2pm.
    """),
    ("mixed", "ulasan_kedai"): _lines("""
        Nasi Kandar Pelita Jalan Ampang memang tak pernah kecewa. Kuah campur banjir, ayam madu sedap, but parking susah gila after 10pm. 4/5.
        Restoran Ali Maju, Bangsar: roti canai crispy, teh tarik kaw. Service laju walaupun full house on a Saturday morning. Worth it lah.
        Kedai Kopi Ah Seng, Ipoh — the white coffee here is legit, roti bakar kaya pun power. Queue 20 min on Sunday but the bar moves fast.
        Warung Mak Cik Kiah tepi sawah Sekinchan, tempat viral TikTok. Ikan bakar segar, sambal air asam pedas giler. Harga reasonable, RM42 for two.
        First time at Jalan Alor. Wong Ah Wah chicken wings still the best after all these years, tapi harga dah naik, RM4.20 per wing now.
        Hameediyah, Lebuh Campbell, Penang — claims to be around since 1907. Murtabak daging memang tebal, kuah kari pekat. Tourist price sikit but ok.
        Pak Hailam Kopitiam outlet KLCC: kopi O decent, nasi lemak so-so. Aircond too cold, bring jacket. Overall 3/5, okay for quick meeting.
        Village Park Restaurant, Damansara Uptown — nasi lemak ayam goreng rempah legendary. Came at 8am, already 15 tables waiting. Sambal a bit sweet for me.
        Not Uncle Roger-level wok hei, tapi nasi goreng kampung kat Kedai Makan Sri Melaka, Kampung Baru memang padu. RM8 je, portion besar.
        Kedai Kopi Sin Hup Kee, Jalan Tun H.S. Lee: old-school marble tables, telur separuh masak perfect. Toilet kotor sikit, complaint tak dilayan. 3/5.
        Ayam Penyet AP, Sunway Pyramid — sambal hijau pedas tahap dewa, teh o ais limau besar. Service slow because only 2 staff on weekday lunch.
        The grade C sticker at this mamak in Seksyen 13 made us walk out terus. Choose grade A premises, guys, your perut will thank you.
        Dapur Tok Wan Catering handled our office Hari Raya open house, 250 pax. Rendang tok, lemang, kuah kacang semua habis. Fast reply on WhatsApp Business 011-2345 8870.
    """),
    ("ms", "invois_katering"): _lines("""
        INVOIS CUKAI No. INV/DST/2026/12/0087 | Tarikh: 07/12/2026 | Pembekal: Dapur Selera Timur Sdn. Bhd. (201901034562) | No. SST: B16-1809-32000471
        Pelanggan: Jabatan Pendidikan Negeri Selangor, Unit Pengurusan Acara, Persiaran Perbandaran, Seksyen 14, 40000 Shah Alam | No. PO: JPNS/PO/2026/3318
        1. Nasi beriani ayam (100 pax) x RM12.00 = RM1,200.00 | 2. Teh o ais limau (100 cawan) x RM2.00 = RM200.00 | 3. Kuih 3 jenis (300 biji) x RM0.70 = RM210.00
        Jumlah kecil RM1,610.00 | Cukai perkhidmatan 6% RM96.60 | Caj penghantaran RM80.00 | JUMLAH BESAR RM1,786.60 | Deposit diterima RM500.00 | Baki RM1,286.60
        Sila buat bayaran dalam tempoh 30 hari ke akaun CIMB Bank 8604 1127 59 atas nama DAPUR SELERA TIMUR SDN BHD dan e-mel bukti bayaran ke akaun@selera-timur.my.
        Nombor Pengenalan Cukai (TIN) pembekal: C24583917050 | Kod MSIC 56210 (katering acara) | UUID e-Invois: 9a1f2c3d-77b0-4e1a-8f44-3c2b9d0e6a15
        Nota Kredit NK/2026/0014 merujuk invois INV/DST/2026/11/0231: pengurangan RM150.00 kerana 15 kotak nasi dihantar lewat melebihi 45 minit.
        Sebut harga SH-2026-0412 sah selama 14 hari. Harga tertakluk kepada perubahan harga barang mentah (ayam, beras, minyak masak) melebihi 10%.
        Resit Rasmi No. 004512 | Diterima daripada: Persatuan Penduduk Taman Sri Muda | Jumlah: RM2,400.00 | Untuk: Katering Majlis Maulidur Rasul | Cara: DuitNow
        Invois pembekal No. 77-3321 daripada Pemborong Sayur Lim Bros Enterprise (SA0456712-W): sayur campur 45kg, cili merah 8kg, bawang besar 20kg, jumlah RM612.40.
        Terma: bayaran penuh 3 hari sebelum majlis untuk tempahan persendirian; syarikat dan jabatan kerajaan diberi kredit 30 hari berdasarkan PO rasmi.
        Nota Hantaran DO-2026-1207-05: 3 tong nasi, 4 bekas lauk, 2 tong air 20L, 120 set pinggan pakai buang. Diterima dalam keadaan baik pada 11:45 pagi.
        Bil TNB premis: akaun kontrak 220012345678 (Restoran Mak Teh Sdn. Bhd.), tempoh 01/11/2026–30/11/2026, penggunaan 4,218 kWh, jumlah RM2,146.35.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Hutang pelanggan (buku 555): Encik Zulkifli bin Hamzah, No. 23, Lorong Cempaka 4, Taman Melati — kopi + rokok RM186.50, janji bayar hujung bulan.
        Kak Rosnah yang jual kuih pagi tu tak datang seminggu sebab baru keguguran, suami dia minta tolong kita simpan tapak meja dia dulu.
        Borang tempahan katering: Nama: Nur Aisyah binti Kamarudin | No. K/P: 920318-10-5642 | Tel: 013-748 2916 | Majlis: Akad nikah, 120 pax, 14/02/2027.
        Pekerja: Mohammad Rafiqul Islam, warganegara Bangladesh, pasport BN0738521, PLKS tamat 03/05/2027, keputusan FOMEMA: TIDAK LAYAK (TB paru-paru).
        Jangan bagi hutang lagi kat Pak Din anak Haji Sulaiman yang tinggal belakang surau tu, dah RM420 tak bayar sejak Ogos, anak dia pun tak nak tolong bayar.
        Aduan: saya Faridah Osman, 012-556 0394, anak saya cirit-birit teruk selepas makan nasi lemak di kedai ini pada 5/12 dan sekarang ditahan di Hospital Sungai Buloh.
        Nombor Abang Ijat budak delivery motor yang baru: 019-882 3471, dia dah tukar nombor sebab telefon lama hilang.
        Slip gaji Nov 2026 — Siti Hajar binti Mat Isa (tukang masak): gaji pokok RM2,100, OT RM312, KWSP RM267, pendahuluan gaji RM500. Bersih RM1,645.
        Kereta Myvi putih WPQ 8127 yang parking depan kedai tiap pagi tu Cikgu Hasnah punya, dia minta kita call kalau ada saman majlis: 017-320 5518.
        Penghantar ayam kita, Encik Kamal Ariffin, kena tangkap polis semalam sebab kes dadah, jadi bekalan ayam esok ambil dari pembekal lain.
        Rekod suntikan tifoid: Nurul Izzati binti Rahman, K/P 010925-03-0718, tarikh suntikan 12/06/2025, ulangan 12/06/2028, Klinik Kesihatan Kota Bharu.
        Baki katering boleh masuk akaun peribadi saya Maybank 1620 4519 8832 atas nama Rahimah binti Yusof, jangan masuk akaun kedai sebab tengah tukar bank.
        Mak Timah isteri tauke minta cuti sebulan, nak jaga suami yang baru kena strok dan masih di wad ICU Hospital Tengku Ampuan Rahimah Klang.
        Hantar katering ke No. 41, Jalan Mawar 7/3, Taman Bukit Indah, 81200 Johor Bahru (rumah Puan Salmah, pagar hijau), 70 pax, pukul 10 pagi.
        Pekerja dapur Yanti dari Lombok tu dah mengandung 5 bulan tapi majikan belum tahu, dia takut permit kerja dia dibatalkan kalau ketahuan.
        Senarai hutang minggu ni: Azman (Grab) RM35.80, Cik Lina tudung biru RM12.00, Pak Mat motor RX-Z RM48.50, Hafiz bengkel sebelah RM66.00.
        Aduan JKN ruj. JKNS/ADU/2026/08812: pengadu Encik Tan Boon Keat, 016-441 9027, mendakwa terjumpa lipas dalam mee goreng dan minta pampasan RM500.
        Kes cerai Bang Leman dengan Kak Ani baru selesai kat Mahkamah Syariah minggu lepas, sebab tu kedai nasi campur dia tutup sementara.
        E-mel daripada hafizuddin.rosli88@gmail.com: nak order 40 bungkus nasi lemak untuk gotong-royong surau Ahad ni, hantar ke rumah dia di Taman Sentosa.
        Pendaftaran pekerja: Lim Mei Ling | MyKad 850627-07-5282 | 18-2-5, Pangsapuri Sri Bayu, Jalan Sungai Dua, 11700 Gelugor, Pulau Pinang | Waris: suami, 012-409 6613
    """),
    "en": _lines("""
        Catering enquiry from Mrs. Deborah Chua, NRIC S7712345H, 60 pax nasi briyani to be delivered to her flat at Blk 412 Bedok North Ave 2, #08-115.
        Regular customer Mr. Ravi Chandran has owed RM312 since September; his wife called to say he lost his job at the glove factory and asked us to wait until January.
        Staff note: Priya on the night shift cashier is diabetic and keeps her insulin on the top shelf of the chiller, please don't move the blue pouch.
        Worker file: Suman Tamang, Nepal passport PA0938172, DOB 14/03/1996, hostel Room 3B, Jalan Industri 2, Rawang. Levy paid RM1,850 on 02/01/2026.
        Mdm Kavitha Nair (016-228 7415) complained that our Instagram post shows her daughter's face clearly at the birthday party and wants it deleted today.
        Refund to Jason Teo Wei Ming via DuitNow to 012-667 3309, RM89.00 for cancelled tray order #T-1180; he says his father passed away so the party is off.
        Delivery rider profile: Harith Danial bin Azmi, motorcycle plate VBK 6604, licence B2, emergency contact (mother) 019-223 4180.
        Wallet left at table 6 belongs to a Hong Kong tourist, Wong Siu Ling, HKID K482613(2); she will collect it tomorrow morning before her flight.
        CSV row: cust_id,name,phone,email,outstanding_rm | 10482,Goh Kah Heng,+60 17-508 2294,kahheng.goh@yahoo.com,214.60
        Barista applicant Nadia Shafiqah, 22, lives at Flat PKNS Block C, Kampung Pandan; she told us she has epilepsy, controlled with medication.
        2026-12-07T19:22:11+08:00 INFO loyalty.signup member=MBR-55201 name='Aaron Lee Chee Keong' phone=+60123341907 dob=1989-11-02
        Parcel of 20 packs of kopi powder to Chang Ya-Ting, Taiwan ID F223104581, No. 15, Lane 88, Sec. 2, Zhongshan Rd, Banqiao Dist., New Taipei, mobile 0912-345-678.
    """),
    "mixed": _lines("""
        Boss, 陈先生 from Taman Connaught tu dah 3 bulan tak bayar hutang RM560 lah, his wife say he kena retrench. Still want to give credit anot?
        阿明的电话 012-398 7741，他说明天的 catering 50 pax 改送到 Taman Desa 他家，address 等下 WhatsApp 给你。
        林太 today came and cry at counter, say her son kena tangkap for drugs at Cheras, want to borrow RM2k from boss for lawyer. Kesian betul.
        Guys, worker Indon Sari Wulandari pasport C 8812745 dah expired since Oct, jangan bagi dia kerja depan, ada operasi imigresen minggu ni.
        Anak Kak Yah masuk wad denggi kat HKL, platelet drop teruk. She won't come in this week, tolong cover shift pagi dia ya.
        Uncle Chong yang bawa kereta BJM 3318 tu owe us RM78 for kopi since last week, next time he come remind him nicely, don't malu him in front of people.
        Mr. Lau Kok Weng, IC 770419-14-6235, wants to book the whole shop for his mother's 80th birthday, 15 tables, deposit RM1,000 paid cash.
        黄小姐 email: huang.xiaoying@hotmail.com，她 complain 昨天的 laksa 有头发，还附了照片，要求 full refund RM23.90。
        Singapore customer Mdm Tan 陈秀英, NRIC S6823417D, HP +65 9123 4567, order 3 kg rendang, collect at JB CIQ on Saturday, pay by PayNow.
        Tauke potong gaji Rahim RM300 bulan ni sebab salah bagi change, dia nangis kat belakang, kata anak dia sakit jantung kena bayar hospital.
        Abang Jo @ Johari, IC 790102-01-5567, tumpang alamat kedai untuk surat mahkamah sebab rumah dia kena lelong bank. Jangan buang surat dia ok.
        Worker list: 1) Md Sohel Rana, BD passport EE0491736, FOMEMA fit 2) Ram Bahadur Gurung, NP passport 10283746, FOMEMA pending hepatitis B retest.
        Pelanggan tetap Auntie Lucy dari Jalan Kenanga kena breast cancer stage 2, her daughter minta kita hantar bubur kosong ke rumah every morning.
        Group 'Kopitiam Sg Way Staff': +60 11-2874 6621 added +60 16-908 3315 — welcome Faiz, new kitchen helper, start Monday 6am.
        Macau order: 何詠詩小姐，手機 +853 6612 3487，要 10 罐 kaya 寄到氹仔海富花園第 3 座 12 樓 B 室，運費 she pay.
        CCTV 06/12 23:40 shows the guy who pecahkan cermin kedai — customer says that's her ex-husband Shahrul, 013-665 2087, she dah buat police report.
        Maternity form: Chan Hui Min (barista), EDD 20/03/2027, follow-up at KPJ Damansara, cuti bersalin 98 hari start 01/03/2027.
        Home caterer Angela Yeoh Pei San 的私人户口 Public Bank 4628193722，餘款 RM1,280 转好后 send slip 去 017-461 2098。
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu AI untuk Warung Selera Kampung di Kuala Selangor. Bantu tauke menyediakan mesej pengesahan tempahan katering dalam Bahasa Melayu yang sopan.",
        ),
        (
            "user",
            "Tolong buat mesej WhatsApp untuk sahkan tempahan Puan Norhayati binti Ismail, 011-3382 7406. Majlis tahlil arwah ayah dia, 80 pax, hantar ke No. 7, Jalan Seri Mutiara 3, Taman Seri Mutiara, Kuala Selangor, Jumaat lepas Asar.",
        ),
        (
            "assistant",
            "Assalamualaikum Puan Norhayati. Terima kasih kerana menempah dengan Warung Selera Kampung. Kami sahkan tempahan 80 pax untuk majlis tahlil pada hari Jumaat selepas Asar, dihantar ke No. 7, Jalan Seri Mutiara 3, Taman Seri Mutiara. Al-Fatihah untuk arwah ayah puan.",
        ),
        ("user", "Ok bagus. Tambah sekali deposit RM300 dah terima."),
        (
            "assistant",
            "Baik. Tambahkan ayat ini: Kami juga mengesahkan penerimaan deposit sebanyak RM300. Baki akan dikutip semasa penghantaran.",
        ),
    ],
    [
        (
            "user",
            "I run a small kopitiam in Ipoh. One regular, Mr. Loh Chee Seng (012-554 8817), owes us RM240 for three months of breakfast. How do I remind him politely on WhatsApp without embarrassing him?",
        ),
        (
            "assistant",
            "Keep it short and private. For example: Good morning Mr. Loh, hope you are well. Just a gentle reminder that the breakfast tab stands at RM240. No rush, you can settle bit by bit when convenient. Thank you for always supporting us!",
        ),
        (
            "user",
            "He told my wife last week his business collapsed and he's going through bankruptcy. Should I still send it?",
        ),
        (
            "assistant",
            "Given that, you may want to wait or offer a small monthly amount instead, and avoid mentioning the bankruptcy in any message, since that is private and sensitive.",
        ),
    ],
    [
        (
            "system",
            "You are an assistant helping Malaysian restaurant owners with foreign worker compliance. Answer in simple Manglish.",
        ),
        (
            "user",
            "Boss here. My worker Abdul Karim Mia, passport BN0661942, FOMEMA result come back unfit, they say hepatitis B positive. Permit expire next month. What I must do ah?",
        ),
        (
            "assistant",
            "Aiyo, sorry to hear. Usually if FOMEMA say unfit, the PLKS cannot renew and the worker must be repatriated. You should check with your agent or Jabatan Imigresen on the process, and arrange his tiket balik. Also keep his medical result confidential, don't share in the staff group.",
        ),
        ("user", "Can I just move him to wash plates only, no touch food?"),
        (
            "assistant",
            "Cannot lah, the issue is his work permit status, not the job task. Once unfit, his PLKS cannot renew, so follow the official process.",
        ),
    ],
    [
        (
            "user",
            "Saya tauke Restoran Nasi Campur Seri Ayu. Ada ulasan Google 1 bintang daripada Khairul Anuar Jaafar, dia kata dapat keracunan makanan. Dia ada WhatsApp saya juga, nombor 014-902 3365. Boleh tolong tulis jawapan awam yang profesional?",
        ),
        (
            "assistant",
            "Cadangan jawapan awam: Terima kasih atas maklum balas tuan. Kami amat memandang serius perkara ini dan telah menyemak rekod penyediaan makanan pada hari tersebut. Mohon hubungi kami secara peribadi supaya kami dapat membantu. Elakkan menyebut nombor telefon atau butiran kesihatan beliau dalam jawapan awam.",
        ),
        ("user", "Dia minta RM1,000 pampasan sebab kata dia MC 3 hari. Patut bayar ke?"),
        (
            "assistant",
            "Minta salinan sijil cuti sakit dan resit pembelian dahulu. Jika ada keraguan, anda boleh rujuk kepada pejabat kesihatan daerah; jangan buat bayaran sebelum fakta disahkan.",
        ),
    ],
    [
        (
            "system",
            "Staff roster for Kedai Kopi Hock Lee, Seremban. Morning: Siew Lan (016-338 1290), Aminah (019-664 0318). Afternoon: Ganesh (012-775 4402), Yusri (013-207 5561). Siew Lan is on light duty after back surgery.",
        ),
        (
            "user",
            "Make me a shift table for next week. Saturday we have a catering job for 150 pax.",
        ),
        (
            "assistant",
            "Suggested roster: Mon–Fri morning Siew Lan and Aminah, afternoon Ganesh and Yusri. Saturday: Aminah and Yusri handle the catering prep from 5am, Ganesh covers the shop. Keep Siew Lan at the counter only, no lifting, since she is on light duty after her back surgery.",
        ),
        ("user", "Ok send it in a format I can paste to the group."),
    ],
    [
        ("user", "帮我把这段翻译成马来文贴在厨房：所有员工每天上班前要洗手，戴头套。"),
        (
            "assistant",
            "Semua pekerja wajib mencuci tangan dan memakai penutup kepala sebelum memulakan kerja setiap hari.",
        ),
        (
            "user",
            "另外阿强上个礼拜验血说是伤寒带菌者，医生叫他先不要上班。我要怎么跟其他员工讲？他全名是 Tey Ah Keong，IC 810214-05-5137。",
        ),
        (
            "assistant",
            "不需要公开他的诊断或身份证号码。可以只说：某位同事因健康原因暂时休假。同时请其他员工按卫生局指示去做检查，并通知当地卫生办公室。",
        ),
    ],
    [
        (
            "user",
            "Tolong susun senarai hutang ni jadi CSV: Rosli (pomen) RM54, Kak Zah kedai jahit RM120, Muthu lori sampah RM33.50, Cikgu Fadzil RM210.",
        ),
        (
            "assistant",
            "nama,catatan,hutang_rm | Rosli,pomen,54.00 | Kak Zah,kedai jahit,120.00 | Muthu,lori sampah,33.50 | Cikgu Fadzil,,210.00",
        ),
        ("user", "Terima kasih. Tambah tarikh 07/12/2026 untuk semua."),
        (
            "assistant",
            "tarikh,nama,catatan,hutang_rm | 07/12/2026,Rosli,pomen,54.00 | 07/12/2026,Kak Zah,kedai jahit,120.00 | 07/12/2026,Muthu,lori sampah,33.50 | 07/12/2026,Cikgu Fadzil,,210.00",
        ),
    ],
    [
        (
            "system",
            "You are the order bot for Kaya Nyonya House, Johor Bahru. Confirm cross-border pickup orders from Singapore.",
        ),
        (
            "user",
            "Hi, I want to order 12 jars of pandan kaya and 2 kg kuih lapis for pickup this Sunday.",
        ),
        (
            "assistant",
            "Sure! Please give your full name, contact number and NRIC for our pickup record.",
        ),
        ("user", "Ong Li Ping, +65 8234 5519, S8834120A. I'll come by car SLK 2871 G."),
        (
            "assistant",
            "Thank you, Ms. Ong Li Ping. Order confirmed: 12 jars pandan kaya and 2 kg kuih lapis, pickup Sunday 11am. We noted vehicle SLK 2871 G and contact +65 8234 5519.",
        ),
    ],
    [
        (
            "user",
            "Saya pengurus kedai makan di Kota Bharu. Keputusan makmal pekerja saya, Wan Nurfarhana binti Wan Zaki, positif pembawa Salmonella Typhi. Apa tindakan saya?",
        ),
        (
            "assistant",
            "Pekerja tersebut perlu dikecualikan daripada mengendalikan makanan serta-merta dan dirujuk untuk rawatan. Anda juga perlu bekerjasama dengan Pejabat Kesihatan Daerah untuk saringan pekerja lain dan pembersihan premis.",
        ),
        (
            "user",
            "Dia tinggal di rumah sewa kami sendiri, Lot 322, Kampung Sireh. Perlu bagi tau tuan rumah lain?",
        ),
        (
            "assistant",
            "Tidak perlu mendedahkan status kesihatannya kepada orang lain. Ikut nasihat pegawai kesihatan; mereka akan menentukan siapa yang perlu diberitahu.",
        ),
    ],
    [
        ("system", "Assistant for managing the WhatsApp group 'Warung Tok Ayah Katering Crew'."),
        (
            "user",
            "Need to remove ex-worker Danial (+60 13-448 2179) from the group, he kena fired for stealing cash RM600 from laci. Write short announcement but don't say why.",
        ),
        (
            "assistant",
            "Announcement: Mulai hari ini Danial tidak lagi bersama pasukan kami. Terima kasih atas sumbangannya. Sebarang urusan katering sila terus hubungi kaunter.",
        ),
        ("user", "Good. Also add new number +60 17-390 6624, that's Suhana the new cashier."),
        (
            "assistant",
            "Sure, add this line: Sila alu-alukan Suhana, juruwang baharu kita, yang akan mula bertugas minggu ini.",
        ),
    ],
]
