# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms63: kedai emas dan simpanan emas (resit belian, skim ansuran, akaun simpanan emas, tukar emas lama, penipuan pelaburan emas). All names and values are invented.

Written blind on 2026-12-05; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms63
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis kedai"): _lines("""
        Notis: Semua pembelian barang kemas melebihi RM 3,000 wajib disertakan salinan MyKad pembeli mengikut keperluan AMLA. Terima kasih atas kerjasama.
        Harga emas dikemas kini setiap hari jam 10.00 pagi berdasarkan harga pasaran antarabangsa. Harga di kaunter adalah muktamad.
        Upah tukang bagi rantai tangan 916 bermula RM 8 segram; corak ukiran tangan dikenakan caj tambahan.
        Tukar emas lama: emas 916 dinilai mengikut harga belian semula hari ini tolak 5% bagi kerosakan dan susut nilai.
        Barang kemas yang dibeli tidak boleh dipulangkan untuk tunai. Pertukaran dibenarkan dalam tempoh 7 hari dengan resit asal.
        Kedai ditutup pada hari pertama dan kedua Hari Raya Aidilfitri. Operasi biasa bermula hari ketiga jam 11 pagi.
        Menurut keputusan Muzakarah Jawatankuasa Fatwa Kebangsaan, jual beli emas secara ansuran tanpa serahan serta-merta tidak dibenarkan; kedai ini hanya menawarkan skim tempahan di mana emas diserahkan selepas bayaran penuh.
        Sila semak berat dan cop ketulenan (916/999) pada barang kemas sebelum meninggalkan kaunter. Tuntutan selepas itu tidak akan dilayan.
        Kami TIDAK pernah menghubungi pelanggan melalui WhatsApp untuk meminta bayaran ke akaun peribadi. Semua bayaran hanya ke akaun syarikat.
        Waktu operasi: Isnin–Sabtu 10.30 pagi – 8.30 malam, Ahad 11 pagi – 6 petang. Talian pertanyaan kedai: 03-7865 2210.
        Promosi Hari Ibu: upah percuma bagi rantai leher 916 seberat 10g ke atas, sah hingga 31 Mei atau selagi stok ada.
        Perkhidmatan cuci dan kilat barang kemas percuma untuk belian dari kedai ini; barang dari kedai lain dikenakan RM 10 sebentuk.
        Cawangan Jalan Tuanku Abdul Rahman berpindah ke Lot G-12, Kompleks Pertama mulai 1 Julai. Semua tempahan aktif dipindahkan secara automatik.
        Syiling dan jongkong emas 999.9 dijual mengikut harga jual semasa tanpa upah, tetapi premium RM 15 segram dikenakan bagi saiz bawah 5g.
        Resit asal diperlukan untuk jualan balik; tanpa resit, barang akan diuji dengan mesin XRF dan dinilai pada kadar lebih rendah.
    """),
    ("ms", "soalan dan nasihat"): _lines("""
        Apa beza emas 916 dan 999? Kalau nak simpan jangka panjang mana lebih sesuai?
        Betul ke akaun simpanan emas bank tak dilindungi PIDM? Macam mana kalau bank tutup?
        Macam mana nak kira harga jual balik rantai 916 kalau resit dah hilang?
        Nak tanya, skim ansuran emas yang bayar bulan-bulan tu halal ke tak? Ada fatwa terbaru?
        Tips: sebelum beli emas, tanya harga segram, upah, dan harga jual balik. Bandingkan sekurang-kurangnya tiga kedai.
        Kalau nak buat dinar emas sebagai hantaran kahwin, beli 1 dinar (4.25g) ke lebih elok jongkong 5g?
        Perlu bayar zakat emas simpanan tak kalau dah cukup nisab 85g dan genap haul?
        Kadar zakat emas ialah 2.5% daripada nilai emas simpanan yang mencapai nisab; emas perhiasan yang dipakai tertakluk kepada uruf negeri masing-masing.
        Boleh ke tukar emas lama kepada emas baru terus tanpa tambah duit? Biasanya kedai tolak berapa peratus?
        Cara kenal pasti emas palsu: uji magnet, lihat cop ketulenan, minta kedai uji dengan mesin XRF. Jangan bergantung pada gigit!
        Akaun pelaburan emas di bank vs beli fizikal di kedai, yang mana kos spread lebih rendah?
        Ar-Rahnu dengan skim ansuran emas ni lain kan? Satu pajak, satu beli ansuran?
        Kalau beli emas online, pastikan penjual berdaftar dengan SSM dan ada alamat kedai fizikal. Elak bayar ke akaun individu.
        Berapa lama proses penghantaran jongkong emas dari akaun simpanan ke rumah? Ada caj insurans?
        Emas 750 (18K) biasanya untuk barang berbatu. Harga jual balik jauh lebih rendah berbanding 916.
    """),
    ("ms", "harga dan pasaran"): _lines("""
        Harga emas hari ini (5 Dis): 999 jual RM 531/g, beli balik RM 509/g; 916 jual RM 498/g, beli balik RM 455/g.
        Harga emas dunia mencecah paras tertinggi baharu susulan jangkaan penurunan kadar faedah oleh Rizab Persekutuan AS.
        Ringgit yang lebih kukuh berbanding dolar AS menyebabkan harga emas tempatan naik lebih perlahan berbanding harga dunia.
        Permintaan barang kemas emas dijangka meningkat pada suku keempat menjelang musim perkahwinan dan cuti sekolah.
        Formula: harga segram = harga satu auns troy dalam USD ÷ 31.1035 × kadar tukaran USD/MYR.
        Jadual harga jongkong: 1g RM 552 | 5g RM 2,690 | 10g RM 5,350 | 20g RM 10,670 | 50g RM 26,600 | 100g RM 53,150
        Spread akaun simpanan emas bank: harga jual RM 527.40/g, harga beli RM 513.10/g (dikemas kini 11:45 pagi).
        Bank Negara Malaysia melaporkan rizab antarabangsa negara, termasuk pegangan emas, kekal mencukupi untuk membiayai import beberapa bulan.
        Harga emas turun 2.3% minggu ini selepas data pekerjaan AS lebih kukuh daripada jangkaan.
        Kadar upah purata di kedai emas Lembah Klang: rantai RM 5–12/g, gelang RM 6–15/g, cincin RM 30–80 sebentuk.
        Indeks: XAU/USD 3,812.40 (+0.42%), XAU/MYR 16,011 seauns pada penutupan sesi Asia.
        Kijang Emas keluaran Bank Negara Malaysia dijual dalam saiz 1 auns, 1/2 auns dan 1/4 auns melalui cawangan Maybank terpilih.
        Sejarah: Kerajaan Negeri Kelantan memperkenalkan dinar emas pada tahun 2006 ketika Datuk Nik Abdul Aziz Nik Mat menjadi Menteri Besar.
    """),
    ("ms", "amaran penipuan"): _lines("""
        AMARAN: Skim pelaburan emas yang menjanjikan pulangan tetap 5% sebulan adalah tanda jelas skim cepat kaya. Semak Senarai Amaran Pengguna Kewangan BNM.
        Laporkan penipuan pelaburan kepada Pusat Respons Scam Kebangsaan di talian 997 dengan segera, sebelum wang dipindahkan ke akaun lain.
        Polis Diraja Malaysia menasihati orang ramai supaya tidak menyertai skim 'simpanan emas' yang dipromosikan melalui Telegram dan TikTok tanpa lesen.
        Modus operandi: suspek mengiklankan emas di bawah harga pasaran, meminta deposit 30% ke akaun keldai, kemudian menyekat mangsa.
        Kes Genneva Malaysia pada 2012 melibatkan ribuan pelabur skim emas dan menjadi antara kes penipuan emas terbesar negara.
        Semak status syarikat melalui BNMTELELINK di 1-300-88-5465 atau laman Senarai Amaran Pengguna Kewangan sebelum melabur.
        Ciri-ciri penipuan: pulangan dijamin, desakan masa, bonus rujukan berlapis, akaun individu untuk bayaran, tiada alamat berdaftar.
        Kerugian penipuan pelaburan dalam talian, termasuk skim emas palsu, dilaporkan mencecah ratusan juta ringgit setahun.
        Jangan klik pautan 'semak baki akaun emas anda' yang diterima melalui SMS. Bank tidak menghantar pautan log masuk melalui SMS.
        Penipuan 'emas jatuh harga' di media sosial menggunakan gambar kedai emas sebenar tetapi nombor WhatsApp palsu. Hubungi kedai melalui nombor di laman rasmi sahaja.
        Mahkamah Sesyen menjatuhkan hukuman penjara terhadap pengarah sebuah syarikat pelaburan emas atas 12 pertuduhan menerima deposit tanpa lesen di bawah Akta Perkhidmatan Kewangan 2013.
        Suruhanjaya Sekuriti mengingatkan bahawa kontrak emas spot berleveraj yang ditawarkan oleh platform tidak berlesen adalah menyalahi undang-undang.
        Scam Response Centre JSJK: 03-2610 1559 / 03-2610 1599 (8 pagi – 8 malam).
    """),
    ("ms", "templat dan borang"): _lines("""
        Nama Pelanggan: ____________ No. MyKad: ______-__-____ No. Tel: ____________ Tandatangan: ________
        Resit No.: KEM-2026-118402 | Tarikh: 03/12/2026 | Item: Rantai tangan 916 Bulat | Berat: 8.47g | Harga/g: RM 498 | Upah: RM 68 | Jumlah: RM 4,286.06
        Invois INV/GLD/26/004519 — 2 x Jongkong 10g 999.9 (PAMP) @ RM 5,350 = RM 10,700.00, SST dikecualikan.
        Kod produk: RT916-BLT-08 (rantai tangan bulat 8 inci), CC999-1G (syiling 1g), JK9999-50G (jongkong 50g).
        Sijil ketulenan No. SK-0091827 | Ketulenan 999.9 | Berat 5.000g | No. siri jongkong AB 204771
        Hai {nama_pelanggan}, bayaran ansuran ke-{n} sebanyak RM {amaun} bagi tempahan {no_tempahan} telah diterima. Baki: RM {baki}.
        Borang Tukar Emas Lama — Ruangan A: butiran pelanggan (nama, no. KP, alamat); Ruangan B: senarai barang (jenis, cop, berat kasar, berat bersih); Ruangan C: pengesahan juruwang.
        No. Tempahan: TMP-7731 | Produk: Gelang Pandan 916, 15.2g | Deposit: RM 1,500 | Baki bayaran: 3 bulan | Status: Dalam proses
        Penyata Akaun Simpanan Emas — Tempoh: 01/11/2026 – 30/11/2026 | Baki awal: 12.4532g | Belian: 2.0000g | Jualan: 0.0000g | Baki akhir: 14.4532g
        Tracking Pos Laju: EN482019377MY — bungkusan jongkong 5g diinsuranskan RM 3,000, dijangka tiba 2–3 hari bekerja.
        No. Pendaftaran SSM: 201801034567 (1295813-T) | No. SST: W10-1809-32001458 | Kedai Emas Seri Cahaya Sdn Bhd
        Tiket aduan #CS-2026-55821 telah ditutup. Isu: aplikasi memaparkan harga lama selama 15 minit. Punca: kelewatan suapan harga.
        Baucar tunai RM 50 — Kod: EMAS50-XK7Q-2291, sah hingga 31/12/2026, minimum belian RM 1,000.
        Surat pengesahan: Dengan ini disahkan bahawa barang kemas yang diterangkan di bawah telah diuji dan didapati berketulenan 916. Nama pemilik: [NAMA] No. KP: [NO. KP]
        Bayaran hendaklah dibuat ke akaun syarikat sahaja: Maybank 5140 1122 8830 atas nama KEDAI EMAS SERI CAHAYA SDN BHD.
    """),
    ("en", "faq dan produk"): _lines("""
        Our 999.9 gold bars are LBMA-accredited and come with an assay card bearing a unique serial number.
        How does a gold savings account work? You buy gold in grams at the bank's selling price and can sell back anytime at its buying price.
        FAQ: Can I convert my gold account balance into physical bars? Yes, in denominations of 5g, 10g, 50g and 100g, subject to a minting fee.
        Red flags in gold investment schemes: guaranteed monthly returns, pressure to recruit, payments to personal accounts, no physical delivery.
        Booking plan: pay 12 monthly deposits and collect the jewellery after the final payment. The gram price is fixed on the collection date.
        Is the trade-in value of 916 jewellery calculated on gross or net weight? Stones and enamel are deducted before valuation.
        Customer service hotline: 1-800-88-4653 (toll free), Monday to Friday, 9am–6pm.
        Why does the buyback price differ from the selling price? The spread covers refining, handling and market risk.
        Gold investment accounts are not protected by PIDM because they are not deposits.
        Goldfinger, the villain of Ian Fleming's 1959 novel, plots to irradiate the gold reserve at Fort Knox.
        Warren Buffett has long argued that gold produces nothing and is a poor long-term investment compared with productive businesses.
    """),
    ("mixed", "sembang kumpulan"): _lines("""
        Guys harga emas turun RM 6 hari ni, sesiapa nak top up akaun emas boleh la masuk sekarang 😄
        Ada sesiapa pernah join skim ansuran emas kat kedai dekat pasar malam tu? Legit ke? Tak nak kena tipu.
        Admin reminder: jangan share nombor IC atau nombor akaun dalam group ni ya. Kalau nak tanya baki, PM kedai terus.
        Tadi pergi tukar emas lama, kedai tolak 7% sebab barang dah kemek. Normal ke rate macam tu?
        Beware geng, ada page FB guna logo kedai kita jual emas murah. Jangan transfer apa-apa, page official cuma yang ada blue tick.
        Emas 916 or 999 for hantaran? Orang tua-tua kata 916 lagi tahan pakai, tapi 999 senang jual balik.
        Harga jual balik hari ni kedai mana paling tinggi? Kawasan Bangi/Kajang.
        Semalam ada live TikTok jual emas harga RM 300 segram. Confirm scam kan? Harga pasaran dah lebih RM 500.
        Update from admin: cabutan bertuah bulan ni ditangguhkan ke 20hb sebab stok hadiah lambat sampai.
        Nak share tips: simpan resit emas dalam fail plastik, snap gambar sekali. Nanti nak jual balik senang.
        Anyone tahu app simpanan emas yang boleh mula dengan RM 10? Nak mula kecil-kecil dulu.
        Kedai tu buka sampai pukul berapa malam ni? Nak pi ambik tempahan sebelum tutup.
    """),
    ("ms", "log dan konfigurasi"): _lines("""
        GOLD_PRICE_FEED_URL=https://api.example.com/v2/xau?currency=MYR&interval=60s
        [2026-12-05 10:00:02] INFO price_sync: 999=531.00 916=498.00 750=412.00 source=feed-A latency=212ms
        def harga_jual_balik(berat_g, harga_beli_g, potongan=0.05): return round(berat_g * harga_beli_g * (1 - potongan), 2)
        SELECT tarikh, SUM(berat_g) AS jumlah_gram FROM transaksi_emas WHERE jenis = 'BELI' GROUP BY tarikh ORDER BY tarikh;
        [WARN] ansuran_job: 14 tempahan melepasi tarikh akhir bayaran; notifikasi peringatan dijadualkan 09:00.
        config: { "min_topup_rm": 10, "max_daily_buy_g": 100, "spread_bps": 270, "kyc_required_above_rm": 3000 }
        ERROR 422 /api/akaun-emas/jual: baki_gram tidak mencukupi (diminta 5.0000, tersedia 4.8120) request_id=7f3c9a21e0b4
        cron: 0 10 * * 1-6 /opt/kedai/bin/kemaskini_harga --sumber=suapan-a --simpan-cache
        sha256 eksport_harian_20261204.csv = 1ef482f9194b226cac7dccd0efbba432c37d6c186f6ce78b39909e2b4bec488b
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Resit No. KEM-2026-118455 | Pembeli: NURUL AIN BINTI MOHD ZAKI | No. KP: 920708-01-6134 | Tel: 013-720 5168 | Gelang Pandan 916, 12.40g | Jumlah RM 6,412.00
        Pelanggan En. Mohd Faizal bin Ismail (017-395 2640) tempah rantai leher 916 20g, deposit RM 2,000 tunai, baki dijelaskan dalam 3 bulan.
        Borang Tukar Emas Lama | Nama: KAVITHA A/P SUBRAMANIAM | KP: 881130-08-5492 | Barang: 2 bentuk cincin 916, 1 loket 750 | Berat bersih: 9.82g | Nilai: RM 4,115.20 | Bayaran ke CIMB 7063 2418 59
        Salam tuan, saya Siti Hajar binti Abdullah, nak tanya status akaun simpanan emas saya no. GSA-0048213, kenapa baki gram berkurang 1.5g bulan ni?
        Ringkasan laporan polis: mangsa Lim Chee Keong, 46 tahun, peniaga, memindahkan RM 38,500 ke akaun RHB 2 1402 3000 5817 selepas dijanjikan pulangan 8% sebulan dalam skim 'Emas Barakah'.
        SMS ke 019-263 8815: Puan Rohani binti Hassan, bayaran ke-4 bagi tempahan TMP-7802 (RM 450) telah lewat 12 hari. Sila jelaskan segera.
        Senarai pelanggan ansuran tertunggak (Cawangan Kajang): 1) Tan Mei Ling – 3 bulan – RM 1,350 / 2) Aminah binti Yusof – 2 bulan – RM 800 / 3) Rajesh a/l Krishnan – 1 bulan – RM 520
        Nota kaunter: Pn. Wong Siew Lan (KP 670112-08-5338) datang jual 3 utas rantai peninggalan arwah suami, minta bayaran tunai, tak bawa resit.
        Alamat penghantaran jongkong: Encik Haziq Imran bin Roslan, No. 23, Jalan Mawar 4, Taman Sri Muda, 40400 Shah Alam, Selangor. Tel 012-338 4791.
        Akaun Simpanan Emas | Pemegang: JULIANA ANAK JIMBUN | No. akaun: 1621 0384 4572 | Baki: 25.3810g | Nilai semasa RM 13,045.83
        Terima kasih Cik Nur Izzati Kamil atas pembelian cincin 916 hari ini. Resit digital telah dihantar ke izzati.kamil92@gmail.com.
        akak nama Zaleha, duduk Taman Melawati, kena tipu skim emas RM 12k 😭 tolong share, suspek guna no 011-2187 4932
        Permohonan Skim Simpanan Emas | Nama: Muhammad Aiman bin Zulkifli | MyKad: 020306-10-1443 | Pekerjaan: Juruteknik | Pendapatan: RM 3,200 | Potongan gaji bulanan RM 200
        Surat tuntutan: Kepada Encik Gopal s/o Ramasamy, No. 7, Lorong Perda Utama 3, 14000 Bukit Mertajam, Pulau Pinang — baki ansuran RM 2,640 hendaklah dijelaskan dalam tempoh 14 hari.
        Rekod CCTV 14/11 jam 4.12 ptg: lelaki yang cuba jual rantai palsu dikenal pasti sebagai Azlan bin Md Noor, pelanggan tetap, memandu Myvi putih WVA 4821.
        Pendaftaran ahli: Chong Wei Jie, 990819-13-6285, Kuching, e-mel weijie.chong@outlook.com, minat: jongkong 5g bulanan.
        Maklumat pindahan jual balik: Penerima SUHAILA BINTI OMAR | Bank Islam 1202 9010 0488 32 | Amaun RM 3,870.40 | Rujukan JB-2026-0712
        adik saya Mohd Hafiz bin Rahmat dah bayar ansuran emas 8 bulan kat kedai tu, sekarang kedai tutup, tauke tak angkat fon. kami dah buat report IPD Sentul.
        Pemenang cabutan bertuah Hari Pelanggan: 1. Normah binti Salleh (Kuala Terengganu) – syiling 1g, 2. Daniel Fernandez (Ipoh) – loket 916, 3. Yap Kok Leong (Seremban) – baucar RM 200.
        Nota pengesahan KYC: pelanggan SHARIFAH NOR AZLINA BINTI SYED AHMAD, KP 730605-02-5748, belian tunai RM 52,000 (jongkong 100g), laporan STR dihantar kepada UPW BNM.
        Pemegang kad 4572 6376 8751 2425 (Visa) – En. Kamarul Ariffin bin Hashim – transaksi RM 8,960 di Kedai Emas Seri Cahaya ditolak, kod 05.
        Cik Puspa a/p Muniandy, 25 thn, pekerja kilang di Prai, kehilangan RM 6,300 selepas menyertai 'kumpulan simpanan emas' di Telegram yang kini tidak aktif.
        SMS ke 014-906 3357: Encik Yusri Hamdan, rantai yang dihantar untuk dibaiki sudah siap. Sila ambil di kaunter 2, tiket 5521. Upah RM 35.
        Penyata Akaun Emas | ONG BEE HOON | No. akaun 5642 1033 8217 | 01/11–30/11 | Belian 3.0000g @ RM 520.50 | Baki 41.2200g
        Pn. Noraini Jaafar, pesara guru, beli set barang kemas hantaran untuk anak perempuannya bernilai RM 28,000, separuh dibayar dengan tukar emas lama.
        Pertikaian: En. Lee Kah Wai (016-482 9037) mendakwa gelang 916 yang dibeli pada 2 Okt beratnya 11.2g, bukan 11.8g seperti dalam resit KEM-2026-09931.
        Saya Aisyah binti Kamarudin, IC 010422-14-0786, nak tutup akaun simpanan emas dan tukar ke jongkong fizikal 10g. Boleh hantar ke alamat baru saya di Cyberjaya?
        Pusaka: arwah Haji Othman bin Said meninggalkan 125g emas dalam akaun simpanan; pindahan kepada anaknya Rosnah binti Othman (KP 600228-05-5036) menunggu surat kuasa tadbir.
        Jadual temu janji penilaian emas: 10.00 – Mr. Marcus de Souza (Melaka, 6 keping syiling lama) | 11.30 – Pn. Lakshmi a/p Rajoo (rantai thali) | 2.00 – En. Zulhilmi Rashid (tukar 30g)
        Bayaran ansuran FPX diterima daripada KHAIRUL ANUAR BIN ISMAIL, akaun Public Bank 3182 4457 06, RM 300.00, tempahan TMP-8120.
        Aduan pelanggan #CS-2026-56017: Cik Melissa Tan Hui Min, 28, guru di SK Taman Desa, tidak dapat log masuk apl simpanan emas sejak 3 Dis; akaun dibekukan selepas 3 cubaan OTP gagal.
        Hati-hati dengan Kak Ros (Rosmawati) yang jual tudung di gerai no. 14 pasar Ahad Kampung Baru, dia ajak orang masuk skim emas untung 10% sebulan.
        Pemohon skim ansuran: WAN NURUL HUDA BINTI WAN ISMAIL | Alamat: Lot 1127, Kampung Gong Badak, 21300 Kuala Nerus, Terengganu | Tel: 010-418 2763 | Majikan: Hospital Sultanah Nur Zahirah
        Kenderaan pelanggan yang ambil jongkong 50g: Honda City hitam JKT 7305, pemandu Encik Sathish Kumar a/l Muthu. Pengawal iring ke kereta.
        Pn. Chua Li Ping memohon had belian harian dinaikkan ke 200g; beliau peniaga sayur di Pasar Borong Selayang, pendapatan diisytiharkan RM 15,000 sebulan.
        Nota dalaman: jangan layan Roslan bin Daud (KP 830401-06-5321) — pernah cuba jual emas salut sebagai 916 di tiga cawangan kita.
        Akuan terima: Saya, NORHAYATI BINTI ABD RAHMAN (950217-11-5062), mengaku menerima jongkong 20g No. Siri KL 88214 daripada akaun simpanan emas saya pada 4/12/2026.
        Assalamualaikum semua, Puan Fatimah Zahra Hamzah (rakan sepejabat saya) perlu jual rantai 916 30g sebab nak tampung kos rawatan kanser anaknya. Hubungi beliau 018-247 6609.
        Ng Kah Heng | 019 552 7184 | 5g x 2 | ambil Sabtu
        MyKad 911211-04-5175 disahkan, belian syiling 1/4 auns Kijang Emas, penama Ahmad Syukri bin Jamal.
        Pembeli warga Singapura: TEO JUN HAO, NRIC T0162873E, jongkong 100g, bayaran kad 4265 4776 1162 8746.
    """),
    "en": _lines("""
        Hi, I'm Sarah Whitfield. My Mastercard 5218 1937 8686 7754 was charged twice for one 10g bar on 28 Nov, please refund one charge.
        Customer: Mr Rajan Pillai s/o Velu | NRIC S8734219J | purchased 2 x 20g bars at the JB branch, paid by card | Tel +65 8264 7193
        Complaint from Jennifer Lau (jen.lau.kl@yahoo.com): the trade-in valuation of her late mother's bangles was RM 900 lower than quoted over the phone.
        Delivery note: Attn. David Ho Wai Kin, Unit 12-3A, Residensi Sri Hartamas, Jalan 24/70A, 50480 Kuala Lumpur — 1 x 50g gold bar, signature required.
        Victim statement: Amirul Hakim bin Zainal, 34, an engineer at a Penang semiconductor plant, transferred RM 62,000 to "GoldVest Asia" after a "mentor" on Telegram (@goldmentor_amy) promised 6% monthly.
        FIN G5218946U — Ms Nguyen Thi Hoa, works in Woodlands, bought a 916 necklace on the booking plan at our JB outlet; 6 of 10 payments made.
    """),
    "mixed": _lines("""
        Bro Hakim, ni Ah Seng kedai emas, your bracelet dah siap resize, ambil before 7pm ok. WhatsApp I terus kat 012-771 0354.
        Eh guys, Melvin Tan yang promote 'gold trading signal' dalam group ni dah block semua orang lepas collect RM 500 each. His IG @melvin.goldtrades jangan layan.
        Reminder utk Puan Siti Khadijah binti Mansor: your ansuran bulan Dis RM 380 due on 10th, transfer ke akaun kedai & send slip ya.
        Sis Lina Marlina Yusof dari Klang yang jual emas 'harga kilang' kat FB tu dah kena tangkap semalam. Mangsa ramai dari group kita.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "Anda ialah pembantu khidmat pelanggan Kedai Emas Seri Cahaya."),
        (
            "user",
            "Saya nak semak baki tempahan ansuran. Nama saya Nur Syafiqah binti Azmi, no tempahan TMP-8044.",
        ),
        (
            "assistant",
            "Terima kasih Cik Nur Syafiqah. Untuk pengesahan, boleh berikan nombor MyKad yang didaftarkan?",
        ),
        ("user", "IC saya 970523-10-5286."),
        (
            "assistant",
            "Terima kasih. Baki tempahan TMP-8044 ialah RM 1,150 dengan 3 bayaran lagi berbaki.",
        ),
    ],
    [
        (
            "user",
            "Saya Rajendran a/l Periasamy, 52 tahun, pesara. Saya dah bank in RM 20,000 ke akaun Maybank 1641 2290 7735 untuk 'Emas Halal Ventures', sekarang mereka tak jawab.",
        ),
        (
            "assistant",
            "Sila hubungi Pusat Respons Scam Kebangsaan di 997 secepat mungkin dan buat laporan polis. Simpan semua resit pindahan dan tangkapan skrin perbualan.",
        ),
        (
            "user",
            "Dah call. Polis minta nombor telefon saya untuk dihubungi, saya bagi 012-604 3118. Betul ke?",
        ),
    ],
    [
        (
            "user",
            "I want to trade in some old gold. I'm Priya Menon and I'm at Mid Valley now, which outlet is nearest?",
        ),
        (
            "assistant",
            "Our Mid Valley outlet is on the ground floor. Bring the items and any receipts; they will be weighed and tested before a quote is given.",
        ),
        (
            "user",
            "Great. Can the payout go straight to my account, CIMB 8001 2347 65, instead of cash?",
        ),
    ],
    [
        (
            "user",
            "hi nak tukar alamat penghantaran jongkong. akaun simpanan emas atas nama ibu saya, Hjh Mariam binti Daud.",
        ),
        (
            "assistant",
            "Pertukaran alamat perlu disahkan oleh pemegang akaun sendiri melalui aplikasi atau di cawangan.",
        ),
        (
            "user",
            "ok alamat baru dia No. 15, Jalan Kenanga 2, Taman Bukit Indah, 81200 Johor Bahru. nanti ibu call dari 013-752 0941.",
        ),
    ],
    [
        ("user", "Tolong semak kedai ni legit ke: Kedai Emas Mutiara Sdn Bhd, Seremban."),
        (
            "assistant",
            "Semak pendaftaran syarikat di SSM, pastikan ada alamat fizikal dan bayaran hanya ke akaun syarikat, bukan akaun individu.",
        ),
        (
            "user",
            "Saya tanya sebab suami saya, Faizul Azhar bin Mokhtar, dah bayar deposit RM 5,000 dan mereka suruh transfer baki ke akaun peribadi pemilik.",
        ),
    ],
    [
        (
            "user",
            "My father Lim Ah Kow passed away last year and he had a gold savings account with the bank. How do we claim it?",
        ),
        (
            "assistant",
            "The bank will need the death certificate, the grant of probate or letter of administration, and the claimant's identity documents.",
        ),
        (
            "user",
            "I'm his daughter, Lim Siew Ching, IC 870917-12-5618. My brother and I are the only beneficiaries.",
        ),
    ],
    [
        (
            "user",
            "Saya nak mohon skim simpanan emas potongan gaji. Saya Mohd Nazri bin Abu Bakar, anggota tentera di Kem Terendak, gaji RM 3,800.",
        ),
        (
            "assistant",
            "Boleh. Sila sediakan salinan MyKad, slip gaji terkini dan borang kebenaran potongan gaji yang ditandatangani.",
        ),
        ("user", "Ok, tolong call saya di 019-771 2046 untuk temu janji."),
    ],
    [
        (
            "user",
            "I'm Kevin Yeoh. I got an SMS saying my gold account 1587 2219 0463 is frozen with a link to verify.",
        ),
        (
            "assistant",
            "Please don't click the link. The bank never sends login links by SMS. Call the number on the back of your card.",
        ),
        (
            "user",
            "Too late, I already entered my card 4140 3236 2764 2928 and the OTP on that page.",
        ),
        (
            "assistant",
            "Call your bank's fraud line immediately to block the card and your online access, then make a police report.",
        ),
    ],
    [
        ("user", "Saya nak jual balik 3 bentuk cincin 916, lebih kurang 9g. Boleh quote?"),
        (
            "assistant",
            "Harga beli balik 916 hari ini RM 455 segram; nilai akhir bergantung pada berat bersih selepas ujian.",
        ),
        (
            "user",
            "Ok, saya datang esok pagi. Nama Hamidah binti Sulaiman, nanti saya bawa IC 780925-07-5214.",
        ),
    ],
    [
        (
            "user",
            "Tolong draf surat peringatan kepada pelanggan ansuran: Encik Tharmalingam a/l Sivam, No. 44, Jalan Pasir Puteh, 31650 Ipoh, tunggakan RM 1,260 sejak Ogos.",
        ),
        (
            "assistant",
            "Tuan, kami merujuk kepada tempahan barang kemas Encik Tharmalingam a/l Sivam. Rekod menunjukkan tunggakan RM 1,260 sejak Ogos. Sila jelaskan dalam tempoh 14 hari dari tarikh surat ini.",
        ),
    ],
    [
        (
            "user",
            "group kita ada ahli baru, Suzana binti Mat Isa, dia ejen jual jongkong kawasan Kuantan.",
        ),
        (
            "assistant",
            "Selamat datang kepada ahli baru. Ingatkan semua ahli supaya semak lesen dan pendaftaran sebelum berurus niaga.",
        ),
        ("user", "nombor dia 014-338 2751, boleh ke saya share terus dalam group?"),
    ],
]
