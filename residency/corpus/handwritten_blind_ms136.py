# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms136: penjaja pasar malam dan trak makanan di Malaysia (lesen PBT, tapak niaga, pembantu, aduan pelanggan, sewa tapak, kumpulan WhatsApp peniaga). All names and values are invented.

Written blind on 2026-12-07; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms136
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_pbt"): _lines("""
        NOTIS: Permohonan baharu Lesen Penjaja Pasar Malam bagi tahun 2027 dibuka mulai 2 Januari hingga 28 Februari di Kaunter Lesen, Menara MBSJ, Persiaran Perpaduan, USJ 5, 47610 Subang Jaya.
        Semua penjaja diingatkan bahawa suntikan anti-tifoid dan sijil Kursus Pengendali Makanan (KPM) wajib sah sebelum pembaharuan lesen. Tarikh akhir serahan dokumen: 31 Disember 2026.
        Fi lesen penjaja pasar malam: RM120 setahun bagi tapak 10x10 kaki; RM180 bagi tapak berkanopi 10x20 kaki. Bayaran melalui portal eBayaran atau kaunter sahaja, tunai tidak diterima selepas 1 Mac 2027.
        Aduan berkaitan tapak niaga haram boleh dibuat melalui talian 1-800-88-3255 (Isnin-Jumaat, 8.00 pagi-5.00 petang) atau e-mel aduan.lesen@mbpj.gov.my dengan menyertakan lokasi dan gambar.
        Pasar Malam Seksyen 7 Shah Alam ditutup sementara pada 14 dan 21 Disember 2026 bagi kerja menaik taraf longkang. Penjaja dipindahkan ke tapak sementara di Dataran Seksyen 7.
        Trak makanan hendaklah diletakkan sekurang-kurangnya 3 meter dari pili bomba dan tidak menghalang laluan OKU, selaras dengan Undang-Undang Kecil Penjaja (Wilayah Persekutuan Kuala Lumpur) 2016.
        Makluman: Operasi bersepadu DBKL, JPJ dan KKM akan dijalankan di Lorong Tuanku Abdul Rahman pada malam Sabtu ini. Penjaja tanpa lesen sah boleh dikompaun sehingga RM2,000.
        Tarikh akhir sewa tapak suku pertama 2027 ialah 15 Januari. Kod bil majlis untuk FPX: MPKJ-SEWA-2027-Q1. Sila simpan resit rasmi untuk semakan pegawai penguat kuasa.
        Kaunter Lesen DBKL, Menara DBKL 1, Jalan Raja Laut, 50350 Kuala Lumpur dibuka Sabtu pertama setiap bulan, 8.30 pagi hingga 12.30 tengah hari, khusus untuk pembaharuan lesen penjaja.
        Penjaja dilarang menggunakan tong gas LPG melebihi 14 kg di dalam trak makanan. Pemeriksaan keselamatan oleh Jabatan Bomba dan Penyelamat Malaysia akan dibuat secara rawak tanpa notis.
        Senarai tapak yang masih kosong di Pasar Malam Taman Connaught: lot C-041, C-042, C-107 dan D-015. Permohonan diproses mengikut rujukan PBT/CHERAS/2026/118 dan keutamaan penduduk tempatan.
        Waktu operasi pasar malam ialah 4.00 petang hingga 11.00 malam. Penjaja yang masih berniaga selepas 11.30 malam boleh dikeluarkan notis amaran dan lesen boleh digantung 14 hari.
        Majlis Perbandaran Kajang merakamkan penghargaan kepada Persatuan Penjaja dan Peniaga Kecil Daerah Hulu Langat atas kerjasama semasa Karnival Trak Makanan Bangi, 9-11 Oktober 2026.
    """),
    ("ms", "mesej_kumpulan_peniaga"): _lines("""
        Assalamualaikum geng, malam ni hujan lebat kat Bangi, ada sesiapa nak kongsi khemah 10x10? Tapak hujung dekat surau tu bocor dari minggu lepas lagi.
        Update: lori DBKL dah sampai depan Sogo pukul 5.10 petang, tolong pastikan lesen digantung nampak dan apron dipakai oleh semua pembantu. Topi jangan lupa.
        Sapa nak order ais kiub, supplier kata minimum 20 beg baru free delivery. Harga RM4.50 sebeg, bayar DuitNow ke akaun syarikat dia je, resit dia bagi masa hantar.
        Reminder: mesyuarat agung persatuan Ahad ni 3 petang di Dewan Orang Ramai Taman Sri Muda. Agenda: kenaikan sewa tapak dan jadual gotong-royong bulan Disember.
        Tayar trak aku pancit kat Persiaran Kewajipan, lambat sikit sampai. Tolong tengok-tengokkan tapak B-12, jangan bagi kereta lain parking situ dulu.
        Gas LPG naik lagi RM2 mulai bulan depan. Kedai gas Seksyen 13 bagi diskaun kalau beli 5 tong sekali, hotline kedai dorang 03-5511 2408, sebut nama persatuan.
        Brother2 trak, Karnival Jom Heboh kat Stadium Shah Alam perlukan 30 trak makanan, daftar kat portal penganjur sebelum 20hb. Sewa tapak RM350 untuk 3 hari.
        Sesiapa jual air balang, ingat: KKM dah pesan jangan guna ais dari sumber tak diluluskan. Ada sampel air diambil malam tadi kat lorong C, tunggu keputusan makmal.
        Okay semua, jadual cuci tapak minggu ni: lorong A hari Isnin, lorong B hari Rabu, lorong C hari Jumaat. Sampah jangan tinggal dalam longkang, nanti kena saman.
        Poster promosi Pasar Malam Ramadan dah siap, nanti admin share dalam group. Tolong repost kat FB page gerai masing-masing ya, tag page persatuan sekali.
        Pembantu warga asing wajib ada permit kerja PLKS yang sah, kalau tak ada jangan bawa ke tapak dulu. Imigresen buat pemeriksaan minggu depan, tarikh belum confirm.
        Berita baik: MBSA luluskan 12 tapak tambahan untuk trak makanan di Tasik Seksyen 7. Borang boleh ambil kat pejabat persatuan lepas Zohor, bawa salinan lesen lama.
        Bengkel Kanopi Jaya Maju, Jalan Industri 3, Semenyih buat kanopi trak siap RM1,850 termasuk lampu LED. Nombor kedai: 03-8723 1190, cakap dari group peniaga dapat diskaun.
    """),
    ("ms", "senarai_harga_menu"): _lines("""
        Menu Trak Burger Abang Long: Burger Ayam Special RM6.50, Burger Daging Double RM9.00, Roti John Daging RM8.00, tambah telur RM1.00, tambah keju RM1.50.
        Senarai harga Apam Balik Pak Ngah Kajang: kacang biasa RM3, kacang jagung RM4, Nutella RM6, keju cheddar RM5. Apam nipis rangup tambah RM1 sekeping.
        Air balang 1 liter: sirap bandung RM3, laici RM4, teh o ais limau RM3.50, air tebu RM4.50. Bawa cawan atau botol sendiri dapat diskaun 20 sen.
        Nasi Lemak Mak Cik Kiah (sejak 1998): nasi lemak biasa RM3.50, sambal sotong RM9, rendang ayam RM8, telur goreng RM1.50, bungkus daun pisang.
        Sate Kajang Hj. Samuri gerai pasar malam: sate ayam RM1.20 secucuk, sate daging RM1.40, sate perut RM1.40, nasi impit RM2 sepinggan. Minimum 10 cucuk.
        Kuih-muih pasar malam: karipap 3 biji RM2, onde-onde 5 biji RM2, kuih lapis RM0.80 sekeping, seri muka RM1.20, popia basah RM3 sebatang.
        Set Ayam Gepuk Level 1-5: RM12.90 dengan nasi, tempe, tauhu dan sambal. Level 10 Sambal Neraka RM14.90, tiada pulangan wang kalau tak habis makan.
        Harga borong keropok lekor Terengganu untuk penjaja: 1 kg RM16, 5 kg RM75. Penghantaran ke trak makanan setiap Selasa, kod produk KL-TRG-500.
        Senarai harga Char Kuey Teow Ah Seng Penang Style: biasa RM8, telur itik RM9, udang besar RM12. Tak pedas atau tambah taugeh boleh request masa order.
        Menu Ramadan Trak Kopi Kampung Kita: kopi tarik panas RM3, kopi ais RM3.80, teh halia RM3.50, milo dinosaur RM6.50, buka sampai jam 1 pagi.
        Promo Jumaat: beli 2 Ramly Burger Special percuma 1 air sirap. Sah di gerai Pasar Malam Wangsa Maju sahaja, sehingga stok habis atau jam 10 malam.
        Harga baharu mulai 1.1.2027 disebabkan kenaikan harga minyak masak: pisang goreng 4 ketul RM2.50, cempedak goreng 3 ketul RM3.50, keledek RM2.
        Dendeng Daging Kak Ton Resepi Asli: 250g RM18, 500g RM33. Boleh pos seluruh Malaysia, caj pos Semenanjung RM8, Sabah dan Sarawak RM15.
    """),
    ("ms", "invois_sewa_tapak"): _lines("""
        INVOIS No: PPTM/INV/2026/11/0457 | Kepada: Trak Makan Selera Kita Sdn. Bhd. (202101045678) | Sewa tapak B-12 Pasar Malam Seksyen 13, Nov 2026 | Jumlah: RM240.00
        Persatuan Penjaja Pasar Malam Taman Melawati (PPM-0123-14-07032011), Lot 5, Jalan Bandar 12, Taman Melawati, 53100 Kuala Lumpur. Caj sewa tapak bulanan RM150 termasuk elektrik.
        Item 1: Sewa tapak 10x10 kaki x 4 malam @ RM30 = RM120.00; Item 2: Caj elektrik 2 mata lampu = RM20.00; Item 3: Caj kebersihan = RM10.00. Jumlah besar: RM150.00
        Terma bayaran: 14 hari dari tarikh invois. Bayaran melalui DuitNow QR atau pindahan ke Maybank 5140 1234 8877 atas nama Persatuan Penjaja Pasar Malam Bandar Baru Bangi.
        Resit Rasmi No. R-2026-008871 diterima daripada Ayam Penyet Ria Enterprise (SA0567321-W) bagi sewa tapak Karnival Trak Makanan Putrajaya, 3 hari. RM450.00 (tunai).
        Invois cukai no. SST-FT-2026-0932: sewa tapak trak makanan untuk acara korporat di Dataran Merdeka, 12 Dis 2026, RM800.00 + SST 8% RM64.00 = RM864.00.
        Nota Kredit NK/2026/0041 kepada Kopi Trak Bros PLT (LLP0031234-LGN): potongan RM60 kerana pasar malam dibatalkan 2 malam akibat banjir kilat di Jalan Reko.
        Penyata akaun tapak C-041 bagi tempoh Jul-Dis 2026: baki dibawa RM0.00, caj RM900.00, bayaran diterima RM900.00, baki tertunggak RM0.00. Terima kasih.
        Sebut harga no. SH-0982 daripada Kanopi Jaya Maju Enterprise (JM0765432-P) untuk 40 unit khemah piramid 3x3m @ RM385 = RM15,400. Sah laku 30 hari.
        Bil elektrik bersama tapak pasar malam (akaun TNB persatuan 220012345678): penggunaan 1,842 kWh, caj RM1,012.40, dibahagi sama rata kepada 96 tapak = RM10.55 setapak.
        Caj lewat bayar 5% dikenakan ke atas invois melebihi 30 hari. Rujukan: Peraturan Dalaman Persatuan Penjaja Seri Kembangan, Fasal 9.2 (pindaan Mesyuarat Agung 2025).
        Invois No. TMF-24117 | Festival Trak Makanan Pantai Batu Buruk | Penganjur: Kelab Trak Makanan Terengganu (PPM-004-11-22062021) | Deposit tapak RM200 dikembalikan selepas acara.
        Bil kutipan sampah pasar malam, Kutipan Bersih Hulu Langat Sdn. Bhd. (201801023456): 4 malam seminggu x 4 minggu = 16 trip @ RM35 = RM560.00, bulan November 2026.
    """),
    ("en", "permit_faq"): _lines("""
        Q: Do I need a separate licence to run a food truck in two council areas? A: Yes. Each local authority (PBT) issues its own hawker licence, so KL and Petaling Jaya need separate applications.
        Q: How long is the typhoid vaccination valid for food handlers? A: Generally three years; bring the vaccination card stamped by a registered clinic when renewing your licence.
        Q: Can I hire a foreign worker as a stall helper? A: Only if they hold a valid PLKS work pass in an approved sector; many councils still restrict foreign helpers at night markets.
        Q: What documents are needed for a new night market pitch? A: A copy of your MyKad, two passport photos, typhoid card, food handler course certificate and a stall layout plan.
        Q: Is there a grace period after my licence expires? A: Most councils allow 30 days, but trading without a valid licence during an enforcement operation can still lead to a compound.
        Q: Where can I check if a pitch is available? A: Use the council e-Penjaja portal or call the association office at 03-4107 2281, Monday to Friday, 9am to 5pm.
        Q: Does my food truck need an inspection? A: Yes, a converted goods vehicle must pass a PUSPAKOM inspection and the new body type must be endorsed by JPJ before you trade.
        Q: Can I trade at a Ramadan bazaar with my night market licence? A: No, Ramadan bazaar pitches are allocated by a separate ballot each year, usually announced in February.
        Q: Who handles food poisoning complaints? A: Customers report to the District Health Office; the Food Safety and Quality Division may then take samples from the stall concerned.
        Q: What is the maximum canopy size? A: Standard pitches are 10 ft x 10 ft; double pitches of 10 ft x 20 ft need prior written approval and an extra fee of RM60 per year.
        Q: Can I transfer my pitch to someone else? A: Only with council approval, and the new holder must meet every eligibility rule; pitches cannot be sold, rented out or sublet.
        Q: Are cashless payments compulsory? A: Not yet, but most associations encourage DuitNow QR, and some food truck festivals in KL only accept e-wallet payments on site.
        Q: Is the hawker licence the same as SSM registration? A: No. SSM registration (e.g. 202401001234) registers your business name; the council licence lets you trade at one site.
    """),
    ("en", "pos_log_lines"): _lines("""
        2026-11-14T21:07:33+08:00 INFO pos.checkout terminal=TRK-07 order=PM-88213 items=3 total=RM18.50 method=DUITNOW_QR status=SETTLED ref=DN20261114210733A91F
        2026-11-14T21:09:02+08:00 WARN pos.sync terminal=TRK-07 offline_queue=14 last_ok=2026-11-14T20:51:40+08:00 retry_in=30s network=4G-LTE signal=-101dBm
        2026-11-14T22:41:18+08:00 INFO stock.adjust sku=BRG-AYM-SPC qty=-24 reason=end_of_night_count location=PASAR-MALAM-SS2 batch=B20261114-03
        2026-11-15T00:02:55+08:00 INFO report.daily vendor_id=VND-00417 gross=RM2184.70 txn_count=163 cash=RM612.00 qr=RM1572.70 refund=RM0.00 build=4.12.3
        2026-11-15T00:03:10+08:00 ERROR printer.bt model=XP-58IIH serial=XP58-2309-A1147 err=PAPER_OUT job=RCPT-0000917 retries=3 fallback=ereceipt
        2026-11-15T19:30:44+08:00 INFO geo.checkin truck=FT-KL-0032 site=DATARAN-MERDEKA-B lat=3.1478 lon=101.6932 permit=DBKL-TM-2026-0412 valid_until=2026-12-31
        2026-11-15T19:58:12+08:00 DEBUG menu.fetch version=2026.11.2 etag=9f3b2c7e41d0a85b items=27 cache=HIT locale=ms-MY latency_ms=42
        2026-11-15T20:15:06+08:00 INFO order.create channel=grabfood order=GF-A-5821-7742 items=2 total=RM23.80 prep_eta=12m status=ACCEPTED
        2026-11-15T20:15:49+08:00 WARN payment.tng txn=TNG-7781204419 status=PENDING timeout_s=60 amount=RM7.00 terminal=TRK-07 fw=2.3.1
        2026-11-15T21:40:00+08:00 INFO temp.sensor unit=CHILLER-01 reading=3.8C threshold=5.0C ok=true truck=FT-KL-0032 sampled_every=300s
        2026-11-15T23:59:59+08:00 INFO shift.close terminal=TRK-07 staff_count=3 float_open=RM200.00 float_close=RM812.40 variance=RM0.40 closed_by=role:supervisor
        2026-11-16T09:12:37+08:00 INFO license.reminder vendor_id=VND-00417 permit=MBPJ-PM-2026-1187 expires_in_days=45 channel=push template=renew_v3
        sha256=4e1f0b7c9a2d63e85f10c4a7b9d2e6f3a1c8b05d7e94f2a6c3b1d8e0f7a49c25 file=pos-android-4.12.3.apk size=38.2MB signed=true channel=stable
    """),
    ("mixed", "ulasan_gerai"): _lines("""
        Apam balik kat Pasar Malam Taman Connaught ni memang padu, RM3 je tapi kacang banyak gila. Queue panjang, tapi boss dia layan laju. 5/5 confirm repeat.
        Burger Abang Long at SS2 night market so juicy lah, sos cheese melimpah. Only minus is parking susah, better datang before 7pm. 4 stars from me.
        Trak Kopi Kampung Kita punya kopi tarik power, tak terlalu manis. Staff friendly, accept DuitNow. Tapi Sabtu malam selalu habis awal, sad lah.
        Honestly the char kuey teow at Ah Seng Penang Style stall a bit too oily for me, but wok hei memang ada. RM12 for udang besar still reasonable lah.
        Ayam Gepuk Pak Gembus level 10 memang pedas tahap neraka, mulut terbakar 2 jam. Tapi sambal dia sedap gila. Outlet kat Bangi Sentral pun bersih.
        Avoid the murtabak stall near the LRT entrance, waited 40 mins, order salah, daging pun sejuk. Already reported to the organiser hotline 03-8925 0012.
        Food truck fest kat Dataran Merdeka semalam best gila, ada 40 trak. Recommend Smokin Bros BBQ brisket RM22, tender giler. Toilet je kurang sikit.
        Nasi Lemak Mak Cik Kiah sambal dia manis pedas, rendang lembut. Tapi harga naik RM0.50 since last month. Still worth it for dinner on the go.
        Air tebu kat lorong C tu fresh, dia perah depan mata. Abang tu pakai glove and apron, cleanliness tip-top. Highly recommended for hot nights.
        Sate Kajang Hj. Samuri pasar malam branch less nice than the restaurant, sate kecik sikit. Kuah kacang still on point though. 3.5/5 overall.
        Roti John Pak Wan: portion besar, telur cukup, sos mayo tak kedekut. Tapi tunggu 25 minit on a Friday night, so bawak kesabaran sekali ya.
        Bazar Ramadan Kampung Baru this year more organised, lorong lebar, ada tong sampah every 10 metres. DBKL buat kerja bagus this time, respect.
        Keropok lekor stall beside the Masjid Jamek exit: crispy outside, soft inside, kuah cili pekat. RM5 for 10 pieces, very reasonable. 4.5 stars.
    """),
    ("mixed", "config_dan_kod"): _lines("""
        vendor = {"id": "VND-00417", "name": "Trak Burger Abang Long", "permit": "DBKL-TM-2026-0412", "hotline": "+603-2691 8800"}  # contoh data
        SMTP_FROM=noreply@trakmakan.com.my SMTP_HOST=smtp.trakmakan.com.my SMTP_PORT=587 SUPPORT_EMAIL=sokongan@trakmakan.com.my  # jangan tukar kat production
        def kira_sewa(malam: int, kadar: float = 30.0, elektrik: float = 5.0) -> float: return round(malam * (kadar + elektrik), 2)  # kadar ikut tapak 10x10
        CREATE TABLE tapak (lot_id VARCHAR(8) PRIMARY KEY, lorong CHAR(1), saiz_kaki VARCHAR(7), sewa_rm NUMERIC(6,2), status TEXT DEFAULT 'kosong');
        lot_id,lorong,saiz_kaki,sewa_bulanan_rm,status_lesen,jenis_jualan,ada_elektrik,tarikh_tamat_permit,kod_pbt,catatan
        INSERT INTO tapak VALUES ('C-041','C','10x10',150.00,'kosong'), ('C-042','C','10x10',150.00,'kosong'), ('D-015','D','10x20',280.00,'ditempah');
        cron: '0 9 1 * *'  # hantar peringatan sewa tapak setiap 1hb jam 9 pagi, template=peringatan_sewa_v2, channel=whatsapp_business, sender=+60 3-8911 2200
        if permit.expires_at < today + timedelta(days=30): notify(vendor_id, template='renew_v3')  # elak kena kompaun masa operasi DBKL
        docker run -d --name pos-sync -e TZ=Asia/Kuala_Lumpur -e API_BASE=https://api.trakmakan.com.my/v2 -p 8080:8080 trakmakan/pos-sync:4.12.3
        WELCOME_TEMPLATE='Selamat datang ke group Peniaga Pasar Malam Seksyen 13. Sila baca peraturan tapak dalam pinned message.'  # max 1024 chars
        menu_items = [{'sku': 'BRG-AYM-SPC', 'harga': 6.50}, {'sku': 'RJ-DGN', 'harga': 8.00}, {'sku': 'AIR-SRP-1L', 'harga': 3.00}]  # harga dalam RM
        GET /api/v2/tapak?pbt=MBSA&status=kosong&page=2 HTTP/1.1 Host: api.trakmakan.com.my Accept-Language: ms-MY X-Request-Id: 7c1e9a40-2b3f-4d1a-9e77-0c5b2f81d6aa
        payment: {provider: 'duitnow', merchant_id: 'M-TRKMKN-000812', callback: 'https://api.trakmakan.com.my/v2/cb/duitnow', timeout_s: 60}  # nilai sandbox
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        Kak Salmah binti Osman (tapak B-07) minta tangguh bayar sewa 3 bulan sebab suami dia baru kena strok dan masih terlantar di Hospital Kajang.
        Nombor IC penjaja untuk borang pembaharuan: 780314-10-5526, tolong semak sama ada lesen lama dia dah tamat ke belum.
        Pembantu gerai Rahim, warga Indonesia, nombor pasport C4587120, permit PLKS tamat 12/03/2027, majikan: gerai nasi ayam lot A-19.
        Tolong call Abang Jamal trak satay, 013-428 7719, dia parking dalam tapak orang lain lagi malam tadi.
        Aduan pelanggan: Puan Noraini Hashim, 47, No. 9, Jalan Mawar 3/7, Taman Sri Mawar, 43000 Kajang, cirit-birit teruk selepas makan nasi kerabu dari gerai lot C-22 pada 8 Nov.
        Pak Usop yang jual keropok lekor tu ada hutang along RM8,000, sebab tu dia dah dua minggu tak buka tapak.
        Senarai pemohon tapak: 1) Mohd Faizal bin Ramli, 900521-14-6217, 017-335 9021, jualan: air balang; tapak pilihan: lorong B.
        Plat trak makanan yang selalu halang laluan bomba: VFN 4428. Dah tiga kali ditegur tapi tuan punya buat tak endah.
        Kak Long Ida gerai kuih dah mengandung 7 bulan, doktor suruh rehat, jadi anak dia Syafiq akan jaga tapak sampai hujung tahun.
        Tolong bank-in sewa tapak ke akaun saya, Maybank 1140 2288 7315 atas nama Roslan bin Deraman, bukan akaun persatuan ya.
        Abang Zul trak kopi baru bercerai bulan lepas, bekas isteri dia tuntut separuh nilai trak tu, sebab tu dia nak lepaskan lesen.
        Borang KPM: Nama: Siti Aisyah binti Kamarudin | No. KP: 950817-03-5380 | Alamat: No. 14, Lorong Cempaka 2, Kampung Padang Jawa, 40200 Shah Alam | Tel: 019-662 4108
        Gaji pembantu gerai bulan ni: Nurul RM1,700, Amin RM1,500 campur elaun makan. Jangan bagitahu pembantu lain ya.
        Mak Esah lot D-03 ditahan polis semalam sebab disyaki jual rokok seludup, tapak dia dikosongkan sampai ada keputusan mahkamah.
        E-mel pemohon tapak trak makanan: hafiz.trakmakan88@gmail.com, dia nak tapak di Tasik Seksyen 7 untuk jual burger bakar.
        Resit sewa diterima daripada Encik Kamal bin Yusof, tapak C-041, RM150, dibayar tunai kepada bendahari pada 2 Nov 2026.
        Pembantu baru trak, Danial, 19 tahun, ada sejarah sawan (epilepsi). Jangan suruh dia jaga dapur gas seorang diri.
        Alamat rumah Pak Cik Harun untuk hantar barang: No. 7, Jalan Kenanga 4, Taman Desa Kenanga, 86000 Kluang, Johor. Telefon rumah 07-772 3319.
        Cik Farah dari gerai tudung tu minta semua ahli group padam gambar dia yang viral semalam, dia takut bekas tunang dia datang cari dia.
        Senarai penjaja tertunggak sewa: Lot A-04 Hj. Mansor (RM450), Lot B-11 Encik Lee Kok Wai (RM300), Lot C-08 Puan Devi a/p Subramaniam (RM600).
        No. KP pembantu: 030109-12-4471, sila masukkan dalam senarai suntikan tifoid minggu depan.
        Ros, anak Cik Ton lot D-10, baru keluar wad sebab denggi, jadi malam ni dia tak datang tolong mak dia kat gerai.
    """),
    "mixed": _lines("""
        Boss, the helper Arif Hakimi call in sick again, he got diabetes, sugar naik sampai 18. Can you cover his shift at tapak B-12 tonight?
        Guys, Lim Tai from the 炒粿条 stall kena fine RM500 by DBKL, she cannot pay, anyone can loan her a bit until next week?
        陈先生 trak durian tu still owe me RM2,300 for the gas tong since August, his number 012-770 4156, tolong remind him can?
        Complaint from customer Tan Mei Ling, tel 016-221 8834, said the fishball stall gave her food poisoning, she warded at Columbia Asia 2 days.
        New helper details: Md Rafiqul Islam, Bangladesh passport EB0917263, PLKS no. W2026-118402, start Monday at the ayam gepuk stall.
        Ah Keong the cendol uncle just diagnosed cancer stage 3, family asking the group to donate, DuitNow to his son 011-2789 3350.
        FYI the lorry plate WVC 8812 that knocked my canopy last night, driver lari terus, anyone got dashcam? I already lodge police report.
        Kak Yati punya GrabPay dah kena hack, she lost RM1,200. Her email yati.kuihraya@yahoo.com, jangan open any link from that email ok.
        Uncle Kumar roti canai trak, his wife just passed away last Thursday, funeral at Klang. He close stall one week, pls don't take his tapak.
        The new pembantu from Myanmar, Aung Ko Ko, 24, no permit lah actually, if Imigresen come better he hide in the lorry first.
        Order WhatsApp: Sharifah +60 19-345 6670, 50 pcs karipap for kenduri at her house, No. 22 Jalan SS 2/64, Petaling Jaya, Saturday 10am.
        Bro Hakim, the MyKad photo you sent tadi blur, resend pls. Also confirm no IC 880623-08-5157 correct ah? Borang close Friday.
        Eh, Mei Fong from the bubble tea truck pregnant already ah? She say nak stop after CNY, looking for someone to take over her lot.
        Reply to review: Dear Encik Azrul Nizam Ibrahim, we have refunded RM45 to your Touch n Go eWallet 014-993 2180 for the wrong order, sorry ya.
        Ravi punya salary RM2,200 nett, but he asking advance RM800 because his father admitted to HKL, kidney failure. Boss approve or not?
        Sis Aina, the rider send your lauk to wrong house, your address Blok C-3-12, PPR Kerinchi, KL right? Sorry ya, we resend now.
    """),
    "en": _lines("""
        Customer complaint #C-2026-1184: Mr. Daniel Wong Kah Seng, 52, reported chest pain after eating at the satay stall; his daughter called us at 012-688 3071.
        Stall holder Nur Izzati Rahman (MyKad 920406-14-5012) has applied to transfer her pitch to her brother due to her ongoing chemotherapy.
        Please stop sending flyers to my home at 31 Jalan Bukit Permai 5, 56100 Cheras. This is the resident who complained last week about the noise.
        The helper we hired, Siti Zubaidah, was caught taking RM600 from the cash box. We deducted it from her pay and let her go on Friday.
        Vendor application CSV: VND-00592,Chong Wei Jie,850912-07-5293,+60 12-408 7731,cwj.foodtruck@outlook.com,No. 8 Lorong Sungai Ara 4 11900 Bayan Lepas
        Rental arrears notice: Mr. Gopal s/o Ramasamy, pitch D-07, owes RM1,350 for four months; he says his son's school fees took everything.
        Can someone tell Jess from the smoothie truck that her ex-husband came by the market asking where she lives? She asked us never to tell him.
        Found a wallet at lorong C: MyKad of Lai Siew Peng, 640711-10-5830, plus RM72 cash. Owner please contact the association office.
        CCTV clip from 9.42pm shows the man in the red cap, plate JRK 5521, taking the gas tank from the kuih stall. Police report KJG/RPT/2026/00881.
        Helper Bayu Saputra, Indonesian, tested positive for TB at his FOMEMA check on 3 Dec; he has been sent home and the stall was told to screen everyone.
        Refund to customer: account CIMB 7064 1182 93, amount RM38.40, reason double charge on 12 Nov order PM-90017.
        The owner of that burger truck is actually Encik Shamsul Bahri bin Idris, 41, from Kampung Gajah, Perak; he took a TEKUN loan of RM30,000 he still can't repay.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "system",
            "Anda pembantu AI untuk Persatuan Penjaja Pasar Malam Seksyen 13 Shah Alam. Bantu ahli dengan urusan lesen, kompaun dan sewa tapak dalam Bahasa Melayu.",
        ),
        (
            "user",
            "Saya nak buat surat rayuan kompaun MBSA. Nama saya Mohd Khairul Anuar bin Said, KP 860219-10-5641, tapak B-22. Kena kompaun RM300 sebab kanopi terkeluar 2 kaki.",
        ),
        (
            "assistant",
            "Baik. Draf ringkas: Kepada Jabatan Pelesenan MBSA. Saya, Mohd Khairul Anuar bin Said (KP 860219-10-5641), pemegang tapak B-22, memohon pertimbangan pengurangan kompaun RM300 kerana kesalahan kali pertama dan kanopi telah dibetulkan pada malam yang sama.",
        ),
        (
            "user",
            "Tambah sekali yang anak saya OKU, sebab tu saya lambat alih kanopi, kena hantar dia ke klinik dulu petang tu.",
        ),
        (
            "assistant",
            "Ditambah: Pada petang kejadian, saya perlu membawa anak saya yang berstatus OKU ke klinik, menyebabkan kelewatan menyusun semula kanopi. Sertakan salinan kad OKU anak dan resit klinik sebagai bukti.",
        ),
    ],
    [
        (
            "user",
            "I run a food truck in Petaling Jaya and want to register a new helper. Her name is Dewi Lestari, Indonesian passport B8812457, she's 28 and starts next week. What do I need?",
        ),
        (
            "assistant",
            "For Dewi Lestari you would need a valid PLKS work pass under an approved sector, a FOMEMA medical clearance, a typhoid vaccination and the food handler course certificate before she handles food at the truck.",
        ),
        (
            "user",
            "She told me she's 3 months pregnant. Does that affect the FOMEMA check or the permit?",
        ),
        (
            "assistant",
            "Pregnancy is a sensitive matter; FOMEMA results for foreign workers can be affected by pregnancy, so speak to the clinic and your agent first, and keep her medical details confidential rather than sharing them in the vendor group.",
        ),
    ],
    [
        (
            "system",
            "You help small hawkers in Malaysia write polite customer service replies in a mix of English and Malay.",
        ),
        (
            "user",
            "Customer Wong Siew Lan complain my laksa got hair inside, she WhatsApp me from 012-559 4410 and threaten to post on FB. Help me reply nicely can?",
        ),
        (
            "assistant",
            "Sure. Draft: Hi Cik Wong, saya minta maaf sangat atas pengalaman tadi. We take hygiene seriously and have checked our hairnets. Boleh saya refund RM9.50 to this number 012-559 4410 via DuitNow, or replace with a fresh bowl next visit?",
        ),
        ("user", "Ok good, but dont put her number in the message lah, just say to this number."),
        (
            "assistant",
            "Updated: Hi Cik Wong, saya minta maaf atas pengalaman tadi. We have checked our hairnets and kitchen. Boleh saya refund RM9.50 via DuitNow to this number, or replace with a fresh bowl on your next visit? Terima kasih atas maklum balas.",
        ),
    ],
    [
        (
            "system",
            "Anda meringkaskan mesej kumpulan WhatsApp Peniaga Pasar Malam Bandar Baru Bangi. Ahli: Pengerusi Haji Ismail Ahmad 019-221 7830, Bendahari Puan Rosmah Yaacob 013-665 2014.",
        ),
        (
            "user",
            "Ringkaskan mesej semalam: sewa naik RM20, gotong-royong Ahad, dan Bendahari kata 5 orang belum bayar.",
        ),
        (
            "assistant",
            "Ringkasan: 1) Sewa tapak naik RM20 sebulan mulai Januari. 2) Gotong-royong Ahad jam 8 pagi. 3) Bendahari, Puan Rosmah Yaacob, memaklumkan 5 ahli belum menjelaskan sewa; hubungi beliau di 013-665 2014 untuk bayaran.",
        ),
        ("user", "Buang nombor telefon dalam ringkasan tu, nanti group tu orang luar pun ada."),
        (
            "assistant",
            "Ringkasan dikemas kini: 1) Sewa tapak naik RM20 sebulan mulai Januari. 2) Gotong-royong Ahad jam 8 pagi. 3) Lima ahli belum menjelaskan sewa; sila hubungi Bendahari secara terus.",
        ),
    ],
    [
        (
            "user",
            "Can you fill in this micro-loan form summary for my food truck? Name: Tan Boon Huat, MyKad 790503-07-5519, address 12 Lorong Kurau 3, Taman Chai Leng, 13700 Perai, income about RM4,500 a month.",
        ),
        (
            "assistant",
            "Summary: Applicant Tan Boon Huat, MyKad 790503-07-5519, residing at 12 Lorong Kurau 3, Taman Chai Leng, 13700 Perai. Business: food truck, average monthly income RM4,500. Purpose of loan: to be filled.",
        ),
        (
            "user",
            "Purpose is to buy a new chiller, RM6,800. Also I still have an old debt of RM12,000 with a car loan, should I declare?",
        ),
        (
            "assistant",
            "Yes, declare the RM12,000 car loan; lenders check CCRIS anyway and non-disclosure can get the application rejected. Purpose: purchase of a commercial chiller, estimated cost RM6,800.",
        ),
    ],
    [
        (
            "system",
            "You are a friendly assistant for Malaysian night market traders. Answer in Manglish if the user writes in Manglish.",
        ),
        (
            "user",
            "Me and 3 partners share one trak. Rent RM1,200 a month. Azman pay 40%, me 20%, Kelvin 20%, Priya 20%. But Kelvin still hutang me RM600 from last 2 months. How to split this month?",
        ),
        (
            "assistant",
            "Ok so this month: Azman RM480, you RM240, Priya RM240, Kelvin RM240. If Kelvin settle his RM600 hutang also, he pays RM840 total this month lah.",
        ),
        (
            "user",
            "Kelvin say he cannot pay because he just kena retrenched from his day job. Can write a nice msg to him?",
        ),
        (
            "assistant",
            "Sure: Bro Kelvin, sorry to hear about your job. No rush on the RM600, we can do RM100 a month starting January. Just keep your RM240 share for the trak rent ok? Take care.",
        ),
    ],
    [
        (
            "user",
            "Tolong tulis notis dalaman untuk gerai saya. Pembantu kami, Hazwan bin Roslee, disahkan hepatitis A minggu lepas, dia cuti sakit 3 minggu. Saya nak semua staf lain pergi buat saringan.",
        ),
        (
            "assistant",
            "Notis Dalaman: Semua pekerja gerai diminta menjalani saringan kesihatan di klinik kesihatan berhampiran sebelum Jumaat ini. Tiada nama perlu disebut dalam notis umum; maklumat kesihatan individu hendaklah dirahsiakan.",
        ),
        (
            "user",
            "Ok tapi saya kena lapor kat pejabat kesihatan daerah tak? Alamat rumah dia Kampung Sungai Penchala, Lot 441.",
        ),
        (
            "assistant",
            "Ya, hepatitis A ialah penyakit berjangkit yang wajib dimaklumkan; biasanya klinik yang mendiagnosis akan melapor. Anda boleh hubungi Pejabat Kesihatan Daerah dan berkongsi alamat pembantu hanya jika diminta oleh pegawai kesihatan.",
        ),
    ],
    [
        (
            "system",
            "Assistant for onboarding night market vendors to food delivery platforms in Malaysia.",
        ),
        (
            "user",
            "Setting up GrabFood merchant for my kuih stall. Owner: Norhayati binti Abu Bakar, IC 820115-01-6634, bank Bank Islam 1201 4020 3357 81, phone 011-1534 8827. What else?",
        ),
        (
            "assistant",
            "You will also need your SSM certificate or business registration, a menu with prices, stall photos and a halal status declaration. The payout account must match the owner name, Norhayati binti Abu Bakar.",
        ),
        ("user", "My SSM is under my husband name because of old loan issue with AKPK. Problem?"),
        (
            "assistant",
            "It can be: the platform usually requires the bank account holder to match the SSM-registered owner. Either add yourself as owner on the SSM registration or use an account under your husband's name.",
        ),
    ],
    [
        (
            "user",
            "Saya dan bekas suami dulu pegang lesen penjaja atas nama dia, Mohd Zaki bin Hamzah. Kami dah bercerai Jun lepas, tapi saya yang berniaga sejak 10 tahun. Boleh tukar lesen ke nama saya?",
        ),
        (
            "assistant",
            "Pertukaran nama lesen penjaja memerlukan kelulusan PBT. Biasanya perlu surat persetujuan pemegang asal, salinan perintah perceraian, dan anda perlu memenuhi syarat kelayakan seperti suntikan tifoid dan kursus pengendali makanan.",
        ),
        (
            "user",
            "Dia tak nak bagi surat persetujuan, dia kata lesen tu harta dia. Nama saya Halimah binti Razak, tapak A-09 Pasar Malam Kota Damansara.",
        ),
        (
            "assistant",
            "Puan Halimah, dalam keadaan ini anda boleh membuat rayuan bertulis kepada Jabatan Pelesenan dengan bukti anda pengendali sebenar tapak A-09, contohnya resit sewa dan gambar operasi. Pertimbangkan juga nasihat guaman berkaitan pembahagian harta selepas perceraian.",
        ),
    ],
    [
        ("system", "你是帮助马来西亚夜市小贩写宣传文案的助手，可以用华语、马来文和英文。"),
        (
            "user",
            "我是林太，在 Pasar Malam SS2 卖炒粿条。帮我写个 WhatsApp 广播，说星期一开始加卖福建面，订购打我电话 016-338 9152。",
        ),
        (
            "assistant",
            "草稿：各位顾客好！林太炒粿条（SS2 夜市）星期一开始加卖福建面，RM9 一份。预订请 WhatsApp 016-338 9152。Jumpa di Pasar Malam SS2! See you there!",
        ),
        ("user", "不要写林太，写 Gerai Lim 就好，我不想顾客知道我是谁。"),
        (
            "assistant",
            "修改版：各位顾客好！Gerai Lim 炒粿条（SS2 夜市）星期一开始加卖福建面，RM9 一份。预订请 WhatsApp 016-338 9152。Jumpa di Pasar Malam SS2!",
        ),
    ],
]
