# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms71: Bahasa Melayu bengkel motosikal dan penghantar makanan (servis, alat ganti, saman, kemalangan, akaun rider, insurans). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms71
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_bengkel"): _lines("""
        Notis: Bengkel ditutup pada 31 Ogos sempena Hari Kebangsaan dan dibuka semula 1 September jam 9 pagi.
        Promosi servis penuh RM89 untuk motosikal bawah 150cc: tukar minyak hitam, cuci karburator, laras rantai dan periksa brek. Sah sehingga 30 November.
        Motosikal yang tidak dituntut melebihi 90 hari selepas siap dibaiki akan dikenakan caj simpanan RM5 sehari.
        Harga alat ganti: pad brek depan Y15ZR RM38, set rantai dan sproket RM145, tayar 70/90-17 RM110 siap pasang.
        Sila ambil nombor giliran di kaunter. Servis ekspres (tukar minyak sahaja) siap dalam 20 minit.
        Kami terima tunai, DuitNow QR, kad debit dan ansuran 0% melalui Atome untuk pembelian alat ganti melebihi RM300.
        Waranti kerja pembaikan enjin ialah 30 hari atau 1,000 km, mana yang dahulu. Waranti tidak meliputi kerosakan akibat kemalangan atau banjir.
        Pekerja kami tidak dibenarkan menerima bayaran ke akaun peribadi. Semua bayaran mesti dibuat atas nama Bengkel Motor Sinar Jaya Sdn Bhd.
        Cawangan baharu kami di Jalan Meru, Klang kini beroperasi. Talian pejabat 03-3392 1180, Isnin hingga Sabtu 9 pagi – 7 malam.
        Stok baru tiba: minyak hitam Motul 3000 10W-40 (1L) RM26, Shell Advance AX7 RM29, Petronas Sprinta F500 RM31.
        Kempen pemeriksaan percuma untuk rider penghantaran makanan: tunjukkan aplikasi rider yang aktif untuk semakan brek dan lampu setiap Rabu.
        Amaran: jangan tinggalkan barang berharga dalam bakul motosikal semasa menunggu. Pihak bengkel tidak bertanggungjawab atas kehilangan.
        Servis berkala di pusat servis sah Boon Siew Honda diperlukan untuk mengekalkan waranti kilang; simpan buku servis anda dengan baik.
    """),
    ("ms", "soalan_forum"): _lines("""
        Motor Wave saya susah hidup waktu pagi, tapi lepas enjin panas ok je. Plug ke bateri punca dia?
        Berapa kilometer patut tukar minyak hitam untuk motor yang buat penghantaran makanan 150 km sehari?
        Kalau kena saman AwAS tapi motor dah dijual, macam mana nak rayu? Perlu bawa salinan borang tukar milik ke?
        Tips: tekanan angin tayar motor kapcai biasanya sekitar 29 psi depan dan 33 psi belakang, tapi ikut buku manual model anda.
        Boleh ke claim insurans kalau motor rosak masa banjir tapi polisi pihak ketiga sahaja?
        Lesen P motor boleh bawa penumpang tak? Dan boleh ke daftar jadi rider GrabFood dengan lesen P?
        Rantai motor bunyi kletak-kletak bila laju, perlu tukar set sproket sekali atau rantai saja cukup?
        Jawapan: untuk tuntutan pihak ketiga anda perlukan laporan polis dalam tempoh 24 jam, gambar kerosakan dan sebut harga daripada bengkel panel.
        Macam mana nak semak saman PDRM online? Guna aplikasi MyBayar PDRM, masukkan nombor kad pengenalan sendiri atau nombor plat kenderaan anda.
        Rider baru nak tanya: kena daftar PERKESO sendiri ke atau syarikat platform yang uruskan?
        Nasihat: simpan resit servis dan gambar odometer, sebab syarikat insurans selalu minta bukti penyelenggaraan bila ada tuntutan enjin.
        Berapa harga biasa overhaul enjin LC135 kat Lembah Klang sekarang? Ada kedai quote RM800, ada yang RM1,500.
        Kenapa lampu minyak enjin menyala selepas tukar minyak? Mekanik terlebih isi ke atau sensor rosak?
        Bila hujan lebat, lebih baik berhenti bawah jejantas atau teruskan perjalanan perlahan-lahan? Ramai rider kena rempuh sebab berhenti kat situ.
    """),
    ("ms", "prosedur_saman_jpj"): _lines("""
        Kompaun saman JPJ boleh dibayar di kaunter JPJ, pejabat Pos Malaysia atau melalui portal MyEG dalam tempoh yang dinyatakan pada notis.
        Memandu tanpa lesen memandu yang sah adalah kesalahan di bawah Akta Pengangkutan Jalan 1987 dan boleh dikenakan denda atau penjara.
        Cukai jalan motosikal persendirian berkapasiti rendah adalah murah, tetapi insurans yang sah wajib ada sebelum cukai jalan boleh diperbaharui.
        Pemegang Lesen Memandu Percubaan (P) perlu mematuhi syarat tambahan; lesen boleh dibatalkan jika melakukan kesalahan tertentu dalam tempoh percubaan.
        Prosedur kemalangan: 1) pastikan keselamatan diri 2) ambil gambar kedudukan kenderaan 3) tukar maklumat insurans 4) buat laporan polis dalam tempoh 24 jam.
        Tawaran diskaun saman PDRM hanya sah dalam tempoh kempen tertentu; semak pengumuman rasmi sebelum membuat bayaran.
        Tukar milik motosikal boleh dibuat di kaunter JPJ dengan kehadiran penjual dan pembeli, atau melalui aplikasi MyJPJ dengan pengesahan biometrik.
        Rider yang menggunakan motosikal untuk penghantaran komersial dinasihatkan mendapatkan lanjutan perlindungan p-hailing daripada penanggung insurans.
        Senarai dokumen untuk rayuan saman: salinan notis saman, salinan kad pengenalan pemilik berdaftar, geran kenderaan dan surat penjelasan.
        Kesalahan tidak memakai topi keledar keselamatan boleh dikenakan kompaun di bawah Kaedah-Kaedah Kenderaan Motor (Topi Keledar Keselamatan).
        Pemilik berdaftar yang menerima notis saman bertanggungjawab menamakan penunggang sebenar jika bukan dia yang menunggang ketika kesalahan berlaku.
        Talian JPJ: 03-8000 8000. Untuk kecemasan di lebuh raya, hubungi 999 atau PLUSLine 1-800-88-0000.
        Semak rekod mata demerit KEJARA anda melalui portal MyJPJ; penggantungan lesen dikenakan apabila had mata dicapai.
    """),
    ("mixed", "chat_group_rider"): _lines("""
        weh jalan Kuchai Lama arah OUG banjir kilat, elak dulu, motor kapcai confirm mati enjin
        guys any recommend bengkel murah area Wangsa Maju? rantai dah longgar gila
        Grab update app pagi ni, incentive tier baru start Isnin, check kat tab Earnings
        Roadblock JPJ dekat tol Sungai Besi sekarang, dorang check roadtax dengan lesen, sapa expired jangan lalu
        admin: reminder, no selling or renting of rider accounts in this group, kena kick terus
        restoran kat SS15 tu lambat gila prepare, dah 25 min tunggu, order kena reassign
        share tips: pakai baju hujan dua keping lagi ok dari ponco, tak kembang bila laju
        tayar Michelin Pilot Street 2 ok tak untuk hujan? or better IRC?
        sapa ada spare part Honda Beat 2019 second hand, nak cari cover body kiri warna hitam
        hari ni hujan so surge x1.5 area Bangsar, go go go
        pls la jangan park atas kaki lima depan mamak tu, owner dah complain kat group merchant
        Lalamove buka intake rider baru minggu ni, syarat lesen B2 dan motor bawah 10 tahun
        bengkel depan Petronas Setapak tu tutup sementara sebab renovate, buka balik bulan depan
        FYI order #GF-A-7731 customer cancel lepas aku dah sampai, support kata boleh claim cancellation fee dalam 24 jam
    """),
    ("en", "insurance_policy"): _lines("""
        This policy covers third-party bodily injury and property damage arising from the use of the insured motorcycle on a public road in Malaysia.
        Exclusion: loss or damage while the motorcycle is used for hire or reward, unless the p-hailing extension endorsement is attached.
        Claims must be notified within 7 days of the accident; late notification may result in the claim being rejected.
        The excess for each own-damage claim is RM150, or RM400 if the rider holds a probationary licence.
        No Claim Discount (NCD) for motorcycles ranges from 15% to 55% depending on the number of claim-free years.
        Personal Accident Rider Cover pays RM10,000 for accidental death and up to RM5,000 for medical expenses per policy year.
        Policy reference format: MC-YYYY-NNNNNNN. Quote this reference in all correspondence with the claims department.
        To renew, you need the vehicle registration card, the previous policy schedule and the identity card of the registered owner.
        The sum insured should reflect market value; under-insurance means the average clause will be applied to any payout.
        Accessories such as top boxes and phone holders are not covered under the standard comprehensive wording unless declared.
        Takaful motor participants share risk through a tabarru' fund; any surplus may be distributed according to the certificate terms.
        Claim status codes: 01 Registered, 02 Documents pending, 03 Under assessment, 04 Approved, 05 Paid, 09 Rejected.
    """),
    ("mixed", "log_sistem"): _lines("""
        2024-11-12 08:14:32 INFO order_id=FP-MY-8823104471 status=PICKED_UP zone=KL-Bangsar eta_min=14
        2024-11-12 08:31:09 WARN payout_batch=PB-20241112-03 failed_count=17 reason=BANK_TIMEOUT retry=3
        [jobcard] JC-24-1190 status=SIAP parts=[06455-KVB-901, 91201-KPH-901] labour=RM45.00 total=RM123.00
        Tracking no. MY-LLM-0033218875 | Parcel 2.4kg | Pickup Klang → Drop Shah Alam | COD RM0
        Invois INV-2024-004512 | Pad brek x2 RM76.00 | Minyak hitam 1L RM26.00 | Upah RM15.00 | Jumlah RM117.00
        saman_ref=KPT/2024/0098812 amount=150.00 status=PAID channel=MyEG
        policy_no=MC-2024-0448812 product=MOTOR_TP sum_insured=4500 ncd=25 status=ACTIVE
        ERROR 502 rider-api /v2/rider/documents upload timeout after 30000 ms (request_id=7f3c9a2e-41b8-4e0a-9d55-2b6c1e0f8a13)
        sha256 9b1d4f0e3c2a7e6b5d8f1a0c9e2b4d7f6a3c5e8b1d0f2a4c6e8b0d2f4a6c8e0b  rider-app-v5.12.3.apk
        Tiket #CS-558121 dibuka 10:02, kategori: makanan tumpah, keutamaan: sederhana, SLA: 24 jam
        Part no. 2PH-E3440-00 (penapis minyak Yamaha) — stok 42 unit, lokasi rak B-07
        cron: 0 2 * * * /opt/bengkel/bin/backup_jobcards.sh --retain 30 >> /var/log/bengkel/backup.log
        ISBN 978-967-2415-73-2 Buku Panduan Penyelenggaraan Motosikal Kapcai, Edisi Ketiga
    """),
    ("ms", "templat_borang"): _lines("""
        Nama Pelanggan: ____________ No. Tel: ____________ No. Plat: ________ Model: ________ Odometer: ______ km
        Saya, [NAMA PENUH], No. K/P [XXXXXX-XX-XXXX], dengan ini membenarkan pihak bengkel membaiki kenderaan saya seperti sebut harga.
        Borang Tuntutan Kemalangan Rider | Nama: {nama} | ID Rider: {rider_id} | Tarikh kejadian: {tarikh} | Lokasi: {lokasi}
        Hi {first_name}, motosikal anda ({plate}) telah siap diservis. Jumlah bayaran: RM{amount}. Terima kasih!
        Contoh format nombor plat Semenanjung: ABC 1234 (tiga huruf diikuti hingga empat angka).
        Senarai semak penyerahan motosikal: [ ] kunci [ ] geran asal [ ] salinan IC pemilik [ ] resit bayaran terakhir
        Surat Akuan Kehilangan Dokumen — Saya ________ (No. K/P: ________) mengaku bahawa ________ telah hilang pada ________.
        Sebut harga: Item | Kuantiti | Harga seunit (RM) | Jumlah (RM) — diisi oleh penasihat servis sahaja
        Kenyataan saksi (templat): Pada ___/___/20___ lebih kurang jam ___, saya berada di ________ dan melihat ________.
        Medan wajib permohonan rider: nama_penuh, no_kp, no_telefon, emel, no_lesen, kelas_lesen, no_plat, nama_bank, no_akaun
        Kepada Pengurus Tuntutan, Syarikat Insurans ________, Per: Tuntutan Kerosakan Sendiri bagi Polisi No. ________
        Penafian: Maklumat peribadi yang diberikan akan diproses menurut Akta Perlindungan Data Peribadi 2010 (PDPA).
    """),
    ("ms", "berita_awam"): _lines("""
        Menteri Pengangkutan Anthony Loke berkata kerajaan sedang meneliti garis panduan keselamatan untuk penunggang p-hailing.
        Pelumba negara Khairul Idham Pawi mencipta sejarah apabila memenangi perlumbaan Moto3 di Argentina pada tahun 2016.
        Hafizh Syahrin menjadi pelumba Malaysia pertama yang beraksi sepenuh masa dalam kelas MotoGP bersama pasukan Tech3 pada 2018.
        Data keselamatan jalan raya menunjukkan penunggang motosikal mewakili lebih separuh daripada kematian jalan raya di Malaysia setiap tahun.
        Jalan Tun Razak dan Jalan Sultan Ismail ditutup sebahagian pada Ahad ini untuk larian amal; rider dinasihatkan menggunakan laluan alternatif.
        Tinjauan: purata pendapatan rider penghantaran sepenuh masa di Lembah Klang dianggarkan RM2,500 hingga RM3,500 sebulan sebelum kos minyak.
        Loh Boon Siew, pengasas Boon Siew Honda, dikenali ramai sebagai "Mr Honda" kerana memperkenalkan motosikal Honda di Tanah Melayu.
        Modenas ditubuhkan pada 1995 sebagai pengeluar motosikal nasional dengan kilangnya di Gurun, Kedah.
        Litar Antarabangsa Sepang menjadi tuan rumah Grand Prix Motosikal Malaysia sejak 1999, kecuali ketika pandemik.
        PERKESO menyediakan perlindungan Skim Keselamatan Sosial Pekerjaan Sendiri (SKSPS) untuk penunggang p-hailing dengan caruman tahunan yang rendah.
        Sultan Ibrahim terkenal dengan program Kembara Mahkota Johor, konvoi motosikal yang menjelajah daerah-daerah di negeri Johor.
        Foodpanda Malaysia mengumumkan struktur bayaran baharu untuk rider yang berkuat kuasa mulai bulan depan di semua zon.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        KAD KERJA JC-24-1187 | Pelanggan: MOHD FAIZAL BIN ROSLI | Tel: 012-663 8417 | Motosikal: Yamaha Y15ZR, No. Plat BQM 883 | Aduan: bunyi pada rantai, brek depan lembik | Anggaran RM185
        Notis tuntutan: Saya, Nurul Aina binti Kamarudin (No. K/P 980823-14-6342), ingin menuntut kerosakan motosikal Honda Vario WYQ 4172 akibat kemalangan di Jalan Kuching pada 14/10/2024 jam 7.40 malam.
        Pengesahan akaun rider: nama penuh Muhammad Haziq bin Abdul Rahman, MyKad 010611011237, akaun Maybank 1624 7790 3318, kenderaan JSU 5520 (Honda Wave 125).
        geng, Amirul Hakim bin Zainal kena langgar lari dekat simpang Batu Caves td, patah kaki kiri, skrg kat wad ortopedik Hospital Selayang. sapa free jenguk dia lepas zohor
        Semakan saman: kenderaan VAF 2261 milik SITI KHADIJAH BINTI OMAR — 3 saman PDRM tertunggak berjumlah RM450, kesalahan langgar lampu merah dan letak kenderaan.
        Pak Cik Ramli (Ramli bin Yusof) Kampung Baru, EX5 plat WKL 3319, hutang servis RM230 belum bayar sejak Ogos, janji bayar hujung bulan.
        Takaful motor: peserta Lim Wei Jie, No. K/P 950927-07-5013, alamat No. 27, Lorong Kenari 3, Taman Bukit Jambul, 11900 Bayan Lepas, Pulau Pinang — perlindungan pihak ketiga, kenderaan PMK 7714.
        Kepada Encik Saravanan a/l Muniandy, akaun rider anda digantung 14 hari berkuat kuasa 02/11/2024 susulan aduan pelanggan bahawa anda bersikap kasar dan membuka bungkusan makanan.
        Ringkasan laporan polis Balai Polis Dang Wangi: pengadu NORHAYATI BINTI ISMAIL, K/P 870302085590, menyatakan motosikalnya dirempuh kereta Myvi putih di Jalan Tuanku Abdul Rahman dan beliau cedera di lutut serta siku.
        Tolong call Kak Ros (Rosnah binti Ahmad) 019-551 7734, motor dia dah siap, caj RM95 tukar tayar belakang.
        Ansuran motosikal: pembeli Wan Muhammad Syafiq bin Wan Azmi, 940716-11-5329, baki hutang RM3,120, sudah 2 bulan tertunggak, kedai akan tarik motor jika tiada bayaran minggu ini.
        Penyata pendapatan mingguan rider: Tan Kok Leong | 11/11–17/11 | 87 pesanan | pendapatan kasar RM1,043.50 | insentif RM120 | dibayar ke CIMB 7064552190
        Tuntutan waranti bateri: pelanggan Puan Jenny Wong Siew Lan, tel 016-229 4038, beli bateri YTX7A pada 3/9, rosak selepas 5 minggu, resit INV-88213.
        Senarai rider tak hadir taklimat keselamatan Sabtu lepas: 1) Khairul Anuar bin Hassan 2) Dinesh a/l Rajoo 3) Ahmad Fadzli bin Yaakob — insentif minggu ini akan dipotong.
        Encik Goh Chee Keong, alamat penghantaran B-12-07, Pangsapuri Seri Mutiara, Jalan PJU 1A/3, 47301 Petaling Jaya. Nota: pengguna kerusi roda, sila hantar sampai depan pintu.
        Rekod CCTV bengkel 21/10: pekerja sambilan Izzat bin Mahmud dilihat mengambil 2 kotak minyak hitam Motul tanpa bayar; amaran bertulis telah dikeluarkan.
        Borang JPJ tukar milik | Penjual: HARUN BIN SALLEH 850514-05-5127 | Pembeli: NUR FARHANA BINTI MAZLAN 990307-02-5734 | Kenderaan: NBE 6621 Yamaha LC135
        Tuntutan curi: Mohd Rizal bin Kassim, polisi MC-7782310, motosikal dicuri di depan rumah di No. 14, Jalan Sri Putra 2, Taman Sri Putra, 43000 Kajang pada 5 Mac; laporan polis telah dibuat.
        Ahmad Danial bin Roslan, rider Foodpanda zon Bangsar, ada asma teruk — kalau dia sesak nafas masa hujan, suruh dia berhenti rehat dulu.
        Salam bang, saya Farid Iskandar bin Mokhtar, plat CCK 4419, motor Kriss saya dah boleh ambil ke? no saya 017-883 1092
        Pelanggan disenarai hitam: Chong Mun Hoe, 013-472 8815 — pesan COD 6 kali tapi tak ambil, maki rider dalam chat.
        Rayuan kompaun JPJ: saya Aiman Hakimi bin Zulkifli, K/P 030118-10-0745, memohon pengurangan kompaun RM300 kerana lesen P saya terlepas tarikh pembaharuan semasa saya dimasukkan ke wad.
        Pekerja asing: Budi Santoso, pasport Indonesia C4417820, permit kerja tamat 30/06/2025, mekanik di cawangan Klang.
    """),
    "mixed": _lines("""
        bro kawan rider aku Kelvin Ng Jun Hao accident kat Federal Highway dekat Kerinchi pagi tadi, now kat UMMC emergency, motor dia WXR 9203 still kat tepi jalan, anyone can tow?
        Boss, customer Mrs Kavitha d/o Subramaniam complain nasi briyani dia tumpah, dia nak refund, her no 011-2645 3390 pls call her back
        Sorry lambat bayar, ni acc saya Maybank 1140 2233 5567 atas nama Nor Azlan bin Che Mat, RM350 untuk kerja crankshaft kan?
        Claim form: Name: JASON LEE CHIN HOCK / NRIC: 921107-14-5623 / Bike: Kawasaki Z250 VBC 1187 / Incident: skid kat Jalan Ampang sebab tumpahan minyak / Klinik Kesihatan Ampang, 3 jahitan
        Ps. Ooi Mei Yee cakap dia tak boleh ambil shift Sabtu, mak dia dalam ICU Hospital Pulau Pinang, so tukar dengan Hafiz ok?
        Rider onboarding: Ali bin Abu Bakar, DOB 18/02/1997, lesen B2 exp 2026, phone +60 14-338 2217, email alibakar97@gmail.com, vehicle Honda Beat BPS 742
        Pls charge deposit RM200 to my Visa 4563 1890 2245 7131, exp 09/27, nama atas kad SHARIFAH NADIA BINTI SYED HAMZAH
        Attn HR: rider Vijay a/l Ganesan (Rider ID 55102) positif denggi, MC 5 hari dari 12/11, pls exclude from weekly target
        Insurance renew reminder: Mr Chua Boon Huat, policy due 30 Nov, premium RM98.40, motor PKN 5108, call 012-907 3316 atau email chuabh.motor@hotmail.com
        Hi saya Syazwani, rider GrabFood kat Seremban, IC saya 961030126048 tapi app kata IC invalid, boleh check?
        Tow truck log: 23:15 angkat Yamaha NVX dari Jalan Kuchai Lama, owner Daniel Fernandez 019-224 6650, hantar bengkel Sri Petaling, owner follow naik Grab car
        Memo: Encik Rahman bin Daud (pemilik Honda EX5 TBN 1195) hutang supplier parts RM1,200, cek bounce dua kali, jangan release motor sampai settle
        Lost & found: dompet tertinggal kat kaunter, ada IC atas nama NUR IZZATI BINTI HALIM 020314-10-1458 dan kad bank, tuan punya sila datang ambil
        Telegram group admin: @zul_rider_kl (Zulkarnain bin Hashim) dah kena kick sebab sewakan akaun rider dia kat orang lain
        Customer from SG, Tay Hui Min, NRIC S8834172D, bayar SGD 380 cash untuk full service kat outlet JB kami, minta resit atas nama dia
    """),
    "en": _lines("""
        Incident report IR-2024-0319: rider Marcus Tan Wei Liang was hit by a van at the Jalan Pudu junction at 13:05; bruised ribs, treated at Hospital Kuala Lumpur, off duty for one week.
        Customer note: Ms Priya Nair, 45 Jalan SS 2/72, 47300 Petaling Jaya. Leave parcels with the guard; she works night shifts and sleeps during the day.
        This is to confirm that Mr Hafiz bin Osman, NRIC 940203-01-5417, has worked as a senior mechanic at our workshop since March 2019 with a monthly salary of RM3,200.
        Payout failed for rider Stephanie Lau Pei Shan: her RHB account 2140 5600 1287 35 is closed, please update before Friday.
        Police report summary: complainant Rajesh s/o Perumal, 41, states his Honda RS150R was stolen from the car park of his flat in Sentul on 9 September.
        Please remove my details. I am Aisyah Farhana binti Md Noor and my number 018-773 0291 was used in your promo SMS without my consent.
        Rider Lee Kah Wai, 26, from Ipoh: three speeding summonses this quarter totalling RM900; final warning issued, next offence means termination.
        Dear Mr Anthony D'Cruz, your motorcycle claim CL-558120 has been approved and RM2,450 will be credited to your Public Bank account 6473009215 within 7 working days.
        Roster note: Nadia Rahim (011-3327 8840) swaps Sunday lunch with Kumar because she is accompanying her father for surgery at Hospital Sultanah Aminah.
        Medical leave: mechanic Tengku Faris bin Tengku Ismail, slipped disc, MC from 4 to 10 December, light duties only after return.
        Card on file: MASTERCARD 5412 7703 1968 8023, holder KHOO SOOK FUN, exp 11/26, used for the deposit on a Benelli TNT 135 booking.
        Reminder for Mr Jagjit Singh s/o Harbans Singh: your Yamaha NMAX service is overdue by 2,000 km and the workshop still holds your spare key.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        ("system", "Anda pembantu penulisan surat rasmi dalam Bahasa Melayu."),
        (
            "user",
            "Tolong tulis surat rayuan saman JPJ. Nama saya Khairunnisa binti Abdul Latif, K/P 880911-08-6074, motor Honda Vario plat AKS 612. Saman bertarikh 3/10/2024 sebab lesen tamat tempoh.",
        ),
        (
            "assistant",
            "Baik. Draf: Kepada Pengarah JPJ Negeri Perak. Per: Rayuan Pengurangan Kompaun. Saya, Khairunnisa binti Abdul Latif (No. K/P 880911-08-6074), pemilik motosikal AKS 612, ingin merayu pengurangan kompaun bertarikh 3/10/2024...",
        ),
        (
            "user",
            "Tambah alamat saya sekali: No. 8, Jalan Bendahara 5, Taman Bendahara, 31650 Ipoh, Perak.",
        ),
    ],
    [
        (
            "user",
            "hi, saya Jerry anak Jimbun, rider foodpanda kat Kuching. semalam accident, motor QSA 4407 rosak teruk, tangan kanan patah, sekarang admit Hospital Umum Sarawak. boleh claim PERKESO tak?",
        ),
        (
            "assistant",
            "Boleh, jika anda mencarum di bawah SKSPS. Anda perlu laporan polis, laporan perubatan dan borang notis bencana pekerjaan. Majikan tidak terlibat kerana anda bekerja sendiri.",
        ),
        (
            "user",
            "ok IC saya 930621-13-5185, caruman SKSPS dah bayar sejak Januari. dokumen apa lagi?",
        ),
        (
            "assistant",
            "Sertakan salinan IC, bukti caruman, resit hospital dan penyata bank untuk pembayaran faedah.",
        ),
    ],
    [
        (
            "user",
            "Format this into an invoice: customer Mr Ravi Chandran a/l Velu, 12 Jalan Mawar 4, Taman Mawar, 81750 Masai, Johor, phone 016-775 2093. Job: top overhaul Yamaha 135LC JQW 8812, parts RM420, labour RM180.",
        ),
        (
            "assistant",
            "INVOICE | Bill to: Mr Ravi Chandran a/l Velu, 12 Jalan Mawar 4, Taman Mawar, 81750 Masai | Vehicle: Yamaha 135LC (JQW 8812) | Parts RM420.00 | Labour RM180.00 | Total RM600.00",
        ),
        ("user", "Add a note: he paid RM300 deposit already, balance RM300 due by 15 January."),
    ],
    [
        (
            "user",
            "Bantu saya tulis mesej WhatsApp yang sopan tapi tegas untuk pelanggan yang belum bayar. Nama dia Zulhilmi bin Hamdan, hutang RM260 sejak servis bulan Ogos, nombor dia 013-908 4126.",
        ),
        (
            "assistant",
            "Assalamualaikum Encik Zulhilmi, kami dari bengkel ingin mengingatkan baki bayaran servis sebanyak RM260 yang masih tertunggak sejak Ogos. Mohon jelaskan dalam tempoh 7 hari. Terima kasih.",
        ),
        (
            "user",
            "Dia dah janji 3 kali. Tambah ayat kalau tak bayar minggu ni kami serahkan kes kepada peguam.",
        ),
    ],
    [
        (
            "system",
            "You are the customer service bot for a motorcycle workshop chain in Selangor and KL.",
        ),
        ("user", "nak tanya status motor saya, plat WMB 2290, Honda RS150R"),
        (
            "assistant",
            "Boleh berikan nama penuh dan nombor telefon yang didaftarkan semasa hantar motor?",
        ),
        ("user", "Teoh Kah Ming, 012-334 8071"),
        (
            "assistant",
            "Terima kasih Encik Teoh. Motosikal WMB 2290 sedang menunggu alat ganti (clutch plate) dan dijangka siap hari Khamis.",
        ),
    ],
    [
        (
            "user",
            "Saya nak tukar akaun bank untuk bayaran rider. Akaun baru Bank Islam 1208 2010 0456 71 atas nama Nik Nurul Huda binti Nik Man. Macam mana nak tukar dalam app?",
        ),
        (
            "assistant",
            "Buka Profil > Maklumat Pembayaran > Kemas kini Akaun Bank, masukkan nombor akaun baharu dan muat naik penyata bank yang menunjukkan nama pemegang akaun.",
        ),
        ("user", "IC saya 891205-03-5266, kena upload gambar IC sekali ke?"),
    ],
    [
        (
            "user",
            "Summarise this rider's record for a disciplinary meeting: Muhammad Irfan bin Jamaludin, IC 000229-06-1483, joined March 2023. Complaints: 4 late deliveries, 1 customer said he was rude, 1 cash order not remitted RM87.",
        ),
        (
            "assistant",
            "Summary: Muhammad Irfan bin Jamaludin (joined March 2023) has six recorded issues: four late deliveries, one rudeness complaint and one unremitted cash order of RM87.",
        ),
        ("user", "Add that he was given a final written warning on 5 December."),
    ],
    [
        (
            "user",
            "Saya nak beli Yamaha NVX secara ansuran, harga RM9,800, deposit RM1,000, 36 bulan. Berapa bayaran bulanan kalau kadar 6% flat?",
        ),
        (
            "assistant",
            "Pinjaman RM8,800; faedah 6% x 3 tahun = RM1,584; jumlah RM10,384; bayaran bulanan lebih kurang RM288.44.",
        ),
        (
            "user",
            "Ok, tolong isi borang permohonan untuk saya: Siti Mariam binti Yusoff, 911126-10-5362, kerani di Shah Alam, gaji RM2,600 sebulan.",
        ),
    ],
    [
        (
            "user",
            "My brother Suresh a/l Maniam was knocked down while delivering in Klang last night. He is in the ICU at Hospital Tengku Ampuan Rahimah. What should our family do about his insurance and the rider platform?",
        ),
        (
            "assistant",
            "I'm sorry to hear that. Lodge a police report within 24 hours, inform the platform's rider support so they open an accident case, and check whether he has personal accident cover through the platform or SKSPS.",
        ),
        ("user", "His bike plate is BKT 5583 and the other driver ran off. Can we still claim?"),
        (
            "assistant",
            "Yes. For a hit-and-run, the police report is essential; his own personal accident cover and SKSPS benefits do not depend on identifying the other driver.",
        ),
    ],
    [
        (
            "user",
            "Terjemahkan laporan polis ini ke Bahasa Inggeris: Saya Lee Jun Kit, No. K/P 021125-14-0491, tinggal di No. 3A, Jalan Pahang Barat, 53000 Kuala Lumpur. Pada 2 Disember 2024 jam 9.30 malam, semasa menghantar makanan, motosikal saya WTK 5071 dilanggar dari belakang.",
        ),
        (
            "assistant",
            "I, Lee Jun Kit, NRIC No. 021125-14-0491, residing at No. 3A, Jalan Pahang Barat, 53000 Kuala Lumpur, state that on 2 December 2024 at about 9.30 pm, while delivering food, my motorcycle WTK 5071 was hit from behind.",
        ),
    ],
    [
        (
            "user",
            "hi can book slot Saturday 10am for Yamaha XMAX service at your Bukit Indah JB branch? I'm from SG, name Darren Koh Jia Wei, NRIC T0215538E",
        ),
        (
            "assistant",
            "Sure, Saturday 10am is available. Please share a contact number and we need RM50 deposit to hold the slot.",
        ),
        ("user", "contact +65 9172 4480, deposit pls charge my visa 4041 1755 3380 9268 exp 08/27"),
    ],
]
