# ruff: noqa: RUF001, RUF002, RUF003
"""Blind check set ms105: Malay online fraud and cybercrime reports (mule accounts, fake SMS, police reports, frozen accounts, NSRC 997, victim complaints). All names and values are invented.

Written blind on 2026-12-06; first measured by the lead with
python -P -m residency.corpus.handwritten --blind-ms105
"""

from __future__ import annotations


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


CLEAN: dict[tuple[str, str], list[str]] = {
    ("ms", "notis_awam"): _lines("""
        AMARAN: Bank Negara Malaysia tidak akan sekali-kali menghubungi orang awam untuk meminta butiran akaun, nombor TAC atau kata laluan perbankan. Sebarang panggilan sedemikian adalah penipuan.
        Jika anda menjadi mangsa penipuan kewangan dalam talian, segera hubungi Pusat Respons Scam Kebangsaan (NSRC) di talian 997 yang beroperasi 24 jam sehari.
        Semak dahulu nombor telefon atau nombor akaun bank penerima di portal Semak Mule PDRM (semakmule.rmp.gov.my) sebelum membuat sebarang pemindahan wang.
        JANGAN jual, sewa atau pinjamkan akaun bank anda kepada sesiapa. Pemilik akaun keldai boleh didakwa walaupun tidak menerima sebarang habuan.
        Makluman kepada pelanggan: pengesahan transaksi perbankan dalam talian akan dipindahkan sepenuhnya daripada SMS OTP kepada kelulusan dalam aplikasi mulai suku pertama tahun hadapan.
        Polis Diraja Malaysia mengingatkan orang ramai supaya tidak memuat turun fail .apk yang dihantar melalui WhatsApp kerana ia boleh membaca SMS dan mencuri maklumat perbankan.
        Pegawai polis, mahkamah, LHDN atau Bank Negara tidak akan meminta anda memindahkan wang ke "akaun selamat" untuk tujuan siasatan. Letakkan telefon dan hubungi 997.
        Tawaran kerja sambilan "like & share" yang menjanjikan komisen RM300 sehari adalah taktik biasa sindiket untuk memancing mangsa ke dalam skim pelaburan palsu.
        Kenali tanda-tanda akaun anda digunakan sebagai akaun keldai: wang masuk daripada pihak yang tidak dikenali, diikuti arahan untuk memindahkan semula ke akaun lain.
        Bank akan menyekat sementara akaun yang dikesan menerima dana hasil penipuan sementara siasatan dijalankan. Pemilik akaun akan dimaklumkan melalui surat ke alamat berdaftar.
        Kempen #JanganKenaScam: Sebarkan maklumat ini kepada ibu bapa dan datuk nenek anda yang baru mula menggunakan telefon pintar dan perbankan mudah alih.
        Selain NSRC 997, orang ramai boleh menghubungi Pusat Respons Scam JSJK Bukit Aman di 03-2610 1559 atau 03-2610 1599 untuk pertanyaan berkaitan kes.
        Maklumat lanjut mengenai perlindungan pengguna perbankan boleh didapati daripada BNMTELELINK di talian 1-300-88-5465 atau laman bnm.gov.my.
        Laporan polis boleh dibuat di mana-mana balai polis berhampiran tanpa mengira lokasi kejadian; bawa MyKad, resit transaksi dan tangkapan skrin perbualan.
        Ingat 3 langkah: BERHENTI sebelum bertindak, SEMAK dengan pihak rasmi, LAPOR segera jika ragu-ragu.
    """),
    ("ms", "soalan_lazim"): _lines("""
        Apa yang perlu saya buat kalau tersilap klik pautan dalam SMS yang kononnya daripada bank?
        Berapa lama masa biasanya bank ambil untuk menyelesaikan aduan transaksi tanpa kebenaran?
        Adakah saya perlu buat laporan polis dahulu sebelum menghubungi NSRC 997, atau sebaliknya?
        Bagaimana nak tahu sama ada nombor akaun saya tersenarai dalam pangkalan data akaun keldai?
        Jawapan: Hubungi NSRC 997 secepat mungkin, sebaik-baiknya dalam tempoh 24 jam pertama, supaya bank penerima sempat menyekat baki dana sebelum dipindahkan keluar.
        Soalan: Kenapa akaun saya dibekukan sedangkan saya tak buat salah? Jawapan: Pembekuan boleh berlaku jika akaun menerima dana yang dilaporkan sebagai hasil penipuan; sila hubungi cawangan untuk keterangan lanjut.
        Boleh ke saya tuntut balik duit yang dah dipindahkan melalui DuitNow kepada penipu?
        Langkah pertama selepas sedar ditipu: (1) hentikan komunikasi, (2) hubungi bank, (3) telefon 997, (4) buat laporan polis, (5) simpan semua bukti.
        Dokumen yang perlu dibawa ke balai: MyKad, penyata bank atau resit transaksi, tangkapan skrin perbualan, dan nombor rujukan NSRC jika ada.
        Apakah beza antara penipuan Macau scam, penipuan cinta (love scam) dan penipuan pelaburan tidak wujud?
        Bolehkah polis mendapatkan semula wang yang telah ditukar kepada mata wang kripto dan dipindahkan ke dompet di luar negara?
        Macam mana nak ajar mak ayah kenal SMS palsu yang guna nama Pos Laju atau J&T?
        Saya pemilik kedai runcit kecil, pelanggan tunjuk resit DuitNow palsu selepas ambil barang. Patut lapor di mana?
        Tip: Tetapkan had transaksi harian yang rendah dalam aplikasi bank dan matikan fungsi pemindahan ke luar negara jika tidak digunakan.
        Kalau dapat panggilan mengaku dari Mahkamah Majistret, minta nombor fail kes dan semak sendiri melalui saluran rasmi mahkamah; jangan guna nombor yang mereka beri.
    """),
    ("ms", "contoh_sms_palsu"): _lines("""
        RM0 Maybank: Akaun anda telah digantung sementara. Sila kemas kini maklumat di http://m2u-verifikasi.top dalam masa 24 jam.
        RM0.00 CIMB: Transaksi RM4,999.00 ke akaun luar negara sedang diproses. Jika bukan anda, batalkan di hxxps://cimb-batal.cc
        POS MALAYSIA: Bungkusan ER845512372MY gagal dihantar kerana alamat tidak lengkap. Bayar RM1.99 untuk penghantaran semula di poslaju-my.shop
        [LHDN] Anda layak menerima bayaran balik cukai sebanyak RM1,280.50. Tuntut sebelum 30/09 di lhdn-refund.net/my
        Tahniah! Nombor telefon anda terpilih memenangi cabutan bertuah 12.12. Hadiah: iPhone 15 Pro. Balas dengan kod SPX-7741 untuk tuntutan.
        JPJ: Anda mempunyai saman tertunggak. Muat turun aplikasi Semak_Saman.apk untuk semakan dan bayaran segera.
        Salam, saya dari HR sebuah platform e-dagang. Kami tawarkan kerja sambilan dari rumah RM200-RM800 sehari, hanya perlu like produk. Berminat? Balas YA.
        Unifi: Bil anda belum dijelaskan dan talian akan diputuskan hari ini jam 5 petang. Bayar segera di unifi-bil.online/pay
        TNB: Anda layak rebat elektrik RM150. Isi borang di tnb-rebat.my/borang sebelum 31 Disember.
        Peringatan TNG eWallet: Akaun anda akan ditutup kerana aktiviti mencurigakan. Log masuk semula di tng-ewallet-secure.xyz
        Awak ok? Ni mak, phone lama rosak, ni nombor baru. Boleh tolong transfer RM700 dulu? Nanti mak bayar balik.
        Pelaburan patuh syariah, pulangan 30% dalam 7 hari, dijamin modal. Sertai grup Telegram VIP kami sekarang, slot terhad!
    """),
    ("ms", "berita"): _lines("""
        Menteri Dalam Negeri, Datuk Seri Saifuddin Nasution Ismail, berkata kerajaan akan memperkukuh peranan NSRC dengan menambah bilangan ejen di pusat panggilan 997.
        Gabenor Bank Negara Malaysia, Datuk Seri Abdul Rasheed Ghaffour, menggesa institusi perbankan mempercepat penyelarasan maklumat akaun keldai melalui portal penipuan kebangsaan.
        Seorang suri rumah berusia 60-an di Kuantan kerugian hampir RM450,000 selepas diperdaya sindiket yang menyamar sebagai pegawai polis dan mahkamah.
        Polis menahan 14 individu berusia antara 19 hingga 45 tahun dalam serbuan di sebuah rumah kedai di Johor Bahru yang dipercayai pusat panggilan sindiket penipuan.
        Statistik: sebanyak 34,497 kes jenayah siber dilaporkan sepanjang tahun, melibatkan kerugian lebih RM1.57 bilion, dengan penipuan pelaburan mencatat jumlah tertinggi.
        Perdana Menteri Datuk Seri Anwar Ibrahim menyifatkan jenayah penipuan dalam talian sebagai ancaman kepada keyakinan rakyat terhadap sistem kewangan digital.
        Pindaan Kanun Keseksaan yang diluluskan Parlimen memperkenalkan kesalahan baharu bagi individu yang menjual, membeli atau menyewakan akaun bank kepada pihak ketiga.
        Menteri Komunikasi, Fahmi Fadzil, berkata platform media sosial yang dilesenkan wajib bertindak pantas menurunkan iklan pelaburan palsu yang dilaporkan.
        Mahkamah Sesyen Kuala Lumpur menjatuhkan hukuman penjara tiga tahun dan denda RM10,000 terhadap seorang lelaki menganggur yang mengaku bersalah membenarkan akaunnya digunakan sindiket.
        Menurut laporan tahunan, golongan berusia 21 hingga 30 tahun merupakan kumpulan paling ramai dikesan sebagai pemilik akaun keldai.
        Bank-bank tempatan berjaya menyekat lebih RM200 juta dana yang dipercayai hasil penipuan dalam tempoh setahun selepas NSRC mula beroperasi.
        Kes tipu pelaburan saham menggunakan video deepfake tokoh korporat terkenal semakin meningkat, kata Pengarah JSJK Bukit Aman dalam sidang media di Kuala Lumpur.
        Persatuan Bank-Bank dalam Malaysia (ABM) mengumumkan tempoh bertenang 12 jam bagi pendaftaran peranti baharu untuk aplikasi perbankan.
        Istilah "Macau scam" dipercayai berasal daripada modus operandi sindiket rentas sempadan pada awal 2000-an sebelum merebak ke seluruh Asia Tenggara.
    """),
    ("ms", "templat_borang"): _lines("""
        BORANG ADUAN TRANSAKSI TIDAK DIBENARKAN / Nama Penuh (seperti dalam MyKad): ______________ / No. MyKad: ______-__-____ / No. Akaun: ______________ / Tarikh Kejadian: __/__/____
        Templat laporan polis: "Pada {tarikh} jam lebih kurang {masa}, saya telah menerima panggilan daripada nombor {nombor_telefon} yang mengaku sebagai pegawai {agensi}..."
        Kepada: Pengurus Cawangan, {nama_bank} / Perkara: Permohonan Menyahbekukan Akaun No. {no_akaun} / Saya, {nama_penuh}, No. K/P {no_kp}, dengan hormatnya memohon...
        Senarai semak dokumen tuntutan: [ ] Salinan laporan polis [ ] Salinan MyKad [ ] Penyata bank 3 bulan [ ] Nombor rujukan NSRC [ ] Tangkapan skrin perbualan
        AKUAN BERKANUN / Saya, ____________________ (No. K/P: ____________________), beralamat di ____________________, dengan sesungguhnya dan sebenarnya mengaku bahawa...
        Medan wajib borang e-Aduan: nama_pengadu, no_pengenalan, no_telefon, emel, jenis_penipuan, jumlah_kerugian, no_akaun_suspek, bank_suspek
        Format nombor rujukan NSRC: NSRC-YYYYMMDD-XXXXXX (contoh: NSRC-20251104-000123). Sila sertakan nombor ini semasa membuat laporan polis.
        Surat Makluman Sekatan Akaun / Tuan/Puan, / Dimaklumkan bahawa akaun bernombor [NO. AKAUN] atas nama [NAMA PEMEGANG] telah disekat berkuat kuasa [TARIKH] atas arahan pihak berkuasa.
        Ruangan 7: Butiran Akaun Penerima (Suspek) — Nama Bank | No. Akaun | Nama Pemegang Akaun | Jumlah (RM) | Tarikh & Masa Transaksi
        Permohonan Semakan Status Kes JSJK / No. Laporan Polis: __________ / Balai: __________ / Pegawai Penyiasat: __________ / Tandatangan: __________
        Arahan mengisi: Tulis nombor MyKad tanpa sengkang (12 digit) dan nombor telefon bermula dengan 01; jangan sertakan kata laluan atau TAC dalam borang ini.
    """),
    ("mixed", "forum_manglish"): _lines("""
        Guys, dapat SMS kata akaun Maybank kena suspend, link pelik gila domain .top. Confirm scam kan? Jangan klik ya.
        Office colleague I hampir kena Macau scam, the caller claimed from Bukit Aman, siap hantar 'waran tangkap' PDF lagi. Always call 997 to verify k.
        Anyone tau berapa lama bank freeze account kalau tersalah terima duit dari orang kena scam? Asking for a friend, serious.
        PSA: kerja part time "rate produk" tu 100% scam, first few tasks they pay you RM50 then suddenly kena top up RM2,000.
        Scammers now pakai AI voice clone, bunyi sebijik macam anak sendiri. Set a family safe word, seriously.
        Tip: dalam app bank boleh activate kill switch, kalau rasa tak sedap hati terus tekan, semua online banking freeze immediately.
        Rant sikit: call 997 tadi tunggu 40 minit baru dapat cakap dengan agent. Ada cara lebih laju ke?
        Dah buat police report tapi IO tak update langsung, normal ke? Usually berapa lama kes CCID settle?
        Kalau bank kata "transaction authorised by you via Secure2u", memang susah nak dapat refund ke? Share experience please.
        Jangan percaya "recovery agent" yang claim boleh dapat balik duit scam dengan bayaran, itu scam kali kedua namanya.
        FYI seller Carousell yang minta bayar luar platform tu red flag besar. Guna payment dalam app je.
        Warning: ada apk booking "klinik kesihatan" palsu, lepas install terus savings kena sapu. Tolong bagitau parents korang.
        Any lawyer here? Kalau akaun kena pakai jadi mule tanpa pengetahuan, boleh defend tak under peruntukan baru tu?
        Semak Mule dah check, nombor tu takde dalam list, tapi still rasa suspicious. Better safe than sorry kan.
    """),
    ("ms", "log_tiket"): _lines("""
        [2025-11-04 09:14:22] INFO fraud-engine: rule R-217 triggered (velocity > 5 txn/10min), txn_id=TXN88213409, action=HOLD, score=0.91
        Tiket #SR-2025-118842 | Kategori: Penipuan SMS | Status: Ditutup | SLA: 3 hari bekerja | Catatan: Pengadu dirujuk ke NSRC.
        NSRC-20251103-004512 dipanjangkan ke bank penerima (SWIFT: MBBEMYKL) untuk tindakan sekatan pada 14:32. Baki berjaya disekat: RM3,240.00.
        Ringkasan harian unit fraud: 128 aduan diterima, 47 akaun disekat, RM1.02 juta berjaya dibekukan, 12 kes dirujuk ke PDRM.
        SHA-256 fail APK berniat jahat "Pos_Laju_Tracking.apk": e399f46c1402dab92a3a916018e2afb208d18169991534e705a15aca73fba611
        Versi aplikasi yang terjejas: v4.12.0 hingga v4.12.3; sila kemas kini ke v4.13.1 untuk tampalan keselamatan.
        FPX Txn ID: 2511041523380917X | Status: 1C (Transaction Rejected) | Bank: BIMB0340 | Amaun: RM250.00
        DuitNow Ref No: 20251104MBBEMYKL010ORB12345678 | Status: Berjaya | Caj: RM0.00
        No. KS: PJ/JSJK/KS/1452/25 | Seksyen 420 Kanun Keseksaan | Status: Dalam siasatan | Kemaskini terakhir: 04/11/2025
        Alert suppressed: duplicate of INC-774201 (NSRC feed), threshold=3, window=15m
        Batch job freeze_accounts_nsrc completed: 37 rows processed, 0 errors, duration 00:02:14
        CREATE TABLE aduan_penipuan (id SERIAL PRIMARY KEY, no_rujukan VARCHAR(24), jenis VARCHAR(40), jumlah_rm NUMERIC(12,2), tarikh TIMESTAMP);
        Penghantaran EP712309840MY: Dalam transit — Pusat Mel Nasional, Shah Alam. Ini penghantaran sah; sila abaikan SMS yang meminta bayaran tambahan.
    """),
    ("en", "bank_advisory"): _lines("""
        We will never ask you to share your Secure Verification code, TAC or PIN over the phone, SMS or email.
        If you suspect your account has been compromised, call our Contact Centre at 1-300-88-6688 or activate the kill switch in the app.
        Customers who report unauthorised transactions promptly will have their claims investigated, with an outcome communicated within 14 working days.
        Accounts flagged as mule accounts may be restricted from making outgoing transfers pending investigation by PDRM.
        Scammers increasingly impersonate courier companies; verify any tracking number directly on the official Pos Malaysia website.
        A 12-hour cooling-off period applies when you register a new device for in-app transaction approval.
        Dispute reference DSP-2025-0049127 has been escalated to our Fraud Investigation Unit. An update will be sent within 7 working days.
        Report scams: NSRC 997 | PDRM CCID Scam Response Centre | Bank Negara Malaysia BNMTELELINK 1-300-88-5465
        Why did my transfer show "Beneficiary under review"? This notice appears when the recipient account matches an entry in the national mule account database.
        Tips for seniors: hang up, then call back using the number printed on the back of your card, never the number given by the caller.
        Transaction limit increases take effect only after a cooling-off period to protect you from account takeover fraud.
        Dear Customer, we refer to your dispute reference [REF_NO] dated [DATE]. Our investigation found that the transaction was approved from your registered device.
    """),
}

PERSONAL: dict[str, list[str]] = {
    "ms": _lines("""
        LAPORAN POLIS / No. Repot: IPD SHAH ALAM/018452/25 / Nama Pengadu: NURUL HUDA BINTI KAMARUDIN / No. K/P: 930726-14-6032 / Pekerjaan: Guru / Tel: 019-238 4410 / Saya melaporkan bahawa pada 02/11/2025 saya telah ditipu individu yang mengaku pegawai LHDN sebanyak RM18,500.
        Saya Mohd Faizal bin Ahmad Rusli, no IC 880412105567, nak buat aduan akaun Maybank saya 114023567781 kena beku sejak minggu lepas tanpa sebarang notis.
        Senarai dalaman akaun dilaporkan (NSRC): 1) 7064332158 CIMB – MUHAMMAD IRFAN BIN ZULKIFLI; 2) 3198774021 PBB – TAN WEI JIE; 3) 112340556782 MBB – SARASWATHY A/P MUNIANDY
        Assalamualaikum semua, hati-hati dengan nombor 017-602 8853, dia mengaku orang TNB nak datang tukar meter, Mak Cik Gayah blok C tingkat 4 dah kena RM2k semalam.
        Kepada: Encik Rajesh a/l Subramaniam, No. 14, Jalan Kenanga 5, Taman Kenanga, 08000 Sungai Petani, Kedah. Dimaklumkan akaun simpanan anda telah disekat berkuat kuasa 28 Oktober 2025 atas arahan PDRM.
        Nota IO: Suspek LIM CHEE KEONG (K/P 640923-07-5081) dikesan memandu Perodua Myvi putih PKA 3318, ditahan di Butterworth pada 05/11 jam 2215.
        Seorang pembantu kedai, Amirul Hakim bin Sazali, 23, mengaku tidak bersalah di Mahkamah Sesyen Ayer Keroh atas pertuduhan menyerahkan kad ATM dan PIN akaunnya kepada sindiket penipuan.
        Nama saya Puan Lee Mei Ling, 58 tahun, pesara kerajaan dari Seremban. Saya dah pindahkan RM96,000 kepada 'Inspektor Zul' kononnya untuk bersihkan nama saya daripada kes pengubahan wang haram. Tolong saya.
        Cikgu, anak saya Nur Aisyah binti Hamdan kelas 5 Sains 2 dipanggil polis sebab akaun BSN dia digunakan terima duit scam. Dia kata kawan tumpang akaun, dia tak tahu apa-apa.
        SULIT: Pekerja Kumaresan a/l Raman (No. Staf 00871, Jabatan Logistik) dipanggil ke IPD Klang untuk memberi keterangan berhubung akaun keldai. Cuti tanpa gaji 3 hari diluluskan.
        Kad debit 4218 6533 0917 2548 telah disekat atas permintaan pelanggan selepas transaksi tidak dibenarkan RM3,499.00 di pedagang luar negara.
        Tolong share: budak nama Haziq, rumah PPR Kota Damansara blok 3 unit 9-12, dia 'beli' akaun bank budak sekolah RM300 satu untuk sindiket. Mak bapak tolong pantau anak.
        NSRC-20251104-002871 | Pemanggil: Encik Hairul Nizam bin Yusof | Tel: 013-880 4126 | Kerugian: RM12,300 | Akaun penerima: RHB 21412900056788
        Kakak saya Rosnah binti Ali, 47, janda anak tiga di Kemaman, dah habis RM80k pada 'Captain David' yang kononnya askar Amerika di Syria. Keluarga nak buat laporan bersama.
        PP lwn. MOHD SYAFIQ BIN ROSLAN (No. K/P: 021130-03-0781) — Pertuduhan di bawah Seksyen 420 Kanun Keseksaan — Sebutan semula 15/01/2026, Mahkamah Sesyen Kota Bharu.
        Nama: JUSTINA BINTI GUNDAN / K/P: 850617-12-6094 / Alamat: Lot 22, Kampung Tambunan Baru, 89600 Papar, Sabah / Kerugian: RM7,450 (tipu beli kereta terpakai di Facebook)
        Pemohon penyahbekuan akaun: Magdalene anak Jimbun, K/P 990305136124, akaun Bank Islam 12083010045677, jururawat di Hospital Umum Sarawak.
        Encik Wong Kok Leong (750101-01-5219) menghubungi cawangan Batu Pahat mendakwa tidak pernah membuka akaun CIMB 8009124567 yang kini disenarai sebagai akaun keldai.
        Aduan diterima daripada Kavitha a/p Ganesan, pelajar tahun akhir UPSI, no tel 016 559 2107 — ditipu tawaran kerja sambilan, kerugian RM4,200 melalui 6 transaksi DuitNow.
        Mak Che Rohaya binti Mat Saman, 55, pesara guru di Temerloh, kena call 'polis Bukit Aman', suruh pindah semua duit KWSP ke akaun selamat. Abang dah lapor IPD Temerloh pagi tadi.
        Surat panggilan: Muhammad Danial bin Ishak (K/P: 960228-02-5577) dikehendaki hadir ke Bahagian Siasatan Jenayah Komersial IPD Kota Setar pada 10/11/2025 jam 10 pagi.
        Assalamualaikum tuan, saya Goh Siew Ling, emel saya siewling.goh81@gmail.com, akaun Public Bank saya dibekukan sebab ada orang transfer duit masuk. Saya jual kek online je.
        Suspek kedua, Aiman Hakimi bin Zainal, 22, penganggur, beralamat di No. 23, Jalan Mawar 3/2, Taman Sri Muda, 40400 Shah Alam, menyewakan 4 akaun bank dengan bayaran RM1,500.
        Senarai Mangsa Kes KS/JSJK/0917/25: 1. Siti Zubaidah binti Kassim – RM15,000 | 2. Ng Kah Hoe – RM8,800 | 3. Anthony Fernandez – RM22,500 | 4. Noraini binti Baharom – RM3,100
        Adik saya Farhana binti Md Nor (011-2345 8871) hilang RM5,600 lepas 'beli' tiket konsert dari akaun Instagram palsu. Dia dah buat laporan di IPD Dang Wangi.
        Pelanggan Haji Abdul Latif bin Haji Omar, pemegang kad 5196 3640 2281 9075, mengesahkan tidak melakukan transaksi RM12,880 di Bangkok pada 3 Nov.
        Rakaman panggilan 997: pemanggil perempuan memperkenalkan diri sebagai Puan Devi a/p Krishnan, bekerja di kilang Prai, meminta bantuan kerana akaun Maybank 562144719902 telah dikosongkan.
        Tuan, saya Yusri bin Tahir, pemandu e-hailing. Kereta saya Proton Saga VBK 2207 digunakan untuk hantar barang 'pembeli' yang bayar guna resit palsu. No saya 018-227 6094.
        Maklumat untuk IO: Nama bapa mangsa – Ismail bin Hassan, 71, menghidap demensia awal, telah memindahkan RM38,000 ke akaun Hong Leong 22350078812 atas arahan pemanggil.
        Dr. Chandran s/o Velu, pakar gigi di Ipoh, melaporkan kehilangan RM210,000 dalam skim pelaburan saham palsu yang dipromosi melalui WhatsApp.
        Keputusan mesyuarat PIBG: Ibu bapa kepada murid Tahun 6, Adam Rayyan bin Khairul, telah diberi nasihat kerana anak itu berkongsi nombor TAC ibunya dengan 'kawan game'.
        Penyata: Mangsa NORLIZA BINTI YAHAYA, 810923-11-5116, penjawat awam Kuala Terengganu, dipujuk 'Doktor Alex' dari UK melalui Facebook sejak Mac.
        Saya, Azman bin Said, bekas pemilik akaun keldai, mengaku menjual akaun Bank Rakyat 110329100452 pada 2023. Saya mohon peluang kedua daripada majikan.
        Kemaskini grup Surau Al-Ikhlas Kg. Sungai Kantan: Pak Long Hussin bin Jaafar rumah hujung Lorong 7, dah ok, bank berjaya sekat RM9k daripada RM14k yang kena tipu. Alhamdulillah.
        Pendaftaran pelapor: Raju a/l Perumal, +6014 832 7715, Lot 5, Ladang Sungai Buloh, 47000 Sungai Buloh — mangsa skim pinjaman segera tanpa dokumen, cagaran RM1,200.
    """),
    "en": _lines("""
        Complainant: Mr Ong Boon Huat, NRIC S8834512F, reported to SPF that he transferred S$14,200 to a Malaysian mule account after a fake bank officer call.
        From: jason.low.kl88@gmail.com / Subject: Account frozen / Hi, my savings account has been frozen since Monday, I only sell phone cases on Shopee, please advise. Jason Low
        Reminder: Priya d/o Selvam's hearing for the mule account charge is on 12 Jan at the Klang Sessions Court; her lawyer has asked for her payslips and bank statements.
        Case note: Ms Nguyen Thi Lan (FIN G5528170Q) lost her savings to a parcel scam and says the callers spoke Malay; her contact is +65 9127 4408.
        Interview summary: Darren Tay Jun Wei (NRIC T0471936G), 21, admitted selling his bank login details to a Telegram recruiter based in Johor for S$800.
        Customer Mr Benjamin de Souza reports card 4556 7101 8836 4529 was used for five online purchases totalling RM6,712 after he clicked a fake toll-payment link.
        Victim statement taken from Mdm Lim Ah Moi, 74, of Blk 118 Ang Mo Kio Ave 4, #08-221, Singapore 560118, who was told her son had been arrested in Malaysia.
        Escalation: Please prioritise recovery for Mrs Faridah Hanum binti Zakaria, a kidney dialysis patient who lost RM41,000 of her treatment fund to an investment scam.
    """),
    "mixed": _lines("""
        Bro, akaun aku kena freeze, Maybank 1641 2098 3376, nama Zul Hisham bin Abdullah, sesiapa ada contact orang bank tolong la, gaji masuk situ.
        Kak Ton, nombor Fikri anak akak 012-745 3391 masuk list Semak Mule, better tanya dia, takut dia sewa akaun kat orang.
        Adik aku Syazwan, Telegram dia @syaz_wan_mlk, kena tipu job scam RM6,800. Dia study kat UiTM Jasin, tolong jangan share dengan orang luar.
        Team update: complainant Chong Mei Yee called again, card 5462 1877 0934 1155 still not blocked, she is very upset, please call back before 5pm.
        Guys jaga2 mamat ni, Hafiz Rosli, budak Taman Melawati, dia offer RM1k untuk "pinjam" akaun korang seminggu. Dah 3 orang kena tangkap.
        My uncle Tan Boon Seng kena scam love dengan "Anna from Ukraine", dah habis RM120k duit jual tanah di Bentong. Family sangat stress.
        Reply to aduan: Hi Cik Anis Suraya, your NSRC ref NSRC-20251102-001744 sudah dipanjangkan ke bank, please call us back at 019-566 0823 if any update.
    """),
}

CHATS: list[list[tuple[str, str]]] = [
    [
        (
            "user",
            "Tolong saya tulis laporan polis. Saya Nor Azlina binti Mahmud, K/P 810509-05-6260, tinggal di Seremban.",
        ),
        ("assistant", "Baik. Boleh ceritakan apa yang berlaku, tarikh, masa dan jumlah kerugian?"),
        (
            "user",
            "Semalam ada orang call mengaku dari Pos Malaysia, kata ada parcel dadah atas nama saya. Lepas tu saya pindah RM23,000 ke akaun CIMB 7012458893.",
        ),
        (
            "assistant",
            "Terima kasih. Berikut draf laporan: Pada 05/11/2025, saya telah menerima panggilan daripada individu yang mengaku sebagai kakitangan Pos Malaysia...",
        ),
    ],
    [
        ("system", "Anda ialah pembantu khidmat pelanggan bank. Jangan minta PIN atau TAC."),
        (
            "user",
            "hi saya nak block kad, nombor 4041 3892 0571 6632, baru perasan ada transaksi pelik",
        ),
        (
            "assistant",
            "Maaf atas kesulitan. Untuk keselamatan, sila aktifkan kill switch dalam aplikasi atau hubungi pusat panggilan kami. Jangan kongsi PIN anda di sini.",
        ),
    ],
    [
        (
            "user",
            "Mak saya, Hajah Zaleha binti Osman, 68, kena Macau scam. Dia ada darah tinggi, sekarang tak boleh tidur sebab fikir duit RM60k hilang.",
        ),
        (
            "assistant",
            "Saya faham ini sangat sukar. Langkah segera: hubungi NSRC 997 dan bank, kemudian buat laporan polis. Adakah pemindahan berlaku dalam 24 jam terakhir?",
        ),
        ("user", "Ya, pagi tadi. Dia guna akaun Bank Rakyat kat cawangan Kuala Pilah."),
    ],
    [
        (
            "user",
            "Can you help me draft a letter to unfreeze my account? Name: Prakash a/l Muthusamy, IC 910315-10-5213, Maybank account 1572 3304 8861.",
        ),
        (
            "assistant",
            "Sure. Here is a draft addressed to the branch manager requesting a review of the restriction on your account, with your supporting documents listed.",
        ),
        (
            "user",
            "Add that I'm a Grab driver and the RM2,400 came from a passenger who paid me for a long-distance trip.",
        ),
    ],
    [
        (
            "user",
            "ex boyfriend aku Shahrul guna nombor 013-4418 207 hantar SMS kononnya dari bank suruh aku bagi TAC",
        ),
        (
            "assistant",
            "Itu cubaan penipuan. Jangan berikan TAC. Simpan tangkapan skrin SMS tersebut dan pertimbangkan laporan polis.",
        ),
        (
            "user",
            "dia tahu IC aku sebab dulu kami tinggal serumah kat Bangsar. boleh aku report dia terus?",
        ),
    ],
    [
        ("system", "Ringkaskan nota panggilan NSRC untuk dihantar kepada bank."),
        (
            "user",
            "Nota: pemanggil Encik Baharuddin bin Saad, tel 019 772 4530, kata anak dia Amir tertekan link palsu, RM3,900 keluar ke akaun RHB 21258400311290 jam 11.42 pagi.",
        ),
        (
            "assistant",
            "Ringkasan: Pemanggil melaporkan pemindahan tanpa kebenaran RM3,900 pada 11:42 ke akaun RHB 21258400311290. Mohon tindakan sekatan segera.",
        ),
    ],
    [
        (
            "user",
            "Saya cikgu kelas. Murid saya Luqman Nul Hakim bin Roslan, Tingkatan 5, mengaku jual akaun bank dia RM400 kepada abang senior. Apa patut saya buat?",
        ),
        (
            "assistant",
            "Maklumkan pentadbir sekolah dan ibu bapa, dan galakkan laporan polis supaya murid dilindungi sebagai saksi atau mangsa eksploitasi.",
        ),
        ("user", "Ibu dia ibu tunggal, kerja kilang shift malam, saya risau dia kena marah."),
    ],
    [
        (
            "user",
            "I'm from Singapore. My NRIC is S7261049J and I was cheated by a Malaysian 'seller' on Carousell, paid RM3,050 to a Public Bank account.",
        ),
        (
            "assistant",
            "Please report to the Singapore Police Force first and keep all chat records. The recipient bank can be notified through the police.",
        ),
        (
            "user",
            "The seller's name on the account was Kelvin Yap Chee Hong. Should I also report in Malaysia?",
        ),
    ],
    [
        (
            "user",
            "HR here. One of our admin staff, Nurul Izzati binti Rahim, was arrested yesterday for mule account. Can we terminate her immediately?",
        ),
        (
            "assistant",
            "Termination on arrest alone carries legal risk under Malaysian employment law. Consider a domestic inquiry and suspension with half pay while the case proceeds.",
        ),
    ],
    [
        (
            "user",
            "kakak aku Fatin, ig dia @fatin.aqilah_ , kenal lelaki 'engineer oil rig' dekat Instagram. dah transfer RM15k untuk 'kastam'",
        ),
        (
            "assistant",
            "Ini corak penipuan cinta yang biasa. Galakkan dia berhenti berhubung, simpan bukti dan hubungi 997 atau buat laporan polis.",
        ),
        ("user", "dia tak nak percaya. umur dia 34, kerja nurse kat HKL."),
    ],
    [
        (
            "user",
            "Client saya, Encik Sivakumar a/l Ramasamy, didakwa memiliki akaun keldai. Dia buta huruf dan akaun dibuka oleh majikan lama. Apa pembelaan yang sesuai?",
        ),
        (
            "assistant",
            "Pembelaan boleh bertumpu pada ketiadaan pengetahuan dan niat, disokong bukti bahawa akaun dikawal oleh majikan lama, termasuk rekod peranti dan alamat IP log masuk.",
        ),
        (
            "user",
            "Majikan lama dia Chew Hock Seng, pemilik bengkel di Rawang, dah lari ke Thailand.",
        ),
    ],
]
