# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms99: Bahasa Melayu bil utiliti rumah (TNB, air, Indah Water, cukai pintu). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms99
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis templat"): _lines("""
        NOTIS PEMOTONGAN BEKALAN ELEKTRIK / Kepada: [NAMA PEMEGANG AKAUN] / No. Akaun: [__________] / Tunggakan sebanyak RM [JUMLAH] hendaklah dijelaskan dalam tempoh 7 hari dari tarikh notis ini.
        Tuan/Puan, bekalan air ke premis tuan/puan akan dihentikan sekiranya tunggakan tidak dijelaskan sebelum {tarikh_akhir}. Abaikan notis ini jika bayaran telah dibuat.
        PERINGATAN MESRA: Bil anda untuk bulan {bulan} berjumlah RM {amaun}. Bayar melalui myTNB, JomPAY atau kaunter Kedai Tenaga berhampiran.
        Borang Permohonan Pertukaran Nama Pemegang Akaun — Bahagian A: Butiran Pemilik Lama | Nama: ______ | No. MyKad: ______ | Bahagian B: Butiran Pemilik Baru (sila lampirkan salinan geran atau S&P)
        Senarai dokumen untuk buka akaun air: salinan MyKad pemohon, salinan perjanjian jual beli atau perjanjian sewa, deposit mengikut jenis premis, dan borang yang lengkap diisi.
        NOTIS E (Seksyen 148 Akta Kerajaan Tempatan 1976): Tuan/Puan adalah dikehendaki menjelaskan cukai taksiran yang tertunggak dalam tempoh 15 hari dari tarikh notis ini diserahkan.
        Contoh surat rayuan ansuran: "Saya, [nama penuh], No. K/P [xxxxxx-xx-xxxx], ingin memohon bayaran secara ansuran bagi tunggakan bil sebanyak RM [jumlah] kerana ..."
        Notis Pemeriksaan Meter: Wakil kami akan membuat pemeriksaan meter di kawasan anda antara 9 pagi hingga 5 petang. Sila pastikan meter boleh diakses. Pegawai kami membawa kad kuasa.
        Pelanggan yang dihormati, bil Indah Water kini dikeluarkan secara berasingan. Caj pembetungan domestik bagi rumah di kawasan Majlis Bandaraya adalah RM8.00 sebulan.
        Surat Akuan Penyewa (templat) — Saya ____________ No. K/P ____________ dengan ini mengaku bertanggungjawab ke atas bil utiliti premis di alamat ____________ sepanjang tempoh penyewaan.
        Resit Rasmi: Terima kasih atas bayaran anda. Simpan resit ini sebagai bukti. Bayaran melalui kaunter akan dikemas kini dalam sistem dalam masa 1-3 hari bekerja.
        Kenyataan Bil: Caj Semasa | Tunggakan | Pelarasan | Jumlah Perlu Dibayar | Tarikh Akhir Bayaran — sila rujuk halaman 2 untuk butiran penggunaan kWj.
        Dear {customer_name}, your water supply account {account_no} has an outstanding balance of RM {amount}. Kindly settle by {due_date} to avoid disconnection.
    """),
    ("ms", "soalan lazim"): _lines("""
        Berapa lama selepas tarikh akhir baru TNB boleh potong bekalan? Biasanya notis pemotongan dihantar dulu dan ada tempoh sekurang-kurangnya 7 hari.
        Kalau beli rumah subsale, tunggakan cukai pintu pemilik lama jadi tanggungjawab siapa? Lazimnya peguam akan minta resit cukai terkini sebelum penyempurnaan.
        Macam mana nak semak bil air Air Selangor secara online? Muat turun aplikasi Air Selangor, daftar dengan nombor akaun dan e-mel anda.
        Adakah deposit TNB dipulangkan bila tutup akaun? Ya, selepas bil akhir diselesaikan, baki deposit akan dipulangkan melalui pindahan bank.
        Kenapa bil saya tertulis 'anggaran'? Bil anggaran dikeluarkan bila pembaca meter tidak dapat masuk ke premis atau meter rosak.
        Apa beza caj Indah Water dengan bil air? Indah Water mengenakan caj perkhidmatan pembetungan, manakala bil air ialah untuk bekalan air bersih.
        Penyewa atau tuan rumah yang patut daftar akaun TNB? Kebanyakan tuan rumah kekalkan akaun atas nama sendiri dan tuntut bayaran daripada penyewa.
        Meter air berbunyi dan berpusing walaupun semua paip ditutup — kemungkinan ada kebocoran paip bawah tanah. Tutup injap utama dan hubungi tukang paip bertauliah.
        Bolehkah bayar cukai pintu secara ansuran? Kebanyakan PBT benarkan bayaran dua penggal setahun, iaitu sebelum akhir Februari dan akhir Ogos.
        Bagaimana nak sambung semula bekalan selepas dipotong? Jelaskan tunggakan serta caj sambung semula, dan bekalan biasanya dipulihkan dalam masa 24 jam.
        Kalau meter pintar dah dipasang, adakah pembaca meter masih datang? Tidak, bacaan dihantar secara automatik ke sistem TNB.
        Ada rebat bil elektrik untuk isi rumah berpendapatan rendah? Semak kelayakan melalui laman web rasmi kerajaan atau tanya di kaunter Kedai Tenaga.
        Bil naik mendadak lepas pasang aircond? Semak tetapan suhu; setiap darjah lebih rendah boleh menambah penggunaan tenaga dengan ketara.
        Berapa kos alih meter elektrik ke tempat lain dalam kawasan rumah? Kosnya bergantung kepada jarak kabel dan kerja mesti dibuat oleh kontraktor elektrik berdaftar.
    """),
    ("ms", "sembang kumpulan penduduk"): _lines("""
        Salam semua, air takde sejak pukul 6 pagi. Air Selangor kata kerja pembaikan paip utama, dijangka pulih 8 malam.
        Lampu jalan depan blok D rosak dah seminggu, admin dah buat aduan kat MBSA ke belum?
        Sape2 yg belum bayar cukai pintu penggal 2, last day 31 Ogos ye. Boleh bayar online guna FPX.
        Bil Indah Water saya datang dua kali bulan ni, ada orang lain kena sama tak?
        Tangki air blok kita akan dicuci Sabtu ni, 9am–3pm. Tolong tadah air siap2.
        Ada yang tahu tukang paip yg ok area Bangi? Meter air bocor kat sambungan.
        FYI, TNB tengah tukar meter lama ke meter pintar kat fasa 3, jangan terkejut kalau ada orang datang pakai baju seragam TNB.
        Hati2 ada scammer call kata 'bil TNB tertunggak, tekan 1'. TNB tak buat panggilan macam tu.
        Admin nak remind, caj penyelenggaraan tak termasuk bil air individu. Setiap unit bayar terus kepada Air Selangor.
        Elektrik trip satu taman td, TNB dah sampai, katanya pencawang kecil terbakar.
        Tips jimat bil: cabut plug water heater bila tak guna. Bulan lepas bil rumah saya turun RM30.
        Kalau pindah masuk rumah sewa, jangan lupa ambil gambar bacaan meter hari pertama. Senang nak claim nanti.
        Lori Indah Water akan buat nyahenap tangki septik berjadual kat jalan kita esok, bau sikit ye, sabar.
        Mesyuarat AGM JMB 14 Dis, agenda: kenaikan tarif air pukal dan pemasangan meter sub untuk setiap unit.
        Bulan lepas bil elektrik saya RM 212, bulan ni RM 245 padahal tak guna lebih. Tarif naik ke?
    """),
    ("mixed", "forum manglish"): _lines("""
        Anyone got experience dispute TNB back-billing? Heard must write in and they will do meter test at lab, takes a few weeks.
        Bro, cukai pintu is paid to majlis, cukai tanah to Pejabat Tanah, two different things ok, don't confuse.
        My bill suddenly RM 0.00 for two months then came one shot RM 600 — estimated reading issue, just call 15454 and ask them to adjust.
        For those renting, better keep TNB acc in landlord name, if tenant run away the arrears stuck with the owner anyway.
        Air Selangor app can set reminder one, very useful, no more kena cut water because forgot.
        Lol my aircond 2hp run 10 hours every night, bill jump from RM120 to RM350, lesson learnt.
        Is Indah Water charge compulsory if my taman uses individual septic tank? Yes but the rate different and they desludge on schedule.
        Tips: check if your meter seal got broken, if yes better report first before TNB find out and saman you.
        Just moved to Penang, water bill from PBAPP so cheap compared to Selangor, like RM10 a month only.
        Can tenant apply the bill rebate or must be account holder? From what I read, must be account holder one.
        TNB smart meter really more accurate or not ah? Mine same usage but bill higher 10%.
        Pro tip: save the e-bill PDF every month, later when want to dispute easier to show the trend.
        Buying auction property, remember arrears for utilities and assessment can be quite big, factor in la.
        Kalau bill air tiba-tiba RM 300, first thing tutup semua paip then tengok meter, if still spinning confirm leak.
    """),
    ("en", "berita dan statistik"): _lines("""
        Energy Transition and Water Transformation Minister Fadillah Yusof said the new electricity tariff structure takes effect on 1 July 2025.
        Air Selangor has said reducing non-revenue water, lost through leaks and faulty meters, remains a priority for the coming year.
        Under the earlier tariff schedule, the first 200 kWh for domestic users was charged at 21.80 sen per kWh.
        Indah Water Konsortium, the national sewerage company, is wholly owned by the Minister of Finance Incorporated.
        Tenaga Nasional Berhad was formed in 1990 through the corporatisation of the National Electricity Board (LLN).
        Local councils collect assessment rates twice a year; the first half is due by the end of February and the second by the end of August.
        A survey of 1,200 households in the Klang Valley found that 41 per cent had received at least one estimated bill in the past year.
        Former prime minister Mahathir Mohamad oversaw the privatisation of the National Electricity Board in the early 1990s.
        Odour pollution at raw water intakes has repeatedly forced treatment plants in Selangor to shut, causing unscheduled disruptions across several districts.
        Households in the bottom income group spend an estimated 3 to 5 per cent of monthly income on electricity and water, a think-tank estimate shows.
        TNB reported higher quarterly revenue, driven partly by electricity demand from new data centres in Johor.
        The Water Services Industry Act 2006 regulates water supply and sewerage services in Peninsular Malaysia and Labuan, overseen by SPAN.
    """),
    ("ms", "log sistem dan konfigurasi"): _lines("""
        2025-11-28T09:14:03+08:00 INFO billing.run batch=B2511-07 accounts_processed=18452 estimated=1210 failed=3
        {"event": "disconnect_scheduled", "zone": "SEL-PJ-03", "count": 214, "notice_days": 7, "run_id": "dc-20251201-0600"}
        tariff_blocks: [{upto: 200, sen: 21.80}, {upto: 300, sen: 33.40}, {upto: 600, sen: 51.60}, {upto: 900, sen: 54.60}, {above: 900, sen: 57.10}]
        WARN meter_reader: 37 premis tiada akses (anjing/pagar berkunci) — bil anggaran dijana untuk kitaran 11/2025
        SELECT zone, COUNT(*) FROM arrears WHERE days_overdue > 60 GROUP BY zone ORDER BY 2 DESC;
        cron: 0 6 * * 1-5 /opt/utiliti/bin/hantar_sms_peringatan --template=TUNGGAKAN_V3 --dry-run=false
        ERROR payment_gateway: FPX timeout bank_code=MBB0228 txn=FPX20251130221547 retry=2
        def kira_caj_lewat(tunggakan: float, hari: int) -> float: return round(tunggakan * 0.01 * (hari // 30), 2)
        ALERT iot.smartmeter: feeder PPU-Seksyen13 voltage dip 0.82pu at 14:22, 96 meters reported outage
        migration 0042_add_ansuran_table: add column baki_tunggakan DECIMAL(10,2) NOT NULL DEFAULT 0
        INFO iwk.desludge_scheduler: 58 jadual nyahenap dijana untuk daerah Hulu Langat, minggu 49
        config: SAMBUNG_SEMULA_FEE_DOMESTIK=10.00 NOTIS_HARI=7 MAX_ANSURAN_BULAN=12
    """),
    ("ms", "pengumuman gangguan bekalan"): _lines("""
        GANGGUAN BEKALAN AIR TIDAK BERJADUAL: Kawasan terlibat Seksyen 7, 9 dan 13 Shah Alam. Anggaran pemulihan: 2 Disember 2025, 11.00 malam.
        Pemberitahuan Henti Tugas Elektrik Berjadual: Taman Sri Muda, 40400 Shah Alam, 7 Disember 2025, 9.00 pagi – 5.00 petang, bagi kerja penyelenggaraan pencawang.
        Air Selangor: Tangki bergerak akan ditempatkan di Masjid Al-Ikhlas dan Dewan Orang Ramai Taman Melawati mulai 10 pagi.
        Kawasan poskod 47301, 47400 dan 47810 mengalami tekanan air rendah ekoran kerja penyambungan paip baharu.
        MBPJ memaklumkan kaunter bayaran cukai taksiran di Menara MBPJ dibuka pada hari Sabtu pertama setiap bulan.
        TNB memaklumkan gangguan bekalan di Jalan Tun Dr Ismail dan Jalan Sultan Ismail berpunca daripada kerosakan kabel bawah tanah.
        Hospital Sultanah Aminah tidak terjejas kerana menggunakan penjana sokongan sepanjang gangguan bekalan.
        SMK Tunku Abdul Rahman ditutup sehari kerana ketiadaan bekalan air; kelas dijalankan secara dalam talian.
        Hubungi Careline Air Selangor 15300 atau TNB Careline 15454 untuk laporan kerosakan 24 jam.
        Kerja pembaikan paip pecah di Jalan Kebun Nenas dijangka siap jam 4 petang; lalu lintas dialihkan ke lorong kiri.
        Indah Water: Kerja naik taraf loji rawatan kumbahan di Taman Desa Jaya berlangsung dari 1 hingga 20 Disember.
        Pemotongan bekalan tidak akan dijalankan pada hari Jumaat, cuti umum dan sehari sebelum cuti umum.
    """),
    ("mixed", "nombor rujukan"): _lines("""
        Aduan anda telah diterima. No. Rujukan: TNB-CC-2512-0093817. Sila simpan nombor ini untuk semakan status.
        Tiket IWK #SR-2025-114587 — status: Selesai, ditutup 03/12/2025 16:42
        Invoice No. INV/AS/2025/11/004418 — Amount: RM 57.35 — Due: 21/12/2025
        FPX Ref 2511230915448812 | Status: Successful | Amount RM 128.40 | Bank: Maybank2u
        Meter model Landis+Gyr E350 firmware v2.4.1 — siri pengeluaran 2023, 3 fasa.
        Kod tarif: A (Kediaman), B (Komersial Voltan Rendah), C1 (Komersial Voltan Sederhana)
        Kes Tribunal Tuntutan Pengguna TTPM-B-1182-2025 ditangguhkan ke 15 Januari 2026.
        ISBN 978-983-068-412-3 — Buku Panduan Penjimatan Tenaga Isi Rumah, edisi kedua
        Batch SMS REM-TGK-20251205 dihantar: 4,820 berjaya, 37 gagal (nombor tidak sah).
        sha256 bil_nov2025.pdf: 3f9a1c7e2b84d05f6a1e9c3b7d2f8e40a5c6b9d1e7f3a2c8b4d6e0f1a9c5b7d3
        Poskod 43000 Kajang — Zon bekalan: LRA Sungai Langat, kitaran bacaan: minggu ke-2 setiap bulan
        No. Siri Resit: KT-PJU-0048812 | Kaunter: Kedai Tenaga Damansara | Masa: 10:32:18
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        NOTIS TUNGGAKAN / Kepada: SITI NORHAYATI BINTI ABD RAHMAN / No. 14, Jalan SS 19/3A, 47500 Subang Jaya, Selangor / Tunggakan bil elektrik RM 1,284.60 bagi tempoh Jun–Oktober 2025. Bekalan akan dipotong dalam tempoh 7 hari jika tidak dijelaskan.
        Borang Pindah Milik Akaun Air | Nama Pemohon: MOHD FAIZAL BIN ISMAIL | No. K/P: 850314-10-5537 | Alamat Premis: Lot 2231, Kampung Sungai Pusu, 53100 Gombak | Tel: 012-338 4712 | Sebab: pembelian rumah
        Assalamualaikum semua, saya Rosnah unit C-7-2 Pangsapuri Damai, air rumah saya kena potong pagi tadi sebab tunggak 3 bulan, ada sapa boleh pinjam baldi besar 🙏
        Senarai penghuni tertunggak caj air pukal (Nov 2025): A-3-1 Tan Boon Keat RM2,140 | B-5-6 Nurul Ain binti Kassim RM880 | C-2-4 Ganesan a/l Periasamy RM1,560
        Tiket 2025-88413 | Pemanggil: Puan Lee Mei Ling | Tel 019-775 2086 | Aduan: meter berpusing laju walaupun suis utama ditutup, bil Oktober melonjak ke RM612
        MAJLIS BANDARAYA PETALING JAYA — NOTIS E / Pemilik: KAMARUL ARIFIN BIN YUSOF / Harta: No. 22, Jalan 17/38, 46400 Petaling Jaya / Tunggakan cukai taksiran 2024-2025: RM 1,036.00 beserta kos notis RM 10.00
        En. Rajesh, bulan ni TNB RM 389.50 dan air RM 62.10, total RM 451.60 tolong bank in Maybank 5621 4478 9903 a/n Lim Swee Hoon ye, terima kasih
        Saya, Zaleha binti Omar (No. KP 790921-14-6218), ibu tunggal tiga anak, memohon ansuran bayaran tunggakan bil air RM 742.30 kerana kehilangan pekerjaan sejak Ogos.
        Aduan IWK: tangki septik melimpah di rumah Pak Hashim bin Deraman, Kg Padang Luas, 16800 Pasir Puteh, no tel anak dia 013-662 0915
        Arahan Debit Terus Bil Elektrik / Nama Pemegang Kad: CHONG WAI KIT / No. Kad: 4570 1563 1689 2902 / Tarikh Luput: 08/28 / Had bulanan: RM 500
        Pn. Kavitha a/p Subramaniam, penyewa rumah teres di Taman Sri Rambai, Bukit Mertajam, bil air tertunggak RM 318, notis pemotongan dah ditampal kat pagar semalam
        Nota kaunter: Encik Ah Seng (pakcik Taman Melati yang jalan guna tongkat, tel 016-442 8871) datang bayar tunggakan RM200 tunai, baki RM 1,140 janji hujung bulan
        Daripada: nurulhuda.azmi92@gmail.com / Perkara: Bil air melambung / Saya Nurul Huda Azmi, penyewa di Pangsapuri Seri Mutiara B-12-3A, bil bulan ini RM 289 sedangkan biasanya RM 35.
        Penyewa baru: Muhammad Hafiz bin Zulkifli, MyKad 920607015843, masuk 1/12/2025, deposit TNB RM 300 dibayar oleh beliau sendiri.
        Akaun air arwah ayah, Haji Yaacob bin Sulaiman, nak tukar ke nama mak, Rahmah binti Said, IC 680112-07-5126, alamat sama di Kepala Batas
        PERINGATAN: Sdr. Azlan bin Mat Nor, akaun Indah Water anda tertunggak RM 264.00 sejak 2019. Sila hubungi kami sebelum tindakan mahkamah diambil.
        Rekod pemeriksaan meter: Pemilik Low Kah Meng, No. 5, Lorong Perda Utama 5, Bandar Perda, 14000 Bukit Mertajam — bukti usikan meter (bypass), saman RM 12,400 dikeluarkan
        kak yati tgk la jiran sebelah tu, faizul rumah no 17 jalan mawar 3, dia sambung wayar dari meter kita, patut la bil kita naik 2x
        Perjanjian Ansuran Tunggakan | Pengguna: SELVARAJ A/L KRISHNAN | IC 640717-06-5209 | Jumlah: RM 2,318.45 | Bayaran: RM 200 x 11 bulan + RM 118.45
        Permohonan rebat cukai pintu warga emas: Puan Wong Ah Moi, 81 tahun, tinggal seorang di No. 3, Jalan Pasar, 34000 Taiping, pencen bulanan RM 950
        Pemulangan deposit akaun TNB yang ditutup — bayar kepada Norazlina binti Hamid, CIMB 7004552188, jumlah RM 150.00
        Pesanan daripada Maria Fernandez (Taman Kenari, Melaka): tolong jangan potong air minggu ni, anak saya baru keluar wad lepas pembedahan apendiks
        Kalau nak pasang meter air kedua, contact tukang paip Zul, telegram @zul_paipbocor, dia buat kerja murah tapi takde resit
        Surat amaran kepada penyewa: Tuan Daniel Ho Jun Wei, unit 9-2 Residensi Aman, tunggakan bil TNB RM 1,112 dan air RM 204, sila kosongkan premis sebelum 31/12/2025.
        Log pengawal 02/12 2310: kereta WXQ 4471 milik penghuni A-10-5 (Encik Roslan) parkir atas laluan bomba depan bilik meter air, kali ketiga minggu ni
        Rekod panggilan: Cik Aishah Sofea, 011-2765 4038, minta tukar bil ke e-bil, emel aishahsofea.r@yahoo.com
        Mahkamah Majistret Shah Alam: Pengurusan Air Selangor Sdn Bhd lwn Jamaluddin bin Abu Bakar, tuntutan tunggakan bil air RM 3,820.60, sebutan semula 9 Januari 2026
        Bil TNB rumah mak (Hajah Kalsom binti Mahmud, 71 thn, pesakit dialisis di rumah) — mohon jangan potong bekalan, mesin dialisis perlukan elektrik
        Borang Aduan Bil Anggaran | Nama: LEE CHIN HUAT | No. Telefon: +6017-229 4315 | Alamat: 41, Jalan Merbau 2, Taman Bukit Kuchai, 47100 Puchong | Keterangan: bil dianggar 4 bulan berturut-turut
        Cek lantun: Cek Bank Islam no. 004218 untuk bayaran cukai pintu oleh SAMSUDIN BIN AWANG (K/P 730805-13-5977) dikembalikan — dana tidak mencukupi
        Surat akuan: Saya Nor Aziah binti Jusoh, 870509-12-5460, menyewa di Taman Nelayan, Kota Kinabalu, mengaku bil air RM 560 ditanggung oleh saya, bukan tuan rumah.
        Nota JKKK: Tok Mat (Ahmad bin Che Mat, bekas penoreh getah, duduk sorang kat hujung kampung dekat masjid) dah 2 bulan takde letrik, tak mampu bayar tunggakan RM 480
        Pemohon bantuan bil air: Nuraini binti Salleh, 010419-10-0682, pelajar UiTM, tinggal bersama nenek di Kuala Selangor, bapa OKU
        Pekerja asing penyewa bilik, Rahul Thapa, FIN G5128834W, tanggung bil elektrik RM 85 sebulan, potong terus dari gaji oleh majikan
    """),
    "mixed": _lines("""
        Bro Arul, your share of TNB this month RM 74.20, pls DuitNow to 018-227 3409 ya, thanks — Jason
        Eh Mei Fong, you the one who register the Air Selangor account under your name right? They sent notice tunggakan RM 410 to your email mf.chan88@hotmail.com
        housemate split TNB Nov: Priya d/o Ramasamy (room A) 38%, Kelvin Ng (room B) 31%, Hakim (master) 31% — Kelvin still owe Oct RM 52
        tenant Mr. Thomas de Souza at 12A Jalan Dato Keramat, Melaka dah 3 bulan tak bayar air, landlord nak potong, can or not?
        Hi, my mum Tan Siew Lan (IC 550823-07-5324) is bedridden with oxygen machine, can TNB put her under priority list so they don't cut supply?
        CS log: caller Mr Suresh Nair, 012-778 1240, complain Indah Water charge him sewerage even though his house guna septic tank sendiri
        My uncle Ong Teck Seng jual rumah kat Klang but cukai pintu arrears RM 2,900 still under his name, buyer refuse to settle, how ah?
        Rental ledger: Unit 3A-2, tenant Farah Liyana bt Rosli, TNB arrears RM 356.80 offset from deposit, balance refund RM 943.20 to Public Bank 6392014871
        Owner Javier Lim Jia Hao, NRIC T0312846B, stays in Singapore, asked us to settle his JB house water arrears RM 188 and he will PayNow back
        Kenneth from 16-05 Vista Alam, his aircond compressor trip the whole floor breaker every night lah, already complain to management but he ignore
        Auntie Jenny from no. 11 Lorong Cempaka — the one running the tadika next to surau — kena cut off electric this morning because lupa bayar 2 months
        Payment proof: transfer RM 520.00 from Mohd Izzat bin Rahim, Maybank 1620 7734 5120, ref: cukai pintu rumah Jalan Kebun Nenas
    """),
    "en": _lines("""
        Dear Sir/Madam, I, Harpreet Kaur d/o Gurdev Singh, of No. 9, Jalan Ipoh Kecil, 50350 Kuala Lumpur, dispute the back-billing of RM 4,560 issued on my account after the meter replacement.
        Ticket notes: customer Evelyn Pereira, DOB 14/02/1983, states meter reader could not access premises due to her dogs; estimated bills for 5 months
        Please refund the overpaid sewerage charge to my Mastercard 5196 0962 7067 1689 — Wong Kah Yee
        Customer: Abdul Latif bin Hassan; Phone: 014-930 2261; Issue: water disconnected although arrears RM 96 paid on 28/11 at Pos Malaysia
        Council record: assessment owner FARIDAH BINTI MAT ISA, 950228-03-5014, property Lot 771 Kg. Kubang Kerian, 16150 Kota Bharu, exempted due to OKU status
        Handover note: Mr. Victor Lau (unit 21-07) is moving out 15 Dec, asked us to close his TNB account and send the final bill to victor.lau.kl@gmail.com
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "Anda ialah pembantu khidmat pelanggan maya untuk syarikat bekalan air."),
        ("user", "Salam, air rumah saya kena potong semalam padahal saya dah bayar."),
        (
            "assistant",
            "Maaf atas kesulitan. Boleh berikan nama penuh dan nombor MyKad pemegang akaun untuk semakan?",
        ),
        (
            "user",
            "Norhayati binti Sulong, 881130-08-6394. Rumah di No. 6 Jalan Bidara 4, Taman Bidara, 31400 Ipoh.",
        ),
        (
            "assistant",
            "Terima kasih. Rekod menunjukkan bayaran RM 146.20 diterima pada 29 November, selepas pesanan pemotongan dijana.",
        ),
        ("user", "Ok tolong sambung balik cepat, no saya 019-552 8130, anak kecil kat rumah."),
    ],
    [
        (
            "user",
            "Tolong tulis surat rayuan kepada TNB. Nama saya Ismail bin Ghazali, alamat No. 30, Jalan Delima 2, Taman Delima, 08000 Sungai Petani. Tunggakan RM 1,860 sebab saya baru keluar hospital lepas strok.",
        ),
        (
            "assistant",
            "Baik. Berikut draf surat rayuan ansuran yang menyatakan keadaan kesihatan tuan dan memohon bayaran secara bulanan.",
        ),
        ("user", "Tambah sekali saya mampu bayar RM150 sebulan je, pencen PERKESO."),
    ],
    [
        (
            "user",
            "my tenant Rahman bin Ali refuse to pay TNB already 4 months, RM 930, he say the meter faulty",
        ),
        (
            "assistant",
            "You could ask TNB to test the meter first. If it is accurate, the arrears stand and you can claim them under the tenancy agreement.",
        ),
        (
            "user",
            "ok. his IC 900214-01-5671, can I lodge at Tribunal using this? he stay at 15 Jalan Kenanga 8, Taman Universiti, Skudai",
        ),
    ],
    [
        (
            "user",
            "Hi, I received a back-billing letter for RM 3,140 after TNB replaced my meter. Is that legit?",
        ),
        (
            "assistant",
            "Back-billing is allowed when a meter is found under-recording, but you can request the inspection report and dispute the calculation.",
        ),
        (
            "user",
            "Ok please help me draft the email. I'm Geraldine Tan Pei Shan, account holder for 3 Lorong Bayu 7, Bayan Lepas, reply to geraldine.tps@gmail.com",
        ),
    ],
    [
        ("user", "Kira bil rumah sewa: TNB RM 312, air RM 48, Unifi RM 129. Kami berempat."),
        ("assistant", "Jumlah RM 489, setiap orang RM 122.25."),
        (
            "user",
            "Tapi Aiman bin Roslan duduk 2 minggu je sebab dia kat wad HKL, Siti Khadijah, Meera a/p Rajan dan Chen Yi Ling full bulan. Kira semula ikut hari.",
        ),
    ],
    [
        (
            "user",
            "Saya pemilik rumah di Johor Bahru tapi tinggal di Singapura. Cukai pintu MBJB tertunggak dua penggal.",
        ),
        (
            "assistant",
            "Anda boleh membayar secara dalam talian melalui portal majlis dengan nombor akaun harta.",
        ),
        (
            "user",
            "Portal minta nombor pengenalan. Saya Goh Kian Huat, NRIC S7709321D, rumah No. 8, Jalan Kenari 12, Taman Bukit Indah. Boleh guna NRIC?",
        ),
    ],
    [
        ("user", "jiran saya curi elektrik, saya nak report. mcm mana?"),
        (
            "assistant",
            "Anda boleh membuat laporan kepada TNB melalui Careline atau aplikasi myTNB. Identiti pelapor dirahsiakan.",
        ),
        (
            "user",
            "namanya Khairul Anuar, rumah no 42 Jalan Seroja 5, Bandar Baru Bangi, dia tarik kabel dari tiang lampu jalan pukul 11 malam setiap hari",
        ),
    ],
    [
        (
            "user",
            "Ayah saya, Encik Yusoff bin Daud, 78 tahun, ada dementia. Dia tak ingat bayar bil Indah Water, dah RM 412.",
        ),
        (
            "assistant",
            "Anda boleh memohon untuk menukar alamat surat-menyurat ke alamat anda dan menguruskan bayaran bagi pihak beliau.",
        ),
        (
            "user",
            "Ok. Rumah dia di Lot 118 Kampung Baru Sungai Buloh, saya Zuraidah anak dia, tel 017-683 5219",
        ),
    ],
    [
        (
            "user",
            "Auto debit bil air gagal. Ni kad saya 4265 8383 0323 1638 exp 11/27, boleh check kenapa ditolak?",
        ),
        (
            "assistant",
            "Jangan kongsi nombor kad penuh di sini. Sila semak dengan bank anda atau kemas kini kaedah bayaran di aplikasi rasmi.",
        ),
        (
            "user",
            "Ok sorry. Nama dalam kad Nadia binti Kamaruddin, baki kad dah penuh sebab bayar hospital bulan lepas.",
        ),
    ],
    [
        ("system", "You help property managers draft tenant notices."),
        (
            "user",
            "Draft a final reminder for Mr. Adrian Fernandez, unit B-8-11 Sri Putramas, owes water RM 276 and electricity RM 640.",
        ),
        (
            "assistant",
            "Dear Mr. Adrian Fernandez, this is a final reminder that utility charges totalling RM 916 for unit B-8-11 remain outstanding.",
        ),
        (
            "user",
            "Add that we'll WhatsApp him at 012-905 3372 and that his deposit of RM 2,400 will be used if unpaid by 20 Dec.",
        ),
    ],
]
