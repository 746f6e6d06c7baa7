# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms120: water parks and recreation parks in Malaysia (tickets, accidents, lost items, lost children, complaints, annual passes). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms120
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "tiket_dan_tempahan"): _lines("""
        Tempahan anda telah disahkan. No. Tempahan: LSR-20260714-08831 | 2 Dewasa, 1 Kanak-kanak | Tarikh lawatan: 14/07/2026 | Jumlah: RM 247.00
        E-Tiket #AQR-5590-2213-7 sah untuk SATU (1) kemasukan sahaja. Imbas kod QR di pintu putar Gate B. Tidak boleh dipindah milik.
        Harga tiket Warganegara (MyKad): Dewasa RM89, Kanak-kanak (3-12 thn) RM69, Warga Emas 60+ RM59. Bukan warganegara: Dewasa RM139.
        Resit Cukai No. INV-BOT-2026-004417 | SST 8% RM 13.60 | Jumlah termasuk cukai RM 183.60 | Kaedah bayaran: FPX
        Kod promo CUTISEKOLAH26 memberi diskaun 20% untuk tempahan dalam talian sebelum 31 Ogos. Tidak sah bersama tawaran lain.
        Status bayaran: GAGAL (ralat 51 - dana tidak mencukupi). Sila cuba semula atau pilih kaedah lain. Rujukan transaksi: TXN8812049937.
        Tiket OKU: kemasukan percuma untuk pemegang Kad OKU JKM dan seorang penjaga. Sila tunjukkan kad asal di kaunter 3.
        Pakej Hari Jadi 'Splash Party' – minimum 15 pax, RM75/pax, termasuk kek 2kg, gazebo 3 jam dan kunjungan maskot Ombi si Ikan Paus.
        Tiket anda telah dijadualkan semula ke 22/09/2026. Yuran pertukaran RM10 dikenakan. No. rujukan baharu: LSR-20260922-01175.
        Bayaran balik diproses dalam 14 hari bekerja ke kaedah pembayaran asal. Tiada bayaran balik untuk tiket promosi Flash Sale.
        Tiket Kombo Taman Air + Taman Tema (sah 2 hari berturut-turut) – SKU: TKT-CMB-2D-ADT – RM159
        Nota: Kanak-kanak bawah 90cm masuk percuma tetapi mesti didaftarkan di kaunter untuk mendapatkan gelang tangan hijau.
        Tempahan kumpulan sekolah (min. 30 pelajar): emel surat rasmi pihak sekolah ke groupsales@lagunseri.com.my atau hubungi talian utama 03-5521 8800.
    """),
    ("ms", "notis_dan_peraturan"): _lines("""
        NOTIS: Wave Pool akan ditutup sementara pada 11/08 dari 2.00 ptg hingga 4.00 ptg untuk penyelenggaraan pam.
        Hanya pakaian renang daripada bahan nilon/lycra dibenarkan. Baju-T kapas, seluar jeans dan pakaian berzip tidak dibenarkan di semua tarikan air.
        Gelongsor Tornado Hitam: tinggi minimum 122cm, berat maksimum 2 orang 180kg. Tidak sesuai untuk wanita hamil dan penghidap sakit jantung.
        Makanan dan minuman dari luar tidak dibenarkan, kecuali makanan bayi dan makanan diet perubatan dengan surat doktor.
        Amaran kilat: Semua tarikan air ditutup apabila sistem pengesan kilat berbunyi. Sila ke kawasan berbumbung terdekat.
        Pintu masuk utama dibuka 10.00 pagi – 6.00 petang (Isnin ditutup kecuali cuti umum dan cuti sekolah).
        Ruang solat (surau) terletak di sebelah Food Court Zon C. Tempat berwuduk lelaki dan wanita berasingan.
        Jangan berlari di tepi kolam. Lantai licin. Kanak-kanak bawah 12 tahun mesti diawasi oleh orang dewasa sepanjang masa.
        Jaket keselamatan percuma disediakan di Lazy River. Kanak-kanak bawah 1.2m WAJIB memakai jaket keselamatan.
        Loker elektronik: Saiz S RM15, Saiz L RM25 sehari. Gelang kunci RFID yang hilang dikenakan caj RM50.
        Bas perantara percuma dari Stesen MRT Kwasa Damansara setiap 30 minit bermula 9.30 pagi; hentian Jalan Tun Razak tidak digunakan lagi.
        Dilarang membawa dron, kayu swafoto dan kamera bersaiz besar ke kawasan gelongsor.
        Taman ditutup pada 1 dan 2 Syawal. Dibuka semula 3 Syawal dengan waktu operasi lanjutan hingga 7.00 malam.
    """),
    ("en", "incident_report_anon"): _lines("""
        Incident IR-2026-0412: Guest slipped on the wave pool stairs, minor abrasion on left knee, first aid given by the lifeguard on duty, guest continued visit.
        Weekly safety summary wk 28: 14 first-aid cases (9 cuts/abrasions, 3 heat exhaustion, 2 eye irritation), 0 hospital referrals, 0 drownings.
        Near-miss: a child approx. 6 years old entered the 1.4m zone without a float; lifeguard at Tower 3 intervened within 10 seconds. No injury. Recommend extra signage.
        Ambulance called 15:42 for Guest B (adult male) complaining of chest pain at the Lazy River exit; handed over to paramedics 15:58.
        Slide Anaconda stopped 11:05-11:40 after a raft jammed at Turn 4. No injuries. Root cause: water flow drop from Pump P-07.
        Notification to JKKP filed via NADOPOD within 7 days; ref JKKP-SEL-2026/0387. Investigation lead: Safety & Health Officer.
        Q2 2026: 3 guests referred to Hospital Shah Alam (2 fractures, 1 concussion); all discharged the same day per follow-up by the safety officer.
        Lifeguard rescue count YTD: 61 assisted exits, 4 active rescues, 0 CPR events. Staff to guest ratio maintained at 1:35.
        CCTV review requested by the duty manager for camera C-14 (locker room corridor) between 13:00 and 13:30 regarding a reported theft; footage retained 30 days.
        Heat index at 14:00 reached 41°C; water stations added at Zone B and D, 7 staff rotated to shaded posts.
        Form K-3 Incident Report (blank): Date ___ / Time ___ / Location ___ / Nature of injury ___ / Guest name ___ / Contact ___ / Witness ___ / Supervisor signature ___
        Child separation drill (Code Adam) completed in 6 min 20 s; all 8 exits sealed within 3 minutes of the PA announcement.
        Water quality log 09:00 Wave Pool: free chlorine 2.1 ppm, pH 7.4, turbidity 0.3 NTU, within the health ministry guideline.
    """),
    ("ms", "daftar_barang_hilang"): _lines("""
        LF-0815-012 | Telefon bimbit Samsung hitam, skrin retak, bersarung Doraemon | Ditemui: Lazy River pintu keluar 2 | 15/08 14:20 | Disimpan: Peti B
        Sepasang cermin mata renang Speedo biru ditemui di kolam ombak. Boleh dituntut di Kaunter Barang Hilang dalam tempoh 30 hari.
        LF-0816-004 | Dompet coklat (tiada kad pengenalan), RM12 tunai | Ditemui: tandas wanita Zon C | Penemu: staf pembersihan syif pagi
        Kunci kereta Proton dengan rantai kunci Upin & Ipin ditemui di tempat letak kereta P2. Sila tuntut dengan bukti pemilikan kenderaan.
        Barang tidak dituntut selepas 60 hari akan didermakan kepada badan kebajikan atau dilupuskan mengikut SOP Kewangan.
        Cara menuntut: isi Borang BH-2, tunjukkan dokumen pengenalan diri, dan huraikan barang (warna, jenama, isi kandungan).
        LF-0817-021 | Jam tangan pintar Huawei Band 8 (pink) | Ditemui: gelongsor Typhoon, kolam mendarat | Status: DITUNTUT 18/08
        Jumlah barang hilang bulan Julai: 214 item (87 cermin mata, 41 telefon, 30 selipar, 19 topi, 37 lain-lain). 62% dituntut.
        Anak patung arnab putih ditemui di gazebo G-11. Kami tahu ia mungkin sangat bermakna kepada si kecil — sila hubungi kaunter informasi.
        Cincin emas kecil ditemui penyelamat di dasar kolam kanak-kanak semasa pengurasan. Penuntut perlu menerangkan ukiran di bahagian dalam.
        Pihak pengurusan tidak bertanggungjawab atas kehilangan barang berharga. Sila gunakan loker yang disediakan.
        LF-0820-003 | Beg galas Adidas hitam: tuala, 1 set baju kanak-kanak, botol susu, tiada dokumen | Ditemui: Food Court meja 44
        Barang hilang boleh dipos semula melalui Pos Laju (kos ditanggung penuntut, RM8–RM25 bergantung kepada berat).
    """),
    ("mixed", "ulasan_dan_soalan_umum"): _lines("""
        Wah the new slide damn syok but queue 1.5 jam lah, bring umbrella, no shade at all kat tangga tu.
        Weekday pergi best, sunyi. Weekend jangan harap, parking pun full by 11am. 3/5
        Makanan kat food court mahal gila, nasi lemak biasa RM14. Better makan dulu before masuk.
        Anyone know if annual pass boleh guna masa school holiday? Website cakap ada blackout dates but tak jelas which dates.
        Review: Lazy River ok, wave pool ombak kuat sikit for small kids. Toilet clean, surau ada. Overall 4/5 ⭐
        Pergi semalam, lifeguard very alert, ada satu budak hampir lemas tapi terus kena tarik. Respect to the staff 👏
        Macam mana nak claim refund kalau hujan lebat and semua ride tutup? Tiket saya beli via Klook.
        Saw the Siti Nurhaliza concert poster at the entrance — ada Merdeka night event ke this year?
        Upin Ipin zone for toddlers is cute but the water sejuk giler in the morning 🥶
        Tip: bawa kasut air, lantai panas gila pukul 2 petang. Ada jual kat kedai dalam tapi RM35 sepasang.
        Locker RFID rosak, kena tunggu staff 20 min. Please upgrade system lah, 2026 already.
        Kenapa ticket price naik lagi? Last year RM79 now RM89. Gaji pun tak naik that much kot.
        Sapa nak share Grab dari Stesen KTM Subang Jaya ke water park Sabtu ni? Split 4 ways jimat.
    """),
    ("ms", "pas_tahunan"): _lines("""
        Pas Tahunan Gold: kemasukan tanpa had 365 hari, diskaun 15% F&B, 2 tiket tetamu percuma. Harga RM399 (Dewasa) / RM299 (Kanak-kanak).
        Templat emel: Salam {nama_ahli}, Pas Tahunan anda no. {no_pas} akan tamat pada {tarikh_tamat}. Perbaharui sekarang dan jimat 10%.
        Pas Tahunan tidak boleh dipindah milik. Foto pemegang dicetak pada kad dan disemak di pintu masuk.
        Soalan Lazim: Boleh saya bekukan pas semasa hamil atau sakit? Ya, maksimum 90 hari dengan sijil perubatan, sekali setahun.
        Nombor pas tahunan bermula dengan AP26 diikuti 8 digit, contoh: AP26-0000-0000. Jangan kongsi kod QR anda di media sosial.
        Laporan keahlian Ogos 2026: 3,412 pas aktif, 268 pembaharuan, 41 pembatalan, kadar pembaharuan 71.4%.
        Ganti kad pas yang hilang: RM20, diproses dalam 3 hari bekerja. Kad lama dinyahaktifkan serta-merta.
        Tarikh gelap (blackout) Pas Silver 2026: 1–3 Jan, 30–31 Mac, 20–21 Mei, 31 Ogos, 24–26 Dis.
        Borang Permohonan Pas Tahunan: Nama penuh: __________ No. MyKad/Pasport: __________ No. telefon: __________ Tandatangan: __________
        Status permohonan: DILULUSKAN | ID Permohonan: APP-26-77104 | Sila ambil kad di Kaunter Keahlian, Lobi Utama.
        Diskaun 20% Pas Tahunan untuk penjawat awam dan anggota ATM/PDRM dengan kad kuasa yang sah (promosi sehingga 30/11).
        Pelan ansuran 0% selama 6 bulan tersedia untuk kad kredit Maybank, CIMB, Public Bank dan RHB.
        Syarat: Pas yang disalahgunakan (diberi pinjam) akan dibatalkan tanpa bayaran balik mengikut Fasal 7.3 Terma & Syarat.
    """),
    ("en", "ops_system_exports"): _lines("""
        2026-08-15T10:02:13+08:00 gate=B2 turnstile=07 event=SCAN_OK ticket=AQR-5590-2213-7 zone=WATER
        ERROR 2026-08-15 10:14:52 pos-fnb-03 payment.terminal timeout after 30000ms (txn_id=TXN8812051102, amount=24.50 MYR)
        sku=FNB-0412 desc='Nasi Lemak Ayam Goreng' price_myr=14.00 sst=0.08 stock=112 outlet=FC-ZONE-C
        locker-ctrl v3.8.2 build 2026.07.30 sha256=9f4c2e7a1b83d05c6e2f41a9b7d0c3e58a16f2b4c9d7e0a3f5b8c1d4e6a2f901
        Lagun Seri Leisure Sdn. Bhd. (Registration No. 201801027734 (1289304-K)), Lot 12, Persiaran Teknologi, 47500 Subang Jaya, Selangor.
        Daily attendance 2026-08-16: 8,942 (walk-in 3,115; online 4,870; annual pass 957). Peak hour 12:00-13:00 with 2,411 entries.
        cron: 0 3 * * * /opt/park/bin/purge_cctv --older-than 30d --camera-group LOCKER,GATE
        [ride-plc] slide=ANACONDA pump=P-07 flow_lps=182.4 threshold=200 state=WARN ack_by=shift_supervisor
        SELECT zone, COUNT(*) AS incidents FROM incident_reports WHERE created_at >= '2026-07-01' GROUP BY zone ORDER BY incidents DESC;
        Support: helpdesk@lagunseri.com.my | Hotline 1-300-88-5237 (9am-6pm) | WhatsApp Business +60 3-5521 8801
        refund_batch_0816.csv exported: 37 rows, total RM 6,114.00, status=PENDING_FINANCE_APPROVAL
        Vendor PO-2026-1187: 500 pcs life jacket size S (Arena Marine Supplies Sdn Bhd), unit RM42.90, deliver to Store Room SR-2.
        Weather API poll 13:30: lightning_km=11.6 action=NONE; auto-closure triggers at <= 8.0 km for 3 consecutive polls.
    """),
    ("ms", "prosedur_kanak_kanak_hilang"): _lines("""
        Prosedur Kod Oren (Kanak-kanak Hilang): 1) Dapatkan penerangan pakaian 2) Umumkan melalui PA 3) Kawal semua pintu keluar 4) Maklumkan pengurus bertugas.
        Templat pengumuman: 'Perhatian kepada ibu bapa, seorang kanak-kanak [lelaki/perempuan] berumur lebih kurang [umur] tahun sedang menunggu di Kaunter Informasi Zon A.'
        Jangan umumkan nama penuh kanak-kanak melalui PA. Gunakan penerangan pakaian sahaja, demi keselamatan.
        Gelang tangan 'Saya Sesat' percuma untuk kanak-kanak: tulis nombor telefon ibu bapa di bahagian dalam. Dapatkan di pintu masuk.
        Statistik 2025: 96 kes kanak-kanak terpisah daripada keluarga, purata masa dipertemukan semula 11 minit, 0 kes tidak dijumpai.
        Titik berkumpul keluarga: Menara Jam di tengah taman. Ajar anak anda untuk pergi kepada staf berbaju kuning jika terpisah.
        Kanak-kanak hanya diserahkan kepada penjaga selepas pengesahan dokumen (MyKid/sijil lahir/foto dalam telefon) dan tandatangan di Borang KH-1.
        Log PA 12:47: kanak-kanak perempuan ~5 tahun, baju renang merah jambu bercorak ikan, di Kaunter Zon B. 12:55: dipertemukan dengan keluarga.
        Latihan Kod Oren untuk semua penyelamat dan staf pintu masuk diadakan setiap Selasa pertama bulan, 8.30 pagi.
        Sekiranya tidak dijumpai dalam 20 minit, pengurus bertugas wajib menghubungi IPD terdekat dan semakan CCTV dimulakan.
        Untuk kanak-kanak OKU/autisme: kami sediakan gelang biru 'Perlukan Bantuan' — staf dilatih untuk mendekati dengan tenang.
        Radio: 'Semua unit, Kod Oren ditamatkan, ulang, Kod Oren ditamatkan. Kembali ke posisi asal.'
        Borang KH-1 (kosong): Nama kanak-kanak ____ Umur ____ Pakaian ____ Tempat terakhir dilihat ____ Nama penjaga ____ No. tel ____
    """),
}


PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Aduan: Saya Nur Aisyah binti Kamarulzaman, anak saya Adam Haziq (7 thn) tercedera di gelongsor kanak-kanak pada 12/08. Sila hubungi saya di 012-338 4719.
        Borang Barang Hilang BH-2: Nama: Mohd Hafizuddin bin Rosli | MyKad: 880412-10-5523 | Barang: iPhone 14 biru | Tel: 017-662 0954
        Penuntut dompet LF-0816-011 ialah Puan Kavitha a/p Subramaniam, disahkan melalui MyKad 790305-08-5216 pada 16/08 jam 5.10 petang.
        Kanak-kanak hilang: Nurul Iman binti Faizal, 5 tahun, MyKid 210318-14-0662, baju renang kuning. Ibu: Norliza binti Ahmad, tel 019-245 8813.
        Encik Rosli yang bertugas di kaunter tiket Pintu B telah diberi surat amaran kerana kerap lewat dan disyaki mengambil wang tunai dari laci.
        Penyelamat Hairul Nizam tidak dapat bertugas minggu ini kerana sedang menjalani kemoterapi di Hospital Kuala Lumpur, mohon susun semula jadual.
        Bayaran balik RM 247.00 untuk tempahan LSR-20260714-08831 akan dikreditkan ke akaun Maybank 1640 2288 5137 atas nama Tan Mei Ling.
        Pas Tahunan AP26-3381-0472 milik Lim Kok Wai dibatalkan kerana diberi pinjam kepada abang iparnya sebanyak 3 kali lawatan.
        Kereta Perodua Myvi putih WXY 4821 menghalang laluan ambulans di P2. Pemilik, En. Shahrul, tidak menjawab panggilan di 013-880 2175.
        Mak cik Zaleha dari gerai air tebu Zon C tu dah tiga bulan tak bayar sewa, katanya suami dia baru kena strok.
        Laporan kemalangan: Muhammad Irfan bin Azman, 14 tahun, patah lengan kanan di Tornado Hitam, dihantar ke Hospital Shah Alam. Bapa: Azman bin Sulaiman, 011-2378 4406.
        Emel pelanggan siti.khadijah88@gmail.com minta resit asal kerana dicaj dua kali pada kad 4556 3120 7784 1939.
        Staf baharu Farah Wahida masih dalam tempoh percubaan, gajinya RM1,900 sebulan dan dia minta pendahuluan gaji untuk bayar tunggakan PTPTN.
        Pekerja asing Rahim Uddin (pasport Bangladesh EF0471286) cedera tangan semasa membersihkan penapis pam P-07; majikan menanggung kos klinik.
        Pos semula jam Huawei pink kepada Cik Nurul Syafiqah, No. 27, Jalan Mawar 3/2, Taman Sri Andalas, 41200 Klang, Selangor.
        Tolong jangan benarkan Encik Ganesan a/l Muniandy masuk lagi — dia sudah dua kali mabuk dan bergaduh di kolam ombak, kes polis masih berjalan.
        Pelawat Singapura Goh Wei Jie (NRIC S8834127I) mengadu tiket dicaj dua kali dalam MYR; minta dihubungi di +65 9127 4408.
        Cikgu Hasnah yang sepatutnya mengiring rombongan Tahun 4 tak dapat datang sebab baru keguguran minggu lepas, jangan tanya dia apa-apa ya.
        Pemenang cabutan bertuah Pas Tahunan: Jefrey Gimbang dari Kota Kinabalu, MyKad 011230-12-0447, sila hadir dengan dokumen asal.
        Linda anak Jimbun yang jaga loker tu tengah proses cerai, jangan letak dia satu syif malam dengan bekas suami dia di bahagian teknikal.
        Akaun IG peribadi @aina.splashmummy memuat naik video budak hampir lemas di kolam kami; pemiliknya Aina Sofea, tel 016-417 9932, minta dia padam.
        Nota pengurus: Puan Ong dari Taman Bukit Indah blok C unit 12-3 dah lima kali buat aduan pasal bunyi bising konsert malam kita.
    """),
    "en": _lines("""
        Incident IR-2026-0419: Priya d/o Raman, 9, had an asthma attack at the wave pool; mother administered inhaler; parent contact 014-925 6610.
        Refund request from Gerard Pereira (gerard.pereira.mlk@yahoo.com) for booking LSR-20260803-22190; he says his wife was hospitalised the day before.
        Lost child resolved: Aiden Lim Jun Hao, 4, reunited with his grandmother Mdm Chong at Info Counter Zone A, 13:22; grandmother signed KH-1.
        Please keep an eye on Marcus from the slide crew — he told me in confidence he was diagnosed with epilepsy and hasn't told HR yet.
        Annual pass holder Nguyen Thi Hoa (passport C7381920) requests a name correction on card AP26-5560-1183; contact via WhatsApp 018-773 2049.
        Chargeback notice: card 5204 1866 3927 0511 (cardholder Ravindran a/l Krishnan) disputes RM 399.00 annual pass charge dated 02/07/2026.
        The duty manager said Mrs Deborah Fernandez from the Tuesday aqua-aerobics group fainted again — her daughter says she is diabetic and skipped her insulin.
        CCTV request by PDRM re theft from locker L-204; suspect identified as Teoh Kah Ming, vehicle BMK 7302 (grey Honda City).
        Employee record: Zulkifli bin Hamzah, Lifeguard II, IC 920117-01-6633, basic salary RM2,350, CIMB account 7064881293.
        Little Sofia, the Eurasian girl whose family holds Gold passes, was found crying by the lockers; her mum asked that her father not be allowed to collect her since he moved out.
        Complaint from Singapore guest Tan Hui Min (FIN G5521873R, tel +65 8234 6617) about being refused the resident rate with her Dependant's Pass.
        Waiver signed by Kelvin Chua Wei Loon, DOB 14/03/1990, emergency contact Chua Ah Bee (father) 012-557 3108, declared heart condition: none.
        Ms Rekha from accounts asked to come off the weekend roster; she has been struggling since her son nearly drowned at another park last year.
        Shuttle driver Ko Aung Min (Myanmar, work permit no. 00938415) did not report to the depot; his housemate says he is warded for dengue at Hospital Serdang.
    """),
    "mixed": _lines("""
        Boss, that fella Ahmad Faris kena tangkap curi handphone kat locker semalam, IC dia 950826-10-6119, dah report polis Subang.
        Sis tolong PM saya, nama saya Wong Siew Ling, anak saya hilang kasut Crocs pink kat Lazy River, my no 012-884 3071 ya tq!
        Eh the lifeguard Danial tu kan, his girlfriend keep calling the office, katanya dia ada hutang Ah Long RM8k, scary lah.
        陈佩玲 from ticketing pregnant already 5 months, she asked boleh tak tukar ke office job, tak larat berdiri kat gate lagi.
        Customer Vijay s/o Selvam marah sebab kena charge twice, his Touch 'n Go eWallet no 017-302 8844, tolong refund cepat.
        Lost: black Coach wallet, inside ada IC Lee Chee Keong 860619-07-5379 and Public Bank card. If jumpa please call 016-228 9054!
        Auntie Mary Rodrigues from Jalan Ipoh tu the one yang jatuh kat wave pool minggu lepas, now dia kena pakai wheelchair, family nak saman.
        Telegram @hafiz_ombak99 tu budak Hafiz Rahman yang jual tiket palsu, dah 5 customer kena tipu, duit masuk RHB 2141 7700 8912 56.
        Mr Lau from unit B-8-2 Residensi Kelana complain his car JRT 915 kena langgar by our shuttle bus at drop-off, nak claim insurans.
        Kesian Kak Midah kat first aid room, baru dapat tahu anak dia positive HIV, dia minta cuti tanpa gaji 2 minggu.
        Booking 6 pax for 22/09 by ALICIA TAN XIN YI, MY passport A61829045, pay by FPX, contact alicia.txy@hotmail.com.
        Annual pass photo mismatch: card AP26-2207-5519 registered to Siti Hajar binti Yusof, tapi yang datang adik dia. Confiscated at Gate B.
        Pakcik Lokman, cleaner kita tu, semalam collapse kat parking P3 — high blood pressure, sekarang dalam ICU Hospital Sungai Buloh.
        WeChat ID lijiahui_2019 is that China tourist 李佳慧 who left her baby stroller, her mobile 139 1765 4402, please contact and return.
    """),
}


CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda ialah pembantu khidmat pelanggan Taman Air Lagun Seri. Jawab dalam Bahasa Melayu dengan sopan.",
        ),
        (
            "user",
            "Salam, saya Mohd Azri bin Kassim. Saya beli 4 tiket untuk 14/07 tapi hujan lebat, semua ride tutup. No. tempahan LSR-20260714-09102, tel saya 012-773 5480.",
        ),
        (
            "assistant",
            "Waalaikumussalam Encik Azri. Mengikut polisi cuaca, tiket boleh dijadualkan semula secara percuma dalam tempoh 30 hari. Adakah encik mahu tarikh baharu atau bayaran balik?",
        ),
        (
            "user",
            "Jadual semula ke 2 Ogos boleh? Anak saya Aqil baru sembuh demam denggi, jadi hari Sabtu lebih sesuai.",
        ),
        (
            "assistant",
            "Baik, permohonan penjadualan semula ke 02/08/2026 telah direkodkan. Pengesahan akan dihantar melalui SMS.",
        ),
    ],
    [
        ("system", "You help park staff draft PA announcements and incident notes."),
        (
            "user",
            "Budak hilang! Nama dia Ethan Tan Zi Xuan, 6 tahun, baju renang biru ada gambar dinosaur. Mak dia Tan Li Ping, no 017-241 6695. Tolong draft PA announcement.",
        ),
        (
            "assistant",
            "Jangan sebut nama penuh di PA. Cadangan: 'Perhatian, seorang kanak-kanak lelaki berumur 6 tahun, berbaju renang biru bercorak dinosaur, terpisah daripada keluarga. Sesiapa yang melihatnya sila maklumkan staf berbaju kuning.' Nombor ibu hanya untuk kegunaan kaunter.",
        ),
        ("user", "Ok found already at Lazy River, thanks. Nak tulis dalam log juga?"),
        ("assistant", "Ya, catat masa dijumpai, lokasi dan tandatangan penjaga di Borang KH-1."),
    ],
    [
        ("system", "Pembantu menulis laporan insiden untuk Pegawai Keselamatan."),
        (
            "user",
            "Tulis laporan: mangsa Siti Nur Aliya binti Rahmat, MyKad 030915-10-0842, terseliuh buku lali di tangga Tornado Hitam jam 3.15 ptg, dibawa ke Klinik Kesihatan Seksyen 7.",
        ),
        (
            "assistant",
            "Laporan Insiden: Pada 15:15, mangsa (Siti Nur Aliya binti Rahmat) terseliuh buku lali kiri di tangga Tornado Hitam. Rawatan awal diberi oleh penyelamat, kemudian dirujuk ke Klinik Kesihatan Seksyen 7.",
        ),
        ("user", "Tambah: dia ada sejarah asma, penjaga dia abang, Rahimi, 019-330 2718."),
    ],
    [
        ("system", "You are a helpful assistant."),
        (
            "user",
            "Hi, can I transfer my annual pass to my sister? Pass AP26-4410-8826, registered under me, Chong Mei Yee, IC 900228-14-5570. I'm moving to Perth for work.",
        ),
        (
            "assistant",
            "Annual passes are non-transferable under the terms, but you can request a pro-rated refund for relocation overseas with proof such as a work visa or employment letter.",
        ),
        ("user", "Ok I'll email my visa to membership. Thanks lah."),
    ],
    [
        ("system", "Pembantu kaunter barang hilang."),
        (
            "user",
            "Ada orang jumpa dompet merah? Dalam tu ada IC saya, Norhayati binti Abu Bakar, 850101-03-5122, kad ATM Bank Islam dan gambar arwah suami saya.",
        ),
        (
            "assistant",
            "Maaf atas kesulitan puan. Sila isi Borang BH-2 dan nyatakan lokasi terakhir. Kami akan semak daftar barang hilang hari ini.",
        ),
        (
            "user",
            "Last sekali kat Food Court meja 20 an. Alamat saya Lot 445, Kampung Pulau Melaka, 15400 Kota Bharu kalau nak pos.",
        ),
        (
            "assistant",
            "Terima kasih, maklumat direkodkan. Kami akan hubungi puan jika dompet ditemui.",
        ),
    ],
    [
        ("system", "You advise the HR team of a water park on staff matters."),
        (
            "user",
            "One of our senior lifeguards, Suresh Kumar, just told me he's been diagnosed with a heart arrhythmia. Can we still roster him on the tower?",
        ),
        (
            "assistant",
            "Get a fitness-to-work assessment from an occupational health doctor before rostering him on rescue duties, and keep his diagnosis confidential to those who need to know.",
        ),
        ("user", "Noted. Meanwhile move him to the ticket gate and don't tell the crew why."),
    ],
    [
        ("system", "You help a park operator reply to online reviews."),
        (
            "user",
            "Google review: 'Lifeguard named Izzat at the wave pool was on his phone the whole time and scolded my daughter Hannah.' Reviewer account: Melissa De Souza. Draft reply?",
        ),
        (
            "assistant",
            "Suggested reply: 'Thank you for sharing this, and we're sorry about your experience. We have raised it with the aquatics team and would like to follow up privately — please email guestrelations@lagunseri.com.my.' Avoid naming the staff member publicly.",
        ),
        ("user", "Good. Internally, put Izzat on a formal warning."),
        (
            "assistant",
            "Understood. I'll draft the warning letter citing the mobile phone policy, clause 4.2.",
        ),
    ],
    [
        ("system", "Customer service assistant for Bukit Ombak Theme Park."),
        (
            "user",
            "Hello, I'm from Singapore. My booking didn't go through but my card was charged. Name Rachel Koh Jia Hui, NRIC T0412658G, booking attempt at 10:42 today.",
        ),
        (
            "assistant",
            "Sorry about that, Ms Koh. Failed transactions are usually reversed by the bank within 7 working days. I've flagged it for the payments team.",
        ),
        (
            "user",
            "Please email the outcome to rachel.kohjh@gmail.com, I'm not checking WhatsApp while travelling.",
        ),
    ],
    [
        ("system", "你是马来西亚水上乐园的客服助手，可用中文或英文回答。"),
        (
            "user",
            "你好，我们是从广州来的，想订3张成人票。我的护照号 EJ4827301，身份证 440106199205173623，叫刘思敏。",
        ),
        (
            "assistant",
            "您好！外国游客成人票每张 RM139。订票只需护照号码，不需要提供身份证号码，请不要在聊天中发送。",
        ),
        ("user", "好的，那联系电话用我的 138 2276 5019 可以吗？"),
        ("assistant", "可以，我们会把电子票发送到您的邮箱，并用该号码发送确认短信。"),
    ],
    [
        ("system", "Pembantu pentadbiran tempahan kumpulan."),
        (
            "user",
            "Tempahan kumpulan 45 pax dari Persatuan Belia Taman Seri Gombak. Wakil: Hazwan bin Mokhtar, Telegram @hazwan_mokh, bayar deposit dari akaun Maybank 5142 8870 3316.",
        ),
        (
            "assistant",
            "Terima kasih. Deposit 30% (RM1,201.50) perlu dijelaskan dalam 7 hari. Invois akan dikeluarkan atas nama persatuan.",
        ),
        (
            "user",
            "Dia minta invois guna alamat rumah dia: No. 8, Jalan Seri Gombak 5, 68100 Batu Caves.",
        ),
    ],
]
